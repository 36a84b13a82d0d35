"""Postcards over HTTP, on SQLite and PostgreSQL: a card's life from draft to
answer, the receiving teacher where the space asks, giving back, screening,
pen friends, the views (mailbox, sent, gallery, map), the printable card, and
what nobody but a card's people may see or do."""

from __future__ import annotations

import pytest

from tests.api import images
from tests.api.exchange import act, draft, exchange, picture, sent_card
from twinspace.config import DEFAULT_CONTENT_LIMITS

pytestmark = pytest.mark.backends

PHONE = "Call me on 347 123 4567 after school!"


async def _states(client, x, view):
    return [(c["message"], c["state"]) for c in (await client.ok(
        "GET", f"/api/spaces/{x.space_id}/postcards/{view}"))["cards"]]  # fmt: skip


async def test_a_card_goes_from_draft_to_answered(world):
    x = await exchange(world)
    card = await draft(x.giulia, x, "Ciao! We have a river, the Arno.")
    assert (card["state"], card["to_class"]["school"]["town"]) == ("draft", "Kraków")
    assert await _states(x.luca, x, "sent") == []  # a draft is its author's alone
    sent = await act(x.giulia, "sendings", card)
    assert sent["state"] == "awaiting_sender_teacher"
    assert await _states(x.maria, x, "sent") == [(card["message"], "awaiting_sender_teacher")]
    assert await _states(x.jan, x, "mailbox") == []
    delivered = await act(x.maria, "approvals", card)
    assert delivered["state"] == "delivered" and delivered["sent_at"] and delivered["delivered_at"]
    for pupil in (x.jan, x.ola):
        assert await _states(pupil, x, "mailbox") == [(card["message"], "delivered")]
    assert await _states(x.luca, x, "gallery") == [(card["message"], "delivered")]

    answer = await draft(x.jan, x, "Cześć! Our river is the Vistula.", reply_to=card["id"])
    assert (answer["to_class"]["id"], answer["to_user"]["id"]) == (
        x.class_a["id"],
        x.giulia.user["id"],
    )
    await act(x.jan, "sendings", answer)
    await act(x.anna, "approvals", answer)
    assert (await x.giulia.ok("GET", f"/api/postcards/{card['id']}"))["state"] == "replied"
    assert await _states(x.giulia, x, "mailbox") == [(answer["message"], "delivered")]
    audit = await x.maria.ok("GET", f"/api/spaces/{x.space_id}/audit")
    steps = [
        (e["action"], e["data"].get("to")) for e in reversed(audit) if "postcard" in e["action"]
    ]
    assert steps == [
        ("postcard.send", "awaiting_sender_teacher"),
        ("postcard.approve", "awaiting_receiver_teacher"),
        ("postcard.deliver", "delivered"),
        ("postcard.send", "awaiting_sender_teacher"),
        ("postcard.approve", "awaiting_receiver_teacher"),
        ("postcard.deliver", "delivered"),
        ("postcard.answer", "replied"),
    ]


async def test_one_answer_per_card_and_only_from_the_class_it_reached(world):
    x = await exchange(world)
    card = await sent_card(x.giulia, x)
    early = await x.jan.post(
        "/api/postcards",
        json={
            "space_id": x.space_id,
            "media_id": (await picture(x.jan, x.space_id))["id"],
            "message": "Hi",
            "stamp": "star",
            "reply_to": card["id"],
        },
    )
    assert early.json()["error"]["code"] == "not_found"  # not delivered: Jan cannot see it
    await act(x.maria, "approvals", card)
    refused = await x.luca.post(
        "/api/postcards",
        json={
            "space_id": x.space_id,
            "media_id": (await picture(x.luca, x.space_id))["id"],
            "message": "Me too",
            "stamp": "star",
            "reply_to": card["id"],
        },
    )
    assert refused.json()["error"]["fields"][0]["problem"] == "not_to_your_class"
    await draft(x.jan, x, "First answer", reply_to=card["id"])
    second = await x.ola.post(
        "/api/postcards",
        json={
            "space_id": x.space_id,
            "media_id": (await picture(x.ola, x.space_id))["id"],
            "message": "Second",
            "stamp": "bird",
            "reply_to": card["id"],
        },
    )
    assert second.json()["error"]["code"] == "conflict"


async def test_where_the_space_asks_the_receiving_teacher_lets_cards_in(world):
    x = await exchange(world)
    await x.maria.ok(
        "PATCH",
        f"/api/spaces/{x.space_id}/settings",
        json={"postcard": {"receiving_teacher_approves": True}},
    )
    card = await sent_card(x.giulia, x)
    waiting = await act(x.maria, "approvals", card)
    assert waiting["state"] == "awaiting_receiver_teacher"
    assert await _states(x.jan, x, "mailbox") == []
    assert await _states(x.anna, x, "mailbox") == [(card["message"], "awaiting_receiver_teacher")]
    assert (await act(x.maria, "approvals", card))["error"]["code"] == "forbidden"
    assert (await act(x.anna, "approvals", card))["state"] == "delivered"
    assert await _states(x.jan, x, "mailbox") == [(card["message"], "delivered")]


async def test_a_card_given_back_is_written_again_and_sent_again(world):
    x = await exchange(world)
    card = await sent_card(x.giulia, x, "Ciao")
    back = await act(x.maria, "returns", card, reason="Tell them about your school too!")
    assert (back["state"], back["return_reason"]) == (
        "returned",
        "Tell them about your school too!",
    )
    assert (await act(x.giulia, "sendings", card))["error"]["code"] == "wrong_state"
    edited = await x.giulia.ok(
        "POST",
        "/api/postcards/edits",
        json={"card_id": card["id"], "message": "Ciao! Our school has a garden.", "stamp": "tree"},
    )
    assert (edited["state"], edited["stamp"], edited["return_reason"]) == ("draft", "tree", "")
    assert (await act(x.giulia, "sendings", card))["state"] == "awaiting_sender_teacher"
    assert (await act(x.giulia, "discards", card))["error"]["code"] == "wrong_state"


async def test_a_teachers_own_card_goes_out_at_once(world):
    x = await exchange(world)
    card = await sent_card(x.maria, x, "Dear 5B, greetings from 3A's teacher")
    assert card["state"] == "delivered"
    assert await _states(x.piotr, x, "mailbox") == [(card["message"], "delivered")]


async def test_a_pupils_card_with_a_phone_number_is_held_for_review(world):
    x = await exchange(world)
    card = await draft(x.giulia, x, PHONE)
    held = await act(x.giulia, "sendings", card)
    assert (held["state"], held["status"]) == ("awaiting_sender_teacher", "held")
    [item] = await x.maria.ok("GET", f"/api/spaces/{x.space_id}/review")
    assert (item["content_kind"], item["findings"][0]["kind"]) == ("postcard.card", "phone")
    refused = await act(x.maria, "approvals", card)
    assert refused["error"]["code"] == "wrong_state"
    assert "review queue" in refused["error"]["message"]
    await x.maria.ok(
        "POST",
        "/api/review/decisions",
        json={"item_id": item["id"], "decision": "approve", "text": "Call me after school!"},
    )
    delivered = await act(x.maria, "approvals", card)
    assert (delivered["state"], delivered["message"]) == ("delivered", "Call me after school!")


async def test_refusing_a_held_card_in_the_review_queue_gives_it_back(world):
    x = await exchange(world)
    card = await draft(x.giulia, x, PHONE)
    await act(x.giulia, "sendings", card)
    [item] = await x.anna.ok("GET", f"/api/spaces/{x.space_id}/review")
    await x.anna.ok(
        "POST",
        "/api/review/decisions",
        json={"item_id": item["id"], "decision": "reject", "note": "No phone numbers, please"},
    )
    back = await x.giulia.ok("GET", f"/api/postcards/{card['id']}")
    assert (back["state"], back["return_reason"]) == ("returned", "No phone numbers, please")


async def test_teachers_pair_pen_friends_balanced_or_by_hand(world):
    x = await exchange(world)
    path = "/api/postcards/pen-friends"
    body = {
        "space_id": x.space_id,
        "class_id": x.class_a["id"],
        "partner_class_id": x.class_b["id"],
    }
    made = await x.maria.ok("POST", path, json=body)
    pairs = [(p["pupil"]["display_name"], p["friend"]["display_name"]) for p in made["pairs"]]
    assert len(pairs) == 3  # everyone of the larger class once
    assert sorted(f for _, f in pairs) == ["Jan X.", "Ola X.", "Piotr X."]
    assert {p for p, _ in pairs} == {"Giulia X.", "Luca X."}
    query = f"class_id={x.class_b['id']}&partner_class_id={x.class_a['id']}"
    seen = await x.anna.ok("GET", f"/api/spaces/{x.space_id}/postcards/pen-friends?{query}")
    assert sorted(
        (p["friend"]["display_name"], p["pupil"]["display_name"]) for p in seen["pairs"]
    ) == sorted(pairs)
    by_hand = {"pairs": [{"pupil_id": x.giulia.user["id"], "friend_id": x.jan.user["id"]}]}
    await x.anna.ok("POST", path, json={**body, **by_hand})
    mine = await x.giulia.ok("GET", f"/api/spaces/{x.space_id}/postcards")
    assert [f["display_name"] for f in mine["pen_friends"]] == ["Jan X."]
    card = await draft(x.giulia, x, "Hi Jan!", to_user_id=x.jan.user["id"])
    assert card["to_user"]["display_name"] == "Jan X."
    refused = await x.giulia.post(
        "/api/postcards",
        json={
            "space_id": x.space_id,
            "media_id": card["media"]["id"],
            "message": "Hi Ola",
            "stamp": "sun",
            "to_class_id": x.class_b["id"],
            "to_user_id": x.ola.user["id"],
        },
    )
    assert refused.json()["error"]["fields"][0]["problem"] == "not_a_pen_friend"
    assert (await x.giulia.post(path, json=body)).json()["error"]["code"] == "forbidden"


async def test_a_teacher_pairs_only_their_own_classes(world):
    x = await exchange(world)
    third = await world.teacher("Third")
    code = (await x.maria.ok("GET", f"/api/spaces/{x.space_id}/invitation"))["code"]
    await third.ok("POST", "/api/spaces/join", json={"code": code})
    body = {
        "space_id": x.space_id,
        "class_id": x.class_a["id"],
        "partner_class_id": x.class_b["id"],
    }
    response = await third.post("/api/postcards/pen-friends", json=body)
    assert response.json()["error"]["code"] == "forbidden"


async def test_the_map_places_the_schools_by_town_and_counts_their_cards(world):
    x = await exchange(world)
    card = await sent_card(x.giulia, x)
    await act(x.maria, "approvals", card)
    found = await x.jan.ok("GET", f"/api/spaces/{x.space_id}/postcards/map")
    towns = {s["town"]: s for s in found["schools"]}
    assert set(towns) == {"Firenze", "Kraków"}
    assert not towns["Firenze"]["approximate"] and towns["Firenze"]["classes"] == ["3A"]
    # Kraków lies north-east of Firenze: right of it and above it on the map.
    assert towns["Kraków"]["x"] > towns["Firenze"]["x"]
    assert towns["Kraków"]["y"] < towns["Firenze"]["y"]
    assert found["routes"] == [{"schools": sorted(s["id"] for s in found["schools"]), "cards": 1}]
    assert len(found["view_box"].split()) == 4


async def test_a_card_prints_as_a_two_page_a6_pdf(world):
    x = await exchange(world)
    card = await sent_card(x.giulia, x, "Dzień dobry! Ciao! Ελλάδα")
    await act(x.maria, "approvals", card)
    response = await x.ola.get(f"/api/postcards/{card['id']}/card.pdf")
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response.content.count(b"/Type /Page\n") + response.content.count(b"/Type /Page>") >= 2
    outsider = await world.teacher("Stranger")
    refused = await outsider.get(f"/api/postcards/{card['id']}/card.pdf")
    assert refused.status_code == 404


async def test_cards_are_seen_only_by_their_people_until_delivered(world):
    x = await exchange(world)
    card = await sent_card(x.giulia, x)
    for client in (x.luca, x.jan, x.anna):
        response = await client.get(f"/api/postcards/{card['id']}")
        assert response.json()["error"]["code"] == "not_found"
    await act(x.maria, "approvals", card)
    for client in (x.luca, x.jan, x.anna):
        assert (await client.ok("GET", f"/api/postcards/{card['id']}"))["state"] == "delivered"
    stranger = await world.teacher("Stranger")
    response = await stranger.get(f"/api/postcards/{card['id']}")
    assert response.json()["error"]["code"] == "not_found"


async def test_a_card_takes_only_a_picture_its_author_uploaded(world):
    """Pictures have numbers: another pupil's number must not put their photo, not
    yet seen by their teacher, on one's own card for one to look at."""
    x = await exchange(world)
    card = await sent_card(x.giulia, x)  # waits for Maria, its photo with it
    private = (await x.maria.ok("GET", f"/api/postcards/{card['id']}"))["media"]
    body = {"space_id": x.space_id, "message": "Hi", "stamp": "sun"}
    for pupil, to_class in ((x.jan, x.class_a), (x.luca, x.class_b)):
        taken = {**body, "media_id": private["id"], "to_class_id": to_class["id"]}
        response = await pupil.post("/api/postcards", json=taken)
        assert response.status_code == 422, response.text
        assert response.json()["error"]["fields"] == [{"field": "media_id", "problem": "not_found"}]
    drawing = await x.luca.post(
        f"/api/spaces/{x.space_id}/media",
        files={"file": ("river.png", images.drawing(), "image/png")},
    )
    body = {**body, "media_id": drawing.json()["id"], "to_class_id": x.class_b["id"]}
    mine = await x.luca.ok("POST", "/api/postcards", 201, json=body)
    edited = await x.luca.post(
        "/api/postcards/edits", json={"card_id": mine["id"], "media_id": private["id"]}
    )
    assert edited.json()["error"]["fields"] == [{"field": "media_id", "problem": "not_found"}]
    # The same picture uploaded again is the uploader's to use too.
    again = await picture(x.jan, x.space_id)
    assert again["id"] == private["id"]
    assert (await draft(x.jan, x, to_class_id=x.class_a["id"]))["media"]["id"] == private["id"]


async def test_a_pupil_flooding_their_teacher_with_cards_is_told_to_wait(world, app):
    """The server's own limit: drafts and sendings each land in someone's list."""
    rt = app.state.runtime
    rt.settings = rt.settings.with_(content_limits=dict(DEFAULT_CONTENT_LIMITS))
    x = await exchange(world)
    media = await picture(x.giulia, x.space_id)
    body = {"space_id": x.space_id, "media_id": media["id"], "message": "Hi", "stamp": "sun",
            "to_class_id": x.class_b["id"]}  # fmt: skip
    for _ in range(DEFAULT_CONTENT_LIMITS["postcard.write"].count):
        await x.giulia.ok("POST", "/api/postcards", 201, json=body)
    refused = await x.giulia.post("/api/postcards", json=body)
    assert (refused.status_code, refused.json()["error"]["code"]) == (429, "rate_limited")
    assert (await draft(x.luca, x))["state"] == "draft"


async def test_a_card_needs_a_picture_of_its_own_space_and_a_partner_class(world):
    x = await exchange(world)
    other = await world.space(x.maria, "Other")
    elsewhere = await picture(x.maria, other["id"])
    body = {"space_id": x.space_id, "message": "Hi", "stamp": "sun"}
    response = await x.maria.post(
        "/api/postcards", json={**body, "media_id": elsewhere["id"], "to_class_id": x.class_b["id"]}
    )
    assert response.json()["error"]["fields"][0]["field"] == "media_id"
    mine = await picture(x.giulia, x.space_id)
    response = await x.giulia.post(
        "/api/postcards", json={**body, "media_id": mine["id"], "to_class_id": x.class_a["id"]}
    )
    assert response.json()["error"]["fields"][0]["problem"] == "not_a_partner"
    response = await x.giulia.post(
        "/api/postcards", json={**body, "media_id": mine["id"], "stamp": "dragon", "to_class_id": 1}
    )
    assert response.json()["error"]["code"] == "invalid"
