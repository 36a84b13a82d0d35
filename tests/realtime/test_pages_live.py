"""Editing a page together over the socket: editors converge, every edit carries its
author, a pupil's phone number never reaches another editor, bad updates get a
typed error and leave the stored document as it was."""

from __future__ import annotations

import asyncio
import base64

from pycrdt import XmlElement, XmlText

from tests.pages_editor import Editor, b64

PHONE = "347 123 4567"


async def _page(s, title="Our river"):
    return await s["teacher"].ok(
        "POST", "/api/pages", 201, json={"space_id": s["space"]["id"], "title": title}
    )


async def _editors(r, s, page, *clients):
    sid = s["space"]["id"]
    editors = []
    for socket in await r.subscribed(sid, *clients):
        editor = Editor(socket, sid, page["id"])
        await editor.open()
        editors.append(editor)
    return editors


async def _settled(*editors, until):
    for _ in range(100):
        for editor in editors:
            editor.catch_up()
        if until():
            return
        await asyncio.sleep(0.05)
    raise AssertionError([e.text for e in editors])


async def test_two_editors_typing_at_once_end_with_both_edits(room):
    r, s = room
    page = await _page(s)
    await s["teacher"].ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    maria, giulia = await _editors(r, s, page, s["teacher"], s["pupils"][0])
    await maria.type("The Arno is long.")
    await _settled(maria, giulia, until=lambda: giulia.text == "The Arno is long.")
    await asyncio.gather(maria.type(" Maria was here."), giulia.type(" Giulia too."))
    await _settled(
        maria, giulia, until=lambda: maria.text == giulia.text and "Giulia" in maria.text
    )
    assert "Maria was here." in maria.text and "Giulia too." in maria.text
    revision = await s["teacher"].ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    assert "Giulia too." in revision["html"]
    [latest] = await s["teacher"].ok("GET", f"/api/pages/{page['id']}/revisions")
    assert {a["display_name"] for a in latest["authors"]} == {"Maria", "Giulia X."}


async def test_every_insertion_carries_its_authors_mark(room):
    r, s = room
    page = await _page(s)
    (maria,) = await _editors(r, s, page, s["teacher"])
    await maria.type("Hello", 0)
    marks = maria.root.children[0].children[0].diff()
    maria.catch_up()
    marks = maria.root.children[0].children[0].diff()
    assert marks == [("Hello", {"author": {"id": float(s["teacher"].user["id"])}})]


async def test_a_pupils_phone_number_never_reaches_the_other_editor(room):
    r, s = room
    page = await _page(s)
    await s["teacher"].ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    maria, giulia = await _editors(r, s, page, s["teacher"], s["pupils"][0])
    seen: list[str] = []
    maria.root.observe_deep(lambda events: seen.extend(str(e.delta) for e in events))
    await giulia.type("My number is ")
    for digit in PHONE:
        await giulia.type(digit)
    await _settled(maria, giulia, until=lambda: maria.text == giulia.text)
    assert not any("4567" in delta for delta in seen)
    assert "347 123 45" not in maria.text
    [held] = giulia.socket.events("page.held")
    assert held["data"]["reason"] == "screening.phone"
    queue = await s["teacher"].ok("GET", f"/api/spaces/{s['space']['id']}/review")
    assert [item["content_kind"] for item in queue] == ["page.text"]
    await s["teacher"].ok(
        "POST", "/api/review/decisions", json={"item_id": queue[0]["id"], "decision": "approve"}
    )
    await _settled(maria, giulia, until=lambda: held["data"]["text"] in maria.text)


async def test_a_malformed_or_truncated_update_is_refused_and_the_page_stays_intact(room):
    r, s = room
    page = await _page(s)
    (maria,) = await _editors(r, s, page, s["teacher"])
    await maria.type("Safe and sound")
    before = maria.doc.get_state()
    with maria.doc.transaction():
        maria.root.children[0].children[0].insert(0, "More: ")
    whole = maria.doc.get_update(before)
    for bad in (b"\x00\xff\xfe garbage", whole[: len(whole) // 2]):
        error = await maria.socket.command("page.update", page_id=page["id"], update=b64(bad))
        assert (error["code"], error["fields"]) == (
            "invalid",
            [{"field": "update", "problem": "unreadable"}],
        )
    error = await maria.socket.command("page.update", page_id=page["id"], update="not base64!")
    assert error["code"] == "invalid"
    fresh = (await _editors(r, s, page, s["teacher"]))[0]
    assert fresh.text == "Safe and sound"


async def test_a_pupil_may_not_edit_a_page_not_opened_to_pupils(room):
    r, s = room
    page = await _page(s)
    sid = s["space"]["id"]
    (giulia_socket,) = await r.subscribed(sid, s["pupils"][0])
    refused = await giulia_socket.command("page.open", space_id=sid, page_id=page["id"])
    assert refused["code"] == "forbidden"
    giulia = Editor(giulia_socket, sid, page["id"])
    before = giulia.doc.get_state()
    with giulia.doc.transaction():
        giulia.root.children.append(XmlElement("paragraph", {}, []))
    update = giulia.doc.get_update(before)
    refused = await giulia_socket.command("page.update", page_id=page["id"], update=b64(update))
    assert refused["code"] == "forbidden"


async def test_an_editor_that_was_away_gets_what_it_missed_and_merges_its_own(room):
    r, s = room
    page = await _page(s)
    maria, anna_like = await _editors(r, s, page, s["teacher"], s["teacher"])
    await maria.type("First line.")
    await _settled(maria, anna_like, until=lambda: anna_like.text == "First line.")
    await anna_like.socket.close()
    # Offline: a change made locally, not sent.
    before = anna_like.doc.get_state()
    with anna_like.doc.transaction():
        anna_like.root.children[0].children[0].insert(0, "Offline: ")
    offline = anna_like.doc.get_update(before)
    await maria.type(" Online.")
    socket = (await r.subscribed(s["space"]["id"], s["teacher"]))[0]
    back = Editor(socket, s["space"]["id"], page["id"])
    back.doc = anna_like.doc
    back.root = anna_like.root
    opened = await back.open()
    assert "Online." in back.text
    await socket.ok("page.update", page_id=page["id"], update=b64(offline))
    await _settled(maria, until=lambda: maria.text.startswith("Offline: "))
    assert base64.b64decode(opened["state_vector"])


async def test_an_oversized_update_and_an_overgrown_page_are_refused(room):
    r, s = room
    page = await _page(s)
    (maria,) = await _editors(r, s, page, s["teacher"])
    error = await maria.socket.command("page.update", page_id=page["id"], update="A" * 200_000)
    assert error["fields"] == [{"field": "update", "problem": "string_too_long"}]
    refused = None
    for _ in range(40):  # 2 MiB in paragraphs of 100,000 characters
        before = maria.doc.get_state()
        with maria.doc.transaction():
            maria.root.children.append(XmlElement("paragraph", {}, [XmlText("x" * 100_000)]))
        update = maria.doc.get_update(before)
        answer = await maria.socket.command("page.update", page_id=page["id"], update=b64(update))
        if answer["type"] == "error":
            refused = answer
            break
    assert refused is not None and refused["code"] == "payload_too_large"
    assert refused["reason"] == "page.too_big"


async def test_a_cursor_the_size_of_a_page_is_refused_and_never_relayed(room):
    """A cursor and a name take a few hundred bytes; a pupil's "cursor" of 100 KB
    sent twenty times a second would fill every co-editor's connection."""
    r, s = room
    page = await _page(s)
    await s["teacher"].ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    maria, giulia = await _editors(r, s, page, s["teacher"], s["pupils"][0])
    sid = s["space"]["id"]
    state = b64(b"\x01" * 100_000)
    error = await giulia.socket.command(
        "page.awareness", space_id=sid, page_id=page["id"], state=state
    )
    assert error["fields"] == [{"field": "state", "problem": "string_too_long"}]
    await giulia.socket.ok("page.awareness", space_id=sid, page_id=page["id"], state=b64(b"\x01"))
    relayed = await maria.socket.wait(lambda f: f["type"] == "page.awareness")
    assert relayed["state"] == b64(b"\x01")
