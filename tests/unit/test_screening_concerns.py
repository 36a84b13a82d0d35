"""Screening, case by case, for what issue reports showed getting through.

Grooming and secrecy, phone numbers written to evade, platform nicknames,
insults aimed at a person, masked and inflected words, and the harder
addresses, in each of the six languages. Rows are ``(id, text, kind)``: each
text is held (or refused) at the default level with ``kind`` among its
findings. The harmless counterpart is ``test_screening_harmless.py``.
"""

from __future__ import annotations

import pytest

from twinspace.moderation.screening import Kind, Screener, Verdict

Case = tuple[str, str, str]

EN: list[Case] = [
    ("en-meet-in-person", "we should meet in person, just the two of us", "meeting"),
    ("en-meet-my-place", "come over to my place on saturday, my mum is out", "meeting"),
    ("en-pickup", "I can pick you up after school, I have a car", "meeting"),
    ("en-photo-of-you", "can you send me a pic of yourself?", "photo_request"),
    ("en-photo-your", "send me your selfie pls", "photo_request"),
    ("en-photo-pyjamas", "show me a photo in your pyjamas", "photo_request"),
    ("en-wearing", "what r u wearing right now", "photo_request"),
    ("en-number", "what's your phone number? I'll text you", "private_contact"),
    ("en-private", "let's chat in private, somewhere else", "private_contact"),
    ("en-your-snap", "what's your snap?", "private_contact"),
    ("en-gift-robux", "I'll give you 800 robux, just say yes", "gift_offer"),
    ("en-gift-credit", "want free phone credit? I can top up your phone", "gift_offer"),
    ("en-alone", "are you home alone tonight?", "personal_question"),
    ("en-parents", "are your parents at work?", "personal_question"),
    ("en-age-flattery", "how old are you? you seem mature for your age", "personal_question"),
    ("en-address-ask", "what's your address? I want to send you something", "personal_question"),
    ("en-secret", "keep this between us ok", "secrecy"),
    ("en-dont-tell", "don't tell your teacher we talk", "secrecy"),
    ("en-delete", "delete our messages after you read them", "secrecy"),
    ("en-phone-words", "my number is oh seven nine one one, one two three four five six", "phone"),
    ("en-phone-double", "zero seven nine double one, one two three, four five six", "phone"),
    ("en-phone-mixed", "ring me on 347 one two three 4567", "phone"),
    ("en-phone-intl-spaces", "+44 7911 123 456", "phone"),
    ("en-phone-intl-dots", "+39.347.123.4567", "phone"),
    ("en-handle-sc", "sc: tom_ross12", "social_handle"),
    ("en-handle-ig", "ig tommy.b_2011", "social_handle"),
    ("en-handle-discord-tag", "add me tommy#4521", "social_handle"),
    ("en-handle-after", "tommy_b12 on snap", "social_handle"),
    ("en-aimed-stupid", "you are so stupid", "rude"),
    ("en-aimed-ugly", "ur ugly and fat", "rude"),
    ("en-masked", "sh*t happens", "rude"),
    ("en-masked-digit", "b1tch", "rude"),
    ("en-address-flat", "I live at flat 4, 12 Elm Grove, LS6 2AB", "address"),
    ("en-self-harm", "sometimes i think everyone would be better off without me", "self_harm"),
    ("en-disclosure", "my uncle touches me when we are alone and i dont like it", "disclosure"),
    ("en-violence", "say that again and i'll break your nose", "violence"),
    ("en-isolation", "your friends are fake, they talk about you behind your back", "isolation"),
    # round 29's families
    (
        "en-threat-hammer",
        "bringing my uncle's hammer tomorrow, he's getting it behind the gym",
        "violence",
    ),
    (
        "en-threat-air-rifle",
        "i've got my brother's air rifle, see you on the bus tonight mate",
        "violence",
    ),
    (
        "en-threat-break-legs",
        "if he grasses again we'll break his legs, tell him that",
        "violence",
    ),
    (
        "en-self-harm-high-enough",
        "went up to the top floor of the car park to see if it's high enough",
        "self_harm",
    ),
    (
        "en-self-harm-gun",
        "i wrote a letter to my mum and i know where dad keeps the gun",
        "self_harm",
    ),
    (
        "en-self-harm-nails",
        "i keep digging my nails into my arms until it stops hurting inside",
        "self_harm",
    ),
    (
        "en-disclosure-fridge",
        "dad locks the fridge at night so i can't eat anything till morning",
        "disclosure",
    ),
    (
        "en-disclosure-thrown",
        "my stepdad threw a plate at me last night when he got home",
        "disclosure",
    ),
    (
        "en-disclosure-asked-for-it",
        "my brother punched me again and mum said i asked for it",
        "disclosure",
    ),
    (
        "en-disclosure-sleep-photos",
        "my uncle takes pictures of me when i'm asleep, i saw them on his phone",
        "disclosure",
    ),
    (
        "en-disclosure-siblings",
        "i look after my little brothers every day now, i haven't been to school since march",
        "disclosure",
    ),
    (
        "en-meet-secluded",
        "meet me on the industrial estate on sunday for your practice, just us",
        "meeting",
    ),
    (
        "en-door-question",
        "on the camp do you lock your door at night or do you sleep alone?",
        "personal_question",
    ),
    ("en-handle-joined", "my insta is sunny then cake then 12, all one word", "private_contact"),
    ("en-threat-wait", "ill be waiting for u outside, bringing the knuckle duster", "violence"),
    (
        "en-handle-recipe",
        "find me on tiktok, it's my dogs name plus my birth year",
        "private_contact",
    ),
    # round 31's families
    (
        "en-delivery-after-hours",
        "its the courier from this morning, i'll come round after my shift, use the back door so"
        " nobody sees",
        "meeting",
    ),
    (
        "en-plumber-parents-away",
        "the plumber here, ill pop round tonight while ur mum works nights, just u and me",
        "meeting",
    ),
    (
        "en-private-rehearsal-home",
        "for your audition you need private lessons at my flat, come alone on saturday",
        "meeting",
    ),
    (
        "en-extra-lesson-secret",
        "the extra lessons are our thing, don't tell your parents or the others in the club",
        "secrecy",
    ),
    (
        "en-utilities-cut",
        "they cut off our electricity two weeks ago, we eat cold beans in the dark",
        "disclosure",
    ),
    (
        "en-gambling-rent",
        "dad lost the rent on slot machines again and now we have no food",
        "disclosure",
    ),
    (
        "en-left-alone-night",
        "my mum leaves me on my own at night when she goes out, im 7",
        "disclosure",
    ),
    (
        "en-depressed-parent",
        "mum has depression and never gets out of bed, i do all the shopping and cook for my"
        " brother",
        "disclosure",
    ),
    (
        "en-peer-sibling",
        "my friends older brother pushed me against the lockers and said next time he'll break my"
        " arm",
        "disclosure",
    ),
    (
        "en-pill-challenge",
        "doing the pill challenge tonight with nans tablets, see who takes the most",
        "self_harm",
    ),
    (
        "en-phone-riddle",
        "my number is 07, then the year the war ended, then my age twice",
        "private_contact",
    ),
    ("en-email-at-sign", "mail me at skatergirl12 at sign outlook dot com", "email"),
    # round 30's families
    (
        "en-threat-gang-initiation",
        "to get in the gang i have to prove myself, friday i'm doing him with a bike chain",
        "violence",
    ),
    (
        "en-threat-hair-alight",
        "tomorrow at the bus stop i'm gonna set her hair on fire, got a lighter ready",
        "violence",
    ),
    (
        "en-threat-stabbed-bus",
        "he's getting stabbed on the school bus tomorrow, the olders said so",
        "violence",
    ),
    (
        "en-meet-stay-on-bus",
        "stay on the bus after your stop tomorrow, just the two of us to the depot",
        "meeting",
    ),
    ("en-phone-pipes", "text me 07700 | 900 | 461", "phone"),
    (
        "en-handle-digit-letter",
        "my snap is moonpie but with a zero for the o, then 11",
        "private_contact",
    ),
    ("en-contact-mumble", "lets move to mumble, no teachers on there", "private_contact"),
    (
        "en-disclosure-hanger",
        "when i spill anything my stepmum hits me with a coat hanger",
        "disclosure",
    ),
    (
        "en-disclosure-garage",
        "since my brother was born dad makes me sleep in the garage",
        "disclosure",
    ),
    (
        "en-self-harm-hit-legs",
        "every time i eat too much i hit my legs with a hairbrush till it goes purple",
        "self_harm",
    ),
    (
        "en-self-harm-scratch",
        "every time i eat i scratch my legs with a comb until they bleed, nobody knows",
        "self_harm",
    ),
    # round 32's families
    (
        "en-selfharm-stitches",
        "i keep pulling my stitches out at night so it doesnt heal, nobody knows",
        "self_harm",
    ),
    (
        "en-selfharm-cigarette",
        "i stub cigarettes out on my leg where my shorts cover it",
        "self_harm",
    ),
    (
        "en-selfharm-lake",
        "googled how deep the lake is behind the estate, i'm going to keep walking in on sunday",
        "self_harm",
    ),
    (
        "en-selfharm-roof",
        "was on the car park roof last night thinking about jumping, next time i'll jump",
        "self_harm",
    ),
    (
        "en-selfharm-scheduled",
        "i scheduled a text to my mum for monday, when they read it ill be gone",
        "self_harm",
    ),
    (
        "en-disclosure-steal",
        "my uncle makes me shoplift for him and if i come back with nothing he locks me out",
        "disclosure",
    ),
    (
        "en-disclosure-carer",
        "i look after my sister who cant walk every night, i do her meds, mum is never home",
        "disclosure",
    ),
    (
        "en-disclosure-pet",
        "dad kicked my dog because i forgot the bins and said next time its me",
        "disclosure",
    ),
    (
        "en-disclosure-shoes",
        "my stepdad hides my shoes so i can't go out, i only go to school when he feels like it",
        "disclosure",
    ),
    (
        "en-disclosure-lookout",
        "my cousin's lot make me keep watch by the garages at night",
        "disclosure",
    ),
    (
        "en-disclosure-extremist",
        "a guy online sends me videos of people being killed and wants me at their meeting",
        "disclosure",
    ),
    (
        "en-threat-drown",
        "tell ryan we'll hold his head under at the canal after school",
        "violence",
    ),
    (
        "en-threat-run-over",
        "tell her i'm gonna run her over on the way home, i mean it",
        "violence",
    ),
    (
        "en-secrecy-late-story",
        "if your dad asks say you missed the bus, what we do stays with us",
        "secrecy",
    ),
    (
        "en-meet-persona",
        "the vtuber you watch every night, thats me, actually im 34, lets meet at the station",
        "meeting",
    ),
    (
        "en-contact-second-number",
        "text my second number tonight, not the team chat",
        "private_contact",
    ),
    (
        "en-personal-bath",
        "do you still have baths with your mum or on your own now?",
        "personal_question",
    ),
    ("en-meet-stable", "stay behind in the stables with me when everyone has left", "meeting"),
    ("en-isolation-them-or-me", "you keep seeing them so choose, it's them or me", "isolation"),
    ("en-phone-keypad", "my number is 07 and then spell CAKE on the keypad", "private_contact"),
    # round 33's families: a handle spelt with words for its dot or underscore
    (
        "en-handle-spelt-dot",
        "on tiktok im rainbow dot lily 2012, follow me there",
        "social_handle",
    ),
    (
        "en-handle-spelt-underscore",
        "find me on insta as skater underscore jack zero nine",
        "social_handle",
    ),
    # round 33's families: a spare key, a quiet spot, after closing, shirtless, a firework,
    # acid, a plan, a parent gone, filmed in the shower
    (
        "en-meeting-spare-key",
        "here is the spare key, come in the back way on monday and wait for me inside",
        "meeting",
    ),
    (
        "en-meeting-quiet-spot",
        "we could walk the dog to a quiet spot by the river where nobody goes",
        "meeting",
    ),
    (
        "en-meeting-works-after-closing",
        "i work at the climbing wall, after closing you can climb free, just the two of us",
        "meeting",
    ),
    (
        "en-photo-shirtless",
        "film yourself doing flips on the trampoline without a shirt",
        "photo_request",
    ),
    (
        "en-violence-firework",
        "tonight we're shoving a banger through her letterbox",
        "violence",
    ),
    (
        "en-violence-acid",
        "we're gonna throw acid in his face after school",
        "violence",
    ),
    (
        "en-selfharm-plan-peace",
        "i've got a plan for saturday, then everyone will be rid of me",
        "self_harm",
    ),
    (
        "en-disclosure-gone-fridge",
        "my parents went away for the weekend, im alone with my sister and theres nothing in the"
        " fridge",
        "disclosure",
    ),
    (
        "en-disclosure-gone-since",
        "dad left on tuesday and still hasnt come back, we eat crisps",
        "disclosure",
    ),
    (
        "en-disclosure-filmed-shower",
        "my stepdad secretly filmed me in the shower",
        "disclosure",
    ),
    # round 33's families: waiting for someone at the exit to beat them up
    (
        "en-violence-wait-exit",
        "we'll wait for her at the exit and beat her up, she had it coming",
        "violence",
    ),
    # round 34's families: a tool as a weapon, a fridge locked, the power cut off, a drunk carer
    # driving
    (
        "en-violence-tool-screwdriver",
        "tomorrow i'll stab the screwdriver into his neck, swear",
        "violence",
    ),
    (
        "en-violence-tool-spanner",
        "after school i'm smashing the spanner into his face",
        "violence",
    ),
    (
        "en-disclosure-fridge-padlock",
        "my stepdad put a padlock on the fridge so we can't eat between meals",
        "disclosure",
    ),
    (
        "en-disclosure-power-cut",
        "the heating has been cut off and me and my brother are freezing at home alone",
        "disclosure",
    ),
    (
        "en-disclosure-drunk-drives",
        "dad drinks in the evening and then drives us home from my nan's",
        "disclosure",
    ),
    (
        "en-disclosure-drunk-sofa",
        "mum is lying drunk on the sofa again and i take my brothers to school without breakfast",
        "disclosure",
    ),
    # round 34's families: a place shut or without cameras, a parent left out, a night at an
    # allotment, a second phone, a boyfriend asked about, trouble for the two, a handle after 'snap
    # is'
    (
        "en-meet-before-opening",
        "come to the stables before it opens, just you and me",
        "meeting",
    ),
    (
        "en-meet-no-cameras",
        "free lesson on the back court, the one with no cameras, sunday at 8",
        "meeting",
    ),
    (
        "en-meet-locked-in",
        "come to the garage after 8, i'll pull the shutter down and you can try the bike",
        "meeting",
    ),
    (
        "en-meet-mum-neednt-know",
        "extra training on saturday, just us on the mat, your mum needn't know",
        "meeting",
    ),
    (
        "en-meet-allotment-night",
        "i'll show you the stars from my allotment friday, you can stay the night",
        "meeting",
    ),
    (
        "en-contact-second-phone",
        "i'll give you my second phone, only my number is in it",
        "private_contact",
    ),
    (
        "en-question-boyfriend",
        "have you got a boyfriend? how far have you gone?",
        "personal_question",
    ),
    (
        "en-secrecy-both-trouble",
        "don't tell the tutor, you'd get us both in trouble",
        "secrecy",
    ),
    (
        "en-handle-snap-is-dot",
        "snap is tom dot aces zero nine",
        "social_handle",
    ),
    # round 35's families: a household object as a weapon against a named person
    (
        "en-violence-household-stapler",
        "in maths i'll staple his hand to the desk with the big stapler",
        "violence",
    ),
    (
        "en-violence-household-kettle",
        "i'm gonna smash the kettle over the head of jake till he bleeds",
        "violence",
    ),
    # round 35's families: burns by an adult, a door nailed shut, days alone, the heating
    # off, steam, a compass point, tablets kept
    (
        "en-disclosure-burn-iron",
        "my stepdad held the iron on my hand cos i was late",
        "disclosure",
    ),
    (
        "en-disclosure-door-nailed",
        "mum nailed my bedroom door and only lets me out for school",
        "disclosure",
    ),
    (
        "en-disclosure-days-alone",
        "dad leaves me alone for days and there s nothing to eat",
        "disclosure",
    ),
    (
        "en-disclosure-heating-bed",
        "the heating is off and we re freezing, mum just lies in bed",
        "disclosure",
    ),
    (
        "en-selfharm-steam",
        "i put my hand over the kettle till it burns, it calms me",
        "self_harm",
    ),
    (
        "en-selfharm-compass",
        "in science i scratch my legs with the compass point under the desk",
        "self_harm",
    ),
    (
        "en-selfharm-tablets",
        "i hid nan's painkillers in my drawer, gonna take them all tonight",
        "self_harm",
    ),
    # round 35's families: a door left open at night, a venue after the lights go off, a
    # lifeguard tower, a cover story, vanishing messages, a provider said in two words
    (
        "en-meeting-door-open",
        "the sports hall is empty tonight, i ll leave the back door open for you",
        "meeting",
    ),
    (
        "en-meeting-lifeguard",
        "meet me at the lifeguard tower at night, nobody s on the beach",
        "meeting",
    ),
    (
        "en-secrecy-cover-teacher",
        "if miss asks, say you were at the library with me",
        "secrecy",
    ),
    (
        "en-contact-vanishing",
        "get telegram, the messages disappear there so its safer",
        "private_contact",
    ),
    (
        "en-email-spaced-provider",
        "write to me at jo smith at hot mail dot com",
        "email",
    ),
    # round 36's families: any object to hand smashed or thrown at a named person's head or face
    (
        "en-violence-object-skateboard",
        "tomorrow i'll bring my skateboard and smash sam's face in with it",
        "violence",
    ),
    (
        "en-violence-object-dumbbell",
        "i'm gonna throw my dumbbell at his head when he walks past",
        "violence",
    ),
    # round 36's families: going to the railway tracks with 'I can't go on', and 'end it all'
    (
        "en-self-harm-tracks-tonight",
        "going down to the train tracks tonight, i cant go on anymore",
        "self_harm",
    ),
    # round 36's families: a venue after the last session or when everyone has gone, the adult with
    # the key; a viewing tower after dark
    (
        "en-meeting-last-show-key",
        "after the last show everyone s gone and i lock up, come up to the booth",
        "meeting",
    ),
    (
        "en-meeting-lookout-tower-dark",
        "lets climb the lookout tower after dark, itll be romantic",
        "meeting",
    ),
    # round 36's families: an adult asking about sleeping in a parent's bed and the child's
    # underwear; a video while changing; a child shut out on a balcony in the cold
    (
        "en-personal-parent-bed",
        "do u still sleep with ur mum at night? u can tell me",
        "personal_question",
    ),
    ("en-personal-underwear", "what knickers are you wearing today, tell me", "personal_question"),
    (
        "en-photo-changing-after-pe",
        "record yourself while ur changing after pe and send it",
        "photo_request",
    ),
    (
        "en-disclosure-balcony",
        "dad locked me out on the balcony for hours in the snow again",
        "disclosure",
    ),
    # round 36's families: a handle spelt with a spoken dot after the platform's colon, or 'without
    # the at'
    ("en-handle-colon-spoken-dot", "my tiktok: river dot jay 12, without the at", "social_handle"),
    # rounds 39 to 41's families: a platform named by its logo with "add me"; a video while
    # changing asked as thanks; a bra asked about; "not a word to" a named adult; an age with the
    # street; photos in the child's room and without a garment; parents who work late and a
    # visit; and, beside the false holds' vetoes, a means after "killing myself with study" and
    # the child's own number beside a company's
    (
        "en-contact-ghost-app",
        "too many eyes in here. get the app with the ghost and add me, im skater_mo",
        "private_contact",
    ),
    (
        "en-photo-video-changing-thanks",
        "i did ur whole project for u... so as a thank u send me a video of you getting changed?",
        "photo_request",
    ),
    (
        "en-personal-bra",
        "do you wear a bra yet? just asking, my niece is your age",
        "personal_question",
    ),
    ("en-secrecy-not-a-word", "what we have is just us two. not a word to mrs hill ok?", "secrecy"),
    (
        "en-personal-age-street",
        "how old r u, 9 or 10? which street do u live on?",
        "personal_question",
    ),
    (
        "en-photo-room-without",
        "send me some pics of you in your room, and a couple without the hoodie so i see the fit",
        "photo_request",
    ),
    (
        "en-meeting-parents-late-drop-by",
        "do your parents work late on tuesday? i'll drop by yours at 5 and help with science",
        "meeting",
    ),
    (
        "en-self-harm-study-then-pills",
        "killing myself with revision lol. no actually i'm going to kill myself with "
        "mum's pills tonight",
        "self_harm",
    ),
    (
        "en-contact-own-number-beside-company",
        "send me your number, the bus company number is on the letter anyway",
        "private_contact",
    ),
    # rounds 42 and 43's families: a hot tool, energy drinks, a cord, a bag, the snow; kneeling on
    # grains, made to touch, the hob, left for days; meetings in code, a deep sleeper, a club chat,
    # a trip paid; an object and "till he can't get up"; a map's plus code, an estate in words
    ("en-burn-tool", "i pressed the glue gun on my arm again last night, 3 burns now", "self_harm"),
    (
        "en-energy-drinks",
        "how many energy drinks does it take for your heart to stop? i've got 8 under my bed",
        "self_harm",
    ),
    (
        "en-cord-pulled",
        "tied my school lanyard round my neck in the loo and pulled, i nearly didnt stop",
        "self_harm",
    ),
    (
        "en-bag-head",
        "put a plastic bag over my head last night and held it till i got dizzy",
        "self_harm",
    ),
    (
        "en-snow-sleep",
        "i want to lie down in the snow behind the garages and fall asleep, they say nothing "
        "hurts then",
        "self_harm",
    ),
    (
        "en-kneel-grains",
        "mum makes me kneel on rice in the corner for an hour when i get a bad mark, my knees "
        "are bruised",
        "disclosure",
    ),
    (
        "en-made-to-touch",
        "my mum's friend makes me touch him when she goes out and says its our game",
        "disclosure",
    ),
    ("en-hob", "my stepdad held my hand on the hob because i ate his chips", "disclosure"),
    (
        "en-left-days",
        "my parents left me alone for 3 days to go to a festival, there's nothing to eat",
        "disclosure",
    ),
    (
        "en-meetings-code",
        "write our meetings in code in your planner so your mum can't read them",
        "secrecy",
    ),
    (
        "en-deep-sleeper",
        "do you sleep alone or with your sister? is she a heavy sleeper?",
        "personal_question",
    ),
    (
        "en-club-chat",
        "message me in the clan chat instead, no teacher reads that",
        "private_contact",
    ),
    (
        "en-trip-paid",
        "i'll pay for your train ticket, just travel with me to london for the weekend",
        "gift_offer",
    ),
    (
        "en-object-cant-get-up",
        "bring your dad's rolling pin, we'll batter him behind the shops till he can't get up",
        "violence",
    ),
    (
        "en-address-plus-code",
        "my house on maps is 9C3W+QF Leeds, come round after school",
        "address",
    ),
    # round 43's phone told a digit at a time with a word between, beside a word of calling
    ("en-phone-word-between-digits", "call 0 me 7 on 7 my 0 new 0 number 9 0 0 1 2 3", "phone"),
]

IT: list[Case] = [
    ("it-meet-persona", "vediamoci di persona, solo noi due", "meeting"),
    ("it-meet-casa", "vieni a casa mia sabato, i miei non ci sono", "meeting"),
    ("it-pickup", "ti vengo a prendere fuori da scuola", "meeting"),
    ("it-photo", "mandami una foto di te", "photo_request"),
    ("it-photo-tua", "fammi vedere una tua foto", "photo_request"),
    ("it-wearing", "cosa indossi adesso?", "photo_request"),
    ("it-number", "dammi il tuo numero di cellulare", "private_contact"),
    ("it-private", "scrivimi in privato", "private_contact"),
    ("it-gift", "ti faccio una ricarica se vuoi", "gift_offer"),
    ("it-robux", "vuoi dei robux gratis?", "gift_offer"),
    ("it-alone", "sei sola a casa?", "personal_question"),
    ("it-parents", "quando tornano i tuoi genitori?", "personal_question"),
    ("it-age", "quanti anni hai? sembri più grande", "personal_question"),
    ("it-secret", "è il nostro segreto", "secrecy"),
    ("it-dont-tell", "non dirlo alla prof", "secrecy"),
    ("it-delete", "cancella la chat dopo", "secrecy"),
    (
        "it-phone-words",
        "il mio numero: tre quattro sette, uno due tre, quattro cinque sei sette",
        "phone",
    ),
    (
        "it-phone-compound",
        "trecentoquarantasette centoventitre quarantacinque sessantasette",
        "phone",
    ),
    ("it-phone-doppio", "tre quattro otto doppio cinque, uno due tre quattro sei", "phone"),
    ("it-phone-slash", "347/123/4567", "phone"),
    ("it-handle-ig", "ig: giulia_rossi07", "social_handle"),
    ("it-handle-after", "giulia.r_09 su insta", "social_handle"),
    ("it-aimed", "sei proprio una scema", "rude"),
    ("it-aimed-brutto", "sei brutto e grasso", "rude"),
    ("it-masked", "c*zzo", "abuse"),
    ("it-address-interno", "abito in via Garibaldi 22, 00184 Roma, scala B interno 5", "address"),
    ("it-self-harm", "a volte penso che sarebbe meglio se non ci fossi", "self_harm"),
    ("it-disclosure", "mio zio mi tocca quando siamo soli e non mi piace", "disclosure"),
    ("it-violence", "ridillo e ti rompo il naso", "violence"),
    ("it-isolation", "le tue amiche ti usano, parlano male di te", "isolation"),
    # round 29's families
    (
        "it-threat-martello",
        "domani all'uscita porto il martello di mio zio, vediamo se ride ancora",
        "violence",
    ),
    (
        "it-threat-fucile",
        "ho preso la carabina di mio nonno, stasera sotto casa sua gliela faccio vedere",
        "violence",
    ),
    ("it-threat-gambe", "se fa ancora la spia gli spezziamo le gambe", "violence"),
    (
        "it-self-harm-alto",
        "sono salita sul parcheggio multipiano per vedere se è abbastanza alto",
        "self_harm",
    ),
    (
        "it-self-harm-fucile",
        "ho scritto una lettera alla mamma e so dove papà tiene il fucile",
        "self_harm",
    ),
    (
        "it-self-harm-unghie",
        "mi pianto le unghie nelle braccia finche non smette il dolore dentro",
        "self_harm",
    ),
    (
        "it-disclosure-frigo",
        "il mio patrigno chiude il frigo a chiave e io resto senza cena",
        "disclosure",
    ),
    (
        "it-disclosure-piatto",
        "mio padre ieri sera mi ha tirato un piatto perche ho risposto",
        "disclosure",
    ),
    (
        "it-disclosure-cercata",
        "mio fratello mi ha preso a pugni e mamma dice che me la sono cercata",
        "disclosure",
    ),
    (
        "it-disclosure-foto-sonno",
        "mio zio mi fotografa mentre dormo, ho visto le foto nel suo telefono",
        "disclosure",
    ),
    (
        "it-disclosure-fratellini",
        "devo badare ai miei fratellini tutti i giorni, non vado piu a scuola da ottobre",
        "disclosure",
    ),
    (
        "it-meet-isolato",
        "ci vediamo domenica nella zona industriale per la lezione, solo noi due",
        "meeting",
    ),
    (
        "it-door-question",
        "al campo chiudi la porta a chiave la notte o dormi da sola?",
        "personal_question",
    ),
    (
        "it-handle-attaccato",
        "il mio tiktok è sole poi luna poi 10, tutto attaccato",
        "private_contact",
    ),
    ("it-threat-aspetto", "ti aspetto fuori con il tirapugni di mio cugino", "violence"),
    (
        "it-handle-ricetta",
        "su insta sono il nome del mio gatto piu l'anno di nascita",
        "private_contact",
    ),
    # round 31's families
    (
        "it-delivery-after-hours",
        "sono il corriere di stamattina, passo io dopo il turno, entra dal retro che nessuno vede",
        "meeting",
    ),
    (
        "it-plumber-parents-away",
        "sono l'idraulico, vengo da te stasera che tua mamma lavora di notte, da soli",
        "meeting",
    ),
    (
        "it-private-rehearsal-home",
        "per il provino ti servono lezioni private a casa mia, vieni da sola sabato",
        "meeting",
    ),
    (
        "it-extra-lesson-secret",
        "le lezioni extra sono cosa nostra, non dirlo ai tuoi genitori ne agli altri della squadra",
        "secrecy",
    ),
    (
        "it-utilities-cut",
        "ci hanno staccato la luce da due settimane, mangiamo al buio",
        "disclosure",
    ),
    (
        "it-gambling-rent",
        "papa ha perso l'affitto alle slot e adesso non abbiamo da mangiare",
        "disclosure",
    ),
    (
        "it-left-alone-night",
        "mia mamma mi lascia da sola la notte quando esce, ho 7 anni",
        "disclosure",
    ),
    (
        "it-depressed-parent",
        "mamma ha la depressione e non si alza dal letto, faccio io la spesa e cucino per mio"
        " fratello",
        "disclosure",
    ),
    (
        "it-peer-sibling",
        "il fratello grande della mia amica mi ha spinto contro l'armadietto e ha detto che la"
        " prossima volta mi rompe un braccio",
        "disclosure",
    ),
    (
        "it-pill-challenge",
        "stasera faccio la sfida delle pastiglie con quelle della nonna, vediamo chi ne prende di"
        " piu",
        "self_harm",
    ),
    (
        "it-phone-riddle",
        "il mio numero e 3, poi l'anno in cui e finita la guerra, poi la mia eta due volte",
        "private_contact",
    ),
    ("it-email-at-sign", "scrivimi a ballerina12 chiocciolino libero punto it", "email"),
    # round 30's families
    (
        "it-threat-banda",
        "per entrare nella banda devo spaccare la faccia a uno di terza con la catena",
        "violence",
    ),
    (
        "it-threat-fermata",
        "domani alla fermata gli do fuoco ai capelli, ho l'accendino",
        "violence",
    ),
    (
        "it-meet-capolinea",
        "resta sul pullman fino al capolinea, solo io e te, non lo sa nessuno",
        "meeting",
    ),
    ("it-phone-stelline", "chiamami: tre quattro sette * 12 * ottanta * 99 * 56", "phone"),
    (
        "it-handle-cifra",
        "su insta sono luna ma con un 0 al posto della o e poi 12",
        "private_contact",
    ),
    (
        "it-disclosure-cantina",
        "da quando e nata mia sorella il patrigno mi fa dormire in cantina",
        "disclosure",
    ),
    (
        "it-disclosure-scarpa",
        "se sbaglio i compiti mia madre mi picchia con la scarpa",
        "disclosure",
    ),
    # round 32's families
    (
        "it-selfharm-aghi",
        "la sera mi infilo gli aghi nelle dita, nessuno se ne accorge",
        "self_harm",
    ),
    (
        "it-selfharm-testa",
        "quando sono sola sbatto la testa contro il muro finche mi gira tutto",
        "self_harm",
    ),
    ("it-selfharm-veleno", "ho cercato quanto ci mette il veleno per topi, ora lo so", "self_harm"),
    (
        "it-disclosure-rubare",
        "lo zio mi fa rubare al supermercato e se torno senza niente mi picchia",
        "disclosure",
    ),
    ("it-disclosure-scarpe", "il patrigno mi nasconde le scarpe cosi non esco mai", "disclosure"),
    (
        "it-disclosure-palo",
        "i ragazzi di mio fratello mi fanno fare da palo di notte",
        "disclosure",
    ),
    ("it-threat-strozzo", "di a marco che dopo la partita lo strozzo", "violence"),
    ("it-secrecy-traffico", "se tua madre chiede di che c'era traffico, resta tra noi", "secrecy"),
    (
        "it-contact-numero",
        "scrivimi sul mio secondo numero stanotte, non nel gruppo",
        "private_contact",
    ),
    ("it-isolation-choose", "basta con quelle, scegli: o loro o me", "isolation"),
    ("it-phone-romani", "il mio numero in numeri romani: III IV V, VI VII", "private_contact"),
    (
        "it-disclosure-fratello-disabile",
        "mi occupo da solo di mio fratello disabile, lo giro di notte, non vado a scuola da giorni",
        "disclosure",
    ),
    (
        "it-disclosure-video-estremisti",
        "un tipo su discord mi manda video di gente che uccide e vuole vedermi alla loro riunione",
        "disclosure",
    ),
    (
        "it-meet-vtuber",
        "sono il vtuber che segui, in realta ho 29 anni, ci vediamo di persona sabato?",
        "meeting",
    ),
    # round 33's families: a handle spelt with words for its dot or underscore
    (
        "it-handle-spelt-punto",
        "su insta sono farfalla punto giulia 2010, seguimi",
        "social_handle",
    ),
    (
        "it-handle-spelt-trattino",
        "su tiktok mi trovi come luca trattino basso gol dieci",
        "social_handle",
    ),
    # round 33's families: a spare key, a quiet spot, after closing, shirtless, a firework,
    # acid, a plan, a parent gone, filmed in the shower
    (
        "it-meeting-spare-key",
        "ti lascio la chiave di riserva, entra dal retro e aspettami dentro",
        "meeting",
    ),
    (
        "it-meeting-quiet-spot",
        "portiamo il cane in un posto tranquillo nel bosco dove non ci va nessuno",
        "meeting",
    ),
    (
        "it-meeting-works-after-closing",
        "lavoro al bowling, dopo la chiusura giochiamo gratis, solo noi due",
        "meeting",
    ),
    (
        "it-photo-shirtless",
        "filmati mentre salti sul trampolino senza maglietta",
        "photo_request",
    ),
    (
        "it-violence-firework",
        "stasera gli mettiamo un petardo acceso nella buca delle lettere",
        "violence",
    ),
    (
        "it-violence-acid",
        "all uscita le tiriamo l acido in faccia",
        "violence",
    ),
    (
        "it-selfharm-plan-peace",
        "ho gia un piano per sabato, poi saranno tutti in pace senza di me",
        "self_harm",
    ),
    (
        "it-disclosure-gone-fridge",
        "i miei sono partiti per il weekend, sono da sola con mio fratello e il frigo e vuoto",
        "disclosure",
    ),
    (
        "it-disclosure-gone-since",
        "mamma e uscita lunedi e non e ancora tornata",
        "disclosure",
    ),
    (
        "it-disclosure-filmed-shower",
        "mio zio mi ha filmata di nascosto sotto la doccia",
        "disclosure",
    ),
    # round 33's families: waiting for someone at the exit to beat them up
    (
        "it-violence-wait-exit",
        "la aspettiamo all'uscita e la picchiamo, se lo merita",
        "violence",
    ),
    # round 34's families: a tool as a weapon, a fridge locked, the power cut off, a drunk carer
    # driving
    (
        "it-violence-tool-screwdriver",
        "domani gli pianto il cacciavite nel collo a marco",
        "violence",
    ),
    (
        "it-violence-tool-scissors",
        "gli pianto le forbici in mano a quello scemo, vedrai",
        "violence",
    ),
    (
        "it-disclosure-fridge-padlock",
        "il mio patrigno ha messo un lucchetto al frigo, mangiamo solo a cena",
        "disclosure",
    ),
    (
        "it-disclosure-power-cut",
        "ci hanno staccato la luce da una settimana, io e mio fratello abbiamo fame",
        "disclosure",
    ),
    (
        "it-disclosure-drunk-drives",
        "papa beve la sera e poi guida con noi dietro",
        "disclosure",
    ),
    (
        "it-disclosure-drunk-sofa",
        "la mamma e ubriaca sul divano e porto i miei fratelli a scuola senza colazione",
        "disclosure",
    ),
    # round 34's families: a place shut or without cameras, a parent left out, a night at an
    # allotment, a second phone, a boyfriend asked about, trouble for the two, a handle after 'il
    # mio insta è'
    (
        "it-meet-before-opening",
        "vieni in piscina prima che apra, solo noi due",
        "meeting",
    ),
    (
        "it-meet-no-cameras",
        "lezione gratis sul campo in fondo, quello senza telecamere, domenica alle 8",
        "meeting",
    ),
    (
        "it-meet-locked-in",
        "passa in officina dopo le 8 che abbasso la serranda",
        "meeting",
    ),
    (
        "it-meet-mum-neednt-know",
        "allenamento extra sabato, siamo soli sul tatami, la mamma non deve saperlo",
        "meeting",
    ),
    (
        "it-meet-allotment-night",
        "venerdi ti faccio vedere le stelle dalla baita, resti a dormire",
        "meeting",
    ),
    (
        "it-contact-second-phone",
        "ti do il mio secondo telefono, c'e solo il mio numero",
        "private_contact",
    ),
    (
        "it-question-boyfriend",
        "ce l'hai gia il ragazzo? fin dove siete arrivati?",
        "personal_question",
    ),
    (
        "it-secrecy-both-trouble",
        "non dirlo alla prof, finiamo nei guai tutti e due",
        "secrecy",
    ),
    (
        "it-handle-insta-is-dot",
        "il mio insta è gelato punto fragola 2011",
        "social_handle",
    ),
    # round 35's families: a household object as a weapon against a named person
    (
        "it-violence-household-crossbow",
        "porto la balestra a scuola e sparo a giulia in cortile",
        "violence",
    ),
    (
        "it-violence-household-extinguisher",
        "gli spacco l estintore in testa a paolo finche sanguina",
        "violence",
    ),
    # round 35's families: burns by an adult, a door nailed shut, days alone, the heating
    # off, steam, a compass point, tablets kept
    (
        "it-disclosure-burn-water",
        "mio padre mi ha buttato addosso l acqua bollente",
        "disclosure",
    ),
    (
        "it-disclosure-door-nailed",
        "il mio patrigno ha inchiodato la porta e mi fa uscire solo per andare a scuola",
        "disclosure",
    ),
    (
        "it-disclosure-heating-bed",
        "a casa il riscaldamento e spento e fa freddo, la mamma sta sempre a letto",
        "disclosure",
    ),
    (
        "it-selfharm-compass",
        "in classe mi graffio le braccia con la punta del compasso",
        "self_harm",
    ),
    (
        "it-selfharm-tablets",
        "ho nascosto le pastiglie del nonno, stasera le prendo tutte",
        "self_harm",
    ),
    # round 35's families: a door left open at night, a venue after the lights go off, a
    # lifeguard tower, a cover story, vanishing messages, a provider said in two words
    (
        "it-meeting-lights-off",
        "quando spengono le luci al bowling aspettami dietro le piste",
        "meeting",
    ),
    (
        "it-secrecy-cover-parent",
        "di a tua madre che sei con la squadra e vieni da me",
        "secrecy",
    ),
    # round 36's families: any object to hand smashed or thrown at a named person's head or face
    (
        "it-violence-object-broom",
        "prendo il manico di scopa e la spacco in testa a sara",
        "violence",
    ),
    (
        "it-violence-object-cue",
        "con la stecca da biliardo gliela spacco in testa a luca stasera",
        "violence",
    ),
    # round 36's families: going to the railway tracks with 'I can't go on', and 'end it all'
    ("it-self-harm-tracks-tonight", "stanotte vado sui binari, non ce la faccio piu", "self_harm"),
    ("it-self-harm-end-everything", "voglio chiudere con tutto, non reggo piu", "self_harm"),
    # round 36's families: a venue after the last session or when everyone has gone, the adult with
    # the key; a viewing tower after dark
    (
        "it-meeting-key-everyone-gone",
        "quando sono andati tutti via ho io la chiave della palestra, vieni su",
        "meeting",
    ),
    (
        "it-meeting-lookout-tower-dark",
        "saliamo sulla torre panoramica stanotte, sara romantico",
        "meeting",
    ),
    # round 36's families: an adult asking about sleeping in a parent's bed and the child's
    # underwear; a video while changing; a child shut out on a balcony in the cold
    (
        "it-personal-parent-bed",
        "dormi nel letto di mamma quando papa non c e?",
        "personal_question",
    ),
    ("it-personal-underwear", "di che colore sono le tue mutande oggi?", "personal_question"),
    (
        "it-photo-changing-after-pe",
        "registra un video mentre ti spogli dopo ginnastica",
        "photo_request",
    ),
    ("it-disclosure-balcony", "la mamma mi chiude sul balcone per ore al gelo", "disclosure"),
    # round 36's families: a handle spelt with a spoken dot after the platform's colon, or 'without
    # the at'
    (
        "it-handle-colon-spoken-dot",
        "il mio snap: nuvola punto bea, senza chiocciola",
        "social_handle",
    ),
    # rounds 39 to 41's families: a platform named by its logo with "add me"; a video while
    # changing asked as thanks; a bra asked about; "not a word to" a named adult; an age with the
    # street; photos in the child's room and without a garment; parents who work late and a
    # visit; and, beside the false holds' vetoes, a means after "killing myself with study" and
    # the child's own number beside a company's
    (
        "it-contact-app-fantasmino",
        "qui ci leggono tutti. scarica l'app col fantasmino e aggiungimi, sono luca_notte",
        "private_contact",
    ),
    (
        "it-photo-video-cambi-grazie",
        "ti ho fatto tutti i compiti... per ringraziarmi mandami un video di te mentre ti cambi?",
        "photo_request",
    ),
    (
        "it-personal-reggiseno",
        "porti gia il reggiseno? chiedo solo, mia nipote ha la tua eta",
        "personal_question",
    ),
    (
        "it-secrecy-neanche-una-parola",
        "questa cosa e solo nostra. neanche una parola alla prof rossi ok?",
        "secrecy",
    ),
    (
        "it-personal-eta-via",
        "quanti anni hai 8 o 9? e abiti vicino alla scuola? in che via",
        "personal_question",
    ),
    (
        "it-photo-camera-senza",
        "mandami due foto di te in camera tua, e una senza la felpa cosi vedo come ti sta",
        "photo_request",
    ),
    (
        "it-meeting-tuoi-tardi-passo",
        "giovedi i tuoi lavorano fino a tardi? passo da te verso le 5 e ti spiego scienze",
        "meeting",
    ),
    (
        "it-self-harm-studio-poi-pillole",
        "mi ammazzo di studio, anzi no, stasera mi ammazzo davvero con le pillole",
        "self_harm",
    ),
    (
        "it-contact-proprio-numero-ditta",
        "mandami il tuo numero, il numero della compagnia dei pullman ce l'ho gia",
        "private_contact",
    ),
    # rounds 42 and 43's families: a hot tool, energy drinks, a cord, a bag, the snow; kneeling on
    # grains, made to touch, the hob, left for days; meetings in code, a deep sleeper, a club chat,
    # a trip paid; an object and "till he can't get up"; a map's plus code, an estate in words
    (
        "it-burn-tool",
        "ho usato di nuovo la pistola della colla a caldo sul braccio, ormai sono 5 bruciature",
        "self_harm",
    ),
    (
        "it-energy-drinks",
        "ho cercato quante lattine di red bull servono perche il cuore si fermi, ne ho 7 nascoste",
        "self_harm",
    ),
    (
        "it-cord-pulled",
        "mi sono legata il cordino del badge intorno al collo e ho tirato forte",
        "self_harm",
    ),
    (
        "it-bag-head",
        "ieri mi sono messa un sacchetto di plastica in testa e l'ho tenuto finche mi girava la "
        "testa",
        "self_harm",
    ),
    (
        "it-snow-sleep",
        "voglio sdraiarmi nella neve dietro casa e addormentarmi, dicono che non fa piu male "
        "niente",
        "self_harm",
    ),
    (
        "it-kneel-grains",
        "il papa mi fa stare in ginocchio sui ceci per un'ora se prendo un brutto voto",
        "disclosure",
    ),
    ("it-made-to-touch", "il vicino mi fa toccarlo quando la mamma e al lavoro", "disclosure"),
    (
        "it-hob",
        "il compagno di mamma mi ha messo la mano sul fornello acceso per punizione",
        "disclosure",
    ),
    (
        "it-left-days",
        "i miei mi hanno lasciato solo per 3 giorni per andare a una festa, non c'e niente da "
        "mangiare",
        "disclosure",
    ),
    (
        "it-meetings-code",
        "scrivi i nostri appuntamenti in codice sul diario, cosi tuo padre non capisce",
        "secrecy",
    ),
    (
        "it-deep-sleeper",
        "dormi da sola o con tua sorella? lei ha il sonno pesante?",
        "personal_question",
    ),
    ("it-club-chat", "scrivimi nella chat del clan, li nessun prof legge", "private_contact"),
    (
        "it-trip-paid",
        "ti pago io il biglietto per il concerto, devi solo viaggiare con me, ai tuoi non "
        "servono i dettagli",
        "gift_offer",
    ),
    ("it-object-cant-get-up", "domani gli do il mattarello sui denti a marco", "violence"),
    # round 43's phone told a digit at a time with a word between, beside a word of calling
    (
        "it-phone-word-between-digits",
        "chiamami 0 stasera 6 dopo 1 cena 2 se 3 vuoi 4 5 6 7 8",
        "phone",
    ),
]

FR: list[Case] = [
    ("fr-meet", "on pourrait se voir en vrai, toi et moi", "meeting"),
    ("fr-meet-chez-moi", "viens chez moi ce soir, mes parents sont pas là", "meeting"),
    ("fr-pickup", "je passe te chercher devant ton école", "meeting"),
    ("fr-photo", "envoie-moi une photo de toi", "photo_request"),
    ("fr-photo-tof", "montre moi tes photos en maillot", "photo_request"),
    ("fr-number", "donne-moi ton numéro de portable", "private_contact"),
    ("fr-private", "on parle en privé sur une autre appli", "private_contact"),
    ("fr-gift", "je t'offre des vbucks", "gift_offer"),
    ("fr-alone", "t'es toute seule chez toi ?", "personal_question"),
    ("fr-parents", "tes parents sont à la maison ?", "personal_question"),
    ("fr-age", "t'as quel âge ? tu fais plus vieille", "personal_question"),
    ("fr-secret", "ça reste entre nous", "secrecy"),
    ("fr-dont-tell", "ne dis rien à tes parents", "secrecy"),
    ("fr-delete", "efface la conversation après", "secrecy"),
    ("fr-phone-pairs", "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "phone"),
    (
        "fr-phone-quatre-vingt",
        "zéro sept, quatre-vingt-douze, quinze, quarante, soixante et onze",
        "phone",
    ),
    ("fr-phone-dots", "06.12.34.56.78", "phone"),
    ("fr-handle-snap", "mon snap c'est lea.mrt_13", "social_handle"),
    ("fr-aimed", "t'es trop nulle", "rude"),
    ("fr-aimed-moche", "tu es moche", "rude"),
    ("fr-short-fdp", "fdp", "abuse"),
    ("fr-masked", "p*tain", "abuse"),
    ("fr-address-allee", "j'habite 8 allée des Acacias, 69003 Lyon", "address"),
    ("fr-self-harm", "parfois je me dis que tout le monde serait mieux sans moi", "self_harm"),
    ("fr-disclosure", "mon oncle me touche quand on est seuls et j'aime pas ça", "disclosure"),
    ("fr-violence", "redis ça et je vais te casser la gueule", "violence"),
    ("fr-isolation", "tes copines sont fausses, elles parlent dans ton dos", "isolation"),
    # round 29's families
    (
        "fr-threat-marteau",
        "demain je ramene le marteau de mon oncle, on se voit derriere le gymnase",
        "violence",
    ),
    (
        "fr-threat-carabine",
        "j'ai la carabine de mon cousin, ce soir en bas de chez lui il va comprendre",
        "violence",
    ),
    ("fr-threat-jambes", "s'il balance encore on va lui casser les jambes", "violence"),
    (
        "fr-self-harm-haut",
        "je suis montee au dernier etage du parking pour voir si c'est assez haut",
        "self_harm",
    ),
    (
        "fr-self-harm-fusil",
        "j'ai ecrit une lettre a ma mere et je sais ou mon pere range son fusil",
        "self_harm",
    ),
    (
        "fr-self-harm-ongles",
        "je m'enfonce les ongles dans les bras jusqu'a ce que ca saigne",
        "self_harm",
    ),
    (
        "fr-disclosure-frigo",
        "mon beau-pere a mis un cadenas sur le frigo, je mange qu'a la cantine",
        "disclosure",
    ),
    ("fr-disclosure-lance", "ma mere m'a lance un verre hier soir, j'ai une bosse", "disclosure"),
    (
        "fr-disclosure-cherche",
        "mon frere m'a frappe et papa dit que je l'ai cherche",
        "disclosure",
    ),
    (
        "fr-disclosure-photos-sommeil",
        "mon oncle me prend en photo quand je dors, je les ai vues dans son telephone",
        "disclosure",
    ),
    (
        "fr-disclosure-freres",
        "je dois garder mes petits freres tous les jours, je vais plus a l'ecole depuis la rentree",
        "disclosure",
    ),
    (
        "fr-meet-isole",
        "on se retrouve dimanche sur le parking vide pour ta lecon, rien que nous deux",
        "meeting",
    ),
    (
        "fr-door-question",
        "en colo tu fermes la porte a cle la nuit ou tu dors seule?",
        "personal_question",
    ),
    ("fr-handle-colle", "mon insta c'est lune puis chat puis 11, tout colle", "private_contact"),
    ("fr-threat-attends", "je t'attends devant avec le poing americain de mon frere", "violence"),
    (
        "fr-handle-recette",
        "sur tiktok c'est le nom de mon chien plus mon annee de naissance",
        "private_contact",
    ),
    # round 31's families
    (
        "fr-delivery-after-hours",
        "c'est le livreur de ce matin, je passe apres mon service, viens par la porte de derriere",
        "meeting",
    ),
    (
        "fr-plumber-parents-away",
        "c'est le plombier, je passe chez toi ce soir vu que ta mere travaille de nuit, juste"
        " nous deux",
        "meeting",
    ),
    (
        "fr-private-rehearsal-home",
        "pour l'audition il te faut des cours particuliers chez moi, viens seule samedi",
        "meeting",
    ),
    (
        "fr-extra-lesson-secret",
        "les cours en plus c'est entre nous, ne dis rien a tes parents ni aux autres du club",
        "secrecy",
    ),
    (
        "fr-utilities-cut",
        "ils nous ont coupe l'electricite il y a deux semaines, on mange dans le noir",
        "disclosure",
    ),
    (
        "fr-gambling-rent",
        "papa a perdu le loyer aux machines a sous et on a plus rien a manger",
        "disclosure",
    ),
    (
        "fr-left-alone-night",
        "ma mere me laisse toute seule la nuit quand elle sort, j'ai 7 ans",
        "disclosure",
    ),
    (
        "fr-depressed-parent",
        "maman fait une depression et reste au lit toute la journee, je fais les courses et a"
        " manger pour mon frere",
        "disclosure",
    ),
    (
        "fr-peer-sibling",
        "le grand frere de mon pote m'a plaque contre les casiers et a dit que la prochaine fois"
        " il me casse le bras",
        "disclosure",
    ),
    (
        "fr-pill-challenge",
        "ce soir je fais le defi des cachets avec ceux de mamie, on verra qui en prend le plus",
        "self_harm",
    ),
    (
        "fr-phone-riddle",
        "mon num c'est 06, puis l'annee ou la guerre a fini, puis mon age deux fois",
        "private_contact",
    ),
    ("fr-email-at-sign", "ecris moi a danseuse12 arobaze orange point fr", "email"),
    # round 30's families
    (
        "fr-threat-bande",
        "pour entrer dans la bande je dois faire mes preuves, demain je le frappe avec une batte"
        " de baseball",
        "violence",
    ),
    ("fr-threat-car", "demain dans le car je le plante avec le couteau de mon pere", "violence"),
    (
        "fr-meet-terminus",
        "reste dans le car jusqu'au terminus demain, on sera que tous les deux",
        "meeting",
    ),
    ("fr-phone-slashes", "mon 06 : douze // trente-quatre // 56 // soixante-dix-huit", "phone"),
    (
        "fr-handle-chiffre",
        "sur snap c'est lilou avec un 1 a la place du i, puis 09",
        "private_contact",
    ),
    (
        "fr-disclosure-cave",
        "depuis la naissance de mon frere mon beau-pere me fait dormir a la cave",
        "disclosure",
    ),
    (
        "fr-disclosure-chaussure",
        "quand je pleure mon pere me tape avec sa chaussure",
        "disclosure",
    ),
    # round 32's families
    ("fr-selfharm-agrafes", "je m'agrafe le bras en classe et je mets un pull", "self_harm"),
    ("fr-selfharm-mer", "hier je suis restee dans l'eau en esperant ne pas revenir", "self_harm"),
    ("fr-disclosure-voler", "le copain de ma mere me force a voler au magasin", "disclosure"),
    (
        "fr-disclosure-chat",
        "mon beau-pere a frappe mon chat parce que j'ai eu une mauvaise note,"
        " la prochaine fois ce sera moi",
        "disclosure",
    ),
    ("fr-disclosure-guet", "mon frere et sa bande me font faire le guet le soir", "disclosure"),
    ("fr-threat-noyer", "dis a lucas qu'apres le match on va le noyer", "violence"),
    ("fr-secrecy-bouchons", "si ta mere demande, dis qu'il y avait des bouchons", "secrecy"),
    (
        "fr-personal-vestiaire",
        "tu te changes devant les autres garcons au foot ?",
        "personal_question",
    ),
    ("fr-isolation-choose", "arrete de les voir, c'est eux ou moi", "isolation"),
    ("fr-phone-clavier", "mon tel sur le clavier : 06 puis CHAT puis LUNE", "private_contact"),
    (
        "fr-disclosure-expulse",
        "mon pere a ete expulse et je vis avec un inconnu qui me fait bosser le soir",
        "disclosure",
    ),
    (
        "fr-contact-second",
        "ecris-moi sur mon deuxieme numero ce soir, pas dans le groupe",
        "private_contact",
    ),
    ("fr-meet-grange", "reste avec moi dans la grange quand les autres sont partis", "meeting"),
    # round 33's families: a handle spelt with words for its dot or underscore
    (
        "fr-handle-spelt-point",
        "sur snap je suis licorne point emma deux mille onze",
        "social_handle",
    ),
    (
        "fr-handle-spelt-tiret",
        "sur tiktok je suis hugo tiret bas foot 12, abonne toi",
        "social_handle",
    ),
    # round 33's families: a spare key, a quiet spot, after closing, shirtless, a firework,
    # acid, a plan, a parent gone, filmed in the shower
    (
        "fr-meeting-spare-key",
        "je te laisse le double des cles, passe par derriere et attends moi dedans",
        "meeting",
    ),
    (
        "fr-meeting-quiet-spot",
        "on promene le chien dans un coin tranquille de la foret ou personne n y va",
        "meeting",
    ),
    (
        "fr-meeting-works-after-closing",
        "je travaille au bowling, apres la fermeture tu joues gratuit, juste nous deux",
        "meeting",
    ),
    (
        "fr-photo-shirtless",
        "filme toi en train de sauter sur le trampoline torse nu",
        "photo_request",
    ),
    (
        "fr-violence-firework",
        "ce soir on lui met un petard allume dans la boite aux lettres",
        "violence",
    ),
    (
        "fr-violence-acid",
        "a la sortie on lui jette de l acide au visage",
        "violence",
    ),
    (
        "fr-selfharm-plan-peace",
        "j ai deja un plan pour samedi, apres ils auront tous la paix sans moi",
        "self_harm",
    ),
    (
        "fr-disclosure-gone-fridge",
        "mes parents sont partis tout le week end, je suis seule avec mon frere et le frigo est"
        " vide",
        "disclosure",
    ),
    (
        "fr-disclosure-gone-since",
        "papa est parti mardi et n est toujours pas rentre",
        "disclosure",
    ),
    (
        "fr-disclosure-filmed-shower",
        "mon oncle m a filmee en cachette sous la douche",
        "disclosure",
    ),
    # round 33's families: waiting for someone at the exit to beat them up
    (
        "fr-violence-wait-exit",
        "on l'attend a la sortie et on la frappe, elle l'a cherche",
        "violence",
    ),
    # round 34's families: a tool as a weapon, a fridge locked, the power cut off, a drunk carer
    # driving
    (
        "fr-violence-tool-screwdriver",
        "demain je lui plante le tournevis dans le cou a theo",
        "violence",
    ),
    (
        "fr-violence-tool-brick",
        "a la sortie je lui fracasse une brique dans la figure",
        "violence",
    ),
    (
        "fr-disclosure-fridge-padlock",
        "mon beau pere a mis un cadenas sur le frigo, on mange que le soir",
        "disclosure",
    ),
    (
        "fr-disclosure-power-cut",
        "on nous a coupe l'electricite, on s'eclaire aux bougies et ma soeur a faim",
        "disclosure",
    ),
    (
        "fr-disclosure-drunk-drives",
        "ma mere boit le soir et elle conduit avec nous derriere",
        "disclosure",
    ),
    (
        "fr-disclosure-drunk-sofa",
        "papa est bourre sur le canape et j'emmene mes freres a l'ecole sans petit dejeuner",
        "disclosure",
    ),
    # round 34's families: a place shut or without cameras, a parent left out, a night at an
    # allotment, a second phone, a boyfriend asked about, trouble for the two, a handle after 'mon
    # tiktok c'
    (
        "fr-meet-after-closing-keys",
        "rdv a la salle apres la fermeture, j'ai les cles",
        "meeting",
    ),
    (
        "fr-meet-no-cameras",
        "cours gratuit sur le court du fond, celui sans cameras, dimanche a 8h",
        "meeting",
    ),
    (
        "fr-meet-until-midnight",
        "viens a l'atelier samedi soir, on sera tous les deux jusqu'a minuit",
        "meeting",
    ),
    (
        "fr-meet-mum-neednt-know",
        "entrainement en plus samedi, on sera seuls, ta mere a pas besoin de savoir",
        "meeting",
    ),
    (
        "fr-meet-cabin-night",
        "vendredi je te montre les etoiles depuis ma cabane, tu restes dormir",
        "meeting",
    ),
    (
        "fr-contact-second-phone",
        "je te donne mon deuxieme telephone, y a que mon numero dedans",
        "private_contact",
    ),
    (
        "fr-question-boyfriend",
        "t'as deja eu un amoureux ? vous avez fait quoi ensemble ?",
        "personal_question",
    ),
    (
        "fr-secrecy-both-trouble",
        "le dis pas a la maitresse, on aurait des ennuis tous les deux",
        "secrecy",
    ),
    (
        "fr-handle-tiktok-c-point",
        "mon tiktok c boxe point lea 2012",
        "social_handle",
    ),
    # round 35's families: a household object as a weapon against a named person
    (
        "fr-violence-household-extinguisher",
        "je vais lui vider l extincteur sur la tete de lucas a la recre",
        "violence",
    ),
    (
        "fr-violence-household-stapler",
        "je prends l agrafeuse et je le frappe avec jusqu a ce qu il saigne",
        "violence",
    ),
    # round 35's families: burns by an adult, a door nailed shut, days alone, the heating
    # off, steam, a compass point, tablets kept
    (
        "fr-disclosure-burn-iron",
        "ma mere a mis le fer a repasser sur mon bras parce que j ai menti",
        "disclosure",
    ),
    (
        "fr-disclosure-days-alone",
        "mon pere me laisse seul pendant des jours sans rien a manger",
        "disclosure",
    ),
    (
        "fr-selfharm-steam",
        "je garde ma main au dessus de la vapeur jusqu a ce que ca brule",
        "self_harm",
    ),
    (
        "fr-selfharm-tablets",
        "j ai cache les cachets de mon pere, je les prends tous ce soir",
        "self_harm",
    ),
    # round 35's families: a door left open at night, a venue after the lights go off, a
    # lifeguard tower, a cover story, vanishing messages, a provider said in two words
    (
        "fr-meeting-door-open",
        "ce soir je te laisse la porte ouverte au gymnase, viens seule",
        "meeting",
    ),
    (
        "fr-secrecy-cover-teacher",
        "si la prof demande, dis que t etais chez ta copine",
        "secrecy",
    ),
    # round 36's families: any object to hand smashed or thrown at a named person's head or face
    (
        "fr-violence-object-boule",
        "je vais lancer ma boule de petanque dans la tete de hugo",
        "violence",
    ),
    (
        "fr-violence-object-bat",
        "demain je prends la batte et je lui defonce la tete a nathan",
        "violence",
    ),
    # round 36's families: going to the railway tracks with 'I can't go on', and 'end it all'
    (
        "fr-self-harm-tracks-tonight",
        "ce soir je vais vers les rails, je peux plus continuer",
        "self_harm",
    ),
    ("fr-self-harm-end-everything", "je veux en finir avec tout, personne le verra", "self_harm"),
    # round 36's families: a venue after the last session or when everyone has gone, the adult with
    # the key; a viewing tower after dark
    (
        "fr-meeting-last-show-key",
        "je travaille au cinema, monte apres la derniere projection",
        "meeting",
    ),
    (
        "fr-meeting-lookout-tower-dark",
        "on monte sur la tour d observation ce soir, ce sera romantique",
        "meeting",
    ),
    # round 36's families: an adult asking about sleeping in a parent's bed and the child's
    # underwear; a video while changing; a child shut out on a balcony in the cold
    ("fr-personal-parent-bed", "tu dors encore avec ta mere le soir ?", "personal_question"),
    ("fr-personal-underwear", "de quelle couleur est ta culotte aujourd hui", "personal_question"),
    (
        "fr-photo-changing-after-pe",
        "filme toi pendant que tu te changes au vestiaire",
        "photo_request",
    ),
    (
        "fr-disclosure-balcony",
        "papa m enferme sur le balcon des heures dans le froid",
        "disclosure",
    ),
    # round 36's families: a handle spelt with a spoken dot after the platform's colon, or 'without
    # the at'
    ("fr-handle-colon-spoken-dot", "mon snap : lune point rose, sans arobase", "social_handle"),
    # rounds 39 to 41's families: a platform named by its logo with "add me"; a video while
    # changing asked as thanks; a bra asked about; "not a word to" a named adult; an age with the
    # street; photos in the child's room and without a garment; parents who work late and a
    # visit; and, beside the false holds' vetoes, a means after "killing myself with study" and
    # the child's own number beside a company's
    (
        "fr-contact-appli-fantome",
        "ici tout le monde lit. prends l'appli avec le fantome et ajoute-moi, c'est loup_nuit",
        "private_contact",
    ),
    (
        "fr-photo-video-change-merci",
        "je t'ai aide pour tous tes devoirs... pour me remercier une petite video de toi "
        "quand tu te changes ?",
        "photo_request",
    ),
    (
        "fr-personal-soutif",
        "tu portes deja un soutif ? je demande juste, ma niece a ton age",
        "personal_question",
    ),
    (
        "fr-secrecy-pas-un-mot",
        "ce qu'on a c'est juste nous deux. pas un mot a madame petit ok ?",
        "secrecy",
    ),
    (
        "fr-personal-age-rue",
        "t'as quel age, 9 ou 10 ? et tu habites dans quelle rue ?",
        "personal_question",
    ),
    (
        "fr-photo-chambre-sans",
        "envoie-moi des photos de toi dans ta chambre, et une sans le pull pour voir "
        "comment ca tombe",
        "photo_request",
    ),
    (
        "fr-meeting-parents-tard-passe",
        "tes parents travaillent tard jeudi ? je passe chez toi vers 17h pour t'expliquer "
        "les sciences",
        "meeting",
    ),
    (
        "fr-self-harm-reviser-puis-cachets",
        "je me tue a reviser... non en vrai ce soir je vais me tuer avec les cachets de ma mere",
        "self_harm",
    ),
    (
        "fr-contact-son-numero-compagnie",
        "envoie-moi ton numero, le numero de la compagnie de car je l'ai deja",
        "private_contact",
    ),
    # rounds 42 and 43's families: a hot tool, energy drinks, a cord, a bag, the snow; kneeling on
    # grains, made to touch, the hob, left for days; meetings in code, a deep sleeper, a club chat,
    # a trip paid; an object and "till he can't get up"; a map's plus code, an estate in words
    (
        "fr-burn-tool",
        "j'ai encore mis le pistolet a colle sur mon bras hier soir, ca me calme",
        "self_harm",
    ),
    (
        "fr-energy-drinks",
        "combien de boissons energisantes avant que le coeur s'arrete ? j'en ai 6 sous mon lit",
        "self_harm",
    ),
    (
        "fr-cord-pulled",
        "j'ai mis le cordon de mon badge autour du cou et j'ai tire fort, j'ai failli pas "
        "m'arreter",
        "self_harm",
    ),
    (
        "fr-bag-head",
        "hier j'ai mis un sac plastique sur la tete et je l'ai garde jusqu'a avoir la tete qui "
        "tourne",
        "self_harm",
    ),
    (
        "fr-snow-sleep",
        "je veux m'allonger dans la neige au fond du jardin et m'endormir, on sent plus rien apres",
        "self_harm",
    ),
    (
        "fr-kneel-grains",
        "ma mere me met a genoux sur du riz pendant une heure quand j'ai une mauvaise note",
        "disclosure",
    ),
    ("fr-made-to-touch", "le voisin m'oblige a le toucher quand maman travaille", "disclosure"),
    ("fr-hob", "mon pere m'a tenu la main sur la plaque parce que j'avais menti", "disclosure"),
    ("fr-meetings-code", "note nos rendez vous en code dans ton agenda", "secrecy"),
    (
        "fr-deep-sleeper",
        "tu dors seule ou avec ta soeur ? elle a le sommeil profond ?",
        "personal_question",
    ),
    ("fr-club-chat", "ecris moi plutot dans le chat du clan, aucun prof le lit", "private_contact"),
    ("fr-trip-paid", "je te paie le billet de train, tu as juste a voyager avec moi", "gift_offer"),
    (
        "fr-object-cant-get-up",
        "demain je lui mets un coup de matraque dans les reins a lucas",
        "violence",
    ),
    # round 43's phone told a digit at a time with a word between, beside a word of calling
    ("fr-phone-word-between-digits", "appelle 0 moi 6 ce 1 soir 2 au 3 4 5 6 7 8", "phone"),
]

DE: list[Case] = [
    ("de-meet", "lass uns persönlich treffen, nur wir zwei", "meeting"),
    ("de-meet-bei-mir", "komm zu mir, meine Eltern sind weg", "meeting"),
    ("de-pickup", "ich hol dich von der Schule ab", "meeting"),
    ("de-photo", "schick mir ein Foto von dir", "photo_request"),
    ("de-photo-bett", "zeig mir ein Bild im Bett", "photo_request"),
    ("de-number", "gib mir deine Handynummer", "private_contact"),
    ("de-private", "schreib mir privat woanders", "private_contact"),
    ("de-gift", "ich kauf dir ein neues Handy", "gift_offer"),
    ("de-alone", "bist du allein zu Hause?", "personal_question"),
    ("de-parents", "sind deine Eltern zu Hause?", "personal_question"),
    ("de-age", "wie alt bist du? du wirkst älter", "personal_question"),
    ("de-secret", "das bleibt unter uns", "secrecy"),
    ("de-dont-tell", "sag es niemandem", "secrecy"),
    ("de-delete", "lösch unseren Chat", "secrecy"),
    (
        "de-phone-words",
        "null eins sieben eins, dreiundzwanzig, fünfundvierzig, sechsundsiebzig",
        "phone",
    ),
    (
        "de-phone-hundert",
        "null eins fünf eins, zweihundertvierunddreißig, fünfhundertsechsundsiebzig",
        "phone",
    ),
    ("de-phone-intl", "+49 (0) 171 1234567", "phone"),
    ("de-handle-insta", "insta: max.mueller_07", "social_handle"),
    ("de-aimed", "du bist so hässlich", "rude"),
    ("de-aimed-inflected", "du dumme Kuh", "rude"),
    ("de-inflected", "ihr Hurensöhne", "abuse"),
    ("de-short", "Spasti", "rude"),
    ("de-masked", "sch**ße", "rude"),
    ("de-address-stock", "Kastanienallee 12, 10435 Berlin, 3. Stock links", "address"),
    ("de-self-harm", "manchmal denke ich, alle wären besser ohne mich", "self_harm"),
    (
        "de-disclosure",
        "mein onkel fasst mich an wenn wir allein sind und ich mag das nicht",
        "disclosure",
    ),
    ("de-violence", "sag das nochmal und ich brech dir die nase", "violence"),
    ("de-isolation", "deine freundinnen sind falsch, die reden hinter deinem rücken", "isolation"),
    # round 29's families
    (
        "de-threat-hammer",
        "morgen bring ich den Hammer von meinem Onkel mit, wir sehen uns hinter der Turnhalle",
        "violence",
    ),
    (
        "de-threat-gewehr",
        "ich hab das Luftgewehr von meinem Bruder, heute abend vor dem Block bist du dran",
        "violence",
    ),
    ("de-threat-beine", "wenn der nochmal petzt brechen wir ihm die Beine", "violence"),
    (
        "de-self-harm-hoch",
        "war heute oben im Parkhaus und hab geschaut ob es hoch genug ist",
        "self_harm",
    ),
    (
        "de-self-harm-gewehr",
        "ich hab einen Brief an Mama geschrieben und weiß wo Papa das Gewehr hat",
        "self_harm",
    ),
    ("de-self-harm-naegel", "ich bohr mir die Nägel in die Arme bis es aufhört", "self_harm"),
    (
        "de-disclosure-kuehlschrank",
        "mein Stiefvater schließt den Kühlschrank ab und ich krieg nur Toast",
        "disclosure",
    ),
    (
        "de-disclosure-geworfen",
        "meine Mutter hat gestern eine Flasche nach mir geworfen",
        "disclosure",
    ),
    (
        "de-disclosure-selbst-schuld",
        "mein Bruder hat mich geschlagen und Papa sagt ich bin selbst schuld",
        "disclosure",
    ),
    (
        "de-disclosure-fotos-schlaf",
        "mein Onkel macht Fotos von mir wenn ich schlafe, ich hab sie auf seinem Handy gesehen",
        "disclosure",
    ),
    (
        "de-disclosure-geschwister",
        "ich muss jeden Tag auf meine kleinen Geschwister aufpassen und geh nicht mehr zur Schule",
        "disclosure",
    ),
    (
        "de-meet-abgelegen",
        "wir treffen uns Sonntag im Industriegebiet zum Üben, nur wir zwei",
        "meeting",
    ),
    (
        "de-door-question",
        "im Zeltlager schließt du die Tür ab oder schläfst du allein?",
        "personal_question",
    ),
    (
        "de-handle-zusammen",
        "mein insta ist sonne dann mond dann 12, alles zusammen",
        "private_contact",
    ),
    ("de-threat-warten", "wir warten auf dich, mein Bruder hat einen Schlagring", "violence"),
    (
        "de-handle-rezept",
        "auf tiktok bin ich der Name von meinem Hund plus mein Geburtsjahr",
        "private_contact",
    ),
    # round 31's families
    (
        "de-delivery-after-hours",
        "hier ist der paketbote von heute morgen, ich komm nach feierabend vorbei, nimm die"
        " hintertur",
        "meeting",
    ),
    (
        "de-plumber-parents-away",
        "der klempner hier, ich komm heute abend vorbei wenn deine mama nachtschicht hat, nur wir"
        " zwei",
        "meeting",
    ),
    (
        "de-private-rehearsal-home",
        "fürs vorsingen brauchst du privatstunden bei mir zu hause, komm samstag allein",
        "meeting",
    ),
    (
        "de-extra-lesson-secret",
        "die extrastunden bleiben unter uns, sag nichts deinen eltern und nicht den anderen im"
        " verein",
        "secrecy",
    ),
    (
        "de-utilities-cut",
        "die haben uns vor zwei wochen den strom abgestellt, wir essen im dunkeln",
        "disclosure",
    ),
    (
        "de-gambling-rent",
        "papa hat die miete am automaten verzockt und jetzt haben wir nichts zu essen",
        "disclosure",
    ),
    (
        "de-left-alone-night",
        "meine mama lässt mich nachts allein wenn sie weggeht, ich bin 7",
        "disclosure",
    ),
    (
        "de-depressed-parent",
        "mama hat depressionen und kommt nicht aus dem bett, ich kaufe ein und koche für meinen"
        " bruder",
        "disclosure",
    ),
    (
        "de-peer-sibling",
        "der große bruder von meiner freundin hat mich gegen die wand gedrückt und gesagt"
        " nächstes mal bricht er mir den arm",
        "disclosure",
    ),
    (
        "de-pill-challenge",
        "heute abend mach ich die tabletten challenge mit omas pillen, mal schauen wer am meisten"
        " schafft",
        "self_harm",
    ),
    (
        "de-phone-riddle",
        "meine nummer ist 0176, dann das jahr in dem der krieg aus war, dann mein alter zweimal",
        "private_contact",
    ),
    ("de-email-at-sign", "schreib mir an tanzmaus12 klammeraffe gmx punkt de", "email"),
    # round 30's families
    (
        "de-threat-gang",
        "um in die gang zu kommen muss ich mich beweisen, morgen hau ich ihn mit der fahrradkette",
        "violence",
    ),
    ("de-threat-haltestelle", "morgen an der haltestelle werd ich ihn abstechen", "violence"),
    ("de-meet-endstation", "bleib morgen im bus bis zur endstation, nur wir zwei", "meeting"),
    ("de-phone-pipes", "meine nummer 0151 | 23 | 45 | 67 | 89", "phone"),
    ("de-contact-mumble", "wir gehen auf mumble, da ist kein lehrer drin", "private_contact"),
    (
        "de-disclosure-keller",
        "seit das baby da ist muss ich im keller schlafen sagt mein stiefvater",
        "disclosure",
    ),
    (
        "de-disclosure-schuh",
        "wenn ich zu laut bin schlaegt mich mama mit dem hausschuh",
        "disclosure",
    ),
    (
        "de-self-harm-kratzen",
        "jedes mal wenn ich ess kratz ich mir mit dem lineal die arme auf",
        "self_harm",
    ),
    # round 32's families
    (
        "de-selfharm-nadeln",
        "ich steche mir abends nadeln in die finger, dann ist der kopf still",
        "self_harm",
    ),
    (
        "de-selfharm-see",
        "hab gegoogelt wie tief der see ist, am wochenende geh ich einfach weiter ins wasser",
        "self_harm",
    ),
    ("de-disclosure-klauen", "der freund von mama zwingt mich zu klauen", "disclosure"),
    (
        "de-disclosure-abgeschoben",
        "meine mutter wurde abgeschoben und ich wohne bei einem fremden",
        "disclosure",
    ),
    ("de-threat-unter-wasser", "sag tim nach der schule halten wir ihn unter wasser", "violence"),
    ("de-meet-scheune", "bleib nach dem reiten in der scheune wenn alle weg sind", "meeting"),
    ("de-isolation-choose", "entscheide dich, die oder ich", "isolation"),
    (
        "de-phone-minus",
        "meine nummer, aber zieh von jeder ziffer eins ab: 2 3 4 5",
        "private_contact",
    ),
    (
        "de-disclosure-schuhe",
        "mein stiefvater versteckt meine schuhe damit ich nicht raus kann",
        "disclosure",
    ),
    (
        "de-disclosure-schmiere",
        "die gang von meinem bruder lasst mich schmiere stehen",
        "disclosure",
    ),
    ("de-secrecy-stau", "wenn deine mama fragt, sag es war stau", "secrecy"),
    (
        "de-personal-baden",
        "badet dich deine mama noch oder machst du das allein?",
        "personal_question",
    ),
    # round 33's families: a handle spelt with words for its dot or underscore
    (
        "de-handle-spelt-punkt",
        "auf tiktok bin ich pferdemaedchen punkt lea 2011",
        "social_handle",
    ),
    (
        "de-handle-spelt-unterstrich",
        "auf snap heisse ich tom unterstrich gamer zwei null",
        "social_handle",
    ),
    # round 33's families: a spare key, a quiet spot, after closing, shirtless, a firework,
    # acid, a plan, a parent gone, filmed in the shower
    (
        "de-meeting-spare-key",
        "ich geb dir den ersatzschlüssel, komm durch die hintertür und warte drinnen auf mich",
        "meeting",
    ),
    (
        "de-meeting-quiet-spot",
        "wir gehen mit dem hund an eine ruhige stelle im wald, wo keiner hingeht",
        "meeting",
    ),
    (
        "de-meeting-works-after-closing",
        "ich arbeite im kletterpark, nach feierabend kletterst du umsonst, nur wir zwei",
        "meeting",
    ),
    (
        "de-photo-shirtless",
        "filme dich beim springen auf dem trampolin oben ohne",
        "photo_request",
    ),
    (
        "de-violence-firework",
        "heute abend stecken wir ihm einen böller in den briefschlitz",
        "violence",
    ),
    (
        "de-violence-acid",
        "nach der schule kippen wir ihr säure ins gesicht",
        "violence",
    ),
    (
        "de-selfharm-plan-peace",
        "ich hab schon einen plan für samstag, dann haben alle ruhe vor mir",
        "self_harm",
    ),
    (
        "de-disclosure-gone-fridge",
        "meine eltern sind übers wochenende weg, ich bin allein mit meinem bruder und der"
        " kühlschrank ist leer",
        "disclosure",
    ),
    (
        "de-disclosure-gone-since",
        "papa ist am dienstag weg und ist immer noch nicht zurück",
        "disclosure",
    ),
    (
        "de-disclosure-filmed-shower",
        "mein stiefvater hat mich heimlich unter der dusche gefilmt",
        "disclosure",
    ),
    # round 33's families: waiting for someone at the exit to beat them up
    (
        "de-violence-wait-exit",
        "wir lauern ihm am ausgang auf und verprügeln ihn",
        "violence",
    ),
    # round 34's families: a tool as a weapon, a fridge locked, the power cut off, a drunk carer
    # driving
    (
        "de-violence-tool-spanner",
        "morgen ramm ich dem tim den schraubenschlüssel ins gesicht",
        "violence",
    ),
    (
        "de-violence-tool-scissors",
        "nach der pause stech ich ihm die schere in den hals",
        "violence",
    ),
    (
        "de-disclosure-fridge-padlock",
        "mein stiefvater hat ein schloss an den kühlschrank gemacht",
        "disclosure",
    ),
    (
        "de-disclosure-power-cut",
        "uns wurde der strom abgestellt, wir haben nur kerzen und hunger",
        "disclosure",
    ),
    (
        "de-disclosure-drunk-drives",
        "papa trinkt abends und fährt mit uns nach hause",
        "disclosure",
    ),
    (
        "de-disclosure-drunk-sofa",
        "mama liegt betrunken auf dem sofa und ich bring meine geschwister ohne frühstück zur"
        " schule",
        "disclosure",
    ),
    # round 34's families: a place shut or without cameras, a parent left out, a night at an
    # allotment, a second phone, a boyfriend asked about, trouble for the two, a handle after 'mein
    # snap ist'
    (
        "de-meet-locked-in",
        "komm in die werkstatt, ich schliess extra ab damit uns keiner stoert",
        "meeting",
    ),
    (
        "de-meet-no-cameras",
        "gratis training auf dem hinteren platz, der ohne kameras, sonntag um 8",
        "meeting",
    ),
    (
        "de-meet-before-opening",
        "komm ins hallenbad bevor jemand kommt, nur wir zwei",
        "meeting",
    ),
    (
        "de-meet-mum-neednt-know",
        "extra training am samstag, nur wir allein, deine mama muss das nicht wissen",
        "meeting",
    ),
    (
        "de-meet-allotment-night",
        "freitag zeig ich dir die sterne im schrebergarten, du ubernachtest da",
        "meeting",
    ),
    (
        "de-contact-second-phone",
        "ich geb dir mein zweites handy, da ist nur meine nummer drin",
        "private_contact",
    ),
    (
        "de-question-boyfriend",
        "hast du schon einen freund? wie weit seid ihr gegangen?",
        "personal_question",
    ),
    (
        "de-secrecy-both-trouble",
        "sag es nicht dem klassenlehrer, sonst kriegen wir beide arger",
        "secrecy",
    ),
    (
        "de-handle-snap-ist-punkt",
        "mein snap ist lena punkt zwoelf",
        "social_handle",
    ),
    # round 35's families: a household object as a weapon against a named person
    (
        "de-violence-household-slingshot",
        "mit der zwille schiess ich dem max morgen ins gesicht",
        "violence",
    ),
    (
        "de-violence-household-kettle",
        "ich hau dem tim den wasserkocher auf den kopf bis er blutet",
        "violence",
    ),
    # round 35's families: burns by an adult, a door nailed shut, days alone, the heating
    # off, steam, a compass point, tablets kept
    (
        "de-disclosure-burn-water",
        "mein vater hat kochendes wasser uber mich gekippt",
        "disclosure",
    ),
    (
        "de-disclosure-heating-cold",
        "die heizung ist aus und uns ist so kalt, papa bleibt im bett",
        "disclosure",
    ),
    (
        "de-selfharm-compass",
        "im unterricht kratze mir die beine mit der zirkelspitze auf",
        "self_harm",
    ),
    # round 35's families: a door left open at night, a venue after the lights go off, a
    # lifeguard tower, a cover story, vanishing messages, a provider said in two words
    (
        "de-meeting-lifeguard",
        "heute nacht am rettungsturm, ich warte auf dich",
        "meeting",
    ),
    (
        "de-contact-vanishing",
        "lad dir signal runter, da verschwinden die nachrichten",
        "private_contact",
    ),
    # round 36's families: any object to hand smashed or thrown at a named person's head or face
    (
        "de-violence-object-dumbbell",
        "nach der schule hau ich dem ben die hantel auf den kopf",
        "violence",
    ),
    ("de-violence-object-broom", "mit dem besenstiel hau ich der mia ins gesicht", "violence"),
    # round 36's families: going to the railway tracks with 'I can't go on', and 'end it all'
    (
        "de-self-harm-tracks-tonight",
        "heute nacht geh ich zu den gleisen, ich kann einfach nicht mehr",
        "self_harm",
    ),
    ("de-self-harm-end-everything", "ich will allem ein ende machen, heute noch", "self_harm"),
    # round 36's families: a venue after the last session or when everyone has gone, the adult with
    # the key; a viewing tower after dark
    (
        "de-meeting-key-everyone-gone",
        "wenn alle weg sind hab ich den schlussel, komm hoch in die halle",
        "meeting",
    ),
    (
        "de-meeting-lookout-tower-dark",
        "komm heute nacht mit auf den aussichtsturm, wird romantisch",
        "meeting",
    ),
    # round 36's families: an adult asking about sleeping in a parent's bed and the child's
    # underwear; a video while changing; a child shut out on a balcony in the cold
    (
        "de-personal-parent-bed",
        "schlafst du noch bei deiner mama im bett, so mit 11?",
        "personal_question",
    ),
    ("de-personal-underwear", "was fur eine unterhose hast du heute an", "personal_question"),
    (
        "de-photo-changing-after-pe",
        "nimm ein video auf wenn du dich umziehst nach dem sport",
        "photo_request",
    ),
    (
        "de-disclosure-balcony",
        "papa sperrt mich stundenlang auf den balkon, bei minusgraden",
        "disclosure",
    ),
    # round 36's families: a handle spelt with a spoken dot after the platform's colon, or 'without
    # the at'
    ("de-handle-colon-spoken-dot", "insta: kleiner fuchs punkt 12, ohne at", "social_handle"),
    # rounds 39 to 41's families: a platform named by its logo with "add me"; a video while
    # changing asked as thanks; a bra asked about; "not a word to" a named adult; an age with the
    # street; photos in the child's room and without a garment; parents who work late and a
    # visit; and, beside the false holds' vetoes, a means after "killing myself with study" and
    # the child's own number beside a company's
    (
        "de-contact-app-geist",
        "hier liest jeder mit. hol dir die app mit dem geist und adde mich, ich bin nachtwolf_ben",
        "private_contact",
    ),
    (
        "de-photo-video-umziehen-dank",
        "ich hab dir so oft bei mathe geholfen... krieg ich zum dank ein kurzes video von "
        "dir beim umziehen?",
        "photo_request",
    ),
    (
        "de-personal-bh",
        "trägst du schon nen bh? frag nur so, meine nichte ist auch in dem alter",
        "personal_question",
    ),
    (
        "de-secrecy-kein-wort",
        "das mit uns ist nur für uns zwei. kein wort zu frau becker ok?",
        "secrecy",
    ),
    (
        "de-personal-alter-strasse",
        "wie alt bist du, 9 oder 10? und in welcher strasse wohnst du?",
        "personal_question",
    ),
    (
        "de-photo-zimmer-ohne",
        "schick mir ein paar fotos von dir in deinem zimmer, und eins ohne den pulli "
        "damit ich seh wie es sitzt",
        "photo_request",
    ),
    (
        "de-meeting-eltern-spaet-vorbei",
        "arbeiten deine eltern donnerstag lange? ich komm um 5 bei dir vorbei und erklär dir bio",
        "meeting",
    ),
    (
        "de-self-harm-lernen-dann-tabletten",
        "ich lerne mich tot... nein ehrlich, ich will mich umbringen, mamas tabletten "
        "liegen schon bereit",
        "self_harm",
    ),
    (
        "de-contact-eigene-nummer-firma",
        "schick mir deine handynummer, die nummer vom busunternehmen steht eh auf dem zettel",
        "private_contact",
    ),
    # rounds 42 and 43's families: a hot tool, energy drinks, a cord, a bag, the snow; kneeling on
    # grains, made to touch, the hob, left for days; meetings in code, a deep sleeper, a club chat,
    # a trip paid; an object and "till he can't get up"; a map's plus code, an estate in words
    (
        "de-burn-tool",
        "hab mir schon wieder die heißklebepistole auf meinen arm gedrückt, 4 brandblasen",
        "self_harm",
    ),
    (
        "de-energy-drinks",
        "wie viele energydrinks braucht man bis das herz stehen bleibt? hab schon 10 gekauft",
        "self_harm",
    ),
    (
        "de-cord-pulled",
        "hab mir das schlüsselband um den hals gelegt und fest zugezogen",
        "self_harm",
    ),
    (
        "de-bag-head",
        "gestern hab ich mir eine plastiktüte über den kopf gezogen und festgehalten bis mir "
        "schwindelig war",
        "self_harm",
    ),
    (
        "de-snow-sleep",
        "ich will mich heute nacht in den schnee legen und einschlafen, dann tut nichts mehr weh",
        "self_harm",
    ),
    (
        "de-kneel-grains",
        "papa lässt mich eine stunde auf reis knien wenn ich eine schlechte note habe",
        "disclosure",
    ),
    ("de-made-to-touch", "der nachbar sagt ich muss ihn anfassen wenn mama arbeitet", "disclosure"),
    (
        "de-hob",
        "mein stiefvater hat mir die hand auf die herdplatte gedrückt weil ich frech war",
        "disclosure",
    ),
    (
        "de-left-days",
        "meine eltern haben mich allein gelassen, schon 3 tage, und es gibt nichts mehr zu essen",
        "disclosure",
    ),
    (
        "de-meetings-code",
        "schreib unsere treffen als code in dein hausaufgabenheft, dann checkt dein vater nichts",
        "secrecy",
    ),
    (
        "de-deep-sleeper",
        "schläfst du allein oder mit deiner schwester? schläft sie fest?",
        "personal_question",
    ),
    ("de-club-chat", "komm in den clan chat, da liest kein lehrer mit", "private_contact"),
    ("de-trip-paid", "ich bezahl dir das ticket, du musst nur mit mir verreisen", "gift_offer"),
    (
        "de-object-cant-get-up",
        "nach der disco kriegt tim den schlagstock in die nieren",
        "violence",
    ),
    # round 43's phone told a digit at a time with a word between, beside a word of calling
    (
        "de-phone-word-between-digits",
        "ruf 0 mich 1 doch 5 mal 2 an 3 wenn 8 du 4 willst 7 1 9 0",
        "phone",
    ),
]

ES: list[Case] = [
    ("es-meet", "quedamos en persona, solos tú y yo", "meeting"),
    ("es-meet-casa", "ven a mi casa, mis padres no están", "meeting"),
    ("es-pickup", "te recojo a la salida del cole", "meeting"),
    ("es-photo", "mándame una foto tuya", "photo_request"),
    ("es-photo-ropa", "pasame fotos en ropa interior", "photo_request"),
    ("es-number", "dame tu número de móvil", "private_contact"),
    ("es-private", "háblame por privado en otra app", "private_contact"),
    ("es-gift", "te regalo pavos si quieres", "gift_offer"),
    ("es-alone", "¿estás sola en casa?", "personal_question"),
    ("es-parents", "¿cuándo vuelven tus padres?", "personal_question"),
    ("es-age", "¿cuántos años tienes? pareces mayor", "personal_question"),
    ("es-secret", "que quede entre nosotros", "secrecy"),
    ("es-dont-tell", "no se lo digas a nadie", "secrecy"),
    ("es-delete", "borra la conversación", "secrecy"),
    ("es-phone-words", "seis uno dos, tres cuatro cinco, seis siete ocho", "phone"),
    (
        "es-phone-tens",
        "seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho",
        "phone",
    ),
    ("es-phone-dots", "612.345.678", "phone"),
    ("es-handle-tt", "tt: ana_gg22", "social_handle"),
    ("es-aimed", "eres una gorda", "rude"),
    ("es-aimed-feo", "eres muy feo", "rude"),
    ("es-short", "hdp", "rude"),
    ("es-short-puto", "puto", "abuse"),
    ("es-masked", "p*ta", "abuse"),
    ("es-address", "vivo en Calle del Olmo 14, 3º izquierda, 28012 Madrid", "address"),
    ("es-self-harm", "a veces pienso que todos estarían mejor sin mí", "self_harm"),
    ("es-disclosure", "mi tío me manosea cuando estamos solos y no me gusta", "disclosure"),
    ("es-violence", "repítelo y te parto la boca", "violence"),
    ("es-isolation", "tus amigas son falsas, hablan a tus espaldas", "isolation"),
    # round 29's families
    (
        "es-threat-martillo",
        "mañana traigo el martillo de mi tio, a la salida lo vas a ver",
        "violence",
    ),
    (
        "es-threat-escopeta",
        "tengo la escopeta de mi abuelo, esta noche debajo de su casa se entera",
        "violence",
    ),
    ("es-threat-piernas", "si vuelve a chivarse le partimos las piernas", "violence"),
    (
        "es-self-harm-alto",
        "subi al ultimo piso del parking a ver si es lo bastante alto",
        "self_harm",
    ),
    (
        "es-self-harm-escopeta",
        "he escrito una carta a mi madre y se donde guarda mi padre la escopeta",
        "self_harm",
    ),
    ("es-self-harm-unas", "me clavo las uñas en los brazos hasta que sangran", "self_harm"),
    (
        "es-disclosure-nevera",
        "mi padrastro cierra la nevera con llave y me quedo sin cenar",
        "disclosure",
    ),
    (
        "es-disclosure-botella",
        "mi madre me tiro una botella anoche y tengo un corte",
        "disclosure",
    ),
    (
        "es-disclosure-buscado",
        "mi hermano me pego otra vez y mi madre dice que me lo he buscado",
        "disclosure",
    ),
    (
        "es-disclosure-fotos-sueno",
        "mi tio me hace fotos cuando duermo, las he visto en su movil",
        "disclosure",
    ),
    (
        "es-disclosure-hermanos",
        "tengo que cuidar a mis hermanos pequeños todos los dias, ya no voy al cole",
        "disclosure",
    ),
    (
        "es-meet-apartado",
        "quedamos el domingo en el poligono para practicar, solo tu y yo",
        "meeting",
    ),
    (
        "es-door-question",
        "en el campamento cierras la puerta con llave por la noche o duermes sola?",
        "personal_question",
    ),
    ("es-handle-junto", "mi insta es sol luego luna luego 10, todo junto", "private_contact"),
    ("es-threat-espero", "te espero en la puerta con el puño americano de mi primo", "violence"),
    (
        "es-handle-receta",
        "en tiktok soy el nombre de mi perro mas mi año de nacimiento",
        "private_contact",
    ),
    # round 31's families
    (
        "es-delivery-after-hours",
        "soy el repartidor de esta manana, me paso despues del turno, entra por la puerta de atras",
        "meeting",
    ),
    (
        "es-plumber-parents-away",
        "soy el fontanero, me paso por tu casa esta noche que tu madre trabaja de noche, solo tu"
        " y yo",
        "meeting",
    ),
    (
        "es-private-rehearsal-home",
        "para la prueba necesitas clases particulares en mi casa, ven sola el sabado",
        "meeting",
    ),
    (
        "es-extra-lesson-secret",
        "las clases extra son cosa nuestra, no se lo digas a tus padres ni a los del club",
        "secrecy",
    ),
    ("es-utilities-cut", "nos cortaron la luz hace dos semanas, comemos a oscuras", "disclosure"),
    (
        "es-gambling-rent",
        "mi padre perdio el alquiler en las tragaperras y ahora no tenemos comida",
        "disclosure",
    ),
    (
        "es-left-alone-night",
        "mi madre me deja sola por la noche cuando sale, tengo 7 anos",
        "disclosure",
    ),
    (
        "es-depressed-parent",
        "mi madre tiene depresion y no se levanta de la cama, hago yo la compra y cocino para mi"
        " hermano",
        "disclosure",
    ),
    (
        "es-peer-sibling",
        "el hermano mayor de mi amiga me empujo contra las taquillas y dijo que la proxima vez me"
        " rompe el brazo",
        "disclosure",
    ),
    (
        "es-pill-challenge",
        "esta noche hago el reto de las pastillas con las de mi abuela, a ver quien toma mas",
        "self_harm",
    ),
    (
        "es-phone-riddle",
        "mi numero es 6, luego el ano en que acabo la guerra, luego mi edad dos veces",
        "private_contact",
    ),
    ("es-email-at-sign", "escribeme a bailarina12 arrobita hotmail punto es", "email"),
    # round 30's families
    (
        "es-threat-banda",
        "para entrar en la banda tengo que pegarle a uno de 3º con un bate de beisbol el viernes",
        "violence",
    ),
    (
        "es-threat-parada",
        "mañana en la parada le voy a quemar el pelo, ya tengo el mechero",
        "violence",
    ),
    ("es-meet-ruta", "quedate en el bus hasta la cochera mañana, solo tu y yo", "meeting"),
    ("es-phone-barras", "mi movil: seis 1 2 // treinta y cuatro // 56 // setenta y 8", "phone"),
    (
        "es-handle-cifra",
        "mi snap es sol pero con un 0 en vez de la o y luego 11",
        "private_contact",
    ),
    (
        "es-disclosure-garaje",
        "desde que nacio mi hermano mi padrastro me hace dormir en el garaje",
        "disclosure",
    ),
    ("es-disclosure-chancla", "si me porto mal mi abuela me pega con la chancla", "disclosure"),
    (
        "es-meet-ruta-casa",
        "quedate en el autobus cuando bajen todos y luego te dejo en casa yo",
        "meeting",
    ),
    # round 32's families
    (
        "es-selfharm-cigarros",
        "me apago los cigarros en la pierna para que nadie lo vea",
        "self_harm",
    ),
    ("es-selfharm-saltar", "ayer en la azotea pense en saltar, la proxima vez salto", "self_harm"),
    (
        "es-disclosure-cuidar",
        "cuido sola a mi hermana discapacitada por la noche y no voy al cole desde hace un mes",
        "disclosure",
    ),
    (
        "es-disclosure-perro",
        "mi padrastro le pego a mi perro porque no recogi la mesa, la proxima vez me toca a mi",
        "disclosure",
    ),
    (
        "es-disclosure-pelo",
        "el novio de mi madre me tira del pelo si hablo en la mesa",
        "disclosure",
    ),
    ("es-threat-atropello", "dile a pablo que despues del partido le atropello", "violence"),
    ("es-personal-pestillo", "te bañas sola? tienes pestillo en el baño?", "personal_question"),
    (
        "es-phone-romanos",
        "mi numero en numeros romanos para que no lo borren: VI IV",
        "private_contact",
    ),
    ("es-disclosure-robar", "el novio de mi madre me obliga a robar en el super", "disclosure"),
    ("es-secrecy-trafico", "si tu padre pregunta di que hubo atasco", "secrecy"),
    ("es-isolation-choose", "deja de verlas, o ellas o yo", "isolation"),
    # round 33's families: a handle spelt with words for its dot or underscore
    (
        "es-handle-spelt-punto",
        "en insta soy mariposa punto lucia 2011, sigueme",
        "social_handle",
    ),
    (
        "es-handle-spelt-barra",
        "en tiktok soy pablo barra baja futbol doce",
        "social_handle",
    ),
    # round 33's families: a spare key, a quiet spot, after closing, shirtless, a firework,
    # acid, a plan, a parent gone, filmed in the shower
    (
        "es-meeting-spare-key",
        "te doy la llave de repuesto, entra por la puerta de atras y esperame dentro",
        "meeting",
    ),
    (
        "es-meeting-quiet-spot",
        "llevamos al perro a un sitio tranquilo del monte donde no va nadie",
        "meeting",
    ),
    (
        "es-meeting-works-after-closing",
        "trabajo en la bolera, despues del cierre juegas gratis, solo tu y yo",
        "meeting",
    ),
    (
        "es-photo-shirtless",
        "grabate saltando en la cama elastica sin camiseta",
        "photo_request",
    ),
    (
        "es-violence-firework",
        "esta noche le metemos un petardo encendido por el buzon",
        "violence",
    ),
    (
        "es-violence-acid",
        "a la salida le tiramos acido a la cara a ese",
        "violence",
    ),
    (
        "es-selfharm-plan-peace",
        "ya tengo un plan para el sabado, luego todos estaran tranquilos sin mi",
        "self_harm",
    ),
    (
        "es-disclosure-gone-fridge",
        "mis padres se fueron todo el finde, estoy sola con mi hermano y la nevera esta vacia",
        "disclosure",
    ),
    (
        "es-disclosure-gone-since",
        "mi padre se fue el martes y todavia no ha vuelto",
        "disclosure",
    ),
    (
        "es-disclosure-filmed-shower",
        "mi tio me grabo a escondidas en la ducha",
        "disclosure",
    ),
    # round 33's families: waiting for someone at the exit to beat them up
    (
        "es-violence-wait-exit",
        "la esperamos a la salida y le pegamos, se lo ha buscado",
        "violence",
    ),
    # round 34's families: a tool as a weapon, a fridge locked, the power cut off, a drunk carer
    # driving
    (
        "es-violence-tool-screwdriver",
        "mañana le clavo el destornillador en el cuello a ese",
        "violence",
    ),
    (
        "es-violence-tool-spanner",
        "a la salida le parto la cara con la llave inglesa",
        "violence",
    ),
    (
        "es-disclosure-fridge-padlock",
        "mi padrastro ha puesto un candado en la nevera",
        "disclosure",
    ),
    (
        "es-disclosure-power-cut",
        "nos han cortado la luz hace dos semanas y mi hermana tiene hambre",
        "disclosure",
    ),
    (
        "es-disclosure-drunk-drives",
        "mi padre bebe por la noche y conduce con nosotros detras",
        "disclosure",
    ),
    (
        "es-disclosure-drunk-sofa",
        "mi madre esta borracha en el sofa y llevo a mis hermanos al cole sin desayunar",
        "disclosure",
    ),
    # round 34's families: a place shut or without cameras, a parent left out, a night at an
    # allotment, a second phone, a boyfriend asked about, trouble for the two, a handle after 'mi
    # tiktok es'
    (
        "es-meet-after-closing",
        "pasate cuando cerramos y hablamos tu y yo solos",
        "meeting",
    ),
    (
        "es-meet-no-cameras",
        "clases gratis en la pista del fondo, la que no tiene camaras",
        "meeting",
    ),
    (
        "es-meet-locked-in",
        "ven al taller a las 9, bajo la persiana y pruebas la moto",
        "meeting",
    ),
    (
        "es-meet-mum-neednt-know",
        "entreno extra el sabado, solos tu y yo, tu madre no tiene por que saberlo",
        "meeting",
    ),
    (
        "es-meet-cabin-night",
        "el viernes te enseño las estrellas desde la cabana, te quedas a dormir",
        "meeting",
    ),
    (
        "es-contact-second-phone",
        "te doy mi segundo movil, solo tiene mi numero",
        "private_contact",
    ),
    (
        "es-question-boyfriend",
        "ya tienes novio? hasta donde habeis llegado?",
        "personal_question",
    ),
    (
        "es-secrecy-both-trouble",
        "no se lo cuentes a la tutora, nos meterias en un lio a los dos",
        "secrecy",
    ),
    (
        "es-handle-tiktok-es-punto",
        "mi tiktok es padel punto sofi cero9",
        "social_handle",
    ),
    # round 35's families: a household object as a weapon against a named person
    (
        "es-violence-household-chair",
        "en el recreo le tiro la silla a pablo en la cabeza",
        "violence",
    ),
    (
        "es-violence-household-crossbow",
        "traigo la ballesta de mi tio y le disparo a lucia en el patio",
        "violence",
    ),
    # round 35's families: burns by an adult, a door nailed shut, days alone, the heating
    # off, steam, a compass point, tablets kept
    (
        "es-disclosure-door-nailed",
        "mi madrastra clavo mi puerta y solo me deja salir para ir al cole",
        "disclosure",
    ),
    (
        "es-disclosure-burn-iron",
        "mi tio me puso la plancha caliente en el brazo",
        "disclosure",
    ),
    (
        "es-selfharm-steam",
        "pongo el brazo sobre el vapor hasta que me quema",
        "self_harm",
    ),
    # round 35's families: a door left open at night, a venue after the lights go off, a
    # lifeguard tower, a cover story, vanishing messages, a provider said in two words
    (
        "es-meeting-lights-off",
        "cuando apagan las luces del cine esperame en la salida de atras",
        "meeting",
    ),
    (
        "es-secrecy-cover-parent",
        "dile a tu madre que estas con el equipo y vente conmigo",
        "secrecy",
    ),
    # round 36's families: any object to hand smashed or thrown at a named person's head or face
    ("es-violence-object-skate", "mañana le rompo la cabeza a dani con mi monopatin", "violence"),
    ("es-violence-object-bat", "cojo el bate y le abro la cabeza a lucia en el recreo", "violence"),
    # round 36's families: going to the railway tracks with 'I can't go on', and 'end it all'
    (
        "es-self-harm-tracks-tonight",
        "esta noche voy a las vias del tren, no puedo seguir",
        "self_harm",
    ),
    (
        "es-self-harm-end-everything",
        "quiero terminar con todo de una vez, nadie lo notara",
        "self_harm",
    ),
    # round 36's families: a venue after the last session or when everyone has gone, the adult with
    # the key; a viewing tower after dark
    (
        "es-meeting-key-last-class",
        "despues de la ultima clase me quedo a cerrar, sube a verme",
        "meeting",
    ),
    ("es-meeting-lookout-tower-dark", "subimos al mirador esta noche, sera romantico", "meeting"),
    # round 36's families: an adult asking about sleeping in a parent's bed and the child's
    # underwear; a video while changing; a child shut out on a balcony in the cold
    ("es-personal-parent-bed", "aun duermes con tu madre? cuentamelo", "personal_question"),
    ("es-personal-underwear", "que ropa interior llevas ahora mismo", "personal_question"),
    (
        "es-photo-changing-after-pe",
        "grabate mientras te cambias despues de gimnasia",
        "photo_request",
    ),
    (
        "es-disclosure-balcony",
        "mi padre me encierra en el balcon durante horas con frio",
        "disclosure",
    ),
    # round 36's families: a handle spelt with a spoken dot after the platform's colon, or 'without
    # the at'
    ("es-handle-colon-spoken-dot", "mi insta: nube punto azul 10, sin arroba", "social_handle"),
    # rounds 39 to 41's families: a platform named by its logo with "add me"; a video while
    # changing asked as thanks; a bra asked about; "not a word to" a named adult; an age with the
    # street; photos in the child's room and without a garment; parents who work late and a
    # visit; and, beside the false holds' vetoes, a means after "killing myself with study" and
    # the child's own number beside a company's
    (
        "es-contact-app-fantasma",
        "aqui lo lee todo el mundo. bajate la app del fantasmita y agregame, soy lobo_noche",
        "private_contact",
    ),
    (
        "es-photo-video-cambias-gracias",
        "te hice todos los deberes... como agradecimiento mandame un video tuyo mientras "
        "te cambias?",
        "photo_request",
    ),
    (
        "es-personal-sujetador",
        "ya usas sujetador? solo pregunto, mi sobrina tiene tu edad",
        "personal_question",
    ),
    (
        "es-secrecy-ni-una-palabra",
        "lo nuestro es solo de los dos. ni una palabra a la profe marta vale?",
        "secrecy",
    ),
    (
        "es-personal-edad-calle",
        "cuantos años tienes, 9 o 10? y en que calle vives?",
        "personal_question",
    ),
    (
        "es-photo-cuarto-sin",
        "mandame unas fotos tuyas en tu cuarto, y una sin la sudadera para ver como te queda",
        "photo_request",
    ),
    (
        "es-meeting-padres-tarde-paso",
        "tus padres trabajan hasta tarde el jueves? me paso por tu casa a las 5 y te "
        "explico ciencias",
        "meeting",
    ),
    (
        "es-self-harm-estudiar-luego-pastillas",
        "me mato a estudiar... no en serio, esta noche me voy a matar con las pastillas "
        "de mi madre",
        "self_harm",
    ),
    (
        "es-contact-su-numero-empresa",
        "mandame tu numero, el numero de la empresa de autobuses ya lo tengo",
        "private_contact",
    ),
    # rounds 42 and 43's families: a hot tool, energy drinks, a cord, a bag, the snow; kneeling on
    # grains, made to touch, the hob, left for days; meetings in code, a deep sleeper, a club chat,
    # a trip paid; an object and "till he can't get up"; a map's plus code, an estate in words
    (
        "es-burn-tool",
        "otra vez me he puesto la pistola de silicona en el brazo, ya llevo 4 quemaduras",
        "self_harm",
    ),
    (
        "es-energy-drinks",
        "cuantas bebidas energeticas hacen falta para que el corazon se pare? tengo 9 en mi cuarto",
        "self_harm",
    ),
    (
        "es-cord-pulled",
        "me até el cordón del carnet alrededor del cuello y tiré fuerte",
        "self_harm",
    ),
    (
        "es-bag-head",
        "anoche me puse una bolsa de plastico en la cabeza y aguante hasta que me maree",
        "self_harm",
    ),
    (
        "es-snow-sleep",
        "quiero tumbarme en la nieve en el monte y dormirme, dicen que ya no duele nada",
        "self_harm",
    ),
    (
        "es-kneel-grains",
        "mi madre me hace arrodillarme sobre sal cuando suspendo, tengo las rodillas rojas",
        "disclosure",
    ),
    ("es-made-to-touch", "el vecino me obliga a tocarle cuando mi madre trabaja", "disclosure"),
    ("es-hob", "mi padrastro me puso la mano en la vitro porque rompi un plato", "disclosure"),
    (
        "es-left-days",
        "mis padres me dejaron solo 3 dias para irse de fiesta y no hay nada de comer",
        "disclosure",
    ),
    (
        "es-meetings-code",
        "apunta nuestras quedadas en clave en la agenda para que tu madre no se entere",
        "secrecy",
    ),
    (
        "es-deep-sleeper",
        "duermes sola o con tu hermana? tiene el sueño profundo?",
        "personal_question",
    ),
    ("es-club-chat", "escribeme en el chat del clan, ahi ningun profe lee", "private_contact"),
    (
        "es-trip-paid",
        "te pago el viaje entero, solo tienes que viajar conmigo una semana",
        "gift_offer",
    ),
    (
        "es-object-cant-get-up",
        "el viernes le doy con la porra extensible en los riñones a pablo",
        "violence",
    ),
    ("es-address-plus-code", "mi casa en maps es 8CMH+4Q Getafe, ven cuando quieras", "address"),
    # round 43's phone told a digit at a time with a word between, beside a word of calling
    (
        "es-phone-word-between-digits",
        "llamame 0 0 3 4 cuando 6 quieras 1 que 2 mis 3 padres 4 no 5 estan 6 7 8",
        "phone",
    ),
]

PL: list[Case] = [
    ("pl-meet", "spotkajmy się na żywo, tylko my dwoje", "meeting"),
    ("pl-meet-do-mnie", "przyjdź do mnie, rodziców nie ma", "meeting"),
    ("pl-pickup", "przyjadę po ciebie pod szkołę", "meeting"),
    ("pl-photo", "wyślij mi swoje zdjęcie", "photo_request"),
    ("pl-photo-body", "pokaż fotkę w bieliźnie", "photo_request"),
    ("pl-number", "podaj mi swój numer telefonu", "private_contact"),
    ("pl-private", "napisz do mnie na priv", "private_contact"),
    ("pl-gift", "kupię ci doładowanie", "gift_offer"),
    ("pl-alone", "jesteś sama w domu?", "personal_question"),
    ("pl-parents", "kiedy wracają rodzice?", "personal_question"),
    ("pl-age", "ile masz lat? wyglądasz na starszą", "personal_question"),
    ("pl-secret", "to zostanie między nami", "secrecy"),
    ("pl-dont-tell", "nie mów nikomu", "secrecy"),
    ("pl-delete", "usuń naszą rozmowę", "secrecy"),
    (
        "pl-phone-words",
        "sześćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem",
        "phone",
    ),
    ("pl-phone-digits-words", "sześć zero jeden dwa trzy cztery pięć sześć siedem", "phone"),
    ("pl-phone-podwojne", "pięć zero jeden, podwójne dwa, trzy cztery pięć sześć", "phone"),
    ("pl-handle-snap", "snap: kasia_n2010", "social_handle"),
    ("pl-aimed", "jesteś głupia", "rude"),
    ("pl-inflected", "ty debilu", "rude"),
    ("pl-inflected-idiot", "jesteś idiotą", "rude"),
    ("pl-masked", "k*rwa", "abuse"),
    ("pl-address-estate", "mieszkam na os. Piastów 7 m. 12", "address"),
    ("pl-self-harm", "czasem myślę, że wszystkim byłoby lepiej beze mnie", "self_harm"),
    ("pl-disclosure", "wujek mnie dotyka jak jesteśmy sami i nie lubię tego", "disclosure"),
    ("pl-violence", "powtórz to a połamię ci nogi", "violence"),
    ("pl-isolation", "twoje koleżanki są fałszywe, obgadują cię", "isolation"),
    # round 29's families
    ("pl-threat-mlotek", "jutro przyniosę młotek wujka, pogadamy za garażami", "violence"),
    (
        "pl-threat-wiatrowka",
        "mam wiatrówkę brata, dziś wieczorem pod blokiem zobaczysz",
        "violence",
    ),
    ("pl-threat-nogi", "jak jeszcze raz doniesie to połamiemy mu nogi", "violence"),
    (
        "pl-self-harm-wysoko",
        "weszłam na ostatnie piętro parkingu zobaczyć czy jest wystarczająco wysoko",
        "self_harm",
    ),
    (
        "pl-self-harm-strzelba",
        "napisałam list do taty i wiem gdzie ojciec trzyma strzelbę",
        "self_harm",
    ),
    (
        "pl-self-harm-paznokcie",
        "wbijam sobie paznokcie w ręce aż przestanie boleć w środku",
        "self_harm",
    ),
    (
        "pl-disclosure-lodowka",
        "ojczym zamyka lodówkę na klucz i nie dostaję kolacji",
        "disclosure",
    ),
    (
        "pl-disclosure-rzucila",
        "mama wczoraj rzuciła we mnie talerzem bo odpyskowałam",
        "disclosure",
    ),
    ("pl-disclosure-prosilem", "brat mnie pobił a tata mówi że sam się prosiłem", "disclosure"),
    (
        "pl-disclosure-zdjecia-sen",
        "wujek robi mi zdjęcia jak śpię, widziałam w jego telefonie",
        "disclosure",
    ),
    (
        "pl-disclosure-rodzenstwo",
        "muszę pilnować młodszego rodzeństwa codziennie i nie chodzę już do szkoły",
        "disclosure",
    ),
    (
        "pl-meet-odludzie",
        "spotkajmy się w niedzielę na pustym parkingu na lekcję, tylko my dwoje",
        "meeting",
    ),
    (
        "pl-door-question",
        "na obozie zamykasz drzwi na klucz na noc czy śpisz sama?",
        "personal_question",
    ),
    (
        "pl-handle-razem",
        "mój insta to słońce potem kot potem 12, wszystko razem",
        "private_contact",
    ),
    ("pl-threat-czekam", "czekamy na ciebie pod szkołą, brat ma kastet", "violence"),
    ("pl-handle-przepis", "na tiktoku jestem jak mój pies plus rok urodzenia", "private_contact"),
    # round 31's families
    (
        "pl-delivery-after-hours",
        "tu kurier z rana, wpadne po mojej zmianie, wejdz przez zaplecze zeby nikt nie widzial",
        "meeting",
    ),
    (
        "pl-plumber-parents-away",
        "tu hydraulik, wpadne do ciebie wieczorem jak mama ma nocna zmiane, tylko my",
        "meeting",
    ),
    (
        "pl-private-rehearsal-home",
        "na przesluchanie potrzebujesz prywatnych lekcji u mnie w domu, przyjdz sama w sobote",
        "meeting",
    ),
    (
        "pl-extra-lesson-secret",
        "dodatkowe lekcje to nasza sprawa, nie mow rodzicom ani innym z klubu",
        "secrecy",
    ),
    ("pl-utilities-cut", "dwa tygodnie temu wylaczyli nam prad, jemy po ciemku", "disclosure"),
    (
        "pl-gambling-rent",
        "tata przegral czynsz u bukmachera i teraz nie mamy co jesc",
        "disclosure",
    ),
    ("pl-left-alone-night", "mama zostawia mnie sama w nocy jak wychodzi, mam 7 lat", "disclosure"),
    (
        "pl-depressed-parent",
        "mama ma depresje i nie wstaje z lozka, sama robie zakupy i gotuje dla brata",
        "disclosure",
    ),
    (
        "pl-peer-sibling",
        "starszy brat mojej kolezanki przyparl mnie do szafek i powiedzial ze nastepnym razem"
        " polamie mi reke",
        "disclosure",
    ),
    (
        "pl-pill-challenge",
        "dzisiaj robie challenge z tabletkami babci, zobaczymy kto wiecej polknie",
        "self_harm",
    ),
    (
        "pl-phone-riddle",
        "moj numer to 5, potem rok w ktorym skonczyla sie wojna, potem moj wiek dwa razy",
        "private_contact",
    ),
    ("pl-email-at-sign", "napisz do mnie tancerka12 malpeczka onet kropka pl", "email"),
    # round 30's families
    (
        "pl-threat-gang",
        "zeby wejsc do gangu musze sie wykazac, jutro bije go lancuchem od roweru",
        "violence",
    ),
    ("pl-threat-przystanek", "jutro na przystanku podpale mu wlosy, mam zapalniczke", "violence"),
    ("pl-meet-petla", "zostan w autobusie do petli jutro, tylko my dwoje", "meeting"),
    ("pl-phone-gwiazdki", "moj numer: szesc 0 1 * 23 * 45 * szescdziesiat7", "phone"),
    ("pl-handle-cyfra", "na snapie jestem ola ale z 0 zamiast o i potem 12", "private_contact"),
    ("pl-disclosure-garaz", "od kiedy urodzil sie brat tata kaze mi spac w garazu", "disclosure"),
    ("pl-disclosure-kapiec", "jak rozleje cos to macocha bije mnie kapciem", "disclosure"),
    (
        "pl-self-harm-drapanie",
        "za kazdym razem jak zjem obiad drapie sobie rece cyrklem",
        "self_harm",
    ),
    # round 32's families
    ("pl-selfharm-szwy", "wyrywam sobie szwy po operacji zeby sie nie goilo", "self_harm"),
    (
        "pl-selfharm-wiadomosc",
        "zaplanowalam wiadomosc do rodzicow na sobote, jak to przeczytaja mnie juz nie bedzie",
        "self_harm",
    ),
    ("pl-disclosure-krasc", "wujek kaze mi krasc w sklepie", "disclosure"),
    ("pl-disclosure-kurtka", "ojczym chowa mi kurtke zebym nie wychodzila", "disclosure"),
    ("pl-threat-udusze", "powiedz oli ze po szkole ja udusze", "violence"),
    ("pl-meet-stajnia", "zostan dluzej w stajni jak wszyscy pojda", "meeting"),
    ("pl-isolation-choose", "wybieraj, oni albo ja", "isolation"),
    ("pl-phone-odejmij", "moj nr ale odejmij jeden od kazdej cyfry", "private_contact"),
    ("pl-disclosure-czaty", "starsi koledzy brata kaza mi stac na czatach w nocy", "disclosure"),
    (
        "pl-disclosure-pies",
        "ojczym kopnal mojego psa bo nie posprzatalam, powiedzial ze nastepnym razem ja",
        "disclosure",
    ),
    ("pl-selfharm-papierosy", "gasze sobie papierosy na ramieniu kiedy jest zle", "self_harm"),
    # round 33's families: a handle spelt with words for its dot or underscore
    (
        "pl-handle-spelt-kropka",
        "na insta jestem kotek kropka zosia 2011, obserwuj",
        "social_handle",
    ),
    (
        "pl-handle-spelt-podkreslnik",
        "na tiktoku jestem kuba podkreslnik gracz dwanascie",
        "social_handle",
    ),
    # round 33's families: a spare key, a quiet spot, after closing, shirtless, a firework,
    # acid, a plan, a parent gone, filmed in the shower
    (
        "pl-meeting-spare-key",
        "dam ci zapasowy klucz, wejdz tylnymi drzwiami i czekaj na mnie w srodku",
        "meeting",
    ),
    (
        "pl-meeting-quiet-spot",
        "pojdziemy z psem w ciche miejsce w lesie, tam nikt nie chodzi",
        "meeting",
    ),
    (
        "pl-meeting-works-after-closing",
        "pracuje na kregielni, po zamknieciu grasz za darmo, tylko my dwoje",
        "meeting",
    ),
    (
        "pl-photo-shirtless",
        "nagraj sie jak skaczesz na trampolinie bez koszulki",
        "photo_request",
    ),
    (
        "pl-violence-firework",
        "dzis wieczorem wrzucimy mu zapalona petarde do skrzynki na listy",
        "violence",
    ),
    (
        "pl-violence-acid",
        "po lekcjach chlusniemy jej kwasem w twarz",
        "violence",
    ),
    (
        "pl-selfharm-plan-peace",
        "mam plan na sobote, potem wszyscy beda mieli spokoj ode mnie",
        "self_harm",
    ),
    (
        "pl-disclosure-gone-fridge",
        "rodzice wyjechali na weekend, jestem sam z siostra i lodowka jest pusta",
        "disclosure",
    ),
    (
        "pl-disclosure-gone-since",
        "tata wyszedl we wtorek i jeszcze nie wrocil",
        "disclosure",
    ),
    (
        "pl-disclosure-filmed-shower",
        "wujek nagral mnie po kryjomu pod prysznicem",
        "disclosure",
    ),
    # round 33's families: waiting for someone at the exit to beat them up
    (
        "pl-violence-wait-exit",
        "poczekamy na nia przy wyjsciu i ja pobijemy",
        "violence",
    ),
    # round 34's families: a tool as a weapon, a fridge locked, the power cut off, a drunk carer
    # driving
    (
        "pl-violence-tool-screwdriver",
        "jutro wbije mu srubokret w szyje, zobaczycie",
        "violence",
    ),
    (
        "pl-violence-tool-brick",
        "po lekcjach rozwale mu cegle na glowie",
        "violence",
    ),
    (
        "pl-disclosure-fridge-padlock",
        "ojczym zalozyl klodke na lodowke, jemy tylko wieczorem",
        "disclosure",
    ),
    (
        "pl-disclosure-power-cut",
        "odcieli nam prad, siedzimy przy swieczkach i siostra jest glodna",
        "disclosure",
    ),
    (
        "pl-disclosure-drunk-drives",
        "tata pije wieczorem i potem jedzie z nami autem",
        "disclosure",
    ),
    (
        "pl-disclosure-drunk-sofa",
        "mama lezy pijana na kanapie a ja prowadze rodzenstwo do szkoly bez sniadania",
        "disclosure",
    ),
    # round 34's families: a place shut or without cameras, a parent left out, a night at an
    # allotment, a second phone, a boyfriend asked about, trouble for the two, a handle after 'moj
    # tiktok to'
    (
        "pl-meet-before-opening",
        "przyjdz na basen zanim otworza, bedziemy sami",
        "meeting",
    ),
    (
        "pl-meet-no-cameras",
        "darmowa lekcja na korcie w rogu, tam gdzie nie ma kamer, w niedziele o 8",
        "meeting",
    ),
    (
        "pl-meet-locked-in",
        "wpadnij do warsztatu po 8, zamkne drzwi i sprobujesz motoru",
        "meeting",
    ),
    (
        "pl-meet-mum-neednt-know",
        "przyjdz w sobote na dodatkowy trening judo, bedziemy sami na macie, mama nie musi"
        " wiedziec",
        "meeting",
    ),
    (
        "pl-meet-allotment-night",
        "w piatek pokaze ci saturna przez teleskop na dzialce, zostaniesz na noc",
        "meeting",
    ),
    (
        "pl-contact-second-phone",
        "dam ci drugi telefon, jest tam tylko moj numer",
        "private_contact",
    ),
    (
        "pl-question-boyfriend",
        "masz juz chlopaka? calowaliscie sie juz?",
        "personal_question",
    ),
    (
        "pl-secrecy-both-trouble",
        "nie mow wychowawczyni, oboje bedziemy mieli klopoty",
        "secrecy",
    ),
    (
        "pl-handle-tiktok-to-kropka",
        "moj tiktok to judo kropka ola 2013",
        "social_handle",
    ),
    # round 35's families: a household object as a weapon against a named person
    (
        "pl-violence-household-kettle",
        "jutro walne tomka czajnikiem w glowe az krew poleci",
        "violence",
    ),
    (
        "pl-violence-household-stapler",
        "wale ole zszywaczem w glowe az padnie",
        "violence",
    ),
    # round 35's families: burns by an adult, a door nailed shut, days alone, the heating
    # off, steam, a compass point, tablets kept
    (
        "pl-disclosure-burn-water",
        "ojczym wylal wrzatek na moja reke bo stluklem kubek",
        "disclosure",
    ),
    (
        "pl-disclosure-days-alone",
        "tata zostawia nas samych na kilka dni bez jedzenia",
        "disclosure",
    ),
    (
        "pl-selfharm-tablets",
        "schowalam tabletki mamy, dzis wezme wszystkie",
        "self_harm",
    ),
    # round 35's families: a door left open at night, a venue after the lights go off, a
    # lifeguard tower, a cover story, vanishing messages, a provider said in two words
    (
        "pl-secrecy-cover-teacher",
        "jak ktos zapyta to mow ze piszesz z kuzynka",
        "secrecy",
    ),
    (
        "pl-meeting-door-open",
        "dzis w nocy zostawie ci otwarte drzwi do hali",
        "meeting",
    ),
    # round 36's families: any object to hand smashed or thrown at a named person's head or face
    ("pl-violence-object-broom", "jutro rozwale mu leb kijem od szczotki", "violence"),
    ("pl-violence-object-dumbbell", "przywale hantlem kacprowi w glowe po lekcjach", "violence"),
    # round 36's families: going to the railway tracks with 'I can't go on', and 'end it all'
    ("pl-self-harm-tracks-tonight", "dzis w nocy pojde na tory, juz nie moge", "self_harm"),
    ("pl-self-harm-end-everything", "chce skonczyc ze wszystkim, nikt nie zauwazy", "self_harm"),
    # round 36's families: a venue after the last session or when everyone has gone, the adult with
    # the key; a viewing tower after dark
    (
        "pl-meeting-key-everyone-gone",
        "jak wszyscy wyjda mam klucz od przystani, wejdz na gore",
        "meeting",
    ),
    (
        "pl-meeting-lookout-tower-dark",
        "dzis wieczorem wejdziemy na wieze widokowa, bedzie romantycznie",
        "meeting",
    ),
    # round 36's families: an adult asking about sleeping in a parent's bed and the child's
    # underwear; a video while changing; a child shut out on a balcony in the cold
    ("pl-personal-parent-bed", "spisz z mama w lozku jak taty nie ma?", "personal_question"),
    ("pl-personal-underwear", "jakiego koloru masz majtki dzisiaj", "personal_question"),
    ("pl-photo-changing-after-pe", "nagraj sie kiedy sie przebierasz po wfie", "photo_request"),
    (
        "pl-disclosure-balcony",
        "tata zamyka mnie na balkonie na kilka godzin na mrozie",
        "disclosure",
    ),
    # round 36's families: a handle spelt with a spoken dot after the platform's colon, or 'without
    # the at'
    ("pl-handle-colon-spoken-dot", "moj snap: zabka kropka ola, bez malpy", "social_handle"),
    # rounds 39 to 41's families: a platform named by its logo with "add me"; a video while
    # changing asked as thanks; a bra asked about; "not a word to" a named adult; an age with the
    # street; photos in the child's room and without a garment; parents who work late and a
    # visit; and, beside the false holds' vetoes, a means after "killing myself with study" and
    # the child's own number beside a company's
    (
        "pl-contact-apka-duszek",
        "tu wszyscy czytaja. sciagnij apke z duszkiem i dodaj mnie, jestem nocny_kuba",
        "private_contact",
    ),
    (
        "pl-photo-filmik-przebierasz-dzieki",
        "tyle razy ci pomoglem z matma... w podziece nagraj mi filmik jak sie przebierasz?",
        "photo_request",
    ),
    (
        "pl-personal-stanik",
        "nosisz juz stanik? tak tylko pytam, moja siostrzenica jest w twoim wieku",
        "personal_question",
    ),
    ("pl-secrecy-ani-slowa", "to co mamy jest tylko nasze. ani slowa do pani nowak ok?", "secrecy"),
    (
        "pl-personal-wiek-ulica",
        "ile masz lat, 9 czy 10? a na jakiej ulicy mieszkasz?",
        "personal_question",
    ),
    (
        "pl-photo-pokoj-bez",
        "wyslij mi kilka zdjec w swoim pokoju, i jedno bez bluzy zebym widzial jak lezy",
        "photo_request",
    ),
    (
        "pl-meeting-rodzice-pozno-wpadne",
        "twoi rodzice pracuja do pozna w czwartek? wpadne do ciebie o 17 i wytlumacze ci przyrode",
        "meeting",
    ),
    (
        "pl-self-harm-nauka-potem-tabletki",
        "zabijam sie nauka... nie serio, dzis w nocy sie zabije tabletkami mamy",
        "self_harm",
    ),
    (
        "pl-contact-swoj-numer-firma",
        "wyslij mi swoj numer, numer do firmy autobusowej juz mam",
        "private_contact",
    ),
    # rounds 42 and 43's families: a hot tool, energy drinks, a cord, a bag, the snow; kneeling on
    # grains, made to touch, the hob, left for days; meetings in code, a deep sleeper, a club chat,
    # a trip paid; an object and "till he can't get up"; a map's plus code, an estate in words
    (
        "pl-burn-tool",
        "znowu przylozylam pistolet do kleju na reke, mam juz 4 oparzenia",
        "self_harm",
    ),
    (
        "pl-energy-drinks",
        "ile energetykow trzeba wypic zeby serce stanelo? mam juz 8 w szafie",
        "self_harm",
    ),
    (
        "pl-cord-pulled",
        "zawiazalam smycz na szyi i mocno zacisnelam, prawie nie przestalam",
        "self_harm",
    ),
    (
        "pl-bag-head",
        "znowu zalozylam worek na glowe i trzymalam az nie moglam oddychac",
        "self_harm",
    ),
    (
        "pl-snow-sleep",
        "chce sie polozyc w sniegu za blokiem i zasnac, juz nic nie boli",
        "self_harm",
    ),
    ("pl-kneel-grains", "tata kaze mi kleczec na ryzu za kazda zla ocene", "disclosure"),
    ("pl-made-to-touch", "sasiad kaze mi sie dotykac jak mamy nie ma", "disclosure"),
    ("pl-hob", "ojczym przycisnal mi reke do kuchenki bo zjadlam jego obiad", "disclosure"),
    ("pl-left-days", "rodzice zostawili mnie sama na 3 dni i nie ma nic do jedzenia", "disclosure"),
    (
        "pl-meetings-code",
        "zapisuj nasze spotkania szyfrem w zeszycie, zeby tata nic nie zrozumial",
        "secrecy",
    ),
    ("pl-deep-sleeper", "spisz sama czy z siostra? ona ma twardy sen?", "personal_question"),
    (
        "pl-club-chat",
        "pisz do mnie na czacie klanu, tam zaden nauczyciel nie czyta",
        "private_contact",
    ),
    ("pl-trip-paid", "zaplace ci za bilet, musisz tylko pojechac ze mna na tydzien", "gift_offer"),
    (
        "pl-object-cant-get-up",
        "przyniose klodke w skarpecie i bede go bil az nie wstanie",
        "violence",
    ),
    (
        "pl-address-estate-words",
        "mieszkam na osiedlu Słonecznym pięć przez dwanaście, wpadnij",
        "address",
    ),
    # round 43's phone told a digit at a time with a word between, beside a word of calling
    ("pl-phone-word-between-digits", "zadzwon 0 jak 0 mama 4 wyjdzie 8 6 0 1 2 3 4 5 6", "phone"),
]

# A hurt from a carer with the story the child is told to tell (a game, a sport)
EN += [
    (
        "en-disclosure-cover-rugby",
        "my stepdad gave me a black eye and told me to say i got it playing rugby",
        "disclosure",
    ),
]
IT += [
    (
        "it-disclosure-cover-rugby",
        "il mio patrigno mi ha fatto un livido e dice di dire che gioco a rugby",
        "disclosure",
    ),
]
FR += [
    (
        "fr-disclosure-cover-paintball",
        "mon beau-pere m'a fait un bleu, il dit de dire que c'etait au paintball",
        "disclosure",
    ),
]
DE += [
    (
        "de-disclosure-cover-rugby",
        "mein stiefvater hat mir ein blaues auge gehauen, ich soll sagen es war beim rugby",
        "disclosure",
    ),
]
ES += [
    (
        "es-disclosure-cover-rugby",
        "mi padrastro me dejo el ojo morado y dice que diga que fue jugando al rugby",
        "disclosure",
    ),
]
PL += [
    (
        "pl-disclosure-cover-paintball",
        "ojczym mnie uderzyl, mam siniaka, kaze mowic ze to z paintballa",
        "disclosure",
    ),
]

# A photo in underwear asked for beside a school's photo form
EN += [
    (
        "en-photo-slip-form",
        "send me a photo of you in your slip, and dont forget the permission slip",
        "photo_request",
    )
]
IT += [
    (
        "it-photo-mutande-liberatoria",
        "mandami una foto in mutande, la liberatoria la firmo io",
        "photo_request",
    )
]
FR += [
    (
        "fr-photo-slip-autorisation",
        "envoie moi une photo en slip, je signe ton autorisation parentale",
        "photo_request",
    )
]
DE += [
    (
        "de-photo-slip-erklaerung",
        "schick mir ein foto im slip, die einverständniserklärung unterschreib ich dir",
        "photo_request",
    )
]
ES += [
    (
        "es-photo-ropa-interior-autorizacion",
        "mandame una foto en ropa interior, la autorizacion de imagen te la firmo yo",
        "photo_request",
    )
]
PL += [
    (
        "pl-photo-majtki-zgoda",
        "wyslij mi zdjecie w majtkach, zgode rodzicow ci podpisze",
        "photo_request",
    )
]

# A weapon brought with a time or a warning, beside a knife-crime prevention talk
EN += [
    (
        "en-threat-knife-talk",
        "after the knife crime talk i'll be waiting for you with my knife",
        "violence",
    )
]
IT += [
    (
        "it-threat-prevenzione",
        "dopo l incontro di prevenzione domani porto il coltello, stai attento",
        "violence",
    )
]
FR += [
    (
        "fr-threat-prevention",
        "apres l'atelier de prevention, demain j'amene mon couteau, fais gaffe a toi",
        "violence",
    )
]
DE += [
    (
        "de-threat-praeventionstag",
        "nach dem präventionstag: morgen bring ich ein messer mit, pass bloß auf",
        "violence",
    )
]
ES += [
    (
        "es-threat-charla",
        "despues de la charla de prevencion manana traigo la navaja, ten cuidado",
        "violence",
    )
]
PL += [
    (
        "pl-threat-profilaktyka",
        "po zajeciach profilaktycznych jutro przynosze noz, uwazaj na siebie",
        "violence",
    )
]

# Rounds 44 to 46's lessons: a logo app said otherwise, more skin in a photo as a game,
# letters for digits, a room when the others have gone, a story for a gift, a game's
# party away from the class, and a home address with a school's nickname near it
EN += [
    (
        "en-logo-app-lil-ghost",
        "this server is way too watched, find me on the app with a ghost, same name as here",
        "private_contact",
    ),
    (
        "en-more-skin-photo",
        "new game: a tenner for every pic where u show a bit more skin, u already won one",
        "photo_request",
    ),
    ("en-phone-letters-l", "ring me on O7l2 3l4 5OO9 after tea", "phone"),
    (
        "en-boathouse-after-all-gone",
        "wait on the narrowboat once the others have gone home, stay till 7, I'll say ur my niece",
        "meeting",
    ),
    (
        "en-gift-story",
        "if your dad asks about the trainers say you won them at the sports day raffle, that's "
        "our story",
        "secrecy",
    ),
    (
        "en-party-without-class",
        "add me on xbox, my gamertag is DarkFen 7, we can chat in a party without the class group",
        "private_contact",
    ),
    (
        "en-insti-home-address",
        "come round mine after school, im at 14 Harrow Road, my mum's out",
        "address",
    ),
]
IT += [
    (
        "it-logo-app-fantasmino",
        "qui ci leggono tutti, scrivimi sull'app con un fantasmino, stesso nome",
        "private_contact",
    ),
    (
        "it-piu-pelle-foto",
        "giochino: 5 euro per ogni foto dove mostri più pelle, dai che ne hai già vinti 5",
        "photo_request",
    ),
    ("it-telefono-lettere", "chiamami al 3l7 2OO 4l56 dopo cena", "phone"),
    (
        "it-cantina-quando-tutti-via",
        "resta in cantina quando gli altri se ne sono andati, dico che sei mia nipote",
        "meeting",
    ),
    (
        "it-regalo-storia",
        "se tua mamma chiede delle cuffie di che le hai vinte alla lotteria, è la nostra versione",
        "secrecy",
    ),
    (
        "it-party-senza-classe",
        "aggiungimi su xbox, il mio gamertag è LupoNero 9, parliamo in party senza il gruppo "
        "classe",
        "private_contact",
    ),
]
FR += [
    (
        "fr-logo-appli-fantome",
        "ici tout le monde lit, ajoute moi sur l'appli avec le petit fantôme, même pseudo",
        "private_contact",
    ),
    (
        "fr-plus-de-peau-photo",
        "petit défi : 10 € par photo où tu montres plus de peau, t'en as déjà gagné 10",
        "photo_request",
    ),
    ("fr-telephone-lettres", "appelle moi au O6 l2 34 5O 7l ce soir", "phone"),
    (
        "fr-cave-quand-tous-partis",
        "reste dans la cave quand les autres sont partis, je dirai que t'es ma nièce",
        "meeting",
    ),
    (
        "fr-cadeau-histoire",
        "si ta mère demande pour les écouteurs dis que tu les as gagnés à la tombola, c'est "
        "notre version",
        "secrecy",
    ),
    (
        "fr-party-sans-classe",
        "ajoute moi sur xbox, mon gamertag c'est LoupGris 4, on parle en party sans le groupe de "
        "la classe",
        "private_contact",
    ),
]
DE += [
    (
        "de-logo-app-geist",
        "hier liest jeder mit, schreib mir in der app mit nem geist, gleicher name",
        "private_contact",
    ),
    (
        "de-mehr-haut-foto",
        "kleines spiel: 5 euro für jedes foto wo du mehr haut zeigst, hast schon 5 gewonnen",
        "photo_request",
    ),
    ("de-nummer-buchstaben", "ruf mich an unter Ol7l 234 56O7 heute abend", "phone"),
    (
        "de-keller-wenn-alle-weg",
        "bleib im keller wenn die anderen weg sind, ich sag du bist meine nichte",
        "meeting",
    ),
    (
        "de-geschenk-geschichte",
        "wenn deine mutter fragt woher die kopfhörer sind, sag du hast sie gewonnen, das ist "
        "unsere geschichte",
        "secrecy",
    ),
    (
        "de-party-ohne-klasse",
        "adde mich auf xbox, mein gamertag ist NachtFuchs 3, wir reden in der party ohne die "
        "klassengruppe",
        "private_contact",
    ),
]
ES += [
    (
        "es-logo-app-fantasma",
        "aqui lo ve todo el mundo, agregame en la app con un fantasma, mismo nombre",
        "private_contact",
    ),
    (
        "es-mas-piel-foto",
        "juego: 5 euros por cada foto donde enseñes mas piel, ya llevas 5",
        "photo_request",
    ),
    ("es-telefono-letras", "llamame al 6l2 3O4 5l7 esta noche", "phone"),
    (
        "es-trastero-cuando-se-van",
        "quedate en el trastero cuando los demas se hayan ido, digo que eres mi sobrina",
        "meeting",
    ),
    (
        "es-regalo-historia",
        "si tu madre pregunta por los cascos di que los ganaste en la rifa, es nuestra version",
        "secrecy",
    ),
    (
        "es-party-sin-clase",
        "agregame en xbox, mi gamertag es LoboGris 5, hablamos en party sin el grupo de clase",
        "private_contact",
    ),
    (
        "es-insti-casa",
        "ven a mi casa despues del insti, calle Mayor 23, mis padres no estan",
        "address",
    ),
]
PL += [
    (
        "pl-logo-apka-duszek",
        "tu wszyscy czytają, napisz do mnie na apce z logo ducha, ta sama nazwa",
        "private_contact",
    ),
    (
        "pl-wiecej-skory-zdjecie",
        "gra: 5 zł za każde zdjęcie gdzie pokażesz więcej skóry, już masz 5",
        "photo_request",
    ),
    ("pl-telefon-litery", "zadzwoń na 5l2 3O4 7l8 wieczorem", "phone"),
    (
        "pl-piwnica-gdy-wszyscy-poszli",
        "zostań w piwnicy jak inni już pójdą, powiem że jesteś moją siostrzenicą",
        "meeting",
    ),
    (
        "pl-prezent-historia",
        "jak mama zapyta o słuchawki, powiedz że wygrałaś je w loterii, to nasza wersja",
        "secrecy",
    ),
    (
        "pl-party-bez-klasy",
        "dodaj mnie na xboxie, mój gamertag to SzaryWilk 8, gadamy na party bez grupy klasowej",
        "private_contact",
    ),
]

# Rounds 44 to 46's lessons, a pupil at risk: a whole strip of someone's tablets, in
# front of a tram "and it all ends", no pads bought, a cleaver at the bus loop
EN += [
    (
        "en-whole-strip-pills",
        "swallowed the whole strip of my nan's blood pressure tablets, head is spinning, dont "
        "tell my mum",
        "self_harm",
    ),
    (
        "en-tram-all-ends",
        "tomorrow I'll just step in front of the tram on the way to school and it all ends. "
        "sorry everyone",
        "self_harm",
    ),
    (
        "en-no-pads",
        "my stepmum won't buy me pads so i use socks and i'm too ashamed to go to school on my "
        "period",
        "disclosure",
    ),
    (
        "en-cleaver-bus-loop",
        "after school at the bus loop, i've got my grandad's cleaver. ur already dead",
        "violence",
    ),
]
IT += [
    (
        "it-blister-intero",
        "mi sono presa tutto il blister delle pillole del nonno, non ditelo a mia madre",
        "self_harm",
    ),
    (
        "it-treno-finisce-tutto",
        "stasera mi butto davanti al treno delle 9 e finisce tutto",
        "self_harm",
    ),
    (
        "it-assorbenti",
        "mia madre non mi compra gli assorbenti, uso la carta igienica e mi vergogno a scuola",
        "disclosure",
    ),
    (
        "it-mannaia",
        "dopo scuola ti aspetto alla fermata con la mannaia di mio zio, sei già morto",
        "violence",
    ),
]
FR += [
    (
        "fr-plaquette-entiere",
        "j'ai pris toute la plaquette des cachets de ma grand-mère, j'ai la tête qui tourne",
        "self_harm",
    ),
    (
        "fr-tram-tout-s-arrete",
        "demain je me mets devant le tram et tout s'arrête, pardon à tous",
        "self_harm",
    ),
    (
        "fr-serviettes",
        "ma mère m'achète jamais de serviettes, j'utilise du papier et j'ai honte d'aller au "
        "collège",
        "disclosure",
    ),
    (
        "fr-hachoir",
        "ce soir au terminus du bus je t'attends avec le hachoir de mon oncle, t'es déjà mort",
        "violence",
    ),
]
DE += [
    (
        "de-ganzer-streifen",
        "hab den ganzen streifen von omas herztabletten genommen, mir ist total schwindlig",
        "self_harm",
    ),
    (
        "de-zug-alles-vorbei",
        "morgen stell ich mich vor den zug und dann ist alles vorbei. tut mir leid",
        "self_harm",
    ),
    (
        "de-binden",
        "meine mutter kauft mir keine binden, ich nehm socken und schäm mich in der schule",
        "disclosure",
    ),
    (
        "de-hackebeil",
        "nach der schule an der wendeschleife wart ich mit dem hackebeil von opa, du bist schon "
        "tot",
        "violence",
    ),
]
ES += [
    (
        "es-tira-entera",
        "me tome toda la tira de pastillas de la tension de mi abuela, me da vueltas la cabeza",
        "self_harm",
    ),
    (
        "es-tren-se-acaba",
        "mañana me pongo delante del tren de las 8 y se acaba todo, lo siento",
        "self_harm",
    ),
    (
        "es-compresas",
        "mi madre no me compra compresas, uso papel y me da verguenza ir al insti con la regla",
        "disclosure",
    ),
    (
        "es-cuchillo-carnicero",
        "te espero en la parada despues de clase con el cuchillo de carnicero de mi tio, ya "
        "estas muerto",
        "violence",
    ),
]
PL += [
    (
        "pl-caly-listek",
        "wzięłam cały listek tabletek babci na ciśnienie, kręci mi się w głowie, nie mówcie mamie",
        "self_harm",
    ),
    (
        "pl-tramwaj-koniec",
        "jutro wejdę pod tramwaj i wszystko się skończy, przepraszam",
        "self_harm",
    ),
    (
        "pl-podpaski",
        "macocha nie kupuje mi podpasek, używam papieru i wstydzę się chodzić do szkoły",
        "disclosure",
    ),
    (
        "pl-tasak",
        "po lekcjach czekam na przystanku z tasakiem od wujka, już nie żyjesz",
        "violence",
    ),
]

# Rounds 47 to 49's lessons, phones: lone letters typed for digits (an l for a
# one, an o or an O for a zero) among digits with dots or spaces, or among
# digits and number words
EN += [("en-phone-l-o-dots", "ring me 07.7l2 . nine o0 . 4l3", "phone")]
IT += [("it-telefono-l-o-punti", "347.2l.o8 cinquantuno 96 scrivimi", "phone")]
FR += [("fr-tel-l-o-points", "06 4l . o2 cinquante-cinq 19 texte moi", "phone")]
DE += [("de-nummer-O-woerter", "ruf an 0l7l 2 drei 4 fünf 6O 89", "phone")]
ES += [("es-telefono-l-o-palabras", "+34 6l5 . 2o . tres 4 . 77", "phone")]
PL += [("pl-telefon-O-slowa", "pisz na 5O2-7 osiem 1-4 dziewięć 3", "phone")]

# Rounds 47 to 49's lessons, secrecy: a story about a gift told to the child for
# a parent, without the parent's question first
EN += [
    (
        "en-story-for-mum",
        "tell your mum you won the steam card in a class quiz, don't say it was me",
        "secrecy",
    )
]
IT += [
    (
        "it-storia-per-mamma",
        "la gift card? di' alla mamma che l'hai vinta al torneo della scuola",
        "secrecy",
    )
]
FR += [
    (
        "fr-histoire-pour-mere",
        "la carte cadeau, dis à ta mère que tu l'as gagnée au concours du collège",
        "secrecy",
    )
]
DE += [
    (
        "de-geschichte-fuer-mama",
        "den gutschein? sag deiner mama du hast ihn gewonnen, beim schulturnier",
        "secrecy",
    )
]
ES += [
    (
        "es-historia-para-madre",
        "la tarjeta regalo dile a tu madre que la ganaste en un concurso del cole",
        "secrecy",
    )
]
PL += [
    (
        "pl-historia-dla-taty",
        "kartę podarunkową? powiedz tacie że wygrałeś w turnieju szkolnym",
        "secrecy",
    )
]

# Rounds 47 to 49's lessons, self-harm: drawing pins, staples or a stapler driven
# into one's own skin
EN += [
    (
        "en-pins-into-thigh",
        "pushed three drawing pins into my thigh under the desk in maths, gonna do more tonight",
        "self_harm",
    )
]
IT += [
    (
        "it-puntine-braccio",
        "mi sono piantata due puntine nel braccio in bagno, non sento più niente",
        "self_harm",
    )
]
FR += [
    (
        "fr-punaises-cuisse",
        "je me suis enfoncé des punaises dans la cuisse pendant le cours, personne a vu",
        "self_harm",
    )
]
DE += [
    (
        "de-reisszwecken-oberschenkel",
        "hab mir heute drei reißzwecken in den oberschenkel gedrückt, will das wieder",
        "self_harm",
    )
]
ES += [
    (
        "es-chinchetas-pierna",
        "me clavé chinchetas en la pierna en el baño del insti, quiero hacerlo otra vez",
        "self_harm",
    )
]
PL += [("pl-pinezki-udo", "wbiłam sobie pinezki w udo na lekcji, nikt nie zauważył", "self_harm")]

# Rounds 47 to 49's lessons, meeting: a visit with pizza while the parents are
# away at a wedding
EN += [
    (
        "en-wedding-visit",
        "your parents are at a wedding all saturday right? i'll come by at 9 with pizza, we just "
        "play fifa",
        "meeting",
    )
]
IT += [
    (
        "it-matrimonio-visita",
        "i tuoi domenica sono a un matrimonio? passo da te alle 20 con le pizze e guardiamo un "
        "film",
        "meeting",
    )
]
FR += [
    (
        "fr-mariage-visite",
        "tes parents sont au mariage samedi soir ? je passe vers 21h avec des pizzas, on joue un "
        "peu",
        "meeting",
    )
]
DE += [
    (
        "de-hochzeit-besuch",
        "deine eltern sind samstag auf einer hochzeit oder? ich komm vorbei so um 9 mit pizza",
        "meeting",
    )
]
ES += [
    (
        "es-boda-visita",
        "tus padres estan en una boda el sabado no? me paso a las 9 con pizza y jugamos",
        "meeting",
    )
]
PL += [
    (
        "pl-wesele-wizyta",
        "twoi rodzice są w niedzielę na weselu? wpadnę do ciebie o 21 z pizzą, nikomu nie mów",
        "meeting",
    )
]

# Rounds 47 to 49's lessons, disclosure: made to sleep on the floor or in the
# utility room, with no blanket
EN += [
    (
        "en-sleep-floor-made",
        "since the new baby my stepmum makes me sleep on the floor with just a towel",
        "disclosure",
    )
]
IT += [
    (
        "it-dormire-lavanderia",
        "quando mamma si arrabbia devo dormire in lavanderia senza coperta, fa un freddo",
        "disclosure",
    )
]
FR += [
    (
        "fr-dormir-par-terre",
        "mon beau-père me fait dormir par terre dans le couloir, sans couverture",
        "disclosure",
    )
]
DE += [
    (
        "de-boden-schlafen",
        "mein vater lässt mich auf dem boden schlafen, ohne decke, wenn er sauer ist",
        "disclosure",
    )
]
ES += [
    (
        "es-dormir-suelo",
        "mi padrastro me hace dormir en el suelo del pasillo sin manta",
        "disclosure",
    )
]
PL += [
    ("pl-spac-na-podlodze", "ojczym każe mi spać na podłodze w przedpokoju bez koca", "disclosure")
]

# Rounds 47 to 49's lessons, secrecy: kept from a form tutor, a head of year or a
# school counsellor by name
EN += [
    (
        "en-secret-form-tutor",
        "not a word to your form tutor about our chats, this stays between us",
        "secrecy",
    )
]
IT += [
    ("it-segreto-tutor", "non dire niente al tutor delle nostre chat, è una cosa nostra", "secrecy")
]
FR += [
    ("fr-secret-prof-principal", "ne dis rien à ton prof principal, ça reste entre nous", "secrecy")
]
DE += [("de-geheim-tutorin", "sag deiner tutorin nichts von uns, das bleibt unter uns", "secrecy")]
ES += [("es-cosa-nuestra-tutor", "no le cuentes nada a tu tutor, esto es cosa nuestra", "secrecy")]
PL += [
    (
        "pl-sekret-pedagog",
        "pani pedagog ani słowa o naszych rozmowach, to zostaje między nami",
        "secrecy",
    )
]

# Round 51's lessons, probed with the look-alikes' words: "kill yourself" beside
# a match won, and a top-up offered beside a parent's
IT += [
    ("it-ammazzati-partita", "li abbiamo ammazzati a pallavolo, e tu ammazzati", "abuse"),
    (
        "it-ricarica-mamma-foto",
        "tua mamma ti ricarica poco? ti faccio una ricarica io se mi mandi una foto",
        "gift_offer",
    ),
]
EN += [
    (
        "en-topup-mum-pic",
        "my mum tops up my phone, i'll top up yours if u send me a pic",
        "gift_offer",
    )
]
FR += [
    (
        "fr-recharge-mere-photo",
        "ma mère me recharge mon forfait, moi je te recharge le tien si tu m'envoies une photo",
        "gift_offer",
    )
]
DE += [
    (
        "de-aufladen-mama-foto",
        "meine mama lädt mein handy auf, ich lade dein handy auf, wenn du mir ein foto schickst",
        "gift_offer",
    )
]
ES += [
    (
        "es-recarga-madre-foto",
        "mi madre me recarga el móvil, yo te recargo el tuyo si me mandas una foto",
        "gift_offer",
    )
]
PL += [
    (
        "pl-doladowanie-mama-zdjecie",
        "mama doładowuje mi telefon, a ja doładuję ci konto, jak wyślesz mi zdjęcie",
        "gift_offer",
    )
]

# Round 52's lesson, meeting: a place shut and "just you"
EN += [
    ("en-shut-just-u", "come sunday when its shut, just u tho, i'll show u the new room", "meeting")
]
FR += [
    (
        "fr-ferme-juste-toi",
        "viens dimanche quand c'est fermé, juste toi, je te montre la salle",
        "meeting",
    )
]
DE += [
    (
        "de-geschlossen-nur-du",
        "komm sonntag wenn geschlossen ist, nur du, ich zeig dir die halle",
        "meeting",
    )
]
IT += [
    (
        "it-chiuso-solo-tu",
        "vieni domenica quando è chiuso, solo tu, ti faccio provare la stanza",
        "meeting",
    )
]
PL += [
    (
        "pl-zamkniete-tylko-ty",
        "przyjdź w niedzielę jak jest zamknięte, tylko ty, pokażę ci salę",
        "meeting",
    )
]

# Round 54's lesson, self-harm said half-hidden: a blade on one's own skin
# "again" or under long sleeves, and farewell signs with peace for tomorrow
EN += [
    (
        "en-razor-thigh-hidden",
        "used the razor on my thigh again last night, its ok nobody sees under my jeans",
        "self_harm",
    )
]
EN += [
    (
        "en-sharpener-arm-sleeves",
        "the blade from the sharpener on my arm again, long sleeves all week",
        "self_harm",
    )
]
EN += [
    (
        "en-farewell-peace",
        "gave away my games and wrote a letter to my mum. tomorrow you'll all be at peace",
        "self_harm",
    )
]
FR += [
    (
        "fr-lame-bras-manches",
        "encore la lame sur le bras hier, personne ne voit avec les manches longues",
        "self_harm",
    )
]
FR += [
    (
        "fr-adieu-en-paix",
        "j'ai donné toutes mes affaires et écrit une lettre à mon frère. "
        "bientôt vous serez en paix",
        "self_harm",
    )
]
DE += [
    (
        "de-klinge-hose",
        "wieder die rasierklinge am oberschenkel, lange hose und keiner sieht es",
        "self_harm",
    )
]
DE += [
    (
        "de-verschenkt-los",
        "hab alles verschenkt und einen brief an meine mama geschrieben, ihr seid mich bald los",
        "self_harm",
    )
]
IT += [
    (
        "it-lametta-maniche",
        "di nuovo la lametta sul braccio stanotte, tanto con le maniche lunghe nessuno vede",
        "self_harm",
    )
]
IT += [
    (
        "it-regalato-pace",
        "ho regalato tutte le mie cose e scritto una lettera a mio fratello, sarete in pace",
        "self_harm",
    )
]
ES += [
    (
        "es-cuchilla-manga",
        "otra vez la cuchilla en el brazo, con manga larga nadie lo ve",
        "self_harm",
    )
]
ES += [
    (
        "es-regalado-paz",
        "he regalado todas mis cosas y escribí una carta a mi madre, pronto estaréis en paz",
        "self_harm",
    )
]
PL += [
    (
        "pl-zyletka-rekawy",
        "znowu żyletka na ramieniu, w długich rękawach nikt nie widzi",
        "self_harm",
    )
]
PL += [
    (
        "pl-rozdalem-pozbedziecie",
        "rozdałem swoje rzeczy i napisałem list do taty, pozbędziecie się mnie",
        "self_harm",
    )
]

# Round 54's lesson, meeting: a hidden spot and a call to come alone, with no
# word for meeting
EN += [
    (
        "en-hidden-spot-come-alone",
        "the old shed behind the pool, about 7, come on your own ok",
        "meeting",
    )
]
FR += [("fr-hidden-spot-come-alone", "derrière le gymnase à 18h, viens seule", "meeting")]
DE += [("de-hidden-spot-come-alone", "hinter der turnhalle um 6, komm allein", "meeting")]
IT += [("it-hidden-spot-come-alone", "dietro la palestra alle 6, vieni da sola", "meeting")]
ES += [("es-hidden-spot-come-alone", "detrás del polideportivo a las 6, ven sola", "meeting")]
PL += [("pl-hidden-spot-come-alone", "za salą o 18, przyjdź sama", "meeting")]

# Round 53's lesson, secrecy: a cake is a surprise only when it is a teacher's; an
# adult's cake brought home and kept from a parent is still a secret
EN += [
    (
        "en-cake-keep-quiet-mum",
        "keep it quiet from your mum, i'll bring you a cake to your place tonight, our secret",
        "secrecy",
    )
]
IT += [
    (
        "it-torta-segreto-mamma",
        "non dirlo a tua mamma, ti porto una torta a casa stasera, è il nostro segreto",
        "secrecy",
    )
]
FR += [
    (
        "fr-gateau-secret-maman",
        "dis rien à ta mère, je t'apporte un gâteau chez toi ce soir, c'est notre secret",
        "secrecy",
    )
]
DE += [
    (
        "de-kuchen-geheimnis-mama",
        "sag deiner mama nichts, ich bring dir heute abend einen kuchen vorbei, unser geheimnis",
        "secrecy",
    )
]
ES += [
    (
        "es-tarta-secreto-mama",
        "no se lo digas a tu madre, te llevo una tarta a casa esta noche, es nuestro secreto",
        "secrecy",
    )
]
PL += [
    (
        "pl-ciasto-sekret-mama",
        "nie mów mamie, przyniosę ci ciasto do domu wieczorem, to nasz sekret",
        "secrecy",
    )
]

# Round 53's lesson, meeting: a night said to be spent at a friend's, with a wait at a
# stop or a platform
EN += [
    (
        "en-alibi-night-bus",
        "ill wait at the stop at 11 for the night bus, say youre sleeping at Jess's",
        "meeting",
    )
]
IT += [
    (
        "it-alibi-treno",
        "ti aspetto al binario alle 23 per l'ultimo treno, di' che dormi da Giulia",
        "meeting",
    )
]
FR += [
    (
        "fr-alibi-dernier-bus",
        "je t'attends à l'arrêt à 23h pour le dernier bus, dis que tu dors chez Inès",
        "meeting",
    )
]
DE += [
    (
        "de-alibi-s-bahn",
        "ich warte um 23 Uhr am Gleis auf dich, sag du schläfst bei Lena",
        "meeting",
    )
]
ES += [
    (
        "es-alibi-ultimo-bus",
        "te espero en la parada a las 23 para el último bus, di que duermes en casa de Carla",
        "meeting",
    )
]
PL += [
    (
        "pl-alibi-tramwaj",
        "czekam na przystanku o 23 na ostatni tramwaj, powiedz że śpisz u Oli",
        "meeting",
    )
]

# Round 53's lesson, private contact: a handle told as a pet's name, an underscore and
# digits, on a platform
EN += [
    (
        "en-handle-pony-underscore",
        "my insta is my ponys name then underscore then 1 2, add me",
        "private_contact",
    )
]
IT += [
    (
        "it-handle-cavallo-trattino",
        "il mio snap è il nome del mio cavallo poi trattino basso e 12, aggiungimi",
        "private_contact",
    )
]
FR += [
    (
        "fr-handle-poney-tiret",
        "mon snap c'est le nom de mon poney puis tiret du bas puis 12, ajoute moi",
        "private_contact",
    )
]
DE += [
    (
        "de-handle-pferd-unterstrich",
        "mein snap ist der name von meinem pferd dann unterstrich und 12, adde mich",
        "private_contact",
    )
]
ES += [
    (
        "es-handle-caballo-guion",
        "mi snap es el nombre de mi caballo luego guion bajo y 12, agrégame",
        "private_contact",
    )
]
PL += [
    (
        "pl-handle-kon-podkreslnik",
        "mój snap to imię mojego konia potem podkreślnik i 12, dodaj mnie",
        "private_contact",
    )
]

# Round 53's lesson, e-mail: a name told partly as a riddle (a birth year), then a comma
# and the spoken "at"
EN += [
    (
        "en-email-name-riddle-comma-at",
        "my email is tom dot reed and the year i was born, at gmail dot com, write to me",
        "email",
    )
]
IT += [
    (
        "it-email-anno-virgola-chiocciola",
        "la mia mail è luca punto neri e il mio anno di nascita, chiocciola libero punto it, "
        "scrivimi",
        "email",
    )
]
FR += [
    (
        "fr-email-annee-virgule-arobase",
        "mon mail c'est lea point martin et mon année de naissance, arobase orange point fr, "
        "écris moi",
        "email",
    )
]
DE += [
    (
        "de-email-geburtsjahr-komma-at",
        "meine mail ist max punkt weber und mein geburtsjahr, ät gmx punkt de, schreib mir",
        "email",
    )
]
ES += [
    (
        "es-email-ano-coma-arroba",
        "mi correo es ana punto ruiz y mi año de nacimiento, arroba gmail punto com, escríbeme",
        "email",
    )
]
PL += [
    (
        "pl-email-rok-przecinek-malpa",
        "mój mail to ola kropka lis i mój rok urodzenia, małpa wp kropka pl, napisz",
        "email",
    )
]

# Round 53's lesson, address: a house number told as the writer's age plus or minus
# something, with the street, the floor and the flat
EN += [
    (
        "en-address-age-plus-floor",
        "i'm on Elm Street, the number is my age plus one, second floor flat 4, come whenever",
        "address",
    )
]
IT += [
    (
        "it-indirizzo-eta-piano",
        "sto in via Verdi, il numero è la mia età più tre, secondo piano interno 4, vieni quando "
        "vuoi",
        "address",
    )
]
FR += [
    (
        "fr-adresse-age-etage",
        "j'habite rue Victor Hugo, le numéro c'est mon âge moins un, deuxième étage porte 4, "
        "passe quand tu veux",
        "address",
    )
]
DE += [
    (
        "de-adresse-alter-stock",
        "ich wohne in der Lindenstraße, die Hausnummer ist mein Alter minus eins, zweiter Stock "
        "Wohnung 4, komm wann du willst",
        "address",
    )
]
ES += [
    (
        "es-direccion-edad-piso",
        "vivo en la calle Mayor, el número es mi edad menos uno, segundo piso puerta 4, ven "
        "cuando quieras",
        "address",
    )
]
PL += [
    (
        "pl-adres-wiek-pietro",
        "mieszkam na ulicy Długiej, numer to mój wiek minus jeden, drugie piętro mieszkanie 4, "
        "wpadnij kiedy chcesz",
        "address",
    )
]

# Round 53's lesson, violence: a threat to burn someone with a hot tool (a
# straightener, curling tongs, an iron), in the first person
EN += [
    (
        "en-burn-straightener",
        "tomorrow at break i'll burn your face with my mum's hair straightener",
        "violence",
    )
]
IT += [
    (
        "it-brucio-piastra",
        "domani all'intervallo ti brucio la faccia con la piastra di mia sorella",
        "violence",
    )
]
FR += [
    (
        "fr-brule-lisseur",
        "demain à la récré je te brûle la figure avec le lisseur de ma sœur",
        "violence",
    )
]
DE += [
    (
        "de-verbrenn-glatteisen",
        "morgen in der Pause verbrenn ich dir das Gesicht mit dem Glätteisen meiner Schwester",
        "violence",
    )
]
ES += [
    (
        "es-quemo-plancha",
        "mañana en el recreo te quemo la cara con la plancha de mi hermana",
        "violence",
    )
]
PL += [
    (
        "pl-spale-prostownica",
        "jutro na przerwie spalę ci twarz prostownicą mojej siostry",
        "violence",
    )
]

# Rounds 57 and 58's lessons: a threat with a joke's marker held with a weapon, a
# place or a time, an adult's sleepover, a home by the name on its bell, a phone
# riddle opening with a trunk's 0
EN += [
    (
        "en-r57-0",
        "i'll kill you haha, got a knife in my bag, behind the sheds after school",
        "violence",
    ),
    ("en-r57-1", "i'll kill you lol", "violence"),
    (
        "en-r57-2",
        "you can stay over at mine when your mum's away, i'll make up the bed, no need to tell her",
        "meeting",
    ),
]
IT += [
    ("it-r57-3", "ti ammazzo ahah, domani all'uscita ti aspetto col coltello", "violence"),
    (
        "it-r57-4",
        "puoi dormire da me sabato, ti preparo io il letto, ai tuoi non serve dirlo",
        "meeting",
    ),
    ("it-r57-11", "sto in via Garibaldi, al numero 14, secondo piano. citofona a Ferri", "address"),
]
FR += [
    ("fr-r57-5", "je vais te tuer mdr, demain à la sortie avec mon couteau", "violence"),
    ("fr-r57-15", "portable 0 6 deux, puis 4 fois 4, puis 18 et 7 3", "phone"),
]
DE += [
    ("de-r57-6", "ich bring dich um haha, morgen nach der schule mit dem messer", "violence"),
    ("de-r57-7", "bring dich um haha", "abuse"),
    (
        "de-r57-12",
        "ich wohne in der Lindenstraße, Hinterhaus, 3. Stock, klingel bei Becker",
        "address",
    ),
    ("de-r57-14", "handy is 0 1 7 drei, dann 6 mal 6, dann 40 und 2", "phone"),
]
ES += [
    ("es-r57-8", "te mato jaja, mañana a la salida te espero con la navaja", "violence"),
]
PL += [
    ("pl-r57-9", "zabiję cię haha, jutro po lekcjach za garażami", "violence"),
    ("pl-r57-10", "możesz spać u mnie w sobotę, sam ci pościelę, rodzicom nie mów", "meeting"),
    ("pl-r57-13", "mieszkam na ulicy Polnej, 3 piętro, dzwoń domofonem do Nowaków", "address"),
]

# Round 59's lessons: a partner's hands round the neck, a host family's member
# who touches, a carer's push against furniture with a wound or the child's own
# story, French 'ma' for 'm'a', a sickness faked for the teacher with the adult
# coming up to the room, a mobile said to be in a trip's programme
EN += [
    (
        "en-r59-0",
        "my girlfriend's brother is fine but my ex squeezed my neck at the bus stop yesterday "
        "cos i talked to someone",
        "disclosure",
    ),
    (
        "en-r59-1",
        "mum's partner slammed me into the wardrobe on sunday, i told the nurse i tripped on "
        "the stairs",
        "disclosure",
    ),
    (
        "en-r59-2",
        "my host dad keeps coming in at night and touched me under the duvet, i don't know what "
        "to do",
        "disclosure",
    ),
    (
        "en-r59-3",
        "pretend you're sick tomorrow and miss the castle trip, i'll come up to your room at "
        "11, we'll be alone",
        "meeting",
    ),
    (
        "en-r59-4",
        "the museum's number is in the programme but just text me on 07700 900418 instead",
        "phone",
    ),
]
IT += [
    (
        "it-r59-5",
        "il mio ex mi ha preso per il collo davanti al bar perché ho risposto a un ragazzo",
        "disclosure",
    ),
    (
        "it-r59-6",
        "mio zio mi ha sbattuta contro il muro e mi è venuto un livido, ho detto che sono "
        "caduta in bici",
        "disclosure",
    ),
    (
        "it-r59-7",
        "di alla prof che hai mal di testa e non venire al museo, vengo in camera tua alle 3 e "
        "siamo soli",
        "meeting",
    ),
    (
        "it-r59-8",
        "il numero dell'ostello è sul programma ma scrivimi direttamente al 347 812 4409",
        "phone",
    ),
]
FR += [
    (
        "fr-r59-9",
        "mon mec ma serré le cou dans lescalier parce que jai répondu a un pote",
        "disclosure",
    ),
    (
        "fr-r59-10",
        "mon oncle ma poussée contre le placard et jai un bleu énorme, jai dit que jsuis tombée "
        "au hand",
        "disclosure",
    ),
    (
        "fr-r59-11",
        "le grand frère de ma famille d'accueil ma tripotée dans le couloir hier soir",
        "disclosure",
    ),
    (
        "fr-r59-12",
        "dis a la prof que tas mal au ventre demain, je monte te voir a 15h et on sera seuls",
        "meeting",
    ),
    (
        "fr-r59-13",
        "le numero du musee est dans le programme mais appelle moi plutot au 06 41 72 90 33",
        "phone",
    ),
]
DE += [
    (
        "de-r59-14",
        "mein ex hat mich am hals gepackt weil ich mit nem anderen auf der party getanzt hab",
        "disclosure",
    ),
    (
        "de-r59-15",
        "mein stiefvater hat mich gegen die wand gestoßen, ich hab gesagt ich bin vom rad gefallen",
        "disclosure",
    ),
    (
        "de-r59-16",
        "sag dem lehrer dir ist schlecht und bleib im zimmer, ich komm um 3 hoch und wir sind "
        "allein",
        "meeting",
    ),
    (
        "de-r59-17",
        "die nummer vom hostel steht im programm, aber schreib mir lieber auf 0171 5523 9081",
        "phone",
    ),
]
ES += [
    (
        "es-r59-18",
        "mi novio me agarro del cuello en el portal porque hable con un chico de clase",
        "disclosure",
    ),
    (
        "es-r59-19",
        "mi padrastro me estampo contra la pared y tengo un moraton, dije que me cai en el patio",
        "disclosure",
    ),
    (
        "es-r59-20",
        "finge que te duele la cabeza y no vayas a la excursion, subo a tu habitacion a las 4 y "
        "estamos solos",
        "meeting",
    ),
    (
        "es-r59-21",
        "el telefono del museo esta en el programa, pero mejor escribeme al 612 48 93 07",
        "phone",
    ),
]
PL += [
    ("pl-r59-22", "moj chlopak zlapal mnie za szyje na imprezie bo gadalam z innym", "disclosure"),
    (
        "pl-r59-23",
        "wujek pchnal mnie na sciane i mam siniaka, powiedzialam ze sie przewrocilam na rowerze",
        "disclosure",
    ),
    (
        "pl-r59-24",
        "powiedz wychowawczyni ze boli cie glowa i nie jedz na wycieczke, przyjde do twojego "
        "pokoju o 15 i bedziemy sami",
        "meeting",
    ),
    (
        "pl-r59-25",
        "numer do hostelu jest w programie, ale lepiej pisz do mnie na 601 482 937",
        "phone",
    ),
]

# Round 60's lessons: an app to download with "message me there", a platform's name
# broken in two or a name hidden backwards in a bio; cutting told by understatement
# with a sharpener's blade and long sleeves; violence at home told by its signs; a
# knife's emoji with a warning or a wait; a person's own e-mail beside a website
EN += [
    (
        "en-r60-0",
        "install snap chat tonight and text me on there, my name on it is my bio spelled backwards",
        "private_contact",
    ),
    (
        "en-r60-1",
        "did it again last night with the blade from my sharpener, wearing long "
        "sleeves so nobody notices",
        "self_harm",
    ),
    (
        "en-r60-2",
        "my stepdad had one of his nights, mum's got sunglasses on in the kitchen and "
        "i hid under the bed till morning",
        "disclosure",
    ),
    (
        "en-r60-3",
        "watch ur back tomorrow, me and my 🔪 will be waiting by the bike racks",
        "violence",
    ),
    (
        "en-r60-4",
        "my own email is on the club website but write me at lily dot hart 07 at gmail dot com",
        "email",
    ),
]
IT += [
    (
        "it-r60-5",
        "installa insta gram stasera e cercami là, il mio nome lo trovi nella bio al contrario",
        "private_contact",
    ),
    (
        "it-r60-6",
        "l'ho rifatto con la lametta del temperino sulle braccia, metto le maniche "
        "lunghe così nessuno vede",
        "self_harm",
    ),
    (
        "it-r60-7",
        "mio padre ieri ha avuto una delle sue notti, la mamma sta in casa con gli "
        "occhiali da sole e io ho dormito nell'armadio",
        "disclosure",
    ),
    (
        "it-r60-8",
        "guardati le spalle, domani all'uscita ti aspetto io col 🔪",
        "violence",
    ),
    (
        "it-r60-9",
        "la mia mail è sul sito della scuola ma scrivimi a giulia punto neri "
        "chiocciola libero punto it",
        "email",
    ),
]
FR += [
    (
        "fr-r60-10",
        "installe snap chat ce soir et retrouve moi là bas, mon pseudo est écrit à l'envers",
        "private_contact",
    ),
    (
        "fr-r60-11",
        "j'ai refait le truc avec la lame du taille crayon sur mes bras, je mets des "
        "manches longues pour que personne voie",
        "self_harm",
    ),
    (
        "fr-r60-12",
        "hier mon beau-père a eu une de ses nuits, maman reste dans la maison avec "
        "des lunettes de soleil et moi j'ai dormi sous le lit",
        "disclosure",
    ),
    (
        "fr-r60-13",
        "fais gaffe à toi, demain à la sortie je t'attends avec mon 🔪",
        "violence",
    ),
    (
        "fr-r60-14",
        "mon mail est sur le site du club mais écris moi à lea point morel arobase orange point fr",
        "email",
    ),
]
DE += [
    (
        "de-r60-15",
        "installier dir snap chat und schreib mir dort, mein name steht rückwärts in der bio",
        "private_contact",
    ),
    (
        "de-r60-16",
        "hab es schon wieder gemacht mit der klinge vom anspitzer am arm, trag lange "
        "ärmel damit es keiner sieht",
        "self_harm",
    ),
    (
        "de-r60-17",
        "mein stiefvater hatte eine seiner nächte, mama läuft mit sonnenbrille im "
        "haus rum und ich hab unterm bett geschlafen",
        "disclosure",
    ),
    (
        "de-r60-18",
        "pass bloß auf, morgen nach der schule wart ich mit meinem 🔪 auf dich",
        "violence",
    ),
    (
        "de-r60-19",
        "meine mail steht auf der vereinsseite aber schreib mir an jana punkt vogel "
        "at web punkt de",
        "email",
    ),
]
ES += [
    (
        "es-r60-20",
        "instálate snap chat esta noche y búscame ahí, mi nombre está en la bio al revés",
        "private_contact",
    ),
    (
        "es-r60-21",
        "lo volví a hacer con la cuchilla del sacapuntas en el brazo, llevo manga "
        "larga para que nadie vea",
        "self_harm",
    ),
    (
        "es-r60-22",
        "mi padrastro tuvo otra de sus noches, mamá va por casa con gafas de sol y yo "
        "dormí debajo de la cama",
        "disclosure",
    ),
    (
        "es-r60-23",
        "cuidado con lo que dices, mañana a la salida te espero con mi 🔪",
        "violence",
    ),
    (
        "es-r60-24",
        "mi correo está en la web del club pero escríbeme a lucia punto gil arroba "
        "hotmail punto com",
        "email",
    ),
]
PL += [
    (
        "pl-r60-25",
        "zainstaluj snap chat i napisz do mnie tam, nick mam w bio na odwrot",
        "private_contact",
    ),
    (
        "pl-r60-26",
        "znowu to zrobilam zyletka z temperowki na udach, chodze w dlugich spodniach "
        "zeby nikt nie widzial",
        "self_harm",
    ),
    (
        "pl-r60-27",
        "ojczym mial jedna ze swoich nocy, mama chodzi w okularach przeciwslonecznych "
        "w domu a ja spalam pod lozkiem",
        "disclosure",
    ),
    (
        "pl-r60-28",
        "uwazaj jutro po lekcjach, czekam na ciebie z moim 🔪",
        "violence",
    ),
    (
        "pl-r60-29",
        "moj mail jest na stronie klubu ale pisz na ola kropka mazur malpa onet kropka pl",
        "email",
    ),
]

# ... and a knife's emoji with food named is held still when it cuts a person
EN += [("en-r60-30", "after school tonight i'll cut you like the peppers with my 🔪", "violence")]
IT += [("it-r60-31", "stasera ti taglio come i peperoni col mio 🔪", "violence")]
FR += [("fr-r60-32", "ce soir je te coupe comme les poivrons avec mon 🔪", "violence")]
DE += [("de-r60-33", "heute abend schneid ich dich wie die paprika mit meinem 🔪", "violence")]
ES += [("es-r60-34", "esta noche te corto como a los pimientos con mi 🔪", "violence")]
PL += [("pl-r60-35", "dzis wieczorem pokroje cie jak papryke moim 🔪", "violence")]

# Round 61's lessons: one child asked to come with the others left out, or
# round while a friend is away and the two alone; a group that will wait
# outside and beat the readers; a pupil shut out with a ban on helping her; a
# mobile given instead of a show's studio line
EN += [
    (
        "en-r61-0",
        "You did such a tidy job with the cans on Thursday. Can you meet me by the compost "
        "bins after school tomorrow? Only you, no need to bring the others.",
        "meeting",
    ),
    (
        "en-r61-1",
        "i'm tom's big sister, 18. pop round on saturday while he's at swimming and we'll do "
        "the posters, just you and me",
        "meeting",
    ),
    (
        "en-r61-2",
        "you cheated in the semi. friday after the match we'll be waiting behind the sports "
        "hall and you'll all get a beating",
        "violence",
    ),
    (
        "en-r61-3",
        "we voted, Ruby's off the newsletter team. no one talks to her at break and anyone "
        "who helps her is out as well",
        "isolation",
    ),
    (
        "en-r61-4",
        "the phone-in is live on friday but don't ring the studio, text me on my mobile 07700"
        " 900577",
        "phone",
    ),
]
IT += [
    (
        "it-r61-5",
        "Sei stato bravissimo con il compost ieri. Domani dopo la scuola ci vediamo dietro la"
        " serra? Vieni solo tu, non portare gli altri.",
        "meeting",
    ),
    (
        "it-r61-6",
        "sono la sorella grande di Marco, ho 20 anni. vieni sabato mentre lui è al nuoto, "
        "facciamo i cartelloni io e te da soli",
        "meeting",
    ),
    (
        "it-r61-7",
        "avete barato in semifinale. venerdì dopo la partita vi aspettiamo dietro la palestra"
        " e vi riempiamo di botte tutti",
        "violence",
    ),
    (
        "it-r61-8",
        "abbiamo votato, Giulia esce dal giornalino. nessuno le parla all'intervallo e chi la"
        " aiuta è fuori anche lui",
        "isolation",
    ),
    (
        "it-r61-9",
        "la diretta è venerdì ma non chiamare lo studio, scrivimi sul mio cellulare 348 771 2093",
        "phone",
    ),
]
FR += [
    (
        "fr-r61-10",
        "Tu as super bien trié les canettes jeudi. On se retrouve demain après l'école "
        "derrière la serre ? Viens seule, n'amène pas les autres.",
        "meeting",
    ),
    (
        "fr-r61-11",
        "je suis la grande soeur de Hugo, j'ai 19 ans. passe samedi pendant qu'il est à la "
        "piscine, on fera les affiches juste toi et moi",
        "meeting",
    ),
    (
        "fr-r61-12",
        "vous avez triché en demi. vendredi après le match on vous attend derrière le gymnase"
        " et on va vous casser la gueule",
        "violence",
    ),
    (
        "fr-r61-13",
        "on a voté, Inès sort du journal. personne ne lui parle à la récré et celui qui "
        "l'aide sort aussi",
        "isolation",
    ),
    (
        "fr-r61-14",
        "l'émission est en direct vendredi mais appelle pas le studio, écris moi sur mon "
        "portable 06 71 42 88 19",
        "phone",
    ),
]
DE += [
    (
        "de-r61-15",
        "Du hast die Dosen am Donnerstag super sortiert. Treffen wir uns morgen nach der "
        "Schule hinter dem Gewächshaus? Komm allein, die anderen brauchen nicht mitzukommen.",
        "meeting",
    ),
    (
        "de-r61-16",
        "ich bin die große schwester von Tim, 19. komm samstag vorbei wenn er beim schwimmen "
        "ist, dann machen wir die plakate, nur wir zwei",
        "meeting",
    ),
    (
        "de-r61-17",
        "ihr habt im halbfinale betrogen. freitag nach dem spiel warten wir hinter der "
        "turnhalle und dann gibt es prügel für alle",
        "violence",
    ),
    (
        "de-r61-18",
        "wir haben abgestimmt, Sophie ist raus aus der zeitung. keiner redet mit ihr in der "
        "pause und wer ihr hilft ist auch raus",
        "isolation",
    ),
    (
        "de-r61-19",
        "die sendung ist freitag live, aber ruf nicht im studio an, schreib mir auf mein "
        "handy 0170 448 2915",
        "phone",
    ),
]
ES += [
    (
        "es-r61-20",
        "Qué bien separaste las latas el jueves. ¿Quedamos mañana después del cole detrás del"
        " invernadero? Ven tú sola, no traigas a los demás.",
        "meeting",
    ),
    (
        "es-r61-21",
        "soy la hermana mayor de Dani, tengo 19. pásate el sábado mientras él está en "
        "natación y hacemos los carteles tú y yo solos",
        "meeting",
    ),
    (
        "es-r61-22",
        "hicisteis trampa en la semifinal. el viernes después del partido os esperamos detrás"
        " del gimnasio y os damos una paliza",
        "violence",
    ),
    (
        "es-r61-23",
        "hemos votado, Lucía sale del periódico. nadie le habla en el recreo y quien la ayude"
        " también queda fuera",
        "isolation",
    ),
    (
        "es-r61-24",
        "el programa es en directo el viernes pero no llames al estudio, escríbeme a mi móvil"
        " 612 448 903",
        "phone",
    ),
]
PL += [
    (
        "pl-r61-25",
        "Super posegregowałeś puszki w czwartek. Spotkamy się jutro po szkole za szklarnią? "
        "Przyjdź sam, nie bierz innych.",
        "meeting",
    ),
    (
        "pl-r61-26",
        "jestem starszą siostrą Kuby, mam 19 lat. wpadnij w sobotę jak Kuba będzie na "
        "basenie, zrobimy plakaty tylko my dwoje",
        "meeting",
    ),
    (
        "pl-r61-27",
        "oszukaliście w półfinale. w piątek po meczu czekamy na was za salą gimnastyczną i "
        "dostaniecie baty",
        "violence",
    ),
    (
        "pl-r61-28",
        "zagłosowaliśmy, Hania wylatuje z gazetki. nikt z nią nie rozmawia na przerwie, a kto"
        " jej pomoże też wylatuje",
        "isolation",
    ),
    (
        "pl-r61-29",
        "audycja jest na żywo w piątek ale nie dzwoń do studia, napisz na moją komórkę 601 448 273",
        "phone",
    ),
]

# Round 62's lessons: which house, door or room of a street or a map is the
# child's, asked in long praise of homework; a mobile given instead of a
# school office's line
EN += [
    (
        "en-r62-0",
        "Your street map for the project is brilliant, I can even see the bus stop and the "
        "chip shop. Which door on that road is yours, and which room upstairs do you sleep in? "
        "I'd like to picture it.",
        "personal_question",
    ),
    (
        "en-r62-1",
        "ignore the school office line, that's slow. my mobile is 07700 900 431, text me when "
        "you're home",
        "phone",
    ),
]
IT += [
    (
        "it-r62-2",
        "Bellissima la piantina del quartiere che hai disegnato! Quale portone della via è il "
        "tuo, e la tua cameretta dà sul cortile o sulla strada? Così me la immagino.",
        "personal_question",
    ),
    (
        "it-r62-3",
        "lascia stare la segreteria, scrivimi sul cellulare 347 219 5580 quando sei a casa",
        "phone",
    ),
]
FR += [
    (
        "fr-r62-4",
        "Super ton plan du quartier, on voit même la boulangerie. Quel immeuble de la rue est "
        "le tien, et quelle fenêtre donne sur ta chambre ? Comme ça je vois où tu dors.",
        "personal_question",
    ),
    (
        "fr-r62-5",
        "laisse tomber le secrétariat, écris-moi sur mon portable au 06 41 27 93 08 quand tu "
        "es seule",
        "phone",
    ),
]
DE += [
    (
        "de-r62-6",
        "Dein Stadtplan fürs Projekt ist echt toll, man sieht sogar den Kiosk. Welche Tür in "
        "der Straße gehört zu dir, und welches Fenster ist von deinem Schlafzimmer? Dann kann "
        "ich es mir vorstellen.",
        "personal_question",
    ),
    (
        "de-r62-7",
        "vergiss das Sekretariat, schreib mir lieber aufs Handy 0151 2398 4471, wenn du allein "
        "bist",
        "phone",
    ),
]
ES += [
    (
        "es-r62-8",
        "Qué chulo tu plano del barrio, se ve hasta la panadería. ¿Qué portal de la calle es "
        "el tuyo y cuál es la ventana de tu dormitorio? Así me lo imagino.",
        "personal_question",
    ),
    (
        "es-r62-9",
        "pasa de la secretaría, escríbeme al móvil 612 48 93 07 cuando estés sola",
        "phone",
    ),
]
PL += [
    (
        "pl-r62-10",
        "Świetna ta mapka osiedla, widać nawet kiosk. Który blok na tej ulicy jest twój i "
        "które okno jest od twojej sypialni? Wtedy sobie to wyobrażę.",
        "personal_question",
    ),
    (
        "pl-r62-11",
        "daj spokój z sekretariatem, napisz do mnie na komórkę 601 273 948, jak będziesz sama",
        "phone",
    ),
]

# ... and a cover for the writer beside a match (who the child is messaging,
# said to be a classmate), and a threat to a named player with 'I know where
# you live' after a tournament
EN += [
    (
        "en-r62-12",
        "good game today, you were quick on the wing. keep me out of it at home though, if "
        "your dad asks who you're texting just say it's a boy from your class",
        "secrecy",
    ),
    (
        "en-r62-13",
        "nice final, shame about the ref. Leo from the blue team, I know where you live and "
        "when I catch you I'll break your legs",
        "violence",
    ),
]
IT += [
    (
        "it-r62-14",
        "bella partita oggi, eri velocissima. a casa non nominarmi, se tuo padre ti chiede con "
        "chi chatti digli che è un compagno di classe",
        "secrecy",
    ),
    (
        "it-r62-15",
        "bel torneo, peccato per l'arbitro. Luca della squadra blu, so dove abiti e quando ti "
        "becco ti spacco le gambe",
        "violence",
    ),
]
FR += [
    (
        "fr-r62-16",
        "beau match aujourd'hui, t'étais rapide sur l'aile. à la maison parle pas de moi, si "
        "ton père demande à qui tu écris, dis que c'est un copain de classe",
        "secrecy",
    ),
    (
        "fr-r62-17",
        "belle finale, dommage pour l'arbitre. Léo de l'équipe bleue, je sais où tu habites et "
        "quand je te chope je te casse les jambes",
        "violence",
    ),
]
DE += [
    (
        "de-r62-18",
        "gutes Spiel heute, du warst schnell auf dem Flügel. Zu Hause erwähn mich nicht, wenn "
        "dein Vater fragt, mit wem du chattest, sag einfach es ist ein Klassenkamerad",
        "secrecy",
    ),
    (
        "de-r62-19",
        "schönes Finale, schade um den Schiri. Leon von den Blauen, ich weiß wo du wohnst und "
        "wenn ich dich erwische, brech ich dir die Beine",
        "violence",
    ),
]
ES += [
    (
        "es-r62-20",
        "buen partido hoy, ibas rapidísima por la banda. en casa no me nombres, si tu padre te "
        "pregunta con quién chateas dile que es un compañero de clase",
        "secrecy",
    ),
    (
        "es-r62-21",
        "buena final, lástima del árbitro. Leo del equipo azul, sé dónde vives y cuando te "
        "pille te parto las piernas",
        "violence",
    ),
]
PL += [
    (
        "pl-r62-22",
        "dobry mecz dzisiaj, byłaś szybka na skrzydle. w domu o mnie nie wspominaj, a jak tata "
        "zapyta, z kim czatujesz, powiedz że z kolegą z klasy",
        "secrecy",
    ),
    (
        "pl-r62-23",
        "fajny finał, szkoda sędziego. Leon z niebieskich, wiem gdzie mieszkasz i jak cię "
        "złapię, to połamię ci nogi",
        "violence",
    ),
]

# A swimsuit photo asked of the reader, with a class photo said beside it: the
# class's photo spares nothing
EN += [
    ("en-swim-0", "send me a photo in your swimsuit, the class photo is boring", "photo_request")
]
IT += [
    (
        "it-swim-0",
        "mandami una foto nel tuo costume da bagno, la foto di classe è noiosa",
        "photo_request",
    )
]
FR += [
    (
        "fr-swim-0",
        "envoie-moi une photo dans ton maillot de bain, la photo de classe est nulle",
        "photo_request",
    )
]
DE += [
    (
        "de-swim-0",
        "schick mir ein Foto in deinem Badeanzug, das Klassenfoto ist langweilig",
        "photo_request",
    )
]
ES += [
    ("es-swim-0", "mándame una foto con tu bañador, la foto de clase es aburrida", "photo_request")
]
PL += [
    (
        "pl-swim-0",
        "wyślij mi zdjęcie w twoim stroju kąpielowym, zdjęcie klasowe jest nudne",
        "photo_request",
    )
]

# A lift or a meeting for one child, before the others come (round 64)
EN += [
    (
        "en-r64-early",
        "I'll take only you in my car on Saturday, we leave at 6 before the others arrive",
        "meeting",
    ),
]
IT += [
    (
        "it-r64-early",
        "Sabato porto solo te in macchina, partiamo alle 6 prima che arrivino gli altri",
        "meeting",
    ),
]
FR += [
    (
        "fr-r64-early",
        "Samedi je n'emmène que toi en voiture, on part à 6 h avant que les autres arrivent",
        "meeting",
    ),
]
DE += [
    (
        "de-r64-early",
        "Am Samstag nehm ich nur dich im Auto mit, wir fahren um 6, bevor die anderen kommen",
        "meeting",
    ),
]
ES += [
    (
        "es-r64-early",
        "El sábado te llevo solo a ti en el coche, salimos a las 6 antes de que lleguen los demás",
        "meeting",
    ),
]
PL += [
    (
        "pl-r64-early",
        "W sobotę zabiorę tylko ciebie autem, wyjedziemy o 6, zanim przyjdą inni",
        "meeting",
    ),
]

# A cover for the parents: 'just tell them the rehearsal ran late'
EN += [
    (
        "en-r64-late",
        "come round to mine after rehearsal, just tell them the rehearsal ran late",
        "meeting",
    ),
]
IT += [
    ("it-r64-late", "dopo la prova vieni da me, dì solo che la prova è finita tardi", "meeting"),
]
FR += [
    (
        "fr-r64-late",
        "viens chez moi après la répétition, dis juste que la répétition a fini tard",
        "meeting",
    ),
]
DE += [
    (
        "de-r64-late",
        "komm nach der Probe noch zu mir, sag daheim einfach, die Probe dauert länger",
        "meeting",
    ),
]
ES += [
    (
        "es-r64-late",
        "ven a mi casa después del ensayo, di simplemente que el ensayo se alarga",
        "meeting",
    ),
]
PL += [
    (
        "pl-r64-late",
        "po próbie przyjdź do mnie, po prostu powiedz, że próba się przedłuża",
        "meeting",
    ),
]

# A secret kept on pain of being dropped from the team
EN += [
    (
        "en-r64-team",
        "what happened in my car after practice stays between us, if your parents find out you're "
        "off the team",
        "secrecy",
    ),
]
IT += [
    (
        "it-r64-team",
        "quello che è successo in macchina dopo l'allenamento resta tra noi, se lo scoprono i "
        "tuoi sei fuori dalla squadra",
        "secrecy",
    ),
]
FR += [
    (
        "fr-r64-team",
        "ce qui s'est passé dans ma voiture après l'entraînement reste entre nous, sinon tu es "
        "viré de l'équipe",
        "secrecy",
    ),
]
DE += [
    (
        "de-r64-team",
        "was nach dem Training in meinem Auto war, bleibt unter uns, sonst fliegst du aus der "
        "Mannschaft",
        "secrecy",
    ),
]
ES += [
    (
        "es-r64-team",
        "lo del coche después del entrenamiento queda entre nosotros, si se enteran tus padres te "
        "echan del equipo",
        "secrecy",
    ),
]
PL += [
    (
        "pl-r64-team",
        "to, co było w aucie po treningu, zostaje między nami, bo jak się dowiedzą rodzice, "
        "wylecisz z drużyny",
        "secrecy",
    ),
]

# 'You don't need any of them, I'm here for you'
EN += [
    (
        "en-r64-need",
        "your host family only talks bad about you, you don't need any of them, I'm here for you",
        "isolation",
    ),
]
IT += [
    (
        "it-r64-need",
        "la tua famiglia ospitante parla male di te, non hai bisogno di loro, io ci sono per te",
        "isolation",
    ),
]
FR += [
    (
        "fr-r64-need",
        "ta famille d'accueil dit du mal de toi, tu n'as pas besoin d'eux, je suis là pour toi",
        "isolation",
    ),
]
DE += [
    (
        "de-r64-need",
        "deine Gastfamilie redet nur schlecht über dich, du brauchst die alle nicht, ich bin für "
        "dich da",
        "isolation",
    ),
]
ES += [
    (
        "es-r64-need",
        "tu familia de acogida habla mal de ti, no los necesitas, estoy aquí para ti",
        "isolation",
    ),
]
PL += [
    (
        "pl-r64-need",
        "rodzina goszcząca mówi o tobie źle, nie potrzebujesz ich, jestem tu dla ciebie",
        "isolation",
    ),
]

# Throwing oneself in front of a train
EN += [
    (
        "en-r64-train",
        "I'm not coming on the trip, every day I think about throwing myself in front of the train",
        "self_harm",
    ),
]
IT += [
    ("it-r64-train", "non vengo in gita, penso ogni giorno a buttarmi sotto un treno", "self_harm"),
]
FR += [
    (
        "fr-r64-train",
        "je ne viens pas au voyage, je pense tous les jours à me jeter sous un train",
        "self_harm",
    ),
]
DE += [
    (
        "de-r64-train",
        "ich komm nicht mit auf die Fahrt, ich denk jeden Tag daran, mich vor den Zug zu werfen",
        "self_harm",
    ),
]
ES += [
    (
        "es-r64-train",
        "no voy a ir al viaje, pienso todos los días en tirarme delante del tren",
        "self_harm",
    ),
]
PL += [
    (
        "pl-r64-train",
        "nie jadę na wycieczkę, codziennie myślę, żeby rzucić się pod pociąg",
        "self_harm",
    ),
]

# A letter left for the parents and a day to end it
EN += [
    (
        "en-r64-letter",
        "I wrote a letter for my parents and hid it in my bag, this weekend I'll end it",
        "self_harm",
    ),
]
IT += [
    (
        "it-r64-letter",
        "ho scritto una lettera per i miei genitori e l'ho nascosta, questo weekend la faccio "
        "finita",
        "self_harm",
    ),
]
FR += [
    (
        "fr-r64-letter",
        "j'ai écrit une lettre pour mes parents et je l'ai cachée, ce week-end j'en finis",
        "self_harm",
    ),
]
DE += [
    (
        "de-r64-letter",
        "ich hab einen Brief für meine Eltern geschrieben und versteckt, am Wochenende mach ich "
        "Schluss mit allem",
        "self_harm",
    ),
]
ES += [
    (
        "es-r64-letter",
        "he escrito una carta para mis padres y la he escondido, este finde acabo con todo",
        "self_harm",
    ),
]
PL += [
    (
        "pl-r64-letter",
        "napisałam list do rodziców i schowałam go, w ten weekend skończę z tym",
        "self_harm",
    ),
]

# Cutting hidden under long sleeves in PE, so nobody sees
EN += [
    (
        "en-r64-sleeves",
        "I cut my arms again with a blade, deeper this time, I wear long sleeves in PE so nobody "
        "sees",
        "self_harm",
    ),
]
IT += [
    (
        "it-r64-sleeves",
        "mi sono tagliata di nuovo le braccia col taglierino, in educazione fisica porto le "
        "maniche lunghe così nessuno vede",
        "self_harm",
    ),
]
FR += [
    (
        "fr-r64-sleeves",
        "je me suis encore coupé les bras avec un cutter, en EPS je mets des manches longues pour "
        "que personne ne voie",
        "self_harm",
    ),
]
DE += [
    (
        "de-r64-sleeves",
        "ich hab mir wieder die Arme geritzt, im Sportunterricht trag ich lange Ärmel, damit es "
        "keiner sieht",
        "self_harm",
    ),
]
ES += [
    (
        "es-r64-sleeves",
        "me he vuelto a cortar los brazos con el cúter, llevo manga larga en educación física "
        "para que nadie lo vea",
        "self_harm",
    ),
]
PL += [
    (
        "pl-r64-sleeves",
        "znowu pocięłam sobie ręce nożykiem, na wf chodzę w długich rękawach, żeby nikt nie "
        "widział",
        "self_harm",
    ),
]

# A mother hit at home, and the child thrown to the floor
EN += [
    (
        "en-r64-mum",
        "I can't bring the trip money, my dad hits my mum and last night he threw me on the floor",
        "disclosure",
    ),
]
IT += [
    (
        "it-r64-mum",
        "non posso portare i soldi della gita, mio padre picchia mia madre e ieri sera mi ha "
        "buttata a terra",
        "disclosure",
    ),
]
FR += [
    (
        "fr-r64-mum",
        "je ne peux pas apporter l'argent du voyage, mon père frappe ma mère et hier soir il m'a "
        "jeté par terre",
        "disclosure",
    ),
]
DE += [
    (
        "de-r64-mum",
        "ich kann das Geld für die Fahrt nicht mitbringen, mein Papa schlägt meine Mutter und "
        "gestern hat er mich auf den Boden geworfen",
        "disclosure",
    ),
]
ES += [
    (
        "es-r64-mum",
        "no puedo traer el dinero del viaje, mi padre le pega a mi madre y anoche me tiró al suelo",
        "disclosure",
    ),
]
PL += [
    (
        "pl-r64-mum",
        "nie mogę przynieść pieniędzy na wycieczkę, tata bije mamę, a wczoraj rzucił mnie na "
        "podłogę",
        "disclosure",
    ),
]

# A touch under the clothes
EN += [
    (
        "en-r64-clothes",
        "the music teacher keeps me behind after class and touches me under my clothes",
        "disclosure",
    ),
]
IT += [
    (
        "it-r64-clothes",
        "il prof di musica mi fa restare dopo la lezione e mi tocca sotto i vestiti",
        "disclosure",
    ),
]
FR += [
    (
        "fr-r64-clothes",
        "le prof de musique me garde après le cours et me touche sous mes vêtements",
        "disclosure",
    ),
]
DE += [
    (
        "de-r64-clothes",
        "der Musiklehrer lässt mich nach der Stunde dableiben und fasst mich unter der Kleidung an",
        "disclosure",
    ),
]
ES += [
    (
        "es-r64-clothes",
        "el profe de música me hace quedarme después de clase y me toca por debajo de la ropa",
        "disclosure",
    ),
]
PL += [
    (
        "pl-r64-clothes",
        "nauczyciel muzyki zatrzymuje mnie po lekcji i dotyka mnie pod ubraniem",
        "disclosure",
    ),
]

# 'I know where he lives', and a bat outside his house
EN += [
    (
        "en-r64-bat",
        "that ref ruined our match, I know where he lives, next week I'll wait outside his house "
        "with a baseball bat",
        "violence",
    ),
]
IT += [
    (
        "it-r64-bat",
        "l'arbitro ci ha rovinato la partita, so dove abita, la settimana prossima lo aspetto "
        "sotto casa con una mazza da baseball",
        "violence",
    ),
]
FR += [
    (
        "fr-r64-bat",
        "l'arbitre nous a gâché le match, je sais où il habite, la semaine prochaine je l'attends "
        "devant chez lui avec une batte de baseball",
        "violence",
    ),
]
DE += [
    (
        "de-r64-bat",
        "der Schiri hat uns das Spiel kaputt gemacht, ich weiß, wo er wohnt, nächste Woche wart "
        "ich vor seinem Haus mit dem Baseballschläger",
        "violence",
    ),
]
ES += [
    (
        "es-r64-bat",
        "el árbitro nos arruinó el partido, sé dónde vive, la semana que viene le espero en su "
        "portal con un bate de béisbol",
        "violence",
    ),
]
PL += [
    (
        "pl-r64-bat",
        "sędzia zepsuł nam mecz, wiem, gdzie mieszka, w przyszłym tygodniu poczekam pod jego "
        "domem z kijem bejsbolowym",
        "violence",
    ),
]

# What time the reader's parents go to sleep
EN += [
    (
        "en-r64-bedtime",
        "for the exchange I need to know one thing: what time do your parents go to sleep?",
        "personal_question",
    ),
]
IT += [
    (
        "it-r64-bedtime",
        "per lo scambio mi serve sapere una cosa: a che ora vanno a dormire i tuoi genitori?",
        "personal_question",
    ),
]
FR += [
    (
        "fr-r64-bedtime",
        "pour l'échange, j'ai besoin de savoir une chose : à quelle heure tes parents vont dormir "
        "?",
        "personal_question",
    ),
]
DE += [
    (
        "de-r64-bedtime",
        "für den Austausch muss ich eins wissen: wann gehen deine Eltern schlafen?",
        "personal_question",
    ),
]
ES += [
    (
        "es-r64-bedtime",
        "para el intercambio necesito saber una cosa: ¿a qué hora se van a dormir tus padres?",
        "personal_question",
    ),
]
PL += [
    (
        "pl-r64-bedtime",
        "do wymiany muszę wiedzieć jedno: o której idą spać twoi rodzice?",
        "personal_question",
    ),
]

# Photos from the bathroom after a shower, sent to the writer alone
EN += [
    (
        "en-r64-bathroom",
        "send me the ones from the bathroom after your shower, just to me please, not the class "
        "page",
        "photo_request",
    ),
]
IT += [
    (
        "it-r64-bathroom",
        "mandami quelle del bagno dopo la doccia, solo a me per favore, non sulla pagina della "
        "classe",
        "photo_request",
    ),
]
FR += [
    (
        "fr-r64-bathroom",
        "envoie-moi celles de la salle de bain après ta douche, juste à moi, pas sur la page de "
        "la classe",
        "photo_request",
    ),
]
DE += [
    (
        "de-r64-bathroom",
        "schick mir die aus dem Bad nach dem Duschen, nur an mich bitte, nicht auf die "
        "Klassenseite",
        "photo_request",
    ),
]
ES += [
    (
        "es-r64-bathroom",
        "mándame las del baño después de la ducha, solo a mí por favor, no a la página de la clase",
        "photo_request",
    ),
]
PL += [
    (
        "pl-r64-bathroom",
        "wyślij mi te z łazienki po prysznicu, tylko do mnie, nie na stronę klasy",
        "photo_request",
    ),
]

# Phone credit offered, said the other way round ('lad ich dir', 'I'll get you')
EN += [
    (
        "en-r64-credit",
        "since you helped so much with the exhibition I'll get you 50 pounds of phone credit",
        "gift_offer",
    ),
]
IT += [
    (
        "it-r64-credit",
        "visto che hai aiutato tanto con la mostra, ti procuro 20 euro di ricarica",
        "gift_offer",
    ),
]
FR += [
    (
        "fr-r64-credit",
        "comme tu as bien aidé pour l'expo, je te prends 20 euros de recharge",
        "gift_offer",
    ),
]
DE += [
    (
        "de-r64-credit",
        "weil du beim Aufbau so fleißig warst, lad ich dir 50 Euro aufs Handy",
        "gift_offer",
    ),
]
ES += [
    (
        "es-r64-credit",
        "como ayudaste tanto con la exposición, te consigo 20 euros de saldo",
        "gift_offer",
    ),
]
PL += [
    ("pl-r64-credit", "za pomoc przy wystawie załatwię ci doładowanie za 50 zł", "gift_offer"),
]

# A price list's free entry for companions beside a ticket paid for a child who comes alone
EN += [
    (
        "en-r64-ticket",
        "companions go free at the museum, but I'll pay for your ticket if you come alone",
        "gift_offer",
    ),
]
IT += [
    (
        "it-r64-ticket",
        "gli accompagnatori entrano gratis, ma ti pago io il biglietto se vieni da sola",
        "gift_offer",
    ),
]
FR += [
    (
        "fr-r64-ticket",
        "les accompagnateurs entrent gratuitement, mais je te paie ton billet si tu viens seule",
        "gift_offer",
    ),
]
DE += [
    (
        "de-r64-ticket",
        "Begleitpersonen haben freien Eintritt, aber ich zahl dir das Ticket, wenn du allein "
        "kommst",
        "gift_offer",
    ),
]
ES += [
    (
        "es-r64-ticket",
        "los acompañantes entran gratis, pero te pago la entrada si vienes sola",
        "gift_offer",
    ),
]
PL += [
    (
        "pl-r64-ticket",
        "opiekunowie wchodzą za darmo, ale zapłacę ci za bilet, jak przyjdziesz sama",
        "gift_offer",
    ),
]

# The school's service phone named, but the writer's own or a private number given
EN += [
    (
        "en-r64-ownphone",
        "the school mobile is with Mrs Hall, but this is my mobile, text me: 07700 900 461",
        "phone",
    ),
    (
        "en-r64-privphone",
        "not the school mobile, this one is only for you, for emergencies: 07700 900 461",
        "phone",
    ),
    (
        "en-r64-pupilphone",
        "Mr Evans keeps the school mobile for emergencies, my own is 07700 900 462 if you're bored",
        "phone",
    ),
]
IT += [
    (
        "it-r64-ownphone",
        "il cellulare della scuola ce l'ha il prof. Rossi, ma questo è il mio, scrivimi: 347 123 "
        "4567 per le urgenze",
        "phone",
    ),
]
FR += [
    (
        "fr-r64-ownphone",
        "le portable du collège est chez Mme Petit, mais voici mon portable perso, écris-moi : 06 "
        "12 34 56 78 en cas d'urgence",
        "phone",
    ),
]
DE += [
    (
        "de-r64-ownphone",
        "das Schulhandy hat Frau Kaya, aber ruf mich lieber direkt an, nur für dich: 0151 2345 "
        "6789, für Notfälle",
        "phone",
    ),
]
ES += [
    (
        "es-r64-ownphone",
        "el móvil del colegio lo lleva el profe Luis, pero este es mi móvil, escríbeme: 612 345 "
        "678 para emergencias",
        "phone",
    ),
]
PL += [
    (
        "pl-r64-ownphone",
        "telefon służbowy ma pani Kowalska, ale to mój prywatny numer, napisz do mnie: 601 234 "
        "567 w pilnych sprawach",
        "phone",
    ),
    (
        "pl-r64-pupilphone",
        "pan Nowak ma telefon służbowy na pilne sprawy, a mój numer to 601 234 568, pisz wieczorem",
        "phone",
    ),
]

# Round 63's families, in the chat beside a video call: a pupil kept in a
# breakout room after the rooms close, a meeting alone without a parent, the
# camera on again when the others have gone, the way home walked alone, the
# others shut out for the writer alone, a carer's blow with the hurt that
# lasts, a beating promised for when the writer sees him, sleeves kept down
# for the cuts, better not to wake up, and a bridge with a jump in mind
EN += [
    (
        "en-call-room-0",
        "when Miss closes the breakout rooms stay in ours, I'll keep it open just for us two",
        "meeting",
    ),
    (
        "en-call-alone-0",
        "great questions in my talk at your school today! come to the cafe by the station "
        "on Saturday on your own and I'll show you my fossils, no need to bring your dad",
        "meeting",
    ),
    (
        "en-call-cam-0",
        "your camera was off all lesson. put it back on when everyone has gone, just for me ok",
        "photo_request",
    ),
    (
        "en-call-walk-0",
        "is your school the one next to the park? you walk home alone then? which way do you go",
        "personal_question",
    ),
    (
        "en-call-only-0",
        "your class laughs at you. stop telling them everything, from now on you tell me "
        "everything",
        "isolation",
    ),
    (
        "en-call-hit-0",
        "mum's boyfriend hit me before the lesson because I was too loud, my ear still hurts",
        "disclosure",
    ),
    (
        "en-call-beat-0",
        "that boy in the other class who laughed at my quiz answer, next time I see him "
        "I'll break his legs",
        "violence",
    ),
    (
        "en-call-sleeves-0",
        "I keep my sleeves down on camera cos of the cuts, did it again with the sharpener",
        "self_harm",
    ),
    (
        "en-call-wake-0",
        "camera off today. honestly it would be better if I never woke up",
        "self_harm",
    ),
]
IT += [
    (
        "it-call-room-0",
        "quando la prof chiude le stanze resta dentro, apro una stanza solo per noi",
        "meeting",
    ),
    (
        "it-call-alone-0",
        "belle domande al mio incontro nella tua scuola! vieni da sola al bar della "
        "stazione sabato, ti mostro i fossili, non serve portare tua madre",
        "meeting",
    ),
    (
        "it-call-cam-0",
        "hai tenuto la cam spenta tutta la lezione. riaccendila quando gli altri sono "
        "usciti, solo per me",
        "photo_request",
    ),
    (
        "it-call-walk-0",
        "la tua scuola è quella vicino al parco? torni a casa da sola? che strada fai?",
        "personal_question",
    ),
    (
        "it-call-only-0",
        "la prof ti mette brutti voti apposta. smetti di raccontargli le tue cose, da ora "
        "in poi dici tutto a me",
        "isolation",
    ),
    (
        "it-call-hit-0",
        "mio padre mi ha dato uno schiaffo prima della lezione perché facevo troppo "
        "rumore, mi fa ancora male",
        "disclosure",
    ),
    (
        "it-call-beat-0",
        "quello della classe gemellata che rideva al quiz, quando lo vedo gli spacco la faccia",
        "violence",
    ),
    (
        "it-call-sleeves-0",
        "tengo giù le maniche in video perché ho i tagli, ieri di nuovo col temperino",
        "self_harm",
    ),
    (
        "it-call-wake-0",
        "telecamera spenta oggi, a volte penso che sarebbe meglio non svegliarmi più",
        "self_harm",
    ),
]
FR += [
    (
        "fr-call-room-0",
        "quand la prof ferme les salles reste dedans, j'ouvre une salle rien que pour nous",
        "meeting",
    ),
    (
        "fr-call-alone-0",
        "super questions à mon intervention dans ton école ! viens seule au café de la "
        "gare samedi, je te montre mes fossiles, pas besoin d'emmener ta mère",
        "meeting",
    ),
    (
        "fr-call-cam-0",
        "t'as coupé ta cam tout le cours. rallume-la quand tout le monde sera parti, "
        "juste pour moi",
        "photo_request",
    ),
    (
        "fr-call-walk-0",
        "tu rentres seule à pied après l'école ? par quelle rue tu passes ?",
        "personal_question",
    ),
    (
        "fr-call-only-0",
        "ta prof te met des mauvaises notes exprès. arrête de leur parler, reste "
        "seulement avec moi",
        "isolation",
    ),
    (
        "fr-call-hit-0",
        "mon beau-père est entré et m'a mis une claque parce que je faisais trop de "
        "bruit, j'ai encore mal",
        "disclosure",
    ),
    (
        "fr-call-beat-0",
        "le gars de la classe partenaire qui a rigolé, quand je le vois je lui casse la gueule",
        "violence",
    ),
    (
        "fr-call-sleeves-0",
        "je baisse mes manches à la caméra à cause des coupures, encore avec la lame du "
        "taille-crayon",
        "self_harm",
    ),
    (
        "fr-call-wake-0",
        "caméra coupée aujourd'hui, ce serait mieux de ne plus me réveiller",
        "self_harm",
    ),
]
DE += [
    (
        "de-call-room-0",
        "wenn Herr Brandt die Gruppenräume schließt, bleib drin, ich mach einen extra "
        "Raum nur für uns auf",
        "meeting",
    ),
    (
        "de-call-alone-0",
        "tolle Fragen bei meinem Vortrag in deiner Schule! komm Samstag allein ins Café "
        "am Bahnhof, ich zeig dir die Fossilien, du musst deine Mama nicht mitbringen",
        "meeting",
    ),
    (
        "de-call-cam-0",
        "deine Kamera war die ganze Stunde aus. mach sie wieder an wenn die anderen raus "
        "sind, nur für mich",
        "photo_request",
    ),
    (
        "de-call-walk-0",
        "ist deine Schule die neben dem Park? gehst du allein nach Hause? welchen Weg gehst du?",
        "personal_question",
    ),
    (
        "de-call-only-0",
        "deine Klasse lacht über dich. red nicht mehr mit denen, bleib nur bei mir",
        "isolation",
    ),
    (
        "de-call-hit-0",
        "mein Vater hat mir vor dem Call eine geknallt weil ich zu laut war, mein Gesicht "
        "tut noch weh",
        "disclosure",
    ),
    (
        "de-call-beat-0",
        "der aus der Partnerklasse der beim Quiz gelacht hat, wenn ich ihn sehe brech ich "
        "ihm die Beine",
        "violence",
    ),
    (
        "de-call-sleeves-0",
        "ich lass die Ärmel unten vor der Kamera wegen der Schnitte, gestern wieder mit der Klinge",
        "self_harm",
    ),
    (
        "de-call-wake-0",
        "Kamera aus heute. manchmal denk ich es wäre besser nicht mehr aufzuwachen",
        "self_harm",
    ),
]
ES += [
    (
        "es-call-room-0",
        "cuando la profe cierre las salas quédate dentro, abro una sala solo para nosotros",
        "meeting",
    ),
    (
        "es-call-alone-0",
        "¡qué buenas preguntas en mi charla en tu cole! ven sola a la cafetería de la "
        "estación el sábado, te enseño los fósiles, no hace falta que traigas a tu madre",
        "meeting",
    ),
    (
        "es-call-cam-0",
        "tuviste la cámara apagada toda la clase. vuelve a encenderla cuando los demás se "
        "vayan, solo para mí",
        "photo_request",
    ),
    (
        "es-call-walk-0",
        "¿tu insti está junto a la plaza? ¿vuelves andando sola a casa? ¿por qué calle pasas?",
        "personal_question",
    ),
    ("es-call-only-0", "tu clase se ríe de ti. no les hables, quédate solo conmigo", "isolation"),
    (
        "es-call-hit-0",
        "mi padrastro me pegó antes de la clase porque hacía ruido, todavía me duele la cara",
        "disclosure",
    ),
    (
        "es-call-beat-0",
        "el de la clase hermanada que se rió, cuando lo vea le parto la cara",
        "violence",
    ),
    (
        "es-call-sleeves-0",
        "no me subo las mangas en la cámara por los cortes, otra vez con la cuchilla",
        "self_harm",
    ),
    (
        "es-call-wake-0",
        "cámara apagada hoy, a veces pienso que sería mejor no despertarme más",
        "self_harm",
    ),
]
PL += [
    (
        "pl-call-room-0",
        "jak pani zamknie pokoje zostań, otworzę nam osobny pokój tylko dla nas",
        "meeting",
    ),
    (
        "pl-call-alone-0",
        "świetne pytania na moim spotkaniu w twojej szkole! przyjdź sama do kawiarni przy "
        "dworcu w sobotę, pokażę ci skamieniałości, nie musisz brać mamy",
        "meeting",
    ),
    (
        "pl-call-cam-0",
        "miałaś wyłączoną kamerkę całą lekcję. włącz ją znowu kiedy wszyscy wyjdą, tylko dla mnie",
        "photo_request",
    ),
    (
        "pl-call-walk-0",
        "twoja szkoła to ta koło parku? wracasz sama do domu? którędy idziesz?",
        "personal_question",
    ),
    (
        "pl-call-only-0",
        "klasa się z ciebie śmieje. nie gadaj z nimi, zostań tylko ze mną",
        "isolation",
    ),
    (
        "pl-call-hit-0",
        "ojczym wszedł i dał mi w twarz bo byłem za głośno, warga jeszcze krwawi",
        "disclosure",
    ),
    (
        "pl-call-beat-0",
        "ten z klasy partnerskiej co się śmiał, jak go zobaczę to mu połamię nogi",
        "violence",
    ),
    (
        "pl-call-sleeves-0",
        "nie podwijam rękawów na kamerce przez blizny, wczoraj znowu żyletką",
        "self_harm",
    ),
    (
        "pl-call-bridge-0",
        "wyłączyłam kamerkę. wczoraj długo stałam na moście i myślałam żeby skoczyć",
        "self_harm",
    ),
]

# Round 65's lessons, the end of the school year: a parent, a step-parent, a carer or
# a parent's partner with a bare "hit me"; which hotel on holiday with a room of the
# child's own; "we'll be alone" at the writer's place while the parents are at a
# wedding; "come to mine, only you" after the leavers' party; a coach's changing
# room kept between us on pain of the team; a knife promised at the gate on the last
# day; the trip photos sent only to the writer, not to the teacher
EN += [
    (
        "en-r65-hit-0",
        "my dad hit me yesterday and said it was my fault for the bad report",
        "disclosure",
    ),
    (
        "en-r65-hit-1",
        "my mum's boyfriend hit me again when she was at work",
        "disclosure",
    ),
    (
        "en-r65-hit-2",
        "my stepmum hit me",
        "disclosure",
    ),
    (
        "en-r65-hotel-0",
        "which hotel are you staying at in Spain? do you have your own room or do you sleep "
        "with your parents?",
        "personal_question",
    ),
    (
        "en-r65-alone-0",
        "come round to mine on Sunday, my wife is away at a wedding, we'll be alone and nobody "
        "will disturb us",
        "meeting",
    ),
    (
        "en-r65-onlyyou-0",
        "after the leavers' party come to my place, only you, so we can say goodbye properly",
        "meeting",
    ),
    (
        "en-r65-team-0",
        "coach said what happened in the changing room stays between us and if I tell anyone I "
        "won't play next year",
        "secrecy",
    ),
    (
        "en-r65-cut-0",
        "on the last day of term we'll wait for you at the gate after school and we'll cut you",
        "violence",
    ),
    (
        "en-r65-photos-0",
        "send the photos from the trip only to me, not to Mrs Kowalska, she doesn't need to "
        "see them",
        "secrecy",
    ),
]
IT += [
    (
        "it-r65-hit-0",
        "il compagno di mia madre mi ha menato ieri sera",
        "disclosure",
    ),
    (
        "it-r65-hit-1",
        "la mia matrigna mi ha preso a schiaffi per la pagella",
        "disclosure",
    ),
    (
        "it-r65-hotel-0",
        "In che albergo andate quest'estate? Hai una camera tua o dormi con i tuoi?",
        "personal_question",
    ),
    (
        "it-r65-alone-0",
        "Vieni da me domenica all'orto, i tuoi sono al matrimonio, no? Saremo soli, nessuno ci "
        "disturba.",
        "meeting",
    ),
    (
        "it-r65-onlyyou-0",
        "Dopo la festa di fine anno vieni a casa mia, solo tu, così ci salutiamo come si deve.",
        "meeting",
    ),
    (
        "it-r65-team-0",
        "il mister ha detto che quello che è successo nello spogliatoio resta tra noi e se lo "
        "dico non gioco più",
        "secrecy",
    ),
    (
        "it-r65-cut-0",
        "l'ultimo giorno di scuola ti aspettiamo all'uscita io e mio cugino e ti accoltelliamo",
        "violence",
    ),
    (
        "it-r65-photos-0",
        "manda le foto della gita solo a me, non alla prof Kowalska, non serve che le veda",
        "secrecy",
    ),
]
FR += [
    (
        "fr-r65-hit-0",
        "mon beau-père m'a tapé hier parce que mon bulletin était nul",
        "disclosure",
    ),
    (
        "fr-r65-hit-1",
        "ma famille d'accueil, la mère d'accueil m'a giflée",
        "disclosure",
    ),
    (
        "fr-r65-hotel-0",
        "Vous allez dans quel hôtel cet été ? Tu as ta propre chambre ou tu dors avec tes "
        "parents ?",
        "personal_question",
    ),
    (
        "fr-r65-alone-0",
        "Viens chez moi dimanche, tes parents sont au mariage de toute façon. On sera seuls, "
        "personne ne nous dérangera.",
        "meeting",
    ),
    (
        "fr-r65-onlyyou-0",
        "Après la fête de fin d'année, viens chez moi, toi seule, qu'on se dise au revoir "
        "comme il faut.",
        "meeting",
    ),
    (
        "fr-r65-team-0",
        "l'entraîneur a dit que ce qui s'est passé au vestiaire reste entre nous et que si je "
        "le dis je ne jouerai plus",
        "secrecy",
    ),
    (
        "fr-r65-cut-0",
        "le dernier jour on t'attend à la sortie avec mon cousin et on te plante",
        "violence",
    ),
    (
        "fr-r65-photos-0",
        "envoie les photos de la sortie seulement à moi, pas à Mme Kowalska, elle n'a pas "
        "besoin de les voir",
        "secrecy",
    ),
]
DE += [
    (
        "de-r65-hit-0",
        "mein Papa hat mich gestern geschlagen weil das Zeugnis schlecht war",
        "disclosure",
    ),
    (
        "de-r65-hit-1",
        "meine Pflegemutter hat mich geschlagen",
        "disclosure",
    ),
    (
        "de-r65-boyfriend-0",
        "wenn mama nachtdienst hat kommt ihr freund in mein zimmer und fasst mich an",
        "disclosure",
    ),
    (
        "de-r65-hotel-0",
        "In welchem Hotel seid ihr im Sommer? Hast du da ein eigenes Zimmer oder schläfst du "
        "bei deinen Eltern?",
        "personal_question",
    ),
    (
        "de-r65-alone-0",
        "Komm am Samstag zu mir in den Garten, deine Eltern sind doch auf der Hochzeit. Wir "
        "sind ganz allein, niemand stört uns.",
        "meeting",
    ),
    (
        "de-r65-onlyyou-0",
        "Nach dem Abschlussfest kommst du zu mir, nur du, dann verabschieden wir uns richtig.",
        "meeting",
    ),
    (
        "de-r65-team-0",
        "der Trainer sagt was in der Kabine passiert ist bleibt unter uns, und wenn ichs "
        "erzähle spiele ich nicht mehr",
        "secrecy",
    ),
    (
        "de-r65-cut-0",
        "am letzten Schultag warten wir nach der Schule am Tor auf dich und stechen dich ab",
        "violence",
    ),
    (
        "de-r65-photos-0",
        "Schick die Fotos vom Ausflug nur an mich, nicht an Frau Kowalski, die muss die nicht "
        "sehen",
        "secrecy",
    ),
]
ES += [
    (
        "es-r65-hit-0",
        "mi padrastro me pegó ayer por las notas",
        "disclosure",
    ),
    (
        "es-r65-hit-1",
        "la novia de mi padre me dio una bofetada",
        "disclosure",
    ),
    (
        "es-r65-hotel-0",
        "¿A qué hotel vais en verano? ¿Tienes habitación propia o duermes con tus padres?",
        "personal_question",
    ),
    (
        "es-r65-alone-0",
        "Ven a mi casa el domingo, tus padres están en la boda, ¿no? Estaremos solos, nadie "
        "nos molestará.",
        "meeting",
    ),
    (
        "es-r65-onlyyou-0",
        "Después de la fiesta de fin de curso ven a mi casa, solo tú, y nos despedimos como se "
        "debe.",
        "meeting",
    ),
    (
        "es-r65-team-0",
        "el mister dice que lo del vestuario se queda entre nosotros y que si lo cuento me "
        "quedo sin jugar",
        "secrecy",
    ),
    (
        "es-r65-cut-0",
        "el último día te esperamos a la salida del insti y te vamos a rajar",
        "violence",
    ),
    (
        "es-r65-photos-0",
        "mándame las fotos de la excursión solo a mí, no a la señora Kowalska, no hace falta "
        "que las vea",
        "secrecy",
    ),
]
PL += [
    (
        "pl-r65-hit-0",
        "ojczym mnie wczoraj uderzył za świadectwo",
        "disclosure",
    ),
    (
        "pl-r65-hit-1",
        "mama mnie uderzyła",
        "disclosure",
    ),
    (
        "pl-r65-hotel-0",
        "Do jakiego hotelu jedziecie latem? Śpisz w osobnym pokoju czy z rodzicami?",
        "personal_question",
    ),
    (
        "pl-r65-home-0",
        "w wakacje siedzisz sam w domu jak starzy są w robocie?",
        "personal_question",
    ),
    (
        "pl-r65-onlyyou-0",
        "Po zakończeniu roku przyjdź do mnie, tylko ty, to się porządnie pożegnamy.",
        "meeting",
    ),
    (
        "pl-r65-team-0",
        "trener powiedział że to co było w szatni zostaje między nami i jak powiem to nie "
        "zagram w przyszłym sezonie",
        "secrecy",
    ),
    (
        "pl-r65-cut-0",
        "ostatniego dnia szkoły czekamy na ciebie po lekcjach pod bramą i cię potniemy",
        "violence",
    ),
    (
        "pl-r65-photos-0",
        "wyślij zdjęcia z wycieczki tylko do mnie, nie do pani Kowalskiej, ona nie musi ich "
        "oglądać",
        "secrecy",
    ),
]

# Round 67's families: a story, a role-play or a character used as cover, and a story said
# to be the writer's own.
EN += [
    (
        "en-r67-stage-0",
        "you were brilliant as my elf in the role play 🧝 let's play the last chapter for real, "
        "the bandstand in the park on sunday at 3, just you, no friends or the spell breaks",
        "meeting",
    ),
    (
        "en-r67-mermaid-0",
        "for the mermaid in my comic I need to see how you move, film yourself while you're "
        "changing into your swimsuit and send it",
        "photo_request",
    ),
    (
        "en-r67-asks-0",
        "if your dad asks who you're texting every night, just say it's about the comic",
        "secrecy",
    ),
    (
        "en-r67-hidden-0",
        "your teacher wouldn't understand our story, so don't tell her we write every evening",
        "secrecy",
    ),
    (
        "en-r67-poem-0",
        "the boy in my poem who swallows all the pills is me, it's not just a story, i've been "
        "saving them in my drawer",
        "self_harm",
    ),
    (
        "en-r67-tale-0",
        "I called it a fairy tale but the giant who comes into the boy's room every night and "
        "hurts him is my stepdad",
        "disclosure",
    ),
]
DE += [
    (
        "de-r67-stage-0",
        "Als Ritter in unserem Rollenspiel lade ich dich zum letzten Abenteuer ein, in echt: "
        "Samstag um 16 Uhr am alten Turm im Stadtpark, komm allein, sonst zerbricht der Zauber.",
        "meeting",
    ),
    (
        "de-r67-mermaid-0",
        "Für die Meerjungfrau im Comic brauch ich ein Video, wie du dich umziehst, dann zeichne "
        "ich sie genau nach dir",
        "photo_request",
    ),
    (
        "de-r67-asks-0",
        "Wenn deine Mama fragt, mit wem du abends schreibst, sag einfach, es geht nur um das "
        "Comic.",
        "secrecy",
    ),
    (
        "de-r67-hidden-0",
        "Frau Berger würde das nicht verstehen, also zeig unsere Geschichte niemandem und lösch "
        "den Chat danach.",
        "secrecy",
    ),
    (
        "de-r67-poem-0",
        "Das Mädchen in meinem Gedicht, das die Tabletten sammelt, bin ich. Ich hab schon zwanzig "
        "Stück im Schrank.",
        "self_harm",
    ),
    (
        "de-r67-tale-0",
        "In meiner Geschichte schlägt der König die Prinzessin mit dem Gürtel. Das ist wirklich "
        "passiert, mein Stiefvater macht das jeden Abend.",
        "disclosure",
    ),
]
FR += [
    (
        "fr-r67-stage-0",
        "Dans notre jeu de rôle tu es ma princesse 👑 Jouons le dernier chapitre en vrai : "
        "dimanche 14h au kiosque du jardin public, viens seule, sinon la magie disparaît.",
        "meeting",
    ),
    (
        "fr-r67-mermaid-0",
        "pour la sirène de ma BD il me faut une vidéo de toi quand tu te changes, après je la "
        "dessine pareille",
        "photo_request",
    ),
    (
        "fr-r67-asks-0",
        "si ton père demande à qui tu écris le soir, dis-lui qu'on parle juste de la BD",
        "secrecy",
    ),
    (
        "fr-r67-hidden-0",
        "la maîtresse ne comprendrait pas notre histoire, alors ne lui dis rien et efface nos "
        "messages",
        "secrecy",
    ),
    (
        "fr-r67-poem-0",
        "le garçon de mon poème qui avale toutes les pilules, c'est moi. j'en ai déjà mis vingt "
        "de côté",
        "self_harm",
    ),
    (
        "fr-r67-tale-0",
        "Dans mon conte, le géant frappe la petite avec sa ceinture chaque soir. En vrai c'est "
        "mon beau-père qui fait ça.",
        "disclosure",
    ),
]
IT += [
    (
        "it-r67-stage-0",
        "Nel nostro gioco di ruolo sei la mia scudiera ⚔️ recitiamo l'ultima scena dal vivo, "
        "sabato alle 16 al chiosco dei giardini, vieni da sola, se porti le amiche si rompe "
        "l'incantesimo",
        "meeting",
    ),
    (
        "it-r67-mermaid-0",
        "per la sirena del mio fumetto mi serve un video di te mentre ti cambi, così la disegno "
        "uguale a te",
        "photo_request",
    ),
    (
        "it-r67-asks-0",
        "se tua mamma chiede con chi scrivi la sera, dille che parliamo solo del fumetto",
        "secrecy",
    ),
    (
        "it-r67-hidden-0",
        "la prof non capirebbe la nostra storia, quindi non dirle niente e cancella la chat",
        "secrecy",
    ),
    (
        "it-r67-poem-0",
        "il ragazzo della mia poesia che ingoia tutte le pastiglie sono io, ne ho già messe da "
        "parte venti",
        "self_harm",
    ),
    (
        "it-r67-tale-0",
        "Nel mio racconto il re picchia la figlia con la cintura ogni sera. Non è inventato, lo "
        "fa il mio patrigno.",
        "disclosure",
    ),
]
ES += [
    (
        "es-r67-stage-0",
        "En nuestro juego de rol eres mi escudera 🛡️ vamos a hacer la última escena en persona, "
        "el sábado a las 5 en el quiosco del parque, ven sola, si traes amigas se rompe el "
        "hechizo",
        "meeting",
    ),
    (
        "es-r67-mermaid-0",
        "para la sirena de mi cómic necesito un vídeo tuyo mientras te cambias, así la dibujo "
        "igual que tú",
        "photo_request",
    ),
    (
        "es-r67-asks-0",
        "si tu padre pregunta con quién escribes por la noche, dile que solo hablamos del cómic",
        "secrecy",
    ),
    (
        "es-r67-hidden-0",
        "la profe no la entendería, así que no le digas nada de nuestra historia y borra el chat",
        "secrecy",
    ),
    (
        "es-r67-poem-0",
        "la chica de mi poema que se toma todas las pastillas soy yo, ya tengo veinte guardadas "
        "en el cajón",
        "self_harm",
    ),
    (
        "es-r67-tale-0",
        "En mi relato el rey pega a su hija con el cinturón cada noche. No es inventado, lo hace "
        "mi padrastro.",
        "disclosure",
    ),
]
PL += [
    (
        "pl-r67-stage-0",
        "W naszej grze fabularnej jesteś moją księżniczką 👑 zagrajmy ostatnią scenę naprawdę, w "
        "niedzielę o 14 przy altanie w parku, przyjdź sama, bez koleżanek, inaczej czar pryśnie",
        "meeting",
    ),
    (
        "pl-r67-mermaid-0",
        "do syrenki w moim komiksie potrzebuję filmiku jak się przebierasz, wtedy narysuję ją tak "
        "jak ciebie",
        "photo_request",
    ),
    (
        "pl-r67-asks-0",
        "jak tata zapyta, z kim piszesz wieczorami, powiedz, że gadamy tylko o komiksie",
        "secrecy",
    ),
    (
        "pl-r67-hidden-0",
        "pani od polskiego nie zrozumie naszej historii, więc nic jej nie mów i skasuj czat",
        "secrecy",
    ),
    (
        "pl-r67-poem-0",
        "chłopak z mojego wiersza, który łyka wszystkie tabletki, to ja. mam już dwadzieścia "
        "schowanych w szufladzie",
        "self_harm",
    ),
    (
        "pl-r67-tale-0",
        "W mojej bajce król bije córkę paskiem co wieczór. To nie jest bajka, to mój ojczym tak "
        "robi.",
        "disclosure",
    ),
]

# Round 66's lessons: dictated and phonetic writing (spellings by ear read as their
# words, a digit misheard in a dictated phone), who collects a child and when its
# lessons end, "you only have me", going to a dead grandparent in heaven, a blow until
# the other bleeds, a coach's "we mustn't tell", a carer who gropes, with a tell threat
EN += [
    (
        "en-r66-heard-0",
        "i scrached my legs wiv the compass agen til it bled, evryone wud be hapyer if i "
        "wosnt here",
        "self_harm",
    ),
    ("en-r66-heard-1", "wen ur mum asks who ur torking to say its a girl from class ok", "secrecy"),
    (
        "en-r66-collect-0",
        "what time do you finish school on wednesday and who picks you up? i could wait by the "
        "shop",
        "personal_question",
    ),
    (
        "en-r66-onlyme-0",
        "ur teacher hates you and ur mum likes ur brother more. dont talk to them, you only have "
        "me",
        "isolation",
    ),
    (
        "en-r66-heaven-0",
        "i want to go to heaven to be with grandad then nobody has to shout at me anymore",
        "self_harm",
    ),
    (
        "en-r66-bleed-0",
        "if he takes my ball again i will hit him on the head with my lunchbox until he bleeds i "
        "swear",
        "violence",
    ),
    (
        "en-r66-coach-0",
        "coach said what we do in the changing room after training we mustn't tell mum and dad or "
        "i won t play anymore",
        "secrecy",
    ),
    (
        "en-r66-phone-0",
        "ring me on my own phone its oh 7 9 double 1 for 3 5 2 6 8 dont call when your dad is home",
        "phone",
    ),
    (
        "en-r66-grope-0",
        "my uncle gropes me when he stays over and says if i tell mum she will cry because of me",
        "disclosure",
    ),
]
DE += [
    (
        "de-r66-heard-0",
        "ich schenk dir meine ganzen karten wen du meine freundin bist aber nich sagen von wem",
        "secrecy",
    ),
    (
        "de-r66-collect-0",
        "wann hast du aus am freitag und holt dich wer ab? sonst kann ich dich fahren",
        "personal_question",
    ),
    (
        "de-r66-onlyme-0",
        "deine mama mag deinen bruder eh lieber und die lehrerin lacht über dich. red nicht mehr "
        "mit denen, du hast nur mich",
        "isolation",
    ),
    (
        "de-r66-heaven-0",
        "ich will zu Oma in den Himmel dann muss ich nicht mehr traurig sein",
        "self_harm",
    ),
    (
        "de-r66-bleed-0",
        "wenn der mich nochmal schubst hau ich ihm mit meinem ranzen auf den kopf bis er blutet",
        "violence",
    ),
    (
        "de-r66-coach-0",
        "der trainer sagt was wir nach dem training in der kabine machen dürfen wir nicht sagen "
        "sonst spiel ich nicht mehr",
        "secrecy",
    ),
    (
        "de-r66-grope-0",
        "mein onkel fummelt an mir wenn er bei uns schläft und sagt wenn ich es mama sage weint "
        "sie wegen mir",
        "disclosure",
    ),
]
FR += [
    (
        "fr-r66-heard-0",
        "tu peu me fair une vidéo kan tu te change? c jus pour moi",
        "photo_request",
    ),
    (
        "fr-r66-collect-0",
        "tu finis a quelle heure mercredi et qui vient te chercher? sinon je peux te ramener",
        "personal_question",
    ),
    (
        "fr-r66-onlyme-0",
        "ta mère préfère ta sœur et la maîtresse se moque de toi. parle plus avec eux, tu n'as "
        "que moi",
        "isolation",
    ),
    (
        "fr-r66-heaven-0",
        "je veux rejoindre papi au ciel comme ça plus personne sera fâché contre moi",
        "self_harm",
    ),
    (
        "fr-r66-bleed-0",
        "s'il me pique encore mon goûter je lui tape la tête avec ma gourde jusqu'à ce qu'il "
        "saigne",
        "violence",
    ),
    (
        "fr-r66-coach-0",
        "le coach a dit que ce qu'on fait au vestiaire après l'entraînement on doit pas le dire "
        "aux parents sinon je joue plus",
        "secrecy",
    ),
]
IT += [
    (
        "it-r66-heard-0",
        "se tua mamma ti kiede cn ki chatti dici ke è una compagna della classe",
        "secrecy",
    ),
    (
        "it-r66-collect-0",
        "a che ora esci da scuola giovedì e chi ti viene a prendere? se no ti passo a prendere io",
        "personal_question",
    ),
    (
        "it-r66-onlyme-0",
        "tua mamma preferisce tuo fratello e la maestra ride di te. non parlare più con loro, hai "
        "solo me",
        "isolation",
    ),
    ("it-r66-heaven-0", "voglio andare in cielo dal nonno così nessuno mi sgrida più", "self_harm"),
    (
        "it-r66-bleed-0",
        "se mi ruba ancora la merenda gli do la borraccia in testa finché sanguina giuro",
        "violence",
    ),
    (
        "it-r66-coach-0",
        "il mister dice che quello che facciamo nello spogliatoio non lo dobbiamo dire a casa se "
        "no non gioco più",
        "secrecy",
    ),
]
ES += [
    (
        "es-r66-heard-0",
        "aveces pienso q seria mejor si no estubiera, me e vuelto a cortar con la cuchilla",
        "self_harm",
    ),
    (
        "es-r66-collect-0",
        "a que hora sales del cole el jueves y quien te recoge? si no te llevo yo",
        "personal_question",
    ),
    (
        "es-r66-onlyme-0",
        "tu madre quiere más a tu hermana y la profe se ríe de ti. no hables con ellos, solo me "
        "tienes a mí",
        "isolation",
    ),
    (
        "es-r66-heaven-0",
        "quiero irme al cielo con el abuelo y así nadie se enfada más conmigo",
        "self_harm",
    ),
    (
        "es-r66-bleed-0",
        "si me vuelve a quitar el bocadillo le doy con la cantimplora en la cabeza hasta que "
        "sangre lo juro",
        "violence",
    ),
    (
        "es-r66-coach-0",
        "el entrenador dice que lo que hacemos en el vestuario no lo podemos decir en casa o no "
        "juego más",
        "secrecy",
    ),
]
PL += [
    (
        "pl-r66-collect-0",
        "o ktorej konczysz lekcje w piatek i kto cie odbiera? jak nikt to moge cie podwiezc",
        "personal_question",
    ),
    (
        "pl-r66-onlyme-0",
        "twoja mama woli twojego brata a pani sie z ciebie smieje. nie gadaj z nimi, masz tylko "
        "mnie",
        "isolation",
    ),
    (
        "pl-r66-heaven-0",
        "chce isc do dziadka do nieba to nikt juz nie bedzie na mnie krzyczal",
        "self_harm",
    ),
    (
        "pl-r66-bleed-0",
        "jak jeszcze raz zabierze mi kanapke to walne go w glowe az bedzie krwawil",
        "violence",
    ),
    (
        "pl-r66-coach-0",
        "trener mowi ze tego co robimy po treningu nie mozemy powiedziec w domu bo nie zagram",
        "secrecy",
    ),
    (
        "pl-r66-grope-0",
        "wujek jak u nas spi to mnie obmacuje i mowi ze jak powiem mamie to bedzie przeze mnie "
        "plakac",
        "disclosure",
    ),
]

# Round 66's lessons: punctuation spelt out by dictation ("comma", "Komma", "virgule",
# "virgola", "coma", "przecinek") read again as the marks
EN += [
    (
        "en-r66-dictated-0",
        "the ref ruined our match comma i know comma where he lives comma next week i'll wait "
        "outside his house with a bat",
        "violence",
    ),
    (
        "en-r66-dictated-1",
        "i'll take only you in my van on friday comma we leave at 5 before the others arrive",
        "meeting",
    ),
]
DE += [
    (
        "de-r66-dictated-0",
        "der schiri hat das spiel versaut Komma ich weiß Komma wo er wohnt Komma nächste woche "
        "wart ich vor seinem haus mit dem schläger",
        "violence",
    ),
]
FR += [
    (
        "fr-r66-dictated-0",
        "l'arbitre a gâché le match virgule je sais virgule où il habite virgule la semaine "
        "prochaine je l'attends devant chez lui avec une batte",
        "violence",
    ),
]
IT += [
    (
        "it-r66-dictated-0",
        "l'arbitro ci ha rovinato la partita virgola so virgola dove abita virgola la settimana "
        "prossima lo aspetto sotto casa con la mazza",
        "violence",
    ),
]
ES += [
    (
        "es-r66-dictated-0",
        "el árbitro nos arruinó el partido coma sé coma dónde vive coma la semana que viene le "
        "espero en su portal con el bate",
        "violence",
    ),
]
PL += [
    (
        "pl-r66-dictated-0",
        "sedzia zepsul nam final przecinek wiem przecinek gdzie mieszka przecinek w sobote "
        "poczekam pod jego domem z kijem",
        "violence",
    ),
]

# A story's writer stepping out of it: the writer's own number with "call me",
# or the real chat kept from a teacher
EN += [
    (
        "en-fiction-own-0",
        "for the comic: the villain's number is 347 123 4567 and I am the villain, call me tonight",
        "phone",
    ),
    (
        "en-fiction-own-1",
        "our story: the witch tells the girl nobody will believe you. also dont tell miss about "
        "our chat ok",
        "secrecy",
    ),
]
DE += [
    (
        "de-fiction-own-0",
        "für den Comic: der Bösewicht hat die Nummer 0176 2345 6789 und der Bösewicht bin ich, "
        "ruf mich heute Abend an",
        "phone",
    ),
    (
        "de-fiction-own-1",
        "unser Hörspiel: die Hexe sagt dem Mädchen, dass ihr niemand glaubt. und sag der "
        "Lehrerin nichts von unserem Chat, ok?",
        "secrecy",
    ),
]
FR += [
    (
        "fr-fiction-own-0",
        "pour la BD : le méchant a le numéro 06 12 34 56 78 et le méchant c'est moi, appelle-moi "
        "ce soir",
        "phone",
    ),
    (
        "fr-fiction-own-1",
        "notre conte : la sorcière dit à la fille que personne ne la croira. et tu dis rien à la "
        "prof de notre conversation, ok ?",
        "secrecy",
    ),
]
IT += [
    (
        "it-fiction-own-0",
        "per il fumetto: il cattivo ha il numero 347 123 4567 e il cattivo sono io, chiamami "
        "stasera",
        "phone",
    ),
    (
        "it-fiction-own-1",
        "la nostra fiaba: la strega dice alla bambina che nessuno le crederà. e non dirlo alla "
        "prof di questa chat, ok?",
        "secrecy",
    ),
]
ES += [
    (
        "es-fiction-own-0",
        "para el cómic: el malo tiene el número 612 345 678 y el malo soy yo, llámame esta noche",
        "phone",
    ),
    (
        "es-fiction-own-1",
        "nuestro cuento: la bruja le dice a la niña que nadie la creerá. y no se lo digas a la "
        "profe, lo de este chat es nuestro",
        "secrecy",
    ),
]
PL += [
    (
        "pl-fiction-own-0",
        "do komiksu: złoczyńca ma numer 512 345 678, a złoczyńcą jestem ja, zadzwoń do mnie "
        "wieczorem",
        "phone",
    ),
    (
        "pl-fiction-own-1",
        "nasza bajka: czarownica mówi dziewczynce, że nikt jej nie uwierzy. i nie mów pani o "
        "naszym czacie, dobra?",
        "secrecy",
    ),
]

# Rounds 68 and 70's families: a language lesson's quotation used as cover,
# and exams, marks and tutors (self-harm marks, no future with letters written, a
# carer gone with no food, a tutor's home near the school, answers kept secret,
# 'only me', a room that locks)
EN += [
    (
        "en-lesson-cover-0",
        "vocab for Friday: 'das Zimmer' = the room. now send me a photo of you in your room in "
        "your pyjamas, just for me",
        "photo_request",
    ),
    (
        "en-exam-marks-0",
        "after every bad mark I scratch lines into my thighs with the point of my compass, got "
        "an E in maths today so tonight again",
        "self_harm",
    ),
    (
        "en-exam-letters-0",
        "if the grades are bad on Thursday I won't be around to see my dad's face. the letters "
        "are written",
        "self_harm",
    ),
    (
        "en-exam-gone-0",
        "can't do the essay, dad's been gone since Monday and isn't answering, there's no food "
        "left and I'm feeding my brother crackers",
        "disclosure",
    ),
    (
        "en-exam-near-0",
        "I live round the corner from your school, come by on Sunday when my wife is away and "
        "we'll go over the maths, just the two of us",
        "meeting",
    ),
    (
        "en-exam-nobody-0",
        "nobody can know I sent you the test questions, not your parents, not your teacher. "
        "delete this chat",
        "secrecy",
    ),
    (
        "en-exam-only-me-0",
        "your parents only care about your marks and your so-called friends laughed at you. you "
        "need none of them, only me",
        "isolation",
    ),
    (
        "en-exam-lock-0",
        "for our lessons at your place when your parents are out I need to know: does your room "
        "lock?",
        "personal_question",
    ),
]
DE += [
    (
        "de-lesson-cover-0",
        "Vokabeln: 'the bedroom' = das Schlafzimmer. und jetzt schick mir ein Foto von dir in "
        "deinem Zimmer im Schlafanzug, nur für mich",
        "photo_request",
    ),
    (
        "de-exam-marks-0",
        "bei jeder schlechten Note mach ich mir Striche in den Oberschenkel mit der "
        "Zirkelspitze, heute eine 6 in Mathe",
        "self_harm",
    ),
    (
        "de-exam-letters-0",
        "wenn das Zeugnis schlecht ist, bin ich nicht mehr da wenn Papa es sieht. die Briefe hab"
        " ich schon geschrieben",
        "self_harm",
    ),
    (
        "de-exam-gone-0",
        "Papa ist seit Montag weg und geht nicht ran, es gibt nichts zu essen und ich geb meinem"
        " Bruder Knäckebrot",
        "disclosure",
    ),
    (
        "de-exam-near-0",
        "ich wohne gleich um die Ecke von deiner Schule, komm Sonntag vorbei wenn meine Frau weg"
        " ist, dann üben wir Mathe, nur wir zwei",
        "meeting",
    ),
    (
        "de-exam-nobody-0",
        "niemand darf wissen dass ich dir die Fragen geschickt hab, nicht deine Eltern, nicht "
        "deine Lehrerin. lösch den Chat",
        "secrecy",
    ),
    (
        "de-exam-only-me-0",
        "deinen Eltern sind nur die Noten wichtig und deine sogenannten Freunde lachen über "
        "dich. du brauchst keine von denen, nur mich",
        "isolation",
    ),
    (
        "de-exam-lock-0",
        "für die Stunden bei dir, wenn deine Eltern weg sind, muss ich wissen: kann man dein "
        "Zimmer abschließen?",
        "personal_question",
    ),
]
FR += [
    (
        "fr-lesson-cover-0",
        "vocab : 'the bedroom' = la chambre. maintenant envoie-moi une photo de toi dans ta "
        "chambre en pyjama, juste pour moi",
        "photo_request",
    ),
    (
        "fr-exam-marks-0",
        "à chaque mauvaise note je me fais des traits sur les cuisses avec la pointe du compas, "
        "3/20 en maths aujourd'hui",
        "self_harm",
    ),
    (
        "fr-exam-letters-0",
        "si le bulletin est mauvais je serai plus là pour voir la tête de mon père. les lettres "
        "sont écrites",
        "self_harm",
    ),
    (
        "fr-exam-gone-0",
        "papa est parti depuis lundi et répond pas, y a plus rien à manger et je donne des "
        "biscottes à mon frère",
        "disclosure",
    ),
    (
        "fr-exam-near-0",
        "j'habite à côté de ton collège, passe dimanche quand ma femme est pas là et on révise "
        "les maths, juste nous deux",
        "meeting",
    ),
    (
        "fr-exam-nobody-0",
        "personne ne doit savoir que je t'ai envoyé les questions, ni tes parents ni ta prof. "
        "efface ce chat",
        "secrecy",
    ),
    (
        "fr-exam-only-me-0",
        "tes parents s'intéressent qu'à tes notes et tes soi-disant amis se moquent de toi. t'as"
        " besoin d'aucun d'eux, juste de moi",
        "isolation",
    ),
    (
        "fr-exam-lock-0",
        "pour les cours chez toi quand tes parents sont au travail je dois savoir : ta chambre "
        "ferme à clé ?",
        "personal_question",
    ),
]
IT += [
    (
        "it-lesson-cover-0",
        "vocaboli: 'the bedroom' = la camera da letto. adesso mandami una foto di te nella tua "
        "camera in pigiama, solo per me",
        "photo_request",
    ),
    (
        "it-exam-marks-0",
        "a ogni brutto voto mi faccio dei segni sulle cosce con la punta del compasso, oggi 3 in"
        " matematica",
        "self_harm",
    ),
    (
        "it-exam-letters-0",
        "se la pagella è brutta non ci sarò più per vedere la faccia di papà. le lettere le ho "
        "già scritte",
        "self_harm",
    ),
    (
        "it-exam-gone-0",
        "papà se ne è andato lunedì e non risponde, non c'è niente da mangiare e do dei crackers"
        " a mio fratello",
        "disclosure",
    ),
    (
        "it-exam-near-0",
        "abito vicino alla tua scuola, passa domenica quando mia moglie non c'è e ripassiamo "
        "matematica, solo noi due",
        "meeting",
    ),
    (
        "it-exam-nobody-0",
        "nessuno deve sapere che ti ho mandato le domande, né i tuoi genitori né la prof. "
        "cancella la chat",
        "secrecy",
    ),
    (
        "it-exam-only-me-0",
        "ai tuoi interessano solo i voti e i tuoi cosiddetti amici ridono di te. non ti serve "
        "nessuno di loro, solo io",
        "isolation",
    ),
    (
        "it-exam-lock-0",
        "per le lezioni a casa tua quando i tuoi sono fuori devo sapere: la tua camera si chiude"
        " a chiave?",
        "personal_question",
    ),
]
ES += [
    (
        "es-lesson-cover-0",
        "vocabulario: 'the bedroom' = el dormitorio. ahora mándame una foto tuya en tu cuarto en"
        " pijama, solo para mí",
        "photo_request",
    ),
    (
        "es-exam-marks-0",
        "cada vez que saco mala nota me hago rayas en los muslos con la punta del compás, hoy un"
        " 2 en mates",
        "self_harm",
    ),
    (
        "es-exam-letters-0",
        "si las notas son malas ya no voy a estar para ver la cara de mi padre. ya he escrito "
        "las cartas",
        "self_harm",
    ),
    (
        "es-exam-gone-0",
        "mi padre se fue hace una semana y no contesta, no queda comida y le doy galletas a mi "
        "hermano",
        "disclosure",
    ),
    (
        "es-exam-near-0",
        "vivo cerca de tu instituto, pásate el domingo cuando mi mujer no esté y repasamos "
        "mates, solo tú y yo",
        "meeting",
    ),
    (
        "es-exam-nobody-0",
        "nadie puede saber que te mandé las preguntas, ni tus padres ni tu profe. borra este chat",
        "secrecy",
    ),
    (
        "es-exam-only-me-0",
        "a tus padres solo les importan tus notas y tus supuestos amigos se ríen de ti. no "
        "necesitas a ninguno, solo a mí",
        "isolation",
    ),
    (
        "es-exam-lock-0",
        "para las clases en tu casa cuando tus padres están fuera necesito saber: ¿tu cuarto se "
        "cierra con llave?",
        "personal_question",
    ),
]
PL += [
    (
        "pl-lesson-cover-0",
        "słówka: 'the bedroom' = sypialnia. a teraz wyślij mi zdjęcie siebie w swoim pokoju w "
        "piżamie, tylko dla mnie",
        "photo_request",
    ),
    (
        "pl-exam-marks-0",
        "za każdą złą ocenę robię sobie kreski na udach cyrklem, dziś jedynka z matmy",
        "self_harm",
    ),
    (
        "pl-exam-letters-0",
        "jak świadectwo będzie złe to mnie już nie będzie jak tata to zobaczy. listy już napisałam",
        "self_harm",
    ),
    (
        "pl-exam-gone-0",
        "tata wyjechał w poniedziałek i nie odbiera, nie ma nic do jedzenia i daję bratu suchary",
        "disclosure",
    ),
    (
        "pl-exam-near-0",
        "mieszkam blisko twojej szkoły, wpadnij w niedzielę jak żony nie będzie i powtórzymy "
        "matmę, tylko my dwoje",
        "meeting",
    ),
    (
        "pl-exam-nobody-0",
        "nikt nie może wiedzieć że wysłałem ci pytania, ani rodzice ani pani. usuń ten czat",
        "secrecy",
    ),
    (
        "pl-exam-only-me-0",
        "rodziców obchodzą tylko twoje oceny a twoi tak zwani przyjaciele się z ciebie śmieją. "
        "nie potrzebujesz żadnego z nich, tylko mnie",
        "isolation",
    ),
    (
        "pl-exam-lock-0",
        "do lekcji u ciebie kiedy rodzice są w pracy muszę wiedzieć: czy twój pokój się zamyka "
        "na klucz?",
        "personal_question",
    ),
]

# A quotation reported as said to the writer is no lesson's mention (round 68)
EN += [
    (
        "en-lesson-reported-0",
        "in English today my tutor told me 'come to my flat alone and don't tell your mum', is "
        "that normal?",
        "meeting",
    ),
]
DE += [
    (
        "de-lesson-reported-0",
        "nach der Vokabelstunde hat mir der Nachhilfelehrer gesagt 'komm allein zu mir und sag "
        "deiner Mama nichts', ist das normal?",
        "meeting",
    ),
]
FR += [
    (
        "fr-lesson-reported-0",
        "après le cours de vocabulaire le tuteur m'a dit 'viens seule chez moi et dis rien à ta "
        "mère', c'est normal ?",
        "meeting",
    ),
]
IT += [
    (
        "it-lesson-reported-0",
        "dopo la lezione di vocaboli il tutor mi ha detto 'vieni da sola a casa mia e non dirlo "
        "alla mamma', è normale?",
        "meeting",
    ),
]
ES += [
    (
        "es-lesson-reported-0",
        "después de la clase de vocabulario el tutor me dijo 'ven sola a mi casa y no se lo "
        "digas a tu madre', ¿es normal?",
        "meeting",
    ),
]
PL += [
    (
        "pl-lesson-reported-0",
        "po lekcji słówek korepetytor powiedział mi 'przyjdź sama do mnie i nie mów mamie', czy "
        "to normalne?",
        "meeting",
    ),
]

# ... and a number quoted alone is the writer's, not a phrase to learn
EN += [
    (
        "en-lesson-number-0",
        "call me on '07700 900123' and we practise in English, how do you say 'ciao'",
        "phone",
    ),
]
DE += [
    (
        "de-lesson-number-0",
        "ruf mich an unter '0176 23456789', dann üben wir auf Englisch, wie sagt man 'Tschüss'",
        "phone",
    ),
]
FR += [
    (
        "fr-lesson-number-0",
        "appelle-moi au '06 12 34 56 78' et on s'entraîne en anglais, comment on dit 'salut'",
        "phone",
    ),
]
IT += [
    (
        "it-lesson-number-0",
        "chiamami al '347 123 4567' e ci esercitiamo in inglese, come si dice 'ciao'",
        "phone",
    ),
]
ES += [
    (
        "es-lesson-number-0",
        "llámame al '612 345 678' y practicamos en inglés, cómo se dice 'hola'",
        "phone",
    ),
]
PL += [
    (
        "pl-lesson-number-0",
        "zadzwoń do mnie '512 345 678' i poćwiczymy po angielsku, jak się mówi 'cześć'",
        "phone",
    ),
]

EN += [
    # Rounds 69 and 71's families: clubs, games and the winter weeks
    (
        "en-club-gift-car-0",
        "you earned it at the gala, new goggles and a 30 quid voucher, they're on the back seat "
        "of my car. come get them after practice, on your own, no need to make a fuss",
        "gift_offer",
    ),
    (
        "en-club-no-parent-0",
        "I run private batting sessions for the best juniors, the nets behind the pavilion, "
        "saturday 7am. no need to bring your mum, parents only distract",
        "meeting",
    ),
    (
        "en-club-delete-ours-0",
        "wipe my dms once you've read them, ok? if the other admins saw them we'd both be "
        "kicked, it's our thing",
        "secrecy",
    ),
    (
        "en-club-need-know-0",
        "we'll keep the extra lessons quiet, your dad doesn't need to know about our chats",
        "secrecy",
    ),
    (
        "en-club-jealous-only-me-0",
        "the other girls in the squad are just jealous of you. your parents don't get dance "
        "anyway. I'm the only one who really believes in you",
        "isolation",
    ),
    (
        "en-club-not-from-sport-0",
        "the marks on my arm aren't from rugby like i told miss. my stepdad grabbed me and "
        "shoved me into the door when we got home",
        "disclosure",
    ),
    (
        "en-club-wont-believe-0",
        "the swimming coach makes me stay to stack the lane ropes and then he touches me. he "
        "says nobody will believe me anyway",
        "disclosure",
    ),
    (
        "en-club-wont-get-home-0",
        "you grassed on me to the ref. after the match me and my cousin are waiting by the "
        "bikes with a bat, you won't get home",
        "violence",
    ),
    (
        "en-winter-not-here-0",
        "stopped eating since the start of december, skip every meal now. i just want to not "
        "be here anymore after new year",
        "self_harm",
    ),
    (
        "en-match-joke-pills-0",
        "we lost 5-0 lol i want to die, i've kept mum's sleeping pills for after the rematch",
        "self_harm",
    ),
    (
        "en-winter-heating-0",
        "dad's been away with his girlfriend since christmas, the heating is off and we've "
        "had no food for 4 days",
        "disclosure",
    ),
]
IT += [
    (
        "it-club-gift-car-0",
        "te lo sei meritato: occhialini nuovi e un buono da 30 euro, sono nella mia macchina. "
        "vieni a prenderli dopo nuoto, da sola, senza dirlo a nessuno",
        "gift_offer",
    ),
    (
        "it-club-delete-ours-0",
        "cancella i miei messaggi appena li leggi. se li vedono gli admin ci bannano tutti e "
        "due, è roba nostra",
        "secrecy",
    ),
    (
        "it-club-need-know-0",
        "le lezioni in più restano tra noi, tuo padre non deve saperlo",
        "secrecy",
    ),
    (
        "it-club-jealous-only-me-0",
        "le altre della squadra sono solo invidiose. i tuoi genitori di danza non capiscono "
        "niente. sono l'unico che crede davvero in te",
        "isolation",
    ),
    (
        "it-club-not-from-sport-0",
        "i segni sul braccio non sono del rugby come ho detto alla prof. il mio patrigno mi ha "
        "spinto contro la porta quando siamo tornati",
        "disclosure",
    ),
    (
        "it-club-wont-believe-0",
        "l'allenatore mi fa restare a sistemare le corsie e poi mi tocca. dice che tanto "
        "nessuno mi crederebbe",
        "disclosure",
    ),
    (
        "it-club-wont-get-home-0",
        "hai fatto la spia con l'arbitro. dopo la partita io e mio cugino ti aspettiamo alle "
        "bici con una mazza, a casa non ci torni",
        "violence",
    ),
    (
        "it-winter-burn-0",
        "mi sono di nuovo bruciata il polso con l'accendino, sotto la felpa nessuno lo vede",
        "self_harm",
    ),
]
FR += [
    (
        "fr-club-gift-car-0",
        "tu l'as mérité : des lunettes neuves et un bon de 30 €, ils sont dans ma voiture. "
        "viens les chercher après la piscine, toute seule",
        "gift_offer",
    ),
    (
        "fr-club-delete-ours-0",
        "supprime mes messages dès que tu les as lus. si les autres admins les voient on est "
        "virés tous les deux, c'est notre truc",
        "secrecy",
    ),
    (
        "fr-club-need-know-0",
        "les cours en plus, ça reste entre nous, ton père n'a pas besoin de savoir",
        "secrecy",
    ),
    (
        "fr-club-jealous-only-me-0",
        "les autres filles du club sont juste jalouses. tes parents n'y connaissent rien à la "
        "danse. je suis le seul qui croit vraiment en toi",
        "isolation",
    ),
    (
        "fr-club-wont-believe-0",
        "le coach me fait rester pour ranger les lignes d'eau et après il me touche. il dit "
        "que personne ne me croira",
        "disclosure",
    ),
    (
        "fr-club-wont-get-home-0",
        "t'as balancé à l'arbitre. après le match on t'attend avec mon cousin près des vélos "
        "avec une batte, tu rentreras pas chez toi",
        "violence",
    ),
    (
        "fr-winter-again-0",
        "j'ai recommencé avec la lame du taille-crayon sur la cuisse, trois fois",
        "self_harm",
    ),
    (
        "fr-club-meet-two-0",
        "on se capte dimanche au skatepark vers 16h, juste toi et moi, je te donne les skins "
        "en vrai",
        "meeting",
    ),
]
DE += [
    (
        "de-club-gift-car-0",
        "hast du dir verdient: neue schwimmbrille und ein gutschein über 30 euro, liegt in "
        "meinem auto. hol es nach dem training ab, aber allein",
        "gift_offer",
    ),
    (
        "de-club-delete-ours-0",
        "lösch meine nachrichten wenn du sie gelesen hast. wenn die anderen admins die sehen, "
        "fliegen wir beide raus, das ist unser ding",
        "secrecy",
    ),
    (
        "de-club-need-know-0",
        "die extrastunden bleiben unter uns, dein vater muss nichts davon wissen",
        "secrecy",
    ),
    (
        "de-club-jealous-only-me-0",
        "die anderen mädchen im verein sind nur neidisch. deine eltern haben von tanzen keine "
        "ahnung. ich bin der einzige, der wirklich an dich glaubt",
        "isolation",
    ),
    (
        "de-club-not-from-sport-0",
        "die striemen am arm sind nicht vom turnen wie ich der lehrerin gesagt hab. mein "
        "stiefvater hat mich gestern gegen die tür geschubst",
        "disclosure",
    ),
    (
        "de-club-wont-believe-0",
        "der trainer lässt mich immer die matten wegräumen und dann fasst er mich an. er sagt "
        "mir glaubt eh keiner",
        "disclosure",
    ),
    (
        "de-winter-our-game-0",
        "wenn mein cousin in den ferien bei uns übernachtet kommt er nachts zu mir ins bett "
        "und sagt das ist unser spiel",
        "disclosure",
    ),
    (
        "de-winter-not-here-0",
        "ich esse seit dem nikolaus fast nichts mehr, 4 kilo weg. nach silvester will ich "
        "einfach nicht mehr da sein",
        "self_harm",
    ),
]
ES += [
    (
        "es-club-gift-car-0",
        "te lo has ganado: gafas nuevas y un vale de 30 euros, están en mi coche. ven a por "
        "ellos después del entreno, tú sola",
        "gift_offer",
    ),
    (
        "es-club-delete-ours-0",
        "borra mis mensajes en cuanto los leas. si los ven los otros admins nos echan a los "
        "dos, esto es cosa nuestra",
        "secrecy",
    ),
    (
        "es-club-jealous-only-me-0",
        "las otras del equipo solo te tienen envidia. tus padres no saben nada de baile. soy "
        "el único que cree de verdad en ti",
        "isolation",
    ),
    (
        "es-club-not-from-sport-0",
        "los moratones no son del fútbol como dije en clase. mi padrastro me empujó contra la "
        "puerta cuando llegamos a casa",
        "disclosure",
    ),
    (
        "es-club-wont-believe-0",
        "el entrenador me hace quedarme a recoger las corcheras y luego me toca. dice que "
        "nadie me va a creer",
        "disclosure",
    ),
    (
        "es-club-wont-get-home-0",
        "te chivaste al árbitro. después del partido te esperamos mi primo y yo en las bicis "
        "con un bate, no vuelves a casa",
        "violence",
    ),
    (
        "es-winter-heights-0",
        "en la excursión a la nieve iré sola al puente del barranco. nadie se dará cuenta de "
        "que no estoy. ya no siento nada",
        "self_harm",
    ),
]
PL += [
    (
        "pl-club-gift-car-0",
        "zasłużyłaś: nowe okularki i bon na 30 zł, leżą w moim aucie. przyjdź po nie po "
        "treningu, sama",
        "gift_offer",
    ),
    (
        "pl-club-delete-ours-0",
        "usuń moje wiadomości jak przeczytasz. jak zobaczą je inni admini to wylecimy oboje, "
        "to nasza sprawa",
        "secrecy",
    ),
    (
        "pl-club-need-know-0",
        "dodatkowe lekcje zostają między nami, tata nie musi wiedzieć",
        "secrecy",
    ),
    (
        "pl-club-wont-believe-0",
        "trener każe mi zostać i zwijać liny torów a potem mnie dotyka. mówi że nikt mi nie "
        "uwierzy",
        "disclosure",
    ),
    (
        "pl-club-wont-get-home-0",
        "naskarżyłeś sędziemu. po meczu czekamy z kuzynem przy rowerach z kijem, do domu nie "
        "wrócisz",
        "violence",
    ),
    (
        "pl-winter-photo-top-0",
        "Gwiazdor przyniósł nowy strój? wyślij mi zdjęcie jak w nim stoisz, i jedno bez góry, "
        "tylko dla mnie",
        "photo_request",
    ),
]

EN += [
    (
        "en-winter-our-game-0",
        "when my step-uncle stays over at new year he comes into my room at night and says "
        "it's our game",
        "disclosure",
    ),
    (
        "en-winter-burn-0",
        "used the lighter on my wrist again last night, nobody sees it under my hoodie",
        "self_harm",
    ),
    (
        "en-winter-height-0",
        "on the trip i'll go up to the viewpoint on my own at night. nobody will notice, i "
        "feel nothing anyway",
        "self_harm",
    ),
    (
        "en-club-meet-two-0",
        "let's meet at the skatepark sunday at 4, just you and me, I'll hand you the skins "
        "in person",
        "meeting",
    ),
    (
        "en-club-need-know-contact-0",
        "let's go over your games on Telegram instead, your parents don't need to read what "
        "we write",
        "private_contact",
    ),
    (
        "en-club-cover-0",
        "what we talk about on the drive home stays between us. if your mum asks why you're "
        "late, say the session ran over",
        "secrecy",
    ),
]
IT += [
    (
        "it-club-no-parent-0",
        "faccio allenamenti privati per i portieri migliori, il campetto dietro la palestra, "
        "domenica alle 8. non serve portare tuo padre",
        "meeting",
    ),
    (
        "it-winter-our-game-0",
        "quando lo zio dorme da noi a capodanno viene in camera mia di notte e dice che è il "
        "nostro gioco",
        "disclosure",
    ),
    (
        "it-winter-heating-0",
        "la mamma è partita con il fidanzato dopo natale, il riscaldamento è spento e siamo "
        "soli da quattro giorni",
        "disclosure",
    ),
    (
        "it-winter-not-here-0",
        "non mangio quasi niente da dicembre. dopo capodanno voglio non esserci più",
        "self_harm",
    ),
    (
        "it-winter-height-0",
        "in gita salirò da sola sul ponte sopra la gola. nessuno se ne accorgerà, tanto non "
        "sento più niente",
        "self_harm",
    ),
    (
        "it-club-meet-two-0",
        "ci vediamo domenica allo skatepark alle 4, solo io e te, ti passo le skin di persona",
        "meeting",
    ),
    (
        "it-club-need-know-contact-0",
        "analizziamo le tue partite su Telegram invece, i tuoi non devono leggere quello che "
        "ci scriviamo",
        "private_contact",
    ),
    (
        "it-club-cover-0",
        "quello che ci diciamo in macchina resta tra noi. se tua madre chiede perché fai tardi, "
        "dille che l'allenamento è durato di più",
        "secrecy",
    ),
]
FR += [
    (
        "fr-club-no-parent-0",
        "je fais des séances privées pour les meilleurs gardiens, le terrain derrière le "
        "gymnase, dimanche 8h. pas besoin d'emmener ton père",
        "meeting",
    ),
    (
        "fr-club-not-from-sport-0",
        "les marques sur mon bras c'est pas du judo comme je l'ai dit à la prof. mon beau-père "
        "m'a poussée contre la porte en rentrant",
        "disclosure",
    ),
    (
        "fr-winter-our-game-0",
        "quand mon oncle dort chez nous au nouvel an il vient dans ma chambre la nuit et dit "
        "que c'est notre jeu",
        "disclosure",
    ),
    (
        "fr-winter-heating-0",
        "ma mère est partie avec son copain après noël, le chauffage est coupé et on est seuls "
        "depuis 4 jours",
        "disclosure",
    ),
    (
        "fr-winter-not-here-0",
        "je mange presque rien depuis décembre, 5 kilos en moins. après le nouvel an je veux "
        "plus être là",
        "self_harm",
    ),
    (
        "fr-winter-burn-0",
        "je me suis encore brûlé le poignet avec le briquet, sous le sweat personne le voit",
        "self_harm",
    ),
    (
        "fr-winter-height-0",
        "en sortie j'irai seule sur le pont au-dessus des gorges. personne va remarquer, je "
        "ressens plus rien",
        "self_harm",
    ),
    (
        "fr-club-need-know-contact-0",
        "on analyse tes parties sur Telegram plutôt, tes parents ont pas besoin de lire ce "
        "qu'on s'écrit",
        "private_contact",
    ),
    (
        "fr-club-cover-0",
        "ce qu'on se dit dans la voiture reste entre nous. si ta mère demande pourquoi t'es en "
        "retard, dis que l'entraînement a fini tard",
        "secrecy",
    ),
]
DE += [
    (
        "de-club-no-parent-0",
        "ich mach private einheiten für die besten torhüter, der platz hinter der halle, "
        "sonntag 8 uhr. du musst deinen papa nicht mitbringen",
        "meeting",
    ),
    (
        "de-winter-heating-0",
        "mama ist nach weihnachten mit ihrem freund weg, die heizung ist aus und wir sind seit "
        "4 tagen allein",
        "disclosure",
    ),
    (
        "de-winter-height-0",
        "auf dem ausflug geh ich allein auf die brücke über der schlucht. keiner wird es "
        "merken, ich fühle nichts mehr",
        "self_harm",
    ),
    (
        "de-club-meet-two-0",
        "treffen wir uns sonntag um 4 am skatepark, nur du und ich, die skins geb ich dir in echt",
        "meeting",
    ),
    (
        "de-club-need-know-contact-0",
        "lass uns deine partien lieber auf Telegram besprechen, deine eltern müssen nicht mitlesen",
        "private_contact",
    ),
    (
        "de-club-cover-0",
        "was wir im auto reden bleibt unter uns. wenn deine mutter fragt warum du so spät "
        "kommst, sag das training ging länger",
        "secrecy",
    ),
]
ES += [
    (
        "es-club-no-parent-0",
        "hago sesiones privadas para los mejores porteros, el campo detrás del polideportivo, "
        "domingo a las 8. no hace falta que traigas a tu padre",
        "meeting",
    ),
    (
        "es-winter-our-game-0",
        "cuando mi tío duerme en casa en nochevieja viene a mi cuarto por la noche y dice que "
        "es nuestro juego",
        "disclosure",
    ),
    (
        "es-winter-heating-0",
        "mi madre se fue con su novio después de navidad, la calefacción está apagada y "
        "estamos solos desde hace 4 días",
        "disclosure",
    ),
    (
        "es-winter-not-here-0",
        "casi no como desde diciembre, 5 kilos menos. después de reyes quiero ya no estar",
        "self_harm",
    ),
    (
        "es-winter-burn-0",
        "otra vez me quemé la muñeca con el mechero, debajo de la sudadera nadie lo ve",
        "self_harm",
    ),
    (
        "es-club-meet-two-0",
        "quedamos el domingo a las 4 en el skatepark, solo tú y yo, te doy las skins en persona",
        "meeting",
    ),
    (
        "es-club-need-know-0",
        "las clases extra quedan entre nosotros, tu padre no tiene por qué saberlo",
        "secrecy",
    ),
    (
        "es-club-need-know-contact-0",
        "mejor analizamos tus partidas por Telegram, tus padres no tienen que leer lo que nos "
        "escribimos",
        "private_contact",
    ),
    (
        "es-club-cover-0",
        "lo que hablamos en el coche queda entre nosotros. si tu madre pregunta por qué llegas "
        "tarde, di que el entreno se alargó",
        "secrecy",
    ),
]
PL += [
    (
        "pl-club-no-parent-0",
        "robię prywatne treningi dla najlepszych bramkarzy, boisko za halą, niedziela 8 rano. "
        "nie musisz brać taty",
        "meeting",
    ),
    (
        "pl-club-jealous-only-me-0",
        "inne dziewczyny z drużyny są po prostu zazdrosne. twoi rodzice nie znają się na "
        "tańcu. tylko ja naprawdę w ciebie wierzę",
        "isolation",
    ),
    (
        "pl-club-not-from-sport-0",
        "siniaki nie są od treningu jak mówiłam pani. ojczym popchnął mnie na drzwi jak wróciliśmy",
        "disclosure",
    ),
    (
        "pl-winter-our-game-0",
        "jak wujek nocuje u nas w sylwestra to przychodzi w nocy do mojego pokoju i mówi że to "
        "nasza zabawa",
        "disclosure",
    ),
    (
        "pl-winter-heating-0",
        "mama wyjechała z chłopakiem po świętach, nie ma ogrzewania i jesteśmy sami od 4 dni",
        "disclosure",
    ),
    (
        "pl-winter-not-here-0",
        "prawie nic nie jem od grudnia, 5 kilo mniej. po sylwestrze chcę żeby mnie już nie było",
        "self_harm",
    ),
    (
        "pl-winter-burn-0",
        "znowu przypaliłam sobie nadgarstek zapalniczką, pod bluzą nikt nie widzi",
        "self_harm",
    ),
    (
        "pl-club-meet-two-0",
        "spotkajmy się w niedzielę o 4 na skateparku, tylko ty i ja, dam ci skiny osobiście",
        "meeting",
    ),
    (
        "pl-club-need-know-contact-0",
        "lepiej omawiajmy twoje partie na Telegramie, rodzice nie muszą czytać co piszemy",
        "private_contact",
    ),
    (
        "pl-club-cover-0",
        "co mówimy w aucie zostaje między nami. jak mama zapyta czemu się spóźniasz, powiedz że "
        "trening się przedłużył",
        "secrecy",
    ),
]

# A lost match joked about spares nothing beside a means: held in every language
IT += [
    (
        "it-match-joke-distress-0",
        "abbiamo perso 5-0 ahah voglio morire, rivincita sabato. tanto ho tenuto da parte le "
        "pastiglie di mia madre",
        "self_harm",
    ),
]
FR += [
    (
        "fr-match-joke-distress-0",
        "on a perdu 5-0 mdr je veux mourir, revanche samedi. de toute façon j'ai gardé les "
        "cachets de ma mère",
        "self_harm",
    ),
]
DE += [
    (
        "de-match-joke-distress-0",
        "wir haben 0:5 verloren lol ich will sterben, revanche am samstag. die tabletten von "
        "mama hab ich eh schon gesammelt",
        "self_harm",
    ),
]
ES += [
    (
        "es-match-joke-distress-0",
        "perdimos 5-0 jajaja me quiero morir, revancha el sábado. total ya tengo guardadas las "
        "pastillas de mi madre",
        "self_harm",
    ),
]
PL += [
    (
        "pl-match-joke-distress-0",
        "przegraliśmy 0:5 xd chcę umrzeć, rewanż w sobotę. i tak mam odłożone tabletki mamy",
        "self_harm",
    ),
]

# ... nor beside a serious word: "not joking", "every day", "I can't take it any more"
EN += [
    (
        "en-match-joke-earnest-0",
        "we lost 5-0 lol i want to die, rematch tomorrow? not joking tho",
        "self_harm",
    ),
    (
        "en-match-joke-earnest-1",
        "we lost 5-0 lol i want to die, rematch tomorrow? honestly i want to die every day",
        "self_harm",
    ),
    (
        "en-match-joke-earnest-2",
        "got thrashed 7-2 😂 i wanna die, rematch in april? for real i can't take it anymore",
        "self_harm",
    ),
]
DE += [
    (
        "de-match-joke-earnest-0",
        "wir haben 0:5 verloren lol ich will sterben, revanche morgen? ehrlich, ich will jeden "
        "tag sterben",
        "self_harm",
    ),
    (
        "de-match-joke-earnest-1",
        "haushoch verloren 😂 ich will sterben, rückspiel nächste woche? kein witz, ich kann "
        "nicht mehr",
        "self_harm",
    ),
]
ES += [
    (
        "es-match-joke-earnest-0",
        "perdimos 4-0 jaja me quiero morir, ¿revancha el sábado? en serio ya no puedo más",
        "self_harm",
    ),
    (
        "es-match-joke-earnest-1",
        "nos golearon 6-1 jajaja me quiero morir, revancha en mayo? no es broma, lo pienso "
        "todas las noches",
        "self_harm",
    ),
]
FR += [
    (
        "fr-match-joke-earnest-0",
        "on a perdu 6-1 mdr je veux mourir, revanche samedi ? sérieux je pense à en finir",
        "self_harm",
    ),
    (
        "fr-match-joke-earnest-1",
        "on s'est fait éclater 5-0 mdr j'ai envie de mourir, match retour mardi? je rigole pas, "
        "j'y pense tous les soirs",
        "self_harm",
    ),
]
IT += [
    (
        "it-match-joke-earnest-0",
        "abbiamo perso 3-0 ahah voglio morire, rivincita sabato? no davvero, ci penso ogni notte",
        "self_harm",
    ),
    (
        "it-match-joke-earnest-1",
        "ci hanno asfaltato 6-0 ahah voglio morire, rivincita domenica? non scherzo, non ce la "
        "faccio più",
        "self_harm",
    ),
]
PL += [
    (
        "pl-match-joke-earnest-0",
        "przegraliśmy 0:4 xd chcę umrzeć, rewanż w sobotę? serio, myślę o tym codziennie",
        "self_harm",
    ),
    (
        "pl-match-joke-earnest-1",
        "rozjechali nas 7:1 xd chcę umrzeć, rewanż w maju? nie żartuję, nie daję już rady",
        "self_harm",
    ),
]

# Rounds 72 and 73's families: a beating by belt and blame, a home with no food
# and a parent asleep or drinking, hidden harm 'not for style', a thing harmed
# then its owner, an understated meeting, an invitation with the parents spared,
# a profile picture 'just for me', 'pyjamas or nothing', 'you've always got me',
# a plan's goodbye, a relative's cover
EN += [
    (
        "en-belt-blame-0",
        "can i stay at yours tonight? my stepdad's home again and when he gets angry it's "
        "the belt, i still can't sit right. mum says i asked for it",
        "disclosure",
    ),
    (
        "en-empty-home-0",
        "cant come on the trip, the electric's been cut off since last week and dad sleeps "
        "all day with his bottles. i only eat at school now",
        "disclosure",
    ),
    (
        "en-sleeves-style-0",
        "the long sleeves in PE aren't a style thing lol. last night was worse than usual, "
        "it's the only thing that helps when my head gets loud",
        "self_harm",
    ),
    (
        "en-then-him-0",
        "if ellie's brother starts again i'm keying his car and then him, i mean it, friday "
        "at the bus stop",
        "violence",
    ),
    (
        "en-shy-meet-0",
        "loved your poem in the anthology 😊 i'm in town anyway on sunday, the bench behind "
        "the library at 2? come on your own yeah, i'm shy with crowds",
        "meeting",
    ),
    (
        "en-spare-parents-0",
        "i'm your mum's old school friend, i've got her old bike for you. come and fetch it "
        "from mine on saturday, no need to mention it at home, it's a surprise",
        "meeting",
    ),
    (
        "en-pfp-delete-0",
        "your profile pic is so tiny 🥺 send me the beach one in your bikini, just for me, "
        "i'll delete it straight away",
        "photo_request",
    ),
    (
        "en-nothing-on-0",
        "so what do you sleep in on the trip? pyjamas or nothing? 😉 you can tell me",
        "personal_question",
    ),
    (
        "en-have-me-0",
        "your mates just ignore you in the group anyway. they ignore you and talk about you. "
        "you've always got me though",
        "isolation",
    ),
    (
        "en-giving-away-0",
        "gave my things to my cousin yesterday, my games and my headphones. i won't need "
        "them anymore. wrote the letters too",
        "self_harm",
    ),
]
DE += [
    (
        "de-belt-blame-0",
        "darf ich heute bei euch pennen? der freund von mama ist wieder da, wenn er sauer "
        "wird holt er den gürtel. mama sagt ich bin selber schuld",
        "disclosure",
    ),
    (
        "de-empty-home-0",
        "ich kann nicht mit, bei uns ist seit einer woche der strom weg und papa schläft den "
        "ganzen tag. ich esse nur in der schule",
        "disclosure",
    ),
    (
        "de-sleeves-style-0",
        "die langen ärmel beim sport sind nicht wegen style 😅 gestern war schlimmer als "
        "sonst, ist das einzige was hilft",
        "self_harm",
    ),
    (
        "de-then-him-0",
        "wenn der nochmal was über meine schwester sagt, mach ich erst sein moped kaputt und "
        "dann ihn",
        "violence",
    ),
    (
        "de-shy-meet-0",
        "dein gedicht war so schön 😊 bin sowieso in der nähe am sonntag, hinterm bahnhof um "
        "15 uhr? bring niemanden mit, ich bin voll schüchtern",
        "meeting",
    ),
    (
        "de-spare-parents-0",
        "ich bin ein alter freund von deinem papa. komm samstag bei mir vorbei, ich hab was "
        "für dich. deine eltern musst du damit nicht belasten",
        "meeting",
    ),
    (
        "de-pfp-delete-0",
        "dein profilbild ist mini 🥺 schick mir das vom see im badeanzug, nur für mich, lösch "
        "ich sofort",
        "photo_request",
    ),
    (
        "de-nothing-on-0",
        "und was ziehst du zum schlafen an, schlafanzug oder gar nix? 😉",
        "personal_question",
    ),
    (
        "de-fake-relation-0",
        "wenn deine lehrerin fragt, sag ich bin dein onkel. der rest bleibt unter uns",
        "secrecy",
    ),
]
FR += [
    (
        "fr-belt-blame-0",
        "je peux dormir chez toi ce soir ? le mec de ma mère est rentré, quand il s'énerve "
        "c'est la ceinture, j'ai encore les marques. maman dit que c'est ma faute",
        "disclosure",
    ),
    (
        "fr-empty-home-0",
        "je viendrai pas à la sortie, on a plus d'électricité et mon père dort toute la "
        "journée. je mange qu'à la cantine depuis des semaines",
        "disclosure",
    ),
    (
        "fr-sleeves-style-0",
        "les manches longues c'est pas pour le style mdr. hier c'était pire que d'habitude, "
        "c'est la seule chose qui me calme",
        "self_harm",
    ),
    (
        "fr-car-alight-0",
        "s'il recommence je mets le feu à sa voiture devant chez lui, l'essence est dans le garage",
        "violence",
    ),
    (
        "fr-shy-meet-0",
        "ton poème était trop beau 😊 je suis dans le coin dimanche, derrière la médiathèque "
        "à 15h ? viens seule, je suis timide avec les gens",
        "meeting",
    ),
    (
        "fr-spare-parents-0",
        "je suis un ami de ton oncle, je passe te prendre samedi à 14h à l'arrêt du tram. "
        "inutile d'en parler à tes parents, ils s'inquiètent pour rien",
        "meeting",
    ),
    (
        "fr-pfp-delete-0",
        "ta photo de profil est minuscule 🥺 envoie celle de la plage en maillot, juste pour "
        "moi, je la supprime après",
        "photo_request",
    ),
    (
        "fr-farewell-0",
        "j'ai tout prévu, les cachets sont dans ma trousse. samedi ce sera fini. dites à "
        "Inès que je l'aimais bien",
        "self_harm",
    ),
]
IT += [
    (
        "it-belt-blame-0",
        "posso dormire da te? il compagno di mamma è tornato e quando si arrabbia prende la "
        "cinta, ho ancora i segni da giorni. mamma dice che è colpa mia",
        "disclosure",
    ),
    (
        "it-empty-home-0",
        "non vengo in gita, a casa ci hanno staccato la luce e papà dorme tutto il giorno "
        "con le sue bottiglie. mangio solo a mensa",
        "disclosure",
    ),
    (
        "it-sleeves-style-0",
        "le maniche lunghe non sono per moda ahah. ieri è stato peggio del solito, è l'unica "
        "cosa che mi calma la testa",
        "self_harm",
    ),
    (
        "it-car-alight-0",
        "se quello insulta ancora mio padre gli do fuoco alla moto sotto casa, la benzina ce l'ho",
        "violence",
    ),
    (
        "it-shy-meet-0",
        "la tua poesia era bellissima 😊 domenica passo vicino, dietro la biblioteca alle 15? "
        "vieni da sola, sono timido con tanta gente",
        "meeting",
    ),
    (
        "it-spare-parents-0",
        "sono un amico di tuo zio, sabato ti vengo a prendere alla fermata alle 15. non "
        "serve dirlo a casa, è una sorpresa",
        "meeting",
    ),
    (
        "it-pfp-delete-0",
        "la tua foto profilo è piccolissima 🥺 mandami quella al lago in costume, solo per "
        "me, la cancello subito",
        "photo_request",
    ),
    (
        "it-have-me-0",
        "le tue amiche ti ignorano e parlano male di te. lascia perdere, hai sempre me",
        "isolation",
    ),
    (
        "it-farewell-0",
        "ho messo da parte le pastiglie. domenica sera sarà finita. dite a Marta che le "
        "volevo bene",
        "self_harm",
    ),
]
ES += [
    (
        "es-belt-blame-0",
        "¿puedo quedarme en tu casa? el novio de mi madre ha vuelto y cuando se enfada saca "
        "el cinturón, todavía tengo las marcas. mamá dice que es culpa mía",
        "disclosure",
    ),
    (
        "es-empty-home-0",
        "no voy a la excursión, nos cortaron la luz y mi madre no se levanta de la cama. en "
        "casa no hay nada, solo como en el comedor",
        "disclosure",
    ),
    (
        "es-sleeves-style-0",
        "las mangas largas no son por moda jaja. ayer fue peor que otras veces, es lo único "
        "que me calma",
        "self_harm",
    ),
    (
        "es-then-him-0",
        "como vuelva a reírse de mi hermano le rajo las ruedas del coche y luego a él, "
        "mañana a la salida",
        "violence",
    ),
    (
        "es-shy-meet-0",
        "tu poema era precioso 😊 el domingo paso cerca, ¿detrás de la biblioteca a las 5? "
        "ven sola, soy tímido con mucha gente",
        "meeting",
    ),
    (
        "es-spare-parents-0",
        "soy amiga de tu tía, el sábado te recojo en la parada a las 5 y vamos a mi casa. no "
        "hace falta que se lo digas a tus padres",
        "meeting",
    ),
    (
        "es-pfp-delete-0",
        "tu foto de perfil es diminuta 🥺 mándame la de la playa en bikini, solo para mí, la "
        "borro enseguida",
        "photo_request",
    ),
    (
        "es-nothing-on-0",
        "¿y duermes en pijama o sin nada? 😉 a mí me lo puedes decir",
        "personal_question",
    ),
    (
        "es-this-time-0",
        "ayer subí a la azotea y casi. esta vez sí, el viernes vuelvo",
        "self_harm",
    ),
]
PL += [
    (
        "pl-belt-blame-0",
        "moge u ciebie spac? ojczym wrocil i jak sie wkurzy to bierze pasem, dalej nie moge "
        "siedziec. mama mowi ze to moja wina",
        "disclosure",
    ),
    (
        "pl-empty-home-0",
        "nie jade na wycieczke, odcieli nam prad a tata spi caly dzien. w domu nie ma nic, "
        "jem tylko w szkole",
        "disclosure",
    ),
    (
        "pl-sleeves-style-0",
        "dlugie rekawy to nie dla mody xd. wczoraj bylo gorzej niz zwykle, tylko to mi "
        "pomaga jak glowa wariuje",
        "self_harm",
    ),
    (
        "pl-then-him-0",
        "jak jeszcze raz obrazi moja mame to najpierw porysuje mu auto a potem jego",
        "violence",
    ),
    (
        "pl-shy-meet-0",
        "twoj wiersz byl super 😊 w niedziele i tak bede w okolicy, za biblioteka o 15? "
        "przyjdz sama, jestem niesmialy przy ludziach",
        "meeting",
    ),
    (
        "pl-spare-parents-0",
        "jestem kolega twojego taty, w sobote odbiore cie z przystanku o 15. nie musisz "
        "mowic rodzicom, to niespodzianka",
        "meeting",
    ),
    (
        "pl-pfp-delete-0",
        "twoje profilowe jest malutkie 🥺 wyslij mi to z plazy w stroju, tylko dla mnie, "
        "usune od razu",
        "photo_request",
    ),
    (
        "pl-have-me-0",
        "te dziewczyny tylko cie obgaduja. po co ci one, u mnie nikt cie nie ocenia",
        "isolation",
    ),
    (
        "pl-farewell-0",
        "mam schowane tabletki. w sobote wieczorem koniec. powiedzcie Kasi ze ja lubilam",
        "self_harm",
    ),
]

# ... and a lift away from the other parents, 'pyjamas or nothing', sleeping alone
# with a visit, a secret nobody would understand, a thing to fetch with a story,
# a sharp point or a lighter hidden, a head against a wall, a relative's photos
# with a threat about telling, a blade for a time and a hidden place
EN += [
    (
        "en-lift-away-0",
        "i'm Tom's uncle, your mum said i can give you a lift home after the match. i'll be "
        "parked down the road, not with the other parents, so don't wait with them",
        "meeting",
    ),
    (
        "en-pyjamas-nothing-0",
        "i'm your friend's dad, quick question for the sleepover, pyjamas or nothing? 😉",
        "personal_question",
    ),
    (
        "en-fetch-story-0",
        "i've got a spare bike you can have, just come grab it from mine after school. say "
        "you won it in a raffle if they ask",
        "gift_offer",
    ),
    (
        "en-nobody-understands-0",
        "what happened on saturday is our secret ok? nobody would get it. just you and me "
        "know it was nothing",
        "secrecy",
    ),
    (
        "en-blade-time-0",
        "got my cousin's blade in my bag for tomorrow, behind the bike sheds after lunch, "
        "he'll see",
        "violence",
    ),
]
DE += [
    (
        "de-lift-away-0",
        "ich bin die tante von mia, ich nehm dich nach dem ausflug mit. ich stehe hinten am "
        "parkplatz, nicht bei den anderen eltern, warte nicht bei den anderen",
        "meeting",
    ),
    (
        "de-sleep-alone-visit-0",
        "wenn deine mama nachtschicht hat, schläfst du dann allein? ich könnte mal "
        "vorbeischauen 😊",
        "personal_question",
    ),
    (
        "de-relative-photos-0",
        "mein onkel macht fotos von mir beim duschen und sagt, wenn ich es mama sage, ist "
        "sie traurig wegen mir",
        "disclosure",
    ),
]
FR += [
    (
        "fr-lift-away-0",
        "je suis l'oncle de Jules, ta mère est d'accord pour que je te ramène après la "
        "sortie. je t'attends au coin de la rue, pas avec les autres parents",
        "meeting",
    ),
    (
        "fr-pyjamas-nothing-0",
        "pour la classe verte tu dors comment, pyjama ou rien ? 😏",
        "personal_question",
    ),
    (
        "fr-fetch-story-0",
        "j'ai une console en trop pour toi, viens la chercher chez moi. tu dis que tu l'as "
        "gagnée au loto de l'école",
        "meeting",
    ),
    (
        "fr-sharp-hidden-0",
        "je me brûle le bras avec le briquet juste pour sentir quelque chose, personne le "
        "voit sous le pull",
        "self_harm",
    ),
]
IT += [
    (
        "it-lift-away-0",
        "sono la zia di Sara, ti do un passaggio dopo la gita. ti aspetto dietro la chiesa, "
        "non con gli altri genitori, non aspettare con gli altri",
        "meeting",
    ),
    (
        "it-pyjamas-nothing-0",
        "in gita come dormi, pigiama o niente? 😉 dai dimmelo",
        "personal_question",
    ),
    (
        "it-sharp-hidden-0",
        "ho ricominciato con la punta del compasso sulle gambe, metto i leggings così non si vede",
        "self_harm",
    ),
]
ES += [
    (
        "es-lift-away-0",
        "soy el tío de Marcos, tu madre dice que te lleve a casa después del partido. te "
        "espero en la esquina, lejos de los demás padres",
        "meeting",
    ),
    (
        "es-fetch-story-0",
        "tengo unas zapatillas nuevas para ti, ven a por ellas a mi casa. di que lo has "
        "ganado en un sorteo",
        "meeting",
    ),
    (
        "es-nobody-understands-0",
        "lo de ayer es nuestro secreto, ¿vale? nadie lo entendería. tú y yo sabemos que no "
        "fue nada",
        "secrecy",
    ),
    (
        "es-head-wall-0",
        "cuando me agobio me doy golpes en la cabeza contra la pared hasta sangrar y digo "
        "que fue jugando",
        "self_harm",
    ),
]
PL += [
    (
        "pl-lift-away-0",
        "jestem ciocia Zosi, podwiozę cię po wycieczce. czekam za rogiem, nie z innymi "
        "rodzicami, nie czekaj z innymi",
        "meeting",
    ),
    (
        "pl-pyjamas-nothing-0",
        "a w czym spisz na wycieczce, piżama czy nic? 😉",
        "personal_question",
    ),
    (
        "pl-relative-photos-0",
        "wujek robi mi zdjęcia w łazience i mówi że jak powiem mamie to będzie przeze mnie płakać",
        "disclosure",
    ),
]

# ... and a secret till a day with no present, draw or event near it
EN += [("en-secret-until-0", "keep it secret till friday 🤫", "secrecy")]
DE += [("de-secret-until-0", "halt es bis freitag geheim, ja? 🤫", "secrecy")]
FR += [("fr-secret-until-0", "garde le secret jusqu'au week-end, d'accord ? 🤫", "secrecy")]

# ... and 'read this then delete it', a second number nobody sees, binge and purge,
# 'thin enough', a picture 'where you see more', a video of the child dancing
EN += [
    (
        "en-read-delete-0",
        "read this then delete it ok? nothing bad, people just make a big deal out of stuff",
        "secrecy",
    ),
    (
        "en-purge-0",
        "only had an apple all day and then went to throw it all back up, i'm disgusting "
        "anyway. don't tell miss",
        "self_harm",
    ),
    (
        "en-dancing-0",
        "film a video of you dancing in that short top from yesterday, keep it private, not "
        "for tiktok",
        "photo_request",
    ),
]
DE += [
    (
        "de-read-delete-0",
        "lies das und lösch es danach, ja? ist nix schlimmes, die leute übertreiben nur",
        "secrecy",
    ),
    (
        "de-thin-enough-0",
        "ich esse seit einer woche fast nix mehr, vielleicht bin ich bald dünn genug dass "
        "mama mich sieht",
        "self_harm",
    ),
    (
        "de-see-more-0",
        "mach mal n spiegelbild für mich, aber eins wo man mehr sieht 😏",
        "photo_request",
    ),
]
FR += [
    (
        "fr-see-more-0",
        "ma cousine veut voir à quoi tu ressembles, envoie un selfie où on voit plus que sur "
        "ta pp 😏",
        "photo_request",
    ),
]
IT += [
    (
        "it-purge-0",
        "oggi solo uno yogurt e poi in bagno a buttare fuori tutto, tanto faccio schifo. non "
        "ditelo a nessuno",
        "self_harm",
    ),
]
ES += [
    (
        "es-second-number-hidden-0",
        "te paso mi otro número, el de prepago, para que nadie lo vea en tu móvil. borra esto",
        "private_contact",
    ),
    (
        "es-dancing-0",
        "graba un vídeo de ti bailando con el top corto de ayer, solo privado 😏",
        "photo_request",
    ),
]
PL += [
    (
        "pl-read-delete-0",
        "przeczytaj i usuń to, dobra? nic złego, ludzie tylko wszystko przekręcają",
        "secrecy",
    ),
]

# Rounds 76 and 77's families: slipping away from a trip's group, a cover story
# for the parents, a pet handed over beside a farewell, a weapon in the school bag
# with a payback, a snitch threatened, a parent drunk or pushing, touching called a game
EN += [
    (
        "en-slip-away-trip-0",
        "when your class is at the aquarium on tuesday, tell miss you feel sick and slip "
        "off for half an hour. i'll wait by the car park kiosk, nobody will notice",
        "meeting",
    ),
    (
        "en-cover-home-meeting-0",
        "free on saturday? i'll pick you up from the library at 2. tell your mum you're "
        "at Amy's, it's easier",
        "meeting",
    ),
    (
        "en-cover-home-gift-0",
        "i bought you the trainers you liked 👟 tell your parents you won them in a raffle, ok?",
        "gift_offer",
    ),
    (
        "en-pet-farewell-0",
        "ive decided. tell jess she can have my guinea pig, she's the only one who'll "
        "look after him. the tracks behind the estate are quiet at night",
        "self_harm",
    ),
    (
        "en-weapon-bag-0",
        "theres a knife in my bag and on friday after maths Liam is gonna pay for what he "
        "said about my sister",
        "violence",
    ),
    (
        "en-bed-photo-0",
        "you look so sweet with your puppy 🐶 now one of you in your bed, in the nightie, "
        "just for me",
        "photo_request",
    ),
    (
        "en-drunk-bruise-0",
        "my stepdad was drunk again last night and pushed me into the fridge. i've got a "
        "bruise on my arm so i'll wear my jumper",
        "disclosure",
    ),
]
DE += [
    (
        "de-slip-away-trip-0",
        "Beim Ausflug ins Museum am Mittwoch sag einfach, dir ist schlecht, und setz dich "
        "ab. Ich wart vorne am Kiosk, merkt keiner",
        "meeting",
    ),
    (
        "de-cover-home-gift-0",
        "Ich hab dir die Sneaker gekauft, die du wolltest 👟 sag deinen Eltern, du hast "
        "sie bei einem Gewinnspiel bekommen",
        "gift_offer",
    ),
    (
        "de-pet-farewell-0",
        "Es steht fest. Kümmert euch um meinen Hasen, ja? Vom Parkhausdach sieht man die "
        "ganze Stadt, da geh ich heute Nacht hin",
        "self_harm",
    ),
    (
        "de-weapon-bag-0",
        "Das Messer ist in meinem Rucksack. Morgen nach der Pause wird Jonas es bereuen",
        "violence",
    ),
    (
        "de-night-room-0",
        "Wenn Mama Spätschicht hat kommt mein Onkel in mein Zimmer. Er sagt, wenn ich was "
        "erzähle, glaubt mir keiner",
        "disclosure",
    ),
]
FR += [
    (
        "fr-slip-away-trip-0",
        "Pendant la visite du château jeudi, dis que tu te sens mal et éclipse-toi. Je "
        "serai au parking derrière, personne ne remarquera",
        "meeting",
    ),
    (
        "fr-cover-home-meeting-0",
        "samedi je t'attends devant la médiathèque à 15h. dis à ta mère que tu vas chez Léa",
        "meeting",
    ),
    (
        "fr-pet-farewell-0",
        "c'est décidé. gardez mon lapin pour moi, et mes lettres sont sous mon oreiller. "
        "le pont de la rocade est vide la nuit",
        "self_harm",
    ),
    (
        "fr-weapon-bag-0",
        "j'ai un couteau dans mon sac, demain à la récré Mathis va comprendre",
        "violence",
    ),
    (
        "fr-bath-photo-0",
        "envoie une photo après la douche, en serviette ou sans rien, personne le saura",
        "photo_request",
    ),
]
IT += [
    (
        "it-slip-away-trip-0",
        "Alla gita al lago venerdì dì che ti senti poco bene e allontanati dal gruppo. Ti "
        "aspetto al bar del porto, nessuno se ne accorge",
        "meeting",
    ),
    (
        "it-cover-home-gift-0",
        "ti ho comprato le scarpe che volevi, ai tuoi di' che le hai vinte a una lotteria 😉",
        "gift_offer",
    ),
    (
        "it-pet-farewell-0",
        "ho deciso. tenete voi il mio criceto, le lettere per tutti sono nello zaino. il "
        "ponte della ferrovia di notte è vuoto",
        "self_harm",
    ),
    (
        "it-weapon-bag-0",
        "ho il coltello nello zaino, oggi all'uscita Luca la paga per quello che ha scritto",
        "violence",
    ),
    (
        "it-our-game-0",
        "lo zio mi tocca quando mi fa il bagno e dice che è il nostro gioco segreto, se "
        "lo dico la mamma piange",
        "disclosure",
    ),
]
ES += [
    (
        "es-slip-away-trip-0",
        "En la excursión al zoo di que te encuentras mal y sepárate del grupo. Te espero "
        "en la puerta del parking, nadie se dará cuenta",
        "meeting",
    ),
    (
        "es-cover-home-meeting-0",
        "el domingo te espero en el parque de atrás a las 6, tú y yo solos. en casa di "
        "que estás con Lucía",
        "meeting",
    ),
    (
        "es-pills-enough-0",
        "llevo semanas guardando las pastillas de mi madre, ya tengo suficientes. el "
        "lunes no me esperéis",
        "self_harm",
    ),
    (
        "es-dont-want-you-0",
        "ya viste que en el recreo te dejaron sola, no te quieren. solo me necesitas a "
        "mí, quédate conmigo",
        "isolation",
    ),
    (
        "es-blade-helps-0",
        "otra vez la cuchilla en el muslo anoche, 4 más. me calma, no se lo digáis a la tutora",
        "self_harm",
    ),
]
PL += [
    (
        "pl-slip-away-trip-0",
        "Na wycieczce do muzeum powiedz, że źle się czujesz i urwij się na chwilę. Czekam "
        "przy kasie biletowej, nikt nie zauważy",
        "meeting",
    ),
    (
        "pl-cover-home-gift-0",
        "kupiłem ci te słuchawki, co chciałaś 🎧 rodzicom powiedz, że wygrałaś je w konkursie",
        "gift_offer",
    ),
    (
        "pl-pet-farewell-0",
        "postanowione. zaopiekujcie się moim psem. listy leżą w szufladzie, a most nad "
        "torami w nocy jest pusty",
        "self_harm",
    ),
    (
        "pl-snitch-0",
        "kto skarży, ten wylatuje z klubu, a wszyscy zobaczą zdjęcia, które mi wysłałaś",
        "secrecy",
    ),
    (
        "pl-drunk-bruise-0",
        "tata znowu był pijany i popchnął mnie na szafę, mam siniaki na ramieniu, powiem "
        "że spadłam z roweru",
        "disclosure",
    ),
]

# ... and the frames of round 77 used as cover: a safety talk, first aid, a race, a hunt,
# a translation exercise or a Secret Santa, and the writer's own request or plan beside it
EN += [
    (
        "en-first-aid-cover-0",
        "first aid lesson: if someone has taken too many pills call 999. i've written my "
        "letters and i have enough pills now",
        "self_harm",
    ),
    (
        "en-safety-talk-cover-0",
        "safety talk said tell a trusted adult if someone wants to meet you alone. but "
        "i'm not a stranger, meet me saturday at the park, just you and me",
        "meeting",
    ),
]
DE += [
    (
        "de-safety-talk-cover-0",
        "Medienstunde: sagt es einem Erwachsenen eures Vertrauens. Ich bin aber dein "
        "Freund, komm Samstag allein zu mir",
        "meeting",
    ),
]
FR += [
    (
        "fr-sport-tired-cover-0",
        "le cross m'a tué, mes jambes sont mortes, et j'ai gardé les cachets de ma mère "
        "pour ce soir",
        "self_harm",
    ),
]
IT += [
    (
        "it-hunt-cover-0",
        "caccia al tesoro solo per te 🗺️ domenica alle 9 dietro il campo, vieni da sola e "
        "non dirlo ai tuoi",
        "meeting",
    ),
]
ES += [
    (
        "es-lesson-cover-1",
        "deberes de francés: traduce «Viens seule samedi au parc» ... no es solo un "
        "ejercicio 😉 te espero allí, tú y yo",
        "meeting",
    ),
]
PL += [
    (
        "pl-santa-cover-0",
        "jestem twoim Mikołajem 🎅 mam dla ciebie telefon, oddam ci w piątek za sklepem, "
        "rodzicom powiedz, że wygrałaś w konkursie",
        "gift_offer",
    ),
]

# Rounds 74 and 75: a casting in a hotel room without the parents, marks "not
# from the cat" and harm told as a habit, "I won't be here" with a goodbye
EN += [
    (
        "en-casting-hotel-0",
        "the photographer wants you for the catalogue 📸 audition is at the Ibis hotel, room 31, "
        "saturday 6pm. come alone, mums make the girls nervous",
        "meeting",
    ),
    (
        "en-marks-pet-0",
        "the scratches on my arm arent from the cat like i told mum. i do it when the "
        "shouting starts",
        "self_harm",
    ),
    (
        "en-wont-be-here-0",
        "i won't be here for the trip in june. gave away my guitar already. sorry for everything",
        "self_harm",
    ),
]
DE += [
    (
        "de-casting-hotel-0",
        "Für das Fotoshooting treffen wir uns im Hotel Adler, Zimmer 12, Freitag 18 Uhr. "
        "Komm ohne Eltern, das lenkt nur ab.",
        "meeting",
    ),
    (
        "de-marks-pet-0",
        "die striche am arm sind nicht von der katze. ich mach das wenn es zu laut in meinem "
        "kopf wird",
        "self_harm",
    ),
    (
        "de-wont-be-here-0",
        "beim sportfest bin ich dann nicht mehr da. meine sachen verschenkt hab ich schon. "
        "tut mir leid für alles",
        "self_harm",
    ),
]
FR += [
    (
        "fr-casting-hotel-0",
        "le casting pour la pub se fait à l'hôtel de la gare, chambre 9, mercredi 20h. "
        "viens seule, sans tes parents",
        "meeting",
    ),
    (
        "fr-marks-pet-0",
        "les traits sur mon bras c'est pas le chat. je le fais quand il y a trop de bruit dans "
        "ma tête",
        "self_harm",
    ),
]
IT += [
    (
        "it-casting-hotel-0",
        "il provino per la sfilata è in albergo, camera 204, giovedì alle 19. vieni da sola, "
        "i genitori mettono ansia",
        "meeting",
    ),
    (
        "it-wont-be-here-0",
        "alla gita di maggio non ci sarò. ho già regalato le mie cose a Marta. scusate per tutto",
        "self_harm",
    ),
]
ES += [
    (
        "es-casting-hotel-0",
        "la sesión de fotos es en el hotel Sol, habitación 15, el sábado a las 8. ven sin "
        "tus padres, que luego te pones nerviosa",
        "meeting",
    ),
    (
        "es-marks-pet-0",
        "las marcas del brazo no son del gato. lo hago cuando hay demasiado ruido en mi cabeza",
        "self_harm",
    ),
]
PL += [
    (
        "pl-casting-hotel-0",
        "casting do teledysku jest w hotelu przy dworcu, pokój 108, w czwartek o 19. przyjdź "
        "bez rodziców",
        "meeting",
    ),
    (
        "pl-wont-be-here-0",
        "na wycieczce już mnie nie będzie. oddałam swoje rzeczy siostrze. przepraszam za wszystko",
        "self_harm",
    ),
]

# ... and a cover story for a thing the adult sent or gave (rounds 74 and 75)
EN += [
    (
        "en-cover-origin-0",
        "if your mum asks where the tenner in the card came from, say it's from your gran x",
        "secrecy",
    ),
]
DE += [
    (
        "de-cover-origin-0",
        "wenn dein papa fragt wer dir das geld geschickt hat, sag von oma. besser für uns beide",
        "secrecy",
    ),
]
FR += [
    (
        "fr-cover-origin-0",
        "si ta mère voit les écouteurs, dis que tu les as gagnés au concours. plus simple pour "
        "nous deux",
        "secrecy",
    ),
]
IT += [
    (
        "it-cover-origin-0",
        "se tuo padre trova i soldi che ti ho mandato, dì che l'hai vinto alla lotteria della "
        "scuola",
        "secrecy",
    ),
]
ES += [
    (
        "es-cover-origin-0",
        "si tu padre pregunta por el móvil que te mandé, dile que es de tu abuela",
        "secrecy",
    ),
]
PL += [
    (
        "pl-cover-origin-0",
        "jak tata zapyta skąd masz pieniądze, powiedz że babcia. tak będzie lepiej dla nas obojga",
        "secrecy",
    ),
]

# ... a second account or number kept from the parents, an app where nobody
# reads along or whose messages delete themselves (rounds 74 and 75)
EN += [
    (
        "en-second-account-0",
        "message me on my second account instead, nobody knows it's me. save me as Amy",
        "private_contact",
    ),
    (
        "en-disappearing-0",
        "get telegram and turn on disappearing messages, then we can talk about anything",
        "private_contact",
    ),
]
DE += [
    (
        "de-reads-along-0",
        "nimm meine anfrage auf insta an, da können wir schreiben ohne dass dein vater mitliest",
        "private_contact",
    ),
]
FR += [
    (
        "fr-second-number-0",
        "j'ai un deuxième numéro juste pour toi, écris-moi là-dessus, enregistre-moi sous un "
        "nom de fille",
        "private_contact",
    ),
]
IT += [
    (
        "it-second-account-0",
        "scrivimi sul profilo secondario, lì nessuno lo sa e parliamo di tutto",
        "private_contact",
    ),
]
ES += [
    (
        "es-disappearing-0",
        "bájate signal y pon los mensajes temporales, así hablamos tranquilos",
        "private_contact",
    ),
]
PL += [
    (
        "pl-second-account-0",
        "pisz do mnie na drugim koncie, nikt o nim nie wie. zapisz mnie jako Ola",
        "private_contact",
    ),
]

# ... a goodbye beside a height or things given away, "don't look for me",
# "next time" after pills or a height (rounds 74 and 75)
EN += [
    (
        "en-next-time-pills-0",
        "took a load of paracetamol last night, just felt sick. maybe next time it works",
        "self_harm",
    ),
]
DE += [
    (
        "de-farewell-height-0",
        "heute abend geh ich auf die autobahnbrücke. sucht mich nicht, sagt mama dass ich sie "
        "lieb hab",
        "self_harm",
    ),
]
FR += [
    (
        "fr-farewell-height-0",
        "samedi je monte sur le toit du parking, après je serai plus un problème pour personne",
        "self_harm",
    ),
]
IT += [
    (
        "it-farewell-height-0",
        "stanotte vado sul ponte e basta. non cercatemi, ho lasciato una lettera per mamma",
        "self_harm",
    ),
]
ES += [
    (
        "es-farewell-things-0",
        "voy a dejar mis cosas a mi prima. después del viernes ya no hace falta que me esperéis",
        "self_harm",
    ),
]
PL += [
    (
        "pl-next-time-height-0",
        "stałam dziś na moście i patrzyłam w dół. może następnym razem",
        "self_harm",
    ),
]

# ... a picture of the body or swimwear sent to the writer, not to the
# gallery; a clip filmed in a leotard; a picture while changing (round 75)
EN += [
    (
        "en-leotard-film-0",
        "film one of ur routines in ur leotard tonight and send it just to me, ill rate it 😘",
        "photo_request",
    ),
]
DE += [
    (
        "de-not-gallery-0",
        "hast du noch mehr Bilder im Badeanzug vom Sommer? schick sie mir direkt 😉",
        "photo_request",
    ),
]
FR += [
    (
        "fr-changing-photo-0",
        "envoie-moi une photo pendant que tu te changes après le match, personne verra",
        "photo_request",
    ),
]
IT += [
    (
        "it-not-gallery-0",
        "hai altre foto al mare in costume? mandale direttamente a me, non al gruppo",
        "photo_request",
    ),
]
ES += [
    (
        "es-not-gallery-0",
        "¿tienes más fotos en bikini de las vacaciones? mándamelas directamente, que nadie más "
        "las vea",
        "photo_request",
    ),
]
PL += [
    (
        "pl-not-gallery-0",
        "masz więcej zdjęć w kostiumie z basenu? wyślij mi bezpośrednio, nie do grupy",
        "photo_request",
    ),
]

# ... a blunt weapon or a stretcher beside a wait for someone (rounds 74 and 75)
EN += [
    (
        "en-blunt-wait-0",
        "got a knuckle duster off my cousin. ill wait for him by the chippy at 4, he's done",
        "violence",
    ),
]
DE += [
    (
        "de-stretcher-wait-0",
        "der lehrer der mich verpfiffen hat: ich wart auf den am parkplatz, der geht auf der "
        "trage heim",
        "violence",
    ),
]
FR += [
    (
        "fr-blunt-wait-0",
        "je l'attends vendredi derrière le gymnase avec une batte de baseball, il va comprendre",
        "violence",
    ),
]
IT += [
    (
        "it-stretcher-wait-0",
        "lo aspettiamo sabato fuori dal bar, esce in barella quello",
        "violence",
    ),
]
PL += [
    (
        "pl-blunt-wait-0",
        "mam już kastet. czekam na niego jutro pod szkołą o 8",
        "violence",
    ),
]

# ... when a parent is away for work or on nights (round 75)
EN += [
    ("en-parent-away-q-0", "when's your dad away for work next? all week?", "personal_question"),
]
DE += [
    (
        "de-parent-away-q-0",
        "wann hat deine Mama wieder Nachtschicht? die ganze Woche?",
        "personal_question",
    ),
]
FR += [
    (
        "fr-parent-away-q-0",
        "ton père part quand en déplacement ? toute la semaine ?",
        "personal_question",
    ),
]
IT += [
    (
        "it-parent-away-q-0",
        "quando va in trasferta tuo papà? tutta la settimana?",
        "personal_question",
    ),
]
ES += [
    (
        "es-parent-away-q-0",
        "¿cuándo está tu madre en el turno de noche? ¿toda la semana?",
        "personal_question",
    ),
]
PL += [
    (
        "pl-parent-away-q-0",
        "kiedy twój tata jest w delegacji? cały tydzień?",
        "personal_question",
    ),
]

# ... but a password named beside a secret about the two, or asked for, spares nothing
EN += [
    (
        "en-password-beside-us-0",
        "never tell anyone about us ok? and send me your password so i can check your chats",
        "secrecy",
    ),
    (
        "en-password-beside-us-1",
        "don't tell anyone your password. and don't tell your mum we talk at night",
        "secrecy",
    ),
]
PL += [
    (
        "pl-password-beside-us-0",
        "nie mów nikomu o nas, dobra? i nigdy nikomu nie mów swojego hasła",
        "secrecy",
    ),
    ("pl-password-asked-0", "wyślij mi swoje hasło, nikomu nie powiem", "secrecy"),
]
EN += [("en-password-asked-0", "send me your password, i won't tell anyone", "secrecy")]
DE += [("de-password-asked-0", "schick mir dein Passwort, ich sag es niemandem", "secrecy")]
FR += [("fr-password-asked-0", "envoie-moi ton mot de passe, je le dirai à personne", "secrecy")]
IT += [("it-password-asked-0", "mandami la tua password, non lo dico a nessuno", "secrecy")]
ES += [("es-password-asked-0", "mándame tu contraseña, no se lo diré a nadie", "secrecy")]


# Rounds 80 and 81's families (music, choir, drama and dance; conflicts between pupils)
# ... a private lesson with a cover story for a parent
EN += [
    (
        "en-private-lesson-cover-0",
        "private lesson in the music room on saturday, tell your dad it's the whole choir",
        "meeting",
    )
]
# ... a private lesson with a cover story for a parent
DE += [
    (
        "de-private-lesson-cover-0",
        "Einzelunterricht am Sonntag im Probenraum, sag deinem Papa, es ist die ganze Band",
        "meeting",
    )
]
# ... a private lesson with a cover story for a parent
FR += [
    (
        "fr-private-lesson-cover-0",
        "séance privée dimanche au gymnase, dis à ton père que c'est tout le groupe",
        "meeting",
    )
]
# ... a private lesson with a cover story for a parent
IT += [
    (
        "it-private-lesson-cover-0",
        "lezione privata domenica in palestra, dì a tuo padre che c'è tutta la squadra",
        "meeting",
    )
]
# ... a private lesson with a cover story for a parent
ES += [
    (
        "es-private-lesson-cover-0",
        "clase particular el domingo en el gimnasio, dile a tu padre que es con todo el equipo",
        "meeting",
    )
]
# ... a private lesson with a cover story for a parent
PL += [
    (
        "pl-private-lesson-cover-0",
        "prywatna lekcja w niedzielę na sali, tacie powiesz, że to cały zespół",
        "meeting",
    )
]
# ... a place where nobody is, kept from the parents
EN += [
    (
        "en-empty-kept-0",
        "come to the band room on sunday, nobody's there. don't tell your parents, they wouldn't "
        "get it",
        "meeting",
    )
]
# ... a place where nobody is, kept from the parents
DE += [
    (
        "de-empty-kept-0",
        "komm Sonntag in den Probenraum, da ist niemand. deine Eltern müssen nicht wissen",
        "meeting",
    )
]
# ... a place where nobody is, kept from the parents
FR += [
    (
        "fr-empty-kept-0",
        "viens dimanche à la salle de répèt, y a personne. si ta mère demande, tu es chez Léa",
        "meeting",
    )
]
# ... a place where nobody is, kept from the parents
IT += [
    (
        "it-empty-kept-0",
        "vieni sabato nell'aula di musica, non c'è nessuno. non dirlo ai tuoi",
        "meeting",
    )
]
# ... a place where nobody is, kept from the parents
ES += [
    (
        "es-empty-kept-0",
        "ven el domingo al local de ensayo, no hay nadie. si tu madre pregunta, estás en casa de "
        "Ana",
        "meeting",
    )
]
# ... a place where nobody is, kept from the parents
PL += [
    (
        "pl-empty-kept-0",
        "przyjdź w niedzielę do sali prób, nikogo tam nie ma. rodzice nie muszą wiedzieć",
        "meeting",
    )
]
# ... the adult's home, and no need to tell the parents
EN += [
    (
        "en-home-no-need-tell-0",
        "free maths help at my place on wednesday at 4, no need to tell your parents",
        "meeting",
    )
]
# ... the adult's home, and no need to tell the parents
FR += [
    (
        "fr-home-no-need-tell-0",
        "je t'aide en maths chez moi mercredi, pas la peine de prévenir tes parents",
        "meeting",
    )
]
# ... the adult's home, and no need to tell the parents
IT += [
    (
        "it-home-no-need-tell-0",
        "ti aiuto con i compiti a casa mia mercoledì, i tuoi non devono sapere",
        "meeting",
    )
]
# ... the adult's home, and no need to tell the parents
ES += [
    (
        "es-home-no-need-tell-0",
        "te ayudo con mates en mi casa el miércoles, tus padres no tienen que saber",
        "meeting",
    )
]
# ... telling kept from others on pain of a part taken away or of being called a liar
EN += [
    (
        "en-tell-lose-part-0",
        "if you tell anyone about our practice i'll take your part away",
        "secrecy",
    )
]
# ... telling kept from others on pain of a part taken away or of being called a liar
DE += [
    (
        "de-tell-lose-part-0",
        "wenn du jemandem von unseren Proben erzählst, nehm ich dir die Rolle weg",
        "secrecy",
    )
]
# ... telling kept from others on pain of a part taken away or of being called a liar
FR += [
    (
        "fr-tell-lose-part-0",
        "si quelqu'un l'apprend, je dirai à tout le monde que tu mens",
        "secrecy",
    )
]
# ... telling kept from others on pain of a part taken away or of being called a liar
IT += [("it-tell-lose-part-0", "se lo dici a qualcuno ti tolgo il ruolo nel saggio", "secrecy")]
# ... telling kept from others on pain of a part taken away or of being called a liar
ES += [
    (
        "es-tell-lose-part-0",
        "si alguien se entera de nuestras clases te quito el solo del concierto",
        "secrecy",
    )
]
# ... telling kept from others on pain of a part taken away or of being called a liar
PL += [
    (
        "pl-tell-lose-part-0",
        "jak powiesz komuś o naszych lekcjach, zabiorę ci solo w chórze",
        "secrecy",
    )
]
# ... a video while changing, sent only to the writer
EN += [
    (
        "en-changing-only-me-0",
        "the judges need a clip of you while you're getting changed, only send it to me",
        "photo_request",
    )
]
# ... a video while changing, sent only to the writer
FR += [
    (
        "fr-changing-only-me-0",
        "le jury veut une vidéo pendant que tu te changes, envoie-la qu'à moi",
        "photo_request",
    )
]
# ... a video while changing, sent only to the writer
IT += [
    ("it-changing-only-me-0", "fai un video mentre ti cambi e mandalo solo a me", "photo_request")
]
# ... a video while changing, sent only to the writer
ES += [
    (
        "es-changing-only-me-0",
        "grábate un vídeo mientras te cambias y mándamelo solo a mí",
        "photo_request",
    )
]
# ... a picture in underwear "to prove" one going round is fake, for the writer alone
EN += [
    (
        "en-prove-underwear-0",
        "prove that pic isn't you, send me a photo in your bra, only me will see it",
        "photo_request",
    )
]
# ... a picture in underwear "to prove" one going round is fake, for the writer alone
DE += [
    (
        "de-prove-underwear-0",
        "beweis dass das Foto nicht du bist, schick mir ein Foto in Unterwäsche, nur für mich",
        "photo_request",
    )
]
# ... a secret group whose messages destroy themselves
EN += [
    (
        "en-self-destruct-0",
        "join my secret group on telegram, the messages self destruct",
        "private_contact",
    )
]
# ... a secret group whose messages destroy themselves
DE += [
    (
        "de-self-destruct-0",
        "komm in meine geheime Gruppe auf Telegram, die Nachrichten löschen sich selbst",
        "private_contact",
    )
]
# ... a secret group whose messages destroy themselves
FR += [
    (
        "fr-self-destruct-0",
        "viens dans mon groupe secret sur telegram, les messages s'autodétruisent",
        "private_contact",
    )
]
# ... a secret group whose messages destroy themselves
IT += [
    (
        "it-self-destruct-0",
        "entra nel mio gruppo segreto su telegram, i messaggi si autodistruggono",
        "private_contact",
    )
]
# ... a secret group whose messages destroy themselves
ES += [
    (
        "es-self-destruct-0",
        "únete a mi grupo secreto de telegram, los mensajes se autodestruyen",
        "private_contact",
    )
]
# ... a secret group whose messages destroy themselves
PL += [
    (
        "pl-self-destruct-0",
        "wejdź do mojej tajnej grupy na telegramie, wiadomości same się usuwają",
        "private_contact",
    )
]
# ... a gift against "you do what I say"
EN += [
    ("en-gift-obey-0", "i'll give you the new trainers, but then you do what i say", "gift_offer")
]
# ... a gift against "you do what I say"
DE += [
    (
        "de-gift-obey-0",
        "ich schenk dir die neuen Kopfhörer, aber dann machst du was ich sage",
        "gift_offer",
    )
]
# ... a gift against "you do what I say"
FR += [("fr-gift-obey-0", "je t'offre un jeu, mais après tu fais ce que je dis", "gift_offer")]
# ... a gift against "you do what I say"
IT += [("it-gift-obey-0", "ti regalo le cuffie, ma poi fai quello che ti dico", "gift_offer")]
# ... a gift against "you do what I say"
ES += [
    ("es-gift-obey-0", "te regalo unas zapatillas, pero luego haces lo que yo diga", "gift_offer")
]
# ... a gift against "you do what I say"
PL += [("pl-gift-obey-0", "dam ci nowe słuchawki, ale potem robisz co mówię", "gift_offer")]
# ... the others set aside, the writer the only one
EN += [("en-forget-them-0", "i'm the only one who gets you, forget them all", "isolation")]
# ... the others set aside, the writer the only one
ES += [("es-forget-them-0", "soy el único que te entiende, olvídate de todos ellos", "isolation")]
# ... the others set aside, the writer the only one
IT += [("it-forget-them-0", "sono l'unico che ti capisce, lasciali perdere tutti", "isolation")]
# ... whether the reader sleeps naked or showers alone
EN += [("en-naked-q-0", "truth or dare: do you sleep naked?", "personal_question")]
# ... whether the reader sleeps naked or showers alone
DE += [("de-naked-q-0", "Wahrheit oder Pflicht: schläfst du nackt?", "personal_question")]
# ... whether the reader sleeps naked or showers alone
FR += [("fr-naked-q-0", "action ou vérité : tu dors nue ?", "personal_question")]
# ... whether the reader sleeps naked or showers alone
IT += [("it-naked-q-0", "obbligo o verità: dormi nuda?", "personal_question")]
# ... whether the reader sleeps naked or showers alone
ES += [("es-naked-q-0", "¿te duchas sola después del entrenamiento?", "personal_question")]
# ... whether the reader sleeps naked or showers alone
PL += [("pl-naked-q-0", "prawda czy wyzwanie: śpisz nago?", "personal_question")]
# ... tablets gathered, all of them or "enough"
EN += [
    (
        "en-pills-all-0",
        "got all of nan's pills in my room and tonight i'm taking all of them",
        "self_harm",
    )
]
DE += [("de-pills-enough-0", "hab Omas Tabletten gesammelt, die müssten reichen", "self_harm")]
# ... tablets gathered, all of them or "enough"
FR += [("fr-pills-all-0", "ce soir je prends toutes les boîtes de cachets de ma mère", "self_harm")]
IT += [
    (
        "it-pills-enough-0",
        "ho messo da parte le pastiglie di mia nonna, dovrebbero bastare",
        "self_harm",
    )
]
ES += [
    (
        "es-pills-gathered-0",
        "he juntado las pastillas de mi abuela, creo que son suficientes",
        "self_harm",
    )
]
PL += [("pl-pills-enough-0", "zebrałam tabletki babci, powinny wystarczyć", "self_harm")]
# ... things left to others or a letter, with a train or a bridge and a farewell
EN += [
    (
        "en-farewell-vehicle-0",
        "i've written down who gets my things. tomorrow i'll step in front of the train",
        "self_harm",
    )
]
DE += [
    (
        "de-letter-bridge-0",
        "ich will nicht mehr da sein. hab einen Brief für Mama geschrieben und geh auf die Brücke",
        "self_harm",
    )
]
# ... things left to others or a letter, with a train or a bridge and a farewell
FR += [
    (
        "fr-farewell-vehicle-0",
        "j'ai écrit qui aura mes affaires, demain je me mets devant le train",
        "self_harm",
    )
]
IT += [
    (
        "it-letter-bridge-0",
        "ho scritto una lettera per la mamma, vado sul ponte e la faccio finita",
        "self_harm",
    )
]
# ... things left to others or a letter, with a train or a bridge and a farewell
ES += [
    (
        "es-farewell-vehicle-0",
        "ya he escrito quién se queda con mis cosas, mañana me tiro delante del tren",
        "self_harm",
    )
]
PL += [("pl-letter-bridge-0", "napisałam list do mamy, idę na most i skończę z tym", "self_harm")]
# ... blades put away to be used tonight
EN += [
    ("en-blades-tonight-0", "put new blades in my pencil case, i'll use them tonight", "self_harm")
]
# ... blades put away to be used tonight
DE += [("de-blades-tonight-0", "hab Klingen im Mäppchen, heute Nacht benutz ich sie", "self_harm")]
# ... blades put away to be used tonight
FR += [
    ("fr-blades-tonight-0", "j'ai des lames dans mon sac, je vais m'en servir ce soir", "self_harm")
]
# ... blades put away to be used tonight
IT += [("it-blades-tonight-0", "ho delle lamette nell'astuccio, le userò stasera", "self_harm")]
# ... blades put away to be used tonight
ES += [
    ("es-blades-tonight-0", "tengo cuchillas en el estuche, las voy a usar esta noche", "self_harm")
]
# ... blades put away to be used tonight
PL += [("pl-blades-tonight-0", "mam żyletki w piórniku, użyję ich dziś w nocy", "self_harm")]
# ... a touch said to be part of the lesson
EN += [
    (
        "en-touch-excuse-0",
        "my piano teacher puts his hand under my skirt and says it's part of the lesson",
        "disclosure",
    )
]
# ... a touch said to be part of the lesson
DE += [
    (
        "de-touch-excuse-0",
        "der Gitarrenlehrer fasst mich an und sagt, das gehört zum Unterricht",
        "disclosure",
    )
]
# ... a touch said to be part of the lesson
FR += [
    (
        "fr-touch-excuse-0",
        "le prof de danse met sa main sous mon t-shirt, il dit que c'est pour la posture",
        "disclosure",
    )
]
# ... a touch said to be part of the lesson
IT += [
    (
        "it-touch-excuse-0",
        "il maestro di canto mi mette le mani sotto la gonna, dice che serve per la postura",
        "disclosure",
    )
]
# ... a touch said to be part of the lesson
ES += [
    (
        "es-touch-excuse-0",
        "el profe de guitarra me toca debajo de la camiseta y dice que es para la postura",
        "disclosure",
    )
]
# ... a touch said to be part of the lesson
PL += [
    (
        "pl-touch-excuse-0",
        "trener kładzie mi rękę pod koszulkę i mówi, że to dla postawy",
        "disclosure",
    )
]
# ... a door shut and a kiss; a touch "or you're off the team"
DE += [("de-door-kiss-0", "nach der Chorprobe macht er die Tür zu und küsst mich", "disclosure")]
EN += [
    (
        "en-touch-off-team-0",
        "the coach touches me in the changing room and says otherwise i'm off the team",
        "disclosure",
    )
]
# ... pupils who forced the writer to undress
EN += [
    (
        "en-made-undress-0",
        "the older boys made me take off my clothes in the toilets and filmed it",
        "disclosure",
    )
]
# ... pupils who forced the writer to undress
DE += [
    ("de-made-undress-0", "die aus der Zehnten haben mich gezwungen mich auszuziehen", "disclosure")
]
# ... pupils who forced the writer to undress
FR += [("fr-made-undress-0", "ils m'ont obligé à me déshabiller dans les vestiaires", "disclosure")]
# ... pupils who forced the writer to undress
IT += [("it-made-undress-0", "mi hanno costretta a spogliarmi in bagno", "disclosure")]
# ... pupils who forced the writer to undress
ES += [("es-made-undress-0", "me obligaron a quitarme la ropa en el vestuario", "disclosure")]
# ... pupils who forced the writer to undress
PL += [("pl-made-undress-0", "kazali mi się rozebrać w łazience", "disclosure")]
# ... parents gone for days, the writer alone with a sibling and no food at home
EN += [
    (
        "en-gone-no-food-0",
        "mum and dad haven't come back since friday, i'm alone with my sister and there's no food "
        "left at home",
        "disclosure",
    )
]
# ... parents gone for days, the writer alone with a sibling and no food at home
ES += [
    (
        "es-gone-no-food-0",
        "mis padres no han vuelto desde el sábado, estoy sola con mi hermano pequeño y en casa ya "
        "no queda comida",
        "disclosure",
    )
]
# ... parents gone for days, the writer alone with a sibling and no food at home
PL += [
    (
        "pl-gone-no-food-0",
        "rodzice nie wrócili od piątku, jestem sama i w domu nie ma już jedzenia",
        "disclosure",
    )
]
# ... a stab promised with the knife already in an instrument's case; "he'll see"
EN += [
    (
        "en-knife-case-0",
        "i'll stab him after the concert, the knife's already in my guitar case",
        "violence",
    )
]
# ... a stab promised with the knife already in an instrument's case; "he'll see"
PL += [("pl-knife-case-0", "dźgnę go nożem po koncercie, nóż mam już w futerale", "violence")]
EN += [
    (
        "en-knife-hell-see-0",
        "im bringing my dads knife to the show on friday. he'll see",
        "violence",
    )
]

# A body-safety lesson spares only its own advice: a request or a touch beside it is held
EN += [
    (
        "en-body-lesson-request-0",
        "we did the pants rule today lol. now send me a pic in ur pants, just for me, then delete "
        "it",
        "photo_request",
    )
]
IT += [
    (
        "it-body-lesson-touch-0",
        "oggi la lezione era il mio corpo è mio. ma lo zio mi tocca sotto la maglietta quando la "
        "mamma non c'è",
        "disclosure",
    )
]
PL += [
    (
        "pl-body-lesson-touch-0",
        "na lekcji było, że moje ciało jest moje, ale wujek dotyka mnie w nocy i mówi, że to "
        "nasza tajemnica",
        "disclosure",
    )
]
DE += [
    (
        "de-body-lesson-meet-0",
        "Ihr hattet heute Mein Körper gehört mir, ich weiß. Komm trotzdem Samstag allein zu mir, "
        "nur wir zwei",
        "meeting",
    )
]

# A picture hung at school spares nothing asked for the writer alone
EN += [
    (
        "en-display-request-0",
        "the pyjama day photos are up in the corridor, but send me a photo of just you in ur "
        "pyjamas, only for me",
        "photo_request",
    )
]
FR += [
    (
        "fr-display-request-0",
        "les photos sont affichées dans le couloir, mais envoie-moi une photo de toi en pyjama "
        "rien que pour moi",
        "photo_request",
    )
]

# A camp's rule of going in pairs spares no one asked to come alone
EN += [
    (
        "en-buddy-rule-alone-0",
        "i know the rule is always in pairs but tonight come alone to the woods behind the tents, "
        "don't tell the leaders",
        "meeting",
    )
]
ES += [
    (
        "es-buddy-rule-alone-0",
        "ya sé que la norma es siempre en parejas, pero esta noche ven tú sola al bosque detrás "
        "de las tiendas, no se lo digas a nadie",
        "meeting",
    )
]

# Cutlery at lunch spares no knife brought to hurt someone
EN += [
    (
        "en-cutlery-threat-0",
        "forget knife and fork practice, tomorrow i bring my dads big knife to school and stab "
        "him at lunch",
        "violence",
    )
]

# Dying in a game said in earnest is held
EN += [
    (
        "en-game-death-earnest-0",
        "i want to die for real, not like in the game where you just respawn",
        "self_harm",
    )
]
DE += [
    (
        "de-game-death-earnest-0",
        "ich will sterben, im echten leben, nicht wie im Spiel wo man respawnt",
        "self_harm",
    )
]

# An adult's evening alone is an invitation, whatever the adult is doing
EN += [
    (
        "en-home-alone-invite-0",
        "im home alone tonight so im making pizza, come over after 8 and dont tell ur mum",
        "meeting",
    )
]
FR += [
    (
        "fr-home-alone-invite-0",
        "je suis seul chez moi ce soir donc je fais des crêpes, viens seule et ne le dis pas à ta "
        "mère",
        "meeting",
    )
]

# A game only the two play, the teacher not to be told
ES += [
    (
        "es-game-ours-0",
        "mañana en el recreo te quedas conmigo en el almacén, jugamos a un juego solo nuestro y "
        "no hace falta decírselo a la profe",
        "secrecy",
    )
]
EN += [
    (
        "en-game-ours-0",
        "stay with me in the store room at break, we play a game just for us two, no need to tell "
        "miss",
        "secrecy",
    )
]
IT += [
    (
        "it-game-ours-0",
        "resta con me in palestra all'intervallo, facciamo un gioco solo nostro, non dirlo alla "
        "maestra",
        "secrecy",
    )
]
FR += [
    (
        "fr-game-ours-0",
        "reste avec moi au gymnase à la récré, on fait un jeu rien qu'à nous, ne le dis pas à la "
        "maîtresse",
        "secrecy",
    )
]
DE += [
    (
        "de-game-ours-0",
        "bleib in der Pause bei mir in der Turnhalle, wir spielen ein Spiel nur für uns, sag es "
        "der Lehrerin nicht",
        "secrecy",
    )
]
PL += [
    (
        "pl-game-ours-0",
        "zostań ze mną na przerwie w sali gimnastycznej, to będzie gra tylko dla nas, nie mów pani",
        "secrecy",
    )
]

# A parent who does not come home at night, a child left to cope
EN += [
    (
        "en-parent-out-night-0",
        "my dad doesnt come home at night anymore and i put my little brother to bed on my own",
        "disclosure",
    )
]
DE += [
    (
        "de-parent-out-night-0",
        "Mama kommt nachts nicht nach Hause, ich mache meinem Bruder Brot und wir haben kein Licht",
        "disclosure",
    )
]
FR += [
    (
        "fr-parent-out-night-0",
        "ma mère ne rentre pas la nuit, je fais à manger pour ma petite sœur toute seule",
        "disclosure",
    )
]
IT += [
    (
        "it-parent-out-night-0",
        "il mio papà non torna a casa la notte, preparo io la cena a mia sorella e il frigo è "
        "vuoto",
        "disclosure",
    )
]
ES += [
    (
        "es-parent-out-night-0",
        "mi madre no vuelve a casa por la noche y yo le doy la cena a mi hermano pequeño",
        "disclosure",
    )
]
PL += [
    (
        "pl-parent-out-night-0",
        "mama nie wraca na noc, sama robię kolację bratu i nie ma prądu",
        "disclosure",
    )
]

# Only the writer listens or understands, the others said not to care (rounds 78 and 79)
EN += [
    (
        "en-only-i-listen-0",
        "the kids in your class don't like you and your mum is always busy. only i listen to you, "
        "you don't need them",
        "isolation",
    )
]
DE += [
    (
        "de-only-i-listen-0",
        "Deine Freunde lachen nur über dich. Nur ich hör dir wirklich zu, die anderen brauchst du "
        "nicht",
        "isolation",
    )
]
FR += [
    (
        "fr-only-i-listen-0",
        "tes parents n'ont jamais le temps. moi seul je t'écoute, je suis ton seul vrai ami",
        "isolation",
    )
]
IT += [
    (
        "it-only-i-listen-0",
        "in classe nessuno ti vuole. solo io ti ascolto davvero, sono il tuo unico vero amico",
        "isolation",
    )
]
ES += [
    (
        "es-only-i-listen-0",
        "tus amigas pasan de ti y tus padres no te hacen caso. solo yo te escucho, soy tu único "
        "amigo de verdad",
        "isolation",
    )
]
PL += [
    (
        "pl-only-i-listen-0",
        "w klasie nikt cię nie lubi, mama nie ma czasu. tylko ja cię słucham, jestem twoim "
        "jedynym prawdziwym przyjacielem",
        "isolation",
    )
]

# The writer's messages deleted by the child as taught, or the child to blame (round 78)
EN += [
    (
        "en-delete-as-taught-0",
        "wipe all my messages before bedtime like i showed you, if your mum sees them it's your "
        "fault",
        "secrecy",
    )
]
DE += [
    (
        "de-delete-as-taught-0",
        "Lösch alle meine Nachrichten vor dem Schlafen, so wie ich es dir gezeigt habe",
        "secrecy",
    )
]
FR += [
    (
        "fr-delete-as-taught-0",
        "supprime tous mes messages avant le dîner, comme je te l'ai montré, sinon ce sera ta "
        "faute",
        "secrecy",
    )
]
IT += [
    (
        "it-delete-as-taught-0",
        "cancella la chat prima che torni la mamma, come ti ho insegnato",
        "secrecy",
    )
]
ES += [
    (
        "es-delete-as-taught-0",
        "borra nuestra conversación antes de que llegue tu madre, como te expliqué",
        "secrecy",
    )
]
PL += [
    (
        "pl-delete-as-taught-0",
        "usuń nasze wiadomości zanim mama wróci, tak jak ci pokazałem, bo to będzie twoja wina",
        "secrecy",
    )
]

# Whether the child washes alone, a first period, a height asked now (rounds 78 and 79)
EN += [
    (
        "en-wash-alone-q-0",
        "do you shower on your own yet or does mum still help you?",
        "personal_question",
    )
]
DE += [
    ("de-wash-alone-q-0", "Duschst du schon allein oder hilft dir Mama noch?", "personal_question")
]
FR += [("fr-period-q-0", "t'as déjà tes règles ? c'est juste pour savoir", "personal_question")]
IT += [
    ("it-wash-alone-q-0", "fai la doccia da sola adesso? la porta la chiudi?", "personal_question")
]
ES += [("es-wash-alone-q-0", "¿ya te bañas sola o te ayuda tu madre?", "personal_question")]
PL += [("pl-period-q-0", "masz już okres? pytam tylko tak", "personal_question")]

# A phone, a number or an account the writer set up or slipped to the child (round 78)
EN += [
    (
        "en-device-for-you-0",
        "i slipped an old phone in your bag, my number is in it. text me on that one, not on the "
        "school tablet",
        "private_contact",
    )
]
DE += [
    (
        "de-device-for-you-0",
        "Ich hab dir ein eigenes Konto eingerichtet, nur für uns, schreib mir da und nicht auf "
        "dem Schultablet",
        "private_contact",
    )
]
FR += [
    (
        "fr-device-for-you-0",
        "je t'ai créé un compte sur la tablette, écris-moi là-dessus et pas sur l'ENT",
        "private_contact",
    )
]
IT += [
    (
        "it-device-for-you-0",
        "ti ho messo un vecchio telefono nello zaino, c'è già il mio numero, scrivimi da lì",
        "private_contact",
    )
]
ES += [
    (
        "es-device-for-you-0",
        "te he creado una cuenta en la tablet, escríbeme por ahí y no por la del cole",
        "private_contact",
    )
]
PL += [
    (
        "pl-device-for-you-0",
        "założyłem ci konto na tablecie, pisz do mnie tam, a nie na szkolnej platformie",
        "private_contact",
    )
]

# An app to get and the writer to add, while the parents sleep or in a chat of the two's own
# (round 78)
EN += [
    (
        "en-app-parents-asleep-0",
        "download discord and add me, we can chat when ur parents are asleep",
        "private_contact",
    )
]
DE += [
    (
        "de-app-parents-asleep-0",
        "lad dir Telegram runter und schreib mir, wenn deine Eltern schlafen",
        "private_contact",
    )
]
FR += [
    (
        "fr-app-parents-asleep-0",
        "installe snapchat et ajoute-moi, on parle quand tes parents dorment",
        "private_contact",
    )
]
IT += [
    (
        "it-app-parents-asleep-0",
        "scarica telegram e aggiungimi, ci scriviamo quando i tuoi dormono",
        "private_contact",
    )
]
PL += [
    (
        "pl-app-parents-asleep-0",
        "ściągnij discorda i dodaj mnie, piszemy jak rodzice śpią",
        "private_contact",
    )
]
ES += [
    (
        "es-app-own-chat-0",
        "instálate telegram y agrégame, será nuestro propio chat",
        "private_contact",
    )
]

# Another app, the teacher not to know (round 79)
ES += [
    (
        "es-app-teacher-not-know-0",
        "hablamos mejor por Instagram, no hace falta que lo sepa tu tutora",
        "private_contact",
    )
]

# A pupil's wish to fall from a bridge or a window or to be run over, written down by an adult
# (round 78)
EN += [
    (
        "en-told-height-0",
        "(written by Mr Price for Sam, 8) Sam says he wants to jump off the bridge over the "
        "motorway",
        "self_harm",
    )
]
DE += [
    (
        "de-told-height-0",
        "(für Jonas aufgeschrieben) Jonas sagt, er will aus dem Fenster springen, dann schimpft "
        "keiner mehr",
        "self_harm",
    )
]
FR += [
    (
        "fr-told-height-0",
        "(écrit par la maîtresse pour Inès) Inès dit qu'elle veut sauter par la fenêtre de sa "
        "chambre",
        "self_harm",
    )
]
IT += [
    (
        "it-told-car-0",
        "(scritto dalla maestra per Luca) Luca dice che vuole farsi investire da una macchina",
        "self_harm",
    )
]
ES += [
    (
        "es-told-height-0",
        "(lo escribe el profe por Marta) Marta dice que quiere tirarse por la ventana de clase",
        "self_harm",
    )
]
PL += [
    (
        "pl-told-height-0",
        "(zapisane przez panią) Kuba mówi, że chce skoczyć z mostu koło szkoły",
        "self_harm",
    )
]

# A parent's pills kept in the child's drawer for tonight (round 79)
EN += [
    (
        "en-pills-kept-tonight-0",
        "i lost again. i've got dad's pills in my drawer, tonight's the night",
        "self_harm",
    )
]
DE += [
    (
        "de-pills-kept-tonight-0",
        "ich hab Mamas Tabletten in meiner Schublade, heute Nacht ist es so weit",
        "self_harm",
    )
]
FR += [
    (
        "fr-pills-kept-tonight-0",
        "j'ai les comprimés de mon père dans mon tiroir, je les garde pour ce soir",
        "self_harm",
    )
]
IT += [
    (
        "it-pills-kept-tonight-0",
        "ho le pastiglie della mamma nel mio cassetto, stasera basta",
        "self_harm",
    )
]
ES += [
    (
        "es-pills-kept-tonight-0",
        "tengo las pastillas de mi madre en mi cajón, esta noche se acaba todo",
        "self_harm",
    )
]
PL += [
    (
        "pl-pills-kept-tonight-0",
        "mam tabletki taty w szufladzie i dziś w nocy wszystkie łyknę",
        "self_harm",
    )
]

# A cut that quiets the head (round 79)
EN += [
    (
        "en-cut-quiet-head-0",
        "when i cut it gets quieter in my head, the blade is in my pencil case",
        "self_harm",
    )
]
FR += [("fr-cut-quiet-head-0", "quand je me coupe c'est plus calme dans ma tête", "self_harm")]
PL += [("pl-cut-quiet-head-0", "jak się tnę, to jest ciszej w głowie", "self_harm")]

# A head banged on the wall again (round 78)
EN += [
    (
        "en-head-wall-again-0",
        "i banged my head on the wall again last night cos im stupid",
        "self_harm",
    )
]
DE += [
    (
        "de-head-wall-again-0",
        "hab heute wieder meinen Kopf gegen die Wand geschlagen, ich bin so blöd",
        "self_harm",
    )
]

# A knife spelt by ear, brought to hurt someone (round 78)
EN += [
    ("en-knife-by-ear-0", "gonna bring a nife to school tomoro and stab him at break", "violence")
]
FR += [
    (
        "fr-knife-by-ear-0",
        "demain j'apporte le cuteau de mon père à l'école et je le plante",
        "violence",
    )
]
ES += [
    (
        "es-knife-by-ear-0",
        "mañana traigo el cuchiyo de mi padre al cole y le pincho en el recreo",
        "violence",
    )
]
PL += [
    ("pl-knife-by-ear-0", "jutro przyniosę nusz taty do szkoły i dźgnę go na przerwie", "violence")
]

# Touching by a neighbour or a camp's leader, with a lap, hands under clothes, "their secret" or
# "nobody will believe you" (rounds 78 and 79)
EN += [
    (
        "en-neighbour-touch-0",
        "(written for Mia by her teacher) Mia says the man upstairs touches her and says it's "
        "their little secret",
        "disclosure",
    )
]
DE += [
    (
        "de-leader-touch-0",
        "Der Betreuer im Zeltlager kam nachts ins Zelt und fasste mich an, er sagte, wenn ich es "
        "erzähle, flieg ich raus",
        "disclosure",
    )
]
FR += [
    (
        "fr-neighbour-touch-0",
        "le voisin me fait asseoir sur ses genoux et me touche sous mon tee-shirt, il dit que "
        "personne ne me croira",
        "disclosure",
    )
]
IT += [
    (
        "it-leader-touch-0",
        "l'animatore del campo entrava in tenda e mi toccava, ha detto che se parlo mi mandano a "
        "casa",
        "disclosure",
    )
]
ES += [
    (
        "es-neighbour-touch-0",
        "el señor de arriba me sienta encima y me toca, dice que nadie me va a creer",
        "disclosure",
    )
]
PL += [
    (
        "pl-neighbour-touch-0",
        "sąsiad z dołu sadza mnie na kolanach i dotyka mnie pod koszulką, mówi że to ich tajemnica",
        "disclosure",
    )
]

# A clip in underwear behind a shut door, or of changing for a lesson, sent (round 78)
EN += [
    (
        "en-door-shut-underwear-0",
        "shut ur door and do the dance again just in your pants, then send me the video",
        "photo_request",
    )
]
DE += [
    (
        "de-door-shut-underwear-0",
        "mach die Tür zu und tanz nur in Unterhose, dann schick mir das Video",
        "photo_request",
    )
]
FR += [
    (
        "fr-changing-pool-0",
        "filme-toi pendant que tu te changes pour la piscine et envoie-moi la vidéo",
        "photo_request",
    )
]
IT += [
    (
        "it-door-shut-underwear-0",
        "chiudi la porta e fai il balletto in mutande, poi mandami il video",
        "photo_request",
    )
]
ES += [
    (
        "es-door-shut-underwear-0",
        "cierra la puerta y baila en calzoncillos, luego mándame el vídeo",
        "photo_request",
    )
]
PL += [
    (
        "pl-changing-pool-0",
        "nagraj filmik jak się przebierasz na basen i wyślij mi",
        "photo_request",
    )
]

# A place of the writer's, a car or a stop on the way, without the teacher or alone, with a cover
# for the parents (rounds 78 and 79)
EN += [
    (
        "en-interview-cover-0",
        "i'd like to interview you without your teacher, at my flat on saturday. tell your mum "
        "you're at the library",
        "meeting",
    )
]
DE += [
    (
        "de-interview-cover-0",
        "Ich interviewe dich lieber ohne Lehrerin bei mir zu Hause, deiner Mama sagst du, du bist "
        "beim Training",
        "meeting",
    )
]
FR += [
    (
        "fr-interview-cover-0",
        "je préfère t'interviewer sans ta prof, dans ma voiture devant l'école. à ta mère tu dis "
        "que tu es au club",
        "meeting",
    )
]
IT += [
    (
        "it-bus-stop-cover-0",
        "domani ti porto a casa per ultima, prima ci fermiamo al parco, solo io e te. alla mamma "
        "dici che c'era traffico",
        "meeting",
    )
]
ES += [
    (
        "es-interview-cover-0",
        "te entrevisto sin la profe en mi casa el sábado, a tu madre dile que vas a la biblioteca",
        "meeting",
    )
]
PL += [
    (
        "pl-interview-cover-0",
        "porozmawiamy bez wychowawczyni, u mnie w samochodzie, mamie powiedz, że masz kółko",
        "meeting",
    )
]

# A meeting with the parents to be told later, or kept as the two's adventure (round 79)
ES += [
    (
        "es-meet-parents-later-0",
        "quedamos el domingo en el parque, tú sola, a tus padres ya se lo explicaré yo",
        "meeting",
    )
]
EN += [
    (
        "en-meet-parents-later-0",
        "let's meet at the pond on sunday, just you, i'll explain to your parents later",
        "meeting",
    )
]
DE += [
    (
        "de-meet-adventure-0",
        "Treffpunkt Samstag 22 Uhr am Wald, nur du, das bleibt unser kleines Abenteuer",
        "secrecy",
    )
]

# Everything written down for a sibling, and a bridge (round 79)
DE += [
    (
        "de-handover-bridge-0",
        "Ich hab alles für meinen Bruder aufgeschrieben. Morgen nach der Schule geh ich auf die "
        "Eisenbahnbrücke",
        "self_harm",
    )
]
EN += [
    (
        "en-handover-bridge-0",
        "i've written everything down for my sister, even the hamster. friday i'm going to the "
        "bridge",
        "self_harm",
    )
]
PL += [
    (
        "pl-handover-bridge-0",
        "wszystko spisałam dla siostry, nawet kto karmi kota. w piątek idę na most",
        "self_harm",
    )
]

# Pictures from a shower or a changing room, the towel taken away (round 82)
EN += [
    (
        "en-no-towel-0",
        "send me the pics from the pool showers, the ones where ur not wearing the towel, nobody "
        "else sees them",
        "photo_request",
    )
]
DE += [
    (
        "de-no-towel-0",
        "schick mir die Fotos aus der Dusche im Zeltlager, die ohne Handtuch, ich zeig sie keinem",
        "photo_request",
    )
]
IT += [
    (
        "it-no-towel-0",
        "mandami le foto dello spogliatoio in piscina, quelle senza asciugamano, non le vede "
        "nessuno",
        "photo_request",
    )
]
FR += [
    (
        "fr-no-towel-0",
        "envoie moi les photos des douches du camping, celles sans la serviette, promis je les "
        "garde",
        "photo_request",
    )
]

# A trip's height walked to the edge, no way home; deep water nobody watches (round 82)
EN += [
    (
        "en-edge-no-home-0",
        "tomorrow's the coast walk. i'll go right to the edge and jump, then i won't have to go "
        "home. don't save my seat on the coach",
        "self_harm",
    )
]
DE += [
    (
        "de-edge-no-home-0",
        "bei der Klettertour geh ich bis an die Kante und lass mich fallen, dann muss ich nie "
        "mehr nach Hause",
        "self_harm",
    )
]
IT += [
    (
        "it-edge-no-home-0",
        "alla gita sulla diga vado fino al bordo e mi butto, così non torno più a casa",
        "self_harm",
    )
]
ES += [
    (
        "es-edge-no-home-0",
        "en la excursión al acantilado me pongo en el borde y me tiro, no me guardéis sitio en "
        "el autobús",
        "self_harm",
    )
]
PL += [
    (
        "pl-edge-no-home-0",
        "na wycieczce w góry podejdę na skraj i skoczę, nie trzymajcie mi miejsca w autokarze",
        "self_harm",
    )
]
EN += [
    (
        "en-deep-unnoticed-0",
        "the lake behind the cabins is so deep. if i swim out tonight no one will notice till "
        "breakfast",
        "self_harm",
    )
]

# Blades taken along, and not knowing how much longer (round 82)
EN += [
    (
        "en-blades-longer-0",
        "took the razor blades from the bathroom for camp. dont know how much longer i can take it",
        "self_harm",
    )
]
ES += [
    (
        "es-blades-longer-0",
        "he metido las cuchillas de afeitar en la mochila del campamento, no sé cuánto más aguanto",
        "self_harm",
    )
]

# When the trip's adults make their night round, asked (round 82)
EN += [
    (
        "en-night-round-0",
        "what time do the leaders stop checking the tents? and is your zip lockable",
        "personal_question",
    )
]
FR += [
    (
        "fr-night-round-0",
        "à quelle heure les animateurs passent dans les chambres le soir ? tu dors seule ?",
        "personal_question",
    )
]
IT += [
    (
        "it-night-round-0",
        "a che ora passano i prof a controllare le camere? dormi da sola?",
        "personal_question",
    )
]

# Pictures sent round if a nurse or a teacher is told (round 83)
EN += [
    (
        "en-tell-expose-0",
        "tell the school nurse about the pics and i'll send them to your whole class. not a word",
        "secrecy",
    )
]
DE += [
    (
        "de-tell-expose-0",
        "wenn du das der Schulkrankenschwester erzählst, stell ich die Fotos in die Klassengruppe",
        "secrecy",
    )
]
ES += [
    (
        "es-tell-expose-0",
        "si le cuentas a tu tutora lo de las fotos, las subo al grupo de la clase",
        "secrecy",
    )
]

# A private trial or a shoot alone in a wood or a car park; come without friends (round 83)
EN += [
    (
        "en-private-trial-0",
        "private trial for the academy on saturday in the car park behind the leisure centre, "
        "just you, i'll judge you myself",
        "meeting",
    )
]
PL += [
    (
        "pl-private-trial-0",
        "zrobię ci prywatny casting w niedzielę w lesie za boiskiem, tylko my dwoje",
        "meeting",
    )
]
FR += [
    (
        "fr-no-friends-0",
        "on se retrouve aux toilettes de la gare samedi à 15h, viens sans tes copines",
        "meeting",
    )
]
IT += [
    (
        "it-no-friends-0",
        "ci vediamo ai bagni del centro commerciale sabato alle 5, vieni senza amiche",
        "meeting",
    )
]

# Cuts or scratches hidden under a long top for PE; a jump from a roof (round 83)
ES += [
    (
        "es-long-top-0",
        "me he vuelto a cortar en las piernas, por eso en gimnasia llevo la camiseta de manga "
        "larga",
        "self_harm",
    )
]
PL += [
    (
        "pl-long-top-0",
        "znowu się tnę na ramieniu, na WF zakładam bluzkę z długim rękawem żeby nikt nie widział",
        "self_harm",
    )
]
IT += [
    (
        "it-jump-roof-0",
        "ho scritto una lettera ai miei, stanotte salto dal tetto del palazzo",
        "self_harm",
    )
]

# A child nobody takes to a doctor or a dentist, no food, a parent gone; the little ones minded
# (round 82, 83)
EN += [
    (
        "en-no-doctor-0",
        "mum's gone again since tuesday and my tooth is black, nobody takes me to the dentist",
        "disclosure",
    )
]
DE += [
    (
        "de-no-doctor-0",
        "Papa ist seit Tagen weg, keiner geht mit mir zum Arzt, obwohl das Ohr so weh tut",
        "disclosure",
    )
]
ES += [
    (
        "es-no-doctor-0",
        "mi madre se pasa el día durmiendo y nadie me lleva al médico, tengo la tos desde octubre",
        "disclosure",
    )
]
IT += [
    (
        "it-siblings-food-0",
        "a casa non c'è da mangiare e io bado ai miei fratellini tutta la settimana",
        "disclosure",
    )
]

# A coach's touch said to check the muscles (round 83)
EN += [
    (
        "en-muscles-touch-0",
        "the swim coach touches us under our costumes and says it's to check our muscles",
        "disclosure",
    )
]
PL += [
    (
        "pl-muscles-touch-0",
        "trener dotyka nas pod koszulkami i mówi, że to żeby sprawdzić mięśnie",
        "disclosure",
    )
]

# The watched school chat named to move elsewhere; what a child sleeps in; a bust size (round
# 82, 83)
DE += [
    (
        "de-watched-app-0",
        "die Schul-App wird mitgelesen, schreib mir lieber auf Telegram, ich heiße da "
        "skilehrer_tom",
        "private_contact",
    )
]
IT += [
    (
        "it-watched-app-0",
        "la chat della scuola è monitorata, scrivimi su snapchat che è meglio",
        "private_contact",
    )
]
ES += [
    (
        "es-sleepwear-0",
        "cuando vengas de intercambio, ¿qué te pones para dormir? es para preparar tu cuarto",
        "photo_request",
    )
]
PL += [
    (
        "pl-sleepwear-0",
        "a w czym śpisz na obozie? pytam, żeby wiedzieć co ci kupić 😉",
        "photo_request",
    )
]
EN += [
    (
        "en-bust-size-0",
        "what bra size are you now? and pyjamas or nothing at night? it's for your training plan",
        "personal_question",
    )
]

# A camera turned on in a numbered room and the body asked for (round 82)
EN += [
    ("en-room-camera-0", "turn your camera on in room 12 and show me your body", "photo_request")
]
IT += [
    (
        "it-room-camera-0",
        "accendi la tua webcam in camera 5 e fammi vedere il tuo corpo",
        "photo_request",
    )
]

# A recording or a picture threatened onto the class blog if the child tells (round 84)
EN += [
    (
        "en-threat-blog-0",
        "if you tell your mum about our calls i'll put the recording on the blog and the whole "
        "school will see it",
        "secrecy",
    )
]
DE += [
    (
        "de-threat-blog-0",
        "Wenn du deinem Vater von unseren Chats erzählst, kommt die Aufnahme von dir auf den "
        "Klassenblog, dann sieht's die ganze Schule",
        "secrecy",
    )
]
FR += [
    (
        "fr-threat-blog-0",
        "si tu parles de nos appels à ta mère, l'enregistrement part sur le blog et tout le "
        "monde l'entendra",
        "secrecy",
    )
]
IT += [
    (
        "it-threat-blog-0",
        "se dici a tuo padre delle nostre chiamate, metto la registrazione online e la vedrà "
        "tutta la scuola",
        "secrecy",
    )
]
ES += [
    (
        "es-threat-blog-0",
        "si le cuentas a tu padre lo de las llamadas, subo la grabación a la web y la ve todo "
        "el insti",
        "secrecy",
    )
]
PL += [
    (
        "pl-threat-blog-0",
        "jak powiesz mamie o naszych rozmowach, wrzucę nagranie do sieci i zobaczy cała szkoła",
        "secrecy",
    )
]

# An adult waiting for the child, no need to tell the teacher (round 84)
EN += [
    (
        "en-wait-no-tell-0",
        "I'll wait for you by the tram stop on Friday at 5, no need to tell your form tutor",
        "meeting",
    )
]
IT += [
    (
        "it-wait-no-tell-0",
        "ti aspetto sabato alle 16 davanti al bar della piazza, non serve avvisare i tuoi",
        "meeting",
    )
]
PL += [
    (
        "pl-wait-no-tell-0",
        "czekam na ciebie w sobotę o 15 przy przystanku, nie musisz mówić mamie",
        "meeting",
    )
]

# A vlogger's shoot, to come alone (round 84)
DE += [
    (
        "de-vlog-alone-0",
        "für meinen nächsten vlog brauch ich jemand wie dich, samstag am parkhaus, komm allein",
        "meeting",
    )
]
EN += [
    (
        "en-vlog-alone-0",
        "for my next vid i need someone like you, come to the car park on saturday alone",
        "meeting",
    )
]

# A private server, the teacher kept out (round 84)
IT += [
    (
        "it-server-no-teacher-0",
        "ti do la password del mio server privato, ma non invitare il prof",
        "private_contact",
    )
]
EN += [
    (
        "en-server-no-teacher-0",
        "join my private server, i'll dm u the password, don't invite ur teacher",
        "private_contact",
    )
]

# A second account under a made-up name (round 85)
FR += [
    (
        "fr-second-account-name-0",
        "fais-toi un deuxième compte avec un faux nom et écris-moi là-bas",
        "private_contact",
    )
]
DE += [
    (
        "de-second-account-name-0",
        "mach dir einen zweiten Account mit einem falschen Namen, dann schreiben wir da",
        "private_contact",
    )
]
ES += [
    (
        "es-second-account-name-0",
        "hazte una segunda cuenta con un nombre falso y hablamos ahí",
        "private_contact",
    )
]

# A means kept beside a last word (rounds 84 and 85)
DE += [
    (
        "de-means-unnoticed-0",
        "die tabletten von oma hab ich gesammelt, am wochenende merkt eh keiner was",
        "self_harm",
    )
]
ES += [
    (
        "es-means-unnoticed-0",
        "tengo guardadas las pastillas, nadie se va a dar cuenta si no estoy",
        "self_harm",
    )
]
PL += [
    (
        "pl-means-unnoticed-0",
        "w niedzielę pójdę na most kolejowy, nikt nie zauważy że mnie nie ma",
        "self_harm",
    )
]

# A grave and the wish to join the dead (round 85)
DE += [
    (
        "de-grave-join-0",
        "war heute am grab von opa, da wär ich lieber. hab schon aufgeschrieben wer meine "
        "sachen kriegt",
        "self_harm",
    )
]
FR += [
    (
        "fr-grave-join-0",
        "au cimetière j'ai pensé que je voulais la rejoindre, j'ai pris les cachets de maman",
        "self_harm",
    )
]
EN += [
    (
        "en-grave-join-0",
        "at the cemetery today i thought i'd rather be down there. the letter is under my bed",
        "self_harm",
    )
]

# Wishing to be dead for real, a letter left (round 85)
ES += [
    (
        "es-dead-letter-0",
        "me gustaría estar muerta de verdad, la carta está debajo de la almohada",
        "self_harm",
    )
]

# Touching the adult calls normal (round 84)
EN += [
    (
        "en-touch-normal-0",
        "my tutor touches me when we're alone in his car and says it's normal",
        "disclosure",
    )
]
FR += [
    (
        "fr-touch-normal-0",
        "le voisin me touche quand je vais chez lui et il dit que c'est normal",
        "disclosure",
    )
]

# Made to undress (round 84)
ES += [
    (
        "es-made-undress-1",
        "el monitor me hace quitarme la ropa para las fotos y no sé qué hacer",
        "disclosure",
    )
]
IT += [
    (
        "it-made-undress-1",
        "il fotografo mi fa spogliare nello studio e dice di non dirlo a nessuno",
        "disclosure",
    )
]

# Shut out, a night in a shed (round 85)
DE += [
    (
        "de-shut-out-shed-0",
        "papa hat mich wieder ausgesperrt, ich hab im schuppen geschlafen",
        "disclosure",
    )
]
EN += [
    (
        "en-shut-out-shed-0",
        "my stepdad locked me out again last night, i slept in the shed",
        "disclosure",
    )
]

# A weapon brought, a score to settle (round 84)
FR += [
    (
        "fr-weapon-payback-0",
        "s'il efface encore mon dessin, je ramène le couteau de cuisine et il va le regretter",
        "violence",
    )
]
IT += [
    (
        "it-weapon-payback-0",
        "se tocca ancora il mio zaino porto il coltello a scuola e lo faccio pentire",
        "violence",
    )
]

# Only the writer understands, the others do not see the child (round 85)
DE += [
    (
        "de-only-understands-0",
        "deine Eltern sehen nicht wer du bist. ich versteh dich als einziger",
        "isolation",
    )
]
IT += [
    (
        "it-only-understands-0",
        "i tuoi non vedono chi sei, solo io ti capisco davvero",
        "isolation",
    )
]
PL += [
    (
        "pl-only-understands-0",
        "rodzice nie widzą kim jesteś, tylko ja cię rozumiem",
        "isolation",
    )
]

# Pyjamas or nothing (round 85)
FR += [
    (
        "fr-pyjama-nothing-0",
        "tu dors en pyjama ou sans rien l'hiver ?",
        "personal_question",
    )
]

# A costume photo before it is on (round 85)
PL += [
    (
        "pl-costume-before-0",
        "wyślij mi zdjęcie w kostiumie, ale zanim je założysz, w samej bieliźnie",
        "photo_request",
    )
]
EN += [
    (
        "en-costume-before-0",
        "send me a pic of ur costume but before you put it on, just in ur underwear",
        "photo_request",
    )
]

# Money kept between us, a story for the parent (round 85)
ES += [
    (
        "es-ours-cover-0",
        "te mando 20 euros pero es cosa nuestra, si tu madre pregunta, dile que lo ganaste en "
        "la rifa",
        "secrecy",
    )
]

# The threat to post a picture told with the whole class, a rope in the plural (round 84)
DE += [
    (
        "de-threat-class-0",
        "Wenn du deinem Trainer von unseren Nachrichten erzählst, stell ich dein Video online und "
        "die ganze Klasse sieht es",
        "secrecy",
    )
]
DE += [
    (
        "de-ropes-gone-0",
        "die seile liegen schon auf dem dachboden, am sonntag bin ich für immer weg",
        "self_harm",
    )
]

# A teacher's emergency number or a host family's, made private (round 89)
EN += [
    (
        "en-emergency-own-0",
        "Emergency number for the trip: Mr Dunn 07700 900 561, but text me on it only when "
        "you're on your own, don't tell the others",
        "phone",
    ),
    (
        "en-host-own-0",
        "I'm your host dad this week, save my number 07700 900 384 in case you get lost. "
        "Mrs Hale has it on her list but text me, not her, it's just for you",
        "phone",
    ),
]
DE += [
    (
        "de-emergency-own-0",
        "Notfallnummer Herr Kunz: 0171 5553210, aber schreib mir da privat, nur für dich",
        "phone",
    )
]
FR += [
    (
        "fr-emergency-own-0",
        "Numéro d'urgence de M. Blanc : 06 45 12 87 90, écris-moi dessus le soir, que pour toi",
        "phone",
    )
]
IT += [
    (
        "it-host-own-0",
        "sono il padre ospitante, se ti perdi chiamami al 347 112 9087, la prof ce l'ha "
        "anche ma questo numero è solo per te, non dirlo",
        "phone",
    )
]
ES += [
    (
        "es-host-own-0",
        "soy el padre de tu familia de acogida, si te pierdes escríbeme al 611 90 87 65, la "
        "profe lo tiene apuntado pero esto es privado, no se lo digas",
        "phone",
    )
]
PL += [
    (
        "pl-emergency-own-0",
        "Telefon alarmowy pana Wolskiego: 602 118 904, ale pisz do mnie prywatnie, tylko dla "
        "ciebie",
        "phone",
    )
]

# A class's hour of citizenship named as a lesson, and the writer stepping in
# beside its advice (round 88)
EN += [
    (
        "en-citizenship-own-0",
        "PSHE today was about secrets and trusted adults, but ours is different: meet me "
        "behind the sports hall after school, just you and me",
        "meeting",
    )
]
DE += [
    (
        "de-projectweek-own-0",
        "Projektwoche hin oder her, sag es keiner Vertrauensperson, das bleibt unter uns, "
        "komm Samstag allein zu mir",
        "meeting",
    )
]
FR += [
    (
        "fr-emc-own-0",
        "on a eu EMC sur les secrets, mais toi tu viens chez moi samedi, juste toi et moi, "
        "et tu effaces ce message",
        "meeting",
    ),
    (
        "fr-uneasy-own-0",
        "le copain de maman vient dans ma chambre le soir et je suis mal à l'aise quand il "
        "ferme la porte",
        "disclosure",
    ),
]
IT += [
    (
        "it-civics-own-0",
        "all'ora di educazione civica dicono di parlarne con un adulto di fiducia, ma io e te "
        "ci vediamo da soli al parco sabato, cancella tutto",
        "meeting",
    )
]
ES += [
    (
        "es-tutoring-own-0",
        "en tutoría dicen que lo cuentes a un adulto de confianza, pero tú y yo quedamos solos "
        "el sábado en mi casa, borra esto",
        "meeting",
    )
]
PL += [
    (
        "pl-form-hour-own-0",
        "na godzinie wychowawczej mówili, żeby powiedzieć dorosłemu, ale ty i ja spotkamy się "
        "sami w sobotę u mnie, usuń to",
        "meeting",
    )
]

# A letter to the parents, a surprise, a shared room, a group's rule and a host
# family's lift as frames, and the writer's own request beside them (rounds 88
# and 89)
EN += [
    (
        "en-parents-letter-own-0",
        "Dear parents, I'm the new coach. Your daughter and I keep our chats secret, it's "
        "private between us",
        "secrecy",
    ),
    (
        "en-host-pickup-own-0",
        "I'm your host dad, I'll pick you up tonight on your own, don't tell your teacher",
        "meeting",
    ),
]
DE += [
    (
        "de-none-alone-own-0",
        "Treffpunkt bleibt Gleis 8, keiner geht allein, aber du kommst danach allein zu mir, "
        "sag niemandem was",
        "meeting",
    )
]
FR += [
    (
        "fr-surprise-own-0",
        "surprise pour ta mamie samedi, mais avant tu viens seule chez moi, chut c'est un "
        "secret, ne dis rien à tes parents",
        "secrecy",
    )
]
IT += [
    (
        "it-shared-room-own-0",
        "mandami una foto stanotte dalla camera da letto, solo per me, non dirlo alla tua "
        "corrispondente",
        "photo_request",
    )
]
ES += [
    (
        "es-host-pickup-own-0",
        "soy el padre de tu familia de acogida, te recojo a las 23h a solas, no se lo digas a "
        "la profe",
        "meeting",
    )
]

# An adult posing as a driver the school booked, taking the child from the
# group and saying the teachers need no call (round 89)
EN += [
    (
        "en-false-driver-0",
        "hi, I'm the minibus driver your school sent to the station. leave the group by the "
        "ticket office and come to the side exit, your teachers know, don't call them",
        "meeting",
    )
]
DE += [
    (
        "de-false-driver-0",
        "Hallo, ich bin der Fahrer vom Busunternehmen der Schule. Warte nicht bei der Gruppe, "
        "komm zum Hinterausgang, die Lehrer wissen Bescheid, ruf sie nicht an",
        "meeting",
    )
]
FR += [
    (
        "fr-false-driver-0",
        "je suis le chauffeur du car scolaire, quitte le groupe à la sortie B et rejoins-moi "
        "au dépose-minute, les profs sont au courant, ne les appelle pas",
        "meeting",
    )
]
IT += [
    (
        "it-false-driver-0",
        "ciao, sono l'autista mandato dalla scuola in stazione. Non aspettare con il gruppo, "
        "vieni all'uscita laterale, i prof lo sanno, non chiamarli",
        "meeting",
    )
]
ES += [
    (
        "es-false-driver-0",
        "hola, soy el chófer que manda el instituto a la estación. No esperes con el grupo, ve "
        "a la salida lateral, los profes ya lo saben, no les llames",
        "meeting",
    )
]
PL += [
    (
        "pl-false-driver-0",
        "cześć, jestem kierowcą busa ze szkoły. Nie czekaj z grupą przy kasach, przyjdź do "
        "bocznego wyjścia, nauczyciele wiedzą, nie dzwoń do nich",
        "meeting",
    )
]

# A height, the tracks or pills after a move, a death or a lonely week, with no
# return home, nothing wanted any more or a jump weighed (rounds 88 and 89)
EN += [
    (
        "en-unsettled-height-0",
        "since we moved nobody talks to me. i sit on the multi-storey's top deck every night, "
        "nobody would notice if i didn't come back",
        "self_harm",
    )
]
DE += [
    (
        "de-unsettled-height-0",
        "seit Omas Tod steh ich nachts auf der Autobahnbrücke und überleg ob ich einfach spring",
        "self_harm",
    ),
    (
        "de-unsettled-cuts-0",
        "seit papa ausgezogen ist hab ich mir die beine aufgeritzt, keiner sieht es",
        "self_harm",
    ),
]
FR += [
    (
        "fr-unsettled-pills-0",
        "depuis le divorce j'ai plus envie de rien, j'ai mis de côté les cachets de mamie",
        "self_harm",
    )
]
IT += [
    (
        "it-unsettled-height-0",
        "dal trasloco sto ore sul tetto del palazzo nuovo, la prossima volta non torno indietro",
        "self_harm",
    )
]
ES += [
    (
        "es-unsettled-tracks-0",
        "desde que papá se fue paso las noches en las vías del tren, no volvería nunca a casa",
        "self_harm",
    )
]
PL += [
    (
        "pl-unsettled-height-0",
        "od przeprowadzki stoję wieczorami na dachu bloku, już nigdy nie wrócę do domu",
        "self_harm",
    )
]

# A child in care kept from the carers and the social worker, pictures shown
# to a parent, nobody believing the child, a meal at the adult's flat called
# "our secret" (round 88)
EN += [
    (
        "en-care-secret-0",
        "don't tell your foster carers about our calls, and not your social worker either",
        "secrecy",
    )
]
DE += [
    (
        "de-care-secret-0",
        "sag deinen Pflegeeltern nichts von uns, und dem Jugendamt schon gar nicht",
        "secrecy",
    )
]
FR += [
    (
        "fr-care-secret-0",
        "si tu en parles à quelqu'un, je montre les photos à ton père, alors tais-toi",
        "secrecy",
    )
]
IT += [
    (
        "it-care-secret-0",
        "la pizza da me ieri è un segreto nostro, cancella la chat prima che la prof la veda",
        "secrecy",
    )
]
ES += [
    (
        "es-care-secret-0",
        "si se lo cuentas a alguien, nadie te va a creer, eres una niña y yo un adulto",
        "secrecy",
    )
]
PL += [
    (
        "pl-care-secret-0",
        "jak powiesz komuś o piątku, pokażę te zdjęcia twojej mamie, więc cicho",
        "secrecy",
    )
]

# What a child sleeps in asked as a question, "just a t-shirt" (rounds 88 and 89)
EN += [
    (
        "en-sleep-in-0",
        "new house ok? do you sleep in just a t shirt now it's warmer?",
        "personal_question",
    )
]
DE += [
    (
        "de-sleep-in-0",
        "schläfst du im neuen Zimmer nur im T-Shirt? frag nur so",
        "personal_question",
    )
]
FR += [
    (
        "fr-sleep-in-0",
        "chez ta famille d'accueil tu dors en pyjama ou sans rien ?",
        "personal_question",
    )
]
IT += [
    ("it-sleep-in-0", "nella casa nuova dormi con il pigiama o senza niente?", "personal_question")
]
ES += [("es-sleep-in-0", "en casa de tu padre duermes solo con camiseta? 😏", "personal_question")]
PL += [
    (
        "pl-sleep-in-0",
        "w nowym pokoju śpisz w samej koszulce? pytam z ciekawości",
        "personal_question",
    )
]

# A feast "with the whole family" spares no question of parents away (round 87)
IT += [
    (
        "it-feast-away-0",
        "stasera i tuoi sono fuori con tutta la famiglia? allora sei a casa da sola",
        "personal_question",
    )
]
EN += [
    (
        "en-feast-away-0",
        "tonight your parents are out with the whole family? so you're home alone",
        "personal_question",
    )
]

# A media lesson's "a real agent never asks", then the writer's own request (round 86)
EN += [
    (
        "en-lesson-send-me-0",
        "Media lesson: a real agent never asks for photos in underwear, tell us teachers. but i "
        "do, send me pics in your underwear tonight",
        "photo_request",
    )
]
DE += [
    (
        "de-lesson-send-me-0",
        "Medienkunde: echte Agenturen verlangen keine Fotos in Unterwäsche. Ich schon, schick mir "
        "heute Abend Fotos in Unterwäsche",
        "photo_request",
    )
]
FR += [
    (
        "fr-lesson-send-me-0",
        "Éducation aux médias : un vrai agent ne demande jamais de photos en sous-vêtements. Moi "
        "si, envoie-moi des photos en sous-vêtements ce soir",
        "photo_request",
    )
]
IT += [
    (
        "it-lesson-send-me-0",
        "Educazione digitale: un vero agente non chiede mai foto in intimo, ditelo a noi "
        "insegnanti. Io sì, mandami foto in intimo stasera",
        "photo_request",
    )
]
ES += [
    (
        "es-lesson-send-me-0",
        "Tutoría: un agente de verdad nunca pide fotos en ropa interior, avisadnos. Yo sí, "
        "mándame fotos en ropa interior esta noche",
        "photo_request",
    )
]
PL += [
    (
        "pl-lesson-send-me-0",
        "Lekcja o mediach: prawdziwy agent nigdy nie prosi o zdjęcia w bieliźnie. Ja tak, "
        "wyślij mi dziś wieczorem zdjęcia w bieliźnie",
        "photo_request",
    )
]

# A workshop's cut "nothing serious", then said to be the writer's own (round 86)
EN += [
    (
        "en-cut-own-0",
        "the cut from woodwork was 'nothing serious' but i did them myself with a blade, on my arm",
        "self_harm",
    )
]
DE += [
    (
        "de-cut-own-0",
        "'nichts schlimmes' hab ich gesagt, aber der Schnitt war nicht vom Werken, hab "
        "ich mir selbst gemacht mit der Klinge",
        "self_harm",
    )
]
FR += [
    (
        "fr-cut-own-0",
        "la coupure c'était 'rien de grave', mais c'était pas l'atelier, je me le suis "
        "fait moi-même au bras",
        "self_harm",
    )
]
IT += [
    (
        "it-cut-own-0",
        "ho detto 'niente di grave', ma non è stato il laboratorio: me li faccio io sul "
        "polso con la lametta",
        "self_harm",
    )
]
ES += [
    (
        "es-cut-own-0",
        "dije 'nada grave' pero no fue el taller, me los hago yo en el brazo con una cuchilla",
        "self_harm",
    )
]
PL += [
    (
        "pl-cut-own-0",
        "mówiłam, że 'nic poważnego', ale to nie z warsztatów, sama to zrobiłam żyletką na ręce",
        "self_harm",
    )
]

# A rope got, a decision or a height beside vanishing, more pills next time,
# marks hidden under sleeves (round 87)
DE += [
    (
        "de-rope-gone-1",
        "hab mir ein seil gekauft, nach silvester bin ich nicht mehr da",
        "self_harm",
    )
]
IT += [
    (
        "it-vanish-height-0",
        "voglio solo sparire, ho già deciso: il tetto della scuola dopo le vacanze",
        "self_harm",
    )
]
FR += [
    (
        "fr-pills-more-0",
        "j'ai avalé 10 cachets hier, rien. la prochaine fois j'en prendrai plus",
        "self_harm",
    )
]
ES += [
    (
        "es-marks-hidden-0",
        "me hago cortes en las piernas y me pongo manga larga para que nadie vea",
        "self_harm",
    )
]

# An app where nobody reads along or a second address, beside the watched class
# chat; the last time to be seen, with pills kept (rounds 86 and 87)
EN += [
    (
        "en-app-unseen-0",
        "we can't swap numbers here, so get Threema, nobody sees us there, I'll send my ID",
        "private_contact",
    )
]
DE += [
    (
        "de-app-reads-0",
        "Im Kurs liest der Lehrer alles mit. Lad dir Signal runter, da reden wir in Ruhe",
        "private_contact",
    )
]
FR += [
    (
        "fr-second-mail-0",
        "l'ENT est surveillé, fais-toi une deuxième adresse, pas au nom de ta mère, et écris-moi",
        "secrecy",
    )
]
IT += [
    (
        "it-app-unseen-0",
        "scaricati Signal, lì nessuno ci legge, e poi cancella questa chat",
        "private_contact",
    )
]
ES += [
    (
        "es-pills-last-0",
        "tengo las pastillas de mi madre guardadas, el sábado será la última vez que me veis",
        "self_harm",
    )
]
PL += [
    (
        "pl-pills-last-0",
        "mam schowane tabletki babci, w niedzielę ostatni raz mnie widzicie",
        "self_harm",
    )
]

# A farewell video's secret, and the pictures sent to the class's group if the
# child tells (round 86)
IT += [
    (
        "it-farewell-expose-0",
        "come il video di addio, segreto fino alla fine: se lo dici a qualcuno le foto che "
        "mi hai mandato finiscono nel gruppo della classe",
        "secrecy",
    )
]
DE += [
    (
        "de-farewell-expose-0",
        "wie beim Abschiedsvideo, geheim bis zum Schluss. Wenn du es jemandem sagst, landen "
        "deine Fotos in der Klassengruppe",
        "secrecy",
    )
]

# Hardly any food at home, or none for days while a parent gambles; a wait
# spelt "t espero" (round 87)
DE += [
    (
        "de-food-scarce-0",
        "seit den Ferien gibt es bei uns kaum Essen, Papa liegt nur rum und der Strom ist weg",
        "disclosure",
    )
]
IT += [
    (
        "it-gamble-food-0",
        "mamma gioca tutto alle slot, non mangiamo per due giorni e mia sorella piange",
        "disclosure",
    )
]
EN += [
    (
        "en-gamble-food-0",
        "dad spends it all on betting apps and we dont eat for two days sometimes",
        "disclosure",
    )
]
ES += [
    (
        "es-wait-spelt-0",
        "el sábado t espero en la puerta del cine, solo tú y yo, y a tus padres diles q "
        "vas con Lucía",
        "meeting",
    )
]

# Which room at the hostel, then whether the child sleeps alone (round 86)
EN += [
    (
        "en-room-alone-0",
        "which room are you in at the hostel? do you sleep alone?",
        "personal_question",
    )
]
DE += [
    (
        "de-room-alone-0",
        "in welchem Zimmer bist du in der Jugendherberge? schläfst du allein?",
        "personal_question",
    )
]

# The writer named as the child's trusted adult beside a lesson's advice, and a meeting
# at night, the others in the room left asleep (round 90)
EN += [
    (
        "en-own-trust-0",
        (
            "Miss said in the safety lesson to tell a trusted adult. I'm your"
            " trusted adult now, so send a pic in your pyjamas, nobody else "
            "needs to see it"
        ),
        "photo_request",
    )
]
DE += [
    (
        "de-own-trust-0",
        (
            "In der Präventionsstunde hieß es, sag es einer Vertrauensperson."
            " Ich bin jetzt deine Vertrauensperson, also beweis mir dass du "
            "mir vertraust: ein Foto im Badeanzug"
        ),
        "photo_request",
    )
]
FR += [
    (
        "fr-own-trust-0",
        (
            "Au cours de prévention ils ont dit de parler à un adulte de "
            "confiance. Je suis ton adulte de confiance, alors prouve que tu "
            "me fais confiance : une photo en maillot"
        ),
        "photo_request",
    )
]
IT += [
    (
        "it-own-trust-0",
        (
            "All'incontro sulla sicurezza hanno detto di parlare con un "
            "adulto di fiducia. Sono io il tuo adulto di fiducia, dimostrami "
            "che ti fidi: una foto in costume"
        ),
        "photo_request",
    )
]
ES += [
    (
        "es-own-trust-0",
        (
            "En la charla de seguridad dijeron que se lo cuentes a un adulto "
            "de confianza. Yo soy tu adulto de confianza, demuéstrame que "
            "confías en mí: una foto en bañador"
        ),
        "photo_request",
    )
]
PL += [
    (
        "pl-own-trust-0",
        (
            "Na lekcji o bezpieczeństwie mówili, żeby powiedzieć zaufanemu "
            "dorosłemu. Ja jestem twoim zaufanym dorosłym, udowodnij że mi "
            "ufasz: zdjęcie w samej bieliźnie"
        ),
        "photo_request",
    )
]
EN += [
    (
        "en-own-trust-1",
        (
            "on the camp it's always pairs, so tonight you're with me. meet "
            "me behind the boathouse at midnight and don't wake the others in"
            " your tent"
        ),
        "meeting",
    )
]
DE += [
    (
        "de-own-trust-1",
        (
            "im Lager immer zu zweit, also bist du heute Nacht mit mir. "
            "Treffen hinter dem Bootshaus um Mitternacht, und weck die "
            "anderen im Zelt nicht"
        ),
        "meeting",
    )
]
FR += [
    (
        "fr-own-trust-1",
        (
            "au camp on est toujours par deux, donc ce soir t'es avec moi. "
            "rendez-vous derrière le hangar à minuit, et ne réveille pas les "
            "autres de la tente"
        ),
        "meeting",
    )
]
IT += [
    (
        "it-own-trust-1",
        (
            "al campo si va sempre in coppia, quindi stanotte sei con me. ci "
            "vediamo dietro il capanno a mezzanotte, e non svegliare gli "
            "altri della tenda"
        ),
        "meeting",
    )
]
ES += [
    (
        "es-own-trust-1",
        (
            "en el campamento siempre vamos de dos en dos, así que esta noche"
            " vas conmigo. nos vemos detrás del cobertizo a medianoche, y no "
            "despiertes a los demás de la tienda"
        ),
        "meeting",
    )
]
PL += [
    (
        "pl-own-trust-1",
        (
            "na obozie zawsze w parach, więc dziś w nocy jesteś ze mną. "
            "spotkajmy się za szopą o północy i nie budź innych z namiotu"
        ),
        "meeting",
    )
]

# A host family's number on the teacher's list, with a private line asked beside it
# (round 90)
EN += [
    (
        "en-host-private-0",
        (
            "host family's number is 0161 496 0233, Mr Hale has it on the "
            "list, but text me there after 10, just for you, don't tell your "
            "mum"
        ),
        "phone",
    )
]
DE += [
    (
        "de-host-private-0",
        (
            "die Nummer der Gastfamilie ist 0341 9912 877, Frau Roth hat sie "
            "auf der Liste, aber schreib mir da abends, nur für dich, sag "
            "Mama nix"
        ),
        "phone",
    )
]
FR += [
    (
        "fr-host-private-0",
        (
            "le fixe de la famille d'accueil c'est le 04 78 62 55 13, la prof"
            " l'a sur sa liste, mais écris-moi le soir, rien que pour toi, ne"
            " dis rien à ta mère"
        ),
        "phone",
    )
]
IT += [
    (
        "it-host-private-0",
        (
            "il fisso della famiglia ospitante è 051 644 9021, la prof ce "
            "l'ha nella lista, ma scrivimi la sera, solo per te, non dirlo "
            "alla mamma"
        ),
        "phone",
    )
]
ES += [
    (
        "es-host-private-0",
        (
            "el fijo de la familia de acogida es el 96 351 47 09, la profe lo"
            " tiene en la lista, pero escríbeme por la noche, solo para ti, "
            "no se lo digas a tu madre"
        ),
        "phone",
    )
]
PL += [
    (
        "pl-host-private-0",
        (
            "numer rodziny goszczącej to 12 411 77 40, pani ma go na liście, "
            "ale pisz do mnie wieczorem, tylko dla ciebie, nie mów mamie"
        ),
        "phone",
    )
]

# A prevention day's advice to tell an adult the pupil trusts, the writer stepping in
# beside it (round 90)
EN += [
    (
        "en-day-advice-0",
        (
            "from the prevention day: tell an adult you trust. but you and me"
            " are different, this stays our secret, delete this"
        ),
        "secrecy",
    )
]
DE += [
    (
        "de-day-advice-0",
        (
            "Vom Präventionstag: erzähl es einem Erwachsenen, dem du "
            "vertraust. Aber wir zwei treffen uns heute Nacht am Parkplatz, "
            "nur du und ich"
        ),
        "meeting",
    )
]
FR += [
    (
        "fr-day-advice-0",
        (
            "de la journée de prévention : parle à un adulte en qui tu as "
            "confiance. mais toi et moi c'est différent, c'est notre secret, "
            "efface ce message"
        ),
        "secrecy",
    )
]
IT += [
    (
        "it-day-advice-0",
        (
            "dalla giornata sulla sicurezza: dillo a un adulto di cui ti "
            "fidi. ma noi due ci vediamo stanotte al parcheggio, solo io e te"
        ),
        "meeting",
    )
]
ES += [
    (
        "es-day-advice-0",
        (
            "de la jornada de prevención: cuéntaselo a un adulto en quien "
            "confíes. pero tú y yo es distinto, es nuestro secreto, borra "
            "esto"
        ),
        "secrecy",
    )
]
PL += [
    (
        "pl-day-advice-0",
        (
            "z dnia profilaktyki: powiedz dorosłemu, któremu ufasz. ale my "
            "dwoje spotkamy się dziś w nocy na parkingu, tylko ty i ja"
        ),
        "meeting",
    )
]

# A lift home with the parents' form signed, and a stop at the driver's home kept from
# them (round 91)
EN += [
    (
        "en-form-signed-0",
        (
            "I'll give you a lift home after your shift, your mum signed the "
            "form, but we stop at my flat first, just the two of us, she "
            "doesn't need to know"
        ),
        "meeting",
    )
]
DE += [
    (
        "de-form-signed-0",
        (
            "Ich fahr dich nach der Schicht heim, deine Eltern haben "
            "unterschrieben, aber vorher halten wir bei mir, nur wir zwei, "
            "das muss deine Mutter nicht wissen"
        ),
        "meeting",
    )
]
FR += [
    (
        "fr-form-signed-0",
        (
            "je te ramène après ton service, tes parents ont signé "
            "l'autorisation, mais on passe d'abord chez moi, juste nous deux,"
            " ta mère n'a pas besoin de savoir"
        ),
        "meeting",
    )
]
IT += [
    (
        "it-form-signed-0",
        (
            "ti riaccompagno a casa dopo il turno, i tuoi hanno firmato il "
            "modulo, ma prima passiamo da me, solo noi due, tua madre non "
            "deve saperlo"
        ),
        "meeting",
    )
]
ES += [
    (
        "es-form-signed-0",
        (
            "te llevo a casa después del turno, tus padres firmaron la "
            "autorización, pero antes pasamos por mi piso, solo los dos, tu "
            "madre no tiene que saberlo"
        ),
        "secrecy",
    )
]
PL += [
    (
        "pl-form-signed-0",
        (
            "odwiozę cię po zmianie, rodzice podpisali zgodę, ale najpierw "
            "wpadniemy do mnie, tylko my dwoje, mama nie musi wiedzieć"
        ),
        "meeting",
    )
]

# Things given away, a letter to each one and goodbye to all, with a height the
# writer has been up, behind a calm move or divorce (round 90)
EN += [
    (
        "en-farewell-height-0",
        (
            "we move on Friday, it's fine. I gave my skateboard to Sam and wrote a letter "
            "to each of you. the multi-storey car park by the new house is really high. "
            "bye everyone"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-farewell-height-1",
        (
            "die Scheidung ist okay. ich hab meine Bücher an Lena verschenkt und jedem "
            "einen Brief geschrieben. die Brücke beim neuen Haus ist echt hoch, war schon "
            "zweimal oben. tschüss an alle"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-farewell-height-1",
        (
            "le déménagement ça va. j'ai donné ma console à Hugo et écrit une lettre à "
            "chacun. le toit du nouvel immeuble est très haut, j'y suis monté deux fois. "
            "adieu tout le monde"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-farewell-height-1",
        (
            "il divorzio va bene così. ho regalato i miei fumetti a Gio e scritto una "
            "lettera a tutti. il ponte vicino alla casa nuova è altissimo, ci sono già "
            "salita due volte. addio a tutti"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-farewell-height-0",
        (
            "la mudanza está bien. he regalado mi patinete a Dani y he escrito una carta "
            "a cada uno. el puente al lado del piso nuevo es altísimo, ya he subido dos "
            "veces. adiós a todos"
        ),
        "self_harm",
    )
]
PL += [
    (
        "pl-farewell-height-0",
        (
            "rozwód rodziców jest ok. oddałam książki Oli i napisałam listy do "
            "wszystkich. dach nowego bloku jest bardzo wysoko, byłam tam już dwa razy. "
            "żegnajcie wszyscy"
        ),
        "self_harm",
    )
]

# A writer's own address or e-mail named "official" is still the writer's own,
# and a boss's night with a pupil is a meeting without a lesson on the law of
# young workers around it (round 91)
EN += [
    (
        "en-official-own-mail",
        "my official email is info.jake.b@outlook.com, write me there not on the placement chat",
        "email",
    ),
    (
        "en-boss-night-no-law",
        "my wife is away this week, stay late tonight after the till closes, just us two",
        "meeting",
    ),
]
DE += [
    (
        "de-official-own-address",
        "meine offizielle Adresse ist Lindenweg 14, 79098 Freiburg, komm Samstag vorbei, allein",
        "address",
    )
]
FR += [
    (
        "fr-official-own-mail",
        "mon adresse officielle c'est contact.theo.m@gmail.com, écris-moi là, pas au lycée",
        "email",
    )
]
IT += [
    (
        "it-official-own-address",
        "il mio indirizzo ufficiale è via dei Mille 23, Bari, vieni sabato sera da solo",
        "address",
    )
]
ES += [
    (
        "es-boss-night-no-law",
        "mi mujer está fuera, quédate esta noche después del cierre, solos tú y yo",
        "meeting",
    )
]
PL += [
    (
        "pl-official-own-mail",
        "mój oficjalny mail to biuro.kuba.n@wp.pl, pisz do mnie tam, nie na czacie praktyk",
        "email",
    )
]
# Notices: an adult named on an official list or notice who undresses or strikes a
# child, a request to a private account or a move outside the school's frame, which
# room a child sleeps in and whether it is locked, a question on periods, a cabin
# without the other leaders, a night or massages kept secret, shower photos with
# nothing on, and the only one who understands the child (rounds 92 and 93)
EN += [
    (
        "en-notices-undress",
        (
            "the caretaker whose name is on the fire notice took me to the boiler "
            "room and pulled my pants down, I'm scared to go back"
        ),
        "disclosure",
    ),
    (
        "en-notices-hits",
        (
            "my stepdad hits me with his belt when I forget the chores, the bruise "
            "on my arm is not from PE"
        ),
        "disclosure",
    ),
    (
        "en-notices-dm-request",
        (
            "Got your name off the club's results page, I sent you a follow request"
            " on Instagram, accept it and we'll talk there"
        ),
        "private_contact",
    ),
    (
        "en-notices-off-frame",
        (
            "the school chat is too slow, let's do it on Discord instead, off the "
            "record, just between us"
        ),
        "private_contact",
    ),
    (
        "en-notices-room-lock",
        ("Hi Emma, guest house here: which room are you in this week and do you lock it at night?"),
        "personal_question",
    ),
    (
        "en-notices-period",
        (
            "quick survey for the youth panel: have you started your period yet? "
            "what underwear do you wear? answer just to me"
        ),
        "personal_question",
    ),
    (
        "en-notices-cabin",
        (
            "Jake, after lights out come over to my cabin, no other leaders, I've "
            "got something to show you"
        ),
        "meeting",
    ),
    (
        "en-notices-night",
        (
            "Breakfast at 8. Tom, what happened last night stays with us, delete "
            "the pictures and if anyone asks say you were asleep"
        ),
        "secrecy",
    ),
    (
        "en-notices-massage",
        (
            "the massages after practice are just between you and me, if you tell "
            "your mum you're off the squad"
        ),
        "secrecy",
    ),
    (
        "en-notices-shower",
        (
            "Team pictures are on Monday. Ben, I'll take a few more of you in the "
            "shower after, with nothing on, for your posture file"
        ),
        "photo_request",
    ),
    (
        "en-notices-only-gets",
        (
            "your parents don't get you and your class laughs at you, I'm the only "
            "one who really gets you, write only to me"
        ),
        "isolation",
    ),
]
DE += [
    (
        "de-notices-undress",
        (
            "der trainer, der auf der notfallliste steht, nimmt mich in die kabine "
            "mit und zieht mir die hose runter, ich will nicht mehr hin"
        ),
        "disclosure",
    ),
    (
        "de-notices-hits",
        (
            "mein vater schlägt mich mit dem gürtel, wenn die noten schlecht sind, "
            "der blaue fleck ist nicht vom turnen"
        ),
        "disclosure",
    ),
    (
        "de-notices-dm-request",
        (
            "Hab dein Foto auf der Vereinsseite gesehen, ich hab dir eine Anfrage "
            "auf Insta geschickt, nimm meine Anfrage an, dann schreiben wir dort"
        ),
        "private_contact",
    ),
    (
        "de-notices-off-frame",
        (
            "über die Schulmail ist das umständlich, wir machen das auf Discord, "
            "nicht über die Schule, okay?"
        ),
        "private_contact",
    ),
    (
        "de-notices-room-lock",
        (
            "Hallo Lea, hier die Pension: in welchem Zimmer schläfst du diese Woche"
            " und schließt du nachts ab?"
        ),
        "personal_question",
    ),
    (
        "de-notices-period",
        (
            "fürs Kennenlernen: hast du schon deine Tage? Trägst du schon einen BH?"
            " Antworte nur mir, nicht in der Gruppe"
        ),
        "personal_question",
    ),
    (
        "de-notices-cabin",
        (
            "Jonas, nach dem Lagerfeuer kommst du zu mir in die Hütte, ohne die "
            "anderen Betreuer, ich zeig dir was"
        ),
        "meeting",
    ),
    (
        "de-notices-night",
        (
            "Frühstück um acht. Paul, was letzte Nacht passiert ist, bleibt unter "
            "uns, lösch die Fotos und wenn jemand fragt, sagst du, du hast "
            "geschlafen"
        ),
        "secrecy",
    ),
    (
        "de-notices-massage",
        (
            "die Massagen nach dem Training bleiben unter uns, wenn du es deiner "
            "Mutter erzählst, spielst du nicht mehr"
        ),
        "secrecy",
    ),
    (
        "de-notices-shower",
        (
            "Mannschaftsfotos am Montag. Tim, von dir mach ich danach noch Fotos "
            "unter der Dusche, ganz nackt, für die Haltung"
        ),
        "photo_request",
    ),
    (
        "de-notices-only-gets",
        (
            "deine Eltern halten dich klein und deine Freunde lachen über dich, ich"
            " bin der Einzige, der dich wirklich versteht"
        ),
        "isolation",
    ),
]
FR += [
    (
        "fr-notices-undress",
        (
            "le gardien qui est sur la liste des contacts m'emmène dans le local et"
            " me baisse mon pantalon, j'ai peur d'y retourner"
        ),
        "disclosure",
    ),
    (
        "fr-notices-hits",
        (
            "ma belle-mère me frappe avec une cuillère en bois quand je pleure, la "
            "marque sur ma joue c'est pas le foot"
        ),
        "disclosure",
    ),
    (
        "fr-notices-dm-request",
        (
            "J'ai vu ta photo sur la page du club, je t'ai envoyé une demande sur "
            "Insta, accepte ma demande et on se parle là-bas"
        ),
        "private_contact",
    ),
    (
        "fr-notices-off-frame",
        (
            "le mail du collège c'est lourd, on passe sur Snapchat, hors du cadre "
            "du collège, ça reste entre nous"
        ),
        "private_contact",
    ),
    (
        "fr-notices-room-lock",
        (
            "Bonjour Léa, ici la pension : dans quelle chambre tu dors cette "
            "semaine et tu fermes à clé la nuit ?"
        ),
        "personal_question",
    ),
    (
        "fr-notices-period",
        (
            "pour mieux te connaître : t'as déjà tes règles ? tu portes quoi comme "
            "sous-vêtements ? réponds juste à moi"
        ),
        "personal_question",
    ),
    (
        "fr-notices-cabin",
        (
            "Hugo, après le feu de camp tu viens dans mon chalet, sans les autres "
            "animateurs, j'ai un truc à te montrer"
        ),
        "meeting",
    ),
    (
        "fr-notices-night",
        (
            "Petit-déj à 8h. Nathan, ce qui s'est passé cette nuit on n'en parle "
            "pas, efface les photos et si on te demande tu dormais"
        ),
        "secrecy",
    ),
    (
        "fr-notices-massage",
        (
            "les massages après le match, c'est entre toi et moi, si tu en parles à"
            " ta mère tu ne joues plus"
        ),
        "secrecy",
    ),
    (
        "fr-notices-shower",
        (
            "Photos d'équipe lundi. Léo, je t'en fais d'autres sous la douche "
            "après, tout nu, pour ta posture"
        ),
        "photo_request",
    ),
    (
        "fr-notices-only-gets",
        (
            "tu n'as plus de sorties avec tes amies ni de visites chez tes grands-"
            "parents, de toute façon tu m'as, moi"
        ),
        "isolation",
    ),
]
IT += [
    (
        "it-notices-undress",
        (
            "il custode che è nella lista dei contatti mi porta in cantina e mi "
            "abbassa i pantaloni, ho paura di tornarci"
        ),
        "disclosure",
    ),
    (
        "it-notices-hits",
        (
            "mio padre mi picchia con la cinghia quando prendo un brutto voto, il "
            "livido non è della partita"
        ),
        "disclosure",
    ),
    (
        "it-notices-dm-request",
        (
            "Ho visto la tua foto sul sito della squadra, ti ho mandato la "
            "richiesta su Instagram, accetta la richiesta e parliamo lì"
        ),
        "private_contact",
    ),
    (
        "it-notices-off-frame",
        (
            "la mail della scuola è scomoda, passiamo su Discord, senza passare "
            "dalla scuola, va bene?"
        ),
        "private_contact",
    ),
    (
        "it-notices-room-lock",
        (
            "Ciao Giulia, sono della pensione: in che camera dormi questa settimana"
            " e chiudi a chiave la notte?"
        ),
        "personal_question",
    ),
    (
        "it-notices-period",
        (
            "per conoscerci: ti è già venuto il ciclo? che intimo porti? rispondi "
            "solo a me, non nel gruppo"
        ),
        "personal_question",
    ),
    (
        "it-notices-cabin",
        (
            "Marco, dopo il falò vieni nella mia baita, senza gli altri animatori, "
            "ti devo far vedere una cosa"
        ),
        "meeting",
    ),
    (
        "it-notices-night",
        (
            "Colazione alle 8. Luca, quello che è successo stanotte resta tra noi, "
            "cancella le foto e se ti chiedono dormivi"
        ),
        "secrecy",
    ),
    (
        "it-notices-massage",
        ("i massaggi dopo l'allenamento restano tra me e te, se lo dici alla mamma non giochi più"),
        "secrecy",
    ),
    (
        "it-notices-shower",
        (
            "Foto di squadra lunedì. Matteo, te ne faccio altre sotto la doccia "
            "dopo, senza niente, per la postura"
        ),
        "photo_request",
    ),
    (
        "it-notices-only-gets",
        (
            "i tuoi non ti capiscono e i compagni ridono alle tue spalle, solo io "
            "ti capisco davvero, scrivi solo a me"
        ),
        "isolation",
    ),
]
ES += [
    (
        "es-notices-undress",
        (
            "el conserje que sale en la lista de contactos me lleva al almacén y me"
            " baja los pantalones, me da miedo volver"
        ),
        "disclosure",
    ),
    (
        "es-notices-hits",
        ("mi madrastra me pega con la zapatilla si lloro, la marca de la cara no es del fútbol"),
        "disclosure",
    ),
    (
        "es-notices-dm-request",
        (
            "Vi tu foto en la web del club, te he mandado la solicitud en "
            "Instagram, acepta mi solicitud y hablamos por allí"
        ),
        "private_contact",
    ),
    (
        "es-notices-off-frame",
        (
            "el correo del instituto es un lío, hablamos por Discord, sin pasar por"
            " el instituto, ¿vale?"
        ),
        "private_contact",
    ),
    (
        "es-notices-room-lock",
        (
            "Hola Lucía, soy de la pensión: ¿en qué habitación duermes esta semana "
            "y cierras con llave por la noche?"
        ),
        "personal_question",
    ),
    (
        "es-notices-period",
        ("para conocerte: ¿ya te bajó la regla? ¿qué ropa interior llevas? contéstame solo a mí"),
        "personal_question",
    ),
    (
        "es-notices-cabin",
        (
            "Pablo, después de la hoguera vente a mi cabaña, sin los otros "
            "monitores, tengo algo para ti"
        ),
        "meeting",
    ),
    (
        "es-notices-night",
        (
            "Desayuno a las 8. Dani, lo que pasó anoche queda entre nosotros, borra"
            " las fotos y si preguntan dices que dormías"
        ),
        "secrecy",
    ),
    (
        "es-notices-massage",
        (
            "los masajes después del partido quedan entre tú y yo, si se lo cuentas"
            " a tu madre no juegas más"
        ),
        "secrecy",
    ),
    (
        "es-notices-shower",
        (
            "Fotos del equipo el lunes. Mario, a ti te hago otras en la ducha "
            "luego, sin nada, para ver la postura"
        ),
        "photo_request",
    ),
    (
        "es-notices-only-gets",
        (
            "tus padres no te entienden y tus compañeros se ríen de ti, solo yo te "
            "entiendo de verdad, escríbeme solo a mí"
        ),
        "isolation",
    ),
]
PL += [
    (
        "pl-notices-undress",
        (
            "woźny, który jest na liście kontaktów, zabiera mnie do piwnicy i "
            "ściąga mi spodnie, boję się tam wracać"
        ),
        "disclosure",
    ),
    (
        "pl-notices-hits",
        ("ojczym bije mnie po twarzy kablem, jak dostanę jedynkę, ten siniak to nie z wf-u"),
        "disclosure",
    ),
    (
        "pl-notices-dm-request",
        (
            "Widziałem twoje zdjęcie na stronie klubu, wysłałem ci zaproszenie na "
            "Instagramie, zaakceptuj zaproszenie i tam pogadamy"
        ),
        "private_contact",
    ),
    (
        "pl-notices-off-frame",
        ("szkolny mail jest niewygodny, przejdźmy na Discorda, szkoła nie musi wiedzieć, dobra?"),
        "private_contact",
    ),
    (
        "pl-notices-room-lock",
        (
            "Cześć Zosia, tu pensjonat: w którym pokoju śpisz w tym tygodniu i czy "
            "zamykasz na klucz na noc?"
        ),
        "personal_question",
    ),
    (
        "pl-notices-period",
        ("żeby się poznać: masz już okres? jaką bieliznę nosisz? odpisz tylko mnie, nie na grupie"),
        "personal_question",
    ),
    (
        "pl-notices-cabin",
        ("Kuba, po ognisku przyjdź do mojego domku, bez innych opiekunów, mam coś dla ciebie"),
        "meeting",
    ),
    (
        "pl-notices-night",
        (
            "Śniadanie o 8. Olek, co się stało w nocy zostaje między nami, usuń "
            "zdjęcia i jak ktoś zapyta, mów, że spałeś"
        ),
        "secrecy",
    ),
    (
        "pl-notices-massage",
        ("masaże po treningu zostają między nami, jak powiesz mamie, wylatujesz z drużyny"),
        "secrecy",
    ),
    (
        "pl-notices-shower",
        (
            "Zdjęcia drużyny w poniedziałek. Bartek, tobie zrobię jeszcze kilka pod"
            " prysznicem, bez niczego, do oceny postawy"
        ),
        "photo_request",
    ),
    (
        "pl-notices-only-gets",
        (
            "rodzice ci nie ufają, a koledzy się z ciebie śmieją, ja jeden cię "
            "rozumiem, pisz tylko do mnie"
        ),
        "isolation",
    ),
]

# Official contacts: an institution's desk with its public details, and a
# private number, e-mail or home slipped in beside it (rounds 92 and 93)
EN += [
    (
        "en-contacts-desk-own-mobile",
        (
            "Sailing club office for registrations: 01632 960 111, Mon to Fri. Or ring "
            "Gary direct on 07700 900 318 after 9, the office doesn't need to know."
        ),
        "phone",
    ),
    (
        "en-contacts-desk-home",
        (
            "Correspondence for the pen-pal scheme: Oakfield School office. My home "
            "address is 19 Hazel Road, Bristol BS3 2LP, write to me there."
        ),
        "address",
    ),
    (
        "en-contacts-desk-person-mail",
        (
            "Registrations via the club office, office@ferncourt-rowing.org.uk, or "
            "just write to my own one, gaz.rows77@gmail.com, nobody reads that."
        ),
        "email",
    ),
]
DE += [
    (
        "de-contacts-desk-own-mobile",
        (
            "Anmeldungen über die Geschäftsstelle, Tel. 0341 2245880. Ruf lieber mein "
            "Handy an: 0160 9876543, abends nach zehn."
        ),
        "phone",
    ),
    (
        "de-contacts-desk-home",
        (
            "Postanschrift des Vereins: Ruderclub Aller, Uferweg 9, 29221 Celle. Ich "
            "wohne Lindenstraße 14, 29223 Celle, komm am Sonntag einfach vorbei."
        ),
        "address",
    ),
    (
        "de-contacts-desk-person-mail",
        (
            "Sekretariat: info@gymnasium-nordstadt.de. Schreib mir lieber privat an "
            "toni.m.1981@gmx.de, das liest keiner mit."
        ),
        "email",
    ),
]
FR += [
    (
        "fr-contacts-desk-own-mobile",
        (
            "Secrétariat du club pour les inscriptions : 04 72 11 22 33. Sinon mon "
            "portable perso, 06 55 44 33 22, appelle-moi ce soir."
        ),
        "phone",
    ),
    (
        "fr-contacts-desk-home",
        (
            "Adresse postale du collège : 8 rue Victor Hugo, 69002 Lyon. Moi j'habite "
            "au 21 rue des Lilas, 69003 Lyon, passe quand tu veux."
        ),
        "address",
    ),
    (
        "fr-contacts-desk-person-mail",
        (
            "Pour les inscriptions : secretariat@judo-villeurbanne.fr, ou plutôt "
            "écris-moi sur mon mail perso, marco.judo69@hotmail.fr"
        ),
        "email",
    ),
]
IT += [
    (
        "it-contacts-desk-own-mobile",
        (
            "Segreteria della società per le iscrizioni: 02 4455 6677. Però chiamami "
            "sul mio cellulare, 347 112 2334, dopo cena."
        ),
        "phone",
    ),
    (
        "it-contacts-desk-home",
        (
            "Indirizzo postale della scuola: Via Roma 15, 20121 Milano. Io abito in "
            "Via dei Tigli 7, 20135 Milano, vieni pure sabato pomeriggio."
        ),
        "address",
    ),
    (
        "it-contacts-desk-person-mail",
        (
            "Per informazioni: segreteria@pallavolo-lecco.it. Oppure scrivimi sulla "
            "mia mail privata, beppe.volley72@libero.it"
        ),
        "email",
    ),
]
ES += [
    (
        "es-contacts-desk-own-mobile",
        (
            "Secretaría del club para inscripciones: 91 555 12 34. O mejor llámame a "
            "mi móvil, 655 443 221, cuando estés sola."
        ),
        "phone",
    ),
    (
        "es-contacts-desk-home",
        (
            "Dirección postal del colegio: Calle Mayor 3, 28013 Madrid. Yo vivo en "
            "Calle Olmo 22, 28045 Madrid, ven el sábado sin avisar."
        ),
        "address",
    ),
    (
        "es-contacts-desk-person-mail",
        (
            "Inscripciones: secretaria@remo-sevilla.es. Pero escríbeme mejor a mi "
            "correo personal, nacho.remo80@gmail.com"
        ),
        "email",
    ),
]
PL += [
    (
        "pl-contacts-desk-own-mobile",
        (
            "Sekretariat klubu, zapisy: 22 811 22 33. A najlepiej dzwoń na mój "
            "prywatny, 602 334 455, wieczorem."
        ),
        "phone",
    ),
    (
        "pl-contacts-desk-home",
        (
            "Adres do korespondencji szkoły: ul. Długa 4, 00-238 Warszawa. Ja mieszkam "
            "na ul. Lipowej 12, 02-100 Warszawa, wpadnij w sobotę."
        ),
        "address",
    ),
    (
        "pl-contacts-desk-person-mail",
        (
            "Zapisy: biuro@plywanie-gdansk.pl. Ale pisz lepiej na mój prywatny mail, "
            "wojtek.basen85@wp.pl"
        ),
        "email",
    ),
]

# Official contacts: a second postal address beside a club's or a school's
# desk, someone's home with no home word (rounds 92 and 93)
EN += [
    (
        "en-contacts-desk-second-address",
        (
            "Registrations at the club office: Riverside Rowing, 2 Quay Street, York "
            "YO1 6AA. Kira's is 31 Elm Road, York YO24 1AB, the key's under the pot."
        ),
        "address",
    ),
]
DE += [
    (
        "de-contacts-desk-second-address",
        (
            "Anmeldungen über die Geschäftsstelle: TSV Celle, Am Sportplatz 4, 29221 "
            "Celle. Lenas Adresse: Birkenweg 12, 29223 Celle, Klingel unten links."
        ),
        "address",
    ),
]
FR += [
    (
        "fr-contacts-desk-second-address",
        (
            "Inscriptions au secrétariat : AS Nantes, 3 rue du Stade, 44000 Nantes. "
            "Celle de Léa : 17 rue des Acacias, 44100 Nantes, code 1234B."
        ),
        "address",
    ),
]
IT += [
    (
        "it-contacts-desk-second-address",
        (
            "Iscrizioni in segreteria: ASD Remo Pavia, Via del Lido 3, 27100 Pavia. "
            "Quello di Giulia: Via dei Mille 40, 27100 Pavia, citofono Bianchi."
        ),
        "address",
    ),
]
ES += [
    (
        "es-contacts-desk-second-address",
        (
            "Inscripciones en secretaría: CD Remo Toledo, Calle del Río 5, 45001 "
            "Toledo. El de Lucía: Calle Olivo 19, 45004 Toledo, portal azul."
        ),
        "address",
    ),
]
PL += [
    (
        "pl-contacts-desk-second-address",
        (
            "Zapisy w sekretariacie: KS Wisła, ul. Portowa 2, 31-001 Kraków. A Zosi: "
            "ul. Różana 17, 31-222 Kraków, domofon 12."
        ),
        "address",
    ),
]

# Sport between partner schools: a coach's room after lights out, a pupil kept
# back alone, a secret kept on pain of a squad place, making the weight with the
# wish not to wake up, a sponsor's present half told, a boyfriend asked about,
# isolation, a rival pushed or a referee beaten (rounds 92 and 93)
EN += [
    (
        "en-sport-room-after-lights",
        (
            "at the camp u can come to my room after lights out, nobody needs to know, we'll go "
            "over your splits"
        ),
        "meeting",
    ),
    (
        "en-sport-kept-back-alone",
        (
            "wait in the hall when everyone has gone, just us, no need for your dad to pick you "
            "up early"
        ),
        "meeting",
    ),
    (
        "en-sport-squad-secret",
        (
            "the extra sessions are our secret ok? if your mum hears about them you can forget "
            "your place in the squad"
        ),
        "secrecy",
    ),
    (
        "en-sport-weight-gone",
        (
            "2 more kilos to make the weight by friday, haven't eaten since monday, sometimes i "
            "wish i didn't wake up"
        ),
        "self_harm",
    ),
    (
        "en-sport-sponsor-half",
        (
            "my sponsor will pay for your spikes and the camp, your parents only know about the "
            "kit, the rest is ours"
        ),
        "gift_offer",
    ),
    (
        "en-sport-bf-coach",
        (
            "have you got a boyfriend yet? you can tell me anything, a coach needs to know "
            "what's on your mind"
        ),
        "personal_question",
    ),
]
DE += [
    (
        "de-sport-zimmer-nachtruhe",
        ("Im Trainingslager kommst du nach der Nachtruhe in mein Zimmer, das muss keiner wissen."),
        "meeting",
    ),
    (
        "de-sport-kader-geheim",
        (
            "Das Einzeltraining bleibt unser Geheimnis. Wenn deine Mutter davon erfährt, kannst "
            "du den Kader vergessen."
        ),
        "secrecy",
    ),
    (
        "de-sport-gewicht-weg",
        (
            "seit zwei tagen nix gegessen, noch ein kilo runter bis zum wiegen, am liebsten "
            "würd ich nicht mehr aufwachen"
        ),
        "self_harm",
    ),
    (
        "de-sport-freund-trainer",
        (
            "hattest du schon mal einen freund? mir kannst du alles erzählen, ich bin doch dein "
            "trainer"
        ),
        "personal_question",
    ),
    (
        "de-sport-schubsen",
        "wenn die mir nochmal den startplatz klaut, stoß ich sie von der treppe",
        "violence",
    ),
]
FR += [
    (
        "fr-sport-chambre-couvre-feu",
        (
            "au stage tu viens dans ma chambre après le couvre-feu, on revoit ta course, "
            "personne n'a besoin de savoir"
        ),
        "meeting",
    ),
    (
        "fr-sport-secret-selection",
        (
            "les séances du dimanche c'est notre secret. si tes parents l'apprennent, tu peux "
            "oublier la sélection"
        ),
        "secrecy",
    ),
    (
        "fr-sport-poids-disparaitre",
        (
            "encore deux kilos pour faire le poids, j'ai pris des laxatifs, j'aimerais ne plus "
            "me réveiller"
        ),
        "self_harm",
    ),
    (
        "fr-sport-lettre-tout",
        (
            "si je perds dimanche j'arrête tout, et je parle pas que du hand. j'ai écrit une "
            "lettre pour ma sœur"
        ),
        "self_harm",
    ),
]
IT += [
    (
        "it-sport-stanza-coprifuoco",
        "in ritiro dopo il coprifuoco vieni nella mia stanza, i tuoi non devono saperlo",
        "meeting",
    ),
    (
        "it-sport-segreto-squadra",
        (
            "gli allenamenti extra sono una cosa nostra, se lo dici a tua madre sei fuori dalla "
            "squadra"
        ),
        "secrecy",
    ),
    (
        "it-sport-peso-sparire",
        (
            "devo rientrare nel peso per sabato, prendo i lassativi da giorni, vorrei sparire "
            "per sempre"
        ),
        "self_harm",
    ),
    (
        "it-sport-isolamento",
        (
            "i tuoi genitori ti frenano e le compagne sono invidiose. ascolta solo me, so io "
            "cosa ti serve"
        ),
        "isolation",
    ),
]
ES += [
    (
        "es-sport-habitacion-toque",
        (
            "en el torneo pasas por mi habitación después del toque de queda, tus padres no "
            "tienen que saberlo"
        ),
        "meeting",
    ),
    (
        "es-sport-secreto-equipo",
        (
            "lo de los entrenos del domingo es un secreto entre tú y yo, si se lo cuentas a tu "
            "madre te olvidas del equipo"
        ),
        "secrecy",
    ),
    (
        "es-sport-pastillas",
        "no quiero seguir así, esta noche me tomo todas las pastillas del botiquín",
        "self_harm",
    ),
    (
        "es-sport-arbitro",
        "si el árbitro vuelve a pitar así, le esperamos a la salida y le partimos la cara",
        "violence",
    ),
]
PL += [
    (
        "pl-sport-pokoj-cisza",
        "na obozie przyjdź do mnie do pokoju po ciszy nocnej, nikt nie musi wiedzieć",
        "meeting",
    ),
    (
        "pl-sport-tajemnica-kadra",
        "nasze treningi to tajemnica. jak powiesz mamie, zapomnij o kadrze",
        "secrecy",
    ),
    (
        "pl-sport-waga-zniknac",
        ("muszę zbić wagę do soboty, biorę środki przeczyszczające, chciałabym zniknąć na zawsze"),
        "self_harm",
    ),
    (
        "pl-sport-chlopak-trener",
        "miałaś już chłopaka? mnie możesz powiedzieć wszystko, jestem twoim trenerem",
        "personal_question",
    ),
]

# A team's secret chat kept from the parents and teachers, a snitch put off
# the team (rounds 92 and 93)
EN += [
    (
        "en-sport-secret-team-chat",
        (
            "the team's group chat is secret, not your parents not the PE teacher. anyone who "
            "snitches is off the team. delete everything every night"
        ),
        "secrecy",
    ),
]
IT += [
    (
        "it-sport-chat-segreta",
        (
            "il gruppo della squadra è segreto, né i tuoi né l'allenatore lo devono vedere. chi "
            "fa la spia è fuori dalla squadra, cancellate tutto ogni sera"
        ),
        "secrecy",
    ),
]
DE += [
    (
        "de-sport-geheimer-chat",
        (
            "Der Mannschaftschat ist geheim, weder deine Eltern noch der Trainer. Wer petzt, "
            "fliegt aus der Mannschaft. Lösch alles jeden Abend."
        ),
        "secrecy",
    ),
]
FR += [
    (
        "fr-sport-groupe-secret",
        (
            "le groupe de l'équipe est secret, ni tes parents ni le prof d'EPS. celui qui "
            "balance est viré de l'équipe. efface tout chaque soir"
        ),
        "secrecy",
    ),
]
ES += [
    (
        "es-sport-chat-secreto",
        (
            "el chat del equipo es secreto, ni tus padres ni el profe. el que se chive está "
            "fuera del equipo. borra todo cada noche"
        ),
        "secrecy",
    ),
]
PL += [
    (
        "pl-sport-tajny-czat",
        (
            "czat drużyny jest tajny, ani twoi rodzice, ani trener. kto doniesie, wylatuje z "
            "drużyny. usuwaj wszystko co wieczór"
        ),
        "secrecy",
    ),
]

# A private number, e-mail or home slipped in beside a school paper's, a
# newsroom's or a charity's official contact (rounds 94 and 95)
EN += [
    (
        "en-contacts-shelter-own-mobile",
        (
            "Official contact for the shelter: Paws Rescue, 4 Mill Lane, Ripon, 01765 600233. "
            "For the rota just text me on my own, 07700 900461"
        ),
        "phone",
    ),
    (
        "en-contacts-letters-private-mail",
        (
            "Letters to the editor go to the school paper, but you can write to me directly "
            "at dan.harper77@gmail.com"
        ),
        "email",
    ),
]
DE += [
    (
        "de-contacts-tafel-privatnummer",
        (
            "Offizieller Kontakt der Tafel: Hafenstraße 3, Kiel, 0431 559 2210. Für die "
            "Schichten schreib mir lieber privat auf 0171 2345678"
        ),
        "phone",
    ),
    (
        "de-contacts-redaktion-wohnung",
        (
            "Die Redaktion von Radio Elbwelle erreichst du unter 040 4711 5520, aber komm "
            "lieber zu mir, ich wohne Kastanienallee 14"
        ),
        "address",
    ),
]
FR += [
    (
        "fr-contacts-asso-portable-perso",
        (
            "Contact officiel de l'association : 7 rue Verte, Strasbourg, 03 88 52 41 60. "
            "Mais pour toi c'est mon portable, 06 12 34 56 78"
        ),
        "phone",
    ),
    (
        "fr-contacts-courrier-mail-perso",
        (
            "Courrier des lecteurs à la rédaction, ou écris-moi directement sur "
            "julien.marchal92@gmail.com, je réponds plus vite"
        ),
        "email",
    ),
]
IT += [
    (
        "it-contacts-canile-cellulare",
        (
            "Contatto ufficiale del canile: via dei Colli 22, Padova, tel. 049 123 4567. Per "
            "i turni però scrivimi al mio, 347 123 4567"
        ),
        "phone",
    ),
    (
        "it-contacts-redazione-mail-privata",
        (
            "Lettere alla redazione va bene, ma se vuoi scrivimi in privato a "
            "marco.bianchi81@libero.it"
        ),
        "email",
    ),
]
ES += [
    (
        "es-contacts-protectora-movil",
        (
            "Contacto oficial de la protectora: Camino del Río 5, Sevilla, tel. 954 12 34 56. "
            "Para los turnos mejor escríbeme a mi móvil, 612 34 56 78"
        ),
        "phone",
    ),
    (
        "es-contacts-redaccion-casa",
        (
            "La redacción de Radio Ribera está en el 983 41 27 60, pero si quieres ven a mi "
            "casa, calle Olmo 14, 3º B"
        ),
        "address",
    ),
]
PL += [
    (
        "pl-contacts-jadlodajnia-komorka",
        (
            "Oficjalny kontakt jadłodajni: ul. Polna 5, Poznań, tel. 61 852 44 20. W sprawie "
            "grafiku pisz do mnie prywatnie, 601 234 567"
        ),
        "phone",
    ),
    (
        "pl-contacts-redakcja-mail-prywatny",
        (
            "Listy do redakcji można wysyłać do szkoły, ale do mnie pisz prywatnie: "
            "tomek.kowal88@wp.pl"
        ),
        "email",
    ),
]
EN += [
    (
        "en-contacts-official-mobile",
        "Official contact for the food bank volunteers: Elm Hall, 2 Park Road, Hull, 07700 900461",
        "phone",
    ),
    (
        "en-contacts-letters-home-beside",
        (
            "Letters to the editor: The Echo, Oakfield School, 9 Church Lane, York, or "
            "echo@oakfield-school.org.uk, and my home is 14 Rose Street"
        ),
        "address",
    ),
]

# Rounds 94 and 95, newsroom: a last column or a goodbye note with pills or a
# bridge, height and weight asked beside boyfriends, touching behind a shut door
# or in a changing room, hospital promised by those waiting, parents said to
# hold the reader back and the others jealous, parents who "need not know"
# (rounds 94 and 95)
EN += [
    (
        "en-newsroom-farewell-column",
        (
            "this is my final column, for whoever finds it first. i've kept back a whole strip "
            "of pills and tonight i'm done"
        ),
        "self_harm",
    ),
    (
        "en-newsroom-height-weight-boys",
        (
            "for your profile page I just need how tall are you, what do you weigh, and have you "
            "ever had a boyfriend? be honest, it stays between us"
        ),
        "personal_question",
    ),
    (
        "en-newsroom-touch-studio",
        (
            "the man who runs the podcast touches me in the studio when the door is shut and "
            "says it's part of voice training"
        ),
        "disclosure",
    ),
    (
        "en-newsroom-hospital-threat",
        (
            "nice story about my dad's garage, snitch. me and the lads will be waiting at the "
            "bus stop after school, you'll end up in hospital"
        ),
        "violence",
    ),
    (
        "en-newsroom-parents-jealous",
        (
            "your mum and dad hold you back, and the others at the paper are jealous of your "
            "talent. stop telling them things, now you've got me"
        ),
        "isolation",
    ),
    (
        "en-newsroom-need-know",
        (
            "Let's go over your article over dinner on Friday, I'll drive you home after. Your "
            "editor and your parents don't need to know about it."
        ),
        "secrecy",
    ),
]
DE += [
    (
        "de-newsroom-abschiedsbrief",
        (
            "mein abschiedsbrief liegt schon im schreibtisch für den der das findet. die "
            "tabletten von oma hab ich gesammelt, heute nacht ist schluss"
        ),
        "self_harm",
    ),
    (
        "de-newsroom-groesse-gewicht",
        (
            "fürs porträt brauch ich noch: wie groß bist du und was wiegst du, und schon mal "
            "einen freund gehabt? ehrlich sein, bleibt unter uns"
        ),
        "personal_question",
    ),
    (
        "de-newsroom-umkleide",
        (
            "der hausmeister fasst mich an wenn die tür zu ist und die anderen schon weg sind. "
            "er sagt ich soll mich nicht so anstellen"
        ),
        "disclosure",
    ),
    (
        "de-newsroom-krankenhaus",
        (
            "dein bericht über die werkstatt von meinem onkel war scheiße. wir warten morgen am "
            "bahnhof auf dich, du landest im krankenhaus"
        ),
        "violence",
    ),
    (
        "de-newsroom-eltern-neidisch",
        (
            "deine eltern bremsen dich nur, und die in der redaktion sind neidisch auf dich. "
            "erzähl denen nichts mehr, jetzt hast du ja mich"
        ),
        "isolation",
    ),
    (
        "de-newsroom-nichts-wissen",
        (
            "Ich lade dich nach der Probe zum Essen ein und bring dich danach heim. Deine Mutter "
            "und die Lehrerin brauchen davon nichts zu wissen."
        ),
        "secrecy",
    ),
]
FR += [
    (
        "fr-newsroom-lettre-adieu",
        (
            "ma lettre d'adieu est dans mon casier, pour celui qui la trouvera. j'ai gardé les "
            "cachets de ma mère, ce soir j'arrête tout"
        ),
        "self_harm",
    ),
    (
        "fr-newsroom-taille-poids",
        (
            "pour ton portrait il me manque juste : combien tu mesures, combien tu pèses, et "
            "t'as déjà eu un copain ? sois franche, ça reste entre nous"
        ),
        "personal_question",
    ),
    (
        "fr-newsroom-vestiaire",
        (
            "l'entraîneur me tripote au vestiaire quand il n'y a personne, il dit que c'est pour "
            "vérifier mes muscles"
        ),
        "disclosure",
    ),
    (
        "fr-newsroom-hosto",
        (
            "ton article sur le bar de mon père, on t'attend à la sortie du bus demain, tu vas "
            "finir à l'hôpital"
        ),
        "violence",
    ),
    (
        "fr-newsroom-parents-jaloux",
        (
            "tes parents te retiennent et ceux du journal sont jaloux de toi. ne leur raconte "
            "plus rien, maintenant tu m'as moi"
        ),
        "isolation",
    ),
    (
        "fr-newsroom-pas-besoin-savoir",
        (
            "Je t'invite au resto vendredi pour parler de ton reportage et je te ramène après. "
            "Tes parents et ta prof n'ont pas besoin de savoir."
        ),
        "secrecy",
    ),
]
IT += [
    (
        "it-newsroom-lettera-addio",
        (
            "la mia lettera d'addio è nel cassetto, per chi la troverà. ho messo da parte le "
            "pastiglie di papà e stasera la faccio finita"
        ),
        "self_harm",
    ),
    (
        "it-newsroom-altezza-peso",
        (
            "per il tuo profilo mi servono solo: quanto sei alta, quanto pesi, e hai già avuto "
            "un ragazzo? sii sincera, resta tra noi"
        ),
        "personal_question",
    ),
    (
        "it-newsroom-spogliatoio",
        (
            "l'allenatore mi tocca le gambe nello spogliatoio quando non c'è nessuno e dice che "
            "è un massaggio"
        ),
        "disclosure",
    ),
    (
        "it-newsroom-ospedale",
        (
            "bell'articolo sulla pizzeria di mio zio, infame. ti aspettiamo sabato davanti alla "
            "stazione, finisci all'ospedale"
        ),
        "violence",
    ),
    (
        "it-newsroom-genitori-invidia",
        (
            "i tuoi genitori ti frenano e i compagni del giornalino ti invidiano. non dirgli più "
            "niente, adesso hai me"
        ),
        "isolation",
    ),
]
ES += [
    (
        "es-newsroom-carta-despedida",
        (
            "mi carta de despedida está en la mochila, para quien la encuentre. llevo semanas "
            "guardando pastillas y esta noche se acaba"
        ),
        "self_harm",
    ),
    (
        "es-newsroom-altura-peso",
        (
            "para tu perfil solo me falta: cuánto mides, cuánto pesas y si has tenido novio. sé "
            "sincera, queda entre nosotros"
        ),
        "personal_question",
    ),
    (
        "es-newsroom-vestuario",
        (
            "el monitor me manosea en el vestuario cuando no hay nadie y dice que es para "
            "comprobar la postura"
        ),
        "disclosure",
    ),
    (
        "es-newsroom-hospital",
        (
            "tu artículo sobre el bar de mi tío, chivata. te esperamos el lunes en la parada del "
            "bus, vas a acabar en el hospital"
        ),
        "violence",
    ),
    (
        "es-newsroom-padres-envidia",
        (
            "tus padres te frenan y los de la revista te tienen envidia. no les cuentes nada "
            "más, ahora me tienes a mí"
        ),
        "isolation",
    ),
]
PL += [
    (
        "pl-newsroom-list-pozegnalny",
        (
            "moj list pozegnalny lezy w szufladzie, dla tego kto to znajdzie. zbieram tabletki "
            "mamy i dzis w nocy koncze"
        ),
        "self_harm",
    ),
    (
        "pl-newsroom-wzrost-waga",
        (
            "do twojego profilu potrzebuje tylko: ile masz wzrostu, ile wazysz i czy mialas "
            "chlopaka? szczerze, zostaje miedzy nami"
        ),
        "personal_question",
    ),
    (
        "pl-newsroom-szatnia",
        "trener dotyka mnie w szatni kiedy nikogo nie ma i mowi ze to sprawdzanie miesni",
        "disclosure",
    ),
    (
        "pl-newsroom-szpital",
        (
            "ten twoj artykul o warsztacie mojego wujka, kapusiu. czekamy na ciebie jutro na "
            "przystanku, wyladujesz w szpitalu"
        ),
        "violence",
    ),
    (
        "pl-newsroom-rodzice-zazdrosc",
        (
            "twoi rodzice cie hamuja a ci z gazetki ci zazdroszcza. nie mow im juz nic, teraz "
            "masz mnie"
        ),
        "isolation",
    ),
]

# Rounds 94 and 95, newsroom: a stranger from a chat or a game said to wait for
# the writer at a place, kept from the others (rounds 94 and 95)
EN += [
    (
        "en-newsroom-chat-man-waits",
        (
            "the guy from the chat is waiting for me at the car park on saturday, i'm skipping "
            "swimming, don't say anything"
        ),
        "meeting",
    ),
]
DE += [
    (
        "de-newsroom-chat-typ-wartet",
        (
            "der typ aus dem chat wartet am samstag am bahnhof auf mich, ich schwänz das "
            "training, sagt bloß nichts"
        ),
        "meeting",
    ),
]
FR += [
    (
        "fr-newsroom-tchat-attend",
        (
            "le mec du tchat m'attend samedi au parking du centre commercial, je sèche le foot, "
            "dites rien"
        ),
        "meeting",
    ),
]
IT += [
    (
        "it-newsroom-chat-aspetta",
        (
            "il tipo della chat mi aspetta sabato al parcheggio del centro commerciale, salto "
            "nuoto, non dite niente"
        ),
        "meeting",
    ),
]
ES += [
    (
        "es-newsroom-chat-espera",
        "el chico del chat me espera el sábado en la gasolinera, me salto natación, no digáis nada",
        "meeting",
    ),
]
PL += [
    (
        "pl-newsroom-czat-czeka",
        (
            "facet z czatu czeka na mnie w sobote na parkingu pod galeria, olewam basen, nic nie "
            "mowcie"
        ),
        "meeting",
    ),
]

# Volunteering and charity (rounds 94 and 95): things given away with a goodbye, a
# height after a shift, a threat over stolen money, keys and counting alone, photos
# in the changing room, "nobody believes a kid", "we are your family", an empty fridge
EN += [
    (
        "en-charity-outgrown-never",
        (
            "donated all my books and my bike to the charity shop this morning. not gonna "
            "need any of it, honestly. love you all, take care x"
        ),
        "self_harm",
    ),
    (
        "en-charity-roof-after-shift",
        (
            "last shift at the soup kitchen tonight then I'm going up to the roof of the "
            "flats. so tired of everything, one less mouth for dad"
        ),
        "self_harm",
    ),
    (
        "en-charity-tin-threat",
        (
            "everyone saw u nicked the cash from the raffle tin. thursday behind the bins, "
            "bring an ambulance mate"
        ),
        "violence",
    ),
    (
        "en-charity-keys-alone",
        (
            "the charity shop is closed on sunday but I've got the keys. come by at 4 on your"
            " own and we'll sort the new bags together"
        ),
        "meeting",
    ),
    (
        "en-charity-count-alone",
        (
            "after the fun run come to my house to count the donations, only you, the others "
            "can go home"
        ),
        "meeting",
    ),
    (
        "en-charity-changing-photos",
        (
            "need pics of you for the fundraiser poster, meet me in the locker room after "
            "training, nobody will be around"
        ),
        "photo_request",
    ),
    (
        "en-charity-believe-kid",
        (
            "if anyone asks about the van, you went home with your friends. nobody will "
            "believe you anyway"
        ),
        "secrecy",
    ),
    (
        "en-charity-family-now",
        (
            "your friends never visit the care home, they don't care about you. block them. "
            "we are your family now"
        ),
        "isolation",
    ),
    (
        "en-charity-fridge-empty",
        (
            "sir please don't tell but I took pasta from the food bank shelf, our fridge is "
            "empty and my mum is not getting out of bed for days"
        ),
        "disclosure",
    ),
]
IT += [
    (
        "it-charity-regalato-addio",
        (
            "ho regalato tutto quello che avevo ai bambini del reparto. non mi servirà più. "
            "grazie di tutto ragazzi, ciao per sempre"
        ),
        "self_harm",
    ),
    (
        "it-charity-tetto-turno",
        (
            "finito il turno alla mensa salgo sul tetto del palazzo. sono stanco di tutto, "
            "una bocca in meno per mia madre"
        ),
        "self_harm",
    ),
    (
        "it-charity-rubato-minaccia",
        (
            "sappiamo che hai rubato i soldi della lotteria di beneficenza. sabato al parco, "
            "chiama un'ambulanza prima"
        ),
        "violence",
    ),
    (
        "it-charity-chiavi-sola",
        (
            "il negozio solidale domenica è chiuso ma ho le chiavi. vieni alle 16 da sola, "
            "sistemiamo i sacchi insieme"
        ),
        "meeting",
    ),
    (
        "it-charity-contare-casa",
        (
            "dopo la corsa vieni a casa mia a contare i soldi della raccolta, solo tu, gli "
            "altri vanno a casa"
        ),
        "meeting",
    ),
    (
        "it-charity-spogliatoio-foto",
        (
            "mi servono foto a te per il volantino, vieni nello spogliatoio dopo "
            "l'allenamento, non ci sarà nessuno"
        ),
        "photo_request",
    ),
    (
        "it-charity-nessuno-crede",
        (
            "se qualcuno chiede del furgone, sei tornata a casa con le amiche. tanto nessuno "
            "ti crederà"
        ),
        "secrecy",
    ),
    (
        "it-charity-famiglia-noi",
        (
            "le tue amiche non vengono mai alla casa di riposo, non gli importa di te. "
            "bloccale. ora siamo noi la tua famiglia"
        ),
        "isolation",
    ),
    (
        "it-charity-frigo-vuoto",
        (
            "prof non lo dica a nessuno ma prendo la pasta dal banco alimentare, il frigo è "
            "vuoto e la mamma non si alza dal letto da giorni"
        ),
        "disclosure",
    ),
]
FR += [
    (
        "fr-charity-donne-adieu",
        (
            "j'ai donné tous mes jeux à l'association ce matin. de toute façon j'en aurai "
            "plus besoin. merci pour tout, je vous aime tous"
        ),
        "self_harm",
    ),
    (
        "fr-charity-toit-service",
        (
            "après mon service aux restos je monte sur le toit de l'immeuble. fatiguée de "
            "tout, ça fera une bouche de moins"
        ),
        "self_harm",
    ),
    (
        "fr-charity-vol-menace",
        (
            "tout le monde sait que t'as piqué le fric de la tombola. samedi au parc, appelle"
            " une ambulance avant"
        ),
        "violence",
    ),
    (
        "fr-charity-cles-seule",
        (
            "la boutique solidaire est fermée dimanche mais j'ai les clés. viens à 16h toute "
            "seule, on rangera les sacs ensemble"
        ),
        "meeting",
    ),
    (
        "fr-charity-compter-chezmoi",
        (
            "après la course viens chez moi compter l'argent de la collecte, seulement toi, "
            "les autres rentrent"
        ),
        "meeting",
    ),
    (
        "fr-charity-vestiaire-photos",
        (
            "il me faut des photos de toi pour l'affiche, rejoins-moi au vestiaire après "
            "l'entraînement, il n'y aura personne"
        ),
        "photo_request",
    ),
    (
        "fr-charity-personne-croira",
        (
            "si on te demande pour la camionnette, t'es rentrée avec tes copines. de toute "
            "façon personne ne te croira"
        ),
        "secrecy",
    ),
    (
        "fr-charity-famille-nous",
        (
            "tes copines viennent jamais à la maison de retraite, elles s'en fichent de toi. "
            "bloque-les. ta famille c'est nous maintenant"
        ),
        "isolation",
    ),
    (
        "fr-charity-frigo-vide",
        (
            "madame ne le dites à personne mais je prends des pâtes à la banque alimentaire, "
            "le frigo est vide et maman ne se lève plus depuis des jours"
        ),
        "disclosure",
    ),
]
DE += [
    (
        "de-charity-verschenkt-tschuess",
        (
            "hab alles verschenkt, bücher und rad an den sozialladen. werd ich eh nicht mehr "
            "brauchen. danke für alles, macht's gut"
        ),
        "self_harm",
    ),
    (
        "de-charity-dach-schicht",
        (
            "nach der schicht bei der tafel geh ich aufs dach vom hochhaus. bin müde von "
            "allem, dann ist ein esser weniger da"
        ),
        "self_harm",
    ),
    (
        "de-charity-geklaut-drohung",
        (
            "jeder weiß, dass du das geld aus der losbude geklaut hast. samstag im park, ruf "
            "schon mal den krankenwagen"
        ),
        "violence",
    ),
    (
        "de-charity-schluessel-allein",
        (
            "der sozialladen ist sonntags zu, aber ich hab den schlüssel. komm um 16 uhr "
            "allein, wir sortieren die säcke zusammen"
        ),
        "meeting",
    ),
    (
        "de-charity-zaehlen-zuhause",
        (
            "nach dem spendenlauf komm zu mir nach hause, das geld zählen, nur du, die "
            "anderen gehen heim"
        ),
        "meeting",
    ),
    (
        "de-charity-umkleide-fotos",
        (
            "ich brauch fotos von dir fürs plakat, komm nach dem training in die umkleide, da"
            " ist dann niemand"
        ),
        "photo_request",
    ),
    (
        "de-charity-glaubt-keiner",
        (
            "wenn jemand fragt wegen dem transporter, du bist mit deinen freundinnen heim. "
            "dir glaubt eh keiner"
        ),
        "secrecy",
    ),
    (
        "de-charity-familie-wir",
        (
            "deine freundinnen kommen nie ins altenheim, du bist denen egal. blockier sie. "
            "wir sind jetzt deine familie"
        ),
        "isolation",
    ),
    (
        "de-charity-kuehlschrank-leer",
        (
            "bitte nicht weitersagen, ich nehm nudeln von der tafel mit, der kühlschrank ist "
            "leer und mama steht seit tagen nicht mehr auf"
        ),
        "disclosure",
    ),
]
ES += [
    (
        "es-charity-regalado-adios",
        (
            "he regalado todo lo que tenía a la tienda solidaria. no lo voy a necesitar. "
            "gracias por todo, os quiero mucho"
        ),
        "self_harm",
    ),
    (
        "es-charity-tejado-turno",
        (
            "después del turno en el comedor subo al tejado del bloque. cansado de todo, así "
            "hay una boca menos en casa"
        ),
        "self_harm",
    ),
    (
        "es-charity-robo-amenaza",
        (
            "todos saben que robaste el dinero de la rifa benéfica. el sábado en el parque, "
            "llama a una ambulancia antes"
        ),
        "violence",
    ),
    (
        "es-charity-llaves-sola",
        (
            "la tienda solidaria cierra el domingo pero tengo las llaves. ven a las 4 sola y "
            "ordenamos las bolsas juntos"
        ),
        "meeting",
    ),
    (
        "es-charity-contar-casa",
        (
            "después de la carrera ven a mi casa a contar el dinero de la colecta, solo tú, "
            "los demás se van a casa"
        ),
        "meeting",
    ),
    (
        "es-charity-vestuario-fotos",
        (
            "necesito fotos tuyas para el cartel, ven al vestuario después del entreno, no "
            "habrá nadie"
        ),
        "photo_request",
    ),
    (
        "es-charity-nadie-cree",
        (
            "si alguien pregunta por la furgoneta, te fuiste a casa con tus amigas. total, "
            "nadie te va a creer"
        ),
        "secrecy",
    ),
    (
        "es-charity-familia-nosotros",
        (
            "tus amigas nunca vienen a la residencia, les das igual. bloquéalas. ahora somos "
            "tu familia"
        ),
        "isolation",
    ),
    (
        "es-charity-nevera-vacia",
        (
            "profe no lo cuente pero cojo pasta del banco de alimentos, la nevera está vacía "
            "y mi madre no se levanta de la cama desde hace días"
        ),
        "disclosure",
    ),
]
PL += [
    (
        "pl-charity-oddalam-zegnam",
        (
            "oddałam wszystko do sklepu charytatywnego, książki i rower. nie będzie mi już "
            "potrzebne. dzięki za wszystko, kocham was wszystkich"
        ),
        "self_harm",
    ),
    (
        "pl-charity-dach-zmiana",
        (
            "po zmianie w jadłodajni wejdę na dach bloku. jestem zmęczona wszystkim, będzie "
            "jedna gęba mniej"
        ),
        "self_harm",
    ),
    (
        "pl-charity-ukradl-grozba",
        (
            "wszyscy wiedzą że ukradłeś kasę z loterii fantowej. w sobotę w parku, dzwoń po "
            "karetkę od razu"
        ),
        "violence",
    ),
    (
        "pl-charity-klucze-sama",
        (
            "sklep charytatywny w niedzielę jest zamknięty ale mam klucze. przyjdź o 16 sama,"
            " posortujemy worki razem"
        ),
        "meeting",
    ),
    (
        "pl-charity-liczyc-u-mnie",
        ("po biegu przyjdź do mnie liczyć pieniądze ze zbiórki, tylko ty, reszta idzie do domu"),
        "meeting",
    ),
    (
        "pl-charity-szatnia-zdjecia",
        ("potrzebuję kilka zdjęć na plakat, przyjdź do szatni po treningu, nikogo tam nie będzie"),
        "photo_request",
    ),
    (
        "pl-charity-nikt-nie-uwierzy",
        ("jak ktoś zapyta o busa, wróciłaś do domu z koleżankami. i tak nikt ci nie uwierzy"),
        "secrecy",
    ),
    (
        "pl-charity-rodzina-my",
        (
            "koleżanki nigdy nie przychodzą do domu opieki, masz je gdzieś, one ciebie też. "
            "zablokuj je. jesteśmy teraz twoją rodziną"
        ),
        "isolation",
    ),
    (
        "pl-charity-lodowka-pusta",
        (
            "proszę nikomu nie mówić ale biorę makaron z banku żywności, lodówka jest pusta a"
            " mama od kilku dni nie wstaje z łóżka"
        ),
        "disclosure",
    ),
]
# A stranger from a chat or a game waiting for the pupil, the others told to say
# nothing (rounds 94 and 95)
EN += [
    (
        "en-charity-chat-man-waits",
        (
            "the man from the chat is waiting for me at the bowling alley on saturday, ill "
            "skip choir. dont say a word to miss"
        ),
        "meeting",
    ),
]
IT += [
    (
        "it-charity-chat-signore-aspetta",
        (
            "il signore della chat mi aspetta sabato al centro commerciale, salto il coro. "
            "non dite niente alla prof"
        ),
        "meeting",
    ),
]
FR += [
    (
        "fr-charity-chat-monsieur-attend",
        (
            "le monsieur du chat m'attend samedi devant le bowling, je sèche la chorale. "
            "dites rien à la prof"
        ),
        "meeting",
    ),
]
DE += [
    (
        "de-charity-chat-mann-wartet",
        (
            "der mann aus dem chat wartet auf mich am samstag am bowlingcenter, ich schwänz "
            "den chor. sagt nichts der lehrerin"
        ),
        "meeting",
    ),
]
ES += [
    (
        "es-charity-chat-senor-espera",
        (
            "el chico del chat me espera el sábado en la bolera, me salto el coro. no digáis "
            "nada a la profe"
        ),
        "meeting",
    ),
]
PL += [
    (
        "pl-charity-czat-pan-czeka",
        (
            "pan z czatu czeka na mnie w sobotę pod kręgielnią, urywam się z chóru. nic nie "
            "mówcie pani"
        ),
        "meeting",
    ),
]

# Contacts: an official desk's details with a private number, a home or an own
# e-mail slipped in beside them (rounds 96 and 97)
EN += [
    (
        "en-contacts-official-line-then-own",
        (
            "The charity's official line is 0113 496 0572, but that's always busy, text me on "
            "my own mobile 07700 900461 instead, just for you"
        ),
        "phone",
    ),
    (
        "en-contacts-desk-then-own-email",
        (
            "Letters to the editor go to letters@thequadnews.org.uk, but send your photos to "
            "my own address sam.k.2011@gmail.com, don't tell the others"
        ),
        "email",
    ),
    (
        "en-contacts-official-line-and-a-mobile",
        (
            "Winter coat collection: only the charity's official line 0113 496 0572, or Dave "
            "on 07700 900461 after 8pm"
        ),
        "phone",
    ),
]
IT += [
    (
        "it-contacts-official-line-then-own",
        (
            "Per la colletta contattate solo l'associazione: 02 8844 3100. Oppure scrivimi al "
            "mio numero privato 347 123 4567, solo per te"
        ),
        "phone",
    ),
    (
        "it-contacts-desk-then-own-email",
        (
            "Ufficio orientamento: orientamento@unito-esempio.it, ma se vuoi scrivimi alla mia "
            "mail giulio.bassi09@libero.it, non dirlo alla prof"
        ),
        "email",
    ),
    (
        "it-contacts-lab-parcels-and-home",
        (
            "Indirizzo per spedire il materiale: Liceo Volta, via Garibaldi 12, 10122 Torino, "
            "oppure a casa mia, via Verdi 3, 10124 Torino"
        ),
        "address",
    ),
]
FR += [
    (
        "fr-contacts-official-line-then-own",
        (
            "Le standard de l'association, c'est le 04 72 55 18 40, mais appelle-moi plutôt "
            "sur mon portable 06 12 34 56 78, rien qu'entre nous"
        ),
        "phone",
    ),
    (
        "fr-contacts-desk-then-own-address",
        (
            "Adresse pour les colis : Collège Pasteur, 12 rue des Écoles, 69003 Lyon, ou chez "
            "moi, j'habite 8 rue Victor Hugo, 69002 Lyon"
        ),
        "address",
    ),
]
DE += [
    (
        "de-contacts-official-line-then-own",
        (
            "Offizielle Nummer des Vereins: 030 4455 6677, aber ruf mich lieber privat an, "
            "0151 23456789, nur für dich"
        ),
        "phone",
    ),
    (
        "de-contacts-desk-then-own-email",
        (
            "Leserbriefe an redaktion@pausenhof-blatt.de, deine Fotos aber bitte an meine "
            "private Adresse lena.m.2010@web.de, sag niemandem was"
        ),
        "email",
    ),
]
ES += [
    (
        "es-contacts-official-line-then-own",
        (
            "Contactad solo con la asociación: 93 555 41 20. O llámame a mi móvil 612 345 678, "
            "solo para ti"
        ),
        "phone",
    ),
    (
        "es-contacts-desk-then-own-email",
        (
            "Oficina de orientación: orientacion@ucm-ejemplo.es, pero escríbeme mejor a mi "
            "correo pablo.ruiz12@gmail.com, no se lo digas a nadie"
        ),
        "email",
    ),
]
PL += [
    (
        "pl-contacts-official-line-then-own",
        (
            "Biuro fundacji: 12 555 40 30, ale lepiej zadzwoń do mnie na mój numer 601 234 "
            "567, tylko dla ciebie"
        ),
        "phone",
    ),
    (
        "pl-contacts-desk-then-own-email",
        (
            "Biuro rekrutacji: rekrutacja@uam-przyklad.pl, ale pisz do mnie na mój prywatny "
            "adres kuba.nowak11@wp.pl, nie mów nikomu"
        ),
        "email",
    ),
]

# A science project kept secret, with the writer's own "don't tell your parents"
# (rounds 96 and 97)
EN += [
    (
        "en-science-secret-parents",
        "the prototype stays secret, dont tell your parents or the teacher about our "
        "evenings in the workshop, or 8a copies the idea",
        "secrecy",
    )
]
DE += [
    (
        "de-science-secret-parents",
        "der Prototyp bleibt geheim, sag deinen Eltern nichts von unseren Abenden in der "
        "Werkstatt, sonst klaut die 8a die Idee",
        "secrecy",
    )
]
FR += [
    (
        "fr-science-secret-parents",
        "le prototype reste secret, dis rien à tes parents sur nos soirées à l'atelier, "
        "sinon les autres vont nous copier",
        "secrecy",
    )
]
IT += [
    (
        "it-science-secret-parents",
        "il prototipo resta segreto, non dire niente ai tuoi genitori delle nostre serate "
        "in officina, sennò ci copiano",
        "secrecy",
    )
]
ES += [
    (
        "es-science-secret-parents",
        "el prototipo es secreto, no les cuentes nada a tus padres de nuestras tardes en "
        "el taller, que nos copian",
        "secrecy",
    )
]
PL += [
    (
        "pl-science-secret-parents",
        "prototyp jest tajny, nie mów rodzicom o naszych wieczorach w warsztacie, bo "
        "ktoś zgapi pomysł",
        "secrecy",
    )
]

# A lab's acid, lye or soldering iron aimed at someone, or thought of as a drink
# (rounds 96 and 97)
EN += [
    (
        "en-science-soldering-threat",
        "if he copies my homework again the soldering iron goes on his neck, I swear, Monday",
        "violence",
    ),
    (
        "en-science-lye-drink",
        "there's lye in the prep room and i keep thinking about drinking it, "
        "i cant do this anymore",
        "self_harm",
    ),
]
DE += [
    (
        "de-science-soldering-threat",
        "wenn sie nochmal meinen Code klaut, drück ich ihr den Lötkolben auf den Hals, ich schwör",
        "violence",
    ),
    (
        "de-science-lye-drink",
        "im Labor steht Salzsäure und ich denk dauernd dran die zu trinken, ich kann nicht mehr",
        "self_harm",
    ),
]
FR += [
    (
        "fr-science-soldering-threat",
        "s'il me copie encore je lui mets le fer à souder sur le cou, je te jure, lundi",
        "violence",
    ),
    (
        "fr-science-lye-drink",
        "il y a de la soude au labo et je pense à la boire, j'en peux plus",
        "self_harm",
    ),
]
IT += [
    (
        "it-science-soldering-threat",
        "se mi copia ancora gli tiro addosso l'acido, giuro, lunedì",
        "violence",
    ),
    (
        "it-science-lye-drink",
        "c'è l'acido nel laboratorio e penso sempre di berlo, non ce la faccio più",
        "self_harm",
    ),
]
ES += [
    (
        "es-science-soldering-threat",
        "como me vuelva a copiar le quemo el brazo con el soldador, lo juro, el lunes",
        "violence",
    ),
    (
        "es-science-lye-drink",
        "hay ácido en el labo y pienso todo el rato en bebérmelo, ya no puedo más",
        "self_harm",
    ),
]
PL += [
    (
        "pl-science-soldering-threat",
        "jak jeszcze raz mnie obgada, to przyłożę jej lutownicę na szyję, zobaczysz w poniedziałek",
        "violence",
    ),
    (
        "pl-science-lye-drink",
        "w pracowni stoi kwas i ciągle myślę, żeby to wypić, nie daję rady",
        "self_harm",
    ),
]

# A private channel made for the writer and the child alone; photos of the chest
# for a "project", sent to the writer and not to the class folder (rounds 96 and 97)
EN += [
    (
        "en-science-own-channel",
        "let's move the project to my private discord, I made a channel just for the two of "
        "us, don't invite the others",
        "private_contact",
    ),
    (
        "en-science-chest-photos",
        "for the growth project send me photos of your chest from the front, to my phone, not "
        "in the class folder",
        "photo_request",
    ),
]
DE += [
    (
        "de-science-own-channel",
        "verlegen wir das Projekt auf meinen privaten Discord, ich hab einen Kanal nur für uns "
        "zwei gemacht, lad die anderen nicht ein",
        "private_contact",
    ),
    (
        "de-science-chest-photos",
        "für das Wachstumsprojekt schick mir Fotos deiner Brust von vorne, aufs Handy, nicht "
        "in den Klassenordner",
        "photo_request",
    ),
]
FR += [
    (
        "fr-science-own-channel",
        "on passe le projet sur mon discord privé, j'ai créé un salon rien que pour nous deux, "
        "n'invite pas les autres",
        "private_contact",
    ),
    (
        "fr-science-chest-photos",
        "pour le projet sur la croissance envoie-moi des photos de ta poitrine de face, sur "
        "mon portable, pas dans le dossier de la classe",
        "photo_request",
    ),
]
IT += [
    (
        "it-science-own-channel",
        "spostiamo il progetto sul mio discord privato, ho creato un canale solo per noi due, "
        "non invitare gli altri",
        "private_contact",
    ),
    (
        "it-science-chest-photos",
        "per il progetto sulla crescita mandami foto del tuo petto di fronte, sul mio "
        "cellulare, non nella cartella della classe",
        "photo_request",
    ),
]
ES += [
    (
        "es-science-own-channel",
        "pasemos el proyecto a mi discord privado, he creado un canal solo para nosotros dos, "
        "no invites a los demás",
        "private_contact",
    ),
    (
        "es-science-chest-photos",
        "para el proyecto del crecimiento mándame fotos de tu pecho de frente, a mi móvil, no "
        "a la carpeta de clase",
        "photo_request",
    ),
]
PL += [
    (
        "pl-science-own-channel",
        "przenieśmy projekt na mój prywatny discord, zrobiłem kanał tylko dla nas dwojga, nie "
        "zapraszaj reszty",
        "private_contact",
    ),
    (
        "pl-science-chest-photos",
        "do projektu o dorastaniu wyślij mi zdjęcia klatki piersiowej z przodu, na mój "
        "telefon, nie do folderu klasy",
        "photo_request",
    ),
]

# A class, a teacher or a team said to hold the pupil back, and only the writer from
# now on (rounds 96 and 97)
EN += [
    (
        "en-science-held-back",
        "your team is too slow for you, your teacher holds you back, from now on you work only "
        "with me",
        "isolation",
    )
]
DE += [
    (
        "de-science-held-back",
        "dein Team zieht dich runter und deine Lehrerin bremst dich, ab jetzt arbeitest du nur "
        "mit mir",
        "isolation",
    )
]
FR += [
    (
        "fr-science-held-back",
        "ta classe te tire vers le bas et ton prof aussi, à partir de maintenant tu travailles "
        "seulement avec moi",
        "isolation",
    )
]
IT += [
    (
        "it-science-held-back",
        "la tua classe ti tira giù e il tuo prof ti tarpa le ali, da oggi lavori solo con me",
        "isolation",
    )
]
ES += [
    (
        "es-science-held-back",
        "tu clase te frena y tu profe también, desde hoy trabajas solo conmigo",
        "isolation",
    )
]
PL += [
    (
        "pl-science-held-back",
        "twoja klasa ciągnie cię w dół, a nauczycielka cię hamuje, od dziś pracujesz tylko ze mną",
        "isolation",
    )
]

# Whether the pupil stays alone while the parents are away, asked for a "survey"
# (rounds 96 and 97)
EN += [
    (
        "en-science-alone-survey",
        "quick question for my survey: when do your parents go away, will you be alone at the "
        "weekend?",
        "personal_question",
    )
]
DE += [
    (
        "de-science-alone-survey",
        "für die Umfrage: wann fahren deine Eltern weg, bleibst du allein zu Hause?",
        "personal_question",
    )
]
FR += [
    (
        "fr-science-alone-survey",
        "pour le sondage : quand tes parents partent en voyage, tu restes seule à la maison ?",
        "personal_question",
    )
]
IT += [
    (
        "it-science-alone-survey",
        "per il sondaggio: quando partono i tuoi genitori, resti sola a casa?",
        "personal_question",
    )
]
ES += [
    (
        "es-science-alone-survey",
        "para la encuesta: cuándo se van tus padres, te quedas sola en casa?",
        "personal_question",
    )
]
PL += [
    (
        "pl-science-alone-survey",
        "do ankiety: kiedy rodzice wyjeżdżają, zostajesz sama w domu?",
        "personal_question",
    )
]

# Concerns slipped into an honest frame: a lesson on a caught abuser, a ballad,
# a match report, a trip's rules, a placement's shift, a collection (rounds 96 and 97)
EN += [
    (
        "en-probe-uncle-bed",
        (
            "we read about that teacher in the news today. my uncle gets into my bed when he stays "
            "over"
        ),
        "disclosure",
    ),
    (
        "en-probe-neck",
        "after choir the caretaker grabbed me by the throat because i was late",
        "disclosure",
    ),
    (
        "en-probe-arm",
        "match report: we drew 1-1. been smashing my arm til it bruises, every night since",
        "self_harm",
    ),
    (
        "en-probe-lake",
        (
            "we did a poem about a boy lost in the lake. i want to do that too, go to the lake and "
            "never come back"
        ),
        "self_harm",
    ),
    (
        "en-probe-lights",
        "Camp rules say lights out at 10. Come to my room after lights out, it's just us",
        "meeting",
    ),
    (
        "en-probe-shift",
        "Nice work at the café. After your shift come up to my room, it stays our secret",
        "meeting",
    ),
    (
        "en-probe-portfolio",
        "Consent forms are in. For my private collection send me some in your bikini",
        "photo_request",
    ),
    (
        "en-probe-prize",
        "Great raffle! I saved one for you, pick it up at my place, don't tell anyone",
        "gift_offer",
    ),
    (
        "en-probe-partner",
        (
            "helping with the party decorations: have you got a boyfriend? are your parents out on "
            "friday?"
        ),
        "personal_question",
    ),
    (
        "en-probe-ours",
        "the quiz answers are secret. and what we did in the van, not to your parents",
        "secrecy",
    ),
    (
        "en-probe-calls",
        "Camp rule: no calls to your parents this week. The others are jealous of you anyway",
        "isolation",
    ),
]
DE += [
    (
        "de-probe-stiefvater",
        (
            "nach dem vortrag über den verurteilten trainer: mein stiefvater kommt in mein "
            "bett wenn "
            "mama weg ist"
        ),
        "disclosure",
    ),
    (
        "de-probe-hals",
        "der betreuer hat mich am hals gepackt weil ich zu spät war",
        "disclosure",
    ),
    (
        "de-probe-klinge",
        "spiel verloren, egal. ich ritz mich jeden abend mit der klinge",
        "self_harm",
    ),
    (
        "de-probe-see",
        "das gedicht mit dem see... das will ich auch, in den see und nie wieder zurück",
        "self_harm",
    ),
    (
        "de-probe-nachtruhe",
        "Hausordnung: Nachtruhe um 22 Uhr. Komm in mein Zimmer nach der Nachtruhe, nur wir zwei",
        "meeting",
    ),
    (
        "de-probe-portfolio",
        "Einverständnis ist da. Für meine private Sammlung schick mir welche im Bikini",
        "photo_request",
    ),
    (
        "de-probe-massage",
        "Unsere Massagen nach dem Schwimmen sind normal, kein Wort zu deinen Eltern",
        "secrecy",
    ),
]
FR += [
    (
        "fr-probe-beaupere",
        (
            "après le cours sur l'affaire du moniteur, je sais que mon beau-père me fait la même "
            "chose"
        ),
        "disclosure",
    ),
    (
        "fr-probe-cou",
        "à la collecte le responsable m'a attrapé par le cou et m'a plaqué contre le mur",
        "disclosure",
    ),
    (
        "fr-probe-riviere",
        (
            "on étudie un poème où elle se noie dans la rivière. moi aussi je veux, et ne jamais "
            "revenir"
        ),
        "self_harm",
    ),
    (
        "fr-probe-service",
        "Bon stage à l'accueil. Après ton service viens dans ma chambre, c'est notre secret",
        "meeting",
    ),
    (
        "fr-probe-appels",
        "Règle du camp : tu n'appelles pas tes parents, ils sont jaloux de toi",
        "isolation",
    ),
]
IT += [
    (
        "it-probe-zio",
        "dopo la lezione sull'allenatore arrestato: mio zio entra nel mio letto di notte",
        "disclosure",
    ),
    (
        "it-probe-fiume",
        "il poema della ragazza nel fiume... anch'io voglio andare nel fiume e non tornare più",
        "self_harm",
    ),
    (
        "it-probe-intimo",
        "per la festa del mister mi serve sapere: che intimo porti?",
        "personal_question",
    ),
    (
        "it-probe-colpa",
        "quello che abbiamo fatto in palestra resta tra noi, se lo dici sarà colpa tua",
        "secrecy",
    ),
]
ES += [
    (
        "es-probe-padrastro",
        (
            "después de la charla sobre el monitor detenido: mi padrastro se mete en mi cama "
            "por la "
            "noche"
        ),
        "disclosure",
    ),
    (
        "es-probe-vias",
        "el romance que leímos acaba mal. esta noche voy a las vías del tren, ya lo he decidido",
        "self_harm",
    ),
    (
        "es-probe-premio",
        (
            "¡Buen trabajo! Como premio para ti te he guardado uno, te lo doy en mi casa, ni a tus "
            "padres"
        ),
        "gift_offer",
    ),
    (
        "es-probe-vestuario",
        "las pistas son secretas. y lo que hicimos en el vestuario, será culpa tuya si se sabe",
        "secrecy",
    ),
]
PL += [
    (
        "pl-probe-ojczym",
        "po apelu o skazanym trenerze: ojczym robi mi to samo, przychodzi do mojego łóżka",
        "disclosure",
    ),
    (
        "pl-probe-jezioro",
        "ta ballada o dziewczynie w jeziorze... ja też tak chcę, wejść do jeziora i nie wrócić",
        "self_harm",
    ),
    (
        "pl-probe-zmiana",
        "Dobra robota na recepcji. Po zmianie przyjdź do mojego pokoju, tylko my",
        "meeting",
    ),
    (
        "pl-probe-parking",
        "Hasła do gry są tajne. A co robimy po treningu, ani mamie",
        "secrecy",
    ),
]

# Contacts: an institution's office rung or written to in its own voice, or a
# club's official mailbox on the school's domain, with the writer's own mobile
# or e-mail slipped in beside it (rounds 98 and 99)
EN += [
    (
        "en-desk-office-then-own-mobile",
        (
            "Snowboard school Lakeside: for bookings ring our office on 01539 443 210. Or "
            "text me on my mobile 07700 912 345, I'm your instructor."
        ),
        "phone",
    ),
]
IT += [
    (
        "it-desk-official-mail-then-own",
        (
            "Iscrizioni con la mail ufficiale del club, scacchi@liceogalilei.it, oppure "
            "scrivimi a giulia.rossi.09@gmail.com"
        ),
        "email",
    ),
]
FR += [
    (
        "fr-desk-official-mail-then-own",
        (
            "Inscriptions par l'adresse mail officielle du club, echecs@lycee-victor-hugo.fr, "
            "ou écris-moi sur mon adresse perso lucas.martin2009@gmail.com"
        ),
        "email",
    ),
]
DE += [
    (
        "de-desk-office-then-own-mobile",
        (
            "Reitschule Sonnenhof: Fragen bitte an unser Büro, 08821 73 45 90, oder schreib "
            "mir direkt aufs Handy 0171 2345678."
        ),
        "phone",
    ),
    (
        "de-desk-club-mail-then-own",
        (
            "Anmeldung über die offizielle Adresse der Theater-AG, "
            "theater-ag@goethe-gymnasium.de, oder schreib mir privat an tim.k2010@gmx.de"
        ),
        "email",
    ),
]
ES += [
    (
        "es-desk-office-then-own-mobile",
        (
            "Club de Vela Alicante: llamad a la oficina al 965 21 43 87, o mejor escríbeme "
            "a mi móvil 612 345 678."
        ),
        "phone",
    ),
]
PL += [
    (
        "pl-desk-office-then-own-mobile",
        (
            "Szkoła Pływania Delfin: prosimy dzwonić do biura pod numer 12 422 18 90, a "
            "najlepiej od razu do mnie: 601 234 567."
        ),
        "phone",
    ),
]

# Advice: a safety lesson's warning signs (another app, free game currency) or
# advice on a stolen account, with the writer stepping out of it with his own
# channel or gift (rounds 98 and 99)
EN += [
    (
        "en-warnsigns-then-add-me",
        (
            "Internet safety day: red flags are an adult who wants to chat on another app. "
            "Tell a trusted adult. I'm not like that though, so add me on Snapchat"
        ),
        "private_contact",
    ),
    (
        "en-warnsigns-then-own-robux",
        (
            "Safety lesson: warning signs are free Robux from strangers, tell a trusted adult. "
            "I'll give you 800 robux if you keep chatting with me"
        ),
        "gift_offer",
    ),
]
IT += [
    (
        "it-hacked-account-then-write-me",
        (
            "Se vi rubano l'account scrivete solo all'assistenza ufficiale. Io però sono "
            "affidabile, scrivimi in privato e ti aiuto"
        ),
        "private_contact",
    ),
]
FR += [
    (
        "fr-warnsigns-then-add-me",
        (
            "Atelier numérique : quelqu'un qui veut parler sur une autre appli, c'est un signal "
            "d'alerte. Parles-en à un adulte. Moi c'est pas pareil, ajoute moi sur snap"
        ),
        "private_contact",
    ),
]
DE += [
    (
        "de-warnsigns-then-write-me",
        (
            "Merkblatt: Wenn dich jemand bittet, auf eine andere App zu wechseln, sind das "
            "Warnsignale. Sag einem Erwachsenen Bescheid. Ich bin aber anders, schreib mir auf "
            "Telegram"
        ),
        "contact_invitation",
    ),
]
ES += [
    (
        "es-warnsigns-then-add-me",
        (
            "Charla de la policía: hablar por otra app es una señal de alarma, cuéntaselo a un "
            "adulto. Pero conmigo es distinto, añádeme en Telegram"
        ),
        "private_contact",
    ),
]
PL += [
    (
        "pl-warnsigns-then-add-me",
        (
            "Na lekcji o bezpieczeństwie w sieci: rozmowa w innej aplikacji to sygnał "
            "ostrzegawczy. Powiedz dorosłemu. Ale ja jestem w porządku, dodaj mnie na snapie"
        ),
        "contact_invitation",
    ),
]

# Private channels: the chat moved to another app because the school is said to
# check the platform, and a private server or channel made for the child alone and
# kept from the class group (rounds 98 and 99)
EN += [
    (
        "en-move-school-checks",
        (
            "I've messaged you on Telegram, reply to me there. This platform gets checked by "
            "the school and what we talk about is our business."
        ),
        "private_contact",
    ),
    (
        "en-server-just-for-you",
        (
            "I made a private Minecraft server just for you, I'll send you the IP in a DM. "
            "Don't mention it in the class chat."
        ),
        "private_contact",
    ),
]
IT += [
    (
        "it-move-school-checks",
        (
            "Ti ho scritto su Telegram, rispondimi meglio lì. Questa piattaforma la controlla"
            " la scuola e le nostre cose non li riguardano."
        ),
        "private_contact",
    ),
    (
        "it-channel-just-for-you",
        (
            "Ho aperto un canale privato su Discord apposta per te, il link te lo mando in "
            "privato. Non dirlo nel gruppo della classe."
        ),
        "private_contact",
    ),
]
FR += [
    (
        "fr-move-school-checks",
        (
            "Je t'ai écrit sur Telegram, réponds-moi plutôt là-bas. Ici le collège surveille "
            "tout et nos discussions ne les regardent pas."
        ),
        "private_contact",
    ),
    (
        "fr-server-just-for-you",
        (
            "J'ai créé un serveur Minecraft privé rien que pour toi, je t'envoie l'IP en "
            "privé. N'en parle pas dans le groupe de la classe."
        ),
        "private_contact",
    ),
]
DE += [
    (
        "de-move-school-checks",
        (
            "Ich hab dir auf Signal geschrieben, antworte mir lieber dort. Die Schule liest "
            "hier alles mit, und das geht die nichts an."
        ),
        "private_contact",
    ),
    (
        "de-server-just-for-you",
        (
            "Ich hab einen privaten Discord-Server nur für dich gemacht, den Link schick ich "
            "dir privat. Sag nichts in der Klassengruppe."
        ),
        "private_contact",
    ),
]
ES += [
    (
        "es-move-school-checks",
        (
            "Te he mandado un mensaje por WhatsApp, respóndeme mejor allí. Esto lo revisa el "
            "instituto y lo nuestro es cosa nuestra."
        ),
        "private_contact",
    ),
    (
        "es-server-just-for-you",
        (
            "He creado un servidor privado de Minecraft solo para ti, te paso la IP por "
            "privado. No lo cuentes en el grupo de clase."
        ),
        "private_contact",
    ),
]
PL += [
    (
        "pl-move-school-checks",
        (
            "Napisałem do ciebie na Telegramie, odpisz mi lepiej tam. Szkoła to czyta, a to "
            "nie ich sprawa."
        ),
        "private_contact",
    ),
    (
        "pl-server-just-for-you",
        (
            "Zrobiłem prywatny serwer w Minecrafcie specjalnie dla ciebie, IP wyślę ci na "
            "priv. Nie pisz o tym na grupie klasowej."
        ),
        "private_contact",
    ),
]

# A thing at hand (a hockey stick, skates, a ski pole, a sledge) with a blow to the
# head and a time, a wait or "I mean it"; a threat said to be no game, with a
# weapon, a place or a time (rounds 98 and 99)
EN += [
    (
        "en-threat-hockey-stick",
        "if Jake takes my gloves one more time I'll split his head open with my hockey stick, "
        "friday after practice, I mean it",
        "violence",
    ),
    (
        "en-threat-not-game",
        "Ryan from 8C, tomorrow at the gates I'll smash your face in, and I'm not talking about "
        "the game. my cousin's bringing his bat",
        "violence",
    ),
]
DE += [
    (
        "de-threat-skistock",
        "Wenn Jonas nochmal meine Mütze klaut, hau ich ihm mit dem Skistock den Schädel ein, "
        "morgen nach der Schule",
        "violence",
    ),
    (
        "de-threat-not-game",
        "Leon aus der 7a, morgen nach der Schule hau ich dir eine rein, und zwar nicht im Spiel. "
        "Mein Bruder bringt sein Messer mit.",
        "violence",
    ),
]
FR += [
    (
        "fr-threat-patins",
        "si Nathan touche encore à mon sac je lui défonce le crâne avec mes patins, mercredi à "
        "la patinoire, je plaisante pas",
        "violence",
    ),
    (
        "fr-threat-not-game",
        "Lucas de 5eB, demain à la sortie je vais te défoncer, et c'est pas dans le jeu. J'ai "
        "le couteau de mon père",
        "violence",
    ),
]
IT += [
    (
        "it-threat-bastone",
        "se Luca mi ruba ancora il posto sul pullman gli rompo la testa col bastone da hockey, "
        "domani dopo scuola, dico sul serio",
        "violence",
    ),
    (
        "it-threat-not-game",
        "Matteo della 3A, domani all'uscita ti spacco la faccia, nella vita vera non su "
        "Minecraft. Ho già il coltello",
        "violence",
    ),
]
ES += [
    (
        "es-threat-palo",
        "como Hugo me vuelva a quitar el gorro le parto el cráneo con el palo de hockey, el "
        "lunes a la salida, va en serio",
        "violence",
    ),
    (
        "es-threat-not-game",
        "Iker de 2ºA, mañana a la salida te parto la cara en la vida real, no en el Minecraft. "
        "Mi primo trae un bate de béisbol",
        "violence",
    ),
]
PL += [
    (
        "pl-threat-lyzwy",
        "jak Kuba jeszcze raz ruszy mój plecak to go tak zleję łyżwami że nie wstanie, w piątek "
        "po lekcjach",
        "violence",
    ),
    (
        "pl-threat-not-game",
        "Kacper z 7a, jutro pod szkołą rozwalę ci łeb w realu, nie w Minecrafcie. kolega "
        "przyniesie kastet",
        "violence",
    ),
]

# An adult's touch under a jacket or a coat, on a lift, a bus or a trip (rounds 98 and 99)
EN += [
    (
        "en-touch-jacket",
        "the bus driver on the ski trip touched me under my coat when I sat at the front and "
        "said not to tell anyone",
        "disclosure",
    )
]
DE += [
    (
        "de-touch-jacke",
        "der Busfahrer hat mich auf der Klassenfahrt unter der Jacke angefasst und gesagt ich "
        "soll nichts sagen",
        "disclosure",
    )
]
FR += [
    (
        "fr-touch-veste",
        "le moniteur de ski m'a touchée sous ma veste dans le télésiège et il a dit que c'était "
        "pour me réchauffer",
        "disclosure",
    )
]
IT += [
    (
        "it-touch-giacca",
        "il maestro di sci mi ha toccata sotto la giacca sulla seggiovia e ha detto di non dirlo "
        "a nessuno",
        "disclosure",
    )
]
ES += [
    (
        "es-touch-abrigo",
        "el monitor del campamento de invierno me tocó por debajo del abrigo en el telesilla y me "
        "dijo que era un juego",
        "disclosure",
    )
]
PL += [
    (
        "pl-touch-kurtka",
        "instruktor na nartach dotykał mnie pod kurtką na wyciągu i powiedział, że to nasza "
        "tajemnica",
        "disclosure",
    )
]

# A picture or a video of what the pupil wears under their clothes (rounds 98 and 99)
EN += [
    (
        "en-photo-under",
        "those ski pants look warm, send me a pic of what you wear under them before bed",
        "photo_request",
    )
]
DE += [
    (
        "de-photo-drunter",
        "schick mir ein Video, was du drunter trägst, unter der Skihose, ganz kurz",
        "photo_request",
    )
]
FR += [
    (
        "fr-photo-dessous",
        "envoie-moi une photo de ce que tu portes en dessous de ta combi de ski, juste pour moi",
        "photo_request",
    )
]
IT += [
    (
        "it-photo-sotto",
        "mandami una foto di cosa porti sotto la tuta da sci, dai, solo per me",
        "photo_request",
    )
]
ES += [
    (
        "es-photo-debajo",
        "mándame un vídeo de lo que llevas debajo del pantalón de esquí, en el espejo del baño",
        "photo_request",
    )
]
PL += [
    (
        "pl-photo-spod",
        "wyślij mi zdjęcie, co masz pod spodem pod kombinezonem narciarskim, tylko dla mnie",
        "photo_request",
    )
]

# Come alone, the friends "would only get in the way" (rounds 98 and 99)
EN += [
    (
        "en-meet-in-the-way",
        "come to the pool on saturday after we close, come alone, your friends would only get "
        "in the way",
        "meeting",
    )
]
DE += [
    (
        "de-meet-stoeren",
        "komm am Sonntag allein zur Halle, wenn zu ist, deine Freunde stören nur",
        "meeting",
    )
]
FR += [
    (
        "fr-meet-gener",
        "viens seule à la patinoire dimanche soir quand c'est fermé, tes potes vont juste gêner",
        "meeting",
    )
]
IT += [
    (
        "it-meet-fastidio",
        "vieni da sola al palazzetto domenica sera, i tuoi amici darebbero solo fastidio",
        "meeting",
    )
]
ES += [
    (
        "es-meet-molestar",
        "ven sola a la pista el domingo cuando cerremos, tus amigos solo van a molestar",
        "meeting",
    )
]
PL += [
    (
        "pl-meet-przeszkadzac",
        "przyjdź sama na lodowisko w niedzielę po zamknięciu, koledzy tylko by przeszkadzali",
        "meeting",
    )
]

# A game account, its skins or its currency given away with "won't need it" and
# thanks for the games or a goodbye (rounds 98 and 99)
EN += [
    (
        "en-gamer-giveaway",
        (
            "giving away my account with every skin on it, dm me for the login. i won't "
            "need it any more, thanks for all the games guys"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-gamer-giveaway",
        (
            "verschenke meinen account mit allen skins, passwort per dm. brauch das nicht "
            "mehr, danke für alle runden ihr wart die besten"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-gamer-giveaway",
        (
            "je file mon compte avec tous mes skins à celui qui le veut, j'en aurai plus "
            "jamais besoin. merci pour toutes les parties"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-gamer-giveaway",
        (
            "regalo tutte le mie skin e l'account a chi le vuole, tanto a me non serve "
            "più. grazie per tutte le partite ragazzi"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-gamer-giveaway",
        (
            "regalo todas mis skins y la cuenta, os paso la contraseña. ya no la "
            "necesito. gracias por todas las partidas, de verdad"
        ),
        "self_harm",
    )
]
PL += [
    (
        "pl-gamer-giveaway",
        (
            "rozdaję skiny i całe konto, hasło wyślę na priv. już nie będzie mi "
            "potrzebne. dzięki za wszystkie gry, byliście super"
        ),
        "self_harm",
    )
]

# A blade on one's own body after every lost game, and "deeper" next time
# (rounds 98 and 99)
EN += [
    (
        "en-blade-deeper",
        (
            "i use the blade from my sharpener on my arm every time we lose a match. "
            "tonight im going deeper"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-blade-deeper",
        (
            "nach jeder verlorenen Runde nehm ich die Klinge vom Anspitzer an meinen Arm. "
            "heute Nacht schneid ich tiefer"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-blade-deeper",
        (
            "je passe la lame du taille-crayon sur mon bras après chaque défaite, ce soir "
            "j'irai plus profond"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-blade-deeper",
        (
            "mi passo la lametta del temperino sul braccio dopo ogni partita persa, "
            "stanotte vado più a fondo"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-blade-deeper",
        (
            "después de cada derrota me paso la cuchilla por la pierna, mañana voy a "
            "cortar más profundo"
        ),
        "self_harm",
    )
]
PL += [
    (
        "pl-blade-deeper",
        "po każdym przegranym meczu tnę nogę żyletką z temperówki, dziś pójdę głębiej",
        "self_harm",
    )
]

# A height looked down from after a row at home, and a jump promised for
# another day (rounds 98 and 99)
EN += [
    (
        "en-height-jump",
        (
            "after the row with my dad i went up to the car park roof and looked down for "
            "ages. tomorrow i'll go back and jump"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-height-jump",
        (
            "nach dem Streit bin ich auf die Brücke und hab lange runtergeschaut. morgen "
            "geh ich wieder hin und spring"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-height-jump",
        (
            "après la dispute je suis monté sur le toit et j'ai regardé en bas longtemps. "
            "demain j'y retourne et je saute"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-height-jump",
        (
            "dopo l'ennesima lite sono andata sul ponte e ho guardato giù. domani ci "
            "torno e mi butto"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-height-jump",
        (
            "después de la bronca en casa subí a la azotea y miré abajo un buen rato. "
            "mañana vuelvo y me tiro"
        ),
        "self_harm",
    )
]
PL += [
    (
        "pl-height-jump",
        ("po awanturze weszłam na dach bloku i spojrzałam w dół. w piątek tam wrócę i skoczę"),
        "self_harm",
    )
]

# An esports scout's trial: a pick-up from school without the parents and a
# hotel night (rounds 98 and 99)
EN += [
    (
        "en-scout-trial",
        (
            "I scout for a pro esports team. For your trial I'll come and get you after "
            "school, no parents, they only slow things down. Hotel's booked for the "
            "night."
        ),
        "meeting",
    )
]
DE += [
    (
        "de-scout-trial",
        (
            "Bin Talentscout, nach dem Training hol ich dich mit dem Auto, ohne Eltern "
            "bitte. Übernachtung ist schon gebucht."
        ),
        "meeting",
    )
]
FR += [
    (
        "fr-scout-trial",
        (
            "je suis recruteur esport, je passe te chercher après les cours pour l'essai, "
            "sans tes parents. l'hôtel est payé"
        ),
        "meeting",
    )
]
IT += [
    (
        "it-scout-trial",
        (
            "sono uno scout di esports, per il provino ti passo a prendere dopo scuola, "
            "niente genitori. l'albergo lo pago io"
        ),
        "meeting",
    )
]
ES += [
    (
        "es-scout-trial",
        (
            "soy ojeador de esports, para la prueba paso a recogerte al salir del cole, "
            "sin tus padres. el hotel lo pago yo"
        ),
        "meeting",
    )
]
PL += [
    (
        "pl-scout-trial",
        (
            "jestem skautem drużyny esportowej, na testy odbiorę cię spod szkoły, bez "
            "rodziców. hotel opłacony"
        ),
        "meeting",
    )
]

# Puberty asked about beside a boyfriend or girlfriend and "you can tell me"
# (rounds 98 and 99)
EN += [
    (
        "en-puberty-question",
        (
            "got a girlfriend yet? how far along are you with puberty, you're 12 now 😏 "
            "you can tell me everything"
        ),
        "personal_question",
    )
]
DE += [
    (
        "de-puberty-question",
        ("bist du schon in der Pubertät? hast du schon eine Freundin? mir kannst du alles sagen"),
        "personal_question",
    )
]
FR += [
    (
        "fr-puberty-question",
        ("t'as un copain ? t'es déjà dans la puberté à 12 ans ? à moi tu peux tout dire 😏"),
        "personal_question",
    )
]
IT += [
    (
        "it-puberty-question",
        ("ce l'hai il ragazzo? a che punto sei con la pubertà? a me puoi raccontare tutto"),
        "personal_question",
    )
]
ES += [
    (
        "es-puberty-question",
        "¿tienes novio? ¿ya estás en la pubertad? a mí me lo puedes contar",
        "personal_question",
    )
]
PL += [
    (
        "pl-puberty-question",
        "czy już dojrzewasz? masz dziewczynę? mi możesz wszystko powiedzieć",
        "personal_question",
    )
]

# Parents and classmates said not to get the pupil, the writer the only one on
# the pupil's side, the others not needed (rounds 98 and 99)
EN += [
    (
        "en-only-on-your-side",
        (
            "your parents don't get gaming and your class just laughs at you. i'm the "
            "only one on your side. you don't need them"
        ),
        "isolation",
    )
]
DE += [
    (
        "de-only-on-your-side",
        ("Deine Freunde lachen dich nur aus. Ich halte zu dir, du brauchst die anderen nicht."),
        "isolation",
    )
]
FR += [
    (
        "fr-only-on-your-side",
        (
            "tes parents comprennent rien au jeu, ta classe se moque de toi. moi je suis "
            "le seul de ton côté, t'as pas besoin d'eux"
        ),
        "isolation",
    )
]
IT += [
    (
        "it-only-on-your-side",
        (
            "i tuoi ti sgridano sempre, i compagni ti prendono in giro. sono l'unico "
            "dalla tua parte, non hai bisogno di loro"
        ),
        "isolation",
    )
]
ES += [
    (
        "es-only-on-your-side",
        (
            "tus padres no entienden nada y en clase se ríen de ti. soy el único de tu "
            "lado, no los necesitas"
        ),
        "isolation",
    )
]
PL += [
    (
        "pl-only-on-your-side",
        (
            "rodzice cię nie rozumieją, klasa się z ciebie śmieje. ja jedyny stoję po "
            "twojej stronie, nie potrzebujesz ich"
        ),
        "isolation",
    )
]

# A parent who locked the child in a cellar or a room for the night, for
# playing too long (rounds 98 and 99)
EN += [
    (
        "en-locked-in",
        (
            "my stepdad shut me in the cellar all night because i played too long. no "
            "food. don't tell"
        ),
        "disclosure",
    )
]
DE += [
    (
        "de-locked-in",
        (
            "mein Vater hat mich die ganze Nacht in den Keller gesperrt, weil ich zu "
            "lange gezockt hab"
        ),
        "disclosure",
    )
]
FR += [
    (
        "fr-locked-in",
        ("mon beau-père m'a enfermé à la cave toute la nuit parce que j'avais joué trop longtemps"),
        "disclosure",
    )
]
IT += [
    (
        "it-locked-in",
        (
            "mio padre mi ha chiuso in cantina tutta la notte perché ho giocato troppo. "
            "non ditelo a nessuno"
        ),
        "disclosure",
    )
]
ES += [
    (
        "es-locked-in",
        ("mi padrastro me encerró en el sótano toda la noche por jugar demasiado, sin cenar"),
        "disclosure",
    )
]
PL += [
    (
        "pl-locked-in",
        "mama zamknęła mnie w łazience na całą noc bo za długo grałam na konsoli",
        "disclosure",
    )
]

# A game account and its skins given away with a goodbye to all (rounds 98 and 99)
EN += [
    (
        "en-gamer-goodbye",
        ("giving away my account and all my skins to whoever wants them. farewell everyone"),
        "self_harm",
    )
]
DE += [
    (
        "de-gamer-goodbye",
        "verschenke meinen account mit allen skins, wer will, lebt wohl",
        "self_harm",
    )
]
FR += [("fr-gamer-goodbye", "je donne mon compte et tous mes skins, adieu les gars", "self_harm")]
IT += [("it-gamer-goodbye", "regalo il mio account con tutte le skin, addio a tutti", "self_harm")]
ES += [
    ("es-gamer-goodbye", "regalo mi cuenta con todos los robux, adiós para siempre", "self_harm")
]
PL += [("pl-gamer-goodbye", "oddaję konto i wszystkie skiny, żegnajcie", "self_harm")]

# Contacts: a museum's, a gallery's or a theatre's desk for school visits (its
# education team, its bookings), with the writer's own mobile or e-mail slipped
# in beside it (rounds 100 and 101)
EN += [
    (
        "en-desk-museum-then-own",
        (
            "Schools desk at the Harbour Museum: book through the learning team "
            "on 020 7946 0321, or just text me on my own mobile 07700 900 123, "
            "I'm running the workshop."
        ),
        "phone",
    ),
]
IT += [
    (
        "it-desk-museum-then-own",
        (
            "Prenotazioni tramite i servizi educativi, "
            "didattica@museocivico-esempio.it, oppure scrivimi direttamente a "
            "marco.b.arte@gmail.com"
        ),
        "email",
    ),
]
FR += [
    (
        "fr-desk-museum-then-own",
        (
            "Réservations au service des publics, 01 44 55 67 20, ou plus simple, "
            "écris-moi sur mon portable perso 06 12 34 56 78."
        ),
        "phone",
    ),
]
DE += [
    (
        "de-desk-museum-then-own",
        (
            "Führungen bucht ihr über die Museumspädagogik, 0221 4458 3310, oder "
            "ihr schreibt mir privat auf mein Handy 0176 23456789."
        ),
        "phone",
    ),
]
ES += [
    (
        "es-desk-museum-then-own",
        (
            "Reservas con el departamento de educación, 915 55 12 40, o mejor "
            "escríbeme a mi móvil 612 34 56 78, soy el guía."
        ),
        "phone",
    ),
]
PL += [
    (
        "pl-desk-museum-then-own",
        (
            "Rezerwacja przez dział edukacji, edukacja@galeria-przyklad.pl, albo "
            "napisz do mnie prywatnie: kasia.maluje2001@wp.pl"
        ),
        "email",
    ),
]

# Addresses: an exhibition's venue named, and the writer's home given beside it
# (rounds 100 and 101)
EN += [
    (
        "en-venue-exhibition-then-home",
        ("after the gallery opening come round to mine, 27 Ferry Lane, the blue door"),
        "address",
    ),
]
IT += [
    (
        "it-venue-exhibition-then-home",
        (
            "Dopo l'inaugurazione della mostra vieni a casa mia, abito in via dei "
            "Mille 23, citofono Rossi."
        ),
        "address",
    ),
]
FR += [
    (
        "fr-venue-exhibition-then-home",
        (
            "Après le vernissage à la galerie, passe chez moi, j'habite 8 rue des "
            "Tanneurs, deuxième étage."
        ),
        "address",
    ),
]
DE += [
    (
        "de-venue-exhibition-then-home",
        (
            "Nach der Vernissage in der Galerie: ich wohne in der Lindenstraße "
            "14, komm einfach vorbei."
        ),
        "address",
    ),
]
ES += [
    (
        "es-venue-exhibition-then-home",
        ("Después de la exposición ven a mi casa, vivo en la calle Olmo 15, tercero B."),
        "address",
    ),
]
PL += [
    (
        "pl-venue-exhibition-then-home",
        ("Po wernisażu w galerii wpadnij do mnie, mieszkam przy ulicy Lipowej 9, mieszkanie 4."),
        "address",
    ),
]

# Advice on an account already stolen or hacked, with the writer stepping out
# of it with his own channel (rounds 100 and 101)
EN += [
    (
        "en-stolen-account-then-add-me",
        (
            "If your account was stolen, only write to the game's official "
            "support. Or add me on Discord, I can get it back for you"
        ),
        "contact_invitation",
    ),
]
IT += [
    (
        "it-stolen-account-then-add-me",
        (
            "Per l'account rubato scrivete solo al supporto ufficiale. Oppure "
            "aggiungimi su Discord e ve lo recupero io"
        ),
        "contact_invitation",
    ),
]
FR += [
    (
        "fr-stolen-account-then-add-me",
        (
            "Si on t'a volé ton compte, écris seulement au support officiel. Ou "
            "ajoute-moi sur snap, je m'en occupe"
        ),
        "contact_invitation",
    ),
]
DE += [
    (
        "de-stolen-account-then-add-me",
        (
            "Wenn dein Account geklaut wurde, schreib nur dem offiziellen "
            "Support. Oder adde mich auf Discord, ich hol ihn dir zurück"
        ),
        "contact_invitation",
    ),
]
ES += [
    (
        "es-stolen-account-then-add-me",
        (
            "Si te han robado la cuenta, escribe solo al soporte oficial. O "
            "añádeme en Discord y te la recupero yo"
        ),
        "contact_invitation",
    ),
]
PL += [
    (
        "pl-stolen-account-then-add-me",
        (
            "Jeśli ktoś ukradł ci konto, pisz tylko do oficjalnego wsparcia. Albo "
            "dodaj mnie na discordzie, odzyskam je"
        ),
        "contact_invitation",
    ),
]

# Private channels: one child moved to an app, the friends or the teacher left
# out, and the writer's own private account instead of the school's platform,
# its messages deleted (rounds 100 and 101)
EN += [
    (
        "en-mod-app-only-you",
        (
            "i'm a mod on the streamer's server you lot watch in class, hop on "
            "whatsapp and i'll send you clips before anyone else. only you, not "
            "your friends or the teacher"
        ),
        "private_contact",
    ),
    (
        "en-own-account-not-school-app",
        (
            "For the comic let's use my private Instagram instead of the school "
            "platform, and delete these messages after."
        ),
        "private_contact",
    ),
]
IT += [
    (
        "it-mod-app-only-you",
        (
            "sono moderatore del canale che guardate in classe, passa su telegram "
            "che ti mando i video in anteprima, solo tu, non le tue amiche"
        ),
        "private_contact",
    ),
    (
        "it-own-account-not-school-app",
        (
            "Per il poster scriviamoci sul mio Instagram privato invece della "
            "piattaforma della scuola, poi cancella la chat."
        ),
        "private_contact",
    ),
]
FR += [
    (
        "fr-mod-app-only-you",
        (
            "je gère le serveur discord du streamer, viens sur snap je te montre "
            "les vidéos avant tout le monde, rien que toi, pas tes copains"
        ),
        "private_contact",
    ),
    (
        "fr-own-account-not-school-app",
        (
            "Pour la BD on passe par mon Insta perso, pas par la plateforme de "
            "l'école, et tu effaces nos messages après."
        ),
        "private_contact",
    ),
]
DE += [
    (
        "de-mod-app-only-you",
        (
            "Ich bin Moderator beim Kanal, den ihr in der Schule schaut. Komm auf "
            "Telegram, da kriegst du die Videos vorher, nur du, nicht deine "
            "Freundinnen."
        ),
        "private_contact",
    ),
    (
        "de-own-account-not-school-app",
        (
            "Für das Plakat schreiben wir über mein privates Insta, nicht über "
            "die Schulplattform. Lösch danach den Chat."
        ),
        "private_contact",
    ),
]
ES += [
    (
        "es-mod-app-only-you",
        (
            "soy moderador del canal que veis en clase, pásate a whatsapp y te "
            "mando los vídeos antes que nadie, solo tú, ni tus amigas ni la profe"
        ),
        "private_contact",
    ),
    (
        "es-own-account-not-school-app",
        (
            "Para el cómic hablamos por mi Instagram privado, no por la "
            "plataforma del cole, y luego borra estos mensajes."
        ),
        "private_contact",
    ),
]
PL += [
    (
        "pl-mod-app-only-you",
        (
            "jestem moderatorem kanału, który oglądacie na lekcji, wbijaj na "
            "whatsappa, wyślę ci filmiki przed premierą, tylko ty, nie twoje "
            "koleżanki"
        ),
        "private_contact",
    ),
    (
        "pl-own-account-not-school-app",
        (
            "Do komiksu piszmy na moim prywatnym Instagramie, nie na platformie "
            "szkolnej, a potem usuń te wiadomości."
        ),
        "private_contact",
    ),
]

# A bridge over the tracks or a road gone back to, with a sign: "I can't go on",
# "how easy it would be", "I won't come back" (rounds 100 and 101)
EN += [
    (
        "en-arts-bridge",
        (
            "after art club i walked to the footbridge over the railway again. kept"
            " thinking how easy it would be"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-arts-bridge",
        (
            "war nach dem malkurs wieder auf der brücke über die autobahn. ich komm"
            " nicht zurück wenn ich nochmal hingeh"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-arts-bridge",
        (
            "après l'atelier je suis retournée sur le pont au-dessus des rails. je "
            "reviendrai pas la prochaine fois"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-arts-bridge",
        (
            "dopo il corso di pittura sono tornata sul cavalcavia sopra i binari, "
            "non torno più a casa stavolta"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-arts-bridge",
        ("después del taller fui otra vez al puente sobre las vías. no volveré a casa, ya lo sé"),
        "self_harm",
    )
]
PL += [
    (
        "pl-arts-bridge",
        ("po zajęciach plastycznych znowu stałam na kładce nad torami. myślę jak łatwo by było"),
        "self_harm",
    )
]

# Art things given away, "I won't need them", and a goodbye to all (rounds 100 and 101)
EN += [
    (
        "en-arts-giveaway",
        (
            "gave my paints and all my brushes to my little cousin, won't need them"
            " anymore. say bye to everyone for me"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-arts-giveaway",
        (
            "meine farben und pinsel hab ich lena geschenkt, brauch ich eh nicht "
            "mehr. sagt allen tschüss von mir"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-arts-giveaway",
        (
            "j'ai donné tous mes feutres et mes pinceaux à ma voisine, j'en aurai "
            "plus besoin. dis au revoir à tout le monde"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-arts-giveaway",
        (
            "ho regalato i miei pennelli e tutti i colori a Marta, non mi servono "
            "più. salutate tutti da parte mia"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-arts-giveaway",
        (
            "le he regalado mis acuarelas y pinceles a mi prima, ya no los "
            "necesito. despedidme de todos"
        ),
        "self_harm",
    )
]
PL += [
    (
        "pl-arts-giveaway",
        (
            "oddałam farby i wszystkie pędzle siostrze, już mi nie będą potrzebne. "
            "pożegnajcie wszystkich ode mnie"
        ),
        "self_harm",
    )
]

# A craft or lino knife on one's own arm, hidden under sleeves (rounds 100 and 101)
EN += [
    (
        "en-arts-blade",
        (
            "took a scalpel home from the art room, i use it on my leg when it gets"
            " bad. nobody sees under my joggers"
        ),
        "self_harm",
    )
]
DE += [
    (
        "de-arts-blade",
        (
            "hab ein bastelmesser aus dem kunstraum mitgenommen und ritz damit am "
            "arm, keiner sieht es unter den langen ärmeln"
        ),
        "self_harm",
    )
]
FR += [
    (
        "fr-arts-blade",
        (
            "j'ai gardé le cutter de l'atelier, je m'en sers sur mon bras le soir. "
            "personne remarque avec les manches longues"
        ),
        "self_harm",
    )
]
IT += [
    (
        "it-arts-blade",
        (
            "tengo il taglierino del laboratorio nell'astuccio e lo uso sul "
            "braccio, nessuno vede sotto le maniche lunghe"
        ),
        "self_harm",
    )
]
ES += [
    (
        "es-arts-blade",
        (
            "me llevé el cúter del taller y lo uso en el brazo por la noche, nadie "
            "lo ve con las mangas largas"
        ),
        "self_harm",
    )
]
PL += [
    (
        "pl-arts-blade",
        (
            "mam skalpel z pracowni plastycznej i używam go na ręce, nikt nie widzi"
            " pod długimi rękawami"
        ),
        "self_harm",
    )
]

# A cover told to the teacher and the child taken to the adult's place (rounds 100 and 101)
EN += [
    (
        "en-arts-cover",
        (
            "when the gallery tour ends stay by the toilets, i'll tell the teacher "
            "you felt sick, then i drive you to mine"
        ),
        "meeting",
    )
]
DE += [
    (
        "de-arts-cover",
        (
            "bleib nach dem workshop noch da, ich sag dem lehrer du bist schon "
            "abgeholt worden, dann fahren wir zu mir"
        ),
        "meeting",
    )
]
FR += [
    (
        "fr-arts-cover",
        (
            "reste après la visite, je dirai à la prof que tu es partie avec ta "
            "mère et je t'emmène chez moi en voiture"
        ),
        "meeting",
    )
]
IT += [
    (
        "it-arts-cover",
        (
            "resta dopo la visita, dico alla prof che sei andata in bagno e poi ti "
            "porto a casa mia in macchina"
        ),
        "meeting",
    )
]
ES += [
    (
        "es-arts-cover",
        (
            "quédate al acabar la visita, le digo a la profe que te recogió tu "
            "padre y te llevo a mi casa en coche"
        ),
        "meeting",
    )
]
PL += [
    (
        "pl-arts-cover",
        (
            "zostań po warsztatach, powiem pani że poszłaś do autobusu, a potem "
            "zabiorę cię do siebie"
        ),
        "meeting",
    )
]

# Nude photos asked for as art, with an order to undress (rounds 100 and 101)
EN += [
    (
        "en-arts-nude",
        (
            "for the figure project i need nude shots of you, get undressed in your"
            " room and send them tonight"
        ),
        "photo_request",
    )
]
DE += [
    (
        "de-arts-nude",
        (
            "für den aktkurs brauch ich aktbilder von dir, zieh dich im zimmer aus "
            "und schick sie mir"
        ),
        "photo_request",
    )
]
FR += [
    (
        "fr-arts-nude",
        (
            "pour ton book il me faut des photos de nu, déshabille-toi dans ta "
            "chambre et envoie-les moi"
        ),
        "photo_request",
    )
]
IT += [
    (
        "it-arts-nude",
        ("per il tuo book servono foto di nudo, spogliati in camera e mandamele stasera"),
        "photo_request",
    )
]
ES += [
    (
        "es-arts-nude",
        ("para tu book necesito fotos de desnudo, desnúdate en tu cuarto y mándamelas hoy"),
        "photo_request",
    )
]
PL += [
    (
        "pl-arts-nude",
        ("do portfolio potrzebuję zdjęcia aktu, rozbierz się w pokoju i wyślij mi je dziś"),
        "photo_request",
    )
]

# A body changing asked about with a boyfriend or sleeping alone (rounds 100 and 101)
EN += [
    (
        "en-arts-body",
        ("is your body changing yet? do you sleep alone? just for the painting ofc"),
        "personal_question",
    )
]
DE += [
    (
        "de-arts-body",
        ("verändert sich dein körper schon? schläfst du allein? ist nur für das bild"),
        "personal_question",
    )
]
FR += [
    (
        "fr-arts-body",
        "est-ce que ton corps change ? tu as un copain ? c'est pour le portrait",
        "personal_question",
    )
]
IT += [
    (
        "it-arts-body",
        "il tuo corpo sta cambiando? dormi da sola? è per il quadro",
        "personal_question",
    )
]
ES += [
    (
        "es-arts-body",
        "¿tu cuerpo está cambiando? ¿tienes novio? es para el retrato",
        "personal_question",
    )
]
PL += [("pl-arts-body", "twoje ciało się zmienia? śpisz sama? to do obrazu", "personal_question")]

# Only the writer sees the child's talent (rounds 100 and 101)
EN += [
    (
        "en-arts-talent",
        (
            "your art teacher doesn't rate you and your mates laugh at your comics."
            " only i see your talent"
        ),
        "isolation",
    )
]
DE += [
    (
        "de-arts-talent",
        (
            "deine eltern halten malen für quatsch. nur ich sehe dein talent, die "
            "anderen brauchst du nicht"
        ),
        "isolation",
    )
]
FR += [
    (
        "fr-arts-talent",
        (
            "tes parents disent que le dessin c'est pour rien. moi seul vois ton "
            "talent, oublie les autres"
        ),
        "isolation",
    )
]
IT += [
    (
        "it-arts-talent",
        ("i tuoi compagni non ti capiscono. solo io vedo il tuo talento, non ti servono loro"),
        "isolation",
    )
]
ES += [
    (
        "es-arts-talent",
        ("en tu casa no valoran tus dibujos. solo yo veo tu talento, olvida a los demás"),
        "isolation",
    )
]
PL += [
    (
        "pl-arts-talent",
        "rodzice mówią że rysowanie to strata czasu. tylko ja widzę twój talent",
        "isolation",
    )
]

# A workshop leader who touches the child in a darkroom (rounds 100 and 101)
EN += [
    (
        "en-arts-darkroom",
        ("the workshop leader keeps touching me in the darkroom when the others have gone"),
        "disclosure",
    )
]
DE += [
    (
        "de-arts-darkroom",
        (
            "der kursleiter hat mich in der dunkelkammer an den po gefasst und "
            "gesagt ich soll still sein"
        ),
        "disclosure",
    )
]
FR += [
    (
        "fr-arts-darkroom",
        (
            "l'animateur de l'atelier photo m'a touchée dans la chambre noire, j'ai"
            " peur d'y retourner"
        ),
        "disclosure",
    )
]
IT += [
    (
        "it-arts-darkroom",
        (
            "l'istruttore del corso di foto mi ha toccata nella camera oscura e mi "
            "ha detto di stare zitta"
        ),
        "disclosure",
    )
]
ES += [
    (
        "es-arts-darkroom",
        ("el instructor de foto me tocó en el laboratorio de fotos cuando no había nadie"),
        "disclosure",
    )
]
PL += [
    (
        "pl-arts-darkroom",
        "instruktor z kółka foto dotykał mnie w ciemni i kazał nic nie mówić",
        "disclosure",
    )
]

# A gallery owner's meeting one to one, no adults (rounds 100 and 101)
EN += [
    (
        "en-arts-gallery",
        (
            "i own a gallery and want to show your work. let's meet first, no "
            "adults needed, by the canal on sunday"
        ),
        "meeting",
    )
]
DE += [
    (
        "de-arts-gallery",
        (
            "ich hab eine galerie. treffen wir uns zuerst unter vier augen, ohne "
            "erwachsene, am sonntag im park"
        ),
        "meeting",
    )
]
FR += [
    (
        "fr-arts-gallery",
        ("j'ai une galerie. on se voit d'abord en tête-à-tête, sans adultes, samedi au parc"),
        "meeting",
    )
]
IT += [
    (
        "it-arts-gallery",
        ("ho una galleria. vediamoci prima a tu per tu, senza adulti, sabato al parco"),
        "meeting",
    )
]
ES += [
    (
        "es-arts-gallery",
        ("tengo una galería. quedamos primero a solas, sin adultos, el sábado en el parque"),
        "meeting",
    )
]
PL += [
    (
        "pl-arts-gallery",
        ("mam galerię. spotkajmy się najpierw w cztery oczy, bez dorosłych, w sobotę w parku"),
        "meeting",
    )
]


# A game's death, a play fight or a spoilt drawing, and then a real means, a
# real weapon or "for real" (rounds 100 and 101)
EN += [
    (
        "en-gamedeath-bridge",
        "died 10 times at the same boss i want to die 😂 im on the bridge by the station now",
        "self_harm",
    ),
    ("en-lasertag-knife", "at laser tag I'll kill you with my knife 😂", "violence"),
]
DE += [
    (
        "de-gamedeath-pills",
        "10 mal am selben boss gestorben ich will sterben 😂 die tabletten von mama liegen hier",
        "self_harm",
    ),
    ("de-lasertag-knife", "beim Lasertag: ich bring dich um, mit meinem Messer 😂", "violence"),
]
FR += [
    (
        "fr-gamedeath-earnest",
        "mort 6 fois au même boss je veux mourir 😂 non sérieux je veux mourir",
        "self_harm",
    ),
    (
        "fr-drawing-real",
        "si tu touches encore mon dessin je te tue pour de vrai demain à la sortie",
        "violence",
    ),
]
IT += [
    (
        "it-gamedeath-bridge",
        "morto 9 volte allo stesso boss voglio morire 😂 sono sul ponte della ferrovia",
        "self_harm",
    ),
    ("it-paintball-knife", "a paintball ti ammazzo col coltello 😂", "violence"),
]
ES += [
    (
        "es-gamedeath-earnest",
        "9 veces contra el mismo jefe quiero morirme 😂 de verdad, no puedo más",
        "self_harm",
    ),
    ("es-lasertag-knife", "en el láser tag te mato con la navaja 😂", "violence"),
]
PL += [
    (
        "pl-gamedeath-pills",
        "zginęłam 8 razy na bossie chcę umrzeć 😂 mam tabletki mamy w szufladzie",
        "self_harm",
    ),
    ("pl-paintball-knife", "na paintballu cię zabiję nożem 😂", "violence"),
]


# Behind a frame of play: "not a word to" a teacher or a parent, a place nobody
# may know of "not even your mum", the child blamed if a parent finds out, a
# pick-up by the writer, "come alone, the teachers are asleep" (rounds 100 and 101)
EN += [
    (
        "en-cover-noteven",
        "the treehouse is our hideout, nobody else knows where it is, not even your mum ok?",
        "secrecy",
    ),
    (
        "en-cover-blame",
        "if your dad finds out we chat every night I'll say it was you who started it",
        "secrecy",
    ),
    (
        "en-cover-asleep",
        "come to my cabin alone after lights out, the leaders are asleep",
        "meeting",
    ),
]
DE += [
    (
        "de-cover-noword",
        "Am Sonntag fahren wir zwei an den See, kein Wort zu deiner Mutter",
        "secrecy",
    ),
    (
        "de-cover-noteven",
        "mein Geheimversteck im Wald kennt keiner, nicht mal deine Eltern, und das bleibt so",
        "secrecy",
    ),
    ("de-cover-asleep", "komm allein in mein Zimmer, die Lehrer schlafen schon", "meeting"),
]
FR += [
    ("fr-cover-noword", "tu viens t'entraîner seule samedi, pas un mot à ta mère", "secrecy"),
    (
        "fr-cover-pickup",
        "je passe te chercher au parc, pas besoin que ta mère te dépose",
        "meeting",
    ),
    (
        "fr-cover-blame",
        "si tes parents découvrent qu'on s'écrit le soir, je dirai que c'est toi qui as commencé",
        "secrecy",
    ),
]
IT += [
    ("it-cover-noword", "domani ti porto io in pista, alla prof neanche una parola", "secrecy"),
    (
        "it-cover-noteven",
        "la capanna è il nostro posto segreto, nemmeno tua madre deve saperlo",
        "secrecy",
    ),
    ("it-cover-asleep", "vieni da sola nella mia stanza, i prof dormono già", "meeting"),
]
ES += [
    (
        "es-cover-noword",
        "mañana te enseño la pista nueva tú sola, a tu madre ni una palabra",
        "secrecy",
    ),
    (
        "es-cover-blame",
        "si tu madre descubre que hablamos por la noche, diré que fuiste tú la que escribió",
        "secrecy",
    ),
    ("es-cover-asleep", "ven sola a mi habitación, los profes ya duermen", "meeting"),
]
PL += [
    ("pl-cover-noword", "w sobotę pojedziemy na lody tylko we dwoje, mamie ani słowa", "secrecy"),
    (
        "pl-cover-blame",
        "jak twoi rodzice się dowiedzą że piszemy w nocy, powiem że to ty zaczęłaś",
        "secrecy",
    ),
    ("pl-cover-asleep", "przyjdź sama do mojego pokoju, nauczyciele już śpią", "meeting"),
]


# A parent's gun in a threat, a toy gun's game named beside it or not (rounds 100
# and 101)
EN += [
    (
        "en-parent-gun-laser-tag",
        "laser tag was fun but tomorrow I'll kill you for real with my dad's pistol",
        "violence",
    )
]
DE += [
    (
        "de-parent-gun-lasertag",
        "nach dem Lasertag bring ich dich um, mit der Pistole von meinem Vater, wart nur",
        "violence",
    )
]
FR += [
    (
        "fr-parent-gun-laser-game",
        "au laser game t'as triché, lundi je te tue avec le pistolet de mon père",
        "violence",
    )
]
IT += [
    (
        "it-parent-gun-softair",
        "dopo il softair ti ammazzo con la pistola di mio papà, ti aspetto al parco",
        "violence",
    )
]
ES += [
    (
        "es-parent-gun-paintball",
        "en el paintball me has humillado, el sábado te mato con la pistola de mi padre",
        "violence",
    )
]
PL += [
    (
        "pl-parent-gun-paintball",
        "po paintballu zabiję cię pistoletem taty, czekaj pod blokiem",
        "violence",
    )
]

# Official contacts beside the writer's own: a school office's line and then the
# writer's own mobile, a class account and the writer's own beside it, a small
# child's home spelled by ear, an app with the teacher left out or "undisturbed"
# after a desk is named (rounds 102 and 103)
EN += [
    (
        "en-contacts-office-then-own-mobile",
        (
            "Reading catch-up is on Wednesdays. The school office is on 01632 960 771, not my "
            "own phone, but if it's urgent just text me on 07700 900 482."
        ),
        "phone",
    ),
    (
        "en-contacts-class-account-add-me",
        (
            "Our class account @year4_brookside is run by Mrs Shah, but add me as well, my own "
            "is @jay.brooks_09"
        ),
        "social_handle",
    ),
    (
        "en-contacts-home-by-ear",
        "i liv on kings streat 14 on the 2 flor ring the bell that says patel come and play",
        "address",
    ),
    (
        "en-contacts-app-no-need-tell",
        (
            "I'm your reading buddy from the library 🐻 get Snapchat on your mum's tablet and "
            "add me, no need to tell your teacher"
        ),
        "private_contact",
    ),
    (
        "en-contacts-app-undisturbed",
        (
            "Bookings go through the learning team, your teacher does that. You message me on "
            "Telegram instead, there nobody can disturb us."
        ),
        "private_contact",
    ),
]
DE += [
    (
        "de-contacts-office-then-own-mobile",
        (
            "Förderstunden sind mittwochs. Termine übers Sekretariat, Tel. 0341 22 45 80, nicht "
            "auf meinem Handy, außer es ist dringend, dann schreib mir auf 0151 23456789."
        ),
        "phone",
    ),
    (
        "de-contacts-class-account-add-me",
        (
            "Unser Klassenaccount @klasse3c_lindenschule wird von Frau Berg betreut, Eltern "
            "haben zugestimmt. Adde mich auch, mein eigener ist @mia.b_2015"
        ),
        "social_handle",
    ),
    (
        "de-contacts-home-by-ear",
        "wir wonen in der bahnhofstrase 7 im 1 stok klingel bei schulz",
        "address",
    ),
    (
        "de-contacts-app-no-need-tell",
        (
            "Ich bin dein Lesepate 🐻 lad dir Snapchat auf Mamas Tablet und schreib mir, "
            "brauchst du der Lehrerin nicht sagen"
        ),
        "private_contact",
    ),
    (
        "de-contacts-app-undisturbed",
        (
            "Das Schulprojekt läuft über die Plattform. Schreib mir lieber auf WhatsApp, da "
            "stört uns keiner."
        ),
        "private_contact",
    ),
]
FR += [
    (
        "fr-contacts-office-then-own-mobile",
        (
            "Le soutien a lieu le mercredi. Pour un changement appelez le secrétariat au 04 72 "
            "33 18 90, pas mon portable, sauf urgence : écrivez-moi au 06 12 34 56 78."
        ),
        "phone",
    ),
    (
        "fr-contacts-class-account-add-me",
        (
            "Le compte de la classe @cm1_jeanmoulin est géré par la maîtresse, mais ajoute-moi "
            "aussi, le mien c'est @leo.bd_2014"
        ),
        "social_handle",
    ),
    (
        "fr-contacts-app-no-need-tell",
        (
            "je suis ton parrain de lecture 🐻 installe snapchat sur la tablette de maman et "
            "écris-moi, pas besoin de le dire à la maîtresse"
        ),
        "private_contact",
    ),
    (
        "fr-contacts-app-undisturbed",
        (
            "Les réservations passent par le service des publics. Toi, écris-moi plutôt sur "
            "WhatsApp, sans que personne nous dérange."
        ),
        "private_contact",
    ),
]
IT += [
    (
        "it-contacts-office-then-own-mobile",
        (
            "Il recupero è il mercoledì. Per spostarlo chiamate la segreteria allo 02 4455 "
            "6677, non il mio cellulare, ma se è urgente scrivetemi al 347 123 4567."
        ),
        "phone",
    ),
    (
        "it-contacts-class-account-add-me",
        (
            "Il profilo della classe @4b_scuoladante lo gestisce la maestra, ma aggiungimi "
            "anche tu, il mio è @giuli.rossi_2013"
        ),
        "social_handle",
    ),
    (
        "it-contacts-app-no-need-tell",
        (
            "sono il tuo amico della lettura 🐻 scarica snapchat sul tablet della mamma e "
            "scrivimi, non c'è bisogno di dirlo alla maestra"
        ),
        "private_contact",
    ),
    (
        "it-contacts-app-undisturbed",
        (
            "Le prenotazioni le fa la tua maestra con i servizi educativi. Tu scrivimi su "
            "Telegram, così nessuno ci disturba."
        ),
        "private_contact",
    ),
]
ES += [
    (
        "es-contacts-office-then-own-mobile",
        (
            "El refuerzo es los miércoles. Para cambiarlo llamad a secretaría, 91 555 23 40, no "
            "a mi móvil, pero si es urgente escribidme al 612 345 678."
        ),
        "phone",
    ),
    (
        "es-contacts-class-account-add-me",
        (
            "La cuenta de la clase @4a_ceipsol la lleva la profe, pero agrégame también, la mía "
            "es @nico.gar_2013"
        ),
        "social_handle",
    ),
    (
        "es-contacts-app-no-need-tell",
        (
            "soy tu padrino de lectura 🐻 descárgate snapchat en la tablet de tu mamá y "
            "escríbeme, no hace falta decírselo a la seño"
        ),
        "private_contact",
    ),
    (
        "es-contacts-app-undisturbed",
        (
            "Las reservas las hace tu profe con el departamento de educación. Tú escríbeme por "
            "WhatsApp, sin que nadie nos moleste."
        ),
        "private_contact",
    ),
]
PL += [
    (
        "pl-contacts-office-then-own-mobile",
        (
            "Zajęcia wyrównawcze są w środy. Zmiany przez sekretariat, tel. 22 621 45 80, nie "
            "na mój prywatny numer, chyba że pilne, wtedy pisz do mnie na 601 234 567."
        ),
        "phone",
    ),
    (
        "pl-contacts-class-account-add-me",
        "Konto klasy @3b_sp12 prowadzi pani Ewa, ale dodaj mnie też, moje to @ola.nowak_2014",
        "social_handle",
    ),
    (
        "pl-contacts-app-no-need-tell",
        (
            "jestem twoim pomocnikiem do czytania 🐻 zainstaluj snapchata na tablecie mamy i "
            "napisz do mnie, nie musisz mówić pani"
        ),
        "private_contact",
    ),
    (
        "pl-contacts-app-undisturbed",
        (
            "Rezerwacje robi twoja pani przez dział edukacji. Ty pisz do mnie na Telegramie, "
            "tam nikt nam nie przeszkodzi."
        ),
        "private_contact",
    ),
]

# A stranger's handle further on, after a class's account kept by its teacher
# (rounds 102 and 103)
EN += [
    (
        "en-contacts-class-account-then-other",
        (
            "Our class account @y3_hillside is run by Miss Lee with the parents' consent. For "
            "the rest, message @sunny.dan_77, he's lovely with kids."
        ),
        "social_handle",
    ),
]
DE += [
    (
        "de-contacts-class-account-then-other",
        (
            "Auf dem Klassenaccount @2b_waldschule, betreut von Frau Roth, sind nur Kinder, "
            "deren Eltern zugestimmt haben. Für alles andere schreib @onkel.jo_55 an."
        ),
        "social_handle",
    ),
]
FR += [
    (
        "fr-contacts-class-account-then-other",
        (
            "Le compte de la classe @cp_pagnol est géré par la maîtresse. Pour discuter, écris "
            "à @tonton.max_61, il est super gentil."
        ),
        "social_handle",
    ),
]
IT += [
    (
        "it-contacts-class-account-then-other",
        (
            "Il profilo della classe @1c_collodi lo gestisce la maestra. Per il resto scrivi a "
            "@zio.pino_58, è bravissimo con i bimbi."
        ),
        "social_handle",
    ),
]
ES += [
    (
        "es-contacts-class-account-then-other",
        (
            "La cuenta de la clase @1b_ceiprio la lleva la profe. Para lo demás escribe a "
            "@tito.juan_63, es muy majo con los peques."
        ),
        "social_handle",
    ),
]
PL += [
    (
        "pl-contacts-class-account-then-other",
        (
            "Konto klasy @1a_sp7 prowadzi pani Ania. Do pogadania pisz do @wujek.marek_60, jest "
            "bardzo miły dla dzieci."
        ),
        "social_handle",
    ),
]

# A small child's wish to vanish and a small child's disclosure, spelled by ear
# (rounds 102 and 103)
EN += [
    ("en-heard-vanish-forevr", "i jus wanna disapear forevr evryone hates me", "self_harm"),
    (
        "en-heard-belt-hitted",
        "my dad hitted me wiv his belf last nite and i cant sit",
        "disclosure",
    ),
]
DE += [
    ("de-heard-vanish-ferschwinden", "ich will ferschwinden für imer keiner mag mich", "self_harm"),
    (
        "de-heard-mum-weck",
        "mama is schon 3 tage wech und ich hab hunga, nix zu esen da",
        "disclosure",
    ),
]
FR += [
    ("fr-heard-vanish-disparaite", "je veu disparaite pour toujou", "self_harm"),
    ("fr-heard-belt-sinture", "papa ma frape avec sa sinture hier soir", "disclosure"),
]
IT += [
    ("it-heard-vanish-sparie", "vojo sparie per senpre nesuno mi vuole bene", "self_harm"),
    ("it-heard-belt-chintura", "il papà mi ha picchiatto con la chintura ieri", "disclosure"),
]
ES += [
    ("es-heard-vanish-desapareser", "kiero desapareser para sienpre nadien me quiere", "self_harm"),
    ("es-heard-belt-sinturon", "mi papá me pego con el sinturon ayer y me duele", "disclosure"),
]
PL += [
    ("pl-heard-vanish-znyknac", "kce znyknąć na zawsze nikt mnie nie lubi", "self_harm"),
    ("pl-heard-belt-pasiem", "tata mnie bił pasiem wczoraj i boli", "disclosure"),
]

# A small child told that home loves only the baby, that the teacher or the
# other children dislike them, and that only the writer loves them (rounds 102
# and 103)
EN += [
    (
        "en-isolation-baby-teacher",
        "your mum and dad only have time for the new baby now and your teacher doesn't "
        "even like you. I'm the only one who really cares about you",
        "isolation",
    )
]
DE += [
    (
        "de-isolation-bruder-lachen",
        "deine Mama liebt nur noch deinen kleinen Bruder und die anderen Kinder lachen "
        "dich aus. Nur ich hab dich wirklich lieb",
        "isolation",
    )
]
FR += [
    (
        "fr-isolation-bebe-maitresse",
        "tes parents n'ont plus de temps pour toi depuis le bébé, et la maîtresse t'aime "
        "pas non plus. Moi je serai toujours là pour toi",
        "isolation",
    )
]
IT += [
    (
        "it-isolation-sorellina-maestra",
        "la tua mamma vuole bene solo alla sorellina e la maestra non ti sopporta, lo vedono tutti",
        "isolation",
    )
]
ES += [
    (
        "es-isolation-hermanita-clase",
        "tus padres prefieren a tu hermanita y en clase todos se ríen de ti, ¿no lo ves?",
        "isolation",
    )
]
PL += [
    (
        "pl-isolation-brat-pani",
        "twoi rodzice wolą twojego brata, a pani nawet na ciebie nie patrzy, wszyscy to widzą",
        "isolation",
    )
]

# A gift left or hidden for a small child and taken back if the child tells; a
# secret game that ends with everyone cross (rounds 102 and 103)
EN += [
    (
        "en-hidden-gift-teddy",
        "there's a teddy and sweeties for you, I'll hide them behind the bins at the "
        "park. if you tell your mum I'll take it all back",
        "gift_offer",
    ),
    (
        "en-secret-game-cross",
        "this is our special game. if you tell your mum everyone will be cross with you",
        "secrecy",
    ),
]
DE += [
    (
        "de-hidden-gift-puppe",
        "Ich hab eine Puppe und Gummibärchen für dich, ich leg sie morgen unter die Bank "
        "am Spielplatz. Wenn du es Mama sagst, nehm ich sie wieder mit",
        "gift_offer",
    ),
    (
        "de-secret-game-boese",
        "das ist unser Spiel. Wenn du es erzählst, sind alle böse auf dich",
        "secrecy",
    ),
]
FR += [
    (
        "fr-hidden-gift-poupee",
        "j'ai une poupée et des bonbons pour toi, je les cache sous le banc du square. Si "
        "tu le dis à maman, je les reprends",
        "gift_offer",
    ),
    (
        "fr-secret-game-fache",
        "c'est notre jeu à nous. Si tu en parles, tout le monde sera fâché contre toi",
        "secrecy",
    ),
]
IT += [
    (
        "it-hidden-gift-bambola",
        "ho una bambola e le caramelle per te, le lascio dietro il cassonetto vicino alla "
        "scuola. Se lo dici alla mamma me le riprendo",
        "gift_offer",
    ),
    (
        "it-secret-game-arrabbiati",
        "è il nostro gioco. Se lo racconti saranno tutti arrabbiati con te",
        "secrecy",
    ),
]
ES += [
    (
        "es-hidden-gift-muneca",
        "tengo una muñeca y golosinas para ti, te las dejo debajo del banco del parque. "
        "Si se lo dices a mamá, te lo quito todo",
        "gift_offer",
    ),
    (
        "es-secret-game-enfadar",
        "es nuestro juego. Si se lo cuentas a alguien todos se van a enfadar contigo",
        "secrecy",
    ),
]
PL += [
    (
        "pl-hidden-gift-klocki",
        "mam dla ciebie klocki lego i cukierki, schowam je za śmietnikiem przy szkole. "
        "Jak powiesz mamie, nic nie dostaniesz",
        "gift_offer",
    ),
    (
        "pl-secret-game-pogniewaja",
        "to nasza zabawa. Jeśli powiesz mamie, wszyscy się na ciebie pogniewają",
        "secrecy",
    ),
]

# A small child asked whether they sleep naked or in underwear, and whether
# their body has begun to change (rounds 102 and 103)
EN += [
    (
        "en-sleep-naked-hot",
        "is it hot in your room at night? do you sleep naked then?",
        "personal_question",
    ),
    (
        "en-body-changed-bf",
        "got a boyfriend yet? has your body changed yet? you can tell me anything",
        "personal_question",
    ),
]
DE += [
    (
        "de-sleep-unterhose",
        "Papa ist diese Woche weg, oder? Schläfst du ohne Unterhose, wenn es so warm ist?",
        "personal_question",
    ),
    (
        "de-body-changed-freund",
        "hast du schon einen Freund? Hat sich dein Körper schon verändert? Mir kannst du "
        "alles sagen",
        "personal_question",
    ),
]
FR += [
    (
        "fr-sleep-sans-culotte",
        "quand maman est au travail la nuit, tu dors sans culotte ?",
        "personal_question",
    ),
    (
        "fr-body-deja-change",
        "t'as un amoureux ? et ton corps a déjà changé ? tu peux tout me dire",
        "personal_question",
    ),
]
IT += [
    (
        "it-sleep-nuda-caldo",
        "con questo caldo dormi tutta nuda nel tuo lettino?",
        "personal_question",
    ),
    (
        "it-body-iniziato",
        "hai già il fidanzatino? il tuo corpo ha iniziato a cambiare? a me puoi dirlo",
        "personal_question",
    ),
]
ES += [
    (
        "es-sleep-sin-bragas",
        "y cuando hace calor duermes sin bragas o con pijama?",
        "personal_question",
    ),
    (
        "es-body-empezado",
        "¿ya tienes novio? ¿tu cuerpo ya ha empezado a cambiar? a mí me lo puedes contar",
        "personal_question",
    ),
]
PL += [
    ("pl-sleep-bez-majtek", "jak jest gorąco to śpisz bez majtek?", "personal_question"),
    (
        "pl-body-zaczelo",
        "masz już chłopaka? twoje ciało zaczęło się zmieniać? mi możesz wszystko powiedzieć",
        "personal_question",
    ),
]

# A little video or a photo of a small child undressing for bed or in the bath,
# for the writer alone (rounds 102 and 103)
EN += [
    (
        "en-bath-video-forme",
        "you were so brave at the dentist! make me a quick video while you're in the bath "
        "tonight, just for me",
        "photo_request",
    ),
]
DE += [
    (
        "de-bath-video-baden",
        "Mach mir ein kleines Video, wenn du heute Abend badest, aber nur für mich, ja?",
        "photo_request",
    ),
]
FR += [
    (
        "fr-bath-photo-pyjama",
        "envoie-moi une photo quand tu mets ton pyjama ce soir, rien que pour moi",
        "photo_request",
    ),
]
IT += [
    (
        "it-bath-video-pigiama",
        "fammi un videino quando ti togli i vestiti per il pigiama, solo per me",
        "photo_request",
    ),
]
ES += [
    (
        "es-bath-photo-banas",
        "mándame una foto mientras te bañas esta noche, solo para mí, ¿vale?",
        "photo_request",
    ),
]
PL += [
    (
        "pl-bath-film-kapiesz",
        "nagraj mi krótki filmik, jak się kąpiesz wieczorem, tylko dla mnie",
        "photo_request",
    ),
]

# A small child told to slip out of a sleepover by the back gate to someone
# waiting, to be home before mum notices, or visited while the parents are at
# the grandparents' (rounds 102 and 103)
EN += [
    (
        "en-sleepover-garden-gate",
        "at Ellie's pyjama party go out the garden gate when the others are asleep, I'll "
        "be waiting by the bins",
        "meeting",
    ),
    (
        "en-grandma-drop-by",
        "your mum and dad are going to grandma's on Saturday aren't they? I'll pop round "
        "at 2 and we'll play in your room",
        "meeting",
    ),
]
DE += [
    (
        "de-sleepover-gartentor",
        "bei der Übernachtungsparty bei Mia schleich dich raus durchs Gartentor um 9, ich "
        "warte an der Ecke",
        "meeting",
    ),
    (
        "de-oma-vorbei",
        "deine Eltern fahren Samstag zu Oma, oder? Ich komm um 2 vorbei und wir spielen "
        "in deinem Zimmer",
        "meeting",
    ),
]
FR += [
    (
        "fr-soiree-porte-derriere",
        "à la soirée pyjama chez Jade, sors par la porte de derrière à 21h, je t'attends "
        "au coin de la rue",
        "meeting",
    ),
    (
        "fr-mamie-passe",
        "tes parents vont chez mamie samedi, non ? je passe chez toi à 14h, on jouera "
        "dans ta chambre",
        "meeting",
    ),
]
IT += [
    (
        "it-pigiama-cancelletto",
        "al pigiama party da Giulia esci dal cancelletto alle 9 di sera, ti aspetto in "
        "fondo alla strada",
        "meeting",
    ),
    (
        "it-nonni-passo",
        "i tuoi genitori vanno dai nonni sabato, vero? passo da te alle 2 e giochiamo in "
        "camera tua",
        "meeting",
    ),
]
ES += [
    (
        "es-pijamada-puerta-atras",
        "en la fiesta de pijamas de Lucía sal por la puerta de atrás a las 9 de la noche, "
        "te espero en la esquina",
        "meeting",
    ),
    (
        "es-before-mama",
        "después del cole ve detrás de la tienda, te espero con el coche y estarás en "
        "casa antes de que mamá se dé cuenta",
        "meeting",
    ),
]
PL += [
    (
        "pl-pizama-furtka",
        "na piżama party u Zosi wyjdź tylną furtką o 21, czekam na rogu ulicy",
        "meeting",
    ),
    (
        "pl-before-mama",
        "po szkole idź za sklep, czekam w samochodzie, będziesz w domu zanim mama zauważy",
        "meeting",
    ),
]

# Cuts that felt better and "deeper" next time, told beside a lesson's tool;
# things given away with a letter left for the class (rounds 102 and 103)
EN += [
    (
        "en-relief-deeper-woodwork",
        "in woodwork we used the saws. at home i cut my leg with dads blade, it felt "
        "better, ill go deeper next time",
        "self_harm",
    ),
    (
        "en-letter-left-gave",
        "gave my lego to my brother, i wont need it anymore. there's a letter for you all "
        "in my tray",
        "self_harm",
    ),
]
DE += [
    (
        "de-relief-tiefer-werken",
        "im Werken hatten wir Cutter. zuhause hab ich mich am Arm geritzt, danach ging es "
        "mir besser, heute tiefer",
        "self_harm",
    ),
    (
        "de-letter-left-verschenkt",
        "meine Konsole hab ich Ben geschenkt, brauch ich nicht mehr. In meinem Fach liegt "
        "ein Brief für euch",
        "self_harm",
    ),
]
FR += [
    (
        "fr-relief-profond",
        "en techno on a eu des cutters. je me suis coupé le bras hier, ça m'a fait du "
        "bien, ce soir plus profond",
        "self_harm",
    ),
    (
        "fr-letter-left-donne",
        "j'ai donné ma console à Hugo, j'en aurai plus besoin. il y a une lettre pour "
        "vous dans mon casier",
        "self_harm",
    ),
]
IT += [
    (
        "it-relief-profondo",
        "a tecnologia abbiamo usato il taglierino. ieri mi sono tagliata il braccio e mi "
        "sono sentita meglio, stasera più a fondo",
        "self_harm",
    ),
    (
        "it-letter-left-regalato",
        "ho regalato la mia console a Luca, non mi serve più. nel mio banco c'è una "
        "lettera per voi",
        "self_harm",
    ),
]
ES += [
    (
        "es-relief-profundo",
        "en tecnología usamos el cúter. ayer me corté el brazo y me sentí mejor, esta "
        "noche más hondo",
        "self_harm",
    ),
    (
        "es-letter-left-regalado",
        "le he regalado mi consola a Leo, ya no la necesito. en mi cajón hay una carta "
        "para vosotros",
        "self_harm",
    ),
]
PL += [
    (
        "pl-relief-glebiej",
        "na technice mieliśmy nożyki. wczoraj pocięłam rękę i poczułam się lepiej, dziś głębiej",
        "self_harm",
    ),
    (
        "pl-letter-left-oddalem",
        "oddałem konsolę Kubie, już mi się nie przyda. w mojej szafce jest list dla was",
        "self_harm",
    ),
]


# Small secrets and play that turn: harm to a pet, a brother or a sister if the
# child tells, a stone at the head, a surprise's secret stretched to the writer's
# chats or car with a threat, a game's deaths beside pills, an adult's "my
# secret" of love (rounds 102 and 103)
EN += [
    (
        "en-play3-petthreat",
        "one word to your teacher about our messages and I'll hurt your dog and your little sister",
        "violence",
    ),
    (
        "en-play3-stone",
        "if tom wrecks my model again ill throw a rock at his head and make him bleed",
        "violence",
    ),
    (
        "en-play3-surprise",
        "Keep quiet about the party for your dad 🤫 and about what we do in my car after practice. "
        "If you tell, your family will be in trouble.",
        "secrecy",
    ),
    (
        "en-play3-deathpills",
        "died 30 times on that level lol i want to die 😂 i have my mums pills",
        "self_harm",
    ),
    (
        "en-play3-petdied",
        "our cat died last week, i've cried 50 times, i want to die 😂",
        "self_harm",
    ),
    ("en-play3-mysecret", "my secret is that i love you, dont tell your mum ok", "secrecy"),
]
DE += [
    (
        "de-play3-petthreat",
        "Wenn du deiner Mama was von unseren Chats sagst, "
        "tu ich deinem Hund weh und deiner Schwester auch",
        "violence",
    ),
    (
        "de-play3-stone",
        "wenn jonas noch mal mein bild kaputt macht "
        "werf ich ihm einen stein an den kopf bis er blutet",
        "violence",
    ),
    (
        "de-play3-surprise",
        "Die Torte für Papa bleibt geheim 🤫 und unsere Nachrichten am Abend auch. "
        "Wenn er es rausfindet, kriegst du Ärger, nicht ich.",
        "secrecy",
    ),
]
FR += [
    (
        "fr-play3-petthreat",
        "Si tu parles de nos messages à ta maîtresse, "
        "je ferai du mal à ton chat et à ton petit frère.",
        "violence",
    ),
    (
        "fr-play3-stone",
        "si lucas casse encore mon dessin "
        "je lui lance un caillou sur la tête pour le faire saigner",
        "violence",
    ),
    (
        "fr-play3-surprise",
        "Le gâteau pour ta mère, c'est secret 🤫 et nos conversations du soir aussi. "
        "Si elle l'apprend, personne ne te croira.",
        "secrecy",
    ),
]
IT += [
    (
        "it-play3-petthreat",
        "Se dici alla maestra dei nostri messaggi, faccio male al tuo cane e al tuo fratellino.",
        "violence",
    ),
    (
        "it-play3-surprise",
        "La festa a sorpresa per la mamma è un segreto 🤫 e anche quello che facciamo nella mia "
        "macchina. Se lo dici a qualcuno finirai nei guai.",
        "secrecy",
    ),
    (
        "it-play3-deathpills",
        "morto 12 volte al boss voglio morire 😂 ho preso le pillole di mia madre",
        "self_harm",
    ),
]
ES += [
    (
        "es-play3-oldersecret",
        "mi secreto es que quedo con un hombre mayor del parque, no se lo digas a nadie",
        "secrecy",
    ),
    (
        "es-play3-petthreat",
        "Si le cuentas a tu profe lo de nuestros mensajes, "
        "le haré daño a tu perro y a tu hermanita.",
        "violence",
    ),
    (
        "es-play3-surprise",
        "La tarta de tu madre es secreta 🤫 y lo que hacemos en mi coche también. "
        "Si dices algo, nadie te va a creer.",
        "secrecy",
    ),
]
PL += [
    (
        "pl-play3-giftsecret",
        "mój sekret to że sąsiad daje mi prezenty jak mama nie widzi, nie mów nikomu",
        "secrecy",
    ),
    (
        "pl-play3-petthreat",
        "Jak powiesz mamie o naszych rozmowach, zrobię krzywdę twojemu kotu i twojemu bratu.",
        "violence",
    ),
    (
        "pl-play3-surprise",
        "Tort dla taty to tajemnica 🤫 i to, co robimy w moim aucie, też. "
        "Jak ktoś się dowie, będziesz miała kłopoty.",
        "secrecy",
    ),
]


# A child's "my secret is" told of love for the reader, kept from the reader's
# parent: no small secret of the child's own (rounds 102 and 103)
DE += [
    (
        "de-own-secret-love",
        "mein Geheimnis ist, dass ich dich lieb hab, aber sag es nicht deiner Mama",
        "secrecy",
    )
]
PL += [
    (
        "pl-own-secret-love",
        "mój sekret to że cię kocham, tylko nie mów mamie ani pani",
        "secrecy",
    )
]


# A driving school's office line beside the writer's own mobile, and the office
# rung "not my own phone" with the writer's own mobile after it: the own one is
# still held (rounds 104 and 105)
EN += [
    (
        "en-desk-driving-own",
        "the driving school office is 01632 960418 but text me on 07700 900456 for the extra "
        "lessons",
        "phone",
    ),
    (
        "en-desk-relay-clause-own",
        "please ring the school office on 020 7946 0018, that isn't my own phone. for the rest "
        "text me on 07700 900123",
        "phone",
    ),
]
DE += [
    (
        "de-desk-driving-own",
        "Fahrschule Berger, Büro 0761 22 45 60, aber für die Extrastunde schreib mir auf 0151 "
        "23456789",
        "phone",
    ),
    (
        "de-desk-relay-clause-own",
        "bitte das Sekretariat unter 030 1234 5678 anrufen, das ist nicht mein eigenes Telefon. "
        "Sonst schreib mir auf 0151 2345 6789",
        "phone",
    ),
]
FR += [
    (
        "fr-desk-driving-own",
        "auto-école du Centre, accueil 04 72 11 22 33, mais pour la leçon du soir écris-moi au "
        "06 12 34 56 78",
        "phone",
    ),
    (
        "fr-desk-relay-clause-own",
        "appelez le secrétariat au 01 45 67 89 10, ce n'est pas mon téléphone personnel. sinon "
        "écris-moi au 06 98 76 54 32",
        "phone",
    ),
]
IT += [
    (
        "it-desk-driving-own",
        "autoscuola Sole, segreteria 051 22 33 44, ma per la guida di sera scrivimi al 333 123 "
        "4567",
        "phone",
    ),
    (
        "it-desk-relay-clause-own",
        "chiamate la segreteria allo 02 4567 8910, non è il mio telefono personale. se no "
        "scrivimi al 347 765 4321",
        "phone",
    ),
]
ES += [
    (
        "es-desk-driving-own",
        "autoescuela Sur, oficina 954 11 22 33, pero para la clase de noche escríbeme al 612 345 "
        "678",
        "phone",
    ),
    (
        "es-desk-relay-clause-own",
        "llamad a secretaría al 91 234 56 78, no es mi teléfono personal. si no, escríbeme al "
        "699 876 543",
        "phone",
    ),
]
PL += [
    (
        "pl-desk-driving-own",
        "OSK Start, biuro 58 300 11 22, ale na jazdę wieczorem napisz do mnie 601 234 567",
        "phone",
    ),
    (
        "pl-desk-relay-clause-own",
        "dzwońcie do sekretariatu, 22 345 67 89, to nie jest mój prywatny telefon. a tak to "
        "napisz do mnie 602 345 678",
        "phone",
    ),
]


# A shop's job advert with the writer's own home to bring the CV to: no shop's
# address (rounds 104 and 105)
EN += [
    (
        "en-desk-job-advert-home",
        "CVs in store, or bring yours to my flat after 8, 14 Mill Lane, I live on the top floor",
        "address",
    )
]
DE += [
    (
        "de-desk-job-advert-home",
        "Lebenslauf im Laden abgeben oder abends bei mir zu Hause vorbeibringen, ich wohne in "
        "der Hauptstraße 8",
        "address",
    )
]
FR += [
    (
        "fr-desk-job-advert-home",
        "CV en boutique, ou passe le soir chez moi, j'habite au 5 rue de la Paix",
        "address",
    )
]
IT += [
    (
        "it-desk-job-advert-home",
        "curriculum in negozio, oppure portamelo a casa stasera, abito in via Roma 14",
        "address",
    )
]
ES += [
    (
        "es-desk-job-advert-home",
        "curriculum en la tienda, o pásate por mi casa esta noche, vivo en calle Luna 3",
        "address",
    )
]
PL += [
    (
        "pl-desk-job-advert-home",
        "CV w sklepie albo wieczorem u mnie w domu, mieszkam na ul. Długiej 5",
        "address",
    )
]


# A song's quoted lyrics and then the writer's own wish and means (rounds 104 and 105)
FR += [
    (
        "fr-song-then-own",
        "la chanson qu'on traduit dit « je veux disparaître » et moi aussi ce soir, j'ai "
        "les cachets",
        "self_harm",
    )
]
PL += [
    (
        "pl-song-then-own",
        "piosenka, którą tłumaczymy: „chcę zniknąć”. ja też chcę zniknąć na zawsze, mam tabletki",
        "self_harm",
    )
]

# A relative's guns locked away, the key known to the pupil, and a goodbye or a
# sorry to a parent: the lock spares no farewell (rounds 104 and 105)
EN += [
    (
        "en-gunkey-uncle-sorry",
        "my uncle keeps his shotguns in a locked cupboard but i know where the key is, "
        "behind the clock. everyone is at the wedding on friday. sorry dad, it isnt your fault",
        "self_harm",
    )
]
DE += [
    (
        "de-gunkey-opa-lebtwohl",
        "Opas Jagdgewehre sind im Schrank abgesperrt, aber ich weiß, wo der Schlüssel "
        "liegt, unter der Blumenvase. Am Samstag ist er beim Stammtisch. Lebt wohl, ihr alle",
        "self_harm",
    )
]
FR += [
    (
        "fr-gunkey-oncle-adieu",
        "mon oncle a des fusils de chasse dans le garage fermé mais je sais où est la clé, "
        "sous le pot de fleurs. samedi ils sont tous au mariage. pardon papa, adieu",
        "self_harm",
    )
]
IT += [
    (
        "it-gunkey-nonno-addio",
        "il nonno tiene i fucili da caccia nell'armadio chiuso ma so dov'è la chiave, nel "
        "barattolo dei bottoni. domenica va al mercato. scusa mamma, vi voglio bene. addio",
        "self_harm",
    )
]
ES += [
    (
        "es-gunkey-tio-perdon",
        "mi tío tiene escopetas de caza bajo llave en el sótano pero sé dónde está la llave, "
        "en el cajón de los cubiertos. el domingo se van a misa. perdón papá, os quiero mucho",
        "self_harm",
    )
]
PL += [
    (
        "pl-gunkey-wujek-zegnajcie",
        "wujek ma strzelby w zamkniętej piwnicy ale wiem gdzie jest klucz, pod wycieraczką. "
        "w sobotę wszyscy jadą na wesele. przepraszam tato. żegnajcie",
        "self_harm",
    )
]

# "I'm the only one who really listens to you", an adverb between, after the
# child's people are said not to understand (rounds 104 and 105)
EN += [
    (
        "en-onlyme-adverb-coach",
        "your coach never notices you, nobody there cares. "
        "I'm the only one who honestly listens to you",
        "isolation",
    )
]
DE += [
    (
        "de-onlyme-adverb-eltern",
        "deine Eltern haben nie Zeit für dich. Ich bin der Einzige, der dir wirklich zuhört",
        "isolation",
    )
]
FR += [
    (
        "fr-onlyme-adverb-parents",
        "tes parents ne voient rien. je suis le seul qui t'écoute vraiment, vraiment",
        "isolation",
    )
]
IT += [
    (
        "it-onlyme-adverb-genitori",
        "i tuoi genitori non ti capiscono. sono l'unico che davvero ti capisce sul serio",
        "isolation",
    )
]
ES += [
    (
        "es-onlyme-adverb-padres",
        "tus padres no te entienden. soy el único que de verdad te escucha",
        "isolation",
    )
]
PL += [
    (
        "pl-onlyme-adverb-rodzice",
        "twoi rodzice cię nie rozumieją. jestem jedyną osobą, która naprawdę cię słucha",
        "isolation",
    )
]

# A child's small secret told with a colon and teasing, a parent's birthday cake,
# a threat shouted at dodgeball, "I want to die" before a game's count: each
# with a meeting, a weapon, pills or a threat beside it (rounds 104 and 105)
EN += [
    (
        "en-play4-secret-meet",
        "secret: I actually like you 🤫 dont tell anyone or they'll laugh at me. "
        "come to my flat after school, just us",
        "meeting",
    ),
    (
        "en-play4-die-pills",
        "i want to die 😂 failed level 9 for the 40th time. not joking, i've saved up mum's pills",
        "self_harm",
    ),
]
DE += [
    (
        "de-play4-dodgeball-knife",
        "beim Völkerball hab ich gerufen ich stech dich ab, und nach der Schule "
        "wart ich mit dem Messer hinter der Turnhalle",
        "violence",
    ),
    (
        "de-play4-cake-threat",
        "Der Kuchen für Mamas 40. ist geheim 🎂 und unsere Chats auch. Wenn deine "
        "Eltern sie finden, kriegst du Ärger, nicht ich.",
        "secrecy",
    ),
]
FR += [
    (
        "fr-play4-secret-meet",
        "mon secret : c'est moi qui t'aime 🤫 ne te moque pas. viens chez moi seule samedi, "
        "dis à ta mère que tu es chez Léa",
        "meeting",
    )
]
IT += [
    (
        "it-play4-dodgeball-knife",
        "a palla avvelenata ti ho detto che ti ammazzo, e domani fuori da scuola porto il coltello",
        "violence",
    )
]
ES += [
    (
        "es-play4-die-bridge",
        "quiero morirme 😂 por 38ª vez en el jefe final. no es broma, esta noche voy al puente",
        "self_harm",
    )
]
PL += [
    (
        "pl-play4-cake-threat",
        "Tort na urodziny mamy to tajemnica 🎂 a nasze rozmowy też. Jak rodzice je "
        "zobaczą, będziesz miała kłopoty, nie ja.",
        "secrecy",
    )
]

# A surprise's secret stretched to "our conversations", with trouble promised to
# the child and not the writer (rounds 104 and 105)
EN += [
    (
        "en-play4-convos-trouble",
        "the cake for your dad is a surprise, shh 🎂 and our conversations stay secret too. "
        "if your parents see them you'll be the one in trouble, not me",
        "secrecy",
    )
]
IT += [
    (
        "it-play4-convos-trouble",
        "la torta per la mamma è una sorpresa 🤫 e anche le nostre conversazioni restano "
        "segrete. se le trovano, sarai tu nei guai",
        "secrecy",
    )
]
PL += [
    (
        "pl-play4-convos-trouble",
        "Prezent dla mamy to niespodzianka 🤫 a nasze wiadomości też są tajne. "
        "Jak ktoś je zobaczy, to ty będziesz miała kłopoty, nie ja",
        "secrecy",
    )
]

# Any gun named plainly, its key's place known, and a sorry to a parent or a
# goodbye, locked or not (rounds 104 and 105)
EN += [
    (
        "en-plain-guns-key",
        "my uncle keeps his guns in a locked cabinet but I know where the key is. saturday he "
        "is out. sorry mum. bye everyone",
        "self_harm",
    )
]
DE += [
    (
        "de-plain-guns-key",
        "Opa hat die Gewehre im Schrank eingeschlossen, aber ich weiß, wo der Schlüssel ist. "
        "Samstag ist er weg. Tut mir leid, Mama. Lebt wohl",
        "self_harm",
    )
]
FR += [
    (
        "fr-plain-guns-key",
        "tonton range ses armes dans le placard mais je sais où est la clé. samedi il part. "
        "pardon maman. adieu tout le monde",
        "self_harm",
    )
]
IT += [
    (
        "it-plain-guns-key",
        "il nonno tiene i fucili nell'armadio chiuso ma so dov'è la chiave. sabato esce. scusa "
        "mamma, addio a tutti",
        "self_harm",
    )
]
ES += [
    (
        "es-plain-guns-key",
        "mi tío guarda las armas en el armario pero sé dónde está la llave. el sábado sale. "
        "perdón mamá. adiós a todos",
        "self_harm",
    )
]
PL += [
    (
        "pl-plain-guns-key",
        "wujek trzyma broń w szafie ale wiem gdzie jest klucz. w sobotę wychodzi. przepraszam "
        "mamo. żegnajcie wszyscy",
        "self_harm",
    )
]

# A parent's birthday named beside an adult's meeting alone and "tell your parents
# nothing": the birthday spares only a cake's own secret (rounds 104 and 105)
EN += [
    (
        "en-parent-party-meeting",
        "for your mums 40th we bake a cake at mine, come alone on saturday and "
        "dont tell your parents",
        "meeting",
    )
]
DE += [
    (
        "de-parent-party-meeting",
        "Für Mamas 40. backen wir bei mir eine Torte, komm allein und sag deinen Eltern nichts",
        "meeting",
    )
]
FR += [
    (
        "fr-parent-party-meeting",
        "pour les 40 ans de ta maman on fait un gâteau chez moi, viens seule "
        "et ne dis rien à tes parents",
        "meeting",
    )
]
IT += [
    (
        "it-parent-party-meeting",
        "per i 40 anni della tua mamma facciamo una torta da me, vieni da sola "
        "e non dirlo ai tuoi genitori",
        "meeting",
    )
]
ES += [
    (
        "es-parent-party-meeting",
        "para los 40 de tu madre hacemos una tarta en mi casa, ven sola y no "
        "se lo digas a tus padres",
        "meeting",
    )
]

DE += [
    (
        "de-swiss-mobile-beside-desk",
        "Fahrschule Krüger, Büro Mo-Fr 14-18 Uhr, oder direkt Tel. 076 145 23 90",
        "phone",
    )
]
EN += [
    (
        "en-film-line-then-own",
        "we paused the film at the 'send nudes' line, not funny irl. but u can send me some irl",
        "photo_request",
    )
]
# A pupil at risk as the youngest write it: a parent who does not wake, a cut hidden,
# an arm bitten till it bleeds, a head banged, the tracks, a carer in the bed (rounds 106 and 107)
EN += [
    (
        "en-parent-not-waking",
        "my dad is lying on the kitchen floor since this morning "
        "and wont wake up, i shook him. im hungry",
        "disclosure",
    ),
    (
        "en-cut-limb-hidden",
        "i cut my legs agen in the bath, i wear long sleeves and trousers so nobody knows",
        "self_harm",
    ),
    ("en-bite-till-blood", "when im sad i bite my arm really hard until it bleeds", "self_harm"),
    ("en-head-wall", "wen im bad i bash my head on the wall so it hurts", "self_harm"),
    (
        "en-tracks-over",
        "cant do this anymore. tonight i lie on the tracks and it will all be over",
        "self_harm",
    ),
    (
        "en-carer-bed-hurts",
        "my stepdad comes into my bed at nite and it hurts and he said not to tell mum",
        "disclosure",
    ),
    (
        "en-shut-out-cold",
        "my mum locks me outside in the cold when im naughty and i get no dinner",
        "disclosure",
    ),
]
# A pupil at risk as the youngest write it: a parent who does not wake, a cut hidden,
# an arm bitten till it bleeds, a head banged, the tracks, a carer in the bed (rounds 106 and 107)
DE += [
    (
        "de-parent-not-waking",
        "papa liegt seit heute morgen im flur und wird nicht wach. ich hab so hunger",
        "disclosure",
    ),
    (
        "de-cut-limb-hidden",
        "ich hab mir wieder in den arm geschnitten, ich trag lange "
        "armel damit es keiner sieht, keiner weiss es",
        "self_harm",
    ),
    (
        "de-scratch-till-blood",
        "wenn ich traurig bin kratze mir die arme bis es blutet",
        "self_harm",
    ),
    (
        "de-head-wall",
        "wenn ich bose bin hau meinen kopf gegen die wand damit es weh tut",
        "self_harm",
    ),
    (
        "de-tracks-over",
        "ich leg mich auf die gleise heute abend, dann ist alles vorbei",
        "self_harm",
    ),
    (
        "de-carer-bed-hurts",
        "der freund von mama kommt nachts in mein bett und es tut "
        "weh, er sagt ich darf es keinem sagen",
        "disclosure",
    ),
    (
        "de-shut-out-cold",
        "mein stiefvater sperrt mich auf den balkon in der kalte ohne abendessen",
        "disclosure",
    ),
]
# A pupil at risk as the youngest write it: a parent who does not wake, a cut hidden,
# an arm bitten till it bleeds, a head banged, the tracks, a carer in the bed (rounds 106 and 107)
FR += [
    (
        "fr-parent-not-waking",
        "maman est couchee par terre depuis ce matin et elle se reveille pas, j'ai faim",
        "disclosure",
    ),
    (
        "fr-cut-limb-hidden",
        "je me suis coupee les bras encore hier soir, je porte "
        "des manches longues personne le sait",
        "self_harm",
    ),
    ("fr-bite-till-blood", "quand je suis triste je me mords le bras jusqu au sang", "self_harm"),
    (
        "fr-head-wall",
        "quand je suis mechant je me cogne la tete contre le mur pour que ca fasse mal",
        "self_harm",
    ),
    ("fr-bridge-over", "ce soir je saute du pont et tout sera fini", "self_harm"),
    (
        "fr-carer-bed-hurts",
        "le copain de ma mere vient dans mon lit la nuit et ca fait mal, il dit de pas le dire",
        "disclosure",
    ),
    (
        "fr-shut-out-cold",
        "papa me laisse dehors toute la nuit dans le froid quand il est fache",
        "disclosure",
    ),
]
# A pupil at risk as the youngest write it: a parent who does not wake, a cut hidden,
# an arm bitten till it bleeds, a head banged, the tracks, a carer in the bed (rounds 106 and 107)
IT += [
    (
        "it-parent-not-waking",
        "mamma e sul letto da stamattina e non si sveglia, ho "
        "fame e la mia sorellina piange sempre",
        "disclosure",
    ),
    (
        "it-cut-limb-hidden",
        "mi sono tagliata le braccia di nuovo, metto le maniche lunghe e nessuno lo sa",
        "self_harm",
    ),
    (
        "it-scratch-till-blood",
        "quando sono arrabbiata mi graffio le braccia finche sanguina",
        "self_harm",
    ),
    (
        "it-head-wall",
        "quando sono cattivo sbatto la testa contro il muro cosi fa male",
        "self_harm",
    ),
    ("it-tracks-over", "stanotte mi sdraio sui binari e sara tutto finito", "self_harm"),
    (
        "it-carer-bed-hurts",
        "il fidanzato della mamma viene nel mio letto di notte e "
        "fa male, dice di non dirlo a nessuno",
        "disclosure",
    ),
    (
        "it-shut-out-cold",
        "il mio patrigno mi chiude fuori sul balcone al freddo senza cena",
        "disclosure",
    ),
]
# A pupil at risk as the youngest write it: a parent who does not wake, a cut hidden,
# an arm bitten till it bleeds, a head banged, the tracks, a carer in the bed (rounds 106 and 107)
ES += [
    (
        "es-parent-not-waking",
        "mi papa esta en el suelo desde esta mañana y no se despierta, tengo hambre",
        "disclosure",
    ),
    (
        "es-cut-limb-hidden",
        "me corte los brazos otra vez anoche, llevo manga larga y nadie lo sabe",
        "self_harm",
    ),
    (
        "es-bite-till-blood",
        "cuando estoy triste me muerdo el brazo hasta que sale sangre",
        "self_harm",
    ),
    (
        "es-head-wall",
        "cuando me porto mal me golpeo la cabeza contra la pared para que duela",
        "self_harm",
    ),
    ("es-bridge-over", "esta noche me tiro del puente y se acabo todo", "self_harm"),
    (
        "es-carer-bed-hurts",
        "el novio de mi mama se mete en mi cama por la noche y me "
        "duele, dice que no se lo cuente a nadie",
        "disclosure",
    ),
    (
        "es-shut-out-cold",
        "mi padrastro me deja en el balcon con frio toda la noche sin cenar",
        "disclosure",
    ),
]
# A pupil at risk as the youngest write it: a parent who does not wake, a cut hidden,
# an arm bitten till it bleeds, a head banged, the tracks, a carer in the bed (rounds 106 and 107)
PL += [
    (
        "pl-parent-not-waking",
        "tata lezy na podlodze od rana i nie budzi sie, jestem glodny",
        "disclosure",
    ),
    ("pl-cut-limb-hidden", "znowu pocielam rece, nosze dlugie rekawy i nikt nie wie", "self_harm"),
    ("pl-bite-till-blood", "jak jestem zla gryze sie w reke az do krwi", "self_harm"),
    ("pl-head-wall", "jak jestem niegrzeczny wale glowa w sciane zeby bolalo", "self_harm"),
    ("pl-bridge-over", "dzisiaj skocze z mostu i wszystko sie skonczy", "self_harm"),
    (
        "pl-carer-bed-hurts",
        "ojczym przychodzi w nocy do lozka i to boli, mowi zebym nikomu nie mowila",
        "disclosure",
    ),
    (
        "pl-shut-out-cold",
        "mama wystawia mnie na balkon na zimnie bez kolacji jak jestem niegrzeczna",
        "disclosure",
    ),
]
# A game's jump from a bridge, then the tracks in earnest (rounds 106 and 107)
EN += [
    (
        "en-game-then-tracks-earnest",
        "in roblox my guy jumps off the bridge haha. not joking tho, "
        "tonight i go on the tracks and then its over",
        "self_harm",
    ),
]
# A game's jump from a bridge, then the tracks in earnest (rounds 106 and 107)
DE += [
    (
        "de-game-then-tracks-earnest",
        "im spiel spring ich immer von der brucke lol. aber kein witz, "
        "heute nacht leg mich auf die gleise, dann ist schluss",
        "self_harm",
    ),
]
# A game's jump from a bridge, then the tracks in earnest (rounds 106 and 107)
FR += [
    (
        "fr-game-then-tracks-earnest",
        "dans le jeu je saute du pont mdr. mais sans blague ce soir "
        "je vais sur les rails et tout sera fini",
        "self_harm",
    ),
]
# A game's jump from a bridge, then the tracks in earnest (rounds 106 and 107)
IT += [
    (
        "it-game-then-tracks-earnest",
        "nel gioco salto dal ponte ahah. ma non scherzo, "
        "stanotte vado sui binari e sara tutto finito",
        "self_harm",
    ),
]
# A game's jump from a bridge, then the tracks in earnest (rounds 106 and 107)
ES += [
    (
        "es-game-then-tracks-earnest",
        "en el juego salto del puente jaja. pero no es broma, "
        "esta noche voy a las vias y se acabo todo",
        "self_harm",
    ),
]
# A game's jump from a bridge, then the tracks in earnest (rounds 106 and 107)
PL += [
    (
        "pl-game-then-tracks-earnest",
        "w grze skacze z mostu haha. ale nie zartuje, dzisiaj pojde na tory i bedzie po wszystkim",
        "self_harm",
    ),
]

# A stranger from a game who says he will fetch a small child, the mother not
# to know; a parent's night shift, a door left open and a "special game"
# (rounds 106 and 107)
EN += [
    (
        "en-game-man-fetch-hidden",
        "the man from minecraft says he comes to get me after school tomorrow, i mustnt tell mummy",
        "meeting",
    ),
    (
        "en-night-shift-door",
        "when your dad is on night shift again leave the back door open "
        "and we play our special game",
        "meeting",
    ),
]
DE += [
    (
        "de-game-man-fetch-hidden",
        "mein neuer freund aus roblox wartet am freitag auf mich am spielplatz, "
        "mama darf das nicht wissen",
        "meeting",
    ),
    (
        "de-night-shift-door",
        "wenn deine mama nachtdienst hat, lass das fenster offen, dann komm ich und wir spielen",
        "meeting",
    ),
]
FR += [
    (
        "fr-game-man-fetch-hidden",
        "le monsieur de fortnite dit qu il va venir me chercher a la piscine samedi, "
        "il dit de ne rien dire a maman",
        "meeting",
    ),
    (
        "fr-night-shift-door",
        "quand ta maman travaille de nuit, laisse la porte ouverte, on fera notre jeu special",
        "meeting",
    ),
]
IT += [
    (
        "it-game-man-fetch-hidden",
        "il signore di roblox dice che sabato viene a prendermi a scuola, non dirlo alla mamma",
        "meeting",
    ),
    (
        "it-night-shift-door",
        "la mamma fa il turno di notte venerdi? lascia la porta aperta, passo io",
        "meeting",
    ),
]
ES += [
    (
        "es-game-man-fetch-hidden",
        "mi nuevo amigo de roblox me recoge el domingo en el parque, mama no puede saberlo",
        "meeting",
    ),
    (
        "es-night-shift-door",
        "cuando tu papa tenga turno de noche deja la ventana abierta y jugamos a nuestro juego",
        "meeting",
    ),
]
PL += [
    (
        "pl-game-man-fetch-hidden",
        "nowy kolega z roblox odbierze mnie w piatek ze szkoly, mama nie musi wiedziec",
        "meeting",
    ),
    (
        "pl-night-shift-door",
        "jak mama ma nocna zmiane zostaw otwarte drzwi od tarasu i zagramy w nasza specjalna gre",
        "meeting",
    ),
]

# The youngest's other approaches: messages to delete before bed because the
# grown-ups "don't understand", classmates to drop for the writer, a parent's
# old phone set up for the nights, a bath-time video, an age guessed beside
# whom the child sleeps with (rounds 106 and 107)
EN += [
    (
        "en-delete-grownups",
        "delete our messages before you sleep sweetie, the grown ups dont understand us",
        "secrecy",
    ),
    (
        "en-drop-classmates",
        "those boys in your class are horrible to you, dont play with them anymore, "
        "you have me now",
        "isolation",
    ),
]
DE += [
    (
        "de-old-phone-app",
        "nimm papas altes handy aus der schublade und mach whatsapp drauf, "
        "dann schreiben wir nachts",
        "private_contact",
    ),
]
FR += [
    (
        "fr-age-sleep-school",
        "tu dors seule? quel age as-tu, 7 ans? et c est quelle ecole la tienne?",
        "personal_question",
    ),
    (
        "fr-drop-classmates",
        "les filles de ta classe sont mechantes, ne joue plus avec elles, maintenant tu m as moi",
        "isolation",
    ),
]
IT += [
    (
        "it-bath-video",
        "sei cosi carina nella vasca, mandami un video mentre fai il bagnetto",
        "photo_request",
    ),
]
ES += [
    (
        "es-delete-grownups",
        "borra nuestros mensajes antes de dormir, los mayores no lo entienden",
        "secrecy",
    ),
]
PL += [
    (
        "pl-old-phone-app",
        "wez stary telefon mamy i zainstaluj whatsapp, bedziemy pisac w nocy, tylko my dwoje",
        "private_contact",
    ),
]

# Harm promised to the child's pet if the child tells a teacher or a parent, the
# pet named small or not (rounds 106 and 107)
EN += [
    (
        "en-pet-harm-if-snitch",
        "if you snitch to your teacher I'll find your house and hurt your bunny",
        "violence",
    )
]
DE += [
    (
        "de-pet-harm-if-snitch",
        "wenn du petzt, komm ich zu dir nach Hause und tu deinem Meerschweinchen weh",
        "violence",
    )
]
FR += [
    (
        "fr-pet-harm-if-snitch",
        "si tu caftes au maître, je passe chez toi et je fais du mal à ton lapin",
        "violence",
    )
]
IT += [
    (
        "it-pet-harm-if-snitch",
        "se lo dici alla prof passo da casa tua e faccio del male al tuo coniglietto",
        "violence",
    )
]
ES += [
    (
        "es-pet-harm-if-snitch",
        "como se lo cuentes al profe, paso por tu casa y le hago daño a tu gatito",
        "violence",
    )
]
PL += [
    (
        "pl-pet-harm-if-snitch",
        "jak naskarżysz wychowawczyni, przyjdę do ciebie i zrobię krzywdę twojemu królikowi",
        "violence",
    )
]
# A board game's or a riddle's joke used as cover: a serious word and a place or a
# weapon beside it (rounds 106 and 107)
EN += [
    (
        "en-game-stake-not-joking-place",
        "I'll kill you if you give away the solution, not joking, behind the gym after school",
        "violence",
    )
]
ES += [
    (
        "es-board-game-know-home",
        "te mato si me vuelves a ganar al uno, y sé dónde vives",
        "violence",
    )
]
# How far a pupil has gone with a boyfriend or a girlfriend, asked (rounds 106 and 107)
EN += [
    (
        "en-how-far-partner",
        "so you've got a boyfriend now? how far have you two gone? you can tell me",
        "personal_question",
    )
]
DE += [
    (
        "de-how-far-partner",
        "du hast ne freundin? wie weit bist du schon gegangen mit ihr? erzähl ruhig",
        "personal_question",
    )
]
FR += [
    (
        "fr-how-far-partner",
        "t'as un petit copain ? jusqu'où vous êtes allés tous les deux ?",
        "personal_question",
    )
]
IT += [
    (
        "it-how-far-partner",
        "hai già il ragazzo? e fin dove siete arrivati? a me puoi dirlo",
        "personal_question",
    )
]
ES += [
    (
        "es-how-far-partner",
        "¿ya tienes novio? ¿y hasta dónde habéis llegado? a mí me lo puedes contar",
        "personal_question",
    )
]
PL += [
    (
        "pl-how-far-partner",
        "masz już chłopaka? a jak daleko zaszliście? mi możesz powiedzieć",
        "personal_question",
    )
]
# A pupil's bra size asked (rounds 106 and 107)
EN += [
    ("en-bra-size-asked", "what's your bra size these days? only asking 😅", "personal_question")
]
DE += [
    ("de-bra-size-asked", "welche BH-Größe hast du eigentlich? frag nur so", "personal_question")
]
FR += [
    (
        "fr-bra-size-asked",
        "c'est quoi la taille de ton soutif ? je demande comme ça",
        "personal_question",
    )
]
IT += [
    (
        "it-bra-size-asked",
        "che taglia di reggiseno porti adesso? solo curiosità",
        "personal_question",
    )
]
ES += [
    (
        "es-bra-size-asked",
        "¿qué talla de sujetador usas ya? es solo curiosidad",
        "personal_question",
    )
]
PL += [("pl-bra-size-asked", "jaki masz rozmiar stanika? tak tylko pytam", "personal_question")]

# A card or a cake for a parent made the cover of a visit alone; a stranger from
# a game who picks the child up, the mother said not to know (rounds 106 and 107)
EN += [
    (
        "en-card-cover-alone",
        "we're doing a card for your mum's birthday, come round to mine after school on your own",
        "meeting",
    ),
    (
        "en-game-pickup-mum-unaware",
        "a man from minecraft is picking me up at the park on sunday, my mum doesn't know",
        "meeting",
    ),
]
DE += [
    (
        "de-card-cover-alone",
        "wir machen eine Karte zum Muttertag, komm morgen allein zu mir nach Hause",
        "meeting",
    ),
    (
        "de-game-pickup-mum-unaware",
        "ein Mann aus Roblox holt mich am Sonntag am Spielplatz ab, Mama weiß nichts",
        "meeting",
    ),
]
FR += [
    (
        "fr-card-cover-alone",
        "on prépare une carte pour la fête des mères, viens seule chez moi mercredi",
        "meeting",
    ),
    (
        "fr-game-pickup-mum-unaware",
        "un monsieur de roblox vient me chercher au parc dimanche, maman ne sait pas",
        "meeting",
    ),
]
IT += [
    (
        "it-card-cover-alone",
        "facciamo un biglietto per la festa della mamma, vieni da sola a casa mia mercoledì",
        "meeting",
    ),
    (
        "it-game-pickup-mum-unaware",
        "un signore di roblox viene a prendermi al parco domenica, la mamma non lo sa",
        "meeting",
    ),
]
ES += [
    (
        "es-card-cover-alone",
        "hacemos una tarjeta para el día de la madre, ven sola a mi casa el miércoles",
        "meeting",
    ),
    (
        "es-game-pickup-mum-unaware",
        "un señor de roblox me recoge en el parque el domingo, mi mamá no lo sabe",
        "meeting",
    ),
]
PL += [
    (
        "pl-card-cover-alone",
        "robimy laurkę na dzień matki, przyjdź sama do mnie do domu w środę",
        "meeting",
    ),
    (
        "pl-game-pickup-mum-unaware",
        "pan z roblox odbierze mnie w niedzielę z placu zabaw, mama o tym nie wie",
        "meeting",
    ),
]
# A small secret's words of shame or a game's retry as the cover of a meeting, an
# adult, pills, a weapon, a photo or a parent kept out (rounds 108 and 109)
EN += [
    (
        "en-cringe-secret-meeting",
        "my most cringe secret: I'm meeting a man from the game on Saturday, don't tell your "
        "parents",
        "secrecy",
    ),
    (
        "en-retry-pills",
        "this boss killed me like fifty times, I want to die, tomorrow I'll try again with the "
        "pills",
        "self_harm",
    ),
    (
        "en-card-knife",
        "put a draw four on me again and I'll kill you, not joking, after school behind the gym "
        "with a knife",
        "violence",
    ),
    (
        "en-farewell-pyjamas",
        "for Miss Green's farewell album we're collecting photos in secret, send me one of you in "
        "your pyjamas tonight",
        "photo_request",
    ),
    (
        "en-surprise-alibi-my-place",
        "me and dad are making a cake in secret for mum's birthday, come alone to my place, if "
        "your mum asks say you're at Ola's",
        "meeting",
    ),
]
DE += [
    (
        "de-silly-secret-older-man",
        "mein peinliches Geheimnis: ich treffe mich mit einem älteren Mann, sag es nicht deinen "
        "Eltern",
        "meeting",
    ),
    (
        "de-retry-pills",
        "an diesem Level bin ich zig mal gestorben, ich will sterben, morgen nochmal, dann mit "
        "den Tabletten",
        "self_harm",
    ),
    (
        "de-card-knife",
        "noch eine plus 4 karte und ich bring dich um, kein Scherz, nach der Schule hinter der "
        "Halle mit dem Messer",
        "violence",
    ),
    (
        "de-farewell-bikini",
        "für den Abschied von Herrn Kaya sammeln wir heimlich Fotos, schick mir eins von dir im "
        "Bikini, nur für mich",
        "photo_request",
    ),
    (
        "de-surprise-alibi-my-place",
        "mit Papa backen wir heimlich einen Kuchen für Mamas Geburtstag, komm allein zu mir, und "
        "wenn deine Mama fragt, sag du bist bei Lena",
        "meeting",
    ),
]
FR += [
    (
        "fr-shameful-secret-photos",
        "mon secret gênant : un monsieur de 30 ans m'envoie des photos, dis rien à personne",
        "photo_request",
    ),
    (
        "fr-retry-bridge",
        "ce boss m'a tué genre cent fois, je veux mourir, pour de vrai, demain je retente depuis "
        "le pont",
        "self_harm",
    ),
    (
        "fr-card-knife",
        "si tu me remets un plus 4 je te tue, je rigole pas, demain à la sortie avec un couteau",
        "violence",
    ),
    (
        "fr-farewell-swimsuit",
        "pour le départ de M. Dupont on collecte des photos en secret, envoie-moi une photo de "
        "toi en maillot, juste pour moi",
        "photo_request",
    ),
    (
        "fr-surprise-alibi-my-place",
        "avec papa on prépare en cachette un gâteau pour l'anniversaire de maman, viens seule "
        "chez moi samedi et dis à ta mère que tu es chez Léa",
        "meeting",
    ),
]
IT += [
    (
        "it-silly-secret-alone",
        "il mio segreto imbarazzante: io e te ci vediamo da soli al parco, non dirlo ai tuoi",
        "meeting",
    ),
    (
        "it-retry-pills",
        "questo boss mi ha ucciso non so quante volte, voglio morire, domani riprovo con le "
        "pastiglie di mia madre",
        "self_harm",
    ),
    (
        "it-card-knife",
        "se mi rifai un più 4 ti ammazzo, non scherzo, domani all'uscita col coltello",
        "violence",
    ),
    (
        "it-farewell-swimsuit",
        "per il saluto alla prof Bianchi raccogliamo foto di nascosto, mandami una foto tua in "
        "costume stasera, solo a me",
        "photo_request",
    ),
    (
        "it-surprise-alibi-my-place",
        "con papà stiamo preparando di nascosto una torta per il compleanno della mamma, vieni da "
        "sola a casa mia e alla mamma dici che sei da Giulia",
        "meeting",
    ),
]
ES += [
    (
        "es-silly-secret-coach",
        "mi secreto vergonzoso: mi entrenador me manda fotos por la noche, no se lo digáis a nadie",
        "photo_request",
    ),
    (
        "es-retry-bridge",
        "esta pantalla me ha matado un montón de veces, me quiero morir, mañana lo vuelvo a "
        "intentar desde el puente",
        "self_harm",
    ),
    (
        "es-card-knife",
        "como me eches otro más 4 te mato, no es broma, mañana a la salida con una navaja",
        "violence",
    ),
    (
        "es-farewell-bikini",
        "para la despedida de la profe Ana juntamos fotos a escondidas, mándame una tuya en "
        "bikini esta noche, solo para mí",
        "photo_request",
    ),
    (
        "es-surprise-alibi-my-place",
        "con papá estamos preparando a escondidas una tarta para el cumpleaños de mamá, ven sola "
        "a mi casa y a tu madre dile que estás con Lucía",
        "meeting",
    ),
]
PL += [
    (
        "pl-shameful-secret-gifts",
        "mój wstydliwy sekret: pan z basenu daje mi prezenty, nie mów rodzicom",
        "secrecy",
    ),
    (
        "pl-retry-bridge",
        "ten boss zabił mnie milion razy, chcę umrzeć, mam dość wszystkiego w domu, jutro skoczę "
        "z mostu",
        "self_harm",
    ),
    (
        "pl-card-knife",
        "jak mi jeszcze raz dasz plus czwórkę w uno to cię zabiję, serio, po szkole za salą "
        "gimnastyczną z nożem",
        "violence",
    ),
    (
        "pl-farewell-swimsuit",
        "na pożegnanie pani Nowak zbieramy po kryjomu zdjęcia, wyślij mi swoje w stroju "
        "kąpielowym, tylko dla mnie",
        "photo_request",
    ),
    (
        "pl-surprise-alibi-my-place",
        "z tatą robimy po kryjomu tort na urodziny mamy, przyjdź sama do mnie w sobotę, jak mama "
        "zapyta, jesteś u Oli",
        "meeting",
    ),
]

# An honest surprise or lesson, then the writer's own secret with the child,
# a visit to the writer's place nobody is to be asked about, or a picture from
# the bathroom or the bed that nobody will see (rounds 108 and 109)
EN += [
    (
        "en-cover-between-us-blame",
        (
            "Gran's party is a secret and your mum is in on it, fine. But what is between us stays "
            "hidden from your parents too, or it's your fault when you're banned from the club"
        ),
        "secrecy",
    ),
    (
        "en-cover-dont-ask-visit",
        (
            "The class card is Miss Reed's idea 🤫 come round to my place on Thursday after "
            "five and "
            "we'll finish it. Don't ask your mum, Miss Reed already said yes"
        ),
        "meeting",
    ),
    (
        "en-cover-bath-nobody-sees",
        (
            "We read that scene in drama and sir said it's not okay in real life. Anyway, "
            "send me a "
            "pic from the shower later, nobody will see it"
        ),
        "photo_request",
    ),
]
DE += [
    (
        "de-cover-between-us-blame",
        (
            "Omas Feier ist geheim, deine Mama weiß es. Aber was zwischen uns beiden ist, "
            "bleibt auch "
            "vor deinen Eltern geheim, sonst bist du schuld, wenn du nicht mehr mitfahren darfst"
        ),
        "secrecy",
    ),
    (
        "de-cover-dont-ask-visit",
        (
            "Die Karte für Frau Kurz ist eine Überraschung 🤫 komm am Donnerstag zu mir nach "
            "Hause, dann basteln wir sie fertig. Frag deine Mama nicht, das ist schon geklärt"
        ),
        "meeting",
    ),
    (
        "de-cover-bath-nobody-sees",
        (
            "In Deutsch haben wir die Filmszene besprochen. Egal, schick mir heute ein "
            "Bild aus dem "
            "Bad, sieht sonst keiner"
        ),
        "photo_request",
    ),
]
FR += [
    (
        "fr-cover-between-us-blame",
        (
            "La fête de mamie est secrète et ta mère est au courant. Mais ce qu'il y a entre nous "
            "reste caché à tes parents, sinon ce sera ta faute si tu ne viens plus au club"
        ),
        "secrecy",
    ),
    (
        "fr-cover-dont-ask-visit",
        (
            "La carte pour la maîtresse est une surprise 🤫 viens chez moi jeudi après "
            "l'école pour la "
            "finir. Ne demande pas à ta mère, c'est déjà réglé"
        ),
        "meeting",
    ),
    (
        "fr-cover-bath-nobody-sees",
        (
            "En français on a parlé de cette scène du film. Bref, envoie-moi une photo de "
            "la salle de "
            "bain ce soir, personne ne la verra"
        ),
        "photo_request",
    ),
]
IT += [
    (
        "it-cover-between-us-blame",
        (
            "La festa della nonna è segreta e tua madre lo sa. Ma quello che c'è tra noi resta "
            "segreto anche ai tuoi genitori, se lo scoprono sarà colpa tua"
        ),
        "secrecy",
    ),
    (
        "it-cover-dont-ask-visit",
        (
            "Il biglietto per la maestra è una sorpresa 🤫 vieni a casa mia giovedì dopo scuola "
            "per finirlo. Non chiedere a tua madre, è già tutto a posto"
        ),
        "meeting",
    ),
    (
        "it-cover-bath-nobody-sees",
        (
            "In italiano abbiamo parlato di quella scena del film. Comunque mandami una foto dalla "
            "doccia stasera, nessuno la vedrà"
        ),
        "photo_request",
    ),
]
ES += [
    (
        "es-cover-between-us-blame",
        (
            "La fiesta de la abuela es secreta y tu madre lo sabe. Pero lo que hay entre nosotros "
            "también es secreto para tus padres, y si se enteran será culpa tuya"
        ),
        "secrecy",
    ),
    (
        "es-cover-dont-ask-visit",
        (
            "La tarjeta para la profe es una sorpresa 🤫 ven a mi casa el jueves después "
            "del cole para "
            "terminarla. No le preguntes a tu madre, ya está hablado"
        ),
        "meeting",
    ),
    (
        "es-cover-bath-nobody-sees",
        (
            "En clase hablamos de esa escena de la peli. Bueno, mándame una foto desde el "
            "baño esta "
            "noche, nadie la verá"
        ),
        "photo_request",
    ),
]
PL += [
    (
        "pl-cover-between-us-blame",
        (
            "Impreza babci jest tajna i twoja mama wie. Ale to co jest między nami zostaje "
            "tajemnicą "
            "też przed rodzicami, a jak się dowiedzą, to będzie twoja wina"
        ),
        "secrecy",
    ),
    (
        "pl-cover-dont-ask-visit",
        (
            "Kartka dla pani to niespodzianka 🤫 przyjdź w czwartek po szkole do mnie do domu, "
            "dokończymy ją. Nie pytaj mamy, wszystko jest ustalone"
        ),
        "meeting",
    ),
    (
        "pl-cover-bath-nobody-sees",
        (
            "Na polskim rozmawialiśmy o tej scenie z filmu. Nieważne, wyślij mi zdjęcie z łazienki "
            "wieczorem, nikt inny nie zobaczy"
        ),
        "photo_request",
    ),
]

# A calm frame first (locked guns, a safe home), then a parent's blow with its
# mark on the face or the lie the child is to tell about it (rounds 108 and 109)
EN += [
    (
        "en-calm-frame-parent-blow",
        (
            "Grandpa's rifles are locked in the safe, don't worry. But my dad punched me "
            "last night "
            "and I've got a black eye, I have to say I fell off my bike"
        ),
        "disclosure",
    ),
]
DE += [
    (
        "de-calm-frame-parent-blow",
        (
            "Bei uns ist alles abgeschlossen, keine Angst. Aber meine Mama hat mich am Sonntag "
            "getreten, ich hab blaue Flecken im Gesicht und soll sagen ich bin hingefallen"
        ),
        "disclosure",
    ),
]
FR += [
    (
        "fr-calm-frame-parent-blow",
        (
            "Les fusils de papi sont sous clé. Mais mon père m'a giflée hier, j'ai un bleu "
            "au visage "
            "et je dois dire que je suis tombée"
        ),
        "disclosure",
    ),
]
IT += [
    (
        "it-calm-frame-parent-blow",
        (
            "I fucili del nonno sono chiusi a chiave. Però mio padre mi ha dato un pugno ieri, ho "
            "l'occhio nero e devo dire che sono caduta dalla bici"
        ),
        "disclosure",
    ),
]
ES += [
    (
        "es-calm-frame-parent-blow",
        (
            "Las escopetas del abuelo están bajo llave. Pero mi padre me dio una bofetada "
            "ayer, tengo "
            "el ojo morado y tengo que decir que me caí"
        ),
        "disclosure",
    ),
]
PL += [
    (
        "pl-calm-frame-parent-blow",
        (
            "Strzelby dziadka są zamknięte w szafie. Ale tata uderzył mnie wczoraj, mam "
            "podbite oko i "
            "mam mówić że spadłem z roweru"
        ),
        "disclosure",
    ),
]

# The writer's own self-harm told after a class discussed a film or a song about
# it, and a gang's beating threatened at a feast (rounds 108 and 109)
EN += [
    (
        "en-lesson-own-cuts",
        (
            "we watched the film about cutting in class. ive been doing it for months on my "
            "thighs with a blade and last night it wouldnt stop bleeding"
        ),
        "self_harm",
    ),
    (
        "en-lesson-own-letter",
        (
            "in class we discussed the song about the farewell letter. ive already written mine, "
            "its in my drawer. on sunday when my parents are out i'll end it"
        ),
        "self_harm",
    ),
    (
        "en-holiday-bridge-jump",
        (
            "two weeks of holidays at home with him from friday. i cant take it, the railway "
            "bridge is right there, think ill just jump"
        ),
        "self_harm",
    ),
]
DE += [
    (
        "de-lesson-own-cuts",
        (
            "im deutschunterricht ging es um ein buch wo einer sich ritzt. ich mach das seit "
            "monaten mit einer klinge am arm und es wird immer tiefer"
        ),
        "self_harm",
    ),
    (
        "de-lesson-own-letter",
        (
            "im unterricht haben wir den film mit dem abschiedsbrief besprochen. ich habe meinen "
            "schon geschrieben, er liegt in der schublade. am sonntag mach ich schluss"
        ),
        "self_harm",
    ),
]
FR += [
    (
        "fr-lesson-own-cuts",
        (
            "en classe on a vu le film ou elle se scarifie. moi je le fais depuis septembre avec "
            "une lame et c est de plus en plus profond"
        ),
        "self_harm",
    ),
    (
        "fr-lesson-own-letter",
        (
            "en classe on a parle du film avec la lettre d adieu. moi j ai deja ecrit la mienne, "
            "elle est sous mon lit. ce week-end je veux plus etre la"
        ),
        "self_harm",
    ),
]
IT += [
    (
        "it-lesson-own-cuts",
        (
            "in classe abbiamo visto il film sull autolesionismo. io lo faccio da settembre con "
            "la lametta sulle braccia e ieri non smetteva di sanguinare"
        ),
        "self_harm",
    ),
    (
        "it-lesson-own-letter",
        (
            "a lezione abbiamo letto la poesia sulla lettera d addio. io la mia l ho gia scritta, "
            "sabato quando sono sola la faccio finita"
        ),
        "self_harm",
    ),
]
ES += [
    (
        "es-lesson-own-cuts",
        (
            "en clase vimos un video sobre autolesiones. yo llevo meses haciendome cortes en las "
            "piernas con una cuchilla y no paraba de sangrar"
        ),
        "self_harm",
    ),
    (
        "es-lesson-own-letter",
        (
            "en clase hablamos de la pelicula de la carta de despedida. yo ya escribi la mia, "
            "esta en el cajon. el domingo quiero morir"
        ),
        "self_harm",
    ),
]
PL += [
    (
        "pl-lesson-own-cuts",
        (
            "na lekcji omawialismy piosenke o cieciu sie. ja to robie od wrzesnia zyletka na "
            "udach i nie przestawalo krwawic"
        ),
        "self_harm",
    ),
    (
        "pl-lesson-own-letter",
        (
            "na polskim czytalismy wiersz o liscie pozegnalnym. ja swoj juz napisalam, jest w "
            "szufladzie. w niedziele chce umrzec"
        ),
        "self_harm",
    ),
    (
        "pl-feast-gang-beat",
        "na andrzejki przyjdziemy pod twoja szkole i cie zlejemy, wiemy gdzie chodzisz",
        "violence",
    ),
]

# A feast's greeting that moves to an app where parents cannot read or no one
# else is to be added (rounds 108 and 109)
EN += [
    (
        "en-feast-app-noone-else",
        "Happy Diwali Priya, the class chat is boring, add me on Snapchat, dont add anyone else",
        "private_contact",
    ),
]
DE += [
    (
        "de-feast-app-unread",
        "Wichteln: schreib mir auf Snapchat, deine Eltern konnen das nicht lesen",
        "private_contact",
    )
]
FR += [
    (
        "fr-feast-app-unread",
        "Joyeux Aid, ajoute moi sur Insta, la-bas tes parents ne peuvent pas lire",
        "private_contact",
    )
]
IT += [
    (
        "it-feast-app-noone-else",
        "Babbo Natale segreto: scrivimi su telegram, non aggiungere nessun altro",
        "private_contact",
    )
]
ES += [
    (
        "es-feast-app-unread",
        "Amigo invisible: agregame en Instagram, tus padres no pueden leer alli",
        "private_contact",
    )
]
PL += [
    (
        "pl-feast-app-noone-else",
        "Mikolajki: napisz do mnie na snapie, nie dodawaj nikogo wiecej",
        "private_contact",
    )
]

# A threat to a whole group ("I'll kill you all") at a place and a time; "go
# private" typed as "priv8" because the teachers read the chat (rounds 108 and 109)
EN += [
    (
        "en-threat-you-all",
        "i'm going to kill you all on monday after the bell, every one of you",
        "violence",
    ),
    (
        "en-priv8-teachers-read",
        "the teachers read this chat so go priv8 with me on the ghost app",
        "private_contact",
    ),
]
DE += [
    (
        "de-threat-you-all",
        "ich bring euch alle um, Montag nach der letzten Stunde am Tor",
        "violence",
    )
]
FR += [
    ("fr-threat-you-all", "je vais tous vous tuer lundi à la sortie, vous allez voir", "violence")
]
IT += [("it-threat-you-all", "vi ammazzo tutti lunedì all'uscita, giuro", "violence")]
ES += [("es-threat-you-all", "os voy a matar a todos el lunes a la salida, ya veréis", "violence")]
PL += [
    ("pl-threat-you-all", "zabiję was wszystkich w poniedziałek po lekcjach pod bramą", "violence")
]

# Photos from the changing room, front and back or with no towel, or with fewer clothes, under a
# sponsor's or a camp's pretext (rounds 110 and 111)
EN += [
    (
        "en-sponsor-front-back",
        (
            "the sponsor wants to see how the leotard sits on you, send me some from the "
            "changing room, front and back, without the towel"
        ),
        "photo_request",
    ),
    (
        "en-fewer-clothes-pics",
        (
            "your tournament pics are sweet but i want private ones, with less clothes on. a "
            "vid is even better"
        ),
        "photo_request",
    ),
]
DE += [
    (
        "de-sponsor-front-back",
        (
            "Für den Ausrüster muss ich sehen, wie der neue Badeanzug sitzt. Schick mir aus "
            "der Umkleide ein paar Bilder, von vorne und hinten, ohne Handtuch"
        ),
        "photo_request",
    ),
    (
        "de-fewer-clothes-pics",
        (
            "deine Bilder vom Turnier sind süß, aber ich will welche nur für mich, mit "
            "weniger an. Video wär noch besser"
        ),
        "photo_request",
    ),
]
FR += [
    (
        "fr-sponsor-front-back",
        (
            "pour le sponsor je dois voir comment le nouveau maillot de bain te va, "
            "envoie-moi des photos du vestiaire, de face et de dos, sans serviette"
        ),
        "photo_request",
    ),
    (
        "fr-fewer-clothes-pics",
        "envoie une vidéo de toi moins habillée, juste pour moi",
        "photo_request",
    ),
]
IT += [
    (
        "it-sponsor-front-back",
        (
            "per lo sponsor devo vedere come ti sta il costume nuovo, mandami due foto dallo "
            "spogliatoio, davanti e dietro, senza asciugamano"
        ),
        "photo_request",
    ),
    (
        "it-fewer-clothes-pics",
        "le foto del torneo sono carine ma ne voglio di private, con meno vestiti addosso",
        "photo_request",
    ),
]
ES += [
    (
        "es-sponsor-front-back",
        (
            "para el patrocinador tengo que ver cómo te queda el bañador nuevo, mándame unas "
            "fotos desde el vestuario, de frente y de espaldas, sin toalla"
        ),
        "photo_request",
    ),
    (
        "es-fewer-clothes-pics",
        "mándame un vídeo en tu cuarto con menos ropa, solo para mí",
        "photo_request",
    ),
]
PL += [
    (
        "pl-sponsor-front-back",
        (
            "dla sponsora muszę zobaczyć, jak leży nowy strój kąpielowy, wyślij mi kilka "
            "zdjęć z szatni, z przodu i z tyłu, bez ręcznika"
        ),
        "photo_request",
    ),
    (
        "pl-fewer-clothes-pics",
        "zdjęcia z obozu są słodkie, ale chcę prywatne, mniej ubrana. film jeszcze lepiej",
        "photo_request",
    ),
]

# A meeting once the others have gone, the two alone, or in a car park with no need to tell the
# coach (rounds 110 and 111)
EN += [
    (
        "en-stay-when-others-leave",
        (
            "stay on the bus at the rest stop when the others get off, i've got something "
            "for you. just us two"
        ),
        "meeting",
    ),
    (
        "en-car-park-no-need-tell",
        (
            "meet me in the car park behind the clubhouse after the game, no need to tell "
            "your parents, i'll drive you to see the academy"
        ),
        "meeting",
    ),
]
DE += [
    (
        "de-stay-when-others-leave",
        "bleib nach dem Spiel noch in der Kabine, wenn die anderen weg sind. Nur wir beide",
        "meeting",
    ),
    (
        "de-car-park-no-need-tell",
        (
            "Treffen wir uns auf dem Parkplatz hinter der Halle, deinem Trainer musst du "
            "nichts sagen"
        ),
        "meeting",
    ),
]
FR += [
    (
        "fr-stay-when-others-leave",
        (
            "reste dans le vestiaire quand les autres seront partis, j'ai une surprise pour "
            "toi. rien que nous deux"
        ),
        "meeting",
    )
]
IT += [
    (
        "it-stay-when-others-leave",
        (
            "resta in pullman quando gli altri scendono all'autogrill, ho una cosa per te. "
            "solo noi due"
        ),
        "meeting",
    ),
    (
        "it-car-park-no-need-tell",
        "vediamoci al parcheggio dietro la palestra dopo la partita, non serve dirlo al mister",
        "meeting",
    ),
]
ES += [
    (
        "es-stay-when-others-leave",
        "quédate en el vestuario cuando se vayan los demás, tengo algo para ti. solo tú y yo",
        "meeting",
    ),
    (
        "es-car-park-no-need-tell",
        (
            "nos vemos en el aparcamiento detrás del pabellón, no hace falta que se lo digas "
            "a tu entrenador"
        ),
        "meeting",
    ),
]
PL += [
    (
        "pl-stay-when-others-leave",
        "zostań w szatni po treningu, jak reszta wyjdzie. tylko my dwoje",
        "meeting",
    ),
    (
        "pl-car-park-no-need-tell",
        "spotkajmy się na parkingu za halą po meczu, nie musisz mówić trenerowi",
        "meeting",
    ),
    (
        "pl-behind-stand-no-need-tell",
        "spotkajmy się za trybuną po meczu, zawiozę cię do klubu, nie musisz mówić trenerowi",
        "meeting",
    ),
]

# A chat app on a number the parents do not know, away from the coach who reads the group, or a
# server for two because the group is for kids (rounds 110 and 111)
EN += [
    (
        "en-second-number-trials",
        (
            "get yourself a second number your parents don't know about and text me on "
            "whatsapp there about the trials"
        ),
        "private_contact",
    ),
    (
        "en-group-for-kids",
        "made a snap group just for us, the group is for kids and you're more grown up",
        "private_contact",
    ),
]
DE += [
    (
        "de-second-number-trainer-reads",
        (
            "Mach dir ein WhatsApp mit einer anderen Nummer, die deine Eltern nicht kennen. "
            "Hier liest der Trainer alles mit."
        ),
        "private_contact",
    )
]
FR += [
    (
        "fr-coach-reads-all",
        (
            "passe sur Snap, ici le coach lit tout, là-bas c'est plus tranquille pour parler "
            "de ta sélection"
        ),
        "private_contact",
    )
]
IT += [("it-coach-reads-all", "scrivimi su Telegram, qui il mister legge tutto", "private_contact")]
ES += [
    (
        "es-coach-left-out",
        "escríbeme por Instagram y no metas al entrenador, es cosa nuestra",
        "private_contact",
    ),
    (
        "es-second-number-unknown",
        "hazte un whatsapp con otro número que tus padres no conozcan, te escribo allí",
        "private_contact",
    ),
]
PL += [
    (
        "pl-group-for-kids",
        (
            "zrobiłem kanał na discordzie tylko dla nas dwojga, grupa jest dla dzieci, a ty "
            "jesteś już duża"
        ),
        "private_contact",
    )
]

# A secret between the two, a place in the squad lost if it is told (rounds 110 and 111)
EN += [
    (
        "en-secret-off-team",
        (
            "what happened on the bus stays between you and me. if you tell your mum or the "
            "coach you're off the team"
        ),
        "secrecy",
    )
]
DE += [
    (
        "de-secret-off-team",
        (
            "Was in der Kabine war, bleibt unter uns. Wenn du es deinen Eltern erzählst, "
            "fliegst du aus dem Kader."
        ),
        "secrecy",
    )
]
FR += [
    (
        "fr-secret-off-team",
        (
            "Ce qui s'est passé au vestiaire reste entre nous. Si tu le dis à tes parents, "
            "tu perds ta place pour la finale."
        ),
        "secrecy",
    )
]
IT += [
    (
        "it-secret-off-team",
        (
            "Quello che è successo in trasferta è un segreto tra noi due. Se lo dici ai "
            "tuoi, non ti convoco più."
        ),
        "secrecy",
    )
]
ES += [
    (
        "es-secret-off-team",
        (
            "Lo del autobús queda entre tú y yo. Si se lo dices a alguien, no te convoco "
            "para el torneo."
        ),
        "secrecy",
    )
]
PL += [
    (
        "pl-secret-off-team",
        "To, co było w szatni, zostaje między nami. Jak powiesz rodzicom, wylatujesz z kadry.",
        "secrecy",
    )
]

# An adult asking what the child has done beyond kissing (rounds 110 and 111)
EN += [
    (
        "en-coach-beyond-kissing",
        "have you got a boyfriend yet? gone further than kissing? asking as your coach",
        "personal_question",
    )
]
DE += [
    (
        "de-coach-beyond-kissing",
        "Hast du schon mal mehr als küssen gemacht? Frag als Trainer",
        "personal_question",
    )
]
FR += [
    (
        "fr-coach-beyond-kissing",
        "t'as déjà fait plus que des bisous avec ton copain ? je demande en tant que coach",
        "personal_question",
    )
]
IT += [
    (
        "it-coach-beyond-kissing",
        "hai già fatto più che baciarvi con il tuo ragazzo? te lo chiedo da allenatore",
        "personal_question",
    )
]
ES += [
    (
        "es-coach-beyond-kissing",
        "¿has hecho ya algo más que besos con tu novio? te lo pregunto como entrenador",
        "personal_question",
    )
]
PL += [
    (
        "pl-coach-beyond-kissing",
        "zrobiłaś już coś więcej niż całowanie z chłopakiem? pytam jako trener",
        "personal_question",
    )
]

# The child's group said only to use the child, the adult the only one who sees the talent (rounds
# 110 and 111)
EN += [
    (
        "en-they-use-you",
        (
            "why bother with the band kids? they're just using you. only I see your talent, "
            "skip the camp and stay with me"
        ),
        "isolation",
    )
]
DE += [
    (
        "de-they-use-you",
        (
            "Was willst du mit denen aus dem Chor? Die nutzen dich nur aus. Nur ich weiß, "
            "was in dir steckt."
        ),
        "isolation",
    )
]
FR += [
    (
        "fr-they-use-you",
        (
            "Pourquoi tu traînes avec ceux de l'orchestre ? Ils se servent de toi. Il n'y a "
            "que moi qui vois ton talent."
        ),
        "isolation",
    )
]
IT += [
    (
        "it-they-use-you",
        "Lascia stare quelli della squadra, ti usano e basta. Solo io so quanto vali.",
        "isolation",
    )
]
ES += [
    (
        "es-they-use-you",
        "¿Para qué quieres a los del coro? Solo te utilizan. Solo yo sé lo que vales.",
        "isolation",
    )
]
PL += [
    (
        "pl-they-use-you",
        "Po co ci ta drużyna? Oni cię tylko wykorzystują. Tylko ja cię rozumiem.",
        "isolation",
    )
]
# A sharp thing used on one's own body, or hurting oneself again, hidden under sports kit (rounds
# 110 and 111)
EN += [
    (
        "en-hidden-hurt-sport",
        "did it again with the safety pin on my stomach, under my kit nobody can see it",
        "self_harm",
    )
]
DE += [
    (
        "de-hidden-hurt-sport",
        "hab wieder den Zirkel an meinem Bauch benutzt, unter der Sporthose sieht das keiner",
        "self_harm",
    )
]
FR += [
    (
        "fr-hidden-hurt-sport",
        "je me refais du mal depuis le tournoi, je garde mon "
        "survêt même en été comme ça personne voit",
        "self_harm",
    )
]
IT += [
    (
        "it-hidden-hurt-sport",
        "ho usato di nuovo la punta del compasso sulle cosce, sotto i pantaloncini nessuno vede",
        "self_harm",
    )
]
ES += [
    (
        "es-hidden-hurt-sport",
        "me he vuelto a hacer daño desde que me echaron del "
        "equipo, llevo manga larga para que no se vea",
        "self_harm",
    )
]
PL += [
    (
        "pl-hidden-hurt-sport",
        "znowu robię sobie krzywdę po przegranym meczu, noszę "
        "długie rękawy, żeby nikt nie zobaczył",
        "self_harm",
    )
]

# Pills put by, and nobody who would notice (rounds 110 and 111)
EN += [
    (
        "en-pills-unnoticed-sport",
        "been saving up my nans pills in my locker since the trials. nobody would miss me anyway",
        "self_harm",
    )
]
DE += [
    (
        "de-pills-unnoticed-sport",
        "ich sammle schon seit Wochen Tabletten von Oma, würde eh keiner merken wenn ich weg bin",
        "self_harm",
    )
]
FR += [
    (
        "fr-pills-unnoticed-sport",
        "j'ai mis de côté des cachets de ma mère depuis des "
        "semaines, de toute façon personne remarquerait",
        "self_harm",
    )
]
IT += [
    (
        "it-pills-unnoticed-sport",
        "sto mettendo da parte le pastiglie di mia nonna, tanto nessuno se ne accorgerebbe",
        "self_harm",
    )
]
ES += [
    (
        "es-pills-unnoticed-sport",
        "llevo semanas guardando pastillas de mi abuela en la "
        "mochila del equipo, nadie se daría cuenta",
        "self_harm",
    )
]
PL += [
    (
        "pl-pills-unnoticed-sport",
        "od tygodni zbieram tabletki babci w torbie treningowej, nikt by nie zauważył",
        "self_harm",
    )
]

# A height checked beside an end (rounds 110 and 111)
EN += [
    (
        "en-height-checked-sport",
        "i cant do this anymore. i checked how high the car park is next to the stadium",
        "self_harm",
    )
]
DE += [
    (
        "de-height-checked-sport",
        "ich kann nicht mehr. hab schon nachgeschaut wie hoch die Brücke beim Stadion ist",
        "self_harm",
    )
]
FR += [
    (
        "fr-height-checked-sport",
        "j'en peux plus, j'ai déjà vérifié la hauteur du pont près du stade",
        "self_harm",
    )
]
IT += [
    (
        "it-height-checked-sport",
        "non ce la faccio più, ho controllato quanto è alto il tetto della palestra",
        "self_harm",
    )
]
ES += [
    (
        "es-height-checked-sport",
        "ya no puedo más, he mirado qué altura tiene el puente al lado del campo",
        "self_harm",
    )
]
PL += [
    (
        "pl-height-checked-sport",
        "już nie mogę, sprawdziłam jak wysoki jest most koło hali",
        "self_harm",
    )
]

# A dangerous challenge, and not caring about waking up (rounds 110 and 111)
EN += [
    (
        "en-no-wake-sport",
        "trying the pass out challenge again tonight, if i don't wake up who cares",
        "self_harm",
    )
]
DE += [
    (
        "de-no-wake-sport",
        "mach heute wieder die Ohnmacht-Challenge, wenn ich nicht mehr aufwache wär mir egal",
        "self_harm",
    )
]
FR += [
    (
        "fr-no-wake-sport",
        "je refais le défi du foulard ce soir, si je me réveillais pas je m'en fiche",
        "self_harm",
    )
]
IT += [
    (
        "it-no-wake-sport",
        "stasera rifaccio la sfida del respiro, se non mi sveglio più chi se ne frega",
        "self_harm",
    )
]
ES += [
    (
        "es-no-wake-sport",
        "esta noche repito el reto de las pastillas, si no me despierto me daría igual",
        "self_harm",
    )
]
PL += [
    (
        "pl-no-wake-sport",
        "dziś znowu robię to wyzwanie z duszeniem, jak się nie obudzę to wszystko mi jedno",
        "self_harm",
    )
]

# An adult of the house in the bathroom at shower time (rounds 110 and 111)
EN += [
    (
        "en-bathroom-sport",
        "my stepdad keeps walking into the bathroom when im having a "
        "shower. i started locking it and now he shouts at me",
        "disclosure",
    )
]
DE += [
    (
        "de-bathroom-sport",
        "mein Stiefvater kommt immer rein wenn ich dusche, jetzt schließ ich ab "
        "und er wird sauer. weiß nicht wem ich das sagen soll",
        "disclosure",
    )
]
FR += [
    (
        "fr-bathroom-sport",
        "mon beau-père entre dans la salle de bain quand je me douche, il "
        "dit que c'est normal. je sais pas à qui le dire",
        "disclosure",
    )
]
IT += [
    (
        "it-bathroom-sport",
        "il mio patrigno entra sempre in bagno quando faccio la "
        "doccia, ho chiuso a chiave e si è arrabbiato",
        "disclosure",
    )
]
ES += [
    (
        "es-bathroom-sport",
        "mi padrastro entra en el baño cuando me ducho y dice "
        "que es normal, no sé a quién contárselo",
        "disclosure",
    )
]
PL += [
    (
        "pl-bathroom-sport",
        "ojczym wchodzi do łazienki jak biorę prysznic, zamknęłam drzwi na klucz i był wściekły",
        "disclosure",
    )
]

# An adult who gets into the child's bed while the others sleep (rounds 110 and 111)
EN += [
    (
        "en-bed-sport",
        "on the football camp the coach comes into my bed when the others are asleep",
        "disclosure",
    )
]
DE += [
    (
        "de-bed-sport",
        "im Trainingslager kommt der Trainer in mein Bett, wenn die anderen schlafen",
        "disclosure",
    )
]
FR += [
    (
        "fr-bed-sport",
        "au camp le moniteur vient dans mon lit pendant que les autres dorment",
        "disclosure",
    )
]
IT += [
    (
        "it-bed-sport",
        "al ritiro l'allenatore viene nel mio letto quando gli altri dormono",
        "disclosure",
    )
]
ES += [
    (
        "es-bed-sport",
        "en la concentración el entrenador se mete en mi cama cuando los demás duermen",
        "disclosure",
    )
]
PL += [
    (
        "pl-bed-sport",
        "na obozie trener przychodzi do mnie jak inni śpią i kładzie się do mojego łóżka",
        "disclosure",
    )
]

# A relative who touches and pays for silence (rounds 110 and 111)
EN += [
    (
        "en-hush-gift-sport",
        "my uncle touches me when mum is at work and buys me robux so i dont tell",
        "disclosure",
    )
]
DE += [
    (
        "de-hush-gift-sport",
        "mein Onkel fasst mich an und schenkt mir V-Bucks, damit ich nichts sage",
        "disclosure",
    )
]
FR += [
    (
        "fr-hush-gift-sport",
        "mon oncle me touche quand il vient et il me donne de l'argent pour que je dise rien",
        "disclosure",
    )
]
IT += [
    (
        "it-hush-gift-sport",
        "mio zio mi tocca quando resta a dormire e mi regala le gemme perché non dica niente",
        "disclosure",
    )
]
ES += [
    (
        "es-hush-gift-sport",
        "mi primo mayor me toca cuando viene y me da dinero para que no cuente nada",
        "disclosure",
    )
]
PL += [
    (
        "pl-hush-gift-sport",
        "wujek mnie dotyka jak u nas nocuje i daje mi kasę, żebym nic nie mówiła",
        "disclosure",
    )
]

# A man online who knows where the child lives and wants pictures (rounds 110 and 111)
EN += [
    (
        "en-knows-home-sport",
        "a guy on fortnite says he knows where i live and wants pics of me in the bath",
        "disclosure",
    )
]
DE += [
    (
        "de-knows-home-sport",
        "ein Mann auf Roblox sagt er weiß wo ich wohne und will Fotos von mir",
        "disclosure",
    )
]
FR += [
    (
        "fr-knows-home-sport",
        "un mec sur roblox dit qu'il sait où j'habite et il veut des photos de moi",
        "disclosure",
    )
]
IT += [
    (
        "it-knows-home-sport",
        "un uomo su roblox dice che sa dove abito e vuole foto di me",
        "disclosure",
    )
]
ES += [
    (
        "es-knows-home-sport",
        "un señor en roblox dice que sabe dónde vivo y quiere fotos mías",
        "disclosure",
    )
]
PL += [
    (
        "pl-knows-home-sport",
        "jakiś pan na robloxie pisze że wie gdzie mieszkam i chce moje zdjęcia",
        "disclosure",
    )
]

# A parent gone for days, the child fed only elsewhere (rounds 110 and 111)
EN += [
    (
        "en-neglect-sport",
        "mum disappears for days again, the only meal i get is the school lunch",
        "disclosure",
    )
]
DE += [
    (
        "de-neglect-sport",
        "Mama ist tagelang weg, ich esse nur was es in der Schule gibt",
        "disclosure",
    )
]
FR += [
    (
        "fr-neglect-sport",
        "maman disparaît pendant des jours, je mange que ce qu'on me donne à la cantine",
        "disclosure",
    )
]
IT += [("it-neglect-sport", "mia madre sparisce per giorni, mangio solo a scuola", "disclosure")]
ES += [
    (
        "es-neglect-sport",
        "mi madre desaparece durante días y solo como lo que me dan en el comedor",
        "disclosure",
    )
]
PL += [("pl-neglect-sport", "mama znika na kilka dni, jem tylko w szkole", "disclosure")]

# A wait for someone with bats, and an ambulance (rounds 110 and 111)
EN += [
    (
        "en-wait-bats-sport",
        "well wait for him at the back gate with bats, hes leaving in an ambulance",
        "violence",
    )
]
DE += [
    (
        "de-wait-bats-sport",
        "wir warten an der Halle mit Schlägern auf ihn, der geht im Krankenwagen raus",
        "violence",
    )
]
FR += [
    (
        "fr-wait-bats-sport",
        "on va l'attendre avec des battes à la sortie du gymnase, il va repartir en ambulance",
        "violence",
    )
]
IT += [
    (
        "it-wait-bats-sport",
        "lo aspettiamo con le mazze fuori dal palazzetto, esce in ambulanza",
        "violence",
    )
]
ES += [
    (
        "es-wait-bats-sport",
        "le esperamos con palos a la salida del campo, sale en ambulancia",
        "violence",
    )
]
PL += [("pl-wait-bats-sport", "poczekamy na niego z kijami pod halą, wyjedzie karetką", "violence")]

# A knife taken along, and "he'll get it" (rounds 110 and 111)
EN += [
    (
        "en-knife-payback-sport",
        "got my brothers knife in my pocket for monday, that kid is gonna get it",
        "violence",
    )
]
DE += [
    (
        "de-knife-payback-sport",
        "hab das Messer von meinem Cousin dabei, der kriegt was ab am Montag",
        "violence",
    )
]
FR += [
    (
        "fr-knife-payback-sport",
        "j'ai le couteau de mon frère dans mon sac, lundi il va s'en prendre une",
        "violence",
    )
]
IT += [
    (
        "it-knife-payback-sport",
        "ho il coltello di mio fratello nello zaino, lunedì se le prende",
        "violence",
    )
]
ES += [
    (
        "es-knife-payback-sport",
        "llevo la navaja de mi hermano en la mochila, el lunes se va a llevar una",
        "violence",
    )
]
PL += [
    (
        "pl-knife-payback-sport",
        "mam nóż brata w plecaku, w poniedziałek dostanie za swoje",
        "violence",
    )
]


# A wait that ends on a stretcher, after a match; "I can't anymore" beside a height
# checked (rounds 110 and 111)
EN += [
    (
        "en-wait-stretcher-after-match",
        "we're gonna wait for him with bats after the game, he'll leave on a stretcher",
        "violence",
    ),
    (
        "en-cant-anymore-height-checked",
        "i cant anymore, i looked up how high the multistorey car park is",
        "self_harm",
    ),
]

# Sextortion told by the child: someone has the child's pictures and wants
# money, gift cards or more, or sends them to the class; the adult's side, more
# pictures due or the first goes to the year's group (rounds 110 and 111)
EN += [
    (
        "en-sextortion-told",
        "a guy off minecraft has my pics and wants 40 quid in steam cards or he sends them to my "
        "whole class. i already paid him 10",
        "disclosure",
    ),
    (
        "en-sextortion-post",
        "i sent a pic to a boy on snap and now he's got my pics and says he'll post them if i "
        "block him",
        "disclosure",
    ),
    (
        "en-sextortion-adult",
        "i've still got your pic. 3 more by tonight or the first goes in your year group chat and "
        "i tag your mates",
        "photo_request",
    ),
]
DE += [
    (
        "de-sextortion-told",
        "Ein Typ von Insta hat meine Fotos und will Geld in Paysafecards, sonst schickt er sie an "
        "meine ganze Schule",
        "disclosure",
    ),
    (
        "de-sextortion-adult",
        "hab deine Bilder noch. noch zwei bis heute Abend, sonst kriegt deine ganze Klasse alles",
        "photo_request",
    ),
]
FR += [
    (
        "fr-sextortion-told",
        "il a mes photos et il veut de l'argent en cartes cadeaux sinon il les envoie à toute ma "
        "classe, j'ai déjà payé 20",
        "disclosure",
    ),
    (
        "fr-sextortion-adult",
        "j'ai toujours ta photo. encore deux ce soir ou toute ta classe la recevra",
        "photo_request",
    ),
]
IT += [
    (
        "it-sextortion-told",
        "un tipo di tiktok ha le mie foto e vuole soldi, altrimenti le manda a tutta la scuola",
        "disclosure",
    ),
    (
        "it-sextortion-adult",
        "ho ancora la tua foto. altre due entro stasera o la riceve tutta la tua classe",
        "photo_request",
    ),
]
ES += [
    (
        "es-sextortion-told",
        "un chico de insta tiene mis fotos y quiere dinero en tarjetas regalo o las manda a todo "
        "el insti",
        "disclosure",
    ),
    (
        "es-sextortion-adult",
        "todavía tengo tu foto. dos más esta noche o la recibe toda tu clase",
        "photo_request",
    ),
]
PL += [
    (
        "pl-sextortion-told",
        "typ z gry ma moje zdjęcia i chce kasy, inaczej wyśle je całej szkole, już mu dałam 50 zł",
        "disclosure",
    ),
    (
        "pl-sextortion-adult",
        "mam jeszcze twoje zdjęcie. jeszcze dwa do wieczora albo dostanie je cała twoja klasa",
        "photo_request",
    ),
]

# The adult saved in the child's phone under a teammate's name so that a parent
# does not ask, the voice messages deleted every night (rounds 110 and 111)
EN += [
    (
        "en-save-me-as",
        "save me as Emma netball in your phone so your mum won't ask, and delete the voice notes",
        "secrecy",
    )
]
DE += [
    (
        "de-save-me-as",
        "speicher mich als Lea Handball, dann fragt deine Mama nicht. und lösch die "
        "Sprachnachrichten",
        "secrecy",
    )
]
FR += [
    (
        "fr-save-me-as",
        "enregistre-moi sous Léa hand, comme ça ta mère pose pas de questions",
        "secrecy",
    )
]
IT += [
    (
        "it-save-me-as",
        "salvami in rubrica come Giulia pallavolo, così tua madre non chiede, e cancella i vocali",
        "secrecy",
    )
]
ES += [("es-save-me-as", "agéndame como Lucía basket, así tus padres no preguntan", "secrecy")]
PL += [("pl-save-me-as", "zapisz mnie jako Kasia kosz, żeby mama nie pytała", "secrecy")]

# The parents to be dropped with the friends, and the writer the one who
# understands the child best (rounds 110 and 111)
EN += [
    (
        "en-understand-best",
        "they left you out again. forget them and your parents too, nobody gets you like i do",
        "isolation",
    )
]
DE += [
    (
        "de-understand-best",
        "die aus deiner Klasse und deine Eltern auch, vergiss sie. ich verstehe dich besser als "
        "alle",
        "isolation",
    )
]
FR += [
    (
        "fr-understand-best",
        "laisse tomber tes copines et tes parents aussi, je te comprends mieux que personne",
        "isolation",
    )
]
IT += [
    (
        "it-understand-best",
        "lascia perdere le tue compagne e anche i tuoi, nessuno ti capisce come me",
        "isolation",
    )
]
ES += [
    (
        "es-understand-best",
        "pasa de tus amigas y de tus padres también, yo te entiendo mejor que nadie",
        "isolation",
    )
]
PL += [
    (
        "pl-understand-best",
        "olej koleżanki i rodziców też, nikt cię nie rozumie tak jak ja",
        "isolation",
    )
]

# Sweets given by a neighbour and no more of them if the child tells a parent,
# held by the rules again (rounds 110 and 111)
EN += [
    (
        "en-no-more-sweets",
        "the man next door gives me sweets and he said if i tell mum he won't give me any more",
        "secrecy",
    )
]
FR += [
    (
        "fr-no-more-sweets",
        "le monsieur d'en bas m'a donné des chocolats, il m'a dit que si je le dis à maman j'en "
        "aurai plus",
        "secrecy",
    )
]
DE += [
    (
        "de-no-more-sweets",
        "der Mann von nebenan gibt mir Schokolade und hat gesagt, wenn ich was sage, krieg "
        "ich keine mehr",
        "secrecy",
    )
]
IT += [
    (
        "it-no-more-sweets",
        "il vicino mi dà le caramelle e mi ha detto che se lo dico a papà non me ne dà più",
        "secrecy",
    )
]


# Read again by hand after the lessons of rounds 110 and 111 merged: more
# pictures by a time or the class sees, with no word of the first; a threat
# named as such, or a price, over the child's own pictures; bats in the plural
# beside a wait; sexual experience asked in another tense
EN += [
    (
        "en-more-or-class-sees",
        "send me two more by 8 or your whole school sees the first one",
        "photo_request",
    ),
    (
        "en-threatening-to-share",
        "he has my pics and is threatening to share them if i dont pay",
        "disclosure",
    ),
    (
        "en-bats-wait-gate",
        "we'll wait for him at gate 3 after the match with baseball bats",
        "violence",
    ),
    (
        "en-do-more-than-kissing",
        "did you already do more than kissing? asking as your coach",
        "personal_question",
    ),
]
DE += [
    (
        "de-more-or-class-sees",
        "schick mir bis morgen noch ein video, sonst sieht deine klasse das erste",
        "photo_request",
    ),
    (
        "de-threat-pics-parents",
        "er hat meine fotos und droht damit, sie meinen eltern zu schicken",
        "disclosure",
    ),
]
FR += [
    (
        "fr-more-or-class-sees",
        "envoie-moi encore une photo avant ce soir, sinon toute ta classe la verra",
        "photo_request",
    ),
    (
        "fr-bats-gym-exit",
        "on l'attend à la sortie du gymnase avec des battes, il va finir à l'hôpital",
        "violence",
    ),
]
IT += [
    (
        "it-more-or-class-sees",
        "mandami altre foto entro stasera, altrimenti la vede la tua classe",
        "photo_request",
    ),
    (
        "it-threat-pics-pay",
        "ha le mie foto e minaccia di pubblicarle se non pago 100 euro",
        "disclosure",
    ),
]
ES += [
    (
        "es-more-or-class-sees",
        "mándame otra más antes de las 10 o la ve toda tu clase",
        "photo_request",
    ),
    (
        "es-threat-pics-class",
        "tiene mis fotos y me amenaza con mandarlas a mi clase si no le pago",
        "disclosure",
    ),
]
PL += [
    (
        "pl-more-or-class-sees",
        "wyślij mi jeszcze jedno do jutra, bo inaczej twoja klasa zobaczy",
        "photo_request",
    ),
    (
        "pl-threat-pics-pay",
        "ma moje zdjęcia i grozi, że wyśle je do mojej klasy, jeśli nie zapłacę 300 zł",
        "disclosure",
    ),
]
# Rounds 112 and 113, injuries, drills, rotas and lessons used as cover: cuts passed
# off as a fall at sport and then said untrue, a bathroom door opened on the child
# again and again, a place in the team at stake, private lessons with the keys,
# new pictures or the class sees, a lesson's warning come true, never coming back
# up from the pool, a touch under the swimsuit called a drill (rounds 112 and 113)
EN += [
    (
        "en-cuts-not-from-netball",
        (
            "told the nurse the cuts on my arm were from falling at netball. they're not. i"
            " do it at night with a razor blade"
        ),
        "self_harm",
    ),
    (
        "en-host-dad-bathroom-every-time",
        (
            "my host dad opens the bathroom door every time i'm in the shower and says he"
            " forgot his towel"
        ),
        "disclosure",
    ),
    (
        "en-changing-room-off-team",
        (
            "what happened in the hotel room is nobody's business. if it gets out you're off"
            " the team"
        ),
        "secrecy",
    ),
    (
        "en-private-lesson-keys",
        (
            "private lessons at the rink on saturday before it opens, i've got the keys, no"
            " parents, they just get in the way"
        ),
        "meeting",
    ),
    (
        "en-new-pics-class-chat",
        "3 new pics by tonight or the old ones end up in your class chat",
        "photo_request",
    ),
    (
        "en-lesson-happening-to-me",
        (
            "we did sextortion in pshe and now it's happening to me for real, a guy has a"
            " photo of me and wants 100 quid or else"
        ),
        "disclosure",
    ),
    (
        "en-never-come-back-up",
        "at the pool i just want to sink and never come back up",
        "self_harm",
    ),
    (
        "en-coach-under-swimsuit",
        "my swim coach puts his hand under my swimsuit and says it's normal for the drill",
        "disclosure",
    ),
    (
        "en-scratches-a-lie",
        (
            "told my PE teacher the scratches on my wrist were from the cat. that's a lie."
            " i do it myself"
        ),
        "self_harm",
    ),
    (
        "en-lesson-named-then-new-pics",
        (
            "remember the e-safety talk? well now you're in it. two new pics by 9 or your"
            " class sees the old ones"
        ),
        "photo_request",
    ),
]
DE += [
    (
        "de-schnitte-gelogen",
        (
            "hab meiner Mutter gesagt die Schnitte am Arm sind vom Handball. Stimmt nicht,"
            " ich mach das nachts mit der Klinge"
        ),
        "self_harm",
    ),
    (
        "de-gastvater-bad-jedesmal",
        (
            "der Gastvater macht jedes Mal die Tür auf wenn ich im Bad bin und sagt er hat"
            " was vergessen"
        ),
        "disclosure",
    ),
    (
        "de-kabine-kader",
        (
            "was in der Kabine passiert ist geht keinen was an. Wenn das rauskommt, fliegst"
            " du aus der Mannschaft"
        ),
        "secrecy",
    ),
    (
        "de-einzeltraining-schluessel",
        (
            "Einzeltraining am Samstag in der Halle, ich hab den Schlüssel, ohne Eltern, nur"
            " du und ich"
        ),
        "meeting",
    ),
    (
        "de-neue-bilder-klassenchat",
        "zwei neue Bilder bis 21 Uhr oder die alten landen im Klassenchat",
        "photo_request",
    ),
    (
        "de-passiert-mir-jetzt",
        (
            "das aus dem Unterricht passiert mir gerade wirklich, einer hat Bilder von mir"
            " und will 50 Euro sonst schickt er sie rum"
        ),
        "disclosure",
    ),
    (
        "de-nicht-mehr-auftauchen",
        "beim Tauchen denk ich nur dran, einfach nicht mehr aufzutauchen, ich will nicht mehr",
        "self_harm",
    ),
    (
        "de-trainer-badeanzug",
        (
            "der Trainer fasst mir unter den Badeanzug, er sagt das gehört zur Übung und ich"
            " soll es keinem sagen"
        ),
        "disclosure",
    ),
]
FR += [
    (
        "fr-coupures-menti",
        (
            "j'ai dit que les coupures sur mon bras venaient du judo, j'ai menti. je me les"
            " fais le soir avec une lame"
        ),
        "self_harm",
    ),
    (
        "fr-pere-accueil-douche",
        (
            "le père de ma famille d'accueil ouvre la porte à chaque fois que je suis sous la"
            " douche et il me regarde"
        ),
        "disclosure",
    ),
    (
        "fr-vestiaire-equipe",
        (
            "ce qui s'est passé au vestiaire ça regarde personne. si ça se sait, tu joueras"
            " plus jamais"
        ),
        "secrecy",
    ),
    (
        "fr-cours-prive-cles",
        (
            "cours privé dimanche matin à la piscine avant l'ouverture, j'ai les clés, sans"
            " tes parents"
        ),
        "meeting",
    ),
    (
        "fr-nouvelles-photos-classe",
        "deux nouvelles photos avant ce soir ou toute la classe verra les anciennes",
        "photo_request",
    ),
    (
        "fr-ca-m-arrive",
        (
            "on a vu la sextorsion en cours, et là ça m'arrive vraiment : un mec a une photo"
            " de moi et veut 100 euros sinon il la poste"
        ),
        "disclosure",
    ),
    (
        "fr-plus-remonter",
        "sous l'eau je pense juste à ne plus remonter, je veux plus me réveiller le matin",
        "self_harm",
    ),
    (
        "fr-coach-maillot",
        (
            "mon entraîneur met la main sous mon maillot, il dit que c'est pour la position"
            " et m'a dit de rien dire"
        ),
        "disclosure",
    ),
]
IT += [
    (
        "it-tagli-bugia",
        (
            "ho detto che i tagli sulla gamba erano della caduta a pallavolo, era una bugia."
            " me li faccio io la sera col temperino"
        ),
        "self_harm",
    ),
    (
        "it-padre-ospite-doccia",
        (
            "il padre della famiglia ospitante apre la porta ogni volta che sono sotto la"
            " doccia e mi guarda"
        ),
        "disclosure",
    ),
    (
        "it-spogliatoio-squadra",
        (
            "quello che è successo in albergo non sono affari di nessuno. se si viene a"
            " sapere, fuori dalla squadra"
        ),
        "secrecy",
    ),
    (
        "it-lezione-privata-chiavi",
        (
            "lezione privata domenica in palestra prima che apra, ho le chiavi, senza i tuoi"
            " genitori"
        ),
        "meeting",
    ),
    (
        "it-nuove-foto-classe",
        "due foto nuove entro stasera o la vede tutta la classe",
        "photo_request",
    ),
    (
        "it-mi-sta-succedendo",
        (
            "ne abbiamo parlato a scuola e ora mi sta succedendo davvero: uno ha una foto mia"
            " e vuole 50 euro o la manda a tutti"
        ),
        "disclosure",
    ),
    (
        "it-non-risalire",
        "quando mi immergo vorrei non risalire più, non ce la faccio più",
        "self_harm",
    ),
    (
        "it-allenatore-costume",
        (
            "l'allenatore mi mette la mano sotto il costume, dice che è per l'esercizio e mi"
            " ha detto di non dirlo a nessuno"
        ),
        "disclosure",
    ),
]
ES += [
    (
        "es-cortes-mentira",
        (
            "dije que los cortes de la pierna eran de una caída en el partido, es mentira. me"
            " los hago yo por la noche con una cuchilla"
        ),
        "self_harm",
    ),
    (
        "es-padre-acogida-ducha",
        (
            "el padre de la familia de acogida abre la puerta cada vez que estoy en la ducha"
            " y se queda mirando"
        ),
        "disclosure",
    ),
    (
        "es-vestuario-equipo",
        "lo del vestuario no es asunto de nadie. si alguien se entera, fuera del equipo",
        "secrecy",
    ),
    (
        "es-clase-privada-llaves",
        (
            "clase privada el domingo en la piscina antes de que abra, tengo las llaves, sin"
            " tus padres"
        ),
        "meeting",
    ),
    (
        "es-fotos-nuevas-clase",
        "dos fotos nuevas antes de las 10 o las ve toda la clase",
        "photo_request",
    ),
    (
        "es-me-esta-pasando",
        (
            "lo vimos en clase y ahora me está pasando de verdad, un tío tiene una foto mía y"
            " quiere 100 euros o la publica"
        ),
        "disclosure",
    ),
    (
        "es-no-volver-a-salir",
        ("en la piscina pienso en quedarme en el fondo y no volver a salir, no quiero despertarme"),
        "self_harm",
    ),
    (
        "es-monitor-banador",
        (
            "el monitor me mete la mano por debajo del bañador y me ha dicho que no se lo"
            " cuente a nadie"
        ),
        "disclosure",
    ),
]
PL += [
    (
        "pl-rany-klamstwo",
        (
            "powiedziałam, że rany na udzie są z upadku na treningu. to nieprawda, robię to"
            " sama wieczorem żyletką"
        ),
        "self_harm",
    ),
    (
        "pl-ojciec-lazienka",
        (
            "ojciec z rodziny goszczącej otwiera drzwi łazienki za każdym razem, jak się"
            " myję, i się gapi"
        ),
        "disclosure",
    ),
    (
        "pl-szatnia-druzyna",
        "to, co było w szatni, nikogo nie obchodzi. jak to wyjdzie, wylatujesz z drużyny",
        "secrecy",
    ),
    (
        "pl-lekcja-prywatna-klucze",
        "lekcja prywatna w niedzielę na basenie przed otwarciem, mam klucze, bez rodziców",
        "meeting",
    ),
    (
        "pl-nowe-zdjecia-klasa",
        "dwa nowe zdjęcia do wieczora albo cała klasa zobaczy stare",
        "photo_request",
    ),
    (
        "pl-dzieje-sie-naprawde",
        (
            "mieliśmy o tym lekcję, a teraz to mi się dzieje: gość ma moje zdjęcie i chce 200"
            " zł, bo inaczej je wyśle"
        ),
        "disclosure",
    ),
    (
        "pl-nie-wyplynac",
        "na basenie myślę tylko o tym, żeby zostać na dnie, nie chcę się budzić",
        "self_harm",
    ),
    (
        "pl-trener-kostium",
        "trener wkłada mi rękę pod kostium i mówi, że to normalne na treningu",
        "disclosure",
    ),
]

# Notices, advice and offers used as cover (rounds 112 and 113): a club's notice
# quoted, then the writer not one of its adults and his own move; a prize
# brought in person after a giveaway's advice; the child's stop and when the
# child is home alone; weight and a bra asked in a clause under a kit order
EN += [
    (
        "en-not-staff-add-me",
        (
            "The welfare poster says coaches never text players on WhatsApp, fair enough. "
            "I'm not a coach though, I just run the tuck shop 😉 add me on snap, "
            "jayden.kicks, and keep it out of the group chat"
        ),
        "private_contact",
    ),
    (
        "en-not-staff-come-early",
        (
            "club rules say no leader is ever alone with a player. good rule, but I'm not "
            "a leader, I only do the nets. come on Saturday an hour before everyone else, "
            "no need to tell your mum"
        ),
        "meeting",
    ),
    (
        "en-won-bring-myself",
        (
            "Proper competitions never want your home address, true 😊 but you're the "
            "winner Chloe! I'll bring it round to yours myself on Friday while your mum's "
            "at work, what's the address? keep it quiet"
        ),
        "gift_offer",
    ),
    (
        "en-stop-and-anyone-home",
        (
            "I won't ask where you live, don't worry. just which stop you get off at and "
            "whether anyone is home after school"
        ),
        "personal_question",
    ),
    (
        "en-kit-weigh-bra",
        (
            "For the new swimsuits I need more than a size, Grace: how much you weigh and "
            "whether you wear a bra yet 😊"
        ),
        "personal_question",
    ),
]
DE += [
    (
        "de-not-staff-add-me",
        (
            "Laut Vereinsregeln schreiben Trainer Kindern nie privat. Klar, aber ich bin "
            "ja kein Trainer, nur der Platzwart 😎 adde mich auf Insta: jonas.platz09, "
            "aber sag's keinem im Team"
        ),
        "private_contact",
    ),
    (
        "de-not-staff-early",
        (
            "In der Satzung steht, dass kein Betreuer mit einem Kind allein ist. Ich bin "
            "kein Betreuer, nur der Zeugwart 😉 Komm Samstag eine Stunde vor den anderen "
            "in die Halle, deine Eltern müssen das nicht wissen"
        ),
        "meeting",
    ),
    (
        "de-won-bring-myself",
        (
            "Echte Gewinnspiele wollen nie deine Adresse, stimmt 👍 aber du hast schon "
            "gewonnen, Jonas! Ich bring es dir selbst vorbei, wenn deine Eltern arbeiten, "
            "sag mir wo du wohnst und verrat es keinem"
        ),
        "gift_offer",
    ),
    (
        "de-home-when-anyone",
        (
            "keine angst, deine adresse will ich nicht. sag mir nur, wann du nach hause "
            "kommst und ob dann jemand zuhause ist"
        ),
        "personal_question",
    ),
    (
        "de-kit-weigh-clause",
        (
            "Für die Badeanzüge brauch ich noch, wie viel du wiegst und ob du einen BH "
            "trägst, Lena 😊"
        ),
        "personal_question",
    ),
]
FR += [
    (
        "fr-not-staff-add-me",
        (
            "Le règlement du club dit que les éducateurs n'écrivent jamais aux enfants en "
            "privé. Normal, mais je ne suis pas entraîneur, juste le papa d'un joueur 😎 "
            "ajoute-moi sur Insta : hugo.foot77 et ne le dis pas au groupe"
        ),
        "private_contact",
    ),
    (
        "fr-won-bring-myself",
        (
            "Les vrais jeux concours ne demandent jamais ton adresse, c'est vrai 👍 mais "
            "t'as gagné, Inès ! Je te l'apporte mercredi pendant que tes parents sont au "
            "travail, dis-moi où tu habites et garde ça pour toi"
        ),
        "gift_offer",
    ),
    (
        "fr-stop-when-home",
        (
            "je te demande pas ton adresse t'inquiète, juste à quel arrêt tu descends et "
            "à quelle heure tu rentres"
        ),
        "personal_question",
    ),
    (
        "fr-kit-weigh-bra",
        (
            "Pour les maillots de la gym il me faut combien tu pèses et si tu portes déjà "
            "un soutien-gorge 😊"
        ),
        "personal_question",
    ),
]
IT += [
    (
        "it-not-staff-add-me",
        (
            "Il regolamento dice che gli allenatori non scrivono mai ai ragazzi in "
            "privato. Giusto, ma io non sono un allenatore, sono l'autista del pulmino 😎 "
            "aggiungimi su Insta: dario.bus77 e non dirlo al gruppo"
        ),
        "private_contact",
    ),
    (
        "it-not-staff-early",
        (
            "Lo statuto dice che nessun istruttore resta solo con un ragazzo. Io non sono "
            "istruttore, faccio solo le pulizie 😉 vieni in palestra sabato prima degli "
            "altri, ai tuoi non serve dirlo"
        ),
        "meeting",
    ),
    (
        "it-won-bring-myself",
        (
            "I concorsi veri non chiedono mai l'indirizzo, giusto 👍 ma hai vinto tu, "
            "Giulia! Te lo porto io venerdì quando i tuoi sono al lavoro, dimmi dove "
            "abiti e acqua in bocca"
        ),
        "gift_offer",
    ),
    (
        "it-stop-anyone-home",
        (
            "non ti chiedo l'indirizzo tranquilla, dimmi solo a che fermata scendi e se "
            "c'è qualcuno in casa quando arrivi"
        ),
        "personal_question",
    ),
    (
        "it-kit-weigh-bra",
        ("Per i costumi nuovi mi serve sapere quanto pesi e se porti già il reggiseno 😊"),
        "personal_question",
    ),
]
ES += [
    (
        "es-not-staff-add-me",
        (
            "En el reglamento pone que los entrenadores nunca escriben a los niños por "
            "privado. Vale, pero yo no soy entrenador, solo el utillero 😎 agrégame en "
            "Insta: rober.utillero y no lo cuentes en el grupo"
        ),
        "private_contact",
    ),
    (
        "es-not-staff-early",
        (
            "La norma del club dice que ningún monitor se queda a solas con un niño. Yo "
            "no soy monitor, solo llevo el bar 😉 ven el sábado antes que los demás, a tus "
            "padres no hace falta decírselo"
        ),
        "meeting",
    ),
    (
        "es-won-bring-myself",
        (
            "Los sorteos de verdad nunca piden tu dirección, es verdad 👍 ¡pero has ganado "
            "tú, Lucía! Te lo llevo yo el miércoles cuando tus padres estén trabajando, "
            "dime dónde vives y no se lo digas a nadie"
        ),
        "gift_offer",
    ),
    (
        "es-stop-when-home",
        (
            "tranqui, no te pido la dirección. solo dime en qué parada te bajas y a qué "
            "hora llegas a casa"
        ),
        "personal_question",
    ),
    (
        "es-kit-weigh-bra",
        ("Para los maillots nuevos necesito saber cuánto pesas y si ya usas sujetador 😊"),
        "personal_question",
    ),
]
PL += [
    (
        "pl-not-staff-add-me",
        (
            "W regulaminie jest, że trenerzy nigdy nie piszą do dzieci prywatnie. Jasne, "
            "ale ja nie jestem trenerem, tylko kierowcą busa 😎 dodaj mnie na Insta: "
            "marek.bus88 i nie mów o tym na grupie"
        ),
        "private_contact",
    ),
    (
        "pl-not-staff-early",
        (
            "Regulamin mówi, że żaden opiekun nie zostaje sam z dzieckiem. Ja nie jestem "
            "opiekunem, tylko sprzątam halę 😉 przyjdź w sobotę przed innymi, rodzicom nie "
            "musisz mówić"
        ),
        "meeting",
    ),
    (
        "pl-won-bring-myself",
        (
            "Prawdziwe konkursy nigdy nie pytają o adres, to prawda 👍 ale ty już "
            "wygrałaś, Zosia! Sam ci przywiozę nagrodę w środę, jak rodzice będą w pracy, "
            "napisz gdzie mieszkasz i nikomu nie mów"
        ),
        "gift_offer",
    ),
    (
        "pl-stop-anyone-home",
        (
            "spokojnie, nie pytam o adres. powiedz tylko, na którym przystanku wysiadasz "
            "i czy ktoś jest w domu po szkole"
        ),
        "personal_question",
    ),
    (
        "pl-kit-weigh-bra",
        "Do nowych strojów potrzebuję wiedzieć, ile ważysz i czy nosisz już stanik 😊",
        "personal_question",
    ),
]

# The family circle: a knife taken to a parent's ex, a child locked in with no food,
# a second phone or SIM kept from a parent, a visit while a grandparent naps, a
# detour nobody notices, a lesson in a car with nobody else, swimsuit pictures from
# close up, a new adult asking about the shower (rounds 112 and 113)
EN += [
    (
        "en-family-stab-stepdad",
        "if my stepdad touches my mum again im gonna stab him with the bread knife, "
        "tonight when he gets home. not joking",
        "violence",
    ),
    (
        "en-family-shut-in-no-food",
        "my aunt locks me in the box room when she goes to work and there is no food "
        "until she gets back. i'm 7",
        "disclosure",
    ),
    (
        "en-family-nap-come-up",
        "when your nan has her nap after lunch come up to my flat, quietly, I've got the "
        "new console",
        "meeting",
    ),
    (
        "en-family-just-neighbour",
        "to your mom i'm just the nice man from number 4. keep it secret and delete my messages",
        "secrecy",
    ),
    (
        "en-family-close-up-swim",
        "loved your holiday album. take a few more in your swimsuit, close up, and send "
        "them just to me",
        "photo_request",
    ),
    (
        "en-family-shower-q",
        "hi sweetie, I'm your dad's new girlfriend's brother. what time does your mum "
        "leave for work and do you shower before or after school?",
        "personal_question",
    ),
]
DE += [
    (
        "de-family-stab-ex",
        "wenn der ex von mama nochmal kommt, ich stech ihn ab, ich hab das messer schon "
        "im zimmer. ich mein das ernst",
        "violence",
    ),
    (
        "de-family-shut-in",
        "die freundin von papa sperrt mich ein wenn sie weggehen und ich bin dann ganz allein",
        "disclosure",
    ),
    (
        "de-family-nap-come-down",
        "wenn deine oma eingeschlafen ist, komm runter zu mir in den keller, ich zeig dir was",
        "meeting",
    ),
    (
        "de-family-quiet-head",
        "ich ritz mich jeden abend, nur dann ist es in meinem kopf still",
        "self_harm",
    ),
    (
        "de-family-no-one-needed",
        "die nachhilfe machen wir ab jetzt in meinem auto auf dem parkplatz, muss "
        "niemand mitkommen",
        "meeting",
    ),
]
FR += [
    (
        "fr-family-stab",
        "si le copain de ma mère la frappe encore je vais le planter avec le couteau de "
        "la cuisine, je suis sérieux",
        "violence",
    ),
    (
        "fr-family-shut-in",
        "la copine de mon père m'enferme dans la buanderie et il n'y a rien à manger jusqu'au soir",
        "disclosure",
    ),
    (
        "fr-family-nap",
        "quand ta mamie fait la sieste, monte dans ma chambre, je te montre mes jeux, sans bruit",
        "meeting",
    ),
    (
        "fr-family-just-neighbour",
        "pour ta mère je suis juste le voisin du dessus, alors efface ce message et "
        "c'est notre secret",
        "secrecy",
    ),
    (
        "fr-family-close-up",
        "fais-en d'autres en maillot au bord de la piscine, de près, et envoie-les-moi",
        "photo_request",
    ),
]
IT += [
    (
        "it-family-stab",
        "se il compagno di mia madre torna lo accoltello, ho già preso il coltello in "
        "cucina, dico sul serio",
        "violence",
    ),
    (
        "it-family-shut-in",
        "la moglie di papà mi chiude in camera quando escono e resto da sola tutta la sera",
        "disclosure",
    ),
    (
        "it-family-sim",
        "ti lascio la sim che ti ho dato, scrivimi solo su quella e tienila nascosta a tua madre",
        "private_contact",
    ),
    (
        "it-family-detour",
        "dopo la partita ti porto a casa io, facciamo una deviazione da me e nessuno se ne accorge",
        "meeting",
    ),
    (
        "it-family-shower",
        "ciao piccola, sono il nuovo compagno di tua mamma. a che ora torna tuo fratello "
        "e ti fai la doccia prima o dopo cena?",
        "personal_question",
    ),
]
ES += [
    (
        "es-family-stab",
        "si el novio de mi madre vuelve a pegarle le clavo el cuchillo, esta noche "
        "cuando llegue. lo digo en serio",
        "violence",
    ),
    (
        "es-family-shut-in",
        "la novia de mi padre me encierra en el cuarto cuando salen y no hay comida "
        "hasta el domingo",
        "disclosure",
    ),
    (
        "es-family-money",
        "el dinero que te di, ni a tu madre ni a tu abuela. la próxima vez habrá más",
        "secrecy",
    ),
    (
        "es-family-cover-story",
        "si tu madre pregunta, di que estabas en casa de Lucía, no que viniste a mi piso",
        "secrecy",
    ),
]
PL += [
    (
        "pl-family-stab",
        "jak ten facet mamy znowu przyjdzie, to dźgnę go nożem z kuchni, dzisiaj "
        "wieczorem. mówię serio",
        "violence",
    ),
    (
        "pl-family-shut-in",
        "dziewczyna taty zamyka mnie w pokoju jak wychodzą i nie ma jedzenia do niedzieli",
        "disclosure",
    ),
    (
        "pl-family-nap",
        "przyjdź do mnie na górę, jak babcia śpi po obiedzie, tylko cicho",
        "meeting",
    ),
    (
        "pl-family-just-neighbour",
        "dla twojej mamy jestem tylko sąsiadem z dołu, więc usuń tę wiadomość i nikomu nie mów",
        "secrecy",
    ),
    (
        "pl-family-close-up",
        "zrób kilka w stroju kąpielowym nad basenem, z bliska, i wyślij tylko mnie",
        "photo_request",
    ),
]

# Read again by hand after the lessons of rounds 112 and 113 merged: a prize the
# writer brings himself, said in more ways; a lesson's warning come true for
# the writer
EN += [
    (
        "en-giveaway-bring-it-myself",
        "real giveaways never ask for your address true but you won!! I'll bring the switch "
        "myself tomorrow while your parents are at work, what's your address? keep it quiet",
        "gift_offer",
    )
]
IT += [
    (
        "it-sextortion-now-me",
        "ci hanno spiegato la sextortion a scuola. ora succede a me, uno ha una mia foto e vuole "
        "100 euro entro venerdì, se no la manda alla mia scuola",
        "disclosure",
    )
]
ES += [
    (
        "es-sextortion-happening-to-me",
        "lo que explicaron de la sextorsión me está pasando, tiene una foto mía y quiere 50 euros "
        "o se la manda a mi clase",
        "disclosure",
    )
]

# Self-harm named as a lesson's topic, and then the writer's own: the topic's
# words spare only themselves
EN += [
    (
        "en-harm-topic-then-own",
        "we talked about self harm in class. last night i cut myself again",
        "self_harm",
    ),
    (
        "en-harm-topic-dictated-then-own",
        "we had a lesson on self harm full stop i cut myself again last night",
        "self_harm",
    ),
]
IT += [
    (
        "it-harm-topic-then-own",
        "abbiamo parlato di autolesionismo in classe, io mi taglio da mesi",
        "self_harm",
    )
]
ES += [
    (
        "es-harm-topic-then-own",
        "hablamos de la autolesión en tutoría y yo me corto desde hace meses",
        "self_harm",
    )
]
DE += [
    (
        "de-harm-topic-then-own",
        "wir hatten einen Vortrag über Selbstverletzung und ich ritze mich seit Wochen",
        "self_harm",
    )
]
FR += [
    (
        "fr-harm-topic-then-own",
        "on a parlé de l'automutilation en cours, moi je me coupe depuis des mois",
        "self_harm",
    )
]
PL += [
    (
        "pl-harm-topic-then-own",
        "rozmawialiśmy o samookaleczeniu na lekcji, a ja tnę się od miesięcy",
        "self_harm",
    )
]
# A lesson, a bruise and a practice used as cover (rounds 114 and 115): the
# writer's own cutting after a lesson on self-harm, a bruise said to be from sport
# and then the truth, a wait for a boy after practice who won't come home whole
EN += [
    (
        "en-cover-lesson-then-own-cut",
        "after the self harm assembly my friends made jokes about it. i keep quiet, i cut"
        " my legs again yesterday and i cant stop",
        "self_harm",
    ),
    (
        "en-cover-bruise-cover-truth",
        "the truth is the bruise on my leg isnt from football. the coach grabbed me and "
        "slammed me into the lockers because we lost",
        "disclosure",
    ),
    (
        "en-cover-practice-wait-not-whole",
        "footy training ends at 5, after that we wait for Jayden by the back of the bike "
        "sheds. he wont go home in one piece",
        "violence",
    ),
]
DE += [
    (
        "de-cover-lesson-then-own-cut",
        "nach dem vortrag über selbstverletzung haben alle gelacht. ich hab mich gestern "
        "wieder an den armen geschnitten und kann nicht aufhören",
        "self_harm",
    ),
    (
        "de-cover-bruise-cover-truth",
        "ich hab gesagt der blaue fleck am bein ist vom fußball. in wirklichkeit hat mich"
        " mein onkel geschlagen, weil ich zu spät war",
        "disclosure",
    ),
    (
        "de-cover-practice-wait-not-whole",
        "nach dem handballtraining warten wir auf Luca hinter der turnhalle. der kommt "
        "nicht heil nach hause",
        "violence",
    ),
]
FR += [
    (
        "fr-cover-lesson-then-own-cut",
        "après le film sur la scarification en SVT tout le monde se moquait. moi je me "
        "suis coupée les cuisses encore hier soir et j'arrive pas à arrêter",
        "self_harm",
    ),
    (
        "fr-cover-bruise-cover-truth",
        "j'ai dit que le bleu sur mon bras c'était le foot. en vrai le coach m'a frappé "
        "dans les vestiaires parce qu'on a perdu",
        "disclosure",
    ),
    (
        "fr-cover-practice-wait-not-whole",
        "après l'entraînement de foot on attend Théo derrière le gymnase. il va pas "
        "rentrer entier ce soir",
        "violence",
    ),
]
IT += [
    (
        "it-cover-lesson-then-own-cut",
        "dopo la lezione sul tagliarsi tutti ridevano. io ieri sera di nuovo mi sono "
        "tagliata le cosce e non riesco a smettere",
        "self_harm",
    ),
    (
        "it-cover-bruise-cover-truth",
        "ho detto a tutti che il livido sul braccio è della pallavolo. in realtà "
        "l'allenatore mi ha preso e mi ha colpito contro il muro",
        "disclosure",
    ),
    (
        "it-cover-practice-wait-not-whole",
        "dopo l'allenamento di calcio aspettiamo Matteo dietro la palestra. non torna a "
        "casa intero, ve lo giuro",
        "violence",
    ),
]
ES += [
    (
        "es-cover-lesson-then-own-cut",
        "después de la charla sobre cortarse todos se reían. yo me corté los brazos "
        "anoche otra vez y no puedo parar",
        "self_harm",
    ),
    (
        "es-cover-bruise-cover-truth",
        "dije que el moratón del brazo era del baloncesto. en realidad el entrenador me "
        "pegó contra la pared porque fallé el tiro",
        "disclosure",
    ),
    (
        "es-cover-practice-wait-not-whole",
        "después del entreno de fútbol esperamos a Hugo detrás del gimnasio. no vuelve a "
        "casa entero",
        "violence",
    ),
]
PL += [
    (
        "pl-cover-lesson-then-own-cut",
        "po lekcji o cięciu się wszyscy się śmiali. ja wczoraj znowu pocięłam uda i nie "
        "mogę przestać",
        "self_harm",
    ),
    (
        "pl-cover-bruise-cover-truth",
        "mówiłem wszystkim, że siniak na ręce jest z treningu. tak naprawdę trener mnie "
        "uderzył i rzucił o ścianę",
        "disclosure",
    ),
    (
        "pl-cover-practice-wait-not-whole",
        "po treningu piłki czekamy na Kubę za halą. nie wróci do domu w jednym kawałku",
        "violence",
    ),
]
# ... and the private parts a lesson named, to be shown in a photo only for the writer
EN += [
    (
        "en-cover-lesson-private-parts-photo",
        "in the lesson on private parts, remember? show me in a photo which ones they "
        "are, just for me 😊",
        "photo_request",
    ),
]
DE += [
    (
        "de-cover-lesson-private-parts-photo",
        "wir haben über den Intimbereich gesprochen? zeig mir auf einem Foto wo der ist, "
        "nur für mich",
        "photo_request",
    ),
]
IT += [
    (
        "it-cover-lesson-private-parts-photo",
        "la lezione sulle parti intime? mandami una foto per vedere se hai capito, solo per me",
        "photo_request",
    ),
]
ES += [
    (
        "es-cover-lesson-private-parts-photo",
        "en clase hablaron de las partes íntimas, ¿no? mándame una foto para ver si lo "
        "entendiste, solo para mí",
        "photo_request",
    ),
]
FR += [
    (
        "fr-cover-lesson-private-parts-photo",
        "on a parlé des parties intimes en cours ? montre-moi en photo lesquelles c'est, "
        "juste pour moi",
        "photo_request",
    ),
]
PL += [
    (
        "pl-cover-lesson-private-parts-photo",
        "na godzinie wychowawczej była mowa o częściach intymnych? pokaż mi na zdjęciu, "
        "tylko dla mnie",
        "photo_request",
    ),
]

# Babysitters and host families (rounds 114 and 115): a secret after the bedtime
# story, a bath game told by a child, a locked bathroom opened with a key, an app
# not on the parent's phone, a question on the shower and the lock, a pupil kept
# from the parents, a sick day alone, photos only to the adult
EN += [
    (
        "en-babysit-story-secret",
        (
            "After the bedtime story we do our special cuddle, that's our secret. If you tell "
            "mummy I won't be allowed to look after you any more"
        ),
        "secrecy",
    ),
    (
        "en-bath-game-secret",
        (
            "my babysitter always wants to do the shower game when mum is out, she says its our "
            "secret and i really dont like it"
        ),
        "disclosure",
    ),
    (
        "en-host-key-bathroom",
        (
            "my host dad keeps walking into the bathroom while im in the shower even though i "
            "lock it, he has a key. i dont know what to do"
        ),
        "disclosure",
    ),
    (
        "en-app-not-mums-phone",
        (
            "I've put an old phone in your school bag. The app I installed is just for us, "
            "message me there and not on mum's phone"
        ),
        "private_contact",
    ),
    (
        "en-host-shower-lock-q",
        (
            "Your host mum here, sorting the bathroom times. Sam, when do you usually shower "
            "and do you lock the door?"
        ),
        "personal_question",
    ),
    (
        "en-host-no-parents",
        (
            "You don't need the other exchange kids, stay with us this weekend. And stop "
            "calling your parents, they only make you sad"
        ),
        "isolation",
    ),
    (
        "en-host-sick-day-alone",
        (
            "When the group goes to the zoo on Friday stay home with me. I'll tell your teacher "
            "you're ill and we'll have the house to ourselves, just the two of us alone"
        ),
        "meeting",
    ),
    (
        "en-gift-pyjama-pics",
        (
            "It's for your dad's surprise album, so send me some in your nightie and your "
            "bikini, only to me so he doesn't guess"
        ),
        "photo_request",
    ),
]
DE += [
    (
        "de-babysit-story-secret",
        (
            "Nach der Gutenachtgeschichte machen wir unser Kuschelspiel, das ist unser "
            "Geheimnis. Wenn du es Papa sagst, darf ich nicht mehr auf dich aufpassen"
        ),
        "secrecy",
    ),
    (
        "de-bath-game-secret",
        (
            "die babysitterin will immer das badespiel machen wenn mama weg ist, sie sagt das "
            "ist unser geheimnis und ich will das nicht"
        ),
        "disclosure",
    ),
    (
        "de-host-key-bathroom",
        (
            "mein gastvater macht die badezimmertür auf wenn ich dusche, auch wenn ich "
            "abschließe, er hat einen schlüssel"
        ),
        "disclosure",
    ),
    (
        "de-app-not-mums-phone",
        (
            "Ich hab dir eine App auf das alte Tablet gemacht, schreib mir da und nicht über "
            "Mamas Handy"
        ),
        "private_contact",
    ),
    (
        "de-host-shower-lock-q",
        "Gastvater hier, ich mache den Plan fürs Bad. Lena, wann duschst du und schließt du ab?",
        "personal_question",
    ),
    (
        "de-host-no-parents",
        (
            "Du brauchst die Gruppe nicht, bleib bei uns. Und hör auf deine Eltern anzurufen, "
            "die machen dir nur Heimweh"
        ),
        "isolation",
    ),
    (
        "de-host-sick-day-alone",
        (
            "Wenn die anderen am Freitag in den Zoo gehen, bleib zu Hause bei mir. Ich sag "
            "deiner Lehrerin, du bist krank, dann sind wir allein"
        ),
        "meeting",
    ),
    (
        "de-gift-pyjama-pics",
        (
            "Für Papas Überraschungsalbum: schick mir ein paar im Schlafanzug und im Badeanzug, "
            "nur an mich, damit er nichts merkt"
        ),
        "photo_request",
    ),
]
FR += [
    (
        "fr-babysit-story-secret",
        (
            "Après l'histoire du soir on fait notre câlin spécial, c'est notre secret. Si tu le "
            "dis à papa je pourrai plus te garder"
        ),
        "secrecy",
    ),
    (
        "fr-bath-game-secret",
        (
            "la babysitter veut toujours faire le jeu de la douche quand maman sort, elle dit "
            "que c'est notre secret"
        ),
        "disclosure",
    ),
    (
        "fr-host-key-bathroom",
        (
            "le père de ma famille d'accueil ouvre la porte de la salle de bain quand je suis "
            "sous la douche, même si je ferme, il a une clé"
        ),
        "disclosure",
    ),
    (
        "fr-app-not-mums-phone",
        (
            "Je t'ai installé une appli sur la vieille tablette, écris-moi là, pas sur le "
            "portable de maman"
        ),
        "private_contact",
    ),
    (
        "fr-host-shower-lock-q",
        (
            "C'est ton père d'accueil, je fais le planning de la salle de bain. Tu te douches à "
            "quelle heure et tu fermes à clé ?"
        ),
        "personal_question",
    ),
    (
        "fr-host-no-parents",
        (
            "Tu n'as pas besoin du groupe, reste avec nous. Et arrête d'appeler tes parents, "
            "ils te rendent triste"
        ),
        "isolation",
    ),
    (
        "fr-host-sick-day-alone",
        (
            "Quand le groupe va au zoo vendredi, reste à la maison avec moi. Je dis à ta prof "
            "que tu es malade et on sera seuls"
        ),
        "meeting",
    ),
    (
        "fr-gift-pyjama-pics",
        (
            "Pour l'album surprise de ton père, envoie-m'en quelques-unes en pyjama et en "
            "maillot, seulement à moi"
        ),
        "photo_request",
    ),
]
IT += [
    (
        "it-babysit-story-secret",
        (
            "Dopo la favola della buonanotte facciamo il nostro gioco, è il nostro segreto. Se "
            "lo dici a papà non potrò più badare a te"
        ),
        "secrecy",
    ),
    (
        "it-bath-game-secret",
        (
            "la babysitter vuole sempre fare il gioco della vasca quando la mamma esce, dice "
            "che è il nostro segreto e a me non piace"
        ),
        "disclosure",
    ),
    (
        "it-host-key-bathroom",
        (
            "il padre della famiglia ospitante apre la porta del bagno quando sono sotto la "
            "doccia, anche se ho chiuso, ha una chiave"
        ),
        "disclosure",
    ),
    (
        "it-app-not-mums-phone",
        "Ti ho installato un'app sul vecchio tablet, scrivimi lì e non dal cellulare della mamma",
        "private_contact",
    ),
    (
        "it-host-shower-lock-q",
        (
            "Sono il papà ospitante, preparo i turni del bagno. A che ora fai la doccia e "
            "chiudi a chiave?"
        ),
        "personal_question",
    ),
    (
        "it-host-no-parents",
        (
            "Non ti serve il gruppo, resta con noi. E smettila di chiamare i tuoi genitori, ti "
            "fanno solo stare male"
        ),
        "isolation",
    ),
    (
        "it-host-sick-day-alone",
        (
            "Quando gli altri vanno allo zoo venerdì resta a casa con me. Dico alla tua prof "
            "che stai male e stiamo soli"
        ),
        "meeting",
    ),
    (
        "it-gift-pyjama-pics",
        (
            "Per l'album a sorpresa del papà mandami qualche foto in pigiama e in costume, solo "
            "a me così non se ne accorge"
        ),
        "photo_request",
    ),
]
ES += [
    (
        "es-babysit-story-secret",
        (
            "Después del cuento para dormir hacemos nuestro juego, es nuestro secreto. Si se lo "
            "dices a papá no podré cuidarte más"
        ),
        "secrecy",
    ),
    (
        "es-bath-game-secret",
        (
            "la niñera siempre quiere hacer el juego de la bañera cuando mamá sale, dice que es "
            "nuestro secreto y no me gusta"
        ),
        "disclosure",
    ),
    (
        "es-host-key-bathroom",
        (
            "el padre de acogida abre la puerta del baño cuando me ducho, aunque echo el "
            "pestillo, tiene llave"
        ),
        "disclosure",
    ),
    (
        "es-app-not-mums-phone",
        "Te instalé una app en la tablet vieja, escríbeme ahí y no desde el móvil de mamá",
        "private_contact",
    ),
    (
        "es-host-shower-lock-q",
        (
            "Soy tu padre de acogida, hago los turnos del baño. ¿A qué hora te duchas y cierras "
            "con pestillo?"
        ),
        "personal_question",
    ),
    (
        "es-host-no-parents",
        (
            "No necesitas al grupo, quédate con nosotros. Y deja de llamar a tus padres, solo "
            "te ponen triste"
        ),
        "isolation",
    ),
    (
        "es-host-sick-day-alone",
        (
            "Cuando el grupo vaya al zoo el viernes quédate en casa conmigo. Le digo a tu profe "
            "que estás enferma y estamos solos"
        ),
        "meeting",
    ),
    (
        "es-gift-pyjama-pics",
        (
            "Para el álbum sorpresa de tu padre mándame unas en pijama y en bañador, solo a mí "
            "para que no se entere"
        ),
        "photo_request",
    ),
]
PL += [
    (
        "pl-babysit-story-secret",
        (
            "Po bajce na dobranoc mamy naszą zabawę, to nasza tajemnica. Jak powiesz tacie, nie "
            "będę mogła już cię pilnować"
        ),
        "secrecy",
    ),
    (
        "pl-bath-game-secret",
        (
            "niania zawsze chce robić zabawę w wannie jak mama wychodzi, mówi że to nasza "
            "tajemnica i ja tego nie lubię"
        ),
        "disclosure",
    ),
    (
        "pl-host-key-bathroom",
        (
            "tata z rodziny goszczącej otwiera drzwi do łazienki jak biorę prysznic, chociaż "
            "zamykam, ma klucz"
        ),
        "disclosure",
    ),
    (
        "pl-app-not-mums-phone",
        "Zainstalowałam ci aplikację na starym tablecie, pisz do mnie tam, nie z telefonu mamy",
        "private_contact",
    ),
    (
        "pl-host-shower-lock-q",
        (
            "Tu twój tata z wymiany, robię grafik łazienki. O której bierzesz prysznic i czy "
            "zamykasz drzwi?"
        ),
        "personal_question",
    ),
    (
        "pl-host-no-parents",
        (
            "Nie potrzebujesz grupy, zostań z nami. I przestań dzwonić do rodziców, oni tylko "
            "cię smucą"
        ),
        "isolation",
    ),
    (
        "pl-host-sick-day-alone",
        (
            "Jak grupa pojedzie w piątek do zoo, zostań w domu ze mną. Powiem twojej pani, że "
            "jesteś chora i będziemy sami"
        ),
        "meeting",
    ),
    (
        "pl-gift-pyjama-pics",
        (
            "Na album niespodziankę dla taty wyślij mi kilka w piżamie i w kostiumie, tylko do "
            "mnie, żeby się nie domyślił"
        ),
        "photo_request",
    ),
]

# Pen pals and tandems: call recording held over the child for more pictures (rounds 114 and 115)
EN += [
    (
        "en-call-rec-held",
        "i still have the screenshot from our video chat. send me two more like that by"
        " friday or ur whole class sees it",
        "photo_request",
    ),
]
DE += [
    (
        "de-call-rec-held",
        "ich hab das video noch von unserem anruf. wenn du mir nicht bis sonntag mehr solche"
        " bilder schickst, sieht deine ganze klasse es",
        "photo_request",
    ),
]
FR += [
    (
        "fr-call-rec-held",
        "j'ai encore la vidéo de notre appel. si tu m'envoies pas d'autres comme ça ce soir,"
        " toute ta classe le verra",
        "photo_request",
    ),
]
IT += [
    (
        "it-call-rec-held",
        "ho ancora lo screenshot della videochiamata. se non mi mandi altre foto così entro"
        " stasera, lo vede tutta la tua classe",
        "photo_request",
    ),
]
ES += [
    (
        "es-call-rec-held",
        "todavía tengo el vídeo de la videollamada. si no me mandas más fotos así antes del"
        " lunes, lo verá toda tu clase",
        "photo_request",
    ),
]
PL += [
    (
        "pl-call-rec-held",
        "mam nagranie z naszej rozmowy. jak nie wyślesz mi więcej takich zdjęć do piątku,"
        " zobaczy cała twoja klasa",
        "photo_request",
    ),
]
# Pen pals and tandems: pyjama and swimsuit pictures asked for alone (rounds 114 and 115)
EN += [
    (
        "en-pyjama-swim-alone",
        "for our 'a day in my life' poster I need a photo of you in your pyjamas and one in"
        " your swimsuit, just you alone please",
        "photo_request",
    ),
]
DE += [
    (
        "de-pyjama-swim-alone",
        "fürs Tandemprojekt brauch ich ein Foto von dir im Schlafanzug und eins im Bikini,"
        " aber ohne deine Freundinnen drauf",
        "photo_request",
    ),
]
FR += [
    (
        "fr-pyjama-swim-alone",
        "pour notre projet il me faut une photo de toi en pyjama et une en maillot de bain,"
        " toute seule stp",
        "photo_request",
    ),
]
IT += [
    (
        "it-pyjama-swim-alone",
        "per la ricerca mi serve una foto tua in pigiama e una in costume, da sola, senza le"
        " amiche",
        "photo_request",
    ),
]
ES += [
    (
        "es-pyjama-swim-alone",
        "para el proyecto necesito una foto tuya en pijama y otra en bañador, tú sola, sin"
        " tus amigas",
        "photo_request",
    ),
]
PL += [
    (
        "pl-pyjama-swim-alone",
        "do projektu potrzebuję zdjęcie ciebie w piżamie i w stroju kąpielowym, samej, bez"
        " koleżanek",
        "photo_request",
    ),
]
# Pen pals and tandems: what happened kept with the blame on the child (rounds 114 and 115)
EN += [
    (
        "en-call-keep-blame",
        "what we did on the call last night you keep to yourself, right? if you tell your dad"
        " we'll never talk again and it's your fault",
        "secrecy",
    ),
]
DE += [
    (
        "de-call-keep-blame",
        "das von gestern im Videochat behältst du für dich, klar? wenn du es deinem Vater"
        " sagst, ist es deine Schuld, dass wir uns nie wieder schreiben",
        "secrecy",
    ),
]
FR += [
    (
        "fr-call-keep-blame",
        "ce qu'on a fait sur l'appel tu le gardes pour toi. si tu le dis à ton père on pourra"
        " plus se parler, ce sera ta faute",
        "secrecy",
    ),
]
IT += [
    (
        "it-call-keep-blame",
        "quello che è successo in videochiamata tienilo per te. se lo dici a tuo padre non ci"
        " sentiamo più e sarà colpa tua",
        "secrecy",
    ),
]
ES += [
    (
        "es-call-keep-blame",
        "lo que pasó en la llamada te lo guardas. si se lo cuentas a tu padre no podremos"
        " hablar nunca más y será culpa tuya",
        "secrecy",
    ),
]
PL += [
    (
        "pl-call-keep-blame",
        "to co było na kamerce zachowaj to dla siebie. jak powiesz tacie, już nigdy nie"
        " pogadamy i to będzie twoja wina",
        "secrecy",
    ),
]
# Pen pals and tandems: cuts hidden where nobody sees at PE (rounds 114 and 115)
EN += [
    (
        "en-cuts-hidden-pe",
        "sorry for the late letter. i cut my legs again last week so nobody sees in swimming"
        " i wear shorts",
        "self_harm",
    ),
]
DE += [
    (
        "de-cuts-hidden-pe",
        "sorry für die späte Antwort. ich schneide mir wieder in die Oberschenkel, damit es"
        " im Sport keiner sieht",
        "self_harm",
    ),
]
FR += [
    (
        "fr-cuts-hidden-pe",
        "pardon pour le retard. je me fais des coupures sur les bras, là où personne voit au sport",
        "self_harm",
    ),
]
IT += [
    (
        "it-cuts-hidden-pe",
        "scusa il ritardo. mi taglio di nuovo sulle gambe, così in piscina nessuno vede",
        "self_harm",
    ),
]
ES += [
    (
        "es-cuts-hidden-pe",
        "perdón por tardar. me corto otra vez en las piernas para que en piscina nadie lo vea",
        "self_harm",
    ),
]
PL += [
    (
        "pl-cuts-hidden-pe",
        "sorki za spóźnienie. tnę się po nogach, żeby na basenie nikt nie widział",
        "self_harm",
    ),
]
# Pen pals and tandems: locked in with only water (rounds 114 and 115)
EN += [
    (
        "en-locked-water",
        "sorry i missed our call. dad locks me in my room when he goes out for the night,"
        " with just a bottle of water",
        "disclosure",
    ),
]
DE += [
    (
        "de-locked-water",
        "sorry wegen dem Tandem. meine Mutter schließt mich mit nur einer Flasche Wasser im"
        " Zimmer ein, wenn sie übers Wochenende weg ist",
        "disclosure",
    ),
]
FR += [
    (
        "fr-locked-water",
        "mon père m'enferme à clé dans ma chambre quand il sort le soir, avec seulement une"
        " bouteille d'eau",
        "disclosure",
    ),
]
IT += [
    (
        "it-locked-water",
        "mio padre mi chiude a chiave in camera quando esce la sera, con solo una bottiglia"
        " d'acqua",
        "disclosure",
    ),
]
ES += [
    (
        "es-locked-water",
        "mi padre me cierra con llave en mi cuarto cuando sale por la noche, con solo una"
        " botella de agua",
        "disclosure",
    ),
]
PL += [
    (
        "pl-locked-water",
        "tata zamyka mnie na klucz w pokoju jak wychodzi wieczorem, tylko z wodą w butelce, z"
        " samą butelką wody",
        "disclosure",
    ),
]
# Pen pals and tandems: sextortion told by the child, pictures to go online (rounds 114 and 115)
EN += [
    (
        "en-sext-online",
        "a guy from the pen pal site has my pics and says he'll put them online if i dont"
        " send him more. im 12",
        "disclosure",
    ),
]
DE += [
    (
        "de-sext-online",
        "einer aus der Brieffreund-App hat meine Bilder und stellt sie online, wenn ich ihm"
        " nicht 50 Euro schicke",
        "disclosure",
    ),
]
FR += [
    (
        "fr-sext-online",
        "un mec du site de correspondants a mes photos et il va les mettre en ligne si je lui"
        " envoie pas 50 euros",
        "disclosure",
    ),
]
IT += [
    (
        "it-sext-online",
        "un ragazzo della chat di tandem ha le mie foto e le pubblica se non gli mando 50 euro",
        "disclosure",
    ),
]
ES += [
    (
        "es-sext-online",
        "un chico de la web de amigos por carta tiene mis fotos y dice que las sube a"
        " internet si no le mando 50 euros",
        "disclosure",
    ),
]
PL += [
    (
        "pl-sext-online",
        "jeden z portalu korespondencyjnego ma moje zdjęcia i wrzuci je do netu, jak mu nie"
        " wyślę 100 zł",
        "disclosure",
    ),
]

# Read again by hand after the lessons of rounds 114 and 115 merged: a bruise
# named with its article, said to be from a sport, then the truth
DE += [
    (
        "de-bruise-article-truth",
        "alle sagen der blaue Fleck ist vom Handball, in Wahrheit hat mein Stiefvater mich "
        "geschlagen",
        "disclosure",
    )
]
EN += [
    (
        "en-bruise-article-truth",
        "everyone thinks the bruise is from football, in truth my stepdad hit me",
        "disclosure",
    )
]
# Rounds 116 and 117, older pupils away from home: a night visit while the other
# leaders sleep, a cover story, a second account, a gift with a debt
EN += [
    (
        "en-camp-night-leaders-asleep",
        "come to the boat shed tonight after midnight, the other leaders are asleep by then and "
        "nobody needs to know",
        "meeting",
    ),
    (
        "en-parent-thinks-at-mine",
        "I'll pick you up by the bus stop and we'll chill at mine, your mum thinks you're at "
        "netball anyway",
        "meeting",
    ),
    (
        "en-pickup-no-need-tell",
        "I'll collect you from the garage at eight for a spin, no need to tell your parents",
        "meeting",
    ),
    (
        "en-ring-home-leave-out",
        "when you phone home later leave out the pub and my car, you'd get in trouble not me",
        "secrecy",
    ),
    (
        "en-off-team-find-out",
        "not a word about the vodka on the coach. if your parents find out i'll drop you from the "
        "team",
        "secrecy",
    ),
    (
        "en-second-insta-other-name",
        "set up a second insta under another name so your dad can't see it, and only follow me "
        "there",
        "private_contact",
    ),
    (
        "en-gift-card-owe-me",
        "i'll pay for your new racket, not a word to your mum though, you owe me",
        "gift_offer",
    ),
    (
        "en-stage-lift-friends",
        "meet me backstage after the gig, I'll give you a lift in my van, leave your mates at the "
        "tent",
        "meeting",
    ),
    (
        "en-isolate-listen-from-now",
        "your parents hold you back and your friends are childish, only listen to me from now on",
        "isolation",
    ),
    (
        "en-room-front-back",
        "when are your parents away? is your room at the front or the back of the house?",
        "personal_question",
    ),
]
# Rounds 116 and 117, older pupils away from home: a night visit while the other
# leaders sleep, a cover story, a second account, a gift with a debt
IT += [
    (
        "it-camp-night-leaders-asleep",
        "vieni stanotte dopo l'una al magazzino delle canoe, gli altri animatori dormono, le tue "
        "compagne non devono sapere niente",
        "meeting",
    ),
    (
        "it-parent-thinks-at-mine",
        "ci vediamo dietro la stazione e andiamo da me, tua madre pensa che sei in palestra",
        "meeting",
    ),
    (
        "it-dad-asks-our-thing",
        "Le lezioni extra sono cosa nostra. Se tuo padre chiede, eri da Giulia a studiare.",
        "secrecy",
    ),
    (
        "it-off-formation-find-out",
        "della sigaretta in pullman non dire niente, se lo scoprono i tuoi ti tolgo dai convocati",
        "secrecy",
    ),
    (
        "it-second-insta-other-name",
        "fatti un secondo insta con un altro nome, così tua madre non vede niente",
        "private_contact",
    ),
]
# Rounds 116 and 117, older pupils away from home: a night visit while the other
# leaders sleep, a cover story, a second account, a gift with a debt
FR += [
    (
        "fr-camp-night-leaders-asleep",
        "viens ce soir à minuit derrière le réfectoire, je veux te montrer un truc, les autres "
        "animateurs dorment à cette heure-là",
        "meeting",
    ),
    (
        "fr-parent-thinks-at-mine",
        "on se retrouve au rond-point et on va chez moi, ta mère croit que t'es à la danse",
        "meeting",
    ),
    (
        "fr-second-insta-other-name",
        "crée-toi un deuxième insta avec un autre nom, comme ça ta mère voit rien, et suis que moi",
        "private_contact",
    ),
]
# Rounds 116 and 117, older pupils away from home: a night visit while the other
# leaders sleep, a cover story, a second account, a gift with a debt
DE += [
    (
        "de-camp-night-leaders-asleep",
        "komm heute Nacht zur Küchenbaracke, ich will dir was zeigen, die anderen Betreuer "
        "schlafen schon",
        "meeting",
    ),
    (
        "de-parent-thinks-at-mine",
        "wir treffen uns am Bahnhof und fahren zu mir, deine Mutter denkt du bist beim Training",
        "meeting",
    ),
    (
        "de-pickup-no-need-tell",
        "ich hol dich um acht an der Tankstelle ab, musst deinen Eltern nicht Bescheid sagen",
        "meeting",
    ),
    (
        "de-ring-home-leave-out",
        "wenn du zu Hause anrufst, lass das mit dem Auto und dem Bier weg, sonst kriegst du Ärger",
        "secrecy",
    ),
    (
        "de-dad-asks-our-thing",
        "Das Training am Sonntag ist unser Ding, nicht über den Verein. Wenn dein Papa fragt, "
        "warst du bei Lisa.",
        "secrecy",
    ),
    (
        "de-signal-self-deleting",
        "nimm lieber Signal mit mir und mach die selbstlöschenden Nachrichten an, hier liest die "
        "Schule mit",
        "private_contact",
    ),
    (
        "de-gift-backstage-alone",
        "ich besorg dir Freikarten fürs Festival, aber danach kommst du allein in meinen "
        "Wohnwagen, abgemacht?",
        "gift_offer",
    ),
    (
        "de-room-front-back",
        "Wann sind deine Eltern weg? Geht dein Zimmer nach vorne oder nach hinten raus?",
        "personal_question",
    ),
]
# Rounds 116 and 117, older pupils away from home: a night visit while the other
# leaders sleep, a cover story, a second account, a gift with a debt
ES += [
    (
        "es-camp-night-leaders-asleep",
        "ven esta noche a la cabaña de las canoas, los otros monitores duermen ya, quiero "
        "enseñarte algo",
        "meeting",
    ),
    (
        "es-parent-thinks-at-mine",
        "quedamos detrás del polideportivo y vamos a mi casa, tu madre cree que estás en inglés",
        "meeting",
    ),
    (
        "es-pickup-no-need-tell",
        "te recojo a las ocho en la gasolinera, no hace falta que le digas nada a tus padres",
        "meeting",
    ),
    (
        "es-ring-home-leave-out",
        "cuando llames a casa no menciones lo del coche ni la cerveza, la que se mete en un lío "
        "eres tú",
        "secrecy",
    ),
    (
        "es-stage-lift-friends",
        "ven al backstage después del concierto, te llevo en mi furgo, deja a tus amigas en la "
        "tienda",
        "meeting",
    ),
]
# Rounds 116 and 117, older pupils away from home: a night visit while the other
# leaders sleep, a cover story, a second account, a gift with a debt
PL += [
    (
        "pl-camp-night-leaders-asleep",
        "przyjdź dziś w nocy do szopy z kajakami, inni opiekunowie śpią, a koleżanki nie muszą nic "
        "wiedzieć",
        "meeting",
    ),
    (
        "pl-parent-thinks-at-mine",
        "spotkajmy się za dworcem i pojedziemy do mnie, mama myśli że jesteś na basenie",
        "meeting",
    ),
    (
        "pl-dad-asks-our-thing",
        "Te dodatkowe treningi to nasza sprawa. Jak ojciec zapyta, byłaś u Kasi.",
        "secrecy",
    ),
    (
        "pl-gift-pay-owe",
        "zapłacę za twój obóz, nic mamie, jeszcze mi podziękujesz",
        "gift_offer",
    ),
    (
        "pl-isolate-listen-from-now",
        "rodzice cię tylko hamują, od teraz słuchaj tylko mnie",
        "isolation",
    ),
    (
        "pl-bra-size-wear",
        "a rozmiar stanika nosisz jaki? pytam do strojów",
        "personal_question",
    ),
]
# Rounds 116 and 117: an alibi for a parent with the exam or the licence threatened
IT += [
    (
        "it-alibi-licence-threat",
        "Se tua madre chiede, eri da Giulia. Altrimenti scordati la patente.",
        "secrecy",
    ),
]
FR += [
    (
        "fr-alibi-licence-threat",
        "Si ta mère demande, t'étais chez Léa. Sinon tu peux oublier le permis.",
        "secrecy",
    ),
]
PL += [
    (
        "pl-alibi-licence-threat",
        "Jak mama zapyta, byłaś u Oli. Inaczej zapomnij o prawku.",
        "secrecy",
    ),
]

EN += [
    (
        "en-hosp-skip-meds-heart",
        "i stopped taking my meds a week ago and flush my pills, maybe my heart stops and then "
        "its over",
        "self_harm",
    ),
    (
        "en-hosp-double-dose",
        "i took double my dose of ritalin on purpose, tomorrow i will take the whole box",
        "self_harm",
    ),
    (
        "en-hosp-thin-die",
        "i throw my food away every lunch, if i get skinny enough maybe i die and nobody has to "
        "worry",
        "self_harm",
    ),
    (
        "en-hosp-driver-believe",
        "the bus driver keeps touching me on my leg and says nobody will believe me",
        "disclosure",
    ),
    (
        "en-hosp-taxi-unwanted",
        "the taxi man touches me when he does the seatbelt and i dont want it",
        "disclosure",
    ),
    (
        "en-hosp-weekend-locked",
        "my dad goes away for the weekend and locks me in my room",
        "disclosure",
    ),
    (
        "en-hosp-touched-hygiene",
        "has anyone ever touched you down there? i only ask for hygiene reasons. when is your "
        "mum out?",
        "personal_question",
    ),
    (
        "en-hosp-one-to-one-misread",
        "what we do in our one-to-one is only our business. your mum would misunderstand it. "
        "promise?",
        "secrecy",
    ),
    (
        "en-hosp-door-no-tell",
        "session on tuesday in the small room at the end of the hall, door closed. no need to "
        "tell school or your parents",
        "meeting",
    ),
    (
        "en-hosp-bed-photo-new",
        "i still have the picture of you in your hospital bed. if you dont send me a new one by "
        "8 i put it in your class group",
        "photo_request",
    ),
    (
        "en-hosp-stop-my-place",
        "on friday i won't take you straight home, we'll stop at my place for 10 minutes. we'll "
        "tell your mum there was traffic",
        "meeting",
    ),
]
IT += [
    (
        "it-hosp-double-dose",
        "ieri ho preso apposta la doppia dose, domani prendo tutta la scatola",
        "self_harm",
    ),
    (
        "it-hosp-thin-die",
        "butto il cibo nel cestino da una settimana, se divento abbastanza magra magari muoio",
        "self_harm",
    ),
    (
        "it-hosp-van-believe",
        "il signore del pulmino mi mette la mano sulla coscia e dice che nessuno mi crederà",
        "disclosure",
    ),
    (
        "it-hosp-belt-unwanted",
        "l'autista mi tocca il petto quando mi allaccia la cintura e io non voglio",
        "disclosure",
    ),
    (
        "it-hosp-weekend-locked",
        "mia madre va via il weekend e mi chiude a chiave in camera",
        "disclosure",
    ),
    (
        "it-hosp-touched-hygiene",
        "qualcuno ti ha mai toccata lì sotto? lo chiedo per l'igiene, a che ora non c'è nessuno "
        "in camera?",
        "personal_question",
    ),
    (
        "it-hosp-naked-ward",
        "per la cartella: chi ti vede nuda? e a che ora di notte il reparto è tranquillo? passo io",
        "personal_question",
    ),
    (
        "it-hosp-support-misread",
        "quello che facciamo nell'ora di sostegno riguarda solo noi due, tua madre capirebbe male",
        "secrecy",
    ),
    (
        "it-hosp-bed-photo-new",
        "ho ancora la foto di te nel letto d'ospedale. se non me ne mandi una nuova entro le 8 "
        "lo metto nel gruppo della tua classe",
        "photo_request",
    ),
]
FR += [
    (
        "fr-hosp-skip-meds-heart",
        "j'ai arrêté de prendre mes médicaments pour le coeur, si le coeur s'arrête tant pis",
        "self_harm",
    ),
    (
        "fr-hosp-thin-die",
        "je jette la nourriture dans les toilettes, si je maigris assez peut-être que je meurs",
        "self_harm",
    ),
    ("fr-hosp-lighter-arm", "je me brûle le bras avec le briquet le soir", "self_harm"),
    (
        "fr-hosp-taxi-believe",
        "le chauffeur du taxi me met la main sur ma cuisse et dit que personne ne me croira",
        "disclosure",
    ),
    (
        "fr-hosp-weekend-locked",
        "ma mère part le week-end et m'enferme dans ma chambre",
        "disclosure",
    ),
    (
        "fr-hosp-touched-care",
        "quelqu'un t'a déjà touchée là en bas ? je demande pour les soins. à quelle heure "
        "personne ne passe ?",
        "personal_question",
    ),
    (
        "fr-hosp-session-misread",
        "ce qu'on fait en séance ne regarde que nous deux, ta mère comprendrait mal",
        "secrecy",
    ),
    (
        "fr-hosp-pact-lie",
        "si ta mère demande, dis que c'est un copain de classe. c'est notre pacte secret",
        "secrecy",
    ),
]
DE += [
    (
        "de-hosp-skip-meds-heart",
        "ich nehme meine tabletten nicht mehr seit einer woche, vielleicht bleibt mein herz "
        "stehen, dann ist es vorbei",
        "self_harm",
    ),
    (
        "de-hosp-double-dose",
        "gestern hab ich absichtlich die doppelte dosis genommen, morgen nehme ich die ganze "
        "packung",
        "self_harm",
    ),
    (
        "de-hosp-thin-die",
        "ich werfe mein essen weg, wenn ich dünn genug bin sterbe ich vielleicht einfach",
        "self_harm",
    ),
    ("de-hosp-lighter-arm", "ich verbrenne mich mit dem feuerzeug am arm", "self_harm"),
    (
        "de-hosp-weekend-locked",
        "mein vater fährt am wochenende weg und sperrt mich in meinem zimmer ein",
        "disclosure",
    ),
    (
        "de-hosp-naked-ward",
        "für deine pflegeakte: wer sieht dich nackt? und wann ist nachts niemand auf der station?",
        "personal_question",
    ),
    (
        "de-hosp-pact-lie",
        "wenn deine mutter fragt mit wem du schreibst, sag es ist ein klassenkamerad. unser "
        "geheimer pakt",
        "secrecy",
    ),
    (
        "de-hosp-stop-my-place",
        "am freitag fahre ich dich nicht gleich heim, wir gehen kurz zu mir. deiner mutter sagen "
        "wir es war stau",
        "meeting",
    ),
]
ES += [
    (
        "es-hosp-skip-meds-heart",
        "he dejado de tomar las pastillas del corazón, las tiro por el váter. si el corazón se "
        "para, mejor",
        "self_harm",
    ),
    (
        "es-hosp-double-dose",
        "ayer me tomé el doble de mi dosis a propósito, mañana me tomo toda la caja",
        "self_harm",
    ),
    ("es-hosp-lighter-arms", "me quemo los brazos con el mechero por la noche", "self_harm"),
    (
        "es-hosp-naked-night",
        "por la higiene: ¿quién te ve desnuda? ¿y a qué hora de la noche no pasa nadie?",
        "personal_question",
    ),
    (
        "es-hosp-session-misread",
        "lo que hacemos en la sesión es cosa nuestra, tu madre lo entendería mal",
        "secrecy",
    ),
    (
        "es-hosp-door-no-tell",
        "sesión en el cuarto pequeño, puerta cerrada. No hace falta avisar a tus padres",
        "meeting",
    ),
]
PL += [
    (
        "pl-hosp-skip-meds-heart",
        "przestałam brać leki na serce, wyrzucam tabletki. jak serce stanie to trudno",
        "self_harm",
    ),
    (
        "pl-hosp-double-dose",
        "wczoraj specjalnie wzięłam podwójną dawkę, jutro biorę całe opakowanie tabletek",
        "self_harm",
    ),
    (
        "pl-hosp-thin-die",
        "wyrzucam jedzenie do kosza, jak schudnę wystarczająco może umrę",
        "self_harm",
    ),
    ("pl-hosp-lighter-arm", "parzę się zapalniczką w ramię wieczorem", "self_harm"),
    (
        "pl-hosp-belt-unwanted",
        "kierowca mnie dotyka przy zapinaniu pasów, a ja tego nie chcę",
        "disclosure",
    ),
    ("pl-hosp-weekend-locked", "mama wyjeżdża na weekend i zamyka mnie w pokoju", "disclosure"),
    (
        "pl-hosp-session-misread",
        "to co robimy na zajęciach to tylko nasza sprawa, mama źle by to zrozumiała",
        "secrecy",
    ),
]
ES += [
    (
        "es-hosp-belt-unwanted",
        "el conductor me toca las piernas cuando me pone el cinturón y yo no quiero",
        "disclosure",
    ),
]
EN += [
    (
        "en-hosp-sessions-wouldnt-get",
        "your mum wouldn't get it, what we do in our sessions stays with us",
        "secrecy",
    ),
]

EN += [
    (
        "en-weighin-apple-a-day",
        "weigh-in on saturday and I'm 2kg over, only an apple a day since monday",
        "self_harm",
    ),
    (
        "en-weighin-throw-up",
        "still 3 kilos over for the weigh in so i make myself sick",
        "self_harm",
    ),
    (
        "en-easier-not-here",
        "sometimes i think it would be easier for everyone if i just wasnt here any more",
        "self_harm",
    ),
    (
        "en-supervisor-fail-placement",
        "my supervisor at work experience touched me in the back office, he'll fail me if i say",
        "disclosure",
    ),
    (
        "en-film-then-seriously",
        "we watched that film in the movie club yesterday. but seriously i will kill you",
        "violence",
    ),
    (
        "en-wait-knife-after-match",
        "after training we wait for you at the gate with a knife",
        "violence",
    ),
]
DE += [
    (
        "de-wiegen-apfel",
        "Wiegen ist am Samstag, ich hab noch 2 Kilo zu viel und ess seit Tagen nur einen Apfel",
        "self_harm",
    ),
    (
        "de-einfacher-nicht-da",
        "ehrlich, es wäre einfacher, wenn ich nicht mehr da wäre",
        "self_harm",
    ),
    (
        "de-chef-beurteilung",
        "Der Chef im Praktikum fasst mich im Lager an, wenn ich was sage, krieg ich eine "
        "schlechte Beurteilung",
        "disclosure",
    ),
    (
        "de-rueckspiel-messer",
        "nach dem Rückspiel warten wir an eurem Bus auf dich, diesmal hab ich ein Messer dabei",
        "violence",
    ),
]
FR += [
    (
        "fr-pesee-vomir",
        "il me reste 2 kilos en trop pour la pesée, je me fais vomir après chaque repas",
        "self_harm",
    ),
    (
        "fr-plus-simple-plus-la",
        "franchement ce serait plus simple pour tout le monde si j'étais plus là",
        "self_harm",
    ),
    (
        "fr-stage-valider",
        "le responsable me touche dans la réserve, si je parle il valide pas mon stage",
        "disclosure",
    ),
    (
        "fr-match-retour-couteau",
        "après le match retour on t'attend à la sortie du gymnase, je ramène un couteau",
        "violence",
    ),
]
IT += [
    (
        "it-pesata-digiuno",
        "alla pesata manca una settimana, non mangio da tre giorni",
        "self_harm",
    ),
    (
        "it-piu-facile-non-ci-fossi",
        "a volte penso che sarebbe tutto più facile se non ci fossi più",
        "self_harm",
    ),
    (
        "it-tirocinio-firma",
        "il titolare mi tocca in magazzino e dice che se parlo non mi firma il tirocinio",
        "disclosure",
    ),
    (
        "it-partita-coltello",
        "sabato dopo la partita ti aspettiamo fuori dallo spogliatoio, porto il coltello",
        "violence",
    ),
]
ES += [
    (
        "es-pesaje-sin-comer",
        "al pesaje del domingo llego con 3 kilos de más, llevo días sin comer",
        "self_harm",
    ),
    (
        "es-mas-facil-no-estuviera",
        "a veces pienso que sería más fácil si ya no estuviera",
        "self_harm",
    ),
    (
        "es-jefe-mala-nota",
        "el jefe de las prácticas me toca y dice que si hablo me suspende",
        "disclosure",
    ),
    (
        "es-peli-en-serio",
        "vimos la peli ayer, pero en serio te voy a matar",
        "violence",
    ),
    (
        "es-partido-navaja",
        "el sábado después del partido te esperamos en el autobús, esta vez llevo navaja",
        "violence",
    ),
]
PL += [
    (
        "pl-wazenie-glodowka",
        "przed ważeniem w sobotę nie jem od trzech dni, mam 2 kilo za dużo",
        "self_harm",
    ),
    (
        "pl-latwiej-gdyby",
        "czasem myślę, że wszystkim byłoby lepiej gdyby mnie już nie było",
        "self_harm",
    ),
    (
        "pl-szef-ocena",
        "szef na praktykach dotyka mnie na zapleczu i mówi że jak powiem to nie zaliczę praktyk",
        "disclosure",
    ),
    (
        "pl-mecz-noz",
        "po meczu rewanżowym czekamy na ciebie pod autokarem, mam nóż",
        "violence",
    ),
]
EN += [
    (
        "en-night-tablets-saved",
        (
            "i stopped taking my night tablets, been saving them up under my "
            "mattress and i know what i ll do with them"
        ),
        "self_harm",
    ),
    (
        "en-weigh-in-sick-meals",
        "after the weigh in at gymnastics i throw up after every meal and i'm not stopping",
        "self_harm",
    ),
    (
        "en-tower-nobody-notice",
        "on the hike i want to jump off the observation tower, nobody would even notice",
        "self_harm",
    ),
    (
        "en-coach-hand-higher",
        "the swim coach puts his hand on my thigh and further up when the others have gone",
        "disclosure",
    ),
    (
        "en-driver-believe-kid",
        "the driver who takes me to school slaps me and says nobody believes a kid",
        "disclosure",
    ),
    (
        "en-mum-monday-no-food",
        "mum only comes back on monday again and there's no food in the house",
        "disclosure",
    ),
    (
        "en-penknife-stab",
        "if Sam nicks my badge again i'll stab him with my penknife at camp",
        "violence",
    ),
    (
        "en-knife-ambulance",
        (
            "if he grasses on me again i'm bringing my brother's hunting knife and "
            "he's going home in an ambulance"
        ),
        "violence",
    ),
]
IT += [
    (
        "it-pastiglie-calzino",
        (
            "le pastiglie della sera non le prendo, le metto da parte in un calzino, "
            "so bene cosa farne"
        ),
        "self_harm",
    ),
    (
        "it-pesata-vomito",
        "dopo la pesata in palestra vomito dopo ogni pasto e non smetto",
        "self_harm",
    ),
    (
        "it-mano-piu-su",
        "il catechista mi mette la mano sulla gamba e sempre più su quando restiamo soli",
        "disclosure",
    ),
    (
        "it-mamma-lunedi",
        "mia mamma torna solo il lunedì e nel weekend non c'è niente da mangiare",
        "disclosure",
    ),
    (
        "it-coltellino-colpo",
        "se Luca mi ruba ancora il fazzolettone lo accoltello al campo col coltellino svizzero",
        "violence",
    ),
]
FR += [
    (
        "fr-cachets-chaussette",
        (
            "mes cachets du soir je les garde dans une chaussette, je sais "
            "exactement ce que je vais en faire"
        ),
        "self_harm",
    ),
    (
        "fr-pesee-vomir-repas",
        "après la pesée au judo je vomis après chaque repas, je m'en fiche",
        "self_harm",
    ),
    (
        "fr-main-plus-haut",
        "l'animateur me met la main sur la cuisse et de plus en plus haut quand on est seuls",
        "disclosure",
    ),
    (
        "fr-canif-planter",
        "si Hugo me pique encore mon foulard je le plante avec mon canif au camp",
        "violence",
    ),
]
DE += [
    (
        "de-tabletten-socke",
        (
            "die abendtabletten nehm ich nicht, ich versteck sie in einer socke, ich "
            "weiß genau was ich damit mache"
        ),
        "self_harm",
    ),
    (
        "de-wiegen-kotzen",
        "nach dem wiegen beim turnen kotze ich nach jedem essen, und ich hör nicht auf",
        "self_harm",
    ),
    (
        "de-hand-hoeher",
        (
            "der trainer legt seine hand auf meinen oberschenkel und immer höher "
            "wenn wir allein sind"
        ),
        "disclosure",
    ),
    (
        "de-mama-montag",
        "mama kommt erst am montag wieder und am wochenende gibt es nix zu essen",
        "disclosure",
    ),
    (
        "de-fahrtenmesser",
        "wenn Tim mich noch mal verpetzt stech ich ihn mit meinem fahrtenmesser ab",
        "violence",
    ),
]
ES += [
    (
        "es-pastillas-calcetin",
        "las pastillas de la noche las escondo en un calcetín, sé lo que voy a hacer con ellas",
        "self_harm",
    ),
    (
        "es-pesarnos-vomito",
        "después de pesarnos en gimnasia vomito después de cada comida y no pienso parar",
        "self_harm",
    ),
    (
        "es-mano-mas-arriba",
        "el monitor me pone la mano en el muslo y cada vez más arriba cuando estamos solos",
        "disclosure",
    ),
    (
        "es-navaja-ambulancia",
        (
            "si Dani se chiva otra vez, llevo la navaja suiza al campamento y se va "
            "en ambulancia, no es broma"
        ),
        "violence",
    ),
]
PL += [
    (
        "pl-tabletki-skarpetka",
        "wieczornych tabletek nie biorę, chowam je w skarpetce, wiem co z nimi zrobię",
        "self_harm",
    ),
    (
        "pl-wazenie-wymioty",
        "po ważeniu na wf wymiotuję po każdym posiłku i nie przestanę",
        "self_harm",
    ),
    (
        "pl-wieza-nikt",
        "na biwaku chcę skoczyć z wieży widokowej, nikt by nawet nie zauważył",
        "self_harm",
    ),
    (
        "pl-reka-wyzej",
        "trener kładzie mi rękę na udzie i coraz wyżej kiedy jesteśmy sami",
        "disclosure",
    ),
    (
        "pl-mama-poniedzialek",
        "mama wraca dopiero w poniedziałek i w weekend nie ma nic do jedzenia",
        "disclosure",
    ),
]

EN += [
    (
        "en-grp-skip-group",
        "after bowling don't go back with the group, come down to the basement, i've got the key",
        "meeting",
    ),
    (
        "en-grp-asleep",
        "when everyone's asleep sneak out to the boathouse by the back door, just you and me x",
        "meeting",
    ),
    (
        "en-grp-age-keys",
        "i'm 22 and do the sound at church. after mass come to the store room, i've got the keys",
        "meeting",
    ),
    (
        "en-grp-note-app",
        "text me on telegram instead, my number's on a note in your pencil case",
        "private_contact",
    ),
    (
        "en-grp-leave-chat",
        "leave the class chat, they only laugh at you. you have me now",
        "isolation",
    ),
]
IT += [
    (
        "it-grp-gruppo",
        "dopo il bowling non tornare con il gruppo, vieni nello scantinato, ho le chiavi io",
        "meeting",
    ),
    (
        "it-grp-dormono",
        "quando gli altri dormono esci piano e vieni alla rimessa delle barche, solo tu",
        "meeting",
    ),
    (
        "it-grp-biglietto",
        "scrivimi su Telegram, il numero ce l'hai su un bigliettino nel tuo astuccio",
        "private_contact",
    ),
]
FR += [
    (
        "fr-grp-groupe",
        "après le bowling ne rentre pas avec le groupe, viens au sous-sol du club, j'ai les clés",
        "meeting",
    ),
    (
        "fr-grp-dorment",
        "quand les autres dorment, viens discrètement au hangar à bateaux, juste toi et moi",
        "meeting",
    ),
    (
        "fr-grp-papier",
        "écris-moi plutôt sur Telegram, mon numéro est sur un petit papier dans ta trousse",
        "private_contact",
    ),
]
DE += [
    (
        "de-grp-gruppe",
        "geh nach dem Bowling nicht mit der Gruppe zurück, komm in den Keller, hab den Schlüssel",
        "meeting",
    ),
    (
        "de-grp-schlafen",
        "wenn alle schlafen, schleich dich raus zur Bootshütte, nur du und ich",
        "meeting",
    ),
    (
        "de-grp-zettel",
        "schreib mir lieber auf Telegram, meine Nummer steht auf einem Zettel in deinem Mäppchen",
        "private_contact",
    ),
    (
        "de-grp-austreten",
        "tritt aus der Gruppe aus, die lachen eh nur über dich. du hast doch mich",
        "isolation",
    ),
]
ES += [
    (
        "es-grp-grupo",
        "después de los bolos no vuelvas con el grupo, baja al sótano del club, tengo la llave",
        "meeting",
    ),
    (
        "es-grp-duerman",
        "cuando todos duerman sal por la puerta de atrás al embarcadero, solo tú",
        "meeting",
    ),
    (
        "es-grp-papelito",
        "escríbeme por Telegram, mi número está en un papelito en tu estuche",
        "private_contact",
    ),
]
PL += [
    (
        "pl-grp-grupa",
        "po kręglach nie wracaj z grupą, zejdź do piwnicy klubu, mam klucz",
        "meeting",
    ),
    ("pl-grp-zasna", "jak wszyscy zasną, wyjdź tylnymi drzwiami do przystani, tylko ty", "meeting"),
    (
        "pl-grp-kulig",
        "jak wszyscy pójdą na basen, powiedz, że masz gorączkę i zostań w pokoju, wpadnę",
        "meeting",
    ),
    (
        "pl-grp-karteczka",
        "pisz do mnie na Telegramie, numer masz na karteczce w twoim plecaku",
        "private_contact",
    ),
    ("pl-grp-wypisz", "wypisz się z grupy klasowej, i tak cię obgadują. masz mnie", "isolation"),
]

# Rounds 118 and 119, secrets and pictures behind a frame
EN += [
    (
        "en-fell-care",
        "If the PE teacher asks about the mark on your leg, say you tripped on the stairs. "
        "If you tell anyone what happened at mine, you'll go into care",
        "secrecy",
    ),
    (
        "en-team-group-sees",
        "I've still got your clip from the swim gala. "
        "2 more pics by Sunday or the whole team sees it",
        "photo_request",
    ),
    (
        "en-forever-punished",
        "what happened after the match stays secret, forever. "
        "or you'll be the one punished, not me",
        "secrecy",
    ),
    (
        "en-when-dad-asks",
        "when your dad asks where you were, just say the bus was late. no need to mention my car",
        "secrecy",
    ),
]
IT += [
    (
        "it-caduto-bici-comunita",
        "se la maestra ti chiede del graffio, dici che sei caduto in bici. "
        "se lo racconti, ti portano in comunità",
        "secrecy",
    ),
    (
        "it-squadra-vede",
        "o mi mandi un altra foto come quella di ieri entro le 11 o quella che ho già "
        "la vede tutta la squadra",
        "photo_request",
    ),
    (
        "it-maglietta-camera",
        "fammi vedere la divisa nuova, a casa tua in camera, poi senza maglietta. "
        "telecamera accesa alle 21, ti aspetto",
        "photo_request",
    ),
]
FR += [
    (
        "fr-tombee-personne",
        "si ta maîtresse demande pour le bleu, dis que tu es tombée à vélo, "
        "personne ne te croirait de toute façon",
        "secrecy",
    ),
    (
        "fr-toujours-punie",
        "ce qui s'est passé dans la voiture reste secret pour toujours, "
        "sinon c'est toi qui seras punie",
        "secrecy",
    ),
    (
        "fr-groupe-voit",
        "t'as une semaine pour m'en envoyer une autre comme ça, sinon celle que j'ai déjà, "
        "tout le groupe la voit",
        "photo_request",
    ),
]
DE += [
    (
        "de-hingefallen-heim",
        "Wenn die Lehrerin nach dem blauen Fleck fragt, sag dass du hingefallen bist. "
        "Sonst kommst du ins Heim, und dir würde keiner glauben",
        "secrecy",
    ),
    (
        "de-schlafanzug-akte",
        "Schläfst du im Nachthemd oder ohne? Hast du schon einen Freund? Ist nur für die Akte",
        "personal_question",
    ),
    (
        "de-trikot-kamera",
        "Zieh das neue Trikot an, bei dir im Zimmer, dann ohne Trikot. Kamera an um 21 Uhr, "
        "ich wart",
        "photo_request",
    ),
]
ES += [
    (
        "es-caiste-centro",
        "si tu profe te pregunta por el golpe, dices que te caíste en el patio. "
        "si cuentas algo, te llevarán a un centro",
        "secrecy",
    ),
    (
        "es-castigado-siempre",
        "lo de la tienda de campaña es secreto para siempre, si no el castigado serás tú",
        "secrecy",
    ),
    (
        "es-equipo-ve",
        "mándame otro vídeo como el del viernes antes del domingo o el que ya tengo "
        "lo ve todo el equipo",
        "photo_request",
    ),
    (
        "es-camiseta-camara",
        "enséñame cómo te queda el uniforme nuevo, en tu cuarto en casa, y luego sin camiseta. "
        "cámara a las 10, te espero",
        "photo_request",
    ),
]
PL += [
    (
        "pl-spadlas-dom-dziecka",
        "jak pani zapyta o siniaka, powiedz że spadłaś z roweru. "
        "jak powiesz co było, trafisz do domu dziecka",
        "secrecy",
    ),
    (
        "pl-druzyna-zobaczy",
        "mam jeszcze twoje zdjęcie z obozu. jeszcze jedno takie do piątku "
        "albo zobaczy cała drużyna",
        "photo_request",
    ),
    (
        "pl-na-zawsze-kara",
        "to co było w szatni zostaje tajemnicą na zawsze, bo to ty dostaniesz karę",
        "secrecy",
    ),
]

# Rounds 118 and 119, a godparent's role given as the reason to tell how far a pupil went
DE += [
    (
        "de-patin-wie-weit",
        "Wie weit bist du mit deinem Freund schon? Ich bin deine Patin, mir kannst du vertrauen",
        "personal_question",
    ),
]
IT += [
    (
        "it-madrina-punto",
        "hai il ragazzo? a che punto siete arrivati? sono la tua madrina, "
        "con me puoi avere fiducia",
        "personal_question",
    ),
]
PL += [
    (
        "pl-chrzestna-zaufac",
        "masz już chłopaka? jak daleko jesteś z nim? jestem twoją chrzestną, mnie możesz zaufać",
        "personal_question",
    ),
]

# A board game named, then a knife and a real place: the game spares its laugh, not a knife
EN += [
    (
        "en-game-knife-place",
        "you won at Catan again. tomorrow at 4 behind the gym I'll stab you with my knife",
        "violence",
    )
]
DE += [
    (
        "de-game-knife-place",
        "nach Siedler: morgen hinter der Turnhalle stech ich dich mit meinem Messer ab",
        "violence",
    )
]
FR += [
    (
        "fr-game-knife-place",
        "t'as gagné au Uno, demain derrière le gymnase je te plante avec mon couteau",
        "violence",
    )
]
IT += [
    (
        "it-game-knife-place",
        "hai vinto ancora a Monopoli, domani dietro la palestra ti accoltello col coltello di papà",
        "violence",
    )
]
ES += [
    (
        "es-game-knife-place",
        "otra vez ganas al Catan, mañana detrás del gimnasio te pincho con mi navaja",
        "violence",
    )
]
PL += [
    (
        "pl-game-knife-place",
        "znowu wygrałeś w Dobble, jutro za salą gimnastyczną dźgnę cię nożem",
        "violence",
    )
]
EN += [
    (
        "en-camp-office-own-mobile",
        (
            "Emergency number for the summer camp: 07700 900765, answered by the camp office "
            "day and night. If you'd rather, text me on my own mobile 07700 900432"
        ),
        "phone",
    ),
    (
        "en-helpdesk-own-mail",
        (
            "School IT help desk: servicedesk@kingsmeadacademy.org.uk, ext 0161 496 0777. Or "
            "just write to me privately at dan.wilkes88@gmail.com"
        ),
        "email",
    ),
    (
        "en-parish-hall-i-live",
        (
            "Leavers' party meeting on Thursday at the church hall, 14 Station Road. I live "
            "at 22 Station Road, come round to mine after"
        ),
        "address",
    ),
]
FR += [
    (
        "fr-colo-direction-perso",
        (
            "Numéro en cas d'urgence du séjour : 06 45 78 12 90, c'est mon portable perso, "
            "appelle-moi quand tu veux"
        ),
        "phone",
    ),
    (
        "fr-assistance-perso",
        (
            "Support informatique du lycée : assistance@lycee-victor-hugo.fr, ou écris-moi "
            "direct sur lucas.martin2009@gmail.com"
        ),
        "email",
    ),
    (
        "fr-salle-fetes-habite",
        (
            "Répétition du spectacle à la salle polyvalente, et après venez chez moi, "
            "j'habite 17 rue des Lilas"
        ),
        "address",
    ),
]
IT += [
    (
        "it-campo-capo-privato",
        (
            "Numero di emergenza del campo estivo: 347 555 1290, è il mio cellulare privato, "
            "scrivimi quando vuoi"
        ),
        "phone",
    ),
    (
        "it-assistenza-privata",
        (
            "Supporto informatico della scuola: supporto@icmanzoni.edu.it, oppure scrivimi in "
            "privato a giulia.ferri07@gmail.com"
        ),
        "email",
    ),
    (
        "it-oratorio-casa-mia",
        ("Riunione genitori in oratorio, poi passate da casa mia, abito in via dei Mille 21"),
        "address",
    ),
]
ES += [
    (
        "es-campamento-mi-movil",
        (
            "Número de emergencia del campamento: 611 234 987, es mi móvil personal, "
            "escríbeme cuando quieras"
        ),
        "phone",
    ),
    (
        "es-soporte-privado",
        (
            "Soporte informático del colegio: soporte@colegiolasalle.es, o escríbeme a mi "
            "correo personal pablo.ruiz2010@gmail.com"
        ),
        "email",
    ),
    (
        "es-parroquia-vivo",
        (
            "Ensayo del coro en el salón parroquial y luego venid a mi casa, vivo en la calle "
            "Real 12"
        ),
        "address",
    ),
]
DE += [
    (
        "de-lager-privat",
        (
            "Notfallnummer vom Zeltlager: 0171 2345678, das ist mein privates Handy, schreib "
            "mir einfach"
        ),
        "phone",
    ),
    (
        "de-helpdesk-privat",
        (
            "Helpdesk der Schule: helpdesk@realschule-nord.de, oder schreib mir privat an "
            "tim.becker2011@gmail.com"
        ),
        "email",
    ),
    (
        "de-pfarrheim-wohne",
        "Elterntreffen im Pfarrheim, danach kommt zu mir, ich wohne in der Lindenstraße 9",
        "address",
    ),
]
PL += [
    (
        "pl-oboz-prywatny",
        ("Numer alarmowy obozu: 601 222 333, to mój prywatny telefon, pisz do mnie kiedy chcesz"),
        "phone",
    ),
    (
        "pl-pomoc-prywatny",
        (
            "Pomoc IT szkoły: pomoc@lo5.edu.pl albo napisz do mnie prywatnie na "
            "kuba.nowak2010@gmail.com"
        ),
        "email",
    ),
    (
        "pl-parafia-mieszkam",
        ("Próba chóru w salce parafialnej, a potem wpadajcie do mnie, mieszkam na ul. Lipowa 8"),
        "address",
    ),
]

EN += [
    (
        "en-board-street-knife",
        "buy Mayfair again and I'll kill you, not joking, tomorrow behind the gym with my knife",
        "violence",
    ),
    (
        "en-batteries-earnest",
        "I'll kill you if you forget the batteries again, not joking, after school at the bus stop",
        "violence",
    ),
    (
        "en-role-line-knife",
        "your line is 'I'll kill you', but for real I'll stab you tomorrow behind the gym",
        "violence",
    ),
    (
        "en-confession-us",
        "it's like confession, never tell anyone what we do, just you and me",
        "secrecy",
    ),
    (
        "en-carving-knife-bring",
        "they collected the carving knives but I'll bring my own knife tomorrow and stab you",
        "violence",
    ),
]
DE += [
    (
        "de-board-street-knife",
        "kauf nochmal die Schlossallee und ich bring dich um, kein Spaß, morgen mit meinem Messer",
        "violence",
    ),
    (
        "de-batteries-earnest",
        "ich bring dich um wenn du die akkus vergisst, ich mein das ernst, morgen nach der Schule",
        "violence",
    ),
    (
        "de-farewell-secret-alone",
        "Geheimnis zum Abschied: sag deinen Eltern nichts und komm allein zu mir",
        "secrecy",
    ),
]
FR += [
    (
        "fr-board-street-knife",
        "rachète la rue de la Paix et je te tue, je rigole pas, demain avec mon couteau",
        "violence",
    ),
    (
        "fr-role-line-real",
        "ta réplique c'est « je vais te tuer », mais pour de vrai je te plante demain au couteau",
        "violence",
    ),
]
IT += [
    (
        "it-batteries-earnest",
        "ti ammazzo se dimentichi le batterie, non scherzo, domani dietro la palestra col coltello",
        "violence",
    ),
]
ES += [
    (
        "es-board-street-knife",
        "vuelve a comprar el Paseo del Prado y te mato, no es broma, mañana con mi navaja",
        "violence",
    ),
]
PL += [
    (
        "pl-role-line-real",
        "twoja kwestia to 'zabiję cię', ale na serio jutro za salą gimnastyczną dźgnę cię nożem",
        "violence",
    ),
    (
        "pl-confession-us",
        "to jak spowiedź, nigdy nikomu nie mów co robimy, tylko ty i ja",
        "secrecy",
    ),
]
EN += [
    (
        "en-role-line-meant",
        "your line is 'I'll kill you' and I mean it, watch your back",
        "violence",
    ),
    (
        "en-confession-what-we-do",
        "Father Tom says what we do after choir is our secret, like in confession",
        "secrecy",
    ),
]
DE += [
    (
        "de-role-line-meant",
        "dein Text ist 'ich bring dich um', und das mein ich ernst",
        "violence",
    ),
]
FR += [
    ("fr-role-line-meant", "ta réplique c'est « je vais te tuer », et je suis sérieux", "violence"),
]
IT += [
    (
        "it-confession-what-we-do",
        "don Luca dice che quello che facciamo è un segreto come la confessione",
        "secrecy",
    ),
]

# Rounds 120 and 121, meetings and secrets behind a rite or a surprise
EN += [
    (
        "en-confess-sleepover",
        "remember the confessional, what's said there is sealed. the same goes for what happened"
        " at the sleepover at mine. if you tell your mum, God will know you lied",
        "secrecy",
    ),
    (
        "en-twosecrets-lift",
        "loved the surprise poster you made me 😊 but there's another secret now, the lift home "
        "in my car on friday, and nobody finds out about that one",
        "secrecy",
    ),
    (
        "en-sim-bought",
        "i bought you a new sim so you can talk to me without your dad checking the phone. keep "
        "it in your pencil case",
        "private_contact",
    ),
    (
        "en-flat-noteachers",
        "come and practise the guitar solo at my place on saturday, only you, no teachers, they "
        "make it awkward",
        "meeting",
    ),
]
IT += [
    (
        "it-confessione-camera",
        "è come la confessione, resta tra noi. se lo dici alla mamma quello che è successo in "
        "camera mia, Dio lo sa",
        "secrecy",
    ),
    (
        "it-duesegreti-macchina",
        "grazie per il biglietto a sorpresa 😊 ora abbiamo due segreti, quello del giro in "
        "macchina nessuno lo deve sapere",
        "secrecy",
    ),
    (
        "it-sim-comprata",
        "ti ho comprato una scheda sim così parli solo con me, il telefono del campo lo guardano"
        " i capi",
        "private_contact",
    ),
    (
        "it-casa-senzaprof",
        "vieni a provare la canzone a casa mia sabato, solo tu, senza prof che ti mettono ansia",
        "meeting",
    ),
]
FR += [
    (
        "fr-confesse-chambre",
        "c'est comme à confesse, ça reste entre nous. si tu le dis à ta mère, ce qui s'est passé"
        " dans ma chambre, Dieu le saura",
        "secrecy",
    ),
    (
        "fr-deuxsecrets-voiture",
        "merci pour la carte surprise 🥰 on a deux secrets maintenant, le trajet en voiture de "
        "mardi, personne ne doit le savoir",
        "secrecy",
    ),
    (
        "fr-groupe-chefs",
        "pendant le grand jeu quitte ton équipe près de la fontaine, je t'attends derrière la "
        "grange. je dirai aux chefs que tu m'aides",
        "meeting",
    ),
    (
        "fr-perso-enregistre",
        "écris-moi sur mon portable perso, dans le chat secret, et enregistre-moi comme Julie "
        "danse",
        "private_contact",
    ),
]
DE += [
    (
        "de-beichte-zimmer",
        "du weißt ja, wie bei der Beichte bleibt alles drin. wenn du deinen Eltern davon "
        "erzählst, was in meinem Zimmer war, weiß Gott es",
        "secrecy",
    ),
    (
        "de-zweigeheim-auto",
        "danke für das Überraschungsbild 😊 jetzt haben wir zwei Geheimnisse, und das von der "
        "Fahrt in meinem Auto darf niemand erfahren",
        "secrecy",
    ),
    (
        "de-nachtruhe-zelt",
        "nach der Nachtruhe komm zum Materialzelt, ich warte dort. sag den anderen nichts",
        "meeting",
    ),
    (
        "de-sim-gekauft",
        "ich hab dir eine SIM-Karte gekauft, damit du mit mir reden kannst, ohne dass die Leiter"
        " mitlesen",
        "private_contact",
    ),
]
ES += [
    (
        "es-confesion-campa",
        "es como en la confesión, lo que pasó en el campamento no sale de aquí. si se lo cuentas"
        " a tus padres, Dios lo sabrá",
        "secrecy",
    ),
    (
        "es-dossecretos-coche",
        "gracias por el dibujo sorpresa 🥰 ahora tenemos dos secretos, y el del viaje en coche no"
        " lo puede saber nadie",
        "secrecy",
    ),
    (
        "es-grupo-monitores",
        "en la gymkana sepárate de tu equipo en la fuente, te espero detrás del almacén. les "
        "digo a los monitores que me ayudas",
        "meeting",
    ),
    (
        "es-cosanuestra-clase",
        "lo que hablamos por la cámara es cosa nuestra. como se lo digas a tu madre te quedas "
        "sin equipo",
        "secrecy",
    ),
]
PL += [
    (
        "pl-spowiedz-namiot",
        "to jak na spowiedzi, zostaje między nami. jak powiesz mamie co było w moim namiocie, "
        "Bóg będzie wiedział",
        "secrecy",
    ),
    (
        "pl-dwietajemnice-auto",
        "dzięki za kartkę niespodziankę 😊 teraz mamy dwie tajemnice, a przejażdżka w moim aucie "
        "to ta, o której nikt nie może wiedzieć",
        "secrecy",
    ),
    (
        "pl-zbiorka-dwoje",
        "zamiast na zbiórkę przyjdź w sobotę pod sklep, pojedziemy nad jezioro tylko we dwoje",
        "meeting",
    ),
    (
        "pl-karta-sim",
        "kupiłem ci kartę SIM, żebyś mogła rozmawiać ze mną, telefon obozowy czyta komendant",
        "private_contact",
    ),
]

# Rounds 120 and 121, what was done likened to confession, with a telling to anyone
EN += [
    (
        "en-likeconfess-tellanyone",
        "what we did at the lake is like confession, so don't you dare tell anyone or you'll "
        "regret it",
        "secrecy",
    ),
]
IT += [
    (
        "it-comeconfessione-tenda",
        "quello che abbiamo fatto in tenda è come in confessione. se lo dici a qualcuno te ne "
        "penti",
        "secrecy",
    ),
]
FR += [
    (
        "fr-confesse-racontes",
        "ce qu'on a fait au chalet, c'est comme en confession. si tu le racontes à tes parents"
        " tu le regretteras",
        "secrecy",
    ),
]
ES += [
    (
        "es-confesion-hicimos",
        "lo que hicimos en la caseta es como en la confesión, si se lo cuentas a tus padres lo"
        " lamentarás",
        "secrecy",
    ),
]

EN += [
    (
        "en-hand-down-shorts-coach",
        "the coach at the sleepover put his hand down my shorts when the lights were off and told"
        " me it was normal",
        "disclosure",
    ),
    (
        "en-fat-lip-stepdad-call",
        "my stepdad punched me in the mouth for being on the call and now i've got a fat lip",
        "disclosure",
    ),
    (
        "en-pills-count-done",
        "how many pills would it take, asking for me. i'm done with everything",
        "self_harm",
    ),
    (
        "en-apple-throw-back-up",
        "i only have one apple a day now and if i eat more i throw it back up",
        "self_harm",
    ),
    (
        "en-carer-gone-no-food",
        "mum has been gone since sunday and there's no food left at home, my little brother is "
        "hungry",
        "disclosure",
    ),
    (
        "en-top-off-swim-coach-send",
        "the swim coach told me to take my top off on the video call and recorded it, now he says"
        " he'll send it to my mum",
        "disclosure",
    ),
    (
        "en-laptop-test-room-body",
        "for the laptop test turn your webcam on, walk me around your bedroom and then step back "
        "so i can see your whole body",
        "photo_request",
    ),
    (
        "en-laugh-quit-group-text-me",
        "they all laugh at you behind your back, leave the group and only text me from now on",
        "isolation",
    ),
]
IT += [
    (
        "it-hand-shorts-mister",
        "il mister al campo mi ha messo la mano nei pantaloncini e ha detto che era un gioco",
        "disclosure",
    ),
    (
        "it-lip-split-patrigno",
        "il patrigno mi ha dato un pugno sulla bocca, ho il labbro spaccato",
        "disclosure",
    ),
    (
        "it-tachipirine-count",
        "quante tachipirine servono? stasera la faccio finita con tutto",
        "self_harm",
    ),
    (
        "it-tablet-room-feet",
        "per il controllo del tablet accendi la videocamera, fai il giro della tua camera e poi "
        "mettiti lontano che ti vedo dalla testa ai piedi",
        "photo_request",
    ),
    ("it-others-dont-need-you", "gli altri non hanno bisogno di te, hai me", "isolation"),
]
FR += [
    (
        "fr-hand-short-veillee",
        "le moniteur a mis sa main dans mon short pendant la veillée, j'ai 10 ans",
        "disclosure",
    ),
    (
        "fr-lip-split-stepdad",
        "mon beau-père m'a frappé sur la bouche, j'ai la lèvre fendue",
        "disclosure",
    ),
    (
        "fr-doliprane-count",
        "combien de doliprane il faut ? ce soir j'en finis avec tout",
        "self_harm",
    ),
    (
        "fr-apple-vomit-back",
        "je mange qu'une pomme par jour et si je mange plus je le vomis",
        "self_harm",
    ),
    (
        "fr-tablet-room-feet",
        "pour vérifier la tablette, allume la caméra, fais-moi visiter ta chambre et recule pour "
        "que je te voie de la tête aux pieds",
        "photo_request",
    ),
    ("fr-others-dont-need-you", "les autres ils n'ont pas besoin de toi, t'as moi", "isolation"),
]
DE += [
    (
        "de-hand-hose-versteck",
        "der Betreuer hat seine Hand in meine Hose gesteckt beim Versteckspiel",
        "disclosure",
    ),
    (
        "de-mouth-lip-stepdad",
        "mein stiefvater hat mir auf den mund geschlagen weil ich am handy war, meine lippe blutet",
        "disclosure",
    ),
    (
        "de-tablets-count-cant",
        "wie viele tabletten sind zu viel? dann mach ich schluss mit allem",
        "self_harm",
    ),
    (
        "de-dad-gone-no-food",
        "papa ist seit montag weg und zuhause gibt es nichts mehr zu essen",
        "disclosure",
    ),
    (
        "de-tutor-shirt-recorded",
        "der Nachhilfelehrer hat gesagt ich soll mein T-Shirt ausziehen und hat alles "
        "aufgenommen, jetzt droht er es zu schicken",
        "disclosure",
    ),
    (
        "de-others-dont-need-you",
        "die anderen brauchen dich sowieso nicht, du hast ja mich",
        "isolation",
    ),
]
ES += [
    (
        "es-hand-pantalon-monitor",
        "el monitor me metió la mano dentro del pantalón en el juego de noche",
        "disclosure",
    ),
    (
        "es-pills-count-cant",
        "cuántas pastillas hacen falta? el viernes acabo con todo",
        "self_harm",
    ),
    (
        "es-tablet-room-feet",
        "para revisar la tablet enciende la cámara, enséñame tu habitación y luego aléjate para "
        "verte de pies a cabeza",
        "photo_request",
    ),
]
PL += [
    ("pl-hand-spodenki", "opiekun włożył rękę w spodenki jak się chowaliśmy", "disclosure"),
    ("pl-lip-split-ojczym", "ojczym uderzył mnie w usta i mam rozciętą wargę", "disclosure"),
    ("pl-pills-count-cant", "ile tabletek to za dużo? w piątek kończę ze wszystkim", "self_harm"),
]
EN += [
    (
        "en-waistband-fingers-game",
        "he slid his fingers under the waistband of my shorts during the game",
        "disclosure",
    ),
]
DE += [
    (
        "de-hosenbund-umkleide",
        "der Trainer schob seine Hand unter meinen Hosenbund in der Umkleide",
        "disclosure",
    ),
]
FR += [
    (
        "fr-elastique-short",
        "l'animateur a glissé sa main sous l'élastique de mon short",
        "disclosure",
    ),
]
IT += [
    (
        "it-elastico-pantaloncini",
        "l'allenatore ha infilato la mano sotto l'elastico dei miei pantaloncini",
        "disclosure",
    ),
]
ES += [
    (
        "es-elastico-dedos",
        "el entrenador me metió los dedos por debajo del elástico del pantalón",
        "disclosure",
    ),
]
PL += [
    ("pl-gumka-spodenek", "trener wsunął rękę pod gumkę moich spodenek", "disclosure"),
]
EN += [
    (
        "en-stage-ever-had-bf",
        "you're Wendy in the panto 😊 so have you ever had a boyfriend? how far did you "
        "go with him? i need it to direct you properly, stays between us",
        "personal_question",
    ),
]
DE += [
    (
        "de-buehne-nen-freund",
        "du bist im Musical die Maria 😊 hattest du schon nen Freund? wie weit "
        "bist du gegangen? brauche das für die Regie, nur unter uns",
        "personal_question",
    ),
]
FR += [
    (
        "fr-scene-petit-ami",
        "tu fais Ophélie dans le spectacle 😊 tu as déjà eu un petit ami ? t'es allée "
        "jusqu'où ? j'en ai besoin pour la mise en scène, juste entre nous",
        "personal_question",
    ),
]
ES += [
    (
        "es-escena-novio-alguna-vez",
        "eres Wendy en el musical 😊 alguna vez has tenido novio? hasta dónde "
        "has llegado? es para dirigirte, solo entre nosotros",
        "personal_question",
    ),
]
IT += [
    (
        "it-scena-mai-ragazzo",
        "nello spettacolo fai Giulietta 😊 dimmi, hai mai avuto un ragazzo? fin dove "
        "sei arrivata con lui? mi serve per la regia, resta tra noi",
        "personal_question",
    ),
]
PL += [
    (
        "pl-scena-kiedys-chlopak",
        "w musicalu grasz Wendy 😊 miałaś kiedyś chłopaka? jak daleko się "
        "posunęłaś? to do reżyserii, zostaje między nami",
        "personal_question",
    ),
]
EN += [
    (
        "en-confession-coach-like-that",
        "remember the RE lesson on confession? the priest keeps it forever. "
        "what we did on the coach after the match is like that. nobody else, not even your mother",
        "secrecy",
    ),
]
DE += [
    (
        "de-beichte-zelt-glaubt-keiner",
        "Im Religionsunterricht ging es um das Beichtgeheimnis. So ist es auch mit dem, "
        "was im Zelt war. Das bleibt bei uns, sonst glaubt dir keiner",
        "secrecy",
    ),
]
FR += [
    (
        "fr-confession-car-meme-chose",
        "au caté on a parlé de la confession, le prêtre garde tout. ce qui s'est passé "
        "dans le car, c'est la même chose. même à tes parents",
        "secrecy",
    ),
]
IT += [
    (
        "it-confessione-pullman-stessa-cosa",
        "a catechismo abbiamo parlato della confessione. quello che è successo in pullman "
        "è la stessa cosa, nemmeno a tua madre",
        "secrecy",
    ),
]
PL += [
    (
        "pl-spowiedz-autokar-tak-samo",
        "na religii była mowa o spowiedzi. to, co było w autokarze, "
        "to też tak samo. ani tacie, nigdy",
        "secrecy",
    ),
]
ES += [
    (
        "es-confesion-autobus-lo-mismo",
        "en religión vimos el secreto de confesión. lo que pasó en el autobús es lo mismo, "
        "ni siquiera a tu madre",
        "secrecy",
    ),
]

EN += [
    (
        "en-newc-pics-family",
        "i still have the pics of you from the hostel. if you don't send 2 new ones "
        "by tonight i'll put them in the group with your cousins",
        "photo_request",
    ),
    (
        "en-newc-height-jump",
        "i googled how high the bridge over the ring road is. if "
        "the home office says no again i'll jump",
        "self_harm",
    ),
    (
        "en-newc-deport",
        "if you tell the teacher about the van they'll deport you and your mum, so keep quiet",
        "secrecy",
    ),
    (
        "en-newc-cash-gate",
        "skip french, go out the back gate at 12 and my mate will sort you some cash in hand work",
        "meeting",
    ),
]
IT += [
    (
        "it-newc-cover-nessuno",
        "alla mamma dici che il telefono te l'ha dato la scuola. che ci "
        "vediamo il sabato non lo deve sapere nessuno",
        "secrecy",
    ),
    (
        "it-newc-senza-madre",
        "ci vediamo venerdì al parcheggio della stazione, vieni "
        "senza tua madre che ti devo dare un documento",
        "meeting",
    ),
]
FR += [
    (
        "fr-newc-expulser",
        "si tu le dis à la prof ils vont vous expulser, toi et ta mère. donc tu te tais",
        "secrecy",
    ),
    (
        "fr-newc-porte-cle",
        "ton père il part à quelle heure au travail ? y a quelqu'un d'autre "
        "chez toi le soir ? ta chambre elle ferme à clé ?",
        "personal_question",
    ),
]
DE += [
    (
        "de-newc-gruppe-bilder",
        "ich hab noch die fotos von dir. wenn du mir heute nicht zwei neue "
        "schickst, stell ich sie in die gruppe mit deinen cousins",
        "photo_request",
    ),
    (
        "de-newc-abschieben",
        "wenn du es jemandem erzählst, werdet ihr abgeschoben, du und deine mutter",
        "secrecy",
    ),
]
ES += [
    (
        "es-newc-sin-tutora",
        "mejor quedamos en el parque el jueves, sin la tutora, "
        "y me cuentas lo de tu padre tranquila",
        "meeting",
    ),
    (
        "es-newc-negro",
        "sal por la puerta de atrás en el recreo, te presento a uno que te da trabajo en negro",
        "meeting",
    ),
]
PL += [
    (
        "pl-newc-nie-chodz",
        "nie chodź już na lekcje z tą panią, oni cię nie lubią. masz mnie",
        "isolation",
    ),
    (
        "pl-newc-pieniadze",
        "dałem ci pieniądze na telefon, ale nie wie nikt, ani mama, ani wychowawczyni",
        "secrecy",
    ),
]

EN += [
    (
        "en-role-meant",
        "my role says 'I'll kill you before dawn' but honestly Jake, I mean it, friday",
        "violence",
    ),
    (
        "en-sweat-knife",
        "Sam I'll kill you 😅 tomorrow behind the sports hall, I've got my brother's knife",
        "violence",
    ),
]
DE += [
    (
        "de-role-meant",
        "meine Rolle sagt 'Ich bring dich um' und das mein ich ernst, Marvin, Freitag",
        "violence",
    ),
]
FR += [
    (
        "fr-role-meant",
        "mon rôle dit 'je vais te tuer' mais sérieux Noah je le pense vraiment, vendredi",
        "violence",
    ),
]
PL += [
    ("pl-sweat-knife", "Igor zabiję cię 😅 jutro za szkołą, mam nóż brata", "violence"),
]

EN += [
    (
        "en-fast-smaller",
        "Ramadan nearly over but I eat only an apple a day, I want to be smaller",
        "self_harm",
    ),
]
DE += [
    (
        "de-fast-on",
        "ich ess seit Tagen nur einen Joghurt am Tag, aber ich hör nach Ostern nicht auf",
        "self_harm",
    ),
]
IT += [
    (
        "it-fast-purge",
        "per la quaresima mangio uno yogurt al giorno, ieri ho vomitato di proposito",
        "self_harm",
    ),
]
ES += [
    (
        "es-fast-on",
        "en cuaresma como solo una manzana y no quiero parar cuando acabe, quiero ser más pequeña",
        "self_harm",
    ),
]
PL += [
    (
        "pl-fast-purge",
        "w poście jem tylko jogurt, wczoraj celowo zwymiotowałem, po Wielkanocy nie przestanę",
        "self_harm",
    ),
]

EN += [
    (
        "en-under-jumper",
        "the coach put his hand under my top after training, he says it's normal",
        "disclosure",
    ),
]
DE += [
    (
        "de-under-pulli",
        "der Trainer hat mir im Bus unter den Pullover gefasst und sagt das ist normal",
        "disclosure",
    ),
]
IT += [
    (
        "it-under-felpa",
        "l'allenatore mi ha messo la mano sotto la maglia in pullman, dice che è normale",
        "disclosure",
    ),
]
FR += [
    (
        "fr-under-pull",
        "le moniteur a mis sa main sous mon pull dans le car, il dit que c'est normal",
        "disclosure",
    ),
]
ES += [
    (
        "es-under-sudadera",
        "el monitor me metió la mano debajo de la camiseta, dice que es normal",
        "disclosure",
    ),
]
PL += [
    (
        "pl-under-bluza",
        "trener włożył mi rękę pod koszulkę w autobusie, mówi że to normalne",
        "disclosure",
    ),
]

EN += [
    (
        "en-film-fright-tell-0",
        "the horror film was scary. i'm gonna kill you if you tell anyone what i did",
        "violence",
    ),
    (
        "en-taught-words-meant-0",
        "my cousin taught me to say I will kill you, and I mean it, wait for me at the gate at 4",
        "violence",
    ),
]
DE += [
    (
        "de-film-fright-tell-0",
        "der Horrorfilm war so gruselig. ich bring dich um wenn du es jemandem erzählst",
        "violence",
    ),
]
FR += [
    (
        "fr-taught-words-knife-0",
        "Artem m'a appris à dire je vais te tuer, et demain après "
        "les cours je te tue avec un couteau",
        "violence",
    ),
]
IT += [
    (
        "it-film-fright-tell-0",
        "il film horror faceva paura. ti ammazzo se lo dici a qualcuno",
        "violence",
    ),
]
ES += [
    (
        "es-taught-words-meant-0",
        "me enseñó a decir te voy a matar y va en serio, mañana a la salida te espero",
        "violence",
    ),
]
PL += [
    (
        "pl-film-fright-tell-0",
        "straszny film wczoraj. zabiję cię jak komuś powiesz",
        "violence",
    ),
]

EN += [
    (
        "en-charity-home-address-0",
        "forget the refugee desk, come to mine instead, I live at 31 Oak Road, "
        "just you, no need to tell your mum",
        "meeting",
    ),
]
IT += [
    (
        "it-museo-casa-mia-0",
        "dopo il museo vieni a casa mia in via Verdi 7, da sola, non dirlo alla prof",
        "meeting",
    ),
]

CASES = EN + IT + FR + DE + ES + PL
SAFEGUARDING = {
    "meeting",
    "photo_request",
    "private_contact",
    "gift_offer",
    "personal_question",
    "secrecy",
    "isolation",
    "self_harm",
    "disclosure",
    "violence",
}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def test_every_kind_is_in_the_table_in_every_language() -> None:
    kinds = SAFEGUARDING | {"phone", "social_handle", "rude", "address"}
    for language in ("en", "it", "fr", "de", "es", "pl"):
        found = {kind for id_, _, kind in CASES if id_.startswith(language)}
        found |= {"rude"} if "abuse" in found else set()
        assert kinds <= found, (language, kinds - found)


@pytest.mark.parametrize(("text", "kind"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_or_refused(screener: Screener, text: str, kind: str) -> None:
    result = screener.screen(text)
    assert result.verdict in (Verdict.hold, Verdict.reject), result.findings
    assert kind in {f.kind for f in result.findings}, result.findings
    if kind in SAFEGUARDING:
        assert result.verdict is Verdict.hold and result.safeguarding


@pytest.mark.parametrize(
    "text",
    [c[1] for c in CASES if c[2] in SAFEGUARDING],
    ids=[c[0] for c in CASES if c[2] in SAFEGUARDING],
)
def test_grooming_is_held_even_where_handles_are_allowed(screener: Screener, text: str) -> None:
    from twinspace.moderation.screening import Level

    result = screener.screen(text, Level.relaxed)
    assert result.verdict is Verdict.hold
    assert any(f.kind in {Kind(k) for k in SAFEGUARDING} for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "i want to die, this shit never ends",
        "voglio morire, che vita di merda",
        "my stepdad hits me, fucking hate him",
    ],
)
def test_a_pupil_in_distress_is_held_with_a_kind_word_never_refused(
    screener: Screener, text: str
) -> None:
    result = screener.screen(text)
    assert result.verdict is Verdict.hold and result.safeguarding
    assert result.reason_key in {"screening.self_harm", "screening.disclosure"}
