"""The second opinion: a linear model over a message's folded words.

The rules (``grooming.py``, ``wellbeing.py``, the word lists) catch the
wording they were written for; a pupil's or an adult's new wording of the
same concern often slips past them. This model was trained on every held-out
round and on ordinary pupil chat (``train.py``), and reads the words the rules
read: the tokens of ``Stream.padded`` (folded, accent-free, leetspeak undone),
with a word spelled out letter by letter between dots or dashes read as the
word ("g-i-r-a-f-f-e", "m.e.e.t": ``read``), not as letters each with its own
weight.

Its features are each word, each pair of neighbouring words and, for a word
of at least ``PREFIX`` letters, its first ``PREFIX`` letters (an inflected
word's stem: "picchia", "picchiato", "picchiava"). A message's score is the
sum of its features' weights and a bias: a few dictionary look-ups, no
library (a word's weight and its prefix's are remembered together, for the
words chat repeats: ``REMEMBERED_WORDS``). Past ``threshold`` it is a concern,
and a second table of weights says of which kind. The data file
(``wordlists/model.tsv``) holds only the weights that matter, written by
``python -m twinspace.moderation.screening.train``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate, pairwise, repeat
from operator import add
from pathlib import Path

from twinspace.moderation.screening.tokens import Stream
from twinspace.moderation.screening.verdicts import Kind

MODEL_FILE = "model.tsv"  # in the word lists' folder
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "wordlists" / MODEL_FILE
# A word of at least this many letters is also read by its first PREFIX letters.
PREFIX = 5
# The model was trained on chat lines (up to 300 characters, about 60 words),
# most concerns one or two sentences. A text of more words than this is read
# by sentences (each alone, and each with the next), so that a post's many
# ordinary words neither add up to a concern nor drown one; a sentence longer
# than this is read in windows of this many words, each overlapping the last by half.
WINDOW = 64
# What ends a sentence, between two words of the folded text (never inside one).
_SENTENCE_END = re.compile(rb"[.!?;\n]")
# The model's kinds, as the file names them: each is held for a teacher's
# review, never refused (a word of abuse the model alone saw is held as rude).
KINDS: dict[str, Kind] = {
    "grooming": Kind.meeting,  # a grooming row in which the rules name no kind
    **{kind.value: kind for kind in (Kind.meeting, Kind.photo_request, Kind.private_contact)},
    **{kind.value: kind for kind in (Kind.gift_offer, Kind.personal_question, Kind.secrecy)},
    **{kind.value: kind for kind in (Kind.isolation, Kind.self_harm, Kind.disclosure)},
    "violence": Kind.violence,
    "abuse": Kind.rude,
}


# A word spelled out letter by letter, the letters parted by dots or dashes
# ("e.l.e.p.h.a.n.t", "g-i-r-a-f-f-e", "v-b.u.c.k.s"): three letters at least,
# a whole chunk of the folded text but for the marks that may end it.
_SPELLED_CHUNK = re.compile(r"(?<!\S)[a-z](?:[.-][a-z]){2,}(?=[.-]?[,.!?;:)]*(?:\s|$))")
# A letter between two of those marks, which every such word has: an expression
# that starts with a mark skips to the marks, where the one above, with its
# look-behind, tries every position of every line.
_SPELLED_MARKS = re.compile(r"[.-][a-z][.-]")


def read(stream: Stream) -> list[str]:
    """The words the model reads: ``stream.tokens``, with a word spelled out
    between dots or dashes read as the word at its first letter and nothing
    at the others (an empty token, which has no weight), so that the tokens
    keep their places. Single letters learned their weights from evasions;
    a word game's "g-i-r-a-f-f-e" is not seven of them."""
    tokens = stream.tokens
    if _SPELLED_MARKS.search(stream.folded) is None:
        return tokens
    matches = list(_SPELLED_CHUNK.finditer(stream.folded))
    if not matches:
        return tokens
    tokens = list(tokens)
    for match in matches:
        first, last = stream.tokens_in(*match.span())
        if last <= first:
            continue
        tokens[first] = "".join(tokens[first : last + 1])
        tokens[first + 1 : last + 1] = [""] * (last - first)
    return tokens


def features(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A message's words, its pairs of neighbouring words, and its long words' prefixes
    (the empty tokens of a word spelled out, ``read``, are none of them)."""
    pairs = [f"{a} {b}" for a, b in pairwise(tokens) if a and b]
    prefixes = [word[:PREFIX] for word in tokens if len(word) >= PREFIX]
    return [word for word in tokens if word], pairs, prefixes


# A word, or two neighbouring words as a pair (hashed as they are, never joined).
Term = str | tuple[str, str]


# Words whose weight (with their prefix's) is remembered, at most: chat's words
# come again and again, and a remembered word is one look-up, not a slice and two.
REMEMBERED_WORDS = 50_000


class _WordWeights(dict[str, float]):
    """A word's weight and its prefix's together, worked out the first time it is read."""

    def __init__(self, terms: dict[Term, float], prefixes: dict[str, float]) -> None:
        super().__init__()
        self._terms = terms
        self._prefixes = prefixes

    def __missing__(self, word: str) -> float:
        if len(self) >= REMEMBERED_WORDS:
            self.clear()
        weight = self[word] = self._terms.get(word, 0.0) + self._prefixes.get(word[:PREFIX], 0.0)
        return weight


@dataclass(frozen=True, slots=True)
class Weights:
    """A linear score: a bias, the weights of words and pairs, those of prefixes."""

    bias: float
    terms: dict[Term, float]
    prefixes: dict[str, float]
    words: _WordWeights = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", _WordWeights(self.terms, self.prefixes))

    def score(self, tokens: list[str]) -> float:
        return (
            self.bias
            + sum(map(self.words.__getitem__, tokens))
            + sum(map(self.terms.get, pairwise(tokens), repeat(0.0)))
        )


class Model:
    """Weights read from a data file; ``find`` keeps no state but the words it remembers."""

    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        self.threshold = 0.0
        tables: dict[str, Weights] = {}  # "": whether a concern; a kind's name: which
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            section, name, value = line.split("\t")
            if section == "threshold":
                self.threshold = float(value)
            elif section == "bias":
                tables[name] = Weights(float(value), {}, {})
            else:
                table, _, kind = section.partition(":")
                if table == "prefix":
                    tables[kind].prefixes[name] = float(value)
                else:
                    first, _, second = name.partition(" ")
                    term: Term = (first, second) if table == "pair" else name
                    tables[kind].terms[term] = float(value)
        self.concern = tables.pop("")
        self.kinds = tables
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"{path}: unknown kinds {sorted(unknown)}")

    def find(self, stream: Stream) -> tuple[Kind, str] | None:
        """The kind of concern the model sees in a message, and where; or None."""
        tokens = read(stream)
        if len(tokens) <= WINDOW:  # a chat line: one sum, no copy
            if tokens and self.concern.score(tokens) > self.threshold:
                return self.kind(tokens), stream.excerpt(0, len(tokens) - 1)
            return None
        # A long text: each word's weight (with its prefix's and that of the pair it
        # ends) once, then each piece's sum from running totals.
        weights = self.concern
        zero = repeat(0.0)
        pairs = [0.0, *map(weights.terms.get, pairwise(tokens), zero)]
        each = map(add, map(weights.words.__getitem__, tokens), pairs)
        totals = list(accumulate(each, initial=weights.bias))
        for start, end in _pieces(stream):
            # The pair before the piece's first word is not the piece's.
            if totals[end] - totals[start] - pairs[start] + weights.bias > self.threshold:
                return self.kind(tokens[start:end]), stream.excerpt(start, end - 1)
        return None

    def score(self, tokens: list[str]) -> float:
        """How much the words sound like a concern: above ``threshold``, hold."""
        return self.concern.score(tokens)

    def kind(self, tokens: list[str]) -> Kind:
        """The likeliest kind of concern (asked only of a message past the threshold)."""
        best = max(self.kinds, key=lambda name: self.kinds[name].score(tokens))
        return KINDS[best]


def _pieces(stream: Stream) -> list[tuple[int, int]]:
    """A long text's pieces to read (first token, token after the last): each
    sentence, each with the next, and a long one in overlapping windows."""
    count = len(stream.tokens)
    # A sentence starts at the first word after a mark that ends one: the words
    # of the sentences before it, counted (in C, not word by word).
    ends = accumulate(stream.words_between(_SENTENCE_END))
    starts = [0, *sorted({index for index in ends if 0 < index < count}), count]
    pieces = []
    step = WINDOW // 2
    sentences = pairwise(starts)
    for first, last in [*sentences, *zip(starts, starts[2:], strict=False)]:
        if last - first <= WINDOW:  # most pieces: one window
            pieces.append((first, last))
            continue
        windows = range(first, max(last - step, first + 1), step)
        pieces += [(start, min(start + WINDOW, last)) for start in windows]
    return pieces
