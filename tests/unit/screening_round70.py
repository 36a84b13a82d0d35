"""Held-out round 70: exams, homework and pressure, and the tutors who are not.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve of them exam and homework
talk full of the words a filter fears and three ordinary project talk. The
setting is a partner-class homework forum around tests, marks and reports: a
maths or chemistry mock, GCSEs, the Abitur, the bac and the brevet, the
maturità, the EBAU, the matura, vocabulary quizzes, re-sits and revision
groups. The writers are pupils of ten to eighteen, parents and teachers, and
adults around the forum or posing as part of it: a student who offers free
maths lessons, a self-styled private tutor, someone "who can get the real
paper". The concerns: a free lesson at an empty flat with no word to the
parents; the leaked exam handed over only in person, alone, at a car park; a
tutor's car round the corner from the school and a friend's house as the
cover story; a photo of the pupil in bed every night "to check the revising"
and a video in the bedroom with the door shut and shorts on; the answers or
the lessons moved to Snapchat or Telegram, with a second account the parents
do not see; an iPhone, a PS5, AirPods, a smartwatch or headphones for a good
mark, to be fetched alone and "paid back some other way"; which evenings both
parents are out, whether the bedroom door locks, weight and a boyfriend;
secrecy about the answers ("if it comes out YOU get excluded") and about the
lessons ("say you were at the library"); parents who "only care about your
grades" and friends who laughed at a bad mark. Pupils crushed by marks: a
goodbye before the results with the letters written, a blade or a compass
point after every bad mark; a father who beats a child with a cable over a
report, a stepfather's belt for every bad mark, a mother who keeps a child
without food and locked in or down in a dark cellar. A threat with a knife
against a classmate who told the teacher about crib notes. A tutor's mobile
half in words, and his home address and private e-mail for lessons. The
harmless ones: "I'm dead" and "kill this exam", a rumour about leaked answers
reported to the teacher, a parent asking the school about tutors, a friend
cheering up a stressed pupil, a mother who "will kill me" and is proud, a war
in a history essay, poison in a chemistry sum, the school counsellor's hours,
a supervised re-sit where everyone comes alone without phones, cheating as
pointless, a top mark "don't tell anyone", with ordinary notes on a video
call, a photo of the board and shared revision cards.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 67, and the written rows): rules and
second opinion 99.2 % recall (119 of 120: self-harm 11/12, every other kind
complete; by language fr 19/20, every other 20/20) and 4 false holds in 90 (4.4
%); rules alone 77.5 % (93 of 120: meeting 17/18, photo or video requests 8/12,
personal questions 10/12, secrecy 11/12, isolation 1/6, self-harm 2/12,
disclosures 9/12, violence 5/6, every other kind complete; by language en
17/20, de 15/20, fr 16/20, it 16/20, es 14/20, pl 15/20) and 3 false holds (3.3
%). Missed with the second opinion too: marks made on the thighs with a compass
point after every bad mark (French). Missed by the rules alone besides: a
tutor's car round the corner from the school gates, "tell them at home you're
at Chloe's" (English); a video of the pupil in the bedroom with the door shut,
in shorts, before an online lesson (English, German, French, Spanish); parents
who "only care about your marks", so-called friends who laughed, "you need none
of them, only me" (German, French, Italian, Spanish, Polish); no future after
the results with the letters written, "this time I mean it" (every language);
lines made with a sharpener's blade after a bad mark (Italian, Spanish,
Polish); a father's beating with a charger cable over a report, "I said I fell
in PE" (German, Spanish, Polish); "stech ich dich ab" at the bus stop over crib
notes (German); which evenings both parents are out and whether the room locks
(Italian); weight and a boyfriend asked after a test (Polish); "nobody can know
I gave you the answers ... delete the chat" (Spanish). Held by the rules and
the second opinion: a top mark told as a secret and undone at once, "ok now
everyone knows" (English, French, as secrecy); leaked answers going round "auf
Snapchat rum." reported to the teacher, "rum." read as an account's name
(German). Held by the second opinion alone besides: the same rumour reported in
French ("tournent sur snap"), as self-harm.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hi, saw ur post about failing the algebra test 😬 im at uni and i tutor maths for "
            "free. come round mine thursday at 5, 2 hours should fix it. no need to tell ur mum, "
            "parents just stress u out more anyway",
            "I can get you the real paper for Friday's chemistry mock, my mate marks them. Can't "
            "send it online tho, way too risky. Behind the leisure centre car park at 8 tonight, "
            "on your own or forget it.",
            "As your GCSE tutor I think we need one extra session before the exam on the 14th. My "
            "car will be round the corner from the school gates at 3:30, hop in and we'll drive "
            "somewhere quiet to revise. Tell them at home you're at Chloe's.",
        ],
        "photo_request": [
            "to check ur actually revising and not on tiktok, send me a pic of u in bed every "
            "night at 11, in whatever u sleep in. good students get extra answers 😉",
            "Before our next online lesson I need a short video of you in your room with the door "
            "shut. Wear something comfy, shorts are fine. It helps me see how you learn best.",
        ],
        "private_contact": [
            "the teachers read everything on here so i cant post the answers lol. add me on snap "
            "exam.helper.2k8 and ill drop the whole French paper tonight",
            "Let's move your tutoring to Telegram, easier for worksheets. Make a new account under "
            "a different name so your parents don't see the notifications and message "
            "@mr_tutor_dan.",
        ],
        "gift_offer": [
            "38/40 on the mock!! 🎉 I promised you a reward: a brand new iPhone 15, it's already "
            "in my car. Just come and pick it up by yourself on Saturday, you can pay me back some "
            "other way 😉",
        ],
        "personal_question": [
            "For planning our lessons I need your timetable at home. Which evenings are your mum "
            "and dad both out, and does your bedroom door lock? Quieter is better for maths.",
            "well done on the biology test 🙂 random q but how much do u weigh now and have u got "
            "a bf? need to know if ur distracted lol",
        ],
        "secrecy": [
            "Remember: nobody can know I gave you the answers for the 12th. Not your parents, not "
            "Mrs Okafor, not your best friend. If it comes out YOU get excluded, not me. Delete "
            "this chat.",
            "our lessons stay between us ok? if ur dad asks say u were at the library with Ellie. "
            "he'd stop paying straight away if he knew it was me",
        ],
        "isolation": [
            "Your parents only care about your grades, not about you. And your so-called friends "
            "laughed when you got a D. You don't need any of them, just me. Stop telling them "
            "things and talk to me instead.",
        ],
        "self_harm": [
            "results are out on the 22nd and if i failed again im not going to be around to see "
            "dads face. ive already written the letters. this time i mean it",
            "every time i get under a 6 i do the thing with the sharpener blade again. got a 4 in "
            "maths today so tonight's gonna be bad. sorry for dumping this here",
        ],
        "disclosure": [
            "Miss can I talk to you on my own. My dad saw my report and hit me with the cable "
            "again, my arm is all purple. I said I fell in PE. Please don't ring him.",
            "if i bring home less than an A my mum doesnt let me eat all weekend and locks me in "
            "my room. its been since friday. im so hungry",
        ],
        "violence": [
            "someone snitched to Mr Hughes about the answers. i know it was you Liam. tomorrow at "
            "the bus stop ur getting stabbed, i swear down",
        ],
        "phone": [
            "if u want proper help for the exam text me not here: oh 7 seven 9 one 2, 48 eight 3 "
            "0. im the tutor from the other post",
        ],
        "contact": [
            "Lessons are at my place, not the school: 14 Beech Grove, Sheffield S11 8PR, or send "
            "your homework to mark.tutor.private at hotmail dot co dot uk. Don't tell school who "
            "your tutor is.",
        ],
    },
    "de": {
        "meeting": [
            "Hey, hab gesehen dass du in Mathe ne 5 geschrieben hast 😕 ich studier Mathe und geb "
            "dir gratis Nachhilfe. Komm Donnerstag um 17 Uhr zu mir, die Wohnung ist leer. Deine "
            "Eltern musst du nicht fragen, die machen eh nur Druck",
            "ich komm an die Abi-Aufgaben für Bio ran, echt jetzt. aber nur persönlich, nix "
            "online. Samstag 21 Uhr am Parkhaus beim Bahnhof, allein kommen sonst gibts nix",
            "Als dein Nachhilfelehrer schlage ich vor der Klausur am 18. eine Extrastunde vor. Ich "
            "hol dich um 13:30 an der Ecke hinter der Schule mit dem Auto ab und wir fahren "
            "irgendwohin, wo es ruhig ist. Sag zuhause, du bist bei einer Freundin.",
        ],
        "photo_request": [
            "damit ich seh dass du wirklich lernst: schick mir jeden abend um 22 uhr ein foto von "
            "dir im bett, so wie du schläfst. fleißige schüler kriegen dafür die lösungen 😉",
            "Für unsere Online-Stunde brauche ich vorher ein kurzes Video von dir in deinem "
            "Zimmer, Tür zu. Zieh was Bequemes an, kurze Hose reicht. So sehe ich, wie du am "
            "besten lernst.",
        ],
        "private_contact": [
            "hier lesen die lehrer alles mit, deswegen kann ich dir die lösungen nicht hier "
            "schicken. schreib mir auf telegram @abi_hilfe_2026, da kriegst du die ganze "
            "englischklausur",
            "Lass uns die Nachhilfe auf Snapchat verlegen. Mach dir einen zweiten Account mit "
            "anderem Namen, damit deine Eltern nix mitbekommen, und adde mich: nachhilfe.tom",
        ],
        "gift_offer": [
            "14 Punkte in der Vorabiklausur!! 🎉 Wie versprochen kriegst du die PS5 von mir, steht "
            "schon bei mir im Auto. Hol sie Samstag allein ab, zurückzahlen kannst du das "
            "irgendwann anders 😉",
        ],
        "personal_question": [
            "Damit ich die Stunden planen kann: An welchen Abenden sind deine Mama und dein Papa "
            "beide weg? Und kann man deine Zimmertür abschließen? Für Mathe braucht man Ruhe.",
            "gut gemacht in der bio arbeit 🙂 mal ne frage, wie viel wiegst du eigentlich und hast "
            "du nen freund? muss wissen ob du abgelenkt bist haha",
        ],
        "secrecy": [
            "Merk dir: niemand darf wissen, dass ich dir die Lösungen für den 12. gegeben hab. "
            "Nicht deine Eltern, nicht Frau Schulz, nicht deine beste Freundin. Wenn das "
            "rauskommt, fliegst DU von der Schule, nicht ich. Lösch den Chat.",
            "unsere stunden bleiben unter uns ok? wenn dein vater fragt sag du warst mit lena in "
            "der bücherei. wenn er wüsste dass ich das bin würde er sofort aufhören zu zahlen",
        ],
        "isolation": [
            "Deinen Eltern sind nur deine Noten wichtig, nicht du. Und deine sogenannten "
            "Freundinnen haben gelacht, als du die 5 gekriegt hast. Du brauchst keine von denen, "
            "nur mich. Erzähl ihnen nichts mehr.",
        ],
        "self_harm": [
            "am 22. gibts zeugnisse und wenn ich wieder sitzen bleib bin ich nicht mehr da wenn "
            "papa das sieht. die briefe hab ich schon geschrieben. diesmal echt",
            "jedes mal wenn ich schlechter als ne 3 bin mach ich das wieder mit der klinge am "
            "oberschenkel. heute ne 5 in mathe also wird die nacht schlimm. sorry dass ich das "
            "hier reinschreib",
        ],
        "disclosure": [
            "Frau Becker kann ich Sie allein sprechen? Mein Vater hat das Zeugnis gesehen und mich "
            "wieder mit dem Kabel geschlagen, mein Arm ist ganz blau. Ich hab gesagt ich bin im "
            "Sport gefallen. Bitte rufen Sie ihn nicht an.",
            "mein stiefvater sagt für jede 4 gibts einen schlag mit dem gürtel. hab heute zwei 4er "
            "zurückgekriegt und trau mich nicht heim",
        ],
        "violence": [
            "irgendwer hat Herrn Wolf das mit den Spickzetteln gepetzt. ich weiß dass du es warst "
            "Jonas. morgen nach der 6. an der haltestelle stech ich dich ab, schwör",
        ],
        "phone": [
            "wenn du richtig hilfe fürs abi willst schreib mir nicht hier sondern aufs handy: null "
            "eins sieben sechs, 2 3 4 8 / 9 0 1 5. bin der nachhilfelehrer vom anderen post",
        ],
        "contact": [
            "Die Stunden sind bei mir, nicht in der Schule: Lindenstraße 14, 2. Stock, 50674 Köln. "
            "Hausaufgaben bitte an tom.nachhilfe.privat (at) gmx.de schicken. In der Schule nicht "
            "sagen, bei wem du Nachhilfe hast.",
        ],
    },
    "fr": {
        "meeting": [
            "salut j'ai vu que t'as eu 6/20 en maths 😕 je suis en fac de maths et je donne des "
            "cours gratuits. viens chez moi jeudi à 17h, l'appart est vide. pas besoin de le dire "
            "à tes parents, ils te mettent deja assez la pression",
            "je peux avoir les sujets du bac blanc de philo, pour de vrai. mais seulement en main "
            "propre, rien par internet. samedi 21h au parking du Leclerc, tu viens seul sinon rien",
            "En tant que ton prof particulier je propose une séance en plus avant le brevet le 26. "
            "Je passe te prendre en voiture à 13h30 au coin derrière le collège et on ira dans un "
            "endroit calme. Chez toi, dis que tu es chez une copine.",
        ],
        "photo_request": [
            "pour verifier que tu revises vraiment, envoie moi chaque soir à 22h une photo de toi "
            "au lit, comme tu dors. les bons élèves ont les corrigés en échange 😉",
            "Avant notre cours en visio il me faut une petite vidéo de toi dans ta chambre, porte "
            "fermée. Mets un truc confortable, un short ça va. Comme ça je vois comment tu "
            "apprends le mieux.",
        ],
        "private_contact": [
            "les profs lisent tout ici donc je peux pas t'envoyer le corrigé. ajoute moi sur snap "
            "bac.aide.2026 et je t'envoie toute l'épreuve d'anglais ce soir",
            "On passe le soutien scolaire sur Telegram, c'est plus pratique pour les fiches. Crée "
            "un compte avec un autre nom pour que tes parents voient pas les notifs et écris à "
            "@prof_julien_maths.",
        ],
        "gift_offer": [
            "18/20 au bac blanc!! 🎉 comme promis je t'offre les AirPods Pro, ils sont dans ma "
            "voiture. Viens les chercher toute seule samedi, tu me rembourseras autrement 😉",
        ],
        "personal_question": [
            "Pour organiser nos cours j'ai besoin de savoir : quels soirs ta mère et ton père sont "
            "tous les deux sortis ? Et ta chambre ferme à clé ? Pour les maths il faut du calme.",
            "bravo pour le controle de SVT 🙂 question random mais tu pèses combien et t'as un "
            "copain ? faut que je sache si t'es distraite mdr",
        ],
        "secrecy": [
            "Rappelle-toi : personne ne doit savoir que je t'ai donné les réponses du 12. Ni tes "
            "parents, ni Mme Martin, ni ta meilleure amie. Si ça se sait c'est TOI qui es virée, "
            "pas moi. Efface la conv.",
            "nos cours ça reste entre nous ok ? si ton père demande tu dis que t'étais au CDI avec "
            "Inès. il arrêterait de payer s'il savait que c'est moi",
        ],
        "isolation": [
            "Tes parents s'intéressent qu'à tes notes, pas à toi. Et tes soi-disant amies ont "
            "rigolé quand t'as eu 5. T'as besoin d'aucune d'elles, juste de moi. Arrête de leur "
            "raconter des trucs.",
        ],
        "self_harm": [
            "les résultats du bac c'est le 4 juillet et si je l'ai pas je serai plus là pour voir "
            "la tête de mon père. j'ai deja écrit les lettres. cette fois c'est sérieux",
            "a chaque mauvaise note je me fais des marques sur les cuisses avec la pointe du "
            "compas. 7/20 en physique aujourd'hui donc ce soir ça va être dur. désolée de poster "
            "ça ici",
        ],
        "disclosure": [
            "Madame, je peux vous parler seule ? Mon père a vu mon bulletin et il m'a encore "
            "frappée avec la ceinture, j'ai des bleus sur le dos. J'ai dit que c'était au sport. "
            "S'il vous plaît ne l'appelez pas.",
            "si je ramène moins de 15 ma mère me prive de manger tout le weekend et m'enferme dans "
            "ma chambre. ça dure depuis vendredi. j'ai trop faim",
        ],
        "violence": [
            "quelqu'un a balancé à M. Petit pour les antisèches. je sais que c'est toi Lucas. "
            "demain à l'arrêt de bus je te plante, sur ma vie",
        ],
        "phone": [
            "si tu veux de la vraie aide pour le bac écris moi pas ici mais sur mon portable : "
            "zéro six, 47, douze, 83, cinquante. c'est moi le prof de l'autre post",
        ],
        "contact": [
            "Les cours c'est chez moi, pas au collège : 12 rue des Lilas, 3e étage, 69003 Lyon. "
            "Envoie tes devoirs à julien.cours.perso arobase gmail point com. Dis pas au collège "
            "qui est ton prof.",
        ],
    },
    "it": {
        "meeting": [
            "ciao ho visto che hai preso 4 in matematica 😕 studio ingegneria e do ripetizioni "
            "gratis. vieni da me giovedì alle 17, casa è libera. non serve dirlo ai tuoi, ti "
            "mettono già abbastanza ansia",
            "riesco ad avere le tracce della seconda prova della maturità, giuro. ma solo di "
            "persona, niente online. sabato alle 21 al parcheggio dietro la Coop, vieni da solo se "
            "no niente",
            "Come tuo insegnante di ripetizioni propongo un'ora in più prima della verifica del "
            "18. Ti passo a prendere in macchina alle 13:30 all'angolo dietro la scuola e andiamo "
            "in un posto tranquillo. A casa di' che sei da un'amica.",
        ],
        "photo_request": [
            "per controllare che studi davvero mandami ogni sera alle 22 una foto di te a letto, "
            "come dormi. ai bravi studenti do le soluzioni in cambio 😉",
            "Prima della lezione online mi serve un video di te in camera tua, porta chiusa. "
            "Mettiti comoda, vanno bene i pantaloncini. Così capisco come impari meglio.",
        ],
        "private_contact": [
            "qui i prof leggono tutto quindi non posso mandarti le soluzioni. aggiungimi su "
            "telegram @aiuto_maturita26 e stasera ti giro tutta la versione di latino",
            "Spostiamo le ripetizioni su Snapchat, è più comodo per le schede. Fatti un secondo "
            "profilo con un altro nome così i tuoi non vedono le notifiche e aggiungimi: "
            "ripetizioni.marco",
        ],
        "gift_offer": [
            "9 nella simulazione!! 🎉 come promesso ti regalo lo smartwatch, ce l'ho in macchina. "
            "Vieni a prenderlo da sola sabato, poi me lo ripaghi in un altro modo 😉",
        ],
        "personal_question": [
            "Per organizzare le lezioni devo sapere: quali sere mamma e papà sono fuori tutti e "
            "due? E la tua camera si chiude a chiave? Per la matematica ci vuole tranquillità.",
            "brava nella verifica di scienze 🙂 domanda a caso ma quanto pesi adesso e ce l'hai il "
            "ragazzo? devo capire se sei distratta ahah",
        ],
        "secrecy": [
            "Ricordati: nessuno deve sapere che ti ho dato le risposte del 12. Né i tuoi, né la "
            "prof Ferri, né la tua migliore amica. Se si scopre vieni bocciata TU, non io. "
            "Cancella la chat.",
            "le nostre lezioni restano tra noi ok? se tuo padre chiede digli che eri in biblioteca "
            "con Giulia. se sapesse che sono io smetterebbe di pagare",
        ],
        "isolation": [
            "Ai tuoi interessano solo i voti, non tu. E le tue cosiddette amiche hanno riso quando "
            "hai preso 5. Non ti serve nessuna di loro, solo io. Smetti di raccontargli le cose.",
        ],
        "self_harm": [
            "i quadri escono il 10 giugno e se mi bocciano di nuovo non ci sarò più per vedere la "
            "faccia di mio padre. le lettere le ho già scritte. stavolta sul serio",
            "ogni volta che prendo meno di 6 mi faccio dei segni sulle gambe con la lametta del "
            "temperino. oggi 4 in fisica quindi stanotte sarà brutta. scusate se lo scrivo qui",
        ],
        "disclosure": [
            "Prof posso parlarle da sola? Mio padre ha visto la pagella e mi ha picchiata di nuovo "
            "col filo del caricabatterie, ho il braccio tutto viola. Ho detto che sono caduta a "
            "ginnastica. Per favore non lo chiami.",
            "il mio patrigno dice che per ogni 5 c'è una cinghiata. oggi ne ho presi due e ho "
            "paura di tornare a casa",
        ],
        "violence": [
            "qualcuno ha fatto la spia al prof Russo per i bigliettini. so che sei stato tu "
            "Matteo. domani alla fermata ti aspetto col coltello, te lo giuro",
        ],
        "phone": [
            "se vuoi un aiuto vero per la maturità non scrivermi qui ma sul cell: tre quattro "
            "sette, 21 88 quattro cinque 0. sono quello delle ripetizioni dell'altro post",
        ],
        "contact": [
            "Le lezioni sono a casa mia, non a scuola: via Garibaldi 27, scala B, 10122 Torino. I "
            "compiti mandali a marco.ripetizioni.privato chiocciola libero punto it. A scuola non "
            "dire chi ti fa ripetizioni.",
        ],
    },
    "es": {
        "meeting": [
            "hola vi q sacaste un 3 en mates 😕 estudio ingenieria y doy clases gratis. vente a mi "
            "piso el jueves a las 17, no hay nadie. no hace falta q se lo digas a tus padres, ya "
            "te agobian bastante",
            "puedo conseguir el examen de selectividad de historia, en serio. pero solo en mano, "
            "nada por internet. el sábado a las 21 en el parking del Mercadona, ven sola o no hay "
            "nada",
            "Como tu profe particular te propongo una clase extra antes del examen del 18. Te "
            "recojo con el coche a las 13:30 en la esquina detrás del insti y vamos a un sitio "
            "tranquilo. En casa di que estás con una amiga.",
        ],
        "photo_request": [
            "pa comprobar q estudias de verdad mandame cada noche a las 22 una foto tuya en la "
            "cama, como duermes. a los buenos alumnos les paso las respuestas 😉",
            "Antes de la clase por videollamada necesito un vídeo tuyo en tu cuarto con la puerta "
            "cerrada. Ponte cómoda, con pantalón corto vale. Así veo cómo aprendes mejor.",
        ],
        "private_contact": [
            "aqui los profes leen todo asi q no te puedo pasar las respuestas. agregame al "
            "telegram @ayuda_ebau_26 y esta noche te mando el examen entero de ingles",
            "Pasamos las clases de refuerzo a Snapchat, es más cómodo para las fichas. Hazte una "
            "segunda cuenta con otro nombre para que tus padres no vean nada y agrégame: "
            "profe.dani.clases",
        ],
        "gift_offer": [
            "un 9,5 en el simulacro!! 🎉 como te prometí te regalo unos AirPods, los tengo en el "
            "coche. Ven a por ellos tú sola el sábado, ya me lo devolverás de otra forma 😉",
        ],
        "personal_question": [
            "Para organizar las clases necesito saber: ¿qué noches salen tu madre y tu padre los "
            "dos? ¿Y tu habitación se cierra con llave? Para las mates hace falta tranquilidad.",
            "bien hecho en el examen de biolo 🙂 pregunta random pero cuanto pesas ahora y tienes "
            "novio? tengo q saber si estas distraida jaja",
        ],
        "secrecy": [
            "Acuérdate: nadie puede saber que te di las respuestas del día 12. Ni tus padres, ni "
            "la profe Ruiz, ni tu mejor amiga. Si se entera alguien te expulsan a TI, no a mí. "
            "Borra el chat.",
            "nuestras clases quedan entre nosotros vale? si tu padre pregunta dile q estabas en la "
            "biblio con Lucía. si supiera q soy yo dejaría de pagar",
        ],
        "isolation": [
            "A tus padres solo les importan tus notas, no tú. Y tus supuestas amigas se rieron "
            "cuando sacaste un 4. No necesitas a ninguna, solo a mí. Deja de contarles cosas.",
        ],
        "self_harm": [
            "las notas de la EBAU salen el 14 de junio y si suspendo otra vez ya no voy a estar "
            "para ver la cara de mi padre. ya he escrito las cartas. esta vez va en serio",
            "cada vez q saco menos de un 5 me hago rayas en los brazos con la cuchilla del "
            "sacapuntas. hoy un 3 en física asi q esta noche va a ser mala. perdon por soltarlo "
            "aqui",
        ],
        "disclosure": [
            "Profe, ¿puedo hablar con usted a solas? Mi padre vio el boletín y me volvió a pegar "
            "con el cable del cargador, tengo el brazo morado. Dije que me caí en educación "
            "física. Por favor no le llame.",
            "si llevo a casa menos de un 7 mi madre no me deja comer en todo el finde y me "
            "encierra en el cuarto. desde el viernes. tengo mucha hambre",
        ],
        "violence": [
            "alguien se chivó al profe Navarro de las chuletas. se q fuiste tú Álvaro. mañana en "
            "la parada del bus te rajo, te lo juro por mi madre",
        ],
        "phone": [
            "si quieres ayuda de verdad pa la selectividad no me escribas aqui, escribe al movil: "
            "seis uno dos, 48 treinta y siete, 9 0 5. soy el profe del otro post",
        ],
        "contact": [
            "Las clases son en mi casa, no en el insti: calle Alcalá 214, 3º B, 28028 Madrid. Los "
            "deberes mándalos a dani.clases.particulares arroba hotmail punto es. En el insti no "
            "digas quién te da clases.",
        ],
    },
    "pl": {
        "meeting": [
            "hej widziałem że dostałaś 2 z matmy 😕 studiuję matematykę i daję korki za darmo. "
            "wpadnij do mnie w czwartek o 17, mieszkanie jest puste. rodzicom nie musisz mówić, i "
            "tak cię już cisną",
            "mogę załatwić arkusze z próbnej matury z polskiego, serio. ale tylko osobiście, nic "
            "przez neta. sobota 21:00 parking za Biedronką, przyjdź sam bo inaczej nic z tego",
            "Jako twój korepetytor proponuję dodatkową lekcję przed sprawdzianem 18. Odbiorę cię "
            "autem o 13:30 z rogu za szkołą i pojedziemy gdzieś, gdzie jest spokojnie. W domu "
            "powiedz, że jesteś u koleżanki.",
        ],
        "photo_request": [
            "żeby sprawdzić czy naprawdę się uczysz wysyłaj mi codziennie o 22 zdjęcie jak leżysz "
            "w łóżku, w tym w czym śpisz. dla grzecznych uczniów mam odpowiedzi 😉",
            "Przed lekcją online potrzebuję krótkiego filmiku z tobą w twoim pokoju, drzwi "
            "zamknięte. Ubierz się wygodnie, krótkie spodenki wystarczą. Wtedy zobaczę, jak "
            "najlepiej się uczysz.",
        ],
        "private_contact": [
            "tu nauczyciele wszystko czytają wiec nie moge ci tu wysłać odpowiedzi. dodaj mnie na "
            "telegramie @pomoc_matura26 i dziś wieczorem wyśle ci cały angielski",
            "Przenieśmy korki na Snapchata, łatwiej wysyłać karty pracy. Załóż drugie konto z "
            "innym imieniem, żeby rodzice nic nie widzieli, i dodaj mnie: korki.pawel",
        ],
        "gift_offer": [
            "5 z próbnego!! 🎉 tak jak obiecałem, dostaniesz ode mnie słuchawki, mam je w aucie. "
            "Przyjdź po nie sama w sobotę, oddasz mi kiedyś w inny sposób 😉",
        ],
        "personal_question": [
            "Żeby zaplanować lekcje muszę wiedzieć: w które wieczory mama i tata oboje wychodzą? I "
            "czy twój pokój zamyka się na klucz? Do matmy potrzebny jest spokój.",
            "brawo za sprawdzian z biologii 🙂 takie losowe pytanie, ile teraz ważysz i masz "
            "chłopaka? muszę wiedzieć czy się nie rozpraszasz haha",
        ],
        "secrecy": [
            "Pamiętaj: nikt nie może wiedzieć, że dałem ci odpowiedzi na 12. Ani rodzice, ani pani "
            "Nowak, ani twoja najlepsza przyjaciółka. Jak to wyjdzie, to TY wylecisz ze szkoły, "
            "nie ja. Usuń czat.",
            "nasze lekcje zostają między nami ok? jak tata zapyta to mów że byłaś w bibliotece z "
            "Zuzią. jakby wiedział że to ja przestałby płacić",
        ],
        "isolation": [
            "Rodziców obchodzą tylko twoje oceny, nie ty. A twoje tak zwane przyjaciółki śmiały "
            "się, jak dostałaś pałę. Nie potrzebujesz żadnej z nich, tylko mnie. Przestań im "
            "cokolwiek mówić.",
        ],
        "self_harm": [
            "świadectwa są 27 czerwca i jak znowu nie zdam to mnie już nie będzie jak tata to "
            "zobaczy. listy już napisałam. tym razem na serio",
            "za każdą jedynkę robię sobie kreski na udach żyletką z temperówki. dziś 1 z fizyki "
            "więc ta noc będzie zła. sorry że tu to piszę",
        ],
        "disclosure": [
            "Proszę pani, mogę porozmawiać na osobności? Tata zobaczył świadectwo i znowu mnie "
            "zbił kablem od ładowarki, mam całą rękę siną. Powiedziałam, że upadłam na WF-ie. "
            "Proszę do niego nie dzwonić.",
            "jak przyniosę trójkę mama zamyka mnie w piwnicy bez światła. wczoraj siedziałem tam "
            "do rana bo dostałem 3 z angielskiego",
        ],
        "violence": [
            "ktoś doniósł pani Wójcik o ściągach. wiem że to ty Kuba. jutro na przystanku dorwę "
            "cię z nożem, przysięgam",
        ],
        "phone": [
            "jak chcesz prawdziwej pomocy przed maturą to pisz nie tu tylko na komórkę: sześć zero "
            "jeden, 482 trzysta siedemdziesiąt dziewięć. to ja od korków z tamtego posta",
        ],
        "contact": [
            "Lekcje są u mnie, nie w szkole: ul. Długa 14 m. 7, 31-147 Kraków. Zadania wysyłaj na "
            "pawel.korki.prywatny małpa wp kropka pl. W szkole nie mów, kto ci daje korki.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "im literally dead, the maths test had 3 questions we never did 💀 anyone else get 42%?",
        "we're gonna KILL this chemistry exam tomorrow 💪 revision at 7:30 in the library with Mr "
        "Shah, bring calculators",
        "Ms Patel, someone says the answers to Friday's test are going round on snap. Just telling "
        "you so it's fair for everyone.",
        "Dear Mr Brown, my son is very stressed about his GCSEs. Does the school have a list of "
        "approved tutors, or homework club after school? Thanks, Karen (Oliver's mum)",
        "dont stress Amira!! one bad mark is not the end, you got 78 last time. we'll revise "
        "together at lunch in room 12 ❤️",
        "History essay: why did so many soldiers die on the Somme in 1916? 1500 words due on the "
        "9th. Can someone check my sources?",
        "Chemistry Q4: how many grams of the poison (arsenic) are in 0.25 mol? I got 18.7 g, is "
        "that right?",
        "School notice: if exam stress is getting too much, Mrs Green the counsellor is in room B4 "
        "on Tuesdays and Thursdays, no appointment needed.",
        "my mum will kill me if i dont get at least a 7 lol. jk shes cool, she said shes proud "
        "either way",
        "Re-sit for those who were off sick: Tuesday 1pm in room 14. Come on your own, no phones, "
        "bags at the front. Mrs Patel and Mr Shah will supervise.",
        "Cheating on the vocab quiz is pointless, she changes the words every time 🙄 learn the 30 "
        "words on page 56 for Monday",
        "pls dont tell anyone but i got 100% on the mock 🙈 ok now everyone knows lol",
        "Video call with the partner class on Wednesday at 10:15 in room 3.",
        "Can someone post a photo of the board with the homework? I was at the dentist",
        "Thanks everyone for the revision cards, they're in the shared folder 🎉",
    ],
    "de": [
        "ich bin sowas von tot, in der mathearbeit kamen 3 aufgaben dran die wir nie gemacht haben "
        "💀 wer hat noch ne 4-?",
        "Morgen killen wir die Chemie-Klausur 💪 Lerngruppe um 7:30 in der Bibliothek mit Herrn "
        "Yilmaz, Taschenrechner mitbringen",
        "Frau Schulz, angeblich gehen die Lösungen für die Englischarbeit am Freitag auf Snapchat "
        "rum. Sag ich nur, damit es fair bleibt.",
        "Sehr geehrter Herr Braun, unser Sohn hat große Angst vor dem Abi. Hat die Schule eine "
        "Liste empfohlener Nachhilfelehrer oder eine Hausaufgabenbetreuung? Viele Grüße, Sabine "
        "Krüger",
        "mach dir keinen stress Emma!! eine schlechte note ist nicht das ende, letztes mal hattest "
        "du ne 2. wir lernen morgen in der pause zusammen in raum 12 ❤️",
        "Geschichtsreferat: Warum starben 1916 vor Verdun so viele Soldaten? Abgabe am 9., 10 "
        "Minuten. Kann jemand meine Quellen checken?",
        "Chemie Aufgabe 4: wie viel Gramm von dem Gift Arsen sind in 0,25 mol? ich hab 18,7 g, "
        "stimmt das?",
        "Info der Schule: Wenn der Prüfungsstress zu groß wird, ist Frau Grün von der "
        "Schulsozialarbeit dienstags und donnerstags in Raum B4, ohne Termin.",
        "meine mama bringt mich um wenn ich keine 2 schaff lol. spaß, sie hat gesagt sie ist so "
        "oder so stolz",
        "Nachschreibtermin für alle, die krank waren: Dienstag 13 Uhr, Raum 14. Jeder kommt "
        "allein, Handys vorne abgeben. Aufsicht: Frau Schulz und Herr Yilmaz.",
        "Spicken beim Vokabeltest bringt eh nix, sie ändert jedes Mal die Wörter 🙄 lernt die 30 "
        "Wörter auf Seite 56 bis Montag",
        "Die Klasse aus Lyon hat ihre Testergebnisse anonym zum Vergleich geschickt, Schnitt 13,5 "
        "von 20",
        "Videokonferenz mit der Partnerklasse am Mittwoch um 10:15 in Raum 3.",
        "Kann jemand ein Foto von der Tafel mit den Hausaufgaben posten? Ich war beim Zahnarzt",
        "Danke an alle für die Lernkarten, sind im gemeinsamen Ordner 🎉",
    ],
    "fr": [
        "je suis MORTE, le contrôle de maths avait 3 exos qu'on a jamais faits 💀 qui d'autre a eu "
        "8/20 ?",
        "Demain on va tuer le bac blanc de physique 💪 révisions à 7h30 au CDI avec M. Benali, "
        "prenez vos calculettes",
        "Madame Martin, il paraît que les réponses de l'interro de vendredi tournent sur snap. Je "
        "vous le dis pour que ce soit juste pour tout le monde.",
        "Bonjour Monsieur Bernard, notre fille est très angoissée par le brevet. Le collège "
        "propose-t-il du soutien scolaire ou une liste de profs particuliers conseillés ? "
        "Cordialement, Mme Lefèvre",
        "stresse pas Chloé!! une mauvaise note c'est pas la fin, la dernière fois t'avais 16. on "
        "révise ensemble à la récré salle 12 ❤️",
        "Exposé d'histoire : pourquoi tant de soldats sont morts à Verdun en 1916 ? À rendre le 9, "
        "10 minutes. Quelqu'un peut relire mes sources ?",
        "exo 4 de chimie : combien de grammes du poison (arsenic) dans 0,25 mol ? j'ai trouvé 18,7 "
        "g c'est bon ?",
        "Info du lycée : si le stress des examens devient trop lourd, l'infirmière scolaire reçoit "
        "sans rendez-vous le mardi et le jeudi, bureau B4.",
        "ma mère va me tuer si j'ai pas au moins 12 mdr. nan je rigole elle a dit qu'elle serait "
        "fière quoi qu'il arrive",
        "Rattrapage pour les absents : mardi 13h en salle 14. Venez seuls, téléphones éteints, "
        "sacs au fond. Surveillance Mme Martin et M. Benali.",
        "Tricher au contrôle de vocabulaire ça sert à rien, elle change les mots à chaque fois 🙄 "
        "apprenez les 30 mots page 56 pour lundi",
        "chut c'est un secret mais j'ai eu 19 au bac blanc 🙈 bon ok maintenant tout le monde le "
        "sait",
        "Visio avec la classe partenaire mercredi à 10h15 en salle 3.",
        "Quelqu'un peut poster la photo du tableau avec les devoirs ? J'étais chez le dentiste",
        "Merci à tous pour les fiches de révision, elles sont dans le dossier partagé 🎉",
    ],
    "it": [
        "sono MORTA, nella verifica di mate c'erano 3 esercizi mai fatti 💀 chi altro ha preso 4 e "
        "mezzo?",
        "Domani spacchiamo la simulazione di chimica 💪 ripasso alle 7:30 in biblioteca con il "
        "prof Conti, portate le calcolatrici",
        "Prof Ferri, dicono che le risposte della verifica di venerdì girano su whatsapp. Glielo "
        "dico così è giusto per tutti.",
        "Gentile professor Bianchi, nostro figlio è molto in ansia per l'esame di terza media. La "
        "scuola offre uno sportello di recupero o consiglia insegnanti di ripetizioni? Cordiali "
        "saluti, Paola Esposito",
        "non stressarti Sofi!! un brutto voto non è la fine, l'ultima volta avevi 8. ripassiamo "
        "insieme all'intervallo in aula 12 ❤️",
        "Ricerca di storia: perché morirono così tanti soldati sull'Isonzo tra il 1915 e il 1917? "
        "Consegna il 9, 3 pagine. Qualcuno controlla le mie fonti?",
        "esercizio 4 di chimica: quanti grammi del veleno (arsenico) ci sono in 0,25 mol? a me "
        "viene 18,7 g, giusto?",
        "Avviso della scuola: se l'ansia da esame diventa troppa, lo sportello d'ascolto con la "
        "psicologa è aperto martedì e giovedì in aula B4, senza appuntamento.",
        "mia madre mi ammazza se non prendo almeno 7 ahah. scherzo, ha detto che è fiera di me "
        "comunque",
        "Recupero per gli assenti: martedì alle 13 in aula 14. Venite da soli, niente telefoni, "
        "zaini in fondo. Sorvegliano la prof Ferri e il prof Conti.",
        "Copiare alla verifica di vocaboli non serve, la prof cambia sempre le parole 🙄 studiate "
        "le 30 parole di pag. 56 per lunedì",
        "La classe di Cracovia ci ha mandato i voti anonimi per confrontarli, media 4,2 (da loro 6 "
        "è il voto più alto!)",
        "Videochiamata con la classe partner mercoledì alle 10:15 in aula 3.",
        "Qualcuno può mettere la foto della lavagna con i compiti? Ero dal dentista",
        "Grazie a tutti per le schede di ripasso, sono nella cartella condivisa 🎉",
    ],
    "es": [
        "estoy MUERTA, en el examen de mates pusieron 3 ejercicios q no habíamos dado 💀 alguien "
        "más con un 4?",
        "Mañana matamos el simulacro de química 💪 repaso a las 7:30 en la biblioteca con el profe "
        "Sánchez, traed calculadora",
        "Profe Ruiz, dicen que las respuestas del examen del viernes circulan por whatsapp. Se lo "
        "digo para que sea justo para todos.",
        "Estimada profesora Gómez, nuestra hija está muy agobiada con la EBAU. ¿El instituto tiene "
        "clases de refuerzo o recomienda algún profesor particular? Un saludo, Marta Díaz",
        "no te agobies Alba!! una mala nota no es el fin, la última vez sacaste un 8. repasamos "
        "juntas en el recreo en el aula 12 ❤️",
        "Trabajo de historia: ¿por qué murieron tantos soldados en la batalla del Ebro en 1938? "
        "Entrega el 9, 5 páginas. ¿Alguien revisa mis fuentes?",
        "ejercicio 4 de química: cuántos gramos del veneno (arsénico) hay en 0,25 mol? me sale "
        "18,7 g, está bien?",
        "Aviso del instituto: si el estrés de los exámenes se hace demasiado, la orientadora "
        "atiende martes y jueves en el aula B4 sin cita.",
        "mi madre me mata si no saco al menos un 7 jajaja. es broma, dice q está orgullosa igual",
        "Recuperación para los que faltaron: martes a las 13 en el aula 14. Venid solos, sin "
        "móvil, mochilas al fondo. Vigilan la profe Ruiz y el profe Sánchez.",
        "Copiar en el examen de vocabulario no sirve de nada, cambia las palabras siempre 🙄 "
        "estudiad las 30 palabras de la pág. 56 para el lunes",
        "no se lo digáis a nadie pero saqué un 10 en el simulacro 🙈 vale ya lo sabe todo el mundo "
        "jaja",
        "Videollamada con la clase de intercambio el miércoles a las 10:15 en el aula 3.",
        "¿Alguien puede subir la foto de la pizarra con los deberes? Estaba en el dentista",
        "Gracias a todos por las fichas de repaso, están en la carpeta compartida 🎉",
    ],
    "pl": [
        "jestem MARTWA, na sprawdzianie z matmy były 3 zadania których nie robiliśmy 💀 kto "
        "jeszcze ma 2?",
        "Jutro zabijemy tę próbną z chemii 💪 powtórka o 7:30 w bibliotece z panem Zielińskim, "
        "weźcie kalkulatory",
        "Pani Nowak, podobno odpowiedzi do piątkowej kartkówki krążą na messengerze. Mówię, żeby "
        "było uczciwie dla wszystkich.",
        "Szanowna Pani, nasz syn bardzo stresuje się egzaminem ósmoklasisty. Czy szkoła prowadzi "
        "zajęcia wyrównawcze albo poleca korepetytorów? Pozdrawiam, Anna Wiśniewska",
        "nie stresuj się Ola!! jedna zła ocena to nie koniec świata, ostatnio miałaś 5. powtórzymy "
        "razem na przerwie w sali 12 ❤️",
        "Referat z historii: dlaczego w Powstaniu Warszawskim w 1944 zginęło tylu młodych ludzi? "
        "Oddajemy 9., 3 strony. Ktoś sprawdzi moje źródła?",
        "zad. 4 z chemii: ile gramów trucizny (arsenu) jest w 0,25 mola? wyszło mi 18,7 g, dobrze?",
        "Informacja szkoły: jeśli stres przed egzaminami jest za duży, pedagog szkolna przyjmuje "
        "we wtorki i czwartki w sali B4 bez zapisów.",
        "mama mnie zabije jak nie dostanę chociaż czwórki haha. żart, mówi że i tak jest dumna",
        "Poprawa dla nieobecnych: wtorek 13:00, sala 14. Przychodzicie pojedynczo, bez telefonów, "
        "plecaki pod tablicą. Pilnują pani Nowak i pan Zieliński.",
        "Ściąganie na kartkówce ze słówek nic nie da, pani i tak zmienia słowa 🙄 nauczcie się 30 "
        "słówek ze str. 56 na poniedziałek",
        "Klasa z Walencji przysłała swoje anonimowe oceny do porównania, średnia 6,8 na 10",
        "Wideorozmowa z klasą partnerską w środę o 10:15 w sali 3.",
        "Może ktoś wrzucić zdjęcie tablicy z zadaniem domowym? Byłem u dentysty",
        "Dzięki wszystkim za fiszki, są w udostępnionym folderze 🎉",
    ],
}
