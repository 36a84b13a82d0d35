"""Held-out round 37: an ordinary mixed sample, written the way chat really looks.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults aimed at a person; with ninety
harmless messages, about a third tempting the same words and the rest simply
ordinary. The scenarios are not picked to be new: the rows are what a week on
the platform might hold, short and long, with typos, missing accents, slang,
abbreviations, an emoji now and then, times, ages and prices in digits. Meetings
at a house while the parents are out, a lift after training, a bus stop, a
skate park, a park behind a church or a sports hall, behind the school. Photos
in swimwear, in pyjamas, in front of a mirror, while changing. Moving to
Telegram, Signal, Kik, Snapchat or Discord because teachers read this chat.
Phone credit, game currency, a card, money sent by phone. Questions
about age, who is home and when, a room of one's own, a boyfriend, a first
kiss, height. Deleting chats before a parent checks the phone, keeping a
friendship from parents, friends said to laugh behind one's back. Self-harm by
cutting, a grandmother's pills, wishing not to wake up. Disclosures of a
step-father's locked door and blows, a belt, a mother gone all weekend with no
food, an uncle at night, a drunk father and a mother who looks away. Threats
with a brother's knife, a stone, a cousin, broken legs. Phones with digits as
words and "double", "doppio", "doppel" and "doble", mixed words and digits,
dots, slashes, underscores and international prefixes; a flat on a Polish
estate, a French "allee", an Italian staircase and door bell, e-mails and a
handle spelt out. Insults masked with stars, digits and at-signs, inflected in
German and Polish. The harmless ones: teachers naming where the class meets,
maths with big numbers, a blurry photo to delete, the school's posted address,
a bad mark, game names, homework, trips, sport, pets, birthdays and food.

First measured, once, before any rule or model was changed for it (the rules
after round 36's lessons, the second opinion of rounds 1 to 36 and the written
rows): rules and second opinion 99.2 % recall (119 of 120: every kind complete
but disclosures 5/6; by language fr 19/20, the others 20/20) and no false hold
(0 of 90); rules alone 95.0 % and 0 %. Missed with the second opinion: a
mother who leaves the pupil alone for the weekend with nothing to eat.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hey theres a skatepark behind the retail park, meet me there sat like 4pm? "
            "just us two, ill bring snacks n energy drinks",
            "i can pick u up from the bus stop after netball, ill be in the grey van. "
            "dont tell ur coach its me",
        ],
        "photo_request": [
            "send me a pic of u in ur pjs before bed 🙈 promise i wont show anyone",
            "can u film urself in the mirror?? just a quick vid, wear that dress from ur pfp",
        ],
        "private_contact": [
            "teachers can read all of this lol. get telegram and msg me there, way more private",
            "lets move to kik, ill send u the link. nobody checks it over there",
        ],
        "gift_offer": [
            "want 2000 vbucks?? i can gift them rn, u just have to call me on cam tonight x",
        ],
        "personal_question": [
            "how old r u actually? and is ur mum home after school or are u on ur own",
            "u got a bf yet? bet all the boys fancy u. how tall r u now, u look older than 12",
        ],
        "secrecy": [
            "this is our secret ok? ur parents wouldnt get it, theyd just take ur laptop off u",
            "delete our msgs every night before ur dad checks ur phone, promise me",
        ],
        "isolation": [
            "ur friends dont actually care, they laugh at u behind ur back. im the only one "
            "who gets u",
        ],
        "self_harm": [
            "been cutting my arms again and honestly i dont see the point of being here anymore",
        ],
        "disclosure": [
            "my stepdad locks me in my room with no dinner when mums at work and if i cry he "
            "hits me",
        ],
        "violence": [
            "if ryan says one more thing about my sister im bringing my brothers knife tmrw "
            "and hes done",
        ],
        "phone": [
            "ring me, oh seven nine double one, four five six, eight eight two",
            "text me on +44 (0)7700-900-431 after 9, its my own phone",
        ],
        "contact": [
            "my email is tom dot bridges 2011 at gmail dot com, message me there instead",
        ],
        "abuse": [
            "ur such a f*cking l0ser nobody wants u in the group",
            "shut up u fat ugly tw@t",
        ],
    },
    "it": {
        "meeting": [
            "ti vengo a prendere io fuori da scuola con la macchina, aspettami dietro la "
            "palestra alle 13.30 cosi nessuno ci vede",
            "ci vediamo al parchetto dietro la chiesa stasera alle 9? vieni da sola pls",
        ],
        "photo_request": [
            "mandami una foto in costume, mi hai detto che vai in piscina 😍",
            "fai un video mentre ti cambi, tanto lo vedo solo io",
        ],
        "private_contact": [
            "scrivimi su telegram che qui i prof leggono tutto",
            "scarica signal e aggiungimi, li la chat si cancella da sola",
        ],
        "gift_offer": [
            "ti ricarico 15 euro sul telefono se stasera mi fai una videochiamata",
        ],
        "personal_question": [
            "quanti anni hai di preciso? e i tuoi a che ora tornano dal lavoro?",
            "hai gia il ragazzo? sei mai stata baciata?",
        ],
        "secrecy": [
            "non dire ai tuoi di me, non capirebbero che siamo amici veri",
            "cancella la chat dopo che hai letto, se tua madre la vede sono guai per te",
        ],
        "isolation": [
            "le tue amiche ti prendono in giro alle spalle, lasciale perdere e parla solo con me",
        ],
        "self_harm": [
            "non ce la faccio piu, stanotte prendo tutte le pastiglie di mia nonna e la "
            "faccio finita",
        ],
        "disclosure": [
            "mio padre quando beve mi picchia con la cinta, ho i lividi sulle gambe",
        ],
        "violence": [
            "domani all'uscita ti aspetto con mio cugino e ti spacchiamo la faccia, giuro",
        ],
        "phone": [
            "chiamami al tre tre otto, doppio cinque, sette due, nove zero uno",
            "il mio num: 0039-347-1234-567 scrivimi li",
        ],
        "contact": [
            "abito in via dei Mille 12, scala B interno 5, citofona Ferri e sali",
        ],
        "abuse": [
            "sei proprio un c0gl10ne, fai schifo a tutti",
            "zitta cicciona di m*rda",
        ],
    },
    "fr": {
        "meeting": [
            "tes parents rentrent tard mercredi non? je passe te voir vers 16h, ouvre moi "
            "discretement",
            "je t'attends a l'arret de bus apres ton entrainement, je te ramene en voiture, "
            "tes parents ont pas besoin de savoir",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot stp, juste pour moi 😘",
            "tu peux me faire une petite video dans ta chambre ce soir ? personne la verra",
        ],
        "private_contact": [
            "viens sur snap plutot, ici les profs lisent tout",
            "installe telegram et ecris moi la bas, c'est plus tranquille pour parler",
        ],
        "gift_offer": [
            "je peux t'offrir 800 robux si tu veux, faut juste que tu m'appelles en cam",
        ],
        "personal_question": [
            "t'as quel age en vrai? et tu dors seule dans ta chambre?",
            "t'es deja sortie avec un garcon? tu fais quelle taille maintenant",
        ],
        "secrecy": [
            "dis rien a ta mere pour nous, elle comprendrait pas",
            "supprime nos messages chaque soir, c'est notre secret a nous deux",
        ],
        "isolation": [
            "tes copines sont jalouses de toi, elles te meritent pas. t'as besoin que de moi",
        ],
        "self_harm": [
            "je me scarifie encore tous les soirs et j'ai envie de disparaitre pour de bon",
        ],
        "disclosure": [
            "ma mere me laisse seule tout le week-end sans rien a manger, j'ai trop faim",
        ],
        "violence": [
            "toi lundi a la sortie je te plante, t'as compris ? j'ai deja le couteau",
        ],
        "phone": [
            "appelle moi : zero six, quarante et un, vingt-deux, cinquante-sept, quatre-vingt-dix",
            "mon num c'est le +33 7 84_19_26_03 envoie un sms",
        ],
        "contact": [
            "j'habite 5 allee des Tilleuls, bat C, 3e etage, viens quand tu veux",
        ],
        "abuse": [
            "ta gueule espece de b0uffon, personne t'aime",
            "t'es vraiment une pu*e et une grosse conasse",
        ],
    },
    "de": {
        "meeting": [
            "deine eltern sind am samstag doch weg oder? dann komm ich kurz vorbei so gegen 8",
            "ich hol dich nach dem training am sportplatz ab, steig einfach bei mir ins auto, "
            "deine mutter muss das nicht wissen",
        ],
        "photo_request": [
            "schick mal ein foto von dir im bikini 😍 bleibt unter uns",
            "mach doch ein kurzes video vorm spiegel, nur fuer mich",
        ],
        "private_contact": [
            "lass mal auf telegram weiterschreiben, hier lesen die lehrer mit",
            "hast du snap? schreib mir lieber dort, da ist es privater als hier",
        ],
        "gift_offer": [
            "ich kauf dir ne 50€ guthabenkarte wenn du heut abend mit mir facetimest",
        ],
        "personal_question": [
            "wie alt bist du eigentlich genau? und wann kommen deine eltern von der arbeit",
            "hast du schon nen freund? schon mal geküsst? 😏",
        ],
        "secrecy": [
            "erzähl deinen eltern nix von mir, die würden das eh falsch verstehen",
            "lösch unseren chat immer bevor deine mama dein handy checkt ok?",
        ],
        "isolation": [
            "deine freundinnen lästern doch nur über dich, brauchst die nicht, du hast ja mich",
        ],
        "self_harm": [
            "ich ritz mich wieder und will eigentlich nicht mehr aufwachen",
        ],
        "disclosure": [
            "mein vater schlägt mich wenn er betrunken ist und meine mutter sagt ich soll "
            "still sein",
        ],
        "violence": [
            "morgen nach der schule bist du dran, ich bring das messer von meinem bruder mit",
        ],
        "phone": [
            "ruf an: null eins fünf zwei, doppel drei, sieben acht, neun null vier",
            "meine nummer 0049 (0)176 / 98 76 54 32 schreib per whatsapp",
        ],
        "contact": [
            "meine mail ist lena punkt kraus at web punkt de, schreib mir da",
        ],
        "abuse": [
            "du dummer Spasti, dich will eh keiner hier",
            "verpiss dich, du hässliche Schl*mpe",
        ],
    },
    "es": {
        "meeting": [
            "el viernes tus papas trabajan hasta tarde no? paso por tu casa a las 6 y no se "
            "entera nadie",
            "te espero en el parque de atras del polideportivo a las 8, ven sola eh",
        ],
        "photo_request": [
            "mandame una foto en bañador porfa, que nadie la va a ver 😏",
            "hazme un video en tu cuarto antes de dormir, solo para mi",
        ],
        "private_contact": [
            "pasate a telegram mejor, aqui los profes lo leen todo",
            "bajate discord y hablamos por privado, asi no nos pillan",
        ],
        "gift_offer": [
            "te paso 20 euros por bizum si me haces una videollamada esta noche",
        ],
        "personal_question": [
            "cuantos años tienes de verdad? y estas sola en casa por las tardes?",
            "tienes novio ya? te han besado alguna vez?",
        ],
        "secrecy": [
            "no le cuentes a tus padres que hablamos, se enfadarian contigo",
            "borra los mensajes cada noche que si tu madre los ve te quita el movil",
        ],
        "isolation": [
            "tus amigas pasan de ti, se rien a tus espaldas. solo me tienes a mi",
        ],
        "self_harm": [
            "me sigo cortando en las piernas y ya no quiero vivir, nadie me echaria de menos",
        ],
        "disclosure": [
            "mi tio entra en mi cuarto por la noche y me toca, tengo miedo de contarlo en casa",
        ],
        "violence": [
            "mañana a la salida te reviento la cabeza con una piedra, ya veras",
        ],
        "phone": [
            "llamame al seis cero cero, doble dos, tres cuatro, cinco seis",
            "mi num es +34 / 612 - 34 - 56 - 78 escribeme por whats",
        ],
        "contact": [
            "mi insta es carla punto gomez barra baja 11, agregame",
        ],
        "abuse": [
            "eres un puto subnormal, nadie te aguanta",
            "callate g1l1p0llas",
        ],
    },
    "pl": {
        "meeting": [
            "twoi starzy wracaja w piatek pozno nie? wpadne do ciebie o 19, nikomu nie mow",
            "czekam na ciebie za szkołą po lekcjach, podwiozę cię autem, tylko nie mów mamie",
        ],
        "photo_request": [
            "wyślij mi fotke w stroju kąpielowym, nikomu nie pokaze 😘",
            "nagraj mi filmik jak sie przebierasz, to tylko dla mnie",
        ],
        "private_contact": [
            "przejdźmy na telegrama, tu nauczyciele wszystko czytają",
            "załóż snapa i pisz do mnie tam, tam sie wiadomosci same kasuja",
        ],
        "gift_offer": [
            "doładuję ci telefon za 50 zł jak dziś pogadasz ze mną na kamerce",
        ],
        "personal_question": [
            "ile ty masz właściwie lat? i o której rodzice wracaja z pracy?",
            "masz już chłopaka? całowałaś się kiedyś?",
        ],
        "secrecy": [
            "nie mów rodzicom o mnie, oni by nie zrozumieli",
            "usuwaj nasze wiadomości co wieczór, żeby mama nie zobaczyła, obiecaj",
        ],
        "isolation": [
            "twoje koleżanki się z ciebie śmieją za plecami, nie potrzebujesz ich, masz mnie",
        ],
        "self_harm": [
            "znowu sie tne i nie chce mi sie już żyć, mam dosc wszystkiego",
        ],
        "disclosure": [
            "ojciec jak się napije to mnie bije pasem, a mama udaje ze nic nie widzi",
        ],
        "violence": [
            "jutro po szkole cię dorwę i połamię ci nogi, zobaczysz",
        ],
        "phone": [
            "dzwon: pięćset, dwa dwa trzy, czterdzieści pięć, sześćdziesiąt siedem",
            "numer +48 601_234_987 pisz na whatsappie",
        ],
        "contact": [
            "mieszkam na os. Słonecznym 7 m. 24, wpadnij po szkole",
        ],
        "abuse": [
            "ty debilu j*bany, wypad stąd",
            "zamknij sie ty glupia szm4to",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Year 8: we meet at the main gate at 8:15 on Thursday for the museum trip, bring a "
        "packed lunch. Mr Hale",
        "q4 says 3 600 000 divided by 450, is it 8000?",
        "delete that photo its blurry, ill take another one of the poster",
        "the school address for the form is 21 Mill Lane, Ashby, its on the letter",
        "got a 4 in the science test im gutted tbh, gonna revise harder for the retake",
        "anyone on fortnite after homework? need a squad of 4",
        "did anyone finish the poem for english",
        "we won 3-1 today!! my goal was a header 😂",
        "whats the geography homework, p 42 or 43?",
        "my cat knocked my lego over again 😭",
        "coach says training moved to 5pm wed cos of the pitch",
        "can someone explain photosynthesis simply pls",
        "the trip to york was sooo good, the chocolate museum was the best bit",
        "happy birthday amy!! 🎂🎉",
        "im doing the bake sale on friday, bringing brownies",
    ],
    "it": [
        "Ragazzi, ci troviamo davanti al cancello della scuola alle 7.45 per la gita a "
        "Ravenna. Prof. Conti",
        "quanto fa 2 500 000 per 12? mi viene 30 milioni ma non sono sicuro",
        "cancella quella foto, e venuta mossa",
        "l'indirizzo della scuola per il modulo e via Roma 45, Cremona",
        "ho preso 4 in latino, sono a pezzi 😩 pero all'orale recupero",
        "chi gioca a minecraft stasera? ho fatto un server",
        "qualcuno ha fatto gli esercizi di grammatica a pag 88?",
        "abbiamo vinto la partita di pallavolo 3 a 1!!!",
        "domani ricordatevi la tuta per ginnastica",
        "che film avete visto nel weekend?",
        "ho finito il riassunto dei promessi sposi finalmente",
        "la prof di arte ha detto che la mostra e giovedi",
        "buon compleanno marco!! 🎉",
        "a mensa c'era la pasta al forno, buonissima",
        "qualcuno mi spiega le equazioni di secondo grado?",
    ],
    "fr": [
        "Rendez-vous devant le gymnase a 13h30 pour le cross, prevoyez une bouteille d'eau. "
        "M. Durand",
        "j'ai trouve 1 250 000 pour l'exo 3, vous avez pareil ?",
        "supprime cette photo elle est floue, je t'en renvoie une",
        "l'adresse du college c'est 12 rue Victor Hugo, pour l'autorisation de sortie",
        "j'ai eu 6/20 en maths je suis degoute, je vais demander de l'aide a la prof",
        "qui joue a brawl stars ce soir ?",
        "on a fait une crepe party en cours d'espagnol trop bien",
        "le bus pour la sortie a Lyon part a quelle heure deja ?",
        "j'ai oublie mon cahier de SVT dans la salle 12",
        "bravo a l'equipe de hand pour la victoire 💪",
        "quelqu'un a compris l'exercice sur Thales ?",
        "ma soeur a eu un chiot trop mignon",
        "on doit lire quel chapitre pour jeudi ?",
        "joyeux anniversaire Lea 🎂",
        "le spectacle de fin d'annee c'est le 20 juin",
    ],
    "de": [
        "Klasse 7b: Treffpunkt Mittwoch 7:30 am Haupteingang für den Ausflug in den Zoo Leipzig. "
        "Frau Becker",
        "bei aufgabe 5 kommt 4 800 000 raus oder hab ich mich verrechnet?",
        "lösch das foto bitte, das ist total verschwommen",
        "die adresse von der schule für den antrag ist Schulstraße 8, 79098 Freiburg",
        "hab ne 5 in englisch bekommen, voll mies, muss jetzt nachhilfe nehmen 😞",
        "wer zockt heute abend rocket league?",
        "hat jemand die hausaufgaben in bio aufgeschrieben?",
        "wir haben das turnier gewonnen!! 🏆",
        "morgen fällt sport aus, frau weber ist krank",
        "wie findet ihr das neue buch in deutsch?",
        "meine oma hat plätzchen gebacken, ich bring welche mit",
        "kann mir jemand bruchrechnen erklären",
        "klassenfahrt nach hamburg war mega",
        "alles gute zum geburtstag jonas 🎉",
        "wer kommt mit ins schwimmbad am samstag?",
    ],
    "es": [
        "Quedamos en la puerta del colegio a las 8:30 para la excursion al museo del Prado. "
        "La profe Marta",
        "me da 1.200.000 en el problema 4, a vosotros?",
        "borra esa foto que ha salido borrosa",
        "la direccion del cole para la autorizacion es calle Mayor 23, Zaragoza",
        "he suspendido ingles, que rabia, el lunes pido revision del examen",
        "quien juega al among us esta noche?",
        "alguien tiene los deberes de lengua?",
        "hemos ganado el partido de basket 45-38!!",
        "mañana hay que traer la flauta",
        "que libro habeis escogido para el trabajo?",
        "mi perro se ha comido mi estuche 😂",
        "la excursion a segovia fue genial",
        "feliz cumple pablo 🎂",
        "alguien me explica las fracciones?",
        "el sabado hay torneo de padel, os apuntais?",
    ],
    "pl": [
        "Klasa 6a: zbiórka w czwartek o 7:45 pod szkołą, wycieczka do Krakowa. Pani Nowak",
        "w zadaniu 7 wychodzi 3 750 000, zgadza sie?",
        "usuń to zdjęcie, jest rozmazane",
        "adres szkoły do zgody to ul. Szkolna 5, 00-950 Warszawa",
        "dostałam jedynke z matmy, jestem załamana, ale poprawię",
        "kto gra w lola wieczorem?",
        "jaka była praca domowa z polskiego?",
        "wygraliśmy mecz 2:0!! ⚽",
        "jutro nie ma wf-u",
        "polecicie jakaś ksiazke na wakacje?",
        "mój kot znowu spał na mojej klawiaturze 😂",
        "ktoś ogarnia ułamki dziesiętne?",
        "sto lat Kasia!! 🎉",
        "wycieczka do zoo była super",
        "w sobotę jest turniej szachowy w szkole, ktoś idzie?",
    ],
}
