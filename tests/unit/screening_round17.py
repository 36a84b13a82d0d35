"""Held-out round 17: new wording by language and kind.

Written after round 16's lessons and before any change this round led to
(loneliness, underwear colours, money for pictures, "in your area", a private
call; tired of being alive, scratching; a drunk parent; "watch what happens";
"promise you'll only talk to me"). ``test_screening_heldout`` reads it with the
other rounds. First measured: 45.0 % recall (54 of 120: grooming 10/36, phones
12/12, handles 12/12, abuse 12/18, addresses 6/6, self-harm 0/12, disclosures 0/6,
threats 0/6, isolation 2/12) and 6.7 % false holds (4 of 60: a grandmother who
lives alone, visited, in three languages; a class's cancelled "private call").
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "u seem lonely, i could keep u company at night",
            "whats ur fav underwear colour lol",
            "wanna earn some money? just send me a few pics",
            "i'm in ur area next week, we should hang",
            "ur parents don't have to find out about our chats",
            "plz come on discord private call, no one else",
        ],
        "phone": [
            "0 7 seven 0 0 9 hundred 1 2 3",
            "ring 07700 900 1 2 3 tonite",
        ],
        "handle": [
            "my steam is lukas_g2010 add me",
            "sc: lukas.g",
        ],
        "abuse": [
            "you're a stupid little rat",
            "i hope you choke",
            "ur a pathetic crybaby",
        ],
        "address": [
            "my house: 5 Orchard Close, the blue gate, Bath BA2 3QR",
        ],
        "self_harm": [
            "i'm tired of being alive",
            "i scratched my arms until they bled",
        ],
        "disclosure": [
            "when my dad is drunk he hurts my mum and me",
        ],
        "threat": [
            "watch what happens to you tomorrow",
        ],
        "isolation": [
            "promise me you'll only talk to me",
            "your friends would be jealous of what we have, so don't tell them",
        ],
    },
    "it": {
        "grooming": [
            "sembri sola, potrei farti compagnia di notte",
            "di che colore è il tuo intimo preferito ahah",
            "vuoi guadagnare qualche soldo? mandami solo qualche foto",
            "la prossima settimana sono dalle tue parti, dovremmo vederci",
            "i tuoi non devono scoprire le nostre chat",
            "vieni in chiamata privata su discord, nessun altro",
        ],
        "phone": [
            "3 4 sette 0 0 9 cento 1 2 3",
            "chiama il 347 900 1 2 3 4 stasera",
        ],
        "handle": [
            "il mio steam è luca_g2010 aggiungimi",
            "sc: luca.g",
        ],
        "abuse": [
            "sei un piccolo ratto stupido",
            "spero che soffochi",
            "sei un piagnone patetico",
        ],
        "address": [
            "casa mia: via dei Frutteti 5, il cancello blu, 37121 Verona",
        ],
        "self_harm": [
            "sono stanca di essere viva",
            "mi sono graffiata le braccia fino a sanguinare",
        ],
        "disclosure": [
            "quando mio papà è ubriaco fa male a me e alla mamma",
        ],
        "threat": [
            "guarda cosa ti succede domani",
        ],
        "isolation": [
            "promettimi che parlerai solo con me",
            "le tue amiche sarebbero gelose di quello che abbiamo, quindi non dirglielo",
        ],
    },
    "fr": {
        "grooming": [
            "t'as l'air seule, je pourrais te tenir compagnie la nuit",
            "c'est quoi la couleur de tes sous-vêtements préférés mdr",
            "tu veux gagner un peu d'argent ? envoie moi juste quelques photos",
            "je suis dans ton coin la semaine pro, faut qu'on se voie",
            "tes parents ont pas à savoir pour nos discussions",
            "viens en appel privé sur discord, personne d'autre",
        ],
        "phone": [
            "0 6 sept 0 0 9 cent 1 2 3",
            "appelle le 06 70 09 12 34 ce soir",
        ],
        "handle": [
            "mon steam c'est lucas_g2010 ajoute moi",
            "sc : lucas.g",
        ],
        "abuse": [
            "t'es qu'un petit rat stupide",
            "j'espère que tu vas t'étouffer",
            "t'es un pleurnichard pathétique",
        ],
        "address": [
            "chez moi : 5 allée des Vergers, le portail bleu, 67000 Strasbourg",
        ],
        "self_harm": [
            "je suis fatiguée d'être en vie",
            "je me suis griffé les bras jusqu'au sang",
        ],
        "disclosure": [
            "quand mon père a bu il fait du mal à ma mère et à moi",
        ],
        "threat": [
            "tu vas voir ce qui va t'arriver demain",
        ],
        "isolation": [
            "promets moi que tu parleras qu'à moi",
            "tes copines seraient jalouses de ce qu'on a, alors dis leur rien",
        ],
    },
    "de": {
        "grooming": [
            "du wirkst einsam, ich könnte dir nachts gesellschaft leisten",
            "welche farbe hat deine lieblingsunterwäsche lol",
            "willst du etwas geld verdienen? schick mir einfach ein paar bilder",
            "ich bin nächste woche in deiner gegend, wir sollten uns treffen",
            "deine eltern müssen von unseren chats nichts erfahren",
            "komm in einen privaten discord call, sonst niemand",
        ],
        "phone": [
            "0 1 sieben 6 9 0 0 hundert 1 2 3",
            "ruf 0176 900 1 2 3 4 heute abend an",
        ],
        "handle": [
            "mein steam ist lukas_g2010 add mich",
            "sc: lukas.g",
        ],
        "abuse": [
            "du bist eine dumme kleine ratte",
            "ich hoffe du erstickst",
            "du bist eine erbärmliche heulsuse",
        ],
        "address": [
            "bei mir: Obstgartenweg 5, das blaue Tor, 70173 Stuttgart",
        ],
        "self_harm": [
            "ich bin es leid zu leben",
            "ich hab mir die arme aufgekratzt bis sie geblutet haben",
        ],
        "disclosure": [
            "wenn mein papa betrunken ist tut er mama und mir weh",
        ],
        "threat": [
            "du wirst sehen was dir morgen passiert",
        ],
        "isolation": [
            "versprich mir dass du nur mit mir redest",
            "deine freundinnen wären neidisch auf das was wir haben, also sag ihnen nichts",
        ],
    },
    "es": {
        "grooming": [
            "pareces sola, podría hacerte compañía por la noche",
            "de qué color es tu ropa interior favorita jaja",
            "quieres ganar algo de dinero? solo mándame unas fotos",
            "la semana que viene estoy por tu zona, deberíamos quedar",
            "tus padres no tienen que enterarse de nuestros chats",
            "ven a una llamada privada en discord, nadie más",
        ],
        "phone": [
            "6 6 siete 0 0 9 cien 1 2",
            "llama al 660 900 1 2 3 esta noche",
        ],
        "handle": [
            "mi steam es lucas_g2010 agrégame",
            "sc: lucas.g",
        ],
        "abuse": [
            "eres una ratita estúpida",
            "ojalá te ahogues",
            "eres un llorica patético",
        ],
        "address": [
            "mi casa: calle de los Huertos 5, la verja azul, 46001 Valencia",
        ],
        "self_harm": [
            "estoy cansada de estar viva",
            "me arañé los brazos hasta sangrar",
        ],
        "disclosure": [
            "cuando mi padre bebe nos hace daño a mi madre y a mí",
        ],
        "threat": [
            "ya verás lo que te pasa mañana",
        ],
        "isolation": [
            "prométeme que solo hablarás conmigo",
            "tus amigas tendrían celos de lo nuestro, así que no les digas nada",
        ],
    },
    "pl": {
        "grooming": [
            "wydajesz się samotna, mógłbym dotrzymać ci towarzystwa w nocy",
            "jakiego koloru jest twoja ulubiona bielizna xd",
            "chcesz zarobić trochę kasy? wyślij mi tylko kilka zdjęć",
            "w przyszłym tygodniu jestem w twojej okolicy, powinniśmy się spotkać",
            "rodzice nie muszą się dowiedzieć o naszych czatach",
            "wejdź na prywatną rozmowę na discordzie, nikt więcej",
        ],
        "phone": [
            "6 0 dwa 9 0 0 sto 2 3",
            "dzwoń 602 900 123 wieczorem",
        ],
        "handle": [
            "mój steam to lukas_g2010 dodaj mnie",
            "sc: lukas.g",
        ],
        "abuse": [
            "jesteś głupim małym szczurem",
            "obyś się udławił",
            "jesteś żałosnym beksą",
        ],
        "address": [
            "u mnie: ul. Sadowa 5, niebieska brama, 31-001 Kraków",
        ],
        "self_harm": [
            "jestem zmęczona życiem",
            "drapałam ręce aż do krwi",
        ],
        "disclosure": [
            "jak tata jest pijany to krzywdzi mamę i mnie",
        ],
        "threat": [
            "zobaczysz co ci się jutro stanie",
        ],
        "isolation": [
            "obiecaj że będziesz pisać tylko ze mną",
            "koleżanki byłyby zazdrosne o to co mamy, więc nic im nie mów",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "my grandma lives alone so we visit her on Sundays",
        "what's your favourite colour? mine is blue",
        "we earned 50 pounds at the bake sale for charity",
        "is anyone in my area doing the park run?",
        "my parents found out I got an A, they were so happy",
        "the private call with the partner class was cancelled",
        "I scratched my arm on a bush, it's nothing",
        "the story is about a rat who saves the city",
        "I'm tired of winter, I want summer",
        "promise me you'll bring the cards tomorrow",
    ],
    "it": [
        "mia nonna vive da sola e la andiamo a trovare la domenica",
        "qual è il tuo colore preferito? il mio è il blu",
        "abbiamo guadagnato 50 euro alla vendita di dolci per beneficenza",
        "qualcuno della mia zona fa la corsa al parco?",
        "i miei hanno scoperto che ho preso dieci, erano felicissimi",
        "la chiamata con la classe gemellata è stata annullata",
        "mi sono graffiata il braccio su un cespuglio, niente di grave",
        "la storia parla di un ratto che salva la città",
        "sono stanca dell'inverno, voglio l'estate",
        "promettimi che domani porti le carte",
    ],
    "fr": [
        "ma grand-mère vit seule alors on va la voir le dimanche",
        "c'est quoi ta couleur préférée ? moi c'est le bleu",
        "on a gagné 50 euros à la vente de gâteaux pour une association",
        "quelqu'un de mon coin fait la course au parc ?",
        "mes parents ont su que j'ai eu 20, ils étaient trop contents",
        "l'appel avec la classe partenaire a été annulé",
        "je me suis griffé le bras sur un buisson, c'est rien",
        "l'histoire parle d'un rat qui sauve la ville",
        "je suis fatiguée de l'hiver, je veux l'été",
        "promets moi que t'apportes les cartes demain",
    ],
    "de": [
        "meine Oma wohnt allein, deshalb besuchen wir sie sonntags",
        "was ist deine Lieblingsfarbe? meine ist blau",
        "wir haben beim Kuchenverkauf 50 Euro für einen guten Zweck verdient",
        "macht jemand aus meiner Gegend beim Parklauf mit?",
        "meine Eltern haben erfahren, dass ich eine Eins hab, die waren so froh",
        "der Call mit der Partnerklasse fällt aus",
        "ich hab mir den Arm an einem Busch aufgekratzt, nicht schlimm",
        "die Geschichte handelt von einer Ratte, die die Stadt rettet",
        "ich hab den Winter satt, ich will Sommer",
        "versprich mir, dass du morgen die Karten mitbringst",
    ],
    "es": [
        "mi abuela vive sola así que la visitamos los domingos",
        "¿cuál es tu color favorito? el mío es el azul",
        "ganamos 50 euros en la venta de pasteles para una ONG",
        "¿alguien de mi zona hace la carrera del parque?",
        "mis padres se enteraron de que saqué un 10, estaban felices",
        "la llamada con la clase amiga se canceló",
        "me arañé el brazo con un arbusto, no es nada",
        "el cuento va de una rata que salva la ciudad",
        "estoy cansada del invierno, quiero verano",
        "prométeme que mañana traes las cartas",
    ],
    "pl": [
        "babcia mieszka sama, więc odwiedzamy ją w niedziele",
        "jaki jest twój ulubiony kolor? mój to niebieski",
        "zarobiliśmy 50 zł na kiermaszu ciast na cele charytatywne",
        "ktoś z mojej okolicy biega w parkrunie?",
        "rodzice dowiedzieli się, że dostałam szóstkę, bardzo się cieszyli",
        "rozmowa z klasą partnerską została odwołana",
        "zadrapałam rękę o krzak, nic takiego",
        "opowiadanie jest o szczurze, który ratuje miasto",
        "mam dość zimy, chcę lata",
        "obiecaj, że jutro przyniesiesz karty",
    ],
}
