"""Moderation inside the write path: held content, review, reports, removals, mutes,
supervised chat and the audit log, over the live WebSocket gateway."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from tests.conftest import create_staff

PHONE = "call me on +39 347 123 4567 after school"


async def live_room(r, s):
    """Sockets for the teacher and both pupils, subscribed to the space."""
    sid = s["space"]["id"]
    return sid, await r.subscribed(sid, s["teacher"], *s["pupils"])


async def test_pupil_phone_number_is_held_and_released_on_approval(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    sent = await giulia.ok("chat.send", space_id=sid, text=PHONE)
    assert sent["status"] == "held"
    [mine] = await giulia.wait_events("chat.message", 1)
    assert mine["data"]["status"] == "held"
    [held] = await teacher.wait_events("review.held", 1)
    assert held["data"]["excerpt"] == PHONE
    assert {f["kind"] for f in held["data"]["findings"]} == {"phone"}
    assert teacher.events("chat.message") == [] and luca.events("chat.message") == []
    queue = await s["teacher"].ok("GET", f"/api/spaces/{sid}/review")
    assert [item["excerpt"] for item in queue] == [PHONE]

    await teacher.ok("review.decide", item_id=held["data"]["id"], decision="approve")
    for socket in (teacher, luca):
        [released] = await socket.wait_events("chat.message", 1)
        assert released["data"]["text"] == PHONE
        assert released["data"]["status"] == "visible"
    assert await s["teacher"].ok("GET", f"/api/spaces/{sid}/review") == []


async def test_teacher_rejects_a_held_message_and_only_its_author_hears(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    await giulia.ok("chat.send", space_id=sid, text="my email is giulia.b@example.com")
    [held] = await teacher.wait_events("review.held", 1)
    await teacher.ok(
        "review.decide",
        item_id=held["data"]["id"],
        decision="reject",
        note="Please don't share your e-mail here.",
    )
    [rejected] = await giulia.wait_events("chat.rejected", 1)
    assert rejected["data"]["note"] == "Please don't share your e-mail here."
    await asyncio.sleep(0.1)
    assert luca.events() == []
    history = await s["pupils"][0].ok("GET", f"/api/spaces/{sid}/chat/general")
    assert [m["status"] for m in history["messages"]] == ["rejected"]
    assert (await s["pupils"][1].ok("GET", f"/api/spaces/{sid}/chat/general"))["messages"] == []


async def test_teacher_edits_then_approves(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    await giulia.ok("chat.send", space_id=sid, text=PHONE)
    [held] = await teacher.wait_events("review.held", 1)
    await teacher.ok(
        "review.decide", item_id=held["data"]["id"], decision="approve", text="call me after school"
    )
    [released] = await luca.wait_events("chat.message", 1)
    assert released["data"]["text"] == "call me after school"


async def test_a_decided_item_cannot_be_decided_again(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    await giulia.ok("chat.send", space_id=sid, text=PHONE)
    [held] = await teacher.wait_events("review.held", 1)
    await teacher.ok("review.decide", item_id=held["data"]["id"], decision="approve")
    again = await teacher.command("review.decide", item_id=held["data"]["id"], decision="reject")
    assert again["code"] == "conflict"


async def test_pupils_cannot_review(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    await giulia.ok("chat.send", space_id=sid, text=PHONE)
    [held] = await teacher.wait_events("review.held", 1)
    error = await luca.command("review.decide", item_id=held["data"]["id"], decision="approve")
    assert error["code"] == "forbidden"
    response = await s["pupils"][1].get(f"/api/spaces/{sid}/review")
    assert response.json()["error"]["code"] == "forbidden"


async def test_teachers_own_content_is_not_held(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    sent = await teacher.ok("chat.send", space_id=sid, text="School office: +39 055 123 4567")
    assert sent["status"] == "visible"
    await giulia.wait_events("chat.message", 1)


async def test_abuse_is_refused_with_a_kind_reason_in_the_pupils_language(room):
    r, s = room
    sid, (_, _giulia, luca) = await live_room(r, s)
    await s["pupils"][0].ok("PUT", "/api/me/language", json={"language": "it"})
    italian = await r.socket(s["pupils"][0])
    error = await italian.command("chat.send", space_id=sid, text="vaffanculo a tutti")
    assert error["code"] == "content_rejected"
    assert error["reason"] == "screening.abuse"
    assert error["message"].startswith("Questo non può essere pubblicato.")
    await asyncio.sleep(0.1)
    assert luca.events() == []


async def test_premoderation_holds_every_pupil_message(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/settings", json={"chat": {"premoderated": True}}
    )
    sent = await giulia.ok("chat.send", space_id=sid, text="hello everyone")
    assert sent["status"] == "held"
    [held] = await teacher.wait_events("review.held", 1)
    assert held["data"]["findings"] == [{"kind": "premoderation", "excerpt": ""}]


async def test_report_goes_to_teachers_escalates_to_platform_and_removal_hides_it(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    sent = await luca.ok("chat.send", space_id=sid, text="you are all slow")
    await giulia.wait_events("chat.message", 1)
    report = await giulia.ok(
        "report.create", content_kind="chat.message", content_id=sent["id"], reason="He is unkind"
    )
    [created] = await teacher.wait_events("report.created", 1)
    assert created["data"]["reason"] == "He is unkind"
    assert giulia.events("report.created") == []
    await teacher.ok("report.handle", report_id=report["id"], action="escalate")
    moderator = r.world.client()
    await create_staff(r.world.app, moderator, "moderator")
    escalated = await moderator.ok("GET", "/api/reports")
    assert [e["id"] for e in escalated] == [report["id"]]
    assert (await s["pupils"][0].get("/api/reports")).status_code == 403
    await teacher.ok(
        "content.remove", content_kind="chat.message", content_id=sent["id"], reason="unkind"
    )
    for socket in (giulia, luca):
        [deleted] = await socket.wait_events("chat.deleted", 1)
        assert deleted["data"]["id"] == sent["id"]
    assert await s["teacher"].ok("GET", f"/api/spaces/{sid}/reports") == []


async def test_muted_pupil_gets_a_clear_error_until_unmuted(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    giulia_id = s["pupils"][0].user["id"]
    await teacher.ok("member.mute", space_id=sid, user_id=giulia_id, minutes=10, reason="calm down")
    [notice] = await giulia.wait_events("member.muted", 1)
    assert notice["data"]["until"]
    error = await giulia.command("chat.send", space_id=sid, text="hello?")
    assert error["code"] == "muted"
    assert error["until"]
    await teacher.ok("member.mute", space_id=sid, user_id=giulia_id, minutes=0)
    await giulia.ok("chat.send", space_id=sid, text="sorry")


async def test_pupils_cannot_mute_and_teachers_cannot_be_muted(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    error = await giulia.command(
        "member.mute", space_id=sid, user_id=s["pupils"][1].user["id"], minutes=5
    )
    assert error["code"] == "forbidden"
    error = await teacher.command(
        "member.mute", space_id=sid, user_id=s["teacher"].user["id"], minutes=5
    )
    assert error["code"] == "forbidden"


async def test_supervised_chat_needs_a_teacher_online(room):
    r, s = room
    sid = s["space"]["id"]
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/settings", json={"chat": {"policy": "teacher_online"}}
    )
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    error = await pupil.command("chat.send", space_id=sid, text="anyone?")
    assert error["code"] == "chat_closed"
    assert error["message"] != ""
    teacher = await r.socket(s["teacher"])
    await teacher.ok("subscribe", space_id=sid)
    await pupil.ok("chat.send", space_id=sid, text="hello teacher")
    await teacher.ok("unsubscribe", space_id=sid)
    error = await pupil.command("chat.send", space_id=sid, text="are you there?")
    assert error["code"] == "chat_closed"
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/settings", json={"chat": {"policy": "always"}}
    )
    await pupil.ok("chat.send", space_id=sid, text="free to chat again")


async def test_chat_hours_in_the_spaces_time_zone(room):
    r, s = room
    sid = s["space"]["id"]
    # An hour of the space's day (UTC) that is not now, within one day: chat is closed.
    start, end = ("01:00", "02:00") if datetime.now(UTC).hour >= 12 else ("20:00", "21:00")
    closed: dict[str, Any] = {"days": [1, 2, 3, 4, 5, 6, 7], "start": start, "end": end}
    await s["teacher"].ok(
        "PATCH",
        f"/api/spaces/{sid}/settings",
        json={"chat": {"policy": "hours", "hours": closed, "timezone": "UTC"}},
    )
    pupil = await r.socket(s["pupils"][0])
    error = await pupil.command("chat.send", space_id=sid, text="too early")
    assert error["code"] == "chat_closed"
    await s["teacher"].ok(
        "PATCH",
        f"/api/spaces/{sid}/settings",
        json={"chat": {"hours": {"days": [1, 2, 3, 4, 5, 6, 7], "start": "00:00", "end": "24:00"}}},
    )
    await pupil.ok("chat.send", space_id=sid, text="now it is open")


async def test_settings_are_validated_and_only_for_teacher_admins(room):
    _r, s = room
    sid = s["space"]["id"]
    url = f"/api/spaces/{sid}/settings"
    response = await s["teacher"].patch(url, json={"chat": {"timezone": "Mars/Olympus"}})
    assert response.json()["error"]["fields"] == [{"field": "chat.timezone", "problem": "unknown"}]
    response = await s["teacher"].patch(
        url, json={"moderation": {"screening_level": "anything goes"}}
    )
    assert response.json()["error"]["code"] == "invalid"
    response = await s["teacher"].patch(url, json={"chat": {"colour": "red"}})
    assert response.json()["error"]["fields"][0]["field"] == "chat.colour"
    response = await s["teacher"].patch(url, json={"weather": {"sunny": True}})
    assert response.json()["error"]["fields"] == [
        {"field": "weather", "problem": "unknown_section"}
    ]
    response = await s["pupils"][0].patch(url, json={"moderation": {"screening_level": "relaxed"}})
    assert response.json()["error"]["code"] == "forbidden"
    space = await s["teacher"].ok("GET", f"/api/spaces/{sid}")
    assert space["settings"]["moderation"]["screening_level"] == "standard"
    assert space["settings"]["chat"]["timezone"] == "Europe/Brussels"


async def test_audit_log_records_moderation_and_cannot_be_changed(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    await giulia.ok("chat.send", space_id=sid, text=PHONE)
    [held] = await teacher.wait_events("review.held", 1)
    await teacher.ok("review.decide", item_id=held["data"]["id"], decision="reject", note="no")
    await teacher.ok(
        "member.mute",
        space_id=sid,
        user_id=s["pupils"][0].user["id"],
        minutes=5,
        reason="phone numbers",
    )
    await s["teacher"].ok(
        "PATCH",
        f"/api/spaces/{sid}/members/{s['pupils'][1].user['id']}",
        json={"role": "pupil_admin"},
    )
    log = await s["teacher"].ok("GET", f"/api/spaces/{sid}/audit")
    assert [e["action"] for e in log] == ["member.role", "member.mute", "review.reject"]
    assert log[1]["reason"] == "phone numbers"
    assert log[1]["actor"]["display_name"] == "Maria"
    assert (await s["pupils"][0].get(f"/api/spaces/{sid}/audit")).status_code == 403
    for method in ("PATCH", "DELETE", "POST"):
        response = await s["teacher"].request(method, f"/api/spaces/{sid}/audit")
        assert response.status_code == 405


async def test_links_outside_the_spaces_allowlist_are_held(room):
    r, s = room
    sid, (_, giulia, _) = await live_room(r, s)
    sent = await giulia.ok("chat.send", space_id=sid, text="look at www.museo-fiume.example")
    assert sent["status"] == "held"
    await s["teacher"].ok(
        "PATCH",
        f"/api/spaces/{sid}/settings",
        json={"moderation": {"allowed_domains": ["museo-fiume.example"]}},
    )
    sent = await giulia.ok("chat.send", space_id=sid, text="look at www.museo-fiume.example")
    assert sent["status"] == "visible"
    response = await s["teacher"].patch(
        f"/api/spaces/{sid}/settings",
        json={"moderation": {"allowed_domains": ["https://x.example/path"]}},
    )
    assert response.json()["error"]["code"] == "invalid"


async def test_a_held_message_cannot_be_edited_and_its_deletion_leaves_the_queue(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    sent = await giulia.ok("chat.send", space_id=sid, text=PHONE)
    await teacher.wait_events("review.held", 1)
    refused = await giulia.command("chat.edit", message_id=sent["id"], text="something else")
    assert refused["code"] == "conflict"
    await giulia.ok("chat.delete", message_id=sent["id"])
    [withdrawn] = await teacher.wait_events("review.decided", 1)
    assert withdrawn["data"]["state"] == "withdrawn"
    assert await s["teacher"].ok("GET", f"/api/spaces/{sid}/review") == []
    await asyncio.sleep(0.1)
    assert luca.events("chat.edited") == []


async def test_reports_show_what_was_reported_and_removal_announces_resolution(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    sent = await luca.ok("chat.send", space_id=sid, text="you are all slow")
    report = await giulia.ok(
        "report.create", content_kind="chat.message", content_id=sent["id"], reason="unkind"
    )
    assert report["excerpt"] == "you are all slow"
    assert report["content_author_id"] == s["pupils"][1].user["id"]
    listed = await s["teacher"].ok("GET", f"/api/spaces/{sid}/reports")
    assert listed[0]["excerpt"] == "you are all slow"
    await teacher.ok("content.remove", content_kind="chat.message", content_id=sent["id"])
    [updated] = await teacher.wait_events("report.updated", 1)
    assert updated["data"]["state"] == "resolved"


async def test_the_teachers_note_survives_a_reload(room):
    r, s = room
    sid, (teacher, giulia, _) = await live_room(r, s)
    await giulia.ok("chat.send", space_id=sid, text=PHONE)
    [held] = await teacher.wait_events("review.held", 1)
    await teacher.ok(
        "review.decide",
        item_id=held["data"]["id"],
        decision="reject",
        note="No phone numbers, please.",
    )
    history = await s["pupils"][0].ok("GET", f"/api/spaces/{sid}/chat/general")
    assert history["messages"][0]["note"] == "No phone numbers, please."


async def test_nobody_can_report_what_they_cannot_see(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    staff_only = await teacher.ok("chat.send", space_id=sid, room="staff", text="planning")
    held = await luca.ok("chat.send", space_id=sid, text=PHONE)
    for content_id in (staff_only["id"], held["id"]):
        error = await giulia.command(
            "report.create", content_kind="chat.message", content_id=content_id, reason="curious"
        )
        assert error["code"] == "not_found"
        assert "excerpt" not in error


async def test_removing_a_held_message_takes_it_out_of_the_queue_quietly(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    held = await giulia.ok("chat.send", space_id=sid, text=PHONE)
    await teacher.wait_events("review.held", 1)
    await teacher.ok("content.remove", content_kind="chat.message", content_id=held["id"])
    [withdrawn] = await teacher.wait_events("review.decided", 1)
    assert withdrawn["data"]["state"] == "withdrawn"
    await giulia.wait_events("chat.deleted", 1)
    await asyncio.sleep(0.1)
    assert luca.events("chat.deleted") == []


async def test_chat_hours_must_start_before_they_end(room):
    _, s = room
    sid = s["space"]["id"]
    url = f"/api/spaces/{sid}/settings"
    response = await s["teacher"].patch(
        url,
        json={
            "chat": {"policy": "hours", "hours": {"days": [1], "start": "14:00", "end": "08:00"}}
        },
    )
    assert response.json()["error"]["fields"][0]["field"] == "chat.hours"
    response = await s["teacher"].patch(url, json={"chat": {"policy": "hours"}})
    assert response.json()["error"]["fields"] == [{"field": "chat.hours", "problem": "missing"}]
    changed = await s["teacher"].ok(
        "PATCH", url, json={"moderation": {"allowed_domains": ["Europa.EU"]}}
    )
    assert changed["settings"]["moderation"]["allowed_domains"] == ["europa.eu"]


async def test_edits_in_a_premoderated_space_are_refused_with_the_real_reason(room):
    r, s = room
    sid, (_, giulia, _) = await live_room(r, s)
    sent = await giulia.ok("chat.send", space_id=sid, text="hello")
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/settings", json={"chat": {"premoderated": True}}
    )
    refused = await giulia.command("chat.edit", message_id=sent["id"], text="hello all")
    assert refused["reason"] == "screening.edit_premoderated"


async def test_retried_report_and_removal_get_their_first_ack_after_the_message_is_gone(room):
    r, s = room
    sid, (teacher, giulia, luca) = await live_room(r, s)
    sent = await luca.ok("chat.send", space_id=sid, text="you are all slow")
    fields = {"content_kind": "chat.message", "content_id": sent["id"]}
    report = await giulia.command("report.create", id_="rep-1", reason="unkind", **fields)
    removal = await teacher.command("content.remove", id_="rem-1", **fields)
    assert await giulia.command("report.create", id_="rep-1", reason="unkind", **fields) == report
    assert await teacher.command("content.remove", id_="rem-1", **fields) == removal
    fresh = await teacher.command("content.remove", **fields)
    assert fresh["code"] == "not_found"
