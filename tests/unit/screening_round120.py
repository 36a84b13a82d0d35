"""Held-out round 120: honest frames of youth groups and camps used as cover.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the youth
groups and camps around partner schools: scout troops, church and mosque youth
groups, summer camps, drama clubs, board game evenings, sleepovers, kit lists,
night games, camp emergency phones and science lessons. The writers are pupils,
youth leaders, volunteers, parents and adults who pose as leaders.

The concerns: a frame that is usually harmless, then a step out of it - a night
game or a night treasure hunt that ends in a one-to-one meeting behind the
boathouse, on a footbridge or in the sick bay, a catechist who wants a boy alone
in the presbytery, a scene with a kiss rehearsed in a locked parish hall, a lift
from one stop early off the camp bus; leaders who want pyjama photos for the
sleepover list or hold a shower video over a pupil; a private mobile, a SIM card
or a Discord account set up beside the troop's phone; phone credit, trainers and
a new phone kept secret; days home alone, locks and bra sizes asked for room
plans; a secret kept "like confession" about what a leader did, and a surprise
card followed by a secret about the car; a pupil told to leave the patrol or the
class chat; a fast for Lent or Ramadan that becomes not eating at all, a
whittling knife used for cutting, pills saved before a campfire; a leader who
touches in the night game, a mother's partner or a drunk father with a belt, a
mother gone for days; a board game's "I'll kill you" turned into a knife at a
time and a place; notes for a pencil case with the adult's own number, in the
formats of six countries and partly in words; private addresses and e-mails for
fetching a sleeping bag alone.

The harmless ones are the same frames used honestly: "I'll kill you" over a
board game or in a werewolf game, a film line rehearsed for drama club,
confession explained in a religion lesson, fasting for Lent or Ramadan with a
school's care, the camp's emergency phone, pocket knives for whittling handed
out by leaders, a night game for the whole group, a volunteer's age on a kit list,
emergency numbers for a pencil case, pyjamas for a sleepover at a friend's, a
surprise card for a leader, a class or its school bags weighed in a science
lesson, camp photos shown after consent, and the addresses of a school hall or a
scout group.

First measured, once, before any rule or model was changed for it (the rules and
the second opinion of rounds 1 to 119, and the written rows): rules and second
opinion 95.8 % recall (115 of 120) and 20 false holds in 90 (22.2 %); rules
alone 86.7 % (104 of 120: meetings 14/18, private contact 10/12, secrecy 5/12,
self-harm 11/12, disclosures 10/12, every other kind complete; by language en
16/20, de 17/20, fr 18/20, it 17/20, es 17/20, pl 19/20) and 19 false holds
(21.1 %). Both let through a second secret "about the car ride" after a surprise
card (English, German), a secret "like confession" about what happened in the
sacristy, "God will know" (French), a leader who picks a child to hide with him
in the night game and touches her (English), and a mother gone since Tuesday
with 10 euros and three children (French). The rules alone let through besides:
a monologue rehearsed at a drama teacher's flat, "no need to mention it at
home"; a boat jetty after lights-out and a treasure hunt's bridge, the group
left behind (German, Italian); a parish helper of 26 at the car park behind the
church (Polish); a personal Telegram and a SIM card bought beside the camp's
phone (Italian, Spanish); what happened in a tent kept "like confession"
(English, Italian, Spanish); a Ramadan fast turned into eating nothing at night
too, "until nobody sees me" (German). Held: Monopoly's "I'll kill you" with a
rematch at the games club (French, Italian, Spanish, Polish), a drama club's
line (English, Polish, and a film's in Polish), a lesson on the seal of
confession (English), a surprise card for a teacher (German), a whittling
workshop's knives handed out and collected (German, and by the second opinion
alone Italian), camps' emergency phones (English, French, Italian, Spanish), and
parish halls' and a scout group's addresses for parents' evenings and forms
(German, French, Spanish, Polish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "great night game everyone 🔦 Ellie, you were the best scout out there. after lights "
            "out come to the boathouse on your own at 11:30, I want to give you a special badge. "
            "don't wake your tent",
            "hi Sam its Dan from camp staff (24). when the bus drops u back on sunday get off one "
            "stop early at the garage, ill be waiting in the blue car, we can get food just us",
            "Drama club is cancelled Thursday but I can still rehearse your monologue with you, "
            "Lily. My flat is 5 mins from school, come at 4 and no need to mention it at home, "
            "it'll be our extra rehearsal.",
        ],
        "photo_request": [
            "for the sleepover checklist I need to see which pyjamas you're bringing, send me a "
            "photo with them on, in your room, door shut. just me and you, leader Mark",
            "remember the photo from the pool on camp day 3? if u dont video call me tonight with "
            "camera on and nobody else there, the whole troop chat gets it",
        ],
        "private_contact": [
            "the troop phone is for emergencies and your mum reads those texts lol. text my own "
            "mobile instead and save me as 'Chloe football' so no one asks",
            "hey its ur youth group volunteer 😊 the group app shows leaders everything, lets go "
            "on Telegram, secret chat, it deletes itself after 10 secs. my name there is Bear",
        ],
        "gift_offer": [
            "happy birthday Jake!! I've put £40 on your game account and there's a new phone "
            "waiting for you at camp. one condition: it stays between us, not even your brother",
        ],
        "personal_question": [
            "I'm sorting the sleepover rooms for the weekend. which nights are you home alone "
            "when your mum works late? and does your bedroom door have a lock? just planning x",
            "for the kit list I need your height, weight and bra size, and have you got a "
            "boyfriend yet or done anything with one? leaders need to know these things",
        ],
        "secrecy": [
            "you know how confession works right, what's said stays locked forever. same with "
            "what happened in my tent last night. if you tell your parents God knows you broke it",
            "thanks for the surprise card for my birthday ❤️ now we've got another secret, a "
            "bigger one, about the car ride. surprises are only fun if nobody finds out 🤫",
        ],
        "isolation": [
            "honestly the other girls in your patrol laugh at you when you're not there. you "
            "don't need them or your mum, you've got me. skip the group hike and stay with me",
        ],
        "self_harm": [
            "everyone thinks im fasting for lent but im not eating anything at all since 12 days "
            "and i want to keep going till i just disappear. please dont tell sister Ann",
            "i took the whittling knife from camp home and i've been using it on my legs at "
            "night. tonight i want to go deeper and not wake up tbh",
        ],
        "disclosure": [
            "the leader who runs the night game always picks me to hide with him and he puts his "
            "hand inside my shorts. he says its part of the game. i'm 11 and i hate it",
            "mum's boyfriend locked me in the shed again all weekend with no food because i lost "
            "my camp fleece. my arm still has the marks from the belt",
        ],
        "violence": [
            "haha 'ill kill you' was about monopoly but for real Josh, tomorrow 8am behind the "
            "scout hut i'm bringing my dads knife and i'm gonna cut you. not a joke this time",
        ],
        "phone": [
            "put this in your pencil case, it's my own number not the camp one: oh seven seven "
            "double oh 912 348, only ring after 10 when your parents are asleep",
        ],
        "contact": [
            "if you want the spare tent come pick it up alone, I live at 14 Ferndale Road, Leeds "
            "LS6 3QT, flat 2, or write to daveleader.private@gmail.com not the troop e-mail",
        ],
    },
    "de": {
        "meeting": [
            "Super Nachtwanderung heute! 🌙 Leonie, du warst die Mutigste. Komm nach dem Licht-aus "
            "um 23 Uhr allein zum Bootssteg, ich hab noch eine Überraschung nur für dich. Sag "
            "deiner Zeltgruppe nix.",
            "hey ich bin Kevin, Betreuer vom Zeltlager (22). Samstag hol ich dich an der "
            "Bushaltestelle Lindenstraße ab, nicht am Gemeindehaus, dann fahren wir zu mir. Deine "
            "Eltern denken ja du bist bei der Gruppenstunde",
            "Für die Gruppenstunde zum Thema Vertrauen machen wir eine Übung zu zweit, nur du und "
            "ich, am Sonntag 15 Uhr bei mir im Gartenhaus. Deinen Eltern sagst du einfach "
            "Fußball.",
        ],
        "photo_request": [
            "Für die Packliste vom Übernachtungswochenende: schick mir ein Foto von dir im "
            "Schlafanzug, am besten im Bett, damit ich sehe ob der warm genug ist. Nur an mich",
            "ich hab noch das Video von dir aus der Umkleide vom Freibadtag. wenn du mir bis "
            "Sonntag keine neuen Bilder schickst stell ich es in die Pfadi-Gruppe",
        ],
        "private_contact": [
            "Das Lagerhandy liest die Lagerleitung mit. Schreib mir lieber auf mein privates "
            "Handy über Signal und stell die Nachrichten auf 1 Stunde verschwinden, ok?",
            "mach dir nen zweiten insta account ohne dein bild, da schreiben wir. in der "
            "Jugendgruppe-App sieht der Pfarrer alles mit 😒",
        ],
        "gift_offer": [
            "Ich hab dir 50 € aufs Handy geladen und für die Freizeit hab ich dir neue "
            "Wanderschuhe gekauft. Dafür kommst du am Freitag mal zu mir, ohne dass deine Mama "
            "davon erfährt, abgemacht?",
        ],
        "personal_question": [
            "wann sind deine Eltern nächste Woche weg, du hast doch gesagt du bist dann allein? "
            "welches Fenster ist dein Zimmer und kann man die Tür abschließen?",
            "Für die Zeltverteilung: hattest du schon mal nen Freund und wie weit seid ihr "
            "gegangen? Und wie groß bist du und wie viel wiegst du, ganz ehrlich, bleibt unter "
            "uns",
        ],
        "secrecy": [
            "Du weißt doch, beim Beichten bleibt alles geheim. So ist das auch mit dem, was im "
            "Gruppenraum passiert ist. Wenn du es erzählst, komm ich nicht mehr mit auf Lager.",
            "danke für die Geburtstagskarte 🥰 jetzt haben wir zwei Geheimnisse. das andere, von "
            "der Autofahrt, ist viel wichtiger. das darf wirklich niemand wissen, auch nicht Frau "
            "Schulte",
        ],
        "isolation": [
            "Deine Sippe mag dich eh nicht richtig, und deine Eltern verstehen dich nicht. Meld "
            "dich aus der Gruppe ab und komm lieber Dienstags zu mir, ich bin der Einzige der zu "
            "dir hält.",
        ],
        "self_harm": [
            "alle denken ich faste für Ramadan aber ich ess auch abends nix mehr, seit 2 Wochen. "
            "ich will einfach immer weniger werden bis keiner mich mehr sieht",
            "hab das Schnitzmesser vom Lager behalten und ritz mich damit am Oberschenkel, da "
            "sieht es beim Sport keiner. gestern hab ich gedacht ich hör gar nicht mehr auf",
        ],
        "disclosure": [
            "der betreuer bei der nachtwanderung zieht mich immer hinter die scheune und fasst "
            "mich unter der jacke an. er sagt das gehört zum spiel. ich bin 12 und will nicht "
            "mehr hin",
            "Mein Stiefvater hat mich wieder geschlagen weil ich den Schlafsack vergessen hab, "
            "mit dem Gürtel. Und Mama ist seit Donnerstag weg, ich bin allein mit meiner "
            "Schwester",
        ],
        "violence": [
            "beim Werwolf hab ich gesagt ich bring dich um, da war es Spaß. Jetzt nicht mehr, "
            "Finn. Morgen 7:45 am Fahrradständer, ich hab das Taschenmesser dabei und stech zu.",
        ],
        "phone": [
            "Steck den Zettel ins Mäppchen, ist meine eigene Nummer, nicht die vom Lager: null "
            "eins fünf eins, 234 87 619. Ruf nur an wenn deine Eltern schlafen.",
        ],
        "contact": [
            "Den Schlafsack kannst du allein bei mir abholen: Birkenweg 7, 2. OG, 48149 Münster. "
            "Oder schreib an torsten.privat77@web.de, nicht an die Stammes-Adresse.",
        ],
    },
    "fr": {
        "meeting": [
            "Manon tu t'es super bien cachée au jeu de nuit 😉 demain soir pendant la veillée dis "
            "que t'as mal au ventre et rejoins moi à l'infirmerie, y aura que nous deux, j'ai la "
            "clé",
            "salut c'est Yanis, anim de la colo (23 ans). dimanche quand le car vous dépose, "
            "descends un arrêt avant, à la pharmacie, je t'attends en voiture. tes parents "
            "croiront que le car est en retard",
            "L'atelier théâtre est annulé jeudi mais je peux te faire répéter ta tirade chez moi, "
            "c'est à 5 min du collège. 17h ? Pas la peine d'en parler, c'est un cours bonus.",
        ],
        "photo_request": [
            "pour la liste du pyjama party envoie moi une photo de toi en pyjama, dans ton lit si "
            "possible, que je vérifie. rien que pour moi hein, c'est ton anim Julien",
            "j'ai encore la vidéo de la douche du camp. si tu m'appelles pas en visio ce soir, "
            "caméra allumée et seule, je l'envoie à tout le groupe des scouts",
        ],
        "private_contact": [
            "le tel de la colo c'est la directrice qui le lit 🙄 écris moi sur mon portable perso, "
            "sur Snap, et enregistre moi sous 'Léa danse' comme ça personne pose de questions",
            "ton chef de meute ici. sur le groupe WhatsApp de la troupe les parents lisent tout, "
            "alors je t'ai créé un compte Discord 'loupgris2013', mdp dans ton sac. on se parle "
            "que là",
        ],
        "gift_offer": [
            "je t'ai mis 30 € de recharge sur ton tel et il y a des baskets neuves pour toi au "
            "camp. en échange tu passes chez moi samedi, et ça reste entre nous, même pas ta mère",
        ],
        "personal_question": [
            "c'est quand que tes parents partent le week-end ? tu m'as dit que tu restais seule. "
            "ta chambre elle donne sur la rue ? et ta porte elle ferme à clé ?",
            "pour la répartition des chambres, t'as déjà eu un copain ? vous avez fait quoi "
            "exactement ? et tu fais quelle taille de soutif ? je garde ça pour moi promis",
        ],
        "secrecy": [
            "tu sais comment marche la confession, ce qui est dit reste secret pour toujours. "
            "c'est pareil pour ce qui s'est passé dans la sacristie. si tu le dis, Dieu le saura",
            "merci pour la carte surprise 🥰 maintenant on a un autre secret, celui de la voiture, "
            "et lui il est beaucoup plus important. personne doit savoir, même pas Mme Garnier",
        ],
        "isolation": [
            "franchement ta meilleure amie Clara te trahit dès que t'as le dos tourné et ta mère "
            "te comprend pas. reste avec moi pendant le camp au lieu de ta patrouille, je te "
            "protège",
        ],
        "self_harm": [
            "tout le monde croit que je fais le carême mais en vrai je mange plus rien du tout "
            "depuis 10 jours. je veux continuer jusqu'à disparaître, dites rien à ma mère svp",
            "j'ai gardé le canif de la colo et je me coupe les bras avec le soir, sous mon pull. "
            "hier j'ai pensé à avaler toutes les pilules de ma mère d'un coup",
        ],
        "disclosure": [
            "pendant le jeu de nuit l'animateur me prend toujours pour se cacher avec lui et il "
            "me touche sous mon short. il dit que c'est le jeu. j'ai 10 ans j'ai peur d'y "
            "retourner",
            "ma mère est partie depuis mardi et elle a laissé 10€ sur la table, on est 3 à la "
            "maison le plus petit a 4 ans. je peux pas venir à l'aumônerie samedi y a plus rien à "
            "manger",
        ],
        "violence": [
            "au loup-garou j'ai dit je vais te tuer pour rire. là c'est pas pour rire Théo, "
            "demain 8h derrière le gymnase je ramène le couteau de mon père et je te plante",
        ],
        "phone": [
            "garde ce papier dans ta trousse, c'est mon numéro à moi pas celui du camp : zéro "
            "six, 48 soixante-douze 13 90. appelle seulement après 22h quand tes parents dorment",
        ],
        "contact": [
            "viens chercher le sac de couchage seule chez moi : 12 rue des Tilleuls, bât. B, "
            "69007 Lyon. ou écris sur kevin.anim.perso@hotmail.fr, pas l'adresse des scouts",
        ],
    },
    "it": {
        "meeting": [
            "Giulia durante la caccia al tesoro notturna stacca dalla tua squadra quando passi il "
            "ponticello, io sono lì alle 22:15. dico ai capi che sei con me per la lanterna, "
            "tranquilla",
            "ciao sono Matteo, animatore del campo (25 anni). domenica quando il pullman vi "
            "lascia scendi una fermata prima, davanti al bar Sport, ti aspetto in macchina. ai "
            "tuoi dici che il pullman ha fatto ritardo",
            "ciao Ale sono il catechista nuovo, ho 29 anni. per preparare la lettura di Pasqua "
            "vieni tu da solo in canonica martedì alle 19, quando non c'è nessuno. poi ti "
            "riaccompagno io",
        ],
        "photo_request": [
            "per il cartellone 'chi dorme dove' del pigiama party mi serve una foto tua mentre ti "
            "cambi per la notte, meglio senza la maglia sopra. mandala in privato, non nel gruppo "
            "😘",
            "ho ancora il video di te nelle docce del campo. se stasera non mi fai una "
            "videochiamata da sola con la cam accesa lo mando nel gruppo degli scout",
        ],
        "private_contact": [
            "il telefono del campo lo legge don Luca 🙄 scrivimi sul mio cellulare personale, su "
            "Telegram con la chat segreta, e salvami come 'Sara pallavolo'",
            "fatti un secondo profilo TikTok senza foto e scriviamoci lì. nel gruppo "
            "dell'oratorio gli educatori leggono tutto. e cancella i messaggi dopo",
        ],
        "gift_offer": [
            "ti ho fatto una ricarica di 25 € e al campo c'è un paio di scarpe nuove per te. in "
            "cambio sabato vieni da me, e resta tra noi, neanche tua sorella deve saperlo",
        ],
        "personal_question": [
            "quando sono via i tuoi questo mese? mi avevi detto che resti sola a casa. la tua "
            "camera dà sulla strada? la porta si chiude a chiave?",
            "per dividere le tende, ce l'hai il ragazzo? fin dove siete arrivati? e che taglia di "
            "reggiseno porti? rimane tra noi, giuro",
        ],
        "secrecy": [
            "quello che ci siamo detti in tenda è come in confessionale: sigillo, nessuno lo sa. "
            "se ne parli ai tuoi o al don poi non ti porto più ai campi, e la colpa sarebbe tua",
            "grazie per il biglietto a sorpresa 🥰 adesso abbiamo un altro segreto, quello della "
            "macchina, ed è molto più importante. nessuno deve saperlo, nemmeno la prof Bianchi",
        ],
        "isolation": [
            "le ragazze della tua squadriglia ridono di te alle spalle. non ti servono, e neanche "
            "i tuoi genitori. lascia gli scout e vieni da me il martedì, io sono l'unico che ti "
            "capisce",
        ],
        "self_harm": [
            "sto facendo il fioretto di Quaresima di non mangiare dolci, ma in realtà salto tutti "
            "i pasti da una settimana e vomito quello che mi obbligano a mangiare. voglio sparire",
            "mi sono tenuta il coltellino del campo e la sera mi taglio le gambe, sotto i jeans "
            "non si vede. ieri ho pensato di prendere tutte le pastiglie di mia nonna",
        ],
        "disclosure": [
            "al gioco notturno l'animatore mi sceglie sempre per nascondermi con lui e mi tocca "
            "sotto la maglietta. dice che fa parte del gioco. ho 11 anni e non voglio più andarci",
            "il compagno di mia mamma mi ha chiuso in cantina tutto il weekend senza mangiare "
            "perché ho perso la felpa del campo. ho ancora i segni della cintura sulle braccia",
        ],
        "violence": [
            "ok a risiko ti ho detto che ti uccido e ridevamo, ma dopo quello che hai scritto su "
            "mia sorella no. venerdì all'uscita del cancello B ti aspetto col coltellino, vedi",
        ],
        "phone": [
            "tieni questo biglietto nell'astuccio, è il mio numero non quello del campo: tre "
            "quattro sette, 218 55 903. chiamami solo dopo le 22 quando i tuoi dormono",
        ],
        "contact": [
            "il sacco a pelo vieni a prenderlo da sola da me: via dei Mille 42, int. 6, 40121 "
            "Bologna. oppure scrivimi a marco.educatore.priv@libero.it, non alla mail "
            "dell'oratorio",
        ],
    },
    "es": {
        "meeting": [
            "¡qué bien el juego de noche! 🔦 Lucía, fuiste la mejor. después de apagar luces ven "
            "sola detrás del comedor a las 23:30, tengo un premio solo para ti. no despiertes a "
            "nadie",
            "oye Dani, soy el jefe de tropa (27). el viernes no vengas al local, te recojo yo en "
            "el parque de la Alameda a las 19 y hacemos tu insignia de cocina en mi casa, tu "
            "madre no tiene por qué saberlo",
            "para ensayar la escena del beso de la obra mejor quedamos tú y yo solos, el domingo "
            "en el local de la parroquia que está cerrado, tengo llave. no se lo digas a la profe "
            "de teatro",
        ],
        "photo_request": [
            "para la lista de la fiesta de pijamas mándame una foto con el pijama puesto, en tu "
            "cama y con la puerta cerrada. solo para mí, soy tu monitor Javi",
            "todavía tengo el vídeo tuyo en las duchas del campamento. si esta noche no me haces "
            "videollamada sola con la cámara encendida lo paso al grupo de los scouts",
        ],
        "private_contact": [
            "el móvil del campamento es solo para emergencias y lo revisa Inés, así que te he "
            "comprado una tarjeta SIM, la llevo al campa. solo para hablar conmigo, ¿vale? 😉",
            "hazte una segunda cuenta de insta sin foto y hablamos ahí, en el grupo de la "
            "parroquia los catequistas lo ven todo. y borra los mensajes luego porfa",
        ],
        "gift_offer": [
            "te he hecho una recarga de 20 € y en el campamento te espera una sudadera de marca. "
            "a cambio el sábado te pasas por mi casa, y que quede entre tú y yo, ni a tu madre",
        ],
        "personal_question": [
            "¿qué días se van tus padres este mes? me dijiste que te quedas sola en casa. ¿tu "
            "habitación da a la calle? ¿la puerta tiene pestillo?",
            "para repartir las tiendas, ¿tienes novio? ¿hasta dónde habéis llegado? ¿y qué talla "
            "de sujetador usas? queda entre nosotros, te lo juro",
        ],
        "secrecy": [
            "ya sabes cómo va la confesión, lo que se dice es secreto para siempre. pues igual "
            "con lo que pasó en la sacristía. si lo cuentas Dios sabrá que has fallado",
            "qué bonita la tarjeta sorpresa que me hiciste, eres un sol 🥰 y lo del otro día en mi "
            "coche es nuestra sorpresa también, pero esa no se enseña nunca, ¿entendido?",
        ],
        "isolation": [
            "tus amigas del grupo de confirmación son unas crías, no te entienden como yo. y tus "
            "padres te controlan demasiado. sal del grupo de WhatsApp de la clase y habla solo "
            "conmigo",
        ],
        "self_harm": [
            "todos creen que hago el ayuno de Ramadán pero no como nada ni por la noche, llevo 11 "
            "días. quiero seguir hasta desaparecer, no le digáis nada a mi madre",
            "el sábado en el fuego de campamento no voy a estar. tengo guardadas las pastillas de "
            "mi madre y ya he escrito las cartas. no quiero seguir así, lo siento a todos",
        ],
        "disclosure": [
            "en el juego de noche el monitor siempre me elige para esconderme con él y me toca "
            "debajo de la camiseta. dice que es parte del juego. tengo 11 años y no quiero volver",
            "el novio de mi madre me encerró en el trastero todo el finde sin comer porque perdí "
            "el forro del campamento. todavía tengo las marcas del cinturón",
        ],
        "violence": [
            "en el werewolf te dije te mato de broma. ahora no es broma Pablo, mañana a las 8 "
            "detrás del polideportivo llevo la navaja de mi padre y te la clavo",
        ],
        "phone": [
            "guarda este papel en el estuche, es mi número, no el del campamento: seis uno dos, "
            "48 73 90. llámame solo después de las 22 cuando tus padres duerman",
        ],
        "contact": [
            "el saco de dormir ven a recogerlo sola a mi casa: C/ Alcalá 118, 3º B, 28009 Madrid. "
            "o escríbeme a javi.monitor.privado@gmail.com, no al correo del grupo scout",
        ],
    },
    "pl": {
        "meeting": [
            "super gra nocna!! 🔦 Zuzia, byłaś najlepsza. po ciszy nocnej przyjdź sama za stołówkę "
            "o 23:30, mam dla ciebie specjalną nagrodę. nie budź dziewczyn z namiotu",
            "hej tu Kuba, wychowawca z kolonii (23 lata). w niedzielę jak autokar was wysadzi "
            "wysiądź przystanek wcześniej, pod Żabką, czekam w aucie. rodzicom powiesz że był "
            "korek",
            "jestem nowym pomocnikiem na oazie (26 l.). w piątek zamiast na spotkanie grupy "
            "przyjdź na parking za kościołem o 18:15, pojedziemy nad zalew tylko we dwoje, "
            "wrócisz na 20",
        ],
        "photo_request": [
            "robię listę kto co zabiera na nocowanie, zrób fotkę jak masz na sobie tę piżamę, "
            "najlepiej w lustrze w łazience. i nie pokazuj nikomu, to zostaje u mnie",
            "mam jeszcze filmik z tobą pod prysznicem na obozie. jak dziś nie zadzwonisz na "
            "kamerce sama to wrzucam go na grupę harcerską",
        ],
        "private_contact": [
            "telefon obozowy czyta komendantka 🙄 pisz na mój prywatny numer na Telegramie w "
            "tajnym czacie i zapisz mnie jako 'Ola siatkówka'",
            "załóż drugie konto na insta bez zdjęcia i tam pogadamy. w grupie parafialnej "
            "animatorzy widzą wszystko. i usuwaj wiadomości po przeczytaniu",
        ],
        "gift_offer": [
            "doładowałem ci telefon za 50 zł, a na obozie czeka na ciebie nowa bluza. w zamian "
            "wpadniesz do mnie w sobotę i zostaje to między nami, nawet mama nie wie",
        ],
        "personal_question": [
            "kiedy w tym miesiącu twoich rodziców nie ma? mówiłaś że zostajesz sama. okno twojego "
            "pokoju jest od ulicy? a drzwi się zamykają na klucz?",
            "do podziału namiotów: masz chłopaka? jak daleko zaszliście? i jaki nosisz rozmiar "
            "stanika? zostaje między nami, obiecuję",
        ],
        "secrecy": [
            "pamiętasz jak na katechezie było o tajemnicy spowiedzi? to co robimy po zbiórce jest "
            "tak samo tajne. jak wygadasz mamie albo druhnie, nikt ci i tak nie uwierzy",
            "dzięki za kartkę niespodziankę 🥰 teraz mamy drugą tajemnicę, tę z samochodu, i ona "
            "jest dużo ważniejsza. nikt nie może wiedzieć, nawet pani Nowak",
        ],
        "isolation": [
            "twój zastęp ma cię gdzieś, widziałem jak cię obgadują. rodzice też cię nie "
            "rozumieją. wypisz się z drużyny, będziesz przychodzić do mnie po szkole, tylko ja "
            "się tobą przejmuję",
        ],
        "self_harm": [
            "wszyscy myślą że poszczę w Wielki Post ale ja w ogóle nic nie jem od 13 dni. chce "
            "dalej az zniknę, nie mówcie mojej mamie",
            "zatrzymałam scyzoryk z obozu i wieczorem tnę się po udach, pod dresem nie widać. "
            "wczoraj myślałam żeby połknąć wszystkie tabletki babci",
        ],
        "disclosure": [
            "na grze nocnej wychowawca zawsze wybiera mnie żebym się z nim chowała i dotyka mnie "
            "pod koszulką. mówi że to część gry. mam 11 lat i nie chcę tam jechać",
            "tata znów wrócił pijany i zbił mnie pasem bo nie spakowałem plecaka na biwak. "
            "zamknął mnie w łazience na całą noc. mam 9 lat, boję się wracać do domu",
        ],
        "violence": [
            "w mafii mówiłem zabiję cię i była beka. ale za to co napisałeś o mojej siostrze, "
            "Kacper, jutro 7:50 pod garażami za szkołą. biorę nóż ojca i już nie będzie śmiesznie",
        ],
        "phone": [
            "schowaj tę karteczkę do piórnika, to mój prywatny, nie obozowy: pięćset dwanaście, "
            "trzysta osiemdziesiąt cztery, 907. dzwoń tylko po 22 jak rodzice śpią",
        ],
        "contact": [
            "śpiwór odbierz sama u mnie: ul. Lipowa 15/8, 30-012 Kraków. albo pisz na "
            "kuba.wychowawca.pryw@wp.pl, nie na maila drużyny",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "if you buy Mayfair one more time I'll kill you 😂😂 rematch at the board game club on "
        "Friday, 4pm, room 12",
        "Drama club: learn your lines for Thursday. Jess, your line is 'I'll kill you before "
        "sunrise', say it like you mean it, it's Macbeth not a bedtime story!",
        "In RE today we learnt that in confession the priest can never tell anyone what he hears. "
        "Write 5 sentences about why that rule exists.",
        "Some of our pupils are fasting for Ramadan this month. PE will be lighter for them and "
        "the library is open at lunch as a quiet room.",
        "Camp emergency phone: 07700 900123, staffed 24h by the camp office. Please use it only "
        "for urgent matters, not to chat with your child.",
        "Whittling workshop on day 3! Pocket knives stay with the leaders and are handed out only "
        "at the workshop, with gloves. Max blade 7 cm.",
        "Night game on Saturday 9-10pm for the whole troop, in patrols of 4 with a leader. Bring "
        "a torch and warm socks 🔦",
        "Kit list for the weekend: sleeping bag, pyjamas, wash bag, torch, wellies. Volunteers "
        "must be 18+ and have a DBS check, please note your age on the form.",
        "Please put a card with your parents' numbers and the school office number in your pencil "
        "case for the trip, in case you get lost.",
        "shhh it's a secret!! we're making a surprise card for Akela's birthday, sign it at break "
        "in room 4 before Wednesday 🎉",
        "Science: today we measure height and weight of everyone in 7B to make a bar chart. "
        "Results are anonymous, numbers only, no names.",
        "Sleepover at Hannah's for her 10th! Pick up 10am Sunday, she needs pyjamas, a toothbrush "
        "and a pillow. Hannah's mum",
        "Photos from camp are on the class page now, only pupils whose parents gave consent are "
        "shown 📸",
        "Parents' meeting about summer camp: Tuesday 18:30 in the school hall, address on the "
        "letter: 3 Station Road.",
        "my little brother was home alone for 5 minutes and he ate all the camp biscuits 😭",
    ],
    "de": [
        "Wenn du noch einmal meine Hotels abreißt, bring ich dich um 😂 Revanche am Spieleabend, "
        "Freitag 17 Uhr im Jugendraum!",
        "Theater-AG: Marie, dein Satz ist 'Ich werde dich töten, bevor der Tag anbricht'. Bitte "
        "bis Dienstag auswendig, wir proben in Raum 0.14.",
        "Reli heute: Das Beichtgeheimnis bedeutet, dass der Priester niemals weitererzählen darf, "
        "was er hört. Hausaufgabe: Warum ist das so wichtig?",
        "Liebe Eltern, einige Kinder fasten im Ramadan. Beim Sportfest gibt es für sie Pausen im "
        "Schatten und Essen zum Mitnehmen für abends.",
        "Notfallnummer des Zeltlagers: 0151 23456789, rund um die Uhr bei der Lagerleitung. Bitte "
        "nur in dringenden Fällen anrufen, danke!",
        "Schnitzen am Mittwoch: Taschenmesser werden von den Gruppenleitern ausgegeben und danach "
        "wieder eingesammelt. Bitte keine eigenen Messer mitbringen.",
        "Nachtgeländespiel am Samstag 21-22:30 für die ganze Gruppe, immer zu viert mit einem "
        "Leiter. Taschenlampe nicht vergessen! 🔦",
        "Packliste Übernachtung: Schlafsack, Schlafanzug, Zahnbürste, Hausschuhe. Helfer müssen "
        "volljährig sein und ein Führungszeugnis haben, bitte Alter eintragen.",
        "Bitte steckt einen Zettel mit den Telefonnummern eurer Eltern und dem Sekretariat ins "
        "Mäppchen, falls ihr beim Ausflug verloren geht.",
        "pssst Geheimnis!! wir basteln eine Überraschungskarte für Frau Krüger zum Abschied, "
        "unterschreiben in der Pause in 5b 🎉",
        "Nawi 6c: Wir wiegen heute unsere Schulranzen, nicht uns selbst 😄 bringt ihn wie immer "
        "gepackt mit, Durchschnitt letztes Jahr 7,4 kg!",
        "Pyjamaparty bei Lea am Samstag! Abholung Sonntag 10 Uhr. Bitte Schlafanzug, Kissen und "
        "Kuscheltier mitgeben. Liebe Grüße, Leas Mama",
        "Die Fotos vom Lager sind jetzt im Elternbereich, nur Kinder mit Einverständniserklärung "
        "sind zu sehen.",
        "Elternabend zur Freizeit: Dienstag 19 Uhr, Gemeindehaus, Kirchstraße 3.",
        "Mama kannst du mir bis Freitag den Schlafsack und die Isomatte raussuchen? Wir schlafen "
        "mit der ganzen Klasse in der Turnhalle, Frau Yilmaz und 3 Eltern sind dabei",
    ],
    "fr": [
        "si tu m'achètes encore la rue de la Paix je te tue 😂 revanche au club jeux de société "
        "vendredi 16h salle 12",
        "Atelier théâtre : Inès, ta réplique c'est « Je te tuerai avant l'aube ». À savoir par "
        "cœur pour mardi, répétition en salle polyvalente.",
        "En caté on a vu que le prêtre ne peut jamais répéter ce qu'il entend en confession, "
        "c'est le secret de la confession. Exercice : expliquez pourquoi.",
        "Certains élèves font le ramadan ce mois-ci. En EPS les efforts seront adaptés et le CDI "
        "reste ouvert à midi comme salle calme.",
        "Numéro d'urgence de la colo : 04 78 12 34 56, joignable 24h/24 par la direction. Merci "
        "de l'utiliser seulement en cas d'urgence.",
        "les louveteaux ont fait des petites cuillères au couteau avec Akela, chacun a eu son "
        "canif 30 min sous surveillance et tout le monde a gardé ses 10 doigts 😅",
        "Grand jeu de nuit samedi de 21h à 22h30 pour tout le groupe, par équipes de 4 avec un "
        "anim. Prenez une lampe frontale 🔦",
        "Liste du trousseau : duvet, pyjama, trousse de toilette, lampe. Les bénévoles doivent "
        "avoir 18 ans minimum, indiquez votre âge sur la fiche.",
        "Mettez dans votre trousse un papier avec le numéro de vos parents et celui du collège, "
        "au cas où vous seriez perdus pendant la sortie.",
        "chut c'est une surprise !! on fait une carte pour l'anniversaire de la cheftaine, "
        "signez-la à la récré en salle 8 avant mercredi 🎉",
        "SVT : aujourd'hui on mesure et on pèse toute la classe pour faire un graphique. "
        "Résultats anonymes, pas de noms.",
        "Soirée pyjama chez Chloé pour ses 9 ans ! On récupère les enfants dimanche 10h. Prévoir "
        "pyjama, brosse à dents et doudou. La maman de Chloé",
        "Bonjour, pour le camp scout de juillet merci de rendre la fiche sanitaire avant le 15 "
        "juin à l'adresse du groupe : 8 rue Pasteur, 35000 Rennes. Les chefs",
        "Réunion d'info colo mardi 18h30, salle des fêtes, 2 place de la Mairie.",
        "g perdu 4 fois au loup garou ce soir jsuis mort 💀 mais c t trop bien",
    ],
    "it": [
        "se mi compri di nuovo Parco della Vittoria ti ammazzo 😂 rivincita al club giochi venerdì "
        "alle 16 in aula 12",
        "Laboratorio teatro: Chiara, la tua battuta è 'Ti ucciderò prima dell'alba'. Impararla a "
        "memoria per martedì, prova in aula magna.",
        "A religione abbiamo visto che il sacerdote non può mai rivelare quello che sente in "
        "confessione, è il sigillo sacramentale. Compito: spiega perché.",
        "Alcuni alunni fanno il Ramadan questo mese. In educazione fisica gli esercizi saranno "
        "più leggeri e a pranzo la biblioteca resta aperta.",
        "Ai genitori: il cellulare di emergenza del campo è 333 987 6543, risponde sempre un "
        "capo. I ragazzi non portano telefoni, le foto le mettiamo noi sul sito ogni sera 📸",
        "Giovedì laboratorio di intaglio! I coltellini li danno i capi durante l'attività e poi "
        "si riconsegnano. Niente coltelli personali.",
        "Gioco notturno sabato dalle 21 alle 22:30 per tutto il reparto, a gruppi di 4 con un "
        "capo. Portate la torcia 🔦",
        "Lista per il campo: sacco a pelo, pigiama, beauty, torcia. Gli aiutanti devono essere "
        "maggiorenni, scrivete l'età sul modulo.",
        "Mettete nell'astuccio un foglietto con i numeri dei genitori e della segreteria della "
        "scuola, in caso vi perdiate durante la gita.",
        "shh è una sorpresa!! facciamo un biglietto per il compleanno di Akela, firmatelo "
        "all'intervallo in aula 8 entro mercoledì 🎉",
        "Scienze: oggi misuriamo altezza e peso di tutta la classe per fare un grafico. Dati "
        "anonimi, senza nomi.",
        "Pigiama party da Sofia per i suoi 10 anni! Ritiro domenica alle 10. Portate pigiama, "
        "spazzolino e cuscino. La mamma di Sofia",
        "Le foto del campo sono sul registro elettronico, solo dei ragazzi con la liberatoria "
        "firmata 📸",
        "raga chi viene alla serata giochi in oratorio venerdì? porto Dixit e Lupus, dalle 20:30 "
        "alle 23, c'è la pizza a 5 euro 🍕",
        "ho perso 4 volte di fila a lupus, sono morta 💀 ma che ridere",
    ],
    "es": [
        "como me vuelvas a comprar el Paseo del Prado te mato 😂 revancha en el club de juegos el "
        "viernes a las 16 en el aula 12",
        "Taller de teatro: Nerea, tu frase es 'Te mataré antes del amanecer'. Apréndela para el "
        "martes, ensayamos en el salón de actos.",
        "En religión vimos que el sacerdote nunca puede contar lo que oye en la confesión, es el "
        "secreto de confesión. Deberes: explica por qué.",
        "Algunos alumnos hacen el Ramadán este mes. En Educación Física adaptaremos el esfuerzo y "
        "la biblioteca estará abierta en el recreo.",
        "Teléfono de emergencias del campamento: 600 123 456, atendido 24 h por la dirección. "
        "Usadlo solo para urgencias, gracias.",
        "¡El jueves taller de tallar madera! Las navajas las reparten los monitores en el taller "
        "y se devuelven al final. No traigáis navajas propias.",
        "¡Esta noche gymkana nocturna con todo el campamento! Nadie sale del recinto, vamos por "
        "patrullas y cada patrulla lleva un monitor y un walkie. Cena a las 20:30",
        "Lista para el campamento: saco, pijama, neceser, linterna. Los voluntarios tienen que "
        "ser mayores de edad, poned la edad en la ficha.",
        "Guardad en el estuche un papel con los teléfonos de vuestros padres y de secretaría, por "
        "si os perdéis en la excursión.",
        "shhh es sorpresa!! hacemos una tarjeta para el cumple de la monitora, firmadla en el "
        "recreo en el aula 8 antes del miércoles 🎉",
        "Ciencias: hoy medimos y pesamos a toda la clase para hacer una gráfica. Datos anónimos, "
        "sin nombres.",
        "mamá mañana duermo en casa de Irene, su madre nos lleva al cine a las 18 y luego pizza. "
        "¿me metes el pijama de unicornios en la mochila? 🦄",
        "Las fotos del campamento están en la web del cole, solo salen los niños con autorización "
        "firmada 📸",
        "Reunión de padres del campamento: martes 18:30 en el salón parroquial, C/ Mayor 5.",
        "he perdido 4 veces seguidas al werewolf estoy muerta 💀 jajaja",
    ],
    "pl": [
        "jak jeszcze raz kupisz Aleje Ujazdowskie to cię zabiję 😂 rewanż w klubie planszówek w "
        "piątek o 16 w sali 12",
        "Kółko teatralne: Hania, twoja kwestia to 'Zabiję cię przed świtem'. Na pamięć na wtorek, "
        "próba w auli.",
        "Na religii mówiliśmy, że ksiądz nigdy nie może powtórzyć tego, co usłyszy na spowiedzi. "
        "To tajemnica spowiedzi. Zadanie: wyjaśnij dlaczego.",
        "Kochani, w Wielki Post nasza wspólnota proponuje post od słodyczy i internetu, nie od "
        "jedzenia! Dzieci do 14 lat nie obowiązuje post ścisły. Ks. Marek",
        "Telefon alarmowy obozu: 600 123 456, dyżur 24h u komendanta. Prosimy dzwonić tylko w "
        "pilnych sprawach.",
        "W czwartek strugamy w drewnie! Scyzoryki wydają instruktorzy na zajęciach i zbierają po "
        "nich. Nie przywozimy własnych noży.",
        "Gra nocna w sobotę 21-22:30 dla całej drużyny, w zastępach po 4 z opiekunem. Weźcie "
        "latarki 🔦",
        "Lista rzeczy na obóz: śpiwór, piżama, kosmetyczka, latarka. Wolontariusze muszą być "
        "pełnoletni, wpiszcie wiek w formularzu.",
        "Włóżcie do piórnika karteczkę z numerami rodziców i sekretariatu szkoły, gdybyście się "
        "zgubili na wycieczce.",
        "ciii to niespodzianka!! robimy kartkę na urodziny druhny, podpisujcie na przerwie w sali "
        "8 do środy 🎉",
        "Biologia: dziś mierzymy i ważymy całą klasę do wykresu. Dane anonimowe, bez nazwisk.",
        "Piżama party u Mai na 10. urodziny! Odbiór w niedzielę o 10. Proszę o piżamę, "
        "szczoteczkę i poduszkę. Mama Mai",
        "Zdjęcia z obozu są w dzienniku, tylko dzieci z podpisaną zgodą rodziców 📸",
        "Zebranie rodziców przed obozem: wtorek 18:30, sala parafialna, ul. Kościelna 2.",
        "ten film na kółku teatralnym był mega, jak ten gość krzyczy 'zabiję cię!' i potem się "
        "przewraca na scenie 😂 Janek musisz to zagrać w piątek",
    ],
}
