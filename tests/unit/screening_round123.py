"""Held-out round 123: newcomer pupils and young carers.

Its writer saw round files for the layout only, and none of the screening's data or code.
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "hi Samira, I'm Dave from the welcome charity 🙂 I can sort your residence papers "
            "much faster if we meet just us two, Saturday 3pm at the cafe behind Tesco. no need "
            "to bring your mum, she'll only worry",
            "Yusuf my friend, your cousin Karim here. I'm 24 now, I came over last year too. "
            "I'll wait at the back gate at 15:10 tomorrow, skip the young carers club and come "
            "with me, I'll show you a way to earn money",
            "im the interpreter from thursday 😊 the meeting at school is too formal, lets do the "
            "next one at my flat, 14 Orchard Rd, just you, its easier to translate when your "
            "aunt isnt there",
        ],
        "photo_request": [
            "you said your English is getting better, send me a video saying hello but in your "
            "room, only you, and take the hijab off so I can see your real face. it's just for "
            "me, for practice 😉",
            "Leyla I still have the photos you sent last week. if you don't send 3 more tonight "
            "with no top on, I'll post them in the group from back home and everyone in your "
            "village will see",
        ],
        "private_contact": [
            "this school chat is watched by teachers, they dont understand our people. add me on "
            "Telegram @brother_aleppo and delete this message after. use a different name there, "
            "not your real one",
            'ok from now message me on my second WhatsApp, not this one. save me as "Aunty '
            "Mina\" so your dad doesn't ask. clear the chat every night before you sleep ok? ❤️",
        ],
        "gift_offer": [
            "I topped up your phone with £20 and theres £50 more if you come help at my shop on "
            "Sunday. cash, no papers needed. just keep it between us, your caseworker doesn't "
            "need to know",
        ],
        "personal_question": [
            "you look after your little brothers a lot right? what time does your mum go to "
            "hospital for her treatment, and is anyone else in the flat then? does your bedroom "
            "door lock?",
            "which hostel room are you in now, what number? do they check on you at night or are "
            "you on your own after 10? asking so I know when its safe to call 😘",
        ],
        "secrecy": [
            "what happened in my car stays in my car Amira. if you tell the teacher or the "
            "interpreter they will take your family's papers away and send you all back. you "
            "understand?",
            "remember our deal: the school thinks I'm just your language buddy's big brother. "
            "never say we meet at weekends, not to your mum, not to Miss Patel. our secret x",
        ],
        "isolation": [
            "those girls in the welcome class laugh at your accent behind your back. the "
            "teachers only pretend to care. you don't need them, you've got me now, stop going "
            "to the buddy lunches",
        ],
        "self_harm": [
            "i'm so tired from looking after mum and the twins i cant do it anymore. i've been "
            "cutting my arm at night so i can feel something, and sometimes i think it would be "
            "easier if i just didnt wake up",
            "since we came here I hear the bombs every night. I kept all my dad's sleeping "
            "tablets in a sock under my bed, 20 of them. if they send us back I will take all of "
            "them",
        ],
        "disclosure": [
            "the man who runs the shelter comes into our room at night when mum is at work and "
            "he touches me. he said if I scream we'll lose our bed. I am 12 and I don't know who "
            "to tell",
            "my stepdad locks me and my sister in the bedroom when he goes out, sometimes for "
            "two days. we only have bread. yesterday he hit me with the belt because the baby "
            "cried",
        ],
        "violence": [
            "that boy Jake keeps calling my sister a refugee rat. tomorrow after PE I'm bringing "
            "my brother's knife and I'm going to cut him properly, I swear on my mother",
        ],
        "phone": [
            "darling don't use the school chat, call me on my own mobile: 07911 four five six "
            "203. only after 9pm when the little ones are asleep",
        ],
        "contact": [
            "send the letters for your residence papers to me not the school office: Mr R. "
            "Baxter, Flat 3, 27 Wellington Street, Luton LU1 2QH. my email is "
            "rob.baxter77@gmail.com, write to me there",
        ],
    },
    "de": {
        "meeting": [
            "Hallo Aylin, ich bin Frank vom Helferkreis. Für deinen Aufenthaltstitel müssen wir "
            "noch was klären, am besten Samstag 16 Uhr bei mir im Auto am Parkplatz Edeka, nur "
            "wir beide, ohne Mama",
            "ich bin dein Cousin aus Hamburg, Omar, 23. komm morgen nach der Willkommensklasse "
            "nicht zum Bus, ich warte hinten beim Sportplatz, wir fahren kurz zu mir, sag keinem "
            "was",
            "Der Dolmetscher hier, wir kennen uns vom Gespräch mit Frau Weber 😊 Nächstes Mal "
            "übersetze ich dir lieber bei mir zuhause, Lindenstraße, Dienstag 17 Uhr. Allein "
            "geht es schneller.",
        ],
        "photo_request": [
            "Du hast so schöne Augen Mariam. Schick mir ein Video von dir im Zimmer, aber ohne "
            "Kopftuch und ohne Pulli, nur für mich. Ich schick dann auch was 😉",
            "ich hab noch die bilder von dir aus dem heim. wenn du mir bis 22 uhr nicht 2 neue "
            "schickst, nur in unterwäsche, stell ich sie in die gruppe mit deinen leuten aus "
            "syrien",
        ],
        "private_contact": [
            "Hier lesen die Lehrer mit, die verstehen unsere Kultur nicht. Schreib mir auf "
            'Signal, Nummer kriegst du gleich, und nenn mich dort "Tante Leila". Chat danach '
            "immer löschen!",
            "mach dir einen zweiten insta account mit falschem namen, da schreiben wir dann. den "
            "hier benutzt du nur noch für schule, okay? niemand muss wissen dass wir reden 🤫",
        ],
        "gift_offer": [
            "Ich hab dir 30 Euro Guthaben aufs Handy gemacht, Geschenk 🎁 Am Wochenende kannst du "
            "bei mir im Lager helfen, 50 Euro bar, ohne Papiere. Aber deiner Betreuerin sagst du "
            "nix, sonst gibts nichts mehr.",
        ],
        "personal_question": [
            "Du passt doch immer auf deine kleinen Geschwister auf, oder? Wann genau ist deine "
            "Mutter bei der Dialyse, und ist dann noch jemand anders in der Wohnung? Kann man "
            "deine Tür abschließen?",
            "in welchem zimmer schläfst du jetzt in der unterkunft, welche nummer? kommt nachts "
            "jemand kontrollieren oder bist du ab 22 uhr allein? und hattest du schon mal einen "
            "freund?",
        ],
        "secrecy": [
            "was im auto passiert ist bleibt unter uns, Dilan. Wenn du das der Lehrerin oder dem "
            "Sozialarbeiter erzählst, verliert deine Familie das Asyl und ihr müsst zurück. "
            "Verstanden?",
            "Für deine Eltern bin ich einfach der Sprachpate von der Schule, okay? Dass wir uns "
            "sonntags sehen, erzählst du niemandem, auch nicht Frau Kaya. Das ist nur unser Ding "
            "❤️",
        ],
        "isolation": [
            "Die Mädchen aus der Willkommensklasse lachen über dich wenn du weg bist, ich hab es "
            "gehört. Deine Lehrer tun nur so nett. Geh nicht mehr zur Hausaufgabenhilfe, du "
            "brauchst nur mich.",
        ],
        "self_harm": [
            "ich kann nicht mehr. jeden tag mama pflegen, kochen für die kleinen, nachts lernen. "
            "ich ritz mich am bein damit es ruhig wird im kopf und manchmal will ich einfach "
            "nicht mehr aufwachen",
            "Seit der Flucht hab ich fast nichts mehr gegessen, vielleicht 1 Apfel am Tag. Ich "
            "hab 8 kilo verloren und will noch mehr. Wenn sie uns abschieben nehm ich alle "
            "Tabletten von Papa",
        ],
        "disclosure": [
            "Der Hausmeister im Heim kommt nachts in unser Zimmer wenn Mama Nachtschicht hat und "
            "fasst mich an. Er sagt wenn ich schreie fliegen wir raus. Ich bin 11, wem soll ich "
            "das sagen?",
            "mein onkel schließt mich und meinen bruder ein wenn er weggeht, manchmal 2 tage, "
            "wir haben nur toast. gestern hat er mich mit dem gürtel geschlagen weil ich das "
            "falsche wort gesagt hab",
        ],
        "violence": [
            "Der Leon nennt meine Schwester jeden Tag Kanakenratte. Morgen nach Sport hol ich "
            "das Messer von meinem Bruder und stech ihn ab, ich schwör auf meine Mutter.",
        ],
        "phone": [
            "Schreib nicht über die Schulplattform, ruf mich privat an: 0176 neun acht zwei 44 "
            "713. Am besten nach 21 Uhr wenn deine Eltern schlafen.",
        ],
        "contact": [
            "Die Briefe vom Amt schickst du besser an mich, nicht an die Schule: Jürgen Maaß, "
            "Kastanienweg 7, 31134 Hildesheim. Oder per Mail an j.maass.hilfe@gmx.de, das bleibt "
            "unter uns.",
        ],
    },
    "fr": {
        "meeting": [],
        "photo_request": [],
        "private_contact": [],
        "gift_offer": [],
        "personal_question": [],
        "secrecy": [],
        "isolation": [],
        "self_harm": [],
        "disclosure": [],
        "violence": [],
        "phone": [],
        "contact": [],
    },
    "it": {
        "meeting": [],
        "photo_request": [],
        "private_contact": [],
        "gift_offer": [],
        "personal_question": [],
        "secrecy": [],
        "isolation": [],
        "self_harm": [],
        "disclosure": [],
        "violence": [],
        "phone": [],
        "contact": [],
    },
    "es": {
        "meeting": [],
        "photo_request": [],
        "private_contact": [],
        "gift_offer": [],
        "personal_question": [],
        "secrecy": [],
        "isolation": [],
        "self_harm": [],
        "disclosure": [],
        "violence": [],
        "phone": [],
        "contact": [],
    },
    "pl": {
        "meeting": [],
        "photo_request": [],
        "private_contact": [],
        "gift_offer": [],
        "personal_question": [],
        "secrecy": [],
        "isolation": [],
        "self_harm": [],
        "disclosure": [],
        "violence": [],
        "phone": [],
        "contact": [],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Reminder from the school office: enrolment forms for new pupils can be collected from "
        "Room 12 or we can help fill them in. Call us on 01632 960 481, Mon-Fri 8:30-4.",
        "Our young carers group meets every Tuesday 3:15-4:30 in the library with Mrs Okafor. "
        "Snacks, homework help and a chance to just chill 🍪 parents are welcome to ask us "
        "anything",
        "Language buddy timetable for week 2: Ahmed with Luca (Mon, Wed lunch), Daria with Ellie "
        "(Tue, Thu), Nour with Sam. If your buddy is off sick tell Mr Hughes in room 4",
        "Rule for everyone: interpreters only meet pupils in school, in the meeting room next to "
        "reception, with a member of staff. No private calls or meetings outside, ever.",
        "'My country' presentations on Friday! Bring up to 5 family photos if your family said "
        "yes on the consent slip. Maryam, your photos of Kabul before the war were beautiful 💛",
        "lol Oskar taught me to say I'll kill you in Polish, zabije cie 😂 I said it to Ben when "
        "he ate my crisps and he nearly died laughing",
        "Eid Mubarak to everyone who celebrated Ramadan! 🌙 Thanks Aisha for the dates you "
        "brought, the whole class loved them",
        "Happy Orthodox Christmas on the 7th January to Ivan, Kateryna and Nikolai 🎄 can you "
        "tell us what you eat on Christmas Eve? 12 dishes??",
        "The Red Cross family tracing service is at their official office, 44 Moorfields, "
        "London. Their helpline is on the poster in the corridor, ask Mrs Ali if you need help",
        "keep it a secret!!! we are making a surprise welcome card for Tamar, she starts on "
        "Monday. everyone sign it in room 9 at break 🤫",
        "Biology homework: label the parts of the body on the sheet (heart, lungs, stomach, "
        "skin). Newcomers can use the picture dictionary, page 34",
        "Mum says thank you to the volunteer who came to the parents evening with the school and "
        "translated. Is there another one on 15th March?",
        "omg the film was so scary, the guy said I'm going to kill you all and Tariq hid behind "
        "his hoodie 😂😂 10/10 would watch again",
        "Can we meet at the museum entrance at 10:00 for the trip? Address is on the letter: "
        "Museum of London, 150 London Wall. Teachers will count us at the door",
        "If you are a young carer and feel tired in lessons, please tell your form tutor. You "
        "are not in trouble, we just want to help you with homework deadlines 💙",
    ],
    "de": [
        "Das Sekretariat hilft gern beim Ausfüllen der Anmeldeformulare für neue Schülerinnen "
        "und Schüler. Raum 012, Mo-Fr 7:30-13 Uhr, Telefon 05121 301 480.",
        "Die Young-Carers-Gruppe trifft sich jeden Mittwoch 13:30-15:00 in Raum B14 mit Frau "
        "Demir. Es gibt Kekse, Hausaufgabenhilfe und einfach Zeit für euch 💛",
        "Sprachpaten-Plan Woche 3: Ali mit Jonas (Mo+Mi 2. Pause), Olena mit Marie (Di+Do), "
        "Samir mit Finn. Wenn jemand krank ist, bitte Herrn Vogt Bescheid sagen.",
        "Regel an unserer Schule: Dolmetscher treffen Schüler nur im Schulgebäude, im "
        "Besprechungsraum neben dem Sekretariat, immer mit einer Lehrkraft. Keine privaten "
        "Treffen!",
        'Präsentation "Mein Land" am Freitag! Bringt bis zu 5 Familienfotos mit, wenn eure '
        "Eltern die Einverständniserklärung unterschrieben haben. Danke Hamid für die Bilder aus "
        "Herat 😍",
        'haha Dimitri hat mir beigebracht wie man auf russisch "ich bring dich um" sagt 😂 hab '
        "das zu Lukas gesagt als er mein Brot gegessen hat, er hat sich weggelacht",
        "Frohes Zuckerfest an alle, die Ramadan gefeiert haben 🌙 danke Fatima für die Datteln "
        "und das Gebäck, die ganze Klasse war begeistert!",
        "Am 7. Januar feiern Taras und Sofiia orthodoxe Weihnachten 🎄 Erzählt ihr uns nächste "
        "Stunde was es bei euch an Heiligabend zu essen gibt?",
        "Die Caritas-Migrationsberatung ist in der offiziellen Beratungsstelle am Marktplatz 3. "
        "Die Hotline steht auf dem Plakat im Flur, fragt Frau Yilmaz wenn ihr Hilfe braucht",
        "PSSST geheim!!! 🤫 wir basteln eine Willkommenskarte für Nour, sie fängt Montag an. alle "
        "unterschreiben in der großen Pause in Raum 9",
        "Bio-Hausaufgabe: Beschrifte die Körperteile auf dem Arbeitsblatt (Herz, Lunge, Magen, "
        "Haut). Die Willkommensklasse darf das Bildwörterbuch S. 34 benutzen.",
        "Liebe Frau Schulz, vielen Dank für den Dolmetscher beim Elternabend, meine Frau hat "
        "alles verstanden. Gibt es am 15.3. wieder einen?",
        'der film gestern war so krass, der typ hat geschrien "ich bring euch alle um" und '
        "Emre hat sich hinter der Jacke versteckt 😂😂",
        "Treffpunkt für den Ausflug: 9:45 Uhr am Eingang vom Roemer-Museum, Am Steine 1-2. Die "
        "Lehrkräfte zählen euch am Eingang durch.",
        "Wenn du zuhause jemanden pflegst und im Unterricht müde bist, sag es deiner "
        "Klassenlehrerin. Du bekommst keinen Ärger, wir helfen dir mit Abgabeterminen.",
    ],
    "fr": [],
    "it": [],
    "es": [],
    "pl": [],
}
