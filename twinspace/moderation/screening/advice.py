"""Safety advice, said as such: a lesson's warning signs, not a request.

A safety lesson, a police talk or a poster lists what a stranger online may
ask ("never give out your address; if anyone asks you to keep a secret or
to meet them alone, tell a trusted adult"), and first aid teaches what to do
"if someone has taken too many pills". Both name the very requests and acts
a filter fears, said to no one in particular. A message is spared for them
only when its own words make the advice unmistakable, and for nothing else:

* ``safety_advice``: a safety lesson or talk named (``advice_talk``) and its
  advice to tell a trusted adult (``tell_adult``) or what a real agent, coach
  or scout never asks (``never_asks``), and no word of the writer
  stepping in (``_OWN``: "with me", "you and me", "my place", "delete", "for
  me", "send me", "add me", "I'll give you", a time on a weekday). It spares
  the meeting, secrecy, personal questions, photo requests, moves to another
  app and gifts it names. What a pupil tells beside it
  (a disclosure, self-harm, a threat) is read as ever: "in the safety lesson
  miss said no grown-up may touch you there; my uncle does" is held.
* ``first_aid``: a first-aid lesson (``first_aid``) speaking of someone else
  (``if_someone``: "if someone has taken too many pills, call 999"), with no
  plan, farewell or burden of the writer's beside it (``_OWN_HARM``). It
  spares self-harm alone.
"""

from __future__ import annotations

from collections.abc import Callable

from twinspace.moderation.screening.lexicon import Hits
from twinspace.moderation.screening.verdicts import Kind

# What the writer's own stepping in looks like beside a lesson's advice.
_OWN = frozenset(
    {
        "my_place",
        "you_and_me",
        "us_two",
        "for_me",
        "delete",
        "with_me",
        "just_for_us",
        "only_me",
        "our_game",
        "its_a_game",
        "comes_in",
        "pickup",
        "wait",
        "sneak_out",
        "fake_motive",
        # ... and the writer's own request: "but I do, send me ..." (round 86)
        "send_me",
        # ... or the writer named as the child's trusted adult: "I'm your trusted
        # adult now, so prove you trust me" (round 90)
        "own_trust",
        # ... or the writer's own channel or gift: "so add me on Snapchat",
        # "scrivimi in privato", "ich schenk dir Skins" (rounds 98 and 99)
        "add_me",
        "my_gift",
        # ... or the prize the writer brings in person: "real giveaways never ask
        # your address ... but you've won, I'll drop it off myself" (round 112)
        "bring_myself",
    }
)
# What the writer's own harm looks like beside a first-aid lesson.
_OWN_HARM = frozenset(
    {
        "goodbye_letter",
        "goodbye_all",
        "burden",
        "not_be_here",
        "end_it",
        "never_wake",
        "no_way_out",
        "plan_how",
        "earnest",
        "wont_need",
        "giving_away",
        "farewell_word",
        # ... or the writer's own means and farewell: "I've written my letters",
        # "I have enough pills", "it's decided", a height or the tracks
        "the_letters",
        "count_enough",
        "hoard",
        "decided",
        "leave_pet",
        "height",
        "on_tracks",
        "self_intent",
        "i_wrote",
    }
)
ADVICE_SPARED = frozenset(
    {
        Kind.meeting,
        Kind.secrecy,
        Kind.personal_question,
        Kind.photo_request,
        # ... and the moves to another app and the gifts a lesson warns of
        # ("wants to move to Snapchat", "offers free Robux", rounds 98 and 99)
        Kind.private_contact,
        Kind.contact_invitation,
        Kind.gift_offer,
    }
)


def safety_advice(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A safety lesson's advice to tell a trusted adult, and no request of the writer's."""
    # ... or a real case it recounts, its offender caught or convicted (``case_caught``)
    if "advice_talk" not in hits or not {"tell_adult", "never_asks", "case_caught"} & hits.keys():
        return False
    # The lesson's own words are no stepping in: "mon corps est à moi" is not "for me",
    # nor is its advice "ditelo a noi insegnanti" the writer's "noi" (round 86).
    talks = [
        (hit.start, hit.end) for tag in ("advice_talk", "tell_adult") for hit in hits.get(tag, ())
    ]
    return not _steps_in(hits, talks) and not _steps_in(context(), talks)


def _steps_in(found: Hits, talks: list[tuple[int, int]]) -> bool:
    """Whether ``found`` has a word of the writer stepping in outside the lesson's name."""
    return any(not hit.inside(talks) for tag in _OWN.intersection(found) for hit in found[tag])


def first_aid(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A first-aid lesson about someone else, and no plan or farewell of the writer's."""
    if "if_someone" not in hits or not _OWN_HARM.isdisjoint(hits):
        return False
    more = context()
    return "first_aid" in more and _OWN_HARM.isdisjoint(more)


def spared(hits: Hits, context: Callable[[], Hits]) -> frozenset[Kind]:
    """The kinds a message's safety advice spares, in the rules' and the second
    opinion's findings."""
    kinds: set[Kind] = set()
    if safety_advice(hits, context):
        kinds |= ADVICE_SPARED
    if first_aid(hits, context):
        kinds.add(Kind.self_harm)
    return frozenset(kinds)
