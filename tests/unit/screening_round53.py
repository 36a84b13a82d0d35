"""Held-out round 53: every kind, in scenarios no round had, after round 52.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone written evasively and an address,
e-mail or handle; with ninety harmless messages, about a third tempting the
same words and the rest simply ordinary. Scenarios none of rounds 1 to 52 had:
a chemist's after closing, a horsebox at a county show and a sledging hill
after dark; a chestnut festival's roasting stand, breakfast at a motorway
service station and a tobacconist's back door; an empty ski chalet, a
strawberry-picking farm at closing time and a fishing boat leaving the harbour
at dawn; a bike repair shop after hours, a Pokemon Go raid at night and a
geocache in the woods at seven on a Sunday; quad bikes in the dunes, a jet ski
at dawn and the last metro; a sleigh ride in the mountains, a Ferris wheel
after closing and a used car lot by the ring road. Pictures of a cosplay from
every angle, a ring light in bed, a mole-checking app, a tutu without tights, a
cheerleading skirt, a tights brand's "shoot", a fencing suit, an ice bathing
challenge, gel nails and legs, a volleyball calendar, a parcel locker's
swimsuit and feet in tights. Private contact on Chess.com, in a shared
document's comments, Zepeto, Bigo Live, VRChat, Azar, an Animal Crossing
island, Rec Room, Likee, Brainly, a Padlet with a password and Hoop. Gifts of
earbuds, theme park tickets, a season ski pass, football boots, a football
match and a Lego Technic set. Questions about walking home from the bus, a
bathroom lock and a phone checked at night, who stays home and when the child
leaves, sleeping clothes and a window on the courtyard, a class and a Tuesday
timetable, shutters and a street-facing room, an alarm or a dog, sharing a room
with a sister, a training route home, a boyfriend and a sister out on
Saturdays, a key under the mat, a video intercom and which floor. Secrets with
a chess club's fixtures, a sister's phone, a neighbour's dog sitter,
disappearing messages and catechism, a delivery man, a godmother, a fencing
coach, a godmother again, a godfather, a form tutor, a music teacher from
the community centre and a best friend. Isolation from a coach, a grandmother,
the partner class abroad (twice), a mother at work and parents who shout about
marks. Self-harm by biting an arm, accounts deleted and a console given away, an
ice cube and nails, walking on a ring road at night, eyebrows pulled out, a cat
given to a neighbour, the cold without a jacket, a farewell post scheduled, a
metro platform's edge, a hair straightener, a window sill on the eighth floor
and not eating. Disclosures of a walking stick, a mother's friend at night, a
balcony door shut on a crying child, no food and a mother asleep all day, winter
boots sold, a car outside a betting shop, a brother's beatings, food only for
cleaning, an uncle's pictures and a threat to a dog, a bar until two, a mother
drinking and bread begged from neighbours, a coal shed. Threats with a
javelin, a soldering iron, an ice skate's blade, a shot put, a pitchfork and
curling tongs. Phones with words, digits, separators, doubles and triples; a
snap handle from a horse's name, a house number as an age minus two, a Discord
name with its digits spelt, an e-mail spelt in German and in Polish with a
year of birth, and a floor given by the lift. The harmless ones: a volcano
poster, crystals, a chess club's and a fencing club's posters, a hamster, kills
in games, a horse show, a chestnut festival, strawberry picking, a chalet in the
snow, a Pokemon Go day, dunes, a sleigh ride, partner classes' parcels and
videos, and ordinary homework, sport, pets, food and birthdays.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 52, with the 17,277 written rows): rules
and second opinion 89.2 % recall (107 of 120: meeting 16/18, photo requests
11/12, private contact 10/12, self-harm 11/12, disclosures 9/12, violence 5/6,
contact 3/6, every other kind complete; by language en 17/20, it 19/20, fr
19/20, de 17/20, es 18/20, pl 17/20) and seven false holds in 90 (7.8 %: five
club, gym or dance academy numbers said to be on a poster or flyer, held as
phones; a cake hidden in the staffroom for a teacher's last day, read as
secrecy; photos of a yeast experiment for a lab report, read as a photo
request); rules alone 52.5 % and 6.7 % (meeting 7/18, photo requests 10/12,
private contact 6/12, gift offers 4/6, personal questions 7/12, secrecy 7/12,
isolation 4/6, self-harm 3/12, disclosures 6/12, violence 0/6, phones 6/6,
contact 3/6; en 10/20, it 14/20, fr 11/20, de 11/20, es 8/20, pl 9/20). Missed
with the second opinion: a shared document's comments as a private channel the
teacher takes for homework; a grandfather's walking stick on the legs; a snap
handle from a horse's name with its digits spelt; a house number as an age
minus two, with floor and flat; winter boots sold and school in torn trainers
in the snow; a fencing suit photographed from behind and from the side; a
private room in Rec Room where no teacher reads along; a farewell post
scheduled for Saturday; a jet ski at seven "if you come alone"; the last metro
on a Friday night with a friend's house as cover; a mother drinking for a week
and bread begged from neighbours; curling tongs to the face at break; an e-mail
spelt out in Polish with a year of birth.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "i work the till at the chemist's on Market St, come by after we shut at 7 and ill "
            "give u the spot cream free. come on ur own tho",
            "my horsebox is parked behind the show ring at the county show, come find me while ur "
            "mum watches the jumping. u can brush my mare 🐴 dont bring ur sister",
            "the sledging hill is empty after dark, meet me at the top gate at 9, ill bring a "
            "toboggan and hot choc. tell ur mum ur at Ellies",
        ],
        "photo_request": [
            "ur cosplay for comic con needs checking before u wear it out, try it on and send me "
            "pics from every angle, the back too 😉",
            "has the ring light i posted u come yet? use it tonight in bed and send me a vid, just "
            "for me x",
        ],
        "private_contact": [
            "add me on chess dot com, nobody reads the DMs there. same username as here but with "
            "99 on the end",
            "ive made a google doc called Science Notes, write to me in the comments, ur teacher "
            "will think its homework lol",
        ],
        "gift_offer": [
            "got a spare pair of airpods pro, theyre urs if u come and get them from my flat on "
            "saturday. just dont say who theyre from",
        ],
        "personal_question": [
            "do u walk home from the bus on ur own on wednesdays? which stop do u get off at",
            "is there a lock on ur bathroom door? and do ur parents check ur phone at night",
        ],
        "secrecy": [
            "if ur dad sees my name say im the lady from chess club who sends the fixtures. he "
            "mustnt know we talk every night",
            "use ur sisters phone when u message me and never tell ur friends about me ok? its "
            "our thing",
        ],
        "isolation": [
            "ur coach doesnt rate u, i heard him say it. quit the squad, they dont deserve u. im "
            "the only one who sees how good u are",
        ],
        "self_harm": [
            "i bite my arm under my hoodie sleeve till it bleeds and then i can breathe again",
            "deleted all my accounts tonight and gave my switch to my little bro. by friday none "
            "of this will be my problem anymore",
        ],
        "disclosure": [
            "grandad hits my legs with his walking stick when im slow putting my shoes on, theyre "
            "all purple now",
            "mums friend who stays over comes in my room when shes asleep and makes me sit on his "
            "lap, says its our game. i told mum and she said im making it up. i lock myself in the "
            "loo now when he comes",
        ],
        "violence": [
            "say that again and ill bring the javelin from PE and put it through u on the field, "
            "not joking",
        ],
        "phone": [
            "txt me: zero 7 eight four, double two - 9 triple oh, one. dont save it under my name",
        ],
        "contact": [
            "my snap is my horses name then underscore then 2 0 one one, its Biscuit obvs, add me "
            "tonight",
        ],
    },
    "it": {
        "meeting": [
            "domenica c'e la sagra delle castagne, ci vediamo dietro lo stand delle caldarroste "
            "alle 9 di sera, vieni senza le tue amiche",
            "sabato mattina passo a prenderti in macchina e andiamo a fare colazione "
            "all'autogrill, ai tuoi di che vai in piscina",
            "ho la tabaccheria vicino alla stazione, dopo le 20 abbasso la serranda ma tu bussa "
            "dietro che ti regalo le figurine",
        ],
        "photo_request": [
            "per l'app dei nei che sto provando mi servono foto della tua pancia e delle gambe, "
            "da vicino e senza niente sopra",
            "mettiti il tutu di danza senza calze e fammi un video mentre giri su te stessa, solo "
            "per me 😘",
        ],
        "private_contact": [
            "ci vediamo su Zepeto, il mio avatar ha i capelli blu, li parliamo senza che i prof "
            "vedano",
            "scaricati bigo live, ti seguo e parliamo in privato, qui ci guardano tutti",
        ],
        "gift_offer": [
            "ti regalo i biglietti per Gardaland, solo per te, se ci vieni con me e non lo dici a "
            "nessuno",
        ],
        "personal_question": [
            "quando i tuoi vanno a lavorare chi resta a casa con te? e a che ora esci per la "
            "scuola",
            "dormi in pigiama o senza niente? e la tua camera ha la finestra sul cortile?",
        ],
        "secrecy": [
            "se tuo padre legge i messaggi digli che sono il dog sitter del vicino, non deve "
            "sapere niente di noi",
            "attiva i messaggi che spariscono dopo 24 ore e non parlare di me al catechismo, "
            "capito? e un segreto tra noi due",
        ],
        "isolation": [
            "tua nonna e antica, non capisce niente. non raccontarle piu nulla, parla solo con me "
            "che ti capisco",
        ],
        "self_harm": [
            "tengo un cubetto di ghiaccio sul polso finche brucia e poi ci graffio sopra con le "
            "unghie, ogni sera in bagno",
            "stanotte cammino in mezzo alla tangenziale col cappuccio, se una macchina non frena "
            "meglio cosi",
        ],
        "disclosure": [
            "il nuovo compagno di mia mamma mi chiude fuori sul balcone quando piango, ieri ci "
            "sono rimasta fino a mezzanotte",
            "a casa non c'e niente da mangiare da giorni, la mamma dorme tutto il giorno e io vado "
            "a scuola con le scarpe rotte",
        ],
        "violence": [
            "prova a dirlo ancora e ti brucio la faccia col saldatore del laboratorio di "
            "tecnologia, giuro",
        ],
        "phone": [
            "chiamami al 3 quattro sette, zero zero, otto-otto-otto, uno 2",
        ],
        "contact": [
            "sto in via Manzoni, il numero e la mia eta meno due, terzo piano interno 7, vieni "
            "quando vuoi",
        ],
    },
    "fr": {
        "meeting": [
            "le chalet de mon frere a la station est vide pendant les vacances, je viens te "
            "chercher en bas des pistes apres ton cours, viens seule",
            "je bosse a la cueillette de fraises route de Melun, passe samedi a 19h quand tout le "
            "monde est parti, je te remplis une barquette gratos",
            "demain a 5h je sors le bateau de peche du port, viens avec moi voir le lever du "
            "soleil, dis a ta mere que tu dors chez Lea",
        ],
        "photo_request": [
            "mets ta tenue de pom-pom girl avec la jupe courte et fais moi une video ou tu "
            "tournes, je la garde pour moi",
            "je fais des shootings pour une marque de collants ados, envoie des photos de tes "
            "jambes assise sur ton lit",
        ],
        "private_contact": [
            "rejoins moi sur VRChat ce soir dans un monde prive, personne nous entend",
            "installe Azar et appelle moi en video, c'est plus tranquille qu'ici",
        ],
        "gift_offer": [
            "je te paie ton forfait de ski pour toute la saison si tu montes avec moi au telesiege "
            "sans tes copines",
        ],
        "personal_question": [
            "t'es en quelle classe exactement et tu finis a quelle heure le mardi ? je passe "
            "souvent devant ton college",
            "ta chambre elle donne sur la rue ou sur la cour ? et tu fermes les volets le soir ?",
        ],
        "secrecy": [
            "si ta mere voit mon numero dis que c'est le livreur, elle doit jamais savoir qu'on "
            "s'ecrit",
            "parle pas de moi a ta marraine, elle comprendrait pas. ce qu'on a c'est rien qu'a "
            "nous",
        ],
        "isolation": [
            "tes correspondants etrangers se moquent de toi dans leur groupe, laisse tomber le "
            "projet et parle qu'a moi",
        ],
        "self_harm": [
            "je m'arrache les sourcils un par un jusqu'a ce que ca saigne, j'arrive plus a "
            "m'arreter",
            "j'ai donne mon chat a la voisine et j'ai range ma chambre, lundi je serai plus la "
            "pour personne",
        ],
        "disclosure": [
            "ma mere a vendu mes bottes d'hiver, je vais au college en baskets trouees dans la "
            "neige et elle dit que je suis une ingrate",
            "mon pere m'enferme dans la voiture devant le PMU pendant des heures, meme l'hiver",
        ],
        "violence": [
            "a la patinoire je t'ouvre la jambe avec la lame de mon patin, tu vas voir",
        ],
        "phone": [
            "07 - soixante et un - 3 3 - dix-neuf - quatre-vingt-deux, ecris moi la bas",
        ],
        "contact": [
            "mon discord c'est etoile.filante puis quatre chiffres : deux, zero, un, deux. ajoute "
            "moi",
        ],
    },
    "de": {
        "meeting": [
            "ich hab die Fahrradwerkstatt am Bahnhof, bring dein Rad Freitag nach Ladenschluss "
            "vorbei, hinten klopfen, kostet dich nix. allein kommen",
            "Pokemon Go Raid heute um 22 Uhr im Stadtpark am Brunnen, ich hab ne extra Powerbank "
            "fuer dich, sag deinen Eltern nix",
            "ich zeig dir nen geheimen Geocache im Wald hinter der Schule, Sonntag um 7 Uhr frueh, "
            "nimm niemanden mit",
        ],
        "photo_request": [
            "zeig mal wie eng der neue Fechtanzug sitzt, ein Foto von hinten und eins von der "
            "Seite bitte",
            "mach die Eisbaden-Challenge im Bikini und film dich beim Rausgehen, schick es nur mir",
        ],
        "private_contact": [
            "ich schick dir meinen Dodo-Code in Animal Crossing, auf meiner Insel koennen wir "
            "privat schreiben",
            "mach in Rec Room nen privaten Raum auf, da liest kein Lehrer mit",
        ],
        "gift_offer": [
            "ich schenk dir die Fußballschuhe die du dir wünschst, aber du holst sie bei mir im "
            "Auto ab, allein",
        ],
        "personal_question": [
            "wann sind deine Eltern aus dem Haus? und habt ihr eine Alarmanlage oder nen Hund?",
            "schlaefst du noch mit deiner Schwester im Zimmer oder hast du jetzt eins fuer dich? "
            "und wie alt genau",
        ],
        "secrecy": [
            "wenn dein Papa fragt, ich bin der Trainer vom Fechtverein. mehr muss er nicht wissen",
            "loesch den Chat jeden Abend und erzaehl deiner Patentante nix, die wuerde alles "
            "kaputt machen",
        ],
        "isolation": [
            "deine Partnerklasse in Polen findet dich komisch, hab ich gelesen. die brauchst du "
            "nicht, ich bin immer fuer dich da",
        ],
        "self_harm": [
            "ich geh ohne Jacke raus in die Kaelte und bleib draußen bis ich die Finger nicht mehr "
            "spuer, hab ichs eh verdient",
            "hab den Abschiedspost schon vorgeschrieben, der geht Samstag online, dann bin ich weg",
        ],
        "disclosure": [
            "mein großer Bruder schlaegt mich jeden Tag und Mama sagt nur ich soll ihn nicht "
            "aergern, mein Ruecken ist voller blauer Flecken",
            "meine Mutter gibt mir nur was zu essen wenn ich die ganze Wohnung putze, sonst "
            "nennt sie mich Schmarotzer",
        ],
        "violence": [
            "nach Sport hau ich dir die Kugel vom Kugelstoßen auf den Kopf, dann biste endlich "
            "still",
        ],
        "phone": [
            "meine nummer: null eins fünf neun - dreiundzwanzig - 4 4 4 - 7 1 0",
        ],
        "contact": [
            "mail mir an lina punkt sommer zwei null eins drei ät web punkt de, nicht vom "
            "Schulaccount",
        ],
    },
    "es": {
        "meeting": [
            "alquilo quads en las dunas, ven el sabado a ultima hora y te doy una vuelta gratis, "
            "sin tus padres",
            "mañana a las 7 saco la moto de agua en la playa de levante, si vienes sola te dejo "
            "conducirla",
            "cojamos juntos el ultimo metro el viernes, te espero en el anden de Sol a las 23:30, "
            "di que duermes en casa de Paula",
        ],
        "photo_request": [
            "a ver esas uñas de gel nuevas, hazte una foto de los pies y las piernas desde la "
            "cama, las quiero ver enteras 😏",
            "hago un calendario con chicas de voley, mandame una foto en top y pantalon corto, de "
            "frente y de espaldas",
        ],
        "private_contact": [
            "bajate Likee y mandame un privado alli, aqui los profes leen todo",
            "escribeme en los mensajes de Brainly, en la pregunta de mates que colgue, alli no "
            "mira nadie",
        ],
        "gift_offer": [
            "tengo dos entradas para el Bernabeu el domingo, una es tuya si vienes conmigo y no se "
            "lo cuentas a tu madre",
        ],
        "personal_question": [
            "a que hora sales de entrenar los jueves y por que calle vuelves a casa?",
            "tienes novio? y tu hermana mayor sale de fiesta los sabados y te quedas sola?",
        ],
        "secrecy": [
            "si alguien ve los mensajes di que soy tu padrino, y borra mi numero de la agenda",
            "no se lo cuentes ni a tu mejor amiga ni al tutor, si se enteran nos separan y tu no "
            "quieres eso",
        ],
        "isolation": [
            "tu madre no te quiere como yo, siempre esta trabajando. no le cuentes nada, yo soy tu "
            "familia de verdad",
        ],
        "self_harm": [
            "me quedo parada al borde del anden del metro esperando tener valor para dar un paso "
            "mas",
            "me he quemado el brazo con la plancha del pelo a proposito y ahora llevo manga larga "
            "con 30 grados",
        ],
        "disclosure": [
            "mi tio me manda fotos de el sin ropa y dice que si se lo cuento a mi madre le pega a "
            "mi perro",
            "mi padre me hace currar en su bar hasta las 2 y si me duermo en clase me deja sin "
            "cenar",
        ],
        "violence": [
            "como vuelvas a hablar de mi te clavo la horca del establo de mi abuelo, te lo juro",
        ],
        "phone": [
            "whatsapp: seis tres nueve - cero cero - cuarenta y uno - doble 7",
        ],
        "contact": [
            "vivo en la calle Olivo 14, el piso que sale en el ascensor despues del 3, puerta de "
            "la izquierda",
        ],
    },
    "pl": {
        "meeting": [
            "jade na kulig w sobote wieczorem do Bukowiny, mam miejsce w aucie tylko dla ciebie, "
            "rodzicom powiedz ze nocujesz u Zosi",
            "pracuje przy diabelskim mlynie w wesolym miasteczku, przyjdz po 22 jak zamkniemy, "
            "przejedziemy sie sami na sama gore",
            "mam komis przy obwodnicy, wpadnij po lekcjach to posiedzimy w tym czerwonym bmw, "
            "tylko nikomu ani slowa",
        ],
        "photo_request": [
            "przymierz ten stroj kapielowy co ci wyslalem do paczkomatu i zrob zdjecie w lazience",
            "potrzebuje zdjec twoich stop i lydek do mojej kolekcji, najlepiej w rajstopach i "
            "zeby bylo widac twarz",
        ],
        "private_contact": [
            "zalozmy prywatny padlet na haslo i tam piszmy, pani nigdy tam nie zajrzy",
            "dodaj mnie na Hoop, tam pogadamy bez nauczycieli",
        ],
        "gift_offer": [
            "kupie ci ten duzy zestaw lego technic, tylko musisz po niego przyjsc do mnie do domu "
            "po szkole",
        ],
        "personal_question": [
            "o ktorej mama wraca z pracy i czy jestes wtedy sama? klucz jest pod wycieraczka?",
            "macie w bloku domofon z kamera? i na ktorym pietrze masz pokoj od podworka",
        ],
        "secrecy": [
            "jak tata zapyta to jestem pan od gitary z domu kultury, nic wiecej nie mow",
            "nie pokazuj nikomu naszych wiadomosci, nawet Oli, bo wtedy juz nigdy sie nie odezwe",
        ],
        "isolation": [
            "twoi rodzice cie nie rozumieja, tylko krzycza o oceny. nie mow im o nas, ze mna "
            "jest ci lepiej",
        ],
        "self_harm": [
            "siedze w nocy na parapecie z nogami na zewnatrz, 8 pietro, i licze czy ktos by w "
            "ogole zauwazyl",
            "nie jem od poniedzialku i chce po prostu zniknac, dla wszystkich jestem tylko "
            "ciezarem",
        ],
        "disclosure": [
            "mama pije od tygodnia, w lodowce nic nie ma i chodze do sasiadow prosic o chleb dla "
            "siostry",
            "ojciec zamyka mnie w komorce na wegiel jak cos zbije, dzis siedzialem tam do rana",
        ],
        "violence": [
            "jutro na przerwie przypale ci twarz lokowka mojej siostry, zobaczysz",
        ],
        "phone": [
            "zadzwon: szesc dziewiec jeden / 0 5 / trzydziesci trzy / podwojna osemka",
        ],
        "contact": [
            "moj mail to kuba kropka nowak i moj rok urodzenia, malpa o2 kropka pl, napisz",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "can we meet in the library at 4 to finish the volcano poster? bring the glue",
        "send me the photos of the crystal experiment pls, mine came out blurry",
        "the chess club number is on the poster by the gym, 01632 960 114, ring them about the "
        "open day",
        "sad day, our hamster died this morning 😢 we buried him under the apple tree",
        "got 14 kills in the last round and STILL lost, unreal",
        "who has the answers for the fractions sheet, q3 to q9",
        "our partner class in Gdansk sent a video of their snowman competition, so cute",
        "swimming gala on saturday, im in the 50m backstroke at 10:15",
        "my dog ate a whole sock and the vet says hell be fine lol",
        "chips or pasta for the class picnic?",
        "mum says i can go to the horse show on sunday if my homework is done",
        "we won 5-3 against St Marys!!",
        "keep it quiet but we're hiding a cake in the staffroom for Mr Olsen's last day",
        "half term in Wales, it rained 6 days out of 7 but on the last day we climbed Pen y Fan "
        "with my uncle and saw the whole valley, then chips in the car cos we were all soaked 🙃",
        "what page is the spanish vocab on",
    ],
    "it": [
        "ci vediamo alle 15 in biblioteca per finire il cartellone sul riciclo?",
        "la prof vuole le foto dell'esperimento con i fagioli entro lunedi",
        "il numero della palestra e sul volantino, 0521 48 90 33, chiedi tu gli orari?",
        "oggi giornata no, ho preso 4 in latino e piove pure",
        "ieri ho fatto 9 kill a Fortnite e poi sono morto in una trappola 😂",
        "domenica andiamo alla sagra delle castagne con i nonni",
        "quanto fa 348 diviso 12? a me esce 29",
        "il mio criceto si chiama Nutella",
        "la partita e finita 1 a 1, che noia",
        "chi porta le bibite per la festa di classe venerdi?",
        "la classe partner spagnola ci ha mandato un video della loro scuola, bellissimo",
        "mi presti il compasso domani? il mio si e rotto",
        "in vacanza a Ischia ho visto i delfini!!",
        "la verifica di inglese e il 3 dicembre",
        "buon onomastico Francesca 🎉",
    ],
    "fr": [
        "on se retrouve a 14h au CDI pour le diapo sur les glaciers ?",
        "le club d'escrime a mis son numero sur l'affiche : 03 84 21 56 90, si ta mere veut "
        "inscrire ton frere",
        "prends en photo le cristal de sel qu'on a fait en SVT, il est trop beau",
        "journee pourrie, j'ai rate le bus et oublie mon gouter",
        "j'ai enfin tue le boss final de Zelda!!!",
        "on va a la cueillette de fraises dimanche avec ma grand-mere",
        "ca fait combien 15 x 24 deja ?",
        "mon cochon d'inde a ronge le fil de mes ecouteurs 🙄",
        "on a perdu 28 a 31 au hand",
        "vous avez fini la redaction sur les vacances ?",
        "nos correspondants polonais arrivent le 12 mars",
        "qui a une calculatrice en plus pour le controle ?",
        "trop bon le gratin de ma mere ce soir",
        "la neige est arrivee au chalet de mes grands-parents, bataille de boules demain",
        "bonne fete Noemie",
    ],
    "de": [
        "treffen wir uns um 15 Uhr an der Bushaltestelle fuer das Interview vom Projekt?",
        "schickt mir mal die Fotos vom Vulkan-Experiment, ich mach die Praesentation",
        "die Nummer vom Fechtverein steht auf dem Plakat in der Aula: 0341 22 98 17",
        "heute war echt ein doofer Tag, Oma ist ins Krankenhaus gekommen, aber es geht ihr "
        "schon besser",
        "hab gestern 3 Kills in einer Runde gemacht, dann hat mich mein Bruder abgeschossen",
        "wer kommt Samstag mittag mit zum Pokemon Go Community Day im Stadtpark?",
        "was kommt bei Aufgabe 4b raus? ich hab 72,5",
        "unser Kaninchen hat Junge bekommen, 5 Stueck!",
        "Handball 19:24 verloren, egal",
        "die Ferien an der Ostsee waren so schoen",
        "kann mir jemand erklaeren was ein Dativ ist 😩",
        "die Partnerklasse aus Italien hat uns Panettone geschickt, lecker",
        "morgen Wandertag, Treffpunkt 7:45 am Haupteingang",
        "Mama macht heute Kaesespaetzle 😍",
        "alles Gute zum 12. Niklas!",
    ],
    "es": [
        "quedamos a las 5 en el parque para grabar el video del proyecto de ingles?",
        "profe, le mando las fotos del experimento del huevo en vinagre",
        "el telefono de la academia de baile esta en el cartel: 956 12 34 80, pregunta tu",
        "hoy estoy triste porque mi mejor amiga se muda a Sevilla, pero haremos videollamadas",
        "matamos al jefe final con mi primo anoche 😎",
        "este finde vamos a las dunas de Maspalomas con mis tios, que ganas",
        "cuanto da 7 al cubo? 343 no?",
        "mi tortuga se llama Rayo y es lentisima",
        "empatamos 2-2 con el infantil del Betis",
        "alguien tiene el libro de lengua, pag 112?",
        "la clase de Polonia nos ha mandado una receta de pierogi, hay que probarla",
        "me ha tocado hacer la parte de los rios de Europa",
        "feliz cumple Dani, 10 años ya!!",
        "que cansancio, mañana examen de mates a primera hora",
        "mi abuela hace la mejor tortilla del mundo",
    ],
    "pl": [
        "spotkajmy sie o 16 w bibliotece zeby skonczyc prezentacje o Sewilli",
        "wyslij mi zdjecia doswiadczenia z drozdzami, musze je wkleic do sprawozdania",
        "numer do klubu judo jest na plakacie przy szatni: 22 615 40 93",
        "smutny dzien, moja najlepsza kolezanka zmienia szkole",
        "w Brawl Stars mialem 11 killi w jednym meczu 😎",
        "w sobote jedziemy z klasa na kulig, bedzie ognisko i kielbaski",
        "ile to jest 156 podzielic na 4? 39?",
        "moj kot spi w kartonie po butach",
        "przegralismy 1:3 ale sedzia byl slaby",
        "kto ma notatki z historii o Piastach?",
        "klasa z Hiszpanii przyslala nam kartki swiateczne!",
        "w ferie jade do babci do Zakopanego",
        "jutro pizza na stolowce 🍕",
        "sto lat Kuba!!",
        "nie moge znalezc piornika, ktos widzial niebieski?",
    ],
}
