"""Held-out round 38: an ordinary mixed sample, written as pupils really write.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults; with ninety harmless messages,
about a third tempting the same words and the rest simply ordinary. Written in
each language's own chat idiom, with typos, missing accents, slang, emoji and
digits, and by older strangers posing as a peer, a coach, a gamer or a model
scout. Meetings behind a bowling alley, at a car wash, a climbing club's car
park, a boat jetty, a petrol station, a greenhouse in the park, and visits
while parents are at work or away. Photo and video requests for a catalogue, a
casting or a shoot, dancing or changing in a bedroom. Moves to other apps or
private messages because teachers read the school's chat. Gifts of game
currency, a game gift card, phone credit and money sent by app. Personal
questions about age, a first kiss, a boyfriend, height and weight, puberty, a
first period, a bra size, sleeping alone and being home alone. Secrecy from
parents and form teachers and deleting chats; friends and family said to be
false. Self-harm with saved pills, cutting, a goodbye letter and a medicine
cabinet. Disclosures of a belt, a cellar and no food, a charger cable, an
uncle at night, a slipper and a drunk father. Threats with a knife, a baseball
bat, a box cutter, knuckle dusters, a flick knife and a stick. Phones in words
and digits, "double" and "doppio", separators and international form; a flat
number, an "allee", an estate's "os. ... m. ...", e-mails spelt out and a
handle with no at-sign. Insults masked with stars, dots and digits, and
inflected. The harmless ones: a class meeting point, big-number sums, the
school's posted address, a worksheet photo, a lost match, homework, trips,
sport, pets, music and games.

First measured, once, before any rule or model was changed for it (the rules
after round 36's lessons, the second opinion of rounds 1 to 36 and the written
rows): rules and second opinion 100 % recall (120 of 120) and one false hold
in 90 (1.1 %: a French multiplication of "1 200 000 fois 3", read as a phone
number in words and digits); rules alone 96.7 % and 1.1 %.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hey its coach dan, i can give u a lift home after training sat. "
            "wait by the car wash on mill rd so the others dont see",
            "im 16 too lol 😅 meet me behind the bowling alley fri 8pm? come alone its more fun",
        ],
        "photo_request": [
            "the agency needs 3 pics of u in a swimsuit to see if ur right for the "
            "catalogue, front and side pls",
            "send a vid of u dancing in ur room tonight, just for me 😉 noone else will see it",
        ],
        "private_contact": [
            "this chat gets checked by the school, add me on snap instead its easier",
            "lets move to discord dms, teachers cant read those. ill send u the invite",
        ],
        "gift_offer": [
            "i can gift u 2000 vbucks tonight if u do a lil favour for me first",
        ],
        "personal_question": [
            "how old r u actually? and have u ever kissed anyone or not yet",
            "whos at home with u after school? r ur parents usually back late",
        ],
        "secrecy": [
            "dont tell ur mum we talk ok? she wouldnt get it. delete this after u read it",
            "this is our thing, if mrs parker asks just say im ur cousin from leeds",
        ],
        "isolation": [
            "ur friends only pretend to like u, im the only one who actually gets u. "
            "u dont need them",
        ],
        "self_harm": [
            "honestly everyone would be better off if i just wasnt here. "
            "ive been saving up my nans pills",
        ],
        "disclosure": [
            "cant do the swimming trip, dad said if anyone sees the belt marks "
            "and i tell, he'll do it again",
        ],
        "violence": [
            "say that again tmrw and ill bring my brothers knife and stab u behind the sports hall",
        ],
        "phone": [
            "text me on oh seven seven double one, four 5 six, nine eight two 0",
            "my no. is +44 7 nine 00 - 12 three - 456, ring after 10",
        ],
        "contact": [
            "come to mine, 14b Ashgrove Close flat 3, or email jake dot rider2011 at gmail dot com",
        ],
        "abuse": [
            "ur such a f*cking r3tard nobody wants u in the group",
            "shut up u fat c0w",
        ],
    },
    "it": {
        "meeting": [
            "sono marco ho 15 anni anche io, sabato ci vediamo dietro la serra del parco? "
            "pero vieni da sola",
            "domani i tuoi lavorano fino alle 7 no? passo io da te verso le 4, "
            "ti porto un regalino 🎁",
        ],
        "photo_request": [
            "mandami una foto allo specchio solo con la canottiera, dai che sei bellissima",
            "lavoro per un agenzia di moda, mi servono foto in costume da bagno entro stasera",
        ],
        "private_contact": [
            "qui ci leggono i prof, scrivimi su telegram che parliamo tranquilli",
            "passiamo su whatsapp? li i prof non vedono niente, ti scrivo in privato",
        ],
        "gift_offer": [
            "ti faccio una ricarica di 20 euro sul cell se stasera mi fai una videochiamata",
        ],
        "personal_question": [
            "quanto sei alta e quanto pesi? ce l'hai gia il ragazzo?",
            "a che ora rimani da sola a casa? la mamma torna tardi?",
        ],
        "secrecy": [
            "cancella tutti i messaggi prima che tua madre ti prenda il telefono ok?",
            "non dire niente alla prof di quello che ci siamo detti, resta tra noi due",
        ],
        "isolation": [
            "le tue amiche parlano male di te alle spalle, fidati solo di me e lasciale perdere",
        ],
        "self_harm": [
            "mi sono tagliata di nuovo le braccia, tanto nessuno se ne accorge, "
            "non ce la faccio piu",
        ],
        "disclosure": [
            "il mio patrigno mi chiude in cantina quando prendo brutti voti e "
            "poi non mi da da mangiare",
        ],
        "violence": [
            "all'uscita ti aspetto con la mazza da baseball e ti spacco la faccia",
        ],
        "phone": [
            "chiamami 3 tre nove, doppio sette, 21 cinque otto 44",
            "il mio num e +39 tre4sette / 88 / 12 zero 6",
        ],
        "contact": [
            "scrivimi a giulia punto bianchi 09 chiocciola libero punto it",
        ],
        "abuse": [
            "sei proprio una tr0ia, vergognati",
            "stai zitto c.o.g.l.i.o.n.e fai schifo a tutti",
        ],
    },
    "fr": {
        "meeting": [
            "c Kevin du club d'escalade, je peux te ramener en voiture apres l'entrainement, "
            "attends moi au parking derriere",
            "tes parents sont pas la ce week-end? je passe chez toi samedi soir, "
            "on sera tranquilles",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot stp, c pour voir si t'as le profil "
            "pour le casting",
            "fais moi une petite video de toi dans ta chambre ce soir, juste pour moi 😘",
        ],
        "private_contact": [
            "on continue sur snap? ici les profs peuvent tout lire",
            "viens en mp sur insta, je t'explique un truc que je peux pas dire ici",
        ],
        "gift_offer": [
            "je t'offre une carte cadeau de 50 euros pour fortnite, t'as juste a m'appeler en cam",
        ],
        "personal_question": [
            "t'as quel age en vrai? et tu dors toute seule dans ta chambre?",
            "c quoi ta taille de soutif? je demande pour un cadeau",
        ],
        "secrecy": [
            "surtout tu le dis pas a tes parents, ils comprendraient pas notre relation",
            "efface la conv apres, si la prof principale voit ca on va avoir des problemes",
        ],
        "isolation": [
            "tes potes se moquent de toi quand t'es pas la, t'as besoin que de moi",
        ],
        "self_harm": [
            "j'ai plus envie de me reveiller le matin, j'ai ecrit une lettre pour ma mere "
            "au cas ou",
        ],
        "disclosure": [
            "ma mere boit tous les soirs et quand elle crie elle me tape avec le fil du chargeur",
        ],
        "violence": [
            "demain je ramene le cutter de mon pere et tu vas saigner, je rigole pas",
        ],
        "phone": [
            "mon num c zero six, douze, 34, cinquante six, 7 huit",
            "appelle au +33 6 dix-neuf 22 . 4 4 . quatre-vingt-un",
        ],
        "contact": [
            "j'habite 7 allee des Tilleuls, bat C, 3e etage, passe quand tu veux",
        ],
        "abuse": [
            "t'es qu'une sale p*te, personne t'aime",
            "ferme ta gueule espece de b4tard",
        ],
    },
    "de": {
        "meeting": [
            "bin auch erst 14 😊 treffen wir uns samstag am bootssteg? aber bring keinen mit ok",
            "ich hol dich nach dem training mit dem auto ab, sag deinen eltern einfach "
            "du bist bei lena",
        ],
        "photo_request": [
            "schick mal ein bild von dir im bikini, fürs shooting brauch ich das vorher",
            "mach ein video wenn du dich umziehst, nur für mich versprochen",
        ],
        "private_contact": [
            "lass lieber auf whatsapp schreiben, hier lesen die lehrer mit",
            "hast du telegram? da können wir privat reden ohne dass jemand was sieht",
        ],
        "gift_offer": [
            "ich schenk dir 5000 robux wenn du heut abend mit mir videochattest",
        ],
        "personal_question": [
            "wie alt bist du genau und bist du schon in der pubertät?",
            "bist du heute nachmittag allein zuhause? wann kommen deine eltern heim",
        ],
        "secrecy": [
            "sag deinen eltern nix von uns, die würden das verbieten. lösch den chat",
            "das bleibt unter uns ja? auch nicht deiner klassenlehrerin erzählen",
        ],
        "isolation": [
            "deine familie versteht dich eh nicht, nur ich bin wirklich für dich da",
        ],
        "self_harm": [
            "hab mich gestern wieder geritzt, es hilft irgendwie, aber ich will einfach nicht mehr",
        ],
        "disclosure": [
            "mein onkel kommt nachts in mein zimmer und sagt ich darf das keinem erzählen",
        ],
        "violence": [
            "nach der schule mach ich dich mit dem schlagring fertig, wart's ab",
        ],
        "phone": [
            "meine nummer: null eins sieben sechs, 55 / 89 - zwo drei 1",
            "ruf an: +49 1 5 2 . drei drei 7 . 04 neun",
        ],
        "contact": [
            "mein insta ist lara punkt sonne 08 ohne at, schreib mir da",
        ],
        "abuse": [
            "du bist so ein dummer w1chser",
            "ihr seid alle behinderte Missgeburten, verpisst euch",
        ],
    },
    "es": {
        "meeting": [
            "soy entrenador del equipo, si quieres te llevo a casa en coche despues del "
            "partido, esperame en la gasolinera",
            "oye cuando tus papas se vayan al pueblo el finde paso a verte, no les digas nada",
        ],
        "photo_request": [
            "mandame una foto en ropa interior, es para ver si vales para modelo",
            "pasame un video bailando en tu cuarto, solo lo veo yo te lo prometo",
        ],
        "private_contact": [
            "aqui nos leen los profes, agregame al insta y hablamos por dm",
            "bajate telegram y hablamos por ahi que es mas privado",
        ],
        "gift_offer": [
            "te paso 30€ por bizum si me haces una videollamada esta noche",
        ],
        "personal_question": [
            "cuantos años tienes de verdad? ya te ha bajado la regla?",
            "estas sola en casa por las tardes? a que hora llega tu madre",
        ],
        "secrecy": [
            "borra los mensajes cuando los leas y no se lo cuentes a nadie, ni a tu tutora",
            "esto es nuestro secreto eh, si tus padres se enteran ya no podremos hablar",
        ],
        "isolation": [
            "tus amigas son unas falsas, no las necesitas, solo yo te quiero de verdad",
        ],
        "self_harm": [
            "ya no aguanto mas, esta noche me tomo todas las pastillas del botiquin",
        ],
        "disclosure": [
            "mi padrastro me pega con la zapatilla y me deja sin cenar si lloro",
        ],
        "violence": [
            "mañana te espero a la salida con una navaja y te rajo",
        ],
        "phone": [
            "mi movil es seis cero 7, doble cuatro, 12 nueve, 80 tres",
            "llamame al +34 seis 12 / 88 / 9 tres / 05",
        ],
        "contact": [
            "mi correo es lucia punto gomez 2012 arroba hotmail punto com, escribeme",
        ],
        "abuse": [
            "eres un p*to subnormal, vete a la mierda",
            "callate gorda as.q.u.e.r.o.s.a",
        ],
    },
    "pl": {
        "meeting": [
            "mam 15 lat tak jak ty, spotkamy sie w sobote za kregielnia? przyjdz sama",
            "podwioze cie autem po treningu, tylko powiedz rodzicom ze jestes u kolezanki",
        ],
        "photo_request": [
            "wyslij mi zdjecie w bieliznie, to do agencji modelek, nikt inny nie zobaczy",
            "nagraj filmik jak sie przebierasz, tylko dla mnie 😉",
        ],
        "private_contact": [
            "tu czytaja nauczyciele, pisz do mnie na snapie",
            "przejdzmy na priv na discordzie, tam nikt nie sprawdza",
        ],
        "gift_offer": [
            "doladuje ci telefon za 50 zl jak pogadasz ze mna na kamerce",
        ],
        "personal_question": [
            "ile masz lat naprawde? masz juz chlopaka?",
            "o ktorej zostajesz sama w domu? mama pracuje do pozna?",
        ],
        "secrecy": [
            "nie mow nic mamie o naszych rozmowach i usun czat",
            "to nasza tajemnica, wychowawczyni nie musi o niczym wiedziec",
        ],
        "isolation": [
            "twoi znajomi cie nie lubia, smieja sie z ciebie za plecami, masz tylko mnie",
        ],
        "self_harm": [
            "znowu sie pocielam, nie chce mi sie juz zyc, mam dosc wszystkiego",
        ],
        "disclosure": [
            "ojciec znowu pijany, bije mame i mnie pasem, boje sie wracac do domu",
        ],
        "violence": [
            "po lekcjach cie dorwe i polamie ci nogi kijem, zobaczysz",
        ],
        "phone": [
            "moj nr: piec zero jeden, 23 cztery, szesc 7 osiem",
            "zadzwon +48 6 0 2 - sto dwadziescia trzy - 45 6",
        ],
        "contact": [
            "mieszkam na os. Slonecznym 12 m. 34, wpadnij jak rodzice wyjada",
        ],
        "abuse": [
            "zamknij sie debilu jeb*ny",
            "ty k.u.r.w.o nikt cie tu nie chce",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Year 8: we meet at the main gate at 8:15 on Friday for the museum trip, "
        "bring a packed lunch.",
        "can someone send me the photo of the worksheet? i left mine on the bus",
        "q4: 7 770 000 divided by 35 is 222 000, right?",
        "the school address for the permission form is 12 Church Lane, Hadley, HD4 2PQ",
        "gutted we lost 3-1, nearly cried on the pitch but we'll get them next time",
        "anyone done the french vocab yet",
        "my cat knocked my science model off the desk 😭",
        "whos bringing the ball on wednesday",
        "the library is shut on monday so book club moves to tuesday",
        "finally beat minecraft hardcore lol 40 days",
        "does the essay need a title page or not",
        "cant wait for the swimming gala!!",
        "thanks for helping me with fractions today",
        "bake sale for the animal shelter on thursday, bring cupcakes",
        "what time does orchestra rehearsal finish?",
    ],
    "it": [
        "ragazzi ci troviamo alle 8 davanti alla palestra per la gita a Firenze, "
        "lo ha detto la prof",
        "mi mandi la foto della scheda di geometria? non l'ho copiata",
        "3 400 000 diviso 20 fa 170 000, giusto?",
        "l'indirizzo della scuola per il modulo e via Roma 15, Bologna",
        "abbiamo perso la finale 2-0, sono troppo triste ma vabbe",
        "qualcuno ha fatto gli esercizi di latino?",
        "domani porto la torta per il compleanno di Sara",
        "la verifica di storia e spostata a giovedi",
        "che bello il concerto di ieri sera",
        "chi viene a giocare a calcetto oggi pomeriggio?",
        "mi presti il primo libro di Harry Potter?",
        "ho finito il progetto di scienze sulle api 🐝",
        "la prof ha detto di portare il compasso",
        "buon natale a tutti!! 🎄",
        "sto imparando a suonare la chitarra, per ora so tre accordi",
    ],
    "fr": [
        "Rendez-vous devant le CDI a 13h30 pour la sortie au musee, "
        "n'oubliez pas vos autorisations.",
        "tu peux m'envoyer la photo de la fiche d'exos? j'ai oublie de la noter",
        "1 200 000 fois 3 ca fait 3 600 000, j'ai bon?",
        "l'adresse du college pour le courrier: 4 rue Victor Hugo, 69003 Lyon",
        "on a perdu le match de hand, j'ai pleure dans le bus mais ca va mieux",
        "qqn a compris l'exo 5 de physique?",
        "j'ai eu 16 en anglais trop contente",
        "a la cantine c'etait frites aujourd'hui 😋",
        "on fait l'expose sur les volcans ensemble?",
        "c'est quand le brevet blanc deja",
        "j'ai commence a lire Le Petit Prince",
        "le prof de musique est absent demain",
        "qui vient au tournoi de badminton mercredi?",
        "bonnes vacances tout le monde",
        "mon frere m'a appris a faire des crepes",
    ],
    "de": [
        "Die 7b trifft sich morgen um 7:45 am Haupteingang, wir fahren mit dem Bus zum Zoo.",
        "kannst du mir das foto vom arbeitsblatt schicken? habs vergessen",
        "wenn man 2 500 000 durch 50 teilt kommt 50 000 raus oder?",
        "Schuladresse für den Brief: Goethestraße 12, 80331 München",
        "wir haben 4:2 verloren, ich war echt traurig, aber nächstes mal",
        "hat jemand die mathe hausaufgaben?",
        "morgen fällt sport aus",
        "wer kommt mit ins schwimmbad am sonntag?",
        "ich hab einen neuen hamster 🐹",
        "das referat über die römer ist fertig",
        "welche seiten sollen wir lesen?",
        "wir proben heute für das theaterstück",
        "ich spiel seit 2 jahren klavier",
        "frohe ostern euch allen",
        "kann mir jemand das present perfect in englisch erklären?",
    ],
    "es": [
        "Chicos, quedamos a las 9 en la puerta del instituto para la excursion al planetario.",
        "me pasas la foto de la ficha de mates? no la copie",
        "si multiplicas 450 000 por 4 sale 1 800 000 verdad?",
        "la direccion del colegio para el sobre es Calle Mayor 8, 28013 Madrid",
        "perdimos la final por penaltis, que rabia, casi lloro",
        "alguien ha hecho los deberes de lengua?",
        "mañana hay examen de ingles?",
        "que chulo el partido de ayer",
        "mi perro se ha comido mi cuaderno jajaja",
        "quien viene al cumple de Pablo el sabado?",
        "el trabajo de ciencias es en grupos de 3",
        "estoy aprendiendo a patinar",
        "la profe dice que traigamos el diccionario",
        "feliz finde a todos",
        "me encanta el libro que estamos leyendo en clase",
    ],
    "pl": [
        "Klasa 6a: zbiorka o 8:00 pod szkola, jedziemy na wycieczke do Krakowa.",
        "wyslesz mi zdjecie karty pracy z matmy?",
        "1 500 000 podzielic przez 30 to 50 000, tak?",
        "adres szkoly do zgody: ul. Szkolna 5, 00-123 Warszawa",
        "przegralismy mecz 2:3, bylo mi smutno ale trener nas pochwalil",
        "ktos zrobil zadanie z polskiego?",
        "jutro nie ma wf",
        "kto idzie na lodowisko w niedziele?",
        "mam nowego kota 🐱",
        "prezentacja o planetach jest gotowa",
        "do ktorej strony mamy przeczytac lekture?",
        "w piatek jest dyskoteka szkolna",
        "ucze sie grac na perkusji",
        "wesolych swiat wszystkim",
        "pomozesz mi z angielskim?",
    ],
}
