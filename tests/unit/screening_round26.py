"""Held-out round 26: a pupil at risk, in the pupil's own words.

Ninety concerns in six languages, in each language: six of self-harm, six
disclosures (abuse or neglect at home, told by the pupil) and three of
isolation (an adult who cuts the child off from friends and family); with
sixty harmless messages that tempt the same words.
Scenarios none of rounds 1 to 25 had: no point in getting up any more, a
pencil sharpener blade kept in a pencil case, long sleeves worn in summer to
hide the marks, apologies to everyone "so they remember me nicely", stepping
ever closer to the platform's edge, being sick after every meal; a mother's
new boyfriend who gets into the child's bed on her night shift, bruises hidden
with make-up, being locked out on the balcony,
a stepfather who hits when he drinks, a father who says the pupil is the
reason mum left, no one who washes the clothes or wakes the child for school;
an uncle who takes the phone so the pupil cannot call grandma, a coach who
says friends hold the pupil back and to train only with him, a new stepmother who
forbids visits to the father's side. The harmless ones: a sprained ankle at
football, a sad ending in a book, a film's plot, a sibling who took the
charger, "I could die of embarrassment", a grandmother in hospital, a pencil
sharpener lent in class, a locked door in an escape room, long sleeves for a
school play.

First measured, once, before any rule was changed for it: 22.2 % recall (20
of 90: self-harm 3/36, disclosures 16/36, isolation 1/18) and 0 % false holds
(0 of 60). Caught were long sleeves that hide scars or marks (in English and
German), being sick after meals in English, being locked out on a balcony and
a stepfather who hits when he drinks (in every language), bruises covered with
make-up (in French, Italian, Spanish), a boyfriend in the child's bed in
French, a phone taken so the child cannot call a grandmother in Italian.
Missed were every "no point in getting up", a blade kept for bad days,
apologies so as to be remembered, the platform's edge, a father who blames the
child for the mother leaving, no one to wash or wake the child, and the
isolation in every other row. After its lessons (concept families in six
languages, self-harm and disclosures held, each with harmless look-alikes in
the harmless table): 100 % (90 of 90) and 0 %.
``test_screening_heldout`` reads it with the other rounds.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "self_harm": [
            "honestly i dont see the point of getting up anymore, nothing would change if i wasnt"
            " here",
            "i took the blade out of my sharpener and i keep it in my pencil case for when it gets"
            " bad",
            "i wear long sleeves even when its boiling so nobody sees the marks on my arms",
            "ive been saying sorry to everyone this week so they remember me nicely after",
            "when the train comes i keep stepping closer to the edge of the platform",
            "i make myself throw up after every dinner, i hate my body so much",
        ],
        "disclosure": [
            "mums new boyfriend gets into my bed when shes on night shift and says its our game",
            "i have to cover the bruises with mums makeup before school so miss doesnt ask",
            "when i talk back my stepdad locks me out on the balcony all night",
            "my stepdad hits me when hes been drinking, last night he pushed me down the stairs",
            "dad says its my fault mum left and that he wishes i was never born",
            "nobody washes my clothes or wakes me up for school, im always alone at home",
        ],
        "isolation": [
            "my uncle takes my phone every night so i cant call my gran or my friends",
            "my coach says my friends hold me back, i have to quit the sleepovers and only train"
            " with him",
            "my stepmum wont let me visit my dads side of the family anymore, she says they're"
            " bad for me",
        ],
    },
    "de": {
        "self_harm": [
            "ich seh echt keinen sinn mehr drin aufzustehen, wuerde eh keinem auffallen wenn ich"
            " weg waer",
            "ich hab die klinge aus meinem anspitzer rausgemacht und heb sie fuer schlimme tage"
            " auf",
            "ich trag auch im sommer lange aermel damit keiner die narben an meinen armen sieht",
            "ich hab mich diese woche bei allen entschuldigt damit sie mich nett in erinnerung"
            " behalten",
            "wenn der zug kommt geh ich immer naeher an die bahnsteigkante",
            "ich bring mich nach jedem abendessen zum kotzen, ich hasse meinen koerper so",
        ],
        "disclosure": [
            "der neue freund von mama legt sich in mein bett wenn sie nachtschicht hat und sagt das"
            " ist unser spiel",
            "ich muss die blauen flecken mit mamas schminke abdecken damit die lehrerin nix fragt",
            "wenn ich widerspreche sperrt mich mein stiefvater die ganze nacht auf den balkon",
            "mein stiefvater schlaegt mich wenn er getrunken hat, gestern hat er mich die treppe"
            " runtergeschubst",
            "papa sagt ich bin schuld dass mama weg ist und er wuenscht ich waer nie geboren",
            "keiner waescht meine sachen oder weckt mich fuer die schule, ich bin immer allein"
            " daheim",
        ],
        "isolation": [
            "mein onkel nimmt mir jeden abend das handy weg damit ich oma und meine freunde nicht"
            " anrufen kann",
            "der trainer sagt meine freundinnen halten mich nur auf, ich soll keine uebernachtungen"
            " mehr machen und nur mit ihm trainieren",
            "meine stiefmutter verbietet mir papas familie zu besuchen, sie sagt die tun mir nicht"
            " gut",
        ],
    },
    "fr": {
        "self_harm": [
            "franchement je vois plus l'interet de me lever, ca changerait rien si j'etais plus la",
            "j'ai sorti la lame de mon taille crayon et je la garde dans ma trousse pour quand ca"
            " va mal",
            "je mets des manches longues meme quand il fait chaud pour que personne voie les"
            " marques sur mes bras",
            "cette semaine j'ai demande pardon a tout le monde pour qu'ils gardent un bon"
            " souvenir de moi",
            "quand le train arrive je m'approche toujours plus du bord du quai",
            "je me fais vomir apres chaque diner, je deteste mon corps",
        ],
        "disclosure": [
            "le nouveau copain de maman vient dans mon lit quand elle est de nuit et il dit que"
            " c'est notre jeu",
            "je dois cacher les bleus avec le maquillage de maman avant l'ecole pour que la"
            " maitresse demande rien",
            "quand je reponds mon beau pere m'enferme dehors sur le balcon toute la nuit",
            "mon beau pere me frappe quand il a bu, hier il m'a pousse dans l'escalier",
            "papa dit que c'est ma faute si maman est partie et qu'il aurait prefere que je sois"
            " jamais ne",
            "personne lave mes habits ni me reveille pour l'ecole, je suis toujours seul a la"
            " maison",
        ],
        "isolation": [
            "mon oncle me prend mon portable tous les soirs pour que j'appelle plus mamie ni mes"
            " potes",
            "l'entraineur dit que mes copines me freinent, je dois arreter les soirees pyjama et"
            " m'entrainer seulement avec lui",
            "ma belle mere m'interdit d'aller voir la famille de papa, elle dit qu'ils sont mauvais"
            " pour moi",
        ],
    },
    "it": {
        "self_harm": [
            "sinceramente non vedo piu il senso di alzarmi, non cambierebbe niente se non ci fossi"
            " piu",
            "ho tolto la lametta dal temperino e la tengo nell'astuccio per quando sto male",
            "metto le maniche lunghe anche quando fa caldo cosi nessuno vede i segni sulle braccia",
            "questa settimana ho chiesto scusa a tutti cosi si ricordano bene di me dopo",
            "quando arriva il treno mi avvicino sempre di piu al bordo del binario",
            "mi faccio vomitare dopo ogni cena, odio il mio corpo",
        ],
        "disclosure": [
            "il nuovo fidanzato di mamma si mette nel mio letto quando lei fa il turno di notte e"
            " dice che e il nostro gioco",
            "devo coprire i lividi col trucco di mamma prima di scuola cosi la maestra non chiede"
            " niente",
            "quando rispondo il mio patrigno mi chiude fuori sul balcone tutta la notte",
            "il mio patrigno mi picchia quando ha bevuto, ieri mi ha spinto giu dalle scale",
            "papa dice che e colpa mia se la mamma se ne e andata e che era meglio se non nascevo",
            "nessuno mi lava i vestiti o mi sveglia per la scuola, sono sempre solo a casa",
        ],
        "isolation": [
            "mio zio mi prende il telefono ogni sera cosi non posso chiamare la nonna o i miei"
            " amici",
            "l'allenatore dice che le mie amiche mi frenano, devo smettere coi pigiama party e"
            " allenarmi solo con lui",
            "la mia matrigna non mi lascia piu andare dai parenti di papa, dice che mi fanno male",
        ],
    },
    "es": {
        "self_harm": [
            "la verdad ya no le veo sentido a levantarme, nada cambiaria si yo no estuviera",
            "saque la cuchilla del sacapuntas y la guardo en el estuche para cuando me pongo mal",
            "llevo manga larga aunque haga calor para que nadie vea las marcas de mis brazos",
            "esta semana le pedi perdon a todos para que me recuerden bien despues",
            "cuando viene el tren me acerco cada vez mas al borde del anden",
            "me hago vomitar despues de cada cena, odio mi cuerpo",
        ],
        "disclosure": [
            "el nuevo novio de mi madre se mete en mi cama cuando ella tiene turno de noche y dice"
            " que es nuestro juego",
            "tengo que tapar los moratones con el maquillaje de mama antes del cole para que la"
            " profe no pregunte",
            "cuando le contesto mi padrastro me deja fuera en el balcon toda la noche",
            "mi padrastro me pega cuando bebe, anoche me empujo por las escaleras",
            "papa dice que es culpa mia que mama se fuera y que ojala no hubiera nacido",
            "nadie me lava la ropa ni me despierta para el cole, siempre estoy solo en casa",
        ],
        "isolation": [
            "mi tio me quita el movil cada noche para que no pueda llamar a la abuela ni a mis"
            " amigos",
            "el entrenador dice que mis amigas me frenan, tengo que dejar las fiestas de pijamas y"
            " entrenar solo con el",
            "mi madrastra ya no me deja ir a ver a la familia de mi padre, dice que me hacen dano",
        ],
    },
    "pl": {
        "self_harm": [
            "szczerze nie widze juz sensu wstawac, nic by sie nie zmienilo gdyby mnie nie bylo",
            "wyjelam zyletke z temperowki i trzymam ja w piorniku na gorsze dni",
            "nosze dlugie rekawy nawet jak jest goraco zeby nikt nie widzial sladow na rekach",
            "w tym tygodniu przeprosilam wszystkich zeby dobrze mnie potem pamietali",
            "jak przyjezdza pociag podchodze coraz blizej krawedzi peronu",
            "zmuszam sie do wymiotow po kazdej kolacji, nienawidze swojego ciala",
        ],
        "disclosure": [
            "nowy chlopak mamy kladzie sie do mojego lozka jak ona ma nocna zmiane i mowi ze to"
            " nasza zabawa",
            "musze zakrywac siniaki makijazem mamy przed szkola zeby pani o nic nie pytala",
            "jak sie odezwe ojczym zamyka mnie na balkonie na cala noc",
            "ojczym mnie bije jak wypije, wczoraj zepchnal mnie ze schodow",
            "tata mowi ze to przeze mnie mama odeszla i ze wolalby zebym sie nie urodzila",
            "nikt mi nie pierze ubran ani nie budzi do szkoly, ciagle jestem sama w domu",
        ],
        "isolation": [
            "wujek zabiera mi telefon co wieczor zebym nie mogla dzwonic do babci ani do kolezanek",
            "trener mowi ze kolezanki mnie hamuja, mam skonczyc z nocowankami i trenowac tylko z"
            " nim",
            "macocha nie pozwala mi juz jezdzic do rodziny taty, mowi ze zle na mnie wplywaja",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "i twisted my ankle at football and its all bruised, no pe for 2 weeks",
        "the ending of the book made me cry, the dog dies and the boy is alone",
        "in the film the villain locks the kids in the cellar but they escape through the window",
        "my brother took my charger again and wont give it back, so annoying",
        "i could die of embarrassment, i called miss mum in front of everyone",
        "my grandma is in hospital again, we're visiting her after school",
        "can i borrow ur sharpener? mine broke in maths",
        "we got locked in the escape room for an hour and didnt find the last key",
        "we all have to wear long sleeves for the school play, its set in winter",
        "im so tired i could sleep for a week after that trip",
    ],
    "de": [
        "ich hab mir beim fussball den knoechel verdreht, alles blau, zwei wochen kein sport",
        "das ende vom buch hat mich zum weinen gebracht, der hund stirbt und der junge ist allein",
        "im film sperrt der boesewicht die kinder in den keller aber sie fliehen durchs fenster",
        "mein bruder hat schon wieder mein ladekabel genommen und gibt es nicht zurueck",
        "ich koennte vor scham sterben, ich hab die lehrerin mama genannt",
        "meine oma liegt wieder im krankenhaus, wir besuchen sie nach der schule",
        "kann ich deinen anspitzer leihen? meiner ist in mathe kaputt gegangen",
        "wir waren eine stunde im escape room eingeschlossen und haben den letzten schluessel"
        " nicht gefunden",
        "fuer das schultheater muessen alle lange aermel tragen, es spielt im winter",
        "ich bin so muede ich koennte nach dem ausflug eine woche schlafen",
    ],
    "fr": [
        "je me suis tordu la cheville au foot et c'est tout bleu, pas de sport pendant 2 semaines",
        "la fin du livre m'a fait pleurer, le chien meurt et le garcon est tout seul",
        "dans le film le mechant enferme les enfants dans la cave mais ils s'enfuient par la"
        " fenetre",
        "mon frere a encore pris mon chargeur et il veut pas me le rendre",
        "j'aurais pu mourir de honte, j'ai appele la maitresse maman devant tout le monde",
        "ma mamie est encore a l'hopital, on va la voir apres l'ecole",
        "tu peux me preter ton taille crayon ? le mien a casse en maths",
        "on est restes enfermes une heure dans l'escape game et on a pas trouve la derniere cle",
        "pour la piece de l'ecole on doit tous mettre des manches longues, ca se passe en hiver",
        "je suis tellement fatigue que je pourrais dormir une semaine apres la sortie",
    ],
    "it": [
        "mi sono storto la caviglia a calcio ed e tutta livida, niente ginnastica per 2 settimane",
        "la fine del libro mi ha fatto piangere, il cane muore e il ragazzo resta solo",
        "nel film il cattivo chiude i bambini in cantina ma scappano dalla finestra",
        "mio fratello mi ha preso di nuovo il caricatore e non me lo ridà",
        "potevo morire di vergogna, ho chiamato la maestra mamma davanti a tutti",
        "mia nonna e di nuovo in ospedale, andiamo a trovarla dopo scuola",
        "mi presti il temperino? il mio si e rotto a matematica",
        "siamo rimasti chiusi un'ora nella escape room e non abbiamo trovato l'ultima chiave",
        "per la recita della scuola dobbiamo tutti mettere le maniche lunghe, e ambientata in"
        " inverno",
        "sono cosi stanco che dopo la gita potrei dormire una settimana",
    ],
    "es": [
        "me torci el tobillo en futbol y esta todo morado, nada de gimnasia en 2 semanas",
        "el final del libro me hizo llorar, el perro muere y el niño se queda solo",
        "en la peli el malo encierra a los niños en el sotano pero escapan por la ventana",
        "mi hermano me ha vuelto a quitar el cargador y no me lo devuelve",
        "me podria morir de verguenza, llame mama a la profe delante de todos",
        "mi abuela esta otra vez en el hospital, vamos a verla despues del cole",
        "me dejas tu sacapuntas? el mio se rompio en mates",
        "nos quedamos encerrados una hora en el escape room y no encontramos la ultima llave",
        "para la obra del cole todos tenemos que llevar manga larga, pasa en invierno",
        "estoy tan cansado que despues de la excursion podria dormir una semana",
    ],
    "pl": [
        "skrecilem kostke na pilce i jest cala sina, dwa tygodnie bez wf",
        "koniec ksiazki doprowadzil mnie do placzu, pies umiera a chlopiec zostaje sam",
        "w filmie zloczynca zamyka dzieci w piwnicy ale uciekaja przez okno",
        "brat znowu zabral mi ladowarke i nie chce oddac",
        "moglabym umrzec ze wstydu, powiedzialam do pani mamo przy wszystkich",
        "babcia znowu jest w szpitalu, odwiedzamy ja po szkole",
        "pozyczysz mi temperowke? moja sie zepsula na matmie",
        "bylismy zamknieci godzine w escape roomie i nie znalezlismy ostatniego klucza",
        "na przedstawienie szkolne wszyscy musimy miec dlugie rekawy, dzieje sie zima",
        "jestem tak zmeczony ze po wycieczce moglbym spac tydzien",
    ],
}
