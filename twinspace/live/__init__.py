"""Live sessions: partner classes meet at an agreed time, each on a projector or tablets.

A teacher schedules a session in a space for some of its classes (the space's
calendar shows it at each school's own hour), opens it when the lesson starts
and ends it when it is over (``lifecycle``); its record then becomes a page of
the space (``record``). In the open room, members chat and react, ask
questions that classmates up-vote, raise hands for the speaking queue, vote in
quick polls and quiz questions whose totals every class sees, and pin sticky
notes that teachers arrange; teachers pause the room, let only reactions
through, slow the chat down, clear items and mute a pupil, and the server
holds everyone to it (``room``, ``controls``).

The fourth content kind on the plug-in API (``twinspace.kinds``): every
change is a write through the hallway, pupils' words are screened like chat
lines, and the room's events go to a group audience: the invited classes and
the sockets that follow the room.
"""

from __future__ import annotations

from twinspace.kinds import ContentKind
from twinspace.live import controls, hands, items, lifecycle, polls, reading
from twinspace.live.moderation import adapters
from twinspace.live.routes import routes
from twinspace.live.schemas import (
    MAX_MESSAGE_CHARS,
    NAME,
    AnswerIn,
    ArrangeIn,
    AskIn,
    ControlsIn,
    Event,
    FloorIn,
    HandIn,
    ItemRef,
    JoinIn,
    LiveSettings,
    MuteIn,
    NoteIn,
    PollIn,
    PollRef,
    ReactIn,
    SayIn,
    ScheduleIn,
    SessionRef,
    UpvoteIn,
    VoteIn,
)
from twinspace.moderation.sanitize import TextForm
from twinspace.realtime.protocol import Command

COMMANDS = {
    "live.schedule": Command(ScheduleIn, lifecycle.schedule),
    "live.cancel": Command(SessionRef, lifecycle.cancel),
    "live.open": Command(SessionRef, lifecycle.open_session),
    "live.end": Command(SessionRef, lifecycle.end),
    "live.join": Command(JoinIn, reading.join),
    "live.leave": Command(JoinIn, reading.leave),
    "live.controls": Command(ControlsIn, controls.set_controls),
    "live.mute": Command(MuteIn, controls.mute),
    "live.say": Command(SayIn, items.say),
    "live.react": Command(ReactIn, items.react),
    "live.ask": Command(AskIn, items.ask),
    "live.note": Command(NoteIn, items.add_note),
    "live.clear": Command(ItemRef, items.clear),
    "live.answer": Command(AnswerIn, items.answer),
    "live.arrange": Command(ArrangeIn, items.arrange),
    "live.upvote": Command(UpvoteIn, items.upvote),
    "live.hand": Command(HandIn, hands.raise_hand),
    "live.floor": Command(FloorIn, hands.give_floor),
    "live.poll": Command(PollIn, polls.open_poll),
    "live.poll_close": Command(PollRef, polls.close_poll),
    "live.vote": Command(VoteIn, polls.vote),
}


def kind() -> ContentKind:
    return ContentKind(
        name=NAME,
        settings=LiveSettings,
        events=Event,
        text_form=TextForm.plain,
        max_chars=MAX_MESSAGE_CHARS,
        commands=COMMANDS,
        latest={Event.poll: "id"},
        reviewed=adapters(),
        routes=routes(COMMANDS),
    )
