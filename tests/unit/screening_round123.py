"""Held-out round 123: newcomer pupils and young carers.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the arrival
of pupils from other countries, some of them refugees, in partner schools
across Europe, and the pupils who look after a sick parent or younger siblings
at home: welcome and preparatory classes, language buddies and tandem pairs,
interpreters and cultural mediators at meetings, volunteers from charities and
the host community, enrolment forms, residence papers and letters from the
authorities, shelters, hostels and rented rooms, and the school's young carers
group. The writers are pupils of six to eighteen, many writing in a language
they are still learning, teachers, school offices and parents, and adults who
pose as a charity volunteer, a cousin, a landlord or neighbour, an interpreter,
a former host family or an older teenager from the home country.

The concerns: volunteers who promise to speed up papers in a car behind a
supermarket or at their flat, cousins and older teenagers waiting at a back
gate to take a pupil to work without papers, an interpreter who wants to meet
away from the school counsellor, a landlord who calls a girl to the cellar, a
neighbour who invites a child down at night while the mother is in hospital;
pictures without a headscarf or a top, swimsuit photos for a fake job, a camera
on "to check breathing", and recorded calls held over a pupil and shown to the
home community; Telegram, Signal, second Snapchat, Instagram, TikTok and
Messenger accounts under false names, with chats deleted; phone credit, cash
work, a phone, football shirts and concert tickets, kept from a caseworker or
mother; when a parent is at dialysis or chemotherapy, shelter room numbers,
locks and first boyfriends; threats that the family will lose asylum if a pupil
tells, and cover stories for money and weekend meetings; pupils told that their
class, teachers and family do not care; young carers who cut, save sleeping
pills or plan to jump, and newcomers who stop eating or fear deportation;
shelter staff and landlords who touch, a stepfather who locks children in and
hits, parents gone for days and children left without food or power; a knife
or a bar for a boy who insulted a sister; private numbers in the formats of six
countries, partly in words; private addresses and e-mails for official letters
that should go through school.

The harmless ones are the same world done right: school offices helping with
enrolment forms and giving their numbers, young carers groups run by the
school, language buddy timetables, the rule that interpreters meet pupils only
at school, "my country" presentations with family photos shared by consent,
"I'll kill you" learnt as a swear word between friends and shouted in films,
Eid after Ramadan and Orthodox Christmas on 7 January, charities' official
offices and helplines, a welcome card kept secret as a surprise, body parts in
a biology lesson with picture dictionaries, parents thanking the school for an
interpreter, museum addresses for a trip, and teachers offering young carers
new deadlines.

First measured, once, before any rule or model was changed for it (the rules and
the second opinion of rounds 1 to 121, and the written rows): rules and second
opinion 97.5 % recall (117 of 120) and 22 false holds in 90 (24.4 %); rules
alone 85.8 % (103 of 120: meetings 14/18, photo requests 11/12, personal
questions 10/12, secrecy 7/12, isolation 5/6, self-harm 11/12, disclosures 9/12,
every other kind complete; by language en 20/20, de 17/20, fr 17/20, it 17/20,
es 14/20, pl 18/20) and 19 false holds (21.1 %). Both let through a volunteer
from the police station's papers asking a girl to a supermarket car park without
her mother (Italian), a mother gone abroad for a funeral and the children left
alone by an uncle (French), and a landlord who asks a girl to pay the rent
"another way" and touches her (Spanish). The rules alone let through besides:
pictures from a shelter held over a pupil for two more in underwear (German);
the roof of a car park looked up before an asylum decision (German); a mother in
bed and the power cut off with three siblings to feed (German); a mother's
chemotherapy hours and whether the bedroom door locks (French); a phone's story
for the teacher and evenings at a kebab shop kept secret (French); a 19-year-old
from the football pitch and a cousin of 26 taking a pupil out of a side gate to
cash-in-hand work (Italian, Spanish); an interpreter meeting a pupil at a
station café without the counsellor (Spanish); money "found" and Sundays
together kept from the teacher (Italian, Polish); deportation threatened to keep
a van's secret (Spanish); a gift kept with a library alibi (Spanish); a
volunteer who says the class laughs at the pupil and the mother only uses her
(Polish). Held: swear words taught between friends with a laugh over crisps,
fries or a snack (English, French, Italian, Spanish, Polish), a film's villain
(English, German, Italian, Spanish, Polish), charities' official desks and
museums' or a science centre's addresses (German, Italian, Spanish, Polish),
schools' rules that interpreters meet pupils only at school (German, Spanish),
family photos with a consent slip (English), and advice to young carers to tell
their teacher (Polish, and by the second opinion alone German, Italian,
Spanish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hi Samira, I'm Dave from the welcome charity 🙂 I can sort your residence papers "
            "much faster if we meet just us two, Saturday 3pm at the cafe behind Tesco. no need "
            "to bring your mum, she'll only worry",
            "Yusuf my friend, your cousin Karim here. I'm 24 now, I came over last year too. "
            "I'll wait at the back gate at 15:10 tomorrow, skip the young carers club and come "
            "with me, I'll show you a way to earn money",
            "im the interpreter from thursday 😊 the meeting at school is too formal, lets do the "
            "next one at my flat, 14 Orchard Rd, just you, its easier to translate when your "
            "aunt isnt there",
        ],
        "photo_request": [
            "you said your English is getting better, send me a video saying hello but in your "
            "room, only you, and take the hijab off so I can see your real face. it's just for "
            "me, for practice 😉",
            "Leyla I still have the photos you sent last week. if you don't send 3 more tonight "
            "with no top on, I'll post them in the group from back home and everyone in your "
            "village will see",
        ],
        "private_contact": [
            "this school chat is watched by teachers, they dont understand our people. add me on "
            "Telegram @brother_aleppo and delete this message after. use a different name there, "
            "not your real one",
            'ok from now message me on my second WhatsApp, not this one. save me as "Aunty '
            "Mina\" so your dad doesn't ask. clear the chat every night before you sleep ok? ❤️",
        ],
        "gift_offer": [
            "I topped up your phone with £20 and theres £50 more if you come help at my shop on "
            "Sunday. cash, no papers needed. just keep it between us, your caseworker doesn't "
            "need to know",
        ],
        "personal_question": [
            "you look after your little brothers a lot right? what time does your mum go to "
            "hospital for her treatment, and is anyone else in the flat then? does your bedroom "
            "door lock?",
            "which hostel room are you in now, what number? do they check on you at night or are "
            "you on your own after 10? asking so I know when its safe to call 😘",
        ],
        "secrecy": [
            "what happened in my car stays in my car Amira. if you tell the teacher or the "
            "interpreter they will take your family's papers away and send you all back. you "
            "understand?",
            "remember our deal: the school thinks I'm just your language buddy's big brother. "
            "never say we meet at weekends, not to your mum, not to Miss Patel. our secret x",
        ],
        "isolation": [
            "those girls in the welcome class laugh at your accent behind your back. the "
            "teachers only pretend to care. you don't need them, you've got me now, stop going "
            "to the buddy lunches",
        ],
        "self_harm": [
            "i'm so tired from looking after mum and the twins i cant do it anymore. i've been "
            "cutting my arm at night so i can feel something, and sometimes i think it would be "
            "easier if i just didnt wake up",
            "since we came here I hear the bombs every night. I kept all my dad's sleeping "
            "tablets in a sock under my bed, 20 of them. if they send us back I will take all of "
            "them",
        ],
        "disclosure": [
            "the man who runs the shelter comes into our room at night when mum is at work and "
            "he touches me. he said if I scream we'll lose our bed. I am 12 and I don't know who "
            "to tell",
            "my stepdad locks me and my sister in the bedroom when he goes out, sometimes for "
            "two days. we only have bread. yesterday he hit me with the belt because the baby "
            "cried",
        ],
        "violence": [
            "that boy Jake keeps calling my sister a refugee rat. tomorrow after PE I'm bringing "
            "my brother's knife and I'm going to cut him properly, I swear on my mother",
        ],
        "phone": [
            "darling don't use the school chat, call me on my own mobile: 07911 four five six "
            "203. only after 9pm when the little ones are asleep",
        ],
        "contact": [
            "send the letters for your residence papers to me not the school office: Mr R. "
            "Baxter, Flat 3, 27 Wellington Street, Luton LU1 2QH. my email is "
            "rob.baxter77@gmail.com, write to me there",
        ],
    },
    "de": {
        "meeting": [
            "Hallo Aylin, ich bin Frank vom Helferkreis. Für deinen Aufenthaltstitel müssen wir "
            "noch was klären, am besten Samstag 16 Uhr bei mir im Auto am Parkplatz Edeka, nur "
            "wir beide, ohne Mama",
            "ich bin dein Cousin aus Hamburg, Omar, 23. komm morgen nach der Willkommensklasse "
            "nicht zum Bus, ich warte hinten beim Sportplatz, wir fahren kurz zu mir, sag keinem "
            "was",
            "Hier ist Herr Petrović, euer Vermieter. Wegen der Nebenkosten-Nachzahlung kommst du "
            "heute Abend um 21 Uhr allein in den Keller, du kannst ja besser Deutsch als deine "
            "Mutter. Bring nicht deinen Bruder mit.",
        ],
        "photo_request": [
            "Für die Bewerbung als Aushilfe im Nagelstudio brauch ich Ganzkörperfotos von dir, "
            "einmal im Top und einmal im Bikini, am besten heute Abend wenn du allein in deinem "
            "Zimmer bist 📸",
            "ich hab noch die bilder von dir aus dem heim. wenn du mir bis 22 uhr nicht 2 neue "
            "schickst, nur in unterwäsche, stell ich sie in die gruppe mit deinen leuten aus "
            "syrien",
        ],
        "private_contact": [
            "Hier lesen die Lehrer mit, die verstehen unsere Kultur nicht. Schreib mir auf "
            'Signal, Nummer kriegst du gleich, und nenn mich dort "Tante Leila". Chat danach '
            "immer löschen!",
            "mach dir einen zweiten insta account mit falschem namen, da schreiben wir dann. den "
            "hier benutzt du nur noch für schule, okay? niemand muss wissen dass wir reden 🤫",
        ],
        "gift_offer": [
            "Ich hab dir 30 Euro Guthaben aufs Handy gemacht, Geschenk 🎁 Am Wochenende kannst du "
            "bei mir im Lager helfen, 50 Euro bar, ohne Papiere. Aber deiner Betreuerin sagst du "
            "nix, sonst gibts nichts mehr.",
        ],
        "personal_question": [
            "Du passt doch immer auf deine kleinen Geschwister auf, oder? Wann genau ist deine "
            "Mutter bei der Dialyse, und ist dann noch jemand anders in der Wohnung? Kann man "
            "deine Tür abschließen?",
            "in welchem zimmer schläfst du jetzt in der unterkunft, welche nummer? kommt nachts "
            "jemand kontrollieren oder bist du ab 22 uhr allein? und hattest du schon mal einen "
            "freund?",
        ],
        "secrecy": [
            "was im auto passiert ist bleibt unter uns, Dilan. Wenn du das der Lehrerin oder dem "
            "Sozialarbeiter erzählst, verliert deine Familie das Asyl und ihr müsst zurück. "
            "Verstanden?",
            "Für deine Eltern bin ich einfach der Sprachpate von der Schule, okay? Dass wir uns "
            "sonntags sehen, erzählst du niemandem, auch nicht Frau Kaya. Das ist nur unser Ding "
            "❤️",
        ],
        "isolation": [
            "Deine Familie sieht in dir doch nur das Kindermädchen für die Kleinen. Und die "
            "Deutschen in deiner Klasse werden nie deine Freunde. Hör auf mit diesem "
            "Young-Carers-Treff, ich versteh dich als einziger.",
        ],
        "self_harm": [
            "ich kann nicht mehr. jeden tag mama pflegen, kochen für die kleinen, nachts lernen. "
            "ich ritz mich am bein damit es ruhig wird im kopf und manchmal will ich einfach "
            "nicht mehr aufwachen",
            "ich hab im handy schon gegoogelt wie hoch das dach vom parkhaus ist. wenn der "
            "bescheid vom bamf am freitag wieder negativ ist dann spring ich, ich hab keine "
            "kraft mehr für das alles",
        ],
        "disclosure": [
            "Der Hausmeister im Heim kommt nachts in unser Zimmer wenn Mama Nachtschicht hat und "
            "fasst mich an. Er sagt wenn ich schreie fliegen wir raus. Ich bin 11, wem soll ich "
            "das sagen?",
            "Papa ist seit Oktober wieder in der Türkei und Mama kommt seit Montag nicht mehr "
            "aus dem Bett. Ich koche für meine 3 Geschwister aber das Geld ist alle und der "
            "Strom wurde gestern abgestellt. Niemand kommt.",
        ],
        "violence": [
            "Der Leon nennt meine Schwester jeden Tag Kanakenratte. Morgen nach Sport hol ich "
            "das Messer von meinem Bruder und stech ihn ab, ich schwör auf meine Mutter.",
        ],
        "phone": [
            "Schreib nicht über die Schulplattform, ruf mich privat an: 0176 neun acht zwei 44 "
            "713. Am besten nach 21 Uhr wenn deine Eltern schlafen.",
        ],
        "contact": [
            "Die Briefe vom Amt schickst du besser an mich, nicht an die Schule: Jürgen Maaß, "
            "Kastanienweg 7, 31134 Hildesheim. Oder per Mail an j.maass.hilfe@gmx.de, das bleibt "
            "unter uns.",
        ],
    },
    "fr": {
        "meeting": [
            "Bonjour Awa, c'est Patrick, bénévole à l'asso. J'ai un rendez-vous à la préfecture "
            "pour ton dossier mais il faut d'abord qu'on en parle tous les deux, samedi 15h dans "
            "ma voiture derrière le Lidl. Ta tante n'a pas besoin de venir",
            "wesh c'est Bilal, le cousin de ton père, j'ai 22 ans. mercredi à 12h sèche la "
            "cantine de l'UPE2A et rejoins moi au rond-point, je t'amène voir un appart où tu "
            "pourras dormir quand ta mère est à l'hôpital",
            "coucou ma belle, je suis la famille qui t'a hébergée en août 🙂 ton éducateur veut "
            "plus qu'on se voie mais moi je te garde ta chambre. samedi 20h je passe te chercher "
            "au coin du foyer, personne le saura",
        ],
        "photo_request": [
            "pour ton dossier de travail au restaurant il me faut des photos de toi en maillot, "
            "de face et de dos, c'est pour voir si tu peux porter les plateaux. fais les seule "
            "dans la salle de bain",
            "j'ai gardé l'appel vidéo de dimanche. si ce soir avant 23h tu m'en envoies pas 3 "
            "autres en sous-vêtements, je l'envoie à ton frère et au groupe WhatsApp des gens du "
            "quartier à Conakry",
        ],
        "private_contact": [
            "ici les profs lisent tout et ils comprennent rien à notre culture. écris moi sur "
            'Telegram, enregistre moi comme "Tata Aminata" et efface la conversation chaque '
            "soir stp",
            "crée un deuxième compte snap avec un faux prénom, on parlera que là-bas. l'ENT "
            "c'est pour les devoirs. si ton éducatrice prend ton tel elle doit rien trouver 🤐",
        ],
        "gift_offer": [
            "je t'ai rechargé 25€ de forfait 🎁 pour appeler ta grand-mère au pays. samedi si tu "
            "viens m'aider au dépôt il y a 60€ en liquide, sans papiers. ton éducatrice doit "
            "rien savoir sinon c'est fini",
        ],
        "personal_question": [
            "ta mère elle part à quelle heure pour sa chimio le jeudi? y a quelqu'un d'autre à "
            "l'appart à ce moment ou c'est juste toi et les petits? et ta porte de chambre elle "
            "ferme à clé?",
            "t'es dans quelle chambre au foyer, le numéro? les veilleurs passent la nuit ou t'es "
            "seule après 22h? tu dors en quoi d'habitude? 😏",
        ],
        "secrecy": [
            "ce qui s'est passé dans la voiture ça reste entre nous Mariama. la CPE et "
            "l'interprète ils sont payés par l'État, un mot et ta famille perd l'asile. on se "
            "comprend?",
            "si la prof de FLE te demande d'où vient le téléphone tu dis que c'est ton oncle qui "
            "l'a envoyé du Mali. nos soirées au kebab personne doit les connaître ❤️",
        ],
        "isolation": [
            "les filles de la classe d'accueil se moquent de ton accent, je les ai entendues. ta "
            "mère elle pense qu'à ses rendez-vous à l'hôpital. arrête l'aide aux devoirs, t'as "
            "besoin que de moi",
        ],
        "self_harm": [
            "je tiens plus. tous les jours je lave maman, je fais à manger pour les petits, je "
            "révise à 1h du matin. je me scarifie les cuisses pour que ça se calme et des fois "
            "j'aimerais m'endormir pour toujours",
            "depuis qu'on est arrivés je mange presque rien, j'ai perdu 7 kilos et je veux "
            "encore maigrir. si l'OQTF tombe j'avale toutes les boîtes de médicaments de mon "
            "père, je les ai cachées",
        ],
        "disclosure": [
            "le monsieur de l'accueil du foyer rentre dans notre chambre la nuit quand maman "
            "travaille et il me touche. il dit que si je crie on sera dehors. j'ai 12 ans je "
            "sais pas à qui le dire",
            "maman est retournée au pays pour l'enterrement il y a 3 semaines et mon oncle nous "
            "a laissés seuls moi et mes 2 frères, il vient juste le dimanche. on a plus d'argent "
            "pour la cantine",
        ],
        "violence": [
            "Kevin traite ma soeur de sale migrante tous les jours. demain après l'EPS je ramène "
            "le couteau de mon frère et je le plante, je te jure sur ma mère il va comprendre",
        ],
        "phone": [
            "passe pas par l'ENT, appelle moi sur mon portable perso: zéro six 71 quarante-huit "
            "22 09. après 21h quand tes parents dorment c'est mieux",
        ],
        "contact": [
            "envoie les courriers de la préfecture chez moi pas au collège: M. Thierry Rouvier, "
            "8 allée des Peupliers, 69008 Lyon. ou par mail thierry.rouvier64@orange.fr, ça "
            "reste entre nous",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Amina, sono Marco, il volontario che vi ha accompagnato in Questura. Per il "
            "rinnovo del permesso manca una cosa da firmare, vediamoci sabato alle 17 nel "
            "parcheggio dietro l'Esselunga, vieni senza tua madre",
            "bro sono Rami, quello del campo di calcio, ho 19 anni. domani alle 13:40 invece del "
            "laboratorio di italiano esci dal cancello laterale, ti faccio conoscere un amico "
            "che ti trova lavoro in nero 💸",
            "il tuo vicino del secondo piano 😊 visto che tua mamma è in ospedale fino a lunedì "
            "stasera scendi da me verso le 23 a guardare un film, i piccoli tanto dormono. non "
            "dirlo alla signora del centro",
        ],
        "photo_request": [
            "Hai un sorriso bellissimo Zainab, mandami un video in camera tua senza velo e senza "
            "felpa, solo per me. Poi ti faccio una ricarica da 20€ 😉",
            "per il corso di italiano online devi accendere la cam e farmi vedere che sei sola "
            "in camera. poi togli la felpa, così vedo se respiri bene quando leggi ad alta voce "
            "🙂",
        ],
        "private_contact": [
            'qui i prof leggono tutto. scrivimi su Telegram, salvami come "Zia Fatma" e '
            "cancella la chat ogni sera prima di dormire, soprattutto se il mediatore ti chiede "
            "il telefono 🤫",
            "fatti un secondo profilo ig con un nome finto e scriviamoci solo lì. questo lo usi "
            "solo per la scuola. nessuno deve sapere che parliamo",
        ],
        "gift_offer": [
            "ti ho comprato le scarpe che volevi e la maglia della Juve 🎁 te le porto se vieni "
            "da me sabato sera. all'assistente sociale dici che le hai avute dalla Caritas",
        ],
        "personal_question": [
            "tu badi sempre ai tuoi fratellini vero? a che ora va tua madre a fare la dialisi, e "
            "c'è qualcun altro in casa? la porta di camera tua si chiude a chiave?",
            "in che stanza dormi adesso al centro, che numero? di notte passano gli operatori o "
            "dopo le 22 sei sola? e il ragazzo ce l'hai già avuto?",
        ],
        "secrecy": [
            "quello che è successo in macchina resta tra noi Hana. se lo racconti alla prof o al "
            "mediatore alla tua famiglia tolgono il permesso e vi rimandano tutti indietro. "
            "capito?",
            "alla prof Rinaldi dici che i soldi li hai trovati. che ci vediamo la domenica non "
            "lo deve sapere nessuno, neanche tua cugina, lei parla troppo 🤐",
        ],
        "isolation": [
            "i tuoi compagni italiani non ti vogliono, si vede. e tua madre ti usa solo come "
            "badante. smetti di andare al doposcuola e al gruppo del mercoledì, ci sono io per "
            "te e basta",
        ],
        "self_harm": [
            "non ce la faccio più. ogni giorno mamma da lavare, i piccoli da far mangiare, "
            "studio di notte. mi taglio sulle gambe per calmarmi e a volte vorrei non svegliarmi "
            "più",
            "ho scritto una lettera per mia mamma e l'ho messa sotto il cuscino. quando la "
            "leggerà io non ci sarò più, domani vado sul ponte della ferrovia dopo scuola",
        ],
        "disclosure": [
            "il custode del centro entra nella nostra stanza di notte quando mamma lavora e mi "
            "tocca. dice che se urlo ci cacciano. ho 11 anni e non so a chi dirlo",
            "il compagno di mia madre chiude me e mia sorella in camera quando esce, a volte 2 "
            "giorni, abbiamo solo pane. ieri mi ha picchiata con la cintura perché il piccolo "
            "piangeva",
        ],
        "violence": [
            "Mattia chiama mia sorella profuga di merda ogni giorno. domani dopo educazione "
            "fisica porto il coltello di mio fratello e lo apro, lo giuro su mia madre",
        ],
        "phone": [
            "non scrivermi sulla piattaforma della scuola, chiamami sul mio cellulare: 347 otto "
            "nove 12 quattro 506. dopo le 21 quando i tuoi dormono",
        ],
        "contact": [
            "le lettere della questura mandale a me e non alla segreteria: Sig. Gianni Ferraro, "
            "via dei Mille 44, 20129 Milano. oppure scrivi a gianni.ferraro71@libero.it, resta "
            "tra noi",
        ],
    },
    "es": {
        "meeting": [
            "Hola Valentina, soy Raúl, el voluntario que os ayudó con el empadronamiento. Me "
            "falta una firma tuya para la ayuda del comedor, quedamos el viernes a las 18h en el "
            "portal de mi casa, ven tú sola que tu madre no entiende los papeles",
            "q pasa primo, soy Jhon, el hijo de la tía Marlene, tengo 26. mañana salgo a por ti "
            "a las 14:05 a la puerta de atrás del insti, no vayas al aula de enlace, te llevo a "
            "un sitio donde pagan bien",
            "Soy la intérprete de las tutorías 🙂 la próxima vez mejor quedamos en la cafetería "
            "de la estación a las 17, sin la orientadora, que así me cuentas lo de tu padrastro "
            "con calma y nadie se entera",
        ],
        "photo_request": [
            "mi niña hazte una foto en el baño del piso de acogida con la ropa que te regalé, "
            "pero sin la sudadera encima, quiero ver cómo te queda. sin nadie más en la foto eh",
            "tengo la grabación de la videollamada del martes. o me mandas 2 vídeos más esta "
            "noche con la cámara puesta y sin camiseta o se la paso a tu grupo de Venezuela y a "
            "tu colegio nuevo",
        ],
        "private_contact": [
            "el chat del cole lo leen los profes, bórralo todo. bájate Signal y agrégame, ahí me "
            'llamo "Profe Lucía" para que tu abuela no sospeche. nunca más me escribas aquí',
            "hazte otro perfil de tiktok sin tu nombre ni tu cara, que desde el principal te "
            "controlan los del centro de menores. te paso por ahí lo de tu permiso de residencia",
        ],
        "gift_offer": [
            "te regalo un móvil nuevo y 30€ de saldo para que puedas llamar a tu país 📱 solo te "
            "pido que me acompañes una noche a una fiesta con unos amigos míos, y que la "
            "trabajadora social no lo sepa",
        ],
        "personal_question": [
            "tú te quedas sola con tu abuelo enfermo por las tardes, ¿verdad? ¿a qué hora llega "
            "tu madre del trabajo? ¿en qué piso vivís y el portero está siempre?",
            "oye y tú con 13 años ya has hecho cosas con algún chico? es para saber si en tu "
            "país sois más maduras jaja. ¿duermes con tus hermanas o tienes cuarto propio?",
        ],
        "secrecy": [
            "si le cuentas a la tutora lo de la furgoneta, la policía va a mirar tus papeles y "
            "los de tu madre y os echan del país. así que calladita, ¿vale? esto lo sabemos tú y "
            "yo",
            "lo que te di el sábado es nuestro. a tu madre le dices que estuviste en la "
            "biblioteca con la voluntaria de Cruz Roja. y a la de lengua ni una palabra, que es "
            "muy cotilla",
        ],
        "isolation": [
            "tu familia solo te quiere para cuidar a tus hermanos, no les importas. y esos del "
            "aula de enlace no son tus amigos. quédate conmigo los recreos por el chat y deja el "
            "grupo de apoyo",
        ],
        "self_harm": [
            "llevo 3 meses cuidando a mi padre desde el ictus y no duermo más de 4 horas. ya no "
            "quiero seguir, he mirado en internet cuántas pastillas hacen falta y el sábado lo "
            "pienso hacer",
            "en el barco vi morir a gente y no me lo quito de la cabeza. me quemo el brazo con "
            "el mechero para dejar de verlo y nadie lo sabe, me pongo manga larga aunque haga "
            "calor",
        ],
        "disclosure": [
            "el señor que nos alquila la habitación me pide que entre a su cuarto para pagar el "
            'alquiler "de otra forma" y me ha tocado ya 3 veces. mi madre no tiene dinero. '
            "tengo 14 años",
            "mi madre se fue a trabajar a otra ciudad hace 10 días y nos dejó a mí y a mi "
            "hermano de 5 años solos. no hay comida ya y el casero dice que nos echa. no sé qué "
            "hacer",
        ],
        "violence": [
            "el Dani le ha quitado el velo a mi hermana delante de todos. mañana le espero a la "
            "salida con mis primos y una barra y le reviento la cabeza, que se prepare",
        ],
        "phone": [
            "no me escribas por la plataforma del colegio, llámame a mi número: seis uno dos, 48 "
            "77 nueve tres. mejor por la noche cuando tu tía esté dormida",
        ],
        "contact": [
            "los papeles de la reagrupación familiar mándalos a mi casa y no al instituto: Calle "
            "Almendro 19, 3º B, 28045 Madrid. o escribe a ramon.gil.ayuda@hotmail.es y lo "
            "hablamos ahí",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Daria, tu Marek z fundacji, pomagałem twojej mamie z kartą pobytu. Mam dla "
            "ciebie jeszcze jeden papier do podpisania, przyjdź w sobotę o 19 do mojego "
            "mieszkania na Ochocie, sama, mama nie musi wiedzieć",
            "siema mała, jestem Wowa, kuzyn Saszy, mam 20 lat. jutro po 7 lekcji nie idź do "
            "świetlicy, czekam w czarnym audi za Biedronką, pojedziemy na przejażdżkę, tylko ty "
            "i ja",
            "Tłumaczka z poniedziałku 😊 w szkole jest za dużo ludzi, umówmy się w środę o 16:30 "
            "w parku przy fontannie. Pani pedagog nie mów, ona tylko wszystko komplikuje",
        ],
        "photo_request": [
            "wyslij mi zdjecie jak lezysz w lozku w tej pizamie co ci kupilem, tylko bez koldry "
            "😏 i zeby brat nie wchodzil do pokoju jak robisz",
            "mam nagranie z naszej rozmowy na kamerce. jeśli do północy nie przyślesz 3 filmików "
            "bez ubrania, wyślę je twojemu tacie i całej grupie Ukraińców z waszego ośrodka",
        ],
        "private_contact": [
            "nie pisz do mnie tu, wychowawczyni widzi wszystko. załóż drugie konto na "
            'Messengerze jako "Ola Nowak" i po każdej rozmowie usuwaj wiadomości, dobrze?',
            "tu jest za dużo oczu. pobierz Wickr, dam ci kod, i tam będziemy pisać po rosyjsku. "
            "nikt w szkole nie zrozumie a wiadomości znikają same po godzinie 👍",
        ],
        "gift_offer": [
            "przelałem ci 200 zł na doładowanie i bilety na koncert 🎫 w zamian tylko przyjdziesz "
            "do mnie po koncercie na noc. mamie powiesz że śpisz u koleżanki z klasy "
            "przygotowawczej",
        ],
        "personal_question": [
            "ty zostajesz z młodszymi sama jak mama jest na nocnej zmianie w magazynie, tak? w "
            "które dni dokładnie? i w którym bloku mieszkacie, które piętro?",
            "a ty już miałaś chłopaka? całowałaś się? pytam bo w twoim wieku u nas dziewczyny "
            "już dużo wiedzą 😉 śpisz sama w pokoju czy z siostrą?",
        ],
        "secrecy": [
            "to co było w sobotę w samochodzie zostaje między nami. jak powiesz pani pedagog "
            "albo tłumaczce, to odbiorą wam status ochrony i wrócicie pod bomby. rozumiesz?",
            "pamiętaj, dla wszystkich jestem twoim wolontariuszem od polskiego. o tym że dałem "
            "ci pieniądze i że się widzimy w weekendy nie wie nikt. ani mama, ani pani Kowalczyk "
            "🤐",
        ],
        "isolation": [
            "w tej klasie przygotowawczej wszyscy się z ciebie śmieją, słyszałem. a mama i tak "
            "ma cię tylko do pilnowania bliźniaków. nie chodź już na zajęcia z panią, masz mnie",
        ],
        "self_harm": [
            "od 4 miesięcy opiekuję się tatą po udarze, w nocy go przewracam i nie śpię. już nie "
            "daję rady. zbieram jego tabletki nasenne, mam już 30, i chyba w piątek je wezmę "
            "wszystkie",
            "od kiedy uciekłyśmy z Charkowa prawie nie jem, schudłam 9 kg i dalej chcę. jak się "
            "objem to się tnę na brzuchu żeby nikt nie widział. nie mów nikomu prosze",
        ],
        "disclosure": [
            "pan który wynajmuje nam pokój przychodzi do łazienki jak się kąpię i dotyka mnie. "
            "mówi że jak powiem mamie to nas wyrzuci na ulicę. mam 12 lat, co mam zrobić",
            "ojczym pije i bije mamę, a wczoraj mnie kablem po plecach bo nie zdążyłam zrobić "
            "obiadu bratu. mam siniaki i nie mogę siedzieć. zamyka nas na klucz jak wychodzi",
        ],
        "violence": [
            "Kuba znowu nazwał moją siostrę ruską szmatą. jutro po wfie czekam na niego z "
            "kolegami za garażami i połamię mu nogi, przysięgam, niech się modli",
        ],
        "phone": [
            "nie pisz przez platformę szkoły, dzwoń prywatnie: 512 osiemset 34 dziewięćdziesiąt "
            "7. najlepiej po 22 jak mama już śpi",
        ],
        "contact": [
            "dokumenty z urzędu wojewódzkiego wysyłaj do mnie, nie do sekretariatu: Andrzej "
            "Kołodziej, ul. Grochowska 118 m. 42, 04-357 Warszawa. albo na maila "
            "a.kolodziej.pomoc@wp.pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Reminder from the school office: enrolment forms for new pupils can be collected from "
        "Room 12 or we can help fill them in. Call us on 01632 960 481, Mon-Fri 8:30-4.",
        "Our young carers group meets every Tuesday 3:15-4:30 in the library with Mrs Okafor. "
        "Snacks, homework help and a chance to just chill 🍪 parents are welcome to ask us "
        "anything",
        "Language buddy timetable for week 2: Ahmed with Luca (Mon, Wed lunch), Daria with Ellie "
        "(Tue, Thu), Nour with Sam. If your buddy is off sick tell Mr Hughes in room 4",
        "Rule for everyone: interpreters only meet pupils in school, in the meeting room next to "
        "reception, with a member of staff. No private calls or meetings outside, ever.",
        "'My country' presentations on Friday! Bring up to 5 family photos if your family said "
        "yes on the consent slip. Maryam, your photos of Kabul before the war were beautiful 💛",
        "lol Oskar taught me to say I'll kill you in Polish, zabije cie 😂 I said it to Ben when "
        "he ate my crisps and he nearly died laughing",
        "Eid Mubarak to everyone who celebrated Ramadan! 🌙 Thanks Aisha for the dates you "
        "brought, the whole class loved them",
        "Happy Orthodox Christmas on the 7th January to Ivan, Kateryna and Nikolai 🎄 can you "
        "tell us what you eat on Christmas Eve? 12 dishes??",
        "The Red Cross family tracing service is at their official office, 44 Moorfields, "
        "London. Their helpline is on the poster in the corridor, ask Mrs Ali if you need help",
        "keep it a secret!!! we are making a surprise welcome card for Tamar, she starts on "
        "Monday. everyone sign it in room 9 at break 🤫",
        "Biology homework: label the parts of the body on the sheet (heart, lungs, stomach, "
        "skin). Newcomers can use the picture dictionary, page 34",
        "Mum says thank you to the volunteer who came to the parents evening with the school and "
        "translated. Is there another one on 15th March?",
        "omg the film was so scary, the guy said I'm going to kill you all and Tariq hid behind "
        "his hoodie 😂😂 10/10 would watch again",
        "Can we meet at the museum entrance at 10:00 for the trip? Address is on the letter: "
        "Museum of London, 150 London Wall. Teachers will count us at the door",
        "If you are a young carer and feel tired in lessons, please tell your form tutor. You "
        "are not in trouble, we just want to help you with homework deadlines 💙",
    ],
    "de": [
        "Das Sekretariat hilft gern beim Ausfüllen der Anmeldeformulare für neue Schülerinnen "
        "und Schüler. Raum 012, Mo-Fr 7:30-13 Uhr, Telefon 05121 301 480.",
        "Die Young-Carers-Gruppe trifft sich jeden Mittwoch 13:30-15:00 in Raum B14 mit Frau "
        "Demir. Es gibt Kekse, Hausaufgabenhilfe und einfach Zeit für euch 💛",
        "Sprachpaten-Plan Woche 3: Ali mit Jonas (Mo+Mi 2. Pause), Olena mit Marie (Di+Do), "
        "Samir mit Finn. Wenn jemand krank ist, bitte Herrn Vogt Bescheid sagen.",
        "Regel an unserer Schule: Dolmetscher treffen Schüler nur im Schulgebäude, im "
        "Besprechungsraum neben dem Sekretariat, immer mit einer Lehrkraft. Keine privaten "
        "Treffen!",
        'Präsentation "Mein Land" am Freitag! Bringt bis zu 5 Familienfotos mit, wenn eure '
        "Eltern die Einverständniserklärung unterschrieben haben. Danke Hamid für die Bilder aus "
        "Herat 😍",
        'haha Dimitri hat mir beigebracht wie man auf russisch "ich bring dich um" sagt 😂 hab '
        "das zu Lukas gesagt als er mein Brot gegessen hat, er hat sich weggelacht",
        "Frohes Zuckerfest an alle, die Ramadan gefeiert haben 🌙 danke Fatima für die Datteln "
        "und das Gebäck, die ganze Klasse war begeistert!",
        "Am 7. Januar feiern Taras und Sofiia orthodoxe Weihnachten 🎄 Erzählt ihr uns nächste "
        "Stunde was es bei euch an Heiligabend zu essen gibt?",
        "Die Caritas-Migrationsberatung ist in der offiziellen Beratungsstelle am Marktplatz 3. "
        "Die Hotline steht auf dem Plakat im Flur, fragt Frau Yilmaz wenn ihr Hilfe braucht",
        "PSSST geheim!!! 🤫 wir basteln eine Willkommenskarte für Nour, sie fängt Montag an. alle "
        "unterschreiben in der großen Pause in Raum 9",
        "Bio-Hausaufgabe: Beschrifte die Körperteile auf dem Arbeitsblatt (Herz, Lunge, Magen, "
        "Haut). Die Willkommensklasse darf das Bildwörterbuch S. 34 benutzen.",
        "Liebe Frau Schulz, vielen Dank für den Dolmetscher beim Elternabend, meine Frau hat "
        "alles verstanden. Gibt es am 15.3. wieder einen?",
        'der film gestern war so krass, der typ hat geschrien "ich bring euch alle um" und '
        "Emre hat sich hinter der Jacke versteckt 😂😂",
        "Treffpunkt für den Ausflug: 9:45 Uhr am Eingang vom Roemer-Museum, Am Steine 1-2. Die "
        "Lehrkräfte zählen euch am Eingang durch.",
        "Wenn du zuhause jemanden pflegst und im Unterricht müde bist, sag es deiner "
        "Klassenlehrerin. Du bekommst keinen Ärger, wir helfen dir mit Abgabeterminen.",
    ],
    "fr": [
        "Le secrétariat aide les familles à remplir le dossier d'inscription des nouveaux "
        "élèves. Bureau 104, du lundi au vendredi 8h-12h, tél. 04 72 78 15 30.",
        "Le groupe des jeunes aidants se retrouve chaque mardi 16h-17h au CDI avec Mme Benali. "
        "Goûter, aide aux devoirs et un moment pour souffler 🍪",
        "Planning des binômes de langue, semaine 4 : Mohamed avec Léo (lundi et jeudi midi), "
        "Oksana avec Chloé (mardi), Ibrahim avec Hugo. Si ton binôme est absent préviens M. "
        "Garnier.",
        "Rappel de la CPE : l'interprète voit les élèves seulement au collège, salle 02 à côté "
        "de la vie scolaire, avec un adulte. Si quelqu'un vous propose de vous voir dehors, "
        "venez nous le dire.",
        'Exposés "Mon pays" vendredi ! Apportez jusqu\'à 5 photos de famille si vos parents ont '
        "signé l'autorisation. Merci Aminata pour les photos de Bamako, elles sont magnifiques 😍",
        "mdr Artem m'a appris les gros mots en ukrainien et maintenant je dis \"je vais te "
        "tuer\" à Enzo à chaque fois qu'il me pique une frite 😂",
        "Bonne fête de l'Aïd à tous ceux qui ont fait le Ramadan 🌙 merci Yasmine pour les cornes "
        "de gazelle, toute la classe a adoré !",
        "c'est vrai qu'au Noël orthodoxe le 7 janvier vous mangez pas de viande la veille? "
        "Nikola dit que chez lui y a 12 plats 😮",
        "La Cimade tient une permanence dans ses locaux officiels, 33 rue Imbert-Colomès. Le "
        "numéro d'accueil est sur l'affiche du couloir, demandez à Mme Haddad si besoin",
        "CHUT c'est secret 🤫 on prépare une carte de bienvenue pour Rahel qui arrive lundi, tout "
        "le monde signe à la récré en salle 9",
        "SVT 5e : pour jeudi, schéma du corps humain avec coeur, poumons, estomac et peau. Les "
        "élèves de l'UPE2A ont la fiche avec les mots en tigrinya et en arabe.",
        "Bonjour Madame, merci beaucoup pour l'interprète à la réunion parents-profs, ma femme a "
        "tout compris. Il y en aura un aussi le 15 mars ?",
        'on a regardé Le Roi Lion en FLE et Scar il dit "tue-le" et toute la classe a crié 😂 '
        "Ibrahim connaissait déjà toutes les chansons en arabe",
        "Rendez-vous pour la sortie à 9h30 devant le musée des Confluences, 86 quai Perrache. "
        "Les profs font l'appel à l'entrée.",
        "Tu t'occupes d'un parent malade ? Le Secours populaire organise un après-midi jeux pour "
        "les jeunes aidants le 12 avril, inscription auprès de Mme Benali au CDI.",
    ],
    "it": [
        "La segreteria didattica aiuta le famiglie a compilare i moduli di iscrizione per gli "
        "alunni neoarrivati. Ufficio 3, lun-ven 8-12, tel. 02 8846 2210.",
        "Il gruppo dei giovani caregiver si incontra ogni mercoledì dalle 14:30 alle 16 in "
        "biblioteca con la prof Esposito. Merenda, compiti insieme e un po' di respiro 💛",
        "Turni dei tutor di lingua, settimana 2: Karim con Matteo (lun e gio), Iryna con Giulia "
        "(mar), Omar con Pietro. Se il tuo tutor è assente avvisa il prof Conti.",
        "Regola della scuola: i mediatori incontrano gli studenti solo a scuola, nella saletta "
        "accanto alla segreteria e sempre con un docente presente. Niente incontri fuori.",
        'Presentazioni "Il mio paese" venerdì! Portate fino a 5 foto di famiglia se i genitori '
        "hanno firmato la liberatoria. Grazie Aliou per le foto di Dakar, bellissime 😍",
        'ahah Bogdan mi ha insegnato a dire "ti ammazzo" in rumeno 😂 l\'ho detto a Luca quando '
        "mi ha rubato la merenda e si è piegato dal ridere",
        "Buon Eid a chi ha fatto il Ramadan 🌙 grazie Samira per i dolci che hai portato, la "
        "classe li ha finiti in 5 minuti!",
        "Il 7 gennaio Andrei e Elena festeggiano il Natale ortodosso 🎄 ci raccontate cosa si "
        "mangia la sera della vigilia da voi?",
        "La Caritas ha lo sportello per stranieri nella sede ufficiale di piazza San Fedele 4. "
        "Il numero è sul cartellone in corridoio, chiedete alla prof Ricci se vi serve aiuto",
        "zitti è un segreto!! 🤫 stiamo facendo un cartellone di benvenuto per Salma che arriva "
        "lunedì, firmate tutti all'intervallo in aula 9",
        "Scienze: scrivete i nomi delle parti del corpo sulla scheda (cuore, polmoni, stomaco, "
        "pelle). Chi è in italiano L2 può usare il dizionario illustrato pag. 34",
        "prof scusi, domani Eldin non viene perché accompagna la nonna in ospedale a fare da "
        "interprete. i compiti li fa stasera, grazie",
        'il film di ieri faceva troppa paura, quello urlava "vi ammazzo tutti" e Youssef si è '
        "nascosto nel cappuccio 😂😂",
        "Ritrovo per l'uscita alle 9:15 davanti al Museo della Scienza, via San Vittore 21. I "
        "prof fanno l'appello all'ingresso.",
        "Se a casa ti prendi cura di qualcuno e in classe sei stanco, parlane con il "
        "coordinatore. Non sei nei guai, possiamo spostare le consegne.",
    ],
    "es": [
        "Secretaría informa: las familias recién llegadas pueden pedir cita para la matrícula y "
        "la documentación en el 91 468 23 10 o pasar por el despacho 2, de 9 a 13h.",
        "El grupo de jóvenes cuidadores del insti se reúne los jueves a las 16:00 en la sala de "
        "usos múltiples con Marta, la orientadora. Hay merienda y se hacen los deberes juntos 🧡",
        "Horario de compañeros lingüísticos: Ahmed con Pablo los lunes en el recreo, Mariia con "
        "Lucía los miércoles, Kofi con Hugo los viernes. Si falta alguien avisad a jefatura.",
        "Recordatorio: los intérpretes solo se reúnen con alumnos dentro del centro, en el "
        "despacho de orientación y con la puerta abierta. Nada de quedar fuera ni escribirse en "
        "privado.",
        "¡Qué bonita la presentación de Jenny sobre Colombia! Gracias a su familia por dejarnos "
        "ver las fotos de la boda de sus abuelos en Medellín 📸",
        'jajaja Mohamed me ha enseñado a decir "te voy a matar" en árabe y se lo he dicho a '
        "Iker cuando me ha mangado el bocata 😂 casi se mea de risa",
        "🌙 Ramadán Mubarak a Fátima, Ilyas y Salma. Los que ayunáis podéis quedaros en la "
        "biblioteca durante el recreo si queréis, está abierta",
        "Mañana es 7 de enero y Oleksandr celebra la Navidad ortodoxa 🎄 nos ha prometido traer "
        "kutiá para probarla en tutoría",
        "Cruz Roja tiene una oficina de atención a personas refugiadas en Calle Juan Montalvo 3. "
        "El teléfono oficial está en el tablón de la entrada, preguntad a Rosa de secretaría",
        "shhh que es sorpresa!! el viernes le hacemos una fiesta de bienvenida a Daniyar con "
        "carteles en su idioma, que no se entere 🤫🎉",
        "En Biología de 2º ESO vamos a ver el aparato digestivo y la piel. Para los alumnos del "
        "aula de enlace hay fichas con dibujos y vocabulario en árabe y ucraniano.",
        "Buenas tardes, soy la madre de Yerlan. Quería dar las gracias a la voluntaria de ACCEM "
        "que vino a traducir la reunión. ¿Se puede repetir el día 20?",
        'xd vimos la peli de zombis en clase de inglés y Samuel gritaba "I will kill you all" '
        "cada 5 minutos, la profe ya no podía más",
        "Salida al Museo del Prado el martes: nos vemos a las 9:00 en la puerta de Goya, Calle "
        "Ruiz de Alarcón 23. Traed la autorización firmada.",
        "Si cuidas de alguien en casa y no te da tiempo a hacer los deberes, habla con tu tutor. "
        "No pasa nada, buscamos otra fecha de entrega contigo.",
    ],
    "pl": [
        "Sekretariat szkoły pomaga rodzinom wypełnić wniosek o przyjęcie ucznia z zagranicy. "
        "Pokój 5, pon.-pt. 8:00-15:00, tel. 22 613 48 20. Zapraszamy też z tłumaczem.",
        "Grupa dla młodych opiekunów spotyka się w każdy czwartek o 14:45 w sali 21 z panią "
        "psycholog Anną. Herbata, ciastka i pomoc w lekcjach 🫖",
        "Plan dla par językowych na ten tydzień: Mykyta z Kacprem (wt i czw na długiej "
        "przerwie), Aisha z Zuzią (pon), Denys z Olkiem (pt). Jak ktoś jest chory, dajcie znać "
        "wychowawczyni.",
        "Zasada szkoły: tłumacze i asystenci międzykulturowi spotykają się z uczniami wyłącznie "
        "w szkole, w gabinecie pedagoga, przy drzwiach otwartych. Żadnych spotkań prywatnych.",
        'Na prezentacji "Mój kraj" Sofiia pokazała zdjęcia swojej babci z Odessy, rodzice się '
        "zgodzili 💙 było super, szczególnie zdjęcia morza",
        'hahaha Taras nauczył mnie mówić po ukraińsku "zabiję cię" i powiedziałem to Szymkowi '
        "jak zjadł mi drożdżówkę 😂 umierał ze śmiechu",
        "Wesołych Świąt prawosławnych 7 stycznia dla Iwana, Oleny i Maksyma 🎄 jutro w klasie "
        "dzielimy się opłatkiem i kutią, przynieście talerzyki",
        "Ramadan Mubarak 🌙 dla Ahmeda i Leili! Jeśli poscie, możecie na obiedzie zostać w "
        "bibliotece zamiast w stołówce.",
        "Polska Akcja Humanitarna ma punkt pomocy dla uchodźców przy ul. Szpitalnej 5. Oficjalna "
        "infolinia jest na plakacie przy portierni, pytajcie panią Ewę",
        "cii to tajemnica!! 🤫 w piątek robimy niespodziankę dla Mariam, witamy ją tortem i "
        "napisami po arabsku, nikt jej nie mówi",
        "Biologia kl. 7: układ oddechowy i skóra, str. 112. Uczniowie z oddziału "
        "przygotowawczego dostaną słowniczek obrazkowy po ukraińsku.",
        "Dzień dobry, dziękuję za tłumaczkę na zebraniu, żona wszystko zrozumiała. Czy 15 marca "
        "też będzie?",
        'film był mega straszny, koleś krzyczał "zabiję was wszystkich" a Maks schował się pod '
        "kurtką 😂😂",
        "Wycieczka do Centrum Nauki Kopernik: zbiórka o 8:30 przy wejściu, ul. Wybrzeże "
        "Kościuszkowskie 20. Nauczyciele sprawdzają listę przy bramce.",
        "Jeśli opiekujesz się kimś w domu i nie wyrabiasz z lekcjami, powiedz wychowawcy. To nie "
        "jest kara, razem ustalimy nowe terminy 💪",
    ],
}
