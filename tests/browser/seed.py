"""A partnership made over the HTTP API, for tests about what happens inside a space.

How teachers register, make classes and join spaces in the page is covered by
test_partnership.py and test_management.py; here it only has to exist.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from tests.browser.ui import ANNA, PASSWORD, PIOTR, Login, Teacher


@dataclass(frozen=True)
class Partnership:
    space_id: int
    title: str
    pupils: list[Login]
    pupil_ids: list[int]


def register(base_url: str, teacher: Teacher) -> None:
    school = {"name": teacher.school, "country": teacher.country, "town": teacher.town}
    response = httpx.post(
        f"{base_url}/api/teachers",
        json={"name": teacher.name, "email": teacher.email, "password": PASSWORD, "school": school},
    )
    response.raise_for_status()


def _ok(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()


@contextmanager
def _session(base_url: str, teacher: Teacher) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url) as client:
        login = {"login": teacher.email, "password": PASSWORD}
        client.headers["X-CSRF-Token"] = _ok(client.post("/api/session", json=login))["csrf_token"]
        yield client


def partnership(base_url: str, title: str, pupils: list[str]) -> Partnership:
    """Anna's space with Piotr as partner teacher and Anna's class of ``pupils``."""
    register(base_url, ANNA)
    register(base_url, PIOTR)
    with _session(base_url, ANNA) as anna, _session(base_url, PIOTR) as piotr:
        entries = [
            {"first_name": first, "last_initial": last} for first, last in map(str.split, pupils)
        ]
        made = _ok(anna.post("/api/classes", json={"name": "3A", "pupils": entries}))
        space = _ok(anna.post("/api/spaces", json={"title": title, "languages": ["en", "it"]}))
        _ok(anna.post(f"/api/spaces/{space['id']}/classes", json={"class_id": made["id"]}))
        code = _ok(anna.get(f"/api/spaces/{space['id']}/invitation"))["code"]
        _ok(piotr.post("/api/spaces/join", json={"code": code}))
    logins = [Login(p["display_name"], p["username"], p["password"]) for p in made["pupils"]]
    return Partnership(space["id"], title, logins, [p["id"] for p in made["pupils"]])


def school_class(base_url: str, teacher: Teacher, name: str, pupils: list[str]) -> None:
    """Another class of the teacher's, not in any space yet."""
    entries = [
        {"first_name": first, "last_initial": last} for first, last in map(str.split, pupils)
    ]
    with _session(base_url, teacher) as client:
        _ok(client.post("/api/classes", json={"name": name, "pupils": entries}))


def partner_class(
    base_url: str, teacher: Teacher, space_id: int, name: str, pupils: list[str]
) -> list[Login]:
    """A class of a partner teacher's, brought into the space; its pupils' logins."""
    entries = [
        {"first_name": first, "last_initial": last} for first, last in map(str.split, pupils)
    ]
    with _session(base_url, teacher) as client:
        made = _ok(client.post("/api/classes", json={"name": name, "pupils": entries}))
        _ok(client.post(f"/api/spaces/{space_id}/classes", json={"class_id": made["id"]}))
    return [Login(p["display_name"], p["username"], p["password"]) for p in made["pupils"]]


def chat_lines(base_url: str, teacher: Teacher, space_id: int, texts: list[str]) -> None:
    """Posts lines to the space's general room, as history for a page to load."""
    with _session(base_url, teacher) as client:
        for text in texts:
            _ok(client.post(f"/api/spaces/{space_id}/chat/general", json={"text": text}))


def second_space(base_url: str, teacher: Teacher, title: str) -> int:
    """Another space of the teacher's, with their first class in it; its id."""
    with _session(base_url, teacher) as client:
        first = _ok(client.get("/api/classes"))[0]
        space = _ok(client.post("/api/spaces", json={"title": title}))
        _ok(client.post(f"/api/spaces/{space['id']}/classes", json={"class_id": first["id"]}))
    return space["id"]


def pupil_line(base_url: str, pupil: Login, space_id: int, text: str) -> dict[str, Any]:
    """A pupil's line in the space's general room, as the server answered it."""
    with httpx.Client(base_url=base_url) as client:
        login = {"login": pupil.username, "password": pupil.password}
        client.headers["X-CSRF-Token"] = _ok(client.post("/api/session", json=login))["csrf_token"]
        return _ok(client.post(f"/api/spaces/{space_id}/chat/general", json={"text": text}))


def set_role(base_url: str, teacher: Teacher, space_id: int, user_id: int, role: str) -> None:
    with _session(base_url, teacher) as client:
        path = f"/api/spaces/{space_id}/members/{user_id}"
        _ok(client.patch(path, json={"role": role}))


def forum_topic(
    base_url: str, teacher: Teacher, space_id: int, discussion: str, title: str, body: str
) -> tuple[int, int]:
    """A discussion with one topic; (discussion id, topic id)."""
    with _session(base_url, teacher) as client:
        made = _ok(
            client.post("/api/forum/discussions", json={"space_id": space_id, "title": discussion})
        )
        topic = {"discussion_id": made["id"], "title": title, "body": body}
        started = _ok(client.post("/api/forum/threads", json=topic))
    return made["id"], started["thread"]["id"]


def forum_reply(base_url: str, teacher: Teacher, thread_id: int, body: str) -> None:
    """A reply sent to the API as it is, whatever the editor would have made of it."""
    with _session(base_url, teacher) as client:
        _ok(client.post("/api/forum/posts", json={"thread_id": thread_id, "body": body}))


def shared_page(
    base_url: str, teacher: Teacher, space_id: int, title: str, words: str, pupils_write: bool
) -> int:
    """A page whose document holds one paragraph of ``words`` (a Yjs update, as an
    editor sends it), open to pupils' writing or not; its id."""
    doc: Doc[XmlFragment] = Doc()
    root = doc.get("prosemirror", type=XmlFragment)
    with doc.transaction():
        root.children.append(XmlElement("paragraph", {}, [XmlText(words)]))
    update = base64.b64encode(doc.get_update()).decode("ascii")
    with _session(base_url, teacher) as client:
        made = _ok(client.post("/api/pages", json={"space_id": space_id, "title": title}))
        _ok(client.post("/api/pages/updates", json={"page_id": made["id"], "update": update}))
        if pupils_write:
            _ok(client.post("/api/pages/openings", json={"page_id": made["id"], "on": True}))
    return int(made["id"])


def _class_id(client: httpx.Client, space_id: int, name: str) -> int:
    classes = _ok(client.get(f"/api/spaces/{space_id}/postcards"))["classes"]
    return next(int(c["id"]) for c in classes if c["name"] == name)


def teachers_postcard(
    base_url: str, teacher: Teacher, space_id: int, to_class: str, message: str, picture: bytes
) -> int:
    """A card from a teacher to a partner class: a teacher's own card is delivered
    as soon as it is sent. Its id."""
    with _session(base_url, teacher) as client:
        upload = {"file": ("card.jpg", picture, "image/jpeg")}
        media = _ok(client.post(f"/api/spaces/{space_id}/media", files=upload, timeout=60))
        card = {
            "space_id": space_id,
            "media_id": media["id"],
            "message": message,
            "stamp": "sun",
            "to_class_id": _class_id(client, space_id, to_class),
        }
        made = _ok(client.post("/api/postcards", json=card))
        sent = _ok(client.post("/api/postcards/sendings", json={"card_id": made["id"]}))
        assert sent["state"] == "delivered", sent
    return int(made["id"])


def live_session(
    base_url: str,
    teacher: Teacher,
    space_id: int,
    title: str,
    starts_at: datetime,
    classes: list[str],
) -> None:
    """A live session an hour long, scheduled for the teacher's classes named."""
    with _session(base_url, teacher) as client:
        session = {
            "space_id": space_id,
            "title": title,
            "starts_at": starts_at.isoformat(),
            "ends_at": (starts_at + timedelta(hours=1)).isoformat(),
            "class_ids": [_class_id(client, space_id, name) for name in classes],
        }
        _ok(client.post("/api/live/sessions", json=session))
