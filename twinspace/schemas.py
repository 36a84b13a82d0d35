"""The building blocks of every request schema: strict models, ids, text.

Each door (HTTP body, WebSocket frame) validates its input against a schema
built from these, so a rule about ids or text holds everywhere at once.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Row ids are 64-bit signed integers in both databases: anything outside is no id.
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Schema(BaseModel):
    """Unknown fields and loose types are refused, each named in the error."""

    model_config = ConfigDict(extra="forbid", strict=True)
