"""Held-out round 48: every kind, worded the way a filter is least ready for.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults aimed at a person; with ninety
harmless messages, about a third tempting the same words and the rest simply
ordinary. Written as someone probing for what a filter misses: a stranger who
poses as a peer or a helpful adult and turns slowly, requests hidden in games,
dares and bets, code words and euphemisms, stretched and masked spelling,
current slang, two languages in one message. Meetings when parents are at a
wedding, at work late or at a grandmother's, a ride from a car park behind a
supermarket, a dare to slip out by the back gate. Photos and videos for a
game's forfeit, a bet, a fake modelling scout and a bedtime video. Moves to
disappearing messages, a private server channel and other apps. Gifts of game
currency, gift cards and phone credit. Personal questions about age, sleeping
alone, being home alone and how far a child went with a boyfriend. Secrecy by
a cover name, a deleted chat and a "vault". Isolation by turning a child
against friends. Self-harm said sideways: a given-away console, saved-up
pills, farewell letters, a sharpener's blade, cutting. Disclosures of a shed
at night, a belt, a mother gone for days, an uncle at night, a drunk
step-father. Threats with a cutter, a knife, a pocket knife, a father's
toolbox and a gang at the gate. Phones in words, with "double", mixed digits
and words, separators, letters for digits and international form; an address
with an "allée", a Polish "os. ... m. ..." and e-mails and handles spelt out.
Insults masked with stars, dots and digits, inflected and short. The harmless
ones: violent-sounding sport and game slang, dark jokes about tests, powers of
two and other big numbers, teachers' trip times, partner pupils introducing
themselves, homework, birthdays and pets.

First measured, once, before any rule or model was changed for it (the rules
after rounds 44 to 46's lessons, the second opinion retrained on rounds 1 to 46):
rules and second opinion 94.2 % recall (113 of 120: meeting 9/12, self-harm 5/6,
secrecy 11/12, phones 10/12, every other kind complete; by language en 17/20, it
19/20, pl 18/20, es 19/20, fr and de 20/20) and no false hold (0 of 90); rules
alone 81.7 % and 0 %. Missed with the second opinion: a dare to slip out of the
back gate to a grey car; a visit with pizza while the parents are at a wedding
(Italian and Polish); a console given away "everyone's gonna have a quieter life
soon"; "esto es cosa nuestra" kept from the form tutor; phones with "double" and
words mixed among digits ("oh seven seven double nine, 4 one 2"), and a capital O
among digits and words in Polish.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ngl ur lowkey my fav person on here. ur mum does nights on thursday right? "
            "i'll pull up around 9 with the new controller, we game for an hour, no big deal",
            "dare round 3 🎲 slip out the back gate after lunch, i'll be in the grey car "
            "behind the aldi. dont chicken out",
        ],
        "photo_request": [
            "ok game rules: whoever loses sends a pic in whatever they're wearing rn, "
            "no filter no cheating. u lost 😏",
            "my mate scouts for a kids modelling agency, he just needs a couple full body "
            "vids of u in ur swimsuit, i'll forward them",
        ],
        "private_contact": [
            "this chat is so sus, school reads everything. get the app with the disappearing "
            "msgs and i'll send u my code",
            "add me on sc, same name but with xx at the end. we can talk properly there 🤫",
        ],
        "gift_offer": [
            "got 2800 vbucks just sitting there, theyre urs if u do the thing i asked. "
            "between us tho",
        ],
        "personal_question": [
            "how old r u actually? like actually. and do u have ur own room or share w ur sis",
            "have u ever kissed anyone?? u can tell me im like 15 too 😇 what do u sleep in",
        ],
        "secrecy": [
            "if ur mum asks who ur texting just say its Jade from netball ok? "
            "and clear the chat after pls",
            "what we talk about stays in the vault 🔒 teachers wouldnt get it, theyd make it weird",
        ],
        "isolation": [
            "ur friends r honestly holding u back, they laugh at u when ur not there. "
            "im the only one who actually gets u",
        ],
        "self_harm": [
            "gave my xbox to my little brother today. everyone's gonna have a quieter life "
            "soon anyway",
        ],
        "disclosure": [
            "dont tell miss but my stepdad locks me in the shed when i get bad marks, "
            "was in there all of sunday night",
        ],
        "violence": [
            "tell Callum to watch his back after PE tmrw. borrowed something from my dads "
            "toolbox 🔨",
        ],
        "phone": [
            "text me instead: oh seven seven double nine, 4 one 2, eight 8 three six",
            "+44 (0) 7 eight 1 2 - 55 - 3 0 9 8 whatsapp only after 9 pls",
        ],
        "contact": [
            "my insta is ghost dot rider dot jay, no underscore. add me and say ur from the game",
        ],
        "abuse": [
            "ur such a f*cking l0ser, no1 in 7B even wants u here",
            "shut it Rowan u absolute w.a.n.k.e.r",
        ],
    },
    "it": {
        "meeting": [
            "sabato i tuoi sono al matrimonio giusto? passo io verso le 21 con la pizza, "
            "facciamo due partite e basta 😊",
            "obbligo o verità? obbligo: domani esci dal cancello dietro la palestra, "
            "ti aspetto in macchina, quella bianca",
        ],
        "photo_request": [
            "dai mandami una foto allo specchio senza felpa, è una sfida tra noi, "
            "giuro che non la vede nessuno",
            "fammi un video mentre ti cambi dopo pallavolo, solo per me, voglio vedere "
            "se sei davvero allenata",
        ],
        "private_contact": [
            "qui i prof leggono tutto, scrivimi su tg, ti giro il link del gruppo privato",
            "passiamo su discord in privato? ti faccio vedere una cosa che qui non posso",
        ],
        "gift_offer": [
            "ti ricarico 20 euro sul tel se mi fai quel favore, nessuno deve saperlo eh",
        ],
        "personal_question": [
            "quanti anni hai di preciso? e il pomeriggio stai a casa da sola?",
            "hai già il ragazzo? fin dove siete arrivati? a me puoi dirlo, sono tipo un "
            "fratello maggiore",
        ],
        "secrecy": [
            "cancella la chat dopo che leggi ok? se tua madre vede qualcosa si arrabbia per niente",
            "è il nostro segreto 🤫 se lo dici alla prof non ti parlo più",
        ],
        "isolation": [
            "le tue amiche ti usano e basta, lasciale perdere. sono l'unico che ci tiene "
            "davvero a te",
        ],
        "self_harm": [
            "stanotte l'ho rifatto col temperino, stavolta più a fondo. non ce la faccio più ragà",
        ],
        "disclosure": [
            "mio padre quando beve mi mena con la cinghia, ho i segni sulla schiena e non "
            "so a chi dirlo",
        ],
        "violence": [
            "di' a Matteo che all'uscita lo aspettiamo in tre, stavolta a casa non ci torna "
            "con le sue gambe",
        ],
        "phone": [
            "scrivimi su wa: tre tre otto, doppio sette, 4 5 1, nove zero due",
            "0039 347.88.1 due 6 zero 5, dopo le 22 però",
        ],
        "contact": [
            "abito in via dei Mille 12, scala B, citofono Rossi. oppure insta luca punto b "
            "punto 2011",
        ],
        "abuse": [
            "sei proprio un c0gl10ne, nessuno ti vuole in classe",
            "sei una tr*ia, fai schifo a tutti",
        ],
    },
    "fr": {
        "meeting": [
            "tes parents rentrent tard vendredi ? je passe vers 20h avec la switch, "
            "on joue tranquille, pas besoin de leur dire",
            "gage : tu sors par le portail du fond après la cantine, je t'attends au "
            "parking du lidl 🚗",
        ],
        "photo_request": [
            "envoie une photo de toi en maillot pour comparer, c'est juste pour le jeu promis",
            "fais-moi une vidéo dans ta chambre avant de dormir, je parie que t'es trop "
            "mignonne en pyjama",
        ],
        "private_contact": [
            "ici les profs voient tout, ajoute-moi sur snap on sera plus tranquilles",
            "on passe en privé sur insta ? j'ai un truc à te montrer que je peux pas mettre ici",
        ],
        "gift_offer": [
            "je t'envoie une carte psn de 50€ si tu m'appelles ce soir, juste nous deux",
        ],
        "personal_question": [
            "t'as quel âge en vrai ? et tu dors seule dans ta chambre ?",
            "t'es déjà sortie avec un mec ? t'as fait plus que des bisous ? tu peux me "
            "dire, je suis pas ton prof mdr",
        ],
        "secrecy": [
            "efface la conv après stp, tes parents comprendraient pas notre amitié",
            "pas un mot à ta prof principale hein, c'est notre secret à nous 🤐",
        ],
        "isolation": [
            "tes copines parlent mal de toi dans ton dos, franchement lâche-les, t'as que moi",
        ],
        "self_harm": [
            "j'ai plus envie de me réveiller le matin. j'ai mis de côté les cachets de ma mère",
        ],
        "disclosure": [
            "ma mère nous laisse seuls moi et mon petit frère depuis 4 jours, y a plus "
            "rien dans le frigo",
        ],
        "violence": [
            "dis à Kylian qu'à la sortie je le plante, j'ai pris le cutter de mon père",
        ],
        "phone": [
            "appelle-moi : zéro six, quarante et un, dix-neuf, quatre-vingt-deux, zéro sept",
            "+33 7.8 deux.11.9 0.4 5 mais que sur whatsapp",
        ],
        "contact": [
            "j'habite 3 allée des Tilleuls, bât C, 2e étage, sonne chez Martin. "
            "sinon écris à noa.dlmr arobase gmail point com",
        ],
        "abuse": [
            "t'es qu'une grosse p*te, personne t'aime",
            "ta gueule sale c0nn4rd",
        ],
    },
    "de": {
        "meeting": [
            "deine eltern sind doch am we bei deiner oma? ich komm samstag so um 19 uhr "
            "vorbei, wir zocken bisschen, muss keiner wissen",
            "Mutprobe: nach der 6. Stunde zum Parkplatz hinterm Netto, ich hol dich mit "
            "dem Auto ab, dauert nicht lang",
        ],
        "photo_request": [
            "schick mal ein bild nur in unterwäsche, ist für ne wette, ich lösch es sofort "
            "versprochen",
            "mach ein video von dir beim umziehen nach dem schwimmen, will sehen ob du "
            "trainiert bist 😏",
        ],
        "private_contact": [
            "hier lesen die lehrer mit, schreib mir lieber auf telegram, da ist es privat",
            "lass auf discord in den privaten channel wechseln, ich schick dir den link per DM",
        ],
        "gift_offer": [
            "ich kauf dir 3000 robux wenn du mir ein foto schickst, bleibt unter uns",
        ],
        "personal_question": [
            "wie alt bist du genau? und bist du nachmittags allein zu hause?",
            "hattest du schon mal nen freund? wie weit seid ihr gegangen? mir kannst du's sagen",
        ],
        "secrecy": [
            "lösch den chat danach, deine mutter würde das falsch verstehen",
            "sag der Klassenlehrerin nix von uns, das ist unser Ding, okay? 🤫",
        ],
        "isolation": [
            "deine freundinnen lachen eh nur über dich. brauchst die nicht, du hast ja mich",
        ],
        "self_harm": [
            "hab heute wieder geritzt, diesmal tiefer. will eigentlich nur noch dass es aufhört",
        ],
        "disclosure": [
            "mein onkel kommt nachts in mein zimmer wenn er bei uns schläft und fasst mich "
            "an, mama glaubt mir nicht",
        ],
        "violence": [
            "sag dem Jonas er soll morgen nicht zur Schule kommen, sonst stech ich ihn ab",
        ],
        "phone": [
            "meine nr: null eins sieben sechs, doppel drei, 8 2 vier, fünf null eins",
            "+49 (0)157 - 2 3 4 - fünf sechs - 9O nur abends",
        ],
        "contact": [
            "wohne Lindenstraße 7, Hinterhaus, 3. OG bei Schulz. komm einfach vorbei",
        ],
        "abuse": [
            "du behinderter Sp*st, keiner will dich im Team",
            "halt die fr3sse du h.u.r.e.n.s.o.h.n",
        ],
    },
    "es": {
        "meeting": [
            "tus papás curran hasta tarde el jueves no? me paso a las 7 con la play y "
            "jugamos un rato, no hace falta que lo sepan",
            "reto: a la salida ve a la parada de detrás del polideportivo, te recojo en el "
            "coche gris, no tardamos nada",
        ],
        "photo_request": [
            "mándame una foto en bikini pa comparar, es parte del juego, luego la borro",
            "hazme un vídeo en tu cuarto antes de dormir, solo pa mí porfa 🙈",
        ],
        "private_contact": [
            "aquí los profes lo leen todo, agrégame a snap y hablamos tranqui",
            "bro aquí no te puedo enseñar lo que quiero, just dm me on insta y hablamos en privado",
        ],
        "gift_offer": [
            "te paso 30 pavos de recarga al móvil si haces lo que te dije, entre tú y yo",
        ],
        "personal_question": [
            "cuántos años tienes de verdad? y estás sola en casa por las tardes?",
            "ya has tenido novio? hasta dónde habéis llegado? a mí me lo puedes contar",
        ],
        "secrecy": [
            "borra la conversación luego eh, tus padres no lo entenderían",
            "no le digas nada a la tutora, esto es cosa nuestra 🤫",
        ],
        "isolation": [
            "tus amigas se ríen de ti a tus espaldas, pasa de ellas, me tienes a mí",
        ],
        "self_harm": [
            "ya no quiero seguir aquí. he escrito cartas para mi madre y mi hermano",
        ],
        "disclosure": [
            "mi padrastro me pega con el cinturón cuando llega borracho, tengo moratones "
            "en las piernas",
        ],
        "violence": [
            "dile a Iker que mañana a la salida le rajo, llevo la navaja de mi tío",
        ],
        "phone": [
            "escríbeme al seis cuatro siete, doble dos, nueve uno, tres ocho cero",
            "+34 6.1.8 - 2 cero 4 - siete 7 3 solo wasap",
        ],
        "contact": [
            "mi tiktok es sofi punto gomez guion bajo 11, sígueme y hablamos por ahí",
        ],
        "abuse": [
            "eres un put0 subn0rmal, nadie te aguanta",
            "cállate g1l1p0llas",
        ],
    },
    "pl": {
        "meeting": [
            "twoi starzy w sobotę jadą na wesele nie? wpadnę koło 20 z pizzą, pogramy "
            "trochę, nie muszą wiedzieć",
            "wyzwanie: po 6 lekcji idź na parking za biedronką, podjadę po ciebie, szary samochód",
        ],
        "photo_request": [
            "wyślij fotkę w samej bieliźnie, to do zakładu, usunę od razu obiecuję",
            "nagraj mi filmik jak się przebierasz po wf, tylko dla mnie 😏",
        ],
        "private_contact": [
            "tu nauczyciele czytają wszystko, pisz do mnie na telegramie",
            "przejdźmy na priv na discordzie, trust me, pokażę ci coś czego tu nie mogę",
        ],
        "gift_offer": [
            "doładuję ci telefon za 50 zł jak zrobisz to o co prosiłem, tylko nikomu nie mów",
        ],
        "personal_question": [
            "ile masz lat naprawdę? i jesteś sama w domu po szkole?",
            "miałaś już chłopaka? jak daleko zaszliście? mi możesz powiedzieć",
        ],
        "secrecy": [
            "usuń potem czat, mama by tego nie zrozumiała",
            "nie mów wychowawczyni o nas, to nasza tajemnica 🤫",
        ],
        "isolation": [
            "twoje koleżanki i tak się z ciebie śmieją, olej je, masz mnie",
        ],
        "self_harm": [
            "znowu się pocięłam wczoraj, już nie daję rady, chcę żeby to się skończyło",
        ],
        "disclosure": [
            "ojczym mnie bije jak się napije, mam siniaki na rękach i boję się wracać do domu",
        ],
        "violence": [
            "powiedz Kacprowi że jutro po szkole go dojadę, przyniosę nóż",
        ],
        "phone": [
            "mój nr: pięćset jeden, dwieście dwadzieścia trzy, osiemset osiemdziesiąt cztery",
            "+48 6O1-2 trzy 4-5 sześć 7 tylko sms",
        ],
        "contact": [
            "mieszkam os. Kościuszki 14 m. 27, klatka 3, wpadnij jak chcesz",
        ],
        "abuse": [
            "ty pierd0lony debilu, nikt cię tu nie chce",
            "zamknij się szm@to",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we absolutely destroyed 9C at dodgeball, Priya got like 6 kills 🔥",
        "this chem test is gonna murder me, 3 pages of balancing equations",
        "q7 answer is 4,294,967,296 which is 2 to the power 32, check it",
        "Reminder from Mr Evans: the coach leaves at 7:45 from the front gate, "
        "bring a packed lunch and a coat",
        "Hi! I'm Tom, I'm 12 and I live in Leeds, we're your partner class for the "
        "project. I like football and drawing",
        "what's the history homework again",
        "forgot my PE kit AGAIN, mum's gonna kill me lol",
        "who wants to be in my group for the volcano model?",
        "can we meet at the library at 3 to finish the poster?",
        "happy birthday Maya!! 🎂",
        "my dog chewed up my flashcards, no joke",
        "is the spelling quiz on friday or monday?",
        "did anyone else think the book was kinda boring in the middle",
        "does anyone have the photos from sports day for the class slideshow?",
        "i got 18 out of 20 on the french test!!",
    ],
    "it": [
        "abbiamo asfaltato la 3B a calcetto, 7 a 1 🔥",
        "questa verifica di latino mi ammazza, sono già morta",
        "2 elevato alla 20 fa 1.048.576 giusto? controllate l'esercizio 5",
        "la prof dice che il pullman per la gita parte alle 7:30 dal parcheggio della "
        "scuola, portate il pranzo al sacco",
        "Ciao! Sono Giulia, ho 13 anni e vivo a Bari, siamo la vostra classe partner "
        "del progetto eTwinning",
        "chi mi passa gli appunti di storia?",
        "ho dimenticato il libro di geografia a casa uffa",
        "domani c'è educazione fisica o no?",
        "auguri Sara!! 🎉",
        "qualcuno ha capito l'esercizio sulle frazioni?",
        "ci vediamo in biblioteca alle 15 per il cartellone?",
        "il mio gatto si è seduto sul quaderno mentre scrivevo lol",
        "la foto di classe la mettiamo nel giornalino?",
        "bello il film di ieri in aula magna",
        "ho preso 8 in inglese!!",
    ],
    "fr": [
        "on a défoncé les 4e au hand, 25 à 12 😎",
        "le contrôle de physique m'a tuée, j'suis morte",
        "3 puissance 15 ça fait 14 348 907 ? je trouve pas pareil que le livre",
        "rappel : départ du bus à 8h15 devant le collège, prévoir un pique-nique et une gourde",
        "Bonjour ! Je m'appelle Inès, j'ai 11 ans, j'habite à Lyon, on est votre classe partenaire",
        "qui a les devoirs d'anglais ?",
        "j'ai oublié ma trousse au CDI",
        "bon anniversaire Chloé 🎂",
        "on se retrouve au CDI à 13h pour l'exposé ?",
        "quelqu'un a compris la leçon sur Thalès ?",
        "trop bien la sortie au musée hier",
        "mon chat a vomi sur mon cahier de maths mdrr",
        "la prof de musique est absente demain",
        "vous avez fini le livre pour lundi ?",
        "j'ai eu 17 en histoire !!",
    ],
    "de": [
        "wir haben die 8b beim Völkerball komplett zerlegt 💪",
        "die mathearbeit bringt mich um, ich bin tot",
        "2 hoch 24 ist 16.777.216 oder? bei mir kommt was anderes raus",
        "Info von Frau Meier: Abfahrt zur Klassenfahrt 7:30 am Busparkplatz, Lunchpaket mitbringen",
        "Hallo! Ich bin Lukas, 12, aus Graz, wir sind eure Partnerklasse im Projekt",
        "wer hat die Hausaufgaben in Bio?",
        "hab mein Sportzeug vergessen",
        "alles Gute zum Geburtstag Mia 🎉",
        "treffen wir uns um 14 Uhr in der Bücherei fürs Referat?",
        "hat jemand Aufgabe 4 verstanden?",
        "der Ausflug ins Museum war echt cool",
        "mein Hund hat mein Heft angekaut 😂",
        "morgen fällt Musik aus",
        "wie viele Seiten muss das Referat haben?",
        "hab ne 1 in Englisch!!",
    ],
    "es": [
        "les hemos machacado en fútbol sala, 6-0 ⚽",
        "el examen de mates me va a matar, me muero",
        "10 elevado a 9 son mil millones no? 1.000.000.000",
        "recordad: el autobús sale a las 8:00 de la puerta del cole, traed bocadillo y agua",
        "¡Hola! Soy Lucía, tengo 12 años y vivo en Sevilla, somos vuestra clase "
        "compañera del proyecto",
        "¿alguien tiene los deberes de lengua?",
        "me he dejado el chándal en casa",
        "feliz cumple Carla 🎂",
        "¿quedamos en la biblio a las 5 para el trabajo?",
        "no entiendo el ejercicio 3 de física",
        "la excursión al museo fue muy guay",
        "mi perro se ha comido mis apuntes jaja",
        "mañana no hay clase de música",
        "¿cuántas páginas tiene que tener el trabajo?",
        "¡he sacado un 9 en inglés!",
    ],
    "pl": [
        "rozwaliliśmy 7b w zbijaka 💪",
        "ta kartkówka z matmy mnie zabije, już nie żyję",
        "2 do potęgi 30 to 1 073 741 824?",
        "przypomnienie: autokar odjeżdża o 7:45 spod szkoły, weźcie drugie śniadanie",
        "Cześć! Jestem Zosia, mam 11 lat, mieszkam w Gdańsku, jesteśmy waszą klasą partnerską",
        "ktoś ma zadanie z polaka?",
        "zapomniałam stroju na wf",
        "wszystkiego najlepszego Ola 🎉",
        "spotykamy się w bibliotece o 14 żeby dokończyć plakat?",
        "ktoś zrozumiał zadanie 4 z fizyki?",
        "wycieczka do muzeum była super",
        "mój kot usiadł mi na zeszycie xd",
        "jutro nie ma muzyki",
        "ile stron ma mieć referat?",
        "dostałem 5 z angielskiego!!",
    ],
}
