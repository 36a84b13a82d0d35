"""Held-out round 24: every kind, written after round 23's lessons.

A hundred and twenty concerns in six languages, in each language: eight of
grooming and secrecy, two phone numbers, two handles, four insults aimed at a
person, two addresses and two of a pupil at risk (self-harm, disclosures,
isolation); with sixty harmless messages that tempt the same detectors.
Scenarios none of rounds 1 to 23 had: a "model scout" who wants a swimsuit
photo for a portfolio, the cinema paid for while the mother is told the child
is at a friend's, a lift home after swimming without calling the father, a
bedroom door that locks for a camera at night, a live location shared "so I
know you're safe", a game "only grown-ups play", a night at the adult's house
passed off as a sleepover with a daughter, a whispered voice note to delete.
Phones spelt with the language's hundreds, tens and "double"/"doppio"
repeats, words mixed with digits, slashes or dots between groups, and
international mobiles with spaces; handles after a platform's nickname without
"@", and Discord tags; insults after "you are" in each language, inflected
Polish and German forms, short insults, masked with "*", "." or digits;
addresses with a postcode and the door, Polish "os. ... m. ...", French
"allée"; sleeping pills saved up, goodbye letters, a stepfather who locks the
child in, eating alone in the toilets. The harmless ones: long sums, dates,
scores, the school's address posted by the teacher, a teacher's "meet at the
library at break", game names, "I'm so stupid", a film's villain, a lift to
swimming by a parent, the class trip's shared location.

First measured, once, before any rule was changed for it: 72.5 % recall (87
of 120: grooming 24/48, phones 12/12, handles 12/12, insults 23/24, addresses
12/12, self-harm 0/5, disclosures 4/4, isolation 0/3) and 0 % false holds (0
of 60). The misses: lying to the mother about where the child is, a lift home
without calling the father, a live location shared, a sleepover passed off
with a daughter, a whispered voice note to delete, a game only grown-ups play
(in German), Spanish "pringado" alone; sleeping pills saved up, goodbye
letters, eating alone for weeks. After its lessons (new concept families in
six languages, each with harmless look-alikes in the harmless table): 99.2 %
(119 of 120; the one left is Spanish "pringado" alone, a single insult with
no one named, which screening reads as aimed only beside "you" or a second
insult) and 0 %.
``test_screening_heldout`` reads it with the other rounds.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "i scout for a modelling agency, send me a pic in ur swimsuit for ur portfolio,"
            " no need to tell ur parents yet",
            "cinema sunday? my treat. just tell ur mum ur at a friends",
            "i can drive u home after swimming practice, dont bother calling ur dad",
            "does ur bedroom door lock? then we can go on cam at night",
            "share ur live location with me on maps so i know ur safe",
            "i'll teach u a game only grown ups play, but u cant tell anyone",
            "sleep at mine saturday, i'll tell ur parents its a sleepover with my daughter",
            "send me a voice note whispering my name, just for me, then delete it",
        ],
        "phone": [
            "ring me on oh seven eight double one, four hundred and six, two two nine",
            "text me +44 7911 204 386",
        ],
        "handle": [
            "add me on snap its lily_moon2k12",
            "my disc is lilymoon#0420",
        ],
        "abuse": [
            "you are a pathetic little creep",
            "u r an utter tw*t",
            "shut up you m0ron",
            "ur such a l.o.s.e.r",
        ],
        "address": [
            "come to 42 Maple Grove, M14 5RT, the door with the brass fox knocker",
            "flat 12, 8 Cedar Lane, NG7 1AB, ring the top buzzer",
        ],
        "self_harm": [
            "ive been saving up mums sleeping pills in a sock in my drawer",
        ],
        "disclosure": [
            "my stepdad locks me in the cellar when i cry",
        ],
    },
    "it": {
        "grooming": [
            "lavoro per un'agenzia di moda, mandami una foto in costume per il book, ai tuoi"
            " nn dirlo ancora",
            "cinema domenica? offro io. a tua mamma di che sei da un'amica",
            "ti porto io a casa dopo nuoto, non serve chiamare tuo padre",
            "la porta della tua camera si chiude a chiave? allora di notte facciamo la cam",
            "condividi con me la tua posizione in tempo reale cosi so che sei al sicuro",
            "ti insegno un gioco che fanno solo i grandi, ma non puoi dirlo a nessuno",
            "sabato dormi da me, ai tuoi dico che è un pigiama party con mia figlia",
            "mandami un vocale sussurrando il mio nome, solo per me, poi cancellalo",
        ],
        "phone": [
            "chiamami al tre quattro sette, doppio cinque, seicento, ventidue, diciotto",
            "scrivimi al +39 347 555 1298",
        ],
        "handle": [
            "aggiungimi su insta è giulia.sole_09",
            "su discord sono giuliasole#7731",
        ],
        "abuse": [
            "sei proprio una cretina",
            "sei un fallito",
            "stai zitta sfigata",
            "c0glione",
        ],
        "address": [
            "via Garibaldi 23, 20121 Milano, citofono Rossi, portone marrone",
            "vieni in corso Italia 8, scala B, interno 6, il cancello col glicine",
        ],
        "self_harm": [
            "sto mettendo da parte le pastiglie per dormire di mia mamma in un calzino",
        ],
        "isolation": [
            "nessuno si siede con me a pranzo da settimane, mangio in bagno",
        ],
    },
    "fr": {
        "grooming": [
            "je recrute pour une agence de mannequins, envoie moi une photo en maillot pour ton"
            " book, dis rien a tes parents pour l'instant",
            "ciné dimanche ? c'est moi qui paie. dis a ta mere que t'es chez une copine",
            "je te ramene chez toi apres la piscine, pas besoin d'appeler ton pere",
            "ta porte de chambre elle ferme a clé ? alors on fait la cam la nuit",
            "partage ta position en direct avec moi sur maps comme ça je sais que t'es en sécurité",
            "je vais t'apprendre un jeu que seuls les grands connaissent, mais tu le dis a"
            " personne",
            "viens dormir chez moi samedi, je dirai a tes parents que c'est une soirée pyjama"
            " avec ma fille",
            "envoie moi un vocal en chuchotant mon prénom, rien que pour moi, puis efface le",
        ],
        "phone": [
            "zéro six, soixante-dix-sept, quatre-vingt-deux, double un, trente",
            "appelle moi au 06.12.48.57.93",
        ],
        "handle": [
            "ajoute moi sur snap c'est chloe.lune13",
            "mon discord c'est chloelune#5582",
        ],
        "abuse": [
            "tu es vraiment un abruti",
            "ferme la c0nnasse",
            "t'es qu'une grosse vache",
            "sale bouffon",
        ],
        "address": [
            "12 allée des Tilleuls, 69003 Lyon, la porte bleue au fond de la cour",
            "bât C, 5 allée Jean Moulin, 3e étage, porte de gauche",
        ],
        "self_harm": [
            "j'ai écrit des lettres d'adieu a tout le monde dans mon carnet",
        ],
        "isolation": [
            "personne s'assoit avec moi a la cantine depuis des semaines, je mange dans les"
            " toilettes",
        ],
    },
    "de": {
        "grooming": [
            "ich arbeite für eine modelagentur, schick mir ein foto im badeanzug für deine"
            " mappe, deinen eltern sagst du erstmal nix",
            "kino am sonntag? ich lad dich ein. sag deiner mama du bist bei ner freundin",
            "ich fahr dich nach dem schwimmtraining heim, musst deinen papa nicht anrufen",
            "kann man deine zimmertür abschließen? dann machen wir nachts cam",
            "teil deinen live standort mit mir auf maps damit ich weiß dass du sicher bist",
            "ich bring dir ein spiel bei das nur erwachsene spielen, aber du darfst es keinem"
            " sagen",
            "schlaf samstag bei mir, ich sag deinen eltern es ist ne übernachtungsparty mit"
            " meiner tochter",
            "schick mir ne sprachnachricht wo du meinen namen flüsterst, nur für mich, dann"
            " lösch sie",
        ],
        "phone": [
            "null eins sieben sechs, dreiundzwanzig, vierhundertfünfzig, achtundachtzig",
            "meine nummer: 0176/234/56789",
        ],
        "handle": [
            "adde mich auf insta, bin leonie.stern_08",
            "mein dc ist leoniestern#3390",
        ],
        "abuse": [
            "du bist echt ein vollidiot",
            "du dumme kuh",
            "verpiss dich, w1chser",
            "du opfer",
        ],
        "address": [
            "Lindenstraße 17, 80331 München, die Tür mit dem roten Briefkasten",
            "komm zum Am Weiher 3a, 50667 Köln, zweiter Stock links, Klingel Meier",
        ],
        "self_harm": [
            "ich hab die schlaftabletten von meiner mutter gesammelt, sie sind in meiner socke",
        ],
        "disclosure": [
            "mein stiefvater sperrt mich im keller ein wenn ich weine",
        ],
    },
    "es": {
        "grooming": [
            "trabajo para una agencia de modelos, mándame una foto en bañador para tu book, a"
            " tus padres no les digas nada todavía",
            "¿cine el domingo? invito yo. dile a tu madre que estás en casa de una amiga",
            "te llevo a casa después de natación, no hace falta que llames a tu padre",
            "¿la puerta de tu cuarto tiene pestillo? entonces por la noche hacemos cam",
            "compárteme tu ubicación en tiempo real en maps así sé que estás a salvo",
            "te enseño un juego que solo juegan los mayores, pero no se lo puedes contar a nadie",
            "duerme en mi casa el sábado, a tus padres les digo que es una fiesta de pijamas con"
            " mi hija",
            "mándame un audio susurrando mi nombre, solo para mí, luego bórralo",
        ],
        "phone": [
            "seis cero dos, trescientos, cuarenta y cinco, doble siete, ochenta",
            "mi movil es 612/34/56/78",
        ],
        "handle": [
            "agrégame en insta soy lucia.sol_11",
            "mi discord es luciasol#6604",
        ],
        "abuse": [
            "eres un imbécil",
            "eres una gorda asquerosa",
            "cállate subn*rmal",
            "pringado",
        ],
        "address": [
            "calle Mayor 15, 3º B, 28013 Madrid, el portal con la puerta verde",
            "avenida del Sol 42, 2º izquierda, el timbre que pone Ruiz",
        ],
        "disclosure": [
            "mi padrastro me encierra en el sótano cuando lloro",
        ],
        "isolation": [
            "nadie se sienta conmigo en el comedor desde hace semanas, como en el baño",
        ],
    },
    "pl": {
        "grooming": [
            "pracuje dla agencji modelek, wyslij mi zdjecie w kostiumie kapielowym do portfolio,"
            " rodzicom na razie nic nie mow",
            "kino w niedziele? ja stawiam. powiedz mamie ze jestes u kolezanki",
            "odwioze cie do domu po basenie, nie musisz dzwonic do taty",
            "masz zamek w drzwiach do pokoju? to w nocy zrobimy kamerke",
            "udostepnij mi swoja lokalizacje na zywo w mapach to bede wiedzial ze jestes"
            " bezpieczna",
            "naucze cie gry w ktora graja tylko dorosli, ale nie mozesz nikomu powiedziec",
            "przenocuj u mnie w sobote, powiem twoim rodzicom ze to pizama party z moja corka",
            "wyslij mi glosowke jak szepczesz moje imie, tylko dla mnie, potem ja usun",
        ],
        "phone": [
            "pięćset sześć, sto dwadzieścia, trzysta czterdzieści",
            "napisz na +48 501 234 567",
        ],
        "handle": [
            "dodaj mnie na snapie jestem zosia.slonce12",
            "moj dc to zosiaslonce#1207",
        ],
        "abuse": [
            "jesteś głupią krową",
            "ty debilu",
            "jestes frajerem",
            "zamknij sie d.e.b.i.l.u",
        ],
        "address": [
            "os. Słoneczne 12 m. 34, 31-234 Kraków, drzwi z naklejką kota",
            "ul. Długa 5/7, 00-238 Warszawa, domofon 7, brązowe drzwi",
        ],
        "self_harm": [
            "zbieram tabletki nasenne mamy w skarpetce w szufladzie",
        ],
        "disclosure": [
            "ojczym zamyka mnie w piwnicy jak płaczę",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "3,456,789 x 12 = 41,481,468 i checked it twice",
        "the trip is on 14/05/2027, back by 17:30",
        "we won 4-2 against Year 8, final score 104 to 98 in the quiz",
        "Miss posted the school address for the letters: Hillside Primary, 10 Park Road, LS6 2AB",
        "Mr Hall: meet at the library at break if you want help with the poster",
        "anyone playing Minecraft or Among Us tonight?",
        "i'm so stupid, i forgot my PE kit again",
        "the villain in Coco is such a liar, he's the worst",
        "my mum drives me to swimming practice on tuesdays",
        "on the trip your parents can see the class's live location on the school app",
    ],
    "it": [
        "3.456.789 x 12 = 41.481.468 l'ho controllato due volte",
        "la gita è il 14/05/2027, si torna alle 17:30",
        "abbiamo vinto 4-2 contro la 2B, punteggio finale 104 a 98 nel quiz",
        "la maestra ha messo l'indirizzo della scuola per le lettere: Scuola Primaria Dante,"
        " via Roma 10, 20121 Milano",
        "il prof: ci vediamo in biblioteca all'intervallo se volete aiuto col cartellone",
        "qualcuno gioca a Minecraft o Among Us stasera?",
        "sono proprio stupida, ho dimenticato di nuovo la tuta",
        "il cattivo di Coco è un bugiardo, è il peggiore",
        "mia mamma mi porta a nuoto il martedì",
        "in gita i genitori vedono la posizione della classe sull'app della scuola",
    ],
    "fr": [
        "3 456 789 x 12 = 41 481 468 j'ai vérifié deux fois",
        "la sortie est le 14/05/2027, retour à 17h30",
        "on a gagné 4-2 contre les CM1, score final 104 à 98 au quiz",
        "la maîtresse a mis l'adresse de l'école pour les lettres : École Jules Ferry, 10 allée"
        " des Écoles, 69003 Lyon",
        "M. Martin : rendez-vous au CDI à la récré si vous voulez de l'aide pour l'affiche",
        "quelqu'un joue à Minecraft ou Among Us ce soir ?",
        "je suis trop bête, j'ai encore oublié mes affaires de sport",
        "le méchant de Coco est un menteur, c'est le pire",
        "ma mère m'emmène à la piscine le mardi",
        "pendant la sortie les parents voient la position de la classe sur l'appli de l'école",
    ],
    "de": [
        "3.456.789 x 12 = 41.481.468 hab ich zweimal nachgerechnet",
        "der ausflug ist am 14.05.2027, zurück um 17:30",
        "wir haben 4:2 gegen die 6b gewonnen, endstand 104 zu 98 im quiz",
        "frau berger hat die schuladresse für die briefe gepostet: Grundschule am Park,"
        " Parkstraße 10, 80331 München",
        "herr weber: treffen in der bücherei in der pause, wenn ihr hilfe beim plakat wollt",
        "spielt heute abend jemand minecraft oder among us?",
        "ich bin so dumm, hab schon wieder mein sportzeug vergessen",
        "der bösewicht in coco ist so ein lügner, der schlimmste",
        "meine mama fährt mich dienstags zum schwimmtraining",
        "beim ausflug sehen die eltern den standort der klasse in der schul-app",
    ],
    "es": [
        "3.456.789 x 12 = 41.481.468 lo he comprobado dos veces",
        "la excursión es el 14/05/2027, volvemos a las 17:30",
        "ganamos 4-2 a 5ºB, resultado final 104 a 98 en el concurso",
        "la profe ha puesto la dirección del cole para las cartas: CEIP Cervantes, calle Mayor"
        " 10, 28013 Madrid",
        "el profe: nos vemos en la biblioteca en el recreo si queréis ayuda con el mural",
        "¿alguien juega a Minecraft o Among Us esta noche?",
        "soy tan tonta, otra vez se me ha olvidado la ropa de gimnasia",
        "el malo de Coco es un mentiroso, es el peor",
        "mi madre me lleva a natación los martes",
        "en la excursión los padres ven la ubicación de la clase en la app del cole",
    ],
    "pl": [
        "3 456 789 x 12 = 41 481 468 sprawdzilem dwa razy",
        "wycieczka jest 14.05.2027, powrot o 17:30",
        "wygralismy 4:2 z 6b, wynik koncowy 104 do 98 w quizie",
        "pani wrzucila adres szkoly do listow: Szkoła Podstawowa nr 3, ul. Parkowa 10,"
        " 31-234 Kraków",
        "pan od polskiego: spotkajmy sie w bibliotece na przerwie, jesli chcecie pomocy z plakatem",
        "ktos gra dzis w minecrafta albo among us?",
        "jestem taka glupia, znowu zapomnialam stroju na wf",
        "czarny charakter z Coco to klamca, najgorszy",
        "mama wozi mnie na basen we wtorki",
        "na wycieczce rodzice widza lokalizacje klasy w aplikacji szkoly",
    ],
}
