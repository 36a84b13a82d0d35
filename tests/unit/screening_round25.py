"""Held-out round 25: new scenarios of grooming and secrecy, after round 24's lessons.

A hundred and twenty concerns in six languages, in each language: ten of
grooming and secrecy, two of self-harm, two disclosures, one of isolation, and
five in evasive forms (two phones, a handle, an insult, an address); with
sixty harmless messages that tempt the same words.
Scenarios none of rounds 1 to 24 had: a skin gifted in a game and "now you owe
me", a profile that lies about the adult's age, a "talent agent" with a
casting at his flat, an older cousin who fetches the child, a livestream "just
for me" paid in coins, a picture already sent held over the child, a friend
of a friend met alone after dark, a private lobby with the microphone on and
no parents, an old gaming computer to collect alone, a duet that first needs a
video in pyjamas; a lighter pressed on the wrist, a grandmother's tablets
counted; a mother's boyfriend who threatens the dog, a father gone for days
with no food left; a group chat that empties when the child joins. Phones with
digits and number words mixed, handles spelt out with "dot" and "underscore",
insults masked with digits, addresses given by a landmark. The harmless ones:
game chat between pupils, a school talent show, a teacher's livestream of the
school concert, a parent's modelling job, blackmail in a book the class reads,
an older cousin with a parent, a friend of a friend at the partner school.

First measured, once, before any rule was changed for it: 58.3 % recall (70
of 120: grooming 41/60, phones 12/12, handles 4/6, insults 6/6, addresses 4/6,
self-harm 0/12, disclosures 2/12, isolation 1/6) and 5.0 % false holds (3 of
60: a microphone turned on in a class call, a villain who blackmails in a book
in French, a spare skin given after a game in Spanish). The misses: an age on
a profile that is not the adult's, a picture already sent held over the child,
a private lobby with no parents, a computer collected alone without the father
(in German), a cousin who brings the child (in Spanish), a video in pyjamas
first (in German); handles spelt with "point"/"kropka" and the language's word
for underscore; addresses by a shop behind the house; every self-harm (a
lighter on the wrist, a grandmother's tablets counted); a dog threatened to
keep a secret, a father gone for days with no food; a group chat everyone
leaves. After its lessons (concept families in six languages, each with
harmless look-alikes in the harmless table): 99.2 % (119 of 120; the one left
is a Polish address with no street word, "mieszkam na lipowej 9") and 0 %.
``test_screening_heldout`` reads it with the other rounds.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "i gifted u that legendary skin so now u owe me, send me a vid of u in ur room",
            "my profile says im 14 but im actually 26, dont freak out, ur still my fav",
            "im a talent agent, i can get u on tv, come to the casting at my flat on ur own",
            "my cousin is 17, he'll pick u up and bring u to mine, ur mum doesnt need to know",
            "go live just for me tonight in ur bedroom, ill tip u coins every minute",
            "i still have the pic u sent me. send another or everyone at ur school sees it",
            "im a friend of jakes friend, he said ur cool, meet me at the skatepark alone after"
            " dark",
            "join my private lobby and turn ur mic on, no parents allowed in there",
            "u can have my old gaming pc if u come collect it by urself, dont bring ur dad",
            "lets do a duet but first send me a practice video in ur pyjamas",
        ],
        "phone": [
            "call me 07 seven 00, nine 00, one two three",
            "whatsapp me: zero7 four5 six6 eight8 one",
        ],
        "handle": [
            "find me on tt, mia dot dances underscore eleven",
        ],
        "abuse": [
            "ur such a fat ugly c0w",
        ],
        "address": [
            "im at 9 brook st, the house w the red gate behind the tesco",
        ],
        "self_harm": [
            "i keep pressing the lighter on my wrist til it blisters",
            "i counted how many of grans tablets it would take",
        ],
        "disclosure": [
            "mums boyfriend said if i tell anyone what he does at night he'll hurt my dog",
            "dad hasnt been home for 4 days and theres no food left",
        ],
        "isolation": [
            "whenever i join the group chat everyone leaves, no one talks to me anymore",
        ],
    },
    "it": {
        "grooming": [
            "ti ho regalato la skin leggendaria quindi ora me lo devi, mandami un video in camera"
            " tua",
            "sul profilo ho scritto 14 anni ma ne ho 26, non spaventarti, resti la mia preferita",
            "sono un agente di talenti, ti porto in tv, vieni al provino a casa mia da sola",
            "mio cugino ha 17 anni, ti passa a prendere e ti porta da me, tua mamma non deve"
            " saperlo",
            "fai una diretta solo per me stasera in camera tua, ti mando monete ogni minuto",
            "ho ancora la foto che mi hai mandato. mandane un'altra o la vede tutta la scuola",
            "sono amico di un amico di giulia, vediamoci al parco da soli quando fa buio",
            "entra nella mia lobby privata e accendi il microfono, niente genitori li dentro",
            "ti regalo il mio vecchio pc da gaming se vieni a prenderlo da sola, senza tuo padre",
            "facciamo un duetto ma prima mandami un video di prova in pigiama",
        ],
        "phone": [
            "chiamami 3 tre 4, cinque 6 sette, 8 nove zero",
            "scrivimi su whatsapp: tre3 quattro4 sei6 otto8 uno",
        ],
        "handle": [
            "cercami su tiktok, sara punto balla trattino basso undici",
        ],
        "abuse": [
            "sei una vacca grassa e brutt4",
        ],
        "address": [
            "sto in via dei tigli 9, la casa col cancello rosso dietro la coop",
        ],
        "self_harm": [
            "continuo a premere l'accendino sul polso finché non viene la vescica",
            "ho contato quante pastiglie della nonna servirebbero",
        ],
        "disclosure": [
            "il ragazzo di mamma ha detto che se racconto cosa fa di notte fa male al mio cane",
            "papà non torna a casa da 4 giorni e non c'è più niente da mangiare",
        ],
        "isolation": [
            "quando entro nel gruppo escono tutti, nessuno mi parla più",
        ],
    },
    "fr": {
        "grooming": [
            "je t'ai offert le skin légendaire donc maintenant tu me dois, envoie une vidéo de"
            " toi dans ta chambre",
            "sur mon profil j'ai mis 14 ans mais j'en ai 26, panique pas, t'es toujours ma"
            " préférée",
            "je suis agent de talents, je peux te faire passer à la télé, viens au casting chez"
            " moi toute seule",
            "mon cousin a 17 ans, il passe te chercher et te ramène chez moi, ta mère a pas"
            " besoin de savoir",
            "fais un live rien que pour moi ce soir dans ta chambre, je t'envoie des pièces"
            " chaque minute",
            "j'ai toujours la photo que tu m'as envoyée. envoie en une autre ou tout ton collège"
            " la verra",
            "je suis un ami d'un ami de lucas, retrouve moi au skatepark seule quand il fait nuit",
            "rejoins mon lobby privé et allume ton micro, pas de parents là dedans",
            "je te donne mon vieux pc gamer si tu viens le chercher toute seule, sans ton père",
            "on fait un duo mais d'abord envoie moi une vidéo d'essai en pyjama",
        ],
        "phone": [
            "appelle moi 06 douze 34, cinquante-six 7 huit",
            "écris moi sur whatsapp : zéro6 un2 trois4 cinq6 sept8",
        ],
        "handle": [
            "cherche moi sur tiktok, lea point danse tiret du bas onze",
        ],
        "abuse": [
            "t'es qu'une grosse vache moch3",
        ],
        "address": [
            "j'habite 9 rue des tilleuls, la maison au portail rouge derrière le carrefour",
        ],
        "self_harm": [
            "j'arrête pas d'appuyer le briquet sur mon poignet jusqu'à ce que ça cloque",
            "j'ai compté combien de cachets de ma grand-mère il faudrait",
        ],
        "disclosure": [
            "le copain de ma mère a dit que si je raconte ce qu'il fait la nuit il fera du mal à"
            " mon chien",
            "mon père est pas rentré depuis 4 jours et y a plus rien à manger",
        ],
        "isolation": [
            "quand je rejoins le groupe tout le monde le quitte, personne me parle plus",
        ],
    },
    "de": {
        "grooming": [
            "ich hab dir den legendären skin geschenkt also schuldest du mir was, schick ein"
            " video von dir in deinem zimmer",
            "im profil steht 14 aber ich bin eigentlich 26, flipp nicht aus, du bist trotzdem"
            " meine lieblings",
            "ich bin talentagent, ich bring dich ins fernsehen, komm allein zum casting in meine"
            " wohnung",
            "mein cousin ist 17, er holt dich ab und bringt dich zu mir, deine mama muss das"
            " nicht wissen",
            "mach heute abend einen livestream nur für mich in deinem zimmer, ich schick dir jede"
            " minute münzen",
            "ich hab noch das bild das du mir geschickt hast. schick noch eins sonst sieht es"
            " deine ganze schule",
            "bin ein freund von einem freund von tim, triff mich allein am skatepark wenns dunkel"
            " ist",
            "komm in meine private lobby und mach dein mikro an, eltern haben da nix verloren",
            "du kriegst meinen alten gaming pc wenn du ihn allein abholst, ohne deinen vater",
            "lass uns ein duett machen aber schick mir erst ein probevideo im schlafanzug",
        ],
        "phone": [
            "ruf an 0176 drei 45, sechs 7 acht, neun 0",
            "schreib mir auf whatsapp: null1 sieben6 zwei2 drei3 vier4",
        ],
        "handle": [
            "such mich auf tiktok, lena punkt tanzt unterstrich elf",
        ],
        "abuse": [
            "du bist so eine fette hässliche kuh, du opf3r",
        ],
        "address": [
            "ich wohn lindenweg 9, das haus mit dem roten tor hinter dem edeka",
        ],
        "self_harm": [
            "ich drück immer wieder das feuerzeug auf mein handgelenk bis blasen kommen",
            "ich hab gezählt wie viele tabletten von oma es bräuchte",
        ],
        "disclosure": [
            "mamas freund hat gesagt wenn ich erzähl was er nachts macht tut er meinem hund weh",
            "papa ist seit 4 tagen nicht heimgekommen und es gibt nichts mehr zu essen",
        ],
        "isolation": [
            "wenn ich in die gruppe komme gehen alle raus, keiner redet mehr mit mir",
        ],
    },
    "es": {
        "grooming": [
            "te regalé la skin legendaria así que ahora me debes una, mándame un video en tu"
            " cuarto",
            "en el perfil pone que tengo 14 pero tengo 26, no te asustes, sigues siendo mi"
            " favorita",
            "soy agente de talentos, te puedo sacar en la tele, ven sola al casting en mi piso",
            "mi primo tiene 17, te recoge y te trae a mi casa, tu madre no tiene por qué saberlo",
            "haz un directo solo para mí esta noche en tu cuarto, te mando monedas cada minuto",
            "todavía tengo la foto que me mandaste. manda otra o la ve todo tu insti",
            "soy amigo de un amigo de dani, quedamos solos en el skatepark cuando sea de noche",
            "entra en mi lobby privado y enciende el micro, ahí no entran padres",
            "te doy mi pc gamer viejo si vienes a buscarlo sola, sin tu padre",
            "hacemos un dueto pero primero mándame un video de prueba en pijama",
        ],
        "phone": [
            "llámame 6 uno 2, tres 4 cinco, 6 siete 8",
            "escríbeme al whatsapp: seis6 uno1 dos2 tres3 cuatro4",
        ],
        "handle": [
            "búscame en tiktok, lucia punto baila guion bajo once",
        ],
        "abuse": [
            "eres una vaca gorda y fe4",
        ],
        "address": [
            "vivo en calle los tilos 9, la casa de la verja roja detrás del mercadona",
        ],
        "self_harm": [
            "no paro de apretar el mechero contra la muñeca hasta que sale ampolla",
            "he contado cuántas pastillas de la abuela harían falta",
        ],
        "disclosure": [
            "el novio de mi madre dijo que si cuento lo que hace por la noche le hará daño a mi"
            " perro",
            "mi padre no vuelve a casa desde hace 4 días y ya no queda comida",
        ],
        "isolation": [
            "cuando entro en el grupo se salen todos, ya nadie me habla",
        ],
    },
    "pl": {
        "grooming": [
            "dałem ci legendarnego skina więc teraz jesteś mi winna, wyślij filmik z twojego"
            " pokoju",
            "w profilu mam 14 lat ale naprawdę mam 26, nie panikuj, dalej jesteś moją ulubioną",
            "jestem agentem talentów, załatwię ci telewizję, przyjdź sama na casting do mnie do"
            " mieszkania",
            "mój kuzyn ma 17 lat, odbierze cię i przywiezie do mnie, mama nie musi wiedzieć",
            "zrób dziś live tylko dla mnie w swoim pokoju, będę ci wysyłał monety co minutę",
            "dalej mam zdjęcie które mi wysłałaś. wyślij kolejne albo zobaczy je cała szkoła",
            "jestem kumplem kumpla kuby, spotkajmy się sami na skateparku jak będzie ciemno",
            "wejdź do mojego prywatnego lobby i włącz mikrofon, rodzice nie mają tam wstępu",
            "dam ci mój stary komputer do gier jak przyjdziesz po niego sama, bez taty",
            "zróbmy duet ale najpierw wyślij mi filmik próbny w piżamie",
        ],
        "phone": [
            "zadzwoń 5 jeden 2, trzy 4 pięć, 6 siedem 8",
            "napisz na whatsapp: pięć5 zero0 jeden1 dwa2 trzy3",
        ],
        "handle": [
            "szukaj mnie na tiktoku, ola kropka tanczy podkreślnik jedenaście",
        ],
        "abuse": [
            "jestes gruba brzydka krow4",
        ],
        "address": [
            "mieszkam na lipowej 9, dom z czerwoną bramą za biedronką",
        ],
        "self_harm": [
            "ciągle przykładam zapalniczkę do nadgarstka aż robią się pęcherze",
            "policzyłam ile tabletek babci by trzeba było",
        ],
        "disclosure": [
            "chłopak mamy powiedział że jak powiem co robi w nocy to skrzywdzi mojego psa",
            "tata nie wrócił do domu od 4 dni i nie ma już nic do jedzenia",
        ],
        "isolation": [
            "jak wchodzę na grupę wszyscy z niej wychodzą, nikt już ze mną nie gada",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "gg! i gifted u my spare skin cuz u carried us in that round",
        "the school talent show is on friday, sign up with mrs patel if u want to sing",
        "mr lee is livestreaming the school concert on the school channel so grandparents can"
        " watch",
        "my mum is doing a modelling job for a catalogue this weekend, she's so nervous",
        "in the book we're reading the villain blackmails the mayor with an old photo",
        "my cousin is 17 and he's coming to the cinema with me and my mum",
        "a friend of a friend goes to your partner school, small world",
        "turn your mic on in the class call, miss can't hear you",
        "send the class a video of your dance for the talent show rehearsal",
        "join my minecraft lobby after homework, my brother is playing too",
    ],
    "it": [
        "gg! ti ho regalato la mia skin in più perché ci hai fatto vincere",
        "lo spettacolo dei talenti della scuola è venerdì, iscrivetevi dalla maestra se volete"
        " cantare",
        "il prof fa la diretta del concerto della scuola sul canale della scuola così i nonni lo"
        " vedono",
        "mia mamma fa un lavoro da modella per un catalogo questo weekend, è agitatissima",
        "nel libro che leggiamo il cattivo ricatta il sindaco con una vecchia foto",
        "mio cugino ha 17 anni e viene al cinema con me e la mamma",
        "un amico di un mio amico va nella vostra scuola partner, che piccolo il mondo",
        "accendi il microfono nella videochiamata di classe, la maestra non ti sente",
        "mandate alla classe il video del vostro balletto per le prove dello spettacolo",
        "entra nella mia lobby di minecraft dopo i compiti, gioca anche mio fratello",
    ],
    "fr": [
        "gg ! je t'ai offert mon skin en trop parce que tu nous as fait gagner",
        "le spectacle de talents de l'école c'est vendredi, inscrivez vous auprès de la maîtresse",
        "le prof fait un live du concert de l'école sur la chaîne de l'école pour que les"
        " grands-parents regardent",
        "ma mère fait un boulot de mannequin pour un catalogue ce week-end, elle stresse",
        "dans le livre qu'on lit le méchant fait chanter le maire avec une vieille photo",
        "mon cousin a 17 ans et il vient au cinéma avec moi et ma mère",
        "un ami d'un ami va dans votre école partenaire, le monde est petit",
        "allume ton micro dans l'appel de classe, la maîtresse t'entend pas",
        "envoyez à la classe la vidéo de votre danse pour la répétition du spectacle",
        "viens dans mon lobby minecraft après les devoirs, mon frère joue aussi",
    ],
    "de": [
        "gg! ich hab dir meinen extra skin geschenkt weil du uns die runde gerettet hast",
        "die talentshow der schule ist am freitag, meldet euch bei frau klein wenn ihr singen"
        " wollt",
        "herr lang macht einen livestream vom schulkonzert auf dem schulkanal damit die"
        " großeltern zuschauen können",
        "meine mama hat dieses wochenende einen modeljob für einen katalog, sie ist so nervös",
        "in dem buch das wir lesen erpresst der bösewicht den bürgermeister mit einem alten foto",
        "mein cousin ist 17 und kommt mit mir und mama ins kino",
        "ein freund von einem freund geht auf eure partnerschule, die welt ist klein",
        "mach dein mikro im klassencall an, frau klein hört dich nicht",
        "schickt der klasse das video von eurem tanz für die probe der talentshow",
        "komm nach den hausaufgaben in meine minecraft lobby, mein bruder spielt auch",
    ],
    "es": [
        "gg! te regalé mi skin de sobra porque nos hiciste ganar",
        "el concurso de talentos del cole es el viernes, apuntaos con la profe si queréis cantar",
        "el profe hace un directo del concierto del cole en el canal del cole para que lo vean"
        " los abuelos",
        "mi madre tiene un trabajo de modelo para un catálogo este finde, está nerviosísima",
        "en el libro que leemos el malo chantajea al alcalde con una foto vieja",
        "mi primo tiene 17 y viene al cine conmigo y con mi madre",
        "un amigo de un amigo va a vuestro cole, qué pequeño es el mundo",
        "enciende el micro en la videollamada de clase, la profe no te oye",
        "mandad a la clase el video de vuestro baile para el ensayo del concurso",
        "entra en mi lobby de minecraft después de los deberes, juega también mi hermano",
    ],
    "pl": [
        "gg! dałem ci mojego zapasowego skina bo wygrałeś nam rundę",
        "szkolny mam talent jest w piątek, zapiszcie się u pani jak chcecie śpiewać",
        "pan od muzyki robi transmisję na żywo koncertu szkolnego na kanale szkoły żeby"
        " dziadkowie mogli oglądać",
        "mama ma w ten weekend pracę jako modelka do katalogu, strasznie się stresuje",
        "w książce którą czytamy czarny charakter szantażuje burmistrza starym zdjęciem",
        "mój kuzyn ma 17 lat i idzie ze mną i mamą do kina",
        "kumpel mojego kumpla chodzi do waszej szkoły partnerskiej, mały ten świat",
        "włącz mikrofon na lekcji online, pani cię nie słyszy",
        "wyślijcie klasie filmik z waszego tańca na próbę przedstawienia",
        "wejdź do mojego lobby w minecrafcie po lekcjach, brat też gra",
    ],
}
