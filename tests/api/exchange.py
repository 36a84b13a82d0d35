"""A postcard exchange made through the public API: two schools in two countries,
a class each, in one space, as the teachers set it up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.api import images
from tests.conftest import ApiClient, World


@dataclass
class Exchange:
    space: dict[str, Any]
    maria: ApiClient  # teaches 3A in Firenze, made the space
    anna: ApiClient  # teaches 5B in Kraków
    class_a: dict[str, Any]
    class_b: dict[str, Any]
    giulia: ApiClient  # 3A
    luca: ApiClient  # 3A
    jan: ApiClient  # 5B
    ola: ApiClient  # 5B
    piotr: ApiClient  # 5B

    @property
    def space_id(self) -> int:
        return self.space["id"]


async def exchange(world: World) -> Exchange:
    maria = await world.teacher("Maria", country="IT", town="Firenze")
    anna = await world.teacher("Anna", country="PL", town="Kraków")
    space = await world.space(maria, "Postcards")
    class_a, (giulia, luca) = await world.pupils(maria, ["Giulia", "Luca"], class_name="3A")
    class_b, (jan, ola, piotr) = await world.pupils(anna, ["Jan", "Ola", "Piotr"], "5B")
    code = (await maria.ok("GET", f"/api/spaces/{space['id']}/invitation"))["code"]
    await anna.ok("POST", "/api/spaces/join", json={"code": code})
    await maria.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": class_a["id"]})
    await anna.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": class_b["id"]})
    return Exchange(space, maria, anna, class_a, class_b, giulia, luca, jan, ola, piotr)


async def picture(client: ApiClient, space_id: int) -> dict[str, Any]:
    response = await client.post(
        f"/api/spaces/{space_id}/media", files={"file": ("me.jpg", images.photo(), "image/jpeg")}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def draft(
    client: ApiClient, x: Exchange, message: str = "Ciao from Firenze!", **more: Any
) -> dict[str, Any]:
    media = await picture(client, x.space_id)
    body = {"space_id": x.space_id, "media_id": media["id"], "message": message, "stamp": "sun"}
    if "reply_to" not in more:
        body["to_class_id"] = x.class_b["id"]
    return await client.ok("POST", "/api/postcards", 201, json={**body, **more})


async def act(client: ApiClient, path: str, card: dict[str, Any], **more: Any) -> Any:
    """A command on a card: the response's JSON, an error or not."""
    response = await client.post(f"/api/postcards/{path}", json={"card_id": card["id"], **more})
    return response.json()


async def sent_card(client: ApiClient, x: Exchange, message: str = "Ciao!") -> dict[str, Any]:
    card = await draft(client, x, message)
    sent = await act(client, "sendings", card)
    assert "error" not in sent, sent
    return sent
