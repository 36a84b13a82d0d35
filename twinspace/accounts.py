"""Schools, teachers, pupil accounts made by teachers, platform staff, login.

Pupils have no e-mail: their teacher creates them in bulk, the server makes up a
username and a simple password, and shows the password once. Teachers reset
passwords and suspend pupils of their own classes.
"""

from __future__ import annotations

import asyncio
import functools
import re
import secrets
import unicodedata
from collections.abc import Callable
from typing import Annotated, Any

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from pydantic import Field, StringConstraints
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from twinspace import api, passwords
from twinspace.api import ApiRoute, Operation
from twinspace.config import Limit
from twinspace.errors import AppError, Code, invalid, rate_limited
from twinspace.runtime import Runtime
from twinspace.schemas import NAME, NAME_OR_EMPTY, STRIPPED, Id, Query, Schema
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

# The name of the registrations' limit among the server's limits (config).
REGISTER_LIMIT = "teacher.register"
# Failed logins per address and login: ten tries for a pupil who mistypes,
# at school or at home; far too few to guess even a generated password.
LOGIN_LIMIT_PAIR = Limit(count=10, seconds=15 * 60)
# Failed logins per account from every address together: three addresses'
# worth (school, home, a phone), so no one address can lock an account out
# (its own pair limit stops it first), and a generated pupil password
# (2,000,000 choices) would take a crowd of addresses about a year on average.
LOGIN_LIMIT_ACCOUNT = Limit(count=30, seconds=15 * 60)
# An address is slowed, never blocked: a whole school often shares one. Its
# failures are counted over 15 minutes, and the first 100 cost nothing (a
# school of a thousand pupils who mistype at the start of a lesson).
LOGIN_ADDRESS_FREE = Limit(count=100, seconds=15 * 60)
# Each failure past those adds 50 ms to every login from the address, so the
# wait reaches its cap after 100 more: a script sweeping accounts from one
# address then gets about 12 tries a minute on each connection it holds open.
LOGIN_ADDRESS_STEP_SECONDS = 0.05
# At most 5 s: a teacher at a school whose address is being abused still logs
# in after a short wait, far below any browser's or proxy's timeout.
LOGIN_ADDRESS_MAX_SECONDS = 5.0
# A class larger than this is almost certainly a paste error.
MAX_PUPILS_PER_REQUEST = 40

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
# Like every trimmed text, an e-mail's length is checked as sent; the spaces
# around it go after, and the rest is lower-cased and must look like an address.
# Checked after the spaces go, the pattern would be left out of the API's
# description, so it is given to it as well.
Email = Annotated[
    str,
    StringConstraints(max_length=254),
    STRIPPED,
    StringConstraints(to_lower=True, pattern=EMAIL_PATTERN),
    Field(json_schema_extra={"pattern": EMAIL_PATTERN}),
]


class SchoolIn(Schema):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200), NAME]
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    town: Annotated[str, StringConstraints(min_length=1, max_length=120), NAME]


class TeacherRegistration(Schema):
    name: Annotated[str, StringConstraints(min_length=1, max_length=120), NAME]
    email: Email
    password: passwords.Password
    school_id: Id | None = None
    school: SchoolIn | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "en"


class LoginIn(Schema):
    login: Annotated[str, StringConstraints(min_length=1, max_length=254), STRIPPED]
    password: Annotated[str, StringConstraints(max_length=200)]


class PupilIn(Schema):
    first_name: Annotated[str, StringConstraints(min_length=1, max_length=60), NAME]
    last_initial: Annotated[str, StringConstraints(max_length=1), NAME_OR_EMPTY] = ""


class ClassIn(Schema):
    name: Annotated[str, StringConstraints(min_length=1, max_length=80), NAME]
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
        "class_account": user.class_account,
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


async def decoy_hash(rt: Runtime) -> str:
    """A hash of a random secret, at the cost the server gives every new hash.

    A login that names no account is checked against it, so that it takes as
    long as a wrong password for a real account: otherwise the answer's speed
    (about 5 ms against 180 ms) tells which usernames exist.
    """
    hasher = rt.hasher
    return await asyncio.to_thread(
        _decoy_hash,
        hasher.time_cost,
        hasher.memory_cost,
        hasher.parallelism,
        hasher.hash_len,
        hasher.salt_len,
        hasher.type,
    )


@functools.cache
def _decoy_hash(
    time_cost: int, memory_cost: int, parallelism: int, hash_len: int, salt_len: int, kind: Type
) -> str:
    hasher = PasswordHasher(time_cost, memory_cost, parallelism, hash_len, salt_len, type=kind)
    return hasher.hash(secrets.token_urlsafe(32))


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
    await passwords.refuse_weak(data.password, data.name, data.email)
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
    await passwords.refuse_weak(password, name, email)
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


async def set_password(rt: Runtime, user: User, password: str) -> None:
    """A new password chosen for an account (the command line's reset); it is logged
    out everywhere. A teacher's or staff member's must pass the password rules; a
    pupil's is whatever their teacher or an administrator found readable."""
    if user.kind is not AccountKind.pupil:
        await passwords.refuse_weak(password, user.display_name, user.email or "")
    password_hash = await hash_password(rt, password)
    async with rt.writes.begin() as db:
        (await db.get_one(User, user.id)).password_hash = password_hash
    await close_all_sessions(rt, user.id)


async def _find_login(db: AsyncSession, login: str) -> User | None:
    column = User.email if "@" in login else User.username
    return await db.scalar(select(User).where(column == login.lower()))


def address_delay(failures: int) -> float:
    """Seconds each login from an address waits, after ``failures`` from it in its window."""
    extra = max(0, failures - LOGIN_ADDRESS_FREE.count)
    return min(LOGIN_ADDRESS_MAX_SECONDS, extra * LOGIN_ADDRESS_STEP_SECONDS)


async def login(rt: Runtime, data: LoginIn, address: str) -> tuple[dict[str, Any], str]:
    """Check the password; return (session info, cookie token).

    Known and unknown logins, suspended accounts too, cost one password check
    each and are counted alike, so nothing here tells whether an account exists.
    """
    name = data.login.lower()
    pair_key = f"login:pair:{address} {name}"  # an address has no space in it
    account_key = f"login:account:{name}"
    address_key = f"login:address:{address}"
    for key, limit in ((pair_key, LOGIN_LIMIT_PAIR), (account_key, LOGIN_LIMIT_ACCOUNT)):
        wait = await rt.limiter.exceeded(key, limit)
        if wait is not None:
            raise rate_limited(wait)
    delay = address_delay(await rt.limiter.count(address_key, LOGIN_ADDRESS_FREE))
    if delay:
        await asyncio.sleep(delay)
    # Asked on every path, so the one-off cost of making it falls on whichever
    # login comes first, not on the first unknown one.
    decoy = await decoy_hash(rt)
    async with rt.db() as db:
        user = await _find_login(db, data.login)
    matches = await password_matches(rt, user.password_hash if user else decoy, data.password)
    if user is None or not matches:
        await rt.limiter.hit(pair_key, LOGIN_LIMIT_PAIR)
        await rt.limiter.hit(account_key, LOGIN_LIMIT_ACCOUNT)
        await rt.limiter.hit(address_key, LOGIN_ADDRESS_FREE)
        raise AppError(Code.bad_credentials)
    if user.status is AccountStatus.suspended:
        raise AppError(Code.account_suspended)
    await rt.limiter.reset(pair_key, LOGIN_LIMIT_PAIR)
    await rt.limiter.reset(account_key, LOGIN_LIMIT_ACCOUNT)
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
    created = []
    for pupil in pupils:
        initial = pupil.last_initial.upper()
        display = f"{pupil.first_name} {initial}." if initial else pupil.first_name
        stem = (_ascii_slug(pupil.first_name) or "pupil")[:12] + _ascii_slug(initial)
        created.append(await _new_pupil(db, rt, teacher, school_class, display, stem))
    return created


async def _new_pupil(
    db: AsyncSession,
    rt: Runtime,
    teacher: User,
    school_class: SchoolClass,
    display_name: str,
    stem: str,
    class_account: bool = False,
) -> dict[str, Any]:
    """A pupil account of the class, with its one-time password. Pupils start in
    their teacher's language; each can change it later."""
    password = pupil_password()
    user = User(
        kind=AccountKind.pupil,
        display_name=display_name,
        username=await _free_username(db, stem),
        password_hash=await hash_password(rt, password),
        language=teacher.language,
        school_id=school_class.school_id,
        class_id=school_class.id,
        class_account=class_account,
    )
    db.add(user)
    await db.flush()
    return {**user_view(user), "password": password}


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


async def create_class_account(rt: Runtime, viewer: Viewer, class_id: int) -> dict[str, Any]:
    """The class's own account, for the whole class at one projector in a live session.

    A pupil account like the others (screened, muted, suspended as pupils are),
    flagged so that rooms show it as the class; it votes once, for the class.
    Made by the class's teacher, one per class; it joins the teacher's spaces
    with the class (``POST /api/spaces/{id}/classes``), like a new pupil.
    """
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        school_class = await _own_class(db, teacher, class_id)
        existing = await db.scalar(
            select(func.count()).where(User.class_id == class_id, User.class_account.is_(True))
        )
        if existing:
            raise AppError(Code.conflict, details={"reason": "class_account.exists"})
        stem = "class" + _ascii_slug(school_class.name)[:12]
        return await _new_pupil(db, rt, teacher, school_class, school_class.name, stem, True)


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


class SchoolsQuery(Query):
    country: str | None = None  # two letters, in any case; anything else finds none


def _set_cookie(call: api.Call, token: str) -> Callable[[Response], None]:
    settings = call.rt.settings
    secure = settings.secure_cookies or call.request.url.scheme == "https"

    def finish(response: Response) -> None:
        response.set_cookie(
            COOKIE_NAME,
            token,
            max_age=settings.session_hours * 3600,
            httponly=True,
            samesite="lax",
            secure=secure,
        )

    return finish


async def languages_endpoint(call: api.Call) -> list[str]:
    """The languages the server has catalogues for (a new catalogue file adds one)."""
    return call.rt.catalogues.languages


async def schools_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """The schools a registering teacher may join, by country and name."""
    return await list_schools(call.rt, call.query.country)


async def register_endpoint(call: api.Call) -> dict[str, Any]:
    """A teacher registers, at an existing school or a new one."""
    client = call.request.client
    await _registration_allowed(call.rt, client.host if client else "unknown")
    return await register_teacher(call.rt, call.body)


async def _registration_allowed(rt: Runtime, address: str) -> None:
    """``rate_limited`` past the registrations an address may make in a while:
    each one costs a password check and an argon2 hash, and makes an account."""
    limit = rt.settings.content_limits.get(REGISTER_LIMIT)
    if limit is None:
        return
    wait = await rt.limiter.take(f"register:{address}", limit)
    if wait is not None:
        raise rate_limited(wait)


async def login_endpoint(call: api.Call) -> dict[str, Any]:
    """Log in: the session cookie, and the CSRF token for writes."""
    client = call.request.client
    view, token = await login(call.rt, call.body, client.host if client else "unknown")
    call.finishing.append(_set_cookie(call, token))
    return view


async def logout_endpoint(call: api.Call) -> dict[str, Any]:
    """Log out: this session ends, and its sockets close."""
    await close_session(call.rt, call.request.cookies[COOKIE_NAME])
    call.finishing.append(lambda response: response.delete_cookie(COOKIE_NAME))
    return {"ok": True}


async def session_endpoint(call: api.Call) -> dict[str, Any]:
    """Who is logged in, and the session's CSRF token; nobody (nulls) for a visitor:
    not being logged in is the normal state of a visitor, not an error."""
    found = await api.optional_viewer(call.request)
    if found is None:
        return {"user": None, "csrf_token": None}
    return {"user": user_view(found.user), "csrf_token": found.csrf_token}


async def language_endpoint(call: api.Call) -> dict[str, Any]:
    """Change one's own language."""
    return await set_language(call.rt, call.viewer, call.body)


async def classes_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """A teacher's classes, with their pupils."""
    return await list_classes(call.rt, call.viewer)


async def class_account_endpoint(call: api.Call) -> dict[str, Any]:
    """The class's own account, for the whole class at one projector in a live session."""
    return await create_class_account(call.rt, call.viewer, call.path["class_id"])


async def create_class_endpoint(call: api.Call) -> dict[str, Any]:
    """A new class, with pupil accounts and their first passwords (shown once)."""
    return await create_class(call.rt, call.viewer, call.body)


async def class_pupils_endpoint(call: api.Call) -> dict[str, Any]:
    """More pupils in one of the teacher's classes."""
    return await add_pupils(call.rt, call.viewer, call.path["class_id"], call.body)


async def pupil_password_endpoint(call: api.Call) -> dict[str, Any]:
    """A pupil's new password (shown once); their sessions end."""
    return await reset_pupil_password(call.rt, call.viewer, call.path["pupil_id"])


async def suspend_pupil_endpoint(call: api.Call) -> dict[str, Any]:
    """Suspend a pupil: they cannot log in, and their sessions end."""
    pupil_id = call.path["pupil_id"]
    return await set_pupil_status(call.rt, call.viewer, pupil_id, AccountStatus.suspended)


async def reinstate_pupil_endpoint(call: api.Call) -> dict[str, Any]:
    """Let a suspended pupil log in again."""
    pupil_id = call.path["pupil_id"]
    return await set_pupil_status(call.rt, call.viewer, pupil_id, AccountStatus.active)


# A pupil made with a class or added to one: its ids, for the operations taking them.
_PUPIL = {"pupil_id": "/pupils/0/id", "user_id": "/pupils/0/id"}

routes = [
    ApiRoute("/languages", get=Operation(languages_endpoint, public=True)),
    ApiRoute("/schools", get=Operation(schools_endpoint, query=SchoolsQuery, public=True)),
    ApiRoute(
        "/teachers",
        post=Operation(register_endpoint, body=TeacherRegistration, status=201, public=True),
    ),
    ApiRoute(
        "/session",
        get=Operation(session_endpoint, public=True),
        post=Operation(login_endpoint, body=LoginIn, public=True),
        delete=logout_endpoint,
    ),
    ApiRoute("/me/language", put=Operation(language_endpoint, body=LanguageIn)),
    ApiRoute(
        "/classes",
        get=classes_endpoint,
        post=Operation(
            create_class_endpoint, body=ClassIn, status=201, gives={"class_id": "/id", **_PUPIL}
        ),
    ),
    ApiRoute(
        "/classes/{class_id:id}/pupils",
        post=Operation(class_pupils_endpoint, body=PupilsIn, status=201, gives=_PUPIL),
    ),
    ApiRoute(
        "/classes/{class_id:id}/class-account",
        post=Operation(class_account_endpoint, status=201),
    ),
    ApiRoute("/pupils/{pupil_id:id}/password", post=pupil_password_endpoint),
    ApiRoute("/pupils/{pupil_id:id}/suspend", post=suspend_pupil_endpoint),
    ApiRoute("/pupils/{pupil_id:id}/reinstate", post=reinstate_pupil_endpoint),
]
