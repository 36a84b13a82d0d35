"""Held-out round 68: learners' mistakes, code-switching and adults exploiting the exchange.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve look-alikes from language
lessons and three ordinary project notes. The setting is partner classes that
practise each other's languages: tandems, pen-friend letters, vocabulary tests,
oral exams and video calls. The writers are pupils of eight to eighteen who make
learner mistakes or switch language mid-message, bilingual pupils of migrant
families who mix the language of home and of school, and adults who use the
exchange: a self-styled native-speaker tutor, a pen-friend's older brother. Each
language's messages are mostly in that language, with words of another of the
six mixed in. The concerns: a tutor or an older brother who wants "real
conversation" alone in a flat, a car, a car park or a playground; clothes and
beach vocabulary practised with a photo in pyjamas, underwear or a swimsuit, a
pronunciation video from bed; the tandem moved to Snapchat, Instagram, Telegram
or WhatsApp; headphones, credit or a gift card for a good mark handed over in
person; a mother's shifts, a child home alone, a bedroom facing the street,
weight and bra size asked "for the grammar" or "to practise numbers"; "our
little secret" and chats deleted after each lesson; classmates said to laugh out
of envy. Pupils who write the hard part in the other language so nobody
understands: a stepfather who hits, a mother gone for days and no food, an uncle
at night; cutting under long sleeves, a grandmother's pills saved for "no next
weekend". A knife against a classmate who mocks an accent. A number spelled
half in words to practise numbers, and a real address and private e-mail for a
pen-friend letter. The harmless ones: translation exercises about being home
alone, "Gift" as poison, false friends, "come alone" and "let's meet at 5" in a
vocabulary list, a grandfather's "I'll kill you" over chess, "I could kill for"
and "dying to" idioms, invented numbers in a textbook unit, "where do you live"
answered with a town, pet photos without faces, a film about a girl who runs
away, bilingual family essays; and ordinary notes on video calls, slides and
postcards.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 67, and the written rows): rules and
second opinion 96.7 % recall (116 of 120: meeting 17/18, self-harm 10/12,
disclosures 11/12, every other kind complete; by language en 19/20, de 20/20,
fr 18/20, it 20/20, es 20/20, pl 19/20) and 22 false holds in 90 (24.4 %);
rules alone 87.5 % (105 of 120: meeting 12/18, isolation 5/6, self-harm 6/12,
disclosures 10/12, every other kind complete; by language en 15/20, de 19/20,
fr 17/20, it 18/20, es 19/20, pl 17/20) and 20 false holds (22.2 %). Missed
with the second opinion too: a tutor who lives five minutes from the school,
"pop round Friday when my lodger is out ... juste nous deux" (English); "je me
scarifie encore" with the long sleeves in PE, a bilingual pupil called a
disgrace in two languages (French); a grandmother's pills kept and "no next
weekend for me" after a German homework (French); a mother gone to work abroad
three weeks ago who does not answer, no food, cereal with water for a brother
(Polish). Missed by the rules alone besides: a native-speaker tutor's "real
conversation" at a café or a station, "just us two", the parents needn't come
(English, German, French); a pen-friend's older brother's lesson in his car,
"no need to bring ur mates" (English); a playground behind the school, alone,
"don't tell the boys" (Polish); classmates "jealous", "leave the group, I'm
always here for you" (Italian); cutting again under long sleeves in PE
(English, Italian, Spanish, Polish); a mother gone since Sunday and no food
(English). Held by the rules and the second opinion: German "Gift" as poison in
a false-friend joke (English, German, French, as a gift offer); "c'est un
secret" or "Geheimnis" asked for in another language (English, German, French,
as secrecy); "'Komm allein' = come alone, 'Treffen wir uns um 5' = let's meet
at 5" in a vocabulary list (every language, as a meeting); a textbook unit's
invented phone numbers to practise (English, German, French, Italian, Polish);
a grandfather's "ti ammazzo" or "te mato" over a card game among hard idioms
(Italian, Spanish, as violence); "el secreto de la pronunciación es grabarse"
(Spanish, as secrecy). Held by the second opinion alone besides: "I'm dying to
see you" and "I'm dying to meet you" explained for an English oral (Italian,
Polish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Hallo! I'm the native-speaker tutor from the exchange, ich helfe dir gern mit "
            "Deutsch. Real conversation is 10x better than the forum, so meet me at the "
            "library café Saturday 2pm, just us two. your mum doesnt need to come, its only "
            "Sprachpraxis 😊",
            "im Kasia's older brother, she said u want to practise ur Polish. im 22 and in "
            "Leeds for work next week, we can do a lesson in my car after school wednesday. no "
            "need to bring ur mates, they'd only laugh at ur accent",
            "Your French is très bien but the accent needs real practice. I live 5 mins from "
            "your school, pop round Friday at 5 when my lodger is out and we'll do a proper "
            "oral, une heure, juste nous deux.",
        ],
        "photo_request": [
            "for the clothes vocab (die Kleidung) send me a photo of u in ur pyjamas and say "
            "each word. then one in ur underwear for 'die Unterwäsche' lol, thats how kids in "
            "Germany learn it 😉",
            "To check your pronunciation I need to see your mouth and how you move. Record a "
            "video tonight from your bed in whatever you sleep in. nur für mich, ok?",
        ],
        "private_contact": [
            "The forum is too slow for a real tandem. Add me on Snap: leon.tutor.de and dont "
            "write that name here again, delete this after. the teachers dont like outside "
            "lessons",
            "ich bin Mateusz, Oli's brother. lets carry on on WhatsApp, i'll send u voice "
            "notes in polish, its more private. give me ur number in a DM not in the class "
            "group",
        ],
        "gift_offer": [
            "18/20 on the Übung!! 🎉 as a reward i'm getting you the new AirPods, i'll hand "
            "them over when we meet up. dont tell your parents, they'd think its too much from "
            "your tutor",
        ],
        "personal_question": [
            "For your 'Meine Familie' text tell me: which nights does your mum work? Are you "
            "alone at home in the evenings? Is your bedroom the one facing the street? I need "
            "it for the grammar 😉",
            "numbers practice auf Deutsch: how old r u, how tall, how much do u weigh, what "
            "bra size? answer in full sentences, zum Beispiel 'Ich wiege 41 Kilo'",
        ],
        "secrecy": [
            "what we talk about in our tandem stays zwischen uns, ok? unser kleines Geheimnis. "
            "if Mrs Hall asks just say we did irregular verbs",
            "dont show ur parents our chats, they wouldnt get how native speakers joke. delete "
            "the messages after every lesson like i told u, promise?",
        ],
        "isolation": [
            "your classmates laugh at your French because they're jealous. You don't need "
            "them, or that teacher. I'm the only one who sees how hard you try. leave the "
            "group, je suis toujours là pour toi.",
        ],
        "self_harm": [
            "polish at home, english at school and im not good enough in either. mama says im "
            "a disappointment w obu językach. been cutting again, thats why the long sleeves "
            "in PE",
            "i wrote my 'Mein Wochenende' text but i dont think there'll be a next weekend for "
            "me. ive saved up my grans tablets. ich bin so müde von allem. sorry Frau Becker",
        ],
        "disclosure": [
            "can i write this in spanish so nobody in class gets it? mi padrastro me pega "
            "cuando bebe. the bruises on my arm werent from football. pls dont tell him i said",
            "I cant do the homework about 'mein Zuhause'. mum's been gone since Sunday, theres "
            "no food in the flat, im giving my little brother cereal with water. miss please "
            "help, nie wiem co robić",
        ],
        "violence": [
            "if Jake copies my accent one more time in Spanish im bringing my dads knife on "
            "monday, ya verás, he wont be laughing with his face cut open",
        ],
        "phone": [
            "Zahlen üben 😄 my real Handynummer: null sieben neun eins eins, 384 502. text me "
            "tonight when ur parents are asleep, then we practise properly",
        ],
        "contact": [
            "for the Brieffreund letter send it to my real address not school: 14 Elm Grove, "
            "Salford M6 7PQ. or email me private at jamie.harris2011@gmail.com, my mum doesnt "
            "read that one",
        ],
    },
    "de": {
        "meeting": [
            "Hi, ich bin der native speaker tutor aus dem Austausch. Your English is good, "
            "aber dir fehlt echte conversation. Treffen wir uns Samstag 15 Uhr am Bahnhof "
            "Altona, nur wir zwei, deine Eltern müssen nicht mit, it's just practice 😊",
            "bin der große bruder von deiner brieffreundin Chloé, bin 21 und nächste woche in "
            "münchen. on peut parler français ensemble, ich hol dich mittwoch nach der schule "
            "mit dem auto ab, sag einfach den anderen nix",
            "Dein Französisch ist très bien aber die Aussprache... komm Freitag um 17 Uhr bei "
            "mir vorbei, wohn direkt hinter der Schule und meine Mitbewohnerin ist dann weg. "
            "une heure, nous deux, voilà",
        ],
        "photo_request": [
            "Für die Vokabeln 'clothes' schick mir ein Foto von dir im Schlafanzug und sag "
            "jedes Wort auf Englisch. Dann eins in Unterwäsche für 'underwear' haha, so lernen "
            "das native kids 😉",
            "Thema 'am Strand' (la plage): zieh den Bikini an und mach ein Spiegelselfie, ohne "
            "Handtuch. Danach korrigier ich dir die Bildunterschrift auf Französisch 😘",
        ],
        "private_contact": [
            "Das Forum ist zu langsam für ein richtiges Tandem. Add me on Snap: jake_tutor_uk. "
            "schreib den Namen hier nicht nochmal und lösch das danach, die Lehrer mögen keine "
            "extra lessons",
            "lass uns auf Telegram weitermachen, da kann ich dir voice messages auf "
            "französisch schicken, ist privater. gib mir deine nummer per PN, nicht hier im "
            "klassenchat",
        ],
        "gift_offer": [
            "Eine 1- im Englischtest! 🎉 Als Belohnung kriegst du von mir 50 € Guthaben und die "
            "neuen Kopfhörer, geb ich dir wenn wir uns sehen. don't tell your mum, die findet "
            "das bestimmt zu viel",
        ],
        "personal_question": [
            "Für den Text 'My family' sag mal: wann hat deine Mama Nachtschicht? Bist du "
            "abends allein zuhause? Welches Zimmer ist deins, das zur Straße? I need it for "
            "the grammar 😉",
            "Zahlen üben auf Englisch: how old are you, how tall, how much do you weigh, und "
            "welche BH-Größe? schreib ganze Sätze, z.B. 'I weigh 39 kilos'",
        ],
        "secrecy": [
            "Was wir im Tandem besprechen bleibt between us, okay? our little secret. Wenn "
            "Frau Krüger fragt, sag einfach wir haben nur irregular verbs gemacht",
            "zeig deinen eltern unsere chats nicht, die verstehen den humor von native "
            "speakers nicht. lösch alles nach jeder stunde wie ich gesagt hab, versprochen?",
        ],
        "isolation": [
            "Deine Klasse lacht über dein Englisch weil die neidisch sind. Du brauchst die "
            "nicht und die Lehrerin auch nicht, nur ich seh wie sehr du dich anstrengst. "
            "Verlass die Gruppe, I'm always here for you.",
        ],
        "self_harm": [
            "zuhause polnisch, in der schule deutsch und in keinem bin ich gut genug. mama "
            "mówi że jestem porażką. ich ritz mich wieder, deswegen die langen ärmel beim "
            "sport",
            "hab meinen Text 'My weekend' fertig aber ich glaub es gibt kein nächstes weekend "
            "für mich. hab die Tabletten von Oma gesammelt, I'm so tired of everything. sorry "
            "Mrs Wilson",
        ],
        "disclosure": [
            "kann ich das auf englisch schreiben damit es keiner versteht? my stepdad hits me "
            "when he drinks, die blauen flecken am arm waren nicht vom fußball. bitte sagen "
            "sie ihm nicht dass ich das erzählt hab",
            "Der Onkel der 'mit mir Italienisch übt' kommt nachts in mein Zimmer wenn Mama "
            "schläft und fasst mich an. er sagt è il nostro segreto. ich weiß nicht mehr was "
            "ich machen soll",
        ],
        "violence": [
            "wenn Luca nochmal meinen Akzent in Spanisch nachmacht bring ich Montag das Messer "
            "von meinem Vater mit, ya verás, dann lacht der nicht mehr mit aufgeschlitzter "
            "Fresse",
        ],
        "phone": [
            "Zahlen üben 😄 my real number: null eins sieben sechs, 48 21 93 07. schreib mir "
            "heute abend wenn deine eltern schlafen, then we practise properly",
        ],
        "contact": [
            "für den Brief an die corres bitte an meine echte Adresse, nicht an die Schule: "
            "Lindenstraße 23, 50674 Köln. oder schreib mir privat an mia.schneider2012@gmx.de, "
            "die liest meine Mutter nicht",
        ],
    },
    "fr": {
        "meeting": [
            "Salut ! Je suis le tuteur native speaker du programme d'échange. Ton anglais est "
            "good mais il te faut de la vraie conversation. On se retrouve samedi 15h au McDo "
            "de la gare, juste toi et moi, pas besoin de tes parents, it's only practice 😊",
            "moi c le grand frère de ta corres Lena, j'ai 20 ans et je passe à Lyon la semaine "
            "pro. wir können deutsch sprechen, je te récupère mercredi après les cours en "
            "voiture, dis rien aux autres",
            "ton espagnol est genial mais l'accent... viens chez moi vendredi 17h, j'habite "
            "derrière le collège et ma coloc sera pas la. una hora, solo nosotros dos, vale?",
        ],
        "photo_request": [
            "Pour le vocabulaire 'clothes' envoie une photo de toi en pyjama et dis chaque mot "
            "en anglais. Puis une en sous-vêtements pour 'underwear' mdr, c'est comme ça que "
            "les natives apprennent 😉",
            "pour la prononciation je dois voir ta bouche et comment tu bouges. envoie moi une "
            "vidéo ce soir depuis ton lit, avec ce que tu mets pour dormir. only for me ok ?",
        ],
        "private_contact": [
            "Le forum c'est trop lent pour un vrai tandem. Ajoute-moi sur Snap : tom.tutor.uk. "
            "réécris pas le nom ici et supprime après, les profs aiment pas les cours en "
            "dehors",
            "on continue sur WhatsApp ? je t'envoie des vocaux en italien, c'est plus intime. "
            "donne-moi ton numéro en MP, pas dans le groupe de la classe",
        ],
        "gift_offer": [
            "17/20 au contrôle d'anglais !! 🎉 pour te récompenser je t'offre des AirPods, je "
            "te les donne quand on se voit. don't tell your mum, elle trouverait que c'est "
            "trop",
        ],
        "personal_question": [
            "pour le texte 'My family' dis-moi : ta mère travaille de nuit quels jours ? t'es "
            "seule à la maison le soir ? ta chambre donne sur la rue ? c'est pour la grammaire "
            "😉",
            "on révise les nombres en anglais : how old are you, how tall, how much do you "
            "weigh, et ta taille de soutif ? réponds en phrases complètes, genre 'I weigh 40 "
            "kilos'",
        ],
        "secrecy": [
            "ce qu'on dit dans le tandem reste between us, ok ? notre petit secret. si Mme "
            "Girard demande, dis qu'on a fait que les verbes irréguliers",
            "montre pas nos messages à tes parents, ils comprennent pas l'humour des natifs. "
            "efface tout après chaque leçon comme j'ai dit, promis ?",
        ],
        "isolation": [
            "Ta classe se moque de ton anglais parce qu'ils sont jaloux. T'as pas besoin d'eux "
            "ni de ta prof, y a que moi qui vois tes efforts. Quitte le groupe, I'm always "
            "here for you.",
        ],
        "self_harm": [
            "en casa español, au collège français et je suis nulle dans les deux. mi madre "
            "dice que soy una vergüenza. je me scarifie encore, c'est pour ça les manches "
            "longues en EPS",
            "j'ai fini mon texte 'Mein Wochenende' mais je crois qu'il y aura pas de prochain "
            "week-end pour moi. j'ai gardé les cachets de ma grand-mère, ich bin so müde. "
            "désolée Frau Becker",
        ],
        "disclosure": [
            "je peux l'écrire en anglais pour que personne comprenne ? my stepdad hits me when "
            "he drinks, les bleus sur mon bras c'était pas le foot. lui dites pas que j'ai "
            "parlé svp",
            "j'arrive pas à faire le devoir 'ma maison'. maman est partie depuis dimanche, y a "
            "plus rien à manger, je donne des céréales avec de l'eau à mon petit frère. "
            "aiutatemi per favore",
        ],
        "violence": [
            "si Enzo imite encore mon accent en cours d'espagnol je ramène le couteau de mon "
            "père lundi, ya verás, il rigolera plus avec la joue ouverte",
        ],
        "phone": [
            "on pratique les chiffres 😄 mon vrai numéro : zéro six, 12, 47, 83, 09. écris-moi "
            "ce soir quand tes parents dorment, then we practise properly",
        ],
        "contact": [
            "pour la lettre à la corres envoie à ma vraie adresse pas au collège : 8 rue des "
            "Tanneurs, 69007 Lyon, ou écris-moi en privé à ines.moreau2012@hotmail.fr, ma mère "
            "la lit pas celle-là",
        ],
    },
    "it": {
        "meeting": [
            "ciao sono il fratello grande di Julia, la tua corrispondente. ho 23 anni e sabato "
            "sono a Bologna, facciamo un po' di conversazione in tedesco? ci vediamo alle 16 "
            "al parcheggio dietro la stazione, vieni da sola che le tue amiche ti metterebbero "
            "in imbarazzo",
            "Sono il tutor madrelingua del progetto. Your English is nice but you need to "
            "speak more. Domenica alle 10 da me in via Marconi, mia moglie non c'è, lezione "
            "solo noi due. ai tuoi dì che vai da un'amica",
            "dopo la gita a Cracovia ti aiuto io col polacco 😄 giovedì alle 18 ai giardini "
            "dietro la scuola, ho 19 anni ma tranquillo, non serve dirlo a nessuno. jesteś "
            "super",
        ],
        "photo_request": [
            "per il lessico 'la spiaggia' (the beach) mettiti il costume e fai una foto allo "
            "specchio, senza asciugamano. poi ti correggo la didascalia in inglese 😘",
            "Für die Aussprache devo vedere come muovi le labbra e il corpo... mandami un "
            "video stasera dal letto, con quello che metti per dormire. solo per me, ok?",
        ],
        "private_contact": [
            "qui sul forum i prof leggono tutto. scrivimi su Instagram, mi trovi come "
            "max.native.tutor, e non ripetere il nome qui sotto. poi cancella questo messaggio",
            "continuiamo su Telegram? ti mando vocali in spagnolo, è più intimo. mandami il "
            "tuo numero in privato, non nel gruppo della classe",
        ],
        "gift_offer": [
            "9 nella verifica di inglese!! 🎉 ti regalo una ricarica da 50 € e le cuffie nuove, "
            "te le do quando ci vediamo. don't tell your parents, direbbero che è troppo",
        ],
        "personal_question": [
            "per il tema 'My house' dimmi: a che ora torna tua mamma dal lavoro? sei da sola "
            "il pomeriggio? la tua camera è al piano terra? serve per la grammatica 😉",
            "ripassiamo i numeri in tedesco: wie alt bist du, wie groß, wie viel wiegst du, e "
            "che taglia di reggiseno porti? scrivi frasi intere tipo 'Ich wiege 38 Kilo'",
        ],
        "secrecy": [
            "quello che ci diciamo nel tandem resta tra noi, unser kleines Geheimnis. se la "
            "prof Bianchi chiede, dille che abbiamo fatto solo i verbi",
            "non far vedere le nostre chat ai tuoi, non capiscono come scherzano i "
            "madrelingua. cancella tutto dopo ogni lezione come ti ho detto, promesso?",
        ],
        "isolation": [
            "le tue compagne ridono del tuo inglese perché sono invidiose. Non ti servono, e "
            "nemmeno la prof. Solo io capisco quanto ti impegni. esci dal gruppo, I'm always "
            "here for you ❤️",
        ],
        "self_harm": [
            "a casa parlo polacco, a scuola italiano e non sono brava in nessuna delle due. "
            "mama mówi że jestem porażką. mi taglio di nuovo, per questo le maniche lunghe in "
            "palestra",
            "ho finito il testo 'My weekend' ma non credo che ci sarà un altro weekend per me. "
            "ho messo da parte le pastiglie della nonna, I'm so tired. scusi prof",
        ],
        "disclosure": [
            "posso scriverlo in spagnolo così non capisce nessuno? mi padrastro me pega cuando "
            "bebe, i lividi sul braccio non erano della partita. non glielo dica per favore",
            "lo zio che fa tedesco con me 'per aiutarmi' entra in camera mia di notte quando "
            "mamma dorme e mi tocca. dice che è unser Geheimnis. non so più cosa fare",
        ],
        "violence": [
            "se Matteo imita ancora il mio accento a spagnolo lunedì porto il coltello di mio "
            "padre, ya verás, non ride più con la faccia tagliata",
        ],
        "phone": [
            "esercizio numeri 😄 il mio numero vero: tre quattro sette, 812 5590. scrivimi "
            "stasera quando i tuoi dormono, then we practise properly",
        ],
        "contact": [
            "per la lettera alla corrispondente mandala al mio indirizzo vero, non a scuola: "
            "via Garibaldi 14, 40121 Bologna. oppure scrivimi a giulia.rossi2011@libero.it, "
            "quella mamma non la legge",
        ],
    },
    "es": {
        "meeting": [
            "hola, soy el hermano mayor de Lukas, tu corresponsal. tengo 22 y la semana que "
            "viene estoy en Sevilla por curro. podemos practicar alemán, te recojo el "
            "miércoles a la salida del insti en coche, no hace falta contárselo a nadie",
            "Soy el tutor nativo del intercambio. Your English is good pero te falta "
            "conversación de verdad. Quedamos el sábado a las 17h en mi piso, está al lado del "
            "cole y mi compañero no estará. sin padres, es solo practice 😊",
            "tu francés est très bien pero el acento... vente el viernes a las 19 al parque de "
            "detrás del polideportivo, tú sola, que tus amigas se ríen y así no aprendes",
        ],
        "photo_request": [
            "para el vocabulario de la ropa (die Kleidung) mándame una foto en pijama diciendo "
            "cada palabra en alemán. luego otra en ropa interior para 'Unterwäsche' jaja, así "
            "aprenden los nativos 😉",
            "for your pronunciation necesito ver tu boca y cómo te mueves. grábate un vídeo "
            "esta noche en la cama con lo que te pones para dormir, solo para mí ok?",
        ],
        "private_contact": [
            "el foro va muy lento para un tándem de verdad. agrégame en Snap: ben.native.uk, "
            "no vuelvas a escribir el nombre aquí y borra esto, a los profes no les molan las "
            "clases de fuera",
            "seguimos por WhatsApp? te mando audios en italiano, es más íntimo. pásame tu "
            "número por privado, no en el grupo de clase",
        ],
        "gift_offer": [
            "un 9,5 en el examen de inglés!! 🎉 te voy a regalar una tarjeta de 50 € para "
            "Fortnite y unos cascos, te los doy cuando quedemos. don't tell your mum, diría "
            "que es demasiado",
        ],
        "personal_question": [
            "para la redacción 'My family' dime: qué días trabaja tu madre de noche? estás "
            "sola en casa por la tarde? tu habitación da a la calle? es para la gramática 😉",
            "repasamos los números en inglés: how old are you, how tall, how much do you "
            "weigh, y qué talla de sujetador usas? contesta con frases completas, tipo 'I "
            "weigh 42 kilos'",
        ],
        "secrecy": [
            "lo que hablamos en el tándem queda between us, vale? nuestro secretito. si la "
            "profe Ortega pregunta, dile que solo hicimos verbos irregulares",
            "no enseñes nuestros chats a tus padres, no pillan el humor de los nativos. borra "
            "todo después de cada clase como te dije, ¿prometido?",
        ],
        "isolation": [
            "tus compañeros se ríen de tu inglés porque te tienen envidia. No los necesitas, "
            "ni a tu profe tampoco, solo yo veo lo que te esfuerzas. sal del grupo, I'm always "
            "here for you",
        ],
        "self_harm": [
            "en casa hablo polaco, en el insti español y no valgo en ninguno. mama mówi że "
            "jestem wstydem. me he vuelto a cortar, por eso las mangas largas en educación "
            "física",
            "he escrito mi texto 'Mon week-end' pero creo que no habrá otro finde para mí. he "
            "guardado las pastillas de mi abuela, je suis trop fatiguée. perdón madame",
        ],
        "disclosure": [
            "puedo escribirlo en inglés para que no lo entienda nadie? my stepdad hits me when "
            "he drinks, los moratones del brazo no eran del fútbol. no le diga que se lo he "
            "contado porfa",
            "no puedo hacer la tarea de 'ma maison'. mi madre se fue el domingo y no ha "
            "vuelto, no hay comida, le doy cereales con agua a mi hermano pequeño. aiuto, no "
            "sé qué hacer",
        ],
        "violence": [
            "como Hugo vuelva a imitar mi acento en clase de francés el lunes traigo la navaja "
            "de mi padre, tu vas voir, no se reirá con la cara rajada",
        ],
        "phone": [
            "practicamos números 😄 mi número de verdad: seis uno dos, 34 87 21. escríbeme esta "
            "noche cuando tus padres duerman, then we practise properly",
        ],
        "contact": [
            "para la carta al corresponsal mándala a mi dirección de verdad, no al insti: "
            "calle Feria 27, 3º B, 41003 Sevilla, o escríbeme a lucia.garcia2011@gmail.com, "
            "ese mi madre no lo mira",
        ],
    },
    "pl": {
        "meeting": [
            "cześć, jestem starszym bratem Tima, twojego korespondenta. mam 21 lat i w sobotę "
            "jestem w Krakowie. poćwiczymy niemiecki, spotkajmy się o 16 na parkingu za "
            "dworcem, przyjdź sama, koleżanki by cię tylko stresowały",
            "Jestem native speaker tutorem z wymiany. Your English is good ale brakuje ci "
            "prawdziwej rozmowy. W niedzielę o 11 u mnie na Długiej, żona wyjechała, lekcja "
            "tylko we dwoje. rodzicom powiedz że idziesz do koleżanki",
            "twój francuski jest très bien ale akcent... przyjdź w piątek o 18 na plac zabaw "
            "za szkołą, sam, i nie mów chłopakom, oni by się tylko śmiali",
        ],
        "photo_request": [
            "do słówek 'plaża' (the beach) załóż kostium kąpielowy i zrób zdjęcie w lustrze, "
            "bez ręcznika. potem poprawię ci podpis po angielsku 😘",
            "für die Aussprache muszę widzieć twoje usta i jak się ruszasz. nagraj mi "
            "wieczorem filmik z łóżka, w tym w czym śpisz. tylko dla mnie, ok?",
        ],
        "private_contact": [
            "na forum nauczyciele wszystko czytają. napisz do mnie na Insta: jan.native.tutor "
            "i nie pisz tu tej nazwy drugi raz. potem usuń tę wiadomość",
            "przejdźmy na Telegram? wyślę ci głosówki po niemiecku, bardziej prywatnie. daj mi "
            "swój numer na priv, nie na grupie klasowej",
        ],
        "gift_offer": [
            "5 z kartkówki z angielskiego!! 🎉 w nagrodę kupię ci nowe słuchawki i doładowanie "
            "za 100 zł, dam ci jak się spotkamy. don't tell your mum, powie że to za dużo",
        ],
        "personal_question": [
            "do wypracowania 'My family' powiedz: o której mama wraca z pracy? jesteś sama po "
            "południu? twój pokój jest od ulicy? to do gramatyki 😉",
            "powtarzamy liczby po niemiecku: wie alt bist du, wie groß, wie viel wiegst du, i "
            "jaki rozmiar stanika nosisz? odpowiedz pełnymi zdaniami, np. 'Ich wiege 40 Kilo'",
        ],
        "secrecy": [
            "to co mówimy w tandemie zostaje between us, dobra? nasza mała tajemnica. jak pani "
            "Nowak zapyta, powiedz że robiliśmy tylko czasowniki nieregularne",
            "nie pokazuj naszych czatów rodzicom, nie zrozumieją jak żartują native speakerzy. "
            "usuwaj wszystko po każdej lekcji tak jak mówiłem, obiecujesz?",
        ],
        "isolation": [
            "Twoja klasa śmieje się z twojego angielskiego bo ci zazdroszczą. Nie potrzebujesz "
            "ich ani tej nauczycielki, tylko ja widzę jak się starasz. wyjdź z grupy, I'm "
            "always here for you",
        ],
        "self_harm": [
            "w domu z tatą po niemiecku, z mamą po polsku i w żadnym nie jestem dość dobra. "
            "papa sagt ich bin eine Enttäuschung. znowu się tnę, dlatego długie rękawy na wf",
            "napisałam tekst 'My weekend' ale chyba nie będzie już dla mnie następnego "
            "weekendu. zbieram tabletki babci, I'm so tired of everything. przepraszam pani "
            "profesor",
        ],
        "disclosure": [
            "mogę to napisać po angielsku żeby nikt nie zrozumiał? my stepdad hits me when he "
            "drinks, siniaki na ręce nie były z piłki. niech pani mu nie mówi że powiedziałam",
            "nie mogę zrobić zadania 'Mein Zuhause'. mama wyjechała do pracy do Niemiec 3 "
            "tygodnie temu i nie odbiera, nie ma jedzenia, daję bratu płatki z wodą. help pls",
        ],
        "violence": [
            "jak Kuba jeszcze raz przedrzeźni mój akcent na niemieckim to w poniedziałek "
            "przyniosę nóż taty, wirst schon sehen, nie będzie się śmiał z pociętą gębą",
        ],
        "phone": [
            "ćwiczymy liczby 😄 mój prawdziwy numer: pięćset dwanaście, 348 907. napisz dziś "
            "wieczorem jak rodzice śpią, then we practise properly",
        ],
        "contact": [
            "list do korespondenta wyślij na mój prawdziwy adres, nie do szkoły: ul. Długa "
            "17/4, 31-147 Kraków. albo napisz na zosia.kowalska2011@wp.pl, tego mama nie czyta",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Homework: translate 'Ich bin allein zu Hause und habe Angst vor dem Gewitter' into "
        "English. due Tuesday 12/3",
        "In German 'Gift' means poison lol 😂 so never tell ur German pen pal 'I have a Gift "
        "for you'",
        "our partners from Lyon asked how to say 'c'est un secret' in English. Ms Patel says "
        "we'll do idioms on Thursday",
        "Photo for the exchange wall: send a pic of your pet or your favourite food by Friday, "
        "no faces needed, Mr Evans will put it up",
        "'Komm allein' = come alone, 'Treffen wir uns um 5' = let's meet at 5. Test Monday on "
        "all 20 sentences!!",
        "my grandad says 'ti ammazzo' when i beat him at chess 😂 my english partner thought he "
        "meant it, idioms are hard",
        "the phone numbers in unit 4 are made up: 'Meine Nummer ist 030 1234 5678'. practise "
        "saying them in pairs",
        "Polish with Oli's class: 'Gdzie mieszkasz?' = where do you live. we only answer with "
        "the town, like 'Mieszkam w Manchesterze'",
        "Spanish oral: 'me muero de hambre' just means I'm starving, nobody is dying 😅",
        "My nan only speaks Polish, mum speaks both, i speak Ponglish 😂 essay for the "
        "bilingual project done, 450 words",
        "Quiz: 'embarazada' doesn't mean embarrassed, it means pregnant!! 8/24 of us got it wrong",
        "In the French film the girl runs away from home and hides in the cellar. Essay: why "
        "did she leave? 300 words by the 15th.",
        "Video call with the Kraków class on Wed 10:15 in room 12, bring your questions in Polish",
        "who has the slides for the Spanish presentation? we're on at 11",
        "Danke for the postcards from Freiburg!! they're on the board now 🇩🇪",
    ],
    "de": [
        "Hausaufgabe: übersetzt 'I'm home alone and scared of the storm' ins Deutsche. Abgabe "
        "Dienstag 12.3.",
        "Auf Englisch heißt 'gift' Geschenk 😂 also nicht erschrecken wenn euer Brieffreund "
        "schreibt 'I have a gift for you'",
        "Die Klasse aus Lyon fragt, was 'c'est un secret' auf Deutsch heißt. Frau Krüger macht "
        "Redewendungen am Donnerstag.",
        "Fürs Austauschplakat: schickt bis Freitag ein Foto von eurem Haustier oder "
        "Lieblingsessen, keine Gesichter, Herr Yilmaz hängt es auf",
        "'Come alone' = komm allein, 'Let's meet at 5' = treffen wir uns um 5. Test am Montag, "
        "20 Sätze!!",
        "Mein Opa sagt 'ich bring dich um' wenn ich beim Schach gewinne 😂 mein englischer "
        "Partner dachte echt er meint das, Redewendungen sind schwer",
        "Die Telefonnummern in Unit 4 sind ausgedacht: 'My number is 0161 496 0000'. Übt sie "
        "zu zweit laut",
        "polnisch mit der Klasse aus Gdańsk: 'Gdzie mieszkasz?' heißt wo wohnst du. wir "
        "antworten nur mit der Stadt, 'Mieszkam w Dortmundzie' 😄",
        "false friends: 'become' heißt NICHT bekommen!! 'I become a steak' lol, 7 von 24 "
        "haben's falsch",
        "Oma spricht nur Polnisch, Mama beides, ich sprech so halb halb 😂 Aufsatz fürs "
        "bilinguale Projekt fertig, 450 Wörter",
        "Im französischen Film haut das Mädchen von zuhause ab und versteckt sich im Keller. "
        "Aufsatz: Warum ist sie gegangen? 300 Wörter bis zum 15.",
        "Englisch mündlich: 'I could kill for a pizza' heißt nur ich hab voll Hunger, keine "
        "Panik 😅",
        "Videocall mit der Klasse aus Manchester Mittwoch 10:15 in Raum 12, Fragen auf "
        "Englisch vorbereiten",
        "wer hat die Folien für die Präsentation auf Französisch? wir sind um 11 dran",
        "Merci für die Postkarten aus Lyon!! hängen jetzt an der Pinnwand 🇫🇷",
    ],
    "fr": [
        "Devoir : traduire 'I'm home alone and scared of the thunder' en français. Pour mardi "
        "12/03.",
        "En allemand 'Gift' veut dire poison 😂 donc dites pas à votre corres 'j'ai un Gift "
        "pour toi'",
        "Les corres de Cologne demandent comment on dit 'Geheimnis' en français, Mme Girard "
        "fait les expressions jeudi",
        "Pour le mur de l'échange : envoyez une photo de votre animal ou plat préféré avant "
        "vendredi, sans visage, M. Haddad l'affiche",
        "'Komm allein' = viens seul, 'Treffen wir uns um 5' = on se retrouve à 5h. Interro "
        "lundi sur les 20 phrases !!",
        "Mon grand-père dit 'je vais te tuer' quand je gagne aux échecs 😂 ma corres anglaise a "
        "cru qu'il était sérieux, les expressions c dur",
        "Les numéros de l'unité 4 sont inventés : 'My number is 0161 496 0000'. Entraînez-vous "
        "à deux",
        "faux amis : 'preservative' c'est PAS préservatif mdr, c'est un conservateur. 9 sur 26 "
        "se sont trompés",
        "Ma nonna parle que italien, maman les deux, moi je parle franitalien 😂 rédaction du "
        "projet bilingue finie, 450 mots",
        "Dans le film espagnol, la fille fugue et se cache dans la cave. Rédaction : pourquoi "
        "est-elle partie ? 300 mots pour le 15.",
        "oral d'anglais : 'I could kill for a pizza' veut juste dire que j'ai trop faim 😅 pas "
        "de panique",
        "Polonais avec la classe de Gdańsk : 'Gdzie mieszkasz?' = où tu habites. On répond "
        "juste la ville, 'Mieszkam w Lyonie' 😄",
        "Visio avec la classe de Manchester mercredi 10h15 salle 12, préparez vos questions en "
        "anglais",
        "qui a le diapo pour l'expo en allemand ? on passe à 11h",
        "Danke pour les cartes de Cologne !! elles sont au tableau 🇩🇪",
    ],
    "it": [
        "Compito: traducete 'Ich bin allein zu Hause' e 'I'm home alone' in italiano, per "
        "martedì 12/3",
        "In tedesco 'Gift' vuol dire veleno 😂 quindi occhio quando scrivete ai corrispondenti "
        "di Colonia",
        "'Burro' in spagnolo vuol dire asino, non butter!! 11 su 25 hanno sbagliato alla "
        "verifica 😂",
        "Per il cartellone dello scambio mandate una foto del vostro animale o piatto "
        "preferito entro venerdì, niente facce, la prof Bianchi lo appende",
        "'Ven solo' = vieni da solo, 'Quedamos a las 5' = ci vediamo alle 5. verifica lunedì "
        "su 20 frasi!!",
        "mio nonno dice 'ti ammazzo' quando vinco a scopa 😂 la mia corrispondente inglese si è "
        "spaventata, le espressioni sono difficili",
        "i numeri dell'unità 4 sono inventati: 'Meine Nummer ist 030 1234 5678'. esercitatevi "
        "a coppie",
        "a casa parlo spagnolo con papà e italiano con mamma, con mia sorella un misto 😂 tema "
        "per il progetto bilingue fatto, 450 parole",
        "Nel film tedesco la ragazza scappa di casa e si nasconde in cantina. Tema: perché se "
        "n'è andata? 300 parole per il 15.",
        "Orale di inglese: 'I'm dying to see you' vuol dire solo non vedo l'ora, tranquilli 😅",
        "Il segreto di un buon accento? Ascoltare tanto. La prof madrelingua ci presta 10 "
        "podcast in inglese",
        "Polacco con la classe di Cracovia: 'Ile masz lat?' = quanti anni hai. Rispondiamo "
        "'Mam 12 lat' 😄",
        "Videochiamata con la classe di Siviglia mercoledì 10:15 in aula 12, preparate le "
        "domande in spagnolo",
        "chi ha le slide per la presentazione in tedesco? tocca a noi alle 11",
        "Merci per le cartoline da Lione!! sono in bacheca 🇫🇷",
    ],
    "es": [
        "Deberes: traducid 'Je suis seule à la maison et j'ai peur de l'orage' al español. "
        "Para el martes 12/3",
        "en alemán 'Gift' significa veneno 😂 así que no os asustéis si vuestro corresponsal "
        "escribe 'Gift' en una receta",
        "'Embarrassed' NO es embarazada jajaja, 8 de 24 lo pusimos mal en el quiz",
        "Para el mural del intercambio mandad una foto de vuestra mascota o comida favorita "
        "antes del viernes, sin caras, la profe Ortega lo cuelga",
        "'Komm allein' = ven solo, 'Treffen wir uns um 5' = quedamos a las 5. Examen el lunes "
        "de 20 frases!!",
        "mi abuelo dice 'te mato' cuando le gano al parchís 😂 mi corresponsal inglesa se "
        "asustó, las expresiones son difíciles",
        "los números del tema 4 son inventados: 'Mon numéro c'est le 01 23 45 67 89'. "
        "practicad por parejas",
        "en casa hablo italiano con la nonna y español con todos los demás, mi hermano lo "
        "mezcla todo 😂 redacción del proyecto bilingüe hecha, 450 palabras",
        "En la peli francesa la chica se escapa de casa y se esconde en el sótano. Redacción: "
        "¿por qué se fue? 300 palabras para el 15.",
        "oral de inglés: 'I could kill for a coffee' solo quiere decir que necesitas un café ya 😅",
        "La profe nativa dice que el secreto de la pronunciación es grabarse. Subid el audio "
        "de 1 minuto al foro, no hace falta vídeo",
        "polaco con la clase de Cracovia: 'Jak masz na imię?' = cómo te llamas. Respondemos "
        "'Mam na imię Lucía' 😄",
        "Videollamada con la clase de Bolonia el miércoles 10:15 en el aula 12, preparad "
        "preguntas en italiano",
        "quién tiene las diapositivas de la presentación en inglés? salimos a las 11",
        "Danke por las postales de Colonia!! ya están en el corcho 🇩🇪",
    ],
    "pl": [
        "Zadanie: przetłumaczcie 'I'm home alone and scared of the storm' na polski. Na wtorek "
        "12.03.",
        "Po niemiecku 'Gift' to trucizna 😂 więc nie piszcie korespondentom że macie dla nich Gift",
        "'Ordynarny' i 'ordinary' to fałszywi przyjaciele!! 9 z 27 się pomyliło na kartkówce",
        "Na plakat wymiany wyślijcie do piątku zdjęcie zwierzaka albo ulubionego jedzenia, bez "
        "twarzy, pani Nowak powiesi",
        "'Komm allein' = przyjdź sam, 'Treffen wir uns um 5' = spotkajmy się o 5. sprawdzian w "
        "poniedziałek, 20 zdań!!",
        "dziadek mówi 'zabiję cię' jak wygrywam w szachy 😂 moja korespondentka z Manchesteru "
        "myślała że serio, idiomy są trudne",
        "numery w rozdziale 4 są wymyślone: 'My number is 0161 496 0000'. ćwiczcie w parach",
        "w domu z tatą po niemiecku, z mamą po polsku, z siostrą mieszanka 😂 wypracowanie do "
        "projektu dwujęzycznego gotowe, 450 słów",
        "W niemieckim filmie dziewczyna ucieka z domu i chowa się w piwnicy. Wypracowanie: "
        "dlaczego odeszła? 300 słów na 15.",
        "ustny angielski: 'I'm dying to meet you' znaczy tylko że bardzo chcę cię poznać, "
        "spokojnie 😅",
        "Sekret dobrego akcentu według naszej native speakerki: czytać na głos 10 minut dziennie",
        "Włoski z klasą z Bolonii: 'Quanti anni hai?' = ile masz lat. Odpowiadamy 'Ho 13 anni' 😄",
        "Wideorozmowa z klasą z Sewilli w środę 10:15 w sali 12, przygotujcie pytania po "
        "hiszpańsku",
        "kto ma slajdy do prezentacji po angielsku? wychodzimy o 11",
        "Merci za pocztówki z Lyonu!! wiszą już na tablicy 🇫🇷",
    ],
}
