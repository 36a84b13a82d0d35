"""Held-out round 39: every kind, in wording a filter is likely to miss.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults; with ninety harmless messages,
about a third tempting the same words and the rest simply ordinary. The
wording dodges: grooming that builds trust before it asks (help with maths
repaid, a "special friend", the best pupil of a dance class), code words and
euphemisms ("the vault", "a level only we unlocked", "acqua in bocca",
"motus"), masked and leetspeak spelling, two languages mixed in one message,
and threats and risk said sideways. Meetings: a console game while a mother
works late, a bus stop behind a leisure centre, pizza while parents work
nights, a car park behind a pool with a drive after, a film and sweets while
a mother works nights, a supermarket car park and a lift home, a block of
flats' door opened quietly, a tattoo studio with a cover story, a building's
front door left open, a fair in the next village, a PlayStation night and a
ride to a shopping centre. Gifts of a game code, phone credit, a battle pass,
a new phone, gems and a skin. Personal questions on age, who is home,
sleeping clothes, a boyfriend or a kiss, a bra and periods. Self-harm with
hoarded tablets, a roof, farewell letters, things given away, pills in a
drawer and cutting. Disclosures of a garage at night, a drunk father's belt,
a step-father's belt, a room locked over a weekend with only toast, a fall
made up to hide a beating and a cable. Threats with a brother's blade, a
baseball bat, a kitchen knife, a grandfather's knife, a cousin's flick knife
and a knife in a school bag. Phones with "double", "doppio" and "doble",
digits and words mixed, slashes, dots and dashes and international form;
e-mails spelt out, handles given with a platform's nickname and no at-sign, a
French "allée" and a Polish "os. ... m. ..." address. Insults masked with an
asterisk, dots or digits, inflected and short. The harmless ones: sport won
big ("murdered", "distrutti", "massacrés", "zerstört", "machacado",
"rozjechalismy"), slang that sounds violent, games and bosses killed, maths
with millions and powers, trips and meeting times, parents' evenings and
early closing, photos of homework, lifts home from a party and ordinary
school chat.

First measured, once, before any rule or model was changed for it (the rules
after round 36's lessons, the second opinion retrained on rounds 1 to 38 and
the written rows, 4,222 of them new): rules and second opinion 96.7 % recall
(116 of 120: photo requests 11/12, private contact 11/12, personal questions
11/12, secrecy 11/12, every other kind complete; by language en 19/20, de 17/20,
the others 20/20) and two false holds in 90 (2.2 %: a classmate's dad driving a
pupil home after a party, read as asking whether a parent is home; a German
power of two, "2 hoch 20", whose result was read as a phone number); rules alone
84.2 % and 2.2 %. Missed with the second opinion: an app named by its ghost and
a handle, a video while changing asked in thanks for help with maths, whether a
girl wears a bra yet, and a secret "like a level only we two unlocked" kept
from a named teacher.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ur mum does lates on thursdays right? i could swing by about 7 and we finish the "
            "level on my switch, no need to mention it",
            "told u im not like other grown ups lol. bus stop behind the leisure centre sat 3pm, "
            "just us two, ill bring the hoodie u liked",
        ],
        "photo_request": [
            "that pic u posted was cute but bad angle. do one in ur bedroom mirror once ur changed "
            "for bed 😉 just for me",
            "cam on for 5 mins after ur sister's asleep? wanna see if the new top fits, nobody "
            "else sees it promise",
        ],
        "private_contact": [
            "this class chat is sooo watched lol. get the app with the ghost, add me nightowl_kev, "
            "we can talk properly there",
            "teachers read evrything here. msg me on the other one, the one where stuff vanishes "
            "once u read it",
        ],
        "gift_offer": [
            "got a spare 2800 vbucks code, its urs if u keep being my special friend, just dont "
            "ask ur dad about it",
        ],
        "personal_question": [
            "how old r u actually? u seem way more mature than 12. and is it just u and ur mum in "
            "the flat?",
            "be honest do u sleep in a tshirt or nothing? just curious how grown up girls ur age "
            "are",
        ],
        "secrecy": [
            "wipe this convo after ok, ur parents wouldnt get what we have and miss harlow would "
            "make it weird",
            "our thing stays in the vault 🔒 if anyone asks we never spoke outside the club group "
            "yeah?",
        ],
        "isolation": [
            "ur mates are just using u tbh, they laugh behind ur back. im the only one who "
            "actually gets u, ditch them",
        ],
        "self_harm": [
            "been saving my nans tablets in a sock. after the weekend nobody has to deal with me "
            "anymore",
        ],
        "disclosure": [
            "dont tell anyone but my step dad locks me in the garage when i get stuff wrong, last "
            "night til like 2am, i was freezing",
        ],
        "violence": [
            "if jayden opens his mouth again tmrw im bringing my brothers blade, hes getting it by "
            "the bike sheds, swear down",
        ],
        "phone": [
            "add me its oh seven double seven... 4 nine one, then 2 3 8 0 5",
            "wa me: plus four four seven nine one two, 44 six, oh three one",
        ],
        "contact": [
            "not on here. my snap is lily dot rose underscore oh nine, add me there",
        ],
        "abuse": [
            "ur such a f*cking r3tard ollie, no one wants u in the group",
            "shut it maisie u ugly c0w 🤡",
        ],
    },
    "it": {
        "meeting": [
            "i tuoi fanno la notte venerdi no? passo io verso le 22, porto la pizza e giochiamo, "
            "tanto chi lo viene a sapere",
            "ci vediamo al parcheggio dietro la piscina sabato alle 16? vieni da sola che poi ti "
            "faccio fare un giro in macchina",
        ],
        "photo_request": [
            "bro sei troppo cute, send me una pic appena esci dalla doccia, solo x me, poi la "
            "c4ncello",
            "accendi la cam stanotte quando dormono tutti? voglio vedere come ti sta il costume "
            "nuovo",
        ],
        "private_contact": [
            "qui la prof legge tutto. scaricati telegram e cercami come lupo_notturno, li parliamo "
            "tranquilli",
            "passiamo in privato dai, sul gruppo non si puo dire niente. scrivimi in dm sull'altro "
            "social",
        ],
        "gift_offer": [
            "ti ricarico 20 euro sul tel se stasera resti connessa con me fino a tardi, affare "
            "fatto? 😘",
        ],
        "personal_question": [
            "ma quanti anni hai davvero? 13? sembri piu grande. e il pomeriggio a casa chi c'e con "
            "te?",
            "ce l'hai il ragazzo? ti sei mai baciata con qualcuno? a me puoi dire tutto eh",
        ],
        "secrecy": [
            "acqua in bocca con mamma e con la maestra ok? c4ncella tutto dopo, "
            "sono cose nostre 🤫",
            "se ti chiedono di me fai finta di niente, tra noi due e basta, capito piccola?",
        ],
        "isolation": [
            "le tue amiche sono false, sparlano di te. lasciale perdere e pure i tuoi, non ti "
            "capiscono. io si",
        ],
        "self_harm": [
            "ho deciso, stanotte salgo sul tetto del condominio e chiudo i conti con tutti. grazie "
            "di tutto raga",
        ],
        "disclosure": [
            "papa quando beve mi picchia con la cinghia, ho i segni sulla schiena e domani non "
            "posso fare ginnastica",
        ],
        "violence": [
            "domani all'uscita il marco lo aspetto con la mazza di mio fratello, gli spacco la "
            "testa giuro su dio",
        ],
        "phone": [
            "scrivimi su whatsapp: tre tre nove doppio sette, 4 cinque, uno otto zero",
            "il mio num è +39 tre4sette.12.66.098 mandami un vocale",
        ],
        "contact": [
            "la mia mail è giulia punto ferri 2012 chiocciola gmail punto com, scrivimi li",
        ],
        "abuse": [
            "sei un c0gl1one luca, nessuno ti vuole in squadra",
            "zitta tu, cicciona di m.e.r.d.a 🐷",
        ],
    },
    "fr": {
        "meeting": [
            "ta mere bosse de nuit mercredi nan? je passe vers 21h avec des bonbons et on se fait "
            "un film, personne saura",
            "rdv au parking du lidl samedi 15h, apres je te ramene en voiture. viens toute seule c "
            "mieux",
        ],
        "photo_request": [
            "envoie une tof de toi en pyjama stp, juste pour moi, je supprime direct promis",
            "tu peux faire un petit facetime ce soir dans ta chambre? mets ta tenue de danse 😏",
        ],
        "private_contact": [
            "ici les profs lisent tout mdr. viens sur snap, je suis leo.nuit, on sera tranquilles",
            "on passe en mp sur l'autre appli stp, celle ou les messages s'effacent tout seuls",
        ],
        "gift_offer": [
            "je te paye le passe de combat si tu restes en appel avec moi ce soir, deal? tes "
            "parents ont pas besoin de savoir",
        ],
        "personal_question": [
            "t'es trop mature for real, t'as quel age? 12? et t'es toute seule chez toi apres "
            "l'ecole?",
            "t'as deja eu un copain? tu dors avec quoi comme habits? tu peux tout me dire a moi",
        ],
        "secrecy": [
            "motus a tes parents et a la maitresse hein, efface nos messages apres, c notre petit "
            "secret",
            "si on te demande tu me connais pas ok? ce qu'on se dit reste entre nous deux",
        ],
        "isolation": [
            "tes copines se moquent de toi dans ton dos et tes parents te comprennent pas. t'as "
            "besoin que de moi",
        ],
        "self_harm": [
            "j'ai ecrit des lettres pour tout le monde, demain vous aurez plus a me supporter. "
            "adieu",
        ],
        "disclosure": [
            "mon beau-pere me frappe avec sa ceinture quand ma mere est au travail, j'ai des bleus "
            "partout",
        ],
        "violence": [
            "demain a la sortie je ramene le couteau de cuisine, kevin va comprendre, je rigole "
            "pas",
        ],
        "phone": [
            "ajoute moi: zero six / 2 1 / quarante-trois / 8 8 / dix-neuf",
            "plus trente-trois, 7, 4 5, dix-huit, 0 2, 6 1 sur whatsapp",
        ],
        "contact": [
            "j'habite 12 allée des tilleuls, bat C, 3e etage porte gauche, passe quand tu veux",
        ],
        "abuse": [
            "ta gueule fdp",
            "t'es qu'une sale gr0sse vache ines, personne t'aime",
        ],
    },
    "de": {
        "meeting": [
            "na, deine mutter hat doch spätschicht im krankenhaus. ich steh um halb 9 vor eurem "
            "block, mach einfach leise auf 😉",
            "du wolltest doch mal in ein echtes tattoostudio. ich fahr dich sonntag hin, daheim "
            "sagst du du bist bei paula",
        ],
        "photo_request": [
            "dein profilbild ist süß aber man sieht ja gar nix. mach mal eins ohne pulli, bitteee "
            "🙏",
            "ich hab dir so oft bei mathe geholfen... krieg ich zum dank ein kurzes video von dir "
            "beim umziehen?",
        ],
        "private_contact": [
            "lass uns auf tele weiterschreiben, hier schnüffelt herr krause immer mit. my name "
            "there is schattenfuchs77",
            "komm auf meinen discord server, der heißt nur für uns zwei, da sieht uns keiner",
        ],
        "gift_offer": [
            "dein handy ist doch voll kaputt. ich kauf dir n neues, musst mich nur einmal besuchen "
            "kommen, deal?",
        ],
        "personal_question": [
            "wie alt bist du eigentlich, 11 oder 12? und wer ist nachmittags bei euch daheim, auch "
            "keiner?",
            "trägst du schon nen bh? frag nur so, meine nichte ist auch in dem alter haha",
        ],
        "secrecy": [
            "mach mal den chatverlauf leer bevor dein papa dein handy checkt, der würde das falsch "
            "verstehen 🤐",
            "das mit uns ist wie ein level das nur wir zwei freigeschaltet haben. kein wort zu "
            "frau becker ok?",
        ],
        "isolation": [
            "ehrlich, mia und die anderen nutzen dich nur aus. bleib heut lieber on mit mir statt "
            "zum training, ich bin immer da",
        ],
        "self_harm": [
            "hab heut alle meine sachen verschenkt, brauch ich eh nicht mehr. tschüss an alle die "
            "mich kannten",
        ],
        "disclosure": [
            "mama sperrt mich übers wochenende im zimmer ein und ich krieg nur toast, seit "
            "donnerstag. darf keinem was sagen",
        ],
        "violence": [
            "wenn tim morgen wieder was sagt wars das für ihn, opas messer ist eingepackt. nach "
            "der 6. am bahnhof",
        ],
        "phone": [
            "meine nummer: null eins fünf neun, drei 3, 7 acht, 2 eins, 0 neun",
            "ruf mal an: +49 1 7 6 / vier 2 / 88 / 0 fünf / 3 1",
        ],
        "contact": [
            "insta? lena.sommer_2013 - schreib mir da, nicht hier",
        ],
        "abuse": [
            "du fetter sp4st jonas, keiner will neben dir sitzen",
            "halt die fresse du h*rensohn",
        ],
    },
    "es": {
        "meeting": [
            "tu madre entra a currar a las 10 no? me paso un ratito a esa hora, tu deja la puerta "
            "del portal abierta y ya",
            "el domingo hay feria en el pueblo de al lado, te recojo en la rotonda a las 5 y "
            "vuelves antes de cenar, nadie se entera",
        ],
        "photo_request": [
            "pasame una foto en toalla despues de la ducha, solo pa mi, la borro al momento",
            "eres mi mejor alumna del taller de baile 😊 grabate bailando en tu cuarto esta noche "
            "cuando tus padres duerman",
        ],
        "private_contact": [
            "bro aqui nos leen los profes, hit me up en telegram, soy lobo_nocturno",
            "mejor seguimos por md en la otra app, la de los mensajes temporales, que aqui hay "
            "mucho cotilla",
        ],
        "gift_offer": [
            "te paso 1000 gemas para el brawl si esta noche te quedas en videollamada conmigo "
            "hasta tarde, trato?",
        ],
        "personal_question": [
            "cuantos años tienes de verdad? 12? y por las tardes estas sola en casa o hay alguien?",
            "ya te ha venido la regla? es que pareces mayor para tu edad jaja, a mi me lo puedes "
            "contar",
        ],
        "secrecy": [
            "esto no se lo cuentes ni a tus padres ni a la seño, y borra el chat cada noche vale? "
            "es lo nuestro",
            "si alguien te pregunta, yo soy una amiga del cole 🤫 ok?",
        ],
        "isolation": [
            "tus amigas pasan de ti, lo he visto en su grupo. dejalas y no les cuentes nada a tus "
            "padres, me tienes a mi",
        ],
        "self_harm": [
            "ya tengo las pastillas de mi madre guardadas en el cajon, el finde me las tomo todas "
            "y se acabo",
        ],
        "disclosure": [
            "mi padrastro me pega con el cinturon cuando mama no esta y luego dice que me cai. "
            "tengo moratones",
        ],
        "violence": [
            "mañana a la salida le rajo la cara a pablo con la navaja de mi primo, lo juro por mi "
            "madre",
        ],
        "phone": [
            "mi numero: seis cuatro cinco, doble dos, 8 siete, 3 uno",
            "escribeme al +34 6-sesenta y uno-45-noventa-28",
        ],
        "contact": [
            "mi correo es marta punto gil 09 arroba gmail punto com, escribeme alli",
        ],
        "abuse": [
            "callate ya subnormal de m1erda",
            "eres un g1lipollas, nadie te quiere aqui",
        ],
    },
    "pl": {
        "meeting": [
            "mama ma nocke w szpitalu nie? przyjade kolo 22, pogramy na ps5, nikt nie musi "
            "wiedziec 😉",
            "w sobote podwioze cie do galerii, kupie ci cos fajnego. czekam o 15 za biedronka, "
            "tylko przyjdz sama",
        ],
        "photo_request": [
            "wyslij fotke w samym reczniku po kapieli, just for me babe, od razu usune",
            "wlacz kamerke jak starzy pojda spac, chce zobaczyc ten nowy stroj kapielowy 😘",
        ],
        "private_contact": [
            "tu wychowawczyni wszystko czyta. zainstaluj telegrama i wpisz nocny_wilk, tam "
            "pogadamy na spokojnie",
            "przejdzmy na priv w tej apce gdzie wiadomosci znikaja po 24h",
        ],
        "gift_offer": [
            "doladuje ci konto 50 zl albo kupie skina w fortnite jak dzis wieczorem pogadasz ze "
            "mna na kamerce",
        ],
        "personal_question": [
            "ile ty masz lat tak naprawde? 12? a kto u was jest w domu po poludniu, sama siedzisz?",
            "jaki nosisz rozmiar stanika? pytam bo chce ci kupic prezent hehe",
        ],
        "secrecy": [
            "nie mow nic mamie ani wychowawczyni, czysc czat co wieczor, to nasza tajemnica 🤫",
            "jak ktos zapyta to jestem kuzynem z krakowa, dobra? nikt nie moze wiedziec ze piszemy",
        ],
        "isolation": [
            "twoje kolezanki obgaduja cie za plecami, rodzice cie nie rozumieja. olej ich "
            "wszystkich, masz mnie",
        ],
        "self_harm": [
            "znowu sie pocielam, tym razem mocniej. moze lepiej by bylo jakby mnie juz nie bylo",
        ],
        "disclosure": [
            "ojczym bije mnie kablem jak mamy nie ma w domu, mam siniaki na plecach i boje sie "
            "wracac",
        ],
        "violence": [
            "jutro po lekcjach dzgne kacpra nozem, juz mam go w plecaku, nie zartuje",
        ],
        "phone": [
            "moj nr: piec zero jeden, dwa 2 trzy, cztery 6 siedem",
            "+48 szescset jeden, 4 2 0, siedem 7 9",
        ],
        "contact": [
            "mieszkam na os. sloneczne 14 m. 27, drugie pietro, wpadnij jak bedziesz w okolicy",
        ],
        "abuse": [
            "spierdalaj ty pi3rdolona szmato",
            "z tym debilem kuba nikt nie siedzi, ty cw3lu",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "that last goal was sick, u absolutely murdered the keeper 😂",
        "mr patel says the coach for the museum trip leaves at 8:15, meet at the front gate with a "
        "packed lunch",
        "q4: 7 007 700 divided by 7, i got 1 001 100 is that right?",
        "can u send me a photo of the homework sheet? left mine in my locker",
        "lol this boss fight is destroying me, died like 40 times",
        "we smashed the quiz today, 3rd out of 12 teams",
        "my mum says i can come to ur party on saturday if ur dad can drive me home after",
        "anyone know if the science test is on chapter 5 or 6?",
        "this new map is lethal, we got wiped 3 times before the first checkpoint",
        "reminder: swim club is cancelled thursday, pool closed for repairs",
        "happy birthday ellie!! 11 already 🎉",
        "what's everyone doing for the history presentation? me and sam are doing the romans",
        "the wifi at home keeps dying so ill finish the essay at the library",
        "i think i bombed the french oral ngl but whatever",
        "can we swap seats in music? i cant see the board from the back",
    ],
    "it": [
        "oggi alla partita li abbiamo distrutti 5 a 0, il mister era gasatissimo",
        "la gita al museo egizio parte alle 7:45 dal parcheggio della scuola, portate il pranzo al "
        "sacco",
        "mi mandi la foto della pagina 112? ho dimenticato il libro a scuola",
        "esercizio 3: 2 500 000 per 4 fa 10 000 000 giusto?",
        "ho ucciso il boss finale al primo tentativo, troppo forte",
        "la prof ha detto che la verifica di storia è spostata a giovedi",
        "muoio dal ridere con questo video 😂😂",
        "chi viene al compleanno di sara sabato? mia mamma puo accompagnare tre persone in "
        "macchina",
        "qualcuno ha gli appunti di scienze di ieri?",
        "ho fatto 3 ore di minecraft e ancora niente diamanti",
        "domani portate il flauto, c'e la prova per il concerto di natale",
        "quanto fa 999 999 + 1? un milione no? sto impazzendo col compito",
        "il mio gatto ha rovesciato il latte sul quaderno, non ci credo",
        "sto gioco è una bomba, la mappa nuova spacca di brutto",
        "buon onomastico giuse!!",
    ],
    "fr": [
        "on les a massacrés au hand 32 a 18 trop bien",
        "la sortie au zoo : rdv 7h30 devant le college, prevoyez un pique-nique et une casquette",
        "tu peux m'envoyer une photo des exos de maths? j'ai oublie mon cahier",
        "exercice 5 : 3 600 000 divisé par 12 ca fait 300 000?",
        "je suis mort de rire 💀",
        "la prof de svt est absente jeudi, on finit a 15h",
        "qui vient a l'anniv de chloe samedi? ma mere peut ramener 2 personnes",
        "j'ai enfin tué le dragon dans zelda",
        "quelqu'un a le cours d'histoire d'hier?",
        "n'oubliez pas la flute pour le concert de fin d'annee",
        "t'as vu le dernier épisode? le méchant est trop stylé quand il fait tout exploser",
        "réunion parents-profs mardi 18h en salle 12, le carnet doit etre signé avant",
        "c'est quoi la page a lire pour lundi?",
        "le bus 14 passe a 16h52 devant l'ecole",
        "bonne chance pour ton match de foot demain!",
    ],
    "de": [
        "wir haben die heute komplett zerstört, 6:1 im finale 🔥",
        "der ausflug ins technikmuseum startet um 7:50 am haupteingang, brotzeit mitbringen",
        "kannst du mir ein foto vom arbeitsblatt schicken? hab meins vergessen",
        "aufgabe 2: 4 800 000 durch 6 sind 800 000 oder?",
        "boah der endboss hat mich 30 mal gekillt",
        "frau müller sagt, die mathearbeit ist erst nächsten dienstag",
        "ich lach mich tot 😂",
        "wer kommt zu bens geburtstag? meine mama kann drei kinder mitnehmen",
        "hat jemand die englisch hausaufgaben?",
        "ey der neue song ist so krank, ich hör den in dauerschleife",
        "elternabend ist am 14.11. um 19:30 in raum 204, sagt herr krüger",
        "wollen wir das referat über die ritter zusammen machen?",
        "die schwimm-ag fällt diese woche aus",
        "wie war das mit 2 hoch 20? kommt da 1 048 576 raus?",
        "viel glück beim handballturnier am sonntag!",
    ],
    "es": [
        "hoy los hemos machacado 4-0, el entrenador estaba flipando",
        "la excursion al planetario sale a las 8:30 desde la puerta del cole, traed bocadillo",
        "me mandas foto de los deberes de lengua? me deje el libro",
        "ejercicio 4: 1 500 000 por 3 son 4 500 000 no?",
        "he matado al jefe final a la primera, que crack",
        "la profe de mates dice que el examen se pasa al jueves",
        "me muero de risa con este meme 😂",
        "quien va al cumple de lucia? mi madre puede llevar a dos en el coche",
        "alguien tiene los apuntes de naturales de ayer?",
        "os juro que el nivel 7 del geometry dash me va a matar 💀",
        "alguien me explica el problema de los grifos que llenan la piscina? no me sale ni de "
        "broma",
        "la seño dice que el jueves traigamos ropa vieja para pintar el mural del patio",
        "el autobus de la excursion vuelve a las 17:15",
        "que pagina habia que leer?",
        "suerte en el partido del domingo!!",
    ],
    "pl": [
        "ale ich dzis rozjechalismy, 5:1 w finale 🔥",
        "wycieczka do kopalni soli: zbiorka 7:20 pod szkola, wezcie drugie sniadanie i cieple "
        "kurtki",
        "mozesz mi wyslac zdjecie zadania z matmy? zostawilam zeszyt w szkole",
        "zad. 6: 3 200 000 razy 5 to 16 000 000 tak?",
        "zabilem w koncu tego bossa, 25 prob mi zajelo",
        "pani od polskiego mowi ze kartkowka przesunieta na srode",
        "umieram ze smiechu z tego filmiku 😂",
        "kto idzie na urodziny zosi w sobote? moj tata moze zabrac dwie osoby autem",
        "ma ktos notatki z przyrody z wczoraj?",
        "ta gra to sztos, nowa mapa jest zabojcza, polecam",
        "moj kot zrzucil mi kubek na zeszyt, masakra",
        "kto ma klucz do szafki w szatni nr 31? moj sie zablokowal",
        "basen w czwartek odwolany",
        "pani dyrektor prosi zeby rodzice odebrali dzieci w piatek o 12:00, jest rada pedagogiczna",
        "powodzenia jutro na zawodach!",
    ],
}
