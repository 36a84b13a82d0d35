"""Text fields are as long as the API's description says, counted as sent."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from twinspace.accounts import ClassIn


def test_spaces_around_a_text_are_taken_off() -> None:
    assert ClassIn(name="  5B  ").name == "5B"


def test_a_text_too_long_as_sent_is_refused_though_its_spaces_would_make_it_fit() -> None:
    with pytest.raises(ValidationError) as raised:
        ClassIn(name="\t" + "B" * 80)
    assert raised.value.errors()[0]["type"] == "string_too_long"


def test_a_text_of_spaces_only_is_too_short() -> None:
    with pytest.raises(ValidationError) as raised:
        ClassIn(name="   ")
    assert raised.value.errors()[0]["type"] == "string_too_short"
