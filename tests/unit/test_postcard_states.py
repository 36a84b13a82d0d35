"""A postcard's state table, every cell written out: from each state, each action,
taken by each kind of party, leads where (or is refused).

Columns: author, sending teacher, receiving teacher, reviewer (a teacher in
the review queue), post (the space's own rules). A state name is where the
action leads; ``.`` is refused (``forbidden`` where the pair exists for another
party, ``wrong_state`` where it exists for nobody).
"""

from __future__ import annotations

import pytest

from twinspace.errors import AppError
from twinspace.postcards.states import CardAction, Party, next_state
from twinspace.storage.models import CardState

COLUMNS = [Party.author, Party.sending_teacher, Party.receiving_teacher, Party.reviewer, Party.post]

TABLE = """
state                      action   author  sending  receiving  reviewer  post
draft                      edit     draft   .        .          .         .
draft                      send     awaiting_sender_teacher . . .         .
draft                      discard  discarded .      .          .         .
draft                      approve  .       .        .          .         .
draft                      return   .       .        .          .         .
draft                      deliver  .       .        .          .         .
draft                      answer   .       .        .          .         .
awaiting_sender_teacher    edit     .       .        .          .         .
awaiting_sender_teacher    send     .       .        .          .         .
awaiting_sender_teacher    discard  .       .        .          .         .
awaiting_sender_teacher    approve  .       awaiting_receiver_teacher . . .
awaiting_sender_teacher    return   .       returned .          returned  .
awaiting_sender_teacher    deliver  .       .        .          .         .
awaiting_sender_teacher    answer   .       .        .          .         .
awaiting_receiver_teacher  edit     .       .        .          .         .
awaiting_receiver_teacher  send     .       .        .          .         .
awaiting_receiver_teacher  discard  .       .        .          .         .
awaiting_receiver_teacher  approve  .       .        delivered  .         .
awaiting_receiver_teacher  return   .       .        returned   .         .
awaiting_receiver_teacher  deliver  .       .        .          .         delivered
awaiting_receiver_teacher  answer   .       .        .          .         .
delivered                  edit     .       .        .          .         .
delivered                  send     .       .        .          .         .
delivered                  discard  .       .        .          .         .
delivered                  approve  .       .        .          .         .
delivered                  return   .       .        .          .         .
delivered                  deliver  .       .        .          .         .
delivered                  answer   .       .        .          .         replied
replied                    edit     .       .        .          .         .
replied                    send     .       .        .          .         .
replied                    discard  .       .        .          .         .
replied                    approve  .       .        .          .         .
replied                    return   .       .        .          .         .
replied                    deliver  .       .        .          .         .
replied                    answer   .       .        .          .         .
returned                   edit     draft   .        .          .         .
returned                   send     .       .        .          .         .
returned                   discard  discarded .      .          .         .
returned                   approve  .       .        .          .         .
returned                   return   .       .        .          .         .
returned                   deliver  .       .        .          .         .
returned                   answer   .       .        .          .         .
discarded                  edit     .       .        .          .         .
discarded                  send     .       .        .          .         .
discarded                  discard  .       .        .          .         .
discarded                  approve  .       .        .          .         .
discarded                  return   .       .        .          .         .
discarded                  deliver  .       .        .          .         .
discarded                  answer   .       .        .          .         .
"""


def cells() -> list[tuple[CardState, CardAction, Party, CardState | None]]:
    found = []
    for line in TABLE.strip().splitlines()[1:]:
        state, action, *marks = line.split()
        assert len(marks) == len(COLUMNS), line
        for party, mark in zip(COLUMNS, marks, strict=True):
            to = None if mark == "." else CardState(mark)
            found.append((CardState(state), CardAction(action), party, to))
    return found


CELLS = cells()


def test_the_table_lists_every_state_and_action():
    assert {(s, a) for s, a, _, _ in CELLS} == {(s, a) for s in CardState for a in CardAction}


@pytest.mark.parametrize(
    ("state", "action", "party", "to"),
    CELLS,
    ids=[f"{s}-{a}-{p}" for s, a, p, _ in CELLS],
)
def test_transition(state, action, party, to):
    if to is None:
        with pytest.raises(AppError) as refused:
            next_state(state, action, frozenset({party}))
        assert refused.value.code in ("forbidden", "wrong_state")
    else:
        assert next_state(state, action, frozenset({party})) is to


def test_nobody_in_particular_may_take_any_step():
    for state in CardState:
        for action in CardAction:
            with pytest.raises(AppError):
                next_state(state, action, frozenset())
