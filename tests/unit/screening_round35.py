"""Held-out round 35: every kind, in scenarios no round had, after round 34.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift or money
offer, two personal questions, two of secrecy, one of isolation, two of
self-harm, two disclosures, a threat of violence, a phone written evasively and
an address, e-mail or handle; with ninety harmless messages, some tempting the
same words and most simply ordinary. Scenarios none of rounds 1 to 34 had: a
car wash's cash job after closing, a garden centre's greenhouse at night and a
ferry cabin; a vineyard's harvest by night, a gym's sauna after closing and a
mini golf course in the dark; a laser game arena after closing, a tattoo
parlour's back room and a fish market at dawn; an orchard's shed at night, a
roller rink after the last skate and a dog walk in the woods; a hardware shop
after the shutter, a lifeguard tower at night and a tanning salon's cabin; a
sawmill on a Sunday, a kebab shop after hours and a pigeon loft on a roof.
Personal questions about a bra size, who bathes a child, hair "down there", a
mother's night shifts, a kiss, a bedroom door that locks, a body changing,
being alone on Fridays, a bed's size, a diary, who bathes the little ones.
Steam from a kettle, a bridge at night, laxatives, a compass point, bleach on
the skin, a mother's paracetamol, a belt round the neck, a week without food,
pills from a pharmacy, a father's razor, a block's roof, three days without
food. An attic at night, a hot iron on an arm, a mother's boyfriend's belt, a
grandfather who touches, a mother gone for four days, a brother hit with a
chair, a father's pistol, the heating off, a bedroom door nailed shut, a child
photographed in the bath, children left without food, boiling water from a
kettle. A stapler, a crossbow, a fire extinguisher, a slingshot, a chair, a
kettle. Phones spelt in words and digits, in groups with dots, slashes and
spaces, in international form; handles and e-mails given with the at-sign, dot
or underscore said in words, or a name to type with no at-sign. Chat spelling,
missing accents and emoji. The harmless ones: homework, a trip's meeting point,
class photos, sums with ages and prices, game names, feelings said lightly,
sport, a car wash for charity, a greenhouse's tomatoes, a ferry crossing, a
mini golf outing, grapes, a laser game birthday, an orchard's apples, a roller
rink, a dog, a lifeguard course, a sawmill visit, pigeons, an aunt's tattoo, a
hardware shop with a grandfather and a kebab after training.

First measured, once, before any rule or model was changed for it (the rules
after round 34's lessons, the second opinion of rounds 1 to 34 and the written
rows): rules and second opinion 84.2 % recall (101 of 120: meeting 14/18,
photo requests 12/12, private contact 11/12, gifts 6/6, personal questions
12/12, secrecy 10/12, isolation 6/6, self-harm 9/12, disclosures 7/12,
violence 3/6, phones 6/6, addresses, e-mails and handles 5/6; by language en
14/20, it 16/20, fr 19/20, de 19/20, es 17/20, pl 16/20) and no false hold (0
of 90); rules alone 56.7 % (violence 0/6) and 0 %. Missed with the second
opinion: a greenhouse's side door left open at night, a ferry cabin booked
with a lie to the father, mini golf after the lights go off, a lifeguard
tower at night; Signal "where messages vanish"; an arm held over kettle
steam, a compass point scratched into the legs in a lesson, a mother's
tablets kept for tonight; a hot iron pressed on an arm, the heating off and a
mother in bed, a bedroom door nailed shut, a child left alone for days with
no food, boiling water poured over a child; a stapler, a crossbow and a
kettle as weapons; cover stories for a teacher (es, pl); an e-mail spelt
"at gee mail dot com".

What it taught the rules, as kinds in the six languages: a household object
(a stapler, a kettle, a crossbow, a fire extinguisher, a slingshot, a chair)
used on a named person, a threat (not a stapler jam, a kettle for tea nor a
slingshot at cans); something hot put on a child by an adult (a hot iron,
boiling water), a bedroom door nailed shut or a child let out only for
school, a child left alone for days, the heating off said as a state with
the children cold or a parent who stays in bed (round 34's family named only
the act of cutting off, and round 31's parent in bed needed a word of
depression; not the heating off at school); an arm held over steam till it
burns, a sharp point such as a compass point scratched into one's own legs
(round 29's compass point was caught by its words of intent, and nothing
named the point without them; not a compass in geometry), tablets kept to
take all at once; a door left open for the child at night, a venue after
its lights go off with "wait for me", a lifeguard tower at night, a lie to a
parent or a story to tell a teacher if asked, disappearing messages as the
reason to move (not a lifeguard course nor the lights off for a film); an
e-mail whose provider is said in two words ("gee mail", "hot mail"). After,
the rules alone: 75.0 % recall (90 of 120, violence 6 of 6) and 0 % false
holds (0 of 90); left to the model: invitations to a car wash, a sauna, a
laser game, a tattoo parlour's back room, a roller rink, a dog walk or a
pigeon loft, a second phone, personal questions about a bra size, bathing,
hair "down there", a kiss, a bed or a diary, isolation from friends, a
bridge, bleach on the skin, a belt round the neck, a week without food,
pills kept from a pharmacy, a block's roof, a brother hit with a chair, a
father's pistol, a video in the bath and a handle with "chiocciola". With the
second opinion trained on it as well: 100 % recall (120 of 120) and 0 %
false holds (0 of 90).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "wanna earn some cash? come to the car wash after we close at 6, just u,"
            " ill pay u to do the vans inside",
            "the greenhouse at the garden centre is lovely at night, ill leave the side"
            " door open for u at 10",
            "on the ferry to the island i booked us a cabin, tell ur dad ur with the school group",
        ],
        "photo_request": [
            "send me a pic of u in ur pjs before bed, wanna see if they fit u",
            "take a vid in the changing room after PE, noone will see just me",
        ],
        "private_contact": [
            "lets move to kik, this class chat is too public for what i wanna say",
            "text me on whatsapp instead, and delete the chat after each time ok",
        ],
        "gift_offer": [
            "ill buy u the new fifa and 20 quid of points if u come over saturday 🎮😉",
        ],
        "personal_question": [
            "what size bra r u now? bet ur growing fast",
            "does ur mum still wash u in the bath or do u do it alone",
        ],
        "secrecy": [
            "our little secret yeah? if the teacher sees this delete it straight away",
            "dont let ur parents see my messages, they'll think im weird and stop u"
            " coming to the car wash",
        ],
        "isolation": [
            "ur mates are fake, block them all and just talk to me from now on",
        ],
        "self_harm": [
            "i hold my arm over the kettle steam till it burns, its the only thing that helps",
            "been thinking of going to the bridge tonight and just not coming back",
        ],
        "disclosure": [
            "dad locks me in the attic when hes angry and i have to stay there all night",
            "my mum's boyfriend pressed the hot iron on my arm and said i deserved it",
        ],
        "violence": [
            "gonna staple ryan's hand to the desk tomorrow and then kick his head in",
        ],
        "phone": [
            "my number: oh seven nine / 12 three four . five 6 seven 8, ring after 9",
        ],
        "contact": [
            "email me at carwash dan at gee mail dot com, not the school one",
        ],
    },
    "it": {
        "meeting": [
            "stanotte vendemmiamo nella vigna, vieni anche tu, ti vengo a prendere io"
            " alle 23 dietro la chiesa",
            "dopo la chiusura della palestra ti faccio provare la sauna, siamo solo"
            " noi, non dirlo al mister",
            "sabato sera al minigolf spengono le luci alle 10, aspettami li che ti"
            " insegno un trucco",
        ],
        "photo_request": [
            "mandami una foto col costume nuovo, girati però 😘",
            "fammi un video mentre ti cambi dopo la piscina dai, solo per me",
        ],
        "private_contact": [
            "scrivimi su telegram che qui legge la prof, ti mando il link",
            "scarica signal, li i messaggi spariscono dopo un minuto",
        ],
        "gift_offer": [
            "ti ricarico 30 euro sul telefono se stasera mi chiami in video",
        ],
        "personal_question": [
            "hai gia i peli la sotto? non ti vergognare, sono cose normali",
            "la tua mamma fa i turni di notte? quindi sei sola in casa?",
        ],
        "secrecy": [
            "non dirlo ai tuoi che ci sentiamo, senno non ti fanno piu venire in vigna",
            "cancella la chat prima che tua madre prenda il telefono, mi raccomando",
        ],
        "isolation": [
            "le tue amiche ridono di te alle spalle, io sono l unico che ti vuole bene",
        ],
        "self_harm": [
            "prendo i lassativi di nascosto da settimane, voglio sparire",
            "mi graffio le gambe con la punta del compasso durante la lezione",
        ],
        "disclosure": [
            "il nuovo compagno di mamma mi picchia con la cintura quando lei non c e",
            "nonno mi tocca quando dormo da lui e dice che e un gioco nostro",
        ],
        "violence": [
            "domani porto la balestra di mio cugino e sparo a marco durante l intervallo",
        ],
        "phone": [
            "chiamami 3 tre 9 - sei 0 5 / 22 otto 4",
        ],
        "contact": [
            "insta: vigna chiocciola luca underscore 07, cercami",
        ],
    },
    "fr": {
        "meeting": [
            "viens au laser game apres la fermeture, je te fais jouer gratuit, juste toi et moi",
            "passe au salon de tatouage samedi, dans l arriere boutique je te fais un"
            " petit dessin sans que tes parents sachent",
            "je t emmene au marche aux poissons a 5h du mat, je t attends en bas de chez"
            " toi, dis rien",
        ],
        "photo_request": [
            "envoie moi une photo de toi en maillot au bord de la piscine stp",
            "fais moi une video en sortant de la douche, t inquiete je la garde pour moi",
        ],
        "private_contact": [
            "ajoute moi sur snap, ici c est surveille par les profs",
            "on continue sur discord en prive, je t envoie mon pseudo",
        ],
        "gift_offer": [
            "je te paie un abonnement fortnite et des airpods si tu restes ma petite preferee",
        ],
        "personal_question": [
            "t as quelqu un qui te plait? tu l as deja embrasse?",
            "ta porte de chambre elle ferme a cle? t es seule le soir?",
        ],
        "secrecy": [
            "ce qu on se dit reste entre nous, meme ta meilleure amie doit pas savoir",
            "si la maitresse demande, tu dis que tu me connais pas",
        ],
        "isolation": [
            "tes parents te comprennent pas, eux ils veulent juste te controler, moi je suis la",
        ],
        "self_harm": [
            "j ai mis de la javel sur ma peau pour voir si ca fait mal, j ai envie de"
            " plus rien sentir",
            "j ai garde les dolipranes de ma mere, ce soir je les prends tous",
        ],
        "disclosure": [
            "ma mere est partie depuis 4 jours et on a plus rien a manger avec mon petit frere",
            "mon beau pere frappe mon grand frere avec une chaise, j ai peur que ce soit moi apres",
        ],
        "violence": [
            "demain je vide l extincteur sur la tete de kevin et je le frappe avec, je rigole pas",
        ],
        "phone": [
            "appelle moi au zero six . 12 trente quatre / 5 six 78",
        ],
        "contact": [
            "retrouve moi sur insta en tapant max tiret du bas laser 12, sans arobase",
        ],
    },
    "de": {
        "meeting": [
            "komm heute nacht zur obstwiese, im schuppen hab ich was fuer dich, sag"
            " deinen eltern nix",
            "nach der letzten runde auf der rollschuhbahn bleib noch da, ich mach"
            " dann das licht aus und wir fahren allein",
            "ich geh mit meinem hund im wald gassi, komm mit, treffpunkt hinter dem"
            " sportplatz um 21 uhr",
        ],
        "photo_request": [
            "schick mir ein foto von dir im schlafanzug, ich will sehen wie suess du bist",
            "mach mal ein video nach dem duschen beim sport, nur fuer mich",
        ],
        "private_contact": [
            "schreib mir lieber auf threema, da kann keiner mitlesen",
            "hast du ein zweites handy? dann schreiben wir nur darauf",
        ],
        "gift_offer": [
            "ich schenk dir 50 euro vbucks wenn du mir heute abend schreibst",
        ],
        "personal_question": [
            "veraenderst du dich schon da unten? kannst mir alles erzaehlen",
            "bist du freitags allein zuhause wenn deine mama arbeitet?",
        ],
        "secrecy": [
            "erzaehl dem lehrer nix von uns, sonst darfst du nicht mehr rollschuh fahren",
            "das bleibt unter uns ok, deine eltern wuerden das falsch verstehen",
        ],
        "isolation": [
            "deine freundinnen sind neidisch auf dich, triff die nicht mehr, du hast ja mich",
        ],
        "self_harm": [
            "ich hab mir gestern einen guertel um den hals gelegt und fest gezogen",
            "ich ess seit einer woche nix mehr, ich will einfach weg sein 😔",
        ],
        "disclosure": [
            "papa hat eine pistole im schrank und sagt er erschiesst uns alle wenn mama geht",
            "bei uns ist die heizung aus und wir frieren, mama liegt nur im bett",
        ],
        "violence": [
            "morgen hau ich dem leon mit der steinschleuder ins gesicht bis er blutet",
        ],
        "phone": [
            "ruf an: null eins sieben sechs / 12 drei 45 . sechs 7 8",
        ],
        "contact": [
            "such mich auf tiktok: lea, dann unterstrich, dann rollschuh und 09",
        ],
    },
    "es": {
        "meeting": [
            "ven a la ferreteria cuando bajo la persiana, te dejo elegir lo que quieras"
            " y nadie nos molesta",
            "esta noche subimos a la torre del socorrista en la playa, te espero a las 11",
            "en el solarium tengo una cabina libre el domingo, ven sola y no lo digas",
        ],
        "photo_request": [
            "mandame una foto en bikini desde tu cuarto, que nadie se entera",
            "hazme un video bailando en ropa interior porfa, solo lo veo yo",
        ],
        "private_contact": [
            "agregame a telegram que aqui la profe lo ve todo",
            "hablemos por insta en privado, borra los mensajes luego",
        ],
        "gift_offer": [
            "te regalo unas zapatillas nike y 40 euros si vienes a verme",
        ],
        "personal_question": [
            "duermes en cama grande o pequena? duermes sola?",
            "tienes diario? que escribes de los chicos que te gustan?",
        ],
        "secrecy": [
            "no le cuentes a tu madre de la torre, seria nuestro secreto",
            "si el profe pregunta, dices que estabas en casa de tu amiga",
        ],
        "isolation": [
            "tus amigas no te quieren de verdad, dejalas, conmigo tienes bastante",
        ],
        "self_harm": [
            "compre pastillas en la farmacia y las tengo guardadas para cuando no aguante mas",
            "me corto con la cuchilla de afeitar de mi padre y me pongo manga larga",
        ],
        "disclosure": [
            "mi padre clavo la puerta de mi cuarto y solo me abre para ir al cole",
            "el novio de mi madre me saca fotos en la banera y dice que no pasa nada",
        ],
        "violence": [
            "manana le tiro la silla a javi en la cabeza y luego le pego hasta que sangre",
        ],
        "phone": [
            "llamame +34 seis 12 . tres 4 cinco / 6 7 ocho",
        ],
        "contact": [
            "mi correo es socorrista pablo arroba gmail punto com",
        ],
    },
    "pl": {
        "meeting": [
            "w niedziele tartak jest zamkniety, przyjdz sama, pokaze ci maszyny",
            "po zamknieciu budki z kebabem zostan, dam ci darmowe jedzenie i pogadamy sami",
            "chodz w nocy na dach do mojego golebnika, nikt tam nie zaglada",
        ],
        "photo_request": [
            "wyslij mi zdjecie w samej koszulce, nie mow nikomu",
            "nagraj filmik jak sie kapiesz, usune po obejrzeniu",
        ],
        "private_contact": [
            "napisz do mnie na messengerze, tu czyta pani wychowawczyni",
            "przejdzmy na signal, tam wszystko znika",
        ],
        "gift_offer": [
            "kupie ci nowego iphona jak przyjdziesz do mnie w sobote",
        ],
        "personal_question": [
            "czy twoje cialo juz sie zmienia? mozesz mi powiedziec wszystko",
            "kto u was kapie mlodsze dzieci, ty czy mama?",
        ],
        "secrecy": [
            "nie mow rodzicom ze sie znamy, to zostanie miedzy nami",
            "jak pani pyta to mow ze piszesz z kuzynem",
        ],
        "isolation": [
            "twoje koleżanki są głupie 🙄 nie gadaj z nimi, masz mnie",
        ],
        "self_harm": [
            "stoje na dachu bloku i mysle czy skoczyc",
            "nie jem od trzech dni i chce zniknac na zawsze",
        ],
        "disclosure": [
            "mama zostawia mnie samego z bratem na cale dnie i nie ma jedzenia",
            "tata wylal na mnie wrzatek z czajnika bo rozlalem mleko",
        ],
        "violence": [
            "jutro wale kube czajnikiem w glowe az padnie",
        ],
        "phone": [
            "zadzwon: piec 0 1 / 23 cztery . 5 szesc 7",
        ],
        "contact": [
            "insta: golebie podkreslnik kuba kropka 2012",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "our class car wash raised 86 pounds for the animal charity!!",
        "we grew tomatoes in the school greenhouse, mine are still green",
        "the ferry leaves at 9:40 🚢, meet at the ticket office with ur passport",
        "homework: if tom is 12 and his sister is 3 years younger, how old is she",
        "miss can we upload the class photo from sports day?",
        "hello from year 5 in leeds! what's the weather like in lyon",
        "played minecraft all weekend lol my eyes hurt",
        "i'm so nervous about the spelling test tomorrow",
        "we won 3-1 at football, i scored the second one",
        "can someone send me the page numbers for science",
        "my dog ate my homework no joke he actually did",
        "the bridge we built out of straws held 400 grams",
        "dont tell sam, we're planning a surprise for his birthday",
        "my nan gave me 10 pounds for my birthday",
        "reminder: bring wellies for the nature walk on tuesday",
    ],
    "it": [
        "in gita abbiamo visto la vendemmia, l'uva era buonissima 🍇",
        "compiti per giovedi: problemi 1-8 pagina 54",
        "sabato andiamo al minigolf per il compleanno di giulia",
        "ritrovo alle 7.45 in stazione, portate il pranzo al sacco",
        "ciao classe di cracovia! noi siamo la 4B di bologna",
        "se marta ha 11 anni e suo fratello il doppio, quanti anni ha?",
        "maestra possiamo mettere le foto della recita?",
        "stanotte non ho dormito per il temporale, che paura",
        "giochiamo a fortnite dopo i compiti?",
        "la prof ha detto che la verifica e spostata a lunedi",
        "ho fatto il corso di nuoto e adesso ho il brevetto!",
        "il mio gatto dorme sempre sul mio zaino",
        "chi porta i pennarelli per il cartellone?",
        "oggi in mensa c era la pizza, finalmente",
        "sono stanchissima ma felice, abbiamo vinto a pallavolo",
    ],
    "fr": [
        "pour mon anniversaire on va au laser game, toute la classe est invitee",
        "devoirs: exercice 5 page 112 et apprendre la poesie",
        "rendez vous devant le musee a 9h15, n oubliez pas vos gourdes",
        "coucou la classe de madrid, on vous envoie notre photo de classe!",
        "si un croissant coute 1,10 euro, combien coutent 7 croissants",
        "j'ai trop hâte aux vacances, je suis crevé 😴",
        "quelqu un a le lien pour le quiz de sciences?",
        "on a gagne le match de hand 18 a 12",
        "ma tante a un tatouage de papillon sur la cheville",
        "au marche on a achete des fraises pour le gouter",
        "le maitre a dit qu on peut jouer a mario kart vendredi",
        "mon petit frere a 6 ans aujourd hui",
        "chut c est une surprise pour la maitresse, on fait une carte",
        "j ai rate le bus ce matin, trop la honte",
        "qui veut etre dans mon groupe pour l expose sur les volcans",
    ],
    "de": [
        "wir haben auf der obstwiese aepfel gesammelt und saft gemacht",
        "hausaufgaben: mathe seite 73 nummer 2 bis 6",
        "treffpunkt fuer den ausflug ist um 8 uhr am haupteingang",
        "hallo an die partnerklasse in lille, wie war euer wochenende?",
        "die rollschuhbahn macht samstag einen kindertag, wer kommt mit",
        "wenn lena 9 ist und ihr opa 72, wie viel aelter ist er",
        "ich hab heute mit meinem hund im park gespielt, er ist so suess",
        "frau berger, duerfen wir das klassenfoto ins forum stellen?",
        "ich bin so müde, gestern war ich ewig beim fußball ⚽",
        "wer spielt heute abend minecraft",
        "morgen ist wandertag, vergesst die regenjacke nicht",
        "pssst nicht dem herrn klein sagen, wir basteln ein geschenk",
        "mein bruder hat den rettungsschwimmer kurs geschafft",
        "ich hab beim diktat nur zwei fehler gehabt!",
        "kann mir jemand die englisch vokabeln schicken",
    ],
    "es": [
        "hola clase de varsovia! os mandamos una foto del patio",
        "deberes: ejercicios 4, 5 y 6 de la pagina 90",
        "quedamos a las 8 y media en la puerta del cole para la excursion",
        "mi primo hizo el curso de socorrista este verano",
        "si una entrada cuesta 6 euros, cuanto pagan 25 alumnos",
        "fui a la ferreteria con mi abuelo a comprar tornillos para la casita",
        "estoy muertisima de cansancio despues de la carrera",
        "¿quién juega al roblox esta tarde? 😂",
        "ganamos el partido de baloncesto 40 a 32",
        "profe, podemos subir las fotos de la obra de teatro?",
        "mi hermana cumple 15 y le hacemos una fiesta sorpresa",
        "no le digas a lucia lo del regalo que es sorpresa",
        "me he olvidado la flauta en casa otra vez",
        "hoy en plastica hemos pintado el mar",
        "la playa estaba llena de medusas, qué asco 🤢",
    ],
    "pl": [
        "czesc klasa z leeds! pozdrawiamy z gdanska",
        "zadanie domowe: strona 61, zadania 3 i 4",
        "zbiorka na wycieczke o 7:30 pod szkola",
        "bylismy w tartaku na wycieczce i widzielismy jak tna drewno",
        "moj dziadek ma golebie na dachu, jest ich 20",
        "jesli ania ma 10 lat a jej mama 38, ile lat roznicy",
        "prosze pani, czy mozemy wstawic zdjecia z jaselek?",
        "jestem padnięty po wf, biegaliśmy 2 km",
        "kto gra wieczorem w fifa",
        "wygralismy mecz siatkowki 3 do 1",
        "nie mow nikomu, robimy niespodzianke dla pani na dzien nauczyciela",
        "zjadlem kebaba po treningu, byl pyszny",
        "mam w poniedzialek sprawdzian z historii, stres",
        "moja siostra ma dzis 8 urodzin",
        "kto ma notatki z przyrody o wulkanach",
    ],
}
