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
STRING_LITERAL = re.compile(r"""["']([a-z_]+(?:\.[a-z_]+)+)["']""")


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


def keys_used_by_the_server() -> set[str]:
    """``error.<code>`` for every error code, and every catalogue key the server's
    code names as a literal (the reasons of refusals, such as screening results)."""
    from twinspace.errors import Code

    english = set(catalogue("en"))
    literals = {
        literal
        for path in (WEB.parent / "twinspace").rglob("*.py")
        for literal in STRING_LITERAL.findall(path.read_text(encoding="utf-8"))
    }
    return {f"error.{code.value}" for code in Code} | (literals & english)


def test_every_error_code_has_a_message() -> None:
    from twinspace.errors import Code

    assert sorted({f"error.{code.value}" for code in Code} - set(catalogue("en"))) == []


def test_every_message_is_used_by_a_page_or_the_server() -> None:
    unused = set(catalogue("en")) - keys_used_in_scripts() - keys_used_by_the_server()
    assert sorted(unused) == []
