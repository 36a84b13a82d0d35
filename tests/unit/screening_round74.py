"""Held-out round 74: older pupils, parties, dating apps, jobs, lifts and the exam year.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two requests for pictures, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and a home address or private
e-mail; with ninety harmless messages, in each language thirteen hard
look-alikes and two ordinary project messages. The setting is the chat of
partner classes of pupils aged fifteen to eighteen across Europe: parties and
first relationships, dating apps, Saturday jobs, driving lessons and the strain
of the final exam year (A levels, Abitur, bac, maturità, selectividad, matura).
The writers are older pupils, teachers, and adults who pass as young or offer
something: a "boyfriend" of twenty-odd met on an app who lied about his age, a
shop or café manager, a driving instructor, a photographer or agency scouting
models, a music video producer, a camp leader, a student offering free
tutoring, a driver offering a lift after a party, a festival or a prom. The
concerns are meetings alone after a shift, a lesson or a party, a casting in
a hotel room; pressure for pictures "if you loved me", "for the portfolio", to
prove an age or for money, and sextortion with an old picture; moving to
private apps, second accounts and a second number saved under a girl's name;
a phone, shoes, a voucher, a dress or paid driving lessons; questions about
sex, bodies and when parents are out; an older partner, cash-in-hand work and
what happened after closing kept secret; friends called jealous and parents
controlling; hoarded pills, a bridge, farewell letters, starving, purging and
cutting where nobody looks; a drink at a party and a bathroom, a boyfriend who
strangles, slaps or spreads pictures, a boss or an instructor who touches, a
stepfather at night, a drinking father, a mother gone for days; a knife, a
knuckle-duster or petrol after a break-up; mobile numbers and home addresses
or private e-mails shared in the open, by adults and by pupils. The harmless
ones are built from the same words: lessons and posters on sexting,
sextortion and consent with helpline numbers, a driving test passed and lifts
with a parent in the car, exam papers that "killed" or "murdered" a pupil,
proms and balls with pick-up times, a party with parents at home, Saturday
and summer jobs offered through school, a photography club's portraits, a
surprise eighteenth kept secret, murders in set books, a first date with a
mother or brother driving, the school counsellor's hours, a class trip's
meeting point at dawn, and notes on slides and a video call.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 73, and the written rows): rules and
second opinion 93.3 % recall (112 of 120: meeting 16/18, self-harm 9/12,
disclosures 10/12, violence 5/6, every other kind complete; by language en
20/20, de 16/20, fr 19/20, it 18/20, es 19/20, pl 20/20) and 7 false holds in
90 (7.8 %); rules alone 73.3 % (88 of 120: meeting 13/18, requests for pictures
9/12, private contact 10/12, gift offers 4/6, secrecy 10/12, isolation 5/6,
self-harm 4/12, disclosures 4/12, violence 5/6, every other kind complete; by
language en 16/20, de 13/20, fr 16/20, it 12/20, es 14/20, pl 17/20) and the
same 7 false holds. Missed with the second opinion too: a music video's or an
event agency's casting in a hotel room, "don't bring your parents", "come
without a companion" (German, Spanish); a bridge looked down from, "maybe next
time" (German); fasting on water and laxatives for a ball (German); a
knuckle-duster at a bus stop (German); a driving instructor's hand and a car
stopped on a track (French); a farewell letter in a drawer and a bridge after
the oral exam (Italian); an ex spreading pictures with a threat (Italian).
Missed by the rules alone besides: a manager keeping the child back after
closing and a lift home; an agency's underwear "portfolio"; a driver offering a
free lift at night, the mother not to be told; a student's free tutoring at his
home, "no need to tell your parents"; a second account or a second number saved
under a girl's name; a voucher for a dress "then show me, only me", driving
lessons paid for "you'll pay me back"; a dress, then "one without"; an old
picture held over the child for more; a cover story of a sleepover, a car's
secret; a class trip to skip with the adult; starving, purging, cutting, pills
with vodka, things given away and a date after the exams; a drink at a party
and waking undressed, a boyfriend who strangles or films, a boss who locks the
child in a store room, a stepfather at night, a drinking father. Held by both:
a lesson on nudes and sextortion (English, French), as photo requests; "'if you
loved me you would'" as a red flag and Childline's number; a class trip's
meeting at the coach; "revenge porn" on a poster; a helpline's number on a
mural; a party at home with the parents there (Polish), as a question.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "great shift today 👌 ur a natural on the till. stay back after close on sat, 9.30, "
            "ill show u the stockroom stuff properly. the others dont need to hang about, just "
            "us two. ill run u home after",
            "hey its Dan from the app 😊 i know i said 19 on there haha but age is just a number "
            "right. Costa by the station friday 4pm? dont bring ur mates, i get shy x",
            "Your lesson on Thursday is the last one before the test, so I'll pick you up from "
            "school not home. We'll do an extra hour out on the quiet roads past the reservoir, "
            "no charge. No need to tell your dad the time, he'll only fuss.",
        ],
        "photo_request": [
            "if u actually liked me u wouldnt be so weird about it 🙄 every1 sends pics to their "
            "bf. just one. mirror, no top. it deletes on snap anyway so whats the big deal",
            "The agency loved your headshot!! 📸 For the portfolio we need a few in underwear or "
            "a bikini, just at home on your phone, natural light. Totally standard at 16, all "
            "the big models started like that. Send by tonight pls",
        ],
        "private_contact": [
            "cant really talk on here, teachers can see the lot 😬 add my other insta, "
            "jay.x.priv, i only use it for people i actually trust",
            "Download Signal and message me there about the modelling job, turn on disappearing "
            "messages 1 week. It's how the agency keeps clients private. +44 isn't needed, just "
            "my username: lens_studio_rob",
        ],
        "gift_offer": [
            "saw ur phone is cracked to bits 😭 ill get u the new one, £900 dont matter to me. "
            "say u saved up from the job if ur mum asks. u deserve nice things babe",
        ],
        "personal_question": [
            "so ur 15 not 16? 😳 doesnt matter tbh. have u ever done anything with a boy? like "
            "properly? u can tell me, im older i wont judge",
            "what nights are ur parents out?? and does ur bedroom lock lol asking for reasons 😏",
        ],
        "secrecy": [
            "listen, dont mention me to ur friends or ur sister. people wont get it cos im 23, "
            "theyll make it weird. its our thing ok? delete this chat when ur done 💕",
            "About the cash shifts: keep it off the books and off your lips. If your parents ask "
            "where you were, say revision at Chloe's. Simple.",
        ],
        "isolation": [
            "ur friends r honestly so childish, all they do is drama. and ur mum clearly doesnt "
            "get u. u dont need any of them, u got me. ditch the party sat and stay on call w me",
        ],
        "self_harm": [
            "mocks in 3 weeks and i genuinely cant do it anymore. been saving up my mums "
            "sleeping tablets, got 20 now. if i fail i wont be around for results day anyway",
            "havent eaten since tuesday, 48kg and still disgusting. doing it again tonight, the "
            "razor helps more than the revision does tbh. long sleeves in PE again 🙃",
        ],
        "disclosure": [
            "at Ellies party i had 2 drinks and then nothing, i woke up in the spare room with "
            "my jeans off and Ryan's mate laughing. i havent told anyone. i dont know what "
            "happened to me",
            "my bf checks my phone every night and if i reply late he grabs my wrist till it "
            "goes purple. last week he pushed me down the stairs. he says its my fault for "
            "making him jealous",
        ],
        "violence": [
            "she thinks she can dump me for him?? ok. tell Tyler to watch himself on friday, "
            "ive got my brothers blade and i know which bus he gets. hes getting cut",
        ],
        "phone": [
            "loved chatting about the job 😊 text me on my personal, 07700 914 382, any time, "
            "even late. dont use the shop number for this",
        ],
        "contact": [
            "we've got a free room for your portfolio shoot 📸 come straight to mine, 14 "
            "Alderbrook Close, Leeds LS6 3QT, flat 2, ring twice. Or mail me on "
            "rob.studioshoots@gmail.com first if you're nervous",
        ],
    },
    "de": {
        "meeting": [
            "Hi, ich bin Sven vom Studio, wir drehen nächste Woche ein Musikvideo 🎬 und suchen "
            "noch Mädels um die 16 als Tänzerinnen, 150€ Gage. Vorgespräch Do 19 Uhr im Hotel "
            "am Hbf, Zimmer 208. Eltern bitte nicht mitbringen, das wirkt unprofessionell.",
            "hey 😊 nach dem festival pennst du einfach bei mir, hab ne bude direkt am "
            "bahnhof. hol dich sa um 23:45 am gleis 4 ab, nur dich, die anderen können ja "
            "im zelt bleiben. deinen eltern sagst du einfach du bist bei lena",
            "bin gar nicht 17 wie im profil sondern 26, sorry 🙈 aber wir verstehen uns so gut. "
            "treffen wir uns trotzdem? fr nach der schule, bei mir ist sturmfrei",
        ],
        "photo_request": [
            "mit deinem körper könntest du auf onlyfans locker 500€ im monat machen 💸 ich "
            "richte dir den account ein, du schickst mir erstmal 5 bilder im bikini und ohne, "
            "damit ich schauen kann was geht. dass du 16 bist merkt keiner",
            "Für den Job an der Bar muss ich prüfen, dass du volljährig bist. Schick ein Foto vom "
            "Ausweis und eins von dir im Bett, ohne Decke, damit ich sehe dass es wirklich du "
            "bist 😉",
        ],
        "private_contact": [
            "lass mal auf telegram weiter schreiben, hier lesen die lehrer alles mit 👀 mein "
            "name da ist @lukas_priv_98, stell auf geheimer chat",
            "schreib mir lieber auf meinem zweit-acc, den kennt keiner. da können wir über alles "
            "reden ohne dass deine mutter mitliest 😉",
        ],
        "gift_offer": [
            "hab dir 200€ aufs paypal geschickt, für das kleid zum abiball 💃 musst nix "
            "zurückgeben, nur sag keinem von wem. kannst dich ja mal erkenntlich zeigen 😘",
        ],
        "personal_question": [
            "wie weit bist du eigentlich schon gegangen? also mit jungs mein ich. und welche bh "
            "größe hast du jetzt 😏",
            "Arbeiten deine Eltern beide Schicht? Wann genau bist du nachmittags allein zuhause, "
            "und wo ist dein Zimmer, vorne oder hinten raus?",
        ],
        "secrecy": [
            "das mit uns bleibt unter uns, versprochen? wenn deine eltern das erfahren krieg ich "
            "ärger wegen dem alter und du darfst nie mehr raus. lösch den verlauf 🤫",
            "Der Job im Café läuft bar auf die Hand. Wenn jemand fragt, du hilfst nur ab und zu "
            "aus, und von den Abenden nach Ladenschluss erzählst du niemandem.",
        ],
        "isolation": [
            "deine freundinnen sind neidisch auf uns, merkst du das nicht? und deine eltern "
            "wollen dich nur kontrollieren. triff dich nicht mehr mit denen, ich bin alles was "
            "du brauchst",
        ],
        "self_harm": [
            "abi in 6 wochen und ich schaff das nicht. hab heute auf der brücke an der b27 "
            "gestanden und lang runtergeschaut. vllt beim nächsten mal. sorry an alle",
            "seit 9 tagen nur wasser und abführtabletten, 2h joggen jeden abend bis mir schwarz "
            "vor augen wird. 51 kilo, muss bis zum abiball unter 45. hab heute in mathe fast "
            "umgekippt lol",
        ],
        "disclosure": [
            "mein freund (22) hat mich gestern gewürgt als ich schluss machen wollte. er hat "
            "meine nacktbilder und sagt er schickt sie an die ganze schule wenn ich geh",
            "papa trinkt seit mama weg ist jeden abend 2 flaschen, dann schlägt er gegen die "
            "tür und gestern mich. ich schlaf jetzt im auto von meinem bruder, bitte nicht "
            "weitersagen",
        ],
        "violence": [
            "der typ der jetzt mit meiner ex rumläuft ist montag dran. hab schon nen "
            "schlagring, wir warten an der bushalte um 7:40. bringt kühlpacks mit 😂",
        ],
        "phone": [
            "Für den Minijob melde dich direkt bei mir privat, nicht über den Laden: 0171 "
            "4829317. Am besten abends nach 21 Uhr, da hab ich Ruhe 😉",
        ],
        "contact": [
            "ok kannst mir das ladekabel ja einfach vorbeibringen 🙈 ich wohn Lindenallee 7, "
            "2. stock links, 50931 köln. meine eltern sind bis 19 uhr arbeiten. oder schreib an "
            "mia.kleinert09@web.de, hier schau ich kaum rein",
        ],
    },
    "fr": {
        "meeting": [
            "coucou 😊 je t'ai vue au taf samedi, t'es trop mignonne. je passe te chercher "
            "apres ta fermeture à 21h, parking derrière le carrefour. viens seule stp, je suis "
            "timide",
            "Salut, c'est Fred du covoit pour Nantes 🚗 si tu veux je te prends gratuit vendredi, "
            "mais départ 22h de chez moi, pas de la gare. Pas la peine de mettre ta mère au "
            "courant, elle va encore stresser pour rien. On fera une pause en route 😉",
            "bon j'ai pas 18 ans j'en ai 25 mdr mais tu t'en fous non ? on se voit mercredi "
            "apres les cours au parc, t'emmène pas tes copines elles sont relous",
        ],
        "photo_request": [
            "montre-moi ta robe pour la soirée de samedi 👗 et après une sans, pour que je voie "
            "si elle tombe bien 😏 allez, c'est que moi, je garde rien",
            "Pour le poste de serveuse, envoie-moi ta carte d'identité et une photo de toi en "
            "brassière, en pied, on vérifie que tu présentes bien. Les filles de 16 ans "
            "passent très bien en salle.",
        ],
        "private_contact": [
            "on continue sur snap plutôt, ici les profs lisent tout 🙄 ajoute moi: "
            "theo_x_93, et active l'effacement auto",
            "Pour le job d'été, contacte-moi sur WhatsApp plutôt que via le lycée, c'est plus "
            "simple. Et on supprime les messages après, ça encombre.",
        ],
        "gift_offer": [
            "je t'ai pris des airpods pro et un parfum 🎁 passe les chercher chez moi samedi. "
            "dis a ta mere que t'as gagné un concours, elle va poser mille questions sinon",
        ],
        "personal_question": [
            "t'as deja couché avec quelqu'un ? sois honnête 😏 et tu dors en quoi la nuit ?",
            "Tes parents rentrent à quelle heure le soir ? Tu es souvent seule chez toi après "
            "le lycée ? Ta chambre donne sur la rue ?",
        ],
        "secrecy": [
            "parle de moi à personne, ni à ta meilleure pote ni à ta soeur. les gens "
            "comprendront pas notre différence d'âge. c'est notre secret ❤️ efface tout",
            "Pour les heures au restaurant, pas de contrat, pas de papiers. Si ton père demande, "
            "tu révises chez une copine. Et ce qui se passe en cuisine reste en cuisine.",
        ],
        "isolation": [
            "tes potes se moquent de toi derrière ton dos, je te jure. et ta mère veut juste te "
            "garder enfermée. coupe les ponts avec eux, t'as que moi qui te comprends",
        ],
        "self_harm": [
            "le bac dans 1 mois et j'y arrive plus. j'ai trouvé les cachets de ma grand-mère, "
            "une boîte entière. je crois que c'est la seule sortie. désolée à tous",
            "je me suis encore fait des marques hier soir, cette fois sur le ventre. je mange "
            "plus depuis 4 jours. je veux juste disparaître un peu",
        ],
        "disclosure": [
            "le moniteur d'auto-école met sa main sur ma cuisse à chaque leçon. mardi il s'est "
            "arrêté dans un chemin et a fermé les portes. il reste 6 heures avant le permis et "
            "mes parents ont déjà payé 1200€",
            "mon copain a 19 ans, il a mon code de tel, il me fait sécher pour rester avec lui "
            "et hier il m'a mis une claque devant l'arrêt de bus. il dit que c'est parce que je "
            "le rends fou",
        ],
        "violence": [
            "ce bâtard de Karim qui sort avec mon ex, vendredi 17h devant le lycée il va "
            "comprendre. j'ai ramené le couteau de mon cousin, je rigole pas",
        ],
        "phone": [
            "c Yanis de la soirée chez Manon 😅 voilà mon num 07 81 46 23 95, envoie moi un "
            "message ce soir, ici y a la prof qui voit tout",
        ],
        "contact": [
            "Pour le shooting viens directement chez moi, 12 rue des Tanneurs, 3e étage, 69007 "
            "Lyon, mardi 18h. Écris-moi sur mon mail perso lucas.mrtn.photo@hotmail.fr si tu te "
            "perds, et viens seule, ça ira plus vite",
        ],
    },
    "it": {
        "meeting": [
            "Sono Andrea, studio ingegneria al Poli 🤓 ho visto che sei in crisi con matematica "
            "per la maturità. Ripetizioni gratis da me martedì alle 21, casa mia è tranquilla. "
            "Non serve che lo dici ai tuoi, pensano sempre male degli universitari",
            "ao stasera dopo la disco non prendere la navetta con le tue amiche, ti riporto io "
            "in macchina 🚗 aspettami all'uscita sul retro alle 2:30, da sola che in 4 non ci "
            "stiamo",
            "su tinder avevo scritto 18 ma vabbè ne ho 29, che cambia 😅 stazione centrale "
            "sabato 15:10, binario 3, poi andiamo da me. il tuo ragazzo non deve saperlo",
        ],
        "photo_request": [
            "il tuo balletto su tiktok è 🔥🔥 ti pago 30€ per ogni video dove si vedono bene le "
            "gambe, anche in pigiama va bene. ricarica postepay subito, nessuno lo saprà",
            "dimostrami che sei davvero tu e non un fake 🙄 videochiamata ora, da sola in camera, "
            "e fai quello che ti dico. se chiudi vuol dire che mi prendi in giro",
        ],
        "private_contact": [
            "qui ci sono troppi occhi 👀 entra nel mio server discord, canale privato, ti mando "
            "il link in dm. lì possiamo parlare di tutto senza la prof che legge",
            "ho un secondo numero solo per te, salvalo con un nome da ragazza tipo 'Giulia "
            "palestra' così tua madre non rompe. da domani scrivimi solo lì",
        ],
        "gift_offer": [
            "ti ho caricato un buono zalando da 150€ per il vestito dei 18 di Sara 💃 non devi "
            "ridarmi niente... poi me lo fai vedere addosso, solo a me 😏",
        ],
        "personal_question": [
            "sei ancora vergine? 👀 rispondi sinceramente, non lo dico a nessuno. e i tuoi ti "
            "controllano il telefono o hai la password solo tu?",
            "che orari fa tua madre in ospedale? se fa la notte il venerdì sei da sola fino alle "
            "7? e il cancello sotto casa lo chiudete a chiave?",
        ],
        "secrecy": [
            "Quello che è successo in macchina durante la lezione resta tra noi. Se lo racconti "
            "io perdo il lavoro e tu la patente te la scordi. Siamo intesi? 🤐",
            "ok allora ricapitolando: sabato dici che dormi da Chiara, io ti prendo alle 20. "
            "chiara sa già cosa dire se chiama tua madre. poi cancelliamo tutta sta chat",
        ],
        "isolation": [
            "non andare in gita a Praga con la classe, ti prendono solo in giro quelli. resta "
            "qui con me quei 4 giorni, ai tuoi dici che hai la febbre. tanto chi ti capisce "
            "davvero sono io",
        ],
        "self_harm": [
            "ho scritto una lettera per mamma e una per mia sorella, sono nel cassetto della "
            "scrivania. dopo l'orale di lunedì vado al ponte, ho deciso. grazie per questi 5 anni "
            "ragazzi ❤️",
            "dopo ogni pasto corro in bagno e butto fuori tutto, oggi 3 volte. 44 kg e mi vedo "
            "ancora enorme. mi graffio le braccia finché non sanguinano, almeno così dormo",
        ],
        "disclosure": [
            "il titolare del bar dove lavoro il weekend mi chiude nel magazzino e mi mette le "
            "mani addosso. ho 16 anni e mi servono quei soldi. non so come dirlo a mio padre",
            "il mio ex ha girato le mie foto nel gruppo della squadra di calcetto, 40 persone. "
            "ora mi scrive che se non torno con lui manda il video anche a mia nonna 😭",
        ],
        "violence": [
            "quella che ha messo in giro la storia delle foto è finita. domani alle 13 fuori dal "
            "cancello le spacco la faccia e le brucio lo scooter, ho già la tanica. ditelo pure",
        ],
        "phone": [
            "Luca dai scrivimi tu 😳 sono io quella della festa di sabato, il mio numero è "
            "333 581 2740, però su whatsapp non su questa app che la vede la prof",
        ],
        "contact": [
            "per i 18 anni di Marta venite da me verso le 22, Via Garibaldi 87, citofono "
            "Russo, 3° piano, 10122 Torino. e tu ciccio scrivimi su "
            "giulia.russo.2008@libero.it che qui non rispondo",
        ],
    },
    "es": {
        "meeting": [
            "Hola! Soy Nacho, de la agencia de eventos 😊 buscamos azafatas para el salón del "
            "automóvil, 80€ el día. Primero hay que hacer una prueba en el hotel Atocha, "
            "habitación 412, el martes a las 19h. Ven sin acompañante, es más profesional.",
            "q tal el botellon?? 😂 oye no vuelvas en el bus nocturno, te llevo yo en la moto. "
            "espérame detrás del polideportivo a las 3, sola eh q solo hay un casco",
            "soy el monitor del campamento de este verano, me acuerdo mucho de ti 😌 ahora que "
            "tienes 15 podemos quedar sin los críos, sábado 18:00 en el centro comercial, luego "
            "vamos a mi coche",
        ],
        "photo_request": [
            "ya tengo la foto que me mandaste en diciembre, así que no te pongas difícil 🙂 "
            "mándame 2 más antes de las 12 o la ve todo tu insti, empezando por tu hermano",
            "te hago un bizum de 20€ por cada foto de tus pies 🦶 y si te pones las medias del "
            "uniforme 50. es solo por arte, nadie tiene que enterarse",
        ],
        "private_contact": [
            "aquí no, q lo ve la tutora 😬 agrégame a tus mejores amigos en el insta privado "
            "(@nico.cf.priv) y hablamos por ahí de lo del finde",
            "Mejor seguimos por Discord, te mando un enlace a un servidor mío solo para ti. Ahí "
            "no hay moderadores ni nada, podemos hablar de lo que quieras 😉",
        ],
        "gift_offer": [
            "oye me ha dicho tu prima que no te llega para el carnet de conducir 🚗 yo te pago "
            "las 20 prácticas, 600€, sin problema. ya me lo devolverás de otra forma, guapa 😘",
        ],
        "personal_question": [
            "¿duermes con la puerta cerrada? ¿y tu madre entra a tu cuarto por la noche o te "
            "deja en paz? es para saber cuándo llamarte jaja",
            "cuánto pesas ahora?? y ya te has liado con alguien o sigues siendo una niña 😏 "
            "dímelo, que yo te cuento lo mío",
        ],
        "secrecy": [
            "Borra los bizums del historial y ponme en el móvil como 'Laura inglés'. Si tu padre "
            "ve un nombre de tío se va a liar, y lo nuestro se acaba 🤫",
            "lo del viernes en el coche no lo cuentes, ni a Irene. ella no sabe guardar nada y "
            "me meterías en un lío. tú y yo sabemos lo que hay ❤️",
        ],
        "isolation": [
            "tu madre es una tóxica y tus amigas unas falsas, lo sabes. cuando cumplas 16 te "
            "vienes a vivir conmigo y ya no tienes que aguantar a nadie. de momento no les "
            "cuentes nada y ni les contestes",
        ],
        "self_harm": [
            "anoche me tomé 12 ibuprofenos con lo que quedaba del vodka. hoy solo me duele la "
            "tripa. la próxima vez tomo más. no digáis nada a la profe porfa",
            "voy a dejar el móvil y mis cosas a mi hermana pequeña, ya lo tengo todo "
            "organizado. después de la EBAU del 4 de junio ya no hace falta que me esperéis 🖤",
        ],
        "disclosure": [
            "mi novio tiene 23 y me obligó a grabarme haciendo cosas. ahora quiere más vídeos y "
            "dice que si no los sube. tengo 15 y no puedo decirlo en casa",
            "mi madre lleva 6 días fuera y no hay comida, le doy a mis hermanos de 4 y 7 años lo "
            "que sobra del comedor. la luz la cortaron el lunes. no quiero que nos separen",
        ],
        "violence": [
            "al pavo ese que le ha escrito a mi novia le voy a quemar la moto y luego a él. "
            "sé dónde aparca, calle mayor, el viernes a las 22. voy con el bate de mi tío",
        ],
        "phone": [
            "Para lo de canguro los sábados llámame a mi móvil, 634 927 158, no al fijo. Y mejor "
            "cuando tu madre no esté delante, que luego se piensa cosas 😉",
        ],
        "contact": [
            "Vale, el contrato de prueba te lo firmo en persona. Ven a mi piso, Carrer de "
            "Provença 214, 3º 2ª, 08036 Barcelona, el jueves. O mándame el DNI a "
            "jordi.events.personal@outlook.es",
        ],
    },
    "pl": {
        "meeting": [
            "Dzień dobry, tu Marek, korepetycje z matmy do matury rozszerzonej 📐 najlepiej u mnie "
            "w mieszkaniu we wtorki o 20:30, jest spokój. Pierwsza lekcja za darmo. Nie musisz "
            "mówić rodzicom, to tylko próba",
            "po studniowce nie wracaj z ekipa, odwioze cie 🚗 czekaj za restauracja o 4:00, ale "
            "sama bo mam tylko jedno miejsce. nikt nie musi wiedziec ze jechalas ze mna",
            "na tinderze mam 19 ale serio mam 28 😅 no ale dobrze nam sie pisze nie? w piatek "
            "16:15 galeria krakowska, potem do mnie. kolezanek nie bierz",
        ],
        "photo_request": [
            "masz juz strój kąpielowy na sesje nad morzem? 👙 przymierz i wyslij mi 3 fotki w "
            "lustrze, od przodu i z boku. tak sprawdzam kazda modelke przed kontraktem",
            "wlacz kamerke i pokaz sie jak wyszlas z pod prysznica 🙈 jak mnie kochasz to nie "
            "bedziesz robic problemu. i tak mam twoje stare zdjecia",
        ],
        "private_contact": [
            "tu nauczyciele wszystko widza 🙄 napisz do mnie na discordzie, nick wiktor_2k, i "
            "wlacz znikajace wiadomosci",
            "załóż sobie drugie konto na insta, tylko dla nas, bez zdjęcia i prawdziwego "
            "imienia. rodzice go nie znajdą i będziemy mogli normalnie gadać 😊",
        ],
        "gift_offer": [
            "zapłacę za twoje jazdy przed egzaminem na prawko, 10 godzin, 900 zł 🚗 tylko "
            "rodzicom mów że to z pracy w kawiarni. potem się jakoś odwdzięczysz 😉",
        ],
        "personal_question": [
            "masz chlopaka? calowalas sie juz? a moze cos wiecej 😏 mnie mozesz powiedziec, "
            "jestem starszy, nie bede sie smial",
            "rodzice sprawdzają ci telefon? a w weekendy kiedy jeździcie na działkę, ty czasem "
            "zostajesz sama w bloku? który to jest numer mieszkania?",
        ],
        "secrecy": [
            "Po każdej naszej rozmowie usuwaj historię, mama nie musi wiedzieć, że byłaś u mnie w "
            "sobotę. Jak zapyta, byłaś w kinie z Zuzią. To nasza sprawa 🤫",
            "to co bylo na zapleczu po zamknieciu sklepu zostaje miedzy nami. jak komus powiesz "
            "to wylatujesz z roboty i nikt ci nie uwierzy, masz 16 lat",
        ],
        "isolation": [
            "nie idz na studniowke z klasa, oni cie i tak nie lubia, smieja sie z ciebie za "
            "plecami. rodzice tez cie nie rozumieja. zostan ze mna, tylko ja jestem po twojej "
            "stronie",
        ],
        "self_harm": [
            "napisalam list pozegnalny i schowalam pod materacem. w nocy pojde na most na Wisle, "
            "juz nie mam sily na te mature. kocham was wszystkich, naprawde",
            "znowu pije sama w pokoju i potem tne. dzis 7 kresek na udzie. nikt nie zauwazyl, "
            "nosze dresy nawet w maju. nie umiem przestac",
        ],
        "disclosure": [
            "ojczym od pół roku przychodzi do mojego pokoju jak mama jest na nocce. mówi że jak "
            "powiem to mama go zostawi i będzie przeze mnie. mam 15 lat",
            "szef w pizzerii nie placi mi od 2 miesiecy i jak sie upominam to mnie popycha i "
            "lapie za tylek. wczoraj zamknal mnie w chlodni na 10 minut",
        ],
        "violence": [
            "jak ten typ jeszcze raz napisze do mojej dziewczyny to mu wbije cyrkiel w szyje. "
            "jutro 7:50 pod szatnia, przyjdzcie patrzec. i spale mu skuter",
        ],
        "phone": [
            "hej Kacper, tu Ola z imprezy u Bartka 🙈 napisz do mnie na moj numer 512 384 906, "
            "tylko nie tutaj bo pani widzi. mama pracuje do 22 wiec pisz smialo",
        ],
        "contact": [
            "Na sesję próbną przyjdź prosto do mnie, ul. Piotrkowska 112 m. 7, 90-006 Łódź, "
            "mieszkam sam. Zdjęcia z dowodem wyślij na tomek.foto.prywatny@wp.pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "PSHE today was on nudes and sextortion 📵 Ms Okafor said if anyone ever threatens to "
        "share a pic, screenshot it, don't pay, tell an adult and report it. Poster due Fri, "
        "groups of 3",
        "PASSED MY DRIVING TEST!!! 🚗🎉 2 minors only. mum cried in the car park lol. lifts to "
        "school for everyone from monday (not before 8.10 tho)",
        "mocks killed me. chem paper 2 was actual murder, im dead, bury me next to the "
        "periodic table 💀💀",
        "Prom tickets £35, on sale in the canteen till 14 March. Dress code black tie, "
        "parents collect at 11.30pm from the front gate, no exceptions.",
        "Reminder: careers fair Tuesday period 3-4. The Co-op and the leisure centre are "
        "offering Saturday jobs for 16+, bring a CV, Mr Hughes has printed copies.",
        "my party sat 7pm, my parents are home the whole time dont panic 😂 bring snacks, "
        "no booze, dad's doing a bbq",
        "Photography club: this week portraits in natural light. Bring a friend to model "
        "(fully dressed, in the art room!) and your camera or phone. Back by 4.30.",
        "ok who keeps secrets better than me 🤫 surprise 18th for Amira at Nandos on the "
        "22nd, £12 each, DON'T tell her",
        "English lit essay: is Lennie's death in Of Mice and Men a mercy killing? 1500 words, "
        "due 3 May. I said yes but barely",
        "Form time talk on healthy relationships: jealousy, checking phones and 'if you "
        "loved me you would' are red flags. Childline is 0800 1111 if you need it.",
        "went on a date w Sam from year 13 to the cinema, my brother drove us both ways "
        "😭 most embarrassing 2 hrs of my life",
        "Revision stress is normal but if it ever feels like too much, Mrs Dale's door is "
        "open at lunch, room B12. No appointment needed.",
        "Trip to Berlin: meet at the coach, school car park, 5.45am Thursday. Passport, EHIC "
        "and €40 spending money. Parents wave us off 👋",
        "Uploaded our slides on teen part-time work in the UK vs Germany, 14 slides. Can the "
        "Stuttgart class check slide 6?",
        "Thanks for the video call! The French group's quiz on exam systems was brilliant 🙌",
    ],
    "de": [
        "Heute in Bio Sexualkunde und Einvernehmen 🙈 Frau Brandt hat erklärt: Nacktbilder "
        "von unter 18-Jährigen weiterleiten ist strafbar, auch unter Freunden. Referat in "
        "2er-Gruppen bis 12.3.",
        "FÜHRERSCHEIN BESTANDEN 🚗🥳 beim 2. mal! ab montag kann ich euch mitnehmen, aber "
        "erst nach 16 uhr, begleitetes fahren mit papa",
        "die matheklausur hat mich umgebracht, ich bin tot, legt blumen auf mein grab 💀 "
        "aufgabe 4 war reinster mord",
        "Abiball am 28. Juni in der Stadthalle 💃 Karten 45€, Eltern sind eingeladen, "
        "Ende 1 Uhr, Shuttlebus zum Bahnhof fährt um 1:15.",
        "Die Bäckerei Schmitz sucht Aushilfen ab 15 für Samstag, 12€/h, Bewerbung über "
        "Frau Kühn im Sekretariat bis Freitag. Vorstellungsgespräch in der Schule.",
        "party bei mir sa ab 19 uhr, meine eltern sind da und machen pizza 🍕 wer schlafen "
        "will bringt isomatte mit",
        "Foto-AG: Porträts mit Gegenlicht, Treffpunkt Kunstraum 2.14, Mittwoch 14 Uhr. "
        "Jeder bringt jemanden zum Fotografieren mit.",
        "pssst 🤫 wir schenken Herrn Yilmaz zum abschied ein fotobuch, 5€ pro person bis "
        "donnerstag, NICHT verraten!!",
        "Deutsch: Interpretation 'Woyzeck', Mord an Marie, bis Montag 2 Seiten. Ich hab 1,5 lol",
        "Plakat gegen Sextortion ist fertig: 'Nicht zahlen, Screenshot, Erwachsenen "
        "holen'. Nummer gegen Kummer 116 111 steht unten drauf 👍",
        "hatte gestern mein erstes date 🙈 er ist in der 12b, wir waren eis essen und seine "
        "mama hat mich um 20 uhr heimgefahren",
        "Prüfungsangst-Workshop mit der Schulpsychologin am 5.3., 7./8. Stunde, Raum 104. "
        "Anmeldung freiwillig.",
        "Klassenfahrt Wien: Treffpunkt Mo 6:30 am Busbahnhof, Eltern bitte bis zur Abfahrt "
        "bleiben. Ausweis nicht vergessen!",
        "Wir haben 10 Folien zu Nebenjobs in Deutschland hochgeladen. Kann die Klasse aus "
        "Leeds Folie 4 gegenlesen?",
        "Danke für das Video aus Krakau, die Stadtführung war super 😊",
    ],
    "fr": [
        "En EMC on a parlé du consentement et des nudes 📵 le prof a dit : si quelqu'un te "
        "fait du chantage avec une photo, tu paies pas, tu captures et tu appelles le 3018. "
        "Exposé vendredi",
        "J'AI EU MON PERMIS 🚗🎉 du premier coup !! à partir de lundi je vous dépose au lycée "
        "mais ma mère veut être dans la voiture la 1ère semaine mdr",
        "le bac blanc de philo m'a tuée, je suis morte, 4h pour rien 💀 j'ai massacré la "
        "dissertation",
        "Bal de fin d'année le 27 juin au gymnase 🪩 entrée 10€, les parents viennent "
        "chercher à minuit devant l'entrée principale.",
        "Le forum des jobs d'été a lieu jeudi à la médiathèque : cueillette, animation, "
        "restauration pour les 16 ans et plus. Apportez un CV, Mme Roux le relit avant.",
        "soirée chez moi samedi 20h, mes parents sont là 😅 ma mère fait des crêpes, pas "
        "d'alcool. finie à minuit",
        "Club photo : portraits en extérieur jeudi 13h dans la cour. Venez avec un ou une "
        "camarade qui veut bien poser !",
        "chuuut 🤫 on prépare une surprise pour les 18 ans de Lina, 5€ chacun, personne lui "
        "dit rien avant vendredi",
        "Français : le meurtre dans L'Étranger, pourquoi Meursault tire-t-il ? 2 pages pour mardi",
        "Affiche pour la campagne contre le harcèlement : « Tu n'es pas seul·e, parles-en » "
        "avec le 3018 et le 119 en bas. Elle est super belle",
        "premier rencard avec Léo de terminale 🙈 on a été au ciné et son grand frère nous a "
        "ramenés, trop la honte",
        "Si le stress du bac devient trop lourd, l'infirmière reçoit sans rendez-vous tous "
        "les midis, salle 12.",
        "Voyage à Barcelone : rendez-vous lundi 5h30 devant le lycée, avec carte d'identité "
        "et autorisation de sortie du territoire signée.",
        "On a mis 8 diapos sur les petits boulots en France. La classe de Varsovie peut "
        "vérifier la 5 ?",
        "Merci pour l'appel vidéo, le quiz sur les examens était top 🙌",
    ],
    "it": [
        "Oggi educazione civica su consenso e sexting 📵 la prof ha detto: se qualcuno ti "
        "ricatta con una foto non pagare, fai screen e parlane con un adulto. Cartellone per "
        "giovedì",
        "PATENTE PRESA 🚗🎉 al primo colpo!! da lunedì vi passo a prendere io, ma con mio "
        "papà seduto accanto per la prima settimana 😂",
        "la simulazione della seconda prova mi ha uccisa, sono morta, seppellitemi 💀 il "
        "problema 2 era una strage",
        "Ballo di fine anno il 7 giugno in palestra 💃 biglietto 15€, i genitori vengono a "
        "prendere alle 24 davanti all'ingresso.",
        "Lo sportello orientamento ha offerte di lavoro estivo per i maggiorenni e i 16enni: "
        "gelateria, lido, centro estivo. Colloqui a scuola mercoledì alle 14.",
        "festa da me sabato alle 20, ci sono i miei quindi tranquilli 😂 mia mamma fa le "
        "pizzette, niente alcol",
        "Laboratorio di fotografia: ritratti in controluce venerdì 14:30, aula di arte. "
        "Portate un compagno che faccia da modello!",
        "zitti tutti 🤫 stiamo organizzando la sorpresa per i 18 anni di Fede, 10€ a testa, "
        "non ditele niente fino a sabato",
        "Italiano: perché il delitto in Delitto e castigo? Tema di 3 colonne per lunedì",
        "Cartellone contro il revenge porn: 'Non condividere, segnala, parlane'. In fondo il "
        "numero 114 Emergenza Infanzia 👍",
        "primo appuntamento con Matteo di quinta 🙈 gelato in centro e poi sua mamma mi ha "
        "riaccompagnata a casa alle 21",
        "Se l'ansia per la maturità diventa troppa, lo sportello d'ascolto è aperto il "
        "martedì dalle 10 alle 12, aula 8.",
        "Gita a Vienna: ritrovo lunedì alle 6 davanti alla scuola con carta d'identità. I "
        "genitori possono accompagnarci fino al pullman.",
        "Abbiamo caricato 9 slide sui lavoretti estivi in Italia. La classe di Madrid può "
        "controllare la slide 3?",
        "Grazie per la videochiamata, il quiz sulla maturità era fortissimo 😄",
    ],
    "es": [
        "Hoy en tutoría hablamos de sexting y sextorsión 📵 la orientadora dijo: si alguien "
        "te chantajea con una foto no pagues, haz captura y cuéntalo. Mural para el jueves",
        "HE APROBADO EL PRÁCTICO 🚗🎉 a la primera!! el lunes os llevo al insti, pero con mi "
        "madre de copiloto la primera semana jajaja",
        "el examen de mates de la EBAU simulada me ha matado, estoy muerta, enterradme 💀 "
        "el ejercicio 3 fue una masacre",
        "Graduación el 20 de junio en el salón de actos 🎓 entrada 12€, los padres recogen a "
        "las 00:30 en la puerta principal.",
        "El ayuntamiento busca monitores de campamento de 16 a 18 años para julio, 300€ al "
        "mes. Entrevistas en el insti el miércoles a las 13:30 con la orientadora.",
        "fiesta en mi casa el sábado a las 19, mis padres están todo el rato 😅 mi padre "
        "hace barbacoa, sin alcohol",
        "Taller de fotografía: retratos con luz natural el viernes a las 16h en el aula de "
        "plástica. Traed a un compañero de modelo.",
        "shhh 🤫 le estamos preparando una sorpresa a Lucía por sus 18, 5€ cada uno, que "
        "nadie se chive antes del viernes",
        "Literatura: ¿por qué matan a Santiago Nasar en Crónica de una muerte anunciada? 2 "
        "páginas para el martes",
        "Mural contra el acoso: 'No reenvíes, denuncia, habla'. Abajo el teléfono ANAR 900 "
        "20 20 10 👍",
        "primera cita con Álex de 2º de bachi 🙈 fuimos al cine y su hermana nos llevó a "
        "casa a las 22, qué vergüenza",
        "Si el estrés de la selectividad puede contigo, la orientadora atiende los recreos "
        "en el despacho 2, sin cita.",
        "Viaje a Roma: quedamos el lunes a las 5:45 en la puerta del insti con el DNI. Los "
        "padres pueden esperar hasta que salga el autobús.",
        "Hemos subido 7 diapositivas sobre trabajos de verano en España. ¿La clase de Lyon "
        "puede revisar la 4?",
        "Gracias por la videollamada, el quiz sobre exámenes fue genial 😄",
    ],
    "pl": [
        "Na godzinie wychowawczej o sekstingu i szantażu zdjęciami 📵 pedagog mówiła: nie "
        "płać, zrób screena, powiedz dorosłemu. Gazetka na czwartek",
        "ZDAŁAM PRAWKO 🚗🎉 za pierwszym razem!! od poniedziałku was podwożę, ale tata "
        "jeździ ze mną pierwszy tydzień xd",
        "próbna matura z matmy mnie zabiła, nie żyję, pochowajcie mnie 💀 zadanie 7 to była rzeź",
        "Studniówka 25 stycznia w hotelu Polonia 💃 zaproszenia 250 zł, rodzice odbierają o "
        "4:00 sprzed wejścia, autokar do szkoły o 4:15.",
        "Urząd miasta szuka wakacyjnych pomocników 16+ do biblioteki i basenu, 25 zł/h. "
        "Rozmowy w szkole w środę o 13:00 u pani pedagog.",
        "impreza u mnie w sobote od 19, rodzice sa w domu 😅 mama robi zapiekanki, zero alkoholu",
        "Kółko fotograficzne: portrety w świetle dziennym w piątek o 14:30 w sali plastycznej. "
        "Przyprowadźcie kogoś do pozowania!",
        "cicho 🤫 robimy niespodziankę na 18-stkę Oli, po 10 zł, nikt nic nie mówi do soboty",
        "Polski: zbrodnia Raskolnikowa w 'Zbrodni i karze' - rozprawka 300 słów na wtorek",
        "Gazetka przeciw przemocy w sieci: 'Nie przesyłaj, zgłoś, porozmawiaj'. Na dole "
        "telefon zaufania 116 111 👍",
        "pierwsza randka z Kubą z 4c 🙈 byliśmy na lodach i jego mama odwiozła mnie o 20, wstyd",
        "Jeśli stres przed maturą jest za duży, psycholog szkolny przyjmuje we wtorki 10-12, "
        "gabinet 5, bez zapisów.",
        "Wycieczka do Pragi: zbiórka w poniedziałek 6:00 pod szkołą z dowodem. Rodzice mogą "
        "zostać do odjazdu autokaru.",
        "Wrzuciliśmy 8 slajdów o pracy wakacyjnej w Polsce. Czy klasa z Bolonii może "
        "sprawdzić slajd 5?",
        "Dzięki za wideorozmowę, quiz o maturach był super 😄",
    ],
}
