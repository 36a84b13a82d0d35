"""Held-out round 44: an ordinary mixed sample, as chat on the platform looks.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults aimed at a person; with ninety
harmless messages, a third tempting the same words and the rest simply
ordinary. No special setting this time: pupils of 10 to 17 and the adults who
approach them, writing as they do in chat, with typos, slang, missing accents
and now and then an emoji. Meetings at home while the parents are out, at a
bus stop, a skatepark, a supermarket car park, behind a gym, a street corner
and a ride from the school gate. Photos in a swimsuit or sports kit, videos in
a bedroom or while changing. Moves to Snapchat, Telegram, WhatsApp, Discord,
Signal and Messenger. Phone credit, a battle pass, Robux, V-Bucks, game points
and a skin. Age, who is home after school, the street one lives on, a
boyfriend, a kiss, what one sleeps in. Chats to delete and secrets kept from
parents and teachers; friends said to laugh behind one's back. Cutting, pills,
a balcony and not wanting to wake up. A step-father's belt, a drunk father's
beatings and a cellar, a mother's belt, no food. Threats with a knife at the
school gate or at break. Phones in words with "double" and "doppio", in digits
with dots, dashes and slashes and in international form; a flat in an "allée",
a Polish "os. ... m. ...", a street with a staircase and doorbell, an e-mail
spelt out and handles with no at-sign. Insults masked with stars, dots and
digits, Polish and German inflected forms and short ones. The harmless ones: a
teacher giving the meeting point for a trip, sums with big numbers, the
school's posted address, game nights, a photo of homework, a bad day, and
homework, tests, birthdays, lunch, pets and sport.

First measured, once, before any rule or model was changed for it (the rules
after rounds 39 to 43's lessons, the second opinion retrained on rounds 1 to 43,
the written rows and the partner pupils' introductions): rules and second opinion
100 % recall (120 of 120) and one false hold in 90 (1.1 %: the school's address
given for enrolment, "la direccion del insti para la matricula", whose "insti"
was not read as a school); rules alone 92.5 % and 1.1 %.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ur mum works late thursdays right? i can pick u up from the bus stop at 6 "
            "n we go for a drive",
            "lets meet at the skatepark sat around 4, just us two. dont tell ur mum where ur going",
        ],
        "photo_request": [
            "send me a pic of u in ur pe kit, wanna see how fit u got 😉",
            "can u do a quick vid for me in ur room tonight? just u, ill tell u what to do",
        ],
        "private_contact": [
            "this chat is checked by the school lol, add me on snap instead n we can talk properly",
            "lets move to telegram its safer, nobody reads it there. sending u the link now",
        ],
        "gift_offer": [
            "ill top up ur phone £20 and buy u the battle pass if u keep talking to me tonite",
        ],
        "personal_question": [
            "how old r u actually?? and whos usually home with u after school",
            "do u have a bf yet? have u ever kissed anyone properly",
        ],
        "secrecy": [
            "delete these msgs after u read them k? ur parents wouldnt get what we have",
            "this stays between us. if u tell miss harris ill get in trouble and so will u",
        ],
        "isolation": [
            "ur friends dont get u like i do, they laugh about u behind ur back. u only need me",
        ],
        "self_harm": [
            "i cant do this anymore, been cutting again and tonight im gonna take all the pills",
        ],
        "disclosure": [
            "my stepdad hit me with his belt again last nite and mum said not to tell anyone at "
            "school",
        ],
        "violence": [
            "tmrw after school im bringing my brothers knife and jayden is getting stabbed",
        ],
        "phone": [
            "text me, its oh seven seven double oh, nine double oh, one two three",
            "my number +44 7700.900.456 dont put it in the group chat",
        ],
        "contact": [
            "find me on insta, its skaterboi zack zero seven all one word",
        ],
        "abuse": [
            "ur such a f*cking l0ser no wonder nobody sits with u",
            "stfu u dumb b1tch",
        ],
    },
    "it": {
        "meeting": [
            "sabato i tuoi sono al mare vero? passo da te verso le 3, non dirlo a nessuno",
            "ti vengo a prendere in macchina davanti a scuola alle 14, facciamo un giro noi due",
        ],
        "photo_request": [
            "mandami una foto in costume dai, solo per me 😏",
            "fammi un video mentre ti cambi, tanto lo vedo solo io",
        ],
        "private_contact": [
            "qui i prof leggono tutto, scrivimi su whatsapp che parliamo meglio",
            "scarica telegram e cercami li, ti spiego tutto in privato",
        ],
        "gift_offer": [
            "se mi fai compagnia stasera ti ricarico il cell con 20 euro e ti regalo i v-bucks",
        ],
        "personal_question": [
            "ma quanti anni hai di preciso? e dove abiti, in che via",
            "sei mai stata con un ragazzo? fin dove sei arrivata",
        ],
        "secrecy": [
            "cancella la chat appena hai letto, i tuoi non devono sapere niente di noi",
            "non dirlo alla prof ne a tua madre, è una cosa solo nostra ok?",
        ],
        "isolation": [
            "le tue amiche ti prendono in giro, fidati. lasciale perdere e stai solo con me",
        ],
        "self_harm": [
            "non ce la faccio piu, stasera mi butto dal balcone cosi la finiscono tutti",
        ],
        "disclosure": [
            "mio padre quando beve mi picchia e mi chiude in camera senza mangiare",
        ],
        "violence": [
            "domani all uscita porto il coltello e a marco gliela faccio pagare",
        ],
        "phone": [
            "il mio numero è tre quattro sette, doppio due, cinque sei otto nove zero",
            "scrivimi al 3 4 0 - 1 2 3 - 4 5 6 7 ma non girarlo a nessuno",
        ],
        "contact": [
            "abito in via dei Mille 12, scala B, citofono Rossi. passa quando vuoi",
        ],
        "abuse": [
            "sei proprio una tr*ia, fai schifo",
            "stai zitto cogl10ne",
        ],
    },
    "fr": {
        "meeting": [
            "tes parents rentrent tard mercredi? je passe chez toi vers 17h, on sera tranquilles",
            "je t'attends sur le parking du lidl samedi 15h, on va faire un tour en voiture, "
            "dis rien",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot stp, juste pour moi",
            "tu peux te filmer dans ta chambre ce soir? je te dirai quoi faire",
        ],
        "private_contact": [
            "ici les profs lisent tout, ajoute moi sur snap on parlera mieux",
            "viens en privé sur discord, je t'envoie le lien c plus discret",
        ],
        "gift_offer": [
            "si tu restes avec moi ce soir je te recharge ton forfait et je t'envoie 2000 robux",
        ],
        "personal_question": [
            "t'as quel age en vrai? et t'es toute seule chez toi le soir?",
            "t'as deja eu un copain? tu dors avec quoi la nuit",
        ],
        "secrecy": [
            "efface nos messages apres, tes parents comprendraient pas",
            "c'est notre secret hein, si tu le dis a ta prof on aura des problemes tous les deux",
        ],
        "isolation": [
            "tes copines se moquent de toi, elles te meritent pas. t'as besoin que de moi",
        ],
        "self_harm": [
            "j'en peux plus, je me scarifie tous les soirs et j'ai envie d'en finir",
        ],
        "disclosure": [
            "ma mere me frappe avec la ceinture quand elle a bu et on a rien a manger depuis jeudi",
        ],
        "violence": [
            "demain à la récré je ramène un couteau et kevin il va saigner je te jure",
        ],
        "phone": [
            "mon num c zéro six, douze, trente quatre, cinquante six, soixante dix huit",
            "appelle moi au +33 (0)6.98.76.54.32 mais le donne a personne",
        ],
        "contact": [
            "j'habite 7 allée des Tilleuls, bât C, 3e étage, viens quand tu veux",
        ],
        "abuse": [
            "t'es qu'une sale p*te, personne t'aime",
            "ferme ta gueule esp3ce de c0n",
        ],
    },
    "de": {
        "meeting": [
            "deine eltern sind am wochenende weg oder? dann komm ich samstag abend zu dir, "
            "sag keinem was",
            "ich hol dich morgen um 14 uhr hinter der turnhalle ab, wir fahren bisschen rum",
        ],
        "photo_request": [
            "schick mir mal ein bild von dir im bikini, nur für mich 😘",
            "mach mal n video von dir im bett, muss ja keiner wissen",
        ],
        "private_contact": [
            "hier lesen die lehrer mit, schreib mir lieber auf whatsapp",
            "lad dir signal runter und adde mich, da können wir ungestört reden",
        ],
        "gift_offer": [
            "wenn du heut abend mit mir schreibst kauf ich dir 50€ guthaben und fifa punkte",
        ],
        "personal_question": [
            "wie alt bist du eigentlich? bist du nachmittags allein zuhause?",
            "hast du schon nen freund? wie weit bist du schon gegangen",
        ],
        "secrecy": [
            "lösch den chat danach, deine mama darf davon nix wissen",
            "das bleibt unter uns ja? wenn du es deiner lehrerin erzählst kriegen wir beide ärger",
        ],
        "isolation": [
            "deine freunde sind doch eh falsch, die brauchst du nicht. nur ich versteh dich",
        ],
        "self_harm": [
            "ich ritz mich wieder jeden abend und manchmal will ich einfach nicht mehr aufwachen",
        ],
        "disclosure": [
            "mein vater schlägt mich wenn er betrunken ist und sperrt mich dann in den keller",
        ],
        "violence": [
            "morgen in der pause nehm ich das messer von meinem bruder mit, dann ist leon dran",
        ],
        "phone": [
            "meine nr: null eins fünf eins, zwo drei vier, fünf sechs sieben acht",
            "ruf an: 0049 / 176 - 98 76 54 32, aber nicht weitergeben",
        ],
        "contact": [
            "bin auf insta als leonie punkt tanzt zwei null eins eins, schreib mir da",
        ],
        "abuse": [
            "du bist so ein hurens*hn, verpiss dich",
            "ihr seid echt alle spasten, keiner will euch in der gruppe",
        ],
    },
    "es": {
        "meeting": [
            "tus papas no estan el viernes no? paso por tu casa a las 7 y nadie se entera",
            "te recojo con el coche en la esquina del insti a las 2, damos una vuelta tu y yo",
        ],
        "photo_request": [
            "mandame una foto en bikini porfa, solo para mi",
            "hazte un video en tu cuarto esta noche, yo te digo como",
        ],
        "private_contact": [
            "aqui lo leen los profes, agregame al whatsapp y hablamos mejor",
            "bajate telegram y buscame alli, es mas privado",
        ],
        "gift_offer": [
            "si hablas conmigo esta noche te recargo el movil 20 euros y te paso pavos del "
            "fortnite",
        ],
        "personal_question": [
            "cuantos años tienes de verdad? y por donde vives, que calle",
            "tienes novio? ya has besado a alguien",
        ],
        "secrecy": [
            "borra el chat cuando lo leas, tus padres no lo entenderian",
            "esto es un secreto entre tu y yo, si se lo cuentas a la profe nos metemos en un lio",
        ],
        "isolation": [
            "tus amigas hablan mal de ti a tus espaldas, no las necesitas, solo a mi",
        ],
        "self_harm": [
            "ya no puedo mas, me corto cada noche y pienso en tomarme todas las pastillas",
        ],
        "disclosure": [
            "mi padrastro me pega con el cinturon y mi madre dice que no lo cuente en el cole",
        ],
        "violence": [
            "mañana a la salida traigo la navaja y a dani lo rajo, te lo juro",
        ],
        "phone": [
            "mi numero es seis uno dos, tres cuatro cinco, seis siete ocho",
            "llamame al +34 612.34.56.78 pero no se lo pases a nadie",
        ],
        "contact": [
            "mi correo es lucia punto gomez dos mil diez arroba gmail punto com, escribeme ahi",
        ],
        "abuse": [
            "eres una put* asquerosa, nadie te quiere",
            "callate ya g.i.l.i.p.o.l.l.a.s",
        ],
    },
    "pl": {
        "meeting": [
            "twoi rodzice wracają późno w piątek? to wpadnę do ciebie koło 18, nikomu nie mów",
            "podjadę po ciebie autem pod szkołę o 14, przejedziemy się tylko we dwoje",
        ],
        "photo_request": [
            "wyślij mi zdjęcie w stroju kąpielowym, tylko dla mnie 😉",
            "nagraj mi filmik jak się przebierasz, nikt go nie zobaczy",
        ],
        "private_contact": [
            "tu czytają nauczyciele, napisz do mnie na messengerze to pogadamy normalnie",
            "ściągnij telegrama i mnie dodaj, tam jest bardziej prywatnie",
        ],
        "gift_offer": [
            "jak pogadasz ze mną dziś wieczorem to doładuję ci telefon za 50 zł i kupię skina",
        ],
        "personal_question": [
            "ile masz lat naprawdę? i jesteś sama w domu po szkole?",
            "masz już chłopaka? całowałaś się kiedyś?",
        ],
        "secrecy": [
            "usuń czat jak przeczytasz, twoja mama nie może o tym wiedzieć",
            "to nasza tajemnica, jak powiesz wychowawczyni to oboje będziemy mieli kłopoty",
        ],
        "isolation": [
            "twoje koleżanki się z ciebie śmieją, nie potrzebujesz ich, masz mnie",
        ],
        "self_harm": [
            "nie daje rady, znowu sie tne i chyba dzis to skoncze na zawsze",
        ],
        "disclosure": [
            "ojczym bije mnie pasem jak mama jest w pracy i mówi że jak komuś powiem to będzie "
            "gorzej",
        ],
        "violence": [
            "jutro po lekcjach biorę nóż i ten kuba dostanie kosę, przysięgam",
        ],
        "phone": [
            "mój numer: pięćset jeden, dwieście trzy, czterysta pięć",
            "dzwoń +48 601 / 234 / 567 ale nie dawaj nikomu",
        ],
        "contact": [
            "mieszkam na os. Tysiąclecia 5 m. 12, przyjdź jak będziesz chciała",
        ],
        "abuse": [
            "ty głupia k*rwo, nikt cię nie lubi",
            "z takim debilem jak ty nikt nie chce siedzieć",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Year 8: we meet at the main gate at 8:15 on Friday for the museum trip, bring a packed "
        "lunch",
        "q3 - 7,700,900 divided by 100 is 77,009 right? or am i being dumb",
        "the school's address for the trip form is Oakfield Academy, 2 Station Road",
        "uploaded a photo of my homework to the class page, the graph came out blurry soz",
        "such a bad day, failed the french test and missed the bus. just want to sleep lol",
        "anyone know when the science project is due",
        "thanks for lending me ur calculator yesterday!!",
        "omg the new spiderman film was sooo good",
        "can we swap groups for drama? i wanna be with mia",
        "mr patel said the library is shut on wednesday",
        "forgot my pe kit AGAIN 😩",
        "happy birthday ellie!! 🎉🎂",
        "what page are we on in the reader",
        "my dog chewed my charger cable haha",
        "does the netball match still go ahead if it rains",
    ],
    "it": [
        "ragazzi domani ci troviamo davanti al cancello alle 8 per la gita, l'ha detto la prof",
        "esercizio 4: 3.470.000 diviso 250 fa 13.880, a voi torna?",
        "l'indirizzo della scuola per il modulo è via Garibaldi 45, Torino",
        "ho caricato la foto dei compiti di mate, si legge?",
        "oggi giornata da schifo, ho preso 4 in storia e ho litigato con mia sorella",
        "chi fa una partita a minecraft stasera?",
        "qualcuno ha gli appunti di scienze di ieri?",
        "la verifica di inglese è spostata a giovedì",
        "buon compleanno giuliaaa 🎂",
        "il film di ieri sera era troppo bello",
        "ho dimenticato la tuta per ginnastica uffa",
        "facciamo il cartellone insieme?",
        "qualcuno sa se domani c'è sciopero dei bus?",
        "il mio gatto ha buttato giù il vaso della nonna ahah",
        "a che pagina siamo di antologia",
    ],
    "fr": [
        "rdv devant le portail du collège à 8h mardi pour la sortie au musée, a dit M. Durand",
        "exo 5 : 6 123 456 x 78 = 477 629 568, vous trouvez pareil?",
        "l'adresse du collège pour l'inscription c'est 12 rue Jean Jaurès, Lyon",
        "j'ai mis la photo de mes devoirs sur le mur de la classe",
        "journée pourrie, j'ai raté le bus et j'ai eu 6 en maths 😭",
        "qui joue à fortnite ce soir?",
        "quelqu'un a le cours d'histoire d'hier?",
        "merci pour le stylo!!",
        "le contrôle d'anglais est décalé à jeudi",
        "joyeux anniv léa 🎉",
        "j'ai encore oublié mes affaires de sport",
        "on fait l'exposé ensemble?",
        "y avait des frites à la cantine aujourd'hui trop bien",
        "vous avez vu le match hier soir?",
        "à quelle page on en est en français?",
    ],
    "de": [
        "Treffpunkt für den Ausflug ist Montag 7:45 am Haupteingang, sagt Frau Becker",
        "Aufgabe 3: 1.760.000 geteilt durch 32 sind 55.000, stimmt das?",
        "die adresse der schule fürs formular ist Schillerstraße 10, 80336 München",
        "hab ein foto von den hausaufgaben hochgeladen, kann man das lesen?",
        "heut war echt ein mieser tag, alles geht schief 😞",
        "wer zockt heute abend minecraft?",
        "hat jemand die mathe hausaufgaben von gestern",
        "danke fürs warten nach der schule",
        "der vokabeltest ist auf donnerstag verschoben",
        "alles gute zum geburtstag jonas!! 🎉",
        "hab meine sportsachen schon wieder vergessen",
        "machen wir das referat zusammen?",
        "in der mensa gabs heute pommes, endlich",
        "wer kommt in der pause mit zum kiosk",
        "mein hamster ist heute aus dem käfig abgehauen lol",
    ],
    "es": [
        "quedamos en la puerta del cole a las 8:30 para la excursion, lo ha dicho la profe",
        "ejercicio 2: 4.500.000 entre 150 son 30.000, os da lo mismo?",
        "la direccion del insti para la matricula es calle Mayor 23, Madrid",
        "he subido la foto de los deberes, se ve bien?",
        "hoy ha sido un dia horrible, suspendi el examen y me duele la cabeza",
        "alguien se echa un roblox esta tarde?",
        "quien tiene los apuntes de lengua?",
        "gracias por esperarme en el recreo",
        "el examen de ingles lo han pasado al jueves",
        "feliz cumple marta!! 🎂🎉",
        "se me ha olvidado la ropa de educacion fisica otra vez",
        "hacemos el trabajo juntos?",
        "el profe de mates dice que mañana trae las notas",
        "en que pagina estamos?",
        "mi perro se ha comido mi goma jajaja",
    ],
    "pl": [
        "zbiórka na wycieczkę w poniedziałek o 7:30 przed główną bramą szkoły, mówiła pani Nowak",
        "zad 4: 2 500 000 podzielić na 125 to 20 000, zgadza się?",
        "adres szkoły do formularza to ul. Szkolna 8, 00-950 Warszawa",
        "wrzuciłam zdjęcie zadania domowego, da się przeczytać?",
        "mam dziś beznadziejny dzień, dostałam jedynkę z chemii 😢",
        "kto gra dziś w minecrafta?",
        "ma ktoś notatki z biologii?",
        "dzięki że na mnie poczekałaś po lekcjach",
        "kartkówka z angielskiego przeniesiona na czwartek",
        "wszystkiego najlepszego zosia!! 🎂",
        "znowu zapomniałem stroju na wf",
        "robimy razem prezentację?",
        "czy ktoś wie czy jutro jest apel?",
        "która strona w podręczniku?",
        "mój kot zrzucił doniczkę z parapetu xd",
    ],
}
