"""What the corpus knows of one language: its sentences, its words, and how pupils write numbers.

A sentence is a template whose ``{slots}`` are filled when it is drawn: a word
slot from the language's word lists, a number slot by ``number``. A slot name
ending in a digit (``{count2}``) is a second draw of the same kind, so a
sentence can hold two different counts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Pupils' numbers, each drawn from the range they have in a school day.
AGES = (6, 18)  # the pupils of the network: primary school to the last year
COUNTS = (2, 30)  # cousins, chapters, classes, exercises
PAGES = (3, 250)  # a schoolbook's pages
BIG = (120, 1500)  # pupils in a school
YEARS = (2015, 2027)  # a class trip, a project's year
DEGREES = (-8, 38)  # a winter morning to a summer afternoon in Europe
MINUTES = (2, 90)  # a video, a lesson
SMALL_SCORE, POINTS_SCORE = (0, 6), (10, 30)  # football, and volleyball or basketball
FOOTBALL_SHARE = 0.7  # most of the matches pupils tell of are football
PERCENTS = (5, 100)  # the share of a class that voted for something
OPERAND = (2, 60)  # what pupils add and subtract in homework
TABLES = (2, 12)  # the multiplication tables
LESSON_HOURS = (7, 20)  # from the first lesson to an evening video call
QUARTERS = (0, 5, 10, 15, 20, 30, 40, 45, 50)  # the minutes of the hour people name
# One date in four carries its year, as in "the trip is on 12/5/2026".
WITH_YEAR = 0.25


@dataclass(frozen=True)
class Mark:
    """A school mark as pupils of this language write it: ``"{n}/10"``, ``"eine {n}"``."""

    form: str
    low: int
    high: int


@dataclass(frozen=True)
class Writing:
    """How dates, times and percentages are written."""

    day_month: str  # "{d}/{m}"; fields d, m (ints) and y for the year
    full_date: str  # the same with the year: "{d}/{m}/{y}"
    time: str  # "{h}:{m:02d}", "{h}h{m:02d}"
    percent: str  # "{n}%", "{n} %"


# Day and month with a slash, hours and minutes with a colon: English, Italian, Spanish.
SLASHED = Writing("{d}/{m}", "{d}/{m}/{y}", "{h}:{m:02d}", "{n}%")


@dataclass(frozen=True)
class Language:
    code: str
    plain: tuple[str, ...]  # sentences without a digit, whatever fills them
    numeric: tuple[str, ...]  # sentences with at least one number slot
    words: Mapping[str, tuple[str, ...]]  # word slot -> what may fill it
    writing: Writing
    mark: Mark


def _date(rng: random.Random, language: Language) -> str:
    form = language.writing.full_date if rng.random() < WITH_YEAR else language.writing.day_month
    return form.format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(*YEARS))


def _time(rng: random.Random, language: Language) -> str:
    return language.writing.time.format(h=rng.randint(*LESSON_HOURS), m=rng.choice(QUARTERS))


def _score(rng: random.Random, language: Language) -> str:
    span = SMALL_SCORE if rng.random() < FOOTBALL_SHARE else POINTS_SCORE
    return f"{rng.randint(*span)}-{rng.randint(*span)}"


def _sum(rng: random.Random, language: Language) -> str:
    """Homework arithmetic, always right: "12 + 30 = 42", "7 x 8 = 56", "56 : 8 = 7"."""
    operation = rng.choice("+-x:")
    if operation in "+-":
        a, b = sorted((rng.randint(*OPERAND), rng.randint(*OPERAND)), reverse=True)
        return f"{a} + {b} = {a + b}" if operation == "+" else f"{a} - {b} = {a - b}"
    a, b = rng.randint(*TABLES), rng.randint(*TABLES)
    return f"{a} x {b} = {a * b}" if operation == "x" else f"{a * b} : {b} = {a}"


def _mark(rng: random.Random, language: Language) -> str:
    return language.mark.form.format(n=rng.randint(language.mark.low, language.mark.high))


def _percent(rng: random.Random, language: Language) -> str:
    return language.writing.percent.format(n=rng.randint(*PERCENTS))


def _between(low: int, high: int) -> Callable[[random.Random, Language], str]:
    return lambda rng, language: str(rng.randint(low, high))


NUMBERS: dict[str, Callable[[random.Random, Language], str]] = {
    "date": _date,
    "time": _time,
    "score": _score,
    "sum": _sum,
    "mark": _mark,
    "percent": _percent,
    "age": _between(*AGES),
    "count": _between(*COUNTS),
    "page": _between(*PAGES),
    "big": _between(*BIG),
    "year": _between(*YEARS),
    "degrees": _between(*DEGREES),
    "minutes": _between(*MINUTES),
}


class Fill(dict[str, str]):
    """The values of one sentence's slots, each drawn when the template first asks for it."""

    def __init__(self, rng: random.Random, language: Language) -> None:
        super().__init__()
        self.rng = rng
        self.language = language

    def __missing__(self, slot: str) -> str:
        kind = slot.rstrip("0123456789")
        if kind in NUMBERS:
            value = NUMBERS[kind](self.rng, self.language)
        else:
            value = self.rng.choice(self.language.words[kind])
        self[slot] = value
        return value


def render(template: str, rng: random.Random, language: Language) -> str:
    return template.format_map(Fill(rng, language))
