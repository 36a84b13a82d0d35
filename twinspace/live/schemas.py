"""What live sessions take and send: command schemas, event kinds, settings, limits."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import (
    AwareDatetime,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from twinspace.schemas import STRIPPED, Id, Schema
from twinspace.spacesettings import PremoderatedSettings
from twinspace.storage.models import LiveItemType, RoomMode

NAME = "live"
# What the review queue holds of a session: the pupils' written items.
CONTENT_TYPES = {
    LiveItemType.message: "live.message",
    LiveItemType.question: "live.question",
    LiveItemType.note: "live.note",
}
# A chat line of a lesson: a few sentences. Questions and notes are shorter still
# (a question to the class, a thought on a sticky note a projector can show).
MAX_MESSAGE_CHARS = 500
MAX_QUESTION_CHARS = 300
MAX_NOTE_CHARS = 200
MAX_TITLE_CHARS = 200
# A double lesson and a break: longer is a typing mistake, not a lesson.
MAX_SESSION = timedelta(hours=4)
# A school year ahead; farther is a typing mistake too.
MAX_AHEAD = timedelta(days=366)
# Partner projects bring a few classes; 16 leaves room for a whole network's.
MAX_CLASSES = 16
# Slow mode: up to five minutes between one pupil's chat lines; longer is a pause.
MAX_SLOW_MODE_SECONDS = 300
# Two to six answers: a chart on a projector stays readable from the back row.
MIN_OPTIONS, MAX_OPTIONS = 2, 6
MAX_OPTION_CHARS = 80
# Reactions a six-year-old reads without words (the chat's own, and applause).
Reaction = Literal["👍", "❤️", "😄", "😮", "👏", "🎉"]
# Sticky-note colours, by name: the browser picks the shade.
Colour = Literal["yellow", "pink", "blue", "green"]
# The board is BOARD_WIDTH x BOARD_HEIGHT units whatever the screen; a note
# is placed by its top left corner. New notes fill rows of NOTES_PER_ROW.
BOARD_WIDTH, BOARD_HEIGHT = 1000, 600
NOTES_PER_ROW, NOTE_STEP_X, NOTE_STEP_Y = 6, 160, 120
# The calendar: sessions that ended in the last month, and those to come,
# at most this many (a school year of weekly sessions and some).
CALENDAR_PAST = timedelta(days=31)
CALENDAR_SIZE = 100

Title = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE_CHARS), STRIPPED]
When = Annotated[AwareDatetime, Field(strict=False)]  # ISO 8601 text in either door
Mode = Annotated[RoomMode, Field(strict=False)]


def session_key(session_id: int) -> str:
    """A session as a group audience: the sockets following its room."""
    return f"live:{session_id}"


class Event(StrEnum):
    session = "live.session"  # scheduled, cancelled, opened or ended (every member)
    controls = "live.controls"  # the room's mode or slow mode changed (the room)
    item = "live.item"  # a line, reaction, question or note, new or changed (the room)
    upvotes = "live.upvotes"  # a question's up-votes (the room)
    hands = "live.hands"  # the speaking queue (the room)
    poll = "live.poll"  # a poll opened, its totals changed, or it closed (the room)
    muted = "live.muted"  # a participant muted or let speak again (them, and the staff)


class LiveSettings(PremoderatedSettings):
    """A space may hold every pupil's line, question and note for a teacher."""

    name: ClassVar[str] = NAME


class ScheduleIn(Schema):
    space_id: Id
    title: Title
    starts_at: When
    ends_at: When
    class_ids: list[Id] = Field(min_length=1, max_length=MAX_CLASSES)

    @field_validator("ends_at")
    @classmethod
    def _a_lesson(cls, ends_at: AwareDatetime, info: ValidationInfo) -> AwareDatetime:
        """The end is the field to mend: the form marks it, the problem says why."""
        starts_at = info.data.get("starts_at")
        if starts_at is None:  # refused itself
            return ends_at
        if ends_at <= starts_at:
            raise PydanticCustomError("before_start", "the end must come after the start")
        if ends_at - starts_at > MAX_SESSION:
            raise PydanticCustomError("too_long", "a session lasts at most four hours")
        return ends_at


class SessionRef(Schema):
    session_id: Id


class JoinIn(Schema):
    space_id: Id
    session_id: Id


class ControlsIn(Schema):
    session_id: Id
    mode: Mode
    slow_mode_seconds: Annotated[int, Field(ge=0, le=MAX_SLOW_MODE_SECONDS)] = 0


class MuteIn(Schema):
    session_id: Id
    user_id: Id
    muted: bool


class SayIn(Schema):
    session_id: Id
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_CHARS)]


class ReactIn(Schema):
    session_id: Id
    reaction: Reaction


class AskIn(Schema):
    session_id: Id
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_QUESTION_CHARS)]


class NoteIn(Schema):
    session_id: Id
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_NOTE_CHARS)]
    colour: Colour = "yellow"


class ItemRef(Schema):
    item_id: Id


class UpvoteIn(Schema):
    question_id: Id
    on: bool = True  # False takes it back


class AnswerIn(Schema):
    question_id: Id
    answered: bool = True


class ArrangeIn(Schema):
    note_id: Id
    x: Annotated[int, Field(ge=0, le=BOARD_WIDTH)]
    y: Annotated[int, Field(ge=0, le=BOARD_HEIGHT)]


class HandIn(Schema):
    session_id: Id
    up: bool
    # Someone else's hand: teachers lower it (only down).
    user_id: Id | None = None


class FloorIn(Schema):
    session_id: Id
    user_id: Id | None  # whose turn it is; None: nobody's


class PollIn(Schema):
    session_id: Id
    question: Title
    options: list[
        Annotated[str, StringConstraints(min_length=1, max_length=MAX_OPTION_CHARS), STRIPPED]
    ] = Field(min_length=MIN_OPTIONS, max_length=MAX_OPTIONS)
    # The right option's index: a quiz question, its answer shown when it closes.
    correct: Annotated[int, Field(ge=0, lt=MAX_OPTIONS)] | None = None

    @model_validator(mode="after")
    def _correct_is_an_option(self) -> PollIn:
        if self.correct is not None and self.correct >= len(self.options):
            raise ValueError("correct must be the index of an option")
        return self


class PollRef(Schema):
    poll_id: Id


class VoteIn(Schema):
    poll_id: Id
    option: Annotated[int, Field(ge=0, lt=MAX_OPTIONS)]


# Every item type's text limit, for the write path and the review queue.
MAX_CHARS = {
    LiveItemType.message: MAX_MESSAGE_CHARS,
    LiveItemType.question: MAX_QUESTION_CHARS,
    LiveItemType.note: MAX_NOTE_CHARS,
}
