"""The rows written to train the second opinion (``tests/data/screening-training``).

They are training data, never a measure of new wording (the held-out rounds
are); what is asserted here is that every language has them, in every kind
the model names, and that the screening as committed reads them as they are
labelled: a floor, as the rounds' floors are, so that a change to a rule or a
retrained model that loses them is noticed.
"""

from __future__ import annotations

import pytest

from twinspace.moderation.screening import Screener, Verdict
from twinspace.moderation.screening.learned import KINDS
from twinspace.moderation.screening.train import WRITTEN, Written, written, written_in

LANGUAGES = {"en", "it", "fr", "de", "es", "pl"}
# What the committed screening does with them (docs/safety.md, *The second opinion*
# and *Measured*): the rules hold 1.13 % of the harmless rows (107 of 9,428, the
# second opinion none more), which were written to tempt them; 1.46 % of the
# first 3,982, 4.1 % before the first batch's look-alikes were spared. Both
# opinions hold 98.7 % of the concerns (9,833 of 9,962).
MIN_RECALL = 0.97
MAX_FALSE_HOLDS = 0.015


@pytest.fixture(scope="module")
def rows() -> Written:
    return written()


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def held(screener: Screener, text: str) -> bool:
    return screener.screen(text).verdict is not Verdict.allow


def test_every_language_has_rows_of_every_kind() -> None:
    assert {path.stem for path in WRITTEN.glob("*.tsv")} == LANGUAGES
    for language in LANGUAGES:
        found = written_in(WRITTEN / f"{language}.tsv")
        assert {label for label, _ in found.concerns} == set(KINDS) - {"grooming"}, language
        assert len(found.harmless) >= 150, language


def test_no_row_is_written_twice(rows: Written) -> None:
    texts = [text for _, text in rows.concerns] + rows.harmless
    assert len(set(texts)) == len(texts)


def test_concerns_are_held(screener: Screener, rows: Written) -> None:
    missed = [text for _, text in rows.concerns if not held(screener, text)]
    assert len(missed) <= (1 - MIN_RECALL) * len(rows.concerns), missed


def test_harmless_rows_are_allowed(screener: Screener, rows: Written) -> None:
    wrongly = [text for text in rows.harmless if held(screener, text)]
    assert len(wrongly) <= MAX_FALSE_HOLDS * len(rows.harmless), wrongly
