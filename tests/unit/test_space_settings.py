"""Space settings: a section per feature, defaults for what was never set, and a
change validated whole, with each refused field named."""

from __future__ import annotations

from typing import ClassVar

import pytest

from twinspace.app import registry
from twinspace.errors import AppError
from twinspace.spacesettings import PremoderatedSettings, Sections


class GardenSettings(PremoderatedSettings):
    """A made-up feature: one class declares its setting, nothing else changes."""

    name: ClassVar[str] = "garden"
    beds: int = 3


def test_a_new_setting_is_one_field_with_its_default():
    sections = Sections([GardenSettings])
    settings = sections.parse({})
    assert settings[GardenSettings].beds == 3
    assert settings.view() == {"garden": {"premoderated": False, "beds": 3}}


def test_only_what_was_set_is_stored_and_a_change_merges_into_it():
    sections = Sections([GardenSettings])
    stored = sections.changed({}, {"garden": {"beds": 5}})
    assert stored == {"garden": {"beds": 5}}
    stored = sections.changed(stored, {"garden": {"premoderated": True}})
    assert stored == {"garden": {"beds": 5, "premoderated": True}}
    assert sections.parse(stored)[GardenSettings].beds == 5


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"garden": {"beds": "many"}}, "garden.beds"),
        ({"garden": {"roses": 2}}, "garden.roses"),
        ({"orchard": {"trees": 2}}, "orchard"),
        ({"garden": 4}, "garden"),
    ],
)
def test_a_refused_change_names_its_field(change, field):
    with pytest.raises(AppError) as refused:
        Sections([GardenSettings]).changed({}, change)
    assert refused.value.details["fields"][0]["field"] == field


def test_a_setting_since_removed_does_not_break_the_space():
    stored = {"garden": {"beds": 4, "fountain": True}}
    assert Sections([GardenSettings]).parse(stored)[GardenSettings].beds == 4


def test_the_servers_sections_are_moderation_and_each_content_kind():
    names = set(registry().settings.by_name)
    assert {"moderation", "chat"} <= names
    assert set(registry().kinds) <= names


def test_two_sections_may_not_share_a_name():
    with pytest.raises(ValueError, match="garden"):
        Sections([GardenSettings, GardenSettings])
