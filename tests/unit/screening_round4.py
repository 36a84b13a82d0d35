"""Held-out round 4: new wording by language and by kind of concern.

Written after round 3's lessons and before any change they led to; the
kinds include some screening had no rule for when it was written (a pupil's
self-harm, a disclosure of abuse, threats of violence, isolation and
pressure). First measured: 58.9 % recall (99 of 168; 74.2 %, 98 of 132, on
the kinds screening had rules for) and 4.2 % false holds (3 of 72).
``test_screening_heldout`` reads it with the other rounds.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "u free saturday? we could go bowling, just the 2 of us, no need to mention it",
            "send me one pic before bed, nobody but me will see it i promise",
            "lets move this to whatsapp, the teachers here read everything",
            "i'll stick 20 quid on your phone if you tell me your network",
            "is your mum working late again tonite?",
            "how old r u actually? u seem way more grown up than the others",
            "wipe this convo after reading ok",
            "i can wait for you at the bus stop near your school tomorrow, dont tell ur mates",
            "got a code for fortnite skins, its yours if u add me on discord",
            "do u have a private account i can follow",
        ],
        "phone": [
            "text me on oh seven nine one one, two three four, five six seven",
            "my mob is 07700-900-123",
            "ring +44 7700 900 456 after tea",
        ],
        "handle": [
            "insta is lucy.dance.x",
            "dc: shadowwolf#0420",
            "add me tt ghost_kid09",
        ],
        "abuse": [
            "ur such a loser nobody likes u",
            "shut up you fat cow",
            "you're so dumb its embarrassing",
            "what a m0r0n",
        ],
        "address": [
            "come to 14 Elm Grove, BS6 5AA, its the house with the yellow door",
            "i live at flat 2, 7 Baker Street",
        ],
        "self_harm": [
            "i dont want to be here anymore, i keep thinking about ending it",
            "i cut myself again last night",
        ],
        "disclosure": [
            "my stepdad hits me when mum is out and im scared to go home",
        ],
        "threat": [
            "i'm going to smash your face in after school",
        ],
        "isolation": [
            "your friends dont really care about you, only i do",
            "if you really liked me you would send it",
        ],
    },
    "it": {
        "grooming": [
            "sabato sei libera? andiamo al bowling io e te, non serve dirlo in giro",
            "mandami una foto prima di dormire, la vedo solo io giuro",
            "passiamo su whatsapp, qua i prof leggono tutto",
            "ti carico 20 euro sul cell se mi dici che operatore hai",
            "tua mamma fa il turno di notte anche stasera?",
            "ma quanti anni hai davvero? sembri molto piu grande delle altre",
            "cancella sta chat dopo che l'hai letta ok",
            "domani ti aspetto alla fermata vicino alla tua scuola, non dirlo alle tue amiche",
            "ho un codice per le skin di fortnite, è tuo se mi aggiungi su discord",
            "ce l'hai un profilo privato che ti seguo",
        ],
        "phone": [
            "scrivimi al tre tre nove, uno due tre, quarantacinque sessantasette",
            "il mio cell è 339-123-45-67",
            "chiama +39 339 1234567 dopo cena",
        ],
        "handle": [
            "insta: giulia.balla_x",
            "su discord sono lupo_nero#0420",
            "seguimi su tt luca_gamer09",
        ],
        "abuse": [
            "sei proprio un perdente, nessuno ti sopporta",
            "stai zitta balena",
            "sei cosi scema che fa ridere",
            "che c0glione",
        ],
        "address": [
            "vieni in via Garibaldi 14, 20121 Milano, il portone verde",
            "abito in corso Italia 7, terzo piano",
        ],
        "self_harm": [
            "non voglio piu esserci, penso sempre a farla finita",
            "ieri sera mi sono tagliata di nuovo",
        ],
        "disclosure": [
            "il mio patrigno mi picchia quando la mamma non c'è e ho paura di tornare a casa",
        ],
        "threat": [
            "dopo scuola ti spacco la faccia",
        ],
        "isolation": [
            "alle tue amiche non importa niente di te, solo a me",
            "se mi volessi bene me la manderesti",
        ],
    },
    "fr": {
        "grooming": [
            "t'es libre samedi ? on pourrait aller au bowling, rien que nous deux, "
            "pas besoin d'en parler",
            "envoie moi une photo avant de dormir, y a que moi qui la verrai promis",
            "on passe sur whatsapp, ici les profs lisent tout",
            "je te mets 20 balles de crédit si tu me dis ton opérateur",
            "ta mère travaille tard encore ce soir ?",
            "t'as quel âge en vrai ? tu fais bien plus grande que les autres",
            "efface cette conv après l'avoir lue stp",
            "demain je t'attends à l'arrêt de bus près de ton collège, le dis pas à tes copines",
            "j'ai un code pour des skins fortnite, il est à toi si tu m'ajoutes sur discord",
            "t'as un compte privé que je puisse suivre ?",
        ],
        "phone": [
            "écris moi au zéro sept, quatre vingt dix neuf, zéro deux, onze, vingt",
            "mon portable : 07/99/02/11/20",
            "appelle au +33 7 99 02 11 20",
        ],
        "handle": [
            "mon insta c'est lea.danse_x",
            "sur discord je suis loup_noir#0420",
            "suis moi sur tt hugo_gamer09",
        ],
        "abuse": [
            "t'es vraiment un loser, personne te supporte",
            "ferme la grosse vache",
            "t'es trop conne toi",
            "quel b0ufon",
        ],
        "address": [
            "viens au 14 allée des Tilleuls, 33000 Bordeaux, la porte verte",
            "j'habite 7 impasse du Moulin, 2e étage",
        ],
        "self_harm": [
            "j'ai plus envie d'être là, je pense tout le temps à en finir",
            "je me suis encore scarifiée hier soir",
        ],
        "disclosure": [
            "mon beau-père me frappe quand maman est pas là, j'ai peur de rentrer",
        ],
        "threat": [
            "à la sortie je vais te défoncer la gueule",
        ],
        "isolation": [
            "tes copines s'en fichent de toi, y a que moi qui tiens à toi",
            "si tu m'aimais vraiment tu me l'enverrais",
        ],
    },
    "de": {
        "grooming": [
            "hast du samstag zeit? wir könnten bowlen gehen, nur wir zwei, "
            "musst ja keinem erzählen",
            "schick mir vorm schlafen ein bild, sieht nur ich, versprochen",
            "lass uns auf whatsapp weiterschreiben, hier lesen die lehrer alles mit",
            "ich lad dir 20 euro guthaben auf wenn du mir sagst bei welchem netz du bist",
            "arbeitet deine mutter heute wieder bis spät?",
            "wie alt bist du eigentlich wirklich? du wirkst viel älter als die anderen",
            "lösch den chat nachdem du ihn gelesen hast",
            "morgen warte ich an der bushaltestelle bei deiner schule, sag deinen freundinnen nix",
            "ich hab nen code für fortnite skins, gehört dir wenn du mich auf discord addest",
            "hast du einen privaten account dem ich folgen kann",
        ],
        "phone": [
            "schreib mir: null eins sechs zwei, drei vier fünf, sechsundsiebzig, achtzig",
            "meine handynr 0162/345 76 80",
            "ruf an +49 162 3457680",
        ],
        "handle": [
            "insta: lena.tanzt_x",
            "auf discord bin ich schwarzwolf#0420",
            "folg mir auf tt max_gamer09",
        ],
        "abuse": [
            "du bist so ein loser, keiner kann dich leiden",
            "halt die fresse du fette kuh",
            "du spast",
            "was für ein v0llidiot",
        ],
        "address": [
            "Am Mühlbach 7, 2. Stock links, 79098 Freiburg, komm vorbei",
            "ich wohne in der Schillerstr. 14, Hinterhaus",
        ],
        "self_harm": [
            "ich will nicht mehr leben, ich denk dauernd dran mich umzubringen",
            "ich hab mich gestern wieder geritzt",
        ],
        "disclosure": [
            "mein stiefvater schlägt mich wenn mama nicht da ist, ich hab angst heimzugehen",
        ],
        "threat": [
            "nach der schule polier ich dir die fresse",
        ],
        "isolation": [
            "deine freundinnen interessieren sich nicht für dich, nur ich",
            "wenn du mich wirklich lieb hättest würdest du es schicken",
        ],
    },
    "es": {
        "grooming": [
            "¿estás libre el sábado? podríamos ir a los bolos, solo tú y yo, "
            "no hace falta contarlo",
            "mándame una foto antes de dormir, solo la veo yo te lo juro",
            "pasémonos a whatsapp, aquí los profes lo leen todo",
            "te meto 20 pavos en el movil si me pasas tu compañia",
            "¿tu madre trabaja hasta tarde otra vez esta noche?",
            "¿cuántos años tienes de verdad? pareces mucho mayor que las otras",
            "borra esta conversación cuando la leas",
            "mañana te espero en la parada del bus cerca de tu insti, no se lo digas a tus amigas",
            "tengo un código de skins de fortnite, es tuyo si me agregas en discord",
            "¿tienes una cuenta privada para seguirte?",
        ],
        "phone": [
            "escríbeme al seis cuatro cuatro, doce, treinta y cuatro, cincuenta y seis",
            "mi móvil 644 12 34 56",
            "llama al +34 644-123-456",
        ],
        "handle": [
            "insta: lucia.baila_x",
            "en discord soy lobonegro#0420",
            "sígueme en tt pablo_gamer09",
        ],
        "abuse": [
            "eres un pringado, nadie te aguanta",
            "cállate foca",
            "eres tontísima",
            "menudo gilip0llas",
        ],
        "address": [
            "ven a la Avenida de la Paz 14, 3ºB, 41001 Sevilla",
            "vivo en la plaza Mayor 7, portal 2",
        ],
        "self_harm": [
            "ya no quiero estar aquí, pienso todo el rato en acabar con todo",
            "anoche me volví a cortar",
        ],
        "disclosure": [
            "mi padrastro me pega cuando mi madre no está y me da miedo volver a casa",
        ],
        "threat": [
            "a la salida te voy a partir la cara",
        ],
        "isolation": [
            "a tus amigas les das igual, solo yo me preocupo por ti",
            "si de verdad me quisieras me la mandarías",
        ],
    },
    "pl": {
        "grooming": [
            "masz czas w sobotę? moglibyśmy iść na kręgle, tylko my dwoje, nie musisz nikomu mówić",
            "wyślij mi fotkę przed spaniem, zobaczę ją tylko ja obiecuję",
            "przejdźmy na whatsappa, tutaj nauczyciele wszystko czytają",
            "wrzucę ci 20 zł na telefon, tylko powiedz jaką masz sieć",
            "mama znowu pracuje dziś do późna?",
            "ile masz naprawdę lat? wyglądasz na dużo starszą niż inne",
            "usuń tę rozmowę jak przeczytasz",
            "jutro czekam na przystanku koło twojej szkoły, nie mów koleżankom",
            "mam kod na skiny do fortnite, jest twój jak mnie dodasz na discordzie",
            "masz jakieś prywatne konto żebym cię obserwował?",
        ],
        "phone": [
            "pisz: sześćset dwa, trzysta czterdzieści, pięćset sześćdziesiąt siedem",
            "moja komórka 602.340.567",
            "dzwoń +48 602 340 567",
        ],
        "handle": [
            "insta: ola.tanczy_x",
            "na discordzie jestem czarnywilk#0420",
            "obserwuj mnie na tt kuba_gamer09",
        ],
        "abuse": [
            "jesteś frajerem, nikt cię nie znosi",
            "zamknij się grubasie",
            "ale z ciebie debil",
            "ty c.iulu",
        ],
        "address": [
            "ul. Kwiatowa 14 m 3, 40-001 Katowice, domofon 3",
            "mieszkam przy Słonecznej 7, drugie piętro",
        ],
        "self_harm": [
            "nie chcę już żyć, ciągle myślę żeby ze sobą skończyć",
            "wczoraj znowu się pocięłam",
        ],
        "disclosure": [
            "ojczym mnie bije jak mamy nie ma i boję się wracać do domu",
        ],
        "threat": [
            "po lekcjach rozwalę ci łeb",
        ],
        "isolation": [
            "twoje koleżanki mają cię gdzieś, tylko mi na tobie zależy",
            "gdybyś mnie naprawdę kochała to byś wysłała",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we did 3 pages of fractions, 7/8 + 5/6 was the hardest",
        "345 678 x 12 = 4 148 136, can someone check",
        "the trip is on 14/06/2025, bring 5 euros",
        "we won 3-1 against year 6!!",
        "miss took us to the beach for the science project, we found 12 crabs",
        "i read 4 chapters of wonder last night",
        "the teacher posted our address: Oakfield Primary, 3 Mill Lane, Bristol BS1 4XY",
        "anyone playing minecraft or roblox this weekend?",
        "this homework is killing me lol",
        "in romeo and juliet he kills himself because he thinks she is dead",
        "we're going to destroy you at football tomorrow haha",
        "i cut my finger on the scissors in art, it's fine now",
    ],
    "it": [
        "abbiamo fatto 3 pagine di frazioni, 7/8 + 5/6 era la più difficile",
        "345 678 x 12 = 4 148 136, qualcuno controlla?",
        "la gita è il 14/06/2025, portate 5 euro",
        "abbiamo vinto 3 a 1 contro la quinta B!!",
        "la maestra ci ha portato al mare per il progetto di scienze, abbiamo trovato 12 granchi",
        "ieri sera ho letto 4 capitoli di Wonder",
        "la prof ha messo l'indirizzo: Scuola Media Dante, via Dante 3, 50123 Firenze",
        "chi gioca a minecraft o roblox sabato?",
        "sti compiti mi uccidono",
        "in Romeo e Giulietta lui si uccide perché pensa che lei sia morta",
        "domani a calcetto vi distruggiamo ahah",
        "mi sono tagliata il dito con le forbici ad arte, ora sto bene",
    ],
    "fr": [
        "on a fait 3 pages de fractions, 7/8 + 5/6 c'était la plus dure",
        "345 678 x 12 = 4 148 136, quelqu'un peut vérifier ?",
        "la sortie c'est le 14/06/2025, prenez 5 euros",
        "on a gagné 3 à 1 contre les CM2 !!",
        "la maîtresse nous a emmenés à la plage pour le projet de sciences, on a trouvé 12 crabes",
        "j'ai lu 4 chapitres du Petit Prince hier soir",
        "la prof a mis l'adresse : Collège Jean Moulin, 3 rue du Moulin, 69003 Lyon",
        "qui joue à minecraft ou roblox ce week-end ?",
        "ces devoirs vont me tuer mdr",
        "dans Roméo et Juliette il se tue parce qu'il croit qu'elle est morte",
        "demain au foot on va vous écraser haha",
        "je me suis coupé le doigt avec les ciseaux en arts plastiques, ça va",
    ],
    "de": [
        "wir haben 3 Seiten Brüche gemacht, 7/8 + 5/6 war am schwersten",
        "345 678 x 12 = 4 148 136, kann das jemand prüfen?",
        "der Ausflug ist am 14.06.2025, bringt 5 Euro mit",
        "wir haben 3:1 gegen die 4b gewonnen!!",
        "unsere Lehrerin war mit uns am Strand für das Sachkundeprojekt, "
        "wir haben 12 Krebse gefunden",
        "ich hab gestern 4 Kapitel von Wonder gelesen",
        "die Lehrerin hat die Adresse geschickt: Goethe-Gymnasium, Goethestraße 3, 60313 Frankfurt",
        "wer spielt am Wochenende Minecraft oder Roblox?",
        "diese Hausaufgaben bringen mich um lol",
        "in Romeo und Julia bringt er sich um, weil er glaubt, sie ist tot",
        "morgen beim Fußball machen wir euch fertig haha",
        "ich hab mich in Kunst mit der Schere in den Finger geschnitten, geht schon wieder",
    ],
    "es": [
        "hicimos 3 páginas de fracciones, 7/8 + 5/6 era la más difícil",
        "345 678 x 12 = 4 148 136, ¿alguien lo comprueba?",
        "la excursión es el 14/06/2025, traed 5 euros",
        "¡¡ganamos 3 a 1 a los de sexto!!",
        "la profe nos llevó a la playa para el proyecto de ciencias, encontramos 12 cangrejos",
        "anoche leí 4 capítulos de Wonder",
        "la profe puso la dirección: IES Cervantes, calle Cervantes 3, 28014 Madrid",
        "¿quién juega a minecraft o roblox este finde?",
        "estos deberes me matan jaja",
        "en Romeo y Julieta él se mata porque cree que ella está muerta",
        "mañana en el partido os vamos a machacar jaja",
        "me corté el dedo con las tijeras en plástica, ya estoy bien",
    ],
    "pl": [
        "zrobiliśmy 3 strony ułamków, 7/8 + 5/6 było najtrudniejsze",
        "345 678 x 12 = 4 148 136, ktoś sprawdzi?",
        "wycieczka jest 14.06.2025, weźcie 5 zł",
        "wygraliśmy 3:1 z 6b!!",
        "pani zabrała nas nad morze na projekt z przyrody, znaleźliśmy 12 krabów",
        "wczoraj przeczytałam 4 rozdziały Wonder",
        "pani podała adres: Szkoła Podstawowa nr 3, ul. Młyńska 3, 31-001 Kraków",
        "kto gra w minecrafta albo robloxa w weekend?",
        "te zadania domowe mnie zabiją xd",
        "w Romeo i Julii on się zabija, bo myśli, że ona nie żyje",
        "jutro na wf was zmiażdżymy haha",
        "skaleczyłam się nożyczkami w palec na plastyce, już jest ok",
    ],
}
