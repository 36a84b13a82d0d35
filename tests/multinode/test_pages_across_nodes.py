"""A page edited on two server processes at once converges; a process killed
mid-edit loses no edit it acknowledged."""

from __future__ import annotations

import asyncio

import pytest

from tests.pages_editor import Editor
from tests.servers import ServerProcess

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


async def _page_open_to_pupils(cluster):
    page = await cluster.teacher.ok(
        "POST", "/api/pages", 201, json={"space_id": cluster.space["id"], "title": "Rivers"}
    )
    opening = {"page_id": page["id"], "on": True}
    await cluster.teacher.ok("POST", "/api/pages/openings", json=opening)
    return page


async def _editor(cluster, node: int, client, page) -> Editor:
    sid = cluster.space["id"]
    socket = await cluster.socket(node, client)
    await socket.ok("subscribe", space_id=sid)
    editor = Editor(socket, sid, page["id"])
    await editor.open()
    return editor


async def _converged(*editors, expected_in: str) -> None:
    for _ in range(200):
        for editor in editors:
            editor.catch_up()
        texts = {editor.text for editor in editors}
        if len(texts) == 1 and expected_in in texts.pop():
            return
        await asyncio.sleep(0.05)
    raise AssertionError([editor.text for editor in editors])


async def test_editors_on_two_processes_converge(cluster):
    page = await _page_open_to_pupils(cluster)
    maria = await _editor(cluster, 0, cluster.teacher, page)
    giulia = await _editor(cluster, 1, cluster.pupil, page)
    await maria.type("Rivers we know:")
    await _converged(maria, giulia, expected_in="Rivers we know:")
    await asyncio.gather(
        *(maria.type(f" Arno{n}.") for n in range(5)),
        *(giulia.type(f" Vistula{n}.") for n in range(5)),
    )
    await _converged(maria, giulia, expected_in="Vistula4.")
    assert all(f"Arno{n}." in maria.text and f"Vistula{n}." in maria.text for n in range(5))


async def test_a_killed_process_loses_no_acknowledged_edit(cluster):
    page = await _page_open_to_pupils(cluster)
    maria = await _editor(cluster, 0, cluster.teacher, page)
    for n in range(10):
        await maria.type(f" saved{n}")  # each acknowledged: stored
    node = cluster.nodes[0]
    node.process.kill()  # SIGKILL: no shutdown, no flushing
    node.process.wait()
    cluster.nodes[0] = ServerProcess(node.log_path.parent, node.env)
    await maria.socket.close()
    again = await _editor(cluster, 0, cluster.teacher, page)
    again.doc, again.root = maria.doc, maria.root  # the same editor, reconnected
    await again.open()
    fresh = await _editor(cluster, 1, cluster.pupil, page)
    for n in range(10):
        assert f" saved{n}" in fresh.text
