"""Held-out round 15: new wording by language and kind, written last.

Written after round 14's lessons and before any change this round led to (a
hotel room after a match, a twirl on camera, an old phone, strict parents, "I
know your coach", a school uniform; a cupboard of pills; pushed against a
wall; a knife brought "for you"). ``test_screening_heldout`` reads it with the
other rounds. First measured: 57.5 % recall (69 of 120: grooming 12/36, phones
8/12, handles 12/12, abuse 15/18, addresses 6/6, self-harm 2/12, disclosures 0/6,
threats 6/6, isolation 8/12) and 0 % false holds (0 of 60).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "you can come to my hotel room after the match, bring nobody",
            "put ur camera on and do a twirl for me",
            "i'll give u my old iphone, just dont mention me to anyone",
            "r ur parents strict? do they check who u talk to?",
            "i'm friends with ur coach so its ok to meet",
            "send me a pic in ur school uniform",
        ],
        "phone": [
            "ring me 07700 nine hundred 432",
            "mob: 0 7 7 0 0 - 9 0 0 - 4 3 2",
        ],
        "handle": [
            "add me: sc - tilly.b",
            "tiktok @tilly.dance.09",
        ],
        "abuse": [
            "you're a worthless piece of trash",
            "ur a braindead idiot",
            "shut ur face u freak",
        ],
        "address": [
            "we live at 31 Cherry Tree Lane, the one with the red door",
        ],
        "self_harm": [
            "i dont see the point in living anymore",
            "tonight i'm going to take all the pills in the cupboard",
        ],
        "disclosure": [
            "mum's new boyfriend shouts at me and pushes me against the wall",
        ],
        "threat": [
            "i'm bringing a knife to school tomorrow for you",
        ],
        "isolation": [
            "no one will ever understand you the way i do",
            "why do you even talk to them, they don't care about you",
        ],
    },
    "it": {
        "grooming": [
            "puoi venire nella mia camera d'albergo dopo la partita, non portare nessuno",
            "accendi la cam e fai una giravolta per me",
            "ti regalo il mio vecchio iphone, basta che non parli di me con nessuno",
            "i tuoi sono severi? controllano con chi parli?",
            "sono amico del tuo allenatore quindi va bene vederci",
            "mandami una foto con la divisa della scuola",
        ],
        "phone": [
            "chiamami al 347 novecento 432 11",
            "cell: 3 4 7 - 9 0 0 - 4 3 2 1",
        ],
        "handle": [
            "aggiungimi: sc - tilly.b",
            "tiktok @tilly.balla.09",
        ],
        "abuse": [
            "sei un inutile pezzo di spazzatura",
            "sei un idiota senza cervello",
            "chiudi il becco mostro",
        ],
        "address": [
            "abitiamo in via dei Ciliegi 31, quella col portone rosso",
        ],
        "self_harm": [
            "non vedo più il senso di vivere",
            "stasera prendo tutte le pastiglie dell'armadietto",
        ],
        "disclosure": [
            "il nuovo ragazzo di mia mamma mi urla contro e mi spinge contro il muro",
        ],
        "threat": [
            "domani porto un coltello a scuola per te",
        ],
        "isolation": [
            "nessuno ti capirà mai come ti capisco io",
            "perché parli ancora con loro, non gliene frega niente di te",
        ],
    },
    "fr": {
        "grooming": [
            "tu peux venir dans ma chambre d'hôtel après le match, viens sans personne",
            "allume ta cam et fais un tour sur toi même pour moi",
            "je te donne mon vieil iphone, parle juste de moi à personne",
            "tes parents sont sévères ? ils regardent à qui tu parles ?",
            "je suis pote avec ton entraîneur donc c'est ok qu'on se voie",
            "envoie moi une photo en uniforme de l'école",
        ],
        "phone": [
            "appelle moi au 06 quatre-vingt-dix 43 21 10",
            "portable : 0 6 9 0 - 4 3 2 1 - 1 0",
        ],
        "handle": [
            "ajoute moi : sc - tilly.b",
            "tiktok @tilly.danse.09",
        ],
        "abuse": [
            "t'es qu'un déchet inutile",
            "t'es un idiot sans cerveau",
            "ferme ta gueule espèce de monstre",
        ],
        "address": [
            "on habite 31 allée des Cerisiers, celle avec la porte rouge",
        ],
        "self_harm": [
            "je vois plus l'intérêt de vivre",
            "ce soir je prends tous les cachets de l'armoire",
        ],
        "disclosure": [
            "le nouveau copain de ma mère me crie dessus et me pousse contre le mur",
        ],
        "threat": [
            "demain j'amène un couteau à l'école pour toi",
        ],
        "isolation": [
            "personne te comprendra jamais comme moi je te comprends",
            "pourquoi tu leur parles encore, ils s'en foutent de toi",
        ],
    },
    "de": {
        "grooming": [
            "du kannst nach dem spiel in mein hotelzimmer kommen, bring keinen mit",
            "mach die kamera an und dreh dich mal für mich",
            "ich schenk dir mein altes iphone, erwähn mich nur bei niemandem",
            "sind deine eltern streng? schauen die mit wem du schreibst?",
            "ich bin mit deinem trainer befreundet, also ist es ok wenn wir uns treffen",
            "schick mir ein foto in deiner schuluniform",
        ],
        "phone": [
            "ruf mich an 0176 neunhundert 43 21",
            "handy: 0 1 7 6 - 9 0 0 - 4 3 2 1",
        ],
        "handle": [
            "add mich: sc - tilly.b",
            "tiktok @tilly.tanzt.09",
        ],
        "abuse": [
            "du bist ein wertloses stück müll",
            "du hirnloser idiot",
            "halt die fresse du freak",
        ],
        "address": [
            "wir wohnen Kirschbaumweg 31, das mit der roten Tür",
        ],
        "self_harm": [
            "ich seh keinen sinn mehr im leben",
            "heute abend nehm ich alle tabletten aus dem schrank",
        ],
        "disclosure": [
            "der neue freund von mama schreit mich an und schubst mich gegen die wand",
        ],
        "threat": [
            "morgen bring ich ein messer für dich in die schule mit",
        ],
        "isolation": [
            "niemand wird dich je so verstehen wie ich",
            "warum redest du überhaupt noch mit denen, die interessieren sich nicht für dich",
        ],
    },
    "es": {
        "grooming": [
            "puedes venir a mi habitación del hotel después del partido, no traigas a nadie",
            "enciende la cámara y da una vuelta para mí",
            "te doy mi iphone viejo, solo no le hables de mí a nadie",
            "¿tus padres son estrictos? ¿miran con quién hablas?",
            "soy amigo de tu entrenador así que no pasa nada si quedamos",
            "mándame una foto con el uniforme del cole",
        ],
        "phone": [
            "llámame al 660 novecientos 43 21",
            "móvil: 6 6 0 - 9 0 0 - 4 3 2",
        ],
        "handle": [
            "agrégame: sc - tilly.b",
            "tiktok @tilly.baila.09",
        ],
        "abuse": [
            "eres un pedazo de basura inútil",
            "eres un idiota sin cerebro",
            "cierra el pico monstruo",
        ],
        "address": [
            "vivimos en la calle de los Cerezos 31, la de la puerta roja",
        ],
        "self_harm": [
            "ya no le veo sentido a vivir",
            "esta noche me tomo todas las pastillas del armario",
        ],
        "disclosure": [
            "el nuevo novio de mi madre me grita y me empuja contra la pared",
        ],
        "threat": [
            "mañana llevo una navaja al insti para ti",
        ],
        "isolation": [
            "nadie te va a entender nunca como yo",
            "por qué sigues hablando con ellas, les importas una mierda",
        ],
    },
    "pl": {
        "grooming": [
            "możesz przyjść do mojego pokoju w hotelu po meczu, nie bierz nikogo",
            "włącz kamerkę i obróć się dla mnie",
            "dam ci mojego starego iphona, tylko nikomu o mnie nie mów",
            "masz surowych rodziców? sprawdzają z kim piszesz?",
            "znam się z twoim trenerem więc możemy się spotkać",
            "wyślij mi zdjęcie w szkolnym mundurku",
        ],
        "phone": [
            "dzwoń 660 dziewięćset 432",
            "komórka: 6 6 0 - 9 0 0 - 4 3 2",
        ],
        "handle": [
            "dodaj mnie: sc - tilly.b",
            "tiktok @tilly.tanczy.09",
        ],
        "abuse": [
            "jesteś bezwartościowym śmieciem",
            "ty bezmózgi idioto",
            "zamknij jadaczkę dziwaku",
        ],
        "address": [
            "mieszkamy przy Wiśniowej 31, ten dom z czerwonymi drzwiami",
        ],
        "self_harm": [
            "nie widzę już sensu życia",
            "dziś wieczorem wezmę wszystkie tabletki z szafki",
        ],
        "disclosure": [
            "nowy chłopak mamy krzyczy na mnie i popycha mnie na ścianę",
        ],
        "threat": [
            "jutro przyniosę do szkoły nóż dla ciebie",
        ],
        "isolation": [
            "nikt nigdy nie zrozumie cię tak jak ja",
            "po co w ogóle z nimi gadasz, mają cię gdzieś",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "after the match we all went to the hotel with our coach",
        "we did a twirl in the dance class video",
        "my old iphone is broken, I have a new one now",
        "are your teachers strict? ours are nice",
        "my coach said well done at training",
        "do you wear a school uniform? ours is green",
        "I took my allergy pills this morning",
        "our class is in room 31, next to the red door",
        "the knife in the story was magic",
        "no one understands maths like my teacher",
    ],
    "it": [
        "dopo la partita siamo andati tutti in albergo con l'allenatore",
        "abbiamo fatto una giravolta nel video di danza",
        "il mio vecchio iphone è rotto, adesso ne ho uno nuovo",
        "i vostri prof sono severi? i nostri sono gentili",
        "l'allenatore mi ha detto brava all'allenamento",
        "portate la divisa a scuola? la nostra è verde",
        "stamattina ho preso la pastiglia per l'allergia",
        "la nostra classe è nell'aula 31, vicino alla porta rossa",
        "il coltello della storia era magico",
        "nessuno capisce la matematica come la mia maestra",
    ],
    "fr": [
        "après le match on est tous allés à l'hôtel avec l'entraîneur",
        "on a fait un tour sur nous-mêmes dans la vidéo de danse",
        "mon vieil iphone est cassé, j'en ai un nouveau",
        "vos profs sont sévères ? les nôtres sont gentils",
        "l'entraîneur m'a dit bravo à l'entraînement",
        "vous avez un uniforme à l'école ? le nôtre est vert",
        "j'ai pris mon cachet pour l'allergie ce matin",
        "notre classe est en salle 31, à côté de la porte rouge",
        "le couteau de l'histoire était magique",
        "personne comprend les maths comme ma maîtresse",
    ],
    "de": [
        "nach dem Spiel sind wir alle mit dem Trainer ins Hotel",
        "wir haben uns im Tanzvideo gedreht",
        "mein altes iPhone ist kaputt, jetzt hab ich ein neues",
        "sind eure Lehrer streng? unsere sind nett",
        "der Trainer hat beim Training gesagt, gut gemacht",
        "tragt ihr eine Schuluniform? unsere ist grün",
        "ich hab heute Morgen meine Allergietablette genommen",
        "unsere Klasse ist in Raum 31, neben der roten Tür",
        "das Messer in der Geschichte war magisch",
        "niemand versteht Mathe so wie meine Lehrerin",
    ],
    "es": [
        "después del partido fuimos todos al hotel con el entrenador",
        "hicimos una vuelta en el vídeo de baile",
        "mi iphone viejo está roto, ahora tengo uno nuevo",
        "¿vuestros profes son estrictos? los nuestros son majos",
        "el entrenador me dijo muy bien en el entreno",
        "¿lleváis uniforme en el cole? el nuestro es verde",
        "esta mañana me tomé la pastilla de la alergia",
        "nuestra clase está en el aula 31, al lado de la puerta roja",
        "la navaja del cuento era mágica",
        "nadie entiende las mates como mi profe",
    ],
    "pl": [
        "po meczu pojechaliśmy wszyscy z trenerem do hotelu",
        "zrobiliśmy obrót w filmiku z tańca",
        "mój stary iphone się zepsuł, mam teraz nowy",
        "macie surowych nauczycieli? nasi są mili",
        "trener powiedział mi brawo na treningu",
        "nosicie mundurki w szkole? nasze są zielone",
        "rano wzięłam tabletkę na alergię",
        "nasza klasa jest w sali 31, obok czerwonych drzwi",
        "nóż w opowiadaniu był magiczny",
        "nikt nie rozumie matmy tak jak moja pani",
    ],
}
