"""Teachers register and log in; pupils are made by their teacher and log in without e-mail."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher, extract_parameters

from tests.conftest import REDIS_URL, ApiClient, World, write_lock_held
from twinspace import cli
from twinspace.app import create_app
from twinspace.config import Limit, Settings


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


async def test_one_address_registers_so_many_teachers_an_hour(world, app):
    rt = app.state.runtime
    rt.settings = rt.settings.with_(content_limits={"teacher.register": Limit(3, 3600)})
    for n in range(3):
        await world.teacher(f"Teacher {n}")
    client = world.client()
    refused = await client.post(
        "/api/teachers",
        json={
            "name": "One Too Many",
            "email": "many@school.example",
            "password": "correct horse",
            "school": {"name": "School", "country": "IT", "town": "Roma"},
        },
    )
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert 0 < refused.json()["error"]["retry_after"] <= 3600
    login = {"login": "many@school.example", "password": "correct horse"}
    assert (await client.post("/api/session", json=login)).status_code == 401  # never made


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


class CountingHasher:
    """The server's own hasher, keeping each hash a password was checked against."""

    def __init__(self, hasher: PasswordHasher) -> None:
        self.hasher = hasher
        self.checked: list[str] = []

    def verify(self, password_hash: str, password: str) -> bool:
        self.checked.append(password_hash)
        return self.hasher.verify(password_hash, password)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.hasher, name)


async def test_unknown_logins_cost_one_password_check_like_known_ones(app, world):
    """A wrong password for a real pupil costs one argon2 check; an unknown
    username used to cost none, and so told which usernames exist."""
    teacher = await world.teacher()
    created, _ = await world.pupils(teacher, ["Giulia", "Luca"])
    giulia, luca = created["pupils"]
    await teacher.ok("POST", f"/api/pupils/{luca['id']}/suspend")
    counting = CountingHasher(app.state.runtime.hasher)
    app.state.runtime.hasher = counting
    attempts = {
        "real username, wrong password": (giulia["username"], "wrong password", 401),
        "unknown username": ("giuliab999999", "wrong password", 401),
        "real e-mail, wrong password": (teacher.user["email"], "wrong password", 401),
        "unknown e-mail": ("nobody@school.example", "wrong password", 401),
        "suspended, wrong password": (luca["username"], "wrong password", 401),
        "suspended, right password": (luca["username"], luca["password"], 403),
    }
    cost = None
    for what, (login, password, status) in attempts.items():
        counting.checked.clear()
        response = await world.client().post(
            "/api/session", json={"login": login, "password": password}
        )
        assert response.status_code == status, what
        assert len(counting.checked) == 1, what
        # The same argon2 type, memory, time and parallelism: the same cost.
        parameters = extract_parameters(counting.checked[0])
        assert parameters == (cost or parameters), what
        cost = parameters


def client_at(world: World, address: str) -> ApiClient:
    """A client whose requests come from ``address`` (a school's shared address)."""
    transport = httpx.ASGITransport(app=world.app, client=(address, 50000))
    client = ApiClient(httpx.AsyncClient(transport=transport, base_url="http://testserver"))
    world.clients.append(client)
    return client


async def try_login(client: ApiClient, login: str, password: str) -> httpx.Response:
    return await client.post("/api/session", json={"login": login, "password": password})


@pytest.fixture(params=["memory://", pytest.param(REDIS_URL, marks=pytest.mark.redis, id="redis")])
async def counted(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[World]:
    """A world whose login counters are in-process, or in Redis as on several processes."""
    namespace = f"test-{uuid.uuid4().hex[:8]}"
    app = create_app(settings.with_(broker_url=request.param, redis_namespace=namespace))
    async with app.router.lifespan_context(app):
        world = World(app)
        yield world
        await world.close()


async def test_ten_failures_from_one_address_stop_that_address_for_that_login(counted):
    teacher = await counted.teacher()
    email = teacher.user["email"]
    school = client_at(counted, "198.51.100.7")
    for _ in range(10):
        assert (await try_login(school, email, "wrong password")).status_code == 401
    response = await try_login(school, email, "correct horse")
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
    assert int(response.headers["retry-after"]) > 0
    # The account itself is not locked: its teacher logs in from home.
    home = client_at(counted, "203.0.113.20")
    assert (await try_login(home, email, "correct horse")).status_code == 200


async def test_thirty_failures_from_anywhere_stop_the_account(counted):
    teacher = await counted.teacher()
    email = teacher.user["email"]
    for n in range(3):
        guesser = client_at(counted, f"192.0.2.{n + 1}")
        for _ in range(10):
            assert (await try_login(guesser, email, "wrong password")).status_code == 401
    response = await try_login(client_at(counted, "203.0.113.20"), email, "correct horse")
    assert response.status_code == 429


async def test_a_busy_school_address_does_not_lock_its_teacher_out(counted):
    """A hundred failures from a school's address (pupils mistyping, or one of
    them trying names) used to refuse every login from it for 15 minutes; now
    its logins are slowed (here by a tenth of a second) and go through."""
    teacher = await counted.teacher()
    school = client_at(counted, "198.51.100.7")
    for n in range(102):
        response = await try_login(school, f"pupil{n // 10}x123", "wrong password")
        assert response.status_code == 401
    response = await try_login(school, teacher.user["email"], "correct horse")
    assert response.status_code == 200


async def test_a_right_password_clears_the_failures_of_that_login(counted):
    """Nine slips, then the right password, four times over: 36 failures, never
    ten in a row, so neither the pair's nor the account's limit is reached."""
    created, _ = await counted.pupils(await counted.teacher(), ["Anna"])
    anna = created["pupils"][0]
    tablet = client_at(counted, "198.51.100.7")
    for _ in range(4):
        for _ in range(9):
            response = await try_login(tablet, anna["username"], "wrong password")
            assert response.status_code == 401
        assert (await try_login(tablet, anna["username"], anna["password"])).status_code == 200


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


async def test_names_lose_what_would_disguise_them_on_the_partners_screens(world):
    """A right-to-left override turns the rest of a chat line around, a zero-width
    space is an initial nobody sees, a line break splits a list: none is kept."""
    teacher = await world.teacher("Anna\u202e Nowak\u200b")
    assert teacher.user["display_name"] == "Anna Nowak"
    created = await teacher.ok(
        "POST",
        "/api/classes",
        201,
        json={
            "name": "3A\n\u2066Kraków\u2069\x07",
            "pupils": [{"first_name": "Zo\u0065\u0308\u202e", "last_initial": "\u200b"}],
        },
    )
    assert created["name"] == "3A Kraków"
    assert created["pupils"][0]["display_name"] == "Zoë"
    invisible = await teacher.post(
        "/api/classes", json={"name": "4B", "pupils": [{"first_name": "\u200b\u202e"}]}
    )
    assert invisible.status_code == 422
    assert invisible.json()["error"]["fields"] == [
        {"field": "pupils.0.first_name", "problem": "string_too_short"}
    ]


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


def address_of(length: int) -> str:
    """An e-mail address of ``length`` characters, at a school's domain."""
    domain = "@scuola.example"
    return "m" * (length - len(domain)) + domain


async def test_an_address_too_long_as_sent_is_refused_though_its_spaces_would_make_it_fit(world):
    client = world.client()
    padded = " " + address_of(254) + " "
    response = await client.post("/api/teachers", json=registration(GOOD_PASSWORD, padded))
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["fields"] == [{"field": "email", "problem": "string_too_long"}]
    assert "email" in error["message"]
    # Nothing was stored: the address as it fits registers.
    await client.ok("POST", "/api/teachers", 201, json=registration(GOOD_PASSWORD, address_of(254)))


async def test_an_address_with_spaces_around_it_is_kept_without_them_in_lower_case(world):
    client = world.client()
    sent = registration(GOOD_PASSWORD, "  Maria.Rossi@Scuola.Example\t")
    registered = await client.ok("POST", "/api/teachers", 201, json=sent)
    assert registered["user"]["email"] == "maria.rossi@scuola.example"
    login = {"login": "maria.rossi@scuola.example", "password": GOOD_PASSWORD}
    session = await client.ok("POST", "/api/session", json=login)
    assert session["user"]["id"] == registered["user"]["id"]


async def test_an_address_of_the_longest_length_registers_and_logs_in(world):
    client = world.client()
    address = address_of(254)
    sent = registration(GOOD_PASSWORD, address)
    registered = await client.ok("POST", "/api/teachers", 201, json=sent)
    assert registered["user"]["email"] == address
    login = {"login": " " + address.upper(), "password": GOOD_PASSWORD}
    refused = await client.post("/api/session", json=login)
    assert refused.status_code == 422
    assert refused.json()["error"]["fields"] == [{"field": "login", "problem": "string_too_long"}]
    login = {"login": address.upper(), "password": GOOD_PASSWORD}
    session = await client.ok("POST", "/api/session", json=login)
    assert session["user"]["id"] == registered["user"]["id"]


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


GOOD_PASSWORD = "Firenze incontra Cracovia"


def registration(password: str, email: str = "maria.rossi@scuola.example") -> dict[str, Any]:
    return {
        "name": "Maria Rossi",
        "email": email,
        "password": password,
        "school": {"name": "Scuola Dante", "country": "IT", "town": "Firenze"},
    }


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("aaaaaaaaaa", "repetitive"),
        ("1234567890", "common"),
        ("password12", "common"),
        ("abcdefghij", "sequential"),
        ("MariaRossi1", "personal"),
        ("twinspace2024", "personal"),
    ],
)
async def test_guessable_teacher_password_is_refused_with_a_reason(world, password, problem):
    client = world.client()
    response = await client.post(
        "/api/teachers", json=registration(password), headers={"accept-language": "it"}
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["fields"] == [{"field": "password", "problem": problem}]
    # A catalogue key the page shows under the field, in the teacher's language.
    assert error["reason"] == f"password.{problem}"
    assert "password" in error["message"]
    # Nothing was stored: the same e-mail registers with a good password.
    await client.ok("POST", "/api/teachers", 201, json=registration("Firenze incontra Cracovia"))


def test_command_line_refuses_a_guessable_staff_password(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TWINSPACE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TWINSPACE_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    staff = ["users", "create-staff", "--kind", "admin", "--name", "Ada Admin"]
    staff += ["--email", "ada@platform.example", "--password"]
    with pytest.raises(SystemExit) as refused:
        cli.main([*staff, "adaadmin2024"])
    assert str(refused.value).startswith("error: invalid password (personal): This password")
    cli.main([*staff, "quiet harbour lights"])
    assert "created admin account ada@platform.example" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        cli.main(
            [
                "users",
                "reset-password",
                "--login",
                "ada@platform.example",
                "--password",
                "password12",
            ]
        )
    assert "password (common)" in str(refused.value)


async def test_a_login_the_database_cannot_take_in_time_is_told_to_try_again(world, settings):
    """Every class logging in at once after a restart: a login that waits past the
    database's lock wait is answered ``busy`` with when to try again, not a crash,
    and the next try, once the database is free, logs in."""
    teacher = await world.teacher("Ada")
    credentials = {"login": teacher.user["email"], "password": teacher.password}
    with write_lock_held(settings.database_url):
        refused = await world.client().post("/api/session", json=credentials)
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "busy"
    assert refused.headers["retry-after"] == "1"
    again = world.client()
    await again.ok("POST", "/api/session", json=credentials)
    assert (await again.ok("GET", "/api/session"))["user"]["display_name"] == "Ada"
