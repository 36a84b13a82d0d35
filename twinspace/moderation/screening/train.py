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
rounds' look-alikes, the harmless table and ``CORPUS_LINES`` generated lines.

``--evaluate`` trains once per round on every other round and the harmless
data, then reads the round it left out with the model alone: its recall on
the round's concerns and its false holds on the round's look-alikes, and on
``CORPUS_LINES`` generated lines of another seed. Those figures, and no
figure on the rows it was trained on, choose the features and the threshold.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from twinspace.moderation.screening import Kind, Screener
from twinspace.moderation.screening.learned import DEFAULT_PATH, Model, features
from twinspace.moderation.screening.tokens import Stream

ROUNDS = 26
CORPUS_LINES = 20_000
# Generated lines trained on: more add nothing (the generator has a few hundred templates).
TRAINED_LINES = 5_000
TRAIN_SEED = 1
EVALUATE_SEED = 2
# Inverse of the regularisation's strength, for both models.
C = 2.0
# A concern is this much rarer than an ordinary line: its rows weigh as much
# as the harmless ones together, times this.
CONCERN_WEIGHT = 3.0
LOOKALIKE_WEIGHT = 3.0
# Weights smaller than this are left out of the data file.
SMALLEST = 0.02
THRESHOLD = 0.0
# The rounds' kinds that are the model's, and the name it gives each.
_GROUPS = {
    "self_harm": "self_harm",
    "disclosure": "disclosure",
    "isolation": "isolation",
    "threat": "violence",
    "abuse": "abuse",
}
_GROOMING = (
    Kind.meeting,
    Kind.photo_request,
    Kind.private_contact,
    Kind.gift_offer,
    Kind.personal_question,
    Kind.secrecy,
    Kind.isolation,
    Kind.self_harm,
    Kind.disclosure,
    Kind.violence,
)


@dataclass
class Round:
    concerns: list[tuple[str, str]]  # (the model's kind, text)
    harmless: list[str]


def rounds(screener: Screener) -> dict[int, Round]:
    """Every held-out round's rows the model learns from, by round."""
    heldout = importlib.import_module("tests.unit.test_screening_heldout")
    found: dict[int, Round] = {}
    for number in range(1, ROUNDS + 1):
        harmless = [t for texts in heldout.ROUNDS[str(number)][1].values() for t in texts]
        if number <= 3:
            rows = [t for texts in heldout.ROUNDS[str(number)][0].values() for t in texts]
            labelled = [(_label(screener, "", text), text) for text in rows]
        else:
            module = importlib.import_module(f"tests.unit.screening_round{number}")
            labelled = [
                (_label(screener, kind, text), text)
                for kinds in module.CONCERNS.values()
                for kind, texts in kinds.items()
                for text in texts
            ]
        concerns = [(label, text) for label, text in labelled if label]
        found[number] = Round(concerns, harmless)
    return found


def _label(screener: Screener, kind: str, text: str) -> str:
    """The model's name for a row's kind, or "" for a row it does not learn."""
    if kind in _GROUPS:
        return _GROUPS[kind]
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
    table = importlib.import_module("tests.unit.test_screening_harmless")
    return [text for _, text in table.MESSAGES]


def corpus(seed: int, lines: int) -> list[str]:
    generator = importlib.import_module("bench.corpus").Corpus(seed)
    return [generator.line() for _ in range(lines)]


def tokens(text: str) -> list[str]:
    return Stream(text).tokens


@cache
def _row(text: str) -> dict[str, int]:
    words, pairs, prefixes = features(tokens(text))
    row = dict.fromkeys((f"word\t{w}" for w in words), 1)
    row.update(dict.fromkeys((f"pair\t{p}" for p in pairs), 1))
    row.update(dict.fromkeys((f"prefix\t{p}" for p in prefixes), 1))
    return row


def train(
    concerns: list[tuple[str, str]], lookalikes: list[str], ordinary: list[str], kinds: bool = True
) -> str:
    """The data file's text for a model trained on these rows (without the table of
    kinds unless ``kinds``: measuring does not need it)."""
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
    concern: Any = logistic(C=C, solver="liblinear")
    concern.fit(matrix, labels, sample_weight=weights)
    lines = [f"threshold\t\t{THRESHOLD}", f"bias\t\t{_round(concern.intercept_[0])}"]
    lines += _weights("", names, concern.coef_[0].tolist())
    if kinds:
        kind: Any = logistic(C=C, max_iter=2000)
        kind.fit(matrix[: len(concerns)], [label for label, _ in concerns])
        for index, name in enumerate(kind.classes_.tolist()):
            lines.append(f"bias\t{name}\t{_round(kind.intercept_[index])}")
            lines += _weights(f":{name}", names, kind.coef_[index].tolist())
    return "\n".join(lines) + "\n"


def _round(value: float) -> str:
    return f"{value:.3f}"


def _weights(suffix: str, names: list[str], values: list[float]) -> Iterator[str]:
    for name, value in sorted(zip(names, values, strict=True)):
        if abs(value) >= SMALLEST:
            table, feature = name.split("\t")
            yield f"{table}{suffix}\t{feature}\t{_round(value)}"


def _model(text: str, path: Path) -> Model:
    path.write_text(text, encoding="utf-8")
    return Model(path)


def held(model: Model, texts: Iterable[str], threshold: float) -> int:
    return sum(model.score(tokens(text)) > threshold for text in texts)


def evaluate(thresholds: list[float], scratch: Path) -> None:
    screener = Screener()
    every = rounds(screener)
    table = harmless_table()
    ordinary = corpus(TRAIN_SEED, TRAINED_LINES)
    known = set(ordinary)
    fresh = [line for line in corpus(EVALUATE_SEED, CORPUS_LINES) if line not in known]
    caught = {t: 0 for t in thresholds}
    false = {t: 0 for t in thresholds}
    fresh_false = {t: 0 for t in thresholds}
    concerns = harmless = 0
    print("round  concerns  " + "  ".join(f"recall@{t:+.1f} false@{t:+.1f}" for t in thresholds))
    for number, left_out in every.items():
        rest = [r for n, r in every.items() if n != number]
        model = _model(
            train(
                [row for r in rest for row in r.concerns],
                [t for r in rest for t in r.harmless] + table,
                ordinary,
                kinds=False,
            ),
            scratch,
        )
        scores = [model.score(tokens(text)) for _, text in left_out.concerns]
        looks = [model.score(tokens(text)) for text in left_out.harmless]
        cells = []
        for t in thresholds:
            hit = sum(s > t for s in scores)
            fp = sum(s > t for s in looks)
            caught[t] += hit
            false[t] += fp
            fresh_false[t] += held(model, fresh[number::ROUNDS], t)
            cells.append(f"{hit / len(scores):10.1%} {fp / len(looks):9.1%}")
        concerns += len(scores)
        harmless += len(looks)
        print(f"{number:5}  {len(scores):8}  " + "  ".join(cells), flush=True)
    print(
        f"all    {concerns:8}  "
        + "  ".join(f"{caught[t] / concerns:10.1%} {false[t] / harmless:9.1%}" for t in thresholds)
    )
    print(
        f"corpus lines not trained on ({len(fresh)}), held: "
        + "  ".join(f"{fresh_false[t] / len(fresh):.2%}@{t:+.1f}" for t in thresholds)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true", help="leave one round out")
    parser.add_argument("--thresholds", default="-1,0,1,2", help="for --evaluate")
    parser.add_argument("--output", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args()
    if args.evaluate:
        scratch = Path(args.output).with_suffix(".evaluating")
        try:
            evaluate([float(t) for t in args.thresholds.split(",")], scratch)
        finally:
            scratch.unlink(missing_ok=True)
        return
    screener = Screener()
    every = rounds(screener).values()
    text = train(
        [row for r in every for row in r.concerns],
        [t for r in every for t in r.harmless] + harmless_table(),
        corpus(TRAIN_SEED, TRAINED_LINES),
    )
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output.name}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
