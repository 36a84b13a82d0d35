"""Fixtures: a fresh database per test (SQLite or PostgreSQL), an app, API clients.

PostgreSQL is the real server at 127.0.0.1:5432. When it does not answer, the
tests that need it fail loudly; they are never skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from twinspace.app import create_app
from twinspace.config import Limit, Settings
from twinspace.storage.engine import create_engine
from twinspace.storage.migrate import upgrade
from twinspace.storage.models import Base

POSTGRES_ADMIN_URL = os.environ.get(
    "TWINSPACE_TEST_POSTGRES", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("TWINSPACE_TEST_REDIS", "redis://127.0.0.1:6379/0")


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    await upgrade(engine)
    await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (far faster than migrating)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    asyncio.run(_migrate(f"sqlite+aiosqlite:///{path}"))
    return path


async def _admin(statement: str) -> None:
    engine = create_engine(POSTGRES_ADMIN_URL)
    async with engine.connect() as conn:
        await (await conn.execution_options(isolation_level="AUTOCOMMIT")).execute(text(statement))
    await engine.dispose()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database of our own on the real PostgreSQL server, migrated once."""
    name = f"twinspace_test_{uuid.uuid4().hex[:10]}"
    try:
        asyncio.run(_admin(f"CREATE DATABASE {name}"))
    except OSError as error:
        pytest.fail(f"PostgreSQL does not answer at {POSTGRES_ADMIN_URL}: {error}")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    asyncio.run(_migrate(url))
    yield url
    asyncio.run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    """An empty database of our own (server processes migrate it themselves)."""
    name = f"twinspace_node_{uuid.uuid4().hex[:10]}"
    try:
        asyncio.run(_admin(f"CREATE DATABASE {name}"))
    except OSError as error:
        pytest.fail(f"PostgreSQL does not answer at {POSTGRES_ADMIN_URL}: {error}")
    yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    asyncio.run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


async def _empty(url: str) -> None:
    """Every table emptied and every id counting from 1 again, as in a new database.

    DELETE rather than TRUNCATE: a test leaves a few rows, and TRUNCATE makes new
    files for each of the tables and their indexes (a third of a second for all
    of them), where DELETE only marks the rows. One statement deletes from every
    table, so that the foreign keys (some of which go round in a circle, as a
    class's teacher and a pupil's class do) are checked once all rows are gone.
    """
    engine = create_engine(url)
    tables = [table.name for table in Base.metadata.sorted_tables]
    deletes = ", ".join(f"d{n} AS (DELETE FROM {name})" for n, name in enumerate(tables[1:]))
    async with engine.begin() as conn:
        await conn.execute(text(f"WITH {deletes} DELETE FROM {tables[0]}"))
        await conn.execute(text("SELECT setval(oid, 1, false) FROM pg_class WHERE relkind = 'S'"))
    await engine.dispose()


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """SQLite by default; tests marked ``backends`` also run on PostgreSQL."""
    if getattr(request, "param", "sqlite") == "postgresql":
        url = request.getfixturevalue("postgres_database")
        asyncio.run(_empty(url))
        return url
    path = tmp_path / "twinspace.db"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    return f"sqlite+aiosqlite:///{path}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``@pytest.mark.backends`` runs a test on SQLite and on PostgreSQL; with
    ``@pytest.mark.postgres_only`` too, on PostgreSQL alone."""
    if "database_url" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "backends"
    ):
        postgresql = pytest.param("postgresql", marks=pytest.mark.postgres)
        only = metafunc.definition.get_closest_marker("postgres_only")
        metafunc.parametrize(
            "database_url", [postgresql] if only else ["sqlite", postgresql], indirect=True
        )


def embedded_settings(data_dir: Path, database_url: str = "", **more: Any) -> Settings:
    """A test server's settings: its database (an SQLite file in ``data_dir`` unless
    given), the in-process broker, and argon2 at its lowest cost (tests check
    behaviour, not hashing strength)."""
    return Settings(
        data_dir=data_dir,
        database_url=database_url or f"sqlite+aiosqlite:///{data_dir / 'twinspace.db'}",
        broker_url="memory://",
        secret_key="test-secret",
        argon2_time_cost=1,
        argon2_memory_kib=64,
        **more,
    )


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return embedded_settings(
        tmp_path,
        database_url,
        # Small enough that a test can be "away too long" with a few writes.
        replay_limit=50,
        # Sockets of ended sessions close within half a second, not twenty.
        maintenance_seconds=0.5,
        # Tests write fast on purpose; the chat rate limit has its own test.
        content_limits={"chat.send": Limit(10_000, 10)},
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[Any]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


class ApiClient:
    """A browser-like API client: keeps its cookie and sends the CSRF token on writes."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.csrf = ""
        self.user: dict[str, Any] = {}
        self.password = ""  # to log in again on another "device"

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        headers = kwargs.pop("headers", {})
        if self.csrf:
            headers.setdefault("x-csrf-token", self.csrf)
        return await self.http.request(method, url, headers=headers, **kwargs)

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("POST", url, **kwargs)

    async def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("DELETE", url, **kwargs)

    async def login(self, login: str, password: str) -> dict[str, Any]:
        response = await self.post("/api/session", json={"login": login, "password": password})
        assert response.status_code == 200, response.text
        self.csrf = response.json()["csrf_token"]
        self.user = response.json()["user"]
        self.password = password
        return self.user

    async def ok(self, method: str, url: str, status: int = 200, **kwargs: Any) -> Any:
        response = await self.request(method, url, **kwargs)
        assert response.status_code == status, response.text
        return response.json()


class World:
    """Makes teachers, classes and spaces through the public API, as users would.

    In-process through ASGI by default; over real HTTP when given a ``base_url``.
    """

    def __init__(self, app: Any, base_url: str | None = None) -> None:
        self.app = app
        self.base_url = base_url
        self.clients: list[ApiClient] = []
        self._n = 0

    def client(self) -> ApiClient:
        if self.base_url is None:
            http = httpx.AsyncClient(
                transport=httpx.ASGITransport(app=self.app), base_url="http://testserver"
            )
        else:
            http = httpx.AsyncClient(base_url=self.base_url)
        client = ApiClient(http)
        self.clients.append(client)
        return client

    async def teacher(self, name: str = "", country: str = "IT", town: str = "") -> ApiClient:
        self._n += 1
        name = name or f"Teacher {self._n}"
        email = f"teacher{self._n}.{uuid.uuid4().hex[:6]}@school{self._n}.example"
        client = self.client()
        await client.ok(
            "POST",
            "/api/teachers",
            201,
            json={
                "name": name,
                "email": email,
                "password": "correct horse",
                "school": {
                    "name": f"School {self._n}",
                    "country": country,
                    "town": town or f"Town {self._n}",
                },
            },
        )
        await client.login(email, "correct horse")
        return client

    async def pupils(
        self, teacher: ApiClient, names: list[str], class_name: str = "3A"
    ) -> tuple[dict[str, Any], list[ApiClient]]:
        """A class made by ``teacher``; returns it and a logged-in client per pupil."""
        created = await teacher.ok(
            "POST",
            "/api/classes",
            201,
            json={
                "name": class_name,
                "pupils": [{"first_name": n, "last_initial": "X"} for n in names],
            },
        )
        clients = []
        for pupil in created["pupils"]:
            client = self.client()
            await client.login(pupil["username"], pupil["password"])
            clients.append(client)
        return created, clients

    async def space(self, teacher: ApiClient, title: str = "Water") -> dict[str, Any]:
        return await teacher.ok("POST", "/api/spaces", 201, json={"title": title})

    async def close(self) -> None:
        for client in self.clients:
            await client.http.aclose()


@pytest.fixture
async def world(app: Any) -> AsyncIterator[World]:
    w = World(app)
    yield w
    await w.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests last: Playwright's sync API keeps its own event loop running
    in the main thread for the rest of the session."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


async def create_staff(app: Any, client: ApiClient, kind: str) -> dict[str, Any]:
    """A platform moderator or admin (made as the CLI makes them), logged in on ``client``."""
    from twinspace.accounts import create_staff as make
    from twinspace.storage.models import AccountKind

    email = f"{kind}.{uuid.uuid4().hex[:6]}@platform.example"
    user = await make(
        app.state.runtime, AccountKind(kind), f"Platform {kind}", email, "staff password 1"
    )
    await client.login(email, "staff password 1")
    return user


@contextlib.contextmanager
def write_lock_held(database: str | Path) -> Iterator[None]:
    """Another program keeps the SQLite file's write lock until the block ends:
    the server's writes wait for it, and past their 5 s they give up."""
    path = make_url(database).database if isinstance(database, str) else str(database)
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()
