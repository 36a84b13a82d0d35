"""Forums live: new threads, replies, edits, reactions and "is writing" reach
open pages at once, and a page that was away resumes without a gap."""

from __future__ import annotations

import asyncio


async def _discussion(s):
    sid = s["space"]["id"]
    return await s["teacher"].ok(
        "POST", "/api/forum/discussions", 201, json={"space_id": sid, "title": "Rivers"}
    )


async def _thread(s):
    """A thread the teacher opened in a new discussion ("Arno")."""
    discussion = await _discussion(s)
    return await s["teacher"].ok(
        "POST",
        "/api/forum/threads",
        201,
        json={"discussion_id": discussion["id"], "title": "Arno", "body": "<p>Go!</p>"},
    )


async def test_threads_replies_edits_and_reactions_arrive_live(room):
    r, s = room
    sid = s["space"]["id"]
    discussion = await _discussion(s)
    teacher, giulia, luca = await r.subscribed(sid, s["teacher"], *s["pupils"])
    made = await teacher.ok(
        "forum.thread_create", discussion_id=discussion["id"], title="Arno", body="<p>Go!</p>"
    )
    [thread] = await luca.wait_events("forum.thread", 1)
    assert thread["data"]["thread"]["title"] == "Arno"
    reply = await giulia.ok("forum.reply", thread_id=made["thread"]["id"], body="<p>Hello</p>")
    [post] = await luca.wait_events("forum.post", 1)
    assert post["data"]["body"] == "<p>Hello</p>"
    await giulia.ok("forum.edit", post_id=reply["id"], body="<p>Hello all</p>")
    [edited] = await teacher.wait_events("forum.edited", 1)
    assert edited["data"]["body"] == "<p>Hello all</p>"
    await luca.ok("forum.react", post_id=reply["id"], reaction="🎉")
    [reacted] = await giulia.wait_events("forum.reactions", 1)
    assert reacted["data"]["reactions"] == {"🎉": 1}


async def test_is_writing_reaches_others_and_visitors_may_not_send_it(room):
    r, s = room
    sid = s["space"]["id"]
    made = await _thread(s)
    teacher, giulia = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    await giulia.ok("forum.writing", space_id=sid, thread_id=made["thread"]["id"])
    writing = await teacher.wait(lambda f: f["type"] == "forum.writing")
    assert (writing["display_name"], writing["thread_id"]) == ("Giulia X.", made["thread"]["id"])
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/members/{s['pupils'][1].user['id']}", json={"role": "visitor"}
    )
    visitor = (await r.subscribed(sid, s["pupils"][1]))[0]
    refused = await visitor.command("forum.writing", space_id=sid, thread_id=made["thread"]["id"])
    assert refused["code"] == "forbidden"


async def test_is_writing_reaches_the_class_once_in_a_while_whatever_thread_it_names(room):
    """ "Is writing" goes to every socket of the space: naming another thread (any
    number, there or not) in each frame must not make it fifteen times a second."""
    r, s = room
    sid = s["space"]["id"]
    made = await _thread(s)
    thread_id = made["thread"]["id"]
    teacher, giulia = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    for n in range(10):
        await giulia.ok("forum.writing", space_id=sid, thread_id=thread_id + 1000 * n)
    await teacher.wait(lambda f: f["type"] == "forum.writing")
    await asyncio.sleep(0.5)
    assert [f["thread_id"] for f in teacher.frames if f["type"] == "forum.writing"] == [thread_id]


async def test_a_page_away_for_a_while_gets_the_replies_it_missed(room):
    r, s = room
    sid = s["space"]["id"]
    made = await _thread(s)
    page = await s["pupils"][0].ok("GET", f"/api/forum/threads/{made['thread']['id']}")
    for n in range(3):
        await s["teacher"].ok(
            "POST",
            "/api/forum/posts",
            201,
            json={"thread_id": made["thread"]["id"], "body": f"<p>{n}</p>"},
        )
    giulia = await r.socket(s["pupils"][0])
    await giulia.ok("subscribe", space_id=sid, last_seq=page["seq"])
    missed = await giulia.wait_events("forum.post", 3)
    assert [e["data"]["body"] for e in missed] == ["<p>0</p>", "<p>1</p>", "<p>2</p>"]
    await asyncio.sleep(0.1)
    assert len(giulia.events("forum.post")) == 3
