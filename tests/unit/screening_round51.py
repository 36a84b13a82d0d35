"""Held-out round 51: every kind, worded the way a filter is most likely to miss.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle and two insults; with ninety harmless messages,
about a third tempting the same words and the rest simply ordinary. The
concerns lean on what slips past word lists: trust built slowly, requests
hidden in a game's prize, a dare or a joke, parents out at night or away for
the weekend, a lift after school, currency for a game or phone credit, chats
that vanish, two languages in one line, stretched and masked spelling, a number
told in words, with "double" and separators or in international form, an
address on a housing estate or in an "allée", an e-mail spelt out and a handle
with no at-sign, self-harm and threats said sideways or in a few words,
disclosures of a father, a step-father, a mother's partner and an uncle. The
harmless ones: sport and game slang that sounds violent, dark jokes about
tests, sums with big numbers, teachers' reminders about trips, partner pupils
introducing themselves, homework, pets, birthdays and school lunches.

First measured, once, before any rule or model was changed for it (the rules
after rounds 47 to 49's lessons, the second opinion retrained on rounds 1 to 49
and the written rows, 3,005 of them new): rules and second opinion 98.3 % recall
(118 of 120: photo requests 11/12, phones 11/12, every other kind complete) and
one false hold in 90 (1.1 %: "li abbiamo ammazzati", a volleyball win, read as
abuse); rules alone 88.3 % and 1.1 %. Missed with the second opinion: a phone of
twelve digits told in words with "double" (no numbering plan has twelve), and a
photo in a sports bra asked as a dare's forfeit.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ur mum works late on thursdays right? i could swing by around 7 and help with "
            "ur maths, no need to tell her",
            "gg!! win the next round and u get a real prize, collect it irl at the skate park "
            "sat 4pm. come alone tho 😉",
        ],
        "photo_request": [
            "dare time 😂 loser sends a pic in their pj's... and ur the loser. pleeeease",
            "you've grown up so much since the trip, show me on video, in your room, just for me",
        ],
        "private_contact": [
            "this chat is too public, the teachers read it. add me on disc, same name with _x",
            "lets go to the ghost app where msgs vanish, easier to talk there",
        ],
        "gift_offer": [
            "i'll top up ur vbucks, 2800 of them, if u stay my special player 🎁 dont ask why",
        ],
        "personal_question": [
            "how old r u really? 12? 13? and is anyone home with u after school",
            "ever had a bf? kissed anyone? u can tell me, im not ur teacher lol",
        ],
        "secrecy": [
            "delete this convo once u read it ok? our little thing, not for ur mum or mr hale",
            "if anyone asks we never talked. pinky promise? 🤫",
        ],
        "isolation": [
            "your friends are so childish, they don't get you like I do. you don't need them, "
            "or your sister",
        ],
        "self_harm": [
            "wont be around after friday. already sorted who gets my stuff. its fine dont worry",
        ],
        "disclosure": [
            "dad locked me in the shed again last night cos i spilt the milk, no tea. dont tell",
        ],
        "violence": [
            "after pe tmrw jayden gets it. bringing my brothers blade, not joking this time",
        ],
        "phone": [
            "text me instead: oh seven seven double nine, four five six, one two eight three",
            "ring +44 7911 . 234 . 567 after 10pm when ur parents are asleep",
        ],
        "contact": [
            "add my snap its jakeyy.2011 (no at) or email sk8rboi 2011 at gmail dot com",
        ],
        "abuse": [
            "ur such a f*cking r3tard, no wonder nobody sits with u",
            "shut it u fat sl.ag",
        ],
    },
    "it": {
        "meeting": [
            "i tuoi sabato sera sono fuori no? passo io verso le 9, porto la pizza e giochiamo "
            "a fifa insieme",
            "se vinci la sfida il premio te lo do dal vivo, dietro la coop alle 18, vieni sola eh",
        ],
        "photo_request": [
            "obbligo o verità? obbligo: mandami una foto allo specchio in costume 😏",
            "fammi un video mentre ti cambi dai, è uno scherzo, lo vedo solo io",
        ],
        "private_contact": [
            "qui ci leggono i prof, scrivimi su telegram che è più tranquillo",
            "add me on insta dai, così parliamo in privato senza la prof",
        ],
        "gift_offer": [
            "ti faccio una ricarica di 20€ se resti la mia amica speciale, nessuno deve saperlo",
        ],
        "personal_question": [
            "ma quanti anni hai davvero? e dove abiti di preciso, che via?",
            "dormi da sola in camera? tua mamma ti controlla il cell di notte?",
        ],
        "secrecy": [
            "cancella la chat appena leggi mi raccomando, è un segreto nostro",
            "non dire niente alla maestra ne ai tuoi, sennò finisce tutto e sei tu nei guai",
        ],
        "isolation": [
            "le tue amiche ti prendono in giro alle spalle, solo io ti voglio bene davvero. "
            "lasciale perdere",
        ],
        "self_harm": [
            "stasera la faccio finita. tanto nessuno se ne accorge",
        ],
        "disclosure": [
            "il compagno di mia mamma mi picchia con la cintura quando lei non c'è, ho i segni "
            "sulle gambe",
        ],
        "violence": [
            "domani all'uscita lo aspetto con la mazza, a quello gli spacco la testa giuro",
        ],
        "phone": [
            "scrivimi al tre quattro sette, doppio due, cinque 8 nove 1 zero zero",
            "mio num +39 347.22.58.91.00 su whats dopo le 22",
        ],
        "contact": [
            "abito in via Garibaldi 12 int. 5, citofono Rossi, passa quando vuoi",
        ],
        "abuse": [
            "sei proprio una tr0ia, fai schifo",
            "st*onzo di merda, nessuno ti vuole",
        ],
    },
    "fr": {
        "meeting": [
            "tes parents rentrent tard mercredi ? je passe te prendre en voiture à la sortie "
            "du collège, on fait un tour",
            "viens au skatepark samedi 15h, toute seule, je te montre le truc secret du jeu 😉",
        ],
        "photo_request": [
            "gage : tu m'envoies une photo en brassière sinon t'as perdu 😂",
            "montre moi ta chambre en vidéo, avec toi dedans, juste entre nous",
        ],
        "private_contact": [
            "ici les profs lisent tout, ajoute moi sur snap c'est mieux",
            "passe en privé sur insta, en messages éphémères",
        ],
        "gift_offer": [
            "je te paie 1000 robux si tu fais ce que je te demande, c'est rien du tout",
        ],
        "personal_question": [
            "t'as quel âge en vrai ? t'es toute seule chez toi le soir ?",
            "tu mets quoi pour dormir ? t'as déjà eu un copain ?",
        ],
        "secrecy": [
            "efface nos messages stp, si ta mère les voit on aura des problèmes tous les deux",
            "c'est notre secret, tu dis rien à la maîtresse ok ?",
        ],
        "isolation": [
            "ta famille te comprend pas, moi si. tes copines sont jalouses, faut plus leur parler",
        ],
        "self_harm": [
            "je me scarifie encore depuis lundi, ça soulage et personne voit rien",
        ],
        "disclosure": [
            "mon beau-père vient dans ma chambre la nuit et il me touche, j'ai peur de le dire "
            "à maman",
        ],
        "violence": [
            "lundi je le plante au cutter à la récré, il va comprendre",
        ],
        "phone": [
            "mon num c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
            "appelle moi 0 6 - 1 2 - 3 4 - 5 6 - 7 8 quand tes parents dorment",
        ],
        "contact": [
            "j'habite 5 allée des Tilleuls, bât B. mon mail c'est lea point dupont arobase "
            "laposte point net",
        ],
        "abuse": [
            "t'es qu'un gros c0nnard, va te faire",
            "sale p.u.t.e, personne t'aime",
        ],
    },
    "de": {
        "meeting": [
            "deine eltern sind am wochenende weg oder? ich komm vorbei, sag niemandem bescheid",
            "wenn du das level schaffst hol ich dich ab, freitag 17 uhr hinterm edeka, allein",
        ],
        "photo_request": [
            "wahrheit oder pflicht: pflicht! schick n bild im bikini 😜",
            "mach mal ein video wie du tanzt, im schlafanzug, nur für mich",
        ],
        "private_contact": [
            "hier lesen die lehrer mit, schreib mir lieber auf whatsapp",
            "lad dir die app runter wo nachrichten verschwinden, da können wir reden",
        ],
        "gift_offer": [
            "ich schenk dir 50€ guthaben fürs handy, aber nur wenn du mir vertraust",
        ],
        "personal_question": [
            "wie alt bist du eigentlich? und wo genau wohnst du?",
            "hast du schon nen freund? wie weit bist du schon gegangen?",
        ],
        "secrecy": [
            "lösch den chat bitte, deine mama darf das nicht sehen",
            "sag deiner lehrerin nichts, sonst darfst du nicht mehr mit mir spielen",
        ],
        "isolation": [
            "deine freunde sind eh fake, die brauchst du nicht, du hast doch mich",
        ],
        "self_harm": [
            "hab mich heute wieder geritzt, will eigentlich nicht mehr da sein",
        ],
        "disclosure": [
            "papa hat mich wieder geschlagen, jetzt ist mein auge blau. ich trau mich nicht heim",
        ],
        "violence": [
            "morgen in der pause stech ich den ab, das messer ist schon im rucksack",
        ],
        "phone": [
            "meine nummer: null eins fünf sieben, drei drei, acht neun, zwei eins null",
            "ruf an 0049 1 7 6 / 12 34 56 78 wenn deine eltern schlafen",
        ],
        "contact": [
            "ich wohn in der Lindenstraße 7, 2. stock links. insta: lenakatze2012 ohne at",
        ],
        "abuse": [
            "du bist so ein behinderter spast, halt dein maul",
            "du hässliche missgeburt, dich mag eh keiner, h*rensohn",
        ],
    },
    "es": {
        "meeting": [
            "tus papás no están el sábado, verdad? paso a por ti con el coche y damos una vuelta",
            "si ganas la partida te doy el premio en persona, quedamos en el parque a las 6, "
            "ven sola",
        ],
        "photo_request": [
            "reto: mándame una foto en toalla al salir de la ducha jajaja",
            "hazme un vídeo bailando en tu cuarto en ropa interior, solo pa mí",
        ],
        "private_contact": [
            "aquí lo leen los profes, háblame por wasap mejor",
            "pásate a telegram, en chat secreto, allí nadie mira",
        ],
        "gift_offer": [
            "te regalo 2000 pavos si me dejas ser tu novio secreto",
        ],
        "personal_question": [
            "cuántos años tienes de verdad? estás sola en casa por las tardes?",
            "ya te ha venido la regla? tienes novio?",
        ],
        "secrecy": [
            "borra los mensajes eh, que si tu madre los ve se acaba todo",
            "esto es entre tú y yo, ni a la profe ni a tus padres",
        ],
        "isolation": [
            "tus amigas no te quieren, se ríen de ti, yo soy el único que te entiende",
        ],
        "self_harm": [
            "ya no aguanto más, esta noche me tiro del balcón",
        ],
        "disclosure": [
            "mi tío me obliga a hacer cosas cuando me quedo en su casa y dice que si lo cuento "
            "nadie me va a creer",
        ],
        "violence": [
            "mañana a la salida le reviento la cara a Hugo, llevo la navaja de mi hermano",
        ],
        "phone": [
            "mi número: seis cero cero, doble uno, dos 3, cuatro cinco seis",
            "llámame al +34 6 12-34-56-78 cuando tus padres duerman",
        ],
        "contact": [
            "vivo en la calle Mayor 23, 4º B. mi correo es lucia punto garcia arroba hotmail "
            "punto es",
        ],
        "abuse": [
            "eres un g1lipollas, nadie te soporta",
            "cállate put4 gorda",
        ],
    },
    "pl": {
        "meeting": [
            "twoi rodzice wyjeżdżają w weekend? to wpadnę wieczorem, tylko nikomu nie mów",
            "jak wygrasz ze mną w fifę to odbierzesz nagrodę osobiście, pod biedronką o 18, "
            "przyjdź sama",
        ],
        "photo_request": [
            "wyzwanie: wyślij mi fotkę w samej bieliźnie 😏",
            "nagraj mi filmik jak się przebierasz, nikt się nie dowie",
        ],
        "private_contact": [
            "tu czytają nauczyciele, napisz do mnie na messengerze",
            "zainstaluj tę apkę gdzie wiadomości znikają, tam pogadamy",
        ],
        "gift_offer": [
            "doładuję ci telefon za 50 zł, ale to ma być nasza tajemnica",
        ],
        "personal_question": [
            "ile masz naprawdę lat? jesteś sama w domu po szkole?",
            "masz już chłopaka? całowałaś się kiedyś?",
        ],
        "secrecy": [
            "usuń tę rozmowę, mama nie może tego zobaczyć",
            "nie mów nic wychowawczyni, bo już nie będziemy mogli gadać",
        ],
        "isolation": [
            "twoje koleżanki cię obgadują, nie potrzebujesz ich, masz mnie",
        ],
        "self_harm": [
            "znowu się pocięłam, nie chcę już żyć",
        ],
        "disclosure": [
            "ojczym bije mnie kablem jak mama jest w pracy, boję się wracać do domu",
        ],
        "violence": [
            "jutro po lekcjach go zajebię, mam nóż w plecaku",
        ],
        "phone": [
            "mój numer: pięćset, dwa dwa, trzy cztery, pięć sześć siedem",
            "dzwoń +48 6O1-234-567 jak rodzice zasną",
        ],
        "contact": [
            "mieszkam na os. Słonecznym 4 m. 12, przyjdź po szkole",
        ],
        "abuse": [
            "ty pierd*lony debilu, spierdalaj",
            "jesteś zwykłą k.u.r.w.ą i głupią szmatą",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we absolutely murdered them 5-0 at footy, their keeper got destroyed lol",
        "if i fail this maths test im literally dead, bury me with my calculator 💀",
        "2 to the power 30 is 1073741824, check it on ur calculator",
        "Reminder: trip forms and the £12 are due Friday, please give them to Mrs Patel, room 14",
        "Hi! I'm Ella, 12, from Leeds, your new partner class. I like horses and drawing",
        "can you send me the photo of the poster we made? i want to put it in the slides",
        "anyone finished the reading log? im on chapter 6",
        "my cat knocked my lego castle over again 😭",
        "what time does the bus leave for the museum tomorrow?",
        "happy birthday Sam!! 🎂 hope u have the best day",
        "who wants to do the volcano project with me and Priya?",
        "the wifi at school is sooo slow today",
        "headshot from across the map, absolute sniper kill 🔥",
        "Mr Hale says the science fair starts at 9:30 in the hall, parents welcome",
        "cant come to choir, got the dentist at 3",
    ],
    "it": [
        "abbiamo distrutto la 3B a pallavolo, 25 a 8, li abbiamo ammazzati 😂",
        "se prendo un altro 4 in latino mi sotterro, mia madre mi uccide",
        "quanto fa 999 x 999? a me viene 998001",
        "la prof ha detto che la gita a Firenze costa 35 euro, portare i soldi entro giovedì",
        "ciao! sono Giulia, ho 13 anni e sono di Bari, sono la vostra partner nel progetto",
        "mi mandi la foto della pagina 54? ho lasciato il libro a scuola",
        "chi viene al cinema sabato a vedere il film nuovo?",
        "il mio cane ha mangiato i compiti, giuro che è vero 🐶",
        "che bello domani niente interrogazione",
        "qualcuno ha capito l'esercizio 7 di geometria?",
        "buon compleanno Marco!! 🎉",
        "ho fatto la torta per la festa di classe, al cioccolato",
        "a fortnite ho fatto una strage, 14 kill in una partita",
        "oggi piove, l'allenamento di calcio è annullato",
        "domani portate il grembiule per il laboratorio di arte",
    ],
    "fr": [
        "on les a massacrés au hand, 30 à 12, leur gardien a rien vu 😂",
        "si je rate le contrôle de maths demain je suis mort, enterrez-moi",
        "10 puissance 9 ça fait un milliard, c'est énorme",
        "Rappel : sortie au musée jeudi, départ 8h15 devant le collège, prévoir un pique-nique",
        "Bonjour ! Je m'appelle Hugo, j'ai 11 ans, j'habite à Lyon et j'adore le foot",
        "tu peux m'envoyer la photo du tableau ? j'ai pas eu le temps de copier",
        "qui a fini l'exposé sur les volcans ?",
        "j'ai eu 18 en anglais trop contente",
        "ma petite sœur a perdu sa dent ce matin 🦷",
        "on fait le projet ensemble avec Inès ?",
        "à minecraft j'ai tué l'Ender Dragon !!",
        "la cantine aujourd'hui c'était des frites 🍟",
        "joyeux anniversaire Chloé !",
        "il neige !! bataille de boules de neige à la récré ?",
        "la chorale est annulée mardi, la prof est malade",
    ],
    "de": [
        "wir haben die 7b im fußball komplett zerstört, 6:0 😎",
        "wenn ich die mathearbeit verhaue bringt mich meine mutter um lol",
        "2 hoch 20 ist 1048576, stimmt das?",
        "Erinnerung: Wandertag am Dienstag, Treffpunkt 7:45 am Bahnhof, bitte 10 € mitbringen",
        "Hallo! Ich heiße Jonas, bin 12 und komme aus Graz, ich bin euer Partner im Projekt",
        "kannst du mir ein foto vom arbeitsblatt schicken? hab es vergessen",
        "wer kommt heute mit ins schwimmbad?",
        "mein hamster ist ausgebrochen 😱 wir haben ihn unterm sofa gefunden",
        "ich hab beim sportfest den weitsprung gewonnen",
        "habt ihr die hausaufgabe in bio verstanden?",
        "alles gute zum geburtstag Mia!! 🎂",
        "in fortnite hab ich alle weggeballert, victory royale",
        "morgen fällt die 3. stunde aus",
        "wir brauchen noch jemanden für das plakat über den wald",
        "es gibt heute pizza in der mensa",
    ],
    "es": [
        "les hemos machacado en baloncesto 40 a 12, los matamos 😂",
        "si suspendo el examen de mates mi madre me mata jaja",
        "un millón por un millón es un billón, o sea 10 elevado a 12",
        "Recordad: la excursión al zoo es el viernes, salimos a las 8:30, traed gorra y bocadillo",
        "Hola! Soy Pablo, tengo 12 años y vivo en Valencia, somos vuestra clase compañera",
        "me pasas la foto de los deberes de lengua? no los apunté",
        "quién viene a patinar el domingo?",
        "mi perro se ha comido mis deberes, de verdad 🐕",
        "hoy hay macarrones en el comedor",
        "qué guay la obra de teatro de ayer",
        "feliz cumple Lucía!! 🎉",
        "en el minecraft he construido un castillo gigante",
        "alguien tiene el libro de inglés para prestármelo?",
        "mañana hay que traer la flauta para música",
        "el partido de fútbol se ha aplazado por la lluvia",
    ],
    "pl": [
        "rozwaliliśmy 6b w siatkę, zmiażdżyliśmy ich 25:10 💪",
        "jak obleję sprawdzian z matmy to mama mnie zabije xD",
        "2 do potęgi 40 to ponad bilion, sprawdziłem na kalkulatorze",
        "Przypominam: wycieczka do Krakowa w piątek, zbiórka 7:30 pod szkołą, koszt 40 zł",
        "Cześć! Jestem Zosia, mam 11 lat i mieszkam w Gdańsku, jesteśmy waszą klasą partnerską",
        "możesz mi wysłać zdjęcie zadania z matmy? zapomniałem zeszytu",
        "kto idzie jutro na basen?",
        "mój kot znowu spał na moim plecaku 🐱",
        "dostałam piątkę z polskiego!!",
        "kto robi ze mną projekt o kosmosie?",
        "wszystkiego najlepszego Kuba!! 🎂",
        "w minecrafcie w końcu zabiłem smoka",
        "jutro nie ma pierwszej lekcji",
        "na obiad była pomidorowa",
        "pani od plastyki prosi o przyniesienie kredek",
    ],
}
