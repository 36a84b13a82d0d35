"""The whole role x action matrix, every cell written out, for open and archived spaces.

Columns: teacher admin, teacher, pupil admin, pupil, visitor, platform moderator,
platform admin, outsider. ``x`` allowed, ``.`` refused. A new action must get a row
here, or the completeness test fails.
"""

from __future__ import annotations

import pytest

from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.storage.models import SpaceStatus

COLUMNS = [
    Seat.teacher_admin,
    Seat.teacher,
    Seat.pupil_admin,
    Seat.pupil,
    Seat.visitor,
    Seat.platform_moderator,
    Seat.platform_admin,
    Seat.outsider,
]

OPEN = """
                     TA T  PA P  V  PM PA O
space.view           x  x  x  x  x  x  x  .
space.edit           x  .  .  .  .  .  .  .
space.archive        x  .  .  .  .  .  x  .
space.reopen         .  .  .  .  .  .  .  .
space.join           .  .  .  .  .  .  .  x
space.settings       x  .  .  .  .  .  .  .
members.view         x  x  x  x  .  x  x  .
member.change_role   x  .  .  .  .  .  .  .
member.remove        x  .  .  .  .  .  .  .
invitation.view      x  x  .  .  .  .  .  .
invitation.renew     x  .  .  .  .  .  .  .
class.add            x  x  .  .  .  .  .  .
chat.read            x  x  x  x  x  x  x  .
chat.send            x  x  x  x  .  .  .  .
chat.read_staff      x  x  .  .  .  x  x  .
chat.send_staff      x  x  .  .  .  .  .  .
chat.delete_any      x  x  .  .  .  .  .  .
forum.read           x  x  x  x  x  x  x  .
forum.discussion_manage x  x  .  .  .  .  .  .
forum.thread_create  x  x  x  x  .  .  .  .
forum.reply          x  x  x  x  .  .  .  .
forum.react          x  x  x  x  .  .  .  .
forum.moderate       x  x  .  .  .  .  .  .
page.read            x  x  x  x  x  x  x  .
page.edit            x  x  x  x  .  .  .  .
page.manage          x  x  x  .  .  .  .  .
page.open_to_pupils  x  x  .  .  .  .  .  .
page.showcase        x  x  .  .  .  .  .  .
media.upload         x  x  x  x  .  .  .  .
postcard.read        x  x  x  x  x  x  x  .
postcard.write       x  x  x  x  .  .  .  .
postcard.decide      x  x  .  .  .  .  .  .
postcard.pair        x  x  .  .  .  .  .  .
live.view            x  x  x  x  .  x  x  .
live.schedule        x  x  .  .  .  .  .  .
live.run             x  x  .  .  .  .  .  .
live.take_part       x  x  x  x  .  .  .  .
review.view          x  x  .  .  .  x  x  .
review.decide        x  x  .  .  .  .  .  .
report.create        x  x  x  x  x  .  .  .
report.view          x  x  .  .  .  x  x  .
report.handle        x  x  .  .  .  x  x  .
content.remove       x  x  .  .  .  x  x  .
member.mute          x  x  .  .  .  .  .  .
audit.view           x  .  .  .  .  x  x  .
"""

ARCHIVED = """
                     TA T  PA P  V  PM PA O
space.view           x  x  x  x  x  x  x  .
space.edit           .  .  .  .  .  .  .  .
space.archive        .  .  .  .  .  .  .  .
space.reopen         x  .  .  .  .  .  x  .
space.join           .  .  .  .  .  .  .  .
space.settings       .  .  .  .  .  .  .  .
members.view         x  x  x  x  .  x  x  .
member.change_role   .  .  .  .  .  .  .  .
member.remove        .  .  .  .  .  .  .  .
invitation.view      .  .  .  .  .  .  .  .
invitation.renew     .  .  .  .  .  .  .  .
class.add            .  .  .  .  .  .  .  .
chat.read            x  x  x  x  x  x  x  .
chat.send            .  .  .  .  .  .  .  .
chat.read_staff      x  x  .  .  .  x  x  .
chat.send_staff      .  .  .  .  .  .  .  .
chat.delete_any      .  .  .  .  .  .  .  .
forum.read           x  x  x  x  x  x  x  .
forum.discussion_manage .  .  .  .  .  .  .  .
forum.thread_create  .  .  .  .  .  .  .  .
forum.reply          .  .  .  .  .  .  .  .
forum.react          .  .  .  .  .  .  .  .
forum.moderate       .  .  .  .  .  .  .  .
page.read            x  x  x  x  x  x  x  .
page.edit            .  .  .  .  .  .  .  .
page.manage          .  .  .  .  .  .  .  .
page.open_to_pupils  .  .  .  .  .  .  .  .
page.showcase        .  .  .  .  .  .  .  .
media.upload         .  .  .  .  .  .  .  .
postcard.read        x  x  x  x  x  x  x  .
postcard.write       .  .  .  .  .  .  .  .
postcard.decide      .  .  .  .  .  .  .  .
postcard.pair        .  .  .  .  .  .  .  .
live.view            x  x  x  x  .  x  x  .
live.schedule        .  .  .  .  .  .  .  .
live.run             .  .  .  .  .  .  .  .
live.take_part       .  .  .  .  .  .  .  .
review.view          x  x  .  .  .  x  x  .
review.decide        .  .  .  .  .  .  .  .
report.create        x  x  x  x  x  .  .  .
report.view          x  x  .  .  .  x  x  .
report.handle        x  x  .  .  .  x  x  .
content.remove       x  x  .  .  .  x  x  .
member.mute          .  .  .  .  .  .  .  .
audit.view           x  .  .  .  .  x  x  .
"""


def parse(table: str) -> dict[tuple[Action, Seat], bool]:
    cells = {}
    for line in table.strip().splitlines()[1:]:
        name, *marks = line.split()
        assert len(marks) == len(COLUMNS), line
        for seat, mark in zip(COLUMNS, marks, strict=True):
            cells[(Action(name), seat)] = mark == "x"
    return cells


CASES = [
    (status, action, seat, expected)
    for status, table in ((SpaceStatus.open, OPEN), (SpaceStatus.archived, ARCHIVED))
    for (action, seat), expected in parse(table).items()
]


def test_matrix_lists_every_action_and_seat():
    for table in (OPEN, ARCHIVED):
        assert {action for action, _ in parse(table)} == set(Action)
    assert set(COLUMNS) == set(Seat)


@pytest.mark.parametrize(
    ("status", "action", "seat", "expected"),
    CASES,
    ids=[f"{s}-{a}-{seat}" for s, a, seat, _ in CASES],
)
def test_policy_cell(status, action, seat, expected):
    assert allowed(seat, action, status) is expected
