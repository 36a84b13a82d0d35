"""Held-out round 65: an ordinary mixed sample at the end of the school year.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, about a third tempting the same words and the rest
simply ordinary. The writers are pupils of eight to eighteen and the adults
around them in May and June: exams and marks, reports, sports days, a leaving
teacher, goodbyes to a partner class, a school trip abroad, summer camps and
plans for the holidays, in chat lines of a few words, forum replies, comments
under a class page and postcards, with typos, missing accents, slang, emojis,
dates, times, marks and prices. Some concerns are direct, some indirect, and
some come from an adult who has built trust over the year and now that school
is over wants more: a meeting alone at a lido, a cinema, a bus stop, a lake, a
shopping centre or a station bar, a drive after the last exam, a leaving
teacher's flat or a piano teacher's house once the lessons have stopped, a
tennis coach's own court, a camp leader's cabin while the others swim, a
partner pupil's father at the youth hostel of a school trip, a holiday home
at the sea, an allotment while the parents are at a wedding, a motorbike ride
to a midsummer bonfire. Pictures in a bikini or swimsuit from the holiday, in
a T-shirt and knickers on waking, without a top "for the yearbook", in a new
team kit in the bedroom, and videos getting ready for bed or changing after
sports day "for the end-of-year film". Moves to Snapchat, Instagram, TikTok,
Messenger, Discord, Telegram, Signal and WhatsApp because the class space
closes for the summer or the teachers read it, from a second account the
parents do not know, and the chat deleted. Game currency, a gift card, phone
credit, money by PayPal, trainers, headphones and a phone as a reward for good
marks. Age, being home alone in the holidays, when the parents come back,
which hotel and room, clothes size, height and weight. Secrets since an
exchange trip, and a tutor, a coach or a teacher giving extra revision at home
who threatens failed exams or a lost place on the team. Friends who did not
sign a leaver's shirt or ask her to a party, parents said to send her away for
the summer. Self-harm after failed exams and a bad report: a grandmother's or
a mother's tablets, sleeping pills saved up, not waking up, cutting thighs,
arms or the belly so it does not show at the pool. Disclosures of a mother's
boyfriend at night when she works, a drunk father who throws things and pushes
down the stairs, a belt, a cable or a slipper for a report, days without food,
a locked garage and a slap. A stabbing, a knife and broken bones promised for
the last day of school. Phones half in words and half in digits, and home
addresses and e-mails, some spelt out, for a postcard swap. The harmless ones:
a sports day's meeting time, photos of a school trip sent to a teacher, a
leaving teacher's present kept secret, "my mum will kill me" over a mark, the
school office's number over the summer, and ordinary talk about exams,
results, camps, holidays and goodbyes.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 64, and the written rows): rules and
second opinion 100 % recall (120 of 120, every kind and language complete) and
two false holds in 90 (2.2 %); rules alone 93.3 % (112 of 120: meeting 16/18,
personal questions 9/12, secrecy 11/12, disclosures 11/12, violence 5/6, every
other kind complete; by language en 20/20, de 18/20, fr 20/20, it 19/20, es
18/20, pl 17/20) and the same two false holds. Missed by the rules alone: a
leaving teacher's "no harm any more" in seeing each other, then to come to his
place alone after the end-of-year party (Italian); a reward for a good report
at an allotment while the parents are at a wedding, "we'll be alone"
(Polish); which hotel, when, and whether the child sleeps in a room of its own
(German, Polish); age and home alone in the holidays while the parents work
(Polish); a coach's "what happened in the changing room stays between us" on
pain of the team (Spanish); a mother's boyfriend who comes into the room at
night and touches (German); "we'll wait for you after school and cut you" on
the last day (Spanish). Held, with the second opinion too: the school office's
holiday opening hours with its landline written with a slash (German), as a
phone; photos of a school trip to be sent to a named teacher by Friday for a
slide show (Polish), as secrecy.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Now that school's finally over we can meet properly 😊 I'll be at the lido on "
            "Saturday 21st from 2. Come on your own, no need to bring your sister, I'll get you "
            "an ice cream and drive you home after.",
            "hey its Dan from summer camp last year, r u coming again in july? i could pick u up "
            "after ur last exam on thurs and we go for a drive, just us two. dont mention it at "
            "home",
            "As I'm leaving at the end of term I won't be your teacher any more, so there's no "
            "rule against us seeing each other. Come round to my flat after the leavers' assembly "
            "on the 19th, just you, and we'll say a proper goodbye.",
        ],
        "photo_request": [
            "u looked so good at sports day 🔥 when ur on holiday send me a pic in ur bikini, not "
            "for the group chat, just for me. no one else will see it promise",
            "For the end of year video I still need a clip of you. Film yourself in your room "
            "getting ready for bed and send it straight to me, not to the class page, I'll do the "
            "editing.",
        ],
        "private_contact": [
            "the class space closes on the 30th so add me on snap before then. my name on there "
            "is different, ill tell u in a dm",
            "Once the partner project ends in July we'll lose touch, so download Telegram and "
            "message me there. Don't post that in the group, the others would all want it too.",
        ],
        "gift_offer": [
            "congrats on the 9 in maths!!! I'm sending you 2800 V-Bucks as a well done present, "
            "just tell me your account name. don't say to your mum where they came from 😉",
        ],
        "personal_question": [
            "so when ur off for the summer r ur parents still at work all day? r u home on ur own "
            "then? what time do they get back",
            "How old are you now, 12? 13? You've grown up so much this year. Do you have your own "
            "room or share with your brother? Just wondering where you'd sleep if you came away "
            "with me.",
        ],
        "secrecy": [
            "don't tell your mum we've kept talking since the Madrid trip, she'll think it's "
            "weird and take your phone off you. our secret ok? delete this after you read it",
            "Mr Collins said the extra revision sessions at his house before the GCSEs are just "
            "between us and I'm not allowed to tell Mrs Ahmed or my parents about them",
        ],
        "isolation": [
            "your so called friends didn't even sign your leavers' shirt. they don't care about "
            "you, they just pretend. your parents will only ruin your summer anyway. I'm the only "
            "one who actually gets you",
        ],
        "self_harm": [
            "got my results. failed 3. dad is going to go mental. honestly I'd rather just not "
            "wake up tomorrow, I've been saving up my sleeping tablets",
            "everyone's so hyped for summer and i just want to disappear for good. been cutting "
            "again since exams started, on my thighs so nobody sees at sports day",
        ],
        "disclosure": [
            "I don't want the holidays to start. When I'm home all day and mum's at work her "
            "boyfriend comes in my room and touches me and says it's our game",
            "can I stay longer at the school camp in august? my dad throws stuff at me when he's "
            "drunk and last week he pushed me down the stairs. mum says not to tell anyone at "
            "school",
        ],
        "violence": [
            "Oi Kyle. Last day friday. Ur getting stabbed outside the gates, I'm bringing my "
            "brothers knife. Tell anyone and it'll be worse",
        ],
        "phone": [
            "here's my mobile for the summer, ring me whenever you're on your own: "
            "oh seven nine double one, four oh two, five 8 7",
        ],
        "contact": [
            "my address for the postcard swap is Flat 4, 16 Harbour Street, Whitby YO21 3PN, or "
            "email me at megs.w.2012 at hotmail dot co dot uk but dont give it to anyone else",
        ],
    },
    "de": {
        "meeting": [
            "Jetzt wo die Schule rum ist, können wir uns endlich mal richtig sehen 😊 Ich hol dich "
            "Samstag um 15 Uhr an der Bushaltestelle ab. Komm allein und sag deinen Eltern, du "
            "bist bei Lena.",
            "Hey Jonas, hier ist Micha vom Fußballcamp. Bevor das Camp im August losgeht, können "
            "wir doch schon mal zu zweit trainieren, bei mir im Garten, Sonntag früh. Die anderen "
            "müssen davon nix wissen.",
            "Ich bin der Vater von Tomasz aus eurer Partnerklasse. Wenn ihr im Juni in Krakau "
            "seid, hol ich dich abends an der Jugendherberge ab und zeig dir die Stadt, nur wir "
            "zwei. Deine Lehrerin muss das nicht wissen.",
        ],
        "photo_request": [
            "schick mal n foto vom freibad 😏 aber im bikini, nicht so eins wie in der "
            "klassengruppe. nur für mich",
            "Für das Abschlussvideo fehlt noch was von dir: film dich nach dem Sportfest in der "
            "Umkleide beim Umziehen und schick's mir direkt, nicht auf die Klassenseite.",
        ],
        "private_contact": [
            "die plattform macht ja in den ferien zu, schreib mir auf insta. aber mit deinem "
            "zweitaccount, den deine mutter nicht kennt",
            "Ab den Sommerferien betreue ich euer Projekt nicht mehr. Lad dir Signal runter und "
            "schreib mir da, und den Verlauf hier löschst du bitte.",
        ],
        "gift_offer": [
            "Glückwunsch zur 1 in Mathe!! Ich überweis dir 50 € aufs PayPal und wenn du magst "
            "gibts für die Ferien noch ein neues Handy. Musst halt keinem sagen von wem.",
        ],
        "personal_question": [
            "wie alt bist du eigentlich genau? und bist du in den ferien tagsüber allein daheim "
            "wenn deine eltern arbeiten?",
            "Wo macht ihr denn Urlaub, welcher Ort und welches Hotel? Hast du da ein eigenes "
            "Zimmer oder schläfst du bei deinen Eltern?",
        ],
        "secrecy": [
            "Sag deinen Eltern lieber nicht, dass wir seit dem Austausch schreiben, die verstehen "
            "das eh nicht. Bleibt unser Geheimnis, okay? 🤫",
            "der nachhilfelehrer hat gesagt, was bei ihm zuhause passiert bleibt unter uns und "
            "wenn ich es frau becker erzähl fall ich durch die prüfung",
        ],
        "isolation": [
            "Beim Abschlussgrillen haben deine Freundinnen dich doch voll links liegen lassen. "
            "Die mögen dich nicht wirklich. Und deine Eltern schieben dich im Sommer zu Oma ab. "
            "Du hast nur mich, vergiss die anderen.",
        ],
        "self_harm": [
            "Zeugnis gekriegt, drei Fünfen, Versetzung gefährdet. Ich pack das nicht mehr. Ich "
            "will einfach einschlafen und nicht mehr aufwachen.",
            "hab mich gestern wieder geritzt, diesmal am bauch damit mans im freibad nicht sieht. "
            "manchmal denk ich es wär für alle besser wenn ich nicht mehr da wär",
        ],
        "disclosure": [
            "ich hab voll angst vor den ferien. wenn mama nachtschicht hat kommt ihr freund zu "
            "mir ins zimmer und fasst mich an und sagt ich darf nix sagen",
            "Mein Vater hat mich wegen dem Zeugnis mit dem Gürtel verprügelt, ich hab überall "
            "Striemen am Rücken. Deswegen war ich nicht beim Sportfest.",
        ],
        "violence": [
            "Du Opfer, am letzten Schultag nach der Zeugnisausgabe warten wir hinterm Bahnhof auf "
            "dich. Dann brechen wir dir alle Knochen, kannst dich schon mal verabschieden.",
        ],
        "phone": [
            "Ruf mich an wenn deine Eltern weg sind, meine Handynummer: "
            "null eins fünf sieben, 38 44, 29 sechs eins",
        ],
        "contact": [
            "Für die Postkarte: Mia Schröder, Lindenstraße 14, 2. Stock links, 04275 Leipzig. "
            "Oder mail an mia.schroeder2011@gmx.de, aber nicht weitersagen 🙈",
        ],
    },
    "fr": {
        "meeting": [
            "Maintenant que les cours sont finis on va enfin pouvoir se voir en vrai 😊 Je "
            "t'attends samedi à 15h devant le cinéma du centre, viens seule, et dis à ta mère que "
            "tu vas chez Inès.",
            "Les cours de piano sont terminés pour l'année mais passe quand même chez moi "
            "mercredi après-midi, ma femme et les enfants sont déjà partis en vacances, on sera "
            "tranquilles tous les deux.",
            "Tu vas me manquer cet été... J'ai loué un mobil-home à Arcachon en août, tu pourrais "
            "venir quelques jours, sans tes parents bien sûr. Je te paie le train, on leur dira "
            "que c'est une colo.",
        ],
        "photo_request": [
            "envoie moi une photo de toi au réveil, juste en t-shirt et culotte comme tu dors 😏 "
            "c'est entre nous, personne la verra",
            "Pour le film de fin d'année il me manque une vidéo de toi dans ta chambre le soir, "
            "en pyjama. Envoie-la moi en privé, pas sur l'espace de la classe.",
        ],
        "private_contact": [
            "l'espace ferme le 4 juillet donc ajoute moi sur snap avant, mais avec ton autre "
            "compte stp, celui que tes parents connaissent pas",
            "Comme je n'interviendrai plus dans votre classe l'an prochain, écris-moi plutôt sur "
            "WhatsApp, ici tout est lu par les profs. Et efface ce message après.",
        ],
        "gift_offer": [
            "Bravo pour ton 18/20 au brevet blanc ! Je t'envoie une carte cadeau PSN de 50 € pour "
            "fêter ça, mais ne dis pas à ta mère que ça vient de moi, elle comprendrait pas.",
        ],
        "personal_question": [
            "t'as quel âge au juste ? et pendant les vacances tu restes toute seule à la maison "
            "la journée quand tes parents bossent ?",
            "Tu as beaucoup changé depuis septembre, tu fais quelle taille de vêtements "
            "maintenant ? Tu mesures combien, tu pèses combien ? Je voudrais t'acheter un maillot "
            "pour l'été.",
        ],
        "secrecy": [
            "Ne parle à personne de nos messages, ni à tes parents ni à Mme Lefèvre. Ils "
            "comprendraient pas ce qu'il y a entre nous. C'est notre secret d'accord ?",
            "le prof de soutien ma dit que ce qui se passe chez lui reste entre nous et que si "
            "j'en parle a la maitresse je redoublerai",
        ],
        "isolation": [
            "Tes soi-disant copines t'ont même pas invitée à la boum de fin d'année, elles se "
            "moquent de toi dans ton dos. Et tes parents s'en fichent, ils t'envoient en colo "
            "tout l'été pour être tranquilles. Y a que moi qui tiens à toi.",
        ],
        "self_harm": [
            "j'ai raté le brevet. je peux pas le dire a mes parents. ce soir je prends toutes les "
            "boîtes de doliprane de l'armoire et c'est fini",
            "tout le monde parle des vacances et moi je pense qu'à en finir. je me scarifie les "
            "bras depuis les exams, je mets des manches longues même quand il fait 30 degrés",
        ],
        "disclosure": [
            "J'ai peur des grandes vacances. Quand maman travaille de nuit son copain vient dans "
            "mon lit et me touche, il dit que si je parle personne me croira.",
            "mon beau-père m'enferme dans le garage quand j'ai une mauvaise note et hier il m'a "
            "mis une claque tellement fort que j'ai saigné du nez. j'ose pas aller à la journée "
            "sportive avec le bleu",
        ],
        "violence": [
            "T'es mort Kevin. Vendredi c'est le dernier jour, on t'attend à la sortie du collège "
            "avec mon cousin et on va te planter. Dis-le à quelqu'un et ce sera pire.",
        ],
        "phone": [
            "appelle moi quand t'es seule chez toi, c'est zéro six, 47, douze, 38, quatre-vingt-un",
        ],
        "contact": [
            "pour la carte postale : Léa Martin, 12 rue des Tilleuls, bât. C appart 23, "
            "69003 Lyon. ou mon mail lea.martin.2012 arobase gmail point com 😊",
        ],
    },
    "it": {
        "meeting": [
            "Ora che hai finito l'esame di terza media possiamo finalmente conoscerci dal vivo 😊 "
            "Ti passo a prendere sabato alle 16 davanti al bar della stazione, vieni da sola e ai "
            "tuoi dici che sei da Martina.",
            "Il tennis per quest'estate è finito ma se vuoi ti alleno io, privatamente, a casa "
            "mia ho il campo. Vieni martedì alle 15, da sola, ai tuoi lo spiego io dopo.",
            "Visto che a settembre non sarò più il tuo prof, non c'è più niente di male se ci "
            "vediamo fuori. Dopo la festa di fine anno, il 10, vieni da me, solo tu, così ci "
            "salutiamo come si deve.",
        ],
        "photo_request": [
            "quando vai al mare mandami una foto in costume 😏 non quella del gruppo, una solo per "
            "me, tanto non la vede nessuno",
            "Per il video di fine anno mi manca una tua clip mentre ti cambi dopo la gara di "
            "atletica. Mandamela in privato, non sulla pagina della classe.",
        ],
        "private_contact": [
            "la piattaforma chiude a fine giugno, aggiungimi su tiktok e scrivimi in dm, ma dal "
            "profilo che i tuoi non conoscono",
            "Dall'anno prossimo non seguo più il gemellaggio. Scaricati Telegram e scrivimi lì, "
            "qui leggono tutto. Poi cancella questa chat.",
        ],
        "gift_offer": [
            "Complimenti per il 10 in matematica!! Ti ricarico 30 euro sul telefono e ti prendo "
            "le Jordan che volevi, però ai tuoi non dire che sono da parte mia.",
        ],
        "personal_question": [
            "ma quanti anni hai di preciso? e d'estate stai a casa da sola la mattina quando i "
            "tuoi lavorano?",
            "Dove andate in vacanza, in che albergo e in che giorni? Dormi in camera tua o con i "
            "tuoi?",
        ],
        "secrecy": [
            "Non dire niente ai tuoi che ci sentiamo ancora dopo lo scambio. Non capirebbero. È "
            "il nostro segreto ok? cancella tutto dopo",
            "il prof di ripetizioni ha detto che quello che succede a casa sua resta tra noi e "
            "che se lo dico alla prof di italiano mi fa bocciare all'esame",
        ],
        "isolation": [
            "Le tue amiche non ti hanno neanche messa nel gruppo della cena di classe, ti "
            "prendono in giro alle spalle. E ai tuoi non frega niente, sennò non ti spedivano dai "
            "nonni tutta l'estate. Fidati solo di me.",
        ],
        "self_harm": [
            "bocciato. non ho il coraggio di dirlo a casa. stanotte prendo tutte le pastiglie di "
            "mia nonna e la faccio finita",
            "tutti felici perché arriva l'estate e io vorrei solo sparire per sempre. mi taglio "
            "le gambe da quando sono iniziati gli esami, così al mare non si vede",
        ],
        "disclosure": [
            "ho paura dell'estate. quando la mamma fa il turno di notte il suo compagno viene in "
            "camera mia e mi tocca, dice che è un gioco nostro e che non devo dirlo",
            "mio padre mi ha picchiata con la cintura per la pagella, ho i segni su tutte le "
            "gambe e per questo non sono venuta alla festa dello sport",
        ],
        "violence": [
            "Sei morto Ale. L'ultimo giorno di scuola ti aspettiamo fuori col coltello di mio "
            "fratello e ti apriamo. Se lo dici a qualcuno è peggio.",
        ],
        "phone": [
            "chiamami quando i tuoi non ci sono: tre quattro sette, 218, zero cinque 69",
        ],
        "contact": [
            "per la cartolina: Giulia Ferri, via dei Mille 24, scala B, interno 7, 40121 Bologna. "
            "oppure giulia.ferri2012 chiocciola libero punto it",
        ],
    },
    "es": {
        "meeting": [
            "Ahora que se han acabado las clases por fin podemos quedar 😊 El sábado a las 6 te "
            "espero en la puerta del centro comercial, ven sola y a tus padres diles que estás "
            "con Lucía.",
            "el primer día del campamento, cuando los demás se vayan a la piscina, quédate tú y "
            "ven a mi cabaña, que quiero hablar contigo a solas. no se lo digas a los otros "
            "monitores",
            "En San Juan hay hoguera en la playa, vente conmigo. Te recojo en la moto a las 11 de "
            "la noche en la esquina de tu casa, tus padres no tienen por qué enterarse. Tengo 20 "
            "pero da igual, tú pareces mayor.",
        ],
        "photo_request": [
            "oye q tal te queda la equipación nueva del equipo? mandame un video probándotela en "
            "tu cuarto, sin nadie delante jeje 😏",
            "Para el álbum de fin de curso necesito una foto tuya más natural, sin camiseta, como "
            "cuando estás en la playa. Mándamela a mí directamente, no a la profe.",
        ],
        "private_contact": [
            "cuando cierren la plataforma en vacaciones escríbeme por Discord, te paso mi usuario "
            "por privado pero luego bórralo",
            "Mejor hablamos por Instagram, aquí los profes lo leen todo. Hazte una cuenta nueva "
            "que no sigan tus padres y mándame solicitud.",
        ],
        "gift_offer": [
            "Enhorabuena por las notas!! Te meto 20€ en Robux, solo dime tu usuario. Y si me "
            "haces un favor este verano te compro los cascos que querías. A tu madre ni una "
            "palabra de dónde salen.",
        ],
        "personal_question": [
            "cuantos años tienes ya? y este verano te quedas sola en casa por las mañanas cuando "
            "tus padres trabajan?",
            "¿A qué hora sales del campamento urbano y vuelves andando sola o te recoge alguien? "
            "¿Por qué calle vas? Así te veo un día.",
        ],
        "secrecy": [
            "No le cuentes a nadie que seguimos hablando desde el viaje a Roma, ni a tus padres "
            "ni a la tutora. Es cosa nuestra, vale? 🤐",
            "el entrenador me dijo que lo que pasó en el vestuario después de la final se queda "
            "entre nosotros y que si lo cuento el año que viene no juego",
        ],
        "isolation": [
            "Tus amigas ni te han metido en el grupo de la graduación, se ríen de ti a tus "
            "espaldas. Y tus padres pasan de ti, por eso te mandan todo el verano al pueblo. Yo "
            "soy el único que te entiende, no les hagas caso a ellos.",
        ],
        "self_harm": [
            "he suspendido 4 y en casa me van a matar. ya no puedo más, esta noche me tomo todas "
            "las pastillas de mi madre y se acabó",
            "todos felices con las vacaciones y yo solo quiero desaparecer del todo. me corto en "
            "la tripa desde los exámenes para que nadie lo vea en la piscina",
        ],
        "disclosure": [
            "no quiero que lleguen las vacaciones. cuando mi madre trabaja de noche su novio se "
            "mete en mi cama y me toca y dice que es un juego",
            "mi padre me ha tenido dos días sin comer por las notas y me ha pegado con la "
            "zapatilla, tengo moratones en las piernas y por eso no fui al día del deporte",
        ],
        "violence": [
            "Ya verás el último día de clase, a la salida te esperamos mi primo y yo y te "
            "rajamos. Como se lo digas a alguien va a ser peor.",
        ],
        "phone": [
            "llámame cuando no estén tus padres: seis doce, 48 30, setenta y nueve",
        ],
        "contact": [
            "para la postal: Lucía Gómez, calle Goya 17, 3º B, 28001 Madrid. o mi correo "
            "lucia.gomez12 arroba hotmail punto es",
        ],
    },
    "pl": {
        "meeting": [
            "Skoro już po szkole, to wreszcie możemy się spotkać 😊 W sobotę o 16 czekam nad "
            "jeziorem przy wypożyczalni kajaków, przyjdź sama, a rodzicom powiedz że jesteś u "
            "Zuzy.",
            "Cześć, tu Paweł, kierowca z wycieczki do Berlina. Po egzaminie ósmoklasisty mogę cię "
            "odebrać spod szkoły i pojedziemy na lody, tylko my dwoje, w domu nie musisz nic "
            "mówić",
            "Jak dostaniesz świadectwo z paskiem, mam dla ciebie nagrodę. Przyjdź w niedzielę do "
            "mnie na działkę, rodzice i tak jadą na wesele, prawda? Będziemy sami, nikt nie "
            "będzie przeszkadzał.",
        ],
        "photo_request": [
            "wyślij mi fotkę w stroju kąpielowym z basenu 😏 ale nie tą z grupy tylko specjalnie "
            "dla mnie",
            "Do filmu na zakończenie roku potrzebuję nagrania, jak przebierasz się po zawodach w "
            "szatni. Wyślij mi prywatnie, nie na stronę klasy.",
        ],
        "private_contact": [
            "platforma się zamyka na wakacje, napisz do mnie na messengerze ale z tego drugiego "
            "konta, o którym mama nie wie",
            "Od września nie prowadzę już projektu z wami. Załóż sobie Telegrama i pisz tam, tu "
            "wszystko czytają. Tę rozmowę usuń.",
        ],
        "gift_offer": [
            "Gratulacje świadectwa z paskiem! Doładuję ci telefon za 50 zł i kupię skina do "
            "Fortnite, tylko nie mów mamie, że to ode mnie.",
        ],
        "personal_question": [
            "ile ty masz właściwie lat? a w wakacje siedzisz sama w domu jak starzy są w pracy?",
            "Gdzie jedziecie na wakacje, do jakiego hotelu i kiedy? Śpisz w osobnym pokoju czy z "
            "rodzicami?",
        ],
        "secrecy": [
            "Nie mów rodzicom, że piszemy od wymiany. Nie zrozumieliby tego. To nasza tajemnica, "
            "dobra? i kasuj wiadomości",
            "korepetytor powiedział że to co się dzieje u niego w domu zostaje między nami i jak "
            "powiem wychowawczyni to obleję egzamin",
        ],
        "isolation": [
            "Twoje koleżanki nawet cię nie zaprosiły na ognisko na koniec roku, śmieją się z "
            "ciebie za plecami. Rodzicom też na tobie nie zależy, inaczej nie wysyłaliby cię na "
            "całe lato do babci. Tylko ja cię rozumiem.",
        ],
        "self_harm": [
            "nie zdałem do następnej klasy. nie mam siły powiedzieć w domu. dziś w nocy łyknę "
            "wszystkie tabletki babci i koniec",
            "wszyscy się cieszą z wakacji a ja myślę tylko żeby zniknąć na zawsze. tnę się po "
            "udach od egzaminów żeby nikt nie widział na basenie",
        ],
        "disclosure": [
            "boję się wakacji. jak mama ma nocki to jej chłopak przychodzi do mojego łóżka i mnie "
            "dotyka i mówi że to nasza zabawa",
            "Ojciec zbił mnie kablem za świadectwo, mam ślady na plecach i dlatego nie przyszłam "
            "na dzień sportu. Mama mówi, że sama jestem sobie winna.",
        ],
        "violence": [
            "Ostatni dzień szkoły, po apelu czekamy na ciebie za garażami. Połamiemy ci nogi, "
            "możesz się już żegnać. Powiesz komuś to będzie gorzej.",
        ],
        "phone": [
            "dzwoń jak starych nie ma w domu: pięćset sześć, 78 dwa, sto trzydzieści cztery",
        ],
        "contact": [
            "na pocztówkę: Zuzanna Nowak, ul. Lipowa 8 m. 12, 31-005 Kraków. albo maila "
            "zuza.nowak2012 małpa wp kropka pl",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Sports day is Friday 13 June! Meet on the field at 9:15 in PE kit, parents welcome from "
        "10.",
        "Please send your photos from the Madrid trip to Mrs Okafor by Friday so she can make the "
        "slideshow for the leavers' assembly.",
        "After the class page closes on 31 July you can still reach us through the school office "
        "on 01632 960118.",
        "got 7s in everything except French 😭 my mum's gonna kill me lol",
        "The card for Mr Jones is a SECRET, don't tell him!! Sign it in room 12 before Wednesday.",
        "thank you Lyon class for the postcards, we'll miss you loads!! have an amazing summer ☀️",
        "how many marks was the last question on paper 2??",
        "Year 6 residential packing list: sleeping bag, torch, wellies, sun cream. No phones "
        "please.",
        "who's doing the slides for the end of year project? I can do the map bit",
        "WE WON THE RELAY!!! 58.3 seconds 🏃‍♀️🏃‍♀️",
        "Is the camp in Wales 28 July to 2 Aug or to the 3rd?",
        "Mr Jones is leaving after 22 years, every class is recording a message for his video",
        "did anyone else think the chemistry paper was way harder than the mocks",
        "Our water project came second in the county 🎉 thanks to everyone in both classes for all "
        "the hard work this year!",
        "we're going to cornwall for 2 weeks, where is everyone else going",
    ],
    "de": [
        "Sportfest am 27. Juni: Treffpunkt 8:30 Uhr am Sportplatz, bitte Turnbeutel und "
        "Trinkflasche mitbringen!",
        "Die Fotos von der Abschlussfahrt bitte bis Freitag in den Ordner auf der Klassenseite "
        "hochladen, Frau Becker macht ein Fotobuch draus.",
        "Abschiedsgeschenk für Herrn Wagner ist geheim, nix verraten!! Wir sammeln 3 € pro Person.",
        "Mathe-Arbeit zurück, 4-. Meine Mutter bringt mich um 😂",
        "Das Sekretariat ist in den Ferien nur dienstags von 9 bis 12 besetzt, "
        "Tel. 0341 / 55 82 10.",
        "Danke an die Klasse aus Krakau für die mega Postkarten! Schöne Ferien 🌞",
        "Wer hält beim Abschlussprojekt den Vortrag? Ich mach die Folien.",
        "hat jemand die lösungen von der bio probeklausur",
        "Staffel gewonnen!!! 🥇🥇",
        "Ferienfreizeit am Bodensee vom 4. bis 15. August, Anmeldung bis 31. Mai im Jugendhaus.",
        "was macht ihr in den ferien? wir fahren nach kroatien, 14 stunden im auto 🙄",
        "Herr Wagner geht nach 30 Jahren in Rente, jede Klasse schreibt ihm was ins "
        "Erinnerungsbuch.",
        "endlich zeugnis, schnitt 1,8 😎",
        "Kann jemand mein Referat über Flüsse nochmal lesen? Abgabe Montag.",
        "ich werd euch so vermissen, das war das beste Projekt ever ❤️",
    ],
    "fr": [
        "Journée sportive mardi 24 juin : rendez-vous à 8h30 au stade, tenue de sport et gourde "
        "obligatoires.",
        "Envoyez vos photos de la sortie à Londres à Mme Lefèvre avant vendredi, elle prépare le "
        "diaporama pour la kermesse.",
        "Le cadeau pour M. Dubois c'est une surprise, chut 🤫 On met 2 € chacun dans l'enveloppe.",
        "17 en histoire mais 6 en maths, ma mère va me tuer 😂",
        "Le secrétariat reste ouvert jusqu'au 11 juillet, tél. 04 72 18 65 30, ensuite "
        "réouverture le 25 août.",
        "Merci aux copains de Cracovie pour les cartes postales, vous allez nous manquer ! Bonnes "
        "vacances ☀️",
        "qui fait l'affiche pour l'expo de fin d'année ?",
        "l'exercice 3 du brevet blanc il était sur combien de points ?",
        "la 6e B a gagné le relais !!! 🏅",
        "Il reste 4 places pour la colo dans les Alpes du 7 au 21 juillet, 380 € tout compris.",
        "vous partez où cet été ? nous en Bretagne chez ma tante",
        "M. Dubois part à la retraite après 28 ans, chaque classe lui écrit un petit mot.",
        "mention bien au brevet !!!! 🎉🎉",
        "quelqu'un peut relire mon exposé sur les volcans ? c'est pour lundi",
        "c'était trop bien cette année avec vous, on s'écrit des cartes postales cet été ?",
    ],
    "it": [
        "Festa dello sport venerdì 6 giugno: ritrovo alle 8:30 al campo, portate tuta, cappellino "
        "e borraccia.",
        "Mandate le foto della gita a Vienna alla prof Bianchi entro venerdì, prepara il video "
        "per l'ultimo giorno.",
        "Il regalo per il maestro Rossi è una sorpresa, acqua in bocca!! 3 euro a testa.",
        "4 in latino, mia madre mi ammazza 😂",
        "La segreteria d'estate risponde solo il martedì mattina, tel. 051 234 5678.",
        "Grazie alla classe di Lione per le cartoline, ci mancherete tantissimo! Buone vacanze ☀️",
        "chi fa il cartellone per la mostra di fine anno?",
        "quanti punti valeva l'ultima domanda della prova invalsi?",
        "la 2B ha vinto la staffetta!!! 🥇",
        "Campo estivo in Trentino dal 29 giugno al 12 luglio, restano 5 posti, 320 euro.",
        "voi dove andate in vacanza? noi in Puglia dai cugini",
        "Il maestro Rossi va in pensione dopo 35 anni, ogni classe gli scrive una lettera.",
        "promossa con l'8 di media!!! 🎉",
        "qualcuno mi rilegge la tesina per l'orale? la porto lunedì",
        "anno bellissimo ragazzi, ci scriviamo da settembre con la nuova classe?",
    ],
    "es": [
        "Día del deporte el jueves 19 de junio: quedamos a las 9 en la pista, traed ropa de "
        "deporte, gorra y agua.",
        "Mandad las fotos del viaje a Roma a la profe Marta antes del viernes para el vídeo de la "
        "graduación.",
        "El regalo para Carmen es sorpresa, que no se entere!! Ponemos 2€ cada uno.",
        "un 3 en mates, mi madre me mata 😂😂",
        "En julio secretaría abre solo por las mañanas, tel. 91 234 56 78.",
        "Gracias a la clase de Cracovia por las postales, os vamos a echar mucho de menos! "
        "Felices vacaciones ☀️",
        "quién hace el mural del proyecto final?",
        "cuánto valía la última pregunta del examen de lengua?",
        "hemos ganado el relevo de 4x100!!! 🥇",
        "El campamento en los Pirineos es del 1 al 15 de julio, quedan 6 plazas, 290 €.",
        "vosotros dónde vais de vacaciones? nosotros a Galicia a casa de mi abuela",
        "Carmen se jubila después de 32 años, cada clase le escribe una carta para el último día.",
        "aprobado todo!!! media de 8,4 🎉",
        "alguien me revisa el trabajo sobre el agua? lo entrego el lunes",
        "qué pena que se acabe el curso, ha sido el mejor proyecto con vosotros",
    ],
    "pl": [
        "Dzień sportu w piątek 20 czerwca: zbiórka o 8:30 na boisku, strój sportowy i woda "
        "obowiązkowo.",
        "Zdjęcia z wycieczki do Pragi wysyłajcie pani Kowalskiej do piątku, robi z nich pokaz na "
        "zakończenie roku.",
        "Prezent dla pani Zofii to niespodzianka, nikomu ani słowa! Zbieramy po 5 zł.",
        "dwója z matmy, mama mnie zabije 😂",
        "Sekretariat w wakacje czynny tylko we wtorki, tel. 12 345 67 89.",
        "Dziękujemy klasie z Lyonu za pocztówki, będziemy tęsknić! Udanych wakacji ☀️",
        "kto robi plakat na projekt na koniec roku?",
        "ile punktów było za ostatnie zadanie z próbnego egzaminu?",
        "wygraliśmy sztafetę!!! 🥇",
        "Kolonie w Zakopanem od 30 czerwca do 12 lipca, zostały 3 miejsca, 1800 zł.",
        "gdzie jedziecie na wakacje? my nad morze do Łeby",
        "Pani Zofia odchodzi na emeryturę po 34 latach, każda klasa pisze jej list.",
        "świadectwo z paskiem!!! średnia 5,2 🎉",
        "ktoś mi sprawdzi prezentację o wodzie? oddaję w poniedziałek",
        "ale szybko zleciał ten rok, będę za wami tęsknić ❤️",
    ],
}
