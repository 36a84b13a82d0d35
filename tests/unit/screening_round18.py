"""Held-out round 18: new wording by language and kind.

Written after round 17's lessons and before any change this round led to
("you're my favourite", a bus paid for, shorts, a wife who wouldn't
understand, behind the sports hall, a monitored site; not deserving food;
someone at a grandparent's house; a brother sent to beat someone up).
``test_screening_heldout`` reads it with the other rounds. First measured:
57.9 % recall (66 of 114: grooming 20/36, phones 12/12, handles 12/12, abuse
10/18, addresses 6/6, self-harm 0/12, disclosures 1/6, threats 1/6, isolation 4/6)
and 1.7 % false holds (1 of 60: "the bus costs 2 pounds, I'll pay for mine").
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "you're my favourite, i think about you all the time, does your mum know we chat?",
            "i'll pay for ur bus to come see me saturday",
            "could u take a pic of ur legs in those shorts",
            "my wife wouldnt understand us, keep this between us",
            "come to the back of the sports hall at lunch, alone",
            "what's ur kik? this site is monitored",
        ],
        "phone": [
            "seven seven double oh nine double oh three four five",
            "0 7 7 0 0 . 9 0 0 . 3 4 5",
        ],
        "handle": [
            "yt channel: ruby_makes_art_12",
            "wa is the same as my number lol, dc is ruby#3341",
        ],
        "abuse": [
            "you thick muppet",
            "ur so annoying i could punch u",
            "what a sad little loser",
        ],
        "address": [
            "come to flat 7, 3 Park View, Leeds LS6 1AA",
        ],
        "self_harm": [
            "i've stopped eating, i don't deserve food",
            "i just want everything to end",
        ],
        "disclosure": [
            "someone at my gran's house touched me in a way i didn't like",
        ],
        "threat": [
            "i'm going to get my brother to beat you up",
        ],
        "isolation": [
            "i'm the only one who really gets you, forget the others",
        ],
    },
    "it": {
        "grooming": [
            "sei la mia preferita, ti penso sempre, tua mamma sa che ci sentiamo?",
            "ti pago io l'autobus per venire da me sabato",
            "potresti fare una foto alle tue gambe con quei pantaloncini",
            "mia moglie non capirebbe, che resti tra noi",
            "vieni dietro la palestra a pranzo, da sola",
            "qual è il tuo kik? questo sito è controllato",
        ],
        "phone": [
            "tre quattro sette doppio zero nove doppio zero tre quattro cinque",
            "3 4 7 . 0 0 9 . 0 0 3 4 5",
        ],
        "handle": [
            "canale yt: ruby_fa_arte_12",
            "wa è il mio numero ahah, dc è ruby#3341",
        ],
        "abuse": [
            "sei un pirla",
            "sei così irritante che ti tirerei un pugno",
            "che sfigato triste",
        ],
        "address": [
            "vieni in via Parco 3, interno 7, 10121 Torino",
        ],
        "self_harm": [
            "ho smesso di mangiare, non mi merito il cibo",
            "voglio solo che finisca tutto",
        ],
        "disclosure": [
            "qualcuno a casa di mia nonna mi ha toccata in un modo che non mi è piaciuto",
        ],
        "threat": [
            "faccio venire mio fratello a picchiarti",
        ],
        "isolation": [
            "solo io ti capisco davvero, lascia perdere gli altri",
        ],
    },
    "fr": {
        "grooming": [
            "t'es ma préférée, je pense à toi tout le temps, ta mère sait qu'on se parle ?",
            "je te paie le bus pour venir me voir samedi",
            "tu pourrais prendre une photo de tes jambes avec ce short",
            "ma femme comprendrait pas, que ça reste entre nous",
            "viens derrière le gymnase à midi, seule",
            "c'est quoi ton kik ? ce site est surveillé",
        ],
        "phone": [
            "zéro six, double sept, zéro zéro, quatre-vingt-dix, trente-quatre",
            "0 6 . 7 7 . 0 0 . 9 0 . 3 4",
        ],
        "handle": [
            "chaîne yt : ruby_fait_de_l_art_12",
            "wa c'est mon numéro mdr, dc c'est ruby#3341",
        ],
        "abuse": [
            "espèce de boulet",
            "t'es tellement chiante que je pourrais te frapper",
            "quel pauvre nul",
        ],
        "address": [
            "viens au 3 rue du Parc, appartement 7, 69006 Lyon",
        ],
        "self_harm": [
            "j'ai arrêté de manger, je mérite pas de manger",
            "je veux juste que tout s'arrête",
        ],
        "disclosure": [
            "quelqu'un chez ma mamie m'a touchée d'une façon que j'ai pas aimé",
        ],
        "threat": [
            "je vais demander à mon frère de te tabasser",
        ],
        "isolation": [
            "y a que moi qui te comprends vraiment, oublie les autres",
        ],
    },
    "de": {
        "grooming": [
            "du bist meine lieblingsperson, ich denk ständig an dich, weiß deine mama dass wir "
            "schreiben?",
            "ich zahl dir den bus damit du samstag zu mir kommst",
            "kannst du ein foto von deinen beinen in den shorts machen",
            "meine frau würde das nicht verstehen, das bleibt unter uns",
            "komm mittags allein hinter die turnhalle",
            "was ist dein kik? die seite hier wird überwacht",
        ],
        "phone": [
            "null eins sieben sieben, doppel null, neun null null, drei vier fünf",
            "0 1 7 7 . 0 0 9 . 0 0 3 4 5",
        ],
        "handle": [
            "yt kanal: ruby_macht_kunst_12",
            "wa ist meine nummer lol, dc ist ruby#3341",
        ],
        "abuse": [
            "du dummer lappen",
            "du nervst so, ich könnte dir eine reinhauen",
            "was für ein trauriger versager",
        ],
        "address": [
            "komm zu Parkblick 3, Wohnung 7, 50667 Köln",
        ],
        "self_harm": [
            "ich hab aufgehört zu essen, ich verdiene kein essen",
            "ich will einfach dass alles aufhört",
        ],
        "disclosure": [
            "jemand bei meiner oma hat mich so angefasst wie ich es nicht wollte",
        ],
        "threat": [
            "ich hol meinen bruder, der verprügelt dich",
        ],
        "isolation": [
            "nur ich verstehe dich wirklich, vergiss die anderen",
        ],
    },
    "es": {
        "grooming": [
            "eres mi favorita, pienso en ti todo el rato, ¿tu madre sabe que hablamos?",
            "te pago el bus para que vengas a verme el sábado",
            "podrías hacerte una foto de las piernas con esos shorts",
            "mi mujer no lo entendería, que quede entre nosotros",
            "ven detrás del gimnasio a la hora de comer, sola",
            "¿cuál es tu kik? esta web la vigilan",
        ],
        "phone": [
            "seis seis cero, doble cero, novecientos, treinta y cuatro, cincuenta",
            "6 6 0 . 0 9 0 . 0 3 4",
        ],
        "handle": [
            "canal de yt: ruby_hace_arte_12",
            "wa es mi número jaja, dc es ruby#3341",
        ],
        "abuse": [
            "eres un merluzo",
            "eres tan pesada que te daría un puñetazo",
            "qué perdedor más triste",
        ],
        "address": [
            "ven a la calle del Parque 3, piso 7, 41001 Sevilla",
        ],
        "self_harm": [
            "he dejado de comer, no me merezco la comida",
            "solo quiero que todo se acabe",
        ],
        "disclosure": [
            "alguien en casa de mi abuela me tocó de una forma que no me gustó",
        ],
        "threat": [
            "voy a traer a mi hermano para que te pegue",
        ],
        "isolation": [
            "solo yo te entiendo de verdad, olvídate de los demás",
        ],
    },
    "pl": {
        "grooming": [
            "jesteś moją ulubienicą, ciągle o tobie myślę, mama wie że piszemy?",
            "zapłacę ci za autobus żebyś przyjechała do mnie w sobotę",
            "możesz zrobić zdjęcie nóg w tych szortach",
            "żona by tego nie zrozumiała, niech to zostanie między nami",
            "przyjdź w przerwie obiadowej za salę gimnastyczną, sama",
            "jaki masz kik? ta strona jest monitorowana",
        ],
        "phone": [
            "sześćset dwa, podwójne zero, dziewięćset, trzydzieści cztery",
            "6 0 2 . 0 0 9 . 0 0 3",
        ],
        "handle": [
            "kanał yt: ruby_robi_sztuke_12",
            "wa to mój numer xd, dc to ruby#3341",
        ],
        "abuse": [
            "ty tępy baranie",
            "jesteś tak wkurzająca że bym ci przywalił",
            "co za żałosny frajer",
        ],
        "address": [
            "przyjdź na ul. Parkową 3 m. 7, 30-001 Kraków",
        ],
        "self_harm": [
            "przestałam jeść, nie zasługuję na jedzenie",
            "chcę tylko żeby wszystko się skończyło",
        ],
        "disclosure": [
            "ktoś u babci dotykał mnie w sposób który mi się nie podobał",
        ],
        "threat": [
            "przyprowadzę brata żeby cię pobił",
        ],
        "isolation": [
            "tylko ja cię naprawdę rozumiem, zapomnij o innych",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Miss is my favourite teacher, she thinks about everyone",
        "the bus to the museum costs 2 pounds, I'll pay for mine",
        "we wore shorts for sports day, it was so hot",
        "my mum's friend is a nurse at the hospital",
        "meet at the back of the sports hall for the fire drill, Mr Ali said",
        "this site is monitored by the teachers, be kind",
        "my gran makes the best soup",
        "I stopped eating sweets for lent",
        "everything ends in the last chapter, so sad",
        "my brother beat me at chess again",
    ],
    "it": [
        "la maestra è la mia preferita, pensa sempre a tutti",
        "il bus per il museo costa 2 euro, io pago il mio",
        "per la festa dello sport avevamo i pantaloncini, faceva caldissimo",
        "l'amica di mia mamma fa l'infermiera in ospedale",
        "ritrovo dietro la palestra per la prova antincendio, ha detto il prof",
        "questo sito è controllato dai prof, siate gentili",
        "mia nonna fa la zuppa più buona",
        "ho smesso di mangiare dolci per la quaresima",
        "nell'ultimo capitolo finisce tutto, che tristezza",
        "mio fratello mi ha battuto ancora a scacchi",
    ],
    "fr": [
        "la maîtresse c'est ma préférée, elle pense à tout le monde",
        "le bus pour le musée coûte 2 euros, je paie le mien",
        "on avait des shorts pour la journée du sport, il faisait trop chaud",
        "l'amie de ma mère est infirmière à l'hôpital",
        "rendez-vous derrière le gymnase pour l'exercice incendie, a dit le prof",
        "ce site est surveillé par les profs, soyez gentils",
        "ma mamie fait la meilleure soupe",
        "j'ai arrêté de manger des bonbons pour le carême",
        "tout se termine au dernier chapitre, trop triste",
        "mon frère m'a encore battu aux échecs",
    ],
    "de": [
        "Frau Berg ist meine Lieblingslehrerin, sie denkt an alle",
        "der Bus zum Museum kostet 2 Euro, ich zahl meinen selbst",
        "beim Sportfest hatten wir Shorts an, es war so heiß",
        "die Freundin von meiner Mama ist Krankenschwester im Krankenhaus",
        "Treffpunkt hinter der Turnhalle für die Feuerübung, hat Herr Ali gesagt",
        "diese Seite wird von den Lehrern überwacht, seid nett",
        "meine Oma macht die beste Suppe",
        "ich hab in der Fastenzeit aufgehört Süßigkeiten zu essen",
        "im letzten Kapitel hört alles auf, so traurig",
        "mein Bruder hat mich wieder beim Schach geschlagen",
    ],
    "es": [
        "la profe es mi favorita, piensa en todos",
        "el bus al museo cuesta 2 euros, yo pago el mío",
        "en el día del deporte llevábamos shorts, hacía mucho calor",
        "la amiga de mi madre es enfermera en el hospital",
        "quedamos detrás del gimnasio para el simulacro de incendio, dijo el profe",
        "esta web la vigilan los profes, sed amables",
        "mi abuela hace la mejor sopa",
        "he dejado de comer chuches por cuaresma",
        "en el último capítulo se acaba todo, qué pena",
        "mi hermano me volvió a ganar al ajedrez",
    ],
    "pl": [
        "pani jest moją ulubioną nauczycielką, myśli o wszystkich",
        "autobus do muzeum kosztuje 2 zł, płacę za siebie",
        "na dzień sportu mieliśmy szorty, było bardzo gorąco",
        "koleżanka mamy jest pielęgniarką w szpitalu",
        "zbiórka za salą gimnastyczną na próbny alarm, powiedział pan",
        "ta strona jest monitorowana przez nauczycieli, bądźcie mili",
        "babcia robi najlepszą zupę",
        "przestałam jeść słodycze na post",
        "w ostatnim rozdziale wszystko się kończy, smutne",
        "brat znowu ograł mnie w szachy",
    ],
}
