"""Held-out round 11: an adult's longer approaches and a pupil's harder disclosures.

Written after round 10's lessons and before any change this round led to: a
"friend of your dad", a coach's private training, homework help in private,
"sweetie"; self-hatred, a goodbye letter, starving; neglect, being locked out;
arson and a gang; "your parents are controlling you". Harmless: goodbye cards,
private team training, "I hate myself for forgetting my homework".
``test_screening_heldout`` reads it with the other rounds. First measured:
31.4 % recall (32 of 102: grooming 27/48, self-harm 0/18, disclosures 0/12,
threats 2/12, isolation 3/12) and 0 % false holds (0 of 60).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "hello dear, i'm a friend of your dad, can you give me your mobile so i can call you",
            "i coach a football team, come to a private training session at my house",
            "have you got whatsapp? it's easier than this site",
            "i can help you with your homework privately, just the two of us on facetime",
            "let's keep our chats private, ok sweetie?",
            "what are you doing tonight? home alone again?",
            "you're so special to me, i've never met a girl like you",
            "i'll pay for your game pass if you call me tonight",
        ],
        "self_harm": [
            "i hate myself so much, i'm just a burden to everyone",
            "i wrote a goodbye letter last night",
            "i've been starving myself to punish myself",
        ],
        "disclosure": [
            "my mum locks me out of the house when she's angry and i sleep in the shed",
            "there's no food at home and mum hasn't come back for 3 days",
        ],
        "threat": [
            "i'm gonna set your house on fire",
            "me and my cousins will jump you after school",
        ],
        "isolation": [
            "you can only trust me, your parents are controlling you",
            "don't listen to your friends, they're jealous of us",
        ],
    },
    "it": {
        "grooming": [
            "ciao cara, sono un amico di tuo papà, mi dai il tuo cellulare così ti chiamo",
            "alleno una squadra di calcio, vieni a un allenamento privato a casa mia",
            "hai whatsapp? è più comodo di questo sito",
            "posso aiutarti con i compiti in privato, solo noi due su facetime",
            "teniamo le nostre chat private, ok tesoro?",
            "cosa fai stasera? di nuovo a casa da sola?",
            "sei così speciale per me, non ho mai conosciuto una ragazza come te",
            "ti pago il game pass se mi chiami stasera",
        ],
        "self_harm": [
            "mi odio tantissimo, sono solo un peso per tutti",
            "ieri sera ho scritto una lettera d'addio",
            "non mangio più per punirmi",
        ],
        "disclosure": [
            "mia mamma mi chiude fuori casa quando è arrabbiata e dormo nel garage",
            "a casa non c'è da mangiare e la mamma non torna da 3 giorni",
        ],
        "threat": [
            "ti do fuoco alla casa",
            "io e i miei cugini ti aspettiamo fuori da scuola e ti massacriamo",
        ],
        "isolation": [
            "puoi fidarti solo di me, i tuoi genitori ti controllano",
            "non ascoltare le tue amiche, sono gelose di noi",
        ],
    },
    "fr": {
        "grooming": [
            "bonjour ma belle, je suis un ami de ton papa, tu me donnes ton portable que je "
            "t'appelle",
            "j'entraîne une équipe de foot, viens à un entraînement privé chez moi",
            "t'as whatsapp ? c'est plus simple que ce site",
            "je peux t'aider pour tes devoirs en privé, juste nous deux sur facetime",
            "gardons nos discussions privées, d'accord ma puce ?",
            "tu fais quoi ce soir ? encore seule à la maison ?",
            "t'es tellement spéciale pour moi, j'ai jamais rencontré une fille comme toi",
            "je te paie le game pass si tu m'appelles ce soir",
        ],
        "self_harm": [
            "je me déteste tellement, je suis qu'un poids pour tout le monde",
            "hier soir j'ai écrit une lettre d'adieu",
            "j'arrête de manger pour me punir",
        ],
        "disclosure": [
            "ma mère me met à la porte quand elle est en colère et je dors dans le garage",
            "y a rien à manger à la maison et maman est pas revenue depuis 3 jours",
        ],
        "threat": [
            "je vais foutre le feu à ta maison",
            "moi et mes cousins on va te choper à la sortie",
        ],
        "isolation": [
            "tu peux avoir confiance qu'en moi, tes parents te contrôlent",
            "écoute pas tes copines, elles sont jalouses de nous",
        ],
    },
    "de": {
        "grooming": [
            "hallo süße, ich bin ein freund von deinem papa, gibst du mir deine handynummer "
            "damit ich dich anrufe",
            "ich trainiere eine fußballmannschaft, komm zu einem privattraining bei mir zu hause",
            "hast du whatsapp? das ist einfacher als diese seite",
            "ich kann dir privat bei den hausaufgaben helfen, nur wir zwei auf facetime",
            "lass uns unsere chats privat halten, ok schatz?",
            "was machst du heute abend? wieder allein zu hause?",
            "du bist so besonders für mich, ich hab noch nie so ein mädchen getroffen",
            "ich bezahl dir den game pass wenn du mich heute abend anrufst",
        ],
        "self_harm": [
            "ich hasse mich so sehr, ich bin nur eine last für alle",
            "gestern abend hab ich einen abschiedsbrief geschrieben",
            "ich esse nichts mehr um mich zu bestrafen",
        ],
        "disclosure": [
            "meine mama sperrt mich aus wenn sie wütend ist und ich schlaf im schuppen",
            "zu hause gibt es nichts zu essen und mama ist seit 3 tagen nicht zurückgekommen",
        ],
        "threat": [
            "ich zünde dein haus an",
            "ich und meine cousins warten nach der schule auf dich und dann gibts was",
        ],
        "isolation": [
            "du kannst nur mir vertrauen, deine eltern kontrollieren dich",
            "hör nicht auf deine freundinnen, die sind eifersüchtig auf uns",
        ],
    },
    "es": {
        "grooming": [
            "hola guapa, soy amigo de tu padre, me das tu móvil para llamarte",
            "entreno un equipo de fútbol, ven a un entrenamiento privado en mi casa",
            "¿tienes whatsapp? es más fácil que esta web",
            "te puedo ayudar con los deberes en privado, solo nosotros dos por facetime",
            "mantengamos nuestras conversaciones en privado, ¿vale cariño?",
            "¿qué haces esta noche? ¿otra vez sola en casa?",
            "eres tan especial para mí, nunca he conocido a una chica como tú",
            "te pago el game pass si me llamas esta noche",
        ],
        "self_harm": [
            "me odio muchísimo, solo soy una carga para todos",
            "anoche escribí una carta de despedida",
            "estoy dejando de comer para castigarme",
        ],
        "disclosure": [
            "mi madre me deja fuera de casa cuando se enfada y duermo en el garaje",
            "en casa no hay comida y mamá no ha vuelto desde hace 3 días",
        ],
        "threat": [
            "voy a prenderle fuego a tu casa",
            "mis primos y yo te vamos a pillar a la salida",
        ],
        "isolation": [
            "solo puedes confiar en mí, tus padres te controlan",
            "no escuches a tus amigas, están celosas de nosotros",
        ],
    },
    "pl": {
        "grooming": [
            "cześć kochanie, jestem kolegą twojego taty, dasz mi swój numer to zadzwonię",
            "trenuję drużynę piłkarską, przyjdź na prywatny trening do mnie do domu",
            "masz whatsappa? łatwiej niż na tej stronie",
            "mogę ci pomóc z lekcjami prywatnie, tylko my dwoje na facetime",
            "niech nasze rozmowy zostaną prywatne, dobrze skarbie?",
            "co robisz dziś wieczorem? znowu sama w domu?",
            "jesteś dla mnie taka wyjątkowa, nigdy nie poznałem takiej dziewczyny",
            "zapłacę ci za game pass jak zadzwonisz do mnie wieczorem",
        ],
        "self_harm": [
            "tak bardzo siebie nienawidzę, jestem tylko ciężarem dla wszystkich",
            "wczoraj wieczorem napisałam list pożegnalny",
            "przestałam jeść żeby się ukarać",
        ],
        "disclosure": [
            "mama wyrzuca mnie z domu jak jest zła i śpię w szopie",
            "w domu nie ma jedzenia a mama nie wróciła od 3 dni",
        ],
        "threat": [
            "podpalę ci dom",
            "ja i moi kuzyni dorwiemy cię po szkole",
        ],
        "isolation": [
            "możesz ufać tylko mnie, rodzice cię kontrolują",
            "nie słuchaj koleżanek, są zazdrosne o nas",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we are making goodbye cards for Mr Lee, he's retiring",
        "my coach says training is private on Saturday, only for the team",
        "I hate myself for forgetting my homework again lol",
        "my little brother set the toast on fire this morning haha",
        "there's no food left in the canteen when we're last",
        "my mum locked herself out of the car, we waited for dad",
        "can I call you on the class video call tomorrow?",
        "the teacher is controlling the slides from her laptop",
        "she's so special, our school dog Biscuit",
        "we're jealous of your snow, it never snows here",
    ],
    "it": [
        "stiamo facendo i biglietti d'addio per il maestro Lino che va in pensione",
        "l'allenatore dice che sabato l'allenamento è privato, solo per la squadra",
        "mi odio per aver dimenticato di nuovo i compiti ahah",
        "stamattina mio fratellino ha bruciato il toast",
        "in mensa non c'è più da mangiare quando arriviamo ultimi",
        "mia mamma si è chiusa fuori dalla macchina, abbiamo aspettato papà",
        "domani posso chiamarti nella videochiamata di classe?",
        "la maestra controlla le slide dal suo portatile",
        "è così speciale il nostro cane della scuola, Biscotto",
        "siamo gelosi della vostra neve, qui non nevica mai",
    ],
    "fr": [
        "on fait des cartes d'adieu pour M. Lee qui part à la retraite",
        "le coach dit que l'entraînement de samedi est privé, juste pour l'équipe",
        "je me déteste d'avoir encore oublié mes devoirs mdr",
        "mon petit frère a brûlé le pain grillé ce matin",
        "y a plus rien à manger à la cantine quand on passe en dernier",
        "ma mère s'est enfermée dehors de la voiture, on a attendu papa",
        "je peux t'appeler pendant l'appel vidéo de classe demain ?",
        "la maîtresse contrôle les diapos depuis son ordi",
        "il est trop spécial notre chien de l'école, Biscuit",
        "on est jaloux de votre neige, il neige jamais ici",
    ],
    "de": [
        "wir basteln Abschiedskarten für Herrn Lee, er geht in Rente",
        "der Trainer sagt, das Training am Samstag ist privat, nur für die Mannschaft",
        "ich hasse mich dafür, dass ich wieder die Hausaufgaben vergessen hab lol",
        "mein kleiner Bruder hat heute Morgen den Toast angebrannt",
        "in der Mensa gibt es nichts mehr zu essen, wenn wir als Letzte kommen",
        "meine Mama hat sich aus dem Auto ausgesperrt, wir haben auf Papa gewartet",
        "kann ich dich morgen im Klassen-Videocall anrufen?",
        "die Lehrerin steuert die Folien von ihrem Laptop aus",
        "er ist so besonders, unser Schulhund Keks",
        "wir sind neidisch auf euren Schnee, hier schneit es nie",
    ],
    "es": [
        "estamos haciendo tarjetas de despedida para el profe Lee, que se jubila",
        "el entrenador dice que el entreno del sábado es privado, solo para el equipo",
        "me odio por olvidar otra vez los deberes jaja",
        "mi hermanito quemó las tostadas esta mañana",
        "en el comedor no queda comida cuando llegamos los últimos",
        "mi madre se dejó las llaves dentro del coche, esperamos a papá",
        "¿te puedo llamar en la videollamada de clase mañana?",
        "la profe controla las diapositivas desde su portátil",
        "es tan especial nuestro perro del cole, Galleta",
        "tenemos envidia de vuestra nieve, aquí nunca nieva",
    ],
    "pl": [
        "robimy kartki pożegnalne dla pana Lee, który idzie na emeryturę",
        "trener mówi, że sobotni trening jest prywatny, tylko dla drużyny",
        "nienawidzę siebie za to, że znowu zapomniałam lekcji xd",
        "mój młodszy brat przypalił rano tosty",
        "w stołówce nie ma już jedzenia, jak przychodzimy ostatni",
        "mama zatrzasnęła kluczyki w aucie, czekaliśmy na tatę",
        "mogę do ciebie zadzwonić jutro na klasowej wideorozmowie?",
        "pani steruje slajdami ze swojego laptopa",
        "jest taki wyjątkowy nasz szkolny pies, Biszkopt",
        "zazdrościmy wam śniegu, u nas nigdy nie pada",
    ],
}
