"""Text fields are as long as the API's description says, counted as sent."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from twinspace.accounts import ClassIn, Email, TeacherRegistration

EMAIL = TypeAdapter(Email)


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


def test_an_address_is_counted_as_sent_then_stripped_and_lower_cased() -> None:
    assert EMAIL.validate_python(" Jean@Ecole.Example\n") == "jean@ecole.example"
    with pytest.raises(ValidationError) as raised:
        EMAIL.validate_python(" " + "j" * 240 + "@ecole.example")
    assert raised.value.errors()[0]["type"] == "string_too_long"


def test_an_address_must_look_like_one_once_its_spaces_are_gone() -> None:
    with pytest.raises(ValidationError) as raised:
        EMAIL.validate_python(" jean @ecole.example")
    assert raised.value.errors()[0]["type"] == "string_pattern_mismatch"
    with pytest.raises(ValidationError) as raised:
        EMAIL.validate_python("   ")
    assert raised.value.errors()[0]["type"] == "string_too_short"


def test_the_description_of_an_address_keeps_its_longest_length_and_its_pattern() -> None:
    described = TeacherRegistration.model_json_schema()["properties"]["email"]
    assert described["maxLength"] == 254
    assert described["pattern"] == r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
