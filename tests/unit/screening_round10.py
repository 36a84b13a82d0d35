"""Held-out round 10: chat spelling, typos and missing accents, by language and kind.

Written after round 9's lessons and before any change this round led to, the
way pupils type: stretched letters, dropped letters, "u", "nn", "jveux",
lower-case addresses, digits among number words. ``test_screening_heldout``
reads it with the other rounds. First measured: 81.0 % recall (136 of 168:
grooming 52/60, phones 15/18, handles 17/18, abuse 19/24, addresses 11/12,
self-harm 8/12, disclosures 6/6, threats 4/6, isolation 4/12) and 0 % false
holds (0 of 90).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "heyy wanna hang out irl this wkend?? jus us",
            "sned me a selfie in ur bikini pls",
            "my dms are open, msg me on insta not here",
            "ill get u vbux if u send a pic",
            "ur parents home rn?",
            "hw old r u, like 13? ur mature 4 ur age",
            "plz dont tel anyone bout us ok",
            "delte the msgs so ur mum doesnt see",
            "i can come get u from ur house later, ill be in a black car",
            "ur my fav person, u can tell me anythin, ur teachers dont get u",
        ],
        "phone": [
            "my numbr is 07seven00 900 one two three",
            "oh seven seven oh oh, nine oh oh, four four four",
            "+44-7700-900-555 txt me",
        ],
        "handle": [
            "add me on snapp: ellie_b09",
            "my insta is ellie.b09 follow me",
            "dc = ellieplays#5521",
        ],
        "abuse": [
            "ur sooo stoopid",
            "shut up u fkn idiot",
            "ur a lil b1tch",
            "go kys",
        ],
        "address": [
            "i live at 23 willow road, bs7 8aa",
            "we're at Flat 2, 8 Hill Street, Cardiff CF10 1AB",
        ],
        "self_harm": [
            "i wanna die honestly",
            "i've started cutting again",
        ],
        "disclosure": [
            "dad hurts me when hes drunk",
        ],
        "threat": [
            "ima punch ur face in tmrw",
        ],
        "isolation": [
            "nobody cares about you except me",
            "if u dont send it ill know u never liked me",
        ],
    },
    "it": {
        "grooming": [
            "ciaooo ci vediamo dal vivo sto weekend?? solo noi",
            "mandami un selfie in costume pls",
            "scrivimi su insta in privato non qui",
            "ti regalo i vbucks se mi mandi una foto",
            "ci sono i tuoi a casa ora?",
            "quanti anni hai tipo 13? sei matura per la tua eta",
            "x favore nn dire a nessuno di noi ok",
            "cancella i msg cosi tua mamma nn li vede",
            "posso venirti a prendere a casa dopo, ho una macchina nera",
            "sei la mia persona preferita, puoi dirmi tutto, i prof nn ti capiscono",
        ],
        "phone": [
            "il mio numero è 3tre9 12 3 4 5 6 7",
            "tre tre nove, zero zero, novecento, quattro quattro quattro",
            "+39-339-900-5555 scrivimi",
        ],
        "handle": [
            "aggiungimi su snapp: elly_b09",
            "il mio insta è elly.b09 seguimi",
            "dc = ellyplays#5521",
        ],
        "abuse": [
            "sei troppo stupidaaa",
            "stai zitto cazzo di idiota",
            "sei una piccola tr01a",
            "ammazzati",
        ],
        "address": [
            "abito in via dei salici 23, 20121 milano",
            "siamo in via della Collina 8, interno 2, Napoli",
        ],
        "self_harm": [
            "voglio morire sinceramente",
            "ho ricominciato a tagliarmi",
        ],
        "disclosure": [
            "papà mi fa male quando è ubriaco",
        ],
        "threat": [
            "domani ti spacco la faccia a pugni",
        ],
        "isolation": [
            "a nessuno importa di te tranne che a me",
            "se nn me la mandi vuol dire che nn ti sono mai piaciuto",
        ],
    },
    "fr": {
        "grooming": [
            "coucouu on se voit en vrai ce week end ?? juste nous",
            "envoi moi un selfie en maillot stp",
            "ecris moi sur insta en privé pas ici",
            "je te paye des vbucks si tu m'envoie une photo",
            "tes parents sont chez toi la ?",
            "t'as quel age genre 13 ? t'es mature pour ton age",
            "stp dis a personne pour nous ok",
            "supprime les msg pour que ta mere les voit pas",
            "je peux venir te chercher chez toi plus tard, j'ai une voiture noire",
            "t'es ma personne préférée, tu peux tout me dire, tes profs te comprennent pas",
        ],
        "phone": [
            "mon numero c zero six 12 trente quatre 56 78",
            "zéro six, zéro zéro, quatre-vingt-dix, quarante-quatre, quarante-quatre",
            "+33-6-99-00-55-55 envoie un sms",
        ],
        "handle": [
            "ajoute moi sur snapp : elodie_b09",
            "mon insta c elodie.b09 abonne toi",
            "dc = elodieplays#5521",
        ],
        "abuse": [
            "t'es trooop con",
            "ferme la sale idiot",
            "t'es qu'une p3tasse",
            "va te pendre",
        ],
        "address": [
            "j'habite 23 rue des saules, 75011 paris",
            "on est au 8 chemin de la Colline, appartement 2, Marseille",
        ],
        "self_harm": [
            "jveux mourir franchement",
            "j'ai recommencé à me scarifier",
        ],
        "disclosure": [
            "mon père me frappe quand il a bu",
        ],
        "threat": [
            "demain je t'explose la tête",
        ],
        "isolation": [
            "personne tient à toi à part moi",
            "si tu me l'envoies pas c'est que tu m'as jamais aimé",
        ],
    },
    "de": {
        "grooming": [
            "heyy wollen wir uns am we in echt treffen?? nur wir",
            "schick mir n selfie im bikini bitte",
            "schreib mir auf insta privat nicht hier",
            "ich kauf dir vbucks wenn du mir ein bild schickst",
            "sind deine eltern grad daheim?",
            "wie alt bist du so 13? du bist reif für dein alter",
            "bitte erzähl keinem von uns ok",
            "lösch die nachrichten damit deine mama sie nicht sieht",
            "ich kann dich später zuhause abholen, ich hab ein schwarzes auto",
            "du bist mein lieblingsmensch, du kannst mir alles sagen, deine lehrer verstehen "
            "dich nicht",
        ],
        "phone": [
            "meine nummer ist 0 eins 7 6 12 3 45 67",
            "null eins sieben sechs, null null, neunhundert, vierundvierzig",
            "+49-176-900-55555 schreib mir",
        ],
        "handle": [
            "add mich auf snapp: elli_b09",
            "mein insta ist elli.b09 folg mir",
            "dc = elliplays#5521",
        ],
        "abuse": [
            "du bist sooo dumm",
            "halts maul du scheiß idiot",
            "du kleine schl4mpe",
            "häng dich auf",
        ],
        "address": [
            "ich wohne weidenweg 23, 10115 berlin",
            "wir sind Hügelstraße 8, Wohnung 2, Hamburg",
        ],
        "self_harm": [
            "ich will echt sterben",
            "ich hab wieder angefangen mich zu ritzen",
        ],
        "disclosure": [
            "papa tut mir weh wenn er betrunken ist",
        ],
        "threat": [
            "morgen hau ich dir in die fresse",
        ],
        "isolation": [
            "keinen interessierst du außer mich",
            "wenn du es nicht schickst hast du mich nie gemocht",
        ],
    },
    "es": {
        "grooming": [
            "holaa quedamos en persona este finde?? solo nosotros",
            "mandame un selfi en bikini porfa",
            "escribeme por insta por privado no aqui",
            "te compro pavos si me mandas una foto",
            "tus padres estan en casa ahora?",
            "cuantos años tienes como 13? eres madura para tu edad",
            "porfa no le digas a nadie lo nuestro vale",
            "borra los mensajes para que tu madre no los vea",
            "puedo ir a recogerte a tu casa luego, tengo un coche negro",
            "eres mi persona favorita, puedes contarme todo, tus profes no te entienden",
        ],
        "phone": [
            "mi numero es 6seis0 12 3 45 67",
            "seis seis cero, cero cero, novecientos, cuarenta y cuatro",
            "+34-660-900-555 escribeme",
        ],
        "handle": [
            "agregame en snapp: elena_b09",
            "mi insta es elena.b09 sigueme",
            "dc = elenaplays#5521",
        ],
        "abuse": [
            "eres tontaaa",
            "callate idiota de mierda",
            "eres una put1ta",
            "matate",
        ],
        "address": [
            "vivo en calle de los sauces 23, 28001 madrid",
            "estamos en el camino de la Colina 8, piso 2, Sevilla",
        ],
        "self_harm": [
            "quiero morirme de verdad",
            "he vuelto a cortarme",
        ],
        "disclosure": [
            "mi padre me pega cuando bebe",
        ],
        "threat": [
            "mañana te reviento la cara",
        ],
        "isolation": [
            "a nadie le importas excepto a mi",
            "si no me la mandas es que nunca te he gustado",
        ],
    },
    "pl": {
        "grooming": [
            "hejj spotkamy sie na zywo w weekend?? tylko my",
            "wyslij mi selfie w bikini plis",
            "napisz do mnie na insta prywatnie nie tutaj",
            "kupie ci vbucksy jak wyslesz mi zdjecie",
            "rodzice sa teraz w domu?",
            "ile masz lat z 13? jestes dojrzala jak na swoj wiek",
            "prosze nie mow nikomu o nas ok",
            "usun wiadomosci zeby mama ich nie zobaczyla",
            "moge cie pozniej odebrac z domu, mam czarne auto",
            "jestes moja ulubiona osoba, mozesz mi wszystko powiedziec, nauczyciele cie nie "
            "rozumieja",
        ],
        "phone": [
            "moj numer to 6szesc0 12 3 45 6",
            "szescset szescdziesiat, zero zero, dziewiecset, czterdziesci cztery",
            "+48-660-900-555 pisz",
        ],
        "handle": [
            "dodaj mnie na snapp: ela_b09",
            "moje insta to ela.b09 obserwuj",
            "dc = elaplays#5521",
        ],
        "abuse": [
            "jestes taka glupiaaa",
            "zamknij sie kurwa idioto",
            "ty mala su4o",
            "powies sie",
        ],
        "address": [
            "mieszkam na ul. wierzbowej 23, 00-001 warszawa",
            "jestesmy na os. Wzgórze 8 m. 2, Gdynia",
        ],
        "self_harm": [
            "chce umrzec serio",
            "znowu zaczelam sie ciac",
        ],
        "disclosure": [
            "tata mnie bije jak jest pijany",
        ],
        "threat": [
            "jutro rozkwasze ci morde",
        ],
        "isolation": [
            "nikogo nie obchodzisz oprocz mnie",
            "jak nie wyslesz to znaczy ze nigdy mnie nie lubilas",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "heyy our class is doing a bake sale on friday, come buy cakes!!",
        "my mum n dad are coming to the school play tonight",
        "we took a class selfie with the partner school on zoom",
        "miss said to msg her on the class page if we're ill",
        "i got 5 vbux in a giveaway lol jk",
        "how old is ur school? ours is 120 years old",
        "the cat in the story hides in a black car",
        "pls send the homework pics to the class folder",
        "our postcode is on the school website",
        "i'm so tired i could die lol",
        "dad drove me to school in his new car",
        "ellie is my best friend, we're in the same class",
        "the teacher says our partner class is 13 years old on average",
        "wanna play football at break?",
        "I read 200 pages of Harry Potter at the weekend",
    ],
    "it": [
        "ciaoo venerdì la nostra classe fa una vendita di dolci, venite!!",
        "mamma e papà vengono allo spettacolo della scuola stasera",
        "abbiamo fatto un selfie di classe con la scuola gemellata su zoom",
        "la maestra ha detto di scriverle sulla pagina della classe se stiamo male",
        "ho vinto 5 vbucks in un giveaway ahah scherzo",
        "quanti anni ha la vostra scuola? la nostra ne ha 120",
        "il gatto della storia si nasconde in una macchina nera",
        "mandate le foto dei compiti nella cartella della classe",
        "il nostro CAP è sul sito della scuola",
        "sono così stanca che muoio ahah",
        "papà mi ha portato a scuola con la macchina nuova",
        "elly è la mia migliore amica, siamo in classe insieme",
        "la prof dice che la classe gemella ha in media 13 anni",
        "giochiamo a calcio all'intervallo?",
        "nel weekend ho letto 200 pagine di Harry Potter",
    ],
    "fr": [
        "coucouu vendredi notre classe fait une vente de gâteaux, venez !!",
        "mes parents viennent au spectacle de l'école ce soir",
        "on a fait un selfie de classe avec l'école partenaire sur zoom",
        "la maîtresse a dit de lui écrire sur la page de la classe si on est malade",
        "j'ai gagné 5 vbucks dans un concours mdr je rigole",
        "elle a quel âge votre école ? la nôtre a 120 ans",
        "le chat de l'histoire se cache dans une voiture noire",
        "envoyez les photos des devoirs dans le dossier de la classe",
        "notre code postal est sur le site de l'école",
        "je suis tellement fatiguée je vais mourir mdr",
        "mon père m'a emmenée à l'école avec sa nouvelle voiture",
        "élodie c'est ma meilleure amie, on est dans la même classe",
        "la maîtresse dit que la classe partenaire a 13 ans en moyenne",
        "on joue au foot à la récré ?",
        "j'ai lu 200 pages de Harry Potter ce week-end",
    ],
    "de": [
        "heyy unsere Klasse macht am Freitag einen Kuchenverkauf, kommt vorbei!!",
        "Mama und Papa kommen heute Abend zur Schulaufführung",
        "wir haben auf Zoom ein Klassenselfie mit der Partnerschule gemacht",
        "die Lehrerin hat gesagt, wir sollen ihr auf der Klassenseite schreiben, wenn wir krank "
        "sind",
        "ich hab 5 vbucks bei einem Gewinnspiel gewonnen lol Spaß",
        "wie alt ist eure Schule? unsere ist 120 Jahre alt",
        "die Katze in der Geschichte versteckt sich in einem schwarzen Auto",
        "schickt die Fotos der Hausaufgaben in den Klassenordner",
        "unsere Postleitzahl steht auf der Schulwebseite",
        "ich bin so müde, ich sterbe lol",
        "Papa hat mich mit seinem neuen Auto zur Schule gefahren",
        "Elli ist meine beste Freundin, wir sind in derselben Klasse",
        "die Lehrerin sagt, die Partnerklasse ist im Schnitt 13 Jahre alt",
        "spielen wir in der Pause Fußball?",
        "ich hab am Wochenende 200 Seiten Harry Potter gelesen",
    ],
    "es": [
        "holaa el viernes nuestra clase hace venta de pasteles, ¡venid!",
        "mis padres vienen esta noche a la función del cole",
        "hicimos un selfi de clase con el cole amigo por zoom",
        "la profe dijo que le escribamos en la página de la clase si estamos malos",
        "gané 5 pavos en un sorteo jaja es broma",
        "¿cuántos años tiene vuestro cole? el nuestro tiene 120",
        "el gato del cuento se esconde en un coche negro",
        "mandad las fotos de los deberes a la carpeta de clase",
        "nuestro código postal está en la web del cole",
        "estoy tan cansada que me muero jaja",
        "mi padre me llevó al cole en su coche nuevo",
        "elena es mi mejor amiga, estamos en la misma clase",
        "la profe dice que la clase amiga tiene 13 años de media",
        "¿jugamos al fútbol en el recreo?",
        "el finde leí 200 páginas de Harry Potter",
    ],
    "pl": [
        "hejj w piątek nasza klasa robi kiermasz ciast, przychodźcie!!",
        "mama i tata przychodzą dziś wieczorem na szkolne przedstawienie",
        "zrobiliśmy klasowe selfie ze szkołą partnerską na zoomie",
        "pani powiedziała, żeby pisać do niej na stronie klasy, jak jesteśmy chorzy",
        "wygrałam 5 vbucksów w konkursie xd żart",
        "ile lat ma wasza szkoła? nasza ma 120",
        "kot z opowiadania chowa się w czarnym aucie",
        "wyślijcie zdjęcia zadań do folderu klasy",
        "nasz kod pocztowy jest na stronie szkoły",
        "jestem tak zmęczona że umieram xd",
        "tata zawiózł mnie do szkoły nowym autem",
        "ela to moja najlepsza przyjaciółka, jesteśmy w jednej klasie",
        "pani mówi, że klasa partnerska ma średnio 13 lat",
        "gramy w piłkę na przerwie?",
        "w weekend przeczytałam 200 stron Harry'ego Pottera",
    ],
}
