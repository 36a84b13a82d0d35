"""A space's settings: one section per feature, each a schema with defaults.

The teacher administrators' choices are stored as one JSON object on the space
(``{"moderation": {...}, "chat": {...}}``) holding only what was set; each
feature's ``Section`` fills in the rest with its defaults. A new setting is a
field in one schema: it is validated, stored, shown in the space's view and
offered in the settings page's section without another edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from twinspace.errors import AppError, from_validation, invalid

S = TypeVar("S", bound="Section")
# Parsed settings kept per process, by their stored text: far more than the
# spaces that write in any one minute, and a few KiB each at most.
CACHED_SETTINGS = 4096


class Section(BaseModel):
    """One feature's settings. Every field has a default (a new space has none set)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    name: ClassVar[str]


class KindSettings(Section):
    """A content kind's settings section."""


class PremoderatedSettings(KindSettings):
    """The section of a kind whose pupils' posts a space may hold for a teacher."""

    # A teacher approves every pupil's post of this kind before others see it.
    premoderated: bool = False


class SpaceSettings:
    """A space's settings, parsed: ``settings[ChatSettings]`` is chat's section."""

    def __init__(self, sections: Mapping[type[Section], Section]) -> None:
        self._sections = dict(sections)
        self._by_name = {type(s).name: s for s in sections.values()}

    def __getitem__(self, section: type[S]) -> S:
        found = self._sections[section]
        assert isinstance(found, section)
        return found

    def named(self, name: str) -> Section:
        return self._by_name[name]

    def view(self) -> dict[str, dict[str, Any]]:
        return {name: s.model_dump(mode="json") for name, s in self._by_name.items()}


class Sections:
    """Every feature's settings section, by name."""

    def __init__(self, sections: Iterable[type[Section]]) -> None:
        self.by_name: dict[str, type[Section]] = {}
        for section in sections:
            if section.name in self.by_name:
                raise ValueError(f"two settings sections named {section.name!r}")
            self.by_name[section.name] = section
        self.parse_text = lru_cache(maxsize=CACHED_SETTINGS)(self._parse_text)

    def _parse_text(self, stored: str) -> SpaceSettings:
        return self.parse(json.loads(stored or "{}"))

    def parse(self, stored: Mapping[str, Any]) -> SpaceSettings:
        """Stored settings as each section's schema, with defaults for what was not set.

        A stored field the schema no longer knows (a setting since removed) is
        dropped rather than failing every write of the space.
        """
        sections: dict[type[Section], Section] = {}
        for name, section in self.by_name.items():
            values = stored.get(name) or {}
            known = {k: v for k, v in values.items() if k in section.model_fields}
            sections[section] = section.model_validate_json(json.dumps(known))
        return SpaceSettings(sections)

    def changed(
        self, stored: Mapping[str, Any], changes: Mapping[str, Any]
    ) -> dict[str, dict[str, Any]]:
        """``stored`` with ``changes`` ({section: {field: value}}) merged in, each
        touched section validated whole (so a rule between two fields holds).

        ``invalid`` names each refused field as ``section.field``.
        """
        result = {name: dict(values) for name, values in stored.items()}
        for name, fields in changes.items():
            section = self.by_name.get(name)
            if section is None:
                raise invalid(name, "unknown_section")
            if not isinstance(fields, dict):
                raise invalid(name, "object_expected")
            merged = {**result.get(name, {}), **fields}
            try:
                parsed = section.model_validate_json(json.dumps(merged))
            except ValidationError as error:
                raise _prefixed(from_validation(error), name) from None
            result[name] = parsed.model_dump(mode="json", include=set(merged))
        return result


def _prefixed(error: AppError, section: str) -> AppError:
    for item in error.details["fields"]:
        item["field"] = f"{section}.{item['field']}" if item["field"] != "body" else section
    error.params["fields"] = ", ".join(dict.fromkeys(f["field"] for f in error.details["fields"]))
    return error
