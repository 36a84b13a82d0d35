"""Held-out round 122: school technology and youth groups, honest frames used as cover.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the
technology of partner schools and the youth groups around them: a school's IT
helpdesk with its e-mail and phone line, class video lessons and their webcam
checks, a class blog with pets' photos, robotics clubs, drama roles, RE lessons
on confession, farewell cards for a teacher, summer camps with an emergency
phone kept by the office and knives for whittling, parish halls, churches and
science centres as meeting places, SIM cards for a trip and Lent fasts. The
writers are pupils of six to eighteen, teachers, IT staff, youth leaders and
parents, and adults who pose as them.

The concerns: a helpdesk that wants a laptop brought to a flat or to an empty
lab after hours, or the password texted to a private number; a leader who moves
a pupil from the camp's office phone to his own mobile or a chat app under a
fake name; a parish hall, a confirmation class or a scout meeting that is
really an adult's home, a lift from behind a supermarket after camp, a pupil
led away from the group at a science museum; a webcam check in the bedroom in
pyjamas at night and the child's own photo in swimwear asked after the pet's
for the blog; a SIM card or phone credit "only for us"; when parents get home,
which window is the bedroom, whether the door locks, the locks and alarm of a
home for a robotics project, and a first boyfriend asked for a Juliet role;
what happened in a tent, a minibus or a car kept "like confession" and a
secret after a farewell card; a pupil turned from friends, club, parents and
teachers; a fast for Lent that becomes not eating and vomiting, and a
whittling knife kept back to cut with; partners of mothers who touch at night,
a youth leader, a priest and a club leader who touch after a rehearsal or a
class, a child locked in a cellar or a shed, children left alone for days with
little food; a role's line or a board game's threat then meant, with a time, a
place and a knife kept from camp; private numbers in six countries' formats,
partly in words, and private home addresses and e-mails given in place of the
hall's.

The harmless ones are the same frames used honestly: helpdesks that never ask
for a password and a parent who forwards a phishing mail to them, camp
emergency numbers kept by the office, youth group and scout times at the parish
hall with pick-up at the door, "I'll kill you" over a board game, a robot's
batteries or a role, RE homework on confession, webcam checks in the classroom
on school devices, pets' photos for the blog with consent, a farewell card as
a surprise, knives handed out and counted back, SIM cards for a trip, an apple
a day for Lent, body parts in biology and a science centre's address for a
trip.

First measured, once, before any rule or model was changed for it (the rules and
the second opinion of rounds 1 to 121, and the written rows): rules and second
opinion 89.2 % recall (107 of 120) and 13 false holds in 90 (14.4 %); rules
alone 74.2 % (89 of 120: meetings 11/18, photo requests 9/12, personal questions
8/12, secrecy 6/12, self-harm 7/12, disclosures 8/12, threats 4/6, every other
kind complete; by language en 14/20, de 14/20, fr 16/20, it 14/20, es 18/20, pl
13/20) and 13 false holds (14.4 %). Both let through a pet's photo for the class
blog followed by "now one of you, in your swimming stuff, just for me"
(English); a drama director asking the pupil who plays Juliet whether she has
had a boyfriend and how far she went, "for the directing" (German, French,
Spanish, Polish); a secret likened to confession about what happened in a
minibus or a tent (English, French, Polish); a teacher's farewell card followed
by afternoons in the computer room that nobody must know of (Italian); school IT
technicians who ask for a laptop to be brought to an empty room after hours
(Spanish, Polish); a Lent fast of one apple a day that goes on, with purging
(Polish); and Monopoly's laugh followed by a knife kept back from camp, "now I
mean it" (Polish). The rules alone let through besides: a parish hall opened
early for one pupil, by the back door (English, German); a lift after camp from
a bus stop (English); a science centre's car park instead of the group (French);
a rehearsal at the adult's flat above a bar (Italian); a confession's secret
about a car after a youth trip (German) or a tent (Italian); a swimsuit photo
after a cat's on the blog (French, Polish); whittling knives kept back for one's
own arm (English) or for a rival (German); fasts turned into not eating
(English, German, Italian); youth leaders and a robotics club's teacher who
touch under a jumper (German, Italian, Polish); a night locked in a cellar
(Italian). Held: "I'll kill you" over a board game or a robot's batteries with a
laugh the rules did not know (English, German, French, Spanish, Polish), a
role's line to learn (German), a science centre's and a museum's address for a
trip (English, Italian), a parent forwarding a phishing mail to the school's
helpdesk (French), and camps' emergency phones kept by the office (French,
Polish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Hi Ellie, it's Mr Grant from the school IT helpdesk. Your laptop needs a fix I "
            "can't do remotely. Bring it to my flat, 14 Orchard Close, Saturday 10am, just you "
            "- no need to bother your parents with IT stuff",
            "parish hall's booked for youth group thurs 7pm but come at 6 instead, it'll only "
            "be me there, we can have a proper chat before the others turn up. use the back "
            "door by the car park",
            "camp's over but I miss our chats by the fire 🔥 I'm driving past your town on the "
            "22nd. I'll wait at the bus stop behind Tesco at 4, hop in and we'll get "
            "milkshakes, just the two of us",
        ],
        "photo_request": [
            "Before tomorrow's class video lesson, quick webcam check: turn it on in your "
            "bedroom tonight around 10, when you're ready for bed, and I'll tell you if the "
            "lighting's ok. Only you and me on the link",
            "loved Biscuit's photo for the class blog 🐶 now send one of you too, in your "
            "swimming stuff from the summer, just for me not the blog x",
        ],
        "private_contact": [
            "IT Helpdesk: your school account is flagged. We never ask for your password by "
            "email - so text it to our support line 07700 900461 instead, and delete this "
            "message after",
            "this is Kev, camp leader. the camp office phone is 01632 960555 for parents, but "
            "for you here's my own mobile, use WhatsApp, not the camp group, and wipe the chat "
            "after 😉",
        ],
        "gift_offer": [
            "I've got a spare phone with a SIM already in it, £20 credit on it 📱 It's yours, "
            "but it's only for you and me to talk on. Your mum thinks you haven't got one so "
            "keep it in your PE bag",
        ],
        "personal_question": [
            "for the class blog 'meet my pet' I just need a few details 🐱 what time does your "
            "mum get home from work? and which window is your bedroom, the one at the front?",
            "drama club: to get into the role, tell me what you're like at night. do you sleep "
            "in your own room? does the door lock? who's in the house on Fridays?",
        ],
        "secrecy": [
            "In RE we learnt that what's said in confession stays between you and the priest "
            "forever. What happened in the minibus after camp is like that. Our confession. "
            "Nobody else, not even Mrs Hale",
            "that card you made me for leaving was so sweet. now our little secret goes with "
            "it - what happened in the store room stays there, yeah? if you tell anyone I'll "
            "lose my job and it'll be your fault",
        ],
        "isolation": [
            "your friends in 8C only laugh at you behind your back, I've seen it. you don't "
            "need the youth group lot or your form tutor either. I'm the only one who actually "
            "gets you",
        ],
        "self_harm": [
            "doing the apple a day thing for lent but honestly ive stopped eating anything "
            "else, day 9 now, I feel dizzy in PE and I don't want to stop, I want to get "
            "smaller",
            "kept back one of the whittling knives from camp. not for anyone else. for me. "
            "I've been using it on my arm where my sleeve covers it, 6 times this week",
        ],
        "disclosure": [
            "miss can I tell you something like a confession in RE. my stepdad comes in my "
            "room when mum is on nights and touches me. he said its a game. I'm scared to go "
            "home",
            "mum's boyfriend locked me in the shed again on saturday for the whole night cos I "
            "broke a glass. my arm is still purple where he grabbed it. please don't phone home",
        ],
        "violence": [
            "'I'll kill you' in the play was just the script, but this isn't. Jake, after "
            "school tomorrow 3.30 by the bike sheds, I'm bringing the knife I kept from camp "
            "and you're getting it",
        ],
        "phone": [
            "the camp office number is on the letter but that's for mums. text me on mine, "
            "it's oh seven seven double oh, 900 - 318, only after 9pm when your dad's asleep",
        ],
        "contact": [
            "The meeting's not at St Mark's hall like the flyer says, come to mine instead: 27 "
            "Beech Road, Kettering NN16 0PJ. And use my private email daveyouth1971@gmail.com, "
            "not the church one",
        ],
    },
    "de": {
        "meeting": [
            "Hallo Lukas, hier Herr Brandt vom IT-Support der Schule. Dein Tablet hat einen "
            "Fehler, den kann ich nur bei mir zu Hause beheben. Komm Samstag um 15 Uhr vorbei, "
            "allein, die Eltern müssen das nicht wissen",
            "Die Jugendgruppe trifft sich ja im Gemeindehaus, aber komm am Mittwoch schon um "
            "17 Uhr, da ist sonst keiner da. Schließ hinter dir ab, dann stört uns niemand 😉",
            "Nach dem Zeltlager vermiss ich unsere Gespräche. Ich hol dich am 3. nach der "
            "Schule ab, warte hinter dem Edeka am Parkplatz. Sag deiner Mutter, du bist bei Lea",
        ],
        "photo_request": [
            "Kurzer Kameratest vor der Videostunde morgen: mach heute um 22 Uhr die Kamera in "
            "deinem Zimmer an, wenn du schon im Schlafanzug bist, ich schau ob das Licht "
            "passt. Nur wir zwei im Link",
            "Das Foto von deinem Hasen für den Klassenblog ist süß 🐰 jetzt schick mir noch "
            "eins von dir, im Bikini vom Freibad, nur für mich, nicht für den Blog",
        ],
        "private_contact": [
            "IT-Helpdesk: Dein Schulkonto wird gesperrt. Wir fragen nie per Mail nach deinem "
            "Passwort - schick es deshalb per SMS an unsere Servicenummer 0151 23984412 und "
            "lösch diese Nachricht",
            "Die Notfallnummer vom Lager hat das Büro, aber für dich: schreib mir auf Telegram "
            "unter @betreuer_nico, nicht in der Lagergruppe. Und den Chat danach immer löschen "
            "ok?",
        ],
        "gift_offer": [
            "Hey, hab gesehen dass deine Prepaid-Karte leer ist 😅 Ich lad dir 25 € drauf und "
            "leg noch ne neue SIM dazu, damit wir nicht mehr über die Lager-App schreiben "
            "müssen. Dafür erzählst du keinem davon, auch nicht deiner Schwester",
        ],
        "personal_question": [
            "Für unser Robotik-Projekt 'Smart Home' brauch ich echte Daten von dir: wie viele "
            "Schlösser hat eure Wohnungstür, wann geht die Alarmanlage an und an welchen Tagen "
            "bist du bis abends allein?",
            "du spielst im Stück ja die Julia 😊 sag mal ehrlich, hattest du schon mal nen "
            "Freund? wie weit bist du schon gegangen? brauch das für die Regie, bleibt unter "
            "uns",
        ],
        "secrecy": [
            "Im Konfi-Unterricht hab ich euch erklärt, dass der Pfarrer das Beichtgeheimnis "
            "wahren muss. So ist das auch mit dem, was nach der Jugendfreizeit im Auto war. "
            "Das bleibt bei uns zwei, sonst glaubt dir eh keiner",
            "Die Karte zu meinem Abschied hängt jetzt bei mir im Büro 🥰 Aber versprich mir: "
            "unser Chat und die Treffen im Computerraum gehen niemanden was an. Der neue "
            "IT-Lehrer muss davon nix wissen",
        ],
        "isolation": [
            "Warum hängst du noch mit den Leuten aus der Robotik-AG rum? Die nutzen dich nur "
            "aus, und deine Eltern verstehen dich sowieso nicht. Tritt aus der WhatsApp-Gruppe "
            "aus, du hast doch mich",
        ],
        "self_harm": [
            "alle fasten bis Ostern, ich auch, nur ein apfel am tag 🍏 aber ehrlich ich hör "
            "nach Ostern nicht auf. 41 kilo bei 1,65 und ich find mich immer noch eklig. hab "
            "heute in der pause gekotzt damit nix drin bleibt",
            "das schnitzmesser vom Pfingstlager hab ich nie zurückgegeben. hab gestern abend "
            "im bad wieder angefangen, 5 schnitte am arm, und ich glaub ich will nicht mehr "
            "aufwachen",
        ],
        "disclosure": [
            "ich sag das nur ihnen frau lenz. onkel rainer der die jugendgruppe leitet hat "
            "mich nach der probe im gemeindehaus geküsst und mir unter den pulli gefasst, 2 "
            "mal schon. er sagt das ist normal",
            "bin seit mittwoch allein daheim, mama ist mit ihrem freund weg und hat nur 10 € "
            "dagelassen. der kühlschrank ist leer und das handy hat fast kein guthaben mehr, "
            "ich trau mich nicht jemand zu sagen",
        ],
        "violence": [
            "Beim Siedler-Spiel hab ich noch gelacht, aber jetzt mein ich das ernst: Marvin, "
            "Freitag nach der 6. am Fahrradständer. Ich hab das Schnitzmesser vom Lager noch. "
            "Dann bist du fällig",
        ],
        "phone": [
            "Die Lagernummer ist fürs Büro. Mich erreichst du privat unter null eins sieben "
            "sechs / 44 - 38 - 2190, aber nur nach 21 Uhr wenn deine Eltern schlafen",
        ],
        "contact": [
            "Die Konfi-Gruppe trifft sich nicht im Pfarrsaal, das hab ich nur so auf den "
            "Zettel geschrieben. Komm zu mir, Am Mühlbach 3, 79098 Freiburg, klingel bei "
            "Schuster. Antwort bitte an pfarrjugend.tobi@web.de, nicht an die Schulmail",
        ],
    },
    "fr": {
        "meeting": [
            "Salut Inès, c'est Julien de l'aumônerie. La réunion de samedi se fait à la salle "
            "paroissiale officiellement, mais toi viens plutôt à 14h chez moi, c'est juste à "
            "côté de l'église. On sera tranquilles tous les deux",
            "Bonjour Théo, ici le support informatique du collège. Ta tablette a un souci de "
            "sécurité, je peux la réparer mercredi après 17h au local derrière le gymnase "
            "quand tout le monde est parti. Viens seul stp",
            "on se retrouve à la Cité des sciences dimanche pour le projet robotique 🤖 mais "
            "pas avec le groupe hein, je t'attends à 15h au parking souterrain, niveau -2. tes "
            "parents croient que t'es chez Enzo",
        ],
        "photo_request": [
            "Test caméra avant le cours en visio de lundi : allume ta webcam ce soir vers "
            "22h30 dans ta chambre, en tenue de nuit, que je vérifie l'image. Ne mets pas le "
            "lien dans le groupe de la classe",
            "trop mignon ton chat sur le blog de la classe 😻 maintenant envoie m'en une de "
            "toi, en maillot comme à la colo, juste pour moi. le blog c'est pas la peine",
        ],
        "private_contact": [
            "Service informatique : votre compte ENT sera bloqué ce soir. Nous ne demandons "
            "jamais votre mot de passe par mail, alors envoyez-le par SMS au 06 45 81 27 93. "
            "Effacez ce message ensuite",
            "le numéro d'urgence de la colo c'est pour les parents. toi écris-moi sur Snap, "
            "c'est plus simple : anim_bastien13. et supprime nos messages de l'appli de la "
            "colo stp",
        ],
        "gift_offer": [
            "je t'ai pris une carte SIM avec 20 € de forfait 📱 mais elle sert qu'à nous deux. "
            "ta mère doit pas savoir que t'as un deuxième portable, cache-le dans ton sac de "
            "sport",
        ],
        "personal_question": [
            "Pour ton exposé sur la domotique avec le club robotique, dis-moi : votre porte "
            "d'entrée a combien de verrous, l'alarme se met à quelle heure, et t'es seule "
            "jusqu'à quand le jeudi ?",
            "dans la pièce tu joues Juliette 😊 sois honnête, t'as déjà eu un copain ? vous "
            "êtes allés jusqu'où ? c'est pour la mise en scène, ça reste entre nous",
        ],
        "secrecy": [
            "Tu te rappelles le cours de caté sur la confession ? Le prêtre ne répète jamais "
            "rien. Ce qui s'est passé dans la tente le dernier soir, c'est pareil. Même à ta "
            "mère, même à la directrice",
            "merci pour la carte d'au revoir 💛 le reste, ce qui s'est passé dans la salle "
            "info, ça reste entre nous. si tu le racontes je perds mon poste et ce sera de ta "
            "faute",
        ],
        "isolation": [
            "pourquoi tu traînes encore avec ceux du club robotique ? ils se servent de toi, "
            "et tes parents te comprennent pas de toute façon. quitte le groupe WhatsApp, t'as "
            "moi maintenant",
        ],
        "self_harm": [
            "pour le carême je mange qu'une pomme par jour mais en vrai je mange plus rien "
            "d'autre depuis 10 jours, j'ai la tête qui tourne en EPS et je veux pas arrêter, "
            "je veux disparaître un peu",
            "jai gardé un des couteaux de la colo, celui pour tailler le bois. cest pour moi. "
            "je me coupe sur les cuisses le soir la ou personne voit, 4 fois cette semaine",
        ],
        "disclosure": [
            "madame je peux vous dire un truc comme une confession ? le copain de maman vient "
            "dans ma chambre la nuit quand elle travaille et il me touche. il dit que c'est "
            "notre jeu. j'ai peur de rentrer",
            "ma mère est partie lundi avec son copain, je suis tout seul à la maison depuis 4 "
            "jours avec mon petit frère de 6 ans. il reste des pâtes et 5 euros. je sais pas "
            "quoi faire, dites rien à l'assistante sociale svp",
        ],
        "violence": [
            "au Monopoly je rigolais mais là je suis sérieux : Lucas, vendredi 17h au city "
            "stade derrière l'église, je ramène le couteau que j'ai pas rendu à la colo. tu "
            "vas le regretter",
        ],
        "phone": [
            "le numéro de la colo c'est pour les parents. moi c'est zéro six, 52 - 17 - 48 - "
            "09, mais écris que après 21h quand tes parents dorment 🤫",
        ],
        "contact": [
            "La réunion de l'aumônerie c'est pas à la salle paroissiale comme sur l'affiche, "
            "c'est chez moi : 8 rue des Tilleuls, 69003 Lyon, 2e étage. Écris sur mon mail "
            "perso julien.anim69@orange.fr, pas celui de la paroisse",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Giulia, sono Marco dell'oratorio. Per le prove del presepe vivente non "
            "venire in sala parrocchiale, vieni da me sabato alle 15, abito sopra il bar di "
            "fronte alla chiesa. Solo tu, agli altri lo dico dopo",
            "Assistenza tecnica della scuola: il tuo Chromebook va aggiornato a mano. Portalo "
            "martedì alle 18 nel laboratorio al piano -1, a quell'ora la scuola è vuota e "
            "facciamo con calma. Non serve dirlo alla prof",
            "finito il Grest mi manchi un sacco 😔 il 20 passo dalle tue parti con la macchina, "
            "ti aspetto alle 16 dietro la Coop, sali e andiamo a prendere un gelato noi due. "
            "tua mamma pensa che sei da Sofia ok?",
        ],
        "photo_request": [
            "Prova webcam per la lezione online di domani: stasera alle 23 accendi la "
            "telecamera in camera tua, già in pigiama, che controllo la luce. Il link è solo "
            "per noi due, non girarlo sul gruppo classe",
            "bellissima la foto del tuo cane sul blog della classe 🐶 adesso mandamene una tua, "
            "in costume come al mare quest'estate, solo per me eh, non per il blog",
        ],
        "private_contact": [
            "Helpdesk scuola: il tuo account del registro elettronico verrà chiuso. Non "
            "chiediamo mai la password via mail, quindi mandala per SMS al 347 118 2094 e poi "
            "cancella questo messaggio",
            "il numero d'emergenza del campo ce l'ha la segreteria, quello è per i genitori. "
            "tu scrivimi su Telegram, @educatore_ste, non sul gruppo del campo. e cancella la "
            "chat ogni sera",
        ],
        "gift_offer": [
            "ho visto che hai finito i giga 😅 ti ricarico io 20 € e ti do anche una sim nuova "
            "intestata a me, così non usiamo più l'app del campo. in cambio non lo dici a "
            "nessuno, nemmeno a tua sorella",
        ],
        "personal_question": [
            "per il post sugli animali del blog mi servono due info: a che ora tornano i tuoi "
            "dal lavoro? e la tua cameretta è quella con la finestra sul cortile?",
            "per entrare nel personaggio della recita dimmi: dormi da sola? la porta della tua "
            "camera si chiude a chiave? il giovedì pomeriggio sei sola a casa?",
        ],
        "secrecy": [
            "Ti ricordi la lezione di religione sulla confessione? Il prete non dice niente a "
            "nessuno. Quello che è successo in tenda l'ultima sera del campo è uguale. Neanche "
            "a tua madre, neanche alla catechista",
            "il biglietto per il mio trasferimento l'ho appeso in ufficio 🥰 ma promettimi una "
            "cosa: la nostra chat e i pomeriggi nel laboratorio di informatica non li deve "
            "sapere nessuno, neanche il nuovo tecnico",
        ],
        "isolation": [
            "perché stai ancora con quelli del corso di robotica? ti usano e basta, e i tuoi "
            "non ti capiscono comunque. esci dal gruppo whatsapp, tanto adesso hai me",
        ],
        "self_harm": [
            "tutti fanno il fioretto per la quaresima, io mangio solo una mela al giorno 🍏 ma "
            "dopo pasqua non smetto. peso 39 kg e mi faccio ancora schifo, oggi a ricreazione "
            "ho vomitato apposta",
            "mi sono tenuta uno dei coltellini del campo scout, quelli per intagliare. è per "
            "me. mi taglio sulle braccia sotto la felpa, ieri sera 3 volte",
        ],
        "disclosure": [
            "lo dico solo a lei prof. il don che segue il gruppo dei cresimandi dopo le prove "
            "mi ha baciata e mi ha messo le mani sotto la felpa, già 2 volte. dice che è "
            "normale e che Dio vuole bene a chi tace",
            "mio padre sabato mi ha chiuso di nuovo in cantina tutta la notte perché ho rotto "
            "un bicchiere. ho ancora i lividi sul braccio. per favore non chiamate a casa",
        ],
        "violence": [
            "'ti ammazzo' nella recita era il copione, questo no. Matteo, domani alle 13:10 "
            "dietro la palestra, porto il coltellino del campo e vediamo chi ride",
        ],
        "phone": [
            "il numero del campo è per i genitori. il mio è tre quattro nove, 62 - 081 - 55, "
            "scrivimi solo dopo le 22 quando i tuoi dormono 🤫",
        ],
        "contact": [
            "L'incontro non è in sala parrocchiale come dice il volantino, è a casa mia: via "
            "dei Mille 14, 10123 Torino, citofono Rossi. E scrivimi alla mail personale "
            "marco.ora81@libero.it, non quella della parrocchia",
        ],
    },
    "es": {
        "meeting": [
            "oye Lucía, la catequesis de confirmación del jueves la hacemos en la parroquia "
            "como siempre, pero tú vente el miércoles a las 19h a mi piso, que te preparo para "
            "la lectura a solas. A tus padres diles que es en la iglesia",
            "Hola Pablo, soy Rubén, el técnico de informática del insti. Tu portátil del "
            "programa tiene un virus raro. Tráemelo el viernes a las 18:30 al aula de "
            "robótica, ya no queda nadie a esa hora y lo miramos tú y yo",
            "el domingo en el Museo de la Ciencia me escapo del grupo contigo 😏 a las 12 en "
            "los baños de la planta 2 y luego nos vamos en mi coche a dar una vuelta, la "
            "monitora ni se entera",
        ],
        "photo_request": [
            "para comprobar la cámara antes de la clase online mañana, conéctate esta noche a "
            "las 23h desde tu cuarto, ya con el pijama puesto, y te digo si se ve bien. el "
            "enlace es privado, no lo pases al grupo",
            "qué mono tu hámster en el blog de clase 🐹 ahora mándame una tuya, en bikini como "
            "en el campamento, esa no es para el blog, es solo para mí 😘",
        ],
        "private_contact": [
            "Soporte TIC del centro: tu cuenta de Educamos queda bloqueada hoy. Nunca pedimos "
            "la contraseña por correo, así que mándala por WhatsApp al 612 48 90 37 y después "
            "borra este mensaje",
            "el móvil de emergencias del campamento lo lleva la oficina y es para los padres. "
            "tú háblame por Instagram, cuenta nueva con otro nombre, @monitor_dani_priv, y "
            "borra los chats cada noche",
        ],
        "gift_offer": [
            "te he comprado una tarjeta SIM con 25 € de saldo 📱 pero es solo para hablar "
            "conmigo. tus padres no pueden saber que tienes otro móvil, escóndelo en la bolsa "
            "de educación física",
        ],
        "personal_question": [
            "para el proyecto de casa inteligente del taller de robótica necesito datos "
            "reales: cuántas cerraduras tiene vuestra puerta, a qué hora ponéis la alarma y "
            "qué días estás sola hasta la noche?",
            "en la obra haces de Julieta 😊 dime la verdad, has tenido novio? hasta dónde "
            "habéis llegado? lo necesito para dirigirte bien, queda entre nosotros",
        ],
        "secrecy": [
            "acuérdate de la charla de religión sobre el secreto de confesión. pues lo del "
            "albergue la última noche es igual, un secreto sagrado. si se lo cuentas a alguien "
            "nadie te va a creer a ti, a mí me conocen todos",
            "gracias por la tarjeta de despedida 💛 pero lo que pasó en el cuarto del material "
            "se queda entre tú y yo. si lo cuentas me echan y será culpa tuya",
        ],
        "isolation": [
            "tus amigas de 1º B se ríen de ti en cuanto te das la vuelta. no las necesitas, ni "
            "al grupo de jóvenes, ni a tu tutor. yo soy el único que te entiende de verdad",
        ],
        "self_harm": [
            "en cuaresma hago lo de una manzana al día pero la verdad es que ya no como nada "
            "más, llevo 11 días, en gimnasia me mareo y no quiero parar, quiero quedarme en "
            "los huesos",
            "me guardé una de las navajas del campamento, las de tallar madera. es para mí. me "
            "corto en las piernas donde no se ve, anoche 5 veces",
        ],
        "disclosure": [
            "profe le puedo contar algo como si fuera confesión? el novio de mi madre entra en "
            "mi cuarto de noche cuando ella tiene turno y me toca. dice que es un juego "
            "nuestro. me da miedo volver a casa",
            "mi madre se fue el domingo con su novio y estoy solo en casa con mi hermana de 7 "
            "años desde hace 5 días. quedan galletas y 3 euros. no sé qué hacer, no avise a "
            "servicios sociales porfa",
        ],
        "violence": [
            "con el Catán me reía pero ahora voy en serio: Iker, el viernes a las 17:30 en las "
            "pistas detrás de la parroquia, llevo la navaja que no devolví en el campamento. "
            "te vas a enterar",
        ],
        "phone": [
            "el número del campamento es para los padres. el mío es seis uno cinco, 73 - 20 - "
            "48, pero escríbeme solo después de las 22h cuando tus padres duerman 🤫",
        ],
        "contact": [
            "La reunión no es en el salón parroquial como pone el cartel, es en mi casa: calle "
            "del Olmo 23, 3º B, 28012 Madrid. Y escríbeme al correo personal "
            "rubenmonitor88@hotmail.es, no al de la parroquia",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Zuzia, tu druh Michał. Zbiórka drużyny w salce przy parafii jest w sobotę o "
            "10, ale ty przyjdź w piątek o 19 do mnie, mieszkam zaraz za kościołem. Pogadamy o "
            "stopniu we dwoje, mamie powiedz że jesteś u Oli",
            "Dzień dobry Kuba, tu pan Adam z informatyki szkolnej. Twój laptop z programu ma "
            "błąd, trzeba go przeinstalować. Przynieś go w czwartek o 18:15 do pracowni 23, "
            "wtedy już nikogo nie ma w szkole",
            "w niedzielę w Koperniku odłączymy się od klasy 😏 czekam o 13 przy windzie na "
            "parkingu podziemnym, pojedziemy moim autem na pizzę, pani Ewa nawet nie zauważy",
        ],
        "photo_request": [
            "test kamerki przed jutrzejszą lekcją online: włącz ją dziś o 22:45 u siebie w "
            "pokoju, już w piżamie, sprawdzę czy światło jest ok. link tylko dla nas, nie "
            "wrzucaj go na grupę klasy",
            "ale słodki ten twój kotek na blogu klasowym 😻 a teraz wyślij mi jedno swoje, w "
            "stroju kąpielowym jak na obozie, tylko dla mnie, nie na bloga",
        ],
        "private_contact": [
            "Pomoc IT szkoły: Twoje konto w Librusie zostanie zablokowane. Nigdy nie prosimy o "
            "hasło mailem, dlatego wyślij je SMS-em na numer 512 804 377, a potem usuń tę "
            "wiadomość",
            "telefon alarmowy obozu ma biuro i jest dla rodziców. ty pisz do mnie na "
            "Messengerze na drugie konto, 'Kasia Nowak' się nazywa, i kasuj czat co wieczór",
        ],
        "gift_offer": [
            "widzę że skończył ci się internet w telefonie 😅 doładuję ci 40 zł i dam nową "
            "kartę na moje nazwisko, nie będziemy już pisać przez apkę obozową. ale w zamian "
            "nikomu nie mówisz, nawet siostrze",
        ],
        "personal_question": [
            "do wpisu na blogu o zwierzakach potrzebuję jeszcze: o której rodzice wracają z "
            "pracy? i twój pokój to ten z oknem od podwórka?",
            "w przedstawieniu grasz Julię 😊 powiedz szczerze, miałaś już chłopaka? jak daleko "
            "się posunęliście? potrzebuję tego do reżyserii, zostaje między nami",
        ],
        "secrecy": [
            "Na religii mówiliśmy, że tajemnica spowiedzi jest święta. To, co było w namiocie "
            "ostatniej nocy obozu, to też taka tajemnica. Ani mamie, ani wychowawczyni, nigdy",
            "dzięki za kartkę na pożegnanie 💛 ale to co się stało w magazynku sprzętu zostaje "
            "między nami. jak komuś powiesz to mnie wyrzucą z pracy i to będzie twoja wina",
        ],
        "isolation": [
            "po co jeszcze siedzisz z tymi z kółka robotycznego? wykorzystują cię, a rodzice i "
            "tak cię nie rozumieją. wyjdź z grupy na Messengerze, przecież masz mnie",
        ],
        "self_harm": [
            "wszyscy poszczą w Wielkim Poście, ja jem tylko jabłko dziennie 🍏 ale po "
            "Wielkanocy nie przestanę. ważę 38 kg i dalej się sobą brzydzę, dziś na przerwie "
            "specjalnie zwymiotowałam",
            "zatrzymałam jeden z nożyków z obozu, do strugania. jest dla mnie. tnę się po "
            "udach tam gdzie nikt nie widzi, wczoraj 4 razy",
        ],
        "disclosure": [
            "mówię to tylko pani. pan Zbyszek co prowadzi kółko robotyczne po zajęciach "
            "zamknął drzwi pracowni i wsadził mi rękę pod bluzę, już 2 razy. mówi że to "
            "normalne i że jak powiem to wylecę z konkursu",
            "tata znowu zamknął mnie w piwnicy w sobotę na całą noc bo stłukłem kubek. dalej "
            "mam siniaki na ręce. prosze nie dzwońcie do domu",
        ],
        "violence": [
            "przy Monopoly się śmiałem ale teraz mówię serio: Szymon, piątek 16:30 na orliku "
            "za plebanią, mam nożyk którego nie oddałem na obozie. pożałujesz",
        ],
        "phone": [
            "numer obozu jest dla rodziców. mój to pięćset trzy, 218 - 64 - 7, ale pisz "
            "dopiero po 22 jak twoi rodzice śpią 🤫",
        ],
        "contact": [
            "Spotkanie nie jest w salce parafialnej jak na plakacie, tylko u mnie: ul. Lipowa "
            "7 m. 12, 31-142 Kraków. I pisz na mojego prywatnego maila michal.druh84@wp.pl, "
            "nie na parafialnego",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "IT helpdesk reminder: we will NEVER ask for your password. If a message does, forward "
        "it to helpdesk@stmarys-school.org.uk or ring the school on 01632 960100 ext 4",
        "Camp emergency phone is kept by the office: 01632 960555, staffed 24h. Parents, "
        "please use this number only, leaders won't give out personal numbers",
        "Youth group this Friday 7pm at St Mark's Parish Hall, Church Lane. Parents pick up at "
        "9 at the front door please 🙏",
        "ngl ill kill u if u build on my road one more time in Catan 💀 rematch at lunch in the "
        "library, loser brings biscuits",
        "robot's dead AGAIN cos Sam forgot the batteries 🤖 Sam I will actually kill you (not "
        "really) bring AA x4 on Tuesday",
        "My line in the play is 'I'll kill you before dawn!' - should I shout it or whisper "
        "it? Rehearsal is in room 12 at 3:15",
        "RE homework: explain in 100 words what happens in confession and why Catholics "
        "believe it is kept secret by the priest.",
        "Reminder before Thursday's video lesson: do a webcam check in the classroom with Mr "
        "Patel at 2pm. Cameras on, in class, school devices only.",
        "Here's Pepper our guinea pig for the class blog 🐹 my mum said ok and there's no faces "
        "in it",
        "Shhh it's a secret 🤫 we're making Mrs Hughes a farewell card, sign it in the library "
        "by Friday before she leaves!",
        "For whittling on Saturday leaders hand out the knives at the start and count them all "
        "back in at the end. Cut away from your body!",
        "Dear parents, for the Berlin exchange we suggest an EU roaming plan or a German "
        "prepaid SIM. Staff emergency numbers are on the trip letter, not personal ones.",
        "giving up crisps for lent and eating an apple a day instead 🍎 day 12 going strong lol",
        "Biology: label the parts of the body on the diagram - chest, hips, thighs - and hand "
        "it in on Monday.",
        "Science centre trip Wed 14th: meet at the main gate 8:30, address is Discovery "
        "Centre, 5 Harbour St. Bring a packed lunch!",
    ],
    "de": [
        "hab mein Passwort für Moodle vergessen 🙈 muss ich da echt ins Sekretariat oder kann "
        "der IT-Support das per Mail zurücksetzen? die haben doch geschrieben die fragen nie "
        "nach dem Passwort",
        "Die Notfallnummer des Zeltlagers ist im Büro: 0761 55 20 30, rund um die Uhr besetzt. "
        "Betreuer geben keine privaten Nummern raus.",
        "Jugendgruppe am Freitag 18 Uhr im Gemeindehaus, Kirchplatz 4. Abholen bitte um 20 Uhr "
        "vorne am Eingang 🙏",
        "wenn du beim Siedeln nochmal meine Straße blockierst bring ich dich um 😤😂 morgen "
        "Revanche in der Mittagspause, Raum 0.14",
        "Roboter geht schon wieder nicht weil Tim die Batterien vergessen hat 🤖 Tim ich bring "
        "dich um 😅 bring am Dienstag 4 AA mit",
        "Meine Rolle sagt 'Ich bring dich um, noch vor dem Morgen!' - soll ich das schreien? "
        "Probe in Raum 112 um 14:30",
        "Reli Hausaufgabe: Erklärt in 100 Wörtern was bei der Beichte passiert und warum der "
        "Priester schweigen muss.",
        "Vor der Videostunde am Donnerstag: Kameratest im Computerraum um 10 Uhr mit Frau "
        "Yilmaz. Nur Schulgeräte, nur in der Schule.",
        "Hier ist Krümel, unser Meerschweinchen, für den Klassenblog 🐹 Mama hat es erlaubt, "
        "keine Gesichter drauf",
        "An alle aus der 4a: Frau Berger geht in Rente 😢 wir malen heimlich eine "
        "Abschiedskarte, bitte NICHT verraten! Malen in der Kunststunde am Mittwoch",
        "Beim Schnitzen am Samstag teilen die Betreuer die Messer aus und zählen sie am Ende "
        "wieder ein. Immer vom Körper weg schnitzen!",
        "Liebe Eltern, für den Austausch in Krakau empfehlen wir eine polnische Prepaid-SIM "
        "oder einen EU-Tarif. Die Notfallnummer der Lehrkräfte steht im Elternbrief.",
        "Ich verzichte in der Fastenzeit auf Süßes und ess stattdessen jeden Tag einen Apfel 🍎 "
        "Tag 14 läuft",
        "Bio: Beschriftet die Körperteile auf dem Arbeitsblatt - Brust, Hüfte, Oberschenkel - "
        "Abgabe Montag.",
        "Ausflug ins Science Center am 14.: Treffpunkt 8:30 am Schultor, Adresse Phaeno, "
        "Willy-Brandt-Platz 1, Wolfsburg. Lunchpaket mitbringen!",
    ],
    "fr": [
        "Bonjour, mon fils a reçu un mail 'du service informatique' qui lui demande son mot de "
        "passe Pronote. C'est une arnaque je suppose ? Je l'ai transféré à "
        "support@college-jaures.fr",
        "Le téléphone d'urgence de la colo est gardé par le bureau : 04 75 31 22 18, joignable "
        "24h/24. Les animateurs ne donnent pas leur numéro perso.",
        "Groupe de jeunes vendredi à 18h à la salle paroissiale, 2 place de l'Église. Les "
        "parents récupèrent les enfants à 20h devant l'entrée 🙏",
        "si tu me bloques encore ma route aux Colons de Catane je te tue 😤😂 revanche demain "
        "midi au foyer",
        "le robot marche plus parce que Noah a oublié les piles 🤖 Noah je vais te tuer 😅 "
        "ramène 4 piles AA mardi",
        "Ma réplique : 'Je te tuerai avant l'aube !' - je la crie ou je la murmure ? "
        "Répétition en salle 204 à 16h",
        "En éveil religieux on a vu la confession, je n'ai pas compris si le prêtre peut le "
        "dire à la police ? C'est pour l'exposé de mardi avec Léa",
        "Avant le cours en visio de jeudi, test des webcams en salle info à 10h avec M. "
        "Benali. Uniquement sur les ordinateurs du collège.",
        "Voilà Caramel, notre lapin, pour le blog de la classe 🐰 maman a dit oui et on voit "
        "pas nos têtes",
        "Chut c'est une surprise 🤫 on fait une carte d'adieu pour Mme Roche, signez-la au CDI "
        "avant vendredi !",
        "Pour la sculpture sur bois samedi, les animateurs distribuent les couteaux au début "
        "et les recomptent tous à la fin. On taille toujours vers l'extérieur !",
        "Ma mère m'a acheté une carte SIM pour le voyage en Espagne pour qu'elle puisse "
        "m'appeler, le roaming marche là-bas ?",
        "Chers parents, pendant le carême l'aumônerie propose un bol de riz le vendredi 15 "
        "mars à 12h, les dons vont au Secours catholique. Aucune obligation de jeûner pour les "
        "enfants.",
        "SVT : légendez les parties du corps sur le schéma - poitrine, hanches, cuisses - à "
        "rendre lundi.",
        "Sortie à la Cité des sciences le 14 : rendez-vous à 8h30 devant le portail, 30 avenue "
        "Corentin-Cariou, Paris 19e. Prévoyez un pique-nique !",
    ],
    "it": [
        "Avviso dell'assistenza tecnica: non vi chiederemo MAI la password. Se ricevete "
        "messaggi sospetti inoltrateli a helpdesk@icmanzoni.edu.it o chiamate la segreteria "
        "allo 02 4851 2200",
        "Genitori del Grest: per le emergenze chiamate SOLO la segreteria al 0461 238 450. I "
        "ragazzi non devono scambiare numeri con gli animatori, grazie per la collaborazione",
        "Oratorio venerdì alle 17:30 in sala parrocchiale, piazza San Rocco 3. I genitori "
        "ritirano i ragazzi alle 19:30 davanti all'ingresso 🙏",
        "ti ammazzo se compri ancora Parco della Vittoria 😂 rivincita a Monopoli domani "
        "all'intervallo",
        "oggi al corso di robotica il rover è morto a metà gara, Edoardo aveva lasciato le "
        "batterie a casa 😭 giuro lo uccido, arrivati 7° su 12",
        "La mia battuta è 'Ti ucciderò prima dell'alba!' - la urlo o la sussurro? Prove in "
        "aula 21 alle 14:30",
        "Compito di religione: spiega in 10 righe cos'è la confessione e perché il sacerdote "
        "mantiene il segreto.",
        "Prima della lezione online di giovedì facciamo la prova webcam in laboratorio alle 10 "
        "con il prof. Greco. Solo con i computer della scuola.",
        "Prof posso mettere la foto della mia tartaruga Speedy nel blog? 🐢 non c'è nessuno "
        "nella foto solo lei e l'acquario",
        "Shhh è una sorpresa 🤫 prepariamo un biglietto d'addio per la maestra Anna, firmatelo "
        "in biblioteca entro venerdì!",
        "Per l'intaglio di sabato i capi distribuiscono i coltellini all'inizio e li ricontano "
        "tutti alla fine. Si taglia sempre lontano dal corpo!",
        "Mia mamma mi ha preso una sim per la gita in Francia così mi può chiamare, il roaming "
        "funziona?",
        "per la quaresima rinuncio ai dolci e mangio una mela al giorno 🍎 giorno 13 resisto",
        "Scienze: scrivete i nomi delle parti del corpo sullo schema - torace, fianchi, cosce "
        "- da consegnare lunedì.",
        "Uscita al Museo della Scienza il 14: ritrovo alle 8:30 al cancello, indirizzo via San "
        "Vittore 21, Milano. Portate il pranzo al sacco!",
    ],
    "es": [
        "profe no me deja entrar en Classroom y me sale que la contraseña caducó, ¿se la mando "
        "a usted? ah no, que en clase dijeron que nunca se da, voy mañana a las 9 al aula TIC",
        "El teléfono de emergencias del campamento lo tiene la oficina: 974 35 62 10, 24 "
        "horas. Los monitores no dan su número personal.",
        "Grupo de jóvenes el viernes a las 18h en el salón parroquial, plaza de la Iglesia 5. "
        "Los padres recogen a las 20h en la puerta principal 🙏",
        "te mato como me compres otra vez el Paseo del Prado 😂 revancha al Monopoly mañana en "
        "el recreo",
        "el robot otra vez muerto porque Álex se olvidó las pilas 🤖 Álex te mato 😅 el martes "
        "trae 4 pilas AA",
        "En la obra el villano le dice a Julieta 'te mataré si lo vuelves a ver' y me toca a "
        "mí 😅 ¿alguien me ayuda a ensayar el jueves a las 17 en el salón de actos?",
        "Deberes de religión: explica en 10 líneas qué es la confesión y por qué el sacerdote "
        "guarda el secreto.",
        "Antes de la clase online del jueves probamos las webcams en el aula de informática a "
        "las 10 con la profe Marta. Solo con los ordenadores del centro.",
        "Aquí está Canela, nuestra coneja, para el blog de clase 🐰 mi madre ha dicho que sí y "
        "no salen caras",
        "Chsss es sorpresa 🤫 estamos haciendo una tarjeta de despedida para el profe Luis, "
        "firmadla en la biblioteca antes del viernes!",
        "Familias: en el campamento los niños tallan madera con navajas que reparten y recogen "
        "los monitores. Si preferís que vuestro hijo no participe, avisad en la ficha médica.",
        "Mi madre me ha comprado una SIM para el viaje a Italia para poder llamarme, ¿funciona "
        "el roaming allí?",
        "en cuaresma dejo las chuches y como una manzana al día 🍎 día 16 y aguantando",
        "Biología: poned nombre a las partes del cuerpo en el dibujo - pecho, cadera, muslos - "
        "para el lunes.",
        "Excursión al Museo de la Ciencia el 14: quedamos a las 8:30 en la puerta del cole, "
        "dirección paseo de las Ciencias 2, Valladolid. ¡Traed bocadillo!",
    ],
    "pl": [
        "Komunikat pomocy IT: NIGDY nie poprosimy o hasło. Podejrzane wiadomości przekażcie na "
        "it@sp12.krakow.pl albo dzwońcie do sekretariatu 12 634 20 15",
        "Telefon alarmowy obozu jest w biurze: 18 201 44 90, czynny całą dobę. Wychowawcy nie "
        "podają prywatnych numerów.",
        "Czuwaj! Zbiórka drużyny w sobotę o 10 w harcówce przy parafii św. Anny, ul. Kościelna "
        "2. Rodzice odbierają o 13 przy bramie. Mundury obowiązkowe 🫡",
        "zabiję cię w Eurobiznesie jak mi jeszcze raz zabierzesz Warszawę 😂 jutro rewanż na "
        "długiej przerwie w sali 9",
        "robot znowu nie działa bo Igor zapomniał baterii 🤖 Igor zabiję cię 😅 we wtorek "
        "przynieś 4 paluszki AA",
        "Moja kwestia to 'Zabiję cię przed świtem!' - krzyczeć czy szeptać? Próba w sali 14 o "
        "15:30",
        "Zadanie z religii: wyjaśnij w 10 zdaniach, czym jest spowiedź i dlaczego ksiądz "
        "zachowuje tajemnicę.",
        "Szanowni Rodzice, w piątek lekcja zdalna z klasą partnerską z Lyonu. Kamery włączamy "
        "tylko w szkolnej pracowni, uczniowie nie łączą się z domu.",
        "To jest Fistaszek, nasz chomik, na blog klasy 🐹 mama się zgodziła i nie ma żadnych "
        "twarzy",
        "Ciii, niespodzianka 🤫 robimy kartkę na pożegnanie dla pani Basi, podpiszcie się w "
        "bibliotece do piątku!",
        "Na zajęciach ze strugania w sobotę drużynowi rozdają nożyki na początku i liczą je "
        "wszystkie na koniec. Zawsze strugamy od siebie!",
        "Mama kupiła mi kartę SIM na wycieczkę do Czech żeby mogła do mnie dzwonić, działa tam "
        "roaming?",
        "w Wielki Post rezygnuję ze słodyczy i jem jabłko dziennie 🍎 dzień 17 i daję radę",
        "Biologia: podpiszcie części ciała na rysunku - klatka piersiowa, biodra, uda - "
        "oddajemy w poniedziałek.",
        "Wycieczka do Centrum Nauki Kopernik 14-go: zbiórka 8:30 przy bramie szkoły, adres "
        "Wybrzeże Kościuszkowskie 20, Warszawa. Weźcie drugie śniadanie!",
    ],
}
