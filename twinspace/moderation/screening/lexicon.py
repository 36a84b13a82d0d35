"""Every entry of every data file in one Aho-Corasick automaton, read in one pass.

A key carries the spaces of its word boundaries: ``" idiot "`` matches the
whole word only, ``"kurw"`` (from ``*kurw*``) anywhere, ``" stronz"`` (from
``stronz*``) at the start of a word. The stream the automaton reads is the
message's words between single spaces (``tokens.Stream.padded``), so a whole
message is read once, in time linear in its length whatever the number of
entries or languages, and every match is a real one: no word-boundary check
is left to Python for the common case.

Variants of evasive chunks (``tokens.Variant``) are read with a second,
smaller automaton of the bare words of the word lists, whose boundaries are
checked here: inside letters spelled out one by one, any letter is a word
boundary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import ahocorasick

from twinspace.moderation.screening.tokens import Variant, words

# Inside letters spelled out one by one any letter is a word boundary, but
# only for entries of four letters or more: three-letter ones ("ass", "sex")
# turn up inside innocent spelled-out words ("c l a s s", "E s s e x").
_MIN_INSIDE_SPELLED = 4
# The word lists read in variants; cues and numbers are read in the words as written.
VARIANT_TAGS = frozenset({"abuse", "rude", "profanity", "allow", "insult"})


class Entry(NamedTuple):
    tag: str  # a word-list section ("abuse"), a cue ("photo"), "number" or "platform"
    language: str  # the stem of its data file; "" for the built-in platform names
    open_start: bool  # "*" in front: may begin inside a word
    open_end: bool
    value: object = None  # what a number word is worth (see ``numbers``)


class Hit(NamedTuple):
    start: int  # in the stream's ``padded`` text, or in a variant's text
    end: int  # exclusive
    entry: Entry

    def inside(self, spans: list[tuple[int, int]]) -> bool:
        """Whether the match lies wholly within one of ``spans`` (an allowed
        phrase's, a lesson's name)."""
        return any(start <= self.start and self.end <= end for start, end in spans)


Hits = dict[str, list[Hit]]


def outside(hits: Iterable[Hit], covering: Iterable[Hit]) -> list[Hit]:
    """The ``hits`` that no hit of ``covering`` holds whole: "irl" but for a
    judgement's "not funny irl", "alone" but for "in secret"."""
    spans = [(hit.start, hit.end) for hit in covering]
    return [hit for hit in hits if not hit.inside(spans)]


def uncovered(hits: Hits, covering: dict[str, str]) -> Hits:
    """``hits`` without the hits of each tag of ``covering`` that a hit of its
    covering tag holds whole: self-harm named as a lesson's topic ("a lesson on
    self-harm") is no one's own, while "I cut myself" beside it still is."""
    changed = {
        tag: outside(hits[tag], hits[cover])
        for tag, cover in covering.items()
        if tag in hits and cover in hits
    }
    if not changed:
        return hits
    kept: Hits = defaultdict(list, hits)
    for tag, left in changed.items():
        if left:
            kept[tag] = left
        else:
            del kept[tag]
    return kept


_new = tuple.__new__


def parse(raw: str) -> tuple[str, bool, bool]:
    """An entry as written in a data file -> its folded words and whether each end is open."""
    return " ".join(words(raw.strip("*"))), raw.startswith("*"), raw.endswith("*")


class Lexicon:
    """``context``: tags read only on request (``scan_context``), not in every message;
    ``covering``: for a tag, the tag whose hits take its hits out of every reading
    (``uncovered``)."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Entry]],
        context: frozenset[str] = frozenset(),
        covering: dict[str, str] | None = None,
    ) -> None:
        self._covering = covering or {}
        whole: dict[str, list[Entry]] = defaultdict(list)
        later: dict[str, list[Entry]] = defaultdict(list)
        bare: dict[str, list[Entry]] = defaultdict(list)
        for core, entry in entries:
            key = ("" if entry.open_start else " ") + core + ("" if entry.open_end else " ")
            (later if entry.tag in context else whole)[key].append(entry)
            if entry.tag in VARIANT_TAGS and " " not in core:
                bare[core].append(entry)
        self._whole = _keyed(whole)
        self._later = _keyed(later)
        self._bare = _automaton((core, (len(core), tuple(found))) for core, found in bare.items())

    def scan(self, padded: str) -> Hits:
        return uncovered(_scan(self._whole, padded), self._covering)

    def scan_context(self, padded: str) -> Hits:
        return _scan(self._later, padded)

    def scan_variant(self, variant: Variant) -> Iterator[Hit]:
        """Matches in one variant, at word boundaries unless an entry's end is open."""
        text = variant.text
        for end, (length, entries) in self._bare.iter(text):
            start, stop = end - length + 1, end + 1
            inside = variant.spelled and length >= _MIN_INSIDE_SPELLED
            for entry in entries:
                if (start == 0 or inside or entry.open_start) and (
                    stop == len(text) or inside or entry.open_end
                ):
                    yield Hit(start, stop, entry)


def _keyed(keys: dict[str, list[Entry]]) -> ahocorasick.Automaton:
    """Each key's value: how far before the end of a match its words start and
    end (its boundary spaces are no part of them), and its entries by tag."""
    values = {}
    for key, found in keys.items():
        trail = int(key.endswith(" "))  # the end of a match is its last character's index
        by_tag: dict[str, list[Entry]] = {}
        for entry in found:
            by_tag.setdefault(entry.tag, []).append(entry)
        tagged = tuple((tag, tuple(entries)) for tag, entries in by_tag.items())
        values[key] = (trail + len(key.strip(" ")) - 1, trail - 1, tagged)
    return _automaton(values.items())


def _scan(automaton: ahocorasick.Automaton, padded: str) -> Hits:
    hits: Hits = defaultdict(list)
    for end, (before, after, tagged) in automaton.iter(padded):
        start, stop = end - before, end - after
        for tag, entries in tagged:
            found = hits[tag]
            for entry in entries:
                # tuple.__new__: a Hit without NamedTuple's slower constructor (hot path)
                found.append(_new(Hit, (start, stop, entry)))
    return hits


def _automaton(items: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    # An automaton needs a key; the streams are letters, digits and spaces only.
    automaton.add_word("\x00", None)
    for key, value in items:
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton
