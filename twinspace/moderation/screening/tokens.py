"""Turn a message into the token stream the word lists are matched against.

Each whitespace-separated chunk of the message is *folded* (look-alike
letters from other scripts mapped to Latin, accents and other non-ASCII
transliterated, lower case), then leetspeak is undone when the chunk has a
letter in it ("n1gg", "a$$", but "2024" stays a number) and the chunk is cut
into words at any other punctuation ("stupid-ass", "l'anus", "s.e.x").

Words are matched whole, so "Sussex" is not "sex". Evasions get extra tokens:
the chunk's words joined ("s.e.x" -> "sex"), stretched letters shortened
("fuuuck" -> "fuck"), and letters spelled out one by one joined
("f u c k" -> "fuck").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from typing import NamedTuple

from anyascii import anyascii
from confusable_homoglyphs.confusables import confusables_data


def _confusables() -> dict[int, str]:
    """Non-ASCII characters that look like one ASCII letter or digit (Cyrillic a -> "a").

    From Unicode's confusables data; ASCII itself is left alone here (``1`` and
    ``l`` are leetspeak's business, below).
    """
    table: dict[int, str] = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        targets = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii()]
        targets = [t for t in targets if t.isalnum()]
        if targets:
            table[ord(char)] = targets[0]
    return table


_CONFUSABLES = _confusables()
_LEET = str.maketrans("@$0134!57", "asoieaist")
# Stripped from both ends of a folded chunk: punctuation and spaces, but not the
# leetspeak "$" and "@" ("a$$", "@ss"); "!" at an edge is an exclamation mark.
_EDGES = "".join(c for c in map(chr, range(32, 127)) if not c.isalnum() and c not in "$@")
_WORD = re.compile(r"[a-z0-9]+")
_LETTER = re.compile(r"[a-z]")
_CHUNK = re.compile(r"\S+")
_STRETCH = re.compile(r"([a-z])\1{2,}")
_TRIPLE = re.compile(r"(.)\1\1")
# Each stretched run is tried at one and at two letters ("cazzzzo" -> "cazzo",
# "fuuuck" -> "fuck"): 2 ** runs variants, so a word with many runs is left as it is.
_MAX_STRETCHED_RUNS = 3
# A spelled-out run ("s e x") needs three letters: no list entry is shorter.
_MIN_SPELLED = 3


def fold(text: str) -> str:
    """Lower-case ASCII that looks and reads like ``text``."""
    if text.isascii():
        return text.lower()
    # anyascii also drops zero-width characters and reads full-width and
    # mathematical bold or italic letters as the plain letters they are.
    return anyascii(text.translate(_CONFUSABLES)).lower()


def words(chunk: str, leet: bool = True) -> list[str]:
    """The words of one whitespace-free chunk, folded (and de-leeted when it has a letter)."""
    core = fold(chunk).strip(_EDGES)
    if core.isalpha():  # most words: nothing more to do
        return [core]
    if leet and _LETTER.search(core):
        core = core.translate(_LEET)
    return _WORD.findall(core)


def unstretched(word: str) -> list[str]:
    runs = list(_STRETCH.finditer(word))
    if not runs or len(runs) > _MAX_STRETCHED_RUNS:
        return []
    variants = []
    for lengths in itertools.product((1, 2), repeat=len(runs)):
        pieces, position = [], 0
        for run, length in zip(runs, lengths, strict=True):
            pieces += [word[position : run.start()], run.group(1) * length]
            position = run.end()
        variants.append("".join(pieces) + word[position:])
    return variants


class Token(NamedTuple):  # a tuple: built for every word of every message, so kept cheap
    text: str
    start: int  # the chunk's span in the message, for the excerpt
    end: int
    primary: bool  # one of the message's words in order: phrases match across these
    # Joined from single letters ("f u c k"): the span of each letter's chunk.
    # Every letter is a word boundary, and an excerpt can start at any of them.
    letters: tuple[tuple[int, int], ...] = ()


class Stream:
    """Tokens joined by single spaces, so one automaton pass matches words and phrases."""

    def __init__(self, source: str, tokens: list[Token]) -> None:
        self.source = source  # the message, which token spans point into
        self.tokens = tokens
        self.offsets: list[int] = []
        position = 0
        for token in tokens:
            self.offsets.append(position)
            position += len(token.text) + 1
        self.text = " ".join(token.text for token in tokens)

    def token_at(self, index: int) -> int:
        return bisect_right(self.offsets, index) - 1

    def ends_at(self, token: int) -> int:
        return self.offsets[token] + len(self.tokens[token].text) - 1


def stream(text: str) -> Stream:
    primary: list[Token] = []
    extra: list[Token] = []
    # Looking for stretched letters word by word is the costliest step, so it is
    # skipped when the message has no character three times in a row at all
    # (folding can make one of non-ASCII letters: "fuuuck" with a Cyrillic u).
    stretched = not text.isascii() or _TRIPLE.search(text.lower()) is not None
    for chunk in _CHUNK.finditer(text):
        parts = words(chunk.group())
        start, end = chunk.span()
        primary += [Token(part, start, end, True) for part in parts]
        joined = "".join(parts)
        variants = {joined} if len(parts) > 1 else set()
        if stretched and _STRETCH.search(joined):
            for word in [*parts, joined]:
                variants.update(unstretched(word))
        extra += [Token(v, start, end, False) for v in variants.difference(parts)]
    return Stream(text, primary + extra + _spelled(primary))


def _spelled(tokens: list[Token]) -> list[Token]:
    """Runs of single-character words joined: "f u c k", "s.e.x", "c 4 z z 0"."""
    found: list[Token] = []
    for single, group in itertools.groupby(tokens, lambda t: len(t.text) == 1):
        run = list(group)
        if single and len(run) >= _MIN_SPELLED:
            joined = "".join(t.text for t in run).translate(_LEET)
            letters = tuple((t.start, t.end) for t in run)
            found.append(Token(joined, run[0].start, run[-1].end, False, letters))
    return found
