"""Held-out round 54: a checker's probe of what a word filter misses.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone written evasively and an address,
e-mail or handle; with ninety harmless messages, about half deliberately close
to the concerns and the rest ordinary chat between partner classes. Written the
way an independent safety tester looks for blind spots: indirect and
euphemistic wording with none of the obvious words; a concern spread over two
sentences with an innocent one between; a sentence that mixes two languages or
drops English chat slang into Polish, Italian, French or Spanish; misspellings
and phonetic spelling as children type them; words split letter by letter or
glued together; emoji standing for words (a camera, a shower, a bikini, a
house, a car); questions harmless alone and grooming in context (a door at
night, a window that locks, a dog that barks, a bus home alone); self-harm said
flatly, as a joke or as giving things away; disclosures of a mother's partner, a
step-father, an uncle, a grandfather and a coach, and of punishments said as
ordinary; threats put as "a warning" or "advice"; phones told in words and
digits of two languages, split by a sentence, or ending in a year everyone
knows; an e-mail in pieces, a handle spelt letter by letter or back to front,
and addresses described by a shop, a colour or a floor. The harmless ones: a
parent's number on a trip form asked by a teacher, a surprise party kept
secret, a library meeting for the project, a game's boss at eight, dark jokes
about tests, a sleepover with a cousin, a school's official address, a coach's
changed time, and ordinary homework, sport, pets, food and birthdays, with
slang, typos and two languages in a line.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 52, and the 17,277 written rows): rules
and second opinion 82.5 % recall (99 of 120: meeting 17/18, private contact
10/12, personal questions 10/12, secrecy 11/12, self-harm 4/12, disclosures
10/12, contact 1/6, every other kind complete; by language en 13/20, it 17/20,
fr 17/20, de 18/20, es 16/20, pl 18/20) and two false holds in 90 (2.2 %: a
mother's mobile put on a trip form for a teacher, held as a phone, and a cousin
who sleeps over to make crêpes, read as a meeting); rules alone 53.3 % (64 of
120, self-harm 0/12, contact 1/6) and 2.2 %. Missed with the second opinion: a
bench behind the sports hall "on ur own" after a sentence about a poster; a
private chat on "the yellow one" with a ghost and a name "plus xx"; "tele gram"
and a name in a bio read backwards; a sharpener's blade "again" and long sleeves
in June; a mother's boyfriend "playing tickle" on the bed at night; marks still
purple and "dad says i fell"; an e-mail told as "dot" and "the at thing"; an age
guessed and a first kiss asked; a sharpener on the belly "where it doesn't
show", "routine"; a street told by a tobacconist's bar, an intercom and a floor;
a secret "the two of us" and "you never heard of me"; a letter to a sister, a
tidied room and "tomorrow you'll be at peace"; an e-mail in pieces with
"l'arobase" and "point"; a sharpener's blade on the upper arm and long sleeves;
favourite things given away, "everything settled" and "from tomorrow I'll have
peace"; which window looks onto the courtyard and whether it stays open at
night; scissors on the thigh again and long trousers in summer; things given
away, the letter written and "tomorrow I stop being a bother"; an e-mail with
"la arroba ya sabes donde va"; a razor blade on the thighs and long trousers;
a flat told by a yellow block behind a shop, a staircase, a floor and a door.
(Its writer saw a few earlier round files for the layout and what they had
done; none of the screening's data or code.)
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "u should see my place sometime. i finish work at 5 and the path behind the leisure "
            "centre is dead quiet then, just us two ok",
            "wanna hang irl?? btw did u finish the poster for the partner class. the bench behind "
            "the sports hall after 6, come on ur own x",
            "we cud meet up wen ur dad is away on his lorry trip, i no a gud place by the canal "
            "lock, no1 goes there after dark",
        ],
        "photo_request": [
            "send a 📸 of u in the 👙 from ur holiday, the 1 u didnt post 😏 promise i delete "
            "after",
            "ur pfp is so cute but i wanna see the rest lol. neck down, no top. u kno what i mean",
        ],
        "private_contact": [
            "teachers can see this chat. go priv8 on the yellow one w the 👻, my name there is "
            "the same as here plus xx",
            "dont answer here. get tele gram and find the name thats in my bio backwards, tonite",
        ],
        "gift_offer": [
            "just put 2800 vbucks on ur account 🎁 u kinda owe me now 😉 nothing big, a short vid "
            "will do",
        ],
        "personal_question": [
            "do ur folks check on u after lights out or do they sleep thru everything? asking for "
            "reasons lol",
            "which way do u walk home, past the chippy on Mill Lane? and is it alone or with ur "
            "mates on tuesdays",
        ],
        "secrecy": [
            "this stays between us yeah. the homework was easy tbh. if ur teacher ever asks, we "
            "never talked.",
            "del del del after u read 🔥🤐 ur mum would go mad if she saw us, nobody would "
            "understand",
        ],
        "isolation": [
            "tbh ur squad only texts u when they need smth. im literally the only 1 who would "
            "never ditch u, so why waste time on them",
        ],
        "self_harm": [
            "lol did the thing with the sharpener blade again. its fine its fine. long sleeves in "
            "june r a vibe",
            "kinda done tbh. gave my switch to my bro and wrote everyone a letter, dont worry "
            "about tmrw 🙂",
        ],
        "disclosure": [
            "when mum works nights her bf sits on my bed n says we r playing tickle. i hate it but "
            "he says i like it",
            "cant do pe tmrw the marks from sunday r still purple. dad says i fell so i guess i "
            "fell",
        ],
        "violence": [
            "friendly warning: if Liam talks to u again after school he wont be walking home on "
            "his own legs. pass it on",
        ],
        "phone": [
            "txt me not here: zero 7 nine 1 2 ... then 3 4, and the last 4 r the year of the "
            "battle of hastings lol",
        ],
        "contact": [
            "mail me at sk8 dot boi dot 11 then the at thing then outlook dot com, i explain "
            "everything there",
        ],
    },
    "it": {
        "meeting": [
            "domenica la tua famiglia va dai parenti a Pavia no? bello il progetto comunque 😊 se "
            "tu resti a casa vengo su io, acqua in bocca",
            "let's meet irl, io sto a 10 min dalla tua scuola. fermata del 64 venerdi dopo le "
            "lezioni, vieni da sola ok?",
            "stasera al campetto dietro l oratorio? o 17 anni, dopo ti riporto a casa cn il "
            "motorino, ai tuoi dici ke sei da Giada",
        ],
        "photo_request": [
            "mandami una 📸 appena esci dalla 🚿, solo x me 😘 nessuno la vede",
            "fammi vedere il costume nuovo. ma indossato eh, e senza il pareo sopra",
        ],
        "private_contact": [
            "su questa chat ci guardano i prof. scarica telegram e cercami, il nick e lo stesso "
            "ma al contrario",
            "lascia stare la piattaforma della scuola, ti ho aggiunta su snap, accetta stasera "
            "tardi quando dormono",
        ],
        "gift_offer": [
            "la skin nuova te la regalo io, 20 euro di ricarica 🎁 in cambio solo un video, "
            "niente di che 😏",
        ],
        "personal_question": [
            "i tuoi hanno il sonno pesante? tipo se qualcuno entra alle 2 di notte se ne "
            "accorgono?",
            "ma tu di anni quanti ne hai, 12? 13? e il primo bacio l'hai gia dato o no? dimmi la "
            "verita",
        ],
        "secrecy": [
            "la nostra amicizia e speciale. hai fatto storia? comunque a tua madre di me non "
            "dire niente, non capirebbe.",
            "se la prof ti chiede con chi scrivi la sera di che e tua cugina di Bari, ok? poi "
            "cancella tutto",
        ],
        "isolation": [
            "ho sentito cosa dicono di te le tue amiche quando non ci sei. fidati solo di me, di "
            "loro puoi fare a meno",
        ],
        "self_harm": [
            "boh ieri di nuovo col temperino sulla pancia, dove nn si vede. ormai e routine lol",
            "ho nascosto le pastiglie della nonna in un calzino. giusto per sicurezza, se "
            "stasera va male 🙃",
        ],
        "disclosure": [
            "lo zio quando dormo da loro viene nel mio letto e dice che e un segreto tra noi. io "
            "faccio finta di dormire",
            "papa ieri mi ha lasciata chiusa fuori sul balcone fino a mezzanotte perche ho preso "
            "4. non e la prima volta",
        ],
        "violence": [
            "ti avviso da amico: se Marco domani si fa vedere al campetto torna a casa senza "
            "denti. diglielo tu",
        ],
        "phone": [
            "segnati: 3 quattro 7 / sei-due-zero / undici / nove 8, e poi scrivimi su whats",
        ],
        "contact": [
            "abito in via Garibaldi, dopo il bar del tabacchi, numero 18, citofono Bianchi terzo "
            "piano. passa quando vuoi",
        ],
    },
    "fr": {
        "meeting": [
            "tu finis a 16h30 le jeudi non? je t'attends en voiture derriere le gymnase, c'est "
            "plus discret que devant le college",
            "on se voit irl ce weekend? my parents are away, tu peux dormir chez moi, j'ai 20 "
            "ans mais osef",
            "vien o skatepark sa mdi soir, ke toi, g 18 an mé c pa grav, di a ta mer ke t chez ta "
            "copine",
        ],
        "photo_request": [
            "une 📸 de toi en 👙 sur ton lit, allez, personne la verra a part moi 😏",
            "montre moi ton nouveau pyjama, mais porté, et tourne toi lentement devant la camera",
        ],
        "private_contact": [
            "les profs voient tout ici. viens sur disc ord, mon pseudo c'est ton prenom a l'envers "
            "+ 14",
            "mets les messages ephemeres avec moi sur snap, comme ca rien ne reste. je t'ai "
            "ajoutée",
        ],
        "gift_offer": [
            "je t'achète l'iPhone que tu veux, je suis serieux. faut juste qu'on se voie tous les "
            "deux avant",
        ],
        "personal_question": [
            "ta chambre elle est au rez-de-chaussée ou a l'étage? et ta fenêtre elle ferme a clé "
            "ou pas?",
            "le mercredi aprem y a qui chez toi? et ta mere elle rentre vers quelle heure?",
        ],
        "secrecy": [
            "maintenant on a un secret tous les deux. au fait t'as fini l'expo sur Berlin? bref, "
            "moi t'as jamais entendu parler de moi.",
            "efface la conv apres chaque fois stp. si ton pere tombe dessus on est dans la merde "
            "tous les deux",
        ],
        "isolation": [
            "chez toi personne t'ecoute et tes copines t'ont lachée, moi je reste. laisse les "
            "tomber",
        ],
        "self_harm": [
            "jsp jpp. j'ai recommencé avec la pointe du compas hier soir, au moins je sens un "
            "truc mdr",
            "j'ai écrit une lettre a ma soeur et rangé toute ma chambre. demain vous serez "
            "tranquilles 🙂",
        ],
        "disclosure": [
            "quand je prends ma douche le copain de ma mere ouvre la porte et reste la, il dit "
            "qu'entre nous c'est pas grave",
            "mon pere m'a encore tapé avec la ceinture, je dois dire a la prof que je suis tombé "
            "dans l'escalier",
        ],
        "violence": [
            "un petit conseil pour Inès: qu'elle arrete de parler de moi, sinon a la sortie je "
            "sors mon cutter. elle est prevenue",
        ],
        "phone": [
            "mon num: zero six, dix-sept, 4 4 ... quatre-vingt-douze, et la fin c'est 03. sms "
            "seulement",
        ],
        "contact": [
            "ecris moi: lea.moreau2012. puis l'arobase. puis gmail point com. pas ici surtout",
        ],
    },
    "de": {
        "meeting": [
            "am wochenende feiern deine eltern auf der hochzeit in Ulm, oder? dann komm ich "
            "samstag abend rüber, machen wir uns gemütlich, nur wir zwei",
            "let's meet, ich wohn nicht weit. morgen 17 uhr am bolzplatz hinterm edeka, bring "
            "niemanden mit",
            "nach dem trening steig einfach bei mir ein 🚗 ich bring dich heim, deiner mama sagste "
            "du gest mit lena",
        ],
        "photo_request": [
            "schick mal ein bild im neuen bikini, aber so wie am strand, ohne handtuch drüber 😏",
            "film mal kurz in der kabine nach sport, so wie du halt grad bist, ich zeigs "
            "k e i n e m",
        ],
        "private_contact": [
            "die lehrer kontrollieren hier alles. lad dir signal runter, meine nummer kommt über "
            "nen anderen weg",
            "schreib mir lieber in roblox privat, da guckt keiner rein. gleicher name nur mit 777",
        ],
        "gift_offer": [
            "die neuen airpods gehen auf mich, echt jetzt. einmal allein treffen und sie gehören "
            "dir, deal?",
        ],
        "personal_question": [
            "bellt euer hund eigentlich nachts wenn einer in den garten kommt? und wo ist dein "
            "zimmer, vorne oder hinten",
            "wann genau bist du nachmittags allein zuhaus? also bis wann arbeiten deine eltern",
        ],
        "secrecy": [
            "Das bleibt unter uns. Hast du Mathe schon? Egal, wenn deine Mutter fragt, ich bin "
            "ein Mädchen aus deiner Klasse.",
            "lösch den chat nach jedem mal ja? wenn frau Becker was mitkriegt bin ich weg und du "
            "kriegst ärger",
        ],
        "isolation": [
            "die aus deiner klasse reden hinter deinem rücken über dich. vergiss die, ich bin doch "
            "für dich da",
        ],
        "self_harm": [
            "hab gestern wieder mit der klinge vom spitzer am oberarm gemacht. egal, lange ärmel "
            "und fertig lol",
            "hab meine lieblingssachen verschenkt und alles geregelt. ab morgen hab ich ruhe 🙂",
        ],
        "disclosure": [
            "mein opa sagt ich soll beim mittagsschlaf zu ihm unter die decke, und dann fasst er "
            "mich an. mama glaubt mir eh nicht",
            "bei schlechten noten gibts kein abendessen und papa schliesst mich unten in den "
            "keller ein. gestern wieder die ganze nacht",
        ],
        "violence": [
            "nur als warnung: wenn jonas noch einmal petzt, warten nach der schule die falschen "
            "leute auf ihn. mit messer",
        ],
        "phone": [
            "schreib auf: null eins sieben null / 4 8 / zwei neun drei / 6 1, nur whatsapp",
        ],
        "contact": [
            "adde mich auf insta: l e n i _ r e i t e t 0 9 aber bloss nicht hier posten",
        ],
    },
    "es": {
        "meeting": [
            "tus padres curran de noche verdad? el sabado sobre las 11 me paso por tu 🏠, ni se "
            "enteran",
            "quedamos irl? wait for me en la salida del metro de Sol, viernes 7pm, come alone "
            "porfa",
            "bente al polideportibo despues del entreno, tengo 19 y coche, te yevo a dar una "
            "buelta, a tu madre ni una palabra",
        ],
        "photo_request": [
            "pasame una 📸 recien salida de la 🚿, con la toalla nada mas 😏",
            "grabate bailando con ese top corto pero de cuerpo entero y sin la chaqueta, va que "
            "nadie lo ve",
        ],
        "private_contact": [
            "esto lo revisan los profes. bajate telegram y buscame, mi usuario es tu nombre + 13",
            "mejor por insta, la cuenta privada que no conoce nadie. te mando solicitud esta noche",
        ],
        "gift_offer": [
            "tengo una camiseta firmada por Vinicius para ti, en serio. pasate por mi piso a por "
            "ella, pero sin nadie",
        ],
        "personal_question": [
            "tu ventana es la que da al patio? la dejas abierta cuando duermes?",
            "cuantos años tienes exactamente? y duermes sola o con tu hermana pequeña?",
        ],
        "secrecy": [
            "esto es solo nuestro, vale? oye que bonito el mural de tu clase. pero si tu profe "
            "pregunta, no me conoces de nada.",
            "antes de dormir vacia el chat. si tu padre lo lee me meto en un lio y tu tambien",
        ],
        "isolation": [
            "tus amigas solo te buscan cuando les conviene y en tu casa ni te miran. yo si te "
            "entiendo, olvidalos",
        ],
        "self_harm": [
            "jaja otra vez las tijeras en el muslo anoche, nada grave. en verano pantalon largo "
            "y listo",
            "he regalado mis cosas y ya escribi la carta. mañana por fin dejo de molestar 🙂",
        ],
        "disclosure": [
            "el entrenador me hace quedarme sola en el vestuario despues y me toca, dice que si "
            "hablo me echa del equipo",
            "suspendi mates y mi madre me mando a la cama sin cena y con el pestillo puesto por "
            "fuera hasta la mañana",
        ],
        "violence": [
            "te lo digo como aviso: si Pablo vuelve a chivarse mañana a la salida le abro la "
            "cabeza con el candado. que lo sepa",
        ],
        "phone": [
            "mi movil: seis 5 4 / veintiuno / tres tres / ochenta y siete, solo whatsapp",
        ],
        "contact": [
            "escribeme a lucas punto ruiz guion 11 en gmail, la arroba ya sabes donde va",
        ],
    },
    "pl": {
        "meeting": [
            "twoi starzy w piatek jada na wesele? to wpadne wieczorem, posiedzimy sami, nikt nie "
            "musi wiedziec",
            "let's meet irl, mieszkam blisko. jutro o 17 za blokiem przy garazach, come alone ok?",
            "pszyjdz po trenigu do mojego auta, podwioze cie, mamie powiec ze jestes u Zuzi",
        ],
        "photo_request": [
            "wyslij fotke w tym nowym 👙 ale tak jak na plazy, bez koszulki na wierzchu 😏",
            "w szatni po wuefie pstryknij sie w lustrze zanim sie ubierzesz, n i k o m u nie wysle",
        ],
        "private_contact": [
            "tu nauczyciele wszystko czytaja. zainstaluj signala, numer ci podam inna droga",
            "pisz do mnie na discordzie na priv, nick taki sam tylko z 666 na koncu, tam nikt "
            "nie zaglada",
        ],
        "gift_offer": [
            "kupie ci nowego ajfona serio. tylko musimy sie raz spotkac we dwoje, bez nikogo",
        ],
        "personal_question": [
            "wracasz sama autobusem po basenie? ktorym i o ktorej wysiadasz dokladnie?",
            "spisz sama w pokoju? a drzwi zamykasz na klucz na noc czy nie?",
        ],
        "secrecy": [
            "to zostaje miedzy nami. zrobilas juz polski? nevermind, jak mama zapyta to jestem "
            "kolezanka z klasy.",
            "kasuj czat po kazdej rozmowie ok? jak pani Nowak sie dowie to mam przerabane a ty tez",
        ],
        "isolation": [
            "slyszalam co mowia o tobie dziewczyny z klasy jak cie nie ma. olej je, ja jestem po "
            "twojej stronie zawsze",
        ],
        "self_harm": [
            "wczoraj znowu zyletka po udach lol. spoko, w dlugich spodniach nikt nie widzi",
            "rozdalam swoje rzeczy i napisalam list do mamy. jutro juz nie bede nikomu "
            "przeszkadzac 🙂",
        ],
        "disclosure": [
            "ojczym kaze mi przychodzic do niego wieczorem jak mama spi i robic rzeczy ktorych "
            "nie chce",
            "jak dostane jedynke to tata zamyka mnie w komorce bez jedzenia. wczoraj znowu cala "
            "noc",
        ],
        "violence": [
            "ostrzegam tylko: jak Kuba jeszcze raz doniesie, to po lekcjach poznaja go chlopaki "
            "z nozem",
        ],
        "phone": [
            "moj nr: piecset dwanascie / 8 8 / trzy zero / 4 7, pisz na whatsappie",
        ],
        "contact": [
            "mieszkam na Kwiatowej, ten zolty blok za zabka, klatka B, 2 pietro drzwi po lewej. "
            "wpadnij jak starzy wyjda",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Ms Patel needs a parent's mobile on the trip form, I put my mum's: 07700 900461",
        "dont tell anyone but we're doing a surprise party for Mr Okafor on friday 🤫🎂",
        "meet at the library at 4 for the project? bring the glue sticks pls",
        "lets kill the boss at 8, i tank u heal",
        "that maths test murdered me. bury me behind the science block lol",
        "my cousin is coming to stay, she sleeps in my room on the blow up bed",
        "for the postcard swap we send everything to the school's address, not our homes. Mr "
        "Reid says its on the website under partner schools, so write ur name and class on the "
        "back and bring it in by thursday",
        "hi from Leeds!! we r year 7 and we loved ur video about ur town",
        "wat did u get for q3? i got 42",
        "my dog ate my sock lmao 🐶",
        "omg the spanish class sent us turron its sooo good",
        "football practice is off, pitch is flooded",
        "happy bday Kacper 🎉🎉",
        "can sum1 send the link for the quiz",
        "coach says the bus leaves at 7:40 not 8, dont be late or u walk",
    ],
    "it": [
        "la prof chiede il numero di un genitore per la gita, io ho messo quello di mio papa",
        "non dirlo a nessuno ma venerdi facciamo una festa a sorpresa per la maestra 🤫",
        "ci vediamo in biblioteca alle 4 per il progetto? porto io i cartelloni",
        "stasera alle 8 uccidiamo il boss, tu fai il tank ok?",
        "la verifica di mate mi ha distrutto, ditemi addio",
        "mia cugina dorme da me sabato, facciamo la maratona di film",
        "ciao dalla classe 2B di Torino!! siamo felici di conoscervi",
        "bro this compito is impossible, chi ha fatto l'esercizio 5?",
        "il mio gatto si e mangiato la penna lol 🐱",
        "domani c'e il torneo di pallavolo in palestra",
        "auguri Sofia!!! 🎂",
        "qualcuno ha il pdf del libro di inglese?",
        "pizza in mensa oggi 😍",
        "la lettera per la classe partner va spedita all'indirizzo della scuola, ce l'ha la prof",
        "il pullman parte alle 7:15 davanti alla scuola, ricordatevi il pranzo al sacco",
    ],
    "fr": [
        "la prof veut le numero d'un parent pour la sortie, j'ai mis celui de ma mere",
        "on organise une fête surprise pour Mme Leroy vendredi, gardez le secret 🤫",
        "rdv au CDI a 13h pour l'expo? j'apporte les feutres",
        "on tue le boss a 20h, toi tu heal ok",
        "le controle de physique m'a achevé, enterrez moi au fond de la cour mdr",
        "ma cousine dort chez moi ce weekend, on va faire des crepes",
        "salut la classe de Cracovie!! on a adoré votre vidéo",
        "qqn a fait l'exo 12 p 87?",
        "le chat de ma voisine a dormi sur mon sac 😹",
        "entrainement de hand annulé, le gymnase est fermé",
        "joyeux anniv Lucas 🎉",
        "c'etait trop bien la visio avec les espagnols, they were so funny",
        "le bus pour le musée part a 8h15, prenez un pique-nique",
        "y a des frites a la cantine aujourd'hui 😍",
        "j'ai laissé mon classeur d'histoire dans le bus, la honte",
    ],
    "de": [
        "frau Keller braucht für den ausflug die handynummer von mama oder papa, ich hab papas "
        "eingetragen",
        "psst nichts verraten: wir planen eine überraschungsparty für herrn Braun 🤫🎈",
        "können wir uns morgen nach der 6. stunde in der stadtbibliothek treffen? das plakat muss "
        "fertig werden",
        "heute um 8 killen wir den boss, du healst",
        "die mathearbeit hat mich gekillt, tschüss welt",
        "meine cousine übernachtet bei mir, wir schauen harry potter",
        "hallo aus Graz!! wir sind die 6a und freuen uns auf euch",
        "wer hat die hausi in englisch? i forgot it lol",
        "unser hamster ist wieder ausgebüxt 🐹",
        "training fällt aus, halle ist gesperrt",
        "happy birthday Mia!! alles liebe 🎂",
        "was heisst 'Schultüte' auf englisch?",
        "die adresse für die briefe an die partnerklasse steht auf der schulseite",
        "der bus fährt um 7:30 am haupteingang, vesper nicht vergessen",
        "heute gabs pizza in der mensa 😋",
    ],
    "es": [
        "la profe pide el telefono de un padre para la excursion, yo puse el de mi madre",
        "shh es secreto: el viernes le montamos una fiesta sorpresa a la profe de mates 🤫🎉",
        "nos vemos en la biblio del barrio a las 5 y media para el mural? yo traigo las cartulinas",
        "a las 8 matamos al jefe final, tu curas ok?",
        "despues del examen de fisica estoy muerta, rip yo",
        "mi prima se queda a dormir el sabado, vamos a hacer tortitas",
        "hola desde Sevilla!! somos 1ºB y nos encanto vuestro video",
        "alguien tiene los deberes de ingles? plis",
        "mi gata ha tirado el portatil de la mesa jajaja 😾",
        "el entreno de fútbol se cancela por la lluvia",
        "felicidades Dani, que cumplas muchos mas 🎂",
        "la carta para la clase de Polonia la mandamos a la direccion del cole",
        "mañana el autocar sale a las 8:30 del parking del cole, no olvideis la gorra",
        "hoy habia macarrones en el comedor 😍",
        "that video call was so fun, los italianos son muy majos",
    ],
    "pl": [
        "pani prosi o numer telefonu rodzica na wycieczke, wpisalam tate",
        "ciii nikomu nie mow, w piatek robimy niespodzianke dla wychowawczyni 🤫🎈",
        "spotkamy sie w bibliotece o 15 zeby skonczyc projekt?",
        "o 20 bijemy bossa, ty leczysz ok",
        "ten sprawdzian z matmy mnie zabil, pochowajcie mnie pod szkola xd",
        "kuzynka u mnie nocuje w sobote, robimy nalesniki",
        "czesc z Gdanska!! jestesmy 5a, super wasz filmik",
        "ktos ma zadanie z angielskiego? pls",
        "pies sasiadki znowu szczeka na listonosza xd 🐶",
        "trening odwolany, boisko zalane",
        "sto lat Kuba 🎂🎉",
        "list do klasy z Hiszpanii wysylamy na adres szkoly",
        "autokar odjezdza o 7:00 spod szkoly, zabierzcie drugie sniadanie",
        "dzis na obiad byly pierogi 😍",
        "that call with the french class was mega, oni sa spoko",
    ],
}
