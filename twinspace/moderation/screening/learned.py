"""The second opinion: a linear model over a message's folded words.

The rules (``grooming.py``, ``wellbeing.py``, the word lists) catch the
wording they were written for; a pupil's or an adult's new wording of the
same concern often slips past them. This model was trained on every held-out
round and on ordinary pupil chat (``train.py``), and reads the words the rules
read: the tokens of ``Stream.padded`` (folded, accent-free, leetspeak undone).

Its features are each word, each pair of neighbouring words and, for a word
longer than ``PREFIX`` letters, its first ``PREFIX`` letters (an inflected
word's stem: "picchia", "picchiato", "picchiava"). A message's score is the
sum of its features' weights and a bias: a few dictionary look-ups, no
library. Past ``threshold`` it is a concern, and a second table of weights
says of which kind. The data file (``wordlists/model.tsv``) holds only the
weights that matter, written by ``python -m twinspace.moderation.screening.train``.
"""

from __future__ import annotations

import re
from itertools import pairwise, repeat
from pathlib import Path

from twinspace.moderation.screening.tokens import Stream
from twinspace.moderation.screening.verdicts import Kind

MODEL_FILE = "model.tsv"  # in the word lists' folder
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "wordlists" / MODEL_FILE
# A word longer than this is also read by its first PREFIX letters.
PREFIX = 5
# The model was trained on chat lines (up to 300 characters, about 60 words),
# most concerns one or two sentences. A text of more words than this is read
# by sentences (each alone, and each with the next), so that a post's many
# ordinary words neither add up to a concern nor drown one; a sentence longer
# than this is read in windows of this many words, each overlapping the last by half.
WINDOW = 64
# What ends a sentence, between two words of the folded text.
_SENTENCE_END = re.compile(r"[.!?;\n]")
# The model's kinds, as the file names them: each is held for a teacher's
# review, never refused (a word of abuse the model alone saw is held as rude).
KINDS: dict[str, Kind] = {
    "grooming": Kind.meeting,
    **{kind.value: kind for kind in (Kind.meeting, Kind.photo_request, Kind.private_contact)},
    **{kind.value: kind for kind in (Kind.gift_offer, Kind.personal_question, Kind.secrecy)},
    **{kind.value: kind for kind in (Kind.isolation, Kind.self_harm, Kind.disclosure)},
    "violence": Kind.violence,
    "abuse": Kind.rude,
}


def features(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A message's words, its pairs of neighbouring words, and its long words' prefixes."""
    pairs = [f"{a} {b}" for a, b in pairwise(tokens)]
    prefixes = [word[:PREFIX] for word in tokens if len(word) > PREFIX]
    return tokens, pairs, prefixes


class Model:
    """Weights read from a data file; ``score`` and ``kind`` keep no state."""

    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        self.threshold = 0.0
        self.bias = 0.0
        # One table of weights per kind of feature: words, pairs, prefixes.
        self.weights: tuple[dict[str, float], dict[str, float], dict[str, float]] = ({}, {}, {})
        # Of which kind a concern is: per kind, its bias and its three tables.
        self.kinds: dict[str, tuple[float, tuple[dict[str, float], ...]]] = {}
        self._read(path)

    def _read(self, path: Path) -> None:
        tables = {"word": 0, "pair": 1, "prefix": 2}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            section, name, value = line.split("\t")
            if section == "threshold":
                self.threshold = float(value)
            elif section == "bias":
                if name:
                    self.kinds[name] = (float(value), ({}, {}, {}))
                else:
                    self.bias = float(value)
            else:
                table, _, kind = section.partition(":")
                target = self.kinds[kind][1] if kind else self.weights
                target[tables[table]][name] = float(value)
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"{path}: unknown kinds {sorted(unknown)}")

    def find(self, stream: Stream) -> tuple[Kind, str] | None:
        """The kind of concern the model sees in a message, and where; or None."""
        tokens = stream.tokens
        pieces = [(0, len(tokens))] if len(tokens) <= WINDOW else _pieces(stream)
        for start, end in pieces:
            window = tokens[start:end]
            if window and self.score(window) > self.threshold:
                return self.kind(window), stream.excerpt(start, end - 1)
        return None

    def score(self, tokens: list[str]) -> float:
        """How much the words sound like a concern: above ``threshold``, hold."""
        words, pairs, prefixes = self.weights
        zero = repeat(0.0)
        return (
            self.bias
            + sum(map(words.get, tokens, zero))
            + sum(map(pairs.get, map(_pair, tokens, tokens[1:]), zero))
            + sum(map(prefixes.get, [w[:PREFIX] for w in tokens if len(w) > PREFIX], zero))
        )

    def kind(self, tokens: list[str]) -> Kind:
        """The likeliest kind of concern (asked only of a message past the threshold)."""
        found = features(tokens)

        def total(entry: tuple[float, tuple[dict[str, float], ...]]) -> float:
            bias, tables = entry
            return bias + sum(
                table.get(feature, 0.0)
                for table, names in zip(tables, found, strict=True)
                for feature in names
            )

        best = max(self.kinds, key=lambda name: total(self.kinds[name]))
        return KINDS[best]


def _pieces(stream: Stream) -> list[tuple[int, int]]:
    """A long text's pieces to read (first token, token after the last): each
    sentence, each with the next, and a long one in overlapping windows."""
    spans, folded = stream.spans, stream.folded
    starts = [0]
    starts += [
        index
        for index in range(1, len(spans))
        if _SENTENCE_END.search(folded, spans[index - 1][1], spans[index][0])
    ]
    starts.append(len(spans))
    pieces = []
    step = WINDOW // 2
    sentences = pairwise(starts)
    for first, last in [*sentences, *zip(starts, starts[2:], strict=False)]:
        windows = range(first, max(last - step, first + 1), step)
        pieces += [(start, min(start + WINDOW, last)) for start in windows]
    return pieces


def _pair(first: str, second: str) -> str:
    return f"{first} {second}"
