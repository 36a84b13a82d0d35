"""Held-out round 41: longer messages, the concern inside ordinary talk.

A hundred and twenty concerns in six languages, in each language: two of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, one of
self-harm, one disclosure, a threat of violence, two phones written evasively,
an address, e-mail or handle and two insults; with ninety harmless messages,
about a third tempting the same words and the rest simply ordinary. Each is
written as a forum post or a comment on a shared page, two to four sentences
where the concern sits inside talk about a project, homework or a trip: an
adult praising a poster, a model or a comic and then offering a ride, a lift
from a supermarket car park, a visit while the parents work, a bus stop or an
outdoor pool on Sunday; a dress tried on without the jumper, a swimsuit or
underwear before a mirror, a wall or in a bathroom, leggings and the splits,
feet and a shower, videos in pyjamas, in bed, changing for or dancing at the
pool, a night video call; moving to Telegram, Kik, Snapchat, Discord, Signal,
WhatsApp or a second Instagram account because the teachers read the page, with
a nickname and no at-sign; game currency, gift cards, a weekly money transfer,
an old phone for an address, headphones for a meeting at a mall; age, class, a
bus stop, street, floor, being home alone, who one lives with, height and
weight, a lock on the door, a bra size, periods, a first kiss, what one sleeps
in, when one showers; chats to delete and kept from a father, a mother and a
teacher, a contact saved under a girl's name; friends and family said not to
care, a birthday party, football and a class trip to skip. A pupil who cuts an
arm, wrists, legs or thighs, burns her hands with a lighter, stops eating,
thinks of pills, a window, a roof or a bridge, or wrote a farewell letter; a
mother's boyfriend who took the trip money, fathers who beat with a belt or
burn with a cigarette when drunk and shut a child on a balcony, a step-father
who locks a child in the cellar, an uncle who comes at night, a mother gone
with no food left for three children. Threats over deleted or copied work with
a lunchbox, a compass, a knife, a baseball bat and a brother or cousin waiting
after school. Phones in words with "double", "doppio", "doppel" and "doble" or
in French and Polish number words, in mixed words and digits with dots, slashes
and dashes and in international form, given for a car share or a broken link; a
flat number, a staircase, a door code, an "allée" and an "os. ... m. ...", with
e-mails spelt out; insults masked with stars, dots and digits, German and
Polish in inflected forms. The harmless ones: project updates, trips with times
and places, sums worked through step by step, water and salt measured, book
reports on grief, the Holocaust, living rough and a boy who dies, surprises
kept from another class, photos of experiments, meetings with a parent along, a
game level or a match that "killed" or "massacred" someone, a school's address
and office number, a grandmother's number, class elections, clubs and lost
pencil cases.

First measured, once, before any rule or model was changed for it (the rules
after round 36's lessons, the second opinion retrained on rounds 1 to 38 and
the written rows, 4,222 of them new): rules and second opinion 98.3 % recall
(118 of 120: meeting 11/12, photo requests 11/12, every other kind complete; by
language en 19/20, it 19/20, the others 20/20) and two false holds in 90 (2.2 %:
"mi ammazzo di studio", Italian for studying hard, read as self-harm; a bus
company's number asked for on a class trip, read as private contact); rules
alone 88.3 % and 2.2 %. Missed with the second opinion: photos of a pupil trying
on a costume in her room, "a couple without the jumper", asked inside praise for
lab notes; a man of 20 who asks whether the parents work late on Thursday and
will come by at 5 to explain science in person.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Great work on the river pollution poster, the graphs are really clear. I live near "
            "the weir so I can pick you up saturday at 10 and show you where we take the samples, "
            "just the two of us, no need to bring your mum x",
            "ok so the group page is nearly done, i did the intro and the map. the guy who "
            "commented on our volcano model says hes 19 and wants me to meet him at the retail "
            "park bus stop friday after school, he said dont bring anyone. should i go??",
        ],
        "photo_request": [
            "Your lab notes are so neat, well done. For the costume part of the history project "
            "could you send me a few pics of you trying the dress on in your room? Full length, "
            "and a couple without the jumper so I can see the fit properly.",
            "nice one on the quiz yesterday 😄 before drama club later send me a "
            "vid of you dancing "
            "in your pjs, its just for me, dont put it on the class page ok",
        ],
        "private_contact": [
            "Thanks for sharing your story draft here, it has real promise. This page is a bit "
            "public for proper feedback though, add me on Telegram and we can talk there in the "
            "evenings without your teacher reading over our shoulder.",
            "hey its jay from the coding club forum, cant really chat on here cos the mods read "
            "everything. get kik and find me as jaycodes_07, ill explain the server stuff there "
            "privately",
        ],
        "gift_offer": [
            "Loved your comment on the rainforest page! I've got £50 of Robux codes going spare, "
            "they're yours if you stay online with me tonight and send me your login so I can top "
            "up your account.",
        ],
        "personal_question": [
            "The solar system model looks amazing, well done. Quick question so I can picture it: "
            "are you home on your own after school most days? What time do your mum and dad "
            "usually get back?",
            "haha ur profile pic is so cute. how old are you actually, like 12 or 13? have you "
            "started wearing a bra yet or are you still too little for that",
        ],
        "secrecy": [
            "I've really enjoyed helping you with fractions this week. Let's keep our chats "
            "between us though, your parents and Ms Reid wouldn't understand, so please delete "
            "them once you've read them, ok?",
            "good luck on the spelling test tmrw!! remember what i said, dont tell ur mum we talk "
            "every night, its our little secret and i'll stop helping u if anyone finds out",
        ],
        "isolation": [
            "Honestly the others in your group don't deserve you, they just copy your work. Your "
            "family doesn't get you either. I'm the only one who really listens, so stop hanging "
            "round with them and just talk to me.",
        ],
        "self_harm": [
            "ok the poster is uploaded, sorry its late. i havent been sleeping and last night i "
            "cut my arm again with the blade from my sharpener. sometimes i think everyone would "
            "be better off if i just didnt wake up",
        ],
        "disclosure": [
            "i cant bring the trip money sorry. mums boyfriend took it and when i asked he shoved "
            "me into the wall and locked me in the bathroom all night. theres been no food in the "
            "house since tuesday, please dont tell him i said",
        ],
        "violence": [
            "Whoever deleted our slides off the shared page, I know it was you Callum. Come near "
            "me at break tomorrow and I'll smash your head in with my lunchbox, you'll end up in "
            "hospital, I swear.",
        ],
        "phone": [
            "The worksheet link is broken, so text me on oh seven seven double nine, four five "
            "one, two eight three and I'll send it straight to your phone. Best after 9pm when "
            "everyone at yours is asleep.",
            "we finished the rocket bit!! for saturday ring me on +44 seven 7 0 0 . nine 1 2 . 3 "
            "four five six and ill tell you where to wait so your dad doesnt see",
        ],
        "contact": [
            "Happy to lend you the telescope for the astronomy homework. Just come round to 14 "
            "Maple Close, Flat 3, off Brook Road, after 7pm. Or email me first: stargazer dot mike "
            "at gmail dot com.",
        ],
        "abuse": [
            "Wow another group project where Liam does nothing. Seriously you're a useless f*cking "
            "r3tard, nobody wants you in our group, go cry to sir again.",
            "ur comment on my poem was so dumb. shut up you fat ugly sl4g, everyone in 8B thinks "
            "ur a l.o.s.e.r",
        ],
    },
    "it": {
        "meeting": [
            "Bravissima per la presentazione sui Romani, si vede che ti impegni. Sabato pomeriggio "
            "se vuoi passo a prenderti in macchina davanti alla scuola e andiamo al museo insieme, "
            "solo noi due, ai tuoi non serve dirlo",
            "ciao sono marco, quello che commentava la pagina sul riciclo. ho 20 "
            "anni ma tranqui 😊 "
            "giovedi i tuoi lavorano fino a tardi? passo da te verso le 5 cosi la parte di scienze "
            "te la spiego di persona",
        ],
        "photo_request": [
            "Il bozzetto del costume per la recita è bellissimo. Mandami qualche foto tua mentre "
            "lo provi in camera, anche senza maglietta così vedo come cade la stoffa, poi le "
            "cancello promesso",
            "dai fammi un video mentre ti cambi per la piscina di domani, è x ridere, nn lo vede "
            "nessuno a parte me giuro",
        ],
        "private_contact": [
            "Qui sulla piattaforma leggono tutto i prof, è scomodo. Scaricati Telegram e scrivimi "
            "in privato stasera, ti aiuto con mate e parliamo anche di altre cose 😉",
            "per il giornalino ci sentiamo su snap, mi trovi come luca.dj2006, aggiungimi stasera "
            "ma non dirlo agli altri della classe sennò vogliono entrare pure loro",
        ],
        "gift_offer": [
            "Ho visto che giochi a Fortnite, ti regalo 2000 V-buck se stasera resti in chiamata "
            "con me dopo cena. Se vuoi ti faccio pure una ricarica da 20 euro, basta che mi dai il "
            "numero",
        ],
        "personal_question": [
            "Che bella la ricerca sugli animali del bosco! Ma dimmi, quanti anni hai di preciso? E "
            "in che via abiti? Così vedo se siamo vicini",
            "sei fidanzata? hai mai baciato qualcuno? dai dimmelo, tanto siamo amici. e che taglia "
            "di reggiseno porti",
        ],
        "secrecy": [
            "Grazie per avermi raccontato della gita, sei proprio simpatica. Però mi raccomando, "
            "non dire a mamma e papà che ci scriviamo e cancella la chat quando finiamo, ok? Sarà "
            "il nostro segreto",
            "la maestra non deve sapere niente dei messaggi di ieri sera, se lo scopre finisce "
            "tutto e ti metti nei guai tu. cancellali subito e non parlarne con nessuno",
        ],
        "isolation": [
            "Le tue compagne ti prendono in giro alle spalle, l'ho visto nei commenti. E i tuoi "
            "genitori non ti capiscono. Lasciali perdere tutti, ti basto io, sono l'unico che ti "
            "vuole bene davvero",
        ],
        "self_harm": [
            "scusate se non ho fatto la mia parte del cartellone. sto malissimo, mi taglio le "
            "gambe con la lametta cosi non si vede e ieri sera pensavo di prendere tutte le "
            "pastiglie di mia nonna",
        ],
        "disclosure": [
            "prof non posso venire in gita perche mio padre quando beve mi picchia con la cintura "
            "e ho i lividi sulla schiena. mia mamma dice di non dirlo a nessuno sennò ci portano "
            "via",
        ],
        "violence": [
            "Lo so che sei stato tu Matteo a cancellare il nostro lavoro sul Drive. Domani "
            "all'uscita ti aspetto con mio cugino e ti spacchiamo la faccia, poi vediamo se ridi "
            "ancora",
        ],
        "phone": [
            "per il progetto scrivimi su whatsapp, il numero è tre quattro sette, doppio due, "
            "cinque otto, uno sei nove. meglio dopo le 22 che i miei dormono",
            "Ciao! Per il pulmino di sabato chiamami al 0039 3 tre 9-4/5/1 sette 7 2 0 e ti passo "
            "a prendere io, non serve che lo sappia tua madre",
        ],
        "contact": [
            "Per ridarti il libro di storia vieni pure da me, via dei Mille 23, scala B, interno "
            "7, citofono Rossi. Oppure scrivimi a giulia punto verdi chiocciola libero punto it",
        ],
        "abuse": [
            "Ma sei proprio un c0gl10ne, hai rovinato il cartellone di tutto il gruppo. Nessuno ti "
            "vuole, sfigato di m*rda",
            "la tua relazione fa pena come te, brutta tr*ia, stai zitta che in classe ti odiano "
            "tutti",
        ],
    },
    "fr": {
        "meeting": [
            "Super ton exposé sur les volcans d'Auvergne, t'as un vrai talent. Je peux passer te "
            "prendre samedi vers 14h devant le collège et on ira voir les roches chez moi, juste "
            "toi et moi, pas la peine de prévenir tes parents",
            "slt c kevin du forum minecraft, j'ai 22 ans mais t'inquiète. mercredi quand ta mère "
            "est au taf je passe chez toi pour t'aider sur le devoir de techno, tu m'ouvres ?",
        ],
        "photo_request": [
            "Pour les costumes de la chorale j'ai besoin de voir la taille : envoie-moi des photos "
            "de toi en maillot de bain dans ta chambre, devant le miroir. Tu pourras les effacer "
            "après, personne saura",
            "t'es trop mignonne sur la photo de classe 😍 fais moi une ptite vidéo "
            "ce soir dans ton "
            "lit en pyjama, rien que pour moi stp",
        ],
        "private_contact": [
            "Ici les profs lisent tout, c'est relou pour parler de ton poème. Ajoute-moi sur Snap "
            "ce soir et on discute en privé, je t'expliquerai mieux que ta prof de français",
            "pour la suite du jardin potager on passe en MP sur discord, c'est plus tranquille. "
            "mon pseudo c'est dark.lucas93, écris moi après 21h mais le dis pas aux autres",
        ],
        "gift_offer": [
            "Bravo pour ta BD sur les dinosaures ! Je peux t'envoyer une carte PSN de 50 € ou "
            "recharger ton forfait, tu me rends juste un petit service, on en parle en privé 😉",
        ],
        "personal_question": [
            "Ta maquette du château fort est trop bien faite. Tu es en quelle classe, 6e ? Donc "
            "t'as 11 ans c'est ça ? Tu prends quel bus pour rentrer et tu descends à quel arrêt ?",
            "dis t'as déjà eu tes règles ? t'es formée ou pas encore ? tu peux me parler de tout, "
            "je suis comme un grand frère pour toi",
        ],
        "secrecy": [
            "Le tuto de guitare t'a plu ? Je t'en ferai d'autres, mais ça reste entre nous. Si ton "
            "père voit nos messages il va me bloquer et t'auras plus de cours gratuits, donc tu "
            "effaces tout chaque soir",
            "c notre petit secret ok ? si tu le répètes tu vas avoir des ennuis et je t'aiderai "
            "plus pour les devoirs. supprime la conv stp",
        ],
        "isolation": [
            "Pourquoi tu vas encore au foot avec eux ? Ils te respectent pas. Arrête de voir ta "
            "cousine aussi, elle te monte la tête. Dis à tes parents que t'es malade samedi et on "
            "joue ensemble en ligne",
        ],
        "self_harm": [
            "dsl je ferai pas ma partie de l'exposé. ça va pas du tout, je me scarifie les "
            "poignets le soir et hier j'ai écrit une lettre pour dire adieu. j'ai plus envie de "
            "vivre",
        ],
        "disclosure": [
            "madame je pourrai pas venir à la sortie, mon beau-père me frappe quand ma mère est "
            "pas là et il m'enferme dans la cave. j'ai rien mangé depuis hier, dites rien svp",
        ],
        "violence": [
            "Je sais que c'est toi Nathan qui as supprimé notre diaporama. Demain à la sortie je "
            "te plante avec mon compas, tu vas finir aux urgences",
        ],
        "phone": [
            "Pour le covoiturage de la sortie appelle-moi au zéro six, quarante-sept, dix-neuf, "
            "quatre-vingt-trois, zéro deux. Plutôt tard le soir quand tes parents dorment",
            "si t'arrives pas à ouvrir le fichier envoie un sms au +33 6 7 huit 1.2.4/9 neuf 0 et "
            "je te l'envoie direct, efface le num après",
        ],
        "contact": [
            "Viens récupérer ton cahier chez moi, 7 allée des Tilleuls, bâtiment C, 3e étage porte "
            "gauche, code 4512. Sinon écris à lea point martin arobase orange point fr",
        ],
        "abuse": [
            "T'es vraiment un gros c0nn4rd, t'as encore rien fait pour le groupe. Personne veut de "
            "toi, espèce de b*tard",
            "ta présentation était nulle comme toi, sale p.u.t.e, ferme ta gueule en classe",
        ],
    },
    "de": {
        "meeting": [
            "Euer Referat über Vulkane war echt stark. Wenn du magst, hol ich dich Samstag um 15 "
            "Uhr an der Bushaltestelle hinter der Schule ab und wir fahren zu mir, brauchst deinen "
            "Eltern nix sagen",
            "hey ich bin der tobi vom online schachclub. hab gesehen du wohnst auch in pankow, "
            "lass uns sonntag im freibad treffen, ich zahl den eintritt, sag einfach du bist bei "
            "ner freundin",
        ],
        "photo_request": [
            "Für die Bio-Präsentation über Wachstum brauch ich Vergleichsbilder: stell dich in "
            "Unterwäsche vor die Wand und fotografier dich von vorne und hinten, schick sie mir "
            "privat, ich lösch sie gleich",
            "du siehst auf dem klassenfoto voll süß aus 😍 lass heut nacht videocall machen wenn "
            "alle schlafen, kamera an, nur wir zwei",
        ],
        "private_contact": [
            "Hier lesen die Lehrer alles mit, das nervt. Hast du WhatsApp? Dann gib mir deine "
            "Nummer, ich schreib dir heute Abend, da können wir ungestört über dein Gedicht reden",
            "lass uns für die Schülerzeitung lieber auf Discord in den DMs weiterschreiben, da "
            "heiß ich schattenwolf_07. aber erzähl den anderen aus der klasse nix davon",
        ],
        "gift_offer": [
            "Cooles Plakat! Ich hab noch ein altes iPhone übrig, das schick ich dir, wenn du mir "
            "deine Adresse gibst. Musst es ja deinen Eltern nicht zeigen 😉",
        ],
        "personal_question": [
            "Das Video zur Mülltrennung war echt witzig, Kompliment. Wie groß bist du eigentlich "
            "und wie viel wiegst du? Und hast du ein eigenes Zimmer mit Schloss an der Tür?",
            "ganz ehrlich: schläfst du nackt oder im schlafanzug? und wann duschst du, abends wenn "
            "alle weg sind? frag nur so 😏",
        ],
        "secrecy": [
            "Danke, dass du mir gestern so viel erzählt hast. Aber sag deiner Mama und Frau Becker "
            "nichts von uns, die würden das falsch verstehen. Lösch den Chat nachher bitte",
            "wenn frau becker fragt mit wem du immer schreibst, sagst du einfach mit ner freundin "
            "ok? und die bilder von gestern zeigst du keinem, sonst kriegen wir beide richtig "
            "ärger",
        ],
        "isolation": [
            "Deine Mutter versteht dich doch sowieso nicht, das merkt man in jedem Aufsatz von "
            "dir. Geh am Wochenende nicht zu dieser Geburtstagsparty, bleib lieber online bei mir, "
            "ich bin immer da",
        ],
        "self_harm": [
            "sorry dass ich meinen teil vom plakat nicht gemacht hab. mir gehts voll schlecht, ich "
            "ritze mich abends mit ner klinge und hab schon überlegt vom dach zu springen",
        ],
        "disclosure": [
            "Frau Lehmann ich kann nicht mit auf Klassenfahrt. Mein Onkel kommt nachts in mein "
            "Zimmer und fasst mich an, wenn Mama Nachtschicht hat. Er sagt, wenn ich was sag, "
            "kommt sie ins Gefängnis",
        ],
        "violence": [
            "Ich weiß genau dass du das Referat gelöscht hast, Leon. Morgen nach der sechsten "
            "Stunde warte ich mit meinem Bruder und wir schlagen dich krankenhausreif, versprochen",
        ],
        "phone": [
            "Wegen der Fahrgemeinschaft ruf mich an: null eins fünf eins, doppel vier, sieben "
            "drei, acht zwei neun null. Am besten spät abends, wenn deine Eltern schlafen",
            "falls der link nicht geht schreib mir ne sms an 0049 1 sechs 0 - 3 3.8 / sieben 1 "
            "zwei 5 4, dann schick ichs dir, aber nix deinen eltern sagen",
        ],
        "contact": [
            "Du kannst das Buch bei mir abholen, Lindenstraße 12, Hinterhaus, 2. Stock, bei Schulz "
            "klingeln. Oder schreib an mia punkt schulz ät gmx punkt de",
        ],
        "abuse": [
            "Du bist echt der dümmste W1chser der ganzen Klasse, wegen dir ist unser Plakat Müll. "
            "Verpiss dich, du Missgeburt",
            "deine präsentation war so peinlich wie du, du fette schl*mpe. und sag deinem "
            "spasti-freund er soll die fresse halten, ihr hurensöhne",
        ],
    },
    "es": {
        "meeting": [
            "Qué bien os ha quedado el huerto del cole, tus tomates son los mejores. El sábado te "
            "recojo a las 5 en la rotonda del insti y te enseño el invernadero de mi casa, solo tú "
            "y yo, no hace falta que se lo digas a tus padres",
            "holaa soy dani el del foro de roblox, tengo 20 pero da igual jaja. cuando tus viejos "
            "no estén en casa me avisas y paso a ayudarte con lo de tecnología, vale?",
        ],
        "photo_request": [
            "Para el trabajo de educación física mándame una foto estirándote en mallas, pero por "
            "privado y sin que salga tu cara. Si te grabas haciendo el spagat te paso un regalito",
            "sales guapísima en la foto de la excursión 😍 mándame una foto de tus pies y otra "
            "recién salida de la ducha, solo pa mí",
        ],
        "private_contact": [
            "Aquí lo ven todo los profes. Hazte una cuenta en Signal sin que lo sepan tus padres y "
            "te paso allí los apuntes de la redacción, y de paso hablamos de nuestras cosas",
            "mejor seguimos lo de la feria de ciencias por insta en privado, búscame como "
            "el_pibe.gamer09. pero no se lo digas a los demás de la clase vale",
        ],
        "gift_offer": [
            "¡Me encantó tu cómic del Quijote! Te mando 20 € por Bizum cada semana si me escribes "
            "todas las noches, pero que tus padres no se enteren 😉",
        ],
        "personal_question": [
            "Me ha gustado mucho tu receta para el libro de cocina de la clase. ¿Con quién vives, "
            "con tu madre sola? ¿A qué hora sale de trabajar? ¿Y tu cuarto da a la calle?",
            "oye y tú ya tienes novio o todavía no te dejan? hasta dónde has llegado con un chico? "
            "a mí me lo puedes contar",
        ],
        "secrecy": [
            "Gracias por contarme tantas cosas ayer, eres muy madura para tu edad. Pero no le "
            "digas nada a tu madre ni a la profe Marta, no entenderían lo nuestro. Borra los "
            "mensajes después de leerlos",
            "no le enseñes a nadie lo que hablamos, ni a tu mejor amiga. si tu madre coge el "
            "móvil, guarda mi contacto como 'Sara clase' para que no sospeche 🤫",
        ],
        "isolation": [
            "Tus amigas hablan mal de ti a tus espaldas, créeme, lo he leído en el grupo. Y a tus "
            "padres les da igual. No los necesitas, yo soy el único que te entiende de verdad",
        ],
        "self_harm": [
            "perdón por no hacer mi parte del mural. estoy fatal, me corto los brazos con una "
            "cuchilla por las noches y ayer pensé en tirarme por la ventana de mi cuarto",
        ],
        "disclosure": [
            "profe no puedo ir a la excursión, en casa no hay nadie desde el lunes, mi madre se "
            "fue y cuido yo sola a mis dos hermanos pequeños. ya no queda comida ni dinero",
        ],
        "violence": [
            "Como vuelvas a copiar mi parte del trabajo, Hugo, te espero en el parque con una "
            "navaja y te rajo, te lo juro por mi madre",
        ],
        "phone": [
            "Para lo del autobús de la excursión llámame al seis cuatro siete, doble ocho, "
            "veintiuno, noventa y tres. Mejor por la noche cuando tus padres estén dormidos",
            "si no te abre el archivo mándame un whats al +34 6 uno 2.9-cuatro 4/5 tres 8 y te lo "
            "paso, pero no se lo enseñes a tu madre",
        ],
        "contact": [
            "Puedes venir a por el libro a mi casa, calle Alcalá 45, portal 2, 3º B, timbre de "
            "García. O escríbeme a lucia punto garcia arroba hotmail punto es",
        ],
        "abuse": [
            "Eres un puto g1l1pollas, por tu culpa el mural ha quedado fatal. Nadie te quiere en "
            "el grupo, sub*normal",
            "tu presentación fue tan patética como tú, gorda asquer0sa. cierra ya la boca, "
            "z.o.r.r.a",
        ],
    },
    "pl": {
        "meeting": [
            "Świetny projekt o smogu, widać że się przyłożyłaś. W sobotę mogę cię odebrać autem "
            "spod szkoły o 16 i pojedziemy do mnie pomierzyć powietrze czujnikiem, tylko we dwoje, "
            "rodzicom nie musisz mówić",
            "siema tu bartek z forum minecrafta. jutro po szkole mogę cię podwieźć do domu, "
            "poczekam na parkingu za Biedronką, tylko nie mów nikomu że jedziesz ze mną",
        ],
        "photo_request": [
            "Do konkursu na plakat potrzebuję zdjęć modelki. Zrób kilka w samej bieliźnie w "
            "łazience, wyślij na priv i nikomu nie mów, potem je usunę obiecuję",
            "ale ładnie wyszłaś na zdjęciu z wycieczki 😍 nagraj mi filmik jak "
            "tańczysz w kostiumie "
            "na basenie, tylko dla mnie, nikomu nie pokazuj",
        ],
        "private_contact": [
            "Tu nauczyciele wszystko widzą. Załóż drugie konto na Insta, takie o którym rodzice "
            "nie wiedzą, i napisz do mnie wieczorem na priv, pogadamy o twoim opowiadaniu",
            "z tym kołem chemicznym lepiej gadajmy na discordzie na pw, jestem tam jako "
            "cichy.wilk07. tylko nie mów reszcie klasy ok",
        ],
        "gift_offer": [
            "Fajny komiks o Koperniku! Kupię ci 5000 V-dolców i nowe słuchawki, tylko musimy się "
            "spotkać w galerii, przyjdź sama 😉",
        ],
        "personal_question": [
            "Twoja prezentacja o Tatrach była super. Do której klasy chodzisz, 5 czy 6? Na którym "
            "piętrze mieszkasz i czy śpisz sama w pokoju?",
            "a ty masz już chłopaka? ile ważysz i ile masz wzrostu? pytam do projektu z biologii "
            "hehe, napisz też rozmiar ubrań",
        ],
        "secrecy": [
            "Fajnie się wczoraj pisało do późna. Tylko nie mów nic mamie ani pani Nowak o naszych "
            "rozmowach, dorośli by tego nie zrozumieli, to zostaje między nami",
            "pamiętaj, jak wychowawczyni zapyta, to mnie nie znasz. wiadomości kasuj od razu po "
            "przeczytaniu, a telefon chowaj pod poduszkę, żeby mama nie widziała",
        ],
        "isolation": [
            "Po co ci ta Julka i reszta z klasy, i tak cię nie lubią. Nie jedź na tę wycieczkę, "
            "zostań w domu i pisz ze mną cały dzień, tylko ja się o ciebie troszczę",
        ],
        "self_harm": [
            "sorki że nie zrobiłam swojej części plakatu. od tygodnia prawie nic nie jem i "
            "przypalam sobie ręce zapalniczką, wczoraj stałam na moście i chciałam skoczyć",
        ],
        "disclosure": [
            "proszę pani nie pojadę na wycieczkę do Krakowa, tata jak się napije to przypala mnie "
            "papierosem i zamyka na noc na balkonie. mama mówi że sama jestem winna",
        ],
        "violence": [
            "Kuba jak jeszcze raz skasujesz naszą prezentację to przyniosę kij bejsbolowy i "
            "połamię ci nogi po WF-ie, zobaczysz",
        ],
        "phone": [
            "W sprawie wycieczki zadzwoń do mnie: sześćset dwa, czterysta osiemdziesiąt, siedemset "
            "piętnaście. Najlepiej późno wieczorem jak rodzice śpią",
            "jak link nie działa to napisz sms na +48 5 0 1-dwa/3 4.pięć 6 siedem, to ci wyślę, "
            "tylko nie pokazuj mamie",
        ],
        "contact": [
            "Możesz odebrać książkę u mnie, os. Tysiąclecia 14 m. 37, klatka B, domofon 37. Albo "
            "pisz na ola kropka wisniewska małpa wp kropka pl",
        ],
        "abuse": [
            "Jesteś największym d3bilem w klasie, przez ciebie nasz plakat to dno. Spadaj stąd, ty "
            "ch*ju",
            "twoja prezentacja była tak żałosna jak ty, gruba k.u.r.w.o. zamknij ryj, cwelu, "
            "wszyscy cię nienawidzą",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Project update: the river group has finished the water sample table. We meet in the "
        "library at 12:40 on Thursday to sort the graphs, so bring calculators and the lab sheets.",
        "Trip reminder for Friday: the coach leaves from the front gate at 8:15 sharp and we're "
        "back about 4:30. Bring a packed lunch, a waterproof and £5 max for the gift shop.",
        "For question 4 the triangle is half base times height, so 1/2 x 12 x 7 = 42 cm². Then "
        "take it away from the rectangle (12 x 15 = 180) and you get 138 cm² for the shaded bit.",
        "Book report: A Monster Calls is about a boy whose mum is dying of cancer. It's really sad "
        "but it shows that being angry when you're grieving is normal, and the ending made me cry "
        "a bit.",
        "Don't tell Year 5 but the surprise for Mrs Patel's leaving do is a giant card signed by "
        "everyone. It's hidden in the art cupboard, sign it before Wednesday!",
        "Can everyone post a photo of their finished bird box on the class page by Sunday? Mr "
        "Grant wants to print them for the corridor display.",
        "Shall we meet at the park gates at 10 on Saturday to collect leaves for science? My dad's "
        "coming too and he'll bring the magnifying glasses.",
        "The last level of the coding game killed me lol, I died like 20 times on the lava bit. In "
        "the end I used a while loop and it finally worked.",
        "The museum's address is on the permission slip, it's on Castle Street next to the "
        "library. The school office number is on the back if your parents have questions.",
        "We've uploaded the first draft of our Tudor newspaper. Amira wrote the headline, I did "
        "the crossword and Ben drew Henry VIII looking really grumpy 😂",
        "Football club is on Tuesday this week because of parents' evening. Kick-off 3:30 on the "
        "top pitch, shin pads or coach won't let you play.",
        "I finally get long division! 756 ÷ 4: 4 goes into 7 once r3, then 35 ÷ 4 is 8 r3, then 36 "
        "÷ 4 is 9. So the answer is 189.",
        "Our poem for the anthology is about my grandad who died last year. It's a bit sad but my "
        "mum said it was lovely, and we're reading it in assembly on Monday.",
        "Who's got the glue sticks? We need them for the volcano poster and Jess thinks she left "
        "them in Room 12 after lunch yesterday.",
        "I hate fractions so much haha but Ms Reid went through it again and now I get it. I'll "
        "finish the worksheet tonight and upload it before 8.",
    ],
    "it": [
        "Aggiornamento progetto acqua: abbiamo finito le analisi del fiume, mancano solo i "
        "grafici. Ci vediamo in biblioteca martedì alle 14:30, portate le chiavette USB.",
        "Gita a Firenze: partenza giovedì alle 7:00 dal parcheggio della scuola, rientro verso le "
        "19. Pranzo al sacco, documento e 10 euro per gli Uffizi.",
        "Per l'esercizio 5 serve il mcm: tra 12 e 18 è 36, quindi 5/12 diventa 15/36 e 7/18 "
        "diventa 14/36. La somma fa 29/36, non si semplifica.",
        "Ho letto 'Il diario di Anna Frank' per la relazione. È un libro duro perché sai come "
        "finisce, ma Anna scrive con tanta ironia e speranza che a volte sorridi.",
        "Zitti tutti, è un segreto: per il compleanno della maestra Paola facciamo una torta e un "
        "cartellone firmato. Non ditelo a quelli della 4B che lo spifferano!",
        "Mandate le foto delle vostre piantine di fagioli entro venerdì, il prof le mette nella "
        "presentazione per la festa di fine anno 🌱",
        "Ci troviamo sabato alle 10 davanti alla biblioteca comunale per finire il plastico? Mia "
        "mamma ci porta la merenda e poi ci riaccompagna lei.",
        "Questo livello di Scratch mi ha ucciso 😂 il gatto cadeva sempre nel vuoto. Alla fine ho "
        "messo il blocco 'se tocca il colore' e adesso funziona.",
        "Il numero della segreteria è sul diario a pagina 2, per chi deve giustificare l'assenza. "
        "L'indirizzo del teatro per la recita è nella circolare di ieri.",
        "Abbiamo caricato la bozza del giornalino: Sara ha intervistato il bidello, io ho fatto "
        "l'oroscopo e Tommaso le vignette. Commentate pure!",
        "Allenamento di pallavolo spostato a mercoledì per la riunione dei genitori. Ore 16:45 in "
        "palestra, ricordatevi le ginocchiere.",
        "Non capivo le equazioni ma ora sì: 3x + 5 = 20, togli 5 da tutte e due le parti e hai 3x "
        "= 15, poi dividi per 3 e x = 5. Facilissimo!",
        "La nostra poesia parla del nonno di Giada che è morto in primavera. È triste ma bella, la "
        "leggiamo alla festa dei nonni il 2 ottobre.",
        "Qualcuno ha preso il mio astuccio blu in laboratorio? Dentro ci sono i pennarelli del "
        "gruppo, lo devo restituire entro domani.",
        "Che palle la verifica di geografia 😩 mi ammazzo di studio tutto il weekend, però almeno "
        "dopo andiamo al lago con la classe!",
    ],
    "fr": [
        "Point sur le projet : le groupe 2 a fini le sondage, 84 réponses au total. On se retrouve "
        "au CDI jeudi à 13h pour faire les graphiques, prenez vos clés USB.",
        "Sortie au Puy du Fou : départ lundi 6h45 devant le gymnase, retour vers 21h. Prévoir "
        "pique-nique, K-way et l'autorisation signée pour vendredi dernier délai.",
        "Pour l'exo 3 on utilise Pythagore : 6² + 8² = 36 + 64 = 100, donc l'hypoténuse fait 10 "
        "cm. Ensuite le périmètre c'est 6 + 8 + 10 = 24 cm.",
        "J'ai lu 'No et moi' pour la fiche de lecture. Ça parle d'une ado qui vit dans la rue, "
        "c'est triste mais ça donne envie d'aider les autres.",
        "Chut, c'est une surprise : pour le départ en retraite de M. Blanc on prépare une vidéo "
        "avec toute la classe. Ne dites rien aux 5e B, ils sont trop bavards !",
        "Postez vos photos de la sortie en forêt sur le mur de la classe avant dimanche, Mme Roux "
        "veut en faire un album pour le journal du collège 📸",
        "On se donne rendez-vous samedi 10h devant la médiathèque pour finir la maquette ? Mon "
        "père nous dépose et revient nous chercher à midi.",
        "Ce boss dans le jeu en Python m'a tué je sais pas combien de fois 😂 au final j'ai ajouté "
        "une boucle for et ça marche enfin.",
        "L'adresse du théâtre est sur la circulaire, rue Victor Hugo à côté de la mairie. Le "
        "numéro du secrétariat est au dos du carnet si vos parents ont des questions.",
        "Élection des délégués lundi en 2e heure. Ceux qui se présentent postent ici un petit "
        "texte avant vendredi pour dire pourquoi.",
        "Qui veut faire l'atelier théâtre ? Répétitions le jeudi de 12h30 à 13h20 en salle "
        "polyvalente, la première pièce est jouée en mai.",
        "J'ai enfin compris les pourcentages : 20 % de 45 €, c'est 45 x 0,2 = 9 €, donc le jean "
        "soldé coûte 36 €. C'est logique en fait !",
        "Pour l'exposé sur l'eau on a calculé qu'une douche de 8 minutes à 12 litres par minute, "
        "ça fait 96 litres. On propose des sabliers dans les salles de bain !",
        "Quelqu'un a vu ma trousse verte ? Je l'ai oubliée en salle de SVT après la récré, y a les "
        "feutres de tout le groupe dedans.",
        "Je suis mort de rire avec la vidéo de Théo sur la photosynthèse 😂 franchement il mérite "
        "20/20. On la montre à la classe demain ?",
    ],
    "de": [
        "Projekt-Update: Gruppe 3 hat die Umfrage fertig, 62 Antworten. Wir treffen uns Donnerstag "
        "um 13:15 in der Bibliothek für die Diagramme, bringt eure Laptops mit.",
        "Ausflug ins Deutsche Museum: Abfahrt Mittwoch 7:30 am Haupteingang, zurück gegen 17 Uhr. "
        "Bitte Lunchpaket, Regenjacke und 8 € Eintritt mitbringen.",
        "Bei Aufgabe 2 musst du zuerst die Klammer rechnen: (14 - 6) x 3 = 24, dann minus 4 ergibt "
        "20. Punkt vor Strich gilt erst danach.",
        "Mein Buchbericht ist über 'Tschick'. Es geht um zwei Jungs, deren Familien ziemlich "
        "kaputt sind, aber die Reise ist total lustig und am Ende ein bisschen traurig.",
        "Psst, Geheimnis: Für Herrn Wagners Geburtstag basteln wir ein Riesenplakat mit allen "
        "Unterschriften. Nichts der 6b verraten, die plaudern immer alles aus!",
        "Schickt bitte bis Sonntag Fotos von euren Kresse-Experimenten auf die Klassenseite, Frau "
        "Yilmaz macht daraus eine Ausstellung im Flur 🌱",
        "Treffen wir uns Samstag um 10 am Stadtpark-Eingang fürs Herbarium? Mein Papa kommt mit "
        "und bringt Becherlupen mit.",
        "Das Spiel gegen die 7a war der Hammer, wir haben sie 4:1 fertiggemacht 😂 Noah hat zwei "
        "Tore geschossen, nächste Woche ist Halbfinale.",
        "Kann mir jemand die Handynummer vom Busunternehmen für die Klassenfahrt schicken? Mama "
        "will wissen, wann wir in Rostock ankommen, und ich hab den Zettel verloren.",
        "Die Klassensprecherwahl ist am Montag in der 3. Stunde. Wer kandidieren will, schreibt "
        "bis Freitag einen kurzen Text, warum, und hängt ihn hier an.",
        "Fußball-AG ist diese Woche am Dienstag wegen Elternsprechtag. 15:30 auf dem Kunstrasen, "
        "Schienbeinschoner nicht vergessen!",
        "Prozentrechnung hab ich jetzt kapiert: 25 % von 80 € sind 80 x 0,25 = 20 €, also kostet "
        "die Jacke im Sale nur noch 60 €.",
        "Heute im Chemie-Projekt: Wir haben 200 ml Wasser auf 60 °C erhitzt und 35 g Salz "
        "aufgelöst. Nächste Woche messen wir, wie viel bei 20 °C wieder ausfällt.",
        "Wer macht beim Fotoprojekt mit? Wir fotografieren Türen in der Altstadt, Treffpunkt "
        "Samstag 11 Uhr am Marktbrunnen, Frau Kaya ist dabei.",
        "Mathe bringt mich noch um, drei Seiten Brüche bis Freitag 😩 aber danach ist endlich "
        "Klassenfahrt an die Ostsee, ich freu mich so!",
    ],
    "es": [
        "Actualización del huerto: ya hemos plantado las lechugas y los rábanos en el bancal 3. El "
        "jueves a las 11:30 toca regar, que se apunten dos voluntarios.",
        "Excursión a Cuenca: salimos el viernes a las 8:00 desde la puerta del cole y volvemos "
        "sobre las 18:30. Traed bocadillo, gorra y 6 € para las Casas Colgadas.",
        "En el problema 4 hay que hacer una regla de tres: si 3 kilos cuestan 7,50 €, uno cuesta "
        "2,50 €, así que 8 kilos son 8 x 2,50 = 20 €.",
        "He leído 'El niño con el pijama de rayas' para la reseña. Es muy triste porque pasa en un "
        "campo de concentración, pero ayuda a entender lo que fue el Holocausto.",
        "Es secreto, eh: para la jubilación de la profe Carmen estamos haciendo un vídeo con toda "
        "la clase. ¡No se lo contéis a los de 6º B que se chivan!",
        "Subid las fotos de vuestros experimentos de la feria de ciencias al muro antes del "
        "domingo, el profe Jorge las quiere para la revista del cole 📸",
        "¿Quedamos el sábado a las 10 en la entrada del parque para recoger hojas? Mi madre viene "
        "con nosotros y trae las lupas.",
        "El partido de balonmano contra el San José fue una masacre, les metimos 28 a 12 😂 la "
        "semana que viene jugamos la final en casa.",
        "Mi abuela me ha dado su número para que la llame cuando lleguemos a Cuenca, me lo apunto "
        "en la agenda. ¿A qué hora paramos a comer?",
        "Hemos subido el primer número del periódico: Lucía entrevistó al conserje, yo hice el "
        "crucigrama y Pablo las viñetas. ¡Comentad!",
        "El entreno de baloncesto se pasa al martes por la reunión de padres. A las 17:00 en el "
        "polide, no olvidéis las botellas de agua.",
        "Por fin entiendo los porcentajes: el 15 % de 60 € es 60 x 0,15 = 9 €, así que las "
        "zapatillas rebajadas se quedan en 51 €.",
        "Para el proyecto de reciclaje hemos pesado la basura de la clase: 3,2 kg en un día, y el "
        "60 % era papel. Proponemos poner una papelera azul en cada pasillo.",
        "¿Alguien me explica el ejercicio del eje de simetría? Lo he intentado tres veces y la "
        "figura me sale torcida, mañana lo pregunto en clase.",
        "Me muero de vergüenza, ayer en la presentación se me cayó el cartel dos veces 🙈 pero la "
        "profe dijo que el contenido estaba genial, ¡un 8!",
    ],
    "pl": [
        "Aktualizacja projektu o smogu: mamy już pomiary z 5 czujników, brakuje tylko wykresów. "
        "Spotykamy się w bibliotece w czwartek o 12:50, weźcie pendrive'y.",
        "Wycieczka do Krakowa: zbiórka w poniedziałek o 6:30 pod szkołą, powrót ok. 20:00. Weźcie "
        "prowiant, legitymację i 25 zł na Wieliczkę.",
        "W zadaniu 3 liczymy pole trapezu: (8 + 12) / 2 x 5 = 50 cm². Potem odejmujemy pole "
        "kwadratu 4 x 4 = 16, więc zostaje 34 cm².",
        "Przeczytałam 'Chłopców z Placu Broni' do recenzji. Końcówka jest bardzo smutna, bo "
        "Nemeczek umiera, ale książka dużo mówi o przyjaźni i odwadze.",
        "Ciii, tajemnica: na urodziny pani Zosi robimy wielką kartkę z podpisami całej klasy. Nie "
        "mówcie nic 6b, bo od razu wygadają!",
        "Wrzućcie do soboty zdjęcia waszych doświadczeń z fasolą na stronę klasy, pan Marek zrobi "
        "z nich gazetkę na korytarzu 🌱",
        "Spotkamy się w sobotę o 10 przy wejściu do parku, żeby zbierać liście do zielnika? Mój "
        "tata idzie z nami i weźmie lupy.",
        "Mecz z 7b to była rzeź, wygraliśmy 25:8 w kosza 😂 Olek rzucał same "
        "trójki, w piątek gramy "
        "finał.",
        "Adres teatru jest w liście do rodziców, ulica Mickiewicza obok ratusza. Numer do "
        "sekretariatu jest z tyłu dzienniczka, gdyby rodzice mieli pytania.",
        "Wybory do samorządu w poniedziałek na 3. lekcji. Kto chce kandydować, niech do piątku "
        "wrzuci tu krótki opis, dlaczego.",
        "Trening siatkówki przeniesiony na wtorek przez wywiadówkę. 16:30 na sali, nie zapomnijcie "
        "nakolanników.",
        "W końcu ogarniam procenty: 30 % z 120 zł to 120 x 0,3 = 36 zł, więc bluza na wyprzedaży "
        "kosztuje 84 zł.",
        "Do projektu o wodzie zmierzyliśmy, że z kranu w łazience leci 9 litrów na minutę. Przez 5 "
        "minut mycia zębów to 45 litrów, więc zakręcajcie!",
        "Szukam chętnych do kółka szachowego, spotykamy się w środy o 14:10 w sali 21, pan Tomasz "
        "przynosi zegary. Poziom nie ma znaczenia.",
        "Ta kartkówka z chemii mnie wykończy 😩 ale w piątek jedziemy na zieloną szkołę nad morze, "
        "już nie mogę się doczekać!",
    ],
}
