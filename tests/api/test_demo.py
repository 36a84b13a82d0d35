"""The demo a new user meets after ``make run``: partner classes, their logins, and
something to do on the first visit."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.conftest import embedded_settings
from twinspace import demo
from twinspace.app import build_runtime
from twinspace.storage.migrate import upgrade
from twinspace.storage.models import ForumThread, LiveSession, Page


async def test_the_demo_has_logins_a_thread_to_answer_a_page_to_write_and_a_session(
    tmp_path: Path,
) -> None:
    rt = build_runtime(embedded_settings(tmp_path))
    try:
        await upgrade(rt.engine)
        logins = await demo.seed(rt)
        assert len(logins) == 8
        assert await demo.seed(rt) == logins  # a second start seeds nothing again
        async with rt.db() as db:
            threads = (await db.scalars(select(ForumThread))).all()
            pages = (await db.scalars(select(Page))).all()
            sessions = (await db.scalars(select(LiveSession))).all()
        assert [t.title for t in threads] == [demo.THREAD_TITLE]
        assert [(p.title, p.open_to_pupils) for p in pages] == [(demo.PAGE_TITLE, True)]
        assert [s.title for s in sessions] == [demo.SESSION_TITLE]
    finally:
        await rt.close()
