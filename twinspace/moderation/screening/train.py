"""Train the second opinion (``learned.py``) and measure it, round by round.

    python -m twinspace.moderation.screening.train            # write wordlists/model.tsv
    python -m twinspace.moderation.screening.train --evaluate # leave one round out

Run from a source checkout with the "train" extra (scikit-learn): the rows
are the held-out rounds' (``tests/unit``) and ordinary chat from the
benchmark's generator (``bench.corpus``), which an installed server has not.

Each round's concerns are labelled by their kind; a grooming row, and a row
of rounds 1 to 3 (written by language only), by the safeguarding kind the
rules now find in it. Phone numbers, handles and addresses are left out: the
detectors read their form, which words do not tell. The harmless rows are the
rounds' look-alikes, the harmless table, the rows the rules' table allows
("la queue du chat"), the written rows labelled harmless and ``TRAINED_LINES``
generated lines.

``--evaluate`` trains once per round on every other round, the written rows
and the harmless data, then reads the round it left out with the model alone: its recall on
the round's concerns and its false holds on the round's look-alikes, and on
``CORPUS_LINES`` generated lines of another seed. Those figures, and no
figure on the rows it was trained on, choose the features and the threshold.
"""

from __future__ import annotations

import argparse
import importlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from twinspace.moderation.screening import Kind, Screener, Verdict
from twinspace.moderation.screening.learned import (
    DEFAULT_PATH,
    KINDS,
    MODEL_FILE,
    Model,
    features,
    read,
)
from twinspace.moderation.screening.tokens import Stream

ROUNDS = 121
# Labelled rows written to train on, one file per language: "label<TAB>text",
# the label one of the model's kinds (``KINDS``) or "harmless".
WRITTEN = Path(__file__).resolve().parents[3] / "tests" / "data" / "screening-training"
CORPUS_LINES = 20_000
# Generated lines trained on: more add nothing (the generator has a few hundred templates).
TRAINED_LINES = 5_000
TRAIN_SEED = 1
EVALUATE_SEED = 2
# Inverse of the regularisation's strength, for both models (0.5 and 8 measured
# within a point of it, leaving one round out).
C = 2.0
# How much a row weighs against one generated chat line: a concern, and a
# harmless look-alike, which tempts the same words and teaches the most.
CONCERN_WEIGHT = 3.0
LOOKALIKE_WEIGHT = 3.0
# Weights smaller than these are left out of the data file: of the concern's,
# and of the kinds' (which only choose among kinds, once a message is held).
SMALLEST = 0.1
SMALLEST_KIND = 0.2
# The score past which a message is held: chosen leaving one round out, for
# under 2 % of the rounds' look-alikes held and no generated chat line (see
# docs/safety.md). Written into the data file.
THRESHOLD = 2.25
# The rounds' kinds that are the model's, and the name it gives each.
_GROUPS = {
    "self_harm": "self_harm",
    "disclosure": "disclosure",
    "isolation": "isolation",
    "threat": "violence",
    "abuse": "abuse",
}
# The safeguarding kinds in the order they are declared: a row's first is its label.
_GROOMING = tuple(kind for kind in Kind if kind.safeguarding)


@dataclass
class Round:
    concerns: list[tuple[str, str]]  # (the model's kind, text)
    harmless: list[str]


def rounds(screener: Screener) -> dict[int, Round]:
    """Every held-out round's rows the model learns from, by round (``screener``:
    the rules alone, which name the kind of a grooming row)."""
    heldout = importlib.import_module("tests.unit.test_screening_heldout")
    found: dict[int, Round] = {}
    for number in range(1, ROUNDS + 1):
        if number <= 3:
            harmless = [t for texts in heldout.ROUNDS[str(number)][1].values() for t in texts]
            rows = [t for texts in heldout.ROUNDS[str(number)][0].values() for t in texts]
            labelled = [(_label(screener, "", text), text) for text in rows]
        else:
            # Read from the round's own module: a round is learned from before
            # it passes the floors of ``test_screening_heldout``.
            module = importlib.import_module(f"tests.unit.screening_round{number}")
            harmless = [t for texts in module.HARMLESS.values() for t in texts]
            labelled = [
                (_label(screener, kind, text), text)
                for kinds in module.CONCERNS.values()
                for kind, texts in kinds.items()
                for text in texts
            ]
        concerns = [(label, text) for label, text in labelled if label]
        found[number] = Round(concerns, harmless)
    return found


@dataclass
class Written:
    concerns: list[tuple[str, str]]  # (the model's kind, text)
    harmless: list[str]


def written(folder: Path = WRITTEN) -> Written:
    """The rows of every language's file in ``folder``."""
    rows = Written([], [])
    for path in sorted(folder.glob("*.tsv")):
        found = written_in(path)
        rows.concerns += found.concerns
        rows.harmless += found.harmless
    return rows


def written_in(path: Path) -> Written:
    """The rows of one language's file."""
    rows = Written([], [])
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, tab, text = line.partition("\t")
        if not tab or not text.strip() or "\t" in text:
            raise ValueError(f"{path.name}:{number}: not 'label<TAB>text'")
        if label == "harmless":
            rows.harmless.append(text)
        elif label in KINDS:
            rows.concerns.append((label, text))
        else:
            raise ValueError(f"{path.name}:{number}: unknown label {label!r}")
    return rows


def _label(screener: Screener, kind: str, text: str) -> str:
    """The model's name for a row's kind, or "" for a row it does not learn."""
    if kind in _GROUPS:
        return _GROUPS[kind]
    # A round written by the kinds the model names (round 27: "meeting",
    # "secrecy", "violence"...) is labelled by them as it is.
    if kind in KINDS and kind not in ("grooming", "abuse"):
        return kind
    if kind not in ("grooming", ""):
        return ""
    kinds = {f.kind for f in screener.screen(text).findings}
    for candidate in _GROOMING:
        if candidate in kinds:
            return candidate.value
    if kind == "grooming":
        return "grooming"
    if kinds & {Kind.abuse, Kind.rude, Kind.profanity}:
        return "abuse"
    return ""


def harmless_table() -> list[str]:
    """The harmless table's messages, and the rows the rules' table allows."""
    harmless = importlib.import_module("tests.unit.test_screening_harmless")
    table = importlib.import_module("tests.unit.test_screening_table")
    allowed = [text for _, text, verdict, _ in table.CASES if verdict is Verdict.allow]
    return [text for _, text in harmless.MESSAGES] + allowed


def corpus(seed: int, lines: int) -> list[str]:
    generator = importlib.import_module("bench.corpus").Corpus(seed)
    return [generator.line() for _ in range(lines)]


def tokens(text: str) -> list[str]:
    return read(Stream(text))


@cache
def _row(text: str) -> dict[str, int]:
    words, pairs, prefixes = features(tokens(text))
    row = dict.fromkeys((f"word\t{w}" for w in words), 1)
    row.update(dict.fromkeys((f"pair\t{p}" for p in pairs), 1))
    row.update(dict.fromkeys((f"prefix\t{p}" for p in prefixes), 1))
    return row


def train(concerns: list[tuple[str, str]], lookalikes: list[str], ordinary: list[str]) -> str:
    """The data file's text for a model trained on these rows."""
    vectorizer = importlib.import_module("sklearn.feature_extraction").DictVectorizer()
    logistic = importlib.import_module("sklearn.linear_model").LogisticRegression
    texts = [text for _, text in concerns] + lookalikes + ordinary
    matrix = vectorizer.fit_transform([_row(text) for text in texts]).tocsr()
    # liblinear takes 32-bit indices only; it is ten times as fast as the default here.
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    names: list[str] = list(vectorizer.get_feature_names_out())
    labels = [1] * len(concerns) + [0] * (len(lookalikes) + len(ordinary))
    weights = [CONCERN_WEIGHT] * len(concerns) + [LOOKALIKE_WEIGHT] * len(lookalikes)
    weights += [1.0] * len(ordinary)
    concern: Any = logistic(C=C, solver="liblinear", random_state=0)
    concern.fit(matrix, labels, sample_weight=weights)
    lines = [
        "# Screening's second opinion (learned.py), written by"
        " python -m twinspace.moderation.screening.train: not edited by hand.",
        f"threshold\t\t{THRESHOLD}",
        f"bias\t\t{_round(concern.intercept_[0])}",
    ]
    lines += _weights("", names, concern.coef_[0].tolist(), SMALLEST)
    kind: Any = logistic(C=C, max_iter=2000)
    kind.fit(matrix[: len(concerns)], [label for label, _ in concerns])
    for index, name in enumerate(kind.classes_.tolist()):
        lines.append(f"bias\t{name}\t{_round(kind.intercept_[index])}")
        lines += _weights(f":{name}", names, kind.coef_[index].tolist(), SMALLEST_KIND)
    return "\n".join(lines) + "\n"


def _round(value: float) -> str:
    return f"{value:.3f}"


def _weights(suffix: str, names: list[str], values: list[float], least: float) -> Iterator[str]:
    for name, value in sorted(zip(names, values, strict=True)):
        if abs(value) >= least:
            table, feature = name.split("\t")
            yield f"{table}{suffix}\t{feature}\t{_round(value)}"


def evaluate(thresholds: list[float], scratch: Path) -> None:
    """Leave one round out: print the model alone on each round, and the sums."""
    screener = Screener(second_opinion=False)
    every = rounds(screener)
    extra = written()
    table = harmless_table() + extra.harmless
    ordinary = corpus(TRAIN_SEED, TRAINED_LINES)
    known = set(ordinary)
    fresh = [line for line in corpus(EVALUATE_SEED, CORPUS_LINES) if line not in known]
    sweep = {t: [0, 0, 0] for t in thresholds}  # concerns caught, look-alikes held, lines held
    kinds: dict[str, list[int]] = {}  # by kind: caught, rows
    named = [0, 0]  # concerns caught under their own kind, concerns caught
    totals = [0, 0, 0, 0]  # concerns, caught by the rules or the model, look-alikes, lines
    print(f"threshold {THRESHOLD}: the model alone on the round it was not trained on")
    print("round  concerns  caught  recall  look-alikes  held  rules or model (rules of today)")
    for number, left_out in every.items():
        rest = [r for n, r in every.items() if n != number]
        scratch.write_text(
            train(
                [row for r in rest for row in r.concerns] + extra.concerns,
                [t for r in rest for t in r.harmless] + table,
                ordinary,
            ),
            encoding="utf-8",
        )
        model = Model(scratch)
        scores = [model.score(tokens(text)) for _, text in left_out.concerns]
        looks = [model.score(tokens(text)) for text in left_out.harmless]
        lines = [model.score(tokens(text)) for text in fresh[number - 1 :: ROUNDS]]
        for t, counts in sweep.items():
            counts[0] += sum(s > t for s in scores)
            counts[1] += sum(s > t for s in looks)
            counts[2] += sum(s > t for s in lines)
        hits = [s > THRESHOLD for s in scores]
        for (kind, text), hit in zip(left_out.concerns, hits, strict=True):
            kinds.setdefault(kind, [0, 0])[0] += hit
            kinds[kind][1] += 1
            if hit:
                named[0] += model.kind(tokens(text)) is KINDS[kind]
                named[1] += 1
        either = sum(
            hit or bool(screener.screen(text).findings)
            for (_, text), hit in zip(left_out.concerns, hits, strict=True)
        )
        held = sum(s > THRESHOLD for s in looks)
        totals[0] += len(scores)
        totals[1] += either
        totals[2] += len(looks)
        print(
            f"{number:5}  {len(scores):8}  {sum(hits):6}  {sum(hits) / len(scores):6.1%}"
            f"  {len(looks):11}  {held / len(looks):4.1%}  {either / len(scores):.1%}",
            flush=True,
        )
    caught, held_looks, held_lines = sweep[THRESHOLD]
    print(
        f"all    {totals[0]:8}  {caught:6}  {caught / totals[0]:6.1%}  {totals[2]:11}"
        f"  {held_looks / totals[2]:4.1%}  {totals[1] / totals[0]:.1%}"
    )
    print("by kind: " + ", ".join(f"{k} {c}/{n}" for k, (c, n) in sorted(kinds.items())))
    print(f"caught under their own kind: {named[0]}/{named[1]} ({named[0] / named[1]:.1%})")
    print(f"{len(fresh)} generated chat lines not trained on, held: {held_lines / len(fresh):.2%}")
    print("other thresholds: recall, look-alikes held, generated lines held")
    for t, (c, h, n) in sweep.items():
        print(f"  {t:+.2f}: {c / totals[0]:.1%}, {h / totals[2]:.1%}, {n / len(fresh):.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true", help="leave one round out")
    parser.add_argument(
        "--thresholds", default="1,1.5,2,2.5,3", help="for --evaluate, besides THRESHOLD's"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args()
    if args.evaluate:
        with tempfile.TemporaryDirectory() as scratch:
            thresholds = sorted({THRESHOLD, *map(float, args.thresholds.split(","))})
            evaluate(thresholds, Path(scratch) / MODEL_FILE)
        return
    every = rounds(Screener(second_opinion=False)).values()
    extra = written()
    text = train(
        [row for r in every for row in r.concerns] + extra.concerns,
        [t for r in every for t in r.harmless] + harmless_table() + extra.harmless,
        corpus(TRAIN_SEED, TRAINED_LINES),
    )
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output.name}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
