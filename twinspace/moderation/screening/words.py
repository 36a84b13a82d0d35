"""Abusive words: the word lists, their evasions, insults aimed at someone, invitations.

The lexicon has already read the message (``Lexicon.scan``); this module
turns its hits of the word-list sections into findings. A match inside an
``[allow]`` phrase is no finding ("cavallo di troia"). Evasive chunks are read
again as variants (``tokens.Variant``) and, when letters are masked ("f*ck",
"k0rwa", "sh.t"), against the list entries the mask fits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from twinspace.moderation.screening.lexicon import Entry, Hit, Hits, Lexicon
from twinspace.moderation.screening.tokens import Stream
from twinspace.moderation.screening.verdicts import Kind

Found = Iterator[tuple[Kind, str]]

_KINDS = {"abuse": Kind.abuse, "rude": Kind.rude, "profanity": Kind.profanity}
# An insult masked or spelled out letter by letter ("st*pid", "s c e m o") is
# rude on its own: the pupil hid it, so it was meant for someone.
_EVADED = {**_KINDS, "insult": Kind.rude}
# A masked word may fit entries of several lists ("st*pid": an insult and mild
# swearing): its findings come most serious first, so that the same text has
# the same first finding, and the pupil the same reason, in every process.
_MOST_SERIOUS_FIRST = tuple(_KINDS.values())  # abuse, rude, profanity
# "add me on my insta": the platform may come up to three words after the phrase.
_INVITATION_REACH = 3
# "you are SO stupid", "du bist echt doof": up to two words between the
# person and the insult.
_INSULT_REACH = 2
# A message of a few words, two of them insults, calls someone names with no
# one named: "brutta vacca", "vaca fea", "grosse vache moche".
_NAME_CALLING_WORDS = 4

# What the lexicon finds for this module to read on (with an evasion's gate).
_WAKING = frozenset({*_KINDS, "triple", "pair", "insult", "target", "contact"})

# A letter masked by a symbol, a digit or a dot: "f*ck", "sh**", "k0rwa", "p.ta"
# (``tokens.GATES["masked"]`` finds them in the text's shape).
_MASK_CHARS = frozenset("*#%_.$@!0123456789")
_MASK_EDGES = "".join(c for c in map(chr, range(32, 127)) if not c.isalnum() and c not in "*#%_")
_TWO_LETTERS = re.compile(r"[a-z]{2}")
_NOT_MASKABLE = re.compile(r"[^a-z*#%_.$@!0-9]+")
# A masked word needs four characters and two letters, and no more masks than
# letters and one: "f*ck", "b***h" and "c***o" are read, "a**" and "***" are not.
_MASKED_LENGTH = 4
# An "@" and a domain: labels joined by dots, the last of letters only
_MAIL_DOMAIN = re.compile(r"@(?:[a-z0-9][a-z0-9\-]*\.)+[a-z]{2,}\b")
_MASKED_LETTERS = 2


class Words:
    def __init__(self, lexicon: Lexicon, listed: Iterable[tuple[str, Entry]]) -> None:
        self._lexicon = lexicon
        self._masks = Masks((w, e) for w, e in listed if e.tag in _EVADED)

    def find(self, stream: Stream, hits: Hits) -> Found:
        if _WAKING.isdisjoint(hits) and not stream.gates:
            return  # most messages: no listed word, no evasion, nothing aimed
        allowed = [(h.start, h.end) for h in hits.get("allow", ())]
        for tag, kind in _KINDS.items():
            for hit in hits.get(tag, ()):
                if not hit.inside(allowed):
                    yield kind, _excerpt(stream, hit)
        gates = stream.gates
        joined = gates.get("joined", [])
        spelled = "pair" in hits and stream.spelled()
        if joined or "triple" in hits or spelled:
            yield from self._variants(stream, joined, "triple" in hits, spelled)
        if "masked" in gates:
            yield from self._masked(stream, sorted({stream.chunk_at(p) for p in gates["masked"]}))
        if "insult" in hits or "target" in hits:
            yield from _aimed_insults(stream, hits, allowed)
        if "contact" in hits and "platform" in hits:
            yield from _invitations(stream, hits)

    def _variants(self, stream: Stream, joined: list[int], stretched: bool, spelled: bool) -> Found:
        for variant in stream.variants(joined, stretched, spelled):
            found = list(self._lexicon.scan_variant(variant))
            allowed = [(h.start, h.end) for h in found if h.entry.tag == "allow"]
            for hit in found:
                kind = (_EVADED if variant.spelled else _KINDS).get(hit.entry.tag)
                if kind is None or hit.inside(allowed):
                    continue
                if variant.spelled:
                    first, last = variant.first + hit.start, variant.first + hit.end - 1
                else:
                    first, last = variant.first, variant.last
                yield kind, stream.excerpt(first, last)

    def _masked(self, stream: Stream, chunks: list[tuple[int, int]]) -> Found:
        for start, end in chunks:
            chunk = stream.raw[start:end]
            # The domain of a mail after its "@" ("@sp12.edu.pl") masks no word
            if "@" in chunk and _MAIL_DOMAIN.search(chunk):
                continue
            for piece in _NOT_MASKABLE.split(chunk.strip(_MASK_EDGES)):
                pattern = "".join("?" if c in _MASK_CHARS else c for c in piece)
                letters = len(pattern) - pattern.count("?")
                if not (
                    len(pattern) >= _MASKED_LENGTH
                    and letters >= _MASKED_LETTERS
                    and 0 < pattern.count("?") <= letters + 1
                    # "f.u.c.k" is spelled out with dots, not masked
                    and ("." not in piece or _TWO_LETTERS.search(pattern))
                ):
                    continue
                fitting = {_EVADED[entry.tag] for entry in self._masks.fitting(pattern)}
                if not fitting:
                    continue
                first, last = stream.tokens_in(start, end)
                excerpt = stream.excerpt(first, max(first, last))
                for kind in _MOST_SERIOUS_FIRST:
                    if kind in fitting:
                        yield kind, excerpt


class Masks:
    """List entries by length and first letter, to find those a masked word may stand for."""

    def __init__(self, listed: Iterable[tuple[str, Entry]]) -> None:
        self._closed: dict[tuple[int, str], list[tuple[str, Entry]]] = defaultdict(list)
        self._open: list[tuple[str, Entry]] = []
        for word, entry in listed:
            if not word.isalpha():
                continue  # phrases and entries with digits are not masked
            if entry.open_start or entry.open_end:
                self._open.append((word, entry))
            else:
                self._closed[len(word), word[0]].append((word, entry))

    def fitting(self, pattern: str) -> Iterator[Entry]:
        """Entries that ``pattern`` ("f?ck") may spell, a mask standing for any one letter."""
        closed = (
            self._closed.get((len(pattern), pattern[0]), [])
            if pattern[0] != "?"
            else [
                pair
                for (n, _), pairs in self._closed.items()
                if n == len(pattern)
                for pair in pairs
            ]
        )
        for word, entry in closed:
            if _fits(pattern, word, 0):
                yield entry
        for word, entry in self._open:
            if len(word) > len(pattern):
                continue
            if entry.open_start:
                offsets = (
                    range(len(pattern) - len(word) + 1)
                    if entry.open_end
                    else [len(pattern) - len(word)]
                )
            else:
                offsets = [0]
            if any(_fits(pattern, word, at) for at in offsets):
                yield entry


def _fits(pattern: str, word: str, at: int) -> bool:
    """``word`` at ``at`` in ``pattern``, with a mask in it and two of its own letters."""
    region = pattern[at : at + len(word)]
    return 0 < region.count("?") <= len(region) - _MASKED_LETTERS and all(
        p in ("?", c) for p, c in zip(region, word, strict=True)
    )


def _excerpt(stream: Stream, hit: Hit) -> str:
    return stream.excerpt(stream.token_at(hit.start), stream.token_at(hit.end - 1))


def _aimed_insults(stream: Stream, hits: Hits, allowed: list[tuple[int, int]]) -> Found:
    """ "you are so stupid", "sei scemo", "t'es nul": an insult aimed at someone is rude."""
    yield from _name_calling(stream, hits)
    targets = hits.get("target")
    if not targets:
        return
    languages = {target.entry.language for target in targets}
    # ... but not inside a harmless phrase of another language that spells
    # them (``allowed``: "quelle con il consenso", Italian "those with", not
    # French "quelle conne")
    insults = [
        insult
        for insult in (*hits.get("insult", ()), *hits.get("profanity", ()))
        if insult.entry.language in languages and not insult.inside(allowed)
    ]
    if not insults:
        return  # Italian "con" is a French insult: only same-language pairs count
    negations = {stream.token_at(h.start) for h in hits.get("neg", ())}
    for target in targets:
        aimed_from = stream.token_at(target.start)
        aimed_to = stream.token_at(target.end - 1)
        for insult in insults:
            if insult.entry.language != target.entry.language:
                continue
            at = stream.token_at(insult.start)
            if not 0 <= at - aimed_to - 1 <= _INSULT_REACH:
                continue
            if negations.intersection(range(aimed_from - 1, at)):
                continue  # "you are not stupid", "no eres tonto"
            yield Kind.rude, stream.excerpt(aimed_from, stream.token_at(insult.end - 1))


def _name_calling(stream: Stream, hits: Hits) -> Found:
    insults = hits.get("insult", ())
    if not insults[1:] or len(stream.tokens) > _NAME_CALLING_WORDS:  # two insults at least
        return
    for language in dict.fromkeys(insult.entry.language for insult in insults):
        words = {stream.token_at(i.start) for i in insults if i.entry.language == language}
        if len(words) > 1:
            yield Kind.rude, stream.source.strip()
            return


def _invitations(stream: Stream, hits: Hits) -> Found:
    """An invitation phrase followed closely by a platform: "add me on insta"."""
    contacts = hits.get("contact")
    platforms = hits.get("platform")
    if not contacts or not platforms:
        return
    starts = {stream.token_at(p.start): stream.token_at(p.end - 1) for p in platforms}
    for contact in contacts:
        first, last = stream.token_at(contact.start), stream.token_at(contact.end - 1)
        for after in range(last + 1, last + 1 + _INVITATION_REACH):
            if after in starts:
                yield Kind.contact_invitation, stream.excerpt(first, starts[after])
                break
