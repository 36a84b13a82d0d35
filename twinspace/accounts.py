"""Schools, teachers, pupil accounts made by teachers, platform staff, login.

Pupils have no e-mail: their teacher creates them in bulk, the server makes up a
username and a simple password, and shows the password once. Teachers reset
passwords and suspend pupils of their own classes.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import unicodedata
from typing import Annotated, Any

from argon2.exceptions import InvalidHashError, VerifyMismatchError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from twinspace import api
from twinspace.config import Limit
from twinspace.errors import AppError, Code, invalid
from twinspace.runtime import Runtime
from twinspace.sessions import (
    COOKIE_NAME,
    Viewer,
    close_all_sessions,
    close_session,
    open_session,
)
from twinspace.storage.models import (
    AccountKind,
    AccountStatus,
    AuditEntry,
    School,
    SchoolClass,
    User,
)

# Failed logins per account: enough for a pupil who mistypes a few times,
# far too few to guess even a simple generated password (10^6 combinations).
LOGIN_LIMIT_ACCOUNT = Limit(count=10, seconds=15 * 60)
# Per address: a whole school often shares one address, so this only stops
# one machine sweeping many accounts, not a class that mistypes.
LOGIN_LIMIT_ADDRESS = Limit(count=100, seconds=15 * 60)
# A class larger than this is almost certainly a paste error.
MAX_PUPILS_PER_REQUEST = 40

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, to_lower=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
    ),
]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class SchoolIn(Schema):
    name: Annotated[Text, StringConstraints(max_length=200)]
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    town: Annotated[Text, StringConstraints(max_length=120)]


class TeacherRegistration(Schema):
    name: Annotated[Text, StringConstraints(max_length=120)]
    email: Email
    password: Annotated[str, StringConstraints(min_length=10, max_length=200)]
    school_id: int | None = None
    school: SchoolIn | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "en"


class LoginIn(Schema):
    login: Annotated[Text, StringConstraints(max_length=254)]
    password: Annotated[str, StringConstraints(max_length=200)]


class PupilIn(Schema):
    first_name: Annotated[Text, StringConstraints(max_length=60)]
    last_initial: Annotated[str, StringConstraints(strip_whitespace=True, max_length=1)] = ""


class ClassIn(Schema):
    name: Annotated[Text, StringConstraints(max_length=80)]
    pupils: list[PupilIn] = Field(default_factory=list, max_length=MAX_PUPILS_PER_REQUEST)


class PupilsIn(Schema):
    pupils: list[PupilIn] = Field(min_length=1, max_length=MAX_PUPILS_PER_REQUEST)


class LanguageIn(Schema):
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


# ---------------------------------------------------------------- views


def user_view(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "kind": user.kind.value,
        "display_name": user.display_name,
        "username": user.username,
        "email": user.email,
        "language": user.language,
        "status": user.status.value,
        "school_id": user.school_id,
        "class_id": user.class_id,
    }


def school_view(school: School) -> dict[str, Any]:
    return {"id": school.id, "name": school.name, "country": school.country, "town": school.town}


# ---------------------------------------------------------------- passwords


async def hash_password(rt: Runtime, password: str) -> str:
    # argon2 takes tens of milliseconds on purpose: keep it off the event loop.
    return await asyncio.to_thread(rt.hasher.hash, password)


async def password_matches(rt: Runtime, password_hash: str, password: str) -> bool:
    try:
        return await asyncio.to_thread(rt.hasher.verify, password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False


# Short, concrete words a six-year-old can read and type on a tablet.
_COLOURS = ("red", "blue", "green", "gold", "pink", "grey", "navy", "lime", "teal", "plum")
_ANIMALS = (
    "cat", "dog", "fox", "owl", "bee", "cow", "pig", "hen", "elk", "yak",
    "bat", "ant", "emu", "eel", "ram", "seal", "frog", "duck", "goat", "lion",
)  # fmt: skip


def pupil_password() -> str:
    """Like ``bluefox4721``: 10 x 20 x 10^4 = 2,000,000 choices; logins are throttled."""
    return secrets.choice(_COLOURS) + secrets.choice(_ANIMALS) + f"{secrets.randbelow(10_000):04d}"


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


# ---------------------------------------------------------------- services


async def list_schools(rt: Runtime, country: str | None) -> list[dict[str, Any]]:
    async with rt.db() as db:
        query = select(School).order_by(School.country, School.name)
        if country:
            query = query.where(School.country == country.upper())
        return [school_view(s) for s in (await db.scalars(query.limit(500))).all()]


async def register_teacher(rt: Runtime, data: TeacherRegistration) -> dict[str, Any]:
    if (data.school_id is None) == (data.school is None):
        raise invalid("school", "one_of")
    if data.language not in rt.catalogues.languages:
        raise invalid("language", "unknown")
    password_hash = await hash_password(rt, data.password)
    try:
        async with rt.writes.begin() as db:
            if data.school is not None:
                school = School(**data.school.model_dump())
                db.add(school)
                await db.flush()
            else:
                found = await db.get(School, data.school_id)
                if found is None:
                    raise AppError(Code.not_found)
                school = found
            user = User(
                kind=AccountKind.teacher,
                display_name=data.name,
                email=data.email,
                password_hash=password_hash,
                language=data.language,
                school_id=school.id,
            )
            db.add(user)
            await db.flush()
            return {"user": user_view(user), "school": school_view(school)}
    except IntegrityError:
        raise AppError(Code.conflict) from None


async def create_staff(
    rt: Runtime, kind: AccountKind, name: str, email: str, password: str
) -> dict[str, Any]:
    """Platform moderators and administrators; made from the command line only."""
    if kind not in (AccountKind.moderator, AccountKind.admin):
        raise invalid("kind", "not_staff")
    password_hash = await hash_password(rt, password)
    try:
        async with rt.writes.begin() as db:
            user = User(
                kind=kind,
                display_name=name,
                email=email.lower(),
                password_hash=password_hash,
                language="en",
            )
            db.add(user)
            await db.flush()
            return user_view(user)
    except IntegrityError:
        raise AppError(Code.conflict) from None


async def _find_login(db: AsyncSession, login: str) -> User | None:
    column = User.email if "@" in login else User.username
    return await db.scalar(select(User).where(column == login.lower()))


async def login(rt: Runtime, data: LoginIn, address: str) -> tuple[dict[str, Any], str]:
    """Check the password; return (session info, cookie token)."""
    account_key = f"login:account:{data.login.lower()}"
    address_key = f"login:address:{address}"
    for key, limit in ((account_key, LOGIN_LIMIT_ACCOUNT), (address_key, LOGIN_LIMIT_ADDRESS)):
        wait = await rt.limiter.exceeded(key, limit)
        if wait is not None:
            raise AppError(Code.rate_limited, details={"retry_after": wait}, count=wait)
    async with rt.db() as db:
        user = await _find_login(db, data.login)
    if user is None or not await password_matches(rt, user.password_hash, data.password):
        await rt.limiter.hit(account_key, LOGIN_LIMIT_ACCOUNT)
        await rt.limiter.hit(address_key, LOGIN_LIMIT_ADDRESS)
        raise AppError(Code.bad_credentials)
    if user.status is AccountStatus.suspended:
        raise AppError(Code.account_suspended)
    await rt.limiter.reset(account_key)
    token, csrf = await open_session(rt, user.id)
    return {"user": user_view(user), "csrf_token": csrf}, token


async def set_language(rt: Runtime, viewer: Viewer, data: LanguageIn) -> dict[str, Any]:
    if data.language not in rt.catalogues.languages:
        raise invalid("language", "unknown")
    async with rt.writes.begin() as db:
        user = await db.get_one(User, viewer.user.id)
        user.language = data.language
        return user_view(user)


def require_teacher(viewer: Viewer) -> User:
    if viewer.user.kind is not AccountKind.teacher:
        raise AppError(Code.forbidden)
    return viewer.user


async def _add_pupils(
    db: AsyncSession, rt: Runtime, teacher: User, school_class: SchoolClass, pupils: list[PupilIn]
) -> list[dict[str, Any]]:
    """Pupils start in their teacher's language; each can change it later."""
    created = []
    for pupil in pupils:
        initial = pupil.last_initial.upper()
        display = f"{pupil.first_name} {initial}." if initial else pupil.first_name
        stem = (_ascii_slug(pupil.first_name) or "pupil")[:12] + _ascii_slug(initial)
        password = pupil_password()
        user = User(
            kind=AccountKind.pupil,
            display_name=display,
            username=await _free_username(db, stem),
            password_hash=await hash_password(rt, password),
            language=teacher.language,
            school_id=school_class.school_id,
            class_id=school_class.id,
        )
        db.add(user)
        await db.flush()
        created.append({**user_view(user), "password": password})
    return created


async def _free_username(db: AsyncSession, stem: str) -> str:
    """``stem`` and three digits; after a few taken tries, more digits (never loops forever)."""
    for attempt in range(30):
        digits = 3 if attempt < 10 else 6
        candidate = f"{stem}{secrets.randbelow(10**digits):0{digits}d}"
        if await db.scalar(select(func.count()).where(User.username == candidate)) == 0:
            return candidate
    raise AppError(Code.conflict)


async def create_class(rt: Runtime, viewer: Viewer, data: ClassIn) -> dict[str, Any]:
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        school_class = SchoolClass(
            name=data.name, school_id=teacher.school_id, teacher_id=teacher.id
        )
        db.add(school_class)
        await db.flush()
        pupils = await _add_pupils(db, rt, teacher, school_class, data.pupils)
        return {**class_view(school_class), "pupils": pupils}


def class_view(school_class: SchoolClass) -> dict[str, Any]:
    return {"id": school_class.id, "name": school_class.name, "teacher_id": school_class.teacher_id}


async def _own_class(db: AsyncSession, teacher: User, class_id: int) -> SchoolClass:
    found = await db.get(SchoolClass, class_id)
    if found is None or found.teacher_id != teacher.id:
        raise AppError(Code.not_found)
    return found


async def add_pupils(rt: Runtime, viewer: Viewer, class_id: int, data: PupilsIn) -> dict[str, Any]:
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        school_class = await _own_class(db, teacher, class_id)
        return {"pupils": await _add_pupils(db, rt, teacher, school_class, data.pupils)}


async def list_classes(rt: Runtime, viewer: Viewer) -> list[dict[str, Any]]:
    teacher = require_teacher(viewer)
    async with rt.db() as db:
        classes = (
            await db.scalars(
                select(SchoolClass)
                .where(SchoolClass.teacher_id == teacher.id)
                .order_by(SchoolClass.name)
            )
        ).all()
        pupils = (
            await db.scalars(
                select(User)
                .where(User.class_id.in_([c.id for c in classes]))
                .order_by(User.display_name)
            )
        ).all()
    return [
        {**class_view(c), "pupils": [user_view(p) for p in pupils if p.class_id == c.id]}
        for c in classes
    ]


async def _own_pupil(db: AsyncSession, teacher: User, pupil_id: int) -> User:
    pupil = await db.get(User, pupil_id)
    if pupil is None or pupil.kind is not AccountKind.pupil or pupil.class_id is None:
        raise AppError(Code.not_found)
    await _own_class(db, teacher, pupil.class_id)
    return pupil


async def reset_pupil_password(rt: Runtime, viewer: Viewer, pupil_id: int) -> dict[str, Any]:
    teacher = require_teacher(viewer)
    password = pupil_password()
    password_hash = await hash_password(rt, password)
    async with rt.writes.begin() as db:
        pupil = await _own_pupil(db, teacher, pupil_id)
        pupil.password_hash = password_hash
        view = {**user_view(pupil), "password": password}
    await close_all_sessions(rt, pupil_id)
    return view


async def set_pupil_status(
    rt: Runtime, viewer: Viewer, pupil_id: int, status: AccountStatus
) -> dict[str, Any]:
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        pupil = await _own_pupil(db, teacher, pupil_id)
        pupil.status = status
        db.add(
            AuditEntry(
                actor_id=teacher.id, action=f"pupil.{status.value}", target=f"user:{pupil.id}"
            )
        )
        view = user_view(pupil)
    if status is AccountStatus.suspended:
        await close_all_sessions(rt, pupil_id)
    return view


# ---------------------------------------------------------------- routes


def _set_cookie(request: Request, response: Response, token: str) -> None:
    settings = api.runtime(request).settings
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=settings.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies or request.url.scheme == "https",
    )


async def languages_endpoint(request: Request) -> Response:
    """The languages the server has catalogues for (a new catalogue file adds one)."""
    return api.ok(api.runtime(request).catalogues.languages)


async def schools_endpoint(request: Request) -> Response:
    return api.ok(await list_schools(api.runtime(request), request.query_params.get("country")))


async def register_endpoint(request: Request) -> Response:
    api.check_origin(request)
    data = await api.body(request, TeacherRegistration)
    return api.ok(await register_teacher(api.runtime(request), data), 201)


async def session_endpoint(request: Request) -> Response:
    rt = api.runtime(request)
    if request.method == "POST":
        api.check_origin(request)
        data = await api.body(request, LoginIn)
        address = request.client.host if request.client else "unknown"
        view, token = await login(rt, data, address)
        response = api.ok(view)
        _set_cookie(request, response, token)
        return response
    if request.method == "GET":
        # Not logged in is the normal state of a visitor, not an error.
        found = await api.optional_viewer(request)
        if found is None:
            return api.ok({"user": None, "csrf_token": None})
        return api.ok({"user": user_view(found.user), "csrf_token": found.csrf_token})
    await api.viewer(request)
    await close_session(rt, request.cookies[COOKIE_NAME])
    response = api.ok({"ok": True})
    response.delete_cookie(COOKIE_NAME)
    return response


async def language_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    data = await api.body(request, LanguageIn)
    return api.ok(await set_language(api.runtime(request), viewer, data))


async def classes_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    if request.method == "POST":
        return api.ok(await create_class(rt, viewer, await api.body(request, ClassIn)), 201)
    return api.ok(await list_classes(rt, viewer))


async def class_pupils_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    data = await api.body(request, PupilsIn)
    class_id = request.path_params["class_id"]
    return api.ok(await add_pupils(api.runtime(request), viewer, class_id, data), 201)


async def pupil_action_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    pupil_id = request.path_params["pupil_id"]
    action = request.path_params["action"]
    if action == "password":
        return api.ok(await reset_pupil_password(rt, viewer, pupil_id))
    if action == "suspend":
        return api.ok(await set_pupil_status(rt, viewer, pupil_id, AccountStatus.suspended))
    if action == "reinstate":
        return api.ok(await set_pupil_status(rt, viewer, pupil_id, AccountStatus.active))
    raise AppError(Code.not_found)


routes = [
    Route("/languages", languages_endpoint, methods=["GET"]),
    Route("/schools", schools_endpoint, methods=["GET"]),
    Route("/teachers", register_endpoint, methods=["POST"]),
    Route("/session", session_endpoint, methods=["GET", "POST", "DELETE"]),
    Route("/me/language", language_endpoint, methods=["PUT"]),
    Route("/classes", classes_endpoint, methods=["GET", "POST"]),
    Route("/classes/{class_id:int}/pupils", class_pupils_endpoint, methods=["POST"]),
    Route("/pupils/{pupil_id:int}/{action:str}", pupil_action_endpoint, methods=["POST"]),
]
