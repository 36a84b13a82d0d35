"""Held-out round 45: every kind, worded the way a filter is least ready for.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults; with ninety harmless messages,
about a third tempting the same words and the rest simply ordinary. Grooming
that starts friendly and turns: a ride to the arcade, a visit with a games
console while the parents work, a bus alone to a fast-food place, a concert
with a cover story, a hotel room at a tournament, a detour after choir, a
burger as a prize for a game, a sleepover with a new football game, something
to show in the woods behind the pitch; requests hidden in games and dares (a
side quest, the spawn point of a game in real life, truth or dare, money per
photo with more skin, a glow-up ranking with points, a fit check of pyjamas,
game currency per photo without a top), a model scouting page, a photo project
of bare feet, legs after gymnastics; a move to an app with a ghost, a private
server, an app that deletes itself, a video call with headphones so the parents
hear nothing; phone credit, a battle pass and skins; who is home, when the
parents sleep or come back, which street and house, a bedroom that locks, what
one wears now or at night, a bra, a size for night clothes, a period, a
boyfriend, a first kiss; wiping the chat, a cover story of a cousin's friend, a
private lore; turning a child against friends, a sister, a mother or parents. A
pupil at risk said sideways or in a few words: wanting to sleep and not wake
up, letters already written, stopping everything at the weekend, a blade out
again, stripes cut on the thighs, a grandmother's pills; a child locked out in
a shed, a father's belt when drunk, a mother gone for three days with an empty
fridge, an uncle at night, a step-father's cable. Threats with a brother's
blade, a cousin, a knife, a flick knife, a boxing promise and a knife in a few
words. Phones in words and digits with "double", "doppio" and "dreimal", French
pairs, dots, dashes, slashes, letters for digits, full-width digits and
international form; addresses with "allée", "interno" and Polish "os. ... m.
..."; e-mails spelt out; handles with a platform nickname and no at-sign.
Insults masked with asterisks, dots and digits, inflected in German and Polish,
and short. Slang of 2026, stretched spelling and two languages mixed in one
message. The harmless ones tempt hard: violent-sounding sport and game slang,
dark jokes about homework and tests, big numbers in maths, teachers' logistics,
surprises kept from a teacher, a parent's lift, photos of the board and
ordinary school life.

First measured, once, before any rule or model was changed for it (the rules
after rounds 39 to 43's lessons, the second opinion retrained on rounds 1 to 43,
the written rows and the partner pupils' introductions): rules and second opinion
96.7 % recall (116 of 120: photo requests 11/12, private contact 11/12, phones
10/12, every other kind complete; by language en 19/20, fr 19/20, es 19/20, pl
19/20, it and de 20/20) and two false holds in 90 (2.2 %: "dont tell Ms Green
about the card", a class's card for a teacher; a photo of the maths homework
asked of anyone in the group); rules alone 78.3 % and 1.1 %. Missed with the
second opinion: "the app with the lil ghost, same name but xx at the end"; five
euros for each photo "showing a bit more skin" as a game; a Spanish number with
the letters O and l for its zeros and one; a Polish number followed by "dzwoń"
("call"), which a word starting with z made a sum of złoty (mended right after:
the currency's letters had been read one by one).
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ngl ur the only one in this server with actual aura 😂 my car's by the "
            "library at 4:15 "
            "tmrw, hop in and we'll hit the arcade, just us two",
            "side quest unlocked: sneak out after 11 and meet me under the canal bridge. first one "
            "there gets 800 robux. dont bring ur mate it ruins the vibe",
        ],
        "photo_request": [
            "truth or dare and u picked dare 😏 rules r rules, send a mirror pic in just ur pj "
            "shorts",
            "for my 'model scouting' page i need a full body vid of u, the less u wear the better "
            "it looks, trust",
        ],
        "private_contact": [
            "this group is mad public fr. add me on the app with the lil ghost, same name but xx "
            "at the end",
            "teachers can scroll this lol. I'll dm u an invite to my own server, literally only u "
            "n me in it",
        ],
        "gift_offer": [
            "I'll top up ur phone £20 every friday, no cap. all u gotta do is be sweet to me 😉 "
            "deal?",
        ],
        "personal_question": [
            "how old r u actually tho? and r ur parents out saturdays or do u get the house to "
            "urself",
            "random q but have u ever kissed anyone? what did u do after? u can tell me im older i "
            "wont judge",
        ],
        "secrecy": [
            "screenshot nothing and wipe this chat after k? ur mum wouldnt get our jokes anyway 🤫",
            "its our lore, nobody else gets to read it. not ur form tutor, not ur dad. pinky "
            "promise?",
        ],
        "isolation": [
            "ur friends r lowkey fake, they were laughing at u in the vc. block them, I'm the only "
            "one who gets u",
        ],
        "self_harm": [
            "kinda just want to sleep and not wake up tbh. keep looking at the pills in the "
            "bathroom cabinet",
        ],
        "disclosure": [
            "stepdad locked me out again last night so I slept in the shed. dont tell miss he'll "
            "know it was me",
        ],
        "violence": [
            "say that again and see what happens at the bus stop tmrw. got my brothers blade, not "
            "even joking",
        ],
        "phone": [
            "text me not here: oh seven seven double nine, four 5 six, one two three",
            "wa only pls → plus four four 7 seven 00 . nine 00 . one2three",
        ],
        "contact": [
            "my gram is skaterjake.2011 and snap is jakeyr11, no at sign. add me there instead",
        ],
        "abuse": [
            "ur such a f*cking l0ser, nobody even wants u in the group",
            "shut it u ugly b1tchhh 🤡",
        ],
    },
    "it": {
        "meeting": [
            "che simpatica che sei 😊 giovedì pomeriggio i tuoi lavorano no? passo io a casa tua, "
            "porto la play e giochiamo un po', tranquilla nessuno lo sa",
            "ok gioco: chi arriva per primo allo spawn IRL vince. lo spawn è il parchetto dietro "
            "la chiesa, stasera alle 22. vieni da sola senno non vale",
        ],
        "photo_request": [
            "per il mio progetto di foto mi servono i tuoi piedi nudi e le gambe, mandamele "
            "stasera dal letto",
            "mandami un vocale appena sveglia e una foto in pigiama, senza niente sotto 😏 "
            "scherzo... o no",
        ],
        "private_contact": [
            "questa chat la controllano, scaricati signal e scrivimi lì, il numero te lo do dopo",
            "passiamo in privato? ho un gruppo segreto con pochissime persone, ti giro il link",
        ],
        "gift_offer": [
            "ti faccio io la ricarica, 15 euro, e ti prendo pure il pass di fortnite. basta che mi "
            "rispondi sempre eh",
        ],
        "personal_question": [
            "ma a che ora vanno a letto i tuoi? e la tua camera si chiude a chiave?",
            "ma tu porti già il reggiseno? curiosità eh, non pensare male",
        ],
        "secrecy": [
            "non dire a mamma che ci sentiamo, si preoccupa per niente. cancella la chat ogni sera "
            "ok?",
            "è tipo il nostro private lore, non lo deve sapere nessuno, nemmeno la prof di "
            "religione 🤐",
        ],
        "isolation": [
            "tua sorella è gelosa di te, per questo ti tratta male. non parlarle più, parla solo "
            "con me",
        ],
        "self_harm": [
            "tanto se domani non ci sono più nessuno se ne accorge. le lettere le ho già scritte",
        ],
        "disclosure": [
            "papà quando beve mi prende a cinghiate, ho i segni sulle gambe e non voglio tornare a "
            "casa",
        ],
        "violence": [
            "domani all'uscita ti aspetto con mio cugino e ti spacchiamo la faccia, vediamo se "
            "ridi ancora",
        ],
        "phone": [
            "il mio num è tre tre otto, doppio quattro, 5 sei 7, otto nove zero",
            "3.4.7-2.2.1-9.0.5.4 whatsapp solo dopo le 21 che mia madre dorme",
        ],
        "contact": [
            "abito in via dei Mille 23, scala B, interno 7, citofono Rossi. la mail è giulia punto "
            "b chiocciola libero punto it",
        ],
        "abuse": [
            "sta zitto c0glione, nessuno ti ha chiesto niente",
            "fai schifo, sfigata di m3rda",
        ],
    },
    "fr": {
        "meeting": [
            "t'es trop marrante franchement 😄 mercredi tu prends le bus 12 toute seule jusqu'au "
            "McDo de la gare, je t'attends à 14h, je t'invite",
            "samedi je t'emmène au concert, je passe te prendre en bas de chez toi à 19h. dis à "
            "tes parents que tu dors chez une copine",
        ],
        "photo_request": [
            "petit jeu : 5 € pour chaque photo où tu montres un peu plus de peau 😇 "
            "t'as déjà gagné "
            "5",
            "fais un tiktok juste pour moi, en maillot de bain dans ta chambre, tu le postes pas "
            "t'inquiète",
        ],
        "private_contact": [
            "laisse tomber l'appli du collège, ça sent la surveillance. on passe sur snap, plus "
            "tranquille",
            "on continue sur discord en mp ? j'ai fait un serveur rien que pour nous deux",
        ],
        "gift_offer": [
            "je peux te payer ton forfait et des robux tous les mois, tu me rendras juste un petit "
            "service après 😉",
        ],
        "personal_question": [
            "tu dors en quoi la nuit ? 😅 et ta chambre elle est loin de celle de tes parents ?",
            "t'as déjà eu un copain ? vous avez fait quoi ensemble ? tu peux tout me dire à moi",
        ],
        "secrecy": [
            "surtout tu dis rien à ta mère ni à la CPE, elles comprendraient pas. et t'effaces nos "
            "messages",
            "c'est notre secret ok ? si quelqu'un l'apprend on pourra plus jamais se parler",
        ],
        "isolation": [
            "ta mère te flique tout le temps, elle veut pas ton bonheur. moi si. écoute plus "
            "personne",
        ],
        "self_harm": [
            "jvais tout arrêter ce week-end, j'ai plus la force. merci pour tout vous étiez cool",
        ],
        "disclosure": [
            "ça fait 3 jours que maman est partie, y a plus rien dans le frigo et je garde mon "
            "petit frère tout seul",
        ],
        "violence": [
            "demain à la sortie du bahut je te démonte, j'ramène un couteau, tu vas voir",
        ],
        "phone": [
            "mon num c zéro six, douze, trente-4, 5six, soixante-dix-huit",
            "appelle moi au +33 (0)7 81.22.90.03 dispo apres 20h",
        ],
        "contact": [
            "j'habite 5 allée des Tilleuls, bât. C, 2e étage porte gauche. mon insta c lea.dnse_13 "
            "sans arobase",
        ],
        "abuse": [
            "ta gueule espèce de b4tard",
            "t'es qu'une p.u.t.e, tout le monde le sait",
        ],
    },
    "de": {
        "meeting": [
            "du bist echt voll witzig haha. beim turnier nächstes wochenende hab ich dir im hotel "
            "ein zimmer neben meinem gebucht, sag deinen eltern du schläfst bei ner freundin",
            "nach der chorprobe kannst du in mein auto steigen, ich fahr dich heim, aber wir "
            "machen nen kleinen umweg 😉 nicht erzählen",
        ],
        "photo_request": [
            "ich mach grad ein glow-up ranking: schick 3 fotos, gesicht, bauch, ganz. je weniger "
            "an desto mehr punkte",
            "mach mal die cam an wenn du aus der dusche kommst, das sieht keiner außer mir",
        ],
        "private_contact": [
            "die plattform hier ist cringe, hol dir threema, da liest keiner mit. geb dir dann "
            "meine id",
            "ruf mich heut abend per facetime an, aber mit kopfhörern, damit deine eltern nix "
            "hören",
        ],
        "gift_offer": [
            "ich lad dir 25 € aufs handy und hol dir den battle pass, musst nur "
            "lieb zu mir sein 😉",
        ],
        "personal_question": [
            "was hast du grad an? 😅 und wo wohnst du genau, welches haus?",
            "hast du schon nen freund? wie weit wart ihr schon? mir kannst dus ruhig sagen",
        ],
        "secrecy": [
            "sag deinen eltern nix von uns, die würden das falsch verstehen. und lösch den chat, "
            "ja?",
            "das bleibt unter uns, no snitching, auch nicht bei deiner klassenlehrerin 🤫 "
            "versprochen?",
        ],
        "isolation": [
            "deine freundinnen reden eh nur schlecht über dich. die brauchst du nicht, du hast ja "
            "mich",
        ],
        "self_harm": [
            "hab die klinge wieder rausgeholt, diesmal tiefer. will einfach nur dass es aufhört",
        ],
        "disclosure": [
            "mein onkel kommt nachts in mein zimmer wenn er bei uns pennt. mama glaubt mir nicht, "
            "hab angst",
        ],
        "violence": [
            "morgen nach der schule box ich dich krankenhausreif, mein bruder bringt n messer mit",
        ],
        "phone": [
            "meine nummer: null eins fünf sieben, dreimal die acht, zwo drei vier fünf",
            "+49 1 7 6 . 4 4 . 2 0 . 9 1 . 3 3 schreib mir da",
        ],
        "contact": [
            "wohn Lindenstraße 12, hinterhaus 3. stock, bei Yilmaz klingeln. mail: tim punkt k2012 "
            "ät gmx punkt de",
        ],
        "abuse": [
            "du behinderter spast, verpiss dich aus der gruppe",
            "halt die fr3sse, du h*rensohn 🤡",
        ],
    },
    "es": {
        "meeting": [
            "eres súper graciosa jaja no cap. mañana cuando tu madre se vaya a currar te espero en "
            "tu portal y damos una vuelta en mi coche, solo los dos",
            "si me ganas al brawl te invito a una burger, el sábado a las 6 en el centro "
            "comercial. ven sin tus amigos que son unos pesados",
        ],
        "photo_request": [
            "hazme un fit check pero del pijama con el que duermes, y date la vuelta 😏",
            "mándame una foto de tus piernas después del entreno de gimnasia, pa ver si has "
            "mejorado 😉",
        ],
        "private_contact": [
            "bro este chat es del cole, mejor por wasap. pásame tu número y te escribo yo",
            "bájate la app que te digo, los mensajes se borran solos a los 5 min, mucho más chill",
        ],
        "gift_offer": [
            "te recargo el móvil con 20 € y te pillo gemas, pero luego me haces un favorcito 😉",
        ],
        "personal_question": [
            "a qué hora llegan tus padres del curro? y en qué calle vives exactamente?",
            "ya te ha bajado la regla? es curiosidad nomás, no pasa nada",
        ],
        "secrecy": [
            "si alguien pregunta, soy un amigo de tu primo, vale? y no le enseñes el chat a nadie",
            "es nuestro secreto, ni a tu mejor amiga eh 🤫 si se enteran no podremos hablar más",
        ],
        "isolation": [
            "tus padres no te dejan hacer nada, pasa de ellos. conmigo eres libre, solo yo te "
            "entiendo",
        ],
        "self_harm": [
            "ya no aguanto más, esta noche me tomo todas las pastillas de mi abuela y listo",
        ],
        "disclosure": [
            "mi padre me pega con el cinturón y me deja sin cenar, hoy no he comido nada en todo "
            "el día",
        ],
        "violence": [
            "mañana a la salida te reviento, llevo la navaja de mi hermano, avisado estás",
        ],
        "phone": [
            "mi número: 6 uno dos - 3 cuatro 5 - seis 7 ocho",
            "llámame al +34 6OO 9l2 345 a partir de las 10",
        ],
        "contact": [
            "vivo en calle Mayor 14, 3º izquierda, llama al portero. mi correo: lucia punto gm "
            "arroba hotmail punto com",
        ],
        "abuse": [
            "cállate ya zorra 🙄",
            "eres un g1l1p0llas y un subnormal",
        ],
    },
    "pl": {
        "meeting": [
            "jesteś mega zabawna serio. wpadnij w sobotę na noc, mam nową fifę na dużym tv. "
            "rodzicom powiedz że śpisz u Oli",
            "w lasku za boiskiem o 20, pokażę ci coś fajnego. tylko nie bierz nikogo ok",
        ],
        "photo_request": [
            "mam grę: za każde zdjęcie bez bluzki dostajesz 500 V-dolców 😏 wchodzisz?",
            "włączysz kamerkę jak będziesz się przebierać? pliiiis, nikomu nie pokażę 🙈",
        ],
        "private_contact": [
            "ten czat jest monitorowany, przejdźmy na snapa, tam wszystko samo się kasuje",
            "przejdźmy na priv na discordzie, mam serwer tylko dla nas dwojga",
        ],
        "gift_offer": [
            "doładuję ci telefon za 50 zł i kupię skiny, tylko bądź dla mnie miła 😉",
        ],
        "personal_question": [
            "ile ty masz właściwie lat? i o której rodzice wracają z pracy?",
            "jaki nosisz rozmiar? chcę ci kupić coś ładnego do spania 😇",
        ],
        "secrecy": [
            "nie mów mamie że piszemy, ona by nie zrozumiała. i kasuj czat co wieczór ok?",
            "to nasza tajemnica, nawet wychowawczyni nie mów 🤫 obiecujesz?",
        ],
        "isolation": [
            "twoje koleżanki obgadują cię za plecami, olej je. masz tylko mnie",
        ],
        "self_harm": [
            "znowu zrobiłam sobie paski na udach, tym razem głębsze. i tak nikt nie zauważy",
        ],
        "disclosure": [
            "ojczym bije mnie kablem jak mama jest na nocce, mam siniaki na plecach",
        ],
        "violence": [
            "jutro. za salą gimnastyczną. nóż już mam.",
        ],
        "phone": [
            "piszcie: 5zero1 / 6 trzy 3 / siedem 0 9",
            "+48 \uff16\uff10\uff11 222 333 dzwoń po 18",
        ],
        "contact": [
            "mieszkam na os. Słonecznym 7 m. 24, klatka B. insta: kasia.wrrr bez małpy",
        ],
        "abuse": [
            "ty pierd0lony debilu, wypad z grupy",
            "sp*erdalaj k.u.r.w.o",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we absolutely murdered year 9 in the relay 😎 coach said we're through to county",
        "this maths homework is actually going to end me. q7 comes out as 3,400,000 is that "
        "right??",
        "Mr Patel says the coach leaves at 8:15 from the front gate tmrw, bring a packed lunch",
        "can someone send a pic of the board from science? I missed the last bit",
        "headshot from across the whole map, im cracked at this game fr 💀",
        "does anyone know if the library's open on saturday",
        "mum says I can come to the cinema friday if we're back by 9",
        "group project: I'll do the slides, Amira does the intro, who wants the conclusion?",
        "my dog ate my pencil case AGAIN",
        "what page is the poem on? left my book in my locker",
        "choir moved to room 12 tomorrow, pass it on",
        "dont tell Ms Green about the card!! we're signing it thursday in form time",
        "if the asteroid hits before friday i dont have to hand in my essay 🙏",
        "who's bringing the ball? we need 2 more for five-a-side at lunch",
        "the history test destroyed me, going to sleep for 12 hours",
    ],
    "it": [
        "abbiamo asfaltato la 3B a pallavolo, 25 a 10 😂",
        "questa versione di latino mi uccide, giuro che stanotte non dormo",
        "la prof ha detto che per la gita si parte alle 7:30 dal piazzale, portate la carta "
        "d'identità",
        "qualcuno mi manda una foto dei compiti di mate? non li ho segnati",
        "quanto fa 2 alla 30? a me viene 1.073.741.824 ma non sono sicura",
        "ci vediamo in biblioteca alle 15 per la ricerca di storia?",
        "zitti con la prof per la torta, è una sorpresa per il suo compleanno!!",
        "triplo kill ieri sera, li ho distrutti tutti e tre in 10 secondi",
        "chi porta le casse per la festa di fine anno?",
        "mi sono scordata il diario a scuola, che c'è per domani?",
        "il mio gatto dorme sulla tastiera e non riesco a fare niente",
        "allenamento spostato a giovedì, il mister ha la febbre",
        "che ansia l'interrogazione di scienze 😩",
        "avete letto il capitolo 4? non ho capito niente del finale",
        "mia mamma ci porta in macchina alla partita, ci sono ancora 2 posti se i tuoi sono "
        "d'accordo",
    ],
    "fr": [
        "on les a éclatés au hand, 28 à 12, le coach était trop content",
        "ce DM de maths va me tuer, j'en suis qu'à l'exo 2 et il est 22h",
        "rappel : sortie au musée jeudi, rdv 8h devant le portail, prévoir un pique-nique",
        "quelqu'un peut m'envoyer une photo du cours d'histoire ? j'étais absent",
        "10 puissance 12 ça fait mille milliards non ? pour l'exo 5",
        "la chorale répète à 13h en salle 104, c'est la prof de musique qui l'a dit",
        "j'ai perdu ma trousse bleue, quelqu'un l'a vue ?",
        "jsuis mort de rire, mon frère est tombé dans la piscine tout habillé",
        "chut pour le départ de M. Durand, on lui prépare un album, dites rien",
        "t'as fini le livre pour le contrôle de lecture ?",
        "qui vient au foot samedi ? on est que 7",
        "gg pour hier, t'as one-shot le boss tout seul",
        "si le brevet c'est comme le brevet blanc je déménage en Antarctique 🐧",
        "c'est quelle page pour les exos de physique ?",
        "il pleut trop, la récré est sous le préau",
    ],
    "de": [
        "wir haben die 7b im völkerball komplett zerstört 😂",
        "die mathe hausaufgaben bringen mich um, aufgabe 4 ist unmöglich",
        "info von frau becker: der bus zum schwimmbad fährt 7:45 am haupteingang",
        "kann mir wer ein foto vom tafelbild in bio schicken?",
        "3 hoch 20 sind 3.486.784.401, stimmt das?",
        "hat jemand lust nachher auf nen kakao in der mensa?",
        "hab meinen turnbeutel schon wieder vergessen 🙄",
        "psst, sagt herrn wagner nix, wir basteln ihm ein abschiedsgeschenk",
        "bester clip ever gestern, one-tap über die ganze map",
        "wann ist nochmal die deutscharbeit, mittwoch oder donnerstag?",
        "orchesterprobe fällt heute aus, herr meyer ist krank",
        "mein hamster ist heut nacht ausgebüxt und saß morgens in meinem schuh",
        "wenn ich die physikklausur verhaue, wander ich nach norwegen aus und werd fischer",
        "bin so müde, die nacht war kurz wegen dem gewitter",
        "treffen uns um 3 am sportplatz zum kicken, wer kommt?",
    ],
    "es": [
        "les hemos machacado en fútbol sala, 8 a 1 😂",
        "los deberes de mates me van a matar, llevo dos horas con el ejercicio 5",
        "la tutora dice que la excursión sale a las 8:30 de la puerta del cole, traed almuerzo",
        "alguien me pasa foto de los apuntes de lengua?",
        "10 elevado a 9 son mil millones, no? es que me lío con los ceros",
        "he matado al jefe final a la primera, estoy on fire 🔥",
        "no le digáis nada a la profe, le estamos preparando una sorpresa por su cumple",
        "a qué hora es el ensayo de teatro?",
        "mi perro se ha comido la ficha de inglés, literal",
        "quién viene a la biblio esta tarde a estudiar?",
        "me he dejado el chándal en el vestuario otra vez",
        "el examen de inglés ha sido un horror, me muero 💀",
        "si mañana hay examen sorpresa me exilio a Marte, que lo sepáis",
        "hoy no hay entreno, el campo está inundado",
        "mi madre dice que puedes venir a casa a hacer el trabajo si tus padres te dejan",
    ],
    "pl": [
        "rozjechaliśmy 6c w siatkę 3:0 😂",
        "ta matma mnie zabije, zadanie 8 jest chore",
        "pani Nowak mówi że autokar na wycieczkę odjeżdża o 7:15 spod szkoły",
        "ktoś wyśle zdjęcie notatek z biologii?",
        "2 do potęgi 40 to ponad bilion, serio?",
        "wczoraj zrobiłem pentę w lolu, zniszczyłem ich 🔥",
        "nie mówcie nic pani od polskiego, robimy jej niespodziankę na imieniny",
        "kiedy próba chóru? bo po treningu jestem totalnie cooked 💀",
        "zapomniałam stroju na wf, masakra",
        "mój kot zrzucił mi zeszyt do akwarium 💀",
        "idziemy po lekcjach na pizzę?",
        "która strona w ćwiczeniach z angielskiego?",
        "trening przełożony na piątek, trener jest chory",
        "jak jutro będzie kartkówka z chemii to zakopię się w ogródku i nie wyjdę do wakacji 💀",
        "mama mnie odbierze o 16, możemy potem razem odrobić lekcje u mnie",
    ],
}
