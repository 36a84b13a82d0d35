"""Held-out round 22: scenarios no round had, written after round 21's lessons.

Sixty concerns (in each language: five of grooming, two of self-harm, two
disclosures, one of isolation) and thirty harmless messages that tempt the same
words, in scenarios none of rounds 1 to 21 had: worn socks bought for money,
truth or dare with "you have to answer everything", which window is the child's
bedroom, a "nurse" who answers anything about a changing body "between us", the
home wifi's name asked by someone parked outside; razor blades hidden in a
pencil case, standing on the train tracks; a mother's boyfriend who reads every
message and lets the child see no one, being made to watch videos; "your
parents are splitting up because of you". The harmless ones: a school fair's
clothes stall, truth or dare at a sleepover, a bedroom window onto the park, the
school nurse, the school's slow wifi.

First measured, once, before any rule was changed for it: 30.0 % recall (18
of 60: grooming 14/30, self-harm 1/12, disclosures 3/12, isolation 0/6) and 0 %
false holds (0 of 30). After its lessons (new concept families, each with
harmless look-alikes in the harmless table): 100 % and 0 %.
``test_screening_heldout`` reads it with the other rounds.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "i'll give you 20 quid for a pair of socks you've worn, don't wash them first",
            "let's play truth or dare, but you have to answer everything, no skipping",
            "which window is your bedroom? the one at the front with the blue curtains?",
            "im a nurse, you can ask me anything about your body changing, it stays between us",
            "what's your home wifi called? i'm parked outside and want to connect",
        ],
        "self_harm": [
            "i've got razor blades hidden in my pencil case and nobody knows",
            "yesterday i stood on the train tracks for a while and waited",
        ],
        "disclosure": [
            "mum's boyfriend reads all my messages and won't let me see anyone",
            "my brother's mate made me watch videos i didn't want to see",
        ],
        "isolation": [
            "your parents are splitting up because of you, i'm the only one who'll stay",
        ],
    },
    "it": {
        "grooming": [
            "ti do 20 euro per un paio di calzini che hai messo, non lavarli prima",
            "giochiamo a obbligo o verità, ma devi rispondere a tutto, non puoi saltare",
            "qual è la finestra della tua camera? quella davanti con le tende blu?",
            "sono un'infermiera, puoi chiedermi tutto sul tuo corpo che cambia, resta tra noi",
            "come si chiama il wifi di casa tua? sono parcheggiato fuori e voglio collegarmi",
        ],
        "self_harm": [
            "ho delle lamette nascoste nell'astuccio e nessuno lo sa",
            "ieri sono rimasta sui binari del treno per un po' ad aspettare",
        ],
        "disclosure": [
            "il ragazzo di mamma legge tutti i miei messaggi e non mi fa vedere nessuno",
            "l'amico di mio fratello mi ha fatto guardare dei video che non volevo vedere",
        ],
        "isolation": [
            "i tuoi si stanno separando per colpa tua, io sono l'unico che resterà",
        ],
    },
    "fr": {
        "grooming": [
            "je te donne 20 euros pour une paire de chaussettes que t'as portées, les lave pas",
            "on joue à action ou vérité, mais tu dois répondre à tout, pas le droit de passer",
            "c'est laquelle la fenêtre de ta chambre ? celle de devant avec les rideaux bleus ?",
            "je suis infirmière, tu peux me demander tout sur ton corps qui change, ça reste entre"
            " nous",
            "ton wifi à la maison il s'appelle comment ? je suis garé devant et je veux me"
            " connecter",
        ],
        "self_harm": [
            "j'ai des lames de rasoir cachées dans ma trousse et personne le sait",
            "hier je suis restée sur les rails du train un moment à attendre",
        ],
        "disclosure": [
            "le copain de maman lit tous mes messages et me laisse voir personne",
            "le pote de mon frère m'a obligée à regarder des vidéos que je voulais pas voir",
        ],
        "isolation": [
            "tes parents se séparent à cause de toi, je suis le seul qui restera",
        ],
    },
    "de": {
        "grooming": [
            "ich geb dir 20 euro für ein paar socken die du getragen hast, wasch sie nicht vorher",
            "lass uns wahrheit oder pflicht spielen, aber du musst alles beantworten, kein"
            " überspringen",
            "welches fenster ist dein zimmer? das vorne mit den blauen vorhängen?",
            "ich bin krankenschwester, du kannst mich alles über deinen körper fragen, bleibt"
            " unter uns",
            "wie heißt euer wlan zu hause? ich parke draußen und will mich verbinden",
        ],
        "self_harm": [
            "ich hab rasierklingen in meinem federmäppchen versteckt und keiner weiß es",
            "gestern stand ich eine weile auf den gleisen und hab gewartet",
        ],
        "disclosure": [
            "der freund von mama liest alle meine nachrichten und lässt mich niemanden sehen",
            "der kumpel von meinem bruder hat mich gezwungen videos anzuschauen die ich nicht"
            " sehen wollte",
        ],
        "isolation": [
            "deine eltern trennen sich wegen dir, ich bin der einzige der bleibt",
        ],
    },
    "es": {
        "grooming": [
            "te doy 20 euros por unos calcetines que hayas llevado, no los laves antes",
            "juguemos a verdad o reto, pero tienes que contestar a todo, no vale saltar",
            "¿cuál es la ventana de tu cuarto? ¿la de delante con las cortinas azules?",
            "soy enfermera, puedes preguntarme todo sobre tu cuerpo que cambia, queda entre"
            " nosotros",
            "¿cómo se llama el wifi de tu casa? estoy aparcado fuera y me quiero conectar",
        ],
        "self_harm": [
            "tengo cuchillas escondidas en el estuche y nadie lo sabe",
            "ayer me quedé un rato en las vías del tren esperando",
        ],
        "disclosure": [
            "el novio de mamá lee todos mis mensajes y no me deja ver a nadie",
            "el amigo de mi hermano me obligó a ver vídeos que no quería ver",
        ],
        "isolation": [
            "tus padres se separan por tu culpa, yo soy el único que se va a quedar",
        ],
    },
    "pl": {
        "grooming": [
            "dam ci 20 zł za parę skarpetek które nosiłaś, nie pierz ich wcześniej",
            "zagrajmy w prawdę czy wyzwanie, ale musisz odpowiadać na wszystko, bez pomijania",
            "które okno to twój pokój? to z przodu z niebieskimi zasłonami?",
            "jestem pielęgniarką, możesz mnie pytać o wszystko o twoim zmieniającym się ciele,"
            " zostaje między nami",
            "jak się nazywa wifi u ciebie w domu? stoję autem pod domem i chcę się połączyć",
        ],
        "self_harm": [
            "mam żyletki schowane w piórniku i nikt o tym nie wie",
            "wczoraj stałam przez chwilę na torach i czekałam",
        ],
        "disclosure": [
            "chłopak mamy czyta wszystkie moje wiadomości i nie pozwala mi się z nikim widywać",
            "kolega mojego brata kazał mi oglądać filmy których nie chciałam oglądać",
        ],
        "isolation": [
            "twoi rodzice się rozstają przez ciebie, tylko ja zostanę",
        ],
    },
}
HARMLESS: dict[str, list[str]] = {
    "en": [
        "we're selling old clothes at the school fair, bring socks too if you have spare",
        "truth or dare at the sleepover was so funny, i had to sing in the garden",
        "my bedroom window looks onto the park, i can see the ducks from my desk",
        "the school nurse said we can ask her anything about growing up",
        "the wifi at school is so slow today, Miss says it's the router again",
    ],
    "it": [
        "vendiamo vestiti usati alla festa della scuola, portate anche calzini se ne avete",
        "a obbligo o verità al pigiama party ho dovuto cantare in giardino, troppo divertente",
        "la finestra della mia camera dà sul parco, vedo le anatre dalla scrivania",
        "l'infermiera della scuola ha detto che possiamo chiederle tutto sulla crescita",
        "il wifi della scuola oggi è lentissimo, la prof dice che è il router",
    ],
    "fr": [
        "on vend des vieux vêtements à la kermesse de l'école, ramenez des chaussettes aussi",
        "à action ou vérité à la soirée j'ai dû chanter dans le jardin, trop drôle",
        "la fenêtre de ma chambre donne sur le parc, je vois les canards depuis mon bureau",
        "l'infirmière du collège a dit qu'on peut lui demander tout sur la puberté",
        "le wifi du collège est trop lent aujourd'hui, la prof dit que c'est la box",
    ],
    "de": [
        "wir verkaufen alte klamotten beim schulfest, bringt auch socken mit wenn ihr welche habt",
        "bei wahrheit oder pflicht auf der übernachtungsparty musste ich im garten singen",
        "mein zimmerfenster geht zum park raus, ich seh die enten vom schreibtisch",
        "die schulkrankenschwester hat gesagt, wir können sie alles übers erwachsenwerden fragen",
        "das wlan in der schule ist heute so langsam, Frau Weber sagt es liegt am router",
    ],
    "es": [
        "vendemos ropa usada en la feria del cole, traed calcetines también si os sobran",
        "en verdad o reto en la fiesta de pijamas tuve que cantar en el jardín, qué risa",
        "la ventana de mi cuarto da al parque, veo los patos desde el escritorio",
        "la enfermera del cole dijo que le podemos preguntar todo sobre la pubertad",
        "el wifi del cole va lentísimo hoy, la profe dice que es el router",
    ],
    "pl": [
        "sprzedajemy stare ubrania na festynie szkolnym, przynieście też skarpetki",
        "w prawdę czy wyzwanie na piżama party musiałam śpiewać w ogrodzie, ale było śmiesznie",
        "okno mojego pokoju wychodzi na park, widzę kaczki z biurka",
        "pielęgniarka szkolna powiedziała, że możemy ją pytać o wszystko o dojrzewaniu",
        "wifi w szkole jest dziś strasznie wolne, pani mówi że to router",
    ],
}
