"""Held-out round 118: honest frames used as cover.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the ordinary
life of partner classes where a usually harmless frame is at hand: cards for a
classmate in hospital and the hospital school's address, sign-language and
biology lessons about the body with revision videos, film quotes and football
games, jokes on the school bus, sports training, work placements with an
official switchboard, care plans with medicine times and toilet routines,
weigh-ins in sport or health lessons, second accounts for a class project,
night walks on a class trip, and surprise cards kept secret. The writers are
pupils of six to eighteen, teachers, coaches, teaching assistants, parents, and
adults who pose as staff, a placement supervisor or a carer.

The concerns: each message opens inside such a frame and then steps out of it.
A placement supervisor or a coach who wants a pupil alone after the night walk,
after training or behind the hospital; a revision video or a sign-language
clip "only for me", camera on, in pyjamas; a class project's second account
used for private chat, messages deleted; a gift card or boots in exchange for
silence; where the bedroom is, who is home when, which door locks, asked inside
a care plan or a weigh-in; the surprise card turned into a secret about the
adult; a pupil told the class and the parents do not understand them; pupils
who want to stop eating after the weigh-in, who save up their medicine, who
cut; a carer who hurts during the toilet routine, a father who locks a child
out; "I'll kill you" from a film followed by a real threat with a date and a
place; a private mobile slipped in after the official switchboard, and a home
address or private e-mail after the hospital school's address.

The harmless ones are the same frames used honestly: the hospital school's
address for cards, a sign-language lesson on body parts, film and game quotes,
a snack joke on the bus, a coach "killing us" with sprints, the placement's
switchboard number, a care plan shared with the class teacher, a weigh-in for
a science experiment with ordinary food, a class project's account run by the
teacher, a night walk for the whole group with parents, and surprise cards
kept secret only until they are given.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Great effort on the night walk everyone! Jess, you were brilliant with the torch. "
            "Come to my cabin at 11 after lights out, just you, I have a little reward. "
            "No need to wake the others. Mr D",
            "Hi Ryan, this is Gary from the placement, the switchboard is 0161 496 0000 for "
            "official stuff. But Friday I'll pick you up in my car at the corner of Elm St at 5, "
            "we'll have a proper chat, no need to sign out at reception",
            "coach here. sprints are killing you lot I know 😂 Amelia stay behind after training "
            "sat, the others can go, I'll drop you home myself, tell your mum practice runs late",
        ],
        "photo_request": [
            "Lovely signing in class today Chloe! For revision can you film yourself doing the "
            "body signs at home, in your pyjamas is fine, bedroom door shut, and send it only "
            "to me, not the class folder 😊",
            "I still have that video from the bio revision call, the one where you changed. "
            "Send 3 more tonight by 10 or the whole year 9 group sees it",
        ],
        "private_contact": [
            "use the second account we made for the class project, the one miss doesnt check. "
            "I'll message you there from now on, delete this chat after u read it",
            "Hi Noah, the care plan says you get your meds at 12:30. Add me on Telegram "
            "@kev_support "
            "so we can talk about it privately, the school system is too slow 👍",
        ],
        "gift_offer": [
            "loved the surprise card for Leo in hospital. here's a £50 Steam card for you "
            "specially, just keep our little chats between us ok? more if you're good",
        ],
        "personal_question": [
            "For the care plan I need some details, Sophie: which room is your bedroom, does the "
            "door lock, and what evenings are you home on your own after 6?",
            "weigh-in went fine, 41 kg is good for 12. now tell me, do u sleep in anything or "
            "nothing? and has a boy ever touched u? its for ur health file lol",
        ],
        "secrecy": [
            "The surprise card for Mrs Patel is our secret till Friday. And what happened in the "
            "minibus on the way back is also our secret, forever, got it? If your dad hears, "
            "you'll be in trouble, not me",
            "remember our deal from the night walk. nobody at school needs to know I walked you "
            "back alone. if the teacher asks say you were with Ellie the whole time",
        ],
        "isolation": [
            "Honestly Maya your class laughed at your snack joke on the bus because they think "
            "you're weird. You don't need them or your parents, they don't get you like I do. "
            "Stop sitting with them",
        ],
        "self_harm": [
            "after the weigh-in in PE i decided. im going to stop eating properly, 500 cal max, "
            "and if i dont get under 40 kg by easter i dont want to be here anymore",
            "my care plan says 2 tablets at 8 and 2 at 8. ive been keeping the evening ones in "
            "a sock, nearly 30 now. i know exactly what im doing with them",
        ],
        "disclosure": [
            "the lady who helps me with toilet at home pinches me hard and says no one will "
            "believe a kid in a wheelchair. it happened again today at 4 😢",
            "dad locked me outside in the garden all night again bc i forgot the bins. i slept "
            "in the shed, pls dont tell him i told u",
        ],
        "violence": [
            "\"I'll kill you\" is a funny line in the film but this isn't a film Jayden. Monday "
            "8:15 by the bike sheds I'm bringing my brother's knife. You're dead",
        ],
        "phone": [
            "official placement line is the switchboard 01632 960 555 but thats useless after 5, "
            "my own mobile is 07700 900 four eight one, text me there only",
        ],
        "contact": [
            "Cards for Leo go to the hospital school, Ward 7, Children's Hospital, Leeds LS1 3EX. "
            "But for the letters just for me, send them to 14 Alder Close, Bramley, LS13 2QT, "
            "not via school",
        ],
    },
    "de": {
        "meeting": [
            "Super gemacht bei der Nachtwanderung, Lena! Morgen Abend gehen wir zwei nochmal "
            "los, nur wir, ohne die Gruppe. Treffpunkt 21:30 hinter der Jugendherberge. "
            "Sag den Betreuern nix, Herr K.",
            "Hallo Jonas, hier Frau Weber vom Praktikumsbetrieb. Die Zentrale erreichst du unter "
            "0221 12345-0. Komm Samstag um 10 zu mir nach Hause, da zeige ich dir privat mehr, "
            "deine Eltern müssen das nicht wissen",
            "Trainer hier 😅 die Sprints bringen euch um, ich weiß. Mia, du bleibst Donnerstag "
            "nach dem Training in der Kabine, die anderen gehen schon. Ich fahr dich dann "
            "selber heim",
        ],
        "photo_request": [
            "Für die Bio-Wiederholung: film dich mal zu Hause vorm Spiegel, wenn du die "
            "Körperteile zeigst, nur im Unterhemd, und schick das Video NUR an mich, nicht in "
            "die Klassengruppe 😉",
            "Die Gebärdensprache-Aufnahme von gestern hab ich noch, die wo man mehr sieht. "
            "Wenn du mir bis 22 Uhr keine neuen Fotos schickst, bekommt sie die ganze 8b",
        ],
        "private_contact": [
            "Wir nehmen ab jetzt den Zweitaccount vom Projekt, da schaut Frau Lorenz nicht rein. "
            "Schreib mir nur noch da und lösch diesen Chat hier bitte sofort",
            "Hallo Emil, laut Pflegeplan kriegst du um 13 Uhr deine Tabletten. Schreib mir "
            "lieber auf Signal unter Max_Betreuer, die Schulplattform liest jeder mit",
        ],
        "gift_offer": [
            "Die Karte für Finn im Krankenhaus ist toll geworden. Hier, 30 € Guthaben für dein "
            "Handy, nur für dich. Bleibt unter uns, ja? Es gibt noch mehr, wenn du brav bist",
        ],
        "personal_question": [
            "Für den Pflegeplan brauch ich noch: Wo ist dein Zimmer, kann man die Tür "
            "abschließen, und an welchen Tagen bist du nach der Schule allein daheim?",
            "Wiegen war ok, 38 kg mit 11 ist gut. Sag mal, schläfst du mit Schlafanzug oder "
            "ohne? Und hattest du schon mal nen Freund? Nur für die Akte 😏",
        ],
        "secrecy": [
            "Die Überraschungskarte für Herrn Yilmaz bleibt geheim bis Freitag. Und dass ich "
            "dich nach dem Training umarmt hab, bleibt auch geheim, für immer. Sonst gibts Ärger "
            "für dich, nicht für mich",
            "Du weißt, was bei der Nachtwanderung war. Wenn deine Mama fragt, warst du die ganze "
            "Zeit bei Lea. Kein Wort zur Klassenlehrerin, verstanden?",
        ],
        "isolation": [
            "Ehrlich, die aus deiner Klasse lachen nicht über deine Witze im Bus, die lachen über "
            "DICH. Und deine Eltern verstehen dich eh nicht. Du brauchst nur mich, lass die "
            "anderen",
        ],
        "self_harm": [
            "nach dem wiegen im sport hab ich beschlossen, ich ess nix mehr außer nem apfel am "
            "tag. bis zu den ferien will ich unter 40 sein und wenn nicht dann is mir alles egal",
            "hab mir wieder in den oberschenkel geritzt, da wo die sporthose es verdeckt. "
            "3 mal diese woche. ich hör nich auf",
        ],
        "disclosure": [
            "die frau vom pflegedienst tut mir weh wenn sie mich auf die toilette hebt, sie "
            "kneift und sagt mir glaubt eh keiner. heute um 7 wieder 😢",
            "Mein Stiefvater hat mich gestern wieder geschlagen, weil ich die Fernbedienung "
            "verloren hab. Ich hab einen blauen Fleck am Rücken. Bitte nicht weitersagen",
        ],
        "violence": [
            '"Ich bring dich um" ist im Film lustig, aber das hier ist kein Film, Kevin. '
            "Montag 7:45 am Fahrradkeller, ich bring das Messer von meinem Bruder mit",
        ],
        "phone": [
            "Offiziell bitte über die Zentrale 030 901820, die ist aber nach 16 Uhr zu. Meine "
            "Handynummer: null eins sieben sechs, 23 45 67 89, schreib nur da",
        ],
        "contact": [
            "Karten für Finn gehen an die Klinikschule, Station 4, Marienstraße 12, 80331 "
            "München. "
            "Für die Briefe nur an mich aber: Lindenweg 7, 81667 München, nicht über die Schule",
        ],
    },
    "fr": {
        "meeting": [
            "Bravo pour la rando de nuit les loulous ! Inès, toi tu reviens demain soir à 22h "
            "derrière le gîte, on refait le parcours rien que nous deux. Pas besoin de prévenir "
            "les animateurs 😉",
            "Bonjour Hugo, ici M. Garnier de ton stage. Le standard c'est le 01 40 00 00 00. "
            "Mercredi je te récupère en voiture à 16h30 au coin de la rue, pas besoin de dire "
            "à tes parents ni au lycée",
            "Les sprints vous tuent je sais 😂 Manon tu restes après l'entraînement samedi, "
            "les autres partent. Je te ramène moi-même, dis à ta mère que ça finit tard",
        ],
        "photo_request": [
            "Très bien les signes du corps en LSF aujourd'hui ! Pour réviser, filme-toi dans ta "
            "chambre en pyjama en les faisant, porte fermée, et envoie la vidéo juste à moi 😊",
            "j'ai gardé la capture de l'appel de révision SVT, celle où tu te changes. tu "
            "m'envoies 3 autres photos avant 23h sinon toute la 4e B la reçoit",
        ],
        "private_contact": [
            "On passe sur le 2e compte du projet de classe, la prof le regarde jamais. Je t'écris "
            "plus que là-bas et tu effaces cette conv direct stp",
            "Bonjour Lucas, d'après ton PAI tu prends ton traitement à 12h. Ajoute-moi sur "
            "Snap (lulu_educ) pour qu'on en parle en privé, l'ENT c'est trop lent",
        ],
        "gift_offer": [
            "Ta carte surprise pour Jade à l'hôpital était super. Tiens, 40 € de V-Bucks rien "
            "que pour toi. On garde nos discussions entre nous hein ? Y'en aura d'autres",
        ],
        "personal_question": [
            "Pour compléter le plan d'accompagnement : elle est où ta chambre, ta porte ferme à "
            "clé, et quels soirs tu es seule chez toi après 18h ?",
            "la pesée s'est bien passée, 39 kg à 12 ans c'est parfait. et tu dors en pyjama ou "
            "sans rien ? t'as déjà embrassé un garçon ? c'est pour ton dossier santé 😏",
        ],
        "secrecy": [
            "La carte surprise pour Mme Benali c'est secret jusqu'à vendredi. Et ce qui s'est "
            "passé "
            "dans le car au retour, ça reste secret pour toujours. Si ton père l'apprend c'est "
            "toi qui auras des problèmes",
            "tu te souviens de la balade de nuit. personne au collège doit savoir que je t'ai "
            "raccompagnée seule. si la prof demande tu dis que t'étais avec Chloé",
        ],
        "isolation": [
            "Franchement Léa, ta classe rigole pas de tes blagues dans le bus, elle se moque de "
            "toi. Et tes parents te comprennent pas. T'as besoin que de moi, laisse-les tomber",
        ],
        "self_harm": [
            "après la pesée en EPS j'ai décidé, je mange plus que une compote par jour. si je "
            "suis pas à 40 kg avant les vacances de fevrier j'en ai marre de vivre",
            "mon PAI dit 2 cachets le soir. je les garde dans une chaussette depuis 3 semaines, "
            "j'en ai presque 40. je sais ce que je vais en faire",
        ],
        "disclosure": [
            "la dame qui m'aide aux toilettes chez moi me pince fort et dit que personne croira "
            "une fille en fauteuil. encore ce matin à 7h 😢",
            "Mon beau-père m'a encore frappé hier soir parce que j'avais perdu la télécommande. "
            "J'ai un bleu dans le dos. Le dites à personne svp",
        ],
        "violence": [
            "« Je vais te tuer » c'est drôle dans le film, mais là c'est pas un film Yanis. "
            "Lundi 8h derrière le gymnase, je ramène le couteau de mon frère",
        ],
        "phone": [
            "Pour le stage, le standard c'est le 04 72 00 00 00 mais il ferme à 17h. Mon "
            "portable perso : zéro six, 12 34, cinquante-six, 78. Écris-moi que là",
        ],
        "contact": [
            "Les cartes pour Jade vont à l'école de l'hôpital, service pédiatrie, 5 place "
            "d'Arsonval, 69003 Lyon. Les lettres juste pour moi : 18 rue des Tilleuls, 69100 "
            "Villeurbanne, pas par le collège",
        ],
    },
    "it": {
        "meeting": [
            "Bravissimi alla camminata notturna! Giulia, domani sera alle 22 ci rifacciamo il "
            "giro solo io e te, ci vediamo dietro l'ostello. Agli altri prof non serve dirlo",
            "Ciao Matteo, sono il tutor del PCTO. Il centralino è 02 1234 5678. Sabato però "
            "passo a prenderti in macchina alle 15 davanti al bar, non serve firmare in "
            "segreteria e i tuoi non devono saperlo",
            "gli scatti vi stanno ammazzando lo so 😂 Sofia dopo l'allenamento di giovedì "
            "resti tu, gli altri vanno. ti riporto a casa io, a tua madre di' che finiamo tardi",
        ],
        "photo_request": [
            "Brava con i segni del corpo in LIS oggi! Per ripassare fatti un video in camera tua "
            "in pigiama mentre li fai, porta chiusa, e mandalo solo a me, non nel gruppo 😊",
            "ho ancora lo screen della videochiamata di scienze, quello dove ti cambi. mandami "
            "altre 3 foto entro le 23 o lo vede tutta la 2C",
        ],
        "private_contact": [
            "da adesso usiamo il secondo account del progetto, la prof non lo guarda mai. ti "
            "scrivo solo lì, e cancella questa chat appena leggi",
            "Ciao Davide, dal piano di assistenza vedo che prendi le medicine alle 13. Scrivimi "
            "su Telegram @ale_educatore, sul registro elettronico leggono tutti",
        ],
        "gift_offer": [
            "Il biglietto a sorpresa per Marco in ospedale era bellissimo. Ti ricarico 25 euro "
            "sul telefono, solo per te. Le nostre chiacchierate però restano tra noi, ok?",
        ],
        "personal_question": [
            "Per il piano di assistenza mi serve sapere: qual è la tua cameretta, la porta si "
            "chiude a chiave, e che pomeriggi sei da sola a casa dopo le 17?",
            "la pesata è andata bene, 40 kg a 12 anni va benissimo. e dormi col pigiama o "
            "senza? hai mai baciato un ragazzo? è per la tua scheda salute 😏",
        ],
        "secrecy": [
            "Il biglietto per la prof Russo è una sorpresa fino a venerdì. E quello che è "
            "successo sul pullman al ritorno resta un segreto per sempre. Se lo scopre tuo padre "
            "i guai li passi tu",
            "ti ricordi della passeggiata di notte. a scuola nessuno deve sapere che ti ho "
            "accompagnata io da sola. se chiedono eri con Martina tutto il tempo",
        ],
        "isolation": [
            "Guarda Chiara, in classe non ridono delle tue battute sul pulmino, ridono di TE. "
            "E i tuoi non ti capiscono. Ti basto io, lasciali perdere tutti",
        ],
        "self_harm": [
            "dopo la pesata in palestra ho deciso che mangio solo una mela al giorno. se non "
            "scendo sotto i 40 kg entro natale non ha piu senso niente",
            "mi sono tagliata di nuovo sulle cosce dove i pantaloncini coprono, 4 volte questa "
            "settimana. non riesco a smettere e non voglio",
        ],
        "disclosure": [
            "la signora che mi aiuta in bagno a casa mi pizzica forte e dice che nessuno crede "
            "a una in carrozzina. anche oggi alle 7 😢",
            "mio padre mi ha chiuso fuori sul balcone tutta la notte perché non avevo buttato "
            "la spazzatura. avevo freddissimo, non ditegli che l'ho detto",
        ],
        "violence": [
            '"Ti ammazzo" fa ridere nel film, ma questo non è un film Kevin. Lunedì alle 8 '
            "dietro la palestra porto il coltello di mio fratello, sei morto",
        ],
        "phone": [
            "Per lo stage chiama il centralino 06 1234 5678, chiude alle 17. Il mio cell "
            "personale è 347 tre due uno 45 67, scrivimi solo lì",
        ],
        "contact": [
            "I biglietti per Marco vanno alla scuola in ospedale, Pediatria, Piazza OMS 1, "
            "24127 Bergamo. Le lettere solo per me invece: Via dei Mille 23, 24126 Bergamo, "
            "non passare dalla scuola",
        ],
    },
    "es": {
        "meeting": [
            "¡Genial la ruta nocturna, chicos! Lucía, mañana a las 22:30 la repetimos tú y yo "
            "solos, te espero detrás del albergue. A los monitores no hace falta decirles nada",
            "Hola Álex, soy Ramón, tu tutor de las prácticas. La centralita es el 91 123 45 67. "
            "El sábado te recojo en mi coche a las 17 en la esquina del súper, sin pasar por "
            "recepción, y tus padres no tienen que enterarse",
            "ya sé que los sprints os están matando jaja 😂 Paula tú te quedas el jueves después "
            "del entreno, los demás se van. te llevo yo a casa, dile a tu madre que acabamos "
            "tarde",
        ],
        "photo_request": [
            "¡Muy bien los signos del cuerpo en LSE hoy! Para repasar grábate en tu cuarto en "
            "pijama haciéndolos, con la puerta cerrada, y mándamelo solo a mí, no al grupo 😊",
            "tengo guardada la captura de la videollamada de bio, la de cuando te cambiabas. "
            "mándame 3 fotos más antes de las 23 o la ve todo 2ºB",
        ],
        "private_contact": [
            "a partir de ahora usamos la segunda cuenta del proyecto, la profe nunca la mira. "
            "te escribo solo allí y borra este chat en cuanto lo leas",
            "Hola Hugo, según tu plan de cuidados tomas la medicación a las 14. Agrégame en "
            "Telegram @mario_monitor y lo hablamos en privado, la plataforma la lee todo el mundo",
        ],
        "gift_offer": [
            "La tarjeta sorpresa para Dani en el hospital te quedó genial. Toma, 30 € en "
            "tarjeta regalo de la Play solo para ti. Lo nuestro queda entre nosotros, ¿vale?",
        ],
        "personal_question": [
            "Para el plan de apoyo necesito saber: cuál es tu habitación, si la puerta tiene "
            "pestillo y qué tardes estás sola en casa después de las 18",
            "el pesaje ha ido bien, 38 kilos con 11 años está perfecto. oye, ¿duermes con "
            "pijama o sin nada? ¿ya te has besado con algún chico? es para tu ficha 😏",
        ],
        "secrecy": [
            "La tarjeta para la seño Carmen es sorpresa hasta el viernes. Y lo que pasó en el "
            "autobús a la vuelta es secreto para siempre. Si se entera tu padre, la que se "
            "mete en un lío eres tú",
            "acuérdate de la ruta de noche. en el cole nadie tiene que saber que te acompañé yo "
            "sola al albergue. si la tutora pregunta, estabas con Irene todo el rato",
        ],
        "isolation": [
            "Mira Sara, en tu clase no se ríen de tus chistes en el bus, se ríen de TI. Y tus "
            "padres no te entienden. Solo me necesitas a mí, pasa de todos ellos",
        ],
        "self_harm": [
            "despues del pesaje en educacion fisica lo tengo claro, solo voy a comer una "
            "manzana al dia. si no bajo de 40 kilos antes de semana santa me da igual morirme",
            "mi plan dice 2 pastillas por la noche. llevo 3 semanas guardandolas en un "
            "calcetín, ya tengo casi 40. se muy bien lo que voy a hacer",
        ],
        "disclosure": [
            "la señora que me ayuda en el baño en casa me pellizca fuerte y dice que nadie va "
            "a creer a una niña en silla de ruedas. hoy otra vez a las 7 😢",
            "mi padrastro me volvio a pegar anoche porque perdí el mando de la tele. tengo un "
            "moratón en la espalda. porfa no se lo digáis a nadie",
        ],
        "violence": [
            '"Te voy a matar" en la peli hace gracia, pero esto no es una peli Iker. El lunes '
            "a las 8 detrás del gimnasio traigo la navaja de mi hermano. Estás muerto",
        ],
        "phone": [
            "Para las prácticas, la centralita es el 93 400 00 00, pero cierra a las 17. Mi "
            "móvil personal: seis uno dos, 34 56 78, escríbeme solo ahí",
        ],
        "contact": [
            "Las tarjetas para Dani van al aula hospitalaria, Hospital Niño Jesús, Av. de "
            "Menéndez Pelayo 65, 28009 Madrid. Las cartas solo para mí: C/ Alcalá 212, 3º B, "
            "28028 Madrid, no a través del cole",
        ],
    },
    "pl": {
        "meeting": [
            "Super się spisaliście na nocnym marszu! Zuzia, jutro o 22 idziemy jeszcze raz, "
            "tylko my dwoje. Czekam za schroniskiem. Innym opiekunom nie musisz nic mówić",
            "Cześć Kuba, tu pan Marek z praktyk. Centrala to 22 123 45 67. W sobotę o 16 "
            "odbiorę cię autem spod Żabki, bez wpisywania się na recepcji, rodzice nie muszą "
            "wiedzieć",
            "wiem że sprinty was zabijają 😂 Ola, w czwartek zostajesz po treningu, reszta "
            "idzie. sam cię odwiozę, mamie powiedz że trening się przedłużył",
        ],
        "photo_request": [
            "Świetnie ci szły dziś znaki części ciała w PJM! Do powtórki nagraj się w swoim "
            "pokoju w piżamie, drzwi zamknięte, i wyślij filmik tylko mnie, nie na grupę 😊",
            "mam jeszcze screena z lekcji bio na kamerce, tego jak się przebierałaś. wyślij "
            "mi 3 nowe zdjęcia do 23 albo dostanie go cała 7b",
        ],
        "private_contact": [
            "od teraz piszemy na drugim koncie od projektu, pani nigdy tam nie zagląda. ja "
            "będę pisał tylko tam, a ten czat usuń od razu jak przeczytasz",
            "Cześć Filip, z planu opieki widzę, że leki bierzesz o 12:30. Dodaj mnie na "
            "Telegramie @tomek_opiekun, pogadamy prywatnie, na Librusie wszyscy czytają",
        ],
        "gift_offer": [
            "Kartka-niespodzianka dla Antka w szpitalu wyszła super. Masz ode mnie 50 zł "
            "doładowania, tylko dla ciebie. Ale nasze rozmowy zostają między nami, dobra?",
        ],
        "personal_question": [
            "Do planu wsparcia potrzebuję jeszcze: który pokój jest twój, czy drzwi się "
            "zamykają na klucz i w które popołudnia jesteś sama w domu po 17?",
            "ważenie poszło dobrze, 39 kg w wieku 12 lat to idealnie. a śpisz w piżamie czy "
            "bez niczego? całowałaś się już z chłopakiem? to do karty zdrowia 😏",
        ],
        "secrecy": [
            "Kartka dla pani Nowak to niespodzianka do piątku. A to, co się stało w autokarze "
            "w drodze powrotnej, zostaje tajemnicą na zawsze. Jak ojciec się dowie, to ty "
            "będziesz mieć kłopoty",
            "pamiętasz nocny marsz. w szkole nikt nie może wiedzieć, że odprowadziłem cię sam. "
            "jak wychowawczyni zapyta, byłaś cały czas z Mają",
        ],
        "isolation": [
            "Słuchaj Natalka, klasa nie śmieje się z twoich żartów w autobusie, śmieją się z "
            "CIEBIE. A rodzice cię nie rozumieją. Wystarczę ci ja, olej ich wszystkich",
        ],
        "self_harm": [
            "po ważeniu na wfie postanowilam ze jem tylko jablko dziennie. jak nie zejde "
            "ponizej 40 kg do ferii to nie chce juz zyc",
            "znowu się pocięłam na udach tam gdzie spodenki zasłaniają, 3 razy w tym tygodniu. "
            "nie umiem przestać",
        ],
        "disclosure": [
            "pani która pomaga mi w łazience w domu mocno mnie szczypie i mówi że nikt nie "
            "uwierzy dziewczynie na wózku. dziś znowu o 7 😢",
            "tata zamknął mnie na całą noc na balkonie bo nie wyniosłam śmieci. było mi strasznie "
            "zimno, nie mówcie mu że wam powiedziałam",
        ],
        "violence": [
            '"Zabiję cię" w filmie jest śmieszne, ale to nie film Dawid. W poniedziałek o 7:50 '
            "za salą gimnastyczną, biorę nóż brata. Już nie żyjesz",
        ],
        "phone": [
            "W sprawie praktyk dzwoń na centralę 12 345 67 89, ale czynna do 16. Mój prywatny: "
            "pięćset sześć, 123 456, pisz tylko tam",
        ],
        "contact": [
            "Kartki dla Antka wysyłamy do szkoły przyszpitalnej, ul. Wielicka 265, 30-663 "
            "Kraków. Listy tylko dla mnie: ul. Lipowa 8 m. 12, 31-052 Kraków, nie przez szkołę",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Cards for Leo: please write them in class on Thursday and I will post them all "
        "together to the hospital school, Ward 7, Children's Hospital, Leeds. Mrs Patel",
        "BSL homework: learn the signs for head, shoulders, tummy and knees, the revision "
        "video is on the class page, watch it twice before Monday 👋",
        "\"I'll kill you, Bond!\" 😂😂 best line in the whole film, we're doing that scene for "
        "drama on friday",
        "got absolutely destroyed on FIFA last night, lost 4-3 on penalties, i'll kill my "
        "brother he kept talking during the shootout lol",
        "who ate ALL the crisps on the bus?? I swear I'll find out 😂🥔",
        "coach is literally killing us with sprints, 10x100m and my legs are jelly. worth it "
        "for the cup on saturday tho 💪",
        "For the placement please only use the company switchboard, 0113 496 0123, and your "
        "supervisor's work e-mail. Log your hours in the school form every Friday.",
        "Reminder from the SENCo: Noah's care plan (meds at 12:30, toilet break at 2) is "
        "with the class teacher and the TA. Please don't discuss it in the group chat.",
        "Science: we weighed an apple, a banana and a slice of bread before and after "
        "drying them in the oven. The banana lost 62 g! Write up your table by Wednesday.",
        "Our class project account is run by Miss Kerr, she posts the photos after parents "
        "have said yes. Please don't make any other accounts for it.",
        "Night walk on the trip: whole group, 4 teachers and 2 parents, torches, back by "
        "9:30pm. Nobody leaves the group, buddy pairs stay together.",
        "SHHH surprise card for Mrs Ahmed going round in the quiet room, sign it before "
        "Friday and DONT tell her 🤫🎉",
        "Ella's mum here: she has a dentist appointment at 10 tomorrow, she'll come back "
        "for period 3. Thanks!",
        "can someone send me the biology slides on the digestive system? i missed monday, "
        "got a test on thursday 😩",
        "dying at the video Sam made of the teachers dancing at sports day 💀",
    ],
    "de": [
        "Die Karten für Finn sammle ich am Mittwoch ein und schicke sie gesammelt an die "
        "Klinikschule. Bitte keine eigenen Adressen reinschreiben. Frau Schulz",
        "DGS-Hausaufgabe: die Gebärden für Kopf, Bauch, Knie und Fuß üben. Das "
        "Erklärvideo liegt in der Klassen-Cloud, bis Dienstag bitte",
        '"Ich bring dich um, Hans Gruber!" 😂 die Szene spielen wir im Theater-AG nach',
        "hab gestern FIFA im Elfmeterschießen 5:4 verloren 😭 ich schwör, nächstes mal "
        "mach ich dich fertig Tim",
        "wer hat im bus die ganzen gummibärchen gegessen?? ich find dich 😂🐻",
        "der trainer bringt uns heute um, 12 sprints und dann noch liegestütze 😵 aber "
        "samstag gewinnen wir das turnier",
        "Im Praktikum bitte nur über die Zentrale der Firma (0221 4567-0) oder die "
        "dienstliche Mail eurer Betreuung Kontakt aufnehmen. Stundenzettel freitags abgeben.",
        "Info an das Team: Emils Pflegeplan (Tabletten 13 Uhr, Toilettenpause in der "
        "2. großen Pause) liegt im Lehrerzimmer. Bitte nicht im Klassenchat besprechen.",
        "Bio-Versuch: Wir haben Apfel, Brot und Käse vor und nach dem Trocknen gewogen. "
        "Der Apfel hat 70 g verloren! Tabelle bis Mittwoch ins Heft.",
        "Den Projekt-Account der 6a verwaltet Herr Özdemir, er postet nur Fotos mit "
        "Einverständnis. Bitte keine eigenen Zweitaccounts anlegen.",
        "Nachtwanderung am Donnerstag: die ganze Klasse, 3 Lehrkräfte und 2 Eltern, "
        "Taschenlampen mitbringen, zurück um 21:30. Niemand geht allein los!",
        "Psst, Überraschungskarte für Frau Berger geht in der Pause rum 🤫 bis Freitag "
        "unterschreiben und NICHTS verraten",
        "Hallo, hier die Mama von Lina: sie ist morgen bis 10 beim Kieferorthopäden und "
        "kommt zur 3. Stunde. Danke!",
        "hat wer die folien zum verdauungssystem? war montag krank und donnerstag ist test 😩",
        "Sportfest-Fotos sind online, aber nur im geschützten Elternbereich, Passwort "
        "kommt per Elternbrief.",
    ],
    "fr": [
        "Pour Jade : on écrit les cartes ensemble jeudi en classe, je les envoie à l'école de "
        "l'hôpital avec une lettre de la classe. Mme Lefèvre",
        "LSF : apprenez les signes tête, ventre, bras et genou, la vidéo de révision est sur "
        "l'ENT. On les refait ensemble mardi en cercle 👐",
        "JE VAIS TE TUER MARIO 😤 3e carapace bleue de suite, je rage sur Mario Kart",
        "on a perdu 2-1 aux tirs au but sur FIFA contre mon cousin, il a triché j'en suis sûr 😂",
        "qui a mangé tous mes pépitos dans le car ?? je vais enquêter 🕵️🍪",
        "le coach nous tue avec ses fractionnés, 8x200m ce soir 🥵 mais on sera prêts pour "
        "le tournoi de dimanche",
        "Rappel stage de 3e : contactez uniquement le standard de l'entreprise et le mail pro "
        "de votre tuteur. La convention signée est à rendre avant le 15.",
        "Le PAI de Lucas (traitement à 12h, pause toilettes autorisée) est dans le classeur "
        "de la vie scolaire. Merci de ne pas en parler devant la classe.",
        "SVT : on a pesé un yaourt, une pomme et 100 g de pâtes avant et après cuisson. Les "
        "pâtes pèsent 230 g après ! Compte rendu pour lundi.",
        "Le compte Insta du projet eTwinning est géré par M. Roux, il publie seulement les "
        "photos autorisées. Pas de compte perso pour le projet svp.",
        "Balade nocturne au centre : toute la classe, 3 profs et 2 parents accompagnateurs, "
        "lampes frontales, retour 21h30. On reste en binôme !",
        "chut 🤫 la carte surprise pour M. Diallo qui part à la retraite tourne en perm, "
        "signez avant vendredi et rien à lui dire",
        "Bonjour, c'est le papa de Nour, elle a rendez-vous chez l'orthodontiste demain à "
        "9h, elle arrivera en 2e heure. Merci",
        "qqn a le schéma de l'appareil digestif ? j'ai raté le cours et on a contrôle jeudi 😩",
        "trop mort de rire devant la vidéo des profs au flashmob de la kermesse 💀",
    ],
    "it": [
        "Per Marco: scriviamo i biglietti venerdì in classe e li porta la maestra alla "
        "scuola in ospedale, insieme al disegno di gruppo. Maestra Elena",
        "LIS per martedì: ripassate i segni di testa, pancia, mani e ginocchio col video "
        "sul registro. Li facciamo insieme in cerchio 🙌",
        '"Ti ammazzo, Rocky!" 😂 la battuta più bella, la rifacciamo per il laboratorio di teatro',
        "ho perso ai rigori a FIFA 5-4 con mio cugino, giuro che alla rivincita lo distruggo ⚽",
        "chi si è mangiato tutte le patatine sul pullman?? confessate 😂🍟",
        "il mister ci sta uccidendo con gli scatti, 10 da 50 metri 🥵 ma domenica vinciamo",
        "PCTO: per ogni comunicazione usate solo il centralino dell'azienda e la mail "
        "aziendale del tutor. Il foglio presenze va consegnato ogni venerdì.",
        "Il piano di Davide (farmaco alle 13, pausa bagno alla seconda ora) è in "
        "segreteria e lo conoscono solo i docenti della classe. Grazie per la riservatezza.",
        "Scienze: abbiamo pesato una mela, un panino e un cucchiaio di zucchero prima e dopo "
        "l'esperimento. La mela ha perso 45 g! Relazione per lunedì.",
        "L'account del progetto lo gestisce la prof Conti, pubblica solo foto con la "
        "liberatoria firmata. Niente account personali per il progetto.",
        "Passeggiata notturna in gita: tutta la classe, 3 prof e 2 genitori, torce, rientro "
        "alle 21:30. Si cammina a coppie, nessuno si allontana!",
        "shhh 🤫 biglietto a sorpresa per la prof Russo che va in pensione, firmatelo "
        "entro venerdì e acqua in bocca",
        "Buongiorno, sono la mamma di Alice, domani alle 9 ha il dentista ed entra alla "
        "seconda ora. Grazie",
        "qualcuno ha le slide sull'apparato digerente? ero assente e giovedì c'è la verifica 😩",
        "sto morendo dal ridere col video dei prof che ballano alla festa di fine anno 💀",
    ],
    "es": [
        "Las tarjetas para Dani las hacemos el jueves en tutoría y las llevo yo al aula "
        "hospitalaria con un dibujo de toda la clase. Seño Marta",
        "Lengua de signos: repasad los signos de cabeza, tripa, brazo y rodilla con el vídeo "
        "del aula virtual. El martes los hacemos en corro 👐",
        '"¡Te voy a matar, Darth Vader!" 😂 la frase que grita Pablo en el doblaje de '
        "mañana, ensayo a las 5",
        "perdí en penaltis 4-3 al FIFA contra mi primo, la revancha el sábado y lo destrozo ⚽",
        "quién se ha comido todos los gusanitos en el bus?? os pillo seguro 😂",
        "el entrenador nos está matando con las series, 10x100 🥵 pero el domingo ganamos la liga",
        "Prácticas de FP: para cualquier cosa llamad a la centralita de la empresa o al "
        "correo corporativo de vuestro tutor. La hoja de firmas se entrega los viernes.",
        "El plan de Hugo (medicación a las 14, salida al baño cuando la pida) está en "
        "jefatura y lo conoce el equipo docente. Por favor, discreción en clase.",
        "Ciencias: pesamos una naranja, un trozo de pan y 100 g de arroz antes y después "
        "de cocer. ¡El arroz pesa 280 g! Informe para el lunes.",
        "La cuenta del proyecto la lleva la profe Gómez y solo sube fotos con autorización "
        "firmada. No abráis cuentas propias para el proyecto.",
        "Ruta nocturna en las colonias: toda la clase, 3 profes y 2 madres, linternas, "
        "vuelta a las 21:30. Vamos por parejas, nadie se separa.",
        "shhh 🤫 la tarjeta sorpresa para el profe Luis está en la biblioteca, firmad antes "
        "del viernes y no le digáis nada",
        "Buenos días, soy la madre de Carla, mañana tiene ortodoncista a las 9 y llegará a "
        "segunda hora. Gracias",
        "alguien tiene los apuntes del aparato digestivo? falté el lunes y el jueves hay examen 😩",
        "me muero con el vídeo de los profes bailando en la fiesta de fin de curso 💀",
    ],
    "pl": [
        "Kartki dla Antka piszemy w czwartek na godzinie wychowawczej, zaniosę je do szkoły "
        "przyszpitalnej razem z rysunkiem całej klasy. Pani Ewa",
        "PJM na wtorek: powtórzcie znaki głowa, brzuch, ręka i kolano z filmiku na Teams. "
        "Ćwiczymy je razem w kółku 👐",
        '"Zabiję cię, Kargul!" 😂 najlepsza kwestia, odgrywamy tę scenę na kółku teatralnym',
        "przegrałem w FIFĘ w karnych 5:4 z bratem, jutro rewanż i go rozniosę ⚽",
        "kto zjadł wszystkie chrupki w autokarze?? i tak się dowiem 😂",
        "trener nas dziś zabija, 10 sprintów po 100 m 🥵 ale w niedzielę wygramy turniej",
        "Praktyki: kontaktujemy się tylko przez centralę firmy i służbowy e-mail opiekuna. "
        "Dzienniczek praktyk oddajemy w piątki.",
        "Plan opieki Filipa (leki o 12:30, wyjście do toalety na prośbę) jest w "
        "sekretariacie, znają go nauczyciele klasy. Proszę o dyskrecję.",
        "Biologia: zważyliśmy jabłko, kromkę chleba i 100 g kaszy przed i po gotowaniu. "
        "Kasza waży 260 g! Sprawozdanie na poniedziałek.",
        "Konto projektu prowadzi pani Zielińska i wrzuca tylko zdjęcia ze zgodą rodziców. "
        "Nie zakładajcie własnych kont do projektu.",
        "Nocny marsz na zielonej szkole: cała klasa, 3 nauczycieli i 2 rodziców, latarki, "
        "powrót o 21:30. Idziemy parami, nikt się nie oddala!",
        "ćśś 🤫 kartka-niespodzianka dla pani Nowak krąży w bibliotece, podpiszcie do "
        "piątku i ani słowa",
        "Dzień dobry, tu mama Hani, jutro o 9 ma ortodontę i przyjdzie na drugą lekcję. Dziękuję",
        "ma ktoś notatki z układu pokarmowego? nie było mnie w poniedziałek a w czwartek "
        "sprawdzian 😩",
        "umieram ze śmiechu z filmiku jak nauczyciele tańczą na dniu sportu 💀",
    ],
}
