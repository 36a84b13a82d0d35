"""A chat line that meets the database locked by another writer past the wait."""

from __future__ import annotations

from tests.conftest import write_lock_held


async def test_a_line_the_database_cannot_take_in_time_is_told_to_try_again(world, settings):
    """The writer's BEGIN waits for the lock, then gives up: the line is answered
    ``busy`` with when to try again, nothing is written, and the retry with the
    same key, once the database is free, is written once."""
    teacher = await world.teacher()
    space = await world.space(teacher)
    url = f"/api/spaces/{space['id']}/chat/general"
    headers = {"idempotency-key": "after-the-lock"}
    with write_lock_held(settings.database_url):
        refused = await teacher.post(url, json={"text": "hello"}, headers=dict(headers))
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "busy"
    assert refused.headers["retry-after"] == "1"
    sent = await teacher.ok("POST", url, 201, json={"text": "hello"}, headers=dict(headers))
    again = await teacher.ok("POST", url, 201, json={"text": "hello"}, headers=dict(headers))
    assert again == sent
    assert [m["text"] for m in (await teacher.ok("GET", url))["messages"]] == ["hello"]
