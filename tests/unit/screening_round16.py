"""Held-out round 16: new wording by language and kind.

Written after round 15's lessons and before any change this round led to (a
"youtuber's" studio, a PE kit, pocket money, a secret boyfriend, a surprise
posted home, location turned off; suicide named daily; food withheld; "you
won't be able to walk"). ``test_screening_heldout`` reads it with the other
rounds. First measured: 60.0 % recall (72 of 120: grooming 18/36, phones 12/12,
handles 12/12, abuse 11/18, addresses 6/6, self-harm 4/12, disclosures 2/6,
threats 1/6, isolation 6/12) and 0 % false holds (0 of 60).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "i'm a youtuber, wanna be in my next video? come to my studio alone",
            "u looked so cute in ur pe kit today",
            "how much pocket money do u get? i could give u more",
            "can i be ur secret boyfriend",
            "give me ur address and i'll send u a surprise",
            "turn off ur location and come meet me",
        ],
        "phone": [
            "its 07 double 7 double 0, 900, 4 3 2 1",
            "contact: 0 7 7 0 0 / 9 0 0 / 4 3 2 1",
        ],
        "handle": [
            "ig handle is bella.xox_",
            "tt name: bellaxo_2010",
        ],
        "abuse": [
            "ur the ugliest person ive ever seen",
            "you're a disgusting pig",
            "go and die in a hole",
        ],
        "address": [
            "my address is 18 Ash Road, Cambridge CB1 2AB",
        ],
        "self_harm": [
            "i've been thinking about suicide every day",
            "i don't care if i die anymore",
        ],
        "disclosure": [
            "my stepmum doesn't let me eat if i'm bad and locks me in my room",
        ],
        "threat": [
            "i'll get you after school, you won't be able to walk",
        ],
        "isolation": [
            "you don't need those girls, they're fake and i'm real",
            "your parents would ruin everything, so keep me to yourself",
        ],
    },
    "it": {
        "grooming": [
            "sono uno youtuber, vuoi stare nel mio prossimo video? vieni nel mio studio da sola",
            "eri così carina in tuta di ginnastica oggi",
            "quanta paghetta prendi? potrei dartene di più",
            "posso essere il tuo ragazzo segreto",
            "dammi il tuo indirizzo e ti mando una sorpresa",
            "spegni la posizione e vieni da me",
        ],
        "phone": [
            "è 3 doppio 4 7, doppio zero, 900, 4 3 2",
            "contatto: 3 4 7 / 9 0 0 / 4 3 2 1",
        ],
        "handle": [
            "su ig sono bella.xox_",
            "nome tt: bellaxo_2010",
        ],
        "abuse": [
            "sei la persona più brutta che abbia mai visto",
            "sei un maiale schifoso",
            "vai a morire in un buco",
        ],
        "address": [
            "il mio indirizzo è via dei Frassini 18, 40125 Bologna",
        ],
        "self_harm": [
            "penso al suicidio ogni giorno",
            "non mi importa più se muoio",
        ],
        "disclosure": [
            "la mia matrigna non mi fa mangiare se faccio la cattiva e mi chiude in camera",
        ],
        "threat": [
            "ti prendo dopo scuola, non riuscirai più a camminare",
        ],
        "isolation": [
            "non ti servono quelle ragazze, sono false e io sono vero",
            "i tuoi rovinerebbero tutto, quindi tienimi per te",
        ],
    },
    "fr": {
        "grooming": [
            "je suis youtubeur, tu veux être dans ma prochaine vidéo ? viens à mon studio toute "
            "seule",
            "t'étais trop mignonne en tenue de sport aujourd'hui",
            "t'as combien d'argent de poche ? je pourrais t'en donner plus",
            "je peux être ton copain secret",
            "donne moi ton adresse et je t'envoie une surprise",
            "coupe ta localisation et viens me voir",
        ],
        "phone": [
            "c'est 06 double 7, double 0, 90, 43 21",
            "contact : 0 6 7 7 / 0 0 9 0 / 4 3",
        ],
        "handle": [
            "sur ig je suis bella.xox_",
            "nom tt : bellaxo_2010",
        ],
        "abuse": [
            "t'es la personne la plus moche que j'ai jamais vue",
            "t'es un porc dégueulasse",
            "va crever dans un trou",
        ],
        "address": [
            "mon adresse c'est 18 rue des Frênes, 31000 Toulouse",
        ],
        "self_harm": [
            "je pense au suicide tous les jours",
            "ça m'est égal de mourir maintenant",
        ],
        "disclosure": [
            "ma belle-mère me laisse pas manger quand je suis pas sage et m'enferme dans ma "
            "chambre",
        ],
        "threat": [
            "je t'attrape après les cours, tu pourras plus marcher",
        ],
        "isolation": [
            "t'as pas besoin de ces filles, elles sont fausses et moi je suis vrai",
            "tes parents gâcheraient tout, alors garde moi pour toi",
        ],
    },
    "de": {
        "grooming": [
            "ich bin youtuber, willst du in mein nächstes video? komm allein in mein studio",
            "du sahst heute so süß in deinen sportsachen aus",
            "wie viel taschengeld kriegst du? ich könnte dir mehr geben",
            "kann ich dein geheimer freund sein",
            "gib mir deine adresse dann schick ich dir eine überraschung",
            "mach deinen standort aus und komm zu mir",
        ],
        "phone": [
            "es ist 0 1 doppel 7, doppel null, 900, 4 3 2 1",
            "kontakt: 0 1 7 7 / 0 0 9 0 / 4 3 2 1",
        ],
        "handle": [
            "auf ig bin ich bella.xox_",
            "tt name: bellaxo_2010",
        ],
        "abuse": [
            "du bist der hässlichste mensch den ich je gesehen hab",
            "du bist ein ekelhaftes schwein",
            "geh in einem loch verrecken",
        ],
        "address": [
            "meine adresse ist Eschenweg 18, 24103 Kiel",
        ],
        "self_harm": [
            "ich denke jeden tag an selbstmord",
            "mir ist egal ob ich sterbe",
        ],
        "disclosure": [
            "meine stiefmutter lässt mich nicht essen wenn ich böse war und sperrt mich in mein "
            "zimmer",
        ],
        "threat": [
            "ich krieg dich nach der schule, danach kannst du nicht mehr laufen",
        ],
        "isolation": [
            "du brauchst diese mädchen nicht, die sind fake und ich bin echt",
            "deine eltern würden alles kaputt machen, also behalt mich für dich",
        ],
    },
    "es": {
        "grooming": [
            "soy youtuber, ¿quieres salir en mi próximo vídeo? ven a mi estudio sola",
            "estabas tan mona con la ropa de gimnasia hoy",
            "¿cuánta paga te dan? yo te podría dar más",
            "¿puedo ser tu novio secreto?",
            "dame tu dirección y te mando una sorpresa",
            "apaga la ubicación y ven a verme",
        ],
        "phone": [
            "es 6 doble 6, doble cero, 900, 4 3 2",
            "contacto: 6 6 0 / 9 0 0 / 4 3 2",
        ],
        "handle": [
            "en ig soy bella.xox_",
            "nombre tt: bellaxo_2010",
        ],
        "abuse": [
            "eres la persona más fea que he visto nunca",
            "eres un cerdo asqueroso",
            "vete a morir a un agujero",
        ],
        "address": [
            "mi dirección es calle de los Fresnos 18, 37001 Salamanca",
        ],
        "self_harm": [
            "pienso en el suicidio todos los días",
            "ya me da igual morirme",
        ],
        "disclosure": [
            "mi madrastra no me deja comer si me porto mal y me encierra en mi cuarto",
        ],
        "threat": [
            "te pillo después de clase, no vas a poder ni andar",
        ],
        "isolation": [
            "no necesitas a esas chicas, son falsas y yo soy real",
            "tus padres lo estropearían todo, así que guárdame para ti",
        ],
    },
    "pl": {
        "grooming": [
            "jestem youtuberem, chcesz wystąpić w moim następnym filmiku? przyjdź sama do mojego "
            "studia",
            "wyglądałaś dziś tak słodko w stroju na wf",
            "ile dostajesz kieszonkowego? mógłbym ci dawać więcej",
            "mogę być twoim tajnym chłopakiem",
            "daj mi swój adres to wyślę ci niespodziankę",
            "wyłącz lokalizację i przyjdź do mnie",
        ],
        "phone": [
            "to 6 podwójne 0, 2, 900, 432",
            "kontakt: 6 0 2 / 9 0 0 / 4 3 2",
        ],
        "handle": [
            "na ig jestem bella.xox_",
            "nazwa tt: bellaxo_2010",
        ],
        "abuse": [
            "jesteś najbrzydszą osobą jaką widziałem",
            "jesteś obrzydliwą świnią",
            "idź zdychaj w dziurze",
        ],
        "address": [
            "mój adres to ul. Jesionowa 18, 80-001 Gdańsk",
        ],
        "self_harm": [
            "codziennie myślę o samobójstwie",
            "już mi wszystko jedno czy umrę",
        ],
        "disclosure": [
            "macocha nie daje mi jeść jak jestem niegrzeczna i zamyka mnie w pokoju",
        ],
        "threat": [
            "dorwę cię po szkole, nie będziesz mógł chodzić",
        ],
        "isolation": [
            "nie potrzebujesz tych dziewczyn, są fałszywe a ja jestem prawdziwy",
            "rodzice wszystko by zepsuli, więc zachowaj mnie dla siebie",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "our class made a video for YouTube about recycling",
        "my pocket money is 5 pounds a week",
        "we gave Miss a surprise for her birthday",
        "my PE kit is in the wash",
        "I'm in room 18 on Ash Road for the music lesson",
        "the pig at the farm was so cute",
        "my stepmum makes the best pancakes",
        "I locked my bike at school today",
        "suicide prevention week: our school made posters",
        "we walked so much I couldn't walk after",
    ],
    "it": [
        "la nostra classe ha fatto un video per YouTube sul riciclo",
        "la mia paghetta è 5 euro a settimana",
        "abbiamo fatto una sorpresa alla maestra per il compleanno",
        "la mia tuta di ginnastica è in lavatrice",
        "sono nell'aula 18 per la lezione di musica",
        "il maiale della fattoria era carinissimo",
        "la mia matrigna fa le frittelle più buone",
        "oggi ho chiuso la bici a scuola",
        "settimana di prevenzione: la scuola ha fatto cartelloni",
        "abbiamo camminato così tanto che dopo non riuscivo a camminare",
    ],
    "fr": [
        "notre classe a fait une vidéo YouTube sur le recyclage",
        "mon argent de poche c'est 5 euros par semaine",
        "on a fait une surprise à la maîtresse pour son anniversaire",
        "ma tenue de sport est au lavage",
        "je suis en salle 18 pour le cours de musique",
        "le cochon de la ferme était trop mignon",
        "ma belle-mère fait les meilleures crêpes",
        "j'ai attaché mon vélo à l'école aujourd'hui",
        "semaine de prévention : notre école a fait des affiches",
        "on a tellement marché que je pouvais plus marcher après",
    ],
    "de": [
        "unsere Klasse hat ein YouTube-Video über Recycling gemacht",
        "mein Taschengeld ist 5 Euro die Woche",
        "wir haben der Lehrerin eine Überraschung zum Geburtstag gemacht",
        "meine Sportsachen sind in der Wäsche",
        "ich bin in Raum 18 für Musik",
        "das Schwein auf dem Bauernhof war so süß",
        "meine Stiefmutter macht die besten Pfannkuchen",
        "ich hab heute mein Fahrrad an der Schule abgeschlossen",
        "Präventionswoche: unsere Schule hat Plakate gemacht",
        "wir sind so viel gelaufen, dass ich danach nicht mehr laufen konnte",
    ],
    "es": [
        "nuestra clase hizo un vídeo de YouTube sobre reciclaje",
        "mi paga es de 5 euros a la semana",
        "le dimos una sorpresa a la profe por su cumple",
        "mi ropa de gimnasia está lavándose",
        "estoy en el aula 18 para música",
        "el cerdo de la granja era muy mono",
        "mi madrastra hace las mejores tortitas",
        "hoy até la bici en el cole",
        "semana de prevención: el cole hizo carteles",
        "caminamos tanto que luego no podía ni andar",
    ],
    "pl": [
        "nasza klasa nagrała filmik na YouTube o recyklingu",
        "dostaję 5 zł kieszonkowego tygodniowo",
        "zrobiliśmy pani niespodziankę na urodziny",
        "mój strój na wf jest w praniu",
        "jestem w sali 18 na muzyce",
        "świnka w gospodarstwie była taka słodka",
        "moja macocha robi najlepsze naleśniki",
        "przypięłam dziś rower pod szkołą",
        "tydzień profilaktyki: szkoła zrobiła plakaty",
        "tyle chodziliśmy, że potem nie mogłam chodzić",
    ],
}
