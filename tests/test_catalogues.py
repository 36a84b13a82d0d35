"""The message catalogues of the web client and the server stay complete, in
every language: the same keys, the same placeholders, the plural forms each
language needs, and every message the server can send."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from twinspace.errors import Code
from twinspace.i18n import OTHER, plural_categories
from twinspace.moderation.screening.verdicts import REASONS

WEB = Path(__file__).resolve().parent.parent / "web"
LANGUAGES = sorted(path.stem for path in (WEB / "i18n").glob("*.json"))
TRANSLATIONS = [language for language in LANGUAGES if language != "en"]
# t("login.title") or t("members.role_of", { name }) in web/js: the first
# argument is always a literal key, so a grep finds every key in use.
T_CALL = re.compile(r"""\bt\(\s*["']([^"']+)["']""")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
STRING_LITERAL = re.compile(r"""["']([a-z_]+(?:\.[a-z_]+)+)["']""")
CLDR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


def catalogue(language: str) -> dict[str, str]:
    return json.loads((WEB / "i18n" / f"{language}.json").read_text(encoding="utf-8"))


def plurals(language: str) -> dict[str, dict[str, str]]:
    """The plural messages: base key -> {category: text}."""
    found: dict[str, dict[str, str]] = {}
    messages = catalogue(language)
    for key, text in messages.items():
        base, _, category = key.rpartition(".")
        if category in CLDR_CATEGORIES and f"{base}.{OTHER}" in messages:
            found.setdefault(base, {})[category] = text
    return found


def singles(language: str) -> dict[str, str]:
    """The messages without plural forms."""
    forms = {
        f"{base}.{category}" for base, texts in plurals(language).items() for category in texts
    }
    return {key: text for key, text in catalogue(language).items() if key not in forms}


def message_keys(language: str) -> set[str]:
    """The keys a t() call names: single keys and the bases of plural messages."""
    return set(singles(language)) | set(plurals(language))


def keys_used_in_scripts() -> set[str]:
    return {
        key
        for path in (WEB / "js").glob("*.js")
        for key in T_CALL.findall(path.read_text(encoding="utf-8"))
    }


def test_the_six_languages_of_the_partner_schools_are_there() -> None:
    assert LANGUAGES == ["de", "en", "es", "fr", "it", "pl"]


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_translation_has_every_key_of_english_and_no_other(language: str) -> None:
    assert sorted(set(singles(language)) ^ set(singles("en"))) == []
    assert sorted(set(plurals(language)) ^ set(plurals("en"))) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_exactly_the_forms_their_language_needs(language: str) -> None:
    needed = plural_categories(language)
    wrong = {
        base: sorted(texts) for base, texts in plurals(language).items() if set(texts) != needed
    }
    assert wrong == {}, f"{language} needs {sorted(needed)}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translations_keep_the_placeholders(language: str) -> None:
    english, translated = singles("en"), singles(language)
    for key, text in english.items():
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(translated[key])), key
    for base, texts in plurals(language).items():
        expected = set(PLACEHOLDER.findall(plurals("en")[base][OTHER]))
        for category, text in texts.items():
            assert set(PLACEHOLDER.findall(text)) == expected, f"{base}.{category}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_empty(language: str) -> None:
    assert [key for key, text in catalogue(language).items() if not text.strip()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_button_named_for_a_screen_reader_keeps_the_words_it_shows(language: str) -> None:
    """WCAG 2.5.3: "Report message from Giulia B., 10:25" for a button reading
    "Report", so that someone who says what they see ("click Report") finds it."""
    messages = catalogue(language)
    pairs = {key: key.removesuffix("_named") for key in messages if key.endswith("_named")}
    assert len(pairs) > 10
    lost = [
        key for key, shown in pairs.items() if messages[shown].lower() not in messages[key].lower()
    ]
    assert lost == []


def test_every_key_the_pages_use_is_in_the_catalogue() -> None:
    used = keys_used_in_scripts()
    assert len(used) > 100, "the t() calls were not found: did the pattern change?"
    assert sorted(used - message_keys("en")) == []


def keys_used_by_the_server() -> set[str]:
    """``error.<code>`` for every error code, and every catalogue key the server's
    code names as a literal (the reasons of refusals, such as screening results)."""
    english = message_keys("en")
    literals = {
        literal
        for path in (WEB.parent / "twinspace").rglob("*.py")
        for literal in STRING_LITERAL.findall(path.read_text(encoding="utf-8"))
    }
    return {f"error.{code.value}" for code in Code} | (literals & english)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_error_and_screening_reason_is_told_in_every_language(language: str) -> None:
    screening = {key for key in message_keys("en") if key.startswith("screening.")}
    assert set(REASONS.values()) <= screening
    needed = {f"error.{code.value}" for code in Code} | screening
    assert sorted(needed - message_keys(language)) == []


def test_every_message_is_used_by_a_page_or_the_server() -> None:
    unused = message_keys("en") - keys_used_in_scripts() - keys_used_by_the_server()
    assert sorted(unused) == []
