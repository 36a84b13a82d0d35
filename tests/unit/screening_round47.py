"""Held-out round 47: an ordinary mixed sample, the way messages really come.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle, and two insults aimed at a person; with ninety
harmless messages, about a third tempting the same words and the rest simply
ordinary. Written as pupils of nine to seventeen write in chat, forum posts
and comments on shared pages, and as the adults or older strangers who
approach them: a lift home after training, a visit while the parents are at
work, a bus stop after the last lesson, the garages behind the flats, a
supermarket car park; photos in a swimsuit, in pyjamas, a video before bed, a
picture of the face without make-up; moving to a private app, a channel with
no moderators, a second account; phone credit, game coins, a new phone, money
sent by PayPal. Personal questions about age, the school's street, the
neighbourhood, who is home, a boyfriend, a body changing, sleeping alone. Secrets kept from parents
and teachers, chats deleted; a child told that friends and family do not
understand. Self-harm with pills, cutting, a bridge, not eating, wanting to
disappear; disclosures of a father who hits, with a belt or when drunk, a
step-father who locks a child in without supper, a mother who leaves the
children without food, a step-brother who comes to a bed at night. Threats with a knife, a
bat, fists after school. Phones spelt in words, with doubles, mixed with
digits, separated and in international form; addresses, e-mails spelt out and
handles with a platform nickname and no at-sign; insults masked with stars,
dots and digits, inflected, and short. The harmless ones: a teacher telling
the class where it meets, maths with big numbers, the school's posted
address, game names, a photo of homework, pupils giving age and town and
asking back, a bad day, and ordinary talk of homework, sport, pets and trips.

First measured, once, before any rule or model was changed for it (the rules
after rounds 44 to 46's lessons, the second opinion retrained on rounds 1 to 46):
rules and second opinion 98.3 % recall (118 of 120: phones 10/12, every other
kind complete) and no false hold (0 of 90); rules alone 86.7 % and 0 %. Missed
with the second opinion: two phones with lower-case letters among the digits, "l"
for a one and "o" for a zero ("06.2l.33.o9.84", "+34 6l2 . 44 . 0 nueve . 31").
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "after practice i can drive u home, just wait by the side gate not the front ok",
            "your mum works late thursdays right? i could pop round then, we'd have the place "
            "to ourselves",
        ],
        "photo_request": [
            "show me what ur wearing rn 😉 just one pic, a full length one",
            "send a vid of u getting ready for bed, i wont show anyone promise",
        ],
        "private_contact": [
            "this site reads everything lol, add me on telegram and we can talk properly",
            "make a second account ur parents dont know about and message me from that",
        ],
        "gift_offer": [
            "i'll top up ur phone £20 tonight if you send me a selfie, deal?",
        ],
        "personal_question": [
            "how old r u exactly? and are u home alone after school most days",
            "have u got a boyfriend yet? has anyone ever kissed u properly",
        ],
        "secrecy": [
            "delete this chat after u read it, ur mum wouldnt get it",
            "dont tell miss about me, teachers always ruin stuff like this",
        ],
        "isolation": [
            "ur friends are fake tbh, only i actually get u. dont bother with them anymore",
        ],
        "self_harm": [
            "i keep thinking everyone would be better off if i just wasnt here anymore",
        ],
        "disclosure": [
            "my dad hit me again last night bc i forgot the bins, i've got a bruise on my arm",
        ],
        "violence": [
            "say that again and i'll bring my brothers bat tmrw, ur dead after school",
        ],
        "phone": [
            "text me, oh seven seven double nine, four one two, three eight five",
            "my num is 07 seven 00 nine 4 two 1 six 3 8",
        ],
        "contact": [
            "add me its jaydenxo dot 14 on snap, same name on insta",
        ],
        "abuse": [
            "ur such a f*cking l0ser no one in this class can stand u",
            "shut up you fat b.i.t.c.h",
        ],
    },
    "it": {
        "meeting": [
            "dopo scuola ti aspetto alla fermata del 12, ti porto io a fare un giro in macchina",
            "sabato i tuoi non ci sono vero? passo io da te verso le 3, non dirlo a nessuno",
        ],
        "photo_request": [
            "mandami una foto in costume dai, quella del mare che non hai messo nel profilo",
            "fammi un video mentre ti cambi, solo per me 😘",
        ],
        "private_contact": [
            "qui ci leggono tutti, scrivimi su whatsapp che parliamo meglio",
            "ti ho creato un canale privato su discord senza moderatori, entra stasera",
        ],
        "gift_offer": [
            "se vieni con me ti compro il telefono nuovo, quello che volevi",
        ],
        "personal_question": [
            "quanti anni hai? e in che via sta la tua scuola?",
            "sei ancora vergine? dimmi la verita tanto resta tra noi",
        ],
        "secrecy": [
            "cancella la chat appena hai letto, se tua madre la vede ci sono casini",
            "e un segreto nostro, ai prof non devi dire niente capito",
        ],
        "isolation": [
            "i tuoi genitori non ti capiscono, solo io ti voglio bene davvero, lasciali stare",
        ],
        "self_harm": [
            "ieri sera mi sono tagliata di nuovo sulle gambe, non riesco a smettere",
        ],
        "disclosure": [
            "mia mamma se ne va per giorni e io e mio fratello non abbiamo niente da mangiare",
        ],
        "violence": [
            "domani all'uscita ti aspetto col coltello, vediamo se ridi ancora",
        ],
        "phone": [
            "chiamami: tre quattro sette, doppio due, cinque sei otto nove uno",
            "+39 3 4 0 - 12 - 77 - 5 6 9",
        ],
        "contact": [
            "mi trovi su insta, sono giulia punto rossi underscore 2011",
        ],
        "abuse": [
            "sei proprio una tr*ia, tutti lo sanno",
            "sta zitto c0glione",
        ],
    },
    "fr": {
        "meeting": [
            "je t'attends au parking du lidl apres les cours, monte dans la voiture grise",
            "tes parents bossent mercredi aprem? je passe chez toi, personne saura",
        ],
        "photo_request": [
            "envoie une photo de toi en pyjama, t'es trop mignonne je suis sur",
            "fais moi une video dans ta chambre ce soir, juste pour moi stp",
        ],
        "private_contact": [
            "viens sur snap plutot, ici les profs peuvent tout lire",
            "on se parle en prive sur signal, je t'explique la-bas",
        ],
        "gift_offer": [
            "je t'envoie 5000 v-bucks si tu me montres une photo de toi, cadeau",
        ],
        "personal_question": [
            "t'as quel age vraiment? tu dors toute seule dans ta chambre?",
            "ton corps a change cette annee? tu peux me dire, je suis pas choque",
        ],
        "secrecy": [
            "supprime nos messages avant que ta mere regarde ton tel",
            "surtout tu dis rien a la maitresse, c'est entre nous deux",
        ],
        "isolation": [
            "tes copines se moquent de toi dans ton dos, t'as besoin que de moi",
        ],
        "self_harm": [
            "j'ai plus envie de vivre, ce soir je vais sur le pont et c'est fini",
        ],
        "disclosure": [
            "mon demi-frere vient dans mon lit la nuit et il me dit de me taire",
        ],
        "violence": [
            "demain a la recre je te defonce la tete, t'as pas interet a venir",
        ],
        "phone": [
            "mon num: zero six, douze, quarante-cinq, soixante-dix-huit, zero trois",
            "06.2l.33.o9.84 appelle apres 20h",
        ],
        "contact": [
            "j'habite 7 allee des Tilleuls, bat B, viens sonner au 2e",
        ],
        "abuse": [
            "t'es qu'une grosse p*te",
            "ferme ta gueule b0ffon",
        ],
    },
    "de": {
        "meeting": [
            "nach dem training nehm ich dich mit, steig einfach hinten beim sportplatz ein",
            "wenn deine eltern am wochenende weg sind komm ich vorbei, wir haben sturmfrei",
        ],
        "photo_request": [
            "schick mal n bild im bikini, nur fuer mich, versprochen",
            "mach ein video wie du duschen gehst, keiner sieht das",
        ],
        "private_contact": [
            "lass lieber auf whatsapp schreiben, hier liest die schule mit",
            "hab dir ne privatgruppe auf telegram gemacht, da ist sonst keiner",
        ],
        "gift_offer": [
            "ich schick dir 50 euro auf paypal wenn du morgen allein kommst",
        ],
        "personal_question": [
            "wie alt bist du eigentlich und wer ist nachmittags bei dir zuhause?",
            "hast du schon nen freund? hattest du schon mal was mit jemandem",
        ],
        "secrecy": [
            "loesch den chat danach, deine mutter darf das nie sehen",
            "erzaehl deinem lehrer nix von mir, sonst kriegen wir beide aerger",
        ],
        "isolation": [
            "deine familie versteht dich eh nicht, du brauchst die gar nicht, nur mich",
        ],
        "self_harm": [
            "ich hab die tabletten von meiner mama gesammelt, heute nacht nehm ich alle",
        ],
        "disclosure": [
            "mein vater schlaegt mich mit dem guertel wenn ich schlechte noten hab",
        ],
        "violence": [
            "nach der schule stech ich dich ab, ich hab das messer schon dabei",
        ],
        "phone": [
            "null eins sieben sechs, doppel drei, vier acht null zwo eins",
            "0 1 5 l - 2 2 3 - 9 0 8 7 6",
        ],
        "contact": [
            "schreib mir an leonie punkt mueller at gmx punkt de",
        ],
        "abuse": [
            "du dumme f0tze, halt endlich dein maul",
            "du bist so ein hurensohn, echt jetzt",
        ],
    },
    "es": {
        "meeting": [
            "a la salida te espero en la parada del bus, te llevo a casa en mi coche",
            "tus padres trabajan el sabado? voy a tu casa y estamos solos tranquilos",
        ],
        "photo_request": [
            "mandame una foto sin maquillaje y con poca ropa, que te quiero ver",
            "hazme un video en tu cuarto antes de dormir porfa 🙏",
        ],
        "private_contact": [
            "aqui nos leen los profes, hablame por instagram mejor",
            "pasate a mi server privado de discord, ahi no hay moderadores",
        ],
        "gift_offer": [
            "te paso 2000 robux si me mandas una foto tuya ahora",
        ],
        "personal_question": [
            "cuantos años tienes y en que barrio vives exactamente?",
            "ya te ha crecido el pecho? no pasa nada, me lo puedes contar",
        ],
        "secrecy": [
            "borra todos los mensajes, tu madre no lo puede saber nunca",
            "no le digas nada al profe de lo nuestro, vale?",
        ],
        "isolation": [
            "tus amigas no te quieren de verdad, olvidate de ellas y quedate conmigo",
        ],
        "self_harm": [
            "llevo 4 dias sin comer casi nada, quiero desaparecer y que nadie me vea",
        ],
        "disclosure": [
            "mi padrastro me encierra en el cuarto sin cenar y me pega con la zapatilla",
        ],
        "violence": [
            "mañana te parto la cara a la salida, te lo juro",
        ],
        "phone": [
            "seis uno dos, tres cuatro cinco, seis siete ocho, escribeme",
            "+34 6l2 . 44 . 0 nueve . 31",
        ],
        "contact": [
            "vivo en calle del Pez 14, 3º izquierda, al lado del chino",
        ],
        "abuse": [
            "eres un g1lipollas de mierda",
            "calla p.u.t.a",
        ],
    },
    "pl": {
        "meeting": [
            "po lekcjach czekam na ciebie za garazami, podwioze cie do domu",
            "twoi starzy w pracy do 18? to wpadne do ciebie o 15, nikt sie nie dowie",
        ],
        "photo_request": [
            "wyslij mi zdjecie w stroju kapielowym, tylko dla mnie",
            "nagraj filmik jak sie przebierasz, obiecuje ze nikomu nie pokaze",
        ],
        "private_contact": [
            "tu wszyscy czytaja, napisz do mnie na messengerze",
            "zaloz drugie konto, o ktorym mama nie wie, i pisz z niego",
        ],
        "gift_offer": [
            "doladuje ci telefon za 50 zl jak przyslesz fotke",
        ],
        "personal_question": [
            "ile masz lat i czy spisz sama w pokoju?",
            "masz juz chlopaka? calowalas sie kiedys z kims",
        ],
        "secrecy": [
            "usun te wiadomosci zanim mama zobaczy",
            "nie mow nic wychowawczyni o mnie, to nasza tajemnica",
        ],
        "isolation": [
            "twoi rodzice cie nie rozumieja, tylko ja jestem po twojej stronie",
        ],
        "self_harm": [
            "znowu sie pocielam, nie chce mi sie juz zyc",
        ],
        "disclosure": [
            "ojciec jak wypije to mnie bije i zamyka w piwnicy",
        ],
        "violence": [
            "po szkole cie dorwe i polamie ci nogi, zobaczysz",
        ],
        "phone": [
            "zadzwon: piec zero jeden, dwa dwa trzy, szesc siedem osiem",
            "+48 5 0 1 / 2 2 3 / 6 7 8",
        ],
        "contact": [
            "mieszkam os. Tysiaclecia 12 m. 34, wpadnij",
        ],
        "abuse": [
            "ty debilu jebany",
            "spierdalaj k*rwo",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "reminder: class 7B meets at the library entrance at 9:15 tomorrow, bring ur lunch",
        "q4 answer is 1,250,000 right? i got 1.25 million but not sure about the units",
        "the school address for the trip form is on the newsletter, 14 Park Road",
        "anyone playing minecraft tonight? we're building the castle on the shared map",
        "i uploaded a photo of my homework, can someone check if q3 is right",
        "hi im maya im 11 and i live in leeds, how old r u and where do u live?",
        "today was awful, i failed my spelling test and forgot my PE kit 😩",
        "does anyone know when the science project is due",
        "my dog ate my sandwich this morning lol",
        "great page on volcanoes, i liked the diagram of the magma chamber",
        "can we do the poster about recycling in pairs?",
        "who won the football at lunch, i had to go to choir",
        "i think the answer to the riddle is an echo",
        "thanks for sharing the notes sir, they really helped",
        "omg the school trip to the museum was sooo fun",
    ],
    "it": [
        "ragazzi ci vediamo domani alle 8 davanti alla palestra, lo ha detto la prof",
        "3.456.789 diviso 3 fa 1.152.263, giusto?",
        "l'indirizzo della scuola per l'autorizzazione e via Garibaldi 22",
        "chi gioca a fortnite stasera? facciamo squadra in quattro",
        "ho messo la foto del compito di geometria, qualcuno controlla?",
        "ciao sono luca ho 12 anni e abito a bologna, voi di dove siete?",
        "oggi giornata storta, ho litigato con mia sorella e sono triste",
        "quando si consegna la ricerca di storia?",
        "bellissima la presentazione sui romani, complimenti",
        "il mio gatto dorme sempre sulla tastiera 😂",
        "qualcuno ha capito l'esercizio 5 di inglese?",
        "domani c'e la verifica di scienze, ripassiamo insieme in chat?",
        "la gita a firenze e stata fantastica",
        "grazie maestra per le schede",
        "ho finito il libro, il finale e bellissimo",
    ],
    "fr": [
        "rdv demain 8h devant le CDI pour la sortie, a dit la prof",
        "le resultat c'est 2 500 000, j'ai multiplie par 1000 a la fin",
        "l'adresse du college pour le courrier c'est 5 rue Victor Hugo",
        "qui joue a roblox ce soir? on fait un obby ensemble",
        "j'ai mis une photo de mon exo de maths, quelqu'un peut verifier?",
        "salut moi c'est ines j'ai 13 ans j'habite a lyon, et vous?",
        "journee nulle, j'ai eu une mauvaise note et j'ai pleure un peu",
        "c'est pour quand l'expose sur l'eau?",
        "trop bien votre page sur les dinosaures",
        "mon frere a casse la manette encore une fois mdr",
        "quelqu'un a compris la question 3 en anglais?",
        "on revise l'histoire ensemble ce soir sur la page de classe?",
        "le match de hand etait genial hier",
        "merci madame pour les corrections",
        "j'adore le nouveau livre de la bibliotheque",
    ],
    "de": [
        "treffpunkt morgen 7:45 am haupteingang, hat frau weber gesagt",
        "ich hab 4.320.000 raus, stimmt das bei aufgabe 2?",
        "die schuladresse fuer den elternbrief ist lindenstrasse 8",
        "wer zockt heute abend rocket league?",
        "hab ein foto von meinen hausaufgaben hochgeladen, kann jemand drueberschauen",
        "hi ich bin paul, 10 jahre, wohne in kassel, und ihr?",
        "heute war echt mies, hab mich mit meinem besten freund gestritten",
        "bis wann muss das referat fertig sein?",
        "super seite ueber den wald, die fotos sind toll",
        "mein hamster ist heute nacht aus dem kaefig abgehauen 😅",
        "kann mir jemand die aufgabe 4 in mathe erklaeren",
        "wir lernen morgen zusammen fuer den vokabeltest oder?",
        "der ausflug in den zoo war richtig cool",
        "danke fuer die arbeitsblaetter herr schmidt",
        "welches buch lest ihr gerade?",
    ],
    "es": [
        "mañana quedamos a las 8:30 en la puerta del gimnasio, lo dijo la profe",
        "me sale 1.000.000 justo, alguien lo ha comprobado?",
        "la direccion del cole para la autorizacion es calle Mayor 3",
        "quien juega a among us esta tarde?",
        "he subido una foto de los deberes de lengua, me decis si esta bien",
        "hola soy lucia tengo 9 años y vivo en sevilla, y vosotros?",
        "hoy ha sido un dia malisimo, me he caido en el recreo",
        "para cuando es el trabajo de naturales?",
        "me encanta vuestra pagina sobre los planetas",
        "mi perro ha aprendido a dar la pata jaja",
        "alguien entiende el ejercicio 6?",
        "estudiamos juntos para el examen de ingles?",
        "la excursion al museo estuvo genial",
        "gracias profe por los apuntes",
        "que libro os habeis cogido de la biblioteca?",
    ],
    "pl": [
        "jutro zbiorka o 8:00 przed szkola, pani mowila zeby wziac drugie sniadanie",
        "wyszlo mi 2 500 000, dobrze?",
        "adres szkoly do zgody to ul. Szkolna 5",
        "kto gra dzis w minecrafta?",
        "wrzucilem zdjecie zadania domowego z matmy, sprawdzi ktos?",
        "czesc jestem ola mam 12 lat i mieszkam w krakowie, a wy?",
        "dzis beznadziejny dzien, dostalam jedynke",
        "na kiedy jest projekt z przyrody?",
        "fajna strona o ptakach",
        "moj kot zjadl mi gumke do mazania xd",
        "ktos rozumie zadanie 7?",
        "uczymy sie razem na sprawdzian?",
        "wycieczka do zoo byla super",
        "dziekuje pani za notatki",
        "jaka ksiazke teraz czytacie?",
    ],
}
