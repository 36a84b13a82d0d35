"""Held-out round 19: new wording by language and kind.

Written after round 18's lessons and before any change this round led to (a
party with no parents, a present in a car, a photo in bed, an encrypted app,
out alone at night, "we'll both be in trouble", cut wrists, "it's a game",
"only I do"). ``test_screening_heldout`` reads it with the other rounds. First
measured: 61.7 % recall (74 of 120: grooming 19/42, phones 12/12, handles 6/12,
abuse 18/18, addresses 6/6, self-harm 3/12, disclosures 1/6, threats 4/6,
isolation 5/6) and 5.0 % false holds (3 of 60: a dog allowed out alone in the
garden, in three languages).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "ur so grown up, do u wanna come to a party at my flat? no parents",
            "i've got a present waiting for u at my car",
            "send me a pic of u in bed",
            "lets talk on signal, nobody can read it there",
            "r u allowed out on ur own at night?",
            "if u tell anyone about me, ill get in trouble and so will u",
            "delete this before ur dad sees it",
        ],
        "phone": [
            "07-seven-seven-00-nine-00-876",
            "my no. +44 seven seven oh oh 900 876",
        ],
        "handle": [
            "snapchat: @ruby.r_09",
            "insta name is the same, ruby.r_09",
        ],
        "abuse": [
            "u disgusting little freak",
            "shut it u ugly cow",
            "everybody hates u, you're a loser",
        ],
        "address": [
            "we're at 12 Sycamore Drive, Leeds, the house with the trampoline",
        ],
        "self_harm": [
            "i keep cutting my wrists",
            "honestly i'd be better off dead",
        ],
        "disclosure": [
            "my dad's friend keeps touching me and says it's a game",
        ],
        "threat": [
            "i'll smash ur head in if u tell",
        ],
        "isolation": [
            "your parents don't get you at all, only i do",
        ],
    },
    "it": {
        "grooming": [
            "sei così grande, vuoi venire a una festa a casa mia? niente genitori",
            "ho un regalo che ti aspetta in macchina",
            "mandami una foto di te a letto",
            "parliamo su signal, lì nessuno può leggere",
            "ti lasciano uscire da sola di sera?",
            "se dici a qualcuno di me finisco nei guai e anche tu",
            "cancella questo prima che lo veda tuo padre",
        ],
        "phone": [
            "3-quattro-sette-00-nove-00-876",
            "il mio num. +39 tre quattro sette 900 8765",
        ],
        "handle": [
            "snapchat: @ruby.r_09",
            "su insta uguale, ruby.r_09",
        ],
        "abuse": [
            "piccolo mostro schifoso",
            "zitta brutta vacca",
            "tutti ti odiano, sei una perdente",
        ],
        "address": [
            "siamo in via dei Sicomori 12, Milano, la casa col trampolino",
        ],
        "self_harm": [
            "continuo a tagliarmi i polsi",
            "sinceramente starei meglio morta",
        ],
        "disclosure": [
            "l'amico di mio papà continua a toccarmi e dice che è un gioco",
        ],
        "threat": [
            "ti spacco la testa se lo dici",
        ],
        "isolation": [
            "i tuoi non ti capiscono per niente, solo io",
        ],
    },
    "fr": {
        "grooming": [
            "t'es tellement grande, tu veux venir à une soirée chez moi ? pas de parents",
            "j'ai un cadeau qui t'attend dans ma voiture",
            "envoie moi une photo de toi au lit",
            "parlons sur signal, personne peut lire là bas",
            "t'as le droit de sortir seule le soir ?",
            "si tu parles de moi à quelqu'un j'aurai des ennuis et toi aussi",
            "supprime ça avant que ton père le voie",
        ],
        "phone": [
            "06-soixante-dix-sept-00-quatre-vingt-dix-87",
            "mon num. +33 six soixante-dix-sept 00 90 87",
        ],
        "handle": [
            "snapchat : @ruby.r_09",
            "sur insta pareil, ruby.r_09",
        ],
        "abuse": [
            "petit monstre dégueulasse",
            "ta gueule grosse vache moche",
            "tout le monde te déteste, t'es une perdante",
        ],
        "address": [
            "on est au 12 allée des Sycomores, Lille, la maison avec le trampoline",
        ],
        "self_harm": [
            "je continue à me couper les poignets",
            "franchement je serais mieux morte",
        ],
        "disclosure": [
            "l'ami de mon père arrête pas de me toucher et il dit que c'est un jeu",
        ],
        "threat": [
            "je t'éclate la tête si tu parles",
        ],
        "isolation": [
            "tes parents te comprennent pas du tout, y a que moi",
        ],
    },
    "de": {
        "grooming": [
            "du bist so erwachsen, willst du zu einer party in meiner wohnung? keine eltern",
            "ich hab ein geschenk für dich im auto",
            "schick mir ein foto von dir im bett",
            "lass uns auf signal schreiben, da kann keiner mitlesen",
            "darfst du abends allein raus?",
            "wenn du jemandem von mir erzählst krieg ich ärger und du auch",
            "lösch das bevor dein papa es sieht",
        ],
        "phone": [
            "0176-sieben-sieben-00-neun-00-876",
            "meine nr. +49 eins sieben sechs 900 8765",
        ],
        "handle": [
            "snapchat: @ruby.r_09",
            "auf insta gleich, ruby.r_09",
        ],
        "abuse": [
            "du ekliges kleines monster",
            "halt die klappe du hässliche kuh",
            "alle hassen dich, du bist ein loser",
        ],
        "address": [
            "wir sind im Platanenweg 12, Essen, das Haus mit dem Trampolin",
        ],
        "self_harm": [
            "ich schneide mir immer wieder die pulsadern auf",
            "ehrlich ich wäre besser tot",
        ],
        "disclosure": [
            "der freund von papa fasst mich immer an und sagt das ist ein spiel",
        ],
        "threat": [
            "ich schlag dir den kopf ein wenn du petzt",
        ],
        "isolation": [
            "deine eltern verstehen dich überhaupt nicht, nur ich",
        ],
    },
    "es": {
        "grooming": [
            "eres tan mayor, ¿quieres venir a una fiesta en mi piso? sin padres",
            "tengo un regalo esperándote en mi coche",
            "mándame una foto tuya en la cama",
            "hablemos por signal, ahí nadie lo puede leer",
            "¿te dejan salir sola por la noche?",
            "si le cuentas a alguien de mí me meto en un lío y tú también",
            "borra esto antes de que lo vea tu padre",
        ],
        "phone": [
            "6-seis-cero-00-nueve-00-876",
            "mi núm. +34 seis seis cero 900 876",
        ],
        "handle": [
            "snapchat: @ruby.r_09",
            "en insta igual, ruby.r_09",
        ],
        "abuse": [
            "pequeño monstruo asqueroso",
            "cállate vaca fea",
            "todos te odian, eres una perdedora",
        ],
        "address": [
            "estamos en la calle de los Plátanos 12, Zaragoza, la casa con la cama elástica",
        ],
        "self_harm": [
            "sigo cortándome las muñecas",
            "sinceramente estaría mejor muerta",
        ],
        "disclosure": [
            "el amigo de mi padre me sigue tocando y dice que es un juego",
        ],
        "threat": [
            "te reviento la cabeza si lo cuentas",
        ],
        "isolation": [
            "tus padres no te entienden nada, solo yo",
        ],
    },
    "pl": {
        "grooming": [
            "jesteś taka dorosła, chcesz przyjść na imprezę do mnie do mieszkania? bez rodziców",
            "mam dla ciebie prezent w samochodzie",
            "wyślij mi zdjęcie w łóżku",
            "pogadajmy na signalu, tam nikt nie przeczyta",
            "pozwalają ci wychodzić samej wieczorem?",
            "jak komuś o mnie powiesz to będę miał kłopoty i ty też",
            "usuń to zanim tata zobaczy",
        ],
        "phone": [
            "6-zero-dwa-00-dziewięć-00-87",
            "mój nr +48 sześćset dwa 900 876",
        ],
        "handle": [
            "snapchat: @ruby.r_09",
            "na insta tak samo, ruby.r_09",
        ],
        "abuse": [
            "ty obrzydliwy mały potworze",
            "zamknij się brzydka krowo",
            "wszyscy cię nienawidzą, jesteś frajerką",
        ],
        "address": [
            "jesteśmy na ul. Jaworowej 12, Łódź, dom z trampoliną",
        ],
        "self_harm": [
            "ciągle tnę sobie nadgarstki",
            "szczerze byłoby lepiej gdybym była martwa",
        ],
        "disclosure": [
            "kolega taty ciągle mnie dotyka i mówi że to zabawa",
        ],
        "threat": [
            "rozwalę ci głowę jak powiesz",
        ],
        "isolation": [
            "rodzice w ogóle cię nie rozumieją, tylko ja",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we're having a class party on Friday, parents can come too",
        "my present for Mum is hidden in the car",
        "I read in bed until 10",
        "the signal on the trip was terrible",
        "our dog is allowed out on his own in the garden",
        "delete the old files from the class laptop please",
        "the house with the trampoline is my cousin's",
        "I keep forgetting my PE kit",
        "this game is so unfair, I'm dead again",
        "only I got 10/10 in the quiz, so proud",
    ],
    "it": [
        "venerdì facciamo una festa di classe, possono venire anche i genitori",
        "il regalo per la mamma è nascosto in macchina",
        "ho letto a letto fino alle 10",
        "in gita il segnale era pessimo",
        "il nostro cane può uscire da solo in giardino",
        "cancellate i file vecchi dal portatile della classe per favore",
        "la casa col trampolino è di mio cugino",
        "continuo a dimenticare la tuta",
        "questo gioco è ingiusto, sono morto di nuovo",
        "solo io ho preso 10 nel quiz, che orgoglio",
    ],
    "fr": [
        "vendredi on fait une fête de classe, les parents peuvent venir aussi",
        "mon cadeau pour maman est caché dans la voiture",
        "j'ai lu au lit jusqu'à 22h",
        "le réseau pendant la sortie était nul",
        "notre chien a le droit de sortir seul dans le jardin",
        "supprimez les vieux fichiers de l'ordi de la classe svp",
        "la maison avec le trampoline c'est celle de mon cousin",
        "j'oublie tout le temps mes affaires de sport",
        "ce jeu est trop injuste, je suis encore mort",
        "y a que moi qui ai eu 10/10 au quiz, trop fière",
    ],
    "de": [
        "am Freitag machen wir eine Klassenparty, Eltern dürfen auch kommen",
        "mein Geschenk für Mama ist im Auto versteckt",
        "ich hab bis 10 im Bett gelesen",
        "auf dem Ausflug war der Empfang furchtbar",
        "unser Hund darf allein in den Garten",
        "löscht bitte die alten Dateien vom Klassenlaptop",
        "das Haus mit dem Trampolin gehört meinem Cousin",
        "ich vergesse ständig mein Sportzeug",
        "das Spiel ist so unfair, ich bin schon wieder tot",
        "nur ich hatte 10/10 im Quiz, so stolz",
    ],
    "es": [
        "el viernes hacemos una fiesta de clase, los padres también pueden venir",
        "mi regalo para mamá está escondido en el coche",
        "leí en la cama hasta las 10",
        "en la excursión no había cobertura",
        "nuestro perro puede salir solo al jardín",
        "borrad los archivos viejos del portátil de clase porfa",
        "la casa con la cama elástica es de mi primo",
        "siempre me olvido la ropa de gimnasia",
        "este juego es injusto, me han matado otra vez",
        "solo yo saqué 10/10 en el quiz, qué orgullo",
    ],
    "pl": [
        "w piątek mamy imprezę klasową, rodzice też mogą przyjść",
        "prezent dla mamy jest schowany w samochodzie",
        "czytałam w łóżku do 22",
        "na wycieczce nie było zasięgu",
        "nasz pies może sam wychodzić do ogrodu",
        "usuńcie stare pliki z klasowego laptopa proszę",
        "dom z trampoliną należy do mojego kuzyna",
        "ciągle zapominam stroju na wf",
        "ta gra jest niesprawiedliwa, znowu zginąłem",
        "tylko ja dostałam 10/10 w quizie, jestem dumna",
    ],
}
