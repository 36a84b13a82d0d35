"""Held-out round 61: an ordinary week of a partner-class project, concerns in plain words.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, about a third tempting the same words and the rest
simply ordinary project talk. The writers are pupils of nine to fifteen working
with a partner class abroad, and the adults around the project: forum posts and
chat about a recycling drive, a comic, a recipe book, a weather diary, a
football tournament and a school radio show. No slang and no tricks: the
concerns are said in ordinary words, with the spelling and the missing accents
of children that age. A recycling volunteer, a school bus driver, a partner
pupil's older brother and a partner pupil's mother or father who want to meet
one child alone, at a recycling yard, a depot, a station, a park or their own
home while the sibling is at training. Pictures asked "for the project": in
pyjamas at the window for the weather diary, in a swimsuit as a model for a
comic character, in an apron and nothing else for the recipe book, while
changing after a match. A private chat on WhatsApp, Snapchat, Instagram,
Messenger or Discord because the project's chat is slow or read by the teacher,
and the conversation deleted. Headphones, football boots, a tablet, a drawing
set and a phone for the "best helper", fetched from the giver's home. Which
street and number "for the project's map", who is at home after school, when
the parents come back. A helper who threatens to drop a child from the show or
the team if it tells, and chats kept from parents and teachers. A pupil voted
out of a group, nobody to talk to her. Self-harm said plainly: cutting with the
project's cutter or scissors, wanting to die, tablets from the bathroom, not
eating, a bridge, burning. A father beating a mother and the child, a
step-parent locking a child in without food, a belt, a mother who burns a hand,
a brother who chokes. A fight threatened after the tournament's final. A phone
number, and a home address or an e-mail, given to a stranger who said he was
from a radio station or she from a recipe contest. The harmless ones: the
class's project account, photos taken by the teacher, the tournament's times
and scores, a recipe's grams and temperatures, the weather diary's readings and
dates, the school radio's phone-in line, the school's address on a poster, a
joking "I'll kill you at FIFA", and ordinary talk about the work.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 59, and the 17,977 written rows): rules
and second opinion 93.3 % recall (112 of 120: meeting 15/18, isolation 5/6,
violence 2/6, every other kind complete; by language en 18/20, it 19/20, fr
19/20, de 19/20, es 19/20, pl 18/20) and one false hold in 90 (1.1 %: the
school radio's studio line for a phone-in, in Italian, held as a phone); rules
alone 73.3 % (88 of 120: meeting 7/18, photo 11/12, private contact 12/12, gift
5/6, personal questions 12/12, secrecy 6/12, isolation 1/6, self-harm 11/12,
disclosures 10/12, violence 1/6, phone 6/6, contact 6/6) and the same false
hold. Missed with the second opinion: a recycling volunteer who praises the
child's sorting and asks to meet at the yard on Saturday morning, "just you,
the others don't need to come" (English, Polish); a classmate's brother of 19
who invites the child round on Sunday while the classmate is at football, "just
the two of us" (English); a group that will wait outside the pitch after the
tournament's final and beat the other team's pupils (Italian, French, German,
Polish); a girl voted out of the comic group, nobody to talk to her or sit with
her, and whoever helps her out too (Spanish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Hi Chloe, it's Mr Grant who helps with the recycling project. You sorted the "
            "bottles so well. Can you meet me at the recycling yard on Saturday morning? Just "
            "you, the others don't need to come.",
            "the driver on our school bus said on friday I can stay on after the last stop and "
            "he'll show me the depot, just me, and I shouldn't tell my mum because she worries",
            "Hey, I'm Jake's older brother, I'm 19. Jake says you draw the best pages of the "
            "comic. Come round on Sunday while he's at football and I'll help you finish it, "
            "just the two of us.",
        ],
        "photo_request": [
            "For the weather diary I need a photo of you in your pyjamas at your window when "
            "you get up. Send it to me, not the group, the teacher doesn't need to see it.",
            "the comic needs a model for the swimmer girl. can you send me a picture of you in "
            "your swimming costume in your bedroom? it's for the project, promise",
        ],
        "private_contact": [
            "The project chat is so slow and Mrs Hill reads everything. Give me your WhatsApp "
            "and we'll plan the radio show there, just you and me.",
            "I'm Anna's dad, I'm helping with the recipe book. Messages here take ages, add me "
            "on Snapchat instead and then delete this conversation.",
        ],
        "gift_offer": [
            "You were the best helper at the tournament so I've got a present for you, new "
            "football boots. Pick them up at my house. Don't tell the others, they'd be jealous.",
        ],
        "personal_question": [
            "For the map in our project, which street do you live on and what number is your "
            "house? Is anyone at home after school or are you on your own?",
            "what time do your mum and dad get back from work? I want to drop the recipe pages "
            "off when it's only you in",
        ],
        "secrecy": [
            "Let's keep our chats secret from your parents and Mr Patel. Grown ups don't "
            "understand how hard we work on the project.",
            "the man who helps with the radio show said if I tell anyone what he said to me in "
            "the studio he'll take me off the show, so I haven't told anybody",
        ],
        "isolation": [
            "We all voted and Maisie is out of the comic group. Nobody talk to her or sit with "
            "her at lunch, and if you do you're out too.",
        ],
        "self_harm": [
            "I cut my arm with the scissors from the comic project last night because I was so "
            "sad. I don't want to be alive anymore.",
            "i keep thinking about killing myself. i've hardly eaten for a week and i want to "
            "take all the tablets in the bathroom cupboard",
        ],
        "disclosure": [
            "my dad hit my mum again last night and when I tried to stop him he hit me too. "
            "I've got a bruise on my face and I said I fell over at football",
            "my stepmum locks me in my room with no food when I do something wrong. I was in "
            "there all weekend so I couldn't do the weather diary",
        ],
        "violence": [
            "You lot cheated in the final. After the tournament on Saturday we'll be waiting "
            "by the park gates and we're going to beat every one of you up.",
        ],
        "phone": [
            "a man on the project forum said he works at a radio station and asked for my "
            "number so I gave it to him, it's 07841 226 905",
        ],
        "contact": [
            "the lady who said she was from the recipe contest wanted my address to post the "
            "prize so I wrote 27 Willow Road, Bristol BS5 6JT and my email "
            "lily.parker13@gmail.com",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Sofia, sono Roberto, il volontario del progetto sul riciclo. Sei stata "
            "bravissima con le bottiglie. Sabato mattina ci vediamo all'isola ecologica? Vieni "
            "da sola, gli altri non servono.",
            "l'autista del pulmino mi ha detto che venerdì posso restare su dopo l'ultima "
            "fermata e mi porta a vedere il deposito, solo io, e di non dirlo alla mamma",
            "Ciao, sono il fratello di Luca, ho 18 anni. Luca dice che le pagine più belle del "
            "fumetto le disegni tu. Domenica vieni da noi mentre lui è a calcio, ti aiuto io, "
            "solo noi due.",
        ],
        "photo_request": [
            "Per il diario del meteo mi serve una foto tua in pigiama alla finestra appena "
            "sveglia. Mandala solo a me, non nel gruppo, la prof non la deve vedere.",
            "per il ricettario mi serve una foto di te in cucina con solo il grembiule e niente "
            "sotto, è per il progetto, non la vede nessuno",
        ],
        "private_contact": [
            "La chat del progetto è lentissima e la maestra legge tutto. Dammi il tuo numero e "
            "organizziamo la radio su WhatsApp, solo io e te.",
            "Sono il papà di Giulia, aiuto con il torneo. Qui i messaggi arrivano tardi, "
            "scrivimi su Instagram e poi cancella questa conversazione.",
        ],
        "gift_offer": [
            "Sei stato il miglior aiutante della trasmissione, ho un regalo per te, delle "
            "cuffie nuove. Te le do a casa mia, ma non dirlo agli altri che ci rimangono male.",
        ],
        "personal_question": [
            "Per la mappa del progetto mi dici in che via abiti e il numero civico? Dopo la "
            "scuola c'è qualcuno a casa o sei da sola?",
            "A che ora tornano i tuoi genitori dal lavoro? Vorrei portarti le pagine del "
            "fumetto quando ci sei solo tu.",
        ],
        "secrecy": [
            "Quello che ci scriviamo resta tra noi due, non dirlo ai tuoi e neanche alla "
            "maestra. I grandi non capiscono quanto lavoriamo per il progetto.",
            "il signore che aiuta col riciclo mi ha detto che se racconto a qualcuno cosa mi ha "
            "detto nel magazzino mi toglie dal progetto, quindi non l'ho detto a nessuno",
        ],
        "isolation": [
            "Abbiamo deciso tutti che Chiara esce dal gruppo del fumetto. Nessuno le parla e "
            "nessuno si siede vicino a lei, e chi la aiuta esce anche lui.",
        ],
        "self_harm": [
            "ieri sera mi sono tagliata il braccio con il taglierino del progetto perché ero "
            "troppo triste. non voglio più vivere",
            "penso sempre che sarebbe meglio morire. oggi dopo scuola sono andato sul ponte "
            "della ferrovia e volevo buttarmi giù",
        ],
        "disclosure": [
            "mio papà ieri sera ha picchiato di nuovo la mamma e quando ho provato a fermarlo "
            "ha picchiato anche me. ho un livido in faccia e ho detto che sono caduto a calcio",
            "quando prendo un brutto voto mio padre mi picchia con la cintura, ho i segni sulle "
            "gambe e per questo non mi metto i pantaloncini al torneo",
        ],
        "violence": [
            "Nella finale avete imbrogliato. Sabato dopo il torneo vi aspettiamo fuori dal "
            "campo e vi spacchiamo la faccia a tutti quanti.",
        ],
        "phone": [
            "un signore sul forum del progetto ha detto che lavora in una radio e mi ha chiesto "
            "il numero, gliel'ho dato: 347 215 8836",
        ],
        "contact": [
            "la signora del concorso di ricette voleva l'indirizzo per spedirmi il premio e le "
            "ho scritto via dei Mille 14, 10123 Torino, citofono Bianchi",
        ],
    },
    "fr": {
        "meeting": [
            "Bonjour Lucas, je suis le papa de Théo, de la classe en Pologne. Je suis en France "
            "pour le travail. On peut se voir mercredi après-midi au parc, juste toi et moi ? "
            "Pas besoin de le dire à tes parents.",
            "le chauffeur du car m'a dit que vendredi je peux rester après le dernier arrêt et "
            "qu'il m'emmène voir le dépôt, que moi, et de pas le dire à ma mère",
            "Coucou Emma, c'est Patrick, le bénévole du projet recyclage. Viens m'aider samedi "
            "à la déchetterie, toute seule, les autres font trop de bruit. Je te ramène en "
            "voiture.",
        ],
        "photo_request": [
            "Pour la BD il me faut un modèle pour la nageuse. Envoie-moi une photo de toi en "
            "maillot de bain dans ta chambre, c'est pour le projet, promis.",
            "filme-toi quand tu te changes après le match, c'est pour la vidéo du tournoi, mais "
            "envoie-la juste à moi",
        ],
        "private_contact": [
            "Le chat du projet rame trop et la prof lit tout. Donne-moi ton Snapchat et on "
            "prépare l'émission de radio là-bas, juste nous deux.",
            "C'est l'animateur du tournoi. Ici les messages arrivent en retard, écris-moi sur "
            "WhatsApp et efface cette conversation après.",
        ],
        "gift_offer": [
            "Tu as été la meilleure aide pour le livre de recettes, alors j'ai une tablette pour "
            "toi. Je te la donne chez moi, mais n'en parle pas aux autres, ils seraient jaloux.",
        ],
        "personal_question": [
            "C'est pour la carte du projet : tu habites dans quelle rue et à quel numéro ? Il y "
            "a quelqu'un chez toi après l'école ou tu es tout seul ?",
            "tes parents rentrent du travail à quelle heure ? je voudrais passer déposer les "
            "pages de la BD quand il y a que toi",
        ],
        "secrecy": [
            "Ce qu'on s'écrit reste entre nous, ne le dis ni à tes parents ni à la maîtresse. "
            "Les adultes ne comprennent pas tout le travail qu'on fait.",
            "le monsieur qui aide pour la radio m'a dit que si je raconte ce qu'il m'a dit dans "
            "le studio il me retire de l'émission, alors j'ai rien dit à personne",
        ],
        "isolation": [
            "On a tous voté, Léa sort du groupe de la BD. Personne ne lui parle, personne ne "
            "s'assoit à côté d'elle à la cantine, et celui qui l'aide sort aussi.",
        ],
        "self_harm": [
            "je me brûle le bras avec le briquet de mon frère quand je suis triste, j'ai des "
            "marques partout et je mets des manches longues",
            "je pense tout le temps à me suicider. je mange presque plus rien depuis une "
            "semaine et je veux prendre toutes les pilules de la salle de bain",
        ],
        "disclosure": [
            "mon beau-père m'enferme dans ma chambre sans manger quand je fais une bêtise. j'y "
            "suis resté tout le week-end et j'ai pas pu faire le journal météo",
            "ma mère m'a brûlé la main sur la plaque parce que j'avais renversé le lait, elle "
            "dit que si je le dis on me placera ailleurs",
        ],
        "violence": [
            "Vous avez triché en finale. Samedi après le tournoi on vous attend devant le stade "
            "et on va vous défoncer, tous.",
        ],
        "phone": [
            "un monsieur sur le forum du projet a dit qu'il travaille à une radio et m'a "
            "demandé mon numéro, je lui ai donné : 06 47 21 83 95",
        ],
        "contact": [
            "la dame du concours de recettes voulait mon mail pour m'envoyer le prix, je lui ai "
            "donné chloe.martin2013@gmail.com",
        ],
    },
    "de": {
        "meeting": [
            "Hi, ich bin der große Bruder von Jonas, ich bin 19. Jonas sagt, du zeichnest die "
            "besten Seiten vom Comic. Komm Sonntag zu uns, wenn er beim Training ist, dann "
            "helf ich dir, nur wir zwei.",
            "Hallo Mia, ich bin die Mutter von Paola aus der Partnerklasse in Italien. Nächste "
            "Woche bin ich in München. Treffen wir uns nach der Schule am Bahnhof? Komm allein "
            "und sag deinen Eltern nichts, es soll eine Überraschung sein.",
            "der mann der beim recyclingprojekt hilft hat gesagt ich soll am samstag allein zum "
            "wertstoffhof kommen und er fährt mich danach mit dem auto heim",
        ],
        "photo_request": [
            "Für das Wettertagebuch brauch ich ein Foto von dir im Schlafanzug am Fenster, "
            "gleich nach dem Aufstehen. Schick es nur mir, nicht in die Gruppe.",
            "mach ein foto von dir wie du dich nach dem spiel in der kabine umziehst, das ist "
            "für das turnierplakat, aber schick es erst mal nur mir",
        ],
        "private_contact": [
            "Der Projektchat ist so langsam und Herr Becker liest alles mit. Gib mir deine "
            "Handynummer, dann planen wir die Radiosendung auf WhatsApp, nur du und ich.",
            "Ich bin der Fahrer vom Schulbus. Hier kommt alles so spät an, schreib mir lieber "
            "auf Discord und lösch danach diesen Chat.",
        ],
        "gift_offer": [
            "Du warst die beste Helferin beim Comic, deshalb hab ich ein großes Zeichenset für "
            "dich. Hol es bei mir zu Hause ab, aber sag den anderen nichts, sonst sind sie "
            "neidisch.",
        ],
        "personal_question": [
            "Für die Karte im Projekt: in welcher Straße wohnst du und welche Hausnummer? Ist "
            "nach der Schule jemand zu Hause oder bist du allein?",
            "Wann kommen deine Eltern von der Arbeit? Ich will dir die Rezeptseiten "
            "vorbeibringen, wenn nur du da bist.",
        ],
        "secrecy": [
            "Was wir uns schreiben, bleibt unter uns. Sag es nicht deinen Eltern und nicht Frau "
            "Krüger. Erwachsene verstehen nicht, wie viel wir für das Projekt machen.",
            "der trainer vom turnier hat gesagt wenn ich jemandem erzähle was er in der kabine "
            "zu mir gesagt hat darf ich nicht mehr mitspielen. deshalb hab ich nichts gesagt",
        ],
        "isolation": [
            "Wir haben abgestimmt, Lena ist raus aus der Comicgruppe. Keiner redet mehr mit ihr "
            "und keiner sitzt neben ihr, und wer ihr hilft, fliegt auch raus.",
        ],
        "self_harm": [
            "ich hab mich gestern abend mit dem cutter vom projekt in den arm geschnitten weil "
            "ich so traurig war. ich will nicht mehr leben",
            "ich esse seit einer woche fast nichts mehr und will alle tabletten aus dem bad "
            "nehmen, dann ist es endlich vorbei",
        ],
        "disclosure": [
            "mein vater hat gestern wieder meine mutter geschlagen und als ich dazwischen bin "
            "hat er mich auch geschlagen. ich hab einen blauen fleck im gesicht",
            "mein großer bruder drückt mir den hals zu bis ich keine luft mehr kriege, und "
            "meine eltern sagen das ist nur spaß",
        ],
        "violence": [
            "Ihr habt im Finale geschummelt. Samstag nach dem Turnier warten wir am Sportplatz "
            "auf euch und dann kriegt jeder von euch richtig was ab.",
        ],
        "phone": [
            "ein mann im projektforum hat gesagt er arbeitet beim radio und wollte meine nummer, "
            "ich hab sie ihm gegeben: 0151 2384 7719",
        ],
        "contact": [
            "die frau vom rezeptwettbewerb wollte meine adresse für den preis, ich hab "
            "geschrieben Lindenweg 8, 04109 Leipzig, zweiter Stock links",
        ],
    },
    "es": {
        "meeting": [
            "el conductor del autobús del cole me ha dicho que el viernes me puedo quedar "
            "después de la última parada y me enseña las cocheras, solo yo, y que no se lo diga "
            "a mi madre",
            "Hola, soy el hermano mayor de Pablo, tengo 20 años. Pablo dice que tú dibujas las "
            "mejores páginas del cómic. Ven el domingo a casa cuando él esté en fútbol y te "
            "ayudo, solo tú y yo.",
            "Hola Lucía, soy la madre de Zofia, la de la clase de Polonia. Esta semana estoy en "
            "Valencia por trabajo. ¿Quedamos el jueves después del cole en la estación? Ven "
            "sola y no se lo digas a tus padres, es una sorpresa.",
        ],
        "photo_request": [
            "Para el diario del tiempo necesito una foto tuya en pijama en la ventana por la "
            "mañana. Mándamela solo a mí, no al grupo, la profe no tiene que verla.",
            "para el libro de recetas hazte una foto en la cocina solo con el delantal, sin "
            "nada debajo, es para el proyecto, te lo prometo",
        ],
        "private_contact": [
            "El chat del proyecto va lentísimo y el profe lo lee todo. Dame tu número y "
            "preparamos el programa de radio por WhatsApp, solo tú y yo.",
            "Soy el voluntario del reciclaje. Aquí los mensajes llegan tarde, escríbeme por "
            "Instagram y luego borra esta conversación.",
        ],
        "gift_offer": [
            "Has sido la mejor ayudante del programa de radio, así que tengo unos cascos nuevos "
            "para ti. Te los doy en mi casa, pero no se lo digas a los demás que se ponen "
            "celosos.",
        ],
        "personal_question": [
            "Para el mapa del proyecto, ¿en qué calle vives y en qué número? ¿Hay alguien en "
            "casa después del cole o estás sola?",
            "¿a qué hora vuelven tus padres del trabajo? quiero llevarte las páginas del cómic "
            "cuando estés tú sola",
        ],
        "secrecy": [
            "Lo que nos escribimos queda entre nosotros, no se lo digas a tus padres ni a la "
            "profe. Los mayores no entienden lo mucho que trabajamos en el proyecto.",
            "el señor que ayuda en el torneo me dijo que si cuento lo que me dijo en el vestuario "
            "me quita del equipo, así que no se lo he dicho a nadie",
        ],
        "isolation": [
            "Hemos votado todos y Marta sale del grupo del cómic. Nadie le habla ni se sienta "
            "con ella en el comedor, y el que la ayude también sale.",
        ],
        "self_harm": [
            "anoche me corté el brazo con el cúter del proyecto porque estaba muy triste. ya no "
            "quiero vivir",
            "pienso todo el rato en suicidarme, ya he mirado cuántas pastillas hay en el baño y "
            "creo que son suficientes",
        ],
        "disclosure": [
            "mi padre le volvió a pegar a mi madre anoche y cuando intenté pararlo me pegó a mí "
            "también. tengo un moratón en la cara y dije que me caí jugando al fútbol",
            "mi padrastro me encierra en mi cuarto sin comer cuando hago algo mal, estuve todo "
            "el fin de semana y no pude hacer el diario del tiempo",
        ],
        "violence": [
            "En la final hicisteis trampa. El sábado después del torneo os esperamos a la "
            "salida del polideportivo y os vamos a partir la cara a todos.",
        ],
        "phone": [
            "un señor del foro del proyecto dijo que trabaja en una radio y me pidió el móvil, "
            "se lo di: 654 32 18 97",
        ],
        "contact": [
            "la señora del concurso de recetas quería mi correo para mandarme el premio y le di "
            "pablo.ruiz2012@hotmail.com",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Zuzia, tu pan Marek, wolontariusz z projektu o recyklingu. Świetnie "
            "posegregowałaś butelki. Spotkamy się w sobotę rano przy punkcie zbiórki? Przyjdź "
            "sama, reszta nie jest potrzebna.",
            "Dzień dobry Kuba, jestem mamą Luki z klasy we Włoszech. W przyszłym tygodniu "
            "będę w Krakowie. Spotkajmy się po szkole na dworcu, przyjdź sam i nie mów "
            "rodzicom, to ma być niespodzianka.",
            "brat Oskara ma 19 lat i powiedział żebym przyszła do nich w niedzielę jak Oskar "
            "będzie na treningu to pomoże mi z komiksem, tylko my dwoje, i żebym nie mówiła mamie",
        ],
        "photo_request": [
            "Do dziennika pogody potrzebuję twojego zdjęcia w piżamie przy oknie zaraz po "
            "wstaniu. Wyślij tylko mnie, nie na grupę, pani nie musi go widzieć.",
            "do komiksu potrzebuję wzoru do postaci pływaczki. wyślij mi zdjęcie w stroju "
            "kąpielowym u siebie w pokoju, to na projekt, obiecuję",
        ],
        "private_contact": [
            "Czat projektu strasznie się zacina i pani wszystko czyta. Daj mi swój numer, to "
            "zaplanujemy audycję na WhatsAppie, tylko ty i ja.",
            "Jestem kierowcą szkolnego autobusu. Tu wiadomości dochodzą późno, napisz do mnie "
            "na Messengerze i potem usuń tę rozmowę.",
        ],
        "gift_offer": [
            "Byłeś najlepszym pomocnikiem na turnieju, więc mam dla ciebie prezent, nowy "
            "telefon. Odbierz go u mnie w domu, ale nie mów innym, bo będą zazdrościć.",
        ],
        "personal_question": [
            "Do mapy w projekcie: na jakiej ulicy mieszkasz i pod jakim numerem? Ktoś jest w "
            "domu po szkole czy jesteś sam?",
            "o której twoi rodzice wracają z pracy? chcę ci podrzucić kartki do książki z "
            "przepisami jak będziesz sama",
        ],
        "secrecy": [
            "To, co sobie piszemy, zostaje między nami. Nie mów rodzicom ani pani. Dorośli nie "
            "rozumieją, ile pracujemy nad projektem.",
            "pan od szkolnego radia powiedział że jak komuś powiem co mi mówił w studiu to "
            "wyrzuci mnie z audycji, więc nikomu nie powiedziałam",
        ],
        "isolation": [
            "Wszyscy zagłosowaliśmy i Ola wylatuje z grupy od komiksu. Nikt z nią nie gada ani "
            "nie siada obok niej, a kto jej pomoże, też wylatuje.",
        ],
        "self_harm": [
            "wczoraj wieczorem pocięłam sobie rękę nożykiem od projektu bo byłam bardzo smutna. "
            "nie chcę już żyć",
            "ciągle myślę o tym żeby się zabić. prawie nic nie jem od tygodnia i chcę połknąć "
            "wszystkie tabletki z łazienki",
        ],
        "disclosure": [
            "tata jak się upije to bije mamę, a wczoraj jak chciałem ją obronić to mnie uderzył "
            "pasem. mam siniaki na plecach",
            "ojczym zamyka mnie w pokoju bez jedzenia jak coś zrobię źle, siedziałam tam cały "
            "weekend i nie mogłam prowadzić dziennika pogody",
        ],
        "violence": [
            "Oszukiwaliście w finale. W sobotę po turnieju czekamy na was pod boiskiem i "
            "dostaniecie takie lanie, że was matki nie poznają.",
        ],
        "phone": [
            "pan z forum projektu powiedział że pracuje w radiu i poprosił o mój numer, dałem "
            "mu: 512 347 896",
        ],
        "contact": [
            "pani z konkursu przepisów chciała mój adres żeby wysłać nagrodę, napisałam ul. "
            "Słoneczna 15 m. 8, 31-142 Kraków",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "The project account is ready: all our photos go on the class page and Mr Patel "
        "checks them before they're posted.",
        "Miss took photos of us sorting the plastic for the recycling project, they're on the "
        "shared board now",
        "Tournament times: first match 9:30, final at 2pm. We beat the Lyon class 3-1!!",
        "Weather diary 14 March: 6 degrees at 8am, 11 at lunch, rain after 3. What was yours?",
        "I'll kill you at FIFA tonight, get ready to cry 😂",
        "who is drawing the last page of the comic?",
        "our team name for the tournament is the Green Lions",
        "can we put a song about recycling in the radio show?",
        "my gran said yes, her lasagne recipe can go in the book",
        "it was so windy today my umbrella turned inside out",
        "what's the weather like in Poland this week?",
        "I finished colouring page 4, it took ages",
        "we need loads more bottle tops for the mosaic, bring them on Monday",
        "the radio show was really fun, my part was about dogs",
        "good luck in the match everyone!",
    ],
    "it": [
        "Per la torta della nonna: 250 g di farina, 3 uova, 150 g di zucchero, forno a 180 "
        "gradi per 40 minuti.",
        "Orari del torneo: prima partita alle 9:30, finale alle 14. Abbiamo vinto 3 a 1 "
        "contro la classe di Lione!",
        "Per chiamare in diretta venerdì il numero è 011 456 7821, è il telefono dello studio "
        "della radio della scuola.",
        "la maestra ha fotografato i nostri cartelloni e li ha messi sull'account della classe",
        "stasera ti ammazzo a FIFA, preparati",
        "chi fa i fumetti della pagina 6?",
        "la nostra squadra si chiama i Lupi Blu",
        "possiamo mettere una canzone sul riciclo nella trasmissione?",
        "la ricetta delle lasagne di mia nonna va nel libro, ha detto di sì",
        "oggi pioveva tantissimo e siamo rimasti dentro",
        "che tempo fa da voi in Spagna?",
        "ho finito di colorare la copertina",
        "ci servono altri tappi di plastica per il mosaico",
        "la trasmissione è stata bellissima, io ho parlato dei gatti",
        "in bocca al lupo a tutti per la partita!",
    ],
    "fr": [
        "Journal météo du 3 avril : 9 degrés à 8 h, 15 degrés à midi, du vent l'après-midi.",
        "Pour les crêpes : 250 g de farine, 4 œufs, un demi-litre de lait, et on laisse "
        "reposer une heure.",
        "L'adresse du collège pour l'affiche du tournoi : 5 avenue Jean Jaurès, Lyon, tout le "
        "monde est invité samedi",
        "la maîtresse a pris des photos de nous en train de peindre le décor, elle les met sur "
        "le compte de la classe",
        "je vais te tuer à FIFA ce soir mdr",
        "qui fait les bulles de la page 3 de la BD ?",
        "notre équipe s'appelle les Renards Rouges",
        "on pourrait parler du compost dans l'émission de radio ?",
        "ma grand-mère veut bien qu'on mette sa recette de clafoutis dans le livre",
        "il a neigé ce matin, trop bien",
        "il fait quel temps chez vous en Allemagne ?",
        "j'ai fini le dessin de la couverture",
        "il nous faut encore des bouchons pour la mosaïque",
        "l'émission était trop bien, moi j'ai parlé de mon hamster",
        "bonne chance à tous pour le match !",
    ],
    "de": [
        "Wettertagebuch 14. März: morgens 4 Grad, mittags 10 Grad, ab 15 Uhr Regen.",
        "Für die Schulradio-Sendung am Freitag könnt ihr anrufen, die Nummer vom Radiostudio "
        "der Schule ist 0341 123 4567.",
        "Die Spielzeiten: erstes Spiel 9:30, Finale um 14 Uhr. Wir haben 2 zu 1 gegen Krakau "
        "gewonnen!",
        "Unser Projektkonto ist fertig, Frau Krüger lädt die Fotos hoch, die sie gemacht hat",
        "ich mach dich heute abend bei FIFA fertig, ich bring dich um haha",
        "wer zeichnet die letzte seite vom comic?",
        "unsere mannschaft heißt die Grünen Adler",
        "können wir in der sendung ein lied über mülltrennung spielen?",
        "meine oma hat ja gesagt, ihr apfelkuchen kommt ins rezeptbuch",
        "heute hat es gehagelt, voll krass",
        "wie ist das wetter bei euch in Spanien?",
        "ich bin mit dem ausmalen von seite 5 fertig",
        "bringt bitte am montag noch deckel für das mosaik mit",
        "die sendung war super, ich hab über pferde erzählt",
        "viel glück beim spiel allen!",
    ],
    "es": [
        "Para el bizcocho: 200 g de harina, 3 huevos, 150 g de azúcar y al horno a 180 grados "
        "unos 35 minutos.",
        "Horario del torneo: primer partido a las 9:30 y la final a las 14:00. ¡Ganamos 4 a 2 "
        "a la clase de Italia!",
        "La dirección del cole para el cartel del torneo es calle de la Paz 12, Valencia, "
        "podéis venir todos",
        "Diario del tiempo 2 de mayo: 14 grados por la mañana, 22 a mediodía, sol todo el día.",
        "esta noche te mato al FIFA jajaja",
        "¿quién dibuja la última página del cómic?",
        "nuestro equipo se llama los Tiburones",
        "¿podemos poner una canción sobre el reciclaje en el programa?",
        "mi abuela dice que podemos poner su receta de paella en el libro",
        "hoy ha llovido muchísimo y no hemos salido al patio",
        "¿qué tiempo hace en Francia esta semana?",
        "ya he terminado de colorear la portada",
        "necesitamos más tapones para el mural",
        "el programa de radio salió genial, yo hablé de mi perro",
        "¡suerte a todos en el partido!",
    ],
    "pl": [
        "Konto projektu już działa, pani wrzuca tam zdjęcia, które zrobiła nam przy "
        "segregowaniu śmieci.",
        "Na audycję szkolnego radia w piątek można dzwonić, numer do studia radiowęzła szkoły "
        "to 12 345 67 89.",
        "Dziennik pogody 20 marca: rano 2 stopnie, w południe 8, wieczorem padał deszcz.",
        "Godziny turnieju: pierwszy mecz 9:30, finał o 14. Wygraliśmy 3:0 z klasą z Lyonu!",
        "zabiję cię dziś w FIFE, szykuj się",
        "kto rysuje ostatnią stronę komiksu?",
        "nasza drużyna nazywa się Czerwone Smoki",
        "możemy puścić w audycji piosenkę o recyklingu?",
        "babcia się zgodziła, jej przepis na pierogi będzie w książce",
        "dzisiaj był taki wiatr że prawie mnie zwiało",
        "jaka jest u was pogoda we Włoszech?",
        "skończyłam kolorować okładkę",
        "potrzebujemy jeszcze nakrętek do mozaiki",
        "audycja była super, ja mówiłem o moim kocie",
        "powodzenia wszystkim w meczu!",
    ],
}
