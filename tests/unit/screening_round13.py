"""Held-out round 13: new wording by language and kind.

Written after round 12's lessons and before any change this round led to
(sneaking out, "not like the other adults", the money sent, a shut door, a
belt, "I'm coming for you", "too mature for your friends").
``test_screening_heldout`` reads it with the other rounds. First measured:
72.5 % recall (87 of 120: grooming 23/36, phones 12/12, handles 12/12, abuse
17/18, addresses 6/6, self-harm 9/12, disclosures 3/6, threats 5/6, isolation
0/12) and 0 % false holds (0 of 60).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "can u sneak out tonight? i'll be at the end of ur road",
            "what's ur bedroom like? send a vid",
            "i'm not like the other adults, u can trust me with anything",
            "don't say anything to ur mum about the money i sent",
            "let's video call, just make sure ur door is shut",
            "do u want a new phone? i can get u one, our secret",
        ],
        "phone": [
            "my whatsapp: seven double seven zero, nine double zero, three two one",
            "+44 (0) 7700 900321",
        ],
        "handle": [
            "snapchat name: kiki.loves.cats",
            "find me on discord its kiki_cat#7788",
        ],
        "abuse": [
            "you're such an ugly freak",
            "lmao ur so thick",
            "go away u fat loser",
        ],
        "address": [
            "flat 5b, 20 Queen's Road, Brighton BN1 3XE",
        ],
        "self_harm": [
            "i've been having really dark thoughts about ending my life",
            "i can't stop hurting myself",
        ],
        "disclosure": [
            "my dad hit me with his belt last night",
        ],
        "threat": [
            "i know where u live and i'm coming for u",
        ],
        "isolation": [
            "you're too mature for your friends, they hold you back",
            "your family doesn't love you like i do",
        ],
    },
    "it": {
        "grooming": [
            "riesci a uscire di nascosto stanotte? sarò in fondo alla tua via",
            "com'è la tua camera? manda un video",
            "non sono come gli altri adulti, puoi fidarti di me per tutto",
            "non dire niente a tua mamma dei soldi che ti ho mandato",
            "facciamo una videochiamata, basta che chiudi la porta",
            "vuoi un telefono nuovo? te lo posso prendere io, segreto nostro",
        ],
        "phone": [
            "il mio whatsapp: tre quattro sette, doppio sette, novecento, trecentoventuno",
            "+39 (0) 347 7009 321",
        ],
        "handle": [
            "nome su snapchat: kiki.ama.gatti",
            "trovami su discord è kiki_gatto#7788",
        ],
        "abuse": [
            "sei proprio una brutta mostro",
            "ahah sei proprio scemo forte",
            "vattene ciccione sfigato",
        ],
        "address": [
            "via della Regina 20, interno 5b, 00186 Roma",
        ],
        "self_harm": [
            "ho pensieri brutti su come togliermi la vita",
            "non riesco a smettere di farmi del male",
        ],
        "disclosure": [
            "mio papà ieri sera mi ha picchiato con la cintura",
        ],
        "threat": [
            "so dove abiti e sto venendo a prenderti",
        ],
        "isolation": [
            "sei troppo matura per le tue amiche, ti frenano",
            "la tua famiglia non ti vuole bene come te ne voglio io",
        ],
    },
    "fr": {
        "grooming": [
            "tu peux sortir en cachette ce soir ? je serai au bout de ta rue",
            "elle ressemble à quoi ta chambre ? envoie une vidéo",
            "je suis pas comme les autres adultes, tu peux tout me confier",
            "dis rien à ta mère pour l'argent que je t'ai envoyé",
            "on fait un appel vidéo, ferme bien ta porte",
            "tu veux un nouveau téléphone ? je peux t'en avoir un, notre secret",
        ],
        "phone": [
            "mon whatsapp : zéro sept, soixante-dix-sept, zéro neuf, zéro zéro, trente-deux",
            "+33 (0)7 77 09 00 32",
        ],
        "handle": [
            "pseudo snapchat : kiki.aime.chats",
            "trouve moi sur discord c'est kiki_chat#7788",
        ],
        "abuse": [
            "t'es vraiment un monstre moche",
            "mdr t'es trop débile",
            "dégage gros loser",
        ],
        "address": [
            "appartement 5b, 20 boulevard de la Reine, 13001 Marseille",
        ],
        "self_harm": [
            "j'ai des pensées très sombres, je veux mettre fin à ma vie",
            "j'arrive pas à arrêter de me faire du mal",
        ],
        "disclosure": [
            "mon père m'a frappé avec sa ceinture hier soir",
        ],
        "threat": [
            "je sais où tu habites et j'arrive pour toi",
        ],
        "isolation": [
            "t'es trop mature pour tes copines, elles te freinent",
            "ta famille t'aime pas comme moi je t'aime",
        ],
    },
    "de": {
        "grooming": [
            "kannst du dich heute nacht rausschleichen? ich bin am ende deiner straße",
            "wie sieht dein zimmer aus? schick ein video",
            "ich bin nicht wie die anderen erwachsenen, du kannst mir alles anvertrauen",
            "sag deiner mama nichts von dem geld das ich dir geschickt hab",
            "lass uns videocallen, mach aber deine tür zu",
            "willst du ein neues handy? ich kann dir eins besorgen, unser geheimnis",
        ],
        "phone": [
            "mein whatsapp: null eins sieben sieben, null neun null null, drei zwei eins",
            "+49 (0) 177 0900 321",
        ],
        "handle": [
            "snapchat name: kiki.liebt.katzen",
            "find mich auf discord kiki_katze#7788",
        ],
        "abuse": [
            "du bist so ein hässlicher freak",
            "lol du bist so dumm",
            "hau ab du fetter loser",
        ],
        "address": [
            "Wohnung 5b, Königinstraße 20, 80539 München",
        ],
        "self_harm": [
            "ich hab ganz dunkle gedanken, ich will mein leben beenden",
            "ich kann nicht aufhören mich zu verletzen",
        ],
        "disclosure": [
            "mein papa hat mich gestern abend mit dem gürtel geschlagen",
        ],
        "threat": [
            "ich weiß wo du wohnst und ich komm dich holen",
        ],
        "isolation": [
            "du bist zu reif für deine freundinnen, die bremsen dich nur",
            "deine familie liebt dich nicht so wie ich",
        ],
    },
    "es": {
        "grooming": [
            "¿puedes escaparte esta noche? estaré al final de tu calle",
            "¿cómo es tu habitación? manda un vídeo",
            "no soy como los otros adultos, puedes confiarme lo que sea",
            "no le digas nada a tu madre del dinero que te mandé",
            "hacemos videollamada, pero cierra bien la puerta",
            "¿quieres un móvil nuevo? te puedo conseguir uno, nuestro secreto",
        ],
        "phone": [
            "mi whatsapp: seis seis cero, setenta y siete, cero nueve, cero cero, tres",
            "+34 (0) 660 77 09 00",
        ],
        "handle": [
            "nombre de snapchat: kiki.ama.gatos",
            "búscame en discord es kiki_gato#7788",
        ],
        "abuse": [
            "eres un monstruo feísimo",
            "jajaja eres tontísimo",
            "lárgate gordo perdedor",
        ],
        "address": [
            "piso 5b, calle de la Reina 20, 28004 Madrid",
        ],
        "self_harm": [
            "tengo pensamientos muy oscuros, quiero acabar con mi vida",
            "no puedo dejar de hacerme daño",
        ],
        "disclosure": [
            "mi padre me pegó con el cinturón anoche",
        ],
        "threat": [
            "sé dónde vives y voy a por ti",
        ],
        "isolation": [
            "eres demasiado madura para tus amigas, te frenan",
            "tu familia no te quiere como yo",
        ],
    },
    "pl": {
        "grooming": [
            "możesz się dziś wymknąć? będę na końcu twojej ulicy",
            "jak wygląda twój pokój? wyślij filmik",
            "nie jestem jak inni dorośli, możesz mi wszystko powiedzieć",
            "nie mów mamie nic o pieniądzach które ci wysłałem",
            "zróbmy wideorozmowę, tylko zamknij drzwi",
            "chcesz nowy telefon? mogę ci załatwić, nasza tajemnica",
        ],
        "phone": [
            "mój whatsapp: sześćset sześćdziesiąt, siedemset siedem, dziewięćset",
            "+48 (0) 660 770 900",
        ],
        "handle": [
            "nazwa na snapchacie: kiki.kocha.koty",
            "znajdź mnie na discordzie kiki_kot#7788",
        ],
        "abuse": [
            "jesteś brzydkim dziwadłem",
            "xd ale z ciebie tępak",
            "spadaj grubasie frajerze",
        ],
        "address": [
            "mieszkanie 5b, ul. Królowej 20, 00-001 Warszawa",
        ],
        "self_harm": [
            "mam bardzo mroczne myśli, chcę zakończyć swoje życie",
            "nie mogę przestać robić sobie krzywdy",
        ],
        "disclosure": [
            "tata wczoraj uderzył mnie paskiem",
        ],
        "threat": [
            "wiem gdzie mieszkasz i idę po ciebie",
        ],
        "isolation": [
            "jesteś za dojrzała na swoje koleżanki, one cię hamują",
            "twoja rodzina nie kocha cię tak jak ja",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "can you send a video of your class song for our assembly?",
        "I'm not like my sister, I hate spinach lol",
        "my mum sent me money for the school trip",
        "close the door, it's freezing in here!",
        "my new phone is so much better than my old one",
        "we're going to the end of the road to watch the parade",
        "my dad got a belt for his birthday",
        "I know where the library is, I'll show you at the visit",
        "the teacher says we're too mature for that game now",
        "Kiki is our class hamster, she loves carrots",
    ],
    "it": [
        "puoi mandare un video della canzone della classe per l'assemblea?",
        "non sono come mia sorella, odio gli spinaci ahah",
        "mia mamma mi ha mandato i soldi per la gita",
        "chiudi la porta, qui si gela!",
        "il mio telefono nuovo è molto meglio del vecchio",
        "andiamo in fondo alla via a vedere la sfilata",
        "mio papà ha ricevuto una cintura per il compleanno",
        "so dov'è la biblioteca, te la mostro durante la visita",
        "la maestra dice che siamo troppo grandi per quel gioco ormai",
        "Kiki è il criceto della classe, adora le carote",
    ],
    "fr": [
        "tu peux envoyer une vidéo de la chanson de la classe pour le spectacle ?",
        "je suis pas comme ma sœur, je déteste les épinards mdr",
        "ma mère m'a envoyé de l'argent pour la sortie",
        "ferme la porte, on gèle ici !",
        "mon nouveau téléphone est beaucoup mieux que l'ancien",
        "on va au bout de la rue pour voir le défilé",
        "mon père a eu une ceinture pour son anniversaire",
        "je sais où est la bibliothèque, je te montrerai pendant la visite",
        "la maîtresse dit qu'on est trop grands pour ce jeu maintenant",
        "Kiki c'est le hamster de la classe, elle adore les carottes",
    ],
    "de": [
        "kannst du ein Video von unserem Klassenlied für die Feier schicken?",
        "ich bin nicht wie meine Schwester, ich hasse Spinat lol",
        "meine Mama hat mir Geld für den Ausflug geschickt",
        "mach die Tür zu, hier ist es eiskalt!",
        "mein neues Handy ist viel besser als das alte",
        "wir gehen ans Ende der Straße, um den Umzug zu sehen",
        "mein Papa hat einen Gürtel zum Geburtstag bekommen",
        "ich weiß, wo die Bibliothek ist, ich zeig sie dir beim Besuch",
        "die Lehrerin sagt, wir sind jetzt zu groß für das Spiel",
        "Kiki ist unser Klassenhamster, sie liebt Karotten",
    ],
    "es": [
        "¿puedes mandar un vídeo de la canción de la clase para el festival?",
        "no soy como mi hermana, odio las espinacas jaja",
        "mi madre me mandó dinero para la excursión",
        "¡cierra la puerta, que hace un frío que pela!",
        "mi móvil nuevo es mucho mejor que el viejo",
        "vamos al final de la calle a ver el desfile",
        "a mi padre le regalaron un cinturón por su cumple",
        "sé dónde está la biblioteca, te la enseño en la visita",
        "la profe dice que ya somos mayores para ese juego",
        "Kiki es el hámster de la clase, le encantan las zanahorias",
    ],
    "pl": [
        "możesz wysłać filmik z piosenką klasy na apel?",
        "nie jestem jak moja siostra, nienawidzę szpinaku xd",
        "mama wysłała mi pieniądze na wycieczkę",
        "zamknij drzwi, strasznie tu zimno!",
        "mój nowy telefon jest dużo lepszy od starego",
        "idziemy na koniec ulicy zobaczyć paradę",
        "tata dostał pasek na urodziny",
        "wiem gdzie jest biblioteka, pokażę ci podczas wizyty",
        "pani mówi, że jesteśmy już za duzi na tę grę",
        "Kiki to nasz klasowy chomik, uwielbia marchewki",
    ],
}
