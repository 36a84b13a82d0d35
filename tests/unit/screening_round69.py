"""Held-out round 69: games, sports clubs and hobbies, and the adults around them.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve of them club and game talk
full of the words a filter fears and three ordinary project talk. The setting
is a partner-class project on games, sport and hobbies: online games and their
chats and servers, football, volleyball, handball and judo clubs, swimming
squads, dance and gymnastics, guitar, piano and violin lessons, a chess club
and scouts. The writers are pupils of eight to sixteen and adults around the
clubs or posing as part of them: a coach, a trainer, a team manager, a music
teacher, an older player in a clan or a flat near the school, a self-styled
talent scout or game moderator. The concerns: a trial for an academy with a
lift from a supermarket car park and the parents left out, private lessons or
keeper sessions at a teacher's home or an empty pool, a console in a flat while
the flatmates are out; a costume, a leotard or the splits in underwear pictured
"for selection"; the talk moved to Snapchat, Instagram, Telegram or WhatsApp,
with an account the parents do not know; boots, a kimono, V-Bucks or a gift
card waiting in the coach's car; weight, periods, a room of one's own, the
street and a house to oneself; what is said in the car staying in the car, chats
deleted for fear of the clan leaders; teammates said to be jealous and parents
said to know nothing of sport. Pupils dropped from a squad who save a mother's
sleeping tablets for after a final, or who cut where the swimsuit hides it; a
father or stepfather whose bruises are passed off as rugby or handball, a scout
leader who keeps a child behind to pack the tents; a bat at the bus stop for
telling the referee. A coach's own mobile "not the club's", and a home address
and e-mail for a signed shirt. The harmless ones: training moved with pick-up
times, a 6-0 defeat and "I want to die lol", building and healing at 1 HP,
killing everyone in Among Us, a chess trap as a secret weapon, a team photo
with consent forms, a swimming gala and a minibus, a scout camp kit list with
leaders' numbers, server rules against sharing an address, a brother "killed"
by his mother over a thrown controller, a keeper who "killed" the team, exam
nerves, a dance show without phones, with ordinary notes on scores, a video
call and a quiz.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 67, and the written rows): rules and
second opinion 99.2 % recall (119 of 120: disclosures 11/12, every other kind
complete; by language en 20/20, de 20/20, fr 20/20, it 19/20, es 20/20, pl
20/20) and 13 false holds in 90 (14.4 %); rules alone 83.3 % (100 of 120:
meeting 14/18, private contact 11/12, gift offers 3/6, secrecy 9/12, isolation
4/6, disclosures 6/12, violence 5/6, every other kind complete; by language en
16/20, de 17/20, fr 15/20, it 16/20, es 17/20, pl 19/20) and 8 false holds
(8.9 %). Missed with the second opinion too: bruises said not to be from
football, a father who pushed the child against the radiator after a defeat
when he had been drinking (Italian). Missed by the rules alone besides: private
keeper sessions behind a leisure centre, "no need to bring your dad"; a
twenty-year-old's flat near the school while his flatmates are out; boots, a
kimono or shoes with V-Bucks, a gift card or a top-up waiting in the coach's
car, to be fetched alone; teammates said to be jealous, parents who know
nothing of sport, "I'm the only one who sees"; the same bruises in German; a
scout leader who keeps the child behind to pack the tents and touches it,
"nobody will believe you" (German, Italian, Spanish, Polish); a bat at the bus
stop for telling the referee; a talent scout's trial with a lift and the
parents not told; a Roblox moderator's park, "just you and me"; chess moved to
WhatsApp on another number; messages deleted for fear of the guild's or the
clan's leaders, "our thing"; what is said in the car staying between us, with a
cover for the mother. Held by the rules and the second opinion: "I want to die
lol" after a lost match, with a rematch proposed (six languages, as
self-harm); a Minecraft server's rule never to share an address (English, as a
personal question); a dance show where only the school takes photos (French,
as a photo request). Held by the second opinion alone besides: a Fortnite tip
to build and heal at 1 HP (German, French), a scout camp's kit list with "no
knives" (German) and the server's rules in German and French.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "your saves at the U12 tournament were class 🧤 i do private keeper sessions, free for "
            "you. rec ground behind the leisure centre sunday 8am. no need to bring your dad, "
            "parents on the touchline just put keepers off",
            "gg last night, ur the best healer in our squad fr. im 20 and live like 10 min from "
            "ur school, come round mine friday after 4 and we'll grind ranked on my pc. flatmates "
            "r out till late",
            "I scout for a Championship academy and I've had my eye on you since March. Trial is "
            "Saturday at 10, I'll pick you up myself from the Tesco car park. Come on your own, "
            "these things are never discussed in front of parents at the first stage.",
        ],
        "photo_request": [
            "For squad selection I need to see your body shape properly. Send me a photo in your "
            "costume from the front and the side, taken in your bedroom, not the poolside ones "
            "your mum takes. Just between us and the selectors.",
            "tip for the dance audition 💃 send me a vid of ur splits with nothing on but ur "
            "underwear so i can check ur lines, leotards hide too much. ill delete it after",
        ],
        "private_contact": [
            "the mods on this server read everything so add me on snap instead: dan_coach_fc. "
            "dont mention it in the team chat",
            "As your chess mentor I'd rather we go through your games on Telegram, it's more "
            "private there. Set up an account your parents won't see and message @knight_f3 from "
            "it tonight.",
        ],
        "gift_offer": [
            "you were the best player on the pitch sunday so I've got you the new Predators, size "
            "5 😉 and 2,000 V-Bucks on top. they're in my car after training thursday, come and "
            "get them on your own, the rest of the lads would only be jealous",
        ],
        "personal_question": [
            "As your trainer there are a few things I need to know: how much do you weigh now, "
            "have your periods started, and do you sleep in a room by yourself?",
            "ur in the 10s team right? how old r u irl, what road do u live on and r ur parents "
            "in at weekends or do u get the house to urself 👀",
        ],
        "secrecy": [
            "What we talk about in the car after training stays in the car, ok? If your mum asks "
            "why you're late just say practice ran over. Mr Hughes doesn't need to hear about it "
            "either.",
            "delete our dms once uve read them. if the clan leaders see them theyll kick u out "
            "and me too, so it has to stay our thing",
        ],
        "isolation": [
            "Your teammates never pass to you because they're jealous. Stop hanging round with "
            "them, and don't listen to your parents about football either, they'll only hold you "
            "back. I'm the only one who sees how good you really are.",
        ],
        "self_harm": [
            "got dropped from the squad again and my dad wont even look at me. whats the point of "
            "me anymore. ive been saving mums sleeping tablets and after the cup final on the "
            "14th im taking all of them",
            "miss i keep cutting the tops of my legs where my swimsuit covers it so coach cant "
            "see. 3 times this week and it's getting deeper",
        ],
        "disclosure": [
            "the bruises on my arm aren't from rugby like i told you. my dad does it when we lose "
            "and he's had a drink. on saturday he threw me into the radiator and said i'd fallen",
            "our scout leader always makes me stay behind to help pack the tents and then he "
            "touches me. he says nobody would ever believe me over him. it happened again at camp "
            "on friday night",
        ],
        "violence": [
            "u grassed me up to the ref so monday after school me and my brother will be at the "
            "bus stop with a bat. ur not walking home in one piece",
        ],
        "phone": [
            "the number on the club poster is the office, this is my own mobile. text me here not "
            "in the group: 07843 219 665. whatsapp after 10 is best",
        ],
        "contact": [
            "Post the signed shirt to my place rather than the club: 14 Elm Grove, Sale M33 7JT, "
            "or email gaz.coach74@hotmail.co.uk. Keep that between us, ok?",
        ],
    },
    "de": {
        "meeting": [
            "Hab dich beim E-Jugend-Turnier gesehen, starker linker Fuß! ⚽ Ich sichte für ein NLZ "
            "aus der 2. Liga. Probetraining Samstag 10 Uhr, ich hol dich selbst am "
            "Edeka-Parkplatz ab. Die Eltern brauchen wir beim ersten Mal noch nicht, das regeln "
            "wir später.",
            "bin 19 und wohn voll bei dir in der nähe. komm doch freitag nach der schule zu mir "
            "zocken, hab die ps5 und das neue fifa. meine mitbewohner sind bis 8 weg 😎",
            "Als dein Schwimmtrainer biete ich dir Einzeltraining an, kostet nix. Sonntag um 7, "
            "bevor das Hallenbad aufmacht, ich hab ja den Schlüssel. Komm allein, mit Zuschauern "
            "bringt das nichts.",
        ],
        "photo_request": [
            "Für die Kaderliste brauch ich ein Bild von dir im Badeanzug, einmal von vorn und "
            "einmal seitlich, am besten bei dir im Zimmer. Nicht die vom Wettkampf, die sind zu "
            "unscharf.",
            "schick mir mal n video von deinem spagat, aber ohne trikot, nur in unterwäsche, dann "
            "seh ich die haltung besser 🤸‍♀️ lösch ichs danach sofort",
        ],
        "private_contact": [
            "die mods lesen hier eh alles mit. schreib mir lieber auf snap: tobi_coach09, aber im "
            "gildenchat sagst du davon nix",
            "Die Partien können wir besser über Telegram durchgehen, da ist es privater. Mach dir "
            "ein Konto, von dem deine Eltern nichts wissen, und schreib heute Abend @springer_e5 "
            "an.",
        ],
        "gift_offer": [
            "warst gestern gegen Eintracht die beste auf dem platz, hab dir dafür die neuen "
            "Adidas-Schuhe besorgt, größe 37 🎁 und 50€ psn-guthaben obendrauf. liegen in meinem "
            "auto, hol sie dir donnerstag nach dem training ab, aber allein, die anderen wären "
            "nur neidisch",
        ],
        "personal_question": [
            "Als deine Trainerin muss ich das wissen: wie viel wiegst du jetzt genau, hast du "
            "schon deine Tage und hast du ein eigenes Zimmer, in dem du allein schläfst?",
            "wie alt bist du eig in echt? und in welcher straße wohnst du, sind deine eltern am "
            "wochenende da oder hast du sturmfrei? 👀",
        ],
        "secrecy": [
            "Was wir nach dem Training im Auto reden, bleibt unter uns, ja? Wenn deine Mama "
            "fragt, warum du später kommst, sag einfach, es hat länger gedauert. Herr Becker muss "
            "das auch nicht wissen.",
            "lösch unseren chat wenn dus gelesen hast. wenn das jemand sieht fliegen wir beide "
            "aus der gilde, also bleibt das unser ding",
        ],
        "isolation": [
            "Die aus deiner Mannschaft spielen dir nie den Ball zu, weil sie neidisch sind. Hör "
            "auf, mit denen rumzuhängen, und auf deine Eltern musst du auch nicht hören, die "
            "verstehen nix vom Sport. Nur ich seh, was in dir steckt.",
        ],
        "self_harm": [
            "bin schon wieder nicht in der startelf und papa redet kein wort mehr mit mir. hat "
            "alles keinen sinn mehr. hab mamas schlaftabletten gesammelt, nach dem pokalfinale am "
            "14. nehm ich alle",
            "ich ritz mich jetzt an den oberschenkeln wo der badeanzug drüber ist, damit die "
            "trainerin nix sieht. diese woche 3 mal und immer tiefer",
        ],
        "disclosure": [
            "die blauen flecken sind nicht vom handball wie ich gesagt hab. mein vater macht das "
            "wenn wir verlieren und er was getrunken hat. samstag hat er mich gegen die heizung "
            "geschubst",
            "unser pfadfinderleiter sagt immer ich soll nach der gruppenstunde bleiben und beim "
            "aufräumen helfen und dann fasst er mich an. er sagt mir glaubt eh keiner. letzten "
            "freitag im zeltlager wieder",
        ],
        "violence": [
            "du hast mich beim schiri verpetzt. montag nach der schule warten ich und mein bruder "
            "an der bushaltestelle mit nem baseballschläger, du kommst nicht heil heim",
        ],
        "phone": [
            "die nummer auf dem vereinsflyer ist die geschäftsstelle, das hier ist mein privates "
            "handy, schreib mir da und nicht in die gruppe: 0171 4839267. am besten nach 22 uhr",
        ],
        "contact": [
            "Das signierte Trikot schick ich dir lieber nicht über den Verein. Gib mir deine "
            "Adresse oder komm vorbei: Lindenstraße 12, 50674 Köln. Oder schreib an "
            "mike.trainer77@gmx.de, das bleibt unter uns.",
        ],
    },
    "fr": {
        "meeting": [
            "slt t'as trop bien joué au tournoi U13 samedi 🔥 je bosse pour un centre de formation "
            "de Ligue 2, je peux te faire passer un essai. rdv mercredi 14h devant le Décathlon, "
            "je t'emmène en voiture. pas la peine de prévenir tes parents pour l'instant, on "
            "verra après si t'es pris",
            "Pour ton solo de piano au concert du 21 juin, je te propose des cours en plus chez "
            "moi, gratuits. Le jeudi à 17h30, ma femme travaille tard donc on sera tranquilles. "
            "Viens seule, c'est plus concentré.",
            "jsuis modo sur le serveur Roblox et jhabite à Villeurbanne aussi mdr. on se capte "
            "samedi au parc de la Feyssine vers 15h, juste toi et moi, je te file les robux en "
            "vrai",
        ],
        "photo_request": [
            "Pour le dossier de sélection en gym, il me faut des photos de toi en justaucorps, de "
            "face et de dos, prises dans ta chambre. Celles de la compét ne vont pas. Envoie-les "
            "directement sur mon portable.",
            "ton grand écart est presque parfait 😍 fais moi une vidéo en brassière et culotte "
            "sans le short de danse, que je voie bien les hanches. promis je supprime",
        ],
        "private_contact": [
            "sur le discord du club les admins lisent tout donc ajoute moi sur insta en privé "
            "plutôt : @coach_yanis_93. tu le dis pas aux autres du groupe",
            "Je préfère qu'on continue à analyser tes parties d'échecs sur WhatsApp plutôt "
            "qu'ici. Crée un compte avec un autre numéro, tes parents n'ont pas besoin de lire "
            "nos échanges.",
        ],
        "gift_offer": [
            "t'as été la meilleure au judo cette saison donc je t'ai acheté un kimono neuf et une "
            "carte cadeau de 50 € 🎁 je te les donne après l'entraînement vendredi dans ma "
            "voiture, viens seule, les autres seraient jaloux",
        ],
        "personal_question": [
            "Pour la pesée avant le championnat je dois tout savoir : tu fais combien de kilos, "
            "tu as déjà tes règles, et tu dors seule dans ta chambre ou avec ta sœur ?",
            "t'as quel âge en vrai ? tu vis dans quelle rue et tes parents ils bossent le samedi "
            "ou t'es seul à la maison ? 👀 c pour savoir quand on peut jouer",
        ],
        "secrecy": [
            "Ce qu'on se dit pendant les trajets en voiture, ça reste entre nous. Si ta mère "
            "demande pourquoi tu rentres tard, dis que l'entraînement a fini plus tard. M. Girard "
            "n'a pas à le savoir non plus.",
            "efface nos mp après les avoir lus stp. si les chefs de la guilde les voient on se "
            "fait ban tous les deux, c'est notre truc à nous",
        ],
        "isolation": [
            "Tes copines de l'équipe font exprès de ne jamais te passer le ballon, elles sont "
            "jalouses. Arrête de traîner avec elles, et tes parents n'y connaissent rien au hand. "
            "Moi seul je vois ce que tu vaux.",
        ],
        "self_harm": [
            "encore pas sélectionnée pour les régionaux et mon père me parle plus. je sers à "
            "rien. j'ai mis de côté les cachets de ma mère, après la compét du 14 je les prends "
            "tous",
            "madame je me coupe en haut des cuisses là où le maillot cache, pour que le coach "
            "voie pas. 3 fois cette semaine et de plus en plus profond",
        ],
        "disclosure": [
            "les bleus c pas le rugby comme j'ai dit. c mon beau-père quand on perd et qu'il a "
            "bu. dimanche il m'a poussé contre le radiateur et il a dit à ma mère que j'étais "
            "tombé",
            "le chef des louveteaux me demande toujours de rester ranger le matériel et après il "
            "me touche. il dit que personne me croira. c'est encore arrivé au camp vendredi soir",
        ],
        "violence": [
            "tu m'as balancé à l'arbitre. lundi après les cours moi et mon grand frère on "
            "t'attend à l'arrêt de bus avec une batte, tu rentreras pas entier",
        ],
        "phone": [
            "le numéro sur l'affiche du club c'est le secrétariat. le mien perso c'est le 06 47 "
            "23 91 58, écris moi là plutôt que dans le groupe, après 22h c mieux",
        ],
        "contact": [
            "Je préfère t'envoyer le maillot dédicacé chez moi plutôt qu'au club, passe le "
            "chercher : 8 rue des Tilleuls, 69100 Villeurbanne, 3e étage. Ou écris-moi sur "
            "fred.entraineur69@orange.fr, entre nous.",
        ],
    },
    "it": {
        "meeting": [
            "ciao! ti ho vista alla partita di pallavolo under 14, hai un gran bagher 🏐 sono un "
            "osservatore per una squadra di serie B. provino sabato alle 10, ti passo a prendere "
            "io al parcheggio della Coop. i genitori per ora lasciali fuori, poi gli parlo io",
            "Per il saggio di chitarra del 6 giugno posso darti qualche lezione in più a casa "
            "mia, gratis. Martedì alle 18, mia moglie è al lavoro fino alle 21 quindi siamo "
            "tranquilli. Vieni da sola che ci concentriamo meglio.",
            "raga io ho 21 anni e abito a 5 min dalla tua scuola. vieni da me venerdi dopo la "
            "scuola a giocare a fortnite sulla mia ps5, i miei coinquilini non ci sono fino a "
            "stasera tardi 😎",
        ],
        "photo_request": [
            "Per la scheda di selezione in nuoto mi servono foto tue in costume, davanti e di "
            "fianco, fatte in camera tua. Quelle della gara non vanno bene. Mandale sul mio "
            "numero, non nel gruppo.",
            "la tua spaccata è quasi perfetta 😍 fammi un video solo in reggiseno e mutandine, "
            "senza body, così vedo bene le linee. poi lo cancello giuro",
        ],
        "private_contact": [
            "su questo server i mod leggono tutto, aggiungimi su snap piuttosto: mister_luca_07. "
            "nella chat della squadra non dirlo a nessuno",
            "Preferisco che continuiamo ad analizzare le tue partite di scacchi su Telegram, è "
            "più riservato. Fatti un account che i tuoi non conoscono e scrivimi stasera a "
            "@cavallo_f6.",
        ],
        "gift_offer": [
            "sei stato il migliore in campo domenica, ti ho preso le scarpe nuove, le Mercurial "
            "numero 38 🎁 e una ricarica da 50 euro per la play. sono nella mia macchina, vieni a "
            "prenderle giovedì dopo l'allenamento ma da solo, gli altri sarebbero gelosi",
        ],
        "personal_question": [
            "Come tua allenatrice devo saperlo: quanto pesi adesso di preciso, ti è già venuto il "
            "ciclo e dormi da sola in camera tua?",
            "ma quanti anni hai davvero? in che via abiti e i tuoi il sabato lavorano o sei da "
            "solo a casa? 👀 così so quando possiamo giocare",
        ],
        "secrecy": [
            "Quello che ci diciamo in macchina dopo l'allenamento resta tra noi, ok? Se tua mamma "
            "chiede perché arrivi tardi, dille che l'allenamento è finito più tardi. Il prof. "
            "Rossi non deve saperlo.",
            "cancella la nostra chat dopo che l'hai letta. se i capi del clan la vedono ci "
            "bannano tutti e due, deve restare una cosa nostra",
        ],
        "isolation": [
            "Le tue compagne di squadra non ti passano mai la palla perché sono invidiose. "
            "Smettila di uscire con loro, e i tuoi genitori di pallavolo non capiscono niente. "
            "Solo io vedo quanto vali davvero.",
        ],
        "self_harm": [
            "di nuovo fuori dalla formazione e mio padre non mi rivolge più la parola. non servo "
            "a niente. ho messo da parte le pastiglie per dormire di mia madre, dopo la finale "
            "del 14 le prendo tutte",
            "prof mi taglio sulle cosce dove il costume copre, così l'allenatore non vede. 3 "
            "volte questa settimana e sempre più a fondo",
        ],
        "disclosure": [
            "i lividi non sono del calcio come ho detto. è mio padre quando perdiamo e ha bevuto. "
            "sabato mi ha spinto contro il termosifone e a mia madre ha detto che ero caduto",
            "il capo reparto degli scout mi fa sempre restare a sistemare le tende e poi mi "
            "tocca. dice che tanto nessuno mi crederebbe. è successo di nuovo all'uscita di "
            "venerdì sera",
        ],
        "violence": [
            "hai fatto la spia con l'arbitro. lunedì dopo scuola io e mio fratello ti aspettiamo "
            "alla fermata del bus con la mazza, a casa intero non ci torni",
        ],
        "phone": [
            "il numero sul volantino della società è la segreteria, questo è il mio cellulare: "
            "347 582 9164. scrivimi lì e non nel gruppo, meglio dopo le 22",
        ],
        "contact": [
            "La maglia autografata te la do a casa mia, non alla società: via Garibaldi 27, 10122 "
            "Torino, citofono Bianchi. Oppure scrivimi a paolo.mister75@libero.it, ma resta tra "
            "noi.",
        ],
    },
    "es": {
        "meeting": [
            "oye te vi en el torneo alevín del finde, vaya zurda tienes ⚽ trabajo de ojeador para "
            "la cantera de un club de Segunda. prueba el sábado a las 10, te recojo yo en el "
            "parking del Mercadona. a tus padres de momento no les digas nada, ya hablo yo con "
            "ellos si te cogen",
            "Para el festival de baile del 21 de junio puedo darte clases extra en mi casa, "
            "gratis. Los jueves a las 18:00, mi mujer trabaja hasta tarde así que estaremos "
            "tranquilos. Ven sola, te concentrarás mejor.",
            "tengo 20 años y vivo al lado de tu insti jaja. vente el viernes después de clase a "
            "mi piso a jugar al fifa en la ps5, mis compis de piso no vuelven hasta las 9 😎",
        ],
        "photo_request": [
            "Para la ficha de selección de natación necesito fotos tuyas en bañador, de frente y "
            "de lado, hechas en tu habitación. Las de la competi no me sirven. Mándamelas a mi "
            "móvil, no al grupo.",
            "tu spagat está casi perfecto 😍 grábate un vídeo solo con sujetador y braguitas, sin "
            "el maillot, así veo bien las caderas. luego lo borro te lo juro",
        ],
        "private_contact": [
            "en el discord del club los admins lo leen todo, mejor agrégame a insta por privado: "
            "@mister_javi_10. no lo digas en el grupo del equipo",
            "Prefiero que sigamos analizando tus partidas de ajedrez por Telegram, es más "
            "privado. Hazte una cuenta que no conozcan tus padres y escríbeme esta noche a "
            "@caballo_f3.",
        ],
        "gift_offer": [
            "fuiste la mejor del partido del domingo así que te he comprado las botas nuevas, "
            "talla 37 🎁 y una tarjeta de 50 € para la play. están en mi coche, ven a por ellas el "
            "jueves después del entreno pero sola, las demás se pondrían celosas",
        ],
        "personal_question": [
            "Como tu entrenador tengo que saberlo: ¿cuánto pesas ahora exactamente, te ha bajado "
            "ya la regla y duermes sola en tu cuarto?",
            "cuantos años tienes de verdad? en que calle vives y tus padres trabajan los sabados "
            "o te quedas solo en casa? 👀 es para saber cuando podemos jugar",
        ],
        "secrecy": [
            "Lo que hablamos en el coche después del entreno se queda entre nosotros, ¿vale? Si "
            "tu madre pregunta por qué llegas tarde, dile que el entreno se alargó. El profe "
            "Martínez tampoco tiene que saberlo.",
            "borra nuestros mds cuando los leas. si los líderes del clan los ven nos banean a los "
            "dos, esto es cosa nuestra",
        ],
        "isolation": [
            "Tus compañeras del equipo nunca te pasan el balón porque te tienen envidia. Deja de "
            "ir con ellas, y tus padres no tienen ni idea de baloncesto. Solo yo veo lo que vales "
            "de verdad.",
        ],
        "self_harm": [
            "otra vez no me convocan y mi padre ya ni me habla. no valgo para nada. he ido "
            "guardando las pastillas para dormir de mi madre y después de la final del 14 me las "
            "tomo todas",
            "profe me corto en los muslos donde tapa el bañador para que el entrenador no lo vea. "
            "3 veces esta semana y cada vez más hondo",
        ],
        "disclosure": [
            "los moratones no son del rugby como dije. es mi padrastro cuando perdemos y ha "
            "bebido. el sábado me empujó contra el radiador y a mi madre le dijo que me había "
            "caído",
            "el monitor de los scouts siempre me pide que me quede a recoger las tiendas y luego "
            "me toca. dice que nadie me va a creer. volvió a pasar en el campamento el viernes "
            "por la noche",
        ],
        "violence": [
            "te chivaste al árbitro. el lunes después de clase mi hermano y yo te esperamos en la "
            "parada del bus con un bate, a casa no llegas entero",
        ],
        "phone": [
            "el número del cartel del club es el de la oficina, este es mi móvil: 612 48 37 95. "
            "escríbeme aquí y no en el grupo, mejor después de las 22h",
        ],
        "contact": [
            "La camiseta firmada te la doy en mi casa, no en el club: calle Alcalá 214, 4º B, "
            "28028 Madrid. O escríbeme a javi.entrenador82@hotmail.es, pero que quede entre "
            "nosotros.",
        ],
    },
    "pl": {
        "meeting": [
            "siema, widziałem cię na turnieju orlików w sobotę, masz mocną lewą nogę ⚽ jestem "
            "skautem akademii z Ekstraklasy. testy w sobotę o 10, odbiorę cię sam spod Biedronki. "
            "rodzicom na razie nic nie mów, pogadam z nimi jak się dostaniesz",
            "Przed koncertem 6 czerwca mogę dać Ci dodatkowe lekcje gitary u mnie w domu, za "
            "darmo. We wtorki o 18, żona wraca z pracy dopiero o 21, więc będzie spokój. Przyjdź "
            "sama, lepiej się skupisz.",
            "mam 20 lat i mieszkam 5 min od twojej szkoły xd wpadnij w piątek po lekcjach do mnie "
            "pograć w fifę na ps5, współlokatorów nie ma do wieczora 😎",
        ],
        "photo_request": [
            "Do karty kadry potrzebuję Twoich zdjęć w stroju kąpielowym, z przodu i z boku, "
            "zrobionych w Twoim pokoju. Te z zawodów się nie nadają. Wyślij mi na prywatny numer, "
            "nie na grupę.",
            "twój szpagat jest prawie idealny 😍 nagraj mi filmik tylko w staniku i majtkach, bez "
            "body, żebym dobrze widział biodra. potem usunę obiecuję",
        ],
        "private_contact": [
            "na serwerze klubu adminy czytają wszystko, dodaj mnie lepiej na snapie: "
            "trener_kuba_11. na czacie drużyny nic nie mów",
            "Wolę, żebyśmy dalej analizowali Twoje partie szachowe na Telegramie, tam jest "
            "bardziej prywatnie. Załóż konto, o którym rodzice nie wiedzą, i napisz dziś "
            "wieczorem do @skoczek_f6.",
        ],
        "gift_offer": [
            "byłaś najlepsza w niedzielnym meczu, więc kupiłem ci nowe korki, rozmiar 37 🎁 i "
            "doładowanie 200 zł na psn. leżą u mnie w aucie, odbierz je w czwartek po treningu, "
            "ale sama, reszta by była zazdrosna",
        ],
        "personal_question": [
            "Jako Twoja trenerka muszę wiedzieć: ile dokładnie teraz ważysz, czy masz już okres i "
            "czy śpisz sama w swoim pokoju?",
            "ile masz lat naprawde? na jakiej ulicy mieszkasz i czy starzy pracuja w soboty czy "
            "masz wolna chate? 👀 zebym wiedzial kiedy mozemy grac",
        ],
        "secrecy": [
            "To, o czym gadamy w aucie po treningu, zostaje między nami, dobra? Jak mama zapyta, "
            "czemu późno wracasz, powiedz, że trening się przedłużył. Pan Nowak też nie musi "
            "wiedzieć.",
            "usuń naszą rozmowę jak przeczytasz. jak liderzy klanu to zobaczą to nas oboje "
            "zbanują, to ma zostać nasza sprawa",
        ],
        "isolation": [
            "Dziewczyny z drużyny nigdy ci nie podają, bo ci zazdroszczą. Przestań się z nimi "
            "spotykać, a rodzice i tak nie znają się na siatkówce. Tylko ja widzę, ile jesteś "
            "naprawdę warta.",
        ],
        "self_harm": [
            "znowu nie ma mnie w składzie a tata w ogóle się do mnie nie odzywa. jestem do "
            "niczego. odkładam mamy tabletki nasenne i po finale 14 biorę wszystkie naraz",
            "prosze pani tne sie po udach tam gdzie zaslania stroj zeby trener nie widzial. 3 "
            "razy w tym tygodniu i coraz glebiej",
        ],
        "disclosure": [
            "te siniaki to nie z piłki ręcznej jak mówiłem. to ojczym jak przegramy i wypije. w "
            "sobotę pchnął mnie na kaloryfer a mamie powiedział że się przewróciłem",
            "druh drużynowy zawsze każe mi zostać i pomóc zwijać namioty a potem mnie dotyka. "
            "mówi że i tak nikt mi nie uwierzy. znowu było na biwaku w piątek wieczorem",
        ],
        "violence": [
            "nakablowałeś na mnie sędziemu. w poniedziałek po lekcjach czekam z bratem na "
            "przystanku z kijem bejsbolowym, do domu w całości nie wrócisz",
        ],
        "phone": [
            "numer z plakatu klubu to sekretariat, a to mój prywatny: 512 738 204. pisz tu a nie "
            "na grupie, najlepiej po 22",
        ],
        "contact": [
            "Koszulkę z autografem dam Ci u mnie w domu, nie w klubie: ul. Lipowa 15/4, 30-415 "
            "Kraków. Albo pisz na marek.trener80@wp.pl, tylko niech to zostanie między nami.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "U13 training moved: meet at the pitch behind the sports centre Saturday 9am, parents "
        "please collect at 11 sharp.",
        "we got absolutely destroyed 6-0 😭 i wanna die lol. rematch next week?",
        "Fortnite tip: when someone's got you down to 1 HP just build and heal, don't try to "
        "shoot back.",
        "in Among Us last night i killed everyone in electrical and nobody suspected me 😂😂",
        "Chess club: the Englund Gambit trap is our secret weapon, don't tell the other school "
        "before the match on 12 March!",
        "Coach says bring your kit on Friday, the club photographer is taking the team photo for "
        "the poster. Consent forms to Mrs Evans please.",
        "Swimming gala Sunday 14th: costume, goggles, towel and £3 for the tuck shop. Warm-up "
        "8:15, Mr Green drives the minibus from school at 7:30.",
        "Scout camp kit list: sleeping bag, torch, mug, rain jacket. No knives, no phones after "
        "lights out. The leaders' mobile numbers are on the letter that went home.",
        "Minecraft server rules: no griefing, no swearing, and never share your address or real "
        "name in chat. Mods WILL ban you.",
        "my little brother lost at FIFA and threw the controller across the room, my mum is gonna "
        "kill him 💀",
        "Piano exam Tuesday 4:30, so nervous I could throw up. Grade 3 scales are killing me",
        "Dance show 20 June, 7pm, tickets £5. Only the school photographer takes pictures, please "
        "no phones during the show.",
        "Can the Madrid class send their scores from the penalty shoot-out game so we can put "
        "them in the table?",
        "The video call with the Kraków school is Thursday at 13:00 our time.",
        "Well done everyone on the football quiz, 87 points in total! 🏆",
    ],
    "de": [
        "Training der D-Jugend verlegt: Samstag 9 Uhr auf dem Kunstrasen hinter der Sporthalle, "
        "Eltern bitte um 11 abholen.",
        "wir haben 0:7 verloren 😭 ich will sterben lol. revanche nächste woche?",
        "In Fortnite einfach bauen und heilen wenn du nur noch 1 HP hast, nicht zurückschießen!",
        "hab gestern bei Among Us alle in der Elektrik gekillt und keiner hat mich verdächtigt 😂",
        "Schach-AG: die Falle im Englund-Gambit ist unsere Geheimwaffe, nicht der anderen Schule "
        "verraten vor dem Turnier am 12.3.!",
        "Der Trainer sagt, bringt am Freitag euer Trikot mit, der Vereinsfotograf macht das "
        "Mannschaftsfoto fürs Plakat. Einverständniserklärungen bitte an Frau Schulz.",
        "Schwimmfest Sonntag, 14.: Badezeug, Brille, Handtuch und 3 € für den Kiosk. Einschwimmen "
        "8:15, Herr Grün fährt den Bus um 7:30 ab Schule.",
        "Packliste Zeltlager: Schlafsack, Taschenlampe, Tasse, Regenjacke. Keine Messer, kein "
        "Handy nach der Nachtruhe. Die Handynummern der Leiter stehen im Elternbrief.",
        "Regeln auf dem Minecraft-Server: kein Griefing, keine Beleidigungen und niemals Adresse "
        "oder echten Namen im Chat posten. Die Mods bannen euch sonst.",
        "mein kleiner bruder hat bei fifa verloren und den controller durchs zimmer geworfen, "
        "mama bringt ihn um 💀",
        "Klavierprüfung am Dienstag um 16:30, ich bin so nervös dass mir schlecht ist",
        "Tanzaufführung am 20. Juni um 19 Uhr, Eintritt 5 €. Fotos macht nur die Schule, bitte "
        "keine Handys während der Show.",
        "Kann die Klasse aus Madrid ihre Ergebnisse vom Elfmeterschießen-Spiel schicken? Dann "
        "tragen wir sie in die Tabelle ein.",
        "Die Videokonferenz mit der Schule in Krakau ist am Donnerstag um 13 Uhr.",
        "Super gemacht beim Fußball-Quiz, insgesamt 87 Punkte! 🏆",
    ],
    "fr": [
        "Entraînement des U11 déplacé : samedi 9h au stade derrière le gymnase, les parents "
        "récupèrent les enfants à 11h.",
        "on s'est fait éclater 7-0 😭 jveux mourir mdr. revanche la semaine pro ?",
        "astuce Fortnite : quand t'es à 1 PV tu construis et tu te soignes, tu tires pas !",
        "hier sur Among Us j'ai tué tout le monde dans la salle électrique et personne m'a "
        "soupçonné 😂",
        "Club d'échecs : le piège du gambit Englund c'est notre arme secrète, on le dit pas à "
        "l'autre collège avant le match du 12 mars !",
        "Le coach dit d'apporter votre maillot vendredi, le photographe du club fait la photo "
        "d'équipe pour l'affiche. Autorisations à rendre à Mme Petit.",
        "Gala de natation dimanche 14 : maillot, lunettes, serviette et 3 € pour la buvette. "
        "Échauffement 8h15, le car part du collège à 7h30 avec M. Lefèvre.",
        "Liste pour le camp scout : sac de couchage, lampe, gobelet, K-way. Pas de couteau, pas "
        "de portable après l'extinction des feux. Les numéros des chefs sont sur le mot aux "
        "parents.",
        "Règles du serveur Minecraft : pas de grief, pas d'insultes, et on ne donne JAMAIS son "
        "adresse ou son vrai nom dans le chat. Sinon ban.",
        "mon petit frère a perdu à FIFA et il a jeté la manette à travers la chambre, ma mère va "
        "le tuer 💀",
        "Examen de violon mardi à 16h30 au conservatoire, j'ai tellement le trac que je vais vomir",
        "Spectacle de danse le 20 juin à 19h, entrée 5 €. Seule l'école prend des photos, pas de "
        "portables pendant le spectacle svp.",
        "La classe de Madrid peut envoyer ses scores du jeu des tirs au but pour qu'on les mette "
        "dans le tableau ?",
        "L'appel vidéo avec l'école de Cracovie est jeudi à 13h.",
        "Bravo à tous pour le quiz sur le foot, 87 points au total ! 🏆",
    ],
    "it": [
        "Allenamento under 12 spostato: sabato alle 9 al campo dietro la palestra, i genitori "
        "vengono a prendere i ragazzi alle 11.",
        "abbiamo perso 6-0 😭 voglio morire ahah. rivincita settimana prossima?",
        "Uscita di reparto sabato 14: sacco a pelo, torcia, gavetta, k-way. Niente coltellini e "
        "niente cellulari dopo il silenzio. I numeri dei capi sono nella lettera ai genitori.",
        "ieri su Among Us ho ucciso tutti in elettrico e nessuno ha sospettato di me 😂",
        "Torneo di scacchi: la trappola del gambetto Englund è la nostra arma segreta, non ditelo "
        "all'altra scuola prima del 12 marzo!",
        "Il mister dice di portare la divisa venerdì, il fotografo della società fa la foto di "
        "squadra per il manifesto. Le liberatorie firmate vanno alla prof.ssa Conti.",
        "Gara di nuoto domenica 14: costume, occhialini, accappatoio e 3 € per il bar. "
        "Riscaldamento alle 8:15, il pulmino parte da scuola alle 7:30.",
        "il portiere dell'altra squadra ci ha massacrati, ha parato tutto. lo odio 😤",
        "Regole del server Minecraft: niente grief, niente parolacce e MAI scrivere indirizzo o "
        "nome vero in chat. I mod bannano.",
        "mio fratello piccolo ha perso a FIFA e ha lanciato il joystick, mia mamma lo ammazza 💀",
        "Esame di pianoforte martedì alle 16:30, ho così tanta ansia che mi viene da vomitare",
        "Saggio di danza il 20 giugno alle 19, biglietto 5 €. Le foto le fa solo la scuola, "
        "niente telefoni durante lo spettacolo.",
        "La classe di Madrid può mandarci i punteggi del gioco dei rigori per la tabella?",
        "La videochiamata con la scuola di Cracovia è giovedì alle 13.",
        "Bravi tutti al quiz sul calcio, 87 punti in totale! 🏆",
    ],
    "es": [
        "Entreno de alevines cambiado: sábado a las 9 en el campo detrás del polideportivo, los "
        "padres recogen a las 11.",
        "nos han metido un 6-0 😭 me quiero morir jajaja. revancha la semana que viene?",
        "truco de Fortnite: si te dejan a 1 de vida construye y cúrate, no dispares",
        "ayer en Among Us maté a todos en electricidad y nadie sospechó de mí 😂",
        "Club de ajedrez: la trampa del gambito Englund es nuestra arma secreta, ¡no se lo digáis "
        "al otro cole antes del 12 de marzo!",
        "El entrenador dice que traigáis la equipación el viernes, el fotógrafo del club hace la "
        "foto del equipo para el cartel. Las autorizaciones firmadas a la profe Ruiz.",
        "Competición de natación el domingo 14: bañador, gafas, toalla y 3 € para el bar. "
        "Calentamiento a las 8:15, el autobús sale del cole a las 7:30.",
        "Lista para el campamento scout: saco de dormir, linterna, taza, chubasquero. Nada de "
        "navajas ni móviles después del toque de silencio. Los teléfonos de los monitores están "
        "en la circular.",
        "Normas del servidor de Minecraft: nada de griefing, nada de insultos y NUNCA pongáis "
        "vuestra dirección o nombre real en el chat. Los mods banean.",
        "el portero del otro equipo nos ha matado, lo paraba todo. lo odio 😤",
        "Examen de violín el martes a las 16:30, tengo tantos nervios que voy a vomitar",
        "Festival de baile el 20 de junio a las 19:00, entrada 5 €. Solo el cole hace fotos, nada "
        "de móviles durante la actuación.",
        "¿La clase de Lyon puede mandarnos sus puntos del juego de penaltis para la tabla?",
        "La videollamada con el cole de Cracovia es el jueves a las 13:00.",
        "¡Bien hecho todos en el quiz de fútbol, 87 puntos en total! 🏆",
    ],
    "pl": [
        "Trening orlików przeniesiony: sobota 9:00 na boisku za halą, rodzice odbierają o 11.",
        "dostaliśmy 0:6 😭 chce umrzeć xd. rewanż za tydzień?",
        "tip do Fortnite: jak masz 1 HP to buduj i się lecz, nie strzelaj",
        "wczoraj w Among Us zabiłem wszystkich w elektryce i nikt mnie nie podejrzewał 😂",
        "Kółko szachowe: pułapka z gambitu Englunda to nasza tajna broń, nie mówcie drugiej "
        "szkole przed meczem 12 marca!",
        "Trener mówi, żeby przynieść stroje w piątek, fotograf klubu robi zdjęcie drużyny na "
        "plakat. Zgody podpisane przez rodziców do pani Wiśniewskiej.",
        "Zawody pływackie w niedzielę 14.: strój, okularki, ręcznik i 10 zł na bufet. Rozgrzewka "
        "8:15, autokar spod szkoły o 7:30.",
        "Lista na obóz harcerski: śpiwór, latarka, kubek, peleryna. Bez scyzoryków i bez "
        "telefonów po ciszy nocnej. Numery do drużynowych są w liście do rodziców.",
        "Zasady serwera Minecraft: zero griefowania, zero wyzwisk i NIGDY nie podawajcie adresu "
        "ani prawdziwego imienia na czacie. Mody banują.",
        "bramkarz tamtych nas zabił, wszystko bronił. nienawidzę go 😤",
        "Egzamin z fortepianu we wtorek o 16:30, tak się stresuję że zaraz zwymiotuję",
        "Pokaz tańca 20 czerwca o 19:00, bilety 10 zł. Zdjęcia robi tylko szkoła, bez telefonów "
        "podczas występu.",
        "Czy klasa z Madrytu może przysłać wyniki z gry w rzuty karne do tabeli?",
        "Rozmowa wideo ze szkołą z Lyonu jest w czwartek o 13:00.",
        "Brawo wszyscy za quiz o piłce nożnej, razem 87 punktów! 🏆",
    ],
}
