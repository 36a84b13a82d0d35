"""Held-out round 20: new wording by language and kind.

Written after round 19's lessons and before any change this round led to (a
cover story for a parent, a lift from the swimming pool, a clip of trying on
clothes, trainers to deliver, a number saved under a girl's name, the way home
from school, a school year, a voice channel at midnight, punching or burning
oneself, "nobody would notice", a stepbrother, a grip on the neck, "treated
like a baby", "lost without me"). ``test_screening_heldout`` reads it with
the other rounds. First measured: 39.2 % recall (47 of 120: grooming 14/48,
phones 6/6, handles 3/6, abuse 12/12, addresses 6/6, self-harm 0/18,
disclosures 6/12, isolation 0/12) and 5.6 % false holds (4 of 72: a teacher's
photo of each pupil in costume for the play, in four languages).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "tell ur mum ur staying at a friend's and come to mine instead",
            "i'll drive past the pool after ur swimming lesson, hop in and i'll take u home",
            "record a clip of u trying on ur new clothes for me",
            "i'll order u those trainers, just tell me ur size and where to deliver them",
            "save my number under a girl's name so ur parents don't ask",
            "do u walk home from school on ur own? which way do u go",
            "what year r u in? u don't act like a year 7 at all",
            "join my voice channel at midnight, no one else is invited",
        ],
        "phone": [
            "text me on oh seven nine three one, two double four, eight six five",
        ],
        "handle": [
            "hmu on the gram, its jess_w2011",
        ],
        "abuse": [
            "ur the most pathetic creep in this class",
            "go cry somewhere else u w@nker",
        ],
        "address": [
            "we live at 7 Rowan Close, Norwich NR3 2PL, ring the top bell",
        ],
        "self_harm": [
            "i punch myself in the head when i mess up",
            "nobody would even notice if i wasn't around anymore",
            "i burned my arm with a lighter on purpose last night",
        ],
        "disclosure": [
            "my stepbrother makes me do things i don't want to when mum's asleep",
            "mum's boyfriend grabs me by the neck when he's angry",
        ],
        "isolation": [
            "ur parents treat u like a baby, with me u can be urself",
            "u'd be lost without me, nobody else would put up with u",
        ],
    },
    "it": {
        "grooming": [
            "di' a tua mamma che dormi da un'amica e vieni da me",
            "passo dalla piscina dopo il tuo corso di nuoto, sali in macchina che ti porto a casa",
            "registrami un video mentre ti provi i vestiti nuovi",
            "ti ordino quelle scarpe, dimmi solo il numero e dove fartele arrivare",
            "salva il mio numero con un nome da ragazza così i tuoi non fanno domande",
            "torni a casa da scuola da sola? che strada fai",
            "in che classe sei? non sembri proprio una di prima media",
            "entra nel mio canale vocale a mezzanotte, non c'è nessun altro invitato",
        ],
        "phone": [
            "scrivimi al tre tre otto, sei cinque, due due uno, quattro nove",
        ],
        "handle": [
            "su snap mi trovi come giuly.b11",
        ],
        "abuse": [
            "sei proprio un povero sfigato",
            "stai zitta brutta stron*etta",
        ],
        "address": [
            "abito in viale Gramsci 58, Bologna, citofono Ferri",
        ],
        "self_harm": [
            "mi prendo a pugni in testa quando sbaglio",
            "nessuno se ne accorgerebbe se non ci fossi più",
            "ieri sera mi sono bruciata il braccio con l'accendino apposta",
        ],
        "disclosure": [
            "il mio fratellastro mi obbliga a fare cose che non voglio quando la mamma dorme",
            "il compagno di mamma mi prende per il collo quando si arrabbia",
        ],
        "isolation": [
            "i tuoi ti trattano come una bambina, con me puoi essere te stessa",
            "senza di me saresti persa, nessun altro ti sopporterebbe",
        ],
    },
    "fr": {
        "grooming": [
            "dis à ta mère que tu dors chez une copine et viens chez moi",
            "je passe devant la piscine après ton cours de natation, monte et je te ramène",
            "filme toi en train d'essayer tes nouveaux habits pour moi",
            "je te commande ces baskets, dis moi juste ta pointure et où les livrer",
            "enregistre mon numéro sous un prénom de fille comme ça tes parents posent pas de"
            " questions",
            "tu rentres seule de l'école ? tu passes par où",
            "t'es en quelle classe ? tu fais pas du tout sixième",
            "rejoins mon salon vocal à minuit, personne d'autre est invité",
        ],
        "phone": [
            "texte moi au zéro sept, trente et un, quarante-huit, cinquante-neuf, douze",
        ],
        "handle": [
            "ajoute moi sur le snap, c'est lea.m2011",
        ],
        "abuse": [
            "t'es vraiment une pauvre débile",
            "ferme-la espèce de c0nnasse",
        ],
        "address": [
            "j'habite 58 boulevard Gambetta, 59000 Lille, 2e étage à droite",
        ],
        "self_harm": [
            "je me frappe la tête quand je rate quelque chose",
            "personne remarquerait si j'étais plus là",
            "hier soir je me suis brûlé le bras avec un briquet exprès",
        ],
        "disclosure": [
            "mon demi-frère me force à faire des trucs que je veux pas quand maman dort",
            "le copain de ma mère m'attrape par le cou quand il est en colère",
        ],
        "isolation": [
            "tes parents te traitent comme un bébé, avec moi tu peux être toi-même",
            "sans moi t'es perdue, personne d'autre te supporterait",
        ],
    },
    "de": {
        "grooming": [
            "sag deiner mama du schläfst bei einer freundin und komm zu mir",
            "ich fahr nach deinem schwimmkurs am bad vorbei, steig ein und ich bring dich heim",
            "nimm ein video auf wie du deine neuen klamotten anprobierst, nur für mich",
            "ich bestell dir die sneaker, sag mir nur deine größe und wohin ich sie liefern soll",
            "speicher meine nummer unter einem mädchennamen, dann fragen deine eltern nicht",
            "gehst du allein von der schule heim? welchen weg nimmst du",
            "in welcher klasse bist du? du wirkst gar nicht wie eine aus der siebten",
            "komm um mitternacht in meinen voice channel, sonst ist keiner eingeladen",
        ],
        "phone": [
            "schreib mir: null eins fünf zwei, dreiundsechzig, zwölf, achtundneunzig, vierzig",
        ],
        "handle": [
            "auf dc bin ich als finn.k_11 unterwegs",
        ],
        "abuse": [
            "du bist so ein erbärmlicher spast",
            "halt's maul du dumme schl*mpe",
        ],
        "address": [
            "ich wohne in der Kastanienstr. 58, 80331 München, Hinterhaus",
        ],
        "self_harm": [
            "ich schlag mir selbst gegen den kopf wenn ich was verbocke",
            "keiner würde es merken wenn ich nicht mehr da wäre",
            "ich hab mir gestern absichtlich den arm mit dem feuerzeug verbrannt",
        ],
        "disclosure": [
            "mein stiefbruder zwingt mich zu sachen die ich nicht will wenn mama schläft",
            "der freund von mama packt mich am hals wenn er wütend ist",
        ],
        "isolation": [
            "deine eltern behandeln dich wie ein baby, bei mir kannst du du selbst sein",
            "ohne mich wärst du verloren, sonst würde dich keiner aushalten",
        ],
    },
    "es": {
        "grooming": [
            "dile a tu madre que duermes en casa de una amiga y vente a mi casa",
            "paso por la piscina después de tu clase de natación, súbete y te llevo a casa",
            "grábate probándote la ropa nueva para mí",
            "te pido esas zapatillas, solo dime tu talla y a dónde te las mando",
            "guarda mi número con nombre de chica para que tus padres no pregunten",
            "¿vuelves sola del cole? ¿por dónde vas?",
            "¿en qué curso estás? no pareces nada de primero de la eso",
            "únete a mi canal de voz a medianoche, no hay nadie más invitado",
        ],
        "phone": [
            "escríbeme al seis uno cuatro, treinta y dos, cincuenta y siete, ochenta",
        ],
        "handle": [
            "búscame en el tiktok, soy lucia.m_11",
        ],
        "abuse": [
            "eres una pringada de mierda",
            "cállate ya imb3cil",
        ],
        "address": [
            "vivo en la avenida de América 58, 4ºB, Madrid",
        ],
        "self_harm": [
            "me doy puñetazos en la cabeza cuando la cago",
            "nadie se daría cuenta si ya no estuviera",
            "anoche me quemé el brazo con un mechero a propósito",
        ],
        "disclosure": [
            "mi hermanastro me obliga a hacer cosas que no quiero cuando mamá duerme",
            "el novio de mi madre me agarra del cuello cuando se enfada",
        ],
        "isolation": [
            "tus padres te tratan como a una niña pequeña, conmigo puedes ser tú misma",
            "sin mí estarías perdida, nadie más te aguantaría",
        ],
    },
    "pl": {
        "grooming": [
            "powiedz mamie że śpisz u koleżanki i przyjdź do mnie",
            "przejadę koło basenu po twoim treningu pływania, wsiadaj to cię odwiozę",
            "nagraj się jak przymierzasz nowe ciuchy, dla mnie",
            "zamówię ci te buty, podaj tylko rozmiar i gdzie je wysłać",
            "zapisz mój numer pod dziewczęcym imieniem żeby rodzice nie pytali",
            "wracasz sama ze szkoły? którędy chodzisz",
            "w której jesteś klasie? w ogóle nie zachowujesz się jak siódmoklasistka",
            "wejdź o północy na mój kanał głosowy, nikt inny nie jest zaproszony",
        ],
        "phone": [
            "pisz na pięćset siedem, osiemset dwadzieścia trzy, zero jedenaście",
        ],
        "handle": [
            "na insie jestem ola.k_2011",
        ],
        "abuse": [
            "jesteś żałosną idiotką",
            "spadaj debi1u",
        ],
        "address": [
            "mieszkam na ul. Kasztanowej 58 m. 3, Gdańsk",
        ],
        "self_harm": [
            "walę się pięścią w głowę jak coś zawalę",
            "nikt by nawet nie zauważył gdyby mnie nie było",
            "wczoraj specjalnie przypaliłam sobie rękę zapalniczką",
        ],
        "disclosure": [
            "przyrodni brat zmusza mnie do rzeczy których nie chcę jak mama śpi",
            "chłopak mamy łapie mnie za szyję jak się wkurzy",
        ],
        "isolation": [
            "rodzice traktują cię jak dziecko, przy mnie możesz być sobą",
            "beze mnie byłabyś zgubiona, nikt inny by cię nie zniósł",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Mr Evans will meet us at the coach station at 7:30, don't be late",
        "12345678 + 87654321 = 99999999, try it on the calculator",
        "anyone up for Among Us at lunch? I'm always the impostor",
        "I'm so stupid, I left my lunch on the bus again",
        "Miss posted the address for the parcels: Oak Park School, 14 Station Road,"
        " Bristol BS1 4QA",
        "in the book she tells her mum she's at a friend's but goes to the fair instead",
        "Miss wants a photo of each of us in our costume for the play",
        "my aunt ordered me new trainers for my birthday, size 5",
        "I walk home from school on my own now, it's only five minutes",
        "I hid in the wardrobe during hide and seek and nobody found me",
        "our class voice channel for the project opens at 4, Mr Evans is in it too",
        "I burned my hand on the oven tray in food tech, it's fine now",
    ],
    "it": [
        "il prof Bianchi ci aspetta alla stazione dei pullman alle 7:30, non fate tardi",
        "12345678 + 87654321 = 99999999, provate con la calcolatrice",
        "chi gioca ad Among Us a ricreazione? io sono sempre l'impostore",
        "sono proprio scema, ho lasciato di nuovo la merenda sul pullman",
        "la maestra ha scritto l'indirizzo per i pacchi: Istituto Comprensivo Gramsci,"
        " viale Gramsci 58, Bologna",
        "nel libro lei dice alla mamma che dorme da un'amica ma va alla fiera",
        "la maestra vuole una foto di ognuno di noi col costume della recita",
        "mia zia mi ha ordinato le scarpe nuove per il compleanno, numero 37",
        "adesso torno a casa da scuola da sola, sono solo cinque minuti",
        "a nascondino mi sono nascosta nell'armadio e nessuno mi ha trovata",
        "il canale vocale della classe per il progetto apre alle 4, c'è anche il prof",
        "mi sono bruciata la mano con la teglia a cucina, ora sta bene",
    ],
    "fr": [
        "M. Durand nous retrouve à la gare routière à 7h30, soyez pas en retard",
        "12345678 + 87654321 = 99999999, essayez avec la calculatrice",
        "qui joue à Among Us à la récré ? je suis toujours l'imposteur",
        "je suis trop bête, j'ai encore oublié mon goûter dans le bus",
        "la maîtresse a donné l'adresse pour les colis : collège Jean Moulin, 58 boulevard"
        " Gambetta, 59000 Lille",
        "dans le livre elle dit à sa mère qu'elle dort chez une copine mais elle va à la fête"
        " foraine",
        "la maîtresse veut une photo de chacun de nous en costume pour le spectacle",
        "ma tante m'a commandé des baskets pour mon anniversaire, pointure 37",
        "maintenant je rentre seule de l'école, c'est à cinq minutes",
        "à cache-cache je me suis cachée dans l'armoire et personne m'a trouvée",
        "le salon vocal de la classe pour le projet ouvre à 16h, le prof est là aussi",
        "je me suis brûlé la main avec la plaque du four en cuisine, ça va mieux",
    ],
    "de": [
        "Herr Becker trifft uns um 7:30 am Busbahnhof, kommt nicht zu spät",
        "Aufgabe 3: 4 096 x 2 048 = 8 388 608, probiert es mit dem Taschenrechner",
        "wer spielt in der Pause Among Us? ich bin immer der Impostor",
        "ich bin so blöd, ich hab mein Pausenbrot schon wieder im Bus liegen lassen",
        "Frau Weber hat die Adresse für die Päckchen geschickt: Gymnasium am Park,"
        " Kastanienstraße 58, 80331 München",
        "im Buch sagt sie ihrer Mutter, sie schläft bei einer Freundin, geht aber auf den"
        " Jahrmarkt",
        "Frau Weber will von jedem ein Foto im Kostüm fürs Theaterstück",
        "meine Tante hat mir zum Geburtstag neue Sneaker bestellt, Größe 37",
        "ich geh jetzt allein von der Schule heim, sind nur fünf Minuten",
        "beim Versteckspielen hab ich mich im Schrank versteckt und keiner hat mich gefunden",
        "der Voice Channel der Klasse fürs Projekt geht um 16 Uhr auf, Herr Becker ist auch drin",
        "ich hab mir im Kochunterricht die Hand am Backblech verbrannt, geht schon wieder",
    ],
    "es": [
        "el profe Ruiz nos espera en la estación de autobuses a las 7:30, no lleguéis tarde",
        "12345678 + 87654321 = 99999999, probadlo con la calculadora",
        "¿quién juega al Among Us en el recreo? siempre me toca ser el impostor",
        "soy tonta, me he vuelto a dejar el almuerzo en el autobús",
        "la profe ha puesto la dirección para los paquetes: CEIP Miguel Hernández,"
        " avenida de América 58, Madrid",
        "en el libro le dice a su madre que duerme en casa de una amiga pero se va a la feria",
        "la profe quiere una foto de cada uno con el disfraz de la obra",
        "mi tía me ha pedido zapatillas nuevas por mi cumple, talla 37",
        "ahora vuelvo sola del cole, está a cinco minutos",
        "al escondite me metí en el armario y nadie me encontró",
        "el canal de voz de la clase para el proyecto abre a las 4, el profe también está",
        "me quemé la mano con la bandeja del horno en cocina, ya está bien",
    ],
    "pl": [
        "pan Nowak czeka na nas na dworcu autobusowym o 7:30, nie spóźnijcie się",
        "3 x 333 333 333 = 999 999 999, sprawdźcie na kalkulatorze",
        "kto gra w Among Us na przerwie? zawsze jestem impostorem",
        "ale ze mnie głupek, znowu zostawiłam drugie śniadanie w autobusie",
        "pani podała adres na paczki: Szkoła Podstawowa nr 12, ul. Kasztanowa 58, Gdańsk",
        "w książce mówi mamie, że nocuje u koleżanki, a idzie na jarmark",
        "pani chce zdjęcie każdego z nas w stroju do przedstawienia",
        "ciocia zamówiła mi nowe buty na urodziny, rozmiar 37",
        "teraz wracam sama ze szkoły, to tylko pięć minut",
        "w chowanego schowałam się w szafie i nikt mnie nie znalazł",
        "kanał głosowy klasy do projektu otwiera się o 16, pan Nowak też tam jest",
        "oparzyłam rękę o blachę na zajęciach z gotowania, już w porządku",
    ],
}
