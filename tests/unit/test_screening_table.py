"""Screening, case by case: what a pupil writes and what the screener must decide.

Each row is ``(id, text, verdict, kind)``: the verdict at the default level
(``standard``) and, unless the text must pass, a kind among the findings. Ids
read ``<language>-<what>-<detail>``; "ok" rows are harmless text that looks
like something bad (the Scunthorpe problem, dates that look like phone numbers).
"""

from __future__ import annotations

import pytest

from twinspace.moderation.screening import Level, Screener, Verdict

A, H, R = Verdict.allow, Verdict.hold, Verdict.reject

Case = tuple[str, str, Verdict, str | None]

EN: list[Case] = [
    # personal data
    ("en-email-plain", "my email is tom.smith@gmail.com", H, "email"),
    ("en-email-spoken", "tom at gmail dot com", H, "email"),
    ("en-email-brackets", "tom [at] gmail [dot] com", H, "email"),
    ("en-email-parens", "write to tom(at)example.co.uk", H, "email"),
    ("en-email-braces", "tom{at}yahoo{dot}com", H, "email"),
    ("en-email-plus", "tom+games@outlook.com is mine", H, "email"),
    ("en-phone-uk-mobile", "text me 07911 123456", H, "phone"),
    ("en-phone-international", "my number +44 7911 123456", H, "phone"),
    ("en-phone-london-dashes", "call 020-7946-0018 after school", H, "phone"),
    ("en-phone-spaced-digits", "0 7 9 1 1 1 2 3 4 5 6", H, "phone"),
    ("en-phone-brackets", "ring (020) 7946 0018", H, "phone"),
    ("en-phone-slashes", "347 / 123 / 4567", H, "phone"),
    ("en-phone-double-dots", "347..123..4567", H, "phone"),
    ("en-phone-digit-dashes", "3-4-7-1-2-3-4-5-6-7", H, "phone"),
    ("en-phone-greek", "+30 21 0123 4567", H, "phone"),
    ("en-phone-portuguese", "+351 912 345 678", H, "phone"),
    # digits in another font: full-width, superscript, subscript, circled
    (
        "en-phone-superscript",
        "tiny font: \u2070\u2077\u2079\u00b9\u00b9 \u00b2\u00b3\u2074\u2075\u2076\u2076",
        H,
        "phone",
    ),
    ("en-ok-squares", "x\u00b2 + y\u00b2 = 25 and 3\u00b2 + 4\u00b2 = 5\u00b2", A, None),
    ("en-ok-water", "H\u2082O and CO\u2082 \U0001f30d for the 2026 science fair", A, None),
    ("en-address-number-first", "I live at 123 Main Street", H, "address"),
    ("en-address-baker-st", "come to Baker St 221b", H, "address"),
    ("en-address-road", "my house is 12 Oak Road", H, "address"),
    ("en-address-avenue-town", "45 Park Avenue, London", H, "address"),
    ("en-address-lane", "we moved to 7 Cherry Lane.", H, "address"),
    ("en-address-uk-postcode", "3 The Green, Oxford OX1 2AB", H, "address"),
    ("en-address-after-comma", "Baker St, 221b", H, "address"),
    ("en-ok-number-next-line", "I live at 12\nOak Road", A, None),
    ("en-handle-at", "follow @tommy_2010", H, "social_handle"),
    ("en-handle-snap-colon", "snap: tommyboy", H, "social_handle"),
    ("en-handle-discord", "discord: tommy#1234", H, "social_handle"),
    ("en-handle-gram-comma", "hmu on the gram, its jess_w2011", H, "social_handle"),
    ("en-ok-gram-comma-view", "i saw it on the gram, its amazing", A, None),
    ("en-invite-insta", "add me on insta", H, "contact_invitation"),
    ("en-invite-discord", "hit me up on discord", H, "contact_invitation"),
    ("en-invite-whatsapp", "text me on WhatsApp", H, "contact_invitation"),
    ("en-invite-tiktok", "follow me on tiktok pls", H, "contact_invitation"),
    ("en-invite-my-snap", "add me on my snapchat", H, "contact_invitation"),
    ("en-link-https", "look https://www.youtube.com/watch?v=abc", H, "external_link"),
    ("en-link-www", "go to www.coolgames.com", H, "external_link"),
    # "at" before a web address is the word, not a spoken "@".
    ("en-link-look-at-www", "look at www.coolgames.com", H, "external_link"),
    ("en-email-spoken-www", "look at www dot coolgames dot com", H, "email"),
    ("en-link-bare-path", "it's on games.net/play", H, "external_link"),
    ("en-link-short", "bit.ly/3xYz", H, "external_link"),
    ("en-link-telegram", "join t.me/ourclub", H, "external_link"),
    # abuse
    ("en-abuse-fuck", "fuck this", R, "abuse"),
    ("en-abuse-fucking", "this is fucking boring", R, "abuse"),
    ("en-abuse-motherfucker", "motherfucker", R, "abuse"),
    ("en-abuse-cunt", "you cunt", R, "abuse"),
    ("en-abuse-slur-n", "shut up nigger", R, "abuse"),
    ("en-abuse-slur-nigga", "wassup nigga", R, "abuse"),
    ("en-abuse-slur-f", "he is a faggot", R, "abuse"),
    ("en-abuse-retard", "you retard", R, "abuse"),
    ("en-abuse-kys", "kys", R, "abuse"),
    ("en-abuse-kill-yourself", "just kill yourself", R, "abuse"),
    ("en-abuse-porn", "we watched porn", R, "abuse"),
    ("en-abuse-whore", "she is a whore", R, "abuse"),
    ("en-abuse-wanker", "what a wanker", R, "abuse"),
    ("en-rude-idiot", "you are an idiot", H, "rude"),
    ("en-rude-bitch", "shut up bitch", H, "rude"),
    ("en-rude-shit", "this is shit", H, "rude"),
    ("en-rude-asshole", "he's an asshole", H, "rude"),
    ("en-rude-dickhead", "dickhead", H, "rude"),
    ("en-rude-moron", "moron!", H, "rude"),
    ("en-rude-loser", "loser", H, "rude"),
    ("en-rude-bullshit", "that's bullshit", H, "rude"),
    ("en-rude-sex", "let's talk about sex", H, "rude"),
    # evasions
    ("en-evasion-spaced", "f u c k you", R, "abuse"),
    ("en-evasion-dots", "f.u.c.k", R, "abuse"),
    ("en-evasion-dashes", "s-h-i-t", H, "rude"),
    ("en-evasion-underscores", "c_u_n_t", R, "abuse"),
    ("en-evasion-stretched", "fuuuuuck", R, "abuse"),
    ("en-evasion-stretched-many", "fuuuuccckkk off", R, "abuse"),
    ("en-evasion-stretched-shit", "shiiiiit", H, "rude"),
    ("en-evasion-leet-shit", "sh1t", H, "rude"),
    ("en-evasion-leet-five", "5h1t", H, "rude"),
    ("en-evasion-bang-shit", "sh!t!", H, "rude"),
    ("en-evasion-leet-bitch", "b1tch", H, "rude"),
    ("en-evasion-dollars", "a$$hole", H, "rude"),
    ("en-evasion-dollars-alone", "kiss my a$$", H, "rude"),
    ("en-evasion-at-for-a", "@sshole", H, "rude"),
    ("en-evasion-leet-slur", "n1gg", R, "abuse"),
    ("en-evasion-leet-slur-full", "n1gg3r", R, "abuse"),
    ("en-evasion-leet-seven", "7w4t", H, "rude"),
    ("en-evasion-cyrillic-c", "fu\u0441k", R, "abuse"),
    ("en-evasion-cyrillic-a", "\u0430ss", H, "rude"),
    ("en-evasion-greek-omicron", "m\u03bfr\u03bfn", H, "rude"),
    ("en-evasion-fullwidth", "\uff46\uff55\uff43\uff4b", R, "abuse"),
    ("en-evasion-math-bold", "\U0001d41f\U0001d42e\U0001d41c\U0001d424", R, "abuse"),
    ("en-evasion-zero-width", "fu\u200bck", R, "abuse"),
    ("en-evasion-capitals", "FUCK", R, "abuse"),
    ("en-evasion-hyphen-join", "stupid-ass", H, "rude"),
    ("en-evasion-spelled-tail", "you a s s", H, "rude"),
    ("en-evasion-spelled-inside", "go f u c k y o u r s e l f", R, "abuse"),
    ("en-evasion-spaced-leet", "s 3 x", H, "rude"),
    # harmless look-alikes
    ("en-ok-sussex", "we visited Sussex", A, None),
    ("en-ok-essex", "Essex and Middlesex", A, None),
    ("en-ok-scunthorpe", "Scunthorpe United won", A, None),
    ("en-ok-penistone", "the train to Penistone", A, None),
    ("en-ok-dickens", "we read Dickens", A, None),
    ("en-ok-moby-dick", "Moby Dick is a whale", A, None),
    ("en-ok-moby-hyphen", "I read Moby-Dick", A, None),
    ("en-ok-classic", "a classic film", A, None),
    ("en-ok-class-glass-pass", "pass the glass to the class", A, None),
    ("en-ok-assassin", "Assassin's Creed", A, None),
    ("en-ok-assume", "I assume the bassist is late", A, None),
    ("en-ok-cocktail-cockpit", "a cocktail in the cockpit", A, None),
    ("en-ok-therapist", "my therapist", A, None),
    ("en-ok-grape", "a grape", A, None),
    ("en-ok-shitake", "shitake mushrooms", A, None),
    ("en-ok-shiitake", "shiitake", A, None),
    ("en-ok-matsushita", "Matsushita made it", A, None),
    ("en-ok-arsenal", "Arsenal scored", A, None),
    ("en-ok-hello-shell", "hello, a shell!", A, None),
    ("en-ok-titanic", "the Titanic sank", A, None),
    ("en-ok-scrap", "scrap paper", A, None),
    ("en-ok-hancock", "Hancock", A, None),
    ("en-ok-cumulative", "cumulative and cucumber", A, None),
    ("en-ok-analysis", "analysis of the poem", A, None),
    ("en-ok-pussycat", "the Owl and the Pussycat", A, None),
    ("en-ok-date-slashes", "see you on 12/05/2024", A, None),
    ("en-ok-date-dots", "due 12.05.2024", A, None),
    ("en-ok-date-iso", "on 2024-05-12", A, None),
    ("en-ok-time", "at 10:30", A, None),
    ("en-ok-score-dash", "we won 3-1", A, None),
    ("en-ok-score-volleyball", "final score 21-19", A, None),
    ("en-ok-year", "born in 1989", A, None),
    ("en-ok-school-year", "school year 2023-2024", A, None),
    ("en-ok-price", "it costs 4,50 €", A, None),
    ("en-ok-big-price", "a house costs £250,000", A, None),
    ("en-ok-class-name", "class 3B", A, None),
    ("en-ok-page", "page 123", A, None),
    ("en-ok-math", "2+2=4", A, None),
    ("en-ok-counting", "1 2 3 4 5 6 7 8 9 10", A, None),
    ("en-ok-counting-down", "10 9 8 7 6 5 4 3 2 1 go", A, None),
    ("en-ok-postcode", "postcode SW1A 1AA", A, None),
    ("en-ok-emergency", "call 112 in an emergency", A, None),
    ("en-ok-decimal", "pi is 3.14159", A, None),
    ("en-ok-isbn", "ISBN 978-88-04-12345-6", A, None),
    ("en-ok-round-number", "I scored 1000000000 points", A, None),
    ("en-ok-population-commas", "1,250,000 people live there", A, None),
    ("en-ok-version", "Python 3.11", A, None),
    ("en-ok-at-word", "meet at school at 9", A, None),
    ("en-ok-dot-word", "the dot com bubble", A, None),
    ("en-ok-via", "I sent it via email 2 days ago", A, None),
    ("en-ok-street-times", "we walked down the street 3 times", A, None),
    ("en-ok-follow-me", "follow me to the gym", A, None),
    ("en-ok-add-me", "add me to your team", A, None),
    ("en-ok-call-me", "call me Ishmael", A, None),
    ("en-ok-hell-yeah", "hell yeah", A, None),
    ("en-ok-crap", "this is crap", A, None),
    ("en-ok-stupid", "stupid printer", A, None),
    ("en-ok-sentence-no-space", "I like it.Me too", A, None),
    # a club's, school's or shop's number said to be on its poster, flyer or website
    # is public; the writer's own number there, or "call me", is still held
    (
        "en-ok-phone-club-flyer",
        "the swimming club's number is on the flyer in reception: 01632 960 552, "
        "ask them about lessons",
        A,
        None,
    ),
    (
        "en-ok-phone-academy-website",
        "the dance academy put its phone on its website, 020 7946 0321",
        A,
        None,
    ),
    (
        "en-phone-mine-on-poster",
        "my number is on the poster for the chess club, 07700 900 417",
        H,
        "phone",
    ),
    (
        "en-phone-poster-call-me",
        "the gym flyer has the club number but call me instead on 07700 900 638",
        H,
        "phone",
    ),
]

IT: list[Case] = [
    ("it-email-plain", "la mia mail è giulia.rossi@libero.it", H, "email"),
    ("it-email-chiocciola", "giulia chiocciola libero punto it", H, "email"),
    ("it-email-at-parens", "giulia(at)libero.it", H, "email"),
    ("it-phone-mobile", "chiamami al 347 123 4567", H, "phone"),
    ("it-phone-mobile-compact", "3471234567", H, "phone"),
    ("it-phone-landline", "tel. 06 1234 5678", H, "phone"),
    ("it-phone-international", "+39 347 1234567", H, "phone"),
    ("it-phone-dots", "347.123.4567", H, "phone"),
    ("it-phone-spaced", "3 4 7 1 2 3 4 5 6 7", H, "phone"),
    ("it-phone-0039", "0039 347 123 4567", H, "phone"),
    (
        "it-phone-full-width",
        "scrivimi qui \uff13\uff14\uff17 \uff11\uff12\uff13 \uff14\uff15\uff16\uff17",
        H,
        "phone",
    ),
    (
        "it-ok-list-circled",
        "esercizi \u2460 \u2461 \u2462 \u2463 \u2464 \u2465 \u2466 per domani",
        A,
        None,
    ),
    ("it-address-via", "abito in via Roma 12", H, "address"),
    ("it-address-via-comma", "Via Garibaldi, 5", H, "address"),
    ("it-address-lowercase", "via roma 12", H, "address"),
    ("it-address-piazza-town", "piazza Duomo 3, Milano", H, "address"),
    ("it-address-viale", "viale dei Mille 24", H, "address"),
    ("it-address-corso", "Corso Vittorio Emanuele 15", H, "address"),
    ("it-address-then-town", "via Verdi 8 a Torino", H, "address"),
    ("it-handle-colon", "il mio insta: giulia_rossi", H, "social_handle"),
    ("it-invite-trovi", "mi trovi su instagram", H, "contact_invitation"),
    ("it-invite-aggiungimi", "aggiungimi su snap", H, "contact_invitation"),
    ("it-invite-scrivimi", "scrivimi su whatsapp", H, "contact_invitation"),
    ("it-link", "guarda www.giochi.it", H, "external_link"),
    ("it-abuse-cazzo", "che cazzo fai", R, "abuse"),
    ("it-abuse-vaffanculo", "vaffanculo", R, "abuse"),
    ("it-abuse-puttana", "figlio di puttana", R, "abuse"),
    ("it-abuse-slur", "sei un frocio", R, "abuse"),
    ("it-abuse-minchia", "minchia!", R, "abuse"),
    ("it-abuse-self-harm", "ammazzati", R, "abuse"),
    ("it-rude-stronzo", "sei uno stronzo", H, "rude"),
    ("it-rude-stronzata", "che stronzata", H, "rude"),
    ("it-rude-coglione", "coglione", H, "rude"),
    ("it-rude-merda", "che merda", H, "rude"),
    ("it-rude-idiota", "sei un idiota", H, "rude"),
    ("it-rude-cretino", "cretino", H, "rude"),
    ("it-rude-deficiente", "deficiente", H, "rude"),
    ("it-rude-blasphemy", "porco dio", H, "rude"),
    ("it-rude-troia", "sei una troia", H, "rude"),
    ("it-rude-figa", "che figa", H, "rude"),
    ("it-evasion-leet-coglione", "c0gl10ne", H, "rude"),
    ("it-evasion-leet-cazzo", "c4zz0", R, "abuse"),
    ("it-evasion-stretched", "cazzzzzo", R, "abuse"),
    ("it-evasion-spaced", "c a z z o", R, "abuse"),
    ("it-evasion-dots", "s.t.r.o.n.z.o", H, "rude"),
    ("it-evasion-capitals", "STRONZO", H, "rude"),
    ("it-evasion-cyrillic", "\u0441\u0430zzo", R, "abuse"),
    ("it-evasion-stretched-vowel", "stroooonzo", H, "rude"),
    ("it-evasion-accent", "mèrda", H, "rude"),
    ("it-evasion-elision", "quell'idiota", H, "rude"),
    ("it-ok-cazzuola", "passami la cazzuola", A, None),
    ("it-ok-cazzotto", "gli ha dato un cazzotto", A, None),
    ("it-ok-analisi", "analisi del testo", A, None),
    ("it-ok-passato", "il passato prossimo", A, None),
    ("it-ok-puttanesca", "spaghetti alla puttanesca", A, None),
    ("it-ok-cavallo-di-troia", "il cavallo di Troia", A, None),
    ("it-ok-guerra-di-troia", "la guerra di Troia", A, None),
    ("it-ok-ficaia", "una ficaia nel giardino", A, None),
    ("it-ok-fico", "che fico!", A, None),
    ("it-ok-merenda", "a merenda", A, None),
    ("it-ok-scemo", "che scemo che sono", A, None),
    ("it-ok-date", "ci vediamo il 12.05.2024", A, None),
    ("it-ok-time", "alle 10:30", A, None),
    ("it-ok-score", "abbiamo vinto 3-1", A, None),
    ("it-ok-price", "costa 4,50 €", A, None),
    ("it-ok-class", "la 3B", A, None),
    ("it-ok-page", "pagina 123", A, None),
    ("it-ok-via-away", "vado via alle 5", A, None),
    ("it-ok-piazza-time", "ci vediamo in piazza alle 5", A, None),
    ("it-ok-piazza-friends", "in piazza con 3 amici", A, None),
    ("it-ok-corso-course", "il corso di inglese 2", A, None),
    ("it-ok-year", "nel 1989", A, None),
    ("it-ok-school-year", "anno scolastico 2023/2024", A, None),
    ("it-ok-math", "2+2=4", A, None),
    ("it-ok-postal-code", "CAP 20121", A, None),
    ("it-ok-population", "l'Italia ha 59.000.000 abitanti", A, None),
    ("it-ok-scrivimi-no-platform", "scrivimi una lettera", A, None),
    # a club's, school's or shop's number said to be on its poster, flyer or website
    # is public; the writer's own number there, or "call me", is still held
    (
        "it-ok-phone-pool-flyer",
        "il numero della piscina è sul volantino in segreteria: 02 4567 8901",
        A,
        None,
    ),
    (
        "it-ok-phone-school-site",
        "la scuola di danza ha il telefono sul sito, 06 1234 5678",
        A,
        None,
    ),
    (
        "it-phone-mine-on-flyer",
        "il mio numero è sul volantino della palestra, 347 123 4567",
        H,
        "phone",
    ),
    (
        "it-phone-poster-call-me",
        "il club ha la locandina, ma chiamami tu al 348 765 4321",
        H,
        "phone",
    ),
]

FR: list[Case] = [
    ("fr-email-plain", "écris-moi à lea.martin@orange.fr", H, "email"),
    ("fr-email-arobase", "lea arobase orange point fr", H, "email"),
    ("fr-phone-mobile", "mon numéro: 06 12 34 56 78", H, "phone"),
    ("fr-phone-dots", "06.12.34.56.78", H, "phone"),
    (
        "fr-phone-circled",
        "mon num \u24ea\u2465 \u2463\u2466 \u2461\u2460 \u2467\u2467 \u2462\u2464",
        H,
        "phone",
    ),
    ("fr-phone-international", "+33 6 12 34 56 78", H, "phone"),
    ("fr-phone-0033", "0033 6 12 34 56 78", H, "phone"),
    ("fr-address-number-first", "10 rue de la Paix", H, "address"),
    ("fr-address-number-after", "j'habite rue Victor Hugo 5", H, "address"),
    ("fr-address-avenue", "25 avenue des Champs-Élysées", H, "address"),
    ("fr-address-boulevard", "3 boulevard Saint-Michel", H, "address"),
    ("fr-address-comma", "12, rue Nationale", H, "address"),
    ("fr-address-av-abbreviated", "j'habite av. Jean Jaurès 14", H, "address"),
    ("fr-invite-snap", "ajoute-moi sur snap", H, "contact_invitation"),
    ("fr-invite-insta", "suis-moi sur insta", H, "contact_invitation"),
    ("fr-invite-discord", "ajoute moi sur discord", H, "contact_invitation"),
    ("fr-handle", "mon snap: lea_mrt", H, "social_handle"),
    ("fr-link", "regarde http://jeux.fr/x", H, "external_link"),
    ("fr-abuse-putain", "putain", R, "abuse"),
    ("fr-abuse-foutre", "va te faire foutre", R, "abuse"),
    ("fr-abuse-fils-de-pute", "fils de pute", R, "abuse"),
    ("fr-abuse-salope", "salope", R, "abuse"),
    ("fr-abuse-encule", "enculé", R, "abuse"),
    ("fr-abuse-nique", "nique ta mère", R, "abuse"),
    ("fr-abuse-ntm", "ntm", R, "abuse"),
    ("fr-abuse-slur", "sale gouine", R, "abuse"),
    ("fr-abuse-self-harm", "suicide-toi", R, "abuse"),
    ("fr-rude-connard", "connard", H, "rude"),
    ("fr-rude-gueule", "ta gueule", H, "rude"),
    ("fr-rude-merde", "merde alors", H, "rude"),
    ("fr-rude-cretin-elision", "t'es un crétin", H, "rude"),
    ("fr-rude-gros-con", "gros con", H, "rude"),
    ("fr-rude-abruti", "abruti", H, "rude"),
    ("fr-rude-couilles", "couilles", H, "rude"),
    ("fr-evasion-spaced", "p u t a i n", R, "abuse"),
    ("fr-evasion-leet-encule", "encul3", R, "abuse"),
    ("fr-evasion-leet-merde", "m3rde", H, "rude"),
    ("fr-evasion-stretched", "merdeeee", H, "rude"),
    ("fr-evasion-capitals", "ENCULÉ", R, "abuse"),
    ("fr-evasion-at", "conn@rd", H, "rude"),
    ("fr-evasion-dots", "s.a.l.o.p.e", R, "abuse"),
    ("fr-evasion-greek-upsilon", "p\u03c5tain", R, "abuse"),
    ("fr-ok-salopette", "une salopette", A, None),
    ("fr-ok-pique-nique", "on fait un pique-nique au parc demain", A, None),
    ("fr-ok-creve-tired", "je suis crevé après le match", A, None),
    ("fr-ok-creve-tired-elided", "t'es crevé ou quoi ? on a couru 5 km", A, None),
    ("fr-rude-creve-imperative", "crève, sale con", H, "rude"),
    ("fr-ok-pique-niques", "les PIQUE NIQUES de la classe", A, None),
    ("fr-abuse-nique-after-picnic", "pique-nique puis nique ta mere", R, "abuse"),
    ("fr-ok-conseil", "un conseil pour connaître la ville", A, None),
    ("fr-ok-analyse", "l'analyse du texte", A, None),
    ("fr-ok-passe-compose", "le passé composé", A, None),
    ("fr-ok-queue", "la queue du chat", A, None),
    ("fr-ok-computer", "un ordinateur", A, None),
    ("fr-ok-date-time", "rendez-vous le 12/05/2024 à 10h30", A, None),
    ("fr-ok-score", "on a gagné 3 à 1", A, None),
    ("fr-ok-price", "ça coûte 4,50 €", A, None),
    ("fr-ok-class", "en 3e B", A, None),
    ("fr-ok-page", "page 42", A, None),
    ("fr-ok-rue-time", "dans la rue à 5 heures", A, None),
    ("fr-ok-rue", "je suis dans la rue", A, None),
    ("fr-ok-minutes", "l'école est à 10 minutes", A, None),
    # "debile" is also the Polish plural of "debil", an insult: held.
    ("fr-rude-debile-polish-insult", "c'est débile", H, "rude"),
    ("fr-ok-chiant", "c'est chiant", A, None),
    ("fr-ok-ajoute", "ajoute-moi dans ton équipe", A, None),
    # a club's, school's or shop's number said to be on its poster, flyer or website
    # is public; the writer's own number there, or "call me", is still held
    (
        "fr-ok-phone-pool-poster",
        "le numéro de la piscine est sur l'affiche du hall : 01 45 67 89 12",
        A,
        None,
    ),
    (
        "fr-ok-phone-school-site",
        "le téléphone de l'école de musique est sur leur site, 04 72 33 18 90",
        A,
        None,
    ),
    (
        "fr-phone-mine-on-poster",
        "mon numéro est sur l'affiche du club, 06 12 34 56 78",
        H,
        "phone",
    ),
    (
        "fr-phone-poster-call-me",
        "l'affiche de la salle de sport a leur numéro, mais appelle-moi au 07 65 43 21 09",
        H,
        "phone",
    ),
]

DE: list[Case] = [
    ("de-email-plain", "schreib an max.mueller@web.de", H, "email"),
    ("de-email-spoken", "max at gmx punkt de", H, "email"),
    ("de-phone-mobile", "0171 1234567", H, "phone"),
    ("de-phone-berlin", "ruf an: 030 1234567", H, "phone"),
    ("de-phone-international", "+49 171 1234567", H, "phone"),
    ("de-phone-slash", "0171/1234567", H, "phone"),
    ("de-phone-then-z-word", "ruf 0171 1234567 zurück, zu hause ist keiner", H, "phone"),
    (
        "de-phone-subscript",
        "meine nr \u2080\u2081\u2087\u2081 \u2081\u2082\u2083\u2084\u2085\u2086\u2087",
        H,
        "phone",
    ),
    ("de-address-strasse", "Hauptstraße 5", H, "address"),
    ("de-address-str-abbreviated", "Goethestr. 12", H, "address"),
    ("de-address-weg", "Lindenweg 4a", H, "address"),
    ("de-address-ss-town", "Schillerstrasse 3, Berlin", H, "address"),
    ("de-address-platz", "am Marktplatz 7", H, "address"),
    ("de-address-postcode", "Lindenhof 4, 80331 München", H, "address"),
    ("de-address-compound-comma", "Hauptstraße, 5", H, "address"),
    ("de-address-str-tab", "Schillerstr.\t9", H, "address"),
    ("de-ok-number-next-line", "Hauptstraße\n5", A, None),
    ("de-invite-whatsapp", "schreib mir auf whatsapp", H, "contact_invitation"),
    ("de-invite-snap", "adde mich auf snap", H, "contact_invitation"),
    ("de-invite-insta", "folg mir auf insta", H, "contact_invitation"),
    ("de-handle", "insta: max.mueller", H, "social_handle"),
    ("de-link", "https://spiele.de", H, "external_link"),
    ("de-abuse-fick-dich", "fick dich", R, "abuse"),
    ("de-abuse-hurensohn", "hurensohn", R, "abuse"),
    ("de-abuse-fotze", "fotze", R, "abuse"),
    ("de-abuse-wichser", "du wichser", R, "abuse"),
    ("de-abuse-schlampe", "schlampe", R, "abuse"),
    ("de-abuse-slur", "schwuchtel", R, "abuse"),
    ("de-abuse-slur-kanake", "kanake", R, "abuse"),
    ("de-rude-arschloch", "arschloch", H, "rude"),
    ("de-rude-scheisse", "Scheiße!", H, "rude"),
    ("de-rude-opfer", "du Opfer", H, "rude"),
    ("de-rude-fresse", "halt die Fresse", H, "rude"),
    ("de-rude-vollidiot", "Vollidiot", H, "rude"),
    ("de-rude-spast", "Spast", H, "rude"),
    ("de-rude-fick", "fick", H, "rude"),
    ("de-evasion-spaced", "h u r e n s o h n", R, "abuse"),
    ("de-evasion-ss", "scheisse", H, "rude"),
    ("de-evasion-capitals", "SCHEISSE", H, "rude"),
    ("de-evasion-leet", "sch3iße", H, "rude"),
    ("de-evasion-plural-umlaut", "Arschlöcher", H, "rude"),
    ("de-evasion-plural-oe", "arschloecher", H, "rude"),
    ("de-evasion-leet-phrase", "f1ck dich", R, "abuse"),
    ("de-evasion-stretched", "wiiichser", R, "abuse"),
    ("de-ok-essex", "ich fahre nach Essex", A, None),
    ("de-ok-analyse", "die Analyse", A, None),
    ("de-ok-klassiker", "ein Klassiker", A, None),
    ("de-ok-schwanensee", "Schwanensee", A, None),
    ("de-ok-ficus", "ein Ficus", A, None),
    ("de-ok-hurra", "Hurra!", A, None),
    ("de-ok-kanada", "Kanada", A, None),
    ("de-ok-date-time", "am 12.05.2024 um 10:30", A, None),
    ("de-ok-score", "wir haben 3:1 gewonnen", A, None),
    ("de-ok-price", "kostet 4,50 €", A, None),
    ("de-ok-class", "Klasse 7b", A, None),
    ("de-ok-page", "Seite 123", A, None),
    ("de-ok-platz", "wir sind auf Platz 2", A, None),
    ("de-ok-um-strasse", "um 5 in der Hauptstraße", A, None),
    ("de-ok-time-after-street", "die Hauptstraße um 5", A, None),
    ("de-ok-mist", "Mist!", A, None),
    ("de-ok-doof", "das ist doof", A, None),
    ("de-ok-schreib-mir", "schreib mir eine Karte", A, None),
    # a club's, school's or shop's number said to be on its poster, flyer or website
    # is public; the writer's own number there, or "call me", is still held
    (
        "de-ok-phone-school-website",
        "die Nummer der Tanzschule steht auf ihrer Website: 030 1234 5678",
        A,
        None,
    ),
    (
        "de-ok-phone-club-notice",
        "der Aushang vom Schwimmverein hat die Telefonnummer 089 765 4321",
        A,
        None,
    ),
    (
        "de-phone-mine-on-poster",
        "meine Nummer steht auf dem Plakat vom Sportverein, 0151 2345 6789",
        H,
        "phone",
    ),
    (
        "de-phone-flyer-call-me",
        "auf dem Flyer vom Fitnessstudio ist eine Nummer, aber ruf mich an: 0176 9876 5432",
        H,
        "phone",
    ),
]

ES: list[Case] = [
    ("es-email-plain", "mi correo es ana.garcia@hotmail.es", H, "email"),
    ("es-email-arroba", "ana arroba gmail punto com", H, "email"),
    ("es-phone-mobile", "612 345 678", H, "phone"),
    ("es-phone-dashes", "600-123-456", H, "phone"),
    ("es-phone-international", "+34 612 34 56 78", H, "phone"),
    (
        "es-phone-full-width",
        "apunta \uff16\uff11\uff12 \uff13\uff14\uff15 \uff16\uff17\uff18 y hablamos",
        H,
        "phone",
    ),
    ("es-address-calle", "Calle Mayor 3", H, "address"),
    ("es-address-calle-de", "vivo en calle de Alcalá 45", H, "address"),
    ("es-address-c-slash", "C/ Mayor 3", H, "address"),
    ("es-address-avenida", "Avenida de la Constitución 12", H, "address"),
    ("es-address-plaza-town", "Plaza Mayor 1, Madrid", H, "address"),
    ("es-address-avda", "vivo en avda. de América 12", H, "address"),
    ("es-address-av", "Av. de la Libertad 7", H, "address"),
    ("es-address-pza", "pza. Mayor 2", H, "address"),
    ("es-address-urb", "urb. Los Pinos 4", H, "address"),
    ("es-address-c-slash-quoted", '"c/Mayor 3"', H, "address"),
    ("es-ok-c-slash-sum", "the total was 45 c/ 3", A, None),
    ("es-ok-calle-times", "a la calle 3 veces", A, None),
    ("es-invite-insta", "agrégame en insta", H, "contact_invitation"),
    ("es-invite-tiktok", "sígueme en tiktok", H, "contact_invitation"),
    ("es-invite-whatsapp", "escríbeme por whatsapp", H, "contact_invitation"),
    ("es-handle", "tiktok: ana_gg", H, "social_handle"),
    ("es-link", "mira www.juegos.es", H, "external_link"),
    ("es-abuse-hijo-de-puta", "hijo de puta", R, "abuse"),
    ("es-abuse-joder", "joder", R, "abuse"),
    ("es-abuse-puta", "puta", R, "abuse"),
    ("es-abuse-slur", "maricón", R, "abuse"),
    ("es-abuse-follar", "follar", R, "abuse"),
    ("es-abuse-slur-sudaca", "sudaca", R, "abuse"),
    ("es-abuse-self-harm", "mátate", R, "abuse"),
    ("es-rude-gilipollas", "eres un gilipollas", H, "rude"),
    ("es-rude-cabron", "cabrón", H, "rude"),
    ("es-rude-mierda", "qué mierda", H, "rude"),
    ("es-rude-pendejo", "pendejo", H, "rude"),
    ("es-rude-imbecil", "imbécil", H, "rude"),
    ("es-rude-zorra", "zorra", H, "rude"),
    ("es-rude-perra-aimed", "eres una perra", H, "rude"),
    ("es-rude-perra-shut-up", "cállate perra", H, "rude"),
    ("es-evasion-dots", "p.u.t.a", R, "abuse"),
    ("es-evasion-leet", "j0der", R, "abuse"),
    ("es-evasion-leet-gilipollas", "g1lipollas", H, "rude"),
    ("es-evasion-stretched", "mieeeerda", H, "rude"),
    ("es-evasion-capitals", "MARICÓN", R, "abuse"),
    ("es-evasion-stretched-end", "putaaaa", R, "abuse"),
    ("es-evasion-spaced", "m i e r d a", H, "rude"),
    ("es-evasion-no-accent", "maricon", R, "abuse"),
    ("es-ok-gato-negro", "el gato negro", A, None),
    ("es-ok-cono", "un cono de helado", A, None),
    ("es-ok-computadora", "la computadora", A, None),
    ("es-ok-disputa", "una disputa", A, None),
    ("es-ok-reputacion", "la reputación", A, None),
    ("es-ok-sentence-no-space", "Hola.Es verdad", A, None),
    ("es-ok-analisis", "el análisis", A, None),
    ("es-ok-date-time", "el 12/05/2024 a las 10:30", A, None),
    ("es-ok-score", "ganamos 3-1", A, None),
    ("es-ok-price", "cuesta 4,50 €", A, None),
    ("es-ok-class", "3º B", A, None),
    ("es-ok-page", "página 42", A, None),
    ("es-ok-calle-time", "en la calle a las 5", A, None),
    ("es-ok-calle-friends", "en la calle con 3 amigos", A, None),
    ("es-ok-tonto", "qué tonto", A, None),
    ("es-ok-perra-dog", "mi perra tuvo cachorros", A, None),
    ("es-ok-sigueme", "sígueme por aquí", A, None),
    # a club's, school's or shop's number said to be on its poster, flyer or website
    # is public; the writer's own number there, or "call me", is still held
    (
        "es-ok-phone-sports-centre-leaflet",
        "el teléfono del polideportivo está en el folleto: 91 234 56 78",
        A,
        None,
    ),
    (
        "es-ok-phone-school-web",
        "la escuela de música tiene su número en la web, 93 456 78 90",
        A,
        None,
    ),
    (
        "es-phone-mine-on-poster",
        "mi número está en el cartel del gimnasio, 612 34 56 78",
        H,
        "phone",
    ),
    (
        "es-phone-poster-call-me",
        "el club tiene cartel, pero llámame a mí al 678 90 12 34",
        H,
        "phone",
    ),
]

PL: list[Case] = [
    ("pl-email-plain", "mój mail: kasia.nowak@wp.pl", H, "email"),
    ("pl-email-malpa", "kasia małpa wp kropka pl", H, "email"),
    ("pl-phone-mobile", "601 234 567", H, "phone"),
    ("pl-phone-international", "+48 601 234 567", H, "phone"),
    ("pl-phone-dashes", "601-234-567", H, "phone"),
    ("pl-phone-then-call", "+48 601 234 567 dzwoń po 18", H, "phone"),
    ("pl-phone-then-zadzwon", "601 234 567 zadzwoń wieczorem", H, "phone"),
    ("pl-ok-price-zloty", "mieszkanie kosztuje 1 250 000 zł", A, None),
    ("pl-phone-warsaw", "tel. 22 123 45 67", H, "phone"),
    (
        "pl-phone-superscript",
        "pisz na \u2076\u2070\u00b9 \u00b2\u00b3\u2074 \u2075\u2076\u2077",
        H,
        "phone",
    ),
    ("pl-address-ul", "ul. Długa 5", H, "address"),
    ("pl-address-ulica", "ulica Polna 12", H, "address"),
    ("pl-address-flat", "mieszkam na ul. Kwiatowej 3/4", H, "address"),
    ("pl-address-aleje", "al. Jerozolimskie 44", H, "address"),
    ("pl-address-osiedle", "os. Tysiąclecia 12", H, "address"),
    ("pl-address-town", "ul. Długa 5 w Krakowie", H, "address"),
    ("pl-address-plac", "pl. Wolności 8", H, "address"),
    ("pl-address-ul-bracket", "mieszkam (ul.Długa 5)", H, "address"),
    ("pl-address-postcode", "Mickiewicza 10, 00-950 Warszawa", H, "address"),
    ("pl-ok-street-next-line", "ul. Długa\n5", A, None),
    ("pl-invite-snap", "dodaj mnie na snapie", H, "contact_invitation"),
    ("pl-invite-messenger", "napisz do mnie na messengerze", H, "contact_invitation"),
    ("pl-invite-insta", "obserwuj mnie na insta", H, "contact_invitation"),
    ("pl-handle", "snap: kasia_n", H, "social_handle"),
    ("pl-link", "wejdź na www.gry.pl", H, "external_link"),
    ("pl-abuse-kurwa", "kurwa", R, "abuse"),
    ("pl-abuse-spierdalaj", "spierdalaj", R, "abuse"),
    ("pl-abuse-chuj", "chuj", R, "abuse"),
    ("pl-abuse-pierdolic", "pierdolić to", R, "abuse"),
    ("pl-abuse-jebac", "jebać", R, "abuse"),
    ("pl-abuse-zajebisty", "zajebisty", R, "abuse"),
    ("pl-abuse-skurwysyn", "skurwysyn", R, "abuse"),
    ("pl-abuse-pizda", "pizda", R, "abuse"),
    ("pl-abuse-slur", "ciota", R, "abuse"),
    ("pl-abuse-self-harm", "zabij się", R, "abuse"),
    ("pl-rude-debil", "debil", H, "rude"),
    ("pl-rude-gowno", "gówno", H, "rude"),
    ("pl-rude-kretyn", "kretyn", H, "rude"),
    ("pl-rude-suka", "suka", H, "rude"),
    ("pl-rude-frajer", "frajer", H, "rude"),
    ("pl-rude-idiota", "idiota", H, "rude"),
    ("pl-evasion-spaced", "k u r w a", R, "abuse"),
    ("pl-evasion-stretched", "kurwaaaa", R, "abuse"),
    ("pl-evasion-capitals", "KURWA", R, "abuse"),
    ("pl-evasion-at", "kurw@", R, "abuse"),
    ("pl-evasion-dots", "k.u.r.w.a", R, "abuse"),
    ("pl-evasion-leet", "p1zda", R, "abuse"),
    ("pl-evasion-umlaut", "kürwa", R, "abuse"),
    ("pl-evasion-no-diacritics", "gowno", H, "rude"),
    ("pl-evasion-cyrillic", "d\u0435bil", H, "rude"),
    ("pl-ok-kurczak", "kurczak z ryżem", A, None),
    ("pl-ok-kurcze", "kurczę!", A, None),
    ("pl-ok-kurtka", "nowa kurtka", A, None),
    ("pl-ok-huragan", "huragan", A, None),
    ("pl-ok-pierdola", "to pierdoła", A, None),
    ("pl-ok-figa-z-makiem", "figa z makiem", A, None),
    ("pl-ok-pedal", "pedał od roweru", A, None),
    ("pl-ok-analiza", "analiza wiersza", A, None),
    ("pl-ok-date-time", "12.05.2024 o 10:30", A, None),
    ("pl-ok-score", "wygraliśmy 3:1", A, None),
    ("pl-ok-price", "kosztuje 4,50 zł", A, None),
    ("pl-ok-class", "klasa 3b", A, None),
    ("pl-ok-page", "strona 42", A, None),
    ("pl-ok-kurde", "kurde", A, None),
    ("pl-ok-dupa", "dupa", A, None),
    ("pl-ok-dodaj", "dodaj mnie do grupy", A, None),
    # a club's, school's or shop's number said to be on its poster, flyer or website
    # is public; the writer's own number there, or "call me", is still held
    ("pl-ok-phone-pool-leaflet", "numer do basenu jest na ulotce w szatni: 22 345 67 89", A, None),
    ("pl-ok-phone-school-page", "szkoła tańca ma telefon na stronie, 12 345 67 89", A, None),
    ("pl-phone-mine-on-poster", "mój numer jest na plakacie klubu, 601 234 567", H, "phone"),
    (
        "pl-phone-leaflet-call-me",
        "na ulotce siłowni jest numer, ale zadzwoń do mnie: 512 345 678",
        H,
        "phone",
    ),
]

# Several languages in one message: every list runs on every text.
MIXED: list[Case] = [
    ("mix-it-en-abuse", "ciao a tutti, fuck school", R, "abuse"),
    ("mix-en-pl-abuse", "hello kurwa", R, "abuse"),
    ("mix-fr-de-rude", "salut, du Opfer", H, "rude"),
    ("mix-es-it-invite", "hola! mi trovi su tiktok", H, "contact_invitation"),
    ("mix-harmless", "Ciao! Hello! Bonjour! Hallo! ¡Hola! Cześć!", A, None),
    ("mix-greek-text", "Γεια σας από την Αθήνα", A, None),
    ("mix-emoji", "great job 👍🎉", A, None),
]

# Round 54's lesson: an e-mail told in pieces, a spoken "at", a spoken "dot"
# and a provider with other words between them; a keyboard question and "at"
# as an everyday word beside a class's mailbox are no address
PIECES: list[Case] = [
    (
        "en-email-pieces-sign",
        "my mail: jo dot king then the at sign then hotmail dot co dot uk, not here",
        H,
        "email",
    ),
    (
        "en-email-pieces-thing",
        "write to tom.b.2011 and after that the at thing, then gmail dot com ok",
        H,
        "email",
    ),
    (
        "fr-email-pieces-arobase",
        "mon mail c'est theo.petit12. ensuite l'arobase. ensuite hotmail point fr",
        H,
        "email",
    ),
    (
        "de-email-pieces-klammeraffe",
        "meine adresse: lena punkt maier. dann das klammeraffe ding. dann gmx punkt de",
        H,
        "email",
    ),
    (
        "it-email-pieces-chiocciola",
        "scrivimi: giulia punto rossi 11, poi la chiocciola, poi libero punto it",
        H,
        "email",
    ),
    (
        "es-email-pieces-arroba",
        "mi correo es ana punto gil en hotmail, la arroba ya la pones tu",
        H,
        "email",
    ),
    (
        "pl-email-pieces-malpa",
        "pisz na ola kropka nowak 2011, potem małpa, potem wp kropka pl",
        H,
        "email",
    ),
    (
        "en-ok-at-sign-keyboard",
        "how do you type the at sign on this keyboard? my gmail keeps saying error",
        A,
        None,
    ),
    (
        "en-ok-at-library-gmail",
        "we meet at the library at 4, the poster is on the school gmail, dot the i's",
        A,
        None,
    ),
    (
        "en-ok-class-gmail",
        "the class gmail is full, Ms Rossi said put the photos in the shared drive at noon",
        A,
        None,
    ),
]

# Round 54's lesson: a home told by its building and not its number (a shop it
# is behind, an intercom's name, a staircase, a floor, a door); a floor or a
# broken lift said of one's own flat, and a school's room, are no address
HOMES: list[Case] = [
    (
        "en-address-building",
        "I live on Maple Road, the grey house after the bakery, blue door, buzzer says Cole",
        H,
        "address",
    ),
    (
        "it-address-citofono",
        "abito in corso Italia, dopo la farmacia, citofono Neri, secondo piano",
        H,
        "address",
    ),
    (
        "fr-address-interphone",
        "j'habite rue des Lilas, derrière la boulangerie, interphone Martin, 3e étage",
        H,
        "address",
    ),
    (
        "de-address-klingel",
        "ich wohne in der Lindenstraße, hinter dem Kiosk, Klingel Weber, 2. Stock",
        H,
        "address",
    ),
    (
        "es-address-portal",
        "vivo en la calle Mayor, detrás del súper, portal 3, segundo piso, puerta B",
        H,
        "address",
    ),
    (
        "pl-address-klatka",
        "mieszkam na Lipowej, blok za szkołą, klatka C, 3 piętro, drzwi na wprost",
        H,
        "address",
    ),
    ("en-ok-flat-lift", "I live in a flat on the 3rd floor, the lift is broken again", A, None),
    (
        "it-ok-piano-citofono",
        "abito al terzo piano e il citofono è rotto da una settimana",
        A,
        None,
    ),
    ("fr-ok-etage-porte", "j'habite au 2e étage, on a une porte bleue", A, None),
    ("pl-ok-pietro-winda", "mieszkam na 4 piętrze i winda znowu nie działa", A, None),
    (
        "en-ok-school-floor",
        "our school is in via Roma, third floor, room 4, after the gym",
        A,
        None,
    ),
]

# A named shop's or institution's number (a bakery, a chemist's, a museum, a
# cinema) passes when it is a fixed line and no word of the writer's own is
# there; a mobile said to be a shop's, "my" or "call me" is still held.
LISTED: list[Case] = [
    (
        "en-ok-phone-chemist-fixed",
        "the chemist by the station is 020 7946 0321, ask them if they have the plasters "
        "for the trip",
        A,
        None,
    ),
    (
        "en-ok-phone-museum-fixed",
        "the museum's booking line is 0131 496 0018 if our classes want the guided tour",
        A,
        None,
    ),
    (
        "en-phone-bakery-mobile",
        "the bakery's number is 07700 900 461 if u want the cake, just text",
        H,
        "phone",
    ),
    (
        "en-phone-my-bakery",
        "my bakery number is 020 7946 0321, call me about the cake",
        H,
        "phone",
    ),
    (
        "en-phone-call-me-bakery",
        "call me at the bakery, 0113 496 0555, after six",
        H,
        "phone",
    ),
    (
        "it-ok-phone-farmacia-fisso",
        "la farmacia vicino alla stazione ha il numero 06 4891 2277, chiedete voi per i cerotti?",
        A,
        None,
    ),
    (
        "it-phone-forno-cellulare",
        "il numero del forno sotto casa e 347 812 5530, scrivete lì per le pizzette",
        H,
        "phone",
    ),
    (
        "it-phone-pasticceria-chiamami",
        "il numero della pasticceria e 02 8734 5512, chiamami lì stasera",
        H,
        "phone",
    ),
    (
        "fr-ok-phone-cinema-fixe",
        "le cinéma du quartier c'est le 01 45 22 87 10, on réserve pour la sortie?",
        A,
        None,
    ),
    (
        "fr-phone-boulangerie-portable",
        "le numéro de la boulangerie c'est le 06 12 44 87 90, envoie un sms",
        H,
        "phone",
    ),
    (
        "fr-phone-appelle-moi-pharmacie",
        "appelle moi a la pharmacie, 04 91 22 33 18",
        H,
        "phone",
    ),
    (
        "de-ok-phone-museum-festnetz",
        "das museum hat die nummer 089 2180 4422, fragt ihr wegen der führung?",
        A,
        None,
    ),
    (
        "de-phone-backerei-handy",
        "die nummer von der bäckerei ist 0176 2234 5581, schreib einfach",
        H,
        "phone",
    ),
    (
        "de-phone-ruf-mich-apotheke",
        "ruf mich in der apotheke an, 040 3345 1120",
        H,
        "phone",
    ),
    (
        "es-ok-phone-cine-fijo",
        "el cine del barrio tiene el 933 120 455, reservais vosotros?",
        A,
        None,
    ),
    (
        "es-phone-panaderia-movil",
        "el numero de la panaderia es 612 334 871, escribe por whatsapp",
        H,
        "phone",
    ),
    (
        "es-phone-llamame-farmacia",
        "llamame a la farmacia, 915 220 318",
        H,
        "phone",
    ),
    (
        "pl-ok-phone-apteka-stacjonarny",
        "numer do apteki przy rynku to 22 620 31 44, kto dzwoni o plastry?",
        A,
        None,
    ),
    (
        "pl-phone-piekarnia-komorka",
        "numer do piekarni to 501 234 567, napisz smsa",
        H,
        "phone",
    ),
    (
        "pl-phone-zadzwon-cukiernia",
        "zadzwon do mnie do cukierni, 58 341 22 10",
        H,
        "phone",
    ),
]

# A phone told as a riddle: digits, number words and clues chained by "then",
# "poi", "puis", "dann", "luego" or "potem", with "my number" or "text me";
# a recipe, a maths riddle, a bus's route and times and shirt numbers pass.
RIDDLES: list[Case] = [
    (
        "en-phone-riddle-year",
        "my number: 07 first, then the year my sister was born 2014, then 33 and 81, text me",
        H,
        "phone",
    ),
    (
        "en-phone-riddle-bus-age",
        "number starts 07 then the bus to the pool, 219, then 4 then 6 then my age, call after tea",
        H,
        "phone",
    ),
    (
        "it-phone-riddle-compleanno",
        "il mio numero: tre quattro sette, poi il giorno del mio compleanno 12, "
        "poi 90 e 44, whatsapp",
        H,
        "phone",
    ),
    (
        "fr-phone-riddle-maillot",
        "appelle moi, zero sept, puis le numero de mon maillot 23, puis 88 et 10, le soir",
        H,
        "phone",
    ),
    (
        "de-phone-riddle-oma",
        "meine nummer fängt mit 0157 an, dann das jahr von oma 1950, dann 62 und 8, schreib mir",
        H,
        "phone",
    ),
    (
        "es-phone-riddle-dorsal",
        "mi numero: seis uno, luego el dorsal de Pedri 8, luego 33 y 90, llamame",
        H,
        "phone",
    ),
    (
        "pl-phone-riddle-brat",
        "moj numer: szesc zero, potem rok urodzenia brata 2013, potem 77, napisz sms",
        H,
        "phone",
    ),
    (
        "en-ok-recipe-then",
        "recipe for the class: 200 g flour, then 2 eggs, then 100 ml milk, "
        "then 3 spoons of sugar, text me how it goes",
        A,
        None,
    ),
    (
        "en-ok-shirt-maths-riddle",
        "my shirt number riddle: take 3, then times 4, then minus 1, guess the answer and text me",
        A,
        None,
    ),
    (
        "en-ok-bus-times",
        "we take the 412 at 7:50, then the 55, then the 8, call me if the bus is late",
        A,
        None,
    ),
    (
        "en-ok-bus-route",
        "the 412 bus then the 55 bus then the 8 tram to the stadium, text me when ur there",
        A,
        None,
    ),
    (
        "it-ok-ricetta-poi",
        "ricetta: 250 g di farina, poi 3 uova, poi 100 ml di latte, "
        "poi 20 minuti in forno, scrivimi",
        A,
        None,
    ),
    (
        "it-ok-maglie-poi",
        "numero di maglia: prima il 7, poi il 10, poi il 23 e il 9, scrivimi quale ti piace",
        A,
        None,
    ),
    (
        "fr-ok-bus-horaires",
        "le bus 58 passe a 8h10, puis le 31 a 8h40, puis le 20, appelle moi si tu le rates",
        A,
        None,
    ),
    (
        "de-ok-rezept-dann",
        "mein Rezept: 500 g Mehl, dann 2 Eier, dann 250 ml Milch, 30 minuten backen, schreib mir",
        A,
        None,
    ),
    (
        "es-ok-camisetas-luego",
        "mi numero de camiseta es 7, luego cambie al 10 y luego al 23 y al 9, "
        "escribeme cual te gusta",
        A,
        None,
    ),
    (
        "pl-ok-koszulki-potem",
        "moj numer na koszulce to 7, potem 10, potem 23 i 9, napisz ktory lepszy",
        A,
        None,
    ),
]

# Self-harm told through a thing or a place: a paperclip on one's own skin
# again, veins drawn "to know where to cut", the edge of a roof and "next time
# I won't come down"; a paperclip sculpture, veins in biology, a roof terrace and
# a cat that won't come down pass.
THINGS_AND_PLACES: list[Case] = [
    (
        "en-sh-paperclip-thigh",
        "bent a paperclip open and scratched my thigh with it again",
        H,
        "self_harm",
    ),
    (
        "en-sh-paperclip-legs",
        "unbent a paperclip and scratched my legs with it in the loo again",
        H,
        "self_harm",
    ),
    ("en-ok-paperclip-sculpture", "we made a paperclip sculpture of a horse in art", A, None),
    (
        "en-sh-veins-where-cut",
        "i drew my veins in pen so i know where to cut tonight",
        H,
        "self_harm",
    ),
    ("en-ok-veins-biology", "in biology we drew the veins of the arm in red pen", A, None),
    (
        "en-sh-roof-edge",
        "sat on the edge of the roof of the flats, next time i won't come down",
        H,
        "self_harm",
    ),
    (
        "en-ok-cat-roof-edge",
        "our cat is on the edge of the roof and won't come down, dad is getting the ladder",
        A,
        None,
    ),
    ("en-ok-roof-terrace", "barbecue on the roof terrace on sunday, great view", A, None),
    (
        "it-sh-graffetta-cosce",
        "ho aperto una graffetta e mi sono graffiata di nuovo le cosce",
        H,
        "self_harm",
    ),
    (
        "it-sh-vene-dove-tagliare",
        "mi sono segnata le vene col pennarello per sapere dove tagliare",
        H,
        "self_harm",
    ),
    (
        "it-sh-bordo-tetto",
        "seduta sul bordo del tetto, la prossima volta non scendo",
        H,
        "self_harm",
    ),
    (
        "fr-sh-veines-ou-couper",
        "j'ai tracé mes veines au stylo pour savoir où couper",
        H,
        "self_harm",
    ),
    (
        "fr-sh-bord-du-toit",
        "assise au bord du toit de l'immeuble, la prochaine fois je redescends pas",
        H,
        "self_harm",
    ),
    (
        "de-sh-bueroklammer",
        "hab wieder mit der büroklammer am oberschenkel geritzt",
        H,
        "self_harm",
    ),
    (
        "de-sh-adern-schneiden",
        "hab die adern mit kuli markiert damit ich weiss wo ich schneiden muss",
        H,
        "self_harm",
    ),
    (
        "de-sh-dachkante",
        "saß auf der dachkante, nächstes mal komm ich nicht runter",
        H,
        "self_harm",
    ),
    (
        "es-sh-venas-donde-cortar",
        "me he marcado las venas para saber dónde cortar esta noche",
        H,
        "self_harm",
    ),
    ("es-sh-clip-muslo", "otra vez con el clip en el muslo", H, "self_harm"),
    (
        "es-sh-borde-azotea",
        "sentada en el borde de la azotea, la proxima vez no bajo",
        H,
        "self_harm",
    ),
    ("pl-sh-spinacz-uda", "znowu spinaczem po udach w lazience", H, "self_harm"),
    ("pl-sh-zyly-gdzie-ciac", "narysowalam zyly zeby wiedziec gdzie ciac", H, "self_harm"),
    (
        "pl-sh-krawedz-dachu",
        "siedzialam na krawedzi dachu bloku, nastepnym razem nie zejde",
        H,
        "self_harm",
    ),
    (
        "pl-ok-kot-na-dachu",
        "kot siedzi na krawedzi dachu i nie zejdzie, tata niesie drabine",
        A,
        None,
    ),
]


# A meeting told of "a friend" who is plainly the writer: a man who will fetch
# her or take her to his place is held; the same friend's mother who picks her
# up, or a question about slime, passes.
FRIEND_IS_ME: list[Case] = [
    (
        "en-meeting-friend-is-me",
        "asking for a friend (ok its me): a 20 year old from fortnite wants to pick her "
        "up after school and drive her to his flat",
        H,
        "meeting",
    ),
    (
        "it-meeting-amica-sono-io",
        "una mia amica (cioè io) ha conosciuto uno di 25 anni online, domenica la passa "
        "a prendere e la porta al mare",
        H,
        "meeting",
    ),
    (
        "fr-meeting-copine-cest-moi",
        "pour une copine (enfin c'est moi): un mec de 23 ans veut venir la chercher "
        "samedi et l'emmener chez lui",
        H,
        "meeting",
    ),
    (
        "de-meeting-freundin-ich-bins",
        "für eine freundin (ok ich bins): ein typ mit 21 aus dem spiel holt sie am "
        "samstag ab und fährt mit ihr zu sich",
        H,
        "meeting",
    ),
    (
        "es-meeting-amiga-soy-yo",
        "una amiga (bueno, yo) conocio a uno de 22 en tiktok que la recoge el viernes y "
        "la lleva a su piso",
        H,
        "meeting",
    ),
    (
        "pl-meeting-kolezanka-to-ja",
        "kolezanka (dobra to ja) poznala goscia z gry, ma 24 lata, w sobote odbierze ja "
        "spod szkoly",
        H,
        "meeting",
    ),
    (
        "en-ok-friend-is-me-slime",
        "asking for a friend (its me lol): how do i get slime out of my jumper",
        A,
        None,
    ),
    (
        "en-ok-friend-is-me-mum",
        "my friend (ok its me) has her party saturday, her mum will pick her up at 3 and "
        "take her to the bowling",
        A,
        None,
    ),
    (
        "it-ok-amica-mamma",
        "una mia amica (sono io) va alla festa, la mamma la passa a prendere alle 6",
        A,
        None,
    ),
    (
        "fr-ok-copine-mere",
        "pour une copine (c'est moi): samedi sa mère vient la chercher apres la danse",
        A,
        None,
    ),
    (
        "de-ok-freundin-mama",
        "für eine freundin (ich bins): ihre mama holt sie ab nach dem training",
        A,
        None,
    ),
    ("es-ok-amiga-madre", "una amiga (soy yo) va al cumple y su madre la recoge a las 8", A, None),
    ("pl-ok-kolezanka-mama", "kolezanka (to ja) idzie na urodziny, mama ja odbierze o 18", A, None),
]

CASES = (
    EN
    + IT
    + FR
    + DE
    + ES
    + PL
    + MIXED
    + PIECES
    + HOMES
    + LISTED
    + RIDDLES
    + THINGS_AND_PLACES
    + FRIEND_IS_ME
)

# (id, text, level, verdict, kind)
LEVEL_CASES: list[tuple[str, str, Level, Verdict, str | None]] = [
    ("strict-en-crap", "this is crap", Level.strict, H, "profanity"),
    ("strict-en-stupid", "stupid printer", Level.strict, H, "profanity"),
    ("strict-it-scemo", "che scemo", Level.strict, H, "profanity"),
    ("strict-fr-chiant", "c'est chiant", Level.strict, H, "profanity"),
    ("strict-de-doof", "das ist doof", Level.strict, H, "profanity"),
    ("strict-es-tonto", "qué tonto", Level.strict, H, "profanity"),
    ("strict-pl-kurde", "kurde", Level.strict, H, "profanity"),
    ("strict-invite", "add me on insta", Level.strict, H, "contact_invitation"),
    ("strict-abuse", "fuck", Level.strict, R, "abuse"),
    ("strict-rude", "idiot", Level.strict, H, "rude"),
    ("strict-ok-hello", "hello everyone", Level.strict, A, None),
    ("strict-ok-sussex", "Sussex", Level.strict, A, None),
    ("strict-ok-date", "12.05.2024", Level.strict, A, None),
    ("relaxed-invite", "add me on insta", Level.relaxed, A, None),
    ("relaxed-handle", "follow @tommy_2010", Level.relaxed, A, None),
    ("relaxed-handle-colon", "snap: tommyboy", Level.relaxed, A, None),
    ("relaxed-link", "go to www.coolgames.com", Level.relaxed, A, None),
    ("relaxed-phone", "347 123 4567", Level.relaxed, H, "phone"),
    ("relaxed-email", "tom@gmail.com", Level.relaxed, H, "email"),
    ("relaxed-address", "via Roma 12", Level.relaxed, H, "address"),
    ("relaxed-abuse", "fuck", Level.relaxed, R, "abuse"),
    ("relaxed-abuse-pl", "kurwa", Level.relaxed, R, "abuse"),
    ("relaxed-rude", "idiot", Level.relaxed, H, "rude"),
    ("relaxed-rude-es", "gilipollas", Level.relaxed, H, "rude"),
    ("relaxed-profanity", "crap", Level.relaxed, A, None),
    ("relaxed-link-and-phone", "www.x.com or 347 123 4567", Level.relaxed, H, "phone"),
]

# (id, text, domains allowed for this call, verdict); the screener itself allows europa.eu.
ALLOWLIST_CASES: list[tuple[str, str, tuple[str, ...], Verdict]] = [
    ("allow-server-domain", "see https://europa.eu/youreurope", (), A),
    ("allow-server-www", "go to www.europa.eu", (), A),
    ("allow-server-subdomain", "erasmus-plus.ec.europa.eu/projects", (), A),
    ("allow-server-bare", "europa.eu", (), A),
    ("hold-lookalike-suffix", "europa.eu.example.com", (), H),
    ("hold-lookalike-prefix", "fakeeuropa.eu", (), H),
    ("allow-space-domain", "our page: school.example.org/class3b", ("school.example.org",), A),
    (
        "allow-space-domain-as-url",
        "https://school.example.org",
        ("https://school.example.org/",),
        A,
    ),
    ("hold-space-domain-other-call", "our page: school.example.org/class3b", (), H),
    ("hold-other-link-beside", "europa.eu and www.games.com", (), H),
]


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def test_there_are_at_least_300_cases() -> None:
    assert len(CASES) + len(LEVEL_CASES) + len(ALLOWLIST_CASES) >= 300
    assert len({case[0] for case in CASES + LEVEL_CASES + ALLOWLIST_CASES}) == (
        len(CASES) + len(LEVEL_CASES) + len(ALLOWLIST_CASES)
    ), "ids must be unique"


@pytest.mark.parametrize(
    ("text", "verdict", "kind"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_default_level(screener: Screener, text: str, verdict: Verdict, kind: str | None) -> None:
    result = screener.screen(text)
    assert result.verdict == verdict, result.findings
    if kind is not None:
        assert kind in {f.kind for f in result.findings}


@pytest.mark.parametrize(
    ("text", "level", "verdict", "kind"),
    [c[1:] for c in LEVEL_CASES],
    ids=[c[0] for c in LEVEL_CASES],
)
def test_levels(
    screener: Screener, text: str, level: Level, verdict: Verdict, kind: str | None
) -> None:
    result = screener.screen(text, level)
    assert result.verdict == verdict, result.findings
    if kind is not None:
        assert kind in {f.kind for f in result.findings}


@pytest.mark.parametrize(
    ("text", "domains", "verdict"),
    [c[1:] for c in ALLOWLIST_CASES],
    ids=[c[0] for c in ALLOWLIST_CASES],
)
def test_allowed_domains(
    screener: Screener, text: str, domains: tuple[str, ...], verdict: Verdict
) -> None:
    assert screener.screen(text, allowed_domains=domains).verdict == verdict
