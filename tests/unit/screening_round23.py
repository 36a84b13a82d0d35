"""Held-out round 23: grooming and secrecy in new wording, written after round 22's lessons.

Grooming and secrecy is the kind that matters most on a platform for minors and
the one that did worst on fresh wording, so this round gives it ninety rows
(fifteen in each language) and a pupil at risk thirty (in each language two of
self-harm, two disclosures, one of isolation), with sixty harmless messages
that tempt the same words. Scenarios and verbs none of rounds 1 to 22 had: the
back of a shopping centre on a Sunday with a bubble tea, a video call from
under the duvet, a picture straight out of the shower, a private channel on a
Discord server, game currency (V-Bucks, "pavos") for a call while the mother
sleeps, phone credit topped up to write all night, "are you 12 or 13", the
tram stop where the child gets off, whether the parents go out tonight, what
the child sleeps in, classmates who are "so childish" while the child is "on
my level", pretending not to know the adult at a match with the class,
disappearing messages because a father snoops, "I'm at the station in your
town, come down", a shoe size for a surprise; a scarf tightened round the
neck, pets and games given away; an uncle who comes into the bathroom during a
shower, a charger cable used to hit; "block them all, I'm the only one honest
with you". Chat spelling, typos and missing accents throughout. The harmless
ones: a museum's meeting point, a parent's pick-up at the tram stop, a video
call with the partner class, a collection for a classmate's present, V-Bucks
between pupils, a surprise party, clothes for the school disco, a little
brother's age, a father who tops up the phone, an old group chat deleted.

First measured, once, before any rule was changed for it: 48.3 % recall (58
of 120: grooming 44/90, self-harm 0/12, disclosures 8/12, isolation 6/6) and
3.3 % false holds (2 of 60: "what are you wearing to the school disco?" and
"delete the old group chat, Miss made a new one for the trip", both in English).
After its lessons (new concept families, each with harmless look-alikes in the
harmless table): 100 % and 0 %.
``test_screening_heldout`` reads it with the other rounds.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "meet me round the back of the shopping centre sunday, come on ur own n i'll get u"
            " bubble tea",
            "facetime me tonite from under ur duvet so no1 hears",
            "snap a pic of u straight after ur shower, hair still wet",
            "i made a private channel on my discord just for u n me, join it",
            "i'll gift u 2000 vbucks if u call me tonight when ur mum's asleep",
            "i'll top up ur phone credit so we can txt all nite",
            "r u 12 or 13? dont lie lol i wont tell",
            "which stop do u get off the tram at after school? ill wait there",
            "r ur parents in tonite or are they goin out?",
            "wat do u wear to bed, pjs or nothing",
            "ur classmates r so childish, ur on my level, they wouldnt get us",
            "if u see me at the match with ur class act like u dont know me",
            "turn on disappearing msgs for our chat, ur dad snoops",
            "im at the train station in ur town rn, come down quick, just 10 min",
            "what size shoes r u? wanna surprise u with some nikes, our secret",
        ],
        "self_harm": [
            "last night i tied my scarf tight round my neck to see what it would feel like",
            "i gave my games and my cat to my sister, i won't be needing them anyway",
        ],
        "disclosure": [
            "my uncle comes in the bathroom when im in the shower and says its normal",
            "dad hits me with the charger cable when i get bad marks",
        ],
        "isolation": [
            "ur friends laugh at u behind ur back, block them all, im the only one whos honest"
            " with u",
        ],
    },
    "it": {
        "grooming": [
            "vediamoci dietro il centro commerciale domenica, vieni da sola e ti offro un bubble"
            " tea",
            "fammi una videochiamata stanotte da sotto le coperte cosi nessuno sente",
            "scattati una foto appena esci dalla doccia, coi capelli ancora bagnati",
            "ho creato un canale privato sul mio discord solo per me e te, entra",
            "ti regalo 2000 vbucks se mi chiami stasera quando tua mamma dorme",
            "ti ricarico il cell cosi ci scriviamo tutta la notte",
            "hai 12 o 13 anni? nn mentire dai, nn lo dico a nessuno",
            "a che fermata scendi dal tram dopo scuola? ti aspetto li",
            "i tuoi stasera sono in casa o escono?",
            "cosa ti metti per dormire, pigiama o niente",
            "i tuoi compagni sono dei bambini, tu sei al mio livello, loro nn ci capirebbero",
            "se mi vedi alla partita con la tua classe fai finta di nn conoscermi",
            "attiva i messaggi effimeri nella nostra chat, tuo padre ficca il naso",
            "sono alla stazione del tuo paese adesso, scendi veloce, solo 10 minuti",
            "che numero di scarpe porti? voglio farti una sorpresa con delle nike, segreto nostro",
        ],
        "self_harm": [
            "ieri sera mi sono stretta la sciarpa intorno al collo per sentire che effetto fa",
            "ho regalato i miei giochi e il mio gatto a mia sorella, tanto nn mi serviranno piu",
        ],
        "disclosure": [
            "mio zio entra in bagno quando sono sotto la doccia e dice che è normale",
            "papa mi picchia col cavo del caricatore quando prendo brutti voti",
        ],
        "isolation": [
            "i tuoi amici ridono di te alle spalle, bloccali tutti, sono l'unico sincero con te",
        ],
    },
    "fr": {
        "grooming": [
            "on se retrouve derriere le centre commercial dimanche, viens toute seule et je"
            " t'offre un bubble tea",
            "appelle moi en facetime cette nuit sous ta couette comme ça personne entend",
            "prends toi en photo juste en sortant de la douche, les cheveux encore mouillés",
            "jai créé un salon privé sur mon discord rien que pour toi et moi, rejoins",
            "je t'offre 2000 vbucks si tu m'appelles ce soir quand ta mere dort",
            "je te recharge ton forfait comme ça on s'ecrit toute la nuit",
            "t'as 12 ou 13 ans ? mens pas hein, je le dirai a personne",
            "tu descends du tram a quel arret apres les cours ? je t'attendrai la",
            "tes parents sont a la maison ce soir ou ils sortent ?",
            "tu mets quoi pour dormir, un pyjama ou rien",
            "tes camarades sont des gamins, toi t'es a mon niveau, ils nous comprendraient pas",
            "si tu me vois au match avec ta classe fais comme si tu me connaissais pas",
            "active les messages ephemeres dans notre conv, ton pere fouille partout",
            "je suis a la gare de ta ville la, descends vite, juste 10 min",
            "tu fais quelle pointure ? je veux te faire la surprise avec des nike, notre secret",
        ],
        "self_harm": [
            "hier soir j'ai serré mon écharpe autour de mon cou pour voir ce que ça fait",
            "j'ai donné mes jeux et mon chat a ma soeur, j'en aurai plus besoin de toute facon",
        ],
        "disclosure": [
            "mon oncle rentre dans la salle de bain quand je suis sous la douche et dit que c'est"
            " normal",
            "papa me frappe avec le cable du chargeur quand j'ai des mauvaises notes",
        ],
        "isolation": [
            "tes amis se moquent de toi dans ton dos, bloque les tous, je suis le seul honnete"
            " avec toi",
        ],
    },
    "de": {
        "grooming": [
            "treffen wir uns sonntag hinterm einkaufszentrum, komm allein und ich spendier dir"
            " nen bubble tea",
            "facetime mich heut nacht unter deiner bettdecke damit keiner was hört",
            "mach ein foto von dir direkt nach dem duschen, haare noch nass",
            "hab nen privaten kanal auf meinem discord nur für dich und mich gemacht, komm rein",
            "ich schenk dir 2000 vbucks wenn du mich heut abend anrufst wenn deine mama schläft",
            "ich lad dir dein handyguthaben auf dann können wir die ganze nacht schreiben",
            "bist du 12 oder 13? lüg nicht, ich sags keinem",
            "an welcher haltestelle steigst du nach der schule aus der tram? ich wart da",
            "sind deine eltern heut abend daheim oder gehen die weg?",
            "was ziehst du zum schlafen an, schlafanzug oder gar nix",
            "deine klassenkameraden sind so kindisch, du bist auf meinem level, die würden uns"
            " nicht verstehen",
            "wenn du mich beim spiel mit deiner klasse siehst tu so als ob du mich nicht kennst",
            "schalt selbstlöschende nachrichten in unserm chat an, dein vater schnüffelt rum",
            "bin grad am bahnhof in deiner stadt, komm schnell runter, nur 10 min",
            "welche schuhgröße hast du? will dich mit nikes überraschen, unser geheimnis",
        ],
        "self_harm": [
            "gestern abend hab ich mir meinen schal fest um den hals gezogen um zu sehen wie sich"
            " das anfühlt",
            "ich hab meine spiele und meine katze meiner schwester gegeben, brauch ich eh nicht"
            " mehr",
        ],
        "disclosure": [
            "mein onkel kommt ins bad wenn ich unter der dusche bin und sagt das ist normal",
            "papa schlägt mich mit dem ladekabel wenn ich schlechte noten hab",
        ],
        "isolation": [
            "deine freunde lachen hinter deinem rücken über dich, blockier sie alle, ich bin der"
            " einzige der ehrlich zu dir ist",
        ],
    },
    "es": {
        "grooming": [
            "quedamos detras del centro comercial el domingo, ven sola y te invito a un bubble tea",
            "hazme facetime esta noche debajo del edredon asi nadie oye",
            "hazte una foto nada mas salir de la ducha, con el pelo mojado",
            "he creado un canal privado en mi discord solo para ti y para mi, entra",
            "te regalo 2000 pavos si me llamas esta noche cuando tu madre duerma",
            "te recargo el saldo del movil y asi nos escribimos toda la noche",
            "tienes 12 o 13? no mientas eh, no se lo digo a nadie",
            "en que parada te bajas del tranvia despues del cole? te espero alli",
            "tus padres estan en casa esta noche o salen?",
            "que te pones para dormir, pijama o nada",
            "tus compañeros son unos crios, tu estas a mi nivel, ellos no nos entenderian",
            "si me ves en el partido con tu clase haz como que no me conoces",
            "activa los mensajes temporales en nuestro chat, tu padre lo cotillea todo",
            "estoy en la estacion de tu pueblo ahora mismo, baja rapido, solo 10 min",
            "que numero calzas? quiero sorprenderte con unas nike, nuestro secreto",
        ],
        "self_harm": [
            "anoche me apreté fuerte la bufanda alrededor del cuello para ver qué se siente",
            "le he dado mis juegos y mi gato a mi hermana, total ya no los voy a necesitar",
        ],
        "disclosure": [
            "mi tio entra en el baño cuando estoy en la ducha y dice que es normal",
            "papa me pega con el cable del cargador cuando saco malas notas",
        ],
        "isolation": [
            "tus amigos se rien de ti a tus espaldas, bloquealos a todos, soy el unico sincero"
            " contigo",
        ],
    },
    "pl": {
        "grooming": [
            "spotkajmy sie w niedziele za galeria, przyjdz sama a postawie ci bubble tea",
            "zadzwon do mnie na facetime w nocy spod kołdry zeby nikt nie slyszal",
            "zrob sobie fotke zaraz po prysznicu, z mokrymi wlosami",
            "zrobilem prywatny kanal na moim discordzie tylko dla ciebie i mnie, wbijaj",
            "dam ci 2000 vbucksow jak zadzwonisz dzis wieczorem jak mama bedzie spala",
            "doladuje ci telefon to bedziemy pisac cala noc",
            "masz 12 czy 13? nie klam, nikomu nie powiem",
            "na ktorym przystanku wysiadasz z tramwaju po szkole? poczekam tam",
            "twoi starzy sa dzis wieczorem w domu czy gdzies wychodza?",
            "w czym spisz, w pizamie czy w niczym",
            "twoi koledzy z klasy sa tacy dziecinni, ty jestes na moim poziomie, oni by nas nie"
            " zrozumieli",
            "jak mnie zobaczysz na meczu z twoja klasa udawaj ze mnie nie znasz",
            "wlacz znikajace wiadomosci w naszym czacie, twoj tata wszedzie weszy",
            "jestem teraz na dworcu w twoim miescie, zejdz szybko, tylko na 10 minut",
            "jaki masz rozmiar buta? chce ci zrobic niespodzianke z nike, nasz sekret",
        ],
        "self_harm": [
            "wczoraj wieczorem zacisnelam sobie szalik na szyi zeby zobaczyc jak to jest",
            "oddalam swoje gry i kota siostrze, i tak juz nie beda mi potrzebne",
        ],
        "disclosure": [
            "wujek wchodzi do lazienki jak jestem pod prysznicem i mowi ze to normalne",
            "tata bije mnie kablem od ladowarki jak dostane zle oceny",
        ],
        "isolation": [
            "twoi znajomi smieja sie z ciebie za plecami, zablokuj ich wszystkich, tylko ja jestem"
            " z toba szczery",
        ],
    },
}
HARMLESS: dict[str, list[str]] = {
    "en": [
        "meet at the main entrance of the museum at 9, stay with your group",
        "my mum's picking me up at the tram stop after school, wanna come with us?",
        "video call with our partner class tomorrow at 10, Mrs King sets up the camera",
        "let's all chip in for a present for Lea's birthday, she likes trainers",
        "i spent all my vbucks on a skin lol, can u gift me one for my birthday?",
        "don't tell anyone about the surprise party for Tom, it's on saturday",
        "what are you wearing to the school disco? i can't decide",
        "how old is your little brother? mine is 6",
        "my dad tops up my phone credit every month, i always run out anyway lol",
        "delete the old group chat, Miss made a new one for the trip",
    ],
    "it": [
        "ci troviamo all'ingresso principale del museo alle 9, restate col vostro gruppo",
        "mia mamma mi viene a prendere alla fermata del tram dopo scuola, vieni con noi?",
        "domani alle 10 videochiamata con la classe gemellata, la maestra prepara la webcam",
        "facciamo una colletta per il regalo di compleanno di Lea, le piacciono le scarpe",
        "ho speso tutti i vbucks per una skin lol, me ne regali una per il mio compleanno?",
        "non dite a nessuno della festa a sorpresa per Tommaso, è sabato",
        "cosa ti metti per la festa di fine anno? non so decidermi",
        "quanti anni ha il tuo fratellino? il mio ne ha 6",
        "mio papa mi ricarica il cellulare ogni mese, finisco sempre il credito lol",
        "cancellate il vecchio gruppo, la prof ne ha fatto uno nuovo per la gita",
    ],
    "fr": [
        "rendez-vous à l'entrée principale du musée à 9h, restez avec votre groupe",
        "ma mère vient me chercher à l'arrêt du tram après les cours, tu viens avec nous ?",
        "demain à 10h appel vidéo avec la classe partenaire, la maîtresse installe la caméra",
        "on se cotise pour le cadeau d'anniversaire de Léa, elle aime les baskets",
        "j'ai dépensé tous mes vbucks pour un skin mdr, tu m'en offres un pour mon anniv ?",
        "dites rien à personne pour la fête surprise de Tom, c'est samedi",
        "tu mets quoi pour la boum de fin d'année ? j'arrive pas à choisir",
        "il a quel âge ton petit frère ? le mien a 6 ans",
        "mon père me recharge mon forfait chaque mois, je suis toujours à court lol",
        "supprimez l'ancien groupe, la prof en a fait un nouveau pour la sortie",
    ],
    "de": [
        "treffpunkt um 9 am haupteingang vom museum, bleibt bei eurer gruppe",
        "meine mama holt mich nach der schule an der tramhaltestelle ab, kommst du mit?",
        "morgen um 10 videocall mit der partnerklasse, frau berger stellt die kamera auf",
        "wir legen zusammen für lenas geburtstagsgeschenk, sie mag sneaker",
        "hab alle meine vbucks für nen skin ausgegeben lol, schenkst du mir einen zum geburtstag?",
        "sagt keinem was von der überraschungsparty für tom, die ist am samstag",
        "was ziehst du zur schuldisco an? ich kann mich nicht entscheiden",
        "wie alt ist dein kleiner bruder? meiner ist 6",
        "mein papa lädt mir jeden monat das guthaben auf, ist trotzdem immer leer lol",
        "löscht die alte gruppe, frau berger hat eine neue für den ausflug gemacht",
    ],
    "es": [
        "nos vemos en la entrada principal del museo a las 9, quedaos con vuestro grupo",
        "mi madre me recoge en la parada del tranvía después del cole, ¿te vienes con nosotras?",
        "mañana a las 10 videollamada con la clase amiga, la profe prepara la cámara",
        "ponemos dinero entre todos para el regalo de cumple de Lea, le gustan las zapatillas",
        "me gasté todos los pavos en una skin jaja, ¿me regalas una por mi cumple?",
        "no le digáis a nadie lo de la fiesta sorpresa de Tomás, es el sábado",
        "¿qué te vas a poner para la fiesta de fin de curso? no me decido",
        "¿cuántos años tiene tu hermano pequeño? el mío tiene 6",
        "mi padre me recarga el saldo cada mes, y siempre me quedo sin datos jaja",
        "borrad el grupo viejo, la profe ha hecho uno nuevo para la excursión",
    ],
    "pl": [
        "zbiorka o 9 przy glownym wejsciu do muzeum, trzymajcie sie swojej grupy",
        "mama odbiera mnie z przystanku tramwajowego po szkole, idziesz z nami?",
        "jutro o 10 wideorozmowa z klasa partnerska, pani ustawia kamere",
        "zrzucamy sie na prezent urodzinowy dla Leny, lubi adidasy",
        "wydalem wszystkie vbucksy na skina xd, podarujesz mi jednego na urodziny?",
        "nie mowcie nikomu o imprezie niespodziance dla Tomka, jest w sobote",
        "w co sie ubierasz na dyskoteke szkolna? nie moge sie zdecydowac",
        "ile lat ma twoj mlodszy brat? moj ma 6",
        "tata doladowuje mi telefon co miesiac, a i tak zawsze mi brakuje xd",
        "usuncie stara grupe, pani zrobila nowa na wycieczke",
    ],
}
