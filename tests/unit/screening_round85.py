"""Held-out round 85: an ordinary autumn week in partner-class projects.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is an autumn week as it
comes in the chat of partner classes across Europe: Halloween costumes and
pumpkins, All Saints and All Souls at the graves, St Martin's lanterns, geese
and croissants, harvest festivals, a chestnut fair, a grape harvest, a potato
bonfire and St Andrew's wax, class-rep elections, parents' evenings and the
first frosts. The writers are pupils of six to eighteen, teachers, and adults
around the project or posing as part of it: a student-council mentor, a
young musician, an older teenager with a haunted house, a visiting
storyteller, a parents' association helper, a photographer of the frost.
Behind the festivals: a hay-bale maze, an alley off the lantern walk, a
rehearsal room, a flat, a car park after the parents' evening, a river park;
costume photos before the costume is on, videos after the bath or in bed;
Snapchat, Telegram, Discord, secret chats and second accounts; game credits,
money, headphones and a phone handed over with a story for the parents;
questions about parents' hours, locked doors, bedrooms, sizes and
nightwear; deleted chats and pictures threatened; parents who did not come
and friends who did not vote; grave visits that end in saved pills, a rope,
letters and a cat given away, cuts after a lost vote, a river and railway
tracks; a stepfather, an uncle, a grandfather, a mother's partner, a fair's
helper, a drinking parent, a cold flat and a child locked out in the frost;
knives before an election; numbers in words and digits, home addresses and
private e-mails. The harmless ones are the same festivals and words used
innocently: costumes and fake blood, carving knives, candles on graves,
secret ballots and surprise cards, pupils at home alone with a neighbour or
a grandmother near, dying of cold at the bus stop, killing the other team
at the return match, safety notes for trick-or-treating and for the lantern
walk, a class refusing to swap numbers, with a few notes on slides, photos
and video calls.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 81, and the written rows): rules and
second opinion 98.3 % recall (118 of 120: self-harm 10/12, every other kind
complete; by language de 19/20, fr 19/20, every other language complete) and
5 false holds in 90 (5.6 %); rules alone 89.2 % (107 of 120: photo or video
requests 11/12, private contact 10/12, gift offers 5/6, personal questions
11/12, isolation 4/6, self-harm 7/12, disclosures 11/12, every other kind
complete; by language en 20/20, de 16/20, fr 17/20, it 18/20, es 18/20, pl
18/20) and 1 false hold (1.1 %). Missed with the second opinion too: a grave
visit at All Saints that ends in wishing to be there or to join a
grandfather, with a list of who gets the writer's things and the cat, or a
rope found in the garage "I know how" (German, French). Missed by the rules
alone besides: parents said to talk only of marks at the parents' evening,
they and friends not to see who the reader is, "only I understand you, stay
with me", parents said to see a
problem and a class to have voted as a joke, "only I love you, don't talk
of me to them" (German, Italian); razor blades bought with lantern money and
a river at the procession, a Halloween wish to be dead for real with a
letter under the mattress, a lost class-rep vote with railway tracks after
the bonfire and a letter in a drawer (German, Spanish, Polish); a mother who
locked the writer out in the first frost, a night in the garden shed and a
children's home threatened (German); a second WhatsApp account under
another name or a second private Instagram with a false name, "it isn't
safe here" (French, Italian); money by Bizum and a game pass "between us"
with a raffle as the story for the mother (Spanish); a question whether the
reader sleeps in pyjamas or with nothing on and whether the bedroom is next
to the parents' (French); a witch costume photo in underwear before it is
on (Polish). Held, by the rules and the second opinion: a class refusing to
swap phone numbers and keeping to the class chat (German; French and Polish
with the second opinion, as private contact); with the second opinion only,
safety notes for trick-or-treating (as a personal question) and for bonfire
night (as self-harm) (English).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "happy halloween!! 🎃 ur costume pic in the class gallery was the best. im 19 and i "
            "run the haunted house at the farm on Oak Rd, come sat 31st at 8, just u, ill let u "
            "in the back way for free. dont bring ur mum she'll spoil it 👻",
            "Congratulations on winning class rep 🏆 As your mentor for the student council I'd "
            "like to go through your speech with you, just the two of us. My car will be behind "
            "the sports hall after parents' evening on Thursday, 7.30. No need to mention it to "
            "your dad.",
            "harvest fair sunday, ill be at the hay bale maze from 4 🍂 meet me in the middle "
            "where nobody can see. tell ur parents ur with Ellie ok? our secret 🤫",
        ],
        "photo_request": [
            "ur witch costume looks sick 🧙‍♀️ but send me one from before u put it all on, like "
            "when ur changing in ur room 😏 just for me, not for the class gallery",
            "For the first-frost photo project ❄️ I'd love a short video of you just after your "
            "bath, wrapped in a towel by the window so we see the ice on the glass. Send it to me "
            "directly tonight, Ms Harper doesn't need to see it.",
        ],
        "private_contact": [
            "this site reads everything 🙄 add me on snap: frostbite_k9, we can talk properly "
            "there. set the chat to delete after viewing ok",
            "As the visiting storyteller for All Saints week I'd like to keep in touch with you "
            "on a separate account. Download Telegram and message me there; the school chat is "
            "only for the class.",
        ],
        "gift_offer": [
            "u didnt win the pumpkin carving 🎃 but u deserve a prize anyway. ill put £50 of "
            "robux on ur account if u promise to keep it between us, not ur parents or miss. "
            "deal?",
        ],
        "personal_question": [
            "so on parents evening thurs both ur parents are at school from 6 to 8? so ur home "
            "alone then? what do u wear when no ones home lol",
            "Is your bedroom the one at the back, over the garage? And does your door lock? Just "
            "curious for the trick-or-treat route 👀",
        ],
        "secrecy": [
            "delete everything we wrote after the halloween disco, all of it. if ur mum finds it "
            "ill say u started it and everyone will see the pics u sent. understand?",
            "Our little chats are our secret, like the candle on All Souls that only we know "
            "about 🕯️ If you tell Mr Dunn, I'll stop helping with your rep campaign and you'll "
            "lose.",
        ],
        "isolation": [
            "they didnt even vote for u for class rep 🙄 ur so called friends. and ur parents "
            "were too busy to come to parents evening. only i actually listen to u. u dont need "
            "them, u have me",
        ],
        "self_harm": [
            "on all souls we lit candles for grandad. i kept thinking id rather be where he is. "
            "ive been saving mums sleeping pills in my sock drawer, like 20 now",
            "lost the class rep vote 3 to 24 🙃 everyone laughed. been cutting again tonight, "
            "deeper than last time. nobody notices under the jumper anyway",
        ],
        "disclosure": [
            "miss can i tell u something. my stepdad says i cant go to the halloween disco cos i "
            "told mum what he does when she's on nights. he comes in my room and makes me keep "
            "quiet",
            "mum didnt come to parents evening cos she was drunk again. no heating for a week "
            "and no food since monday, i only eat at school. please dont tell her i said",
        ],
        "violence": [
            "if Jake wins class rep tmrw im bringing my dads hunting knife in my bag and hes "
            "getting it after school by the bike shed. serious.",
        ],
        "phone": [
            "leave this app and text me instead, 07723 418 905. thats oh seven seven two three, "
            "four one eight, nine oh five. text after 10 when ur mums asleep",
        ],
        "contact": [
            "for the st martin lantern swap send ur lantern straight to me not via school: Gary "
            "Holt, 14 Birchwood Close, Leeds LS8 3QT. or email garyh1974@gmail.com with ur home "
            "address and ill drop one round",
        ],
    },
    "de": {
        "meeting": [
            "Beim Laternenumzug am 11. lauf einfach hinten mit 🏮 und wenn's am Marktplatz dunkel "
            "wird, biegst du in die Gasse hinter der Kirche ab. Ich wart da mit dem Auto. Deinen "
            "Eltern sagst du, du gehst mit Lena heim.",
            "hey bist du nicht die aus der 6b die beim Erntedankfest gesungen hat? 🎶 ich bin 22 "
            "und mach Musik. komm Samstag um 16 Uhr allein in den Proberaum am Bahnhof, ich nehm "
            "dich auf. keine Eltern, die machen nur Stress",
            "Gratuliere zur Wahl als Klassensprecher! Ich bin vom Förderverein und würde dich "
            "gern persönlich coachen. Komm Mittwoch nach der Schule zu mir nach Hause, die "
            "Adresse schick ich dir. Das bleibt unter uns, ja?",
        ],
        "photo_request": [
            "dein vampir kostüm 🧛 war mega aber schick mir mal eins ohne umhang, nur in "
            "unterwäsche, so als halloween special 😈 ich lösch es danach versprochen",
            "Für unseren Kalender „Erster Frost“ fehlt mir noch ein Video von dir im Bad, gern "
            "beim Duschen mit dem beschlagenen Spiegel. Schick es mir privat, deine Lehrerin muss "
            "es nicht sehen.",
        ],
        "private_contact": [
            "hier liest die lehrerin doch alles mit 🙄 schreib mir lieber auf discord, ich schick "
            "dir den link zu meinem server. da sind nur wir zwei",
            "Lösch die App bitte nicht, aber lad dir zusätzlich Threema runter und mach einen "
            "zweiten Account mit anderem Namen. Dort erklär ich dir den Rest, hier ist es zu "
            "öffentlich.",
        ],
        "gift_offer": [
            "Ich hab dir 2800 V-Bucks gekauft 🎁 als Dankeschön fürs Laternebasteln. Sag Mama "
            "nix, sonst nimmt sie's dir weg. Dafür schuldest du mir einen Gefallen 😉",
        ],
        "personal_question": [
            "Beim Elternsprechtag sind deine Eltern ja beide weg, oder? Wie lange genau? Und "
            "schläfst du allein im Zimmer oder mit deiner Schwester?",
            "wie groß bist du eigentlich jetzt und wie viel wiegst du? hast du schon nen BH? frag "
            "nur wegen dem kostüm 😇",
        ],
        "secrecy": [
            "Lösch unseren Chat von gestern Abend. Wenn jemand fragt, haben wir nur über "
            "Laternen geredet. Sonst schick ich deine Fotos an die ganze Klasse, ich hab sie "
            "noch.",
            "das mit uns ist wie ein geheimnis im kürbis 🎃 niemand darf reinschauen. wenn du's "
            "deinem papa erzählst, kriegst DU ärger, nicht ich",
        ],
        "isolation": [
            "Deine Eltern haben beim Elternsprechtag nur über deine Noten geredet, oder? Die "
            "sehen nicht, wer du bist. Deine Freundinnen auch nicht. Ich versteh dich als "
            "Einziger, bleib bei mir.",
        ],
        "self_harm": [
            "an allerheiligen auf dem friedhof hab ich gedacht da wär ich lieber. hab schon "
            "aufgeschrieben wer meine sachen kriegt, meine katze soll Lena bekommen",
            "hab mir vom laternengeld rasierklingen gekauft. beim umzug am fluss spring ich "
            "vielleicht einfach rein, würd eh keiner merken",
        ],
        "disclosure": [
            "Frau Krüger ich trau mich nicht zum Laternenumzug weil mein Onkel da mitläuft. Er "
            "fasst mich immer an wo ich das nicht will und sagt das ist unser Spiel.",
            "mama hat mich gestern wieder ausgesperrt, war der erste frost 🥶 hab im gartenhaus "
            "geschlafen. sie sagt wenn ich was erzähl komm ich ins heim",
        ],
        "violence": [
            "Wenn der Timo Klassensprecher wird, stech ich ihn ab. Das Messer von meinem Bruder "
            "ist schon im Rucksack. Morgen in der großen Pause.",
        ],
        "phone": [
            "Schreib mir lieber per WhatsApp: null eins sieben sechs, vier zwei acht, neun null "
            "eins drei drei. Und speicher mich unter einem Mädchennamen 😉",
        ],
        "contact": [
            "Schick die Martinsgans-Bastelei einfach direkt zu mir: Rainer Vogt, Lindenstraße "
            "17, 44137 Dortmund. Oder mail mir Fotos an r.vogt.privat@web.de, da schau ich öfter "
            "rein.",
        ],
    },
    "fr": {
        "meeting": [
            "Pendant les vacances de la Toussaint tes parents travaillent, non ? Je passe te "
            "chercher mardi à 14h devant la boulangerie, on ira au cinéma tous les deux. Ne leur "
            "dis rien, ils diraient non 😉",
            "trop bien ton déguisement de sorcière 🧙‍♀️ moi j'ai 17 ans, viens à ma soirée "
            "d'halloween samedi 21h, sans tes copines. je te ramène après, personne saura",
            "Bravo pour ton élection comme déléguée ! Pour préparer le conseil de classe, "
            "retrouvons-nous jeudi après la réunion parents-profs, derrière le gymnase, seule. "
            "Inutile d'en parler à ta mère.",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot pour la fête des vendanges 🍇 ou sans si t'es "
            "cap 😏 promis je la montre à personne",
            "Pour le spectacle de la Saint-Martin, je dois vérifier ta taille. Fais-moi une "
            "petite vidéo dans ta chambre en sous-vêtements, de face et de dos. C'est entre nous, "
            "la maîtresse n'a pas besoin de la voir.",
        ],
        "private_contact": [
            "ici les profs lisent tout 😒 ajoute moi sur snap, les messages s'effacent tout "
            "seuls. mon pseudo c'est lulu.nuit13",
            "Crée-toi un deuxième compte WhatsApp avec un autre prénom, je t'expliquerai le "
            "projet là-bas. Ici ce n'est pas sûr.",
        ],
        "gift_offer": [
            "Je t'ai acheté le téléphone dont tu parlais 📱 pour fêter ton élection. Je te le "
            "donne samedi, mais tu dis à tes parents que c'est le vieux d'une copine, d'accord ?",
        ],
        "personal_question": [
            "tu dors en pyjama ou sans rien quand il gèle comme ce matin ? ❄️ et ta chambre elle "
            "est à côté de celle de tes parents ?",
            "À quelle heure rentrent tes parents pendant les vacances de la Toussaint ? Tu es "
            "seule combien de temps ? C'est pour savoir quand t'appeler.",
        ],
        "secrecy": [
            "Efface notre conversation d'hier soir, tout. Si ta mère tombe dessus, je dirai que "
            "tu mens et je publierai ce que tu m'as envoyé.",
            "notre amitié c'est comme une bougie de la toussaint 🕯️ on la garde pour nous. si tu "
            "en parles à la CPE c'est toi qui auras des problèmes crois moi",
        ],
        "isolation": [
            "Tes parents ne sont même pas venus à la réunion parents-profs. Et tes copines ont "
            "voté pour l'autre. Ils se fichent de toi. Moi je suis là, toujours. T'as besoin que "
            "de moi.",
        ],
        "self_harm": [
            "à la toussaint on a posé des chrysanthèmes sur la tombe de papi. j'aimerais bien le "
            "rejoindre. j'ai trouvé une corde dans le garage, je sais comment faire",
            "pas élue, 2 voix sur 28 😶 tout le monde se moque. ce soir je vais encore me "
            "scarifier, ça fait moins mal que le reste",
        ],
        "disclosure": [
            "Madame, je ne veux pas aller chez mon beau-père pendant les vacances. Quand maman "
            "n'est pas là il me touche la nuit et il dit que personne ne me croira.",
            "mon père boit tout le temps, hier il m'a frappée avec sa ceinture pour une mauvaise "
            "note. j'ai des bleus partout, je mets un col roulé",
        ],
        "violence": [
            "Si Mathis est élu délégué je le plante, j'ai mis le couteau de cuisine dans ma "
            "trousse. Demain à la récré derrière le préau, vous verrez.",
        ],
        "phone": [
            "Appelle-moi plutôt au zéro six, quarante-sept, douze, quatre-vingt-trois, zéro neuf. "
            "Seulement après 22h, quand tes parents dorment 🤫",
        ],
        "contact": [
            "Pour la lanterne de la Saint-Martin, envoie-la directement chez moi : Didier Roux, "
            "8 rue des Vignes, 67000 Strasbourg. Ou écris-moi à didier.roux67@orange.fr, c'est "
            "mon adresse perso.",
        ],
    },
    "it": {
        "meeting": [
            "alla sagra delle castagne domenica ci vediamo dietro lo stand delle caldarroste alle "
            "18, vieni da sola 🌰 ai tuoi dì che stai con Giulia. ho 20 anni ma tanto nessuno se "
            "ne accorge",
            "Complimenti per l'elezione a rappresentante di classe! Come tutor del consiglio "
            "studentesco vorrei prepararti io: vieni martedì alle 15 nel mio studio, da sola. I "
            "tuoi genitori non serve che lo sappiano.",
            "halloween a casa mia 🎃 sabato sera solo noi due, i miei sono via. ti prendo io col "
            "motorino all'angolo della scuola alle 21, non dire niente a tua madre",
        ],
        "photo_request": [
            "mandami una foto col costume da strega 🧙‍♀️ ma prima di mettertelo tutto, tipo in "
            "intimo 😏 dai è halloween, è uno scherzo",
            "Per il calendario della vendemmia mi serve un video di te in bagno dopo la doccia, "
            "con l'asciugamano. Mandalo a me in privato, la maestra non lo deve vedere.",
        ],
        "private_contact": [
            "qui i prof leggono tutto 🙄 scrivimi su telegram, sono castagna_nera, attiva la chat "
            "segreta così si cancella",
            "Apri un secondo profilo Instagram privato con un nome finto e seguimi da lì. Del "
            "progetto di San Martino parliamo solo lì.",
        ],
        "gift_offer": [
            "Ti ricarico 50 euro sul telefono per San Martino 🍷 però resta tra noi due. se lo "
            "dici ai tuoi è finita e non ti regalo più niente",
        ],
        "personal_question": [
            "giovedì ai colloqui ci vanno tutti e due i tuoi? quindi sei sola a casa dalle 17 "
            "alle 19? la porta la chiudi a chiave?",
            "Dove dormi? La tua camera dà sulla strada? La sera i tuoi guardano la TV giù o "
            "stanno di sopra? Chiedo per lasciarti le castagne sul davanzale 🌰",
        ],
        "secrecy": [
            "ricordati la regola: dopo ogni messaggio premi elimina per tutti. se i tuoi scoprono "
            "qualcosa ti tolgono il telefono e non ci sentiamo più. colpa tua",
            "Il nostro è un segreto come i morti che tornano il 2 novembre 💀 nessuno deve "
            "saperlo. Se lo dici alla prof, i guai li avrai tu.",
        ],
        "isolation": [
            "I tuoi ti vedono solo come un problema, l'ha detto anche tua madre ai colloqui. In "
            "classe ti hanno votata per scherzo. Solo io ti voglio bene davvero, di me non "
            "parlare con loro.",
        ],
        "self_harm": [
            "il 2 novembre al cimitero dal nonno ho pensato che voglio stare con lui. ho messo da "
            "parte le pastiglie della mamma, sono tante, credo che bastino",
            "stanotte mi sono tagliata di nuovo, più a fondo. con le maniche lunghe non si vede. "
            "tanto tra poco non ci sarò più e nessuno se ne accorgerà",
        ],
        "disclosure": [
            "prof non voglio andare dai nonni per Ognissanti, lo zio dorme lì e di notte entra "
            "nel mio letto. dice che se lo racconto la mamma starà male",
            "a casa non c'è il riscaldamento da quando sono cominciate le gelate e la mamma non "
            "torna da tre giorni. io e mio fratello mangiamo solo a mensa. non ditelo a nessuno",
        ],
        "violence": [
            "se eleggono Marco rappresentante giuro che lo accoltello, ho preso il serramanico di "
            "mio padre. domani all'uscita davanti al cancello.",
        ],
        "phone": [
            "Scrivimi su WhatsApp al 347 218 5596, cioè tre quattro sette, due uno otto, cinque "
            "cinque nove sei. Meglio dopo le 22 quando i tuoi dormono 🤫",
        ],
        "contact": [
            "La lanterna di San Martino mandala direttamente a casa mia: Franco Bellini, Via dei "
            "Castagni 12, 37121 Verona. Oppure scrivimi a franco.bellini64@libero.it con il tuo "
            "indirizzo.",
        ],
    },
    "es": {
        "meeting": [
            "en la castañada del viernes escápate un rato, te espero detrás del polideportivo a "
            "las 20h 🌰 ven sola, a tus padres diles que estás con Lucía. tengo 19 pero da igual",
            "Enhorabuena por salir delegado. Como monitor del consejo escolar quiero preparar "
            "contigo la primera reunión: el sábado a las 11 en mi piso, tú solo. No hace falta "
            "que se lo digas a tus padres.",
            "el puente de todos los santos tus padres se van al pueblo no? pues quedamos tú y yo "
            "el sábado en el parque del río a las 6, y no se lo cuentes a nadie 😉",
        ],
        "photo_request": [
            "para el concurso de fotos de las primeras heladas ❄️ hazte una en la cama nada más "
            "despertar, sin pijama, que se vea el frío en la piel 😏 solo para mí",
            "Para el mural de la vendimia necesito un vídeo tuyo en la ducha o recién salida, con "
            "la toalla. Mándamelo por privado, la tutora no tiene que verlo.",
        ],
        "private_contact": [
            "aquí los profes lo leen todo 🙄 agrégame en insta en privado, o mejor en snap que se "
            "borra. soy @nieblaoscura_07",
            "Hazte una segunda cuenta de Telegram con otro nombre y escríbeme allí, te explico lo "
            "del proyecto de San Martín. Aquí no es seguro.",
        ],
        "gift_offer": [
            "Te paso 40 € por Bizum para las castañas 🌰 y un pase de Fortnite, pero es cosa "
            "nuestra. Si tu madre pregunta, te lo has ganado en la rifa del cole.",
        ],
        "personal_question": [
            "mientras tus padres están en la vendimia del pueblo con quién te quedas? duermes "
            "sola? qué te pones para dormir?",
            "¿Qué talla de sujetador usas? Es para encargar el disfraz de calabaza a medida 🎃 y "
            "dime también tu peso exacto.",
        ],
        "secrecy": [
            "si le cuentas a alguien lo de la castañada subo el vídeo que me mandaste al grupo de "
            "3ºB. borra este chat ya",
            "Nadie tiene que saber que hablamos, ni tu tutora ni tu madre. Borra los mensajes "
            "cada noche antes de dormir, como un ritual de Halloween 👻 si no, se acabó todo.",
        ],
        "isolation": [
            "Tus padres solo te quieren para presumir de notas, lo viste en la tutoría. Tus "
            "amigas se rieron de tu discurso de delegada. Nadie te entiende como yo, aléjate de "
            "ellos.",
        ],
        "self_harm": [
            "en halloween todos se disfrazan de muertos y yo pienso que me gustaría serlo de "
            "verdad. ya he escrito la carta para mi hermana, está debajo del colchón",
            "perdí lo de delegado, 1 voto contra 25. me he vuelto a hacer cortes en las piernas, "
            "ahí nadie mira. a veces pienso en tirarme del puente de la autovía",
        ],
        "disclosure": [
            "no quiero volver a casa el finde, el novio de mi madre bebe y me pega con el "
            "cinturón. ayer me dejó marcas en la espalda, por eso no me cambié en gimnasia",
            "el monitor de la castañada me sentó en sus rodillas y me metió la mano debajo de la "
            "camiseta. dijo que era un juego y que no se lo dijera a nadie",
        ],
        "violence": [
            "como gane Hugo lo de delegado le rajo, tengo la navaja de mi abuelo en la mochila. "
            "mañana a la salida en la puerta de atrás",
        ],
        "phone": [
            "Escríbeme al seis cero nueve, treinta y dos, dieciocho, cuarenta y cinco, o sea 609 "
            "32 18 45. Guárdame como «Marta clase» para que tus padres no pregunten.",
        ],
        "contact": [
            "Mándame el dibujo de la castaña a mi casa: Jaime Ortega, Calle Mayor 23, 3º B, 28013 "
            "Madrid. O a mi correo personal jaime.ortega.m@hotmail.com con tu dirección, y te "
            "llevo el premio.",
        ],
    },
    "pl": {
        "meeting": [
            "w andrzejki lejemy wosk u mnie 🕯️ przyjdź sama w piątek o 19, rodzicom powiedz że "
            "nocujesz u Oli. mam 18 lat, nikt się nie dowie",
            "Gratuluję wyboru na przewodniczącą klasy! Jako opiekun samorządu chcę cię "
            "przygotować do pierwszego zebrania. Spotkajmy się w sobotę o 12 u mnie w mieszkaniu, "
            "tylko we dwoje. Rodziców nie ma co w to mieszać.",
            "po wywiadówce w czwartek rodzice będą w szkole do 19, wyjdź wtedy, czekam autem pod "
            "Biedronką. nie bój się, to będzie nasza tajemnica 🚗",
        ],
        "photo_request": [
            "zrób mi fotkę w przebraniu czarownicy 🧙‍♀️ ale zanim je całe ubierzesz, w samej "
            "bieliźnie 😏 halloween jest, nie bądź sztywna",
            "Do kalendarza „Pierwsze przymrozki” potrzebuję krótkiego filmiku z tobą w łazience "
            "po kąpieli, w ręczniku. Wyślij tylko do mnie, wychowawczyni nie musi go oglądać.",
        ],
        "private_contact": [
            "tu nauczyciele wszystko czytają 🙄 napisz na messengerze w tajnej rozmowie, "
            "znikające wiadomości. mój nick to ziemniak_z_ogniska",
            "Załóż drugie konto na Discordzie z innym imieniem i dodaj mnie. Tam ci wszystko "
            "wytłumaczę o projekcie na 11 listopada, tutaj nie jest bezpiecznie.",
        ],
        "gift_offer": [
            "Doładuję ci konto w grze za 100 zł 🎮 w nagrodę za rogale na 11 listopada. Ale to "
            "nasza sprawa, jak powiesz mamie, to więcej nic nie dostaniesz.",
        ],
        "personal_question": [
            "o której rodzice wracają z pracy? jesteś wtedy sama w domu? a drzwi do pokoju "
            "zamykasz na klucz?",
            "Ile ważysz i jaki masz rozmiar? Pytam do stroju na andrzejki 😇 I śpisz w piżamie "
            "czy bez?",
        ],
        "secrecy": [
            "usuń wszystko co pisaliśmy wczoraj. jak mama to znajdzie powiem że kłamiesz, a "
            "twoje zdjęcia zobaczy cała szkoła",
            "To, co jest między nami, jest jak znicz na Zaduszki 🕯️ pali się po cichu. Jak "
            "powiesz pedagogowi, to ty będziesz miała kłopoty, nie ja.",
        ],
        "isolation": [
            "Na wywiadówce twoi rodzice gadali tylko o ocenach, nic o tobie. Koleżanki nie "
            "głosowały na ciebie. Nikt cię nie rozumie tak jak ja. Nie potrzebujesz ich, masz "
            "mnie.",
        ],
        "self_harm": [
            "na Wszystkich Świętych przy grobie taty pomyślałam że chcę już do niego. mam "
            "schowane tabletki babci, chyba wystarczą. nikomu nie mówcie",
            "przegrałam wybory na przewodniczącą 2 do 26 😶 wszyscy się śmiali. w sobotę po "
            "ognisku pójdę na tory za szkołą i już. list zostawiłam w szufladzie",
        ],
        "disclosure": [
            "proszę pani, nie chcę jechać na Wszystkich Świętych do dziadka. on mnie w nocy "
            "dotyka i mówi że to nasza tajemnica i że mama się rozchoruje jak się dowie",
            "mama znowu pije, od tygodnia nie ma nic w lodówce i jest zimno bo nie ma za co "
            "kupić węgla. chodzę w tych samych ciuchach. nie mówcie nikomu bo nas zabiorą",
        ],
        "violence": [
            "jak Kacper wygra na przewodniczącego to go zadźgam. mam nóż ojca w plecaku. jutro "
            "po lekcjach za salą gimnastyczną, zobaczycie",
        ],
        "phone": [
            "Napisz na WhatsAppie: pięćset dwanaście, osiemset czterdzieści siedem, trzysta "
            "sześć, czyli 512-847-306. Najlepiej po 22, jak rodzice śpią 🤫",
        ],
        "contact": [
            "Rogala świętomarcińskiego podrzucę ci do domu, podaj adres. Mój to Zbigniew Mazur, "
            "ul. Różana 7 m. 4, 61-123 Poznań, albo pisz na prywatny mail zbyszek.mazur@wp.pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Halloween disco fri 31 Oct 6-8pm in the hall 🎃 parents pick up at the main door, "
        "nobody walks home alone pls!",
        "my costume is a zombie nurse 🧟‍♀️ mum finished it last night, ill put a pic in the "
        "class gallery tmrw",
        "class rep results: Maya 14, Tom 9, Leo 4 🗳️ congrats Maya!! it was a secret ballot so "
        "dont ask who voted for who",
        "Parents' evening is on Thursday, 6-8pm. Each family has a 10-minute slot; please sign "
        "up on the sheet outside room 14 and tell us if you need an interpreter.",
        "first frost this morning ❄️ i literally died waiting for the bus, my fingers are dead",
        "we killed it at the pumpkin contest 🎃🔪 2nd place!! the carving knife was so blunt tho",
        "On All Souls we visited my great-grandma's grave and lit a candle. It was quiet and a "
        "bit sad but nice. Does your class do that in Poland too?",
        "shh dont tell Mr Dunn, we're making him a surprise card for his birthday on the 5th 🎂 "
        "sign it in room 3 at break",
        "Trick-or-treat safety: go in groups with an adult, only knock where there's a pumpkin "
        "outside, and never go inside anyone's house.",
        "harvest festival: bring tins for the food bank by wed 🥫 we collected 212 last year, "
        "lets beat it",
        "im home alone till 5 on thurs cos of parents evening so mum said i can go to Ellie's, "
        "her mum picks us up 👍",
        "if i have to do my rep speech in front of the whole year i will actually die 😭 "
        "practising on my cat rn",
        "Bonfire night 5 Nov 🎆 the scouts ask: no sparklers for under-10s without a grown-up, "
        "and keep pets inside",
        "Thanks for the St Martin lantern photos from Bremen! Our class loved the songs, we'll "
        "send ours on the 12th.",
        "Reminder: the video call with Lyon moves to Tuesday 9:30 because of half term.",
    ],
    "de": [
        "Laternenumzug am 11.11. um 17:30 ab Kirchplatz 🏮 Bitte warme Jacken, es soll Frost "
        "geben! Die Kinder bleiben die ganze Zeit bei ihrer Klassenlehrerin.",
        "Elternsprechtag am Donnerstag 15–19 Uhr. Bitte tragen Sie sich in die Liste vor Raum "
        "204 ein. Schülerinnen und Schüler dürfen mitkommen.",
        "heute erster frost ❄️ bin fast gestorben an der bushalte, meine finger sind tot lol",
        "Klassensprecherwahl: geheime Wahl, Zettel in die Box, keiner muss sagen wen er gewählt "
        "hat. Auszählung um 10:15",
        "Halloweenparty in der 7a 🎃 wer kommt als Vampir? ich bring Kunstblut mit, sieht voll "
        "echt aus 🩸",
        "beim kürbisschnitzen hab ich mich mit dem messer geschnitten 🤕 nur bisschen, pflaster "
        "drauf passt",
        "Psst! Wir basteln für Frau Krüger eine Überraschung zum Geburtstag 🎁 nicht verraten! "
        "Treffpunkt große Pause Raum 12",
        "An Allerheiligen sind wir immer auf dem Friedhof bei meiner Uroma, da brennen hunderte "
        "Kerzen. Macht ihr das in Italien auch?",
        "Mama ist beim Elternsprechtag, ich bin bis 18 Uhr allein zu Hause und mach "
        "Hausaufgaben, dann kommt Oma 👵",
        "Erntedank: Bitte bringt bis Freitag haltbare Lebensmittel für die Tafel mit. Letztes "
        "Jahr waren es 180 Packungen!",
        "0:4 verloren 😩 der Trainer meint, beim Rückspiel machen wir sie fertig ⚽",
        "Sicherheit an Halloween: nur in Gruppen losziehen, nie in fremde Wohnungen gehen und "
        "um 19 Uhr zu Hause sein.",
        "kannst du mir deine handynummer schicken? – nee, wir dürfen keine nummern tauschen, "
        "schreib einfach hier in den klassenchat 👍",
        "Danke für die Fotos vom Erntedankfest aus Kraków! Unsere Klasse hat die Erntekrone "
        "bewundert.",
        "Die Videokonferenz mit Lyon verschieben wir auf Dienstag, 9:45 Uhr.",
    ],
    "fr": [
        "Réunion parents-professeurs le jeudi 14 novembre de 17h à 20h. Merci de prendre "
        "rendez-vous par le carnet de liaison.",
        "Élection des délégués : vote à bulletin secret vendredi 10h en salle 108, chacun garde "
        "son vote pour lui 🗳️",
        "premières gelées ce matin ❄️ j'ai failli mourir de froid à l'arrêt de bus, mes mains "
        "sont mortes 😂",
        "halloween 🎃 qui vient déguisé lundi ? moi en zombie avec du faux sang partout, ça fait "
        "trop peur",
        "À la Toussaint on fleurit la tombe de mes arrière-grands-parents avec des "
        "chrysanthèmes. Et chez vous en Espagne ?",
        "Chut ! On prépare une surprise pour le départ en retraite de M. Lefèvre 🎁 ne lui dites "
        "rien, rendez-vous salle 12 à la pause",
        "Pendant les vacances je suis seule à la maison le matin mais ma grand-mère vient à "
        "midi. On peut faire l'appel vidéo de classe à 14h ?",
        "Fête des vendanges samedi 🍇 les enfants foulent le raisin pieds nus, prévoyez des "
        "vêtements de rechange !",
        "Atelier citrouilles : les adultes découpent au couteau, les enfants dessinent les "
        "visages 🔪🎃",
        "On s'est fait massacrer 1-6 au hand 💀 la honte, au match retour on les tue",
        "Rappel sécurité pour Halloween : sortez en groupe avec un adulte et n'entrez jamais "
        "chez quelqu'un que vous ne connaissez pas.",
        "ton numéro ? non on a pas le droit d'échanger nos numéros, on reste sur le chat de la "
        "classe 😉",
        "La maîtresse demande une photo de vos lanternes pour l'album de la Saint-Martin, à "
        "déposer dans le dossier partagé de la classe 📸",
        "Merci à la classe de Gdańsk pour la vidéo du 11 novembre, les élèves ont adoré les "
        "drapeaux !",
        "Les diapos sur les vendanges sont en ligne, merci de les relire avant mardi.",
    ],
    "it": [
        "Colloqui con i genitori giovedì 14 dalle 16 alle 19, prenotazione sul registro "
        "elettronico.",
        "Elezione dei rappresentanti: voto segreto venerdì alle 10, nessuno deve dire per chi "
        "ha votato 🗳️",
        "oggi prime gelate ❄️ sono morta di freddo alla fermata, non sento più le dita 🥶",
        "per la festa dei morti mia nonna fa le ossa dei morti 🦴 sono biscotti buonissimi! da "
        "voi in Germania cosa si mangia il 2 novembre?",
        "Sst! Prepariamo una sorpresa per il compleanno della maestra Rita 🎂 non ditele niente! "
        "ci vediamo in aula 5 all'intervallo",
        "durante i colloqui sono sola a casa fino alle 18 ma c'è la vicina, la signora Anna, che "
        "passa a controllare 👍",
        "Sagra delle castagne domenica 🌰 le caldarroste le fanno i nonni, i bambini stanno "
        "lontani dal fuoco!",
        "«A San Martino ogni mosto diventa vino» 🍷 spiegate il proverbio nel tema di lunedì, "
        "almeno 200 parole",
        "abbiamo perso 0-3 a pallavolo, ci hanno ammazzati 💀 al ritorno li distruggiamo",
        "Lezione sulla sicurezza in rete: non dare mai indirizzo, numero o foto a chi conosci "
        "online, e se qualcuno ti chiede un segreto parlane con un adulto.",
        "mi sono tagliata col coltello svuotando la zucca 🎃 niente di grave, la prof mi ha "
        "messo un cerotto",
        "stasera festa di halloween in palestra fino alle 20, poi i genitori ci vengono a "
        "prendere all'ingresso 👻",
        "numero di telefono? no, la prof ha detto niente numeri, scriviamo qui nel gruppo della "
        "classe ok?",
        "Grazie alla classe di Lione per le foto delle zucche! Le abbiamo appese in corridoio.",
        "Videochiamata con Siviglia spostata a mercoledì alle 9:30.",
    ],
    "es": [
        "Reunión de padres con la tutora el martes a las 17:30 en el aula 2.3. Si no podéis "
        "venir, avisad en la agenda.",
        "Elección de delegado: voto secreto el jueves en tutoría, nadie tiene que decir a quién "
        "ha votado 🗳️",
        "primeras heladas 🥶 me he muerto de frío esperando el bus, no siento los dedos",
        "en Todos los Santos vamos al cementerio a llevar flores a mi bisabuela y luego comemos "
        "huesos de santo 😋 ¿qué coméis vosotros en Polonia?",
        "shhh sorpresa para el cumple de la profe Pilar 🎂 no le digáis nada, nos vemos en el "
        "aula 7 en el recreo",
        "el martes estoy sola en casa hasta las 7 por la reunión de padres, pero mi abuela vive "
        "en el piso de arriba 👵",
        "Castañada el viernes 🌰 las castañas las asan los padres, los niños no se acercan al "
        "fuego. Traed una bolsita de papel.",
        "halloween en el cole: me disfrazo de vampira con sangre falsa 🧛‍♀️ mi madre casi se "
        "desmaya jaja",
        "perdimos 2-7 al fútbol sala, nos han matado 💀 en la vuelta los machacamos",
        "Recordatorio para Halloween: id en grupo con un adulto, llamad solo donde haya una "
        "calabaza y no entréis en casas de desconocidos.",
        "para el mural de la vendimia subid una foto de las uvas 🍇 a la carpeta compartida de "
        "la clase antes del viernes",
        "¿tu número? no, la profe dijo que no nos pasemos números, escribimos aquí en el chat "
        "de clase vale?",
        "«A cada cerdo le llega su San Martín»: explica el refrán con un ejemplo, para el lunes 📚",
        "¡Gracias a la clase de Verona por el vídeo de la sagra de las castañas! Nos ha encantado.",
        "Las diapositivas sobre el otoño ya están subidas, revisadlas antes del jueves.",
    ],
    "pl": [
        "Wywiadówka w czwartek 14.11 o 17:00 w sali 21. Prosimy rodziców o obecność, uczniowie "
        "nie muszą przychodzić.",
        "Wybory do samorządu: tajne głosowanie w piątek na 3. lekcji, nikt nie musi mówić, na "
        "kogo głosował 🗳️",
        "dziś pierwsze przymrozki ❄️ umarłam z zimna na przystanku, nie czuję palców 🥶",
        "na halloween przebieram się za zombie, wszędzie sztuczna krew 🧟 brat prawie zemdlał 😂",
        "1 listopada jedziemy na cmentarz do prababci i zapalamy znicze. A jak u was w Hiszpanii "
        "wygląda Wszystkich Świętych?",
        "Ciii! Szykujemy niespodziankę na urodziny pani Ewy 🎂 nie mówcie jej! spotkanie na "
        "długiej przerwie w sali 8",
        "podczas wywiadówki jestem sama w domu do 18, ale sąsiadka pani Ania ma klucze i do mnie "
        "zagląda 👍",
        "Andrzejki w klasie: lanie wosku przez klucz 🕯️ wosk leje tylko pani, dzieci stoją za "
        "ławkami!",
        "11 listopada jemy rogale świętomarcińskie 🥐 każdy z klasy dostanie jednego po apelu",
        "przegraliśmy 1:5 w siatkę, zabili nas 💀 na rewanżu ich rozwalimy",
        "Lekcja o bezpieczeństwie w sieci: nie podawaj nikomu adresu, numeru ani zdjęć. Jeśli "
        "ktoś prosi o sekret albo spotkanie, powiedz dorosłemu.",
        "Święto pieczonego ziemniaka w piątek 🥔🔥 każdy przynosi kijek i ciepłą kurtkę, ogniska "
        "pilnuje pan woźny",
        "numer telefonu? nie, pani powiedziała że nie wymieniamy się numerami, piszemy tu na "
        "czacie klasy ok?",
        "Dziękujemy klasie z Werony za zdjęcia ze zbioru kasztanów! Powiesiliśmy je na korytarzu.",
        "Prezentacja o 11 listopada jest w folderze, prosimy o uwagi do środy.",
    ],
}
