"""Message catalogues shared by the browser client and the server.

Each language is one flat JSON file in ``web/i18n`` (``"error.forbidden": "..."``),
so a new language is a data file, not code. English is the fallback for a key a
catalogue lacks; ``{name}`` placeholders are filled from the error's parameters.

A message that shows a number has one entry per plural category of its language,
as CLDR names them: ``"review.count.one"``, ``"review.count.few"``,
``"review.count.other"``. The parameter ``count`` picks the form, here through
Babel's CLDR plural rules and in the browser through ``Intl.PluralRules``, which
read the same CLDR data.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.plural import PluralRule

from twinspace.errors import AppError

DEFAULT_LANGUAGE = "en"
# The category every language has, and the fallback when a form is missing.
OTHER = "other"


@cache
def _plural_rule(language: str) -> PluralRule:
    return Locale.parse(language).plural_form


def plural_category(language: str, count: float) -> str:
    """The CLDR plural category of ``count`` in ``language`` ("one", "few", ...)."""
    return str(_plural_rule(language)(count))


def plural_categories(language: str) -> frozenset[str]:
    """Every plural category ``language`` distinguishes, ``other`` included."""
    return _plural_rule(language).tags | {OTHER}


class Catalogues:
    def __init__(self, directory: Path) -> None:
        self._messages: dict[str, dict[str, str]] = {
            path.stem: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(directory.glob("*.json"))
        }
        if DEFAULT_LANGUAGE not in self._messages:
            raise RuntimeError(f"no {DEFAULT_LANGUAGE}.json catalogue in {directory}")

    @property
    def languages(self) -> list[str]:
        return list(self._messages)

    def _template(self, language: str, key: str, params: dict[str, Any]) -> str | None:
        messages = self._messages.get(language, {})
        count = params.get("count")
        if isinstance(count, int | float) and f"{key}.{OTHER}" in messages:
            form = plural_category(language, count)
            return messages.get(f"{key}.{form}") or messages[f"{key}.{OTHER}"]
        return messages.get(key)

    def translate(self, language: str, key: str, **params: Any) -> str:
        template = (
            self._template(language, key, params)
            or self._template(DEFAULT_LANGUAGE, key, params)
            or key
        )
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template

    def negotiate(self, accept_language: str | None, preferred: str | None = None) -> str:
        """Pick the user's own language, else the best Accept-Language match."""
        if preferred in self._messages:
            return preferred
        ranked: list[tuple[float, str]] = []
        for part in (accept_language or "").split(","):
            tag, _, q = part.strip().partition(";q=")
            try:
                weight = float(q) if q else 1.0
            except ValueError:
                continue
            ranked.append((weight, tag.split("-")[0].lower()))
        for _, language in sorted(ranked, key=lambda item: -item[0]):
            if language in self._messages:
                return language
        return DEFAULT_LANGUAGE

    def error_message(self, language: str, error: AppError) -> str:
        """The error's message in ``language``. A ``reason`` detail (a catalogue
        key) fills the message's ``{reason}``; where the code's message has no
        place for it, the reason, being the more precise, is the message."""
        params = dict(error.params)
        key = f"error.{error.code.value}"
        if "reason" in error.details:
            reason = self.translate(language, error.details["reason"], **params)
            if "{reason}" not in self.translate(language, key, reason="{reason}"):
                return reason
            params["reason"] = reason
        return self.translate(language, key, **params)
