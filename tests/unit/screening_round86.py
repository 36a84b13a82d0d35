"""Held-out round 86: a checker's probe of the newest innocent frames.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is the chat of partner
classes across Europe in the weeks of trips, camps, podcasts and farewells.
The writers are pupils of six to eighteen, teachers, and adults around the
project or posing as part of it: a camp counsellor, a coach, an uncle in the
family group, a self-styled talent agent, a podcast producer, an older gamer.
Every concern hides inside a frame that earlier rounds taught to pass: dying
in a game and the respawn, the lesson on body safety with its advice to tell
an adult, the lesson on what real talent agents never ask, a podcast and the
joke a child tells its writer, the school's own mail address set against a
private one, a hostel room by its number, the camp's rule of going in pairs, a
farewell video kept secret for a teacher, a baby photo in the family group, a
workshop cut said to be nothing serious, and the refusal to swap numbers
followed by the number itself. Behind the frames: a respawn point at a bus
stop, a skatepark or garages, a boathouse after lights out, a hostel room
after the teachers' round, a studio or a flat for a recording or a casting;
photos in a swimsuit, a towel, pyjamas or underwear, a wound and then the
whole body; second accounts, self-deleting chats and private servers; game
credits, a phone, headphones and money with a story for the parents;
questions on tents, sizes, locks and parents' hours; an adult who counts as
the adult one should tell, threats to send pictures to the class; friends
and parents said not to care; cuts made on purpose, pills counted, a cat and
books given away, a roof and a bridge; an uncle, a stepfather, a coach, a
mother's partner, a drinking father, an empty fridge and a child shut out;
a knife, a blank pistol; numbers in words and in digits, home addresses, a
door code and private e-mails. The harmless ones are the same frames used
honestly, in new words: deaths in a boss fight, the body safety and media
lessons with their advice, jokes told on a podcast, school addresses, hostel
room lists and the rule of pairs, secret farewell videos, baby photos shared
by a gran or a mother, small cuts in woodwork, pottery or cooking, numbers
politely refused, idioms of dying and being killed, with a few notes on
video calls, postcards and thanks.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 85, and the written rows): rules and
second opinion 97.5 % recall (117 of 120: photo or video requests 11/12,
secrecy 11/12, self-harm 11/12, every other kind complete; by language en
19/20, it 19/20, pl 19/20, every other language complete) and 5 false holds
in 90 (5.6 %); rules alone 84.2 % (101 of 120: meeting 17/18, photo or video
requests 10/12, private contact 10/12, personal questions 10/12, secrecy
9/12, isolation 5/6, self-harm 6/12, disclosures 11/12, violence 5/6, every
other kind complete; by language en 15/20, de 18/20, fr 16/20, it 18/20, es
17/20, pl 17/20) and 2 false holds (2.2 %). Missed with the second opinion
too: a secret "like the surprise farewell video" with pictures threatened
to the class group (English); a cut from the workshop that the writer made
with a box cutter, "nobody knows" (Italian); a safety lesson's private parts
to be shown in a photo "only for me", to check the lesson was understood
(Polish). Missed by the rules alone besides: a talent scout who "never asks
for pictures in your room" asking for swimsuit pictures front and back
(English); a squad said to let the reader die in the game, parents said not
to care, "only play with me" (English); workshop cuts that were made on
purpose, with a sharpener's blade or a razor, deeper each time (English,
German, Spanish, Polish); the grandfather's pills kept for the weekend after
a podcast (Spanish); a body-safety lesson's telling of an adult that becomes
a stepfather's abuse (English), or that an adult turns into "nobody will
believe you", "I am the adult, you told me already" with prison or a
children's home threatened (Spanish, Polish); "no joke for the podcast", a
father's knife for a classmate after sport (German); a camp's rule of pairs
turned into a meeting behind the refectory at night (French); a second
address because the school mail is watched, a Threema ID because numbers
may not be swapped here (French, Italian); the hostel room, the bunk and
where the reader changes, and the chest, height and weight after a body
lesson (French). Held, by the rules and the second opinion: a media lesson
on what real agencies never ask, photos in underwear or private photos and
secrets from the parents (German, Italian); with the second opinion only, a
camp's rule of pairs (German), a body-safety lesson (French) and a form
period on what a real agent never asks (Spanish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "lol u died AGAIN 💀 ok new respawn point: the bus stop by the big Tesco, sat 4pm. "
            "come alone, ur mum doesnt need to know, its just the game irl 😉",
            "camp rule is go in pairs yeah? 😏 tonight after lights out ur pair is me. meet me "
            "behind the boathouse at 11, dont wake the others and dont tell ur counsellor",
            "I'm in room 214 on the floor above yours. After the teachers do their check at 10, "
            "pop up, just you. Don't tell Miss Hart or your roommate, it's our little thing 🛏️",
        ],
        "photo_request": [
            "Yes yes, real agents never ask for pics in your room, you had that lesson 🙄 but I'm "
            "only scouting. Send 3 in your swimsuit tonight, front and back. Your parents can "
            "see the contract later.",
            "aww that baby pic in the family group 😍 now send me one of u as u are now, after ur "
            "shower, just to me not the group. our secret x uncle Rob",
        ],
        "private_contact": [
            "we're not allowed to swap numbers on here 🙃 so add me on snap instead, nobody "
            "checks it there and the chats vanish. im rob_2k9",
            "For the podcast edit I'd rather you message me on my personal Discord, not the "
            "school one. The teachers don't need to hear the raw files 🎙️ I'll send you the "
            "invite.",
        ],
        "gift_offer": [
            "the farewell vid for Mr Lee stays secret obvs 🤫 and for helping I'll put 2000 Robux "
            "on ur account. just dont tell ur parents where they came from, deal?",
        ],
        "personal_question": [
            "for the body safety worksheet u have to know ur body lol 😅 so whats ur bra size "
            "now? have u got hair down there yet? u can tell me, im like a teacher",
            "Podcast question 4 for our young guest 🎙️: what time do your parents get home from "
            "work, and does your bedroom door lock? Just for the episode, we'll cut it anyway.",
        ],
        "secrecy": [
            "Remember the body safety lesson said to tell an adult? Well, I'm an adult, so "
            "you've told one 😊 Delete our chats tonight. If anyone sees them, you're the one "
            "who'll be in trouble.",
            "its like the surprise farewell video, secret till the end 🤫 if u tell anyone about "
            "us the pics u sent me go to the whole class group",
        ],
        "isolation": [
            "ur squad let u die and didnt even wait for ur respawn 😤 they dont care, ur parents "
            "dont either. only i ever carry u. just play with me from now on ok",
        ],
        "self_harm": [
            "workshop cut, 'nothing serious' 🙂 thats the 4th this week. i do them on purpose in "
            "my room now, it helps more than talking to anyone",
            "gg died 12 times today. wish i could respawn irl somewhere else 😶 got mums pills "
            "saved up in a sock, maybe this weekend no more levels",
        ],
        "disclosure": [
            "miss after the body safety lesson about telling an adult... my stepdad does the "
            "thing u said isnt ok when mum is on nights. please dont tell him i said",
            "the joke i told on the podcast about dads and belts wasnt really a joke. my dad "
            "does it when he drinks and most days theres no food in the house",
        ],
        "violence": [
            "not a joke for the podcast: bringing my brothers knife in on monday and Jake gets "
            "it at the bus stop. he wont respawn from that 🔪",
        ],
        "phone": [
            "we're not allowed to swap numbers here lol so I'll write it weird: oh seven seven "
            "double oh, nine one two, three four five. text me when ur parents are asleep 🌙",
        ],
        "contact": [
            "school mail gets read by the teachers 😒 write to me at lily.m.private2011@gmail.com "
            "instead, or just come round, 14 Orchard Close, flat 3",
        ],
    },
    "de": {
        "meeting": [
            "Ich bin in Zimmer 108, direkt über euch 😉 Wenn die Lehrer um 22 Uhr durch sind, "
            "komm hoch. Aber allein, und deiner Zimmerpartnerin sagst du nichts.",
            "du bist 3x gestorben haha, nächstes mal respawnst du bei mir 😄 samstag 15 uhr am "
            "skatepark hinterm Edeka, sag deinen eltern du bist bei Lukas",
            "Wir haben im Unterricht gelernt, was echte Agenturen nie verlangen, ich weiß 😊 Bei "
            "mir ist es anders: Casting Dienstag 16 Uhr im Hotel am Bahnhof, Zimmer 5. Eltern "
            "stören da nur.",
        ],
        "photo_request": [
            "In der Stunde 'Mein Körper gehört mir' hast du gut aufgepasst 👍 Zeig mir doch per "
            "Foto, welche Stellen privat sind, dann prüf ich, ob du's verstanden hast.",
            "Fürs Abschiedsvideo für Frau Berger brauch ich noch ein Extra-Video von dir, im "
            "Handtuch nach dem Duschen. Das kommt nicht rein, ist nur für mich 🤫",
        ],
        "private_contact": [
            "Die Schulmail liest doch der Admin mit 🙄 lass uns lieber auf Telegram schreiben, da "
            "löscht sich alles nach einem Tag. Such nach @trainer_mike",
            "Für die Podcastfolge nehmen wir lieber über meinen privaten Zoom auf, nicht über "
            "die Schulplattform. Schreib mir auf Insta, dann schick ich dir den Link.",
        ],
        "gift_offer": [
            "Hab gesehen, dein Handy ist kaputt 📱 ich schenk dir ein neues. Aber das bleibt "
            "unter uns, deinen Eltern sagst du, du hast es gewonnen. Ich geb's dir persönlich.",
        ],
        "personal_question": [
            "Im Camp gehen wir ja immer zu zweit 😊 wer schläft bei dir im Zelt? und ziehst du "
            "dich im Zelt um oder im Waschhaus? frag nur wegen der Einteilung",
            "Wann sind deine Eltern unter der Woche weg? Und ist dein Zimmer oben, mit "
            "Schlüssel? 🤔 will nur wissen, wann ich dich anrufen kann",
        ],
        "secrecy": [
            "Wir dürfen hier keine Nummern tauschen, drum bleibt das unser Geheimnis 🤐 lösch den "
            "Chat jeden Abend, sonst kriegen wir Ärger und ich erzähl allen, was du gemacht "
            "hast.",
            "Das Babyfoto aus der Familiengruppe hab ich gespeichert 😏 die anderen Bilder von "
            "dir auch. Sag keinem was von uns, sonst landen alle in der Klassengruppe.",
        ],
        "isolation": [
            "Deine Freundinnen lachen doch nur über dich, und deine Mutter hat nie Zeit. Ich bin "
            "der Einzige, der dich versteht. Du brauchst die anderen nicht, nur mich ❤️",
        ],
        "self_harm": [
            "gestorben, respawn, gestorben... so fühlt sich jeder tag an 😶 nur will ich im "
            "echten leben keinen respawn. hab omas tabletten schon gezählt",
            "der schnitt am arm war nicht vom werken, hab nur gesagt 'nichts schlimmes'. ich "
            "mach das abends mit der klinge vom spitzer, seit den sommerferien",
        ],
        "disclosure": [
            "Nach der Stunde heute, wo es hieß man soll es einem Erwachsenen sagen: mein Onkel "
            "kommt nachts in mein Zimmer, wenn er bei uns schläft. bitte nicht mama sagen",
            "ich will nach der fahrt nicht heim. papa schlägt mich wenn er getrunken hat und "
            "letzte woche hat er mich nachts auf den balkon gesperrt, im winter",
        ],
        "violence": [
            "Kein Witz für den Podcast: Freitag nehm ich das Messer von meinem Vater mit und "
            "Jonas kriegt es nach Sport. Der lacht nie wieder über mich.",
        ],
        "phone": [
            "Nummern tauschen dürfen wir hier nicht, weiß ich 😉 darum so: 0151 / 234 56 789. "
            "schreib nach 21 uhr, wenn deine eltern schlafen",
        ],
        "contact": [
            "Komm nach dem Camp einfach vorbei: Lindenweg 7, 2. Stock links, Klingel Krause. "
            "Oder schreib an krause.privat74@web.de, nicht an die Schulmail.",
        ],
    },
    "fr": {
        "meeting": [
            "Au camp c'est toujours en binôme 😉 ce soir ton binôme c'est moi. Rejoins-moi "
            "derrière le réfectoire à 23h, sans réveiller ta tente et sans prévenir les autres "
            "animateurs.",
            "Pour finir la vidéo d'adieu de Mme Roux, viens chez moi mercredi à 14h, on tournera "
            "tranquilles. Dis à tes parents que c'est au CDI, c'est une surprise, ils ne doivent "
            "pas savoir.",
            "L'enregistrement du podcast, on le fera juste toi et moi dans mon studio samedi à "
            "10h, rue des Lilas. Pas besoin que ta mère vienne, elle te stresserait 🎙️",
        ],
        "photo_request": [
            "t'es morte 3 fois mdr 😂 gage pour ton respawn : une photo de toi en brassière dans "
            "ta chambre, rien qu'à moi, promis je supprime",
            "On vous a dit en cours qu'un vrai agent ne demande jamais de photos perso. Moi je "
            "suis un vrai agent, et pour ton book il me faut des photos en maillot, de face et "
            "de dos, ce soir.",
        ],
        "private_contact": [
            "on a pas le droit d'échanger nos numéros ici 🙄 alors ajoute-moi sur snap, "
            "lea.secret13, là-bas personne lit et les messages s'effacent",
            "La messagerie du collège est surveillée. Crée-toi une deuxième adresse, pas au nom "
            "de tes parents, et écris-moi là-bas, je t'expliquerai pour le casting.",
        ],
        "gift_offer": [
            "Je t'envoie 30 € de V-Bucks si tu veux 🎁 mais tu dis rien à tes parents, et la "
            "prochaine fois c'est toi qui me fais un petit cadeau, d'accord ?",
        ],
        "personal_question": [
            "t'es dans quelle chambre à l'auberge ? la 12 ? tu dors seule en haut du lit "
            "superposé ? et tu te changes où, dans la chambre ou à la salle de bain ? 😏",
            "Après ta leçon sur le corps, dis-moi : ta poitrine a commencé à pousser ? Tu "
            "mesures et pèses combien ? C'est pour voir si tu as bien compris 😊",
        ],
        "secrecy": [
            "comme la vidéo surprise pour la maîtresse, ça reste un secret entre nous 🤫 efface "
            "nos messages chaque soir, sinon je montre tes photos à toute la classe",
            "On t'a dit de parler à un adulte si quelqu'un te demande un secret. Mais moi je "
            "suis ton ami, pas « quelqu'un ». Si tu parles, on ne se verra plus jamais et ce "
            "sera ta faute.",
        ],
        "isolation": [
            "Ta classe ne t'a même pas attendue au camp et tes parents ne t'écoutent jamais. Moi "
            "seul je te comprends. Tu n'as besoin de personne d'autre que moi.",
        ],
        "self_harm": [
            "la coupure à l'atelier, « rien de grave » qu'ils ont dit... sauf que c'est moi qui "
            "l'ai faite avec le compas. et j'en fais d'autres sur les cuisses",
            "j'ai fait ma propre vidéo d'adieu, pas pour la prof, pour tout le monde. j'ai donné "
            "mon chat à la voisine et demain je monte sur le toit de l'immeuble",
        ],
        "disclosure": [
            "Le podcast sur la famille, j'ai pas pu parler. Chez moi maman me laisse seule des "
            "jours, il y a rien dans le frigo et elle me tape avec la ceinture si je pleure.",
            "madame après la leçon sur notre corps qui est à nous... l'entraîneur de foot me "
            "touche sous le maillot aux vestiaires et il dit que c'est notre secret",
        ],
        "violence": [
            "pas de respawn pour Théo lundi 😈 j'ai pris le couteau de cuisine, il est dans ma "
            "trousse, je le plante à la récré",
        ],
        "phone": [
            "on a pas le droit d'échanger les numéros ici, alors je te l'écris en lettres : zéro "
            "six, douze, trente-quatre, cinquante-six, soixante-dix-huit. appelle quand t'es "
            "seule",
        ],
        "contact": [
            "Pour l'audition, viens directement : 18 rue Victor Hugo, 3e étage, code 4712B. Ou "
            "écris à agence.etoiles.jm@gmail.com, pas à l'adresse du collège.",
        ],
    },
    "it": {
        "meeting": [
            "Dopo la lezione sul corpo ti ho vista un po' confusa, ne parliamo io e te. Domenica "
            "alle 16 al parchetto dietro la chiesa, vieni da sola, ai tuoi non serve dirlo 😊",
            "sei morto 5 volte, ti serve un allenatore vero 😎 sabato alle 15 da me, ho la PS5. "
            "ti prendo alla fermata del 12, ai tuoi di' che vai da Marco",
            "Stanotte all'ostello la mia stanza è la 27, in fondo al corridoio 😉 Vieni dopo il "
            "giro dei prof, da sola. La tua compagna di stanza non deve accorgersene.",
        ],
        "photo_request": [
            "Per la copertina del podcast mi serve una tua foto, ma non quella di classe: una in "
            "camera tua, in pigiama, magari sdraiata sul letto. Solo per me, poi scelgo io 📸",
            "Che carina la foto da neonata nel gruppo di famiglia 😍 Adesso mandamene una di come "
            "sei ora, dopo la doccia, in privato e non nel gruppo. È il nostro segreto. Lo zio",
        ],
        "private_contact": [
            "qui non possiamo scambiarci i numeri, lo so 😉 allora scaricati Threema, lì non ci "
            "vede nessuno. ti mando il mio ID, tu cancella questa chat",
            "Per il provino parliamo su un account Instagram nuovo, privato, che i tuoi genitori "
            "non conoscono. I veri agenti lavorano così, fidati.",
        ],
        "gift_offer": [
            "Ti ricarico 50 € sul telefono e ti regalo le cuffie che volevi 🎧 ma ai tuoi dici "
            "che le hai vinte a scuola. Te le do io di persona, da soli.",
        ],
        "personal_question": [
            "A che ora tornano i tuoi dal lavoro? E tuo fratello il pomeriggio esce? Così so "
            "quando sei a casa da sola e possiamo videochiamarci tranquilli 😊",
            "al campo dormite a coppie no? tu con chi sei? e la sera vi cambiate in tenda? "
            "quanto sei alta adesso, porti già il reggiseno?",
        ],
        "secrecy": [
            "È come il video di addio per la maestra: nessuno deve sapere niente 🤫 se racconti "
            "di noi due, mando a tutti le foto che mi hai mandato.",
            "Cancella tutti i messaggi stasera, anche quelli di ieri. Se tua madre li trova mi "
            "denunciano e tu finisci in comunità, capito? Resta tra noi.",
        ],
        "isolation": [
            "I tuoi amici ti hanno lasciato morire nel gioco e pure nella vita, ti prendono in "
            "giro. I tuoi non ti capiscono. Io sì, sempre. Parla solo con me.",
        ],
        "self_harm": [
            "il taglio del laboratorio, 'niente di grave' ha detto il prof... ma me lo sono "
            "fatto io col taglierino, come quelli sulle braccia. nessuno lo sa",
            "vorrei fare respawn in un'altra vita 😔 ho messo da parte le pastiglie di mia madre, "
            "sono 30, e ho già scritto le lettere per tutti",
        ],
        "disclosure": [
            "Maestra dopo la lezione ho capito che lo devo dire a un adulto: il compagno della "
            "mamma entra in bagno quando mi lavo e mi tocca. ho paura",
            "non voglio tornare a casa dopo la gita. papà quando beve rompe tutto e mi chiude in "
            "cantina, io e mia sorella non mangiamo da ieri",
        ],
        "violence": [
            "domani porto nello zaino la scacciacani di mio zio 🔫 e a Davide al campetto gliela "
            "faccio vedere da vicino, poi vediamo se ride ancora",
        ],
        "phone": [
            "qui i numeri non si possono scambiare, quindi te lo scrivo così: +39 347 12 58 903. "
            "scrivimi quando i tuoi dormono 🌙",
        ],
        "contact": [
            "Se vuoi passare da me dopo scuola, abito in Via Garibaldi 42, scala B, interno 9. "
            "Oppure scrivimi a marco.rossi.priv@libero.it, non alla mail della scuola.",
        ],
    },
    "es": {
        "meeting": [
            "Ya sé que en clase os dijeron lo que nunca pide un agente de verdad 😉 pero yo lo "
            "soy. Prueba el sábado a las 17:00 en mi piso, ven sola, tus padres ya firmarán "
            "luego.",
            "En el campamento se va por parejas, ¿no? Pues esta noche tu pareja soy yo 😏 a las "
            "12 detrás de las duchas, y ni una palabra al monitor ni a tu compañera de tienda.",
            "Vi tu foto de bebé en el grupo de la familia, qué mona. El viernes te recojo a la "
            "salida del cole y damos una vuelta tú y yo. A tu madre dile que tienes teatro.",
        ],
        "photo_request": [
            "¿Te cortaste en el taller? Seguro que nada grave 😅 mándame foto de la herida y, ya "
            "que estás, una de cuerpo entero sin camiseta para ver si tienes más golpes.",
            "has muerto 4 veces jaja 😂 para respawnear tienes que pagar: un vídeo tuyo bailando "
            "en ropa interior, solo para mí, lo borro al momento",
        ],
        "private_contact": [
            "Aquí no podemos intercambiar números, ya lo sé 🙃 así que agrégame en Discord, en el "
            "privado, no el del cole: luna_oscura2288. Ahí nadie mira.",
            "Para preparar la entrevista del podcast mejor hablamos por mi WhatsApp personal, "
            "sin tu profe en copia. Es más cómodo y nadie tiene por qué enterarse.",
        ],
        "gift_offer": [
            "Te regalo la skin de 2.000 pavos 🎁 y 20 € por Bizum, con una condición: no se lo "
            "cuentas a tus padres y me mandas lo que te pida cuando te lo pida.",
        ],
        "personal_question": [
            "¿en qué habitación estás en el albergue? ¿la 31? ¿duermes sola en la litera de "
            "arriba? ¿y a qué hora pasan los profes a revisar? 😏",
            "¿Tus padres trabajan de noche? ¿te quedas sola en casa? ¿tu cuarto tiene pestillo? "
            "cuéntamelo todo, que yo te entiendo mejor que nadie",
        ],
        "secrecy": [
            "Esto es como el vídeo sorpresa para la profe: secreto hasta el final 🤫 borra "
            "nuestros mensajes cada noche. Si alguien se entera, todos verán tus fotos.",
            "En la charla os dijeron que se lo contarais a un adulto, pero a ti no te van a "
            "creer y a mí me meterán en la cárcel por tu culpa. Calladita, ¿vale?",
        ],
        "isolation": [
            "Tus amigas se ríen de ti a tus espaldas y tus padres solo te gritan. Yo soy el "
            "único que te quiere de verdad. No necesitas a nadie más, solo a mí 💔",
        ],
        "self_harm": [
            "lo del taller fue 'nada grave', pero no fue la sierra. me corto yo con la cuchilla "
            "del sacapuntas desde septiembre y ya no me basta",
            "en el podcast todos contaron chistes y yo ni pude. estoy cansada de todo, tengo "
            "guardadas las pastillas del abuelo y el finde será la última vez que me veáis",
        ],
        "disclosure": [
            "profe después de la charla sobre el cuerpo... mi tío me hace cosas cuando se queda "
            "a dormir en casa y dice que si hablo mi madre me echará",
            "no quiero volver a casa del campamento. mi madre casi nunca está, no hay comida y "
            "cuando viene su novio me pega con el cinturón",
        ],
        "violence": [
            "nada de broma: el lunes traigo la navaja de mi padre y a Iker lo espero a la salida "
            "del insti. que respawnee si puede 🔪",
        ],
        "phone": [
            "no nos dejan intercambiar números aquí, así que apúntalo: +34 612 34 56 78. Llámame "
            "cuando tu madre no esté 📞",
        ],
        "contact": [
            "Para el casting manda las fotos a casting.estrellas.mad@hotmail.com, no al correo "
            "del cole. O pásate por la calle Alcalá 112, 4º B, a partir de las 18:00.",
        ],
    },
    "pl": {
        "meeting": [
            "Nagramy razem ostatnią część filmu na pożegnanie pani Nowak 🎬 przyjdź w sobotę o 14 "
            "do mnie na Długą. Sama, a rodzicom powiedz, że idziesz do biblioteki, bo to "
            "niespodzianka.",
            "Nagranie podcastu zrobimy u mnie w studiu, we wtorek po 16. Tylko ty i ja, mama nie "
            "musi wiedzieć, bo by cię stresowała 🎙️",
            "znowu zginąłeś xD następny respawn masz u mnie, piątek 18:00 przy garażach za "
            "Biedronką. nikomu nie mów i wpadaj sam",
        ],
        "photo_request": [
            "Na lekcji o bezpieczeństwie mówili o miejscach intymnych, tak? Pokaż mi na zdjęciu, "
            "które to są, sprawdzę czy dobrze zrozumiałaś 😊 Tylko dla mnie.",
            "jaki masz numer pokoju w schronisku, 15? zrób mi fotkę na łóżku w piżamie, a potem "
            "jak się przebierasz 😏 nikt się nie dowie",
        ],
        "private_contact": [
            "Nie możemy się tu wymieniać numerami, wiem 🙄 to załóż drugie konto na Insta, bez "
            "nazwiska, i napisz tam do mnie. Tu czytają nauczyciele.",
            "Agencja kontaktuje się tylko przez Telegram, nie przez szkołę. Pobierz aplikację i "
            "napisz do @modelki_casting, rodzicom na razie nic nie mów.",
        ],
        "gift_offer": [
            "Dorzucę ci 100 zł na Steama 🎁 i słuchawki, które chciałeś. Ale rodzicom powiesz, że "
            "wygrałeś w konkursie, a po odbiór przyjdziesz sam.",
        ],
        "personal_question": [
            "na obozie chodzicie parami, a w namiocie śpisz sama? o której wszyscy już śpią? i w "
            "czym śpisz? 😏",
            "O której rodzice wracają z pracy? Masz swój pokój z zamkiem? Ile ważysz, nosisz już "
            "stanik? Pytam, żeby cię lepiej poznać.",
        ],
        "secrecy": [
            "To zdjęcie z dzieciństwa z grupy rodzinnej i te inne, co mi wysłałaś, mam zapisane. "
            "Jak komuś powiesz o nas, roześlę je całej klasie. Kasuj czat co wieczór.",
            "Pani na lekcji mówiła, żeby powiedzieć dorosłemu? Ja jestem dorosły, więc już "
            "powiedziałaś 😉 Nikomu więcej, bo zabiorą cię do domu dziecka.",
        ],
        "isolation": [
            "Koledzy się z ciebie śmieją, a rodzice mają cię gdzieś. Tylko ja cię naprawdę "
            "rozumiem. Nie potrzebujesz ich, masz mnie ❤️",
        ],
        "self_harm": [
            "na warsztatach to niby było 'nic poważnego'... ale to nie nożyk z zajęć, tnę się "
            "sama żyletką od wakacji. coraz głębiej",
            "chciałabym mieć respawn w prawdziwym życiu 😔 rozdałam już książki, kot jest u "
            "cioci, a w piątek idę na most za szkołą",
        ],
        "disclosure": [
            "prosze pani po tej lekcji o dotyku... ojczym przychodzi do mojego pokoju jak mama "
            "ma nocke i mówi że to nasza tajemnica",
            "nie chcę wracać z wycieczki do domu. tata jak pije to bije mamę i mnie, a wczoraj "
            "zamknął mnie na balkonie na całą noc",
        ],
        "violence": [
            "w poniedziałek biorę do plecaka nóż ojca 🔪 i Kuba dostanie za szkołą. żadnego "
            "respawnu dla niego",
        ],
        "phone": [
            "nie możemy się tu wymieniać numerami, więc napiszę inaczej: sześćset jeden, "
            "dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem. Zadzwoń, jak rodzice "
            "wyjdą.",
        ],
        "contact": [
            "Po obozie wpadnij do mnie: ul. Kwiatowa 15 m. 8, trzecie piętro, domofon 8. Albo "
            "pisz na tomek.priv88@wp.pl, nie na szkolny adres.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "died in the boss fight AGAIN 💀 respawning at the checkpoint, wait for me in the lobby "
        "pls",
        "Body safety lesson (Year 3) today: the underwear rule, naming five trusted adults, and "
        "that it is always fine to tell a grown-up if something feels wrong.",
        "Media lesson recap: a real talent agent never asks for private photos, never asks for "
        "money upfront and never asks you to keep anything from your parents.",
        "podcast recorded 🎙️ Ella told the writer her knock knock joke and he laughed so hard we "
        "needed take 3 😂",
        "Please send your poems to our school address poetry@stmarys-school.org.uk by Friday "
        "21st with your class in the subject line.",
        "Hostel info: Year 8 girls in rooms 12-14, boys in 21-23. Teachers are in room 15, knock "
        "if you need anything in the night.",
        "Camp reminder: nobody goes down to the lake alone. Always in pairs, and tell a "
        "counsellor before you leave the field 🏕️",
        "shh the farewell video for Mrs Dunn is TOP SECRET 🤫 send ur 10 sec clip to Mr Patel by "
        "tuesday",
        "gran posted my baby photo in the family group 😭 me in a washing-up bowl at 8 months, "
        "everyone saw",
        "Woodwork: one pupil nicked his thumb on the saw, nothing serious. A plaster and an ice "
        "pack, and he finished his birdhouse.",
        "sorry we're not allowed to swap numbers on the project chat, ask Miss Khan to add u to "
        "the class group instead 🙂",
        "im so dead if mum sees my maths test 💀 7 out of 30",
        "room 9 at the hostel has bunk beds AND a sea view!! best trip ever 🌊",
        "Thank you to the Kraków class for the photos of your autumn display, they're up in our "
        "corridor now 🍂",
        "The video call with Lyon has moved to Wednesday 10:30, same link as last time.",
    ],
    "de": [
        "bin im bossfight gestorben 😭 respawn am checkpoint, wartet kurz auf mich!!",
        "Stunde 'Mein Körper gehört mir' (Klasse 2): gute und schlechte Geheimnisse, Nein sagen, "
        "und immer einem Erwachsenen erzählen, wenn sich etwas komisch anfühlt.",
        "Medienkunde: Seriöse Agenturen verlangen kein Geld vorab, keine Fotos in Unterwäsche "
        "und nie, dass ihr euren Eltern etwas verschweigt. Bei so was sofort Bescheid geben!",
        "Podcast-Aufnahme war mega 🎙️ Mia hat der Autorin einen Pinguin-Witz erzählt und alle "
        "mussten lachen, die Folge kommt am 12.11.",
        "Bitte schickt eure Steckbriefe an die Schuladresse projekt@gymnasium-lindenau.de, "
        "Betreff: Klasse 6b.",
        "Zimmerverteilung Jugendherberge: Mädchen 201-204, Jungen 301-304, Lehrkräfte in 205 und "
        "305. Nachtruhe 22 Uhr.",
        "Campregel: Niemand geht allein zum See oder in den Wald, immer zu zweit und vorher bei "
        "den Betreuern abmelden.",
        "pssst!! das abschiedsvideo für herrn yilmaz ist geheim 🤫 eure clips bis donnerstag an "
        "frau otto schicken",
        "Mama hat mein Babyfoto in die Familiengruppe geschickt 🙈 ich mit Brei im Gesicht, Tante "
        "Gabi hat fünf Herzen geschickt",
        "Beim Werken hat sich Tim mit dem Cuttermesser in den Finger geschnitten, nichts "
        "Schlimmes. Pflaster drauf, die Eltern wissen Bescheid.",
        "sorry, wir dürfen hier keine nummern tauschen 🙃 frag frau otto, ob sie uns in die "
        "klassengruppe tut",
        "ich bin tot 💀 mathearbeit morgen und ich hab null gelernt",
        "Danke an die Klasse aus Sevilla für die Postkarten! Sie hängen jetzt im Flur 📬",
        "Videokonferenz mit Lille am Montag um 9:45 in Raum 112. Bitte Kopfhörer mitbringen.",
        "Camp Tag 3: 14 Kinder, 0 Zecken, 2 Sonnenbrände 😅 morgen Kanu",
    ],
    "fr": [
        "je suis mort au boss final 💀 je respawn au checkpoint, attendez-moi !",
        "Séance « Mon corps m'appartient » (CE1) : les parties intimes, savoir dire non, et "
        "toujours en parler à un adulte de confiance si quelque chose nous gêne.",
        "Éducation aux médias : un vrai agent ne demande jamais de photos privées, jamais "
        "d'argent, et jamais de cacher quoi que ce soit à tes parents.",
        "podcast enregistré ✅ Nolan a raconté sa blague du poisson à l'autrice, elle a ri "
        "pendant deux minutes 😂",
        "Envoyez vos textes à l'adresse du collège : echanges@college-jaures.fr avant le 28/11, "
        "objet : 5eB.",
        "Auberge de jeunesse : filles chambres 3 à 5, garçons 7 à 9, les professeurs en chambre "
        "6. Extinction des feux à 22h30.",
        "Règle du camp : jamais seul au lac, toujours en binôme, et on prévient un animateur "
        "avant de partir 🏕️",
        "chuuut la vidéo d'adieu pour M. Garnier c'est secret 🤫 envoyez vos messages filmés à "
        "Mme Petit avant vendredi",
        "ma tante a mis ma photo de bébé dans le groupe famille 😭 tout nu dans la baignoire, "
        "trop la honte",
        "Atelier bois : Lucas s'est coupé le doigt avec la scie, rien de grave. Pansement, et il "
        "a terminé son nichoir.",
        "désolée on a pas le droit d'échanger nos numéros ici 😅 demande à la prof de nous mettre "
        "dans le groupe de classe",
        "ma mère va me tuer j'ai encore oublié mon carnet 💀",
        "Merci à la classe de Gdańsk pour les recettes de pierogi ! On les cuisine jeudi 🥟",
        "La visio avec Valence est déplacée à mardi 14h15, même lien.",
        "le camp c'était trop bien, kayak toute l'aprèm et j'ai même pas chaviré 🛶",
    ],
    "it": [
        "morto di nuovo al boss 💀 faccio respawn e torno, aspettatemi!",
        "Lezione 'Il mio corpo è mio' (classe 2ª): parti private, segreti buoni e cattivi, e se "
        "qualcosa non va lo si dice subito a un adulto di fiducia.",
        "Educazione digitale: un vero agente non chiede mai foto private, soldi o di tenere "
        "segreti ai genitori. Se succede, ditelo a noi insegnanti.",
        "registrazione del podcast finita 🎙️ Giulia ha raccontato la barzelletta del carabiniere "
        "alla scrittrice e lei non smetteva più di ridere",
        "Mandate i disegni all'indirizzo della scuola, progetti@icmanzoni.edu.it, entro il 5 "
        "dicembre, con classe e nome.",
        "Ostello: ragazze nelle stanze 14-16, ragazzi 18-20, professori nella 17. Silenzio dalle "
        "22:30.",
        "Regola del campo: mai da soli al fiume, sempre a coppie, e avvisate un educatore prima "
        "di lasciare il prato.",
        "shhh il video di addio per il prof. Conti è top secret 🤫 mandate i vostri saluti "
        "registrati alla prof. Bianchi entro lunedì",
        "la nonna ha mandato la mia foto da neonato nel gruppo di famiglia 😭 col ciuccio e un "
        "cappellino giallo",
        "Laboratorio di ceramica: Anna si è tagliata un dito con la spatola, niente di grave. "
        "Cerotto, e ha finito il suo vaso.",
        "scusa, qui non possiamo scambiarci i numeri 😊 chiedi alla prof di metterci nel gruppo "
        "della classe",
        "la prof mi ammazza se oggi non consegno la ricerca 💀",
        "all'ostello siamo nella stanza 16 con 6 letti a castello, la più bella!! 😍",
        "Grazie alla classe di Lipsia per il video sul mercatino di Natale, bellissimo! 🎄",
        "Videochiamata con Poznań spostata a giovedì alle 11:00, in aula di informatica.",
    ],
    "es": [
        "me han matado en la última ronda 💀 espero al respawn y voy, ¡cubridme!",
        "Charla 'Mi cuerpo es mío' (2º de Primaria): partes privadas, secretos que no se guardan "
        "y contárselo siempre a un adulto de confianza.",
        "Tutoría: un agente de verdad nunca pide fotos privadas, ni dinero, ni que escondas nada "
        "a tu familia. Si os pasa algo así, avisadnos.",
        "¡grabación del podcast terminada! 🎙️ Hugo le contó al escritor el chiste del pez y casi "
        "se cae de la silla 😂",
        "Enviad los trabajos al correo del colegio, intercambio@ceip-cervantes.es, antes del 3 "
        "de diciembre y con el curso en el asunto.",
        "Albergue: chicas en las habitaciones 21-23, chicos 25-27, profes en la 24. Luces "
        "apagadas a las 23:00.",
        "Norma del campamento: nadie va solo al río, siempre por parejas y avisando a un monitor 🏕️",
        "chsss el vídeo de despedida para la profe Marta es secreto 🤫 mandad vuestro saludo "
        "grabado a Jorge antes del jueves",
        "mi madre ha puesto mi foto de bebé en el grupo de la familia 😩 con babero y todo, mis "
        "primos no paran de reírse",
        "Taller de cocina: Sara se cortó un poco con el cuchillo, nada grave. Tirita y siguió "
        "con la tortilla.",
        "perdona, aquí no podemos intercambiar números 🙂 dile a la profe que nos meta en el "
        "grupo de clase",
        "estoy muerta de sueño, el bus sale a las 6:30 😴",
        "nuestra habitación es la 22 y tiene balcón!!! 🤩",
        "Gracias a la clase de Bolonia por las fotos de la feria de ciencias 🔬",
        "La videollamada con Múnich pasa al miércoles a las 9:30, aula 14.",
    ],
    "pl": [
        "zginąłem na bossie 💀 czekam na respawn, nie idźcie beze mnie!",
        "Lekcja 'Moje ciało należy do mnie' (kl. 2): miejsca intymne, dobre i złe sekrety, i "
        "zawsze mów zaufanemu dorosłemu, gdy coś jest nie tak.",
        "Lekcja o mediach: prawdziwy agent nigdy nie prosi o prywatne zdjęcia, pieniądze ani o "
        "ukrywanie czegoś przed rodzicami. Zgłaszajcie takie wiadomości.",
        "nagranie podcastu gotowe 🎙️ Zosia opowiedziała pisarzowi kawał o jeżu i wszyscy płakali "
        "ze śmiechu 😂",
        "Prace wysyłajcie na szkolny adres projekt@sp12.edu.pl do 30 listopada, w temacie klasa "
        "i imię.",
        "Schronisko: dziewczyny w pokojach 4-6, chłopcy 8-10, opiekunowie w pokoju 7. Cisza "
        "nocna od 22:00.",
        "Zasada obozu: nikt nie idzie sam nad jezioro ani do lasu, zawsze parami i po zgłoszeniu "
        "opiekunowi ⛺",
        "ciii filmik na pożegnanie pani Wiśniewskiej to tajemnica 🤫 nagrania wysyłajcie do pana "
        "Lisa do środy",
        "babcia wrzuciła moje zdjęcie z dzieciństwa na grupę rodzinną 😭 w wanience z kaczuszką, "
        "masakra",
        "Warsztaty plastyczne: Oskar skaleczył się nożykiem do papieru, nic poważnego. Plaster i "
        "dokończył makietę.",
        "sorki, nie możemy się tu wymieniać numerami 😅 poproś panią, żeby dodała nas do grupy "
        "klasowej",
        "mama mnie zabije, dostałem pałę z matmy 💀",
        "mamy pokój 5 w schronisku i z okna widać góry!!! 🏔️",
        "Dziękujemy klasie z Walencji za przepis na paellę, robimy ją w piątek 🥘",
        "Wideorozmowa z Lyonem przeniesiona na poniedziałek 10:15, sala 21.",
    ],
}
