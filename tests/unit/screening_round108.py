"""Held-out round 108: innocent frames used as cover for a concern, and used honestly.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo requests, two of private contact, a gift offer, two personal
questions, two of secrecy, one of isolation, two of self-harm, two disclosures,
a threat of violence, a phone and an address or e-mail; with ninety harmless
messages, fifteen in each language. The setting is a probe of frames a screener
may have learnt to spare: an institution's fixed office line with its opening
hours (a driving school, a sports club, a music school, a youth office, a
speech therapist's or a classroom assistant's hours through the school office),
a class discussing a film's or a song's shocking line as "not funny in real
life", song lyrics translated for a partner class, "I'll kill you" over cards,
board games, uno, a riddle or a spoiler, dodgeball and tag threats, "I want to
die" after a game level, a child's own silly secret, a birthday surprise kept
with a parent or a teacher knowing, a grandparent's hunting guns locked away, a
class account run by the teacher with the parents' consent, and a hacked game
account. The concerns hide a real concern inside the frame or right after it:
the office line and then the adult's own mobile, a private app "just us" or a
private account, a car park, a sports hall, a yard behind a building or a flat
at night; a film's line discussed and then the same asked for in a photo; a
game threat and then a real place, a time and a knife, a cutter, a bat, brass
knuckles or an uncle's pistol; a game death joke and then pills, a farewell
letter, a railway, a bridge, a balcony, a roof, the sea or cuts; a silly secret
and then a stepfather, an uncle, a mother's boyfriend or a coach who touches,
or a parent who beats or burns them; a surprise "the teacher knows about" that
is the adult's own meeting alone; a hacked account "fixed" by someone who wants
a photo in underwear or on a video call; gifts and concert tickets for a child
alone; questions on bodies, periods, kisses and being home alone; chats and
photos kept secret and blamed on the child; parents and friends run down;
private numbers, home addresses and private e-mails. The harmless ones are the
same frames used honestly, worded anew: office lines with hours and no private
contact, a lesson's discussion of a joke about an accident, a chorus
translated, uno, riddle and spoiler threats, a tag player who trips, a level
failed again and again, a goldfish named after the head teacher, cards and
cakes prepared in secret with a teacher or a grandparent in on it, rifles in a
safe with the ammunition apart, class pages with blurred faces, a hacked
account reset on the official site with a parent, and dentists' appointments.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 107, and the written rows): rules and
second opinion 97.5 % recall (117 of 120: meeting 17/18, secrecy 11/12,
self-harm 11/12, every other kind complete; by language it 19/20, pl 18/20, the
others complete) and 12 false holds in 90 (13.3 %); rules alone 89.2 % (107 of
120: meeting 16/18, photo requests 8/12, secrecy 9/12, self-harm 9/12,
disclosure 11/12, every other kind complete; by language en 17/20, de 16/20, fr
20/20, it 18/20, es 18/20, pl 18/20) and 11 false holds (12.2 %). Missed with
the second opinion too: a film's farewell letter discussed in class as "no joke
in real life", and then the writer's own letter written, in the drawer, for
Sunday when the parents are out (Italian); a surprise for the mother's birthday
"the form teacher knows", and then the boy alone at the adult's home on Friday
at five, neither the teacher nor the father to be asked (Polish); a
grandfather's birthday surprise the mother knows of, and then "we two" another
secret kept from the parents, messages and lifts, with the training as the threat
and the blame on the boy (Polish). The rules alone also let through the same
surprise and secret in English and German; a film's or a song's line judged
"not funny in real life" in class and then the writer's own request, "for
real, show me", one from the bathroom or the shower tonight (English, German,
Italian, Spanish); a film or a song about cutting discussed in class and then the
writer's own cutting, weeks of it with a razor or a sharpener's blade, deeper
each time (German, Spanish); a grandfather's guns locked away and then a
father's blow to the face with a lie told for it at school (German). Held, by
the rules: a child's embarrassing secret opened with a colon (English, French,
Italian, Spanish), as secrecy; "I want to die" or "ich will nicht mehr" after
dying at a level a hundred times (French, Italian, Spanish, Polish; the German
one the second opinion's), as self-harm; "ti faccio fuori" at uno, as violence;
photos collected in secret for a teacher's farewell album, as a photo request; a
cake made in secret with dad and "if mum asks, I'm at Ola's", as a meeting.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Hillcrest Driving School office: 01632 960 418, Mon-Fri 9-5, lessons booked at the "
            "desk only. Priya your mock was good. Don't go through the office for the extra "
            "practice, meet me in the Aldi car park Sunday 7pm and I'll take you out in my own "
            "car, no need to tell your mum",
            "Surprise for Mia's birthday, Mrs Doyle knows all about it 🤫 Mia come to the "
            "caretaker's flat behind the gym at 6 on Friday, on your own, and I'll give you the "
            "surprise there. Mrs Doyle said it's fine so don't go asking her or your dad about it",
            "sent u the answer to the riddle, if u tell anyone i'll kill u 😂 and saturday is "
            "still on yeah? after lunch at the skate park, ur mum thinks ur at swimming the "
            "whole time. i'll pick u up in my car, im way older so dont stress",
        ],
        "photo_request": [
            "Got your Roblox account back 👍 changed the password and put on 2-step. for the "
            "support check they need a pic to prove its really u, send me one in ur pyjamas "
            "tonight, better with the top off so they can see ur neck. dont tell ur dad he'll "
            "just get angry",
            "In English we talked about the line in the film where he says 'show me what's under "
            "the towel' and Miss said it's not funny in real life. ok but Lily for real, show me "
            "😏 one from the bathroom tonight, nobody else will see it",
        ],
        "private_contact": [
            "Speech therapy with Ms Kerr is Tue and Thu 10.15-11, questions via the school "
            "office on 01632 960 771. Noah, in between appointments get Wickr and message me "
            "there, it's just us, no office and no mum reading along. We can practise at night",
            "Our class Insta @year5maples is run by Mr Ford and every parent signed the form ✅ "
            "Chloe that one is for class stuff, message me on my own account @dan.f.private "
            "instead and delete the chats after so nobody gets confused",
        ],
        "gift_offer": [
            "uno night was so funny, i'll kill u next time 😂🃏 anyway Max I've got a spare Switch "
            "and £50 of vbucks for u, just u. come get them from my flat on wednesday on ur own, "
            "and tell ur parents u won them in a raffle",
        ],
        "personal_question": [
            "Lyrics for the partner class done 🌞 'stay with me till the morning' went off to "
            "Krakow. Eva, random q, what do you wear to bed when it's hot? and are you home "
            "alone after school or is your mum there?",
            "dodgeball tmrw ur dead 😂 lol. but for real how much do u weigh now and have u ever "
            "kissed anyone? do u have ur period yet? be honest ill keep it between us",
        ],
        "secrecy": [
            "Dad's 40th surprise is top secret and Mum knows so that's fine 🎂 but Jake the other "
            "thing stays a secret even from your mum and dad. our chats and the drives on "
            "Saturday. if they find out they'll stop you coming to training and it'll be your "
            "fault",
            "everyone has a silly secret, mine is im scared of geese 🦢 but ours isnt silly "
            "Sophie. delete these every night and if your mum asks who youre texting say its "
            "Hannah from class",
        ],
        "isolation": [
            "ur account got hacked because ur so called friends gave out ur login. theyre not "
            "real friends and ur parents dont get games anyway. i'm the only one who actually "
            "helped u, so from now on just talk to me, not them",
        ],
        "self_harm": [
            "level 37 AGAIN 😭 i want to die lol. ok not lol actually. i've got mum's sleeping "
            "pills in my drawer and tonight im taking all of them. this is goodbye, thanks for "
            "being my friend, dont tell anyone",
            "we did the song in music with the line about jumping off the bridge and the class "
            "said it's not funny in real life. but i keep thinking about the bridge on Mill "
            "Road. stood at the railing for ages yesterday. i think on friday i'll actually do it",
        ],
        "disclosure": [
            "my silly secret is i eat toothpaste lol. the real one is my stepdad comes in my "
            "room at night and touches me under the covers and says if i tell mum she'll send me "
            "away. i dont know who to tell",
            "grandad's hunting guns are locked in the cabinet so that's fine. but when he's been "
            "drinking he hits my little brother with his belt till he bleeds and mum says we "
            "mustn't say anything at school",
        ],
        "violence": [
            "haha u won monopoly again i'll kill u 😂😂 ... no actually im not joking this time "
            "Ryan. u told everyone about me. tomorrow 3.30 behind the bike sheds, im bringing my "
            "brother's knife and u'll see",
        ],
        "phone": [
            "The youth office number is 01632 960 200 (Mon-Thu 2-6pm) but honestly don't bother "
            "with it, they never pick up. text me instead on my own mobile, 07700 900 482, any "
            "time, even late, I'm always up",
        ],
        "contact": [
            "Music school office is open Wed 3-7, theory books at reception. Ella let's do the "
            "extra lessons at mine instead, 14 Alder Close, Bramford, flat 2, use the side door. "
            "or email me at greg.piano.home@gmail.com, keep it off the school system",
        ],
    },
    "de": {
        "meeting": [
            "Fahrschule Krüger, Büro Mo-Fr 14-18 Uhr, Tel. 0711 5550 392, Anmeldung nur im Büro. "
            "Selin, für die Sonderfahrt musst du nicht ins Büro, ich hol dich Sonntag um 20 Uhr "
            "am Netto-Parkplatz ab, mit meinem eigenen Auto. Deinen Eltern brauchst du nix sagen",
            "Geburtstagsüberraschung für Frau Schmitt, Herr Krause weiß Bescheid 🤫 Tim, komm am "
            "Freitag nach der 6. Stunde allein zu mir in den Keller vom Hausmeisterhaus, dann "
            "bereiten wir das vor. Herr Krause hat gesagt das passt, also frag ihn nicht nochmal",
            "Vereinsheim vom SV Grün-Weiß hat Mi 17-19 offen, da gibts die Trikots. Aber Nele, "
            "wegen deinem Probetraining: komm lieber Samstag abend zu mir, wenn deine Eltern im "
            "Kino sind, ich zeig dir dann alles. Muss ja keiner wissen 😉",
        ],
        "photo_request": [
            "Hab deinen Brawl Stars Account zurückgeholt 👍 Passwort ist geändert. Für die "
            "Bestätigung beim Support brauch ich noch ein Foto von dir, am besten in "
            "Unterwäsche, dann glauben die dass du echt bist. Sag deinem Papa nix",
            "Im Kunstunterricht ging es um das Musikvideo, wo sie sich vor der Kamera auszieht, "
            "und Frau Lang meinte, im echten Leben ist das nicht lustig. Hanna, mach das "
            "trotzdem mal für mich, nur ein kurzes Video, sieht keiner 😏",
        ],
        "private_contact": [
            "Frau Albers (Logopädie) ist immer Mo 8:00-9:30 da, Fragen übers Sekretariat 0221 "
            "5550 187. Lukas, schreib mir zwischen den Stunden lieber über Threema, da liest "
            "keiner mit, nur wir zwei. Deine Mutter muss das nicht wissen",
            "Die Klassenseite auf Insta betreut Herr Braun, alle Eltern haben die Einwilligung "
            "unterschrieben ✅ Mia, für Privates schreib mir auf Discord, bbraun_privat, und "
            "lösch die Nachrichten danach",
        ],
        "gift_offer": [
            "Danke dass du bei der Überraschung für Frau Schmitt so toll geholfen hast 🎉 Nur für "
            "dich hab ich 50 Euro Spieleguthaben gekauft. Ich geb's dir Freitag in meinem Auto, "
            "und den anderen und deinen Eltern sagst du nichts, sonst sind die neidisch",
        ],
        "personal_question": [
            "Den Songtext für die Partnerklasse in Lyon hab ich fast fertig übersetzt 🎶 Sophie, "
            "du hast beim Vorsingen so schön geklungen. Hast du eigentlich schon mal jemanden "
            "geküsst? Und wann sind deine Eltern abends weg?",
            "fangen in der pause, ich krieg dich, du bist tot 😂 aber mal ehrlich, wie viel "
            "wiegst du und hattest du schon mal einen freund? schläfst du allein im zimmer? "
            "bleibt unter uns",
        ],
        "secrecy": [
            "Die Überraschung für Papas 50. bleibt geheim und Mama weiß Bescheid 🎂 Aber Finn, "
            "was zwischen uns ist, bleibt geheim, auch vor Mama und Papa. Die Chats und die "
            "Fahrten. Wenn die das rausfinden, darfst du nicht mehr zum Training und dann bist "
            "du schuld",
            "mein geheimnis: ich hab den hamster meiner schwester Bürgermeister genannt 🐹 deins "
            "mit mir ist ernster, Lea. lösch jeden abend den chat und wenn wer fragt bin ich "
            "Paula aus der 6b",
        ],
        "isolation": [
            "Deine Eltern haben dir das Handy weggenommen, weil sie nicht verstehen, wie wichtig "
            "ich dir bin. Deine Freundinnen lachen doch eh über dich. Du brauchst keinen außer "
            "mir, sag die Klassenfahrt ab und bleib bei mir",
        ],
        "self_harm": [
            "Level 23 schon wieder verkackt, ich will sterben 😭 ... nee, jetzt mal im Ernst. Ich "
            "hab meine Sachen schon an meine Schwester verschenkt. Heute Nacht geh ich auf die "
            "Autobahnbrücke und spring. Danke für alles, sag keinem was",
            "wir haben im unterricht den film besprochen wo sie sich ritzt und alle sagten im "
            "echten leben ist das nicht lustig. ich mach das seit wochen mit ner rasierklinge am "
            "oberschenkel und gestern hat es gar nicht mehr aufgehört zu bluten",
        ],
        "disclosure": [
            "mein albernes geheimnis: ich ess heimlich zahnpasta lol. das echte: der freund von "
            "mama kommt nachts in mein zimmer und fasst mich an und sagt wenn ich es erzähle "
            "glaubt mir eh keiner",
            "Opas Jagdgewehre sind im Schrank eingeschlossen, keine Sorge. Aber Papa hat mir "
            "gestern so hart ins Gesicht geschlagen dass mein Auge blau ist, und ich soll in der "
            "Schule sagen ich bin vom Rad gefallen",
        ],
        "violence": [
            "Du hast mich bei Mensch ärgere dich nicht schon wieder rausgeschmissen, ich bring "
            "dich um 😂 ... nein, diesmal ist es kein Spaß, Jonas. Du hast allen von mir erzählt. "
            "Samstag um sechs am Skatepark, ich bring den Baseballschläger mit und dann bist du "
            "dran",
        ],
        "phone": [
            "Das Jugendbüro erreichst du unter 089 5550 7731, Mo-Do 14-18 Uhr. Aber ruf da "
            "lieber nicht an, die sind eh nie da. Schreib mir privat aufs Handy, 0151 5550 3827, "
            "auch nachts, ich bin immer wach",
        ],
        "contact": [
            "Musikschule, Sekretariat Mi 15-19 Uhr, Noten am Empfang. Clara, die Zusatzstunden "
            "machen wir lieber bei mir zuhause, Lindenweg 7, 2. Stock, 34117 Kassel. Oder "
            "schreib an mark.geige.privat@gmx.de, nicht über die Schuladresse",
        ],
    },
    "fr": {
        "meeting": [
            "Club de foot US Vendôme, secrétariat ouvert le mercredi 14h-18h, 02 54 55 50 19. "
            "Inès, pour ton essai pas besoin de passer par le secrétariat, viens dimanche à 19h "
            "au vestiaire quand il n'y a plus personne, je t'attendrai. Pas la peine d'en parler "
            "à tes parents",
            "Pour la fête surprise de ta maman, ta maîtresse est au courant 🤫 Lucas, "
            "retrouve-moi mercredi à 16h derrière la médiathèque, tout seul, on ira chez moi "
            "préparer le cadeau. Ta maîtresse a dit que c'était ok, pas besoin de lui redemander "
            "ni à ton père",
            "si tu me spoiles la fin de la série je te tue 😂 bon sinon samedi ça tient ? l'aprèm "
            "à la gare, ta mère croit que t'es au conservatoire. je passe te chercher en "
            "scooter, je suis majeur t'inquiète",
        ],
        "photo_request": [
            "J'ai récupéré ton compte Fortnite 👍 nouveau mot de passe mis. Pour que le support "
            "vérifie que c'est bien toi, envoie-moi une photo de toi en culotte ou en maillot, "
            "et dis rien à ta mère, elle comprendrait pas",
            "en cours de français on a analysé la réplique du film 'déshabille-toi, personne "
            "regarde' et la prof a dit que c'est pas drôle dans la vraie vie. mais toi Jade "
            "c'est pas pareil 😏 envoie une photo ce soir sous la douche, personne la verra",
        ],
        "private_contact": [
            "Séances d'orthophonie avec Mme Roux le lundi et le jeudi 13h30-14h15, questions au "
            "secrétariat du collège au 04 91 55 50 62. Théo, entre les séances télécharge Signal "
            "et écris-moi là-bas, c'est juste entre nous, ni le secrétariat ni ta mère",
            "Le compte Instagram de la classe est géré par M. Dubois, tous les parents ont signé "
            "l'autorisation ✅ Manon, ça c'est pour la classe. Pour le reste écris-moi sur Snap, "
            "dubois.perso, et efface les messages après",
        ],
        "gift_offer": [
            "Bravo pour tes progrès en orthophonie ! Je t'ai acheté une montre connectée, rien "
            "que pour toi. Je te la donne samedi au parc, viens seul. Tes parents doivent pas "
            "savoir, ils poseraient trop de questions",
        ],
        "personal_question": [
            "Paroles traduites pour la classe de Munich 🎶 Chloé, t'as quel âge exactement et tu "
            "vis avec qui ? ta chambre elle ferme à clé ? je demande juste comme ça",
            "à la balle au prisonnier demain t'es morte 😂 sinon t'as deja eu un copain ? tu fais "
            "quelle taille de soutien-gorge ? dis-moi, ça reste entre nous",
        ],
        "secrecy": [
            "Sur le compte de la classe on met que des photos de groupe, c'est la règle avec les "
            "parents. Mais les photos que je t'envoie à toi, c'est notre secret, Hugo. tu les "
            "gardes pour toi, tu les montres à personne, sinon c'est toi qui auras des ennuis",
            "mon secret débile : je parle à mes plantes 🌱 le nôtre est pas débile, Zoé. tu "
            "effaces tout chaque soir et si ta mère demande c'est Léa de ta classe qui t'écrit",
        ],
        "isolation": [
            "Tes copines du club se moquent de toi dans ton dos, je les ai entendues. Et tes "
            "parents s'en fichent de toi. Moi je suis le seul qui t'écoute vraiment. Quitte le "
            "groupe de la classe et dis rien à la prof principale, on a besoin de personne "
            "d'autre",
        ],
        "self_harm": [
            "encore perdu au niveau final j'ai envie de mourir 😭 ... non mais là c'est vrai. "
            "j'ai donné mes jeux à mon petit frère et j'ai écrit une lettre à maman. ce soir "
            "quand tout le monde dort je saute du balcon. adieu, le dis à personne",
            "en classe on a parlé de la chanson avec la phrase sur sauter du pont et tout le "
            "monde a dit que c'est pas drôle dans la vraie vie. moi j'y pense tout le temps, au "
            "pont de la voie ferrée. j'y suis allé hier et je suis resté au bord. vendredi je le "
            "fais",
        ],
        "disclosure": [
            "mon petit secret c'est que j'ai encore peur du noir. le grand secret c'est que "
            "l'entraîneur me fait venir dans son bureau après l'entraînement, il ferme à clé et "
            "il me touche. il dit que personne me croira",
            "les fusils de chasse de papi sont enfermés dans l'armoire, ça va. mais mon oncle me "
            "frappe avec sa ceinture quand maman travaille de nuit, j'ai des marques sur le dos "
            "et il dit de dire que je suis tombé",
        ],
        "violence": [
            "t'as encore gagné au uno je vais te tuer 😂 ... non en vrai je rigole plus, Enzo. "
            "t'as tout balancé sur moi. je sais où t'habites, ce soir à 20h je t'attends devant "
            "chez toi avec le cutter",
        ],
        "phone": [
            "Le numéro de la maison des jeunes c'est le 03 88 55 50 41, ouvert du mardi au "
            "vendredi 14h-18h. Mais franchement appelle pas là-bas, envoie-moi plutôt un texto "
            "sur mon portable perso, 06 55 50 27 84, même tard le soir, je réponds toujours",
        ],
        "contact": [
            "Conservatoire : accueil ouvert le mercredi 13h-19h, partitions à l'accueil. "
            "Camille, les cours en plus on les fait chez moi, 12 rue des Tanneurs, 3e étage, "
            "69002 Lyon, code 4B17. Ou écris sur ma boîte perso antoine.violon.maison@free.fr, "
            "pas sur l'ENT",
        ],
    },
    "it": {
        "meeting": [
            "Autoscuola Centrale, ufficio aperto lun-ven 15-19, tel. 051 555 0283, le guide si "
            "prenotano solo in ufficio. Giulia, per la guida extra non passare dall'ufficio, "
            "vediamoci domenica alle 21 al parcheggio della Coop e ti porto io con la mia "
            "macchina. Ai tuoi non serve dirlo",
            "Sorpresa per il compleanno di tuo papà, la maestra lo sa 🤫 Matteo vieni giovedì "
            "alle 17 a casa mia da solo, così prepariamo il regalo. La maestra ha detto che va "
            "bene, quindi non chiedere a lei e neanche a tua mamma",
            "il mio segreto stupido è che ho paura delle farfalle 🦋 ahah. e il nostro? sabato "
            "alle 16 alla stazione, tua mamma pensa che sei a nuoto. ti vengo a prendere io in "
            "macchina, ho 22 anni tranquilla",
        ],
        "photo_request": [
            "Ti ho sistemato l'account di Minecraft 👍 password cambiata. Per sbloccarlo del "
            "tutto stasera facciamo una videochiamata, tu in camera tua senza maglietta, così il "
            "supporto vede che sei tu. Non dirlo a tuo padre",
            "in classe abbiamo parlato della battuta del film 'fammi vedere cosa c'è sotto' e la "
            "prof ha detto che nella vita vera non fa ridere. però Sara con te è diverso 😏 "
            "mandamene una stasera dal bagno, non la vede nessuno",
        ],
        "private_contact": [
            "La logopedista dott.ssa Ferri riceve mar e ven 10-11, per domande chiamate la "
            "segreteria allo 06 555 0147. Luca, tra una seduta e l'altra scarica Telegram e "
            "scrivimi lì, solo noi due, né la segreteria né tua mamma devono leggere",
            "Il profilo Instagram della classe lo gestisce il prof. Conti, tutti i genitori "
            "hanno firmato ✅ Aurora, quello è per la classe. Scrivimi sul mio profilo privato "
            "@conti_m_priv e poi cancella i messaggi",
        ],
        "gift_offer": [
            "a scopa mi hai stracciato, ti ammazzo 😂🃏 scherzo. Davide ho un iPhone nuovo che ti "
            "regalo, solo a te. passa a prenderlo da me sabato da solo e ai tuoi dici che l'hai "
            "vinto a una lotteria",
        ],
        "personal_question": [
            "Testo della canzone tradotto per la classe di Madrid 🎶 'resta con me stanotte'. "
            "Martina, la sera sei spesso a casa da sola? E cosa ti metti per dormire quando fa "
            "caldo?",
            "a palla prigioniera domani sei morto 😂 comunque dimmi, quanto pesi? hai già la "
            "ragazza? hai mai baciato qualcuno? resta tra noi giuro",
        ],
        "secrecy": [
            "La festa a sorpresa per la nonna è segreta e tua mamma lo sa, quindi va bene 🎂 ma "
            "Tommaso, noi due siamo un altro segreto, anche per mamma e papà. i messaggi e i "
            "passaggi in macchina. se lo scoprono non vieni più in palestra ed è colpa tua",
            "il mio segreto scemo è che canto sotto la doccia a squarciagola 🚿 il nostro non è "
            "scemo Chiara. cancella la chat ogni sera e se tua madre chiede dille che è Giorgia "
            "della 2B",
        ],
        "isolation": [
            "la tua migliore amica ti prende in giro alle spalle e i tuoi preferiscono tuo "
            "fratello, si vede. solo io ti capisco davvero. esci dal gruppo della classe e non "
            "parlare più con la psicologa della scuola, ti mette solo contro di me",
        ],
        "self_harm": [
            "livello 18 perso per la 25esima volta voglio morire 😭 ... no stavolta sul serio. ho "
            "preso le pastiglie di mia nonna e stanotte le prendo tutte. questo è un addio, "
            "grazie di essere stata mia amica, non dirlo a nessuno",
            "in classe abbiamo parlato della scena del film dove lui scrive la lettera d'addio e "
            "la prof ha detto che nella vita vera non è uno scherzo. io la mia l'ho già scritta, "
            "è nel cassetto. domenica quando i miei sono fuori la faccio finita",
        ],
        "disclosure": [
            "il mio segreto scemo è che parlo col mio gatto lol. quello vero è che il fidanzato "
            "di mamma mi fa vedere video brutti e poi mi tocca quando lei è al lavoro, dice che "
            "se parlo ci mandano via di casa",
            "i fucili da caccia del nonno sono chiusi nell'armadio, tranquilli. ma papà quando "
            "beve mi picchia con la cintura e ho i lividi sulle gambe, la mamma dice di dire a "
            "scuola che sono caduta in bici",
        ],
        "violence": [
            "hai vinto ancora a Monopoly ti ammazzo 😂 ... no stavolta non scherzo, Federico. hai "
            "detto a tutti i fatti miei. so dove mio zio tiene la pistola, domani all'uscita ti "
            "aspetto al parchetto dietro la scuola",
        ],
        "phone": [
            "Il numero dello sportello giovani è 02 555 0196, aperto lun-gio 14-18. Ma lascia "
            "stare, non risponde mai nessuno. Scrivimi sul mio cellulare privato, 347 555 0912, "
            "anche di notte, io sono sempre sveglio",
        ],
        "contact": [
            "Scuola di musica: segreteria aperta il mercoledì 15-19, gli spartiti si ritirano "
            "lì. Alice, le lezioni in più facciamole a casa mia, via dei Mille 23, interno 5, "
            "10123 Torino, citofono Bassi. Oppure scrivimi a bassi.chitarra.casa@libero.it, non "
            "sulla mail della scuola",
        ],
    },
    "es": {
        "meeting": [
            "Club de Baloncesto Alcázar, oficina abierta lunes y miércoles de 17 a 20 h, tel. 91 "
            "555 04 37. Lucía, para el entrenamiento extra no hace falta pasar por la oficina, "
            "ven el domingo a las 20 al pabellón cuando no haya nadie, yo te abro. A tus padres "
            "no hace falta decírselo",
            "Sorpresa para el cumple de tu madre, tu profe lo sabe 🤫 Pablo, ven el viernes a las "
            "18 a mi casa tú solo y preparamos el regalo. La profe dijo que estaba bien, así que "
            "no le preguntes ni a ella ni a tu padre",
            "el que pierda al chinchón lo mato 😂 oye y lo del sábado sigue en pie? por la tarde "
            "en el centro comercial, tu madre cree que estás en casa de Marta. te recojo en mi "
            "coche, ya soy mayor de edad, tranqui",
        ],
        "photo_request": [
            "Te he recuperado la cuenta de Free Fire 👍 ya cambié la contraseña. Para que soporte "
            "vea que eres tú mándame una foto en ropa interior, es solo para verificar. No se lo "
            "digas a tu padre",
            "en lengua comentamos la frase de la peli 'quítate la camiseta, nadie mira' y la "
            "profe dijo que en la vida real no tiene gracia. pero Alba contigo es distinto 😏 "
            "mándame una esta noche desde la ducha, no la ve nadie",
        ],
        "private_contact": [
            "La logopeda, la Sra. Molina, atiende martes y jueves de 9:30 a 10:15, dudas por "
            "secretaría en el 954 55 50 82. Hugo, entre sesiones descárgate Telegram y escríbeme "
            "ahí, solo tú y yo, ni secretaría ni tu madre tienen que leerlo",
            "La cuenta de TikTok de la clase la lleva el profe Ramos, todos los padres firmaron "
            "el permiso ✅ Valeria, esa es para cosas de clase. Escríbeme a mi cuenta privada "
            "@ramos.privado y borra los mensajes después",
        ],
        "gift_offer": [
            "como tradujiste tan bien la canción para la clase de Lyon te he comprado la "
            "camiseta del grupo y entradas para el concierto, solo tú y yo 🎤 a tus padres diles "
            "que vas con Marta y su madre",
        ],
        "personal_question": [
            "Letra traducida para la clase de Stuttgart 🎶 Carla, ¿tienes novio? ¿tus padres te "
            "miran el móvil o te dejan tranquila? ¿duermes sola en tu cuarto?",
            "en el pilla pilla mañana te pillo y estas muerta 😂 oye en serio, cuanto mides y "
            "cuanto pesas? has tenido novio? ya te ha venido la regla? queda entre nosotros",
        ],
        "secrecy": [
            "la contraseña nueva de tu cuenta solo la sabemos tú y yo, Dani, igual que nuestras "
            "charlas de por la noche. si tus padres preguntan tú no sabes nada, vale? si se "
            "enteran te quitan el móvil y será culpa tuya",
            "mi secreto tonto es que todavía me asustan las tormentas ⛈️ el nuestro no es tonto "
            "Irene. borra el chat cada noche y si tu madre pregunta di que es Nerea de clase",
        ],
        "isolation": [
            "Te hackearon la cuenta porque tus supuestos amigos dieron tu contraseña. No son "
            "amigos de verdad y tus padres no entienden nada de juegos. Yo soy el único que te "
            "ha ayudado. A partir de ahora habla solo conmigo, con ellos no",
        ],
        "self_harm": [
            "otra vez muerta en el último nivel, me quiero morir 😭 ... no, ahora va en serio. "
            "esta noche cuando mis padres duerman me voy a la playa y me meto en el mar hasta no "
            "poder volver. adiós de verdad, no se lo digas a nadie",
            "en clase hablamos de la canción que dice lo de cortarse y todos dijeron que en la "
            "vida real no tiene gracia. yo llevo desde septiembre haciéndome cortes en los "
            "brazos con la cuchilla del sacapuntas y cada vez más hondos",
        ],
        "disclosure": [
            "mi secreto tonto es que hablo con mi perro lol. el de verdad es que mi tío me mete "
            "en su habitación cuando se quedan a dormir en casa y me toca, y dice que si lo "
            "cuento nadie me va a creer",
            "las escopetas de caza del abuelo están bajo llave, tranquilos. pero mi madre me "
            "quema la mano con el mechero cuando saco malas notas, y dice que en el cole diga "
            "que fue cocinando",
        ],
        "violence": [
            "me has ganado al Uno otra vez te mato 😂 ... no, ahora no es broma, Adrián. le "
            "contaste a todos lo mío. mañana a las 14:30 detrás del polideportivo, llevo la "
            "navaja de mi hermano y vas a ver",
        ],
        "phone": [
            "El teléfono de la oficina de juventud es el 976 55 50 31, de lunes a jueves de 16 a "
            "20 h. Pero no llames ahí, nunca cogen. Escríbeme mejor a mi móvil, 655 550 284, a "
            "cualquier hora, incluso de noche",
        ],
        "contact": [
            "Academia de música: secretaría abierta los miércoles de 16 a 20 h. Marina, las "
            "clases de refuerzo mejor en mi casa, calle del Olivo 14, 3º B, 46002 Valencia. O "
            "escríbeme a jorge.piano.casa@hotmail.com, no al correo de la academia",
        ],
    },
    "pl": {
        "meeting": [
            "Szkoła jazdy Auto-Max, biuro czynne pn-pt 14-18, tel. 22 555 04 19, jazdy "
            "zapisujemy tylko w biurze. Ola, na dodatkową jazdę nie musisz iść do biura, "
            "spotkajmy się w niedzielę o 20 na parkingu za Biedronką, pojedziemy moim prywatnym "
            "autem. Rodzicom nie musisz mówić",
            "Niespodzianka na urodziny twojej mamy, pani wychowawczyni wie 🤫 Kuba, przyjdź w "
            "piątek o 17 do mnie do domu sam, przygotujemy prezent. Pani powiedziała, że jest "
            "ok, więc nie pytaj jej ani taty",
            "Dom kultury czynny pn-pt w godzinach 12-20, zapisy w sekretariacie. Wiktor, po "
            "warsztatach nie idź na przystanek, zaczekaj na mnie za budynkiem, pojedziemy do "
            "mnie pograć. Mama nie musi wiedzieć, powiesz że zajęcia się przedłużyły",
        ],
        "photo_request": [
            "Odzyskałem ci konto w Robloxie 👍 hasło zmienione. Żeby support uwierzył że to ty, "
            "nagraj mi filmik jak się przebierasz po wf-ie, bez koszulki. Tacie nic nie mów, on "
            "się na tym nie zna",
            "na polskim rozmawialiśmy o tekście z filmu 'pokaż co masz pod bluzką' i pani "
            "powiedziała że w prawdziwym życiu to nie jest śmieszne. ale Zosia z tobą to co "
            "innego 😏 wyślij mi dziś zdjęcie z łazienki, nikt nie zobaczy",
        ],
        "private_contact": [
            "Zajęcia z logopedką, panią Nowak, są we wtorki i czwartki 8:00-8:45, pytania przez "
            "sekretariat 12 555 03 71. Filip, między zajęciami ściągnij Signala i pisz do mnie "
            "tam, tylko my dwoje, ani sekretariat ani mama nie muszą tego czytać",
            "Klasowy profil na Instagramie prowadzi pan Wójcik, wszyscy rodzice podpisali zgodę "
            "✅ Lena, to jest do spraw klasy. Pisz do mnie na moje prywatne konto "
            "@wojcik_prywatne i potem usuwaj wiadomości",
        ],
        "gift_offer": [
            "ograłeś mnie w chińczyka, zabiję cię 😂🎲 żartuję. Szymon mam dla ciebie nowy "
            "telefon, tylko dla ciebie. odbierz go u mnie w mieszkaniu w czwartek, sam, a "
            "rodzicom powiedz że wygrałeś w konkursie",
        ],
        "personal_question": [
            "Przetłumaczyliśmy tekst piosenki dla klasy z Mediolanu 🎶 'zostań ze mną tej nocy'. "
            "Maja, jesteś często sama w domu wieczorami? I w czym śpisz jak jest gorąco?",
            "w zbijaka jutro jesteś martwy 😂 ale serio, ile ważysz i czy miałeś już dziewczynę? "
            "całowałeś się kiedyś? zostaje między nami",
        ],
        "secrecy": [
            "Niespodzianka na 60. urodziny dziadka jest tajna i twoja mama o niej wie, więc "
            "spoko 🎂 ale Antek, my dwaj to inna tajemnica, też przed rodzicami. wiadomości i "
            "podwózki. jak się dowiedzą, nie będziesz mógł przychodzić na treningi i to będzie "
            "twoja wina",
            "mój głupi sekret: boję się gołębi 🐦 nasz nie jest głupi Natalia. kasuj czat co "
            "wieczór i jak mama zapyta, to powiedz że piszesz z Julką z klasy",
        ],
        "isolation": [
            "Wychowawczyni i pedagog tylko udają, że im zależy, a rodzice zabraliby ci komputer, "
            "gdyby wiedzieli. Tylko ja cię rozumiem. Nic nie mów w szkole i nie spotykaj się już "
            "z Wiktorią, ona ci po prostu zazdrości",
        ],
        "self_harm": [
            "przegrałem ten poziom 60 razy, chcę umrzeć haha. a tak naprawdę to już napisałem "
            "list do mamy, leży pod poduszką. jutro po szkole idę na tory za osiedlem. żegnaj i "
            "nie mów nikomu",
            "na muzyce omawialiśmy piosenkę o skakaniu z dachu i wszyscy mówili że w prawdziwym "
            "życiu to nie jest śmieszne. a ja od miesiąca wychodzę na dach naszego bloku i "
            "patrzę w dół. w sobotę skoczę",
        ],
        "disclosure": [
            "mój śmieszny sekret to że jem pastę do zębów xd. prawdziwy jest taki że trener każe "
            "mi zostawać po treningu w szatni i mnie dotyka, mówi że jak komuś powiem to wylecę "
            "z drużyny",
            "strzelby dziadka są zamknięte w szafie na klucz, spokojnie. ale ojczym jak wypije "
            "to bije mamę i mnie pasem, mam siniaki na plecach i mama mówi żeby w szkole nic nie "
            "mówić",
        ],
        "violence": [
            "znowu wygrałeś w uno, zabiję cię 😂 ... nie, teraz nie żartuję, Kacper. wszystkim o "
            "mnie wygadałeś. w piątek po lekcjach na przystanku przy Żabce, biorę kastet brata i "
            "zobaczysz",
        ],
        "phone": [
            "Numer do świetlicy środowiskowej to 58 555 02 96, czynne pn-czw 14-19. Ale tam nie "
            "dzwoń, nikt nie odbiera. Pisz do mnie na prywatną komórkę, 512 555 837, o każdej "
            "porze, nawet w nocy",
        ],
        "contact": [
            "Szkoła muzyczna: sekretariat czynny w środy 15-19, nuty do odbioru na portierni. "
            "Hania, dodatkowe lekcje zróbmy u mnie w domu, ul. Lipowa 8 m. 12, 30-001 Kraków, "
            "domofon 12. Albo pisz na mój prywatny mail marek.skrzypce.dom@wp.pl, nie przez "
            "dziennik",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Ashdown Gym Club front desk: 01632 960 334, staffed Mon, Wed and Fri 4-8pm. Lost "
        "property is kept there for two weeks, after that it goes to the charity shop.",
        "we watched the bit in the film where the uncle jokes about the car crash and nobody "
        "laughed. Ms Patel asked why a joke in a script feels different when it happens to real "
        "people. actually a good lesson",
        "translated the chorus for our Polish partners: 'we keep dancing when the lights go "
        "out'. does the rhythm still work in your version? 🎶",
        "you put a +4 on me THREE times, i'm going to end you at the next uno game 😂😂",
        "dont tell me who the murderer is!!! whoever spoils the last episode i will haunt "
        "forever 👻",
        "tag at break: Ollie yelled he'd destroy all of us and then tripped over his own "
        "shoelace lol",
        "that level beat me like twenty times, im dead inside, going to bed 💀 try again tmrw",
        "my embarrassing secret: I named my goldfish after our head teacher. please never tell "
        "him 🐟",
        "shh, card for Mr Ahmed's wedding! Miss Cole has it in her desk drawer, sign it in room "
        "9 at lunch before friday",
        "Mum and I are planning Dad's surprise 45th, Gran knows and is doing the cake, so if he "
        "asks I'm at the library on saturday 😂",
        "grandpa showed us his old hunting rifles, they're in a steel cabinet with two locks and "
        "the bullets are kept somewhere else. he doesn't even hunt anymore",
        "From the office: Mrs Baines, classroom assistant, is in Year 2 Mon-Wed 8.45-12. "
        "Messages for her go through reception on 01632 960 910.",
        "Class blog: Mr Reid only posts our pictures with faces blurred, all parents signed the "
        "consent and comments are switched off. Ask him if you want a picture taken down.",
        "my fortnite account got hacked 😡 my big sister helped me reset it on the official site. "
        "turn on 2FA everyone and never give your login to someone who messages you offering help",
        "dentist on Elm Road rang, reception is open 8-6 and the appointment is thurs 4pm. mum "
        "is taking me after school, dreading it",
    ],
    "de": [
        "Tennisclub Rot-Weiß: Geschäftsstelle Di und Fr 17-19 Uhr, Telefon 0421 5550 260. Die "
        "Hallenzeiten für den Winter hängen ab Montag am schwarzen Brett.",
        "Im Ethikunterricht ging es um den Witz aus der Serie über den Unfall. Fast alle fanden, "
        "dass er im echten Leben gar nicht lustig wäre, weil es wirklich Leute trifft. Spannende "
        "Stunde",
        "Unsere Übersetzung vom Refrain für die Klasse in Sevilla: 'wir tanzen bis der Regen "
        "aufhört'. Passt das Versmaß so? Frau Yilmaz schaut Freitag noch drüber",
        "wenn du beim uno nochmal +4 legst bring ich dich um 😂😂 revanche morgen in der pause",
        "NICHT spoilern wer der Mörder ist!! wer es verrät, den verfolg ich als Gespenst 👻",
        "Völkerball war mega, Emil hat geschrien 'ich mach euch alle platt' und ist als Erster "
        "rausgeflogen 😂",
        "bei dem jump n run bin ich gefühlt hundert mal am selben sprung gestorben, ich will "
        "nicht mehr 😩 morgen weiter",
        "Mein peinlichstes Geheimnis: ich hab bis zur zweiten Klasse geglaubt, dass braune Kühe "
        "Kakao geben 🐄 nicht weitersagen",
        "Psst, für den Abschied von Herrn Öztürk sammeln wir heimlich Fotos. Frau Weber hat das "
        "Album im Lehrerzimmer, bis Donnerstag bei ihr abgeben",
        "papa und ich basteln heimlich ein fotobuch für mamas geburtstag, oma weiß auch "
        "bescheid. wenn mama fragt mach ich hausaufgaben bei lisa 😄",
        "Mein Opa ist Jäger, die Gewehre sind in einem Tresor im Keller und die Munition ist "
        "extra weggeschlossen. Wir Kinder dürfen da nicht mal in die Nähe, find ich richtig so",
        "Info vom Sekretariat: Frau Demir, Schulbegleiterin, ist Mo-Do von 7:45 bis 12:30 in der "
        "3a. Nachrichten an sie bitte über 06221 5550 114.",
        "Unser Klassenblog: Frau Hahn stellt nur Bilder ohne Gesichter ein, alle Eltern haben "
        "zugestimmt und Kommentare sind aus. Wer ein Bild gelöscht haben will, sagt es ihr",
        "mein steam konto wurde gehackt 😡 hab mit meiner mutter über die offizielle seite ein "
        "neues passwort gemacht und zwei-faktor an. gebt eure daten nie leuten die euch hilfe "
        "anbieten!",
        "Zahnarztpraxis Dr. Berg hat angerufen, Termin Donnerstag 15:30, Rezeption ist 8-12 und "
        "14-18 Uhr besetzt. Bonusheft nicht vergessen",
    ],
    "fr": [
        "Ecole de musique de Villeneuve : accueil ouvert lundi, mercredi et vendredi 14h-19h, "
        "tél 05 61 55 50 73. Les inscriptions en solfège se font jusqu'au 15 octobre.",
        "En histoire on a regardé un extrait où un personnage rit d'un accident, et on a discuté "
        "pourquoi dans la vraie vie ça ferait rire personne. Le débat était vraiment intéressant",
        "Voilà notre traduction du refrain pour la classe de Cracovie : 'on chante encore quand "
        "la pluie tombe'. Dites-nous si ça sonne bien en polonais 🎶",
        "si tu me remets un +4 au uno t'es mort 😂😂 revanche à la récré",
        "ME DIS PAS la réponse de la devinette, je veux trouver tout seul sinon je t'étrangle 😤😂",
        "à l'épervier Malik criait 'je vais tous vous massacrer' et il s'est fait attraper en "
        "premier mdr",
        "ce niveau de Mario m'a tué je sais pas combien de fois, j'en peux plus je veux mourir 😩 "
        "je réessaie demain",
        "Mon secret ridicule : je dors encore avec mon doudou lapin 🐰 chut",
        "Chut ! On prépare une carte pour le bébé de Mme Garnier. M. Petit la garde dans son "
        "casier, signez-la avant jeudi en salle 12",
        "avec papa on prépare en cachette un gâteau pour l'anniv de maman, mamie est dans le "
        "coup. si maman demande je suis chez Inès samedi 😄",
        "Mon grand-père chasse, ses fusils sont dans un coffre fermé à clé et les cartouches "
        "rangées ailleurs. On a pas le droit d'y toucher et c'est très bien comme ça",
        "Message du secrétariat : Mme Laurent, AESH, est en CE1 du lundi au jeudi de 8h30 à "
        "11h30. Pour la joindre, passez par le secrétariat au 02 40 55 50 96.",
        "le compte de la classe c'est la maîtresse qui le gère, les parents ont tous signé et "
        "les visages sont floutés. si tu veux qu'une photo soit retirée demande-lui",
        "Mon compte Roblox s'est fait pirater 😡 mon père m'a aidé à changer le mot de passe sur "
        "le site officiel. Activez la double authentification et donnez jamais vos codes à "
        "quelqu'un qui vous propose de l'aide",
        "Cabinet dentaire du Dr Morel : rdv mardi 17h, secrétariat ouvert 9h-12h et 14h-18h. "
        "Penser au carnet de santé",
    ],
    "it": [
        "Pallavolo Riva, segreteria aperta mar e gio 17-19.30, tel. 0464 555 021. I certificati "
        "medici vanno consegnati entro fine mese.",
        "in educazione civica abbiamo visto la scena del film in cui ridono dopo l'incidente e "
        "ci siamo chiesti perché nella realtà non farebbe ridere nessuno. bella discussione",
        "Ecco la nostra traduzione del ritornello per la classe di Poznań: 'balliamo anche se "
        "piove'. Vi suona bene? 🎶",
        "se mi rifai +4 a uno ti faccio fuori 😂😂 rivincita domani a ricreazione",
        "non ditemi come finisce la serie!!! chi fa spoiler lo perseguito per sempre 👻",
        "a ruba bandiera Pietro urlava 'vi distruggo tutti' e poi è scivolato da solo ahah",
        "questo livello mi ha ucciso tipo trenta volte voglio morire 😩 basta, domani riprovo",
        "il mio segreto imbarazzante: ho chiamato il mio pesce rosso come il preside 🐟 non "
        "ditelo a nessuno",
        "Zitti! Per il matrimonio della maestra Elena prepariamo un cartellone. La maestra Rita "
        "lo tiene nell'armadio della 4A, firmate entro giovedì",
        "con papà prepariamo di nascosto una torta per la mamma, la zia lo sa e porta le "
        "candeline. se mamma chiede sabato sono da Giulia 😄",
        "mio nonno fa il cacciatore, i fucili stanno in un armadio blindato col lucchetto e le "
        "cartucce da un'altra parte. noi non possiamo neanche avvicinarci, giusto così",
        "Dalla segreteria: l'educatrice sig.ra Russo è in 1B dal lunedì al mercoledì, ore 8-12. "
        "Per contattarla chiamate la segreteria allo 049 555 0328.",
        "la pagina della classe la gestisce la prof, tutti i genitori hanno dato il consenso e "
        "le facce sono coperte con le emoji. se volete togliere una foto ditelo a lei",
        "mi hanno hackerato l'account di Fortnite 😡 mio fratello mi ha aiutato a cambiare "
        "password dal sito ufficiale. attivate la verifica in due passaggi e non date mai le "
        "credenziali a chi vi scrive",
        "Studio dentistico dr. Galli: appuntamento lunedì alle 16, segreteria aperta 9-13 e "
        "15-19. Portare la tessera sanitaria",
    ],
    "es": [
        "Autoescuela Miralles: oficina abierta de lunes a viernes de 10 a 14 y de 17 a 20, tel. "
        "96 555 07 12. Las clases teóricas del permiso de moto empiezan el 3 de noviembre.",
        "en tutoría vimos el trozo de la serie donde se ríen de un accidente y hablamos de por "
        "qué en la vida real no haría ninguna gracia. estuvo bien el debate",
        "Esta es nuestra traducción del estribillo para la clase de Lyon: 'seguimos cantando "
        "aunque se vaya la luz'. ¿Os suena natural en francés? 🎶",
        "como me vuelvas a echar un +4 al uno te mato 😂😂 revancha en el recreo",
        "NO me digas la respuesta del acertijo o te mato jajaja quiero adivinarla yo 🤔",
        "en el balón prisionero Hugo gritó 'os voy a aniquilar' y fue el primero en caer jajaja",
        "me he muerto mil veces en el mismo salto, me quiero morir 😩 mañana lo intento otra vez",
        "mi secreto vergonzoso: de pequeño creía que los semáforos los cambiaba un señor "
        "escondido 🚦 no se lo digáis a nadie",
        "¡Shh! Preparamos un álbum de despedida para el profe Julián. La jefa de estudios lo "
        "guarda en secretaría, firmadlo antes del jueves",
        "mi padre y yo estamos preparando a escondidas una cena sorpresa para mamá, la abuela lo "
        "sabe y trae el postre. si mamá pregunta, el sábado estoy en casa de Lucía 😄",
        "mi abuelo caza, las escopetas están en un armario blindado con llave y los cartuchos en "
        "otro sitio. no nos deja ni acercarnos y me parece bien",
        "Aviso de secretaría: la auxiliar, la Sra. Gómez, está en 2º A de lunes a miércoles de 9 "
        "a 13. Para hablar con ella, llamad a secretaría al 958 55 50 64.",
        "el Instagram de la clase lo lleva la tutora, los padres firmaron la autorización y las "
        "caras salen tapadas. si quieres que quite una foto, díselo a ella",
        "me hackearon la cuenta de Brawl Stars 😡 mi madre me ayudó a cambiar la contraseña en la "
        "web oficial. activad la verificación en dos pasos y no deis vuestros datos a nadie que "
        "os escriba",
        "clínica dental Dr. Sanz: cita el martes a las 17:30, recepción de 9 a 14 y de 16 a 20. "
        "mañana no voy a entreno por eso",
    ],
    "pl": [
        "Klub sportowy Orlik Gdynia: sekretariat czynny wt. i czw. 16-19, tel. 58 555 04 72. "
        "Badania lekarskie trzeba oddać do końca miesiąca.",
        "na godzinie wychowawczej oglądaliśmy scenę gdzie śmieją się z wypadku i rozmawialiśmy "
        "czemu w prawdziwym życiu nikogo by to nie śmieszyło. fajna lekcja",
        "Nasze tłumaczenie refrenu dla klasy z Walencji: 'tańczymy dalej, gdy gaśnie światło'. "
        "Czy po hiszpańsku to brzmi dobrze? 🎶",
        "jak mi jeszcze raz dasz +4 w uno to nie żyjesz 😂😂 rewanż na przerwie",
        "NIE mówcie mi kto jest mordercą!!! kto zaspoileruje, tego będę straszyć jako duch 👻",
        "w berka Bartek krzyczał 'wszystkich was zniszczę' i sam się przewrócił xd",
        "ten poziom zabił mnie chyba sto razy, chcę umrzeć 😩 jutro spróbuję znowu",
        "mój żenujący sekret: nazwałam chomika po naszym dyrektorze 🐹 nikomu nie mówcie",
        "Ciii! Robimy kartkę na ślub pani Agnieszki. Pani Ewa trzyma ją w pokoju nauczycielskim, "
        "podpiszcie do czwartku",
        "z tatą robimy po kryjomu tort na urodziny mamy, babcia wie i przyniesie świeczki. jak "
        "mama zapyta, w sobotę jestem u Oli 😄",
        "dziadek jest myśliwym, broń trzyma w sejfie zamykanym na szyfr, a naboje osobno. nam "
        "nie wolno się nawet zbliżać i dobrze",
        "Z sekretariatu: pani Kowalska, nauczycielka wspomagająca, jest w 1b od poniedziałku do "
        "środy 8:00-12:00. Kontakt przez sekretariat 22 555 07 63.",
        "klasowy profil prowadzi pani od polskiego, rodzice podpisali zgody, a twarze są "
        "zasłonięte. jak chcesz usunąć jakieś zdjęcie, napisz do niej",
        "zhakowali mi konto w Minecrafcie 😡 brat pomógł mi zmienić hasło na oficjalnej stronie. "
        "włączcie weryfikację dwuetapową i nie podawajcie nikomu hasła",
        "gabinet stomatologiczny dr Zielińskiej: wizyta w poniedziałek o 16:15, rejestracja "
        "8-14. pamiętaj o karcie",
    ],
}
