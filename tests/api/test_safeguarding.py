"""A message screening takes for grooming or secrecy is held as a safeguarding
concern: first in the teachers' queue, and written in the audit log."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.backends


async def _class_space(world):
    """A teacher's space with her class of two pupils in it: Giulia and Luca."""
    teacher = await world.teacher("Maria")
    space = await world.space(teacher)
    created, (giulia, luca) = await world.pupils(teacher, ["Giulia", "Luca"])
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]})
    return teacher, space, giulia, luca


async def test_a_safeguarding_concern_comes_first_and_is_audited(world):
    teacher, space, giulia, luca = await _class_space(world)
    url = f"/api/spaces/{space['id']}/chat/general"
    phone = await giulia.ok("POST", url, 201, json={"text": "Call me on 347 123 4567"})
    meeting = await luca.ok(
        "POST",
        url,
        201,
        json={"text": "can we meet at the park after school? dont tell your teacher"},
    )
    assert phone["status"] == meeting["status"] == "held"
    queue = await teacher.ok("GET", f"/api/spaces/{space['id']}/review")
    assert [item["content_id"] for item in queue] == [meeting["id"], phone["id"]]
    assert [item["safeguarding"] for item in queue] == [True, False]
    assert {f["kind"] for f in queue[0]["findings"] if f.get("safeguarding")} == {
        "meeting",
        "secrecy",
    }
    log = await teacher.ok("GET", f"/api/spaces/{space['id']}/audit")
    concern = [entry for entry in log if entry["action"] == "safeguarding.concern"]
    assert len(concern) == 1
    assert concern[0]["target"] == f"chat.message:{meeting['id']}"
    assert concern[0]["data"]["author_id"] == luca.user["id"]


async def test_a_phone_number_split_by_soft_hyphens_is_held(world):
    _, space, giulia, luca = await _class_space(world)
    url = f"/api/spaces/{space['id']}/chat/general"
    sent = await giulia.ok("POST", url, 201, json={"text": "Call me 347\u00ad123\u00ad4567"})
    assert (sent["status"], sent["text"]) == ("held", "Call me 3471234567")
    assert (await luca.ok("GET", url))["messages"] == []
