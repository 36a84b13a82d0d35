"""Held-out round 7: new wording by language and kind, and harder harmless messages.

Written after round 6's lessons and before any change this round led to; its
harmless messages carry the words the concerns are made of (a parent's night
shift, a film's villain, "I'm so stupid", "I'll destroy you at Mario Kart",
the class's photos). ``test_screening_heldout`` reads it with the other
rounds. First measured: 76.8 % recall (129 of 168) and 3.3 % false holds (3 of
90: a mum's rule about the park, two Mario Kart boasts).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "grooming": [
            "r u home by urself rn?",
            "i could pick u up from the park, nobody has to know",
            "send a pic of ur legs",
            "lets talk on telegram instead, its more private there",
            "how tall r u and how much do u weigh",
            "u look older in ur profile pic, how old r u really",
            "keep this just between us two ok",
            "come round mine, my parents are at work til 6",
            "i've got a present for u but u have to come and get it on ur own",
            "can u turn ur camera on and show me ur room",
        ],
        "phone": [
            "my new digits: 07 9 11 22 33 44",
            "text 0 7 7 0 0 9 0 0 5 5 5",
            "whatsapp me on +447911223344",
        ],
        "handle": [
            "add me: kayla.x.09 on ig",
            "sc = dannyboi_07",
            "discord -> gamer_kid#1234",
        ],
        "abuse": [
            "shut ur mouth u fat pig",
            "ur such a dumbass",
            "you're a stupid b!tch",
            "nobody cares about u loser",
        ],
        "address": [
            "we live at 3 The Green, Oxford OX1 2AB",
            "flat 12, 44 Kings Road, blue door on the left",
        ],
        "self_harm": [
            "i feel like ending my life",
            "sometimes i hurt myself so i can feel something",
        ],
        "disclosure": [
            "my uncle does stuff to me when we're alone and says i can't tell",
        ],
        "threat": [
            "say that again and you'll get stabbed",
        ],
        "isolation": [
            "you don't need your friends, you have me",
            "dont tell your mum about me, she wont understand us like i do",
        ],
    },
    "it": {
        "grooming": [
            "sei a casa da sola adesso?",
            "posso venirti a prendere al parco, nessuno deve saperlo",
            "manda una foto delle tue gambe",
            "parliamo su telegram, li è più privato",
            "quanto sei alta e quanto pesi",
            "nella foto profilo sembri più grande, quanti anni hai davvero",
            "questa cosa resta tra noi due ok",
            "vieni da me, i miei sono al lavoro fino alle 6",
            "ho un regalo per te ma devi venire a prenderlo da sola",
            "accendi la cam e fammi vedere la tua camera",
        ],
        "phone": [
            "il mio nuovo numero: 3 4 7 1 1 2 2 3 3 4",
            "scrivimi al tre quattro sette, uno uno, ventidue, trentatre, quarantaquattro",
            "whatsappami al +393471122334",
        ],
        "handle": [
            "aggiungimi: kayla.x.09 su ig",
            "sc = danny_07",
            "discord -> gamer_kid#1234",
        ],
        "abuse": [
            "chiudi quella bocca maiale",
            "sei proprio un coglione",
            "sei una stupida str*nza",
            "non frega a nessuno di te sfigato",
        ],
        "address": [
            "abitiamo in via Verdi 3, 00184 Roma",
            "interno 12, via dei Re 44, porta blu a sinistra",
        ],
        "self_harm": [
            "ho voglia di farla finita con la mia vita",
            "a volte mi faccio male per sentire qualcosa",
        ],
        "disclosure": [
            "mio zio mi fa delle cose quando siamo soli e dice che non posso dirlo",
        ],
        "threat": [
            "ripetilo e ti accoltello",
        ],
        "isolation": [
            "non ti servono le tue amiche, hai me",
            "non dire niente a tua madre di me, lei non ci capirebbe come ti capisco io",
        ],
    },
    "fr": {
        "grooming": [
            "t'es toute seule chez toi là ?",
            "je peux venir te chercher au parc, personne doit savoir",
            "envoie une photo de tes jambes",
            "on parle sur telegram plutôt, c'est plus privé",
            "tu mesures combien et tu pèses combien",
            "sur ta photo de profil tu fais plus vieille, t'as quel âge en vrai",
            "ça reste entre nous deux ok",
            "viens chez moi, mes parents bossent jusqu'à 18h",
            "j'ai un cadeau pour toi mais faut que tu viennes le chercher toute seule",
            "allume ta caméra et montre moi ta chambre",
        ],
        "phone": [
            "mon nouveau num : 07 9 11 22 33 4",
            "écris au 0 7 1 1 2 2 3 3 4 4",
            "whatsapp moi au +33711223344",
        ],
        "handle": [
            "ajoute moi : kayla.x.09 sur ig",
            "sc = danny_07",
            "discord -> gamer_kid#1234",
        ],
        "abuse": [
            "ferme ta bouche gros porc",
            "t'es vraiment un abruti",
            "t'es une sale c*nne",
            "tout le monde s'en fout de toi pauvre naze",
        ],
        "address": [
            "on habite 3 place du Marché, 67000 Strasbourg",
            "appartement 12, 44 boulevard Voltaire, porte bleue à gauche",
        ],
        "self_harm": [
            "j'ai envie de mettre fin à ma vie",
            "des fois je me fais mal pour ressentir quelque chose",
        ],
        "disclosure": [
            "mon oncle me fait des trucs quand on est seuls et il dit que je peux pas le dire",
        ],
        "threat": [
            "redis ça et je te plante",
        ],
        "isolation": [
            "t'as pas besoin de tes copines, tu m'as moi",
            "dis rien à ta mère sur moi, elle nous comprendrait pas comme moi je te comprends",
        ],
    },
    "de": {
        "grooming": [
            "bist du grad allein daheim?",
            "ich kann dich vom park abholen, muss keiner wissen",
            "schick ein foto von deinen beinen",
            "lass uns auf telegram schreiben, da ist es privater",
            "wie groß bist du und wie viel wiegst du",
            "auf deinem profilbild siehst du älter aus, wie alt bist du wirklich",
            "das bleibt unter uns beiden ok",
            "komm zu mir, meine eltern sind bis 18 uhr arbeiten",
            "ich hab ein geschenk für dich aber du musst es allein abholen",
            "mach die kamera an und zeig mir dein zimmer",
        ],
        "phone": [
            "meine neue nr: 0 1 5 1 1 2 2 3 3 4 4",
            "schreib an null eins fünf eins, elf, zweiundzwanzig, dreiunddreißig, vierundvierzig",
            "whatsapp mir an +4915112233444",
        ],
        "handle": [
            "add mich: kayla.x.09 auf ig",
            "sc = danny_07",
            "discord -> gamer_kid#1234",
        ],
        "abuse": [
            "halt dein maul du fettes schwein",
            "du bist so ein vollpfosten",
            "du blöde schl*mpe",
            "keinen interessiert's was du sagst du opfer",
        ],
        "address": [
            "wir wohnen Marktplatz 3, 69117 Heidelberg",
            "Wohnung 12, Königsallee 44, blaue Tür links",
        ],
        "self_harm": [
            "ich hab lust meinem leben ein ende zu setzen",
            "manchmal verletz ich mich um was zu spüren",
        ],
        "disclosure": [
            "mein onkel macht sachen mit mir wenn wir allein sind und sagt ich darf es nicht sagen",
        ],
        "threat": [
            "sag das nochmal und ich stech dich ab",
        ],
        "isolation": [
            "du brauchst deine freundinnen nicht, du hast mich",
            "erzähl deiner mutter nichts von mir, sie würde uns nicht verstehen so wie ich dich",
        ],
    },
    "es": {
        "grooming": [
            "¿estás sola en casa ahora?",
            "te puedo recoger en el parque, nadie tiene por qué saberlo",
            "manda una foto de tus piernas",
            "hablemos por telegram mejor, es más privado",
            "¿cuánto mides y cuánto pesas?",
            "en tu foto de perfil pareces mayor, ¿cuántos años tienes de verdad?",
            "esto queda entre tú y yo vale",
            "vente a mi casa, mis padres trabajan hasta las 6",
            "tengo un regalo para ti pero tienes que venir a por él sola",
            "enciende la cámara y enséñame tu cuarto",
        ],
        "phone": [
            "mi nuevo número: 6 1 1 2 2 3 3 4 4",
            "escríbeme al seiscientos once, veintidós, treinta y tres, cuarenta y cuatro",
            "whatsappéame al +34611223344",
        ],
        "handle": [
            "agrégame: kayla.x.09 en ig",
            "sc = danny_07",
            "discord -> gamer_kid#1234",
        ],
        "abuse": [
            "cierra la boca cerdo",
            "eres un gilipollas",
            "eres una estúpida z*rra",
            "a nadie le importas pringado",
        ],
        "address": [
            "vivimos en la plaza del Mercado 3, 29001 Málaga",
            "piso 12, avenida del Rey 44, puerta azul a la izquierda",
        ],
        "self_harm": [
            "tengo ganas de acabar con mi vida",
            "a veces me hago daño para sentir algo",
        ],
        "disclosure": [
            "mi tío me hace cosas cuando estamos solos y dice que no puedo contarlo",
        ],
        "threat": [
            "repite eso y te apuñalo",
        ],
        "isolation": [
            "no necesitas a tus amigas, me tienes a mí",
            "no le cuentes nada a tu madre de mí, no nos entendería como yo te entiendo",
        ],
    },
    "pl": {
        "grooming": [
            "jesteś teraz sama w domu?",
            "mogę cię odebrać z parku, nikt nie musi wiedzieć",
            "wyślij zdjęcie swoich nóg",
            "pogadajmy na telegramie, tam jest bardziej prywatnie",
            "ile masz wzrostu i ile ważysz",
            "na zdjęciu profilowym wyglądasz na starszą, ile masz naprawdę lat",
            "to zostaje między nami dwojgiem ok",
            "wpadnij do mnie, rodzice są w pracy do 18",
            "mam dla ciebie prezent ale musisz po niego przyjść sama",
            "włącz kamerkę i pokaż mi swój pokój",
        ],
        "phone": [
            "mój nowy numer: 6 0 1 1 2 2 3 3 4",
            "pisz na sześćset jeden, dwanaście, dwadzieścia trzy, trzydzieści cztery",
            "whatsappuj na +48601122334",
        ],
        "handle": [
            "dodaj mnie: kayla.x.09 na ig",
            "sc = danny_07",
            "discord -> gamer_kid#1234",
        ],
        "abuse": [
            "zamknij mordę ty grubą świnio",
            "jesteś zwykłym kretynem",
            "ty głupia s*ko",
            "nikogo nie obchodzisz frajerze",
        ],
        "address": [
            "mieszkamy na Rynku 3, 31-042 Kraków",
            "mieszkanie 12, al. Królewska 44, niebieskie drzwi po lewej",
        ],
        "self_harm": [
            "mam ochotę skończyć ze swoim życiem",
            "czasem robię sobie krzywdę żeby coś poczuć",
        ],
        "disclosure": [
            "wujek robi mi różne rzeczy jak jesteśmy sami i mówi że nie mogę nikomu powiedzieć",
        ],
        "threat": [
            "powtórz to a cię dźgnę",
        ],
        "isolation": [
            "nie potrzebujesz koleżanek, masz mnie",
            "nie mów mamie o mnie, ona nie zrozumie nas tak jak ja ciebie rozumiem",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "my mum said i can't go to the park alone yet",
        "can everyone send me their photos from the trip for the slideshow?",
        "Miss said don't tell the other class the answer to the riddle!",
        "I'm so stupid, I forgot my PE kit again",
        "I'll destroy you at Mario Kart on Friday lol",
        "my dad works nights at the hospital so he sleeps in the day",
        "my new phone has a really good camera, I took 300 photos of my cat",
        "what's your favourite number? mine is 7",
        "we're meeting the partner class on Teams at 10, bring your questions",
        "in the film the villain threatens to kill everyone",
        "I stayed up late reading, I couldn't stop",
        "does your school have a uniform? ours is blue",
        "my brother gave me his old Xbox, so happy",
        "I hurt my knee in PE, I'm fine",
        "my grandpa is 83 and he still rides a bike",
    ],
    "it": [
        "mia mamma ha detto che non posso ancora andare al parco da sola",
        "mandatemi tutti le foto della gita per la presentazione",
        "la maestra ha detto di non dire la risposta all'altra classe!",
        "sono proprio scema, ho dimenticato di nuovo la tuta",
        "venerdì ti distruggo a Mario Kart ahah",
        "mio papà fa i turni di notte in ospedale e di giorno dorme",
        "il mio telefono nuovo ha una fotocamera bellissima, ho fatto 300 foto al gatto",
        "qual è il tuo numero preferito? il mio è 7",
        "ci vediamo con la classe gemella su Teams alle 10, preparate le domande",
        "nel film il cattivo minaccia di uccidere tutti",
        "ieri sono stata sveglia fino a tardi a leggere",
        "la vostra scuola ha la divisa? la nostra è blu",
        "mio fratello mi ha regalato la sua vecchia Xbox, che bello",
        "mi sono fatta male al ginocchio a ginnastica, sto bene",
        "mio nonno ha 83 anni e va ancora in bici",
    ],
    "fr": [
        "ma mère dit que je peux pas encore aller au parc toute seule",
        "envoyez moi tous vos photos de la sortie pour le diaporama",
        "la maîtresse a dit de pas dire la réponse de la devinette à l'autre classe !",
        "je suis trop bête, j'ai encore oublié mes affaires de sport",
        "vendredi je t'éclate à Mario Kart mdr",
        "mon père travaille de nuit à l'hôpital donc il dort la journée",
        "mon nouveau téléphone a un super appareil photo, j'ai pris 300 photos de mon chat",
        "c'est quoi ton nombre préféré ? moi c'est 7",
        "on retrouve la classe partenaire sur Teams à 10h, préparez vos questions",
        "dans le film le méchant menace de tuer tout le monde",
        "j'ai lu tard hier soir, j'arrivais pas à m'arrêter",
        "vous avez un uniforme dans votre école ? le nôtre est bleu",
        "mon frère m'a donné sa vieille Xbox, trop content",
        "je me suis fait mal au genou en sport, ça va",
        "mon grand-père a 83 ans et il fait encore du vélo",
    ],
    "de": [
        "meine Mama sagt, ich darf noch nicht allein in den Park",
        "schickt mir alle eure Fotos vom Ausflug für die Präsentation",
        "die Lehrerin hat gesagt, wir sollen der anderen Klasse die Lösung vom Rätsel nicht sagen!",
        "ich bin so doof, ich hab schon wieder mein Sportzeug vergessen",
        "am Freitag mach ich dich bei Mario Kart fertig lol",
        "mein Papa arbeitet nachts im Krankenhaus, deshalb schläft er tagsüber",
        "mein neues Handy hat eine super Kamera, ich hab 300 Fotos von meiner Katze gemacht",
        "was ist deine Lieblingszahl? meine ist 7",
        "wir treffen die Partnerklasse um 10 auf Teams, bringt eure Fragen mit",
        "im Film droht der Bösewicht, alle umzubringen",
        "ich hab gestern lange gelesen, ich konnte nicht aufhören",
        "habt ihr an eurer Schule eine Uniform? unsere ist blau",
        "mein Bruder hat mir seine alte Xbox geschenkt, so cool",
        "ich hab mir im Sport das Knie gestoßen, geht schon",
        "mein Opa ist 83 und fährt immer noch Fahrrad",
    ],
    "es": [
        "mi madre dice que todavía no puedo ir sola al parque",
        "mandadme todos las fotos de la excursión para la presentación",
        "¡la profe dijo que no le digamos la respuesta de la adivinanza a la otra clase!",
        "soy tontísima, se me ha vuelto a olvidar la ropa de gimnasia",
        "el viernes te machaco al Mario Kart jaja",
        "mi padre trabaja de noche en el hospital y duerme de día",
        "mi móvil nuevo tiene una cámara genial, le hice 300 fotos a mi gato",
        "¿cuál es tu número favorito? el mío es el 7",
        "nos vemos con la clase amiga por Teams a las 10, traed preguntas",
        "en la película el malo amenaza con matar a todos",
        "anoche me quedé leyendo hasta tarde, no podía parar",
        "¿en vuestro cole lleváis uniforme? el nuestro es azul",
        "mi hermano me ha regalado su Xbox vieja, qué guay",
        "me hice daño en la rodilla en gimnasia, estoy bien",
        "mi abuelo tiene 83 años y todavía va en bici",
    ],
    "pl": [
        "mama mówi, że jeszcze nie mogę sama chodzić do parku",
        "wyślijcie mi wszystkie zdjęcia z wycieczki do prezentacji",
        "pani powiedziała, żeby nie mówić drugiej klasie odpowiedzi na zagadkę!",
        "ale jestem głupia, znowu zapomniałam stroju na wf",
        "w piątek rozwalę cię w Mario Kart xd",
        "tata pracuje w nocy w szpitalu, więc w dzień śpi",
        "mój nowy telefon ma super aparat, zrobiłam 300 zdjęć kotu",
        "jaka jest twoja ulubiona liczba? moja to 7",
        "spotykamy się z klasą partnerską na Teams o 10, przygotujcie pytania",
        "w filmie złoczyńca grozi, że wszystkich zabije",
        "czytałam wczoraj do późna, nie mogłam przestać",
        "macie w szkole mundurki? nasze są niebieskie",
        "brat dał mi swojego starego Xboxa, super",
        "uderzyłam się w kolano na wf, nic mi nie jest",
        "mój dziadek ma 83 lata i dalej jeździ na rowerze",
    ],
}
