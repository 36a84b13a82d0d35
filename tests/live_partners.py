"""Two partner schools in one space, for the live-session tests of every kind.

Maria's class 3A (Firenze) and Piotr's 6B (Kraków) are invited to the sessions
scheduled here; Maria's 1C is in the space but not invited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.conftest import ApiClient, World


@dataclass
class Partners:
    """Maria's class 3A (Firenze) and Piotr's 6B (Kraków) in one space; Maria's
    1C is in the space too but not invited to the session."""

    space: dict[str, Any]
    maria: ApiClient
    piotr: ApiClient
    giulia: ApiClient  # 3A
    luca: ApiClient  # 3A
    zofia: ApiClient  # 6B
    marco: ApiClient  # 1C
    classes: dict[str, int]

    async def schedule(self, **changes: Any) -> dict[str, Any]:
        start = datetime.now(UTC) + timedelta(minutes=5)
        body = {
            "space_id": self.space["id"],
            "title": "Our rivers, live",
            "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=1)).isoformat(),
            "class_ids": [self.classes["3A"], self.classes["6B"]],
            **changes,
        }
        made: dict[str, Any] = await self.maria.ok("POST", "/api/live/sessions", 201, json=body)
        return made

    async def opened(self) -> dict[str, Any]:
        """A session scheduled, then opened by Maria."""
        ref = {"session_id": (await self.schedule())["id"]}
        opened: dict[str, Any] = await self.maria.ok("POST", "/api/live/openings", json=ref)
        return opened


async def partners(world: World) -> Partners:
    maria = await world.teacher("Maria", country="IT")
    space = await world.space(maria, "Rivers")
    a3, (giulia, luca) = await world.pupils(maria, ["Giulia", "Luca"], "3A")
    c1, (marco,) = await world.pupils(maria, ["Marco"], "1C")
    for made in (a3, c1):
        await maria.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": made["id"]})
    piotr = await world.teacher("Piotr", country="PL")
    code = (await maria.ok("GET", f"/api/spaces/{space['id']}/invitation"))["code"]
    await piotr.ok("POST", "/api/spaces/join", json={"code": code})
    b6, (zofia,) = await world.pupils(piotr, ["Zofia"], "6B")
    await piotr.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": b6["id"]})
    classes = {"3A": a3["id"], "1C": c1["id"], "6B": b6["id"]}
    return Partners(space, maria, piotr, giulia, luca, zofia, marco, classes)
