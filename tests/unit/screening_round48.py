"""Held-out round 48: every kind, worded the way a filter is least ready for.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults aimed at a person; with ninety
harmless messages, about a third tempting the same words and the rest simply
ordinary. Written as someone probing for what a filter misses: a stranger who
poses as a peer or a helpful adult and turns slowly, requests hidden in games,
dares and bets, code words and euphemisms, stretched and masked spelling,
current slang, two languages in one message. Meetings when parents are at a
wedding, at work late or at a grandmother's, a ride from a car park behind a
supermarket, a dare to slip out by the back gate. Photos and videos for a
game's forfeit, a bet, a fake modelling scout and a bedtime video. Moves to
disappearing messages, a private server channel and other apps. Gifts of game
currency, gift cards and phone credit. Personal questions about age, sleeping
alone, being home alone and how far a child went with a boyfriend. Secrecy by
a cover name, a deleted chat and a "vault". Isolation by turning a child
against friends. Self-harm said sideways: a given-away console, saved-up
pills, farewell letters, cutting. Disclosures of a shed at night, a belt, a
mother gone for days, an uncle at night. Threats with a cutter, a knife and a
father's toolbox. Phones in words, with "double", mixed digits and words,
separators, letters for digits and international form; an address with an
"allée", a Polish "os. ... m. ..." and e-mails and handles spelt out. Insults
masked with stars, dots and digits, inflected and short. The harmless ones:
violent-sounding sport and game slang, dark jokes about tests, powers of two
and other big numbers, teachers' trip times, partner pupils introducing
themselves, homework, birthdays and pets.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ngl ur lowkey my fav person on here. ur mum does nights on thursday right? "
            "i'll pull up around 9 with the new controller, we game for an hour, no big deal",
            "dare round 3 🎲 slip out the back gate after lunch, i'll be in the grey car "
            "behind the aldi. dont chicken out",
        ],
        "photo_request": [
            "ok game rules: whoever loses sends a pic in whatever they're wearing rn, "
            "no filter no cheating. u lost 😏",
            "my mate scouts for a kids modelling agency, he just needs a couple full body "
            "vids of u in ur swimsuit, i'll forward them",
        ],
        "private_contact": [
            "this chat is so sus, school reads everything. get the app with the disappearing "
            "msgs and i'll send u my code",
            "add me on sc, same name but with xx at the end. we can talk properly there 🤫",
        ],
        "gift_offer": [
            "got 2800 vbucks just sitting there, theyre urs if u do the thing i asked. "
            "between us tho",
        ],
        "personal_question": [
            "how old r u actually? like actually. and do u have ur own room or share w ur sis",
            "have u ever kissed anyone?? u can tell me im like 15 too 😇 what do u sleep in",
        ],
        "secrecy": [
            "if ur mum asks who ur texting just say its Jade from netball ok? "
            "and clear the chat after pls",
            "what we talk about stays in the vault 🔒 teachers wouldnt get it, "
            "theyd make it weird",
        ],
        "isolation": [
            "ur friends r honestly holding u back, they laugh at u when ur not there. "
            "im the only one who actually gets u",
        ],
        "self_harm": [
            "gave my xbox to my little brother today. everyone's gonna have a quieter life "
            "soon anyway",
        ],
        "disclosure": [
            "dont tell miss but my stepdad locks me in the shed when i get bad marks, "
            "was in there all of sunday night",
        ],
        "violence": [
            "tell Callum to watch his back after PE tmrw. borrowed something from my dads "
            "toolbox 🔨",
        ],
        "phone": [
            "text me instead: oh seven seven double nine, 4 one 2, eight 8 three six",
            "+44 (0) 7 eight 1 2 - 55 - 3 0 9 8 whatsapp only after 9 pls",
        ],
        "contact": [
            "my insta is ghost dot rider dot jay, no underscore. add me and say ur from the "
            "game",
        ],
        "abuse": [
            "ur such a f*cking l0ser, no1 in 7B even wants u here",
            "shut it Rowan u absolute w.a.n.k.e.r",
        ],
    },
    "it": {
        "meeting": [
            "sabato i tuoi sono al matrimonio giusto? passo io verso le 21 con la pizza, "
            "facciamo due partite e basta 😊",
            "obbligo o verità? obbligo: domani esci dal cancello dietro la palestra, "
            "ti aspetto in macchina, quella bianca",
        ],
        "photo_request": [
            "dai mandami una foto allo specchio senza felpa, è una sfida tra noi, "
            "giuro che non la vede nessuno",
            "fammi un video mentre ti cambi dopo pallavolo, solo per me, voglio vedere "
            "se sei davvero allenata",
        ],
        "private_contact": [
            "qui i prof leggono tutto, scrivimi su tg, ti giro il link del gruppo privato",
            "passiamo su discord in privato? ti faccio vedere una cosa che qui non posso",
        ],
        "gift_offer": [
            "ti ricarico 20 euro sul tel se mi fai quel favore, nessuno deve saperlo eh",
        ],
        "personal_question": [
            "quanti anni hai di preciso? e il pomeriggio stai a casa da sola?",
            "hai già il ragazzo? fin dove siete arrivati? a me puoi dirlo, sono tipo un "
            "fratello maggiore",
        ],
        "secrecy": [
            "cancella la chat dopo che leggi ok? se tua madre vede qualcosa si arrabbia "
            "per niente",
            "è il nostro segreto 🤫 se lo dici alla prof non ti parlo più",
        ],
        "isolation": [
            "le tue amiche ti usano e basta, lasciale perdere. sono l'unico che ci tiene "
            "davvero a te",
        ],
        "self_harm": [
            "stanotte l'ho rifatto col temperino, stavolta più a fondo. non ce la faccio "
            "più ragà",
        ],
        "disclosure": [
            "mio padre quando beve mi mena con la cinghia, ho i segni sulla schiena e non "
            "so a chi dirlo",
        ],
        "violence": [
            "di' a Matteo che all'uscita lo aspettiamo in tre, stavolta a casa non ci torna "
            "con le sue gambe",
        ],
        "phone": [
            "scrivimi su wa: tre tre otto, doppio sette, 4 5 1, nove zero due",
            "0039 347.88.1 due 6 zero, dopo le 22 però",
        ],
        "contact": [
            "abito in via dei Mille 12, scala B, citofono Rossi. oppure insta luca punto b "
            "punto 2011",
        ],
        "abuse": [
            "sei proprio un c0gl10ne, nessuno ti vuole in classe",
            "sfigat*, fai schifo",
        ],
    },
    "fr": {
        "meeting": [
            "tes parents rentrent tard vendredi ? je passe vers 20h avec la switch, "
            "on joue tranquille, pas besoin de leur dire",
            "gage : tu sors par le portail du fond après la cantine, je t'attends au "
            "parking du lidl 🚗",
        ],
        "photo_request": [
            "envoie une photo de toi en maillot pour comparer, c'est juste pour le jeu "
            "promis",
            "fais-moi une vidéo dans ta chambre avant de dormir, je parie que t'es trop "
            "mignonne en pyjama",
        ],
        "private_contact": [
            "ici les profs voient tout, ajoute-moi sur snap on sera plus tranquilles",
            "on passe en privé sur insta ? j'ai un truc à te montrer que je peux pas mettre "
            "ici",
        ],
        "gift_offer": [
            "je t'envoie une carte psn de 50€ si tu m'appelles ce soir, juste nous deux",
        ],
        "personal_question": [
            "t'as quel âge en vrai ? et tu dors seule dans ta chambre ?",
            "t'es déjà sortie avec un mec ? t'as fait plus que des bisous ? tu peux me "
            "dire, je suis pas ton prof mdr",
        ],
        "secrecy": [
            "efface la conv après stp, tes parents comprendraient pas notre amitié",
            "pas un mot à ta prof principale hein, c'est notre secret à nous 🤐",
        ],
        "isolation": [
            "tes copines parlent mal de toi dans ton dos, franchement lâche-les, "
            "t'as que moi",
        ],
        "self_harm": [
            "j'ai plus envie de me réveiller le matin. j'ai mis de côté les cachets de "
            "ma mère",
        ],
        "disclosure": [
            "ma mère nous laisse seuls moi et mon petit frère depuis 4 jours, y a plus "
            "rien dans le frigo",
        ],
        "violence": [
            "dis à Kylian qu'à la sortie je le plante, j'ai pris le cutter de mon père",
        ],
        "phone": [
            "appelle-moi : zéro six, quarante et un, dix-neuf, quatre-vingt-deux, zéro sept",
            "+33 7.8 deux.11.9 0.4 5 mais que sur whatsapp",
        ],
        "contact": [
            "j'habite 3 allée des Tilleuls, bât C, 2e étage, sonne chez Martin. "
            "sinon écris à noa.dlmr arobase gmail point com",
        ],
        "abuse": [
            "t'es qu'une grosse p*te, personne t'aime",
            "ta gueule sale c0nn4rd",
        ],
    },
    "de": {
        "meeting": [
            "deine eltern sind doch am we bei deiner oma? ich komm samstag so um 19 uhr "
            "vorbei, wir zocken bisschen, muss keiner wissen",
            "Mutprobe: nach der 6. Stunde zum Parkplatz hinterm Netto, ich hol dich mit "
            "dem Auto ab, dauert nicht lang",
        ],
        "photo_request": [
            "schick mal ein bild nur in unterwäsche, ist für ne wette, ich lösch es sofort "
            "versprochen",
            "mach ein video von dir beim umziehen nach dem schwimmen, will sehen ob du "
            "trainiert bist 😏",
        ],
        "private_contact": [
            "hier lesen die lehrer mit, schreib mir lieber auf telegram, da ist es privat",
            "lass auf discord in den privaten channel wechseln, ich schick dir den link "
            "per DM",
        ],
        "gift_offer": [
            "ich kauf dir 3000 robux wenn du mir ein foto schickst, bleibt unter uns",
        ],
        "personal_question": [
            "wie alt bist du genau? und bist du nachmittags allein zu hause?",
            "hattest du schon mal nen freund? wie weit seid ihr gegangen? mir kannst "
            "du's sagen",
        ],
        "secrecy": [
            "lösch den chat danach, deine mutter würde das falsch verstehen",
            "sag der Klassenlehrerin nix von uns, das ist unser Ding, okay? 🤫",
        ],
        "isolation": [
            "deine freundinnen lachen eh nur über dich. brauchst die nicht, du hast ja mich",
        ],
        "self_harm": [
            "hab heute wieder geritzt, diesmal tiefer. will eigentlich nur noch dass es "
            "aufhört",
        ],
        "disclosure": [
            "mein onkel kommt nachts in mein zimmer wenn er bei uns schläft und fasst mich "
            "an, mama glaubt mir nicht",
        ],
        "violence": [
            "sag dem Jonas er soll morgen nicht zur Schule kommen, sonst stech ich ihn ab",
        ],
        "phone": [
            "meine nr: null eins sieben sechs, doppel drei, 8 2 vier, fünf null eins",
            "+49 (0)157 - 2 3 4 - fünf sechs - 9O nur abends",
        ],
        "contact": [
            "wohne Lindenstraße 7, Hinterhaus, 3. OG bei Schulz. komm einfach vorbei",
        ],
        "abuse": [
            "du behinderter Sp*st, keiner will dich im Team",
            "halt die fr3sse du h.u.r.e.n.s.o.h.n",
        ],
    },
    "es": {
        "meeting": [
            "tus papás curran hasta tarde el jueves no? me paso a las 7 con la play y "
            "jugamos un rato, no hace falta que lo sepan",
            "reto: a la salida ve a la parada de detrás del polideportivo, te recojo en el "
            "coche gris, no tardamos nada",
        ],
        "photo_request": [
            "mándame una foto en bikini pa comparar, es parte del juego, luego la borro",
            "hazme un vídeo en tu cuarto antes de dormir, solo pa mí porfa 🙈",
        ],
        "private_contact": [
            "aquí los profes lo leen todo, agrégame a snap y hablamos tranqui",
            "mejor hablamos por insta en privado, aquí no te puedo enseñar lo que te "
            "quiero enseñar",
        ],
        "gift_offer": [
            "te paso 30 pavos de recarga al móvil si haces lo que te dije, entre tú y yo",
        ],
        "personal_question": [
            "cuántos años tienes de verdad? y estás sola en casa por las tardes?",
            "ya has tenido novio? hasta dónde habéis llegado? a mí me lo puedes contar",
        ],
        "secrecy": [
            "borra la conversación luego eh, tus padres no lo entenderían",
            "no le digas nada a la tutora, esto es cosa nuestra 🤫",
        ],
        "isolation": [
            "tus amigas se ríen de ti a tus espaldas, pasa de ellas, me tienes a mí",
        ],
        "self_harm": [
            "ya no quiero seguir aquí. he escrito cartas para mi madre y mi hermano",
        ],
        "disclosure": [
            "mi padrastro me pega con el cinturón cuando llega borracho, tengo moratones "
            "en las piernas",
        ],
        "violence": [
            "dile a Iker que mañana a la salida le rajo, llevo la navaja de mi tío",
        ],
        "phone": [
            "escríbeme al seis cuatro siete, doble dos, nueve uno, tres ocho cero",
            "+34 6.1.8 - 2 cero 4 - siete 7 3 solo wasap",
        ],
        "contact": [
            "mi tiktok es sofi punto gomez guion bajo 11, sígueme y hablamos por ahí",
        ],
        "abuse": [
            "eres un put0 subn0rmal, nadie te aguanta",
            "cállate g1l1p0llas",
        ],
    },
    "pl": {
        "meeting": [
            "twoi starzy w sobotę jadą na wesele nie? wpadnę koło 20 z pizzą, pogramy "
            "trochę, nie muszą wiedzieć",
            "wyzwanie: po 6 lekcji idź na parking za biedronką, podjadę po ciebie, "
            "szary samochód",
        ],
        "photo_request": [
            "wyślij fotkę w samej bieliźnie, to do zakładu, usunę od razu obiecuję",
            "nagraj mi filmik jak się przebierasz po wf, tylko dla mnie 😏",
        ],
        "private_contact": [
            "tu nauczyciele czytają wszystko, pisz do mnie na telegramie",
            "przejdźmy na priv na discordzie, tam pokażę ci coś czego tu nie mogę",
        ],
        "gift_offer": [
            "doładuję ci telefon za 50 zł jak zrobisz to o co prosiłem, tylko nikomu nie mów",
        ],
        "personal_question": [
            "ile masz lat naprawdę? i jesteś sama w domu po szkole?",
            "miałaś już chłopaka? jak daleko zaszliście? mi możesz powiedzieć",
        ],
        "secrecy": [
            "usuń potem czat, mama by tego nie zrozumiała",
            "nie mów wychowawczyni o nas, to nasza tajemnica 🤫",
        ],
        "isolation": [
            "twoje koleżanki i tak się z ciebie śmieją, olej je, masz mnie",
        ],
        "self_harm": [
            "znowu się pocięłam wczoraj, już nie daję rady, chcę żeby to się skończyło",
        ],
        "disclosure": [
            "ojczym mnie bije jak się napije, mam siniaki na rękach i boję się wracać "
            "do domu",
        ],
        "violence": [
            "powiedz Kacprowi że jutro po szkole go dojadę, przyniosę nóż",
        ],
        "phone": [
            "mój nr: pięćset jeden, dwieście dwadzieścia trzy, osiemset osiemdziesiąt "
            "cztery",
            "+48 6O1-2 trzy 4-5 sześć 7 tylko sms",
        ],
        "contact": [
            "mieszkam os. Kościuszki 14 m. 27, klatka 3, wpadnij jak chcesz",
        ],
        "abuse": [
            "ty pierd0lony debilu, nikt cię tu nie chce",
            "zamknij się szm@to",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [],
    "it": [],
    "fr": [],
    "de": [],
    "es": [],
    "pl": [],
}
