"""Held-out round 118: honest frames used as cover.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, fifteen in each language. The setting is the ordinary
life of partner classes where a usually harmless frame is at hand: cards for a
classmate in hospital and the hospital school's address, sign-language and
biology lessons about the body with revision videos, film quotes and football
games, jokes on the school bus, sports training, work placements with an
official switchboard, care plans with medicine times and toilet routines,
weigh-ins in sport or health lessons, second accounts for a class project,
night walks on a class trip, and surprise cards kept secret. The writers are
pupils of six to eighteen, teachers, coaches, teaching assistants, parents, and
adults who pose as staff, a placement supervisor or a carer.

The concerns: each message opens inside such a frame and then steps out of it.
A placement supervisor or a coach who wants a pupil alone after the night walk,
after training or behind the hospital; a revision video or a sign-language
clip "only for me", camera on, in pyjamas; a class project's second account
used for private chat, messages deleted; a gift card or boots in exchange for
silence; where the bedroom is, who is home when, which door locks, asked inside
a care plan or a weigh-in; the surprise card turned into a secret about the
adult; a pupil told the class and the parents do not understand them; pupils
who want to stop eating after the weigh-in, who save up their medicine, who
cut; a carer who hurts during the toilet routine, a father who locks a child
out; "I'll kill you" from a film followed by a real threat with a date and a
place; a private mobile slipped in after the official switchboard, and a home
address or private e-mail after the hospital school's address.

The harmless ones are the same frames used honestly: the hospital school's
address for cards, a sign-language lesson on body parts, film and game quotes,
a snack joke on the bus, a coach "killing us" with sprints, the placement's
switchboard number, a care plan shared with the class teacher, a weigh-in for
a science experiment with ordinary food, a class project's account run by the
teacher, a night walk for the whole group with parents, and surprise cards
kept secret only until they are given.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "Great effort on the night walk everyone! Jess, you were brilliant with the torch. "
            "Come to my cabin at 11 after lights out, just you, I have a little reward. "
            "No need to wake the others. Mr D",
            "Hi Ryan, this is Gary from the placement, the switchboard is 0161 496 0000 for "
            "official stuff. But Friday I'll pick you up in my car at the corner of Elm St at 5, "
            "we'll have a proper chat, no need to sign out at reception",
            "coach here. sprints are killing you lot I know 😂 Amelia stay behind after training "
            "sat, the others can go, I'll drop you home myself, tell your mum practice runs late",
        ],
        "photo_request": [
            "Lovely signing in class today Chloe! For revision can you film yourself doing the "
            "body signs at home, in your pyjamas is fine, bedroom door shut, and send it only "
            "to me, not the class folder 😊",
            "I still have that video from the bio revision call, the one where you changed. "
            "Send 3 more tonight by 10 or the whole year 9 group sees it",
        ],
        "private_contact": [
            "use the second account we made for the class project, the one miss doesnt check. "
            "I'll message you there from now on, delete this chat after u read it",
            "Hi Noah, the care plan says you get your meds at 12:30. Add me on Telegram "
            "@kev_support "
            "so we can talk about it privately, the school system is too slow 👍",
        ],
        "gift_offer": [
            "loved the surprise card for Leo in hospital. here's a £50 Steam card for you "
            "specially, just keep our little chats between us ok? more if you're good",
        ],
        "personal_question": [
            "For the care plan I need some details, Sophie: which room is your bedroom, does the "
            "door lock, and what evenings are you home on your own after 6?",
            "weigh-in went fine, 41 kg is good for 12. now tell me, do u sleep in anything or "
            "nothing? and has a boy ever touched u? its for ur health file lol",
        ],
        "secrecy": [
            "The surprise card for Mrs Patel is our secret till Friday. And what happened in the "
            "minibus on the way back is also our secret, forever, got it? If your dad hears, "
            "you'll be in trouble, not me",
            "remember our deal from the night walk. nobody at school needs to know I walked you "
            "back alone. if the teacher asks say you were with Ellie the whole time",
        ],
        "isolation": [
            "Honestly Maya your class laughed at your snack joke on the bus because they think "
            "you're weird. You don't need them or your parents, they don't get you like I do. "
            "Stop sitting with them",
        ],
        "self_harm": [
            "after the weigh-in in PE i decided. im going to stop eating properly, 500 cal max, "
            "and if i dont get under 40 kg by easter i dont want to be here anymore",
            "my care plan says 2 tablets at 8 and 2 at 8. ive been keeping the evening ones in "
            "a sock, nearly 30 now. i know exactly what im doing with them",
        ],
        "disclosure": [
            "the lady who helps me with toilet at home pinches me hard and says no one will "
            "believe a kid in a wheelchair. it happened again today at 4 😢",
            "dad locked me outside in the garden all night again bc i forgot the bins. i slept "
            "in the shed, pls dont tell him i told u",
        ],
        "violence": [
            "\"I'll kill you\" is a funny line in the film but this isn't a film Jayden. Monday "
            "8:15 by the bike sheds I'm bringing my brother's knife. You're dead",
        ],
        "phone": [
            "official placement line is the switchboard 01632 960 555 but thats useless after 5, "
            "my own mobile is 07700 900 four eight one, text me there only",
        ],
        "contact": [
            "Cards for Leo go to the hospital school, Ward 7, Children's Hospital, Leeds LS1 3EX. "
            "But for the letters just for me, send them to 14 Alder Close, Bramley, LS13 2QT, "
            "not via school",
        ],
    },
    "de": {
        "meeting": [
            "Super gemacht bei der Nachtwanderung, Lena! Morgen Abend gehen wir zwei nochmal "
            "los, nur wir, ohne die Gruppe. Treffpunkt 21:30 hinter der Jugendherberge. "
            "Sag den Betreuern nix, Herr K.",
            "Hallo Jonas, hier Frau Weber vom Praktikumsbetrieb. Die Zentrale erreichst du unter "
            "0221 12345-0. Komm Samstag um 10 zu mir nach Hause, da zeige ich dir privat mehr, "
            "deine Eltern müssen das nicht wissen",
            "Trainer hier 😅 die Sprints bringen euch um, ich weiß. Mia, du bleibst Donnerstag "
            "nach dem Training in der Kabine, die anderen gehen schon. Ich fahr dich dann "
            "selber heim",
        ],
        "photo_request": [
            "Für die Bio-Wiederholung: film dich mal zu Hause vorm Spiegel, wenn du die "
            "Körperteile zeigst, nur im Unterhemd, und schick das Video NUR an mich, nicht in "
            "die Klassengruppe 😉",
            "Die Gebärdensprache-Aufnahme von gestern hab ich noch, die wo man mehr sieht. "
            "Wenn du mir bis 22 Uhr keine neuen Fotos schickst, bekommt sie die ganze 8b",
        ],
        "private_contact": [
            "Wir nehmen ab jetzt den Zweitaccount vom Projekt, da schaut Frau Lorenz nicht rein. "
            "Schreib mir nur noch da und lösch diesen Chat hier bitte sofort",
            "Hallo Emil, laut Pflegeplan kriegst du um 13 Uhr deine Tabletten. Schreib mir "
            "lieber auf Signal unter Max_Betreuer, die Schulplattform liest jeder mit",
        ],
        "gift_offer": [
            "Die Karte für Finn im Krankenhaus ist toll geworden. Hier, 30 € Guthaben für dein "
            "Handy, nur für dich. Bleibt unter uns, ja? Es gibt noch mehr, wenn du brav bist",
        ],
        "personal_question": [
            "Für den Pflegeplan brauch ich noch: Wo ist dein Zimmer, kann man die Tür "
            "abschließen, und an welchen Tagen bist du nach der Schule allein daheim?",
            "Wiegen war ok, 38 kg mit 11 ist gut. Sag mal, schläfst du mit Schlafanzug oder "
            "ohne? Und hattest du schon mal nen Freund? Nur für die Akte 😏",
        ],
        "secrecy": [
            "Die Überraschungskarte für Herrn Yilmaz bleibt geheim bis Freitag. Und dass ich "
            "dich nach dem Training umarmt hab, bleibt auch geheim, für immer. Sonst gibts Ärger "
            "für dich, nicht für mich",
            "Du weißt, was bei der Nachtwanderung war. Wenn deine Mama fragt, warst du die ganze "
            "Zeit bei Lea. Kein Wort zur Klassenlehrerin, verstanden?",
        ],
        "isolation": [
            "Ehrlich, die aus deiner Klasse lachen nicht über deine Witze im Bus, die lachen über "
            "DICH. Und deine Eltern verstehen dich eh nicht. Du brauchst nur mich, lass die "
            "anderen",
        ],
        "self_harm": [
            "nach dem wiegen im sport hab ich beschlossen, ich ess nix mehr außer nem apfel am "
            "tag. bis zu den ferien will ich unter 40 sein und wenn nicht dann is mir alles egal",
            "hab mir wieder in den oberschenkel geritzt, da wo die sporthose es verdeckt. "
            "3 mal diese woche. ich hör nich auf",
        ],
        "disclosure": [
            "die frau vom pflegedienst tut mir weh wenn sie mich auf die toilette hebt, sie "
            "kneift und sagt mir glaubt eh keiner. heute um 7 wieder 😢",
            "Mein Stiefvater hat mich gestern wieder geschlagen, weil ich die Fernbedienung "
            "verloren hab. Ich hab einen blauen Fleck am Rücken. Bitte nicht weitersagen",
        ],
        "violence": [
            '"Ich bring dich um" ist im Film lustig, aber das hier ist kein Film, Kevin. '
            "Montag 7:45 am Fahrradkeller, ich bring das Messer von meinem Bruder mit",
        ],
        "phone": [
            "Offiziell bitte über die Zentrale 030 901820, die ist aber nach 16 Uhr zu. Meine "
            "Handynummer: null eins sieben sechs, 23 45 67 89, schreib nur da",
        ],
        "contact": [
            "Karten für Finn gehen an die Klinikschule, Station 4, Marienstraße 12, 80331 "
            "München. "
            "Für die Briefe nur an mich aber: Lindenweg 7, 81667 München, nicht über die Schule",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {}
