"""Many writes at the same moment: they share transactions, and none harms another."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import select, text

from twinspace.storage.models import Event

pytestmark = pytest.mark.backends


async def _class_in_a_space(world, pupils: int):
    teacher = await world.teacher()
    space = await world.space(teacher)
    created, clients = await world.pupils(teacher, [f"Pupil{n}" for n in range(pupils)])
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]})
    return teacher, space, clients


async def _seqs(app, space_id: int) -> list[int]:
    async with app.state.runtime.db() as db:
        return list((await db.scalars(select(Event.seq).where(Event.space_id == space_id))).all())


async def test_lines_sent_at_once_are_all_kept_and_a_refused_one_alone_fails(world, app):
    teacher, space, pupils = await _class_in_a_space(world, 12)
    before = len(await _seqs(app, space["id"]))  # the class coming in
    url = f"/api/spaces/{space['id']}/chat/general"
    texts = [f"line from pupil {chr(97 + n)}" for n in range(len(pupils))]
    texts[5] = "fuck you all"  # refused by screening, in the middle of the others
    responses = await asyncio.gather(
        *(pupil.post(url, json={"text": text}) for pupil, text in zip(pupils, texts, strict=True))
    )
    statuses = [r.status_code for r in responses]
    assert statuses[5] == 422
    assert responses[5].json()["error"]["code"] == "content_rejected"
    assert statuses[:5] + statuses[6:] == [201] * 11
    history = await teacher.ok("GET", url)
    kept = sorted(m["text"] for m in history["messages"])
    assert kept == sorted(texts[:5] + texts[6:])
    assert sorted(await _seqs(app, space["id"])) == list(range(1, before + 12))


async def test_the_same_command_sent_twice_at_once_is_applied_once(world, app):
    teacher, space, (pupil,) = await _class_in_a_space(world, 1)
    before = await _seqs(app, space["id"])
    url = f"/api/spaces/{space['id']}/chat/general"
    headers = {"idempotency-key": "twice-at-once"}
    first, second = await asyncio.gather(
        pupil.post(url, json={"text": "only once"}, headers=dict(headers)),
        pupil.post(url, json={"text": "only once"}, headers=dict(headers)),
    )
    assert first.status_code == second.status_code
    assert first.json() == second.json()
    history = await teacher.ok("GET", url)
    assert [m["text"] for m in history["messages"]] == ["only once"]
    assert await _seqs(app, space["id"]) == [*before, len(before) + 1]


async def test_a_line_retried_after_it_was_deleted_gets_its_first_answer(world, app):
    """The retry comes after the line changed: it is still answered with the
    message as first sent, and no second message appears."""
    teacher, space, (pupil,) = await _class_in_a_space(world, 1)
    url = f"/api/spaces/{space['id']}/chat/general"
    headers = {"idempotency-key": "sent-then-deleted"}
    first = await pupil.ok("POST", url, 201, json={"text": "a typo"}, headers=dict(headers))
    await pupil.ok("DELETE", f"/api/chat/{first['id']}")
    again = await pupil.ok("POST", url, 201, json={"text": "a typo"}, headers=dict(headers))
    assert again == first
    assert (await teacher.ok("GET", url))["messages"] == []


@pytest.mark.postgres_only  # SQLite's writer holds a file, which nothing can cut
async def test_a_line_sent_after_the_database_cut_the_writers_connection_is_kept(world, app):
    """On PostgreSQL the writer keeps its connection from one batch to the next
    without pinging it: when the server has closed it meanwhile, the line still
    goes through, on a fresh connection."""
    runtime = app.state.runtime
    teacher, space, (pupil,) = await _class_in_a_space(world, 1)
    url = f"/api/spaces/{space['id']}/chat/general"
    await pupil.ok("POST", url, 201, json={"text": "before the cut"})
    others = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    async with runtime.engine.connect() as connection:
        cut = list(await connection.scalars(text(others + " AND pid <> pg_backend_pid()")))
        assert cut  # the writer's connection among them
        for pid in cut:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        for _ in range(100):  # until those sessions have ended
            await connection.commit()  # a transaction keeps one view of the sessions
            if not set(await connection.scalars(text(others))) & set(cut):
                break
            await asyncio.sleep(0.05)
    await asyncio.sleep(0.1)  # the closed sockets read by the event loop
    await pupil.ok("POST", url, 201, json={"text": "after the cut"})
    history = await teacher.ok("GET", url)
    assert sorted(m["text"] for m in history["messages"]) == ["after the cut", "before the cut"]


async def test_a_lines_event_carries_the_id_its_message_was_given(world, app):
    """On PostgreSQL the message and its event go in one statement, the event's
    payload made around the message's new id: it is the id the sender is told and
    the one the history shows."""
    teacher, space, pupils = await _class_in_a_space(world, 3)
    url = f"/api/spaces/{space['id']}/chat/general"
    sent = await asyncio.gather(
        *(pupil.ok("POST", url, 201, json={"text": f"line {n}"}) for n, pupil in enumerate(pupils))
    )
    history = {m["id"]: m["text"] for m in (await teacher.ok("GET", url))["messages"]}
    assert {line["id"]: line["text"] for line in sent} == history
    async with app.state.runtime.db() as db:
        query = select(Event.payload).where(
            Event.space_id == space["id"], Event.kind == "chat.message"
        )
        payloads = (await db.scalars(query)).all()
    assert sorted(json.loads(p)["id"] for p in payloads) == sorted(history)
    assert sorted(json.loads(p)["text"] for p in payloads) == sorted(history.values())


async def test_a_muted_a_held_and_a_refused_line_among_others_sent_at_once(world, app):
    """Lines sent at the same moment share a transaction (on PostgreSQL their
    statements go together): a muted pupil's line, a refused one and one to a
    space that does not exist fail alone,
    with their own errors; a held one waits for review; the others are kept, and
    the space's events are numbered without a gap."""
    teacher, space, pupils = await _class_in_a_space(world, 10)
    muted = pupils[2].user["id"]
    await teacher.ok(
        "POST", "/api/mutes", json={"space_id": space["id"], "user_id": muted, "minutes": 5}
    )
    before = len(await _seqs(app, space["id"]))
    url = f"/api/spaces/{space['id']}/chat/general"
    texts = [f"line number {n} of the lesson" for n in range(len(pupils))]
    texts[5] = "call me on +39 347 123 4567 after school"  # held for review
    texts[7] = "fuck you all"  # refused by screening
    nowhere = pupils[0].post("/api/spaces/999999/chat/general", json={"text": "lost"})
    *responses, missing = await asyncio.gather(
        *(pupil.post(url, json={"text": text}) for pupil, text in zip(pupils, texts, strict=True)),
        nowhere,
    )
    assert missing.status_code == 404  # a space that is not there, asked with the others
    assert responses[2].status_code == 403
    assert responses[2].json()["error"]["code"] == "muted"
    assert responses[7].status_code == 422
    assert responses[7].json()["error"]["code"] == "content_rejected"
    assert responses[5].status_code == 201
    assert responses[5].json()["status"] == "held"
    kept = [n for n in range(len(pupils)) if n not in (2, 5, 7)]
    assert [responses[n].status_code for n in kept] == [201] * len(kept)
    history = await teacher.ok("GET", url)
    visible = sorted(m["text"] for m in history["messages"] if m["status"] == "visible")
    assert visible == sorted(texts[n] for n in kept)
    # Each kept line an event, the held one an event for its author and one
    # for the review queue: no gap, no line twice.
    seqs = sorted(await _seqs(app, space["id"]))
    assert seqs == list(range(1, before + len(kept) + 3))
