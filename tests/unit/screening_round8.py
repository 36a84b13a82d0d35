"""Held-out round 8: new wording by language and kind, and harder harmless messages.

Written after round 7's lessons and before any change this round led to
(a sleepover, a location, "our little game", snap maps, "triple one", a
neighbour's chip shop, "no way out"; harmless: a location for geography, a
teacher's number on a trip letter, witches who want to kill every child).
``test_screening_heldout`` reads it with the other rounds. First measured:
50.0 % recall (84 of 168: grooming 23/60, phones 15/18, handles 13/18, abuse
14/24, addresses 7/12, self-harm 6/12, disclosures 2/6, threats 3/6, isolation
1/12) and 1.1 % false holds (1 of 90: a school's address after "Schuladresse").
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "u can stay over at mine tonight if u want",
            "send me ur location so i know where u are",
            "whats ur address? i want to post u a present",
            "do ur parents let u have snapchat? we could talk there",
            "lets video chat when ur parents are asleep",
            "we have a special friendship, other people wouldnt get it",
            "this is our little game, dont ruin it by telling",
            "ill come to ur school tomorrow to see u",
            "turn on snap maps so i can see where u live",
            "ur not like the other kids, ur really mature",
        ],
        "phone": [
            "three four seven, triple one, two two three four",
            "0039 347 12 34 567",
            "ring me: oh seven nine, double three, four five, six seven, eight nine",
        ],
        "handle": [
            "tt: @lily_bee",
            "yt and tt both lilybee_09",
            "wa me its the same as my ig lily.bee09",
        ],
        "abuse": [
            "ur proper thick m8",
            "you useless piece of sh1t",
            "get a life you sad loser",
            "everyone thinks ur disgusting",
        ],
        "address": [
            "5 Church Lane, Bristol BS3 4DT is where i live",
            "my house is no. 27 on Elm Road, next to the chip shop",
        ],
        "self_harm": [
            "i've been thinking about killing myself a lot lately",
            "i don't see a way out anymore, i just want it to stop",
        ],
        "disclosure": [
            "my mum's boyfriend hit me again last night and i have bruises",
        ],
        "threat": [
            "i'm gonna beat the crap out of you at break",
        ],
        "isolation": [
            "your so called friends laugh at you behind your back, i'm the only one who's honest",
            "if you really cared you'd do this for me",
        ],
    },
    "it": {
        "grooming": [
            "se vuoi stanotte puoi dormire da me",
            "mandami la tua posizione così so dove sei",
            "qual è il tuo indirizzo? ti voglio spedire un regalo",
            "i tuoi ti lasciano avere snapchat? potremmo parlare li",
            "facciamo una videochiamata quando i tuoi dormono",
            "abbiamo un'amicizia speciale, gli altri non capirebbero",
            "è il nostro giochino, non rovinarlo raccontandolo",
            "domani vengo davanti alla tua scuola a vederti",
            "attiva la mappa di snap così vedo dove abiti",
            "non sei come le altre ragazzine, sei molto matura",
        ],
        "phone": [
            "tre quattro sette, tre volte uno, due due tre quattro",
            "0039 347 12 34 567",
            "chiamami: tre tre nove, doppio tre, quarantacinque, sessantasette, ottantanove",
        ],
        "handle": [
            "tt: @lily_bee",
            "su yt e tt sono lilybee_09",
            "scrivimi su wa, è uguale al mio ig lily.bee09",
        ],
        "abuse": [
            "sei proprio tonta",
            "sei un inutile pezzo di m3rda",
            "fatti una vita sfigato",
            "tutti pensano che fai schifo",
        ],
        "address": [
            "abito in vicolo del Pozzo 5, 50122 Firenze",
            "casa mia è al numero 27 di via Olmi, vicino alla pizzeria",
        ],
        "self_harm": [
            "ultimamente penso spesso di uccidermi",
            "non vedo più una via d'uscita, voglio solo che finisca",
        ],
        "disclosure": [
            "il ragazzo di mia mamma mi ha picchiata di nuovo ieri sera e ho i lividi",
        ],
        "threat": [
            "all'intervallo ti riempio di botte",
        ],
        "isolation": [
            "le tue cosiddette amiche ridono di te alle spalle, solo io sono sincero",
            "se ci tenessi davvero lo faresti per me",
        ],
    },
    "fr": {
        "grooming": [
            "tu peux dormir chez moi ce soir si tu veux",
            "envoie moi ta localisation que je sache où t'es",
            "c'est quoi ton adresse ? je veux t'envoyer un cadeau",
            "tes parents te laissent avoir snapchat ? on pourrait parler là bas",
            "on fait un appel vidéo quand tes parents dorment",
            "on a une amitié spéciale, les autres comprendraient pas",
            "c'est notre petit jeu, le gâche pas en le racontant",
            "demain je passe devant ton collège pour te voir",
            "active la snap map que je voie où tu habites",
            "t'es pas comme les autres filles, t'es super mature",
        ],
        "phone": [
            "zéro six, trois fois un, vingt-deux, trente-quatre, cinquante-six",
            "0033 6 12 34 56 78",
            "appelle moi : zéro sept, double trois, quarante-cinq, soixante-sept, "
            "quatre-vingt-neuf",
        ],
        "handle": [
            "tt : @lily_bee",
            "sur yt et tt c'est lilybee_09",
            "écris moi sur wa c'est pareil que mon ig lily.bee09",
        ],
        "abuse": [
            "t'es vraiment teubé",
            "espèce d'inutile de m3rde",
            "trouve toi une vie pauvre naze",
            "tout le monde te trouve dégueulasse",
        ],
        "address": [
            "j'habite 5 impasse des Lilas, 31000 Toulouse",
            "ma maison c'est le numéro 27 rue des Ormes, à côté de la boulangerie",
        ],
        "self_harm": [
            "en ce moment je pense souvent à me suicider",
            "je vois plus de solution, je veux juste que ça s'arrête",
        ],
        "disclosure": [
            "le copain de ma mère m'a encore frappée hier soir et j'ai des bleus",
        ],
        "threat": [
            "à la récré je vais te démonter",
        ],
        "isolation": [
            "tes soi disant copines se moquent de toi dans ton dos, y a que moi qui suis honnête",
            "si tu tenais vraiment à moi tu le ferais",
        ],
    },
    "de": {
        "grooming": [
            "du kannst heute nacht bei mir pennen wenn du willst",
            "schick mir deinen standort damit ich weiß wo du bist",
            "was ist deine adresse? ich will dir ein geschenk schicken",
            "erlauben dir deine eltern snapchat? da könnten wir reden",
            "lass uns videochatten wenn deine eltern schlafen",
            "wir haben eine besondere freundschaft, die anderen würden das nicht verstehen",
            "das ist unser kleines spiel, mach es nicht kaputt indem du es erzählst",
            "ich komm morgen zu deiner schule um dich zu sehen",
            "mach die snap map an damit ich seh wo du wohnst",
            "du bist nicht wie die anderen kinder, du bist voll reif",
        ],
        "phone": [
            "null eins sieben sechs, dreimal eins, zweiundzwanzig, vierunddreißig, sechsundfünfzig",
            "0049 176 12 34 567",
            "ruf mich an: null eins fünf zwei, doppel drei, fünfundvierzig, siebenundsechzig",
        ],
        "handle": [
            "tt: @lily_bee",
            "auf yt und tt bin ich lilybee_09",
            "schreib mir auf wa, gleich wie mein ig lily.bee09",
        ],
        "abuse": [
            "du bist echt behindert",
            "du nutzloses stück sch31ße",
            "such dir ein leben du trauriger loser",
            "alle finden dich eklig",
        ],
        "address": [
            "ich wohne Lindenweg 5, 70173 Stuttgart",
            "mein haus ist nummer 27 in der Ulmenstraße, neben der Pommesbude",
        ],
        "self_harm": [
            "in letzter zeit denk ich oft daran mich umzubringen",
            "ich seh keinen ausweg mehr, ich will nur dass es aufhört",
        ],
        "disclosure": [
            "der freund von mama hat mich gestern wieder geschlagen und ich hab blaue flecken",
        ],
        "threat": [
            "in der pause verprügel ich dich",
        ],
        "isolation": [
            "deine sogenannten freundinnen lachen hinter deinem rücken über dich, nur ich bin "
            "ehrlich",
            "wenn ich dir wirklich wichtig wäre würdest du das für mich tun",
        ],
    },
    "es": {
        "grooming": [
            "si quieres esta noche puedes dormir en mi casa",
            "mándame tu ubicación para saber dónde estás",
            "¿cuál es tu dirección? te quiero mandar un regalo",
            "¿tus padres te dejan tener snapchat? podríamos hablar ahí",
            "hacemos videollamada cuando tus padres duerman",
            "tenemos una amistad especial, los demás no lo entenderían",
            "es nuestro jueguito, no lo estropees contándolo",
            "mañana voy a tu instituto a verte",
            "activa el snap map para ver dónde vives",
            "no eres como las otras niñas, eres muy madura",
        ],
        "phone": [
            "seis uno uno, tres veces dos, treinta y cuatro, cincuenta y seis",
            "0034 612 34 56 78",
            "llámame: seis seis cero, doble tres, cuarenta y cinco, sesenta y siete, ocho",
        ],
        "handle": [
            "tt: @lily_bee",
            "en yt y tt soy lilybee_09",
            "escríbeme por wa es igual que mi ig lily.bee09",
        ],
        "abuse": [
            "eres tonto del culo",
            "eres un inútil de m1erda",
            "búscate una vida pringado",
            "todo el mundo piensa que das asco",
        ],
        "address": [
            "vivo en el callejón del Pozo 5, 18001 Granada",
            "mi casa es el número 27 de la calle Olmos, al lado de la panadería",
        ],
        "self_harm": [
            "últimamente pienso mucho en suicidarme",
            "ya no veo salida, solo quiero que pare",
        ],
        "disclosure": [
            "el novio de mi madre me volvió a pegar anoche y tengo moratones",
        ],
        "threat": [
            "en el recreo te voy a dar una paliza",
        ],
        "isolation": [
            "tus supuestas amigas se ríen de ti a tus espaldas, solo yo soy sincero",
            "si de verdad te importara lo harías por mí",
        ],
    },
    "pl": {
        "grooming": [
            "jak chcesz możesz dziś u mnie przenocować",
            "wyślij mi swoją lokalizację żebym wiedział gdzie jesteś",
            "jaki masz adres? chcę ci wysłać prezent",
            "rodzice pozwalają ci mieć snapchata? moglibyśmy tam pogadać",
            "pogadajmy na wideo jak rodzice będą spać",
            "mamy wyjątkową przyjaźń, inni by tego nie zrozumieli",
            "to nasza mała gra, nie psuj jej opowiadając",
            "jutro przyjdę pod twoją szkołę żeby cię zobaczyć",
            "włącz snap mapę żebym widział gdzie mieszkasz",
            "nie jesteś jak inne dzieci, jesteś bardzo dojrzała",
        ],
        "phone": [
            "sześć zero jeden, trzy razy dwa, trzydzieści cztery, pięćdziesiąt sześć",
            "0048 601 234 567",
            "dzwoń: pięćset dwa, podwójne trzy, czterdzieści pięć, sześćdziesiąt siedem",
        ],
        "handle": [
            "tt: @lily_bee",
            "na yt i tt jestem lilybee_09",
            "napisz na wa, to samo co mój ig lily.bee09",
        ],
        "abuse": [
            "jesteś tępa jak but",
            "ty bezużyteczny kawałku g0wna",
            "znajdź sobie życie frajerze",
            "wszyscy uważają że jesteś obrzydliwa",
        ],
        "address": [
            "mieszkam przy ul. Lipowej 5/2, 90-001 Łódź",
            "mój dom to numer 27 na Wiązowej, obok budki z frytkami",
        ],
        "self_harm": [
            "ostatnio często myślę o tym żeby się zabić",
            "nie widzę już wyjścia, chcę tylko żeby to się skończyło",
        ],
        "disclosure": [
            "chłopak mamy znowu mnie wczoraj uderzył i mam siniaki",
        ],
        "threat": [
            "na przerwie cię stłukę",
        ],
        "isolation": [
            "twoje niby koleżanki śmieją się z ciebie za plecami, tylko ja jestem szczery",
            "gdyby ci naprawdę zależało zrobiłabyś to dla mnie",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "can you send me your location on the map for our geography project? we're in Lyon",
        "my mum said i can sleep over at Amy's on Saturday for her party",
        "miss posted the school's address for the letters: St Paul's, 12 Park Rd, Leeds",
        "we did a survey: 27 people like dogs, 13 like cats",
        "my phone died so I'll reply tomorrow",
        "my little sister cried all night, nobody slept lol",
        "we're playing hide and seek in the gym at break",
        "Roald Dahl's witches want to kill all the children",
        "my dad said if i finish my homework he'll take me to the cinema",
        "I'm the only one in my class who has a dog",
        "the code for the quiz is 483 920",
        "i'm going to beat my record at the 100m today!",
        "My new address for the penpal letters is the school's, Miss said",
        "our teacher's phone number is on the trip letter, call her if you're late",
        "i read the first 3 chapters of Wonder and cried",
    ],
    "it": [
        "puoi mandarmi la tua posizione sulla mappa per il progetto di geografia? noi siamo a "
        "Lione",
        "mia mamma ha detto che sabato posso dormire da Anna per la sua festa",
        "la maestra ha scritto l'indirizzo della scuola per le lettere: via Roma 12, Torino",
        "abbiamo fatto un sondaggio: a 27 piacciono i cani, a 13 i gatti",
        "il telefono si è scaricato, rispondo domani",
        "mia sorellina ha pianto tutta la notte, nessuno ha dormito ahah",
        "giochiamo a nascondino in palestra all'intervallo",
        "nelle Streghe di Roald Dahl le streghe vogliono uccidere tutti i bambini",
        "papà ha detto che se finisco i compiti mi porta al cinema",
        "sono l'unica della mia classe che ha un cane",
        "il codice del quiz è 483 920",
        "oggi batto il mio record nei 100 metri!",
        "il mio indirizzo per le lettere è quello della scuola, ha detto la maestra",
        "il numero della maestra è sul foglio della gita, chiamatela se siete in ritardo",
        "ho letto i primi 3 capitoli di Wonder e ho pianto",
    ],
    "fr": [
        "tu peux m'envoyer ta localisation sur la carte pour le projet de géo ? nous on est à Lyon",
        "ma mère a dit que je peux dormir chez Emma samedi pour son anniversaire",
        "la maîtresse a mis l'adresse de l'école pour les lettres : 12 rue de la Paix, Lille",
        "on a fait un sondage : 27 aiment les chiens, 13 les chats",
        "mon tel est mort, je réponds demain",
        "ma petite sœur a pleuré toute la nuit, personne a dormi mdr",
        "on joue à cache-cache au gymnase à la récré",
        "dans Sacrées Sorcières les sorcières veulent tuer tous les enfants",
        "mon père a dit que si je finis mes devoirs il m'emmène au cinéma",
        "je suis la seule de ma classe qui a un chien",
        "le code du quiz c'est 483 920",
        "aujourd'hui je vais battre mon record au 100 m !",
        "mon adresse pour les lettres c'est celle de l'école, a dit la maîtresse",
        "le numéro de la maîtresse est sur le mot de la sortie, appelez-la si vous êtes en retard",
        "j'ai lu les 3 premiers chapitres de Wonder et j'ai pleuré",
    ],
    "de": [
        "kannst du mir deinen Standort auf der Karte für das Erdkundeprojekt schicken? wir sind "
        "in Lyon",
        "meine Mama hat gesagt, ich darf am Samstag bei Lena übernachten, für ihre Party",
        "die Lehrerin hat die Schuladresse für die Briefe geschickt: Parkstraße 12, Bremen",
        "wir haben eine Umfrage gemacht: 27 mögen Hunde, 13 Katzen",
        "mein Handy ist leer, ich antworte morgen",
        "meine kleine Schwester hat die ganze Nacht geweint, keiner hat geschlafen lol",
        "wir spielen in der Pause Verstecken in der Turnhalle",
        "in Hexen hexen wollen die Hexen alle Kinder umbringen",
        "Papa hat gesagt, wenn ich die Hausaufgaben fertig mache, gehen wir ins Kino",
        "ich bin die Einzige in meiner Klasse, die einen Hund hat",
        "der Code für das Quiz ist 483 920",
        "heute schlage ich meinen Rekord im 100-Meter-Lauf!",
        "meine Adresse für die Briefe ist die von der Schule, hat die Lehrerin gesagt",
        "die Nummer der Lehrerin steht auf dem Ausflugszettel, ruft sie an, wenn ihr zu spät seid",
        "ich hab die ersten 3 Kapitel von Wonder gelesen und geweint",
    ],
    "es": [
        "¿me mandas tu ubicación en el mapa para el proyecto de geografía? nosotros estamos en "
        "Lyon",
        "mi madre dijo que el sábado puedo dormir en casa de Lucía por su cumple",
        "la profe puso la dirección del cole para las cartas: calle Mayor 12, Zaragoza",
        "hicimos una encuesta: a 27 les gustan los perros, a 13 los gatos",
        "se me murió el móvil, contesto mañana",
        "mi hermanita lloró toda la noche, nadie durmió jaja",
        "jugamos al escondite en el gimnasio en el recreo",
        "en Las Brujas de Roald Dahl las brujas quieren matar a todos los niños",
        "mi padre dijo que si acabo los deberes me lleva al cine",
        "soy la única de mi clase que tiene perro",
        "el código del quiz es 483 920",
        "¡hoy voy a batir mi récord en los 100 metros!",
        "mi dirección para las cartas es la del cole, dijo la profe",
        "el número de la profe está en la nota de la excursión, llamadla si llegáis tarde",
        "leí los 3 primeros capítulos de Wonder y lloré",
    ],
    "pl": [
        "możesz mi wysłać swoją lokalizację na mapie do projektu z geografii? my jesteśmy w Lyonie",
        "mama powiedziała, że w sobotę mogę nocować u Zosi na jej urodzinach",
        "pani podała adres szkoły do listów: ul. Parkowa 12, Poznań",
        "zrobiliśmy ankietę: 27 osób lubi psy, 13 koty",
        "padł mi telefon, odpiszę jutro",
        "moja młodsza siostra płakała całą noc, nikt nie spał xd",
        "na przerwie gramy w chowanego na sali gimnastycznej",
        "w Wiedźmach Roalda Dahla wiedźmy chcą zabić wszystkie dzieci",
        "tata powiedział, że jak skończę lekcje, to pójdziemy do kina",
        "jestem jedyna w klasie, która ma psa",
        "kod do quizu to 483 920",
        "dziś pobiję swój rekord na 100 metrów!",
        "mój adres do listów to adres szkoły, tak powiedziała pani",
        "numer pani jest na kartce o wycieczce, dzwońcie, jak się spóźnicie",
        "przeczytałam pierwsze 3 rozdziały Wonder i się popłakałam",
    ],
}
