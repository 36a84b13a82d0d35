"""The demo: two schools in two countries, a teacher and a class each, one space.

Built through the same service functions a teacher's browser calls. The demo's
passwords are fixed so its logins can be printed on every start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from twinspace import accounts, spaces
from twinspace.forums import DiscussionIn, ThreadIn, writes
from twinspace.live import lifecycle
from twinspace.live.schemas import ScheduleIn
from twinspace.pages import tree
from twinspace.pages.schemas import FlagIn, PageIn
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import User

# Printed on every start; like any teacher's, it passes the password rules.
TEACHER_PASSWORD = "rivers and bridges"
SPACE_TITLE = "Our Rivers, Our Towns"
# The demo's live session: tomorrow's second lesson in Firenze (and in Kraków).
SESSION_TITLE = "Our rivers, live"
DISCUSSION_TITLE = "Getting to know each other"
THREAD_TITLE = "Hello from Firenze!"
THREAD_BODY = (
    "<p>Ciao! We are class 2B from Firenze. Our river is the <strong>Arno</strong>, "
    "and the oldest bridge on it is the Ponte Vecchio.</p>"
    "<p>What is the river of your town? Does it have a bridge you like?</p>"
)
PAGE_TITLE = "Our two rivers"
SESSION_START = time(10, 0)
SESSION_ZONE = ZoneInfo("Europe/Rome")


@dataclass(frozen=True)
class DemoTeacher:
    name: str
    email: str
    school: accounts.SchoolIn
    class_name: str
    pupils: tuple[tuple[str, str, str], ...]  # first name, initial, fixed password
    language: str


TEACHERS = (
    DemoTeacher(
        name="Maria Rossi",
        email="maria.rossi@demo.example",
        school=accounts.SchoolIn(name="Scuola Media Dante Alighieri", country="IT", town="Firenze"),
        class_name="2B",
        pupils=(
            ("Giulia", "B", "redfox1111"),
            ("Luca", "M", "bluecat2222"),
            ("Sofia", "R", "greenowl3333"),
        ),
        language="it",
    ),
    DemoTeacher(
        name="Anna Kowalska",
        email="anna.kowalska@demo.example",
        school=accounts.SchoolIn(name="Szkoła Podstawowa nr 5", country="PL", town="Kraków"),
        class_name="6A",
        pupils=(
            ("Jan", "N", "goldbee4444"),
            ("Zofia", "W", "pinkhen5555"),
            ("Kacper", "L", "limeelk6666"),
        ),
        language="pl",
    ),
)


@dataclass(frozen=True)
class Login:
    who: str
    login: str
    password: str


async def seed(rt: Runtime) -> list[Login]:
    """Create the demo unless it exists; return its logins either way."""
    async with rt.db() as db:
        seeded = await db.scalar(select(User).where(User.email == TEACHERS[0].email))
    if seeded is None:
        await _create(rt)
    return await _logins(rt)


async def _viewer(rt: Runtime, email: str) -> Viewer:
    async with rt.db() as db:
        user = await db.scalar(select(User).where(User.email == email))
    assert user is not None
    return Viewer(user=user, csrf_token="")


async def _create(rt: Runtime) -> None:
    space_id = None
    invite_code = ""
    class_ids = []
    for teacher in TEACHERS:
        await accounts.register_teacher(
            rt,
            accounts.TeacherRegistration(
                name=teacher.name,
                email=teacher.email,
                password=TEACHER_PASSWORD,
                school=teacher.school,
                language=teacher.language,
            ),
        )
        viewer = await _viewer(rt, teacher.email)
        school_class = await accounts.create_class(
            rt,
            viewer,
            accounts.ClassIn(
                name=teacher.class_name,
                pupils=[
                    accounts.PupilIn(first_name=f, last_initial=i) for f, i, _ in teacher.pupils
                ],
            ),
        )
        if space_id is None:
            space = await spaces.create_space(
                rt,
                viewer,
                spaces.SpaceIn(
                    title=SPACE_TITLE,
                    languages=["en", "it", "pl"],
                    description="Partner classes in Firenze and Kraków compare "
                    "the rivers of their towns.",
                ),
            )
            space_id = space["id"]
            invite_code = (await spaces.invitation(rt, viewer, space_id))["code"]
        else:
            await spaces.join(rt, viewer, spaces.JoinIn(code=invite_code))
        await spaces.add_class(rt, viewer, space_id, spaces.AddClassIn(class_id=school_class["id"]))
        class_ids.append(school_class["id"])
        async with rt.writes.begin() as db:
            for pupil, (_, _, password) in zip(school_class["pupils"], teacher.pupils, strict=True):
                await db.execute(
                    update(User)
                    .where(User.id == pupil["id"])
                    .values(password_hash=await accounts.hash_password(rt, password))
                )
    assert space_id is not None
    first_teacher = await _viewer(rt, TEACHERS[0].email)
    await _schedule(rt, first_teacher, space_id, class_ids)
    await _welcome(rt, first_teacher, space_id)


async def _welcome(rt: Runtime, teacher: Viewer, space_id: int) -> None:
    """Something for the pupils to answer and to write, on their first visit."""
    discussion = await writes.create_discussion(
        rt, teacher, DiscussionIn(space_id=space_id, title=DISCUSSION_TITLE), None
    )
    await writes.create_thread(
        rt,
        teacher,
        ThreadIn(discussion_id=discussion["id"], title=THREAD_TITLE, body=THREAD_BODY),
        None,
    )
    page = await tree.create_page(rt, teacher, PageIn(space_id=space_id, title=PAGE_TITLE), None)
    await tree.open_to_pupils(rt, teacher, FlagIn(page_id=page["id"], on=True), None)


async def _schedule(rt: Runtime, teacher: Viewer, space_id: int, class_ids: list[int]) -> None:
    """A live session for both classes, in the space's calendar."""
    tomorrow = datetime.now(SESSION_ZONE).date() + timedelta(days=1)
    starts = datetime.combine(tomorrow, SESSION_START, SESSION_ZONE)
    session = ScheduleIn(
        space_id=space_id,
        title=SESSION_TITLE,
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        class_ids=class_ids,
    )
    await lifecycle.schedule(rt, teacher, session, None)


async def _logins(rt: Runtime) -> list[Login]:
    logins = []
    async with rt.db() as db:
        for teacher in TEACHERS:
            logins.append(Login(f"teacher, {teacher.school.town}", teacher.email, TEACHER_PASSWORD))
            owner = await db.scalar(select(User).where(User.email == teacher.email))
            assert owner is not None
            pupils = (
                await db.scalars(
                    select(User)
                    .where(User.school_id == owner.school_id, User.username.is_not(None))
                    .order_by(User.id)
                )
            ).all()
            for pupil, (_, _, password) in zip(pupils, teacher.pupils, strict=False):
                logins.append(
                    Login(
                        f"pupil {pupil.display_name}, {teacher.school.town}",
                        pupil.username or "",
                        password,
                    )
                )
    return logins
