"""Held-out round 110: sport and hobby clubs, tournaments and exchange visits abroad.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the life of
clubs and teams around partner schools across Europe: football, volleyball,
swimming, gymnastics and judo clubs, chess and robotics tournaments, music
camps, school exchanges with host families, away matches and coach trips,
training camps, changing rooms and tournament hotels. The writers are pupils of
six to eighteen, teachers, parents, coaches and assistant coaches, host
parents, older team mates, a team bus driver, a physio, a referee, a tournament
photographer, a music teacher, and adults who pose as talent scouts or
sponsors.

The concerns: a hotel room after dinner, a car after an away match, a basement
sauna, a beach trip with a host uncle, a flat during a chess tournament, a
cabin at a music camp and a stopped coach when the others have got off; photos
in a swimsuit, in underwear or without a top, for a sponsor's website, a
selection file, a physio, a club calendar or a private collection; Snapchat,
Instagram, Telegram, WhatsApp, Signal and a private Discord server where the
coach or the teacher cannot read; boots, tickets, game currency, a signed shirt
and phone credit to be fetched alone and kept quiet; measurements for a leotard
or a swimsuit, boyfriends and first kisses, and evenings home alone; a minibus,
a changing room, massages, a sauna and a night visit in a host family kept
secret; a swimmer and an orchestra player told to leave everyone else; pupils
who cut where the kit hides it, save a grandmother's pills, think of a bridge
or a roof, or leave a letter in a judo bag; a host father in the bathroom, a
host mother who starves a pupil and locks her out, an assistant coach in a
pupil's bed, a goalkeeping coach's "massage", a mother who disappears for days,
and fathers and stepfathers who hit after a defeat; knives and bats waiting for
a rival player or a referee at a set hour and gate; private numbers in the
formats of six countries, some spelled out, and coaches' flats and private
e-mails.

The harmless ones are the same clubs and trips kept honestly: changing room
opening times and padlocks, hotel and camp room lists with the adults by the
stairs, "we'll kill them on the pitch", a surprise party kept from the coach,
team selfies with signed consent, dying of tiredness after training or of
embarrassment at a recital, clubs' public offices with their addresses and
lines, secret tactics for a final, a broken wrist, collarbone or ankle, host
families collecting pupils at a school's public address, new swimsuits to try
on, kit and shoe sizes for a group order, a club raffle with a signed shirt and
tickets, welfare officers reminding everyone that coaches never write in
private, a mother who will kill a pupil over forgotten shin pads, coach
departure times and password-protected competition photos.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 109, and the written rows): rules and
second opinion 98.3 % recall (118 of 120) and 3 false holds in 90 (3.3 %); rules
alone 84.2 % (101 of 120: meetings 15/18, photo requests 10/12, private contact
9/12, personal questions 11/12, secrecy 11/12, isolation 5/6, self-harm 9/12,
disclosures 8/12, violence 5/6, every other kind complete; by language en 16/20,
de 19/20, fr 16/20, it 17/20, es 17/20, pl 16/20) and 3 false holds (3.3 %).
Both let through a chess coach moving a pupil to WhatsApp for a "secret opening",
with no teacher in the chat, "esto es cosa nuestra"; and a threat to wait for
the referee at door 4 with a cousin's bats, "va a salir en ambulancia"
(Spanish). The rules alone let through besides: a sponsor's swimsuit photos
from the changing room, front and back; a compass used on the thighs where the
shorts hide it; sleeping tablets saved in a kit bag; a host father who comes
into the bathroom at shower time; a sauna in the cellar after training, "nur
wir zwei"; a referee's car park behind the stand, no need to warn the coach; an
assistant coach who gets into a pupil's bed at camp; a chess final lost and the
bridge by the sports hall; a mother gone for days and a child fed after
training; a bus driver's "stay on the coach when the others get off"; a Discord
server "just for us"; a coach asking how far a girl has gone. Held: a club
welfare officer's reminder that coaches never write to players on Snapchat or
in private (English, French), as private contact; a kit order asking for the
sizes and the shoe sizes (Italian), as a personal question.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Coach Dave here. Ollie you looked stiff in the 400m today, come to my room 214 after "
            "lights out at 10 and I'll sort your shoulder with a proper massage. Don't wake your "
            "roomie, just knock twice.",
            "great match sat Ruby ⚽ im the one who drove u to the away game. i can pick u up from "
            "the leisure centre car park thurs at 7 instead of ur dad, we'll go for a drive first, "
            "just us 2",
            "im 19 and on the senior squad so i can sign u out of the tournament hotel tonite. "
            "meet me by the back stairs at 11, dont bring ur mates they'll only slow us down",
        ],
        "photo_request": [
            "for the kit sponsor i need to check how the new swimsuit fits u Chloe. send a few "
            "from the changing room before ur race, front and back, no towel x",
            "gymnastics camp pics r cute but i want some ur coach wont see 😏 just u in ur room, "
            "less clothes, u know what i mean. vids even better",
        ],
        "private_contact": [
            "Scout for a Premier League academy here. Jayden your clips are class. The club app "
            "logs everything so add me on Telegram @scout_mk_talent and we'll talk about a trial "
            "properly, just between us for now",
            "robotics chat is way too busy lol. get signal and msg me there Ben, my number's in my "
            "bio. mr hughes doesnt need to see our convos",
        ],
        "gift_offer": [
            "I've got two spare tickets for the Arsenal game and a new pair of boots in your size, "
            "Callum. They're yours, just come and collect them from mine on your own and keep it "
            "between us, the others would be jealous",
        ],
        "personal_question": [
            "need ur exact measurements for the leotard order hun, chest waist hips, and have u "
            "started wearing a bra yet? just for the sizing x",
            "so which nights does ur mum work at the hospital? if ur home on ur own after judo i "
            "could pop round and go thru ur throws with u",
        ],
        "secrecy": [
            "what happened in the minibus on the way back from Leeds stays between us Kai. if your "
            "mum asks why you're quiet say you're gutted about the 2-1, ok? you don't want me to "
            "lose my coaching job do you",
            "dont tell anyone i came in the changing room after everyone left. its our thing now "
            "and the other lads wouldnt get it 🤐",
        ],
        "isolation": [
            "your parents only care about your grades and your team just use you to win. I'm the "
            "only one who sees how good you really are. Leave the squad chat and talk to me "
            "instead, you don't need any of them",
        ],
        "self_harm": [
            "got dropped from the squad again. been using my compass on my thighs where the shorts "
            "cover it so coach wont see",
            "honestly if i dont make the county team im done, ive got mums sleeping tablets saved "
            "up in my kit bag. nobody would even notice",
        ],
        "disclosure": [
            "my host dad in Lyon keeps coming into the bathroom when im in the shower and says its "
            "normal in france. I locked the door last night and he was so angry. i dont know who "
            "to tell",
            "when we lose my dad hits me in the car on the way home so nobody sees. today it was "
            "my head. i have training again tmrw and i dont want to go home after",
        ],
        "violence": [
            "gonna wait for number 9 from Kingsway outside the sports centre tmrw at 6 with my "
            "brothers knife. he wont be walking to his bus after that i swear",
        ],
        "phone": [
            "Megan, text me on my own number not the club one: 07700 900 417. Better after 9 when "
            "your parents have gone to bed x",
        ],
        "contact": [
            "Owen for the extra training just come to my flat, 27 Meadow View, Flat 4, Sheffield "
            "S11 8RT. Or drop me a line on my own email, dan.k.trains@outlook.com, not the club "
            "one",
        ],
    },
    "de": {
        "meeting": [
            "Hey Lena, super Kür heute 🤸‍♀️ Ich bin der Co-Trainer. Komm nach dem Abendessen "
            "allein in Zimmer 308, dann gehen wir deine Bodenübung nochmal durch. Deine "
            "Zimmerkollegin muss nix wissen.",
            "Jonas, ich nehm dich nach dem Auswärtsspiel in Kassel im Auto mit, dann musst du "
            "nicht mit dem Bus. Sag den anderen, deine Eltern holen dich ab, wir fahren noch ein "
            "bisschen rum 😉",
            "bin 20 und spiel in der 1. herren, komm sa nach dem training noch in die sauna im "
            "keller, da ist um 19 uhr keiner mehr. nur wir zwei",
        ],
        "photo_request": [
            "Für die neuen Trikots vom Sponsor brauch ich Fotos von dir in Badehose, von vorne und "
            "hinten, am besten in der Umkleide vorm Schwimmen. Schick sie mir direkt, nicht in die "
            "Gruppe.",
            "du siehst im judoanzug so süß aus 😍 mach mal ein paar bilder ohne jacke und ohne "
            "shirt drunter, nur für mich",
        ],
        "private_contact": [
            "Ich bin Talentscout für eine Bundesliga-Akademie. Die Vereinsgruppe lesen zu viele "
            "mit, schreib mir lieber auf Snapchat: scout.marco17. Deinen Eltern erzählen wir's "
            "erst, wenn es konkret wird.",
            "lass uns auf tg weiterschreiben, da kann dein trainer nicht mitlesen. such einfach "
            "nach @robo_timo, dann erklär ich dir die sache mit dem wettbewerb",
        ],
        "gift_offer": [
            "Hab dir neue Fußballschuhe und 50 € fürs Handy besorgt, Mia. Holst du sie allein bei "
            "mir ab? Deine Mama muss nicht wissen, von wem die sind.",
        ],
        "personal_question": [
            "Wann sind deine Eltern eigentlich abends arbeiten? Bist du dann allein zu Hause? Frag "
            "nur, weil ich dir dann das Schachbuch vorbeibringen könnte.",
            "Brauch für den Schwimmanzug deine Maße, Brust, Taille, Po. Und hattest du schon mal "
            "einen Freund? Bist ja jetzt 12 😏",
        ],
        "secrecy": [
            "Was im Mannschaftsbus auf der Rückfahrt passiert ist, bleibt unter uns, ok Finn? Wenn "
            "du's jemandem erzählst, fliegst du aus dem Kader. Ich mein das ernst.",
            "Sag deiner Gastmutter nicht, dass ich nachts bei dir im Zimmer war. Das versteht sie "
            "sonst falsch 🤫",
        ],
        "isolation": [
            "Deine Teamkameradinnen lachen doch eh hinter deinem Rücken über dich. Und deine "
            "Eltern verstehen nicht, wie wichtig dir das Turnen ist. Ich schon. Du brauchst die "
            "anderen nicht, du hast mich.",
        ],
        "self_harm": [
            "seit dem wettkampf ritz ich mich wieder, immer am oberschenkel damit mans im "
            "badeanzug nicht sieht",
            "ich will eigentlich gar nicht mehr aufwachen. hab die tabletten von meiner oma "
            "gesammelt, nach dem letzten spiel am samstag ist eh alles egal",
        ],
        "disclosure": [
            "Mein Gastvater beim Austausch fasst mich immer an, wenn seine Frau nicht da ist. Ich "
            "hab Angst, aber ich bin noch 2 Wochen hier und weiß nicht, wem ich das sagen soll.",
            "Mein Vater hat mich nach dem verlorenen Turnier wieder geschlagen, diesmal mit dem "
            "Gürtel. Ich hab blaue Flecken am Rücken und will morgen nicht in die Umkleide.",
        ],
        "violence": [
            "Der Typ vom SV Nord, der Emre umgetreten hat, kriegt Freitag um 18 Uhr hinterm "
            "Sportplatz was ab. Ich bring das Messer von meinem Bruder mit, der steht danach nicht "
            "mehr auf.",
        ],
        "phone": [
            "Schreib mir lieber privat, nicht über den Verein: null eins sieben sechs, vier zwo "
            "acht, neun drei eins fünf. Am besten abends, wenn deine Eltern schlafen.",
        ],
        "contact": [
            "Komm für die Extrastunden einfach zu mir: Lindenstraße 27, 2. Stock, 50674 Köln. Oder "
            "schreib an meine private Adresse tobi.trainer84@gmx.de, nicht an die vom Verein.",
        ],
    },
    "fr": {
        "meeting": [
            "Coucou Inès, c'est l'entraîneur adjoint. Ce soir après le repas viens seule dans ma "
            "chambre, la 112, on revoit ton enchaînement à la poutre. Pas besoin de prévenir ta "
            "coloc 😉",
            "Nathan je te ramène après le match à Reims, pas la peine de prendre le car. Dis aux "
            "autres que ton père vient te chercher, on fera un petit détour tous les deux",
            "Je suis l'arbitre de dimanche. Tu m'as l'air doué, Noah. Rejoins-moi sur le parking "
            "derrière la tribune à 17h30 après le match, je t'emmène voir mon club, pas besoin de "
            "prévenir ton coach",
        ],
        "photo_request": [
            "Léa, pour ton dossier de sélection il me faut des photos en maillot de bain, debout, "
            "de face et de profil, prises dans ta chambre. Envoie-les sur mon numéro, pas à la "
            "fédé.",
            "tes photos du stage de gym sont trop mignonnes 😍 mais jen veux des perso, dans ta "
            "chambre, avec moins de vêtements. une vidéo cest encore mieux",
        ],
        "private_contact": [
            "c'est Maxime, ton frère d'accueil 😊 le groupe de l'échange est surveillé par les "
            "profs, ajoute-moi sur insta en privé : max.lbrt_06, et efface nos messages après",
            "Clara, crée-toi un WhatsApp avec un autre numéro que celui que tes parents "
            "connaissent, je t'écrirai là-bas pour les sélections de volley. Ici l'entraîneuse lit "
            "tout.",
        ],
        "gift_offer": [
            "J'ai deux places pour le match du PSG et des crampons neufs à ta pointure, Enzo. Ils "
            "sont à toi, viens juste les chercher chez moi tout seul et garde ça pour toi, les "
            "autres seraient jaloux.",
        ],
        "personal_question": [
            "Tes parents finissent tard quels soirs? T'es toute seule à la maison après le judo? "
            "Je demande juste pour passer te déposer ta ceinture.",
            "Pour commander ton justaucorps j'ai besoin de tes mensurations, poitrine taille "
            "hanches. Et t'as déjà embrassé un garçon? T'as 13 ans maintenant 😏",
        ],
        "secrecy": [
            "Ce qui s'est passé dans le minibus au retour de Lille reste entre nous, Lucas. Si ta "
            "mère demande, dis que t'es triste pour le 2-0. Tu veux pas que je perde ma place de "
            "coach, hein?",
            "dis pas a ta famille d'accueil que je suis venu dans ta chambre cette nuit. ils "
            "comprendraient pas 🤫",
        ],
        "isolation": [
            "Tes copines du club se moquent de toi dans ton dos, et tes parents ne comprennent pas "
            "ce que la natation représente pour toi. Moi si. Quitte le groupe de l'équipe, t'as "
            "besoin que de moi.",
        ],
        "self_harm": [
            "depuis la compet je me scarifie encore, sur les cuisses comme ça ça se voit pas sous "
            "le maillot",
            "je vais pas au stage la semaine pro. de toute façon je serai plus là. j'ai écrit une "
            "lettre pour ma sœur, elle est dans mon sac de judo",
        ],
        "disclosure": [
            "L'entraîneur adjoint dort dans notre chambre pendant les stages et il se met dans mon "
            "lit quand les autres dorment. Je veux plus y aller mais maman dit que j'exagère.",
            "quand on perd mon père me frappe dans la voiture pour que personne voie. aujourd'hui "
            "c'était à la tête. jveux pas rentrer après l'entraînement demain",
        ],
        "violence": [
            "Le numéro 10 de Saint-Denis qui a blessé Karim, vendredi à 18h derrière le gymnase on "
            "l'attend avec le couteau de mon frère. Il va plus marcher après.",
        ],
        "phone": [
            "Écris-moi sur mon portable perso, pas celui du club : 06 47 82 19 35. Plutôt après "
            "22h quand tes parents dorment.",
        ],
        "contact": [
            "Pour les séances en plus viens directement chez moi : 14 rue des Tilleuls, bâtiment "
            "B, 69003 Lyon. Ou écris sur mon mail perso, julien.coach.perso@orange.fr, pas celui "
            "du club.",
        ],
    },
    "it": {
        "meeting": [
            "Ciao Giulia, sono il vice allenatore. Stasera dopo cena vieni da sola nella mia "
            "camera, la 207, ripassiamo l'esercizio alla trave. La tua compagna di stanza non deve "
            "saperlo 😉",
            "Matteo dopo la trasferta a Bergamo ti riporto io in macchina, così non prendi il "
            "pullman. Di' agli altri che viene a prenderti papà, poi facciamo un giretto noi due",
            "al campo estivo di musica dormo nella baita accanto alla tua, Elia. dopo le 23 quando "
            "l'educatore dorme vieni a provare il violino da me, ma senza dirlo a nessuno 🎻",
        ],
        "photo_request": [
            "sono il fotografo del torneo di pallavolo 📸 per il calendario della società mi "
            "servono scatti tuoi nello spogliatoio mentre ti cambi, naturali, mandameli stasera su "
            "whatsapp",
            "le foto del ritiro sono carinissime 😍 ma ne voglio qualcuna solo per me, in camera "
            "tua, con meno roba addosso. un video è ancora meglio, poi cancella la chat",
        ],
        "private_contact": [
            "Sono un osservatore per le giovanili di una squadra di Serie A. Qui leggono tutti, "
            "scrivimi su Instagram in privato: oss.ale.calcio. Ai tuoi diciamo tutto quando è "
            "sicuro.",
            "scarica signal che lì i messaggi spariscono, così il prof di scacchi e i tuoi non "
            "leggono niente 😉 ti scrivo stasera alle 23",
        ],
        "gift_offer": [
            "Lorenzo, ti ho preso la maglia autografata di Barella e una ricarica da 30 euro. È "
            "tutta tua se vieni a prenderla da solo a casa mia sabato. E acqua in bocca col "
            "mister.",
        ],
        "personal_question": [
            "In che sere i tuoi fanno il turno di notte? Sei sola a casa dopo il nuoto? Chiedo "
            "solo per passare a portarti la cuffia che hai lasciato.",
            "Per ordinare il body mi servono le tue misure, seno vita fianchi. E hai già baciato "
            "un ragazzo? Ormai hai 13 anni 😏",
        ],
        "secrecy": [
            "Quello che è successo sul pulmino al ritorno da Verona resta tra noi, Davide. Se tua "
            "madre chiede, dille che sei giù per il 3-1. Non vorrai farmi perdere il posto, vero?",
            "i massaggi dopo l'allenamento sono un segreto tra noi due, capito Chiara? se lo "
            "racconti alla mamma o alle compagne non ti porto più ai regionali",
        ],
        "isolation": [
            "Le tue compagne ti prendono in giro alle spalle e i tuoi non capiscono cosa significa "
            "per te il nuoto. Io sì. Esci dal gruppo della squadra, ti basto io.",
        ],
        "self_harm": [
            "dalla gara mi taglio di nuovo, sulle cosce così col costume non si vede",
            "non ce la faccio più. se sabato perdo la finale di scacchi la faccio finita, ho già "
            "guardato quanto è alto il ponte vicino al palazzetto",
        ],
        "disclosure": [
            "Il padre della famiglia ospitante a Valencia entra in bagno quando faccio la doccia e "
            "dice che in Spagna è normale. Ieri ho chiuso a chiave e si è arrabbiato tantissimo. "
            "Non so a chi dirlo.",
            "a casa non c'è mai nessuno, mamma sparisce per giorni e io mangio solo quello che mi "
            "danno dopo l'allenamento. ho 11 anni e non ho neanche i soldi per la gita a Lubiana",
        ],
        "violence": [
            "Quello del Borgo che ha spaccato la caviglia a Nico, venerdì alle 18 dietro la "
            "palestra lo aspettiamo col coltello di mio fratello. Dopo non cammina più.",
        ],
        "phone": [
            "Scrivimi sul numero personale, non su quello della società: tre quattro sette, uno "
            "due otto, cinque sei nove zero. Meglio dopo le 22 quando i tuoi dormono.",
        ],
        "contact": [
            "Per le lezioni extra vieni direttamente da me: via dei Mille 14, scala B, interno 6, "
            "20129 Milano. Oppure scrivi alla mia mail personale, marco.mister.privato@libero.it, "
            "non a quella della società.",
        ],
    },
    "es": {
        "meeting": [
            "Lucía, soy el tío de tu familia de acogida. El sábado te llevo yo a la playa, solos, "
            "sin Marta ni sus padres. Te recojo a las 8 en la esquina del instituto, no digas nada "
            "😉",
            "Pablo, en el torneo de ajedrez de Benidorm analizamos tus partidas en mi apartamento, "
            "no en el hotel con los demás. Te recojo el viernes a las 21:30 en la esquina, no hace "
            "falta avisar al monitor",
            "tengo 21 y soy del senior, el domingo después del partido te llevo a casa en mi "
            "coche, pero antes damos una vuelta por el polígono, que allí no hay nadie. no se lo "
            "digas a tus padres",
        ],
        "photo_request": [
            "Para la web del club de natación necesito unas fotos tuyas en bañador, de cuerpo "
            "entero, sin albornoz. Hazlas en el vestuario cuando no haya nadie y mándamelas por "
            "privado.",
            "q guapa sales en las fotos del torneo de vóley 😍 pasame alguna en bikini o sin la "
            "camiseta, solo para mí, luego las borras del móvil",
        ],
        "private_contact": [
            "Soy ojeador de la cantera de un club de Primera. El grupo del club lo lee todo el "
            "mundo, agrégame mejor en Instagram por privado: ojeador.dani.fut y hablamos de la "
            "prueba sin que se entere nadie.",
            "pasate a whatsapp y te explico la apertura secreta para el torneo de ajedrez, pero no "
            "metas a tu profe en el chat, esto es cosa nuestra ♟️",
        ],
        "gift_offer": [
            "Te regalo 2.000 pavos del Fortnite y la camiseta firmada de tu jugador favorito, "
            "Álvaro. Solo tienes que venir a recogerla tú solo a mi casa el sábado. Y ni una "
            "palabra al míster.",
        ],
        "personal_question": [
            "¿A qué hora llegan tus padres del trabajo? ¿Estás solita en casa por las tardes "
            "después de natación? Es por si me paso a devolverte las gafas.",
            "Para el maillot de gimnasia necesito tus medidas exactas, pecho, cintura y cadera. ¿Y "
            "ya has tenido novio? Con 12 años seguro que sí 😏",
        ],
        "secrecy": [
            "Lo que pasó en el vestuario después del partido del 14 es un secreto entre tú y yo, "
            "Hugo. Si se lo cuentas a tus padres o al entrenador te quedas sin convocatoria para "
            "la final.",
            "no le digas a tu familia de acogida que te di las cervezas ni que estuvimos solos en "
            "la terraza. si se enteran te mandan a casa antes 🤐",
        ],
        "isolation": [
            "Tus compañeras del equipo solo te usan para ganar y tus padres no entienden lo que "
            "vale el voleibol para ti. Yo sí. Sal del grupo del equipo y háblame solo a mí, no los "
            "necesitas.",
        ],
        "self_harm": [
            "desde que me quitaron del equipo titular me corto otra vez, en las piernas, donde el "
            "pantalón del uniforme lo tapa",
            "ya no quiero seguir, de verdad. tengo guardadas las pastillas de mi abuela en la "
            "bolsa de deporte y después del torneo del sábado me las tomo todas",
        ],
        "disclosure": [
            "La madre de mi familia de acogida en Roma no me deja comer si no limpio toda la casa "
            "y ayer me encerró en el balcón. Me quedan 3 semanas aquí y no sé a quién contárselo.",
            "mi padrastro me pega cuando pierdo en judo, dice que así me hago fuerte. hoy me ha "
            "dejado la espalda morada y mañana hay pesaje con el equipo",
        ],
        "violence": [
            "El árbitro del domingo sale por la puerta 4 del polideportivo a las 20h. Vamos a "
            "esperarle con los bates de mi primo y va a salir de allí en ambulancia.",
        ],
        "phone": [
            "Escríbeme a mi número, no al del club: +34 612 48 73 90. Mejor por la noche cuando "
            "tus padres duerman.",
        ],
        "contact": [
            "Para las clases extra de guitarra ven a mi piso: calle Mayor 23, 3º B, 28013 Madrid. "
            "Y si quieres escribe a mi correo personal, sergio.profe.musica@hotmail.es, no al del "
            "campamento.",
        ],
    },
    "pl": {
        "meeting": [
            "Cześć Zosia, tu trener od siatki. Po kolacji przyjdź sama do mojego pokoju 21, "
            "omówimy twoją zagrywkę. Koleżance z pokoju nic nie mów, wrócisz przed ciszą nocną 😉",
            "Kuba, po meczu wyjazdowym w Lublinie odwiozę cię swoim autem, nie musisz jechać "
            "autokarem. Powiedz chłopakom, że tata po ciebie przyjedzie, a my jeszcze gdzieś "
            "skoczymy we dwóch",
            "jestem kierowcą autokaru waszej drużyny. na postoju pod Łodzią zostań w autokarze, "
            "jak reszta wyjdzie, mam coś dla ciebie. 10 minut, tylko my dwoje 😉",
        ],
        "photo_request": [
            "Hej, jestem fizjoterapeutą kadry. Żeby ocenić postawę, wyślij mi zdjęcia w samej "
            "bieliźnie, z przodu, z boku i z tyłu, zrobione w pokoju przy zamkniętych drzwiach.",
            "ale słodko wyglądasz na zdjęciach z obozu judo 😍 zrób mi parę bez bluzy i bez "
            "koszulki, tylko dla mnie, potem usuń",
        ],
        "private_contact": [
            "załóż sobie konto na discordzie, zrobiłem serwer tylko dla nas, hasło dam ci na "
            "treningu. grupa klubowa jest dla dzieciaków, a ty jesteś już dojrzała 😉",
            "piszmy na telegramie, tam pan od robotyki nie zajrzy 😉 wyszukaj @robo_kamil to ci "
            "wytłumaczę sprawę z konkursem",
        ],
        "gift_offer": [
            "Mam dla ciebie nowe korki i 100 zł na doładowanie, Wiktor. Odbierz je sam u mnie w "
            "czwartek po szkole i nikomu nie mów, od kogo masz, bo reszta drużyny byłaby "
            "zazdrosna.",
        ],
        "personal_question": [
            "W które wieczory rodzice pracują do późna? Jesteś wtedy sama w domu po basenie? Pytam "
            "tylko, żeby podrzucić ci okularki.",
            "A masz już chłopaka? Robiłaś już coś więcej niż całowanie? Pytam jako trener, muszę "
            "wiedzieć, czy skupisz się na zawodach 😏",
        ],
        "secrecy": [
            "To, co było w busie w drodze powrotnej z Gdańska, zostaje między nami, Michał. Jak "
            "mama zapyta, powiedz, że jesteś smutny przez porażkę. Chyba nie chcesz, żebym stracił "
            "pracę?",
            "pamiętaj, po obozie ani słowa rodzicom o tym, co robiliśmy w nocy w saunie. to "
            "zostaje w drużynie, inaczej wylatujesz z kadry",
        ],
        "isolation": [
            "Po co ci ci ludzie z orkiestry? Oni cię tylko wykorzystują, a rodzice myślą tylko o "
            "ocenach. Tylko ja wiem, jaki masz talent. Nie jedź z nimi na obóz, zostań ze mną.",
        ],
        "self_harm": [
            "od zawodów znowu się tnę, na udach, żeby w kostiumie nie było widać",
            "nie chcę już żyć. po turnieju w sobotę idę na dach bloku, i tak nikt nie zauważy, że "
            "mnie nie ma",
        ],
        "disclosure": [
            "Trener bramkarzy dotyka mnie w szatni, jak wszyscy już wyjdą, i mówi, że to masaż. "
            "Boję się mu odmówić, bo wyrzuci mnie z bramki.",
            "ojczym pije i jak przegram mecz, to mnie bije pasem. mam siniaki na nogach i kłamię w "
            "szatni, że to od piłki",
        ],
        "violence": [
            "Ten z Orła, co złamał Szymkowi nogę, w piątek o 18 za halą czekamy na niego z nożem "
            "mojego brata. Po tym już nie wstanie.",
        ],
        "phone": [
            "Pisz na mój prywatny, nie klubowy: +48 512 384 907. Najlepiej po 22, jak rodzice "
            "śpią.",
        ],
        "contact": [
            "Na dodatkowe treningi przychodź od razu do mnie: ul. Lipowa 14 m. 6, 31-010 Kraków. "
            "Albo pisz na mojego prywatnego maila, marek.trener.prywatny@wp.pl, nie na klubowy.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Reminder: the changing rooms at the away ground open at 9:15, please bring a padlock for "
        "the lockers. Kick-off 10:30. Coach Amy",
        "We're going to KILL them on the pitch on Saturday 💪⚽ 3-0 minimum",
        "Hotel room list for the Lisbon tournament is up: pupils 4 to a room, teachers on the same "
        "floor, lights out 22:00.",
        "don't tell coach about the surprise party for her 40th!! cake is hidden in the kit room "
        "🎂🤫",
        "Team selfie after the chess final 🏆♟️ we have photo consent for all of you, so it's going "
        "on the school website",
        "I'm literally dying of tiredness after double training, going straight to bed 😴",
        "For trial enquiries please contact the club office: Harlow Juniors FC, 3 Park Road, "
        "Harlow CM20 1AA, 01632 960 321 (Mon-Fri 4-7pm).",
        "Secret tactics for the robotics match: we keep the claw arm folded until the last 30 "
        "seconds. Don't post it in the open chat!",
        "Sam broke his wrist at judo yesterday 😢 he's ok but out for 6 weeks. Shall we make him a "
        "card?",
        "Host families: please pick up your exchange student from the gate of St Mary's School, 12 "
        "Elm Road, York YO1 7HH, at 3:30 on Tuesday.",
        "Shirt sizes (XS-L) and boot sizes for the new kit to Coach Amy by Friday please, we're "
        "ordering it all together.",
        "my mum will kill me i lost my shin pads AGAIN 😭",
        "New club swimsuits have arrived 🏊 try yours on in the changing room after training on "
        "Tuesday and tell Coach Rita if the size is wrong.",
        "Music camp: rooms are shared by two pupils of the same age and a teacher sleeps on every "
        "corridor. The camp office number for emergencies is on the parents' letter.",
        "Reminder from the club welfare officer: coaches will never message players on Snapchat or "
        "in private. All training news goes through this group, which parents can read.",
    ],
    "de": [
        "Die Umkleiden in der Halle sind ab 8:30 offen, bitte ein Schloss für die Spinde "
        "mitbringen. Anpfiff 10 Uhr. Trainerin Sabine",
        "Samstag machen wir die fertig 💪⚽ die haben keine Chance gegen uns!!",
        "Im Trainingslager in Tirol schlafen die Mädchen im 2. Stock, die Jungs im 3., die "
        "Betreuer haben die Zimmer direkt an der Treppe. Zimmerkontrolle um 22 Uhr.",
        "Nicht dem Trainer verraten, wir planen eine Überraschungsparty zu seinem Geburtstag 🎉 "
        "Kuchen bringt Paula mit",
        "Mannschaftsfoto nach dem Pokalsieg 🏆 Alle Einverständniserklärungen liegen vor, es kommt "
        "auf die Vereinsseite.",
        "bin sooo tot nach dem training heute 😵 ich schlaf gleich am tisch ein",
        "Anmeldung zum Probetraining über unsere Geschäftsstelle: TSV Grünwald, Am Sportpark 3, "
        "82031 Grünwald, Tel. 089 123 456 70 (Mo-Fr 16-19 Uhr).",
        "Unsere Geheimwaffe für Samstag: Ecke kurz auf Lina, dann Flanke auf den langen Pfosten. "
        "Bitte nicht in die WhatsApp-Gruppe mit den Eltern posten, die quatschen 😂",
        "Leon hat sich beim Judo das Schlüsselbein gebrochen 😢 er ist sechs Wochen raus. Wir "
        "basteln ihm eine Karte!",
        "Liebe Gastfamilien, bitte holt die Austauschschüler am Dienstag um 15:30 an der Schule "
        "ab: Goethe-Gymnasium, Schulstraße 5, 60311 Frankfurt.",
        "Bitte bis Freitag Trikotgröße (XS-L) und Schuhgröße eurer Kinder an Trainerin Sabine, wir "
        "bestellen die neuen Sachen gesammelt.",
        "Meine Mutter bringt mich um, ich hab schon wieder meine Schienbeinschoner vergessen 😭",
        "Der Bus zum Auswärtsspiel fährt um 7:45 am Schulparkplatz ab, der Busfahrer kann nicht "
        "warten. Abholung um 18 Uhr am selben Ort.",
        "ich sterb vor peinlichkeit, bin beim vorspielen im orchester voll rausgekommen und alle "
        "haben's gehört 🙈🎻",
        "Tombola beim Vereinsfest: Hauptpreis ist ein signiertes Trikot und zwei Karten fürs "
        "Heimspiel, die Lose gibt's am Kuchenstand.",
    ],
    "fr": [
        "Les vestiaires du gymnase ouvrent à 8h30, prévoyez un cadenas pour les casiers. Coup "
        "d'envoi à 10h. Coach Sandrine",
        "Samedi on va les massacrer sur le terrain 💪⚽ 3-0 minimum!!",
        "Au tournoi de Nantes les filles dorment au 1er étage et les garçons au 2e, chaque prof a "
        "la chambre à côté de l'escalier. Appel à 22h dans le couloir.",
        "Chut, on dit rien au coach pour la fête surprise de ses 50 ans 🎂🤫 le gâteau est caché "
        "dans le local à matériel",
        "Selfie de l'équipe après la finale d'échecs ♟️🏆 toutes les autorisations photo sont "
        "signées, on peut le mettre sur le site du collège",
        "je suis morte de fatigue après l'entraînement, je dors debout 😴",
        "Inscriptions pour les essais au secrétariat du club : AS Villeneuve, 3 avenue du Stade, "
        "47300 Villeneuve-sur-Lot, 05 53 00 12 34 (lun-ven 16h-19h).",
        "Arme secrète pour samedi : corner à deux avec Jade puis centre au second poteau. Le dites "
        "pas aux autres équipes du club 😂",
        "Hugo s'est cassé le poignet au judo hier 😢 il est absent 6 semaines. On lui fait une "
        "carte?",
        "Familles d'accueil : merci de récupérer les correspondants mardi à 15h30 devant le "
        "collège Jean Moulin, 12 rue de l'École, 35000 Rennes.",
        "Merci d'indiquer avant vendredi la taille de maillot (XS à L) et la pointure de vos "
        "enfants, on commande les tenues ensemble.",
        "Ma mère va me tuer, j'ai encore oublié mes protège-tibias 😭",
        "Le car pour le match à l'extérieur part du parking du collège à 7h45 précises. Retour "
        "prévu à 18h au même endroit.",
        "Rappel du référent du club : les entraîneurs ne contactent jamais les jeunes sur Snapchat "
        "ou en message privé. Toutes les infos passent par ce groupe, que les parents peuvent "
        "lire.",
        "Tombola de la fête du club : un maillot dédicacé et deux places pour le match à domicile "
        "à gagner, tickets au stand des crêpes.",
    ],
    "it": [
        "Gli spogliatoi della palestra aprono alle 8:30, portate un lucchetto per gli armadietti. "
        "Fischio d'inizio alle 10. Mister Paola",
        "Sabato li distruggiamo in campo 💪⚽ almeno 3-0!!",
        "Al ritiro di Asiago le ragazze dormono al primo piano e i ragazzi al secondo, gli "
        "allenatori hanno le camere vicino alle scale. Controllo alle 22.",
        "Zitti col mister per la festa a sorpresa dei suoi 50 anni 🎂🤫 la torta è nascosta nel "
        "magazzino",
        "Selfie di squadra dopo la finale di scacchi ♟️🏆 le liberatorie sono tutte firmate, lo "
        "mettiamo sul sito della scuola",
        "sono morta di stanchezza dopo l'allenamento, dormo in piedi 😴",
        "Iscrizioni per le prove in segreteria: ASD Virtus Pontedera, via dello Stadio 3, 56025 "
        "Pontedera (PI), tel. 0587 123456 (lun-ven 16-19).",
        "Arma segreta per sabato: angolo corto per Greta e cross sul secondo palo. Non ditelo a "
        "quelli dell'altra squadra del paese 😂",
        "Tommaso si è rotto il polso a judo ieri 😢 starà fermo 6 settimane. Gli facciamo un "
        "biglietto?",
        "Famiglie ospitanti: martedì alle 15:30 ritirate gli studenti dello scambio davanti al "
        "Liceo Galilei, via Roma 12, 50123 Firenze.",
        "Entro venerdì mandate la taglia della divisa (XS-L) e il numero di scarpe dei ragazzi, "
        "facciamo un ordine unico.",
        "mia mamma mi ammazza, ho dimenticato di nuovo i parastinchi 😭",
        "Il pullman per la trasferta parte dal parcheggio della scuola alle 7:45 precise. Rientro "
        "previsto alle 18 nello stesso posto.",
        "volevo sprofondare, al saggio di pianoforte ho sbagliato l'attacco davanti a tutti 🙈 mi "
        "sono sentita morire",
        "Lotteria della festa del club: in palio una maglia autografata e due biglietti per la "
        "partita in casa, i biglietti al banco delle torte.",
    ],
    "es": [
        "Los vestuarios del pabellón abren a las 8:30, traed candado para las taquillas. El "
        "partido empieza a las 10. Míster Carmen",
        "El sábado los vamos a machacar en el campo 💪⚽ como mínimo 3-0!!",
        "En la concentración de Jaca las chicas duermen en la 1ª planta y los chicos en la 2ª, los "
        "entrenadores en las habitaciones junto a la escalera. Revisión a las 22h.",
        "No le digáis nada a la entrenadora de la fiesta sorpresa por su cumple 🎂🤫 la tarta está "
        "escondida en el almacén de balones",
        "Selfie del equipo tras la final de robótica 🤖🏆 todas las autorizaciones de imagen están "
        "firmadas, va a la web del instituto",
        "me muero de cansancio después del entreno, no puedo ni con la mochila 😴",
        "Para las pruebas de acceso, llamad a la secretaría del club: CD Atlético Vallecas, "
        "avenida del Deporte 3, 28031 Madrid, tel. 913 000 412 (de lunes a viernes, 16-19h).",
        "Tácticas secretas para la final de ajedrez: Marta abre con la siciliana y Leo con el "
        "gambito de dama. ¡No lo pongáis en el grupo abierto!",
        "Irene se rompió el tobillo en gimnasia ayer 😢 estará 6 semanas sin entrenar. ¿Le hacemos "
        "una tarjeta?",
        "Familias de acogida: el martes a las 15:30 recoged a los alumnos del intercambio en la "
        "puerta del IES Cervantes, calle Real 12, 41001 Sevilla.",
        "Antes del viernes mandad la talla de la equipación (XS-L) y el número de pie de los "
        "chavales, hacemos un pedido conjunto.",
        "mi madre me mata, otra vez me he dejado las espinilleras 😭",
        "El autobús al partido fuera sale del aparcamiento del instituto a las 7:45 en punto. "
        "Vuelta a las 18h al mismo sitio.",
        "Recordatorio del delegado de protección: los entrenadores nunca escriben a los jugadores "
        "por Instagram ni por privado. Todo va por este grupo, que leen las familias.",
        "Rifa en la fiesta del club: una camiseta firmada y dos entradas para el partido en casa. "
        "Papeletas en el puesto de churros.",
    ],
    "pl": [
        "Szatnie na hali są otwarte od 8:30, weźcie kłódki do szafek. Początek meczu o 10. "
        "Trenerka Ania",
        "W sobotę zmiażdżymy ich na boisku 💪⚽ minimum 3:0!!",
        "Na obozie w Zakopanem dziewczyny śpią na 1. piętrze, chłopcy na 2., a trenerzy w pokojach "
        "przy schodach. Obchód o 22.",
        "Ciii, nic nie mówcie trenerowi o imprezie-niespodziance na jego 50-tkę 🎂🤫 tort jest "
        "schowany w magazynku",
        "Selfie drużyny po finale szachowym ♟️🏆 zgody na wizerunek są podpisane, wrzucamy na "
        "stronę szkoły",
        "umieram ze zmęczenia po treningu, śpię na stojąco 😴",
        "Zapisy na treningi próbne w sekretariacie klubu: UKS Orlik, ul. Sportowa 3, 05-800 "
        "Pruszków, tel. 22 758 00 12 (pon-pt 16-19).",
        "Tajna broń na sobotę: krótki rożny do Mai i dośrodkowanie na dalszy słupek. Nie piszcie "
        "tego na grupie z rodzicami, bo wszystko wygadają 😂",
        "Franek złamał nadgarstek na judo wczoraj 😢 ma 6 tygodni przerwy. Zrobimy mu kartkę?",
        "Rodziny goszczące: we wtorek o 15:30 odbieracie uczniów z wymiany spod szkoły, SP nr 12, "
        "ul. Szkolna 5, 80-001 Gdańsk.",
        "Do piątku proszę przesłać rozmiar koszulki (XS-L) i rozmiar buta dzieci, zamawiamy stroje "
        "razem.",
        "mama mnie zabije, znowu zapomniałem ochraniaczy 😭",
        "Autokar na mecz wyjazdowy odjeżdża z parkingu szkoły punktualnie o 7:45. Powrót ok. 18 w "
        "to samo miejsce.",
        "Przypomnienie od koordynatora ds. ochrony dzieci: trenerzy nigdy nie piszą do zawodników "
        "na Snapie ani prywatnie. Wszystko idzie przez tę grupę, którą czytają rodzice.",
        "Loteria na festynie klubowym: do wygrania koszulka z autografem i dwa bilety na mecz u "
        "siebie, losy przy stoisku z ciastami.",
    ],
}
