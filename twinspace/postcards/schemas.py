"""What postcards take and send: command schemas, event kinds, settings, limits."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Literal, get_args

from pydantic import Field, StringConstraints

from twinspace.schemas import TRIMMED, Id, Schema
from twinspace.spacesettings import KindSettings

NAME = "postcard"
CONTENT_TYPE = "postcard.card"
# What fits on the back of an A6 card beside the address, in print a child of
# six reads: about five lines of a short story.
MAX_MESSAGE_CHARS = 400
# The stamps a card can carry: pictures, no words (web/img/stamps/<name>.svg).
Stamp = Literal["sun", "heart", "star", "flower", "tree", "boat", "bird", "mountain"]
STAMPS: tuple[str, ...] = get_args(Stamp)
# Cards in one page of the gallery: a few screens of thumbnails on a tablet.
GALLERY_PAGE = 24
# The newest cards a mailbox or a list of sent cards shows: a school year of a
# lively exchange for one class; every delivered card stays in the gallery.
LIST_CARDS = 100
# Why a teacher gives a card back: a sentence or two.
MAX_REASON_CHARS = 300
# Pen friends set in one go: two classes of 40 (a class list's own limit).
MAX_PAIRS = 80

Message = Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_CHARS)]
Reason = Annotated[str, StringConstraints(max_length=MAX_REASON_CHARS), TRIMMED]


class Event(StrEnum):
    card = "postcard.card"  # a card changed state: to those who may see it now
    removed = "postcard.removed"  # a moderator took a card down
    pen_friends = "postcard.pen_friends"  # two classes' pen friends were paired anew


class PostcardSettings(KindSettings):
    name: ClassVar[str] = NAME

    # Cards arriving in this space wait for the receiving class's teacher before
    # its pupils see them (the sending class's teacher always sees them first).
    receiving_teacher_approves: bool = False


class CardIn(Schema):
    """A new card (a draft): to a partner class, or to one of its pupils."""

    space_id: Id
    media_id: Id  # an image of the same space: a photo or a drawing
    message: Message
    stamp: Stamp
    to_class_id: Id | None = None  # for an answer, the card it answers says where
    to_user_id: Id | None = None  # a pen friend, a pupil of the class
    from_class_id: Id | None = None  # a teacher with several classes here says which
    reply_to: Id | None = None  # the card this one answers


class CardEdit(Schema):
    card_id: Id
    media_id: Id | None = None
    message: Message | None = None
    stamp: Stamp | None = None


class CardRef(Schema):
    card_id: Id


class CardReturn(Schema):
    card_id: Id
    reason: Reason = ""


class Pair(Schema):
    pupil_id: Id  # of the class
    friend_id: Id  # of the partner class


class PairsIn(Schema):
    """Pen friends for a class and a partner class: the pairs given, or (none
    given) every pupil paired, balanced when the classes differ in size."""

    space_id: Id
    class_id: Id
    partner_class_id: Id
    pairs: list[Pair] | None = Field(default=None, max_length=MAX_PAIRS)
