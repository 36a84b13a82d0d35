"""The hallway's order: a pupil's text is screened before the write transaction,
so a long post never holds the database's write lock while it is read."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.backends


async def test_screening_runs_before_the_transaction_not_inside_it(world, app):
    rt = app.state.runtime
    in_transaction = False
    screened_inside: list[bool] = []
    run, screen = rt.writer.run, rt.screener.screen

    async def watched_run(space_id, work, *options):
        def watched(db):
            nonlocal in_transaction
            in_transaction = True
            try:
                return work(db)
            finally:
                in_transaction = False

        return await run(space_id, watched, *options)

    def watched_screen(*args, **kwargs):
        screened_inside.append(in_transaction)
        return screen(*args, **kwargs)

    rt.writer.run, rt.screener.screen = watched_run, watched_screen
    teacher = await world.teacher()
    space = await world.space(teacher)
    created, (pupil,) = await world.pupils(teacher, ["Giulia"])
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]})
    url = f"/api/spaces/{space['id']}/chat/general"
    await pupil.ok("POST", url, 201, json={"text": "Our river is 251 km long " * 40})
    await pupil.ok("POST", url, 201, json={"text": "call me on 347 123 4567"})
    assert screened_inside == [False, False]
