"""Held-out round 50: an ordinary mixed sample of chat, forum posts and comments.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults aimed at a person; with ninety
harmless messages, a third tempting the same words and the rest simply
ordinary. No special setting this time: the kind of messages pupils of 8 to 17
and the adults who approach them write every day, each language in its own
idiom. Meetings after practice or a match, at a flat near the school, when the
parents are away for the weekend, with a lift by car or moped. Requests for
pictures in pyjamas or a swimsuit and videos before bed or while changing.
Moves to Snapchat, Telegram, Instagram, Discord, WhatsApp, Signal and
Messenger because teachers read the platform. Game currency and phone credit.
Questions about age, sleeping alone, being home alone after school, a
boyfriend, a first kiss, a bra, how far one has gone. Secrets from parents and teachers, chats
deleted each time; friends said to be fake or laughing behind one's back.
Self-harm by cutting, by a grandmother's pills, by not wanting to wake up.
Disclosures of a father's belt, a mother's partner who locks a child in
without dinner, a step-father's beating and threats, a drunk father, a
step-father's belt while a mother does nothing, a step-father's cable. Threats
with a bike lock, a knife, a compass, a baseball bat, a pocket knife and
broken legs. Phones with "double" and "doppio", digits in words mixed with
digits, French pairs, separators and international form; an Instagram or
Snapchat handle with no at-sign, an e-mail spelt out, a French "allée" and a
Polish "os. ... m. ..." address. Insults masked with an asterisk or a digit,
Polish vocatives and German inflected forms. The harmless ones: a teacher
announcing where the class meets for a trip, sums with big numbers, the
school's posted address for pen friends, a photo of homework, a bad day,
partner pupils introducing themselves, games, books, sport, a forgotten kit
and thanks.

First measured, once, before any rule or model was changed for it (the rules
after rounds 47 to 49's lessons, the second opinion retrained on rounds 1 to 49
and the written rows, 3,005 of them new): rules and second opinion 100 % recall
(120 of 120) and no false hold (0 of 90); rules alone 95.0 % and 0 %.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            (
                "hey u did so well at the match today, i can pick u up after practice thurs and we "
                "grab food, just us ok"
            ),
            (
                "my flat is 5 min from ur school, come by at 4 when ur mum is still at work, ill "
                "have the new xbox on"
            ),
        ],
        "photo_request": [
            "send me a pic of u in ur pjs before bed, just wanna see how cute u look 😊",
            "can u do a quick video in ur swimsuit for me? nobody else will see it i promise",
        ],
        "private_contact": [
            "this chat is watched by teachers lol, add me on snap instead and we can talk properly",
            "come to telegram and dm me there, its more private, ill explain everything",
        ],
        "gift_offer": [
            "ill send u 2000 vbucks tonight if u stay on call with me till late, our deal ok?",
        ],
        "personal_question": [
            "how old r u really? 12 or 13? and do u sleep in ur own room or share w ur sister",
            "have u ever had a bf? has anyone kissed u yet? u can tell me anything",
        ],
        "secrecy": [
            (
                "dont tell ur parents we talk, they wouldnt get it. and wipe the chat after each "
                "time k"
            ),
            "this stays between us, if miss harper asks say im just a kid from another school",
        ],
        "isolation": [
            "ur friends r fake tbh, they laugh at u behind ur back. only i get u, u dont need them",
        ],
        "self_harm": [
            "i cut again last night and it went deeper than before. i dont want to be here anymore",
        ],
        "disclosure": [
            "dad hit me with his belt again bc i spilled juice, my back is all red and i cant sit",
        ],
        "violence": [
            "tomorrow at break im gonna smash ur face in with my bike lock, ur dead jayden",
        ],
        "phone": [
            "text me its oh seven double eight 4 one 3 nine 2 5 6, not on here",
            "my num is +44 (0)7700-900-461, whatsapp me after 9 when ur parents r asleep",
        ],
        "contact": [
            "add me on insta its jaykay.2009 and dm me, dont tell ur mates",
        ],
        "abuse": [
            "ur such a f*cking r3tard, nobody wants u in the group",
            "shut up you fat c0w",
        ],
    },
    "it": {
        "meeting": [
            (
                "ciao bella, sabato i tuoi non ci sono? passo io a prenderti col motorino e "
                "andiamo da me"
            ),
            (
                "dopo l'allenamento ti aspetto dietro la palestra, ti porto a fare un giro in "
                "macchina, solo noi due"
            ),
        ],
        "photo_request": [
            "mandami una foto in costume dai, solo per me, poi la cancello giuro",
            "fammi un video mentre ti cambi, voglio vedere come sei cresciuta 😏",
        ],
        "private_contact": [
            "qui leggono i prof, scrivimi su telegram che parliamo tranquilli",
            "passiamo in privato su insta, qui non posso dirti certe cose",
        ],
        "gift_offer": [
            "se vieni da me ti regalo 50 euro di ricarica e le skin che volevi su fortnite",
        ],
        "personal_question": [
            "quanti anni hai? fai la terza media? e a casa il pomeriggio sei da sola?",
            "porti gia il reggiseno? hai mai baciato qualcuno?",
        ],
        "secrecy": [
            "non dirlo a mamma e papà che ci sentiamo, è il nostro segreto ok? 🤫",
            "cancella sempre i messaggi dopo che li leggi, se la prof li vede finisce male per te",
        ],
        "isolation": [
            "le tue amiche ti usano e basta, non ti capiscono come me. lasciale perdere",
        ],
        "self_harm": [
            (
                "non ce la faccio più, stanotte prendo tutte le pastiglie di mia nonna e la faccio "
                "finita"
            ),
        ],
        "disclosure": [
            "il compagno di mia mamma mi chiude in camera senza cena e mi picchia se piango",
        ],
        "violence": [
            "domani all'uscita ti aspetto col coltello, vedrai che smetti di ridere",
        ],
        "phone": [
            "scrivimi su whatsapp: tre tre nove, doppio sette, 81 cinque 4 zero due",
            "il mio num è +39 347.208.66.19 chiamami dopo le 22",
        ],
        "contact": [
            "il mio snap è marco.rm98, aggiungimi e scrivimi stasera quando sei a letto",
        ],
        "abuse": [
            "sei proprio una tr0ia, fai schifo a tutti",
            "stai zitto co*lione",
        ],
    },
    "fr": {
        "meeting": [
            (
                "je peux venir te chercher à la sortie du collège mercredi, on ira chez moi, tes "
                "parents le sauront pas"
            ),
            "t'es seule ce week-end ? je passe chez toi samedi soir, laisse la porte ouverte",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot stp, t'inquiete je la montre a personne",
            "fais moi une petite vidéo dans ta chambre, en pyjama, ça me ferait plaisir",
        ],
        "private_contact": [
            "ici c'est surveillé, viens sur snap on sera tranquilles",
            "ajoute moi sur discord en privé, j'ai des trucs à te dire que personne doit lire",
        ],
        "gift_offer": [
            (
                "je t'achète le pass de combat et 20€ de recharge si tu restes en appel avec moi "
                "ce soir"
            ),
        ],
        "personal_question": [
            "tu as quel âge exactement ? tu dors toute seule dans ta chambre ?",
            "t'as déjà eu un copain ? tu t'es déjà fait embrasser ?",
        ],
        "secrecy": [
            "surtout le dis pas à tes parents ni au prof, c'est notre secret à nous",
            "efface nos messages chaque soir, sinon on va avoir des problèmes tous les deux",
        ],
        "isolation": [
            (
                "tes potes t'aiment pas vraiment, moi je suis le seul à te comprendre, laisse les "
                "tomber"
            ),
        ],
        "self_harm": [
            "je me scarifie depuis 2 semaines et ce soir j'ai envie d'en finir pour de bon",
        ],
        "disclosure": [
            "mon beau-père me frappe quand maman est pas là et il dit que si je parle il me tue",
        ],
        "violence": [
            "demain à la récré je te plante avec mon compas, t'es mort",
        ],
        "phone": [
            (
                "mon num c zéro 6 / vingt-deux / quarante-cinq / 18 / soixante-dix, appelle moi ce "
                "soir"
            ),
            "+33 6 12-34-56-78 whatsapp ou sms, ici ça coupe",
        ],
        "contact": [
            "j'habite 4 allée des Tilleuls, bât B, viens quand tu veux après 17h",
        ],
        "abuse": [
            "t'es qu'une sale p*te, tout le monde te déteste",
            "ferme ta gueule gros c0nnard",
        ],
    },
    "de": {
        "meeting": [
            (
                "ich hol dich morgen nach der schule ab, steig einfach ein, deine eltern müssen "
                "das nicht wissen"
            ),
            "wann sind deine eltern weg? dann komm ich vorbei, bring dir auch was mit",
        ],
        "photo_request": [
            "schick mal n bild von dir im bikini, nur für mich 😘",
            "mach ein video vorm schlafengehen, im schlafanzug, ich lösch es danach",
        ],
        "private_contact": [
            "schreib mir lieber auf whatsapp, hier lesen die lehrer mit",
            "lass uns auf signal weiterschreiben, da sieht keiner was",
        ],
        "gift_offer": [
            "ich kauf dir 5000 robux wenn du heute abend mit mir videochattest",
        ],
        "personal_question": [
            "wie alt bist du genau? und bist du nachmittags allein zuhause?",
            "hast du schon nen freund? wie weit bist du schon gegangen?",
        ],
        "secrecy": [
            "erzähl deinen eltern nix von uns, das ist unser geheimnis",
            "lösch den chat immer gleich, sonst kriegst du ärger mit frau becker",
        ],
        "isolation": [
            "deine freundinnen lachen doch nur über dich, du brauchst die nicht, du hast ja mich",
        ],
        "self_harm": [
            "ich ritze mich wieder und heute nacht will ich einfach nicht mehr aufwachen",
        ],
        "disclosure": [
            "mein vater schlägt mich jeden abend wenn er getrunken hat, ich hab angst heimzugehen",
        ],
        "violence": [
            "morgen nach sport schlag ich dir mit dem baseballschläger den kopf ein",
        ],
        "phone": [
            "meine nummer: null eins sieben sechs, 23 vierundfünfzig 8 neun 1",
            "+49 (0) 152-337 04 911, meld dich per whatsapp",
        ],
        "contact": [
            "meine mail ist tom punkt becker 97 at web punkt de, schreib mir da",
        ],
        "abuse": [
            "du bist so ein dummer hurens0hn",
            "halt die fresse, du fette schl*mpe",
        ],
    },
    "es": {
        "meeting": [
            "el sábado tus papás no están no? paso por ti a las 6 y vamos a mi casa",
            (
                "te espero a la salida del cole detrás del polideportivo, te llevo en mi coche, "
                "nadie se entera"
            ),
        ],
        "photo_request": [
            "mándame una foto en bikini porfa, solo pa mí 😏",
            "hazme un videito en tu cuarto antes de dormir, con el pijama",
        ],
        "private_contact": [
            "aquí nos leen los profes, mejor escríbeme por whatsapp",
            "agrégame a discord y hablamos por privado, aquí no puedo contarte",
        ],
        "gift_offer": [
            "si te conectas conmigo esta noche te paso 20 euros de saldo y pavos para fortnite",
        ],
        "personal_question": [
            "cuantos años tienes de verdad? duermes sola en tu cuarto?",
            "ya tienes novio? te han besado alguna vez?",
        ],
        "secrecy": [
            "no le digas nada a tus padres de lo nuestro, es un secreto entre tú y yo",
            "borra los mensajes en cuanto los leas que si los ve la profe nos metemos en un lío",
        ],
        "isolation": [
            "tus amigas son unas falsas, pasa de ellas, solo me necesitas a mí",
        ],
        "self_harm": [
            "ya no aguanto más, esta noche me tomo todas las pastillas y me voy para siempre",
        ],
        "disclosure": [
            "mi padrastro me pega con el cinturón y mi mamá no hace nada, tengo miedo",
        ],
        "violence": [
            "mañana a la salida te rajo con la navaja, ya verás",
        ],
        "phone": [
            "mi número: seis uno dos, treinta y cuatro, 56, setenta y ocho. escríbeme ahí",
            "llámame al +34-612-345-678 después de las 10",
        ],
        "contact": [
            "mi insta es dani punto gamer guion bajo 2008, agrégame y hablamos",
        ],
        "abuse": [
            "eres una p*ta asquerosa, nadie te quiere",
            "cállate gilip0llas",
        ],
    },
    "pl": {
        "meeting": [
            "w sobote twoi rodzice wyjezdzaja? to wpadne do ciebie wieczorem, nikomu nie mow",
            "po treningu czekam na ciebie za szkołą, podwiozę cię autem do mnie",
        ],
        "photo_request": [
            "wyslij mi zdjecie w stroju kąpielowym, tylko dla mnie 😘",
            "nagraj mi filmik w piżamie przed spaniem, potem go usunę obiecuję",
        ],
        "private_contact": [
            "tu czytają nauczyciele, pisz do mnie na messengerze",
            "przejdźmy na snapa na priv, tu nie mogę ci wszystkiego powiedzieć",
        ],
        "gift_offer": [
            "dam ci 100 zł na doładowanie i skiny do fortnite, jak zostaniesz ze mną na kamerce",
        ],
        "personal_question": [
            "ile masz lat naprawdę? jesteś sama w domu po szkole?",
            "masz już chłopaka? całowałaś się kiedyś?",
        ],
        "secrecy": [
            "nie mów rodzicom że piszemy, to nasza tajemnica",
            "usuwaj czat po każdej rozmowie, bo wychowawczyni się dowie i będzie afera",
        ],
        "isolation": [
            "twoje koleżanki cię obgadują, nie potrzebujesz ich, masz mnie",
        ],
        "self_harm": [
            "znowu się pocięłam i myślę że dziś w nocy skończę ze sobą",
        ],
        "disclosure": [
            "ojczym bije mnie kablem jak mamy nie ma, mam siniaki na plecach",
        ],
        "violence": [
            "jutro po lekcjach cię dopadnę i połamię ci nogi, zobaczysz",
        ],
        "phone": [
            "mój nr: pięćset dwa, trzy cztery osiem, 6 siedem jeden",
            "+48 601-22-33-44 dzwoń po 21",
        ],
        "contact": [
            "mieszkam na os. Słonecznym 12 m. 5, przyjdź jak rodzice pójdą spać",
        ],
        "abuse": [
            "ty głupia k*rwo, nikt cię nie lubi",
            "spadaj d3bilu",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        (
            "Year 6, we meet at the front gate at 8:45 on Friday for the museum trip. Bring a "
            "packed lunch!"
        ),
        "whats 4 500 000 divided by 900? i keep getting 5000 is that right",
        "our school address for the penpal letters is 12 Mill Lane, Leeds LS6 2AB",
        "here's a photo of my homework, can someone check q3 pls 📷",
        "i had such a bad day, failed my spelling test and my dog is sick 😢 but mum made pancakes",
        "Hi! I'm Emma, I'm 11 and I love horses and drawing. Nice to meet our partner class!",
        "does anyone know when the science project is due",
        "lol the new minecraft update is sick, built a castle with my brother",
        "Great job on the posters everyone, they're up in the hall now",
        "who wants to be in my group for the volcano model",
        "i forgot my PE kit again 🙈",
        "can we do the quiz again tomorrow it was fun",
        "my fav book is wonder, has anyone read it",
        "the bus was 20 min late today ugh",
        "thanks miss for the extra time on the essay",
    ],
    "it": [
        "Ragazzi, domani ci troviamo alle 8 davanti al cancello della scuola per la gita a Firenze",
        "quanto fa 1.250.000 diviso 250? mi viene 5000",
        "L'indirizzo della scuola per le lettere: Via Roma 15, 20121 Milano",
        "ecco la foto dei compiti di mate, qualcuno mi dice se il 5 è giusto?",
        "oggi giornata storta, brutto voto in storia 😞 domani va meglio",
        "Ciao! Sono Marta, ho 12 anni e vivo a Bari. Mi piace il calcio!",
        "chi ha fatto la ricerca sui vulcani?",
        "che bello il concerto di natale ieri",
        "prof, la verifica è lunedì o martedì?",
        "ho finito il libro, il finale è bellissimo",
        "qualcuno gioca a minecraft stasera? facciamo un server di classe",
        "ho dimenticato il diario a scuola 🙈",
        "brava Sofia per il disegno, è stupendo",
        "oggi in mensa c'era la pizza!!",
        "domani interrogazione di inglese, ansia",
    ],
    "fr": [
        "Rendez-vous jeudi à 8h15 devant le portail du collège pour la sortie au musée.",
        "1 000 000 divisé par 250 ça fait 4000 non ?",
        "Adresse du collège pour la correspondance : 12 rue Victor Hugo, 69003 Lyon",
        "voilà la photo de mon devoir de maths, c'est bon pour l'exo 2 ?",
        "j'ai passé une journée pourrie, j'ai raté mon contrôle 😩 mais ça va aller",
        "Bonjour ! Je m'appelle Léa, j'ai 10 ans et j'habite à Nantes. J'adore les chats !",
        "qui a fini l'exposé sur les volcans ?",
        "le film en classe était trop bien",
        "madame, on doit rendre la rédaction lundi ?",
        "j'ai oublié mon cahier de français chez ma mamie",
        "ce soir match du PSG !!",
        "bravo à l'équipe pour le tournoi de basket",
        "quelqu'un peut m'expliquer le passé simple ?",
        "il neige chez vous ? ici oui ❄️",
        "merci pour le gâteau d'anniversaire c'était trop bon",
    ],
    "de": [
        "Treffpunkt für den Ausflug: Montag 7:50 am Haupteingang der Schule!",
        "was ist 3 600 000 durch 60? ich hab 60 000",
        "Unsere Schuladresse für die Brieffreunde: Lindenstraße 8, 10115 Berlin",
        "hier ein foto von meinen hausaufgaben, stimmt aufgabe 4?",
        "heute war echt ein mieser tag, ich bin traurig 😔 morgen wird besser",
        "Hallo! Ich bin Jonas, 13, aus Köln und spiele gern Fußball.",
        "wer hat das referat über die römer schon fertig?",
        "danke für die hilfe bei mathe gestern",
        "der ausflug in den zoo war mega",
        "frau klein, schreiben wir am freitag den test?",
        "ich hab mein federmäppchen vergessen 🙈",
        "spielt jemand heute fortnite? nur zum spaß",
        "unser klassenkuchen ist fast fertig",
        "hat wer ein ladekabel für mein tablet",
        "schöne ferien euch allen!",
    ],
    "es": [
        "Chicos, nos vemos el martes a las 8:30 en la puerta del cole para la excursión.",
        "cuánto es 2.400.000 entre 600? me da 4000",
        "La dirección del colegio para las cartas: Calle Mayor 10, 28013 Madrid",
        "os paso la foto de los deberes de mates, el 3 está bien?",
        "hoy he tenido un día malísimo, suspendí el examen 😢 mañana será mejor",
        "Hola! Soy Lucía, tengo 11 años y vivo en Sevilla. Me encanta bailar.",
        "quién ha hecho el trabajo de ciencias?",
        "qué guay la obra de teatro de ayer",
        "profe, el examen es el lunes?",
        "me he dejado el libro de lengua en clase",
        "alguien juega a minecraft esta tarde?",
        "felicidades Pablo por ganar el torneo de ajedrez",
        "mañana hay que traer la flauta",
        "qué calor hace en clase uff",
        "gracias por explicarme las fracciones",
    ],
    "pl": [
        "Klasa 5b: zbiórka w piątek o 7:45 przed bramą szkoły, wycieczka do Krakowa!",
        "ile to 1 500 000 podzielić przez 300? wychodzi mi 5000",
        "Adres szkoły do listów: ul. Kwiatowa 7, 00-950 Warszawa",
        "wrzucam zdjęcie zadania domowego z matmy, czy 4 jest dobrze?",
        "dzisiaj mam beznadziejny dzień, dostałem jedynkę 😞 ale jutro będzie lepiej",
        "Cześć! Jestem Ola, mam 12 lat i mieszkam w Gdańsku. Lubię pływać.",
        "kto zrobił projekt z przyrody?",
        "super był ten konkurs recytatorski",
        "proszę pani, kartkówka jest w środę?",
        "zapomniałam zeszytu do polskiego",
        "ktoś gra dziś w minecrafta?",
        "brawo dla Kuby za wygrany turniej szachowy",
        "jutro trzeba przynieść kredki",
        "w szkole dziś zimno jak w lodówce",
        "dzięki za pomoc z ułamkami",
    ],
}
