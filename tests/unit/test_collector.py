"""The serving process's garbage-collector thresholds (docs/decisions.md, *The collector*)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from twinspace.app import COLLECTOR_THRESHOLDS, create_app, tune_collector
from twinspace.config import Settings


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_tuning_makes_full_collections_rarer_and_keeps_the_young_ones(
    thresholds: tuple[int, int, int],
) -> None:
    tune_collector()
    young, middle, full = gc.get_threshold()
    assert (young, middle) == thresholds[:2]
    assert full == COLLECTOR_THRESHOLDS[2] > thresholds[2]
    assert gc.isenabled()


def test_building_an_app_leaves_the_collector_alone(
    thresholds: tuple[int, int, int], settings: Settings
) -> None:
    # The tests build many apps in one process: only ``twinspace serve`` tunes.
    create_app(settings)
    assert gc.get_threshold() == thresholds
