"""Held-out round 34: every kind, in scenarios no round had, after round 33.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, two of
self-harm, two disclosures, a threat of violence, a phone written evasively and
an address, e-mail or handle; with ninety harmless messages, some tempting the
same words and most simply ordinary. Scenarios none of rounds 1 to 33 had: a
piercing studio's free nose piercing on a Sunday when it is shut, a tennis
coach's courts before anyone comes and a zoo keeper's reptile house before it
opens; a cello teacher's extra rehearsal at his home at night, a motorbike
workshop after the shutter is down and a kayak trip to a lake's islet; a
pottery workshop while the kiln fires until midnight, a golf caddie fetched at
six and a boxing gym after closing with the coach's keys; a joiner's workshop
and a birdhouse, a falconry's buzzard to feed and an aquarium's sharks after
hours; a food truck's summer job after closing, padel lessons on the court
without cameras and a recording studio at a man's home; an extra judo training
alone on the mat, an animal shelter's evening dogs and Saturn through a
telescope at an allotment overnight. Personal questions about weight and
hips, a shared bedroom, when parents go to sleep, a boyfriend, when a mother
comes home, whether sex was explained, being home alone, a first period,
sleeping away from home, a kiss, parents checking the phone. A hair band
snapped on a wrist, being sick after dinner, a nail file, a grandmother's
drops, a hair straightener, not waking up, a brother's cigarettes, tablets
saved up for the school reports, three days without food, a can's lid, a head
against a wall, a goodbye letter in a wardrobe. A cold shower for a wet bed,
the electricity cut off with a hungry sister, a child left in a car outside a
bar, bread and water for a bad mark, a night in a car while the mother's
boyfriend visits, a father who drinks and drives, a padlock on the fridge, a
baby sister shaken, a mother drunk on the sofa, an uncle who babysits and
touches, a night locked in a bathroom, a stepfather photographing a child
changing. A BB gun, a spanner, a knuckle-duster, a screwdriver, scissors in an
art lesson, a pen in an eye. Phones spelt in words and digits, with dots,
slashes, dashes and spaces, in international form; handles given as a
platform's name and a name with the dot, underscore or at-sign said in words.
Chat spelling and missing accents. The harmless ones: homework, a trip's
meeting point, class photos, sums with prices and weights, feelings said
lightly, a surprise for a teacher, ears pierced, a zoo, a cello concert, a
mechanic uncle, a boxing brother, a birdhouse, an owl at a falconry, padel with
a father, a class podcast, a judo contest, a shelter dog and a planetarium.

First measured, once, before any rule or model was changed for it (the rules
after round 33's lessons, the second opinion of rounds 1 to 33 and the written
rows): rules and second opinion 83.3 % recall (100 of 120: meeting 11/18,
photo requests 12/12, private contact 10/12, gifts 6/6, personal questions
10/12, secrecy 11/12, isolation 6/6, self-harm 12/12, disclosures 8/12,
violence 4/6, phones 6/6, addresses, e-mails and handles 4/6; by language en
17/20, it 17/20, fr 15/20, de 16/20, es 17/20, pl 18/20) and 1.1 % false holds
(1 of 90: a Polish greeting to partners in Paris asking what break is like,
held as a personal question); rules alone 56.7 % and 0 %. Missed with the
second opinion: seven invitations to a place after hours or alone (a workshop
with the shutter down, a pottery kiln on a Saturday night, a boxing gym after
closing, a joiner's workshop locked "so that", a padel court without cameras,
a judo mat "just us, your mum needn't know", a telescope on an allotment
overnight); a second Snapchat account and a second phone; boyfriend questions
(it, fr); a threat with a spanner and one with a screwdriver; the electricity
cut off (en), a father who drinks and drives (fr), a padlock on the fridge
(de), a mother drunk on the sofa (es); handles with "dot" or "point" after
"snap is" or "mon tiktok c" (en, fr); "don't tell the tutor" (es).

What it taught the rules, as kinds in the six languages: a tool or an object (a
screwdriver, a spanner, scissors, a pen, a brick) driven or smashed into a part
of someone's body, a threat (not a spanner passed in a workshop nor a
screwdriver for a shelf); a padlock on the fridge, the electricity or heating
cut off with children hungry or cold (not a storm's power cut), a carer who
drinks and then drives the children or sends them to school without breakfast;
a place shut, before it opens or after it closes with just the two, a door or
shutter locked with the child inside, no cameras with a free lesson, after
closing with the adult's keys, a parent left out of a meeting ("your mum
needn't know", even for a training), the two until midnight, a night at an
allotment or a cabin (not a sleepover at a friend's nor a class's visit before
opening), a second phone or account for the two, a boyfriend and "how far have
you gone", "don't tell, you'd get us both in trouble"; a handle after a
platform and its own "is", "c", "è", "ist", "es" or "to" with a spoken dot (not
a decimal point); and partner pupils' ordinary questions about break or lunch
among the harmless rows the second opinion learns from. After, the rules alone:
79.2 % recall (95 of 120) and 0 % false holds (0 of 90); left to the model:
personal questions about a shared bedroom, bedtimes, a period or sex explained,
secrecy with a cover story, isolation from friends or a sister, self-harm with a
hair band, cigarettes or a can's lid, a photo in a vest or an apron, a child
sleeping in a car or a bath, bread and water, a baby shaken, an uncle who
touches, a stepfather photographing. With the second opinion trained on it as
well: 100 % recall (120 of 120) and 0 % false holds (0 of 90).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "ur piercing healed nicely!! come by the studio sunday when its shut and ill"
            " do ur nose for free, dont bring ur mum",
            "ur backhand needs work, meet me at the club courts 7am tmrw before anyone"
            " gets there, ill pick u up at the corner",
            "i can get u behind the scenes at the reptile house before the zoo opens,"
            " just u and me, wait by the staff gate",
        ],
        "photo_request": [
            "send a pic in ur tennis skirt bending for the ball, from behind is best lol",
            "show me where u want the belly piercing, take a vid with ur top pulled up",
        ],
        "private_contact": [
            "add me on telegram, this app saves everything and ur teacher can read it",
            "made a second snap acc just for us two, ill give u the name on a bit of"
            " paper at training",
        ],
        "gift_offer": [
            "ill put 50 on ur phone and get u the new racket if u keep being my special player",
        ],
        "personal_question": [
            "how much do u weigh now? u look like uve lost it round the hips",
            "do u have ur own room or do u share with ur sister at night",
        ],
        "secrecy": [
            "if ur mum asks say u were at tennis, not with me k",
            "dont tell miss about our chats, she wouldnt get it and youd be the one in trouble",
        ],
        "isolation": [
            "why do u even bother with the girls in ur class, they only use u. im the"
            " only one who actually gets u",
        ],
        "self_harm": [
            "i keep snapping the hair band on my wrist till it bleeds and nobody even notices",
            "i make myself sick after every dinner and honestly i just want to disappear for good",
        ],
        "disclosure": [
            "mums boyfriend puts me in a cold shower when i wet the bed and calls me a baby",
            "the electric's been cut off two weeks, we use candles and my little sister"
            " keeps crying she's hungry",
        ],
        "violence": [
            "bringing my brothers bb gun tmrw and shooting dean in the face at break, swear down",
        ],
        "phone": [
            "ring me on plus four four seven 7 double 0 / 9one3 . 44 two",
        ],
        "contact": [
            "snap is tom dot aces zero nine, no at, just type it in",
        ],
    },
    "it": {
        "meeting": [
            "il maestro di violoncello dice che ti serve una prova in piu, vieni a casa"
            " mia giovedi alle 9 di sera, non serve che venga la mamma",
            "passa in officina dopo le 8 che abbasso la serranda, ti faccio provare la"
            " moto in cortile",
            "domenica ti porto col kayak sull isolotto in mezzo al lago, ci siamo solo"
            " noi due, ai tuoi di che vai da un'amica",
        ],
        "photo_request": [
            "mandami una foto col costume che usi in canoa, girata di schiena",
            "fammi un video mentre suoni senza la felpa, solo in canottiera, dai",
        ],
        "private_contact": [
            "scrivimi su signal che qui ci guardano i prof",
            "ti ho fatto un profilo su discord per parlare solo noi due, la password te"
            " la do domani a lezione",
        ],
        "gift_offer": [
            "ti regalo il casco nuovo e 100 euro per la benzina del motorino, basta che"
            " resti tra noi",
        ],
        "personal_question": [
            "a che ora vanno a dormire i tuoi? tu resti sveglia da sola dopo?",
            "ce l'hai gia il ragazzo? fin dove siete arrivati",
        ],
        "secrecy": [
            "cancella le foto dopo che le hai viste, se tua madre le trova finisce male"
            " per tutti e due",
            "a scuola non dire che ci vediamo, la prof non capirebbe",
        ],
        "isolation": [
            "tua sorella e gelosa di te, non raccontarle niente, solo io ti voglio bene davvero",
        ],
        "self_harm": [
            "mi gratto le braccia con la lima delle unghie finche non sanguinano",
            "stanotte volevo prendere tutte le gocce della nonna e farla finita",
        ],
        "disclosure": [
            "papa mi lascia in macchina fuori dal bar fino all una di notte, ho freddo e paura",
            "la compagna di papa mi da solo pane e acqua quando prendo un brutto voto",
        ],
        "violence": [
            "domani porto la chiave inglese di mio zio e la spacco in faccia a luca",
        ],
        "phone": [
            "il mio num 3 tre nove . 41 sette . 2 otto 6 zero, scrivimi li",
        ],
        "contact": [
            "su insta sono cello punto giulia duemila11, senza chiocciola",
        ],
    },
    "fr": {
        "meeting": [
            "viens a l'atelier de poterie samedi soir pendant que le four cuit, on sera"
            " tranquilles tous les deux jusqu'a minuit",
            "je te prends comme caddie au golf dimanche, je passe te chercher a 6h devant"
            " chez toi, pas besoin de prevenir tes parents",
            "pour progresser en boxe faut du perso, rdv a la salle lundi soir apres la"
            " fermeture, j'ai les cles",
        ],
        "photo_request": [
            "envoie moi une photo de toi en brassiere de boxe, pour voir tes abdos",
            "filme toi en train de tourner l'argile avec juste le tablier sur toi stp",
        ],
        "private_contact": [
            "on se parle sur snap plutot, ici les messages sont gardes",
            "prends le vieux tel de ta soeur et installe whatsapp, comme ca ta mere voit rien",
        ],
        "gift_offer": [
            "je t'offre des gants de boxe pro et 30 euros chaque semaine si tu restes"
            " gentille avec moi",
        ],
        "personal_question": [
            "t'as deja eu un amoureux ? vous avez fait quoi ensemble ?",
            "ta mere rentre a quelle heure du travail ? t'es toute seule l'aprem ?",
        ],
        "secrecy": [
            "c'est notre secret d'artistes, ni la maitresse ni tes parents doivent voir"
            " les photos de l'atelier",
            "si quelqu'un demande tu dis que t'etais au club avec les autres",
        ],
        "isolation": [
            "tes parents comprennent rien a toi, moi je suis le seul qui te connait"
            " vraiment, laisse tomber les autres",
        ],
        "self_harm": [
            "je me fais vomir apres chaque repas et j'ai envie de plus me reveiller",
            "je me suis brulee expres avec le lisseur de ma soeur sur la cuisse",
        ],
        "disclosure": [
            "ma mere me fait dormir dans la voiture quand son copain est a la maison",
            "mon pere boit le soir et il conduit avec nous derriere, il a deja tape un mur",
        ],
        "violence": [
            "demain je ramene le poing americain de mon cousin et je lui casse les dents"
            " a la recre",
        ],
        "phone": [
            "mon num c zero six / quarante-huit . 2 sept / 9 un . trente5",
        ],
        "contact": [
            "mon tiktok c boxe point lea 2012 sans l'arobase",
        ],
    },
    "de": {
        "meeting": [
            "komm samstag in die werkstatt, wir bauen das vogelhaus fertig, ich schliess"
            " extra ab damit uns keiner stoert",
            "in der falknerei darfst du den bussard fuettern, aber nur wenn du allein"
            " kommst, ich hol dich hinterm supermarkt ab",
            "nach feierabend zeig ich dir die haie von oben, nur wir zwei im aquarium,"
            " sag deinen eltern du bist bei einer freundin",
        ],
        "photo_request": [
            "schick mir n foto von dir im badeanzug, will sehen ob dir der taucheranzug passt",
            "mach ein video wie du dich nach der werkstatt umziehst, ist nur fuer mich",
        ],
        "private_contact": [
            "lass uns lieber ueber threema schreiben, das kann deine mutter nicht lesen",
            "ich geb dir mein zweites handy, da ist nur meine nummer drin",
        ],
        "gift_offer": [
            "wenn du lieb bist kriegst du den falknerhandschuh und 200 euro fuers neue handy",
        ],
        "personal_question": [
            "hat dich schon mal jemand aufgeklaert? weisst du wie das geht?",
            "bist du nachmittags allein zuhause wenn deine eltern arbeiten?",
        ],
        "secrecy": [
            "das bleibt unter uns, auch dein klassenlehrer muss nix davon wissen",
            "wenn deine mama fragt, sag ich war der trainer vom schwimmen",
        ],
        "isolation": [
            "deine freundinnen reden eh nur schlecht ueber dich, bleib lieber bei mir",
        ],
        "self_harm": [
            "ich drueck mir die zigaretten von meinem bruder auf dem unterarm aus",
            "ich hab schon 30 tabletten von oma gesammelt, nach den zeugnissen nehm ich alle",
        ],
        "disclosure": [
            "papa hat ein schloss an den kuehlschrank gemacht, ich krieg nur abends was",
            "mamas freund schuettelt meine kleine schwester ganz fest wenn sie schreit,"
            " ich hab angst um sie",
        ],
        "violence": [
            "morgen stech ich dem jonas den schraubenzieher in den hals, ich schwoers",
        ],
        "phone": [
            "meine nr: null eins sieben sechs / 23 vier fuenf . 8 neun 1 2",
        ],
        "contact": [
            "auf insta bin ich holz unterstrich lena punkt zwoelf, ohne at",
        ],
    },
    "es": {
        "meeting": [
            "si quieres el curro del food truck pasate el viernes cuando cerramos, sobre"
            " las 12, y hablamos tu y yo solos dentro",
            "te doy clases gratis de padel en la pista del fondo, la que no tiene"
            " camaras, el domingo a las 8",
            "tengo un estudio de grabacion en mi casa, vente el sabado a grabar tu"
            " cancion, no hace falta que venga nadie mas",
        ],
        "photo_request": [
            "mandame una foto con la falda de padel agachada, es para ver la postura jaja",
            "grabate cantando en la cama en pijama y me lo pasas solo a mi",
        ],
        "private_contact": [
            "mejor hablamos por insta en privado, aqui lo leen los profes",
            "borra este chat y agregame al otro numero que te paso en un papel",
        ],
        "gift_offer": [
            "te pago 20 pavos la hora en el food truck aunque no hagas nada, solo por"
            " hacerme compañia",
        ],
        "personal_question": [
            "ya te ha venido la regla o todavia no?",
            "tus padres te dejan dormir fuera de casa? a que hora se acuestan?",
        ],
        "secrecy": [
            "si tu madre pregunta di que estabas en casa de paula, esto es cosa nuestra",
            "no se lo cuentes a la tutora, nos meterias en un lio a los dos",
        ],
        "isolation": [
            "tus amigas son unas falsas, te critican por detras. quedate conmigo que yo"
            " si te quiero",
        ],
        "self_harm": [
            "llevo tres dias sin comer nada y me da igual si me muero",
            "me rasco los brazos con la tapa de una lata hasta que sale sangre",
        ],
        "disclosure": [
            "mi madre se queda tirada en el sofa borracha y yo llevo a mis hermanos al"
            " cole sin desayunar",
            "mi tio me toca cuando viene a cuidarnos y dice que si lo cuento nadie me va a creer",
        ],
        "violence": [
            "en plastica le clavo las tijeras en la mano a ese imbecil, ya vereis",
        ],
        "phone": [
            "mi movil +34 6 cinco 4 / treinta y dos / 1 7 / ocho nueve",
        ],
        "contact": [
            "mi tiktok es padel guion bajo sofi cero9 sin arroba",
        ],
    },
    "pl": {
        "meeting": [
            "przyjdz w sobote na dodatkowy trening judo, bedziemy sami na macie, mama nie"
            " musi wiedziec",
            "w schronisku potrzebujemy pomocy przy psach wieczorem, przyjedz sama,"
            " odbiore cie z przystanku",
            "w piatek pokaze ci saturna przez teleskop na dzialce za miastem, zostaniesz na noc",
        ],
        "photo_request": [
            "wyslij mi zdjecie w kimonie ale bez koszulki pod spodem",
            "nagraj sie jak cwiczysz rozciaganie w samych majtkach, nikomu nie pokaze",
        ],
        "private_contact": [
            "pisz do mnie na messengerze z konta kolezanki, tu wszystko widza nauczyciele",
            "zaloz sobie drugie konto na insta tylko dla nas dwoch",
        ],
        "gift_offer": [
            "kupie ci nowe kimono i dam 100 zl, tylko badz dla mnie mila",
        ],
        "personal_question": [
            "masz juz chlopaka? calowaliscie sie juz?",
            "rodzice sprawdzaja ci telefon wieczorem czy nie?",
        ],
        "secrecy": [
            "nie mow wychowawczyni ze sie spotykamy, bo zabiora cie z klubu",
            "to nasza tajemnica, rodzice by tego nie zrozumieli",
        ],
        "isolation": [
            "kolezanki sie z ciebie smieja, nie potrzebujesz ich, masz mnie",
        ],
        "self_harm": [
            "uderzam glowa w sciane az mi sie kreci w glowie, wtedy mniej boli w srodku",
            "napisalam juz list pozegnalny do mamy i schowalam go w szafie",
        ],
        "disclosure": [
            "tata jak wypije to kaze mi spac w wannie i zamyka lazienke na klucz",
            "ojczym robi mi zdjecia jak sie przebieram i mowi ze to normalne",
        ],
        "violence": [
            "jak jeszcze raz cos powie to wbije mu dlugopis w oko, serio",
        ],
        "phone": [
            "zadzwon +48 piec zero 2 . trzy1dwa . 4 siedem 8",
        ],
        "contact": [
            "na tiktoku jestem judo kropka ola podloga 2013, bez malpy",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "the tennis club is doing a free taster session for our class on friday at 2",
        "we went to the zoo and saw the reptile house, the python was massive",
        "miss can we send photos of our posters to the partner class in krakow?",
        "i put my mums number on the trip form like u said",
        "homework: page 42, questions 1-6, due thursday",
        "if a tennis ball costs 1.20 how much do 15 cost",
        "my sister got her ears pierced for her birthday, she cried a bit lol",
        "i was so tired after the match i fell asleep on the sofa",
        "dont tell jake about the surprise cake for mr ahmed!!",
        "can someone send me the link to the quiz",
        "we're meeting at the coach station at 8:15, bring a packed lunch",
        "i'm dying of boredom in maths lol",
        "in science we made a circuit with a bulb and a buzzer",
        "reminder: non-uniform day tomorrow, bring 1 pound for charity",
        "my grandad is in hospital but hes getting better",
    ],
    "it": [
        "al saggio di fine anno suono il violoncello, venite!",
        "compiti: esercizi 3, 4 e 5 a pagina 88 per lunedi",
        "mio zio fa il meccanico e ci ha fatto vedere come si cambia una gomma",
        "gita al lago: ritrovo alle 8 davanti alla scuola, portate il costume",
        "la prof ha detto di mettere le foto del cartellone nello spazio della classe",
        "se un kayak costa 350 euro con lo sconto del 20%, quanto si paga?",
        "oggi ho una fame da lupi, cosa c'e in mensa?",
        "non ditelo a sara, le prepariamo una festa a sorpresa",
        "ho preso 8 nella verifica di storia!!",
        "chi viene a giocare a calcetto dopo la scuola?",
        "che ansia l'interrogazione di domani, stasera studio da morire",
        "la nonna mi ha regalato una bici per il compleanno",
        "abbiamo visto un documentario sugli squali, fortissimo",
        "l'aula di musica e cambiata, adesso e la 12",
        "ciao ragazzi di cracovia! come si dice grazie in polacco?",
    ],
    "fr": [
        "on a fait des bols a l'atelier poterie, le mien est tout tordu mdr",
        "devoirs : exercices 12 et 14 page 57 pour mardi",
        "sortie au musee jeudi, rendez-vous a 8h30 devant le college",
        "mon frere fait de la boxe, il a gagne son premier combat",
        "la maitresse a mis les photos du spectacle sur l'espace de classe",
        "un sac de golf pese 9 kg, on ajoute 12 balles de 45 g, ca fait combien ?",
        "j'ai trop mal aux jambes apres le cross, je suis morte",
        "chut, on prepare une carte pour l'anniversaire de la prof",
        "quelqu'un a le numero de la page pour l'exo de maths ?",
        "ce week-end je vais chez ma grand-mere en bretagne",
        "on joue a minecraft ce soir ?",
        "j'ai eu 17 en anglais, trop contente",
        "ma mere m'a achete des nouveaux gants de boxe pour noel",
        "coucou les amis de madrid ! vous etes combien dans votre classe ?",
        "a la cantine y avait des frites aujourd'hui, enfin",
    ],
    "de": [
        "wir haben in werken ein vogelhaus gebaut, meins ist schief geworden",
        "hausaufgaben: seite 34 nummer 2 bis 5 bis freitag",
        "beim ausflug zur falknerei ist ein uhu auf meinem arm gelandet!",
        "treffpunkt morgen 7:45 am bahnhof, denkt an eure fahrkarte",
        "frau meier hat die fotos vom sportfest hochgeladen",
        "ein aquarium hat 120 liter, wie viele eimer zu 8 litern brauche ich?",
        "ich hab so hunger, gibt es heute nudeln in der mensa?",
        "pssst, wir basteln eine karte fuer herrn schulz, nicht verraten",
        "mein opa ist schreiner, er hat mir ein holzschwert gemacht",
        "wer spielt heute abend minecraft mit?",
        "ich hab eine 2 in mathe, endlich!",
        "bin heute total muede, hab wegen dem gewitter schlecht geschlafen",
        "koennen wir die plakate fuer die partnerklasse auch auf englisch machen?",
        "mama holt mich um 15 uhr ab, wir muessen zum zahnarzt",
        "im schwimmbad hab ich heute das seepferdchen fuer meinen bruder angefeuert",
    ],
    "es": [
        "en la feria del pueblo habia un food truck de tacos, que hambre",
        "deberes: lengua pagina 61, ejercicios 1 al 4",
        "mi hermano juega al padel los martes con mi padre",
        "la excursion a la radio es el jueves, salimos a las 9",
        "en la foto de clase salgo con los ojos cerrados, que verguenza",
        "si un bocadillo cuesta 3,50 y compro 4, cuanto pago?",
        "me muero de risa con el video del perro de lucia",
        "guardad el secreto, el regalo para el profe de mates es sorpresa",
        "hola amigos de varsovia! ¿que comeis en navidad?",
        "he sacado un 9 en el examen de ingles!!",
        "alguien tiene el enlace del kahoot?",
        "estoy agotada, ayer entrenamos dos horas",
        "mi abuelo me ha enseñado a hacer tortilla de patatas",
        "la semana que viene grabamos el podcast de la clase, traed ideas",
        "el martes no hay clase por las fiestas",
    ],
    "pl": [
        "w sobote mam zawody judo w lublinie, trzymajcie kciuki",
        "praca domowa z angielskiego: cwiczenie 5 str. 40",
        "bylismy z klasa w schronisku, zanieslismy karme dla psow",
        "w planetarium widzielismy saturna, pierscienie sa niesamowite",
        "zbiorka o 8 pod szkola, jedziemy do torunia",
        "pani prosi o zdjecia prac plastycznych do gazetki",
        "kot wazy 4 kg, a pies 3 razy wiecej, ile wazy pies?",
        "umieram z nudow na tej lekcji haha",
        "nie mowcie kasi, robimy jej niespodzianke na imieniny",
        "dostalem 6 z geografii!!",
        "ktos ma notatki z historii? bylam chora",
        "mamy nowego psa ze schroniska, nazywa sie burek",
        "hej koledzy z paryza! jak u was wyglada przerwa?",
        "jutro wf na dworze, wezcie bluzy",
        "mama robi pierogi na wigilie klasowa",
    ],
}
