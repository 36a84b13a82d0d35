"""Grooming and secrecy: concepts found together, close to one another.

No single word betrays grooming: "photo", "meet", "secret", "parents" are
everyday words at school. What published safeguarding guidance describes is
a *pattern*: a request or an offer aimed at the child, with something that
takes the child away from the adults around them (a meeting offline, alone or
at someone's home, photos of the child, a private channel, a gift, questions
about whether anyone is watching, and a demand for secrecy). So the cue
lexicons (``wordlists/cues/<lang>.txt``) name *concepts*, in every partner
language with their inflections and informal spellings, and each rule below
asks for some concepts within a few words of one another, in any language:
"send me a photo of you" is ``photo`` + ``send`` + ``self``, and so is
"mandami una foto di te", "wyślij mi zdjęcie siebie" or a mix of the two.

Terms of a rule: ``a|b`` either concept; ``a+b`` ``b`` right after ``a``
("foto tua"); ``a>b`` ``b`` at most one word after ``a`` ("your new photo");
``a>>b`` at most three words after ("are you at home alone").
``unless`` names concepts that, close by, make the rule not apply ("meet at
the library at break" is school; "delete my message" is the pupil's own).
Every finding is a safeguarding concern (``Kind.safeguarding``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from twinspace.moderation.screening.lexicon import Hits
from twinspace.moderation.screening.tokens import Stream
from twinspace.moderation.screening.verdicts import Kind

Found = Iterator[tuple[Kind, str]]
Span = tuple[int, int]  # first and last token

# Concepts count together when they all lie within this many words: a chat
# line is one proposal, and in a long text, two paragraphs are not.
_WITHIN = 10
# A concept that vetoes a rule counts as far around the match as the rule's
# concepts may lie apart: "don't tell Miss, ... a surprise for her birthday".


# How far a secret undone ("ok now everyone knows") reaches back to its "don't
# tell anyone": one short chat message, an emoji's name between.
_FAR = 24
# How many words open a message: a letter's greeting (``Rule.opening_unless``)
_OPENING = 4


# What parts the concepts of a rule: a line break (a post's paragraphs, a
# list's items); for some rules an emoji (":name:") or the end of a sentence too.
_LINES = "\n"
_LINES_EMOJI = "\n:"
_SENTENCES = "\n.!?:"
# The sets of concepts whose waking rules are remembered: 20,000 lines of the
# benchmark's corpus have about a thousand; a bound for a server that runs for months.
_CONCEPT_SETS = 4096


class Rule(NamedTuple):
    kind: Kind
    needs: tuple[str, ...]
    within: int = _WITHIN
    unless: tuple[str, ...] = ()
    # Concepts too common to count across these marks: "we went to the beach 👍
    # The video is long" is two things said, not a request.
    parted_by: str = _LINES
    # Vetoes that count farther around the match (``_FAR``): a secret undone
    # at the end of the message ("... ok now everyone knows lol")
    far_unless: tuple[str, ...] = ()
    # Vetoes that open the message (its first ``_OPENING`` words), wherever the
    # match is: a letter's greeting to the parents themselves ("Chers parents,
    # ... tout reste confidentiel") keeps no secret from them
    opening_unless: tuple[str, ...] = ()


K = Kind
RULES: tuple[Rule, ...] = (
    # Photos and video of the child.
    # ... not of a thing: "send your photos of the experiment to Miss Brown"
    Rule(K.photo_request, ("photo", "send", "self"), unless=("school_place", "event", "thing_of")),
    Rule(
        K.photo_request,
        ("your>photo|photo+your", "send"),
        unless=("school_place", "event", "thing_of"),
    ),
    Rule(K.photo_request, ("selfie", "send")),
    # "mach ma n video wie du tanzt, in dem kurzen top ... nur privat" (round 73)
    Rule(
        K.photo_request,
        ("you_dancing", "photo|film_you", "garment|body|private"),
        within=20,
        unless=("fiction", "event", "school_place", "schoolwork", "a_show", "outfit_for"),
    ),
    # "mach mal n Spiegelbild, aber eins wo man mehr sieht" (round 72)
    Rule(K.photo_request, ("see_more", "photo|selfie|film_you"), within=12, unless=("fiction",)),
    # A profile picture "too tiny" and the swimsuit or towel one asked for, "just
    # for me, I'll delete it" (round 73)
    Rule(
        K.photo_request,
        ("profile_pic", "body|beach", "for_me|delete"),
        within=30,
        unless=("fiction",),
    ),
    Rule(
        K.photo_request,
        ("delete", "for_me", "photo|body|beach|profile_pic"),
        within=20,
        unless=("fiction", "school_place", "schoolwork"),
    ),
    # ... not the class's: "a photo of each of us in our costume for the play"
    # ... nor a book read in class ("le livre qu'on lit ... une vieille photo")
    # ... nor a form to sign for the school's photos ("photo permission slip")
    Rule(
        K.photo_request,
        ("photo|selfie|camera", "body"),
        # ... nor the teacher's photo of a pupil's drawing ("la seño le hizo una foto")
        # ... nor the school photographer's day ("the photos will be taken in front of
        # the school, children in their formal clothes")
        # ... nor nudes named in a lesson on online safety ("PSHE today was on
        # nudes and sextortion", round 74)
        # ... nor the photos of a pyjama night hung in the corridor (round 78)
        unless=(
            "each_of_us",
            "fiction",
            "photo_consent",
            "teacher_snap",
            "photo_day",
            "safety_lesson",
            # ... nor the writer's own baby photo put in the family's group by a
            # parent ("ma photo de bébé tout nu", round 81)
            "baby_photo",
            "on_display",
            # ... nor a worksheet's photo left in the changing room ("ein Foto vom
            # Arbeitsblatt? meins liegt in der Umkleide", round 83)
            "schoolwork",
            # ... nor a hostel's room told by its number, Italian's "camera"
            # ("chi dorme in camera 9? 🛏️", round 82)
            "room_no",
            # ... nor a pool's rule that bans photos where children change
            # ("Fotografieren im Bad ist verboten", round 82)
            "photo_ban",
            # ... nor thanks to a partner class for the video of their school, its
            # uniform liked ("merci à la classe de ... l'uniforme", rounds 100 and 101)
            "thanks_class",
            # ... nor a small child's own photo of a bath toy sent to a
            # grandparent ("I sent grandma a photo of my rubber duck in the bath",
            # rounds 106 and 107)
            "to_gran",
            # ... nor the beach photos a child and a parent choose together for
            # a family album ("io e la mamma abbiamo scelto le foto ... in
            # costume", rounds 114 and 115)
            "me_and_parent",
        ),
    ),
    # ... but a camera turned on and the body asked for, a room's number or not
    # ("turn your camera on in room 12 and show me your body")
    Rule(
        K.photo_request,
        ("camera", "your", "body"),
        unless=(
            "each_of_us",
            "fiction",
            "photo_consent",
            "teacher_snap",
            "photo_day",
            "safety_lesson",
            "baby_photo",
            "on_display",
            "schoolwork",
            "photo_ban",
        ),
    ),
    # ... but "send me a photo in your pants" is held, a form or not
    Rule(
        K.photo_request,
        ("photo|selfie|camera", "send", "body"),
        within=8,
        # ... nor the writer's own baby photo shown round by a relative (round 81)
        unless=("each_of_us", "fiction", "baby_photo"),
    ),
    # ... and a class photo said beside it spares nothing ("send me a photo in your
    # swimsuit, the class photo is boring")
    Rule(K.photo_request, ("photo|selfie|camera", "send", "your", "body"), within=6),
    # "send me a photo of you at the beach"; the beach is school talk on its own
    # ("al mare con la maestra, bellissimo", "our video about the beach")
    Rule(
        K.photo_request,
        ("photo|selfie|camera", "beach", "send|self"),
        within=6,
        parted_by=_LINES_EMOJI,
    ),
    # ... not photos that only the school takes ("seule l'école prend des photos")
    Rule(
        K.photo_request,
        ("photo|selfie|camera", "alone|secret_strong|private"),
        # ... nor the warning signs a lesson lists ("Warnzeichen: Geheimnisse,
        # Geschenke, Fotos, Wechsel in private Apps"), nor the school
        # photographer's group photo ("venez seuls au préau, sans les parents"),
        # nor photos collected in secret for a teacher's farewell album ("für den
        # Abschied von Herrn Öztürk sammeln wir heimlich Fotos", rounds 108 and 109),
        # nor a teacher's rule that video tandems run with the camera on and the
        # teacher in the room, no private calls ("mit Kamera und mit mir im Raum.
        # Keine privaten Anrufe", rounds 114 and 115)
        unless=("only_school", "safety_lesson", "photo_day", "farewell_album", "with_me_present"),
    ),
    # ... at night too, but not a video call to finish the poster or practise vocabulary
    # ... nor a room shared with an exchange partner, Italian's "camera" ("dormiamo
    # nella stessa camera, stanotte abbiamo parlato fino alle 2", round 89)
    # ... a video game's emoji is no video ("tonight 7pm 🎮")
    # ... nor a room with its number ("per problemi di notte, camera 8"; rounds
    # 96 and 97)
    Rule(
        K.photo_request,
        ("photo|selfie|camera", "night"),
        unless=("schoolwork", "shared_room", "video_game", "room_no"),
    ),
    # ... and at night with the child's own things or behind the parents' backs, whatever the reason
    # ... but for a room with its number ("bussate alla prof. Conti, camera 8")
    Rule(
        K.photo_request,
        ("camera", "night", "your|parents|audience|find_out|without"),
        within=8,
        unless=("room_no",),
    ),
    # A picture of the child's body, swimwear or clothes to be sent to the writer,
    # not to the class's gallery ("Hast du noch mehr vom Urlaub, im Bikini? Schick
    # sie mir direkt, nicht in die Galerie", round 75)
    Rule(
        K.photo_request,
        ("not_gallery", "photo|send|selfie", "body|beach|garment|your_place"),
        within=25,
        unless=("fiction",),
    ),
    # ... a clip filmed in a leotard or a swimsuit, sent to the writer ("can u film
    # one in ur leotard tonight and send it to me only?")
    Rule(
        K.photo_request,
        ("film_you", "body|garment", "send|for_me|just_to_me"),
        within=20,
        unless=("fiction", "a_show", "school_place", "schoolwork"),
    ),
    # A picture of the child in pyjamas and one in a swimsuit, with no one else
    # in it, whatever project it is said to be for ("für unser Projekt 'mein
    # Alltag' ... ein Bild von dir im Schlafanzug und eins im Badeanzug, aber
    # allein drauf", rounds 114 and 115)
    Rule(
        K.photo_request,
        ("photo|selfie", "self|your", "nightwear", "beach|swim_under", "alone|without|come_alone"),
        within=30,
        unless=("fiction",),
    ),
    # ... and a picture sent while the child changes ("mandami un video mentre ti
    # cambi per la partita")
    Rule(K.photo_request, ("photo|selfie", "send", "you_changing"), within=12, unless=("fiction",)),
    # "turn the headset's camera on while you change for PE"
    Rule(K.photo_request, ("camera", "you_changing"), within=12, unless=("fiction", "camera_off")),
    # ... and a video of it: "nagraj filmik jak sie przebierasz po wf" (round 36), asked
    # as thanks or not ("ein kurzes video von dir beim umziehen", rounds 39 to 41)
    Rule(K.photo_request, ("film_you", "you_changing"), within=12, unless=("fiction",)),
    # "send a video of you dancing in your room"
    Rule(
        K.photo_request,
        ("photo|selfie", "send", "your_place"),
        unless=("school_place", "thing_of"),
    ),
    # "what are you wearing"; not the outfit for the school disco, the play or a sleepover
    Rule(K.photo_request, ("wearing",), unless=("outfit_for", "sleepover")),
    # "what do you wear to bed", "cosa ti metti per dormire", "w czym spisz"; not
    # the pyjamas of a sleepover
    Rule(K.photo_request, ("sleepwear_q",), unless=("sleepover", "outfit_for")),
    # ... "pyjamas or nothing?", a trip or not
    Rule(K.personal_question, ("sleepwear_q|wearing|nightwear", "nothing_on"), within=12),
    Rule(K.personal_question, ("pyjamas_or_nothing",), unless=("fiction",)),
    Rule(K.photo_request, ("wear_request",)),  # "on the video call, wear something tight"
    Rule(K.photo_request, ("camera", "see_you")),  # "put your camera on, I wanna see you"
    # "I'm a model scout, send me pics"; not a streamer's public channel whose
    # videos a class watches for a project (rounds 98 and 99)
    Rule(K.photo_request, ("scout", "photo|selfie|self"), unless=("watch_in_class",)),
    Rule(K.photo_request, ("hear_voice",)),  # "send me a voice note so I can hear your voice"
    # "send me a voice note whispering my name, just for me, then delete it"
    Rule(
        K.photo_request,
        ("voice_note", "send", "whisper"),
        within=10,
        unless=("fiction", "school_place", "event", "schoolwork"),
    ),
    Rule(K.photo_request, ("voice_note", "for_me", "delete"), within=14, unless=("mine",)),
    Rule(K.photo_request, ("camera", "close_door"), within=10),  # "video call, shut your door"
    # ... and a clip in underwear behind a shut door, sent: "in ur bedroom with the
    # door shut, just in ur vest and pants ... film it and send me" (round 78)
    Rule(
        K.photo_request,
        ("close_door", "body", "send|film_you|photo|camera"),
        within=24,
        unless=("fiction",),
    ),
    Rule(K.photo_request, ("camera", "pose"), within=10),  # "camera on, do a twirl for me"
    Rule(K.photo_request, ("colour_q", "body"), within=4),  # "what colour is your underwear"
    Rule(K.photo_request, ("earn", "photo|selfie|send"), within=10),  # "earn money, send pics"
    Rule(K.photo_request, ("owe_me", "photo|selfie"), within=6),  # "now you owe me a pic"
    # "show me what you look like without your hoodie"
    Rule(K.photo_request, ("without", "garment", "send|look_like|see_you"), within=6),
    # ... and pictures asked for, taken there without one ("send me the ones from
    # the changing room, the ones without the towel", round 82)
    Rule(K.photo_request, ("send", "photo", "without>>garment"), within=20, unless=("fiction",)),
    # "send me a video saying good morning when you wake up, still in your pyjamas"
    Rule(
        K.photo_request,
        ("photo|selfie|camera", "send", "nightwear"),
        within=18,
        unless=("each_of_us", "event", "school_place"),
    ),
    # "turn your camera on and show me your room"
    Rule(K.photo_request, ("camera", "send", "your_place"), unless=("school_place",)),
    # "put on the dress from your profile pic and send me a new one"
    Rule(
        K.photo_request,
        ("photo|selfie", "garment", "send"),
        within=12,
        unless=("school_place", "thing_of", "event", "baby_photo"),
    ),
    # "record a clip of you trying on your new clothes"; not a museum's spacesuit
    # tried on before "a show about electricity" (English "show" is a noun there)
    Rule(
        K.photo_request,
        ("try_on", "photo|selfie|camera|see_you|send"),
        unless=("event", "school_place", "a_show"),
    ),
    # Meeting offline, alone, at someone's home; picking the child up.
    Rule(
        K.meeting,
        ("meet", "offline|alone|my_place|your_place|secret_strong"),
        # ... not a teacher's trip notice ("bring a packed lunch and the signed slip"),
        # nor a group's rule that nobody goes alone ("Treffpunkt bleibt Gleis 8,
        # keiner geht allein los", round 89)
        unless=(
            "event",
            "school_place",
            "permission",
            "relatives",
            "trip_notice",
            "family_over",
            "none_alone",
        ),
    ),
    Rule(
        K.meeting,
        ("my_place|your_place", "alone|night|secret_strong"),
        unless=("event", "parent_drives", "so_i_do"),
    ),
    # ... alone at the writer's place or the child's even beside a present, a card or
    # a cake made for someone, which spare only the secret of a surprise: "we're
    # making a card for your mum, come to mine after school on your own"
    Rule(
        K.meeting,
        ("my_place|your_place", "alone"),
        within=8,
        unless=("parent_drives", "so_i_do", "fiction"),
    ),
    # ... not outside a classroom after a lesson, nor a parent driving both to football;
    # but alone, at night or in secret, wherever it is
    # ... nor a pupil's host family collecting the pupil on an exchange ("si te
    # pierdes llama ... y te recojo", round 89)
    # An adult posing as a driver the school booked: the child taken from the
    # group and its meeting point, the teachers said to know and not to be
    # called ("don't wait with the group ... teachers already know, no need to
    # ring them", round 89)
    Rule(K.meeting, ("leave_group", "skip_teachers"), within=40),
    # A meeting behind a group's activity: the pupil told to leave the group
    # ("nicht zurück zur gruppe ... in den keller vom gemeindehaus, schlüssel hab
    # ich", "salta la visita con la classe, ti aspetto ... andiamo da un'altra
    # parte"), and a place the adult keeps or another way (rounds 118 and 119)
    Rule(
        K.meeting,
        (
            "leave_group",
            "come_down|meet|come_stay|wait",
            "have_keys|venue_closed|back_door|hidden_spot|elsewhere|lift|take_home"
            "|only_you|come_alone|you_and_me|no_word_to|secret_strong",
        ),
        within=25,
        unless=("fiction",),
    ),
    # ... or to come out while the others sleep, alone with the adult ("cuando
    # duerman, sal al porche ... tú y yo", "wenn die anderen ... im Zelt sind,
    # komm leise zum Materialzelt ... Nur du")
    Rule(
        K.meeting,
        (
            "come_down|back_door|hidden_spot|meet|wait",
            "after_lights",
            "you_and_me|only_you|come_alone",
        ),
        within=30,
        unless=("fiction",),
    ),
    # ... or out the back way, alone with the adult ("sors par la porte de
    # derrière à 22h15 ... juste toi et moi")
    Rule(
        K.meeting,
        ("come_down|meet", "back_door", "only_you|you_and_me|come_alone"),
        within=25,
        unless=("fiction",),
    ),
    # ... or an adult who tells the child his age and a hidden place ("im 19 and
    # help out at youth club ... meet me round the back ... by the bins")
    Rule(
        K.meeting,
        (
            "adult_age",
            "meet|come_down|come_stay|wait",
            "hidden_spot|have_keys|venue_closed|come_alone|only_you|leave_group",
        ),
        within=30,
        unless=("fiction",),
    ),
    # ... or told to say it is ill and stay behind when the others go out ("jak
    # wszyscy pójdą na kulig, powiedz, że boli cię brzuch i zostań w pokoju")
    Rule(K.meeting, ("others_gone", "tell_lie", "sick_alibi"), within=25, unless=("fiction",)),
    # ... nor a placement tutor's lift home after a visit, the parents' form
    # signed ("your mum has signed the form, back at school by 4.15", round 91)
    Rule(
        K.meeting,
        ("pickup",),
        unless=("in_school", "parent_drives", "go_together"),
        far_unless=("host_parent", "form_signed"),
    ),
    Rule(K.meeting, ("pickup", "alone|night|secret_strong")),
    # "we could grab a milkshake, don't bring your mates"
    Rule(K.meeting, ("meet", "dont>bring|bring>>dont"), unless=("event", "school_place")),
    Rule(
        K.meeting, ("dont>bring|bring>>dont", "friends"), within=5, unless=("event", "school_place")
    ),
    # "I'll show you where I live, it's near your school"
    # ... not a cousin who sleeps over ("ma cousine dort chez moi ce weekend, on va
    # faire des crêpes", round 54)
    Rule(K.meeting, ("where_i_live", "show_you|near_you|meet"), unless=("event", "family_over")),
    # "my flat is empty on friday"; not a room that looks empty once the toys
    # are given away
    Rule(K.meeting, ("home_noun", "empty"), within=4, unless=("looks_empty",)),
    Rule(K.meeting, ("empty", "meet"), unless=("event",)),
    # A meeting for the two, with an offline handover or a promise ("on se capte
    # samedi au parc vers 15h, juste toi et moi, je te file les robux en vrai")
    Rule(
        K.meeting,
        ("meet", "you_and_me|us_two", "offline|gift|alone"),
        within=20,
        unless=("event", "school_place", "trip_notice", "family_over", "relatives", "fiction"),
    ),
    # A casting, an audition or a job interview held in a hotel room, the child
    # to come alone or without the parents ("Vorgespräch im Hotel am Hbf, Zimmer
    # 208. Eltern bitte nicht mitbringen", "prueba en el hotel, habitación 412,
    # ven sin acompañante", round 74): no agency auditions a minor so
    Rule(
        K.meeting,
        ("audition", "hotel", "room_word|without|alone|neg>>bring|bring>>neg|parents"),
        within=30,
        unless=("fiction",),
    ),
    # ... and a flat whose others are out, further on ("come round mine friday
    # after 4 ... flatmates r out till late", round 69)
    Rule(
        K.meeting, ("empty", "my_place", "meet|come_stay"), within=24, unless=("event", "in_school")
    ),
    # "I'll be parked outside the school gates at 4, look for the blue car"
    # "tomorrow I'll wait at the bus stop near your school"
    Rule(
        K.meeting,
        ("wait", "school_gate|car|my_place|your_place|near_you"),
        unless=("in_school", "go_together"),
    ),
    Rule(K.meeting, ("wait", "night|alone")),
    Rule(K.meeting, ("self", "fetch"), within=6),  # "ich kann dich morgen abholen"
    # "you can stay over at mine"; not a partner pupil hosting the exchange visit,
    # a parent having made the bed ready ("mama juz przygotowala pokoj")
    Rule(K.meeting, ("sleep_at_mine",), unless=("event", "host_ready")),
    # "be in my next video, come to my studio alone"; an esports scout's trial
    # "without your parents" (rounds 98 and 99)
    Rule(K.meeting, ("scout", "alone|meet|no_parents")),
    # A cover told to the teacher and the child taken to the adult's place: "ill
    # tell miss ur already on the coach, then i drive u to mine", "ich sag der
    # lehrerin du bist schon beim bus, dann fahren wir zu mir" (rounds 100 and 101)
    Rule(
        K.meeting,
        ("cover_teacher", "my_place|pickup|take_home|car"),
        within=30,
        # ... not pupils who skip a lesson to finish homework at one's home
        unless=("fiction", "schoolwork"),
    ),
    # "come to a party at my flat? no parents": a party, but no adult
    # ... and a parent's lift said to be needless beside the writer's own pick-up
    # ("je te récupère au rond-point, pas besoin que ton père t'amène", rounds 100
    # and 101)
    Rule(K.meeting, ("no_parents", "my_place|meet|collect_you"), within=12),
    # The adult's own private room with a parent left out: "my private lobby, no
    # parents allowed"; not a school disco that is private
    Rule(
        K.meeting,
        ("no_your_parent", "mine>private|mine>channel"),
        within=12,
        unless=("event", "school_place", "sleepover"),
    ),
    # ... or a thing to collect alone: "come collect it on your own, without your dad"
    Rule(K.meeting, ("fetch_it", "alone", "no_your_parent"), within=12, unless=("event",)),
    # "I'll pay for your bus to come and see me"
    Rule(K.meeting, ("to_you", "travel", "meet|my_place|to_see_you"), within=12),
    # "come behind the sports hall at lunch, alone": a school place, but hidden
    Rule(K.meeting, ("hidden_spot", "alone", "meet|wait"), within=14),
    # ... and with no word for meeting, the call to come alone is enough: "the
    # bench behind the sports hall after 6, come on ur own" (round 54)
    # (a class's poster or party said beside it spares nothing)
    Rule(K.meeting, ("hidden_spot", "come_alone"), within=20),
    # A private audition or a shoot alone in a wood or a car park ("a private trial
    # on Sunday in the car park behind the sports hall", "ein Shooting, Sonntag im
    # Wald, nur wir zwei", round 83)
    Rule(K.meeting, ("audition", "alone|private", "secluded|hidden_spot"), within=30),
    # ... or a meeting understated: praise, "I'm in town anyway", a place and a
    # time, then "just you tho", "viens seule", "bring lieber keinen mit" (round 73)
    Rule(
        K.meeting,
        ("come_alone", "meet|hidden_spot|passing_by|near_you|your_town"),
        within=30,
        unless=("event", "fiction"),
    ),
    # An adult's invitation with the parents spared: "pop round mine wed, no need
    # to mention it at home", "je te prends à 10h, inutile d'en parler à ta
    # mère", "deine Eltern musst du damit nicht belasten" (round 72); a surprise
    # said beside it spares nothing
    Rule(
        K.meeting,
        (
            "spare_parents",
            "meet|my_place|car|hidden_spot|passing_by|drop_by|fetch_it|pickup|collect_you"
            "|when_later|to_you|hotel_room|wait|us_two",
        ),
        within=45,
        unless=("fiction",),
    ),
    # A lift taken away from the other parents: "round the corner, not at the
    # front with the other parents, so don't wait with them" (round 72)
    Rule(
        K.meeting,
        ("away_from_parents", "lift|car|wait|take_home|pickup|hidden_spot|meet|collect_you"),
        within=30,
        unless=("fiction",),
    ),
    # ... and the shy adult's excuse for it: "I go all awkward with crowds"
    Rule(K.meeting, ("shy_crowds", "alone|come_alone|passing_by"), within=30, unless=("fiction",)),
    # "which stop do you get off the tram at? I'll wait there"; not a parent's
    # pick-up, a teacher's or a class's outing
    Rule(
        K.meeting,
        ("get_off", "wait"),
        within=14,
        unless=("audience", "relatives", "school_place", "event", "go_together"),
    ),
    # "I'm at the station in your town, come down quick"; not a class's visit
    # next week or a cousin who lives there
    Rule(
        K.meeting,
        ("your_town", "come_down", "here_now"),
        within=14,
        unless=("parents", "relatives", "event", "partner_class", "our_class", "school"),
    ),
    # "you seem lonely, I could keep you company at night"
    Rule(K.meeting, ("company", "night|my_place|your_place|lonely"), within=10),
    # "I'm in your area", "coming to your town next week ... just us?"
    Rule(K.meeting, ("your_area", "meet|alone"), within=14, unless=("event",)),
    # "if you ever want to run away, I have a spare room"
    Rule(K.meeting, ("run_away", "shelter|my_place"), within=12),
    # "come to my hotel room after the match": no match or trip makes that school
    Rule(K.meeting, ("hotel_room", "meet|alone|dont>bring|bring>>dont|night")),
    # "I'm friends with your coach, so it's ok to meet"
    Rule(K.meeting, ("know_your_adult", "meet|phone|private|secret_strong"), within=12),
    # "can you sneak out tonight? I'll be at the end of your road"
    Rule(K.meeting, ("sneak_out", "night|wait|meet|end_of_road")),
    # ... and a meeting at a hidden spot or at night, the others in the room
    # left asleep: "meet me behind the hostel at 11, don't wake the others" (round 90)
    Rule(K.meeting, ("sneak_out", "meet", "hidden_spot|night"), within=20, unless=("fiction",)),
    # Out of a sleepover by the back or garden gate to someone waiting: "at the
    # sleepover slip out the back gate at 8, I'll wait in the lane"
    Rule(
        K.meeting,
        ("back_way|sneak_out", "sleepover|night", "wait|meet"),
        within=30,
        unless=("fiction",),
    ),
    # "I'll come to your school tomorrow to see you"; not a class's visit
    Rule(K.meeting, ("your_school", "to_see_you"), within=8, unless=("event",)),
    # "come to my flat after practice, my roommate is away"
    Rule(K.meeting, ("my_place", "gone")),
    # A meeting at a hidden spot kept from the others: "come to the playground
    # behind the school on Friday at 6, and don't tell the boys"
    Rule(
        K.meeting,
        ("hidden_spot", "meet", "neg>>tell|tell>>neg|no_need_tell"),
        within=20,
        unless=("fiction", "event"),
    ),
    # "I live 5 mins from your school, pop round Friday when my lodger is out,
    # juste nous deux": the writer's home near the child's, a visit and no one else
    Rule(
        K.meeting,
        ("i_live_near", "meet", "alone|gone|only_you|us_two|you_and_me"),
        within=24,
        # ... not a classmate to walk to school with, nor one whose mum will be in
        unless=("family_over", "relatives", "go_together", "in_school", "parent_home"),
    ),
    # "I'll teach you to drive my car in the empty car park, just us"
    Rule(K.meeting, ("car", "alone|secret_strong"), within=8, unless=("event", "relatives")),
    # An adult's own life, in a pupils' space, with a meeting: "come round and help
    # me with my dog while my wife is at work"; not a lesson on the law of young
    # workers' hours ("do 18 lat żadnej pracy w nocy ... mój szef pilnuje")
    Rule(
        K.meeting,
        ("adult_life", "meet|my_place|away|alone|night"),
        within=12,
        unless=("event",),
        far_unless=("work_law",),
    ),
    # "I can get you backstage, but you'd have to come without your parents"
    Rule(K.meeting, ("exclusive_access", "no_parents|alone|secret_strong"), within=14),
    # "hop in, I'll take you home", "sali in macchina che ti porto a casa"
    Rule(
        K.meeting,
        ("take_home", "get_in|car|pickup|wait|alone|night"),
        far_unless=("form_signed",),
    ),
    # The child's number or account, or a channel away from the teachers.
    # not "the private call with the partner class"
    # ... not French homework ("le dm de maths"), a chemist's or a decimetre
    # ... nor a number asked on a paper slip instead ("die Notfallnummer auf dem
    # Zettel eintragen, nicht hier im Chat", round 76)
    # ... nor the writer's own or the class's account set to private, a lesson's
    # advice ("passer notre compte Insta en privé"), nor a creator's page that
    # reads no private messages ("contact business@..., I don't read DMs",
    # rounds 110 and 111); "make your account private" is held still
    # A private app with its number hidden on a note among the pupil's things
    # ("wyślę ci na Signala, numer masz na karteczce w piórniku", rounds 118
    # and 119)
    Rule(
        K.private_contact,
        ("contact|own_channel", "a_note", "in_your_things"),
        within=20,
        unless=("fiction",),
    ),
    Rule(
        K.private_contact,
        ("talk|meet|send", "private|elsewhere"),
        # ... nor a club's notice of what its coaches never do ("coaches will
        # never message players on Snapchat or in private", rounds 110 and 111)
        unless=(
            "partner_class",
            "not_message",
            "on_paper",
            "adults_never",
            "own_account_private",
            "no_dms",
        ),
    ),
    # ... not the number of a company, a school office or a trip's coach (round 41),
    # nor a family's number written on a school's form ("write grandma's number on
    # the trip form")
    # ... nor one asked for and refused in the same breath, the class keeping
    # to its chat ("your number? no, we don't swap numbers, write here", round 85)
    Rule(
        K.private_contact,
        ("phone", "ask|send|talk"),
        within=6,
        unless=("ordinary_number", "org_number", "school_form"),
        far_unless=("no_swap",),
    ),
    # ... but the child's own, a company's number beside it or not
    Rule(
        K.private_contact,
        ("your", "phone", "ask|send"),
        within=4,
        unless=("ordinary_number",),
        far_unless=("no_swap",),
    ),
    Rule(K.private_contact, ("platform", "ask|your"), within=3),
    # An app to move to where parents cannot read or no one else is to be added,
    # whatever feast is named ("ajoute moi sur Snap ... tes parents peuvent pas lire")
    Rule(K.private_contact, ("platform", "add_me|to_me_there|contact", "unread_there"), within=30),
    # "I made a private channel on my discord just for you and me"; not one to
    # play a game in, nor the class's channel for a project
    Rule(
        K.private_contact,
        ("private", "channel", "you_and_me"),
        within=10,
        unless=("school_place", "partner_class", "event", "to_play"),
    ),
    # An address whose house number is told as a sum with the writer's age: "I'm
    # on Elm Street, the number is my age plus one, second floor flat 4"
    Rule(K.address, ("number_riddle", "street|flat-part"), within=20, unless=("ordinary_number",)),
    # A home told by its street, its floor and the name to ring at, the house number
    # apart or missing: "via Roma, al numero 9, terzo piano, suona a Bianchi"
    Rule(K.address, ("street", "flat-part", "ring_bell"), within=24, unless=("school_place",)),
    # "do your parents let you have snapchat?"
    Rule(K.private_contact, ("platform", "parents", "let_you"), within=8),
    # "do u have a private account i can follow"; not the class's own account,
    # nor the pupils' own set to private in a lesson ("ustawiliśmy swoje konta
    # jako prywatne", rounds 112 and 113)
    Rule(
        K.private_contact,
        ("private", "account", "follow|your"),
        within=6,
        unless=("school_place", "own_account_private"),
    ),
    # "what's your whatsapp? this app is boring"; not a lesson's own accounts set
    # to private, who sees the posts checked ("messo i nostri profili in privato e
    # controllato chi vede i post", rounds 112 and 113)
    Rule(
        K.private_contact,
        ("here_bad", "platform|talk|phone|elsewhere|private"),
        unless=("own_account_private",),
    ),
    # ... or the school said to check the platform, beside the move elsewhere
    # itself, in two sentences ("I've written to you on Telegram, reply to me
    # there. The school checks this platform", rounds 98 and 99); the school's
    # own notice that it checks the posts moves nothing
    Rule(
        K.private_contact,
        ("school_reads", "elsewhere|private|phone"),
        within=14,
        unless=("safety_lesson",),
    ),
    # "join my voice channel at midnight, no one else is invited"
    Rule(K.private_contact, ("nobody_else", "talk", "night"), within=12, unless=("event",)),
    # Gifts: money, phone credit, game currency.
    # ... not a skin given between players after a round: "gg, I gave you my spare skin",
    # nor a price list's "free for under-18s, 16 euros for adults"
    Rule(K.gift_offer, ("gift", "to_you|offer"), unless=("team_play", "buy_myself", "price_list")),
    Rule(K.gift_offer, ("offer_q>gift",)),
    # "I've got something for you, but come alone", "a present, just us two"
    Rule(K.gift_offer, ("gift", "to_you", "alone|secret_strong|night"), unless=("event",)),
    Rule(K.gift_offer, ("gift", "waiting_you"), within=8),  # "a present waiting for you in my car"
    # "you can borrow my old laptop, but only if we keep chatting on it at night"
    Rule(K.gift_offer, ("lend_you", "condition", "talk|night|secret_strong|alone"), within=16),
    # "I bought you a hoodie, I'll drop it round when your mum's out"
    Rule(
        K.gift_offer,
        ("to_you", "parents|audience", "away|gone"),
        within=14,
        unless=("mine", "event", "parent_drives", "form_signed"),
    ),
    # "I'll put a tenner on your phone, what network are you on?"
    Rule(K.gift_offer, ("network_q", "gift|to_you|offer|phone"), within=12),
    # "I'll buy you the new game if you...", "... that hoodie you wanted"
    Rule(K.gift_offer, ("to_you", "condition|you_wanted")),
    # "got a code for skins, if you add me on discord"; not a parent's top-up
    # for a good mark: "my mum only tops up my phone if I get a 7 in maths"
    Rule(
        K.gift_offer,
        ("gift", "condition"),
        unless=("event", "team_play", "parent_gives", "price_list"),
    ),
    # ... but a top-up for a photo, whoever else tops up the phone: "my mum tops
    # up my phone, I'll top up yours if you send me a pic"
    Rule(K.gift_offer, ("gift", "condition", "photo|selfie"), within=12),
    # "I'll order you those trainers, tell me where to deliver them": an address
    Rule(K.gift_offer, ("deliver_q", "to_you|gift|offer"), within=16),
    # Is anyone watching? Where exactly? How old, with flattery or more.
    # ... not "are you alone in your group?", "tu es seule dans ta classe"
    Rule(K.personal_question, ("you_are>>alone",), unless=("school_place",)),
    # When a parent is away for work or on nights ("wann ist dein Papa auf
    # Montage, die ganze Woche?", round 75); not "when mum is on nights" told
    Rule(
        K.personal_question,
        ("when_q", "your>kin_parent|your>parents", "away_for_work"),
        within=12,
        unless=("fiction",),
    ),
    # When the adults of a trip make their last round at night ("what time do the
    # teachers stop checking the corridor?", "o której nauczyciele robią ostatni
    # obchód?", round 82): when a child is no longer watched
    Rule(K.personal_question, ("when_q", "night_round"), within=8, unless=("fiction",)),
    # ... not safety advice ("never share your address in chat", round 69)
    # ... not the parents at home at a party the writer gives ("impreza u mnie w
    # sobotę, rodzice są w domu", round 74): the host's parents, not the child's
    # ... nor a school's or a trip's form to fill in ("host families: please fill in
    # the form with your address", round 82)
    # ... nor the school's mail asked for, to share a project ("ton adresse du lycée", round 84)
    # ... nor a teacher's rule not to put one's home address on the letters ("Please
    # do NOT put your home address on the letters", rounds 114 and 115)
    Rule(
        K.personal_question,
        ("probe",),
        unless=("school_place", "never_share", "party_at_mine", "school_form", "school_mail"),
    ),
    # "home alone again?", "encore seule à la maison ?"; not "I was alone at home and read"
    # ... not a pupil's own evening alone and what they do with it ("I'm home alone
    # tonight so I'm making the posters", round 79)
    Rule(
        K.personal_question,
        ("home_alone", "again|night|now|you_are|your|when_q"),
        within=6,
        unless=("so_i_do",),
    ),
    # ... not "my dad is coming to your town for work"
    # ... not a classmate's parent who drives the pupil home after a party (round 39)
    Rule(
        K.personal_question,
        ("parents", "your|self", "away"),
        within=6,
        # ... nor parents who signed the school's form for a lift (round 91)
        # ... nor signs practised "at home with your family" (rounds 116 and 117)
        unless=("mine", "parent_drives", "form_signed", "with_family"),
    ),
    # "are your mum and dad in tonight?"
    Rule(
        K.personal_question,
        ("at_home_q", "parents", "your|night|now"),
        within=8,
        unless=("mine", "whole_family"),
    ),
    # "when does your mum get back from work?", "o której mama wraca z pracy?"
    Rule(K.personal_question, ("when_q", "parents", "away"), within=8, unless=("mine",)),
    # ... not a feast at a friend's home with the whole family ("stasera iftar a
    # casa sua con tutta la famiglia", round 87), nor a parent resting after a
    # shift ("la mamma dorme sul divano dopo il turno di notte")
    Rule(
        K.personal_question,
        ("parents", "away", "night"),
        within=8,
        unless=("mine", "whole_family", "after_shift"),
    ),
    # ... not a parent who "will kill me if I lose another phone" (rounds 112 and 113)
    Rule(
        K.personal_question,
        ("parents", "away", "phone"),
        within=6,
        # ... nor a camp's own phone, which the parents call ("na obozie rodzice
        # dzwonią na telefon komendanta", rounds 118 and 119)
        unless=("mine", "kill_me_if", "camp_line"),
    ),
    # "is your mum working late again tonight?"
    Rule(
        K.personal_question,
        ("late", "parents", "your|again"),
        within=8,
        # ... nor a child's dinner at a grandparent's while a parent works nights
        # ("Papa hat wieder Nachtschicht, wir essen bei Oma", rounds 106 and 107)
        unless=("mine", "vehicle_late", "at_gran"),
    ),
    # "is anyone else home with you?"
    Rule(K.personal_question, ("anyone_there", "your_place"), within=6),
    # ... not a film's sad scene, "I had to look away. Anyone else?" (rounds 106 and 107)
    Rule(K.personal_question, ("anyone_there", "away"), within=6, unless=("look_away",)),
    Rule(K.personal_question, ("anyone_there>>away",)),
    # ... when the parent leaves, who else is home, and whether the child's door locks
    # ("ta mère elle part à quelle heure ... y a quelqu'un d'autre à l'appart ... ta
    # porte de chambre elle ferme à clé?", rounds 122 and 123)
    Rule(
        K.personal_question,
        ("steps_out|when_q", "anyone_there", "lock"),
        within=40,
        unless=("school_place",),
    ),
    # How far a pupil has gone with a boyfriend or a girlfriend: "hast du schon nen
    # freund? und wie weit seid ihr schon gegangen?" (rounds 106 and 107)
    Rule(
        K.personal_question,
        ("how_far_gone", "have_partner|tell_me_safe|relationship"),
        within=24,
        unless=("fiction",),
    ),
    # ... and a pupil's bra size asked: "tu portes quelle taille de soutien-gorge ?"
    # (a biology lesson's "bra size is not cup size" asks no one)
    Rule(K.personal_question, ("bra_size", "your|target"), unless=("fiction",)),
    # "does anyone check your phone at night?"
    Rule(K.personal_question, ("check_phone", "anyone|parents|night"), within=6),
    Rule(K.personal_question, ("where_live", "exact|alone|my_place|meet"), within=8),
    Rule(
        K.personal_question,
        (
            "age",
            "alone|secret_strong|selfie|compliment|relationship|flattery"
            "|body|my_place|private|gift|camera|wearing|seem|older",
        ),
        within=16,
        # "... together they are 17. how old is she?"; "a photo of your nan when she was your age"
        # ... nor an interview's question how old the adult was back then ("how old
        # were you when you first stood for the council?", rounds 94 and 95)
        unless=("age_sum", "then_your_age", "age_back_then"),
    ),
    # ... not a height asked ("ile masz wzrostu? szczerze", "ile masz" being also
    # "how old", rounds 94 and 95)
    Rule(K.personal_question, ("age>insist|insist>age",), unless=("height_weight",)),
    # "what size shoes are you? I want to surprise you, our secret"
    Rule(
        K.personal_question,
        ("size_q", "secret|secret_strong|alone|body"),
        within=16,
        # ... nor a team's kit order ("la taglia della divisa e il numero di
        # scarpe, facciamo un ordine unico", rounds 110 and 111)
        unless=("school_place", "partner_class", "kit_order"),
    ),
    Rule(K.personal_question, ("seem>>older|seem>>young_age",)),  # "you look way older"
    # "so mature for 13", "matura per avere 13 anni" ("for 13" is one hit: see screener)
    Rule(K.personal_question, ("compliment|older", "for>young_age|young_age"), within=6),
    Rule(
        K.personal_question,
        ("compliment", "alone|secret_strong|body|relationship"),
        within=8,
        # ... nor a partner class's uniform liked in the video of their school
        # ("grazie alla classe ... bellissima la divisa", rounds 100 and 101)
        # ... nor a babysitter who reads to the children ("Notre baby-sitter nous lit
        # deux chapitres", rounds 112 and 113)
        unless=("baby_photo", "thanks_class", "babysitter"),
    ),
    Rule(K.personal_question, ("relationship", "alone|secret|secret_strong|photo|camera|selfie")),
    Rule(K.personal_question, ("flattery",)),
    Rule(K.personal_question, ("sexual_q",)),  # "have you ever kissed anyone?"
    Rule(K.personal_question, ("alone", "let_you", "night"), within=8),  # "out alone at night?"
    # "what time do you go to bed? I'll message you then"
    Rule(K.personal_question, ("bedtime_q", "msg_then|talk"), within=10),
    # "send me your location so I know where you are"; not a class's city on a map
    Rule(
        K.personal_question,
        ("location", "where_you_are|where_live"),
        within=10,
        unless=("school_place",),
    ),
    # "share your live location with me so I know you're safe"; not the class's
    # on the trip's app, nor one shared with a parent
    Rule(
        K.personal_question,
        ("location", "send", "so_i_know|live_location"),
        within=12,
        unless=("school_place", "event", "parents"),
    ),
    Rule(K.personal_question, ("body_q",)),  # "how much do you weigh?"
    # "send me your timetable so I know when you're free"
    Rule(K.personal_question, ("when_free", "timetable"), within=12, unless=("school_place",)),
    # "what colour is your house? I think I drove past it"
    Rule(K.personal_question, ("drove_past", "your_place|home_noun"), within=14),
    # "what's your mum's name and what time does she leave for work?"
    Rule(K.personal_question, ("parent_name_q", "when_q", "away"), within=14),
    # "send me your timetable so I know when you're free", "... so I know where you are"
    Rule(
        K.personal_question,
        ("so_i_know", "when_free|where_you_are|home_alone"),
        within=8,
        unless=("school_place", "event"),
    ),
    # "what's the code for your front door?"; not the school's
    Rule(K.personal_question, ("door_code",), unless=("school_place",)),
    # "do you sleep in your own room?"; not where the class sleeps on a trip
    Rule(K.personal_question, ("sleep_q",), unless=("event", "school_place")),
    # a bank card's number; not the library card's
    Rule(
        K.personal_question,
        ("card_number", "your|gift|to_you"),
        within=10,
        unless=("school_place",),
    ),
    # "do you walk home on your own? which way do you go?"
    Rule(
        K.personal_question,
        ("route_q", "alone|home_noun|night|school_place|near_you|wait|meet|me_there"),
        within=12,
    ),
    # "is your door locked at night?"
    Rule(K.personal_question, ("lock", "door", "your|night"), within=5, unless=("school_place",)),
    # "let's play truth or dare, but you have to answer everything, no skipping";
    # not the game at a sleepover or a party
    Rule(K.personal_question, ("truth_dare", "answer_all"), within=14, unless=("sleepover",)),
    # "which window is your bedroom?"; not "my bedroom window looks onto the park"
    Rule(K.personal_question, ("which_window", "your_place"), within=8),
    # Which house, flat or room of a street or a map is the child's: "which house
    # in the street is yours, and which window is your bedroom's?"; not "which
    # house is yours in Harry Potter", a room at the trip's hostel or a house in a game
    Rule(
        K.personal_question,
        ("which_home|which_window", "yours|your_place"),
        within=10,
        unless=("fiction", "not_home"),
    ),
    # "what's your home wifi called? I'm parked outside and want to connect": the
    # child's home network; not a parent parked outside and the school's wifi
    Rule(
        K.personal_question,
        ("parked_near", "home_wifi", "connect"),
        within=18,
        unless=("school_place",),
    ),
    # Secrecy from teachers and parents; wiping the traces.
    # "our secret ingredient"; a spoiler kept ("garde le secret, pas de spoil")
    # ... nor the writer's own news, a secret undone at once ("pls dont tell anyone
    # but i got 100% on the mock, ok now everyone knows", rounds 68 and 70); nor a
    # present or a draw for a classmate ("Père Noël secret, on garde le secret
    # jusqu'au 18"); nor first aid practised among the pupils ("la PLS entre nous")
    Rule(
        K.secrecy,
        ("secret_strong",),
        # ... nor a secret vote or poll till its results (round 75), nor a grooming
        # case told in a lesson on online safety, nor the French "d'entre nous" of
        # a share ("70 % d'entre nous"), which is no "entre nous"; nor one's own
        # password kept to oneself ("never tell anyone your password")
        unless=(
            "event",
            "spoiler",
            "gift_pool",
            "first_aid",
            "secret_until",
            "secret_ballot",
            "safety_lesson",
            "among_us",
            "own_password",
            # ... nor the writer's own small mishap ("dont tell Miss i lost my
            # bottle again", round 82)
            "own_slip",
            # ... nor a secret someone kept long ago ("she could tell no one", rounds
            # 94 and 95)
            "past_secret",
        ),
        # ... nor a surprise named at the start of a longer message ("surprise pour
        # ma mamie qui sort de l'hôpital samedi ... chut c'est un secret", round 88)
        # ... nor a project kept from the other classes, lest they copy the idea,
        # said after a line on the photos kept back ("top secret till the fair, no
        # pics in the chat, or 7c nicks our idea", rounds 96 and 97)
        # ... nor a build kept from a rival class till a contest ("our secret base,
        # don't tell the 6b before the build contest", rounds 98 and 99)
        # ... nor the seal of confession explained in a lesson ("in confession the
        # priest can never tell anyone", rounds 120 and 121)
        far_unless=(
            "secret_undone",
            "event",
            "copy_idea",
            "before_contest",
            "unveiling",
            "confession",
        ),
    ),
    # ... but what "we" do likened to confession is a secret kept with the child
    # ("Father Tom says what we do after choir is secret like confession", rounds
    # 120 and 121)
    Rule(
        K.secrecy,
        ("confession", "what_we_do|ours_private", "secret|secret_strong"),
        within=16,
        unless=("fiction",),
    ),
    # ... but a secret till a day with no present, draw or event near it is held
    # still ("keep it secret till friday 🤫")
    # ... not an article under the paper's embargo, kept back until it is printed
    # ("bleibt bis Freitag geheim ... Sperrfrist", rounds 94 and 95)
    # ... nor a mural or an artwork kept secret till its unveiling ("secreto hasta
    # la inauguración", rounds 100 and 101)
    Rule(
        K.secrecy,
        ("secret_until",),
        unless=("gift_pool", "gift", "event", "spoiler", "fiction", "unveiling"),
        # ... nor a project kept from the other classes till the fair, lest they
        # copy the idea (rounds 96 and 97), or beat it at a contest (rounds 98 and 99)
        far_unless=("embargo", "copy_idea", "before_contest"),
    ),
    # "read this then delete it k?" (round 73)
    Rule(K.secrecy, ("read_then_delete",), unless=("fiction", "schoolwork")),
    # "just between the two of us"
    Rule(K.secrecy, ("between>us_two",), unless=("event", "first_aid", "among_us")),
    Rule(K.secrecy, ("threat",)),  # "send it or I'll show everyone": pressure to keep quiet
    # A picture the child sent, kept and held over them: "I still have the pic you
    # sent me, send another or your whole school sees it"; not a villain in a book
    Rule(
        K.secrecy,
        ("photo", "still_have|sent_me", "or_else", "expose"),
        within=18,
        unless=("fiction", "event"),
    ),
    # ... and the same threat the other way round, with more pictures or a video
    # due by a time ("you already sent me one. if 2 more aren't in my inbox by
    # 9pm the first one goes in your year's group chat", "ich hab dein Bild noch
    # ... oder deine ganze Klasse kriegt das Bild", rounds 110 and 111)
    Rule(
        K.photo_request,
        ("sent_me|still_have", "more_pics", "or_else|if", "expose"),
        within=40,
        unless=("fiction", "safety_lesson", "advice_talk"),
    ),
    # ... or asked for with no word of the first: more pictures by a time, or
    # else the class sees ("schick mir bis morgen noch ein video, sonst sieht
    # deine klasse das erste")
    Rule(
        K.photo_request,
        ("send_me|send", "more_pics", "or_else", "expose"),
        within=30,
        unless=("fiction", "safety_lesson", "advice_talk"),
    ),
    # ... or with no word of sending: new pictures by a time, or else the class
    # sees the old ones ("Tre foto nuove senza maglietta entro le 22 o le vecchie
    # le vede tutta la classe"), whatever lesson on sextortion was quoted before
    # (rounds 112 and 113)
    Rule(
        K.photo_request,
        ("new_pics|more_pics", "or_else|if", "expose|all_see"),
        # (close together; a lesson named before it vetoes nothing, only the
        # lesson's own advice to tell an adult)
        within=14,
        unless=("fiction", "tell_adult"),
    ),
    # Sextortion told by the child: someone has the child's pictures, or had one
    # sent, and wants money, gift cards or more, or sends them to the class ("hat
    # meine Bilder und will jetzt 300 in Paysafecards", "j'ai envoyé une photo
    # ... sinon il l'envoie à tout mon collège", rounds 110 and 111); not a
    # lesson that names how it goes, nor a story, nor a brother who wants money
    # for the holiday photos with no "or else"
    Rule(
        K.disclosure,
        ("my_pics_held|sent_a_pic", "ransom", "or_else|spread_mine|threatens_post"),
        within=40,
        unless=("fiction", "safety_lesson", "advice_talk"),
    ),
    # ... and told as the lesson's warning come true, which the lesson then spares
    # not ("Wir hatten doch Sextortion in Medienkunde. Bei mir passiert das gerade
    # echt: ... hat ein Foto von mir und will bis Freitag 200 Euro", rounds 112 and 113)
    Rule(
        K.disclosure,
        ("happening_to_me", "my_pics_held|sent_a_pic|photo", "ransom|money_word|or_else"),
        within=30,
        unless=("fiction",),
    ),
    # ... or with no price named, the pictures to be posted or sent to the class
    # ("he's got my pics and says he'll post them")
    Rule(
        K.disclosure,
        ("my_pics_held|sent_a_pic", "threatens_post|or_else>>spread_mine"),
        within=40,
        unless=("fiction", "safety_lesson", "advice_talk"),
    ),
    # An adult's age hidden behind a profile: "my profile says 14 but I'm actually 26"
    Rule(K.secrecy, ("really_am", "account"), within=10, unless=("fiction",)),
    Rule(K.secrecy, ("keep", "ourselves"), within=5, unless=("event",)),  # "keep it to ourselves"
    # "keep our chats private"; not "we keep the surprise party secret"
    # ... but not a school's letter to the parents themselves, whose file it keeps
    # confidential ("Chers parents, ... tout reste confidentiel", round 88)
    Rule(
        K.secrecy,
        ("keep", "private|secret", "chat|us"),
        within=6,
        unless=("event",),
        opening_unless=("to_families",),
    ),
    # "if anyone finds out about us"
    Rule(K.secrecy, ("anyone", "see", "us"), within=8, parted_by=_SENTENCES),
    # "your parents don't need to know we talk"
    Rule(K.secrecy, ("need_know", "audience|us|anyone"), within=8, unless=("event",)),
    # ... not the secret of a skill, a tip ("la profe dice que el secreto de la
    # pronunciación es grabarse")
    Rule(
        K.secrecy,
        ("secret", "keep|tell|audience"),
        within=6,
        # ... nor a surprise kept till a time ("bis 14 Uhr geheim halten")
        unless=(
            "event",
            "spoiler",
            "tip_secret",
            "gift_pool",
            "secret_until",
            "secret_ballot",
            "safety_lesson",
            # ... nor a mural kept secret till its unveiling (rounds 100 and 101)
            "unveiling",
            # ... nor hiding at hide and seek ("beim Verstecken im Keller versteckt",
            # rounds 102 and 103)
            "hunt_game",
            # ... nor a cake hidden for a parent's birthday ("un fraisier en cachette
            # pour les 40 ans de maman"), which spares this secret and no meeting
            # (rounds 104 and 105)
            "parent_party",
            # ... nor photos collected in secret for a teacher's farewell ("per il
            # saluto alla prof raccogliamo foto di nascosto", rounds 108 and 109)
            "farewell_album",
        ),
        # ... nor an article under embargo ("resta segreto ... prima della stampa")
        # ... nor a project kept from a class that would copy it (rounds 96 and 97)
        # or a build kept from a rival class till a contest (rounds 98 and 99)
        # ... nor confession explained to a child before the first one ("dans la
        # confession ... c'est secret entre toi et le prêtre", rounds 118 and 119)
        far_unless=("secret_undone", "embargo", "copy_idea", "before_contest", "confession"),
        opening_unless=("to_families",),
    ),
    # "don't tell your parents", "don't tell anyone that we talk"; "the teacher
    # said not to tell" and "don't tell anyone the answer" are no secrets
    # ... nor photos or work handed in to the teacher by a day ("wysyłajcie pani
    # Kowalskiej do piątku, robi z nich pokaz")
    # ... nor the writer's own small mishap kept from a teacher ("dont tell Mr
    # Hughes i lost my torch AGAIN", round 82)
    Rule(
        K.secrecy,
        ("neg>tell|tell>>neg", "audience"),
        within=8,
        # ... nor a secret someone had to keep long ago, told in an interview ("a 16
        # anni ... non poteva dirlo a nessuno", rounds 94 and 95)
        # ... nor a lesson's opt-out told to a tutor, "no questions asked" (rounds
        # 114 and 115)
        unless=("dunno", "event", "hand_in", "own_slip", "past_secret", "no_questions"),
    ),
    # ... but photos sent only to the writer, not to the teacher, are a secret
    # ("send the photos only to me, not to Mrs Kowalska")
    Rule(
        K.secrecy, ("photo", "send", "just_to_me", "neg>>audience"), within=16, unless=("fiction",)
    ),
    Rule(
        K.secrecy,
        (
            "neg>tell|tell>>neg",
            "anyone",
            "us|secret|meet|photo|selfie|alone|my_place|your_place|gift|private|relationship"
            "|compliment|body|camera",
        ),
        within=12,
        # ... not one's own password ("mot de passe" reads as a secret)
        # ... nor a consent form's "no signature, no photo" (rounds 94 and 95)
        unless=("dunno", "event", "secret_ballot", "own_password", "consent_rule"),
    ),
    # A place or a meeting nobody else may know of, "not even your mum", even
    # after a build kept till a contest (rounds 100 and 101)
    Rule(
        K.secrecy,
        ("not_even_parent", "hidden|nobody_else|secret|secret_strong|neg>tell|tell>>neg"),
        within=12,
        unless=("dunno", "event", "spoiler", "gift", "gift_pool", "fiction"),
    ),
    # The child told the writer will blame them if a parent or a teacher finds out
    # ("if your parents find out ... I'll know it was you", "se tua madre scopre
    # ... io dico che sei stata tu", rounds 100 and 101); not a pupil's "it's your
    # fault" over a broken globe
    Rule(
        K.secrecy,
        ("blame_on_you", "find_out", "parents|audience"),
        within=24,
        unless=("fiction",),
    ),
    # Come alone while the teachers or the parents sleep ("Allein und leise, die
    # Lehrer schlafen schon", rounds 100 and 101)
    Rule(
        K.meeting,
        ("alone|my_place", "parents_asleep"),
        within=10,
        unless=("fiction",),
        parted_by=_SENTENCES,
    ),
    # "don't tell your mates", "no se lo digas a tus amigas"; not one's own
    # password, "not even your best friend"
    Rule(
        K.secrecy,
        ("neg>>tell|tell>>neg", "friends"),
        within=6,
        # ... nor a secret someone kept long ago (rounds 94 and 95)
        unless=("dunno", "event", "spoiler", "secret_ballot", "own_password", "past_secret"),
        # ... nor a present made for a parent ("don't tell anyone but we're making a
        # secret birthday present for mum", rounds 112 and 113)
        # ... nor the seal of confession (rounds 120 and 121)
        far_unless=("secret_undone", "surprise_frame", "confession"),
    ),
    # "delete our chat"; not an old group chat replaced by the teacher's new one
    # ... nor a thing poured out ("il a vidé tout le vinaigre")
    Rule(K.secrecy, ("delete", "chat"), within=6, unless=("mine", "how", "old_one", "poured_out")),
    # ... but old chats deleted so a parent does not see them are ("usuń stare czaty, żeby mama
    # nie widziała")
    Rule(K.secrecy, ("delete", "chat", "so_that"), within=10),
    # The writer's own messages to be deleted by the child as taught, or the
    # child to blame: "efface tous mes messages avant que papa rentre, comme je
    # t'ai montré", "borra mis mensajes ... será por tu culpa" (round 78)
    Rule(
        K.secrecy,
        ("delete", "chat", "showed_you|your_fault"),
        within=24,
        unless=("fiction", "old_one", "how"),
    ),
    # "if you see me at the match with your class, act like you don't know me"
    Rule(K.secrecy, ("pretend", "not_know_me"), within=10, unless=("fiction",)),
    # "are you 12 or 13? don't lie, I won't tell"; not "don't lie, did you eat my crisps?"
    Rule(K.secrecy, ("dont_lie", "secret", "age|age_guess"), within=12, unless=("event",)),
    Rule(K.secrecy, ("location_off",)),  # "turn off your location and come"
    # "I'll tell them at the rink you're my niece"
    Rule(K.secrecy, ("fake_relation",), unless=("fiction",)),
    # "don't add your friends to our group, it's just for us"
    Rule(
        K.secrecy,
        ("just_for_us", "friends|neg|anyone"),
        within=10,
        unless=("event", "school_place"),
    ),
    # "don't add your friends to our group", a group that is "just for us"
    Rule(
        K.secrecy,
        ("add_people", "friends", "just_for_us"),
        within=14,
        unless=("event", "audience", "schoolwork"),
    ),
    # "let's go for a walk in the woods, no need to tell your mum where"
    Rule(
        K.secrecy,
        (
            "no_need_tell",
            "parents|audience",
            "meet|my_place|your_place|alone|gift|to_you|photo|selfie",
        ),
        within=20,
        unless=("dunno", "event", "school_place"),
    ),
    # "make a second account your mum doesn't know about"
    Rule(K.secrecy, ("second_account", "parents|audience", "neg"), within=10),
    # "use incognito mode when you talk to me so nothing is saved"; not for a quiz
    Rule(
        K.secrecy,
        ("no_trace", "talk|chat|i_me|with_me"),
        within=10,
        # ... nor disappearing messages named in a lesson on online safety
        unless=("school_place", "event", "safety_lesson"),
    ),
    # "if you tell anyone about me, we'll both be in trouble"
    Rule(K.secrecy, ("if_you_tell", "trouble"), within=12),
    # A gift left or hidden for a small child, taken back if the child tells:
    # "I'll leave the doll under the bench ... if you tell, I'll take it back"
    Rule(
        K.gift_offer,
        ("gift|small_gift", "leave_it|hidden_spot", "if_you_tell", "take_back"),
        within=40,
        unless=("fiction",),
    ),
    # ... or sweets given and no more of them if the child tells the parents, as
    # the child tells it ("le voisin m'a donné des bonbons et il a dit que si je
    # le dis à papa il m'en donne plus jamais", held again at rounds 110 and 111)
    Rule(
        K.secrecy,
        ("small_gift", "said_to_me", "if_tell|tell", "no_more_gifts"),
        within=30,
        unless=("fiction",),
    ),
    # ... or nobody believing the child who tells ("si le cuentas a alguien ...
    # nadie te va a creer", round 88)
    Rule(K.secrecy, ("if_you_tell", "wont_believe"), within=30, unless=("fiction",)),
    # "if your teacher finds our chat you'll get in trouble too"
    Rule(K.secrecy, ("trouble", "audience|parents", "find_out|see", "chat"), within=12),
    # "delete this before your dad sees it"; not "delete my message before Miss sees"
    Rule(K.secrecy, ("delete", "parents|audience", "see"), within=8, unless=("mine",)),
    # "your mum won't find out if we talk at night"
    Rule(K.secrecy, ("wont_know", "parents|audience"), within=8, unless=("event",)),
    # "this is our little game, don't ruin it by telling"
    Rule(K.secrecy, ("our_game", "tell|neg|secret|secret_strong"), within=8),
    # "I'll buy you the phone, just don't say anything"
    Rule(
        K.secrecy,
        ("dont>tell|tell>>dont", "gift|to_you|meet|photo|selfie|alone|my_place|your_place"),
        within=12,
        # ... nor a classmate's present collected for ("2 € pro Person für sein Geschenk"),
        # nor one's own password ("passe", "pass" read as a gift)
        # ... nor a lesson's advice not to pay but to tell an adult ("tu ne paies pas et
        # tu en parles à un adulte", rounds 112 and 113)
        unless=("dunno", "event", "school_place", "gift_pool", "own_password", "tell_adult"),
    ),
    # ... not a class call where Miss cannot hear a pupil, nor a parent who does not
    # know of a surprise yet ("mi mamá no lo sabe todavía, es una sorpresa")
    Rule(
        K.secrecy,
        ("audience+neg", "see"),
        within=5,
        unless=("our_class", "safety_lesson", "event"),
    ),
    # A cover story: "tell your dad you're at practice, then meet me at the shop"
    Rule(
        K.secrecy,
        ("you_are_at", "tell", "parents|audience", "meet|my_place|your_place"),
        within=14,
        unless=("fiction", "our_class"),
    ),
    # A cover told at home: "tell them at home you're at Chloe's", "sag zu Hause,
    # du bist bei Lena"; not a match or a school trip named as where one is
    Rule(
        K.secrecy,
        ("tell_home", "you_are_at|at_friends|sleepover_alibi"),
        within=8,
        unless=("fiction", "event", "school_place"),
    ),
    # "nobody can know I gave you the answers ... delete the chat", a test's
    # answers or not (an exam is no event that spares it); not a surprise that
    # nobody may know, with no chat to delete
    Rule(
        K.secrecy,
        ("nobody_may_know", "delete"),
        within=40,
        unless=("fiction", "spoiler"),
    ),
    # A video of the child in its room with the door shut: "before our online
    # lesson I need a short video of you in your room with the door shut"
    Rule(
        K.photo_request,
        ("photo|film_you", "your_place", "close_door"),
        within=14,
        unless=("fiction",),
    ),
    # The child's evenings without the parents, and a room that locks: "which
    # evenings are mum and dad both out? and does your room lock?"; not the
    # evenings parents can come to a concert, nor a pupil's broken door lock
    Rule(
        K.personal_question,
        ("which_evenings", "gone|home_alone|parents_away"),
        within=10,
        unless=("event", "school_place"),
    ),
    Rule(
        K.personal_question,
        ("room_locks", "gone|home_alone|parents_away|which_evenings|night|alone"),
        within=24,
        unless=("fiction",),
    ),
    # The child's weight asked with a boyfriend: "how much do you weigh now and
    # have you got a boyfriend?"; not a BMI task in biology
    Rule(K.personal_question, ("weight_q", "bf_q|relationship"), within=12),
    # "you need none of them, only me ... stop telling them things": the child's
    # friends or parents cut off for the writer
    Rule(
        K.isolation,
        ("dont_need", "only_me", "cut_them_off|so_called|friends|there_for_you"),
        within=24,
        unless=("fiction",),
    ),
    # A cover for the writer: "if she asks who you're messaging, say it's a girl
    # from your class", a match or a tournament around it or not
    Rule(K.secrecy, ("who_msg_q", "tell|tell_lie", "cover_who"), within=14, unless=("fiction",)),
    # A meeting told of "a friend" who is plainly the writer, a man who will
    # fetch her or take her to his place ("una mia amica (vabbè sono io) ... la
    # prende sabato davanti a scuola"); not a friend's own mother who picks her up
    Rule(
        K.meeting,
        ("friend_is_me", "her_pickup"),
        within=30,
        unless=("fiction", "parent_drives", "parent_fetches"),
    ),
    # The night said to be spent at a friend's, with a wait, a ride or a meeting:
    # "I'll wait at the stop at 11, say you're sleeping at Jess's"
    Rule(
        K.meeting,
        (
            "sleepover_alibi",
            "wait|wait_for_me|waiting_you|waiting_for_you|meet|with_me|travel|night|pickup",
        ),
        within=16,
        unless=("fiction",),
    ),
    # A sickness made up for the teacher to stay back from the group, the adult's
    # visit and the two alone: "tell miss you feel sick and skip the bowling,
    # I'll come by at 10 and we'll have the room to ourselves"; not a friend who
    # stays back too, nor a pupil really ill
    Rule(
        K.meeting,
        ("sick_alibi", "tell_lie", "drop_by", "ourselves|just_for_us|alone"),
        within=30,
        unless=("fiction",),
    ),
    # ... or where the child is said to be: "tell your mum you're at a friend's"
    Rule(
        K.secrecy,
        ("at_friends", "you_are|you_are_at", "parents|audience", "tell|i_tell|your"),
        within=12,
        unless=("fiction",),
    ),
    # "sleep at mine, I'll tell your parents it's a sleepover with my daughter"
    Rule(
        K.secrecy,
        ("i_tell>>your|your>>i_tell", "parents|audience", "my_place|sleep_at_mine"),
        within=14,
        unless=("fiction",),
    ),
    # "... so your parents don't ask", "dann fragen deine Eltern nicht"
    Rule(
        K.secrecy,
        ("so_that", "parents|audience|anyone", "neg", "find_out"),
        within=8,
        unless=("event",),
    ),
    # "if your teacher asks, you don't know me"
    Rule(K.secrecy, ("if>>audience", "asks", "neg"), within=8, unless=("dunno",)),
    # Turning the child from friends and family; pressure through feelings.
    Rule(K.isolation, ("dont_care",)),  # "your friends don't really care about you"
    # ... an adverb between: "I'm the only one who actually listens to you" (rounds 104 and 105)
    Rule(K.isolation, ("only_me", "cares_you"), within=10),  # "only I understand you"
    Rule(K.isolation, ("forget_others",)),  # "forget the others"
    Rule(K.isolation, ("like_me", "cares_you"), within=6),  # "your mum doesn't get you like I do"
    Rule(K.isolation, ("if>>love_me",)),  # "if you really loved me you would"
    Rule(K.isolation, ("pressure",)),  # "after everything I did for you"
    Rule(K.isolation, ("owe_me", "after_all")),  # "you owe me after all the robux I gave you"
    Rule(K.isolation, ("need_only_me",)),  # "you only need me"
    Rule(
        K.isolation, ("special_bond",), unless=("school_place", "event")
    ),  # "a special friendship"
    Rule(K.isolation, ("others_wont", "special_bond|us|relationship|secret"), within=10),
    # "your so-called friends laugh at you behind your back"
    Rule(K.isolation, ("behind_back", "friends|so_called|only_me"), within=12),
    Rule(K.isolation, ("if>>cared", "for_me"), within=10),  # "if you really cared you'd ... for me"
    # "your teachers don't get you", "tes profs te comprennent pas"
    Rule(K.isolation, ("not_understood", "audience|parents|friends"), within=6),
    # "if you don't send it, you never liked me"
    Rule(K.isolation, ("never_liked", "if|send"), within=12),
    # "nobody cares about you except me"
    Rule(K.isolation, ("except_me", "anyone|dont_care"), within=8),
    # "you don't need them, you have me"
    Rule(K.isolation, ("dont_need", "you_have_me"), within=12),
    # Rounds 92 and 93, notices: what an adult slips into an official contact.
    # A move from the school's channel to a private account: a request to accept
    # for direct messages, or "outside the school's frame"
    # ... not a request from the school's or the club's own account
    Rule(
        K.private_contact,
        ("platform", "dm_request|off_record"),
        within=24,
        unless=("fiction", "school_account"),
    ),
    # Which room the child sleeps in, with whether it is locked at night; not a
    # classmate's charger left in a room
    Rule(
        K.personal_question,
        ("which_room_q", "lock", "night|by_night"),
        within=20,
        unless=("fiction",),
    ),
    # A question on the child's periods beside underwear, older boys or "answer only me"
    # ... or puberty asked about beside a boyfriend or "you can tell me" ("wie weit
    # bist du mit der Pubertät ... mir kannst du das erzählen", rounds 98 and 99)
    Rule(
        K.personal_question,
        ("period_q", "body|older|just_to_me|only_me|alone|bf_q|tell_me_safe"),
        within=30,
        unless=("fiction",),
    ),
    # Come to a cabin or a room without the other leaders
    Rule(
        K.meeting,
        ("meet|come_stay", "remote_place|my_place|not_home", "no_staff"),
        within=30,
        unless=("fiction",),
    ),
    # What happened at night, the photos to delete and a story ready or silence;
    # not a sleepover's funny night
    Rule(
        K.secrecy,
        ("night_happened", "delete", "say_you|secret_strong|if_tell|no_word_to"),
        within=24,
        unless=("fiction",),
    ),
    # Massages kept between the two, or a threat if the child tells
    Rule(
        K.secrecy,
        ("massage", "secret_strong|if_tell|us_two|no_word_to"),
        within=20,
        unless=("fiction",),
    ),
    # Photos in the shower with nothing on, beside the official team photos; not a
    # baby's photo in the bath
    Rule(
        K.photo_request,
        ("photo|camera", "in_shower", "topless|nothing_on|naked_word"),
        within=24,
        unless=("fiction", "baby_photo"),
    ),
    # A secret for the two that nobody would understand: "Guárdame el secreto de lo
    # del sábado. Nadie lo entendería. Tú y yo sabemos" (round 73)
    Rule(
        K.secrecy,
        ("secret", "you_and_me|us_two", "nobody_does|not_understood"),
        within=25,
        unless=("event", "spoiler", "gift_pool", "secret_until", "fiction"),
    ),
    # ... friends said to ignore or talk about the child, and "you've always got me"
    Rule(
        K.isolation,
        ("you_have_me", "dont_need_them|so_called|talk_bad|ignore_you"),
        within=40,
        unless=("fiction",),
    ),
    Rule(K.isolation, ("trust_only_me",)),  # "you can only trust me"
    Rule(K.isolation, ("only_talk_me",)),  # "promise you'll only talk to me"
    Rule(K.isolation, ("ruin_all", "parents|audience"), within=8),  # "your parents would ruin it"
    Rule(K.isolation, ("dont_deserve",)),  # "they don't deserve you"
    Rule(K.isolation, ("not_like_adults",)),  # "I'm not like the other adults"
    # "you're too mature for your friends, they hold you back"
    Rule(K.isolation, ("too_mature|hold_back", "friends"), within=8),
    # "your family doesn't love you like I do"
    Rule(K.isolation, ("like_me", "loves_you", "parents|audience|friends"), within=12),
    Rule(K.isolation, ("childish", "friends"), within=6),  # "your friends are so immature"
    # "your classmates are so childish, you're on my level"; not "my brother is so
    # childish, he's not on my level"
    Rule(K.isolation, ("my_level", "childish", "your|you_are"), within=14),
    # "your friends talk rubbish about you, stop seeing them"
    Rule(K.isolation, ("stop_seeing", "friends|talk_bad|parents|with_me|bad_for_you"), within=12),
    Rule(K.isolation, ("real_you", "only_me"), within=6),  # "only I know the real you"
    Rule(K.isolation, ("jealous_us",), unless=("school_place", "event")),  # "they're jealous of us"
    Rule(K.isolation, ("dont_listen", "friends|parents|audience"), within=4),  # "don't listen to"
    Rule(K.isolation, ("controlling", "parents"), within=6),  # "your parents are controlling you"
    Rule(K.isolation, ("lie_to_you", "audience|parents|friends")),  # "your teachers lie to you"
    # "nobody else would put up with you", "nikt inny by cię nie zniósł"
    Rule(K.isolation, ("nobody_else", "tolerates_you"), within=6),
    # "your parents treat you like a baby"
    Rule(K.isolation, ("belittle", "parents|audience|friends"), within=8, unless=("mine",)),
    Rule(K.isolation, ("be_yourself", "with_me"), within=6),  # "with me you can be yourself"
    # "your friends only hang out with you because they feel sorry for you"
    Rule(K.isolation, ("fake_motive", "friends|parents|audience|anyone|your_school"), within=14),
    # "your mum only cares about her new boyfriend, I'm the one who's there for you"
    Rule(
        K.isolation,
        ("neglects_you", "parents|friends|audience", "your"),
        within=10,
        unless=("mine",),
    ),
    Rule(
        K.isolation,
        ("there_for_you", "neglects_you|dont_care|not_understood|lie_to_you|controlling"),
        within=16,
    ),
    # A small child told that home loves only the baby, and that the teacher
    # or the other children dislike them too, or that only the writer loves
    # them: "deine Eltern haben nur noch Zeit für das Baby, die Lehrerin mag
    # dich auch nicht"; not "your mum only loves pizza"
    Rule(
        K.isolation,
        ("favours_other", "parents", "your", "dislikes_you|only_me|there_for_you|need_only_me"),
        within=30,
        unless=("fiction",),
    ),
    # "your parents are splitting up because of you"; not "it's not your fault
    # your parents split up", nor a group split up into teams
    Rule(
        K.isolation,
        ("split_up", "your_fault", "parents"),
        within=10,
        unless=("not_your_fault", "fiction"),
    ),
    # "... I'm the only one who'll stay"; not "my parents are out, I'm staying in"
    Rule(K.isolation, ("only_stays", "your_fault|split_up"), within=14),
    # "I'll wait by the boathouse and we can run together, no need to bring your
    # dad"; not a run with one's own father
    # ... not a match or a trip the parents needn't come to ("your parents don't
    # need to come to the match, the coach drives everyone")
    Rule(
        K.meeting,
        ("no_parent_needed", "wait|run_together|meet"),
        within=24,
        unless=("event", "trip_notice"),
    ),
    # ... or "on your own" said before it, whatever talk or town is named (round 63)
    Rule(K.meeting, ("alone", "no_parent_needed"), within=30, unless=("fiction",)),
    # A pupil kept in a call's breakout room after the teacher closes the rooms,
    # alone with the writer ("wenn Frau Albers die Räume schließt, bleib einfach
    # drin, ... zu zweit"); not the whole class kept in the main room
    Rule(
        K.meeting,
        ("rooms_close", "come_stay", "alone|own_room|anyone|secret"),
        within=24,
        unless=("fiction",),
    ),
    # The camera switched on again when the others have left, for the writer
    # ("rallume-la quand les autres seront partis, juste pour moi")
    Rule(
        K.photo_request,
        ("camera", "others_gone", "alone|for_me|garment"),
        within=24,
        unless=("fiction",),
    ),
    # Whether the pupil walks home alone and which way ("¿vuelves andando sola a
    # casa? ¿por qué calle vas?"), whatever school is named
    Rule(K.personal_question, ("walk_home", "street_q|which_way"), within=20, unless=("fiction",)),
    # The others shut out and the writer the only one left ("arrête de leur
    # raconter ta vie, c'est à moi que tu dis tout", "nie odzywaj się do nich ...
    # zostań tylko ze mną")
    Rule(K.isolation, ("cut_them_off", "just_me_now"), within=24, unless=("fiction",)),
    # "tomorrow I'll pick you up from school instead of your mum, don't call her"
    Rule(K.meeting, ("collect_you", "instead_of_parent"), within=16, unless=("event",)),
    # "make me a mirror photo with your shirt pulled up"; not a photo of a poster
    Rule(K.photo_request, ("photo|selfie", "shirt_up", "send|selfie"), within=14),
    # "as your trainer I need progress pics ... just in your underwear"
    Rule(K.photo_request, ("progress_pics", "body"), within=24),
    # "download the calculator app, it hides the messages, your mum won't see"
    Rule(K.private_contact, ("hider_app", "parents|talk|chat"), within=20),
    # An app to get and the reader to write there ("down load tele gram and message
    # me there", "scarica telegram e scrivimi lì"), or the writer's name hidden
    # in a profile, backwards ("my username is in my bio backwards")
    Rule(K.private_contact, ("get_app", "platform", "to_me_there"), within=14),
    # An app to get and the writer to add, to talk while the parents sleep or in a
    # chat of the two's own: "descargate discord y agregame ... cuando tus papás
    # duerman", "get the app ... add me ... it will be our own chat" (round 78)
    Rule(
        K.private_contact,
        ("get_app|platform", "contact|talk", "parents_asleep|just_for_us"),
        within=30,
        unless=("partner_class", "event"),
    ),
    # ... or kept from the teacher or the parents ("pas la peine de le dire à la
    # maîtresse"), or "undisturbed" there ("da können wir ungestört quatschen",
    # rounds 102 and 103); not the class's group, nor "no need to tell me"
    Rule(
        K.private_contact,
        ("get_app|platform", "contact|talk", "no_need_tell|undisturbed"),
        within=30,
        unless=("partner_class", "event", "our_class", "schoolwork", "tell_writer"),
    ),
    # A phone, a number or an account the writer set up or slipped to the child,
    # to write on instead of the school's or a parent's ("Je t'ai glissé un vieux
    # téléphone dans ton cartable", "Ti ho creato un account tutto tuo", round 78)
    Rule(
        K.private_contact,
        ("device_for_you", "talk|my_number|just_for_us|alone|us_two|parents|audience|school"),
        within=30,
        unless=("fiction",),
    ),
    Rule(K.private_contact, ("platform", "bio_backwards"), within=20),
    # "next lesson at my flat instead of on video, no need to mention the place
    # changed"
    Rule(K.meeting, ("place_changed", "my_place|no_need_tell"), within=24, unless=("event",)),
    # "on insta I'm the same as here but with a dot in the middle and 09 at the end"
    Rule(
        K.private_contact,
        ("platform", "spelt_handle"),
        within=20,
        unless=("school", "school_account", "school_place", "partner_class"),
    ),
    # "don't tell the mods about our chats, they'd ban me"
    Rule(K.secrecy, ("mods", "ban_me", "chat|tell"), within=20),
    # A quiet place to meet: "quedamos el domingo en el polígono", "on the empty car
    # park"; not a trip's or a club's meeting point
    Rule(
        K.meeting,
        ("secluded", "meet|pickup|alone|us_two"),
        within=12,
        unless=("school_place", "trip_notice", "our_class", "venue"),
    ),
    # A driver who keeps the child on past the stop: "stay on tomorrow past ur stop
    # and ride to the depot with me"; not a timetable
    Rule(
        K.meeting,
        ("stay_on_vehicle", "us_two|with_me|alone|nobody_does|no_need_tell|secret|take_home"),
        within=20,
        unless=("trip_notice", "timetable"),
    ),
    # Round 32's families. A story made ready for being late: "if anyone asks why
    # you were late say the traffic was bad"
    Rule(K.secrecy, ("late_story",), unless=("fiction",)),
    # A streamer, a VTuber or a guild leader who proposes to meet
    # with the adult behind it or a meeting in person
    Rule(
        K.meeting,
        ("persona", "meet|see_you|me_there", "persona_real"),
        within=30,
        unless=("event", "venue"),
    ),
    # "write to me on my second number tonight"
    Rule(K.private_contact, ("second_number", "talk|send|phone|here_bad|night"), within=16),
    # ... "so nobody sees it on your phone, delete this" (round 73)
    Rule(K.private_contact, ("second_number", "nobody_does|delete|without"), within=25),
    # Undressing or underwear asked about: "do you get changed for PE in front of the
    # other lads?", "does your mum still bath you?"
    Rule(K.personal_question, ("undress_q",), unless=("fiction",)),
    # Asked to come or stay in a barn, a stable, a boatshed or a dressing room when
    # the others have gone; not a trip's notice, nor a barn's chores
    Rule(
        K.meeting,
        ("others_gone", "out_building", "come_stay"),
        within=20,
        unless=("trip_notice", "timetable", "fiction"),
    ),
    # "choose: them or me"
    Rule(K.isolation, ("them_or_me",), unless=("game", "fiction")),
    # A number given as a puzzle: keypad letters, Roman numerals, a=1 b=2, a digit
    # less; not maths homework
    Rule(
        K.private_contact,
        ("my_number", "number_coded"),
        within=16,
        unless=("schoolwork",),
    ),
    # "on the trip do you sleep alone? and do you close the door in the evening?"
    Rule(K.personal_question, ("door_shut_q", "night|alone"), within=16),
    # A handle given in pieces or by a recipe: "mon snap c'est kiwi puis miel puis
    # 13, tout collé", "na tiktoku jestem jak mój kot plus rok urodzenia"
    Rule(
        K.private_contact,
        ("platform", "joined_up|name_recipe"),
        within=20,
        unless=("school", "school_account", "our_class", "partner_class"),
    ),
    # Round 31's families. A tradesperson, a delivery man or a hairdresser who
    # comes by after hours or by the back door: "it's the pizza guy, I'll swing
    # by after my last drop, leave the back door on the latch"; not an order
    # delivered at the door
    Rule(
        K.meeting,
        ("service_adult", "after_hours"),
        within=30,
        unless=("school_place", "trip_notice", "our_class", "parcel"),
    ),
    Rule(
        K.meeting,
        ("service_adult", "back_door|drop_by", "night|alone|parents_away|back_door"),
        within=30,
        unless=("parcel",),
    ),
    # A private lesson or rehearsal at the adult's place or after closing: "for
    # the solo you need a private rehearsal at my house on Sunday"
    Rule(
        K.meeting,
        ("private_lesson", "my_place|after_hours|alone"),
        within=14,
        unless=("school_place", "our_class", "own_lessons"),
    ),
    # An extra lesson kept from the parents or the others: "we don't tell your
    # parents or the others about the extra lesson at my place"
    Rule(K.secrecy, ("private_lesson", "dont|neg", "audience|parents"), within=16),
    # A phone number given as a riddle: "my number is oh seven nine, then the
    # year the titanic sank"; not a maths problem
    Rule(
        K.private_contact,
        ("phone", "riddle_part"),
        within=24,
        unless=("ordinary_number", "maths_task"),
    ),
    # Round 33's families. A spare key and the back way in, or waiting inside:
    # "I'll give you the spare key, come in the back way after school and wait
    # for me inside"; not a key to feed a neighbour's cat
    Rule(K.meeting, ("spare_key", "back_way|wait_inside"), within=24),
    # A quiet spot on a walk where nobody goes: "there's a quiet spot past the
    # quarry path nobody goes, I'll drive us"
    Rule(
        K.meeting,
        ("quiet_spot", "nobody_goes|nobody_does|us_two|alone"),
        within=16,
        unless=("trip_notice", "our_class"),
    ),
    # After closing at the adult's workplace, just the two: "I work at the
    # trampoline park, after closing you can jump for free, just us"
    Rule(
        K.meeting,
        ("works_at", "after_hours", "alone|us_two"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # A video without a shirt or in shorts only: "film yourself on the
    # trampoline without a shirt"
    Rule(
        K.photo_request,
        ("film_you|selfie|photo", "shirtless"),
        within=14,
        unless=("photo_consent", "fiction", "each_of_us"),
    ),
    # Round 34's families. A place shut, before it opens or after it closes, just
    # the two: "come before the zoo opens, just u and me", "pasate cuando
    # cerramos, tu y yo solos"; not a class's visit
    Rule(
        K.meeting,
        ("venue_closed", "alone|us_two|parent_not_know"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # ... and with the one pupil named: "come sunday when its shut and try the
    # new room free, just u tho" (round 52)
    Rule(
        K.meeting,
        ("venue_closed", "only_you"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # Shut in with the adult or where no camera sees: "passa in officina, abbasso
    # la serranda", "ich schliess extra ab damit uns keiner stoert", "clases
    # gratis en la pista que no tiene camaras"; a training or a lesson spares
    # none of them (no event's veto)
    Rule(
        K.meeting,
        ("locked_in|no_cameras", "meet|come_stay|alone|us_two|offer|to_you|free_lesson"),
        within=24,
        unless=("trip_notice", "our_class"),
    ),
    # After closing with the adult's keys: "rdv a la salle apres la fermeture,
    # j'ai les cles"
    Rule(
        K.meeting,
        ("after_hours|venue_closed", "have_keys"),
        within=20,
        unless=("trip_notice", "our_class", "event"),
    ),
    # A parent left out of a meeting: "bedziemy sami na macie, mama nie musi
    # wiedziec", "ai tuoi di che vai da un'amica"; a training is no event's veto
    # here, a parent left out of it is the concern
    Rule(
        K.meeting,
        ("parent_not_know|need_know", "meet|come_stay|alone|us_two|pickup|private_lesson"),
        within=24,
        unless=("trip_notice", "our_class"),
    ),
    # The two until midnight: "on sera tranquilles tous les deux jusqu'a minuit"
    Rule(
        K.meeting,
        ("late_night", "alone|us_two|pair"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # A night at an allotment, a cabin or a hut: "pokaze ci saturna na dzialce za
    # miastem, zostaniesz na noc"; not a sleepover at a friend's
    Rule(
        K.meeting,
        ("overnight_stay", "remote_place"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # A second phone or account for the two: "made a second snap acc just for us
    # two", "ich geb dir mein zweites handy"
    Rule(
        K.private_contact,
        ("second_line", "to_you|just_for_us|alone|us_two|my_number"),
        within=16,
    ),
    # Rounds 94 and 95, charity. A place shut but the adult has the keys, the
    # reader to come alone ("the shelter's closed on Sundays but I've got
    # keys, come on your own"); the takings or the tins counted alone or at
    # the adult's home ("chodź do mnie liczyć puszki, tylko ty")
    # (the reader asked to come: not an adult who opens up alone before the class)
    Rule(
        K.meeting,
        ("have_keys", "alone|only_you", "meet"),
        within=30,
        unless=("event",),
    ),
    Rule(
        K.meeting,
        ("count_collection", "alone|only_you|my_place", "meet|come_stay|to_you"),
        within=40,
    ),
    # ... photos for the charity's page in the changing room when nobody is there
    Rule(
        K.photo_request,
        ("changing_place", "shots|photo", "nobody_there|alone|you_changing"),
        within=40,
        unless=("fiction",),
    ),
    # ... what happened stays there, "anyone asks, you left at five", "nobody
    # believes a kid anyway"
    Rule(K.secrecy, ("nobody_believes", "alibi_story|asks"), within=40, unless=("fiction",)),
    # ... "we are your family now", friends and parents who don't care, blocked;
    # not a welcome to the volunteers that asks friends along
    Rule(
        K.isolation,
        ("we_family", "block_them|they_dont_care"),
        within=50,
        unless=("fiction",),
    ),
    # A boyfriend and how far: "have you got a boyfriend? how far have you gone?"
    Rule(K.personal_question, ("bf_q", "how_far"), within=20),
    # Rounds 92 and 93, sport. A pupil kept back alone or when the others have
    # gone, the parents told they need not know or wait: "stay behind when the
    # others have gone, no need for your mum to wait"
    Rule(
        K.meeting,
        ("others_gone|alone", "no_need_tell|no_parent_needed|need_know"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    # The adult's own room on a trip, after lights out, or with a story told to
    # the parents: "come to my room after curfew", "ai tuoi ho detto che..."
    Rule(
        K.meeting,
        ("my_place", "after_lights|need_know|told_parents|cover_home", "your"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    # A secret kept on pain of a squad place: "what happens in training stays
    # between us, tell anyone and forget the squad"
    Rule(
        K.secrecy,
        ("secret|secret_strong|our_thing|snitch", "off_team|squad_lost"),
        within=40,
        unless=("fiction", "safety_lesson", "gift_pool", "spoiler"),
    ),
    # A sponsor's present the parents are to know only half of
    Rule(K.gift_offer, ("sponsor|offer|gift", "half_told"), within=40, unless=("fiction",)),
    # A boyfriend asked about, with "you can tell me, I'm your coach"
    Rule(K.personal_question, ("bf_q", "tell_me_safe"), within=30, unless=("fiction",)),
    # Parents who hold the pupil back or friends who envy, the writer the only
    # one to listen to: "your parents hold you back ... listen only to me"
    Rule(K.isolation, ("hold_back|jealous", "only_me", "your"), within=60, unless=("fiction",)),
    # Told to keep it from someone, or both would be in trouble: "no se lo
    # cuentes a la tutora, nos meterias en un lio a los dos"
    Rule(K.secrecy, ("dont|neg", "tell", "both_trouble"), within=20),
    # Round 35's families. A door left open for the child at night: "ill leave the
    # side door open for u at 10"; not a door left open for a class's visit
    Rule(
        K.meeting,
        ("door_left_open", "night|late_night"),
        within=24,
        unless=("trip_notice", "our_class"),
    ),
    # A venue after its lights go off, "wait for me there": "spengono le luci
    # alle 10, aspettami li"
    Rule(K.meeting, ("lights_off", "wait_for_me"), within=20, unless=("trip_notice", "our_class")),
    # A lifeguard tower or a beach at night: "subimos a la torre del socorrista,
    # te espero a las 11"; not a lifeguard course
    Rule(
        K.meeting,
        ("lifeguard_tower", "night|late_night|wait_for_me"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # A lie for a parent or a teacher, a story to tell if asked: "tell ur dad ur
    # with the school group", "si el profe pregunta, dices que estabas en casa de
    # tu amiga", "jak pani pyta to mow ze piszesz z kuzynem"
    Rule(K.secrecy, ("parent_lie",), unless=("fiction",)),
    Rule(K.secrecy, ("if_asked", "say_you"), within=10, unless=("fiction",)),
    # Disappearing messages as the reason to move: "scarica signal, li i
    # messaggi spariscono dopo un minuto"
    Rule(K.private_contact, ("platform", "vanishing_messages"), within=14, unless=("fiction",)),
    # Rounds 39 to 41. A platform named by its logo, with "add me" or a move to talk
    # there ("get the app with the ghost, add me nightowl_kev")
    Rule(K.private_contact, ("logo_app", "contact|talk|here_bad|elsewhere"), within=12),
    # whether a child wears a bra yet ("trägst du schon nen bh? frag nur so")
    Rule(K.personal_question, ("bra_q",), unless=("fiction",)),
    # "not a word to Mrs Becker", beside "just us two" or "about us"; the teacher
    # or the mother named first too ("a tu madre ni una palabra", "mamie ani
    # słowa"), but not a present or a surprise (rounds 100 and 101)
    Rule(
        K.secrecy,
        (
            "no_word_to|audience>no_word|parents>no_word|kin_parent>no_word",
            "audience|parents|kin_parent",
        ),
        within=8,
        unless=("event", "spoiler", "gift", "gift_pool"),
    ),
    # ... but a surprise's secret stretched to what the writer and the child do or
    # write together, with a threat if the child tells ("Mural jest tajny ... a
    # to, co robimy w moim samochodzie, też jest tajne. Jak coś powiesz ... nikt ci
    # nie uwierzy"), whatever surprise or unveiling is named (rounds 102 and 103)
    Rule(
        K.secrecy,
        (
            "what_we_do",
            "secret|secret_strong|no_word_to|secret_until|tell|find_out|keep",
            "trouble|or_else|if_you_tell|nobody_believes|wont_believe",
        ),
        within=40,
        unless=("fiction",),
    ),
    # a child's age asked with the street or the block they live in ("quanti anni hai
    # 8 o 9? e abiti vicino alla scuola? in che via")
    Rule(K.personal_question, ("age", "street_q"), within=20, unless=("age_sum",)),
    # photos of the child in their room, and some without a garment
    Rule(
        K.photo_request,
        ("photo|selfie", "self|your_place", "without", "garment"),
        within=30,
        unless=("fiction", "each_of_us"),
    ),
    # an adult who asks whether the parents work late, and comes by ("giovedi i tuoi
    # lavorano fino a tardi? passo da te verso le 5"), or have gone to the
    # grandparents for the day ("rodzice jadą do babci, prawda? Przyjdę o 15")
    Rule(K.meeting, ("your", "parents", "away|late|gone_visiting", "drop_by"), within=20),
    # Round 36's families. Where the adult works, after the last show, "come up":
    # "trabajo en la cabina de proyeccion, sube despues de la ultima sesion"; not a
    # class's visit
    Rule(
        K.meeting,
        ("works_at|have_keys", "after_hours", "come_up|come_down"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # A viewing tower after dark or "it'll be romantic": "wejdz ze mna na wieze
    # widokowa po zmroku"; not a class's climb by day
    Rule(
        K.meeting,
        ("lookout_tower", "night|late_night|romantic|wait_for_me"),
        within=24,
        unless=("trip_notice", "our_class", "event"),
    ),
    # Rounds 42 and 43's families.
    # Meetings written in code: "ecris nos rdv ... en code, comme ca si ton pere
    # fouille il comprend rien"; not a code for a class's escape game
    Rule(
        K.secrecy, ("in_code", "our_meetings"), within=14, unless=("event", "game", "school_place")
    ),
    # Whether the child sleeps alone, and whether a sister sleeps deeply: "spisz sama
    # w pokoju czy z siostra? a ona ma mocny sen?"
    Rule(K.personal_question, ("sleep_alone_q", "deep_sleep"), within=16, unless=("trip_notice",)),
    # ... and with a parent away and a visit: "Schläfst du dann allein im Haus? Ich
    # will mal vorbeischauen" (round 72)
    Rule(
        K.personal_question,
        ("sleep_alone_q", "drop_by|come_stay|parents_away|away"),
        within=30,
        unless=("trip_notice", "sleepover"),
    ),
    # ... and with which room is the child's ("t'es dans quelle chambre à l'auberge ?
    # ... tu dors seule ?", round 86): a hostel's room asked, then whether alone
    Rule(
        K.personal_question,
        ("which_home|which_hotel", "sleep_alone_q"),
        within=30,
        unless=("trip_notice", "sleepover", "school_form"),
    ),
    # A game's club or guild chat where no teacher reads: "schreib mir lieber im
    # brawl stars club chat, da liest kein lehrer mit"
    Rule(K.private_contact, ("club_chat", "no_teacher_reads"), within=14),
    # A trip paid for, travelling with the adult or the parents told less: "I'll pay
    # for your whole interrail pass ... travel with me for a week" (a concert or a
    # festival is the trip's end, no veto)
    Rule(
        K.gift_offer,
        ("i_pay_for", "trip_with_me|parent_not_know"),
        within=24,
        unless=("school_place", "our_class"),
    ),
    # Rounds 44 to 46. A story ready for the parent who asks where a gift came
    # from: "if ur mum asks where the airpods came from say u won them in the
    # raffle"; not a prize the pupil did win, said without a parent's question
    # ... and a thing to fetch from the adult's home, with the story for the parents
    # ("musst es nur selbst bei mir abholen. Deinen Eltern sagst du einfach, du hast
    # es bei nem Gewinnspiel gewonnen", round 73)
    Rule(K.gift_offer, ("fetch_it", "gift_story"), within=30, unless=("fiction",)),
    Rule(
        K.secrecy,
        ("if_asked|asks", "gift|gift_thing", "gift_story"),
        within=20,
        unless=("fiction",),
    ),
    # Rounds 47 to 49. The same story told for the parent without a question
    # first: "the gift card? tell your mum you won it at school"
    Rule(K.secrecy, ("parent_story", "gift|gift_thing"), within=20, unless=("fiction",)),
    # A game's name or tag with a party or a call away from the class: "aggiungimi
    # su xbox, gamertag ..., ci sentiamo in party senza il gruppo della classe"
    Rule(
        K.private_contact,
        ("contact|talk", "username|platform|logo_app", "without_class"),
        within=24,
        unless=("fiction",),
    ),
    # Round 61. A meeting asked of one child with the others left out, in polite
    # words: "meet me at the yard on Saturday? just you, the others don't need
    # to come"; not the captains asked to come early while the others come later
    Rule(
        K.meeting,
        ("meet|come_stay|come_alone", "alone|come_alone|only_you", "others_not"),
        within=30,
        unless=("fiction",),
    ),
    # Round 64. The adults around a project, and the ones posing as them. A child
    # taken or kept before the others come: "we leave at 6, before the others
    # arrive, just you", "antes de que llegue el grupo, quedamos tú y yo"
    Rule(K.meeting, ("before_others", "alone|only_you|you_and_me"), within=14),
    # ... and a cover for the parents: "just tell them the rehearsal ran late",
    # a rehearsal or not; not a note to tell the parents that it will end later
    Rule(K.meeting, ("just_say", "runs_late"), within=10),
    # A secret kept on pain of being dropped from the team, even beside a
    # training or a match: "the ride to mine stays our secret; if your parents
    # find out, you're off the team"
    Rule(K.secrecy, ("off_team", "secret_strong|find_out"), within=24, unless=("fiction",)),
    # "you don't need any of them, I'm here for you"; not "you don't need to
    # worry, I'm here for you"
    Rule(K.isolation, ("dont_need_them", "there_for_you|you_have_me"), within=12),
    # "what time do your parents go to sleep" (the reader's parents); not a
    # sleepover's plan nor a guest's bed made ready
    Rule(
        K.personal_question,
        ("when_q", "your", "parents", "sleep_verb"),
        within=10,
        unless=("sleepover", "host_ready"),
    ),
    # Photos from the bathroom or after a shower sent to the writer alone: "send
    # me the ones from the bathroom after your shower, just to me"
    Rule(K.photo_request, ("send", "body", "just_to_me"), within=16, unless=("fiction",)),
    # ... or at home while the child's friend is away: "come round on Sunday
    # while he's at football, just the two of us"; not with the family around
    Rule(
        K.meeting,
        ("meet|come_stay", "while_away", "us_two|you_and_me|alone"),
        within=30,
        unless=("fiction",),
    ),
    # A pupil shut out by the group, with a ban on helping her: "nobody talks to
    # her at lunch, and whoever helps her is out too"
    Rule(K.isolation, ("shut_out", "help_banned"), within=30, unless=("fiction",)),
    # Which hotel or room on holiday, with whether the child sleeps in a room of
    # its own or with the parents ("welches Hotel? Hast du da ein eigenes Zimmer
    # oder schläfst du bei deinen Eltern?")
    Rule(K.personal_question, ("which_hotel", "own_room_q"), within=24, unless=("fiction",)),
    # An invitation to the writer's place with "we'll be alone", a party or a
    # wedding of the parents beside it or not ("przyjdź do mnie na działkę,
    # rodzice jadą na wesele ... będziemy sami"); not "we won't be alone"
    Rule(K.meeting, ("meet|my_place", "we_alone"), within=24, unless=("fiction", "not_alone")),
    # ... and "come to mine, only you", after a party too ("dopo la festa vieni da
    # me, solo tu"); not a sleepover or homework together
    Rule(
        K.meeting,
        ("meet", "my_place", "only_you"),
        within=8,
        unless=("fiction", "sleepover", "schoolwork"),
    ),
    # Round 67's families: a story used as cover. The next scene of a role-play,
    # the rest of a story or the sequel of a fan fiction offered in person, at a
    # place, alone or while the flat is empty ("lets act the next scene out for
    # real ... come on your own", "spotkajmy się ... tylko ty, to część przygody")
    Rule(
        K.meeting,
        ("story_frame|persona_real", "offline|meet|my_place|home_noun", "alone|only_you|away"),
        within=40,
    ),
    # ... a character drawn from a video of the child changing
    Rule(K.photo_request, ("story_frame", "photo", "you_changing"), within=30),
    # ... only the comic to be named if a parent asks ("si ta mère demande, on
    # parle juste de la BD"), and a teacher who "would not understand our story"
    Rule(K.secrecy, ("asks", "parents|kin_parent|home_adult", "story_frame"), within=20),
    Rule(K.secrecy, ("story_hidden", "asks|tell_lie|tell|parents|delete"), within=30),
    # Who collects the child, or whether it walks home alone, with when its
    # lessons end ("wann hast du aus? ... holt dich wer ab", "o ktorej konczysz
    # lekcje i kto cie odbiera?"): the way home, probed
    Rule(K.personal_question, ("collect_q", "finish_q"), within=24, unless=("fiction",)),
    # The child's family and teachers cut off, "you only have me" ("nie gadaj z
    # nimi, masz tylko mnie")
    Rule(K.isolation, ("cut_them_off", "you_have_me"), within=24, unless=("fiction",)),
    # Rounds 120 and 121, fake checks. The others run down, and the group left for the
    # writer alone ("they laugh at your code behind your back ... Leave the group chat
    # and only message me"); not a noisy chat left and questions sent to a teacher
    Rule(
        K.isolation,
        ("cut_them_off|leave_group", "only_me", "behind_back|childish|talk_bad|so_called"),
        within=40,
        unless=("fiction",),
    ),
    # What a coach does with the children after training, "we mustn't tell", on
    # pain of the team ("non lo dobbiamo dire a mamma e papà, se no non gioco più")
    Rule(K.secrecy, ("off_team", "we_mustnt_tell"), within=24, unless=("fiction",)),
    # Rounds 69 and 71's families: clubs, games and the winter weeks.
    # A prize waiting in the adult's car or home, to be fetched alone ("the boots
    # are in my car after training, come and get them on your own"); not a
    # parent's lift nor a gift the class hands over
    Rule(
        K.gift_offer,
        ("gift", "car|my_place", "alone|come_alone"),
        within=30,
        unless=("fiction", "our_class"),
    ),
    # A private session, a hidden spot or a lift with the parent left out ("private
    # keeper sessions behind the leisure centre, no need to bring your dad")
    Rule(
        K.meeting,
        ("no_parent_needed", "private|hidden_spot|car|my_place"),
        within=40,
        unless=("fiction",),
    ),
    # Messages deleted because they are the two's own ("efface nos mp ... c'est
    # notre truc à nous", "borra nuestros mds ... esto es cosa nuestra")
    # ... "my" messages too, when they are the two's thing
    Rule(K.secrecy, ("delete", "our_thing|us_two"), within=30, unless=("old_one", "fiction")),
    # "your mum and Miss Becker don't need to know about our chats", "il prof.
    # Rossi non deve saperlo"; not a surprise or a spoiler
    Rule(
        K.secrecy,
        ("need_know", "parents|audience|home_adult|kin_parent"),
        within=14,
        unless=("fiction", "event", "spoiler"),
    ),
    # What is said in the car stays between us, and the parent is told a cover
    # ("resta tra noi ... se tua mamma chiede, dille che l'allenamento è finito
    # più tardi"), a training named or not
    Rule(
        K.secrecy,
        ("secret_strong", "tell_lie", "parents|kin_parent|home_adult"),
        within=30,
        unless=("fiction", "spoiler", "safety_lesson"),
    ),
    # A cover story for a thing the adult sent or gave: the parents, if they ask,
    # to be told it came from a grandmother, a pen pal, a friend or a prize ("wenn
    # deine mutter fragt woher die postkarte mit den 50 euro ist, sag von oma",
    # "di en casa que te las ha prestado una amiga", rounds 74 and 75)
    Rule(
        K.secrecy,
        (
            "kin_parent|parents|home_adult|tell_home",
            "cover_origin",
            "gift|gift_thing|money_word|i_sent_you|photo",
        ),
        within=30,
        unless=("fiction", "spoiler"),
    ),
    # ... and any lie told "for us both" ("sag von oma. ist einfacher für uns beide")
    Rule(
        K.secrecy,
        ("tell_lie|say_you|cover_origin|tell_home", "for_us_both"),
        within=30,
        unless=("fiction", "spoiler", "event"),
    ),
    # A second account, profile or number to talk on, kept from the parents or
    # saved under another name ("schreib mir auf meinem zweit-acc, den kennt
    # keiner ... ohne dass deine mutter mitliest", "un secondo numero ... salvalo
    # con un nome da ragazza", rounds 74 and 75)
    Rule(
        K.private_contact,
        (
            "second_account|second_number",
            "talk|chat|contact",
            # ... not the second account a parent makes, passwords known
            "nobody_does|reads_along|save_as",
        ),
        within=25,
        unless=("fiction", "safety_lesson"),
    ),
    # ... an app or an account where nobody reads along ("nimm an, dann können
    # wir richtig schreiben ohne dass die lehrer mitlesen"), or whose messages
    # delete themselves ("lad dir Signal runter ... Nachrichten auf 1 Tag")
    Rule(
        K.private_contact,
        ("reads_along|disappearing", "platform|account|get_app|second_account"),
        within=25,
        # ... nor a club's notice that its adults never write on Snapchat and that
        # all goes through the group the parents read ("Trainer schreiben nie
        # privat oder auf Snapchat ... die Eltern mitlesen", rounds 114 and 115)
        unless=("fiction", "safety_lesson", "adults_never"),
    ),
    # The watched school chat named, and another platform "instead" ("the school
    # app is monitored so let's keep in touch on Snapchat instead", round 82); not
    # a class account said to be watched by the teacher
    Rule(
        K.private_contact,
        ("watched_chat", "instead", "platform|account"),
        within=25,
        unless=("fiction", "safety_lesson"),
    ),
    # ... and a move elsewhere because of it ("on WhatsApp ... your parents don't
    # need to read our messages")
    Rule(K.private_contact, ("platform", "need_know"), within=30, unless=("fiction",)),
    # The others said to be jealous or no real friends, the reader's parents said
    # to know nothing, and "I'm the only one who ..."; not "only me and my parents
    # know" ("your teammates never pass to you
    # because they're jealous ... I'm the only one who sees how good you are")
    Rule(
        K.isolation,
        ("only_me", "your>parents", "jealous|friends|so_called|dont_listen"),
        within=45,
        unless=("fiction",),
    ),
    # Rounds 76 and 77's families. Slipping away from a class trip's group,
    # unseen ("say you need the loo ... nobody counts heads", "hau kurz ab ...
    # merkt keiner", "urwij się na 20 min, czekam przy bramie"), with a wait or
    # a meeting, or "nobody will notice"
    Rule(K.meeting, ("slip_away", "unnoticed|wait|meet|drop_by|car|hidden_spot"), within=40),
    Rule(K.meeting, ("unnoticed", "wait|meet|drop_by|hidden_spot|back_door"), within=30),
    # A meeting or a gift with a cover story for the parents ("deinen Eltern
    # sagst du einfach, es ist normales Vereinstraining", "dis à ta mère que tu
    # rentres avec Inès", "rodzicom powiedz, że idziesz do Zuzy"), a story
    # frame or a festive surprise around it or not
    Rule(
        K.meeting,
        (
            "cover_home",
            "meet|wait|pickup|drop_by|alone|come_alone|you_and_me|us_two|hidden_spot|nobody_does"
            # ... or a private lesson or an empty building ("a private session in the
            # gym when the school's empty, tell your dad it's the whole team", round 80)
            "|private_lesson|empty",
        ),
        within=40,
    ),
    Rule(
        K.gift_offer,
        ("cover_home", "gift|gift_thing|to_you|bought_you|you_wanted"),
        within=40,
    ),
    # ... and the chats themselves given a cover ("if your mum asks who you write
    # to so long: I'm Lea from the partner class", "we only ever talked about
    # the survey. Deal?")
    Rule(K.secrecy, ("cover_home", "talk|chat"), within=16),
    Rule(K.secrecy, ("cover_talk", "deal_q|others_wont|audience"), within=30),
    # "no need to bring your mates ... just us is nicer", "musst niemand
    # mitbringen, die nerven nur"
    Rule(
        K.meeting,
        ("bring_none", "friends|nobody_does|us_two|you_and_me|alone"),
        within=30,
        unless=("trip_notice",),
    ),
    # A game's rules as the cover of a meeting: "solo player only ... a surprise
    # IRL", "nur Einzelspieler ... am Ziel wart ich", "vinci solo se arrivi da sola"
    Rule(
        K.meeting,
        ("solo_only", "offline|wait|meet|hidden_spot|street|nobody_does|to_you"),
        within=40,
    ),
    Rule(
        K.meeting,
        ("hunt_game", "alone|solo_only|bring_none", "hidden_spot|wait|offline|street|to_you"),
        within=40,
    ),
    Rule(K.meeting, ("come_alone", "wait|cover_home|tell_lie"), within=30),
    # A place of the writer's, a car or a stop on the way, without the teacher or
    # alone, and a cover for the parents: "interview you without your teacher ... my
    # flat ... tell your mum it's eco-club", "ci fermiamo al lago, solo io e te. Alla
    # nonna dici che c'era traffico" (rounds 78 and 79)
    Rule(
        K.meeting,
        (
            "cover_home",
            "my_place|car|meet|take_home|hidden_spot|pickup|wait|secluded",
            "without|alone|us_two|you_and_me",
        ),
        within=45,
        unless=("fiction",),
    ),
    # Pictures in bed, after a bath or without the top: "one of u on ur bed in
    # ur pjs", "eins im Bett, nur im Shirt", "z łazienki po kąpieli, owinięta
    # ręcznikiem albo i bez", "sin la parte de arriba"
    Rule(
        K.photo_request,
        ("self|photo|selfie|camera", "in_bed", "nightwear|for_me|delete|garment|see|topless"),
        within=20,
        unless=("sleepover", "each_of_us"),
    ),
    Rule(
        K.photo_request,
        ("photo|selfie|camera|send|see", "bath_after|topless"),
        within=20,
        unless=("thing_of",),
    ),
    Rule(K.photo_request, ("photo|send", "self|your", "you_changing"), within=20),
    # Chats kept from the parents and deleted ("not a word to your parents or
    # Miss Patel ... delete this after you've read it"), a surprise said or not;
    # a snitch threatened with what the child sent ("wer petzt ... alle sehen
    # was du mir geschickt hast")
    Rule(
        K.secrecy,
        ("no_word_to|dont>tell", "parents|audience", "delete"),
        within=30,
    ),
    Rule(K.secrecy, ("snitch|if_tell", "sent_me|all_see|expose"), within=30),
    # The pictures sent round if the child tells the nurse or a teacher ("if you tell
    # the nurse about the photos I'll send them to your class", round 83); not a
    # lesson's advice to tell an adult when someone threatens so, nor the child
    # telling the writer a song for the blog's recording ("jak powiesz mi
    # piosenkę, nagranie pójdzie na bloga", round 85)
    Rule(
        K.secrecy,
        ("tell|if_you_tell|if_tell", "photo", "expose"),
        within=20,
        unless=("fiction", "advice_talk", "safety_lesson", "tell_writer"),
    ),
    # The others said not to want the child, and the adult the only one: "no te
    # quieren de verdad ... quédate conmigo", "one cię nie chcą ... nie
    # potrzebujesz nikogo oprócz mnie"
    Rule(
        K.isolation,
        ("dont_want_you", "with_me|except_me|only_me|dont_need|need_only_me|you_have_me"),
        within=40,
    ),
    # Rounds 80 and 81's families. A meeting where nobody is, kept from the
    # parents ("vieni in sala prove, non c'è nessuno. non dirlo ai tuoi"), a
    # rehearsal room or not
    Rule(
        K.meeting,
        ("empty", "meet|come_stay|my_place", "secret_strong|no_word_to|cover_home|no_need_tell"),
        within=30,
        unless=("fiction",),
    ),
    # The adult's home and no need to tell the parents ("chez moi mercredi ...
    # pas la peine de prévenir tes parents"), a surprise said or not
    Rule(
        K.meeting,
        ("my_place|where_i_live", "no_need_tell|cover_home"),
        within=30,
        unless=("fiction", "relatives", "family_over"),
    ),
    # Chats on a platform whose messages destroy themselves, in a secret group
    # ("passa su telegram, ho un gruppo segreto ... i messaggi si autodistruggono")
    Rule(
        K.private_contact,
        ("platform", "vanishing_messages", "secret|secret_strong|no_word_to|only_me|us_two"),
        within=30,
        unless=("fiction",),
    ),
    # Telling kept from others on pain of a part taken away or of being called
    # a liar ("se dici ai tuoi ... ti tolgo la parte e dico a tutti che sei una
    # bugiarda", "jak komuś powiesz ... zabiorę ci solo")
    Rule(
        K.secrecy,
        ("if_you_tell|if_someone|if_tell|snitch|tell_home", "take_part|call_liar|off_team"),
        within=30,
    ),
    # A video while changing sent to the writer alone ("la giuria vuole un video
    # mentre ti cambi ... mandalo solo a me")
    Rule(
        K.photo_request,
        ("photo|film_you|camera", "you_changing", "just_to_me|only_me|for_me|send"),
        within=24,
        unless=("fiction",),
    ),
    # ... and one in underwear "to prove" a picture going round is not the
    # child's, "only me will see it"
    Rule(
        K.photo_request,
        ("photo|selfie", "send", "body", "only_me|just_to_me|for_me|delete"),
        within=30,
        unless=("fiction", "each_of_us"),
    ),
    # Money or a thing given against obedience ("ill give u £20 and my old
    # switch, but then u do what i say")
    Rule(K.gift_offer, ("to_you|offer|gift|gift_thing", "obey_me"), within=30, unless=("fiction",)),
    # The others and the parents set aside, the writer the only one ("yo soy el
    # único que está de tu lado, olvídate de todos ellos")
    Rule(K.isolation, ("only_me|you_have_me|need_only_me", "forget_them"), within=30),
    # Whether the reader sleeps naked or showers alone, asked in a game or for a
    # "report" ("duermes desnuda?", "¿te duchas sola después de educación física?")
    Rule(K.personal_question, ("naked_q",), unless=("fiction",)),
    # Rounds 84 and 85. A recording or a picture of the child put where the
    # whole school will see it if the child tells someone ("if you tell Miss
    # about our calls, your recording goes on the class blog"); not telling the
    # writer an idea for the podcast (``tell_writer``: "if you tell me a joke")
    Rule(
        K.secrecy,
        (
            "if",
            "tell|if_you_tell",
            "audience|parents",
            "photo|camera|film_you|recording",
            "all_see|expose",
        ),
        within=30,
        unless=("fiction", "safety_lesson", "tell_writer"),
    ),
    # An adult waiting for the child somewhere, with no need to tell the
    # teacher or the parents ("I'll wait for you by the station at 5, no need
    # to tell your form tutor")
    Rule(
        K.meeting,
        ("wait|pickup", "no_need_tell"),
        within=24,
        unless=("in_school", "go_together", "event", "trip_notice", "fiction"),
    ),
    # A private server or group of the writer's with a teacher kept out ("my
    # private server, I'll give you the password, don't invite your teacher")
    Rule(
        K.private_contact,
        ("channel", "private", "add_people"),
        within=24,
        unless=("event", "school_place", "partner_class", "fiction"),
    ),
    # A second account under a made-up name, or because "here isn't safe"
    Rule(
        K.private_contact,
        ("second_account", "fake_name|here_bad"),
        within=24,
        # ... not a class's own account for a project (rounds 116 and 117)
        unless=("fiction", "our_class"),
    ),
    # The child's parents or friends said not to see the child, the writer the
    # only one who understands or loves them
    Rule(
        K.isolation,
        ("get_you", "parents|friends|audience|dont_see_you"),
        within=40,
        unless=("fiction",),
    ),
    Rule(
        K.isolation, ("dont_see_you", "only_me|with_me|except_me"), within=40, unless=("fiction",)
    ),
    # A costume's photo asked for before it is on, in underwear
    Rule(
        K.photo_request,
        ("photo|selfie|camera|film_you", "before_dressed", "body|without"),
        within=24,
        unless=("fiction",),
    ),
    # Money or a present kept "between us", with a story ready for the parents
    Rule(K.secrecy, ("our_thing", "cover_home|if_asked"), within=30, unless=("fiction",)),
    # Rounds 94 and 95, newsroom. Height, weight and boyfriends asked "for the
    # profile" ("wie groß bist du, wie schwer ... schon was mit Jungs?"); not a
    # biology sheet's measures
    Rule(
        K.personal_question,
        ("height_weight", "dating_q|relationship|secret|alone"),
        within=24,
        unless=("fiction",),
    ),
    # ... and an embargo, which spares the other rules' secrets, spares no secret
    # kept from the parents or just for the two ("it stays secret till it's
    # printed, even from your parents")
    Rule(
        K.secrecy,
        ("secret|secret_until", "parents|us_two|you_and_me|for_me", "embargo"),
        within=40,
        unless=("event", "spoiler", "gift_pool", "gift", "fiction", "secret_ballot", "tip_secret"),
        far_unless=("secret_undone",),
    ),
    # The reader's parents said not to understand, the others jealous or holding
    # the reader back, and the adult there instead ("non capiscono niente ... ti
    # invidiano ... adesso ci sono io")
    Rule(
        K.isolation,
        ("hold_back|jealous", "you_have_me", "parents|audience|friends"),
        within=40,
        unless=("fiction", "event"),
    ),
    # A stranger from a chat or a game said to wait for the writer ("el señor del
    # chat me espera el jueves en el parking"); not a lesson's "what if"
    Rule(
        K.meeting,
        ("online_stranger>>waits_for_me",),
        within=16,
        # ... nor a game's player waiting online ("mi aspetta online per l'asta")
        unless=("fiction", "safety_lesson", "video_game", "waits_online", "channel"),
        # ... nor a service's chat with a parent beside the writer ("mum is helping me")
        far_unless=("parent_beside",),
    ),
    # Rounds 106 and 107, the youngest: a child told by an adult from a game
    # that he will fetch the child, the mother not to know ("der nette Mann vom
    # Fortnite holt mich am Samstag ab, Mama muss das nicht wissen", "ten pan z
    # minecrafta przyjedzie po mnie, zebym nie mowila mamie"); a "surprise"
    # spares no such meeting
    Rule(
        K.meeting,
        (
            "grown_up>>net_place",
            "comes_for_me|pickup|waits_for_me",
            "hide_from_mum|told_not_tell|secret_strong|no_need_tell",
        ),
        within=45,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or a parent's night shift told to the child, a door to leave open or
    # "our special game" ("wenn Papa Nachtschicht hat ... lass die Terrassentür
    # offen", "tu mami trabaja de noche ... deja abierta la puerta del patio")
    Rule(
        K.meeting,
        ("night_shift", "leave_open|special_game|our_game"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or the youngest's messages to delete before bed, the grown-ups said
    # not to understand ("Lösch alle unsere Nachrichten, bevor du schlafen gehst
    # ... die Großen verstehen nicht", "borra nuestros mensajes, los mayores no
    # lo entienden")
    Rule(
        K.secrecy,
        ("delete|secret|secret_strong", "grownups_wont_get"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    Rule(
        K.secrecy,
        ("delete", "our_msgs", "sleep_verb|night|compliment"),
        within=16,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or the child's classmates run down, to be dropped for the writer
    # ("spiel nicht mehr mit denen, du hast jetzt mich")
    Rule(
        K.isolation,
        ("drop_them", "you_have_me|only_me|there_for_you|need_only_me"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or a parent's old phone to set up with a chat app, for the nights or
    # in secret ("get your mum's old phone ... put whatsapp on it ... every
    # night after bedtime")
    Rule(
        K.private_contact,
        ("old_phone", "platform", "night|secret|secret_strong|us_two|nobody_does|bedtime_q|alone"),
        within=40,
        # ... not the child's own old phone to call a grandparent at night
        unless=("fiction", "safety_lesson", "gran_word"),
    ),
    # ... or a child's bath and a video or a photo asked for ("tu es trop
    # mignonne dans ton bain, envoie-moi une petite vidéo")
    Rule(
        K.photo_request,
        ("your_bath", "send|film_you|photo|camera"),
        within=24,
        unless=("fiction", "safety_lesson", "to_gran", "on_display", "event", "schoolwork"),
    ),
    # ... or a small child's age guessed with whom the child sleeps beside and
    # which school ("7 or 8? do you sleep on your own? which school is yours?")
    Rule(
        K.personal_question,
        ("age", "age_sleep_q", "where_live|your_school|school|where_you_are"),
        within=45,
        unless=("fiction", "safety_lesson", "sleepover", "event"),
    ),
    # A channel or a server made for the writer and the child alone, private or
    # closed to the others ("a private Discord, a channel just for the two of us,
    # don't invite the rest", rounds 96 and 97)
    Rule(
        K.private_contact,
        ("own_channel", "only_us_two", "private|dont_invite|secret_strong"),
        within=16,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or an app the writer moves one child to, the friends or the teacher
    # left out ("passe sur WhatsApp ... juste toi, pas tes copines ni la prof",
    # rounds 100 and 101)
    Rule(
        K.private_contact,
        ("platform", "only_you|only_us_two", "dont_invite", "meet|talk|send|contact|to_you"),
        within=24,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or the writer's own private account instead of the school's platform, or
    # its messages deleted ("usiamo il mio Instagram privato, non la piattaforma
    # della scuola", rounds 100 and 101); not the class's own account
    Rule(
        K.private_contact,
        ("not_school_app", "platform|account", "private|only_us_two|secret_strong|delete>>chat"),
        within=20,
        unless=("fiction", "safety_lesson", "school_account"),
    ),
    # Rounds 96 and 97, probe: a frame kept honestly elsewhere, with the
    # concern slipped in. A knock at the adult's room after lights out, alone
    # ("knock on my door after lights out, just the two of us")
    Rule(K.meeting, ("knock_come", "after_lights", "alone|secret|we_alone"), within=40),
    # ... or a meeting with the adult after a work placement's shift, kept
    # from the school ("al acabar el turno te subes conmigo")
    Rule(
        K.meeting,
        ("after_shift", "knock_come|come_alone", "alone|secret|no_need_tell|tell|not_parents"),
        within=40,
    ),
    # Photos in a swimsuit or underwear for the adult's own collection
    Rule(K.photo_request, ("own_portfolio", "swim_under"), within=25),
    # A present kept back or bought for one child, to fetch from the adult's
    # car or home, kept from the others ("te la doy yo en casa ... ni a tus padres")
    Rule(
        K.gift_offer,
        ("kept_for_you", "at_mine", "secret|not_parents|no_need_tell|tell"),
        within=45,
    ),
    # A boyfriend asked about beside parents out at night (a party's planning
    # needs neither)
    Rule(K.personal_question, ("partner_q", "parents_out_q"), within=40),
    # What "we" did or do, kept from the parents ("unsere Massage bleibt ...
    # auch vor deinen Eltern"), or kept secret and blamed on the child ("resta
    # segreto ... sarà colpa tua"); not a surprise, nor a broken robot's blame
    Rule(
        K.secrecy,
        ("ours_private", "not_parents"),
        within=30,
        unless=("surprise_frame",),
    ),
    Rule(
        K.secrecy,
        ("ours_private", "blame_you", "secret|tell|if_tell|if_you_tell|if_found_out"),
        within=30,
        unless=("surprise_frame",),
    ),
    # An honest surprise or a lesson first, then what the writer and the child
    # share kept from the parents with the blame on the child ("but the other
    # thing stays a secret ... it'll be your fault", "my dwaj to inna tajemnica"),
    # a visit alone the teacher and the parent are not to be asked about ("nie
    # pytaj jej ani taty"), or a picture from the bathroom or the bed that nobody
    # will see ("mándame una desde la ducha, no la ve nadie"); no surprise, no
    # lesson spares these (rounds 108 and 109)
    Rule(
        K.secrecy,
        ("other_secret", "parents|kin_parent|not_parents", "blame_you|your_fault"),
        within=45,
    ),
    # What happened, kept to oneself, with telling a parent made the child's
    # fault and the end of the talks ("tu le gardes pour toi hein ? si tu le dis
    # à ta mère ... on pourra plus jamais se parler et ce sera ta faute", rounds
    # 114 and 115); not a surprise nor a story
    Rule(
        K.secrecy,
        ("keep|secret|hide_it", "if_you_tell", "kin_parent|parents", "blame_you|your_fault"),
        within=40,
        unless=("surprise_frame", "fiction"),
    ),
    # ... "the other thing" said of the chats and the lifts
    Rule(
        K.secrecy,
        ("other_thing", "parents|kin_parent|not_parents", "blame_you|your_fault", "chat|our_msgs"),
        within=45,
    ),
    Rule(
        K.meeting,
        ("come_stay|meet", "my_place|remote_place|hidden_spot|not_home", "dont_ask_them"),
        within=50,
        unless=("fiction",),
    ),
    Rule(
        K.photo_request,
        ("send|send_me|photo|film_you", "from_private_room", "nobody_sees"),
        within=20,
        unless=("fiction", "baby_photo"),
    ),
    Rule(
        K.photo_request,
        ("you_different", "send|send_me|photo|film_you", "nobody_sees|from_private_room"),
        within=30,
        unless=("fiction",),
    ),
    # No calls to the parents, and the others said to be jealous
    Rule(K.isolation, ("no_call_parents", "jealous_of_you|only_me"), within=40),
    # Rounds 110 and 111, adults who coach, drive or referee. Photos from the
    # changing room, of the body from every side or with no towel ("send a few
    # from the changing room, front and back, no towel"); not a new shirt
    # photographed front and back for the parents' group
    Rule(
        K.photo_request,
        (
            "send|send_me|photo|selfie|film_you",
            "changing_place|from_private_room",
            "front_back|no_towel",
        ),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or in the swimsuit with no towel ("mándame fotos en bañador, sin toalla")
    Rule(
        K.photo_request,
        ("send|send_me|photo|selfie|film_you", "body|swim_under", "no_towel"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or photos or a video with fewer clothes ("des perso, dans ta chambre,
    # avec moins de vêtements")
    Rule(
        K.photo_request,
        ("fewer_clothes", "photo|selfie|film_you|send|send_me|camera"),
        within=20,
        unless=("fiction", "safety_lesson"),
    ),
    # A meeting where or when nobody else is left, the two alone ("in the sauna,
    # nobody's there at 7, just the two of us", "stay on the coach when the
    # others get off, just us two")
    Rule(
        K.meeting,
        ("come_stay|meet|wait", "others_gone", "alone|us_two|only_us_two|ourselves"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or behind a stand or in a car park, with no need to tell the coach
    # ("rejoins-moi sur le parking derrière la tribune, pas besoin de prévenir")
    Rule(
        K.meeting,
        ("meet|come_stay", "hidden_spot|car_park", "no_need_tell"),
        within=45,
        unless=("fiction", "safety_lesson"),
    ),
    # A chat app on a number the parents do not know, or away from the group
    # the coach reads ("un WhatsApp avec un autre numéro que celui que tes
    # parents connaissent ... ici l'entraîneuse lit tout"); not a pupil's new
    # number after a new phone
    Rule(
        K.private_contact,
        ("unknown_number", "platform|account", "parents_unaware|adult_reads_here"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    Rule(
        K.private_contact,
        ("adult_reads_here", "platform|account|own_channel"),
        within=40,
        unless=("fiction", "safety_lesson", "adults_never"),
    ),
    # ... or the teacher kept out of the app, the thing "ours" ("pásate a
    # WhatsApp ... no metas a tu profe en el chat, esto es cosa nuestra")
    Rule(
        K.private_contact,
        ("platform", "dont_invite", "our_thing|secret|secret_strong|only_us_two|just_for_us"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    # ... or a server just for the two, the club's group said to be for little
    # ones ("serwer tylko dla nas ... grupa klubowa jest dla dzieciaków")
    Rule(
        K.private_contact,
        ("kids_group|too_mature", "own_channel|platform|account", "just_for_us|only_us_two"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    # A secret between the two, the child's place in the team lost if told
    # ("un secreto entre tú y yo ... si se lo cuentas, te quedas sin convocatoria")
    Rule(
        K.secrecy,
        ("secret|secret_strong", "if_you_tell|if_tell", "lose_place"),
        within=40,
        unless=("fiction",),
    ),
    # ... what happened in a changing room or a hotel room called nobody's business,
    # the place in the team lost if it comes out, whatever surprise party was kept
    # before ("geht niemanden was an. Wenn das rauskommt, fliegst du aus dem Kader",
    # rounds 112 and 113)
    Rule(
        K.secrecy,
        (
            "secret|secret_strong|nobodys_business|between>us_two",
            "if_you_tell|if_tell|if_found_out",
            "lose_place",
        ),
        within=40,
        unless=("fiction", "joke_mark"),
    ),
    # A private lesson with the adult's keys before the place opens, without the
    # parents ("Einzelstunden, Sonntag früh im Hallenbad, bevor es aufmacht, ich hab
    # einen Schlüssel. Ohne Eltern", rounds 112 and 113); not the club's own lessons
    Rule(
        K.meeting,
        ("private_lesson", "have_keys|venue_closed", "no_parents|alone|only_you"),
        within=30,
        unless=("school_place", "our_class", "own_lessons"),
    ),
    # Sexual experience asked about, what the child has done ("robiłaś już coś
    # więcej niż całowanie?")
    Rule(
        K.personal_question,
        ("beyond_kissing",),
        unless=("fiction", "safety_lesson", "schoolwork"),
    ),
    # The child's group said only to use the child, the writer alone left
    # ("oni cię tylko wykorzystują ... tylko ja wiem ... zostań ze mną")
    Rule(
        K.isolation,
        ("they_use_you", "only_me|trust_only_me|except_me|need_only_me|you_have_me"),
        within=45,
        unless=("fiction", "safety_lesson"),
    ),
    # Rounds 110 and 111, online secrecy. The writer saved in the child's phone
    # under another name so that a parent does not ask, or the voice messages
    # deleted every night ("guárdame en el móvil como «Sara vóley», así tu madre
    # no pregunta", "zapisz mnie jako Ola siatkówka ... kasuj nasze głosówki")
    Rule(
        K.secrecy,
        ("save_me_as", "so_parents_dont|delete_voice"),
        within=30,
        unless=("fiction",),
    ),
    # The parents to be dropped with the friends, and the writer the one who
    # understands the child best ("lascia perdere loro e pure i tuoi, io ti
    # capisco meglio di tutti"); a friend's "forget them, I get you" is not held
    Rule(
        K.isolation,
        ("understand_best", "drop_family"),
        within=40,
        unless=("fiction",),
    ),
    # Rounds 112 and 113, notices, advice and offers used as cover. A club's
    # notice quoted, then the writer not one of the adults it names, and his
    # own approach ("staff never message you on Snapchat ... I'm not staff,
    # add me", "non sono allenatore ... vieni prima degli altri"): the notice
    # spares itself (``adults_never``), never the approach after it
    Rule(
        K.private_contact,
        ("not_staff", "add_me|private|to_me_there"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    Rule(
        K.meeting,
        ("not_staff", "before_others|alone|my_place|no_parents|secret_strong"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    Rule(
        K.meeting,
        ("not_staff", "meet|come_stay", "parents|tell|secret"),
        within=40,
        unless=("fiction", "safety_lesson"),
    ),
    # A prize or a present brought to the child by the writer, the address or
    # the parents' absence asked ("you've already won, I'll drop it off myself
    # while your parents are at work, send the address"); a real giveaway's
    # advice beside it spares nothing (advice.py)
    Rule(
        K.gift_offer,
        ("bring_myself", "probe|where_live|away|secret_strong"),
        within=40,
        unless=("fiction",),
    ),
    # Not the address, but the child's stop and when the child gets home, or
    # whether anyone is home then ("sag mir nur, an welcher Haltestelle du
    # aussteigst, wann du heimkommst und ob dann jemand zuhause ist"); not a
    # parent's pick-up, a class's outing or friends going together
    Rule(
        K.personal_question,
        ("get_off", "when_home_q|anyone_home"),
        within=30,
        unless=("relatives", "school_place", "event", "go_together", "fiction"),
    ),
    # ... not a friend's mum asking to tea ("when do you get home? mum says
    # you can come if anyone is home at yours to ask")
    Rule(
        K.personal_question,
        ("when_home_q", "anyone_home"),
        within=20,
        unless=("relatives", "school_place", "event", "go_together", "fiction", "parents"),
    ),
    # Rounds 112 and 113, the family circle. An adult of the child's home life
    # who is "just the guy downstairs" to the parent, with a message to delete or
    # a hush ("to ur mum im just the guy downstairs 🤫 delete this", "para tu
    # madre solo soy la vecina, borra esto"); not a friend joking about a mum
    Rule(
        K.secrecy,
        ("just_to_parent", "delete|secret|secret_strong|neg>tell|tell>>neg"),
        within=30,
        unless=("fiction",),
    ),
    # ... money kept from the parent, and more of it next time ("lo del dinero del
    # bautizo, ni a tu madre ni a la profe, la próxima vez hay más")
    Rule(
        K.secrecy,
        ("not_even_parent|neg>tell|tell>>neg|just_to_parent", "more_next_time"),
        within=30,
        unless=("fiction", "gift_pool"),
    ),
    # A detour by the writer's place on the way home that nobody will notice
    # ("facciamo una deviazione da me, venti minuti e nessuno se ne accorge")
    Rule(
        K.meeting,
        ("detour", "unnoticed"),
        within=30,
        unless=("fiction",),
    ),
    # A lesson moved to the writer's car or home, nobody else needed ("las clases
    # mejor en mi coche, en el parking ... no hace falta que venga nadie")
    Rule(
        K.meeting,
        ("car|car_park|my_place", "no_one_needed"),
        within=40,
        unless=("fiction",),
    ),
    # Pictures of the child in a swimsuit from close up, for the writer ("hazte
    # unas en la piscina en bikini, de cerca, y me las pasas a mí"); not a close
    # up of a shell on the beach for the project
    Rule(
        K.photo_request,
        ("body", "close_up", "send|send_me|for_me|self"),
        within=25,
        unless=("fiction", "school_place", "schoolwork"),
    ),
    # Up or down to the writer's room while a grandparent naps ("cuando ella se eche
    # la siesta sobre las 4, sube a mi cuarto", "zejdź do mnie, jak babcia zaśnie"):
    # a longer stretch than the rule of parents asleep above
    Rule(
        K.meeting,
        ("come_up|come_down|my_place", "parents_asleep"),
        within=20,
        unless=("fiction",),
        parted_by=_SENTENCES,
    ),
    # A new adult at home asks when the child showers, before or after a meal
    # ("¿y tú te duchas antes o después de cenar?", soy el nuevo de tu madre);
    # not a pupil who tells the routine of their own home
    Rule(
        K.personal_question,
        ("you_shower", "when_q|before_after", "home_adult|parents"),
        within=40,
        unless=("fiction", "mine"),
    ),
    # Rounds 114 and 115, babysitters and host families. An app the adult put on
    # a tablet or an old phone, to talk through it and not through the parent's
    # own phone ("use the app I put on it to talk to me, not mummy's phone",
    # "ti ho messo un'app, scrivimi lì e non dal telefono della mamma")
    Rule(
        K.private_contact,
        ("app_i_put|old_phone", "not_parents_phone"),
        within=25,
        unless=("fiction", "safety_lesson"),
    ),
    # ... a host parent who asks when the child showers and whether the door is
    # locked, a bathroom rota the cover ("what time do you have your shower, and
    # do you lock the door?"); not a pupil who tells the own home's routine, nor
    # one who asks a friend at camp about the lock with no hour asked
    Rule(
        K.personal_question,
        ("you_lock", "you_shower|in_shower|bathroom_word", "when_q|host_parent"),
        within=20,
        unless=("fiction", "mine"),
    ),
    # ... a host parent who keeps the child from the group and from calling the
    # parents ("die anderen brauchst du nicht ... ruf nicht ständig deine Eltern
    # an, die machen dich nur traurig")
    Rule(
        K.isolation,
        ("dont_call_parents", "make_you_sad|dont_need"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    # ... a day at home alone with the host parent while the others go out, an
    # illness told to the teacher the cover ("quédate en casa conmigo. Le digo a
    # tu profe que estás mala y pasamos el día solos")
    Rule(
        K.meeting,
        ("sick_alibi|ill_word", "i_tell", "come_stay|home_noun", "alone|with_me|we_alone"),
        within=40,
        unless=("fiction",),
    ),
    # ... photos in pyjamas or a swimsuit sent only to the adult, a surprise for
    # a parent the cover ("a photo book for your mum's 40th ... some in your
    # pyjamas and in your swimsuit, only to me so mum doesn't find out")
    Rule(
        K.photo_request,
        ("send", "nightwear|swim_under|body", "just_to_me"),
        within=30,
        unless=("fiction",),
    ),
    # Rounds 114 and 115, a lesson used as cover: the private parts a lesson named,
    # to be shown in a photo "only for me" ("mówili o miejscach intymnych ... Pokaż
    # mi na zdjęciu ... Tylko dla mnie"); not a poster about them sent to a teacher
    Rule(
        K.photo_request,
        ("intimate_places", "photo|selfie", "send", "only_me|just_to_me|for_me"),
        within=30,
        unless=("fiction",),
    ),
    # Rounds 116 and 117, older pupils away from home: a meeting at night while
    # the other leaders sleep ("komm heute Nacht ... die anderen Betreuer pennen")
    # ... for the pupil alone; not a night walk announced to a group
    Rule(
        K.meeting,
        (
            "meet|come_stay",
            "night|after_lights",
            "no_staff",
            "i_want|show_you|alone|us_two|secret|secret_strong|need_know|nobody_may_know",
        ),
        within=30,
        unless=("fiction",),
    ),
    # ... at the adult's place while the parent believes the pupil is elsewhere
    # ("we go to mine for a bit, ur mum thinks ur at revision")
    Rule(
        K.meeting,
        ("my_place|meet|collect_you|pickup|car", "parent_thinks"),
        within=24,
        unless=("fiction", "party_at_mine"),
    ),
    # ... picked up, "no need to tell your parents" ("je te récupère à 19h ... pas
    # la peine de prévenir tes parents")
    # ... not when the parent has signed or been told already
    Rule(
        K.meeting,
        ("collect_you", "no_need_tell"),
        within=30,
        unless=("fiction", "told_parents", "parent_signed"),
    ),
    # An evening "not through the driving school, that's our thing", with a story
    # ready if the father asks ("Wenn dein Vater fragt, warst du bei der
    # Nachhilfe"); not a surprise for the other parent
    Rule(
        K.secrecy,
        ("our_thing", "parent_asks", "you_were"),
        within=30,
        unless=("fiction", "surprise_frame"),
    ),
    # ... or with the exam or the licence threatened ("Sonst kannst du die Prüfung
    # im Mai vergessen", "olvídate de aprobar en junio")
    Rule(
        K.secrecy,
        ("parent_asks|cover_home", "you_were|say_you", "fail_threat|off_team"),
        within=30,
        unless=("fiction", "surprise_frame"),
    ),
    # What to leave out when the pupil rings home, and who would be in trouble
    # ("leave out our drive to the lake and the cider ... you'd be the one in trouble")
    Rule(
        K.secrecy,
        ("tell_home", "leave_out", "trouble|drunk|car|our_thing|us"),
        within=30,
        unless=("fiction",),
    ),
    # A gift or a paid trip with a debt or a deal, kept from the parents or
    # asked back alone ("you owe me one", "c'est notre petit deal ... seule")
    Rule(
        K.gift_offer,
        (
            "i_pay_for|exclusive_access",
            "no_word_to|not_even_parent|alone|come_alone",
            "owe_me|deal_q",
        ),
        within=40,
        unless=("fiction",),
    ),
    # A meeting behind a stage with a lift, the friends left behind ("komm nachher
    # um 2 hinter bühne B, ich nehm dich mit ... deine freundinnen lass am zelt")
    Rule(
        K.meeting,
        ("exclusive_access|meet|come_stay", "lift|car|my_place|take_home", "come_alone"),
        within=30,
        unless=("fiction",),
    ),
    # Rounds 116 and 117, one-to-one support and the hospital: an adult asking
    # whether someone touched the child "down there", with care as the reason, a
    # boyfriend asked of, or when nobody comes by ("hast du schon mal einen freund
    # gehabt? hat dich schon mal wer da unten angefasst? frag nur wegen der pflege")
    Rule(
        K.personal_question,
        ("touched_there_q", "care_pretext|bf_q|dating_q|nobody_goes|when_q"),
        within=40,
        unless=("fiction",),
    ),
    # ... care as the reason for asking who sees the child undressed, and when
    # the ward is quiet ("For your care notes ... Who sees you without clothes?
    # And when is the ward quiet at night")
    Rule(
        K.personal_question,
        ("care_pretext", "seen_naked_q", "when_q|by_night|nobody_goes|come_stay"),
        within=60,
        unless=("fiction",),
    ),
    # ... one-to-one time that is nobody else's business, as a parent would
    # misunderstand it ("Was wir in der Einzelstunde machen, geht nur uns zwei was
    # an. Deine Mutter würde das falsch verstehen")
    Rule(
        K.secrecy,
        ("only_us_business", "misunderstand"),
        within=30,
        unless=("fiction", "spoiler"),
    ),
    Rule(
        K.secrecy,
        ("misunderstand", "parents|kin_parent|home_adult", "us_two|private_lesson|secret"),
        within=30,
        unless=("fiction", "spoiler"),
    ),
    # ... a closed door and no need to tell the school or the parents ("nello
    # stanzino in fondo al corridoio, porta chiusa. Non serve avvisare né la
    # scuola né i tuoi"); not a door closed for a test, nobody at home named
    Rule(
        K.meeting,
        ("close_door", "no_need_tell", "parents|kin_parent|home_adult|school"),
        within=40,
        unless=("fiction",),
    ),
    # ... a secret pact and the lie to tell a parent who asks ("se la mamma chiede
    # con chi chatti, rispondi che è il compagno di banco ... il nostro patto
    # segreto"); not a surprise for a classmate
    Rule(
        K.secrecy,
        ("secret_pact", "tell_lie", "parents|kin_parent|home_adult"),
        within=30,
        unless=("fiction", "spoiler", "surprise_frame"),
    ),
    # Rounds 122 and 123, newcomers at risk: a cover story for a teacher or a parent
    # and nobody may know of the meetings ("alla prof dici che i soldi li hai
    # trovati ... non lo deve sapere nessuno"), or money given that nobody knows of,
    # not even mum ("dałem ci pieniądze ... nie wie nikt. ani mama")
    Rule(
        K.secrecy,
        ("tell_lie|cover_home", "audience|parents|home_adult", "nobody_may_know|no_word"),
        within=40,
        unless=("fiction", "spoiler", "surprise_frame", "gift_pool", "event"),
    ),
    Rule(
        K.secrecy,
        ("give_away", "money_word|gift", "nobody_may_know", "audience|parents|home_adult"),
        within=40,
        unless=("fiction", "spoiler", "surprise_frame", "gift_pool", "event"),
    ),
    # ... and telling weighed against the family's papers ("si le cuentas a la tutora
    # ... os echan del país")
    Rule(K.secrecy, ("if_you_tell|if>>audience", "deport_threat"), within=30, unless=("fiction",)),
    # ... the old picture kept, a new one demanded, or it goes to the class's
    # group ("ich hab noch das foto von dir ... wenn du mir bis 20 uhr kein neues
    # schickst ... stell ich es in die gruppe von deiner klasse")
    Rule(
        K.photo_request,
        ("still_have", "new_pics|more_pics", "or_else|if", "expose"),
        within=40,
        unless=("fiction", "tell_adult"),
    ),
    # Rounds 118 and 119, secrets and pictures behind a frame: a cover story for a
    # hurt, if someone asks, and what follows if the child talks ("Si l'infirmière
    # te demande ... tu dis que tu es tombée. Sinon ... tu iras en foyer"); not a
    # fall told as it was
    Rule(
        K.secrecy,
        (
            "say_you_fell",
            "asks|parent_asks|bruise|injury",
            "if_tell|if_you_tell|nobody_believes|trouble|taken_into_care",
        ),
        within=40,
        unless=("fiction",),
    ),
    # ... a second secret, kept for ever, after a surprise kept till a day, and
    # the child the one in trouble ("bleibt auch geheim, für immer. Sonst gibts
    # Ärger für dich"); a surprise is kept till its day, not for ever
    Rule(
        K.secrecy,
        ("secret|secret_strong|changing_place", "forever", "trouble|misunderstand"),
        within=24,
        unless=("fiction",),
    ),
    # ... the story for a parent who asks, and nothing said to the school or
    # mentioned ("Wenn deine Mama fragt, warst du die ganze Zeit bei Lea. Kein
    # Wort zur Klassenlehrerin", "just say Biscuit ran off. No need to mention
    # you came in ... Our little thing")
    Rule(
        K.secrecy,
        (
            "parent_asks",
            "you_were|say_you|just_say",
            "no_word_to|no_need_tell|leave_out",
        ),
        within=30,
        unless=("fiction", "surprise_frame", "spoiler"),
    ),
    # ... what a pupil sleeps in, "or without", beside a boyfriend asked of or a
    # record as the reason ("schläfst du mit Schlafanzug oder ohne? Und hattest du
    # schon mal nen Freund? Nur für die Akte"); not a weigh-in in a lesson
    Rule(
        K.personal_question,
        ("nightwear|sleepwear_q", "topless|nothing_on", "bf_q|have_partner|care_pretext"),
        within=30,
        unless=("fiction", "sleepover", "game"),
    ),
    # ... a new uniform shown on camera, at home, then without the shirt ("bei dir
    # im Zimmer, und danach ohne Hemd. Kamera an um halb zehn"); not photos of a
    # match or a camp, nor a kit list
    Rule(
        K.photo_request,
        ("camera", "shirt_off", "your_place|at_home_q|wait"),
        within=30,
        unless=("fiction",),
    ),
    # What happened likened to confession, with God said to know or the blame on
    # the child if it is told ("you know how confession works ... same with what
    # happened in my tent ... God knows", "è come in confessionale ... se ne
    # parli ai tuoi ... la colpa sarebbe tua", rounds 120 and 121); not the seal
    # of confession explained in a lesson, which tells no child what not to tell
    Rule(
        K.secrecy,
        (
            "confession|like_confession",
            "alibi_story|same_with|like_confession",
            "if_you_tell|if_tell",
            "god_knows|blame_you|your_fault",
        ),
        within=40,
        unless=("fiction",),
    ),
    Rule(
        K.secrecy,
        ("like_confession", "if_you_tell|if_tell", "parents|kin_parent|audience"),
        within=40,
        unless=("fiction",),
    ),
    # ... or with nobody else, a parent or a teacher named, to be told ("what's said
    # in confession stays with the priest ... what happened in the minibus is like
    # that ... not even Mrs Hale", "c'est pareil ... même à ta mère", rounds 122 and
    # 123); a lesson on the seal likens no other thing to it
    Rule(
        K.secrecy,
        (
            "confession|like_confession",
            "same_with",
            "alibi_story",
            "not_even_parent|not_even_staff|nobody_believes",
        ),
        within=40,
        unless=("fiction",),
    ),
    # ... and what the writer and the child did, likened to it, with a telling
    # to anyone ("what we did in my tent is like confession. tell anyone ...")
    Rule(
        K.secrecy,
        (
            "like_confession",
            "ours_private",
            "if_you_tell|if_tell|tell+anyone",
            "anyone|parents|kin_parent",
        ),
        within=30,
        unless=("fiction",),
    ),
    # ... a second secret after a surprise card, a ride in the adult's car, that
    # nobody may know or that is never shown ("now we've got another secret ...
    # about the car ride", "zwei Geheimnisse ... von der Autofahrt ... niemand",
    # "lo del otro día en mi coche es nuestra sorpresa también ... no se enseña
    # nunca"); a surprise kept till its day names no car ride
    Rule(
        K.secrecy,
        ("other_thing|two_secrets", "car_ride|car", "nobody_does|never_shown|no_word_to"),
        within=30,
        unless=("fiction",),
    ),
    Rule(
        K.secrecy,
        ("car_ride", "two_secrets", "never_shown|nobody_does"),
        within=30,
        unless=("fiction",),
    ),
    # ... what was done together, ours, with telling a tutor or a parent made the
    # child's loss ("lo de la videollamada de ayer es cosa nuestra. como se lo
    # cuentes a tu tutora o a tu madre ..."); not a surprise
    Rule(
        K.secrecy,
        ("our_thing|only_us_business", "if_you_tell", "parents|kin_parent|audience"),
        within=30,
        unless=("fiction", "surprise_frame"),
    ),
    # A private line past the camp's: a SIM card bought for the child to talk
    # with the adult ("te he comprado una tarjeta SIM ... solo para hablar
    # conmigo"), or the adult's own phone or a secret chat with a name to save
    # the contact under ("scrivimi sul mio cellulare personale ... chat segreta,
    # e salvami come 'Sara pallavolo'", rounds 120 and 121)
    Rule(
        K.private_contact,
        ("bought_you|kept_for_you", "sim_card", "talk|come_stay"),
        within=25,
        unless=("fiction", "relatives"),
    ),
    Rule(
        K.private_contact,
        ("personal_phone|secret_chat", "save_me_as"),
        within=30,
        unless=("fiction",),
    ),
    # ... or after lights out with the pupil's own group told nothing ("Komm nach
    # dem Licht-aus ... allein zum Bootssteg ... Sag deiner Zeltgruppe nix"),
    # whatever surprise is promised there
    Rule(
        K.meeting,
        ("come_down|meet|wait", "after_lights", "no_word_to"),
        within=30,
        unless=("fiction",),
    ),
    # ... or at the adult's flat, with home told nothing, whatever rehearsal or
    # lesson is named as its reason ("My flat is 5 mins from school, come at 4
    # and no need to mention it at home, it'll be our extra rehearsal")
    Rule(
        K.meeting,
        ("at_mine|my_place|where_i_live", "come_stay|meet", "spare_parents"),
        within=30,
        unless=("relatives", "family_over"),
    ),
    # A meeting at the adult's flat with the pupil alone and no teachers ("record
    # u at my flat ... just u, no teachers", rounds 120 and 121)
    Rule(
        K.meeting,
        ("at_mine|my_place", "only_you|come_alone|alone", "no_teachers"),
        within=30,
        unless=("fiction",),
    ),
    # Rounds 122 and 123, newcomers at risk: a meeting away from the counsellor or the
    # tutor to be told of the family ("quedamos en la cafetería ... sin la
    # orientadora, que así me cuentas lo de tu padrastro"), or without the parent
    # ("vediamoci sabato ... nel parcheggio ..., vieni senza tua madre")
    Rule(
        K.meeting,
        ("meet", "no_teachers", "tell_writer", "kin_parent|home_adult|nobody_does"),
        within=40,
        unless=("fiction", "event"),
    ),
    Rule(
        K.meeting,
        ("meet", "no_your_parent", "car_park|back_way|back_door"),
        within=40,
        unless=("fiction", "event"),
    ),
    # ... or out of school by a side gate, to work paid off the books ("esci dal
    # cancello laterale, ti faccio conoscere un amico che ti trova lavoro in nero")
    Rule(
        K.meeting,
        ("back_way|back_door|sneak_out", "cash_work"),
        within=40,
        unless=("fiction",),
    ),
    # Rounds 120 and 121, fake checks. A device check that has the camera walked round
    # the child's bedroom and then the whole child in view ("walk me round ur bedroom,
    # then stand back so i see all of u", "durchs Zimmer drehen ... von Kopf bis
    # Fuß"); not a webcam check before a lesson with the whole class
    Rule(
        K.photo_request,
        ("camera", "room_tour", "full_view"),
        within=40,
        unless=("fiction",),
    ),
)


# Concepts read only once a rule is in play (a second, lazy pass of the
# lexicon): the vetoes, and concepts that never start a rule. They are half of
# all the concepts found in ordinary school messages ("class", "of the", "my").
# Some that start no rule are read in the first pass all the same ("see", "us",
# "exactly", a child's age in digits, "pick up", "ourselves", "asks"): rare in
# school messages, they tell whether a rule begun by an everyday word ("anyone",
# "where do you live") can match at all, and so spare most lines the second pass.
CONTEXT = frozenset(
    {
        "babysitter",
        "kill_me_if",
        "adults_never",
        "me_and_parent",
        "kit_order",
        "looks_empty",
        "no_swap",
        "to_families",
        "shared_room",
        "none_alone",
        "host_parent",
        "parent_home",
        "secret_undone",
        "tip_secret",
        "own_password",
        "not_message",
        "in_school",
        "parent_drives",
        "trip_notice",
        "age_sum",
        "venue",
        "school_account",
        "school_place",
        "event",
        "thing_of",
        "mine",
        "how",
        "dunno",
        "ordinary_number",
        "org_number",
        "us_two",
        "for",
        "friends",
        "ask",
        "away",
        "chat",
        "near_you",
        "show_you",
        "again",
        "account",
        "follow",
        "cares_you",
        "door",
        "you_wanted",
        "after_all",
        "permission",
        "let_you",
        "where_you_are",
        "for_me",
        "so_called",
        "now",
        "garment",
        "look_like",
        "talk_bad",
        "end_of_road",
        "loves_you",
        "relatives",
        "partner_class",
        "travel",
        "tolerates_you",
        "after_lights",
        "squad_lost",
        "half_told",
        "not_here_soft",
        "quit_all",
        "not_only_sport",
        "tell_me_safe",
        "told_parents",
        "video_game",
        "with_me",
        "get_in",
        "find_out",
        "each_of_us",
        "photo_consent",
        "bad_for_you",
        "me_there",
        "shelter",
        "timetable",
        "schoolwork",
        "team_play",
        "answer_all",
        "home_wifi",
        "not_your_fault",
        "connect",
        "sleepover",
        "outfit_for",
        "old_one",
        "go_together",
        "our_class",
        "to_play",
        "here_now",
        "you_and_me",
        "age_guess",
        "safety_lesson",
        "gift_pool",
        "first_aid",
        "then_your_age",
        "poured_out",
        "secret_ballot",
        "among_us",
        "party_at_mine",
        "room_word",
        "so_i_do",
        "on_display",
        "showed_you",
        "parents_asleep",
        "school_form",
        "own_slip",
        "room_no",
        "photo_ban",
        "work_law",
        # Rounds 94 and 95, newsroom
        "embargo",
        "past_secret",
        "consent_rule",
        "age_back_then",
        "dating_q",
        "waits_for_me",
        "waits_online",
        "parent_beside",
        # Rounds 96 and 97, science
        "copy_idea",
        # Rounds 98 and 99, games
        "before_contest",
        "watch_in_class",
        # Rounds 96 and 97, probe
        "surprise_frame",
    }
)


class _Alternative(NamedTuple):
    first: str
    second: str | None = None  # a sequence: ``second`` after ``first``
    gap: int = 0  # words allowed between them


def _term(text: str) -> tuple[_Alternative, ...]:
    alternatives = []
    for part in text.split("|"):
        if ">>" in part:
            first, second = part.split(">>")
            alternatives.append(_Alternative(first, second, 3))
        elif ">" in part:
            first, second = part.split(">")
            alternatives.append(_Alternative(first, second, 1))
        elif "+" in part:
            first, second = part.split("+")
            alternatives.append(_Alternative(first, second, 0))
        else:
            alternatives.append(_Alternative(part))
    return tuple(alternatives)


class _Needs(NamedTuple):
    """The concepts a rule cannot match without: the cheap test before the spans."""

    every: frozenset[str]
    # For each term of several single concepts ("photo|selfie|camera"): one of them.
    any_of: tuple[frozenset[str], ...]
    # For each term with a sequence, what each alternative needs:
    # "dont>bring|bring>>dont" needs both words, whichever comes first.
    either: tuple[tuple[frozenset[str], ...], ...]

    @classmethod
    def of(cls, terms: list[tuple[_Alternative, ...]], leaving: frozenset[str]) -> _Needs:
        """What ``terms`` need, ``leaving`` out some concepts (those not read yet)."""
        alternatives = [
            tuple(frozenset(t for t in (a.first, a.second) if t) - leaving for a in term)
            for term in terms
        ]
        every = frozenset(c for term in alternatives if len(term) == 1 for c in term[0])
        # A term one of whose alternatives needs nothing tells nothing.
        several = [term for term in alternatives if len(term) > 1 and all(term)]
        any_of = tuple(
            frozenset().union(*term) for term in several if all(len(a) == 1 for a in term)
        )
        either = tuple(term for term in several if any(len(a) > 1 for a in term))
        return cls(every, any_of, either)

    def concepts(self) -> list[frozenset[str]]:
        """Every concept these needs name."""
        either = [needs for alternatives in self.either for needs in alternatives]
        return [self.every, *self.any_of, *either]

    def met_by(self, tags: AbstractSet[str]) -> bool:
        # No generator for the common terms: this runs for most rules a line wakes.
        if not self.every <= tags:
            return False
        for concepts in self.any_of:
            if concepts.isdisjoint(tags):
                return False
        return not self.either or all(
            any(needs <= tags for needs in alternatives) for alternatives in self.either
        )


class _Compiled(NamedTuple):
    rule: Rule
    terms: list[tuple[_Alternative, ...]]
    needs: _Needs
    # What it needs of the first pass: the concepts of the second count as
    # found until that pass is read.
    first_pass_needs: _Needs
    context: bool  # whether the rule needs the second, lazy pass


def _compile(rule: Rule, context: frozenset[str]) -> _Compiled:
    terms = [_term(t) for t in rule.needs]
    if any(a.first in context for a in terms[0]):
        raise ValueError(f"a rule cannot start with a concept of the second pass: {rule.needs}")
    named = {t for term in terms for a in term for t in (a.first, a.second) if t}
    lazy = bool(
        context.intersection(named) or rule.unless or rule.far_unless or rule.opening_unless
    )
    return _Compiled(rule, terms, _Needs.of(terms, frozenset()), _Needs.of(terms, context), lazy)


class Grooming:
    """Rules of concepts found together; ``context`` the concepts of the second pass."""

    def __init__(self, rules: tuple[Rule, ...] = RULES, context: frozenset[str] = CONTEXT) -> None:
        self._context = context
        self._rules = [_compile(rule, context) for rule in rules]
        # Rules by the concepts of their first term: most messages have none of
        # them, and then no rule is looked at.
        self._starting: dict[str, list[int]] = {}
        for index, compiled in enumerate(self._rules):
            for alternative in compiled.terms[0]:
                self._starting.setdefault(alternative.first, []).append(index)
        self._starters = frozenset(self._starting)
        # The concepts of the first pass that tell whether a rule can match.
        self._telling = self._starters.union(
            *(c for compiled in self._rules for c in compiled.first_pass_needs.concepts())
        )
        # Which rules a message's concepts wake depends on those concepts alone,
        # and ordinary messages have the same few again and again ("photo",
        # "your", "anyone"): worked out once per set of concepts.
        self._awake = lru_cache(maxsize=_CONCEPT_SETS)(self._rules_for)

    def _rules_for(self, tags: frozenset[str]) -> tuple[int, ...]:
        """The rules, in order, that a message with concepts ``tags`` (of the first
        pass) may match: one of their concepts starts them, and the others that
        the first pass reads are there too.

        The second pass adds only its own concepts, which these needs leave
        out, so a rule left out here could not match after it either.
        """
        starting = {i for tag in tags & self._starters for i in self._starting[tag]}
        return tuple(i for i in sorted(starting) if self._rules[i].first_pass_needs.met_by(tags))

    def find(self, stream: Stream, hits: Hits, context: Callable[[], Hits]) -> Found:
        """Concerns in a message: ``hits`` of the lexicon's first pass, ``context``
        the second pass (``CONTEXT``), called at most once and only when needed."""
        if self._starters.isdisjoint(hits):
            return
        awake = self._awake(self._telling.intersection(hits))
        if not awake:
            return
        tags = set(hits)
        spans: dict[str, list[Span]] = {}
        second: Hits | None = None

        def of(tag: str) -> list[Span]:
            if tag not in spans:
                read = second if second is not None and tag in self._context else hits
                found = read.get(tag, ())
                spans[tag] = [(stream.token_at(h.start), stream.token_at(h.end - 1)) for h in found]
            return spans[tag]

        found_kinds: set[Kind] = set()
        for index in awake:
            rule, terms, needs, _, needs_context = self._rules[index]
            if rule.kind in found_kinds:
                continue  # one finding of a kind is enough for the teacher
            if second is None and needs_context:
                second = context()
                tags |= second.keys()
            if not needs.met_by(tags):
                continue
            found = [[s for a in term for s in _spans(a, of)] for term in terms]
            match = _together(found, rule.within)
            if match is None:
                continue
            low, high = match
            if stream.parted(low, high, rule.parted_by):
                continue
            if any(
                low - reach <= s[0] <= high + reach
                for tags, reach in ((rule.unless, rule.within), (rule.far_unless, _FAR))
                for tag in tags
                for s in of(tag)
            ) or any(s[0] < _OPENING for tag in rule.opening_unless for s in of(tag)):
                continue
            found_kinds.add(rule.kind)
            yield rule.kind, stream.excerpt(low, high)


def _spans(alternative: _Alternative, of: Callable[[str], list[Span]]) -> list[Span]:
    firsts = of(alternative.first)
    if alternative.second is None:
        return firsts
    seconds = of(alternative.second)
    return [
        (a[0], b[1]) for a in firsts for b in seconds if 0 <= b[0] - a[1] - 1 <= alternative.gap
    ]


def _together(found: list[list[Span]], within: int) -> Span | None:
    """The first choice of one span per term that fits within ``within`` words."""
    if not all(found):
        return None
    anchor, others = found[0], found[1:]
    for a in anchor:
        near = [[s for s in spans if abs(s[0] - a[0]) <= within] for spans in others]
        for choice in itertools.product(*near):
            low = min(a[0], *(s[0] for s in choice)) if choice else a[0]
            high = max(a[1], *(s[1] for s in choice)) if choice else a[1]
            if high - low <= within:
                return low, high
    return None
