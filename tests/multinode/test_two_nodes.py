"""Two server processes, one PostgreSQL, one Redis: one space served by both."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


async def test_messages_cross_between_processes(cluster):
    sid = cluster.space["id"]
    teacher = await cluster.socket(0, cluster.teacher)
    pupil = await cluster.socket(1, cluster.pupil)
    await teacher.ok("subscribe", space_id=sid)
    await pupil.ok("subscribe", space_id=sid)
    await teacher.ok("chat.send", space_id=sid, text="from node one")
    await pupil.wait_events("chat.message", 1)
    await pupil.ok("chat.send", space_id=sid, text="from node two")
    await teacher.wait_events("chat.message", 2)
    await pupil.wait_events("chat.message", 2)
    assert teacher.chat_texts() == pupil.chat_texts() == ["from node one", "from node two"]


async def _teacher_and_pupil_on_two_processes(cluster):
    """The space's teacher subscribed on the first process, its pupil on the second."""
    sid = cluster.space["id"]
    teacher = await cluster.socket(0, cluster.teacher)
    await teacher.ok("subscribe", space_id=sid)
    pupil = await cluster.socket(1, cluster.pupil)
    await pupil.ok("subscribe", space_id=sid)
    return sid, teacher, pupil


async def test_presence_is_shared_between_processes(cluster):
    _, teacher, pupil = await _teacher_and_pupil_on_two_processes(cluster)
    for socket in (teacher, pupil):
        both = await socket.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 2)
        assert {u["display_name"] for u in both["online"]} == {"Maria", "Giulia B."}
    await pupil.close()
    alone = await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 1)
    assert alone["online"][0]["display_name"] == "Maria"


async def test_a_second_tab_on_the_other_process_learns_who_is_online(cluster):
    sid, teacher, pupil = await _teacher_and_pupil_on_two_processes(cluster)
    await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 2)
    second_tab = await cluster.socket(0, cluster.pupil)
    await second_tab.ok("subscribe", space_id=sid)
    listed = await second_tab.wait(lambda f: f["type"] == "presence")
    assert {u["display_name"] for u in listed["online"]} == {"Maria", "Giulia B."}
    await pupil.close()  # the pupil is still online through the other process
    await second_tab.close()
    alone = await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 1)
    assert alone["online"][0]["display_name"] == "Maria"


async def test_a_client_resumes_on_the_other_process_without_loss(cluster):
    sid, teacher, pupil = await _teacher_and_pupil_on_two_processes(cluster)
    for n in range(3):
        await teacher.ok("chat.send", space_id=sid, text=f"{n}")
    await pupil.wait_events("chat.message", 3)
    last = pupil.last_seq(sid)
    await pupil.close()
    for n in range(3, 6):
        await teacher.ok("chat.send", space_id=sid, text=f"{n}")
    moved = await cluster.socket(0, cluster.pupil)  # any node serves any client
    await moved.ok("subscribe", space_id=sid, last_seq=last)
    await moved.wait_events("chat.message", 3)
    assert pupil.chat_texts() + moved.chat_texts() == [str(n) for n in range(6)]


async def test_a_pupil_muted_on_one_process_is_muted_on_the_other(cluster):
    sid = cluster.space["id"]
    teacher = await cluster.socket(0, cluster.teacher)
    pupil = await cluster.socket(1, cluster.pupil)
    await teacher.ok("member.mute", space_id=sid, user_id=cluster.pupil.user["id"], minutes=10)
    refused = await pupil.command("chat.send", space_id=sid, text="can I still talk?")
    assert refused["code"] == "muted"
    await teacher.ok("member.mute", space_id=sid, user_id=cluster.pupil.user["id"], minutes=0)
    await pupil.ok("chat.send", space_id=sid, text="thank you")
