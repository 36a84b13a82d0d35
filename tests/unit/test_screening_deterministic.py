"""The same text gets the same findings in every server process.

Python seeds its string hashes per process (``PYTHONHASHSEED``), so a set of
kinds or languages may be iterated in another order in each of a
deployment's processes. The findings (and so the reason a pupil is shown)
must depend on the text and the word lists alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from twinspace.moderation.screening import Kind, Level, Screener, judge

# Masked words that fit entries of several lists, addresses with street words
# of several languages, and the other detectors, alone and together.
TEXTS = (
    "what a st*pid cow",
    "c***o",
    "sp*erdalaj",
    "you are a b*tch",
    "sh*t, k*rwa, c*zzo, m*erda, p*ta",
    "I live at via Roma 12, my dad at 10 rue de la Paix and my gran in Hauptstraße 5",
    "ul. Długa 5 and calle Mayor 3, or 221 Baker Street",
    "chiamami al 347 123 4567 oppure zero sei uno due tre quattro cinque sei sette",
    "my insta is giulia.b_07 and snap: tommy_r, or mail me at marco.rossi@gmail.com",
    "look at www.example.com and europa.eu/schools",
    "send me a photo of you, don't tell your parents, it's our secret",
    "I want to die, nobody would care",
    "st*pid, add me on snap tommy_12, I live at via Roma 12, call 347 123 4567",
    "brutta vacca",
    "Hello from Kraków! Our project is about water.",
)
SEEDS = ("0", "1", "2", "3", "123")

# Screens TEXTS (read from stdin) as the write path does, at the strict level,
# then judges the findings at each level a space may have.
_SCREEN = """
import json, sys
from twinspace.moderation.screening import Level, Screener, judge
screener = Screener()
results = []
for text in json.load(sys.stdin):
    found = screener.screen(text, Level.strict)
    results.append({
        "findings": [[f.kind.value, f.excerpt] for f in found.findings],
        "reasons": {level.value: judge(found, level, ()).reason_key for level in Level},
    })
print(json.dumps(results))
"""


def _screened_with_hash_seeds(seeds: tuple[str, ...]) -> dict[str, list[object]]:
    texts = json.dumps(TEXTS)
    processes = {
        seed: subprocess.Popen(
            [sys.executable, "-c", _SCREEN],
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in seeds
    }
    results = {}
    for seed, process in processes.items():
        output, _ = process.communicate(texts, timeout=120)
        assert process.returncode == 0, f"screening with PYTHONHASHSEED={seed} failed"
        results[seed] = json.loads(output)
    return results


def test_every_process_finds_the_same_in_the_same_order_and_gives_the_same_reason() -> None:
    results = _screened_with_hash_seeds(SEEDS)
    first = results[SEEDS[0]]
    for seed in SEEDS[1:]:
        for text, expected, got in zip(TEXTS, first, results[seed], strict=True):
            assert got == expected, f"{text!r} with PYTHONHASHSEED={seed}"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def test_the_texts_hold_several_kinds_for_one_word_and_several_languages_addresses(
    screener: Screener,
) -> None:
    # Otherwise the test above would prove nothing.
    stupid = screener.screen("what a st*pid cow", Level.strict).findings
    assert len({f.kind for f in stupid if f.excerpt == "st*pid"}) > 1
    addresses = screener.screen(TEXTS[5], Level.strict).findings
    assert [f.kind for f in addresses] == [Kind.address] * 3


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("what a st*pid cow", [Kind.rude, Kind.profanity]),
        ("c***o", [Kind.abuse, Kind.rude]),
        ("sp*erdalaj", [Kind.abuse, Kind.rude]),
    ],
)
def test_a_masked_word_fitting_several_lists_is_found_most_serious_first(
    screener: Screener, text: str, kinds: list[Kind]
) -> None:
    found = screener.screen(text, Level.strict)
    assert [f.kind for f in found.findings] == kinds
    # In a strict space, where both are held, the pupil is told of the worse.
    assert judge(found, Level.strict, ()).reason_key == f"screening.{kinds[0].value}"
