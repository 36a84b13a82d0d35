"""The password rules: what a teacher may choose, and the reason given when not."""

from __future__ import annotations

import pytest

from twinspace.errors import AppError
from twinspace.passwords import Weakness, context_words, refuse_weak, weakness

MARIA = context_words("Maria Rossi", "maria.rossi@scuola-dante.example")


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        # The three the server used to accept for teachers.
        ("aaaaaaaaaa", Weakness.repetitive),
        ("1234567890", Weakness.common),
        ("password12", Weakness.common),
        # Breached-list passwords, also dressed up.
        ("iloveyou123", Weakness.common),
        ("P@ssw0rd123", Weakness.common),
        ("summer2024!", Weakness.common),
        ("zaq12wsxcde", Weakness.common),
        ("riverbank7x", Weakness.common),
        # Repeats and runs, of letters, digits and keys.
        ("ababababab", Weakness.repetitive),
        ("abc123abc123", Weakness.repetitive),
        ("abcdefghij", Weakness.sequential),
        ("9876543210", Weakness.sequential),
        ("19/05/1980xy", Weakness.guessable),
        # The context: her name, her e-mail, the service, as typed or disguised.
        ("MariaRossi1", Weakness.personal),
        ("maria.rossi2024", Weakness.personal),
        ("rossi-firenze", Weakness.personal),
        ("scuoladante!!", Weakness.personal),
        ("twinspace2024", Weakness.personal),
        ("Tw1nSp4ce2024", Weakness.personal),
        ("ecapsniwt12345", Weakness.personal),
        ("etwinning-rocks", Weakness.personal),
        # Nothing but her own words: nothing is left to judge (zxcvbn failed on it).
        ("mariarossimaria", Weakness.personal),
        ("TwinSpaceRossi", Weakness.personal),
    ],
)
def test_guessable_passwords_are_refused_with_their_reason(password, reason):
    assert weakness(password, MARIA) is reason


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery",
        "il fiume scorre lento",
        "Kraków na wiosnę",
        "Firenze incontra Cracovia",
        "Tr0ub4dor&3",
        # Naming herself inside a long sentence is fine: the rest holds on its own.
        "maria loves the river arno",
    ],
)
def test_passphrases_and_random_strings_are_accepted(password):
    assert weakness(password, MARIA) is None


def test_no_composition_rule_refuses_a_long_lower_case_phrase():
    assert weakness("the ducks of the arno sing at dawn", MARIA) is None


def test_a_name_with_diacritics_is_refused_with_or_without_them():
    lucja = context_words("Łucja Wójcik", "lw@sp5.example")
    assert weakness("łucjawójcik1", lucja) is Weakness.personal
    assert weakness("lucjawojcik1", lucja) is Weakness.personal


def test_another_teachers_name_is_not_a_context_word():
    assert weakness("MariaRossi1", context_words("Anna Kowalska", "ak@sp5.example")) is None


def test_only_the_first_characters_are_checked_so_a_long_one_stays_cheap():
    assert weakness("ab" * 100, MARIA) is Weakness.repetitive
    assert weakness("correct horse battery staple, " * 6, MARIA) is None


async def test_refusal_names_the_field_the_problem_and_a_catalogue_key():
    with pytest.raises(AppError) as refused:
        await refuse_weak("password12", "Maria Rossi", "maria.rossi@scuola-dante.example")
    assert refused.value.details == {
        "fields": [{"field": "password", "problem": "common"}],
        "reason": "password.common",
    }


@pytest.mark.parametrize(
    ("password", "problem"), [("short", "string_too_short"), ("x" * 201, "string_too_long")]
)
async def test_length_is_checked_for_callers_without_a_schema(password, problem):
    with pytest.raises(AppError) as refused:
        await refuse_weak(password, "Platform admin", "admin@platform.example")
    assert refused.value.details["fields"] == [{"field": "password", "problem": problem}]
