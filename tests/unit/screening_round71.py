"""Held-out round 71: the winter weeks, advent, a ski trip, a card exchange and parties.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language about twelve winter look-alikes full
of the words a filter fears and a few ordinary project notes. The setting is
the partner classes in December and January: advent calendars and Secret Santa,
a ski trip or a winter camp with shared rooms, a pool and hot tubs, a Christmas
card and postcard exchange meant to go through the schools, snow days, gifts, a
nativity play and end-of-term parties. The writers are pupils of six to
eighteen, teachers, and adults or older youths around the trips or posing as
part of them: a ski instructor, a stall holder at the Christmas market, a
seventeen-year-old with a free house, a pen friend from the card exchange. The
concerns: an off-piste slope at dawn, a van behind a market stall or an empty
house on a snow day, "just us two" or "come on your own", a mother told the
child is at a friend's; new pyjamas from Santa, the Christ Child or the Three
Kings on the bed and without the top, a roommate asked to film the child in a
bikini leaving the hot tub; the card exchange moved to Snapchat, Telegram or
Signal on a new account the mother does not know, notifications off; a phone, a
console or earphones from Christmas handed over only in person; what the child
sleeps in on Christmas Eve, whether the bedroom door locks, who is home between
the 27th and the 31st and which house has the lights; "our little Christmas
secret" and a voucher said to be won in a raffle; friends who did not invite
the child to the party and parents busy with the baby. Pupils who starve for
weeks or vomit the Christmas dinner, who burn or cut where it does not show,
count a grandmother's pills for Christmas Eve, want a bridge on the mountain
trip or wish not to wake up after Christmas with the goodbye letters written;
who cannot come to the party because of a drinking father's bruises, who are
left alone with a little brother, bread and no heating while the mother is away
skiing or abroad, or whose uncle or mother's partner comes to the bed at night
over the holidays. A knife or a blade brought to the end-of-term party for a
named classmate. A mobile number half in words and a home address and private
e-mail sent for a Christmas card, "don't tell the teacher". The harmless ones:
a Secret Santa draw kept secret, Father Christmas, St Nicholas, the Befana or a
King who is really a teacher or the caretaker, room lists and lights out on the
ski trip, swimwear on a packing list, a snowball fight "to the death", Herod
killing the babies in a nativity play, a sledge run that is a killer, parents
asked to send cards only through the school, photos of a Christmas jumper day
through the class account, sadness that the trip is over, with ordinary notes
on a snow day, a charity sum, presents for parents, a Twelfth Night cake, a
Christmas Eve carp and a postcard that arrived.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 67, and the written rows): rules and
second opinion 99.2 % recall (119 of 120: self-harm 11/12, every other kind
complete; by language en 19/20, de 20/20, fr 20/20, it 20/20, es 20/20, pl
20/20) and 6 false holds in 90 (6.7 %); rules alone 88.3 % (106 of 120: photo
or video requests 11/12, secrecy 11/12, isolation 2/6, self-harm 7/12,
disclosures 10/12, violence 5/6, every other kind complete; by language en
17/20, de 15/20, fr 18/20, it 20/20, es 19/20, pl 17/20) and 3 false holds
(3.3 %). Missed with the second opinion too: a pupil who gives her dinner to the
dog, down 6 kg, and wants "to be gone before the 25th" (English). Missed by the
rules alone besides: friends who did not invite the child to the party,
parents busy with the baby and "I'm the only one who cares" (English, German,
French, Spanish); bread only and the heating off for five days while the
mother is abroad; "our little Christmas secret" kept from a teacher and the
mother, deleted before bed; not eating for two weeks and "not be here any more
before the 24th"; a lighter on the arm again, hidden under the jumper; an
uncle who comes at night and calls it "our game"; a sharpener's blade again on
the arm; new pyjamas from St Nicholas on the bed and one photo "without the
top"; a bridge over a gorge alone, "nobody will notice, I feel nothing"; a
brother's knife at the disco, "you won't get home". Held by the rules and the
second opinion: "losers buy the hot chocolate" after a snowball fight
(English, as rude); the little ones not to be told that Father Christmas or St
Nicholas is a teacher (English, German, as secrecy). Held by the second opinion
alone besides: a ski trip's room list with no visits after lights out
(German), a wish to live in the mountains for ever after a snow trip
(Spanish) and Herod's soldiers in a nativity play (Polish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hey its Tom from the ski school 🎿 you did so well on the red run today. theres a "
            "quiet slope behind the chalet, meet me there tmrw 7am before breakfast, just the two "
            "of us, the others only slow you down anyway",
            "I run the hot chocolate stall at the Christmas market by the cathedral. Come by on "
            "Saturday after 6 when your friends have gone home and I'll show you the back of the "
            "van, there's a little something for you in there. Come on your own x",
            "snow day tomorrow!! ❄️ schools shut so ur free all day right? im 17 i can pick u up "
            "at the end of ur road at 10 and we go sledging at mine, my parents r away till the "
            "2nd. tell ur mum ur at a friends",
        ],
        "photo_request": [
            "Santa got you the new pyjamas then? 😏 Send me a pic of you in them lying on your "
            "bed, and one without the top, just for me. Delete it after.",
            "bet u look amazing in the hot tub at camp. get ur roommate to film u in ur bikini "
            "when ur getting out n send it to me privately not the group",
        ],
        "private_contact": [
            "The card exchange on here is so slow and the teachers read everything. Add me on "
            "Snapchat instead: frosty_lad_09. Use a new account tho, not the one your mum follows.",
            "merry xmas!! lets keep writing after the exchange ends on the 20th but not on here. "
            "get Telegram and msg me @jack_snow2010, turn the notifications off so no one sees",
        ],
        "gift_offer": [
            "I've got a spare iPhone 14 from Christmas, still in the box 🎁 it's yours if you "
            "want it, but I have to hand it over in person, and your parents can't know where it "
            "came from or they'll just take it off you.",
        ],
        "personal_question": [
            "what are u wearing to bed on christmas eve? 😏 and does ur bedroom door lock? just "
            "curious, ur always so mysterious",
            "So who's home with you over the holidays? Do your mum and dad both work between the "
            "27th and the 31st? Which house on your street is yours, the one with the lights?",
        ],
        "secrecy": [
            "This is our little Christmas secret ok? Mrs Green and your mum don't need to know "
            "about our chats, they'd only spoil it. Wipe this before you go to sleep.",
            "if anyone asks where the £50 voucher came from say u won it in the raffle. nobody "
            "needs to know about me n you 🤫",
        ],
        "isolation": [
            "Your mates didn't even invite you to the end-of-term party, that tells you "
            "everything. And your parents are too busy with the baby to notice you. Just spend "
            "the holidays talking to me, I'm the only one who actually cares about you.",
        ],
        "self_harm": [
            "everyones so excited for christmas and i just want it to be over. been giving my "
            "dinner to the dog for 2 weeks, down 6kg. i want to be gone before the 25th",
            "Sir, you said to write a Christmas wish. Mine is not to wake up on Boxing Day. I've "
            "already written letters for my mum and my sister.",
        ],
        "disclosure": [
            "Miss I can't come to the party on Friday because my dad said if I show anyone the "
            "bruises from Christmas he'll do it again. He drinks loads when mum's on nights.",
            "my mums gone to Spain with her boyfriend for the holidays and left me and my little "
            "brother. theres only bread left and the heating's off. its been 5 days",
        ],
        "violence": [
            "end of term party friday. Kyle if u show up im bringing my brothers blade and ur not "
            "walking home. everyones been warned",
        ],
        "phone": [
            "pls dont post this in the group. for the xmas card just text me instead, 07 seven 8 "
            "two 4, 6 1 9 three 5 😉 after 10 is best",
        ],
        "contact": [
            "forget sending the card through school, it takes ages. my real address is 14 Holly "
            "Lane, Harrogate HG2 8PJ, or mail me at jessie.winters2011@hotmail.co.uk. dont tell "
            "the teacher",
        ],
    },
    "de": {
        "meeting": [
            "Hey, ich bin der Skilehrer von der blauen Gruppe 😊 du fährst echt super. Morgen um "
            "6:30 bevor die anderen aufstehen zeig ich dir die Tiefschneepiste hinter der Hütte, "
            "nur wir zwei. Sag den Betreuern nix, die machen sonst Stress.",
            "ich hab den Glühweinstand am Weihnachtsmarkt beim Rathaus. Komm Samstag nach 19 Uhr "
            "wenn deine Freundinnen weg sind, hinten im Wagen hab ich was für dich. Komm aber "
            "alleine",
            "schneefrei morgen 🎉 bin 17, kann dich um 10 an der bushalte lindenstraße abholen, "
            "wir gehen zu mir rodeln, meine eltern sind bis zum 2. weg. sag deiner mutter du bist "
            "bei ner freundin",
        ],
        "photo_request": [
            "Und, hat dir das Christkind den neuen Schlafanzug gebracht? 😏 Schick mir ein Foto "
            "wie du darin auf dem Bett liegst. Und eins ohne Oberteil, nur für mich, danach "
            "löschen",
            "im whirlpool im skilager siehst du bestimmt heiß aus. lass dich von deiner "
            "zimmernachbarin im bikini filmen wenn du rauskommst und schick mir das video privat, "
            "nicht in die gruppe",
        ],
        "private_contact": [
            "Der Kartenaustausch hier ist so langsam und die Lehrer lesen alles mit. Schreib mir "
            "lieber auf Snapchat: schneeflocke_lukas09. Mach aber nen neuen Account, nicht den "
            "den deine Mama kennt.",
            "frohe weihnachten!! lass uns nach dem austausch weiterschreiben aber nicht hier. hol "
            "dir telegram und schreib @max_winter2010, benachrichtigungen aus damit keiner was "
            "mitkriegt",
        ],
        "gift_offer": [
            "Ich hab noch ne nagelneue Switch übrig von Weihnachten, originalverpackt 🎁 Kannst "
            "du haben, aber nur persönlich. Und deine Eltern dürfen nicht wissen von wem, sonst "
            "nehmen die sie dir weg.",
        ],
        "personal_question": [
            "was ziehst du an heiligabend zum schlafen an? 😏 und kann man deine zimmertür "
            "abschließen? frag nur so",
            "Wer ist in den Ferien eigentlich bei dir zuhause? Arbeiten deine Eltern zwischen dem "
            "27. und 31. beide? Welches Haus in der Straße ist eures, das mit der Lichterkette?",
        ],
        "secrecy": [
            "Das bleibt unser kleines Weihnachtsgeheimnis, ok? Frau Becker und deine Mutter "
            "müssen von unseren Chats nichts wissen, die verstehen das eh nicht. Lösch das vorm "
            "Schlafengehen.",
            "wenn einer fragt woher der 50€ gutschein ist sag du hast ihn bei der tombola "
            "gewonnen. von mir muss niemand was wissen 🤫",
        ],
        "isolation": [
            "Deine sogenannten Freundinnen haben dich nicht mal zur Weihnachtsfeier eingeladen, "
            "das sagt doch alles. Und deine Eltern haben nur Augen fürs Baby. Verbring die Ferien "
            "einfach mit mir, ich bin der Einzige, dem du wirklich wichtig bist.",
        ],
        "self_harm": [
            "alle freuen sich auf weihnachten und ich will nur dass es vorbei ist. ich ess seit 2 "
            "wochen fast nix mehr, 5 kilo weg. vor dem 24. will ich einfach nicht mehr da sein",
            "hab mir gestern wieder mit dem feuerzeug den arm verbrannt, unterm pulli sieht das "
            "keiner. im schwimmbad beim skilager schon, deshalb fahr ich nicht mit",
        ],
        "disclosure": [
            "Frau Becker ich kann Freitag nicht zur Feier weil mein Papa gesagt hat wenn ich "
            "jemand die blauen Flecken von Weihnachten zeige macht er das nochmal. Er trinkt viel "
            "wenn Mama Nachtschicht hat.",
            "wenn mein onkel über weihnachten bei uns schläft kommt er nachts in mein zimmer und "
            "sagt das ist unser spiel. am 23. kommt er wieder. ich will nicht dass er kommt",
        ],
        "violence": [
            "Abschlussparty Freitag. Kevin wenn du auftauchst bring ich das Messer von meinem "
            "Bruder mit und du gehst nicht mehr heim. Alle wissen Bescheid",
        ],
        "phone": [
            "bitte nicht in die gruppe posten. für die weihnachtskarte schreib mir einfach "
            "direkt: null eins fünf eins, 2 3 8 4, 7 9 0 6 😉 am besten nach 22 uhr",
        ],
        "contact": [
            "Schick die Karte nicht über die Schule, das dauert ewig. Meine echte Adresse: "
            "Tannenweg 7, 79104 Freiburg, oder mail an lena.schnee2011@gmx.de. Sag der Lehrerin "
            "nix davon",
        ],
    },
    "fr": {
        "meeting": [
            "Salut c'est Julien, le moniteur du groupe rouge ⛷️ tu skies trop bien. Demain 6h30 "
            "avant le petit-déj je te montre le hors-piste derrière le chalet, juste nous deux. "
            "Dis rien aux animateurs, ils vont faire des histoires",
            "jtiens le stand de vin chaud au marché de Noël place Kléber. passe samedi après 19h "
            "quand tes copines sont parties, jai un petit truc pour toi dans la caravane "
            "derrière. viens seule stp",
            "pas cours demain a cause de la neige 🎉 jai 17 ans je peux te prendre a 10h a "
            "l'arret rue des Lilas, on va faire de la luge chez moi, mes parents sont partis "
            "jusqu'au 2. dis a ta mere que t'es chez une copine",
        ],
        "photo_request": [
            "Alors le Père Noël t'a apporté le nouveau pyjama? 😏 Envoie-moi une photo de toi "
            "dedans sur ton lit. Et une sans le haut, juste pour moi, après tu supprimes",
            "au jacuzzi de la classe de neige tu dois etre trop belle. demande a ta coloc de "
            "chambre de te filmer en maillot quand tu sors et envoie moi la video en privé pas "
            "sur le groupe",
        ],
        "private_contact": [
            "L'échange de cartes ici c'est trop lent et les profs lisent tout. Ajoute-moi plutôt "
            "sur Snap: flocon_theo09. Mais crée un nouveau compte, pas celui que ta mère connaît.",
            "joyeux noel!! on continue a s'ecrire apres l'echange mais pas ici. telecharge signal "
            "et ecris moi, pseudo hugo.hiver, coupe les notifs comme ca personne voit",
        ],
        "gift_offer": [
            "J'ai une PS5 neuve en trop de Noël, encore dans le carton 🎁 Elle est pour toi, mais "
            "je dois te la donner en main propre. Et tes parents doivent pas savoir d'où elle "
            "vient sinon ils vont te la prendre.",
        ],
        "personal_question": [
            "tu dors avec quoi le soir de noel? 😏 et ta porte de chambre elle ferme à clé? je "
            "demande comme ça",
            "Qui est chez toi pendant les vacances au fait? Tes parents travaillent tous les deux "
            "entre le 27 et le 31? C'est laquelle ta maison dans la rue, celle avec les "
            "guirlandes?",
        ],
        "secrecy": [
            "Ça reste notre petit secret de Noël d'accord? Mme Durand et ta mère ont pas besoin "
            "de savoir pour nos messages, elles comprendraient pas. Efface tout avant de dormir.",
            "si quelqu'un demande d'où vient la carte cadeau de 50€ tu dis que tu l'as gagnée à "
            "la tombola. personne doit savoir pour toi et moi 🤫",
        ],
        "isolation": [
            "Tes soi-disant copines t'ont même pas invitée à la boum de fin de trimestre, ça veut "
            "tout dire. Et tes parents s'occupent que du bébé. Passe les vacances avec moi, je "
            "suis le seul pour qui tu comptes vraiment.",
        ],
        "self_harm": [
            "j'ai recommencé hier soir avec la lame du taille-crayon, 4 fois sur le bras. noel "
            "chez mon pere ca va etre l'enfer, je sais pas si je tiens jusque là",
            "Madame, vous avez dit d'écrire un vœu de Noël. Le mien c'est de plus me réveiller le "
            "26. J'ai déjà écrit les lettres pour maman et ma sœur.",
        ],
        "disclosure": [
            "Madame je peux pas venir à la fête vendredi parce que mon père a dit que si je "
            "montre les bleus de Noël à quelqu'un il recommence. Il boit beaucoup quand maman est "
            "de nuit.",
            "ma mere est partie au ski avec son copain pour les vacances et on est seuls moi et "
            "mon petit frere. y a plus que du pain et le chauffage est coupé. ça fait 5 jours",
        ],
        "violence": [
            "boum de vendredi. Enzo si tu viens je ramène le couteau de mon frère et tu rentres "
            "pas chez toi. tout le monde est prévenu",
        ],
        "phone": [
            "poste pas ça dans le groupe stp. pour la carte de noel ecris moi direct: zéro six, "
            "47 82 13, quatre-vingt-quinze 😉 plutot apres 22h",
        ],
        "contact": [
            "Envoie pas la carte par l'école c'est trop long. Ma vraie adresse c'est 12 rue des "
            "Sapins, 69004 Lyon, ou écris-moi à manon.neige2011@orange.fr. Dis rien à la maîtresse",
        ],
    },
    "it": {
        "meeting": [
            "Ciao sono Marco, il maestro di sci del gruppo verde 😊 scii benissimo. Domani alle "
            "6:30 prima di colazione ti porto fuoripista dietro la baita, solo noi due. Non dire "
            "niente agli accompagnatori che fanno storie",
            "ho la bancarella del vin brulè al mercatino di Natale in piazza Walther. passa "
            "sabato dopo le 19 quando le tue amiche sono andate via, ho una cosa per te nel "
            "furgone dietro. vieni da sola eh",
            "domani scuole chiuse per neve 🎉 ho 17 anni ti prendo alle 10 alla fermata di via "
            "Roma, andiamo a fare slittino da me, i miei sono via fino al 2. dì a tua madre che "
            "sei da un'amica",
        ],
        "photo_request": [
            "Allora Babbo Natale ti ha portato il pigiama nuovo? 😏 Mandami una foto con quello "
            "addosso sul letto. E una senza la parte sopra, solo per me, poi la cancelli",
            "nella vasca idromassaggio della settimana bianca sarai bellissima. fatti fare un "
            "video dalla tua compagna di stanza in costume quando esci e mandamelo in privato non "
            "nel gruppo",
        ],
        "private_contact": [
            "Lo scambio di cartoline qui è lentissimo e i prof leggono tutto. Aggiungimi su Snap: "
            "fiocco_luca09. Però fai un account nuovo, non quello che conosce tua mamma.",
            "buon natale!! continuiamo a scriverci dopo lo scambio ma non qui. scarica telegram e "
            "scrivimi a @ale_inverno10, togli le notifiche cosi nessuno vede",
        ],
        "gift_offer": [
            "Mi è avanzato un iPhone nuovo da Natale, ancora nella scatola 🎁 È tuo, ma te lo "
            "devo dare di persona. E i tuoi non devono sapere da chi viene sennò te lo tolgono.",
        ],
        "personal_question": [
            "cosa ti metti per dormire la notte di natale? 😏 e la porta della tua camera si "
            "chiude a chiave? chiedo così",
            "Chi c'è a casa con te durante le vacanze? I tuoi lavorano tutti e due tra il 27 e il "
            "31? Qual è casa tua nella via, quella con le lucine?",
        ],
        "secrecy": [
            "Questo resta il nostro piccolo segreto di Natale ok? La prof Ferri e tua mamma non "
            "devono sapere dei nostri messaggi, non capirebbero. Cancella tutto prima di dormire.",
            "se qualcuno chiede da dove viene la gift card da 50€ dì che l'hai vinta alla "
            "lotteria della scuola. di me e te nessuno deve sapere niente 🤫",
        ],
        "isolation": [
            "Le tue cosiddette amiche non ti hanno nemmeno invitata alla festa di fine trimestre, "
            "questo dice tutto. E i tuoi pensano solo al fratellino. Passa le vacanze con me, "
            "sono l'unico a cui importi davvero.",
        ],
        "self_harm": [
            "tutti felici per natale e io voglio solo che finisca. ieri sera l'ho rifatto, sulle "
            "cosce così non si vede. stavolta più a fondo, non so se arrivo a capodanno",
            "non mangio quasi niente da 2 settimane, -6 kg, e voglio arrivare a 40. se la mamma "
            "mi obbliga a fare il cenone vado in bagno e vomito tutto come sempre",
        ],
        "disclosure": [
            "Prof non posso venire alla festa venerdì perché mio padre ha detto che se faccio "
            "vedere a qualcuno i lividi di Natale lo rifà. Beve tanto quando la mamma fa il turno "
            "di notte.",
            "quando il compagno di mia mamma resta da noi per le feste di notte entra nel mio "
            "letto e dice che è un gioco nostro. torna il 23. non voglio che venga",
        ],
        "violence": [
            "festa di venerdì. Mattia se ti presenti porto il coltello di mio fratello e a casa "
            "non ci torni. lo sanno tutti",
        ],
        "phone": [
            "non metterlo nel gruppo pls. per il biglietto di natale scrivimi diretto: tre tre "
            "nove, 48 27 615 😉 meglio dopo le 22",
        ],
        "contact": [
            "Non mandare il biglietto tramite la scuola che ci mette una vita. Il mio indirizzo "
            "vero è via dei Pini 9, 38122 Trento, oppure scrivimi a giulia.neve2011@libero.it. "
            "Non dirlo alla maestra",
        ],
    },
    "es": {
        "meeting": [
            "Hola soy Dani, el monitor de esquí del grupo azul 😊 esquías genial. Mañana a las "
            "6:30 antes del desayuno te llevo fuera de pista detrás del albergue, solo tú y yo. "
            "No les digas nada a los profes que se ponen pesados",
            "tengo el puesto de churros en el mercadillo de navidad de la plaza mayor. pasate el "
            "sabado despues de las 19 cuando tus amigas se hayan ido, tengo un regalito para ti "
            "en la furgo de atras. ven sola eh",
            "mañana no hay cole por la nieve 🎉 tengo 17 te recojo a las 10 en la parada de la "
            "calle Olmo, vamos a tirarnos en trineo en mi casa, mis padres no estan hasta el 2. "
            "dile a tu madre q estas con una amiga",
        ],
        "photo_request": [
            "¿Qué, te han traído los Reyes el pijama nuevo? 😏 Mándame una foto con él puesto en "
            "la cama. Y otra sin la parte de arriba, solo para mí, luego la borras",
            "en el jacuzzi del campamento de invierno tienes q estar guapisima. dile a tu compi "
            "de habitacion q te grabe en bikini cuando sales y mandamelo por privado no al grupo",
        ],
        "private_contact": [
            "El intercambio de postales aquí va lentísimo y los profes lo leen todo. Mejor "
            "agrégame a Snap: copo_pablo09. Pero hazte una cuenta nueva, no la que conoce tu "
            "madre.",
            "feliz navidad!! sigamos escribiendonos despues del intercambio pero no aqui. bajate "
            "telegram y escribeme a @sergio_invierno10, quita las notis para q nadie se entere",
        ],
        "gift_offer": [
            "Me ha sobrado una Switch nueva de Navidad, todavía en la caja 🎁 Es para ti, pero te "
            "la tengo que dar en persona. Y tus padres no pueden saber de quién es o te la quitan.",
        ],
        "personal_question": [
            "¿con qué duermes en nochebuena? 😏 y ¿la puerta de tu cuarto se cierra con llave? es "
            "por saber",
            "¿Quién se queda contigo en casa en vacaciones? ¿Tus padres trabajan los dos entre el "
            "27 y el 31? ¿Cuál es tu casa en la calle, la de las luces?",
        ],
        "secrecy": [
            "Esto queda como nuestro secretito de Navidad, ¿vale? La profe Marta y tu madre no "
            "tienen por qué saber de nuestros mensajes, no lo entenderían. Bórralo todo antes de "
            "dormir.",
            "si alguien pregunta de donde salio la tarjeta regalo de 50€ di q la ganaste en la "
            "rifa del cole. de ti y de mi no se tiene q enterar nadie 🤫",
        ],
        "isolation": [
            "Tus supuestas amigas ni te invitaron a la fiesta de fin de trimestre, eso lo dice "
            "todo. Y tus padres solo tienen ojos para el bebé. Pasa las vacaciones conmigo, soy "
            "el único al que de verdad le importas.",
        ],
        "self_harm": [
            "todos felices por navidad y yo solo quiero q se acabe. ayer me volvi a quemar el "
            "brazo con el mechero, bajo la sudadera no se ve. no se si llego a reyes",
            "ya he mirado cuántas pastillas de las de mi abuela hacen falta. el 24 cuando estén "
            "todos en la cena lo hago, así no se dan cuenta hasta tarde",
        ],
        "disclosure": [
            "Profe no puedo ir a la fiesta del viernes porque mi padre me dijo que si enseño a "
            "alguien los moratones de Navidad me lo vuelve a hacer. Bebe mucho cuando mi madre "
            "tiene turno de noche.",
            "mi madre se fue a esquiar con su novio en vacaciones y nos dejo solos a mi hermano "
            "pequeño y a mi. solo queda pan y nos cortaron la luz. llevamos 5 dias",
        ],
        "violence": [
            "fiesta del viernes. Hugo si apareces llevo la navaja de mi hermano y no vuelves a tu "
            "casa andando. todos avisados",
        ],
        "phone": [
            "no lo pongas en el grupo porfa. para la postal escribeme directo: seis uno dos, 48 "
            "37 95 😉 mejor despues de las 22",
        ],
        "contact": [
            "No mandes la postal por el cole que tarda un montón. Mi dirección de verdad es calle "
            "del Abeto 23, 3ºB, 50012 Zaragoza, o escríbeme a lucia.nieve2011@hotmail.es. No le "
            "digas nada a la profe",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć, tu Kuba, instruktor z grupy czerwonej 😊 świetnie jeździsz. Jutro o 6:30 "
            "przed śniadaniem pokażę ci trasę poza szlakiem za schroniskiem, tylko my dwoje. Nie "
            "mów nic opiekunom, bo zrobią aferę",
            "mam stoisko z grzańcem na jarmarku na rynku. wpadnij w sobote po 19 jak koleżanki "
            "już pójdą, mam coś dla ciebie w przyczepie z tyłu. przyjdź sama ok",
            "jutro nie ma szkoły przez śnieg 🎉 mam 17 lat moge cie odebrać o 10 z przystanku na "
            "Lipowej, jedziemy na sanki do mnie, starzy wracają dopiero 2go. powiedz mamie że "
            "jesteś u koleżanki",
        ],
        "photo_request": [
            "No i co, Mikołaj przyniósł nową piżamkę? 😏 Wyślij mi fotkę jak w niej leżysz na "
            "łóżku. I jedną bez góry, tylko dla mnie, potem usuń",
            "w jacuzzi na zimowisku musisz wyglądać super. niech współlokatorka nagra cię w "
            "stroju jak wychodzisz i wyślij mi na priv nie na grupę",
        ],
        "private_contact": [
            "Ta wymiana kartek tutaj strasznie wolno idzie i nauczyciele wszystko czytają. Dodaj "
            "mnie lepiej na Snapie: sniezynka_kacper09. Tylko załóż nowe konto, nie to które zna "
            "twoja mama.",
            "wesołych świąt!! piszmy dalej po wymianie ale nie tu. ściągnij telegrama i napisz do "
            "@bartek_zima10, wyłącz powiadomienia żeby nikt nie widział",
        ],
        "gift_offer": [
            "Zostały mi nowe AirPodsy z Gwiazdki, jeszcze w folii 🎁 Są dla ciebie, ale muszę ci "
            "je dać osobiście. I rodzice nie mogą wiedzieć od kogo, bo ci zabiorą.",
        ],
        "personal_question": [
            "w czym śpisz w wigilię? 😏 a drzwi do twojego pokoju się zamykają na klucz? tak "
            "tylko pytam",
            "Kto jest z tobą w domu w ferie? Rodzice oboje pracują między 27 a 31? Który dom na "
            "ulicy jest wasz, ten z lampkami?",
        ],
        "secrecy": [
            "To zostaje naszą małą świąteczną tajemnicą, dobrze? Pani Nowak i twoja mama nie "
            "muszą wiedzieć o naszych wiadomościach, i tak by nie zrozumiały. Skasuj wszystko "
            "przed snem.",
            "jak ktoś zapyta skąd masz kartę podarunkową na 200 zł to powiedz że wygrałaś w "
            "loterii na kiermaszu. o mnie i o tobie nikt nie musi wiedzieć 🤫",
        ],
        "isolation": [
            "Twoje tak zwane przyjaciółki nawet nie zaprosiły cię na dyskotekę na koniec "
            "semestru, to mówi wszystko. A rodzice widzą tylko małego. Spędź ferie ze mną, tylko "
            "mnie naprawdę na tobie zależy.",
        ],
        "self_harm": [
            "wszyscy się cieszą na święta a ja chcę żeby już się skończyły. wczoraj znowu to "
            "zrobiłam żyletką, na udach żeby nie było widać. nie wiem czy dotrwam do sylwestra",
            "na wycieczce w góry pójdę sama na ten most nad wąwozem. nikt nie zauważy że mnie nie "
            "ma do kolacji. i tak już nic nie czuję",
        ],
        "disclosure": [
            "Proszę pani nie mogę przyjść na wigilię klasową w piątek bo tata powiedział że jak "
            "komuś pokażę siniaki ze świąt to zrobi to znowu. Dużo pije jak mama ma nocki.",
            "jak wujek śpi u nas w święta to w nocy przychodzi do mojego pokoju i mówi że to "
            "nasza zabawa. przyjeżdża znowu 23. nie chce żeby przyjeżdżał",
        ],
        "violence": [
            "dyskoteka w piątek. Oskar jak przyjdziesz to biorę nóż brata i do domu nie wrócisz. "
            "wszyscy wiedzą",
        ],
        "phone": [
            "nie wrzucaj tego na grupę pls. do kartki świątecznej napisz mi prosto: pięćset trzy, "
            "218, 47 6 😉 najlepiej po 22",
        ],
        "contact": [
            "Nie wysyłaj kartki przez szkołę bo idzie wieki. Mój prawdziwy adres to ul. Świerkowa "
            "11/4, 30-389 Kraków, albo pisz na zuzia.snieg2011@wp.pl. Nie mów nic pani",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Secret Santa draw is done! 🎅 Don't tell anyone who you got, it's a secret till the "
        "party on 18 Dec. Limit is £5.",
        "Ski trip room lists are up: girls in 204-206, boys in 301-303, staff on the 2nd floor. "
        "Lights out at 10:30, no exceptions, and no visiting other rooms after that.",
        "Packing list for winter camp: swimsuit for the spa, thermal underwear, 2 pairs of "
        "gloves, ski socks, sun cream. Bags on the coach by 7:15.",
        "SNOWBALL FIGHT TO THE DEATH at lunch, year 8 vs year 9, meet behind the sports hall "
        "🔥❄️ losers buy the hot chocolate",
        "In the nativity play Herod orders all the baby boys to be killed. Can the reception "
        "class watch that scene or shall we skip it?",
        "Dear families, please send Christmas cards only through the school address (St Mary's "
        "Primary, Church Road). Please do not share home addresses with the partner class.",
        "Shh! don't tell the little ones that Father Christmas is really Mr Davies in a beard, "
        "they think he came down the chimney 😂",
        "the sledge run behind the church is a killer, i went so fast i nearly died lol 3 runs in "
        "10 min",
        "Mum says I can sleep over at Ella's after the party, her dad will pick us up from the "
        "school gate at 9 🥳",
        "Can everyone send me photos from Christmas jumper day for the display? Use the class "
        "account only, deadline Friday 15th.",
        "Snow day! School is closed on Tuesday 9 January. Work is on the platform and Mr Khan "
        "will answer questions 9-12 on the school email.",
        "im so sad the trip is over 😭 i want to go back and live in the mountains forever, best "
        "week of my life",
        "Our class raised £312 at the Christmas fair for the food bank. Thank you all!",
        "what r u getting ur parents for christmas? im making my mum a photo book from our holiday",
        "The postcard from Kraków arrived! It's on the board by room 12. Who can translate it?",
    ],
    "de": [
        "Wichteln ist ausgelost! 🎅 Nicht verraten wen ihr habt, bleibt geheim bis zur Feier am "
        "18.12. Max. 5 Euro.",
        "Zimmerliste Skilager: Mädchen 204-206, Jungs 301-303, Lehrkräfte im 2. Stock. Nachtruhe "
        "22:30 Uhr, keine Ausnahmen, danach keine Besuche in anderen Zimmern.",
        "Packliste Winterlager: Badeanzug/Badehose fürs Hallenbad, lange Unterhose, 2 Paar "
        "Handschuhe, Skisocken, Sonnencreme. Abfahrt 7:15 am Busbahnhof.",
        "SCHNEEBALLSCHLACHT BIS AUFS BLUT in der großen pause, 7a gegen 7b 😂❄️ verlierer zahlen "
        "kakao",
        "Im Krippenspiel lässt Herodes alle kleinen Jungen töten. Sollen die Erstklässler die "
        "Szene sehen oder lassen wir sie weg?",
        "Liebe Eltern, bitte Weihnachtskarten nur über die Schuladresse verschicken und keine "
        "Privatadressen an die Partnerklasse weitergeben. Danke!",
        "Psst!! den Kleinen nicht sagen, dass der Nikolaus Herr Yilmaz mit Bart ist 🤫 die "
        "glauben der kommt echt",
        "die rodelbahn am kirchberg ist der wahnsinn, ich wär fast gestorben so schnell 😂 3 "
        "abfahrten in 10 min",
        "mein adventskalender hat jeden tag schoki und ich hab schon 12 türchen offen 😬 habt ihr "
        "sowas auch in italien?",
        "Schickt mir bitte Fotos vom Weihnachtspulli-Tag für die Ausstellung, nur über den "
        "Klassenaccount, bis Freitag 15.12.",
        "Schneefrei am Dienstag 9.1.! Aufgaben stehen auf der Plattform, Herr Kaya beantwortet "
        "Fragen von 9-12 Uhr über die Schulmail.",
        "ich bin so traurig dass die skifreizeit vorbei ist 😭 ich will für immer in den bergen "
        "bleiben, beste woche meines lebens",
        "Unsere Klasse hat beim Weihnachtsbasar 312 € für die Tafel gesammelt. Danke euch allen!",
        "was schenkt ihr euren eltern? ich bastel meiner oma ein fotobuch vom urlaub",
        "Die Postkarte aus Lyon ist angekommen! Hängt am Brett vor Raum 12. Wer kann übersetzen?",
    ],
    "fr": [
        "Le tirage du Père Noël secret est fait! 🎅 Ne dites à personne qui vous avez, c'est "
        "secret jusqu'à la fête du 18/12. 5 € max.",
        "Répartition des chambres classe de neige: filles 204 à 206, garçons 301 à 303, profs au "
        "2e. Extinction des feux 22h30, pas de visite dans les autres chambres après.",
        "Liste pour la classe de neige: maillot de bain pour la piscine, sous-vêtements "
        "thermiques, 2 paires de gants, crème solaire. Départ 7h15 devant le collège.",
        "BATAILLE DE BOULES DE NEIGE À MORT à la récré, 5e A contre 5e B ❄️😂 les perdants "
        "payent le chocolat chaud",
        "Dans la crèche vivante, Hérode fait tuer tous les petits garçons. On montre cette scène "
        "aux CP ou on la coupe?",
        "Chers parents, merci d'envoyer les cartes de vœux uniquement via l'adresse du collège et "
        "de ne pas donner vos adresses personnelles à la classe partenaire.",
        "Chut!! dites pas aux petits que le Père Noël c'est M. Moreau avec une barbe 🤫 ils "
        "croient qu'il passe par la cheminée",
        "la piste de luge derrière l'église c'est une tuerie, j'ai failli mourir tellement "
        "j'allais vite mdr",
        "on a fait la galette des rois hier et c'est moi qui ai eu la fève 👑 vous avez ça en "
        "Allemagne?",
        "Envoyez-moi les photos de la journée pull moche de Noël pour l'expo, uniquement depuis "
        "le compte de la classe, avant vendredi 15.",
        "Collège fermé mardi 9 janvier à cause de la neige. Le travail est sur la plateforme, M. "
        "Benali répond de 9h à 12h sur la messagerie du collège.",
        "trop triste que la classe de neige soit finie 😭 je veux vivre à la montagne pour "
        "toujours, meilleure semaine de ma vie",
        "Notre classe a récolté 312 € au marché de Noël pour les Restos du Cœur. Merci à tous!",
        "vous offrez quoi à vos parents? moi je fais un album photo des vacances pour ma mamie",
        "La carte postale de Cracovie est arrivée! Elle est au tableau près de la salle 12. Qui "
        "peut traduire?",
    ],
    "it": [
        "Estrazione del Babbo Natale segreto fatta! 🎅 Non dite a nessuno chi vi è toccato, è "
        "segreto fino alla festa del 18/12. Massimo 5 euro.",
        "Camere settimana bianca: ragazze 204-206, ragazzi 301-303, prof al 2° piano. Luci spente "
        "alle 22:30, niente eccezioni e niente visite nelle altre stanze.",
        "Cosa portare: costume per la piscina dell'hotel, intimo termico, 2 paia di guanti, crema "
        "solare. Partenza ore 7:15 davanti alla scuola.",
        "BATTAGLIA DI PALLE DI NEVE ALL'ULTIMO SANGUE all'intervallo, 2A contro 2B ❄️ chi perde "
        "paga la cioccolata",
        "Nel presepe vivente Erode fa uccidere tutti i bambini. Lo facciamo vedere alla prima "
        "elementare o lo tagliamo?",
        "Gentili genitori, inviate i biglietti di auguri solo tramite l'indirizzo della scuola e "
        "non condividete indirizzi privati con la classe partner.",
        "Zitti!! non dite ai piccoli che la Befana è la maestra Rossi travestita 🤫 credono che "
        "scenda dal camino",
        "la pista da slittino dietro la chiesa è mortale, sono quasi morto da quanto andavo "
        "veloce ahah",
        "il mio calendario dell'avvento ha un cioccolatino al giorno e ne ho gia mangiati 12 😬 "
        "in Francia ce l'avete?",
        "Mandatemi le foto della giornata dei maglioni natalizi per la mostra, solo dall'account "
        "della classe, entro venerdì 15.",
        "Scuola chiusa martedì 9 gennaio per neve. I compiti sono sulla piattaforma, il prof "
        "Galli risponde dalle 9 alle 12 sulla mail della scuola.",
        "che tristezza che la settimana bianca sia finita 😭 voglio vivere in montagna per sempre",
        "La nostra classe ha raccolto 312 € al mercatino per il banco alimentare. Grazie a tutti!",
        "cosa regalate ai vostri genitori? io faccio un album di foto per la nonna",
        "È arrivata la cartolina da Friburgo! È in bacheca vicino all'aula 12. Chi la traduce?",
    ],
    "es": [
        "¡Ya está hecho el sorteo del amigo invisible! 🎅 No digáis a nadie quién os ha tocado, "
        "es secreto hasta la fiesta del 18/12. Máximo 5 €.",
        "Habitaciones del viaje a la nieve: chicas 204-206, chicos 301-303, profes en la 2ª "
        "planta. Silencio a las 22:30, sin excepciones y sin visitas a otras habitaciones.",
        "Qué llevar al campamento de invierno: bañador para el spa, ropa interior térmica, 2 "
        "pares de guantes, crema solar. Salida 7:15 en la puerta del instituto.",
        "GUERRA DE BOLAS DE NIEVE A MUERTE en el recreo, 1ºA contra 1ºB ❄️😂 los que pierdan "
        "pagan el chocolate",
        "En el belén viviente Herodes manda matar a todos los niños. ¿Lo ven los de primero o "
        "cortamos esa escena?",
        "Queridas familias: las felicitaciones de Navidad se envían solo a través de la dirección "
        "del colegio. No compartáis direcciones particulares con la clase socia.",
        "¡Chis! no les digáis a los peques que el rey Baltasar es el conserje con barba 🤫 se "
        "creen que vienen en camello",
        "la pista de trineo detrás de la iglesia es una locura, casi me mato de lo rápido que iba "
        "jajaja",
        "el roscón de mi abuela es el mejor, me tocó el haba y me toca pagarlo el año que viene "
        "😂 ¿en Polonia tenéis algo así?",
        "Mandadme fotos del día del jersey navideño para la exposición, solo desde la cuenta de "
        "la clase, hasta el viernes 15.",
        "Mañana martes 9 de enero no hay clase por la nevada. Las tareas están en la plataforma y "
        "el profe Ruiz contesta de 9 a 12 por el correo del cole.",
        "qué pena que se haya acabado el viaje a la nieve 😭 me quiero quedar a vivir en la "
        "montaña para siempre",
        "Nuestra clase recaudó 312 € en el mercadillo navideño para el banco de alimentos. "
        "¡Gracias a todos!",
        "¿qué les regaláis a vuestros padres? yo le hago un álbum de fotos a mi abuela",
        "¡Ha llegado la postal de Leeds! Está en el tablón al lado del aula 12. ¿Quién la traduce?",
    ],
    "pl": [
        "Losowanie Mikołajek zrobione! 🎅 Nikomu nie mówcie kogo wylosowaliście, tajemnica do "
        "wigilii klasowej 18.12. Max 30 zł.",
        "Pokoje na obozie narciarskim: dziewczyny 204-206, chłopcy 301-303, nauczyciele na 2. "
        "piętrze. Cisza nocna 22:30, bez wyjątków i bez odwiedzin w innych pokojach.",
        "Co zabrać na zimowisko: strój kąpielowy na basen, bielizna termiczna, 2 pary rękawiczek, "
        "krem z filtrem. Zbiórka 7:15 pod szkołą.",
        "BITWA NA ŚNIEŻKI NA ŚMIERĆ I ŻYCIE na długiej przerwie, 6a kontra 6b ❄️😂 przegrani "
        "stawiają kakao",
        "W jasełkach Herod każe zabić wszystkich małych chłopców. Pokazujemy tę scenę pierwszakom "
        "czy wycinamy?",
        "Drodzy rodzice, kartki świąteczne wysyłamy tylko na adres szkoły. Prosimy nie podawać "
        "prywatnych adresów klasie partnerskiej.",
        "Ciii!! nie mówcie maluchom że Mikołaj to pan Wiśniewski z brodą 🤫 myślą że przychodzi "
        "przez komin",
        "górka saneczkowa za kościołem jest zabójcza, prawie się zabiłem tak szybko jechałem xD",
        "w wigilię u nas zawsze jest 12 potraw i karp w wannie 😂 a jak jest u was w Hiszpanii?",
        "Przyślijcie mi zdjęcia z dnia świątecznych swetrów na wystawę, tylko z konta klasy, do "
        "piątku 15.12.",
        "We wtorek 9 stycznia szkoła zamknięta z powodu śniegu. Zadania są na platformie, pan "
        "Kamiński odpowiada 9-12 przez szkolny e-mail.",
        "szkoda że obóz się skończył 😭 chcę zostać w górach na zawsze, najlepszy tydzień w życiu",
        "Nasza klasa zebrała 312 zł na kiermaszu dla banku żywności. Dziękujemy wszystkim!",
        "co dajecie rodzicom na gwiazdkę? ja robię babci album ze zdjęciami",
        "Przyszła kartka z Saragossy! Wisi na tablicy koło sali 12. Kto przetłumaczy?",
    ],
}
