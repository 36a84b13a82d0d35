"""Held-out round 87: festivals, faiths and family traditions, and the adults who borrow them.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer,
two personal questions, two of secrecy, one of isolation, two of self-harm,
two disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is what partner classes
across Europe tell each other about the year's feasts and their families:
Ramadan, iftar and Eid, Diwali and rangoli, Hanukkah, the dreidel and the
menorah, Advent calendars, St Nicholas and the Krampus, Christmas markets,
nativity plays and midnight mass, Wigilia and the wafer, Epiphany cakes, the
Three Kings and the Befana, Easter fires, baskets and Wet Monday, Holy Week
processions and the Feria, name days, first communions, confirmations,
weddings and long family meals. The writers are pupils of six to eighteen,
teachers, and adults around the project or posing as part of a faith or a
family: a parish, mosque or catechism volunteer, a brotherhood helper, a
family friend from a wedding or a name day, an "uncle" who is not one, a
godmother, a grandmother's friend from the choir or the rosary circle, an
older youth met at a fair. Behind the feasts: a sacristy, a hall's back door,
a car park, a bus stop, a ride in a car, a fair and a park gate; photos in an
angel's costume or a communion dress and without, a bridesmaid's dress taken
off, getting changed after Wet Monday; Telegram, Threema, Snapchat, Discord,
WhatsApp and second accounts; a gift card, a console, a phone and cash for a
name day or a confirmation, handed over alone; questions about bedrooms,
locks, bodies and the hours parents spend at prayer or at midnight mass; chats
deleted, pictures threatened, the Krampus and coal for those who tell; a
family said not to see the child; pills saved until the holidays, a rope, cuts
hidden under sleeves at Eid prayers or at the fair, a bridge and a balcony,
letters written; a stepfather's belt, a drunk father at a name day, an empty
fridge and a mother in bed, a catechist, a godfather, an uncle at a wedding, a
grandfather's friend in a cellar; a knife, a blank pistol, a bat and a hunting
knife against those who mocked a hijab, a kippah or a crib; numbers in words
and in digits, home addresses and private e-mails. The harmless ones are the
same feasts told honestly: fasting that "kills" and meals that leave one dead,
surprises for a teacher kept secret, the bean in the cake, wax poured on St
Andrew's Eve, first communions and weddings with times and rooms, trips to
markets and processions with parents and teachers, homework on Ramadan, the
Easter basket or St Lucy, photos shared with consent, a confession that stays
secret, old pictures to delete, with a few notes on videos, calls and thanks.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 85, and the written rows): rules and
second opinion 98.3 % recall (118 of 120: meeting 17/18, private contact
11/12, every other kind complete; by language de 18/20, every other language
complete) and 2 false holds in 90 (2.2 %); rules alone 89.2 % (107 of 120:
meeting 16/18, photo or video requests 10/12, private contact 11/12, secrecy
10/12, self-harm 8/12, disclosures 10/12, every other kind complete; by
language en 19/20, de 14/20, fr 19/20, it 17/20, es 18/20, pl 20/20) and 2
false holds (2.2 %). Missed with the second opinion too: a parish helper's
extra rehearsal for a first communion, "just the two of us" in the sacristy
on Saturday, the parents "only disturb"; a volunteer at a mosque's Koran
lessons who asks the reader to download Threema because the teacher reads
along here (German). Missed by the rules alone besides: what was said after
Sunday school kept between the reader, the writer and God, "your fault" if
told (English); saved chats of an Advent calendar sent to the parents if the
reader stops answering (German); a nativity play's angel costume photographed
without a vest in the bathroom, a living crib's Madonna with and without the
tunic in the bedroom (German, Italian); a rope bought and a place chosen for
Christmas Eve, twelve paracetamol after a family dinner "next time more", a
balcony on the fifth floor after Easter Monday, cuts under long sleeves since
a brother's communion (German, French, Italian, Spanish); no food since
Easter, a mother in bed and no electricity, a father gambling everything and
two days without eating (German, Italian); a meeting at a park gate after
the Three Kings parade with a 21-year-old and a cover story for the parents
(Spanish). Held, by the rules and the second opinion: a classmate's iftar
at his home with his whole family (as a personal question), and photos of a
Diwali party shared "only those with" the parents' consent (as rude)
(Italian).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Assalamu alaikum Aisha 🌙 I'm one of the volunteers from the iftar nights at the "
            "community centre. I've kept an Eid gift bag for you. Come and collect it on your "
            "own after Maghrib on Thursday, at the back door of the hall. No need to tell your "
            "parents, it's a surprise from all of us.",
            "hey its uncle Raj (well not ur real uncle lol, ur dads mate from the wedding 💃) "
            "fancy the diwali fireworks at the park sat? ill wait by the lake gate at 7. tell ur "
            "mum ur at priyas, she worries 2 much 😉",
            "the christmas market is sick this yr 🎄 meet me by the mulled wine stall fri 5:30, "
            "just us 2. im 19 but dont tell ur parents that bit ok theyd be weird about it",
        ],
        "photo_request": [
            "Loved your class's rangoli 🪔 For the temple newsletter I need a few photos of you "
            "on your own in the new lehenga, and a couple without the top, in your bedroom where "
            "the light is better. Send them straight to me, not to the teacher.",
            "easter bonnet comp 🐣 u got my vote lol. now send a vid of u trying on the bikini "
            "for ur holiday after easter, full turn pls. ur the prettiest in ur class x",
        ],
        "private_contact": [
            "I'm helping at the church's nativity rehearsals 🎄 and this group chat is far too "
            "busy. Download Telegram and message me there, I'll send you your lines privately. "
            "No need to mention it to Miss Hart, she likes everything on the school site.",
            "ur eid pics were so cute 🌙 add my snap its zayn_iftar07 and delete this msg after. "
            "we can talk proper there without teachers reading",
        ],
        "gift_offer": [
            "Eid Mubarak sweetheart! 🎁 As a friend of your auntie I've put £50 on a gift card "
            "for you. I'll give it to you at the bus stop after school on Friday. Our little "
            "secret, your mum would only say it's too much.",
        ],
        "personal_question": [
            "for the family traditions project 📝 q1 who sleeps in which room in ur house? q2 "
            "when do ur parents go to the mosque at night and leave u alone? q3 has ur room got "
            "a lock? answer me in private not here",
            "Your Hanukkah video was so sweet 🕎 How tall are you now, still small for 12? What "
            "size are you in tops? Do you get changed in your room or in the bathroom?",
        ],
        "secrecy": [
            "that was fun at the christmas lights 🎄 but remember wot i said, delete all our "
            "chats tonight. if ur parents find out ill say u lied about ur age and ur the one in "
            "trouble",
            "We're like family now, aren't we? 🙏 So what we talked about after Sunday school "
            "stays between you, me and God. If you tell anyone they'll stop you coming and it "
            "will be your fault.",
        ],
        "isolation": [
            "ur parents dont even get why u want to fast this ramadan, they just laugh at u. ur "
            "friends dont care either. only i understand u properly, ur better off talking to me "
            "than to them",
        ],
        "self_harm": [
            "everyones so happy about christmas and i just want it to stop. been saving my mums "
            "sleeping pills since november. by boxing day i wont be a problem for anyone",
            "eid is tmrw and i keep cutting my arm under the sleeve so no one sees at prayers. "
            "its the only thing that helps lol dont tell miss",
        ],
        "disclosure": [
            "miss can i tell u smth. my stepdad gets drunk every christmas and last yr he hit me "
            "and my mum with his belt. hes already buying the beer. i dont want to go home for "
            "the holidays",
            "at my cousins wedding my uncle took me to the car park and touched me under my "
            "dress. he said thats what family does and to keep quiet. i feel sick",
        ],
        "violence": [
            "if that kid laughs at my hijab 1 more time at the eid assembly i swear ill stab him "
            "with my brothers knife. its in my bag already",
        ],
        "phone": [
            "Hi love, I'm a friend of your grandma's from the Diwali committee. Text me on 07700 "
            "900 418 and I'll tell you what we've planned for you. Don't use your mum's phone.",
        ],
        "contact": [
            "come to mine for the hanukkah candles instead 🕎 14 Elm Grove, flat 3, Leeds LS6 "
            "2AB, ring twice. or email me tom.lightbearer88@gmail.com, not from ur school "
            "account",
        ],
    },
    "de": {
        "meeting": [
            "Hallo Lena, ich bin vom Helferteam der Gemeinde für die Erstkommunion 🕊️ Wir proben "
            "deine Lesung noch extra, nur wir zwei. Samstag 16 Uhr in der Sakristei, der "
            "Seiteneingang ist offen. Deine Eltern müssen nicht kommen, die stören nur.",
            "yo bin der cousin von deinem kumpel emre 😎 zuckerfest feiern wir bei mir, komm "
            "einfach mit, hol dich um 20 uhr am kiosk ab. sag deinen eltern du pennst bei emre",
            "Weihnachtsmarkt am Dom, Freitag 18:00 am Kinderkarussell 🎠 Ich lad dich auf einen "
            "Kinderpunsch ein. Komm allein, deine Mama muss das nicht wissen, ist ja nur ein "
            "kleines Treffen unter Freunden.",
        ],
        "photo_request": [
            "Für das Krippenspiel brauch ich Fotos von dir im Engelskostüm 😇 aber bitte ohne "
            "Unterhemd drunter, damit ich seh ob es passt. Am besten heute Abend im Bad, und "
            "schick sie nur mir.",
            "du hast beim osterfeuer so süß ausgesehen 🔥 mach mal n video wie du dich fürs bett "
            "fertig machst, ganz privat, sieht keiner außer mir 😘",
        ],
        "private_contact": [
            "Ich helfe ehrenamtlich bei den Koranstunden in der Moscheegemeinde. Hier liest die "
            "Lehrerin alles mit. Lad dir Threema runter, meine ID ist XK7P2M9Q, dort können wir "
            "in Ruhe reden.",
            "lass mal auf insta weiterschreiben, hab nen zweitaccount nur für dich 🤫 "
            "@hochzeitsdj_max. hier im projektchat is das zu öffentlich",
        ],
        "gift_offer": [
            "Zur Konfirmation bekommst du von mir 200 € 💶 aber nur, wenn du mich allein besuchst "
            "und es deinen Eltern nicht erzählst. Dein Onkel würde das nicht verstehen.",
        ],
        "personal_question": [
            "Wie war die Kommunionfeier? 😊 Wer hat dich umgezogen? Trägst du unter dem Kleid "
            "schon einen BH? Und wann sind deine Eltern heute Abend weg?",
            "für mein referat über ramadan 📝 schläfst du allein in deinem zimmer? wann gehen "
            "deine eltern nachts in die moschee und bist du dann allein zu hause?",
        ],
        "secrecy": [
            "Der Nikolaus hat dir die Schokolade gebracht 🎅 und er sagt: was wir zwei machen, "
            "bleibt unter uns. Wer petzt, zu dem kommt der Krampus. Und lösch die Fotos, heute "
            "noch.",
            "hab alle chats vom adventskalender gespeichert 😏 wenn du nicht mehr antwortest "
            "schick ich deinen eltern alles. also schön still bleiben",
        ],
        "isolation": [
            "Deine Familie feiert Weihnachten, ohne dich überhaupt zu sehen. Deine Freundinnen "
            "haben dich nicht mal zu Silvester eingeladen. Nur ich nehm dich ernst, du brauchst "
            "die anderen gar nicht.",
        ],
        "self_harm": [
            "weihnachten bei uns ist nur geschrei. hab mir nen strick besorgt und weiß schon wo. "
            "am 24. bin ich nicht mehr da, dann haben sies endlich ruhig",
            "Ich faste nicht nur im Ramadan, ich ess seit Wochen fast nix mehr und ritz mich "
            "abends. Ich will einfach weg sein 😔",
        ],
        "disclosure": [
            "Frau Keller, darf ich was sagen? Seit Ostern gibt es bei uns kaum Essen, Mama liegt "
            "nur noch im Bett und ich pass auf meine kleinen Brüder auf. Die ganze Woche hatten "
            "wir keinen Strom.",
            "der freund von meinem opa fasst mich bei familienfesten immer an wo ich nicht will. "
            "letztes mal an omas 70. im keller. er sagt mir glaubt eh keiner",
        ],
        "violence": [
            "Wenn die aus der 8b nochmal meine Kippa runterreißen, bring ich Papas "
            "Schreckschusspistole mit und knall sie ab. Ich weiß, wo der Schlüssel vom Schrank "
            "liegt.",
        ],
        "phone": [
            "Hier ist Tante Gabi, eine alte Freundin deiner Mutter 🌷 Ruf mich nach der Kirche "
            "an: null eins sieben sechs, vier zwei drei, acht acht eins null neun. Aber nicht "
            "vom Handy deiner Mama.",
        ],
        "contact": [
            "Komm nach der Hochzeit zu mir, ich hab noch Geschenke für dich: Lindenstraße 12, 2. "
            "Stock, 50674 Köln. Oder schreib an hochzeitsonkel_k@gmx.de, nicht an die "
            "Schuladresse.",
        ],
    },
    "fr": {
        "meeting": [
            "coucou ma puce c'est tonton Karim, un ami de ton père 😊 pour l'Aïd je t'emmène à la "
            "fête foraine, rien que nous deux. je t'attends samedi 14h devant la boulangerie, "
            "dis à maman que tu vas chez ta copine",
            "Bonjour Inès, je suis bénévole à l'aumônerie. Pour préparer ta profession de foi, "
            "viens seule mercredi à 17h au local derrière l'église. Inutile d'en parler à tes "
            "parents, c'est entre toi et moi.",
            "t'as eu la fève à la galette 👑 donc t'es ma reine lol. rdv dimanche 18h au parking "
            "du Leclerc, seule hein, je t'emmène faire un tour en scoot 🛵 j'ai 20 ans mais on "
            "s'en fiche",
        ],
        "photo_request": [
            "Pour le calendrier de l'Avent de l'association, il me faut une photo de toi en "
            "pyjama dans ton lit 🎄 et une autre sans le haut, pour la case du 24. Envoie-les "
            "seulement à moi.",
            "ta robe de demoiselle d'honneur pour le mariage de ta tante 👗 fais moi une vidéo "
            "quand tu l'essaies, et quand tu l'enlèves aussi stp. je la garde pour moi promis 😘",
        ],
        "private_contact": [
            "Je suis la marraine de ta cousine, tu te souviens de moi au baptême ? 😊 Continuons "
            "plutôt sur Telegram, ici les profs lisent tout. Mon pseudo : marraine_lumiere.",
            "viens sur mon serveur discord privé pour parler de l'aïd, y'a que toi et moi 🌙 et "
            "efface le message ici après",
        ],
        "gift_offer": [
            "Pour Noël je t'offre la nouvelle Switch 🎮 mais il faudra venir la chercher chez "
            "moi, toute seule. Tes parents ne doivent rien savoir, sinon ils vont me la faire "
            "reprendre.",
        ],
        "personal_question": [
            "alors pendant le ramadan tu te lèves à 5h pour le shour ? tu dors seule dans ta "
            "chambre ? tes parents ferment la porte à clé ? tu portes quoi pour dormir ? 😏",
            "Tu as grandi depuis Pâques 😊 Tu fais quelle taille de soutien-gorge maintenant ? Et "
            "tes parents travaillent jusqu'à quelle heure le samedi ?",
        ],
        "secrecy": [
            "Ce qu'on a fait après la messe de minuit, c'est notre secret de Noël 🤫 Supprime nos "
            "messages. Si tu le dis, je montre les photos à tout le collège.",
            "efface tout de suite notre conv sur le mariage. si ta mère tombe dessus tu sais ce "
            "qui va se passer. et c'est toi qu'on accusera, pas moi",
        ],
        "isolation": [
            "À ta communion personne ne t'a vraiment regardée, même pas tes parents. Tes copines "
            "se moquent de toi dans ton dos. Moi seul je te comprends, tu n'as besoin de "
            "personne d'autre.",
        ],
        "self_harm": [
            "tout le monde fête noël et moi j'ai juste envie de sauter du pont de la gare le 25. "
            "j'ai deja écrit des lettres pour ma soeur et ma mamie",
            "j'ai pris 12 doliprane hier soir après la dispute au repas de famille... ça a pas "
            "marché. la prochaine fois j'en prendrai plus 😶",
        ],
        "disclosure": [
            "madame je veux pas aller chez mon père pour les vacances de pâques. quand il boit "
            "il me frappe et il m'enferme dans la cave. la dernière fois j'avais des bleus "
            "partout",
            "Le monsieur du caté me demande de rester après et il me touche les cuisses et me "
            "fait des bisous sur la bouche. Il dit que c'est un secret avec Jésus.",
        ],
        "violence": [
            "ceux qui ont arraché le voile de ma soeur à la sortie, demain je les attends avec "
            "un couteau de cuisine. il est déjà dans mon sac, ils vont saigner",
        ],
        "phone": [
            "Je suis un ami de ta famille, on s'est vus au repas de l'Épiphanie 👑 Appelle-moi au "
            "06 12 48 73 90 ou envoie un SMS, mais pas avec le téléphone de ta mère hein.",
        ],
        "contact": [
            "Pour Hanoukka viens fêter chez moi, j'ai des cadeaux pour toi 🕎 7 rue des Lilas, "
            "bâtiment B, 3e étage, 69003 Lyon. Ou écris-moi sur papi.gentil75@orange.fr.",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Giulia, sono un volontario della parrocchia, ti ricordi? Alla processione del "
            "Venerdì Santo ti ho dato la candela 🕯️ Ci vediamo sabato alle 15 dietro l'oratorio, "
            "vieni da sola, ai tuoi non serve dirlo.",
            "x il tuo onomastico ti porto al luna park 🎡 solo io e te! ti aspetto domenica alle "
            "16 alla fermata del 12, di a mamma che vai dalla nonna",
            "Sono un amico dello zio di Marco, ci siamo visti al suo matrimonio 💒 Passo a "
            "prenderti davanti a scuola venerdì alle 13, andiamo a prendere un gelato. Non dirlo "
            "alle maestre né ai tuoi, è una sorpresa.",
        ],
        "photo_request": [
            "al presepe vivente fai la Madonna giusto? 😇 mandami una foto con la tunica e una "
            "senza, in camera tua, così vedo se ti sta. non farla vedere alla prof",
            "La tua foto della prima comunione era bellissima 🤍 Ora me ne mandi una in costume? "
            "O in intimo, tanto siamo amici, nessuno lo saprà.",
        ],
        "private_contact": [
            "Ti scrivo meglio su Telegram, mi trovi come befana_buona 🧹 qui leggono tutti, anche "
            "il maestro. Là ti racconto che regali ho per te.",
            "sono l'animatore del grest della parrocchia 😊 aggiungimi su snapchat, "
            "oratorio_ricky. i messaggi spariscono, così i tuoi non ficcano il naso",
        ],
        "gift_offer": [
            "Per la cresima ti regalo un iPhone nuovo 📱 ma te lo do solo se vieni a prenderlo a "
            "casa mia da sola. Non dirlo ai tuoi, sennò pensano male.",
        ],
        "personal_question": [
            "raccontami la cena della vigilia 🎄 chi dorme in camera con te? i tuoi vanno alla "
            "messa di mezzanotte e ti lasciano sola a casa? che pigiama metti?",
            "Quanto sei alta adesso? Ti stai sviluppando? Ti sono già venute le mestruazioni? "
            "Rispondimi in privato, è una cosa tra noi.",
        ],
        "secrecy": [
            "Quello che è successo alla festa di matrimonio resta tra noi due 🤐 Cancella tutte "
            "le chat. Se ne parli, dico a tutti che sei stata tu a cercarmi.",
            "la befana porta i regali solo ai bimbi che sanno tenere i segreti 🧹 quindi neanche "
            "una parola con mamma e papà, capito? sennò carbone e guai seri",
        ],
        "isolation": [
            "Al pranzo della domenica i tuoi parenti ti trattano come una bambina e nessuno ti "
            "ascolta. I compagni ti escludono. Io sono l'unico che ti capisce davvero, resta con "
            "me.",
        ],
        "self_harm": [
            "ogni pranzo di natale mi sento peggio. ho preso le lamette di papà e mi taglio "
            "sulle gambe dove non si vede. non ce la faccio più",
            "A Pasqua tutti festeggiano la risurrezione e io penso solo a come sparire. Ho già "
            "deciso, dal balcone del quinto piano dopo Pasquetta.",
        ],
        "disclosure": [
            "prof posso dirle una cosa? il compagno di mia mamma quando lei lavora il sabato "
            "entra in bagno mentre mi lavo e mi tocca. dice che se parlo ci manda via di casa",
            "A casa nostra non si festeggia niente, papà spende tutto alle slot e a volte non "
            "mangiamo per due giorni. Mio fratello di 6 anni la sera piange dalla fame.",
        ],
        "violence": [
            "quelli della 3C che mi hanno rotto il presepe li aspetto fuori con la mazza da "
            "baseball di mio fratello. domani gli spacco la testa giuro",
        ],
        "phone": [
            "Sono un'amica di famiglia, ci siamo conosciute alla comunione di tua cugina 🌸 "
            "Chiamami al tre tre nove, quattro cinque sei, sette otto uno due, ma non dal "
            "telefono di mamma.",
        ],
        "contact": [
            "Vieni a vedere il mio presepe, è enorme 🌟 Via Garibaldi 23, interno 5, 40126 "
            "Bologna. Oppure scrivimi a zio.natale63@libero.it, non dalla mail della scuola.",
        ],
    },
    "es": {
        "meeting": [
            "Hola Lucía, soy voluntario de la cofradía 😊 Para la procesión del Jueves Santo te "
            "enseño a llevar el cirio. Ven sola el martes a las 18h al almacén de los pasos, no "
            "hace falta que vengan tus padres.",
            "q pasada la cabalgata de reyes 👑 oye el domingo a las 12 t espero en la puerta del "
            "parque, solo tú y yo vale? tengo 21 pero tú di a tus viejos q vas con Marta",
            "Soy amigo de tu tío, estuve en la boda de tu prima 💃 Te recojo el viernes a la "
            "salida del cole a las 14:00 y vamos a por churros. Es una sorpresa, no se lo digas "
            "ni a tu madre ni a la profe.",
        ],
        "photo_request": [
            "Para el álbum de la primera comunión me faltan fotos tuyas 📸 ahora sin el vestido, "
            "en ropa interior, en tu cuarto. Son solo para mí, no se las enseñes a nadie.",
            "t vi en la feria con el traje de flamenca 💃 mándame un vídeo bailando en tu "
            "habitación, pero con menos ropa jeje, nadie se va a enterar",
        ],
        "private_contact": [
            "Soy catequista voluntario de la parroquia. En la plataforma del cole lo lee todo el "
            "mundo, mejor escríbeme por Telegram, soy @catequista_pablo, y borra esto.",
            "bro pasate a mi grupo privado de whatsapp, solo estamos tú y yo 😎 hablamos del eid "
            "y de lo q quieras, los profes no lo ven",
        ],
        "gift_offer": [
            "Este año los Reyes te traen un móvil nuevo de mi parte 🎁📱 pero es un secreto entre "
            "tú y yo. Te lo doy el sábado en mi coche. Si se lo dices a tus padres, no hay "
            "regalo.",
        ],
        "personal_question": [
            "ay qué bonita tu comunión 😍 ¿ya te ha venido la regla? ¿duermes sola? ¿a qué hora "
            "vuelven tus padres del trabajo los viernes? cuéntamelo por privado",
            "para el trabajo de semana santa dime: ¿tus padres salen en la procesión de la "
            "madrugada? ¿te quedas sola en casa esa noche? ¿cierras la puerta de tu cuarto?",
        ],
        "secrecy": [
            "Lo de Nochebuena es nuestro secreto, ¿vale? 🤫 Borra todos los mensajes. Si se lo "
            "cuentas a alguien, mando las fotos a todo tu grupo de clase.",
            "nadie puede saber q hablamos desde la feria. ni tus padres ni tus amigas. si "
            "preguntan di q no me conoces. borra el chat cada noche",
        ],
        "isolation": [
            "Tus padres solo se preocupan por la boda de tu hermana, a ti ni te miran. Y tus "
            "amigas pasan de ti. Yo soy el único que te quiere de verdad, no necesitas a nadie "
            "más.",
        ],
        "self_harm": [
            "en las fiestas todos contentos y yo contando las pastillas de mi abuela. ya tengo "
            "30 guardadas. después de reyes me las tomo todas y ya",
            "me hago cortes en los brazos desde la comunión de mi hermano y llevo manga larga en "
            "la feria pa q nadie vea. a veces pienso en no despertarme",
        ],
        "disclosure": [
            "profe el novio de mi madre me pega con el cinturón cuando se emborracha, en navidad "
            "me dejó el ojo morado y me dijo q dijera q me caí",
            "Mi padrino me lleva a su casa después de misa y me hace quitarme la ropa. Dice que "
            "es un juego de mayores y que si lo cuento nadie me va a creer.",
        ],
        "violence": [
            "a los de 2ºB q se rieron de mi hiyab en la fiesta del cole los pillo mañana. llevo "
            "la navaja de mi padre en la mochila, ya veréis",
        ],
        "phone": [
            "Soy amigo de tu abuela, del coro de la parroquia 🎶 Escríbeme al seis cero cero, uno "
            "dos tres, cuatro cinco seis, y no digas nada en casa.",
        ],
        "contact": [
            "Ven a celebrar tu santo a mi casa, te tengo preparado un regalo 🎂 Calle Mayor 45, "
            "3º izquierda, 28013 Madrid. O escríbeme a reymago.melchor77@hotmail.es, no uses el "
            "correo del cole.",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Zosiu, jestem wolontariuszem z parafii, pomagam przy święconce 🐣 Przyjdź sama "
            "w Wielką Sobotę o 17 za kościół, mam dla ciebie koszyczek. Rodzicom nie mów, to "
            "niespodzianka.",
            "hej tu wujek Marek, kolega taty z wesela 🎉 na imieniny zabiorę cię na lody, czekam "
            "w piątek o 15:30 na przystanku koło Biedronki. powiedz mamie że idziesz do "
            "koleżanki",
            "na andrzejkach lałaś wosk i wyszło serce ❤️ to znak lol. spotkajmy się w sobotę o "
            "19 w parku przy stawie, tylko my. mam 20 lat ale starym nie mów",
        ],
        "photo_request": [
            "Do albumu z komunii potrzebuję jeszcze kilku zdjęć 📸 teraz bez sukienki, w samej "
            "bieliźnie, u ciebie w pokoju. Wyślij tylko mnie, wychowawczyni nie musi wiedzieć.",
            "w śmigus-dyngus cię oblali co? 💦 nagraj filmik jak się przebierasz z mokrych "
            "ciuchów, nikomu nie pokaże obiecuje 😏",
        ],
        "private_contact": [
            "Jestem ze wspólnoty rodzin, poznaliśmy się na szkolnym opłatku. Tu wszystko czyta "
            "nauczyciel, napisz do mnie na Messengerze z drugiego konta, a potem usuń tę "
            "wiadomość.",
            "ej dodaj mnie na snapie, tam wiadomości znikają 👻 mój nick to kolednik_2010, "
            "pogadamy o wigilii bez nauczycieli",
        ],
        "gift_offer": [
            "Na imieniny dostaniesz ode mnie 300 zł 💸 ale tylko jak przyjdziesz po nie sama do "
            "mnie. I ani słowa rodzicom, bo by nie pozwolili.",
        ],
        "personal_question": [
            "opowiedz o wigilii 🎄 masz swój pokój? zamykasz drzwi na klucz? o której rodzice idą "
            "na pasterkę i zostajesz sama?",
            "Ale urosłaś od komunii 😊 Ile ważysz? Masz już biust? Napisz mi na priv, jaki "
            "rozmiar nosisz.",
        ],
        "secrecy": [
            "To, co było na weselu, zostaje między nami 🤐 Usuń wszystkie wiadomości. Jak komuś "
            "powiesz, cała szkoła zobaczy te zdjęcia.",
            "pamiętaj, mikołaj przynosi prezenty tylko dzieciom które umieją trzymać buzię na "
            "kłódkę 🎅 nikt nie może wiedzieć że piszemy. kasuj czat co wieczór",
        ],
        "isolation": [
            "Twoi rodzice na Wigilii myślą tylko o gościach, a koleżanki cię olewają. Tylko ja "
            "cię naprawdę rozumiem. Nie potrzebujesz ich, masz mnie.",
        ],
        "self_harm": [
            "wszyscy się cieszą na święta a ja mam już schowane tabletki mamy. po wigilii je "
            "wezmę, nikt nie zauważy że mnie nie ma",
            "od wszystkich świętych tnę się żyletką po udach 😔 na cmentarzu myślałam że też już "
            "chce tam leżeć",
        ],
        "disclosure": [
            "proszę pani, tata znowu pił na imieninach i jak goście poszli to bił mamę i mnie. "
            "mam siniaki na plecach, nie chcę wracać do domu na święta",
            "Wujek na weselu zabrał mnie do samochodu i kazał się dotykać. Mówi, że to nasza "
            "tajemnica i że jak powiem, to mama się rozchoruje.",
        ],
        "violence": [
            "jak ten z 7b jeszcze raz powie coś o mojej jarmułce to przyniosę nóż myśliwski "
            "dziadka i go potnę. wiem gdzie dziadek go trzyma",
        ],
        "phone": [
            "Jestem przyjaciółką twojej babci z koła różańcowego 🌷 Zadzwoń do mnie: 512-384-907 "
            "albo napisz SMS, tylko nie z telefonu mamy.",
        ],
        "contact": [
            "Przyjdź do mnie na opłatek, mam dla ciebie prezent 🎁 ul. Długa 17 m. 4, 80-831 "
            "Gdańsk. Albo napisz: dobry.mikolaj61@onet.pl, nie ze szkolnego maila.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Eid Mubarak everyone!! 🌙 we had a massive family meal at my nans, 23 people lol. the "
        "samosas were gone in 5 mins",
        "Diwali assembly tomorrow 9:10 in the hall 🪔 Could Year 5 bring their rangoli from room "
        "14? Parents welcome.",
        "my uncles wedding was mental 💃 3 days long and i danced till 2am. cousins came from "
        "Leicester and Delhi",
        "Christmas market trip for Y8 on 12 Dec 🎄 Meet at the coach at 8:15, max £10 and a "
        "packed lunch. Mrs Hart and Mr Osei will be with the groups.",
        "we're making a surprise easter card for miss hart dont tell her!! 🐣 sign it in room 9 "
        "by weds",
        "ramadan project q: what time does the fast end in ur city? ours is 7:42pm tonight in "
        "Bradford. when is iftar in Kraków and Sevilla?",
        "Photos of the Hanukkah candle-lighting are in the class folder; parents agreed to all "
        "of them. Please only share them within the project.",
        "fasting is killing me today 😩 3 hrs to go. the dates at iftar r gonna taste amazing",
        "my gran volunteers at church and shes baking 200 hot cross buns for the easter fair "
        "lol. come buy some sat 10-12 at St Mary's hall",
        "does anyone know a diwali song we could sing on the video call? our class only knows "
        "jingle bells 😂",
        "RE homework: describe what happens at a first communion. My cousin had hers in May, can "
        "I use her photos if she says yes?",
        "we played dreidel in class and i won 34 chocolate coins 🪙🕎 mr cohen says its chance not "
        "skill lol",
        "my little brother hid under his bed all night, the fireworks at the mela scared him 😅",
        "Thank you to the Kraków class for the video about Wigilia! Ours about Bonfire Night "
        "comes by 20 Nov.",
        "Call with Lyon moved to Tuesday 10:00 because of the Eid holiday. Slides are in the "
        "shared folder.",
    ],
    "de": [
        "Unser Adventskalender in der 6c: jeden Tag darf ein Kind ein Türchen aufmachen 🎄 heute "
        "Tür 9, Jonas hatte Glück",
        "Erstkommunion am 27. April um 10 Uhr in St. Josef 🕊️ Die Klasse 3a ist eingeladen, "
        "Fotos macht nur der Fotograf der Gemeinde.",
        "zuckerfest war mega 🌙 oma hat 5 sorten baklava gemacht und ich hab 30 € von den "
        "verwandten bekommen 😍",
        "Ausflug zum Weihnachtsmarkt am Do: Treffpunkt 8:45 am Haupteingang, zurück um 13:30. "
        "Bitte höchstens 10 € Taschengeld und warme Kleidung.",
        "psst 🤫 wir basteln für frau keller ein ostergeschenk, nicht verraten!! bis freitag in "
        "raum 204 fertig machen",
        "der krampuslauf in salzburg war so gruselig 😱 einer hat mich mit der rute erwischt lol",
        "Referat über den Ramadan: Wann beginnt das Fasten und wie lange dauert es? Bitte bis "
        "15.03. auf der Plattform hochladen.",
        "hochzeit von meiner schwester am samstag 💍 ich darf die ringe tragen!! hoffentlich fall "
        "ich nicht hin 😂",
        "Beim Besuch in der Synagoge zu Chanukka haben wir Latkes gegessen und Dreidel gespielt "
        "🕎 Danke an Rabbi Stein!",
        "Ans Osterfeuer nur mit Erwachsenen, sagt die Feuerwehr 🔥 Treffpunkt 19 Uhr am "
        "Sportplatz, die Eltern kommen mit.",
        "ich bin so tot vom fasten heute 😵 noch 2 stunden bis zum iftar, dann ess ich alles",
        "Namenstag feiern wir in Deutschland eher nicht, nur Geburtstag. Stimmt es, dass man in "
        "Polen da Geschenke bekommt?",
        "Lösch bitte das alte Dokument zum Krippenspiel, die neue Rollenverteilung ist oben 😊 "
        "Maria spielt jetzt Aylin.",
        "Danke an die Klasse aus Sevilla für das Video von der Semana Santa! Unsere Antwort zu "
        "Ostern kommt nächste Woche.",
        "Videokonferenz mit Kraków am Mittwoch um 11:15 in Raum 108. Bitte die Präsentation zu "
        "den Familienfesten mitbringen.",
    ],
    "fr": [
        "j'ai eu la fève à la galette des rois 👑 je suis la reine de la classe pendant une "
        "journée mdr",
        "repas de l'aïd trop bon chez ma tata 🌙 couscous, chorba et 4 sortes de gâteaux. j'ai "
        "trop mangé je suis morte 😵",
        "Profession de foi le 8 juin à 10h30 à l'église Saint-Pierre. La 6e B chantera, "
        "répétition mercredi en salle de musique.",
        "Marché de Noël de Strasbourg jeudi 12/12 🎄 départ du car 7h45 devant le collège, retour "
        "18h. Autorisation parentale à rendre avant lundi.",
        "ma cousine se marie samedi 💍 je suis demoiselle d'honneur en robe bleue, j'ai trop peur "
        "de marcher sur la traîne lol",
        "chut 🤫 on prépare une surprise de Pâques pour Mme Dubois, on cache les oeufs en "
        "chocolat dans la salle 112 vendredi à 8h",
        "c'est quoi la fête des prénoms en Pologne ? moi c'est Lucas, je la fête quand ? 😄",
        "Exposé sur le ramadan : pourquoi jeûne-t-on du lever au coucher du soleil ? À rendre le "
        "14 mars, 2 pages maximum.",
        "trop dur le ramadan au collège 😩 je meurs de faim à la récré, encore 3h avant la "
        "rupture du jeûne",
        "Pour Hanoukka, Mme Lévy viendra allumer la hanoukia avec nous le 18 décembre à 14h en "
        "salle 5. Parents bienvenus.",
        "effacez pas le dessin au tableau !! c'est notre crèche pour la vidéo avec Cologne 😂",
        "mamie m'a donné 20€ pour ma communion et mon parrain une montre ⌚ trop contente",
        "la messe de minuit finit tard, j'ai dormi dans la voiture 😴 joyeux noël à tous les "
        "correspondants !",
        "Merci à la classe de Leeds pour les photos de Diwali ! Nous enverrons notre vidéo sur "
        "la Chandeleur avant le 2 février.",
        "Réunion de projet mardi 16h30 en visio. Ordre du jour : calendrier des fêtes, échange "
        "de cartes, visite en mai.",
    ],
    "it": [
        "Buon onomastico Giuseppe!! 🎉 oggi è il 19 marzo e la prof ha portato le zeppole per "
        "tutti",
        "la befana mi ha portato il carbone 😂 ma era di zucchero per fortuna",
        "Prima comunione il 12 maggio alle 11 in Duomo. I bambini della 4ª A si ritrovano alle "
        "10:15 in sacrestia con le catechiste.",
        "presepe vivente in piazza il 26 dicembre 🐑 io faccio il pastore, mia sorella la "
        "Madonna!! venite alle 17",
        "pranzo di natale dai nonni: 4 ore a tavola e 3 tipi di lasagne 😵 sono morto, non mi "
        "muovo più",
        "matrimonio di mia zia sabato 💒 non dite niente alla sposa del video che le stiamo "
        "preparando 🤫",
        "Compito: descrivi la tradizione dei doni di Santa Lucia del 13 dicembre. Consegna entro "
        "venerdì, massimo 200 parole.",
        "il mio compagno Omar fa il ramadan e a mensa si siede con noi lo stesso 🌙 stasera iftar "
        "a casa sua con tutta la famiglia",
        "Caccia alle uova di Pasqua in cortile 🐣 martedì ore 10:30, aiutano le maestre e i "
        "genitori rappresentanti.",
        "Le foto della festa di Diwali con la classe di Leeds sono nella cartella condivisa, "
        "solo quelle con il consenso dei genitori.",
        "mi ammazzo dalle risate 😂 il nonno a tombola ha gridato cinquina con un numero sbagliato",
        "chi mi ripete la preghiera per la cresima? domani la catechista interroga e io la so "
        "solo a metà 😬",
        "ho il telefono rotto, vi scrivo dal tablet di mia sorella. il video per il progetto lo "
        "carico domani",
        "Grazie alla classe di Colonia per le ricette dei biscotti di Natale! Noi vi mandiamo "
        "quella dei cantucci entro lunedì.",
        "Videochiamata con Cracovia spostata a giovedì alle 9:30 per la festa del patrono. "
        "Portate le cartoline.",
    ],
    "es": [
        "los reyes me han traído la bici que pedí 🚲👑 y a mi hermano carbón de azúcar jajaja",
        "¡Feliz santo, Juan! 🎉 hoy 24 de junio, en clase comemos coca a las 11:30",
        "primera comunión de mi primo el 18 de mayo, la fiesta dura hasta las 12 de la noche 😵 "
        "el lunes voy a estar muerta",
        "Salida a la procesión del Domingo de Ramos: nos vemos a las 9:00 en la puerta del cole "
        "y volvemos a las 13:30. Necesitamos 3 padres acompañantes.",
        "tía la feria de abril fue brutal 💃 bailé sevillanas con mi abuela hasta las 2",
        "Nochebuena en casa de mis tíos, éramos 19 y mi abuelo se durmió antes del turrón 😂",
        "shhh 🤫 preparamos una sorpresa para la boda de la profe Marta, no le digáis nada!! "
        "ensayo el jueves en el aula 14",
        "Trabajo: explica qué es el Ramadán y cómo lo vive la familia de un compañero. Entrega "
        "el 20 de marzo.",
        "mi amigo Yusuf nos invitó a celebrar el eid en su casa 🌙 sus padres hicieron un montón "
        "de dulces, qué rico",
        "borra la foto del grupo porfa, salgo con los ojos cerrados en la de la cabalgata 😩 pon "
        "la otra",
        "La catequista dice que la confesión es secreta y que el cura no puede contar nada. ¿En "
        "Polonia es igual?",
        "os mandamos el vídeo de la tamborrada de san sebastián, ojo que suena fuerte 🥁",
        "en la procesión me muero de calor con el capirote, 6 horas andando 🥵",
        "Gracias a la clase de Lyon por las fotos de la galette des rois. Nosotros os enviamos "
        "el roscón el lunes.",
        "Reunión de coordinación el miércoles a las 17:00 por videollamada. Tema: calendario de "
        "festivos de cada país.",
    ],
    "pl": [
        "wszystkiego najlepszego z okazji imienin Kasia!! 🎉 dzisiaj 25 listopada, przyniosłaś "
        "pączki? 😋",
        "na andrzejkach lałam wosk przez klucz i wyszedł mi pies 🐶 czyli będę weterynarką lol",
        "Pierwsza Komunia Święta 19 maja o 11:00. Dzieci z klasy 3b zbierają się o 10:15 w salce "
        "parafialnej z paniami katechetkami.",
        "Wigilia klasowa w piątek o 12:30 w sali 21 🎄 każdy przynosi jedną potrawę, opłatek "
        "przyniesie pani dyrektor.",
        "śmigus-dyngus w szkole zakazany 💦 ale brat i tak mnie oblał w domu o 6 rano, umieram",
        "wesele kuzynki trwało 2 dni, tańczyłem do 4 rano 💃 jestem martwy",
        "ćśś 🤫 robimy niespodziankę na imieniny pani Ani, nie mówcie jej! kartkę podpisujemy w "
        "środę w sali 14",
        "Zadanie: opisz tradycję święconki. Co wkłada się do koszyczka i dlaczego? Termin: 10 "
        "kwietnia.",
        "byliśmy z klasą w synagodze na Kazimierzu 🕎 pan opowiadał o Chanuce i graliśmy w bączka",
        "Na Wszystkich Świętych paliliśmy znicze na grobie dziadka 🕯️ było tyle ludzi",
        "Wyślijcie mi zdjęcia ze świąt do prezentacji dla Sewilli, tylko takie, na które "
        "zgodzili się rodzice ✅ na szkolnego maila do piątku.",
        "usuń to zdjęcie z grupy plz, mam pół twarzy w makowcu 😂",
        "ile macie potraw na wigilii? u nas 12 i barszcz z uszkami 😋 a co się je u was w Lyonie?",
        "Dziękujemy klasie z Bolonii za filmik o Befanie! Nasz film o Trzech Królach wyślemy w "
        "przyszłym tygodniu.",
        "Spotkanie online z Kolonią w czwartek o 10:00 w sali 8. Proszę przygotować kartki z "
        "życzeniami świątecznymi.",
    ],
}
