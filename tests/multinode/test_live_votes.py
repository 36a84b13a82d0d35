"""240 pupils vote in the same second on two server processes (PostgreSQL, Redis):
the totals are true, every pupil is counted once, and every screen ends on the true
totals, sent now and then rather than once per vote."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from bench.seed import PASSWORD, seed, seed_settings
from tests.conftest import REDIS_URL, ApiClient, World
from tests.multinode.conftest import start_nodes
from tests.wsclient import WsClient

pytestmark = [pytest.mark.redis, pytest.mark.postgres]

CLASSES, CLASS_SIZE = 8, 30
PUPILS = CLASSES * CLASS_SIZE
OPTIONS = ["Arno", "Vistula", "Danube"]
# Logins and sockets opened at once while the class arrives: a school's
# morning, not a stampede (a login waits at most 5 s for the test's client).
ENTERING_AT_ONCE = 16
# How long a step may wait for a busy machine: patience, never a measure.
PATIENCE = 120.0
# A tenth of the pupils tap twice: again, at once, on the other process.
TAPPING_TWICE = PUPILS // 10


def _option(pupil: int) -> int:
    return pupil % len(OPTIONS)


async def test_240_votes_at_once_on_two_processes_give_the_true_totals(
    tmp_path: Path, fresh_postgres: str
):
    nodes = start_nodes(tmp_path, fresh_postgres, REDIS_URL)
    worlds = [World(None, base_url=node.url) for node in nodes]
    sockets: list[WsClient] = []
    try:
        # Seeded through the service functions (bench.seed), with cheap password hashes.
        [space] = await seed(
            seed_settings(fresh_postgres, tmp_path / "seed"), 1, PUPILS + 1, class_size=CLASS_SIZE
        )
        teacher_login, *pupil_logins = space.logins
        teacher = worlds[0].client()
        teacher.http.timeout = httpx.Timeout(PATIENCE)
        await teacher.login(teacher_login.login, PASSWORD)
        class_ids = [c["id"] for c in await teacher.ok("GET", "/api/classes")]
        assert len(class_ids) == CLASSES
        start = datetime.now(UTC)
        session = await teacher.ok(
            "POST",
            "/api/live/sessions",
            201,
            json={
                "space_id": space.id,
                "title": "Which river?",
                "starts_at": start.isoformat(),
                "ends_at": (start + timedelta(hours=1)).isoformat(),
                "class_ids": class_ids,
            },
        )
        await teacher.ok("POST", "/api/live/openings", json={"session_id": session["id"]})

        # Pupil n is on process n % 2; a few log in and connect at a time, then all
        # subscribe at once (each process then tells the space who is online a few
        # times, not once per arrival).
        pupils = [worlds[n % 2].client() for n in range(PUPILS)]
        entering = asyncio.Semaphore(ENTERING_AT_ONCE)

        async def enter(n: int) -> WsClient:
            async with entering:
                pupils[n].http.timeout = httpx.Timeout(PATIENCE)
                await pupils[n].login(pupil_logins[n].login, PASSWORD)
                return await _connected(nodes[n % 2].url, pupils[n])

        sockets.extend(await asyncio.gather(*(enter(n) for n in range(PUPILS))))
        subscribed = await asyncio.gather(
            *(s.command("subscribe", PATIENCE, space_id=space.id) for s in sockets)
        )
        assert [s for s in subscribed if s["type"] != "ack"] == []

        poll = await teacher.ok(
            "POST",
            "/api/live/polls",
            201,
            json={"session_id": session["id"], "question": "Longest?", "options": OPTIONS},
        )
        ref = poll["id"]
        # Every pupil votes over their socket, and a tenth of them tap again at the
        # same moment over HTTP on the other process.
        answers: list[Any] = await asyncio.gather(
            *(
                socket.command("live.vote", poll_id=ref, option=_option(n), timeout=PATIENCE)
                for n, socket in enumerate(sockets)
            ),
            *(
                _vote_over_http(pupils[n], nodes[(n + 1) % 2].url, ref, _option(n))
                for n in range(TAPPING_TWICE)
            ),
        )
        assert [a for a in answers[:PUPILS] if a["type"] != "ack"] == []
        assert all(status == 200 for status in answers[PUPILS:])

        expected = Counter(_option(n) for n in range(PUPILS))
        true_counts = [expected[o] for o in range(len(OPTIONS))]
        for node in nodes:  # the room as either process reads it from the database
            reader = World(None, base_url=node.url).client()
            reader.http.timeout = httpx.Timeout(PATIENCE)
            await reader.login(teacher_login.login, PASSWORD)
            [counted] = (await reader.ok("GET", f"/api/live/{session['id']}"))["polls"]
            assert (counted["counts"], counted["voters"]) == (true_counts, PUPILS)
            assert sorted(map(sum, counted["by_class"].values())) == [CLASS_SIZE] * CLASSES
            await reader.http.aclose()

        # What every pupil's screen ends on, whichever process it is on: the true totals.
        finals = await asyncio.gather(
            *(
                socket.wait(
                    lambda f: (
                        f["type"] == "event"
                        and f["kind"] == "live.poll"
                        and f["data"]["voters"] == PUPILS
                    ),
                    timeout=PATIENCE,
                )
                for socket in sockets
            )
        )
        assert {tuple(f["data"]["counts"]) for f in finals} == {tuple(true_counts)}
        for socket in sockets:
            last = max(socket.events("live.poll"), key=lambda f: f["seq"])
            assert (last["data"]["counts"], last["data"]["voters"]) == (true_counts, PUPILS)
            # The newest totals now and then, not each vote's (each process holds them).
            assert len(socket.events("live.poll")) < PUPILS
    finally:
        for socket in sockets:
            await socket.close()
        for world in worlds:
            await world.close()
        for node in nodes:
            node.stop()


async def _connected(base_url: str, pupil: ApiClient) -> WsClient:
    socket = await WsClient.connect(base_url, pupil.http.cookies.get("ts_session"))
    await socket.wait(lambda f: f["type"] == "hello", PATIENCE)
    return socket


async def _vote_over_http(pupil: ApiClient, base_url: str, poll_id: int, option: int) -> int:
    """The same pupil's vote through the other process's HTTP door."""
    response = await pupil.http.post(
        f"{base_url}/api/live/votes",
        json={"poll_id": poll_id, "option": option},
        headers={"x-csrf-token": pupil.csrf},
        timeout=PATIENCE,
    )
    return response.status_code
