"""Held-out round 101: the arts: museums, workshops, murals, film and a shared exhibition.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is the arts strand of a
project of partner classes across Europe: museum and gallery visits, drawing,
painting and photography workshops, a class exhibition shared between the
schools, street art and murals, comics and animation, a film club, portrait and
life-drawing lessons for older pupils, a photo contest and an artist in
residence. The writers are pupils of six to eighteen, art teachers, museum
educators, workshop leaders, photographers, artists, parents, and adults posing
as talent scouts, photographers or gallery owners. The concerns: a private
studio or a life-drawing room after hours, a pupil held back in a museum room
after the guided tour and driven to the adult's home, a gallery owner or a
scout who wants to meet alone by a station or in a park; "portfolio" and
"model" shots in underwear in the bedroom, a "nude study" filmed before the
bathroom mirror; the critique or the comic moved to a private Snapchat,
Instagram, Telegram, WhatsApp or Messenger; a camera, a graphics tablet, oil
paints and an easel or money for paints as gifts with strings; questions on
bodies, boyfriends and sleeping alone "for the portrait" and on the parents'
working hours; what happens in the studio kept secret, deleted pictures and
threats to the exhibition place or with the pictures; a pupil told that
parents, friends and the art teacher do not see the talent; a pupil who cuts
with a craft or lino knife, saves pills in a paint tin, gives the sketchbooks
away, names a roof or a bridge; a photography workshop leader who touches in
the darkroom, a father who locks a child in, a mother with a metal ruler, a
stepfather with a belt or a cable, a drinking father; threats with a knife or
an iron bar over a mural or a graffiti; phone numbers in digits and in words,
home addresses and private e-mails. The harmless ones are the same words used
honestly: a museum's official booking line and e-mail, a supervised portrait
workshop with signed consent forms, a photo contest's rules that forbid other
children's faces, life drawing of a clothed model and of statues, the gallery's
address for the shared exhibition, paintings of death and war discussed in
class, "I'll kill you" over spilt paint and homework that is "killing" a pupil,
a prize of paints paid by the school, a mural kept secret until its opening,
safety rules for craft and lino knives, an artist in residence never alone with
pupils, with a few notes on the film club, thanks and things to bring.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 99, and the written rows): rules and
second opinion 98.3 % recall (118 of 120: private contact 11/12, isolation
5/6, every other kind complete; by language it 18/20, every other language
complete) and 16 false holds in 90 (17.8 %); rules alone 88.3 % (106 of 120:
meeting 15/18, photo or video requests 11/12, private contact 11/12, personal
questions 10/12, isolation 5/6, self-harm 8/12, disclosures 10/12, every other
kind complete; by language en 19/20, de 16/20, fr 17/20, it 17/20, es 19/20, pl
18/20) and 16 false holds (17.8 %), all of them the rules'. Missed with the
second opinion too: the adult's private Instagram for the comic instead of the
school's platform, and the messages deleted (Italian); parents who think
drawing a waste of time, a class that laughs, "only I understand your talent"
(Italian). The rules alone also let through a craft knife kept for the arm at
night under long sleeves; sketchbooks given away with goodbye (German, French);
a bridge over the railway with a last drawing; a museum visit with the pupil
left behind under a lie to the teacher and driven to the adult's home (German,
Polish); a gallery owner's meeting behind the station, "no need for adults"; nude
photos "for your portfolio" posed in the bathroom; a boyfriend, a changing
body and sleeping alone asked "for the portrait" (Italian, Polish); a photo
course's man who touched a pupil in the darkroom, or locked her in (German,
Spanish). Held: a museum's or a gallery's booking desk with its line and
e-mail, in every language, as phones and e-mails; an exhibition's venue with
its address (English, Italian, Spanish), as addresses; "I'll kill you" over
paint spilt on a drawing, with a laugh, in five languages, as violence; a
craft knife's safety rule, as violence; a mural kept secret till its opening,
as secrecy.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "The life-drawing room is free after 5 on Friday 🎨 come by yourself and I'll give "
            "you a private lesson on posing, no need for the others or Mrs Hale. Tell your dad "
            "it's art club.",
            "I run a small gallery in town and I think you've got real talent, Maisie. Come to "
            "my private studio on Saturday at 3, alone please, parents make young artists "
            "nervous. The number 14 bus stops right outside.",
            "after the museum trip hang back in the café, ill tell them ur already on the "
            "coach 😉 then i drive u to mine to see my paintings, back by 8 promise",
        ],
        "photo_request": [
            "for ur portfolio i need proper model shots 📸 in ur bedroom, just underwear or a "
            "towel, natural light. send them to me tonight not the class folder",
            "As a talent scout I see models your age every week. Do a test shoot in the "
            "bathroom mirror, a few poses, the less clothing the better for the agency. A "
            "video is even better. 13 is the perfect age to start.",
        ],
        "private_contact": [
            "the platform squashes my photos, lets talk on snapchat instead 👻 add lens_jack07 "
            "and delete this msg, teachers dont need to see our critique",
            "It's Tom, the photographer from Thursday's workshop. From now on message me on "
            "WhatsApp rather than the school site, it's easier for sending your pictures "
            "privately. No need to add the rest of the group.",
        ],
        "gift_offer": [
            "I've got an old Canon DSLR with two lenses just sitting here 📷 it's yours, free. "
            "Only thing: don't tell your parents where it came from, and you come and model "
            "for me a couple of Saturdays. Deal?",
        ],
        "personal_question": [
            "for my portrait project i need to know u better 😊 do u have a bf yet? has ur body "
            "started changing? what do u wear to bed?",
            "When are your mum and dad at work next week? And is your bedroom on the ground "
            "floor? I want to plan when I can drop off the paints without bothering anyone.",
        ],
        "secrecy": [
            "our sessions in the studio stay between us ok?? 🤫 if u tell Ms Patel or ur mum ur "
            "out of the exhibition and ill say u stole the brushes",
            "Delete the pictures I sent and don't mention our chats to anyone. Grown-ups "
            "wouldn't understand art like ours. If your parents find out, I'll make sure your "
            "drawing never hangs in the gallery.",
        ],
        "isolation": [
            "Your art teacher doesn't get you, your classmates are jealous and your parents "
            "think drawing is a waste of time. I'm the only one who sees what you really are, "
            "Lily. You don't need any of them.",
        ],
        "self_harm": [
            "been saving mums sleeping pills in my old paint tin since march, 23 now. after "
            "the exhibition on friday im done with all of it",
            "i keep the craft knife from the lino class in my pencil case and use it on my arm "
            "at night. nobody notices under the long sleeves",
        ],
        "disclosure": [
            "miss can i tell u something. the photographer at the workshop made me sit on his "
            "lap and touched me under my shirt when the others were at lunch. i dont want to "
            "go back on thurs",
            "my stepdad ripped up my painting and hit me with his belt again last nite bc i "
            "was late home from film club. my back still hurts, pls dont tell him i said",
        ],
        "violence": [
            "if Kyle touches our mural one more time im bringing my brothers knife on monday "
            "and stabbing him in the park after school, i mean it",
        ],
        "phone": [
            "my own mobile is oh seven seven nine oh, four five two, one one eight 😉 text me "
            "there about the shoot, not on here",
        ],
        "contact": [
            "Send your portfolio to my own e-mail, not the school one: "
            "mark.easel.studio@gmail.com. Or drop it at my flat, 27 Mill Lane, flat 4, any "
            "evening after 7.",
        ],
    },
    "de": {
        "meeting": [
            "Komm am Samstag um 15 Uhr allein in mein Atelier in der Gartenstraße, ich zeig "
            "dir, wie echte Künstler arbeiten. Deinen Eltern sagst du einfach, du bist bei "
            "Mia. 🎨",
            "nach der führung im museum bleib einfach im café sitzen, ich sag der lehrerin du "
            "bist schon beim bus 😉 dann fahren wir zu mir und ich mal dich",
            "Ich bin Galerist und suche junge Talente. Treffen wir uns Freitagabend am "
            "Bahnhof, nur wir zwei, dann besprechen wir deine erste Ausstellung. Deine "
            "Kunstlehrerin muss davon nichts wissen.",
        ],
        "photo_request": [
            "für dein portfolio brauch ich aktfotos, machen alle großen künstler so 📸 zieh "
            "dich im bad aus und schick mir 5 posen, heute noch",
            "Lena, als Fotograf sag ich dir: Du hast Modelpotenzial. Mach mal ein Video in "
            "deinem Zimmer, nur in Unterwäsche, und dreh dich langsam. Ist fürs Casting, ganz "
            "normal mit 14.",
        ],
        "private_contact": [
            "hier liest doch jeder mit 🙄 schreib mir lieber auf insta privat, atelier_kai_99, "
            "da schick ich dir auch meine skizzen. und lösch den chat hier",
            "Jonas, lass uns die Comic-Sache lieber über Telegram machen, da sind wir "
            "ungestört. Die Lehrer kontrollieren auf der Plattform alles.",
        ],
        "gift_offer": [
            "Ich schenk dir meine alten Ölfarben und die Staffelei, fast 300 € wert. Du musst "
            "mir nur versprechen, dass du es niemandem erzählst und mich dafür mal privat "
            "besuchst 😊",
        ],
        "personal_question": [
            "bist du nachmittags allein zuhause? wann kommen deine eltern von der arbeit? will "
            "dir was vorbeibringen 🎁",
            "Fürs Porträt muss ich dich besser kennen: Wie weit bist du körperlich schon "
            "entwickelt? Hattest du schon einen Freund? Schläfst du allein in deinem Zimmer?",
        ],
        "secrecy": [
            "Was im Atelier passiert, bleibt im Atelier, verstanden? 🤫 Wenn du es deiner "
            "Mutter erzählst, fliegst du aus dem Workshop und alle sehen die Fotos.",
            "lösch bitte alle nachrichten von mir. und sag frau berger nix von unserem treffen "
            "am sonntag, sonst kriegst du ärger, nicht ich",
        ],
        "isolation": [
            "Deine Eltern halten Kunst für brotlose Spinnerei und deine Klasse lacht über "
            "deine Zeichnungen. Ich bin der Einzige, der dich wirklich versteht. Du brauchst "
            "die alle nicht.",
        ],
        "self_harm": [
            "ich hab heute meine ganzen skizzenbücher an paula verschenkt. brauch die eh nicht "
            "mehr. tschüss an alle, war schön mit euch 🖤",
            "mit dem cutter aus dem kunstraum ritz ich mir abends die arme auf. heute wars "
            "tiefer als sonst",
        ],
        "disclosure": [
            "frau berger ich muss ihnen was sagen. der mann vom fotokurs hat mich in der "
            "dunkelkammer angefasst, an der brust, und gesagt ich darf nix sagen",
            "mein papa sperrt mich seit 3 tagen in mein zimmer ein weil ich zeichne statt zu "
            "lernen. essen krieg ich nur abends",
        ],
        "violence": [
            "Wenn Tim noch einmal unser Graffiti übermalt, schlag ich ihm morgen nach der "
            "Schule mit der Eisenstange den Schädel ein. Ernsthaft.",
        ],
        "phone": [
            "meine private nummer: null eins sieben sechs – 23 44 – neun acht eins 😉 ruf an "
            "wegen dem shooting, aber nicht wenn deine eltern daneben sind",
        ],
        "contact": [
            "Schick die Bilder an meine Privatadresse: Kai Brandt, Lindenweg 14, 2. Stock, "
            "50667 Köln. Oder per Mail an kai.brandt.kunst@gmx.de, nicht an die Schule.",
        ],
    },
    "fr": {
        "meeting": [
            "Viens samedi à mon atelier rue des Lilas, seule, vers 16h. Je te ferai poser pour "
            "un vrai tableau. Dis à tes parents que tu vas chez une copine, ils ne "
            "comprendraient pas.",
            "apres la visite du musée reste dans la salle des impressionnistes, je dirai a la "
            "prof que t'es aux toilettes 😉 ensuite je t'emmène chez moi voir mes toiles",
            "Je suis propriétaire d'une galerie à Lyon. Je peux t'exposer, mais on doit "
            "d'abord se voir en tête-à-tête, mercredi à 18h derrière la gare. Pas besoin "
            "d'adultes.",
        ],
        "photo_request": [
            "pour ton book de mannequin il me faut des photos en maillot ou en sous-vêtements, "
            "dans ta chambre 📸 envoie-les ce soir, c'est comme ça qu'on commence",
            "Chloé, pour l'étude de nu envoie-moi une vidéo de toi qui prends la pose devant "
            "le miroir de la salle de bain. Personne d'autre ne la verra, promis.",
        ],
        "private_contact": [
            "ici tout le monde lit nos messages 🙄 ajoute-moi sur snap, c'est marcel_peint, on "
            "parlera de ton portfolio en privé",
            "Lucas, passons sur WhatsApp pour le projet BD, la plateforme du collège est trop "
            "surveillée. Efface cette conversation après.",
        ],
        "gift_offer": [
            "Je t'offre un appareil photo reflex et 50 € pour tes pinceaux 🎁 en échange tu "
            "viens poser chez moi le dimanche. Surtout pas un mot à ta mère.",
        ],
        "personal_question": [
            "t'as deja un copain? tu dors seule dans ta chambre? ta poitrine a commencé a "
            "pousser? c'est pour mieux te dessiner 😊",
            "À quelle heure tes parents rentrent du travail le mardi ? Tu es seule à la maison "
            "après l'école ? Je voudrais passer t'apporter des fusains.",
        ],
        "secrecy": [
            "Ce qui se passe pendant nos séances de pose reste entre nous 🤫 si tu en parles à "
            "Mme Lefèvre ou à tes parents, tes dessins ne seront jamais exposés.",
            "supprime mes photos et dis rien a personne, sinon je montre a toute la classe ce "
            "que tu m'as envoyé. compris ?",
        ],
        "isolation": [
            "Tes parents veulent que tu fasses médecine, tes amis se moquent de tes BD. Moi "
            "seul je crois en toi. Personne ne te comprend comme moi, Inès.",
        ],
        "self_harm": [
            "ce soir je vais sur le pont au-dessus de la voie ferrée, j'en peux plus. mon "
            "dernier dessin est pour toi Léa",
            "j'ai donné tous mes carnets de croquis à Emma aujourd'hui, j'en aurai plus "
            "besoin. dites au revoir à tout le monde pour moi",
        ],
        "disclosure": [
            "madame je peux vous dire un truc? l'animateur de l'atelier photo m'a enfermée "
            "dans la chambre noire et il m'a touchée. j'ai peur d'y retourner jeudi",
            "ma mère me frappe avec la règle en fer quand je dessine au lieu de faire mes "
            "devoirs. j'ai des bleus sur les bras, c'est pour ça que je mets des manches "
            "longues",
        ],
        "violence": [
            "Si Hugo retague encore sur notre fresque, je l'attends lundi à 17h derrière le "
            "gymnase avec le couteau de mon père et je le plante. Je rigole pas.",
        ],
        "phone": [
            "mon portable perso : zéro six, douze, quarante-huit, trente-trois, zéro sept 😉 "
            "appelle-moi pour le shooting, pas sur la plateforme",
        ],
        "contact": [
            "Envoie ton dossier à mon adresse perso, pas au collège : 8 rue Victor-Hugo, "
            "appartement 12, 69002 Lyon. Ou écris à garnier.peintre69@orange.fr.",
        ],
    },
    "it": {
        "meeting": [
            "sabato pomeriggio vieni da sola nel mio studio in via Garibaldi 22, ti faccio un "
            "ritratto vero 🎨 ai tuoi dì che sei in biblioteca",
            "Dopo la visita agli Uffizi resta indietro nella sala del Botticelli, dico alla "
            "prof che sei in bagno. Poi ti porto io a casa mia, ti faccio vedere i miei "
            "quadri.",
            "Sono un talent scout di un'agenzia di Milano. Vediamoci domenica alle 10 al "
            "parco, solo io e te, senza genitori che mettono ansia. Porta il tuo portfolio.",
        ],
        "photo_request": [
            "per il book mi servono foto in costume o in intimo, in camera tua, con luce "
            "naturale 📸 mandamele stasera in privato",
            "Giulia, per lo studio di nudo fai un video mentre ti cambi davanti allo specchio "
            "del bagno. È solo un esercizio, non lo vedrà nessuno.",
        ],
        "private_contact": [
            "qui leggono tutto i prof 🙄 scrivimi su telegram, pennello_ribelle, li ti mando le "
            "mie tavole e parliamo tranquilli",
            "Matteo, per il fumetto usiamo il mio Instagram privato, non la piattaforma della "
            "scuola. Poi cancella pure questi messaggi.",
        ],
        "gift_offer": [
            "Ti regalo una tavoletta grafica da 200 euro 🎁 però vieni a prenderla da me da "
            "solo, e ai tuoi dici che l'hai vinta a un concorso. Va bene?",
        ],
        "personal_question": [
            "hai gia il ragazzo? ti sta cambiando il corpo? dormi da sola? chiedo per il "
            "ritratto eh 😊",
            "A che ora escono di casa i tuoi la mattina? E il giovedì sei sola dopo scuola? "
            "Vorrei passare a portarti i colori.",
        ],
        "secrecy": [
            "Quello che facciamo nello studio resta tra noi 🤫 se lo dici alla prof.ssa Conti o "
            "ai tuoi, ti escludo dalla mostra e dico che hai rubato i pennelli.",
            "cancella le foto che ti ho mandato e non dire niente a nessuno. se tua madre lo "
            "scopre la colpa è tua",
        ],
        "isolation": [
            "I tuoi pensano che il disegno sia tempo perso e in classe ti prendono in giro. "
            "Solo io capisco il tuo talento, Sofia. Degli altri non hai bisogno.",
        ],
        "self_harm": [
            "mi taglio le braccia col taglierino dell'aula di arte, stanotte ho esagerato. non "
            "ditelo a nessuno",
            "domani dopo il cineforum salgo sul tetto della scuola. ho regalato i miei disegni "
            "a Chiara, non mi servono piu. ciao a tutti",
        ],
        "disclosure": [
            "prof posso dirle una cosa? il fotografo del laboratorio mi ha toccata sotto la "
            "maglietta mentre gli altri erano in pausa. non voglio piu andarci",
            "mio padre mi ha rotto le tele e mi ha dato uno schiaffo così forte che mi "
            "sanguinava il naso. succede quasi ogni sera quando beve",
        ],
        "violence": [
            "Se Luca rovina ancora il nostro murale giuro che lunedì lo aspetto fuori col "
            "coltello e lo ammazzo. Non scherzo.",
        ],
        "phone": [
            "il mio numero privato è tre-quattro-sette, 21 88, cinque-sei-zero-nove 😉 chiamami "
            "per lo shooting, non qui",
        ],
        "contact": [
            "Mandami i disegni a casa, non a scuola: Via Mazzini 41, interno 7, 40121 Bologna. "
            "Oppure scrivi a riccardo.arte77@libero.it.",
        ],
    },
    "es": {
        "meeting": [
            "el sábado a las 5 ven sola a mi estudio en calle Feria, te hago una sesión de "
            "fotos profesional 📸 a tus padres diles que estás con Carmen",
            "Cuando acabe la visita al Prado, quédate en la sala de Goya, le digo a tu profe "
            "que has ido al baño. Luego te llevo en mi coche a ver mi taller, volvemos antes "
            "de las 9.",
            "Soy galerista y quiero exponer tus cuadros. Pero antes tenemos que vernos a "
            "solas, el viernes por la noche en el parque. Nada de padres, asustan a los "
            "artistas.",
        ],
        "photo_request": [
            "para tu book de modelo necesito fotos en ropa interior, en tu habitación, poses "
            "naturales 📸 mándamelas esta noche por privado",
            "Lucía, para el estudio de desnudo grábate un vídeo delante del espejo del baño. "
            "Es arte, no tiene nada de malo a los 13.",
        ],
        "private_contact": [
            "aqui lo leen todo los profes 🙄 agregame en insta, pinceladas_luis, y hablamos del "
            "comic por dm. borra esto",
            "Pablo, mejor seguimos por WhatsApp, que la plataforma del cole va fatal. Y no "
            "metas a los demás, es solo nuestro.",
        ],
        "gift_offer": [
            "Te regalo mi cámara réflex y 100 € para pinturas 🎁 solo tienes que venir a posar "
            "para mí los domingos y no contárselo a tus padres.",
        ],
        "personal_question": [
            "tienes novio? ya te ha cambiado el cuerpo? duermes sola en tu cuarto? es para el "
            "retrato eh 😊",
            "¿A qué hora salen tus padres de trabajar? ¿Estás sola en casa los miércoles? "
            "Quiero pasarme a dejarte unos lienzos.",
        ],
        "secrecy": [
            "Lo que pasa en mi taller se queda en el taller 🤫 si se lo cuentas a la profe "
            "Marta o a tu madre, no expones y todos verán tus fotos.",
            "borra mis mensajes y no digas nada de lo del domingo, si tus padres se enteran te "
            "castigarán a ti, no a mí",
        ],
        "isolation": [
            "Tus padres no entienden tu arte, tus amigas te tienen envidia y la profe no te "
            "valora. Solo yo veo lo que vales de verdad, Alba. No los necesitas.",
        ],
        "self_harm": [
            "me corto con el cúter de plástica por las noches, hoy más hondo. nadie se da "
            "cuenta con las mangas largas",
            "le he regalado mis cuadernos de dibujo a Irene. esta noche voy al puente de la "
            "autovía. adiós a todos, os quiero",
        ],
        "disclosure": [
            "profe tengo que contarle algo. el monitor del taller de fotografía me encerró en "
            "el cuarto oscuro y me tocó. no quiero volver el jueves",
            "mi padrastro me pega con el cinturón cuando llego tarde del cineclub y me deja "
            "sin cenar. por favor no le diga que se lo he dicho",
        ],
        "violence": [
            "Como Sergio vuelva a pintar encima de nuestro mural, el lunes le espero a la "
            "salida con una navaja y se la clavo. Va en serio.",
        ],
        "phone": [
            "mi móvil personal: seis, uno, dos - 34 - 78 - nueve, cero, uno 😉 llámame para la "
            "sesión, pero que no se entere nadie",
        ],
        "contact": [
            "Mándame los dibujos a mi casa, no al instituto: calle San Vicente 17, 3º B, 41002 "
            "Sevilla. O a mi correo personal ortega.pinta@hotmail.es.",
        ],
    },
    "pl": {
        "meeting": [
            "w sobotę o 16 przyjdź sama do mojej pracowni na Floriańskiej, namaluję twój "
            "portret 🎨 rodzicom powiedz, że jesteś u Oli",
            "Po wycieczce do muzeum zostań w sali z Matejką, powiem pani, że poszłaś do "
            "toalety. Potem zawiozę cię do siebie, pokażę ci moje obrazy.",
            "Jestem właścicielem galerii w Warszawie. Spotkajmy się w piątek wieczorem przy "
            "dworcu, tylko ty i ja. Rodzice nie muszą wiedzieć, dopóki nie podpiszemy umowy.",
        ],
        "photo_request": [
            "do twojego portfolio modelki potrzebuję zdjęć w bieliźnie, w twoim pokoju, "
            "naturalne pozy 📸 wyślij mi dziś wieczorem prywatnie",
            "Zuzia, do studium aktu nagraj filmik, jak przebierasz się przed lustrem w "
            "łazience. To sztuka, w wieku 13 lat to zupełnie normalne.",
        ],
        "private_contact": [
            "tu wszyscy nauczyciele czytaja 🙄 dodaj mnie na snapie, pedzel_marek, tam pogadamy "
            "o twoim komiksie. usun te wiadomosc",
            "Kuba, przejdźmy na Messengera, platforma szkolna ciągle się zawiesza. I nie "
            "dodawaj innych, to tylko nasza rozmowa.",
        ],
        "gift_offer": [
            "Dam ci aparat fotograficzny i 200 zł na farby 🎁 w zamian przychodzisz w niedziele "
            "pozować u mnie i nic nie mówisz mamie. Umowa?",
        ],
        "personal_question": [
            "masz juz chlopaka? zmienia ci sie cialo? spisz sama w pokoju? pytam do portretu 😊",
            "O której rodzice wracają z pracy? We wtorki jesteś sama po szkole? Chcę ci "
            "podrzucić płótna.",
        ],
        "secrecy": [
            "To, co dzieje się w pracowni, zostaje między nami 🤫 jak powiesz pani Nowak albo "
            "rodzicom, wylatujesz z wystawy, a wszyscy zobaczą twoje zdjęcia.",
            "usuń moje zdjęcia i nikomu nic nie mów o niedzieli. jak twoja mama się dowie, to "
            "ty będziesz miała kłopoty",
        ],
        "isolation": [
            "Rodzice myślą, że rysowanie to strata czasu, a klasa się z ciebie śmieje. Tylko "
            "ja widzę twój talent, Hania. Nikogo więcej nie potrzebujesz.",
        ],
        "self_harm": [
            "tnę się nożykiem do linorytu wieczorami, dzisiaj za głęboko. nikt nie widzi pod bluzą",
            "zbieram tabletki mamy w puszce po farbach, mam już 40. po wernisażu w piątek je "
            "wezmę. szkicowniki oddałam Idze",
        ],
        "disclosure": [
            "proszę pani, pan z warsztatów fotograficznych zamknął mnie w ciemni i mnie "
            "dotykał. boję się iść tam w czwartek",
            "ojczym bije mnie kablem, jak wracam późno z kółka filmowego. mam siniaki na "
            "plecach. proszę mu nie mówić",
        ],
        "violence": [
            "Jak Kacper jeszcze raz zamaluje nasz mural, to w poniedziałek czekam na niego za "
            "szkołą z nożem i go dźgnę. Nie żartuję.",
        ],
        "phone": [
            "mój prywatny numer: pięćset jeden, 23 45, sześćset siedemdziesiąt osiem 😉 dzwoń w "
            "sprawie sesji, ale nie przy rodzicach",
        ],
        "contact": [
            "Wyślij rysunki do mnie do domu, nie do szkoły: ul. Lipowa 12 m. 5, 30-001 Kraków. "
            "Albo pisz na mój prywatny mail marek.sztuka@o2.pl.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Booking for the City Art Gallery visit on 14 March is confirmed. If we're late, ring "
        "the learning team on 0161 496 0732 or write to schools@cityartgallery.org.uk, not "
        "anyone's own phone.",
        "Portrait workshop, Year 10, Wed 3:30-5 in Art Room 2. Mr Dawson and Ms Hale are both "
        "there the whole time. Consent forms signed by parents back by Friday please.",
        "Photo contest rules: no faces of other pupils, nothing taken in changing rooms, "
        "bathrooms or bedrooms, max 3 entries each. Deadline 30 April.",
        "Life drawing for Year 12 on Tuesday: our model is Mrs Okoro from the drama "
        "department, fully clothed in a costume, then the plaster statues in room 6 for "
        "anatomy.",
        "i'll kill u if u spill paint on my drawing AGAIN 😤😂",
        "this animation homework is killing me, 240 frames for 10 seconds 💀",
        "Exhibition address for families: Riverside Gallery, 12 Quay Street. Opening Thursday "
        "18 May at 6 pm, free entry, work from all four partner schools!",
        "Today we looked at Goya's Third of May and Picasso's Guernica, very strong images of "
        "death and war. If anyone found them upsetting, come and talk to me or Mr Finch.",
        "WE WON 🏆 first prize in the comic contest, a big box of paints for the class, school "
        "paid the entry fee",
        "shhh the mural in the hall is a surprise till the opening on friday 🤫 dont post any "
        "pics on the group",
        "Craft knife rule: always cut away from your hand, use the metal ruler, and knives go "
        "back in the box and get counted at the end of every lesson.",
        "Our artist in residence, Ms Rahman, is with us from 5 to 16 June. She always works in "
        "the art room with a teacher present, never alone with pupils.",
        "Film club Friday 4pm: Spirited Away. Parents can collect from reception at 6:15.",
        "thanks Krakow class for the comic pages, the dragon one is sick 🐉",
        "Reminder: bring an old shirt for mural painting tomorrow, it'll get messy.",
    ],
    "de": [
        "Museumsbesuch am 7. März: Anmeldung über die Museumspädagogik, Tel. 030 4417 2290 "
        "oder fuehrungen@kunsthalle-beispiel.de. Treffpunkt 9:15 am Haupteingang.",
        "Porträtworkshop für die 10b: Mittwoch 14-16 Uhr, Raum 112, Frau Berger ist die ganze "
        "Zeit dabei. Ohne unterschriebene Einverständniserklärung der Eltern keine Teilnahme.",
        "Fotowettbewerb: Keine Gesichter anderer Kinder auf den Bildern! Landschaft, "
        "Stillleben, Architektur. Max. 2 Fotos pro Person bis 15.05.",
        "Aktzeichnen in der Oberstufe heißt bei uns: bekleidetes Modell (Herr Lang aus der "
        "Theater-AG) und Gipsabgüsse im Kunstraum. Niemand muss sich ausziehen 😄",
        "wenn du noch einmal wasser auf meine zeichnung kippst bring ich dich um 😂😂",
        "diese comic-hausaufgabe bringt mich um, 12 panels bis morgen 😩",
        "Ausstellungsort für alle Familien: Galerie im Rathaus, Marktplatz 3, Eröffnung "
        "Freitag 19 Uhr. Die Werke der Partnerklasse aus Lyon hängen im 1. Stock.",
        "Heute im Unterricht: Käthe Kollwitz und ihre Bilder von Krieg, Hunger und Tod. Wer "
        "darüber noch reden möchte, kann mich in der Pause ansprechen.",
        "wir haben den 2. platz beim malwettbewerb!! 🎉 preis: acrylfarben für die ganze "
        "klasse, die anmeldung hat die schule bezahlt",
        "psst, das wandbild im treppenhaus bleibt bis zur einweihung am 12.6. geheim 🤫 keine "
        "fotos in die gruppe!",
        "Regel für die Linolschnitt-Stunde: Schnitzmesser immer vom Körper weg führen, die "
        "andere Hand hinter das Werkzeug. Messer werden am Ende gezählt.",
        "Die Künstlerin Frau Yilmaz ist ab Montag 3 Wochen bei uns in Residenz, immer im "
        "Kunstraum und immer zusammen mit einer Lehrkraft.",
        "Kann mein Sohn beim Filmabend am Donnerstag bis 20 Uhr bleiben? Ich hole ihn dann am "
        "Haupteingang ab. Viele Grüße, M. Schulz",
        "Danke an die Klasse aus Sevilla für die Streetart-Fotos, mega!",
        "Vergesst morgen die Pinsel nicht, wir grundieren die Leinwände.",
    ],
    "fr": [
        "Visite du musée des Beaux-Arts le 21 mars : réservation auprès du service des "
        "publics, 04 72 55 18 30, reservation@mba-exemple.fr. Départ en car à 8h30.",
        "Atelier portrait pour les 3e : jeudi 14h-16h en salle 204 avec Mme Lefèvre et "
        "l'illustratrice invitée. Autorisation parentale signée obligatoire.",
        "Règlement du concours photo : aucun visage d'autres élèves, pas de photos dans les "
        "vestiaires, les toilettes ou les chambres. 3 photos max, avant le 10 mai.",
        "Dessin de modèle vivant en terminale : le modèle reste habillé, et on travaille aussi "
        "d'après les statues du musée. Apportez fusain et papier A2.",
        "si tu renverses encore de l'eau sur mon aquarelle je te tue 😤😂",
        "ce devoir d'animation me tue, 96 dessins pour 4 secondes 😭",
        "L'expo commune avec nos correspondants de Cracovie : Médiathèque municipale, 5 place "
        "de la République, vernissage samedi 3 juin à 11h.",
        "On a étudié Le Radeau de la Méduse en classe : mort, faim, désespoir. Si certains ont "
        "été touchés par ces images, ma porte est ouverte.",
        "1er prix du concours de BD 🥳 on gagne un coffret de gouaches, c'est le collège qui "
        "avait payé l'inscription",
        "chut la fresque de la cour c'est une surprise jusqu'à l'inauguration le 14 🤫 pas de "
        "photos sur insta svp",
        "Consigne pour la gravure : le cutter se tient lame loin de la main, règle métallique "
        "obligatoire, on rend les lames en fin de séance.",
        "Notre artiste en résidence, M. Diallo, animera les ateliers graff du 2 au 13 octobre, "
        "toujours en présence d'un enseignant.",
        "Le ciné-club reprend mardi à 17h en salle 008 avec Ma vie de Courgette. Les parents "
        "peuvent récupérer les enfants à 18h45.",
        "merci à la classe de Bologne pour les planches de BD 😍",
        "N'oubliez pas vos blouses pour la peinture demain !",
    ],
    "it": [
        "Visita al museo il 12 aprile: prenotazioni tramite i servizi educativi, tel. 055 412 "
        "9087, didattica@museo-esempio.it. Ritrovo alle 8:45 davanti a scuola.",
        "Laboratorio di ritratto per la 3B: martedì 15-17 in aula 9 con la prof.ssa Conti. "
        "Serve il modulo di consenso firmato dai genitori.",
        "Concorso fotografico: vietato fotografare i volti di altri ragazzi, niente foto in "
        "spogliatoi o bagni. Massimo 2 scatti a testa entro il 20 maggio.",
        "Disegno dal vero per la quinta: modella vestita (la signora Rossi del laboratorio "
        "teatrale) e le statue della gipsoteca. Portate i carboncini.",
        "se mi rovesci l'acqua sul disegno ti ammazzo 😤 scherzo ma non farlo",
        "sto compito di animazione mi sta uccidendo, 120 fotogrammi per domani 💀",
        "La mostra comune con le classi partner è alla Galleria Comunale, Piazza Maggiore 6, "
        "inaugurazione venerdì 26 maggio alle 18.",
        "Oggi abbiamo guardato la Giuditta di Artemisia Gentileschi: violenza, sangue, "
        "vendetta. Se qualcuno vuole parlarne ancora, sono disponibile.",
        "abbiamo vinto il concorso di fumetti 🏆 premio: una scatola di acquerelli a testa, "
        "l'iscrizione l'ha pagata la scuola",
        "il murale in cortile è una sorpresa fino all'inaugurazione del 5 giugno 🤫 non postate "
        "niente ok?",
        "Regola di sicurezza: taglierino sempre con la lama lontana dalla mano, riga di "
        "metallo, lame riconsegnate a fine ora.",
        "Buongiorno, l'artista in residenza Elena Ferri lavorerà con le classi dal 6 al 17 "
        "marzo, sempre in aula insieme a un docente.",
        "Cineforum di giovedì: proiettiamo La freccia azzurra alle 16:30 in aula magna. Fine "
        "alle 18:30, i genitori possono aspettare all'ingresso.",
        "grazie alla classe di Leeds per il video in stop motion, troppo bello 🤩",
        "Domani portate un grembiule o una maglia vecchia per dipingere il murale.",
    ],
    "es": [
        "Visita al museo el 9 de marzo: reservas en el departamento de educación, tel. 954 318 "
        "207, educacion@museo-ejemplo.es. Salimos a las 8:30.",
        "Taller de retrato para 4º ESO: jueves de 16 a 18 h en el aula 15, con la profe Marta. "
        "Es obligatoria la autorización firmada por los padres.",
        "Bases del concurso de fotografía: prohibido sacar caras de otros alumnos y fotos en "
        "vestuarios o baños. Máximo 3 fotos hasta el 12 de mayo.",
        "Dibujo del natural en 2º de bachillerato: el modelo posa vestido y también "
        "dibujaremos las esculturas del museo. Traed carboncillo.",
        "como me manches el dibujo otra vez te mato 😤😂",
        "este trabajo de animación me está matando, 150 fotogramas para el lunes 😩",
        "La exposición conjunta con los coles socios será en la Casa de la Cultura, plaza "
        "Nueva 2. Inauguración el viernes 2 de junio a las 19 h.",
        "Hoy hemos comentado Los fusilamientos del 3 de mayo: muerte, miedo, guerra. Si a "
        "alguien le ha afectado, puede hablar conmigo en el recreo.",
        "ganamos el concurso de cómic!! 🥳 premio: un lote de acrílicos para la clase, la "
        "inscripción la pagó el cole",
        "el mural del patio es secreto hasta la inauguración el 15 🤫 no subáis fotos a ningún "
        "sitio porfa",
        "Norma de seguridad: el cúter siempre con la cuchilla lejos de la mano, con regla "
        "metálica, y se devuelve contado al final de la clase.",
        "Nuestra artista residente, Nuria Vidal, pintará con los grupos del 8 al 19 de mayo, "
        "siempre con un profesor en el aula.",
        "Cineclub el martes a las 17 h: Klaus. Los padres pueden recoger a los niños en "
        "conserjería a las 18:45.",
        "gracias a la clase de Cracovia por las fotos de street art, son una pasada 😍",
        "Recordad traer mañana una camiseta vieja para pintar.",
    ],
    "pl": [
        "Wycieczka do Muzeum Narodowego 16 marca: rezerwacja przez dział edukacji, tel. 12 433 "
        "58 91, edukacja@muzeum-przyklad.pl. Zbiórka 8:15 przed szkołą.",
        "Warsztaty portretu dla 8b: środa 14:00-16:00, sala 21, z panią Nowak. Bez podpisanej "
        "zgody rodziców nie można wziąć udziału.",
        "Regulamin konkursu fotograficznego: żadnych twarzy innych uczniów, żadnych zdjęć w "
        "szatni ani w łazience. Maks. 2 zdjęcia do 18 maja.",
        "Rysunek z natury w liceum: modelka pozuje ubrana, rysujemy też rzeźby w muzeum. "
        "Weźcie węgiel i papier A2.",
        "jak mi jeszcze raz wylejesz wodę na rysunek to cię zabiję 😤😂",
        "ta animacja mnie wykończy, 200 klatek na piątek 💀",
        "Wspólna wystawa z klasami partnerskimi: Galeria Miejska, Rynek 9, wernisaż w sobotę "
        "10 czerwca o 12:00. Zapraszamy rodziny!",
        "Dziś omawialiśmy obrazy Grottgera o powstaniu styczniowym: śmierć, żałoba, wojna. "
        "Jeśli ktoś chce o tym porozmawiać, jestem po lekcjach.",
        "mamy 1 miejsce w konkursie komiksowym 🏆 nagroda: farby akrylowe dla całej klasy, "
        "wpisowe zapłaciła szkoła",
        "mural na korytarzu to niespodzianka do otwarcia 20 czerwca 🤫 nie wrzucajcie zdjęć na "
        "grupę!",
        "Zasady na linoryt: nożyk zawsze od siebie, druga ręka za ostrzem, po lekcji oddajemy "
        "dłutka i liczymy.",
        "Dzień dobry, tu tata Kuby. Czy mogę być opiekunem na warsztatach fotograficznych w "
        "sobotę? Mam czas od 10 do 14.",
        "Klub filmowy w czwartek o 16:30 w sali 3: oglądamy Twojego Vincenta. Rodzice mogą "
        "odebrać dzieci o 18:30.",
        "dzięki klasie z Lyonu za komiks, smok jest mega 🐉",
        "Pamiętajcie jutro o fartuchach, malujemy mural.",
    ],
}
