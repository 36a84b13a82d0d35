"""Who may move a card, through the API: for a card in each state and each
action, only the one person the exchange expects succeeds; everyone else (its
author's classmate, either teacher in the wrong place, a pupil of the partner
class, a teacher of the space who teaches neither class, a stranger) is
refused, and the card stays where it was."""

from __future__ import annotations

from tests.api.exchange import exchange, picture

# state -> action (its HTTP path) -> who alone may take it (None: nobody).
WHO_MAY = {
    "draft": {"edits": "giulia", "sendings": "giulia", "discards": "giulia"},
    "awaiting_sender_teacher": {"approvals": "maria", "returns": "maria"},
    "awaiting_receiver_teacher": {"approvals": "anna", "returns": "anna"},
    "delivered": {},
    "replied": {},
    "returned": {"edits": "giulia", "discards": "giulia"},
    "discarded": {},
}
ACTIONS = ["edits", "sendings", "discards", "approvals", "returns"]
PEOPLE = ["giulia", "luca", "maria", "anna", "jan", "third", "stranger"]


async def _people(world, x):
    third = await world.teacher("Third")
    code = (await x.maria.ok("GET", f"/api/spaces/{x.space_id}/invitation"))["code"]
    await third.ok("POST", "/api/spaces/join", json={"code": code})
    return {
        "giulia": x.giulia,
        "luca": x.luca,
        "maria": x.maria,
        "anna": x.anna,
        "jan": x.jan,
        "third": third,
        "stranger": await world.teacher("Stranger"),
    }


async def _card_in(x, state, media, jan_media):
    """A fresh card of Giulia's to 5B, brought to ``state`` by those who may."""

    async def step(client, path, card, **more):
        answer = await client.ok("POST", f"/api/postcards/{path}", json={"card_id": card, **more})
        return answer

    made = await x.giulia.ok(
        "POST",
        "/api/postcards",
        201,
        json={
            "space_id": x.space_id,
            "media_id": media,
            "message": f"A card to be {state}",
            "stamp": "heart",
            "to_class_id": x.class_b["id"],
        },
    )
    card = made["id"]
    if state == "discarded":
        await step(x.giulia, "discards", card)
    if state in ("draft", "discarded"):
        return card
    await step(x.giulia, "sendings", card)
    if state == "returned":
        await step(x.maria, "returns", card, reason="again")
    if state in ("awaiting_sender_teacher", "returned"):
        return card
    await step(x.maria, "approvals", card)
    if state == "awaiting_receiver_teacher":
        return card
    await step(x.anna, "approvals", card)
    if state == "replied":
        answer = await x.jan.ok(
            "POST",
            "/api/postcards",
            201,
            json={
                "space_id": x.space_id,
                "media_id": jan_media,
                "message": "Thanks!",
                "stamp": "bird",
                "reply_to": card,
            },
        )
        await step(x.jan, "sendings", answer["id"])
        await step(x.anna, "approvals", answer["id"])
        await step(x.maria, "approvals", answer["id"])
    return card


def _body(path, card):
    more = {"edits": {"message": "Changed"}, "returns": {"reason": "no"}}.get(path, {})
    return {"card_id": card, **more}


async def test_only_the_expected_person_moves_a_card(world):
    x = await exchange(world)
    await x.maria.ok(
        "PATCH",
        f"/api/spaces/{x.space_id}/settings",
        json={"postcard": {"receiving_teacher_approves": True}},
    )
    people = await _people(world, x)
    media = (await picture(x.giulia, x.space_id))["id"]
    jan_media = (await picture(x.jan, x.space_id))["id"]
    for state, allowed_for in WHO_MAY.items():
        for path in ACTIONS:
            card = await _card_in(x, state, media, jan_media)
            allowed = allowed_for.get(path)
            for name in PEOPLE:
                if name == allowed:
                    continue
                body = _body(path, card)
                response = await people[name].post(f"/api/postcards/{path}", json=body)
                code = response.json().get("error", {}).get("code")
                assert code in ("forbidden", "not_found", "wrong_state"), (state, path, name, code)
                now = await x.giulia.get(f"/api/postcards/{card}")
                if now.status_code == 200:
                    assert now.json()["state"] == state, (state, path, name)
            if allowed is not None:
                body = _body(path, card)
                response = await people[allowed].post(f"/api/postcards/{path}", json=body)
                assert response.status_code == 200, (state, path, allowed, response.text)
