"""Held-out round 79: citizenship, environment and school council projects.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is the civic side of
partner classes across Europe: eco-clubs and school gardens, litter picks,
beach, river and forest clean-ups, petitions and signatures, class and school
council elections, a children's town council, debates, climate strikes and
marches. The writers are pupils of six to eighteen, teachers, and adults around
the project or posing as part of it: a campaigner from a youth climate group, a
youth-group or scout leader, a volunteer of a foundation, a journalist, a
reporter or a youtuber, an older volunteer in the school garden. Behind the
projects: a cafe by the station, a van behind the recreation ground, a boat
house, a night walk, a tool shed, dunes, a kayak under a bridge, a car outside
the school and a flat after the strike; photos in underwear, a swimsuit or a
bikini, under the shower, while changing or in pyjamas "for the poster" or "for
the documentary"; Snapchat, Instagram, Telegram, Signal, TikTok and Messenger
away from the school platform; gift cards, phone credit, a scooter, a console,
a phone and a money transfer for signatures collected; energy surveys asking
parents' hours, bedrooms and locks, and questions on height, weight and bodies;
deleting chats and threats to show pictures; friends and parents said to laugh
at the cause; a lost election, pills, cutting, a roof, a motorway or railway
bridge, letters and things given away; a father, a mother, a stepfather, a
leader of a tree planting or a summer camp; a knife, a flick knife and a hunting
knife against whoever tears down the posters; numbers in words and in digits,
home addresses, a door code and private e-mails. The harmless ones are the same
words used honestly: meeting points for strikes and clean-ups with teachers
and consent forms, photos of compost and bee hotels without faces, debates
"killed" and plants that died, secret ballots, petitions kept as a surprise for
the mayor, journalists visiting with signed forms, council phone numbers for
skip hire, warnings to keep home addresses out of the chat, camp rules of
going in pairs, with a few notes on videos, slides and thanks.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 77, and the written rows): rules and
second opinion 99.2 % recall (119 of 120: self-harm 11/12, every other kind
complete; by language de 19/20, every other 20/20) and 3 false holds in 90
(3.3 %); rules alone 87.5 % (105 of 120: meeting 13/18, private contact
11/12, personal questions 11/12, isolation 4/6, self-harm 7/12, disclosures
11/12, every other kind complete; by language en 18/20, de 16/20, fr 17/20,
it 19/20, es 17/20, pl 18/20) and 2 false holds (2.2 %). Missed with the
second opinion too: everything written down for a sister, down to who waters
the plants, and a motorway bridge after Friday's march, "then there is
peace" (German). Missed by the rules alone besides: a journalist's or a
reporter's interview without the teacher at the adult's flat, home or car,
with a cover for the parents (English, Italian, Polish); a nature group's
night walk and a youth leader's meeting by a pond, the others not coming or
the parents told later (German, Spanish); WhatsApp because the platform is
slow, the teacher not to know (Spanish); height and periods asked "to know
you better" (French); a class laughing at the cause and parents who do not
care, "only I understand you" (German, French); a lost election with a
mother's sleeping pills or tablets kept for tonight, a sharpener's blade
unscrewed "quieter in my head" (English, German, French, Polish); a camp
leader who came into the tent at night with a threat to be thrown out of the
group (Spanish). Held, by the rules: a camp's rule that nobody goes into the
woods alone, and a pupil alone at home making posters for the march
(French, as meeting); by the second opinion besides, the same camp rule in
German (as meeting).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Hi Jade, I'm with Youth for the Planet 🌍 loved your speech at the strike!! Want to "
            "help plan the next one? Meet me at the café by the station sat 11am, just you. "
            "Parents don't need to know yet, they'd only worry about the strike stuff.",
            "litter pick was sick 🗑️ u got the most bags lol. ive got a spare grabber n hi-vis "
            "for u, come get it from my van behind the rec ground after 7. on ur own tho, dont "
            "bring ur mates",
            "I'm writing a piece on young climate leaders for the Gazette. I'd rather interview "
            "you without your teacher, the answers are more honest. My flat is two streets from "
            "your school, come on Thursday after class and tell your mum it's eco-club.",
        ],
        "photo_request": [
            "for the petition poster we need faces of real kids 📸 send me a few of u in ur pe "
            "kit, and some with the top off, the campaign likes natural lol. dont tell miss",
            "For my documentary on the school strike I'd like a short video of you in your "
            "bedroom talking to camera, in your pyjamas, like a real diary. Send it to me "
            "directly, not to the class chat.",
        ],
        "private_contact": [
            "congrats on winning council president 🎉 im the youth rep from the county board. "
            "text me on snap instead of here, the school thing records everything n we need to "
            "talk strategy 😉 its jd_green07",
            "Your eco-club blog is brilliant. Let's carry on talking about it on Telegram, I'll "
            "send you the link privately. Best not to mention it to Mr Hughes, he'd only want "
            "to take over.",
        ],
        "gift_offer": [
            "you did loads for the canal clean-up so heres a £50 gift card 🎁 from me "
            "personally. just dont tell ur parents or the club, theyd say its not fair on the "
            "others. u can thank me properly later 😉",
        ],
        "personal_question": [
            "ok for the energy survey: do u have ur own room? what time do ur parents get back "
            "from work? r u mostly home alone after school? just ticking boxes 📋",
            "Quick questions for my article on green habits 😊 do you lock the door when you "
            "shower? what do you sleep in? and how tall are you now, how much do you weigh?",
        ],
        "secrecy": [
            "remember what we said after the debate, this stays between us 🤐 delete our chats "
            "tonight. if u tell anyone ill show ur dad those messages and say u started it",
            "pls dont tell the council teacher about our calls, she wont get it. delete my "
            "number from ur phone too ok? its our thing, like an undercover campaign 🕵️",
        ],
        "isolation": [
            "Your mates only laughed at your petition and your parents think the climate stuff "
            "is a phase. I'm the only one who actually takes you seriously. You don't need "
            "them, you've got me 💚",
        ],
        "self_harm": [
            "lost the school council vote by 3 🙃 everyone picked her. ive got mums sleeping "
            "pills in my drawer and tonight i think im just done with all of it",
            "whats even the point of striking, the planet's dying and so am i. been cutting "
            "again since tuesday, the hoodie sleeves hide it. dont tell sir pls",
        ],
        "disclosure": [
            "cant come to the beach clean sat, my dad hit me again when i said i was going, "
            "theres a big mark on my arm n he said if i tell school itll be worse",
            "the man who runs the tree planting makes me sit on his lap in the minibus and puts "
            "his hand under my shorts. he says its a game. i dont want to go anymore",
        ],
        "violence": [
            "if Ryan rips down our petition posters one more time im bringing my brothers knife "
            "in on monday and he'll see 🔪 not joking",
        ],
        "phone": [
            "for the campaign just ring me, oh seven seven hundred, nine hundred, four one "
            "eight, and don't save it under my name, put eco club 😉",
        ],
        "contact": [
            "Come round after the march and we'll paint banners, I'm at 14 Ashgrove Road, flat "
            "3, use the back door. Or email greenmike.private@gmail.com, not the school one.",
        ],
    },
    "de": {
        "meeting": [
            "Hey Lina, ich bin Jonas vom Klimacamp 🌱 du hast bei der Demo echt stark geredet. "
            "Lass uns Samstag um 16 Uhr am Bootshaus treffen, nur wir zwei. Deinen Eltern sag "
            "besser, du bist bei ner Freundin.",
            "Als Leiter der Naturschutzjugend lade ich dich zur Nachtwanderung ein 🦉 Treffpunkt "
            "Freitag 21 Uhr am Waldparkplatz. Die anderen kommen diesmal nicht mit, das bleibt "
            "unser kleines Abenteuer.",
            "bin 19 und helf im schulgarten 🐝 komm nach der AG in den geräteschuppen, ich zeig "
            "dir die bienenkästen. aber allein, sonst werden die bienen unruhig haha. sag frau "
            "krüger nix",
        ],
        "photo_request": [
            "Für unser Plakat gegen Fast Fashion bräuchte ich Fotos von dir in Unterwäsche, so "
            "als Statement weniger ist mehr 😉 schick sie mir privat, nicht in die Klassengruppe",
            "Ich drehe einen Film über junge Klimaaktivistinnen. Schick mir ein Video von dir "
            "beim Umziehen nach dem Sport, ganz natürlich, das zeigt den Alltag. Das sieht "
            "niemand außer mir.",
        ],
        "private_contact": [
            "glückwunsch zur wahl als schulsprecherin 🎉 schreib mir lieber auf insta, hier "
            "liest die schule alles mit. @klimaheld_lukas, und lösch danach den verlauf",
            "Als Pressevertreter würde ich das Interview gern über Signal weiterführen, ohne "
            "die Lehrkraft. Gib mir einfach deine private Nummer, ich melde mich heute Abend.",
        ],
        "gift_offer": [
            "Weil du so viele Unterschriften gegen die Baumfällung gesammelt hast, kriegst du "
            "von mir 100 € Handyguthaben 💸 Aber nur, wenn du keinem sagst, von wem es ist, und "
            "mich mal besuchen kommst.",
        ],
        "personal_question": [
            "für die umfrage zum stromsparen: wann gehen deine eltern zur arbeit? bist du "
            "abends allein? und schläfst du allein in deinem zimmer? 🤔",
            "Erzähl mal, trägst du schon einen BH? Und was hast du nachts an? Frag nur für mein "
            "Projekt über nachhaltige Kleidung 😇",
        ],
        "secrecy": [
            "Das mit uns bleibt geheim, klar? Lösch alle Nachrichten nach dem Lesen. Wenn du "
            "petzt, erzähl ich im ganzen Schülerrat, was du mir geschickt hast.",
            "sag bloß niemandem dass wir uns nach der demo getroffen haben 🤫 deine eltern "
            "würden dir den streik sofort verbieten. unser geheimnis, ok?",
        ],
        "isolation": [
            "Deine Klasse lacht über dein Umweltprojekt und deine Eltern nehmen dich eh nicht "
            "ernst. Nur ich versteh dich wirklich. Die anderen brauchst du gar nicht.",
        ],
        "self_harm": [
            "Klassensprecherwahl verloren, 2 stimmen 😶 alle hassen mich. hab die klinge aus "
            "meinem spitzer geschraubt, wenn ich ritze ist es leiser im kopf",
            "hab alles für meine schwester aufgeschrieben, auch wer die pflanzen gießt. nach "
            "der demo am freitag geh ich auf die autobahnbrücke, dann ist endlich ruhe",
        ],
        "disclosure": [
            "ich kann nicht zum schulgarten kommen, mama hat mich gestern wieder ins zimmer "
            "eingesperrt und seit sonntag gabs nix zu essen. bitte nicht weitersagen",
            "Der Mann von der Umweltorganisation, der die Pflanzaktion leitet, hat mich im Auto "
            "angefasst, da wo man nicht darf. Er sagt, das ist normal unter Aktivisten.",
        ],
        "violence": [
            "wenn der aus der 9b nochmal unsere wahlplakate zerreißt nehm ich morgen opas "
            "messer mit und stech ihn ab. ernsthaft",
        ],
        "phone": [
            "Ruf mich nach dem Streik an, null eins sieben sechs, drei zwei vier, "
            "achtundfünfzig neunzehn. Speicher mich einfach als Umwelt-AG ab 😉",
        ],
        "contact": [
            "Komm nach der Demo zu mir, Lindenstraße 23, Hinterhaus 2. Stock, klingel bei "
            "Berger. Oder schreib an jonas.b.privat@web.de, nicht an die Schulmail.",
        ],
    },
    "fr": {
        "meeting": [
            "Salut Chloé, je suis animateur à l'asso Jeunes pour la Terre 🌍 tu as super bien "
            "parlé au conseil municipal des jeunes. On se retrouve mercredi 14h au kiosque du "
            "parc pour préparer ta prochaine intervention ? Viens seule, tes parents ne "
            "comprendraient pas.",
            "trop bien le ramassage sur la plage hier 🏖️ je t'ai gardé un tee-shirt de l'asso, "
            "passe le chercher chez moi samedi soir, c'est derrière le camping. dis à ta mère "
            "que tu dors chez Léa",
            "Je suis journaliste pour un magazine jeunesse et je fais le portrait de délégués "
            "engagés. Je préfère te voir sans ton prof, dans ma voiture devant le collège, "
            "jeudi 17h. Ce sera plus naturel.",
        ],
        "photo_request": [
            "pour l'affiche de la marche le thème c'est les océans 🌊 il me faut des photos de "
            "toi en maillot de bain, envoie-les moi en privé, pas sur le groupe",
            "Pour mon reportage, envoie-moi une petite vidéo de toi dans ta chambre le soir, en "
            "tenue de nuit, où tu racontes ta journée d'écolo. Ne la montre à personne d'autre.",
        ],
        "private_contact": [
            "bravo pour ton élection comme déléguée 🎉 ajoute-moi sur snap, ici les profs lisent "
            "tout. on parlera de ta campagne tranquille, juste toi et moi",
            "On continue sur WhatsApp, c'est plus simple que l'ENT. Ne dis pas à Mme Roux qu'on "
            "s'écrit, elle voudrait tout contrôler.",
        ],
        "gift_offer": [
            "pour te remercier d'avoir fait signer la pétition contre le parking je t'offre une "
            "trottinette électrique 🛴 mais faut venir la chercher toi-même chez moi et dire à "
            "personne qui te l'a donnée",
        ],
        "personal_question": [
            "pour l'enquête sur l'énergie : tu es seule à la maison après l'école ? tes parents "
            "rentrent à quelle heure ? ta chambre ferme à clé ?",
            "Dis-moi, tu mesures combien maintenant ? Tu as déjà tes règles ? C'est pour mieux "
            "te connaître avant le débat 😊",
        ],
        "secrecy": [
            "On efface tout ce qu'on s'est écrit ce soir, d'accord ? Si tu parles de nous à "
            "quelqu'un, je montre tes photos à toute la classe.",
            "chut 🤫 personne doit savoir qu'on s'est vus après la marche. c'est notre secret de "
            "militants, même tes parents doivent pas savoir",
        ],
        "isolation": [
            "Tes copines trouvent ton engagement ridicule et tes parents s'en fichent. Moi seul "
            "je te comprends vraiment, tu n'as besoin de personne d'autre.",
        ],
        "self_harm": [
            "j'ai perdu l'élection de délégué, tout le monde s'est moqué 😔 j'ai pris les "
            "cachets de ma mère dans la salle de bain, je les garde pour ce soir",
            "à quoi bon sauver la planète, de toute façon je serai plus là. j'ai écrit une "
            "lettre pour ma sœur et donné mon vélo à Hugo",
        ],
        "disclosure": [
            "je peux pas venir au jardin partagé samedi, mon beau-père m'a frappée avec sa "
            "ceinture parce que j'ai répondu, j'ai des marques sur le dos",
            "Le monsieur de l'association qui organise le nettoyage de la plage m'a emmenée "
            "derrière les dunes et m'a touchée. Il dit que si je parle, personne ne me croira.",
        ],
        "violence": [
            "si Kevin arrache encore nos affiches pour l'élection, demain j'apporte le couteau "
            "de chasse de mon père dans mon sac et il va regretter",
        ],
        "phone": [
            "appelle-moi plutôt, zéro six, douze, quarante-huit, trente-trois, "
            "quatre-vingt-dix-sept, mais note pas mon vrai nom 😉",
        ],
        "contact": [
            "Passe à la maison après la marche, 8 rue des Tilleuls, 2e étage porte gauche, code "
            "4512B. Ou écris-moi sur marc.vert.perso@gmail.com plutôt qu'à l'adresse du "
            "collège.",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Giulia, sono Matteo, volontario di Plastic Free 🐢 mi è piaciuto tanto il tuo "
            "intervento. Vieni domenica alle 10 al molo vecchio, solo tu. Ai tuoi non serve "
            "dirlo, poi ti riaccompagno io.",
            "sono l'animatore del gruppo giovani 🌳 per la pulizia del fiume ti insegno il "
            "kayak, ci vediamo giovedì alle 18 al capanno sotto il ponte. vieni da sola, gli "
            "altri fanno troppo casino",
            "Sono un giornalista freelance e scrivo dei ragazzi del consiglio comunale dei "
            "ragazzi. Vorrei intervistarti a casa mia sabato pomeriggio, senza la prof, così "
            "sei più libera. Ai tuoi di' che vai in biblioteca.",
        ],
        "photo_request": [
            "per la campagna contro lo spreco d'acqua mi servono foto tue sotto la doccia 🚿 "
            "così il messaggio arriva. mandale solo a me, non nel gruppo",
            "Per il mio servizio sul Fridays for Future mandami un video in cui ti togli la "
            "maglietta della manifestazione, in camera tua. Lo guardo solo io, promesso.",
        ],
        "private_contact": [
            "complimenti rappresentante d'istituto 🎉 scrivimi su telegram, qui i prof leggono "
            "tutto. cercami come @verde_marco e non dirlo a nessuno",
            "Per organizzare la raccolta firme ti scrivo in privato su Instagram, il gruppo "
            "della scuola è troppo controllato. Non c'è bisogno di dirlo alla prof Ferri.",
        ],
        "gift_offer": [
            "visto che hai raccolto più firme di tutti per salvare il parco ti regalo la "
            "PlayStation nuova 🎮 però non dire ai tuoi da chi viene, e passa a prenderla da me "
            "da sola",
        ],
        "personal_question": [
            "per il questionario sul risparmio energetico: a che ora tornano i tuoi dal lavoro? "
            "il pomeriggio sei sola? la tua camera ha la chiave?",
            "Ma tu quanto pesi adesso? Ti è già venuto il ciclo? Te lo chiedo per conoscerti "
            "meglio prima del dibattito 😊",
        ],
        "secrecy": [
            "cancella la chat stasera. se racconti a qualcuno di noi due faccio vedere le tue "
            "foto a tutta la scuola e dico che sei stata tu a mandarmele",
            "Non dire a nessuno che ci siamo visti dopo lo sciopero, neanche alla tua amica. I "
            "tuoi ti toglierebbero il telefono. È il nostro segreto 🤫",
        ],
        "isolation": [
            "I tuoi compagni ti prendono in giro per l'orto e i tuoi genitori non ti ascoltano "
            "mai. Solo io ti capisco davvero, gli altri non ti meritano.",
        ],
        "self_harm": [
            "non mi hanno eletto rappresentante, 4 voti su 25 😞 tutti mi odiano. stasera prendo "
            "tutte le pastiglie di mia nonna e basta",
            "ho regalato le mie piantine a Sara e scritto una lettera alla mamma. domani dopo "
            "la manifestazione salgo sul tetto della scuola, tanto il mondo finisce lo stesso",
        ],
        "disclosure": [
            "non posso venire alla pulizia del parco, mio padre beve e ieri sera mi ha "
            "picchiato, ho un occhio nero e a scuola dico che sono caduto",
            "L'animatore dell'oratorio che ci porta a piantare alberi mi fa salire in macchina "
            "e mi tocca tra le gambe. Dice che è un segreto tra noi.",
        ],
        "violence": [
            "se quelli della 3C strappano ancora i nostri cartelloni porto il coltello a "
            "serramanico di mio fratello e gli faccio vedere io",
        ],
        "phone": [
            "chiamami al 347 128 5590, ma non salvarmi col mio nome, scrivi orto 😉",
        ],
        "contact": [
            "Dopo la manifestazione passa da me, via dei Gelsi 17, interno 6, suona Rinaldi. "
            "Oppure scrivimi a marco.rinaldi.privato@libero.it, non alla mail della scuola.",
        ],
    },
    "es": {
        "meeting": [
            "Hola Lucía, soy monitor de un grupo juvenil de medio ambiente 🌿 te vi en la huelga "
            "por el clima y tienes madera de líder. Quedamos el sábado a las 17h junto al "
            "estanque del parque, tú sola. A tus padres ya se lo explicaré yo más adelante.",
            "oye la limpieza de la playa mola 🏖️ te enseño mi furgo con las cosas de la "
            "asociación, esta noche a las 22 en el parking del paseo. no traigas a tus amigas "
            "porfa",
            "Soy youtuber y preparo un vídeo sobre jóvenes delegados. Prefiero grabarte en mi "
            "piso, sin la profe, así sales más natural. ¿El viernes a las 18? Di en casa que "
            "tienes ensayo.",
        ],
        "photo_request": [
            "para el cartel contra el plástico en el mar necesito fotos tuyas en bikini 👙 "
            "mándamelas por privado, que el grupo no se entere",
            "Para mi reportaje mándame un vídeo tuyo en la cama antes de dormir, en pijama, "
            "contando qué haces por el planeta. Solo lo veré yo.",
        ],
        "private_contact": [
            "enhorabuena delegada!! 🎉 escríbeme por tiktok mejor, aquí los profes lo leen todo. "
            "soy @eco_dani23 y no se lo digas a nadie",
            "Seguimos hablando por WhatsApp, la plataforma del cole va muy lenta. No hace falta "
            "que lo sepa la profe Gómez, ¿vale?",
        ],
        "gift_offer": [
            "como has conseguido tantas firmas para el carril bici te paso 80 euros por bizum 💶 "
            "pero no se lo cuentes a tus padres, y un día me invitas a algo a solas 😉",
        ],
        "personal_question": [
            "para la encuesta de reciclaje: ¿a qué hora llegan tus padres? ¿estás sola en casa "
            "por las tardes? ¿tu cuarto tiene pestillo?",
            "¿Cuánto mides ya? ¿Usas sujetador? Es para conocerte mejor antes del debate 😇",
        ],
        "secrecy": [
            "borra todos nuestros mensajes esta noche. como se lo digas a alguien enseño tus "
            "fotos a todo el insti",
            "que nadie sepa que nos vimos después de la huelga 🤫 ni tu mejor amiga. es nuestro "
            "secreto de activistas",
        ],
        "isolation": [
            "Tus compañeros se ríen de tu proyecto del huerto y tus padres pasan de ti. Solo yo "
            "te entiendo de verdad, no necesitas a nadie más.",
        ],
        "self_harm": [
            "he perdido las elecciones a delegado por 2 votos y todos se han reído 😞 tengo "
            "guardadas las pastillas de mi abuela y esta noche me las tomo todas",
            "ya no aguanto más, me corto en el baño después de clase, hoy también. el lunes en "
            "el debate me pongo manga larga para que nadie lo vea",
        ],
        "disclosure": [
            "no puedo ir al huerto el sábado, mi madre me deja sin comer cuando se enfada y "
            "llevo dos días casi sin nada",
            "El monitor del campamento ecológico entraba en nuestra tienda de noche y me "
            "tocaba. Me dijo que si hablo me echan del grupo.",
        ],
        "violence": [
            "como los de 4ºB vuelvan a romper nuestros carteles de las elecciones, el lunes "
            "traigo la navaja de mi tío y se la clavo al primero",
        ],
        "phone": [
            "llámame mejor, seis uno cero, cuarenta y cinco, veintidós, ochenta y uno, y "
            "guárdame como huerto 😉",
        ],
        "contact": [
            "Pásate por mi casa después de la huelga, calle Olmo 12, 3º B, portal verde. O "
            "escríbeme a dani.eco.privado@hotmail.com, no al correo del cole.",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Zosiu, jestem z Młodzieżowego Strajku Klimatycznego 🌍 świetnie mówiłaś na "
            "wiecu. Spotkajmy się w sobotę o 18 przy starej altanie w parku, tylko my dwoje. "
            "Rodzicom lepiej nie mów, i tak by nie zrozumieli.",
            "hej, jestem drużynowym z harcówki ⛺ po sprzątaniu lasu zostań chwilę, pokażę ci "
            "moją ziemiankę. przyjdź sama o 20, reszta drużyny nie musi wiedzieć",
            "Jestem dziennikarzem lokalnego portalu i piszę o młodych radnych. Wolałbym "
            "porozmawiać bez wychowawczyni, u mnie w samochodzie pod szkołą, w czwartek o 16. "
            "Mamie powiedz, że masz kółko ekologiczne.",
        ],
        "photo_request": [
            "do plakatu o szybkiej modzie potrzebuję twoich zdjęć w samej bieliźnie 😉 wyślij mi "
            "na priv, nie do grupy",
            "Do mojego reportażu o strajku nagraj mi filmik, jak przebierasz się po wf-ie w "
            "szatni. Nikomu go nie pokażę, słowo.",
        ],
        "private_contact": [
            "gratki wygranej w wyborach do samorządu 🎉 pisz do mnie na snapie, tu nauczyciele "
            "wszystko czytają. nick las_kuba09 i nikomu nie mów",
            "Dalej porozmawiamy na Messengerze, na szkolnej platformie jest za dużo ludzi. Pani "
            "Nowak nie musi o tym wiedzieć.",
        ],
        "gift_offer": [
            "za najwięcej podpisów pod petycją w sprawie drzew dostaniesz ode mnie nowego "
            "iPhone'a 📱 ale nie mów rodzicom od kogo i odbierz go sama u mnie",
        ],
        "personal_question": [
            "do ankiety o oszczędzaniu prądu: o której rodzice wracają z pracy? jesteś sama po "
            "szkole? masz zamek w drzwiach pokoju?",
            "Ile ważysz? Masz już okres? Pytam, żeby lepiej cię poznać przed debatą 😊",
        ],
        "secrecy": [
            "usuń dziś całą naszą rozmowę. jak komuś powiesz o nas, pokażę twoje zdjęcia całej "
            "szkole i powiem, że sama chciałaś",
            "nikt nie może wiedzieć, że widzieliśmy się po strajku 🤫 nawet twoja przyjaciółka. "
            "to nasza tajemnica",
        ],
        "isolation": [
            "Koledzy śmieją się z twojego ekoklubu, a rodzice w ogóle cię nie słuchają. Tylko "
            "ja cię naprawdę rozumiem, reszta nie jest ci potrzebna.",
        ],
        "self_harm": [
            "przegrałam wybory na przewodniczącą 3 głosami 😶 wszyscy się śmiali. mam w "
            "szufladzie tabletki mamy i dziś wieczorem je wszystkie łyknę",
            "oddałem rower Kubie i napisałem list do babci. po strajku w piątek idę na most "
            "kolejowy, i tak nikt nie będzie tęsknił",
        ],
        "disclosure": [
            "nie przyjdę na sprzątanie lasu, ojciec znowu był pijany i bił mnie paskiem, mam "
            "siniaki na plecach. nie mów nikomu bo będzie gorzej",
            "Pan z fundacji, który prowadzi sadzenie drzew, zabiera mnie do swojego auta i "
            "dotyka pod ubraniem. Mówi, że to nasz sekret.",
        ],
        "violence": [
            "jak ci z 8b jeszcze raz zerwą nasze plakaty wyborcze, przyniosę nóż ojca w plecaku "
            "i pożałują 🔪",
        ],
        "phone": [
            "zadzwoń do mnie: +48 512 604 377, tylko zapisz mnie jako ekoklub 😉",
        ],
        "contact": [
            "Wpadnij do mnie po strajku, ul. Klonowa 9 m. 14, domofon 14. Albo pisz na "
            "kuba.zielony.prywatny@o2.pl, nie na szkolny e-mail.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Eco-club meet-up: Saturday 9am at the park gates for the litter pick 🗑️ gloves and "
        "bags provided, parents welcome, Ms Patel brings the first aid kit.",
        "can everyone send a photo of their class holding the petition for the newsletter? "
        "teachers will post it, no names pls 📸",
        "we DESTROYED year 10 in the debate 💀 they're dead, killed them with the plastic stats "
        "lol",
        "Climate strike Friday 12:00: we walk over with Mr Hughes, permission slips by "
        "Wednesday. Nobody leaves the group, back by 2.30.",
        "council results: Maya 41, Tom 38 🗳️ it was a secret ballot so stop asking who voted "
        "for who 🤐",
        "A journalist from the local paper visits on 3 May to interview the eco-club in the "
        "library. Parents have signed the forms and Mrs Bell sits in.",
        "im home alone all half term so im doing the bird count from my window 🐦 14 sparrows so "
        "far lol",
        "our pond is literally dying, the frogs are all gone 😭 need new plants by monday",
        "Reminder: never put your home address in here. Letters to the partner class go to the "
        "school, room 14 collects them.",
        "Debate motion for Thursday: This house would ban single-use plastic in school. Side A "
        "is 8K, side B is 8M, 3 min per speaker.",
        "312 signatures!!! 🎉 we hand it to the head on the 20th, dont tell anyone yet its a "
        "surprise for assembly",
        "can someone text me the bin rota for eco club? my phone died lol, just put it in the "
        "group",
        "Thanks to the class in Lyon for the video of your river clean-up, the children loved "
        "counting the 47 bags!",
        "Slides for the joint climate assembly are in the shared folder, please add yours by "
        "Wednesday.",
        "The youth group leader says the hi-vis vests are in the minibus, collect them from "
        "reception before the clean-up.",
    ],
    "de": [
        "Treffpunkt Klimastreik: Freitag 11:30 am Schultor, Frau Krüger und Herr Aydin "
        "begleiten. Einverständniserklärung bis Mittwoch abgeben!",
        "Schickt bitte Fotos vom Bienenhotel für die Schülerzeitung 📸 nur die Insekten, keine "
        "Gesichter",
        "wir haben die 10a in der debatte komplett zerstört 💀 die sind tot, 3:0 nach punkten",
        "Schülerratssitzung Di 7. Stunde in Raum 204, Thema Mülltrennung in der Mensa. "
        "Protokoll schreibt Emre.",
        "Die Wahl ist geheim, also zeigt niemandem wo ihr euer Kreuz macht 🤫",
        "Ein Reporter vom Stadtanzeiger kommt Montag zur Pflanzaktion. Alle Eltern haben "
        "unterschrieben, Fotos nur mit Erlaubnis.",
        "meine tomaten im schulgarten sind alle gestorben 😭 hat wer noch setzlinge übrig?",
        "wer hat die nummer von der stadtreinigung? wir brauchen nen container für den "
        "müllsammeltag am 14.4.",
        "Nachtwanderung der Umwelt-AG am 22.6.: Treffpunkt 20 Uhr an der Schule, die Eltern "
        "holen um 23 Uhr ab, Taschenlampe mitbringen 🔦",
        "268 unterschriften!!! nicht verraten, wir überraschen den bürgermeister am dienstag "
        "damit 🎉",
        "Zangen und Handschuhe liegen im Geräteschuppen, den Schlüssel bei Herrn Aydin holen.",
        "Regel vom Zeltlager der Jugendgruppe: keiner geht allein in den Wald, immer zu zweit!",
        "ich bin so tot nach dem demo-marsch, 8 km 😵 meine füße sterben",
        "Danke an die Klasse aus Poznań für das Video vom Baumpflanzen, super gemacht!",
        "Die Präsentation für das gemeinsame Online-Treffen liegt im geteilten Ordner, bitte "
        "Folie 4 ergänzen.",
    ],
    "fr": [
        "Marche pour le climat vendredi 10h : départ devant le collège avec Mme Roux et M. "
        "Benali, autorisation parentale obligatoire !",
        "envoyez des photos du compost pour le journal du collège 📸 sans visages svp",
        "on a tué le débat contre les 3e B 💀 ils sont morts, 15 à 9 au vote du jury",
        "Élection des délégués jeudi en salle 108 : vote à bulletin secret, on ne regarde pas "
        "le bulletin du voisin 🤐",
        "Une journaliste de Ouest-France vient lundi au jardin partagé. Les parents ont signé "
        "les autorisations, M. Benali sera là.",
        "nos salades sont toutes mortes avec la chaleur 😭 quelqu'un a des graines ?",
        "Qui a le numéro de la mairie pour l'enlèvement des sacs ? C'est pour le nettoyage de "
        "la plage du 18 mai.",
        "Ne mettez jamais votre adresse perso dans le chat ! Les lettres pour Cracovie partent "
        "avec l'adresse du collège.",
        "la pétition a 415 signatures 🎉🎉 chut on la donne au maire le 12, c'est une surprise",
        "Conseil municipal des jeunes samedi 9h30 à la mairie, les parents peuvent s'asseoir au "
        "fond de la salle.",
        "Rappel de l'animateur : au camp, personne ne part seul dans les bois, toujours en binôme.",
        "tu peux m'envoyer la vidéo de notre discours ? je veux la mettre dans le diapo pour la "
        "classe de Séville",
        "je suis seule chez moi ce soir donc je fais les affiches pour la marche, qqn a du "
        "carton ? 🖍️",
        "Merci à la classe de Valence pour les dessins sur la mer, ils sont affichés en salle 12 !",
        "Le compte rendu de la visioconférence est dans le dossier partagé.",
    ],
    "it": [
        "Fridays for Future venerdì: ritrovo alle 9 davanti alla scuola con la prof Ferri, "
        "serve l'autorizzazione firmata dai genitori!",
        "mandate le foto dell'orto per il giornalino 📸 solo le piante, niente facce",
        "abbiamo ammazzato la 2B al dibattito 💀 sono morti, 3 a 1 per la giuria",
        "Elezioni dei rappresentanti lunedì: voto segreto, nessuno sbircia la scheda degli "
        "altri 🤐",
        "Una giornalista del Resto del Carlino viene martedì all'orto. I genitori hanno firmato "
        "la liberatoria e c'è anche la prof.",
        "i pomodori sono morti tutti col caldo 😭 qualcuno ha delle piantine?",
        "Qualcuno ha il numero del Comune per ritirare i sacchi della pulizia del fiume del 25 "
        "aprile?",
        "Niente indirizzi di casa nel gruppo! Le lettere per Poznań partono con l'indirizzo "
        "della scuola.",
        "520 firme!!! 🎉 acqua in bocca, le portiamo al sindaco il 3 giugno a sorpresa",
        "Consiglio comunale dei ragazzi sabato alle 10 in municipio, i genitori possono assistere.",
        "Il capo scout ricorda: al campo nessuno si allontana da solo, sempre in coppia.",
        "oggi pomeriggio sono sola a casa quindi conto gli uccelli dalla finestra per il "
        "progetto 🐦 12 passeri",
        "il fiume dietro la scuola è morto, dice la prof di scienze, giovedì misuriamo il pH 🧪",
        "Grazie alla classe di Cracovia per le foto della pulizia del parco!",
        "Il verbale della videochiamata è nella cartella condivisa.",
    ],
    "es": [
        "Huelga por el clima el viernes: salimos a las 11 con la profe Gómez, ¡hay que traer la "
        "autorización firmada!",
        "mandad fotos del compostador para la revista del insti 📸 sin caras porfa",
        "nos hemos cargado a los de 3ºA en el debate 💀 están muertos, 4-1 según el jurado",
        "Elecciones a delegado el martes en el aula 23: voto secreto, nadie mira la papeleta "
        "del de al lado 🤐",
        "Viene una periodista del Diario de Sevilla el martes al huerto. Las familias han "
        "firmado la autorización de imagen.",
        "se han muerto todas las lechugas con el calor 😭 alguien tiene semillas?",
        "¿Alguien tiene el teléfono del ayuntamiento para pedir contenedores para la limpieza "
        "del río del 7 de mayo?",
        "Nada de direcciones de casa en el chat. Las cartas para Bolonia van con la dirección "
        "del colegio.",
        "llevamos 389 firmas!!! 🎉 no digáis nada, se las damos a la alcaldesa el 15 por sorpresa",
        "Pleno del ayuntamiento infantil el sábado a las 10:30, las familias pueden venir a mirar.",
        "El monitor recuerda: en el campamento nadie se aleja solo de las tiendas, siempre por "
        "parejas.",
        "me muero de calor en la manifa jajaja 🥵 alguien trae agua para el grupo de 2ºC?",
        "me pasas el vídeo de nuestro discurso? lo pongo en la presentación para la clase de "
        "Múnich",
        "¡Gracias a la clase de Poznań por el mural del reciclaje, ya está colgado en el pasillo!",
        "El acta de la videollamada está en la carpeta compartida.",
    ],
    "pl": [
        "Strajk klimatyczny w piątek: zbiórka o 11:15 przed szkołą z panią Nowak, zgody od "
        "rodziców do środy!",
        "wyślijcie zdjęcia kompostownika do gazetki 📸 bez twarzy pls",
        "zmiażdżyliśmy 7a w debacie 💀 są martwi, 3:1 u jury",
        "Wybory do samorządu w czwartek w sali 12: głosowanie tajne, nie zaglądamy nikomu do "
        "kartki 🤐",
        "W poniedziałek na sadzenie drzew przyjdzie dziennikarka z Głosu Wielkopolskiego. "
        "Rodzice podpisali zgody na wizerunek.",
        "wszystkie pomidory w ogródku szkolnym uschły 😭 ktoś ma sadzonki?",
        "Ma ktoś numer do urzędu miasta w sprawie kontenera na Sprzątanie Świata 20.09?",
        "Żadnych adresów domowych na czacie! Listy do Walencji wysyłamy na adres szkoły.",
        "mamy 402 podpisy pod petycją!!! 🎉 cicho sza, dajemy ją burmistrzowi 5 czerwca jako "
        "niespodziankę",
        "Drużynowy przypomina: na obozie nikt nie chodzi sam do lasu, zawsze parami.",
        "Młodzieżowa Rada Miasta w sobotę o 10 w ratuszu, rodzice mogą przyjść i posłuchać.",
        "jestem dziś sama w domu to robię transparenty na strajk, ktoś ma karton? 🖍️",
        "możesz mi wysłać nagranie naszego przemówienia? wrzucę je do prezentacji dla klasy z "
        "Lyonu",
        "Dziękujemy klasie z Bolonii za zdjęcia ze sprzątania parku, wiszą na gazetce na 2. "
        "piętrze!",
        "Notatka z wideorozmowy jest w folderze współdzielonym.",
    ],
}
