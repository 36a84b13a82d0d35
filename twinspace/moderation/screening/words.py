"""Match the word lists against a message's token stream with one Aho-Corasick pass.

All lists of all languages, the allowed words and the invitation phrases are
keys of one automaton, so a message is read once whatever the number of
entries or languages. A key matches only at word boundaries unless the entry
has a ``*`` on that side; a phrase matches only across the message's own words
in order (``tokens.Token.primary``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from twinspace.moderation.screening.online import PLATFORMS
from twinspace.moderation.screening.tokens import Stream, words
from twinspace.moderation.screening.verdicts import Kind
from twinspace.moderation.screening.wordlists import Lists

_KINDS = {"abuse": Kind.abuse, "rude": Kind.rude, "profanity": Kind.profanity}
_PLATFORM = "platform"
# "add me on my insta": the platform may come up to three words after the phrase.
_INVITATION_REACH = 3
# Inside letters spelled out one by one any letter is a word boundary, but
# only for entries of four letters or more: three-letter ones ("ass", "sex")
# turn up inside innocent spelled-out words ("c l a s s", "E s s e x").
_MIN_INSIDE_SPELLED = 4


@dataclass(frozen=True, slots=True)
class _Entry:
    section: str  # a word-list section, or "platform"
    open_start: bool  # "*" in front: may begin inside a word
    open_end: bool


@dataclass(frozen=True, slots=True)
class _Match:
    section: str
    start: int  # in the stream
    end: int
    first: int  # token indices
    last: int


class WordMatcher:
    def __init__(self, lists: Lists) -> None:
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, set[_Entry]] = {}
        sections = [*_KINDS, "allow", "contact"]
        pairs = [(s, e) for s in sections for e in lists[s]] + [(_PLATFORM, p) for p in PLATFORMS]
        for section, raw in pairs:
            key = " ".join(w for chunk in raw.strip("*").split() for w in words(chunk, leet=False))
            if not key:
                raise ValueError(f"[{section}] entry {raw!r} has no letters")
            # Platform names are inflected ("na snapie", "na instagramie") and
            # count only next to an invitation, so they may run on.
            open_end = raw.endswith("*") or section == _PLATFORM
            entry = _Entry(section, raw.startswith("*"), open_end)
            entries.setdefault(key, set()).add(entry)
        for key, found in entries.items():
            self._automaton.add_word(key, (len(key), tuple(found)))
        self._automaton.make_automaton()

    def find(self, stream: Stream) -> Iterator[tuple[Kind, str]]:
        matches = list(self._matches(stream))
        allowed = [(m.start, m.end) for m in matches if m.section == "allow"]
        for match in matches:
            kind = _KINDS.get(match.section)
            if kind and not any(s <= match.start and match.end <= e for s, e in allowed):
                yield kind, _excerpt(stream, match)
        yield from self._invitations(stream, matches)

    def _matches(self, stream: Stream) -> Iterator[_Match]:
        for end, (length, entries) in self._automaton.iter(stream.text):
            start = end - length + 1
            first, last = stream.token_at(start), stream.token_at(end)
            tokens = stream.tokens[first : last + 1]
            if first != last and not all(t.primary for t in tokens):
                continue
            inside_spelled = (
                first == last and bool(tokens[0].letters) and length >= _MIN_INSIDE_SPELLED
            )
            starts_word = start == stream.offsets[first] or inside_spelled
            ends_word = end == stream.ends_at(last) or inside_spelled
            for entry in entries:
                if (starts_word or entry.open_start) and (ends_word or entry.open_end):
                    yield _Match(entry.section, start, end, first, last)

    @staticmethod
    def _invitations(stream: Stream, matches: Iterable[_Match]) -> Iterator[tuple[Kind, str]]:
        """An invitation phrase followed closely by a platform: "add me on insta"."""
        platforms = {m.first: m.last for m in matches if m.section == _PLATFORM}
        for match in matches:
            if match.section != "contact" or not stream.tokens[match.last].primary:
                continue
            for after in range(match.last + 1, match.last + 1 + _INVITATION_REACH):
                if after in platforms and stream.tokens[platforms[after]].primary:
                    first, last = stream.tokens[match.first], stream.tokens[platforms[after]]
                    yield Kind.contact_invitation, stream.source[first.start : last.end]
                    break


def _excerpt(stream: Stream, match: _Match) -> str:
    """The message's own text of a match: the chunks it touches, or its letters if spelled."""
    first = stream.tokens[match.first]
    if first.letters:
        offset = stream.offsets[match.first]
        start, end = first.letters[match.start - offset][0], first.letters[match.end - offset][1]
    else:
        start, end = first.start, stream.tokens[match.last].end
    return stream.source[start:end]
