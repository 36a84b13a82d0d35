"""Spaces: creation, invitations, partner classes, roles, archive, and who sees what.

These run on SQLite and on the real PostgreSQL server.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.backends


async def partnership(world):
    """Teacher A's space, partner teacher B joined by code, one pupil of each class in it."""
    a = await world.teacher("Maria", "IT")
    b = await world.teacher("Anna", "PL")
    space = await world.space(a, "Rivers")
    code = (await a.ok("GET", f"/api/spaces/{space['id']}/invitation"))["code"]
    joined = await b.ok("POST", "/api/spaces/join", json={"code": code})
    assert joined["my_role"] == "teacher"
    class_a, [pupil_a] = await world.pupils(a, ["Giulia"])
    class_b, [pupil_b] = await world.pupils(b, ["Jan"])
    await a.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": class_a["id"]})
    await b.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": class_b["id"]})
    return space, a, b, pupil_a, pupil_b


async def test_creator_becomes_teacher_admin(world):
    teacher = await world.teacher()
    space = await world.space(teacher, "Our towns")
    assert space["my_role"] == "teacher_admin"
    assert [s["title"] for s in await teacher.ok("GET", "/api/spaces")] == ["Our towns"]


async def test_partner_teacher_joins_and_classes_bring_their_pupils(world):
    space, a, _, pupil_a, pupil_b = await partnership(world)
    members = await a.ok("GET", f"/api/spaces/{space['id']}/members")
    assert sorted((m["display_name"], m["role"]) for m in members) == [
        ("Anna", "teacher"),
        ("Giulia X.", "pupil"),
        ("Jan X.", "pupil"),
        ("Maria", "teacher_admin"),
    ]
    assert {m["school"]["country"] for m in members} == {"IT", "PL"}
    for pupil in (pupil_a, pupil_b):
        assert [s["id"] for s in await pupil.ok("GET", "/api/spaces")] == [space["id"]]


async def test_teacher_adds_only_chosen_pupils(world):
    teacher = await world.teacher()
    space = await world.space(teacher)
    created, _ = await world.pupils(teacher, ["Ada", "Bo", "Cy"])
    chosen = [created["pupils"][0]["id"]]
    added = await teacher.ok(
        "POST",
        f"/api/spaces/{space['id']}/classes",
        json={"class_id": created["id"], "pupil_ids": chosen},
    )
    assert added == {"added": 1}
    members = await teacher.ok("GET", f"/api/spaces/{space['id']}/members")
    assert sorted(m["display_name"] for m in members if m["kind"] == "pupil") == ["Ada X."]


async def test_teacher_cannot_add_another_teachers_class(world):
    space, a, b, _, _ = await partnership(world)
    b_classes = await b.ok("GET", "/api/classes")
    response = await a.post(
        f"/api/spaces/{space['id']}/classes", json={"class_id": b_classes[0]["id"]}
    )
    assert response.status_code == 404


async def test_pupil_cannot_see_a_space_members_or_profile_outside_their_spaces(world):
    space, _a, b, pupil_a, _ = await partnership(world)
    other = await world.space(b, "Private staff room")
    outsider = await world.teacher("Stranger")
    for path in (
        f"/api/spaces/{other['id']}",
        f"/api/spaces/{other['id']}/members",
        f"/api/users/{outsider.user['id']}",
    ):
        response = await pupil_a.get(path)
        assert response.status_code == 404, path
        assert response.json()["error"]["code"] == "not_found"
    assert [s["id"] for s in await pupil_a.ok("GET", "/api/spaces")] == [space["id"]]
    # Someone who shares a space is visible.
    profile = await pupil_a.ok("GET", f"/api/users/{b.user['id']}")
    assert profile["display_name"] == "Anna"


async def test_wrong_invitation_code_is_not_found(world):
    teacher = await world.teacher()
    response = await teacher.post("/api/spaces/join", json={"code": "NOPE"})
    assert response.status_code == 404


async def test_pupil_cannot_join_with_a_code(world):
    space, a, _, pupil_a, _ = await partnership(world)
    code = (await a.ok("GET", f"/api/spaces/{space['id']}/invitation"))["code"]
    response = await pupil_a.post("/api/spaces/join", json={"code": code})
    assert response.json()["error"]["code"] == "forbidden"


async def test_renewed_invitation_code_replaces_the_old_one(world):
    teacher = await world.teacher()
    space = await world.space(teacher)
    old = (await teacher.ok("GET", f"/api/spaces/{space['id']}/invitation"))["code"]
    new = (await teacher.ok("POST", f"/api/spaces/{space['id']}/invitation"))["code"]
    assert new != old
    partner = await world.teacher()
    assert (await partner.post("/api/spaces/join", json={"code": old})).status_code == 404
    await partner.ok("POST", "/api/spaces/join", json={"code": new.lower()})


async def test_teacher_admin_changes_roles(world):
    space, a, b, pupil_a, _ = await partnership(world)
    sid = space["id"]
    pupil_id = pupil_a.user["id"]
    changed = await a.ok(
        "PATCH", f"/api/spaces/{sid}/members/{pupil_id}", json={"role": "pupil_admin"}
    )
    assert changed["role"] == "pupil_admin"
    assert (await pupil_a.ok("GET", f"/api/spaces/{sid}"))["my_role"] == "pupil_admin"
    await a.ok("PATCH", f"/api/spaces/{sid}/members/{b.user['id']}", json={"role": "teacher_admin"})
    assert (await b.ok("GET", f"/api/spaces/{sid}"))["my_role"] == "teacher_admin"


async def test_pupil_cannot_be_given_a_teacher_role(world):
    space, a, _, pupil_a, _ = await partnership(world)
    response = await a.patch(
        f"/api/spaces/{space['id']}/members/{pupil_a.user['id']}", json={"role": "teacher_admin"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["fields"] == [{"field": "role", "problem": "not_for_account"}]


async def test_unknown_role_is_invalid(world):
    space, a, _, pupil_a, _ = await partnership(world)
    response = await a.patch(
        f"/api/spaces/{space['id']}/members/{pupil_a.user['id']}", json={"role": "king"}
    )
    assert response.json()["error"]["code"] == "invalid"


async def test_last_teacher_admin_cannot_step_down(world):
    space, a, _, _, _ = await partnership(world)
    response = await a.patch(
        f"/api/spaces/{space['id']}/members/{a.user['id']}", json={"role": "teacher"}
    )
    assert response.status_code == 409


async def test_only_teacher_admin_changes_roles_or_removes(world):
    space, _a, b, pupil_a, pupil_b = await partnership(world)
    for client in (b, pupil_b):
        response = await client.patch(
            f"/api/spaces/{space['id']}/members/{pupil_a.user['id']}", json={"role": "visitor"}
        )
        assert response.json()["error"]["code"] == "forbidden"
        response = await client.delete(f"/api/spaces/{space['id']}/members/{pupil_a.user['id']}")
        assert response.json()["error"]["code"] == "forbidden"


async def test_removed_member_loses_the_space(world):
    space, a, _, _, pupil_b = await partnership(world)
    await a.ok("DELETE", f"/api/spaces/{space['id']}/members/{pupil_b.user['id']}")
    assert await pupil_b.ok("GET", "/api/spaces") == []
    assert (await pupil_b.get(f"/api/spaces/{space['id']}")).status_code == 404


async def test_visitor_sees_the_space_but_not_its_pupils(world):
    space, a, b, _, _ = await partnership(world)
    await a.ok(
        "PATCH", f"/api/spaces/{space['id']}/members/{b.user['id']}", json={"role": "visitor"}
    )
    assert (await b.ok("GET", f"/api/spaces/{space['id']}"))["my_role"] == "visitor"
    response = await b.get(f"/api/spaces/{space['id']}/members")
    assert response.json()["error"]["code"] == "forbidden"


async def test_archived_space_is_read_only_until_reopened(world):
    space, a, b, pupil_a, _ = await partnership(world)
    sid = space["id"]
    archived = await a.ok("POST", f"/api/spaces/{sid}/archive")
    assert archived["status"] == "archived"
    assert (await pupil_a.ok("GET", f"/api/spaces/{sid}"))["status"] == "archived"
    response = await a.patch(f"/api/spaces/{sid}", json={"title": "New"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "space_archived"
    response = await b.post(f"/api/spaces/{sid}/reopen")
    assert response.json()["error"]["code"] == "forbidden"
    await a.ok("POST", f"/api/spaces/{sid}/reopen")
    assert (await a.ok("PATCH", f"/api/spaces/{sid}", json={"title": "New"}))["title"] == "New"


async def test_space_edit_validates_fields(world):
    teacher = await world.teacher()
    space = await world.space(teacher)
    response = await teacher.patch(
        f"/api/spaces/{space['id']}", json={"languages": ["english"], "colour": "red"}
    )
    problems = {(f["field"], f["problem"]) for f in response.json()["error"]["fields"]}
    assert problems == {("languages.0", "string_pattern_mismatch"), ("colour", "extra_forbidden")}
    assert (await teacher.ok("GET", f"/api/spaces/{space['id']}"))["languages"] == []


async def test_my_spaces_tell_teachers_how_many_items_wait_for_review(world):
    space, a, b, pupil_a, _ = await partnership(world)
    await world.space(a, "Stars")  # a space of A's where nothing waits

    def waiting(spaces):
        return {s["title"]: s["review_waiting"] for s in spaces}

    assert waiting(await a.ok("GET", "/api/spaces")) == {"Rivers": 0, "Stars": 0}
    held = await pupil_a.ok(
        "POST",
        f"/api/spaces/{space['id']}/chat/general",
        201,
        json={"text": "Call me on 347 123 4567"},
    )
    assert held["status"] == "held"
    assert waiting(await a.ok("GET", "/api/spaces")) == {"Rivers": 1, "Stars": 0}
    assert waiting(await b.ok("GET", "/api/spaces")) == {"Rivers": 1}
    # A pupil is told nothing of the queue, not even that their message is in it.
    assert waiting(await pupil_a.ok("GET", "/api/spaces")) == {"Rivers": None}

    [item] = await b.ok("GET", f"/api/spaces/{space['id']}/review")
    await b.ok("POST", "/api/review/decisions", json={"item_id": item["id"], "decision": "reject"})
    assert waiting(await a.ok("GET", "/api/spaces")) == {"Rivers": 0, "Stars": 0}
    assert waiting(await b.ok("GET", "/api/spaces")) == {"Rivers": 0}


async def test_a_report_waits_for_teachers_until_it_is_handled(world):
    space, a, b, pupil_a, _ = await partnership(world)
    line = await b.ok(
        "POST", f"/api/spaces/{space['id']}/chat/general", 201, json={"text": "Rivers at noon"}
    )
    report = await pupil_a.ok(
        "POST",
        "/api/reports",
        201,
        json={"content_kind": "chat.message", "content_id": line["id"], "reason": "unkind"},
    )

    def waiting(spaces):
        return {s["title"]: s["review_waiting"] for s in spaces}

    # The count on every page is the one the queue shows inside the space.
    assert waiting(await a.ok("GET", "/api/spaces")) == {"Rivers": 1}
    assert len(await a.ok("GET", f"/api/spaces/{space['id']}/reports")) == 1
    assert waiting(await pupil_a.ok("GET", "/api/spaces")) == {"Rivers": None}
    await a.ok(
        "POST", "/api/reports/actions", json={"report_id": report["id"], "action": "resolve"}
    )
    assert waiting(await a.ok("GET", "/api/spaces")) == {"Rivers": 0}


async def test_a_space_title_keeps_no_invisible_or_control_characters(world):
    teacher = await world.teacher()
    space = await world.space(teacher, "Our\u200b rivers\u202e")
    assert space["title"] == "Our rivers"
    changed = await teacher.ok(
        "PATCH", f"/api/spaces/{space['id']}", json={"title": "Rivers\n\x1b[31mand towns"}
    )
    assert changed["title"] == "Rivers [31mand towns"
