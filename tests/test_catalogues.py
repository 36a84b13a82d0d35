"""The message catalogues of the web client and the server stay complete."""

from __future__ import annotations

import json
import re
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "web"
# t("login.title") or t("members.role_of", { name }) in web/js: the first
# argument is always a literal key, so a grep finds every key in use.
T_CALL = re.compile(r"""\bt\(\s*["']([^"']+)["']""")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalogue(language: str) -> dict[str, str]:
    return json.loads((WEB / "i18n" / f"{language}.json").read_text(encoding="utf-8"))


def keys_used_in_scripts() -> set[str]:
    return {
        key
        for path in (WEB / "js").glob("*.js")
        for key in T_CALL.findall(path.read_text(encoding="utf-8"))
    }


def test_english_and_italian_have_the_same_keys() -> None:
    assert set(catalogue("en")) == set(catalogue("it"))


def test_translations_keep_the_placeholders() -> None:
    english, italian = catalogue("en"), catalogue("it")
    for key, text in english.items():
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(italian[key])), key


def test_every_key_the_pages_use_is_in_the_catalogue() -> None:
    used = keys_used_in_scripts()
    assert len(used) > 100, "the t() calls were not found: did the pattern change?"
    assert sorted(used - set(catalogue("en"))) == []


def test_no_message_is_empty() -> None:
    for language in ("en", "it"):
        assert [key for key, text in catalogue(language).items() if not text.strip()] == []


def test_every_page_message_is_used() -> None:
    """Keys outside "error." belong to the pages; one no page uses is left over."""
    pages = {key for key in catalogue("en") if not key.startswith("error.")}
    assert sorted(pages - keys_used_in_scripts()) == []
