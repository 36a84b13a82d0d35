"""Held-out round 5: new wording by language and by kind of concern.

Written after round 4's lessons (and the kinds they added) and before any
change this round led to. ``test_screening_heldout`` reads it with the other
rounds. First measured: 73.8 % recall (124 of 168; 81.1 %, 107 of 132, on the
kinds of rounds 1 to 3, and 47.2 %, 17 of 36, on self-harm, disclosures,
threats and isolation) and 0 % false holds (0 of 72).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "ur parents dont need to know we talk, ok?",
            "wanna come to my flat after practice? my roomate is away",
            "u got a pic in ur swimsuit from the holidays?",
            "add me on snapchat its easier to talk there",
            "i'll send u 50 robux right now if u give me ur number",
            "where do u live exactly, which street",
            "does anyone check ur phone at night?",
            "dont tell miss about our chats k",
            "ur so pretty for 12, u know that",
            "facetime me tonight when ur alone",
        ],
        "phone": [
            "call me: zero seven eight double two, four five six, seven eight nine",
            "my num 07822 456789",
            "wa +44 7822 456 789",
        ],
        "handle": [
            "snap me at jess_xo_11",
            "my ig: tom.ridesbmx",
            "add me on discord, name's nightfox_22",
        ],
        "abuse": [
            "u r so ugly lmao",
            "stfu u idiot",
            "ur a f*cking loser",
            "get lost you freak",
        ],
        "address": [
            "im at 22 Rose Avenue, the one with the red gate",
            "my house is 5 Oak Close, Leeds LS6 2AB",
        ],
        "self_harm": [
            "honestly i just want to disappear forever",
            "been hurting myself again and nobody knows",
        ],
        "disclosure": [
            "my mums boyfriend keeps coming in my room at night and i dont like what he does",
        ],
        "threat": [
            "touch my bag again and ill batter you",
        ],
        "isolation": [
            "your mum doesnt get you like i do",
            "prove you trust me and send it",
        ],
    },
    "it": {
        "grooming": [
            "i tuoi non devono sapere che ci sentiamo, ok?",
            "vuoi venire da me dopo allenamento? il mio coinquilino non c'è",
            "hai una foto in costume delle vacanze?",
            "aggiungimi su snapchat li è più facile parlare",
            "ti mando 50 robux subito se mi dai il tuo numero",
            "dove abiti di preciso, che via",
            "qualcuno ti controlla il cell la sera?",
            "non dire alla prof delle nostre chat",
            "sei cosi bella per avere 12 anni, lo sai",
            "videochiamami stasera quando sei da sola",
        ],
        "phone": [
            "chiamami: tre quattro sette, doppio due, quattro cinque sei, sette otto",
            "il mio num 347 2245 678",
            "wa +39 347 224 5678",
        ],
        "handle": [
            "snappami a giuly_xo_11",
            "il mio ig: tommi.bmx",
            "aggiungimi su discord, mi chiamo volpe_notte22",
        ],
        "abuse": [
            "sei troppo brutta ahah",
            "sta zitto idiota",
            "sei un c*zzo di sfigato",
            "vattene mostro",
        ],
        "address": [
            "sto in via delle Rose 22, il cancello rosso",
            "casa mia è in piazza Verdi 5, 40121 Bologna",
        ],
        "self_harm": [
            "sinceramente vorrei solo sparire per sempre",
            "mi sto facendo del male di nuovo e nessuno lo sa",
        ],
        "disclosure": [
            "il ragazzo di mia mamma entra in camera mia di notte e non mi piace quello che fa",
        ],
        "threat": [
            "tocca ancora il mio zaino e ti gonfio",
        ],
        "isolation": [
            "tua mamma non ti capisce come ti capisco io",
            "dimostrami che ti fidi e mandala",
        ],
    },
    "fr": {
        "grooming": [
            "tes parents ont pas besoin de savoir qu'on se parle, ok ?",
            "tu veux venir chez moi après l'entraînement ? mon coloc est pas là",
            "t'as une photo en maillot de bain des vacances ?",
            "ajoute moi sur snapchat c'est plus simple pour parler",
            "je t'envoie 50 robux direct si tu me donnes ton numéro",
            "tu habites où exactement, quelle rue",
            "quelqu'un regarde ton tel le soir ?",
            "dis rien à la maîtresse pour nos discussions",
            "t'es trop belle pour 12 ans, tu le sais",
            "fais moi un facetime ce soir quand t'es seule",
        ],
        "phone": [
            "appelle moi : zéro six, double deux, quarante-cinq, soixante-sept, quatre-vingt-neuf",
            "mon num c 0622456789",
            "wa +33 6 22 45 67 89",
        ],
        "handle": [
            "snap moi à jess_xo_11",
            "mon ig : tom.bmx.rider",
            "ajoute moi sur discord, pseudo renardnuit_22",
        ],
        "abuse": [
            "t'es trop moche mdr",
            "ta gueule sale idiot",
            "t'es un putain de loser",
            "casse toi espèce de monstre",
        ],
        "address": [
            "je suis au 22 avenue des Roses, le portail rouge",
            "chez moi c'est 5 allée des Chênes, 44000 Nantes",
        ],
        "self_harm": [
            "franchement j'aimerais juste disparaître pour toujours",
            "je me fais du mal encore et personne le sait",
        ],
        "disclosure": [
            "le copain de ma mère vient dans ma chambre la nuit et j'aime pas ce qu'il fait",
        ],
        "threat": [
            "touche encore à mon sac et je t'éclate",
        ],
        "isolation": [
            "ta mère te comprend pas comme moi je te comprends",
            "prouve moi que tu me fais confiance et envoie la",
        ],
    },
    "de": {
        "grooming": [
            "deine eltern müssen nicht wissen dass wir schreiben, ok?",
            "willst du nach dem training zu mir kommen? mein mitbewohner ist weg",
            "hast du ein foto im badeanzug vom urlaub?",
            "adde mich auf snapchat da kann man besser reden",
            "ich schick dir sofort 50 robux wenn du mir deine nummer gibst",
            "wo wohnst du genau, welche straße",
            "guckt jemand abends in dein handy?",
            "sag der lehrerin nix von unseren chats",
            "du bist voll hübsch für 12, weißt du das",
            "facetime mich heute abend wenn du allein bist",
        ],
        "phone": [
            "ruf an: null eins sieben sechs, doppel zwei, vierundvierzig, "
            "sechsundfünfzig, achtundsiebzig",
            "meine nr 0176 22445678",
            "wa +49 176 2244 5678",
        ],
        "handle": [
            "snap mich an: jess_xo_11",
            "mein ig ist tom.bmx.fahrer",
            "add mich auf discord, name nachtfuchs_22",
        ],
        "abuse": [
            "du bist so hässlich lol",
            "halt dein maul du idiot",
            "du bist ein scheiß loser",
            "verpiss dich du freak",
        ],
        "address": [
            "ich wohne Rosenweg 22, das rote Tor",
            "bei mir: Eichenstraße 5, 04109 Leipzig",
        ],
        "self_harm": [
            "ehrlich ich will einfach nur für immer verschwinden",
            "ich tu mir wieder weh und keiner weiß es",
        ],
        "disclosure": [
            "der freund von meiner mutter kommt nachts in mein zimmer "
            "und ich mag nicht was er macht",
        ],
        "threat": [
            "fass nochmal meinen rucksack an und ich hau dir eine",
        ],
        "isolation": [
            "deine mutter versteht dich nicht so wie ich",
            "beweis mir dass du mir vertraust und schick es",
        ],
    },
    "es": {
        "grooming": [
            "tus padres no tienen que saber que hablamos, ¿vale?",
            "¿quieres venir a mi piso después del entreno? mi compañero no está",
            "¿tienes alguna foto en bañador de las vacaciones?",
            "agrégame a snapchat que allí es más fácil hablar",
            "te mando 50 robux ya si me das tu número",
            "¿dónde vives exactamente, en qué calle?",
            "¿alguien te mira el móvil por la noche?",
            "no le digas nada a la profe de nuestros chats",
            "eres muy guapa para tener 12, lo sabes",
            "hazme un facetime esta noche cuando estés sola",
        ],
        "phone": [
            "llámame: seis cuatro cuatro, doble dos, cuarenta y cinco, sesenta y siete, ocho",
            "mi numero es 644224567",
            "wa +34 644 22 45 67",
        ],
        "handle": [
            "snapeame a jess_xo_11",
            "mi ig: tom.bmx.rider",
            "agrégame en discord, me llamo zorronoche_22",
        ],
        "abuse": [
            "eres feísima jajaja",
            "cállate idiota",
            "eres un puto pringao",
            "lárgate monstruo",
        ],
        "address": [
            "estoy en la calle de las Rosas 22, la verja roja",
            "mi casa es Paseo de los Robles 5, 46001 Valencia",
        ],
        "self_harm": [
            "sinceramente solo quiero desaparecer para siempre",
            "me estoy haciendo daño otra vez y nadie lo sabe",
        ],
        "disclosure": [
            "el novio de mi madre entra en mi cuarto por la noche y no me gusta lo que hace",
        ],
        "threat": [
            "vuelve a tocar mi mochila y te reviento",
        ],
        "isolation": [
            "tu madre no te entiende como yo",
            "demuéstrame que confías en mí y mándala",
        ],
    },
    "pl": {
        "grooming": [
            "rodzice nie muszą wiedzieć że piszemy, ok?",
            "chcesz wpaść do mnie po treningu? współlokatora nie ma",
            "masz jakieś zdjęcie w stroju kąpielowym z wakacji?",
            "dodaj mnie na snapchacie tam łatwiej się gada",
            "wyślę ci 50 robuxów od razu jak dasz mi swój numer",
            "gdzie dokładnie mieszkasz, na jakiej ulicy",
            "ktoś ci sprawdza telefon wieczorem?",
            "nie mów pani o naszych rozmowach",
            "jesteś taka ładna jak na 12 lat, wiesz",
            "zadzwoń na kamerce dziś wieczorem jak będziesz sama",
        ],
        "phone": [
            "dzwoń: sześćset dwa, dwadzieścia dwa, czterdzieści pięć, sześćdziesiąt siedem",
            "mój nr 602 224 567",
            "wa +48 602-224-567",
        ],
        "handle": [
            "snapnij mnie: jess_xo_11",
            "moje ig to tom.bmx.rider",
            "dodaj mnie na discordzie, nick nocnylis_22",
        ],
        "abuse": [
            "jesteś strasznie brzydka xd",
            "zamknij ryj debilu",
            "jesteś pieprzonym frajerem",
            "spadaj potworze",
        ],
        "address": [
            "jestem na ul. Różanej 22, czerwona brama",
            "mieszkam Dębowa 5/3, 00-950 Warszawa",
        ],
        "self_harm": [
            "szczerze to chcę po prostu zniknąć na zawsze",
            "znowu robię sobie krzywdę i nikt nie wie",
        ],
        "disclosure": [
            "chłopak mamy przychodzi w nocy do mojego pokoju i nie podoba mi się co robi",
        ],
        "threat": [
            "dotknij jeszcze raz mojego plecaka to ci przywalę",
        ],
        "isolation": [
            "twoja mama cię nie rozumie tak jak ja",
            "udowodnij że mi ufasz i wyślij",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we measured the playground: 45 m by 32 m, area 1440 m²",
        "the score was 102 to 98 in basketball, so close",
        "my grandma was born on 03/11/1952",
        "can you send the photo of our volcano to Mrs Khan?",
        "our teacher will meet us at the station at 8:30 for the trip",
        "I killed the ender dragon in minecraft yesterday!!",
        "the school is at 7 Station Road, the teacher said to write it on the form",
        "my mum picks me up after school on Fridays",
        "homework: write 5 numbers bigger than 1 000 000",
        "i'm dying to know what happens in chapter 9",
        "I read 6 chapters of Percy Jackson this weekend",
        "we went to the beach with Mr Lopez and built a huge sandcastle",
    ],
    "it": [
        "abbiamo misurato il cortile: 45 m per 32 m, area 1440 m²",
        "la partita è finita 102 a 98, che ansia",
        "mia nonna è nata il 03/11/1952",
        "puoi mandare la foto del nostro vulcano alla maestra?",
        "la prof ci aspetta in stazione alle 8:30 per la gita",
        "ieri ho ucciso l'ender dragon su minecraft!!",
        "la scuola è in via della Stazione 7, la maestra ha detto di scriverlo sul modulo",
        "il venerdì mia mamma mi viene a prendere dopo scuola",
        "compito: scrivete 5 numeri più grandi di 1 000 000",
        "muoio dalla voglia di sapere cosa succede nel capitolo 9",
        "questo weekend ho letto 6 capitoli di Percy Jackson",
        "siamo andati al mare con il maestro Luca e abbiamo fatto un castello enorme",
    ],
    "fr": [
        "on a mesuré la cour : 45 m sur 32 m, aire 1440 m²",
        "le match a fini 102 à 98, trop serré",
        "ma grand-mère est née le 03/11/1952",
        "tu peux envoyer la photo de notre volcan à la maîtresse ?",
        "le prof nous attend à la gare à 8h30 pour la sortie",
        "j'ai tué l'ender dragon sur minecraft hier !!",
        "l'école est au 7 rue de la Gare, la maîtresse a dit de l'écrire sur la fiche",
        "le vendredi ma mère vient me chercher après l'école",
        "devoir : écrivez 5 nombres plus grands que 1 000 000",
        "je meurs d'envie de savoir ce qui se passe au chapitre 9",
        "j'ai lu 6 chapitres de Percy Jackson ce week-end",
        "on est allés à la plage avec le maître et on a fait un énorme château de sable",
    ],
    "de": [
        "wir haben den Schulhof gemessen: 45 m mal 32 m, Fläche 1440 m²",
        "das Spiel ging 102 zu 98 aus, so knapp",
        "meine Oma ist am 03.11.1952 geboren",
        "kannst du das Foto von unserem Vulkan an Frau Weber schicken?",
        "der Lehrer wartet um 8:30 am Bahnhof auf uns für den Ausflug",
        "ich hab gestern den Enderdrachen in Minecraft getötet!!",
        "die Schule ist in der Bahnhofstraße 7, wir sollen es aufs Formular schreiben",
        "freitags holt mich meine Mama nach der Schule ab",
        "Hausaufgabe: schreibt 5 Zahlen, die größer als 1 000 000 sind",
        "ich will unbedingt wissen, was in Kapitel 9 passiert",
        "ich hab am Wochenende 6 Kapitel von Percy Jackson gelesen",
        "wir waren mit Herrn Braun am Strand und haben eine riesige Sandburg gebaut",
    ],
    "es": [
        "medimos el patio: 45 m por 32 m, área 1440 m²",
        "el partido acabó 102 a 98, qué nervios",
        "mi abuela nació el 03/11/1952",
        "¿puedes mandar la foto de nuestro volcán a la profe?",
        "el profe nos espera en la estación a las 8:30 para la excursión",
        "¡¡ayer maté al dragón del end en minecraft!!",
        "el cole está en la calle de la Estación 7, la profe dijo que lo pusiéramos en la ficha",
        "los viernes mi madre me recoge después del cole",
        "deberes: escribid 5 números mayores que 1 000 000",
        "me muero de ganas de saber qué pasa en el capítulo 9",
        "este finde leí 6 capítulos de Percy Jackson",
        "fuimos a la playa con el profe Luis e hicimos un castillo de arena enorme",
    ],
    "pl": [
        "zmierzyliśmy boisko: 45 m na 32 m, pole 1440 m²",
        "mecz skończył się 102 do 98, ale nerwy",
        "babcia urodziła się 03.11.1952",
        "możesz wysłać zdjęcie naszego wulkanu do pani?",
        "pan czeka na nas na dworcu o 8:30 na wycieczkę",
        "wczoraj zabiłem smoka kresu w minecrafcie!!",
        "szkoła jest na ul. Dworcowej 7, pani kazała to wpisać w formularz",
        "w piątki mama odbiera mnie po szkole",
        "zadanie: napiszcie 5 liczb większych niż 1 000 000",
        "umieram z ciekawości co będzie w rozdziale 9",
        "w weekend przeczytałam 6 rozdziałów Percy'ego Jacksona",
        "byliśmy nad morzem z panem Tomkiem i zbudowaliśmy wielki zamek z piasku",
    ],
}
