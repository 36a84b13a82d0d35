"""Seed a database for a workload, before the server starts, through the service functions.

Each space gets one teacher and ``members - 1`` pupils, in classes of at most
40 (the most one request may create), or of ``class_size``. Everyone gets the
same known password, so the load generator can log any of them in. With
``--threads``, the teacher also opens a discussion and a thread in its forum,
for the workloads that post replies; with ``--pages``, a shared page open to
pupils, already holding a page of text, for the workloads that type into it.
The space ids, thread and page ids and logins go to a JSON file the load
generator reads.

    python -m bench.seed --database-url sqlite+aiosqlite:///bench.db \
        --spaces 50 --members 30 --threads --out seed.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import string
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import update

from bench.corpus import Corpus
from bench.pages import paragraphs_of
from twinspace import accounts, spaces
from twinspace.app import build_runtime
from twinspace.config import Settings
from twinspace.forums import DiscussionIn, ThreadIn, writes
from twinspace.pages import tree
from twinspace.pages.schemas import FlagIn, PageIn
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.migrate import upgrade
from twinspace.storage.models import PageDocument, User

# Teachers' passwords must pass the password rules (twinspace/passwords.py),
# which refuse the word "bench" of their e-mail; pupils get the same one.
PASSWORD = "many rivers to cross"
# Seeding measures nothing about hashing: the lowest argon2 cost makes 10,000
# accounts a matter of seconds. Logins verify with the cost stored in each
# hash, so the server's logins during a run are cheap too.
ARGON2_TIME_COST, ARGON2_MEMORY_KIB = 1, 64
# The thread a space's replies go to, opened by its teacher.
DISCUSSION_TITLE = "Our project"
THREAD_TITLE = "Our towns, in our own words"
THREAD_BODY = (
    "<p>Tell your partners about your town: what you like there, what you eat, "
    "what you do after school. <strong>Write in your own language</strong>, we will "
    "translate together.</p>"
)
# The shared page the typists of a space type into, and what it holds before:
# a page a class has been writing for a while, about a thousand words.
PAGE_TITLE = "Our towns"
PAGE_TEXT_CHARS = 6000


@dataclass(frozen=True)
class SeedLogin:
    login: str
    password: str


@dataclass(frozen=True)
class SeededSpace:
    """A space, its members' logins (the teacher first), and its forum thread if seeded."""

    id: int
    logins: tuple[SeedLogin, ...]
    thread_id: int | None = None
    page_id: int | None = None


def seed_settings(database_url: str, data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        broker_url="memory://",
        secret_key="bench-seed",
        argon2_time_cost=ARGON2_TIME_COST,
        argon2_memory_kib=ARGON2_MEMORY_KIB,
    )


async def seed(
    settings: Settings,
    space_count: int,
    members: int,
    threads: bool = False,
    pages: bool = False,
    class_size: int = accounts.MAX_PUPILS_PER_REQUEST,
) -> list[SeededSpace]:
    """Migrate the database, then add ``space_count`` spaces of ``members`` accounts each,
    their pupils in classes of ``class_size`` (and a forum thread in each, with ``threads``;
    a shared page, with ``pages``)."""
    if members < 1:
        raise ValueError("a space has at least its teacher")
    if not 0 < class_size <= accounts.MAX_PUPILS_PER_REQUEST:
        raise ValueError(f"a class is made of 1 to {accounts.MAX_PUPILS_PER_REQUEST} pupils")
    rt = build_runtime(settings)
    try:
        await upgrade(rt.engine)
        password_hash = await accounts.hash_password(rt, PASSWORD)
        return [
            await _space(rt, number, members, password_hash, threads, pages, class_size)
            for number in range(space_count)
        ]
    finally:
        await rt.close()


async def _space(
    rt: Runtime,
    number: int,
    members: int,
    password_hash: str,
    threads: bool,
    pages: bool,
    class_size: int,
) -> SeededSpace:
    email = f"teacher{number}@bench.example"
    registered = await accounts.register_teacher(
        rt,
        accounts.TeacherRegistration(
            name=f"Teacher {number}",
            email=email,
            password=PASSWORD,
            school=accounts.SchoolIn(name=f"Bench school {number}", country="IT", town="Bench"),
        ),
    )
    async with rt.db() as db:
        teacher = await db.get_one(User, registered["user"]["id"])
    viewer = Viewer(user=teacher, csrf_token="")
    space = await spaces.create_space(rt, viewer, spaces.SpaceIn(title=f"Bench space {number}"))
    usernames: list[str] = []
    class_ids: list[int] = []
    for start in range(0, members - 1, class_size):
        count = min(class_size, members - 1 - start)
        school_class = await accounts.create_class(
            rt,
            viewer,
            accounts.ClassIn(
                name=f"Class {number}-{len(class_ids)}", pupils=_pupils(number, start, count)
            ),
        )
        await spaces.add_class(
            rt, viewer, space["id"], spaces.AddClassIn(class_id=school_class["id"])
        )
        class_ids.append(school_class["id"])
        usernames.extend(pupil["username"] for pupil in school_class["pupils"])
    if class_ids:
        # The generated passwords were shown once and are gone: set the known one.
        async with rt.writes.begin() as db:
            await db.execute(
                update(User).where(User.class_id.in_(class_ids)).values(password_hash=password_hash)
            )
    logins = (SeedLogin(email, PASSWORD), *(SeedLogin(u, PASSWORD) for u in usernames))
    thread_id = await _thread(rt, viewer, space["id"]) if threads else None
    page_id = await _page(rt, viewer, space["id"]) if pages else None
    return SeededSpace(space["id"], logins, thread_id, page_id)


async def _thread(rt: Runtime, teacher: Viewer, space_id: int) -> int:
    discussion = await writes.create_discussion(
        rt, teacher, DiscussionIn(space_id=space_id, title=DISCUSSION_TITLE), None
    )
    opened = await writes.create_thread(
        rt,
        teacher,
        ThreadIn(discussion_id=discussion["id"], title=THREAD_TITLE, body=THREAD_BODY),
        None,
    )
    return int(opened["thread"]["id"])


async def _page(rt: Runtime, teacher: Viewer, space_id: int) -> int:
    """A page open to pupils, its document already a page of pupils' lines."""
    made = await tree.create_page(rt, teacher, PageIn(space_id=space_id, title=PAGE_TITLE), None)
    await tree.open_to_pupils(rt, teacher, FlagIn(page_id=made["id"], on=True), None)
    corpus = Corpus(space_id)
    lines: list[str] = []
    while sum(map(len, lines)) < PAGE_TEXT_CHARS:
        lines.append(corpus.line())
    async with rt.writes.begin() as db:  # the page was made with an empty document
        await db.execute(
            update(PageDocument)
            .where(PageDocument.page_id == made["id"])
            .values(state=paragraphs_of(lines))
        )
    return int(made["id"])


def _pupils(space_number: int, start: int, count: int) -> list[accounts.PupilIn]:
    """Pupils whose usernames differ by space and initial.

    A username is the letters of the first name and initial plus three random
    digits; giving every space its own letters keeps each stem to a few pupils,
    so the server rarely has to retry a taken username.
    """
    first_name = "Pupil" + _letters(space_number)
    initials = string.ascii_uppercase
    return [
        accounts.PupilIn(first_name=first_name, last_initial=initials[n % len(initials)])
        for n in range(start, start + count)
    ]


def _letters(number: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'ba': a number spelt in letters (usernames keep only letters)."""
    digits = ""
    while True:
        number, rest = divmod(number, 26)
        digits = string.ascii_lowercase[rest] + digits
        if number == 0:
            return digits


def write_seed(path: Path, seeded: list[SeededSpace]) -> None:
    path.write_text(json.dumps({"spaces": [asdict(space) for space in seeded]}))


def read_seed(path: Path) -> list[SeededSpace]:
    data = json.loads(path.read_text())
    return [
        SeededSpace(
            space["id"],
            tuple(SeedLogin(**login) for login in space["logins"]),
            space.get("thread_id"),
            space.get("page_id"),
        )
        for space in data["spaces"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--spaces", type=int, required=True)
    parser.add_argument("--members", type=int, required=True, help="accounts per space")
    parser.add_argument("--threads", action="store_true", help="a forum thread in each space")
    parser.add_argument("--pages", action="store_true", help="a shared page in each space")
    parser.add_argument("--out", type=Path, required=True, help="JSON file of ids and logins")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="twinspace-seed-") as data_dir:
        settings = seed_settings(args.database_url, Path(data_dir))
        seeded = asyncio.run(seed(settings, args.spaces, args.members, args.threads, args.pages))
    write_seed(args.out, seeded)
    print(f"seeded {len(seeded)} spaces of {args.members} accounts into {args.out}")


if __name__ == "__main__":
    main()
