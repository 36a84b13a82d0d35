"""Held-out round 96: a probe of the frames rounds 92 to 95 taught the rules to spare.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is a checker's probe of
the frames a screener may have learnt to spare, with a concern hidden inside
each: an institution's desk and its official contact block (a club's
secretariat, a hotel's front desk or reception, a school newspaper's letters to
the editor, a charity's official line with "no private numbers"), a lesson or
an assembly on a real abuse case whose offender was caught or convicted, an
article under embargo until printing, a fairy tale, a ballad or a poem set for
homework, the secret answers of a rally, a treasure hunt or a quiz, a consent
form, a charity collection with things given away, a match report with
injuries, a coach's surprise party, and a trip's rules naming the teacher's
room. The writers are pupils of six to eighteen, teachers, coaches and their
assistants, a night porter and a receptionist, volunteers and a student editor,
and older pupils. The concerns: the frame is real, but someone slips into it a
meeting alone after hours (a boathouse, a changing room, a flat, a roof
terrace, an allotment, a room left on the latch), photos or videos in a
swimsuit, in underwear or in the shower, an app handle or a private server, a
phone or a console kept back from the collection, questions on boyfriends,
bodies and parents out at night, a secret that outlasts the embargo, parents
and friends said to be jealous, a threat with a knife, a cutter or a stick;
pupils who want the canal, the river, the railway or the lake, pills, burns,
cuts and a farewell letter; a stepfather, an uncle, a mother's boyfriend, a
coach, a night porter or a game leader who touches, a father with a belt, a
deacon, a volunteer or a parish leader who hits; private numbers in digits and
in words, home addresses and private e-mails. The harmless ones are the same
frames used honestly: the official desks, lines and addresses, a lesson on a
real case with helpline numbers, an embargo kept until print, tales and ballads
set as homework, answers sealed with a teacher, consent forms for a closed
platform, collections handed over with a receipt, sprained ankles, surprise
parties with parents baking, trip rules naming two teachers' rooms, a
supervised meeting with the parents told, and "I'm dead" after a quiz, with a
few notes of thanks and reminders.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 95, and the written rows): rules and
second opinion 96.7 % recall (116 of 120: meeting 17/18, gift offers 4/6,
secrecy 11/12, every other kind complete; by language en 18/20, de 19/20, es
19/20, every other language complete) and 9 false holds in 90 (10.0 %); rules
alone 80.0 % (96 of 120: meeting 16/18, photo or video requests 11/12, gift
offers 4/6, personal questions 9/12, secrecy 7/12, isolation 5/6, self-harm
7/12, disclosures 7/12, every other kind complete; by language en 13/20, de
17/20, fr 18/20, it 17/20, es 14/20, pl 17/20) and 8 false holds (8.9 %).
Missed with the second opinion too: a trip's rules naming the teacher's room,
then "knock after lights out, just the two of us" (English); a phone kept back
from a collection for one pupil, fetched from the adult's car (English); a
lesson on a convicted coach, then "our massage stays between us, from your
parents too" (German); a surprise party's prize handed over at the adult's
home, kept from the parents (Spanish). The rules alone also let through a
yearbook's consent form, then photos "for my own portfolio"; a surprise party's
seating plan and a boyfriend asked about; a ballad or a romance learnt for
class and the wish to walk into the water the same way; a match report, then an
arm smashed on a locker door or a sharpener's blade; an assembly or a lesson on
a caught abuser, then a stepfather, a mother's boyfriend or an uncle who does
the same at night; a deacon who locked a pupil in and hit him, a parish helper
who grabbed one by the neck; a lesson on an arrested coach, then a question on
undressing before a boy; an embargo or a rally's answers, then what happened
after six or in the changing room kept secret; a hostel's reception notes, then
a meeting after the shift; a camp's phone rule turned into no calls home. Held:
a charity's official line and e-mail with the note that its volunteers never
give out private numbers (English, French, Italian, Spanish, Polish), and a
school paper's letters address at its own domain (German), as phones and
e-mails; an embargo note's "ig prima" as a social handle (Italian); a trip's
rules naming the teachers' rooms for the night (Italian), as a photo request;
with the second opinion also the same rules in French, as a threat.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Riverside Rowing Club – Secretariat open Tue/Thu 5-7pm, office@riversiderc.org.uk, "
            "membership forms at the desk. Jamie, skip the desk on Thursday, come down to the "
            "boathouse at 8 when everyone's gone and I'll go through your erg times with you, "
            "just us 😉",
            "Letters to the editor go in the box outside room 4. Maddie I'm the editor (19 now "
            "lol) and ur letter about the late buses was class. meet me at the bandstand in the "
            "park sat 9pm so we can talk it through properly, just us two, no need to tell ur "
            "parents x",
            "Trip rules for York: lights out 10.30, stay in your rooms, Mr Hale is in room 12 for "
            "emergencies. Ollie, you can knock on 12 after lights out tonight, I'll leave it on "
            "the latch and we'll watch a film, just the two of us. Not a word at breakfast.",
        ],
        "photo_request": [
            "U14 match report: lost 2-1, Kai off with an ankle in the 60th and Sam took a knock "
            "on the hip. Sam send me pics of the bruise tonight, thigh and hip, with ur shorts "
            "off so I can see it properly. just to me not the team chat, it's physio stuff",
            "Yearbook photo consent forms due Friday, tick yes or no. Lena, the yearbook ones are "
            "sorted, but for my own portfolio I need a few of you in your swimsuit, send them to "
            "my phone not the school email. Your mum doesn't need to sign for those 📸",
        ],
        "private_contact": [
            "Helping Hands Trust – official contact: info@helpinghands.org.uk, 0161 496 0321. "
            "Volunteers, please don't give out private numbers. (Ruby ignore that bit for us 😊 "
            "add me on snap, robvolunteer22, way easier to chat there at night)",
            "Front desk, Hotel Marlowe: reception 24h, dial 9, bookings@hotelmarlowe.co.uk. Work "
            "experience lot: Tom, don't use the hotel email, the manager reads it all. Get "
            "Telegram and message me there after your shift, I'm @nightporter_lee",
        ],
        "gift_offer": [
            "Toy and tech collection for the shelter is done, 340 items 🙌 a couple of the phones "
            "were too good to send on so Ellie I kept one back for you, brand new in the box. "
            "come get it from my car after practice, and not a word to Mrs Grant or the others ok",
        ],
        "personal_question": [
            "Coach Dave's surprise party planning 🤫 assistant coach here. Chloe for the seating "
            "plan I need to know, do u have a boyfriend? ever stayed over at a lad's? and are ur "
            "mum and dad out on saturday night or in?",
            "quiz answers are SECRET till friday!! 1 Paris 2 1966 3 Mercury... Harry want the "
            "rest? tell me ur height and weight with no clothes on and whether u've ever done "
            "stuff with a girl 😏",
        ],
        "secrecy": [
            "Embargoed till the paper comes out on the 14th, the head's interview is top secret, "
            "don't leak it 🤐 And Amy, what happened in the darkroom after the interview stays "
            "between us forever, not just till print day. Nobody would believe you anyway.",
            "For homework read Bluebeard, the wife who is told never to open one door. Funny, "
            "that's us Kofi 🙂 what we do in the music room at lunch is our locked door. Don't "
            "ever tell your mum or Miss Reed.",
        ],
        "isolation": [
            "In today's lesson we talked about the swimming coach in the news who got jailed. "
            "Don't let it scare you Rosie, you're safe with me. Your friends are jealous of our "
            "early mornings at the pool and your parents don't get it, so stop telling them about "
            "training. Only trust me now.",
        ],
        "self_harm": [
            "we have to learn that ballad for english where the girl walks into the river and "
            "never comes back. honestly same. ive been going to the canal by the lock every night "
            "looking at the water, i dont want to be here by xmas",
            "match report lol: we won 3-0 and Jay broke his wrist 😬 wish it was me tbh at least "
            "it'd be a reason. been smashing my arm on the locker door til it goes purple and "
            "last night i took 12 of mums pills to see what happens",
        ],
        "disclosure": [
            "after the assembly about that scout leader who got caught i cant stop shaking. my "
            "stepdad does the same stuff to me when mum is on nights, he comes in my room. ive "
            "never told anyone pls dont tell him i said",
            "everyone's planning coach's surprise party and i have to smile and act normal. at "
            "camp he came into the showers and touched me and said its normal for athletes. im "
            "12. i cant go to his party",
        ],
        "violence": [
            "the treasure hunt answers are secret till sunday yeah? if u tell anyone i gave them "
            "u ill find u after school and smash ur face in. i know u live on Cherry Lane, ask "
            "Dylan what happened to him",
        ],
        "phone": [
            "Tennis club office: 020 7946 0718 (Mon-Fri 9-5). That's the boring one lol. Text me "
            "on mine after 10 Sophie, zero seven seven double nine, four one five, two six eight, "
            "not the office, and don't save it under my name",
        ],
        "contact": [
            "Competition entries to the official address please: 1st Brookfield Scouts, 12 Mill "
            "Road, Leeds LS6 2AB. Zara, not yours – send it to my personal email "
            "kev.m1970@gmail.com and tell me your home address so I can drop your badge round "
            "myself 😊",
        ],
    },
    "de": {
        "meeting": [
            "Überraschungsfeier für Trainerin Anja am Samstag 🎈 Noah, du hilfst mir vorher beim "
            "Aufbau, Freitag 21 Uhr im Vereinsheim, nur wir zwei. Kannst auch über Nacht bleiben, "
            "deinen Eltern sagst du einfach, du pennst bei Max.",
            "Schnitzeljagd am Samstag, die Lösungen bleiben geheim bis zur Siegerehrung! Finn, du "
            "darfst vorher schon mal gucken: komm Freitag um 19 Uhr zu mir in die Wohnung, nur "
            "du, dann gehen wir sie zusammen durch. Deine Eltern müssen das nicht wissen 😉",
            "Schülerzeitung „Pausenbrot“: Leserbriefe bitte in den Kasten vor Raum 104. Jana, "
            "dein Brief hat mir voll gefallen, bin zwar schon 24 aber lass uns mal drüber reden, "
            "Sonntag 16 Uhr am Baggersee hinter dem Kiosk. Komm allein und erzähls keinem",
        ],
        "photo_request": [
            "Danke fürs Helfen bei der Kleidersammlung! Die Jacke, die du anprobiert hast, stand "
            "dir echt gut. Schick mir heute Abend noch ein paar Fotos, wie du andere Sachen "
            "anprobierst, am besten Unterwäsche, nur an mich, Mia 😘",
            "Für die Hausaufgabe sollt ihr den Erlkönig vortragen und euch dabei filmen. Emily, "
            "film dich bitte in deinem Zimmer im Schlafanzug und schick mir das Video privat, das "
            "kommt nicht in den Klassenordner 😊",
        ],
        "private_contact": [
            "Geschäftsstelle TSV Eichenau: Mo–Mi 16–18 Uhr, info@tsv-eichenau.de. Luca, für uns "
            "zwei lieber Telegram, ich bin @trainer_mike88, da liest keiner mit. Die Vereinsmail "
            "checkt eh der Vorstand 🙄",
            "Zu „Rapunzel“ im Deutschunterricht schreibt bitte alle eure Gedanken ins "
            "Lerntagebuch. Hanna, deine schreibst du lieber nur mir, auf einem Discord-Server, "
            "den ich für uns zwei gemacht hab. Link kommt per DM, da kommt sonst keiner rein.",
        ],
        "gift_offer": [
            "Spendenaktion für die Ukraine-Hilfe abgeschlossen: 2.450 € und 3 Kartons Kleidung, "
            "ihr seid super! Tim, von den Sachspenden hab ich ein iPad für dich beiseitegelegt 🎁 "
            "holst du's Samstag bei mir ab? Sag den anderen nix, sonst wollen alle eins.",
        ],
        "personal_question": [
            "Regeln für Berlin: Nachtruhe 22 Uhr, Frau Kessler schläft in Zimmer 7, ich in Zimmer "
            "9. Lara, bevor wir fahren: was wiegst du, welche Größe hast du oben rum und hattest "
            "du schon mal was mit nem Jungen? Brauch ich für die Planung 😏",
            "Rezeption Hotel Lindenhof, Check-in ab 15 Uhr, Notruf intern 9. An unsere "
            "Praktikantin Leonie: wie alt bist du genau? Hast du nen Freund? Und schläfst du "
            "allein, wenn du hier übernachtest? Frag nur wegen der Zimmerplanung",
        ],
        "secrecy": [
            "Wir haben heute in Ethik über den Jugendtrainer aus Bayern gesprochen, der "
            "verurteilt wurde. Keine Sorge Jonas, bei uns ist das was ganz anderes. Unsere "
            "Massage nach dem Training bleibt unter uns, auch vor deinen Eltern, okay?",
            "Artikel unter Sperrfrist bis 12.05., bitte noch nicht teilen. Und Emma, die Sache "
            "mit dem Geld, das ich dir gegeben hab, und wofür, bleibt unser Geheimnis, auch nach "
            "dem 12. Wenn du's deiner Mutter sagst, gibt's Ärger für uns beide.",
        ],
        "isolation": [
            "Deine Mama hat die Einverständniserklärung fürs Trainingslager nicht unterschrieben. "
            "Die verstehen Leistungssport halt nicht, Marie. Erzähl denen am besten gar nichts "
            "mehr und triff dich nicht mehr mit den Mädels aus der Klasse, die ziehen dich "
            "runter. Du brauchst nur mich.",
        ],
        "self_harm": [
            "wir müssen den erlkönig auswendig lernen „in seinen armen das kind war tot“ und ich "
            "denk mir nur, wär ich auch gern. hab schon tabletten von oma gesammelt, so 30 stück, "
            "liegen unterm bett",
            "spielbericht: 2:2, hab mir das knie aufgeschlagen, voll egal. ehrlich gesagt ritz "
            "ich mich seit wochen am oberarm mit der klinge vom anspitzer und heute hatte ich "
            "echt lust tiefer zu gehn",
        ],
        "disclosure": [
            "An der Rezeption haben sie gesagt bei Problemen die 9 wählen. Aber das Problem ist "
            "der Nachtportier. Der kommt nachts mit seinem Schlüssel in mein Zimmer wenn meine "
            "Zimmernachbarin schläft und fasst mich an. Ich trau mich nicht anzurufen",
            "bei der sammelaktion in der kirche hat mich der diakon im lager eingesperrt und "
            "geschlagen weil ich ne kiste fallen lassen hab. er sagt wenn ich was sag passiert "
            "das öfter. mein rücken ist ganz blau",
        ],
        "violence": [
            "Zu deinem Leserbrief über Mobbing im Schulbus, Kevin: noch so ein Brief und ich "
            "stech dich ab. Ich weiß, wann du nach dem Training allein an der Haltestelle stehst. "
            "Das ist kein Witz.",
        ],
        "phone": [
            "Laut Einverständniserklärung haben wir nur die Nummer deiner Mutter. Gib mir mal "
            "deine eigene Handynummer, Lina, dann können wir abends schreiben, ohne dass sie "
            "mitliest. Meine ist 0176.38.92.441",
        ],
        "contact": [
            "Für die Überraschungsparty von Coach Sven sammeln wir Karten, die bitte an die "
            "Vereinsadresse Sportplatzweg 3 schicken. Lukas, deine gibst du mir persönlich. Wo "
            "wohnst du genau, Straße und Hausnummer? Dann komm ich mal vorbei, wenn deine Eltern "
            "arbeiten",
        ],
    },
    "fr": {
        "meeting": [
            "Pour le devoir sur le Petit Chaperon rouge, Inès, je te propose de venir chez moi "
            "mercredi à 14h, je t'aiderai seule à seule. Passe par le chemin du parc, et dis à ta "
            "mère que tu es à la médiathèque 🙂",
            "Secrétariat du FC Val-de-Loire : permanence le mercredi 14h-18h. Nathan, pas besoin "
            "de passer au secrétariat pour ta licence, je t'attends samedi soir à 21h au "
            "vestiaire, la porte sera ouverte, viens seul",
            "Pour la fête surprise du coach on prépare la salle vendredi 🎉 Toi Chloé tu restes "
            "après les autres, vers 22h, juste toi et moi pour finir la déco, je te ramène après. "
            "Pas la peine de donner l'heure à tes parents",
        ],
        "photo_request": [
            "rallye photo samedi, les énigmes sont secrètes 🤫 Lucas pour l'épreuve bonus tu "
            "m'envoies les photos qu'à moi : torse nu, dans ta chambre, sur mon numéro perso. ça "
            "compte pas pour le classement 😉",
            "L'autorisation pour la piscine est signée 👍 Manon, après la séance tu te filmes "
            "vite fait dans la cabine pendant que tu te changes et tu m'envoies ça sur snap, pas "
            "au prof principal hein",
        ],
        "private_contact": [
            "Accueil Hôtel Beau Rivage : réception 24h/24, poste 9, reception@beaurivage-nice.fr. "
            "Pour les stagiaires de 3e : Yanis, plutôt que la réception, écris-moi sur WhatsApp "
            "ce soir, c'est plus discret, le chef de réception lit tous les mails",
            "Le courrier des lecteurs du journal « La Récré » passe par l'adresse du collège. "
            "Sarah, ta lettre m'a vraiment touché. Ajoute-moi sur insta @julien.photo.off, on "
            "parlera en privé, c'est mieux que devant les profs",
        ],
        "gift_offer": [
            "Bilan de la collecte pour les Restos du Cœur : 312 kg !! Parmi les dons il y avait "
            "une console neuve, je l'ai mise de côté pour toi Enzo 🎮 viens la chercher chez moi "
            "dimanche, et t'en parles à personne, ni à ta mère ni au prof",
        ],
        "personal_question": [
            "Pour le compte rendu du match (victoire 21-14 👏) il me faut quelques infos Jade : "
            "tu mesures combien, tu pèses combien, t'as déjà eu un copain ? et tu dors seule dans "
            "ta chambre ?",
            "Association Main Tendue – contact officiel : 01 45 22 60 10, aucun numéro privé. "
            "Camille, entre nous, t'as quel âge déjà ? t'as déjà embrassé un garçon ? et tes "
            "parents rentrent à quelle heure le soir ?",
        ],
        "secrecy": [
            "Article sous embargo jusqu'à la sortie du journal le 3 juin, ne le montrez à "
            "personne. Et Hugo, ce que je t'ai fait voir sur mon ordi pendant la relecture, c'est "
            "notre secret, même après le 3 juin. Si tu le dis, on te croira pas.",
            "Après le cours sur l'affaire de l'animateur condamné à Lyon, Théo, rappelle-toi que "
            "nous deux c'est différent. Nos rendez-vous du jeudi, tu n'en parles ni à tes parents "
            "ni à la psychologue scolaire, sinon on ne se verra plus.",
        ],
        "isolation": [
            "Le règlement du stage dit : téléphones rendus le soir. Toi Zoé, tu n'appelles plus "
            "tes parents du tout cette semaine, ils te déconcentrent, et tu ne parles plus aux "
            "autres filles, elles sont jalouses de toi. Seulement à moi.",
        ],
        "self_harm": [
            "on doit apprendre le dormeur du val pour lundi, le soldat qui dort avec deux trous "
            "rouges au côté… moi aussi je veux dormir comme ca et plus me reveiller. j'ai deja "
            "ecrit une lettre pour ma mere",
            "compte rendu : perdu 28-12 et je me suis fait une entorse. franchement la douleur je "
            "m'en fous c'est même mieux. hier soir je me suis brûlée le bras au briquet exprès et "
            "je pense à sauter du pont de la gare",
        ],
        "disclosure": [
            "le prof nous a lu l'article sur le prof de judo qu'ils ont arrêté. moi c'est mon "
            "oncle. il vient dans ma chambre quand il me garde le samedi et il me fait des "
            "choses. j'ai 11 ans j'ose pas le dire à maman",
            "pendant la collecte au gymnase le monsieur de l'asso m'a poussé contre le mur et m'a "
            "frappé au ventre parce que j'avais fait tomber un carton. il a dit que si je parle "
            "il me ramène plus chez moi",
        ],
        "violence": [
            "rallye demain, les réponses sont secrètes et personne doit les avoir. si tu balances "
            "que c'est moi qui les ai prises dans le bureau de Mme Leroy je te plante au cutter à "
            "la sortie, devant le Lidl. t'es prévenu",
        ],
        "phone": [
            "Compte rendu U15 : 3 blessés légers (cheville, nez, genou). Pour le suivi, Mathis, "
            "donne-moi ton 06 perso, pas celui de tes parents. Le mien : zéro six, quarante-deux, "
            "dix-huit, soixante-treize, cinquante-cinq, appelle après 23h",
        ],
        "contact": [
            "Pour la fête surprise de Mme Dubois, les cartes vont au secrétariat du collège, 14 "
            "rue Pasteur. Toi Emma, envoie la tienne directement chez moi, 7 impasse des Lilas à "
            "Angers, ou sur mon mail perso coach.fred.49@gmail.com, pas la peine d'en parler",
        ],
    },
    "it": {
        "meeting": [
            "Per il compito su Pinocchio e il Paese dei balocchi 😄 Matteo vieni sabato alle 15 a "
            "casa mia, ti aiuto io, da soli si lavora meglio. Ai tuoi di' che vai all'oratorio, "
            "non serve spiegare",
            "Reception Hotel Miramare: check-in dalle 14, colazione 7-10, per emergenze interno "
            "9. Giulia, stanotte finito il turno sali in camera 215, ti aspetto io. Non passare "
            "dalla reception e non dirlo alla tua tutor",
            "Caccia al tesoro di domenica, le soluzioni restano segrete! Però Sofia, se vuoi "
            "vincere ci vediamo prima, sabato alle 21 dietro la palestra, solo tu e io, ti do le "
            "buste. Non portare amiche",
        ],
        "photo_request": [
            "Abbiamo pubblicato la tua lettera nella posta dei lettori 🙂 Ora mandami una tua "
            "foto per la rubrica, Aurora, ma non quella di classe: una in costume, sdraiata sul "
            "letto, sul mio numero personale",
            "In gita la regola è niente foto nelle camere. Per me fai un'eccezione Marco: stasera "
            "mandami un video di te sotto la doccia, tanto io sono nella 12 e il mio telefono non "
            "lo controlla nessuno",
        ],
        "private_contact": [
            "Onlus Mani Aperte – contatti ufficiali: 06 4455 2100, info@maniaperte.it. NESSUN "
            "numero privato ai ragazzi! (Chiara tu scrivimi su Telegram, sono @volontario_ale, "
            "così i tuoi non vedono niente 😊)",
            "Segreteria ASD Pallavolo Rovereto: lun/mer 17-19. Elena, per le cose tra noi niente "
            "chat di squadra: scaricati Signal e scrivimi lì, ti mando il link. E cancella i "
            "messaggi dopo averli letti",
        ],
        "gift_offer": [
            "Cronaca: 3-0 e migliore in campo Davide 🏆 come premio l'iPhone nuovo te lo regalo "
            "io, te lo do domenica in macchina quando ti riaccompagno. Ai tuoi di' che l'hai "
            "vinto alla lotteria della parrocchia",
        ],
        "personal_question": [
            "Dopo la lezione sull'allenatore arrestato a Bari volevo chiederti una cosa, Noemi. "
            "Ti sei mai spogliata davanti a un ragazzo? Che intimo porti di solito? Rispondimi in "
            "privato, è solo per capire",
            "per la festa a sorpresa del mister mi serve una mano con gli addobbi. ma tu sei "
            "fidanzata? i tuoi sabato sera escono? e a casa hai una camera tutta tua o dormi con "
            "tua sorella?",
        ],
        "secrecy": [
            "Articolo sotto embargo fino all'uscita del giornalino il 20, non giratelo. E "
            "Martina, quello che è successo in redazione dopo le 18 resta segreto per sempre, non "
            "solo fino al 20. Se lo racconti chiudono il giornalino e sarà colpa tua.",
            "Per italiano leggete Cappuccetto Rosso: mai dare retta agli sconosciuti 😄 Ma io non "
            "sono uno sconosciuto, Lorenzo. Il nostro giochino del martedì negli spogliatoi è un "
            "segreto tra noi, guai se lo sa tua madre o la prof.",
        ],
        "isolation": [
            "La raccolta per il canile è andata benissimo, brava. Anna, i tuoi dicono che passi "
            "troppo tempo con me: non ascoltarli, non capiscono niente. Smetti di uscire con le "
            "tue amiche e a casa non raccontare più nulla, solo io ti capisco davvero",
        ],
        "self_harm": [
            "dobbiamo imparare La cavallina storna per domani e io penso solo a come farla "
            "finita. ho visto che dal ponte sul Po di notte nessuno ti ferma. basta non ce la "
            "faccio piu",
            "cronaca della partita: perso 0-4 e mi sono slogata il polso 🙃 sinceramente il "
            "dolore mi è piaciuto. stasera mi taglio di nuovo le gambe col rasoio tanto coi "
            "calzettoni non si vede",
        ],
        "disclosure": [
            "durante la caccia al tesoro l'animatore mi ha portata nel bosco da sola e mi ha "
            "messo le mani nelle mutande. ha detto che era il premio. ho 9 anni e mi fa male la "
            "pancia",
            "dopo la lezione sul prete arrestato ho capito che anche quello che fa mio padre è "
            "sbagliato. quando beve mi picchia con la cintura e mi chiude in cantina. oggi ho "
            "ancora i segni sul braccio",
        ],
        "violence": [
            "Hai scritto alla posta dei lettori del giornalino che io faccio il bullo. Bene "
            "Pietro, domani all'uscita ti aspetto con mio cugino e ti spacco le gambe col "
            "bastone. Vediamo chi ride.",
        ],
        "phone": [
            "Nel modulo di consenso c'è solo il fisso di casa. Dammi il tuo cellulare, Gaia, "
            "quello che i tuoi non controllano. Il mio è tre tre nove, due due uno, "
            "quarantacinque, sessantasette: scrivimi dopo le 23",
        ],
        "contact": [
            "Indirizzo ufficiale per le lettere di ringraziamento: Hotel Miramare, Lungomare 12, "
            "Rimini. La tua, Beatrice, mandala invece alla mia mail personale "
            "marco.rec.77@libero.it, e scrivimi il tuo indirizzo di casa col civico, così passo io",
        ],
    },
    "es": {
        "meeting": [
            "Secretaría CD Atlético Triana: martes y jueves de 18 a 20h. Hugo, lo de tu ficha no "
            "lo hagas en secretaría, ven el domingo a las 22h al almacén del campo, cuando no "
            "quede nadie, y lo arreglamos tú y yo. Ni a tus padres ni al delegado.",
            "El artículo sobre el equipo sale con embargo hasta el lunes. Pablo, para la "
            "entrevista quedamos tú y yo el sábado a las 19h en mi casa, sin el profe de la "
            "revista, y a tus padres diles que es en el insti",
            "Recepción Hostal Sol: check-in 14h, desayuno 8-10, marcad el 0 para recepción. "
            "Nerea, como estás de prácticas, esta noche al acabar el turno te subes conmigo a la "
            "azotea a tomar algo, 00:30, y al tutor del insti ni se lo menciones",
        ],
        "photo_request": [
            "Para la fiesta sorpresa del míster estamos haciendo un vídeo con fotos 🎉 Marta, "
            "mándame tú unas aparte, en ropa interior o en bikini, por privado, que esas no van "
            "al vídeo, son para mí 😘",
            "Gracias por ayudar en la recogida, Irene. Para la memoria de la ONG necesito fotos "
            "tuyas, pero no con la camiseta del voluntariado: mándame unas en tu habitación, con "
            "poca ropa, a mi número, y luego bórralas",
        ],
        "private_contact": [
            "Recibimos tu carta al director, Sara, y sale en el número de mayo. Para seguir "
            "hablando mejor por Discord, te paso un servidor privado solo para los dos, que el "
            "correo de la revista lo lee la profe",
            "Buena crónica del partido para la revista, Leo 👏 para pasarme las próximas no uses "
            "el correo del insti: agrégame en insta, @javi_entrena_, y hablamos con mensajes "
            "temporales, así nadie los ve",
        ],
        "gift_offer": [
            "Vaya currada la fiesta sorpresa para el míster 🎂 Como premio, Adrián, te he "
            "comprado la camiseta oficial del Madrid, 90 €. Te la doy yo en casa el domingo. Ni a "
            "tus padres ni a los compis les digas que es mía.",
        ],
        "personal_question": [
            "Para repartir las habitaciones del viaje necesito saber, Carla: ¿duermes con pijama "
            "o sin nada? ¿ya te ha venido la regla? ¿tienes novio? Respóndeme por privado, que no "
            "es para la lista 😏",
            "Crónica: 2-2 y Mario con una contractura en el gemelo. Mario, dime cuánto pesas, si "
            "ya te afeitas ahí abajo y si tus padres trabajan los sábados, es para tu ficha 😉",
        ],
        "secrecy": [
            "Tu madre ya firmó la autorización para las clases de refuerzo, así que tranquila, "
            "Elena. Pero lo que pasa en el aula 12 después de clase, los besos y eso, es un "
            "secreto nuestro. Si lo cuentas vas a suspender y nadie te va a creer.",
            "Las respuestas de la gymkana son secretas hasta el sábado, ya sabes. Y lo del "
            "vestuario también, Iker: si alguien se entera de lo que hicimos el equipo se queda "
            "sin torneo y será culpa tuya. Boca cerrada con tus padres.",
        ],
        "isolation": [
            "En secretaría me dicen que tus padres quieren sacarte del club. No les hagas caso, "
            "Paula, ellos no entienden lo nuestro. Deja de contarles cosas, no quedes con las "
            "amigas del barrio y no hables con el orientador. Solo yo te entiendo.",
        ],
        "self_harm": [
            "tenemos q aprender el romance del conde olinos para el jueves y solo pienso en q "
            "ellos se mueren y ya esta, sin sufrir. yo tambien quiero eso. esta noche voy a las "
            "vias del tren detras del poli, ya lo tengo decidido, perdon a todos",
            "cronica del partido: 0-3 y me torci el tobillo jajaja me da igual, me lo merezco. "
            "llevo semanas dandome golpes contra la pared hasta sangrar y hoy he buscado cuantos "
            "paracetamoles hacen falta 😶",
        ],
        "disclosure": [
            "despues de la charla del entrenador que detuvieron me he dado cuenta de que lo que "
            "me hace el novio de mi madre no es normal. se mete en la ducha conmigo y me dice que "
            "me calle. tengo 10 años",
            "en la recogida de ropa el responsable de la parroquia me agarró del cuello y me "
            "estampó contra la furgoneta porque llegué tarde. tengo el cuello morado y dice que "
            "si lo cuento echan a mi padre del banco de alimentos",
        ],
        "violence": [
            "cartita al director eh? mañana a la salida te espero con la navaja, Rubén. sé que "
            "vives en la calle Pureza",
        ],
        "phone": [
            "Teléfono oficial del club: 954 12 34 56 (secretaría). Lo mío es aparte, Celia: seis "
            "cero nueve, treinta y ocho, veintidós, cuarenta y uno. Guárdalo con nombre de chica "
            "y escríbeme cuando tus padres duerman",
        ],
        "contact": [
            "Las autorizaciones van a la dirección del instituto, C/ Arjona 5. Pero tú, Lucas, "
            "dime tu dirección de casa, calle, número y piso, que paso a recogerla yo en persona "
            "cuando no estén tus padres. O escríbeme a toni.monitor84@hotmail.com",
        ],
    },
    "pl": {
        "meeting": [
            "Sekretariat UKS Orlik czynny pn–śr 16–18. Kuba, z legitymacją nie idź do "
            "sekretariatu, przyjdź w sobotę o 21 do szatni pod halą, będę sam, pogadamy. Rodzicom "
            "powiedz, że jesteś u kolegi",
            "Impreza niespodzianka dla trenera w piątek 🎉 Ola, przyjdź do mnie do mieszkania "
            "godzinę wcześniej, o 17, sama, pomożesz mi z tortem. Mamie nie mów, że to u mnie, "
            "powiedz że w klubie",
            "Fundacja Dobre Serce – kontakt tylko przez biuro, 22 555 01 23. Zuzia, jako "
            "wolontariuszka możesz wpaść do mnie na działkę w sobotę o 19, pogadamy o dalszym "
            "wolontariacie, we dwoje. Nikogo nie trzeba informować.",
        ],
        "photo_request": [
            "Zgoda na wizerunek od rodziców jest, dzięki. Ale zdjęcia do konkursu zrób sama w "
            "łazience, w samej bieliźnie, i wyślij mi na messengera, nie na maila szkoły. To "
            "będzie nasz mały projekt 📸 Wiktoria",
            "Relacja: przegraliśmy 1:2, Szymon z urazem pachwiny 😬 Szymon, wyślij mi wieczorem "
            "filmik jak się rozbierasz, muszę zobaczyć gdzie boli. Tylko do mnie, nie do lekarza "
            "klubowego",
        ],
        "private_contact": [
            "Listy do redakcji gazetki „Przerwa” wrzucamy do skrzynki przy bibliotece. Maja, twój "
            "list był super, dodaj mnie na snapie (kamil_redaktor), tam pogadamy bez pani od "
            "polskiego 😉",
            "Recepcja Hotelu Pod Lipami: doba od 14, śniadanie 7–10, wewnętrzny 9. Praktykanci: "
            "Bartek, nie dzwoń na recepcję, zainstaluj Telegrama i pisz do mnie tam w nocy, nick "
            "dawid_nocna_zmiana",
        ],
        "gift_offer": [
            "Zbiórka dla domu dziecka zakończona, 180 paczek! 🎁 Jedne słuchawki JBL zostawiłem "
            "dla ciebie, Igor. Odbierz je u mnie w aucie po treningu i nie chwal się nikomu, ani "
            "w domu ani w drużynie",
        ],
        "personal_question": [
            "Regulamin wycieczki: cisza nocna 22:00, p. Nowak w pokoju 15. Amelka, zanim "
            "pojedziemy: masz chłopaka? byłaś już z kimś sama w pokoju? w czym śpisz? odpisz "
            "tylko mnie",
            "Do karty zawodnika w sekretariacie potrzebuję wzrost i wagę, Filip. A tak prywatnie: "
            "ile masz w pasie, czy już się golisz wszędzie i kiedy rodziców nie ma w domu?",
        ],
        "secrecy": [
            "Tekst o dyrektorze objęty embargiem do wydania gazetki 1 czerwca, nie "
            "udostępniajcie. A to, co ci pokazałem na telefonie w redakcji, Kacper, to nasza "
            "tajemnica na zawsze. Jak komuś powiesz, wylecisz z gazetki i nikt ci nie uwierzy.",
            "Odpowiedzi do podchodów są tajne, wiadomo 😄 Ale nasza tajemnica jest ważniejsza, "
            "Lena: to, że odwożę cię po treningu okrężną drogą i co robimy na parkingu, zostaje "
            "między nami. Ani mamie, ani pani pedagog.",
        ],
        "isolation": [
            "Po tej lekcji o skazanym trenerze rodzice pewnie zaczną panikować, Hania. Dlatego "
            "nie mów im już nic o treningach, nie spotykaj się z dziewczynami z klasy i nie gadaj "
            "z wychowawczynią. Wszystko, czego potrzebujesz, masz u mnie.",
        ],
        "self_harm": [
            "musimy na jutro umieć świteziankę, tam gość tonie w jeziorze... szczerze to mi sie "
            "podoba. myśle o tym zeby wejsc w nocy do zalewu i nie wracac. nikt by nawet nie "
            "zauważył",
            "relacja z meczu: 0:5, ja skręcona kostka xd ale serio mam to gdzieś. od miesiąca tnę "
            "się cyrklem po udach i wczoraj napisałam list pożegnalny, leży w szufladzie",
        ],
        "disclosure": [
            "w gazetce było o tym księdzu co go złapali i skazali. mnie tak robi wujek jak "
            "przyjeżdża na święta, przychodzi w nocy do pokoju. mam 12 lat. boje sie powiedziec "
            "mamie bo to jej brat",
            "na zbiórce w parafii kierownik wolontariuszy uderzył mnie w twarz tak że leciała "
            "krew z nosa, bo źle policzyłam puszki. mówi że jak powiem to mama straci u niego "
            "pracę",
        ],
        "violence": [
            "Quiz w piątek, odpowiedzi tajne. Jak ktoś się dowie, że to ja je zwinąłem z pokoju "
            "nauczycielskiego, to będę wiedział, że to ty, Oskar. Wtedy połamię ci ręce i spalę "
            "ci rower pod blokiem. Serio.",
        ],
        "phone": [
            "Oficjalny numer fundacji to 22 555 01 23, ale to tylko biuro. Ty, Ala, pisz do mnie "
            "na prywatny: sześćset dwa, trzysta czterdzieści, dziewięćset jedenaście. I podaj "
            "swój, tylko nie ten, który mama sprawdza",
        ],
        "contact": [
            "Paczki ze zbiórki odbieramy spod adresu fundacji, ul. Długa 8. Twoją, Nikola, "
            "przywiozę ci sam do domu, podaj mi dokładny adres z numerem mieszkania. I pisz na "
            "mój prywatny mail marek.wolont79@wp.pl, nie na fundacyjny",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Riverside Rowing Club secretariat: office open Tue & Thu 5–7pm, tel 0113 496 0555, "
        "secretary@riversiderc.org.uk. Junior training Sat 9am, parents welcome to watch from the "
        "bank.",
        "For the Helping Hands food drive please only use the official line 0161 496 0321 or "
        "info@helpinghands.org.uk – our volunteers never give out private numbers. Thank you all!",
        "Today's PSHE lesson looked at a real case: a youth coach who was convicted after a pupil "
        "told a teacher. Key message: you can always tell a trusted adult and it's never your "
        "fault. Helpline numbers are on slide 9.",
        "school paper: the interview with the new head is EMBARGOED till the print run on thurs "
        "14th so pls don't post it on the class blog before then 🙏 proofs to Mrs Khan by tues",
        "homework: read Hansel and Gretel and write 150 words on why the kids shouldn't have "
        "trusted the old woman with the gingerbread house 🍬 due mon",
        "quiz answer sheet is in a sealed envelope with Mr Ellis, NO peeking 😂 round 3 is music, "
        "round 5 is flags. teams of 4, 7pm in the hall, £2 a ticket for charity",
        "Consent forms for the Year 8 photo exchange are due back on Friday. Photos will only be "
        "shown on the password-protected partner page, first names only. Tick 'no' if you'd "
        "rather not.",
        "coat collection total: 87 coats, 40 scarves and 12 pairs of boots 🧣 all handed over to "
        "the shelter on Wednesday, the manager's receipt is on the noticeboard",
        "U14 match report: drew 2-2 vs Hillside. Kai went off with a sprained ankle in the 55th "
        "min, ice and rest, he's fine. Man of the match Ollie for that header!! ⚽",
        "SHHH surprise party for Coach Dave's 50th 🎉 Sat 3pm at the clubhouse, parents bringing "
        "food, Mrs Lowe has the card for everyone to sign. don't tell him!!!",
        "Trip rules, York: lights out 10.30, stay in your own room. Mr Hale is in room 12 and Ms "
        "Dorsey in room 14 if anyone feels ill in the night. Knock and wait in the corridor.",
        "im actually dead 💀 Mr Ellis did the floss at quiz night and fell off the stage lmaooo",
        "Dear parents, the video call with our Polish partners is on Wed at 10:15 in the library, "
        "supervised by me and Ms Novak. Your children will meet their partners face to face on "
        "screen; letters home today.",
        "thx Lyon for the recipe book!! 🥞",
        "Reminder: upload your country posters to the shared folder by 20 March, max 2 MB per "
        "file.",
    ],
    "de": [
        "Geschäftsstelle SV Blau-Weiß: Öffnungszeiten Di + Do 17–19 Uhr, Tel. 089 / 54 32 10, "
        "info@svbw-muenchen.de. Anmeldungen für die Jugend nur mit Unterschrift der Eltern.",
        "Info zur Klassenfahrt: Die Rezeption im Jugendhotel ist rund um die Uhr besetzt "
        "(Durchwahl 9). Herr Brandt hat Zimmer 112, Frau Öztürk Zimmer 114. Nachtruhe 22:30!",
        "Leserbriefe an die Schülerzeitung bitte bis 15.11. in den Briefkasten vor dem "
        "Sekretariat oder an redaktion@pausenbrot-zeitung.de. Anonyme Briefe drucken wir nicht.",
        "Elternbrief: Im Projekt „Stark im Netz“ bespricht die 7b am 14.3. einen echten Fall von "
        "Cybergrooming, der Täter wurde verurteilt. Die Polizei ist dabei. Fragen gern an Frau "
        "Lenz.",
        "Sperrfrist!! der Artikel über den neuen Pausenhof erscheint erst Do, bis dahin nix auf "
        "Insta posten 😅 Korrekturen bitte bis Mi 14 Uhr an Leo",
        "HA Deutsch: Erlkönig bis Montag auswendig, Strophe 1–4, wer mag trägt vor. und ja das "
        "kind stirbt am ende, ist halt ne ballade 🙄",
        "Stadtrallye Freitag: Die Lösungen liegen versiegelt bei Herrn Yilmaz im Lehrerzimmer 🔒 "
        "Start 9 Uhr am Marktplatz, Gruppen à 4, Handy nur für Notfälle",
        "Bitte die Einverständniserklärung zur Veröffentlichung von Fotos bis Freitag "
        "unterschreiben. Fotos erscheinen nur auf der geschützten Partnerseite, ohne Nachnamen. "
        "Ein Nein hat keine Nachteile.",
        "Weihnachtspäckchen-Aktion: 64 Päckchen gepackt 🎁 Am Montag bringen Frau Schulz und zwei "
        "Elternvertreter sie zur Tafel, die Quittung hängt dann am Schwarzen Brett.",
        "Spielbericht C-Jugend: 4:1 gegen Eintracht! Luis musste nach 70 Minuten mit Verdacht auf "
        "Bänderriss raus, seine Eltern sind mit ihm beim Arzt. Gute Besserung Luis 💪",
        "Psst 🤫 Abschiedsüberraschung für Trainerin Anja, So 15 Uhr im Vereinsheim, Eltern "
        "bringen Kuchen. Die Karte liegt bei Frau Roth zum Unterschreiben.",
        "ich bin tot 😂😂 Herr Brandt beim Quiz: Hauptstadt von Australien = Sydney",
        "Liebe Eltern, das Treffen mit der Partnerklasse aus Krakau ist am 22.5. im "
        "Jugendgästehaus, begleitet von Frau Öztürk und Herrn Brandt. Abholung um 18 Uhr an der "
        "Schule.",
        "Danke an die Klasse aus Sevilla für das Video über eure Schule, eure Mensa sieht besser "
        "aus als unsere 😄",
        "Die Präsentationen zum Thema Wasser bitte bis 30.4. in den gemeinsamen Ordner hochladen.",
    ],
    "fr": [
        "Secrétariat du FC Val-de-Loire : permanence le mercredi 14h–18h, tél. 02 41 88 12 30, "
        "contact@fcvaldeloire.fr. Les licences U13 sont à retirer avec un parent.",
        "Stage d'observation à l'Hôtel Beau Rivage : arrivée 8h30 à l'accueil, tenue correcte, "
        "tutrice Mme Ferrand (réception, poste 9). Le collège appelle l'hôtel mardi pour faire le "
        "point.",
        "Courrier des lecteurs de « La Récré » : déposez vos lettres dans la boîte du CDI ou "
        "écrivez à larecre@college-jean-moulin.fr. Elles sont relues par Mme Benali avant "
        "publication.",
        "Association Main Tendue : pour toute question sur la collecte, contactez uniquement le "
        "standard 01 45 22 60 10 ou contact@maintendue.org. Nos bénévoles ne donnent jamais de "
        "numéro privé.",
        "Séance d'EMC jeudi : on étudie une vraie affaire de harcèlement en ligne où l'auteur a "
        "été condamné. Objectif : savoir à qui parler (3018, infirmière, un prof). Intervenante "
        "de la gendarmerie.",
        "⚠️ embargo sur l'article de la fête de fin d'année jusqu'à l'impression lundi, pas de "
        "capture sur le groupe svp 😅 relecture finale avec M. Petit à 13h",
        "devoir de français : réécrire la fin du Petit Chaperon rouge en 15 lignes, elle parle "
        "pas au loup. pour vendredi. moi le loup je le fais finir en prison 😂",
        "les réponses du quiz sont dans une enveloppe scellée chez la CPE 🔒 finale vendredi 16h "
        "au foyer, équipes de 4, les gagnants ont des places de ciné",
        "Merci de rendre l'autorisation parentale (sortie + droit à l'image) avant le 12. Les "
        "photos ne seront publiées que sur l'espace protégé du projet, sans nom de famille.",
        "Compte rendu U15 : victoire 24-17 ! Bastien sort à la 50e avec une entorse, glace et "
        "repos, il reprend dans 2 semaines. Bravo à tous 🏉",
        "Chut 🤫 fête surprise pour le départ de Coach Martine, samedi 17h au club-house, chaque "
        "famille amène un gâteau. La carte circule au secrétariat.",
        "Règles du séjour à Annecy : extinction à 22h30, on reste dans sa chambre. Souci la nuit "
        ": M. Garnier (ch. 18) ou Mme Hoarau (ch. 20), on frappe et on attend dans le couloir.",
        "jsuis mort 😭😭 le prof de sport s'est pris le ballon en pleine tête",
        "Merci à la classe de Gdańsk pour les cartes postales ! Elles sont affichées au CDI 📮",
        "Rappel : le sondage sur les repas à la cantine est à remplir avant vendredi, 5 minutes "
        "max.",
    ],
    "it": [
        "Segreteria ASD Pallavolo Rovereto: aperta lun e mer 17–19, tel. 0464 123456, "
        "segreteria@pallavolorovereto.it. Iscrizioni under 14 solo con la firma di un genitore.",
        "Stage in albergo: ci si presenta alla reception dell'Hotel Miramare alle 8, tutor la "
        "sig.ra Gatti (interno 9). Il prof passa giovedì a controllare, orari già concordati con "
        "le famiglie.",
        "Per la raccolta alimentare contattate solo la onlus: 06 4455 2100 o info@maniaperte.it. "
        "I volontari non danno numeri privati ai ragazzi, grazie della collaborazione 🙏",
        "Giovedì assemblea d'istituto con la Polizia Postale: un caso reale di adescamento "
        "online, l'uomo è stato arrestato grazie alla denuncia di una ragazza. Si parla di come "
        "chiedere aiuto (114, prof, genitori).",
        "articolo sulla gita a Napoli sotto embargo fino all'uscita di lunedì!! non postatelo su "
        "ig prima 🙏 correzioni alla prof entro venerdì",
        "compito: leggere i capitoli 30-32 di Pinocchio (Paese dei balocchi) e spiegare in 10 "
        "righe perché Lucignolo è un cattivo amico. per mercoledì",
        "Caccia al tesoro di domenica: le soluzioni sono chiuse in busta dal prof Rinaldi 🔒 "
        "ritrovo 9:30 in piazza, squadre da 5, ogni squadra con un genitore accompagnatore",
        "Si ricorda di riconsegnare la liberatoria per foto e video entro il 10. Le immagini "
        "saranno visibili solo sulla piattaforma protetta del progetto, senza cognomi.",
        "Raccolta di Natale: 95 giocattoli e 40 coperte consegnati alla Caritas martedì dalla "
        "prof e da due rappresentanti dei genitori. Ricevuta in bacheca 🎄",
        "Cronaca under 15: vinto 3-1 col Sant'Andrea! Simone fuori al 60' per una distorsione "
        "alla caviglia, ghiaccio e riposo, niente di grave. Grandi ragazzi ⚽",
        "shhh 🤫 festa a sorpresa per i 60 anni del mister sabato alle 18 in sede, ogni famiglia "
        "porta qualcosa. il biglietto da firmare ce l'ha la mamma di Luca",
        "Regole gita a Firenze: silenzio dalle 23, ognuno nella sua camera. Per problemi di notte "
        "bussate alla prof. Conti (camera 8) o al prof. Sala (camera 10) e aspettate fuori.",
        "sono morta 💀😂 il prof ha sbagliato il suo stesso quiz",
        "Grazie ai ragazzi di Tubinga per il video sul loro paese, bellissimo il castello 🏰",
        "Il prossimo collegamento con tutte le classi partner è il 5 maggio alle 11, preparate "
        "due domande a testa.",
    ],
    "es": [
        "Secretaría del CD Atlético Triana: martes y jueves de 18 a 20 h, tel. 954 12 34 56, "
        "secretaria@atleticotriana.es. Las fichas de alevines se firman con padre o madre.",
        "Para la recogida solidaria contactad solo con la ONG: 91 555 20 30 o "
        "info@manoamigaong.org. Nuestros voluntarios no dan números privados a menores. ¡Gracias!",
        "Cartas al director de «La Tiza»: al buzón de la biblioteca o a latiza@iesmachado.es, las "
        "revisa la profe Ramos antes de publicarlas. No se publican cartas anónimas.",
        "El martes, charla de la Guardia Civil para 2º de ESO: un caso real de grooming en el que "
        "detuvieron al agresor porque la chica lo contó. Se explicará cómo pedir ayuda (ANAR 900 "
        "20 20 10).",
        "el reportaje del viaje a Granada tiene embargo hasta el lunes que sale la revista, no lo "
        "subais a insta eh 🙏 correcciones a Ramos antes del viernes",
        "deberes de lengua: leer el Romance del conde Olinos y explicar en 10 lineas por que la "
        "reina manda matarlos 😬 para el jueves",
        "gymkana del sábado: las soluciones las tiene la profe Gil en un sobre cerrado 🔒 salida "
        "a las 10h de la plaza, grupos de 4, cada grupo con un padre o madre",
        "Recordad entregar la autorización de imagen antes del día 8. Las fotos solo se verán en "
        "la plataforma cerrada del proyecto y sin apellidos.",
        "Recogida de juguetes: 130 juguetes y 25 bicis entregados a Cáritas el miércoles por el "
        "tutor y dos madres del AMPA, el recibo está en el tablón 🚲",
        "Crónica infantil: ¡ganamos 3-2 al Betis B! Hugo se retiró en el 65 con un esguince de "
        "tobillo, hielo y reposo, vuelve en dos semanas. Golazo de Irene ⚽",
        "chsss 🤫 fiesta sorpresa por la jubilación del míster el sábado a las 19h en el club, "
        "cada familia trae algo. la tarjeta la tiene la madre de Lucía",
        "Normas del viaje a Salamanca: silencio desde las 23h, cada uno en su habitación. Si "
        "alguien se encuentra mal de noche, llamad a la puerta del profe Ruiz (204) o de la profe "
        "Gil (206) y esperad fuera.",
        "me muero 💀😂 el profe de mates se ha caído de la silla en el concurso de preguntas",
        "¡Gracias a la clase de Poznań por el vídeo de su ciudad! Qué bonito el mercado 😍",
        "Subid los audios de vuestras canciones favoritas a la carpeta común antes del 25, máximo "
        "1 minuto cada uno 🎵",
    ],
    "pl": [
        "Sekretariat UKS Orlik: pn–śr 16:00–18:00, tel. 58 301 22 44, biuro@uksorlik.pl. Zapisy "
        "do grupy młodzików tylko z podpisem rodzica.",
        "Praktyki w Hotelu Pod Lipami: zbiórka o 7:45 przy recepcji, opiekunka pani Zielińska "
        "(wewn. 9). Wychowawca odwiedza was w czwartek, rodzice dostali harmonogram.",
        "Fundacja Dobre Serce prosi: w sprawie zbiórki tylko biuro 22 555 01 23 lub "
        "kontakt@dobreserce.org.pl. Wolontariusze nie podają dzieciom prywatnych numerów.",
        "Listy do redakcji „Przerwy” wrzucajcie do skrzynki przy bibliotece albo na "
        "przerwa@sp12.edu.pl. Czyta je pani Wróbel, anonimów nie drukujemy.",
        "W czwartek na godzinie wychowawczej policjantka omówi prawdziwą sprawę uwodzenia przez "
        "internet – sprawca został skazany. Powie też, gdzie szukać pomocy: 116 111, pedagog, "
        "rodzice.",
        "embargo na wywiad z panią dyrektor do środy!! nie wrzucajcie nic na insta 🙏 poprawki do "
        "p. Wróbel do wtorku 15:00",
        "na polski: nauczyć się „Romantyczności” do 12 wersu i opisać w 5 zdaniach, czemu Karusia "
        "widzi zmarłego Jasia. na piątek 👻",
        "podchody w sobotę 🌲 odpowiedzi ma w zaklejonej kopercie pan Kowal, start 10:00 przy "
        "szkole, grupy po 5, z każdą grupą idzie rodzic",
        "Przypominamy o zgodzie na publikację wizerunku – do 15 marca. Zdjęcia trafią tylko na "
        "zamkniętą platformę projektu, bez nazwisk.",
        "Zbiórka dla schroniska: 210 kg karmy i 35 koców 🐶 przekazane w poniedziałek przez "
        "wychowawczynię i przewodniczącą rady rodziców, potwierdzenie na tablicy",
        "Relacja z meczu: wygrana 2:0 z Lechią! Szymon zszedł w 70. minucie ze skręconą kostką, "
        "lód i odpoczynek, za tydzień wraca ⚽💪",
        "Cii 🤫 impreza niespodzianka na 40. urodziny trenera w piątek o 18 w klubie, rodzice "
        "robią ciasta, kartkę do podpisania ma mama Oli",
        "Regulamin wycieczki do Torunia: cisza nocna od 22:00, nie wychodzimy z pokoi. W nocy w "
        "razie czego pan Nowak (pokój 15) lub pani Lis (pokój 17) – pukamy i czekamy na korytarzu.",
        "Dzięki klasie z Sewilli za paczkę z pocztówkami, wiszą już na korytarzu 😊",
        "Ankieta o ulubionych tradycjach świątecznych jest otwarta do piątku, wypełnijcie proszę "
        "🎄",
    ],
}
