"""Held-out round 84: digital projects, adults posing as mentors, YouTubers and sponsors.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is the digital work of
partner classes across Europe: a coding club and a game jam, a robotics team
and its competition, a school podcast and a school radio, video-making for a
channel, a stop-motion film or a contest, a class newspaper and a shared blog.
The writers are pupils of six to eighteen, teachers, and adults around the
project or posing as part of it: a tech mentor, a YouTuber or an influencer
with followers to offer, a sponsor from a firm, a contest judge, an older
student from the sixth form or a university. Behind the projects: a makerspace,
an empty media room, a skatepark, a car park, a bus stop, a student's flat, a
station; a thumbnail in pyjamas, a cover photo in a bikini, a video while
changing or after a shower; Telegram, Snapchat, Instagram, a private server, a
second account; a camera, a laptop, a microphone, gift cards and game credits
for a secret; questions about parents' hours, bedrooms, locks, sizes and
bodies; deleting chats, a recording or a video threatened to be posted on the
blog; club mates said to laugh and parents said not to understand; a last
episode, video or post, pills, a craft knife, a roof, a rope, a railway bridge,
food refused, a cat given away; a stepfather, a mother's boyfriend, a
cameraman, a sponsor's man in the store room, a man with a 3D printer in his
garage, an older boy filming, a father with a belt or a cable, an empty fridge,
a child locked in a box room or out on a balcony; a knife, a bat, a hammer, a
hunting rifle and a fire; numbers in digits and in words, home addresses and
private e-mails. The harmless ones are the same words used in the open: club
times and rooms with a teacher there, a robot "killed" in a final, a birthday
video kept secret, drafts to delete, a YouTuber's visit with the whole class, a
sponsor's kits handed over at a parents' evening, anonymous surveys, rules of
the newspaper on names and photos, a soldering burn, school e-mail addresses,
code that is "killing" its writer, with a few notes on episodes, comments and
thanks.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 81, and the written rows): rules and
second opinion 97.5 % recall (117 of 120: meeting 17/18, secrecy 10/12, every
other kind complete; by language fr 19/20, it 18/20, every other language
complete) and 9 false holds in 90 (10.0 %); rules alone 86.7 % (104 of 120:
meeting 16/18, private contact 11/12, secrecy 6/12, self-harm 9/12,
disclosures 10/12, violence 4/6, every other kind complete; by language en
18/20, de 17/20, fr 18/20, it 16/20, es 17/20, pl 18/20) and 9 false holds
(10.0 %). Missed with the second opinion too: a recording of a call to be put
on the class blog for the whole school to hear if the reader talks of the
writer to the school's counsellor, "so not a word" (French, Italian); a
sponsor's compliments on a 3D print and a visit to his workshop from a
station on Thursday, with no need to tell the teacher (Italian). Missed by
the rules alone besides: the same threat of a video or a recording put on
the blog (English, German, Spanish, Polish); a YouTuber's next vlog behind a
supermarket on Wednesday, to come alone, "with friends the shoot won't work"
(German); a private server "only for the best" with the password given in
private and the teacher not invited (Italian); a last blog post or radio
show or podcast episode as a farewell, with a rope in the cellar, a mother's
pills kept for Friday or a railway bridge after school (German, Spanish,
Polish); a video club's man who touches the writer while editing at his flat
"and says it's normal", an older boy filming who makes the writer undress
and threatens to post it all (English, Spanish); a kitchen knife brought to
the club if a montage is deleted again, a father's hunting rifle brought to
school over deleted code (French, Italian). Held, by the rules and the second
opinion: a school e-mail address asked for or given to share a project, its
domain read as a social handle (five languages); a farewell video for a
teacher kept secret until the day (German, as secrecy); a cut with a saw or
a cutter in the workshop, a plaster from the nurse, "nothing serious"
(French, Spanish, as self-harm).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hey its Jake, i was in the robotics team 3 yrs ago 🤖 i can fix ur servo but not at "
            "school, too many ppl watching. come to the makerspace on Quay St sat 11am, just u. "
            "tell ur mum its a club thing",
            "Loved your podcast episode on school dinners! 🎙️ As a sponsor I'd like to record a "
            "bonus interview at our studio. I'll pick you up at the back gate on Thursday at 4. "
            "Don't mention it at home until it's all signed.",
            "wanna be in my next vid?? 📹 80k subs, ur gonna blow up. skatepark sunday 7pm, come "
            "alone tho, parents always make it cringe on camera lol",
        ],
        "photo_request": [
            "ur channel thumbnails r so boring 😴 send me a few pics in ur pjs on ur bed, cosy "
            "vibe gets more clicks trust me. delete them from ur phone after",
            "Hi Mia, I'm one of the judges of the video contest 🎬 To check your lighting, film "
            "yourself in the bathroom straight after your shower and send it to me directly, "
            "not through Mr Evans.",
        ],
        "private_contact": [
            "ur python is crazy good for 12 👾 this club chat is too slow for proper mentoring, "
            "get Telegram and msg me @devmentor_kev. dont mention it here, mods read everything",
            "The blog comments are checked by the school, so let's carry on on Snapchat 👻 make "
            "a new account your parents don't know about and add me, I'll explain the editing "
            "tricks there.",
        ],
        "gift_offer": [
            "i'll send u 2000 robux AND a raspberry pi kit for ur game 🎁 consider it "
            "sponsorship. only rule: ur teacher and ur parents cant know, or every kid in the "
            "club will want one",
        ],
        "personal_question": [
            "for the podcast guest intro tell me about ur day 🎙️ what time do ur parents get "
            "back from work? r u home alone after school? is ur bedroom upstairs or down?",
            "u look way older in the newspaper photo 😏 how tall r u now, what size do u wear? "
            "got a bf? do u sleep on ur own or share with ur sister?",
        ],
        "secrecy": [
            "delete our DMs after every coding lesson ok? 🔒 if anyone finds out about our extra "
            "lessons i have to stop and ur project is dead. this stays between us",
            "remember the video u sent me on tuesday 📹 if u say one word about me to ms carter "
            "it goes up on the class blog for the whole school. so keep ur mouth shut",
        ],
        "isolation": [
            "saw how they laughed at ur idea in robotics 🙄 they dont want u in the team tbh. "
            "and ur parents dont get any of this tech stuff. i'm the only one who really gets "
            "u, u dont need them",
        ],
        "self_harm": [
            "uploaded the last episode of my podcast. that's my goodbye i guess 🎙️🖤 nobody's "
            "gonna miss my voice. ive been saving mums sleeping pills for friday",
            "bot broke again in the heat and everyone blamed me 😞 i cut my arm again last night "
            "with the craft knife from the workshop. only thing that helps, long sleeves tmrw",
        ],
        "disclosure": [
            "can i write something for the newspaper thats not a story? my stepdad hits me when "
            "he drinks and mum says to keep quiet. theres bruises all down my back 😢",
            "sir i cant come to video club anymore. the man who films our stuff touches me when "
            "we edit at his flat and says its normal. pls dont tell him i told",
        ],
        "violence": [
            "if Ryan deletes our match footage one more time im bringing my brothers knife to "
            "club on tuesday and he'll see. not joking 🔪",
        ],
        "phone": [
            "for the drone workshop just whatsapp me, its oh seven nine one one, two two three, "
            "four five six 🚁 keep it off the group chat",
        ],
        "contact": [
            "send the soldering kit to my house not school: 14 Ashgrove Road, Leeds LS6 2BT. or "
            "email me privately at tom.fixit88@gmail.com 📦",
        ],
    },
    "de": {
        "meeting": [
            "Hey, ich bin Lukas aus der 12 und mach den Schnitt für eure Schülerzeitungs-Doku 🎬 "
            "Komm Freitag um 17 Uhr in den Medienraum, dann ist keiner mehr da. Sag daheim, die "
            "Redaktion dauert länger.",
            "Als Sponsor der Zeitung möchte ich dir den Preis für den besten Artikel persönlich "
            "überreichen 🏆 Ich hol dich Samstag um 10 am Bahnhof ab, wir fahren in meine Firma. "
            "Deinen Eltern sagen wir's danach.",
            "na du 😘 für meinen nächsten vlog brauch ich jemand wie dich. mittwoch 18 uhr "
            "hinterm edeka? aber allein kommen, mit freundinnen klappt der dreh nicht",
        ],
        "photo_request": [
            "Fürs Titelblatt der Sommerausgabe brauch ich noch ein Foto von dir im Bikini 👙 am "
            "besten heute Abend in deinem Zimmer. Zeig's nicht der Redaktion, das ist zwischen "
            "uns.",
            "schick mir mal n video wie du dich umziehst, für mein outfit-tutorial 😏 dein "
            "gesicht schneid ich raus, versprochen",
        ],
        "private_contact": [
            "Der Schulblog ist mir zu öffentlich, lass uns auf Snapchat weiterschreiben 👻 Ich "
            "bin techmentor_felix. Da löschen sich die Nachrichten eh von selbst.",
            "hab dir nen invite zu meinem privaten discord geschickt 🎮 nur für die besten aus "
            "der programmier-ag. passwort kommt per dm, den herrn lang bitte nicht einladen",
        ],
        "gift_offer": [
            "Ich schenk dir meine alte GoPro für euren Kanal 📹 Du musst sie nur bei mir zuhause "
            "abholen und darfst keinem sagen, von wem sie ist, auch deiner Mama nicht.",
        ],
        "personal_question": [
            "wann sind deine eltern abends eigentlich weg? 🤔 und hast du ein eigenes zimmer mit "
            "schloss? frag nur wegen dem interview für die zeitung",
            "Du wirkst im Video so erwachsen. Wie groß bist du jetzt, wie viel wiegst du? Hast "
            "du schon einen Freund gehabt? 😊",
        ],
        "secrecy": [
            "lösch unseren chat nach jeder python-nachhilfe, ok? 🔒 wenn deine mutter das sieht, "
            "darf ich dir nicht mehr helfen und ihr fliegt aus dem wettbewerb",
            "Wenn du Frau Berger von unseren Videocalls erzählst, stell ich die Aufnahme von "
            "dir auf den Blog. Dann sieht's die ganze Schule. Also Klappe halten 🤐",
        ],
        "isolation": [
            "die anderen aus der video-ag finden dich eh peinlich, hab's im gruppenchat gesehen "
            "🙄 und deine eltern checken youtube null. nur ich glaub an dich, die brauchst du "
            "nicht",
        ],
        "self_harm": [
            "hab heute meinen letzten blogeintrag hochgeladen. danach bin ich weg für immer 🖤 "
            "das seil liegt schon im keller, morgen wenn keiner da ist",
            "ess seit dem wettbewerb fast nix mehr, 3 tage nur wasser 😔 ich verdien das nicht "
            "nach der blamage mit dem roboter. will einfach verschwinden",
        ],
        "disclosure": [
            "kann ich was anonymes für die schülerzeitung schreiben? mein papa schlägt mich mit "
            "dem gürtel wenn ich ne 5 hab. mama sagt ich soll nix erzählen",
            "Frau Kaya, der Mann vom Sponsor fasst mich immer an, wenn wir im Lager die Kisten "
            "packen. Er sagt, das ist unser Geheimnis. Ich will da nicht mehr hin.",
        ],
        "violence": [
            "wenn jonas nochmal unsere tonspur löscht, bring ich morgen den baseballschläger "
            "mit in die ag und hau ihm den schädel ein. ich schwör",
        ],
        "phone": [
            "ruf mich wegen dem interview an, nicht hier schreiben: null eins sieben sechs, "
            "drei zwei eins, vier fünf acht neun null 📞",
        ],
        "contact": [
            "Schick die Kamera an meine Privatadresse: Lindenstraße 23, 50674 Köln. Oder "
            "schreib mir an max.dreher.privat@gmx.de, nicht über die Schul-Mail 📦",
        ],
    },
    "fr": {
        "meeting": [
            "Salut, c'est Théo, en terminale 😎 je t'aide pour le montage de ta chaîne mais pas "
            "au CDI, y a trop de monde. Viens chez moi mercredi 14h, dis à tes parents que t'es "
            "à la médiathèque.",
            "Bravo pour ta vidéo sur le tri des déchets ! 🎥 Je suis youtubeur et j'aimerais "
            "tourner avec toi. Rendez-vous samedi 16h au parking du centre commercial, viens "
            "seule, sinon tu seras intimidée.",
            "en tant que parrain du club drone je t'invite à un vol d'essai privé 🚁 dimanche 9h "
            "au terrain derrière la zone industrielle. pas la peine d'en parler à Mme Lefèvre, "
            "c'est pour les meilleurs",
        ],
        "photo_request": [
            "pour la bannière du blog il me faut une photo de toi en maillot 👙 prise dans ta "
            "chambre ce soir. envoie-la à moi directement, pas dans le dossier partagé",
            "fais-moi une petite vidéo de toi qui danses en pyjama pour ma chaîne 😏 personne "
            "saura que c'est toi, je floute ton visage promis",
        ],
        "private_contact": [
            "Les commentaires du blog sont lus par les profs, on continue sur WhatsApp ? 📱 "
            "Crée-toi un deuxième compte que tes parents ne voient pas, je t'envoie le lien.",
            "tu filmes trop bien pour ton âge 👾 rejoins mon serveur privé, je coache que les "
            "meilleurs. dis rien dans le groupe de la classe, les profs fouillent partout",
        ],
        "gift_offer": [
            "Je t'offre une carte cadeau de 150 € pour ta nouvelle caméra 🎁 En échange tu viens "
            "me remercier en personne et tu n'en parles à personne, même pas à ta mère.",
        ],
        "personal_question": [
            "pour ma vidéo sur la vie des ados 🎥 tu rentres à quelle heure et tes parents "
            "finissent le boulot quand ? t'es seule chez toi le mercredi aprem ?",
            "t'as l'air plus grande sur la photo du blog 😏 tu fais quelle taille de soutif "
            "maintenant ? tu dors toute seule dans ta chambre ?",
        ],
        "secrecy": [
            "efface nos messages après chaque séance de montage stp 🔒 si ta mère tombe dessus "
            "j'arrête de t'aider et ta vidéo pour le concours est fichue",
            "si tu parles de moi à la CPE, je mets l'enregistrement de notre appel sur le blog "
            "de la classe. tout le monde l'entendra. alors motus 🤐",
        ],
        "isolation": [
            "les autres du club vidéo se moquent de toi dans ton dos, je l'ai vu 🙄 et tes "
            "parents comprennent rien à ce que tu crées. moi seul je te comprends, t'as besoin "
            "de personne d'autre",
        ],
        "self_harm": [
            "j'ai posté ma dernière vidéo, c'est mes adieux 🖤 de toute façon personne verra la "
            "différence. ce soir je monte sur le toit de l'immeuble, 11 étages ça suffit",
            "après la honte à la projection je me suis encore coupée avec le cutter de "
            "l'atelier 😔 ça me soulage, je mets des manches longues pour que personne voie",
        ],
        "disclosure": [
            "madame je peux écrire un article anonyme ? le copain de ma mère me frappe quand "
            "elle est au travail et il dit que si je parle il la quitte. j'ai des bleus aux bras",
            "le monsieur qui tient la caméra pour nos vidéos me touche quand on monte les films "
            "chez lui, il dit que c'est normal entre nous. je veux plus y aller 😢",
        ],
        "violence": [
            "si Enzo supprime encore notre montage, je ramène le couteau de cuisine au club "
            "jeudi et il va voir ce qu'il va voir. je rigole pas 🔪",
        ],
        "phone": [
            "appelle-moi pour le tournage, pas ici : zéro six, douze, trente-quatre, "
            "cinquante-six, soixante-dix-huit 📞 après 21h c'est mieux",
        ],
        "contact": [
            "envoie le drone chez moi : 12 rue des Lilas, 69003 Lyon. ou écris-moi sur ma boîte "
            "perso julien.mentor75@orange.fr, pas sur l'ENT 📦",
        ],
    },
    "it": {
        "meeting": [
            "ciao sono Marco, studio ingegneria al Poli e faccio da tutor alla game jam 🎮 ti "
            "aiuto col tuo gioco ma vieni da me sabato alle 15, da solo. ai tuoi di' che sei da "
            "un compagno",
            "Complimenti per la stampa 3D del tuo progetto! 🖨️ Come sponsor vorrei mostrarti il "
            "nostro laboratorio. Ti aspetto davanti alla stazione giovedì alle 17:30, non serve "
            "avvisare la prof Ricci.",
            "ehi piccola 😍 ho 120k follower e cerco una ragazza per il mio prossimo video. ci "
            "vediamo al parcheggio del centro commerciale venerdì alle 19, vieni sola senza "
            "dirlo a mamma",
        ],
        "photo_request": [
            "per la copertina del vostro videogioco mi serve una tua foto in costume 👙 fattela "
            "stasera in camera tua e mandala solo a me, non al gruppo del coding",
            "mandami un video mentre ti cambi per il tutorial di moda 😏 ti taglio la faccia, "
            "nessuno saprà che sei tu",
        ],
        "private_contact": [
            "La chat del corso è controllata dalla scuola, meglio scriverci su Telegram 📲 Il "
            "mio nick è tutor_luca_dev. Non dirlo in classe sennò tutti vogliono lezioni gratis.",
            "sei bravissimo con Scratch per avere 10 anni 👾 entra nel mio server privato, solo "
            "per i migliori. la password te la do in privato, non invitare la maestra",
        ],
        "gift_offer": [
            "Ti regalo il mio vecchio portatile per programmare 💻 devi solo venire a prenderlo "
            "a casa mia e non dire a nessuno da chi l'hai avuto, nemmeno ai tuoi genitori.",
        ],
        "personal_question": [
            "per l'intervista del giornalino 🗞️ a che ora tornano i tuoi dal lavoro? stai da "
            "solo a casa il pomeriggio? la tua cameretta ha la chiave?",
            "nel video sembri molto più grande 😏 quanto sei alta adesso, quanto pesi? hai già "
            "avuto un ragazzo? dormi da sola?",
        ],
        "secrecy": [
            "cancella i nostri messaggi dopo ogni lezione di python ok? 🔒 se tua madre li legge "
            "non posso più aiutarti e il tuo gioco non va alla finale",
            "se racconti alla prof Ricci delle nostre videochiamate, metto la registrazione sul "
            "blog della classe. la vedrà tutta la scuola. quindi zitta 🤐",
        ],
        "isolation": [
            "i tuoi compagni della game jam ti usano e basta, ridono del tuo codice 🙄 e i tuoi "
            "non capiscono niente di giochi. solo io ti capisco davvero, non ti servono loro",
        ],
        "self_harm": [
            "ho finito il mio ultimo livello del gioco e poi basta, chiudo tutto 🖤 ho già "
            "regalato la mia console e il gatto a mia cugina. stanotte prendo le pastiglie di "
            "nonna",
            "dopo la figuraccia alla presentazione mi sono tagliata di nuovo con il taglierino "
            "del laboratorio 😔 mi calma, metto le maniche lunghe",
        ],
        "disclosure": [
            "prof posso scrivere un articolo anonimo? a casa non c'è mai niente da mangiare, "
            "mamma sparisce per giorni e io devo badare a mio fratello di 4 anni 😢",
            "il signore che ci presta la stampante 3D mi tocca quando siamo da soli nel suo "
            "garage e dice che è un gioco nostro. non voglio più andare",
        ],
        "violence": [
            "se Matteo cancella ancora il nostro codice porto il fucile da caccia di mio padre "
            "a scuola e lo faccio pentire. giuro",
        ],
        "phone": [
            "scrivimi su whatsapp per il progetto, non qui: tre tre tre, uno due tre, quattro "
            "cinque sei sette 📱 dopo cena",
        ],
        "contact": [
            "mandami la scheda arduino a casa: via Garibaldi 17, 40121 Bologna. oppure scrivimi "
            "alla mail privata luca.tutor92@libero.it 📦",
        ],
    },
    "es": {
        "meeting": [
            "holaa soy Dani de 2º de bachi 😎 te ayudo con el stop-motion pero en el recreo no, "
            "hay mucha gente. vente a mi casa el sábado a las 12 y a tus padres diles que estás "
            "en la biblio",
            "Me ha encantado tu programa en la radio del cole 📻 Soy patrocinador y quiero "
            "grabar una entrevista contigo en mi estudio. Te recojo el jueves a las 17:00 en la "
            "parada del bus, no hace falta que lo sepan tus padres.",
            "eyy tengo 200k en tiktok y quiero hacer un collab contigo 🤳 nos vemos el domingo a "
            "las 20h en el parque de atrás del polideportivo, ven sola que si no te cortas",
        ],
        "photo_request": [
            "para el casting del corto necesito fotos tuyas en bañador 👙 hazlas esta noche en "
            "tu cuarto y mándamelas solo a mí, a la profe Ruiz no",
            "grábate un vídeo bailando en pijama en tu cama para mi canal 😏 no sale tu cara, "
            "prometido, y luego lo borras del móvil",
        ],
        "private_contact": [
            "El blog de clase lo revisan los profes, mejor seguimos por Instagram 📸 Hazte una "
            "cuenta privada que no vean tus padres y me sigues, te paso los trucos de edición.",
            "eres un crack con los robots para tener 11 años 🤖 descárgate Telegram y háblame a "
            "@mentor_robotix. no lo pongas en el grupo del club, los monitores lo leen todo",
        ],
        "gift_offer": [
            "Te regalo una tarjeta de 100 € para la app de edición y un micro nuevo para el "
            "podcast 🎁 solo tienes que venir a por ello tú solo y no decírselo a nadie, ni a tu "
            "madre.",
        ],
        "personal_question": [
            "para la entrevista de la radio 📻 ¿a qué hora llegan tus padres del curro? ¿estás "
            "solo en casa por las tardes? ¿tu cuarto tiene pestillo?",
            "en el vídeo pareces mucho mayor 😏 ¿cuánto mides ya y qué talla usas? ¿has tenido "
            "novio? ¿duermes sola?",
        ],
        "secrecy": [
            "borra nuestros chats después de cada clase de programación vale? 🔒 si tu madre los "
            "ve ya no te puedo ayudar y tu equipo no va a la final",
            "si le cuentas a la profe Ruiz lo de nuestras videollamadas, subo la grabación tuya "
            "al blog de la clase y la ve todo el insti. así que calladita 🤐",
        ],
        "isolation": [
            "los del club de robótica se ríen de ti cuando no estás, los he oído 🙄 y tus padres "
            "no entienden nada de lo tuyo. solo yo te entiendo de verdad, a ellos no los "
            "necesitas",
        ],
        "self_harm": [
            "mi último programa de radio fue mi despedida 📻🖤 nadie se va a dar cuenta si no "
            "estoy. ya tengo guardadas las pastillas de mi madre para el viernes",
            "después de quedar últimos en la liga de robótica me he vuelto a cortar con el "
            "cúter del taller 😔 es lo único que me calma, llevo manga larga",
        ],
        "disclosure": [
            "profe, ¿puedo escribir algo anónimo en el periódico? mi padrastro me pega cuando "
            "bebe y me encierra en el trastero toda la noche. mi madre dice que me calle",
            "el chico mayor que nos graba los vídeos me hace quitarme la ropa en su casa para "
            "unas tomas y dice que si lo cuento lo sube todo. tengo 12 años y miedo 😢",
        ],
        "violence": [
            "como Hugo vuelva a borrar nuestro corto le prendo fuego a su mochila con él al "
            "lado. ya tengo el mechero y la gasolina de la moto de mi tío",
        ],
        "phone": [
            "llámame para lo de la grabación, no aquí: 6 1 2 - 3 4 5 - 6 7 8 📞 mejor después de "
            "las 22h que mis padres ya no miran",
        ],
        "contact": [
            "mándame el kit de robótica a casa: calle del Olmo 8, 3º B, 28012 Madrid. o "
            "escríbeme al correo personal javi.mentor.tech@hotmail.es 📦",
        ],
    },
    "pl": {
        "meeting": [
            "cześć, jestem Kuba, studiuję na politechnice i pomagam drużynie robotycznej 🤖 "
            "naprawię ci czujnik, ale nie w szkole. przyjdź w sobotę o 11 do mnie na stancję, "
            "sam. rodzicom powiedz, że masz kółko",
            "Gratuluję artykułu w gazetce szkolnej! 📰 Jako sponsor chcę ci osobiście wręczyć "
            "nagrodę. Odbiorę cię w piątek o 16:30 spod Żabki koło szkoły, pani Nowak nie musi "
            "o tym wiedzieć.",
            "hej mała 😘 mam 90 tys. subów na yt i szukam kogoś do nowego filmiku. spotkajmy się "
            "w niedzielę o 19 za galerią, ale przyjdź sama, bez koleżanek",
        ],
        "photo_request": [
            "do nagłówka na blogu klasowym potrzebuję twojego zdjęcia w stroju kąpielowym 👙 "
            "zrób je dziś wieczorem w swoim pokoju i wyślij tylko mi, nie do folderu",
            "nagraj mi filmik jak się przebierasz, to do tutorialu o stylizacjach 😏 twarz "
            "wytnę, nikt się nie dowie",
        ],
        "private_contact": [
            "Na platformie szkolnej wszystko czytają nauczyciele, pisz do mnie na Messengerze 💬 "
            "Załóż drugie konto, którego rodzice nie znają, i dodaj mnie: Mentor Programowania.",
            "masz talent do kodowania jak na 10 lat 👾 wejdź na mój prywatny serwer, tylko dla "
            "najlepszych. hasło dam ci na priv, pani od informy nie zapraszaj",
        ],
        "gift_offer": [
            "Dam ci 500 zł doładowania do gry i nowe słuchawki do podcastu 🎧 tylko musisz je "
            "odebrać u mnie osobiście i nikomu nie mówić, od kogo masz, nawet mamie.",
        ],
        "personal_question": [
            "do wywiadu do gazetki 📰 o której rodzice wracają z pracy? jesteś sama w domu po "
            "szkole? masz swój pokój z zamkiem?",
            "na filmiku wyglądasz na starszą 😏 ile masz wzrostu i jaki rozmiar nosisz? miałaś "
            "już chłopaka? śpisz sama w pokoju?",
        ],
        "secrecy": [
            "kasuj naszą rozmowę po każdej lekcji programowania, ok? 🔒 jak mama to zobaczy, nie "
            "będę mógł ci pomagać i odpadniesz z konkursu",
            "jak powiesz pani Nowak o naszych rozmowach wideo, wrzucę nagranie z tobą na bloga "
            "klasy. zobaczy cała szkoła. więc buzia na kłódkę 🤐",
        ],
        "isolation": [
            "ci z kółka robotycznego śmieją się z ciebie za plecami, widziałem 🙄 a twoi starzy "
            "nic nie rozumieją z tego co robisz. tylko ja cię naprawdę rozumiem, oni ci "
            "niepotrzebni",
        ],
        "self_harm": [
            "nagrałam ostatni odcinek podcastu, to moje pożegnanie 🎙️🖤 nikt nie zauważy że mnie "
            "nie ma. jutro po szkole idę na most kolejowy, już postanowiłam",
            "po tej kompromitacji na zawodach znowu się pocięłam nożykiem z pracowni 😔 tylko to "
            "pomaga, noszę długie rękawy żeby nikt nie widział",
        ],
        "disclosure": [
            "proszę pani, mogę napisać anonimowo do gazetki? tata pije i bije mamę i mnie "
            "kablem, a wczoraj zamknął mnie na balkonie na całą noc 😢",
            "pan, który pomaga nam montować filmy, dotyka mnie, jak jesteśmy sami w jego "
            "mieszkaniu, i mówi, że to nasza tajemnica. nie chcę tam już chodzić",
        ],
        "violence": [
            "jak Bartek jeszcze raz skasuje nasz kod to przyniosę młotek z warsztatu taty i "
            "rozwalę mu łeb na informatyce. serio",
        ],
        "phone": [
            "zadzwoń do mnie w sprawie nagrania, nie tutaj: sześćset dwa, trzysta czterdzieści "
            "pięć, sześćset siedemdziesiąt osiem 📞 najlepiej po 21",
        ],
        "contact": [
            "wyślij mi zestaw lego na adres domowy: ul. Kwiatowa 8/14, 31-234 Kraków. albo "
            "napisz na prywatny mail k.mentor.robo@wp.pl 📦",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "robotics club moved to room 14 this tuesday 3.30, bring ur laptops!! mr patel is there "
        "the whole time 💻🤖",
        "our bot got KILLED in the final 💀 3-7 vs the team from Lyon. we'll destroy them next "
        "year",
        "podcast ep 3 is live 🎙️ we interviewed the dinner ladies about chips lol, link on the "
        "class blog",
        "dont tell Emma about the birthday video we're editing for her!! secret till the 22nd 🤫",
        "can someone delete the old draft from the blog pls, its full of typos 😅",
        "the youtuber who came on monday was sooo funny, he showed the whole class how he edits "
        "and mr evans had a go too 🎬",
        "newspaper survey: how many hours are u online after school? fav app? its anonymous, 10 "
        "questions 📊",
        "Newspaper rule reminder: first names only, never a pupil's address or phone number, "
        "and ask before posting any photo of a classmate.",
        "burnt my finger on the soldering iron 😬 nurse put it under cold water, im fine",
        "this code is literally killing me 😵 4 hrs for one missing bracket",
        "pls send me ur school email (the one ending @stmarys.sch.uk) so i can share the "
        "Scratch game with u",
        "Ms Carter: the sponsor's team will visit on 5 May to hand each partner school two "
        "micro:bit sets. Parents are welcome at the presentation in the hall.",
        "video project: we still need shots of the school garden and the bike racks 📸 upload to "
        "the shared folder by friday",
        "Thank you to the class in Graz for your comments on our recycling post! 🌍",
        "the intro music on ep 2 is way louder than our voices, can someone fix the levels?",
    ],
    "de": [
        "Drehtag für die Doku: Samstag 10 Uhr am Stadtpark, die ganze Video-AG mit Herrn Lang. "
        "Eltern sind herzlich eingeladen 🎬",
        "pssst das abschiedsvideo für frau berger ist geheim!! keiner verrät was bis zum 12.3. 🤫",
        "wir wurden beim robo-cup komplett zerlegt 💀 platz 14 von 15, nächstes jahr machen wir "
        "die fertig",
        "Für die Schülerzeitung gilt: keine Fotos von Mitschülern ohne Einverständnis, keine "
        "Adressen, keine Handynummern.",
        "kann einer den alten entwurf aus dem blog löschen, da stehen noch die falschen termine "
        "drin",
        "Umfrage für die Zeitung: Wie lange bist du nach der Schule am Handy? Anonym, 8 Fragen, "
        "bis Freitag 📊",
        "Die Firma, die unsere AG sponsert, schenkt jeder Partnerschule zwei Lego-Spike-Sets. "
        "Übergabe beim Elternabend am 20. Mai.",
        "der youtuber war heute in der aula, hat uns allen gezeigt wie er thumbnails macht 😂 "
        "frau kaya hat mitgeschrieben",
        "hab mich an der heißklebepistole verbrannt 🥵 die sani hat kühlgel drauf, alles gut",
        "fürs interview mit dem hausmeister: wann fängt er morgens an und wie viele schlüssel "
        "hat er? 🔑 lustige fragen gesucht",
        "mein roboter fährt nur im kreis, ich dreh gleich durch 😵 wer hat den code von letzter "
        "woche?",
        "schick mir deine schul-mail (die mit @gym-ost.de), dann teil ich das scratch-projekt",
        "Bitte alle Fotos fürs Titelblatt der Sommerausgabe bis 30.6. in den geteilten Ordner "
        "laden, am besten vom Sportfest 📸",
        "Danke an die Klasse aus Sevilla für die Kommentare zu unserem Blogbeitrag! ¡Gracias! 🌍",
        "Folge 4 ist online 🎙️ Thema Pausenbrot, hört mal rein",
    ],
    "fr": [
        "club drone ce mercredi 14h au gymnase, avec M. Girard 🚁 on teste le vol en intérieur, "
        "prévoyez vos chargeurs",
        "chut c'est une surprise : on monte une vidéo pour le départ à la retraite de Mme "
        "Lefèvre 🤫 rien à personne avant le 28 juin",
        "on s'est fait massacrer à la compétition 💀 8e sur 9, mais le robot de Lucas a quand "
        "même tué la dernière épreuve",
        "Rappel pour le blog : pas de nom de famille, pas d'adresse ni de numéro de téléphone, "
        "et on demande avant de publier une photo d'un élève.",
        "quelqu'un peut effacer l'ancien brouillon sur le blog, y a encore les mauvaises dates "
        "dedans",
        "le youtubeur qui est venu au collège lundi était trop drôle 😂 il a montré à toute la "
        "classe comment il monte ses vidéos, même M. Girard a essayé",
        "sondage pour le journal : combien d'heures tu passes sur ton téléphone après l'école ? "
        "anonyme, 12 questions 📊",
        "Notre sponsor offre trois kits Arduino à chaque école partenaire 🎁 La remise aura lieu "
        "à la réunion des parents le 15 mai.",
        "pour l'interview de la cantinière : à quelle heure elle commence le matin et combien "
        "de repas par jour ? 🍝",
        "je me suis coupé avec la scie de l'atelier, l'infirmière m'a mis un pansement, rien de "
        "grave 🩹",
        "ce bug me tue 😵 3h pour un point-virgule oublié",
        "envoie-moi ton adresse mail de l'ENT pour que je te partage le projet Scratch",
        "pour la vidéo il faut encore des plans de la cour et du potager 📸 mettez-les dans le "
        "dossier partagé avant vendredi",
        "Merci à la classe de Cracovie pour vos commentaires sur notre article ! Dziękujemy 🌍",
        "l'épisode 5 du podcast est en ligne, sur le thème du harcèlement, merci aux invités 🎙️",
    ],
    "it": [
        "game jam venerdì dalle 14 alle 18 in aula informatica, c'è la prof Ricci 🎮 portate "
        "cuffie e chiavetta",
        "sssh il video per il compleanno del prof Bianchi è segreto!! nessuno dica niente fino "
        "al 3 aprile 🤫",
        "alla gara di robotica ci hanno distrutti 💀 ultimi su 12, il nostro robot è morto dopo "
        "2 minuti 😂",
        "Regole del giornalino: niente cognomi, indirizzi o numeri di telefono degli alunni, e "
        "chiedete sempre prima di pubblicare una foto.",
        "qualcuno può cancellare la vecchia bozza dal blog? ci sono ancora gli orari sbagliati",
        "lo youtuber venuto a scuola martedì ha fatto una lezione di montaggio a tutta la "
        "classe, troppo forte 🎬 anche la prof ha provato",
        "sondaggio per il giornalino: quante ore passi al telefono dopo scuola? anonimo, 10 "
        "domande 📊",
        "Lo sponsor regala due stampanti 3D alle scuole partner 🖨️ la consegna sarà alla "
        "riunione con i genitori il 18 maggio.",
        "mi sono bruciata con la penna 3D 🥵 la bidella mi ha messo il ghiaccio, tutto ok",
        "per l'intervista al bidello: a che ora apre la scuola la mattina e quante chiavi ha? 😂",
        "questo codice mi sta uccidendo 😵 due ore per una parentesi",
        "mandami la tua mail della scuola (quella @icverdi.edu.it) così ti condivido il "
        "progetto Scratch",
        "ho trovato un tutor bravissimo per Python: è il corso gratuito del comune il giovedì "
        "in biblioteca, con tutta la classe 💻",
        "Grazie alla classe di Leeds per i commenti sul nostro post sul riciclo! Thank you 🌍",
        "la puntata 2 del podcast ha il volume troppo basso, chi la sistema?",
    ],
    "es": [
        "taller de stop-motion el jueves a las 16h en el aula 12 con la profe Ruiz 🎬 traed "
        "plastilina y el móvil cargado",
        "shhh el vídeo de despedida para el conserje es secreto!! nadie dice nada hasta el 20 "
        "de junio 🤫",
        "nos han machacado en la liga de robótica 💀 13-2, nuestro robot murió en la primera "
        "ronda jajaja",
        "Normas del periódico: nada de apellidos, direcciones ni teléfonos de alumnos, y "
        "siempre pedir permiso antes de subir una foto.",
        "alguien puede borrar el borrador viejo del blog? tiene las fechas mal",
        "el youtuber que vino el lunes al insti nos enseñó a toda la clase cómo graba sus "
        "vídeos, la profe también lo probó 😂",
        "encuesta para el periódico: ¿cuántas horas pasas con el móvil después de clase? "
        "anónima, 9 preguntas 📊",
        "La empresa que patrocina el club regala dos kits de robótica a cada cole socio 🎁 la "
        "entrega será en la reunión de familias el 22 de mayo.",
        "me he cortado con el cúter haciendo el decorado del corto, la enfermera me ha puesto "
        "una tirita, nada grave 🩹",
        "para la entrevista de la radio al conserje: ¿a qué hora abre el cole y cuántas llaves "
        "tiene? 🔑",
        "este programa me está matando 😵 3 horas por un punto y coma",
        "pásame tu correo del cole (el de @educa.madrid.org) y te comparto el proyecto de Scratch",
        "el de 2º de bachi que nos ayuda con la radio viene el martes al recreo, en el estudio "
        "con la profe Ruiz 📻",
        "¡Gracias a la clase de Bolonia por los comentarios en nuestro blog! Grazie 🌍",
        "el programa 6 de la radio ya está subido, va de las fiestas del barrio 📻",
    ],
    "pl": [
        "kółko robotyczne w tym tygodniu w czwartek o 14:30 w sali 21, jest pani Nowak 🤖 weźcie "
        "laptopy",
        "ciii filmik na urodziny pana dyrektora to tajemnica!! nikt nic nie mówi do 15 maja 🤫",
        "rozjechali nas na zawodach 💀 przedostatnie miejsce, nasz robot padł po minucie 😂 za "
        "rok ich zniszczymy",
        "Zasady gazetki: bez nazwisk, adresów i numerów telefonów uczniów, a przed wrzuceniem "
        "zdjęcia zawsze pytamy o zgodę.",
        "ktoś może usunąć stary szkic z bloga? są tam złe daty",
        "youtuber, który był u nas w poniedziałek, pokazał całej klasie, jak montuje filmiki, "
        "pani Nowak też próbowała 🎬",
        "ankieta do gazetki: ile godzin dziennie siedzisz w telefonie po szkole? anonimowa, 10 "
        "pytań 📊",
        "Firma, która sponsoruje kółko, przekaże każdej szkole partnerskiej dwa zestawy Lego 🎁 "
        "Wręczenie na zebraniu z rodzicami 19 maja.",
        "oparzyłem się lutownicą 😬 pielęgniarka dała żel, nic mi nie jest",
        "do wywiadu z panią woźną: o której otwiera szkołę i ile ma kluczy? 🔑 szukamy "
        "śmiesznych pytań",
        "ten kod mnie wykończy 😵 dwie godziny przez jeden nawias",
        "podaj mi swój szkolny mail (ten z @sp12.edu.pl), to udostępnię ci projekt w Scratchu",
        "Prosimy o zdjęcia z dnia sportu do nagłówka bloga, do 10 czerwca do wspólnego folderu 📸",
        "Dziękujemy klasie z Lyonu za komentarze pod naszym wpisem! Merci 🌍",
        "nowy odcinek podcastu już jest, o szkolnej stołówce 🎙️",
    ],
}
