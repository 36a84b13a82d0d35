"""An error's message says why in the reader's language: its reason fills the
code's message, or is the message where the code's has no place for it."""

from __future__ import annotations

from pathlib import Path

from twinspace.errors import AppError, Code, invalid
from twinspace.i18n import Catalogues

CATALOGUES = Catalogues(Path(__file__).resolve().parents[2] / "web" / "i18n")


def test_a_reason_fills_the_codes_message():
    error = AppError(Code.content_rejected, details={"reason": "screening.abuse"})
    message = CATALOGUES.error_message("en", error)
    assert message.startswith("This can't be posted. ")
    assert message.endswith(CATALOGUES.translate("en", "screening.abuse"))


def test_a_reason_is_the_message_where_the_code_has_no_place_for_it():
    error = invalid("password", "common")
    error.details["reason"] = "password.common"
    assert CATALOGUES.error_message("it", error) == CATALOGUES.translate("it", "password.common")


def test_without_a_reason_the_codes_message_stands():
    message = CATALOGUES.error_message("en", invalid("title", "empty"))
    assert message == CATALOGUES.translate("en", "error.invalid", fields="title")
    assert "title" in message
