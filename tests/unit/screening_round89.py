"""Held-out round 89: the exchange week in person, travel, host families and evenings out.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is the week when partner
classes meet in person: flights and trains to each other's towns, airport and
station meeting points, host families, shared rooms in a hostel or a host
sibling's room, evenings out, and teachers' emergency numbers passed round in
the open. The writers are guest and host pupils of six to eighteen, teachers,
host parents, and adults posing as part of the week: a host family's uncle,
cousin or friend, a city guide, a driver or taxi booked "by the school", a
hostel monitor, a travel agency's escort, and older pupils of the host school
who pressure the guests. The concerns: a museum visit skipped "because of a
stomach ache", a car park level at the airport, a stop on the way where the
train is left, a laundry room at midnight, a beach party and a skatepark;
photos in a host sibling's bed, in the shower or while changing after the
pool; Snapchat, Instagram, TikTok, Telegram, WhatsApp and Messenger instead
of the school platform; a phone top-up, a gift card, headphones and a
football shirt handed over alone in a car or a hotel room; questions about
locks, host parents' hours, bodies and pyjamas; a night in a park or on a
beach kept quiet with a video as a threat, a hotel bar and phones checked at
the station; a class said to laugh and a host family said to put up with the
guest; cuts in a host family's bathroom, a razor hidden, letters in the
suitcase, a freight train, a hotel window, pills saved for the flight home,
sleeping pills collected all week and a roof; a host father, a mother's
partner, a grown host brother and a grandfather, a stepfather who chokes, a
mother who hits with a spoon, a fridge locked with a padlock and a mother
gone for days; a hunting knife, a flick knife, a box cutter, a folding knife
and brass knuckles against older pupils; numbers in digits and in words, home
addresses and private e-mails. The harmless ones are the same week told
honestly: meeting points with a teacher's emergency number, hostel room lists
and top bunks, host parents asking about bedtime and breakfast, letters to host
families about arrival times, older pupils showing the town, swimming with
the teachers in the water, embarrassing videos to delete, surprise evenings for
a teacher kept secret, homesickness and tears, delayed trains and planes, a
host father's number given "just in case", and gifts for the families, with a
few notes on photos, thanks and permission slips.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 85, and the written rows): rules and
second opinion 99.2 % recall (119 of 120: meeting 17/18, every other kind
complete; by language fr 19/20, every other language complete) and 16 false
holds in 90 (17.8 %); rules alone 90.8 % (109 of 120: meeting 15/18,
personal questions 10/12, secrecy 11/12, isolation 5/6, self-harm 8/12,
every other kind complete; by language en 18/20, de 17/20, fr 18/20, it
20/20, es 17/20, pl 19/20) and 13 false holds (14.4 %). Missed with the
second opinion too: a driver said to be booked by the school at the airport,
"don't stay at the meeting point with the group ... your teachers know,
don't call them" (French). Missed by the rules alone: the same driver in
English and Polish; a host family said not to want the child and "stay the
week with me instead of the trips" (German); a bridge by the station stared
at, arms cut again in the bathroom, the tracks behind the station at night,
a hotel window on the sixth floor with "goodbye everyone" (English, German,
French); questions about the room with the bolt, the parents' late
Thursdays, a child's chest and sleepwear, and a dinner at a flat kept secret
from a teacher checking phones (Spanish). Held wrongly by both: a teacher's
emergency number on a meeting point's notice in every language, a host
family's number given in case the pupil gets lost and kept on the teacher's
list too (English, Spanish, Polish), an evening in the old town with a
teacher's number (German) and the school office's line in a letter to the
host families (French); a group's rule that nobody goes alone (German); a
room shared with an exchange partner, Italian's "camera" (Italian); and by
the second opinion alone, a host mother's questions about bedtime and a
room of one's own (German, French) and an evening of tapas with the
families (Spanish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Hi Lena, I'm Tom's uncle, I help out the host families during the exchange 🙂 On "
            "Wednesday when the group goes to the museum, say you've got a stomach ache and stay "
            "back. I'll pick you up from the house at 2, a little tour of the harbour, just us. "
            "No need to tell Mrs Hartley or your mum.",
            "ur in year 8 right? 😏 come out w us tonight once ur host family's asleep, meet me "
            "behind the big Tesco at 11 🍻 dont bring ur exchange buddy, she'd snitch to the "
            "teachers lol",
            "Hello, I'm the driver the school booked for your airport transfer ✈️ Your flight "
            "lands 14:35. Don't wait with the group at the meeting point, come straight to car "
            "park B, level 2, I'll have a sign with your name. Teachers already know, no need to "
            "ring them.",
        ],
        "photo_request": [
            "ur host mum said u were in the shower when i rang lol 😏 next time send me a pic "
            "from the bathroom, my room is literally next to urs anyway 🚿 just for me",
            "For the exchange photo album I need one picture of each guest in pyjamas in the bed "
            "they sleep in 📷 Send yours to me directly tonight, not to the teachers, they'd make "
            "the album boring.",
        ],
        "private_contact": [
            "this group has ur teachers in it 🙄 add me on snap and i'll tell u where the real "
            "party is on saturday. its jakeyy_2k9. delete this after",
            "I'm Daniel, your city guide for Thursday's walk. Text me on Telegram so we can plan "
            "a private extra stop just for you, the school app is only for the official stuff 😉",
        ],
        "gift_offer": [
            "Welcome to Leeds! 🎁 Got u a £50 top-up so u can call home whenever. only thing: "
            "come to my room after lights out to get it, and dont mention it to ur teacher or ur "
            "host parents x",
        ],
        "personal_question": [
            "so which room r u sleeping in at the Wilsons? the one with the lock? what time do "
            "they go to bed, and do u sleep in pyjamas or nothing 😜",
            "When your host parents are both at work on Tuesday, will you be alone in the house "
            "all day? Which window is yours, the one over the garden? Just so I know for the "
            "drive.",
        ],
        "secrecy": [
            "what happened at the party stays between us ok?? if u tell ur teacher i'll send the "
            "video of u to the whole exchange group. delete our chat before u fly home 🤐",
            "You're not in trouble, sweetheart, but our evening at the hotel bar stays our "
            "little secret. Delete these messages before Mrs Hartley checks the phones at the "
            "airport.",
        ],
        "isolation": [
            "ur exchange group is boring and ur teacher treats u like a baby, they don't get u "
            "at all. i'm the only one here who actually likes u. skip their stupid trips and "
            "stay with me this week",
        ],
        "self_harm": [
            "nobody in my host family talks to me and my roommate laughs at my accent 😶 i keep "
            "staring at the bridge by the station. tomorrow night no one would even notice if i "
            "didnt come back",
            "i wrote goodbye letters to my mum and my exchange partner and put them in my "
            "suitcase. after the last evening im not coming back to the hostel. sorry for "
            "everything 💔",
        ],
        "disclosure": [
            "Miss can I change host family? the dad comes into my room at night when im changing "
            "and says its normal in England. I put the chair against the door bc it doesnt lock",
            "my exchange partner's mum hit him with a belt last night bc he came home 10 min "
            "late, i saw it. he has marks all over his back and says if i tell anyone he'll get "
            "it worse",
        ],
        "violence": [
            "that year 11 who keeps shoving our lot at the bus stop, tmrw im bringing my dad's "
            "hunting knife on the trip. if he touches Mia again he's getting stabbed, swear down",
        ],
        "phone": [
            "Hi, I'm a friend of your host dad and I'll drive you back from the airport. My "
            "mobile: oh seven seven double-oh, nine double-oh, four six one. Text me, not your "
            "teacher, and I'll sort it.",
        ],
        "contact": [
            "Forget the hostel, stay at mine the last night 😊 14 Gorse Lane, flat 3, Hove BN3 "
            "7QR. Or email me first: rob.traveller84@gmail.com. Don't mention it to the group.",
        ],
    },
    "de": {
        "meeting": [
            "Hallo Emma, ich bin der Onkel von deiner Gastfamilie 😊 Am Samstag fährt die Familie "
            "zur Oma, du bleibst besser hier. Ich hol dich um 10 ab und wir fahren an den See, "
            "nur wir zwei. Deiner Lehrerin musst du nix sagen.",
            "Ey ihr Austauschschüler aus Polen seid voll süß 😏 heut Nacht 23 Uhr am Skatepark "
            "hinter der Schule, aber komm allein, deine Gastschwester labert sonst alles weiter",
            "Ich bin der Betreuer von der Bahn, euer Zug nach Wien hat Verspätung. Steig in "
            "Salzburg aus und wart am Ausgang Süd auf mich, ich fahr dich mit dem Auto. Die "
            "Gruppe fährt weiter, die Lehrer wissen Bescheid.",
        ],
        "photo_request": [
            "Du schläfst doch im Zimmer von meinem Bruder 😁 mach mal n Foto von dir in seinem "
            "Bett, nur im T-Shirt, ich zeigs keinem versprochen 🙈",
            "Für den Wochenrückblick brauche ich ein kurzes Video von jedem Gast beim Umziehen "
            "fürs Schwimmbad 🎥 Schick mir deins heute Abend privat, Frau Berger muss das nicht "
            "sehen.",
        ],
        "private_contact": [
            "Die Lehrer lesen hier alles mit 🙄 schreib mir auf Insta, lukas.frb_07, da sag ich "
            "dir wo die echte Party ist. Und lösch das hier dann",
            "Ich bin der Fahrer für euren Ausflug an den Bodensee. Schreib mir lieber auf "
            "WhatsApp statt über die Schulplattform, dann können wir was Eigenes ausmachen 🙂",
        ],
        "gift_offer": [
            "Ich hab dir 100 € aufs Handy geladen 💶 kannst dir in Berlin was Schönes kaufen. "
            "Dafür kommst du Freitag kurz zu mir ins Hotelzimmer, aber das bleibt unter uns, "
            "klar?",
        ],
        "personal_question": [
            "Schläfst du allein im Gästezimmer oder mit der Kleinen zusammen? Kann man die Tür "
            "abschließen? Und wann sind deine Gasteltern abends weg, so ungefähr?",
            "wie alt bist du eigentlich, 12? 😄 hast du schon nen BH oder noch nicht? und "
            "schläfst du im Schlafanzug oder ohne? frag nur so lol",
        ],
        "secrecy": [
            "Das von gestern Abend im Park erzählst du niemandem, kapiert? Sonst landet dein "
            "Video in der ganzen Austauschgruppe. Chat jetzt löschen 🤫",
            "Deine Lehrerin würde das mit uns nicht verstehen, deshalb bleibt es unser "
            "Geheimnis. Lösch bitte alle Nachrichten, bevor du am Sonntag in den Zug steigst.",
        ],
        "isolation": [
            "Deine Klasse lacht doch nur über dich und deine Gastfamilie will dich eh nicht. Ich "
            "bin der Einzige, der dich hier versteht. Bleib die Woche bei mir statt bei den "
            "Ausflügen.",
        ],
        "self_harm": [
            "keiner in der gastfamilie redet mit mir und meine zimmerpartnerin lacht mich aus. "
            "hab mir heut im bad wieder die arme aufgeritzt, bin froh wenn alles vorbei ist",
            "Heut Nacht geh ich zu den Gleisen hinterm Bahnhof, um 1 kommt da der Güterzug. Dann "
            "muss ich nie wieder heim und keiner muss mich mehr aushalten. Sagt Frau Berger nix",
        ],
        "disclosure": [
            "Frau Berger, der Gastvater kommt jede Nacht betrunken in mein Zimmer und setzt sich "
            "auf mein Bett. Gestern hat er mich angefasst und gesagt, das ist in Deutschland "
            "normal. Ich hab Angst.",
            "Mein Austauschpartner hat blaue Flecken am Hals, sein Stiefvater würgt ihn wenn er "
            "zu spät heimkommt. Heute waren wir 10 min zu spät und er traut sich nicht nach "
            "Hause.",
        ],
        "violence": [
            "Wenn die Zwölfer uns morgen am Bahnhof wieder abziehen wollen, hab ich mein "
            "Springmesser dabei. Einer von denen liegt dann auf den Gleisen, versprochen.",
        ],
        "phone": [
            "Ich hol dich vom Flughafen ab, nicht die Gruppe. Meine Nummer: null eins fünf "
            "sieben, drei acht zwo, vier vier eins neun null. Ruf an wenn du gelandet bist, den "
            "Lehrern nix sagen.",
        ],
        "contact": [
            "Komm am letzten Abend zu mir statt in die Jugendherberge 😊 Lindenstraße 23, 2. "
            "Stock, 79098 Freiburg. Oder schreib vorher an m.kessler.privat@gmx.de, aber sag der "
            "Gruppe nichts.",
        ],
    },
    "fr": {
        "meeting": [
            "Salut Zofia, je suis le cousin de ta famille d'accueil 🙂 demain pendant la visite "
            "du musée, dis que t'as mal au ventre et reste à la maison. Je passe te prendre à "
            "14h, on ira à la plage juste nous deux. Pas la peine de prévenir ta prof.",
            "t'es trop mignonne pour une 4e 😏 ce soir quand ta famille dort, rejoins moi au "
            "parking derrière le gymnase à minuit. viens seule, ta corres c'est une balance",
            "Bonjour, je suis le chauffeur envoyé par le collège à l'aéroport de Nice. Ne reste "
            "pas au point de rendez-vous avec le groupe, viens directement au parking P5, je "
            "t'emmène. Tes profs sont au courant, ne les appelle pas.",
        ],
        "photo_request": [
            "tu dors dans la chambre de ma sœur non? 😁 envoie une photo de toi en pyjama sur son "
            "lit, juste pour moi, personne la verra promis",
            "Pour le diaporama de la semaine il me faut une vidéo de toi sous la douche après la "
            "piscine, c'est pour rigoler 🎥 Envoie-la-moi ce soir en privé, pas à Mme Lefèvre.",
        ],
        "private_contact": [
            "les profs lisent tout ici 🙄 ajoute moi sur snap, theo.lyon07, je te dirai où est la "
            "vraie soirée samedi. et efface ce message",
            "Je suis Marc, le guide de la visite de jeudi. Écris-moi plutôt sur WhatsApp, on "
            "pourra organiser une petite sortie rien que pour toi, la plateforme du collège "
            "c'est pour l'officiel.",
        ],
        "gift_offer": [
            "Je t'ai pris une carte cadeau de 80 € pour les boutiques de Marseille 🎁 Tu viens la "
            "chercher dans ma voiture après le dîner, seule, et tu n'en parles pas à ta famille "
            "d'accueil.",
        ],
        "personal_question": [
            "tu dors seule dans la chambre d'amis? elle ferme à clé? tes hôtes rentrent à quelle "
            "heure du boulot le mercredi?",
            "T'as quel âge, 13? t'as déjà un copain? tu dors en pyjama ou toute nue? 😜 c'est "
            "juste pour savoir comment sont les Allemandes",
        ],
        "secrecy": [
            "ce qui s'est passé sur la plage reste entre nous ok? si tu parles à ta prof je "
            "montre tes photos à tout le groupe d'échange. efface la conv maintenant 🤐",
            "Notre soirée au bar de l'hôtel, c'est notre petit secret ma belle. Supprime nos "
            "messages avant que Mme Lefèvre contrôle les téléphones à la gare.",
        ],
        "isolation": [
            "Ta classe se moque de toi et ta famille d'accueil ne veut pas de toi, ça se voit. "
            "Moi seul je te comprends. Passe la semaine avec moi au lieu de suivre leurs sorties "
            "nulles.",
        ],
        "self_harm": [
            "ma corres m'ignore et tout le monde rigole de mon accent 😶 ce soir j'ai pris les "
            "cachets de ma mère d'accueil dans la salle de bain, beaucoup. dites rien à la prof",
            "ça fait une heure que je regarde la fenêtre de la chambre 612. 6e étage. ce serait "
            "rapide et je rentrerais plus jamais chez moi. adieu tout le monde",
        ],
        "disclosure": [
            "Madame, le père de ma famille d'accueil entre dans la salle de bain quand je me "
            "lave et il dit de ne rien dire, sinon je rentre en Pologne. Je veux changer de "
            "famille svp.",
            "Ma corres m'a montré ses bleus sur les bras, c'est son beau-père qui la frappe "
            "quand il a bu. Elle dit que c'est tous les week-ends et elle a peur de rentrer ce "
            "soir.",
        ],
        "violence": [
            "Les terminales qui nous rackettent dans le tram, demain j'apporte le cutter de mon "
            "père. Le premier qui touche à ma corres je le plante, je rigole pas.",
        ],
        "phone": [
            "Je viendrai te chercher à la gare, pas ta prof. Mon portable : zéro six, quarante "
            "et un, dix-huit, soixante-dix, vingt-deux. Écris-moi quand ton TGV arrive, pas un "
            "mot au groupe.",
        ],
        "contact": [
            "Le dernier soir, viens dormir chez moi plutôt qu'à l'auberge 😊 12 rue des Tanneurs, "
            "3e étage, 69005 Lyon. Ou écris-moi avant à julien.b.perso@orange.fr, mais pas un "
            "mot au groupe.",
        ],
    },
    "it": {
        "meeting": [
            "Sono Paolo, amico della famiglia che ti ospita 🙂 domenica mattina ti porto a vedere "
            "lo stadio, solo io e te. Alla famiglia di' che vai a messa con la classe, alla prof "
            "non serve dire niente.",
            "oh voi polacche della 2B siete carine 😏 stanotte all'una ci vediamo al parchetto "
            "dietro la stazione, vieni da sola, la tua corrispondente è una spiona",
            "Sono l'accompagnatore della compagnia ferroviaria. Il Frecciarossa per Roma è "
            "pieno, scendi a Firenze e aspettami all'uscita di via Alamanni, ti porto io in "
            "macchina. I prof sono avvisati, non chiamarli.",
        ],
        "photo_request": [
            "dormi nella camera di mia sorella no? 😁 mandami una foto di te nel suo letto senza "
            "maglietta, giuro non la vede nessuno",
            "Per il video ricordo dello scambio mi serve una clip di te in costume mentre ti "
            "cambi in camera 🎥 Mandamela stasera in privato, la prof Rinaldi non deve vederla.",
        ],
        "private_contact": [
            "qui i prof leggono tutto 🙄 scrivimi su insta ale_bo_2008, ti dico io dov'è la festa "
            "vera sabato. e cancella sto messaggio",
            "Sono la guida del giro in centro di giovedì. Scrivimi su Telegram invece che sulla "
            "piattaforma, così organizziamo una visita extra solo per te 😉",
        ],
        "gift_offer": [
            "Ti ho preso le cuffie nuove che volevi 🎧 te le do stasera in macchina dopo la "
            "pizzeria, vieni da sola. È un regalo tra noi, la famiglia e la prof non devono "
            "saperlo.",
        ],
        "personal_question": [
            "In camera dormi da sola o con la piccola? La porta si chiude a chiave? E i tuoi "
            "ospiti a che ora escono la mattina per andare al lavoro?",
            "hai 14 anni vero? 😜 quanto sei alta e quanto pesi? hai già il ragazzo? dormi in "
            "pigiama o senza niente?",
        ],
        "secrecy": [
            "quello che è successo sul pullman resta tra noi capito?? se parli con la prof mando "
            "il tuo video a tutto il gruppo dello scambio. cancella la chat 🤐",
            "Tesoro, la nostra serata al bar dell'albergo è il nostro piccolo segreto. Cancella "
            "tutti i messaggi prima che la prof Rinaldi controlli i telefoni in aeroporto.",
        ],
        "isolation": [
            "La tua classe ride di te e la famiglia ti sopporta appena, si vede. Nessuno qui ti "
            "capisce tranne me. Lascia perdere le loro gite noiose e passa la settimana con me.",
        ],
        "self_harm": [
            "nessuno mi parla in questa famiglia e la mia compagna di stanza mi prende in giro 😶 "
            "stasera in bagno mi sono tagliata di nuovo con la lametta. non dite niente alla prof",
            "ho messo da parte tutte le pastiglie per il mal d'aereo. domani sul volo di ritorno "
            "le prendo tutte insieme, così a casa non ci arrivo. scusate per tutto",
        ],
        "disclosure": [
            "Prof, il fratello grande della mia famiglia ospitante (ha 20 anni) ieri in macchina "
            "mi ha toccata sotto la maglietta. Dice che se lo racconto nessuno mi crede.",
            "Il mio corrispondente ha lividi sulle gambe, dice che sua madre lo picchia col "
            "cucchiaio di legno se prende un brutto voto. Stasera ha paura di tornare a casa.",
        ],
        "violence": [
            "Quelli di quinta che ci rubano i soldi sul treno, domani porto il coltello a "
            "serramanico di mio fratello. Se toccano ancora Marta uno finisce all'ospedale, "
            "giuro.",
        ],
        "phone": [
            "Ti vengo a prendere io all'aeroporto, non il gruppo. Il mio cell è +39 347 812 "
            "5590, scrivimi quando atterri e non dirlo ai prof.",
        ],
        "contact": [
            "L'ultima sera vieni a dormire da me invece che in ostello 😊 Via del Pratello 41, "
            "interno 6, 40122 Bologna. Oppure scrivimi prima a marco.ferri.privato@libero.it, ma "
            "ai compagni niente.",
        ],
    },
    "es": {
        "meeting": [
            "Hola Ola, soy el monitor del albergue 😊 esta noche a las 12, cuando tus compañeras "
            "de cuarto duerman, baja sola a la lavandería del sótano. Te enseño la terraza, pero "
            "no se lo cuentes a tu profe.",
            "oye la polaca de 2º de la ESO 😏 el sábado después de cenar escápate de tu casa de "
            "acogida y vente al botellón de la Malvarrosa, sola eh, tu intercambio es un chivato",
            "Soy el taxista que ha reservado el instituto para Barajas ✈️ Cuando aterrices no "
            "vayas al punto de encuentro con el grupo, sal por la puerta 3 y te espero en el "
            "coche gris. Los profes ya lo saben, no les llames.",
        ],
        "photo_request": [
            "compartes cuarto con mi prima no? 😁 hazte una foto en la ducha del baño de arriba y "
            "mándamela, solo para mí, nadie más la va a ver",
            "Para el vídeo de despedida necesito un clip tuyo en bikini en la piscina de la "
            "casa, girando despacio 🎥 Mándamelo esta noche por privado, la profe Ruiz no tiene "
            "por qué verlo.",
        ],
        "private_contact": [
            "aquí los profes lo leen todo 🙄 agrégame en tiktok y hablamos por dm, dani_vlc08. te "
            "digo dónde es la fiesta de verdad. y borra esto",
            "Soy Javier, el conductor del autobús de la excursión a Córdoba. Mejor escríbeme por "
            "WhatsApp y no por la plataforma del cole, así organizamos algo solo para ti 😉",
        ],
        "gift_offer": [
            "Te he metido 50 € de saldo en el móvil para que llames a tu madre 💸 Pásate mañana "
            "por mi coche después de clase a darme las gracias, solo tú. A tu familia de acogida "
            "ni una palabra.",
        ],
        "personal_question": [
            "¿Tu habitación en casa de los García es la del fondo, la del pestillo? ¿Los padres "
            "trabajan hasta tarde los jueves? ¿Te quedas sola por la tarde?",
            "cuántos años tienes, 13? 😜 ya te ha crecido el pecho? duermes con camiseta o sin "
            "nada? pregunto por curiosidad jaja",
        ],
        "secrecy": [
            "lo de anoche en la playa queda entre tú y yo, vale? si le dices algo a tu profe "
            "subo tus fotos al grupo del intercambio. borra el chat YA 🤐",
            "Cariño, nuestra cena en mi piso es un secreto nuestro. Borra los mensajes antes de "
            "que la profesora Ruiz revise los móviles en la estación de Atocha.",
        ],
        "isolation": [
            "Tus compañeros pasan de ti y tu familia de acogida solo te aguanta por el dinero. "
            "Yo soy el único que te entiende de verdad. Quédate conmigo esta semana y olvídate "
            "de sus excursiones.",
        ],
        "self_harm": [
            "mi familia de acogida no me habla y mi compi de cuarto se ríe de mí 😶 he escondido "
            "las cuchillas de afeitar del padre y esta noche en el baño lo voy a hacer. no "
            "digáis nada",
            "ya le he regalado mi sudadera y mis cascos a mi intercambio. mañana subo a la "
            "azotea del albergue, son 8 pisos, y se acabó todo. os quiero",
        ],
        "disclosure": [
            "Profe, el novio de mi madre de acogida me mira cuando me cambio y anoche se metió "
            "en mi cama. Dice que si lo cuento me mandan a casa antes. No quiero volver allí.",
            "Mi intercambio lleva dos días sin comer, su padre cierra la nevera con candado y le "
            "echa de casa por la noche. Ayer durmió en el portal y tiene miedo de volver.",
        ],
        "violence": [
            "Los de bachillerato que nos quitan el dinero en el metro, mañana llevo la navaja de "
            "mi abuelo. Como vuelvan a tocar a Lucía uno acaba en urgencias, lo juro.",
        ],
        "phone": [
            "Te recojo yo en Santa Justa, no el grupo. Apunta: seis, uno, dos; treinta y cuatro; "
            "cincuenta y seis; setenta y ocho. Escríbeme al llegar y no se lo digas a los profes.",
        ],
        "contact": [
            "La última noche vente a dormir a mi casa en vez del albergue 😊 Calle Feria 27, 3º "
            "B, 41003 Sevilla. O escríbeme antes a carlos.ortega.priv@hotmail.es, pero al grupo "
            "ni una palabra.",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Lucía, jestem przewodnikiem po Starym Mieście 🙂 w czwartek, kiedy grupa "
            "pojedzie do Wieliczki, powiedz że źle się czujesz. Przyjadę po ciebie o 11 i pokażę "
            "ci Kraków tylko we dwoje. Pani nie musi wiedzieć.",
            "ej ty z Hiszpanii z 7 klasy 😏 dziś o 23 pod garażami za szkołą, przyjdź sama, twoja "
            "siostra z rodziny i tak wszystko kabluje",
            "Dzień dobry, jestem kierowcą z firmy, którą szkoła zamówiła na lotnisko w Balicach. "
            "Nie czekaj z grupą w punkcie zbiórki, przyjdź od razu na parking P2, poziom -1. "
            "Nauczyciele wiedzą, nie dzwoń do nich.",
        ],
        "photo_request": [
            "śpisz w pokoju mojego brata nie? 😁 zrób sobie fotkę w jego łóżku bez koszulki i "
            "wyślij mi, nikomu nie pokażę przysięgam",
            "Do filmu na pożegnanie potrzebuję nagrania, jak przebierasz się po basenie 🎥 Wyślij "
            "mi je dziś wieczorem prywatnie, pani Nowak nie musi tego oglądać.",
        ],
        "private_contact": [
            "tu nauczyciele wszystko czytają 🙄 napisz do mnie na snapie, kuba_krk09, powiem ci "
            "gdzie jest prawdziwa impreza w sobotę. i usuń to",
            "Jestem opiekunem grupy z ramienia biura podróży. Pisz do mnie na Messengerze, a nie "
            "przez szkolną platformę, to załatwimy coś tylko dla ciebie 😉",
        ],
        "gift_offer": [
            "Kupiłem ci koszulkę Wisły i doładowanie za 100 zł 🎁 Odbierzesz je ode mnie w "
            "samochodzie po kolacji, sama. Rodzinie goszczącej i nauczycielce ani słowa.",
        ],
        "personal_question": [
            "Śpisz sama w pokoju gościnnym? Zamyka się na klucz? O której twoi gospodarze "
            "wracają z pracy we wtorek?",
            "ile masz lat, 12? 😜 nosisz już stanik? śpisz w piżamie czy bez? tak tylko pytam hehe",
        ],
        "secrecy": [
            "to co było wczoraj w parku zostaje między nami jasne? jak powiesz pani to wrzucę "
            "twój filmik na grupę wymiany. usuń czat natychmiast 🤐",
            "Kochanie, nasz wieczór w hotelowym barze to nasza mała tajemnica. Usuń wszystkie "
            "wiadomości, zanim pani Nowak sprawdzi telefony na dworcu.",
        ],
        "isolation": [
            "Twoja klasa się z ciebie śmieje, a rodzina goszcząca ledwo cię znosi. Tylko ja cię "
            "naprawdę rozumiem. Zostań ze mną ten tydzień zamiast jeździć na ich nudne wycieczki.",
        ],
        "self_harm": [
            "nikt w tej rodzinie się do mnie nie odzywa, a współlokatorka się ze mnie śmieje 😶 "
            "znowu pocięłam się w łazience żyletką. nie mówcie pani",
            "od poniedziałku zbieram tabletki nasenne gospodyni, mam już pełny słoiczek. w "
            "sobotę przed wylotem wezmę wszystkie, i tak nikt nie zauważy że mnie nie ma",
        ],
        "disclosure": [
            "Proszę pani, dziadek mojej pary z wymiany pokazywał mi wczoraj na kanapie zdjęcia "
            "nagich ludzi i kazał się dotykać. Mówi, że to nasza tajemnica. Nie chcę tam wracać.",
            "Moja koleżanka z wymiany mówi, że jej mama od trzech dni nie wraca na noc, a ona "
            "sama pilnuje młodszego brata. W lodówce nic nie ma, jedzą suchy chleb.",
        ],
        "violence": [
            "Ci maturzyści co nas zaczepiają w tramwaju, jutro biorę kastet brata. Jak jeszcze "
            "raz dotkną Hanny, to któryś nie wstanie, przysięgam.",
        ],
        "phone": [
            "Odbiorę cię z dworca, nie grupa. Mój numer: +48 512 834 907, czyli pięćset "
            "dwanaście, osiemset trzydzieści cztery, dziewięćset siedem. Napisz jak dojedziesz i "
            "nie mów nauczycielom.",
        ],
        "contact": [
            "Ostatnią noc prześpij się u mnie zamiast w hostelu 😊 ul. Długa 17 m. 4, 80-831 "
            "Gdańsk. Albo napisz najpierw na tomek.wiatr.prywatny@o2.pl, ale grupie ani słowa.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Meeting point Friday: 7:15 at Terminal 2 departures, by the Costa. Please don't go to "
        "check-in on your own, wait for the group. Emergency number all week: Mrs Hartley 07700 "
        "900 118.",
        "room list for the hostel!! me n Jess in room 14, top bunk is MINE 😤 lights out at 10:30 "
        "apparently",
        "my host mum asked what i eat for breakfast and what time i wake up lol shes so sweet, "
        "pancakes tmrw 🥞",
        "Dear host families, the guests arrive on Monday: coach at 17:40 in the school car park. "
        "Each pupil goes home only with their registered host family. Questions: office 0113 496 "
        "0321.",
        "the year 11s at the host school were SO nice, they showed us round town and carried our "
        "bags to the bus 🙌",
        "Can the guests bring swimming things? Thursday 2-4pm is the leisure centre, teachers "
        "are in the pool with them.",
        "evening out tonight: bowling at 7, pizza after, home by 9:30, host parents pick up at "
        "the main entrance. phones on pls 📱",
        "pls delete the blurry pics from the group album before we print it, there's like 40 of "
        "them 😂",
        "i was so homesick last night i cried 😭 but my host sister made me hot chocolate and we "
        "watched a film, better now",
        "missed the connection at Manchester 🙈 but Mr Singh rang and we're meeting at platform 4 "
        "at 16:20, all fine",
        "surprise for Mr Evans on the last evening!! dont tell him, everyone bring a card, hide "
        "in the common room at 8",
        "my host dad gave me his number in case i get lost in town, 07700 900 742, Mrs Hartley "
        "has it on her list too 👍",
        "gift for my host family: is a box of Polish chocolates and a mug from Gdańsk ok? 🎁 or "
        "too cheap??",
        "Thanks to all the families for hosting! Photos of the week are on the project page, "
        "album 'Leeds 2026'.",
        "Reminder: permission slips for the London day by Monday, cost £12.",
    ],
    "de": [
        "Treffpunkt Freitag 6:45 Hauptbahnhof München, Gleis 11, unter der großen Uhr. "
        "Notfallnummer Frau Berger: 0171 2345678. Bitte niemand allein zum Zug!",
        "Zimmerverteilung Jugendherberge: Zimmer 12 = Lena, Mia, Zofia, Ola 🛏️ wer schnarcht "
        "muss aufs obere Bett 😂",
        "Meine Gastmama hat gefragt ob ich allein im Zimmer schlafen will oder mit ihrer "
        "Tochter. Hab allein gesagt, das Zimmer ist soo schön 💜",
        "Liebe Gastfamilien, die Gäste kommen am Montag um 17:20 mit dem ICE an. Bitte holen Sie "
        "nur das Kind ab, das Ihnen zugeteilt ist. Fragen an das Sekretariat: 0761 201-4450.",
        "Wer hat Fotos vom Abend im Biergarten? Schickt sie bitte in den Gruppenordner, Frau "
        "Berger macht ein Album draus 📸",
        "Die Oberstufler haben uns heute die ganze Altstadt gezeigt und uns zum Eis eingeladen 🍦 "
        "voll nett",
        "mein Gastbruder und ich teilen uns das Zimmer, er hat mir das Hochbett überlassen 😁 "
        "morgen nimmt er mich mit zum Fußballtraining",
        "Badesachen nicht vergessen! Donnerstag 14-16 Uhr Hallenbad, die Lehrkräfte sind mit im "
        "Wasser.",
        "lösch bitte das Video wo ich vom Leihrad falle aus der Gruppe 😂😂 voll peinlich",
        "Überraschung für Herrn Schulz am letzten Abend: nicht verraten! Jeder bringt 2 €, wir "
        "treffen uns um 20 Uhr im Gemeinschaftsraum.",
        "Ich hatte gestern voll Heimweh und hab geweint, aber meine Gastschwester hat bis 12 mit "
        "mir Uno gespielt 😅 jetzt gehts",
        "Zug nach Salzburg fällt aus 🙄 Herr Schulz sagt wir nehmen den um 10:12, Treffpunkt "
        "bleibt Gleis 8, keiner geht allein los",
        "Abend in der Altstadt: um 21:30 holen uns die Gasteltern am Martinstor ab. Wer sich "
        "verläuft, ruft Herrn Schulz an: 0160 9876543.",
        "Danke an alle Familien fürs Aufnehmen! Das Video von der Woche ist ab Montag auf der "
        "Projektseite.",
        "Erinnerung: Einverständniserklärung für den Ausflug nach Konstanz bis Mittwoch, Kosten "
        "15 €.",
    ],
    "fr": [
        "Point de rendez-vous vendredi : 6h30 gare Part-Dieu, hall 1, devant le panneau des "
        "départs. Numéro d'urgence Mme Lefèvre : 06 98 76 54 32. Personne ne va seul sur le quai "
        "!",
        "chambres à l'auberge: chambre 7 = moi, Lucie, Hanna et Ola 🛏️ celle qui ronfle dort "
        "près de la porte 😂",
        "ma mère d'accueil m'a demandé à quelle heure je me couche et si je dors mieux la "
        "fenêtre ouverte, trop gentille 💜",
        "Chères familles d'accueil, les correspondants arrivent lundi à 17h40 en TGV. Chaque "
        "élève ne repart qu'avec la famille indiquée sur la liste. Questions : vie scolaire 04 "
        "72 00 11 22.",
        "qui a les photos de la soirée crêpes? mettez-les dans le dossier du groupe, Mme Lefèvre "
        "fait un album 📸",
        "les lycéens nous ont fait visiter le Vieux-Port et nous ont payé des glaces 🍦 trop "
        "sympas",
        "il reste un lit dans la chambre 112, Ola tu veux échanger pour dormir à côté de ta "
        "corres? dis moi avant 22h",
        "N'oubliez pas vos maillots : jeudi de 14h à 16h piscine, les professeurs sont dans "
        "l'eau avec vous.",
        "efface la vidéo où je tombe dans la fontaine svp 😂😂 la honte",
        "Surprise pour M. Girard le dernier soir, chut ! Chacun apporte 2 €, rendez-vous à 20h "
        "dans la salle commune.",
        "hier j'avais trop le mal du pays, j'ai pleuré, mais ma corres m'a fait un chocolat "
        "chaud et on a joué aux cartes, ça va mieux 😅",
        "notre avion pour Cracovie a 2h de retard ✈️ M. Girard dit qu'on reste tous ensemble "
        "porte B24, pizza offerte par le collège",
        "le père de ma corres m'a emmenée à l'aéroport à 5h du mat en voiture avec toute la "
        "famille, trop gentil, on s'est dit au revoir en pleurant 😭",
        "Merci à toutes les familles ! Les photos de la semaine sont sur la page du projet.",
        "Rappel : autorisation de sortie pour Avignon à rendre mercredi, 12 €.",
    ],
    "it": [
        "Punto d'incontro venerdì: ore 6:15 stazione di Bologna Centrale, davanti al tabellone "
        "partenze. Numero d'emergenza prof.ssa Rinaldi: 333 456 7890. Nessuno va al binario da "
        "solo!",
        "camere in ostello: camera 9 = io, Giulia, Lena e Kasia 🛏️ chi russa dorme vicino alla "
        "porta 😂",
        "la mamma della mia famiglia ospitante mi ha chiesto a che ora vado a letto e se voglio "
        "una coperta in più, dolcissima 💜",
        "Care famiglie ospitanti, i ragazzi arrivano lunedì alle 17:05 con il Frecciarossa. Ogni "
        "studente va a casa solo con la famiglia indicata nell'elenco. Segreteria: 051 123 4567.",
        "chi ha le foto della serata in pizzeria? mettetele nella cartella del gruppo che la "
        "prof fa l'album 📸",
        "i ragazzi di quinta ci hanno portato a vedere le Due Torri e ci hanno offerto il gelato "
        "🍦 gentilissimi",
        "l'autista del pullman ci aspetta alle 8 al parcheggio della scuola, cartellino col nome "
        "sempre al collo 🚌",
        "Ricordate il costume: giovedì dalle 14 alle 16 piscina comunale, i professori sono in "
        "acqua con voi.",
        "cancellate il video dove cado dal monopattino pls 😂😂 che figuraccia",
        "Sorpresa per il prof Bianchi l'ultima sera, acqua in bocca! 2 € a testa, ci troviamo "
        "alle 20 nella sala comune.",
        "ieri avevo una nostalgia di casa pazzesca e ho pianto, ma la mia corrispondente mi ha "
        "fatto la cioccolata e abbiamo giocato a UNO, ora va meglio 😅",
        "il treno per Roma ha 40 min di ritardo 🙄 il prof dice restiamo tutti insieme al binario "
        "5, nessuno si allontana",
        "io e la mia corrispondente dormiamo nella stessa camera, stanotte abbiamo parlato fino "
        "alle 2 in inglese e polacco 😂 domani crollo in gita",
        "Grazie a tutte le famiglie! Il video della settimana è sulla pagina del progetto.",
        "Promemoria: autorizzazione per la gita a Ravenna entro mercoledì, 10 €.",
    ],
    "es": [
        "Punto de encuentro el viernes: 7:00 en la T4 de Barajas, junto al mostrador de "
        "facturación. Teléfono de emergencia de la profe Ruiz: 612 34 56 78. ¡Nadie pasa solo el "
        "control!",
        "habitaciones del albergue: en la 15 estamos yo, Marta, Emma y Zuzia 🛏️ la que ronque "
        "duerme en la litera de arriba 😂",
        "mi madre de acogida me ha preguntado a qué hora me levanto y si me gusta el colacao, es "
        "un amor 💜",
        "Queridas familias: los alumnos llegan el lunes a las 18:10 en el AVE. Cada alumno se va "
        "solo con la familia asignada en la lista. Dudas: secretaría 963 12 34 56.",
        "los de bachillerato nos han llevado a ver la mascletà y nos han invitado a churros 🍩 "
        "majísimos",
        "me he dejado el cargador en el AVE 😭 alguien me presta uno? habitación 23",
        "Traed bañador: el jueves de 16 a 18 piscina municipal, los profesores se bañan con "
        "vosotros.",
        "borrad el vídeo donde me caigo en la playa porfa 😂😂 qué vergüenza",
        "Sorpresa para el profe Martín la última noche, ¡no digáis nada! 2 € cada uno, quedamos "
        "a las 21 en la sala común.",
        "ayer echaba tanto de menos a mi familia que lloré, pero mi intercambio me hizo "
        "palomitas y vimos una peli, ya estoy mejor 😅",
        "nuestro tren a Córdoba va con 30 min de retraso, el profe dice que esperemos todos "
        "juntos en la vía 6 y que nadie se separe",
        "el viernes por la noche salimos a cenar tapas con las familias, vuelta a casa a las "
        "23:00 como mucho, los profes vienen también 🍤",
        "el padre de mi intercambio me ha dicho: si te pierdes llama al 654 98 76 54 y te "
        "recojo, qué majo! la profe también lo tiene apuntado",
        "¡Gracias a todas las familias de acogida! Las fotos están en la página del proyecto.",
        "Recordatorio: autorización para la excursión a Toledo antes del miércoles, 14 €.",
    ],
    "pl": [
        "Zbiórka w piątek o 5:50 na lotnisku w Balicach, przy wejściu do terminalu. Telefon "
        "alarmowy do pani Nowak: 601 234 567. Nikt nie idzie sam do odprawy!",
        "pokoje w hostelu: 8 = ja, Giulia, Lena i Chloé 🛏️ kto chrapie śpi przy drzwiach 😂",
        "moja gospodyni pytała o której chodzę spać i czy wolę jajecznicę czy naleśniki na "
        "śniadanie, kochana 💜",
        "Drodzy rodzice goszczący, uczniowie przyjeżdżają w poniedziałek o 16:45 pociągiem z "
        "Berlina. Każdy uczeń jedzie do domu tylko z rodziną z listy. Pytania: sekretariat 12 "
        "345 67 89.",
        "maturzyści oprowadzili nas po Wawelu i postawili nam obwarzanki 🥨 super ekipa",
        "zostawiłam ładowarkę w pociągu 😭 ktoś pożyczy? pokój 31",
        "Pamiętajcie o strojach kąpielowych: czwartek 15-17 aquapark, nauczyciele są w wodzie "
        "razem z wami.",
        "usuńcie ten filmik jak wywalam się na lodowisku pls 😂😂 wstyd",
        "Niespodzianka dla pana Wójcika na ostatni wieczór, cicho sza! Po 5 zł, spotykamy się o "
        "20 w świetlicy.",
        "wczoraj tak tęskniłam za domem że płakałam, ale moja para z wymiany zrobiła kakao i "
        "graliśmy w Dobble, już lepiej 😅",
        "nasz pociąg do Gdańska ma 50 min opóźnienia, pani mówi że czekamy wszyscy razem na "
        "peronie 3 i nikt nie odchodzi",
        "tata mojej pary z wymiany zrobił nam zdjęcie całej rodziny przy kominku, razem ze mną 😍 "
        "wyślę wam do albumu",
        "Rodzina goszcząca dała mi swój numer na wszelki wypadek: 698 765 432, pani też ma go na "
        "liście 👍",
        "Dziękujemy wszystkim rodzinom! Zdjęcia z tygodnia są na stronie projektu.",
        "Przypomnienie: zgody na wycieczkę do Zakopanego do środy, 40 zł.",
    ],
}
