"""The space's moderation settings: how strictly pupils' content is screened."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from twinspace.moderation.screening import Level
from twinspace.spacesettings import Section

# A host name such as "europa.eu" or "museum.example.org" (no scheme, no path).
DOMAIN = r"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
Domain = Annotated[str, StringConstraints(to_lower=True, pattern=DOMAIN, max_length=253)]


class ModerationSettings(Section):
    name: ClassVar[str] = "moderation"

    screening_level: Level = Level.standard
    # Sites pupils may link to in this space, besides the server's own list;
    # fifty is more than a project's partner museums and resources.
    allowed_domains: list[Domain] = Field(default_factory=list, max_length=50)
