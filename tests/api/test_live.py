"""Live sessions over HTTP, on SQLite and PostgreSQL: the calendar, the life of a session,
who may be in a room, what pupils write and what the teachers' controls refuse, up-votes,
hands, polls and quiz questions, the record page, and class accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.conftest import ApiClient
from tests.live_partners import Partners, partners

pytestmark = pytest.mark.backends

PHONE = "Call me on 347 123 4567 after school"


async def _room(client: ApiClient, session: dict[str, Any]) -> Any:
    return await client.ok("GET", f"/api/live/{session['id']}")


async def _say(client: ApiClient, session: dict[str, Any], text: str, status: int = 201) -> Any:
    response = await client.post(
        "/api/live/messages", json={"session_id": session["id"], "text": text}
    )
    assert response.status_code == status, response.text
    return response.json() if status < 400 else response.json()["error"]


async def _controls(p: Partners, session: dict[str, Any], mode: str, slow: int = 0) -> None:
    body = {"session_id": session["id"], "mode": mode, "slow_mode_seconds": slow}
    await p.maria.ok("POST", "/api/live/controls", json=body)


# ---------------------------------------------------------------- calendar and life


async def test_members_see_a_session_in_the_calendar_at_each_schools_hour(world):
    p = await partners(world)
    session = await p.schedule()
    assert session["state"] == "scheduled"
    schools = {c["name"]: c["school"] for c in session["classes"]}
    assert {name: s["timezone"] for name, s in schools.items()} == {
        "3A": "Europe/Rome",
        "6B": "Europe/Warsaw",
    }
    for member in (p.piotr, p.zofia, p.marco):
        calendar = await member.ok("GET", f"/api/spaces/{p.space['id']}/live")
        assert [s["title"] for s in calendar["sessions"]] == ["Our rivers, live"]
        assert calendar["seq"] >= 1
    invitable = {c["name"]: c["school"]["town"] for c in calendar["classes"]}
    assert invitable.keys() == {"3A", "1C", "6B"}


async def test_a_session_is_scheduled_sensibly(world):
    p = await partners(world)
    now = datetime.now(UTC)
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"ends_at": (now + timedelta(minutes=1)).isoformat()}, "ends_at", "before_start"),
        ({"ends_at": (now + timedelta(hours=6)).isoformat()}, "ends_at", "too_long"),
        # not a class of the space
        ({"class_ids": [p.classes["3A"], 999_999]}, "class_ids", "not_in_space"),
    ]
    for changes, field, problem in cases:
        response = await p.maria.post(
            "/api/live/sessions",
            json={
                "space_id": p.space["id"],
                "title": "Too odd",
                "starts_at": (now + timedelta(minutes=5)).isoformat(),
                "ends_at": (now + timedelta(hours=1)).isoformat(),
                "class_ids": [p.classes["3A"]],
                **changes,
            },
        )
        assert response.status_code == 422, response.text
        assert {"field": field, "problem": problem} in response.json()["error"]["fields"]
    other = await p.schedule()
    refused = await p.giulia.post("/api/live/openings", json={"session_id": other["id"]})
    assert refused.json()["error"]["code"] == "forbidden"


async def test_a_session_opens_once_ends_once_and_is_cancelled_only_before(world):
    p = await partners(world)
    session = await p.schedule()
    ref = {"session_id": session["id"]}
    opened = await p.piotr.ok("POST", "/api/live/openings", json=ref)
    assert (opened["state"], opened["opened_at"] is not None) == ("open", True)
    for path in ("/api/live/openings", "/api/live/cancellations"):
        again = await p.maria.post(path, json=ref)
        assert (again.status_code, again.json()["error"]["state"]) == (409, "open")
    ended = await p.maria.ok("POST", "/api/live/endings", json=ref)
    assert ended["state"] == "ended"
    assert (await p.maria.post("/api/live/endings", json=ref)).status_code == 409
    other = await p.schedule()
    cancelled = await p.maria.ok(
        "POST", "/api/live/cancellations", json={"session_id": other["id"]}
    )
    assert cancelled["state"] == "cancelled"
    said = await _say(p.giulia, session, "too late?", 409)
    assert said["code"] == "conflict"


# ---------------------------------------------------------------- who is in the room


async def test_only_the_invited_classes_and_the_teachers_enter_the_room(world):
    p = await partners(world)
    session = await p.opened()
    for member in (p.giulia, p.zofia, p.maria, p.piotr):
        assert (await _room(member, session))["session"]["id"] == session["id"]
    refused = await p.marco.get(f"/api/live/{session['id']}")
    assert refused.status_code == 403
    said = await _say(p.marco, session, "can I come?", 403)
    assert said["code"] == "forbidden"
    roster = (await _room(p.maria, session))["roster"]
    assert {r["display_name"] for r in roster} == {"Maria", "Piotr", "Giulia X.", "Luca X.",
                                                  "Zofia X."}  # fmt: skip
    schools = {r["display_name"]: r["school"]["town"] for r in roster}
    assert schools["Zofia X."] != schools["Giulia X."]


async def test_visitors_see_no_calendar(world):
    p = await partners(world)
    visitor = await world.teacher("Vera")
    code = (await p.maria.ok("GET", f"/api/spaces/{p.space['id']}/invitation"))["code"]
    await visitor.ok("POST", "/api/spaces/join", json={"code": code})
    await p.maria.ok(
        "PATCH",
        f"/api/spaces/{p.space['id']}/members/{visitor.user['id']}",
        json={"role": "visitor"},
    )
    assert (await visitor.get(f"/api/spaces/{p.space['id']}/live")).status_code == 403


# ---------------------------------------------------------------- what pupils write


async def test_a_pupils_line_with_a_phone_number_waits_for_a_teacher(world):
    p = await partners(world)
    session = await p.opened()
    await _say(p.giulia, session, "Ciao from Firenze!")
    held = await _say(p.giulia, session, PHONE)
    assert held["status"] == "held"
    assert [i["text"] for i in (await _room(p.zofia, session))["items"]] == ["Ciao from Firenze!"]
    assert [i["status"] for i in (await _room(p.giulia, session))["items"]] == ["visible", "held"]
    [item] = await p.maria.ok("GET", f"/api/spaces/{p.space['id']}/review")
    assert item["content_kind"] == "live.message"
    await p.maria.ok(
        "POST", "/api/review/decisions", json={"item_id": item["id"], "decision": "reject"}
    )
    assert len((await _room(p.zofia, session))["items"]) == 1


async def test_questions_are_up_voted_once_each_and_never_by_their_author(world):
    p = await partners(world)
    session = await p.opened()
    question = await p.zofia.ok(
        "POST",
        "/api/live/questions",
        201,
        json={"session_id": session["id"], "text": "How long is the Arno?"},
    )
    ref = {"question_id": question["id"]}
    for voter in (p.giulia, p.giulia, p.luca):
        counted = await voter.ok("POST", "/api/live/upvotes", json=ref)
    assert counted["upvotes"] == 2
    own = await p.zofia.post("/api/live/upvotes", json=ref)
    assert own.json()["error"]["code"] == "forbidden"
    await p.luca.ok("POST", "/api/live/upvotes", json={**ref, "on": False})
    room = await _room(p.giulia, session)
    assert [(i["text"], i["upvotes"]) for i in room["items"]] == [("How long is the Arno?", 1)]
    assert room["my_upvotes"] == [question["id"]]
    await p.maria.ok("POST", "/api/live/answers", json=ref)
    assert (await _room(p.zofia, session))["items"][0]["answered"] is True


async def test_notes_fill_the_board_and_teachers_arrange_them(world):
    p = await partners(world)
    session = await p.opened()
    notes = [
        await pupil.ok(
            "POST",
            "/api/live/notes",
            201,
            json={"session_id": session["id"], "text": text, "colour": "blue"},
        )
        for pupil, text in ((p.giulia, "Bridges"), (p.zofia, "Boats"))
    ]
    assert [(n["x"], n["y"]) for n in notes] == [(20, 20), (180, 20)]
    moved = await p.piotr.ok(
        "POST", "/api/live/arrangements", json={"note_id": notes[0]["id"], "x": 500, "y": 300}
    )
    assert (moved["x"], moved["y"], moved["colour"]) == (500, 300, "blue")
    pupil_moves = await p.giulia.post(
        "/api/live/arrangements", json={"note_id": notes[1]["id"], "x": 0, "y": 0}
    )
    assert pupil_moves.status_code == 403


async def test_a_teacher_clears_an_item_from_the_room(world):
    p = await partners(world)
    session = await p.opened()
    line = await _say(p.luca, session, "Luca was here")
    await p.maria.ok("POST", "/api/live/clearings", json={"item_id": line["id"]})
    assert (await _room(p.zofia, session))["items"] == []
    audit = await p.maria.ok("GET", f"/api/spaces/{p.space['id']}/audit")
    assert "live.clear" in {entry["action"] for entry in audit}


# ---------------------------------------------------------------- the teachers' controls


async def test_a_paused_room_refuses_pupils_words_but_not_their_votes(world):
    p = await partners(world)
    session = await p.opened()
    await _controls(p, session, "paused")
    assert (await _say(p.giulia, session, "hello?", 409))["code"] == "paused"
    note = await p.giulia.post(
        "/api/live/notes", json={"session_id": session["id"], "text": "and this?"}
    )
    assert note.json()["error"]["code"] == "paused"
    await _say(p.maria, session, "Eyes on the screen, please.")
    poll = await p.maria.ok(
        "POST",
        "/api/live/polls",
        201,
        json={"session_id": session["id"], "question": "Ready?", "options": ["Yes", "No"]},
    )
    await p.giulia.ok("POST", "/api/live/votes", json={"poll_id": poll["id"], "option": 0})
    await p.giulia.ok("POST", "/api/live/hands", json={"session_id": session["id"], "up": True})


async def test_reactions_only_lets_reactions_through(world):
    p = await partners(world)
    session = await p.opened()
    await _controls(p, session, "reactions_only")
    assert (await _say(p.zofia, session, "words", 409))["code"] == "reactions_only"
    reacted = await p.zofia.ok(
        "POST", "/api/live/reactions", 201, json={"session_id": session["id"], "reaction": "👏"}
    )
    assert reacted["text"] == "👏"
    assert (await _room(p.maria, session))["reactions"] == {"👏": 1}


async def test_slow_mode_spaces_out_each_pupils_lines(world):
    p = await partners(world)
    session = await p.opened()
    await _controls(p, session, "open", slow=120)
    await _say(p.giulia, session, "first")
    refused = await _say(p.giulia, session, "second", 429)
    assert refused["code"] == "slow_mode"
    assert 0 < refused["retry_after"] <= 120
    await _say(p.luca, session, "mine is my first")
    await _say(p.maria, session, "teachers are never slowed")
    await _say(p.maria, session, "not even twice")


async def test_a_muted_pupil_reads_and_votes_but_writes_nothing(world):
    p = await partners(world)
    session = await p.opened()
    mute = {"session_id": session["id"], "user_id": p.luca.user["id"], "muted": True}
    await p.piotr.ok("POST", "/api/live/mutes", json=mute)
    refused = await _say(p.luca, session, "hey", 403)
    assert refused["code"] == "muted"
    assert (await _room(p.luca, session))["muted"] == [p.luca.user["id"]]
    assert (await _room(p.giulia, session))["muted"] == []
    hand = await p.luca.ok(
        "POST", "/api/live/hands", json={"session_id": session["id"], "up": True}
    )
    assert [h["display_name"] for h in hand["hands"]] == ["Luca X."]
    await p.piotr.ok("POST", "/api/live/mutes", json={**mute, "muted": False})
    await _say(p.luca, session, "thank you")
    teacher = {**mute, "user_id": p.maria.user["id"]}
    assert (await p.piotr.post("/api/live/mutes", json=teacher)).status_code == 403


# ---------------------------------------------------------------- hands and polls


async def test_teachers_manage_the_speaking_queue(world):
    p = await partners(world)
    session = await p.opened()
    ref = {"session_id": session["id"]}
    for pupil in (p.zofia, p.giulia, p.luca):
        queue = await pupil.ok("POST", "/api/live/hands", json={**ref, "up": True})
    assert [h["display_name"] for h in queue["hands"]] == ["Zofia X.", "Giulia X.", "Luca X."]
    floor = await p.maria.ok(
        "POST", "/api/live/floor", json={**ref, "user_id": p.giulia.user["id"]}
    )
    assert [(h["display_name"], h["state"]) for h in floor["hands"]] == [
        ("Giulia X.", "speaking"), ("Zofia X.", "waiting"), ("Luca X.", "waiting")
    ]  # fmt: skip
    others = await p.zofia.post(
        "/api/live/hands", json={**ref, "up": False, "user_id": p.luca.user["id"]}
    )
    assert others.status_code == 403
    await p.maria.ok(
        "POST", "/api/live/hands", json={**ref, "up": False, "user_id": p.luca.user["id"]}
    )
    done = await p.maria.ok("POST", "/api/live/floor", json={**ref, "user_id": None})
    assert [h["display_name"] for h in done["hands"]] == ["Zofia X."]


async def test_votes_are_counted_per_option_and_class_and_changed_while_open(world):
    p = await partners(world)
    session = await p.opened()
    poll = await p.maria.ok(
        "POST",
        "/api/live/polls",
        201,
        json={
            "session_id": session["id"],
            "question": "Which river is longer?",
            "options": ["Arno", "Vistula"],
            "correct": 1,
        },
    )
    assert poll["correct"] == 1  # its teacher knows; the room does not yet
    assert (await _room(p.giulia, session))["polls"][0]["correct"] is None
    ref = {"poll_id": poll["id"]}
    await p.giulia.ok("POST", "/api/live/votes", json={**ref, "option": 0})
    await p.giulia.ok("POST", "/api/live/votes", json={**ref, "option": 1})  # changed her mind
    await p.luca.ok("POST", "/api/live/votes", json={**ref, "option": 0})
    counted = await p.zofia.ok("POST", "/api/live/votes", json={**ref, "option": 1})
    assert (counted["counts"], counted["voters"]) == ([1, 2], 3)
    assert counted["by_class"] == {str(p.classes["3A"]): [1, 1], str(p.classes["6B"]): [0, 1]}
    bad = await p.luca.post("/api/live/votes", json={**ref, "option": 4})
    assert bad.json()["error"]["fields"] == [{"field": "option", "problem": "no_such_option"}]
    closed = await p.maria.ok("POST", "/api/live/polls/closings", json=ref)
    assert (closed["state"], closed["correct"]) == ("closed", 1)
    late = await p.luca.post("/api/live/votes", json={**ref, "option": 1})
    assert late.status_code == 409
    room = await _room(p.giulia, session)
    assert room["my_votes"] == {str(poll["id"]): 1}


async def test_a_new_poll_closes_the_one_before(world):
    p = await partners(world)
    session = await p.opened()
    body = {"session_id": session["id"], "options": ["Yes", "No"]}
    first = await p.maria.ok("POST", "/api/live/polls", 201, json={**body, "question": "One?"})
    await p.maria.ok("POST", "/api/live/polls", 201, json={**body, "question": "Two?"})
    polls = (await _room(p.zofia, session))["polls"]
    assert [(x["question"], x["state"]) for x in polls] == [("One?", "closed"), ("Two?", "open")]
    assert polls[0]["id"] == first["id"]


# ---------------------------------------------------------------- the record


async def test_an_ended_session_leaves_its_record_as_a_page_of_the_space(world):
    p = await partners(world)
    session = await p.opened()
    ref = {"session_id": session["id"]}
    await _say(p.giulia, session, "Ciao from Firenze!")
    await _say(p.zofia, session, "Cześć z Krakowa!")
    cleared = await _say(p.luca, session, "something silly")
    await p.maria.ok("POST", "/api/live/clearings", json={"item_id": cleared["id"]})
    await _say(p.luca, session, PHONE)  # held: never in the record
    question = await p.zofia.ok(
        "POST", "/api/live/questions", 201, json={**ref, "text": "Do you swim in the Arno?"}
    )
    await p.giulia.ok("POST", "/api/live/upvotes", json={"question_id": question["id"]})
    poll = await p.maria.ok(
        "POST", "/api/live/polls", 201, json={**ref, "question": "Pizza or pierogi?",
                                             "options": ["Pizza", "Pierogi"]}
    )  # fmt: skip
    await p.luca.ok("POST", "/api/live/votes", json={"poll_id": poll["id"], "option": 1})
    await p.giulia.ok("POST", "/api/live/notes", 201, json={**ref, "text": "Bridges!"})
    await p.giulia.ok("POST", "/api/live/hands", json={**ref, "up": True})

    ended = await p.piotr.ok("POST", "/api/live/endings", json=ref)
    page_id = ended["record_page_id"]
    page = await p.zofia.ok("GET", f"/api/pages/{page_id}")
    html = page["html"]
    shown = [
        "Ciao from Firenze!",
        "Cześć z Krakowa!",
        "Do you swim in the Arno?",
        "1 up-vote",
        "Pizza or pierogi?",
        "Pierogi: 1 vote (100 %)",
        "Bridges!",
    ]
    assert [text for text in shown if text not in html] == []
    assert "something silly" not in html and "347" not in html
    assert page["title"].startswith("Our rivers, live (")
    room = await _room(p.giulia, session)
    assert (room["hands"], room["polls"][0]["state"]) == ([], "closed")
    [revision] = await p.maria.ok("GET", f"/api/pages/{page_id}/revisions")
    authors = {a["display_name"] for a in revision["authors"]}
    assert {"Giulia X.", "Zofia X."} <= authors


# ---------------------------------------------------------------- class accounts


async def test_a_class_account_stands_for_its_class_and_votes_once(world):
    p = await partners(world)
    made = await p.maria.ok("POST", f"/api/classes/{p.classes['3A']}/class-account", 201)
    assert (made["display_name"], made["class_account"]) == ("3A", True)
    again = await p.maria.post(f"/api/classes/{p.classes['3A']}/class-account")
    assert again.status_code == 409
    others = await p.piotr.post(f"/api/classes/{p.classes['3A']}/class-account")
    assert others.status_code == 404
    await p.maria.ok(
        "POST", f"/api/spaces/{p.space['id']}/classes", json={"class_id": p.classes["3A"]}
    )
    projector = world.client()
    await projector.login(made["username"], made["password"])
    session = await p.opened()
    roster = (await _room(p.maria, session))["roster"]
    assert [r["display_name"] for r in roster if r["class_account"]] == ["3A"]
    poll = await p.maria.ok(
        "POST",
        "/api/live/polls",
        201,
        json={"session_id": session["id"], "question": "Our answer?", "options": ["A", "B"]},
    )
    for option in (0, 1):
        counted = await projector.ok(
            "POST", "/api/live/votes", json={"poll_id": poll["id"], "option": option}
        )
    assert counted["voters"] == 1


async def test_a_held_question_approved_reaches_the_room_and_a_reported_line_is_removed(world):
    p = await partners(world)
    session = await p.opened()
    held = await p.luca.ok(
        "POST", "/api/live/questions", 201, json={"session_id": session["id"], "text": PHONE}
    )
    assert held["status"] == "held"
    [item] = await p.piotr.ok("GET", f"/api/spaces/{p.space['id']}/review")
    assert item["content_kind"] == "live.question"
    await p.piotr.ok(
        "POST",
        "/api/review/decisions",
        json={"item_id": item["id"], "decision": "approve", "text": "Can we call you?"},
    )
    assert [i["text"] for i in (await _room(p.zofia, session))["items"]] == ["Can we call you?"]

    line = await _say(p.luca, session, "Zofia is silly")
    report = {"content_kind": "live.message", "content_id": line["id"], "reason": "unkind"}
    await p.zofia.ok("POST", "/api/reports", 201, json=report)
    outsider = await p.marco.post("/api/reports", json=report)  # his class is not in the room
    assert outsider.status_code == 404
    removed = await p.maria.ok(
        "POST", "/api/removals", json={"content_kind": "live.message", "content_id": line["id"]}
    )
    assert removed["resolved_reports"] == 1
    assert [i["type"] for i in (await _room(p.zofia, session))["items"]] == ["question"]
