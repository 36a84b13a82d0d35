"""Postcards live: each step of a card reaches the people it concerns at once,
over the socket (commands as frames too), and nobody else; once delivered, the
two classes and their teachers hear it (a group audience), on replay too."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.exchange import exchange, picture
from tests.conftest import World
from tests.realtime.conftest import Room


@pytest.fixture
async def postcards(app: Any, live: Any):
    world = World(app, base_url=live.url)
    room = Room(world, live.url)
    x = await exchange(world)
    yield room, x
    await room.close()


async def test_a_card_is_heard_by_its_people_then_by_both_classes(postcards):
    room, x = postcards
    giulia, luca, maria, anna, jan = await room.subscribed(
        x.space_id, x.giulia, x.luca, x.maria, x.anna, x.jan
    )
    media = await picture(x.giulia, x.space_id)
    card = await giulia.ok(
        "postcard.create",
        space_id=x.space_id,
        media_id=media["id"],
        message="Ciao 5B!",
        stamp="boat",
        to_class_id=x.class_b["id"],
    )
    await giulia.ok("postcard.send", card_id=card["id"])
    [waiting] = await maria.wait_events("postcard.card", 1)
    assert waiting["data"]["state"] == "awaiting_sender_teacher"
    await maria.ok("postcard.approve", card_id=card["id"])
    for socket in (giulia, luca, maria, anna, jan):
        events = await socket.wait_events("postcard.card", 1)
        assert events[-1]["data"]["state"] == "delivered"
    # Before delivery only Giulia (her draft, then sent) and Maria heard of it.
    assert [e["data"]["state"] for e in giulia.events("postcard.card")] == [
        "draft",
        "awaiting_sender_teacher",
        "delivered",
    ]
    for socket in (luca, anna, jan):
        assert [e["data"]["state"] for e in socket.events("postcard.card")] == ["delivered"]


async def test_a_class_away_hears_its_delivered_cards_on_replay(postcards):
    room, x = postcards
    jan = await room.socket(x.jan)
    seq = (await jan.ok("subscribe", space_id=x.space_id))["seq"]
    await jan.close()
    media = await picture(x.maria, x.space_id)
    await x.maria.ok(
        "POST",
        "/api/postcards",
        201,
        json={
            "space_id": x.space_id,
            "media_id": media["id"],
            "message": "Greetings from the teacher of 3A",
            "stamp": "star",
            "to_class_id": x.class_b["id"],
        },
    )
    cards = await x.maria.ok("GET", f"/api/spaces/{x.space_id}/postcards/sent")
    await x.maria.ok("POST", "/api/postcards/sendings", json={"card_id": cards["cards"][0]["id"]})
    jan = await room.socket(x.jan)
    await jan.ok("subscribe", space_id=x.space_id, last_seq=seq)
    [replayed] = await jan.wait_events("postcard.card", 1)
    assert replayed["data"]["message"] == "Greetings from the teacher of 3A"
