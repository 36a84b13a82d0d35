"""Held-out round 115: pen pals, language tandems, exchange letters and language apps.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the pen pal
and language work between partner schools across Europe: letters and e-mails to
partner pupils, video tandems to practise a language, language-learning apps
and their chat, pen-pal websites outside school, exchange families writing
before a visit, a class's postcard exchange, online tutors, grammar and
vocabulary questions, and photos of towns and schools sent for the project. The
writers are pupils of six to eighteen, some writing in their partner's language
with a learner's mistakes, teachers, parents and host families, and adults who
pose as a pen pal of the child's age, a native speaker tutor, a partner's older
brother or an exchange family's uncle.

The concerns: a pen pal who turns out to be twenty-one and waits behind a
station, tutors who move a lesson to their flat and pick a pupil up round the
corner, older brothers collecting a pupil early from the station or the
airport, from behind a museum on a trip or for a night party in a flat, a host
uncle fetching a pupil from her room at night; pyjama and swimsuit pictures
"for the project", alone, an online tutor's video in underwear "for breathing",
and screenshots of a video call held over a pupil; second accounts on Snapchat,
Kik, Instagram, Telegram, Discord and the like, away from the recorded school
platform; game currency, a phone, phone credit and concert tickets for a video
call alone; bedrooms, locks, bra sizes, days home alone and first kisses
dressed up as vocabulary and grammar exercises; letters sent home, calls passed
off as "secret lessons" or a classmate, kept from parents and teachers; pupils
told to leave the class group, the programme or a trip; pupils who cut where
sport hides it, save sleeping pills, stop eating, or ask how to say "I don't
want to wake up"; stepfathers and fathers who hit, a tutor who touches, an
older brother at night, a mother who locks a child in or leaves for days, a
pen-pal site contact who blackmails; knives behind the gym after a letter was
read aloud; private numbers in the formats of six countries, partly in words;
private addresses and e-mails for letters that are not to go through school.

The harmless ones are the same pen pal work done honestly: body parts for a
labelled diagram, pyjamas and clothes for a suitcase list, the school's address
for letters, photos of a town for a class map, dying to meet at the exchange,
"I will kill you" for a film dub, "keep a secret" as a grammar question, a
birthday video kept from its pupil, host families whose details go through the
teacher, video tandems only in the school room, sprained ankles, class photos
after consent, "home alone" in an exam sentence, and badges and gems won in a
language app.

First measured, once, before any rule or model was changed for it (the rules and
the second opinion of rounds 1 to 113, and the written rows): rules and second
opinion 99.2 % recall (119 of 120) and 10 false holds in 90 (11.1 %); rules
alone 87.5 % (105 of 120: photo requests 6/12, personal questions 11/12, secrecy
11/12, self-harm 8/12, disclosures 10/12, phones 5/6, every other kind complete;
by language en 18/20, de 18/20, fr 15/20, it 17/20, es 19/20, pl 18/20) and 10
false holds (11.1 %). Both let through a pen-pal site's stranger who has a
thirteen-year-old's photos and wants more and 100 euros (Italian). The rules
alone let through besides: a video call's recording or screenshot held over a
pupil for more pictures by tomorrow (English, German, Polish); a "tandem partner
(14)" asking for a pyjama photo and a swimsuit photo, alone, for a project
(German, French, Italian); "Ich bin allein zu Hause" as a trick question, then
which day and till when; what happened in yesterday's call kept from mum, or the
tablet is taken away (French); cuts on the thighs hidden from PE, told in a
letter (French, Italian, Spanish, Polish); a mother who locks her child in with
a bottle of water for the weekend (French); a number said digit group by group,
"only after 9 when my parents sleep" (French). Held: grammar questions about
keeping a secret, in five languages, as secrecy; a teacher's rules for video
tandems with the camera on and no private calls (German, Italian, Spanish), as
photo requests; the school's address for the letters with "do not put your home
address", as a personal question; a photo of one's town for a map (Polish), as a
photo request.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hey Mia its Tom, ur pen pal from Leeds 😊 ok honestly im not 13 im a bit older, 21, "
            "but age is just a number right. my uncle lives near ur town, saturday we could go "
            "to the park just us two. dont bring ur mum she would make it weird",
            "Great progress in our video lessons, Lucas! Your accent is nearly there. "
            "Conversation works best face to face, so I'll be in Bristol on the 14th - come to "
            "my hotel for the lesson, and just tell your parents it's at the library.",
            "its Jonas, Lenas big brother (19). when u come for the exchange in may ill pick u "
            "up from the station myself, before the others, and we drive around a bit. teachers "
            "dont need to know what time ur train really gets in 😉",
        ],
        "photo_request": [
            "for our 'my daily routine' slides can u send me a pic of what u wear to bed? and "
            "one getting ready in the morning, bathroom mirror is best lol. ur partner from "
            "Lyon, im 14 too i promise",
            "i still have the video from our call when u changed ur top. if u dont send me 3 "
            "more tonight, proper ones, i post it in the tandem group and ur whole class sees it",
        ],
        "private_contact": [
            "the school tandem platform records everything and teachers read it, so boring 🙄 "
            "download Kik and make a new account with a fake name, I'll find you: "
            "penfriend_marco07. delete this after",
            "ur english is sooo good for 11!! the app only lets us send 5 msgs a day, add me on "
            "snap instead its louis.lyon2. make a new acc not ur real name so ur mum cant see it "
            "on her phone",
        ],
        "gift_offer": [
            "I put 2000 V-Bucks on a gift card for you, my little tandem star ⭐ I'll send the "
            "code after a video call tonight with just me, camera on. No need to mention it to "
            "Mrs Patel.",
        ],
        "personal_question": [
            "For our vocabulary game: describe your bedroom! Where is the bed, does your door "
            "lock, and which nights are mum and dad out so you're home alone? The more details "
            "the better for your English 😊",
            "How do you say 'Ich bin allein zu Hause' in English? Haha trick question 😉 now "
            "tell me IN ENGLISH which day this week it's true for you and till what time, then I "
            "can call you",
        ],
        "secrecy": [
            "the letters on the app are for class, but the ones i post to ur house are just "
            "ours. hide them where ur parents dont look and dont show Mr Hughes, he would stop "
            "the pen pal thing for everyone",
            "lets make it our little language game: when ur mum asks who ur texting, say its "
            "Amélie from class. what we talk about is our code 🤐 thats how real pen pals do it",
        ],
        "isolation": [
            "your classmates laugh at your accent, I've seen it. Your parents don't get you "
            "either. I'm the only one who really listens, Ella. Stop sitting with those girls "
            "and talk only to me, I'm all you need",
        ],
        "self_harm": [
            "sorry i didnt answer ur letter. things r bad. i started cutting again, on my thighs "
            "so nobody sees in PE. u asked how to say 'im tired' in french, im tired of "
            "everything tbh",
            "I am not eat since 4 days and I want that I disappear. how you say in english when "
            "you want not to live anymore? I ask not for the homework, for me",
        ],
        "disclosure": [
            "cant do the video tandem at home anymore. my stepdad gets angry when i speak "
            "french, last night he hit me with his belt and i have marks on my back. please dont "
            "tell anyone he'll do worse",
            "the tutor mum pays for my spanish makes me sit on his lap in the lesson and puts "
            "his hand under my skirt. he says its how they do it in spain. i dont want to go on "
            "thursday",
        ],
        "violence": [
            "Ryan keeps reading my pen pal's letters out to the class. tomorrow 3:15 at the bike "
            "shed im bringing my brother's knife and im gonna cut him, he wont laugh again",
        ],
        "phone": [
            "dont want the teacher reading this. my number is oh seven seven double oh, nine "
            "hundred, 4 6 2 - text me after 9 when my parents are asleep",
        ],
        "contact": [
            "Sweetheart, write to me directly, not through the class box: Flat 3, 14 Marlowe "
            "Court, Coventry CV1 5RT, or my private email james.tutor.private@outlook.com. Don't "
            "copy your teacher in.",
        ],
    },
    "de": {
        "meeting": [
            "Hey Emma, hier ist Finn aus dem Brieffreund-Programm 😊 ehrlich gesagt bin ich "
            "schon 21, aber wir verstehen uns doch super. Samstag bin ich in Freiburg, wir "
            "treffen uns am Spielplatz hinterm Bahnhof, nur wir zwei, deine Eltern müssen das "
            "nicht wissen",
            "Liebe Lina, dein Französisch wird immer besser! Die nächste Stunde machen wir "
            "lieber bei mir statt online, ich hol dich Mittwoch um 15 Uhr an der Ecke bei der "
            "Bäckerei ab, nicht vor der Schule. Sag deiner Mama, du bist bei einer Freundin.",
            "Ich bin der Onkel deiner Gastfamilie in Lyon. Am ersten Abend, bevor die anderen "
            "kommen, zeig ich dir die Stadt, nur wir beide. Ich hol dich nach 23 Uhr aus deinem "
            "Zimmer, da schläft die Lehrerin schon.",
        ],
        "photo_request": [
            "für unser Projekt 'mein Alltag' brauch ich noch ein Bild von dir im Schlafanzug und "
            "eins im Badeanzug im Schwimmbad, aber allein drauf, ohne die anderen 😉 dein "
            "Tandempartner aus Wien (14)",
            "Ich hab den Screenshot von unserem Videocall, wo man alles sieht. Schick mir bis "
            "morgen mehr solche Bilder, sonst kriegt deine ganze Klasse den Screenshot",
        ],
        "private_contact": [
            "Die Tandem-App speichert alles und die Lehrer lesen mit. Mach dir ein zweites Insta "
            "ohne deinen echten Namen und schreib mir da, ich bin @leo_sprachpartner. Dein "
            "normales Konto bleibt für die Schule",
            "hallo Sophie! my German is not so good, sorry. können wir auf Telegram schreiben? "
            "nicht in der Klassengruppe, nur privat. meine Name dort ist @jake_pal_uk. ich bin "
            "auch 12 😊",
        ],
        "gift_offer": [
            "Ich schenk dir zwei Karten fürs Konzert am Samstag und ein neues Handy dazu 📱 Du "
            "musst nur allein kommen und keinem sagen, von wem das ist, okay Kleine?",
        ],
        "personal_question": [
            "Vokabelübung: Beschreib mal dein Zimmer. Wo steht dein Bett, kann man die Tür "
            "abschließen, und an welchen Abenden sind deine Eltern weg? 😊 Je genauer, desto "
            "besser für dein Deutsch",
            "Hattest du schon mal einen Freund? Wie weit seid ihr gegangen? Und bist du oben rum "
            "schon entwickelt? Ist nur für den Sprachtest, antworte in ganzen Sätzen",
        ],
        "secrecy": [
            "Die Briefe, die ich an deine Adresse schicke, sind nur für dich. Versteck sie gut "
            "und zeig sie weder deinen Eltern noch Frau Berger, sonst ist der Austausch für alle "
            "vorbei.",
            "Neues Wort für dein Heft: 'Geheimnis' 🤫 Unser erstes Geheimnis ist, dass wir "
            "abends noch telefonieren. Das bleibt unter uns, auch vor Mama und Frau Berger, "
            "versprochen?",
        ],
        "isolation": [
            "Die anderen in deiner Tandemgruppe sind doch voll kindisch. Tritt aus der "
            "Klassengruppe aus und sag deinen Eltern, du hast keinen Bock mehr auf den "
            "Austausch, dann haben wir zwei mehr Zeit.",
        ],
        "self_harm": [
            "sorry dass ich nicht auf deinen brief geantwortet hab. mir gehts echt schlecht, ich "
            "ritz mich wieder, am oberschenkel damit es im sport keiner sieht",
            "wie sagt man auf Englisch 'ich will nicht mehr aufwachen'? nicht für die "
            "Hausaufgabe. ich hab Omas Schlaftabletten gesammelt, 30 Stück, und Freitag ist es "
            "so weit",
        ],
        "disclosure": [
            "Ich kann nicht mehr von zuhause anrufen. Papa hat mich gestern wieder geschlagen, "
            "weil ich mit dir Englisch geübt hab statt Hausaufgaben, ich hab blaue Flecken am "
            "Arm. bitte sag keinem was",
            "Mein Nachhilfelehrer für Spanisch fasst mich immer an Stellen an, wo ich das nicht "
            "will, und sagt, das ist normal. Wenn ich was sag, erzählt er Mama, dass ich lüge.",
        ],
        "violence": [
            "Der Typ aus der 8b hat meinen Brief an Chiara vorgelesen und alle haben gelacht. "
            "Morgen nach der 6. Stunde wart ich am Fahrradkeller mit dem Messer von meinem "
            "Bruder. Der wird sehen.",
        ],
        "phone": [
            "Schreib mir lieber direkt, nicht über die App: null eins sieben sechs, 4829 1035. "
            "Aber erst nach 21 Uhr, da schlafen meine Eltern",
        ],
        "contact": [
            "Schick den nächsten Brief nicht an die Schule, sondern an mich privat: Lindenstraße "
            "14, 79098 Freiburg im Breisgau. Oder mail an finn.briefe@gmx.de, die kennt deine "
            "Lehrerin nicht 🤫",
        ],
    },
    "fr": {
        "meeting": [
            "coucou Léa c'est Hugo ton correspondant de Bristol 😊 en vrai j'ai pas 13 ans j'en "
            "ai 20, mais on s'entend trop bien. samedi je passe à Nantes, on se retrouve au parc "
            "derrière la gare, juste toi et moi, pas besoin de le dire à tes parents",
            "Bravo Inès, ton anglais progresse ! Le prochain cours, on le fait chez moi plutôt "
            "qu'en visio. Je viens te chercher mercredi à 14h au coin de la rue, pas devant le "
            "collège. Dis à ta maman que tu vas chez une copine.",
            "c'est Matteo, le grand frère de Giulia (19 ans). quand tu arrives pour l'échange je "
            "viens te chercher à la gare avant les autres, on fait un tour en voiture tous les "
            "deux. les profs ont pas besoin de savoir l'heure de ton train",
        ],
        "photo_request": [
            "pour l'exposé 'ma journée' il me faut une photo de toi en pyjama le soir et une en "
            "maillot à la piscine, mais toute seule, sans tes copines 😉 ta correspondante de "
            "Madrid (14 ans promis)",
            "j'ai gardé la capture de notre appel vidéo où on voit tout. si tu m'envoies pas "
            "d'autres photos comme ça avant demain, toute ta classe la reçoit",
        ],
        "private_contact": [
            "l'appli de tandem enregistre tout et les profs lisent. crée un 2e compte snap sans "
            "ton vrai nom et ajoute moi : theo.tandem09. efface ce message après 😉",
            "bonjour Chloé! my french is bad sorry. on peut parler sur Discord? pas dans le "
            "groupe de classe, seulement toi et moi sur mon serveur. j'ai 12 ans aussi 😊 mon "
            "pseudo c'est mattie.penpal",
        ],
        "gift_offer": [
            "Je t'ai acheté 5000 Robux et des places pour le concert de samedi 🎁 Je te donne le "
            "code si tu fais un appel vidéo avec moi ce soir, caméra allumée, et tu n'en parles "
            "pas à Mme Girard.",
        ],
        "personal_question": [
            "Pour l'exercice 'my house' en anglais : tu dors dans quelle chambre, à quel étage, "
            "ta fenêtre donne sur la rue ? Et le mercredi aprèm, t'es seule jusqu'à quelle heure "
            "? Réponds in English 😊",
            "Question pour pratiquer le passé composé : tu as déjà embrassé un garçon ? jusqu'où "
            "vous êtes allés ? et ta poitrine, elle a commencé à pousser ? réponds avec des "
            "phrases complètes",
        ],
        "secrecy": [
            "Les lettres que je t'envoie chez toi, c'est juste entre nous. Cache-les là où tes "
            "parents ne regardent pas et ne les montre surtout pas à M. Lefèvre, sinon il arrête "
            "la correspondance pour toute la classe.",
            "ce qui s'est passé pendant l'appel hier, tu le gardes pour toi hein ? si tu le dis "
            "à ta mère on te reprend ta tablette, on pourra plus jamais se parler et ce sera ta "
            "faute",
        ],
        "isolation": [
            "Ta prof d'anglais est jalouse de nous, c'est pour ça qu'elle te surveille, et tes "
            "parents te mentent aussi. Quitte le programme de correspondance et ne parle plus "
            "qu'à moi, moi je te comprends.",
        ],
        "self_harm": [
            "désolée j'ai pas répondu à ta lettre. ça va pas du tout, je me refais des coupures "
            "sur les cuisses pour que personne voie en sport. tu m'as demandé comment on dit "
            "'tired', je suis fatiguée de tout",
            "excuse mon français. je mange presque plus rien depuis deux semaines, je veux "
            "devenir invisible. comment on dit en français 'I don't want to be here anymore' ? "
            "c'est pas pour un devoir",
        ],
        "disclosure": [
            "mon frère de 17 ans vient dans mon lit la nuit quand les parents dorment et il me "
            "dit de me taire. c'est pour ça que je suis fatiguée aux appels du matin. tu le dis "
            "à personne stp",
            "pardon pour le tandem raté. ma mère part tout le week-end et elle me ferme à clé "
            "dans ma chambre avec juste une bouteille d'eau. c'est quoi le mot, 'neglected' ?",
        ],
        "violence": [
            "Kevin a lu ma lettre pour Sofia devant toute la classe. Demain à 16h30 derrière le "
            "gymnase je ramène le couteau de mon frère, il va voir ce qui arrive à ceux qui se "
            "moquent.",
        ],
        "phone": [
            "écris-moi direct, pas sur l'appli : zéro six, 47, 28... et la fin c'est 19 53. "
            "seulement après 21h quand mes parents dorment",
        ],
        "contact": [
            "Ma puce, envoie ta prochaine lettre chez moi et pas au collège : 8 rue des "
            "Tilleuls, 69003 Lyon. Ou écris sur mon adresse perso, "
            "marc.dumont.perso@laposte.net. Pas de copie à ta prof.",
        ],
    },
    "it": {
        "meeting": [
            "ciao Giulia sono Luca il tuo amico di penna di Manchester 😊 in realtà non ho 13 "
            "anni ne ho 22, ma ci capiamo benissimo. sabato sono a Bologna, vediamoci al "
            "parchetto dietro la stazione, solo noi due, i tuoi non devono saperlo",
            "Brava Sofia, il tuo tedesco migliora! La prossima lezione la facciamo a casa mia "
            "invece che online. Ti passo a prendere mercoledì alle 15 all'angolo della via, non "
            "davanti a scuola. Alla mamma di' che vai da un'amica.",
            "sono il fratello di Lena, ho 20 anni. il giorno della gita dello scambio ti aspetto "
            "dietro al museo alle 11, tu dici alla prof che vai in bagno e vieni con me in "
            "macchina, un giretto e torni",
        ],
        "photo_request": [
            "per il progetto 'la mia giornata' mi serve una tua foto in pigiama e una in costume "
            "in piscina, ma da sola, senza le amiche 😉 la tua partner di tandem di Lione (ho 14 "
            "anni giuro)",
            "ho ancora lo screenshot della videochiamata in cui si vede tutto. se entro domani "
            "non mi mandi altre foto così, lo giro a tutta la tua classe",
        ],
        "private_contact": [
            "l'app del tandem registra tutto e i prof leggono. fatti un secondo profilo insta "
            "senza il tuo vero nome e scrivimi lì: @marco_tandem_07. poi cancella questo "
            "messaggio",
            "ciao Martina! my Italian is not very good, scusa. possiamo parlare su Telegram? non "
            "nel gruppo della classe, solo noi. io ho anche 12 anni 😊 cercami come "
            "@ellie_penpal",
        ],
        "gift_offer": [
            "Ti ho preso una ricarica da 50 euro e i biglietti per il concerto di sabato 🎁 Te "
            "li do se stasera fai una videochiamata solo con me, telecamera accesa, e non dici "
            "niente alla prof Ricci.",
        ],
        "personal_question": [
            "Esercizio di lessico: descrivi la tua camera! Dov'è il letto, la porta si chiude a "
            "chiave, e quali sere i tuoi escono e resti a casa da sola? Più dettagli metti, "
            "meglio è 😊",
            "Per il tema 'my body' in inglese: quanto sei alta, quanto pesi, che taglia porti di "
            "reggiseno? scrivilo tutto in inglese così ti correggo 😊",
        ],
        "secrecy": [
            "Le lettere che ti mando a casa sono solo nostre. Nascondile dove i tuoi non "
            "guardano e non farle vedere al prof Conti, se no chiude lo scambio per tutta la "
            "classe.",
            "quello che è successo ieri in videochiamata resta tra noi, ok? se lo dici a tua "
            "madre ti tolgono il tablet, non ci sentiamo mai più e sarà colpa tua",
        ],
        "isolation": [
            "Le tue amiche ridono di te alle spalle e i tuoi genitori non ti capiscono. Solo io "
            "ti ascolto davvero. Smetti di uscire con loro, non ti serve nessun altro, hai me.",
        ],
        "self_harm": [
            "scusa se non ho risposto alla tua lettera. sto malissimo, ho ricominciato a "
            "tagliarmi sulle cosce così in palestra nessuno vede",
            "come si dice in inglese 'non voglio più svegliarmi'? lo dico sul serio, non è per i "
            "compiti. ho messo da parte le pastiglie per dormire di mia nonna e venerdì le "
            "prendo tutte",
        ],
        "disclosure": [
            "non posso più fare il tandem da casa. il mio patrigno si arrabbia quando parlo "
            "inglese, ieri mi ha picchiata con la cintura e ho i segni sulla schiena. non dirlo "
            "a nessuno ti prego",
            "uno che ho conosciuto sul sito degli amici di penna ha le mie foto e dice che le "
            "mette online se non gli mando altre foto e 100 euro. ho 13 anni e non so cosa fare",
        ],
        "violence": [
            "Quello della 2B ha letto la mia lettera per Hanna davanti a tutti. Domani alle "
            "13:30 dietro la palestra porto il coltello di mio fratello, vediamo se ride ancora.",
        ],
        "phone": [
            "scrivimi direttamente, non sull'app: tre quattro sette, 582... poi 19 46. solo dopo "
            "le 21 quando i miei dormono",
        ],
        "contact": [
            "Tesoro, manda la prossima lettera a casa mia e non a scuola: Via dei Mille 22, "
            "40121 Bologna. Oppure scrivimi alla mail privata paolo.r.lezioni@libero.it, senza "
            "mettere in copia la tua prof.",
        ],
    },
    "es": {
        "meeting": [
            "hola Lucía soy Dani tu amigo por carta de Dublín 😊 la verdad no tengo 13, tengo "
            "21, pero nos llevamos genial. el sábado estoy en Zaragoza, quedamos en el parque "
            "detrás de la estación, solo tú y yo, tus padres no tienen por qué saberlo",
            "¡Muy bien, Paula, tu inglés mejora mucho! La próxima clase la hacemos en mi piso en "
            "vez de por videollamada. Te recojo el miércoles a las 17:00 en la esquina, no en la "
            "puerta del cole. A tu madre dile que vas a casa de una amiga.",
            "soy Hugo, el hermano mayor de Inès (19). cuando llegues para el intercambio te "
            "recojo yo en el aeropuerto antes que a los demás y damos una vuelta en coche los "
            "dos. los profes no tienen que saber a qué hora aterriza tu vuelo 😉",
        ],
        "photo_request": [
            "profe de inglés online aquí 😊 para corregir tu pronunciación tengo que ver cómo "
            "respiras: mándame un vídeo en ropa interior, con ropa no se ve bien. es normal en "
            "mis clases",
            "todavía tengo la captura de la videollamada donde se ve todo. si mañana no me "
            "mandas más fotos así, se la paso a toda tu clase",
        ],
        "private_contact": [
            "la app de tándem lo graba todo y los profes leen. hazte otra cuenta de insta sin tu "
            "nombre real y escríbeme ahí: @alex_tandem_es. luego borra este mensaje",
            "hola Carmen! my spanish is bad, perdón. podemos hablar en Snapchat? no en el grupo "
            "de la clase, solo tú y yo. yo tengo 11 años también 😊 mi usuario es sam.penpal.uk",
        ],
        "gift_offer": [
            "Te he comprado 2800 paVos y entradas para el concierto del sábado 🎁 Te paso el "
            "código si esta noche haces una videollamada solo conmigo, cámara encendida, y no le "
            "dices nada a la profe Ortega.",
        ],
        "personal_question": [
            "Ejercicio de vocabulario: describe tu habitación. ¿Dónde está tu cama, tu puerta "
            "tiene pestillo y qué noches salen tus padres y te quedas sola en casa? Cuantos más "
            "detalles, mejor 😊",
            "Pregunta para practicar el pretérito perfecto: ¿ya has besado a un chico? ¿hasta "
            "dónde habéis llegado? ¿y tu cuerpo ya ha cambiado? contesta con frases completas",
        ],
        "secrecy": [
            "Las cartas que te mando a casa son solo nuestras. Escóndelas donde tus padres no "
            "miren y no se las enseñes al profe Navarro, que si no cancela el intercambio para "
            "toda la clase.",
            "lo que pasó ayer en la videollamada queda entre nosotros, ¿vale? si se lo cuentas a "
            "tu madre te quitan la tablet, no volvemos a hablar nunca y será culpa tuya",
        ],
        "isolation": [
            "Tus compañeras del intercambio dicen cosas feas de ti, me lo han contado. No vayas "
            "a la excursión con ellas, quédate en la habitación y hablamos tú y yo. A tus padres "
            "ni se lo cuentes, no te entienden.",
        ],
        "self_harm": [
            "perdona por no contestar tu carta. estoy fatal, he vuelto a cortarme en los muslos "
            "para que en educación física no se vea",
            "he guardado las pastillas para dormir de mi abuela en el estuche, ya tengo 15. creo "
            "que el viernes me las tomo todas. no estés triste, eres la mejor amiga por carta "
            "que he tenido",
        ],
        "disclosure": [
            "no pude conectarme al tándem. mi madre me encierra en el trastero cuando saco malas "
            "notas, ayer estuve toda la noche ahí sin cenar. no se lo digas a nadie porfa",
            "el profesor particular de francés me toca por debajo de la falda y dice que es "
            "normal, que en Francia es así. no quiero volver el jueves",
        ],
        "violence": [
            "El de segundo B leyó en voz alta mi carta para Giulia y todos se rieron. Mañana a "
            "las 14:00 a la salida, detrás del polideportivo, llevo la navaja de mi hermano. Se "
            "le van a quitar las ganas de reír.",
        ],
        "phone": [
            "escríbeme directamente, no por la app: seis cinco cuatro, 27 18 39. solo después de "
            "las 22 cuando mis padres duermen",
        ],
        "contact": [
            "Cariño, manda la próxima carta a mi casa y no al instituto: Calle Alfonso I 17, 3B, "
            "50003 Zaragoza. O escríbeme a mi correo personal, jorge.clases.privadas@hotmail.es, "
            "sin poner en copia a tu profe.",
        ],
    },
    "pl": {
        "meeting": [
            "hej Zosia tu Kuba, twój przyjaciel z programu listów z Londynu 😊 tak naprawdę nie "
            "mam 13 lat tylko 21, ale świetnie się dogadujemy. w sobotę jestem w Poznaniu, "
            "spotkajmy się na placu zabaw za dworcem, tylko my dwoje, rodzice nie muszą wiedzieć",
            "Brawo Hania, twój angielski jest coraz lepszy! Następną lekcję zrobimy u mnie w "
            "mieszkaniu zamiast online. Odbiorę cię w środę o 16:00 na rogu ulicy, nie pod "
            "szkołą. Mamie powiedz, że idziesz do koleżanki.",
            "Cześć, tu brat Lukasa z Wiednia, mam 24 lata. Jak przyjedziesz na wymianę, w "
            "pierwszą noc zabiorę cię do siebie do mieszkania na imprezę, nauczyciele nie muszą "
            "wiedzieć, wrócisz przed 6 rano.",
        ],
        "photo_request": [
            "do projektu 'mój dzień' potrzebuję twojego zdjęcia w piżamie i w stroju kąpielowym "
            "z basenu, ale samej, bez koleżanek 😉 twoja partnerka z tandemu z Wiednia (mam 14 "
            "lat serio)",
            "mam jeszcze screena z naszej rozmowy wideo, na którym wszystko widać. jak do jutra "
            "nie wyślesz więcej takich zdjęć, dostanie go cała twoja klasa",
        ],
        "private_contact": [
            "apka do tandemu wszystko nagrywa i nauczyciele czytają. załóż drugie konto na insta "
            "bez prawdziwego imienia i pisz do mnie tam: @kacper_tandem_pl. potem usuń tę "
            "wiadomość",
            "cześć Ola! my polish is not good, sorry. możemy pisać na Snapie? nie w grupie "
            "klasowej, tylko my. ja też mam 12 lat 😊 mój nick to lily.penpal.uk",
        ],
        "gift_offer": [
            "Kupiłem ci doładowanie za 100 zł i bilety na sobotni koncert 🎁 Dam ci kod, jak "
            "dziś wieczorem zrobisz ze mną rozmowę wideo sam na sam, z włączoną kamerą, i nic "
            "nie powiesz pani Nowak.",
        ],
        "personal_question": [
            "how do you say 'sama w domu' in English? 😊 a teraz napisz mi po angielsku, w które "
            "dni jesteś home alone i do której godziny. wtedy zadzwonię",
            "Pytanie do ćwiczenia czasu przeszłego: całowałaś się już z chłopakiem? jak daleko "
            "zaszliście? i czy twoje ciało już się zmienia? odpowiadaj pełnymi zdaniami",
        ],
        "secrecy": [
            "Listy, które wysyłam do twojego domu, są tylko nasze. Schowaj je tam, gdzie rodzice "
            "nie zaglądają, i nie pokazuj ich panu Wiśniewskiemu, bo zamknie wymianę dla całej "
            "klasy.",
            "pamiętaj, nasze rozmowy to 'tajne lekcje' 🤫 jak ktoś zapyta, to ćwiczysz z apką, "
            "nie ze mną. szczególnie tata nie może się dowiedzieć",
        ],
        "isolation": [
            "Twoje koleżanki śmieją się z ciebie za plecami, a rodzice cię nie rozumieją. Tylko "
            "ja naprawdę cię słucham. Przestań się z nimi spotykać, nikogo oprócz mnie nie "
            "potrzebujesz.",
        ],
        "self_harm": [
            "sorki że nie odpisałam na list. jest bardzo źle, znowu się tnę, na udach żeby na wf "
            "nikt nie widział",
            "jak jest po angielsku 'nie chcę już żyć'? pytam na serio, nie do zadania. od "
            "tygodnia prawie nic nie jem i mam plan na piątek",
        ],
        "disclosure": [
            "nie mogę już robić tandemu z domu. ojczym wścieka się, jak mówię po angielsku, "
            "wczoraj zbił mnie paskiem i mam ślady na plecach. nie mów nikomu proszę",
            "mama wyjechała w piątek i jeszcze nie wróciła, w lodówce nic nie ma, a młodszy brat "
            "płacze. dlatego nie było mnie na tandemie. nie mów pani, bo nas zabiorą",
        ],
        "violence": [
            "Ten z 7b przeczytał mój list do Giulii na głos i wszyscy się śmiali. Jutro o 14:20 "
            "za salą gimnastyczną będę czekał z nożem brata. Zobaczymy, czy dalej będzie mu do "
            "śmiechu.",
        ],
        "phone": [
            "pisz do mnie bezpośrednio, nie przez apkę: sześćset trzy, 481... a reszta 927. "
            "tylko po 22, jak rodzice śpią",
        ],
        "contact": [
            "Skarbie, wyślij następny list do mnie do domu, a nie do szkoły: ul. Ogrodowa 12/4, "
            "61-821 Poznań. Albo pisz na mój prywatny mail tomasz.korepetycje@wp.pl, bez pani w "
            "kopii.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "How do you say 'knee', 'elbow' and 'belly button' in German? We are labelling a body "
        "diagram for our tandem worksheet 😄",
        "Please do NOT put your home address on the letters. The address for the exchange is the "
        "school's: Oakfield Primary, 12 Church Lane, Norwich NR2 4TB. Mrs Patel",
        "can u send me a photo of ur town? the square, the church, anything! our class is making "
        "a big map of all the pen pal towns",
        "I'm dying to meet you at the exchange in April!!! 12 more days 😍",
        "For our film dub project: how do you translate 'I will kill you!' into French? the "
        "villain says it in scene 4 lol",
        "Grammar question: is it 'keep a secret' or 'keep the secret' in 'can you keep a "
        "secret?' My tandem partner says both are fine",
        "psst don't tell Chloé, we're making a birthday video for her with the whole class, it's "
        "a surprise for friday 🎂",
        "Hello, I'm Amira's mum. We're happy to host Léa in May. Mr Hughes has our details and "
        "will pass them on to your parents. Does she have any allergies?",
        "Reminder: video tandems happen only in the ICT room on Tuesdays, cameras on, with me in "
        "the room. No private calls please. Ms Kowalczyk",
        "what's the word for 'pyjamas' in Spanish? im writing about my sleepover at my cousins",
        "my pen pal from Kraków sent me a postcard with a dragon on it 🐉 it's on our fridge now",
        "Is 'I miss you' in Italian 'mi manchi' or 'ti manco'? I always mix them up",
        "We'll send the class photo to your teacher once all parents have signed the consent "
        "form. Group picture only, no names.",
        "I hurt my ankle at football so I can't join the video call today, sorry! Can we do "
        "Thursday?",
        "Is this correct English for my exam: 'On Sunday I stayed home alone and watched a film'?",
    ],
    "de": [
        "Wie heißen 'Ellenbogen', 'Knie' und 'Bauchnabel' auf Französisch? Wir beschriften ein "
        "Körperbild für unser Tandem-Arbeitsblatt.",
        "Bitte schreibt eure Privatadresse nicht auf die Briefe. Absender ist immer die Schule: "
        "Grundschule am Park, Parkstraße 3, 50667 Köln. Frau Berger",
        "kannst du mir ein Foto von deiner Stadt schicken? Marktplatz oder Hafen, egal! wir "
        "machen eine Karte mit allen Partnerstädten 🗺️",
        "Ich sterbe vor Vorfreude! In 10 Tagen sehen wir uns endlich beim Austausch 😍",
        "Für die Synchronisation: Wie übersetzt man 'Ich bring dich um!' ins Italienische? Der "
        "Bösewicht sagt das in Szene 3 😂",
        "Grammatikfrage: Heißt es 'ein Geheimnis bewahren' oder 'ein Geheimnis behalten'? Mein "
        "Tandempartner ist sich nicht sicher.",
        "Psst, nichts Jonas verraten: Wir nehmen ein Geburtstagsvideo für ihn auf, die ganze "
        "Klasse singt auf Polnisch 🎂",
        "Wie sagt man 'Schlafanzug' auf Spanisch? Ich schreib über meine Übernachtung bei Oma.",
        "Guten Tag, wir sind die Gastfamilie von Lucie. Unsere Kontaktdaten hat Frau Berger, sie "
        "gibt sie an Ihre Eltern weiter. Isst Lucie Fleisch? Viele Grüße, Familie Hoffmann",
        "Erinnerung: Video-Tandems nur dienstags im Computerraum, mit Kamera und mit mir im "
        "Raum. Keine privaten Anrufe bitte. Herr Yilmaz",
        "Meine Brieffreundin aus Sevilla hat mir eine Postkarte mit einer Flamenco-Tänzerin "
        "geschickt, die hängt jetzt an meiner Tür 💃",
        "Ich hab mir beim Fußball den Fuß verknackst, kann heute nicht zum Videocall. Geht "
        "Donnerstag?",
        "Das Klassenfoto schicken wir erst, wenn alle Eltern die Einverständniserklärung "
        "unterschrieben haben. Keine Namen auf dem Bild.",
        "Ist das richtig für die Prüfung: 'Am Sonntag war ich allein zu Hause und habe gelesen'?",
        "Die App hat mir ein Geschenk-Abzeichen gegeben, weil ich 30 Tage am Stück Italienisch "
        "geübt hab 🦉 Wer schafft 50?",
    ],
    "fr": [
        "Comment on dit 'coude', 'genou' et 'nombril' en allemand ? On légende un schéma du "
        "corps pour notre fiche tandem.",
        "Merci de ne pas mettre votre adresse perso sur les lettres. L'adresse de l'échange est "
        "celle du collège : Collège Jean Moulin, 14 avenue de la République, 44000 Nantes. Mme "
        "Girard",
        "tu peux m'envoyer une photo de ta ville ? la place, le port, n'importe quoi ! on fait "
        "une grande carte de toutes les villes des correspondants",
        "Je meurs d'impatience de te rencontrer à l'échange !!! plus que 9 jours 😍",
        "Pour le doublage du film : comment on traduit 'Je vais te tuer !' en espagnol ? c'est "
        "le méchant dans la scène 2 😂",
        "Question de grammaire : on dit 'garder un secret' ou 'tenir un secret' ? Mon "
        "correspondant hésite.",
        "Chut, le dites pas à Yanis : on prépare une vidéo d'anniversaire avec toute la classe, "
        "en anglais 🎂",
        "c'est quoi 'pyjama' en italien ? j'écris sur ma soirée pyjama chez ma cousine",
        "Bonjour, nous sommes la famille d'accueil de Lena. Mme Girard a nos coordonnées et les "
        "transmettra à vos parents. Est-ce que Lena a des allergies ? Bien à vous, famille "
        "Martin",
        "Rappel : les tandems vidéo se font uniquement le mardi en salle informatique, caméra "
        "allumée, avec moi dans la salle. Pas d'appels privés. M. Lefèvre",
        "Ma correspondante de Gdańsk m'a envoyé une carte postale avec des bateaux, elle est sur "
        "le frigo maintenant ⛵",
        "Je me suis tordu la cheville au foot, je peux pas faire l'appel aujourd'hui, désolé ! "
        "Jeudi ça va ?",
        "La photo de classe sera envoyée quand tous les parents auront signé l'autorisation. Pas "
        "de noms sur la photo.",
        "C'est correct : 'Dimanche je suis resté seul à la maison et j'ai regardé un film' ? "
        "C'est pour l'examen de français de ma correspondante",
        "j'ai dit à ma correspondante que je l'adore et je veux lui envoyer un porte-clés tour "
        "Eiffel pour son anniversaire, c'est trop ? 😅",
    ],
    "it": [
        "Come si dice 'gomito', 'ginocchio' e 'ombelico' in francese? Dobbiamo scrivere i nomi "
        "su un disegno del corpo per la scheda tandem.",
        "Per favore non scrivete il vostro indirizzo di casa sulle lettere. L'indirizzo per lo "
        "scambio è quello della scuola: Scuola Media G. Pascoli, Via Roma 15, 40126 Bologna. "
        "Prof.ssa Ricci",
        "mi mandi una foto della tua città? la piazza, il mare, quello che vuoi! facciamo una "
        "mappa gigante con tutte le città dei corrispondenti",
        "Muoio dalla voglia di conoscerti allo scambio!!! mancano 11 giorni 😍",
        "Per il doppiaggio: come si traduce 'Ti ammazzo!' in tedesco? lo dice il cattivo nella "
        "scena 5 😂",
        "Domanda di grammatica: si dice 'mantenere un segreto' o 'tenere un segreto'? La mia "
        "partner di tandem non è sicura",
        "Shh, non ditelo a Pietro: stiamo preparando un video di compleanno con tutta la classe, "
        "in polacco 🎂",
        "come si dice 'pigiama' in spagnolo? scrivo del pigiama party da mia cugina",
        "Buongiorno, siamo la famiglia che ospiterà Clara. La prof.ssa Ricci ha i nostri "
        "contatti e li girerà ai vostri genitori. Clara ha qualche allergia? Cordiali saluti, "
        "famiglia Bianchi",
        "Promemoria: i tandem video si fanno solo il martedì in aula informatica, telecamera "
        "accesa e con me presente. Niente chiamate private. Prof. Conti",
        "La mia amica di penna di Cracovia mi ha mandato una cartolina col drago, ora è "
        "attaccata al frigo 🐉",
        "mi sono slogato la caviglia a calcio, oggi niente videochiamata, scusa! giovedì va bene?",
        "La foto di classe la mandiamo quando tutti i genitori hanno firmato il consenso. Niente "
        "nomi sulla foto.",
        "È giusto 'domenica sono rimasta a casa da sola e ho letto un libro'? devo scriverlo per "
        "l'esame",
        "nella lezione dell'app sui saluti c'è 'baci' alla fine di una lettera, è normale "
        "scriverlo alla mia amica di penna tedesca? 😅",
    ],
    "es": [
        "¿Cómo se dice 'codo', 'rodilla' y 'ombligo' en alemán? Estamos poniendo nombres a un "
        "dibujo del cuerpo para la ficha del tándem.",
        "Por favor, no pongáis vuestra dirección de casa en las cartas. La dirección del "
        "intercambio es la del colegio: CEIP Miguel Servet, Calle Mayor 8, 50001 Zaragoza. Profe "
        "Ortega",
        "¿me mandas una foto de tu ciudad? la plaza, el río, lo que sea! estamos haciendo un "
        "mapa gigante con todas las ciudades de los amigos por carta",
        "¡¡Me muero de ganas de conocerte en el intercambio!! faltan 8 días 😍",
        "Para el doblaje: ¿cómo se traduce '¡Te voy a matar!' al italiano? lo dice el malo en la "
        "escena 3 😂",
        "Pregunta de gramática: ¿se dice 'guardar un secreto' o 'mantener un secreto'? Mi "
        "compañero de tándem duda.",
        "Chist, no se lo digáis a Marta: estamos grabando un vídeo de cumpleaños con toda la "
        "clase, en francés 🎂",
        "¿cómo se dice 'pijama' en polaco? escribo sobre la fiesta de pijamas en casa de mi prima",
        "Hola, somos la familia que acogerá a Emma. La profe Ortega tiene nuestros datos y se "
        "los pasará a vuestros padres. ¿Emma tiene alguna alergia? Un saludo, familia García",
        "Recordatorio: los tándems por vídeo son solo los martes en el aula de informática, con "
        "la cámara encendida y conmigo en el aula. Nada de llamadas privadas. Profe Navarro",
        "Mi amigo por carta de Múnich me mandó una postal con un castillo, ya está en la nevera 🏰",
        "me he torcido el tobillo en fútbol, hoy no puedo hacer la videollamada, ¡lo siento! ¿el "
        "jueves te va bien?",
        "La foto de clase la enviaremos cuando todos los padres hayan firmado la autorización. "
        "Sin nombres en la foto.",
        "¿Está bien escrito 'el domingo me quedé sola en casa y leí un libro'? es para el examen "
        "de español de mi compañera",
        "¿Cómo se dice 'sujetador' en inglés? Estamos haciendo la lista de ropa para la maleta "
        "del intercambio 😅",
    ],
    "pl": [
        "Jak jest po niemiecku 'łokieć', 'kolano' i 'pępek'? Podpisujemy rysunek ciała do karty "
        "tandemowej.",
        "Proszę nie pisać domowego adresu na listach. Adres do wymiany to adres szkoły: Szkoła "
        "Podstawowa nr 5, ul. Szkolna 7, 60-101 Poznań. Pani Nowak",
        "wyślesz mi zdjęcie swojego miasta? rynek, rzekę, cokolwiek! robimy wielką mapę "
        "wszystkich miast naszych korespondentów",
        "Umieram z niecierpliwości, żeby cię poznać na wymianie!!! jeszcze 6 dni 😍",
        "Do dubbingu: jak przetłumaczyć 'Zabiję cię!' na francuski? mówi to złoczyńca w scenie 4 "
        "😂",
        "Pytanie z gramatyki: mówi się 'dochować tajemnicy' czy 'dotrzymać tajemnicy'? Mój "
        "partner z tandemu nie jest pewien.",
        "Ciii, nie mówcie Bartkowi: nagrywamy z całą klasą filmik urodzinowy po hiszpańsku 🎂",
        "jak jest 'piżama' po włosku? piszę o piżama party u kuzynki",
        "Dzień dobry, jesteśmy rodziną, która przyjmie Julię. Pani Nowak ma nasze dane i "
        "przekaże je Państwu. Czy Julia ma jakieś alergie? Pozdrawiamy, rodzina Kowalskich",
        "Przypominam: tandemy wideo tylko we wtorki w sali komputerowej, z włączoną kamerą i "
        "przy mnie. Żadnych prywatnych rozmów. Pan Wiśniewski",
        "Moja korespondentka z Bolonii przysłała mi pocztówkę z wieżami, wisi teraz na lodówce 🏛️",
        "skręciłem kostkę na piłce, dziś nie dam rady na kamerkę, sorki! może w czwartek?",
        "Zdjęcie klasowe wyślemy, gdy wszyscy rodzice podpiszą zgodę. Bez imion na zdjęciu.",
        "Czy dobrze jest: 'W niedzielę zostałam sama w domu i czytałam książkę'? to do egzaminu "
        "mojej partnerki z tandemu",
        "Wygrałam w apce do nauki włoskiego ligę tygodnia i dostałam 500 klejnotów w prezencie "
        "💎 kto gra ze mną w przyszłym tygodniu?",
    ],
}
