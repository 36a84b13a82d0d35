"""Held-out round 106: an ordinary project week's chat, forum, postcards and shared pages.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is an ordinary
week of a partner-class project: the project chat, forum replies, postcard and
pen-pal texts, the chat beside a live video call and comments on shared pages,
written mostly by pupils of ten to sixteen and their teachers. The concerns
turn up inside that talk as they really do: adults posing as a youth centre
volunteer, a coach or a camp instructor, a photographer, a friend of an uncle,
an aunt, a godfather or a cousin, older pupils and online gamers, who ask for a
meeting alone (a food court, a bus stop, a car park, a bike shed, a park, a
flat), for photos in a swimsuit, a leotard or pyjamas, a video out of the
shower or while changing and a camera on in a bedroom, for a move to Snapchat,
WhatsApp, Discord, Telegram, Instagram or Messenger, who offer a gift card, a
phone, a signed shirt or credit, ask who is home alone, about boyfriends,
kisses and bodies, ask for chats to be deleted and kept secret, and tell a
pupil that friends and parents do not matter; pupils who write of pills, a
bridge, a train, a roof or the tracks and of cutting; pupils who disclose a
mother's boyfriend, a stepfather or an uncle who touches at night and a tutor
who touches under the table, and a father or a stepfather who hits with a belt,
a fist, a cable or a slipper; a threat with a knife or a bike lock; private
numbers in each country's format, given or asked, and home addresses and
private e-mails shared for a pen-pal letter. The harmless ones are the same
week's hard look-alikes: match scores, times and room numbers of the whole
class's video call with the teacher, a teacher's note with the school's public
address and office line, sums, a parent's permission for a trip, "I'll kill
you" and "I'm dead" among friends in play, sad ends of books and films, sprains
and a broken wrist, family news of births, weddings, grandparents in hospital
and a pet that died, a birthday surprise kept from a classmate with the teacher
told, forum replies on home towns and kind comments on shared pages.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 105, and the written rows): rules and
second opinion 100 % recall (120 of 120) and 5 false holds in 90 (5.6 %); rules
alone 95.8 % (115 of 120: personal questions 10/12, self-harm 9/12, every other
kind complete; by language en 19/20, de 18/20, fr 19/20, pl 19/20, it and es
complete) and the same 5 false holds. The rules alone let through a cut arm
bleeding through a sleeve after a video call left early (English); a jump from
the bridge on the B27 tonight (German) and the tracks tonight, "będzie po
wszystkim" (Polish); a boyfriend asked with "how far have you gone" (German) and
a bra size asked "just out of curiosity" (French). Held, all by the rules: "I'll
kill you" over a riddle's answer with "jk" (English), "te mato" at parchís
(Spanish) and "zabiję cię" at uno (Polish), as violence; a film's sad start and
"Anyone else?", as a personal question; a birthday poster made in secret with
the teacher knowing, "Nichts verraten", as secrecy.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Loved your postcard about the canal walk! I'm Dan, I help out with the exchange "
            "from the youth centre side. If you're at the shopping centre on Saturday come and "
            "find me at the food court, just you though, no need to bring your mum, we'll get "
            "milkshakes 😊",
            "you look way older than 12 on camera lol. i live like 20 min from your school, "
            "meet me at the bus stop behind the sports hall after practice thursday? dont tell "
            "ur friends",
            "gg again!! ur the best support player i know. im going to the gaming expo on the "
            "14th and theres room in my car, i can pick you up at the end of your road at 8 so "
            "your parents dont have to drive 👍",
        ],
        "photo_request": [
            "for the 'my hobbies' page can you send me a pic of you in your gymnastics leotard? "
            "a private one just for me, not for the class page",
            "you looked so cute in the video call today. send me a selfie from bed tonight in "
            "your pjs, i wont show anyone promise",
        ],
        "private_contact": [
            "this platform is so slow and the teachers read everything 🙄 add me on snap, it's "
            "coach_mike_u14, we can talk about your trials properly there",
            "Lovely comment on the shared page, Ellie! I'm a friend of your auntie's. Message "
            "me on WhatsApp instead of here, it's easier and nobody else needs to see our "
            "chats.",
        ],
        "gift_offer": [
            "I've got a spare £50 gift card from the tournament sponsors, it's yours if you "
            "keep chatting to me in DMs. just don't mention it to your parents or they'll make "
            "you give it back",
        ],
        "personal_question": [
            "random q but are you home alone after school? what time do your mum and dad get "
            "back from work?",
            "so have you ever kissed anyone? and what are you wearing right now? its just for "
            "my getting to know you questions haha",
        ],
        "secrecy": [
            "what we talk about in private chat stays between us ok? teachers wouldn't "
            "understand and your mum would just overreact. our secret 🤐",
            "Delete the messages from last night before your dad checks your tablet. If anyone "
            "asks, say I'm just a boy from the partner class in Poland.",
        ],
        "isolation": [
            "your friends in the project group don't really get you like I do. they laughed at "
            "your postcard behind your back. you don't need them, you've got me",
        ],
        "self_harm": [
            "i cant do this anymore. everyone would be better off if i wasnt here. ive been "
            "saving up my mums pills",
            "sorry i left the video call early. i cut my arm again last night and it was "
            "bleeding through my sleeve, didnt want anyone to see",
        ],
        "disclosure": [
            "Miss, can I tell you something that's not for the diary page? My mum's boyfriend "
            "comes in my room at night and touches me and says I'm not allowed to tell.",
            "I couldn't do PE today because of the bruises. My dad hits me with his belt when I "
            "get bad marks, please don't ring home about it",
        ],
        "violence": [
            "if Jayden posts that video of me again tomorrow I'm bringing my brother's knife to "
            "school and I'll stab him at the bus stop, not joking this time",
        ],
        "phone": [
            "Text me instead hun, this chat is rubbish: 07700 912384. Save it under a girl's "
            "name so your mum doesn't ask.",
        ],
        "contact": [
            "ok so for the penpal letter my real home address is 14 Larch Close, Hemsworth, WF9 "
            "4RT and my own email is lily.parker2013@gmail.com if u want to write there instead "
            "x",
        ],
    },
    "de": {
        "meeting": [
            "Hey Lena, ich bin Marco, ich trainiere die U15 im Nachbarverein und hab dein Video "
            "vom Turnier gesehen. Komm doch Samstag um 16 Uhr allein zum Vereinsheim, dann zeig "
            "ich dir ein paar Tricks. Deinen Eltern musst du nix sagen, ist ja nur Training",
            "du wohnst doch in der nähe vom bahnhof oder? ich bin morgen eh in der stadt, lass "
            "uns nach der schule beim mcdonalds treffen, nur wir zwei 😉",
            "Als Freund von deinem Onkel darf ich dich ruhig mal abholen. Ich warte Freitag "
            "nach der 6. Stunde hinten auf dem Parkplatz im grauen Golf, steig einfach ein, wir "
            "fahren ein bisschen rum.",
        ],
        "photo_request": [
            "Schick mir mal ein Foto von dir im Bikini aus dem Urlaub, das auf der Projektseite "
            "ist so klein 😍 nur für mich",
            "mach heute abend die kamera an wenn du allein im zimmer bist, ich will dich mal "
            "ohne pulli sehen",
        ],
        "private_contact": [
            "Hier liest die Lehrerin eh alles mit. Schreib mir lieber auf Discord, da heiß ich "
            "NightWolf_1998, dann können wir richtig reden",
            "Schreib mir auf Insta privat, ich folg dir schon. Da kriegt von der Schule keiner "
            "mit, was wir uns schreiben.",
        ],
        "gift_offer": [
            "Ich hab noch ein iPhone übrig, das kannst du haben. Ich schick es dir per Post, "
            "aber sag deinen Eltern, du hast es bei einem Gewinnspiel gewonnen.",
        ],
        "personal_question": [
            "Wie alt bist du eigentlich genau? Und schläfst du allein in deinem Zimmer oder mit "
            "deiner Schwester?",
            "hast du schon nen freund? und wie weit seid ihr schon gegangen? mir kannst du das "
            "ruhig erzählen",
        ],
        "secrecy": [
            "Das bleibt unter uns, okay? Wenn deine Mama fragt, mit wem du so lange chattest, "
            "sag einfach mit Paula aus der Klasse.",
            "Versprich mir, dass du keinem von unserem Treffen am Sonntag erzählst, auch Frau "
            "Berger nicht. Sonst krieg ich Ärger und du auch.",
        ],
        "isolation": [
            "Deine Eltern verstehen dich doch eh nicht und deine Freundinnen lästern nur über "
            "dich. Ich bin der Einzige, der wirklich zu dir hält.",
        ],
        "self_harm": [
            "ich hab keinen bock mehr auf alles. heute nacht spring ich von der brücke an der "
            "B27, dann haben alle ruhe vor mir",
            "Ich ritze mich wieder seit den Ferien, mein Arm sieht schlimm aus. Deshalb hab ich "
            "beim Videocall immer lange Ärmel an.",
        ],
        "disclosure": [
            "Mein Stiefvater schlägt mich, wenn Mama Nachtschicht hat. Gestern hat er mich "
            "gegen die Tür gestoßen, daher kommt die Beule am Kopf.",
            "Der Nachhilfelehrer fasst mich immer unterm Tisch am Bein an, auch weiter oben, "
            "und sagt, das ist unser Geheimnis. Ich will da nicht mehr hin.",
        ],
        "violence": [
            "Wenn Kevin mich noch einmal im Chat beleidigt, warte ich morgen mit dem Messer "
            "hinter der Turnhalle auf ihn. Ich mein das ernst.",
        ],
        "phone": [
            "Gib mir mal deine Handynummer, meine ist +49 176 4412 9035, dann ruf ich dich "
            "heute Abend an, wenn deine Eltern weg sind.",
        ],
        "contact": [
            "Für meinen Brieffreund: ich wohne in der Lindenstraße 17, 34117 Kassel, 2. Stock "
            "links, und meine private Mail ist mia.schroeder09@web.de 😊",
        ],
    },
    "fr": {
        "meeting": [
            "Salut Inès, c'est Julien, le grand de 3e qui aide pour le projet. Viens au local à "
            "vélos après la cantine jeudi, seule, j'ai un truc à te montrer. Pas la peine d'en "
            "parler à la prof.",
            "Je suis photographe et je cherche des jeunes talents comme toi. Rendez-vous samedi "
            "15h au parc, près du kiosque, viens sans tes parents, c'est plus naturel pour les "
            "photos.",
            "tu habites a Villeurbanne c'est ca? je passe ce week-end, on pourrait se voir chez "
            "moi, y aura personne, on jouera a la play tranquille",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot de bain, pour voir si t'as bien grandi "
            "depuis l'an dernier 😏",
            "Tu peux m'envoyer une vidéo de toi quand tu sors de la douche ? Je te promets que "
            "je la supprime après.",
        ],
        "private_contact": [
            "ici les profs lisent tout, ajoute moi sur Snapchat : lucas_ffs_07, on parlera de "
            "la partie de ce soir",
            "Je suis un ami de ton parrain. Écris-moi plutôt sur Telegram, c'est plus privé que "
            "la plateforme de l'école.",
        ],
        "gift_offer": [
            "Je t'offre le nouveau maillot du PSG floqué à ton nom, je te l'apporte moi-même "
            "chez toi, dis-moi juste à quelle heure tes parents sont au travail.",
        ],
        "personal_question": [
            "t'es seule chez toi le mercredi aprem ? tes parents rentrent a quelle heure ?",
            "Tu portes quelle taille de soutien-gorge maintenant ? C'est juste pour savoir, je "
            "suis curieux 😅",
        ],
        "secrecy": [
            "Ne dis à personne qu'on se parle, ni à tes parents ni à ta maîtresse. Ce sera "
            "notre petit secret à nous deux, d'accord ?",
            "Efface nos messages avant que ta mère regarde ton téléphone. Si quelqu'un demande, "
            "je suis juste un copain du club de foot.",
        ],
        "isolation": [
            "Tes copines de la classe se moquent de toi, je l'ai vu dans le chat. Laisse-les "
            "tomber, je suis le seul qui te comprend vraiment.",
        ],
        "self_harm": [
            "j'en peux plus de tout ca. je pense a me jeter sous le train, personne "
            "remarquerait que je suis plus la",
            "J'ai pris plein de cachets de ma mère hier soir pour dormir et ne plus me "
            "réveiller, mais ça n'a pas marché.",
        ],
        "disclosure": [
            "Mon oncle me fait des choses la nuit quand il dort chez nous, il me touche et il "
            "dit que si je parle maman va pleurer.",
            "Mon père m'a encore frappé avec sa ceinture hier, j'ai des marques sur le dos, "
            "c'est pour ça que je voulais pas me changer au sport.",
        ],
        "violence": [
            "Si Théo recommence à m'insulter je ramène le couteau de mon père et je le plante "
            "demain à la récré, je rigole pas.",
        ],
        "phone": [
            "Voilà mon numéro perso : 06 42 18 77 53, appelle-moi ce soir après 22h quand tes "
            "parents dorment.",
        ],
        "contact": [
            "pour la correspondance j'habite au 8 rue des Tilleuls, 69100 Villeurbanne, "
            "appartement 12, et mon mail perso c'est chloe.martin2012@hotmail.fr",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Giulia, sono Fabio, l'allenatore di pallavolo del centro estivo. Sabato "
            "pomeriggio passa da me a casa che ti do la divisa nuova, però vieni da sola e non "
            "dire niente ai tuoi.",
            "abiti vicino alla stazione vero? domani dopo scuola ci vediamo al parco dietro la "
            "chiesa, solo io e te, ti offro un gelato 🍦",
            "Sono un amico di tuo cugino, ho 19 anni. Venerdì sera c'è una festa a casa mia, ti "
            "passo a prendere io alle 21 sotto casa, i tuoi non devono saperlo.",
        ],
        "photo_request": [
            "mandami una foto in costume come quella della gita al mare, ma solo per me, non "
            "sulla pagina del progetto 😍",
            "Accendi la webcam stasera quando sei da sola in camera tua, voglio vederti in "
            "pigiama.",
        ],
        "private_contact": [
            "Qui i prof leggono tutto, scrivimi su Instagram in privato, il mio profilo è "
            "ale.gamer_2004",
            "Giochiamo ancora stasera? Però parliamo su Discord e non sulla chat della scuola, "
            "ti mando il link del mio server privato.",
        ],
        "gift_offer": [
            "Se vuoi ti regalo una ricarica da 50 euro per il telefono, basta che resti a "
            "chattare con me e non lo dici a nessuno 😉",
        ],
        "personal_question": [
            "Sei mai stata baciata? e di notte dormi da sola in camera?",
            "a che ora escono i tuoi il sabato sera? resti a casa da sola?",
        ],
        "secrecy": [
            "Quello che ci diciamo resta tra noi, ok? La prof e i tuoi genitori non capirebbero.",
            "Cancella la chat di ieri sera prima che tua madre controlli il tablet, e se ti "
            "chiede dille che ero una compagna di classe.",
        ],
        "isolation": [
            "I tuoi amici ti prendono in giro alle spalle, l'ho visto nel forum. Lasciali "
            "perdere, hai bisogno solo di me.",
        ],
        "self_harm": [
            "non ce la faccio più. stanotte prendo tutte le pastiglie di mia nonna e la faccio "
            "finita",
            "Mi sono tagliata di nuovo le braccia con la lametta del temperino, per questo in "
            "videochiamata tenevo la felpa.",
        ],
        "disclosure": [
            "Il compagno di mia mamma entra in camera mia di notte e mi tocca, dice che se lo "
            "racconto nessuno mi crederà.",
            "Mio padre mi picchia quando beve, ieri mi ha dato un pugno in faccia, per questo "
            "non sono venuto alla videochiamata.",
        ],
        "violence": [
            "Se Matteo posta ancora quel video su di me domani gli spacco la testa con il "
            "lucchetto della bici all'uscita. Giuro.",
        ],
        "phone": [
            "Questo è il mio cellulare: 347 582 1946. Chiamami stasera dopo le dieci, ma non "
            "salvarlo col mio nome.",
        ],
        "contact": [
            "per la lettera al corrispondente abito in via Garibaldi 23, 40121 Bologna, "
            "citofono Rossi, e la mia mail personale è sofia.rossi.2011@libero.it",
        ],
    },
    "es": {
        "meeting": [
            "Hola Lucía, soy Javi, el monitor del campus de baloncesto. El domingo por la "
            "mañana vente sola al pabellón y te doy clases particulares gratis, pero mejor no "
            "se lo cuentes a tus padres.",
            "vives cerca del centro comercial no? quedamos el sabado en la puerta del cine a "
            "las 6, solo tu y yo, yo invito 😉",
            "Soy amigo de tu tío y el finde estoy en Valencia. Te recojo el viernes a la salida "
            "del cole, busca un coche blanco, no hace falta avisar a nadie.",
        ],
        "photo_request": [
            "pasame una foto tuya en bikini de las vacaciones, la del proyecto se ve muy pequeña",
            "¿Me mandas un vídeo cambiándote para el entreno? Es para ver la técnica, nadie más "
            "lo va a ver.",
        ],
        "private_contact": [
            "aqui los profes leen todo, agregame mejor al insta: @dani_pro_gamer y hablamos ahi",
            "Este chat del cole es un rollo, escríbeme por Telegram, ahí nadie nos controla.",
        ],
        "gift_offer": [
            "Te compro la camiseta del Barça firmada que querías y te la llevo yo a tu casa, "
            "pero no se lo digas a tus padres, que es un regalo solo nuestro.",
        ],
        "personal_question": [
            "¿Tus padres trabajan por la tarde? ¿Estás sola en casa a esa hora?",
            "oye ya te ha bajado la regla? y tienes novio? cuéntamelo, que yo no se lo digo a "
            "nadie",
        ],
        "secrecy": [
            "Lo que hablamos queda entre nosotros, ¿vale? Si tus padres se enteran no te van a "
            "dejar hablar más conmigo.",
            "Borra los mensajes antes de que tu padre mire el móvil. Si pregunta, di que soy "
            "una amiga del intercambio.",
        ],
        "isolation": [
            "Tus compañeras no son tus amigas de verdad, se ríen de ti en el grupo. Yo soy la "
            "única persona que te entiende, no las necesitas.",
        ],
        "self_harm": [
            "ya no aguanto mas, esta noche me tiro desde la azotea de mi bloque y se acabo todo",
            "Me he vuelto a cortar en las piernas con la cuchilla del sacapuntas, por eso no me "
            "pongo pantalón corto en educación física.",
        ],
        "disclosure": [
            "El novio de mi madre se mete en mi cama cuando ella trabaja de noche y me toca. "
            "Dice que si lo cuento me llevarán a un centro.",
            "Mi padrastro me pega con la zapatilla y ayer me dejó encerrado en el balcón toda "
            "la noche sin cenar.",
        ],
        "violence": [
            "como el Hugo se vuelva a reir de mi mañana le pincho con la navaja de mi abuelo en "
            "el recreo, lo juro",
        ],
        "phone": [
            "Dame tu número y te llamo, el mío es 612 47 83 90. Llámame cuando estés sola en casa.",
        ],
        "contact": [
            "para la carta mi direccion es Calle Alfarería 15, 3º B, 41010 Sevilla, y mi correo "
            "es martina.gomez.2012@gmail.com, escribeme alli",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Zosia, jestem Tomek, pomagam przy projekcie z ramienia domu kultury. Przyjdź "
            "w sobotę o 15 sama do parku przy fontannie, pogadamy o twoim rysunku. Rodzicom nie "
            "musisz mówić.",
            "mieszkasz blisko galerii co? spotkajmy sie jutro po lekcjach za szkola, tylko ty i "
            "ja, kupie ci cos fajnego",
            "Jestem kolegą twojego wujka. W piątek odbiorę cię spod szkoły srebrnym autem, "
            "pojedziemy na lody, mamie nic nie mów.",
        ],
        "photo_request": [
            "wyślij mi zdjęcie w stroju kąpielowym z wakacji, ale tylko dla mnie, nie na stronę "
            "projektu 😍",
            "Włącz kamerkę wieczorem, jak będziesz sama w pokoju, chcę zobaczyć, jak wyglądasz "
            "w piżamie.",
        ],
        "private_contact": [
            "tu nauczyciele czytaja wszystko, napisz do mnie na snapie: kuba_gamer_05",
            "Przejdźmy na Messengera, tam nikt ze szkoły nie zagląda. Zaraz wyślę ci zaproszenie.",
        ],
        "gift_offer": [
            "Mam dla ciebie kartę podarunkową do Steama za 200 zł, dam ci ją, jak zostaniesz "
            "moją tajną dziewczyną 😘",
        ],
        "personal_question": [
            "o której twoi rodzice wracają z pracy? jesteś sama w domu po szkole?",
            "Masz już chłopaka? Całowałaś się kiedyś? Powiedz mi, ja nikomu nie powiem.",
        ],
        "secrecy": [
            "To, o czym piszemy, zostaje między nami, dobrze? Pani od angielskiego by tego nie "
            "zrozumiała.",
            "Usuń nasze wiadomości, zanim mama sprawdzi ci telefon. Jak zapyta, powiedz, że "
            "piszesz z koleżanką z Hiszpanii.",
        ],
        "isolation": [
            "Twoje koleżanki z klasy śmieją się z ciebie za plecami. Nie potrzebujesz ich, masz "
            "mnie, tylko ja cię naprawdę rozumiem.",
        ],
        "self_harm": [
            "nie daje juz rady. dzisiaj w nocy pojde na tory i bedzie po wszystkim",
            "Znowu się pocięłam żyletką, dlatego na wideorozmowie miałam bluzę z długim rękawem.",
        ],
        "disclosure": [
            "Ojczym przychodzi w nocy do mojego pokoju i mnie dotyka. Mówi, że jak komuś "
            "powiem, to mama wyrzuci mnie z domu.",
            "Tata bije mnie kablem, jak dostanę jedynkę, mam siniaki na nogach i dlatego nie "
            "ćwiczę na wfie.",
        ],
        "violence": [
            "Jak Bartek jeszcze raz wrzuci to zdjęcie, to jutro przyniosę nóż i dźgnę go na "
            "przystanku. Nie żartuję.",
        ],
        "phone": [
            "Podaj mi swój numer, mój to 512 384 907. Zadzwoń wieczorem, jak rodzice pójdą spać.",
        ],
        "contact": [
            "do listu: mieszkam na ul. Słowackiego 12/4, 31-159 Kraków, a mój prywatny mail to "
            "julka.nowak2012@wp.pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Match on Saturday finished 3-2 to us!! Tom scored in the 89th minute 😂⚽",
        "Video call with our partners in Kraków is on Wednesday at 10:15 in Room B12. Whole "
        "class, Mrs Hughes will set up the camera and the microphone.",
        "If you want to post your letters yourselves, the school address is St Aidan's Primary, "
        "22 Mill Lane, Leeds LS6 3HZ, and parents can ring the office on 0113 496 0722 with any "
        "questions. Mr Okafor",
        "haha I'll kill you if you tell them the answer to the riddle before Friday 😂 jk, we're "
        "solving it as a team",
        "We finished Charlotte's Web in class and I cried when Charlotte died. Is that weird? "
        "The book was so good though",
        "Sorry I missed the chat, I sprained my ankle at netball and had to get it strapped up. "
        "Back on Monday!",
        "Shhh it's Amira's birthday on the 12th, we're making her a card that everyone in both "
        "classes signs, Miss knows. don't tell her!! 🎂",
        "My mum said yes, I can come on the trip to the science museum, I'll bring the signed "
        "form tomorrow.",
        "Our answer for the maths challenge: 348 + 157 = 505, and the second puzzle was 72.",
        "Family news for our page: my baby sister was born on Sunday! She's called Ruby and "
        "she's tiny 😊",
        "what time is the call with spain? my watch says 2 but is that our time or theirs?",
        "For the forum reply please write at least five sentences about your town. No surnames, "
        "no home addresses and no photos of faces. Thank you! Miss Patel",
        "I'm dead 💀 the sheep on their postcard looks exactly like Mr Bell",
        "Grandad's in hospital for his knee operation so I might be a bit quiet this week, he's "
        "fine though, just bored",
        "The film we watched (Up) has the saddest start ever, when Ellie dies I literally had "
        "to look away. Anyone else?",
    ],
    "de": [
        "Endstand 4:1 für die 6b beim Völkerball 😎 Revanche am Dienstag?",
        "Videokonferenz mit der Partnerklasse in Lyon: Donnerstag um 9:45 Uhr in Raum 204, die "
        "ganze Klasse. Bitte Kopfhörer mitbringen. Frau Kaya",
        "Für eure Postkarten: Unsere Schuladresse ist Grundschule am Park, Parkweg 3, 79098 "
        "Freiburg. Bei Fragen erreichen Eltern das Sekretariat unter 0761 201 4455. Viele "
        "Grüße, Herr Maurer",
        "ich bring dich um wenn du nochmal meine Pommes klaust 😂😂 nee spaß, morgen kriegst du "
        "die Hälfte",
        "Am Ende von 'Die Brücke nach Terabithia' stirbt Leslie, ich musste voll heulen. Lest "
        "das Buch trotzdem!",
        "Hab mir beim Handball den Finger verstaucht, deswegen schreib ich so langsam lol",
        "Pssst: Jonas hat am Freitag Geburtstag! Wir basteln heimlich ein Plakat mit Grüßen aus "
        "beiden Klassen, Frau Kaya weiß Bescheid. Nichts verraten 🤫🎉",
        "Meine Mutter hat unterschrieben, ich darf mit zum Ausflug ins Planetarium am 14.3.",
        "Rechenrallye Aufgabe 3: 12 x 15 = 180, stimmt das?",
        "Familiennews: mein Opa wird 80 und am Wochenende fahren wir alle zu ihm nach Hamburg 🥳",
        "kann jemand nochmal sagen wann wir morgen im computerraum sein sollen? ich hab acht "
        "uhr im kopf",
        "Unser Hund ist letzte Woche gestorben, er war schon ganz alt. Ich hab ihn für die "
        "Seite 'Unsere Haustiere' gemalt.",
        "Im Forum: Unsere Stadt hat ungefähr dreißigtausend Einwohner und einen großen See, im "
        "Sommer gehen wir da schwimmen. Wie groß ist eure Stadt?",
        "boah der Vokabeltest war so schwer, ich bin tot 💀",
        "Kommentar zur Seite: Die Zeichnungen von eurem Schulhof sind mega schön, vor allem der "
        "Baum mit der Schaukel!",
    ],
    "fr": [
        "On a gagné 21 à 18 au hand contre les 5eB !!! 🎉",
        "Rappel : visio avec la classe de Gdańsk mardi à 14h30 en salle 112, toute la classe "
        "avec Mme Robert.",
        "Pour vos cartes postales, l'adresse de l'école est : École Jules Ferry, 4 place de la "
        "Mairie, 44000 Nantes. Le secrétariat répond aux parents au 02 40 12 34 56. M. Lefèvre",
        "je vais te tuer si tu spoiles la fin de la série 😂 attends que j'aie vu le dernier "
        "épisode",
        "À la fin du Petit Prince il se fait mordre par le serpent et il disparaît, c'est trop "
        "triste 😢",
        "Je me suis tordu la cheville au cross, j'ai une attelle pour deux semaines mais ça va",
        "Chut ! C'est l'anniversaire de Maël samedi, on prépare une vidéo surprise avec les "
        "copains italiens. Mme Robert est au courant, ne lui dites rien !",
        "ma mère est d'accord pour la sortie au musée, j'apporte l'autorisation signée demain",
        "Exercice 4 : les 3/4 de 120 ça fait 90, j'ai vérifié deux fois",
        "Nouvelle de la famille : on a adopté un chaton, il s'appelle Pistache 🐱",
        "c'est a quelle heure le chat avec les espagnols ? 10h chez nous ou chez eux ?",
        "Dans notre ville il y a un vieux château et un marché le samedi matin. Et chez vous, "
        "qu'est-ce qu'on peut visiter ?",
        "Ma grand-mère est à l'hôpital pour son opération de la hanche, je lui ai montré vos "
        "dessins, elle a adoré",
        "Commentaire sur la page de la classe de Munich : vos photos du carnaval sont trop "
        "belles !",
        "mdr je suis mort, le chien sur leur carte postale porte des lunettes 😂",
    ],
    "it": [
        "Abbiamo vinto 3-1 a calcetto contro la 2C!! ⚽🔥",
        "Videochiamata con la classe di Siviglia: mercoledì alle 11:00 in aula 15, tutta la "
        "classe insieme alla prof. Bianchi.",
        "Per spedire le cartoline: Istituto Comprensivo Dante Alighieri, via Roma 10, 50123 "
        "Firenze. Per informazioni i genitori possono chiamare la segreteria allo 055 123 4567. "
        "Prof. Conti",
        "ti ammazzo se mi batti ancora a Mario Kart 😂 rivincita domani a ricreazione",
        "Abbiamo visto Il re leone in classe e quando muore Mufasa piangevano tutti, anche il "
        "prof 😭",
        "Mi sono rotto il polso a pallavolo, ho il gesso per un mese, scrivo con la sinistra "
        "scusate gli errori",
        "Sabato è il compleanno di Chiara!! Prepariamo un video di auguri con tutte e due le "
        "classi, la prof ci aiuta. Non ditele niente 🤫🎂",
        "mia mamma ha firmato il permesso per la gita al museo del 9 aprile",
        "Problema 5: il perimetro è 4 x 12 = 48 cm, giusto?",
        "È nato mio cugino ieri sera, si chiama Leonardo!! 👶",
        "a che ora è la videochiamata con i polacchi? io avevo segnato le nove",
        "Nel forum: la nostra città è famosa per i portici e i tortellini. Voi cosa mangiate di "
        "tipico?",
        "Per la pagina sulle famiglie ho scritto del mio nonno che faceva il falegname, mi "
        "manca tanto ma era bello ricordarlo.",
        "sono morta dal ridere col vostro video di carnevale 😂",
        "Bel lavoro sulla pagina condivisa: i disegni della classe francese sono bellissimi!",
    ],
    "es": [
        "¡Ganamos 2-0 al equipo de 6ºA! Golazo de Pablo 😄",
        "Videollamada con la clase de Roma: jueves a las 12:30 en el aula 7, toda la clase con "
        "la profe Marta.",
        "Para enviar las postales: CEIP San Fernando, Avenida de la Constitución 8, 28012 "
        "Madrid. Las familias pueden llamar a secretaría al 91 527 33 10. Un saludo, Sr. Ortega",
        "te mato si me vuelves a ganar al parchís 😂😂",
        "En la peli Marley y yo se muere el perro al final y lloré un montón 😭",
        "Me hice un esguince jugando al fútbol y llevo muletas una semana, pero me puedo "
        "conectar igual",
        "¡Sorpresa para Sergio! Su cumple es el martes y vamos a grabar un vídeo con los "
        "polacos. La profe ya lo sabe. ¡No le digáis nada!",
        "Mi madre ha dicho que sí puedo ir a la excursión al acuario del 16 de mayo 🐠",
        "El resultado del problema 2 es 15 x 8 = 120 euros",
        "Noticia de familia: mi hermano mayor se ha sacado el carnet de conducir 🚗",
        "a que hora es el chat con los alemanes? a las nueve de aqui?",
        "En el foro: en nuestro pueblo hay fiestas en agosto con muchos fuegos artificiales y "
        "una feria. ¿Y en el vuestro?",
        "Mi abuelo está en el hospital por el corazón, pero el médico dice que se va a recuperar",
        "me muero de risa con el dibujo del profe que hizo Álex 😂",
        "Comentario en la página compartida: ¡qué bonitas las fotos de vuestro huerto escolar!",
    ],
    "pl": [
        "Wygraliśmy 25:20 w siatkówkę z 7b!! 🏐",
        "Wideokonferencja z klasą z Lyonu: piątek, godz. 10:00, sala 21. Cała klasa razem z "
        "panią Kowalską.",
        "Adres szkoły do wysyłki pocztówek: Szkoła Podstawowa nr 5, ul. Szkolna 7, 80-001 "
        "Gdańsk. Rodzice mogą dzwonić do sekretariatu pod numer 58 123 45 67. p. Wiśniewski",
        "zabije cie jak znowu wygrasz w uno 😂😂 rewanz jutro na przerwie",
        "Czytamy Anię z Zielonego Wzgórza, rozdział o śmierci Mateusza jest strasznie smutny 😢",
        "Skręciłem kostkę na wf-ie, przez tydzień chodzę o kulach",
        "Cicho sza! Ola ma w czwartek urodziny, robimy jej niespodziankę z kartką od Włochów. "
        "Pani wie, tylko jej nie mówcie 🎂",
        "Mama się zgodziła, jadę na wycieczkę do Torunia 12 czerwca, zgodę przyniosę jutro",
        "Zadanie 6: 250 - 75 = 175, wyszło mi tak samo jak Kubie",
        "Nowina rodzinna: mój starszy brat żeni się w sierpniu 💍",
        "o ktorej jest rozmowa z francuzami? o pierwszej?",
        "Na forum: w naszym mieście jest zamek krzyżacki i najlepsze pierniki. A co ciekawego "
        "jest u was?",
        "Babcia jest po operacji zaćmy, już dobrze widzi i pozdrawia całą klasę 😊",
        "umieram ze śmiechu, wasza pocztówka z kozą w okularach jest najlepsza 😂",
        "Komentarz do wspólnej strony: super mapa waszego miasta, zaznaczymy na niej nasze "
        "ulubione miejsca!",
    ],
}
