"""Held-out round 59: older pupils on an exchange visit, where numbers are everywhere.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, about a third tempting the same words and the rest
simply ordinary. The writers are teenagers in a class group chat or on an
exchange between partner schools, or adults who target them: slang, short
forms, missing accents and Polish letters, a few emojis. Situations no earlier
round had: a host father who wants the pupil to stay back from the disco or a
party, a partner's older brother or a partner's uncle with a car after the
trip's curfew, a monitor or a group leader in the hostel while the others are
bowling, a tutor whose wife is away, a coach's flat on Sunday morning for video
analysis, a stranger in the same city at midnight behind the hostel, a
photographer's studio after curfew. Pictures asked for a model scout or an
agency, a swimwear brand, a cousin's music video, a squad selection with
height and weight, fitness progress and a coach checking posture. Moves to
Signal, Telegram, Threema and Snapchat with vanishing messages because the
teachers are in the class chat. Phone credit, a vape, concert tickets and a
gift card, a picture first. Which nights the host parents are out, which room
the pupil sleeps in, whether fourteen, fifteen or sixteen, alone or with the
partner.
What happened in a car or at a party kept quiet under threat of being sent
home, a gift explained away as an aunt's or a grandmother's, a contact kept
from the parents because the pupil is "more mature". A partner said to be
forced by the school, classmates who left the pupil out, parents who do not
understand. Self-harm in teen words: hundreds of calories a day, cutting in a
hostel shower, a footbridge or a railway bridge, a platform as a fast train
passes, a mother's tablets saved in a pencil case, ibuprofen taken at once, a
letter hidden in a suitcase. Disclosures of a host father at night, a host
family's grown son or brother, a coach in a locked changing room, a father's
chair or a push against a wardrobe, a mother's belt when drunk, boyfriends who
hit or grab a throat over a pupil from the exchange. Threats after a match: a
blade, a knife, a flick knife, a baseball bat, teeth knocked out, a face
smashed. Phones with country codes, dots and digits in words; addresses with a
flat, a back house, a door code or an intercom, e-mails spelt out. The
harmless ones: a match won 3-1, the 17:45 bus from platform 4, room numbers on
the trip, the school's address and a museum's number on the programme,
parents' numbers for a trip form, meeting at the station with the whole class,
marks, birthdays, baking with grams, a test to be "killed" and a mother who
will kill a late pupil; the rest homework, food at the host family's, rain,
chargers and music.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 58, and the 17,893 written rows): rules
and second opinion 96.7 % recall (116 of 120: meeting 17/18, disclosures 9/12,
every other kind complete; by language en 20/20, it 20/20, fr 18/20, de 19/20,
es 19/20, pl 20/20) and two false holds in 90 (2.2 %: a museum's fixed line
said to be in the trip's programme, in German, held as a phone; an album
played over and over in the room, in German, held by the second opinion as a
disclosure); rules alone 71.7 % (86 of 120: meeting 7/18, photo 10/12, private
contact 11/12, gift 6/6, personal questions 8/12, secrecy 11/12, isolation
2/6, self-harm 10/12, disclosures 6/12, violence 3/6, phone 6/6, contact 6/6)
and one false hold (1.1 %, the museum's number). Missed with the second
opinion: the host family's grown son who came into the pupil's bed at night
and touched her while she pretended to sleep (French); a boyfriend who
squeezed her neck over a liked photo and says it is her fault (French); a
father's push against a cupboard before the exchange, a gash and "I said I
fell at sport" (German); the exchange's monitor who tells her to fake a
stomach ache to skip the bowling and stay in the hostel, where he will come
at 10 and they will have the room to themselves (Spanish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "its mark, ur host dad. on friday when the others go to the disco tell mrs "
            "patel ur feeling sick and stay back. ill come home early, we'll have the "
            "house to ourselves",
            "curfew is 10 but ur teachers are asleep by 11 trust me. come down to the bus "
            "shelter opposite the hostel at half 11, ill be in the grey golf. come alone "
            "and dont tell ur roommate",
            "coach said if i want to start for the u18s i have to go to his flat on sunday "
            "morning for extra video analysis, just me and him. he said not to mention it "
            "in the team chat",
        ],
        "photo_request": [
            "ur proper model material ngl. a scout i know is looking for 15-16 yr olds, "
            "send me 3 pics in ur underwear, front side and back, and ill pass them on. "
            "dont tell ur mum yet its a surprise",
            "for ur fitness plan i need a progress pic every monday, top off and shorts "
            "pulled down a bit so i can check ur hip line. send them on snap not on the "
            "team app",
        ],
        "private_contact": [
            "the class chat has teachers in it lol. get signal and set the messages to "
            "vanish after 1 hour, then we can talk properly. my number is in my bio",
            "delete this convo and add me on telegram, start a secret chat with the timer "
            "on. nobody on the exchange needs to see what we talk about x",
        ],
        "gift_offer": [
            "ill top up ur phone with 30 quid and get u the blue razz vape, nobody sells "
            "them to 15 yr olds lol. just meet me behind the sports hall after 6 and its "
            "yours",
        ],
        "personal_question": [
            "what nights are ur host parents out? and is ur room the one at the top of the "
            "stairs or the one by the back door",
            "how old r u actually, 14 or 15? and do u sleep on ur own at the host family "
            "or share with the other exchange girl",
        ],
        "secrecy": [
            "what happened in my car stays between us yeah. if mr hughes finds out ur off "
            "the trip and ill just say u came onto me",
            "dont screenshot anything i send and dont mention me to ur parents when u get "
            "back. they wouldnt get it, ur way more mature than them",
        ],
        "isolation": [
            "ur exchange partner only hangs out with u cos the school makes her. the rest "
            "of the group take the piss out of ur accent when ur not there. skip tomorrows "
            "trip and spend the day with me instead",
        ],
        "self_harm": [
            "havent eaten properly since we got here, like 400 cals a day max. started "
            "cutting again in the hostel shower so nobody sees the marks",
            "stood on the footbridge over the train tracks for ages last night after "
            "curfew. idk. i just want to disappear fr and nobody would even notice",
        ],
        "disclosure": [
            "my host dad keeps coming into my room at night when his wife is on nights and "
            "sits on my bed. last night he put his hand under the duvet. i dont know who "
            "to tell",
            "jake hit me again after the match bc i was texting a guy from the exchange. "
            "my arm is all purple, ive been wearing hoodies so nobody asks",
        ],
        "violence": [
            "u think ur funny scoring that last minute goal. watch ur back after the "
            "match, me and the lads will be waiting at the car park and ive got my blade",
        ],
        "phone": [
            "the tutor from the revision app said text him instead of using the site so i "
            "saved it: plus 44 seven 7 double 0. nine 0 0. 1 two 3",
        ],
        "contact": [
            "he wants me to come round after the trip, its 27 Marlowe Road flat 3 above "
            "the chippy, or i email him at coach.dan.fit at outlook dot com",
        ],
    },
    "it": {
        "meeting": [
            "sono luca il fratello grande della tua corrispondente. stasera dopo il "
            "coprifuoco delle 23 esci dal retro, ti aspetto in macchina dietro la piazza. "
            "vieni da sola e nn dire niente ai prof",
            "il mio prof di ripetizioni di tedesco dice che sabato i suoi sono via e posso "
            "andare da lui per la lezione cosi stiamo piu tranquilli. mi ha detto di nn "
            "dirlo a mamma xke costa di piu",
            "anche io sono a monaco questa settimana 😏 vediamoci alle 23:30 al parchetto "
            "dietro l'ostello quando i prof dormono. solo tu, le tue amiche stanno in "
            "camera",
        ],
        "photo_request": [
            "hai proprio un fisico da modella, un'agenzia che conosco cerca ragazze della "
            "tua eta. mandami tre foto in intimo, davanti di lato e di schiena, poi gliele "
            "giro io",
            "mio cugino gira un video musicale e cerca una ragazza, mandami foto in "
            "costume da bagno in camera tua, tipo 5 pose diverse, anche sdraiata sul letto",
        ],
        "private_contact": [
            "nel gruppo della classe ci sono i prof, scarica telegram e apri una chat "
            "segreta col timer cosi i messaggi spariscono da soli",
            "cancella questa chat e scrivimi su snap, li nn resta niente e i tuoi nn "
            "possono leggere. il mio nome e ale_zeta07",
        ],
        "gift_offer": [
            "ti ricarico 20 euro sul telefono e ti prendo due biglietti per il concerto di "
            "geolier, basta che prima mi mandi una foto carina solo per me",
        ],
        "personal_question": [
            "a che ora escono i tuoi genitori ospitanti il sabato sera? e la tua camera e "
            "quella col balcone o quella in fondo al corridoio",
            "ma quanti anni hai davvero 14 o 15? dormi da sola o in camera con la tua "
            "corrispondente",
        ],
        "secrecy": [
            "quello che e successo alla festa resta tra noi ok? se lo scopre la prof di "
            "tedesco ti rimandano a casa e io dico che hai cominciato tu",
            "nn fare screen delle nostre chat e quando torni a casa nn parlare di me ai "
            "tuoi, nn capirebbero. tu sei molto piu matura di loro",
        ],
        "isolation": [
            "ti hanno tolto dal gruppo della classe e nessuno ti ha detto niente, vedi? "
            "quelli nn sono amici veri. lascia perdere la serata con loro stasera, vieni "
            "con me",
        ],
        "self_harm": [
            "sono tre giorni che nn mangio niente, al massimo una mela. ieri sera mi sono "
            "tagliata di nuovo nella doccia dell'ostello cosi nessuno vede",
            "stanotte sono rimasta un'ora sul ponte sopra la ferrovia. nn so raga, voglio "
            "solo sparire e basta",
        ],
        "disclosure": [
            "il papa della famiglia che mi ospita entra in camera mia di notte quando la "
            "moglie fa il turno e si siede sul letto. ieri mi ha messo la mano sotto le "
            "coperte",
            "mio padre mi ha tirato una sedia la sera prima della partenza, ho ancora il "
            "livido sul fianco. se lo dico ai prof chiamano a casa e poi e peggio",
        ],
        "violence": [
            "hai fatto il fenomeno col rigore eh? dopo la partita guardati le spalle, ti "
            "aspettiamo in quattro al parcheggio e ti spacchiamo la faccia",
        ],
        "phone": [
            "il tipo della festa dello scambio mi ha chiesto il numero e gliel'ho dato: "
            "+39 tre4sette, 12.34 cinque sei 7. dice che mi scrive stanotte quando i prof "
            "dormono",
        ],
        "contact": [
            "il mister mi ha detto di passare da lui dopo la gita, abita in via Mazzini 41 "
            "interno 6 sopra la pizzeria, oppure gli scrivo a mister.ale.fit chiocciola "
            "gmail punto com",
        ],
    },
    "fr": {
        "meeting": [
            "le coach ma dit que si je veux etre titulaire faut que je passe chez lui "
            "dimanche matin pour un entrainement perso, juste moi et lui. il a dit den "
            "parler a personne dans le groupe",
            "cest l'oncle de ta corres. apres la soirée samedi je te ramene en voiture, "
            "dis aux autres que tu rentres a pied. on fera un petit detour tkt",
            "je suis photographe, jai vu ton insta. viens au studio mardi apres le couvre "
            "feu, 23h, je te fais un shooting gratuit. viens seule stp sinon ca marche pas",
        ],
        "photo_request": [
            "je recrute pour une marque de maillots de bain, tas exactement le profil. "
            "envoie moi des photos en maillot dans ta chambre, plusieurs poses, et une "
            "sans le haut pour le bronzage",
            "pour ton programme muscu jai besoin dune photo chaque semaine torse nu avec "
            "le short un peu baissé, envoie en privé pas sur le groupe du club",
        ],
        "private_contact": [
            "les profs sont dans le groupe de la classe, telecharge signal et mets les "
            "messages ephemeres a 1h, comme ca on peut parler tranquille",
            "supprime cette conv et ajoute moi sur snap, la bas rien reste et tes parents "
            "pourront rien lire. mon pseudo cest nico.lrt",
        ],
        "gift_offer": [
            "je te mets 20 balles de recharge sur ton tel et je te prends une puff gout "
            "fraise, tinquiete personne saura. envoie juste une photo avant",
        ],
        "personal_question": [
            "tes parents daccueil sortent a quelle heure le samedi soir? et ta chambre "
            "cest celle du rez de chaussée ou celle sous le toit",
            "t'as quel age en vrai, 14 ou 15? et tu dors seule ou dans la meme chambre que "
            "ta corres",
        ],
        "secrecy": [
            "ce qui sest passé dans la voiture ca reste entre nous ok? si la prof "
            "dallemand lapprend on te renvoie chez toi et moi je dirai que cest toi qui as "
            "voulu",
            "supprime nos messages tous les soirs et parle pas de moi a ta mere quand tu "
            "rentres. elle comprendrait pas, tes bien plus mature quelle",
        ],
        "isolation": [
            "tes potes du groupe tont meme pas invitée a la soirée de vendredi, ca montre "
            "ce quils pensent de toi. tas pas besoin deux, moi je suis toujours la pour "
            "toi",
        ],
        "self_harm": [
            "jai rien mangé depuis jeudi a part un yaourt. hier soir jme suis encore "
            "scarifiée dans la salle de bain de la famille et jai mis un sweat",
            "je garde les cachets de ma mere dans ma trousse depuis un mois. si ca va pas "
            "mieux apres le voyage je les prends tous dun coup, de toute facon personne "
            "remarquera",
        ],
        "disclosure": [
            "le fils ainé de ma famille daccueil il a 22 ans, il est venu dans mon lit "
            "cette nuit et il ma touchée. jai fait semblant de dormir. jsp quoi faire",
            "mon copain ma serré le cou samedi parce que jai liké la photo dun mec de "
            "lechange. il dit que cest de ma faute et que je le cherche",
        ],
        "violence": [
            "wsh tu fais le malin depuis le match. tu sors du gymnase ce soir on tattend a "
            "trois derriere, et jaurai mon couteau sur moi. fais gaffe a toi",
        ],
        "phone": [
            "le mec de la soirée ma demandé mon num alors je lui ai donné: plus 33 six, "
            "12.34 cinquante six.78, il dit quil mecrit cette nuit",
        ],
        "contact": [
            "le photographe veut que jaille chez lui samedi, cest au 14 rue Victor Hugo, "
            "batiment B, code 4721, 5e etage. sinon son mail cest studio.kev arobase gmail "
            "point com",
        ],
    },
    "de": {
        "meeting": [
            "hey hier ist thomas, dein gastvater. wenn die anderen am freitag zur party "
            "gehen sag frau berger dir ist schlecht und bleib hier. ich komm früher heim, "
            "dann haben wir das haus für uns",
            "mein nachhilfelehrer meint ich soll samstag zu ihm kommen statt in die bib "
            "weil da mehr ruhe ist. seine frau ist nicht da und er sagt ich soll meinen "
            "eltern nix sagen weil die eh nicht zahlen",
            "nach dem turnier fahr ich dich heim, sag den anderen du nimmst den bus. wir "
            "machen noch nen kleinen umweg zu mir, nur wir zwei 😉",
        ],
        "photo_request": [
            "du hast voll die model figur. eine agentur die ich kenne sucht mädels in "
            "deinem alter, schick mir 3 bilder in unterwäsche von vorne seite hinten und "
            "ich leite sie weiter",
            "für die kaderauswahl brauch ich von dir ein körperfoto in unterwäsche vorm "
            "spiegel, mit größe und gewicht dazu. das machen alle, nur nicht in der gruppe "
            "rumzeigen",
        ],
        "private_contact": [
            "in der klassengruppe lesen die lehrer mit lol. lad dir threema runter und "
            "stell die nachrichten auf selbstlöschend, dann können wir richtig reden",
            "lösch den chat hier und adde mich auf snap, da bleibt nix und deine eltern "
            "können nix lesen. bin da als jonas.xx",
        ],
        "gift_offer": [
            "ich kauf dir 2 tickets für das apache konzert und leg noch ne 50 euro amazon "
            "karte drauf. schick mir dafür nur ein schönes bild, aber nur für mich",
        ],
        "personal_question": [
            "wann sind deine gasteltern am wochenende weg? und ist dein zimmer das oben "
            "unterm dach oder unten neben der terrassentür",
            "wie alt bist du eigentlich, schon 16 oder noch 15? schläfst du allein oder "
            "mit deiner austauschpartnerin im zimmer",
        ],
        "secrecy": [
            "was im auto passiert ist bleibt unter uns ok? wenn herr krause das rausfindet "
            "fliegst du von der fahrt und ich sag einfach du wolltest das",
            "mach keine screenshots von unseren chats und erzähl deinen eltern nix von mir "
            "wenn du heimkommst. die würden das nicht verstehen, du bist viel reifer als "
            "die",
        ],
        "isolation": [
            "die anderen aus deiner klasse haben ne gruppe ohne dich gemacht und lästern "
            "da über dich, ich hab screenshots. vergiss die, ab jetzt hast du ja mich",
        ],
        "self_harm": [
            "ich ess seit dem austausch kaum noch was, max 500 kalorien am tag. und ich "
            "ritz mich wieder, unterm ärmel sieht das keiner",
            "stand gestern ewig am bahnsteig als der ice durchgefahren ist und hab "
            "überlegt einfach einen schritt nach vorne zu machen. will einfach weg sein",
        ],
        "disclosure": [
            "mein trainer fasst mich beim dehnen immer da an wo er nicht soll und sagt das "
            "gehört dazu. letzte woche hat er die kabinentür abgeschlossen",
            "mein vater hat mich vorm austausch so gegen den schrank geschubst dass ich ne "
            "platzwunde hatte. ich hab gesagt ich bin beim sport hingefallen",
        ],
        "violence": [
            "digga nach dem spiel am samstag bist du dran. wir sind zu fünft am parkplatz "
            "hinter der halle und dann schlag ich dir die zähne aus. pass bloß auf",
        ],
        "phone": [
            "der typ vom austausch wollte meine nummer also hab ich sie ihm gegeben: +49 "
            "eins sieben 6. 12 34 fünf6 78, er schreibt mir heute nacht",
        ],
        "contact": [
            "mein trainer will dass ich nach der fahrt zu ihm komme, wohnt in der "
            "Lindenstraße 18, hinterhaus, 3. stock klingel weiß. oder ich schreib ihm an "
            "fit.coach.mario at gmx punkt de",
        ],
    },
    "es": {
        "meeting": [
            "soy dani el monitor del intercambio. el viernes cuando vayais a la bolera "
            "dile a la profe que te duele la tripa y quedate en el albergue, me paso a las "
            "10 y tenemos la habitacion para nosotros",
            "el entrenador me dijo q si quiero ser titular tengo q ir a su piso el domingo "
            "por la mañana a ver videos de los partidos, solo el y yo. y q no lo cuente en "
            "el grupo del equipo",
            "estoy en madrid esta semana tb 😏 quedamos a las 12 de la noche en el parque "
            "de detras del hotel cuando los profes esten dormidos. ven sola y no se lo "
            "digas a tu compi de cuarto",
        ],
        "photo_request": [
            "tienes un cuerpo de modelo de verdad. una agencia que conozco busca chicas de "
            "tu edad, mandame 3 fotos en ropa interior de frente de lado y de espaldas y "
            "se las paso yo",
            "para tu plan de gym necesito una foto cada semana sin camiseta y con el "
            "pantalon un poco bajado para ver la cadera. mandala por privado no al grupo "
            "del club",
        ],
        "private_contact": [
            "en el grupo de clase estan los profes, bajate telegram y abre un chat secreto "
            "con autodestruccion asi los mensajes se borran solos",
            "borra esta conversacion y agregame a snap, ahi no queda nada y tus padres no "
            "pueden leer nada. soy alex_rmz09",
        ],
        "gift_offer": [
            "te recargo 20 pavos en el movil y te consigo dos entradas para el concierto "
            "de quevedo. solo mandame antes una fotito para mi, que nadie se entere",
        ],
        "personal_question": [
            "a que hora salen tus padres de acogida el sabado por la noche? tu cuarto es "
            "el del balcon o el del final del pasillo",
            "cuantos años tienes de verdad, 14 o 15? duermes sola o en el cuarto con tu "
            "compi de intercambio",
        ],
        "secrecy": [
            "lo que paso en el coche queda entre nosotros vale? si se entera la profe de "
            "ingles te mandan a casa y yo digo que fuiste tu la que quiso",
            "si tus padres preguntan quien te regalo las entradas di que fue tu tia. lo "
            "nuestro no lo tiene que saber nadie, ni tus amigas",
        ],
        "isolation": [
            "tus padres no te entienden y tus amigas del insti pasan de ti, ya lo has "
            "visto en el viaje. solo yo te escucho de verdad, no les cuentes nada y habla "
            "solo conmigo",
        ],
        "self_harm": [
            "llevo desde el martes sin comer casi nada, un yogur y agua. anoche me volvi a "
            "cortar en el baño del albergue y me puse manga larga",
            "anoche me tome 8 ibuprofenos de golpe a ver que pasaba y solo vomite. la "
            "proxima vez cojo mas, quiero desaparecer y ya",
        ],
        "disclosure": [
            "el hermano mayor de mi familia de acogida tiene 20 años y anoche se metio en "
            "mi cama y me toco. hice como que dormia. ns a quien contarselo",
            "mi novio me pego un bofeton delante de todos en el bus porque hable con un "
            "chico del intercambio. tengo la marca y digo que me di con la puerta",
        ],
        "violence": [
            "tio te crees muy gracioso desde el partido. a la salida del polideportivo te "
            "esperamos tres detras y llevo la navaja. cuidadito",
        ],
        "phone": [
            "el chaval de la fiesta me pidio el numero y se lo di: +34 seis 1 2. 34.56 "
            "siete ocho, dice q me escribe esta noche",
        ],
        "contact": [
            "el monitor quiere que vaya a su piso despues del viaje, es en calle Alcala "
            "112, 4º izquierda, al lado del chino. o le escribo a dani.monitor arroba "
            "hotmail punto com",
        ],
    },
    "pl": {
        "meeting": [
            "hej tu pan marek, opiekun z wymiany. w piatek jak reszta pojdzie na kregle "
            "powiedz pani ze boli cie brzuch i zostan w hostelu. przyjde o 22 i bedziemy "
            "mieli pokoj dla siebie",
            "trener powiedzial ze jak chce grac w pierwszym skladzie to mam przyjsc do "
            "niego w niedziele rano na analize meczow, tylko ja i on. i zebym nie pisal "
            "nic na grupie druzyny",
            "jestem fotografem, widzialem twojego insta. przyjdz we wtorek o 23 do studia "
            "jak wychowawczyni zasnie, zrobie ci sesje za darmo. tylko sama bo inaczej nie "
            "wyjdzie",
        ],
        "photo_request": [
            "masz serio figure modelki. agencja ktora znam szuka dziewczyn w twoim wieku, "
            "wyslij mi 3 fotki w bieliznie z przodu z boku i z tylu a ja im przekaze",
            "jako trener musze sprawdzic twoja postawe, nagraj filmik w samej bieliznie "
            "jak robisz przysiady przed lustrem w pokoju. wyslij na priv",
        ],
        "private_contact": [
            "na grupie klasowej sa nauczyciele xd sciagnij signala i ustaw znikajace "
            "wiadomosci na godzine, wtedy pogadamy normalnie",
            "usun ten czat i dodaj mnie na snapie, tam nic nie zostaje i starzy ci nic nie "
            "przeczytaja. jestem kuba.wwa03",
        ],
        "gift_offer": [
            "doladuje ci telefon za 50 zl i kupie ci jednorazowke o smaku arbuza, nikt sie "
            "nie dowie. tylko podeslij mi wczesniej jakas fajna fotke",
        ],
        "personal_question": [
            "o ktorej twoi goscinni rodzice wychodza w sobote wieczorem? twoj pokoj to ten "
            "na poddaszu czy ten przy tarasie",
            "masz juz 16 czy jeszcze 15? spisz sama czy w pokoju z ta dziewczyna z wymiany",
        ],
        "secrecy": [
            "to co bylo w aucie zostaje miedzy nami ok? jak wychowawczyni sie dowie to cie "
            "odesla do domu a ja powiem ze sama chcialas",
            "jak ktos zapyta skad masz kase na doladowanie to mow ze od babci. o nas nikt "
            "nie moze wiedziec, nawet twoja najlepsza kolezanka",
        ],
        "isolation": [
            "twoja para z wymiany jest z toba tylko bo szkola jej kaze, a reszta sie "
            "smieje z twojego akcentu jak cie nie ma. olej jutrzejsza wycieczke i spedz "
            "dzien ze mna",
        ],
        "self_harm": [
            "od przyjazdu prawie nic nie jem, max jedna kanapka dziennie. wczoraj znowu "
            "sie pocielam pod prysznicem w hostelu i chodze w bluzie",
            "nwm po co jeszcze tu jestem. wszystkim byloby lepiej beze mnie, napisalam juz "
            "list do mamy i schowalam go w walizce",
        ],
        "disclosure": [
            "tata z rodziny u ktorej mieszkam wchodzi w nocy do mojego pokoju jak zona ma "
            "nocke i siada na lozku. wczoraj wlozyl mi reke pod koldre",
            "mama jak wypije to szarpie mnie za wlosy i bije paskiem, dlatego nie chcialam "
            "wracac z wymiany. prosze nie mow wychowawczyni",
        ],
        "violence": [
            "ziom myslisz ze jestes taki zabawny po tym meczu. po treningu czekamy na "
            "ciebie we trzech za hala, przyniose kij bejsbolowy. uwazaj na siebie",
        ],
        "phone": [
            "typ z imprezy chcial moj numer to mu dalam: plus 48 piec zero 1. 23.45 szesc "
            "7 osiem, mowi ze napisze w nocy",
        ],
        "contact": [
            "opiekun chce zebym przyszla do niego po wycieczce, mieszka na ul. Mickiewicza "
            "27 m. 14, domofon 14, klatka B, albo pisze do niego na marek.opiekun malpa "
            "onet kropka pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "3-1 to us!!! we killed them in the second half, their keeper was fuming lol",
        "bus back to the hostel is the 17:45 from platform 4, dont be late or miss will go mental",
        "mr hughes needs ur parents phone numbers on the trip form by thursday, hand it in "
        "at the office",
        "meet at the station at 8 with the whole class, bring ur passport and a packed lunch",
        "im in room 214 with priya and the italian girls are in 216 next door",
        "my mum will literally kill me if im late for the coach again",
        "got 68 on the chem mock, not bad considering i didnt revise at all",
        "the gelato here is unreal, had three today no regrets",
        "has anyone done the spanish vocab homework? what page is it",
        "my exchange partners nonna made lasagne and made me eat two plates, cant move",
        "its pouring here, the boat trip got moved to tomorrow",
        "happy 16th birthday lucy!!! have the best day x",
        "whos got a charger i can borrow, mine died on the bus",
        "for the bake sale: 200g flour, 150g butter, 100g sugar, 180 degrees for 20 mins",
        "honestly gonna kill this maths test tomorrow, ive revised for once",
    ],
    "it": [
        "abbiamo vinto 3-1!!! li abbiamo distrutti nel secondo tempo",
        "il pullman per l'ostello parte alle 17:45 dal binario 4, nn fate tardi",
        "la prof vuole i numeri di telefono dei genitori sul modulo della gita entro giovedi",
        "ci vediamo tutti in stazione alle 8 con la classe, portate la carta d'identita",
        "io sono in camera 214 con giulia, le tedesche sono nella 216",
        "se arrivo tardi mia mamma mi ammazza giuro",
        "ho preso 7 e mezzo nella verifica di latino, nn ci credo",
        "il numero del museo sul programma e 089 2333 7100 se qualcuno vuole chiedere degli orari",
        "raga chi ha fatto gli esercizi di mate a pag 112?",
        "la mamma della mia corrispondente cucina benissimo, stasera schnitzel con patate",
        "piove da tre giorni qui, mi manca il sole",
        "tanti auguri marti per i tuoi 17 anni!!! ti vogliamo bene",
        "qualcuno ha un caricatore? il mio e morto sul treno",
        "il nuovo album di anna e troppo bello, lo ascolto a loop",
        "per la torta della festa servono 250 g di farina, 3 uova e 120 g di zucchero",
    ],
    "fr": [
        "on a gagné 3-1!!! on les a tués en deuxieme mi temps",
        "le bus pour l'auberge cest le 17h45 quai 4, soyez pas en retard",
        "la prof veut les numeros de telephone des parents sur la fiche de sortie avant jeudi",
        "rdv a la gare a 8h avec toute la classe, prenez votre carte d'identité",
        "je suis chambre 214 avec lea, les allemandes sont a la 216",
        "si je rentre en retard ma mere va me tuer serieux",
        "jai eu 14 au controle de physique mdr je pensais avoir 5",
        "ladresse du lycée dans le programme: 12 avenue Jean Jaurès, pour les colis des parents",
        "qqn a fait les exos de maths page 87?",
        "la mere de ma corres fait des crepes de ouf, jen ai mangé 6",
        "il pleut depuis ce matin, la visite du chateau est reportée",
        "joyeux anniv inès 16 ans ca se fete!!!",
        "qqn a un chargeur? le mien est mort dans le train",
        "le nouveau son de aya nakamura tourne en boucle dans la chambre",
        "les allemands jouent au foot ce soir sur le terrain du lycée, qui vient",
    ],
    "de": [
        "3:1 gewonnen!!! in der zweiten halbzeit haben wir die komplett zerlegt",
        "der bus zum hostel ist der um 17:45 von gleis 4, kommt nicht zu spät",
        "frau berger braucht die handynummern von euren eltern auf dem zettel für die "
        "fahrt bis donnerstag",
        "treffpunkt 8 uhr am bahnhof mit der ganzen klasse, ausweis nicht vergessen",
        "ich bin in zimmer 214 mit lena, die italienerinnen sind in 216",
        "wenn ich zu spät komm bringt meine mutter mich um lol",
        "hab ne 2 minus in der mathe klausur, ich kanns nicht glauben",
        "die nummer vom museum steht im programm, 030 9912 4470, falls wer wegen den "
        "öffnungszeiten fragen will",
        "hat wer die englisch hausaufgaben? welche seite war das",
        "die mutter von meiner austauschpartnerin macht mega gute lasagne",
        "es regnet seit tagen, die stadtführung ist auf morgen verschoben",
        "alles gute zum 17. jana!!! feier schön",
        "hat wer ein ladekabel? meins ist im zug gestorben",
        "das neue album von ayliva läuft bei uns im zimmer rauf und runter",
        "für den kuchenverkauf: 250 g mehl, 200 g zucker, 4 eier, 40 min bei 180 grad",
    ],
    "es": [
        "ganamos 3-1!!! en la segunda parte los machacamos",
        "el bus al albergue es el de las 17:45 del anden 4, no lleguéis tarde",
        "la profe quiere los telefonos de los padres en la hoja de la excursion antes del jueves",
        "quedamos en la estacion a las 8 con toda la clase, traed el dni",
        "yo estoy en la habitacion 214 con carla, las italianas estan en la 216",
        "como llegue tarde mi madre me mata jajaja",
        "he sacado un 7,5 en el examen de fisica no me lo creo",
        "la direccion del insti en el programa es avenida de la Paz 40, por si vuestros "
        "padres mandan algo",
        "alguien ha hecho los ejercicios de mates de la pag 112?",
        "la madre de mi compi de intercambio hace una tortilla buenisima",
        "lleva lloviendo desde el lunes, la visita al museo la pasan a mañana",
        "felicidades lucia por tus 16!!! te queremos",
        "alguien tiene cargador? el mio se murio en el tren",
        "el nuevo disco de quevedo esta sonando en bucle en el cuarto",
        "el examen de historia lo mato mañana, he estudiado mazo esta vez",
    ],
    "pl": [
        "wygralismy 3:1!!! w drugiej polowie ich zmiazdzylismy",
        "autobus do hostelu jest o 17:45 z peronu 4, nie spoznijcie sie",
        "wychowawczyni chce numery telefonow rodzicow na karcie wycieczki do czwartku",
        "zbiorka o 8 na dworcu cala klasa, wezcie legitymacje",
        "jestem w pokoju 214 z zosia, wloszki sa w 216",
        "jak sie spoznie to mama mnie zabije serio",
        "dostalam 5 z kartkowki z chemii xd nie wierze",
        "numer do muzeum jest w programie, 22 555 40 17, jakby ktos chcial zapytac o godziny",
        "ktos zrobil zadanie z matmy ze str 112?",
        "mama mojej pary z wymiany robi mega dobra lasagne",
        "od rana leje, zwiedzanie zamku przelozyli na jutro",
        "wszystkiego najlepszego na 18 ola!!! wreszcie pelnoletnia",
        "ma ktos ladowarke? moja padla w pociagu",
        "nowy album taco leci u nas w pokoju na okraglo",
        "do ciasta na kiermasz: 250 g maki, 200 g cukru, 4 jajka, 40 minut w 180 stopniach",
    ],
}
