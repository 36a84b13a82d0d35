"""Who hears an event: everyone, the staff, one user, or a group of classes.

A group (a postcard's two classes, the classes invited to a live session) is
heard by the pupils who came in with those classes and the teachers who teach
them, live and on replay, and by nobody else.
"""

from __future__ import annotations

from sqlalchemy import select

from twinspace.moderation.policy import Action
from twinspace.sessions import Viewer
from twinspace.storage.models import Audience, User
from twinspace.writepath import Change, EventSpec, Intent, write


async def _two_classes(r, s):
    """The room's class (Maria's) and a partner teacher's class in the same space."""
    sid = s["space"]["id"]
    partner = await r.world.teacher("Anna")
    code = (await s["teacher"].ok("GET", f"/api/spaces/{sid}/invitation"))["code"]
    await partner.ok("POST", "/api/spaces/join", json={"code": code})
    other, (pawel,) = await r.world.pupils(partner, ["Pawel"], class_name="5C")
    await partner.ok("POST", f"/api/spaces/{sid}/classes", json={"class_id": other["id"]})
    classes = await s["teacher"].ok("GET", "/api/classes")
    return sid, classes[0]["id"], partner, pawel


async def _say_to_group(app, teacher, space_id: int, class_ids: tuple[int, ...], text: str):
    keys = tuple(f"class:{c}" for c in class_ids)
    """An event for a group, through the write path as every feature's are."""
    rt = app.state.runtime
    async with rt.db() as db:
        user = await db.scalar(select(User).where(User.id == teacher.user["id"]))

    def persist(draft):
        spec = EventSpec("test.group", {"text": text}, Audience.group, audience_group=keys)
        return Change({}, [spec])

    await write(rt, Viewer(user, ""), Intent(space_id, Action.chat_read), persist)


async def test_a_group_event_reaches_its_classes_and_their_teachers_only(room, app):
    r, s = room
    sid, maria_class, anna, pawel = await _two_classes(r, s)
    maria, giulia, anna_socket, pawel_socket = await r.subscribed(
        sid, s["teacher"], s["pupils"][0], anna, pawel
    )
    await _say_to_group(app, s["teacher"], sid, (maria_class,), "for 2B")
    await _say_to_group(app, s["teacher"], sid, (maria_class, 999_999), "for 2B and another")
    for socket in (maria, giulia):
        events = await socket.wait_events("test.group", 2)
        assert [e["data"]["text"] for e in events] == ["for 2B", "for 2B and another"]
    await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "after"})
    for socket in (anna_socket, pawel_socket):
        await socket.wait_events("chat.message", 1)
        assert socket.events("test.group") == []


async def test_a_group_event_is_replayed_only_to_its_classes(room, app):
    r, s = room
    sid, maria_class, _anna, pawel = await _two_classes(r, s)
    giulia, pawel_socket = await r.subscribed(sid, s["pupils"][0], pawel)
    seq = (await giulia.ok("subscribe", space_id=sid))["seq"]
    await giulia.close()
    await pawel_socket.close()
    await _say_to_group(app, s["teacher"], sid, (maria_class,), "while you were away")
    giulia = await r.socket(s["pupils"][0])
    await giulia.ok("subscribe", space_id=sid, last_seq=seq)
    pawel_socket = await r.socket(pawel)
    await pawel_socket.ok("subscribe", space_id=sid, last_seq=seq)
    [replayed] = await giulia.wait_events("test.group", 1)
    assert replayed["data"]["text"] == "while you were away"
    assert pawel_socket.events("test.group") == []
