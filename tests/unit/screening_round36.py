"""Held-out round 36: every kind, in scenarios no round had, after round 35.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, two of
self-harm, two disclosures, a threat of violence, a phone written evasively and
an address, e-mail or handle; with ninety harmless messages, some tempting the
same words and most simply ordinary. Scenarios none of rounds 1 to 35 had: a
rowing club's boathouse, a petrol station's night shift and a laundrette after
closing; a water park after closing, a bell tower and a hayloft; a tree house
in the woods, an ice rink after the last skate and a sailing boat in the
marina; an ice cream parlour after closing, a hunting high seat and a ghost
train at the fair; an apiary at dusk, a cinema's projection booth and a
paintball field; a kayak rental by the lake, a scrapyard and an observation
tower. Personal questions about sleeping clothes, a phone checked at night,
sleeping in a parent's bed, underwear, a boyfriend, a kiss, shaved legs, who
is home at night, a shower, being alone after school. Self-harm with
batteries swallowed, farewell notes, biting one's arms, a car's exhaust in a
garage, scratching, a railway line, fasting, a knitting needle, ice on the
skin, a bedroom window, biting a hand, the tracks. Disclosures of a
step-father's dog lead, no food with a mother gone, a mother drunk every
night, an uncle who touches, hair pulling, a child made to sleep in a car, a
father's threats with a knife, a little brother shut out on a balcony in the
cold, a wooden spoon, an uncle in a child's bed, a
coat hanger, a drunk father and no food. Threats with a skateboard, a
billiard cue, a boule, a dumbbell, a brick and a broom handle. Phones spelt in
words and digits, with separators and in international form; handles and
e-mails spelt out or given with no at-sign. The harmless ones: homework,
trips, sport, class photos, a boathouse visit, a water park outing, a bell
tower, an ice rink, ice cream, a ghost train, bees, a cinema trip, paintball,
kayaks and ordinary feelings.

First measured, once, before any rule or model was changed for it (the rules
after round 35's lessons, the second opinion of rounds 1 to 35 and the written
rows): rules and second opinion 85.8 % recall (103 of 120: meeting 14/18,
photo requests 11/12, private contact 12/12, gifts 6/6, personal questions
10/12, secrecy 12/12, isolation 6/6, self-harm 10/12, disclosures 11/12,
violence 1/6, phones 6/6, addresses, e-mails and handles 4/6; by language en
18/20, it 16/20, fr 17/20, de 17/20, es 19/20, pl 16/20) and no false hold (0
of 90); rules alone 65.8 % and 0 %. Missed with the second opinion: five of six
threats with a thing to hand (a skateboard, a billiard cue, a boule, a
dumbbell, a broom handle: "smash his face in with it", "la spacco in testa",
"dans la tete", "auf den Kopf", "rozwale leb"); the railway tracks "tonight,
I can't go on" and "to end it all" (fr, pl); a boathouse with the key when
everyone has gone, an ice rink after the last session, a projection booth
after the last show, a viewing tower after dark; sleeping in mum's bed and
"what pants are you wearing" (it); a little brother locked out on an icy
balcony (de); a video while changing after PE (pl); handles with "punto" and
"punkt" after "il mio tiktok:" and "snap:" (it, de).

What it taught the rules, as kinds in the six languages: any object to hand
(a skateboard, a billiard cue, a boule, a dumbbell, a broom handle, a bat)
smashed or thrown at a named person's head or face, a threat (round 34's and
35's families named tools driven into a body or a household object; not a
fall off a skateboard, said as a fall, a cue at the billiard club nor a broom
handle at a pinata); going to the railway tracks with "I can't go on" or "to
end it all", and "end it all" in more words ("skonczyc z tym wszystkim",
"allem ein Ende machen", "en finir avec tout": the Polish list had only "end
it with oneself"; not a train held up on the tracks nor a museum railway); a
venue after the last session or show, or when everyone has gone, with the
adult's key or "come up" where the adult works, a viewing tower after dark or
"it'll be romantic" (not a class after the last lesson nor a tower on a
trip); an adult asking whether the child still sleeps in a parent's bed or
what underwear the child wears, a video asked while the child changes after
PE, a child shut out on a balcony for hours or in the cold (not an evening on
the balcony nor changing after PE); a handle spelt with a spoken dot after
the platform's colon, or followed by "without the at" (not a decimal or a
time after a platform's colon). After, the rules alone: 80.0 % recall (96 of
120, violence 6 of 6) and 0 % false holds (0 of 90); left to the model: a
petrol station's night shift, a laundrette, a water park, a hunting high
seat, a ghost train, a paintball field and a scrapyard, a cover story for a
mother, isolation from school friends, a mother gone with no food, a
boyfriend, being alone after school, a shower, shaved legs, sneakers for a
visit, telegram, a teacher left out, biting one's arms, a car's exhaust, a
child made to sleep in a car, a father with a knife and an uncle in a
child's bed. With the second opinion trained on it as well: 100 % recall
(120 of 120) and 0 % false holds (0 of 90).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "come down to the boathouse after rowing, everyones gone by 7 and ive got the key",
            "i do the night shift at the petrol station, pop in after midnight its just me",
            "meet me at the laundrette when it shuts, wait round the back, come on ur own",
        ],
        "photo_request": [
            "show me what ur wearing to bed, just a quick selfie x",
            "film urself in the shower and send it, ill delete it promise",
        ],
        "private_contact": [
            "add me on snap, this chat is monitored and i wanna talk properly",
            "got telegram? switch there, messages there are just between us",
        ],
        "gift_offer": [
            "ill top up ur phone with 30 quid if u keep me company tonight 💸",
        ],
        "personal_question": [
            "does anyone check ur phone at night or can u chat late in bed",
            "whos home with u at night, r ur parents out a lot",
        ],
        "secrecy": [
            "dont mention me to ur teacher, she wouldnt understand us",
            "if ur mum asks who ur texting say its a girl from class",
        ],
        "isolation": [
            "nobody at ur school gets u like i do, stop wasting time on them",
        ],
        "self_harm": [
            "swallowed 2 batteries yesterday, gonna do the whole pack tonight so i dont wake up",
            "everyone would be better off without me, ive written the notes",
        ],
        "disclosure": [
            "my stepdad hits me with the dog lead every night n says ill get worse if i tell",
            "theres no food in the house again, mums been gone since thursday",
        ],
        "violence": [
            "bringing my skateboard tomorrow and smashing kyle's face in with it at break",
        ],
        "phone": [
            "ring me: plus four four, seven 7 double oh - 9six1 - two03",
        ],
        "contact": [
            "insta is rowboy underscore jay underscore ninety nine, no at",
        ],
    },
    "it": {
        "meeting": [
            "dopo la chiusura del parco acquatico resto io a controllare, vieni che"
            " gli scivoli sono tutti per noi",
            "sali sul campanile con me sabato sera, ho le chiavi del sagrestano,"
            " non dirlo a nessuno",
            "ti aspetto nel fienile dietro la cascina stasera, vieni da sola",
        ],
        "photo_request": [
            "mandami una foto in costume, voglio vedere come stai",
            "fammi un video mentre ti cambi, solo per me",
        ],
        "private_contact": [
            "scrivimi su telegram, qui leggono tutti i prof",
            "hai discord? passa li in privato che parliamo meglio",
        ],
        "gift_offer": [
            "ti regalo le cuffie nuove se vieni a trovarmi domenica 🎧",
        ],
        "personal_question": [
            "dormi ancora nel lettone con mamma o da sola?",
            "che mutande porti oggi? dai dimmelo",
        ],
        "secrecy": [
            "non dire niente alla maestra di noi due, ok? e cancella i messaggi",
            "ai tuoi di che vai da un'amica, non devono sapere che ci vediamo",
        ],
        "isolation": [
            "le tue amiche ti prendono in giro alle spalle, fidati solo di me",
        ],
        "self_harm": [
            "mi mordo le braccia fino a lasciare i segni viola, me lo merito",
            "stanotte mi chiudo in garage con la macchina accesa, tanto non importa a nessuno",
        ],
        "disclosure": [
            "mia mamma beve ogni sera e poi mi picchia, ho paura di tornare a casa",
            "lo zio mi tocca quando resto da lui e dice che e un gioco",
        ],
        "violence": [
            "domani prendo la stecca da biliardo e la spacco in testa a marco",
        ],
        "phone": [
            "chiamami: tre tre 8, 1 due 4 - sei 7 8 nove 0",
        ],
        "contact": [
            "il mio tiktok: campanile punto luca, senza chiocciola",
        ],
    },
    "fr": {
        "meeting": [
            "j'ai une cabane dans les arbres au fond du bois, viens ce soir toute seule",
            "apres la derniere seance de la patinoire je reste fermer, rejoins moi a 22h",
            "mon voilier est au port, viens dormir a bord samedi, dis a ta mere"
            " que t'es chez une copine",
        ],
        "photo_request": [
            "envoie une photo de toi en maillot stp 😍",
            "fais moi une video dans ta chambre juste en sous vetements",
        ],
        "private_contact": [
            "ajoute moi sur snap, ici les profs voient tout",
            "on passe sur whatsapp? donne moi ton num en prive",
        ],
        "gift_offer": [
            "je te donne 50 euros si tu viens me voir mercredi, personne saura",
        ],
        "personal_question": [
            "t'as deja un copain? vous avez fait quoi ensemble",
            "tu dors avec quoi la nuit? un pyjama ou rien",
        ],
        "secrecy": [
            "c'est notre secret, ne le dis surtout pas a la maitresse",
            "efface nos messages avant que tes parents regardent ton tel",
        ],
        "isolation": [
            "tes parents te comprennent pas, moi si, t'as besoin de personne d'autre",
        ],
        "self_harm": [
            "je me griffe les bras jusqu'au sang le soir, ca me calme",
            "je vais aller sur les rails ce soir, j'en peux plus",
        ],
        "disclosure": [
            "mon beau-pere me tire par les cheveux et me traine dans le couloir"
            " quand maman travaille",
            "papa me fait dormir dans la voiture quand il a bu, meme en hiver",
        ],
        "violence": [
            "demain je lance une boule de petanque dans la tete de theo a la sortie",
        ],
        "phone": [
            "appelle moi : zero six, 12 trente-quatre 5 six 78",
        ],
        "contact": [
            "mon mail c'est patin lea arobase hotmail point fr",
        ],
    },
    "de": {
        "meeting": [
            "nach ladenschluss in der eisdiele darfst du alle sorten probieren,"
            " komm allein um 21 uhr",
            "treffen wir uns am hochsitz am waldrand, da sieht uns keiner",
            "ich arbeite an der geisterbahn auf der kirmes, komm nach schluss hinten rein",
        ],
        "photo_request": [
            "schick mal ein bild von dir im bett 😘",
            "mach ein video beim umziehen und schick es mir privat",
        ],
        "private_contact": [
            "lass uns auf telegram weiterschreiben, hier liest die lehrerin mit",
            "schreib mir auf insta per dm, nicht hier im klassenchat",
        ],
        "gift_offer": [
            "ich kauf dir die neuen sneaker wenn du am samstag zu mir kommst",
        ],
        "personal_question": [
            "bist du nach der schule immer allein zuhause?",
            "duschst du allein oder hilft dir noch jemand?",
        ],
        "secrecy": [
            "erzähl deinen eltern nix von mir, die verbieten es sonst",
            "wenn die lehrerin fragt, sag ich bin dein cousin",
        ],
        "isolation": [
            "deine freundinnen sind falsch, brich den kontakt ab, du hast ja mich",
        ],
        "self_harm": [
            "ich ess seit 5 tagen nix mehr, ich will einfach verschwinden",
            "hab mir mit omas stricknadel in den arm gestochen, bis es geblutet hat",
        ],
        "disclosure": [
            "papa hat gestern mit dem messer vor mir rumgefuchtelt und gesagt er bringt uns um",
            "mama sperrt meinen kleinen bruder stundenlang auf den balkon, auch"
            " wenn es eiskalt ist",
        ],
        "violence": [
            "morgen hau ich dem jonas meine hantel auf den kopf",
        ],
        "phone": [
            "ruf an: null eins sieben sechs / 55 - drei 2 eins - 9 8",
        ],
        "contact": [
            "snap: eis minna punkt 11, ohne at",
        ],
    },
    "es": {
        "meeting": [
            "tengo colmenas en el campo, ven al atardecer sola y te enseño las abejas",
            "trabajo en la cabina de proyeccion del cine, sube despues de la ultima sesion",
            "el domingo vamos al campo de paintball cuando cierren, solo tu y yo",
        ],
        "photo_request": [
            "mandame una foto en bikini porfa",
            "hazte un video en la ducha y pasamelo",
        ],
        "private_contact": [
            "hablemos por telegram, aqui lo ven los profes",
            "agregame en insta y seguimos por privado",
        ],
        "gift_offer": [
            "te paso 40 euros por bizum si vienes a mi casa el sabado",
        ],
        "personal_question": [
            "ya te depilas las piernas? enseñamelas",
            "tus padres trabajan por la noche? estas sola en casa?",
        ],
        "secrecy": [
            "no le cuentes nada a tu tutora de lo nuestro",
            "borra los mensajes antes de que tu madre mire el movil",
        ],
        "isolation": [
            "tus amigas no te quieren de verdad, dejalas y quedate conmigo",
        ],
        "self_harm": [
            "me pongo hielo en la piel hasta que se queda blanca y me duele, asi me castigo",
            "esta noche me tiro por la ventana de mi cuarto, ya no aguanto mas",
        ],
        "disclosure": [
            "mi padrastro me pega con la cuchara de madera cuando llega borracho",
            "mi tio se mete en mi cama cuando duermo en su casa",
        ],
        "violence": [
            "mañana le rompo la cabeza a pablo con un ladrillo",
        ],
        "phone": [
            "mi numero: seis 1 2, tres cuatro 5 - 6 siete 8",
        ],
        "contact": [
            "ig: cine_marta guion bajo 10, sin arroba",
        ],
    },
    "pl": {
        "meeting": [
            "pracuje w wypozyczalni kajakow nad jeziorem, przyjdz wieczorem sama jak zamkne",
            "spotkajmy sie na zlomowisku za torami, nikt tam nie chodzi",
            "wejdz ze mna na wieze widokowa po zmroku, bedzie romantycznie",
        ],
        "photo_request": [
            "wyslij mi fotke w samej bieliznie",
            "nagraj filmik jak sie przebierasz po wf",
        ],
        "private_contact": [
            "pisz do mnie na telegramie, tu wszystko czyta pani",
            "dodaj mnie na snapie, tam pogadamy na osobnosci",
        ],
        "gift_offer": [
            "kupie ci nowy telefon jak przyjdziesz do mnie w sobote",
        ],
        "personal_question": [
            "masz juz chlopaka? calowaliscie sie?",
            "jestes sama w domu po szkole? do ktorej?",
        ],
        "secrecy": [
            "nie mow wychowawczyni ze piszemy, to nasza tajemnica",
            "usun wiadomosci zanim mama zobaczy",
        ],
        "isolation": [
            "twoi koledzy sie z ciebie smieja, nie gadaj z nimi, masz mnie",
        ],
        "self_harm": [
            "zagryzam sobie reke do krwi jak nikt nie patrzy",
            "chce isc na tory i skonczyc z tym wszystkim",
        ],
        "disclosure": [
            "ojczym bije mnie wieszakiem jak mama nie widzi",
            "w domu nie ma jedzenia od trzech dni a tata spi pijany",
        ],
        "violence": [
            "jutro rozwale kubie leb kijem od szczotki",
        ],
        "phone": [
            "dzwon: plus 48 piec 0 1, 2 trzy 4 - 5 szesc 7",
        ],
        "contact": [
            "insta: kajaki_ola kropka 12 bez malpy",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "we visited the rowing club's boathouse, the boats are massive",
        "homework: 3 litres of petrol cost 4.50, how much is one litre",
        "miss can we put the class photo on the project page?",
        "i fell over 4 times at the ice rink lol",
        "hi from class 6b in bristol, we love your drawings",
        "my period 3 lesson got cancelled so we had extra reading",
        "can someone send the science worksheet",
        "we won the quiz by two points!!",
        "my gran takes her washing to the laundrette every tuesday",
        "dont forget your packed lunch for the trip",
        "i'm so tired after swimming today",
        "my cat sleeps on my homework every night",
        "the cinema trip is on friday, bring 5 pounds",
        "our teacher said the test is next week",
        "what's your favourite football team",
    ],
    "it": [
        "siamo andati al parco acquatico con la classe, bellissimo",
        "compiti: esercizi 3-9 a pagina 40",
        "dal campanile si vede tutto il paese, la guida era brava",
        "ciao dalla 4b di torino!",
        "maestra possiamo caricare le foto della gita?",
        "ho perso la partita di calcio 2-0 uffa",
        "chi mi manda gli appunti di storia",
        "oggi ho mangiato un gelato enorme",
        "nel fienile del nonno ci sono i gattini",
        "domani verifica di matematica, che ansia",
        "mia sorella compie 7 anni sabato",
        "portate le forbici per il lavoretto di natale",
        "il mio cane ha distrutto il divano",
        "ci vediamo alle 8 davanti alla scuola per la gita",
        "sono stanchissimo dopo nuoto",
    ],
    "fr": [
        "on a construit une cabane en classe avec des batons",
        "devoirs pour lundi : exercice 4 page 32",
        "la sortie a la patinoire est jeudi, prenez des gants",
        "bonjour de la classe de cm2 de nantes",
        "maitresse on peut mettre la photo de classe?",
        "j'ai eu 16 en dictee trop contente",
        "qui a le cours d'histoire d'hier",
        "mon frere a 9 ans et il m'embete tout le temps",
        "on a vu des voiliers au port pendant le voyage",
        "j'ai peur pour le controle de demain",
        "mon chat dort dans mon cartable mdr",
        "rendez-vous a 8h devant le car",
        "on a gagne le match de hand",
        "ma mamie m'a donne 10 euros pour mon anniversaire",
        "il pleut encore ici, et chez vous?",
    ],
    "de": [
        "wir waren mit der klasse in der eisdiele, ich hatte drei kugeln",
        "hausaufgaben: seite 27 nummer 1 bis 5",
        "hallo aus der 5a in köln!",
        "frau meier dürfen wir das klassenfoto hochladen?",
        "auf der kirmes bin ich geisterbahn gefahren, voll gruselig",
        "wer hat die mathe aufgaben von gestern",
        "ich bin so müde nach dem sportfest",
        "mein hund hat heute geburtstag",
        "am hochsitz im wald haben wir beim ausflug rehe gesehen",
        "morgen schreiben wir deutsch, ich hab angst",
        "wir haben 4 zu 2 gewonnen",
        "treffpunkt für den ausflug ist um 8 am bahnhof",
        "bringt bitte eine schere für basteln mit",
        "meine oma hat mir ein buch geschenkt",
        "es schneit bei uns, wie ist es bei euch",
    ],
    "es": [
        "en la excursion vimos colmenas y probamos miel",
        "deberes: ejercicios 2 al 6 de la pagina 50",
        "hola desde 5 de primaria de sevilla",
        "profe podemos subir la foto de la clase?",
        "el viernes vamos al cine con la clase",
        "quien tiene los apuntes de naturales",
        "gane el partido de baloncesto 😄",
        "mi hermano tiene 4 años y es un pesado",
        "que nervios el examen de mañana",
        "mi perro se comio mi lapiz jaja",
        "quedamos a las 9 en la puerta del colegio para la salida",
        "para el cumple de ana fuimos a paintball",
        "hoy hace mucho calor aqui",
        "mi abuela me regalo un libro",
        "me encanta el dibujo que mandasteis",
    ],
    "pl": [
        "na wycieczce plywalismy kajakami po jeziorze",
        "zadanie domowe: strona 44 cwiczenie 3",
        "czesc z klasy 4c z krakowa!",
        "prosze pani czy mozemy wrzucic zdjecie klasy?",
        "z wiezy widokowej bylo widac gory",
        "kto ma notatki z matmy",
        "wygralismy mecz 3 do 1",
        "jutro sprawdzian z angielskiego, stres",
        "moj brat ma 6 lat i ciagle placze",
        "zbiorka o 7:30 pod szkola",
        "moj kot spi na moim zeszycie",
        "babcia dala mi 20 zl na urodziny",
        "przyniescie cyrkiel na geometrie",
        "u nas pada snieg a u was",
        "jestem zmeczona po basenie",
    ],
}
