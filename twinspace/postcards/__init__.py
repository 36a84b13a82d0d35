"""The postcard exchange: the classic first eTwinning activity.

A pupil (or teacher) of one class sends a partner class, or a pen friend in
it, a card: a photo or a drawing (``twinspace.media``), a short message and a
stamp. The sending class's teacher lets it go; where the space asks, the
receiving class's teacher lets it in; either gives it back with a reason. The
life of a card is an explicit state machine (``states``), every step a write
through the hallway, audited, heard live by the two classes and their teachers
(a group audience) once delivered and by the few it concerns before. Teachers
pair pen friends (``pairing``). The class's mailbox, the cards one sent, the
space's gallery, a map of the schools (``geography``) and a printable A6 card
(``printing``) are its reads. The fourth content kind on the plug-in API
(``twinspace.kinds``).
"""

from __future__ import annotations

from twinspace.kinds import ContentKind
from twinspace.moderation.sanitize import TextForm
from twinspace.postcards import pairing, writes
from twinspace.postcards.moderation import PostcardCards
from twinspace.postcards.routes import routes
from twinspace.postcards.schemas import (
    MAX_MESSAGE_CHARS,
    NAME,
    CardEdit,
    CardIn,
    CardRef,
    CardReturn,
    Event,
    PairsIn,
    PostcardSettings,
)
from twinspace.realtime.protocol import Command

COMMANDS = {
    "postcard.create": Command(CardIn, writes.create),
    "postcard.edit": Command(CardEdit, writes.edit),
    "postcard.send": Command(CardRef, writes.send),
    "postcard.discard": Command(CardRef, writes.discard),
    "postcard.approve": Command(CardRef, writes.approve),
    "postcard.return": Command(CardReturn, writes.give_back),
    "postcard.pair": Command(PairsIn, pairing.pair),
}


def kind() -> ContentKind:
    return ContentKind(
        name=NAME,
        settings=PostcardSettings,
        events=Event,
        text_form=TextForm.plain,
        max_chars=MAX_MESSAGE_CHARS,
        commands=COMMANDS,
        reviewed=(PostcardCards(),),
        routes=routes(COMMANDS),
    )
