"""Held-out round 6: new wording by language and by kind of concern.

Written after round 5's lessons and before any change this round led to,
with scenarios the earlier rounds had not (a talent scout, a voice note, a
locked door, an age lie, a webcam game, pills, a threat against a parent,
digits typed as the letter O). ``test_screening_heldout`` reads it with the
other rounds. First measured: 48.2 % recall (81 of 168; 61.4 %, 81 of 132, on
the kinds of rounds 1 to 3, and none of the 36 on self-harm, disclosures,
threats and isolation) and 0 % false holds (0 of 72).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "do u have a bf? have you ever kissed anyone",
            "im a model scout, send me a few full length pics and i can get you work",
            "send me a voice note so i can hear ur voice",
            "lets meet at the mall on sunday, ill pay for your bus ticket, just come by yourself",
            "i'm 14 too lol, what's ur snap so we can chat properly",
            "you're my girlfriend now ok? but it stays between us",
            "is your door locked at night?",
            "delete every message i sent after you read them",
            "i'll buy you that hoodie you wanted, just say yes",
            "we can play a webcam game, you just need to be alone",
        ],
        "phone": [
            "msg me on O7OO 9OO 321",
            "my cell is seven seven oh, nine double oh, three two one",
            "number: +44(0)7700-900-321",
        ],
        "handle": [
            "my username everywhere is lil.dancer_11",
            "find me on tiktok as mia_dances12",
            "insta -> mia.dances",
        ],
        "abuse": [
            "you're such a r*tard",
            "i d i o t",
            "ur mum is a sl*t",
            "you absolute waste of space",
        ],
        "address": [
            "flat 4b, 12 High St, Bath BA1 1AA",
            "I live on 9 Maple Drive, it's the blue house at the end",
        ],
        "self_harm": [
            "i took way too many pills last night on purpose",
            "whats even the point of living anymore",
        ],
        "disclosure": [
            "dad said if i tell anyone he'll hurt mum",
        ],
        "threat": [
            "watch your back tomorrow, im bringing my brothers knife",
        ],
        "isolation": [
            "your teachers are lying to you, you only need me",
            "you owe me after all the robux i gave you",
        ],
    },
    "it": {
        "grooming": [
            "ce l'hai il ragazzo? hai mai baciato qualcuno",
            "faccio lo scout per un'agenzia, "
            "mandami qualche foto a figura intera e ti trovo lavoro",
            "mandami un vocale così sento la tua voce",
            "vediamoci al centro commerciale domenica, ti pago io il bus, vieni da sola",
            "anche io ho 14 anni ahah, qual è il tuo snap così parliamo meglio",
            "ora sei la mia ragazza ok? ma resta tra noi",
            "la tua porta è chiusa a chiave di notte?",
            "cancella tutti i messaggi che ti mando dopo averli letti",
            "ti compro quella felpa che volevi, basta che dici di sì",
            "facciamo un gioco in webcam, basta che sei da sola",
        ],
        "phone": [
            "scrivimi al 3OO 9OO 4321",
            "il mio cell è tre tre nove, otto sette sei, cinque quattro tre due",
            "numero: +39(0)339-876-5432",
        ],
        "handle": [
            "il mio nome ovunque è balleri.na_11",
            "cercami su tiktok come mia_balla12",
            "insta -> mia.balla",
        ],
        "abuse": [
            "sei proprio un r*tardato",
            "s c e m o",
            "tua madre è una tr*ia",
            "sei un inutile spreco di spazio",
        ],
        "address": [
            "abito in via Manzoni 12, scala B, 20121 Milano",
            "sto in viale dei Pini 9, la casa azzurra in fondo",
        ],
        "self_harm": [
            "ieri sera ho preso troppe pastiglie apposta",
            "che senso ha ancora vivere",
        ],
        "disclosure": [
            "papà ha detto che se lo dico a qualcuno fa del male alla mamma",
        ],
        "threat": [
            "guardati le spalle domani, porto il coltello di mio fratello",
        ],
        "isolation": [
            "i tuoi prof ti mentono, ti basto io",
            "me lo devi dopo tutti i robux che ti ho dato",
        ],
    },
    "fr": {
        "grooming": [
            "t'as un copain ? t'as déjà embrassé quelqu'un",
            "je suis recruteur pour une agence, "
            "envoie moi des photos en pied et je te trouve du boulot",
            "envoie moi un vocal que j'entende ta voix",
            "on se voit au centre commercial dimanche, je te paie le bus, viens toute seule",
            "moi aussi j'ai 14 ans mdr, c'est quoi ton snap qu'on parle mieux",
            "t'es ma copine maintenant ok ? mais ça reste entre nous",
            "ta porte est fermée à clé la nuit ?",
            "supprime tous les messages que je t'envoie après les avoir lus",
            "je t'achète le sweat que tu voulais, dis juste oui",
            "on fait un jeu en webcam, faut juste que tu sois seule",
        ],
        "phone": [
            "écris au O6 12 O9 87 65",
            "mon portable c'est zéro six, douze, zéro neuf, quatre-vingt-sept, soixante-cinq",
            "numéro : +33(0)6-12-09-87-65",
        ],
        "handle": [
            "mon pseudo partout c'est petite.danseuse_11",
            "cherche moi sur tiktok en tant que mia_danse12",
            "insta -> mia.danse",
        ],
        "abuse": [
            "t'es vraiment un att*rdé",
            "c o n n a r d",
            "ta mère est une p*te",
            "t'es un gâchis d'oxygène",
        ],
        "address": [
            "j'habite 12 rue Victor Hugo, bâtiment B, 69002 Lyon",
            "je suis au 9 chemin des Pins, la maison bleue au fond",
        ],
        "self_harm": [
            "hier soir j'ai pris trop de cachets exprès",
            "ça sert à quoi de vivre franchement",
        ],
        "disclosure": [
            "papa a dit que si je le dis à quelqu'un il fera du mal à maman",
        ],
        "threat": [
            "fais gaffe à toi demain, j'amène le couteau de mon frère",
        ],
        "isolation": [
            "tes profs te mentent, t'as besoin que de moi",
            "tu me dois bien ça après tous les robux que je t'ai donnés",
        ],
    },
    "de": {
        "grooming": [
            "hast du einen freund? hast du schon mal wen geküsst",
            "ich bin model scout, schick mir ein paar ganzkörperfotos und ich besorg dir jobs",
            "schick mir ne sprachnachricht damit ich deine stimme höre",
            "lass uns sonntag im einkaufszentrum treffen, ich zahl dir das busticket, komm allein",
            "bin auch 14 haha, was ist dein snap dann können wir besser schreiben",
            "du bist jetzt meine freundin ok? aber das bleibt unter uns",
            "ist deine tür nachts abgeschlossen?",
            "lösch alle nachrichten von mir nachdem du sie gelesen hast",
            "ich kauf dir den hoodie den du wolltest, sag einfach ja",
            "wir machen ein webcam spiel, du musst nur allein sein",
        ],
        "phone": [
            "schreib an O176 9OO 4321",
            "meine nummer null eins sieben sechs, neun acht sieben, sechs fünf vier drei",
            "nummer: +49(0)176-987-6543",
        ],
        "handle": [
            "mein username überall ist kleine.taenzerin_11",
            "such mich auf tiktok als mia_tanzt12",
            "insta -> mia.tanzt",
        ],
        "abuse": [
            "du bist so ein sp*st",
            "a r s c h l o c h",
            "deine mutter ist eine h*re",
            "du bist reine sauerstoffverschwendung",
        ],
        "address": [
            "ich wohne Goethestraße 12, Hinterhaus 2. OG, 10115 Berlin",
            "ich bin im Kiefernweg 9, das blaue Haus am Ende",
        ],
        "self_harm": [
            "gestern abend hab ich absichtlich zu viele tabletten genommen",
            "was bringt das leben überhaupt noch",
        ],
        "disclosure": [
            "papa hat gesagt wenn ich es jemandem erzähle tut er mama weh",
        ],
        "threat": [
            "pass morgen auf, ich bring das messer von meinem bruder mit",
        ],
        "isolation": [
            "deine lehrer lügen dich an, du brauchst nur mich",
            "das schuldest du mir nach all den robux die ich dir gegeben hab",
        ],
    },
    "es": {
        "grooming": [
            "¿tienes novio? ¿has besado a alguien alguna vez?",
            "soy cazatalentos de una agencia, "
            "mándame unas fotos de cuerpo entero y te consigo trabajo",
            "mándame un audio para oír tu voz",
            "quedamos en el centro comercial el domingo, te pago el bus, ven sola",
            "yo también tengo 14 jaja, cuál es tu snap para hablar mejor",
            "ahora eres mi novia vale? pero queda entre nosotros",
            "¿tu puerta está cerrada con llave por la noche?",
            "borra todos los mensajes que te mande después de leerlos",
            "te compro la sudadera que querías, solo di que sí",
            "hacemos un juego por webcam, solo tienes que estar sola",
        ],
        "phone": [
            "escribe al 6OO 9OO 432",
            "mi móvil seis seis cero, nueve ocho siete, seis cinco cuatro",
            "número: +34(0)660-987-654",
        ],
        "handle": [
            "mi usuario en todas partes es bailarina.peque_11",
            "búscame en tiktok como mia_baila12",
            "insta -> mia.baila",
        ],
        "abuse": [
            "eres un ret*asado",
            "g i l i p o l l a s",
            "tu madre es una p*ta",
            "eres un desperdicio de oxígeno",
        ],
        "address": [
            "vivo en la calle Mayor nº 12, escalera B, 28013 Madrid",
            "estoy en el camino de los Pinos 9, la casa azul del fondo",
        ],
        "self_harm": [
            "anoche me tomé demasiadas pastillas a propósito",
            "para qué seguir viviendo la verdad",
        ],
        "disclosure": [
            "papá dijo que si se lo cuento a alguien le hará daño a mamá",
        ],
        "threat": [
            "cuidado mañana, voy a llevar la navaja de mi hermano",
        ],
        "isolation": [
            "tus profes te mienten, solo me necesitas a mí",
            "me lo debes después de todos los robux que te di",
        ],
    },
    "pl": {
        "grooming": [
            "masz chłopaka? całowałaś się już z kimś",
            "jestem łowcą talentów, wyślij mi kilka zdjęć całej sylwetki to załatwię ci pracę",
            "wyślij mi głosówkę żebym usłyszał twój głos",
            "spotkajmy się w galerii w niedzielę, zapłacę ci za autobus, przyjdź sama",
            "ja też mam 14 haha, jaki masz snap to pogadamy normalnie",
            "jesteś teraz moją dziewczyną ok? ale to zostaje między nami",
            "zamykasz drzwi na klucz na noc?",
            "usuwaj wszystkie wiadomości ode mnie jak przeczytasz",
            "kupię ci tę bluzę którą chciałaś, tylko powiedz tak",
            "zagrajmy w grę na kamerce, musisz tylko być sama",
        ],
        "phone": [
            "pisz na 6O2 9OO 432",
            "moja komórka sześć zero dwa, dziewięć osiem siedem, sześć pięć cztery",
            "numer: +48(0)602-987-654",
        ],
        "handle": [
            "mój nick wszędzie to mala.tancerka_11",
            "szukaj mnie na tiktoku jako mia_tanczy12",
            "insta -> mia.tanczy",
        ],
        "abuse": [
            "jesteś upośl*dzony",
            "d e b i l",
            "twoja stara to k*rwa",
            "jesteś marnowaniem tlenu",
        ],
        "address": [
            "mieszkam na ul. Długiej 12/4, klatka B, 80-001 Gdańsk",
            "jestem przy Sosnowej 9, niebieski dom na końcu",
        ],
        "self_harm": [
            "wczoraj specjalnie wzięłam za dużo tabletek",
            "po co w ogóle dalej żyć",
        ],
        "disclosure": [
            "tata powiedział że jak komuś powiem to zrobi krzywdę mamie",
        ],
        "threat": [
            "uważaj jutro, przyniosę nóż brata",
        ],
        "isolation": [
            "nauczyciele cię okłamują, potrzebujesz tylko mnie",
            "jesteś mi to winna po tych wszystkich robuxach które ci dałem",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "can you send a voice message to the partner class for our podcast?",
        "the teacher said we'll meet at the bus station at 7:45 for the museum trip",
        "I scored 17 out of 20 in the spelling test",
        "the population of Poland is about 37 600 000",
        "we learned that 2^20 = 1048576",
        "my username on the school blog is the same as here",
        "my little brother is 6 and he already reads chapter books",
        "we sang 'Let It Go' at assembly, I nearly died of embarrassment",
        "Miss Green's class is in room 12, next to the gym",
        "does anyone know the answer to question 7? I got 3456",
        "I stayed home alone for 10 minutes while mum went to the shop next door, it was fine",
        "the knight cuts off the dragon's head in our story",
    ],
    "it": [
        "puoi mandare un vocale alla classe gemellata per il nostro podcast?",
        "la maestra ha detto che ci troviamo alla stazione dei bus alle 7:45 per la gita al museo",
        "ho preso 17 su 20 nel dettato",
        "la popolazione della Polonia è circa 37 600 000",
        "abbiamo imparato che 2^20 = 1048576",
        "il mio nome utente sul blog della scuola è uguale a qui",
        "mio fratellino ha 6 anni e legge già i libri a capitoli",
        "abbiamo cantato 'All'alba sorgerò' all'assemblea, sono morta di vergogna",
        "la classe della maestra Verdi è nell'aula 12, vicino alla palestra",
        "qualcuno sa la risposta alla domanda 7? a me viene 3456",
        "sono rimasta a casa da sola 10 minuti mentre la mamma andava al negozio qui sotto",
        "nella nostra storia il cavaliere taglia la testa al drago",
    ],
    "fr": [
        "tu peux envoyer un vocal à la classe partenaire pour notre podcast ?",
        "la maîtresse a dit qu'on se retrouve à la gare routière à 7h45 pour la sortie au musée",
        "j'ai eu 17 sur 20 à la dictée",
        "la population de la Pologne est d'environ 37 600 000",
        "on a appris que 2^20 = 1048576",
        "mon pseudo sur le blog de l'école est le même qu'ici",
        "mon petit frère a 6 ans et il lit déjà des romans",
        "on a chanté 'Libérée, délivrée' au spectacle, j'ai failli mourir de honte",
        "la classe de Mme Vert est en salle 12, à côté du gymnase",
        "quelqu'un a la réponse à la question 7 ? moi je trouve 3456",
        "je suis restée seule 10 minutes pendant que maman allait à la boulangerie en bas",
        "dans notre histoire le chevalier coupe la tête du dragon",
    ],
    "de": [
        "kannst du eine Sprachnachricht an die Partnerklasse für unseren Podcast schicken?",
        "die Lehrerin sagt, wir treffen uns um 7:45 am Busbahnhof für den Museumsausflug",
        "ich hatte 17 von 20 Punkten im Diktat",
        "Polen hat ungefähr 37 600 000 Einwohner",
        "wir haben gelernt, dass 2^20 = 1048576 ist",
        "mein Benutzername im Schulblog ist derselbe wie hier",
        "mein kleiner Bruder ist 6 und liest schon Kapitelbücher",
        "wir haben 'Lass jetzt los' bei der Schulfeier gesungen, ich bin fast gestorben vor Scham",
        "die Klasse von Frau Grün ist in Raum 12, neben der Turnhalle",
        "weiß jemand die Antwort auf Frage 7? bei mir kommt 3456 raus",
        "ich war 10 Minuten allein zu Hause, als Mama zum Bäcker nebenan ging",
        "in unserer Geschichte schlägt der Ritter dem Drachen den Kopf ab",
    ],
    "es": [
        "¿puedes mandar un audio a la clase amiga para nuestro pódcast?",
        "la profe dijo que quedamos en la estación de autobuses a las 7:45 "
        "para la excursión al museo",
        "saqué un 17 sobre 20 en el dictado",
        "la población de Polonia es de unos 37 600 000",
        "aprendimos que 2^20 = 1048576",
        "mi usuario del blog del cole es el mismo que aquí",
        "mi hermano pequeño tiene 6 años y ya lee libros de capítulos",
        "cantamos 'Suéltalo' en el festival, casi me muero de vergüenza",
        "la clase de la profe Verde está en el aula 12, al lado del gimnasio",
        "¿alguien sabe la respuesta de la pregunta 7? a mí me sale 3456",
        "me quedé sola en casa 10 minutos mientras mamá iba a la tienda de abajo",
        "en nuestro cuento el caballero le corta la cabeza al dragón",
    ],
    "pl": [
        "możesz wysłać głosówkę do klasy partnerskiej do naszego podcastu?",
        "pani powiedziała, że spotykamy się na dworcu autobusowym o 7:45 na wycieczkę do muzeum",
        "dostałam 17 na 20 punktów z dyktanda",
        "Polska ma około 37 600 000 mieszkańców",
        "nauczyliśmy się, że 2^20 = 1048576",
        "mój nick na blogu szkoły jest taki sam jak tutaj",
        "mój młodszy brat ma 6 lat i już czyta książki z rozdziałami",
        "śpiewaliśmy 'Mam tę moc' na apelu, prawie umarłam ze wstydu",
        "klasa pani Zielińskiej jest w sali 12, obok sali gimnastycznej",
        "ktoś zna odpowiedź na pytanie 7? mi wychodzi 3456",
        "zostałam sama w domu na 10 minut, jak mama poszła do sklepu obok",
        "w naszym opowiadaniu rycerz odcina smokowi głowę",
    ],
}
