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
A teacher's cabin, a lake to see the stars or a camp fire after the night walk;
a placement supervisor's car, flat, closed workshop or empty warehouse; a coach
who keeps one pupil behind or trains her alone on Sunday; a hospital side door
or car park instead of the class visit; a revision video or sign-language clip
in pyjamas or underwear "only for me", a biology sheet that needs a photo in
underwear or a swimsuit, and recordings of a call held over a pupil; a class
project's second account or a fake project name for private chat, medicine
times moved to WhatsApp, Telegram, Signal, Discord or Wickr; gift cards, game
currency, phone credit, football boots and match tickets for silence or a call;
bedrooms, locks, hours home alone, bra sizes and periods asked inside a care
plan, a weigh-in or a film's plot; the surprise card turned into a secret about
the adult, and bruises after the toilet routine to be explained away under
threat of a children's home; pupils told that class, teachers and parents are
against them; pupils who stop eating or vomit after a weigh-in, cut where the
sports kit hides it, or save up the medicine of their care plan; carers who
pinch or touch during toilet and washing routines, a coach who touches in the
minibus, children locked in, out in the garden, in a cellar or left alone for days,
a stepfather with a cable; a film line, a FIFA penalty shoot-out, a snack joke
or a coach's "killing us" turned into a knife, a box cutter or knuckle-dusters
with a day and a place; a private mobile slipped in after the official
switchboard, in the format of each country, partly in words; and a private
address or e-mail after the hospital school's address.

The harmless ones are the same frames used honestly: cards written in class and
sent to the hospital school by the teacher, sign-language homework on body
parts, film lines for a drama club or a dub, lost penalty shoot-outs and a
brother's game controller, a werewolf game in the dormitory, a snack joke on
the bus, a coach "killing us" with sprints before a cup, the placement's
switchboard and work e-mail only, a care plan kept with the staff and out of
the class chat, a weigh-in of fruit, bread, pasta or rice for a science report
and a school nurse's weigh-in reported to parents, a project account run by the
teacher with consent, a night walk for the whole group with parents, surprise
cards and a surprise party kept secret only until they are given, a parent's
note about a dentist, and a presentation video for the class folder.

First measured, once, before any rule or model was changed for it (the rules and
the second opinion of rounds 1 to 117, and the written rows): rules and second
opinion 95.8 % recall (115 of 120) and 8 false holds in 90 (8.9 %); rules alone
81.7 % (98 of 120: meetings 11/18, photo requests 10/12, private contact 11/12,
personal questions 11/12, secrecy 6/12, isolation 5/6, self-harm 9/12,
disclosures 11/12, every other kind complete; by language en 17/20, de 16/20, fr
16/20, it 18/20, es 15/20, pl 16/20) and 8 false holds (8.9 %). Both let through
a revision call's video held over a pupil for three more by ten (English),
evening tablets from a care plan kept in a sock, "I know exactly what I'm doing
with them" (English), and three meetings behind a hospital or a placement: a
hospital school's new educator waiting at a bus stop instead of the class visit
(Italian), a hospital classroom's volunteer at the emergency door on a Saturday
night, "don't tell your tutor" (Spanish), and a placement's master in a closed
workshop after the switchboard's number, "sam na sam" (Polish). The rules alone
let through besides: a carer who pinches a child in a wheelchair, "no one will
believe a kid" (English); body questions after a weigh-in "for the file"
(German); a hug or a changing room's secret after a surprise card, for ever,
with the blame (German, French, Spanish); a night walk's secret with an alibi
(German); a bruise explained as a fall for the nurse, with a children's home
threatened (French, Spanish); stopping eating after a weigh-in (German, French);
a night walk turned into a meeting for two at the lake or on the porch (French,
Spanish); a placement's closed workshop (Italian); a hospital foundation's side
door (Polish); medicine sent on Signal (Polish); a school trip skipped and the
class group left (Polish); and a photo held over a pupil for another (Spanish).
Held: a film's line rehearsed for drama with its laugh (English, German,
Italian, Spanish, Polish), a werewolf game's "I'll kill you all" (French), and
signs for the body in a sign-language lesson with its video (Italian, Polish).

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
            "Coucou Inès, c'est Karim, le surveillant du séjour 🙂 la balade de nuit avec tout le "
            "groupe c'était sympa, mais vendredi soir je t'emmène voir les étoiles au lac, juste "
            "toi et moi. Sors par la porte de derrière à 22h15",
            "Bonjour Hugo, je suis ta tutrice de stage, pour l'officiel passe par le standard "
            "comme d'hab. Mais mercredi viens chez moi vers 16h au lieu du bureau, on sera plus "
            "tranquilles. Inutile d'en parler au lycée",
            "Après la visite à Jade à l'hôpital, attends-moi au parking P2, je te ramène. Laisse "
            "partir ta classe en bus, je dirai à ta prof que tes parents sont venus te chercher",
        ],
        "photo_request": [
            "Pour ta fiche SVT sur le corps humain, il me faut une photo de toi en sous-"
            "vêtements, de face et de profil, pour les proportions 😇 prise par toi, seule dans "
            "ta chambre, tu l'envoies en MP",
            "mets ta caméra demain à 21h, on refait la leçon de LSF en visio juste nous deux. "
            "pas la peine d'être habillée pareil que pour l'école hein 😉",
        ],
        "private_contact": [
            "j'ai créé un faux compte « Projet_Europe_4B » pour qu'on puisse parler sans que la "
            "prof voie. t'acceptes et tu supprimes tous nos messages d'ici ok ?",
            "Le planning de prise de médicaments, je te l'envoie plutôt sur WhatsApp. Mon numéro "
            "est dans ton sac, dans la pochette. Et on se dit plus rien sur l'ENT",
        ],
        "gift_offer": [
            "Tu as été super à la pesée, ma championne 🏅 Je t'offre les crampons que tu voulais, "
            "120 €. En échange tu viens aux séances du dimanche chez moi, et tes parents savent "
            "rien du cadeau",
        ],
        "personal_question": [
            "Dans le film de ce soir le héros vit seul, et toi ? À quelle heure ta mère rentre "
            "du boulot ? T'as un verrou à ta chambre ? Je demande juste comme ça 🙂",
            "question pour le cours de biologie : t'as déjà eu tes règles ? et tu fais quelle "
            "taille de soutif maintenant ? réponds en privé c'est plus simple",
        ],
        "secrecy": [
            "La surprise pour le départ de M. Diallo, tu gardes bien le secret. Et moi, tu "
            "gardes aussi mon secret, ce qu'on s'est dit dans le vestiaire, d'accord ? Ta mère "
            "comprendrait pas",
            "Si l'infirmière te demande pourquoi tu avais mal au bras après les toilettes, tu "
            "dis que tu es tombée. Sinon je ne pourrai plus m'occuper de toi et tu iras en foyer",
        ],
        "isolation": [
            "Ta prof principale te déteste, ça se voit. Tes copines font semblant. Pour la sortie "
            "de vendredi dis que t'es malade, reste à la maison, je passerai te voir",
        ],
        "self_harm": [
            "ils m'ont pesée en EPS devant tout le monde, 52 kg, les garçons ont rigolé. depuis "
            "mardi je vomis après chaque repas et je compte continuer jusqu'à disparaître",
            "j'ai regardé combien de comprimés de mon traitement il faut pour ne plus se "
            "réveiller. j'ai la boîte pleine dans mon tiroir, ce soir peut être",
        ],
        "disclosure": [
            "Ma mère m'enferme dans ma chambre tout le week-end quand elle sort, avec juste une "
            "bouteille d'eau. J'ai 9 ans et j'ai peur la nuit",
            "M. Fabre du club m'a touchée sous le short dans le minibus en rentrant du match. Il "
            "a dit que c'était pour vérifier ma blessure",
        ],
        "violence": [
            "2-0 aux tirs au but sur FIFA t'as rigolé hein. Demain à la sortie du collège, "
            "devant le Carrefour, je te plante, et c'est pas une blague Théo",
        ],
        "phone": [
            "Le standard de l'entreprise c'est le 01 45 67 89 00, mais pour le stage tu "
            "m'appelles sur mon perso : zéro six, 12 34, cinquante-six, 78. Que le soir",
        ],
        "contact": [
            "Pour la carte à Jade, adresse de l'école de l'hôpital sur le tableau. Mais la "
            "lettre pour moi, tu l'envoies à karim.perso93@gmail.com, pas à l'adresse du collège",
        ],
    },
    "it": {
        "meeting": [
            "Matteo sei stato il migliore nel PCTO questa settimana 👍 sabato vieni in officina "
            "alle 14 che è chiusa, ti insegno il resto io. Solo tu, e non serve che lo scrivi "
            "sul registro presenze",
            "gli scatti di oggi vi hanno distrutti lo so 😂 Sofia per te faccio lezioni extra "
            "gratis, domenica alle 9 al campetto dietro la chiesa. niente genitori, ti "
            "concentri meglio",
            "Ciao Giulia, sono la nuova educatrice della scuola in ospedale. Quando vieni a "
            "trovare Marco giovedì, salta la visita con la classe, ti aspetto alla fermata del "
            "61 alle 16 e andiamo da un'altra parte",
        ],
        "photo_request": [
            "Per il compito di scienze sul corpo umano ti serve una foto tua in costume, di "
            "fronte e di lato. Fattela in camera da sola e mandamela in privato, non alla prof",
            "ho registrato la videochiamata di ieri, anche la parte dove eri in mutande. se non "
            "mi mandi un video entro stasera lo posto nel gruppo della squadra",
        ],
        "private_contact": [
            "Il progetto lo portiamo avanti su un account mio, @progetto_2c_bis, così la prof "
            "non ci controlla. Scrivimi lì e cancella queste chat dal telefono",
            "per il piano terapeutico ci sentiamo su Wickr, ti mando il nome utente sul "
            "bigliettino. qui sulla piattaforma niente di personale, capito?",
        ],
        "gift_offer": [
            "Ti ho preso due biglietti per l'Inter, curva nord, 80 euro 😎 Uno per te e uno per "
            "me, domenica. Ai tuoi diciamo che te li ha regalati la scuola per il PCTO",
        ],
        "personal_question": [
            '"Ti uccido" diceva il cattivo nel film, ahah. ma dimmi, di notte chiudi la porta '
            "della camera a chiave? i tuoi dormono lontano da te?",
            "per la pesata di domani mi serve sapere: hai già il ciclo? porti il reggiseno? "
            "rispondimi qui in privato, non davanti alle altre",
        ],
        "secrecy": [
            "il regalo a sorpresa per il mister resta segreto, ok. ma resta segreto anche che ti "
            "ho dato un passaggio e ti ho baciata. se lo racconti non giochi più",
            "Quando l'infermiera ti chiede dei lividi dopo il bagno, dici che hai sbattuto sul "
            "letto. Se parli ti mettono in istituto e tua mamma piange",
        ],
        "isolation": [
            "i tuoi compagni ti hanno escluso dal gruppo della gita apposta. e pure i prof. "
            "lascia stare la classe, esci dalla chat, parla solo con me",
        ],
        "self_harm": [
            "dopo la pesata a educazione fisica ho deciso che non mangio più a pranzo, butto il "
            "panino nel cestino. voglio arrivare a 35 kg anche se svengo",
            "ho messo da parte le pastiglie del piano di cura da 2 settimane, sono 28. sabato "
            "quando i miei sono al mare le prendo tutte insieme",
        ],
        "disclosure": [
            "il compagno di mia mamma mi chiude in cantina quando piango, ieri sono stato lì "
            "fino alle 11 di notte. ho 8 anni",
            "mi hanno lasciata da sola a casa per 4 giorni con 10 euro, mia mamma non risponde "
            "al telefono. non ho più niente da mangiare",
        ],
        "violence": [
            "le patatine sul pullman erano uno scherzo sì, ma tu hai riso di me davanti a tutti. "
            "venerdì all'uscita ti spacco la faccia con il tirapugni, giuro",
        ],
        "phone": [
            "Per il PCTO il centralino è lo 02 8765 4321. Se ti serve me di sera però chiamami "
            "al 347 tre due uno 45 67, e salvalo con un altro nome",
        ],
        "contact": [
            "I biglietti per Marco li mandiamo alla scuola dell'ospedale, l'indirizzo è sul "
            "diario. A me invece scrivi a Via Garibaldi 14, int. 3, 20121 Milano, solo tu",
        ],
    },
    "es": {
        "meeting": [
            "Hola Álex, soy el jefe de tu empresa de prácticas. El viernes no fiches, te espero "
            "a las 18 en el polígono, nave 4, para enseñarte algo a solas. Al instituto le "
            "diremos que saliste a tu hora",
            "Lucía, te he visto muy valiente en la ruta nocturna 🌙 Esta noche a la 1, cuando "
            "duerman, sal al porche del albergue y damos otro paseo tú y yo. Trae solo la "
            "linterna",
            "Soy voluntaria del aula hospitalaria. Si quieres ver a Dani fuera del horario, ven "
            "el sábado a las 8 de la tarde a la puerta de urgencias y entramos juntas, no "
            "avises a tu tutora",
        ],
        "photo_request": [
            "Para el repaso de biología del cuerpo humano necesito que me grabes un vídeo "
            "señalando cada parte, pero en ropa interior, que se vea bien. Solo para mí, nada "
            "de subirlo al aula virtual",
            "o me mandas otra foto como la de anoche antes de las 12, o la que ya tengo la "
            "pongo en el grupo del equipo de fútbol. tú decides",
        ],
        "private_contact": [
            "abre una cuenta de insta con nombre falso, tipo proyecto_colegio_2, y agrégame. "
            "ahí hablamos de lo nuestro. y borra los mensajes de aquí cada noche",
            "Lo del horario de las pastillas mejor lo vemos por Discord, mi usuario es "
            "MonitorRober#2281. En la plataforma del cole no escribas nada personal",
        ],
        "gift_offer": [
            "Has aguantado las series como una campeona 💪 te he recargado 20 € en el móvil y "
            "el sábado te compro las botas. A tus padres ni una palabra, es nuestro trato",
        ],
        "personal_question": [
            "en la peli el prota vive solo jaja, y tú? cuándo te quedas sola en casa? tus "
            "padres trabajan de noche? tu cuarto tiene pestillo?",
            "para la ficha del pesaje dime cuánto mides de pecho y si ya te ha venido la regla. "
            "mándamelo por privado, no lo digas en clase",
        ],
        "secrecy": [
            "Lo de la tarjeta sorpresa para la seño es secreto, vale. Pero lo del vestuario "
            "también, y ese es para siempre. Si tu madre se entera, la castigada serás tú",
            "Si la enfermera pregunta por los moratones, di que te caíste de la silla. Si "
            "cuentas lo del baño, me quitan el trabajo y a ti te llevan a un centro",
        ],
        "isolation": [
            "tus amigas se ríen de ti a tus espaldas, lo he visto en el bus. y tus padres pasan "
            "de ti. sal del grupo de clase y de la excursión, conmigo no te hace falta nadie",
        ],
        "self_harm": [
            "me he vuelto a cortar en la tripa donde no se ve con la camiseta, ya van 6 cortes "
            "esta semana. no puedo parar y tampoco quiero",
            "después del pesaje en el cole solo bebo agua y chicle. 3 días sin comer. si no "
            "adelgazo me quiero morir de verdad",
        ],
        "disclosure": [
            "el entrenador me toca por debajo de la camiseta cuando me estira después del "
            "partido. dice que es normal y que no se lo diga a nadie",
            "mi madre se fue el jueves y todavía no ha vuelto, estoy solo con mi hermano de 4 "
            "años. ya no queda leche. tengo 10 años",
        ],
        "violence": [
            "Perdiste en los penaltis y te reíste de mí delante de todos. El miércoles a las "
            "14:30 en el parque de atrás te rajo con el cúter. No es coña",
        ],
        "phone": [
            "La centralita de la empresa es el 91 123 45 67 para lo oficial. Lo demás, a mi "
            "móvil: seis uno dos, 34 56 78. Bórralo después de guardarlo",
        ],
        "contact": [
            "Las tarjetas para Dani, al aula del hospital como dijo la profe. Pero la carta "
            "para mí envíala a rober.monitor.priv@hotmail.es o a C/ Pez 9, 2º izq, 28004 Madrid",
        ],
    },
    "pl": {
        "meeting": [
            "Kuba, tu pan Marek z praktyk. Centrala 22 123 45 67 jest dla szkoły. W sobotę "
            "przyjdź do warsztatu o 15, będzie zamknięty, nauczę cię czegoś sam na sam. Do "
            "dzienniczka nie wpisuj",
            "Zuzia, po nocnym marszu zostań przy ognisku jak reszta pójdzie spać. O 23:30 "
            "pójdziemy nad jezioro tylko we dwoje. Wychowawczyni nie musi wiedzieć 🌙",
            "Jestem z fundacji przy szpitalu. Jak chcesz odwiedzić Antka bez klasy, czekam w "
            "niedzielę o 19 przy bocznym wejściu, zawiozę cię później do domu",
        ],
        "photo_request": [
            "Do powtórki z biologii nagraj filmik, jak pokazujesz części ciała, ale w samej "
            "bieliźnie, żeby było widać. Tylko dla mnie, nie wrzucaj na Teams",
            "mam nagranie z wczorajszej kamerki. albo do północy wyślesz mi jeszcze 2 zdjęcia, "
            "albo zobaczy je cała drużyna siatkówki",
        ],
        "private_contact": [
            "założyłem drugie konto projektowe, tylko my mamy hasło. pisz tam, a te wiadomości "
            "na Librusie kasuj od razu, pani nie musi czytać",
            "Rozpiskę leków wyślę ci na Signala, numer masz na karteczce w piórniku. Na "
            "platformie szkolnej piszemy tylko o lekcjach",
        ],
        "gift_offer": [
            "Dostałaś ode mnie 200 zł na Robuxy 😎 bo ładnie wyszła kartka dla Antka. Tylko "
            "nikomu nie mów skąd, a w piątek zadzwonisz do mnie na kamerce",
        ],
        "personal_question": [
            "hahah ten żart o chrupkach w autobusie 😂 a na którym przystanku wysiadasz? który "
            "blok i piętro? po szkole rodzice już są w domu czy masz chatę wolną do 18?",
            "do karty z ważenia muszę wiedzieć, czy masz już okres i jaki rozmiar stanika. "
            "napisz mi na priv, nie przy dziewczynach",
        ],
        "secrecy": [
            "Kartka dla pani Nowak to niespodzianka, jasne. Ale to, co było w szatni po "
            "treningu, to nasza tajemnica na zawsze. Jak komuś powiesz, wylecisz z drużyny",
            "Jak pielęgniarka zapyta o siniaki po łazience, mów że uderzyłaś się o łóżko. Jak "
            "powiesz prawdę, zabiorą cię do domu dziecka",
        ],
        "isolation": [
            "Natalka, na zieloną szkołę nie jedź, oni cię tam tylko obgadają. Wychowawczyni "
            "też cię nie lubi, sama mi mówiła. Wypisz się z grupy klasowej, masz przecież mnie",
        ],
        "self_harm": [
            "pani na wfie powiedziała że 47 kg to ok ale ja widze w lustrze co innego. od "
            "poniedzialku nic nie jem w szkole, wieczorem tylko herbata. chce zniknąć",
            "zbieram tabletki z planu opieki od 2 tygodni, mam już 30. w sobotę jak rodzice "
            "pojadą do babci, wezmę wszystkie naraz",
        ],
        "disclosure": [
            "wujek który mnie myje wieczorem bo mama pracuje na noce dotyka mnie tam gdzie nie "
            "chce i mówi że to część planu opieki. mam 11 lat",
            "Ojczym bije mnie kablem jak dostanę jedynkę. Wczoraj za sprawdzian z biologii. "
            "Mam ślady na nogach, dlatego nie ćwiczę na wfie",
        ],
        "violence": [
            "trener mówi że nas zabija sprintami, a ja zabiję ciebie naprawdę Dawid. w "
            "poniedziałek o 7:50 za halą, wezmę nóż brata, nikt cię nie obroni",
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
        "Papa von Ben hier: nach der Nachtwanderung holen wir Eltern alle Kinder um 21:45 "
        "gemeinsam am Parkplatz der Jugendherberge ab.",
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
        "Madame, est-ce que je peux déposer la vidéo de mon exposé sur le cœur dans le dossier "
        "de la classe sur l'ENT ? elle dure 3 min",
        "le surveillant a dit que ceux qui perdent au loup-garou ce soir rangent le dortoir 😂 "
        "préparez-vous je vais tous vous tuer",
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
        "Prof, posso caricare il video della mia esposizione sul cuore nella cartella della "
        "classe su Classroom? dura 4 minuti",
        "Segreto di classe 🤫 sabato festa a sorpresa per i 10 anni di Leo in palestra, la sua "
        "mamma è d'accordo, non spoilerate!",
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
        "Profe, ¿el vídeo de la exposición del esqueleto lo subimos al aula virtual o se lo "
        "mandamos a su correo del cole?",
        "mi hermano dice que me mata si vuelvo a coger su mando de la Play jajaja, pero le "
        "gané 3-0 😜",
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
        "Pani profesor, nagranie z prezentacji o sercu wrzucić na Teams do folderu klasy czy "
        "przynieść na pendrivie?",
        "Rodzice: w środę pielęgniarka szkolna waży i mierzy dzieci, przychodzą w stroju na "
        "wf. Wyniki tylko do wglądu rodziców w gabinecie.",
    ],
}
