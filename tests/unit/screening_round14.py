"""Held-out round 14: new wording by language and kind.

Written after round 13's lessons and before any change this round led to
("my little secret", a date "if you were older", a bedtime asked, a gift card
owed back in photos, another number, sleeping and never waking, a lap,
"they're just using you"). ``test_screening_heldout`` reads it with the other
rounds. First measured: 45.0 % recall (54 of 120: grooming 3/36, phones 12/12,
handles 12/12, abuse 8/18, addresses 6/6, self-harm 4/12, disclosures 0/6,
threats 1/6, isolation 8/12) and 0 % false holds (0 of 60).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "ur gonna be my little secret ok",
            "if u were older i'd take u out on a date, but we can still meet",
            "pls dont block me, i just want to see ur face on cam",
            "what time do u go to bed? i'll msg u then",
            "i sent u a gift card, now u owe me a pic",
            "call me on this number instead, not on here",
        ],
        "phone": [
            "my cell is 0-7-7-0-0-9-0-0-6-5-4",
            "seven seven zero zero, nine zero zero, six five four, that's me",
        ],
        "handle": [
            "ig: @__maya.rose__",
            "snap -> maya_r0se",
        ],
        "abuse": [
            "u absolute clown",
            "nobody asked u, loser",
            "ur such a weirdo, go cry",
        ],
        "address": [
            "I live above the bakery at 9 Mill Street",
        ],
        "self_harm": [
            "i just want to sleep and never wake up",
            "some days i think the world would be better without me",
        ],
        "disclosure": [
            "my uncle makes me sit on his lap and it feels wrong",
        ],
        "threat": [
            "say one more word and i'll break ur jaw",
        ],
        "isolation": [
            "your parents just want to control you, i actually listen",
            "your friends are just using you, you only need me",
        ],
    },
    "it": {
        "grooming": [
            "sarai il mio piccolo segreto ok",
            "se fossi più grande ti porterei fuori a cena, ma possiamo vederci lo stesso",
            "non bloccarmi, voglio solo vedere la tua faccia in cam",
            "a che ora vai a letto? ti scrivo allora",
            "ti ho mandato una gift card, ora mi devi una foto",
            "chiamami su questo numero invece, non qui",
        ],
        "phone": [
            "il mio cell è 3-4-7-0-0-9-0-0-6-5-4",
            "tre quattro sette, zero zero nove, zero zero sei, cinque quattro",
        ],
        "handle": [
            "ig: @__maya.rosa__",
            "snap -> maya_r0sa",
        ],
        "abuse": [
            "sei un pagliaccio totale",
            "nessuno ti ha chiesto niente, sfigato",
            "sei proprio strano, vai a piangere",
        ],
        "address": [
            "abito sopra il forno in via del Mulino 9",
        ],
        "self_harm": [
            "voglio solo dormire e non svegliarmi più",
            "certi giorni penso che il mondo starebbe meglio senza di me",
        ],
        "disclosure": [
            "mio zio mi fa sedere sulle sue ginocchia e mi sembra sbagliato",
        ],
        "threat": [
            "di' un'altra parola e ti spacco la mascella",
        ],
        "isolation": [
            "i tuoi vogliono solo controllarti, io invece ti ascolto",
            "le tue amiche ti stanno solo usando, hai bisogno solo di me",
        ],
    },
    "fr": {
        "grooming": [
            "tu vas être mon petit secret ok",
            "si t'étais plus grande je t'inviterais au resto, mais on peut quand même se voir",
            "me bloque pas stp, je veux juste voir ton visage en cam",
            "tu te couches à quelle heure ? je t'écris à ce moment-là",
            "je t'ai envoyé une carte cadeau, maintenant tu me dois une photo",
            "appelle moi plutôt sur ce numéro, pas ici",
        ],
        "phone": [
            "mon portable c'est 0-6-7-0-0-9-0-0-6-5",
            "zéro six, soixante-dix, zéro neuf, zéro zéro, soixante-cinq",
        ],
        "handle": [
            "ig : @__maya.rose__",
            "snap -> maya_r0se",
        ],
        "abuse": [
            "espèce de clown",
            "personne t'a rien demandé, naze",
            "t'es trop chelou, va pleurer",
        ],
        "address": [
            "j'habite au-dessus de la boulangerie au 9 rue du Moulin",
        ],
        "self_harm": [
            "je veux juste dormir et jamais me réveiller",
            "certains jours je pense que le monde serait mieux sans moi",
        ],
        "disclosure": [
            "mon oncle me fait asseoir sur ses genoux et ça me met mal à l'aise",
        ],
        "threat": [
            "encore un mot et je te pète la mâchoire",
        ],
        "isolation": [
            "tes parents veulent juste te contrôler, moi je t'écoute",
            "tes copines se servent de toi, t'as besoin que de moi",
        ],
    },
    "de": {
        "grooming": [
            "du wirst mein kleines geheimnis ok",
            "wenn du älter wärst würde ich dich ausführen, aber wir können uns trotzdem treffen",
            "blockier mich nicht, ich will nur dein gesicht in der cam sehen",
            "wann gehst du ins bett? dann schreib ich dir",
            "ich hab dir eine geschenkkarte geschickt, jetzt schuldest du mir ein foto",
            "ruf mich lieber unter dieser nummer an, nicht hier",
        ],
        "phone": [
            "meine handynummer ist 0-1-7-6-9-0-0-6-5-4-3",
            "null eins sieben sechs, neun null null, sechs fünf vier drei",
        ],
        "handle": [
            "ig: @__maya.rose__",
            "snap -> maya_r0se",
        ],
        "abuse": [
            "du absoluter clown",
            "hat dich keiner gefragt, opfer",
            "du bist so ein freak, geh heulen",
        ],
        "address": [
            "ich wohne über der Bäckerei in der Mühlenstraße 9",
        ],
        "self_harm": [
            "ich will einfach nur schlafen und nie wieder aufwachen",
            "an manchen tagen denke ich die welt wäre besser ohne mich",
        ],
        "disclosure": [
            "mein onkel lässt mich auf seinem schoß sitzen und das fühlt sich falsch an",
        ],
        "threat": [
            "noch ein wort und ich brech dir den kiefer",
        ],
        "isolation": [
            "deine eltern wollen dich nur kontrollieren, ich hör dir wenigstens zu",
            "deine freundinnen nutzen dich nur aus, du brauchst nur mich",
        ],
    },
    "es": {
        "grooming": [
            "vas a ser mi pequeño secreto vale",
            "si fueras mayor te invitaría a cenar, pero podemos quedar igual",
            "no me bloquees, solo quiero ver tu cara en la cámara",
            "¿a qué hora te acuestas? te escribo entonces",
            "te mandé una tarjeta regalo, ahora me debes una foto",
            "llámame mejor a este número, no por aquí",
        ],
        "phone": [
            "mi móvil es 6-6-0-0-0-9-0-0-6-5",
            "seis seis cero, cero nueve cero, cero seis, cinco cuatro",
        ],
        "handle": [
            "ig: @__maya.rosa__",
            "snap -> maya_r0sa",
        ],
        "abuse": [
            "eres un payaso total",
            "nadie te ha preguntado, pringado",
            "eres un bicho raro, vete a llorar",
        ],
        "address": [
            "vivo encima de la panadería en la calle del Molino 9",
        ],
        "self_harm": [
            "solo quiero dormir y no despertar nunca",
            "hay días que pienso que el mundo estaría mejor sin mí",
        ],
        "disclosure": [
            "mi tío me sienta en sus rodillas y me parece que está mal",
        ],
        "threat": [
            "una palabra más y te rompo la mandíbula",
        ],
        "isolation": [
            "tus padres solo quieren controlarte, yo sí te escucho",
            "tus amigas solo te están usando, solo me necesitas a mí",
        ],
    },
    "pl": {
        "grooming": [
            "będziesz moją małą tajemnicą ok",
            "gdybyś była starsza zabrałbym cię na randkę, ale i tak możemy się spotkać",
            "nie blokuj mnie, chcę tylko zobaczyć twoją twarz na kamerce",
            "o której idziesz spać? wtedy do ciebie napiszę",
            "wysłałem ci kartę podarunkową, teraz jesteś mi winna zdjęcie",
            "zadzwoń lepiej na ten numer, nie tutaj",
        ],
        "phone": [
            "moja komórka to 6-0-2-9-0-0-6-5-4",
            "sześćset dwa, dziewięćset, sześćset pięćdziesiąt cztery",
        ],
        "handle": [
            "ig: @__maja.roza__",
            "snap -> maja_r0za",
        ],
        "abuse": [
            "ty totalny klaunie",
            "nikt cię nie pytał frajerze",
            "ale z ciebie dziwak, idź się wypłacz",
        ],
        "address": [
            "mieszkam nad piekarnią przy Młyńskiej 9",
        ],
        "self_harm": [
            "chcę tylko zasnąć i nigdy się nie obudzić",
            "czasem myślę że świat byłby lepszy beze mnie",
        ],
        "disclosure": [
            "wujek sadza mnie sobie na kolanach i to jest dziwne",
        ],
        "threat": [
            "jeszcze jedno słowo a złamię ci szczękę",
        ],
        "isolation": [
            "rodzice chcą cię tylko kontrolować, ja cię słucham",
            "koleżanki cię tylko wykorzystują, potrzebujesz tylko mnie",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "the bakery on Mill Street sells the best cookies",
        "my little cousin sat on my lap at the wedding",
        "please don't block the door, it's a fire exit",
        "what time do you go to bed? I go at 9",
        "I owe you a pencil, I'll bring it tomorrow",
        "our project is about the world without plastic",
        "I broke my tooth on a sweet, ouch",
        "my parents want me to practise piano every day",
        "call me Maya, not Mayanna please",
        "the clown at the party was so funny",
    ],
    "it": [
        "il forno in via del Mulino fa i biscotti più buoni",
        "il mio cuginetto mi si è seduto in braccio al matrimonio",
        "non bloccate la porta, è un'uscita di sicurezza",
        "a che ora vai a letto? io alle 9",
        "ti devo una matita, te la porto domani",
        "il nostro progetto parla di un mondo senza plastica",
        "mi sono rotta un dente con una caramella",
        "i miei vogliono che faccia pianoforte tutti i giorni",
        "chiamami Maya, non Mayanna per favore",
        "il pagliaccio alla festa era troppo divertente",
    ],
    "fr": [
        "la boulangerie rue du Moulin vend les meilleurs cookies",
        "mon petit cousin s'est assis sur mes genoux au mariage",
        "bloquez pas la porte, c'est une sortie de secours",
        "tu te couches à quelle heure ? moi à 21h",
        "je te dois un crayon, je te le rapporte demain",
        "notre projet parle d'un monde sans plastique",
        "je me suis cassé une dent sur un bonbon",
        "mes parents veulent que je fasse du piano tous les jours",
        "appelle moi Maya, pas Mayanna stp",
        "le clown à la fête était trop drôle",
    ],
    "de": [
        "die Bäckerei in der Mühlenstraße hat die besten Kekse",
        "mein kleiner Cousin saß bei der Hochzeit auf meinem Schoß",
        "blockiert die Tür nicht, das ist ein Notausgang",
        "wann gehst du ins Bett? ich um 9",
        "ich schulde dir einen Bleistift, ich bring ihn morgen mit",
        "unser Projekt ist über eine Welt ohne Plastik",
        "ich hab mir an einem Bonbon den Zahn abgebrochen",
        "meine Eltern wollen, dass ich jeden Tag Klavier übe",
        "nenn mich Maya, nicht Mayanna bitte",
        "der Clown auf der Party war so lustig",
    ],
    "es": [
        "la panadería de la calle del Molino tiene las mejores galletas",
        "mi primito se sentó en mis rodillas en la boda",
        "no bloqueéis la puerta, es una salida de emergencia",
        "¿a qué hora te acuestas? yo a las 9",
        "te debo un lápiz, te lo traigo mañana",
        "nuestro proyecto trata de un mundo sin plástico",
        "me rompí un diente con un caramelo",
        "mis padres quieren que practique piano todos los días",
        "llámame Maya, no Mayanna porfa",
        "el payaso de la fiesta era muy gracioso",
    ],
    "pl": [
        "piekarnia przy Młyńskiej ma najlepsze ciastka",
        "mój mały kuzyn siedział mi na kolanach na weselu",
        "nie blokujcie drzwi, to wyjście ewakuacyjne",
        "o której idziesz spać? ja o 21",
        "jestem ci winna ołówek, przyniosę jutro",
        "nasz projekt jest o świecie bez plastiku",
        "złamałam ząb na cukierku",
        "rodzice chcą, żebym codziennie ćwiczyła na pianinie",
        "mów mi Maja, nie Majeczka proszę",
        "klaun na przyjęciu był bardzo śmieszny",
    ],
}
