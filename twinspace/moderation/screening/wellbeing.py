"""A pupil at risk: self-harm, a disclosure of abuse, a threat of violence.

These are no grooming patterns but what a pupil says about themselves or
to another pupil: "I don't want to be here anymore", "my stepdad hits me",
"I'll smash your face in after school". They are concepts of the cue files
(``wordlists/cues/<lang>.txt``) read by the same rules as grooming
(``grooming.Rule``), each a safeguarding concern held for a teacher and never
refused: a pupil who speaks of being hurt must not feel punished for it.

The vetoes keep school talk out: a book or a film ("in Romeo and Juliet he
kills himself"), an accident ("I cut my finger on the scissors"), a game or
a match ("I'll kill you in Fortnite").
"""

from __future__ import annotations

from twinspace.moderation.screening.grooming import Rule
from twinspace.moderation.screening.verdicts import Kind

K = Kind
# Concepts whose words a lesson, a film or a talk may name as its topic, and the
# concept of those topics: a hit held whole by one is read as no hit at all
# ("in class we talked about the film on self-harm with the counsellor", while
# "... and I cut myself again" after it is held).
NAMED_AS_TOPIC = {"self_harm": "harm_topic"}
RULES: tuple[Rule, ...] = (
    # "I keep thinking about ending it", "ich hab mich wieder geritzt"
    # ... not a cut in a lesson ("me he cortado con un folio"), nor hyperbole about a
    # thing or an embarrassment ("this song makes me want to die, it's so bad"), nor
    # effort ("mi ammazzo di studio tutto il weekend", round 41)
    # ... nor a call's sound or picture cutting out ("se me cortó el audio", round 63)
    # ... nor dying in a game to come back ("i want to die again so i can respawn", round 78)
    Rule(
        K.self_harm,
        ("self_harm",),
        unless=("accident", "fiction", "embarrassed", "hard_work", "tech_glitch", "respawn"),
    ),
    # ... and a game's coming back spares nothing said in earnest ("i want to die
    # for real, not like in the game where you respawn")
    Rule(
        K.self_harm,
        ("self_harm", "earnest"),
        within=12,
        unless=("accident", "fiction", "embarrassed", "hard_work", "tech_glitch"),
    ),
    # ... but with a means beside it, whatever else is said ("mi ammazzo ... con le pillole")
    Rule(
        K.self_harm,
        ("self_harm", "pills|blades|wrists|height"),
        within=8,
        unless=("fiction", "accident", "embarrassed", "tech_glitch"),
    ),
    # "I want to disappear"; not "I fell over in dance class, I want to disappear"
    Rule(K.self_harm, ("vanish", "forever|i_want"), within=4, unless=("fiction", "embarrassed")),
    # ... or beside a decision or a height ("penso a come sparire. Ho già deciso, dal
    # balcone", round 87)
    Rule(
        K.self_harm,
        ("vanish", "decided|height|ligature"),
        within=16,
        unless=("fiction", "embarrassed", "game"),
    ),
    # "ich will echt sterben"; not "I want to die my hair pink"
    Rule(
        K.self_harm,
        ("die", "i_want"),
        within=3,
        unless=("fiction", "accident", "game", "embarrassed", "respawn"),
    ),
    # "I took too many pills on purpose", "wzięłam za dużo tabletek"
    Rule(K.self_harm, ("feel_something", "hurt_self"), within=8),  # "... to feel something"
    Rule(K.self_harm, ("end_verb", "my_life"), within=6, unless=("fiction",)),  # "end my life"
    Rule(K.self_harm, ("no_way_out",), unless=("fiction", "game")),  # "I don't see a way out"
    Rule(
        K.self_harm, ("want_stop", "i_want|no_way_out|cant_anymore"), within=12
    ),  # "... want it to stop"
    Rule(K.self_harm, ("burden",), unless=("fiction",)),  # "I'm just a burden to everyone"
    # "I keep cutting my wrists", "sigo cortándome las muñecas"
    Rule(
        K.self_harm, ("wrists", "cut_verb"), within=6, unless=("accident", "fiction", "tech_glitch")
    ),
    # "I scratched my arms until they bled"; not a knee that bled in a fall
    Rule(K.self_harm, ("bled",), unless=("accident", "fiction", "game")),
    Rule(K.self_harm, ("never_wake",), unless=("fiction",)),  # "sleep and never wake up"
    # "I tied my scarf tight round my neck to see what it would feel like"; not
    # a scarf tried on
    Rule(
        K.self_harm,
        ("ligature", "neck", "tighten", "feels_like"),
        within=16,
        unless=("fiction",),
    ),
    # "I gave my games and my cat to my sister, I won't be needing them"; not
    # notes after a test, nor what was old, outgrown or replaced by a new one,
    # nor school books after the exams
    Rule(
        K.self_harm,
        ("give_away", "treasured", "wont_need"),
        within=18,
        unless=("replaced", "fiction", "done_with"),
    ),
    # "the world would be better without me"
    Rule(K.self_harm, ("without_me", "better"), within=4, unless=("fiction", "game")),
    # "I've been having suicidal thoughts"; not Romeo's in the literature lesson
    Rule(K.self_harm, ("suicide_word", "i_me"), within=6, unless=("fiction", "school_place")),
    # "I keep thinking about jumping off the bridge"; not into a lake in summer
    Rule(K.self_harm, ("jump_off", "height"), within=5, unless=("fiction", "accident", "game")),
    # A trip's height, its edge walked to and a jump, with no return home ("I'll go
    # to the edge and jump, so I won't have to go home; don't keep my seat on the
    # coach", round 82); not a diving board's edge in a swimming lesson
    Rule(K.self_harm, ("edge", "not_back"), within=30, unless=("fiction", "game")),
    Rule(K.self_harm, ("leap", "height", "not_back"), within=30, unless=("fiction", "game")),
    # Rounds 122 and 123: a height looked up and a jump said with it, hung on a letter
    # or a date ("gegoogelt wie hoch das dach vom parkhaus ist ... dann spring ich")
    Rule(K.self_harm, ("method_search", "leap"), within=30, unless=("fiction", "game", "event")),
    # ... and deep water where nobody will notice ("the river is really deep ... if
    # i go in at night no one will notice", round 82)
    Rule(K.self_harm, ("water_word", "deep", "unnoticed"), within=30, unless=("fiction",)),
    Rule(K.self_harm, ("punish_me",), unless=("fiction",)),  # "... to punish myself"
    # "I wrote goodbye letters to everyone"; not to a teacher who retires or a
    # friend who moves away
    Rule(K.self_harm, ("goodbye_letter", "i_wrote"), within=6, unless=("fiction", "leaving")),
    Rule(K.self_harm, ("pills", "on_purpose"), within=6, unless=("fiction",)),
    Rule(K.self_harm, ("pills", "too_many", "took"), within=6, unless=("fiction",)),
    Rule(
        K.self_harm, ("no_point", "living"), within=6, unless=("fiction",)
    ),  # "che senso ha vivere"
    # Hurting oneself, in any verb of the family and its forms, with a reason or
    # an intent: "I punch myself when I mess up", "me quemé el brazo a propósito"
    Rule(
        K.self_harm,
        ("self_intent|numbing", "harm_verb", "reflexive"),
        within=10,
        unless=("accident", "fiction", "game"),
    ),
    # ... or a verb that says both at once: "continuo a graffiarmi per sentire meno"
    Rule(
        K.self_harm,
        ("self_intent|numbing", "hurt_self"),
        within=10,
        unless=("accident", "fiction", "game"),
    ),
    # "I carved his name into my arm"
    Rule(K.self_harm, ("carve", "reflexive"), within=6, unless=("accident", "fiction")),
    Rule(K.self_harm, ("look_accident",), unless=("fiction", "game")),  # "make it look like ..."
    # "I looked up how many pills it takes"; not how high a tower is, for geography
    Rule(
        K.self_harm,
        ("method_search", "pills|die|jump_off"),
        within=10,
        unless=("fiction", "school_place"),
    ),
    # "I'm saying goodbye to everyone today ... you won't see me again"
    # ... not a move to another town or school
    Rule(
        K.self_harm,
        ("goodbye_all", "never_again"),
        within=24,
        unless=("fiction", "event", "moving_away"),
    ),
    # "I've started taking mum's sleeping pills so I don't feel anything"
    Rule(K.self_harm, ("numbing", "pills|harm_verb|hurt_self"), within=10, unless=("fiction",)),
    # "I've been giving away all my things, I won't need them soon"
    # ... not an old game account handed on for a new one ("oddaję stare konto
    # bratu, mam nowe, już mi się nie przyda", rounds 98 and 99)
    Rule(K.self_harm, ("giving_away", "wont_need"), within=10, unless=("fiction", "replaced")),
    # "I hate my body so much I want to rip my skin off"
    Rule(
        K.self_harm,
        ("self_hate", "harm_verb>>reflexive|reflexive>>harm_verb|hurt_self|die"),
        within=10,
        unless=("fiction",),
    ),
    # "I haven't eaten in four days and I don't want to"
    Rule(
        K.self_harm,
        ("not_eating", "days_long|dont_want|dont_deserve"),
        within=10,
        unless=("fiction",),
    ),
    # "I wish I could fall asleep and that's it", "chciałabym zasnąć na zawsze"
    Rule(K.self_harm, ("finality", "sleep_verb", "i_want"), within=10, unless=("fiction", "game")),
    # "I've written down how I'd end it", "ya sé cómo acabar con todo"
    Rule(K.self_harm, ("plan_how", "end_it|die|self_harm"), within=8, unless=("fiction",)),
    # "I don't want to wake up tomorrow"; not early on a Saturday
    Rule(
        K.self_harm,
        ("wake_up", "dont_want|i_want>>neg|neg>>i_want"),
        within=6,
        unless=("early", "fiction"),
    ),
    # "I've been saving up mum's sleeping pills in a sock"; not a pharmacy's collection
    Rule(K.self_harm, ("hoard", "pills"), within=8, unless=("fiction", "school_place", "medical")),
    # "I counted how many of gran's tablets it would take"; not a dose the doctor gives
    Rule(
        K.self_harm,
        ("pills", "would_take"),
        within=10,
        unless=("fiction", "medical", "school_place"),
    ),
    # "I keep pressing the lighter on my wrist till it blisters"; not a candle lit
    Rule(
        K.self_harm,
        ("burn_tool", "press_on", "wrists|skin_spot|blisters"),
        within=10,
        unless=("accident", "fiction", "cooking", "event", "game"),
    ),
    # "I keep looking at the pills in the bathroom cupboard"
    Rule(K.self_harm, ("stare_at", "pills"), within=8, unless=("fiction", "school_place")),
    # "I looked up how high the bridge near school is"; not a tower for geography
    Rule(
        K.self_harm,
        ("method_search", "height", "near_here"),
        within=12,
        unless=("fiction", "event", "school_place"),
    ),
    # Rounds 68 and 70's families. Marks made on one's own skin with a blade or a
    # compass point ("je me fais des marques sur les cuisses avec la pointe du
    # compas", "me hago rayas en los brazos con la cuchilla del sacapuntas")
    Rule(
        K.self_harm,
        ("make_marks", "sh_tool|sharp_point|blades"),
        within=16,
        unless=("fiction", "makeup"),
    ),
    # Cutting again, hidden under long sleeves: PE named there is where the
    # marks are hidden, no accident's place ("je me scarifie encore, c'est pour
    # ça les manches longues en EPS"); not a hoodie worn against the cold
    Rule(
        K.self_harm,
        # ... or scratching ("je me griffe les bras ... en EPS je garde mon sweat", round 83)
        (
            "self_harm|scratch_self",
            "sleeves|long_sleeves|hide_marks",
            "cut_verb|again|burn_again|cuts_word|harm_verb",
        ),
        within=20,
        unless=("fiction", "tech_glitch"),
    ),
    # ... and marks made on one's own skin, hidden ("me hago cortes en los brazos ...
    # llevo manga larga ... pa q nadie vea", round 87)
    Rule(
        K.self_harm,
        ("make_marks", "long_sleeves|hide_marks|no_one_sees"),
        within=20,
        unless=("fiction", "makeup", "tech_glitch"),
    ),
    # A cut told as a workshop's accident, "nothing serious", then said to be the
    # writer's own ("ma me lo sono fatto io col taglierino", "tnę się sama
    # żyletką", round 86): the accident spares it no more
    Rule(
        K.self_harm,
        (
            "not_accident",
            "hurt_self|self_harm|make_marks|sh_tool|blades|skin_spot|body_spot|on_my_body",
        ),
        within=24,
        unless=("fiction",),
    ),
    # No future for the writer with pills kept, letters written or "this time I
    # mean it" ("il y aura pas de prochain week-end pour moi, j'ai gardé les
    # cachets"; "if i failed again im not going to be around ... ive already
    # written the letters")
    Rule(
        K.self_harm,
        # ... or a rope got ("hab mir nen strick besorgt ... am 24. bin ich nicht
        # mehr da", round 87)
        (
            "no_future",
            "pills|hoarded_pills|goodbye_letter|the_letters|mean_it|farewell_act|ligature",
        ),
        within=24,
        unless=("fiction",),
    ),
    Rule(
        K.self_harm,
        ("the_letters", "pills|hoarded_pills|goodbye_letter"),
        within=24,
        unless=("fiction",),
    ),
    # A carer's blow with the cover the child told: "my father hit me with the
    # cable again, I said I fell in PE" (a fall named is then no accident)
    Rule(
        K.disclosure,
        ("cover_story", "carer", "belt|harm|harm_verb"),
        within=24,
        unless=("fiction",),
    ),
    # A carer gone for days or out of reach, and no food at home ("mama wyjechała
    # ... i nie odbiera, nie ma jedzenia"); not a trip's last day. Bread or
    # cereal the child gives a sibling is no cooking lesson.
    Rule(
        K.disclosure,
        ("no_food", "been_gone|parent_unreachable"),
        within=24,
        # ... nor a grandparent who stays with the children meanwhile
        unless=("fiction", "event", "relatives"),
    ),
    # "I've got razor blades hidden in my pencil case and nobody knows"; not a
    # game's hidden blade
    Rule(K.self_harm, ("blades", "hidden"), within=10, unless=("fiction", "game", "cooking")),
    # Blades taken along, and the writer who cannot stand it much longer ("hab die
    # Rasierklingen eingepackt, weiß nicht wie lang ich das noch aushalt", round 82)
    Rule(K.self_harm, ("blades", "cant_anymore"), within=20, unless=("fiction", "game", "cooking")),
    # Round 54's families. Self-harm said half-hidden: a blade, a razor or
    # scissors on one's own skin "again", or hidden under long sleeves "where it
    # doesn't show" ("di nuovo col temperino sulla pancia", "znowu żyletka po
    # udach, w długich spodniach nikt nie widzi"); not a sharpener for pencils,
    # nor long sleeves because it is cold
    Rule(
        K.self_harm,
        ("sh_tool", "again", "body_spot|hide_marks"),
        within=16,
        unless=("accident", "fiction", "cooking", "game", "plain_reason"),
    ),
    Rule(
        K.self_harm,
        ("sh_tool", "body_spot", "hide_marks"),
        within=20,
        unless=("fiction", "cooking", "game", "plain_reason"),
    ),
    # Round 60's: cutting told by understatement, "the thing" done again with a
    # blade, with the marks hidden ("did the thing again with the sharpener, long
    # sleeves in PE again"): PE there is where the marks are hidden, no accident's
    # place, and "taille-crayon" no pencil to sharpen
    Rule(
        K.self_harm,
        ("done_it_again", "sh_tool", "hide_marks|body_spot"),
        within=24,
        unless=("fiction", "cooking", "game"),
    ),
    # Rounds 55 and 56's families: self-harm told through a mark or a place,
    # veins drawn "to know where to cut" ("mi sono segnata le vene per sapere
    # dove tagliare"), and the edge of a roof with "next time I won't come down"
    # ("na krawędzi dachu ... następnym razem nie zejdę"); not veins drawn in
    # biology, a roof terrace's barbecue or a cat that won't come down
    Rule(K.self_harm, ("vein", "where_cut"), within=14, unless=("fiction",)),
    Rule(K.self_harm, ("roof_edge", "not_down"), within=24, unless=("fiction", "pet", "game")),
    # ... and farewell signs: things given away, a letter written or a room
    # tidied, and peace promised for tomorrow ("j'ai écrit une lettre ... demain
    # vous serez tranquilles", "alles geregelt, ab morgen hab ich Ruhe"); not a
    # room tidied before the holidays or peace after the exams
    Rule(
        K.self_harm,
        ("farewell_act", "peace_after"),
        within=24,
        unless=("fiction", "break_ahead", "moving_away", "event"),
    ),
    # "yesterday I stood on the train tracks for a while and waited"; not a
    # train held up on the line
    Rule(
        K.self_harm,
        ("on_tracks", "i_stood"),
        within=8,
        unless=("fiction", "event", "accident", "rail_delay"),
    ),
    # Round 36's families. Going to the railway tracks with "I can't go on" or "to
    # end it all": "je vais aller sur les rails ce soir, j'en peux plus"; not a
    # train held up on the line
    Rule(
        K.self_harm,
        ("on_tracks", "cant_anymore|end_it"),
        within=16,
        unless=("fiction", "event", "game", "rail_delay"),
    ),
    # A child shut out on a balcony for hours or in the cold: "mama sperrt meinen
    # kleinen bruder stundenlang auf den balkon" (round 36)
    Rule(
        K.disclosure,
        ("locks_out", "on_balcony", "cold_hours|kids_in_need"),
        within=24,
        unless=("fiction", "game"),
    ),
    # "nobody would notice if I wasn't around", "keiner würde es merken, wenn ..."
    Rule(K.self_harm, ("if_i_gone", "anyone|notice|better"), within=10, unless=("fiction",)),
    # Shut out by the others: "I eat in the toilets", "nobody has sat with me for weeks"
    Rule(K.disclosure, ("eat_hidden",), unless=("fiction",)),
    Rule(K.disclosure, ("no_one_sits", "days_long"), within=10, unless=("fiction",)),
    # "whenever I join the group chat everyone leaves"
    Rule(
        K.disclosure, ("when_i_join", "all_leave"), within=10, unless=("fiction", "game", "event")
    ),
    # "my stepdad hits me when mum is out", "ojczym mnie bije"; not a fright or a
    # cold passed on ("mi padre me pegó un susto", "mi madre me ha pegado la gripe")
    Rule(
        K.disclosure,
        ("hurts_me", "carer"),
        within=12,
        unless=("fiction", "game", "caught_from", "hit_not_harm"),
    ),
    # A parent, a step-parent, a carer or a parent's partner and a bare "hit me"
    # ("my dad hit me", "mein Papa hat mich gestern geschlagen", "ojczym mnie
    # wczoraj uderzył"); not "hit me up", a pillow fight, a ball by accident
    Rule(
        K.disclosure,
        ("home_adult", "hit_me_bare"),
        within=8,
        unless=("fiction", "accident", "hit_not_harm", "caught_from"),
    ),
    # ... and a parent's blow with its mark on the face or the story the child is
    # to tell at school ("Papa hat mir so hart ins Gesicht geschlagen, dass mein
    # Auge blau ist", "dire que je suis tombée"), whatever calm frame comes
    # before it (locked guns, a safe home; rounds 108 and 109)
    Rule(
        K.disclosure,
        ("home_adult", "struck_me", "strike_body|bruise_mark|said_fell|cover_story"),
        within=20,
        unless=("fiction", "accident", "hit_not_harm", "caught_from", "game"),
    ),
    Rule(K.disclosure, ("scared_home",), unless=("fiction",)),  # "I'm scared to go home"
    # "my mum's boyfriend comes in my room and I don't like what he does"
    Rule(K.disclosure, ("dislike_it", "carer"), within=12, unless=("fiction", "game")),
    # "dad said if I tell anyone he'll hurt mum"
    Rule(K.disclosure, ("if_tell", "harm"), within=10, unless=("fiction", "game")),
    # "... said if I tell anyone what he does at night he'll hurt my dog"
    Rule(K.disclosure, ("if_tell", "harm", "pet"), within=16, unless=("fiction", "game")),
    # "my mum's boyfriend hit me again and I have bruises"
    # ... nor a brother's black eye from playing rugby, bruises from paintball
    Rule(
        K.disclosure,
        ("injury", "carer"),
        within=12,
        # ... nor a first-aid lesson ("on comprime la plaie et on appelle le 15")
        unless=("accident", "game", "fiction", "sport_knock", "first_aid"),
    ),
    # ... but a hurt from a carer with the story the child must tell is held whatever the story
    # ("he told me to say I got it playing rugby")
    Rule(K.disclosure, ("injury", "carer", "cover_story"), within=16, unless=("fiction",)),
    # "my uncle makes me sit on his lap and it feels wrong"; not a lesson's
    # advice ("if an adult does something that feels wrong, tell a teacher")
    Rule(
        K.disclosure,
        ("lap|feels_wrong", "carer"),
        within=12,
        unless=("fiction", "game", "if_adult"),
    ),
    # "when my dad is drunk he hurts my mum and me"
    Rule(K.disclosure, ("drunk", "carer", "harm|hurts_me"), within=12, unless=("fiction",)),
    Rule(K.disclosure, ("its_a_game",), unless=("fiction",)),  # "... and says it's a game"
    # "my dad hit me with his belt last night"
    Rule(K.disclosure, ("belt", "carer", "harm"), within=10, unless=("fiction", "game")),
    # "no food at home and mum hasn't come back for three days"; not the canteen
    Rule(
        K.disclosure,
        ("no_food", "carer|gone_days|home_noun"),
        within=10,
        unless=("school_place", "cooking"),
    ),
    Rule(K.disclosure, ("gone_days", "carer"), within=8, unless=("fiction",)),
    # "dad hasn't been home for 4 days and there's no food left"; not a camp's last day
    Rule(
        K.disclosure,
        ("no_food", "days_long", "carer"),
        within=16,
        unless=("fiction", "event", "cooking"),
    ),
    # "dad threw me out yesterday and I slept at the bus station"; not a tent on
    # a class trip
    Rule(
        K.disclosure,
        ("slept_rough", "thrown_out|hurts_me"),
        within=14,
        unless=("fiction", "event", "game"),
    ),
    # "we haven't had electricity for a week and dad says it's my fault"; not a
    # storm's power cut or a week at camp
    Rule(
        K.disclosure,
        ("no_utilities", "blames_me|no_food|gone_days"),
        within=14,
        unless=("school_place", "fiction", "event"),
    ),
    # "mum's boyfriend keeps messaging me at night asking what I'm wearing"
    Rule(K.disclosure, ("wearing_asked", "carer", "night|covert|intimate"), within=14),
    # "grandma hits me with a spoon and says I'm worthless"
    Rule(K.disclosure, ("worthless", "carer"), within=12, unless=("fiction",)),
    # "mum's boyfriend grabs me by the neck when he's angry", "dad's mate tries
    # to kiss me when no one's looking": who, a verb of hurting or touching
    # aimed at me, and his temper, where he holds me or that no one sees
    Rule(
        K.disclosure,
        (
            "temper|by_body|covert",
            "carer",
            "intimate|hurts_me|harm_verb>>me_obj|me_obj>>harm_verb",
        ),
        within=14,
        unless=("fiction", "game", "accident"),
    ),
    # "mein vater hat mich vorm austausch so gegen den schrank geschubst ... ich
    # hab gesagt ich bin beim sport hingefallen": who, a push, the furniture or
    # the wall, and the child's own story or the push said of me, whatever the
    # story; not a wardrobe pushed against a wall
    Rule(
        K.disclosure,
        (
            "against_thing",
            "carer",
            "harm_verb|hurts_me",
            "cover_story|hurts_me|me_obj>against_thing",
        ),
        within=24,
        unless=("fiction", "game"),
    ),
    # ... or with a wound ("so hard I had a gash"); not a brother who fell
    # against the wardrobe playing
    Rule(
        K.disclosure,
        ("against_thing", "carer", "harm_verb|hurts_me", "injury"),
        within=18,
        unless=("fiction", "game", "accident"),
    ),
    # "si llora me pega con la zapatilla": hit with a thing, said of me; not by accident
    Rule(K.disclosure, ("belt", "hurts_me"), within=6, unless=("fiction", "game", "accident")),
    # "since my sister was born my stepdad makes me sleep in the cellar"
    Rule(K.disclosure, ("sleep_out_made",), unless=("fiction", "game", "event")),
    # "my uncle ... says I can't tell"
    # ... not the seal of confession explained before the first one ("ksiądz
    # mówi, że to tajemnica spowiedzi", rounds 118 and 119)
    Rule(
        K.disclosure,
        ("told_not_tell", "carer"),
        within=16,
        unless=("fiction", "game", "confession"),
    ),
    # "mum's boyfriend reads all my messages and won't let me see anyone"
    Rule(
        K.disclosure,
        ("reads_my_msgs", "carer", "cut_off_me"),
        within=16,
        unless=("fiction", "game"),
    ),
    # "my brother's mate made me watch videos I didn't want to see"; not a
    # film for a lesson
    Rule(
        K.disclosure,
        ("watch_videos", "made_me", "didnt_want|dont_want"),
        within=14,
        unless=("fiction", "school_place", "schoolwork"),
    ),
    # "my uncle comes into the bathroom when I'm in the shower and says it's normal"
    Rule(
        K.disclosure,
        ("says_normal", "comes_in", "body"),
        within=18,
        unless=("fiction", "game", "school_place", "medical"),
    ),
    # "I don't see the point of getting up anymore", "nie widzę już sensu wstawać";
    # not early on a Saturday nor when the match is called off
    Rule(
        K.self_harm,
        ("see_no_point|no_point", "get_up"),
        within=8,
        unless=("early", "event", "fiction", "game"),
    ),
    # "nothing would change if I wasn't here", "non cambierebbe niente se non ci fossi"
    Rule(K.self_harm, ("nothing_change", "if_i_gone"), within=10, unless=("fiction", "game")),
    # "a blade from my sharpener, kept for when it gets bad"; not a game's blade
    Rule(
        K.self_harm,
        ("blade_word|blades", "for_bad_times"),
        within=24,
        unless=("fiction", "game", "cooking"),
    ),
    Rule(K.self_harm, ("pills", "for_bad_times"), within=12, unless=("fiction", "medical")),
    # "I've said sorry to everyone this week so they remember me nicely"; not a
    # pupil who leaves the school
    Rule(
        K.self_harm,
        ("sorry_all", "remember_me"),
        within=14,
        unless=("fiction", "leaving", "moving_away", "event"),
    ),
    # "when the train comes I keep stepping closer to the edge of the platform"
    Rule(
        K.self_harm,
        ("closer_to", "platform_edge"),
        within=10,
        unless=("fiction", "rail_delay", "event"),
    ),
    # "I make myself throw up after every meal", "me hago vomitar después de cada cena"
    Rule(K.self_harm, ("purge", "after_meals|self_hate|body"), within=12, unless=("fiction",)),
    # "I make myself sick after every meal" with the verb apart: "ich bring
    # mich nach jedem Abendessen zum Kotzen"; not a stomach bug
    Rule(
        K.self_harm,
        ("vomit", "after_meals", "self_hate|reflexive"),
        within=14,
        unless=("fiction", "medical"),
    ),
    # "I wear long sleeves even in summer so nobody sees the marks on my arms";
    # not a costume for the school play
    Rule(
        K.self_harm,
        ("long_sleeves", "no_one_sees", "injury|skin_spot"),
        within=18,
        unless=("fiction", "event", "accident"),
    ),
    # "mum's new boyfriend gets into my bed when she's on night shift and says
    # it's our game"; not a little brother scared of the dark
    Rule(
        K.disclosure,
        ("in_my_bed", "carer", "our_game|secret|dislike_it"),
        within=18,
        unless=("fiction",),
    ),
    # "I have to cover the bruises with make-up so miss doesn't ask"; not a
    # fall or a match, nor make-up for the school play
    Rule(
        K.disclosure,
        ("cover_up", "injury", "makeup|no_one_asks"),
        within=14,
        unless=("accident", "fiction", "game", "event"),
    ),
    # "dad says it's my fault mum left and wishes I was never born"
    Rule(K.disclosure, ("never_born", "carer|blames_me"), within=16, unless=("fiction",)),
    # "nobody washes my clothes or wakes me for school, I'm always alone at home"
    Rule(
        K.disclosure,
        ("care_chore", "nobody_does", "alone_home"),
        within=16,
        unless=("fiction", "event"),
    ),
    # An adult cutting the child off: "my uncle takes my phone so I can't call
    # my gran"; not a phone kept back till homework is done
    Rule(
        K.isolation,
        ("cant_call", "relatives", "carer"),
        within=16,
        unless=("fiction", "schoolwork", "school_place"),
    ),
    # "my stepmum won't let me visit my dad's side of the family, she says they're
    # bad for me"; not a film she says is bad for me
    Rule(
        K.isolation,
        ("forbid_visit", "kin_side|relatives", "bad_for_me"),
        within=20,
        unless=("fiction", "medical", "event"),
    ),
    # "coach says my friends hold me back, I have to quit the sleepovers and only
    # train with him"
    Rule(K.isolation, ("hold_me_back", "only_with_him"), within=16, unless=("fiction",)),
    # A child caring alone for an ill parent: "mum's been ill since spring and I do
    # all the cooking and her meds"; not a grandparent visited, nor a parent with a cold
    # looked after by the whole family
    Rule(
        K.disclosure,
        ("care_alone", "ill_word", "kin_parent"),
        within=24,
        unless=("fiction",),
    ),
    # Men at the door over a parent's debt who name the child's school
    Rule(K.disclosure, ("debt", "debt_threat"), within=24, unless=("fiction", "game")),
    # "I wrote a letter for each of the class, they'll find it when I'm gone"; not
    # a school or a town left behind
    Rule(
        K.self_harm,
        ("when_gone", "i_wrote|goodbye_letter"),
        within=20,
        unless=("fiction", "leaving"),
    ),
    # "I know I'll do it on Saturday, I don't want to be here, sorry everyone"
    Rule(
        K.self_harm,
        ("do_it_day", "dont_want_here"),
        within=16,
        unless=("fiction", "game", "event"),
    ),
    # "I've already checked which level of the multistorey is high enough"
    Rule(
        K.self_harm,
        ("high_enough", "height"),
        within=14,
        unless=("fiction", "school_place", "view_from"),
    ),
    # A letter written and a parent's gun: "napisałam list do mamy i wiem gdzie
    # tata trzyma klucz do szafy ze strzelbą"
    Rule(
        K.self_harm,
        ("firearm_access", "letter_left|i_wrote|goodbye_letter|when_gone|die|dont_want_here"),
        within=24,
        unless=("fiction",),
    ),
    # A relative's guns locked away, but the key known and a goodbye or a sorry to a
    # parent: "papi range ses fusils ... je sais où est la clé ... pardon maman.
    # adieu". A lock never spares a farewell beside a gun; a class profile's
    # hunter whose key is "his alone" says no goodbye, nor does a sorry for the mud
    # after a grandfather's rifles were shown (rounds 104 and 105)
    Rule(
        K.self_harm,
        (
            "firearm_access",
            "sorry_parent|letter_left|when_gone",
            "goodbye_all|goodbye_letter|farewell_word|key_known|letter_left|when_gone",
        ),
        within=40,
        unless=("fiction",),
    ),
    # ... and any gun named plainly, with its key's place known and a sorry to a
    # parent or a goodbye ("il nonno tiene i fucili ... so dov'è la chiave ... scusa
    # mamma, addio a tutti"); a last day's goodbye after a grandfather's rifles
    # were shown knows no key
    Rule(
        K.self_harm,
        ("guns", "key_known", "sorry_parent|goodbye_all|goodbye_letter|letter_left|when_gone"),
        within=40,
        unless=("fiction",),
    ),
    # ... and a parent's gun in a threat, a game named or not: "au laser game je
    # te tue avec le pistolet de mon père, demain à la sortie" (rounds 100 and 101)
    Rule(
        K.violence,
        ("firearm_access", "kill_you|youre_dead|get_you"),
        within=12,
        unless=("fiction",),
    ),
    # Food locked away from the child: "my stepmum keeps a padlock on the fridge";
    # not a lock against a toddler
    Rule(K.disclosure, ("food_locked", "carer"), within=20, unless=("fiction", "childproof")),
    # Something thrown at the child: "mia madre ... mi ha tirato una bottiglia"
    Rule(
        K.disclosure,
        ("threw_at_me", "thrown_thing", "carer"),
        within=14,
        unless=("fiction", "game", "childproof"),
    ),
    # Hit and blamed for it: "me ha dado un puñetazo ... dice que me lo he buscado"
    Rule(
        K.disclosure,
        ("asked_for_it", "carer", "hurts_me|harm_verb|injury"),
        within=20,
        unless=("fiction", "game"),
    ),
    # An adult who photographs the child asleep, found out or not believed
    Rule(
        K.disclosure,
        ("sleep_photo", "carer|hidden_sign", "hidden_sign|night|secret|covert"),
        within=24,
        unless=("fiction",),
    ),
    # Kept from school to mind younger siblings; not babysitting on a Saturday
    Rule(K.disclosure, ("mind_siblings", "kept_home"), within=24, unless=("fiction",)),
    # Round 60's: violence at home told by its signs, a parent's "one of his
    # evenings" with a mother's sunglasses indoors or a child who slept hidden in
    # the wardrobe, or the two signs together ("dad had one of his evenings again,
    # mum's wearing sunglasses indoors and I slept in the wardrobe")
    Rule(K.disclosure, ("bad_evening", "hidden_bruise|hid_sleep"), within=30, unless=("fiction",)),
    Rule(K.disclosure, ("hidden_bruise", "hid_sleep"), within=30, unless=("fiction", "game")),
    # ... not a spoiler ("ti uccido se mi spoileri la fine della serie")
    # ... nor a threat shouted in a playground game ("beim Völkerball ... ich mach
    # dich kalt", rounds 104 and 105)
    # ... nor a line given as what one's role says ("Meine Rolle sagt 'Ich bring
    # dich um'"), unless meant (rounds 122 and 123)
    Rule(
        K.violence,
        ("violence",),
        unless=("game", "fiction", "spoiler", "hit_not_harm", "role_line"),
    ),
    Rule(K.violence, ("violence", "role_line", "earnest|not_game|steps_out"), within=16),
    # ... and beside a match or a tournament too, when the writer knows where the
    # player lives: "Kylian, I know where you live, next time I see you I'll stab you"
    Rule(K.violence, ("know_home", "violence|harm"), within=20, unless=("fiction",)),
    # "I'll kill you" said plainly: a joke over a snack passes ("ich bring dich um
    # wenn du mein pausenbrot isst, spaß"), with both the joke's marker and the
    # snack near; a joke alone or a snack alone is still a threat ...
    # ... and so is one in a play fight ("I'll kill you in the snowball fight",
    # "jutro na bitwie na śnieżki cię zabiję", rounds 98 and 99)
    # ... a play fight named anywhere in the message, or said laughing ("il a
    # crié « je vais te tuer » en rigolant", rounds 100 and 101)
    # ... and a surprise's collection given away is a spoiler too ("2 € each for
    # the present ... if she finds out I'll kill you all", rounds 108 and 109)
    # ... and a film named a little before its character's line ("en la peli el de
    # la silla de ruedas le dice 'te voy a matar' a su hermano", rounds 116 and 117)
    # ... and a quoted line given as one's role in a play ("Jess, your line is 'I'll
    # kill you before sunrise'", "twoja kwestia to 'Zabiję cię'"), or a film seen
    # named before its character's line, spares it; a board's street bought again
    # or a robot's batteries forgotten is a joke's stake like a snack ("si tu
    # m'achètes encore la rue de la Paix je te tue 😂", rounds 120 and 121)
    # ... and a scary film's shout told with its fright ("the film was so scary, the
    # guy said I'm going to kill you all"), or a threat's words taught as a
    # language's swear words ("Bogdan mi ha insegnato a dire 'ti ammazzo'"), spare
    # it; a time, a place, a weapon or "for real" beside it keeps it held (rounds
    # 122 and 123)
    Rule(
        K.violence,
        ("kill_you",),
        unless=(
            "game",
            "fiction",
            "spoiler",
            "joke_mark",
            "hit_not_harm",
            "role_line",
            "film_fright",
            "taught_words",
        ),
        # (the laugh may end a longer sentence: the rule below still wants the
        # trivial cause near)
        far_unless=(
            "hit_not_harm",
            "gift_pool",
            "fiction",
            "role_line",
            "joke_mark",
            "film_fright",
            "taught_words",
        ),
    ),
    Rule(
        K.violence,
        ("kill_you",),
        unless=(
            "game",
            "fiction",
            "spoiler",
            "petty_thing",
            "hit_not_harm",
            "role_line",
            "film_fright",
            "taught_words",
        ),
        far_unless=(
            "hit_not_harm",
            "gift_pool",
            "fiction",
            "role_line",
            "film_fright",
            "taught_words",
        ),
    ),
    # ... but a film's fright or a taught swear word spares no threat tied to
    # telling ("the film was so scary. I'll kill you if you tell anyone", rounds
    # 122 and 123)
    Rule(
        K.violence,
        ("kill_you", "if_you_tell|snitch|not_game|steps_out"),
        within=8,
        unless=(
            "game",
            "fiction",
            "spoiler",
            "joke_mark",
            "petty_thing",
            "hit_not_harm",
            "role_line",
            "gift_pool",
        ),
    ),
    # ... but a line given as a role and then meant is no line ("your line is 'I'll
    # kill you' and I mean it", rounds 120 and 121)
    Rule(K.violence, ("kill_you", "role_line", "earnest|not_game|steps_out"), within=16),
    # ... but the writer stepping out of the film in earnest is read as ever ("we
    # watched that film yesterday. but seriously i will kill you")
    Rule(
        K.violence,
        ("kill_you", "earnest"),
        within=6,
        unless=("game", "spoiler", "joke_mark", "petty_thing", "hit_not_harm"),
    ),
    # Harm promised to the child's pet, brother or sister if the child tells ("sag
    # deiner Lehrerin ein Wort ... und ich tu deiner Katze weh", "jak powiesz pani
    # ... zrobię krzywdę twojemu pieskowi", rounds 102 and 103)
    Rule(
        K.violence,
        # ... or if the child snitches ("si te chivas a tu seño ... le hago daño a tu
        # perrito", rounds 106 and 107)
        ("hurt_yours", "tell|if_you_tell|find_out|no_word_to|snitch"),
        within=30,
        unless=("fiction",),
    ),
    # A knife promised with a place or a time ("a la salida te esperamos ... y te
    # rajamos", "wir stechen dich ab nach der Schule"); not a slice of cake, some
    # slack or a haircut
    Rule(
        K.violence,
        ("cut_you", "weapon|threat_place|when_later|body_spot"),
        within=16,
        unless=("fiction", "game", "cooking", "cut_not_harm"),
    ),
    # ... and a weapon, a place, a time or the body keeps it held, "haha" or not;
    # a play fight's "tomorrow" keeps nothing ("domani alla battaglia di palle di
    # neve ti ammazzo"), a weapon does
    # ... but a rematch's day is the game's ("je te tue 😂 revanche lundi au club",
    # rounds 120 and 121)
    # ... and a role's own time is the play's ("Meine Rolle sagt 'Ich bring dich um,
    # noch vor dem Morgen!'", rounds 122 and 123)
    Rule(
        K.violence,
        ("kill_you", "when_later|body_spot"),
        within=12,
        unless=("game", "fiction", "spoiler", "hit_not_harm", "rematch", "role_line"),
    ),
    # ... a place too, but for the bus where a snack is taken, said laughing: both
    # the joke's marker and the snack spare it, as above ("si tu me piques encore
    # mes chips dans le car je te tue 😂", rounds 116 and 117)
    Rule(
        K.violence,
        ("kill_you", "threat_place"),
        within=12,
        unless=("game", "fiction", "spoiler", "hit_not_harm", "joke_mark", "role_line"),
    ),
    Rule(
        K.violence,
        ("kill_you", "threat_place"),
        within=12,
        unless=("game", "fiction", "spoiler", "hit_not_harm", "petty_thing", "role_line"),
    ),
    # ... but the toy gun of laser tag, paintball or a water pistol is the play's
    # own ("au laser game ... 🔫 la prochaine fois je te tue", rounds 100 and 101)
    Rule(
        K.violence,
        ("kill_you", "weapon|blunt_weapon"),
        within=12,
        unless=("game", "fiction", "spoiler", "shoot_play"),
    ),
    # A threat said to be no game or of real life, with a weapon, a place or a
    # time, whatever game is named ("domani all'uscita ti spacco la testa, e non
    # parlo del gioco", "esto no es el Fortnite", "naprawdę, nie w grze", rounds
    # 98 and 99)
    Rule(
        K.violence,
        (
            "kill_you|violence|cut_you|smash_head|strike_body|youre_dead",
            "neg_game>game|not_game",
            "weapon|blunt_weapon|tool_weapon|threat_place|when_later",
        ),
        within=24,
        # ... but a spoiler or a snack is a joke's stake, "en serio" or not
        unless=("fiction", "spoiler", "petty_thing"),
    ),
    # ... and a threat with a weapon and a real place is no game's, whatever game
    # is named ("you won at Catan again. tomorrow behind the gym I'll stab you with
    # my knife", rounds 118 and 119): a board game spares its laugh, not a knife
    Rule(
        K.violence,
        (
            "kill_you|cut_you|stab_intent|youre_dead|violence|strike_body",
            "weapon",
            "threat_place|hidden_spot|school_gate",
        ),
        within=24,
        unless=("fiction", "spoiler", "cooking", "shoot_play", "weapon_ok"),
    ),
    # ... and a joke's stake said with a serious word and a place or a weapon is no
    # joke: "I'll kill you if you tell the answer, not joking, after school behind
    # the gym" (rounds 106 and 107)
    Rule(
        K.violence,
        (
            "kill_you|cut_you|smash_head|youre_dead",
            "earnest",
            "threat_place|hidden_spot|school_gate|when_later|weapon|blunt_weapon",
        ),
        within=24,
        unless=("fiction",),
    ),
    Rule(
        K.violence, ("dare", "harm"), within=8, unless=("game", "fiction", "kills_me_joke")
    ),  # "say that again and"; not a sister's "touch my make-up again and she'll kill me lol"
    # ... and a game's build blown up further back in the message keeps it a
    # game's ("TNT ... t'es mort demain", rounds 100 and 101)
    Rule(
        K.violence,
        ("youre_dead", "when_later"),
        within=6,
        unless=("game", "fiction"),
        far_unless=("game",),
    ),
    # "I'll get you after school, you won't be able to walk"
    Rule(K.violence, ("get_you", "when_later"), within=6, unless=("game", "fiction")),
    # "watch what happens to you tomorrow"
    Rule(K.violence, ("what_happens", "when_later|watch_out"), within=8, unless=("game",)),
    Rule(K.violence, ("cant_walk", "get_you|when_later|harm"), within=10, unless=("game",)),
    # "watch your back, I'm bringing my brother's knife"; not the knife for cooking
    Rule(
        K.violence,
        ("weapon", "bring_weapon|watch_out|waiting_for_you"),
        # ... nor a bat brought to cricket nets with the pads (rounds 112 and 113)
        unless=("cooking", "game", "fiction", "weapon_ok", "shoot_play", "bat_sport"),
    ),
    # ... but a weapon brought with a warning or a wait for the reader is held
    # beside a prevention talk or a parent's lesson too: "after the knife crime talk
    # I'll be waiting for you with my knife"
    Rule(
        K.violence,
        ("weapon", "bring_weapon|bring|waiting_for_you", "watch_out|waiting_for_you"),
        within=12,
        unless=("cooking", "game", "fiction"),
    ),
    # A weapon with a place, a time or a harm: "tomorrow after PE we're jumping her
    # behind the bike sheds and jay's bringing his dad's hammer", "le rajo la cara
    # con la navaja"; not a hammer for DIY, an air rifle at a fair's stand, nor a
    # knife's emoji cutting the peppers tonight (a warning or a wait is held, above)
    Rule(
        K.violence,
        ("weapon", "when_later|threat_place"),
        within=12,
        unless=("cooking", "food_cut", "game", "fiction", "weapon_ok"),
    ),
    # ... nor a lesson's rule for craft knives, cut away from the hand and
    # counted back in ("knives go back in the box and get counted", rounds 100 and 101)
    Rule(
        K.violence,
        ("weapon", "harm"),
        within=12,
        unless=("cooking", "game", "fiction", "weapon_ok", "tool_safety", "shoot_play"),
    ),
    # ... a toy gun's play spares the gun, never a blade: "au laser game je te
    # tue avec mon couteau" is held (rounds 100 and 101)
    Rule(
        K.violence,
        ("sharp_weapon", "kill_you|harm"),
        within=12,
        unless=("cooking", "food_cut", "game", "fiction", "spoiler", "weapon_ok", "tool_safety"),
    ),
    # A gang's initiation or an ordered attack: "they only let me in if I prove it:
    # tomorrow I smash his face at the bus stop"; not a game's level
    Rule(
        K.violence,
        ("initiation", "harm|weapon|harm_verb"),
        within=20,
        unless=("game", "fiction", "weapon_ok"),
    ),
    # Set alight or stabbed, with a time or a place: "tomorrow I'll set her hair
    # on fire at the bus stop"
    Rule(
        K.violence,
        ("set_alight", "when_later|threat_place"),
        within=14,
        unless=("game", "fiction"),
    ),
    # Round 32's families. A wound made or kept open by oneself: stitches picked,
    # needles, staples, an eraser rubbed through the skin, cigarettes stubbed out,
    # a head banged against a wall; every phrase is done on purpose, so a finger
    # (an accident's word in German) spares none of them
    Rule(K.self_harm, ("wound_kept",), unless=("fiction", "medical")),
    # Water, poison, a roof or a message scheduled for after: "looked up how deep
    # the reservoir is ... keep walking in", "j'ai programmé un message"
    Rule(K.self_harm, ("no_return",), unless=("fiction",)),
    # Thinking of jumping with a height said: "on the barn roof thinking of jumping,
    # next time I'll do it"
    Rule(
        K.self_harm,
        ("jump_thought", "height"),
        within=20,
        unless=("fiction", "game", "jump_fun"),
    ),
    # A message scheduled for the parents, read when the writer is gone
    Rule(K.self_harm, ("scheduled_msg", "gone_after"), within=30, unless=("fiction",)),
    # "how deep the reservoir is ... I'm just gonna keep walking in": the water said
    Rule(K.self_harm, ("water_in", "water_word"), within=24, unless=("fiction",)),
    # "my mum's bf makes me go into the shop and nick stuff for him"
    Rule(K.disclosure, ("made_steal",), unless=("fiction", "game")),
    # A child caring alone at night for a disabled brother or sister
    Rule(K.disclosure, ("child_carer",), unless=("fiction",)),
    # A pet hurt to punish the child: "kicked my cat because I hadn't done the dishes"
    Rule(
        K.disclosure,
        ("pet_hurt", "carer|my_turn_next"),
        within=16,
        unless=("fiction", "game", "accident"),
    ),
    # Kept in, a lookout for a gang, left with a stranger, shown extremist videos
    Rule(K.disclosure, ("kept_in",), unless=("fiction", "game")),
    Rule(K.disclosure, ("lookout_made",), unless=("fiction", "game")),
    Rule(K.disclosure, ("left_stranger",), unless=("fiction",)),
    Rule(K.disclosure, ("extremist",), unless=("fiction", "schoolwork", "history_topic")),
    # Strangled, run over or held under water, with a time or a place: "we'll hold
    # him under water after school"; "tell him I'll strangle him if he spoils the
    # film" is teasing
    Rule(
        K.violence,
        ("kill_method", "when_later|threat_place"),
        within=20,
        unless=("game", "fiction", "accident"),
    ),
    # A message to pass on, with a time, is no game's: "sag dem Luca nach dem Spiel
    # halten wir ihn unter Wasser"
    Rule(
        K.violence,
        ("pass_on", "kill_method", "when_later|threat_place"),
        within=20,
        unless=("fiction",),
    ),
    # A place known in the world is no game's: "he's getting stabbed after the
    # match, we know which bus he gets home"
    Rule(K.violence, ("kill_method|set_alight", "threat_place"), within=24, unless=("fiction",)),
    # "I'm smashing her head into the glass of the bus shelter"; not one's own head
    Rule(K.violence, ("smash_head",), unless=("game", "fiction", "accident")),
    # "I crossed the road without looking, on purpose"
    Rule(K.self_harm, ("cross_blind", "self_intent|on_purpose"), within=12, unless=("fiction",)),
    # A child used as a courier: "my brother makes me take packages to his mates
    # and they said they'll hurt mum if I stop"
    Rule(
        K.disclosure,
        ("parcels", "made_me|if_i_stop", "harm"),
        within=24,
        unless=("fiction", "game"),
    ),
    # "mum's new boyfriend filmed me when I was getting changed and says if I
    # tell anyone he sends it to the whole school"; not a costume filmed for fun
    Rule(
        K.disclosure,
        ("filmed_me", "changing", "if_tell|send"),
        within=16,
        unless=("fiction", "event"),
    ),
    # Round 31's families. Water, gas or power cut off because bills went
    # unpaid: "they cut off our water and gas a month ago, we wash at the
    # fountain"; not a storm's power cut or a repair in the street
    Rule(K.disclosure, ("cut_off",), unless=("fiction", "event", "school_place", "storm")),
    # A parent who gambles away the rent or leaves the child alone to gamble
    Rule(
        K.disclosure,
        ("gambling", "cut_off|rent|leaves_alone|no_utilities|blames_me|no_food"),
        within=24,
        unless=("fiction", "game"),
    ),
    # Left alone at night by a parent: "my stepdad leaves me alone at night"
    Rule(K.disclosure, ("leaves_alone", "night|by_night"), within=10, unless=("fiction", "event")),
    # A parent with depression in bed and a young child doing the household:
    # "mum's depressed and stays in bed, I'm 8 and do the shopping"
    Rule(K.disclosure, ("depressed", "young_chores"), within=24, unless=("fiction",)),
    # A peer's older brother or sister who corners the child or bangs their head
    # against a wall: "my girlfriend's older brother cornered me on the stairs"
    Rule(
        K.disclosure,
        ("peer_sibling", "cornered|head_wall|hurts_me"),
        within=24,
        unless=("fiction", "game", "accident"),
    ),
    # Pills as a challenge, or a whole blister and "let's see if I wake up"
    Rule(K.self_harm, ("pill_challenge",), unless=("fiction", "warned")),
    Rule(K.self_harm, ("wake_test", "pills|blisters|pill_challenge"), within=16),
    # Round 33's families. A firework through a letterbox, acid thrown at a face:
    # "we're putting a lit firework through his letterbox tonight"; not a
    # firework display nor an acid in a chemistry lesson
    Rule(K.violence, ("firework", "letterbox"), within=10, unless=("fiction",)),
    Rule(K.violence, ("acid_attack",), unless=("fiction",)),
    # Round 53's family: "tomorrow at break I'll burn your face with the
    # straightener"; not the sun that burns a face nor toast burnt in a kitchen
    Rule(
        K.violence,
        ("burn_threat", "strike_body|tool_weapon|hot_tool"),
        within=14,
        unless=("cooking", "game", "fiction"),
    ),
    # Waiting for someone to beat them up or because "she had it coming": "we'll
    # wait for her at the exit and beat her up"; not a wait to give a card
    Rule(
        K.violence,
        ("lie_in_wait", "gang_beat|acid_attack|weapon|asked_for_it"),
        within=20,
        unless=("game", "fiction"),
    ),
    # Round 34's families. A tool or an object as a weapon, driven or smashed into
    # a part of someone's body: "I'll stab the screwdriver into his neck", "la
    # spacco in faccia a luca"; not a spanner passed in a workshop or a DIY job (no
    # accident's veto: scissors are an accident's word, and nobody drives them into
    # someone's neck by accident; a fall off a skateboard onto one's head is said as
    # a fall, round 36)
    Rule(
        K.violence,
        ("tool_weapon", "strike_body"),
        within=10,
        unless=("cooking", "game", "fiction", "weapon_ok", "fell_from"),
    ),
    # ... and a thing at hand (a hockey stick, skates, a ski pole) with a blow to
    # the head and a time, a wait or "I mean it", a game's or a sport's word or
    # not: "gli spacco la testa coi pattini, venerdì lo aspetto fuori", "je lui
    # ouvre le crâne avec ma crosse de hockey lundi" (rounds 98 and 99)
    Rule(
        K.violence,
        (
            "tool_weapon|blunt_weapon",
            "strike_body|smash_head|cant_get_up",
            "when_later|threat_place|earnest|not_game|payback|lie_in_wait",
        ),
        within=24,
        unless=("fiction", "fell_from", "accident"),
    ),
    # A lock on the fridge: "papa hat ein Schloss an den Kühlschrank gemacht"
    Rule(K.disclosure, ("fridge_locked",), unless=("fiction",)),
    # The electricity or heating cut off with children hungry, cold or in the dark;
    # not a storm's power cut for the whole street
    Rule(
        K.disclosure,
        ("power_cut", "kids_in_need"),
        within=24,
        unless=("fiction", "storm_outage"),
    ),
    # A carer who drinks, then drives the children or sends them without breakfast;
    # not a coffee before the school run
    Rule(
        K.disclosure,
        ("drunk", "drives_us"),
        within=20,
        unless=("fiction", "soft_drink"),
    ),
    # Round 35's families. Something hot put on the child by an adult: "he pressed
    # the hot iron on my arm", "tata wylal na mnie wrzatek z czajnika"; not a
    # burn on the iron by accident
    Rule(
        K.disclosure,
        ("hot_thing", "onto_me"),
        within=8,
        unless=("fiction", "accident", "cooking"),
    ),
    # A bedroom door nailed shut, a child let out only for school
    Rule(K.disclosure, ("door_nailed",), unless=("fiction",)),
    # A child left alone for days: "mama zostawia mnie samego na cale dnie"
    Rule(K.disclosure, ("leaves_alone", "for_days"), within=20, unless=("fiction", "event")),
    # The heating off, said as a state, with the children cold or a parent who
    # stays in bed: "bei uns ist die heizung aus und wir frieren, mama liegt nur im
    # bett" (round 34's family named only the act of cutting off, and round 31's
    # parent in bed needed a word of depression); not the heating off at school
    Rule(
        K.disclosure,
        ("heating_off|power_cut", "kids_in_need|parent_in_bed"),
        within=24,
        unless=("fiction", "storm_outage", "heating_away"),
    ),
    # An arm held over steam till it burns
    Rule(K.self_harm, ("steam_burn", "till_burns"), within=16, unless=("fiction", "cooking")),
    # A sharp point scratched into one's own legs or arms: "mi graffio le gambe
    # con la punta del compasso durante la lezione" (round 29's compass point
    # was caught by its words of intent; without them nothing named the point)
    Rule(
        K.self_harm,
        ("sharp_point", "scratch_self|hurt_self"),
        within=10,
        unless=("accident", "fiction", "game"),
    ),
    # Tablets kept to take all at once: "ce soir je les prends tous"
    Rule(K.self_harm, ("pills|hoarded_pills", "take_all"), within=20, unless=("fiction", "warned")),
    # A parent's pills kept or hidden in the child's drawer for tonight: "ive got
    # mums sleeping pills in my drawer and tonight ...", "je les garde pour ce soir"
    # (round 79)
    Rule(
        K.self_harm,
        ("pills|hoarded_pills", "hidden|keep", "night|end_it|cant_anymore"),
        within=24,
        unless=("fiction", "warned", "medical"),
    ),
    # A blade or a cut that quiets the head: "wenn ich ritze ist es leiser im kopf"
    Rule(
        K.self_harm,
        ("cut_verb|blades|sh_tool", "loud_head|only_helps"),
        within=16,
        unless=("fiction", "cooking", "game"),
    ),
    # A head banged on the wall again: "i hit my head on the wall agen today and i
    # want to do it harder" (round 78)
    Rule(
        K.self_harm,
        ("head_wall", "again|burn_again"),
        within=20,
        unless=("fiction", "accident", "game"),
    ),
    # A plan of one's own and the others at peace from the writer: "I've got a
    # plan for Friday, then everyone will have peace from me"; not a party's plan
    Rule(K.self_harm, ("have_plan", "peace_from_me"), within=20, unless=("fiction",)),
    # A parent gone for days, the fridge empty: "my parents went away for the
    # whole weekend, I'm alone with my brother and there's nothing in the
    # fridge"; not a weekend trip with a grandmother staying
    Rule(
        K.disclosure,
        ("empty_fridge", "gone|gone_days|alone"),
        within=20,
        unless=("fiction", "event", "cooking"),
    ),
    # Filmed in secret in the shower or changing: "my uncle secretly filmed me
    # in the shower"
    Rule(
        K.disclosure,
        ("filmed_me", "changing|in_shower", "alone|secret"),
        within=14,
        unless=("fiction",),
    ),
    # "dad left on Tuesday and still hasn't come back"
    Rule(K.disclosure, ("gone_days", "carer"), within=12, unless=("fiction", "event")),
    # Rounds 42 and 43's families.
    # A hot tool used on one's own skin again or counted: "used the hot glue gun
    # from DT on my arm again, 4 burns now"; not a burn in a lesson by accident
    Rule(
        K.self_harm,
        ("burn_tool", "on_my_body", "burn_again"),
        within=12,
        unless=("accident", "fiction", "cooking", "event", "game"),
    ),
    # Rounds 47 to 49. Drawing pins, staples or a stapler driven into one's own
    # skin: "pushed drawing pins into my thigh under the desk"; not a jab at the
    # nurse's or a staple in a finger by accident
    Rule(
        K.self_harm,
        ("pin_tool", "into_body"),
        within=10,
        unless=("accident", "fiction", "medical", "event"),
    ),
    # Energy drinks counted to stop the heart: "combien de canettes ... pour que le
    # coeur lache"; not a health lesson's warning
    Rule(
        K.self_harm,
        ("stimulant", "heart_stop", "how_many"),
        within=20,
        unless=("fiction", "warned", "schoolwork"),
    ),
    # A cord tied round one's neck and pulled: "I tied my lanyard round my neck and
    # pulled"; not a lanyard worn on a trip
    Rule(K.self_harm, ("ligature", "neck", "pulled_tight"), within=16, unless=("fiction",)),
    # A bag over one's head, held: "zalozylam reklamowke na glowe i trzymalam"
    Rule(K.self_harm, ("bag_head", "bag_hold"), within=16, unless=("fiction", "warned")),
    # Lying down in the snow to fall asleep: "chce sie polozyc w sniegu ... i zasnac"
    Rule(K.self_harm, ("snow_lie", "cold_sleep"), within=16, unless=("fiction", "game")),
    # Kneeling on rice, peas, chickpeas or salt as a punishment
    Rule(K.disclosure, ("kneel", "on_grains"), within=6, unless=("fiction",)),
    # Made to touch him: "kaze sie dotykac"; not a doctor's
    Rule(K.disclosure, ("makes_touch",), unless=("fiction", "medical")),
    # A hand held or burnt on the hob by someone: "m'a brule la main sur la plaque"
    Rule(K.disclosure, ("burned_me", "stove"), within=10, unless=("fiction", "accident")),
    # Left alone for days with nothing to eat, while the parents go partying: "mes
    # parents m'ont laisse seul au mobil-home 3 jours pour aller faire la fete, y a
    # plus rien a manger" (their party is no veto here)
    Rule(K.disclosure, ("leaves_alone", "for_days", "no_food"), within=24, unless=("fiction",)),
    # ... and no food or money at home while the child minds the little ones ("en
    # casa no hay dinero ni comida ... yo cuido de mis hermanos", round 82)
    Rule(K.disclosure, ("no_food", "care_alone"), within=20, unless=("fiction", "cooking")),
    # A child nobody takes to a doctor or a dentist, beside a parent gone or asleep
    # or no food ("ma mère part des fois 3 jours ... personne m'emmène chez le
    # médecin", round 83)
    Rule(
        K.disclosure,
        ("no_doctor", "carer|gone_days|for_days|no_food|parent_down|empty"),
        within=30,
        unless=("fiction",),
    ),
    # A padlock, a rolling pin or a baton, and "till he can't get up" (no cooking's
    # or a fair's veto: "we're doing Reece behind the scout hut till he can't get
    # up" is no camp's knife)
    Rule(
        K.violence,
        ("tool_weapon", "cant_get_up"),
        within=24,
        unless=("game", "fiction", "fell_from"),
    ),
    # Rounds 44 to 46. Standing in front of a tram, a train or a bus "and it all
    # ends": "mi metto davanti al tram della linea 4 e finisce tutto"
    Rule(K.self_harm, ("front_of_vehicle", "all_ends"), within=16, unless=("fiction",)),
    # A girl's mother who buys her no pads: "mama nie kupuje mi podpasek"
    Rule(K.disclosure, ("no_pads",), unless=("fiction",)),
    # Round 64. Throwing oneself in front of a train, a tram or a lorry: "I think
    # every day of throwing myself in front of the S-Bahn"
    Rule(K.self_harm, ("front_of_vehicle", "throw_self"), within=8, unless=("fiction", "accident")),
    # A letter left for the parents and a day to end it: "I've written a letter
    # for my parents and hidden it, this weekend I'll end it"
    Rule(K.self_harm, ("farewell_act", "end_it"), within=24, unless=("fiction",)),
    # Cutting one's arms hidden under long sleeves: "I cut my arms again with a
    # cutter, I wear long sleeves in PE so nobody sees": hidden from everyone,
    # even where PE is named (a kitchen's cutting has no arm)
    Rule(
        K.self_harm,
        ("cut_verb|carve|sh_tool", "body_spot", "hide_marks", "nobody_does|so_that"),
        within=30,
        unless=("fiction",),
    ),
    # ... and cuts on the thighs or the arms with nobody to see them, whatever
    # lies between ("je me refais des coupures sur les cuisses pour que personne
    # voie en sport", "znowu się tnę, na udach żeby na wf nikt nie widział",
    # rounds 114 and 115)
    Rule(
        K.self_harm,
        ("cut_verb|cuts_word", "body_spot", "nobody_does|no_one_sees|hide_marks"),
        within=20,
        # (PE named as where nobody must see is no accident at sport)
        unless=("fiction", "cooking", "harm_topic"),
    ),
    # A mother hit at home: "my dad hits my mum"; not a game won
    Rule(K.disclosure, ("hits_parent",), unless=("fiction", "game")),
    # A touch under the clothes: "he touches me under my clothes"
    # ... or a jacket, a coat: "me tocó por debajo de la chaqueta" (round 98); not a
    # snowball down a brother's back
    Rule(
        K.disclosure,
        ("under_clothes", "intimate|hurts_me|touches_me"),
        within=6,
        unless=("fiction", "medical", "hit_not_harm"),
    ),
    # "I know where he lives", and a weapon: "I'll wait outside his house with the bat"
    Rule(K.violence, ("know_home", "weapon|tool_weapon"), within=24, unless=("fiction",)),
    # Rounds 94 and 95, charity. Things given to a collection or a hospital,
    # "I won't need any of it soon", with thanks for everything or a goodbye
    # ("brauch ich eh bald nicht mehr ... danke für alles, tschüss"); not old
    # toys outgrown, nor books left after the exams
    Rule(
        K.self_harm,
        (
            "need_no_more",
            "gave_all|give_away|giving_away|farewell_act",
            "thanks_all|farewell_word",
        ),
        within=60,
        unless=("fiction", "replaced", "done_with"),
    ),
    # ... a bridge or a roof after the shift, tired of everything, "one less
    # mouth to feed" ("subo a la azotea ... cansada de todo")
    # (going up there, not a roof garden's view)
    Rule(K.self_harm, ("despair_out", "go_high"), within=40, unless=("fiction", "game")),
    # ... money stolen from a collection box and harm promised for it ("t'as
    # volé la cagnotte ... tu vas plus marcher"); not a cake eaten by a brother
    Rule(
        K.violence,
        ("you_stole", "collection_money", "hurt_promise"),
        within=40,
        unless=("fiction", "game"),
    ),
    # ... food taken home from the food bank, the fridge empty and a parent who
    # does not get up
    Rule(K.disclosure, ("empty_fridge", "parent_down"), within=40, unless=("fiction",)),
    # Round 61. A group that will lie in wait for the readers and beat them, no
    # weapon said: "after the tournament we'll be waiting by the gates and we'll
    # beat the lot of you up"; not a team that will beat the other on the pitch
    Rule(K.violence, ("wait_group", "beat_group"), within=24, unless=("fiction",)),
    # Rounds 92 and 93, sport. Starving, purging or sweating to make a weight
    # class, with the wish not to wake up or not to be there
    Rule(K.self_harm, ("weight_cut", "not_here_soft|not_be_here"), within=50, unless=("fiction",)),
    # Rounds 116 and 117. A weigh-in or a weight still over it, with days unfed,
    # one small thing eaten a day or purging ("weigh in is friday ... havent eaten
    # since sunday", "la pesée c'est samedi ... je me fais vomir le soir")
    Rule(
        K.self_harm,
        ("weigh_in|weight_cut", "not_eating|purge|eat_only"),
        within=30,
        unless=("fiction", "medical"),
    ),
    # Rounds 118 and 119, a pupil in pain. A weigh-in, then purging after every
    # meal ("ils m'ont pesée en EPS ... je vomis après chaque repas")
    Rule(
        K.self_harm,
        ("weigh_in|weight_cut", "vomit|purge", "after_meals"),
        within=30,
        unless=("fiction", "medical"),
    ),
    # Rounds 120 and 121, a pupil in pain. One small thing eaten a day and the rest
    # thrown back up ("ich ess eh nur noch einen apfel am tag ... kotz ich es wieder
    # aus"); not a fast kept for Lent or Ramadan, nor feeling sick one morning
    Rule(K.self_harm, ("eat_only", "purge"), within=24, unless=("fiction", "medical")),
    # ... and a fast not to end with its feast, or kept to get smaller ("nur ein apfel
    # am tag ... ich hör nach Ostern nicht auf", "jem tylko jabłko dziennie ... po
    # Wielkanocy nie przestanę", rounds 122 and 123); the fast kept as such passes
    Rule(
        K.self_harm,
        ("eat_only|not_eating|purge", "fast_on"),
        within=30,
        unless=("fiction", "medical"),
    ),
    # ... how many pills it takes, and done with everything ("how many paracetamol
    # is too many ... i'm done with everything"); not a dose asked of a nurse
    Rule(
        K.self_harm,
        ("pill_count", "end_it|quit_all|hoard"),
        within=40,
        unless=("fiction", "medical"),
    ),
    # ... a carer gone since a day, and no food left for the children at home
    # ("ma mère est partie depuis mardi ... à la maison ... y a plus rien à manger")
    Rule(
        K.disclosure,
        ("been_gone|parent_unreachable", "home_noun", "no_food"),
        within=40,
        unless=("fiction", "event", "relatives"),
    ),
    # ... a top taken off because a tutor or a coach said so, and a film or a threat
    # after it ("il tutor mi ha detto di togliere la maglietta ... lo manda ai miei")
    Rule(
        K.disclosure,
        ("told_undress", "filmed_me|send|spread_mine|if_i_stop"),
        within=40,
        unless=("fiction", "medical"),
    ),
    # ... tablets kept back and hidden, with a plan for them ("keeping the
    # evening ones in a sock ... i know exactly what im doing with them")
    Rule(
        K.self_harm,
        ("pills", "hoard_pills", "know_plan|decided|not_here_soft|not_be_here"),
        within=40,
        unless=("fiction",),
    ),
    # ... a jump from a lookout tower or a height, nobody noticing ("skoczyć z
    # wieży widokowej ... nikt by nawet nie zauważył")
    Rule(
        K.self_harm,
        ("jump_off", "height|lookout_tower", "unnoticed|not_here_soft|not_be_here"),
        within=30,
        unless=("fiction", "game"),
    ),
    # ... an adult's hand on the child's leg that goes higher ("puts his hand on
    # my leg and higher")
    Rule(K.disclosure, ("hand_on_me", "moves_higher"), within=12, unless=("fiction",)),
    # ... a parent back only on Monday and nothing to eat at the weekend ("elle
    # revient que le lundi ... j'avais plus rien à manger")
    Rule(
        K.disclosure,
        ("back_monday", "no_food", "carer"),
        within=40,
        # ... stale bread its only food, which is no cooking lesson
        unless=("fiction", "event"),
    ),
    # ... a blade a pupil carries, and a stab promised ("stech ich ihn beim Lager
    # mit meinem Taschenmesser ab")
    Rule(
        K.violence,
        ("weapon", "strike_body"),
        within=12,
        unless=("cooking", "game", "fiction", "weapon_ok", "tool_safety", "shoot_play"),
    ),
    # ... a weapon brought and the reader sent home in an ambulance, as a
    # condition or in earnest ("porto il coltello ... se ne torna a casa in
    # ambulanza. Non scherzo")
    Rule(
        K.violence,
        ("weapon", "stretcher", "if|earnest|when_later|threat_place"),
        within=30,
        unless=("cooking", "game", "fiction", "accident", "shoot_play"),
    ),
    # ... and "it would be easier if I just wasn't here anymore"
    Rule(
        K.self_harm,
        ("easier_if", "not_here_soft|not_be_here|vanish|without_me"),
        within=12,
        unless=("fiction",),
    ),
    # Quitting "everything, not just judo", a letter for the parents written
    Rule(K.self_harm, ("farewell_act", "quit_all|not_only_sport"), within=40, unless=("fiction",)),
    # A cut the pupil says was deserved: "cut myself after the final, I deserve it"
    Rule(K.self_harm, ("self_harm", "asked_for_it"), within=30, unless=("fiction",)),
    # All the pills tonight, not wanting to go on
    Rule(
        K.self_harm, ("pills_tonight", "not_here_soft|not_be_here"), within=30, unless=("fiction",)
    ),
    # A rival pushed off a stand or down the stairs
    Rule(K.violence, ("push_off",), unless=("fiction",)),
    # Round 63's families, said in the chat beside a video call. A beating promised
    # to a pupil of the partner class, for when the writer sees him, whatever quiz
    # or exchange is named ("wenn ich ihn beim austausch seh schlag ich ihn
    # krankenhausreif", "jak go spotkam na wymianie to mu połamię nogi"); not a
    # game won against him
    Rule(
        K.violence,
        ("beat_up", "when_see_him|when_later|threat_place|pass_on"),
        within=24,
        unless=("fiction",),
    ),
    # A carer who hit the child, with the hurt that lasts or the reason the child
    # gives ("my dad came in and hit me because I was too loud, my face still
    # hurts"); not a mute button hit, nor a pillow fight
    Rule(
        K.disclosure,
        ("still_hurts|for_noise", "carer", "harm_verb>>me_obj|me_obj>>harm_verb|hurts_me"),
        within=24,
        unless=("fiction", "game", "accident", "sport_knock"),
    ),
    # Sleeves kept down on camera because of the cuts or the marks, with a blade,
    # a lighter or "again" ("non tiro su le maniche in video perché ho i tagli ...
    # con la lametta"); not long sleeves because it is cold
    Rule(
        K.self_harm,
        ("sleeves|long_sleeves", "cuts_word", "sh_tool|burn_tool|again|harm_verb"),
        within=24,
        unless=("fiction", "cooking", "game", "accident"),
    ),
    # "a veces pienso que sería mejor no despertarme"
    Rule(K.self_harm, ("better_not_wake",), unless=("fiction",)),
    # Round 67's families: a story, a poem, a legend or a character said to be the
    # writer's own ("its not really a poem its me", "la ragazza del mio racconto
    # che si taglia ... sono io", "to nie jest baśń, to tata"), with self-harm, a
    # plan or "again" ...
    Rule(
        K.self_harm,
        ("story_is_real", "pills|done_it_again|body_spot|height|wake_up|end_verb|harm_verb"),
        within=40,
    ),
    # ... or with an adult of the home who hurts, locks in or out, starves or comes
    # at night
    Rule(
        K.disclosure,
        (
            "story_is_real",
            "home_adult|kin_parent|carer",
            "harm_verb|harm|hurts_me|comes_in|by_night|night|for_days|head_wall|cold_hours"
            "|against_thing|intimate|drunk|no_food",
        ),
        within=40,
    ),
    # Wanting to go to a dead grandparent in heaven ("ich will zu Opa in den
    # Himmel", "quiero irme al cielo con el abuelo"); not "Opa ist im Himmel"
    Rule(K.self_harm, ("i_want", "join_dead"), within=8, unless=("fiction",)),
    # A blow promised until the other bleeds ("dan hau ich ihm mit der
    # trinkflasche auf den kopf bis er blutet"); not a graze that bled
    Rule(
        K.violence,
        ("until_bleeds", "harm_verb|strike_body"),
        within=16,
        unless=("fiction", "game", "accident"),
    ),
    # A carer who pulls the child by the hair and throws it against the furniture
    # ("tata mnie szarpie za włosy i rzuca o szafę"), hair or not
    Rule(
        K.disclosure,
        ("by_body", "against_thing", "carer", "me_obj>>harm_verb|harm_verb>>me_obj"),
        within=14,
        unless=("fiction", "game"),
    ),
    # A carer who gropes the child and what happens if it tells ("wujek ... mnie
    # maca. mówi że jak powiem mamie to ona będzie płakać")
    Rule(
        K.disclosure,
        ("if_tell|told_not_tell", "carer", "intimate"),
        within=24,
        unless=("fiction", "game"),
    ),
    # Rounds 69 and 71's families: clubs, games and the winter weeks.
    # An injury said not to come from the sport or the fall once told, with a
    # carer ("die blauen flecken sind nicht vom handball wie ich gesagt hab. mein
    # vater ..."); the sport named is the cover, no veto
    # ... with a blow or a push said; not a bruise from PE that a parent iced
    Rule(
        K.disclosure,
        ("not_from_sport", "injury", "carer", "harm_verb|hurts_me|drunk|against_thing"),
        within=30,
        unless=("fiction",),
    ),
    # An adult who touches the child and says nobody will believe it ("dann
    # fasst er mich an. er sagt mir glaubt eh keiner")
    Rule(
        K.disclosure,
        ("wont_believe", "intimate|hurts_me|harm_verb>>me_obj"),
        within=30,
        unless=("fiction",),
    ),
    # An adult who comes into the child's room at night and calls it "our game"
    # ("kommt er nachts in mein zimmer und sagt das ist unser spiel"), a game
    # named or not; not a game played all night with a brother
    Rule(
        K.disclosure,
        ("our_game", "by_night", "carer", "comes_in|home_noun|my_place|in_my_bed"),
        within=24,
        unless=("fiction",),
    ),
    # Left for days with the heating off while a parent is away ("my mum's gone
    # to Spain ... the heating's off. it's been 5 days")
    Rule(
        K.disclosure,
        ("heating_off", "for_days|days_long", "kin_parent|carer", "away|leaving|alone"),
        within=40,
        unless=("fiction", "school_place"),
    ),
    # "you won't get home" with a weapon ("mit nem
    # baseballschläger, du kommst nicht heil heim", "biorę nóż brata i do domu
    # nie wrócisz")
    Rule(
        K.violence,
        ("wont_get_home", "weapon|tool_weapon|harm_verb"),
        within=30,
        # a match named is where it is promised, no game's veto
        unless=("fiction",),
    ),
    # Wanting not to be here, with not eating, days counted or numbness ("been
    # giving my dinner to the dog ... i want to be gone before the 25th")
    Rule(
        K.self_harm,
        ("i_want>>not_be_here", "days_long|not_eating|cant_anymore|feel_nothing"),
        within=30,
        unless=("fiction",),
    ),
    # A lighter or a hot tool on one's own skin again, hidden ("wieder mit dem
    # feuerzeug den arm verbrannt, unterm pulli sieht das keiner")
    Rule(
        K.self_harm,
        ("burn_tool", "burn_again", "nobody_does|long_sleeves|hide_marks"),
        within=16,
        unless=("fiction", "cooking"),
    ),
    # A height gone to alone or unnoticed, with nothing felt ("pójdę sama
    # na ten most ... nikt nie zauważy ... już nic nie czuję")
    Rule(
        K.self_harm,
        ("feel_nothing", "height", "alone|nobody_does|notice"),
        within=30,
        unless=("fiction", "game"),
    ),
    # Rounds 72 and 73: families on the platform, and concerns understated.
    # A beating by a parent's partner told by the belt and the blame, with no
    # word for hitting ("la dernière fois qu'il s'est énervé j'avais la marque
    # de la ceinture pendant 2 semaines. maman dit que c'est ma faute")
    Rule(
        K.disclosure,
        ("belt", "carer", "blames_me|days_long|asked_for_it|temper"),
        within=30,
        unless=("fiction", "game"),
    ),
    # A home gone dark: nothing to eat but at school, no power, a parent asleep
    # all day or drinking ("on a plus d'électricité ... papa dort toute la
    # journée avec ses bouteilles. je mange qu'à la cantine")
    Rule(
        K.disclosure,
        ("no_food|no_utilities", "parent_down|drunk"),
        within=30,
        unless=("fiction",),
    ),
    # Marks said not to be from a pet or a fall, and the harm told as a habit or
    # as what quiets a head too loud ("the lines arent from the cat. i do it when
    # its too loud in my head", round 75)
    Rule(
        K.self_harm,
        ("not_from_sport", "skin_spot|body_spot|wrists", "do_it_when|loud_head|only_helps"),
        within=30,
        unless=("fiction",),
    ),
    Rule(
        K.self_harm,
        ("skin_spot|body_spot|wrists|make_marks", "do_it_when", "loud_head|only_helps"),
        within=30,
        unless=("fiction",),
    ),
    # A bruise said not to be from sport beside a parent's drinking ("Papa hat
    # wieder getrunken ... Der blaue Fleck ist nicht vom Sport")
    Rule(K.disclosure, ("not_from_sport", "drunk"), within=25, unless=("fiction",)),
    # Hidden harm, understated: wristbands or long sleeves "not for style", and
    # "the only thing that helps", "worse than usual"
    Rule(
        K.self_harm,
        ("long_sleeves|not_style", "only_helps|worse_usual"),
        within=30,
        unless=("fiction",),
    ),
    # A sharp point or a lighter on the body, hidden or "to feel something"
    # ("la pointe du compas sur les cuisses ... pour que personne voie", "mi
    # brucio il polso con l'accendino, solo per sentire qualcosa")
    Rule(
        K.self_harm,
        (
            "sharp_point|burn_tool|hot_tool|sh_tool",
            "no_one_sees|hide_marks|done_it_again",
            "body_spot|skin_spot|wrists",
        ),
        within=30,
        unless=("fiction", "cooking"),
    ),
    Rule(
        K.self_harm,
        ("sharp_point|burn_tool|sh_tool", "feel_something", "body_spot|skin_spot|wrists"),
        within=25,
        unless=("fiction", "cooking"),
    ),
    # A head struck against a wall till it passes, bleeding, with a cover told
    # (the game named is the cover: "dije que fue jugando al fútbol")
    Rule(K.self_harm, ("head_wall", "cover_story|bled"), within=30, unless=("fiction",)),
    # Photos taken by a relative with a threat about telling ("wujek robi mi
    # zdjęcia jak się kąpię i mówi, że jak powiem mamie ...")
    Rule(K.disclosure, ("if_tell", "photo", "carer|relatives"), within=20, unless=("fiction",)),
    # A blunt weapon or a stretcher beside a wait for someone ("hab schon nen
    # schlagring, wir warten an der bushalte um 7:40", "la espero el viernes en el
    # parking ... va a salir en camilla", rounds 74 and 75); not a bat at practice
    Rule(
        K.violence,
        ("lie_in_wait", "blunt_weapon|stretcher"),
        within=25,
        # ... nor a first-aid drill's stretcher
        unless=("fiction", "game", "team_play", "first_aid", "bat_sport"),
    ),
    # ... and bats beside a wait after a match too, where a match spares the rule
    # above ("we'll wait for him at gate 3 after the match with baseball bats", "on
    # l'attend à la sortie du gymnase avec des battes", rounds 110 and 111); not a
    # team's baseball practice ("entreno de béisbol a las 17h")
    Rule(
        K.violence,
        ("lie_in_wait", "blunt_weapon"),
        within=20,
        unless=("fiction", "joke_mark", "bat_sport"),
    ),
    # A blade brought for a time and a hidden place: "got my brother's blade in my
    # bag for tmrw, behind the sports hall"
    Rule(
        K.violence,
        ("blades|blade_word", "hidden_spot", "when_later"),
        within=25,
        unless=("fiction", "game", "cooking"),
    ),
    # A plan's goodbye: "dites à Léa que je l'aimais bien" beside a means, a day or a
    # height; things given away with "I won't need them"; a height gone back to,
    # "maybe this time"
    Rule(
        K.self_harm,
        (
            "farewell_word",
            "pills|hoarded_pills|height|do_it_day|have_plan|plan_how|end_it|over_then"
            "|giving_away|goodbye_letter|i_wrote|not_be_here",
        ),
        within=40,
        unless=("fiction", "game"),
    ),
    # ... or a goodbye to all ("oddaję konto i skiny, żegnajcie", rounds 98 and 99)
    Rule(
        K.self_harm,
        ("giving_away", "wont_need|goodbye_letter|i_wrote|farewell_word|goodbye_all"),
        within=30,
        unless=("fiction", "replaced"),
    ),
    # ... or things given that the pupil will not need, with a goodbye to all
    # ("meine skizzenbücher verschenkt, brauch die eh nicht mehr, tschüss an alle",
    # "j'ai donné tous mes carnets ... dites au revoir à tout le monde", rounds 100
    # and 101); not a clear-out before a move, nor an old thing replaced, nor
    # schoolbooks given on after the exams with thanks to a teacher
    Rule(
        K.self_harm,
        ("give_away|gave_all", "wont_need", "goodbye_all|letter_left"),
        within=40,
        unless=("fiction", "replaced", "moving_away"),
    ),
    # A bridge over the tracks or a road gone back to or thought of, with a
    # sign: "I can't go on", "how easy it would be", "I won't come back", "sorry
    # for everything" ("stand oben auf der brücke über die bahngleise ... wie
    # einfach es wär", "most nad torami ... już nie wrócę", rounds 100 and 101),
    # whatever trip or sport is named around it
    Rule(
        K.self_harm,
        (
            "over_way",
            "cant_anymore|how_easy|not_back|farewell_word",
            # ... the writer there, or going back ("stand ich oben", "ce soir je vais
            # sur le pont", "znowu"); not a bridge drawn for a project
            "i_stood|go_jump|again|burn_again|night|the_night|keep|this_time",
        ),
        within=40,
        unless=("fiction",),
    ),
    # ... and pills taken, "next time I'll take more" (round 74)
    Rule(K.self_harm, ("this_time", "pills|hoarded_pills"), within=30, unless=("fiction",)),
    Rule(
        K.self_harm,
        ("this_time", "height|i_stood|jump_thought|on_balcony|roof_edge|jump_off"),
        within=30,
        unless=("fiction", "game"),
    ),
    # Harm to a thing, then to its owner ("doing his car and then his face",
    # "erst die Reifen auf und dann ihn"); a car set alight
    Rule(K.violence, ("car|vehicle", "then_him"), within=15, unless=("fiction", "game")),
    Rule(
        K.violence,
        ("set_alight", "car|vehicle"),
        within=8,
        unless=("fiction", "game", "accident"),
    ),
    # Rounds 76 and 77's families. A pet or a treasured thing handed over with
    # a farewell's sign: a height, the tracks, pills, letters, "it's decided"
    # ("dites à Yanis qu'il garde mon chat", "cuidad a mi gato porfa", "oddałam
    # Oli moje książki i kota"); not a cat looked after over the holidays
    Rule(
        K.self_harm,
        (
            "leave_pet",
            "height|on_tracks|pills|hoarded_pills|the_letters|goodbye_letter|decided|burden"
            "|jump_off|no_future|count_enough",
        ),
        within=60,
        unless=("moving_away",),
    ),
    # Letters written or things given away, with a height, the tracks or no
    # future ("ho già scritto le lettere ... il ponte di notte è vuoto", "meine
    # Sachen hab ich schon verschenkt, die Briefe liegen in der Schublade")
    Rule(
        K.self_harm,
        ("give_away|giving_away", "the_letters|height|on_tracks|no_future|without_me"),
        within=40,
        unless=("moving_away", "replaced"),
    ),
    Rule(
        K.self_harm,
        ("the_letters", "height|on_tracks|no_future|without_me"),
        within=40,
        unless=("moving_away", "replaced"),
    ),
    Rule(K.self_harm, ("no_future", "height|on_tracks"), within=40, unless=("moving_away",)),
    # Pills counted, "there's enough now", "ya tengo más que eso", or kept for
    # tonight ("j'ai gardé les cachets de ma mère pour ce soir")
    Rule(K.self_harm, ("pills", "count_enough"), within=16, unless=("medical",)),
    Rule(K.self_harm, ("hoarded_pills", "night|the_night"), within=12, unless=("medical",)),
    # A height looked down from at night, "tonight might be the one"
    Rule(K.self_harm, ("look_down", "height", "night|again|the_night"), within=30),
    Rule(K.self_harm, ("the_night", "height|on_tracks"), within=30),
    # A blade on one's skin that "helps" or left new marks ("die Klinge hilft
    # wenigstens, 6 neue Striche am Oberschenkel", "5 más en la tripa. me calma")
    Rule(
        K.self_harm,
        ("sh_tool|blades", "body_spot|skin_spot", "helps_me|new_marks"),
        within=30,
        unless=("cooking",),
    ),
    # Burnt again with a lighter, hidden under long sleeves
    Rule(
        K.self_harm,
        ("burn_tool", "burn_again", "long_sleeves|hide_marks"),
        within=30,
        unless=("cooking", "accident"),
    ),
    # Cuts on one's legs again, hidden at PE ("mi sono fatta di nuovo i tagli
    # sulle gambe ... in pantaloncini si vede")
    Rule(
        K.self_harm,
        ("cuts_word|new_marks", "body_spot|on_my_body", "burn_again|again|hide_marks"),
        within=24,
        unless=("accident", "cooking"),
    ),
    # A parent drunk or pushing, and a bruise or a cover ("dad came in drunk
    # again ... my cheek is purple so i'll say it was the trampoline", "hat mich
    # gegen die Tür geschubst, hab jetzt ne Beule")
    Rule(
        K.disclosure,
        ("kin_parent|home_adult", "drunk|pushed_me|hurts_me|belt", "bruise|injury|cover_story"),
        within=30,
    ),
    # ... shut out all night ("mi ha chiuso fuori di nuovo tutta la notte")
    Rule(
        K.disclosure,
        ("thrown_out|locks_out", "kin_parent|home_adult", "by_night|night|slept_rough"),
        within=30,
    ),
    # A carer at night in the child's room, with "nobody will believe you" or
    # "if you tell" ("wenn Mama Nachtschicht hat kommt er in mein Zimmer")
    Rule(
        K.disclosure,
        ("home_adult|kin_parent", "comes_in|my_place", "wont_believe|if_tell|told_not_tell"),
        within=40,
    ),
    # Touching by an adult called "our game", or with "if you tell" ("my uncle
    # does that when he babysits ... its our game", "el entrenador ... me toca")
    Rule(
        K.disclosure,
        ("our_game|our_thing|if_tell|wont_believe", "carer|relatives|home_adult", "body|intimate"),
        within=40,
    ),
    Rule(
        K.disclosure,
        # ... or with a lap, hands under clothes, "their secret" or "nobody will believe
        # you", told by the child or for the child by an adult (rounds 78 and 79)
        (
            "touches_me",
            "carer|relatives|home_adult",
            "alone|intimate|body|our_game|if_tell|our_thing|under_clothes|onto_me|kneel"
            # ... or where no one sees, a darkroom too ("el monitor del taller ... en el
            # cuarto oscuro y me tocó", rounds 100 and 101)
            "|wont_believe|covert",
        ),
        within=30,
        # ... not a lesson's "if anyone does that, tell a trusted adult" ("jak ktoś
        # tak robi, mówimy zaufanemu dorosłemu", round 80)
        unless=("if_someone",),
    ),
    # A weapon in the school bag with a target's payback ("il coltello ce l'ho
    # nello zaino ... Matteo la paga", "ist in meinem Rucksack ... ob Timo dann
    # noch lacht"), a game or a quotation around it or not
    Rule(K.violence, ("weapon", "in_my_bag", "payback|threat_place|when_later"), within=40),
    Rule(K.violence, ("weapon|in_my_bag", "payback"), within=30, unless=("cooking",)),
    # Setting fire to someone's car or home, with fuel ready
    Rule(K.violence, ("set_fire", "fuel|car|vehicle|know_home"), within=30),
    # Rounds 80 and 81's families. Things left to others or a letter written,
    # with a bus, a train or the tracks ("ive written down who gets my stuff ...
    # walk in front of the bus"), or with a height and a farewell ("will nicht
    # mehr da sein ... brief für mama geschrieben ... auf die brücke"); not a
    # letter for a mother and a bridge crossed to a grandmother's
    Rule(
        K.self_harm,
        ("farewell_act|goodbye_letter", "front_of_vehicle|on_tracks"),
        within=40,
        unless=("fiction", "moving_away"),
    ),
    Rule(
        K.self_harm,
        (
            "farewell_act|goodbye_letter",
            "height",
            "not_be_here|goodbye_all|no_point|end_it|over_then|the_night",
        ),
        within=40,
        unless=("fiction", "moving_away", "game"),
    ),
    # Things given away, a means (a height, pills put by) and a farewell or letters,
    # all three, whatever frame is around them: a calm move or divorce does not
    # spare them ("le divorce ça va. j'ai donné mes mangas ... le pont est très
    # haut ... adieu tout le monde", round 90). A pupil who moves away and gives
    # things away and says goodbye has no means beside it.
    Rule(
        K.self_harm,
        (
            "give_away",
            "height|hoarded_pills",
            "farewell_act|goodbye_all|the_letters|goodbye_letter|letter_left",
        ),
        within=60,
        unless=("fiction",),
    ),
    # Blades put away to be used tonight ("j'ai mis des lames dans ma trousse, ce
    # soir je vais m'en servir")
    Rule(
        K.self_harm,
        ("blade_word|blades|sh_tool", "use_it", "night|the_night|when_later|in_my_bag|hidden_spot"),
        within=24,
        unless=("fiction", "cooking", "schoolwork"),
    ),
    # A stab promised with the knife already in an instrument's case or a bag,
    # a rehearsal named or not ("to w piątek go dźgnę nożem, już mam go w
    # futerale od skrzypiec")
    Rule(
        K.violence,
        ("weapon", "harm", "in_my_bag|payback|threat_place"),
        within=30,
        unless=("cooking", "game"),
    ),
    # A touch said to be part of the lesson ("er küsst mich und sagt, das gehört
    # zur Stimmbildung", "mi mette le mani sotto la maglietta. Dice che serve per
    # la postura")
    Rule(
        K.disclosure,
        ("touch_excuse", "intimate|under_clothes|touches_me|body|kneel"),
        within=30,
        unless=("fiction",),
    ),
    # ... a door shut and a kiss ("nimmt mich mit in sein Büro und macht die Tür
    # zu. Er küsst mich")
    Rule(K.disclosure, ("close_door", "intimate"), within=20, unless=("fiction", "game")),
    # ... a touch in the changing room "or you're off the team"
    Rule(K.disclosure, ("off_team", "intimate|touches_me|under_clothes"), within=30),
    # ... a touch at a placement or in a class with the pupil's reference or grade
    # threatened if told ("if I tell anyone I won't get a reference", "si lo contaba
    # me suspendía la FCT", rounds 116 and 117)
    Rule(
        K.disclosure,
        ("grade_threat", "touches_me|hurts_me|intimate"),
        within=40,
        unless=("fiction",),
    ),
    # Pupils who forced the writer to undress ("me obligaban a quitarme la ropa")
    Rule(K.disclosure, ("made_undress",), unless=("fiction", "medical")),
    # An adult who strikes the child with a thing or in the face ("wenn ich frag,
    # schlägt sie mir mit der Bürste ins Gesicht"): a parent or a blow's place near
    Rule(
        K.disclosure,
        ("hits_me_with", "strike_body|home_adult"),
        within=16,
        unless=("fiction", "game", "accident", "hit_not_harm", "caught_from"),
    ),
    # Rounds 84 and 85. A means kept beside the writer gone for good or gone
    # unnoticed ("the rope is in the cellar, nobody will notice I'm gone"); not
    # a class late from a trip to a bridge that nobody will notice
    Rule(
        K.self_harm,
        (
            "gone_unseen",
            "ligature|pills|height|on_tracks|blades|front_of_vehicle",
        ),
        within=30,
        # (a river named is where, not an accident's place)
        unless=("fiction", "medical"),
    ),
    # A grave visited and the wish to lie there or join the dead, with a means
    # or things left to others
    Rule(
        K.self_harm,
        ("grave", "join_dead", "farewell_act|goodbye_letter|ligature|pills|blades"),
        within=30,
        unless=("fiction",),
    ),
    # Wishing to be dead for real, with a letter left
    Rule(
        K.self_harm,
        ("dead_word", "i_want|earnest", "farewell_act|goodbye_letter"),
        within=30,
        unless=("fiction", "game"),
    ),
    # Touching the adult says is normal ("he touches me when we edit and says
    # it's normal")
    Rule(K.disclosure, ("hurts_me|touches_me", "says_normal"), within=20, unless=("fiction",)),
    # A child shut out for the night by a parent, sleeping in a shed
    Rule(K.disclosure, ("thrown_out|locks_out", "slept_rough"), within=30, unless=("fiction",)),
    # A weapon brought, and a score to settle: a kitchen knife is no cooking then
    Rule(K.violence, ("payback", "bring_weapon"), within=30, unless=("fiction", "game")),
    # Rounds 94 and 95, newsroom. A last column or a note for whoever finds it,
    # with pills, a height or the wish to be gone ("my last column ... saved up
    # mum's pills", "ostatni felieton ... ide na most"); a paper or a team beside
    # it spares nothing
    Rule(
        K.self_harm,
        ("last_words", "pills|self_harm|dont_want_here|hoard|vanish"),
        within=40,
        # ... not a note for whoever finds a lost bag ("her hay fever pills are inside")
        unless=("fiction", "lost_found"),
    ),
    # ... or a height gone to ("geh ich ... auf die Brücke", "idę na most i skaczę");
    # not a farewell column that misses the view from the bridge
    Rule(
        K.self_harm,
        ("last_words", "height", "go_jump"),
        within=40,
        unless=("fiction", "lost_found"),
    ),
    # Touching where the door is shut or the others have gone, told of an adult
    # ("fasst mich in der Umkleide an, wenn keiner mehr da ist", "dotyka mnie w
    # studiu jak drzwi są zamknięte")
    Rule(
        K.disclosure,
        ("touching_me", "closed_room|others_gone|lock"),
        within=20,
        unless=("fiction", "if_someone"),
    ),
    # Hospital promised to the reader with a place and a time ("t'attendent ... à
    # la sortie, tu vas finir à l'hosto"); not a warning about a ramp
    Rule(
        K.violence,
        ("hospital_threat", "payback|lying_in_wait"),
        within=30,
        unless=("fiction", "safety_lesson", "first_aid", "careful"),
    ),
    # A lab's acid, lye or soldering iron aimed at someone's face or neck ("ich kipp
    # ihm die Säure ins Gesicht", "le quemo la cara con el soldador", rounds 96 and
    # 97); not a lab's safety rules ("acid goes into water, goggles on")
    Rule(
        K.violence,
        ("lab_hazard", "at_person"),
        within=20,
        unless=("fiction", "game", "safety_lesson", "first_aid", "accident"),
    ),
    # A pupil who keeps thinking of drinking the lab's acid or lye ("no paro de
    # pensar en bebérmela", rounds 96 and 97)
    Rule(
        K.self_harm,
        ("lab_hazard", "think_drink"),
        within=14,
        unless=("fiction", "safety_lesson", "first_aid"),
    ),
    # Rounds 96 and 97, probe: the writer's own words end a lesson's or a
    # song's frame. A stepfather, an uncle or a mother's boyfriend who "does
    # the same to me" or comes into the writer's bed ("mnie tak robi wujek",
    # "se mete en la ducha conmigo")
    Rule(
        K.disclosure,
        ("kin_man", "same_to_me|into_my_bed"),
        within=25,
        unless=("fiction",),
    ),
    # Grabbed by the neck or locked in and hit ("me agarró del cuello", "hat
    # mich eingesperrt und geschlagen")
    Rule(K.disclosure, ("grabbed_me",), unless=("fiction", "game")),
    # Hurting oneself with a blow or a blade ("smashing my arm on the door",
    # "ritz ich mich mit der Klinge")
    # ... a scraped knee told before it is no accident of this
    Rule(K.self_harm, ("self_hit",), within=4, unless=("fiction", "accident")),
    # Water or rails beside a wish not to come back, a decision, a farewell or
    # "me too" said of a drowning read in class ("wejść do zalewu i nie wracać")
    Rule(
        K.self_harm,
        ("water_body", "not_come_back|me_too_wish|decided|sorry_all|dont_want_here"),
        within=20,
        unless=("careful",),
    ),
    # Rounds 98 and 99, games. A blade on one's own body and "deeper" next time
    # ("me corto los brazos con la cuchilla ... esta noche más hondo", "ritz ich
    # mich, heute tiefer"), even after a lost game; not a carving knife in wood
    Rule(
        K.self_harm,
        ("go_deeper", "sh_tool|blades|cut_verb|harm_verb|hurt_self", "body_spot|skin_spot|wrists"),
        within=30,
        unless=("fiction", "accident"),
    ),
    # ... and cuts that felt better, "deeper" next time, even told beside a lesson's
    # craft knife or an accident ("cut my arm ... it felt better, gonna go deeper")
    Rule(
        K.self_harm,
        ("go_deeper", "cut_verb|harm_verb|hurt_self", "relief"),
        within=24,
        unless=("fiction", "game"),
    ),
    # A carer who locked the child in for the night, in a cellar or without food
    # ("tata zamknął mnie w piwnicy na całą noc", "mi ha chiuso in cantina tutta la
    # notte"), even for playing too long; not a brother's prank for five minutes
    Rule(
        K.disclosure,
        ("locked_me_in", "carer", "by_night|night|out_building|no_food|for_days"),
        within=20,
        unless=("fiction",),
    ),
    # ... a height looked down from and a jump promised ("patrzyłam w dół z mostu,
    # jutro wrócę i skoczę", "ho guardato giù dal ponte, domani salto"); not a
    # jump in a game
    Rule(
        K.self_harm,
        ("looked_down|look_down", "height", "leap"),
        within=30,
        unless=("fiction", "game"),
    ),
    # Rounds 106 and 107, a pupil at risk as the youngest write it. A parent who
    # lies and does not wake, with the child hungry or left since yesterday ("Mama
    # wacht nicht auf ... ich hab hunger"); not a parent asleep after a night shift
    Rule(
        K.disclosure,
        ("not_waking", "carer", "since_long"),
        within=30,
        unless=("fiction", "game"),
    ),
    Rule(
        K.disclosure,
        ("not_waking", "carer", "left_alone_signs"),
        within=30,
        unless=("fiction", "game", "wake_routine"),
    ),
    # ... a cut on an arm or a leg, again or hidden ("i cut my arm again", "mi sono
    # tagliata le braccia, non lo sa nessuno"); not a finger cut cooking, nor a fall
    Rule(
        K.self_harm,
        ("cut_limb", "hide_it|when_sad|blood_flows"),
        within=20,
        unless=("accident", "fiction", "cooking", "game", "tech_glitch"),
    ),
    # ... and kept from sight, which no accident explains ("i cut my arm again,
    # didnt want anyone to see", "durch den armel geblutet, keiner soll es sehen")
    Rule(
        K.self_harm,
        ("cut_limb|self_bite", "concealed"),
        within=20,
        unless=("fiction", "cooking", "game"),
    ),
    # ... one's own arm bitten or scratched till it bleeds, or when sad ("mi mordo
    # il braccio ... esce il sangue", "drapie sie po rekach az leci krew"); not a
    # cat's scratch, nor nails bitten
    Rule(
        K.self_harm,
        ("self_bite", "blood_flows|when_sad|hide_it"),
        within=20,
        unless=("accident", "fiction", "pet", "game"),
    ),
    # ... a head banged on the wall for being bad or sad ("I bang my hed on the wall
    # when I am bad"); not a bump from the playground
    Rule(
        K.self_harm,
        ("head_wall", "when_sad|hide_it|it_hurts"),
        within=20,
        unless=("accident", "fiction", "game"),
    ),
    # ... the tracks or a bridge, and then it's all over ("pojde na tory i bedzie po
    # wszystkim"); not a train journey over a bridge
    Rule(
        K.self_harm,
        ("rails_bridge", "all_over|cant_anymore|when_sad"),
        within=24,
        unless=("fiction", "game"),
    ),
    # ... and a game's jump is no cover for the tracks in earnest ("in minecraft i
    # jump off the bridge lol. but for real tonight i go on the tracks")
    Rule(
        K.self_harm,
        ("rails_bridge", "all_over|cant_anymore|when_sad", "earnest"),
        within=40,
        unless=("fiction",),
    ),
    # ... a carer in the child's bed at night, with hurt or a secret ("plays the
    # tickle game in my bed at nite and it hurts"); no game spares it
    Rule(
        K.disclosure,
        ("bed_night", "carer", "it_hurts"),
        within=30,
        unless=("fiction", "laughed_hard"),
    ),
    # ... a carer who comes into the bed and hurts, whatever laughter is told
    # elsewhere ("we laughed at the tickle game, but my uncle comes in my bed at
    # night and it hurts")
    Rule(
        K.disclosure,
        ("comes_to_bed", "carer", "it_hurts"),
        within=30,
        unless=("fiction",),
    ),
    # ... and a secret kept or a dislike said, which no laughter spares
    Rule(
        K.disclosure,
        ("bed_night", "carer", "told_not_tell|dislike_it"),
        within=30,
        unless=("fiction",),
    ),
    # ... a child put outside in the cold or without food by a carer ("il me met
    # dehors sur le balcon dans le froid")
    Rule(
        K.disclosure,
        ("put_outside", "carer", "cold_hungry"),
        within=30,
        unless=("fiction", "game"),
    ),
    # The writer's own self-harm told after a lesson's film or song about it, which
    # the film does not spare: done for weeks, cut on a limb or bleeding on ("ich
    # mach das seit wochen mit ner rasierklinge ... hat nicht mehr aufgehort zu
    # bluten", "yo llevo desde septiembre haciendome cortes en los brazos")
    Rule(
        K.self_harm,
        ("own_habit", "cut_limb|bleed_on|deeper_each|blood_flows"),
        within=24,
        unless=("accident", "cooking", "game"),
    ),
    # ... or with a blade and a cut or bleeding; not a razor for shaving legs
    Rule(
        K.self_harm,
        ("own_habit", "blades|sh_tool", "bleed_on|blood_flows|deeper_each|cut_limb"),
        within=24,
        unless=("accident", "cooking", "game"),
    ),
    # ... cuts made deeper each time ("cada vez mas hondos", "immer tiefer")
    Rule(
        K.self_harm,
        ("deeper_each", "cut_limb|self_harm|own_habit"),
        within=20,
        unless=("accident", "cooking", "game"),
    ),
    # ... one's own farewell letter already written beside an end ("io la mia l'ho
    # gia scritta ... la faccio finita"), whatever film was discussed before
    Rule(
        K.self_harm,
        ("mine_written", "end_it|die|self_harm|not_be_here|when_gone"),
        within=40,
        unless=("schoolwork", "jump_fun"),
    ),
    # Rounds 110 and 111, hurt told in sport and online. Hurting oneself again,
    # hidden under sports kit or a tracksuit worn in summer ("mi faccio di nuovo
    # male alle gambe. porto la tuta anche d'estate così nessuno vede"); not an
    # ankle hurt again at training, strapped under a tracksuit
    Rule(
        K.self_harm,
        ("hurt_again", "hide_marks|concealed|no_one_sees"),
        within=30,
        unless=("accident", "fiction", "game", "sport_knock", "sport_injury"),
    ),
    # ... pills put by, with an end or nobody who would notice ("mums sleeping tablets
    # saved up in my kit bag. nobody would even notice"): a team or a kit bag named
    # beside it spares nothing
    Rule(
        K.self_harm,
        ("hoard", "pills", "unnoticed|gone_unseen|end_it|cant_anymore"),
        within=30,
        unless=("fiction", "medical"),
    ),
    # ... a height checked beside an end ("se sabato perdo la finale la faccio finita,
    # ho già guardato quanto è alto il ponte"); not a bridge measured in physics
    Rule(
        K.self_harm,
        ("checked_height", "end_it|cant_anymore|self_harm|die|not_be_here|unnoticed"),
        within=30,
        # (a chess final lost is the reason, no game's jump)
        unless=("fiction",),
    ),
    # ... not waking up and not caring, told of a challenge or pills ("if i didnt
    # wake up i wouldnt even care", "au pire je me réveille pas et franchement ça
    # m'irait"); not a lie-in at the weekend ("if i dont wake up before noon on
    # saturday i dont care")
    Rule(
        K.self_harm,
        ("no_wake", "wouldnt_care"),
        within=12,
        unless=("fiction", "wake_routine", "sleep_in"),
    ),
    # Rounds 112 and 113, the family circle. Said to stab someone, with a knife, a
    # time or "I mean it" ("next time he's outside our flat I'm taking the big
    # knife from the kitchen drawer and I'm stabbing him"): the kitchen that
    # spares a knife elsewhere spares nothing here
    Rule(
        K.violence,
        ("stab_intent", "sharp_weapon|earnest|mean_it|when_later"),
        within=30,
        unless=("fiction", "game", "joke_mark", "food_cut"),
    ),
    # A child locked in by a carer, with no food or left alone ("his girlfriend
    # shuts me in the little room when they go out and theres no food til sunday")
    # ... or with a bottle of water for the weekend ("elle me ferme à clé dans ma
    # chambre avec juste une bouteille d'eau", rounds 114 and 115)
    Rule(
        K.disclosure,
        ("shut_in", "no_food|alone|young_age|gone_days|only_water"),
        within=30,
        unless=("fiction", "game"),
    ),
    # Hurting oneself as the only thing that quiets the head ("ritz ich wieder ...
    # nur dann ist es in meinem kopf kurz still")
    Rule(
        K.self_harm,
        ("quiet_head", "self_harm|cut_verb|cuts_word|harm_verb|burn_again"),
        within=30,
        unless=("fiction", "cooking"),
    ),
    # An adult of the house who comes into the bathroom at shower time, with a door
    # locked, "it's normal" or nobody to tell ("my host dad keeps coming into the
    # bathroom when im in the shower ... i dont know who to tell"); not a bathroom rota
    Rule(
        K.disclosure,
        ("comes_in", "in_shower", "carer|host_parent|kin_man", "lock|who_to_tell|says_normal"),
        within=40,
        unless=("fiction",),
    ),
    # ... a coach or a carer who gets into the child's bed while the others sleep
    # ("il se met dans mon lit quand les autres dorment"); not a little sister
    # scared of the storm
    Rule(
        K.disclosure,
        ("into_my_bed|comes_to_bed", "carer|kin_man", "others_asleep|who_to_tell"),
        within=30,
        unless=("fiction", "scared_little"),
    ),
    # A wait for someone that ends on a stretcher, after a match or not ("vamos a
    # esperarle ... va a salir de allí en ambulancia", of a referee): the match is
    # where, no game's play; not a first-aid drill, nor a game's ambush laughed at
    # ("in fortnite we wait for him at the bridge, he leaves on a stretcher lol")
    Rule(
        K.violence,
        ("lie_in_wait", "stretcher"),
        within=25,
        unless=("fiction", "first_aid", "respawn", "joke_mark"),
    ),
    # ... a relative who touches and pays for silence or leaves the child with
    # nobody to tell ("mi tío me toca ... me pasa gemas para que no diga nada")
    Rule(
        K.disclosure,
        ("touches_me", "kin_man|carer", "buys_silence|who_to_tell"),
        within=30,
        unless=("fiction",),
    ),
    # ... a man online who knows where the child lives and wants pictures ("he nos
    # were i live and he will come if i dont send him pics"); not a lesson's warning
    Rule(
        K.disclosure,
        ("knows_my_home", "photo|send", "grown_up|net_place|platform"),
        within=30,
        unless=("fiction", "safety_lesson"),
    ),
    # ... a parent gone for days, the child fed only elsewhere or nobody home ("mamma
    # sparisce per giorni e io mangio solo quello che mi danno dopo l'allenamento")
    Rule(
        K.disclosure,
        ("parent_vanishes", "fed_elsewhere|no_food"),
        within=30,
        unless=("fiction", "game"),
    ),
    # Rounds 112 and 113, injuries, drills, rotas and lessons used as cover. Cuts
    # passed off as a fall at sport, then said untrue, with a blade or "I do it"
    # ("die Schnitte sind vom Sturz beim Hockey. Sind sie nicht. Ich mach das
    # abends mit einer Rasierklinge"): the sport named is the cover, no veto
    Rule(
        K.self_harm,
        (
            "cuts_word|skin_spot|body_spot",
            "cover_untrue|not_from_sport",
            "sh_tool|blades|own_doing",
        ),
        within=30,
        unless=("fiction",),
    ),
    # ... a man of the house who opens the bathroom door on the child again and
    # again, with an excuse, a stare or a lock ("le père entre à chaque fois que je
    # suis sous la douche ... et il regarde", "apre sempre la porta 'per sbaglio'
    # ... ha chiuso a chiave"); the rota it happens in spares nothing
    Rule(
        K.disclosure,
        (
            "comes_in|opens_door",
            "in_shower|bathroom_word",
            "carer|host_parent|kin_man",
            "intrudes_again|lock",
        ),
        within=30,
        unless=("fiction", "scared_little"),
    ),
    # ... a wish never to come back up, after a breath-holding game at the pool
    # ("zostać na dnie i już nie wypłynąć ... nie chcę się rano budzić"); not a
    # diver in a game
    Rule(
        K.self_harm,
        ("stay_under", "i_want|dont_want|no_wake|cant_anymore"),
        within=20,
        unless=("fiction", "game"),
    ),
    # ... a coach or a carer who touches under the swimsuit and calls it part of a
    # drill, with silence asked or the child unhappy ("que me toque por debajo del
    # bañador para corregir la postura ... que no se lo cuente a nadie")
    Rule(
        K.disclosure,
        ("under_swimsuit", "carer|kin_man", "told_not_tell|dislike_it|touches_me|says_normal"),
        within=40,
        unless=("fiction",),
    ),
    # Rounds 114 and 115, babysitters and host families. A "game" in the bath
    # that a carer calls secret ("the babysitter says we play the bath game and
    # it's secret, I don't like it", "on fait le jeu du bain et c'est un secret");
    # not a bath toy's game with no secret kept
    Rule(
        K.disclosure,
        ("bath_game", "secret|secret_strong", "carer|babysitter|dislike_it"),
        within=30,
        unless=("fiction",),
    ),
    # ... a man of the house who comes into the bathroom though the child locks
    # it, with a key of his own ("obwohl ich abschließe, er hat einen Schlüssel",
    # "anche se chiudo, ha la chiave"); not a house rule that keeps a key for
    # emergencies, with no lock said undone
    Rule(
        K.disclosure,
        (
            "though_locked",
            "comes_in|opens_door|has_key",
            "in_shower|bathroom_word",
            "carer|host_parent|kin_man",
        ),
        within=40,
        unless=("fiction", "scared_little"),
    ),
    # Rounds 114 and 115, a lesson, a bruise and a practice used as cover. The
    # writer's own cutting done last night again, or not to be stopped, after a
    # lesson on self-harm with the nurse ("i cut my thighs last night again", "je
    # me suis encore coupée ... j'arrive plus à arrêter"): the lesson's nurse and
    # the class laughing are no accident's words there
    Rule(
        K.self_harm,
        ("cut_lately", "cut_limb|self_harm|reflexive>>harm_verb"),
        within=16,
        unless=("fiction", "cooking", "tech_glitch", "game"),
    ),
    # ... a bruise said to be from training, then the truth: an adult's blow ("der
    # blaue Fleck ist vom Training. In Wahrheit hat mich der Trainer ... gegen die
    # Wand gehauen"); the sport named is the cover, no knock in a match
    Rule(
        K.disclosure,
        (
            "skin_spot|body_spot|bruise|bruise_mark|cover_story",
            "in_truth",
            "struck_me|pushed_me|hurts_me",
        ),
        within=30,
        unless=("fiction",),
    ),
    # ... a practice named, then a wait for a boy who "won't come home in one piece"
    # or "is getting his legs done" ("aspettiamo Samuele ... non torna a casa
    # intero"): a practice spares only the practice, not a wait after it
    Rule(K.violence, ("we_wait|lie_in_wait", "not_whole"), within=30, unless=("fiction",)),
    # ... and a wait for the reader with a knife or a blade brought, a match named
    # or not ("after the return match well be waiting by your coach. bringing a
    # blade", "czekamy na ciebie ... biorę nóż", rounds 116 and 117)
    Rule(
        K.violence,
        ("sharp_weapon", "we_wait|wait_group|lie_in_wait|lying_in_wait|waiting_for_you"),
        within=30,
        unless=("fiction", "cooking", "food_cut", "weapon_ok"),
    ),
    # ... and the bats kept after the practice for a wait in a hidden place ("on
    # garde les battes et on attend Yanis ... derrière le portail du gymnase")
    Rule(
        K.violence,
        ("keep_bats", "we_wait|lie_in_wait", "hidden_spot"),
        within=25,
        unless=("fiction",),
    ),
    # Rounds 116 and 117, one-to-one support and the hospital: tablets saved up
    # ("i have been saving my pain tabs ... i think ill take them on friday") are
    # the rule of hoarded pills above; one's own medicine stopped or thrown away
    # and a heart that may stop ("ho smesso di prendere le medicine per il cuore
    # ... se il cuore si ferma pazienza"); not a medicine stopped as the doctor said
    Rule(
        K.self_harm,
        ("skip_meds", "heart_stop|die|never_wake|might_die|not_waking"),
        within=30,
        unless=("fiction", "medical"),
    ),
    # ... one's dose doubled on purpose, or the whole pack to come ("pris 2 fois ma
    # dose de ritaline exprès ... demain je prend toute la boite")
    Rule(
        K.self_harm,
        ("double_dose", "on_purpose|whole_pack|self_intent"),
        within=30,
        unless=("fiction", "medical"),
    ),
    Rule(
        K.self_harm,
        ("whole_pack", "pills", "on_purpose|cant_anymore|self_intent|when_later"),
        within=30,
        unless=("fiction", "medical"),
    ),
    # ... food hidden or thrown away until thin enough to die ("tirando la comida
    # del hospital al váter. si adelgazo lo suficiente a lo mejor me muero")
    Rule(
        K.self_harm,
        ("not_eating", "thin_enough", "die|never_wake|not_waking|might_die"),
        within=40,
        unless=("fiction",),
    ),
    # ... one's own skin burnt with a lighter ("mi brucio le braccia con l'accendino
    # la sera"); not a burn from the oven or by accident
    Rule(
        K.self_harm,
        ("burn_tool", "hurt_self", "body_spot|on_my_body|skin_spot"),
        within=16,
        unless=("fiction", "accident", "cooking"),
    ),
    # ... a driver's hand on the child and "nobody will believe you" ("me pone la
    # mano en el muslo y mas arriba. dice que nadie me va a creer"), or a touch the
    # child does not want ("fasst mich beim anschnallen immer an der brust an ...
    # dass ich das nicht will")
    Rule(
        K.disclosure,
        ("wont_believe", "hand_on_me|touching_me"),
        within=30,
        unless=("fiction",),
    ),
    Rule(K.disclosure, ("touching_me", "not_wanted"), within=30, unless=("fiction", "game")),
    # ... a parent gone for the weekend and the child shut in ("mi madre se va el
    # finde y me deja encerrada en mi cuarto")
    Rule(
        K.disclosure,
        ("shut_in", "away_weekend"),
        within=30,
        unless=("fiction", "game"),
    ),
)
# Read in the lexicon's second pass, only once a rule above is in play.
CONTEXT = frozenset(
    {
        "leaving",
        "replaced",
        "medical",
        "treasured",
        "tighten",
        "accident",
        "fiction",
        "game",
        "carer",
        "on_purpose",
        "too_many",
        "took",
        "living",
        "harm",
        "bring_weapon",
        "watch_out",
        "cooking",
        "hurt_self",
        "cant_anymore",
        "i_wrote",
        "height",
        "when_later",
        "i_me",
        "better",
        "harm_verb",
        "reflexive",
        "notice",
        "me_obj",
        "intimate",
        "end_it",
        "days_long",
        "dont_want",
        "sleep_verb",
        "early",
        "wont_need",
        "near_here",
        "blames_me",
        "moving_away",
        "hidden",
        "i_stood",
        "rail_delay",
        "cut_off_me",
        "made_me",
        "didnt_want",
        "schoolwork",
        "weapon_ok",
        "sport_knock",
        "threat_place",
        "letter_left",
        "childproof",
        "thrown_thing",
        "hidden_sign",
        "kept_home",
        "view_from",
        "embarrassed",
        "hard_work",
        "spoiler",
        "respawn",
        # Rounds 94 and 95, newsroom
        "closed_room",
        "lying_in_wait",
        "go_jump",
        "careful",
        "lost_found",
        # Rounds 100 and 101, play and its cover
        "shoot_play",
    }
)
