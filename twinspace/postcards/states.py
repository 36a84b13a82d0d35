"""A postcard's life: which action leads from which state to which, and who may take it.

Every change of a card's state is looked up in ``TRANSITIONS``; a pair that is
not there is refused with ``wrong_state``, a party that may not take it with
``forbidden``. Nothing else changes ``Postcard.state``. In words:

* its author writes a **draft** and sends it: it **awaits the sending teacher**
  (or throws it away: **discarded**);
* that teacher approves it (the card "is sent", ``sent_at``): it **awaits the
  receiving teacher**, and the post **delivers** it at once where the space does
  not ask that teacher; or gives it back: **returned**;
* the receiving teacher, where asked, lets it in (**delivered**) or gives it back;
* a delivered card becomes **replied** when its answer is delivered;
* a card given back is written again (a **draft** once more) or thrown away.

A teacher's own card is approved in the same write that sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from twinspace.errors import AppError, Code
from twinspace.storage.models import CardState


class CardAction(StrEnum):
    edit = "edit"
    send = "send"
    discard = "discard"
    approve = "approve"
    give_back = "return"
    deliver = "deliver"
    answer = "answer"


class Party(StrEnum):
    """How someone stands to a card."""

    author = "author"
    sending_teacher = "sending_teacher"  # teaches the class it comes from
    receiving_teacher = "receiving_teacher"  # teaches the class it goes to
    # A teacher of the space refusing the card's held text in the review queue.
    reviewer = "reviewer"
    # The space's own rules, acting by themselves: delivering where no teacher
    # is asked to, marking a card answered when its answer arrives.
    post = "post"


@dataclass(frozen=True)
class Transition:
    to: CardState
    by: frozenset[Party]


S, A, P = CardState, CardAction, Party
_AUTHOR = frozenset({P.author})
_SENDING = frozenset({P.sending_teacher})
_RECEIVING = frozenset({P.receiving_teacher})
_POST = frozenset({P.post})

TRANSITIONS: dict[tuple[CardState, CardAction], Transition] = {
    (S.draft, A.edit): Transition(S.draft, _AUTHOR),
    (S.draft, A.send): Transition(S.awaiting_sender_teacher, _AUTHOR),
    (S.draft, A.discard): Transition(S.discarded, _AUTHOR),
    (S.awaiting_sender_teacher, A.approve): Transition(S.awaiting_receiver_teacher, _SENDING),
    (S.awaiting_sender_teacher, A.give_back): Transition(
        S.returned, frozenset({P.sending_teacher, P.reviewer})
    ),
    (S.awaiting_receiver_teacher, A.approve): Transition(S.delivered, _RECEIVING),
    (S.awaiting_receiver_teacher, A.give_back): Transition(S.returned, _RECEIVING),
    (S.awaiting_receiver_teacher, A.deliver): Transition(S.delivered, _POST),
    (S.delivered, A.answer): Transition(S.replied, _POST),
    # A card given back is written again (it becomes a draft) or thrown away.
    (S.returned, A.edit): Transition(S.draft, _AUTHOR),
    (S.returned, A.discard): Transition(S.discarded, _AUTHOR),
}


# Why a card cannot take a step: where it stands, as the reader's catalogue says it.
STANDS = {
    S.draft: "postcard.state_draft",
    S.awaiting_sender_teacher: "postcard.state_awaiting_sender_teacher",
    S.awaiting_receiver_teacher: "postcard.state_awaiting_receiver_teacher",
    S.delivered: "postcard.state_delivered",
    S.replied: "postcard.state_replied",
    S.returned: "postcard.state_returned",
    S.discarded: "postcard.state_discarded",
}


def wrong_state(state: CardState) -> AppError:
    return AppError(Code.wrong_state, details={"reason": STANDS[state]})


def next_state(state: CardState, action: CardAction, parties: frozenset[Party]) -> CardState:
    """Where ``action`` takes a card in ``state``, taken by someone who is
    ``parties`` to it; ``wrong_state`` or ``forbidden`` if it may not."""
    found = TRANSITIONS.get((state, action))
    if found is None:
        raise wrong_state(state)
    if not found.by & parties:
        raise AppError(Code.forbidden)
    return found.to
