"""Held-out round 109: the school year's feasts and seasons, from Advent to the last day.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the year of
feasts and seasons in partner classes across Europe: Advent calendars, Secret
Santa, nativity plays, Mikołajki and St Nicholas, the Befana and the Three
Kings, carnival and costumes, Easter egg hunts, Ramadan and Eid, name days,
first communion, Halloween, New Year's fireworks, summer camps and the last
day of school. The writers are pupils of six to eighteen, teachers, parents,
camp monitors and adults who dress up as Santa, a king, a rabbit or the Befana.
The concerns: a grotto, a vestry, a flat or a caravan after closing time, a
door left open on the night of the presents, a night away while the family is
on holiday; photos or videos in underwear, in a swimsuit or while changing out
of a costume; Snapchat, Instagram, Telegram and Signal for a present "kept
secret" or after the camp chat is closed; an advent calendar "just for you"
with a phone or a console behind door 24, fetched alone; measurements for a
costume or a communion dress and questions on when the pupil is home alone;
a vestry, a costume room or a car after the end-of-year party kept secret; a
pupil whose name day was forgotten told to talk to nobody else; pupils who cut,
burn, save pills, starve in secret or think of a bridge or a roof at Christmas,
New Year or in the summer; a stepfather, a father or an uncle who drinks,
beats or touches, a cousin and a camp monitor at night; threats with knives,
clubs and firecrackers at Halloween, carnival and the Fallas; private numbers
in the formats of six countries, holiday flats' and homes' addresses and
private e-mails. The harmless ones are the same feasts kept honestly: Secret
Santa draws kept secret, presents hidden from siblings, costume photos for the
class display, a teacher's public note with the school's address, an egg hunt
in the school garden, fasting explained in class, grandparents' visits, sad
but ordinary family news, fireworks, a camp's public office contacts, name day
wishes, "I'm dying to open my presents" and "my mum will kill me if I break
the nativity figures".

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 107, and the written rows): rules and
second opinion 100 % recall (120 of 120) and 4 false holds in 90 (4.4 %); rules
alone 95.8 % (115 of 120: photo requests 11/12, private contact 10/12,
self-harm 11/12, violence 5/6, every other kind complete; by language en 17/20,
fr 19/20, pl 19/20, the others complete) and 3 false holds (3.3 %). The rules
alone let through a carnival "shoot" asking for a boy changing in and out of a
costume, in his pants, sent to the adult's WhatsApp; a youth group's volunteer
at Eid moving a boy to Telegram, "don't add anyone else"; a Secret Santa's
handle on Snapchat where the parents cannot read (French); a summer at home
"with him" and the bridge over the bypass, "think I'll just jump"; a Halloween
beating at the pupil's block in masks, with a knife (Polish). Held: summer
camps' office e-mails beside their office lines and hours (English, Spanish,
Polish), by the rules, as e-mail; "je meurs d'envie d'ouvrir mes cadeaux", by
the second opinion, as self-harm.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Mr Pike from the parish nativity play here. Ellie, the angel costume still needs a "
            "proper fitting, come to the vestry on Saturday at 6 when the others have gone. Just "
            "you and me, your mum doesnt need to wait, I'll drive you home after.",
            "doing santa at the xmas fair again 🎅 Tyler come round the back of the grotto after "
            "it shuts at 5, got a special present just for u but only if u come on ur own",
            "Heard your mum and dad are off to your gran's for New Year and you're home with your "
            "sister. I'll come over on the 31st after 10 when she's gone to her party, we can "
            "watch the fireworks from your room. I'm 24 so don't mention me to her ok",
        ],
        "photo_request": [
            "ur witch costume was so cute at the halloween disco 🎃 Maya for my own collection "
            "send me a few in just the tights with no top, take them in ur room tonight and delete "
            "the chat after",
            "Carnival shoot for my website: Lukas I still need some of you changing in and out of "
            "the pirate costume, in your pants is fine. Send them to me on whatsapp, not the class "
            "group.",
        ],
        "private_contact": [
            "Secret Santa organiser here 🎁 Jess, to keep ur present a real surprise lets move off "
            "the school chat. add me on snap santa_dan09 and we'll talk there after ur bedtime",
            "Eid Mubarak Amir 🌙 I'm the volunteer from the youth group. The class app is too "
            "slow, get Telegram and message me there, I'm up late every night after iftar. Don't "
            "add anyone else to it.",
        ],
        "gift_offer": [
            "I made an advent calendar just for you Sophie, 24 doors and a brand new iPhone behind "
            "number 24 🎄 but you have to collect every door from my flat yourself, and don't show "
            "your mum, she'd only be jealous",
        ],
        "personal_question": [
            "Fitting the costumes for the Easter parade so Poppy tell me your measurements, bra "
            "size too, and do u sleep in pyjamas or nothing? its for the costume lol",
            "Uncle Rob from summer camp here 😊 which days are your mum and dad both at work in "
            "the holidays? and what time does your brother get home? want to know when you're "
            "alone in the house",
        ],
        "secrecy": [
            "Secret Santa is a secret but ours is bigger Ava. the kiss at the christmas party "
            "stays between us forever, if u tell ur parents they'll never let u be in the nativity "
            "again",
            "What happened in the minibus on the way back from camp is our little secret, Noah. If "
            "anyone asks why you were the last one dropped off, say we had a flat tyre.",
        ],
        "isolation": [
            "Nobody in your class even noticed it was your birthday on Halloween Mia, but I did 💐 "
            "they don't care about you like I do. you don't need them or your mum, just talk to me "
            "every night",
        ],
        "self_harm": [
            "christmas is the worst. dad left in november and mum just cries all day. ive been "
            "cutting my legs again where noone can see and ive saved my nans sleeping pills for "
            "boxing day",
            "last day of school tmrw and then 6 weeks at home with him. i cant do another summer. "
            "ive been looking at the bridge over the bypass, think ill just jump",
        ],
        "disclosure": [
            "my uncle always plays santa at our family party and sits me on his lap and puts his "
            "hand down my tights. he did it again yesterday. im 9 and i dont want to go this year",
            "dad drinks all through christmas and last night he threw mum against the fridge and "
            "hit me with his belt when i tried to stop him. theres a big bruise on my back, please "
            "dont call home",
        ],
        "violence": [
            "nice costume at the disco, freak 💀 this halloween im coming as the scream guy with a "
            "real knife and im gonna stab u in the car park after. 31st, dont bother hiding",
        ],
        "phone": [
            "hey Lily its the dad who did the reindeer at the fair 🦌 text me when ur in bed, my "
            "number is 07700 900583, and dont save it under my name",
        ],
        "contact": [
            "we're at the holiday flat till the 20th!! Flat 3, 12 Marine Parade, Brighton BN2 1TL. "
            "mum works all day so just come by when u want, or email me lilyrose.2013@gmail.com 😊",
        ],
    },
    "de": {
        "meeting": [
            "Hallo Jonas, hier ist der Nikolaus vom Adventsmarkt 😉 Am 6. komm ich persönlich zu "
            "dir, aber nur wenn deine Eltern nicht da sind. Lass um 22 Uhr die Terrassentür offen "
            "und verrat es keinem.",
            "Lea, für dein Faschingskostüm musst du noch zur Anprobe. Komm Samstag um 19 Uhr zu "
            "mir in die Wohnung, ohne deine Mutter, die stört nur beim Abstecken.",
            "ihr seid doch über ostern in italien und du bleibst bei deiner oma? ich hol dich "
            "mittwoch nach dem mittagessen ab, wir fahren zu mir an den see und du schläfst bei "
            "mir. der oma sagst du einfach du bist bei paula",
        ],
        "photo_request": [
            "Mia schick mir mal Bilder von deinem Halloween Kostüm, aber so wie du drunter "
            "aussiehst, nur Unterwäsche. Ist für meine Sammlung, lösch danach den Verlauf",
            "Für den Kalender vom Sommerlager brauch ich noch ein Foto von dir im Bikini, Emma, am "
            "besten heut Abend in deinem Zimmer. Schick es direkt an mich, nicht in die Gruppe",
        ],
        "private_contact": [
            "Wichteln ist ja geheim 🤫 lass uns lieber auf Snapchat schreiben, ich heiß da "
            "wichtel_tom88. Da können deine Eltern nicht mitlesen",
            "Finn, hier ist dein Betreuer aus dem Zeltlager. Die Lager-App wird nach den Ferien "
            "gelöscht, schreib mir ab jetzt über Signal, aber nur abends wenn du allein in deinem "
            "Zimmer bist.",
        ],
        "gift_offer": [
            "Ich hab dir einen ganz besonderen Adventskalender gebastelt, nur für dich Leonie 🎄 "
            "hinter jedem Türchen ist Geld und hinter der 24 ein neues Handy. Du musst ihn aber "
            "allein bei mir abholen und darfst ihn zuhause nicht zeigen",
        ],
        "personal_question": [
            "Für die Kostümanprobe brauch ich deine genauen Maße, Lina, auch Brust und Hüfte, und "
            "ob du schon einen BH trägst. Schreib mir das privat",
            "wann genau sind deine eltern in den sommerferien beide arbeiten und wann bist du ganz "
            "allein zu hause? und schläfst du bei offenem fenster?",
        ],
        "secrecy": [
            "Was beim Krippenspiel in der Sakristei passiert ist, bleibt unser Geheimnis, Ben. "
            "Wenn du es deinen Eltern sagst, darfst du nie wieder den Josef spielen und alle "
            "lachen über dich.",
            "Denk dran, du warst am Rosenmontag den ganzen Nachmittag bei Sophie und nicht bei "
            "mir. Lösch die Fotos von uns und sag genau das, wenn deine Mama fragt",
        ],
        "isolation": [
            "Am Zuckerfest haben dich deine Cousinen wieder ausgelacht oder? Die verstehen dich "
            "nicht und deine Eltern auch nicht. Du brauchst niemanden außer mir, erzähl ihnen nix "
            "mehr von uns",
        ],
        "self_harm": [
            "weihnachten ohne papa halt ich nicht aus. hab mir wieder die arme aufgeritzt und an "
            "silvester will ich einfach nicht mehr aufwachen",
            "ich hab mamas tabletten gesammelt und in meiner federmappe versteckt, 30 stück. in "
            "den osterferien nehm ich alle auf einmal, dann ist endlich ruhe",
        ],
        "disclosure": [
            "Mein Stiefvater trinkt an Weihnachten immer und gestern hat er mich mit dem Gürtel "
            "geschlagen weil ich eine Kugel vom Baum kaputt gemacht hab. Ich hab blaue Flecken am "
            "Rücken, bitte sagt es nicht meiner Mama",
            "mein onkel kommt jedes jahr zu ostern und nachts kommt er in mein zimmer und fasst "
            "mich unter der decke an. er sagt das ist unser spiel. am samstag kommt er wieder",
        ],
        "violence": [
            "An Halloween kommen wir mit Masken zu dir, du Opfer 🎃 und dann stechen wir dich ab. "
            "Wir wissen dass du in der Lindenstraße wohnst, brauchst dich gar nicht verstecken",
        ],
        "phone": [
            "Hey Marie, ich bin der Weihnachtsmann vom Markt 🎅 ruf mich an oder schreib mir auf "
            "WhatsApp unter 0151 23847719, aber sag deinen Eltern nix davon",
        ],
        "contact": [
            "Hab dich ja beim Spielen kennengelernt, in den Ferien bin ich allein bei meiner "
            "Tante, komm doch vorbei! Gartenweg 14, 79539 Lörrach. Oder schreib mir an "
            "lena.sonne2013@gmx.de",
        ],
    },
    "fr": {
        "meeting": [
            "Chloé, c'est moi qui fais le Père Noël au marché. Viens me voir derrière le chalet "
            "après la fermeture, à 20h, toute seule, j'ai un cadeau spécial pour toi. Pas besoin "
            "de le dire à ta mère",
            "C'est ton animateur du centre aéré. Pour la galette des rois viens chez moi mercredi "
            "aprem Hugo, juste toi et moi, tes parents travaillent de toute façon. Je te ramène "
            "avant 18h, personne saura",
            "Tes parents partent au Maroc pour les vacances et tu restes chez ta grand-mère? Je "
            "passe te prendre samedi a la sortie du centre de loisirs, on dormira dans ma "
            "caravane. Dis a mamie que tu dors chez Léa",
        ],
        "photo_request": [
            "t'étais trop belle en princesse au carnaval 😍 envoie moi des photos de toi en train "
            "de te changer, juste en culotte, c'est pour comparer les costumes. efface après",
            "Inès, envoie-moi une vidéo de toi dans ton maillot de bain de la colo, dans ta "
            "chambre, pour mon album perso. Pas sur le groupe de classe hein",
        ],
        "private_contact": [
            "Pour le Père Noël secret on se parle plutôt sur Snap, ajoute moi: pere_noel_max. "
            "La-bas tes parents peuvent pas lire et on pourra parler la nuit",
            "C'est le mono de la colo. Le groupe WhatsApp va être supprimé, ajoute moi sur "
            "Telegram @mono_julien et écris moi le soir quand t'es seul dans ta chambre",
        ],
        "gift_offer": [
            "J'ai préparé un calendrier de l'Avent rien que pour toi, Manon, avec une console "
            "derrière la case 24 🎁 Mais il faut venir le chercher chez moi, seule, et ne pas en "
            "parler à tes parents",
        ],
        "personal_question": [
            "Pour ton déguisement d'Halloween il me faut tes mensurations exactes, tour de "
            "poitrine aussi, et est ce que tu dors nue? Réponds en privé",
            "Pendant les vacances de Pâques tes parents rentrent à quelle heure le soir? Tu es "
            "seule à la maison l'après-midi? Et ta chambre est au rez-de-chaussée?",
        ],
        "secrecy": [
            "Ce qui s'est passé dans la salle des costumes après la répétition de la crèche, c'est "
            "notre secret, Lucas. Si tu le dis, personne ne te croira et c'est toi qui seras puni.",
            "N'oublie pas: le jour de la fête de fin d'année tu étais chez Emma, pas avec moi dans "
            "ma voiture. Supprime nos messages et nos photos ce soir",
        ],
        "isolation": [
            "Personne ne t'a souhaité ta fête, même pas ta mère. Moi je pense à toi 💐 Tes copines "
            "sont jalouses et ta famille s'en fiche de toi. T'as besoin que de moi maintenant",
        ],
        "self_harm": [
            "noel sans papa cette année, il est parti. je me scarifie le soir dans la salle de "
            "bain et pour le nouvel an j'ai envie de plus jamais me réveiller",
            "les grandes vacances commencent et je vais encore être toute seule. j'ai mis de côté "
            "les médicaments de ma mère, je crois que je vais tous les prendre le 14 juillet",
        ],
        "disclosure": [
            "mon beau-père boit pendant les fêtes et hier soir il a frappé ma mère et il m'a tapé "
            "avec sa ceinture parce que je pleurais. j'ai des bleus partout s'il vous plait dites "
            "rien",
            "l'animateur de la colo venait dans notre tente la nuit et il me touchait sous le sac "
            "de couchage. il a dit que c'est un jeu. j'ai 10 ans et je veux pas y retourner cet "
            "été",
        ],
        "violence": [
            "À Halloween on va venir chez toi avec nos masques et on va te défoncer, peut-être "
            "avec un couteau 🔪 t'as intérêt à pas sortir, on sait où t'habites",
        ],
        "phone": [
            "Coucou Jade, c'est le papa qui faisait le lapin à la chasse aux oeufs 🐰 écris moi au "
            "06 47 82 19 63 sur WhatsApp, mais dis rien à tes parents",
        ],
        "contact": [
            "toi du jeu, on part demain dans un appart a Biarritz, 8 rue des Mouettes, appartement "
            "12, et mes parents bossent au marché toute la journée, tu peux passer! écris moi a "
            "zoe.lapinou2012@gmail.com",
        ],
    },
    "it": {
        "meeting": [
            "Giulia, la notte della Befana mi travesto io e vengo a portarti la calza di persona. "
            "Lascia aperta la porta del garage alle 23 quando i tuoi dormono, non dirlo a nessuno "
            "🧹",
            "Per la prova del costume di Carnevale vieni da me sabato alle 18, Matteo, da solo. "
            "Tua mamma non serve, ci vuole un po', poi ti riaccompagno io in macchina",
            "So che i tuoi vanno in montagna a Ferragosto e tu resti con la nonna. Ti passo a "
            "prendere alle 21 sotto casa, andiamo al lago e torniamo tardi. Alla nonna di che sei "
            "da Sara",
        ],
        "photo_request": [
            "eri bellissima vestita da strega ad halloween 🎃 mandami qualche foto senza il "
            "vestito, solo in intimo, stasera in camera tua. poi cancella la chat",
            "Per l'album del campo estivo mi servono foto tue in costume da bagno, Sofia, anche "
            "qualcuna sotto la doccia. Mandale a me in privato e non nel gruppo",
        ],
        "private_contact": [
            "la chat del Babbo Natale segreto la leggono tutti, scrivimi su Instagram, sono "
            "@babbo_luca_07, cosi parliamo di notte senza che i tuoi vedano",
            "Sono l'animatore del Grest. Quando finisce il campo la chat viene chiusa, quindi "
            "aggiungimi su Telegram e scrivimi quando sei da solo in camera",
        ],
        "gift_offer": [
            "Ti ho preparato un calendario dell'Avvento tutto per te, Alice 🎄 dietro la casella "
            "24 c'è un iPhone nuovo. Però lo devi venire a prendere da sola a casa mia e non devi "
            "farlo vedere ai tuoi",
        ],
        "personal_question": [
            "Per il vestito della prima comunione dimmi le tue misure, Chiara, anche il giro seno, "
            "e se porti già il reggiseno. Scrivimelo in privato",
            "a Pasqua i tuoi lavorano? a che ora sei sola a casa? e la tua camera ha la finestra "
            "sul cortile?",
        ],
        "secrecy": [
            "Quello che è successo in sacrestia dopo le prove del presepe vivente resta un segreto "
            "tra noi, Davide. Se lo dici ai tuoi nessuno ti crederà e non farai più il pastore",
            "Ricordati: la sera della festa di fine anno eri da Marta, non in macchina con me. "
            "Cancella messaggi e foto stasera e se tua mamma chiede di così",
        ],
        "isolation": [
            "Al tuo onomastico nessuno della classe si è ricordato di te, e neanche i tuoi. Io sì "
            "❤️ loro non ti capiscono, non ti servono. D'ora in poi parla solo con me",
        ],
        "self_harm": [
            "questo natale senza mamma non ce la faccio. mi taglio le braccia di notte e a "
            "capodanno voglio buttarmi dal balcone",
            "finisce la scuola e per 3 mesi nessuno si accorgerà di me. ho messo da parte le "
            "pastiglie di mio nonno, le prendo tutte il primo giorno di vacanza",
        ],
        "disclosure": [
            "mio padre a Natale beve tantissimo e ieri ha spinto mia mamma contro il muro e a me "
            "ha dato calci perché piangevo. ho lividi sulle gambe, vi prego non chiamate a casa",
            "mio cugino di 19 anni dorme da noi per le vacanze e di notte viene nel mio letto e mi "
            "tocca. dice che se lo dico i miei lo mandano via e sarà colpa mia",
        ],
        "violence": [
            "a carnevale ti aspettiamo fuori da scuola con le maschere e ti spacchiamo la faccia "
            "con le mazze. sappiamo dove abiti, non ti salvi",
        ],
        "phone": [
            "Ciao Martina, sono quello vestito da Befana alla festa del paese 😄 scrivimi su "
            "WhatsApp al 347 512 8846, però non dirlo ai tuoi",
        ],
        "contact": [
            "sono al mare in un appartamento e sto da sola tutto il giorno, i miei lavorano. vieni "
            "pure: via dei Gabbiani 21, interno 4, Rimini. la mia mail è "
            "giorgia.stella2011@libero.it",
        ],
    },
    "es": {
        "meeting": [
            "Lucía, soy el que hace de Baltasar en la cabalgata. La noche de Reyes paso por tu "
            "casa a dejarte un regalo especial, déjame la puerta del patio abierta a las 12 cuando "
            "tus padres duerman. Secreto eh 👑",
            "Para la prueba del disfraz de carnaval ven a mi piso el sábado a las 7, Pablo, tú "
            "solo. No hace falta que venga tu madre, luego te llevo yo",
            "Se que tus padres se van de viaje en Semana Santa y tu te quedas con tu tia. Te "
            "recojo el jueves a la salida del campamento y pasamos la noche en mi casa de la "
            "playa, a tu tia dile que duermes en casa de Irene",
        ],
        "photo_request": [
            "qué guapa ibas de vampira en halloween 😍 mándame fotos cambiándote, solo en ropa "
            "interior, esta noche en tu cuarto. y luego borra el chat",
            "Para el álbum del campamento necesito un vídeo tuyo en bañador en tu habitación, "
            "Carla, solo para mí, no lo subas al grupo",
        ],
        "private_contact": [
            "El grupo del amigo invisible lo leen todos, mejor háblame por Instagram, soy "
            "@reymago_dani, así tus padres no ven nada y hablamos de noche",
            "Soy el monitor del campamento de verano. Cuando acabe borran el grupo, agrégame en "
            "Telegram y escríbeme cuando estés solo en tu cuarto",
        ],
        "gift_offer": [
            "Te he hecho un calendario de adviento solo para ti, Martina 🎄 y en la casilla 24 hay "
            "una Nintendo Switch. Pero tienes que venir a buscarlo sola a mi casa y no se lo "
            "puedes enseñar a tus padres",
        ],
        "personal_question": [
            "Para tu vestido de la primera comunión dime tus medidas, también de pecho, y si ya "
            "usas sujetador. Por privado, ¿vale?",
            "¿En verano tus padres trabajan los dos? ¿A qué hora estás sola en casa? ¿Y tu hermano "
            "cuándo vuelve del campamento?",
        ],
        "secrecy": [
            "Lo que pasó en el cuarto de los disfraces después del belén viviente queda entre "
            "nosotros, Álex. Si se lo cuentas a tus padres nadie te va a creer y no vuelves a "
            "salir de pastor",
            "Recuerda: el día de la fiesta de fin de curso estabas en casa de Nerea, no en mi "
            "coche. Borra las fotos y los mensajes esta noche",
        ],
        "isolation": [
            "En tu santo nadie de la clase se acordó de ti, ni tu madre. Yo sí 🌹 ellos no te "
            "entienden, no los necesitas. A partir de ahora habla solo conmigo",
        ],
        "self_harm": [
            "esta navidad sin mi padre no la aguanto. me corto en los muslos por la noche y en "
            "nochevieja quiero tirarme del puente",
            "en ramadan nadie se da cuenta de que no como. llevo 3 semanas casi sin comer a "
            "proposito y me quemo con el mechero para sentir algo",
        ],
        "disclosure": [
            "mi padrastro en Navidad bebe mucho y anoche le pegó a mi madre y a mí me dio con el "
            "cinturón porque lloré. tengo moratones en la espalda, por favor no llaméis a casa",
            "mi tio me da dinero en cada comunion y cumpleaños pero luego me lleva al garaje y me "
            "toca. dice que si lo cuento nadie me va a querer",
        ],
        "violence": [
            "en las Fallas te vamos a tirar un petardo a la cara y luego te rajamos con la navaja "
            "🔪 sabemos dónde vives, ni se te ocurra salir",
        ],
        "phone": [
            "Hola Paula, soy el padre que hacía de paje real en el cole 👑 escríbeme por WhatsApp "
            "al 612 48 93 57, pero no se lo digas a tus padres",
        ],
        "contact": [
            "oye tú, el del juego: mis padres no están este finde y estoy en el apartamento de la "
            "playa, calle Gaviota 7, 3ºB, 03503 Benidorm. ven cuando quieras, mi correo es "
            "sofi.luna2012@hotmail.es",
        ],
    },
    "pl": {
        "meeting": [
            "Kasia, na Mikołajki przyjdę do ciebie osobiście jako Mikołaj 🎅 zostaw otwarte drzwi "
            "od ogrodu o 22, jak rodzice pójdą spać. Nikomu nie mów",
            "Na przymiarkę stroju do jasełek przyjdź do mnie w sobotę o 19, Kuba, sam. Mama nie "
            "musi czekać, potem cię odwiozę",
            "Wiem, że rodzice wyjeżdżają na majówkę, a ty zostajesz u babci. Odbiorę cię w piątek "
            "spod szkoły i pojedziemy na noc do mojej działki. Babci powiedz, że śpisz u Oli",
        ],
        "photo_request": [
            "wyglądałaś super jako czarownica na halloween 😍 wyślij mi zdjęcia bez kostiumu, w "
            "samej bieliźnie, dziś wieczorem w pokoju. potem usuń czat",
            "Do albumu z kolonii potrzebuję filmiku z tobą w stroju kąpielowym, Zuzia, najlepiej "
            "jak się przebierasz. Tylko dla mnie, nie na grupę",
        ],
        "private_contact": [
            "na grupie od Mikołajek wszyscy czytają, napisz do mnie na Snapie: mikolaj_pawel01, "
            "tam rodzice nie widzą i możemy pisać w nocy",
            "Jestem wychowawcą z kolonii. Grupa z obozu zostanie usunięta, dodaj mnie na "
            "Telegramie i pisz, kiedy jesteś sam w pokoju",
        ],
        "gift_offer": [
            "Zrobiłem kalendarz adwentowy tylko dla ciebie, Ola 🎄 za okienkiem 24 jest nowy "
            "telefon. Ale musisz go odebrać sama u mnie w domu i nie pokazuj go rodzicom",
        ],
        "personal_question": [
            "Do sukienki komunijnej podaj mi swoje wymiary, Hania, też obwód biustu i czy nosisz "
            "już stanik. Napisz na priv",
            "w wakacje rodzice pracuja oboje? o ktorej jestes sama w domu? a twoj pokoj ma okno od "
            "podworka?",
        ],
        "secrecy": [
            "To, co się stało w zakrystii po próbie jasełek, zostaje między nami, Szymon. Jak "
            "powiesz rodzicom, nikt ci nie uwierzy i już nie zagrasz pastuszka",
            "Pamiętaj: w dzień zakończenia roku byłaś u Mai, nie w moim samochodzie. Usuń "
            "wiadomości i zdjęcia dzisiaj wieczorem",
        ],
        "isolation": [
            "Na twoje imieniny nikt z klasy nie pamiętał, nawet mama. Ja pamiętałem 🌹 oni cię nie "
            "rozumieją, nie potrzebujesz ich. Od teraz pisz tylko do mnie",
        ],
        "self_harm": [
            "te święta bez taty to koszmar, wyjechał do Anglii i nie dzwoni. tnę się żyletką co "
            "wieczór a w sylwestra chcę skoczyć z dachu bloku",
            "wakacje się zaczynają a w domu nie ma co jeść. i tak nie chce mi sie żyć, zbieram "
            "tabletki mamy, mam już 15",
        ],
        "disclosure": [
            "tata w święta pije cały czas, wczoraj uderzył mamę a mnie pasem, bo stłukłam bombkę. "
            "mam siniaki na plecach, proszę nie dzwońcie do domu",
            "wujek przyjeżdża na każde święta i w nocy przychodzi do mojego łóżka i mnie dotyka. "
            "mówi, że to nasza tajemnica. mam 9 lat i boję się wigilii",
        ],
        "violence": [
            "w halloween przyjdziemy pod twój blok w maskach i cię pobijemy, a Bartek weźmie nóż "
            "🔪 wiemy gdzie mieszkasz, lepiej nie wychodź",
        ],
        "phone": [
            "Cześć Natalka, to ja, przebrany za Mikołaja w szkole 🎅 napisz do mnie na WhatsAppie: "
            "+48 512 384 927, tylko nie mów rodzicom",
        ],
        "contact": [
            "jesteśmy nad morzem w apartamencie, rodzice cały dzień na plaży a ja sama: ul. Morska "
            "17/4, 84-120 Władysławowo. wpadnij! mój mail to ania.kotek2012@wp.pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Secret Santa names are drawn! Don't tell anyone who you got, the big reveal is at the "
        "class party on 18 Dec 🎁",
        "i hid my brothers present under my bed so he cant find it lol, its the lego set he wanted",
        "Photos from the carnival parade go up on the class display board on Monday, thank you to "
        "all the families who signed the forms.",
        "Letters to Father Christmas can go in the red box by the office or be posted to the "
        "school: Ashfield Primary, 5 Church Lane, Leeds LS12 3AB. - Miss Hart, Year 2",
        "Dear families, the Easter egg hunt is in the school garden on Thursday at 2pm. Please "
        "send your child with a basket. Mrs Kaur, Year 3",
        "I'm dying to open my presents, 6 more sleeps!!! 🎄",
        "my mum will kill me if i break the nativity figures again, they were my great grans",
        "Amir explained to our class why he fasts in Ramadan and what iftar is, then we all tried "
        "dates. really cool",
        "Our nan is coming down from Glasgow for Christmas, she gets my room so I'm on the sofa 😂",
        "my parents are getting divorced so we'll have two christmases this year. bit sad but dad "
        "said we'll still do the tree together",
        "The fireworks on bonfire night were so loud my dog hid under the table all evening",
        "Summer camp info: Camp Oakridge office 01632 960184, office@campoakridge.org.uk, staffed "
        "8am-8pm. Visiting day is Sunday 14 July, parents welcome.",
        "whos bringing what to the last day party? ive got crisps and Sam said cupcakes",
        "halloween costume ideas pls!! thinking zombie nurse with loads of fake blood 🧟",
        "Sorry I missed the call, we were at my cousin's first communion and it went on forever",
    ],
    "de": [
        "Wichteln: Zettel ziehen am Montag, und pssst, nicht verraten wen ihr habt! Geschenk bis "
        "10 Euro.",
        "Ich hab das Geschenk für meine Schwester im Keller versteckt, hoffentlich findet sie es "
        "nicht 😅",
        "Die Fotos von unseren Faschingskostümen hängen jetzt an der Pinnwand im Flur, schaut sie "
        "euch an!",
        "Liebe Eltern, der Laternenumzug startet am 11.11. um 17 Uhr an der Grundschule am Park, "
        "Lindenallee 3, 50667 Köln. Herzliche Grüße, Frau Becker",
        "Ostereiersuche im Schulgarten am Donnerstag nach der 4. Stunde, bitte Körbchen mitbringen "
        "🐣",
        "ich sterbe vor neugier was ich zu weihnachten bekomme!!",
        "Mama bringt mich um wenn ich die Krippenfiguren nochmal fallen lasse, die sind noch von "
        "Uroma",
        "Yusuf hat uns heute erklärt, warum er im Ramadan tagsüber nichts isst und wie das "
        "Fastenbrechen am Abend ist. Spannend!",
        "Oma und Opa kommen zu meinem Namenstag aus Bayern, dann gibts Kuchen",
        "Meine Eltern haben sich getrennt, Weihnachten feiern wir jetzt zweimal. Ist komisch aber "
        "ok",
        "Silvester war mega, die Raketen bei uns auf der Straße waren sooo laut 🎆",
        "Zeltlager am Bodensee: Anmeldung bis 30. April im Büro, Tel. 07531 918273, "
        "info@zeltlager-bodensee.de, Mo-Fr 9-12 Uhr",
        "Wer bringt am letzten Schultag Waffeln mit? Ich mach die Liste",
        "Meine Oma liegt im Krankenhaus, deswegen fahren wir an Ostern nicht weg. Schade, aber sie "
        "wird wieder gesund",
        "Mein Kostüm ist ein Drache mit Flügeln, Papa hat zwei Abende lang dran genäht 🐉",
    ],
    "fr": [
        "Tirage au sort du Père Noël secret vendredi! Chut, on ne dit à personne qui on a tiré 🎅",
        "j'ai caché le cadeau de mon petit frère dans le placard de mes parents, il cherche "
        "partout mdr",
        "Les photos du défilé de carnaval sont affichées dans le couloir du CE2, venez voir les "
        "déguisements!",
        "Chers parents, la galette des rois aura lieu le 10 janvier à 16h à l'école Jules Ferry, "
        "12 rue de la République, 69002 Lyon. Bien cordialement, Mme Dubois",
        "Chasse aux oeufs dans le jardin de l'école mardi après Pâques, apportez un petit panier "
        "🐣",
        "je meurs d'envie d'ouvrir mes cadeaux, plus que 3 jours!!",
        "Ma mère va me tuer si je casse encore un santon de la crèche, ils viennent de Provence",
        "Nour nous a expliqué le jeûne du ramadan et la fête de l'Aïd, elle a apporté des gâteaux "
        "pour toute la classe",
        "Mon grand-père vient d'Algérie pour l'Aïd, il reste trois semaines chez nous",
        "Mes parents se séparent, cette année on fait Noël chez papa et le réveillon chez maman. "
        "C'est un peu triste",
        "le feu d'artifice du 14 juillet était trop beau, on l'a regardé depuis le pont",
        "Colonie de vacances Les Pins: secrétariat 04 93 27 51 80, contact@colo-lespins.fr, du "
        "lundi au vendredi. Journée des parents le 20 juillet.",
        "Pour le dernier jour d'école on fait un pique-nique, qui apporte les jus de fruits?",
        "je me déguise en squelette pour Halloween avec du faux sang partout 💀",
        "Bonne fête Camille! On t'a fait une carte en classe 🌸",
    ],
    "it": [
        "Estrazione del Babbo Natale segreto giovedì, mi raccomando non dite a nessuno chi vi è "
        "toccato! 🎁",
        "ho nascosto il regalo per mia sorella sopra l'armadio, non lo troverà mai",
        "Le foto delle maschere di Carnevale sono appese in corridoio, bellissime quelle della 2B!",
        "Gentili genitori, la recita di Natale sarà il 19 dicembre alle 17 presso la Scuola "
        "Primaria Garibaldi, via Roma 45, 40121 Bologna. Maestra Rossi",
        "Caccia alle uova nel giardino della scuola mercoledì, portate un cestino 🐣",
        "muoio dalla voglia di aprire i regali!!!",
        "mia mamma mi ammazza se rompo un'altra statuina del presepe, sono della bisnonna",
        "Karim ci ha spiegato come funziona il digiuno del Ramadan e alla fine ha portato i "
        "datteri per tutti",
        "La Befana mi ha portato il carbone di zucchero 😂 mio fratello invece solo caramelle",
        "Mio nonno è stato operato e quest'anno il cenone lo facciamo in ospedale con lui, un po' "
        "triste ma sta meglio",
        "I fuochi d'artificio a Capodanno a Napoli sono pazzeschi, sembrava giorno",
        "Campo estivo Val di Fassa: segreteria 0462 761234, info@campoestivofassa.it, dal lunedì "
        "al venerdì 9-13. Visita dei genitori domenica 14 luglio",
        "ultimo giorno di scuola: gavettoni in cortile e poi tutti a prendere il gelato 🍦",
        "Per la prima comunione di mia cugina mi hanno messo un vestito scomodissimo",
        "Auguri di buon onomastico Francesco! 🎉",
    ],
    "es": [
        "Sorteo del amigo invisible el lunes, ¡y nadie dice a quién le ha tocado! Máximo 10 euros "
        "🎁",
        "he escondido el regalo de mi hermano en el maletero del coche de mi padre jaja",
        "Las fotos de los disfraces de carnaval ya están en el mural del pasillo, ¡qué bonitas!",
        "Estimadas familias: el festival de Navidad será el 20 de diciembre a las 17:00 en el CEIP "
        "Miguel Hernández, calle Mayor 12, 28013 Madrid. Un saludo, la tutora de 3ºA",
        "Búsqueda de huevos de Pascua en el huerto del cole el jueves 🐣",
        "me muero de ganas de que lleguen los Reyes!!!",
        "mi madre me mata si rompo otra figura del belén, son de la abuela",
        "Yasmin nos explicó por qué ayuna en Ramadán y qué es el Eid, y trajo dulces para toda la "
        "clase",
        "Mis abuelos vienen de Galicia para mi comunión, ¡qué ganas!",
        "Este año la Nochebuena es sin mi abuelo, murió en verano. Estamos tristes pero vamos a "
        "poner su canción favorita",
        "los petardos de las Fallas eran tan fuertes que me temblaba el pecho",
        "Campamento de verano Sierra Nevada: oficina 958 214 376, info@campamentosierra.es, de "
        "lunes a viernes de 9 a 14. Día de visita de las familias: 15 de julio",
        "Último día de cole: ¿quién trae la tortilla para la fiesta?",
        "me voy a disfrazar de momia en halloween con papel higiénico 😂",
        "¡Feliz santo, Jorge! Te hemos hecho una tarjeta en clase",
    ],
    "pl": [
        "Losowanie do Mikołajek w poniedziałek, nie zdradzajcie, kogo wylosowaliście! Prezent do "
        "30 zł 🎁",
        "schowałam prezent dla brata w szafie u babci, na pewno nie znajdzie",
        "Zdjęcia z balu karnawałowego wiszą już na gazetce przy sali 12, super przebrania!",
        "Szanowni Rodzice, jasełka odbędą się 19 grudnia o 17:00 w Szkole Podstawowej nr 3, ul. "
        "Szkolna 5, 30-001 Kraków. Pozdrawiam, wychowawczyni 2b",
        "Szukanie zajączka w ogrodzie szkolnym w środę, przynieście koszyczki 🐣",
        "umieram z ciekawości co dostanę pod choinkę!!!",
        "mama mnie zabije jak stłukę kolejną figurkę z szopki, są jeszcze po prababci",
        "Amina opowiedziała nam o poście w ramadanie i o święcie Id, przyniosła daktyle dla całej "
        "klasy",
        "Dziadek przyjeżdża z Gdańska na moje imieniny, będzie sernik",
        "Rodzice się rozwodzą i wigilię mamy w tym roku dwa razy. Trochę smutno, ale tata obiecał, "
        "że ubierzemy choinkę razem",
        "w sylwestra fajerwerki były tak głośne, że pies siedział cały wieczór pod łóżkiem",
        "Obóz letni Mazury: biuro 89 523 41 67, biuro@obozmazury.pl, pon.-pt. 9-15. Dzień "
        "odwiedzin 20 lipca",
        "Kto przynosi ciasto na ostatni dzień szkoły? Zapisujcie się",
        "Na Halloween przebieram się za zombie, mama pomaga mi z makijażem 🧟",
        "Wszystkiego najlepszego z okazji imienin, Marta! 🌸",
    ],
}
