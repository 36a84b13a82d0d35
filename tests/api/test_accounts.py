"""Teachers register and log in; pupils are made by their teacher and log in without e-mail."""

from __future__ import annotations

import pytest


async def test_teacher_registers_logs_in_and_out(world):
    teacher = await world.teacher("Maria Rossi")
    me = await teacher.ok("GET", "/api/session")
    assert me["user"]["display_name"] == "Maria Rossi"
    assert me["user"]["kind"] == "teacher"
    await teacher.ok("DELETE", "/api/session")
    assert await teacher.ok("GET", "/api/session") == {"user": None, "csrf_token": None}
    response = await teacher.get("/api/spaces")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


async def test_a_visitor_who_has_not_logged_in_is_no_error(world):
    assert await world.client().ok("GET", "/api/session") == {"user": None, "csrf_token": None}


async def test_session_cookie_is_httponly_and_samesite(world):
    client = world.client()
    await client.ok(
        "POST",
        "/api/teachers",
        201,
        json={
            "name": "A",
            "email": "a@x.example",
            "password": "long enough pw",
            "school": {"name": "S", "country": "FR", "town": "Lyon"},
        },
    )
    response = await client.post(
        "/api/session", json={"login": "a@x.example", "password": "long enough pw"}
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


async def test_second_teacher_joins_an_existing_school(world):
    first = await world.teacher()
    school_id = first.user["school_id"]
    client = world.client()
    created = await client.ok(
        "POST",
        "/api/teachers",
        201,
        json={
            "name": "Colleague",
            "email": "c@x.example",
            "password": "long enough pw",
            "school_id": school_id,
        },
    )
    assert created["school"]["id"] == school_id
    schools = await client.ok("GET", "/api/schools?country=IT")
    assert [s["id"] for s in schools] == [school_id]


async def test_duplicate_email_is_a_conflict(world):
    body = {
        "name": "A",
        "email": "same@x.example",
        "password": "long enough pw",
        "school": {"name": "S", "country": "DE", "town": "Köln"},
    }
    client = world.client()
    await client.ok("POST", "/api/teachers", 201, json=body)
    response = await client.post("/api/teachers", json=body)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


async def test_wrong_password_is_refused_with_a_clear_code(world):
    teacher = await world.teacher()
    client = world.client()
    response = await client.post(
        "/api/session", json={"login": teacher.user["email"], "password": "wrong"}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "bad_credentials"


async def test_login_is_throttled_per_account(world):
    teacher = await world.teacher()
    client = world.client()
    for _ in range(10):
        await client.post("/api/session", json={"login": teacher.user["email"], "password": "no"})
    response = await client.post(
        "/api/session", json={"login": teacher.user["email"], "password": "correct horse"}
    )
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
    assert int(response.headers["retry-after"]) > 0


async def test_teacher_creates_a_class_of_pupils_who_log_in_by_username(world):
    teacher = await world.teacher()
    created, pupils = await world.pupils(teacher, ["Giulia", "Luca"])
    assert [p["display_name"] for p in created["pupils"]] == ["Giulia X.", "Luca X."]
    for pupil in created["pupils"]:
        assert pupil["email"] is None
        assert pupil["username"].startswith(pupil["display_name"][:4].lower())
        assert len(pupil["password"]) >= 8
    me = await pupils[0].ok("GET", "/api/session")
    assert me["user"]["kind"] == "pupil"
    # The password is shown once: listing the class never shows it again.
    listed = await teacher.ok("GET", "/api/classes")
    assert all("password" not in p for p in listed[0]["pupils"])


async def test_pupil_names_with_diacritics_get_ascii_usernames(world):
    teacher = await world.teacher()
    created, _ = await world.pupils(teacher, ["Zoë", "Łukasz"])
    assert created["pupils"][0]["username"][:3] == "zoe"
    assert created["pupils"][0]["display_name"] == "Zoë X."


async def test_teacher_resets_a_pupil_password_and_old_sessions_end(world):
    teacher = await world.teacher()
    created, [pupil] = await world.pupils(teacher, ["Anna"])
    pupil_id = created["pupils"][0]["id"]
    reset = await teacher.ok("POST", f"/api/pupils/{pupil_id}/password")
    assert (await pupil.ok("GET", "/api/session"))["user"] is None
    fresh = world.client()
    await fresh.login(created["pupils"][0]["username"], reset["password"])


async def test_suspended_pupil_cannot_log_in_until_reinstated(world):
    teacher = await world.teacher()
    created, [pupil] = await world.pupils(teacher, ["Anna"])
    info = created["pupils"][0]
    await teacher.ok("POST", f"/api/pupils/{info['id']}/suspend")
    assert (await pupil.ok("GET", "/api/session"))["user"] is None
    response = await world.client().post(
        "/api/session", json={"login": info["username"], "password": info["password"]}
    )
    assert response.json()["error"]["code"] == "account_suspended"
    await teacher.ok("POST", f"/api/pupils/{info['id']}/reinstate")
    await world.client().login(info["username"], info["password"])


async def test_teacher_cannot_manage_another_teachers_pupils(world):
    owner = await world.teacher()
    other = await world.teacher()
    created, _ = await world.pupils(owner, ["Anna"])
    response = await other.post(f"/api/pupils/{created['pupils'][0]['id']}/password")
    assert response.status_code == 404


async def test_pupil_cannot_create_classes(world):
    teacher = await world.teacher()
    _, [pupil] = await world.pupils(teacher, ["Anna"])
    response = await pupil.post("/api/classes", json={"name": "mine"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


async def test_error_messages_follow_the_users_language(world):
    teacher = await world.teacher()
    await teacher.ok("PUT", "/api/me/language", json={"language": "it"})
    response = await teacher.post("/api/pupils/999/suspend")
    assert response.json()["error"] == {
        "code": "not_found",
        "message": "Non abbiamo trovato quello che cerchi.",
    }
    anonymous = world.client()
    response = await anonymous.get("/api/spaces", headers={"accept-language": "it-IT,it;q=0.9"})
    assert response.json()["error"]["message"] == "Per favore, accedi prima."


@pytest.mark.parametrize(
    ("body", "field", "problem"),
    [
        (
            {
                "name": "A",
                "email": "a@x.example",
                "password": "long enough pw",
                "school_id": 1,
                "extra": 1,
            },
            "extra",
            "extra_forbidden",
        ),
        (
            {"name": 5, "email": "a@x.example", "password": "long enough pw", "school_id": 1},
            "name",
            "string_type",
        ),
        (
            {
                "name": "A" * 121,
                "email": "a@x.example",
                "password": "long enough pw",
                "school_id": 1,
            },
            "name",
            "string_too_long",
        ),
        (
            {"name": "A", "email": "not-an-address", "password": "long enough pw", "school_id": 1},
            "email",
            "string_pattern_mismatch",
        ),
        (
            {"name": "A", "email": "a@x.example", "password": "short", "school_id": 1},
            "password",
            "string_too_short",
        ),
        ({"email": "a@x.example", "password": "long enough pw", "school_id": 1}, "name", "missing"),
    ],
)
async def test_bad_registration_gets_an_invalid_error_naming_the_field(world, body, field, problem):
    response = await world.client().post("/api/teachers", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert {"field": field, "problem": problem} in error["fields"]
    assert field in error["message"]


async def test_body_that_is_not_json_is_invalid(world):
    response = await world.client().post(
        "/api/teachers", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["fields"] == [{"field": "body", "problem": "json_invalid"}]


async def test_oversized_body_is_refused(world):
    response = await world.client().post("/api/teachers", content=b"x" * 300_000)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


async def test_write_without_csrf_token_is_refused(world):
    teacher = await world.teacher()
    response = await teacher.http.post("/api/spaces", json={"title": "T"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "csrf_failed"


async def test_write_from_a_foreign_origin_is_refused(world):
    teacher = await world.teacher()
    response = await teacher.post(
        "/api/spaces", json={"title": "T"}, headers={"origin": "https://evil.example"}
    )
    assert response.json()["error"]["code"] == "csrf_failed"


async def test_unknown_route_answers_not_found_in_the_error_shape(world):
    response = await world.client().get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_pupils_start_in_their_teachers_language(world):
    teacher = await world.teacher()
    await teacher.ok("PUT", "/api/me/language", json={"language": "it"})
    teacher.user["language"] = "it"
    _, [pupil] = await world.pupils(teacher, ["Sofia"])
    assert (await pupil.ok("GET", "/api/session"))["user"]["language"] == "it"


async def test_server_lists_its_languages(world):
    assert await world.client().ok("GET", "/api/languages") == ["de", "en", "es", "fr", "it", "pl"]


async def test_wrong_method_and_unknown_api_path_answer_in_the_error_shape(world):
    client = world.client()
    response = await client.get("/api/teachers")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    response = await client.post("/api/no-such-thing", json={})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_unknown_language_names_the_field(world):
    teacher = await world.teacher()
    response = await teacher.put("/api/me/language", json={"language": "xx"})
    assert response.json()["error"]["fields"] == [{"field": "language", "problem": "unknown"}]
