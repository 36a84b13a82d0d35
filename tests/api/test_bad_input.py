"""Bad input over HTTP gets a typed error, never a 500: ids past 64 bits in paths,
queries and bodies, digits that are not ASCII, half a UTF-16 pair in JSON."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.backends

HUGE = str(2**63)
HUGER = "9" * 40


@pytest.mark.parametrize(
    "path",
    [
        f"/api/spaces/{HUGE}",
        f"/api/spaces/{HUGER}/members",
        f"/api/spaces/{HUGE}/chat/general",
        f"/api/users/{HUGE}",
        f"/api/forum/threads/{HUGER}",
        "/api/spaces/-1",
    ],
)
async def test_an_id_past_64_bits_in_a_path_is_not_found(world, path):
    teacher = await world.teacher()
    response = await teacher.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("value", ["²", "١٢", "3.5", "-4", HUGE, HUGER, "0"])
async def test_a_query_number_must_be_ascii_digits_in_range(world, value):
    teacher = await world.teacher()
    space = await world.space(teacher)
    for name in ("before", "limit"):
        response = await teacher.get(f"/api/spaces/{space['id']}/chat/general?{name}={value}")
        assert response.status_code == 422, (name, value)
        assert response.json()["error"]["fields"] == [{"field": name, "problem": "range"}]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (
            "/api/reports",
            {"content_kind": "chat.message", "content_id": 2**63, "reason": "x"},
            "content_id",
        ),
        ("/api/review/decisions", {"item_id": -(2**64), "decision": "approve"}, "item_id"),
        ("/api/mutes", {"space_id": 1, "user_id": 2**70, "minutes": 5}, "user_id"),
        ("/api/forum/posts", {"thread_id": 2**63, "body": "<p>x</p>"}, "thread_id"),
    ],
)
async def test_an_id_past_64_bits_in_a_body_is_invalid(world, path, body, field):
    teacher = await world.teacher()
    response = await teacher.post(path, json=body)
    assert response.status_code == 422
    assert response.json()["error"]["fields"][0]["field"] == field


async def test_a_lone_surrogate_in_a_body_is_invalid_and_nothing_is_written(world):
    teacher = await world.teacher()
    space = await world.space(teacher)
    url = f"/api/spaces/{space['id']}/chat/general"
    response = await teacher.post(
        url, content=b'{"text": "hello \\ud800"}', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid"
    assert (await teacher.ok("GET", url))["messages"] == []


@pytest.mark.parametrize(("method", "path"), [("DELETE", "/api/chat/0"), ("PATCH", "/api/chat/0")])
async def test_a_path_id_of_zero_is_not_found(world, method, path):
    teacher = await world.teacher()
    response = await teacher.request(method, path, json={"text": "hello"})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_a_page_past_any_thread_is_refused_or_empty_never_a_500(world):
    teacher = await world.teacher()
    space = await world.space(teacher)
    discussion = await teacher.ok(
        "POST", "/api/forum/discussions", 201, json={"space_id": space["id"], "title": "Rivers"}
    )
    url = f"/api/forum/discussions/{discussion['id']}"
    response = await teacher.get(f"{url}?page={2**63 - 1}")  # a 64-bit page, but not its offset
    assert response.status_code == 422
    assert response.json()["error"]["fields"] == [{"field": "page", "problem": "range"}]
    assert (await teacher.ok("GET", f"{url}?page={2**63 // 50}"))["threads"] == []


async def test_a_method_a_path_does_not_take_names_those_it_does(world):
    teacher = await world.teacher()
    response = await teacher.put("/api/spaces", json={})
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/classes", {"name": "3\u0000A"}, "name"),
        ("/api/spaces", {"title": "Rivers", "languages": ["en", "\u0000"]}, "languages.1"),
        ("/api/session", {"login": "maria\u0000", "password": "x"}, "login"),
    ],
)
async def test_a_nul_character_in_a_body_is_invalid_and_nothing_is_stored(world, path, body, field):
    """PostgreSQL stores no U+0000 in text: it failed there with a 500."""
    teacher = await world.teacher()
    response = await teacher.post(path, json=body)
    assert response.status_code == 422
    assert response.json()["error"]["fields"] == [{"field": field, "problem": "nul_character"}]
    assert await teacher.ok("GET", "/api/classes") == []


async def test_a_nul_character_in_a_query_is_invalid(world):
    teacher = await world.teacher()
    space = await world.space(teacher)
    response = await teacher.get(f"/api/spaces/{space['id']}/forum/search", params={"q": "a\0"})
    assert response.status_code == 422
    assert response.json()["error"]["fields"] == [{"field": "q", "problem": "nul_character"}]
