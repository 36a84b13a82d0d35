"""Personal data in a message: e-mail addresses, phone numbers, street addresses."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

import phonenumbers

from twinspace.moderation.screening.online import BARE_TLDS
from twinspace.moderation.screening.verdicts import Kind

Found = Iterator[tuple[Kind, str]]
_DIGIT = re.compile(r"\d")


class Emails:
    """Plain addresses, and spelled-out ones: "name at gmail dot com", "name(at)x.it"."""

    def __init__(self, at_words: Iterable[str], dot_words: Iterable[str]) -> None:
        at = self._spoken(at_words)
        dot = self._spoken(dot_words)
        self._pattern = re.compile(
            r"(?<![\w.+\-])[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+"
            # A spelled-out separator proves little on its own ("meet at school
            # dot ..."), so such an address must end in a known top-level domain.
            rf"|(?<![\w.+\-'\u2019])[\w.+\-]+(?:@|{at})[\w\-]+(?:(?:\.|{dot})[\w\-]+)*?"
            rf"(?:\.|{dot})(?:{BARE_TLDS})(?![\w'\u2019])",
            re.IGNORECASE,
        )

    @staticmethod
    def _spoken(words: Iterable[str]) -> str:
        alternatives = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
        if not alternatives:
            return "(?!)"  # no spelled-out form in these lists: never matches
        return rf"(?:\s*[(\[{{<]\s*(?:{alternatives})\s*[)\]}}>]\s*|\s+(?:{alternatives})\s+)"

    def find(self, text: str) -> Found:
        for match in self._pattern.finditer(text):
            yield Kind.email, match.group()


# The partner countries of the eTwinning network, most frequent first: a number
# written without its country code is tried as a national number of each.
REGIONS = (  # noqa: SIM905 (a table of codes reads best as words)
    "IT FR DE ES PL GB PT GR RO TR UA NL BE AT CH IE SE DK FI NO IS CZ SK HU SI HR "
    "BG LT LV EE LU MT CY AL BA ME MK RS MD GE AM AZ JO LB TN"
).split()

# Dates, years written as a range ("2023-2024", "2023/24") and quantities
# grouped in thousands ("38.000.000", "1,250,000") are the digit runs most
# often mistaken for phone numbers; they are blanked out before the search.
# (A Spanish number written "612.345.678" looks like a quantity and passes.)
_NOT_PHONES = re.compile(
    r"(?<![\d.\-/])(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![.\-/]?\d)"
    r"|(?<!\d)(?:1[89]|20)\d\d\s*[-\u2013/]\s*(?:(?:1[89]|20)\d\d|\d\d)(?!\d)"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])"
)
# Digits with up to three separators between them ("347 - 123", "(030) 12"),
# seven digits at least: Estonia's and Iceland's numbers, the shortest among
# the partner countries, have seven. Scores, times and prices have fewer.
_SHORTEST = 7
_CANDIDATE = re.compile(rf"(?:\+|\(\s*)?\d(?:[ \t.\-/()]{{0,3}}\d){{{_SHORTEST - 1},}}")


def phones(text: str) -> Found:
    if sum(map(str.isdigit, text)) < _SHORTEST:
        return
    masked = _NOT_PHONES.sub(lambda m: "_" * len(m.group()), text)
    for match in _CANDIDATE.finditer(masked):
        candidate = text[match.start() : match.end()]
        groups = re.findall(r"\d+", candidate)
        if _counting(groups):
            continue
        number = _phone_number(candidate)
        if number is not None:
            yield Kind.phone, number


def _phone_number(candidate: str) -> str | None:
    # With a country code the region we read it in does not matter: one try.
    international = candidate.startswith(("+", "00"))
    for region in REGIONS[:1] if international else REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(
            candidate, region, leniency=phonenumbers.Leniency.VALID
        ):
            return str(match.raw_string)
    return None


def _counting(groups: list[str]) -> bool:
    """Counting ("1 2 3 4 5 6 7 8 9 10", "123456789") is no phone number."""
    steps = [int(g) for g in groups] if len(groups) > 1 else [int(d) for d in groups[0]]
    differences = {b - a for a, b in itertools.pairwise(steps)}
    return differences in ({1}, {-1})


class Addresses:
    """A street-type word next to a street name and a house number.

    Entries come from the ``[street]`` sections (see ``wordlists``). The house
    number may come after the street ("via Roma 12", "Hauptstraße 5", "Baker St
    221b") or before it ("10 rue de la Paix", "123 Main Street"). After the
    street, the number must end the phrase (end of text, punctuation, a postal
    code, a capitalised town, maybe after a short word: "12 a Milano"), so
    "in piazza con 3 amici" is no address, and must not follow a time word
    ("ci vediamo in piazza alle 5").
    """

    _NAME = r"[^\W\d_][\w'\u2019\-]*"
    _NUMBER = r"\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?(?![\w:%]|[.,]\d)"
    _NEXT_WORD = re.compile(r"(?:[^\W\d_]{1,3}\s+)?([^\W\d_])")

    def __init__(self, entries: Iterable[str], time_words: Iterable[str]) -> None:
        self._time_words = frozenset(w.lower() for w in time_words)
        types: dict[tuple[str, bool], list[str]] = {}  # (where, capitalised) -> type words
        for entry in entries:
            first, _, second = entry.partition(" ")
            if second in ("~", "^"):
                types.setdefault(("before", second == "^"), []).append(first)
            elif first in ("~", "^"):
                types.setdefault(("after", first == "^"), []).append(second)
            elif first.startswith("~") and not second:
                types.setdefault(("compound", False), []).append(first[1:])
            else:
                raise ValueError(f"street entry {entry!r} has no ~ or ^ for the name")
        build = {"before": self._before, "after": self._after, "compound": self._compound}
        # (pattern, which name words must be capitalised: "first", "all" or "")
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        for (where, capitalised), words in types.items():
            rule = ("first" if where == "before" else "all") if capitalised else ""
            for pattern in build[where](words):
                self._patterns.append((re.compile(pattern, re.IGNORECASE), rule))

    @staticmethod
    def _alternatives(words: list[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    def _before(self, words: list[str]) -> list[str]:
        name, number = self._NAME, self._NUMBER
        # "ul." and "c/" may touch the name ("ul.Długa"); a word needs a space.
        kinds = "|".join(
            re.escape(w) + (r"\s*" if w[-1] in "./" else r"\s+")
            for w in sorted(words, key=len, reverse=True)
        )
        return [
            rf"(?<![\w.])(?:{kinds})(?P<name>{name}(?:\s+{name}){{0,3}}?)(?:,\s*|\s+)(?P<n>{number})",
            rf"(?<![\w.,])(?P<n>{number}),?\s+(?:{kinds})(?P<name>{name}(?:\s+{name}){{0,3}})",
        ]

    def _after(self, words: list[str]) -> list[str]:
        name, number, kinds = self._NAME, self._NUMBER, self._alternatives(words)
        return [
            rf"(?<![\w.])(?P<name>{name}(?:\s+{name}){{0,2}}?)\s+(?:{kinds})\b\.?(?:,\s*|\s+)"
            rf"(?P<n>{number})",
            rf"(?<![\w.,])(?P<n>{number}),?\s+(?P<name>{name}(?:\s+{name}){{0,2}}?)\s+(?:{kinds})\b",
        ]

    def _compound(self, words: list[str]) -> list[str]:
        kinds = self._alternatives(words)
        return [rf"\b(?P<name>[^\W\d_]+)(?:{kinds})\.?(?:,\s*|\s+)(?P<n>{self._NUMBER})"]

    def find(self, text: str) -> Found:
        if not _DIGIT.search(text):
            return
        for pattern, rule in self._patterns:
            position = 0
            while match := pattern.search(text, position):
                if self._is_address(text, match, rule):
                    yield Kind.address, match.group()
                    position = match.end()
                else:
                    # "come to Baker St 221b" first matches from "come": try
                    # again from the next character, hence the next word.
                    position = match.start() + 1

    def _is_address(self, text: str, match: re.Match[str], rule: str) -> bool:
        names = match["name"].split()
        if rule == "first" and not names[0][0].isupper():
            return False
        if rule == "all" and not all(w[0].isupper() for w in names):
            return False
        if match.end("n") != match.end():
            return True
        return names[-1].lower() not in self._time_words and self._ends_phrase(text, match.end())

    def _ends_phrase(self, text: str, position: int) -> bool:
        rest = text[position:].lstrip(" \t")
        if not rest or not rest[0].isalpha():
            return True
        following = self._NEXT_WORD.match(rest)
        return following is not None and following.group(1).isupper()
