"""Play, said as such: a lost match joked about, a childhood figure kept from
the little ones.

Pupils joke after a defeat ("we got destroyed 6-0, i wanna die lol, rematch
next week?") and keep Father Christmas's beard from their little brothers
("don't tell the little ones St Nicholas is Mr Yilmaz"). Both use the words a
filter fears: "I want to die", "don't tell". A message is spared for them only
when its own words make the play unmistakable, and for nothing else:

* ``lost_game``: a match lost (``lost_match``), a laugh (``joke_mark``) and a
  rematch proposed (``rematch``), all three, and no means, plan or hurt
  beside them. It spares self-harm alone. "lol i want to die" with no lost
  match and no rematch is held, as is "we lost, I want to die, I've saved my
  mum's pills": a real pupil in distress may laugh too, and this is the known
  gap (docs/safety.md, rounds 69 and 71). A serious word beside the joke
  (``earnest``: "not joking", "honestly", "every day", "always", "I can't
  take it any more", "thinking of ending it") ends the frame as well: "we
  lost 5-0 lol i want to die, rematch? not joking tho" is held.
* ``childhood_figure``: a figure of childhood (``myth_figure``: Father
  Christmas, St Nicholas, the Befana, the Three Kings, the tooth fairy) and
  the little ones it is kept from (``little_ones``), and no deleting, photo,
  meeting, being alone or other platform beside them. It spares secrecy alone.
* ``spent_after_sport``: tiredness after sport told as death (``spent_body``:
  "sports day killed me", "my legs are dead", "ho le gambe morte") at a
  sporting event named (``sport_event``), and no means, plan, hurt or serious
  word beside them (as for a lost match). It spares self-harm alone: "sports
  day killed me, my legs are dead, I want to die" passes, "... I want to die,
  I've got the pills" is held. A pupil in distress who hides it in a race's
  joke and says nothing more is the known gap (docs/safety.md, round 76).
* ``game_death``: a game character's death told as such (``char_died``: "my
  character died", "il mio personaggio è morto", "moja postać zginęła"), and
  no means, plan, hurt or serious word beside it (as for a lost match). It
  spares self-harm alone: "my character died at level 30, I want to die 😂"
  passes, "... I want to die, for real" is held (rounds 98 and 99). Dying
  again and again at one place of a game (``died_again``: "died 8 times at the
  same boss", "sono morto 7 volte allo stesso salto", "zginęłam 6 razy na
  bossie") counts as well, but only with a laugh (``joke_mark``, "😂" read as
  its name) (rounds 100 and 101); so does a count of tries or deaths in any
  form (``death_count``: "for the 27th time", "20 mal", "22 volte", "40
  muertes", "33 razy") near the dying (``game_died``: "died", "gestorben",
  "morto", "umarłem"), with a laugh too (rounds 102 and 103). A retry
  tomorrow (``retry_later``: "I'll try again tomorrow", "domani riprovo",
  "jutro spróbuję znowu") stands for the laugh when the dying is at one place
  of a game or counted, even roughly ("je sais pas combien de fois", "chyba
  sto razy"), in a game or at a stage named (``game_stage``); the game's own
  "I can't take it any more" is then no serious word, any other is (rounds
  108 and 109).
* ``surprise_kept``: a collection or a draw for a present (``gift_pool``:
  Secret Santa, "2 € each") or a hunt whose hiding place is kept from the
  seekers (``hunt_game``: an egg hunt, a treasure hunt), and no deleting,
  photo, meeting, being alone, parents kept out or other platform beside
  them. It spares secrecy alone; a gift handed over in person is read as ever.
* ``own_secret``: a child's own small secret told as such (``own_secret``: "my
  secret is I like", "mein Geheimnis ist ich", "mon secret c'est que j'ai",
  "mi secreto es que me", "mój sekret to że"), and no parent, meeting, photo,
  "us two", word of love, threat or "what we do" beside it. It spares secrecy
  alone: "my secret is that I love you, don't tell your mum" is held (rounds 102
  and 103). Being teased for it (``teased``: "or they'll call me", "no me
  juzguéis") is no threat (rounds 104 and 105). A word of shame or laughter
  beside "secret" ("my embarrassing secret", "mon secret ridicule", "mój
  wstydliwy sekret") tells it as well (rounds 108 and 109).
* ``surprise_made``: a classmate's birthday or a parent's day (``occasion``)
  and a surprise made by the class or with a parent (``we_make``: "wir
  basteln", "io e papà stiamo facendo") or with the teacher in the know
  (``teacher_knows``), and no meeting, place, photo, "you and me", parents
  kept out or threat beside them. It spares secrecy alone (rounds 106 and 107).
* ``surprise_alibi``: a surprise for a parent's day made with the other parent
  (``made_with_parent``: "me and dad are baking", "z tatą robimy") and the
  child's own alibi for it, with no meeting, place, car, wait, photo or "you and
  me" beside it and "alone" only as "in secret" (``secretly``). It spares a
  meeting and secrecy (rounds 108 and 109).
"""

from __future__ import annotations

from collections.abc import Callable

from twinspace.moderation.screening.lexicon import Hits, outside
from twinspace.moderation.screening.verdicts import Kind

# What a joke after a defeat must not have beside it: a means, a plan, a hurt.
_DISTRESS = frozenset(
    {
        "pills",
        "blades",
        "wrists",
        "sh_tool",
        "cut_verb",
        "height",
        "never_wake",
        "no_way_out",
        "burden",
        "goodbye_letter",
        "goodbye_all",
        "hoarded_pills",
        "plan_how",
        "end_it",
        "not_be_here",
        "not_eating",
        "feel_nothing",
        "hurts_me",
        "kin_parent",
        "home_adult",
        # ... or a serious word: "not joking", "every day", "I can't take it any more"
        "earnest",
    }
)
# What a secret kept from little ones must not have beside it.
_GROOMING = frozenset(
    {"delete", "photo", "selfie", "meet", "alone", "platform", "secret_strong", "chat", "gift"}
)


def lost_game(hits: Hits) -> bool:
    """A lost match joked about, with a rematch proposed and nothing darker."""
    return (
        "lost_match" in hits
        and "joke_mark" in hits
        and "rematch" in hits
        and _DISTRESS.isdisjoint(hits)
    )


def childhood_figure(hits: Hits) -> bool:
    """Father Christmas or the tooth fairy kept from the little ones."""
    return "myth_figure" in hits and "little_ones" in hits and _GROOMING.isdisjoint(hits)


# What a surprise or a hunt kept secret must not have beside it.
_KEPT_FROM = (_GROOMING - {"gift", "secret_strong"}) | {
    "parents",
    "my_place",
    "you_and_me",
    "us_two",
    "for_me",
    "just_for_us",
}


def spent_after_sport(hits: Hits) -> bool:
    """Tiredness after a race or a match told as death, and nothing darker."""
    return "spent_body" in hits and "sport_event" in hits and _DISTRESS.isdisjoint(hits)


def _absent(concepts: frozenset[str], hits: Hits, context: Callable[[], Hits]) -> bool:
    """None of ``concepts`` in the lexicon's first pass, nor (read only then) its second."""
    return concepts.isdisjoint(hits) and concepts.isdisjoint(context())


def game_death(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A game character's death joked about, and nothing darker: the character
    named, or the player dying again and again at one boss, level or jump with
    a laugh; a means read in the second pass too (a bridge, a roof). Or the
    dying told with the game tried again tomorrow (rounds 108 and 109)."""
    died = "char_died" in hits or (
        "joke_mark" in hits and ("died_again" in hits or _counted(hits, context))
    )
    return (died and _absent(_DISTRESS, hits, context)) or _retried(hits, context)


# What a game tried again tomorrow must not have beside it: a means, a plan, a
# hurt, or the writer's own worth denied ("tanto nessuno mi vuole", "nobody cares")
_RETRY_BARRED = (_DISTRESS - {"earnest"}) | {"nobody_does", "self_hate", "worthless"}


def _retried(hits: Hits, context: Callable[[], Hits]) -> bool:
    """Dying again and again in a game named (a level, a boss, a jump, a screen), and the
    game tried again tomorrow ("je réessaie demain", "jutro spróbuję znowu"), with
    no means, plan or hurt beside them; a serious word only if it is the game's
    "I can't take it any more" ("j'en peux plus"), no "not joking", "every day"
    or "ending it" (rounds 108 and 109)."""
    if "retry_later" not in hits:
        return False
    if "died_again" not in hits and not (
        _counted(hits, context) and ("game_stage" in hits or "game" in hits or "game" in context())
    ):
        return False
    if not _absent(_RETRY_BARRED, hits, context):
        return False
    return not outside(hits.get("earnest", ()), context().get("cant_anymore", ()))


# Who may have died instead of a player: a pet, a relative ("my dog died, I cried
# 100 times")
_MOURNED = frozenset({"pet", "relatives", "kin_side", "kin_parent", "home_adult"})

# How close a count of tries is to the dying it counts, in characters (about ten words)
_COUNT_REACH = 60


def _near(hits: Hits, one: str, other: str) -> bool:
    """Whether a match of ``one`` lies within ``_COUNT_REACH`` characters of one of ``other``."""
    return any(
        a.start - _COUNT_REACH <= b.end and b.start <= a.end + _COUNT_REACH
        for a in hits.get(one, ())
        for b in hits.get(other, ())
    )


def _counted(hits: Hits, context: Callable[[], Hits]) -> bool:
    """Deaths or tries counted near the dying, with no pet or relative to mourn."""
    return _near(hits, "death_count", "game_died") and _absent(_MOURNED, hits, context)


def surprise_kept(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A collection, a draw or a hunt kept secret, and no request of the writer's."""
    if not _KEPT_FROM.isdisjoint(hits):
        return False
    if "hunt_game" in hits:
        return True
    more = context()
    return "gift_pool" in more and _KEPT_FROM.isdisjoint(more)


# What a child's own small secret must not have beside it: a request, a threat, a
# word of love, of the two of them or of what they do together
# (a brother or a mother named is no parent kept out: "don't tell mum")
_NOT_OWN = (_KEPT_FROM - {"parents"}) | {
    "not_parents",
    "tell_home",
    "secret_until",
    "ours_private",
    "our_game",
    "between",
    "compliment",
    "loves_you",
    "tolerates_you",
    "if_you_tell",
    "or_else",
    "trouble",
    "what_we_do",
    "find_out",
    # ... nor an adult, a present, the night or the body told of in the secret
    # ("mi secreto es que me veo con un hombre mayor", "pan z basenu daje mi prezenty")
    "older",
    "gift",
    "night",
    "by_night",
    "said_to_me",
    "talk",
    "send",
    "body",
    "kin_man",
}


# What being teased for the secret ("or they'll call me grandma", "no me juzguéis")
# may stand for: its "or" and its "call me" are the class's laughter, no threat
_TEASING = frozenset({"or_else", "talk"})


def own_secret(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A child's own small secret told as such ("my secret is I like spinach"),
    and nothing asked, threatened or shared beside it; the laughter of the
    class is no threat (rounds 104 and 105)."""
    if "own_secret" not in hits:
        return False
    barred = _NOT_OWN - _TEASING if "teased" in hits else _NOT_OWN
    return _absent(barred, hits, context)


# What a surprise made for a birthday or a parent's day must not have beside it:
# a meeting, a photo, the two of them, a threat, love or the parents kept out (a
# parent who makes it with the child is none: "io e papà ... per la festa della mamma";
# a poster made "heimlich", in secret, is no being alone: a meeting or a place is;
# and a teacher who "weiß Bescheid" has found out nothing)
_NOT_SURPRISE = (
    _NOT_OWN - {"parents", "gift", "talk", "said_to_me", "send", "alone", "find_out"}
) | {
    "secret_strong",
    "target",
}


def surprise_made(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A surprise for a classmate's birthday or a parent's day, made by the class
    or with a parent, or with the teacher in the know, and nothing asked,
    threatened or shared beside it (rounds 106 and 107)."""
    if "occasion" not in hits or not ("we_make" in hits or "teacher_knows" in hits):
        return False
    return _absent(_NOT_SURPRISE, hits, context)


# What an alibi for a surprise made with a parent must not have beside it: a
# meeting, a place, a car, a wait, the two of them, a photo or a threat
_NOT_ALIBI = (_NOT_SURPRISE - {"alone"}) | {
    "wait",
    "pickup",
    "drop_by",
    "come_alone",
    "hidden_spot",
    "nobody_does",
    "private_lesson",
    "empty",
    "car",
    "take_home",
    "secluded",
    "without",
}


def surprise_alibi(hits: Hits, context: Callable[[], Hits]) -> bool:
    """A surprise for a parent's birthday made with the other parent ("z tatą
    robimy po kryjomu tort na urodziny mamy"), and the child's own alibi for it
    ("jak mama zapyta, w sobotę jestem u Oli"): no meeting, place, car, wait,
    photo, "you and me" or threat beside it, and "alone" only as "in secret",
    the way the surprise is made (rounds 108 and 109)."""
    if "made_with_parent" not in hits or not ("parent_party" in hits or "occasion" in hits):
        return False
    if not _absent(_NOT_ALIBI, hits, context):
        return False
    return not outside(hits.get("alone", ()), hits.get("secretly", ()))


def spared(hits: Hits, context: Callable[[], Hits]) -> frozenset[Kind]:
    """The kinds a message's play spares, in the rules' and the second opinion's findings."""
    kinds: set[Kind] = set()
    if lost_game(hits) or spent_after_sport(hits) or game_death(hits, context):
        kinds.add(Kind.self_harm)
    if (
        childhood_figure(hits)
        or surprise_kept(hits, context)
        or own_secret(hits, context)
        or surprise_made(hits, context)
    ):
        kinds.add(Kind.secrecy)
    if surprise_alibi(hits, context):
        kinds |= {Kind.meeting, Kind.secrecy}
    return frozenset(kinds)
