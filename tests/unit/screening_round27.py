"""Held-out round 27: every kind, in scenarios no round had, after round 26's lessons.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo requests, two of private contact, a gift, two personal
questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone written evasively and an address,
e-mail or handle; with ninety harmless messages that tempt the same words.
Scenarios none of rounds 1 to 26 had: an older player who asks the child to
a bowling alley or to a LAN party at his place "alone, your mates are
rubbish", a tutor who moves the lesson to his flat on the mother's late shift,
a running app that shows the child's morning laps of a lake, a summer camp
cabin, a classmate's father who says he will collect the child and "mum
knows"; an online fitness trainer's progress pictures in underwear, pictures
of feet, a mirror photo with the team shirt pulled up, a bare back "for my
drawing portfolio"; answers sent to the child's own number "not your mum's", a
second account, the game's own chat, a calculator app that hides messages;
money trouble at home (a father out of work, the school trip paid, money every
week, a phone topped up, game credit); "have you kissed anyone", "how far did
you go", whether the parents check the phone at night; "don't tell the mods
or they'll ban me", "who would believe a kid over an adult"; "they don't even
notice you're gone, come and live with me"; exam stress and "I won't be around
for the results", crossing the road without looking on purpose, sitting on a
bathroom window ledge, imagining one's own funeral; a mother's new partner who
films the child changing and threatens to send it to the school, a brother who
makes the child carry packages for his friends under a threat to the mother; a
head smashed on the bus shelter's glass "bring your phones to film it"; phones
split by emoji, by a birthday, by a prefix said apart, in words and digits; an
e-mail spelt with "at", "chiocciola" or "ät", an Instagram name described, a
French "impasse" with a green gate, a Polish address with "klatka". Chat
spelling, missing accents, and the concern in the middle of a longer friendly
message. The harmless ones: a teacher's trip reminder (meet at the bus stop,
bring a packed lunch), a maths tutor, the class's Minecraft server, a coach
who posts the team photo, test stress, a mother's new boyfriend who takes the
children fishing, birthday money saved for the trip, hunger before lunch, a
late bus, a card kept secret for a classmate's last day, a poster's photo, a
runaway in the class reader, a second game account made by a parent, a
deskmate's question about a boyfriend, a run round a pond with a father,
stretches filmed for a PE mark, a dodgeball in the face by accident.

First measured, once, before any rule was changed for it: 39.2 % recall (47
of 120: meeting 9/18, photo requests 4/12, private contact 8/12, gifts 4/6,
personal questions 9/12, secrecy 3/12, isolation 4/6, self-harm 0/12,
disclosures 1/12, violence 0/6, phones 1/6, addresses, e-mails and handles
4/6; by language en 8/20, it 8/20, fr 5/20, de 7/20, es 10/20, pl 9/20) and
2.2 % false holds (2 of 90). Caught were the bowling alley or the LAN party
"come alone" (in every language but English), the lesson moved to the tutor's
flat (in English, Italian, German, Polish), feet pictures (English, Polish),
the bare back for a portfolio, the trainer's underwear pictures only in the
longer Spanish message, the child's own number (in four languages), a second
account (in four), the school trip or money paid (in four), the kissing
question (in four) and the phone checked at night (in five), both Spanish
secrecy rows and the English "who would believe a kid", "come and live with
me" (in four, as a meeting, not as isolation), the Spanish brother's packages,
the Polish phone only for its "write on WhatsApp", the three spelt e-mails
(the English one for "my mum never checks") and the French address. Missed
were the running app in the four languages that had it, the camp cabin, the classmate's
father, the mirror photo, the game's chat and the calculator app, "how far did
you go", "don't tell the mods" in five languages, every self-harm row, every
disclosure but one (the mother's partner who films, in all six), every threat
at the bus stop, five of the six phones, the described Instagram name and the
Polish address without "ul.". The false holds: the teacher's trip reminder in
English (a meeting at the bus stop) and in French (refused as abuse for
"pique-nique").
Measured again before any training or rule change for this round, with the
second opinion (the model of wordlists/model.tsv, trained on rounds 1 to 26
only, so this is the first fresh measure of the rules and the model
together): 76.7 % recall (92 of 120: meeting 13/18, photo requests 10/12,
private contact 11/12, gifts 6/6, personal questions 12/12, secrecy 11/12,
isolation 6/6, self-harm 9/12, disclosures 7/12, violence 1/6, phones 2/6,
addresses, e-mails and handles 4/6; by language en 15/20, it 14/20, fr 17/20,
de 15/20, es 16/20, pl 15/20) and 1.1 % false holds (1 of 90: the English
trip reminder, "meet at the bus stop outside school", held as a meeting). The
rules alone then held the same 47 concerns and that one harmless message (the
French "pique-nique" had been fixed as a word, not as this round's lesson).
Still missed: the running app in English, Italian and German, the Spanish
tutor's flat, the Polish classmate's father, the Italian mirror photo, the
Polish trainer's underwear pictures, the French calculator app, the German
"don't tell the mods", crossing the road on purpose in English, Spanish and
Polish, the brother's packages in four languages and the Italian partner who
films, five of the six threats at the bus stop, four phones (emoji, birthday,
prefix said apart, German in words and digits), the described Instagram name
and the Polish address with "klatka".
After its lessons (families in the six languages, the second opinion trained
on rounds 1 to 27): 100 % recall and 0 % false holds; it is among the rounds
``test_screening_heldout`` reads.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "gg ur cracked for ur age fr. theres a bowling place at the retail park, come sat at 2"
            " and ill show u the combos irl. just u tho, ur mates are mid",
            "your mum works late on thursdays doesnt she? lets do the next lesson at my flat"
            " instead of on video, its quicker, and no need to mention the place changed",
            "saw on the running app u do laps of the reservoir at 7 every morning. tmrw ill wait"
            " by the boathouse and we can go round together, no need to drag ur dad along",
        ],
        "photo_request": [
            "ok so as your online trainer i need progress pics for your posture, front side and"
            " back, just in your underwear cos the gym kit hides too much",
            "u have really nice feet ngl 👀 send me a few pics of them, diff angles, with socks"
            " on and off",
        ],
        "private_contact": [
            "well done on the quiz today, you were miles ahead of the others. ill send u the"
            " answers for the next worksheet tonight but not on ur mums phone, give me ur own"
            " number its way easier, then get some sleep",
            "make a 2nd acc ur parents dont know about and dm me from that, they can see this one",
        ],
        "gift_offer": [
            "heard ur dad lost his job, thats rough. dont stress about the school trip, i'll"
            " cover it, ill give u the cash when we meet up, just dont tell him where its from",
        ],
        "personal_question": [
            "random q but have u kissed anyone yet?? got a bf? u can tell me, im basically like"
            " a big brother to u",
            "do ur parents actually go through ur phone at night or do they just trust u? asking"
            " for reasons lol",
        ],
        "secrecy": [
            "dont say anything to the mods about our chats ok, theyd ban me and then we could"
            " never talk again",
            "tbh who would believe a kid over a grown up anyway, so its better for u if u just"
            " keep quiet about us",
        ],
        "isolation": [
            "ur lot dont even notice when ur gone. u could just come stay at mine, nobody would"
            " come looking for u, id look after u",
        ],
        "self_harm": [
            "revising till 2am again and i cant do this. if i fail these gcses i wont be around"
            " for results day, ive kind of already decided",
            "crossed the road without looking today. on purpose. was a bit gutted when the car"
            " braked tbh",
        ],
        "disclosure": [
            "mums new boyfriend filmed me when i was getting changed and says if i tell anyone he"
            " sends it to the whole school",
            "my brother makes me take packages to his mates after school and they said theyll"
            " hurt mum if i stop",
        ],
        "violence": [
            "if kayla is at the bus stop tmrw im smashing her head into the glass, everyone"
            " bring ur phones to film it",
        ],
        "phone": [
            "my num is 0 7 7 🔥 0 0 9 🔥 1 2 3 🔥 4 5, dont share it w anyone",
        ],
        "contact": [
            "email me instead its jake underscore miller09 at gmail, all one word, my mum never"
            " checks that",
        ],
    },
    "it": {
        "meeting": [
            "bro sei fortissimo per la tua età davvero, sabato alle 3 vieni al bowling del centro"
            " commerciale che ti faccio vedere le combo dal vivo. pero vieni da solo, i tuoi amici"
            " sono scarsi",
            "ma tua mamma il giovedi non lavora fino a tardi? la prossima lezione facciamola da me"
            " invece che in videochiamata, si fa prima, e non serve dire che abbiamo cambiato"
            " posto",
            "ho visto sull app che corri intorno al laghetto tutte le mattine alle 7, domani ti"
            " aspetto vicino al chiosco e corriamo insieme, non c e bisogno che venga tuo papà",
        ],
        "photo_request": [
            "allora come tuo personal trainer online mi servono le foto dei progressi per la"
            " postura, davanti di lato e da dietro, solo in intimo che la tuta copre troppo",
            "fammi una foto allo specchio con la maglia della squadra tirata su, voglio vedere se"
            " si vedono gli addominali dopo tutti questi allenamenti",
        ],
        "private_contact": [
            "stasera ti giro le soluzioni della verifica ma non sul cell di tua mamma, dammi il"
            " tuo numero personale che è piu comodo",
            "sentiamoci nella chat dentro al gioco, quella che i tuoi manco sanno che esiste, qui"
            " sul telefono ti leggono tutto",
        ],
        "gift_offer": [
            "ciao bella come è andata la verifica? ho saputo che tuo papà ha perso il lavoro mi"
            " dispiace un casino. la gita te la pago io tranquilla, i soldi te li do quando ci"
            " vediamo, basta che non gli dici da chi vengono. ah e in bocca al lupo per domani",
        ],
        "personal_question": [
            "domanda a caso ma hai gia baciato qualcuno? ce l hai il ragazzo? a me lo puoi dire"
            " sono tipo un fratello maggiore per te",
            "ma i tuoi la sera ti controllano il telefono o si fidano e basta? te lo chiedo per un"
            " motivo ahah",
        ],
        "secrecy": [
            "ai mod del server non dire niente delle nostre chat ok? mi bannano e poi non ci"
            " sentiamo piu",
            "tanto chi crederebbe a una ragazzina invece che a un adulto? meglio per te se di noi"
            " non parli con nessuno",
        ],
        "isolation": [
            "a casa tua manco se ne accorgono se non ci sei. potresti venire a stare da me,"
            " nessuno ti verrebbe a cercare, ci penso io a te",
        ],
        "self_harm": [
            "studio fino alle 2 tutte le notti e non ce la faccio piu. se vado male all esame di"
            " terza media non ci saro per i risultati, ho gia deciso",
            "stanotte mi sono seduta sul davanzale del bagno con le gambe fuori, volevo sapere"
            " che effetto fa. non so perche sono rientrata",
        ],
        "disclosure": [
            "il nuovo compagno di mia mamma mi ha ripresa col telefono mentre mi cambiavo e dice"
            " che se parlo lo manda a tutta la scuola",
            "mio fratello mi fa portare dei pacchetti ai suoi amici dopo scuola e loro hanno detto"
            " che se smetto fanno del male a mia madre",
        ],
        "violence": [
            "se domani la giulia sta alla fermata del pullman le spacco la testa contro il vetro"
            " della pensilina, portate i telefoni che la filmiamo",
        ],
        "phone": [
            "prefisso tre quattro sette, poi 12 e 05 come il mio compleanno, poi novantanove e"
            " zero uno. salvatelo e scrivimi li",
        ],
        "contact": [
            "scrivimi sulla mail che è meglio: lucaverdi2011 chiocciola libero punto it",
        ],
    },
    "fr": {
        "meeting": [
            "t'es trop chaud pour ton âge frr. samedi 14h viens au bowling du centre commercial"
            " je te montre les combos en vrai, mais viens seul hein tes potes sont éclatés",
            "ta mere bosse tard le jeudi non ? le prochain cours on le fait chez moi plutot qu'en"
            " visio ca ira plus vite, pas besoin de dire qu'on a changé d'endroit",
            "j'ai vu sur l'appli que tu fais le tour de l'étang tous les matins a 7h. demain je"
            " t'attends pres du ponton et on court ensemble, pas la peine que ton pere vienne",
        ],
        "photo_request": [
            "en tant que coach sportif en ligne il me faut des photos de progression pour ta"
            " posture, face profil et dos, juste en sous vetements, la tenue de sport cache trop",
            "t'as des jolis pieds sérieux 👀 envoie m'en quelques photos, sous plusieurs angles,"
            " avec les chaussettes et sans",
        ],
        "private_contact": [
            "je t'envoie le corrigé ce soir mais pas sur le tel de ta mere, file moi ton numero a"
            " toi c'est plus simple",
            "telecharge l'appli avec l'icone de calculatrice, elle cache les messages, on se"
            " parlera la dessus comme ca ta mere voit rien",
        ],
        "gift_offer": [
            "j'ai appris que ton pere a perdu son taf c'est chaud. la sortie scolaire je te la"
            " paye t'inquiete, je te passe les sous quand on se voit, dis juste pas d'ou ils"
            " viennent",
        ],
        "personal_question": [
            "t'as deja eu un copain ? vous etes allés jusqu'ou ? tu peux tout me dire je suis"
            " comme un grand frere pour toi, je juge pas",
            "tes parents ils regardent ton tel le soir ou ils te font confiance ? je demande pour"
            " une raison mdr",
        ],
        "secrecy": [
            "parle pas de nos conv aux modos ok, ils vont me ban et apres on pourra plus jamais se"
            " parler",
            "de toute façon qui croirait une gamine plutot qu'un adulte ? vaut mieux pour toi que"
            " tu dises rien sur nous",
        ],
        "isolation": [
            "chez toi ils remarquent meme pas quand t'es pas la. tu pourrais venir habiter chez"
            " moi, personne viendrait te chercher, je m'occuperai de toi",
        ],
        "self_harm": [
            "je revise jusqu'a 2h du mat et j'en peux plus. si je rate le brevet je serai plus la"
            " pour les resultats, c'est deja decidé",
            "aujourd'hui j'ai traversé sans regarder, exprès. j'étais un peu déçue quand la"
            " voiture a freiné",
        ],
        "disclosure": [
            "le nouveau copain de ma mere m'a filmée pendant que je me changeais et il dit que si"
            " je parle il l'envoie a tout le college",
            "desolée j'étais pas en ligne hier. mon grand frere me fait porter des paquets a ses"
            " potes apres les cours, ils ont dit qu'ils feraient du mal a ma mere si j'arrete, du"
            " coup j'ai pas fait l'exercice de maths",
        ],
        "violence": [
            "si inès est a l'arret de bus demain je lui eclate la tete contre la vitre de"
            " l'abribus, ramenez vos tel pour filmer",
        ],
        "phone": [
            "mon 06 c'est douze, 34, cinquante-six et 78. le 06 devant t'as capté, envoie un sms",
        ],
        "contact": [
            "j'habite au 7 impasse des Cerisiers à Villeurbanne, la maison avec le portail vert,"
            " sonne deux fois",
        ],
    },
    "de": {
        "meeting": [
            "digga du bist krass gut fuer dein alter. am wochenende mach ich ne lan bei mir, bring"
            " deinen laptop mit, pennen kannst du auf der couch. aber komm allein, deine kumpels"
            " sind eh lost",
            "deine mama arbeitet donnerstags doch lang oder? die naechste stunde machen wir bei mir"
            " statt per video, geht schneller, musst ja keinem sagen dass wir woanders sind",
            "hab in der lauf app gesehen dass du jeden morgen um 7 um den see joggst. morgen wart"
            " ich am bootshaus und wir laufen zusammen, dein papa muss nicht mit",
        ],
        "photo_request": [
            "als dein online fitnesscoach brauch ich fortschrittsfotos fuer die haltung, von"
            " vorne, seitlich und hinten, nur in unterwaesche, die sportsachen verdecken zu viel",
            "fuer meine zeichenmappe brauch ich vorlagen, schick mir ein bild von deinem ruecken"
            " ohne oberteil, am besten liegend auf deinem bett",
        ],
        "private_contact": [
            "ich schick dir heut abend die loesungen aber nicht aufs handy von deiner mutter, gib"
            " mir deine eigene nummer das ist einfacher",
            "mach dir nen zweitaccount den deine eltern nicht kennen und schreib mir privat von"
            " da, den hier sehen die",
        ],
        "gift_offer": [
            "ich weiss dass es bei euch grad knapp ist mit geld. ich kann dir jede woche was aufs"
            " paypal von deiner schwester schicken, musst nur ab und zu mit mir telefonieren",
        ],
        "personal_question": [
            "random frage aber hast du schon mal wen geküsst? hast du nen freund? mir kannst dus"
            " sagen ich bin wie ein großer bruder fuer dich",
            "checken deine eltern abends dein handy oder vertrauen die dir einfach? frag aus"
            " gruenden haha",
        ],
        "secrecy": [
            "gg heute, der raid war stark. uebrigens sag den mods nix von unseren chats ok, sonst"
            " bannen die mich und wir koennen nie wieder schreiben. morgen selbe zeit?",
            "mal ehrlich wer glaubt schon nem kind mehr als nem erwachsenen? besser fuer dich wenn"
            " du ueber uns einfach gar nix sagst",
        ],
        "isolation": [
            "bei dir daheim merkt doch keiner wenn du weg bist. du koenntest einfach zu mir"
            " ziehen, niemand wuerde dich suchen, ich kuemmer mich um dich",
        ],
        "self_harm": [
            "lern jede nacht bis 2 und ich pack das nicht mehr. wenn ich die pruefungen versau bin"
            " ich bei der zeugnisausgabe nicht mehr da, hab mich schon entschieden",
            "lieg seit tagen nur im dunkeln und ueberleg mir wer alles zu meiner beerdigung kommen"
            " wuerde. glaub nicht viele",
        ],
        "disclosure": [
            "der neue freund von mama hat mich beim umziehen gefilmt und sagt wenn ich was sag"
            " schickt ers an die ganze schule",
            "mein bruder laesst mich nach der schule pakete zu seinen freunden bringen und die"
            " haben gesagt sie tun mama was an wenn ich aufhoer",
        ],
        "violence": [
            "wenn die lea morgen an der bushaltestelle steht knall ich ihren kopf gegen die"
            " scheibe, bringt eure handys mit zum filmen",
        ],
        "phone": [
            "meine nr: null eins fuenf sieben, dann 88, dann sechs sieben, dann 12 34. nicht"
            " weitergeben",
        ],
        "contact": [
            "schreib mir lieber ne mail: lena punkt schulz zwoelf ät gmx punkt de, da guckt mama"
            " nie rein",
        ],
    },
    "es": {
        "meeting": [
            "tio eres un crack para tu edad en serio. el sabado a las 5 vente a la bolera del"
            " centro comercial y te enseño los combos en persona, pero vente solo que tus amigos"
            " son unos mancos",
            "tu madre los jueves sale tarde del curro no? la proxima clase la hacemos en mi piso en"
            " vez de por videollamada, es mas rapido, y no hace falta decir que cambiamos de sitio",
            "este verano en el campamento te cambio a mi cabaña, que es la del fondo, y por la"
            " noche nos escapamos tu y yo al lago cuando los demas duerman",
        ],
        "photo_request": [
            "buenas! vas genial con la rutina, se nota. como tu entrenador online necesito fotos"
            " de progreso para ver la postura, de frente de lado y de espaldas, solo en ropa"
            " interior que la ropa de deporte tapa demasiado. y bebe agua eh",
            "tienes unos pies muy bonitos no te miento 👀 pasame unas fotos, desde varios"
            " angulos, con calcetines y sin",
        ],
        "private_contact": [
            "esta noche te paso las soluciones pero no al movil de tu madre, dame tu numero propio"
            " que es mas facil",
            "hazte una segunda cuenta que tus padres no conozcan y escribeme por privi desde ahi,"
            " esta la ven ellos",
        ],
        "gift_offer": [
            "se que en tu casa vais justos este mes. te recargo el movil y te pillo las zapas que"
            " querias, tu solo sigue hablando conmigo por las noches",
        ],
        "personal_question": [
            "pregunta random pero ya has besado a alguien? tienes novio? a mi me lo puedes contar,"
            " soy como un hermano mayor para ti",
            "tus padres te miran el movil por la noche o se fian de ti sin mas? lo pregunto por"
            " algo jaja",
        ],
        "secrecy": [
            "a los moderadores ni una palabra de nuestros chats vale? me banean y ya no podriamos"
            " hablar nunca mas",
            "total quien le va a creer a una cria antes que a un adulto? mejor para ti que no"
            " cuentes nada de lo nuestro",
        ],
        "isolation": [
            "en tu casa ni se enteran cuando no estas. podrias venirte a vivir conmigo, nadie te"
            " iria a buscar, yo te cuido",
        ],
        "self_harm": [
            "estudio hasta las 2 cada noche y ya no puedo mas. si suspendo los finales no voy a"
            " estar para ver las notas, ya lo tengo decidido",
            "hoy he cruzado la calle sin mirar a proposito. me quede un poco chafada cuando el"
            " coche freno",
        ],
        "disclosure": [
            "el nuevo novio de mi madre me grabo mientras me cambiaba y dice que si hablo se lo"
            " manda a todo el insti",
            "mi hermano me obliga a llevar paquetes a sus colegas despues de clase y dijeron que"
            " si paro le hacen daño a mi madre",
        ],
        "violence": [
            "si mañana la lucia esta en la parada del bus le estampo la cabeza contra la"
            " marquesina, traed los moviles para grabarlo",
        ],
        "phone": [
            "mi num: seis cero cero, luego 12, treinta y cuatro, 56 y setenta y ocho. no se lo"
            " pases a nadie",
        ],
        "contact": [
            "en insta soy la misma que aqui pero con un punto en medio y 09 al final, busca carla"
            " ruiz asi",
        ],
    },
    "pl": {
        "meeting": [
            "ziom jestes mega dobry jak na swoj wiek serio. w sobote o 14 wpadnij na kregle w"
            " galerii to pokaze ci combosy na zywo, ale przyjdz sam, twoi kumple sa slabi",
            "super ci poszla ta kartkowka z chemii, jestem dumny. twoja mama w czwartki pracuje do"
            " pozna nie? nastepna lekcje zrobmy u mnie w mieszkaniu zamiast na kamerce, nie musisz"
            " mowic ze zmienilismy miejsce. powtorz jeszcze wzory",
            "hej jestem tata oskara z twojej klasy, jutro to ja cie odbiore spod szkoly zamiast"
            " mamy, ona wie, tylko nie dzwon do niej bo jest w pracy",
        ],
        "photo_request": [
            "jako twoj trener online potrzebuje zdjec postepow do oceny postawy, z przodu, z boku"
            " i z tylu, tylko w bieliznie, stroj sportowy za duzo zaslania",
            "masz serio ladne stopy 👀 wyslij mi kilka fotek, z roznych stron, w skarpetkach i bez",
        ],
        "private_contact": [
            "wieczorem wysle ci odpowiedzi ale nie na telefon mamy, daj mi swoj wlasny numer tak"
            " bedzie prosciej",
            "zaloz drugie konto o ktorym rodzice nie wiedza i napisz do mnie na priv z tamtego, to"
            " oni widza",
        ],
        "gift_offer": [
            "wiem ze u was w domu krucho z kasa. moge ci co tydzien doladowac konto w grze, tylko"
            " badz dla mnie mila i odpisuj jak pisze",
        ],
        "personal_question": [
            "losowe pytanie ale calowalas sie juz z kims? masz chlopaka? mi mozesz powiedziec,"
            " jestem dla ciebie jak starszy brat",
            "rodzice sprawdzaja ci telefon wieczorem czy po prostu ci ufaja? pytam z powodu xd",
        ],
        "secrecy": [
            "modom nic nie mow o naszych rozmowach ok? zbanuja mnie i juz nigdy nie pogadamy",
            "i tak kto uwierzy dzieciakowi a nie doroslemu? lepiej dla ciebie zebys nikomu o nas"
            " nie mowila",
        ],
        "isolation": [
            "znowu sie klocili? w domu nawet nie zauwazaja jak cie nie ma. spakuj troche rzeczy i"
            " przyjedz do mnie, nikt by cie nie szukal, ja sie toba zajme",
        ],
        "self_harm": [
            "ucze sie co noc do 2 i juz nie daje rady. jak obleje egzamin osmoklasisty to nie"
            " bedzie mnie juz jak przyjda wyniki, juz postanowilam",
            "dzisiaj specjalnie przeszlam przez ulice bez patrzenia. troche mi bylo szkoda jak"
            " samochod zahamowal",
        ],
        "disclosure": [
            "nowy facet mamy nagral mnie jak sie przebieralam i mowi ze jak komus powiem to wysle"
            " to calej szkole",
            "brat kaze mi nosic paczki do swoich kolegow po szkole a oni powiedzieli ze jak"
            " przestane to zrobia krzywde mamie",
        ],
        "violence": [
            "jak jutro zuza bedzie na przystanku to jej rozwale leb o szybe wiaty, bierzcie"
            " telefony to nagramy",
        ],
        "phone": [
            "numer to 501, dalej dwadziescia trzy i czterdziesci piec, a na koniec 67 i 8, pisz"
            " na wa",
        ],
        "contact": [
            "mieszkam na Lipowej 8, klatka 3, trzecie pietro, drzwi po lewej, wpadaj kiedy chcesz",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "reminder from mrs hall: trip to the reservoir on friday, meet at the bus stop outside"
        " school at 8:15, bring a packed lunch and the signed slip",
        "my maths tutor comes on wednesdays and today he made me do 30 fractions, im dead",
        "whos joining the class minecraft server after homework? were building the castle from"
        " history, mr patel said he'd look at it on monday",
        "coach says saturdays match is at 10 and he'll put the team photo on the club page after",
        "so stressed about the history test, revised till 10 and i still cant remember a single"
        " date lol",
        "mums new boyfriend took me and my sister fishing at the lake, he's actually really funny",
        "my gran gave me 20 quid for my birthday so im saving it for the school trip",
        "havent eaten since breakfast im starving, whats for lunch today??",
        "the bus was late AGAIN, we waited 40 mins at the stop in the rain",
        "dont tell sam!! were all signing a card for him for his last day, its a surprise",
        "can u send me the photo of our poster, i need it for the presentation tomorrow",
        "in the book were reading the boy runs away from home to find his dog, chapter 6 made me"
        " cry",
        "mum made me a second account on the game so my little brother stops wrecking mine, she"
        " has both passwords",
        "hi partner class! whats your favourite subject and do you have any pets? i have a"
        " hamster called biscuit",
        "in pe i hit jordan right in the face with the dodgeball by accident, he's fine tho, he"
        " laughed",
    ],
    "it": [
        "avviso della prof Ferri: venerdì gita al lago, ritrovo alla fermata del pullman davanti"
        " a scuola alle 8, portate il pranzo al sacco e l autorizzazione firmata",
        "il mio prof di ripetizioni viene il mercoledì, oggi mi ha fatto fare 30 equazioni,"
        " sono morto",
        "chi entra nel server minecraft della classe dopo i compiti? stiamo costruendo il"
        " colosseo per storia",
        "il mister ha detto che la partita di sabato è alle 10 e poi mette la foto della squadra"
        " sulla pagina della società",
        "ansia per la verifica di storia, ho ripassato fino alle 10 e non mi ricordo una data ahah",
        "il nuovo compagno di mamma ci ha portati a pescare al lago, è simpaticissimo",
        "la nonna mi ha dato 20 euro per il compleanno, li metto da parte per la gita",
        "non mangio da stamattina ho una fame assurda, cosa c è in mensa oggi?",
        "il pullman era di nuovo in ritardo, siamo stati 40 minuti alla fermata sotto la pioggia",
        "non ditelo a marco!! stiamo facendo un biglietto per il suo ultimo giorno, è una sorpresa",
        "mi mandi la foto del cartellone? mi serve per l esposizione di domani",
        "nel libro che leggiamo in classe il ragazzo scappa di casa per ritrovare il suo cane",
        "ieri ho guardato uno streamer giocare fino a tardi, bravissimo, mia mamma mi ha"
        " staccato il wifi ahah",
        "la mia nuova compagna di banco mi ha chiesto se ho il ragazzo, le ho detto di no ahah"
        " e poi abbiamo parlato di pallavolo tutta l ora",
        "a educazione fisica ho colpito Luca in faccia con la palla per sbaglio, ma sta bene,"
        " ridevamo tutti",
    ],
    "fr": [
        "rappel de Mme Petit : sortie à l'étang vendredi, rendez-vous à l'arrêt de bus devant le"
        " collège à 8h, prévoir un pique-nique et l'autorisation signée",
        "mon prof de soutien vient le mercredi et aujourd'hui il m'a fait faire 30 fractions jsuis"
        " mort",
        "qui vient sur le serveur minecraft de la classe apres les devoirs ? on construit le"
        " château fort du cours d'histoire",
        "le coach a dit que le match de samedi c'est a 10h et il mettra la photo de l'équipe sur"
        " la page du club",
        "trop stressé pour le contrôle d'histoire, j'ai révisé jusqu'a 22h et je retiens aucune"
        " date mdr",
        "le nouveau copain de ma mere nous a emmenés pêcher a l'étang, il est trop drôle en vrai",
        "ma mamie m'a donné 20 euros pour mon anniv, je les garde pour la sortie scolaire",
        "j'ai rien mangé depuis ce matin j'ai trop faim, c'est quoi a la cantine ?",
        "le bus était encore en retard, on a attendu 40 min a l'arrêt sous la pluie",
        "dites rien a léo !! on lui fait une carte pour son dernier jour, c'est une surprise",
        "tu peux m'envoyer la photo de l'affiche ? j'en ai besoin pour l'exposé demain",
        "dans le livre qu'on lit en classe le garçon fugue pour retrouver son chien",
        "mon pere et moi on fait le tour de l'étang en courant le dimanche matin, il est"
        " toujours derriere mdr",
        "coucou la classe partenaire ! c'est quoi votre matière préférée ? vous avez des"
        " animaux ? moi j'ai un lapin qui s'appelle Caramel",
        "en sport j'ai envoyé le ballon dans la tête de Noah sans faire exprès, il va bien on a"
        " rigolé",
    ],
    "de": [
        "info von frau becker: ausflug zum see am freitag, treffpunkt 8 uhr an der"
        " bushaltestelle vor der schule, lunchpaket und unterschriebenen zettel mitbringen",
        "mein nachhilfelehrer kommt mittwochs und heute musste ich 30 brueche rechnen, bin tot",
        "wer kommt nach den hausaufgaben auf den minecraft server von der klasse? wir bauen die"
        " burg aus geschichte nach",
        "der trainer hat gesagt das spiel am samstag ist um 10 und danach kommt das"
        " mannschaftsfoto auf die vereinsseite",
        "hab so stress wegen dem geschichtstest, bis 10 gelernt und kann mir trotzdem kein"
        " datum merken lol",
        "der neue freund von mama war mit uns am see angeln, der ist echt witzig",
        "oma hat mir 20 euro zum geburtstag geschenkt, die spar ich fuer die klassenfahrt",
        "hab seit dem fruehstueck nix gegessen, hab voll hunger, was gibts heute in der mensa?",
        "der bus hatte schon wieder verspaetung, wir standen 40 minuten im regen an der"
        " haltestelle",
        "nix dem jonas sagen!! wir machen ihm eine karte fuer seinen letzten tag, ist eine"
        " ueberraschung",
        "kannst du mir das foto vom plakat schicken? brauch es fuer das referat morgen",
        "in dem buch das wir lesen haut der junge von zuhause ab um seinen hund zu finden",
        "herr wolf will dass wir unsere dehnuebungen filmen und auf die lernplattform laden,"
        " nur fuer die sportnote",
        "hallo partnerklasse! was ist euer lieblingsfach und habt ihr haustiere? ich hab einen"
        " wellensittich der heißt Kiwi",
        "beim voelkerball hab ich ben aus versehen voll ins gesicht getroffen, aber ihm gehts"
        " gut, wir mussten lachen",
    ],
    "es": [
        "aviso de la profe Marta: el viernes excursion al pantano, quedamos a las 8 en la parada"
        " del bus de delante del cole, traed bocadillo y la autorizacion firmada",
        "mi profe de repaso viene los miercoles y hoy me ha hecho hacer 30 fracciones, estoy"
        " muerto",
        "quien se mete al server de minecraft de la clase despues de los deberes? estamos"
        " haciendo el castillo de historia",
        "el entrenador dice que el partido del sabado es a las 10 y luego sube la foto del"
        " equipo a la pagina del club",
        "que agobio el examen de historia, he repasado hasta las 10 y no me acuerdo de ninguna"
        " fecha jaja",
        "el novio nuevo de mi madre nos llevo a pescar al pantano, es super gracioso",
        "mi abuela me dio 20 euros por mi cumple, los guardo para la excursion",
        "no he comido nada desde el desayuno, que hambre, que hay hoy en el comedor?",
        "el bus llego tarde OTRA VEZ, estuvimos 40 minutos en la parada bajo la lluvia",
        "no le digais nada a pablo!! le estamos haciendo una tarjeta para su ultimo dia, es"
        " sorpresa",
        "me pasas la foto del mural? la necesito para la exposicion de mañana",
        "en el libro que leemos en clase el chico se escapa de casa para buscar a su perro",
        "ayer estuve viendo a un streamer jugar hasta tarde, es buenisimo, mi padre me quito el"
        " wifi",
        "hola clase amiga! cual es vuestra asignatura favorita? teneis mascotas? yo tengo una"
        " tortuga que se llama Rayo",
        "en educacion fisica le di a dani en la cara con el balon sin querer, pero esta bien,"
        " nos reimos todos",
    ],
    "pl": [
        "info od pani Nowak: w piatek wycieczka nad jezioro, zbiorka o 8 na przystanku przed"
        " szkola, zabierzcie drugie sniadanie i podpisana zgode",
        "moj korepetytor przychodzi w srody i dzisiaj kazal mi zrobic 30 ulamkow, padam",
        "kto wchodzi na klasowy serwer minecraft po lekcjach? budujemy zamek z historii",
        "trener mowi ze mecz w sobote jest o 10 a potem wrzuci zdjecie druzyny na strone klubu",
        "ale stres przed sprawdzianem z historii, uczylam sie do 22 i nie pamietam zadnej daty xd",
        "nowy chlopak mamy zabral nas na ryby nad jezioro, jest serio zabawny",
        "babcia dala mi 20 zl na urodziny, odkladam na wycieczke",
        "nic nie jadlem od sniadania, umieram z glodu, co dzis na stolowce?",
        "autobus znowu sie spoznil, stalismy 40 minut na przystanku w deszczu",
        "nie mowcie kubie!! robimy mu kartke na ostatni dzien, to niespodzianka",
        "mozesz mi wyslac zdjecie plakatu? potrzebuje go na jutrzejsza prezentacje",
        "w lekturze chlopak ucieka z domu zeby odnalezc swojego psa",
        "tata zalozyl mi drugie konto w grze zebym mogl grac z bratem, i tak zna hasla do obu",
        "czesc klaso partnerska! jaki jest wasz ulubiony przedmiot? macie zwierzaki? ja mam"
        " kota Filemona",
        "na wfie niechcacy trafilem kube pilka w twarz, ale nic mu nie jest, wszyscy sie smialismy",
    ],
}
