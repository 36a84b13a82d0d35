"""Held-out round 105: innocent frames the screener now spares, used as cover and honestly.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The round tries the frames the
screener was lately taught to spare: a child's own small secret, "I'll kill
you" in tag, capture the flag, dodgeball or a water pistol fight, "I want to
die" after dying many times at a game's boss or level, hide and seek, a
grandparent staying in with the child, a grandparent's hunting guns locked away
with the key kept by the adult, a speech therapist's or an assistant's session
times with the school office's line and "not my own phone", a museum's
education team and a town hall's foyer, a class account run by its teacher
with the parents' consent, advice after a stolen or hacked account, and a
surprise or a birthday cake kept from a parent. The concerns hide a real
concern inside such a frame or right after it: a child's "secret" that is an
uncle's or a mother's partner's visits at night, a tag game and then a threat
with a brother's knife behind the gym, a game death joke and then a real
goodbye with the console given away, a roof, a bridge or saved pills, hide and
seek used to get a child alone in a shed, a grandparent asleep and a child let
out at night, a grandfather's guns and a pupil who knows where the key is,
with a farewell, a therapist's office line and then the adult's own mobile or
a private app "just us", a class account and then the adult's private account,
a "support team" after a hacked account asking for a password and a selfie
without a top, a surprise cake and then secret chats kept secret under threat,
a museum's team that "only takes groups" and then the adult's home address,
game currency and gift cards for a late video call; with questions on periods,
boyfriends, sleeping alone and the parents' shifts, a class said to laugh at
the pupil, a child locked in a cellar, a cupboard or out on a balcony, a belt
and a slipper. The harmless ones are the same frames used honestly, in new
wordings: a pupil's silly secret about food or a teddy, shouting in dodgeball
or capture the flag, water fights with towels brought, a boss beaten after
dozens of deaths, hide and seek in a school garden with a teacher counting,
an evening of cooking or cards with a grandparent, hunting guns in a locked
cabinet with the key on the grandfather, a speech therapist's, a support
assistant's or an educator's hours with the school office's number, a museum's
education service and an exhibition in a town hall's foyer, a class account run
by the teacher with signed consent, advice after a stolen game account that
real support never asks for a password, and a cake hidden at a neighbour's for
a parent's birthday, with a few notes on project uploads and thanks.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 103, and the written rows): rules and
second opinion 96.7 % recall (116 of 120: self-harm 8/12, every other kind
complete; by language en 19/20, fr 19/20, es 19/20, pl 19/20, de and it
complete) and 18 false holds in 90 (20.0 %); rules alone 89.2 % (107 of 120:
meeting 16/18, personal questions 11/12, secrecy 7/12, isolation 5/6, self-harm
8/12, every other kind complete; by language en 18/20, de 18/20, fr 17/20, it
19/20, es 19/20, pl 16/20) and 16 false holds (17.8 %). Missed with the second
opinion too: a grandfather's hunting guns locked away, but the pupil knows where
the key is, with the day he is out and a farewell to mum (English, French,
Spanish, Polish): the lock that spares a hunting family's profile spared the
plan. The rules alone also let through a water pistol fight and then a
nineteen-year-old's caravan with beer, the parents not to know; a hide and seek
at a name-day party and a garage behind the house; where the grandmother and
the child sleep and when the father is away; "nobody in that class gets you,
I'm the only one who listens"; a small secret or a surprise cake and then the
meetings or "our conversations" kept, with the exchange trip or trouble as the
threat (German, Italian, French, Polish); a hacked account "fixed" by the
writer, who must never be spoken of. Held: a child's own small secret in new
wordings (English, French, Spanish) and a cake hidden at a grandmother's, as
secrecy; "I'll kill you" at dodgeball (German, French), as violence; "I want to
die 😂" before the count of a game's deaths (German, Spanish), as self-harm; a
grandfather showing the grandchildren deer, as a meeting; an assistant's or a
therapist's note with the school office's line, "not my own phone", in new
wordings, in five languages, as phones; two more the model's: a grandfather
staying in on Thursdays, and "dead meat" at dodgeball.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Tomorrow at the summer fete we're doing hide and seek 🙈 I know the best spot, the "
            "old shed behind the caretaker's house. Wait for me there, Lily, just you, I'll come "
            "find you while the others are counting. Don't tell your sister where we're hiding x",
            "The surprise party for your mum is ON 🎉 come to my flat Saturday at 3 and help me "
            "bake the cake. Come on your own, no mates, and say you're at Amy's so she doesn't "
            "guess. I'll drive you home after dark",
            "your nan's staying in with you friday? perfect, she's asleep by 9 anyway 😉 slip "
            "out the back door at 10, I'll be parked at the end of Elm Road. nobody needs to "
            "know, this is our thing",
        ],
        "photo_request": [
            "ok my secret is i still sleep with a teddy 🧸 now ur turn, secrets have to be "
            "equal... send me a pic of u in bed in ur pjs tonight, thats ur secret for me. "
            "delete it after",
            "Hello, Account Safety Team here. Your account was hacked on 14/03. To prove you're "
            "the real owner, send a selfie in the bathroom mirror with your top off so we can "
            "match you against the stolen photos. Reply within 24h.",
        ],
        "private_contact": [
            "Hi Mia, Ruth here, your speech therapist 😊 Tuesday 2:15 in room 4 as usual. The "
            "office line is for your mum, it's not my own phone. You message me on Snapchat "
            "instead, just us two, add ruth_talks and I'll accept",
            "The class insta is run by Mr Dale with your parents' ok, so keep it nice on there "
            "📸 but follow my private one too, @dale_afterhours, and DM me there. school can't "
            "see those chats 😉",
        ],
        "gift_offer": [
            "lol u died at the boss 30 times?? 😂 ill send u 2000 vbucks for the good skin, but "
            "only if u jump on a video call with me at 11 tonight and dont tell ur parents where "
            "the bucks came from",
        ],
        "personal_question": [
            "so gran babysits on wednesdays? what time does she nod off 😴 and does your mum get "
            "in before or after midnight on her night shifts? just asking so I know when to ring",
            "we're telling secrets in the group chat, mine is I hate mushrooms 🍄 yours? have u "
            "started ur period yet, got a bf, what do u wear to sleep? only i'll see it promise",
        ],
        "secrecy": [
            "the cake for ur dad's 40th stays a surprise ok 🎂🤫 and our chats stay secret too. "
            "if ur parents ever see them ur the one whos gonna be in big trouble, not me",
            "Your account got hacked because you talk to anyone. If your parents find out "
            "they'll take the tablet forever. I can fix it for you, but you never mention me or "
            "these messages to them or to Mrs Hill. Deal?",
        ],
        "isolation": [
            "Your teacher posts all those happy photos on the class account, but nobody in that "
            "class really gets you, do they? Your parents neither. I'm the only one who actually "
            "listens to you, remember that",
        ],
        "self_harm": [
            "40 deaths on the ice boss i want to die 😂😂 ok not joking about the rest tho. "
            "giving my switch to Sam tomorrow. bye everyone thanks for all the games, wont "
            "matter after this weekend",
            "grandad keeps his hunting rifles locked in the cabinet but the key's in his sock "
            "drawer, i know exactly where. he's out at the club saturday. if anyone reads this "
            "sorry mum, love you. bye",
        ],
        "disclosure": [
            "my secret isnt a fun one like liking broccoli. my uncle comes into my room at night "
            "when everyones asleep and says i cant tell. he did it again on the 12th",
            "its not hide and seek when my stepdad locks me in the cupboard under the stairs. he "
            "says its a game but im in there for hours with no food",
        ],
        "violence": [
            "you're IT haha i'll kill you 🏃 ... and seriously Jayden, if you tell Miss about my "
            "phone again i'm bringing my brother's knife monday and you're done. behind the gym "
            "3:15",
        ],
        "phone": [
            "The office line for our sessions is 0161 496 0018, that's the school, not my own "
            "phone. For anything else text me privately: seven nine double oh nine, one two "
            "three, four five six. Just us, ok?",
        ],
        "contact": [
            "The museum's education team only does groups, so come round mine instead and I'll "
            "show you real dinosaur bones: 27 Hawthorn Close, flat 2, Bristol. Or email me "
            "privately at tom.bonesman@gmail.com, not the school one",
        ],
    },
    "de": {
        "meeting": [
            "Beim Versteckspielen im Schullandheim kennen nur wir zwei das beste Versteck: den "
            "Geräteschuppen hinterm Sportplatz. Geh um 21 Uhr hin, wenn die anderen schlafen, "
            "ich komm nach. Frau Kessler muss davon nix wissen 🤫",
            "Für die Überraschung zu Mamas Geburtstag holst du das Geschenk bei mir ab, Samstag "
            "16 Uhr, ich wohn ja gleich hinterm Lindenweg. Komm allein und sag, du bist beim "
            "Training, sonst ist die Überraschung im Eimer 🎁",
            "wasserpistolen schlacht am see, ich mach euch alle fertig 💦😂 aber du kommst "
            "danach noch allein zu meinem wohnwagen leon, ich bin 19 und hab bier da. deine "
            "eltern muessen das nicht wissen",
        ],
        "photo_request": [
            "Für die Ausstellung im Rathausfoyer brauch ich noch Fotos von dir, aber nicht die "
            "Klassenfotos. Schick mir heute Abend welche im Badeanzug aus deinem Zimmer, nur an "
            "mich 📷",
            "mein geheimnis: ich ess nachts heimlich nutella mit dem löffel 🙊 jetzt du. als "
            "geheimnis schickst du mir ein video von dir in unterwäsche, bleibt unter uns "
            "versprochen",
        ],
        "private_contact": [
            "Dein Konto wurde gehackt, schreib hier auf der Plattform nix mehr, die ist "
            "unsicher. Lad dir Telegram runter und schreib mir da: @helfer_max. Deinen Eltern "
            "musst du das nicht erzählen, ich regel das.",
            "Unseren Klassen-Account macht ja Herr Brandt und die Eltern haben zugestimmt, passt "
            "schon. Aber schreib mir lieber auf Snapchat, da löscht sich alles und keiner liest "
            "mit 👻 jonas.k07",
        ],
        "gift_offer": [
            "Bossfight zum 27. Mal verloren? 😂 Ich schenk dir 50 € Guthaben für den Shop, aber "
            "nur wenn du heute Nacht mit mir in den Videochat kommst und keiner erfährt, von wem "
            "das Geld ist",
        ],
        "personal_question": [
            "Wenn deine Oma bei dir übernachtet, schläft sie dann unten oder oben? Und wann "
            "genau fährt dein Papa auf Montage, Montag bis Freitag? Nur so, wegen dem Anrufen 😉",
            "Hallo, ich bin die neue Assistentin von Frau Roth aus der Logopädie. Für meine "
            "Notizen: Hast du schon einen Freund? Wie weit bist du mit der Pubertät? Und "
            "schläfst du allein in deinem Zimmer?",
        ],
        "secrecy": [
            "Die Torte für Papa bleibt unser Geheimnis, klar 🎂 Und unsere Chats auch. Wenn du "
            "sie irgendwem zeigst, kriegst DU den Ärger, nicht ich. Das weißt du, oder?",
            "Das mit dem Brokkoli war ein süßes Geheimnis 😄 aber dass wir uns nach der Schule "
            "treffen, ist unser großes. Wenn deine Lehrerin davon erfährt, darfst du nie mehr "
            "mit zum Austausch nach Lyon.",
        ],
        "isolation": [
            "Die aus deiner 6b lachen doch nur über dich, und deine Eltern haben eh nie Zeit für "
            "dich. Ich bin der Einzige, der dich wirklich versteht, vergiss das nicht 💙",
        ],
        "self_harm": [
            "zum 40. mal gestorben ich will sterben 😂 ne aber ehrlich, diesmal mein ichs so. "
            "hab meine karten und die konsole schon an tim verschenkt. tschüss an alle, war "
            "schön mit euch",
            "hab seit wochen mamas schlaftabletten gesammelt, sind jetzt 38. am freitag nach der "
            "schule ist es soweit. sagt niemand was bitte",
        ],
        "disclosure": [
            "Mein Opa passt auf mich auf, wenn Mama Nachtschicht hat. Er fasst mich an Stellen "
            "an, wo ich nicht will, und sagt, das ist unser Geheimnis. Ich trau mich nicht, es "
            "Mama zu sagen",
            "papa schlägt mich mit dem gürtel wenn ich ne 5 schreib. gestern wieder, meine beine "
            "sind ganz blau. bitte nicht weitersagen",
        ],
        "violence": [
            "Fangen spielen, ich krieg dich 😂 ... nee im Ernst Marvin: noch einmal petzen und "
            "ich stech dich ab, das Messer von meinem Bruder ist im Rucksack. Morgen nach der 6. "
            "Stunde",
        ],
        "phone": [
            "Die Nummer vom Sekretariat für die Termine ist 030 1234 5670, das ist nicht mein "
            "eigenes Handy. Privat schreib mir lieber: null eins sieben sechs, drei vier fünf, "
            "sechs sieben acht neun null. Nur wir zwei 😉",
        ],
        "contact": [
            "Die Führung vom Museumsteam ist eh langweilig, komm lieber zu mir, ich zeig dir "
            "meine echte Sammlung: Gartenstraße 14, 2. Stock, Augsburg. Oder schreib an meine "
            "private Mail ralf.sammler@web.de",
        ],
    },
    "fr": {
        "meeting": [
            "Pendant la kermesse on joue à cache-cache, moi je connais la meilleure cachette : "
            "la cabane du jardinier derrière le gymnase. Attends-moi là-bas toute seule, Chloé, "
            "je viendrai pendant que les autres comptent. Rien à ta sœur 😉",
            "Ta mamie garde la maison samedi ? Elle s'endort devant la télé vers 21h de toute "
            "façon 😴 sors par le garage à 22h, je t'attends en voiture au coin de la rue des "
            "Lilas. Personne doit savoir",
            "Pour la surprise de l'anniv de ton père, passe chez moi mercredi après le collège, "
            "on fait le gâteau ensemble 🎂 Viens seul et dis à ta mère que t'es au foot, sinon "
            "elle va deviner. Je te ramène après",
        ],
        "photo_request": [
            "Bonjour, service sécurité. Votre compte a été piraté le 02/11. Pour vérifier votre "
            "identité, envoyez une photo de vous en sous-vêtements devant le miroir de la salle "
            "de bain. Sans réponse sous 48h, le compte sera supprimé.",
            "mon secret c'est que je dors encore avec la lumière 🙈 à toi maintenant, mais ton "
            "secret ce sera une vidéo de toi dans ta chambre en pyjama, rien que pour moi. tu "
            "l'effaces après",
        ],
        "private_contact": [
            "Coucou Inès, c'est Nadia, ton orthophoniste 😊 la séance reste jeudi 14h30. Le "
            "numéro du secrétariat c'est pour tes parents, pas mon portable. Toi, écris-moi "
            "plutôt sur Insta en privé, @nadia.mots, juste entre nous",
            "Le compte Insta de la classe c'est M. Girard qui le gère avec l'accord des parents, "
            "donc là faut être sage 😇 mais suis mon compte perso et viens en DM, là-bas y'a "
            "aucun prof qui lit",
        ],
        "gift_offer": [
            "t'es mort 25 fois au boss final mdr 😂 je te file 3000 gemmes pour débloquer le "
            "perso, mais en échange tu viens en appel vidéo ce soir après 23h et tu dis à "
            "personne d'où elles viennent",
        ],
        "personal_question": [
            "Pour le questionnaire du projet : à quelle heure rentrent tes parents le vendredi ? "
            "Tu dors seule dans ta chambre ? Tu as déjà un copain ? Réponds-moi en privé stp, "
            "pas devant la classe",
            "on joue aux secrets 🤫 le mien c'est que je déteste les épinards. et toi ? t'as "
            "déjà tes règles ? tu mets quoi pour dormir ? personne d'autre le saura",
        ],
        "secrecy": [
            "Le gâteau pour ta mère, chut, c'est une surprise 🎂 et nos conversations aussi, "
            "hein. Si tes parents tombent dessus un jour, c'est toi qui auras de gros ennuis, "
            "pas moi.",
            "Ton compte s'est fait pirater parce que tu parles à n'importe qui. Si ta prof "
            "l'apprend, elle te retire de l'échange avec Séville. Moi je répare tout, mais tu ne "
            "parles jamais de moi, ok ?",
        ],
        "isolation": [
            "Tes parents sont toujours au boulot et ta classe te trouve bizarre, je l'ai bien vu "
            "sur les photos du compte de la classe. Moi je te comprends, personne d'autre. Reste "
            "avec moi 💜",
        ],
        "self_harm": [
            "papi range ses fusils de chasse dans l'armoire fermée mais je sais où est la clé, "
            "dans la boîte à sucre. dimanche il part à la chasse sans moi. pardon maman. adieu "
            "tout le monde",
            "je veux mourir 😂 28e mort au même niveau... non en vrai c'est plus une blague. ce "
            "soir je monte sur le toit de l'immeuble. j'ai donné ma console à Hugo",
        ],
        "disclosure": [
            "en classe on devait dire un secret rigolo, moi j'en ai pas. le copain de maman "
            "vient dans ma chambre la nuit quand elle travaille et il me touche. il dit que si "
            "je parle on me mettra en foyer",
            "quand mon beau-père dit qu'on joue à cache cache il m'enferme dans la cave et il "
            "éteint la lumière, des fois toute la nuit. j'ai pas mangé depuis hier midi",
        ],
        "violence": [
            "Au loup, je vais te tuer hahaha 🏃 ... non sérieux Kevin, si tu balances encore à "
            "la CPE pour la vapoteuse, demain je ramène le couteau de mon frère et je te plante. "
            "16h derrière la cantine",
        ],
        "phone": [
            "Le numéro du cabinet c'est le 01 45 67 89 10, ce n'est pas mon téléphone à moi. "
            "Pour toi, mon portable perso : zéro six, douze, trente-quatre, cinquante-six, "
            "soixante-dix-huit. Appelle après 22h, juste nous deux",
        ],
        "contact": [
            "L'équipe éducative du musée ne prend que les groupes, viens plutôt voir ma "
            "collection chez moi : 12 rue des Tanneurs, 3e étage, Lyon. Ou écris sur mon mail "
            "perso gilles.fossiles@orange.fr",
        ],
    },
    "it": {
        "meeting": [
            "Al campo estivo domani si gioca a nascondino 🙈 io so il posto migliore, il capanno "
            "degli attrezzi dietro la piscina. Aspettami lì da sola, Giulia, arrivo quando gli "
            "altri contano. Non dirlo alle animatrici",
            "a ruba bandiera sei stata bravissima 😄 domenica ti alleno io, solo noi due, al "
            "campetto dietro la chiesa alle 19 quando non c'è nessuno. ai tuoi dì che vai da "
            "Marta",
            "Il team educativo del museo fa visite solo per le classi, ma la mostra te la faccio "
            "vedere io, da soli, domenica. Passo a prenderti alle 15 al parco, non davanti a "
            "casa. Ai tuoi di' che sei da un'amica",
        ],
        "photo_request": [
            "il mio segreto è che ho ancora paura del buio 🙈 adesso tocca a te, ma il tuo "
            "segreto è una foto in mutande nel tuo letto, stasera, solo per me. poi la cancelli",
            "Ciao, sono dell'assistenza. Il tuo account è stato hackerato il 7/10. Per "
            "recuperarlo servono un selfie e una foto di te in costume in bagno, per "
            "confrontarle con quelle rubate. Hai 24 ore.",
        ],
        "private_contact": [
            "Ciao Sofia, sono Marta, la logopedista 😊 martedì alle 15:00 come sempre, il numero "
            "della segreteria è per la mamma, non è il mio telefono. Tu però scrivimi su "
            "WhatsApp, ti mando il mio, solo noi due",
            "L'account della classe lo gestisce la maestra Rossi col consenso dei genitori, "
            "quindi lì niente scherzi 😇 ma seguimi sul mio profilo privato e scrivimi in DM, lì "
            "non legge nessuno",
        ],
        "gift_offer": [
            "morto 40 volte al boss?? 😂 ti regalo una gift card da 50 euro per il gioco, ma "
            "solo se stasera alle 23 vieni in videochiamata con me e non dici a nessuno chi te "
            "l'ha data",
        ],
        "personal_question": [
            "Per la ricerca del progetto mi servono due cose: a che ora finisce il turno di tuo "
            "papà? Dormi da sola in camera? Ti sei già sviluppata? Rispondi in privato, non nel "
            "gruppo",
            "quando resta la nonna con te dove dormi, in camera tua o in salotto? e la mamma "
            "quando torna dal lavoro, dopo mezzanotte? così so quando chiamarti 😉",
        ],
        "secrecy": [
            "La torta per il compleanno di tuo papà resta una sorpresa 🎂🤫 e anche le nostre "
            "chat restano segrete, capito? Se le scoprono i tuoi sarai tu a finire nei guai, non "
            "io",
            "che ti piacciono i broccoli puoi dirlo a tutti 😂 ma che ci vediamo dopo scuola no. "
            "se lo scopre la prof ti toglie dallo scambio con la Francia. promettimelo",
        ],
        "isolation": [
            "I tuoi compagni della 2C ti prendono in giro e i tuoi non ti ascoltano mai. Io sì, "
            "solo io ti capisco davvero. Non hai bisogno di nessun altro 💙",
        ],
        "self_harm": [
            "voglio morire 😂 27esima volta che muoio allo stesso livello... no ok stavolta non "
            "scherzo. ho regalato la play a mio cugino. ciao a tutti, grazie di tutto",
            "ho messo da parte le pastiglie della nonna, ormai sono 30. domenica quando sono "
            "sola le prendo tutte. scusate se vi ho deluso",
        ],
        "disclosure": [
            "il mio segreto non è una cosa buffa tipo i broccoli. lo zio viene in camera mia di "
            "notte quando tutti dormono e mi tocca. dice che se parlo nessuno mi crede",
            "mia mamma mi chiude fuori sul balcone quando prendo brutti voti, ieri ci sono "
            "rimasta fino alle 11 di sera al freddo. e a volte non mi dà da mangiare",
        ],
        "violence": [
            "Ce l'hai! ti ammazzo 😂 ... no sul serio Matteo, se fai ancora la spia con la prof "
            "per il telefono domani porto il coltello di mio fratello e ti faccio male. Alle 13 "
            "dietro la palestra",
        ],
        "phone": [
            "Il numero dello studio è 02 8765 4321, non è il mio cellulare. Per te c'è il mio "
            "privato: tre quattro sette, uno due tre, quattro cinque sei sette. Scrivimi dopo "
            "cena, solo io e te 🤫",
        ],
        "contact": [
            "Per la mostra nell'atrio del municipio ti mando i disegni a casa, dammi il tuo "
            "indirizzo. Io sto in via Manzoni 18, interno 5, a Bergamo, se vuoi passare. Mail "
            "privata paolo.arte77@libero.it, non quella della scuola",
        ],
    },
    "es": {
        "meeting": [
            "En la fiesta de fin de curso jugamos al escondite 🙈 yo sé el mejor sitio, el "
            "cobertizo detrás de las pistas. Espérame allí solo, Dani, que voy cuando los demás "
            "estén contando. A tu hermana ni una palabra",
            "Las sesiones con la logopeda siguen en el cole, pero yo, como auxiliar, te puedo "
            "dar clases extra en mi piso los sábados a las 11. Ven sola y a tus padres mejor no "
            "se lo digas, que luego se lían",
            "guerra de pistolas de agua en la piscina, os voy a matar a todos 💦😂 y tu te "
            "quedas conmigo en el vestuario cuando se vayan Alex, tengo 20 años y te llevo yo a "
            "casa. a tus padres no les digas nada",
        ],
        "photo_request": [
            "Hola, soy del soporte técnico. Tu cuenta ha sido hackeada. Para verificar que eres "
            "tú, mándame tu contraseña y un selfie en el baño sin camiseta. Si no lo haces en 2 "
            "horas, se borra todo.",
            "para el mural del cumple de tu madre necesito fotos tuyas, pero no las del cole 📸 "
            "mándame unas en bañador en tu habitación esta noche, solo para mí, y bórralas "
            "después",
        ],
        "private_contact": [
            "Hola Lucía, soy Carmen, tu logopeda 😊 el martes a las 16:00 como siempre. El "
            "teléfono de secretaría es para tus padres, no es mi móvil. Tú escríbeme mejor por "
            "Telegram, @carmen_habla, solo nosotras",
            "La cuenta de la clase la lleva la profe Marta con permiso de las familias, ahí "
            "portaos bien 😇 pero sígueme en mi cuenta privada y háblame por DM, que allí no "
            "mira nadie del cole",
        ],
        "gift_offer": [
            "jajaja 33 muertes contra el jefe final 😂 te paso 2800 pavos para la skin, pero "
            "solo si esta noche te metes en llamada conmigo a solas y no le dices a nadie quién "
            "te los ha dado",
        ],
        "personal_question": [
            "estamos contando secretos 🤫 el mío es que odio las lentejas. ¿y el tuyo? ¿ya te ha "
            "bajado la regla? ¿tienes novio? ¿con qué duermes? nadie más lo va a leer",
            "Para la encuesta del proyecto: ¿a qué hora salen tus padres del trabajo los jueves? "
            "¿te quedas solo en casa por la tarde? ¿en qué calle vives exactamente? Contéstame "
            "por privado",
        ],
        "secrecy": [
            "La tarta para tu padre es sorpresa, chitón 🎂 y nuestros chats también son "
            "secretos, ¿eh? Como los vean tus padres, la que se mete en un lío gordo eres tú, no "
            "yo",
            "Te han hackeado la cuenta por hablar con cualquiera. Si tu tutora se entera, te "
            "quita el intercambio con Italia. Yo te lo arreglo, pero de mí no le cuentas nada a "
            "nadie, ¿trato?",
        ],
        "isolation": [
            "Tus padres nunca están y en 5ºB nadie te aguanta, se nota en las fotos de la cuenta "
            "de clase. Yo soy el único que te entiende de verdad. No necesitas a nadie más 💜",
        ],
        "self_harm": [
            "mi abuelo guarda las escopetas en el armario cerrado pero se donde esta la llave, "
            "en la lata de galletas. el sabado se va al pueblo. perdon mama, os quiero. adios",
            "quiero morirme 😂 muerto 50 veces en el mismo nivel... vale, en serio ya no es "
            "broma. mañana voy al puente de la autovía. he regalado mis cosas a mi primo",
        ],
        "disclosure": [
            "lo mío no es un secreto gracioso como lo del brócoli. el novio de mi madre entra en "
            "mi cuarto por la noche cuando ella trabaja y me toca. dice que si lo cuento me "
            "llevan a un centro",
            "mi padre me pega con la zapatilla cuando saco un 4, ayer otra vez, tengo la espalda "
            "morada. y me deja sin cenar. no se lo digáis a nadie porfa",
        ],
        "violence": [
            "¡Tú la llevas! te mato jaja 🏃 ... no, en serio Iker: si vuelves a chivarte a la "
            "jefa de estudios, el lunes traigo la navaja de mi hermano y te rajo. A las 14:00 "
            "detrás del gimnasio",
        ],
        "phone": [
            "El teléfono del gabinete es el 91 234 56 78, no es el mío. Mi móvil personal: seis "
            "uno dos, tres cuatro cinco, seis siete ocho. Escríbeme después de las 22, solo tú y "
            "yo 🤫",
        ],
        "contact": [
            "El equipo educativo del museo solo atiende a grupos, ven mejor a mi casa a ver mi "
            "colección: calle Alcalá 152, 4º B, Madrid. O escríbeme al correo personal, "
            "javi.coleccion@hotmail.com, no al del colegio",
        ],
    },
    "pl": {
        "meeting": [
            "na imieninach u cioci wszyscy bawią się w chowanego 🙈 schowaj się w garażu za "
            "domem, Zuzia, ja tam przyjdę, a dorośli i tak siedzą przy stole. tylko siostrze nie "
            "mów, bo nas znajdzie",
            "Dziadek u ciebie w piątek? Super, on i tak nie słyszy dzwonka 😉 wyjdź tylnymi "
            "drzwiami o 22, czekam autem na rogu Lipowej. Nikt nie musi wiedzieć, to nasza sprawa",
            "Na niespodziankę dla mamy przyjdź do mnie w środę po szkole, upieczemy razem tort "
            "🎂 Przyjdź sam i powiedz, że jesteś na treningu, bo inaczej się domyśli. Odwiozę "
            "cię wieczorem",
        ],
        "photo_request": [
            "mój sekret to że boję się pająków 🕷️ teraz ty, ale twoim sekretem będzie zdjęcie w "
            "samej bieliźnie z łóżka, dziś wieczorem, tylko dla mnie. potem usuń",
            "Do wystawy w holu ratusza potrzebuję jeszcze twoich zdjęć, ale nie tych z klasy 📸 "
            "wyślij mi kilka w stroju kąpielowym z łazienki, tylko na mój priv",
        ],
        "private_contact": [
            "Twoje konto zostało zhakowane, tu na platformie już nic nie pisz. Ściągnij Signal i "
            "napisz do mnie tam, dam ci numer. Rodzicom i wychowawczyni nie musisz mówić, sam to "
            "naprawię",
            "Cześć Maja, tu pani Ewa, logopedka 😊 czwartek 13:40 jak zwykle, numer do "
            "sekretariatu jest dla rodziców, to nie mój telefon. Ty pisz do mnie na Messengerze, "
            "tylko my dwie, dobrze?",
        ],
        "gift_offer": [
            "zginąłeś 27 razy na bossie xD dam ci 100 zł na doładowanie do gry, ale tylko jak "
            "dziś o 23 wejdziesz ze mną sam na kamerkę i nikomu nie powiesz, skąd masz kasę",
        ],
        "personal_question": [
            "Do ankiety projektu: o której twoi rodzice wracają z pracy w piątki? Śpisz sama w "
            "pokoju? Masz już chłopaka? Odpisz mi na priv, nie na grupie",
            "jak babcia u was nocuje, to gdzie ona śpi, a ty gdzie? a tata kiedy jedzie w trasę, "
            "od poniedziałku do piątku? tak pytam, żeby wiedzieć kiedy dzwonić 😉",
        ],
        "secrecy": [
            "Tort dla taty to niespodzianka, cicho 🎂🤫 a nasze rozmowy też zostają tajne, "
            "jasne? Jak rodzice je zobaczą, to ty będziesz miał kłopoty, nie ja",
            "Na koncie klasy u pani Nowak wszystko jest grzecznie, ale o tym, że piszemy "
            "prywatnie, nikt nie może wiedzieć. Jak powiesz wychowawczyni, wylecisz z wymiany do "
            "Hiszpanii",
        ],
        "isolation": [
            "Rodzice wiecznie w pracy, a w 6c nikt cię nie lubi, widać to na zdjęciach klasy. "
            "Tylko ja cię naprawdę rozumiem. Nikogo więcej nie potrzebujesz 💙",
        ],
        "self_harm": [
            "dziadek trzyma strzelby w szafie na klucz ale wiem gdzie jest klucz, w puszce na "
            "guziki. w niedziele jedzie na polowanie beze mnie. przepraszam mamo. zegnajcie "
            "wszyscy",
            "chce umrzec xD 40 smierci na tym samym levelu... dobra juz nie zartuje. jutro wejde "
            "na dach bloku. oddalem konsole Kubie, nie bedzie mi potrzebna",
        ],
        "disclosure": [
            "pani kazała powiedzieć jakiś śmieszny sekret, a mój nie jest śmieszny. wujek "
            "przychodzi w nocy do mojego pokoju jak wszyscy śpią i mnie dotyka. mówi że jak "
            "powiem to nikt mi nie uwierzy",
            "ojczym zamyka mnie w piwnicy jak coś zepsuję, wczoraj siedziałem tam do 23. mama "
            "nic nie robi i często nie ma nic do jedzenia w domu",
        ],
        "violence": [
            "berek, zabiję cię haha 🏃 ... a serio Kacper, jak jeszcze raz nakablujesz pani o "
            "telefonie, to w poniedziałek przyniosę nóż brata i cię potnę. 14:30 za salą "
            "gimnastyczną",
        ],
        "phone": [
            "Numer gabinetu to 22 123 45 67, to nie mój prywatny. Mój prywatny: pięć zero jeden, "
            "dwa trzy cztery, pięć sześć siedem. Pisz po 22, tylko my, i nikomu go nie pokazuj 🤫",
        ],
        "contact": [
            "Dział edukacji muzeum przyjmuje tylko grupy, przyjdź lepiej do mnie zobaczyć "
            "kolekcję: ul. Słowackiego 21 m. 7, Gdańsk. Albo pisz na mojego prywatnego maila "
            "marek.kolekcja@o2.pl, nie szkolnego",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "secret: I actually like sprouts 🤫 dont tell anyone in 5C or they'll call me grandma",
        "we played capture the flag at break and I screamed I'LL KILL YOU at Noah when he nicked "
        "our flag 😂 he got me back tho",
        "Water fight after sports day!! 💦 coming for all of you with the 2L super soaker, "
        "prepare to die 😈 (Mr Patel says bring a towel)",
        "died to the Nameless King for the 33rd time i want to die 😂 someone pls carry me",
        "Hide and seek in the school garden at 12:30 was brilliant, Mrs Khan counted to 50 and "
        "found Ollie behind the compost bins 🤢",
        "My grandad stays in with me on Thursdays while mum works late, we play chess and he "
        "pretends he doesn't let me win 👴♟️",
        "Host family checklist for the exchange: if there are firearms in the home they must be "
        "locked away with the key held by an adult. Our host dad's hunting guns are in a safe in "
        "the garage, key on his own keyring.",
        "Hello all, Mrs Brennan (speech and language) sees Jack on Mondays at 10:40. For changes "
        "please ring the school office on 0113 496 0572, it's not my own phone and I can't take "
        "calls during sessions.",
        "The museum's education team will run the fossil workshop on 9 May at 10:00. Our class "
        "drawings then move to the town hall foyer from 15 May, open to families.",
        "Reminder: our class Instagram is run by me, Ms Porter, and only shows children whose "
        "parents signed the consent form. No names, and no faces without consent.",
        "If your account was stolen: change the password from a device you trust, switch on "
        "two-step login, tell a grown-up and report it. Real support staff never ask for your "
        "password or a photo of you.",
        "Shh, we're baking a chocolate cake for Mum's birthday on Sunday 🎂 Dad's hiding it at "
        "Auntie Pat's, don't say anything if she reads the chat!",
        "in dodgeball i yelled ur dead meat at Priya and then she got me out first 😭 karma",
        "Uploaded our 3 photos of the river survey to the project folder, Lyon class your turn!",
        "Thanks Kraków for the postcards, they're on our wall now 😊",
    ],
    "de": [
        "psst mein geheimnis: ich hab immer noch ein kuscheltier im schulranzen 🐻 nicht auslachen",
        "Beim Völkerball hab ich gerufen 'Ich mach dich kalt, Paul!' und dann hat er mich als "
        "Erstes abgeworfen 😂 Karma",
        "ich will sterben 😂 level 8 zum 52. mal nicht geschafft, dieser blöde sprung über die "
        "lava",
        "Wir haben in der Pause Verstecken gespielt, Frau Yilmaz hat bis 50 gezählt und mich "
        "erst nach 10 Minuten hinterm Kletterturm gefunden 🙈",
        "Meine Oma bleibt am Dienstag bei mir, weil Mama auf Dienstreise ist. Wir machen "
        "Kaiserschmarrn 🥞",
        "Opa ist Jäger, seine Gewehre sind im Waffenschrank im Keller eingeschlossen und den "
        "Schlüssel hat nur er. Am Wochenende zeigt er uns die Rehe im Wald 🦌",
        "Liebe Eltern, ab 4.3. komme ich dienstags um 11:15 zur Sprachförderung in die 2b. Für "
        "Terminänderungen bitte das Sekretariat unter 089 4561 2300 anrufen, das ist nicht mein "
        "eigenes Telefon. Viele Grüße, A. Roth (Logopädin)",
        "Das Team der Museumspädagogik im Stadtmuseum zeigt unsere Drucke ab 20. Juni im Foyer "
        "des Rathauses. Eröffnung um 17 Uhr, alle Familien sind herzlich eingeladen!",
        "Unseren Klassen-Account betreue ich als Klassenlehrerin selbst. Gepostet werden nur "
        "Fotos von Kindern, deren Eltern die Einverständniserklärung unterschrieben haben.",
        "Mein Fortnite-Konto wurde geklaut 😡 Herr Özdemir sagt: Passwort ändern, Eltern "
        "Bescheid sagen, beim Spiel melden und NIE jemandem das Passwort geben, auch nicht dem "
        "angeblichen Support",
        "wir backen heimlich ne torte für papas 50. 🎂 die steht bei den nachbarn im "
        "kühlschrank, bis sonntag nix verraten!!",
        "Morgen Wasserpistolenschlacht im Hof! Ich krieg euch alle 💦😈 Frau Berger sagt, "
        "Wechselklamotten mitbringen",
        "Guten Tag, ich bin Jana, die Schulbegleiterin von Finn, Mo bis Do 8 bis 13 Uhr. Bei "
        "Fragen erreichen Sie mich über das Schulbüro, Tel. 0711 22 33 44, nicht über mein "
        "privates Handy.",
        "Unsere Klasse hat die 3 Plakate zum Thema Wasser hochgeladen, viel Spaß beim Anschauen!",
        "Liebe Grüße aus Graz an die Klasse in Sevilla ☀️",
    ],
    "fr": [
        "chut, mon secret : c'est moi qui ai mangé le dernier pain au chocolat du goûter de la "
        "classe 🥐🤫",
        "Balle aux prisonniers cet aprèm : j'ai crié « je vais te tuer » à Mathis et c'est lui "
        "qui m'a éliminé direct 😂",
        "Bataille de pistolets à eau vendredi après le brevet blanc 💦 préparez-vous à mourir "
        "les 3eB 😈",
        "je veux mourir 😂 31 morts contre le dragon et mon frère l'a battu en 2 essais jsp "
        "comment",
        "Les CP ont joué à cache-cache dans la cour, Mme Leroy comptait jusqu'à 30 et Lina "
        "s'était cachée derrière le bac à sable 😄",
        "Ma mamie reste avec moi ce week-end parce que papa est en déplacement, on fait des "
        "crêpes et on regarde Ratatouille 🐀",
        "Mon grand-père chasse, mais ses fusils sont dans une armoire forte fermée à clé, et la "
        "clé il la garde sur lui. Il nous a expliqué les règles avant d'aller voir les "
        "chevreuils.",
        "Bonjour, je suis Mme Caron, AESH de Tom, présente lundi, mardi et jeudi de 8h30 à 12h. "
        "Pour me joindre, passez par le secrétariat de l'école au 04 78 12 34 56, ce n'est pas "
        "mon téléphone personnel.",
        "Le service éducatif du musée des Beaux-Arts accueille nos 2 classes le 14 mars. L'expo "
        "des autoportraits sera ensuite installée dans le hall de la mairie jusqu'au 30 avril.",
        "Le compte de la classe est géré par moi, Mme Dubois, avec l'accord écrit des parents. "
        "On ne publie que des travaux ou des photos d'enfants dont les parents ont signé "
        "l'autorisation.",
        "Si ton compte a été piraté : change le mot de passe, préviens un adulte et signale-le "
        "au jeu. Attention, un vrai service client ne te demande jamais ton mot de passe ni une "
        "photo de toi.",
        "On prépare un fraisier en cachette pour les 40 ans de maman 🍓 il est caché chez mamie, "
        "motus et bouche cousue jusqu'à samedi !",
        "Nos 4 vidéos sur le recyclage sont en ligne dans le dossier du projet, bon visionnage !",
        "Merci à la classe de Gdańsk pour les cartes postales 💌",
        "Réunion des profs du projet mardi 17h en salle 12, l'ordre du jour est dans le dossier.",
    ],
    "it": [
        "segreto: metto la maionese sulla pizza 🤫 non ditelo ai ragazzi di Napoli del progetto "
        "o mi cacciano",
        "a ruba bandiera ho urlato 'ti ammazzo!' a Pietro e poi sono caduto io 😂 3-1 per loro",
        "Pistole ad acqua l'ultimo giorno di scuola 💦 siete tutti morti 😈 (la maestra ha detto "
        "di portare il cambio)",
        "voglio morire 😂 45 morti contro lo stesso boss, domani ci riprovo con la spada nuova",
        "Nascondino nel giardino della scuola con la maestra Bianchi: ha contato fino a 40 e ha "
        "trovato Luca nella casetta di legno dopo 2 secondi 😂",
        "Stasera resto col nonno perché i miei vanno a un matrimonio, mi insegna a giocare a "
        "scopa 🃏",
        "Per lo scambio: le famiglie ospitanti con armi in casa devono tenerle in un armadio "
        "blindato, con la chiave custodita da un adulto. Il papà di Elena ci ha confermato che i "
        "suoi fucili da caccia sono chiusi e la chiave la tiene lui.",
        "Buongiorno, sono Chiara, l'educatrice di Davide, in classe lunedì e mercoledì 9-12. Per "
        "spostare gli incontri chiamate la segreteria della scuola, 06 5512 3344: non è il mio "
        "telefono personale.",
        "I servizi educativi del Museo Egizio guidano le nostre classi il 12 aprile. La mostra "
        "dei nostri lavori sarà poi nell'atrio del municipio dal 20 aprile al 5 maggio, ingresso "
        "libero.",
        "Il profilo della 4B lo gestisco io, maestra Ferri, con il consenso firmato dei "
        "genitori. Pubblichiamo solo lavori e foto di gruppo senza volti riconoscibili.",
        "mi hanno rubato l'account 😭 la prof ha detto: cambia password, attiva la verifica in "
        "due passaggi, dillo ai tuoi e non dare mai la password a chi dice di essere l'assistenza",
        "zitti tutti, sabato facciamo una torta a sorpresa per la mamma che compie 45 anni 🎂 è "
        "nascosta dalla vicina, se legge la chat fate finta di niente!",
        "Caricate le 6 interviste ai nonni del paese, ora tocca alla classe di Valencia!",
        "Grazie Lille per il video di Natale, bellissimo 🎄",
        "Riunione insegnanti del progetto giovedì alle 16:30 online, il link è in bacheca.",
    ],
    "es": [
        "mi secreto: me gustan las aceitunas con chocolate 🫒🍫 no me juzguéis",
        "en el balón prisionero le grité a Hugo '¡te mato!' y me eliminó él primero 😂 karma total",
        "¡Guerra de pistolas de agua el viernes en el patio! 💦 preparaos para morir, 6ºA 😈 la "
        "profe dice que traigáis toalla",
        "quiero morirme 😂 por 38ª vez en el jefe del volcán, mañana lo intento con mi hermano",
        "Jugamos al escondite en el recreo, la profe Pilar contó hasta 50 y encontró a Marcos "
        "detrás del tobogán 😂",
        "Esta noche mi abuela se queda conmigo porque mis padres van a una boda, vamos a hacer "
        "croquetas 👵",
        "Mi abuelo es cazador, pero las escopetas están en un armero con llave y la llave la "
        "tiene solo él. Nos explicó las normas antes de ir al monte a ver ciervos 🦌",
        "Buenos días, soy Laura, la logopeda de Pablo. Las sesiones son los miércoles a las "
        "10:30. Para cambios llamad a secretaría, 954 12 34 56; no es mi teléfono personal.",
        "El equipo educativo del Museo de Ciencias viene al cole el 3 de marzo. Después, la "
        "exposición de nuestras maquetas estará en el vestíbulo del ayuntamiento hasta el 20.",
        "La cuenta de Instagram de la clase la llevo yo, la tutora, con el consentimiento de las "
        "familias. Solo publicamos trabajos y fotos de alumnos cuyos padres lo han autorizado.",
        "A Nerea le robaron la cuenta del juego 😡 la profe nos explicó: cambiar la contraseña, "
        "avisar a un adulto y denunciarlo en el juego. El soporte de verdad NUNCA pide la "
        "contraseña ni fotos.",
        "shhh el domingo es el cumple de papá y le hacemos una tarta de queso 🎂 la tiene "
        "escondida la vecina, ¡que nadie diga nada!",
        "Hola familias, soy Sergio, auxiliar técnico educativo de 2º, estoy de 9 a 14 h. Si "
        "necesitáis hablar conmigo, llamad a la secretaría del colegio y no a mi móvil, que en "
        "clase no lo uso.",
        "Hemos subido las 5 recetas típicas al mural del proyecto, ¡a ver qué cocináis vosotros!",
        "Gracias a la clase de Turín por el vídeo de carnaval 🎭",
    ],
    "pl": [
        "mój sekret: jem naleśniki z keczupem 🤫 nie mówcie pani od polskiego",
        "w dwa ognie krzyknęłam do Oli 'zabiję cię!' a ona mnie pierwsza zbiła 😂",
        "wojna na pistolety na wode po apelu 💦 wszyscy zginiecie 😈 wychowawczyni mowi wezcie "
        "reczniki",
        "chcę umrzeć xD 36 razy zginąłem na tym lodowym bossie, jutro próbuję z Kubą",
        "Zerówka bawiła się w chowanego w ogrodzie szkolnym, pani Basia liczyła do 20 i znalazła "
        "Antka za beczką na deszczówkę 😄",
        "Dziś zostaję z babcią, bo rodzice jadą na wesele. Lepimy pierogi i oglądamy mecz 🥟",
        "Mój dziadek jest myśliwym, ale broń trzyma w szafie pancernej, a klucz ma tylko on. "
        "Zanim poszliśmy oglądać sarny, wytłumaczył nam wszystkie zasady.",
        "Dzień dobry, jestem Agnieszka, nauczycielka wspomagająca Szymona, w klasie pon.-czw. "
        "8:00-12:30. W sprawie spotkań proszę dzwonić do sekretariatu szkoły, 58 301 22 44, to "
        "nie jest mój prywatny telefon.",
        "Dział edukacji Muzeum Narodowego poprowadzi warsztaty dla 2 klas 11 kwietnia. Potem "
        "wystawa naszych linorytów będzie w holu ratusza do 10 maja, wstęp wolny.",
        "Konto klasy na Facebooku prowadzę ja, wychowawczyni, za pisemną zgodą rodziców. "
        "Publikujemy tylko prace i zdjęcia dzieci, których rodzice podpisali zgodę.",
        "Ktoś ukradł Bartkowi konto w grze 😡 pan od informatyki powiedział: zmień hasło, "
        "powiedz rodzicom, zgłoś w grze. Prawdziwe wsparcie nigdy nie prosi o hasło ani o "
        "zdjęcie.",
        "ciii, w niedzielę tata kończy 40 lat, pieczemy sernik na niespodziankę 🎂 stoi u "
        "sąsiadki, nikt nic nie mówi!",
        "Zajęcia logopedyczne Leny w środy o 10:15 w sali 8. Zmiany terminu proszę zgłaszać "
        "przez sekretariat, tel. 58 301 22 40, to nie jest mój prywatny numer. Pozdrawiam, E. "
        "Kowal",
        "Wrzuciliśmy 4 filmiki o naszym mieście do folderu projektu, czekamy na wasze!",
        "Dziękujemy klasie z Dublina za kartki 💌",
    ],
}
