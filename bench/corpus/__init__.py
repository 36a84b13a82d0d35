"""Pupils' text in the six partner languages, made from templates and word lists.

Written for the benchmark, not collected from anyone: what pupils of partner
classes write to each other (greetings, homework, food, sport, the weather, the
project), with numbers as they write them (dates, times, scores, sums, pages,
ages, marks), and never anything screening would hold (phone numbers, e-mail
or street addresses, handles, links, rude words): a held line is not delivered
to the room, so it would measure something else. ``tests/unit`` screens it.

    corpus = Corpus(seed=7)    # the same seed gives the same text, line after line
    corpus.line()              # "Tomorrow the lesson starts at 8:15, don't be late!"

A line is 20-300 characters in one language; about a third carry digits.
"""

from __future__ import annotations

import random

from bench.corpus import de, en, es, fr, it, pl
from bench.corpus.language import Language, render

LANGUAGES: tuple[Language, ...] = tuple(module.LANGUAGE for module in (en, it, fr, de, es, pl))
# The shortest and longest chat line: a quick answer to a paragraph (issue 15's range).
LINE_CHARS = (20, 300)
# Chat lines in three equally likely bands of length: a quick answer, a
# sentence or two, a paragraph. Screening's cost grows with length, so the
# workloads meet every length from 20 to 300 characters (the range of issue
# 15), not a single typical one.
LENGTH_BANDS = ((20, 60), (60, 150), (150, 300))
# Pupils' chat has numbers in about a third of its lines (homework pages,
# dates, scores): the share the screening figures of issue 15 were taken with.
DIGIT_SHARE = 1 / 3
# Within a line or a post that has numbers, each further sentence has them this often.
MORE_NUMBERS = 0.3
# How pupils end a sentence, as often as each is listed: mostly plainly, some
# loudly, some with a smiley (emoji make the screener fold non-ASCII text, as real ones do).
ENDINGS = ("", "", "", ".", ".", "!", "!!", " :)", " 😊", " 👍", "...")
# A pupil types the first letter in lower case this often.
LOWER_START = 0.3
# A line gives up looking for a sentence short enough to fit after this many tries.
FIT_TRIES = 8


class Corpus:
    """One stream of pupils' text; deterministic for its seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def language(self) -> Language:
        return self.rng.choice(LANGUAGES)

    def sentence(self, language: Language, numbers: bool, used: set[str] | None = None) -> str:
        """One sentence as a pupil types it; with digits exactly when ``numbers``.

        A template in ``used`` is not drawn again (a pupil does not say the
        same thing twice in a line); the one drawn is added to it.
        """
        templates = language.numeric if numbers else language.plain
        if used:
            templates = tuple(t for t in templates if t not in used) or templates
        template = self.rng.choice(templates)
        if used is not None:
            used.add(template)
        text = render(template, self.rng, language)
        if self.rng.random() < LOWER_START:
            text = text[0].lower() + text[1:]
        if text.endswith("?"):
            return text
        return text + self.rng.choice(ENDINGS)

    def line(self) -> str:
        """A chat line: one language, 20-300 characters, digits in about a third."""
        language = self.language()
        numbers = self.rng.random() < DIGIT_SHARE
        target = self.rng.randint(*self.rng.choice(LENGTH_BANDS))
        used: set[str] = set()
        sentences = [self.sentence(language, numbers, used)] if numbers else []
        length = len(sentences[0]) if sentences else -1  # -1: no separator before the first
        tries = 0
        while length < target and tries < FIT_TRIES:
            more = numbers and self.rng.random() < MORE_NUMBERS
            sentence = self.sentence(language, more, used)
            if length + 1 + len(sentence) <= LINE_CHARS[1]:
                sentences.append(sentence)
                length += 1 + len(sentence)
            elif length >= LINE_CHARS[0]:
                tries += 1
        # The sentence with numbers need not come first.
        self.rng.shuffle(sentences)
        return " ".join(sentences)
