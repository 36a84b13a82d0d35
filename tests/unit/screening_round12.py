"""Held-out round 12: new wording by language and kind.

Written after round 11's lessons and before any change this round led to
("age is just a number", "say I'm your cousin", "without your hoodie", a
bridge, a brother's friend, "dead meat", "only I know the real you").
``test_screening_heldout`` reads it with the other rounds. First measured:
64.2 % recall (77 of 120: grooming 25/36, phones 11/12, handles 12/12, abuse
17/18, addresses 6/6, self-harm 1/12, disclosures 4/6, threats 0/6, isolation
1/12) and 10.0 % false holds (6 of 60: "my tiktok is private" in every language,
read as a handle).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "i'm 25 but age is just a number right? wanna meet up",
            "show me what u look like without ur hoodie",
            "give me ur snap and ill send u something cool",
            "ur mum wont find out if we talk at night",
            "if anyone asks say im ur cousin",
            "i'll drive over to yours while ur parents are at work",
        ],
        "phone": [
            "zero seven double seven, zero nine zero zero, double one two",
            "txt 07-77-09-00-112",
        ],
        "handle": [
            "follow me on ig its @jaz.mine_",
            "my tiktok username is jazzy_2011",
        ],
        "abuse": [
            "ur a pathetic little freak",
            "you're literally so retarded",
            "shut up you stupid cow",
        ],
        "address": [
            "come to 47 Brook Street, Leeds LS2 7EQ",
        ],
        "self_harm": [
            "everyone would be better off if i was gone",
            "i keep thinking about jumping off the bridge",
        ],
        "disclosure": [
            "my brother's friend touched me and told me not to tell",
        ],
        "threat": [
            "you're dead meat after school",
        ],
        "isolation": [
            "your friends talk rubbish about you, you should stop seeing them",
            "only i really know the real you",
        ],
    },
    "it": {
        "grooming": [
            "ho 25 anni ma l'età è solo un numero no? vediamoci",
            "fammi vedere come sei senza felpa",
            "dammi il tuo snap che ti mando una cosa figa",
            "tua mamma non lo saprà se parliamo di notte",
            "se qualcuno chiede di' che sono tuo cugino",
            "passo da te in macchina mentre i tuoi sono al lavoro",
        ],
        "phone": [
            "tre quattro sette, doppio sette, zero nove zero zero, undici due",
            "scrivi al 347-77-09-00-112",
        ],
        "handle": [
            "seguimi su ig è @jaz.mine_",
            "il mio username di tiktok è jazzy_2011",
        ],
        "abuse": [
            "sei un mostriciattolo patetico",
            "sei proprio ritardato",
            "stai zitta vacca stupida",
        ],
        "address": [
            "vieni in via del Ruscello 47, 40126 Bologna",
        ],
        "self_harm": [
            "starebbero tutti meglio se non ci fossi più",
            "continuo a pensare di buttarmi dal ponte",
        ],
        "disclosure": [
            "l'amico di mio fratello mi ha toccata e mi ha detto di non dirlo",
        ],
        "threat": [
            "dopo scuola sei morto",
        ],
        "isolation": [
            "le tue amiche parlano male di te, dovresti smettere di vederle",
            "solo io conosco davvero la vera te",
        ],
    },
    "fr": {
        "grooming": [
            "j'ai 25 ans mais l'âge c'est qu'un chiffre non ? on se voit",
            "montre moi à quoi tu ressembles sans ton sweat",
            "donne moi ton snap je t'envoie un truc cool",
            "ta mère le saura pas si on parle la nuit",
            "si quelqu'un demande dis que je suis ton cousin",
            "je passe chez toi en voiture pendant que tes parents bossent",
        ],
        "phone": [
            "zéro sept, soixante-dix-sept, zéro neuf, zéro zéro, onze, vingt",
            "écris au 07-77-09-00-11",
        ],
        "handle": [
            "suis moi sur ig c'est @jaz.mine_",
            "mon pseudo tiktok c'est jazzy_2011",
        ],
        "abuse": [
            "t'es un pauvre monstre pathétique",
            "t'es vraiment débile mental",
            "ta gueule espèce de vache stupide",
        ],
        "address": [
            "viens au 47 allée du Ruisseau, 35000 Rennes",
        ],
        "self_harm": [
            "tout le monde serait mieux si j'étais plus là",
            "je pense tout le temps à sauter du pont",
        ],
        "disclosure": [
            "le pote de mon frère m'a touchée et m'a dit de rien dire",
        ],
        "threat": [
            "t'es mort à la sortie",
        ],
        "isolation": [
            "tes copines disent du mal de toi, tu devrais arrêter de les voir",
            "y a que moi qui connais la vraie toi",
        ],
    },
    "de": {
        "grooming": [
            "ich bin 25 aber alter ist nur eine zahl oder? lass uns treffen",
            "zeig mir wie du ohne pulli aussiehst",
            "gib mir deinen snap dann schick ich dir was cooles",
            "deine mama merkt nichts wenn wir nachts schreiben",
            "wenn jemand fragt sag ich bin dein cousin",
            "ich fahr zu dir wenn deine eltern arbeiten sind",
        ],
        "phone": [
            "null eins sieben sieben, null neun null null, elf zwei",
            "schreib an 0177-09-00-112",
        ],
        "handle": [
            "folg mir auf ig @jaz.mine_",
            "mein tiktok name ist jazzy_2011",
        ],
        "abuse": [
            "du erbärmlicher kleiner freak",
            "du bist echt behindert",
            "halt die klappe du dumme kuh",
        ],
        "address": [
            "komm zur Bachstraße 47, 28195 Bremen",
        ],
        "self_harm": [
            "allen ginge es besser wenn ich weg wäre",
            "ich denk die ganze zeit daran von der brücke zu springen",
        ],
        "disclosure": [
            "der freund von meinem bruder hat mich angefasst und gesagt ich soll nichts sagen",
        ],
        "threat": [
            "nach der schule bist du tot",
        ],
        "isolation": [
            "deine freundinnen lästern über dich, du solltest dich nicht mehr mit ihnen treffen",
            "nur ich kenne die echte du",
        ],
    },
    "es": {
        "grooming": [
            "tengo 25 pero la edad es solo un número no? quedamos",
            "enséñame cómo eres sin la sudadera",
            "dame tu snap y te mando algo guay",
            "tu madre no se enterará si hablamos por la noche",
            "si alguien pregunta di que soy tu primo",
            "paso por tu casa en coche mientras tus padres trabajan",
        ],
        "phone": [
            "seis seis cero, doble siete, cero nueve, cero cero, once",
            "escribe al 660-77-09-00-1",
        ],
        "handle": [
            "sígueme en ig es @jaz.mine_",
            "mi usuario de tiktok es jazzy_2011",
        ],
        "abuse": [
            "eres un monstruito patético",
            "eres retrasado de verdad",
            "cállate vaca estúpida",
        ],
        "address": [
            "ven a la calle del Arroyo 47, 47001 Valladolid",
        ],
        "self_harm": [
            "todos estarían mejor si yo no estuviera",
            "no paro de pensar en tirarme del puente",
        ],
        "disclosure": [
            "el amigo de mi hermano me tocó y me dijo que no lo contara",
        ],
        "threat": [
            "a la salida estás muerto",
        ],
        "isolation": [
            "tus amigas hablan mal de ti, deberías dejar de verlas",
            "solo yo conozco a la verdadera tú",
        ],
    },
    "pl": {
        "grooming": [
            "mam 25 lat ale wiek to tylko liczba nie? spotkajmy się",
            "pokaż jak wyglądasz bez bluzy",
            "daj mi swojego snapa to ci wyślę coś fajnego",
            "mama się nie dowie jak będziemy pisać w nocy",
            "jak ktoś zapyta to powiedz że jestem twoim kuzynem",
            "podjadę do ciebie jak rodzice będą w pracy",
        ],
        "phone": [
            "sześćset sześćdziesiąt, siedemdziesiąt siedem, zero dziewięć, zero zero",
            "pisz 660-77-09-00",
        ],
        "handle": [
            "obserwuj mnie na ig to @jaz.mine_",
            "moja nazwa na tiktoku to jazzy_2011",
        ],
        "abuse": [
            "ty żałosny mały dziwaku",
            "jesteś serio upośledzony",
            "zamknij się głupia krowo",
        ],
        "address": [
            "przyjdź na ul. Strumykową 47, 60-001 Poznań",
        ],
        "self_harm": [
            "wszystkim byłoby lepiej gdyby mnie nie było",
            "ciągle myślę o skoczeniu z mostu",
        ],
        "disclosure": [
            "kolega brata mnie dotykał i powiedział żebym nikomu nie mówiła",
        ],
        "threat": [
            "po szkole jesteś trupem",
        ],
        "isolation": [
            "koleżanki cię obgadują, powinnaś przestać się z nimi spotykać",
            "tylko ja znam prawdziwą ciebie",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we drove to the museum, it took 47 minutes",
        "the quiz answer was 7709 lol",
        "my cousin is 25 and works at the zoo",
        "hey can you share the slides with the class?",
        "my sister touched a jellyfish at the beach",
        "I'm dead tired after PE",
        "we're learning about bridges in science, they're so cool",
        "my tiktok is private, my mum checks it",
        "the film was so sad, the dog died",
        "our school is at 12 Brook Lane, Leeds LS2 7EQ",
    ],
    "it": [
        "siamo andati al museo in macchina, ci abbiamo messo 47 minuti",
        "la risposta del quiz era 7709 ahah",
        "mio cugino ha 25 anni e lavora allo zoo",
        "ehi puoi condividere le slide con la classe?",
        "mia sorella ha toccato una medusa al mare",
        "sono morta di stanchezza dopo ginnastica",
        "a scienze studiamo i ponti, sono fighissimi",
        "il mio tiktok è privato, lo controlla mia mamma",
        "il film era tristissimo, il cane muore",
        "la nostra scuola è in via del Ruscello 12, Bologna",
    ],
    "fr": [
        "on est allés au musée en voiture, ça a pris 47 minutes",
        "la réponse du quiz c'était 7709 mdr",
        "mon cousin a 25 ans et travaille au zoo",
        "hé tu peux partager les diapos avec la classe ?",
        "ma sœur a touché une méduse à la plage",
        "je suis morte de fatigue après le sport",
        "en sciences on apprend les ponts, c'est trop bien",
        "mon tiktok est privé, ma mère le vérifie",
        "le film était trop triste, le chien meurt",
        "notre école est au 12 rue du Ruisseau, Rennes",
    ],
    "de": [
        "wir sind zum Museum gefahren, es hat 47 Minuten gedauert",
        "die Quizantwort war 7709 lol",
        "mein Cousin ist 25 und arbeitet im Zoo",
        "hey kannst du die Folien mit der Klasse teilen?",
        "meine Schwester hat am Strand eine Qualle angefasst",
        "ich bin todmüde nach Sport",
        "in Physik lernen wir über Brücken, voll cool",
        "mein TikTok ist privat, meine Mama schaut drauf",
        "der Film war so traurig, der Hund stirbt",
        "unsere Schule ist in der Bachstraße 12, Bremen",
    ],
    "es": [
        "fuimos al museo en coche, tardamos 47 minutos",
        "la respuesta del quiz era 7709 jaja",
        "mi primo tiene 25 años y trabaja en el zoo",
        "oye, ¿puedes compartir las diapositivas con la clase?",
        "mi hermana tocó una medusa en la playa",
        "estoy muerta de cansancio después de gimnasia",
        "en ciencias estudiamos los puentes, molan mucho",
        "mi tiktok es privado, lo revisa mi madre",
        "la peli era muy triste, el perro se muere",
        "nuestro cole está en la calle del Arroyo 12, Valladolid",
    ],
    "pl": [
        "pojechaliśmy do muzeum, jechaliśmy 47 minut",
        "odpowiedź w quizie to było 7709 xd",
        "mój kuzyn ma 25 lat i pracuje w zoo",
        "hej możesz udostępnić slajdy klasie?",
        "moja siostra dotknęła meduzy na plaży",
        "jestem padnięta po wf",
        "na przyrodzie uczymy się o mostach, super",
        "mój tiktok jest prywatny, mama go sprawdza",
        "film był bardzo smutny, pies umiera",
        "nasza szkoła jest na ul. Strumykowej 12, Poznań",
    ],
}
