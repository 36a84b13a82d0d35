"""Server-made messages in the reader's language, plural forms included."""

from __future__ import annotations

from pathlib import Path

import pytest

from twinspace.errors import AppError, Code
from twinspace.i18n import Catalogues

WEB_I18N = Path(__file__).resolve().parents[2] / "web" / "i18n"


@pytest.fixture(scope="module")
def catalogues() -> Catalogues:
    return Catalogues(WEB_I18N)


@pytest.mark.parametrize(
    ("count", "wait"),
    [(1, "1 sekundę"), (3, "3 sekundy"), (5, "5 sekund"), (22, "22 sekundy"), (25, "25 sekund")],
)
def test_a_polish_pupil_is_told_the_wait_in_the_right_form(catalogues, count, wait) -> None:
    error = AppError(Code.rate_limited, details={"retry_after": count}, count=count)
    assert catalogues.error_message("pl", error) == f"Za dużo prób. Poczekaj {wait}."


def test_english_has_one_second_and_many_seconds(catalogues) -> None:
    assert catalogues.translate("en", "error.rate_limited", count=1).endswith("1 second.")
    assert catalogues.translate("en", "error.rate_limited", count=0).endswith("0 seconds.")


def test_a_screening_reason_fills_the_refusal_in_the_readers_language(catalogues) -> None:
    error = AppError(Code.content_rejected, details={"reason": "screening.abuse"})
    assert catalogues.error_message("de", error) == (
        "Das kann nicht gesendet werden. Manche Wörter in deiner Nachricht sind hier nicht "
        "in Ordnung. Bitte schreib sie noch einmal, freundlich."
    )


def test_a_language_without_catalogue_falls_back_to_english(catalogues) -> None:
    assert catalogues.translate("sv", "error.not_found") == "We could not find that."
    assert catalogues.negotiate("sv-SE, pl;q=0.8") == "pl"
