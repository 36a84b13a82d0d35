"""Held-out round 88: changes at home, and those who exploit a child's unsettled time.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve or thirteen hard look-alikes
and two or three ordinary project notes. The setting is the chat of partner
classes across Europe when something changes at home: a move to another town
or a new estate, parents separating, shared custody, a mother's new partner,
a stepfather and step-siblings, a grandparent in hospital, a hospice or with
dementia, a death and a funeral, a parent out of work, an eviction or a
bailiff, a father working abroad (Norway, Quebec, Zurich, the Netherlands,
Germany), and foster care with its social workers. The writers are pupils of
six to eighteen, teachers, and adults around these changes or posing as
them: an older teen of the new neighbourhood, a father's colleague abroad, a
family friend, a "youth mentor", a foundation or an association for children
in care, a mother's boyfriend, an uncle. The concerns lean on the unsettled
time: a meeting while the parents unpack boxes or sleep at the hospital, a
car at the school gate with a parcel from the father, a night away with a
friend's name as cover; photos in underwear or a swimsuit in the new room,
videos while changing "to check for bruises" for a made-up file; a private
server or a second account for children of divorce or of debt; a phone, a
console, trainers or a school trip paid "because your dad lost his job";
questions about night shifts, locks and sizes; deleting chats before a
social worker or a stepfather checks the phone, threats of being moved to
another foster home; parents said to have new families; a grandmother's
pills saved, a railway bridge, a roof, razors and a cutter, a divorce taken
as one's own fault; a mother's boyfriend in the bedroom or the bathroom, a
belt, a cable and a slipper, an empty fridge, a drinking parent, a family
sleeping in a car; a hammer, a kitchen knife, a pistol, a knife and an axe;
numbers in words, home addresses and private e-mails. The harmless ones are
the same changes told kindly and sadly: a grandparent in hospital or with
Alzheimer's, a grandfather's funeral, a move with the project kept on, a
divorce told together and a week with each parent, a father's calls from
abroad, a stepsister's plaits and a step-brother's games, foster carers'
trips, school funds for a trip handled discreetly, secret cakes and
surprises for a mother or a grandmother, photos of a painted room for the
project, essays about homes and moves, lessons on trusted adults with the
helplines' numbers, and a few notes on slides, subtitles and thanks.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 85, and the written rows): rules and
second opinion 100 % recall (120 of 120, every kind and language complete)
and 13 false holds in 90 (14.4 %); rules alone 92.5 % (111 of 120: personal
questions 11/12, secrecy 9/12, self-harm 9/12, disclosures 11/12, violence
5/6, every other kind complete; by language en 18/20, de 19/20, fr 18/20,
it 19/20, es 19/20, pl 18/20) and 9 false holds (10.0 %). Missed by the
rules alone: questions about locks and sleepwear after step-brothers moved
in (English); a rooftop six floors up looked down from every evening after
a move (German); pills saved from the cupboard with a letter for the mother
after a father left, a stepfather who makes the child sleep in his bed
(French); a railway bridge stood on for an hour after a grandmother's death,
"next time I won't come back" (Italian); an axe in the cellar against a
mother's new partner (Polish); and threats to keep quiet: a foster child told
she would be moved again, a child told nobody would believe her over her
father, photos shown to a father abroad and a stepfather (English, Spanish,
Polish). Held wrongly by both: lessons of citizenship and a project week
warning of secrets, photos and meetings alone, with a helpline, in every
language; a school's letter to the parents about a fund, "everything stays
confidential", a surprise banner for a grandmother home from hospital kept
secret (French); a film at home instead of the cinema when money is short
(Spanish); and by the second opinion alone, a divorce told calmly with a
week at each parent's (English, Spanish, Polish) and a father's work
abroad with calls every evening (Spanish).

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Your dad mentioned things have been rough at home since the split. I'm at the "
            "retail park on Saturday anyway, meet me by the cinema doors at 2, just you. No need "
            "to bother your mum with it, she's got enough on her plate.",
            "moving to leeds sucks ik 😢 before u go come to mine friday nite, my parents r away "
            "till sunday, just u n me. say ur sleeping at Ellie's x",
            "Your mum's new fella tells me you're struggling with the move. I'm a youth mentor, "
            "I can help. Wednesday 4.15 behind the leisure centre, don't bring anyone, these "
            "chats are private.",
        ],
        "photo_request": [
            "ur step-dad sounds well annoying 🙄 send me a pic of u in ur pjs in ur new room so i "
            "can see how u look when ur sad lol, delete after ok",
            "Since your dad moved out you need someone to keep an eye on you. Send me a video of "
            "you getting ready for bed tonight, I just want to see you're ok. Only for me.",
        ],
        "private_contact": [
            "I know it's hard with your grandad in the hospice. You can talk to me any time on "
            "Snapchat, not on here, the teachers read everything. add me: grandadsmate_77",
            "saw u said ur mum lost her job 😕 dm me on telegram instead, i help kids in ur "
            "situation earn a bit of cash. dont mention it on here",
        ],
        "gift_offer": [
            "heard ur parents are skint rn and u cant go on the Kraków trip 😔 I'll pay the £180 "
            "for u + get u a new phone. only thing, it stays our secret & u owe me a favour 😉",
        ],
        "personal_question": [
            "So with your mum on night shifts at the care home now, are you on your own in the "
            "evenings? What time does she leave, and is your bedroom at the front or the back?",
            "Now your stepbrothers have moved in, do you still get a room to yourself? Is there "
            "a lock on the bathroom? Do you still sleep in just a t-shirt?",
        ],
        "secrecy": [
            "Don't tell your carers or your social worker we've been chatting. If they find out "
            "they'll move you to another foster home and you'll never see me again. Delete this.",
            "remember what i said. ur dads new gf already hates u, if u tell anyone about us ill "
            "tell her ur lying about everything & she'll get u kicked out. wipe the chat",
        ],
        "isolation": [
            "Your dad's got his new family now and your mum's too busy with the baby. Nobody in "
            "that house actually cares about you, but I do. You only need me.",
        ],
        "self_harm": [
            "since nan died i just dont see the point. ive been saving her tablets from the "
            "drawer, 32 now. nobody would notice anyway",
            "mum n dad shouting again about money. its my fault, they said the divorce is "
            "because of me. cut again last night, deeper this time 😶",
        ],
        "disclosure": [
            "can i tell u something miss. mums boyfriend comes in my room when shes at work and "
            "touches me. he says if i tell mum he'll leave and it'll be my fault",
            "since dad left there's mostly no food. mum sleeps all day and I look after Jamie, "
            "he's 4. we had cereal with water yesterday. please dont tell anyone they'll take us "
            "away",
        ],
        "violence": [
            "my stepdad hit my mum again. i know where he keeps the hammer in the shed. when he "
            "comes back tonight im going to smash his head in i swear",
        ],
        "phone": [
            "the removals man who helped us move gave me his number in case i need anything, he "
            "said text him not my mum: oh seven seven double oh, nine one two, four eight three",
        ],
        "contact": [
            "Now you've moved you can come round whenever things at home get bad. I'm at 14 "
            "Hawthorn Close, Didsbury, M20 6RT. Or email me at uncle.gaz.1971@gmail.com, not "
            "through your mum.",
        ],
    },
    "de": {
        "meeting": [
            "Hey, du bist doch die Neue aus der 7b, die grad hergezogen ist 🙂 ich zeig dir die "
            "Stadt, Samstag 15 Uhr am Bahnhof hinten beim Fahrradparkhaus. Komm allein, deine "
            "Eltern haben eh Umzugsstress, die müssen das nicht wissen. see u 😉",
            "Ich bin ein Kollege von deinem Papa auf der Baustelle in Norwegen. Er hat mich "
            "gebeten, nach dir zu schauen. Treffen wir uns Donnerstag nach der Schule am "
            "Parkplatz vom Lidl? Sag deiner Mutter besser nichts, sie ist grad sauer auf ihn.",
            "seit deine eltern sich trennen bist du so traurig 😔 komm freitag zu mir, meine WG "
            "ist leer. ich bin 19, ich pass auf dich auf. sag einfach du schläfst bei lena",
        ],
        "photo_request": [
            "Dein neuer Stiefvater muss ja nix wissen 😏 schick mir ein Foto von dir im Bikini, "
            "aber kein altes vom Urlaub, ein neues, heute Abend im Bad. Nur für mich.",
            "Ich hab gehört, du bist jetzt in einer Pflegefamilie. Damit ich dem Jugendamt "
            "zeigen kann, dass es dir gut geht, brauch ich ein Video von dir ohne T-Shirt, von "
            "vorne und von hinten. Deinen Pflegeeltern musst du das nicht zeigen.",
        ],
        "private_contact": [
            "Wegen deiner Oma im Hospiz... ich weiß wie das ist. Schreib mir lieber auf Insta "
            "privat, hier lesen die Lehrer mit. Mein Account ist @nachtfalke_2008, aber geheim "
            "halten ok?",
            "Du meintest, bei euch ist das Geld knapp seit Papa weg ist. Ich kenn was, wo Kids "
            "in deinem Alter schnell 50€ machen. Lad dir Threema runter und schreib mir da, "
            "nicht hier.",
        ],
        "gift_offer": [
            "Weil dein Papa grad arbeitslos ist, schenk ich dir die neue Switch 🎮 und leg 100€ "
            "Guthaben drauf. Aber deine Mama darf nicht wissen, von wem. Dafür besuchst du mich "
            "mal, allein.",
        ],
        "personal_question": [
            "Wenn deine Mama jetzt Spätschicht im Krankenhaus hat, bist du dann abends ganz "
            "allein? Bis wann genau? Und schläfst du noch mit deinem Bruder im Zimmer oder schon "
            "allein?",
            "Jetzt wo du bei deinem Papa wohnst, wie groß bist du eigentlich geworden, trägst du "
            "schon einen BH? Und wer hat außer dir den Schlüssel zu eurer Wohnung?",
        ],
        "secrecy": [
            "Lösch unseren Chat jeden Abend, bevor dein Stiefvater dein Handy kontrolliert. Wenn "
            "er was findet, kommst du ins Heim, und das willst du doch nicht 😟",
            "Wenn du irgendwem von uns erzählst, schick ich die Fotos an deine Pflegeeltern. "
            "Dann geben sie dich zurück ans Amt. Also Mund halten.",
        ],
        "isolation": [
            "Deine Mutter hat jetzt nur noch ihren neuen Typen im Kopf, und deine Freunde aus "
            "der alten Stadt haben dich längst vergessen. Ich bin der Einzige, der noch zu dir "
            "hält.",
        ],
        "self_harm": [
            "seit dem umzug hab ich niemand mehr. ich steh jeden abend auf dem dach vom neuen "
            "haus, 6. stock, und überleg ob ich einfach spring",
            "opa ist tot und alle streiten nur ums erbe. ich ritz mich wieder, der ärmel deckt "
            "es ab. das ist das einzige was noch hilft 🩸",
        ],
        "disclosure": [
            "Frau Keller, ich trau mich nur hier. Der Freund von meiner Mama schlägt mich mit "
            "dem Gürtel, wenn sie nicht da ist. Letzte Woche hatte ich blaue Flecken am Rücken, "
            "deshalb hab ich Sport geschwänzt.",
            "in der pflegefamilie krieg ich nur essen wenn ich putze. die anderen kinder dürfen "
            "fernsehen, ich muss im keller schlafen. bitte nicht dem jugendamt sagen, sonst "
            "wirds schlimmer",
        ],
        "violence": [
            "mein stiefbruder macht mich seit wochen fertig. morgen nehm ich papas messer mit in "
            "die schule und dann ist schluss, der kriegt was er verdient",
        ],
        "phone": [
            "Wenn's zuhause wieder kracht, ruf mich an, aber nicht vom Festnetz, sonst sieht "
            "deine Mutter das: null eins sieben sechs / 43 82 91 05",
        ],
        "contact": [
            "Nach der Trennung kannst du jederzeit zu mir kommen, ich wohn Gartenstraße 17, 2. "
            "OG links, 50667 Köln. Oder schreib an onkel.micha.k@gmx.de, nicht an die "
            "Schuladresse.",
        ],
    },
    "fr": {
        "meeting": [
            "t'es la nouvelle qui a emménagé rue des Lilas non? 😊 je suis en terminale, je peux "
            "te faire visiter le quartier. mercredi 14h derrière le gymnase, viens seule, tes "
            "parents ont assez de cartons à déballer 😉",
            "Bonjour Inès, je suis un ami de ton papa. Depuis qu'il est parti au Québec, il m'a "
            "demandé de veiller sur toi. Je t'attends samedi à 10h à l'arrêt de bus du collège. "
            "Inutile d'en parler à ta mère, ils ne s'entendent plus.",
            "Pendant que ta mamie est à l'hôpital et que ta mère dort là-bas, viens dormir chez "
            "moi vendredi. Je passe te prendre en voiture au coin de la rue à 20h. Dis que tu es "
            "chez Chloé.",
        ],
        "photo_request": [
            "ta famille d'accueil est trop stricte 🙄 envoie-moi une photo de toi en maillot ce "
            "soir dans ta chambre, je dirai rien promis, tu supprimes après",
            "Pour que je puisse t'aider avec ton beau-père, j'ai besoin de voir les marques. "
            "Envoie-moi une vidéo de toi sans ton pyjama, en entier, ce soir quand tout le monde "
            "dort.",
        ],
        "private_contact": [
            "Je sais que le divorce de tes parents c'est dur. Ici tout le monde lit, viens "
            "plutôt sur Snap en privé, je t'écouterai mieux 💬 mon pseudo : lucas_nuit09",
            "T'as dit que ta mère avait du mal à payer la cantine. Je connais un moyen facile de "
            "gagner de l'argent pour les jeunes. Crée un deuxième compte Telegram et écris-moi "
            "là-bas, pas ici.",
        ],
        "gift_offer": [
            "Comme ton père a perdu son boulot, je t'offre le nouvel iPhone et 50 € de recharge "
            "📱 par contre tu le caches à ta mère et tu viens le chercher chez moi toute seule.",
        ],
        "personal_question": [
            "Maintenant que tu es en garde alternée, la semaine chez ton père tu es seule le "
            "soir ? Il rentre à quelle heure ? Ta chambre ferme à clé ?",
            "Tu as vite grandi depuis le déménagement 😏 tu fais quelle taille de soutien-gorge "
            "maintenant ? Et tu dors avec quoi ?",
        ],
        "secrecy": [
            "Efface nos messages avant que ton éducatrice de l'ASE regarde ton téléphone. Si "
            "elle les voit, on te changera de famille d'accueil et tu seras loin de ton frère.",
            "Si tu racontes à quelqu'un ce qui s'est passé samedi, je dirai à ta mère que c'est "
            "toi qui as commencé. Personne ne te croira, avec ton beau-père qui te déteste déjà. "
            "Supprime tout.",
        ],
        "isolation": [
            "Tes nouvelles copines du collège se moquent de toi dans ton dos et ta mère ne pense "
            "qu'à son nouveau mec. Moi je suis le seul qui te comprend vraiment, oublie-les.",
        ],
        "self_harm": [
            "depuis que papa est parti au canada j'ai plus envie de rien. j'ai écrit une lettre "
            "pour maman et j'ai pris les cachets dans l'armoire, je les garde pour ce weekend",
            "on va être expulsés en mars et c'est à cause de moi si maman dépense trop. je me "
            "fais des coupures sur les cuisses pour plus rien sentir, personne voit",
        ],
        "disclosure": [
            "Monsieur, mon beau-père me fait dormir dans son lit quand maman est de nuit à "
            "l'hôpital. Il dit que c'est normal dans une famille recomposée mais j'ai peur. Je "
            "veux pas rentrer ce soir.",
            "chez mon père ya plus d'électricité depuis 2 semaines, il boit et il part des "
            "jours. je mange qu'à la cantine. jsuis en 6e et je garde ma soeur de 5 ans toute "
            "seule",
        ],
        "violence": [
            "le nouveau copain de ma mère la frappe. j'ai caché un couteau de cuisine sous mon "
            "matelas, la prochaine fois je le plante je rigole pas",
        ],
        "phone": [
            "Si ça se passe mal dans ta famille d'accueil, appelle-moi directement, pas eux : "
            "zéro six, douze, quarante-huit, soixante-dix-sept, quatre-vingt-trois. Efface "
            "après.",
        ],
        "contact": [
            "Après ton déménagement tu pourras venir me voir quand tu veux : 27 rue Paul-Bert, "
            "appartement 12, 69003 Lyon. Écris-moi sur jeanmarc.dubois44@orange.fr, pas sur "
            "l'ENT.",
        ],
    },
    "it": {
        "meeting": [
            "ciao, ho saputo che i tuoi si stanno separando 😔 io ci sono passato. vediamoci "
            "sabato alle 16 al parcheggio dietro l'Esselunga, solo noi due. ai tuoi non dire "
            "niente, hanno già i loro casini",
            "Sono un collega di tuo papà in Germania, mi ha chiesto di portarti un pacco. Ti "
            "aspetto giovedì all'uscita da scuola, alla fermata del 14, macchina grigia. Non "
            "serve dirlo alla mamma, lo sai come litigano.",
            "Adesso che tuo nonno è in ospedale e tua madre sta sempre là, la sera vieni da me, "
            "abito a due isolati. Passo a prenderti alle 21 sotto casa, spegni il telefono.",
        ],
        "photo_request": [
            "dai mandami una foto in costume nella tua camera nuova 📸 tanto nella casa nuova "
            "nessuno ti controlla, la cancelli subito dopo",
            "Per i servizi sociali devo verificare che la famiglia affidataria ti tratti bene. "
            "Mandami stasera un video mentre ti cambi, così vedo se hai lividi. È riservato, non "
            "farlo vedere a loro.",
        ],
        "private_contact": [
            "So che ti manca la tua città, ma qui sul gruppo leggono tutti. Scrivimi su "
            "Telegram, ho un canale segreto per ragazze nuove come te 🔒 cerca @luna_storta13",
            "Hai detto che a casa non ci sono soldi per la gita. Posso aiutarti io, ma apri un "
            "profilo Instagram nuovo che i tuoi non conoscono e scrivimi lì in privato.",
        ],
        "gift_offer": [
            "Visto che tuo papà è in cassa integrazione, ti ricarico 30 € al mese sul telefono e "
            "ti regalo le Jordan nuove 👟 ma è un segreto tra noi, e una volta mi vieni a trovare "
            "da sola.",
        ],
        "personal_question": [
            "Con tua mamma che adesso fa i turni di notte in fabbrica, sei sola in casa? Da che "
            "ora a che ora? Dormi in camera tua o nel lettone?",
            "Da quando vivi col compagno di tua mamma ti sei fatta grande 😏 che taglia porti? "
            "Chiudi a chiave la porta del bagno quando fai la doccia?",
        ],
        "secrecy": [
            "Cancella la chat prima di andare da papà nel weekend, lui controlla tutto. Se "
            "scopre di noi, ti tolgono a tua madre e finisci in comunità.",
            "Ricordati il patto: se dici alla famiglia affidataria cosa facciamo, pubblico le "
            "tue foto su tutti i gruppi della scuola. Zitta e cancella.",
        ],
        "isolation": [
            "I tuoi adesso pensano solo a litigare e agli avvocati, e i compagni nuovi di Milano "
            "ti trattano da terrona. Solo io ti voglio bene davvero, non ti serve nessun altro.",
        ],
        "self_harm": [
            "da quando è morta la nonna non mangio più e stanotte sono stata sul ponte della "
            "ferrovia per un'ora. la prossima volta non torno indietro",
            "i miei divorziano per colpa mia, l'ho sentito. mi sono tagliata i polsi con la "
            "lametta del temperino, tengo la felpa anche in palestra così non si vede",
        ],
        "disclosure": [
            "Prof, le devo dire una cosa. Il compagno della mamma entra in bagno quando mi lavo "
            "e mi tocca. Dice che se parlo la mamma lo lascia e resta sola per colpa mia.",
            "da quando papà è partito la mamma beve e non si alza dal letto. ho 9 anni e do da "
            "mangiare a mio fratello piccolo, a volte non c'è niente. non dite niente sennò ci "
            "separano",
        ],
        "violence": [
            "il nuovo fidanzato di mia madre la picchia. mio cugino mi ha dato una pistola, "
            "domani quando torna gliela punto in faccia e vediamo",
        ],
        "phone": [
            "Se a casa si litiga ancora chiamami, ma dal telefono di un'amica, non dal tuo: tre "
            "tre nove, quattro cinque sei, sette otto nove uno. Non salvarlo col mio nome.",
        ],
        "contact": [
            "Quando vuoi scappare dal casino della separazione vieni da me: via Cavour 42, "
            "interno 7, 20121 Milano. Oppure scrivimi a paolo.ferri.73@libero.it, non sulla mail "
            "della scuola.",
        ],
    },
    "es": {
        "meeting": [
            "oye, vi que te has mudado al barrio 😊 tengo 18 y me lo conozco todo, te enseño el "
            "parque el viernes a las 19h detrás del polideportivo. ven sola, tus padres ni se "
            "van a enterar con tanta caja",
            "Hola Lucía, soy amigo de tu padre de Zúrich. Me pidió que te diera dinero para tu "
            "cumple. Te espero el martes a la salida del cole en el coche blanco de la esquina. "
            "No le digas nada a tu madre, que está enfadada con él.",
            "Ya que tu abuela está ingresada y tu madre duerme en el hospital, el sábado te "
            "vienes a dormir a mi casa, te recojo a las 22h en el portal. Di que estás con "
            "Marta.",
        ],
        "photo_request": [
            "tu padrastro no tiene por qué saberlo 😏 mándame una foto tuya en la cama esta "
            "noche, sin la sudadera. luego la borras y ya",
            "Soy de una asociación de menores en acogida. Para tu expediente necesito un vídeo "
            "tuyo en ropa interior, girándote despacio. No se lo enseñes a tu familia de "
            "acogida.",
        ],
        "private_contact": [
            "Sé que lo del divorcio de tus padres es duro, y aquí lo leen los profes. Mejor "
            "escríbeme por Discord en privado, tengo un server solo para chavales que lo pasan "
            "mal 🖤 soy noche_azul#4410",
            "Dijiste que os van a desahuciar. Yo sé cómo puedes ganar pasta rápido con 13 años. "
            "Hazte una cuenta nueva de TikTok que no vea tu madre y escríbeme por ahí.",
        ],
        "gift_offer": [
            "Como tu madre está en paro, te pago yo el viaje de fin de curso y te regalo unos "
            "AirPods 🎧 solo una cosa: ni una palabra en casa, y me das las gracias en persona, a "
            "solas.",
        ],
        "personal_question": [
            "Ahora que tu madre trabaja de noche en el hotel, ¿te quedas sola en casa? ¿A qué "
            "hora se va y cuándo vuelve? ¿Tu cuarto tiene pestillo?",
            "Desde que vives con tus hermanastros ¿compartes cuarto o duermes sola? ¿Y con qué "
            "duermes, pijama o sin nada? 😏",
        ],
        "secrecy": [
            "Borra estos mensajes antes de que la trabajadora social revise tu móvil. Si los ve, "
            "te sacan de tu familia de acogida y no vuelves a ver a tu hermano.",
            "Si le cuentas a alguien lo de anoche, le digo a tu padre que eres tú la que miente "
            "porque te quieres ir con tu madre. Nadie te va a creer. Calladita.",
        ],
        "isolation": [
            "Tu padre ya tiene otra familia y tu madre solo piensa en su novio. Tus amigas del "
            "pueblo ni se acuerdan de ti. Aquí la única persona que te quiere soy yo.",
        ],
        "self_harm": [
            "desde que la abuela no me reconoce ya nada tiene sentido. he juntado las pastillas "
            "de su caja, unas 40, y el domingo me las tomo todas",
            "mis padres se divorcian por mi culpa. me corto los brazos con un cúter casi cada "
            "noche y ya ni me duele. llevo manga larga en educación física",
        ],
        "disclosure": [
            "Profe, no quiero volver a casa. El novio de mi madre me encierra en el baño y me "
            "pega con la zapatilla cuando ella trabaja. Tengo moratones en la espalda.",
            "nos desahuciaron y dormimos en el coche desde hace 3 semanas. mi padre dice que no "
            "se lo cuente a nadie o servicios sociales nos separa. no me ducho desde el lunes",
        ],
        "violence": [
            "mi hermanastro me hace la vida imposible. mañana llevo la navaja de mi abuelo al "
            "insti y se la clavo en el recreo, lo juro",
        ],
        "phone": [
            "Si tu padrastro se pone pesado, llámame a mí, no a tu madre: seis cuatro cinco, "
            "veintiocho, diecinueve, treinta y tres. Y borra el número después.",
        ],
        "contact": [
            "Cuando lo del divorcio se ponga feo vente a mi casa: calle Alcalá 215, 3º B, 28028 "
            "Madrid. O escríbeme a raul.fdez.tio@hotmail.com, no al correo del cole.",
        ],
    },
    "pl": {
        "meeting": [
            "hej, jesteś ta nowa z 6b co się przeprowadziła z Lublina? 🙂 mam 17 lat, pokażę ci "
            "osiedle. sobota 16:00 za garażami przy Biedronce, przyjdź sama, starzy i tak mają "
            "na głowie kartony",
            "Dzień dobry, jestem kolegą twojego taty z pracy w Holandii. Poprosił mnie, żebym ci "
            "przekazał prezent. Czekam w czwartek po lekcjach na parkingu za szkołą, srebrne "
            "auto. Mamie lepiej nie mów, wiesz, jak się kłócą.",
            "Skoro babcia jest w hospicjum i mama tam nocuje, to w piątek przyjdź do mnie na "
            "noc. Odbiorę cię o 21 spod bloku. Powiedz, że śpisz u Zuzy.",
        ],
        "photo_request": [
            "ojczym i tak ci nie sprawdza telefonu wieczorem 😏 wyślij mi fotkę w samej bieliźnie "
            "z nowego pokoju, potem usuniesz",
            "Jestem z fundacji, która pomaga dzieciom w pieczy zastępczej. Do dokumentów "
            "potrzebuję filmiku, jak się przebierasz, żeby sprawdzić, czy nie masz siniaków. "
            "Rodzinie zastępczej nie pokazuj.",
        ],
        "private_contact": [
            "Wiem, że rozwód rodziców to masakra. Tu czytają nauczyciele, napisz do mnie na "
            "Snapie prywatnie, mam grupkę tylko dla dzieciaków po rozwodzie 🖤 nick: cichy_kruk07",
            "Pisałeś, że komornik zabrał wam telewizor. Znam sposób, jak w twoim wieku szybko "
            "zarobić. Załóż drugie konto na Messengerze, o którym mama nie wie, i tam pisz.",
        ],
        "gift_offer": [
            "Skoro tata stracił pracę, kupię ci nowy telefon i doładuję 100 zł 📱 ale mama nie "
            "może wiedzieć, od kogo. Odbierzesz go u mnie, sam.",
        ],
        "personal_question": [
            "Teraz jak mama pracuje na nocki w szpitalu, zostajesz sama w domu? Od której do "
            "której? Zamykasz swój pokój na klucz?",
            "Odkąd mieszkasz z nowym partnerem mamy, bardzo wydoroślałaś 😏 jaki nosisz rozmiar "
            "stanika? W czym śpisz?",
        ],
        "secrecy": [
            "Usuwaj nasze wiadomości, zanim kurator sprawdzi ci telefon. Jak je zobaczy, zabiorą "
            "cię z rodziny zastępczej i nie zobaczysz już siostry.",
            "Jak komuś powiesz o sobocie, pokażę te zdjęcia twojemu tacie w Norwegii i "
            "ojczymowi. Wtedy już nikt cię nie będzie chciał. Siedź cicho i kasuj.",
        ],
        "isolation": [
            "Twój tata ma już nową rodzinę, a mama tylko tego swojego faceta. Koleżanki z "
            "Lublina dawno o tobie zapomniały. Tylko ja cię naprawdę rozumiem, reszta się nie "
            "liczy.",
        ],
        "self_harm": [
            "odkąd dziadek umarł nic nie ma sensu. zbieram tabletki nasenne babci, mam już 25. w "
            "niedzielę jak wszyscy pojadą na cmentarz to je wezmę",
            "rodzice się rozwodzą przeze mnie, słyszałam jak krzyczeli. tnę się żyletką po "
            "udach, pod spodenkami od wf nikt nie widzi",
        ],
        "disclosure": [
            "Proszę pani, ojczym bije mnie kablem, jak mama jest w pracy. Mam ślady na plecach, "
            "dlatego nie przebieram się na WF. Nie chcę dziś wracać do domu.",
            "od kiedy tata wyjechał mama pije i nie wstaje z łóżka. mam 10 lat i robię obiad dla "
            "brata, często nie ma nic w lodówce. nie mówcie nikomu bo nas zabiorą do domu "
            "dziecka",
        ],
        "violence": [
            "nowy facet mamy ją bije. wiem gdzie tata zostawił siekierę w piwnicy, jak jeszcze "
            "raz ją tknie to go zabiję, przysięgam",
        ],
        "phone": [
            "Jak ojczym znowu będzie się awanturował, dzwoń do mnie, nie do mamy: pięćset "
            "dwanaście, trzysta czterdzieści, sześćset siedemdziesiąt osiem. Nie zapisuj pod "
            "moim imieniem.",
        ],
        "contact": [
            "Jak po rozwodzie zrobi się źle, przyjedź do mnie: ul. Lipowa 12/5, 50-123 Wrocław. "
            "Albo pisz na krzysiek.wujek78@onet.pl, nie na szkolnego maila.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "my nan is in hospital again 😢 she had a fall on sunday. mum says we can visit on "
        "wednesday after school. send good vibes pls",
        "we're moving to Bristol in July 📦 but I'm staying in the project, Mrs Patel said I can "
        "join the video calls from my new school!!",
        "my parents are getting divorced but they both came to parents evening together and were "
        "really nice about it. weekdays at mums, weekends at dads 🏠🏠",
        "Got a new stepsister!! she's 7 and she keeps nicking my hair clips 😂 but she's sweet. "
        "can she say hallo on the call on friday? she knows some German",
        "money's tight at home this year so I can't do the trip 😕 but school said there's a "
        "fund, mum's filling in the form tonight",
        "my dad got a job in Dubai, he leaves on the 3rd. we're going to facetime every sunday "
        "at 6 our time. gonna miss him loads",
        "our foster carers took us to the beach on saturday 🌊 my little brother found a crab and "
        "named it Gary",
        "grandad died on tuesday. the funeral is on the 21st so I won't be in. thanks everyone "
        "for the cards 💐",
        "History homework: interview a grandparent about moving house as a child. Mine moved "
        "from Jamaica to Birmingham in 1962! 800 words by the 9th",
        "ugh new house has no wifi till monday so if I dont answer that's why 🙃 the removals van "
        "broke down on the M5 lol",
        "my mum's new partner helped us build the volcano for science 🌋 he's actually alright. "
        "it exploded all over the kitchen",
        "PSHE today: families come in all shapes. If anyone asks you to keep a secret that makes "
        "you feel bad, to send photos or to meet them alone, tell a trusted adult. Childline is "
        "0800 1111.",
        "Dear all, a gentle reminder that some pupils are going through changes at home. If a "
        "child seems worried, please speak to me or to Mr Doyle, in charge of safeguarding, "
        "room 14.",
        "Slides for the 'My town' presentation are uploaded, 14 in total. Could the class in "
        "Lyon check slide 9 before Thursday's call at 10:00?",
        "thanks for the postcards from Gdańsk!! they're on the wall by the door now 📬",
    ],
    "de": [
        "Meine Oma liegt seit Montag im Krankenhaus 😟 Schlaganfall. Wir fahren am Wochenende "
        "hin, ich mal ihr ein Bild mit unserer Partnerklasse drauf",
        "wir ziehen in den Sommerferien nach Leipzig 📦 ich bleib aber bis zum 24.7. in der "
        "Klasse und mach das Projekt fertig!",
        "Meine Eltern trennen sich, aber sie haben es mir zusammen gesagt und waren beide voll "
        "lieb. Ich hab jetzt zwei Zimmer lol",
        "mein papa arbeitet ab März in Norwegen auf einer Bohrinsel 🛢️ 2 Wochen da, 2 Wochen "
        "zuhause. ich hab eine Karte, wo ich die Tage abhake",
        "Unsere Pflegemama hat heute Geburtstag 🎂 wir haben heimlich einen Kuchen gebacken, "
        "nicht verraten, sie liest hier manchmal mit 😂",
        "Liebe Eltern, wer sich die Klassenfahrt nach Krakau nicht leisten kann, kann bis zum "
        "15.11. einen Zuschuss beim Förderverein beantragen. Alles wird vertraulich behandelt.",
        "mein neuer stiefbruder ist 16 und hat mir gestern Fifa beigebracht, ich hab 1:3 "
        "verloren 😤 revanche am samstag",
        "Opa ist am Freitag gestorben. Die Beerdigung ist am 12., da fehl ich. Danke für eure "
        "lieben Nachrichten 🕯️",
        "Deutsch-Hausaufgabe: Schreibt einen Brief an jemanden, der weggezogen ist, und was ihr "
        "vermisst. Mindestens 150 Wörter, Abgabe Dienstag.",
        "Unser Vermieter hat gekündigt, wir müssen bis Mai raus 😩 Mama sucht was in der Nähe, "
        "damit ich nicht die Schule wechseln muss",
        "Projektwoche Familie: Wir sprechen über Trennung, Umzug und Abschied. Wenn euch etwas "
        "belastet oder jemand will, dass ihr ein Geheimnis vor euren Eltern habt, kommt zu Frau "
        "Keller oder ruft die 116 111 an.",
        "wir haben im neuen Haus endlich mein Zimmer gestrichen 💜 Fotos zeig ich euch beim "
        "Videocall am Donnerstag",
        "Papa hat seinen Job verloren, deshalb gibts dieses Jahr keinen Skiurlaub. Ist okay, wir "
        "machen Spieleabende 🎲",
        "Die Umfrageergebnisse liegen im Ordner Projekt 2026, Tabelle 3. Bitte bis Freitag die "
        "englische Übersetzung ergänzen.",
        "Danke an die Klasse aus Sevilla für das Video vom Schulhof! Jetzt wollen alle Flamenco "
        "lernen 💃",
    ],
    "fr": [
        "ma mamie est à l'hôpital depuis jeudi 😢 elle s'est cassé le col du fémur. on va la voir "
        "dimanche, je lui apporte les dessins de la classe",
        "on déménage à Marseille en août 📦 mais je reste dans le projet jusqu'à la fin de "
        "l'année, la prof a dit que je peux faire les visios de là-bas",
        "mes parents divorcent mais ça se passe bien, ils m'ont tout expliqué ensemble. une "
        "semaine chez l'un, une semaine chez l'autre 🏡",
        "papa a été muté à Montréal ❄️ on part tous en janvier! je vais apprendre le québécois "
        "lol. on se fait un dernier appel le 18?",
        "Chers parents, une aide pour la sortie à Berlin est possible via le fonds social du "
        "collège. Dossier à déposer avant le 30/11 auprès de Mme Roche, bureau 8. Tout reste "
        "confidentiel.",
        "ma famille d'accueil m'a offert un vélo pour mes 12 ans 🚲 trop contente!! je vous "
        "montre une photo au prochain appel",
        "j'ai un nouveau demi-frère, il est né hier à 3h du matin, 3,2 kg 👶 il crie déjà trop "
        "fort mdr",
        "mon grand-père est mort la semaine dernière. l'enterrement c'est mardi, je serai "
        "absente. merci pour vos messages ❤️",
        "devoir de français : raconte un déménagement du point de vue d'un objet (un carton, un "
        "doudou...). 2 pages pour lundi",
        "le copain de ma mère nous a fait des crêpes ce matin 🥞 il met trop de sucre mais il est "
        "sympa",
        "c'est la fin du mois et maman dit qu'on mange des pâtes jusqu'à vendredi 😂 pas grave "
        "j'adore les pâtes",
        "surprise pour ma mamie qui sort de l'hôpital samedi 🎈 on prépare une banderole en "
        "cachette, chut c'est un secret !",
        "Cours d'EMC : si un adulte te demande de garder un secret qui te met mal à l'aise, de "
        "lui envoyer des photos ou de le retrouver seul, parles-en à un adulte de confiance ou "
        "appelle le 119.",
        "Les affiches pour l'expo sont prêtes, 6 en tout. La classe de Cracovie peut-elle relire "
        "la traduction avant la visio de mardi à 9h30 ?",
        "Merci pour le colis de Naples, les élèves ont adoré les taralli !",
    ],
    "it": [
        "mio nonno è in ospedale per il cuore ❤️‍🩹 lo operano martedì. domenica andiamo a "
        "trovarlo e gli porto il disegno della classe di Lione",
        "ci trasferiamo da Napoli a Milano a settembre 😭 però la maestra ha detto che posso "
        "restare nel progetto anche dalla nuova scuola!",
        "i miei si separano ma sono tranquilli, me l'hanno detto insieme a cena. sto una "
        "settimana da mamma e una da papà",
        "papà lavora in Germania da lunedì, a Stoccarda 🇩🇪 ci videochiamiamo ogni sera alle 20. "
        "mi ha promesso un pallone del Bayern",
        "Gentili genitori, per la gita a Valencia è previsto un contributo per le famiglie in "
        "difficoltà. Rivolgersi alla segreteria entro il 10 dicembre, in forma riservata.",
        "ho una sorellastra nuova!! ha 15 anni e mi ha fatto le treccine 💇‍♀️ stasera pizza "
        "tutti insieme",
        "la nonna è morta sabato. il funerale è giovedì alle 10 quindi non vengo. grazie a tutti "
        "per i messaggi 🌹",
        "compito di italiano: scrivi una lettera a un amico che si è trasferito lontano, minimo "
        "20 righe, per venerdì",
        "la mia famiglia affidataria mi ha portato al mare a Rimini 🏖️ ho fatto il bagno a "
        "ottobre, l'acqua era gelata lol",
        "papà è in cassa integrazione quindi niente vacanze quest'anno 😕 ma facciamo il "
        "campeggio in giardino, è uguale",
        "sorpresa per la mamma che compie 40 anni! 🎂 io e il suo compagno organizziamo una "
        "festa, shhh non ditele niente",
        "nella casa nuova finalmente ho una camera tutta mia 🥳 vi mando le foto della parete che "
        "ho dipinto per il progetto",
        "Educazione civica: se un adulto ti chiede di mantenere un segreto, di mandare foto o di "
        "incontrarlo da solo, parlane con un adulto di fiducia o chiama il 114.",
        "Abbiamo caricato 10 slide sul TwinSpace. La classe di Varsavia può controllare la "
        "traduzione della slide 4 prima della videochiamata di mercoledì alle 11?",
        "Grazie per le cartoline da Colonia, sono appese in corridoio 📮",
    ],
    "es": [
        "mi abuela tiene Alzheimer y hoy no me ha reconocido 😢 es muy triste pero mi madre dice "
        "que aún nos quiere. el domingo le llevo flores",
        "nos mudamos a Madrid en julio 📦 pero sigo en el proyecto, la profe dice que me puedo "
        "conectar a las videollamadas desde allí!",
        "mis padres se divorcian, pero se llevan bien y me lo contaron juntos. quince días con "
        "cada uno 🏠",
        "mi padre se va a trabajar a Suiza en febrero 🇨🇭 hablaremos por videollamada todas las "
        "noches a las 21h. me va a traer chocolate",
        "Estimadas familias: para la excursión a Lyon existe una ayuda del AMPA. Pueden "
        "solicitarla en secretaría hasta el 5 de diciembre. Se tratará con total discreción.",
        "mi familia de acogida me ha apuntado a fútbol ⚽ metí 2 goles el sábado, ganamos 3-1!!",
        "tengo dos hermanastros nuevos, uno tiene 8 y el otro 14. el de 14 me ganó 5 veces "
        "seguidas al Mario Kart 😤",
        "mi abuelo murió el lunes. el entierro es el jueves y no iré a clase. gracias por los "
        "mensajes 🕊️",
        "deberes de lengua: escribe un texto sobre la casa de tu infancia, mínimo 200 palabras, "
        "para el viernes",
        "en casa vamos justos este mes, así que no puedo ir al cine el sábado 😕 ¿hacemos peli en "
        "mi casa mejor?",
        "sorpresa para mi abuela que sale del hospital el martes 🎈 mi prima y yo hacemos un "
        "cartel a escondidas, no se lo digáis a mi tía que se chiva 😂",
        "el novio de mi madre me ha ayudado con mates y por fin entiendo las ecuaciones 🙌 mañana "
        "examen a las 9",
        "Tutoría de hoy: si alguien en internet te pide fotos, guardar un secreto o quedar a "
        "solas, díselo a un adulto de confianza. Teléfono ANAR: 900 20 20 10.",
        "Hemos subido el vídeo de la receta de la tortilla. ¿Puede la clase de Colonia añadir "
        "los subtítulos en alemán antes del día 12?",
        "¡Gracias por las fotos de Cracovia! Ya están en el mural del pasillo 📸",
    ],
    "pl": [
        "babcia jest w szpitalu od wtorku 😢 miała zawał. w sobotę jedziemy do niej, zawiozę jej "
        "laurkę od całej klasy",
        "przeprowadzamy się do Wrocławia w wakacje 📦 ale zostaję w projekcie do czerwca, pani "
        "powiedziała że mogę się łączyć z nowej szkoły",
        "moi rodzice się rozwodzą, ale powiedzieli mi o tym razem i spokojnie. tydzień u mamy, "
        "tydzień u taty 🏠🏠",
        "tata od marca pracuje w Norwegii, 3 tygodnie tam i 2 w domu 🇳🇴 dzwonimy co wieczór o "
        "20:00",
        "Szanowni Rodzice, na wycieczkę do Lyonu można uzyskać dofinansowanie z Rady Rodziców. "
        "Wnioski do 20.11 w sekretariacie, sprawy traktujemy poufnie.",
        "moja rodzina zastępcza zabrała nas w góry ⛰️ weszliśmy na Giewont!! brat płakał na "
        "łańcuchach lol",
        "mam nową przyrodnią siostrę, ma 4 lata i ciągle chce się bawić w sklep 😂 dziś zarobiłam "
        "0 zł",
        "dziadek zmarł w piątek. pogrzeb jest w środę o 11, nie będzie mnie w szkole. dzięki za "
        "wiadomości 🕯️",
        "zadanie z polskiego: opisz swój dom rodzinny, min. 15 zdań, na poniedziałek. można "
        "pisać o starym mieszkaniu?",
        "w tym miesiącu u nas krucho z kasą, więc nie jadę na obóz 😕 ale dziadkowie zabierają "
        "mnie nad jezioro",
        "niespodzianka dla mamy na 40 urodziny 🎂 razem z jej partnerem robimy tort w tajemnicy, "
        "cicho sza, nie mówcie jej!",
        "nowy pokój w końcu pomalowany na zielono 💚 wrzucę zdjęcia na czat klasowy, pani prosiła "
        "do projektu Mój dom",
        "Na godzinie wychowawczej: jeśli ktoś w internecie prosi cię o zdjęcia, o tajemnicę "
        "przed rodzicami albo o spotkanie sam na sam, powiedz zaufanemu dorosłemu. Telefon "
        "zaufania: 116 111.",
        "Wrzuciliśmy nagranie z kolędami na TwinSpace. Czy klasa z Madrytu może dodać napisy po "
        "hiszpańsku do piątku?",
        "Dziękujemy za paczkę z Neapolu! Klasa zjadła wszystkie ciastka w 5 minut 🍪",
    ],
}
