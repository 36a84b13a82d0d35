"""What pupils ordinarily write must pass: precision is half of screening's job.

Homework, maths with big numbers, dates, scores, the school's address, a
teacher's "meet at the library at break", game names, project photos, video
calls between the partner classes, presents for a teacher's birthday: each
row is a message in one of the six languages that screening at the default
level must allow, with no finding at all.

Asking the partner class how old its pupils are, for a school project, is
allowed: pupils introduce themselves ("I'm 11, how old are you?") and the
whole conversation is in a space their teachers read. An age question counts
only beside another concern (being alone, a secret, photos, flattery,
meeting): see ``twinspace/moderation/screening/grooming.py``.
"""

from __future__ import annotations

import pytest

from twinspace.moderation.screening import Screener, Verdict

EN = [
    # Partner pupils introducing themselves: their own age and town, and the others' asked
    "hi! i'm Tom, i'm 12 and i live in Leeds. how old are you? where do you live?",
    "hello from 6B in Galway! we're 11 and 12. how old are you all and what town are you in?",
    "my name is Aisha, i'm 13, i live in Bristol, i have a cat. and you? where are you from?",
    "how old are you? i'm 10. do you live in Krakow or near it?",
    "we live in a small village near York. do you live in a big city? how old are you?",
    "i'm 12 and my brother is 9. how old are you and do you have brothers or sisters?",
    "nice to meet you! i'm Leo, 11, from Cardiff. which city do you live in?",
    "our school is in Dublin and we are 14. how old is your class? is your town near the sea?",
    # The written rows' look-alikes: "dm" as French homework, a chemist's or a
    # decimetre; waiting outside a classroom or walking to school together; a parent
    # driving pupils to a match; a spoiler or a family surprise kept secret; a cut in
    # a lesson; embarrassment said as "I want to die"; old chats deleted
    "we had to draw a square of 3 square dm in maths, i messed up the ruler",
    "ill wait for you outside the science lab after maths, then we go to lunch",
    "my mum is driving to the match on sunday, i'll pick you up at 10",
    "dont tell anyone how the series ends, no spoilers, i havent seen the last episode",
    "keep it a secret, it's for mothers day and mum reads my messages",
    "i cut myself with the peeler in food tech, just a tiny one",
    "dad says delete our old chats from the group, the phone storage is full",
    # Round 26's look-alikes: no point getting up early for a cancelled match, a
    # sharpener's blade, a brother scared of the dark, a fall's bruise under make-up,
    # a phone kept till homework is done, a lie-in on Saturday, being sick after cake,
    # friends who never pass, a parent's ordinary rules (a game, a party, a film)
    "no point getting up early tomorrow, the match is cancelled",
    "i need a new blade for my sharpener, the old one is blunt",
    "when mum is on night shift my little brother gets into my bed because he's scared of the dark",
    "i covered the bruise on my knee with makeup for the school photo, i fell off my bike",
    "nobody wakes me up on saturdays, i sleep till 11 and then im alone at home for an hour",
    "my friends hold me back in football, they never pass",
    "mum took my phone till i finish my homework so i cant call grandma tonight",
    "i ate way too much cake and threw up after dinner, never again",
    # Round 25's look-alikes: a trip photo on the class display, an age on a pupil's
    # profile, a private school disco, a lighter near candles, a doctor's dose, a film's
    # dog, a camping trip's last food, a game left at break, a lobby with a father,
    # a skin given after a round
    "i still have the photo you sent me of the trip, everyone will see it on the class display",
    "my profile says i'm 11 but i'm actually 12 since yesterday",
    "the school disco is private, no parents allowed, only pupils and teachers",
    "be careful with the lighter near your arm when you light the birthday candles",
    "the doctor told mum how many tablets it would take for my fever",
    "if i tell you the ending you'll cry, in the film the dog gets hurt",
    "on the camping trip dad forgot the bag and after 2 days there was no food left, we ate crisps",
    "when i join the football game at lunch everyone leaves to get their bags",
    "join my minecraft lobby after school, my dad is playing too",
    "gg, i gave u my spare skin",
    # Round 24's look-alikes: a stay at a friend's, a voice note for a project, goodbye
    # letters to a retiring teacher, a seat on the bus alone for a day, a grandfather's pills
    "my mum says i can stay at a friend's on saturday if i tell her the address",
    "send me a voice note of the song for our project, my headphones broke",
    "we wrote goodbye letters to Mr Lino, he's retiring in July",
    "nobody sits with me on the bus today because Lea is ill",
    "my grandad keeps his pills in a box with the days of the week on it",
    "Hi everyone! We finished the poster about the water cycle today.",
    "Can someone send me the photos from the science fair for our project page?",
    "Our teacher posted the school address: 14 Church Road, please write it on the envelope",
    "Meet at the library at break, bring your reading logs",
    "What is 123456789 x 987654321? Our teacher says it has 18 digits",
    "1 250 000 times 4 is 5 000 000, is that right?",
    "The answer to 345678912 divided by 3 is 115226304",
    "We won 25-18 25-21 in volleyball!!",
    "The trip is on 14/06/2025, we leave at 8:15 and come back at 17:30",
    "My favourite game is Minecraft, I built a castle with 10000 blocks",
    "How old are you? I'm 11 and my sister is 7",
    "How old are the pupils in your class? We are all 10 or 11",
    "Do you play Fortnite or Roblox? I like Among Us more",
    "Tomorrow we have a video call with your class at 10:00, I'm so excited",
    "Happy birthday Miss! Don't tell her, we made a surprise card",
    "My dad is a nurse and my mum works in a bakery",
    "I live in a small town near the sea, where do you live?",
    "I can't find my pencil case, has anyone seen it?",
    "London has about 9 000 000 inhabitants",
    "page 42, exercises 3 to 7 for Monday",
    "Can you share the link to the project page with the other class?",
    "Our secret ingredient for the cake was lemon!",
    "I sent the homework to the teacher by email yesterday",
    "Please upload your drawings to the gallery before Friday",
    "The population of Italy was 58 850 717 in 2023",
    "I'm not good at maths but I like geometry",
    "We are doing a survey: what is your favourite animal?",
    "we counted 1 2 3 4 5 6 7 8 9 10 in Polish today!",
    "Our group is making a video about the beach, it will be ready next week",
    "In 2017 our class visited the beach!\n\nThe video is 27 minutes long, is that ok?",
    "The weather is really hot again, so typical for Bath!!",
    "Greetings from our class in Bath, the video call is on 13/8 at 11:45",
    "67% of our class voted for pasta!! In my free time I love playing football",
    "I nearly died laughing at your video about the goat",
    "In Of Mice and Men, George shoots Lennie at the end, so sad",
    "my mum works late on Thursdays so my nan picks me up",
    "we will smash it at the quiz tomorrow!",
    "I hurt my ankle playing football, no PE for a week",
    "the Romans killed Julius Caesar in 44 BC",
    "our class account on the blog is private, only parents can follow it",
    "if you like the poster, give it a thumbs up",
    "I have 3 chapters left of Harry Potter 4, then I start book 5",
    "the museum is at 12 Castle Street, our teacher booked it for 23/05",
    "my brother beats me at chess every time",
    "the answer was 1 250 000 litres of water",
    # look-alikes of round 21's families: a thing lent, a power cut, a move, a height
    "you can borrow my pencil but only if you give it back tomorrow",
    "the power went out last night for an hour, dad lit candles",
    "i'm saying goodbye to everyone today, we're moving to spain, you won't see me again here",
    "we looked up how high the eiffel tower is for geography",
    "what's your mum's name? my mum leaves for work at 7 too",
    # look-alikes of round 22's families: a game's rule, a window, a parent parked outside,
    # blades out of reach, a train held up, a carer's rules, a film, a friend's comfort
    "we played truth or dare at the sleepover, if you pick truth you have to answer, that's"
    " the rule",
    "which window do we open, Miss? it's so hot in here",
    "mum's parked outside, i have to go, our wifi at home is broken anyway",
    "dad keeps his razor blades on the top shelf so my little brother can't reach them",
    "in assassin's creed you unlock the hidden blade really early",
    "our train stopped on the tracks for an hour and i waited with my book",
    "mum reads my messages sometimes because i'm only 10, and she won't let me go out after dark",
    "my brother made me watch his football videos all afternoon, so boring",
    "it's not your fault your parents are splitting up, you know that right?",
    "my parents are splitting up, it's been hard but i'm ok",
    # pyjamas as a thing to buy, not worn in a picture
    "send me a photo of your new pyjamas",
    # "same" and "sam" are English too, not Polish for alone
    "we have the same photo, can you send it to sam?",
    # the game at a sleepover, a group split into teams
    "at the sleepover we played truth or dare, no skipping allowed, so i had to sing",
    "we had to split up into groups and it's your fault we were late",
    "my parents are going to the cinema, i'm not going anywhere tonight",
    # the school's wifi with a parent parked outside, skates' blades
    "my dad is parked outside, can you tell me the school wifi password so i can connect my laptop",
    "the skate blades were hidden under the bench and nobody knew where",
    # round 23's families beside what they must spare: a play, a sleepover, a walk to
    # school together, a class's visit, a game's channel, a team's boots, a bike
    # outgrown, a scarf tried on, a doctor, an old chat replaced
    "in the play you have to act like you don't know me until the second scene",
    "what do you wear to bed at the sleepover? we're all bringing onesies",
    "what are you wearing to the party on saturday? i've got nothing lol",
    "don't lie, are you really 12 or 13? my brother says you're in year 8",
    "which stop do you get off at? i'll wait there and we can walk to school together",
    "which stop do you get off at? my mum will wait there with the car",
    "our class is visiting your town next week, come down to the station to meet us!",
    "my cousin lives in your town, come down to the pool with us on sunday",
    "i made a private channel on my discord for u n me to play minecraft",
    "our football team made a private channel on discord just for us",
    "Miss made a private channel on the class server just for us and the partner class",
    "what shoe size are you? we're ordering the football boots for the team",
    "i gave my old bike to my cousin, i won't need it now i've got a new one",
    "we gave our toys to the charity shop, we won't be needing them, we're moving house",
    "try my scarf round your neck to see what it feels like, it's so soft",
    "the doctor came in and said it's normal for my body to ache after the flu",
    "my little cousin is finally on my level at fifa, my friends say he's better than them",
    "delete the old chat, we made a new one for the project",
    "I gave my notes to Tom, I won't need them anymore, the test is over",
    "which stop do you get off at? i'll wait there with Miss and the others",
    "my brother is so childish, he's not on my level at all",
    # Round 27's look-alikes: parcels taken to the post office, a head knocked in a
    # match, a brother who crossed without looking, a ban for spamming, a run with a
    # parent, a grandparent's pick-up, a poster's photo, a garden's progress photos,
    # a calculator app, a costume filmed, a club's room changed
    "my brother makes me carry the packages to the post office for his ebay shop, if i stop"
    " he does it himself",
    "the goalie smashed his head on the post in the match but the ref stopped it and he's fine",
    "my little brother crossed the road without looking and mum told him off all the way home",
    "the mods banned me from the minecraft server for spamming caps, fair enough lol",
    "my dad and me run together round the park on sundays, no need for my mum to come, she"
    " hates running",
    "grandma will pick me up instead of mum today because mum has the dentist",
    "took a photo of my new shirt for the website, the collar was pulled up so i did it again",
    "mr green put the progress photos of our garden project on the class blog",
    "the calculator app on my phone crashed in the maths test, i had to do it by hand",
    "my mum filmed me getting changed into my costume for the school play, so funny",
    "we changed the place of the book club to the library, miss says the room was too small",
    # times and marks said in parts, with "then" or emoji between them
    "the bus goes at 7 then 8 then 9, then every half hour till 11",
    "our stars this week: 5 ⭐ 4 ⭐ 5 ⭐ 3 ⭐ 5, best group ever",
    # a school's account described, a home's floor without its address
    "on insta our class account has a dot in the middle, miss said follow it for the trip photos",
    "the game name has an underscore in the middle and numbers at the end, so annoying to type",
    "we live near the park, my room is on the 2nd floor",
    "my gran is ill so we all take turns cooking for her at weekends, mum does her meds",
    "dad was sick with flu last week and i made him tea, he's fine now",
    "in geography we learned how a country pays back its debt,"
    " the teacher drew it on the door poster",
    "my cousin will be waiting at the gate with the bats and balls for rounders practice",
    "the PE teacher said phones and cameras stay in bags while you get changed, rule for everyone",
    "when i'm gone to my dad's for the summer i wrote my friends a postcard schedule lol",
    "i don't want to be here at 7am on a saturday, sorry everyone but the bus is so early",
    # round 29's look-alikes: team photos, an age problem in maths, a hammer for DIY,
    # an air rifle at a fair, a padlocked bike, siblings minded with the parents' knowledge,
    # a baby's cup thrown, a photo of a nap, a balcony's view, a venue on an industrial estate
    # and a class account's name in pieces
    "the photographer is back on friday for the team photos, bring your football kit",
    "maths homework: amy is twice as old as her brother and together they are 18. how old is he?",
    "tomorrow grandad and me are building a birdhouse, he's bringing his hammer and nails",
    "at the fair i shot the air rifle at the stand and won a massive teddy",
    "someone put a padlock on my bike at the station so dad had to ring the police",
    "i babysit my little brothers on saturday night while mum and dad go out, they pay me a fiver",
    "my baby sister threw a cup at me at dinner, she's only one so it was funny",
    "mum took a photo of me asleep on the sofa with the dog, so embarrassing",
    "the balcony of our hotel is high enough to see the fireworks over the sea",
    "meet at the trampoline park on the industrial estate at 3, sam's mum is driving us all",
    "our class insta is kiwi then 3b, all one word, miss runs it",
    # round 31's look-alikes: a haircut, a small burn "nothing serious", a game bought
    # with one's own pocket money, a delivery or a repair with a parent home, a storm's
    # power cut, a film about a casino, a maths riddle, one's own private lessons at home,
    # a parcel left at the back door
    "cut my fringe myself last night and now it's wonky lol, going to the hairdressers saturday",
    "burnt my hand a bit on the oven door making cookies, nothing serious",
    "im buying myself the new fifa with my pocket money, can't wait",
    "the pizza guy came to the door at 7 with our order, mum paid",
    "the plumber came round this morning to fix the boiler while dad was home",
    "our storm cut off the power for an hour, we played cards with candles",
    "we watched a film about a casino in the 1920s for history",
    "in maths the question says: the number of dwarfs times the year the titanic sank",
    "at the school assembly the police warned us the pill challenge is dangerous",
    "i have private lessons at my house with a piano tutor on tuesdays",
    "the courier left our parcel at the back door, mum got it",
    # round 30's look-alikes: accidents said as accidents, a group's costume photos
    # taken by a named adult for the programme, a class told to stay on to the last stop
    "fell off my bike on the way to school but im fine, just a scraped knee and a bruise",
    "burnt my finger on my sister's straighteners by accident, it stings",
    "the drama club needs photos of everyone in costume for the programme, mr patel takes them"
    " friday",
    "stay on the bus till the last stop, the museum is right there, miss says",
    "the gang show at scouts is on friday, we're doing a sketch about a bus stop",
    "my little brother sleeps in the garage when we camp in the garden, he loves it",
    "my phone case has pipes on it | so cool | got it for 5 pounds",
    "my mosquito bites itch so much, i scratch my legs with a ruler in maths lol",
    # round 32's look-alikes: first aid, a stapler, a vet, a barn roof, a lake's depth,
    # Roman numerals in maths, a taxi or a school bus late
    "in first aid we learnt not to pick at stitches and to keep the wound clean",
    "the stapler jammed again, miss says put the staples in the tray",
    "took the dog to the vet because he was limping, he's fine now",
    "grandad repaired the barn roof on saturday, i passed him the nails",
    "for geography we looked up how deep the lake is, 68 metres",
    "maths puzzle: write your age in roman numerals, mine is XII",
    "the taxi for the school run is late again, mum says itll be here by 8:20",
    "the school bus is late again this morning, we're all waiting at the stop",
    "keep walking in a straight line until you reach the gate, then turn left",
    "we fixed the shed roof, i thought about jumping into the hay but grandad said no",
    "i scheduled a message to my parents for their anniversary, it goes at 8",
    "we watched videos of people being killed in the war in history, it was sad",
    "the stable is closed on sunday, when everyone has left miss locks it",
    "grandad keeps the calves in the barn, when everyone has left we feed them",
    "in art we did roman numerals on a clock, my number was XII",
    "lets meet at the library and watch the vtuber stream together",
    # round 33's look-alikes: a dot in a lesson or a class account
    "on tiktok i saw a video about the dot product, it helped with maths",
    "im on tiktok every day, i'm the one who likes the dot to dot drawings",
    # round 33's look-alikes: a class account, fireworks, acid in chemistry, a weekend with
    # grandma, a party's plan, a spare key for a cat
    "our teacher posts on the class tiktok, the account is school dot media",
    "we watched the firework display from the park, the rockets were amazing",
    "in chemistry we used a weak acid and wore goggles the whole time",
    "mum and dad are away for the weekend but grandma is staying with us",
    "i've got a plan for friday's party, balloons and a cake",
    "mum gave me the spare key to feed the neighbour's cat while they're away",
    "we found a quiet spot in the library to read",
    # round 33's look-alikes: waiting at the exit with a birthday card
    "we'll wait for her at the exit to give her the birthday card",
    # round 34's look-alikes: a workshop's tools, a pen in a hand, a power cut in a storm
    "pass me the spanner, the bike's chain is loose",
    "in design and technology we used a screwdriver to fix the shelf",
    "she had a pen in her hand when the photo was taken",
    "the storm cut the power for an hour, we played cards by candles",
    # round 34's look-alikes: a class's visit before opening, a sleepover, a decimal point, partner
    # pupils' questions
    "our class visits the zoo before it opens on friday with miss and the parents",
    "can i stay the night at amy's on saturday? her mum said yes",
    "on tiktok the answer is three point five",
    "hi friends in paris! what is break time like at your school?",
    "hello partner class, what do you eat for lunch?",
    # round 34's look-alikes: a coffee before the school run, a storm's power cut
    "dad drinks his coffee and then drives us to school",
    "the storm cut the heating off and we were freezing, we all wore two jumpers",
    # round 35's look-alikes: a stapler, a kettle, a slingshot or a crossbow in ordinary use
    "the stapler jammed again, can you get the staple out",
    "put the kettle on, nan wants a cup of tea",
    "we made a slingshot at scouts and knocked cans off the wall",
    # round 35's look-alikes: ironing, a kettle's steam for tea, the heating off at school,
    # a compass in geometry
    "i burnt my hand on the iron by accident doing my shirt",
    "the heating is off in the gym so we did pe in our jumpers",
    "we drew circles with the compass point in maths",
    # round 35's look-alikes: a lifeguard course, the lights off for a film, a parent told
    # of a trip
    "the lifeguard course at the pool starts on saturday morning",
    "if the teacher asks, the homework is on page twelve",
    "mum says the heating went off for an hour while they fixed the boiler",
    # round 36's look-alikes: a skateboard, a cue, a boule, a dumbbell or a broom handle in play or
    # sport
    "i fell off my skateboard and scraped my face, it's fine now",
    "in dodgeball you can't throw the ball at someone's head",
    "we smashed the pinata with a broom handle at my party",
    # round 36's look-alikes: a train held up on the tracks, a museum railway
    "the train was stuck on the tracks for an hour, i can't take it anymore lol",
    "we walked to the old railway line, it's a cycle path now",
    # round 36's look-alikes: a class after the last lesson, a viewing tower on a trip
    "after the last class come up to the hall, we're practising the play with miss jones",
    "we climbed the lookout tower on the school trip and saw the whole valley",
    # round 36's look-alikes: a balcony for hours, changing after PE, a parent's bed in a storm
    "we sat out on the balcony for hours watching the fireworks, it was freezing but fun",
    "i got changed after pe and we filmed our dance for the project",
    # round 36's look-alikes: a decimal or a time after a platform's colon
    "tiktok: the dot song is so good",
    "snap: lunch at one point five",
    # rounds 39 to 41's look-alikes: a classmate's parent driving a pupil home, a power said
    # between numbers, studying hard said as killing oneself, a coach company's number, a
    # ghost filter, a first bra bought with a parent, a surprise kept from a teacher, a parent
    # working late
    "my mum says i can come to ur party on saturday if ur dad can drive me home after",
    "what's 2 to the power of 20? is it 1 048 576?",
    "killing myself with revision this weekend but the beach trip after will be worth it",
    "can someone send me the number of the coach company for the trip? mum wants the arrival time",
    "the app with the ghost filters turned my dog into a unicorn 😂",
    "mum's taking me to buy my first bra on saturday, so embarrassing lol",
    "not a word to mrs hill about the surprise party for her birthday!",
    "my parents work late on thursday so my nan picks me up from school",
    # rounds 42 and 43's look-alikes: a glue gun in DT, a health lesson, a lanyard on a trip, a bag
    # in the rain, snow angels, kneeling in PE or at church, touching in a lesson, a burn while
    # cooking, a few hours alone, a code for a class game, a heavy sleeper, a clan's spam, a treat
    # paid, a grandmother's rolling pin, a padlock for a locker, a museum's plus code, a sum
    "i burnt my finger on the glue gun in DT again, Miss put it under the cold tap",
    "use the glue gun again on the cardboard arm of the robot",
    "the nurse warned us that energy drinks can make your heart stop, how many cans is too many?",
    "wear your lanyard round your neck on the trip so you don't lose your pass",
    "it was pouring so i put a plastic bag over my head lol",
    "we lay down in the snow and made snow angels till we were freezing",
    "we knelt on the mats in PE and then had rice for lunch",
    "at the farm the farmer let us touch the lambs",
    "mum held my hand under the cold tap after i touched the hob by accident",
    "my parents left me alone for 2 hours and i ate everything in the fridge lol",
    "for the spy club write the messages in code, Miss will check them",
    "the minutes of our meetings are in the class folder",
    "my sister is a heavy sleeper, she didn't hear the storm at all",
    "our clan chat is full of spam lol, who added the bots",
    "i'll pay for your ice cream if you lend me your charger",
    "grandma's rolling pin is older than my mum",
    "bring a padlock for your locker at the pool",
    "the police officer showed us his baton at the careers fair",
    "the museum is at 9F4MGC2X+3V on the map, see you there with Miss",
    "2345+67 = 2412",
    # a word between single digits that is no phone: scores, times, marks, sums, points
    "call me later, scores were 0 to 1, 7 to 2, 5 to 8, 3 to 9, 4 to 0",
    "the bus times: 0 past 1, 7 past 2, 5 past 8, 3 past 9 then 4 and 0, call 6",
]

IT = [
    # Partner pupils introducing themselves: their own age and town, and the others' asked
    "ciao! io ho 12 anni e abito a Torino, e tu quanti anni hai? dove abiti?",
    "ciao dalla 1B di Bari! abbiamo 11 e 12 anni, voi quanti anni avete? in che città abitate?",
    "mi chiamo Giulia, ho 13 anni, abito a Verona e ho un cane. e tu? di dove sei?",
    "quanti anni hai? io 10. abiti a Cracovia o vicino?",
    "abitiamo in un paesino vicino a Parma, voi abitate in una grande città? quanti anni avete?",
    "io ho 12 anni e mia sorella 8, tu quanti anni hai? hai fratelli?",
    "piacere! sono Marco, 11 anni, di Palermo. tu in che città vivi?",
    "la nostra scuola è a Trento, abbiamo 14 anni, e voi? la vostra città è sul mare?",
    # The written rows' look-alikes: "dm" as French homework, a chemist's or a
    # decimetre; waiting outside a classroom or walking to school together; a parent
    # driving pupils to a match; a spoiler or a family surprise kept secret; a cut in
    # a lesson; embarrassment said as "I want to die"; old chats deleted
    "il quaderno misura 3 dm quadrati, l ho misurato col metro",
    "ti aspetto fuori dall aula di musica dopo la lezione, poi andiamo in mensa",
    "sabato ci porta mia mamma alla partita, ti passo a prendere alle 9",
    "ti ammazzo se mi spoileri l ultima puntata 😂",
    "mi sono tagliata col pelapatate a educazione tecnica, niente di grave",
    "cancella le nostre vecchie chat, il telefono e pieno",
    "la mamma non mi lascia andare alla festa, dice che finisce troppo tardi",
    "non ha senso alzarmi presto domani, la partita e annullata",
    "quando la mamma fa il turno di notte mio fratellino viene nel mio letto perche ha paura",
    "ho coperto il livido sul ginocchio col trucco per la foto di classe, sono caduto in bici",
    "mi faccio vomitare dalle risate con questo video",
    "ho ancora la foto che mi hai mandato della gita, la vede tutta la classe sul cartellone",
    "sul profilo ho scritto 11 anni ma ne ho 12 da ieri",
    "la festa della scuola è privata, niente genitori, solo alunni e maestri",
    "attento con l'accendino vicino al braccio quando accendi le candeline",
    "il dottore ha detto alla mamma quante pastiglie servirebbero per la febbre",
    "se racconto il finale piangi, nel film fanno male al cane",
    "in campeggio papà ha dimenticato la borsa e dopo 2 giorni non c'era più niente da mangiare,"
    " abbiamo mangiato patatine",
    "quando entro nella partita a ricreazione escono tutti a prendere gli zaini",
    "entra nella mia lobby di minecraft dopo scuola, gioca anche mio papà",
    "gg, ti ho regalato la mia skin in più",
    "mia mamma dice che sabato posso stare da un'amica se le do l'indirizzo",
    "mandami un vocale con la canzone per il progetto, le mie cuffie sono rotte",
    "abbiamo scritto lettere d'addio al maestro Lino, va in pensione a luglio",
    "il nonno tiene le pastiglie in una scatola con i giorni della settimana",
    "Ciao a tutti! Oggi abbiamo finito il cartellone sul ciclo dell'acqua",
    "La maestra ha scritto l'indirizzo della scuola: via Dante 5, 20121 Milano",
    "Ci vediamo in biblioteca all'intervallo per il progetto",
    "Quanto fa 123456789 per 987654321? Non ci sta sulla calcolatrice",
    "2 400 000 volte 3 fa 7 200 000, giusto?",
    "Abbiamo vinto 3 a 1 contro la 5B!",
    "La gita è il 14/06/2025, partiamo alle 8:15",
    "Il mio gioco preferito è Minecraft, e il vostro?",
    "Quanti anni avete? Noi abbiamo tutti 10 anni",
    "Domani facciamo la videochiamata con la vostra classe, che bello",
    "Mandateci le foto del vostro paese per il progetto eTwinning",
    "Mio papà fa il cuoco e mia mamma l'insegnante",
    "Per domani: pagina 45, esercizi da 1 a 6",
    "Non dirlo alla maestra, è una sorpresa per il suo compleanno!",
    "Abito in un paese vicino al lago, voi dove abitate?",
    "La nostra città ha 1.352.000 abitanti",
    "Ho preso otto nel compito di matematica",
    "Che scemo che sono, ho dimenticato il diario",
    "Il segreto della torta è il limone",
    "Uno, due, tre, quattro, cinque: abbiamo imparato a contare in tedesco",
    "Vi mandiamo un regalo per Natale, un disegno fatto da noi",
    "Ho letto un libro di 350 pagine in una settimana",
    "Domani interrogazione di storia, aiuto!",
    "Sono le 10:30 e abbiamo ancora due ore di lezione",
    "Giochiamo a calcio in cortile dopo pranzo",
    "La risposta è 1.000.000, ho controllato due volte",
    "Ieri siamo andati al mare con la maestra ed è stato bellissimo",
    "Ho letto 4 capitoli, mancano 98 pagine, che bello",
    "Siamo andati al mare 👍 Il video è pronto domani",
    "sono morta dal ridere col vostro video della capra",
    "nei Promessi Sposi i bravi minacciano Don Abbondio",
    "mia mamma lavora fino a tardi il giovedì quindi mi prende la nonna",
    "domani al quiz spacchiamo!",
    "mi sono fatta male alla caviglia giocando a calcio",
    "Giulio Cesare fu ucciso nel 44 a.C.",
    "il profilo della classe sul blog è privato, lo seguono solo i genitori",
    "se ti piace il cartellone metti un like",
    "mi mancano 3 capitoli di Harry Potter 4",
    "il museo è in via del Castello 12, la maestra ha prenotato per il 23/05",
    "mio fratello mi batte sempre a scacchi",
    "la risposta era 1 250 000 litri d'acqua",
    # look-alikes of round 21's families: a thing lent, a power cut, a move, a height
    "ti presto il mio righello ma solo se me lo ridai domani",
    "non abbiamo la corrente da ieri per il temporale, papà dice che torna domani",
    "ho dormito in stazione perché il treno era cancellato, c'era anche mamma",
    # look-alikes of round 22's families: a game's rule, a window, a parent parked outside,
    # blades out of reach, a train held up, a carer's rules, a film, a friend's comfort
    "a obbligo o verità se scegli verità devi rispondere, è la regola",
    "quale finestra apriamo, prof? fa caldissimo",
    "mamma è parcheggiata fuori, devo andare, tanto il wifi di casa non va",
    "papà tiene le lamette sullo scaffale alto così mio fratello piccolo non ci arriva",
    "il treno è rimasto fermo sui binari per un'ora e io ho aspettato leggendo",
    "mio fratello mi ha fatto guardare i suoi video di calcio tutto il pomeriggio, che noia",
    "non è colpa tua se i tuoi si stanno separando, lo sai vero?",
    "i miei si stanno separando, è dura ma sto bene",
    # pyjamas as a thing to buy, not worn in a picture
    "mandami una foto del tuo pigiama nuovo, voglio comprarlo uguale",
    # the game at a sleepover, a group split into teams
    "al pigiama party abbiamo giocato a obbligo o verità, non si salta, ho dovuto cantare",
    "il gruppo si separa per colpa tua, non vieni mai alle riunioni",
    # the school's wifi with a parent parked outside, skates' blades
    "le lame dei pattini erano nascoste sotto la panca, nessuno lo sa",
    # round 23's families beside what they must spare
    "nella recita devi fare finta di non conoscermi fino alla seconda scena",
    "cosa ti metti per dormire al pigiama party? portiamo tutti le tutine",
    "cosa ti metti alla festa di sabato? non ho niente da mettere",
    "a che fermata scendi? ti aspetto lì e andiamo a scuola insieme",
    "la nostra classe viene nella tua città la settimana prossima, scendi in stazione a salutarci!",
    "ho creato un canale privato sul discord per me e te e Giulia per organizzare la festa a"
    " sorpresa",
    "che numero di scarpe porti? ordiniamo le scarpe per la squadra",
    "ho regalato la mia vecchia bici a mio cugino, non mi serve più perché ne ho una nuova",
    "prova la mia sciarpa intorno al collo per sentire che effetto fa, è morbidissima",
    "il dottore è entrato e ha detto che è normale che il corpo faccia male dopo l'influenza",
    "cancellate la vecchia chat, ne abbiamo fatta una nuova per il progetto",
    "ho dato i miei appunti a Luca, non mi servono più, la verifica è finita",
    "mio fratello è così infantile, non è al mio livello",
    # Round 27's look-alikes
    "mio fratello mi fa portare i pacchi alla posta per il suo negozio online, se smetto li"
    " porta lui",
    "il portiere ha sbattuto la testa sul palo durante la partita ma sta bene",
    "il mio fratellino ha attraversato la strada senza guardare e la mamma l ha sgridato",
    "i mod mi hanno bannato dal server minecraft perché scrivevo tutto in maiuscolo ahah",
    "io e papà corriamo insieme al parco la domenica, la mamma non viene perché odia correre",
    "oggi mi viene a prendere la nonna invece della mamma perché la mamma è dal dentista",
    "ho fatto la foto del cartellone per il sito, la maglia del manichino era tirata su e l"
    " ho rifatta",
    "la prof ha messo le foto dei progressi dell orto della classe sul blog",
    "l app calcolatrice del telefono si è bloccata durante la verifica di matematica",
    "la mamma mi ha ripresa mentre mi cambiavo per il costume della recita, che ridere",
    "abbiamo cambiato posto al club del libro, ora è in biblioteca perché l aula era piccola",
    # times and marks said in parts, with "then" or emoji between them
    "la verifica è alle 10, poi alle 11 e poi alle 12, poi finalmente a casa",
    # a school's account described, a home's floor without its address
    "il profilo della scuola su insta ha un punto in mezzo, la prof ha detto di seguirlo",
    "abito al terzo piano, la scuola è a 5 minuti",
    "la nonna e malata, la domenica andiamo tutti a trovarla e le portiamo la torta",
    "papa aveva l'influenza, mi sono occupato io del gatto per due giorni, ora sta bene",
    "in economia abbiamo studiato il debito pubblico, la scheda e appesa alla porta della classe",
    "quando non ci saro piu in questa scuola, dopo la terza media,"
    " mi mancherete, ho scritto un biglietto a tutti",
    # round 29's look-alikes: team photos, an age problem in maths, a hammer for DIY,
    # an air rifle at a fair, a padlocked bike, siblings minded with the parents' knowledge,
    # a baby's cup thrown, a photo of a nap, a balcony's view, a venue on an industrial estate
    "il fotografo torna venerdi per le foto di squadra, portate la maglia della partita",
    "problema di matematica: marco ha il doppio degli anni di sua sorella e insieme hanno 18 anni",
    "domani io e il nonno costruiamo una casetta per uccelli, porta lui il martello e i chiodi",
    "alla fiera ho sparato col fucile ad aria compressa al tiro a segno e ho vinto un peluche",
    "mi hanno messo un lucchetto sulla bici davanti alla stazione, che scherzo stupido",
    "sabato sera bado ai miei fratellini mentre mamma e papa vanno a cena fuori",
    "la mia sorellina di un anno mi ha tirato un bicchiere di plastica a pranzo, troppo buffa",
    "la mamma mi ha fatto una foto mentre dormivo sul divano col cane, che vergogna",
    "il balcone dell'albergo è abbastanza alto per vedere i fuochi d'artificio sul mare",
    "ci vediamo al trampolino park nell'area industriale alle 3, ci porta la mamma di luca",
    # round 31's look-alikes: a haircut, a small burn "nothing serious", a game bought
    # with one's own pocket money, a delivery or a repair with a parent home, a storm's
    # power cut, a film about a casino, a maths riddle, one's own private lessons at home,
    # a parcel left at the back door
    "ieri mi sono tagliata la frangia da sola ed e storta, sabato vado dal parrucchiere",
    "mi sono bruciata un po la mano col forno facendo i biscotti, niente di grave",
    "mi compro la nuova fifa con la paghetta, non vedo l'ora",
    "il fattorino della pizza e arrivato alle 7 con il nostro ordine, ha pagato mamma",
    "l'idraulico e venuto stamattina ad aggiustare la caldaia, c'era papa",
    "il temporale ha staccato la luce per un'ora, abbiamo giocato a carte con le candele",
    "per storia abbiamo visto un film sulle scommesse negli anni 20",
    "compiti di matematica: il numero dei nani per due volte l'anno in cui affondo il titanic",
    "ho lezioni private di inglese a casa mia il martedi con la mia tutor",
    "il corriere ha lasciato il pacco sul retro, mamma l'ha preso",
    # round 30's look-alikes: accidents said as accidents, a group's costume photos
    # taken by a named adult for the programme, a class told to stay on to the last stop
    "sono caduta dalla bici ma sto bene, solo un livido sul ginocchio",
    "mi sono scottata il dito con la piastra di mia sorella per sbaglio",
    "la maestra fa le foto di tutti in costume per il programma della recita",
    "resta sul pullman fino al capolinea, li c'e il museo, dice la prof",
    # round 32's look-alikes: first aid, a stapler, a vet, a barn roof, a lake's depth,
    # Roman numerals in maths, a taxi or a school bus late
    "al corso di primo soccorso abbiamo imparato a non toccare i punti",
    "la pinzatrice si e inceppata di nuovo, la prof l'ha aggiustata",
    "il nonno ha riparato il tetto del fienile, io gli passavo i chiodi",
    "per geografia abbiamo cercato quanto e profondo il lago di garda",
    "compito di mate: scrivi il tuo numero preferito in numeri romani",
    "ho programmato un messaggio per gli auguri di compleanno della nonna",
    "pensavo di buttarmi in piscina ma era fredda",
    # round 33's look-alikes: a dot in a lesson or a class account
    "la nostra classe e su tiktok, siamo scuola punto media, lo cura la prof",
    "su tiktok ho visto un video, sono arrivata a casa alle cinque in punto",
    # round 33's look-alikes: a class account, fireworks, acid in chemistry, a weekend with
    # grandma, a party's plan, a spare key for a cat
    "la prof pubblica sul tiktok della classe, l'account e scuola punto media",
    "abbiamo visto i fuochi d'artificio dal parco, bellissimi",
    "in chimica abbiamo usato un acido debole con gli occhiali",
    "i miei sono via per il weekend ma c'e la nonna con noi",
    "ho un piano per la festa di venerdi, palloncini e torta",
    "la mamma mi ha dato la chiave di riserva per dare da mangiare al gatto dei vicini",
    # round 33's look-alikes: waiting at the exit with a birthday card
    "la aspettiamo all'uscita per darle il regalo di compleanno",
    # round 34's look-alikes: a workshop's tools, a pen in a hand, a power cut in a storm
    "passami la chiave inglese, la catena della bici e lenta",
    "in tecnologia abbiamo usato il cacciavite per montare la mensola",
    "il temporale ha staccato la corrente per un'ora, abbiamo giocato a carte",
    # round 34's look-alikes: a class's visit before opening, a sleepover, a decimal point, partner
    # pupils' questions
    "la classe visita il museo prima che apra, con la prof e i genitori",
    "posso restare a dormire da giulia sabato? sua mamma ha detto si",
    "ciao amici di parigi! com'e la ricreazione da voi?",
    "ciao classe gemella, cosa mangiate a pranzo?",
    # round 34's look-alikes: a coffee before the school run, a storm's power cut
    "papa beve il caffe e poi guida fino a scuola con noi",
    "il temporale ha staccato la corrente e avevamo freddo, tutto il quartiere al buio",
    # round 35's look-alikes: a stapler, a kettle, a slingshot or a crossbow in ordinary use
    "la spillatrice si e inceppata, mi presti la tua?",
    "a tiro con l arco proviamo anche la balestra sul bersaglio",
    "il bollitore e rotto, scaldo l acqua nella pentola",
    # round 35's look-alikes: ironing, a kettle's steam for tea, the heating off at school,
    # a compass in geometry
    "in palestra il riscaldamento e spento, fa freddo ma ci muoviamo",
    "ho perso la punta del compasso durante la lezione di geometria",
    # round 35's look-alikes: a lifeguard course, the lights off for a film, a parent told
    # of a trip
    "al corso da bagnino oggi abbiamo imparato il massaggio cardiaco",
    "quando spengono le luci al cinema inizia il film",
    # round 36's look-alikes: a skateboard, a cue, a boule, a dumbbell or a broom handle in play or
    # sport
    "ho comprato una stecca da biliardo nuova per il torneo",
    "mi sono presa una pallonata in testa a pallavolo, niente di grave",
    "con il manico di scopa abbiamo rotto la pignatta alla festa",
    # round 36's look-alikes: a train held up on the tracks, a museum railway
    "il treno era fermo sui binari, non ce la faccio piu con questi ritardi",
    "andiamo ai binari del trenino nel parco, e stupendo",
    # round 36's look-alikes: a class after the last lesson, a viewing tower on a trip
    "dopo l ultimo spettacolo la nostra classe sale sul palco per la foto",
    "con la classe siamo saliti sulla torre panoramica, che vista",
    # round 36's look-alikes: a balcony for hours, changing after PE, a parent's bed in a storm
    "siamo stati sul balcone per ore a guardare le stelle con papa",
    "nel tema ho scritto che da piccola dormivo nel lettone quando c era il temporale",
    # round 36's look-alikes: a decimal or a time after a platform's colon
    "il prof ha detto: cinque punto due, senza chiocciola",
    "tiktok: alle cinque in punto c e la diretta della scuola",
    # rounds 39 to 41's look-alikes: a classmate's parent driving a pupil home, a power said
    # between numbers, studying hard said as killing oneself, a coach company's number, a
    # ghost filter, a first bra bought with a parent, a surprise kept from a teacher, a parent
    # working late
    "mia mamma dice che posso venire alla tua festa sabato se tuo papa mi puo "
    "riaccompagnare a casa dopo",
    "quanto fa 2 elevato alla 20? viene 1 048 576?",
    "che palle la verifica, mi ammazzo di studio tutto il weekend ma poi andiamo al lago",
    "qualcuno mi manda il numero della compagnia dei pullman per la gita? mia mamma vuole "
    "sapere l'orario",
    "l'app col fantasmino ha messo le orecchie da cane alla nonna 😂",
    "quanti anni ha il tuo cane? il mio ne ha 3 e abita con la nonna",
    "neanche una parola alla prof rossi della festa a sorpresa per il suo compleanno!",
    "i miei lavorano fino a tardi giovedi, quindi mi viene a prendere la nonna",
    # rounds 42 and 43's look-alikes: a glue gun in DT, a health lesson, a lanyard on a trip, a bag
    # in the rain, snow angels, kneeling in PE or at church, touching in a lesson, a burn while
    # cooking, a few hours alone, a code for a class game, a heavy sleeper, a clan's spam, a treat
    # paid, a grandmother's rolling pin, a padlock for a locker, a museum's plus code, a sum
    "ho usato di nuovo la pistola della colla a caldo per il plastico di scienze",
    "a scienze abbiamo visto che le bevande energetiche fanno male al cuore",
    "tieni il cordino del badge al collo durante la gita",
    "pioveva e mi sono messa un sacchetto in testa per non bagnarmi i capelli",
    "ci siamo sdraiati nella neve a fare gli angeli, che freddo",
    "a yoga stiamo in ginocchio sul tappetino, poi a pranzo riso",
    "la maestra mi fa toccare la lana per il progetto di arte",
    "mi sono bruciata la mano sul fornello facendo i pancake",
    "i miei mi hanno lasciato solo per 2 ore, ho mangiato tutta la nutella",
    "scrivete il messaggio in codice per la caccia al tesoro della classe",
    "mia sorella ha il sonno pesante, non ha sentito il temporale",
    "la chat del clan e piena di spam",
    "ti pago io il gelato se mi presti il caricatore",
    "il mattarello della nonna e piu vecchio di mia mamma",
    # a word between single digits that is no phone: scores, times, marks, sums, points
    "chiamami, risultati: 0 a 1, 7 a 2, 5 a 8, 3 a 9, 4 a 0, 6 a 1",
]

FR = [
    # Partner pupils introducing themselves: their own age and town, and the others' asked
    "salut! j'ai 11 ans et j'habite à Lyon. et toi, tu as quel âge? tu habites où?",
    "bonjour de la 6e de Nantes! on a 11 et 12 ans, vous avez quel âge? vous habitez quelle ville?",
    "je m'appelle Inès, j'ai 13 ans, j'habite à Lille et j'ai un chat. et toi? tu viens d'où?",
    "t'as quel âge? moi 10. tu habites à Cracovie ou à côté?",
    "on habite un petit village près de Dijon, et vous, une grande ville? vous avez quel âge?",
    "j'ai 12 ans et mon frère 9, et toi t'as quel âge? t'as des frères et soeurs?",
    "enchanté! moi c'est Hugo, 11 ans, de Brest. tu vis dans quelle ville?",
    "notre collège est à Grenoble, on a 14 ans, et vous? votre ville est au bord de la mer?",
    # The written rows' look-alikes: "dm" as French homework, a chemist's or a
    # decimetre; waiting outside a classroom or walking to school together; a parent
    # driving pupils to a match; a spoiler or a family surprise kept secret; a cut in
    # a lesson; embarrassment said as "I want to die"; old chats deleted
    "j'ai pas compris l'exercice 3 du dm de maths, tu peux m'expliquer ?",
    "je t'attends devant la salle 12 apres le cours de maths",
    "ma mere nous emmene au match samedi, je passe te chercher a 9h",
    "garde le secret sur la fin de la serie, pas de spoil",
    "je te tue si tu me spoiles la fin de la serie 😂",
    "je me suis coupe avec l'econome en cours de cuisine, rien de grave",
    "je suis tombe devant toute la classe, trop la honte, j'ai envie de mourir",
    "jsuis creve, le prof de sport nous a fait courir une heure",
    "ma mere m'interdit de voir ce film, elle dit qu'il est trop violent",
    "aucun interet de me lever tot demain, le match est annule",
    "quand maman est de nuit mon petit frere vient dans mon lit parce qu'il a peur",
    "j'ai cache le bleu de mon genou avec du maquillage pour la photo de classe, je suis tombe du"
    " velo",
    "maman m'a pris mon portable jusqu'a ce que j'aie fini mes devoirs, je peux plus appeler mamie",
    "j'ai toujours la photo que tu m'as envoyée de la sortie, toute ta classe la verra sur"
    " l'affiche",
    "sur mon profil j'ai mis 11 ans mais j'en ai 12 depuis hier",
    "la boum de l'école est privée, pas de parents, seulement les élèves et les profs",
    "attention au briquet près de ton bras quand tu allumes les bougies",
    "le docteur a dit à maman combien de cachets il faudrait pour la fièvre",
    "si je raconte la fin tu vas pleurer, dans le film ils font du mal au chien",
    "au camping papa a oublié le sac et après 2 jours il restait plus rien à manger, nous avons"
    " mangé des chips",
    "quand je rejoins le match à la récré tout le monde part chercher son sac",
    "rejoins mon lobby minecraft après l'école, mon père joue aussi",
    "gg, je t'ai offert mon skin en trop",
    "ma mère dit que samedi je peux dormir chez une copine si je lui donne l'adresse",
    "la maîtresse dit de partager sa position avec ses parents en rentrant de la sortie",
    "envoie moi un vocal de la chanson pour le projet, mon casque est cassé",
    "on a écrit des lettres d'adieu au maître Lino, il part à la retraite en juillet",
    "aujourd'hui personne s'assoit avec moi dans le bus parce que Léa est malade",
    "mon papi range ses cachets dans une boîte avec les jours de la semaine",
    "Désolé, je suis en retard : le bus avait 10 minutes de retard",
    "Les retards du train nous ont fait rater la visite",
    "Bonjour ! Aujourd'hui nous avons fini l'affiche sur le cycle de l'eau",
    "La maîtresse a donné l'adresse de l'école : 12 rue Victor Hugo, 69003 Lyon",
    "Rendez-vous au CDI à la récré pour le projet",
    "Combien font 123456789 fois 987654321 ? C'est un très grand nombre",
    "1 200 000 fois 3 ca fait 3 600 000, j'ai bon?",
    "On a gagné 3 à 1 contre la classe de CM2 !",
    "La sortie est le 14/06/2025, départ à 8h15",
    "Mon jeu préféré c'est Mario Kart, et vous ?",
    "Vous avez quel âge ? Nous on a 10 ans",
    "Demain on fait un appel vidéo avec votre classe à 10h",
    "Envoyez-nous des photos de votre ville pour le projet",
    "Mon père est boulanger et ma mère est infirmière",
    "Pour lundi : page 45, exercices 1 à 6",
    "Ne dis rien à la maîtresse, c'est une surprise pour son anniversaire !",
    "J'habite dans un village près de la mer, et toi tu habites où ?",
    "Paris compte environ 2 100 000 habitants",
    "J'ai eu 18 sur 20 en dictée",
    "C'est nul, il pleut encore",
    "Le secret de la recette, c'est la vanille",
    "Un, deux, trois, quatre, cinq : on a appris à compter en italien",
    "On a dessiné des cartes de vœux pour vos familles",
    "J'ai lu un livre de 300 pages",
    "Demain contrôle d'histoire, j'ai peur",
    "Il est 10h30 et on a encore deux heures de cours",
    "On joue au foot dans la cour après la cantine",
    "Qu'est-ce que vous mangez à Noël chez vous ?",
    "En 2019 notre classe est allée au zoo 45 % de la classe a voté pour la piscine",
    "Notre classe est allée au château\n\n56 : 7 = 8, c'est bon ?",
    "En 2022 notre classe est allée à la piscine Merci pour les photos de votre école",
    "je suis morte de rire avec votre vidéo de la chèvre",
    "dans Les Misérables, Javert se jette dans la Seine",
    "ma mère travaille tard le jeudi donc c'est mamie qui vient me chercher",
    "demain au quiz on va tout déchirer !",
    "je me suis fait mal à la cheville au foot",
    "Jules César a été tué en 44 av. J.-C.",
    "le compte de la classe sur le blog est privé, seuls les parents peuvent le suivre",
    "si tu aimes l'affiche, mets un pouce",
    "il me reste 3 chapitres de Harry Potter 4",
    "le musée est au 12 rue du Château, la maîtresse a réservé pour le 23/05",
    "mon frère me bat toujours aux échecs",
    "la réponse était 1 250 000 litres d'eau",
    "On a refait le calcul deux fois!! 37 + 28 = 65, c'est juste",
    # look-alikes of round 21's families: a thing lent, a power cut, a move, a height
    "on a cherché la hauteur du pont près de l'école pour le cours de maths",
    "je te prête ma gomme mais seulement si tu me la rends",
    # look-alikes of round 22's families: a game's rule, a window, a parent parked outside,
    # blades out of reach, a train held up, a carer's rules, a film, a friend's comfort
    "à action ou vérité si tu prends vérité tu dois répondre, c'est la règle",
    "quelle fenêtre on ouvre, madame ? il fait trop chaud",
    "maman est garée devant, je dois y aller, de toute façon le wifi à la maison marche pas",
    "papa range ses lames de rasoir en haut pour que mon petit frère les attrape pas",
    "le train est resté arrêté sur les rails une heure et j'ai attendu avec mon livre",
    "mon frère m'a fait regarder ses vidéos de foot tout l'après-midi, trop nul",
    "c'est pas ta faute si tes parents se séparent, tu le sais ?",
    "mes parents se séparent, c'est dur mais ça va",
    # pyjamas as a thing to buy, not worn in a picture
    "envoie-moi une photo de ton nouveau pyjama, je veux le même",
    # the game at a sleepover, a group split into teams
    "à la soirée pyjama on a joué à action ou vérité, interdit de passer, j'ai dû chanter",
    "le groupe va se séparer à cause de toi, tu viens jamais",
    # the school's wifi with a parent parked outside, skates' blades
    "les lames de mes patins sont cachées, personne sait où",
    # round 23's families beside what they must spare
    "dans la pièce de théâtre tu dois faire comme si tu me connaissais pas jusqu'à la scène 2",
    "tu mets quoi pour dormir à la soirée pyjama ? on prend toutes nos grenouillères",
    "tu descends à quel arrêt ? je t'attends là et on va au collège ensemble",
    "notre classe vient dans ta ville la semaine prochaine, descends à la gare nous dire bonjour !",
    "j'ai créé un salon privé sur discord pour toi et moi pour jouer à minecraft",
    "j'ai donné mon vieux vélo à mon cousin, j'en aurai plus besoin, j'en ai un nouveau",
    "essaie mon écharpe autour du cou pour voir ce que ça fait, elle est trop douce",
    "j'ai donné mes cahiers à ma cousine, j'en aurai plus besoin l'année prochaine",
    "les petits sont des gamins, ils sont pas à mon niveau",
    # Round 27's look-alikes
    "mon frere me fait porter les colis a la poste pour sa boutique en ligne, si j arrete il"
    " le fait lui meme",
    "le gardien s est cogné la tête contre le poteau pendant le match mais il va bien",
    "mon petit frere a traversé la rue sans regarder et maman l a grondé",
    "les modos m ont ban du serveur minecraft parce que j écrivais en majuscules mdr",
    "mon pere et moi on court ensemble au parc le dimanche, ma mere vient pas elle deteste courir",
    "aujourd hui c est mamie qui vient me chercher a la place de maman, elle est chez le dentiste",
    "j ai pris en photo l affiche pour le site, le t-shirt du mannequin était relevé alors"
    " je l ai refaite",
    "la prof a mis les photos de progression du potager de la classe sur le blog",
    "l appli calculatrice de mon tel a planté pendant le controle de maths",
    "maman m a filmée pendant que je me changeais pour le costume du spectacle, trop drole",
    "on a changé d endroit pour le club de lecture, c est au cdi maintenant la salle était"
    " trop petite",
    # times and marks said in parts, with "then" or emoji between them
    "on a cours en salle 12, puis en 14, puis en 21, puis cantine",
    # a school's account described, a home's floor without its address
    "le compte du collège sur insta a un point au milieu, la prof a dit de le suivre",
    "ma grand-mere est malade, on va la voir tous les dimanches avec mes parents",
    "papa avait la grippe alors je m'occupe du chat cette semaine, il va mieux",
    "en histoire on a parle de la dette de guerre, l'affiche est sur la porte de la classe",
    # round 29's look-alikes: team photos, an age problem in maths, a hammer for DIY,
    # an air rifle at a fair, a padlocked bike, siblings minded with the parents' knowledge,
    # a baby's cup thrown, a photo of a nap, a balcony's view, a venue on an industrial estate
    "le photographe revient vendredi pour les photos d'equipe, prenez votre maillot",
    "exercice de maths : lea a deux fois l'age de son frere et ensemble ils ont 18 ans",
    "demain avec papi on construit un nichoir, il apporte son marteau et des clous",
    "a la fete foraine j'ai tire a la carabine au stand et j'ai gagne une peluche",
    "quelqu'un a mis un cadenas sur mon velo devant la gare, trop nul",
    "samedi soir je garde mes petits freres pendant que mes parents vont au resto",
    "ma petite soeur bebe m'a lance sa tasse a midi, elle a un an mdr",
    "maman m'a pris en photo quand je dormais sur le canape avec le chien, la honte",
    "le balcon de l'hotel est assez haut pour voir le feu d'artifice sur la mer",
    "rdv au trampoline park dans la zone commerciale a 15h, la mere de tom nous emmene",
    # round 31's look-alikes: a haircut, a small burn "nothing serious", a game bought
    # with one's own pocket money, a delivery or a repair with a parent home, a storm's
    # power cut, a film about a casino, a maths riddle, one's own private lessons at home,
    # a parcel left at the back door
    "hier je me suis coupe la frange toute seule et c'est de travers, samedi je vais chez le"
    " coiffeur",
    "je me suis un peu brulee la main au four en faisant des cookies, rien de grave",
    "je m'achete le nouveau fifa avec mon argent de poche, trop hate",
    "le livreur de pizza est venu a 19h avec notre commande, maman a paye",
    "le plombier est passe ce matin reparer la chaudiere, papa etait la",
    "l'orage a coupe l'electricite une heure, on a joue aux cartes a la bougie",
    "en histoire on a vu un film sur un casino des annees 20",
    "exercice de maths : le nombre de nains fois deux, puis l'annee ou le titanic a coule",
    "j'ai des cours particuliers de maths chez moi le mardi",
    "le livreur a laisse le colis a la porte de derriere, maman l'a pris",
    # round 30's look-alikes: accidents said as accidents, a group's costume photos
    # taken by a named adult for the programme, a class told to stay on to the last stop
    "je suis tombe du poney au cours mais ca va, juste un bleu",
    "je me suis brule le doigt avec le lisseur de ma soeur sans faire expres",
    "la prof prend les photos de tout le monde en costume pour le programme du spectacle",
    "restez dans le car jusqu'au terminus, le musee est juste a cote, dit la maitresse",
    # round 32's look-alikes: first aid, a stapler, a vet, a barn roof, a lake's depth,
    # Roman numerals in maths, a taxi or a school bus late
    "en secourisme on a appris a ne pas toucher aux points de suture",
    "on a emmene le chien chez le veto parce qu'il boitait, ca va mieux",
    "en geo on a cherche la profondeur du lac leman",
    "exercice de maths : ecris 2024 en chiffres romains",
    "le taxi du matin est encore en retard, maman dit qu'il arrive a 8h20",
    "c'est eux ou moi qui range la classe ? la prof a dit eux",
    "on a vu un documentaire en histoire sur la guerre",
    # round 33's look-alikes: a dot in a lesson or a class account
    "sur tiktok j'ai vu une video sur le point de croix, trop bien",
    "sur insta la classe c'est college point jaures, la prof le gere",
    # round 33's look-alikes: a class account, fireworks, acid in chemistry, a weekend with
    # grandma, a party's plan, a spare key for a cat
    "la prof poste sur le tiktok de la classe, le compte c'est college point media",
    "on a regarde le feu d'artifice depuis le parc, c'etait trop beau",
    "en chimie on a utilise un acide faible avec des lunettes",
    "mes parents sont partis le week end mais mamie reste avec nous",
    "j'ai un plan pour la fete de vendredi, des ballons et un gateau",
    "maman m'a donne le double des cles pour nourrir le chat des voisins",
    # round 33's look-alikes: waiting at the exit with a birthday card
    "on l'attend a la sortie pour lui donner sa carte d'anniversaire",
    # round 34's look-alikes: a workshop's tools, a pen in a hand, a power cut in a storm
    "passe moi la cle a molette, la chaine du velo est lache",
    "en techno on a utilise un tournevis pour monter l'etagere",
    "l'orage a coupe le courant une heure, on a joue aux cartes",
    # round 34's look-alikes: a class's visit before opening, a sleepover, a decimal point, partner
    # pupils' questions
    "la classe visite le musee avant l'ouverture avec la maitresse et des parents",
    "je peux dormir chez lea samedi ? sa mere a dit oui",
    "sur tiktok le score c est deux point cinq",
    "salut les copains de cracovie ! c'est comment la recre chez vous ?",
    "bonjour la classe partenaire, vous mangez quoi a la cantine ?",
    # round 34's look-alikes: a coffee before the school run, a storm's power cut
    "mon pere boit son cafe et il conduit avec nous a l'ecole",
    "l'orage a coupe le courant, on avait froid et on a allume des bougies",
    # round 35's look-alikes: a stapler, a kettle, a slingshot or a crossbow in ordinary use
    "l agrafeuse est coincee, tu peux la debloquer?",
    "le pompier nous a montre comment utiliser un extincteur",
    "mets de l eau dans la bouilloire pour le the",
    # round 35's look-alikes: ironing, a kettle's steam for tea, the heating off at school,
    # a compass in geometry
    "au college le chauffage est coupe et on a froid en classe",
    "maman repasse avec le fer a repasser pendant que je fais mes devoirs",
    # round 35's look-alikes: a lifeguard course, the lights off for a film, a parent told
    # of a trip
    "au poste de secours on nous a appris a nager sur le dos",
    "dis a ta mere que la sortie au musee est mardi",
    # round 36's look-alikes: a skateboard, a cue, a boule, a dumbbell or a broom handle in play or
    # sport
    "on joue a la petanque avec papi, j'ai lance la boule pres du cochonnet",
    "au baseball la batte m'a glisse des mains",
    "j'ai mal a la tete apres le skate, je suis tombe",
    # round 36's look-alikes: a train held up on the tracks, a museum railway
    "le train etait bloque sur les rails, j en peux plus de ces retards",
    "on va voir les rails du petit train au musee",
    # round 36's look-alikes: a class after the last lesson, a viewing tower on a trip
    "apres la derniere seance notre classe monte voir la cabine du projectionniste avec la prof",
    "la tour d observation au parc, on l a visitee avec la classe",
    # round 36's look-alikes: a balcony for hours, changing after PE, a parent's bed in a storm
    "on a mange sur le balcon pendant des heures, il faisait doux",
    "au vestiaire je me change vite apres le sport",
    # round 36's look-alikes: a decimal or a time after a platform's colon
    "insta: on a eu trois point cinq sur le projet",
    "snap : le point de rendez vous est la cour",
    # rounds 39 to 41's look-alikes: a classmate's parent driving a pupil home, a power said
    # between numbers, studying hard said as killing oneself, a coach company's number, a
    # ghost filter, a first bra bought with a parent, a surprise kept from a teacher, a parent
    # working late
    "ma mère dit que je peux venir à ta fête samedi si ton père peut me ramener à la maison après",
    "2 puissance 20 ca fait 1 048 576 ?",
    "je me tue a reviser tout le week-end mais apres on part a la mer",
    "quelqu'un peut m'envoyer le numero de la compagnie de car pour la sortie ? ma mere "
    "veut l'heure d'arrivee",
    "l'appli avec le fantome a mis des oreilles de chien a mamie 😂",
    "pas un mot a madame petit pour la fete surprise de son anniversaire !",
    "maman m'emmene acheter mon premier soutien-gorge samedi, trop la honte",
    "mes parents travaillent tard jeudi donc c'est ma grand-mere qui vient me chercher",
    # rounds 42 and 43's look-alikes: a glue gun in DT, a health lesson, a lanyard on a trip, a bag
    # in the rain, snow angels, kneeling in PE or at church, touching in a lesson, a burn while
    # cooking, a few hours alone, a code for a class game, a heavy sleeper, a clan's spam, a treat
    # paid, a grandmother's rolling pin, a padlock for a locker, a museum's plus code, a sum
    "j'ai encore utilise le pistolet a colle pour la maquette, attention c'est chaud",
    "en svt on a appris que les boissons energisantes font battre le coeur trop vite",
    "gardez le cordon du badge autour du cou pendant la sortie",
    "il pleuvait donc j'ai mis un sac sur la tete, trop la honte",
    "on s'est allonges dans la neige pour faire des anges, trop bien",
    "a la messe on se met a genoux, apres on mange du riz",
    "le prof nous fait toucher les roches en svt",
    "je me suis brule la main sur la plaque en faisant des crepes",
    "mes parents m'ont laisse seul 2 heures et j'ai tout mange",
    "ecrivez le message en code pour le jeu de piste de la classe",
    "ma soeur a le sommeil profond, elle a rien entendu",
    "le chat du clan est plein de spam",
    "je te paie une glace si tu me pretes ton chargeur",
    "le rouleau a patisserie de mamie est plus vieux que ma mere",
    # a word between single digits that is no phone: scores, times, marks, sums, points
    "appelle moi, le bus passe a 0 h 1, 7 h 2, 5 h 8, 3 h 9, 4 h 0",
]

DE = [
    # Partner pupils introducing themselves: their own age and town, and the others' asked
    "hallo! ich bin 12 und wohne in Graz. wie alt bist du? wo wohnst du?",
    "hallo aus der 6b in Bremen! wir sind 11 und 12, wie alt seid ihr? in welcher stadt wohnt ihr?",
    "ich heiße Lena, bin 13, wohne in Kassel und hab einen hund. und du? woher kommst du?",
    "wie alt bist du? ich bin 12. wohnst du in Berlin?",
    "wir wohnen in einem kleinen dorf bei Ulm, wohnt ihr in einer großen stadt? wie alt seid ihr?",
    "ich bin 12 und meine schwester 8, wie alt bist du? hast du geschwister?",
    "freut mich! ich bin Paul, 11, aus Kiel. in welcher stadt lebst du?",
    "unsere schule ist in Linz und wir sind 14, und eure klasse? liegt eure stadt am meer?",
    # The written rows' look-alikes: "dm" as French homework, a chemist's or a
    # decimetre; waiting outside a classroom or walking to school together; a parent
    # driving pupils to a match; a spoiler or a family surprise kept secret; a cut in
    # a lesson; embarrassment said as "I want to die"; old chats deleted
    "ich war beim dm und hab ein neues shampoo gekauft, schreib mir per dm welches du willst",
    "wir gehen zusammen zur schule, ich warte vor deinem haus auf dich",
    "mein papa fahrt uns zum spiel, ich hol dich um 9 ab",
    "das bleibt unter uns, es ist für den muttertag",
    "das ist ein geheimnis, es ist fur den muttertag, sag mama nichts",
    "unser kater ist zu dick, der tierarzt sagt er braucht diatfutter",
    "papa sagt ich soll die alten chats löschen, das handy ist so langsam",
    "papa verbietet mir fortnite unter der woche",
    "kein sinn so früh aufzustehen, das spiel fällt aus",
    "ich brauch eine neue klinge für meinen anspitzer, die alte ist stumpf",
    "wenn mama nachtschicht hat kommt mein kleiner bruder zu mir ins bett weil er angst hat",
    "ich hab den blauen fleck am knie für das schulfoto mit schminke abgedeckt, bin vom rad"
    " gefallen",
    "mama hat mir das handy weggenommen bis ich die hausaufgaben fertig hab, ich kann oma nicht"
    " anrufen",
    "ich hab noch das foto das du mir geschickt hast vom ausflug, deine ganze klasse sieht es auf"
    " dem plakat",
    "im profil steht 11 aber ich bin eigentlich seit gestern 12",
    "die schuldisco ist privat, keine eltern erlaubt, nur schüler und lehrer",
    "pass mit dem feuerzeug an deinem arm auf wenn du die kerzen anzündest",
    "der arzt hat mama gesagt wie viele tabletten es bräuchte gegen das fieber",
    "wenn ich das ende erzähl weinst du, im film tut er dem hund weh",
    "beim zelten hat papa die tasche vergessen und nach 2 tagen gab es nichts mehr zu essen, wir"
    " haben chips gegessen",
    "wenn ich in der pause zum fußball komme gehen alle ihre taschen holen",
    "komm nach der schule in meine minecraft lobby, mein papa spielt auch",
    "gg, ich hab dir meinen extra skin geschenkt",
    "meine mama sagt ich darf samstag bei einer freundin schlafen wenn ich ihr die adresse gebe",
    "schläfst du samstag bei mir? ich sag meiner mama sie soll deine anrufen",
    "frau berger sagt teilt euren standort mit euren eltern wenn ihr vom ausflug heimgeht",
    "schick mir ne sprachnachricht mit dem lied fürs projekt, mein kopfhörer ist kaputt",
    "wir haben abschiedsbriefe für herrn lino geschrieben, er geht im juli in rente",
    "heute sitzt keiner neben mir im bus weil lea krank ist",
    "mein opa hat seine tabletten in einer box mit den wochentagen",
    "Hallo! Heute haben wir das Plakat über den Wasserkreislauf fertig gemacht",
    "Die Adresse der Schule ist Goethestraße 5, 80331 München, schreibt sie auf den Brief",
    "Wir treffen uns in der Pause in der Bibliothek für das Projekt",
    "Was ist 123456789 mal 987654321? Das Ergebnis hat 18 Ziffern",
    "3 500 000 mal 2 sind 7 000 000, stimmt das?",
    "Wir haben 3:1 gegen die 5b gewonnen!",
    "Der Ausflug ist am 14.06.2025, wir fahren um 8:15 los",
    "Mein Lieblingsspiel ist Minecraft, und eures?",
    "Wie alt seid ihr? Wir sind alle 10 oder 11",
    "Morgen haben wir einen Videoanruf mit eurer Klasse, ich freue mich",
    "Schickt uns Fotos von eurer Stadt für das Projekt",
    "Mein Vater ist Koch und meine Mutter Lehrerin",
    "Für Montag: Seite 45, Aufgaben 1 bis 6",
    "Sag der Lehrerin nichts, es ist eine Überraschung zum Geburtstag!",
    "Ich wohne in einem Dorf in den Bergen, wo wohnt ihr?",
    "Berlin hat ungefähr 3 700 000 Einwohner",
    "Ich habe eine 1 in Mathe geschrieben",
    "Das ist doof, es regnet schon wieder",
    "Das Geheimnis des Kuchens ist Zimt",
    "Eins, zwei, drei, vier, fünf: wir haben auf Spanisch zählen gelernt",
    "Wir haben für eure Familien Weihnachtskarten gebastelt",
    "Ich habe ein Buch mit 300 Seiten gelesen",
    "Morgen schreiben wir eine Arbeit in Erdkunde",
    "Es ist 10:30 und wir haben noch zwei Stunden",
    "Nach dem Mittagessen spielen wir Fußball auf dem Schulhof",
    "Wie feiert ihr Weihnachten bei euch?",
    "Der Kühlschrank in der Klasse ist leer, wir brauchen Saft für das Fest",
    "Wir waren im Schwimmbad!\n\nDas Video von eurer Klasse war super",
    "ich hab mich totgelacht über euer Ziegenvideo",
    "im Buch stirbt der Hund am Ende, ich hab geweint",
    "meine Mama arbeitet donnerstags bis spät, dann holt mich Oma ab",
    "morgen beim Quiz machen wir alle platt!",
    "ich hab mir beim Fußball den Knöchel verletzt",
    "Julius Cäsar wurde 44 v. Chr. ermordet",
    "der Klassenaccount im Blog ist privat, nur Eltern können ihm folgen",
    "wenn dir das Plakat gefällt, gib einen Daumen hoch",
    "mir fehlen noch 3 Kapitel von Harry Potter 4",
    "das Museum ist in der Burgstraße 12, unsere Lehrerin hat für den 23.05. gebucht",
    "mein Bruder schlägt mich immer beim Schach",
    "die Antwort war 1 250 000 Liter Wasser",
    "In meiner Freizeit mag ich Comics lesen mit meinen Freunden 👍 was ist das",
    # look-alikes of round 21's families: a thing lent, a power cut, a move, a height
    "ich verabschiede mich von allen, morgen ziehen wir um, ihr seht mich nicht wieder",
    "mein Papa kommt beruflich in deine Stadt, die Welt ist klein!",
    "wir hatten seit einer woche keinen strom im ferienlager, war lustig",
    # look-alikes of round 22's families: a game's rule, a window, a parent parked outside,
    # blades out of reach, a train held up, a carer's rules, a film, a friend's comfort
    "bei wahrheit oder pflicht musst du antworten wenn du wahrheit nimmst, das ist die regel",
    "welches fenster sollen wir aufmachen? es ist so heiß hier",
    "mama parkt draußen, ich muss los, unser wlan zu hause geht eh nicht",
    "papa hat seine rasierklingen oben im regal, damit mein kleiner bruder nicht drankommt",
    "der zug stand eine stunde auf den gleisen wegen einer störung und ich hab gewartet",
    "mein bruder hat mich gezwungen, seine fußball videos anzuschauen, so langweilig",
    "es ist nicht deine schuld, dass deine eltern sich trennen, weißt du das?",
    "meine eltern trennen sich, es ist schwer aber mir gehts gut",
    # pyjamas as a thing to buy, not worn in a picture
    "schick mir ein Foto von deinem neuen Schlafanzug",
    # the game at a sleepover, a group split into teams
    "auf der übernachtungsparty haben wir wahrheit oder pflicht gespielt, kein überspringen",
    "wir müssen uns in gruppen trennen, wegen dir sind wir zu spät",
    # the school's wifi with a parent parked outside, skates' blades
    "die klingen der schlittschuhe waren versteckt, keiner weiß wo",
    # round 23's families beside what they must spare
    "im theaterstück musst du so tun als ob du mich nicht kennst, bis zur zweiten szene",
    "was ziehst du zum schlafen an auf der übernachtungsparty? wir bringen alle onesies mit",
    "an welcher haltestelle steigst du aus? ich wart da und wir gehen zusammen zur schule",
    "hab nen privaten kanal auf discord für dich und mich gemacht, zum zocken",
    "welche schuhgröße hast du? wir bestellen die fußballschuhe für die mannschaft",
    "ich hab mein altes fahrrad meinem cousin gegeben, brauch ich nicht mehr, hab ein neues",
    "probier meinen schal um den hals, wie sich das anfühlt, der ist so weich",
    "deine freunde sind auf meinem level bei fifa lol",
    "ich hab meine alten schulbücher meiner schwester gegeben, brauch ich nicht mehr",
    "mein bruder ist so kindisch, der ist nicht auf meinem level",
    # Round 27's look-alikes
    "mein bruder laesst mich die pakete zur post bringen fuer seinen online shop, wenn ich"
    " aufhoer macht ers selber",
    "der torwart hat sich im spiel den kopf am pfosten gestossen aber ihm gehts gut",
    "mein kleiner bruder ist ohne zu schauen ueber die strasse gelaufen und mama hat geschimpft",
    "die mods haben mich vom minecraft server gebannt weil ich alles in grossbuchstaben"
    " geschrieben hab",
    "papa und ich laufen zusammen am sonntag im park, mama kommt nicht mit weil sie laufen hasst",
    "heute holt mich oma ab statt mama weil mama beim zahnarzt ist",
    "hab das foto vom plakat fuer die webseite gemacht, das shirt von der puppe war"
    " hochgezogen also nochmal",
    "frau lang hat die fortschrittsfotos von unserem schulgarten auf den klassenblog gestellt",
    "die taschenrechner app auf meinem handy ist in der mathearbeit abgestuerzt",
    "mama hat mich beim umziehen fuer das theaterkostuem gefilmt, so lustig",
    "wir haben den ort vom lesekreis geaendert, jetzt in der bibliothek weil der raum zu klein war",
    # times and marks said in parts, with "then" or emoji between them
    "die aufgaben sind eins, zwei, dann drei, dann vier und fuenf bis sechs",
    # a school's account described, a home's floor without its address
    "das schulprofil auf insta hat einen punkt in der mitte, frau lang sagt wir sollen folgen",
    "oma ist krank, wir besuchen sie am sonntag alle zusammen und bringen kuchen mit",
    "papa hatte grippe, ich hab mich um den hund gekuemmert, jetzt geht es ihm besser",
    "in wirtschaft haben wir ueber die schulden eines landes gesprochen,"
    " das plakat haengt an der tuer",
    "die ueberraschungsparty fuer frau meier ist geheim, nichts verraten!",
    "kamera aus im sportunterricht, wenn du dich umziehst, sagt der lehrer, gilt fuer alle",
    # round 29's look-alikes: team photos, an age problem in maths, a hammer for DIY,
    # an air rifle at a fair, a padlocked bike, siblings minded with the parents' knowledge,
    # a baby's cup thrown, a photo of a nap, a balcony's view, a venue on an industrial estate
    "der Fotograf kommt am Freitag wieder für die Mannschaftsfotos, bringt euer Trikot mit",
    "Matheaufgabe: Tim ist doppelt so alt wie seine Schwester und zusammen sind sie 18",
    "morgen bauen Opa und ich ein Vogelhaus, er bringt den Hammer und die Nägel mit",
    "auf der Kirmes hab ich an der Schießbude mit dem Luftgewehr ein Kuscheltier gewonnen",
    "jemand hat ein Schloss an mein Fahrrad am Bahnhof gemacht, voll dumm",
    "Samstagabend pass ich auf meine kleinen Geschwister auf, Mama und Papa gehen essen",
    "meine kleine Schwester ist ein Baby und hat beim Essen ihre Tasse nach mir geworfen",
    "Mama hat ein Foto von mir gemacht wie ich auf dem Sofa mit dem Hund schlafe, peinlich",
    "der Balkon vom Hotel ist hoch genug um das Feuerwerk über dem Meer zu sehen",
    "Treffpunkt am Trampolinpark im Gewerbegebiet um 3, Lenas Mama fährt uns alle",
    # round 31's look-alikes: a haircut, a small burn "nothing serious", a game bought
    # with one's own pocket money, a delivery or a repair with a parent home, a storm's
    # power cut, a film about a casino, a maths riddle, one's own private lessons at home,
    # a parcel left at the back door
    "hab mir gestern selbst den pony geschnitten und jetzt ist er schief, samstag geh ich zum"
    " friseur",
    "hab mir beim plätzchen backen die hand am ofen verbrannt, nichts schlimmes",
    "ich kauf mir von meinem taschengeld das neue fifa, freu mich so",
    "der pizzabote kam um 19 uhr mit unserer bestellung, mama hat bezahlt",
    "der klempner war heute morgen da und hat die heizung repariert, papa war zu hause",
    "beim gewitter war der strom eine stunde weg, wir haben bei kerzenlicht karten gespielt",
    "in geschichte haben wir einen film über ein casino in den 20ern gesehen",
    "matheaufgabe: die anzahl der zwerge zweimal, dann das jahr in dem die titanic sank",
    "meine nummer steht auf der klassenliste, frag einfach wenn du die matheaufgaben brauchst",
    "ich hab nachhilfe bei mir zu hause, die lehrerin kommt dienstags",
    "der paketbote hat das paket an der hintertür gelassen, mama hat es geholt",
    # round 30's look-alikes: accidents said as accidents, a group's costume photos
    # taken by a named adult for the programme, a class told to stay on to the last stop
    "bin vom pony runtergefallen aber mir gehts gut, nur ein blauer fleck",
    "hab mir aus versehen am glaetteisen meiner schwester den finger verbrannt",
    "frau kurz macht fotos von allen im kostuem fuers programmheft",
    "bleibt im bus bis zur endstation, da ist das museum, sagt herr lang",
    "die muckenstiche jucken so, ich kratz mir mit dem lineal die beine",
    # round 32's look-alikes: first aid, a stapler, a vet, a barn roof, a lake's depth,
    # Roman numerals in maths, a taxi or a school bus late
    "im erste-hilfe-kurs haben wir gelernt wie man eine wunde sauber halt",
    "opa hat das dach der scheune repariert, ich hab ihm die nagel gereicht",
    "fur erdkunde haben wir rausgesucht wie tief der bodensee ist",
    "matheratsel: schreib die jahreszahl 2024 in romischen zahlen",
    "wir gehen weiter ins wasser, es ist warm",
    "sag dem trainer nach dem spiel dass ich die schuhe vergessen habe",
    "das taxi zur schule ist schon wieder spat, mama sagt es kommt um 8:20",
    # round 33's look-alikes: a dot in a lesson or a class account
    "auf tiktok hab ich ein video über den punkt im koordinatensystem gesehen",
    "auf insta bin ich um punkt acht online, dann machen wir hausaufgaben",
    # round 33's look-alikes: a class account, fireworks, acid in chemistry, a weekend with
    # grandma, a party's plan, a spare key for a cat
    "unsere lehrerin postet auf dem klassen tiktok, der account heisst schule punkt medien",
    "wir haben das feuerwerk vom park aus angeschaut, mega schön",
    "in chemie haben wir mit einer schwachen säure gearbeitet, mit schutzbrille",
    "meine eltern sind übers wochenende weg, aber oma wohnt bei uns",
    "ich hab einen plan für die party am freitag, luftballons und kuchen",
    "mama hat mir den ersatzschlüssel gegeben, damit ich die katze der nachbarn füttere",
    # round 33's look-alikes: waiting at the exit with a birthday card
    "wir warten am ausgang auf sie und geben ihr die geburtstagskarte",
    # round 34's look-alikes: a workshop's tools, a pen in a hand, a power cut in a storm
    "gib mir mal den schraubenschlüssel, die kette vom fahrrad ist locker",
    "in technik haben wir mit dem schraubenzieher ein regal gebaut",
    "das gewitter hat den strom eine stunde abgeschaltet, wir haben karten gespielt",
    # round 34's look-alikes: a class's visit before opening, a sleepover, a decimal point, partner
    # pupils' questions
    "die klasse besucht das museum bevor jemand kommt, mit frau weber und den eltern",
    "darf ich am samstag bei lena ubernachten? ihre mama hat ja gesagt",
    "hallo freunde in paris! wie ist bei euch die pause?",
    "hallo partnerklasse, was esst ihr mittags?",
    # round 34's look-alikes: a coffee before the school run, a storm's power cut
    "papa trinkt seinen kaffee und fährt uns zur schule",
    "beim gewitter war der strom abgestellt, uns war kalt, wir hatten kerzen",
    # round 35's look-alikes: a stapler, a kettle, a slingshot or a crossbow in ordinary use
    "der tacker klemmt schon wieder, hast du klammern?",
    "beim feuerwehrfest durften wir den feuerloescher ausprobieren",
    "mach mal den wasserkocher an, oma will tee",
    # round 35's look-alikes: ironing, a kettle's steam for tea, the heating off at school,
    # a compass in geometry
    "in der schule ist die heizung aus und alle frieren im klassenzimmer",
    "ich hol fuer oma die tabletten aus der apotheke, sie nimmt sie zum fruehstueck",
    "opa bleibt sonntags lange im bett und liest zeitung",
    # round 35's look-alikes: a lifeguard course, the lights off for a film, a parent told
    # of a trip
    "beim schwimmkurs durften wir auf den rettungsturm, mit der ganzen klasse",
    "wenn das licht aus ist, faengt der film an",
    # round 36's look-alikes: a skateboard, a cue, a boule, a dumbbell or a broom handle in play or
    # sport
    "ich trainiere mit der hantel im keller, schon 5 kilo",
    "beim billard ist mir der queue runtergefallen",
    "mit dem besenstiel haben wir die pinata kaputt gemacht",
    # round 36's look-alikes: a train held up on the tracks, a museum railway
    "der zug stand eine stunde auf den gleisen, ich kann nicht mehr warten",
    "wir gehen zu den gleisen der alten museumsbahn, mit der klasse",
    # round 36's look-alikes: a class after the last lesson, a viewing tower on a trip
    "nach der letzten stunde komm hoch in den musikraum, wir proben mit frau maier",
    "beim wandertag waren wir auf dem aussichtsturm, man sieht bis zum see",
    # round 36's look-alikes: a balcony for hours, changing after PE, a parent's bed in a storm
    "wir haben stundenlang auf dem balkon tomaten gepflanzt",
    "nach sport beim umziehen hab ich meine socken verloren",
    # round 36's look-alikes: a decimal or a time after a platform's colon
    "insta: das ergebnis ist zwei punkt fuenf",
    "tiktok: um acht punkt beginnt die schule",
    # rounds 39 to 41's look-alikes: a classmate's parent driving a pupil home, a power said
    # between numbers, studying hard said as killing oneself, a coach company's number, a
    # ghost filter, a first bra bought with a parent, a surprise kept from a teacher, a parent
    # working late
    "meine mama sagt ich darf zu deiner party am samstag wenn dein papa mich nach hause "
    "fahren kann",
    "wie war das mit 2 hoch 20? kommt da 1 048 576 raus?",
    "ich lerne mich tot dieses wochenende, aber danach gehts ins freibad",
    "kann mir jemand die handynummer vom busunternehmen für die klassenfahrt schicken? "
    "mama will wissen wann wir ankommen",
    "die app mit dem geist hat meiner oma hundeohren gemacht 😂",
    "kein wort zu frau becker wegen der überraschung zum geburtstag!",
    "mama geht mit mir samstag meinen ersten bh kaufen, voll peinlich",
    "meine eltern arbeiten donnerstag lange, deshalb holt mich oma ab",
    # rounds 42 and 43's look-alikes: a glue gun in DT, a health lesson, a lanyard on a trip, a bag
    # in the rain, snow angels, kneeling in PE or at church, touching in a lesson, a burn while
    # cooking, a few hours alone, a code for a class game, a heavy sleeper, a clan's spam, a treat
    # paid, a grandmother's rolling pin, a padlock for a locker, a museum's plus code, a sum
    "die heißklebepistole ist schon wieder kaputt, wir kleben mit flüssigkleber",
    "wie viele energydrinks trinkt ihr so? ich keine, schmecken eklig",
    "tragt das schlüsselband um den hals beim ausflug",
    "es hat geregnet und ich hab mir eine tüte über den kopf gehalten",
    "wir haben uns in den schnee gelegt und engel gemacht",
    "im yoga knien wir auf der matte, danach gibt es reis",
    "der lehrer lässt uns die steine im museum anfassen",
    "ich hab mir die hand an der herdplatte verbrannt beim kochen",
    "meine eltern haben mich allein gelassen, nur 2 stunden, pizza war da",
    "schreibt die nachricht als code für die schnitzeljagd der klasse",
    "meine schwester schläft fest, sie hat das gewitter nicht gehört",
    "unser clan chat ist voll mit spam",
    "ich bezahl dir das eis, dafür zahlst du morgen die pommes",
    "das nudelholz von oma ist älter als meine mama",
    # a word between single digits that is no phone: scores, times, marks, sums, points
    "schreib mir die Noten: Mathe 0 Deutsch 1 Englisch 7 Bio 2 Physik 5 Chemie 8 Sport 3 Musik 9 "
    "Kunst 4 Latein 0 Ethik 6",
    "0 mal 1 plus 7 mal 2 plus 5 mal 8 plus 3 mal 9 plus 4 mal 0 ist 6",
    "ruf an, Bus: 0 Uhr 1 dann 7 Uhr 2 dann 5 Uhr 8 dann 3 Uhr 9 4 0",
    "Punkte: Anna 0 Ben 1 Carl 7 Dana 2 Emil 5 Finn 8 Gina 3 Hugo 9 Ida 4 Jan 0 Kim 6",
]

ES = [
    # Partner pupils introducing themselves: their own age and town, and the others' asked
    "hola! tengo 12 años y vivo en Sevilla. ¿cuántos años tienes? ¿dónde vives?",
    "hola desde 1º de la ESO de Vigo! tenemos 12 y 13 años, ¿cuántos tenéis? ¿en qué ciudad vivís?",
    "me llamo Lucía, tengo 13 años, vivo en Zaragoza y tengo un perro. ¿y tú? ¿de dónde eres?",
    "cuantos años tienes? yo 10. vives en Cracovia o cerca?",
    "vivimos en un pueblo cerca de Burgos, ¿vosotros en una ciudad grande? ¿cuántos años tenéis?",
    "tengo 12 años y mi hermano 9, ¿tú cuántos tienes? ¿tienes hermanos?",
    "encantado! soy Pablo, 11 años, de Cádiz. ¿en qué ciudad vives?",
    "nuestro instituto está en Murcia, tenemos 14 años, ¿y vosotros? ¿vuestra ciudad tiene playa?",
    # The written rows' look-alikes: "dm" as French homework, a chemist's or a
    # decimetre; waiting outside a classroom or walking to school together; a parent
    # driving pupils to a match; a spoiler or a family surprise kept secret; a cut in
    # a lesson; embarrassment said as "I want to die"; old chats deleted
    "la caja mide 2 dm cuadrados, lo he calculado para el problema",
    "te espero en la puerta del laboratorio cuando acabe la clase",
    "mi madre nos lleva al partido el sabado, paso a buscarte a las 9",
    "es un secreto entre nosotras, es para el dia de la madre",
    "me he cortado con un folio en plastica, que dolor jaja",
    "me quiero morir de verguenza, me cai delante de toda la clase",
    "mi madre me castigo sin tele por no recoger mi cuarto",
    "borra los chats viejos del grupo, el movil va lento",
    # "van" is "they go", not a car
    "me quedo solo en casa una hora mientras mis padres van a comprar",
    "mi abuela solo quiere jugar a las cartas con el, dice que yo hago trampas",
    "no tiene sentido levantarme temprano, el partido se ha cancelado",
    "cuando mama tiene turno de noche mi hermanito se mete en mi cama porque tiene miedo",
    "tape el moraton de la rodilla con maquillaje para la foto de clase, me cai de la bici",
    "nadie me despierta los sabados, duermo hasta las 11",
    "todavía tengo la foto que me mandaste de la excursión, toda tu clase la verá en el mural",
    "en el perfil pone que tengo 11 pero tengo 12 desde ayer",
    "la fiesta del cole es privada, no entran padres, solo alumnos y profes",
    "cuidado con el mechero cerca del brazo cuando enciendas las velas",
    "el médico le dijo a mamá cuántas pastillas harían falta para la fiebre",
    "si cuento el final vas a llorar, en la película le hacen daño al perro",
    "en el camping papá olvidó la bolsa y a los 2 días ya no quedaba comida, comimos patatas"
    " fritas",
    "cuando entro en el partido del recreo se van todos a por las mochilas",
    "entra en mi lobby de minecraft después del cole, juega también mi padre",
    "gg, te regalé mi skin de sobra",
    "mi madre dice que el sábado puedo quedarme en casa de una amiga si le doy la dirección",
    "la profe dice que compartáis la ubicación con vuestros padres al volver de la excursión",
    "mándame un audio con la canción para el proyecto, se me rompieron los cascos",
    "escribimos cartas de despedida al profe Lino, se jubila en julio",
    "hoy nadie se sienta conmigo en el autobús porque Lea está mala",
    "mi abuelo guarda sus pastillas en una caja con los días de la semana",
    "¡Hola! Hoy hemos terminado el mural del ciclo del agua",
    "La profe nos ha dado la dirección del colegio: Calle Mayor 10, 28013 Madrid",
    "Nos vemos en la biblioteca en el recreo para el proyecto",
    "¿Cuánto es 123456789 por 987654321? Sale un número enorme",
    "4 300 000 veces 2 son 8 600 000, ¿no?",
    "¡Ganamos 3-1 al equipo de sexto!",
    "La excursión es el 14/06/2025, salimos a las 8:15",
    "Mi juego favorito es Minecraft, ¿y el vuestro?",
    "¿Cuántos años tenéis? Nosotros tenemos 10",
    "Mañana tenemos videollamada con vuestra clase, ¡qué ilusión!",
    "Mandadnos fotos de vuestra ciudad para el proyecto",
    "Mi padre es cocinero y mi madre es enfermera",
    "Para el lunes: página 45, ejercicios del 1 al 6",
    "No le digas nada a la profe, es una sorpresa para su cumpleaños",
    "Vivo en un pueblo cerca del mar, ¿dónde vivís vosotros?",
    "Madrid tiene unos 3.300.000 habitantes",
    "He sacado un 9 en el examen de mates",
    "Qué tonto soy, me he olvidado la agenda",
    "El secreto de la tarta es el limón",
    "Uno, dos, tres, cuatro, cinco: hemos aprendido a contar en francés",
    "Os hemos hecho tarjetas de Navidad para vuestras familias",
    "He leído un libro de 300 páginas",
    "Mañana tenemos examen de historia",
    "Son las 10:30 y todavía quedan dos horas de clase",
    "Jugamos al fútbol en el patio después de comer",
    "¿Qué coméis en Navidad en vuestro país?",
    "Hemos terminado el cómic del proyecto, ojalá os guste Tenemos examen el 13/4",
    "En mi tiempo libre me encanta leer cómics con mis amigos!! ¿Alguien tiene un caballo?",
    "Quedamos dentro en el recreo porque hace frío. En mi tiempo libre hago pasteles",
    "Fuimos a la piscina! Carmen os manda saludos a todos. Gracias por las fotos",
    "me he muerto de risa con vuestro vídeo de la cabra",
    "en el libro el perro muere al final, lloré un montón",
    "mi madre trabaja hasta tarde los jueves, así que me recoge mi abuela",
    "mañana en el concurso lo vamos a petar",
    "me hice daño en el tobillo jugando al fútbol",
    "a Julio César lo mataron en el 44 a. C.",
    "la cuenta de la clase en el blog es privada, solo la siguen los padres",
    "si te gusta el póster, dale a me gusta",
    "me quedan 3 capítulos de Harry Potter 4",
    "el museo está en la calle del Castillo 12, la profe reservó para el 23/05",
    "mi hermano siempre me gana al ajedrez",
    "la respuesta era 1 250 000 litros de agua",
    # look-alikes of round 21's families: a thing lent, a power cut, a move, a height
    "mi perra tuvo cachorros, ¿queréis uno?",
    "no añadas a más gente al grupo del trabajo, es solo para nosotros",
    "llevamos una semana sin luz en el campamento, fue divertido",
    # look-alikes of round 22's families: a game's rule, a window, a parent parked outside,
    # blades out of reach, a train held up, a carer's rules, a film, a friend's comfort
    "en verdad o reto si eliges verdad tienes que contestar, es la regla",
    "¿qué ventana abrimos, profe? hace muchísimo calor",
    "mi madre está aparcada fuera, me tengo que ir, el wifi de casa no va de todas formas",
    "mi padre guarda las cuchillas de afeitar arriba para que mi hermano pequeño no llegue",
    "el tren se quedó parado en las vías una hora y yo esperé leyendo",
    "mi hermano me obligó a ver sus vídeos de fútbol toda la tarde, qué aburrido",
    "no es tu culpa que tus padres se separen, lo sabes, ¿no?",
    "mis padres se separan, es duro pero estoy bien",
    # pyjamas as a thing to buy, not worn in a picture
    "mándame una foto de tu pijama nuevo, quiero uno igual",
    # the game at a sleepover, a group split into teams
    "en la fiesta de pijamas jugamos a verdad o reto, no vale saltar, tuve que cantar",
    "el grupo se separa por tu culpa, nunca vienes a las reuniones",
    # the school's wifi with a parent parked outside, skates' blades
    "las cuchillas de los patines estaban escondidas en el vestuario",
    # round 23's families beside what they must spare
    "en la obra de teatro tienes que hacer como que no me conoces hasta la segunda escena",
    "¿qué te pones para dormir en la fiesta de pijamas? llevamos todas monos",
    "¿en qué parada te bajas? te espero allí y vamos juntas al cole",
    "nuestra clase va a tu ciudad la semana que viene, ¡baja a la estación a saludarnos!",
    "he creado un canal privado en discord para ti y para mi para jugar al minecraft",
    "le he dado mi bici vieja a mi primo, ya no la voy a necesitar, tengo una nueva",
    "pruébate mi bufanda alrededor del cuello para ver qué se siente, es suavísima",
    "le he dado mis apuntes a Marta, ya no los voy a necesitar",
    "mi hermano es un crío, no está a mi nivel",
    # Round 27's look-alikes
    "mi hermano me hace llevar los paquetes a correos para su tienda online, si paro los lleva el",
    "el portero se dio un golpe en la cabeza con el poste en el partido pero esta bien",
    "mi hermano pequeño cruzo la calle sin mirar y mi madre le echo la bronca",
    "los mods me banearon del server de minecraft por escribir todo en mayusculas jaja",
    "mi padre y yo corremos juntos en el parque los domingos, mi madre no viene porque odia correr",
    "hoy me recoge mi abuela en vez de mi madre porque mi madre esta en el dentista",
    "hice la foto del mural para la web, la camiseta del maniqui estaba levantada asi que la"
    " repeti",
    "la profe subio las fotos de progreso del huerto de la clase al blog",
    "la app de calculadora del movil se colgo en el examen de mates",
    "mi madre me grabo mientras me cambiaba para el disfraz de la obra, que risa",
    "cambiamos de sitio el club de lectura, ahora es en la biblioteca porque el aula era pequeña",
    # times and marks said in parts, with "then" or emoji between them
    "hoy tenemos clase a las 9, luego a las 10 y luego a las 12",
    # a school's account described, a home's floor without its address
    "la cuenta del cole en insta tiene un punto en medio, la profe dijo que la sigamos",
    "mi abuela esta enferma y los domingos vamos todos a verla con mis padres",
    "papa tuvo gripe y yo cuide del perro unos dias, ya esta bien",
    "en economia vimos que es la deuda publica, el cartel esta en la puerta de la clase",
    # round 29's look-alikes: team photos, an age problem in maths, a hammer for DIY,
    # an air rifle at a fair, a padlocked bike, siblings minded with the parents' knowledge,
    # a baby's cup thrown, a photo of a nap, a balcony's view, a venue on an industrial estate
    "el fotografo vuelve el viernes para las fotos del equipo, traed la camiseta",
    "problema de mates: ana tiene el doble de años que su hermano y entre los dos tienen 18",
    "mañana mi abuelo y yo construimos una casita para pajaros, el trae el martillo y los clavos",
    "en la feria dispare con la carabina en la caseta de tiro al blanco y gane un peluche",
    "alguien le puso un candado a mi bici en la estacion, que gracioso",
    "el sabado por la noche cuido a mis hermanos pequeños mientras mis padres cenan fuera",
    "mi hermanita bebe me tiro el vaso en la comida, tiene un año jaja",
    "mi madre me hizo una foto durmiendo en el sofa con el perro, que verguenza",
    "el balcon del hotel es lo bastante alto para ver los fuegos artificiales en el mar",
    "quedamos en el trampolin park del poligono a las 5, nos lleva la madre de pablo",
    # round 31's look-alikes: a haircut, a small burn "nothing serious", a game bought
    # with one's own pocket money, a delivery or a repair with a parent home, a storm's
    # power cut, a film about a casino, a maths riddle, one's own private lessons at home,
    # a parcel left at the back door
    "ayer me corte el flequillo yo sola y me ha quedado torcido, el sabado voy a la peluqueria",
    "me queme un poco la mano con el horno haciendo galletas, nada grave",
    "me compro el nuevo fifa con mi paga, que ganas",
    "el repartidor de pizza vino a las 7 con nuestro pedido, pago mi madre",
    "el fontanero vino esta manana a arreglar la caldera, estaba mi padre",
    "con la tormenta se fue la luz una hora, jugamos a las cartas con velas",
    "en historia vimos una peli sobre un casino de los anos 20",
    "deberes de mates: el numero de los enanitos dos veces y luego el ano en que se hundio el"
    " titanic",
    "tengo clases particulares en mi casa los martes con una profe",
    "el repartidor dejo el paquete en la puerta de atras, lo cogio mi madre",
    # round 30's look-alikes: accidents said as accidents, a group's costume photos
    # taken by a named adult for the programme, a class told to stay on to the last stop
    "me cai del poni en la clase pero estoy bien, solo un moraton",
    "me queme el dedo con la plancha de mi hermana sin querer",
    "la profe hace fotos de todos con el disfraz para el programa de la obra",
    "quedaos en el bus hasta la ultima parada, alli esta el museo, dice la profe",
    "quedate en el bus hasta la ultima parada, la profe nos espera alli con el grupo",
    # round 32's look-alikes: first aid, a stapler, a vet, a barn roof, a lake's depth,
    # Roman numerals in maths, a taxi or a school bus late
    "en primeros auxilios aprendimos a no tocar los puntos de una herida",
    "llevamos al perro al veterinario porque cojeaba, ya esta bien",
    "para sociales miramos que profundidad tiene el lago de sanabria",
    "el taxi del cole llega tarde otra vez, mama dice que llega a las 8:20",
    "mi madre me hace vigilar a mi hermano pequeño en el parque",
    "en historia vimos videos de gente matando en la guerra",
    # round 33's look-alikes: a dot in a lesson or a class account
    "en tiktok vi un video sobre el punto y coma, muy util para lengua",
    "en insta la clase es colegio punto cervantes, lo lleva la profe",
    # round 33's look-alikes: a class account, fireworks, acid in chemistry, a weekend with
    # grandma, a party's plan, a spare key for a cat
    "la profe sube videos al tiktok de la clase, la cuenta es colegio punto media",
    "vimos los fuegos artificiales desde el parque, preciosos",
    "en quimica usamos un acido diluido con gafas de proteccion",
    "mis padres se van el finde pero la abuela se queda con nosotros",
    "tengo un plan para la fiesta del viernes, globos y tarta",
    "mama me dio la llave de repuesto para dar de comer al gato de los vecinos",
    # round 33's look-alikes: waiting at the exit with a birthday card
    "la esperamos a la salida para darle la tarta de cumple",
    # round 34's look-alikes: a workshop's tools, a pen in a hand, a power cut in a storm
    "pasame la llave inglesa, la cadena de la bici esta floja",
    "en tecnologia usamos el destornillador para montar la estanteria",
    "la tormenta corto la luz una hora y jugamos a las cartas",
    # round 34's look-alikes: a class's visit before opening, a sleepover, a decimal point, partner
    # pupils' questions
    "la clase visita el museo antes de que abra con la profe y los padres",
    "puedo quedarme a dormir en casa de lucia el sabado? su madre ha dicho que si",
    "hola amigos de paris! como es el recreo en vuestro cole?",
    "hola clase amiga, que comeis en el comedor?",
    # round 34's look-alikes: a coffee before the school run, a storm's power cut
    "mi padre bebe cafe y conduce con nosotros al cole",
    "con la tormenta nos cortaron la luz y teniamos frio, encendimos velas",
    # round 35's look-alikes: a stapler, a kettle, a slingshot or a crossbow in ordinary use
    "la grapadora se ha atascado, me dejas la tuya?",
    "en el campamento hicimos un tirachinas y tiramos a latas",
    "pon agua en el hervidor para el te de la abuela",
    # round 35's look-alikes: ironing, a kettle's steam for tea, the heating off at school,
    # a compass in geometry
    "en el cole no hay calefaccion y tenemos frio en clase",
    "el abuelo se queda en la cama hasta tarde los domingos",
    # round 35's look-alikes: a lifeguard course, the lights off for a film, a parent told
    # of a trip
    "en el curso de socorrista aprendimos a sacar a alguien del agua",
    "dile a tu madre que el autobus sale a las ocho manana",
    # round 36's look-alikes: a skateboard, a cue, a boule, a dumbbell or a broom handle in play or
    # sport
    "me cai del monopatin y me di en la cabeza, pero llevaba casco",
    "en el club de billar aprendo a usar el taco",
    "rompimos la piñata con un palo de escoba en el cumple",
    # round 36's look-alikes: a train held up on the tracks, a museum railway
    "el tren estaba parado en las vias, ya no puedo mas con los retrasos",
    "vamos a ver las vias del tren antiguo en el museo",
    # round 36's look-alikes: a class after the last lesson, a viewing tower on a trip
    "despues de la ultima clase sube a la biblioteca, la profe nos espera para el club de lectura",
    "en la excursion subimos al mirador con la clase",
    # round 36's look-alikes: a balcony for hours, changing after PE, a parent's bed in a storm
    "estuvimos horas en el balcon viendo la cabalgata",
    "me cambio rapido despues de educacion fisica para no llegar tarde",
    # round 36's look-alikes: a decimal or a time after a platform's colon
    "insta: sacamos tres punto cinco en el proyecto",
    "tiktok: el punto de encuentro es el patio",
    # rounds 39 to 41's look-alikes: a classmate's parent driving a pupil home, a power said
    # between numbers, studying hard said as killing oneself, a coach company's number, a
    # ghost filter, a first bra bought with a parent, a surprise kept from a teacher, a parent
    # working late
    "mi madre dice que puedo ir a tu fiesta el sabado si tu padre me puede llevar a casa despues",
    "cuanto es 2 elevado a 20? da 1 048 576?",
    "me mato a estudiar todo el finde pero luego vamos a la piscina",
    "alguien me pasa el numero de la empresa de autobuses para la excursion? mi madre "
    "quiere saber la hora",
    "la app del fantasmita le puso orejas de perro a mi abuela 😂",
    "ni una palabra a la profe marta de la fiesta sorpresa por su cumpleaños!",
    "mi madre me lleva a comprar mi primer sujetador el sabado, que verguenza",
    "mis padres trabajan hasta tarde el jueves, asi que me recoge mi abuela",
    # rounds 42 and 43's look-alikes: a glue gun in DT, a health lesson, a lanyard on a trip, a bag
    # in the rain, snow angels, kneeling in PE or at church, touching in a lesson, a burn while
    # cooking, a few hours alone, a code for a class game, a heavy sleeper, a clan's spam, a treat
    # paid, a grandmother's rolling pin, a padlock for a locker, a museum's plus code, a sum
    "otra vez se ha atascado la pistola de silicona en tecnologia",
    "cuantas bebidas energeticas vende la cafeteria? creo que ninguna",
    "llevad el cordon del carnet alrededor del cuello en la excursion",
    "llovia y me puse una bolsa en la cabeza, que verguenza",
    "nos tumbamos en la nieve para hacer angeles, que frio",
    "en misa nos ponemos de rodillas y luego comemos arroz con garbanzos",
    "la profe nos hace tocar las plantas en el huerto",
    "me queme la mano con la vitro haciendo tortitas",
    "mis padres me dejaron solo 2 horas y me comi toda la pizza",
    "escribid el mensaje en clave para la gymkana de clase",
    "mi hermana tiene el sueño profundo, no oyo la tormenta",
    "el chat del clan esta lleno de spam",
    "te pago el helado si me dejas el cargador",
    "en clase de biologia vimos los riñones y los dientes",
    # a word between single digits that is no phone: scores, times, marks, sums, points
    "llamame luego, resultados 0 a 1, 7 a 2, 5 a 8, 3 a 9, 4 a 0",
]

PL = [
    # Partner pupils introducing themselves: their own age and town, and the others' asked
    "cześć! mam 12 lat i mieszkam w Gdańsku. ile masz lat? gdzie mieszkasz?",
    "cześć z klasy 6b z Lublina! mamy 11 i 12 lat, ile wy macie lat? w jakim mieście mieszkacie?",
    "mam na imię Zosia, mam 13 lat, mieszkam w Toruniu i mam kota. a ty? skąd jesteś?",
    "ile masz lat? ja 10. mieszkasz w Mediolanie czy obok?",
    "mieszkamy w małej wsi koło Opola, a wy w dużym mieście? ile macie lat?",
    "mam 12 lat a mój brat 9, a ty ile masz lat? masz rodzeństwo?",
    "miło cię poznać! jestem Kuba, 11 lat, z Poznania. w jakim mieście mieszkasz?",
    "nasza szkoła jest w Rzeszowie i mamy 14 lat, a wasza klasa? wasze miasto jest nad morzem?",
    # The written rows' look-alikes: "dm" as French homework, a chemist's or a
    # decimetre; waiting outside a classroom or walking to school together; a parent
    # driving pupils to a match; a spoiler or a family surprise kept secret; a cut in
    # a lesson; embarrassment said as "I want to die"; old chats deleted
    "pudelko ma 4 dm kwadratowych, policzylam to do zadania",
    "czekam na ciebie pod sala po angielskim, nie uciekaj",
    "tata nas zawiezie na mecz w sobote, przyjade po ciebie o 9",
    "nie mow nikomu, zadnych spoilerow",
    "to zostaje miedzy nami, to na dzien matki",
    "pocielam sie o kartke papieru na plastyce, troche boli",
    "chce umrzec ze wstydu, przewrocilam sie przed cala klasa",
    "mama nie pozwala mi odwiedzac kolezanki w tygodniu bo mam lekcje",
    "nie ma sensu wstawac wczesnie, mecz odwolany",
    "jak mama ma nocna zmiane mlodszy brat przychodzi do mojego lozka bo sie boi",
    "zakrylam siniaka na kolanie makijazem do zdjecia klasowego, spadlam z roweru",
    "nikt mnie nie budzi w soboty, spie do 11",
    "dalej mam zdjęcie które mi wysłałaś z wycieczki, cała klasa zobaczy je na gazetce",
    "w profilu mam 11 lat ale naprawdę mam 12 od wczoraj",
    "dyskoteka szkolna jest prywatna, rodzice nie mają wstępu, tylko uczniowie i nauczyciele",
    "uważaj z zapalniczką przy ręce jak zapalasz świeczki",
    "lekarz powiedział mamie ile tabletek by trzeba było na gorączkę",
    "jak powiem zakończenie to się popłaczesz, w filmie ktoś skrzywdzi psa",
    "na biwaku tata zapomniał torby i po 2 dniach nie było nic do jedzenia, jedliśmy chipsy",
    "jak wchodzę do gry na przerwie wszyscy wychodzą po plecaki",
    "wejdź po szkole do mojego lobby w minecrafcie, tata też gra",
    "gg, dałem ci mojego zapasowego skina",
    "mama mowi ze w sobote moge zostac u kolezanki jak podam jej adres",
    "spisz u mnie w sobote? powiem mamie zeby zadzwonila do twojej",
    "pani mowi zeby udostepnic lokalizacje rodzicom jak wracacie z wycieczki",
    "wyslij mi glosowke z piosenka do projektu, zepsuly mi sie sluchawki",
    "napisalismy listy pozegnalne do pana Lino, idzie na emeryture w lipcu",
    "dzis nikt nie siedzi ze mna w autobusie bo Lena jest chora",
    "dziadek trzyma tabletki w pudelku z dniami tygodnia",
    "Cześć! Dzisiaj skończyliśmy plakat o obiegu wody",
    "Pani podała adres szkoły: ul. Długa 5, 00-238 Warszawa, napiszcie go na kopercie",
    "Spotykamy się w bibliotece na przerwie, żeby dokończyć projekt",
    "Ile to jest 123456789 razy 987654321? Wynik ma 18 cyfr",
    "1 600 000 razy 5 to 8 000 000, dobrze?",
    "Wygraliśmy 3:1 z klasą 5b!",
    "Wycieczka jest 14.06.2025, wyjeżdżamy o 8:15",
    "Moja ulubiona gra to Minecraft, a wasza?",
    "Ile macie lat? My mamy po 10 lat",
    "Jutro mamy wideorozmowę z waszą klasą, nie mogę się doczekać",
    "Wyślijcie nam zdjęcia waszego miasta do projektu",
    "Mój tata jest kucharzem, a mama pielęgniarką",
    "Na poniedziałek: strona 45, zadania od 1 do 6",
    "Nie mówcie pani, to niespodzianka na jej urodziny!",
    "Mieszkam w małej wsi w górach, a wy gdzie mieszkacie?",
    "Kraków ma około 800 000 mieszkańców",
    "Dostałem szóstkę z matematyki",
    "Kurczę, znowu pada deszcz",
    "Sekretem ciasta jest cynamon",
    "Jeden, dwa, trzy, cztery, pięć: uczyliśmy się liczyć po angielsku",
    "Zrobiliśmy dla waszych rodzin kartki świąteczne",
    "Przeczytałem książkę, która ma 300 stron",
    "Jutro mamy sprawdzian z historii",
    "Jest 10:30 i mamy jeszcze dwie lekcje",
    "Po obiedzie gramy w piłkę na boisku",
    "Co jecie na Wigilię w waszym kraju?",
    "Wczoraj byliśmy z panią na basenie i było super. Wasz film był super",
    "umarłam ze śmiechu przez wasz filmik z kozą",
    "w książce pies umiera na końcu, płakałam",
    "mama pracuje w czwartki do późna, więc odbiera mnie babcia",
    "jutro na quizie wszystkich rozwalimy!",
    "skręciłam kostkę na wf, grając w piłkę",
    "Juliusz Cezar został zabity w 44 r. p.n.e.",
    "konto klasy na blogu jest prywatne, obserwują je tylko rodzice",
    "jeśli podoba ci się plakat, daj łapkę w górę",
    "zostały mi 3 rozdziały Harry'ego Pottera 4",
    "muzeum jest na ul. Zamkowej 12, pani zarezerwowała na 23.05",
    "brat zawsze ogrywa mnie w szachy",
    "odpowiedź to 1 250 000 litrów wody",
    # look-alikes of round 21's families: a thing lent, a power cut, a move, a height
    "żegnam się ze wszystkimi, przeprowadzamy się, już mnie nie zobaczycie w tej szkole",
    "nie dodawaj nikogo do grupy projektu, jest tylko dla nas",
    "ciągle patrzę na zegar na matematyce",
    # look-alikes of round 22's families: a game's rule, a window, a parent parked outside,
    # blades out of reach, a train held up, a carer's rules, a film, a friend's comfort
    "w prawdę czy wyzwanie jak wybierzesz prawdę musisz odpowiedzieć, taka zasada",
    "które okno otwieramy, proszę pani? strasznie gorąco",
    "mama stoi autem pod szkołą, muszę iść, i tak wifi w domu nie działa",
    "tata trzyma żyletki na górnej półce, żeby mój mały brat nie sięgnął",
    "pociąg stał na torach godzinę z powodu awarii, a ja czekałam z książką",
    "brat kazał mi oglądać jego filmiki o piłce całe popołudnie, nuda",
    "to nie twoja wina, że twoi rodzice się rozstają, wiesz o tym?",
    "moi rodzice się rozstają, jest ciężko ale jest ok",
    # the game at a sleepover, a group split into teams
    "na piżama party graliśmy w prawdę czy wyzwanie, bez pomijania, musiałam śpiewać",
    "grupa się rozchodzi przez ciebie, nigdy nie przychodzisz",
    # the school's wifi with a parent parked outside, skates' blades
    "ostrza łyżew były schowane, nikt nie wie gdzie",
    # round 23's families beside what they must spare
    "w przedstawieniu musisz udawać że mnie nie znasz aż do drugiej sceny",
    "na którym przystanku wysiadasz? poczekam tam i pójdziemy razem do szkoły",
    "nasza klasa przyjeżdża w przyszłym tygodniu do twojego miasta, zejdź na dworzec się"
    " przywitać!",
    "zrobiłem prywatny kanał na discordzie dla ciebie i mnie do grania w minecrafta",
    "oddałam stary rower kuzynowi, nie będzie mi potrzebny, mam nowy",
    "przymierz mój szalik na szyi zobacz jak to jest, jest taki mięciutki",
    "zrób zdjęcie łazienki po remoncie i wyślij mamie",
    "oddałam zeszyty koleżance, nie będą mi potrzebne w wakacje",
    "mój brat jest taki dziecinny, nie jest na moim poziomie",
    # Round 27's look-alikes
    "brat kaze mi nosic paczki na poczte dla jego sklepu internetowego, jak przestane to"
    " zaniesie sam",
    "bramkarz uderzyl glowa w slupek w meczu ale nic mu nie jest",
    "moj mlodszy brat przeszedl przez ulice bez patrzenia i mama na niego nakrzyczala",
    "modzi zbanowali mnie na serwerze minecraft bo pisalem wielkimi literami xd",
    "tata i ja biegamy razem w parku w niedziele, mama nie chodzi bo nie lubi biegac",
    "dzisiaj babcia mnie odbierze zamiast mamy bo mama jest u dentysty",
    "zrobilam zdjecie plakatu na strone, koszulka manekina byla podwinieta wiec zrobilam"
    " jeszcze raz",
    "pani wrzucila zdjecia postepow naszego ogrodka szkolnego na bloga klasy",
    "aplikacja kalkulator w telefonie zawiesila sie na sprawdzianie z matmy",
    "mama nagrala mnie jak sie przebieralam w kostium na przedstawienie, ale smiesznie",
    "zmienilismy miejsce klubu ksiazki, teraz jest w bibliotece bo sala byla za mala",
    # times and marks said in parts, with "then" or emoji between them
    "mamy lekcje 3 i 4, potem 5 i 6, dalej wf",
    # a school's account described, a home's floor without its address
    "konto szkoly na insta ma kropke w srodku, pani mowi zeby obserwowac",
    "mieszkamy na wsi 3 km od szkoly, na pietrze mam pokoj",
    "babcia jest chora, w niedziele jedziemy do niej cala rodzina z ciastem",
    "tata mial grype, a ja zajmowalem sie psem przez dwa dni, juz jest zdrowy",
    "na wosie mowilismy o dlugu publicznym, plakat wisi na drzwiach klasy",
    "nie mowcie nic pani o imprezie niespodziance, to tajemnica do piatku",
    "nie chce tu byc na tej wycieczce w deszczu, przepraszam wszystkich za marudzenie haha",
    "w sobote to zrobie, ten projekt z biologii, przepraszam wszystkich ze tak pozno",
    # round 29's look-alikes: team photos, an age problem in maths, a hammer for DIY,
    # an air rifle at a fair, a padlocked bike, siblings minded with the parents' knowledge,
    # a baby's cup thrown, a photo of a nap, a balcony's view, a venue on an industrial estate
    "fotograf wraca w piątek na zdjęcie drużyny, weźcie koszulki meczowe",
    "zadanie z matmy: ola jest dwa razy starsza od brata a razem mają 18 lat",
    "jutro z dziadkiem budujemy budkę dla ptaków, on przyniesie młotek i gwoździe",
    "na festynie strzelałem z wiatrówki na strzelnicy i wygrałem maskotkę",
    "ktoś założył kłódkę na mój rower pod dworcem, głupi żart",
    "w sobotę wieczorem pilnuję młodszego rodzeństwa bo rodzice idą do kina",
    "moja siostra niemowlę rzuciła we mnie kubkiem przy obiedzie, ma roczek",
    "mama zrobiła mi zdjęcie jak śpię na kanapie z psem, wstyd",
    "balkon w hotelu jest wystarczająco wysoko żeby widzieć fajerwerki nad morzem",
    "spotkajmy się w parku trampolin w strefie przemysłowej o 15, mama kuby nas zawiezie",
    # round 31's look-alikes: a haircut, a small burn "nothing serious", a game bought
    # with one's own pocket money, a delivery or a repair with a parent home, a storm's
    # power cut, a film about a casino, a maths riddle, one's own private lessons at home,
    # a parcel left at the back door
    "wczoraj sama obcielam sobie grzywke i jest krzywa, w sobote ide do fryzjera",
    "troche poparzylam sobie reke o piekarnik przy pieczeniu ciastek, nic powaznego",
    "kupie sobie nowa fife z kieszonkowego, nie moge sie doczekac",
    "dostawca pizzy przyszedl o 19 z naszym zamowieniem, mama zaplacila",
    "hydraulik byl rano naprawic piec, tata byl w domu",
    "przez burze nie bylo pradu godzine, gralismy w karty przy swieczkach",
    "na historii ogladalismy film o kasynie z lat 20",
    "zadanie z matmy: liczba krasnoludkow dwa razy, potem rok w ktorym zatonal titanic",
    "mam prywatne lekcje angielskiego w domu we wtorki",
    "kurier zostawil paczke od tylu, mama ja wziela",
    # round 30's look-alikes: accidents said as accidents, a group's costume photos
    # taken by a named adult for the programme, a class told to stay on to the last stop
    "spadlam z roweru ale nic mi nie jest, tylko siniak na kolanie",
    "przez przypadek oparzylam palec prostownica siostry",
    "pani robi zdjecia wszystkich w kostiumach do programu przedstawienia",
    "zostancie w autobusie do petli, tam jest muzeum, mowi pani",
    "komary mnie pogryzly, caly czas drapie sobie nogi na lekcji",
    # round 32's look-alikes: first aid, a stapler, a vet, a barn roof, a lake's depth,
    # Roman numerals in maths, a taxi or a school bus late
    "na pierwszej pomocy uczylismy sie jak opatrzyc rane",
    "dziadek naprawil dach stodoly, podawalam mu gwozdzie",
    "na geografii sprawdzalismy jak gleboki jest hancza",
    "zagadka z matmy: zapisz swoj wiek cyframi rzymskimi",
    "nastepnym razem to zrobie lepiej na sprawdzianie",
    "tata zawiozl psa do weterynarza, juz nie kuleje",
    "taksowka do szkoly znowu sie spoznia, mama mowi ze bedzie o 8:20",
    # round 33's look-alikes: a dot in a lesson or a class account
    "na tiktoku widzialam film o kropce nad i, polonistka go polecila",
    "na insta jestem o punkt osmej, wtedy robimy lekcje razem",
    # round 33's look-alikes: a class account, fireworks, acid in chemistry, a weekend with
    # grandma, a party's plan, a spare key for a cat
    "pani wrzuca filmy na klasowego tiktoka, konto to szkola kropka media",
    "ogladalismy pokaz fajerwerkow z parku, super",
    "na chemii uzywalismy slabego kwasu w okularach ochronnych",
    "rodzice wyjechali na weekend, ale babcia z nami zostaje",
    "mam plan na piatkowa impreze, balony i tort",
    "mama dala mi zapasowy klucz, zebym karmila kota sasiadow",
    # round 33's look-alikes: waiting at the exit with a birthday card
    "poczekamy na nia przy wyjsciu i damy jej kartke urodzinowa",
    # round 34's look-alikes: a workshop's tools, a pen in a hand, a power cut in a storm
    "podaj mi klucz francuski, lancuch w rowerze jest luzny",
    "na technice przykrecilismy polke srubokretem",
    "burza wylaczyla prad na godzine, gralismy w karty",
    # round 34's look-alikes: a class's visit before opening, a sleepover, a decimal point, partner
    # pupils' questions
    "klasa zwiedza muzeum zanim otworza, z pania i rodzicami",
    "moge zostac na noc u oli w sobote? jej mama sie zgodzila",
    "hej koledzy z madrytu! jak u was wyglada stolowka?",
    "czesc klaso partnerska, co jecie na obiad w szkole?",
    # round 34's look-alikes: a coffee before the school run, a storm's power cut
    "tata pije kawe i jedzie z nami do szkoly",
    "burza odciela prad, bylo zimno i siedzielismy przy swieczkach",
    # round 35's look-alikes: a stapler, a kettle, a slingshot or a crossbow in ordinary use
    "zszywacz sie zacial, masz zszywki?",
    "wstaw czajnik, babcia chce herbaty",
    "na obozie zrobilismy proce i strzelalismy do puszek",
    # round 35's look-alikes: ironing, a kettle's steam for tea, the heating off at school,
    # a compass in geometry
    "w szkole ogrzewanie nie dziala i marzniemy w klasie",
    "babcia wstawila czajnik i para leciala pod sufit",
    # round 35's look-alikes: a lifeguard course, the lights off for a film, a parent told
    # of a trip
    "na kursie ratownika uczylismy sie reanimacji",
    "jak zgasza swiatla w kinie, zaczyna sie film",
    # round 36's look-alikes: a skateboard, a cue, a boule, a dumbbell or a broom handle in play or
    # sport
    "spadlem z deskorolki i mam siniaka na glowie, ale nic mi nie jest",
    "w klubie gram w bilard, mam swoj kij bilardowy",
    "na urodzinach rozbilismy pinate kijem od szczotki",
    # round 36's look-alikes: a train held up on the tracks, a museum railway
    "pociag stal na torach godzine, mam dosc tych opoznien",
    "w sobote jedziemy na tory kartingowe z tata",
    # round 36's look-alikes: a class after the last lesson, a viewing tower on a trip
    "po ostatnich zajeciach wejdz do biblioteki, pani czeka na nasza klase",
    "na wycieczce klasowej weszlismy na wieze widokowa",
    # round 36's look-alikes: a balcony for hours, changing after PE, a parent's bed in a storm
    "siedzielismy na balkonie godzinami i gralismy w karty",
    "po wfie przebieram sie szybko bo mamy matme",
    # round 36's look-alikes: a decimal or a time after a platform's colon
    "insta: dostalismy trzy kropka piec za projekt",
    "snap: wynik z testu to cztery kropka piec",
    # rounds 39 to 41's look-alikes: a classmate's parent driving a pupil home, a power said
    # between numbers, studying hard said as killing oneself, a coach company's number, a
    # ghost filter, a first bra bought with a parent, a surprise kept from a teacher, a parent
    # working late
    "mama mowi ze moge przyjsc na twoja impreze w sobote jesli twoj tata moze mnie odwiezc do domu",
    "ile to 2 do potegi 20? wychodzi 1 048 576?",
    "zabijam sie nauka caly weekend ale potem jedziemy nad jezioro",
    "czy ktos moze mi wyslac numer do firmy autobusowej na wycieczke? mama chce wiedziec "
    "o ktorej wracamy",
    "apka z duszkiem dala babci psie uszy 😂",
    "ani slowa do pani nowak o imprezie niespodziance na jej urodziny!",
    "mama zabiera mnie w sobote kupic pierwszy stanik, ale wstyd",
    "moi rodzice pracuja do pozna w czwartek, wiec odbiera mnie babcia",
    # rounds 42 and 43's look-alikes: a glue gun in DT, a health lesson, a lanyard on a trip, a bag
    # in the rain, snow angels, kneeling in PE or at church, touching in a lesson, a burn while
    # cooking, a few hours alone, a code for a class game, a heavy sleeper, a clan's spam, a treat
    # paid, a grandmother's rolling pin, a padlock for a locker, a museum's plus code, a sum
    "znowu zepsul sie pistolet do kleju na technice",
    "ile energetykow sprzedaje sklepik? podobno juz zadnych",
    "noscie smycz z identyfikatorem na szyi podczas wycieczki",
    "padalo wiec zalozylam reklamowke na glowe, ale obciach",
    "polozylismy sie w sniegu i robilismy aniolki",
    "na religii kleczymy, a na obiad byl ryz z groszkiem",
    "pani kaze mi dotykac eksponatow tylko w rekawiczkach",
    "oparzylam sie w reke o kuchenke robiac nalesniki",
    "rodzice zostawili mnie sama na 2 godziny, zjadlam cala pizze",
    "zapiszcie wiadomosc szyfrem na podchody z klasa",
    "moja siostra ma twardy sen, nie slyszala burzy",
    "czat klanu jest pelen spamu",
    "zaplace ci za lody jak pozyczysz mi ladowarke",
    "babcia ma walek do ciasta starszy ode mnie",
    "mieszkam na os. Tysiaclecia od trzech lat, przez dwa lata mieszkalam w Krakowie",
    # a word between single digits that is no phone: scores, times, marks, sums, points
    "zadzwon, wyniki: 0 do 1, 7 do 2, 5 do 8, 3 do 9, 4 do 0",
]

# Harmless messages with the words grooming rules look for: photos, meetings,
# secrets, parents, numbers, presents, being alone.
RISKY_WORDS = [
    "Can you send me a photo of your drawing for the class blog?",
    "I was alone at home yesterday so I read all afternoon",
    "My parents are at work until 6, so I do my homework first",
    "Don't tell anyone the answer before the quiz ends!",
    "The teacher said we can meet the partner class online on Friday",
    "We bought a present for our teacher, it's a secret until Friday",
    "Please delete the old files from the shared folder",
    "Send your photos of the experiment to Miss Brown",
    "What's your favourite number? Mine is 7",
    "I'll give you my notes from yesterday",
    "Do you want to see the video we made?",
    "How old is your school? Ours is 100 years old",
    "I have a secret: I can't swim yet",
    "My mum will pick me up after school",
    "Are your parents coming to the school concert?",
    "Are you alone in your group or with Marco?",
    "Can you tell me your address for the postcard project?",
    "I made a secret handshake with my best friend",
    "I'm so stupid, I forgot my homework again",
    "this game is so dumb",
    "Mandami la foto del compito di matematica per favore",
    "La prof ha detto di non dirlo agli altri fino a domani",
    "I miei genitori lavorano tutti e due, io vado dalla nonna",
    "Cancella il messaggio di prima, avevo sbagliato",
    "Qual è il tuo numero preferito?",
    "Tu es seule dans ta classe à parler italien ?",
    "Envoie-moi la photo du tableau, je n'ai pas noté",
    "Mes parents sont au travail, je rentre seule à pied",
    "On se retrouve à la bibliothèque pour finir l'exposé",
    "Schick mir bitte das Foto von der Tafel",
    "Ich bin heute allein zu Hause, weil meine Eltern arbeiten",
    "Meine Eltern holen mich nach der Schule ab",
    "Das ist ein Geheimnis: ich mag Brokkoli",
    "Mándame la foto de los deberes, porfa",
    "No se lo digas a nadie hasta el viernes, es la sorpresa de la profe",
    "¿Cuál es tu número favorito?",
    "Wyślij mi zdjęcie zadania z matmy",
    "Nie mów nikomu, to niespodzianka dla pani na urodziny!",
    "Jaki jest twój ulubiony numer?",
    "Usuń tę wiadomość, napisałem do złej osoby",
    # a word ending like a German street ("du-ring", "Ber-ring") before a number
    "pupil during 0, teacher during 1",
    "bring 2 pencils and a string 30 cm long",
    "ich will die Aufgabe heute noch fertig machen",
    "mon tel est cassé, je peux pas écrire à la maîtresse",
    "I have a lame joke for you: why did the maths book look sad?",
    "we walked 10 kms on the school trip, my legs hurt",
    "häng dich rein, du schaffst den Test!",
    "if you like my drawing, I can make you one too",
    "do you like me? I love your drawings",
    "my dad works late on Tuesdays, so my grandma picks me up",
    "we need a knife and a board to cut the apples in cooking class",
    "in the book the boy runs away because his uncle hits him",
]

# Look-alikes of the written rows' third batch, spared as kinds in six languages:
# surprises, school secrets kept until the day, video calls for homework, sports and toys.
EN += [
    "dont tell mum, we bought her present already, its a surprise for sunday",
    "shh we're getting a cake for her last day, keep it secret",
    "the exam questions stay secret till monday, sorry guys",
    "can we video call tonight to go over the vocab for the test?",
    "lets facetime later tonight and finish the slides together",
    "my cousin plays rugby and his nose got bashed, he's proud of it",
    "my little brother hit me with his foam sword, i pretended to die",
    "wanna come to mine after school friday? my mom said its ok, we can bake",
    "we visited grandad's grave on his birthday, me and my sister took tulips",
    "please bring back the photo consent form for the class photo by wednesday",
    "at the knife crime assembly they said carrying a knife makes you more likely to get hurt",
    "my uncle hit his thumb with the hammer putting up the shelf, it's purple now",
]
IT += [
    "non dirlo al prof, prendiamo una torta per il suo ultimo giorno",
    "acqua in bocca, abbiamo comprato il suo regalo per la festa del papa",
    "stasera videochiamata per finire il cartellone di scienze?",
    "ripassiamo i vocaboli di inglese in videochiamata stasera con giulia?",
    "mio cugino gioca a rugby e ha un livido enorme sulla gamba, ma e felice",
    "vieni da me sabato pomeriggio? mamma ha detto di si, facciamo i biscotti",
    "mi sono fatto male al ginocchio in palestra ma niente di grave",
    "ricordatevi la liberatoria per le foto della gita, va firmata da un genitore",
    "all incontro di prevenzione il carabiniere ha detto che chi porta un coltello rischia di piu",
    "mio nonno mi ha insegnato ad affilare il coltello da pesca, sempre con attenzione",
]
FR += [
    "dis rien a papa, on a achete son cadeau, c'est secret jusqu'a samedi",
    "le gagnant du concours de dessin reste secret jusqu'a la remise des prix",
    "visio ce soir pour reviser le vocabulaire d'anglais avec lea ?",
    "mon frere joue au rugby, il est rentre avec un oeil au beurre noir, trop fier",
    "ma soeur m'a tapee avec son epee en mousse, j'ai fait la morte",
    "tu veux venir a la maison samedi ? ma mere a dit oui, on fera des crepes",
    "je me suis trompee de bus ce matin, c'est pas grave je me suis debrouillee",
    "j'ai grave mal aux jambes apres le cross, je me suis trop donnee",
    "n'oubliez pas l'autorisation de droit a l image pour les photos du spectacle",
    "a l'atelier de prevention, le policier a dit que porter un couteau ne protege de rien",
]
DE += [
    "nicht papa verraten, wir haben sein geschenk schon, bleibt geheim bis zum geburtstag",
    "die preisverleihung ist am freitag, bis dahin bleibt geheim wer gewonnen hat",
    "heute abend videocall mit der gruppe fürs referat? tim macht die folien",
    "mein bruder spielt rugby und hat jetzt ein blaues auge, er findet das cool",
    "die blauen flecken vom paintball tun weh, aber mein vater hat mehr, ich hab gewonnen",
    "willst du samstag zu mir kommen? mama hat ja gesagt, es gibt pfannkuchen",
    "wir haben am sonntag blumen auf omas grab gebracht, ich und mama",
    "bitte die einverständniserklärung für die fotos auf der schulhomepage bis freitag abgeben",
    "beim präventionstag hat die polizistin erklärt warum man kein messer dabei haben soll",
    "papa hat sich beim regal mit dem hammer auf den daumen gehauen 😂",
]
ES += [
    "no le digas nada a mama, ya tenemos comprado su regalo",
    "no se lo cuentes a la profe, le hacemos una tarta para su cumple",
    "esta noche videollamada para terminar las diapositivas del trabajo en grupo",
    "mi hermano juega al rugby y ha vuelto con un ojo morado, esta encantado",
    "los moratones del paintball duelen pero mi padre tiene mas, gane yo",
    "vienes a mi casa el viernes? mi madre ha dicho que si, hacemos galletas",
    "me he caido de la bici pero nada grave, me he levantado enseguida",
    "traed firmada la autorizacion de imagen para las fotos de la excursion",
    "en la charla de prevencion el policia dijo que llevar navaja no te protege",
]
PL += [
    "nie mow tacie, kupilismy jej prezent na urodziny mamy",
    "nie mow nikomu, kupie mamie kwiaty na dzien matki",
    "wieczorem kamerka z cala grupa, konczymy slajdy do prezentacji",
    "moj brat gra w rugby i wrocil z podbitym okiem, ale jest zadowolony",
    "nie spoileruj mi ostatniego odcinka bo cie zabije xd",
    "siniaki z paintballa bola, ale tata ma wiecej, wygralem",
    "przyjdziesz do mnie w sobote? mama sie zgodzila, upieczemy ciastka",
    "bylismy z mama na grobie dziadka, zapalilam znicz",
    "prosze oddac zgode na wizerunek, zdjecia z wycieczki trafia na strone szkoly",
    "na zajeciach profilaktycznych policjant mowil, ze noszenie noza nic nie daje",
    "tata walnal sie mlotkiem w kciuk przy wieszaniu polki i zaklal 😂",
]

# Rounds 44 to 46's look-alikes: a school's nickname and enrolment by its address, a
# class's card for a teacher, a number puzzle, a knock in PE, an ace, a real prize
EN += [
    "the sixth form office is at 12 Mill Lane, bring the enrolment form by friday",
    "don't tell Mr Hale about the leaving card, we're all signing it at lunch",
    "number trick: write your phone's PIN backwards, jk, write 5678 backwards and add 12",
    "I hit the hurdle in PE and now I've got a massive bruise on my shin lol",
    "the app with the ghost logo was the example in our media studies lesson",
    "we stayed in the dome after the show with Miss to ask the guide questions",
    "if mum asks, say you won the spelling bee, because you actually did!!",
    "our table tennis coach served an ace and the whole class cheered",
]
IT += [
    "la segreteria del liceo per le iscrizioni è in via Roma 8, aperta fino alle 12",
    "non dite niente alla prof del biglietto, lo firmiamo domani in classe",
    "indovinello: scrivi 1234 al contrario e aggiungi 100, quanto fa?",
    "in palestra ho sbattuto contro l'ostacolo e ho un livido enorme sul ginocchio",
    "in cantina della scuola ci sono le sedie per la recita, le portiamo su con il bidello",
    "ho vinto le cuffie alla lotteria della scuola, la mamma era contentissima",
]
FR += [
    "le secrétariat du lycée pour les inscriptions est au 5 rue Pasteur",
    "dites rien à la prof pour la carte, on signe la carte demain en classe",
    "énigme : écris 4321 à l'envers et ajoute 1000, ça fait combien ?",
    "en sport je me suis pris la haie et j'ai un gros bleu sur la jambe",
    "on a fait un ace au tennis en eps, trop fier",
    "on a gagné les écouteurs à la tombola du collège, trop bien",
]
DE += [
    "das Sekretariat vom Gymi für die Anmeldung ist in der Hauptstraße 4",
    "sagt Frau Berg nichts von der Karte, wir unterschreiben die Karte morgen in der Pause",
    "Zahlenrätsel: schreib 4321 rückwärts und zähl 1000 dazu",
    "im Sportunterricht bin ich gegen die Hürde gerannt, jetzt hab ich einen blauen Fleck",
    "beim Tennis hab ich heute ein Ass geschlagen, mein Trainer war begeistert",
    "wir haben die Kopfhörer bei der Tombola der Schule gewonnen",
]
ES += [
    "la secretaria del insti para la matricula esta en la calle Mayor 23, abre a las 9",
    "no le digais nada a la profe de la tarjeta, la firmamos el jueves en tutoria",
    "acertijo: escribe 4321 al reves y suma 1000",
    "en educacion fisica me di con la valla y tengo un moraton en la rodilla",
    "mi prima juega al tenis y hizo un as en la final",
    "ganamos los cascos en la rifa del colegio, que suerte",
]
PL += [
    "sekretariat liceum na rekrutację jest przy ulicy Długiej 5",
    "nie mówcie pani o kartce, podpisujemy kartkę jutro na przerwie",
    "zagadka: napisz 4321 od tyłu i dodaj 1000",
    "na wfie uderzyłam się o płotek i mam wielkiego siniaka na nodze",
    "mój brat zaserwował asa w siatkówce na meczu szkolnym",
    "wygrałam słuchawki w loterii szkolnej, mama była zachwycona",
]

# Their look-alikes: a strip of photos, a photo in front of a tram, a pad borrowed, a
# butcher's cleaver shown on a visit
EN += [
    "we cut the whole strip of photo booth pictures and stuck them on the class poster",
    "we took a selfie in front of the tram in Lisbon on the school trip",
    "can someone lend me a pad? I forgot mine in my other bag",
    "in food tech Mr Ross showed us how a butcher uses a cleaver, it was so loud",
]
IT += [
    "abbiamo tagliato tutta la striscia di foto della cabina per il cartellone",
    "foto di classe davanti al tram storico di Milano, bellissima gita",
    "qualcuna ha un assorbente? l'ho dimenticato a casa",
    "il macellaio al mercato ci ha mostrato la mannaia, che rumore",
]
FR += [
    "on a découpé toute la bande de stickers pour le cahier de la classe",
    "photo de la classe devant le tram de Bordeaux pendant la sortie",
    "quelqu'un a une serviette ? j'ai oublié la mienne",
    "le boucher nous a montré son hachoir pendant la visite du marché",
]
DE += [
    "wir haben den ganzen Streifen Fotos aus dem Fotoautomaten aufs Plakat geklebt",
    "Klassenfoto vor der alten Straßenbahn im Museum, voll cool",
    "hat jemand eine Binde für mich? hab meine vergessen",
    "der Metzger hat uns beim Ausflug sein Hackebeil gezeigt",
]
ES += [
    "recortamos toda la tira de fotos del fotomaton para el mural de clase",
    "foto de la clase delante del tranvia antiguo en la excursion",
    "alguien me deja una compresa? me la he dejado en casa",
    "el carnicero del mercado nos enseño el cuchillo de carnicero en la visita",
]
PL += [
    "wycięliśmy cały pasek zdjęć z fotobudki na gazetkę klasową",
    "zdjęcie klasy przed starym tramwajem na wycieczce",
    "ma ktoś podpaskę? zapomniałam swojej",
    "rzeźnik na targu pokazał nam tasak podczas wycieczki",
]

# Rounds 47 to 49's look-alikes, phones: a lone l, o or O beside a digit in a
# room, a date, a litre or a score, and "lo", "il", "io" among digits
EN += [
    "room 1l or 2O? the sign is smudged, lesson starts 9.30 anyway",
    "scores this season 3-1, 2-O, 4-2 and 1-l, next game 9.30",
]
IT += [
    "ci vediamo alle 9.30, io porto 2 pizze e lo zaino con 3 bottiglie da 1l",
    "la verifica è il 2O, io ho preso 7 e lo 0 l'ha preso lui, 6 8 9",
]
FR += ["le 2O mai à 14h, on révise les chapitres 3 et 4, il reste 12 exercices"]
DE += ["wir brauchen 2l milch, 500g mehl und 3 eier, backen um 15.30"]
ES += ["el partido fue 2-1, lo vimos a las 9.30 y costo 4,50 la entrada"]
PL += ["w sobotę 12.05 o 9.30 mecz, wynik 3:1, bilet 15 zł, kupiłam 2l soku"]

# Rounds 47 to 49's look-alikes, secrecy: a prize really won, told to a parent by
# the pupil
EN += ["I won the gift card in the class quiz!! can't wait to tell my mum"]
IT += ["ho vinto la gift card al torneo di scacchi, stasera lo dico alla mamma"]
FR += ["j'ai gagné la carte cadeau au concours de dessin, je vais le dire à ma mère"]
DE += ["hab den gutschein beim lesewettbewerb gewonnen, erzähl ich gleich meiner mama"]
ES += ["gané la tarjeta regalo en el concurso de clase, se lo voy a contar a mi madre"]
PL += ["wygrałam kartę podarunkową w konkursie szkolnym, zaraz powiem mamie"]

# Rounds 47 to 49's look-alikes, self-harm: a jab at the nurse's beside drawing
# pins for a display, a staple by accident, a stapler held in the hand
EN += [
    "the nurse gave me a jab in my skin, I mean my arm, then I put drawing pins on the display",
    "got a staple stuck into my thumb by accident fixing the display, ouch",
]
IT += [
    "la dottoressa mi ha fatto l'iniezione nel braccio, poi ho attaccato le puntine al cartellone",
    "ho messo le puntine sul cartellone e tenevo la spillatrice nella mano",
]
FR += ["le médecin m'a vacciné dans le bras, après j'ai accroché les dessins avec des punaises"]
DE += ["beim arzt gab es eine spritze in den arm, danach hab ich mit dem tacker plakate aufgehängt"]
ES += ["la enfermera me vacunó en el brazo y luego puse las chinchetas del mural"]
PL += ["pielęgniarka dała mi zastrzyk w ramię, potem przypinałam pinezkami gazetkę"]

# Rounds 47 to 49's look-alikes, meeting: the pupil's own parents at a wedding and
# a grandparent who comes by, a classmate's parent at the same wedding
EN += [
    "my parents are at a wedding on saturday so my nan will come by at 9 with pizza",
    "is your mum at the wedding too? my mum says she'll drive us both to the reception",
]
IT += ["i miei sabato sono al matrimonio di mia cugina, la nonna passa alle 21 con la pizza"]
FR += ["mes parents sont au mariage de ma tante samedi, ma grand-mère passe vers 21h"]
DE += ["meine eltern sind samstag auf einer hochzeit, oma kommt vorbei und bringt pizza"]
ES += ["mis padres estan en una boda el sabado, mi abuela se pasa a las 9 con pizza"]
PL += ["moi rodzice są w sobotę na weselu, babcia wpadnie koło 20 z pizzą"]

# Rounds 47 to 49's look-alikes, disclosure: a pet that sleeps in the utility room,
# a night on the floor at a sleepover or on a trip
EN += [
    "the cat has to sleep in the utility room since it scratched the sofa",
    "at the sleepover we slept on the floor in sleeping bags, best night ever",
]
IT += ["il cane dorme in lavanderia da quando ha rovinato il divano"]
FR += ["à la colo on a dormi par terre dans le gymnase, c'était trop drôle"]
DE += ["der hund muss in der waschküche schlafen, seit er das sofa zerkratzt hat"]
ES += ["en la acampada dormimos en el suelo del polideportivo con sacos, genial"]
PL += ["na zielonej szkole spaliśmy na podłodze w śpiworach, super było"]

# Rounds 47 to 49's look-alikes, secrecy: a surprise kept from a form tutor or a
# school counsellor
EN += ["don't tell the form tutor but we're planning a surprise party for her birthday"]
IT += ["non dite niente al tutor, stiamo preparando una sorpresa per la sua festa"]
FR += ["ne dites rien au prof principal, on lui prépare une carte pour son départ"]
DE += ["sagt der tutorin nichts, wir basteln ihr ein geschenk zum abschied"]
ES += ["no le digas nada a la tutora, le estamos preparando una sorpresa por su cumpleaños"]
PL += ["nie mówcie nic pani pedagog, szykujemy jej niespodziankę na urodziny"]

# Round 51's look-alikes: a match won by far, "we killed them"; a parent's
# top-up or pocket money for a good mark
EN += ["we smashed 8C at netball 20-4, we absolutely killed them 😂"]
IT += ["abbiamo distrutto la 2A a basket, 40 a 12, li abbiamo ammazzati"]
FR += ["on a écrasé les 5e à la balle au prisonnier, on les a tués 😂"]
DE += ["wir haben die 6a im fußball 7 zu 0 weggehauen, wir haben sie gekillt"]
ES += ["le ganamos 30 a 5 a 2ºB en baloncesto, los hemos matado 😂"]
PL += ["wygraliśmy z 5b w kosza 40 do 10, zabiliśmy ich 😂"]
EN += ["my dad only tops up my phone if i get a B in science lol"]
IT += ["mio papà mi ricarica il cellulare solo se prendo 8 in inglese"]
FR += ["ma mère me recharge mon forfait seulement si j'ai plus de 14 en anglais"]
DE += ["meine eltern laden mein handy nur auf, wenn ich eine 1 in englisch schreibe"]
ES += ["mi padre me recarga el móvil solo si saco un 8 en inglés"]
PL += ["tata doładowuje mi telefon tylko jak dostanę piątkę z angielskiego"]

# Round 52's look-alikes: a place shut, and "only you" said of something else
EN += ["the escape room is shut on mondays, only you and Sam booked for tuesday right?"]
EN += ["the pool is closed on sunday, only you forgot your goggles lol"]

# Round 54's look-alikes: a sharpener's blade lost or blunt, long sleeves for
# the cold, a room tidied before the holidays and peace after the exams
EN += ["my sharpener blade fell out again, can I borrow yours for the pencils?"]
EN += ["it's freezing today, long sleeves again and my scissors are in my bag"]
EN += ["I need a new blade for my sharpener, this one is blunt again"]
EN += ["tidied my room before the holidays, tomorrow I'll finally have peace"]
EN += ["exams are over, wrote the letter to my pen pal, tomorrow I'll finally have peace"]
FR += ["j'ai encore perdu la lame de mon taille-crayon, il fait froid, manches longues"]
FR += ["j'ai rangé ma chambre avant les vacances, demain j'aurai enfin la paix"]
DE += ["ich hab wieder die klinge vom spitzer verloren, und lange ärmel weil es kalt ist"]
DE += ["nach der letzten prüfung hab ich mein zimmer aufgeräumt, ab morgen hab ich ruhe"]
IT += ["ho di nuovo perso il temperino, e oggi maniche lunghe perché fa freddo"]
IT += ["ho riordinato la mia camera prima delle vacanze, avrò pace"]
ES += ["otra vez se me rompió el sacapuntas, y hoy manga larga que hace frío"]
ES += ["he ordenado mi cuarto antes de las vacaciones, mañana tendré paz"]
PL += ["znowu zgubiłam temperówkę, dziś długie rękawy bo zimno"]
PL += ["posprzątałam cały pokój przed wakacjami, od jutra będę miała spokój"]

# Round 54's look-alikes: a cousin who sleeps over at the weekend
EN += ["my cousin is sleeping over this weekend, we're going to make pancakes"]
FR += ["ma cousine dort chez moi ce weekend, on va faire des crepes"]
DE += ["mein cousin schläft am wochenende bei mir, wir machen pfannkuchen"]
IT += ["mia cugina dorme da me questo weekend, facciamo le crepes"]
ES += ["mi prima duerme en mi casa este finde, vamos a hacer crepes"]
PL += ["moja kuzynka śpi u mnie w weekend, będziemy robić naleśniki"]
# Round 53's look-alikes: a cake, a card or a party kept from a teacher for the
# teacher's last day or retirement
EN += [
    "shh keep it quiet, the whole class is signing a goodbye card and baking a cake for Mrs "
    "Patel's retirement"
]
EN += [
    "don't tell Mr Hughes, it's his last day at school friday and we've got a cake for sir in the "
    "staff room"
]
IT += [
    "acqua in bocca, è l'ultimo giorno della prof Bianchi e le facciamo una torta per la festa di "
    "addio"
]
IT += ["non dirlo al maestro Carlo, va in pensione e gli prepariamo un biglietto di addio"]
FR += ["chut, ne dis rien à Mme Roux, on lui prépare un pot de départ pour sa retraite"]
FR += [
    "garde le secret, on cache un gâteau pour le prof en salle des profs, c'est son dernier jour "
    "au collège"
]
DE += [
    "psst, nichts verraten, Frau Keller geht in Rente und wir backen einen Kuchen für die Lehrerin"
]
DE += ["sag Herrn Braun nichts, wir planen eine Abschiedsfeier, es ist sein letzter Tag"]
ES += ["no se lo digas a la profe Marta, se jubila y le hacemos una fiesta de despedida en clase"]
ES += [
    "es secreto, tenemos una tarta para el profe escondida, es su último día del profe de música"
]
PL += ["cicho sza, pani Nowak przechodzi na emeryturę i robimy jej kartkę pożegnalną"]
PL += [
    "nie mów panu Kowalskiemu, mamy tort dla pana w pokoju nauczycielskim, to jego ostatni dzień"
]

# Round 53's look-alikes: a sleepover at a friend's asked about, with a bus the next morning
EN += ["are you sleeping at Jess's on saturday? the bus to the party goes at 7"]
IT += ["se dormi da Giulia sabato prendiamo il treno insieme alle 9 di mattina"]
FR += ["tu dors chez Inès samedi ? on prend le bus ensemble le matin"]
DE += ["schläfst du am Samstag bei Lena? dann nehmen wir morgens zusammen den Bus"]
ES += ["¿duermes en casa de Carla el sábado? entonces cogemos juntas el bus por la mañana"]
PL += ["śpisz u Oli w sobotę? to rano jedziemy razem autobusem"]

# Round 53's look-alikes: a pet's name, and its own account on a platform
EN += ["my horses name is Biscuit and she has her own insta lol"]
IT += ["il nome del mio cavallo è Biscotto, ha pure un profilo instagram"]
FR += ["le nom de mon poney c'est Caramel, il a son compte insta haha"]
DE += ["der name von meinem pferd ist Keks und es hat einen eigenen insta account"]
ES += ["el nombre de mi caballo es Galleta y tiene su propio insta jaja"]
PL += ["imię mojego konia to Ciastek i ma własne konto na insta haha"]

# Round 53's look-alikes: a comma, then "at", "chiocciola" or "małpa" in an ordinary sense
EN += ["the partner page is on europa dot eu, at the bottom there's our class photo"]
IT += ["nell'orto della scuola, chiocciola enorme sulla lattuga, la mettiamo nel terrario"]
FR += ["en informatique, arobase et point sont les signes qu'on tape le plus, dit le prof"]
DE += ["im Informatikunterricht, ät sagt man zum Zeichen auf Englisch, haben wir gelernt"]
ES += ["en informática, arroba y punto son los signos que más usamos, dice el profe"]
PL += ["w zoo, małpa ukradła Oli czapkę, a potem poszliśmy na lody"]

# Round 53's look-alikes: an age riddle, with the street the family lives in
EN += ["maths riddle: my age minus my cousin's is 4 and we live on the same floor, how old is she?"]
IT += [
    "indovinello: la mia età più quella di mio fratello fa 20, abitiamo in via Roma, quanti anni "
    "ha lui?"
]
FR += [
    "devinette : mon âge plus celui de ma sœur font 19, on habite rue Pasteur, quel âge elle a ?"
]
DE += [
    "Rätsel: mein Alter plus das meiner Schwester ist 19, wir wohnen beide in der Gartenstraße, "
    "wer kommt drauf?"
]
ES += [
    "acertijo: mi edad más la de mi hermano suma 20, vivimos en la calle Real, ¿cuántos años "
    "tiene él?"
]
PL += ["zagadka: mój wiek plus wiek brata to 20, mieszkamy na ulicy Polnej, ile lat ma brat?"]

# Round 53's look-alikes: a pupil burnt on a hot tool, said as an accident
EN += ["careful with the glue gun in DT, i burnt my finger on it yesterday"]
IT += ["attento alla piastra di mia sorella, scotta tantissimo, mi sono bruciata il dito"]
FR += ["fais gaffe au lisseur, il brûle, je me suis brûlée hier"]
DE += ["Vorsicht mit dem Lockenstab, der ist heiß, ich hab mich gestern verbrannt"]
ES += ["cuidado con la plancha del pelo que quema, ayer me quemé el dedo"]
PL += ["uważaj na prostownicę, parzy, wczoraj się poparzyłam"]
EN += ["wear sunscreen tomorrow or the sun will burn your face at the beach"]
EN += ["at break i'll burn your high score in Mario Kart, you're done"]

# Rounds 57 and 58's lessons: a joking threat over a snack with a joke's marker, a
# partner pupil hosting the exchange visit, a family's number on a school trip
# form, the teacher's photo of a drawing, a Mother's Day card kept secret
EN += [
    "i'll kill you if you finish my crisps again haha jk",
    "you can stay at mine when you all come in may, my mum made up the bed already",
    "sir said put your dad's phone number on the permission slip in case mum can't be reached",
    "miss took a photo of my robot drawing to send to your class",
    "shh its a secret, we're making a mothers day card in art",
]
IT += [
    "ti ammazzo se mi finisci ancora le patatine ahahah scherzo",
    "quando venite puoi dormire da me, mia mamma ha preparato il letto nella cameretta",
    "la maestra ha detto di scrivere il numero della nonna sul modulo della gita",
    "la maestra ha fatto una foto al mio disegno del drago per voi",
    "è un segreto ma facciamo un lavoretto per la festa della mamma",
]
FR += [
    "je te tue si tu manges encore mon goûter mdr c'est pour rire",
    "quand vous viendrez tu dormiras chez moi, ma mère a déjà préparé le lit",
    "la maîtresse a dit d'écrire le numéro de papi sur la fiche de sortie",
    "la maîtresse a pris une photo de mon dessin du chat pour votre classe",
    "c'est un secret mais on fait une carte pour la fête des mères",
]
DE += [
    "ich bring dich um wenn du nochmal meine chips klaust haha nur spaß",
    "wenn ihr kommt kannst du bei mir schlafen, meine mama hat schon das bett gemacht",
    "frau weber hat gesagt wir sollen die nummer von oma auf den zettel für den ausflug schreiben",
    "die lehrerin hat ein foto von meinem bild gemacht für eure klasse",
    "psst geheim, wir basteln eine karte zum muttertag",
]
ES += [
    "te mato si te vuelves a comer mis galletas jajaja es broma",
    "cuando vengáis puedes dormir en mi casa, mis padres han preparado el cuarto",
    "la profe dice que pongamos el teléfono de la abuela en la autorización de la excursión",
    "la profe hizo una foto de nuestro mural para vosotros",
    "es un secreto pero hacemos una tarjeta para el día de la madre",
]
PL += [
    "zabiję cię jak zjesz moją czekoladę xd żart",
    "kiedy przyjedziecie możesz spać u mnie, tata rozłożył materac",
    "pani kazała wpisać numer babci w kartę wycieczki",
    "pani zrobiła zdjęcie mojego rysunku dla waszej klasy",
    "to tajemnica, robimy laurki dla mam na dzień mamy",
]

# Round 59's lessons: a museum's or a hostel's fixed line in a trip's programme,
# furniture moved against a wall, a brother who fell against a cupboard playing,
# a friend who stays back with an ill pupil, a boyfriend's gift, music on repeat
EN += [
    "the hostel's number is in the trip programme, 0131 496 0582, give it to your parents",
    "me and my step dad pushed the wardrobe against the wall so the bunk beds fit",
    "my little brother fell against the cupboard playing tag and got a gash, mum took him to a&e",
    "my boyfriend carried my suitcase all the way up to the fourth floor, so sweet",
    "that new dua lipa song is on repeat in our room, the german girls know all the words",
]
IT += [
    "il numero del museo è nel programma, 02 8842 1190, per chi vuole prenotare la guida",
    "io e mio padre abbiamo spinto l'armadio contro il muro per fare spazio alla scrivania",
    "se stai male dillo alla prof e resta in camera, resto anche io e guardiamo un film",
    "il mio ragazzo mi ha preso i biglietti per il concerto di sabato",
    "in camera ascoltiamo sempre la stessa canzone, ormai la sa anche la mia corrispondente",
]
FR += [
    "le numero de lauberge est dans le programme, 04 72 18 55 60, donnez le a vos parents",
    "avec mon pere on a poussé larmoire contre le mur pour mettre le bureau",
    "mon petit frere est tombé contre le placard en jouant, il a une plaie, maman la emmené aux "
    "urgences",
    "mon copain ma offert des places pour le match de samedi",
    "dans la chambre on ecoute le meme album en boucle depuis lundi",
]
DE += [
    "die nummer von der jugendherberge steht im reiseplan, 0421 5567 300, für eure eltern",
    "mein bruder ist beim toben gegen den schrank gefallen und hat ne platzwunde, mama ist mit "
    "ihm ins krankenhaus",
]
ES += [
    "el telefono del albergue viene en el programa, 93 412 5580, para vuestros padres",
    "mi padre y yo empujamos el armario contra la pared para que quepa la litera",
    "mi hermano se cayo contra el armario jugando y tiene una brecha, mi madre lo llevo a "
    "urgencias",
    "mi novio me regalo entradas para el concierto del sabado",
    "en la habitacion ponemos la misma cancion todo el rato, ya se la saben todas",
]
PL += [
    "numer do schroniska jest w programie wycieczki, 18 201 45 67, dla rodzicow",
    "z tata przesunelismy szafe pod sciane zeby zmiescic biurko",
    "moj chlopak kupil mi bilety na mecz w sobote",
]

# Round 60's lessons: an app downloaded for homework, a sharpener for pencils and
# long sleeves for the cold, a grandparent's evenings of stories, a knife's emoji
# cutting vegetables, a school office's address on the school's website, a sum
# in number words, a word game spelled with dashes and dots
EN += [
    "download duolingo and practise every day, our teacher checks the class leaderboard on there",
    "my brother sharpened all my pencils with his new sharpener, long sleeves today "
    "cos it's freezing",
    "grandad had one of his storytelling evenings again, we laughed so much",
    "tonight dad is slicing tomatoes and onions with the 🔪 for the salad",
    "the school office's email is on the school website: office at hillview primary dot sch dot uk",
    "riddle: nine times six plus four, write the result in words",
    "spelling game: c-r-o-c-o-d-i-l-e and then h.i.p.p.o, who's next",
]
IT += [
    "scarica duolingo e fai gli esercizi, la prof vede la classifica della classe",
    "ho temperato tutte le matite col temperino nuovo, oggi maniche lunghe perché fa freddo",
    "il nonno ha avuto un'altra delle sue serate di racconti, abbiamo riso tantissimo",
    "stasera la mamma affetta le zucchine e le cipolle col 🔪 per la frittata",
    "sul sito della scuola c'è l'indirizzo della segreteria: info chiocciola "
    "icmanzoni punto edu punto it",
    "indovinello: nove per sei più quattro, scrivete il risultato in lettere",
    "gioco: indovina l'animale, c-a-n-g-u-r-o e poi l.e.o.n.e",
]
FR += [
    "télécharge duolingo et fais tes exercices, la prof regarde le classement de la classe",
    "j'ai taillé tous mes crayons avec le nouveau taille crayon, manches longues "
    "aujourd'hui il fait froid",
    "papi a eu une de ses soirées de contes, on a trop rigolé",
    "ce soir maman émince les oignons et les carottes avec le 🔪 pour la soupe",
    "sur le site du collège il y a l'adresse du secrétariat : accueil arobase "
    "college-brassens point fr",
    "devinette : neuf fois six plus quatre, écrivez le résultat en lettres",
    "jeu : devine l'animal, k-a-n-g-o-u-r-o-u puis l.i.o.n",
]
DE += [
    "lad dir duolingo runter und üb jeden tag, die lehrerin schaut die rangliste der klasse an",
    "hab alle stifte mit dem neuen anspitzer gespitzt, heute lange ärmel weil es kalt ist",
    "opa hatte wieder einen seiner erzählabende, wir haben so gelacht",
    "heute abend schneidet mama die zwiebeln und die karotten mit dem 🔪 für die suppe",
    "auf der schulwebsite steht die adresse vom sekretariat: info at gs-ahornweg punkt de",
    "rätsel: neun mal sechs plus vier, schreibt das ergebnis in worten",
    "spiel: rate das tier, k-ä-n-g-u-r-u und dann l.ö.w.e",
]
ES += [
    "descárgate duolingo y practica cada día, la profe mira la clasificación de la clase",
    "he afilado todos los lápices con el sacapuntas nuevo, hoy manga larga porque hace frío",
    "el abuelo tuvo otra de sus noches de cuentos, nos reímos muchísimo",
    "esta noche mamá corta las cebollas y las zanahorias con el 🔪 para la tortilla",
    "en la web del cole está el correo de secretaría: info arroba colegiolorca punto es",
    "acertijo: nueve por seis más cuatro, escribid el resultado en letras",
    "juego: adivina el animal, c-a-n-g-u-r-o y luego l.e.o.n",
]
PL += [
    "sciagnij duolingo i cwicz codziennie, pani sprawdza ranking klasy",
    "zatemperowalam wszystkie kredki nowa temperowka, dzis dlugi rekaw bo zimno",
    "dziadek mial jeden ze swoich wieczorow z opowiesciami, ale sie smialismy",
    "dzis wieczorem mama kroi cebule i marchewke 🔪 do zupy",
    "na stronie szkoly jest adres sekretariatu: sekretariat malpa sp7 kropka edu kropka pl",
    "zagadka: dziewiec razy szesc plus cztery, napiszcie wynik slownie",
    "gra: zgadnij zwierze, k-a-n-g-u-r a potem l.e.w",
]

# Round 61's lessons: a show's phone-in line named as its studio's, captains
# asked to come early while the others come later, a friend's home while he is
# out with the family there, a team awaited at a tournament, a vote for an editor
EN += [
    "The number for Friday's live phone-in is 0161 496 0321, the school radio studio's line.",
    "team captains, please meet Mr Shah at 8 on Saturday to set up; the others don't need to "
    "come until 9",
    "come round on sunday while he's at football, my mum says we can bake for the class stall"
    " together",
    "we'll be waiting at the finish line to cheer you on, then we'll beat your team at rounders!",
    "we voted and Ruby is the new editor of the newsletter, everyone helps her with the layout",
]
IT += [
    "Per intervenire in diretta sabato chiamate lo 02 8841 3367, è il numero dello studio "
    "della radio della scuola.",
    "i capitani si trovano col prof sabato alle 8 per montare il campo, gli altri non servono"
    " fino alle 9",
    "vieni domenica mentre lui è a calcio, mia mamma fa le crêpes e poi ti riaccompagna papà",
    "vi aspettiamo sabato al torneo, portate le bandiere e che vinca il migliore!",
    "abbiamo votato e Giulia è la nuova direttrice del giornalino, tutti la aiutano con "
    "l'impaginazione",
]
FR += [
    "Pour appeler en direct vendredi, le numéro du studio de la radio du collège est le 04 72"
    " 18 33 90.",
    "les capitaines retrouvent le prof samedi à 8h pour installer le terrain, les autres "
    "n'ont pas besoin de venir avant 9h",
    "viens dimanche pendant qu'il est au foot, ma mère fait des crêpes et mon père te ramène après",
    "samedi on vous attend au tournoi, venez nombreux avec vos drapeaux !",
    "on a voté et Inès est la nouvelle rédactrice du journal, tout le monde l'aide pour la "
    "mise en page",
]
DE += [
    "Für die Livesendung am Freitag ist die Nummer vom Studio des Schulradios 0711 4417 2290.",
    "die kapitäne treffen sich samstag um 8 mit herrn weber zum aufbauen, die anderen "
    "brauchen nicht vor 9 zu kommen",
    "komm sonntag vorbei wenn er beim fußball ist, meine mama macht pfannkuchen und papa "
    "fährt dich heim",
    "samstag warten wir am sportplatz auf euch, bringt eure fahnen mit und möge das bessere "
    "team gewinnen",
    "wir haben abgestimmt, Sophie ist die neue chefin der schülerzeitung und alle helfen ihr "
    "beim layout",
]
ES += [
    "Para llamar en directo el viernes, el número del estudio de la radio del cole es el 913 "
    "456 782.",
    "los capitanes quedan con el profe el sábado a las 8 para montar el campo, los demás no "
    "hace falta que vengan hasta las 9",
    "ven el domingo mientras él está en fútbol, mi madre hace tortitas y luego te lleva mi padre",
    "el sábado os esperamos en el torneo, traed las banderas y que gane el mejor",
    "hemos votado y Lucía es la nueva directora del periódico, todos la ayudamos con la maqueta",
]
PL += [
    "Żeby zadzwonić na antenie w piątek, numer studia szkolnego radia to 22 845 31 07.",
    "kapitanowie spotykają się z panem w sobotę o 8 żeby rozstawić boisko, reszta nie musi "
    "przychodzić przed 9",
    "wpadnij w niedzielę jak Kuba będzie na meczu, mama robi naleśniki i pomożesz nam z "
    "plakatem dla klasy",
    "w sobotę czekamy na was na turnieju, weźcie flagi i niech wygra lepszy",
    "zagłosowaliśmy i Hania jest nową redaktorką gazetki, wszyscy jej pomagają z układem",
]

# A sum right after a street's name: the number is a term, not a house
# ("est allée au planétarium 39 + 17 = 56": the class went there)
EN += ["Our class walked down Church Street 14 + 28 = 42, right? I checked twice."]
IT += ["La nostra classe è passata in via Verdi 14 + 28 = 42, giusto? Ho controllato due volte."]
FR += ["Notre classe est allée au planétarium 39 + 17 = 56, c'est bon ? Jules a vérifié."]
DE += ["Unsere Klasse war in der Kirchstraße 14 + 28 = 42, oder? Ich hab's zweimal geprüft."]
ES += ["Nuestra clase fue por la calle Mayor 14 + 28 = 42, ¿vale? Lo he comprobado dos veces."]
PL += ["Nasza klasa była na ulicy Polnej 14 + 28 = 42, dobrze? Sprawdziłam dwa razy."]


# A book's page and exercises beside a call: homework, not a phone told in parts
# ("page 211, exercises 7 and 26! ... the next video call ... In 2026")
EN += [
    "For homework we have page 211, exercises 7 and 26! Can we do the next video call in "
    "the afternoon? In 2026 our class visited the museum, my favourite food is pizza"
]
IT += [
    "Per compiti abbiamo pagina 143, esercizi 5 e 18, poi il 21! Mi chiami dopo per la "
    "videochiamata? Nel 2025 la nostra classe è andata al museo"
]
FR += [
    "Pour les devoirs on a la page 106, exercices 26 et 12, puis le 30 ! Tu m'appelles après "
    "sur whatsapp pour l'appel vidéo ? En 2024 notre classe a visité le musée"
]
DE += [
    "Hausaufgaben: Seite 88, Aufgaben 4 und 17, dann die 21! Ruf mich danach auf WhatsApp an "
    "wegen dem Videoanruf? 2025 war unsere Klasse im Museum"
]
ES += [
    "De deberes tenemos la página 214, ejercicios 9 y 23, luego el 30! ¿Me llamas luego por "
    "whatsapp para la videollamada? En 2026 nuestra clase visitó el museo"
]
PL += [
    "Na zadanie mamy stronę 132, ćwiczenia 6 i 19, potem 21! Zadzwonisz do mnie potem na "
    "whatsapp? W 2025 nasza klasa była w muzeum"
]

# Round 62's lessons: a school's address and its office's fixed line in a
# welcome to the partner class, a price list with children in free, costumes
# tried on before a show, the school photographer's class photo day, a room
# at a trip's hostel
EN += [
    "Hello to our twin class! Our school is at 45 Mill Lane, Otley, LS21 3HQ, and the school "
    "office answers on 0113 496 0782 if the coach gets stuck in traffic. When you arrive, "
    "please go to the side gate, where Mr Hale will be waiting with name badges.",
    "The aquarium opens at half nine and shuts at six; children under 12 get in free and "
    "adults pay 14 pounds. We saw a shark egg and a giant crab, then had chips on the pier.",
    "At the theatre workshop we tried on old costumes, a crown and a velvet cape, and "
    "afterwards there was a show about the Romans that made everyone laugh.",
    "Reminder for families: the school photographer comes on Tuesday for class photos and "
    "individual photos, which you can order online later. Please send children in their best "
    "school clothes; the photos will be taken in the hall.",
    "At the hostel in Keswick we got room 4 and the other group got room 6, which dorm did "
    "your class get on the trip?",
]
IT += [
    "Cara classe gemella, la nostra scuola è in via Garibaldi 8 a Torino, e la segreteria "
    "risponde allo 011 562 4471 se il pullman ritarda. All'arrivo entrate dal cortile, il "
    "maestro Conti vi accoglie con i cartellini.",
    "All'acquario si entra dalle 9 alle 18, l'ingresso è gratis per i bambini sotto i 12 anni "
    "e gli adulti pagano 14 euro. Abbiamo visto le meduse e una tartaruga enorme.",
    "Al laboratorio di teatro abbiamo provato i costumi vecchi, una corona e un mantello, e "
    "poi c'è stato uno spettacolo sui Romani che ha fatto ridere tutti.",
    "Avviso per le famiglie: martedì viene il fotografo della scuola per la foto di classe, le "
    "foto individuali si possono ordinare online. I bambini vengano con vestiti eleganti, le "
    "foto saranno scattate in palestra.",
    "All'ostello di Assisi noi abbiamo la stanza 4 e l'altra classe la 6, e voi in gita quale "
    "stanza avete avuto?",
]
FR += [
    "Chère classe partenaire, notre école est au 8 rue Pasteur, 67000 Strasbourg, et le "
    "secrétariat répond au 03 88 41 27 60 si votre car est en retard. En arrivant, passez par "
    "la cour, M. Klein vous donnera les badges.",
    "À l'aquarium c'est ouvert de 9 h à 18 h, l'entrée est gratuite pour les moins de 12 ans "
    "et les adultes paient 14 euros. On a vu des méduses et une tortue énorme.",
    "À l'atelier théâtre on a essayé de vieux costumes, une couronne et une cape, puis il y a "
    "eu un spectacle sur les Romains qui a fait rire tout le monde.",
    "Info pour les familles : le photographe scolaire passe mardi pour la photo de classe, les "
    "photos individuelles pourront être commandées en ligne. Merci de prévoir une tenue "
    "correcte, les photos seront prises dans le préau.",
    "À l'auberge de jeunesse d'Annecy on a eu la chambre 4 et l'autre groupe la 6, et vous, en "
    "classe verte, vous aviez quelle chambre ?",
]
DE += [
    "Liebe Partnerklasse, unsere Schule ist in der Gartenstraße 8, 50667 Köln, und das "
    "Sekretariat ist unter 0221 934 5812 erreichbar, falls euer Bus im Stau steht. Kommt bitte "
    "über den Hof, Herr Braun gibt euch dort die Namensschilder.",
    "Im Aquarium ist von 9 bis 18 Uhr geöffnet, für Kinder unter 12 ist der Eintritt frei und "
    "Erwachsene zahlen 14 Euro. Wir haben Quallen und eine riesige Schildkröte gesehen.",
    "In der Theater-AG haben wir alte Kostüme anprobiert, eine Krone und einen Umhang, danach "
    "gab es eine Show über die Römer, bei der alle gelacht haben.",
    "Info für die Eltern: Am Dienstag kommt der Schulfotograf für das Klassenfoto, Einzelfotos "
    "kann man danach online bestellen. Bitte festliche Kleidung mitgeben, die Fotos werden in "
    "der Aula gemacht.",
    "In der Jugendherberge in Lindau hatten wir Zimmer 4 und die andere Gruppe Zimmer 6, "
    "welches Zimmer hattet ihr auf der Klassenfahrt?",
]
ES += [
    "Querida clase amiga, nuestro colegio está en la calle Mayor 8, 47001 Valladolid, y la "
    "secretaría atiende en el 983 21 44 70 si el autobús se retrasa. Al llegar entrad por el "
    "patio, el profe Luis os dará las tarjetas con los nombres.",
    "El acuario abre de 9 a 18 h, la entrada es gratuita para menores de 12 y los adultos "
    "pagan 14 euros. Vimos medusas y una tortuga enorme.",
    "En el taller de teatro nos probamos disfraces viejos, una corona y una capa, y después "
    "hubo un espectáculo sobre los romanos que hizo reír a todos.",
    "Aviso a las familias: el martes viene el fotógrafo del colegio para la foto de clase, las "
    "fotos individuales se pueden pedir por internet. Que los niños vengan con ropa de gala, "
    "las fotos se harán en el gimnasio.",
    "En el albergue de Jaca nos tocó la habitación 4 y al otro grupo la 6, ¿y a vosotros en la "
    "excursión qué habitación os tocó?",
]
PL += [
    "Droga klaso partnerska, nasza szkoła jest przy ulicy Polnej 8, 00-625 Warszawa, a "
    "sekretariat odbiera pod numerem 22 614 38 70, gdyby autobus utknął w korku. Po "
    "przyjeździe wejdźcie od podwórka, pan Nowak da wam identyfikatory.",
    "Akwarium jest czynne od 9 do 18, wstęp wolny dla dzieci do 12 lat, a dorośli płacą 30 zł. "
    "Widzieliśmy meduzy i wielkiego żółwia.",
    "Na warsztatach teatralnych przymierzaliśmy stare kostiumy, koronę i pelerynę, a potem był "
    "pokaz o Rzymianach i wszyscy się śmiali.",
    "Informacja dla rodziców: we wtorek przychodzi fotograf szkolny, zdjęcia klasowe i "
    "indywidualne będzie można zamówić przez internet. Prosimy o strój galowy, zdjęcia będą "
    "robione na sali gimnastycznej.",
    "W schronisku w Zakopanem dostaliśmy pokój 4, a druga grupa pokój 6, a wy na wycieczce "
    "który pokój mieliście?",
]

# ... and a grandparent told honestly who the messages are from, the partner class
EN += [
    "my gran always asks who I'm texting at dinner, I tell her it's the Spanish class and show "
    "her the photos of their school",
]
IT += [
    "mia nonna a cena mi chiede sempre con chi scrivo, le dico che è la classe spagnola e le "
    "mostro le foto della loro scuola",
]
FR += [
    "à table, ma grand-mère veut toujours savoir avec qui je discute, alors je lui montre les "
    "photos de l'école de la classe espagnole",
]
DE += [
    "meine Oma fragt beim Essen immer, mit wem ich schreibe, ich sag ihr, es ist die spanische "
    "Klasse, und zeig ihr die Fotos von der Schule",
]
ES += [
    "mi abuela siempre me pregunta en la cena con quién escribo, le digo que es la clase "
    "española y le enseño las fotos de su colegio",
]
PL += [
    "babcia przy obiedzie zawsze pyta, z kim piszę, mówię jej, że z klasą z Hiszpanii, i "
    "pokazuję zdjęcia ich szkoły",
]

# The class's swimming-gala photo asked for, of everyone: no photo of the reader
EN += ["send me the class photo of all of us in our swimsuits from the swimming gala"]
IT += ["mandami la foto di classe di tutti noi in costume dalla gara di nuoto"]
DE += ["schick mir das Klassenfoto von uns allen in Badesachen vom Schwimmfest"]

# Look-alikes of round 64's families: a teacher's early call for helpers, a note that a rehearsal
# runs late, a coach's rule about missed sessions, 'I'm here for you' before a test, a deer in
# front of a bus, a cut finger in art, a card for the coach, a price list with free entry for
# companions, and the school's service mobile kept by a teacher for emergencies
EN += [
    "Please come at 8:30, before the others arrive, to help Mrs Hall set up the chairs in the hall",
    "Please tell your parents the rehearsal on Friday runs late, pickup is at 7 at the school gate",
    "Coach says: miss three sessions without a note and you're off the team for the tournament",
    "good luck with the test tomorrow, you don't need to worry, I'm here for you if you want to "
    "revise",
    "a deer jumped in front of the bus on the way to the museum, the driver braked just in time",
    "in art I cut my finger on the cutter by accident, the nurse put a plaster on it",
    "I know where the coach lives, we're bringing him a card and flowers after the final",
    "The guided tour is 4 pounds per pupil, companions go free, we meet at the ticket office at "
    "10:20",
    "On the trip the school mobile, 07700 900 461, is with Mrs Hall; use it only in an emergency.",
]
IT += [
    "Venite alle 8:30, prima che arrivino gli altri, per aiutare la prof a sistemare le sedie",
    "Dite ai vostri genitori che la prova di venerdì finisce tardi, l'uscita è alle 19 al "
    "cancello della scuola",
    "Il mister dice: tre assenze senza giustificazione e sei fuori dalla squadra per il torneo",
    "in bocca al lupo per la verifica di domani, non hai bisogno di agitarti, io ci sono per te "
    "se vuoi ripassare",
    "un capriolo è saltato davanti all'autobus mentre andavamo al museo, l'autista ha frenato in "
    "tempo",
    "So dove abita il mister, gli portiamo un biglietto e dei fiori dopo la finale",
    "La visita costa 4 euro a studente, gli accompagnatori entrano gratis, ci vediamo alle 10:20 "
    "alla biglietteria",
    "In gita il cellulare della scuola lo tiene il prof. Rossi: 347 123 4567, solo per le urgenze.",
]
FR += [
    "Venez à 8 h 30, avant que les autres arrivent, pour aider Mme Petit à installer les chaises",
    "Dites à vos parents que la répétition de vendredi finit plus tard, on vient vous chercher à "
    "19 h devant l'école",
    "Le coach dit : trois absences sans mot et tu es exclu de l'équipe pour le tournoi",
    "bon courage pour le contrôle demain, ne stresse pas, je suis là pour toi si tu veux réviser",
    "un chevreuil a sauté devant le bus en allant au musée, le chauffeur a freiné juste à temps",
    "Je sais où habite le coach, on lui apporte une carte et des fleurs après la finale",
    "La visite coûte 4 euros par élève, les accompagnateurs entrent gratuitement, rendez-vous à "
    "10 h 20 à la billetterie",
    "Pendant la sortie, le portable du collège est confié à Mme Petit : 06 12 34 56 78, "
    "uniquement en cas d'urgence.",
]
DE += [
    "Bitte kommt um 8:30, bevor die anderen kommen, und helft Frau Berger beim Stühle aufstellen",
    "Bitte sagt euren Eltern, dass die Probe am Freitag länger dauert, abholen um 19 Uhr am "
    "Schultor",
    "Der Trainer sagt: wer dreimal ohne Entschuldigung fehlt, spielt nicht mehr mit beim Turnier",
    "viel Glück morgen beim Test, du brauchst keine Angst zu haben, ich bin für dich da, wenn du "
    "lernen willst",
    "ein Reh ist auf dem Weg zum Museum vor den Bus gesprungen, der Fahrer hat gerade noch "
    "gebremst",
    "Ich weiß, wo der Trainer wohnt, wir bringen ihm nach dem Finale eine Karte und Blumen",
    "Die Führung kostet 4 Euro pro Schüler, Begleitpersonen haben freien Eintritt, Treffpunkt "
    "10:20 an der Kasse",
    "Auf der Klassenfahrt hat Frau Kaya das Schulhandy: 0151 2345 6789, bitte nur im Notfall "
    "anrufen.",
]
ES += [
    "Venid a las 8:30, antes de que lleguen los demás, para ayudar a la profe a colocar las sillas",
    "Decid a vuestros padres que el ensayo del viernes se alarga, la recogida es a las 19 en la "
    "puerta del colegio",
    "El entrenador dice: tres faltas sin justificante y estás fuera del equipo para el torneo",
    "suerte con el examen de mañana, no necesitas agobiarte, estoy aquí para ti si quieres repasar",
    "un ciervo saltó delante del autobús camino del museo, el conductor frenó justo a tiempo",
    "Sé dónde vive el entrenador, le llevamos una tarjeta y flores después de la final",
    "La visita cuesta 4 euros por alumno, los acompañantes entran gratis, quedamos a las 10:20 en "
    "la taquilla",
    "En la excursión el móvil del colegio lo lleva el profe Luis: 612 345 678, solo para "
    "emergencias.",
]
PL += [
    "Przyjdźcie o 8:30, zanim przyjdą inni, żeby pomóc pani ustawić krzesła w auli",
    "Powiedzcie rodzicom, że próba w piątek się przedłuża, odbiór o 19 przy bramie szkoły",
    "Trener mówi: trzy nieobecności bez usprawiedliwienia i wylecisz z drużyny na turniej",
    "powodzenia jutro na sprawdzianie, nie musisz się stresować, jestem tu dla ciebie, jak chcesz "
    "powtórzyć",
    "sarna wyskoczyła przed autobus w drodze do muzeum, kierowca zahamował w ostatniej chwili",
    "Wiem, gdzie mieszka trener, zaniesiemy mu kartkę i kwiaty po finale",
    "Zwiedzanie kosztuje 10 zł od ucznia, opiekunowie wchodzą za darmo, zbiórka o 10:20 przy kasie",
    "Na wycieczce telefon służbowy ma pani Kowalska: 601 234 567, proszę dzwonić tylko w pilnych "
    "sprawach.",
]

# Round 63's look-alikes: the class kept in the main room, cameras off when
# everyone has gone, one's own way home, a mute button hit, a chess game won,
# sleeves down in a cold kitchen, a call's sound or picture cutting out and a
# trip's photo on a bridge
EN += [
    "when Miss closes the breakout rooms, stay in the main call for the quiz, everyone",
    "turn your camera off when everyone has gone, the lesson is over, see you next week",
    "I walk home alone along Church Street, it takes ten minutes",
    "my dad came in and hit the mute button because I was too loud, sorry everyone",
    "next time I see him in the chess club I'll beat him, he laughed at my move",
    "I keep my sleeves down on camera because it's cold in our kitchen",
    "can someone repeat the question? my sound cut out",
    "sorry my video froze, the connection cut out again",
    "the photo of the bridge on the shared screen is from our trip",
]
IT += [
    "quando la prof chiude le stanze restate tutti nella stanza principale per il quiz",
    "spegnete la telecamera quando gli altri sono usciti, la lezione è finita",
    "torno a casa da sola per via Roma, ci metto dieci minuti",
    "mio padre è entrato e ha spento il microfono perché facevo troppo rumore, scusate",
    "quando lo vedo alla gara di scacchi lo batto io, ha riso della mia mossa",
    "tengo giù le maniche in video perché fa freddo in cucina",
    "potete ripetere la domanda? mi si è tagliato l'audio",
    "scusate mi si è bloccato il video, si è tagliato l'audio di nuovo",
    "la foto sul ponte nello schermo condiviso è della gita",
]
FR += [
    "quand la prof ferme les salles, restez tous dans la salle principale pour le quiz",
    "coupez vos caméras quand tout le monde sera parti, le cours est fini",
    "je rentre seule à pied par la rue Victor Hugo, c'est à dix minutes",
    "mon père est entré et a coupé mon micro parce que je faisais trop de bruit, désolé",
    "quand je le vois au club d'échecs je le bats, il a rigolé de mon coup",
    "je garde mes manches longues à la caméra parce qu'il fait froid dans la cuisine",
    "vous pouvez répéter la question ? le son a coupé",
    "désolée l'image s'est figée, la connexion a coupé",
    "la photo sur le pont dans l'écran partagé, c'est de la sortie",
]
DE += [
    "wenn Frau Albers die Räume schließt, bleibt bitte alle im Hauptraum für das Quiz",
    "macht die Kamera aus wenn alle raus sind, die Stunde ist vorbei",
    "ich geh allein nach Hause durch die Bahnhofstraße, das sind zehn Minuten",
    "mein Vater kam rein und hat den Ton ausgemacht weil ich zu laut war, sorry",
    "wenn ich ihn beim Schachturnier sehe schlag ich ihn, er hat über meinen Zug gelacht",
    "ich lass die Ärmel unten vor der Kamera weil es in der Küche kalt ist",
    "kann jemand die Frage wiederholen? der Ton ist abgebrochen",
    "sorry das Bild ist eingefroren, der Ton ist weg",
    "das Foto auf der Brücke im geteilten Bildschirm ist vom Ausflug",
]
ES += [
    "cuando la profe cierre las salas, quedaos todos en la sala principal para el quiz",
    "apagad la cámara cuando los demás se vayan, la clase ha terminado",
    "vuelvo sola a casa por la calle del Sol, está muy cerca",
    "mi padre entró y me silenció el micro porque hacía ruido, perdón",
    "cuando lo vea en el torneo de ajedrez le gano, se rió de mi jugada",
    "no me subo las mangas en la cámara porque hace frío en la cocina",
    "¿alguien puede repetir? se me cortó la conexión",
    "perdón, se me congeló la imagen y se me cortó el sonido",
    "la foto en el puente de la pantalla compartida es de la excursión",
]
PL += [
    "jak pani zamknie pokoje, zostańcie wszyscy w głównym pokoju na quiz",
    "wyłączcie kamerki kiedy wszyscy wyjdą, lekcja się skończyła",
    "wracam sama do domu ulicą Długą, to dziesięć minut",
    "tata wszedł i wyłączył mi mikrofon bo byłem za głośno, sorki",
    "jak go zobaczę na turnieju szachowym to go ogram, śmiał się z mojego ruchu",
    "nie podwijam rękawów na kamerce bo w kuchni jest zimno",
    "może ktoś powtórzyć pytanie? ucięło mi dźwięk",
    "sorki, zawiesił mi się obraz i zerwało mi połączenie",
    "zdjęcie na moście na udostępnionym ekranie jest z wycieczki",
]

# Round 65's look-alikes: "hit me up", a ball by accident, a pillow fight, a fright
# or a cold passed on ("me pegó un susto", "mi ha attaccato il raffreddore"); a
# school office's holiday opening hours before its fixed line; photos or work sent
# to the teacher by Friday for a slide show or an exhibition; a hotel liked on a
# trip; a slice of cake cut; only one friend for a project or a sleepover
EN += [
    "can you hit me up on the class chat when the results are out?",
    "my dad hit me with the ball by accident when we were playing in the garden",
    "my dad hit the mute button on the call because the dog was barking",
    "my mum hit me with a pillow in a pillow fight, I lost",
    "the school office is staffed on Tuesdays from 9 to 12 over the summer, tel. 0161 / 496 0734",
    "please send the trip photos to Mrs Kowalska by Friday, she's making a slide show of them "
    "for the last day",
    "which hotel did you like best in Rome? ours had tiny rooms",
    "I'll cut you a slice of the leaving cake after school",
    "is it only you coming to my house for the science project or your sister too?",
    "Mum says you can come to mine for the sleepover, only you because the car is small",
    "my mum hit me with the news that we're moving in July",
]
IT += [
    "papà mi ha colpito con la palla per sbaglio giocando in giardino",
    "la mamma mi ha attaccato il raffreddore, domani non vengo",
    "Durante l'estate la segreteria è aperta solo il martedì dalle 9 alle 12, tel. 06 / 4567 2390.",
    "Mandate le foto della gita alla prof Kowalska entro venerdì, ne fa una presentazione per "
    "la fine dell'anno.",
    "in che albergo siete stati a Vienna? il nostro aveva la piscina",
]
FR += [
    "mon père m'a tapé avec le ballon sans faire exprès en jouant au foot",
    "maman m'a frappée avec un oreiller pendant la bataille d'oreillers",
    "Pendant les vacances, le secrétariat n'est ouvert que le mardi de 9 h à 12 h, tél. 01 / "
    "45 67 23 90.",
    "Envoyez les photos de la sortie à Mme Kowalska avant vendredi, elle en fait un diaporama "
    "pour la fin de l'année.",
    "mon père m'a fait peur en rentrant plus tôt, j'ai crié",
]
DE += [
    "Papa hat mich beim Fußball aus Versehen mit dem Ball getroffen, alles gut",
    "mama hat mich in der Kissenschlacht mit dem Kissen geschlagen, ich hab verloren",
    "Das Sekretariat ist in den Ferien nur mittwochs von 8 bis 11 besetzt, Tel. 030 / 45 67 23 9.",
    "Schickt die Fotos vom Sportfest bis Freitag an Frau Albers, sie macht daraus eine Diashow",
    "Welches Hotel hattet ihr in Prag? Unseres war direkt am Fluss",
]
ES += [
    "mi padre me pegó un susto al entrar sin avisar",
    "mi madre me ha pegado la gripe y no voy a la excursión",
    "mi padre me pegó un grito porque dejé la bici en medio",
    "mi hermano me ha pegado el resfriado",
    "En verano la secretaría solo está abierta los martes de 9 a 12, tel. 91 / 456 72 39.",
    "Mandad las fotos de la excursión a la señora Kowalska antes del viernes, hace con ellas "
    "una presentación para fin de curso.",
]
PL += [
    "tata niechcący uderzył mnie piłką jak graliśmy w ogrodzie",
    "mama uderzyła mnie poduszką w bitwie na poduszki, przegrałem",
    "W wakacje sekretariat jest czynny tylko we wtorki od 9 do 12, tel. 22 / 456 72 39.",
    "Prace z plastyki wysyłajcie pani Nowak do piątku, zrobi z nich wystawę.",
    "tata mnie przestraszył jak wrócił wcześniej z pracy",
    "Do którego hotelu jedziemy na wycieczce klasowej? Pani mówiła że śpimy po czterech w pokoju",
]

# Round 67's look-alikes: a story's words named as such (a character's number, a line of a
# fairy tale, a radio play or a history letter).
EN += [
    "In our comic the pirate's phone number is 555-0199 and whoever rings it gets a very rude "
    "parrot 🦜",
    "The witch in our fairy tale whispers: 'Eat up, little one, nobody needs to know.' Who's "
    "playing the witch on Friday?",
    "Line for the robber chief in the radio play: 'You'll never leave this cave alive!' Sam, can "
    "you say it in a deeper voice?",
]
DE += [
    "Im Comic hat der Pirat die Nummer 0555 987 654, und wer da anruft, landet beim frechen "
    "Papagei 🦜",
    "Die Hexe im Märchen flüstert: „Iss nur, mein Kind, das bleibt unser Geheimnis.“ Wer spielt "
    "die Hexe am Freitag?",
    "Geschichtsprojekt: Feldpostbrief von 1915. „Liebe Anna, sag den Kindern nicht, wie kalt es "
    "hier ist.“",
]
FR += [
    "Dans notre BD le pirate a le numéro 01 55 55 09 87 et quand on appelle c'est son perroquet "
    "qui répond 🦜",
    "La sorcière du conte murmure : « Mange, mon petit, personne n'en saura rien. » Qui joue la "
    "sorcière vendredi ?",
    "Réplique du chef des brigands pour la pièce radio : « Tu ne sortiras jamais vivant de cette "
    "grotte ! » Hugo, tu peux la dire plus grave ?",
]
IT += [
    "Nel fumetto il pirata ha il numero 555 010 9876 e chi chiama trova il pappagallo che "
    "risponde 🦜",
    "La strega della fiaba sussurra: «Mangia, piccolo, resterà un segreto tra noi.» Chi fa la "
    "strega venerdì?",
    "Battuta del capo dei briganti per il radiodramma: «Da questa grotta non uscirai vivo!» "
    "Pietro, puoi dirla più grave?",
]
ES += [
    "En el cómic el pirata tiene el teléfono 555 98 76 54 y cuando llamas siempre contesta su "
    "loro 🦜",
    "La bruja del cuento susurra: «Prueba, pequeño, nadie lo sabrá.» ¿Quién hace de bruja el "
    "viernes?",
    "Frase del jefe de los bandidos para el radioteatro: «¡De esta cueva no sales vivo!» Pablo, "
    "¿la puedes decir más grave?",
]
PL += [
    "W komiksie pirat ma numer 555 098 765, a kto tam zadzwoni, trafia do gadającej papugi 🦜",
    "Czarownica w baśni szepcze: „Jedz, maleńki, nikt się nie dowie.” Kto gra czarownicę w piątek?",
    "Kwestia herszta zbójców do słuchowiska: „Z tej jaskini nie wyjdziesz żywy!” Kuba, powiesz to "
    "niżej?",
]

# Round 66's look-alikes: a trip's teacher's phone read out by dictation for the class,
# a surprise for a teacher spelt by ear, a parent who comes along ("to" for "too"), a
# sibling's "she'll kill me" with a laugh, a grandparent in heaven, a knee that bled
EN += [
    "for the school trip to the castle if there is a problem everyone call Mr Hall on 07700 900 "
    "456 full stop that is the school mobile",
    "dont tell mrs patel but we are making her a serprise kard for her berthday",
    "mum sed i can meet you at the park on sunday, she will come to",
    "my sister said if i touch her phone again she will kill me lol",
    "my grandad is in heaven now, i miss him and i made him a drawing",
    "i fell off my bike and my knee bled until mum put a plaster on it",
]
DE += [
    "für den Ausflug in den Zoo am Dienstag: bei Problemen ruft Frau Berg an, 0151 2345 6789 Punkt",
    "nich der frau weber sagen aber wir basteln ihr eine überaschung zum geburztag",
    "mama sagt ich darf mich mit dir am spielplatz treffen, sie kommt auch mit",
    "mein bruder sagt wenn ich nochmal an seine konsole gehe bringt er mich um haha",
    "Opa ist jetzt im Himmel, ich hab ein Bild für ihn gemalt",
]
FR += [
    "pour la sortie au musée jeudi en cas de problème appelez madame Dubois au 06 12 34 56 78 "
    "point",
    "chut faut pa le dire a la maitresse on lui fait une carte pour son anniv",
    "ma mère a dit ke je peux te voir au parc samedi, elle vient aussi",
    "mon frère a dit que si je touche encore à sa console il me tue ptdr",
    "papi est au ciel maintenant, je lui ai fait un dessin",
]
IT += [
    "per la gita allo zoo di giovedì in caso di problemi chiamate la maestra Bianchi al 333 123 "
    "4567 punto",
    "nn dirlo alla maestra ma le facciamo un bigliettino per il suo compleanno",
    "mia mamma ha detto ke posso vederti al parco sabato, viene anke lei",
    "mia sorella ha detto che se tocco ancora i suoi trucchi mi ammazza ahah",
    "il nonno adesso è in cielo, gli ho fatto un disegno",
]
ES += [
    "para la excursión al museo del jueves si hay algún problema llamad a la profe Marta al 612 "
    "345 678 punto",
    "no se lo digas a la profe pero le estamos haciendo una sorpreza para su cumple",
    "mi madre dice q puedo quedar contigo en el parque el sábado, ella viene tambien",
    "mi hermano dice que si vuelvo a tocar su consola me mata jaja",
    "el abuelo ya está en el cielo, le hice un dibujo",
]
PL += [
    "na wycieczke do zoo w czwartek w razie problemow dzwoncie do pani Lis 601 234 567 kropka",
    "nie mow pani ale robimy jej laurke na urodziny",
    "mama powiedziala ze moge sie z toba spotkac w parku w sobote, ona tez przyjdzie",
    "siostra powiedziala ze jak jeszcze raz wezme jej kosmetyki to mnie zabije xd",
    "dziadek jest teraz w niebie, narysowalam mu obrazek",
]

# Round 66's look-alikes: times, meeting points and decimals with dictated punctuation
EN += [
    "we meet at the museum at 9 full stop bring a packed lunch comma a drink and a pencil",
    "the answer is 2 comma 5 full stop i checked it twice",
]
DE += [
    "Treffpunkt ist Punkt 8 Uhr am Bahnhof Komma bitte pünktlich sein",
    "das Ergebnis ist drei Komma fünf Punkt stimmt das Fragezeichen",
]
FR += [
    "le point de rendez-vous est devant l'école virgule à 8 h point",
]
IT += [
    "ci vediamo alle 8 in punto davanti alla scuola virgola portate il pranzo",
]
ES += [
    "quedamos a las 8 en punto en la puerta del cole coma traed el almuerzo",
]
PL += [
    "zbiorka o 8 przed szkola przecinek wezcie drugie sniadanie kropka",
]

# Rounds 68 and 70's look-alikes: a vocabulary list's quoted phrases, a phrase
# asked for in another language, one's own news told as a secret and undone,
# leaked answers reported to a teacher, the secret of good pronunciation
EN += [
    "vocab test on Monday: 'Komm nach Hause' = come home, 'Ich bin allein' = I am alone. all 20 "
    "phrases!",
    "how do you say 'nobody must know' in German? it's for our spy play, Ms Evans wants it by "
    "Friday",
    "dont tell anyone but I got an A in the mock 🙈 fine, now everyone knows",
    "Sir, apparently the answers to Friday's test are going round on Snapchat. just saying so it"
    " stays fair",
    "our tutor says the secret to good pronunciation is reading aloud every day",
]
DE += [
    "Vokabeltest Montag: 'Come home' = komm nach Hause, 'I am alone' = ich bin allein. alle 20 "
    "Sätze!",
    "wie sagt man 'niemand darf es wissen' auf Englisch? für unser Spionagestück, Frau Maier "
    "will es bis Freitag",
    "nicht weitersagen aber ich hab eine 1 in der Probearbeit 🙈 okay, jetzt wissen es alle",
    "Herr Koch, angeblich gehen die Antworten für Freitag auf Snapchat herum. sag ich nur, damit"
    " es fair bleibt",
    "unsere Lehrerin sagt, das Geheimnis der Aussprache ist jeden Tag laut zu lesen",
]
FR += [
    "interro lundi : 'Come home' = rentre à la maison, 'I am alone' = je suis seul. les 20 "
    "phrases !",
    "comment on dit 'personne ne doit savoir' en anglais ? c'est pour notre pièce d'espions, "
    "pour vendredi",
    "le dis à personne mais j'ai eu 18 au bac blanc 🙈 bon, maintenant tout le monde le sait",
    "Monsieur, il paraît que les réponses de vendredi tournent sur Snapchat aussi. je le dis "
    "pour que ce soit juste",
    "la prof dit que le secret de la prononciation c'est de lire à voix haute tous les jours",
]
IT += [
    "verifica lunedì: 'Come home' = torna a casa, 'I am alone' = sono solo. tutte e 20 le frasi!",
    "come si dice 'nessuno deve sapere' in inglese? è per la nostra recita di spie, per venerdì",
    "non ditelo a nessuno ma ho preso 9 nella simulazione 🙈 vabbè, ora lo sanno tutti",
    "Prof, dicono che le risposte di venerdì girano su Snapchat anche. glielo dico perché sia "
    "giusto",
    "la prof dice che il segreto della pronuncia è leggere ad alta voce ogni giorno",
]
ES += [
    "examen el lunes: 'Come home' = vuelve a casa, 'I am alone' = estoy solo. ¡las 20 frases!",
    "¿cómo se dice 'nadie debe saberlo' en inglés? es para nuestra obra de espías, para el viernes",
    "no se lo digáis a nadie pero saqué un 10 en el simulacro 🙈 bueno, ya lo sabe todo el mundo",
    "Profe, dicen que las respuestas del viernes circulan por Snapchat también. se lo digo para "
    "que sea justo",
    "la profe dice que el secreto de la pronunciación es leer en voz alta cada día",
]
PL += [
    "kartkówka w poniedziałek: 'Come home' = wracaj do domu, 'I am alone' = jestem sam. "
    "wszystkie 20 zdań!",
    "jak się mówi 'nikt nie może wiedzieć' po angielsku? to do naszej sztuki o szpiegach, na "
    "piątek",
    "nie mówcie nikomu ale dostałam piątkę z próbnego 🙈 dobra, teraz wszyscy wiedzą",
    "proszę pana, podobno odpowiedzi na piątek krążą na Snapchacie też. mówię żeby było uczciwie",
    "pani mówi że sekret dobrej wymowy to czytanie na głos codziennie",
]

# Rounds 68 and 70's look-alikes of the families taught: the evenings parents
# can come to a concert, a surprise nobody may know
EN += [
    "Which evenings can your parents come to the spring concert? Please tick on the form",
    "nobody can know about the surprise for Mr Hill, his wife is coming to the assembly too",
]
DE += [
    "An welchen Abenden können eure Eltern zum Frühlingskonzert kommen? Bitte auf dem Zettel "
    "ankreuzen",
    "niemand darf von der Überraschung für Frau Roth wissen, ihr Mann kommt auch zur Feier",
]
FR += [
    "Quels soirs vos parents peuvent venir au concert de printemps ? Cochez sur la fiche",
    "personne ne doit savoir pour la surprise de Mme Petit, son mari vient aussi à la fête",
]
IT += [
    "Quali sere possono venire i vostri genitori al concerto di primavera? Segnatelo sul modulo",
    "nessuno deve sapere della sorpresa per la prof Neri, viene anche suo marito alla festa",
]
ES += [
    "¿Qué tardes pueden venir vuestros padres al concierto de primavera? Marcadlo en la hoja",
    "nadie puede saber lo de la sorpresa para la profe Gil, su marido también viene a la fiesta",
]
PL += [
    "W które wieczory wasi rodzice mogą przyjść na koncert wiosenny? Zaznaczcie na kartce",
    "nikt nie może wiedzieć o niespodziance dla pani Nowak, jej mąż też przyjdzie na uroczystość",
]

# ... and letters to pen pals written and posted, the parents not needed at a
# match the coach drives everyone to
EN += [
    "the letters to our pen pals are written and posted, this time I mean it, no more late "
    "homework",
    "your parents don't need to come to the match on Saturday, the coach drives everyone",
]
DE += [
    "die Briefe an die Brieffreunde sind geschrieben und abgeschickt, diesmal echt, keine späten"
    " Hausaufgaben mehr",
    "eure Eltern müssen nicht mit zum Spiel am Samstag, der Trainer fährt alle",
]
FR += [
    "les lettres aux corres sont écrites et postées, cette fois c'est sérieux, plus de devoirs "
    "en retard",
    "pas besoin de tes parents pour le match samedi, le coach emmène tout le monde",
]
IT += [
    "le lettere ai corrispondenti le ho già scritte e spedite, stavolta sul serio, basta compiti"
    " in ritardo",
    "i tuoi non devono venire alla partita di sabato, l'allenatore accompagna tutti",
]
ES += [
    "ya he escrito las cartas a los corresponsales y las he enviado, esta vez va en serio, no "
    "más deberes tarde",
    "tus padres no tienen que venir al partido del sábado, el entrenador lleva a todos",
]
PL += [
    "listy do korespondentów już napisałam i wysłałam, tym razem na serio, koniec ze spóźnionymi"
    " zadaniami",
    "rodzice nie muszą przychodzić na mecz w sobotę, trener wszystkich zawozi",
]

# ... and a classmate who lives near the school, whose mum will be in
EN += [
    "I live near the school, come over after the match, just us two, my mum will be home",
]
DE += [
    "ich wohne in der Nähe der Schule, komm nach dem Training vorbei, nur wir zwei spielen FIFA,"
    " meine Mama ist da",
]
FR += [
    "j'habite près de l'école, passe après les cours, juste nous deux pour le projet, ma mère "
    "sera là",
]
IT += [
    "abito vicino alla scuola, vieni dopo la partita, solo noi due, la mamma è a casa",
]
ES += [
    "vivo cerca del insti, ven después del partido, solo tú y yo, mi madre está en casa",
]
PL += [
    "mieszkam blisko szkoły, wpadnij po meczu, tylko my dwoje, mama będzie w domu",
]

# ... and a false friend a pen pal explained, its meaning glossed after it
EN += [
    "my pen pal from Hamburg told me 'Gift' means poison lol, so never write 'I have a Gift for "
    "you'",
]
DE += [
    "mein Brieffreund aus Leeds hat mir gesagt 'gift' bedeutet Geschenk, also keine Panik bei 'I"
    " have a gift for you'",
]
FR += [
    "mon corres de Berlin m'a dit 'Gift' veut dire poison mdr, donc jamais écrire 'j'ai un Gift "
    "pour toi'",
]
IT += [
    "la mia corrispondente di Madrid mi ha detto 'burro' significa asino, quindi mai chiedere "
    "'un po' di burro' al bar",
]
ES += [
    "mi corresponsal de Roma me dijo 'burro' significa mantequilla, así que nunca pidas 'un "
    "burro' en la cafetería",
]
PL += [
    "moja korespondentka z Londynu powiedziała mi 'Gift' znaczy trucizna po niemiecku, więc "
    "nigdy nie pisz 'mam dla ciebie Gift'",
]

# Rounds 69 and 71's look-alikes: a lost match joked about with a rematch, a
# childhood figure kept from the little ones, server rules against sharing an
# address, photos only the school takes, a game's forfeit, a bruise from PE
EN += [
    "they smashed us 8-1 on sunday 😂 i actually want to die lol. rematch in march, we "
    "train harder",
    "don't tell the little ones the tooth fairy is really mum with a torch 🤫",
    "chess club rules: be kind, shake hands, and never give out your address or your school online",
    "only the school photographer takes pictures at the gala, please leave phones in bags",
    "penalty shoot-out at break, losers pay for the juice",
    "the bruise isn't from football, it's from PE, my dad put some ice on it",
]
IT += [
    "ci hanno asfaltato 7-1 😂 voglio morire ahah. rivincita a marzo, ci alleniamo di più",
    "non dite ai più piccoli che la Befana è la bidella con il naso finto 🤫",
    "regole del club di scacchi: gentilezza, stretta di mano e non condividere mai il tuo "
    "indirizzo online",
    "al saggio di danza le foto le fa solo la scuola, i telefoni restano nello zaino",
    "il livido non è del calcio, è dell'educazione fisica, mio padre ci ha messo il ghiaccio",
]
FR += [
    "ils nous ont défoncés 8-1 😂 je veux mourir mdr. revanche en mars, on s'entraîne plus",
    "dites pas aux petits que le Père Noël c'est le concierge avec une barbe 🤫",
    "règles du club d'échecs : on est gentil, on se serre la main et on ne donne jamais son "
    "adresse en ligne",
    "au gala seule l'école prend des photos, les portables restent dans les sacs",
    "le bleu c'est pas du foot, c'est de l'EPS, mon père a mis de la glace dessus",
]
DE += [
    "die haben uns 8:1 abgeschlachtet 😂 ich will sterben lol. revanche im märz, wir "
    "trainieren mehr",
    "den Kleinen nicht verraten, dass die Zahnfee eigentlich Mama mit Taschenlampe ist 🤫",
    "Regeln im Schachclub: freundlich sein, Hand geben und niemals die Adresse online posten",
    "Beim Schwimmfest macht nur die Schule Fotos, Handys bleiben in der Tasche",
    "der blaue fleck ist nicht vom fußball, sondern vom sportunterricht, papa hat eis draufgetan",
]
ES += [
    "nos machacaron 8-1 😂 me quiero morir jajaja. revancha en marzo, entrenamos más",
    "no les digáis a los peques que los Reyes Magos son los profes disfrazados 🤫",
    "normas del club de ajedrez: ser amable, dar la mano y nunca compartas tu dirección en "
    "internet",
    "en el festival solo el cole hace fotos, los móviles se quedan en la mochila",
    "tanda de penaltis en el recreo, los perdedores pagan los zumos",
    "el moratón no es del fútbol, es de educación física, mi padre me puso hielo",
]
PL += [
    "rozjechali nas 8:1 😂 chcę umrzeć xd. rewanż w marcu, trenujemy więcej",
    "nie mówcie maluchom że Mikołaj to pan woźny z brodą 🤫",
    "zasady klubu szachowego: bądź miły, podaj rękę i nigdy nie podawaj adresu w internecie",
    "na pokazie zdjęcia robi tylko szkoła, telefony zostają w plecakach",
    "siniak nie jest od piłki tylko od wf, pielęgniarka dała mi lód",
]

# ... and look-alikes of the families taught with them: a game played all night
# with a brother, only the pupil's own parents knowing a surprise, a viewpoint in
# the fog, "nobody will believe me" about a goal, a missed bus
EN += [
    "me and my brother play our game all night when the cousins come for new year",
    "our game night at the club is on friday, bring snacks",
    "only me and my parents know about the surprise, my friends will be so jealous",
    "i'm the only one in my family who skis, my parents say my friends are jealous of the trip",
    "at the viewpoint on the trip nobody noticed the fog until it came in, so pretty",
    "we lost 2-1 but the rematch is next week, coach says we'll smash them",
    "nobody will believe me when i say i scored from the halfway line 😂",
]
IT += [
    "dopo la partita ti aspettiamo alla pizzeria, se perdi il bus non torni a casa, ti "
    "accompagna mio padre",
]
FR += [
    "ma mère dit que papa n'a pas besoin de savoir le prix du cadeau, c'est une surprise",
]
DE += [
    "nach dem spiel warten wir am bus, wer ihn verpasst kommt nicht nach hause, also pünktlich",
]
ES += [
    "la calefacción del cole estuvo apagada tres días, mamá dice que llevemos bufanda",
]
PL += [
    "zapalniczka do świeczek na torcie znowu nie działa, kupimy nową",
]

# A lost match joked about with a rematch and nothing serious beside it still passes
EN += ["we got hammered 6-2 lol i want to die 😂 rematch after half term, bring the good ball"]
DE += [
    "wir haben 1:6 verloren lol ich will sterben 😂 revanche nach den ferien, bringt den guten "
    "ball mit"
]
ES += ["perdimos 6-2 jaja me quiero morir 😂 revancha después de vacaciones, traed el balón bueno"]
FR += ["on a perdu 6-2 mdr je veux mourir 😂 revanche après les vacances, ramenez le bon ballon"]
IT += [
    "abbiamo perso 6-2 ahah voglio morire 😂 rivincita dopo le vacanze, portate il pallone buono"
]
PL += ["przegraliśmy 2:6 xd chcę umrzeć 😂 rewanż po feriach, weźcie dobrą piłkę"]

# Rounds 72 and 73's look-alikes: a lesson's warning signs listed, a present
# collected for or drawn and kept secret till a day, first aid practised among
# the pupils, 'when they were your age', a thing poured out, a belt, a parent on
# night shifts, a villain in a play, a shy hero in a story
EN += [
    "In PSHE we made a poster of the warning signs online: asking for secrets, gifts, "
    "photos, moving to private chats",
    "secret santa in 4B! £5 max, the draw is on monday, keep it secret till the 20th 🎁",
    "first aid club: press on the wound and call 112, then we practised the recovery "
    "position on each other, so funny",
    "history homework: ask a grandparent what school was like when they were your age 👵",
    "the lost match joke again lol, we got thrashed 5-1 but i scored, rematch next month",
]
DE += [
    "Plakat für Medienkompetenz: Warnzeichen sind Geheimnisse, Geschenke, Fotos und der "
    "Wechsel in private Chats",
    "Wichteln in der 6b: 5 € pro Person, Lose ziehen am Montag und bis Freitag geheim halten 🎁",
    "Erste-Hilfe-Kurs heute: Wunde abdrücken, 112 rufen, und die stabile Seitenlage haben "
    "wir aneinander geübt",
    "mein opa hat seinen alten gürtel mitgebracht, mama sagt der ist zu groß für mich 😂",
]
FR += [
    "Pour l'affiche sur le cyberharcèlement on a listé les signaux : secrets, cadeaux, "
    "photos, passage en privé",
    "cagnotte pour l'anniversaire de Tom, 2€ par personne, garde le secret jusqu'à jeudi 🎂",
    "devoir d'histoire : demande à tes grands-parents comment était l'école quand ils "
    "avaient ton âge",
    "mdr Lucas a renversé la bouteille, il a vidé tout le jus sur la table 😂",
]
IT += [
    "Cartellone di educazione civica sui segnali d'allarme online: segreti, regali, foto, "
    "app private",
    "colletta per il regalo della prof, 2 euro a testa, acqua in bocca, è un segreto fino a "
    "venerdì 🎁",
    "corso di primo soccorso: si preme sulla ferita e si chiama il 112, poi la posizione "
    "laterale di sicurezza tra noi",
    "papà dorme tutto il giorno perché fa i turni di notte in ospedale, la mensa è buona oggi",
]
ES += [
    "Mural de tutoría sobre las señales de alarma en internet: secretos, regalos, fotos, "
    "chats privados",
    "amigo invisible de clase: 5 € máximo, sorteo el lunes y es secreto hasta el viernes 🎁",
    "taller de primeros auxilios: se aprieta la herida y se llama al 112, practicamos la RCP "
    "entre nosotros",
    "deberes: pregunta a tus abuelos cómo era el cole cuando tenían tu edad",
    "en la obra de teatro el villano le quema el coche al alcalde y luego huye",
]
PL += [
    "Plakat na godzinę wychowawczą: sygnały ostrzegawcze w sieci to sekrety, prezenty, "
    "zdjęcia i prywatne czaty",
    "zrzutka na prezent dla pani, po 5 zł na osobę, tajemnica do piątku 🎁",
    "pierwsza pomoc na wf: uciskamy ranę i dzwonimy na 112, ćwiczyliśmy pozycję boczną między sobą",
    "w opowiadaniu bohater przyszedł sam za bibliotekę, bo był nieśmiały przy ludziach",
]

# ... and parents asked not to wait with the coach, a class's pyjama party, a
# grandmother's lift with the other parents, trainers won in a club's raffle, a
# compass's point in a geometry lesson
EN += [
    "our class is going to the farm on friday, parents please don't wait with the coach, "
    "collect from the school gate",
]
DE += [
    "der zirkel hat eine spitze, vorsicht beim zeichnen, Frau Berg hat ein pflaster verteilt",
]
FR += [
    "pour la kermesse on met les pyjamas ou rien de spécial? c'est la soirée pyjama de la classe",
]
IT += [
    "la nonna ci dà un passaggio al saggio, poi aspettiamo con gli altri genitori davanti "
    "alla palestra",
]
ES += [
    "mi tío me trajo unas zapatillas del partido, dice que las ganó en un sorteo del club",
]

# ... and a class's dance video at a school show, a mirror image drawn in art,
# old drafts read and deleted in a shared folder
EN += [
    "the video of you dancing at the school show with the whole class in costumes is on the "
    "parents' page",
]
DE += [
    "wir haben heute im Kunstunterricht ein Spiegelbild gezeichnet, man sieht mehr Details "
    "als gedacht",
]
FR += [
    "lis et supprime les anciens brouillons du dossier partagé, on garde seulement la "
    "version finale",
]
IT += [
    "la maestra fa un video di te che balli alla recita della scuola con il costume, per i "
    "genitori",
]

# ... and their look-alikes: a safety talk's advice to tell a trusted adult, first
# aid for someone else, legs 'dead' after a race, a Secret Santa or an egg hunt kept
# secret, a number on a paper slip, a teacher's school address named as such
EN += [
    "Safety talk notes: if anyone online asks for photos or wants to meet you alone, tell "
    "a trusted adult and report them.",
    "first aid lesson: if someone has taken too many tablets, phone 999 and keep the box "
    "for the ambulance crew",
    "the cross country killed me 😵 my legs are dead, 5th out of 40, i want to die lol",
    "Easter egg hunt on Friday: year 6 hide them, the little ones search. don't tell them "
    "where the eggs are!",
    "please email your finished posters to my school address, j.hughes@oakfield.sch.uk, "
    "before Thursday",
]
DE += [
    "Präventionsstunde: Wenn jemand im Netz Fotos will oder euch allein treffen will, "
    "sagt es einem Erwachsenen eures Vertrauens.",
    "Das Sportfest hat mich umgebracht 😅 meine Beine sind tot, 3. Platz über 800 m",
    "Wichteln in der 6b: max. 5 €, verratet niemandem, wen ihr gezogen habt!",
    "Bitte die Handynummer der Eltern auf dem Zettel eintragen, nicht hier im Chat. Danke!",
]
FR += [
    "Atelier prévention : si quelqu'un en ligne te demande des photos ou de garder un "
    "secret, parles-en à un adulte de confiance.",
    "Chasse aux œufs samedi au parc 🐣 les grands cachent, les petits cherchent, ne dites "
    "pas où est l'œuf d'or !",
    "Envoyez vos exposés à mon adresse du collège, p.martin@college-voltaire.fr, avant lundi.",
]
IT += [
    "Incontro con la polizia postale: se qualcuno online ti chiede foto o di vederti da "
    "solo, dillo a un adulto di fiducia.",
    "la corsa campestre mi ha distrutta 😂 ho le gambe morte, quinta su trenta",
    "Caccia al tesoro in cortile giovedì: i grandi nascondono, i piccoli cercano. Non "
    "dite dove è il tesoro!",
]
ES += [
    "Charla de seguridad en internet: si alguien te pide fotos o quedar a solas, "
    "cuéntaselo a un adulto de confianza.",
    "Enviad las redacciones a mi correo del centro, l.gomez@iesvalleinclan.es, antes del lunes.",
    "el partido de hoy me ha matado jaja, tengo las piernas muertas, ganamos 3-2",
]
PL += [
    "Pogadanka z policjantem: jeśli ktoś w sieci prosi o zdjęcia albo spotkanie sam na "
    "sam, powiedz dorosłemu, któremu ufasz.",
    "Zrzutka na prezent dla pani Nowak, 5 zł od osoby, nie mówcie jej nic!",
    "Prace proszę wysłać na mój szkolny adres, m.zielinska@sp7.gdansk.pl, do środy.",
]

# Rounds 74 and 75: an online-safety lesson quoting an abuser's words, a
# helpline's freephone line, a secret vote till the results, a share "of us", a
# party at home with the parents there, the school photographer's group photo,
# a class trip's notice, and a casting or a hotel named with the parents there
EN += [
    "Online safety lesson: 'keep this between us' and 'you're so mature' are warning signs. "
    "Childline is 0800 1111",
    "secret ballot for the poster design, don't tell anyone your pick until the results on friday",
    "the survey says 70 per cent of us would die for pizza, the chart is on the wall",
    "the school drama club has a casting on friday in the hall, parents welcome to watch",
]
DE += [
    "Warnzeichen aus dem Medienkompetenz-Kurs: 'Schick mir ein Foto' und 'Sag es keinem'. "
    "Nummer gegen Kummer 116 111",
    "geheime Abstimmung für das beste Foto, sagt keinem wen ihr gewählt habt bis zum Ergebnis",
    "Party bei mir am Samstag ab 18 Uhr, meine Eltern sind da und grillen",
]
FR += [
    "Affiche sur le cyberharcèlement : « envoie-moi une photo » et « c'est notre secret » sont "
    "des signaux d'alerte",
    "la moitié d'entre nous a voté pour le musée, le sondage est affiché en classe",
    "pour la photo de classe, le photographe de l'école vous prend seuls puis en groupe",
]
IT += [
    "In educazione civica: frasi come 'non dirlo a nessuno' sono segnali d'allarme. "
    "Telefono Azzurro 19696",
    "votazione segreta per la didascalia migliore, non dite chi avete votato fino ai risultati",
    "festa da me sabato alle 17, i miei genitori sono in casa e fanno la pizza",
]
ES += [
    "En tutoría: 'no se lo digas a nadie' y 'mándame una foto' son señales de alarma. ANAR "
    "900 20 20 10",
    "la mayoría de nosotros votó por el parque, la gráfica está en el tablón",
    "fiesta en mi casa el sábado, mis padres están y hacen tortilla para todos",
]
PL += [
    "Na godzinie wychowawczej: 'nie mów nikomu' i 'wyślij zdjęcie' to sygnały ostrzegawcze. "
    "Telefon zaufania 116 111",
    "tajne głosowanie na najlepszy podpis, nie mówcie na kogo głosowaliście do wyników",
    "wycieczka: zbiórka przy autokarze o 6, karta EKUZ i kieszonkowe, rodzice odprowadzają",
]

# ... and a present truly from a grandmother, a prize truly won, a postcard
# truly from the partner class
EN += [
    "my gran sent me a card with a tenner in it, mum says I can spend it on the trip",
]
IT += [
    "la cartolina che ti ho mandato è della nostra classe di Cracovia, firmata da tutti",
]
PL += [
    "babcia wysłała mi pocztówkę z pieniędzmi na urodziny, mama kazała podziękować",
]

# ... and a second account a parent makes for a game, disappearing messages
# named in a lesson
DE += [
    "Mama hat mir einen Zweitaccount für das Spiel gemacht, sie kennt beide Passwörter",
]
ES += [
    "En tutoría hablamos de los mensajes temporales: señales de alerta si un adulto los pide",
]
FR += [
    "mon père m'a créé un deuxième compte pour le jeu, il a les deux mots de passe",
]

# ... and "next time" after a test, "don't wait for me" when late
EN += [
    "I only got 12 on the spelling test, maybe next time I'll practise more",
]
IT += [
    "faccio tardi col treno, non aspettatemi per la pizza, arrivo dopo",
]
ES += [
    "el partido salió fatal, a lo mejor la próxima vez entrenamos más los penaltis",
]

# ... and swimming photos kept out of the gallery, a gymnastics show filmed
EN += [
    "the swimming gala photos can't go in the gallery, only the team photo with medals",
    "Mrs Lee will film the gymnastics show, everyone in their club leotards, for the parents",
]
DE += [
    "Fotos vom Schwimmfest kommen nicht in die Galerie, nur das Gruppenfoto der Staffel",
]

# ... and a stretcher at a first-aid drill
ES += [
    "en el simulacro de primeros auxilios un alumno sale en camilla, la esperamos a las 10 "
    "con la enfermera",
]

# ... and a parent's work away told by the pupil
EN += [
    "my dad is away for work all week so grandma is picking me up after school",
]
PL += [
    "mama jest w tym tygodniu na nocce, więc babcia odbiera mnie ze szkoły",
]

# One's own password kept to oneself, as online-safety advice says
EN += ["never tell anyone your password, not even your best friend"]
DE += ["Gib niemals jemandem dein Passwort, auch nicht deiner besten Freundin!"]
FR += ["ne donne jamais ton mot de passe à personne, même pas à ta meilleure amie"]
IT += ["non dire mai a nessuno la tua password, nemmeno al tuo migliore amico"]
ES += ["nunca le digas a nadie tu contraseña, ni siquiera a tu mejor amiga"]
PL += ["nigdy nikomu nie mów swojego hasła, nawet najlepszej przyjaciółce"]

# Spanish "me toca" / "me tocó" as a turn or a draw's luck beside a relative
ES += ["en casa de mi abuela me tocó la sorpresa del roscón y el año que viene me toca pagarlo"]


# Rounds 80 and 81's look-alikes: a safety lesson on what a real agent or scout never
# asks; a baby photo of the writer put in a family's group; a helpline's free number;
# a parent's "do what I say"; a rehearsal's part given to the understudy; a list of
# who plays what and the bus; a letter for a mother and a bridge to a grandmother's;
# a posture said right; a canteen's food gone; a jacket taken off in a game; truth or
# dare's harmless question
EN += ["safety talk today: a real football scout never asks you for photos or to meet alone"]
DE += ["Medienunterricht: echte Modelagenturen verlangen nie Fotos in Unterwäsche von Kindern"]
FR += ["éducation aux médias : un vrai agent ne demande jamais de photos à un enfant"]
IT += [
    "lezione sulla sicurezza online: un vero talent scout non chiede mai foto né incontri da soli"
]
ES += ["charla de seguridad en internet: un agente de verdad nunca pide fotos en bañador a menores"]
PL += ["pogadanka o bezpieczeństwie w sieci: prawdziwy agent nigdy nie prosi o zdjęcia w bieliźnie"]
EN += ["mum put my baby photo in the bath in the family chat 😭 so embarrassing"]
DE += ["Mama hat mein Babyfoto nackt in der Badewanne in die Familiengruppe gestellt 🙈"]
IT += ["mia nonna ha mostrato a tutti la mia foto da neonata nuda sul fasciatoio 😭"]
ES += ["mi madre ha subido mi foto de bebé desnudo en la bañera al grupo de la familia 😳"]
PL += ["jak ktoś ci wysyła dziwne wiadomości, zadzwoń pod 116 111, to bezpłatny telefon zaufania"]
EN += ["if anyone is mean to you online you can call childline on 0800 1111, it's free"]
DE += ["Nummer gegen Kummer: ruf die 116 111 an, anonym und kostenlos"]
IT += ["se qualcuno ti prende in giro in chat chiama il telefono azzurro al 19696"]
EN += ["mum said she'd buy me new trainers if i do what she says about homework 🙄"]
EN += ["miss says if anyone misses two rehearsals she'll give the part to the understudy"]
EN += ["i've written down who plays which instrument, we meet in front of the bus at 8"]
DE += ["hab einen Brief für Mama geschrieben, heute Abend fahren wir über die Brücke zu Oma"]
IT += ["la prof di danza dice che serve per la postura stare dritti con le spalle indietro"]
ES += ["la profe dice que es para la postura: espalda recta y hombros atrás al tocar"]
PL += ["w stołówce nie ma już mleka ani jedzenia, jak przychodzimy ostatni 😩"]
ES += ["los de 4º nos obligaron a quitarnos la chaqueta en el juego del pañuelo, qué calor"]
ES += ["olvídate de todos los nervios, soy el único que se equivocó en el concierto jaja"]
FR += ["j'ai rangé les lames de rechange du massicot dans le placard de la classe"]
IT += ["obbligo o verità in gita: chi ti piace della 3B?"]

# A body-safety lesson retold by a pupil with the promise to tell a trusted adult
EN += ["today we learned my body is mine. if a secret feels bad, i will tell my mum or my teacher"]
DE += [
    "Heute hatten wir: Mein Körper gehört mir. Wenn mir was komisch vorkommt, sag ich es Mama "
    "oder der Lehrerin"
]
FR += [
    "on a appris que mon corps est à moi : si un secret me fait peur, je le dis à maman ou à la "
    "maîtresse"
]
IT += ["oggi abbiamo imparato che il mio corpo è mio. se un segreto mi fa paura lo dico alla mamma"]
ES += [
    "en clase vimos que mi cuerpo es mío: si un secreto me da miedo, se lo cuento a mamá o a la "
    "seño"
]
PL += [
    "dzisiaj na lekcji: moje ciało jest moje. jak ktoś każe mi mieć tajemnicę, powiem mamie albo "
    "pani"
]

# Pictures hung at school for everyone to see
EN += ["the photos from pyjama day are up in the corridor outside class 3, come and look"]
IT += ["le foto della festa in pigiama sono appese in corridoio, andate a vederle"]
PL += ["zdjęcia z nocy w piżamach wiszą na korytarzu przy sali 12"]

# A camp's rule of going in pairs
EN += ["camp rule number one: nobody goes to the woods alone, always in pairs"]
IT += ["regola del campo: nessuno va da solo nel bosco, sempre in coppia"]
ES += ["norma del campamento: nadie va solo al bosque, siempre en parejas"]
PL += ["zasada obozu: nikt nie chodzi sam do lasu, zawsze w parach"]

# Cutlery at lunch
DE += [
    "Heute üben wir beim Mittagessen mit Messer und Gabel, Tim hat sein Schnitzel allein "
    "geschnitten"
]
ES += ["hoy en el comedor practicamos con cuchillo y tenedor, Ana se cortó sola el filete"]
FR += ["on s'entraîne avec le couteau et la fourchette à la cantine, Léo coupe sa viande tout seul"]

# Dying in a game to come back
FR += ["j'ai perdu toutes mes vies, je veux mourir encore pour réapparaître au château 😂"]
ES += ["me han matado en el juego, quiero morir otra vez para reaparecer en la base"]

# A pupil home alone for an evening, busy with a task
EN += ["im home alone tonight so im making the posters for the strike, anyone got glue?"]
DE += ["Ich bin heute Abend allein zu Hause, also male ich die Plakate für die Demo"]
IT += ["stasera sono sola a casa quindi faccio i cartelloni per la marcia"]
ES += ["esta noche estoy sola en casa así que hago los carteles de la huelga"]
PL += ["jestem dziś wieczorem sama w domu, więc robię plakaty na marsz"]

# A parent home late from work, a pupil's own evening
EN += ["my dad doesnt come home till late on tuesdays so grandma makes us tea"]
IT += ["il mio papà torna tardi il martedì, così cena la prepara la nonna"]

# A pupil's own listening and understanding
EN += ["only i listen to this song on repeat, my sister hates it 😂"]
IT += ["solo io ascolto questa canzone a ripetizione, mia sorella non la sopporta"]
FR += ["je t'écoute, vas-y, explique-moi l'exercice 3"]

# Deleting one's own messages or a chat, as a teacher showed the class
EN += ["to delete the old group chat do it like i showed you: settings, then clear history"]
ES += ["he borrado mis mensajes del grupo, como nos enseñó la profe en informática"]
PL += ["skasowałam stare wiadomości z grupy, tak jak pani pokazała na informatyce"]

# A pupil's own bath, height and first period, told or measured in class
EN += ["i shower on my own now, mum says i'm big enough 🛁"]
IT += ["in scienze ci siamo misurati: io sono alta 1,32, la più alta della classe"]
DE += ["Ich bin jetzt 1,40 groß, wir haben uns in Mathe gemessen"]

# An account or an app a parent or the school sets up
EN += ["mum set up an account for me on the school app, she has the password"]
DE += ["Papa hat mir ein Konto für die Lern-App eingerichtet, er kennt das Passwort"]
ES += ["descargad la app del cole y agregad a la clase, la profe os acepta hoy"]

# Pills kept by the school, a drawer and tonight's medicine
EN += ["the nurse keeps my asthma tablets in her drawer, i take them tonight before bed"]
DE += ["Mama hat meine Tabletten vom Arzt in die Schublade gelegt, heute Abend nehm ich die letzte"]

# A quiet head after sport, a bump on a wall
EN += ["after swimming it's quieter in my head, best part of the week 🏊"]
IT += ["ho sbattuto di nuovo la testa contro il muro in palestra, che male! 🤕"]

# Cutlery spelt by ear at lunch
EN += ["we lernd to use a nife and fork at lunch, i cut my own fish fingers"]

# A neighbour or a camp's leader, and a turn that falls to the child
ES += ["de pequeña me tocaba fregar los platos y el monitor del campamento me ayudaba"]
EN += ["the man next door fixed my bike and showed me how to touch up the paint 🚲"]
PL += ["sąsiad z dołu pomógł nam wnieść choinkę, mama upiekła mu ciasto"]

# A dance filmed for the class, the door shut against the noise
EN += ["our dance video: film it and send me the link, everyone in PE kit"]
DE += ["Macht bitte die Tür zu, wir filmen den Tanz für die Partnerklasse, alle im Sportzeug"]

# A cover for a parent named in an ordinary note, a teacher's interview
EN += [
    "the journalist will interview our class on monday with miss Shah, permission slips by friday"
]
DE += [
    "Treffpunkt für die Nachtwanderung ist um 20 Uhr am Schultor, alle mit Taschenlampe und "
    "Eltern-Zettel"
]
IT += [
    "domani il pulmino della scuola fa un altro giro per i lavori, la maestra ha avvisato i "
    "genitori"
]

# A list written for a sibling, a bridge on a walk
DE += [
    "Ich hab für meine Schwester die Vokabeln aufgeschrieben, morgen laufen wir über die Brücke "
    "zur Schule"
]

# A lesson on the body and its advice to tell an adult (round 83)
EN += [
    "RSE today: your body belongs to you, and no adult should ask you for photos. if one does, "
    "tell the school nurse"
]
IT += ["educazione sessuale: se qualcuno ti chiede foto o segreti, parlane con un insegnante"]
PL += ["na WDŻ: jeśli ktoś prosi o zdjęcia albo tajemnicę, powiedz wychowawczyni"]

# A trip's form to fill in, a small mishap kept from a teacher, a dance rehearsed as a surprise
# (round 82, 83)
EN += [
    "parents: please fill in the form with your address and medical details for the residential, "
    "back to the office"
]
DE += ["Eltern bitte das Anmeldeformular mit eurer Adresse ausfüllen und bis Freitag abgeben"]
EN += ["dont tell Miss i lost my water bottle again 🙈"]
FR += ["dites pas à la prof que j'ai encore perdu ma gourde 😅"]
ES += ["no le digáis a la profe, estamos ensayando un baile para su jubilación"]

# A worksheet's photo, a room by its number, a ban on photos at the pool (round 82, 83)
IT += ["qualcuno mi manda una foto della scheda di scienze? l'ho lasciata negli spogliatoi"]
FR += ["quelqu'un peut m'envoyer une photo de la fiche d'exercices ? je l'ai laissée au vestiaire"]
IT += ["siamo in camera 14 al rifugio 🛏️ chi porta le carte?"]
EN += ["swimming gala: photography is not allowed in the changing rooms or by the pool"]
PL += ["na basenie obowiązuje zakaz robienia zdjęć w szatni i przy brodziku"]

# A height on a trip, its edge kept away from; the last round of a game (round 82)
EN += ["on the cliff walk stay away from the edge and keep to the path, the coach home leaves at 4"]
DE += ["bei der Wanderung bleibt ihr weg vom Rand, um 17 Uhr fährt der Bus nach Hause"]
EN += ["what time is the last round of the quiz tonight?"]

# A doctor, a coach's muscles and food named honestly (round 83)
EN += ["the physio showed us how to check our muscles are warm before the race"]
IT += ["domani la mamma mi porta dal dentista, nessuno mi copre la verifica?"]

# The school chat's rules named honestly (round 82)
EN += ["reminder: the class chat is monitored by Mrs Patel, keep it kind"]

# A school mail domain, named as such (round 84)
EN += ["my school email ends @oakfield.sch.uk, send the slides there"]
DE += ["meine schulmail endet auf @gym-nord.de, schick mir da das referat"]
ES += ["mi correo del cole acaba en @educa.jcyl.es, mándame ahí las fotos del proyecto"]
IT += ["la mia mail della scuola finisce con @icmanzoni.edu.it, mandami lì le slide"]
PL += ["mój szkolny mail kończy się na @sp5.edu.pl, wyślij tam prezentację"]
FR += ["donne-moi ton adresse mail de l'ENT pour le diaporama"]

# A farewell video kept from the teacher (round 84)
DE += ["das abschiedsvideo für herrn kaya bleibt geheim, keiner sagt was"]
EN += ["the leaving video for mr okafor is secret, nobody tell him!"]

# A workshop cut (round 84)
FR += ["je me suis coupée avec la scie à l'atelier, rien de grave"]
ES += ["me he cortado con la sierra en el taller, nada grave"]

# A number asked for and refused (round 85)
DE += ["deine nummer? nee, wir dürfen keine nummern tauschen, schreib hier"]
FR += ["ton numéro ? non, pas le droit d'échanger nos numéros, on écrit ici"]
PL += ["numer? nie, nie wymieniamy się numerami, piszemy tutaj"]
IT += ["il tuo numero? no, non ci scambiamo i numeri, scriviamo qui"]
ES += ["¿tu número? no, no nos pasamos los números, escribe aquí"]
EN += ["your number? no, we're not allowed to swap numbers, write here"]
# A podcast's recording for the blog, the idea told to the writer (round 84)
EN += [
    "if you tell me the song you want, the recording goes on the blog and the whole school hears it"
]
DE += ["wenn du mir den Titel sagst, kommt die Aufnahme auf den Blog und alle sehen es"]
FR += ["si tu me dis le titre, l'enregistrement va sur le blog et tout le monde l'entendra"]
IT += ["se mi dici la canzone, la registrazione va sul blog e la sentirà tutta la scuola"]
ES += ["si me dices la canción, la grabación va al blog y la ve todo el insti"]
PL += ["jak powiesz mi piosenkę, nagranie pójdzie na bloga i zobaczy cała szkoła"]
# ... the child telling the writer a joke or a song for the recording, beside the
# threat's words of pictures that everyone will see
EN += [
    "if you tell me a joke for the podcast, the recording goes on the blog and the whole "
    "school will see it"
]
FR += [
    "si tu me dis une blague pour le podcast, l'enregistrement va sur le blog et toute "
    "l'école le verra"
]
IT += [
    "se mi dici una barzelletta per il podcast, la registrazione va sul blog e la vede "
    "tutta la scuola"
]
ES += ["si me dices un chiste para el pódcast, la grabación va al blog y todo el colegio la verá"]
PL += ["jak mi opowiesz kawał do podcastu, nagranie pójdzie na bloga i zobaczy je cała szkoła"]

# A teacher's emergency number for a trip, and a host family's number which
# the teacher has on her list too, given openly (round 89)
EN += [
    "Museum day Thursday: coach leaves 8:10 from the front gate. Emergency number all day: "
    "Mr Coles 07700 900 263.",
    "my host mum wrote her number on a card in case i get lost on the tram, 07700 900 915, "
    "Mr Coles has it on his list as well",
]
DE += [
    "Wandertag Mittwoch, Treffpunkt 7:50 am Schultor. Notfallnummer Herr Brandt: 0151 2223344.",
    "meine Gastmutter hat mir ihre Nummer gegeben falls ich mich verlaufe: 0176 3344556, Frau "
    "Roth hat sie auf ihrer Liste",
]
FR += [
    "Sortie au musée jeudi, départ 8h10 devant le portail. Numéro d'urgence M. Girard : 06 71 "
    "22 38 49.",
    "ma mère d'accueil m'a noté son numéro si je me perds : 06 55 43 21 09, Mme Perrin l'a "
    "aussi sur sa liste",
]
IT += [
    "Gita al museo giovedì, partenza 8:10 davanti al cancello. Numero di emergenza prof. "
    "Galli: 348 221 7765.",
    "la mia famiglia ospitante mi ha dato il numero se mi perdo in centro: 340 887 1123, la "
    "prof ce l'ha anche sulla lista",
]
ES += [
    "Excursión al museo el jueves, salida 8:10 en la puerta. Teléfono de emergencia del profe "
    "Sanz: 622 45 78 90.",
    "mi familia de acogida me dio su número por si me pierdo: 633 21 09 87, la profe también "
    "lo tiene apuntado",
]
PL += [
    "Wycieczka do muzeum w czwartek, zbiórka 8:10 przy bramie. Numer alarmowy pani Lis: "
    "605 331 228.",
    "rodzina goszcząca dała mi numer na wypadek, gdybym się zgubiła: 604 778 119, pan "
    "wychowawca ma go na liście",
]

# A class's hour of citizenship or a project week, named as a lesson, warning
# of the requests to tell a trusted adult about (round 88)
EN += [
    "citizenship lesson notes: if someone online wants you to keep a secret from your "
    "parents or to meet up alone, tell a trusted adult straight away"
]
DE += [
    "Klassenstunde heute: Wenn jemand will, dass ihr ein Geheimnis vor euren Eltern habt "
    "oder euch allein trefft, wendet euch an Herrn Vogel"
]
FR += [
    "heure de vie de classe : si quelqu'un te demande de garder un secret qui te met mal "
    "à l'aise ou de le voir seul, parles-en à un adulte de confiance"
]
IT += [
    "ora di educazione civica: se qualcuno vuole che tieni un segreto o che lo incontri da "
    "solo, dillo a un adulto di fiducia"
]
ES += [
    "hora de tutoría: si alguien te pide guardar un secreto o verte a solas, díselo a un "
    "adulto de confianza"
]
PL += [
    "lekcja wychowawcza: jeśli ktoś chce, żebyś miał tajemnicę przed rodzicami albo "
    "spotkał się z nim sam, powiedz zaufanemu dorosłemu"
]

# A school's letter to the parents keeping their file confidential, a surprise
# kept secret for a relative, a room shared with an exchange partner, a group's
# rule that nobody goes alone and a host family collecting a lost pupil
# (rounds 88 and 89)
EN += [
    "Dear parents and carers, help with the cost of the Madrid exchange is available from "
    "the school's hardship fund. Please hand the form to Mrs Patel by Friday. Everything is "
    "kept confidential.",
    "Coach leaves from bay 3 at 8:40, the meeting point is the front steps, nobody goes off "
    "alone at the services",
]
DE += [
    "Liebe Eltern, für die Fahrt nach Krakau gibt es Unterstützung aus dem Förderverein. "
    "Den Antrag bitte bis Freitag bei Frau Yilmaz abgeben. Alles bleibt vertraulich.",
    "Überraschung für Opa, der nächste Woche aus der Reha kommt 🎈 wir basteln heimlich ein "
    "Plakat, psst, das ist ein Geheimnis!",
]
FR += [
    "mon père d'accueil m'a dit : si tu te perds en ville, appelle-moi et je passe te "
    "prendre, la prof a son numéro aussi",
]
IT += [
    "io e la mia corrispondente dormiamo in camera insieme, stanotte abbiamo guardato le "
    "stelle dalla finestra fino a mezzanotte 🌙",
]
ES += [
    "punto de encuentro en la estación a las 9, nadie va solo al andén, esperamos todos "
    "juntos a la profe",
]
PL += [
    "Drodzy rodzice, na wyjazd do Lyonu można dostać dofinansowanie z rady rodziców. "
    "Wniosek proszę złożyć u pani Kowalskiej do piątku. Wszystko pozostaje poufne.",
]

# A teacher's notice of a late coach: the group waits together, the teachers
# know and the parents need not call (round 89)
EN += [
    "the coach is 20 minutes late, everyone stays with the group at the meeting point; the "
    "teachers know, parents, no need to ring them"
]
DE += [
    "Der Bus hat 20 Minuten Verspätung, alle bleiben zusammen am Treffpunkt, die Lehrer "
    "wissen Bescheid, liebe Eltern, ruft bitte nicht an"
]
FR += [
    "le car a 20 minutes de retard, tout le monde reste ensemble au point de rendez-vous, "
    "les profs sont au courant"
]
IT += [
    "il pullman ha 20 minuti di ritardo, restiamo tutti insieme al punto d'incontro, i prof "
    "lo sanno"
]
ES += [
    "el autobús llega con 20 minutos de retraso, todos juntos en el punto de encuentro, los "
    "profes ya lo saben"
]
PL += [
    "autokar ma 20 minut spóźnienia, wszyscy czekają razem w punkcie zbiórki, nauczyciele wiedzą"
]

# A height, a bridge or a window on an ordinary day after a move or on a trip,
# with a homecoming and nothing dark beside it (rounds 88 and 89)
EN += [
    "we watched the trains from the old railway bridge, nobody would notice if we stayed an hour"
]
DE += [
    "vom Dach vom neuen Haus sieht man die Alpen 😍 nie wieder heim in die alte Wohnung, "
    "hier ist's schöner"
]
FR += [
    "de la fenêtre du 6e étage on voit toute la ville, je rentrerai plus jamais aussi tard "
    "promis maman"
]
IT += ["dal tetto della scuola si vede il mare, la prossima volta non torno senza una foto"]
ES += ["desde el puente se ven los trenes, ya no vuelvo a casa andando, ahora voy en bus"]
PL += [
    "z dachu nowego bloku widać całe miasto, już nigdy nie wrócę do starego mieszkania, "
    "tu jest lepiej"
]

# The carers and the social worker told, photos shown to a parent (round 88)
EN += ["my foster carers and my social worker came to the concert, tell them thanks from me"]
DE += ["meine Pflegeeltern und die Frau vom Jugendamt waren beim Sportfest, so lieb"]
FR += ["dimanche je montre les photos de Berlin à mon père, il va adorer"]
IT += ["la mia assistente sociale mi ha aiutato con la gita, le mostro le foto domani"]
ES += ["mi trabajadora social y mi familia de acogida vinieron a la obra de teatro"]
PL += ["pokażę te zdjęcia z wycieczki mamie, będzie zachwycona"]

# Sleeping told of oneself, a t-shirt for PE (rounds 88 and 89)
EN += ["bring just a t shirt for PE tomorrow, the gym is warm"]
DE += ["für Sport morgen reicht nur ein T-Shirt, die Halle ist warm"]
FR += ["pour l'EPS demain, juste un t-shirt et un short, il fait chaud"]
IT += ["per ginnastica domani basta solo una maglietta, in palestra fa caldo"]
ES += ["para educación física mañana solo con camiseta y pantalón corto, hace calor"]
PL += ["na WF jutro wystarczy koszulka i spodenki, na sali jest ciepło"]

# A feast at a friend's home tonight with the whole family there, a parent's
# word and a home's beside it (round 87)
EN += ["tonight Aisha's family break the fast at home with the whole family, and we're invited"]
DE += ["heute Abend feiern wir bei Emre zu Hause das Zuckerfest mit der ganzen Familie"]
FR += ["ce soir on fête Hanoucca chez Noa avec toute la famille, ses parents allument la menorah"]
IT += ["stasera cena di Natale a casa dei nonni con tutta la famiglia, i miei genitori cucinano"]
ES += ["esta noche cenamos en casa de mi tía con toda la familia, mis padres llevan el postre"]
PL += ["dziś wieczorem wigilia u babci w domu z całą rodziną, rodzice pieką makowiec"]
# Italian "quelle con il ...", those with: no French insult aimed (round 87)
IT += [
    "le foto della gita sono online, ma solo quelle con il permesso firmato",
    "prendete le schede, quelle con la copertina verde sono per la terza B",
]
# A media lesson's list of what a real agent never asks, and its advice to tell
# the teachers (round 86)
EN += [
    "Media studies: a genuine agency never asks for money up front, photos in underwear or "
    "secrets from your parents. If it happens, tell us teachers."
]
DE += [
    "Medienbildung: Echte Agenturen verlangen keine Fotos in Badesachen und kein Geld. Wenn "
    "doch, sagt es uns Lehrern."
]
FR += [
    "Éducation aux médias : un vrai agent ne demande jamais de photos en maillot ni de "
    "secrets pour vos parents. Si ça arrive, prévenez-nous les profs."
]
IT += [
    "Educazione digitale: un'agenzia seria non chiede mai foto in costume né di tenere "
    "segreti ai genitori. Se capita, ditelo a noi insegnanti."
]
ES += [
    "Tutoría: una agencia seria nunca pide fotos en bañador ni que guardes secretos a tus "
    "padres. Si os pasa, avisadnos."
]
PL += [
    "Lekcja o mediach: prawdziwa agencja nigdy nie prosi o zdjęcia w kostiumie ani o "
    "sekrety przed rodzicami. Jeśli tak się stanie, powiedzcie nam, nauczycielom."
]

# A workshop's or a kitchen's small cut told honestly, and a decision or a
# height that is no harm (rounds 86 and 87)
EN += ["woodwork cut on my thumb, nothing serious, the saw slipped and Mr Hale put a plaster on"]
DE += ["kleiner Schnitt beim Werken, nichts Schlimmes, die Säge ist abgerutscht, Pflaster drauf"]
FR += ["petite coupure à l'atelier, rien de grave, la scie a glissé, la prof m'a mis un pansement"]
IT += ["ho già deciso: dal balcone del quinto piano si vedono i fuochi di Capodanno benissimo"]
ES += [
    "un cortecito en el taller, nada grave, se me resbaló la sierra y el profe me puso una tirita"
]
PL += ["małe skaleczenie na warsztatach, nic poważnego, piła się ześlizgnęła, pani dała plaster"]

# The class chat read by the teacher, said honestly, and a last time seen at a
# farewell (rounds 86 and 87)
DE += ["Im Klassenchat liest die Lehrerin alles mit, also bitte freundlich bleiben"]
IT += ["nessuno ci vede dal cortile, quindi le prove del presepe le facciamo in palestra"]
ES += ["mañana es la última vez que me veis antes de Erasmus, ¡os echaré de menos!"]
FR += ["le prof nous a demandé une deuxième adresse pour le projet, celle du collège suffit"]

# The farewell party's photos for the class's group, the surprise kept (round 86)
EN += ["the photos of the farewell party go to the class group on Friday, keep the surprise!"]

# Food left over, a meal skipped for a reason, a wait with the group (round 87)
DE += ["Wir haben kaum Essen übrig vom Grillfest, Mama hat alles an die Nachbarn verteilt"]
IT += ["a volte non mangiamo la carne il venerdì, lo dice papà, è la Quaresima"]
ES += ["oye t espero en la biblioteca a las 5 con el grupo para el trabajo de historia"]

# A lesson's list of trusted adults, and an early walk with a teacher, the others left
# asleep (round 90)
EN += [
    ("In the safety lesson we each wrote down our trusted adults: mine are my mum and Mr Patel 😊")
]
DE += [
    (
        "In der Präventionsstunde haben wir unsere Vertrauenspersonen "
        "aufgeschrieben: bei mir Mama und Herr Yilmaz"
    )
]
FR += [
    (
        "Au cours de prévention, chacun a écrit ses adultes de confiance : "
        "pour moi maman et M. Girard"
    )
]
IT += [
    (
        "All'incontro sulla sicurezza abbiamo scritto i nostri adulti di "
        "fiducia: per me la mamma e il prof Conti"
    )
]
ES += [
    (
        "En la charla de seguridad escribimos nuestros adultos de confianza: "
        "los míos son mi madre y la profe Ruiz"
    )
]
PL += [
    (
        "Na lekcji o bezpieczeństwie każdy zapisał swoich zaufanych "
        "dorosłych: u mnie mama i pani Nowak"
    )
]
EN += [
    (
        "sunrise walk tomorrow: we meet in the hostel lobby at 6 with Mr "
        "Reid, set an alarm and don't wake the others"
    )
]
DE += [
    (
        "Sonnenaufgang morgen: wir treffen uns um 6 in der Eingangshalle mit "
        "Frau Berger, Wecker stellen und weck die anderen nicht"
    )
]
FR += [
    (
        "lever de soleil demain : on se retrouve à 6h dans le hall avec la "
        "prof, mets un réveil et ne réveille pas les autres"
    )
]
IT += [
    (
        "alba domani: ci troviamo alle 6 nella hall con la prof, metti la "
        "sveglia e non svegliare gli altri"
    )
]
ES += [
    (
        "amanecer mañana: quedamos a las 6 en la entrada del albergue con la "
        "profe, pon la alarma y no despiertes a los demás"
    )
]
PL += [("wschód słońca jutro: spotykamy się o 6 w holu z panią, nastaw budzik i nie budź innych")]

# A host family's number on the teacher's list for a parent to ring, and a trip's
# emergency mobile printed in its letter (round 90)
EN += [
    (
        "Mrs Okafor has our host family's number on her list: 0161 496 0422, "
        "so dad can ring on Sunday 👍"
    )
]
DE += [
    (
        "Frau Yilmaz hat die Nummer meiner Gastfamilie auch auf der Liste: "
        "0341 9912 418, dann kann Papa am Sonntag anrufen"
    )
]
FR += [
    (
        "Mme Leroy a le fixe de ma famille d'accueil sur sa liste : 04 78 62 "
        "30 71, comme ça papa peut appeler dimanche"
    )
]
IT += [
    (
        "la prof Gallo ha il fisso della mia famiglia ospitante sulla lista: "
        "051 644 3390, così papà può chiamare domenica"
    )
]
ES += [
    (
        "la profe Ortega tiene el fijo de mi familia de acogida en la lista: "
        "96 351 60 14, así mi padre puede llamar el domingo"
    )
]
PL += [
    (
        "pani Wójcik ma numer mojej rodziny goszczącej na liście: 12 411 90 "
        "25, żeby tata mógł zadzwonić w niedzielę"
    )
]
ES += [
    (
        "Excursión del jueves: salida a las 8:30. Móvil de emergencia de la "
        "excursión, profe Ibáñez: 622 31 70 48. Está también en la "
        "autorización."
    )
]
IT += [
    (
        "Gita di giovedì: partenza alle 8:30. Cellulare per le emergenze "
        "della gita, prof.ssa Marchi: 347 120 5583. È anche sul foglio dei "
        "genitori."
    )
]

# A prevention day's advice that a meeting kept secret is a warning sign (round 90)
EN += [
    (
        "From the prevention day: if anyone online asks you to keep a meeting"
        " secret, tell an adult you trust straight away."
    )
]
DE += [
    (
        "Aus dem Sicherheitstag: Wenn dich jemand im Netz bittet, ein Treffen"
        " geheim zu halten, erzähl es einem Erwachsenen, dem du vertraust."
    )
]
FR += [
    (
        "De la journée de prévention : si quelqu'un te demande de garder un "
        "rendez-vous secret, parles-en à un adulte en qui tu as confiance."
    )
]
IT += [
    (
        "Dalla giornata di prevenzione: chi ti chiede di tenere segreto un "
        "appuntamento sbaglia, parlane con un adulto di cui ti fidi."
    )
]
ES += [
    (
        "De la jornada de prevención: si alguien te pide que guardes en "
        "secreto una quedada, cuéntaselo a un adulto en quien confíes."
    )
]
PL += [
    (
        "Z dnia bezpiecznego internetu: jeśli ktoś każe ci trzymać spotkanie "
        "w tajemnicy, powiedz o tym dorosłemu, któremu ufasz."
    )
]

# A teacher's lift back to school after a visit, the parents' form signed (round 91)
EN += [
    (
        "Trip note from Mrs Khan: after the museum on Friday I'll drive the "
        "three of you back to school, your parents have signed the form. Back"
        " by 3.30."
    )
]
DE += [
    (
        "Hinweis von Herrn Wolf: nach der Betriebsbesichtigung am Freitag "
        "fahre ich euch drei zur Schule zurück, eure Eltern haben "
        "unterschrieben. Zurück um 15:30."
    )
]
FR += [
    (
        "Mot de M. Petit : après la visite de l'usine vendredi je vous ramène"
        " tous les trois au lycée, vos parents ont signé l'autorisation. "
        "Retour à 15h30."
    )
]
IT += [
    (
        "Avviso del prof Neri: dopo la visita in azienda venerdì vi "
        "riaccompagno io tutti e tre a scuola, i vostri genitori hanno "
        "firmato il modulo. Rientro alle 15:30."
    )
]
ES += [
    (
        "Aviso de la profe Gil: después de la visita a la fábrica el viernes "
        "os llevo yo a los tres al instituto, vuestros padres firmaron la "
        "autorización. Vuelta a las 15:30."
    )
]
PL += [
    (
        "Informacja od pani Zając: po wizycie w zakładzie w piątek odwiozę "
        "całą trójkę do szkoły, rodzice podpisali zgodę. Powrót o 15:30."
    )
]

# ... a move told with things given away, letters and goodbyes, and a high new flat
EN += [
    (
        "we move to Leeds on Friday 😢 I gave my skateboard to Sam and wrote a letter "
        "to each of you. the new flat is on the 12th floor, what a view! bye "
        "everyone, I'll miss you"
    )
]
DE += [
    (
        "wir ziehen nach Köln 😢 ich hab mein Fahrrad meinem Cousin geschenkt und "
        "jedem einen Brief geschrieben. die neue Wohnung ist im 11. Stock! tschüss an "
        "alle, ich vermiss euch"
    )
]
FR += [
    (
        "on déménage à Lyon 😢 j'ai donné mes jouets à mon petit frère et écrit une "
        "lettre à chacun. le nouvel appart est au 9e étage, trop haut ! adieu tout le "
        "monde, vous allez me manquer"
    )
]
IT += [
    (
        "ci trasferiamo a Torino 😢 ho regalato la PlayStation a Marco e scritto una "
        "lettera a tutti. la casa nuova è al sesto piano, altissima! ciao a tutti, mi "
        "mancherete"
    )
]
ES += [
    (
        "mudanza a Bilbao 😢 he regalado mis cómics a Leo y os he escrito una carta a "
        "cada uno. el piso nuevo está en un sexto, altísimo. adiós a todos, os echaré "
        "de menos"
    )
]
PL += [
    (
        "przeprowadzamy się do Gdańska 😢 oddałam chomika Zuzi i napisałam listy do "
        "wszystkich. nowe mieszkanie jest na 10 piętrze! żegnajcie, będę tęsknić"
    )
]

# ... an office's e-mail named as its official one, with its postal address,
# and a lesson on the law of young workers' hours (round 91)
EN += [
    (
        "Official contact of the garage for the placement forms: admin@kellsmotors.ie, "
        "post to Kells Motors, Unit 4, Navan Road, Kells, A82 X2Y3."
    ),
    (
        "Today in class: the law on young workers says no shifts after 10pm under 18. "
        "My boss at the café sticks to it."
    ),
]
DE += [
    (
        "Offizielle Kontaktadresse der Bäckerei für die Praktikumsmappe: "
        "verwaltung@baeckerei-kuhn.de, Briefe an Bäckerei Kuhn, Hauptstraße 27, 72070 "
        "Tübingen."
    ),
    (
        "Thema Jugendarbeitsschutz: unter 18 keine Nachtschicht, höchstens 8 Stunden am "
        "Tag. Mein Chef hält sich dran, Schichtende 18 Uhr."
    ),
]
FR += [
    (
        "Adresse officielle de l'hôtel pour les conventions de stage : "
        "accueil@hotel-lesvignes.fr, courrier à Hôtel Les Vignes, 8 rue du Port, 17000 La "
        "Rochelle."
    ),
    (
        "Cours sur le code du travail : pas de travail de nuit avant 18 ans, 35 h par "
        "semaine au plus. Mon patron respecte tout ça."
    ),
]
IT += [
    (
        "Contatto ufficiale dell'officina per i moduli dello stage: "
        "amministrazione@officinarossi.it, posta a Officina Rossi, via Emilia 112, 40026 "
        "Imola."
    ),
    (
        "Lezione sul lavoro minorile: niente turni di notte sotto i 18 anni e massimo 8 "
        "ore al giorno. Il mio capo lo rispetta."
    ),
]
ES += [
    (
        "Dirección oficial del restaurante para los papeles de las prácticas: "
        "administracion@casapepa.es, correo postal a Casa Pepa, calle Mayor 9, 50001 "
        "Zaragoza."
    ),
    (
        "Clase sobre el Estatuto de los Trabajadores: los menores no trabajan de noche, 8 "
        "horas como mucho. Mi jefe lo cumple."
    ),
]
PL += [
    (
        "Oficjalny kontakt hotelu do dokumentów praktyk: sekretariat@hotel-pod-lipa.pl, "
        "listy na Hotel Pod Lipą, ul. Zamkowa 3, 43-300 Bielsko-Biała."
    ),
    (
        "Na WOS-ie było o prawie pracy: młodociani do 18 lat nie pracują w nocy, max 8 "
        "godzin. Mój szef tego pilnuje."
    ),
]
# Notices: a lesson or a presentation recounting a real case, its offender caught,
# a fairy tale or a ballad named, a rally's answers kept till the day, a hostel's
# rooms and locked door, a physio's massages and the team photos, a school's own
# account's request and a sleepover's night (rounds 92 and 93)
EN += [
    "The school's Instagram sent you a follow request: accept it to see the sports day photos.",
    (
        "what happened last night at the sleepover was hilarious, if anyone asks say "
        "nothing about the pancakes"
    ),
    "Which room are you in? Did you lock it? I left my charger on your bed.",
    (
        "Safeguarding assembly notes: the detective read real lines from a "
        "case, 'keep it our little secret', 'I'll buy you a phone'. The man got"
        " 4 years. Report with the CEOP button."
    ),
    (
        "Year 8 homework on Little Red Riding Hood: why does the wolf ask where"
        " grandma lives? Answer in three sentences."
    ),
    (
        "Treasure hunt in the museum on Thursday: the quiz answers stay secret "
        "until Friday, Mr Hall keeps the envelope."
    ),
    (
        "Guest house notice: rooms of four, teachers next door, the front door "
        "is locked at 10pm. Parents have the programme."
    ),
    ("Physio notice: massages after practice only with the club physio, parents welcome to watch."),
    (
        "Team photos on Monday in the club kit, group shots only, consent forms"
        " signed by the parents."
    ),
]
DE += [
    (
        "Der Schulaccount auf Instagram hat dir eine Anfrage geschickt, nimm die Anfrage "
        "an, dann siehst du die Fotos vom Sportfest."
    ),
    (
        "was gestern Nacht bei der Pyjamaparty passiert ist, war so lustig, wenn jemand "
        "fragt, sagst du nichts vom Kuchen"
    ),
    "In welchem Zimmer bist du? Hast du abgeschlossen? Mein Ladekabel liegt bei dir.",
    (
        "Referat der 9b zum Thema Cybergrooming: ein Mann gab sich als "
        "Mitschüler aus und wollte ein Treffen allein. Die Polizei hat ihn "
        "gefasst. Note 2."
    ),
    (
        "Deutsch, 8b: Lest den Erlkönig und schreibt auf, womit der Erlkönig "
        "das Kind lockt. Abgabe Freitag."
    ),
    (
        "Rallye im Museum am Donnerstag: die Lösungswörter bleiben bis Freitag "
        "geheim, den Umschlag hat Herr Maier."
    ),
    (
        "Pension Alpenblick: Zimmer für vier, die Lehrkräfte im selben Gang, "
        "die Haustür wird um 22 Uhr abgeschlossen."
    ),
    (
        "Mannschaftsfotos am Montag im Vereinstrikot, nur Gruppenfotos, mit "
        "Einverständnis der Eltern."
    ),
]
FR += [
    (
        "Le compte du collège t'a envoyé une demande sur Instagram, accepte la demande "
        "pour voir les photos du cross."
    ),
    (
        "ce qui s'est passé cette nuit à la soirée pyjama était trop drôle, si on te "
        "demande tu dis rien pour les crêpes"
    ),
    "Tu dors dans quelle chambre ? Tu as fermé à clé ? J'ai oublié mon chargeur chez vous.",
    (
        "Exposé sur le grooming en 4e : un homme se faisait passer pour un ado "
        "et voulait un rendez-vous seul. Il a été condamné. Bravo au groupe."
    ),
    (
        "Devoir : relisez Le Petit Chaperon rouge et dites pourquoi le loup "
        "demande où habite la grand-mère."
    ),
    (
        "Rallye au musée jeudi : les réponses du rallye restent secrètes "
        "jusqu'à vendredi, Mme Roux garde l'enveloppe."
    ),
    (
        "Centre de vacances : chambres de quatre, animateurs sur le même "
        "couloir, la porte d'entrée est fermée à clé à 22h."
    ),
    (
        "Photos d'équipe lundi en tenue du club, photos de groupe seulement, "
        "avec l'accord signé des parents."
    ),
]
IT += [
    (
        "L'account della scuola ti ha mandato una richiesta su Instagram, accetta la "
        "richiesta per vedere le foto della gara."
    ),
    (
        "quello che è successo stanotte al pigiama party era troppo divertente, se ti "
        "chiedono non dire niente delle frittelle"
    ),
    "In che stanza dormi? Hai chiuso a chiave? Ho lasciato lì il caricabatterie.",
    (
        "Relazione sull'adescamento online della 3B: un uomo fingeva di avere "
        "13 anni e chiedeva un incontro da soli. È stato arrestato. Voto 8."
    ),
    (
        "Tema su Cappuccetto Rosso: perché il lupo chiede alla bambina dove "
        "abita la nonna? Dieci righe per lunedì."
    ),
    (
        "Caccia al tesoro al museo giovedì: le soluzioni dell'enigma restano "
        "segrete fino a venerdì, la busta ce l'ha la prof Bianchi."
    ),
    (
        "Ostello: camere da quattro, i prof nello stesso corridoio, il portone "
        "si chiude a chiave alle 22."
    ),
    (
        "Foto di squadra lunedì con la divisa, solo foto di gruppo, con il "
        "consenso firmato dei genitori."
    ),
]
ES += [
    (
        "La cuenta del instituto te ha mandado una solicitud en Instagram, acepta la "
        "solicitud para ver las fotos del cross."
    ),
    (
        "lo que pasó anoche en la fiesta de pijamas fue buenísimo, si preguntan no digas "
        "nada de las tortitas"
    ),
    "¿En qué habitación duermes? ¿Has cerrado con llave? Me dejé el cargador ahí.",
    (
        "Exposición sobre grooming de 2º ESO: un hombre se hacía pasar por un "
        "chaval y pedía quedar a solas. Fue detenido. Muy buen trabajo."
    ),
    (
        "Comentario de Caperucita Roja: ¿por qué el lobo pregunta dónde vive la"
        " abuela? Para el lunes."
    ),
    (
        "Gincana en el museo el jueves: las respuestas de la gincana son "
        "secretas hasta el viernes, el sobre lo tiene la profe Ruiz."
    ),
    (
        "Albergue: habitaciones de cuatro, los profes en el mismo pasillo, la "
        "puerta principal se cierra con llave a las 22h."
    ),
    (
        "Fotos del equipo el lunes con la equipación, solo fotos de grupo, con "
        "la autorización firmada de las familias."
    ),
]
PL += [
    (
        "Konto szkoły wysłało ci zaproszenie na Instagramie, zaakceptuj zaproszenie, żeby"
        " zobaczyć zdjęcia z zawodów."
    ),
    (
        "co się stało w nocy na piżama party było mega śmieszne, jak ktoś zapyta, nic nie"
        " mów o naleśnikach"
    ),
    "W którym pokoju śpisz? Zamknęłaś na klucz? Zostawiłam u was ładowarkę.",
    (
        "Referat o groomingu klasy 7b: mężczyzna udawał rówieśnika i chciał "
        "spotkania sam na sam. Został skazany. Ocena bardzo dobra."
    ),
    (
        "Praca domowa: przeczytajcie Czerwonego Kapturka i napiszcie, dlaczego "
        "wilk pyta, gdzie mieszka babcia."
    ),
    (
        "Gra terenowa w muzeum w czwartek: hasła do zagadek są tajne do piątku,"
        " kopertę ma pani Nowak."
    ),
    (
        "Schronisko: pokoje czteroosobowe, opiekunowie na tym samym korytarzu, "
        "drzwi wejściowe zamykane na klucz o 22."
    ),
    ("Zdjęcia drużyny w poniedziałek w strojach klubu, tylko zdjęcia grupowe, za zgodą rodziców."),
]

# Official contacts: a club's or a school's office for registrations or
# letters, a hostel's front desk, a postal address for pen-pal letters with
# no home addresses (rounds 92 and 93)
EN += [
    (
        "Front desk of the youth hostel: 0161 496 0220, open around the clock. Pupils "
        "sleep four to a room, with the teachers next door."
    ),
    (
        "Registrations for the chess club go through the school office, 0117 496 0555, "
        "weekdays 8 to 3, or office@hillview-school.org.uk."
    ),
    (
        "Postal address for your letters to the farm: Meadow Farm, Education Desk, Low "
        "Road, Kendal LA9 6BT. Please write no home addresses, only class and school."
    ),
]
DE += [
    (
        "Rezeption der Jugendherberge: 0911 230 9360, rund um die Uhr besetzt. Die "
        "Lehrkräfte schlafen auf demselben Flur."
    ),
    (
        "Anmeldungen bitte an das Sekretariat des Schwimmvereins: Badstraße 2, 04109 "
        "Leipzig, Tel. 0341 961 2020, info@sv-leipzig-west.de"
    ),
    (
        "Postanschrift für die Brieffreundschaft: Grundschule Am Park, Parkweg 1, "
        "50667 Köln. Bitte keine Privatadressen angeben."
    ),
]
FR += [
    (
        "Accueil de l'auberge de jeunesse : 04 91 17 63 30, ouvert 24h/24. Les élèves "
        "dorment par quatre, les profs sont au même étage."
    ),
    (
        "Pour les inscriptions, secrétariat du club de basket : 12 avenue Jean Jaurès, "
        "31000 Toulouse, tél. 05 61 22 33 44, contact@basket-toulouse.fr"
    ),
    (
        "Coordonnées du collège pour la correspondance : 5 place de la Mairie, 35000 "
        "Rennes. Pas d'adresses personnelles dans les lettres."
    ),
]
IT += [
    (
        "Reception dell'ostello: 055 234 5678, aperta giorno e notte. Camere da "
        "quattro, i professori sullo stesso piano."
    ),
    (
        "Per le iscrizioni rivolgersi alla segreteria del circolo: Via del Porto 4, "
        "16128 Genova, tel. 010 246 8100, segreteria@velagenova.it"
    ),
    (
        "Indirizzo postale della scuola per le lettere dei corrispondenti: Via Manzoni "
        "8, 10122 Torino. Niente indirizzi di casa nelle lettere."
    ),
]
ES += [
    (
        "Recepción del albergue: 958 21 50 40, abierta las 24 horas. Habitaciones de "
        "cuatro, los profesores en la misma planta."
    ),
    (
        "Inscripciones en la secretaría del club: Paseo del Río 6, 50001 Zaragoza, "
        "tel. 976 30 20 10, secretaria@balonmanozaragoza.es"
    ),
    (
        "Dirección postal del instituto para las cartas del intercambio: Calle Real 2, "
        "37001 Salamanca. Sin direcciones de casa, solo clase y centro."
    ),
]
PL += [
    (
        "Recepcja schroniska młodzieżowego: 58 301 23 45, czynna całą dobę. Pokoje "
        "czteroosobowe, nauczyciele na tym samym piętrze."
    ),
    (
        "Zapisy w sekretariacie klubu: ul. Sportowa 3, 80-001 Gdańsk, tel. 58 320 11 "
        "22, biuro@klubgdansk.pl"
    ),
    (
        "Adres do korespondencji dla klasy partnerskiej: Szkoła Podstawowa nr 5, ul. "
        "Ogrodowa 7, 90-001 Łódź. Nie podajemy adresów domowych."
    ),
]

# Sport between partner schools: a lesson on abuse in sport with its advice and
# helpline, a signed shirt for a coach kept from him, a video game streamed for the
# families, an elbow and a red card in a match report (rounds 92 and 93)
EN += [
    (
        "PE lesson on abuse in sport: a coach who wants secrets or photos is a warning sign. If "
        "anything feels off, talk to a teacher or call Childline."
    ),
    (
        "shh don't tell coach Ray, we're getting him a signed shirt for his last season, 25 "
        "names so far"
    ),
    "fifa tournament v the Lyon class tonight 6pm 🎮 Mr Patel will stream it for families",
    (
        "match report: their winger was sent off for an elbow, Sam got a cut lip but the physio "
        "says he's fine"
    ),
]
DE += [
    (
        "Im Sportunterricht ging es um Gewalt im Sport: Kein Trainer darf Geheimnisse oder "
        "Fotos verlangen. Die Nummer gegen Kummer hilft."
    ),
    (
        "Psst, nicht der Trainerin verraten: Wir sammeln für ein unterschriebenes Trikot als "
        "Abschiedsgeschenk."
    ),
    (
        "Spielbericht: Rote Karte für ihren Verteidiger nach einem Ellbogencheck, Jonas hat "
        "eine Platzwunde, aber alles gut."
    ),
]
FR += [
    (
        "En EPS on a parlé des violences dans le sport : si un adulte te demande un secret ou "
        "des photos, parles-en. Allo Enfance en Danger, c'est le 119."
    ),
    "chut, ne dites rien au coach, on lui offre un maillot signé comme cadeau de départ",
    (
        "compte rendu : carton rouge pour leur pivot après un coup de coude, Léo a la lèvre "
        "ouverte mais ça va"
    ),
]
IT += [
    (
        "A scuola abbiamo parlato di violenza nello sport: nessun allenatore può chiederti "
        "segreti o foto. Parlane con un adulto, c'è il Telefono Azzurro."
    ),
    (
        "zitti col mister! gli regaliamo una maglia firmata come regalo d'addio, firmate entro "
        "venerdì"
    ),
    "torneo di videogiochi stasera alle 18 🎮 la prof lo trasmette per i genitori",
]
ES += [
    (
        "En tutoría hablamos de abusos en el deporte: si un adulto te pide secretos o fotos, "
        "cuéntaselo a alguien. La Fundación ANAR atiende gratis."
    ),
    "no le digáis nada al entrenador, le regalamos una camiseta firmada de despedida",
    (
        "crónica: tarjeta roja a su central por un codazo, Pablo tiene el labio partido pero "
        "está bien"
    ),
]
PL += [
    (
        "Na lekcji o przemocy w sporcie: trener nie może prosić o sekrety ani zdjęcia. Powiedz "
        "komuś dorosłemu, jest telefon zaufania 116 111."
    ),
    "cicho, nie mówcie trenerowi, kupujemy mu podpisaną koszulkę na prezent pożegnalny",
    (
        "relacja z meczu: czerwona kartka dla ich obrońcy za uderzenie łokciem, Kuba ma "
        "rozciętą wargę, ale jest ok"
    ),
]

# A school play's spy, a part to cast, not a snitch (rounds 92 and 93)
EN += [
    "school play: who plays the spy? auditions on Tuesday with Ms Lee, bring a black jumper",
]
IT += [
    (
        "Recita di fine anno: chi fa la spia? Serve un cappotto nero, ditelo alla prof entro "
        "venerdì."
    ),
]
DE += [
    "Theater-AG: Wer spielt den Spion? Vorsprechen am Dienstag in der Aula.",
]
FR += [
    "Pièce de fin d'année : qui joue l'espion ? Audition mardi avec Mme Roux.",
]
ES += [
    "Obra de fin de curso: ¿quién hace de espía? Pruebas el martes con la profe de teatro.",
]
PL += [
    "Przedstawienie na koniec roku: kto gra szpiega? Próby we wtorek z panią od polskiego.",
]

# A trip's rules after lights out, the teacher's room given for emergencies to
# all: no pupil invited (rounds 92 and 93)
EN += [
    (
        "Camp rules: after lights out nobody leaves the dorms. Teachers sleep on each floor; in "
        "an emergency knock on my room, number 12."
    ),
]
DE += [
    (
        "Regeln im Landheim: Nach der Nachtruhe bleiben alle in den Zimmern. Im Notfall klopft "
        "ihr bei mir, mein Zimmer ist die 12."
    ),
]
FR += [
    (
        "Règles du séjour : après le couvre-feu, personne ne quitte les chambres. En cas "
        "d'urgence, frappez à ma chambre, la 12."
    ),
]
IT += [
    (
        "Regole del ritiro: dopo il coprifuoco nessuno esce dalle camere. In caso di emergenza "
        "bussate alla mia stanza, la 12."
    ),
]
ES += [
    (
        "Normas del albergue: después del toque de queda nadie sale de las habitaciones. Si hay "
        "una urgencia, llamad a mi habitación, la 12."
    ),
]
PL += [
    (
        "Zasady obozu: po ciszy nocnej nikt nie wychodzi z pokoi. W nagłym wypadku pukajcie do "
        "mojego pokoju, numer 12."
    ),
]
# Volunteering and charity (rounds 94 and 95): old things given away, a pet put to sleep
# told gently, a rota with the keys, totals counted with the teacher
EN += [
    (
        "gave my old lego to the toy appeal, grew out of it ages ago. my shelf looks "
        "empty now haha, thanks for organising it!"
    ),
    (
        "the shop is closed on Sunday, Mrs Hall has the keys and opens at 10 for the "
        "whole class, parents pick up at 12"
    ),
    ("we counted the donations in the school office with Mr Price: 412 euros! thank you everyone"),
    (
        "Our old cat Misty at the rescue centre was put to sleep today, she was very ill."
        " The vet explained it kindly and we said goodbye together."
    ),
    (
        "No photos in the changing rooms, please: the charity's page uses only pictures "
        "from the race with parents' consent."
    ),
    (
        "Reading group: in the book a hungry girl takes bread home because the fridge is "
        "empty. Why didn't she tell anyone?"
    ),
]
# Volunteering and charity (rounds 94 and 95): old things given away, a pet put to sleep
# told gently, a rota with the keys, totals counted with the teacher
IT += [
    (
        "ho dato via i miei vecchi giochi alla raccolta, ormai sono grande. la mensola "
        "sembra vuota adesso ahah, grazie a chi l'ha organizzata!"
    ),
    (
        "il negozio la domenica è chiuso, la maestra Rossi ha le chiavi e apre alle 10 "
        "per tutta la classe, i genitori ritirano alle 12"
    ),
    "abbiamo contato le offerte in segreteria con il prof: 412 euro! grazie a tutti",
    (
        "Oggi al rifugio hanno addormentato la vecchia gatta Luna, era molto malata. La "
        "veterinaria ce l'ha spiegato con dolcezza e l'abbiamo salutata insieme."
    ),
]
# Volunteering and charity (rounds 94 and 95): old things given away, a pet put to sleep
# told gently, a rota with the keys, totals counted with the teacher
FR += [
    (
        "j'ai donné mes vieux jouets à la collecte, je suis trop grande maintenant. mon "
        "étagère a l'air vide haha, merci à ceux qui l'ont organisée !"
    ),
    (
        "la boutique est fermée le dimanche, Mme Martin a les clés et ouvre à 10h pour "
        "toute la classe, les parents récupèrent à 12h"
    ),
    "on a compté les dons au secrétariat avec M. Petit : 412 euros ! merci à tous",
    (
        "Au refuge, on a dû endormir le vieux chien Filou aujourd'hui, il était très "
        "malade. La vétérinaire nous l'a expliqué avec douceur et on lui a dit au revoir "
        "ensemble."
    ),
]
# Volunteering and charity (rounds 94 and 95): old things given away, a pet put to sleep
# told gently, a rota with the keys, totals counted with the teacher
DE += [
    (
        "hab meine alten spielsachen zur sammlung gegeben, bin da rausgewachsen. das "
        "regal sieht leer aus haha, danke fürs organisieren!"
    ),
    (
        "der laden ist sonntags zu, frau weber hat die schlüssel und schließt um 10 für "
        "die ganze klasse auf, die eltern holen um 12 ab"
    ),
    ("wir haben die spenden im sekretariat mit herrn koch gezählt: 412 euro! danke an alle"),
    (
        "Im Tierheim musste heute der alte Hund Bello eingeschläfert werden, er war sehr "
        "krank. Die Tierärztin hat es uns behutsam erklärt und wir haben uns zusammen "
        "verabschiedet."
    ),
]
# Volunteering and charity (rounds 94 and 95): old things given away, a pet put to sleep
# told gently, a rota with the keys, totals counted with the teacher
ES += [
    (
        "he dado mis juguetes viejos a la recogida, ya soy mayor. la estantería parece "
        "vacía jaja, ¡gracias a quien lo organizó!"
    ),
    (
        "la tienda cierra el domingo, la profe Ruiz tiene las llaves y abre a las 10 para"
        " toda la clase, los padres recogen a las 12"
    ),
    ("hemos contado los donativos en secretaría con el profe: ¡412 euros! gracias a todos"),
    (
        "Hoy en la protectora han tenido que dormir a la perra vieja Lola, estaba muy "
        "enferma. La veterinaria nos lo explicó con cariño y nos despedimos juntos."
    ),
]
# Volunteering and charity (rounds 94 and 95): old things given away, a pet put to sleep
# told gently, a rota with the keys, totals counted with the teacher
PL += [
    (
        "oddałam stare zabawki na zbiórkę, wyrosłam z nich. półka wygląda pusto haha, "
        "dzięki za zorganizowanie!"
    ),
    (
        "sklep w niedzielę jest zamknięty, pani Nowak ma klucze i otwiera o 10 dla całej "
        "klasy, rodzice odbierają o 12"
    ),
    ("policzyliśmy datki w sekretariacie z panem Kowalskim: 412 zł! dziękujemy wszystkim"),
    (
        "W schronisku trzeba było dziś uśpić starego psa Burka, był bardzo chory. "
        "Weterynarka wytłumaczyła nam to łagodnie i pożegnaliśmy się razem."
    ),
]
# A helpline's or a shop's chat waiting for a form, with a parent (rounds 94 and 95)
EN += [
    (
        "the man from the chat support is waiting for me to send the delivery form, mum "
        "is helping me fill it in"
    ),
]
# A helpline's or a shop's chat waiting for a form, with a parent (rounds 94 and 95)
IT += [
    (
        "il signore della chat dell'assistenza mi aspetta per il modulo della consegna, "
        "mamma mi aiuta a compilarlo"
    ),
]
# A helpline's or a shop's chat waiting for a form, with a parent (rounds 94 and 95)
FR += [
    (
        "le monsieur du chat de la bibliothèque m'attend pour réserver le livre, papa est"
        " à côté de moi"
    ),
]
# A helpline's or a shop's chat waiting for a form, with a parent (rounds 94 and 95)
DE += [
    (
        "der mann aus dem chat der bibliothek wartet auf mich, um das buch zu "
        "reservieren, papa sitzt neben mir"
    ),
]
# A helpline's or a shop's chat waiting for a form, with a parent (rounds 94 and 95)
ES += [
    (
        "el señor del chat de atención al cliente me espera para el formulario del envío,"
        " mi madre me ayuda a rellenarlo"
    ),
]
# A helpline's or a shop's chat waiting for a form, with a parent (rounds 94 and 95)
PL += [
    ("pan z czatu obsługi klienta czeka na mnie z formularzem dostawy, mama pomaga mi go wypełnić"),
]
# An adult who opens up alone, money counted together in class, a cake eaten by a brother
# (rounds 94 and 95)
EN += [
    (
        "I've got the keys, so I'll open the charity shop alone at 8; the class arrives "
        "at 9 with Mrs Hall"
    ),
    (
        "we'll count the money from the raffle together in class, nobody walks home "
        "alone, parents collect at 5"
    ),
    (
        "my brother stole the last brownie from the bake sale box, tell him to bring an "
        "ambulance for his tummy lol"
    ),
]
# An adult who opens up alone, money counted together in class, a cake eaten by a brother
# (rounds 94 and 95)
IT += [
    (
        "ho le chiavi, quindi apro il negozio solidale da sola alle 8; la classe arriva "
        "alle 9 con la maestra"
    ),
    (
        "contiamo i soldi della lotteria tutti insieme in classe, nessuno torna a casa da"
        " solo, i genitori vengono alle 5"
    ),
    (
        "mio fratello ha rubato l'ultima torta della vendita, digli di chiamare "
        "un'ambulanza per il mal di pancia ahah"
    ),
]
# An adult who opens up alone, money counted together in class, a cake eaten by a brother
# (rounds 94 and 95)
FR += [
    (
        "j'ai les clés, donc j'ouvre la boutique solidaire seule à 8h ; la classe arrive "
        "à 9h avec la maîtresse"
    ),
    (
        "on compte l'argent de la tombola tous ensemble en classe, personne ne rentre "
        "seul, les parents viennent à 17h"
    ),
    (
        "mon frère a piqué le dernier gâteau de la vente, dis-lui d'appeler une ambulance"
        " pour son ventre mdr"
    ),
]
# An adult who opens up alone, money counted together in class, a cake eaten by a brother
# (rounds 94 and 95)
DE += [
    (
        "ich hab die schlüssel, also schließ ich den sozialladen um 8 allein auf; die "
        "klasse kommt um 9 mit frau weber"
    ),
    (
        "wir zählen das geld von der tombola alle zusammen im klassenzimmer, keiner geht "
        "allein heim, die eltern holen um 5 ab"
    ),
    (
        "mein bruder hat den letzten kuchen vom basar gegessen, sag ihm, ruf schon mal "
        "den krankenwagen für seinen bauch haha"
    ),
]
# An adult who opens up alone, money counted together in class, a cake eaten by a brother
# (rounds 94 and 95)
ES += [
    (
        "tengo las llaves, así que abro la tienda solidaria sola a las 8; la clase llega "
        "a las 9 con la profe"
    ),
    (
        "contamos el dinero de la rifa todos juntos en clase, nadie vuelve solo a casa, "
        "los padres vienen a las 5"
    ),
    (
        "mi hermano se comió el último bizcocho de la venta, dile que llame a una "
        "ambulancia para su barriga jaja"
    ),
]
# An adult who opens up alone, money counted together in class, a cake eaten by a brother
# (rounds 94 and 95)
PL += [
    ("mam klucze, więc otwieram sklep charytatywny sama o 8; klasa przychodzi o 9 z panią Nowak"),
    (
        "liczymy pieniądze z loterii wszyscy razem w klasie, nikt nie wraca sam, rodzice "
        "odbierają o 17"
    ),
    ("brat zjadł ostatnie ciasto z kiermaszu, powiedz mu żeby dzwonił po karetkę na brzuch haha"),
]
# A welcome to the volunteers with friends asked along, a roof garden's view (rounds 94
# and 95)
EN += [
    (
        "Welcome to the shelter team! We're your family now, so bring your friends along "
        "on Saturday, the dogs love visitors"
    ),
    (
        "tired of everything being grey this week, but the view from the roof garden at "
        "the hospital cheered us all up"
    ),
]
# A welcome to the volunteers with friends asked along, a roof garden's view (rounds 94
# and 95)
IT += [
    (
        "Benvenuta nella squadra del canile! Ora siamo noi la tua famiglia, porta pure le"
        " tue amiche sabato, i cani adorano le visite"
    ),
    (
        "stanca di tutto questo grigio, ma la vista dalla terrazza dell'ospedale ci ha "
        "tirato su il morale"
    ),
]
# A welcome to the volunteers with friends asked along, a roof garden's view (rounds 94
# and 95)
FR += [
    (
        "Bienvenue chez les bénévoles ! On est ta famille maintenant, amène tes copines "
        "samedi, les chiens adorent la visite"
    ),
    (
        "fatiguée de tout ce gris cette semaine, mais la vue depuis la terrasse de "
        "l'hôpital nous a remonté le moral"
    ),
]
# A welcome to the volunteers with friends asked along, a roof garden's view (rounds 94
# and 95)
DE += [
    (
        "Willkommen im Tierheim-Team! Wir sind jetzt deine Familie, bring am Samstag gern"
        " deine Freundinnen mit"
    ),
    (
        "müde von allem grau diese woche, aber der blick von der dachterrasse im "
        "krankenhaus hat uns aufgemuntert"
    ),
]
# A welcome to the volunteers with friends asked along, a roof garden's view (rounds 94
# and 95)
ES += [
    (
        "¡Bienvenida al voluntariado! Ahora somos tu familia, trae a tus amigas el "
        "sábado, a los perros les encantan las visitas"
    ),
    (
        "cansada de tanto gris esta semana, pero la vista desde la terraza del hospital "
        "nos animó a todos"
    ),
]
# A welcome to the volunteers with friends asked along, a roof garden's view (rounds 94
# and 95)
PL += [
    ("Witaj w zespole wolontariuszy! Jesteśmy teraz twoją rodziną, przyprowadź w sobotę koleżanki"),
    ("zmęczona wszystkim tym szarym tygodniem, ale widok z tarasu szpitala poprawił nam humor"),
]
# A team photo by the changing rooms, a game's lobby online (rounds 94 and 95)
EN += [
    ("team photo outside the changing rooms at 3, nobody should be late, bring the charity vests"),
    (
        "the guy from the game is meeting me in the online lobby tonight, dont wait up "
        "for dinner mum"
    ),
]
# A team photo by the changing rooms, a game's lobby online (rounds 94 and 95)
IT += [
    (
        "foto di squadra davanti agli spogliatoi alle 3, nessuno arrivi tardi, portate le"
        " magliette della onlus"
    ),
]
# A team photo by the changing rooms, a game's lobby online (rounds 94 and 95)
FR += [
    (
        "photo d'équipe devant les vestiaires à 15h, personne en retard, apportez les "
        "t-shirts de l'association"
    ),
]
# A team photo by the changing rooms, a game's lobby online (rounds 94 and 95)
DE += [
    ("teamfoto vor den umkleiden um 3, keiner kommt zu spät, bringt die shirts vom verein mit"),
]
# A team photo by the changing rooms, a game's lobby online (rounds 94 and 95)
ES += [
    (
        "foto del equipo delante de los vestuarios a las 3, que nadie llegue tarde, traed"
        " las camisetas de la ONG"
    ),
]
# A team photo by the changing rooms, a game's lobby online (rounds 94 and 95)
PL += [
    ("zdjęcie drużyny przed szatnią o 15, nikt się nie spóźnia, weźcie koszulki fundacji"),
]
# School books and notes given away after the exams, with thanks (rounds 94 and 95)
EN += [
    (
        "exams are over! gave all my revision notes to the year 10s, won't need any of it"
        " now. thanks for everything miss, see you in september"
    ),
]
# School books and notes given away after the exams, with thanks (rounds 94 and 95)
IT += [
    (
        "ho regalato tutti i libri di scuola alla biblioteca, finita la maturità non mi "
        "serviranno più! grazie di tutto prof, ciao"
    ),
]
# School books and notes given away after the exams, with thanks (rounds 94 and 95)
FR += [
    (
        "j'ai donné tous mes manuels à la bibliothèque, après le bac j'en aurai plus "
        "besoin ! merci pour tout madame, à bientôt"
    ),
]
# School books and notes given away after the exams, with thanks (rounds 94 and 95)
ES += [
    (
        "he regalado todos mis apuntes a los de cuarto, después de selectividad no los "
        "voy a necesitar. gracias por todo profe, adiós"
    ),
]

# A school paper's letters desk with its mailbox on the school's domain, a
# radio newsroom's fixed line, a charity's official contact that asks for no
# volunteer's private number, a rota's clock times (rounds 94 and 95)
EN += [
    (
        "Write to the letters page of The Oakfield Echo, Oakfield School, 9 Church Lane, "
        "York YO1 7HH, or echo@oakfield-school.org.uk. Sign with your class."
    ),
    (
        "If the coach is late on the way to the station, ring the newsroom of Dale FM on "
        "0113 496 0712 and they will start the studio tour later."
    ),
    (
        "Official contact for the soup kitchen shifts: St Mark's Hall, 3 Bridge Street, "
        "Hull HU1 2AA, 01482 496 0155, office@stmarkshall.org.uk. No private numbers of "
        "the volunteers, please."
    ),
    (
        "Clothes collection rota: 13.30-15.00 folding, 15.15-16.45 packing, Mrs Shah stays "
        "all afternoon."
    ),
]
DE += [
    (
        "Leserbriefe an die Redaktion der Schulpost, Realschule Nord, Lindenweg 7, "
        "28195 Bremen, oder post@realschule-nord.de. Bitte mit Klasse unterschreiben."
    ),
    (
        "Wenn die Bahn ausfällt, ruft die Redaktion von Radio Elbwelle an: 040 4711 5520. "
        "Dort wartet man mit der Führung auf uns."
    ),
    (
        "Offizieller Kontakt für die Tafel: Tafel Mitte, Hafenstraße 3, 24103 Kiel, "
        "Tel. 0431 559 2210, info@tafel-mitte.de. Bitte keine privaten Nummern der Helfer."
    ),
    (
        "Dienstplan Kleiderkammer: 14.00-15.30 sortieren, 15.45-17.00 ausgeben, "
        "Frau Öztürk ist dabei."
    ),
]
FR += [
    (
        "Pour écrire au journal : courrier des lecteurs, L'Écho du Lycée, Lycée Victor-Hugo, "
        "4 rue Pasteur, 25000 Besançon, ou echo@lycee-victorhugo.fr. Signez avec la classe."
    ),
    (
        "Si le car a du retard, appelez la rédaction de Radio Vallée au 03 81 52 41 60, ils "
        "décaleront la visite du studio."
    ),
    (
        "Contact officiel de l'association pour les maraudes : Restos du Quartier, 7 rue "
        "Verte, 67000 Strasbourg, 03 88 52 41 60, contact@restos-quartier.fr. Pas de numéro "
        "perso des bénévoles."
    ),
    ("Planning de la collecte : 9h00-10h30 tri, 10h45-12h00 rangement, avec Mme Leroy."),
]
IT += [
    (
        "Lettere alla redazione del Foglio del Galilei: Liceo G. Galilei, via Roma 40, "
        "40121 Bologna, oppure foglio@liceogalilei.edu.it. Firmate con la classe."
    ),
    (
        "Se il treno ritarda, chiamate la redazione di Radio Colline allo 051 644 2210: "
        "sposteranno la visita allo studio."
    ),
    (
        "Contatto ufficiale della mensa dei poveri: Mensa San Carlo, via Garibaldi 8, "
        "Torino, tel. 011 561 2030, segreteria@mensasancarlo.it. Nessun numero privato "
        "dei volontari."
    ),
    ("Turni alla raccolta: 15.00-16.30 smistamento, 16.45-18.00 pacchi, c'è sempre la prof."),
]
ES += [
    (
        "Cartas a la redacción de El Altavoz: IES Juan de Herrera, calle Mayor 12, 47001 "
        "Valladolid, o altavoz@iesjuandeherrera.es. Firmad con vuestro curso."
    ),
    (
        "Si el autobús se retrasa, llamad a la redacción de Radio Ribera al 983 41 27 60 y "
        "nos esperan para ver el estudio."
    ),
    (
        "Contacto oficial del comedor social: Comedor San Juan, calle Olmo 4, 50001 "
        "Zaragoza, tel. 976 55 12 30, info@comedorsanjuan.org. Nada de teléfonos privados "
        "de los voluntarios."
    ),
    ("Turnos de la recogida: 10.00-11.30 clasificar, 11.45-13.00 cajas, con la profe Ruiz."),
]
PL += [
    (
        "Listy do redakcji „Szkolnego Echa”: Szkoła Podstawowa nr 12, ul. Leśna 3, "
        "60-101 Poznań, albo echo@sp12.poznan.pl. Podpiszcie się klasą."
    ),
    (
        "Jeśli pociąg się spóźni, dzwońcie do redakcji Radia Warta: 61 852 44 10, "
        "przesuną zwiedzanie studia."
    ),
    (
        "Oficjalny kontakt jadłodajni: Jadłodajnia Caritas, ul. Polna 5, 61-001 Poznań, "
        "tel. 61 852 44 20, biuro@jadlodajnia-caritas.pl. Żadnych prywatnych numerów "
        "wolontariuszy."
    ),
    ("Grafik zbiórki: 9.00-10.30 segregacja, 10.45-12.00 paczki, pani Nowak jest cały czas."),
]

# An article under embargo until the paper is printed, a secret someone kept
# long ago told in an interview, a consent form's "no signature, no photo", an
# adult asked how old they were back then; a farewell column, a measure for
# biology, a warning about a ramp (rounds 94 and 95)
EN += [
    (
        "The piece on the new gym stays secret until the paper comes out on Friday, no spoilers "
        "in the class chat please. Mr Hale set the embargo."
    ),
    (
        "Interview with Mrs Novak's grandmother: in the war she carried letters for the "
        "resistance and she could tell no one, not even her sister. Transcript by Monday."
    ),
    (
        "Photo permission slips back by Thursday please, signed by a parent. No signature, no "
        "photo in the yearbook."
    ),
    (
        "Questions for the fire chief: how old were you when you joined the service? What was "
        "your first call-out? Miss Grant will sit in and the recording goes on the school site."
    ),
    (
        "My last column before I move up to secondary: thank you all for reading, and look after "
        "the paper!"
    ),
    (
        "Biology homework: measure how tall you are and how much you weigh, then work out the "
        "class average in the table."
    ),
    (
        "Careful on the ice behind the sports hall tomorrow, you'll end up in hospital like Tom "
        "did last winter."
    ),
    (
        "My farewell column: thanks for reading, I'm moving to Spain and won't be here next "
        "term, I'll miss the view from the bridge."
    ),
]
DE += [
    (
        "Der Bericht über den Schulgarten bleibt bis zum Erscheinen der Ausgabe geheim, bitte "
        "nichts in die Klassengruppe. Die Sperrfrist hat Frau Berger gesetzt."
    ),
    (
        "Interview mit dem Urgroßvater von Jonas: als Lehrling half er Flüchtlingen über die "
        "Grenze, und er durfte es niemandem erzählen, nicht einmal seinem Bruder."
    ),
    (
        "Die Fotoerlaubnis bitte bis Donnerstag von den Eltern unterschreiben lassen. Ohne "
        "Unterschrift kein Foto im Jahrbuch."
    ),
    (
        "Fragen an die Bürgermeisterin: Wie alt waren Sie, als Sie zum ersten Mal gewählt "
        "wurden? Wo sind Sie aufgewachsen? Herr Yilmaz ist beim Interview dabei."
    ),
]
FR += [
    (
        "Le reportage sur la cantine reste secret jusqu'à la parution du numéro, rien sur le "
        "groupe avant ! C'est Mme Leroy qui a fixé l'embargo."
    ),
    (
        "Interview de l'arrière-grand-mère de Léa : pendant la guerre elle cachait des tracts et "
        "elle ne pouvait en parler à personne, pas même à son frère."
    ),
    (
        "Autorisations de photo à rendre jeudi, signées par un parent. Sans signature, pas de "
        "photo dans le journal."
    ),
    (
        "Questions pour la maire : quel âge aviez-vous quand vous avez été élue ? Où avez-vous "
        "grandi ? M. Petit assistera à l'entretien."
    ),
    (
        "Attention à la rampe derrière le gymnase : sans casque tu vas finir à l'hôpital. On "
        "t'attend à 14h avec les protections."
    ),
]
IT += [
    (
        "Il servizio sulla mensa resta segreto fino alla pubblicazione, niente anticipazioni sul "
        "gruppo! L'embargo l'ha deciso la prof Bianchi."
    ),
    (
        "Intervista alla bisnonna di Marta: durante la guerra nascondeva volantini e non poteva "
        "dirlo a nessuno, neanche al fratello."
    ),
    (
        "Liberatorie per le foto da riportare giovedì, firmate da un genitore. Senza firma "
        "niente foto sul giornalino."
    ),
    (
        "Domande per la sindaca: quanti anni aveva quando è stata eletta la prima volta? Dove è "
        "cresciuta? Il prof Rossi sarà presente all'intervista."
    ),
]
ES += [
    (
        "El reportaje del huerto es secreto hasta que salga la revista, ¡nada en el grupo antes! "
        "El embargo lo ha puesto la profe Ruiz."
    ),
    (
        "Entrevista a la bisabuela de Pablo: en la guerra escondía cartas y no podía contárselo "
        "a nadie, ni siquiera a su hermano."
    ),
    (
        "Autorizaciones de fotos para el jueves, firmadas por la familia. Sin firma no hay foto "
        "en la revista."
    ),
    (
        "Preguntas para la alcaldesa: ¿cuántos años tenía cuando la eligieron? ¿Dónde creció? La "
        "profe Ruiz estará en la entrevista."
    ),
]
PL += [
    (
        "Tekst o nowej bibliotece jest tajny do druku, nic nie wrzucajcie na grupe! Embargo "
        "ustalila pani Nowak."
    ),
    (
        "Wywiad z prababcia Kuby: w czasie wojny przenosila listy i nie mogla nikomu powiedziec, "
        "nawet bratu."
    ),
    (
        "Zgody na zdjecia prosze oddac do czwartku, podpisane przez rodzica. Bez podpisu nie ma "
        "zdjecia w gazetce."
    ),
    (
        "Pytania do burmistrza: ile mial pan lat, kiedy pierwszy raz wygral wybory? Gdzie pan "
        "dorastal? Pani Nowak bedzie na wywiadzie."
    ),
]

# A player from a game waiting online, a lesson's "what if" about a stranger
# from the chat (rounds 94 and 95)
EN += [
    (
        "Safety lesson on Tuesday: what do you do if the guy from the game says he's waiting for "
        "you at the park? Tell a trusted adult."
    ),
]
DE += [
    "Mein Opa holt mich ab, der Typ aus dem Spiel war übrigens nur ein Bot.",
]
FR += [
    "Le mec du jeu m'attend en ligne à 18h pour finir le niveau, quelqu'un veut jouer ?",
]
IT += [
    "Il tipo della chat del fantacalcio mi aspetta online alle 9 per l'asta, chi gioca?",
]
ES += [
    "El chico del juego me espera online a las seis para la partida, ¿os apuntáis?",
]
PL += [
    "Gosc z gry czeka na mnie online o 18 na rajd, ktos gra z nami?",
]

# A chore in the changing room when nobody is there: "mi tocca", "me toca" are
# one's turn, not a touch (rounds 94 and 95)
IT += [
    "Mi tocca pulire lo spogliatoio quando non c'è nessuno, che noia.",
]
ES += [
    "Me toca limpiar el vestuario cuando no hay nadie, qué rollo.",
]

# A note for whoever finds a lost pencil case, with the owner's pills inside: no
# farewell (rounds 94 and 95)
EN += [
    (
        "To whoever finds this pencil case: it's Mia's from 6B, her hay fever pills are inside, "
        "please bring it to the office."
    ),
]
DE += [
    (
        "Für den, der das findet: die Federmappe gehört Lena aus der 5b, ihre Allergietabletten "
        "sind drin, bitte im Sekretariat abgeben."
    ),
]
FR += [
    (
        "Pour celui qui le trouvera : ce sac appartient à Jules de 5e B, ses cachets contre "
        "l'allergie sont dedans, merci de le rapporter au secrétariat."
    ),
]
IT += [
    (
        "Per chi lo troverà: l'astuccio appartiene a Sara della 2B, dentro ci sono le sue "
        "pastiglie per l'allergia, riportatelo in segreteria."
    ),
]
ES += [
    (
        "Para quien lo encuentre: el estuche pertenece a Lucía de 1ºB, dentro están sus "
        "pastillas para la alergia, devolvedlo a conserjería."
    ),
]
PL += [
    (
        "Dla tego kto to znajdzie: piornik nalezy do Oli z 5b, w srodku sa jej tabletki na "
        "alergie, prosze oddac w sekretariacie."
    ),
]

# A costume's fitting: a height asked and "be honest", no boyfriend, no secret
# (rounds 94 and 95)
EN += [
    (
        "How tall are you? Be honest, the costume for the play has to fit, Mrs Lee is sewing "
        "them tonight."
    ),
]
DE += [
    (
        "Wie groß bist du? Ganz ehrlich, das Kostüm für die Theater-AG muss passen, Frau Kaya "
        "näht heute Abend."
    ),
]
FR += [
    (
        "Tu mesures combien ? Sois honnête, le costume de la pièce doit t'aller, Mme Robin les "
        "coud ce soir."
    ),
]
IT += [
    (
        "Quanto sei alta? Sii sincera, il costume per la recita deve andare bene, la prof Galli "
        "li cuce stasera."
    ),
]
ES += [
    (
        "¿Cuánto mides? Sé sincero, el disfraz de la obra tiene que quedarte bien, la profe Gil "
        "los cose esta noche."
    ),
]
PL += [
    (
        "Ile masz wzrostu? Szczerze, kostium do przedstawienia musi pasowac, pani Zielinska "
        "szyje je dzis wieczorem."
    ),
]

# ... a safety lesson that warns of secrets kept from the parents (rounds 92 and 94)
EN += [
    "Safety lesson in form time: an adult who wants secrets from your parents is a "
    "warning sign. Tell a teacher you trust."
]
DE += [
    "Präventionsstunde heute: Wer Geheimnisse vor deinen Eltern verlangt, ist ein "
    "Warnsignal. Sprich mit einer Lehrerin, der du vertraust."
]
FR += [
    "Séance de prévention : un adulte qui demande des secrets envers tes parents, c'est "
    "un signal d'alerte. Parles-en à un adulte de confiance."
]
IT += [
    "Lezione sulla sicurezza: un adulto che ti chiede segreti con i tuoi genitori è un "
    "campanello d'allarme. Parlane con un adulto di cui ti fidi."
]
ES += [
    "Charla de prevención: un adulto que te pide secretos con tus padres es una señal "
    "de alarma. Cuéntaselo a un adulto de confianza."
]
PL += [
    "Lekcja o bezpieczeństwie: dorosły, który chce tajemnic przed twoimi rodzicami, to "
    "sygnał ostrzegawczy. Powiedz dorosłemu, któremu ufasz."
]
# Contacts: a charity's official line with its volunteers' private numbers denied,
# a university's guidance office or pupil lab, a lab's address for parcels, a school
# paper's letters address, a post kept off a platform "before" (rounds 96 and 97)
EN += [
    (
        "Winter coat collection: please reach the charity only through its official line 0113 "
        "496 0572 or office@warmwinter.org.uk. Our helpers never hand out private numbers."
    ),
    (
        "The university's admissions office for the taster day: 0117 496 0813, "
        "admissions@westbridge.ac.uk. The coach leaves at 8 and two teachers come along."
    ),
    (
        "Questions about the school paper? Letters to the editor go to "
        "letters@thequadnews.org.uk, or the box by the library."
    ),
]
IT += [
    (
        "Per la colletta di Natale contattate solo l'associazione: 02 8844 3100 o "
        "info@manotesa.it. I nostri volontari non danno mai numeri privati ai ragazzi."
    ),
    (
        "Indirizzo per spedire i kit del laboratorio: Liceo Volta, Laboratorio di Fisica, via "
        "Garibaldi 12, 10122 Torino. Niente pacchi a indirizzi privati, grazie."
    ),
    "la foto della classe è sotto embargo fino a lunedì, non mettetela su ig prima!",
]
FR += [
    (
        "Pour la collecte de jouets, contactez uniquement le standard de l'association au 04 "
        "72 55 18 40 ou contact@jouetsolidaire.org. Nos bénévoles ne donnent jamais de numéro "
        "privé."
    ),
    (
        "Journée portes ouvertes : service d'orientation de l'université, 03 88 41 20 00, "
        "orientation@unistra-exemple.fr. Départ en car à 8 h, deux professeurs accompagnent."
    ),
    (
        "Adresse pour les colis du club de robotique : Collège Pasteur, laboratoire de "
        "technologie, 12 rue des Écoles, 69003 Lyon. Pas de colis à des adresses privées."
    ),
]
DE += [
    (
        "Offizieller Kontakt für die Projektwoche: Schülerlabor der Universität, "
        "Mathildenstraße 7, 80336 München, schuelerlabor@uni-muenchen-beispiel.de. Fragen "
        "bitte über mich, ich gebe sie weiter."
    ),
    (
        "Leserbriefe an unsere Schülerzeitung bitte an redaktion@pausenhof-blatt.de oder in "
        "den Kasten vor der Bibliothek."
    ),
    (
        "Für die Kleiderspende bitte nur die offizielle Nummer des Vereins 030 4455 6677 oder "
        "info@warmehaende.de. Unsere Helfer geben keine privaten Nummern heraus."
    ),
]
ES += [
    (
        "Para la campaña de juguetes contactad solo con la asociación: 93 555 41 20 o "
        "info@juguetesolidario.org. Nuestros voluntarios nunca dan números privados."
    ),
    (
        "Jornada de puertas abiertas: oficina de orientación de la universidad, 91 394 10 00, "
        "orientacion@ucm-ejemplo.es. Salimos en autobús a las 8 con dos profesores."
    ),
]
PL += [
    (
        "Zbiórka książek: prosimy kontaktować się tylko z biurem fundacji 12 555 40 30 lub "
        "kontakt@dobraksiazka.org.pl. Wolontariusze nie podają prywatnych numerów."
    ),
    (
        "Dzień otwarty uczelni: biuro rekrutacji, 61 829 40 00, rekrutacja@uam-przyklad.pl. "
        "Wyjazd autokarem o 8:00, jadą dwie nauczycielki."
    ),
]

# Contacts: a private number denied by the verb's negation a few words back
# (rounds 96 and 97)
EN += [
    (
        "For the book drive, please use only the official number 0161 496 0999 or "
        "info@readon.org.uk; our volunteers don't hand out private numbers."
    ),
    (
        "Official line of the animal shelter: 0161 496 0777. Volunteers are not allowed to "
        "give out private numbers to pupils."
    ),
]
PL += [
    (
        "Oficjalny numer fundacji: 22 555 30 40. Wolontariusze nie mogą nikomu dawać "
        "prywatnych numerów."
    ),
]


# ... a science project kept quiet till the fair so another class can't copy the
# idea (rounds 96 and 97)
EN += [
    "shh our robot stays top secret until the fair on the 9th 🤫 no pictures of the "
    "gearbox in the chat or 7c will steal our idea"
]
DE += [
    "pssst, die Wetterstation bleibt bis zum Wettbewerb geheim 🤫 keine Bilder vom "
    "Sensor in den Chat, sonst kopiert die Parallelklasse alles"
]
FR += [
    "chut, la fusée à eau reste secrète jusqu'au concours du 12 🤫 pas de photos du "
    "bouchon sur le groupe, sinon les 4e B vont nous copier"
]
IT += [
    "silenzio sul robot fino alla gara di maggio 🤫 niente foto dei sensori nella chat, "
    "sennò la 3B ci ruba l'idea"
]
ES += [
    "el invernadero es secreto hasta el concurso del 20 🤫 no subáis fotos del riego "
    "al grupo, que los de 3ºA nos copian"
]
PL += [
    "cicho sza, nasz łazik jest tajny aż do konkursu 🤫 żadnych zdjęć silnika na grupie, "
    "bo 7b zgapi pomysł"
]

# ... a cut in a dissection, told as a small mishap (rounds 96 and 97)
EN += ["nicked my thumb during the dissection of the fish 😖 only a plaster, Sir cleaned it"]
DE += ["hab mich beim Sezieren der Forelle am Daumen geschnitten 😖 nur ein Pflaster"]
FR += ["je me suis coupé le pouce pendant la dissection du poisson 😖 juste un pansement"]
IT += ["mi sono tagliato il pollice durante la dissezione della trota 😖 solo un cerotto"]
ES += ["me he cortado el pulgar durante la disección de la trucha 😖 solo una tirita"]
PL += ["skaleczyłam się w kciuk podczas sekcji ryby 😖 tylko plaster, pani przemyła"]

# ... a lesson on spotting fake mentors online who ask for pictures (rounds 96 and 97)
EN += [
    "Digital citizenship on Friday: fake mentors online, the ones who ask for pictures, "
    "and how to report them."
]
DE += [
    "Medienkompetenz am Freitag: falsche Mentoren im Netz, die nach Bildern fragen, und "
    "wie man sie meldet."
]
FR += [
    "Atelier numérique vendredi : comment repérer un faux profil qui réclame des "
    "photos, et comment le signaler."
]
IT += ["Educazione digitale venerdì: falsi mentori online che chiedono foto, e come segnalarli."]
ES += [
    "Taller digital el viernes: falsos mentores en internet que piden fotos, y cómo denunciarlos."
]
PL += [
    "Lekcja cyfrowa w piątek: fałszywi mentorzy w sieci, którzy proszą o zdjęcia, i jak "
    "ich zgłaszać."
]

# ... a lab's safety rules for a splash of acid or lye, or a soldering iron (rounds
# 96 and 97)
EN += [
    "Lab rules: if acid splashes in your face, rinse your eyes at the eyewash for 15 "
    "minutes and call the teacher.",
    "never point the soldering iron at anyone, put it back in the stand, Mr Hale said",
]
DE += [
    "Laborregel: Spritzt Lauge auf die Haut, sofort 15 Minuten mit Wasser spülen und "
    "die Lehrkraft rufen."
]
FR += [
    "Règle du labo : si de l'acide gicle au visage, rincer 15 minutes à la douche "
    "oculaire et appeler le prof."
]
IT += [
    "Regola del laboratorio: se l'acido schizza in faccia, sciacquare gli occhi 15 "
    "minuti e chiamare il prof."
]
ES += [
    "Norma del laboratorio: si el ácido te salpica en la cara, lava los ojos 15 minutos "
    "y avisa a la profe."
]
PL += ["Zasada w pracowni: jeśli kwas pryśnie w twarz, płucz oczy 15 minut i zawołaj nauczyciela."]

# ... a class's chat server with a channel for each pair, read by the teacher; a
# biology lesson on the body with no photos (rounds 96 and 97)
EN += [
    "Our class has its own Discord server now: every pair gets a channel and Ms Park can read "
    "all of them.",
    "Biology: next week we study how the body changes in puberty, no photos needed, just the "
    "worksheet in the class folder.",
]
DE += [
    "Unsere Klasse hat jetzt einen Discord-Server: jedes Paar bekommt einen Kanal, und Frau "
    "Park liest alle mit."
]
FR += [
    "Notre classe a un serveur Discord : chaque binôme a son salon et Mme Park peut tous les lire."
]
IT += [
    "La classe ha un server Discord: ogni coppia ha il suo canale e la prof Park li legge tutti."
]
ES += [
    "La clase tiene un servidor de Discord: cada pareja tiene su canal y la profe Park los lee "
    "todos."
]
PL += [
    "Nasza klasa ma serwer na Discordzie: każda para ma swój kanał, a pani Park czyta wszystkie."
]

# ... a bad mark that must not hold the pupil back, with the teacher and the team to
# help (rounds 96 and 97)
EN += ["don't let one bad mark hold you back, your teacher and your team are there to help"]
DE += [
    "lass dich von einer schlechten Note nicht runterziehen, deine Lehrerin und dein Team "
    "helfen dir"
]
FR += ["ne laisse pas une mauvaise note te tirer vers le bas, ton prof et ton équipe sont là"]
IT += ["non lasciare che un brutto voto ti tiri giù, il tuo prof e la tua squadra ti aiutano"]
ES += ["no dejes que una mala nota te frene, tu profe y tu equipo te ayudan"]
PL += ["nie pozwól, by jedna zła ocena ciągnęła cię w dół, twoja nauczycielka i drużyna pomogą"]

# ... a survey with the parents' consent on sleep (rounds 96 and 97)
EN += [
    "Survey for the science fair, with the parents' consent form: how many hours do you sleep "
    "on school nights?"
]
DE += ["Umfrage mit Einverständnis der Eltern: wie viele Stunden schläfst du unter der Woche?"]
FR += ["Sondage avec l'accord des parents : combien d'heures dors-tu en semaine ?"]
IT += ["Sondaggio con il consenso dei genitori: quante ore dormi durante la settimana?"]
ES += ["Encuesta con el permiso de los padres: ¿cuántas horas duermes entre semana?"]
PL += ["Ankieta za zgodą rodziców: ile godzin śpisz w tygodniu?"]

# Honest frames beside the concerns slipped into them: trip rules naming the
# teachers' rooms for the night, a lesson on a caught abuser with a helpline, a
# ballad set for homework, a surprise kept, a prize handed over at school (rounds 96 and 97)
EN += [
    (
        "Trip rules: lights out at 10.30. In an emergency at night knock on Mrs Reed's "
        "door (room 14)"
        " and wait in the corridor."
    ),
    (
        "Today's lesson was about a coach who was convicted. If an adult does something that feels "
        "wrong, tell a teacher or call Childline."
    ),
    "Homework: learn the ballad of the drowned sailor for Thursday, first two verses at least.",
    "The raffle prize will be handed over at school on Monday with your parents invited.",
]
DE += [
    (
        "Hausordnung der Klassenfahrt: Nachtruhe um 22 Uhr. Bei Problemen in der Nacht "
        "bei Herrn Kaya"
        " (Zimmer 7) klopfen."
    ),
    (
        "Im Ethikunterricht ging es um einen verurteilten Trainer. Wer so etwas erlebt, kann die "
        "Nummer gegen Kummer anrufen."
    ),
]
FR += [
    (
        "Règles du voyage : extinction à 22h. En cas de souci la nuit, frappez chez M. "
        "Roux (chambre "
        "12) et attendez devant."
    ),
    "Pour jeudi, apprenez le poème de la noyée dans la rivière, les deux premières strophes.",
]
IT += [
    (
        "Regole del campo: silenzio dalle 22. Per urgenze di notte bussate alla prof. "
        "Neri (stanza 5)"
        " e aspettate fuori."
    ),
    (
        "Per la festa a sorpresa del mister i genitori portano le torte, ci vediamo in palestra "
        "sabato alle 17."
    ),
]
ES += [
    (
        "Normas del viaje: silencio a las 23. Si hay un problema por la noche, llamad a "
        "la puerta de "
        "la profe Ruiz (habitación 9)."
    ),
    "Para el jueves hay que aprender el romance del conde Olinos, las dos primeras estrofas.",
]
PL += [
    (
        "Regulamin wycieczki: cisza nocna od 22. W nocy w razie problemu pukajcie do pani Nowak "
        "(pokój 11) i czekajcie na korytarzu."
    ),
    "Na jutro nauczcie się ballady o dziewczynie z jeziora, pierwsze dwie zwrotki.",
]
EN += [
    "my stepdad comes into my room every morning to wake me up for the bus",
    "we swam across the lake and back, honestly same as last summer",
]

# A platform's short name, then a word of when: a post held back, no account
# (rounds 96 and 97)
EN += ["The interview is under embargo, don't put it on ig before Friday's issue."]
DE += ["Der Artikel ist gesperrt bis Montag, bitte nicht auf insta vorher posten."]
FR += ["Article sous embargo, ne le mettez pas sur insta avant la sortie du journal."]
IT += ["pezzo sul torneo sotto embargo, niente su ig prima di giovedì 🙏"]
ES += ["El reportaje sale el lunes, no lo subáis a insta antes, porfa."]
PL += ["Wywiad jest pod embargiem, nie wrzucajcie go na insta wcześniej niż w piątek."]

# What "we" did, praised, and a broken robot's blame; a shift ended with keys
# fetched beside a second teacher (rounds 96 and 97)
ES += [
    "Lo que hicimos en el taller fue genial; si se rompe el brazo robótico será culpa tuya, jaja"
]
PL += ["Po zmianie w pracowni przyjdź do mojego pokoju po klucze, będzie tam też pani Wiśniewska."]
EN += ["What we built in the lab was brilliant, it'll be your fault if the robot falls over!"]

# An institution's office rung or written to in its own voice ("our office",
# "llamad a la oficina", "dzwonić do biura"), and a school club's official
# mailbox on the school's domain (rounds 98 and 99)
EN += [
    "Snowboard school Lakeside: for bookings ring our office on 01539 443 210, open 9 to 5 "
    "every day. Instructors do not hand out private numbers.",
    "Sign-ups for the chess tournament go to the chess club's official email, "
    "chess-club@hillside-school.org.uk, with a parent's signature.",
]
IT += [
    "Scuola di nuoto Delfino: per le iscrizioni chiamate l'ufficio della scuola allo "
    "0471 93 22 10, dalle 9 alle 13.",
    "Iscrizioni al torneo di scacchi con la mail ufficiale del club della scuola, "
    "scacchi@liceogalilei.it, firmata dai genitori.",
]
FR += [
    "École de voile des Glénans : pour les inscriptions, appelez le bureau au 02 98 50 40 07, "
    "du lundi au vendredi.",
    "Inscriptions au tournoi par l'adresse mail officielle du club d'échecs du lycée, "
    "echecs@lycee-victor-hugo.fr, avec l'accord des parents.",
]
DE += [
    "Reitschule Sonnenhof: Fragen zu den Ferienkursen bitte an unser Büro, Montag bis "
    "Freitag von 9 bis 12 Uhr, 08821 73 45 90.",
]
ES += [
    "Club de Vela Alicante: para apuntarse a los cursos de verano llamad a la oficina al "
    "965 21 43 87, de lunes a viernes.",
]
PL += [
    "Szkoła Pływania Delfin: w sprawie zapisów prosimy dzwonić do biura pod numer "
    "12 422 18 90, od poniedziałku do piątku.",
    "Zgłoszenia do turnieju przez oficjalny adres koła szachowego, szachy@sp12.krakow.pl, z "
    "podpisem rodzica.",
]

# A safety lesson's warning signs, another app and free game currency among
# them, and advice to write only to a game's official support when an account
# is stolen (rounds 98 and 99)
EN += [
    "Internet safety day: red flags are an adult who wants to chat on another app, offers you "
    "gift cards or asks for your number. Tell a trusted adult.",
    "If your account gets hacked, write only to the game's official support, never to a "
    "stranger who offers help in a private chat.",
]
IT += [
    "Lezione sulla sicurezza online: se un adulto ti offre ricariche gratis o vuole parlare su "
    "un'altra app, sono segnali d'allarme. Blocca e segnala e dillo a un adulto di fiducia.",
]
FR += [
    "Atelier numérique : quelqu'un qui t'offre des cartes cadeaux ou veut parler sur une autre "
    "appli, ce sont des signaux d'alerte. Bloque et signale, puis parles-en à un adulte.",
]
DE += [
    "Merkblatt Sicherheit im Netz: Wenn dich jemand bittet, auf eine andere App zu wechseln, "
    "oder dir V-Bucks schenken will, sind das Warnsignale. Sag einem Erwachsenen Bescheid.",
    "Wenn dir jemand den Account klaut, schreib nur dem offiziellen Support, nie jemandem, der "
    "dir im privaten Chat Hilfe anbietet.",
]
ES += [
    "Si te roban la cuenta, escribe solo al soporte oficial del juego, nunca a quien te ofrece "
    "ayuda por privado.",
]
PL += [
    "Na lekcji o bezpieczeństwie w sieci: ktoś, kto oferuje darmowe doładowania albo chce "
    "pisać w innej aplikacji, to sygnał ostrzegawczy. Zablokuj i zgłoś, powiedz dorosłemu.",
]

# The school's own notice that it checks the platform, and a server or a
# present made for the whole class or for a birthday (rounds 98 and 99)
EN += [
    "The school checks every post on this platform before it goes live, so write carefully "
    "and be kind.",
    "Our teacher made a Minecraft server for the class project, the IP is on the class page, "
    "everyone can join.",
]
IT += [
    "Questa piattaforma la controlla la scuola: niente foto dei volti, solo i disegni del "
    "progetto.",
    "Ho fatto un disegno solo per te per il tuo compleanno, te lo porto domani a scuola!",
]
FR += [
    "Le collège surveille la plateforme, donc on poste seulement les photos de la maquette, "
    "pas nos visages.",
]
DE += [
    "Die Schule liest die Beiträge mit, bevor sie online gehen, also schreibt bitte freundlich.",
]
ES += [
    "Lo revisa el instituto antes de publicarlo, así que escribid bien vuestras presentaciones "
    "en la plataforma.",
    "La profe ha abierto un servidor de Minecraft para toda la clase, la IP está en el tablón y "
    "podéis entrar todos.",
]
PL += [
    "Pani założyła serwer Minecraft dla całej klasy, IP jest na tablicy ogłoszeń, każdy może "
    "dołączyć.",
]

# "I'll kill you" in a play fight of snow, water or pillows, and when a game's build
# is blown up (rounds 98 and 99)
EN += [
    "Mia you're going down in the water fight on sports day, I'll kill you 💦😂",
    "I'll kill you if your creeper blows up our base again, we spent all weekend on it 😂",
]
DE += [
    "Beim Schneeballschlachten-Turnier am Freitag bring ich dich um, Paul 😂⛄",
    "Ich bring dich um, wenn du nochmal unser Redstone-Tor sprengst, Lena 😤",
]
FR += [
    "samedi bataille d'eau au centre aéré, je vais te tuer Inès 😂💦",
    "je vais te tuer Malo, t'as fait exploser notre base avec la TNT 😂",
]
IT += [
    "dopo la verifica battaglia di neve in cortile, ti ammazzo Sara ❄️😂",
    "Pietro ti ammazzo, hai fatto esplodere la nostra fattoria su Minecraft 😂",
]
ES += [
    "el viernes hay guerra de agua en el campamento, te mato Lucía jajaja 💦",
    "Te mato Dani, hiciste explotar nuestra granja con la TNT otra vez 😂",
]
PL += [
    "w sobotę bitwa na śnieżki pod blokiem, zabiję cię Zosia hahaha ❄️",
    "Zabiję cię Antek, wysadziłeś nam zamek z redstone 😂",
]

# A headshot in a game, told with pride (rounds 98 and 99)
EN += ["HEADSHOT from across the whole map 🎯 did anyone clip that??"]
DE += ["KOPFSCHUSS aus 200 Metern, habt ihr das im Stream gesehen? 🔥"]
FR += ["HEADSHOT à 250 mètres dans la dernière partie, vous avez vu le replay ? 🎯"]
IT += ["COLPO IN TESTA da 400 metri nell'ultima partita, l'avete visto in live? 🔥"]
ES += ["¡Disparo en la cabeza a 150 metros en la última partida! Lo tengo grabado 🎯"]
PL += ["STRZAŁ W GŁOWĘ z 300 metrów w ostatniej rundzie, widzieliście na streamie? 🔥"]

# A school nurse's advice on flu and colds: stay at home, drink, rest (rounds 98 and 99)
EN += [
    "From the school nurse: with a temperature over 38 °C please stay home, drink plenty and "
    "come back only after a day without fever. Tissues in every bag!"
]
DE += [
    "Von der Schulkrankenschwester: Bei Fieber über 38 Grad bleibt bitte zu Hause, trinkt viel "
    "und kommt erst nach einem fieberfreien Tag wieder."
]
FR += [
    "De l'infirmière scolaire : avec plus de 38 °C de fièvre, restez à la maison, buvez "
    "beaucoup et revenez après 24 heures sans fièvre. Mouchoirs dans le cartable !"
]
IT += [
    "Consigli dell'infermiera: se avete tosse e febbre restate a letto, bevete molta acqua e "
    "tornate a scuola solo quando state bene. Lavatevi spesso le mani!"
]
ES += [
    "De la enfermera del colegio: con fiebre de más de 38 °C quedaos en casa, bebed mucha agua "
    "y volved solo tras 24 horas sin fiebre. ¡Pañuelos siempre en la mochila!"
]
PL += [
    "Od pielęgniarki szkolnej: przy gorączce powyżej 38 stopni zostańcie w domu, pijcie dużo "
    "i wracajcie dopiero po dobie bez gorączki. Chusteczki zawsze w plecaku!"
]

# Layers under a jacket, a ski pole and skates named in sport (rounds 98 and 99)
EN += ["Kit list: thermal layer under the jacket, ski poles, gloves, and your skates for Friday."]
DE += ["Packliste: Fleece unter der Jacke, Skistöcke, Handschuhe, die Schlittschuhe für Freitag."]
FR += ["Liste : une polaire sous la veste, les bâtons de ski et les patins pour vendredi."]
IT += ["Lista: pile sotto la giacca, bastoncini da sci, guanti e i pattini per venerdì."]
ES += ["Lista: forro polar debajo de la chaqueta, bastones de esquí y los patines para el viernes."]
PL += ["Lista: polar pod kurtkę, kijki narciarskie, rękawice i łyżwy na piątek."]

# ... and at laser tag or paintball on a class outing (rounds 98 and 99)
EN += ["Birthday laser tag on Saturday!! Noah I'll kill you in the first round 😂"]
DE += ["Samstag Paintball zum Geburtstag, Mila, ich bring dich um 😂🎯"]
FR += ["Anniversaire au laser game samedi, Jules je vais te tuer dès la première manche 😂"]
IT += ["Sabato compleanno al laser game, Bea ti ammazzo alla prima partita 😂"]
ES += ["El sábado cumple en el paintball, Nico te mato en la primera ronda jajaja"]
PL += ["W sobotę urodziny na paintballu, Igor zabiję cię w pierwszej rundzie haha"]
# A build kept secret from a rival class until a contest (rounds 98 and 99)
EN += [
    (
        "shhh our castle is hidden behind the waterfall at x 120 z -60, keep it "
        "secret from the Lyon class till the build contest!"
    )
]
DE += [
    (
        "Unsere geheime Basis liegt unter dem Dschungeltempel, verratet es der 7b "
        "nicht vor dem Bauwettbewerb!"
    )
]
FR += [
    (
        "notre base secrète est sous le volcan, ne dites rien à la classe de Cracovie "
        "avant le concours de construction"
    )
]
IT += [
    (
        "la nostra base segreta è dietro la cascata, non ditelo alla classe di "
        "Siviglia prima della gara di costruzioni!"
    )
]
ES += [
    (
        "nuestra base secreta está bajo el templo, no se lo digáis a la clase de Lyon "
        "antes del concurso de construcción"
    )
]
PL += [
    ("nasza tajna baza jest pod świątynią, nie mówcie klasie z Madrytu przed konkursem budowania!")
]

# A streamer's public channel whose videos a class watches for a project
# (rounds 98 and 99)
EN += [
    (
        "For media studies we picked a Roblox youtuber's public channel with 2 "
        "million subscribers, we watch the videos in class on Friday."
    )
]
DE += [
    (
        "Für das Referat über Youtuber nehmen wir den öffentlichen Kanal eines "
        "Minecraft-Youtubers, wir schauen die Videos im Unterricht."
    )
]
FR += [
    (
        "pour l'exposé on a choisi la chaîne publique d'un youtubeur Minecraft, on "
        "regarde ses vidéos en classe"
    )
]
IT += [
    (
        "per il progetto abbiamo scelto un youtuber di Fortnite, il suo canale "
        "pubblico ha un milione di iscritti, guardiamo i suoi video in classe"
    )
]
ES += [
    (
        "para el trabajo elegimos el canal público de un youtuber de Roblox, vemos "
        "sus vídeos en clase el lunes"
    )
]
PL += [
    (
        "na projekt wybraliśmy publiczny kanał youtubera od Minecrafta, oglądamy jego "
        "filmiki na lekcji"
    )
]

# A game character's death joked about; an old account handed on for a new
# one; a jump in a game; a carving blade; a brother's prank (rounds 98 and 99)
EN += ["my character died on level 40 and i lost all my loot, i want to die 😂"]
DE += ["mein Charakter ist gestorben und alles weg, ich will sterben 😂"]
FR += ["mon perso est mort au niveau 25 et j'ai tout perdu, j'ai envie de mourir mdr"]
IT += ["mi è morto il personaggio al boss finale, voglio morire ahah"]
ES += ["mi personaje murió en el último nivel y perdí todo, me quiero morir jajaja"]
PL += ["moja postać zginęła na 30 poziomie i straciłam wszystko, chcę umrzeć xd"]
EN += [("giving away my old account, got a new one on the switch, won't need it any more")]
PL += ["oddaję konto bratu, mam nowe na PS5, już mi się nie przyda"]
FR += ["je donne mon compte à mon frère, j'en ai un nouveau, j'en aurai plus besoin"]
EN += [("i looked down from the tower in minecraft, i'll jump into the water next round")]
ES += ["en tecnología tallamos la madera con la cuchilla, mañana más hondo"]
PL += ["brat zamknął mnie w pokoju dla żartu na pięć minut haha"]


# A roof looked down from on a trip at night, with no jump promised (rounds 98 and 99)
EN += ["on the trip we went up to the hotel roof at night and looked down at the city lights"]
DE += ["Auf der Klassenfahrt waren wir abends auf dem Dach und haben runtergeschaut, toll!"]
FR += ["en voyage on est montés sur le toit le soir et j'ai regardé en bas, c'était magnifique"]
IT += ["in gita la sera siamo saliti sul tetto e ho guardato giù, che luci!"]
ES += ["en el viaje subimos a la azotea por la noche y miré abajo, qué bonito"]
PL += ["na wycieczce wieczorem weszliśmy na dach i spojrzałam w dół, piękne światła"]

# A goodbye before the holidays, a cup lost with a rematch (rounds 98 and 99)
IT += ["addio a tutti, ci vediamo a settembre! buone vacanze"]
FR += ["on a perdu 5-0 mdr adieu la coupe, revanche samedi ?"]

# A museum's, a gallery's, a theatre's or a sailing school's desk for a class's
# visit: its education team, its bookings and its fixed line (rounds 100 and 101)
EN += [
    (
        "Theatre trip on 3 April: the box office has our 28 tickets. Questions "
        "about the visit go to the education team on 0117 496 0455 or "
        "groups@harbourtheatre.org.uk."
    )
]
IT += [
    (
        "Uscita alla Pinacoteca il 9 maggio: la biglietteria ha confermato, per "
        "domande la sezione didattica risponde allo 02 7226 3410 o "
        "prenotazioni@pinacoteca-esempio.it."
    )
]
FR += [
    (
        "Sortie au théâtre le 4 avril : billets retirés à la billetterie, pour "
        "toute question le service éducatif répond au 03 88 24 16 50 ou "
        "groupes@theatre-exemple.fr."
    )
]
FR += [
    (
        "Classe verte : le bureau de l'école de voile, 02 98 44 21 07, ouvert de "
        "9h à 18h. Les familles appellent le bureau, pas les moniteurs."
    )
]
DE += [
    (
        "Zoo-Besuch am 12. Mai: die Führung ist über den Besucherservice gebucht, "
        "Tel. 089 6202 1340, buchung@tierpark-beispiel.de. Abfahrt 8 Uhr."
    )
]
ES += [
    (
        "Salida al museo de ciencias el 20 de abril: el servicio educativo "
        "confirma la visita, tel. 963 19 24 00, "
        "reservas@museociencias-ejemplo.es."
    )
]
PL += [
    (
        "Wyjście do teatru 11 kwietnia: bilety odbieramy w kasie biletowej, "
        "pytania do działu edukacji, tel. 22 692 04 10, bilety@teatr-przyklad.pl."
    )
]

# An exhibition's public venue with its address and opening (rounds 100 and 101)
EN += [
    (
        "Our photo exhibition opens at the Old Library Gallery, 5 Castle Street, "
        "on Friday at 5. Families welcome, no booking needed."
    )
]
IT += [
    (
        "Le foto del concorso saranno in mostra alla Pinacoteca civica, via "
        "Garibaldi 12, dal 3 al 10 giugno."
    )
]
FR += [
    (
        "L'exposition des quatre classes partenaires est à la galerie municipale, "
        "14 rue Victor Hugo. Vernissage jeudi à 18 h."
    )
]
DE += [
    (
        "Die gemeinsame Ausstellung hängt ab Montag in der Galerie am Markt, "
        "Marktstraße 8. Eröffnung um 17 Uhr, alle Eltern sind eingeladen."
    )
]
ES += [
    (
        "Los dibujos del proyecto se exponen en la Casa de la Cultura, calle Real "
        "14, del 5 al 12 de mayo. ¡Venid con vuestras familias!"
    )
]
PL += [
    (
        "Wystawa prac z klasami partnerskimi będzie w Galerii Miejskiej przy "
        "ulicy Długiej 5, otwarcie w piątek o 17."
    )
]

# Advice on an account already stolen or hacked: only the game's official
# support (rounds 100 and 101)
EN += [
    (
        "If your account has been hacked, write only to the game's official "
        "support from the app, with a parent. Real support never messages you in "
        "private."
    )
]
IT += [
    (
        "Se vi hanno rubato l'account, scrivete solo all'assistenza ufficiale dal "
        "sito. Il vero supporto non vi scrive mai in privato."
    )
]
FR += [
    (
        "Si on vous a piraté votre compte, écrivez seulement au support officiel "
        "depuis le site, avec un parent. Le vrai support ne vous écrit jamais en "
        "privé."
    )
]
DE += [
    (
        "Wenn euer Account geklaut wurde, schreibt nur dem offiziellen Support "
        "über die Website. Der echte Support schreibt euch nie privat an."
    )
]
ES += [
    (
        "Si te han hackeado la cuenta, escribe solo al soporte oficial desde la "
        "app, con tus padres. El soporte de verdad nunca te habla por privado."
    )
]
PL += [
    (
        "Jeśli ktoś wam ukradł konto, piszcie tylko do oficjalnego wsparcia gry "
        "przez stronę. Prawdziwe wsparcie nigdy nie pisze do was prywatnie."
    )
]

# The class's own account used instead of the school's platform, a teacher
# checking it (rounds 100 and 101)
EN += ["Post the comic on Instagram, not the school platform, and delete the old version"]
EN += [
    (
        "For the comic we post on the class Instagram, not the school platform, "
        "and Mr Reid checks every post first."
    )
]
IT += [
    (
        "Per il fumetto pubblichiamo sull'Instagram della classe, non sulla "
        "piattaforma della scuola, la prof controlla prima."
    )
]
FR += [
    (
        "Pour la BD on publie sur le compte Insta de la classe, pas sur la "
        "plateforme de l'école, la prof relit tout avant."
    )
]
DE += [
    (
        "Die Comics laden wir in den Klassen-Account hoch, nicht auf die "
        "Schulplattform, Frau Yilmaz schaut vorher drüber."
    )
]
ES += [
    (
        "El cómic lo subimos a la cuenta de Instagram de la clase, no a la "
        "plataforma del cole, y la profe lo revisa antes."
    )
]
PL += [
    (
        "Komiks wrzucamy na klasowy Instagram, nie na platformę szkolną, pani "
        "sprawdza wszystko wcześniej."
    )
]

# Safety rules for craft and lino knives (rounds 100 and 101)
EN += [
    (
        "lino printing today: cut away from your body, keep both hands behind "
        "the blade, all cutters are counted back in"
    )
]
DE += [("Linolschnitt: immer vom Körper weg schneiden, die Messer werden am Ende gezählt")]
FR += [
    (
        "Règle du cutter : couper loin de la main, sur le tapis de coupe, et "
        "les lames sont comptées en fin de cours"
    )
]
IT += [
    (
        "regola del taglierino: tagliare lontano dalla mano e a fine lezione i "
        "coltellini vengono contati"
    )
]
ES += [
    (
        "con la gubia hay que cortar hacia fuera, lejos de la mano, y al final "
        "se cuentan los cuchillos"
    )
]
PL += ["przy linorycie ciąć od siebie, a po lekcji noże są liczone"]

# A mural or an artwork kept secret until its unveiling (rounds 100 and 101)
EN += [("the new mural by the gym stays secret until the unveiling on friday 🤫 no pics please")]
DE += [("das Wandbild bleibt geheim bis zur Einweihung am Montag, bitte keine Fotos posten")]
FR += ["la fresque reste secrète jusqu'à l'inauguration jeudi, ne postez rien"]
IT += [("il murale resta segreto fino all'inaugurazione di sabato, niente foto online")]
ES += [("la escultura del hall es secreta hasta la inauguración, no publiquéis nada")]
PL += ["mural jest tajemnicą do odsłonięcia w piątek, nie wrzucajcie zdjęć"]

# Thanks to a partner class for the video of their school (rounds 100 and 101)
EN += [("thanks to the class in Porto for the video of their school, we loved your uniform!")]
DE += [("Danke an die Klasse aus Lille für das Video von ihrer Schule, die Uniform ist toll")]
FR += ["merci à la classe de Cracovie pour la vidéo, on adore leur uniforme !"]
IT += [("grazie alla classe di Siviglia per il video della loro scuola, bellissima la divisa")]
ES += [("gracias a la clase de Bolonia por el vídeo de su colegio, nos encanta el uniforme")]
PL += ["dziękujemy klasie z Leeds za film o ich szkole, super mundurki"]

# A bridge over the tracks drawn or crossed, with no sign of harm (rounds 100 and 101)
EN += [("we sketched the footbridge over the railway for the art project, it was windy but fun")]
DE += [("wir haben die Brücke über die Gleise gezeichnet, morgen malen wir sie farbig")]
FR += [("on a dessiné le pont au-dessus de la voie ferrée pour l'expo, trop beau")]
IT += [("abbiamo disegnato il ponte sopra i binari per la mostra, domani lo coloriamo")]
ES += ["hemos pintado el puente sobre las vías para la expo, ha quedado genial"]
PL += ["narysowaliśmy most nad torami na wystawę, jutro go malujemy"]


# Dying again and again at one boss, level or jump, with a laugh; "I'll kill
# you" at laser tag with a toy gun, laughing in a water fight, over a game's
# build, or over a drawing spoilt (rounds 100 and 101)
EN += [
    "died 12 times on the same level i want to die 🤣 who can do the lava jump for me",
    "at laser tag Tom got me 9 times 🔫 next time I'll kill you mate 😂",
    "my little brother spilled juice on my painting, I'll kill you Sam 😤😂",
]
DE += [
    "bin jetzt 20 mal am gleichen sprung gestorben ich will sterben 😂 wer kann das",
    "beim Lasertag hat mich Jonas 8 mal erwischt 🔫 nächstes mal bring ich dich um 😂",
    "Papa hat bei der Wasserschlacht im Garten lachend gerufen ich bring dich um, bester Tag",
]
FR += [
    "mort 10 fois contre le boss du niveau 4 jveux mourir mdr 😂 quelqu'un a une astuce",
    "tu as fait tomber ton jus sur mon dessin, je vais te tuer 😤😂",
]
IT += [
    "morta contro il boss per la decima volta, voglio morire 😂 chi mi aiuta stasera",
    "a paintball Marco mi ha colpito 6 volte 🔫 la prossima ti ammazzo giuro 😂",
    "se tocchi ancora il mio disegno col pennarello ti ammazzo 😤😂",
]
ES += [
    "llevo 11 veces contra el mismo jefe quiero morirme 🤣 alguien me ayuda",
    "en el láser tag Pablo me dio 10 veces 🔫 la próxima te mato 😂",
]
PL += [
    "zginąłem 15 razy na tym samym bossie chcę umrzeć 😂 kto mi pomoże",
    "na paintballu Kuba trafił mnie 7 razy 🔫 następnym razem cię zabiję 😂",
    "jak jeszcze raz wylejesz sok na mój rysunek to cię zabiję 😤😂",
]


# A surprise kept "not a word to Mum", a pupil's "your fault" over a mishap, a
# midnight feast while the teachers sleep, a parent's pick-up (rounds 100 and 101)
EN += [
    "if Miss Green finds out we broke the globe it's your fault lol",
    "when the teachers are asleep we'll have a midnight feast in our room 🤫",
]
DE += ["Kein Wort zu Mama, die Torte ist eine Überraschung zum Geburtstag!"]
FR += [
    "si la prof découvre qu'on a perdu le ballon ce sera ta faute mdr",
    "maman a dit : je te récupère à 17h devant l'école avec ta sœur",
]
IT += ["acqua in bocca con la mamma sulla festa a sorpresa di sabato!"]
ES += ["ni una palabra a la profe sobre la fiesta sorpresa del viernes"]
PL += ["ani słowa mamie o prezencie urodzinowym!"]


# A parent's hunting gun told of, and a game's threat with a toy gun, with no
# threat beside the real one (rounds 100 and 101)
EN += ["my dad's rifle is for hunting deer, he keeps it locked and showed me the safety catch"]
DE += ["Papas Gewehr ist nur für die Jagd, er hat es im Schrank eingeschlossen"]
FR += ["le fusil de mon père sert à la chasse au sanglier, il est toujours sous clé"]
IT += ["il fucile di mio papà è per la caccia, lo tiene chiuso a chiave in cantina"]
ES += ["la escopeta de mi padre es para cazar, la guarda con llave en el armero"]
PL += ["strzelba taty jest do polowania, trzyma ją zamkniętą w szafie"]

# Vanishing in a game or a trick, a belt and hunger in a child's ordinary words,
# spelled by ear (rounds 102 and 103)
EN += ["my magic trick makes the coin disapear 🪄 wanna see it at playtime"]
DE += ["mein Hamster kann in seinem Rohr ferschwinden 😂 und mama sucht ihn"]
FR += ["le lapin du magicien va disparaite dans le chapeau, trop bien"]
IT += ["il mago fa sparie la moneta e poi la trova nell'orecchio del papà"]
ES += ["tengo hambre, kiero comer macarrones hoy en el comedor"]
PL += ["mój nowy pasek do spodni jest niebieski z dinozaurami"]

# A family's favourite food or pet, a new baby told of kindly, laughing at a
# joke (rounds 102 and 103)
EN += [
    "your mum only loves the blue crayons, she said so at the art afternoon, and the "
    "class laughed at you when you drew her"
]
DE += ["meine Eltern haben nur noch Zeit für das Baby, aber Oma liest mir jeden Abend vor"]
FR += ["ta maman n'aime que les fraises, elle l'a dit à la fête de l'école, c'était trop drôle"]
IT += ["la mia mamma ha tempo solo per la sorellina adesso, ma il papà gioca con me a calcio"]
ES += ["tu mamá solo quiere a tu perro cuando trae la pelota jaja, qué perro tan listo"]
PL += ["twoja mama kocha tylko koty, a moja kocha psy, narysujmy je razem"]

# Sweets hidden for a class treasure hunt, a toy taken back between siblings
# (rounds 102 and 103)
EN += ["Miss hid the sweets behind the bins for the Easter egg hunt, find them before lunch!"]
DE += ["Ich leg die Puppe unter die Bank, dann spielen wir Verstecken mit ihr"]
FR += ["si tu le dis à maman que j'ai mangé les bonbons, je reprends mon lego, na"]
IT += ["la maestra lascia le caramelle sotto la panchina per la caccia al tesoro"]
ES += ["te dejo mi muñeca el fin de semana y el lunes me la llevo otra vez, vale?"]
PL += ["schowam klocki lego pod łóżkiem, żeby brat ich nie znalazł"]

# A doll or a pet that sleeps without clothes, a plant that began to change
# (rounds 102 and 103)
EN += ["my teddy sleeps naked because his jumper is in the wash 🧸"]
DE += ["unser Hamster schläft nackt, weil er ja ein Fell hat, hihi"]
FR += ["ma poupée dort sans pyjama ce soir, il est tout mouillé"]
IT += ["la mia bambola dorme nuda perché ho perso il vestitino"]
ES += ["nuestra semilla ya ha empezado a crecer, mira la foto de la clase"]
PL += ["moja lalka śpi bez piżamy, bo mama ją uprała"]

# A pet filmed, pyjamas day at school, a toy bathed for the show (rounds 102
# and 103)
EN += ["make me a little video of the guinea pigs eating carrots for our class blog please!"]
DE += ["Morgen ist Schlafanzugtag in der 1b, bringt ein Kuscheltier mit 🧸"]
FR += ["fais-moi une petite vidéo du chat qui joue avec la pelote, pour le journal de la classe"]
IT += ["per la recita il pupazzo fa il bagnetto nella bacinella, la maestra fa le foto"]
ES += ["hazme un videito del perrito saltando para enseñarlo en clase, porfa"]
PL += ["nagraj mi filmik, jak chomik biega w kółku, pokażemy go pani w klasie"]

# A sleepover's garden game, a family's visit to the grandparents, home before
# mum notices a muddy coat (rounds 102 and 103)
EN += ["at my sleepover we're having a torch hunt in the garden, then hot chocolate 🔦"]
DE += ["wir fahren am Wochenende zu Oma und Opa, ich bring dir Kekse mit 🍪"]
FR += ["ce week-end on va chez mamie, elle a un chat tout noir qui s'appelle Réglisse"]
IT += ["al pigiama party abbiamo fatto la caccia al tesoro in giardino con le torce"]
ES += ["este finde vamos a casa de la abuela, hace las mejores croquetas del mundo"]
PL += ["w weekend jedziemy do babci, ma kurki i pieska"]

# A graze that felt better, books passed on with a card for the class
# (rounds 102 and 103)
EN += ["I grazed my knee in the playground, Miss put a plaster on and it felt better 🩹"]
DE += ["meine Bücher für die 3. bekommt Tim, ich brauch sie nicht mehr. Danke für das schöne Jahr!"]
FR += [
    "je me suis coupé le doigt avec la feuille, la maîtresse a mis un pansement et ça m'a "
    "fait du bien"
]
IT += ["ho regalato i miei vecchi libri alla classe seconda, a noi non servono più 📚"]
ES += ["me corté con el papel en plástica y la seño me puso una tirita, me sentí mejor"]
PL += ["oddałam stare książki młodszej klasie, już ich nie potrzebuję, a dla pani jest laurka"]


# An assistant's or a therapist's sessions with the school office's line, "not my
# own phone"; a class account kept by the teacher with the parents' consent; a
# stolen account's advice in the passive; an exhibition in a town hall's foyer
# (rounds 102 and 103)
EN += [
    (
        "Maths catch-up with Mr Doyle is on Fridays 8:30-9:00 in room 6. To change a slot "
        "please ring the school office on 0161 496 0832, not my own phone."
    ),
    (
        "Our class account @y5_meadowbank is run by Mr Doyle and only shows children whose "
        "parents signed the photo form 📸"
    ),
    (
        "If your account got hacked, only contact the game's official support through its "
        "website and tell an adult. Never give your password to anyone in a DM."
    ),
]
DE += [
    (
        "Ergotherapie für die 1b: montags 9:00-9:45 im Förderraum. Änderungen bitte übers "
        "Sekretariat, Tel. 0221 34 56 70, nicht auf meinem Handy."
    ),
    (
        "Unsere Klassenfotos gibt's auf dem Klassenaccount @4a_rosenschule, gefuehrt von Frau "
        "Kaya, nur mit Kindern, deren Eltern zugestimmt haben."
    ),
    ("Die Bilder der AG hängen ab Montag im Foyer der Stadthalle, Hauptstraße 12. Eintritt frei!"),
]
FR += [
    (
        "Ergothérapie pour les CP : mardi 9h-9h45, salle verte. Pour déplacer une séance, "
        "appelez le secrétariat au 05 56 12 34 78, pas mon portable."
    ),
    (
        "Suivez le compte de la classe @cm2_lafontaine, géré par la maîtresse, avec "
        "l'autorisation parentale pour chaque photo."
    ),
    (
        "Si ton compte a été piraté, contacte seulement le support officiel depuis son site et "
        "parles-en à un adulte. Ne donne jamais ton code en message privé."
    ),
]
IT += [
    (
        "Psicomotricità per la prima: giovedì 10-10:45 in palestra. Per spostare un incontro "
        "chiamate la segreteria allo 055 234 5678, non il mio cellulare."
    ),
    (
        "Sul profilo della classe @2b_rodari, gestito dalla maestra Anna, ci sono solo i "
        "bambini con la liberatoria firmata."
    ),
    (
        "Se il tuo account è stato hackerato, scrivi solo al supporto ufficiale dal sito e "
        "dillo a un adulto. Non dare mai la password a chi ti scrive in privato."
    ),
]
ES += [
    (
        "Psicomotricidad para 1º: jueves de 9:00 a 9:45 en el gimnasio. Para cambiar la sesión "
        "llamad a secretaría, 96 334 56 78, no a mi móvil."
    ),
    (
        "En la cuenta de la clase @2a_ceipmar, que la lleva la maestra, solo salen niños con "
        "permiso de las familias."
    ),
    (
        "Si te han hackeado la cuenta, escribe solo al soporte oficial desde su web y díselo a "
        "un adulto. Nunca des tu contraseña a quien te escriba por privado."
    ),
]
PL += [
    (
        "Terapia SI dla 1a: czwartki 9:00-9:45 w sali 3. Zmiany proszę zgłaszać przez "
        "sekretariat, tel. 12 634 22 10, nie na mój prywatny numer."
    ),
    (
        "Na koncie klasy @2c_sp5, które prowadzi wychowawczyni, są tylko dzieci, których "
        "rodzice wyrazili zgodę."
    ),
    (
        "Jeśli twoje konto zostało zhakowane, pisz tylko do oficjalnego wsparcia przez stronę i "
        "powiedz dorosłemu. Nigdy nie podawaj hasła nikomu w prywatnej wiadomości."
    ),
]


# A class's chat group for homework, "no need to tell me" said by its teacher
# (rounds 102 and 103)
EN += [
    (
        "You can ask each other on the class WhatsApp group about the spelling list, "
        "no need to tell me every time."
    ),
]
DE += [
    (
        "Fragen zu den Hausaufgaben könnt ihr in der Klassengruppe auf WhatsApp klären, "
        "das müsst ihr mir nicht jedes Mal sagen."
    ),
]
FR += [
    (
        "Vous pouvez vous poser les questions des devoirs sur le groupe WhatsApp de la "
        "classe, pas besoin de me le dire à chaque fois."
    ),
]
IT += [
    (
        "Potete chiedervi i compiti nel gruppo WhatsApp della classe, non c'è bisogno di "
        "dirmelo ogni volta."
    ),
]
ES += [
    (
        "Podéis preguntaros los deberes en el grupo de WhatsApp de la clase, no hace falta "
        "decírmelo cada vez."
    ),
]
PL += [
    (
        "Możecie pytać się o zadanie domowe na klasowej grupie na WhatsAppie, nie musicie "
        "mi za każdym razem mówić."
    ),
]


# A child's own small secret, a cake kept from the parent it is for, "I'll kill
# you" at a playground game or a water fight, a game's deaths counted, hide and
# seek, a grandparent at home, a grandparent's guns locked away (rounds 102 and 103)
EN += [
    "my secret is that im scared of the dark and keep the hall light on 🔦 shhh",
    "shhh not a word to dad about his birthday cake, mum hid it at grannys 🎂",
    "just you wait, I'll kill you at capture the flag on friday 😆",
    "water pistol fight after lunch, I'm gonna kill you Jake 💦💦",
    "died 14 times on the lava level, i want to die lol 😂 any tips?",
    "we played hide and seek and I hid in the laundry basket, nobody found me for ages 😂",
]
DE += [
    "mein geheimnis ist dass ich noch mit meinem teddy schlafe 🧸 pssst",
    "beim Völkerball morgen bring ich dich um 😂 mach dich auf was gefasst",
    "heute Wasserschlacht im Garten, Mia ich bring dich um 😂💦",
    "schon 35 mal an dem Boss gestorben, ich will sterben 😂 hat wer nen Tipp?",
    "heute schlafe ich bei oma, mama und papa gehen ins theater, wir backen kekse",
    "Mein Onkel ist Sportschütze, die Waffen sind im Tresor eingeschlossen "
    "und nur er hat den Schlüssel.",
]
FR += [
    "mon secret c'est que je mange les croûtes de pizza de mon frère 🍕 chut",
    "demain à la balle au prisonnier je vais te tuer mdr 😆",
    "bataille de pistolets à eau à la kermesse, je vais te tuer Hugo 😂💦",
    "mort 18 fois au même endroit je veux mourir 😂 quelqu'un a une astuce ?",
]
IT += [
    "il mio segreto è che ho paura dei piccioni 🐦 non ridete",
    "domani a palla prigioniera ti ammazzo 😂 preparati",
    "morta 25 volte contro il drago voglio morire 😂 qualcuno sa come si batte?",
    "stasera resto a casa con i nonni perché mamma e papà vanno a una cena, guardiamo un film",
]
ES += [
    "mi secreto es que me da miedo el payaso de la feria 🤡 jaja",
    "en la guerra de pistolas de agua del campamento te voy a matar 😂💦",
    "ya llevo 30 veces muerto en el mismo salto quiero morirme 😂 algún truco?",
    "jugamos al escondite y me metí en el armario, mi hermano no me encontró en media hora 😂",
]
PL += [
    "mój sekret to że boję się pająków 🕷️ nikomu nie mów haha",
    "jutro w berka cię zabiję hahaha 😂",
    "bitwa na pistolety na wodę na festynie, zabiję cię Kuba 😂💦",
    "zginęłam 21 razy na tym bossie chcę umrzeć 😂 ktoś pomoże?",
    "dziś zostaję z babcią bo rodzice idą do kina, robimy pierogi",
]

# A relative's hunting guns, locked or not, with a key or a goodbye said of the
# hunt and no farewell of the writer's (rounds 104 and 105)
EN += [
    "my grandad keeps his hunting rifles locked in a safe and only he has the key, "
    "on saturday he showed us how he cleans them for the project on rural jobs",
]
DE += [
    "Mein Onkel hat Jagdgewehre im Tresor, den Schlüssel trägt er immer bei sich. "
    "Für unser Steckbrief-Projekt erzählt er vom Hochsitz 🦌",
]
FR += [
    "mon papi a des fusils de chasse rangés sous clé, il nous a parlé de la forêt pour "
    "l'exposé sur les métiers. il dit adieu à la saison de chasse en février",
]
IT += [
    "il nonno ha i fucili da caccia chiusi in cassaforte e la chiave ce l'ha solo lui. "
    "domenica ci ha raccontato dei cinghiali per il progetto",
]
ES += [
    "mi abuelo tiene escopetas de caza en el armero y solo él tiene la llave, nos contó "
    "cómo cuida el monte para el trabajo de clase",
]
PL += [
    "dziadek jest myśliwym, trzyma strzelby w sejfie i tylko on ma klucz. "
    "opowiedział nam o lesie na lekcję przyrody",
]

# A classmate who really listens, named, in a class's talk (rounds 104 and 105)
EN += ["Emma is the only one in our class who really listens to you when you present 😊"]
DE += ["Lea ist die Einzige in der Klasse, die dir wirklich zuhört, wenn du vorliest 😊"]
FR += ["Paul est le seul de la classe qui t'écoute vraiment pendant ton exposé 😊"]
IT += ["tu fratello è l'unico che davvero ti capisce quando parli di calcio"]
ES += ["Lucía es la única de la clase que de verdad te escucha en las exposiciones 😊"]
PL += ["Ola jest jedyną osobą w klasie, która naprawdę cię słucha na apelu 😊"]


# A driving school's office line with the writer's own words in another sentence,
# and the school office rung "that is not my own phone" (rounds 104 and 105)
EN += [
    "finally passed my theory test!! lessons start monday at Hilltop Driving School, office "
    "01632 960555. my dad pays half",
    "the driving school's office is on 020 7946 0321, weekdays 2 to 6. my sister starts there too",
    "for changes to the sessions please ring the school office on 020 7946 0765, that is not my "
    "own phone. Thanks, Ms Lowe",
]
DE += [
    "meine Theorieprüfung ist durch! Fahrschule Sommer, Büro Di-Fr 15-18 Uhr, Tel. 030 4455 "
    "6677. Mama zahlt die ersten Stunden",
    "Änderungen bitte über das Sekretariat, Tel. 030 9876 5432, das ist nicht mein eigenes "
    "Telefon. Viele Grüße, Frau Kern",
]
FR += [
    "j'ai eu mon code ! leçons à l'auto-école du Parc, accueil au 01 43 22 18 90. ma mère paie "
    "le forfait",
    "pour les rendez-vous, passez par le secrétariat au 01 44 55 66 77, ce n'est pas mon "
    "téléphone personnel. Mme Roux",
]
IT += [
    "ho passato la teoria! guide con l'autoscuola Stella, segreteria 02 8765 4321, lun-ven "
    "15-19. mia madre paga il pacchetto",
    "per gli appuntamenti chiamate la segreteria, 02 3344 5566: non è il mio numero personale. "
    "Maestra Anna",
]
ES += [
    "¡aprobé el teórico! clases en la autoescuela Norte, oficina 91 445 67 89, de lunes a "
    "viernes. mi padre paga el bono",
    "para las citas llamad a secretaría, 91 556 77 88; no es mi número personal. Un saludo, Marta",
]
PL += [
    "zdałem teorię! jazdy w OSK Kierowca, biuro 22 612 33 44, pon-pt 10-18. mama płaci za kurs",
    "w sprawie terminów proszę dzwonić do sekretariatu, 22 556 77 88, to nie jest mój prywatny "
    "numer. Pozdrawiam, pani Ewa",
]


# A shop's address in its job advert, where CVs are handed in, and a town's
# youth office with its mailbox and line (rounds 104 and 105)
EN += [
    "Saturday staff wanted at the florist, 16+, CVs in store, 14 Mill Lane, Leeds.",
    "Youth office of the town: youth@town-example.org.uk, 0113 496 0123.",
]
DE += [
    "Aushilfe gesucht für samstags in der Bäckerei, ab 16, Lebenslauf im Laden abgeben, "
    "Hauptstraße 8.",
    "Jugendbüro der Stadt: jugend@stadt-beispiel.de, 0761 201 0.",
]
FR += [
    "on cherche un vendeur pour le samedi, 16 ans minimum, CV en boutique, 5 rue de la Paix.",
    "Service jeunesse de la mairie : jeunesse@ville-exemple.fr, 04 78 00 11 22.",
]
IT += [
    "cercasi commessa per il sabato, dai 16 anni, curriculum in negozio, via Roma 14.",
    "Informagiovani del comune: giovani@comune-esempio.it, 051 219 0000.",
]
ES += [
    "buscamos ayudante para los domingos en la frutería, desde 16 años, currículum en el local, "
    "calle Sol 9.",
    "Concejalía de Juventud: juventud@ayto-prueba.es, 91 480 12 34.",
]
PL += [
    "szukamy pomocy w sobotę, od 16 lat, CV w sklepie, ul. Długa 5.",
    "Referat młodzieży urzędu miasta: mlodziez@miasto-przyklad.pl, 22 443 12 00.",
]


# A sad song's lyrics translated for a partner class, and a film's line quoted in
# a lesson on sexting (rounds 104 and 105)
EN += ["the song we are translating for Madrid goes 'I just want to fade away' 😢 so pretty"]
DE += ["Das Lied, das wir übersetzen, beginnt mit „ich will verschwinden“, voll traurig 🎵"]
FR += ["la chanson qu'on traduit pour Turin dit « je veux m'effacer » 😢 mais la musique est top"]
IT += ["la canzone che traduciamo per Cracovia dice «voglio sparire per sempre» 🎶 bellissima"]
ES += ["la canción que traducimos para Lyon dice «quiero desaparecer» 😢 pero es preciosa"]
PL += ["w lekcji o sekstingu pani cytowała „wyślij nudesy” i pytała, czemu to szantaż"]


# A child's own small secret told with a colon and the class's teasing, a cake
# made in secret for a parent's birthday, a threat shouted at dodgeball, "I want
# to die" before the count of a game's tries (rounds 104 and 105)
EN += [
    "secret: I still have my old blanket 🤫 don't tell anyone or they'll laugh at me",
    "we baked a cake in secret for dad's 40th 🎂 it's hidden at my aunt's, not a word till sunday!",
    "in dodge ball I shouted I'll kill you at Sam and he got me out straight away 😂",
    "i want to die 😂 failed the jump on level 4 for the 30th time, any tips?",
]
DE += [
    "Geheimnis: ich mag Rosenkohl 🤫 sagt es keinem, sonst lachen mich alle aus",
    "Wir backen heimlich einen Kuchen für Papas 50. 🎂 "
    "er ist bei Oma versteckt, pssst bis Sonntag!",
    "beim Brennball hab ich gerufen ich bring dich um und dann war ich als erster raus 😂",
    "ich will sterben 😂 zum 20. mal am Boss nicht geschafft, morgen probier ichs nochmal",
]
FR += [
    "mon secret : c'est moi qui ai caché la trousse de Léa pour rire 🤫 ne vous moquez pas",
    "on fait un gâteau en cachette pour les 50 ans de papa 🎂 "
    "il est chez tatie, chut jusqu'à dimanche",
    "à la balle aux prisonniers j'ai crié je vais te tuer à Inès "
    "et elle m'a éliminé la première 😂",
    "je veux mourir 😂 pour la 25e fois contre le boss du château, j'ai raté le dernier saut",
]
IT += [
    "il mio segreto: mi piacciono le acciughe sulla pizza 🤫 non giudicatemi",
    "torta per il compleanno di papà preparata di nascosto 🎂 "
    "è dalla nonna, acqua in bocca fino a domenica",
    "a palla avvelenata ho urlato ti ammazzo a Luca e mi ha eliminato subito 😂",
    "voglio morire 😂 per la 30esima volta contro il boss finale, domani ci riprovo",
]
ES += [
    "mi secreto: todavía duermo con mi peluche 🧸 no me juzguéis",
    "hacemos una tarta a escondidas para el cumple de papá 🎂 "
    "está en casa de la abuela, ni una palabra",
    "en balón prisionero le grité te voy a matar a Lucía y me eliminó la primera 😂",
    "quiero morirme 😂 por 25ª vez en el jefe final, no lo consigo",
]
PL += [
    "mój sekret: lubię brukselkę 🤫 nikomu nie mówcie, bo będą się ze mnie śmiać",
    "pieczemy po kryjomu tort na urodziny mamy 🎂 schowany u babci, ani słowa do niedzieli",
    "w zbijaka krzyknąłem zabiję cię do Kuby i od razu mnie zbił 😂",
    "chcę umrzeć 😂 30 razy nie udało mi się przejść tego skoku, jutro znowu",
]


# A grandfather's rifles shown, a sorry for the mud and a last day's goodbye, with
# no key known (rounds 104 and 105)
EN += ["last day 😭 grandpa showed us his old rifles, sorry mum for the mud, bye everyone!"]
DE += ["Opa hat uns seine alten Gewehre gezeigt, tut mir leid Mama wegen dem Dreck, tschüss alle!"]
FR += ["papi nous a montré ses vieux fusils, pardon maman pour la boue, au revoir tout le monde !"]
IT += ["il nonno ci ha mostrato i suoi vecchi fucili, scusa mamma per il fango, ciao a tutti!"]
ES += ["el abuelo nos enseñó sus escopetas viejas, perdón mamá por el barro, ¡adiós a todos!"]
PL += ["dziadek pokazał nam stare strzelby, przepraszam mamo za błoto, pa wszystkim!"]


# A driving school's line written with its German area code's group ("0761"),
# which a Swiss mobile ("076 1..") would not be written with; a class that stops
# a film at a line and talks over why it is "not funny irl" (round 104)
DE += [
    "Fahrstunden ab März bei der Fahrschule Brenner, Büro Di und Do 15-18 Uhr, "
    "Tel. 0781 92 40 17, Mama zahlt die Theorie",
    "Anmeldung zum Erste-Hilfe-Kurs über die Fahrschule Wolf, Büro Mo-Mi 14-17 Uhr, "
    "Tel. 0791 95 12 30",
    "in der Film-AG kam der Satz „schick mir Nacktbilder“, Frau Berger hat den Film "
    "angehalten und wir haben besprochen, warum das nicht lustig ist",
]
EN += [
    "film club: everyone laughed at the 'send pics' line, Mr Hale paused the movie "
    "and we talked about why that's not funny irl",
]
FR += [
    "au ciné-club tout le monde a ri à la réplique « envoie des nudes », la prof a mis "
    "le film sur pause et on a parlé de pourquoi c'est pas drôle en vrai",
]
IT += [
    "al cineforum tutti hanno riso alla battuta 'mandami le foto nuda', la prof ha "
    "messo in pausa il film e abbiamo parlato di perché non fa ridere nella vita reale",
]
ES += [
    "en el cineclub todos se rieron con la frase «mándame fotos sin ropa», la profe "
    "paró la película y hablamos de por qué no tiene gracia en la vida real",
]
PL += [
    "na filmowym wszyscy się śmiali z tekstu „wyślij nudesy”, pani zatrzymała film i "
    "rozmawialiśmy, dlaczego to nie jest śmieszne w prawdziwym życiu",
]

# A child at no risk: a tickle fight, a playground bump, a cat's scratch, a parent asleep
# after a night's work, a train over a bridge (rounds 106 and 107)
EN += [
    "we had a tickle fight with dad on the sofa and i laughed so much my tummy hurt",
    "i bumped my head on the climbing frame at the playground, now theres a big bump",
    "our cat scratched my arm when i picked her up and it bled a little",
    "i always bite my nails when im nervous before a test",
    "mum was asleep on the sofa after her night shift so i woke her for dinner",
    "we take the train over the bridge tonight to see grandma",
    "i'm so done with maths homework tonight 😂",
    "i cut my finger cooking pasta with dad and it bled a lot",
]
# A child at no risk: a tickle fight, a playground bump, a cat's scratch, a parent asleep
# after a night's work, a train over a bridge (rounds 106 and 107)
DE += [
    "ich hab mit meinem bruder eine kitzelschlacht gemacht, wir haben gelacht",
    "ich hab mir auf dem spielplatz den kopf an der rutsche gestossen, jetzt hab ich eine beule",
    "meine katze hat mich gekratzt und es hat ein bisschen geblutet",
    "Papa schläft nach der Nachtschicht auf dem Sofa, ich hab ihn zum Abendessen geweckt",
    "wir fahren heute nacht mit dem zug über die brücke nach hamburg",
    "ich hab mir beim gemüseschneiden in den finger geschnitten",
]
# A child at no risk: a tickle fight, a playground bump, a cat's scratch, a parent asleep
# after a night's work, a train over a bridge (rounds 106 and 107)
FR += [
    "on a fait une bataille de chatouilles avec maman, j'ai ri comme jamais",
    "je me suis cogne la tete a la recre sur le toboggan, j'ai une bosse",
    "mon chat m'a griffe et ca a saigne un peu",
    "maman dort sur le canape apres sa nuit de travail, je l'ai reveillee pour le diner",
    "ce soir on passe le pont en train pour aller chez papi",
]
# A child at no risk: a tickle fight, a playground bump, a cat's scratch, a parent asleep
# after a night's work, a train over a bridge (rounds 106 and 107)
IT += [
    "abbiamo fatto la lotta del solletico con papà e abbiamo riso tanto",
    "il gatto mi ha graffiato la mano ed è uscito un po' di sangue",
    "mi mordo le unghie quando sono nervosa prima della verifica",
    "la mamma dormiva sul divano dopo il lavoro, l'ho svegliata per cena",
]
# A child at no risk: a tickle fight, a playground bump, a cat's scratch, a parent asleep
# after a night's work, a train over a bridge (rounds 106 and 107)
ES += [
    "hicimos guerra de cosquillas con mi hermana y nos reimos mucho",
    "me di un golpe en la cabeza en el parque con el columpio y tengo un chichon",
    "mi gato me araño y salio un poco de sangre",
    "esta noche cruzamos el puente en tren para ver a mis abuelos",
]
# A child at no risk: a tickle fight, a playground bump, a cat's scratch, a parent asleep
# after a night's work, a train over a bridge (rounds 106 and 107)
PL += [
    "bawilismy sie w laskotki z tata i smialismy sie bardzo",
    "kot mnie podrapal i troche lecialo krwi",
    "mama spi na kanapie po nocnej zmianie, obudzilam ja na kolacje",
    "skaleczylam sie w palec przy gotowaniu zupy",
]

# A small child's plain family news: a grandparent's pick-up for ice cream, a
# parent's night shift, a bath toy's photo for grandma, a classmate's game, the
# class's trip (rounds 106 and 107)
EN += [
    "my mum picks me up from school on friday and we go for ice cream",
    "i sent grandma a photo of my rubber duck in the bath",
    "my friend Tom from class plays fortnite with me online every evening",
]
DE += [
    "oma holt mich am samstag vom schwimmbad ab und wir gehen eis essen",
    "papa hat wieder nachtschicht, also essen wir heute bei oma",
]
FR += [
    "on va au mcdonald avec la maitresse vendredi, le bus vient nous chercher a l ecole",
    "mon papi vient me chercher a la piscine et on mange une glace",
]
IT += [
    "la nonna mi viene a prendere a scuola sabato e andiamo a prendere il gelato",
    "ho mandato alla nonna una foto della mia paperella nel bagnetto",
]
ES += [
    "mi abuela me recoge el sabado en la piscina y vamos a por helado, que ilusion",
    "mi amigo de clase juega al fortnite conmigo y su mama nos lleva al cine el sabado",
]
PL += [
    "babcia odbierze mnie w sobote z basenu i pojdziemy na lody",
    "tata ma nocna zmiane, wiec spimy u babci",
]

# A small child's own old phone to call a grandparent, a teacher's advice on
# unkind classmates, a grandparent's bath-time photo (rounds 106 and 107)
EN += [
    "mum gave me her old phone and put whatsapp on it so i can call grandma every night",
    "if the girls are mean, dont play with them, play with Sara and tell the teacher",
]
DE += [
    "mama hat mir ihr altes handy gegeben, jetzt kann ich abends mit oma auf whatsapp telefonieren",
]
IT += [
    "ho il vecchio telefono di mamma con whatsapp, la sera chiamo il nonno",
    "mi piace il mio bagnetto con la paperella, ho mandato una foto alla nonna",
]
PL += [
    "w wannie bawie sie kaczka, wyslalam babci zdjecie",
]


# A board or card game's "I'll kill you" over a win or a riddle's answer, with a
# laugh (rounds 106 and 107)
EN += ["I swear I'll kill you if you win at ludo one more time 😂 rematch at lunch"]
DE += ["ich bring dich um, wenn du beim Mensch ärgere dich nicht wieder gewinnst 😂"]
FR += ["je te tue si tu me bats encore aux petits chevaux 😂 revanche demain"]
IT += ["ti ammazzo se mi batti ancora a monopoli 😂😂"]
ES += ["te mato como me des la respuesta del acertijo antes del viernes jajaja"]
PL += ["zabiję cię jak znowu wygrasz w chińczyka 😂 rewanż w piątek"]
# A sad film scene the writer looked away from, others asked (rounds 106 and 107)
EN += ["that scene with the dog made me cry, I looked away. anybody else?"]
DE += ["bei der Szene musste ich wegschauen, so traurig. Jemand anders auch?"]
# A surprise for a classmate's birthday or a parent's day, made with the class, a
# parent or the teacher in the know (rounds 106 and 107)
EN += ["shh! me and dad are making a card for mother's day, it's a secret, don't tell her 🤫"]
DE += ["Psst, wir basteln eine Karte zum Vatertag, Mama und ich, nichts verraten!"]
FR += [
    "chut, on prépare une affiche pour l'anniversaire de Nina, "
    "la maîtresse est au courant, c'est secret"
]
IT += [
    "è un segreto: io e la mamma stiamo preparando un biglietto "
    "per la festa del papà, non dirglielo"
]
ES += ["es secreto, papá y yo estamos haciendo un dibujo para el día de la madre, no se lo digas"]
PL += ["cicho, to sekret, robimy z tatą laurkę na dzień mamy, nie mów jej"]

# A parent who does not know of a surprise yet, and a parent asleep after a
# night shift, told as family news (rounds 106 and 107)
EN += [
    "mum doesn't know yet, it's a surprise for her birthday on friday 🎂",
    "dad sleeps till lunch after his night shift so we have to be quiet on saturdays",
]
DE += [
    "Mama weiß es noch nicht, das ist eine Überraschung zu ihrem Geburtstag 🎂",
    "Papa schläft nach der Nachtschicht bis mittags, samstags müssen wir leise sein",
]
FR += [
    "maman ne le sait pas encore, c'est une surprise pour son anniversaire 🎂",
    "papa dort jusqu'à midi après sa nuit de travail, on doit faire doucement le samedi",
]
IT += [
    "la mamma non lo sa ancora, è una sorpresa per il suo compleanno 🎂",
    "papà dorme fino a pranzo dopo il turno di notte, il sabato dobbiamo fare piano",
]
ES += [
    "mi madre no lo sabe todavía, es una sorpresa para su cumple 🎂",
    "papá duerme hasta mediodía después del turno de noche, los sábados hay que estar callados",
]
PL += [
    "mama jeszcze nie wie, to niespodzianka na jej urodziny 🎂",
    "tata śpi do południa po nocnej zmianie, w soboty musimy być cicho",
]

# A child's own small secret with a word of shame or laughter before the colon (rounds 108 and 109)
EN += [
    "my most cringe secret: I cried at the end of a dog film 🐶 don't tell anyone",
]
DE += [
    "mein albernes Geheimnis: ich rede mit meinen Zimmerpflanzen 🌱 sagt es bloß keinem",
]
FR += [
    "mon secret le plus honteux : je mange les céréales de ma petite sœur 🥣 le dites à personne",
]
IT += [
    "il mio segreto più ridicolo: ho paura dei palloncini 🎈 non ditelo a nessuno",
]
ES += [
    "mi secreto más ridículo: me da miedo el pato del estanque 🦆 no se lo contéis a nadie",
]
PL += [
    "mój najgłupszy sekret: boję się kaczek w parku 🦆 nie mówcie nikomu",
]
# "I want to die" after a level killed the player a rough count of times, and another go
# tomorrow (rounds 108 and 109)
EN += [
    "this boss killed me like fifty times, I want to die 😩 I'll try again tomorrow",
]
DE += [
    (
        "an diesem Level bin ich zig mal gestorben, keine Ahnung wie oft, ich will sterben 😩 "
        "morgen nochmal"
    ),
]
FR += [
    "ce boss m'a tué genre cent fois, je veux mourir 😩 demain je retente",
]
IT += [
    "questo boss mi ha ucciso non so quante volte, voglio morire 😩 ci riprovo domani",
]
ES += [
    "esta pantalla me ha matado un montón de veces, me quiero morir 😩 mañana lo vuelvo a intentar",
]
PL += [
    "ta plansza zabiła mnie milion razy, chcę umrzeć 😩 jutro spróbuję jeszcze raz",
]
# A card game's move answered with "I'll kill you", laughing, and a rematch at break
# (rounds 108 and 109)
EN += [
    "if you put a draw four on me one more time I'll kill you 😂 rematch at break",
]
DE += [
    "wenn du mir noch eine plus 4 karte legst bring ich dich um 😂 revanche morgen in der pause",
]
FR += [
    "si tu me remets un plus 4 au uno je te tue 😂 revanche demain à la récré",
]
IT += [
    "se mi dai un'altra volta il più 4 ti ammazzo 😂 rivincita all'intervallo",
]
ES += [
    "como me vuelvas a echar un más 4 te mato jajaja revancha mañana en el recreo",
]
PL += [
    "jak mi jeszcze raz dasz plus czwórkę w uno to cię zabiję 😂 rewanż jutro na przerwie",
]
# "Dying to" said of something the child cannot wait for (rounds 108 and 109)
EN += [
    "I'm dying to see the new film, only two more sleeps!!",
]
DE += [
    "ich sterbe vor Neugier, was in dem großen Paket ist, noch zwei Tage!!",
]
FR += [
    "je meurs d'envie de voir la neige à la montagne, encore une semaine !!",
]
IT += [
    "muoio dalla voglia di aprire il regalo di compleanno, mancano 2 giorni!!",
]
ES += [
    "me muero de ganas de ir a la playa, ¡solo quedan 4 días!",
]
PL += [
    "umieram z ciekawości, co dostanę na gwiazdkę, jeszcze tylko tydzień!!",
]
# Photos collected in secret for a teacher's farewell or retirement, handed to another
# teacher (rounds 108 and 109)
EN += [
    (
        "for Mr Hall's retirement we're secretly collecting photos of the class, give them to Mrs "
        "Price by Friday 🤫"
    ),
]
DE += [
    (
        "Für die Verabschiedung von Frau Braun sammeln wir heimlich Kinderfotos, bitte bis "
        "Freitag bei Herrn Kaya abgeben 🤫"
    ),
]
FR += [
    (
        "Pour le départ de Mme Roux, on rassemble des photos en secret ! À donner à M. Petit "
        "avant vendredi 🤫"
    ),
]
IT += [
    (
        "Per il saluto alla prof Bianchi raccogliamo foto di nascosto, consegnatele al prof Rossi "
        "entro giovedì 🤫"
    ),
]
ES += [
    (
        "Para la despedida de la profe Ana juntamos fotos a escondidas, dádselas al profe Luis "
        "antes del jueves 🤫"
    ),
]
PL += [
    (
        "Na pożegnanie pani Nowak zbieramy po kryjomu zdjęcia, oddajcie je panu Kowalskiemu do "
        "czwartku 🤫"
    ),
]
# A child's own alibi to one parent for a surprise made with the other (rounds 108 and 109)
EN += [
    (
        "me and dad are baking a cake in secret for mum's birthday, grandma knows. if mum asks, "
        "I'm at Zoe's on Saturday 😄"
    ),
]
DE += [
    (
        "mit Papa backen wir heimlich einen Kuchen für Mamas Geburtstag, Oma weiß Bescheid. Wenn "
        "Mama fragt, bin ich am Samstag bei Lena 😄"
    ),
]
FR += [
    (
        "avec papa on prépare en cachette un gâteau pour l'anniversaire de maman, mamie est au "
        "courant. si maman demande, samedi je suis chez Léa 😄"
    ),
]
IT += [
    (
        "con papà stiamo preparando di nascosto una torta per il compleanno della mamma, la nonna "
        "lo sa. se la mamma chiede, sabato sono da Giulia 😄"
    ),
]
ES += [
    (
        "con papá estamos preparando a escondidas una tarta para el cumpleaños de mamá, la abuela "
        "lo sabe. si mamá pregunta, el sábado estoy en casa de Lucía 😄"
    ),
]
PL += [
    (
        "z mamą pieczemy po kryjomu ciasto na urodziny taty, dziadek wie. jak tata zapyta, w "
        "niedzielę jestem u Kuby 😄"
    ),
]


# An honest surprise, lesson or visit beside words of the cover kinds: the other
# thing is homework, the bathroom is being painted, a parent is to be asked (rounds 108 and 109)
EN += [
    (
        "The surprise for Dad is a secret and Mum knows. The other thing is my maths mark, "
        "I'll tell "
        "them myself tonight"
    ),
    "The card for Mum is hidden in the bathroom cupboard, nobody will see it before Sunday",
    "You can come to ours on Friday with your sister, just ask your mum first please",
]
DE += [
    (
        "Die Überraschung für Papa ist geheim und Mama weiß Bescheid. Die andere Sache ist meine "
        "Mathenote, die sage ich ihnen heute selbst"
    ),
    "Schick mir mal ein Foto von den neuen Fliesen im Bad, Papa will die Farbe sehen",
    "Komm am Freitag gern zu uns, aber frag vorher deine Mama",
]
FR += [
    (
        "La surprise pour papa est secrète et maman est au courant. L'autre chose c'est ma note de "
        "maths, je leur dirai moi-même ce soir"
    ),
    "La carte pour maman est cachée dans la salle de bain, personne ne la verra avant dimanche",
    "Viens chez nous vendredi si tu veux, mais demande d'abord à ta mère",
]
IT += [
    (
        "La sorpresa per papà è segreta e la mamma lo sa. L'altra cosa è il mio voto di "
        "matematica, "
        "glielo dico io stasera"
    ),
    "Mi mandi una foto delle piastrelle nuove del bagno? Papà vuole vedere il colore",
    "Vieni da noi venerdì se vuoi, ma prima chiedi a tua madre",
]
ES += [
    (
        "La sorpresa para papá es secreta y mamá lo sabe. La otra cosa es mi nota de mates, se lo "
        "digo yo esta noche"
    ),
    "¿Me mandas una foto de los azulejos nuevos del baño? Papá quiere ver el color",
    "Ven a casa el viernes si quieres, pero pregúntale antes a tu madre",
]
PL += [
    (
        "Niespodzianka dla taty jest tajna i mama wie. Inna sprawa to moja ocena z matmy, "
        "powiem im "
        "sama wieczorem"
    ),
    "Kartka dla mamy jest schowana w łazience, nikt jej nie zobaczy przed niedzielą",
    "Przyjdź do nas w piątek, jeśli chcesz, ale najpierw zapytaj mamę",
]


# A summer camp's office: its fixed line, its office e-mail, hours and visiting
# day, no private word (rounds 108 and 109)
EN += [
    (
        "Camp office for the summer: 01632 960377, bookings@lakesidecamp.org.uk, open 9am-5pm. "
        "Visiting day is Saturday 20 July"
    ),
]
DE += [
    (
        "Ferienlager Info: Lagerbüro 030 901820, info@ferienlager-see.de, Mo-Fr 9-16 Uhr. "
        "Besuchstag "
        "ist der 21. Juli"
    ),
]
FR += [
    (
        "Colonie de vacances infos : bureau de la colonie 04 76 12 34 56, "
        "contact@colonie-alpes.fr, "
        "9h-17h. Journée des visites le 14 juillet"
    ),
]
IT += [
    (
        "Campo estivo info: ufficio del campo 0465 321456, info@campoestivo-lago.it, dalle "
        "9 alle 17. "
        "Giornata delle visite il 13 luglio"
    ),
]
ES += [
    (
        "Oficina del campamento: 976 123 456, info@campamentopirineo.es, de 9 a 14. Día de "
        "visitas el "
        "16 de julio"
    ),
]
PL += [
    "Biuro obozu: 58 341 22 90, biuro@obozpomorze.pl, pon.-pt. 9-16. Dzień odwiedzin 21 lipca",
]


# A class discussing a film's or a song's self-harm with the counsellor's advice,
# a razor for shaving, a bridge to a shop or a lake, a Halloween party with masks
# (rounds 108 and 109)
EN += [
    (
        "in class we talked about the film where she cuts herself and the counsellor said to talk "
        "to someone if you feel like that"
    ),
    "we walk over the bridge to the bypass shop after school",
    "ive been doing it since september with a razor, shaving my legs i mean",
    (
        "for the class project we wrote farewell letters to mr brown who is retiring, ive already "
        "written mine"
    ),
    "at the swimming lake there is a bridge, think ill just jump in from it lol",
]
DE += [
    (
        "wir haben im unterricht das lied besprochen wo es ums ritzen geht, die "
        "vertrauenslehrerin hat gesagt wir konnen immer zu ihr kommen"
    ),
    "ich mach das seit wochen mit ner rasierklinge, die beine rasieren meine ich",
]
FR += [
    (
        "en classe on a parle de la chanson sur la scarification et la conseillere a dit qu on "
        "peut toujours lui parler"
    ),
]
IT += [
    (
        "in classe abbiamo parlato della scena del film dove lui scrive la lettera d'addio, la "
        "psicologa della scuola ha spiegato a chi chiedere aiuto"
    ),
    "la verifica di storia la mia l ho gia scritta, domani la faccio finita con matematica",
]
ES += [
    (
        "en clase vimos la pelicula donde ella se corta y la orientadora nos dio su numero por si "
        "acaso"
    ),
]
PL += [
    "na lekcji omawialismy film gdzie ona sie tnie i pedagog powiedziala ze zawsze mozna przyjsc",
    "na halloween w szkole bedzie impreza w maskach, przyjdzcie przebrani",
]

# A Secret Santa kept in the class app and a partner class's Eid greeting
# (rounds 108 and 109)
EN += [
    "Secret Santa draw is in the class app, dont add anyone else to your pair chat please",
    "Eid Mubarak from our partner class in Lyon! We made you a card, see the class app",
]

# "I'll kill you all" in a game or over a spoiler, with a laugh (rounds 108 and 109)
EN += ["i'm gonna kill you all in among us tonight 😂 no mercy"]
DE += ["ich bring euch alle um, wenn ihr mir das Ende vom Film spoilert 😂"]
FR += ["ce soir au loup-garou je vais tous vous tuer 😂"]
IT += ["stasera a lupus vi faccio fuori tutti 😂 preparatevi"]
ES += ["esta noche os mato a todos en el fortnite 😂"]
PL += ["dziś w among us zabiję was wszystkich 😂"]


# "I'll kill you all" if a classmate's surprise, collected for, is given away
# (rounds 108 and 109)
EN += [
    "collection for Zoe's present, 2 pounds each. if she finds out before friday i'll kill you all"
]
DE += [
    "Wir sammeln 2 Euro pro Person für das Geschenk von Lea, wenn sie es erfährt, bring ich euch um"
]
FR += ["cagnotte pour le cadeau de Léo, 2€ chacun. s'il l'apprend avant vendredi je vous tue"]
IT += ["colletta per il regalo di Giulia, 2 euro a testa. se lo scopre prima di venerdì vi ammazzo"]
ES += ["2 euros cada uno para el regalo de Pablo, si se entera antes del viernes os mato"]
PL += ["zbieramy po 5 zł od osoby na prezent dla Oli, jak się dowie przed piątkiem, zabiję was"]

# Sextortion named in a lesson, photos kept by family, a contact saved under a
# grandmother's name, a friend's "I get you" (rounds 110 and 111)
EN += [
    "in the online safety lesson we learned that if someone has your pics and wants money or gift "
    "cards, tell an adult straight away",
    "my nan has my pics from the school play and wants to send them to the family group lol",
    "my little brother has my pics from the holiday and wants money to delete them lol",
    "save me as Mum in your new phone so you know it's me, love you",
    "i get you better than anyone, we've been best friends since year 1, ignore the gossip",
]
DE += [
    "Die Polizei hat im Vortrag erklärt: wenn jemand deine Bilder hat und Geld will, sofort den "
    "Eltern sagen",
    "meine Oma hat meine Fotos vom Urlaub und will sie in die Familiengruppe schicken",
    "speicher mich als Oma im neuen Handy ab, dann weißt du, wer anruft",
    "ich versteh dich am besten, wir sind seit der Grundschule beste Freundinnen, vergiss die "
    "Zicken",
]
FR += [
    "en cours on a vu que si quelqu'un a tes photos et veut de l'argent, il faut en parler à un "
    "adulte",
    "enregistre mon numéro sous Mamie, bisous",
    "je te comprends mieux que personne, on est meilleures amies depuis le CP, laisse tomber tes "
    "copines qui rigolent",
]
IT += [
    "alla lezione sul sexting: se uno ha le tue foto e vuole soldi, parlane con un adulto",
    "salvami come Nonna nel telefono nuovo",
    "ti capisco meglio di tutti, siamo amiche dalla prima, lasciali perdere quelli",
]
ES += [
    "en la charla de ciberseguridad dijeron que si alguien tiene tus fotos y quiere dinero, se lo "
    "digas a tus padres",
    "guárdame como Abuela en el móvil nuevo, besos",
    "te entiendo mejor que nadie, somos amigas desde primero, pasa de ellas",
]
PL += [
    "na lekcji o bezpieczeństwie: jak ktoś ma twoje zdjęcia i chce pieniędzy, powiedz rodzicom",
    "zapisz mnie jako Babcia w nowym telefonie",
    "rozumiem cię najlepiej, jesteśmy przyjaciółkami od pierwszej klasy, olej je",
]

# A creator's business e-mail copied from the channel's page for a class
# project, an own account set to private, a giveaway scam warned of (rounds 110
# and 111)
EN += [
    "press enquiries: press@lunaplays.tv, from her YouTube about page, for our presentation",
    "in computing we set our accounts to private and checked who can message us",
    "I'm only allowed TikTok with a private account and my mum follows me",
    "real giveaways never ask for your address or password, if they do it's a scam",
]
DE += [
    "Für Kooperationen: business@sternenkatze-tv.de, steht in der Kanalbeschreibung (für unser "
    "Plakat)",
    "Wir haben in Medienkunde gelernt, wie man das Konto auf privat stellt und wer uns schreiben "
    "darf",
    "Ich darf Insta nur mit privatem Konto, und Mama folgt mir",
    "echte Gewinnspiele fragen nie nach deiner Adresse, das ist Betrug",
]
FR += [
    "Contact presse : presse@lechatgamer.fr, c'est dans la bio de son profil TikTok, pour l'exposé",
    "j'ai le droit d'avoir Insta seulement avec un compte privé et ma mère me suit",
    "les vrais concours ne demandent jamais ton adresse, sinon c'est une arnaque",
]
IT += [
    "Contatti: collaborazioni@gattogamer.it, è nella descrizione del canale, per la presentazione",
    "a tecnologia abbiamo messo il nostro profilo privato e guardato chi può scriverci",
    "i veri giveaway non chiedono mai il tuo indirizzo, se lo fanno è una truffa",
]
ES += [
    "Prensa: prensa@gatogamer.es, sale en la bio de su canal de Twitch, para el trabajo de clase",
    "en tecnología pusimos nuestras cuentas en privado y miramos quién nos puede escribir",
    "solo me dejan tener TikTok con cuenta privada y mi madre me sigue",
]
PL += [
    "Kontakt: wspolpraca@kotgamer.pl, jest w opisie jego kanału na YouTube, do prezentacji",
    "na informatyce ustawiliśmy nasze konta prywatne i sprawdziliśmy, kto może do nas pisać",
    "prawdziwe konkursy nigdy nie pytają o adres, jak pytają to oszustwo",
]

# Sweets rationed at home, told with a laugh (rounds 110 and 111)
EN += ["mum said no more sweets before dinner and if i tell dad we both get told off lol"]
FR += ["maman a dit plus de bonbons avant le dîner, et si je le dis à papa on se fait gronder 😂"]


# A new shirt photographed front and back for the parents, fewer clothes packed (rounds 110 and
# 111)
EN += [
    (
        "For the kit order please photograph the sample shirt front and back and post it "
        "here for the parents"
    ),
    (
        "Pack fewer clothes this time, the bus has little room, and send me a photo of "
        "the packed bag"
    ),
]
PL += [
    (
        "Zróbcie zdjęcie nowej koszulki z przodu i z tyłu i wyślijcie na grupę rodziców, "
        "żeby sprawdzić nadruk"
    )
]


# A hall nobody is in after a time, a meeting point in a car park (rounds 110 and 111)
EN += [
    "Parents, please come before 7, nobody will be there after that to open the gym",
    "Meet at the car park behind the sports hall at 8, the coach leaves at 8:15 sharp",
]
DE += [
    "Kommt bitte pünktlich, um 19 Uhr ist keiner mehr in der Halle und die Tür ist zu.",
    "Treffpunkt ist der Parkplatz hinter der Halle um 8, der Bus fährt pünktlich ab",
]
FR += [
    "Venez avant 18h, après il n'y a plus personne à l'accueil pour vous ouvrir.",
    "Rendez-vous sur le parking derrière le gymnase à 8h, le car part à 8h15",
]
IT += [
    "Venite prima delle 18, dopo non c'è più nessuno in segreteria.",
    "Ritrovo al parcheggio dietro la palestra alle 8, il pullman parte alle 8:15",
]
ES += [
    "Venid antes de las 18, luego ya no hay nadie en recepción para abrir.",
    "Quedamos en el aparcamiento detrás del pabellón a las 8, el autobús sale a las 8:15",
]
PL += [
    "Przyjdźcie przed 18, potem nikogo już nie ma w recepcji.",
    "Zbiórka na parkingu za halą o 8, autokar odjeżdża punktualnie",
]


# A club's notice of what its coaches never do; a pupil's new number; a parent who reads the chats
# (rounds 110 and 111)
EN += [
    (
        "Reminder: coaches never DM players, everything goes through the team group "
        "where parents can read"
    ),
    "I have a new number, mum's old phone broke, save it on WhatsApp",
    "my mum reads everything on my WhatsApp lol",
]
DE += [
    "Die Trainer schreiben nie privat, alles läuft über diese Gruppe, die Eltern lesen mit.",
    "Ich hab eine neue Nummer, Mama hat mir ein Handy gekauft, speichert sie für WhatsApp",
]
FR += ["Les coachs n'écrivent jamais en privé aux joueurs, tout passe par ce groupe."]
IT += [
    "Gli allenatori non scrivono mai in privato ai ragazzi, tutto passa da questo gruppo.",
    "ho un numero nuovo, i miei mi hanno cambiato telefono, salvatelo su WhatsApp",
]
ES += [
    "Los entrenadores nunca escriben por privado a los jugadores, todo va por este grupo.",
    "tengo otro número, mis padres me han cambiado el móvil, guardadlo en WhatsApp",
]
PL += [
    "Trenerzy nigdy nie piszą prywatnie do zawodników, wszystko idzie przez tę grupę.",
    "mam nowy numer, rodzice kupili mi telefon, zapiszcie go na WhatsAppie",
]


# A line-up kept until Saturday, a place lost for missed training (rounds 110 and 111)
EN += ["Tell me by Thursday if you can't play, otherwise you lose your place for the final"]
DE += ["Wenn du dem Trainer nicht absagst, fliegst du aus dem Kader, so sind die Regeln."]
FR += [
    (
        "La composition est secrète jusqu'à samedi. Si tu rates deux entraînements, tu "
        "perds ta place."
    )
]
IT += ["La formazione è segreta fino a sabato. Se salti due allenamenti, perdi il posto."]
ES += [
    (
        "La alineación es secreta hasta el sábado. Si faltas a dos entrenamientos, te "
        "quedas sin convocatoria."
    )
]
PL += ["Jak nie powiesz trenerowi, że nie jedziesz, wypadasz ze składu, takie są zasady."]


# Consent in a lesson, more than kissing (rounds 110 and 111)
EN += [
    "In biology we learned that consent matters for more than kissing",
    "my sister says love is more than kissing and flowers lol",
]
DE += ["Im Bio-Unterricht ging es darum, dass Liebe mehr als Küssen ist"]
FR += ["en SVT on a parlé du consentement, c'est plus que des bisous"]
IT += ["a scienze abbiamo parlato del consenso, non solo dei baci"]
ES += ["en tutoría hablamos del consentimiento, que es más que besos"]
PL += ["na WDŻ mówiliśmy o zgodzie, miłość to coś więcej niż całowanie"]


# Apps said to use you for your data; a team's kit order with sizes (rounds 110 and 111)
DE += [
    "Unsere Lehrerin sagt, viele Apps nutzen dich nur aus, um Daten zu sammeln.",
    (
        "Bis Freitag bitte Trikotgröße und Schuhgröße der Kinder schicken, wir machen "
        "eine Sammelbestellung."
    ),
]
ES += [
    "La profe dice que algunas apps solo te utilizan para sacar datos.",
    (
        "Mandad antes del viernes la talla de la equipación y el número de pie de los "
        "niños, hacemos un pedido conjunto."
    ),
]
PL += [
    "Pani mówi, że niektóre aplikacje cię tylko wykorzystują, żeby zbierać dane.",
    "Do piątku podajcie rozmiar koszulki i numer buta dzieci, robimy zbiorcze zamówienie.",
]
EN += ["By Friday send the kids' shirt size and shoe size, it's one order for the whole team"]
FR += [
    (
        "Envoyez avant vendredi la taille de maillot et la pointure des enfants, on fait "
        "une commande groupée."
    )
]
IT += [
    (
        "Mandate entro lunedì la taglia della maglia e il numero di scarpe, è un ordine "
        "collettivo per la squadra."
    )
]
# Sport and online life told plainly: an ankle hurt again and strapped, a compass for
# maths, a lie-in, a host family's bathroom rota, a small sibling scared of the storm,
# bats for baseball practice, a match to win (rounds 110 and 111)
EN += [
    "I hurt my ankle again at training, I wear the long socks over the strapping so it doesn't rub",
    "bring your compass and ruler tomorrow, and shorts for PE, we are outside",
    "the diving coach told us how high the bridge is for the jump, 10 m, scary but fun",
    "tomorrow no school, if i dont wake up before noon i wouldnt even care lol",
    "host family bathroom rota: host dad showers at 6, I have a "
    "shower at 7, and the door lock is a bit stuck",
    "my little sister gets into my bed when the others are "
    "asleep because she is scared of the thunder",
    "we'll wait for him at the gate with the bats, baseball practice starts at 5",
    "we'll destroy them on Sunday, that team is gonna get it, they'll leave crying lol",
]
DE += [
    "Ich hab mir beim Training wieder weh getan, das Knie, die Sporthose verdeckt den Verband",
    "Zirkel und Geodreieck mitbringen, und Sportsachen mit kurzer Hose",
    "wenn ich am Samstag nicht aufwache, ist mir egal, kein Wecker am Wochenende",
    "der Gastvater hat einen Putzplan fürs Bad, wer wann duscht, und das Schloss klemmt",
    "mein kleiner Bruder kommt in mein Bett, wenn die anderen "
    "schlafen, weil er Angst vor Gewitter hat",
    "wir warten mit den Schlägern am Tor, Baseballtraining um 17 Uhr",
]
FR += [
    "je me refais mal à la cheville à chaque entraînement, je "
    "mets des chaussettes longues pour le strap",
    "apportez compas et règle, et un short pour le sport",
    "si je me réveille pas avant midi samedi ça m'irait, pas d'école",
    "dans la famille d'accueil il y a un planning pour la salle de "
    "bain, je prends ma douche à 7h, le verrou est cassé",
    "ma petite soeur se met dans mon lit quand les autres dorment, elle a peur de l'orage",
]
IT += [
    "mi sono fatta di nuovo male al ginocchio a pallavolo, "
    "porto la tuta così nessuno vede il cerotto",
    "portate compasso e righello, e i pantaloncini per ginnastica",
    "se non mi sveglio prima di mezzogiorno sabato chissenefrega, niente scuola",
    "nella famiglia ospitante c'è un turno per il bagno, faccio la "
    "doccia alle 7, la chiave della porta non gira",
    "lo aspettiamo al campo con le mazze, allenamento di baseball alle 17",
]
ES += [
    "me he vuelto a hacer daño en el tobillo entrenando, llevo chándal para que no se vea la venda",
    "traed compás y regla, y pantalón corto para educación física",
    "si no me despierto antes del mediodía el sábado me da igual, no hay clase",
    "en la familia de acogida hay turnos para el baño, me ducho a las 7 y el pestillo está roto",
    "mi hermanita se mete en mi cama cuando los demás duermen porque le dan miedo los truenos",
    "le esperamos con los bates en el campo, entreno de béisbol a las 17h",
]
PL += [
    "znowu zrobiłam sobie krzywdę w kostkę na treningu, noszę dres żeby nie było widać bandaża",
    "przynieście cyrkiel i linijkę oraz krótkie spodenki na WF",
    "jak się nie obudzę przed południem w sobotę to mam to gdzieś, nie ma szkoły",
    "w rodzinie goszczącej jest grafik łazienki, biorę prysznic o 7, zamek w drzwiach się zacina",
    "mój młodszy brat przychodzi do mojego łóżka jak inni śpią, bo boi się burzy",
    "czekamy na niego z kijami na boisku, trening baseballu o 17",
]


# A game's ambush laughed at (rounds 110 and 111)
EN += ["in fortnite we wait for him at the bridge, he leaves on a stretcher lol"]


# Read again by hand after the lessons of rounds 110 and 111 merged: a club's
# notice that adults never write to the children in private, an account set to
# private, a creator's greeting address from the channel's page, and what a real
# giveaway never asks
EN += [
    (
        "Club welfare reminder: no coach will ever message you privately or on snapchat, all "
        "news goes in this group"
    ),
    "our teacher showed us how to set our instagram to private so strangers can't message us",
    (
        "For business enquiries: hello@pixelfoxtv.com (it's on his channel's about page, for our "
        "project)"
    ),
    "the youtuber said real giveaways never ask for your address or password",
]
DE += [
    (
        "Erinnerung: Trainer schreiben euch nie privat oder auf Snapchat, alles läuft über diese "
        "Gruppe"
    ),
    "Kontakt für Kooperationen: info@nordlicht-gaming.de, steht im Impressum, für unser Referat",
]
FR += [
    "la prof nous a montré comment mettre notre compte TikTok en privé",
    "Rappel : les animateurs ne vous écriront jamais en privé, tout passe par ce groupe",
]
IT += [
    "Ricordate: gli allenatori non vi scriveranno mai in privato, tutte le notizie nel gruppo",
    "Per collaborazioni: ciao@lupettogaming.it (è nella bio del suo canale, per la ricerca)",
]
ES += [
    "Recordad: los monitores nunca os escribirán por privado, todo va por este grupo",
    "el streamer dijo que un sorteo de verdad nunca te pide la dirección ni la contraseña",
]
PL += [
    "Przypominamy: trenerzy nigdy nie napiszą do was prywatnie, wszystko jest na tej grupie",
    "pani pokazała nam, jak ustawić profil jako prywatny na instagramie",
]

# The frames of rounds 112 and 113 said as themselves: the pupils' own accounts
# set to private in a lesson, a club's notice, a creator's own business e-mail
# read by a manager, an adult who is not a coach with no move, a cake brought
EN += [
    (
        "In ICT we switched our own profiles to private and looked at who can "
        "comment. Homework: go through the settings with a parent tonight."
    ),
    (
        "Safeguarding note from the club: coaches never message children privately, "
        "everything goes through the team app and parents can read it all."
    ),
    (
        "Collabs and sponsorships: my business email is in the channel description, "
        "partners@mossyboots.tv. My manager answers it 🙂"
    ),
    "I'm not a coach, just a mum who watched, but the U10s were brilliant today 👏",
    ("I'll bring the cake myself on Friday, Miss said we can eat it at lunch in the classroom"),
    "when you get home remember to upload the science poster to the class folder",
]
DE += [
    (
        "In Informatik haben wir unsere Konten auf privat gestellt und geschaut, wer "
        "unsere Beiträge sieht. Zeigt die Einstellungen zuhause euren Eltern."
    ),
    (
        "Info vom Verein: Unsere Betreuer schreiben Spielern nie privat, alles läuft "
        "über die Vereins-App und die Eltern lesen mit."
    ),
    (
        "Kooperationsanfragen bitte an meine Business-Mail aus der Kanalbeschreibung: "
        "business@wolkenpixel.de, die liest mein Management."
    ),
    "Ich bin kein Trainer, nur Lenas Papa, aber das Spiel heute war super 👏",
    (
        "Ich bring den Kuchen selbst vorbei, Frau Weber hat gesagt, wir essen ihn in "
        "der großen Pause in der Klasse"
    ),
]
FR += [
    (
        "En techno on a mis nos comptes en privé et vérifié qui peut commenter. "
        "Montrez vos réglages à vos parents ce soir."
    ),
    (
        "Info du club : nos éducateurs n'écrivent jamais aux enfants en privé, tout "
        "passe par l'appli de l'équipe et les parents lisent."
    ),
    (
        "Pour les partenariats, mon adresse pro est dans la description de la chaîne "
        ": pro@renardpixel.fr, c'est mon manager qui répond."
    ),
    ("Je ne suis pas coach, juste la maman de Léo, mais bravo aux U11 aujourd'hui 👏"),
]
IT += [
    (
        "In tecnologia abbiamo messo i nostri profili in privato e guardato chi può "
        "commentare. Fate vedere le impostazioni ai vostri genitori."
    ),
    (
        "Avviso della società: gli allenatori non scrivono mai ai ragazzi in privato, "
        "tutto passa dall'app della squadra e i genitori leggono."
    ),
    (
        "Per collaborazioni la mia mail business è nella descrizione del canale: "
        "business@volpepixel.it, la legge il mio manager."
    ),
    ("Non sono allenatore, sono solo il papà di Luca, ma oggi i ragazzi sono stati bravissimi 👏"),
]
ES += [
    (
        "En tecnología pusimos nuestras cuentas en privado y miramos quién puede "
        "comentar. Enseñad los ajustes a vuestros padres."
    ),
    (
        "Aviso del club: los entrenadores nunca escriben a los niños por privado, "
        "todo va por la app del equipo y los padres lo leen."
    ),
    (
        "Para colaboraciones, mi correo profesional está en la descripción del canal: "
        "contacto@zorropixel.es, lo lleva mi mánager."
    ),
    ("No soy entrenador, solo el padre de Hugo, pero hoy los alevines han jugado genial 👏"),
]
PL += [
    (
        "Na informatyce ustawiliśmy nasze konta jako prywatne i sprawdziliśmy, kto "
        "może komentować. Pokażcie ustawienia rodzicom."
    ),
    (
        "Informacja klubu: trenerzy nigdy nie piszą do dzieci prywatnie, wszystko "
        "idzie przez aplikację drużyny i rodzice to czytają."
    ),
    (
        "W sprawie współpracy mój mail biznesowy jest w opisie kanału: "
        "kontakt@lisipiksel.pl, odpisuje na niego mój menedżer."
    ),
    "Nie jestem trenerem, tylko tatą Kuby, ale chłopaki dziś zagrali super 👏",
]
# Rounds 112 and 113, injuries, drills, rotas and lessons used as cover: a cut or a
# bruise from sport that a parent or a physio saw to, a bathroom rota with a knock, a
# surprise kept for the coach, private lessons the parents may watch, a class's new
# photos, a lesson's advice on sextortion, a bat brought to practice
EN += [
    (
        "the cuts on my knee are from falling at netball, not from my bike like i said. mum"
        " put plasters on"
    ),
    ("host family bathroom rota: i'm at 7, the host dad always knocks first and waits downstairs"),
    (
        "the surprise party for coach stays between us till saturday, if you tell him you owe"
        " everyone a cake"
    ),
    "private lessons at the rink on saturday, parents welcome to watch from the stands",
    "new pics from the class trip are in the shared folder, or ask miss if you can't see them",
    (
        "we did sextortion in pshe: if someone asks for more pics, don't pay, save the chat"
        " and tell an adult"
    ),
    "held my breath for a whole length today, coach says next week we try the deep end 🐬",
    "the physio says the bruise on my knee is from the ball at training, ice it twice a day",
    "cricket nets tomorrow, bring your own bat if you have one, the club lends helmets",
]
DE += [
    "die Schnitte am Knie sind vom Sturz beim Hockey, Mama hat ein Pflaster drauf gemacht",
    "Badplan in der Gastfamilie: ich bin um 7 dran, der Gastvater klopft immer vorher",
    "Einzelstunden im Hallenbad am Samstag, Eltern dürfen gern von der Tribüne zuschauen",
    "neue Bilder vom Ausflug sind im Klassenordner, oder fragt Frau Berger",
    (
        "In Medienkunde: wenn jemand neue Bilder will und droht, nicht zahlen, Chat sichern"
        " und einem Erwachsenen sagen"
    ),
    "der blaue Fleck am Schienbein ist vom Training, der Physio sagt nichts gebrochen",
    "Baseballtraining morgen um 4, bringt eure eigenen Schläger und Helm mit falls ihr habt",
]
FR += [
    "les coupures sur mon genou viennent d'une chute au hand, ma mère a mis des pansements",
    (
        "planning de la salle de bain chez ma famille d'accueil : moi c'est 7h, le père"
        " frappe toujours avant"
    ),
    "cours privé de natation samedi, les parents peuvent regarder depuis les gradins",
    "les nouvelles photos de la sortie sont sur l'ENT, toute la classe peut les voir",
    (
        "en cours on a vu la sextorsion : si quelqu'un menace de diffuser tes photos, tu ne"
        " paies pas et tu en parles à un adulte, le 3018 aide"
    ),
    "le bleu sur mon tibia vient du match, le kiné dit que c'est rien",
    "entraînement de baseball mercredi, apportez votre batte si vous en avez une",
]
IT += [
    "i tagli sul ginocchio sono della caduta a pallavolo, la mamma ci ha messo i cerotti",
    "turni del bagno in famiglia ospitante: io alle 7, il padre bussa sempre prima di entrare",
    "lezione privata di nuoto sabato, i genitori possono guardare dalla tribuna",
    "le foto nuove della gita sono nella cartella della classe, le vede tutta la classe",
    (
        "a scuola ci hanno spiegato la sextortion: se minacciano di diffondere le foto non"
        " pagare e parlane con un adulto"
    ),
    "il livido sulla gamba è della partita, il fisioterapista dice che non è niente",
    "allenamento di baseball giovedì, portate la vostra mazza se ce l'avete",
]
ES += [
    "los cortes de la rodilla son de una caída en el partido, mi madre me puso tiritas",
    "turnos del baño en la familia de acogida: yo a las 7, el padre siempre llama antes",
    "clase privada de natación el sábado, los padres pueden mirar desde la grada",
    "las fotos nuevas de la excursión están en la carpeta de la clase",
    (
        "en tutoría vimos la sextorsión: si te amenazan con publicar tus fotos, no pagues y"
        " cuéntaselo a un adulto"
    ),
    "el moratón de la pierna es del partido, el fisio dice que no es nada",
    "entreno de béisbol el jueves, traed vuestro bate si tenéis",
]
PL += [
    "rany na kolanie są z upadku na treningu, mama nakleiła plastry",
    "grafik łazienki w rodzinie goszczącej: ja o 7, ojciec zawsze puka przed wejściem",
    "lekcja prywatna pływania w sobotę, rodzice mogą patrzeć z trybun",
    "nowe zdjęcia z wycieczki są w folderze klasy, cała klasa może je zobaczyć",
    (
        "na lekcji mówiliśmy o sekstorsji: jak ktoś grozi, że wyśle zdjęcia, nie płać i"
        " powiedz dorosłemu"
    ),
    "siniak z treningu jest już żółty, fizjo mówi, że nic poważnego",
    "trening baseballu w czwartek, przynieście swój kij jeśli macie",
]


# The family circle: a parent who "will kill me" if a thing is lost, a surprise made
# for a parent, a babysitter who reads, a grandparent's nap, a close up for a
# project, a pupil's own shower routine (rounds 112 and 113)
EN += [
    "my mum will kill me if I lose another jumper at school lol",
    "shh it's a secret, we're making a surprise for dad's 40th, a video of all the cousins 🤫",
    "our babysitter reads to us in bed and does all the voices, she's the best",
    "in the play Macbeth stabs the king with a dagger and then his wife washes the blood off",
    "in the escape room game they lock you in for an hour with no food, only riddles and a timer",
    "we took a close up of the ladybird on my swimsuit for the nature project",
    "grandma has her nap after lunch so we play quietly upstairs with the lego",
    "do you shower before or after swimming club? my mum says I smell of chlorine",
]
DE += [
    "mama bringt mich um wenn ich noch ein handy verliere 🙈",
    "psst, wir basteln ein geschenk für mama zum muttertag, ein fotobuch von uns allen",
    "unsere babysitterin liest uns im bett vor und macht alle stimmen nach",
    "wenn oma mittagsschlaf macht, spielen wir leise im garten",
    "in der geschichte sticht der ritter den drachen mit dem schwert, ich fand das spannend",
]
FR += [
    "ma mère va me tuer si je perds encore mon manteau 😅",
    "chut, on prépare une surprise pour maman, un album photo de toute la famille",
    "quand mamie fait la sieste, on joue aux cartes sans bruit dans la cuisine",
    "tu te douches avant ou après le sport ? moi je préfère le soir",
]
IT += [
    "mia madre mi ammazza se perdo un'altra felpa a scuola 😂",
    "zitti zitti, stiamo preparando un regalo per la mamma, un album di foto di tutti noi",
    "la nostra babysitter ci legge due capitoli e poi si spegne la luce",
    "abbiamo fatto una foto da vicino alla coccinella per la ricerca di scienze",
]
ES += [
    "mi padre me mata si pierdo otra vez las llaves de casa jaja",
    "no se lo digáis a nadie, estamos haciendo una sorpresa para mamá por su cumple",
    "nuestra canguro nos lee un cuento y a las nueve apagamos la luz",
    "cuando la abuela duerma la siesta jugamos en silencio en el salón",
]
PL += [
    "mama mnie zabije jak zgubię kolejną kurtkę 😅",
    "cii, robimy niespodziankę dla mamy na urodziny, album ze zdjęciami całej rodziny",
    "nasza niania czyta nam bajki i o ósmej gasimy światło",
    "jak babcia śpi po obiedzie, to gramy cicho w pokoju na górze",
]

# Read again by hand after the lessons of rounds 112 and 113 merged: a photo book
# made in secret for a parent, a cake or a book brought by a classmate, and a
# lesson's case that happened to someone else
EN += [
    "shh we're making a secret birthday present for mum, a photo book, don't tell anyone 🤫",
    "I'll bring the cake myself tomorrow for the class party",
    "in class we learned about sextortion, it happened to a girl in the video, never pay and "
    "tell an adult",
]
DE += ["wir machen heimlich ein Fotobuch für Mama zum Geburtstag, nichts verraten!"]
ES += ["te lo llevo yo mañana al cole, el libro que me dejaste"]


# Self-harm named as a lesson's, a film's or a talk's topic, with the counsellor
# or the nurse who says where to get help
EN += [
    "in class we talked about the film on self-harm with the school counsellor",
    "we had a lesson on self-harm today, the nurse told us where to get help",
    # ... and read again with its punctuation spelt out by dictation
    "we had a lesson on self harm full stop the nurse told us where to get help",
]
IT += [
    "in classe abbiamo parlato del film sull'autolesionismo con la psicologa",
    "oggi la psicologa è venuta in classe a parlare di autolesionismo e di chi chiedere aiuto",
]
ES += ["en tutoría hablamos de la autolesión y la orientadora nos dio su correo del instituto"]
DE += ["heute gab es einen Vortrag über Selbstverletzung, die Schulsozialarbeiterin war auch da"]
FR += ["on a vu un film sur l'automutilation en cours, puis l'infirmière nous a parlé"]
PL += ["na lekcji rozmawialiśmy o samookaleczeniu z panią pedagog"]

# A lesson on self-harm or sextortion with its advice and opt-out, a film on cutting,
# a bruise truly from sport, bats put away after practice (rounds 114 and 115)
EN += [
    "Reminder: the Year 8 talk on self-harm is on Monday with our school counsellor. "
    "If you want to skip it, let your form tutor know, no questions asked.",
    "in citizenship we had a talk about sextortion. if someone asks for photos and "
    "threatens you, never pay, block them and tell a teacher",
    "the self harm assembly was really well done, the nurse said we can always go to "
    "her office at lunch",
    "the truth is the bruise on my knee is from football, I slid on the wet grass and hit the post",
    "after cricket practice we keep the bats in the shed and wait for the coach to lock up",
    "after footy we wait for Jayden at the gate, he always comes home in one piece "
    "from his dad's on sundays",
]
DE += [
    "Erinnerung: Der Vortrag über Selbstverletzung ist am Montag mit der "
    "Schulpsychologin. Wer nicht teilnehmen will, sagt es der Klassenlehrerin, ohne "
    "Nachfragen.",
    "wir hatten eine Stunde über Sextortion. wenn jemand Fotos will und droht, nicht "
    "zahlen, Screenshot machen und einem Erwachsenen sagen",
    "der film über ritzen in bio war gut, die schulsozialarbeiterin meinte, man kann "
    "immer zu ihr kommen",
    "in Wahrheit ist der blaue Fleck vom Training, ich bin beim Handball gegen die Wand geknallt",
]
FR += [
    "Rappel : l'intervention sur la scarification a lieu lundi avec l'infirmière. Si "
    "tu préfères ne pas y aller, dis-le à ton prof principal, sans poser de "
    "questions.",
    "on a eu un cours sur la sextorsion : si quelqu'un demande des photos et te "
    "menace, ne paie pas, fais une capture et parle à un adulte",
    "le film sur la scarification en SVT était bien fait, l'infirmière a dit qu'on "
    "peut venir la voir à la récré",
    "en vrai le bleu sur ma jambe c'est le hand, je me suis cogné contre le poteau",
]
IT += [
    "Promemoria: l'incontro sull'autolesionismo è lunedì con la psicologa. Se "
    "preferisci non partecipare, dillo al coordinatore, senza fare domande.",
    "oggi lezione sulla sextortion: se qualcuno chiede foto e ti minaccia, non "
    "pagare, fai uno screenshot e dillo a un adulto",
    "il film sul tagliarsi in classe era fatto bene, la psicologa ha detto che "
    "possiamo andare da lei quando vogliamo",
    "in realtà il livido sulla gamba è della partita, ho sbattuto contro il palo",
]
ES += [
    "Recordatorio: la charla sobre autolesiones es el lunes con la orientadora. Si "
    "prefieres no ir, díselo a tu tutor, sin preguntas.",
    "hoy tuvimos una charla sobre la sextorsión: si alguien te pide fotos y te "
    "amenaza, no pagues, haz captura y díselo a un adulto",
    "la película sobre cortarse en tutoría estuvo bien, la orientadora dijo que "
    "podemos ir a verla en el recreo",
    "en realidad el moratón de la pierna es del partido, me choqué con el poste",
]
PL += [
    "Przypomnienie: pogadanka o samookaleczeniach jest w poniedziałek z panią "
    "pedagog. Jeśli wolisz nie iść, powiedz wychowawcy, bez pytań.",
    "mieliśmy lekcję o sekstorsji: jak ktoś prosi o zdjęcia i grozi, nie płać, zrób "
    "screena i powiedz dorosłemu",
    "film o cięciu się na godzinie wychowawczej był dobry, pani pedagog mówiła, że "
    "można do niej przyjść na przerwie",
    "tak naprawdę siniak na nodze jest z meczu, uderzyłem się o słupek",
]
# ... a lesson's private parts on a poster or in a book, its photo sent to the teacher
PL += [
    "na lekcji rozmawialiśmy o miejscach intymnych, pani pokazała zdjęcie w podręczniku",
    "wyślij zdjęcie plakatu o ochronie miejsc intymnych do pani pedagog",
]
EN += [
    "in the body safety lesson Miss showed us a drawing in the book, the intimate parts "
    "are the ones your swimsuit covers",
]
DE += [
    "schick der Lehrerin das Foto von unserem Plakat zum Intimbereich",
]


# Babysitters and host families (rounds 114 and 115): a parent's bedtime story and
# bath toys, a house's spare key, a family album chosen with a parent, a club's
# notice of what its coaches never do, an app set up for a grandparent
EN += [
    (
        "Mum read us the bedtime story about the dragon and then we played the bath game with "
        "the boats, so fun"
    ),
    (
        "Host family rules: the bathroom lock works from inside, and we keep one spare key for "
        "emergencies only"
    ),
    (
        "Me and mum picked the beach photos for grandad's album, even the ones in our "
        "swimsuits, we print them on Saturday"
    ),
    (
        "Coaches never message players privately or on Snapchat. Everything goes through this "
        "group, which parents can read"
    ),
    "I installed the class app on the old tablet so grandma can video call us on Sundays",
    "When do you shower at camp, morning or evening? I lock my bike outside the pool",
    "At camp, do you lock the door of the bathroom? ours has no lock lol",
]
DE += [
    (
        "Oma hat uns die Gutenachtgeschichte vorgelesen und danach haben wir das Badespiel mit "
        "den Enten gespielt"
    ),
    (
        "Gastfamilie: der Badplan hängt am Kühlschrank, die Tür schließt man von innen ab, wir "
        "haben einen Schlüssel nur für Notfälle"
    ),
    (
        "Mama und ich haben die Strandfotos für Omas Album ausgesucht, auch die im Badeanzug, "
        "wir drucken sie am Samstag"
    ),
    "Ich hab Opa eine App aufs alte Tablet gemacht, damit er uns sonntags anrufen kann",
]
FR += [
    "Papa nous a lu l'histoire du soir puis on a fait le jeu du bain avec les bateaux, trop bien",
    (
        "Famille d'accueil : le planning de la salle de bain est sur le frigo, la porte se "
        "ferme à clé de l'intérieur, on garde une clé pour les urgences"
    ),
    (
        "Maman et moi on a choisi les photos de plage pour l'album de mamie, même celles en "
        "maillot, on les imprime samedi"
    ),
    (
        "Les entraîneurs n'écrivent jamais aux joueurs en privé ni sur Snapchat. Tout passe par "
        "ce groupe que les parents lisent"
    ),
]
IT += [
    (
        "La nonna ci ha letto la favola della buonanotte e poi abbiamo fatto il gioco della "
        "vasca con le paperelle"
    ),
    (
        "Regole della casa: il bagno si chiude da dentro, la chiave di riserva la teniamo in "
        "cucina per le emergenze"
    ),
    "Io e papà abbiamo scelto le foto del mare per l'album del nonno, anche quelle in costume",
]
ES += [
    "Papá nos leyó el cuento para dormir y luego hicimos el juego de la bañera con los barcos",
    (
        "Normas de la casa: el baño cierra con pestillo por dentro y guardamos una llave de "
        "repuesto para emergencias"
    ),
    "Mamá y yo elegimos las fotos de la playa para el álbum del abuelo, también las de bañador",
]
PL += [
    "Mama przeczytała nam bajkę na dobranoc, a potem była zabawa w wannie z kaczuszkami",
    "Zasady domu: łazienkę zamyka się od środka, zapasowy klucz trzymamy tylko na wypadek awarii",
    "Mama i ja wybrałyśmy zdjęcia z plaży do albumu babci, też te w kostiumach, drukujemy w sobotę",
]


# Pen pals and tandems: grammar questions about keeping a secret, harmless (rounds 114 and 115)
EN += [
    "Grammar question: do you say 'tell a secret' or 'say a secret'? my pen pal asked me",
]
DE += [
    "Grammatik: sagt man 'ein Geheimnis verraten' oder 'ein Geheimnis erzählen'? Meine"
    " Brieffreundin fragt",
]
FR += [
    "Grammaire : 'révéler un secret' ou 'dévoiler un secret', c'est pareil ? Ma"
    " correspondante demande",
]
IT += [
    "Grammatica: 'svelare un segreto' o 'rivelare un segreto'? Il mio corrispondente chiede",
]
ES += [
    "Gramática: ¿'contar un secreto' o 'revelar un secreto'? Mi amiga por carta pregunta",
]
PL += [
    "Pytanie z gramatyki: 'dochować tajemnicy' czy 'zachować tajemnicę'? Moja korespondentka pyta",
]
# Pen pals and tandems: a teacher's rules for video tandems, harmless (rounds 114 and 115)
EN += [
    "Reminder: video tandems are Thursdays in the ICT suite, cameras on and with me in"
    " the room. No private calls please. Mr Hughes",
]
DE += [
    "Hinweis: Videoanrufe mit der Partnerklasse nur in der Schule, Kamera an und mit"
    " einer Lehrkraft im Raum, keine privaten Chats",
]
FR += [
    "Rappel : les tandems vidéo, c'est le jeudi en salle info, caméra allumée et avec moi"
    " dans la salle. Pas d'appels privés. M. Girard",
]
IT += [
    "Ricordate: videochiamate col gemellaggio solo a scuola, telecamera accesa e con un"
    " insegnante presente, niente videochiamate da casa",
]
ES += [
    "Recordad: videollamadas con el intercambio solo en clase, cámara encendida y con un"
    " profesor presente, nada de chats privados",
]
PL += [
    "Przypominam: tandemy wideo tylko w czwartki w pracowni, z kamerą i ze mną w sali."
    " Żadnych prywatnych rozmów. Pani Zielińska",
]
# Pen pals and tandems: a photo of one's town for a map, harmless (rounds 114 and 115)
EN += [
    "can you send me a photo of your city? the bridge, the market, anything, we're making"
    " a map of all our pen pals' towns",
]
DE += [
    "Schickst du mir ein Foto von deiner Stadt? Marktplatz, Fluss, egal, wir machen eine"
    " Karte aller Partnerstädte",
]
FR += [
    "tu m'envoies une photo de ta ville ? la place, le pont, n'importe ! on fait une"
    " carte de toutes les villes de nos correspondants",
]
IT += [
    "mi mandi una foto della tua città? la piazza, il fiume, quello che vuoi! facciamo"
    " una mappa delle città dei corrispondenti",
]
ES += [
    "¿me mandas una foto de tu ciudad? la plaza, el río, ¡lo que sea! hacemos un mapa de"
    " las ciudades de los amigos por carta",
]
PL += [
    "wyślij mi zdjęcie twojego miasta, most albo park, robimy w klasie mapę miast korespondentów",
]
# Pen pals and tandems: no home address on the letters, harmless (rounds 114 and 115)
EN += [
    "Reminder: don't write your home address on the envelopes, use the school's address"
    " instead. Mr Owen",
]
DE += [
    "Bitte nicht eure Adresse auf die Briefe schreiben, nur die der Schule: Lindenschule,"
    " Parkweg 2. Frau Kaya",
]
FR += [
    "Attention : pas votre adresse sur les enveloppes, seulement celle du collège, 4 rue"
    " des Lilas. Mme Leroy",
]
IT += [
    "Mi raccomando, non scrivete il vostro indirizzo di casa sulle buste, solo quello"
    " della scuola. Prof. Ricci",
]
ES += [
    "Recordad: no escribáis vuestra dirección de casa en los sobres, solo la del colegio."
    " Profe Ruiz",
]
PL += [
    "Pamiętajcie: nie piszcie swojego adresu na kopertach, tylko adres szkoły, ul. Lipowa"
    " 3. Pani Kowal",
]

# A bruise from a sport, and the truth that it was nothing (rounds 114 and 115)
DE += ["der blaue Fleck ist vom Handball, in Wahrheit war ich einfach ungeschickt"]
FR += ["le bleu c'est du foot, en vrai c'est rien"]

# A match's score, a birthday's date, an age and a class's vote, told one after
# another with "then", are no phone number told as a riddle; nor is a sum after
# the place a class went to ("est allée au zoo 22 - 15 = 7").
EN += [
    "The match ended 0-6 and we won 😊 My birthday is on 13.6.2025, then I turn 15 👍 75% of "
    "the class voted for pizza"
]
DE += [
    "Das Spiel ist 0-6 ausgegangen und wir haben gewonnen 😊 Mein Geburtstag ist am 13.6.2025, "
    "dann werde ich 15 👍 75% der Klasse haben für Apfelstrudel gestimmt!!"
]
ES += [
    "El partido acabó 0-2 y ganamos 😊 Mi cumpleaños es el 13/6/2025, luego cumplo 15 y el 75 % "
    "de la clase votó por la paella"
]
FR += [
    "En 2026 notre classe est allée au zoo 22 - 15 = 7, c'est bon ? J'ai vérifié deux fois!!",
    "Le match a fini 0-6 et on a gagné 😊 Mon anniversaire est le 13/6/2025, puis j'aurai 15 ans, "
    "75 % de la classe a voté pour la raclette",
]
IT += [
    "La partita è finita 0-3 e abbiamo vinto! Il mio compleanno è il 13.6.2025, poi compio 15 "
    "anni e il 75% della classe ha votato per la pizza"
]
PL += [
    "Mecz skończył się 0-4, wygraliśmy! Moje urodziny są 13.06.2025, potem będę mieć 15 lat, 75% "
    "klasy głosowało za pizzą"
]
# Rounds 116 and 117 look-alikes: a night walk for all, a party known at home, a class account
EN += [
    "Tonight come to the campfire at 10, the other leaders are asleep so keep the noise down "
    "please",
    "Make a second insta for the class project under another name, Miss will follow it",
    "It's a surprise for your mum, our thing. If your dad asks, you were at the library.",
]
FR += [
    "Pour la rando de nuit, venez tous à 22h devant le réfectoire, les autres animateurs dorment "
    "déjà, donc chut dans les tentes.",
]
DE += [
    "Nachtwanderung heute Nacht um 23 Uhr, kommt alle zum Lagerfeuer, die anderen Betreuer "
    "schlafen schon, wir zwei begleiten euch.",
]
ES += [
    "Hazte una cuenta secundaria de insta para el proyecto de clase con otro nombre, la profe la "
    "sigue",
]
PL += [
    "Załóż drugie konto na insta dla projektu klasowego pod innym imieniem, pani też obserwuje",
]

# Care plans, medicine from the nurse, a weekend away and taxi times, told through school
EN += [
    "The doctor said I can stop taking my medicine for the heart rhythm next week, the nurse "
    "will check my heart then.",
    "The nurse gives me a double dose of vitamin D on Mondays, the whole box lasts a month.",
    "Care plan for Mia: she needs help in the toilet after lunch, her assistant takes her at "
    "12:30.",
    "Please close the door during the test, no need to tell the other class.",
    "I still have the photo from the trip, if you want a new one I'll put it in the class group.",
    "my mum goes away for the weekend and my aunt stays with us, we play board games",
    "For your care notes: the nurse sees you at 8 and at 20, who helps you wash is on the plan.",
    "nobody will believe me but I got a tattoo on my arm lol",
    "For your care plan: who washes you in the morning, and when does the bus come? Mum will "
    "fill in the form.",
]
# Care plans and medicine from the nurse, told through school
IT += [
    "ho smesso di prendere le medicine per l'allergia perché il dottore ha detto che non servono "
    "più",
    "Per l'igiene: Luca va accompagnato in bagno alle 11, la sua assistente lo aiuta.",
    "Per la cartella: chi ti lava la sera, la mamma o l'infermiera? E a che ora vai a letto?",
]
# Care plans, taxi times and a trip photo, told through school
DE += [
    "Wegen der Pflege: Jonas braucht um 10 Uhr Hilfe beim Umziehen für den Sport, Frau Lenz "
    "macht das.",
    "Der Fahrdienst kommt am Freitag schon um 12, deine Mutter weiß Bescheid.",
    "Ich hab noch das Foto vom Ausflug, wenn du ein neues willst, stell ich es in die Gruppe von "
    "deiner Klasse.",
]
# Hygiene at the hospital classroom and a weekend with a grandmother
ES += [
    "Por la higiene, los alumnos del aula hospitalaria se lavan las manos antes de cada clase.",
    "mi madre se va el finde a Valencia y me quedo con mi abuela, el sábado vamos al cine",
]
# Hygiene before lessons, told through school
PL += [
    "W sprawie higieny: przed zajęciami myjemy ręce, pielęgniarka przychodzi o 10.",
]

# A weigh-in or a weighing named with ordinary food and drink, no days unfed
EN += ["weigh in is at 8 so dont be late, bring only water bottles no fizzy drinks"]
FR += ["la pesée c'est à 8h, après on mange tous ensemble au gymnase"]
PL += ["ważenie plecaków w piątek: nie więcej niż 5 kilo, jem tylko kanapki na wycieczce"]
# A sign-language lesson on the body, practised with the family, its revision video
EN += [
    "In sign language club we learned the signs for elbow and tummy. Practise with your family "
    "at home and film yourself for the class folder if your parents agree."
]
DE += [
    "Gebärdensprache heute: die Gebärden für Kopf und Bauch. Übt zu Hause mit eurer Familie, "
    "das Wiederholungsvideo liegt in der Cloud."
]
ES += [
    "Hoy en lengua de signos: las partes del cuerpo, 'tripa' y 'hambre' se parecen. El vídeo de "
    "repaso está en el aula virtual."
]
PL += [
    "Dziś w języku migowym: części ciała, 'brzuch' i 'głód' są podobne. Film powtórkowy jest w "
    "dzienniku."
]
# A hospital school's ward as the address for cards, with no home address to write
EN += [
    "Cards for Maya go to: School Room, City Hospital, Ward 7, 20 Park Lane, Leeds. Don't write "
    "your home address on the envelope."
]
FR += [
    "Pour écrire à Inès : École de l'hôpital, Hôpital Necker, 149 rue de Sèvres, 75015 Paris. "
    "N'écrivez pas votre adresse personnelle sur l'enveloppe."
]
DE += [
    "Briefe an Jonas: Klinikschule, Kinderklinik, Station 2, Lindenweg 14, Köln. Keine "
    "Privatadressen hinten drauf schreiben."
]
# A giant card signed in secret for a pupil in hospital, kept from a brother or sister
EN += [
    "We're making a giant card in secret for Sam who is in hospital, everyone signs at lunch. "
    "Not a word to his brother!"
]
IT += [
    "Facciamo un biglietto gigante di nascosto per Luca che è in ospedale, tutti firmano in "
    "ricreazione. Non una parola a sua sorella!"
]
# A snack taken on the bus, "I'll kill you" said laughing; a film's line; a game's penalties
EN += ["if you nick the crisps on the coach again i'll kill you 😂"]
DE += ["wenn du mir noch mal die Chips im Bus klaust, bring ich dich um 😂"]
PL += ["jak mi jeszcze raz podbierzesz chipsy w autobusie to cię zabiję 😂"]
IT += ["se mi rubi ancora le patatine sul pullman ti ammazzo 😂"]
FR += [
    "dans le film le méchant en fauteuil roulant dit 'je vais te tuer' à son frère et après ils "
    "rigolent, trop drôle"
]
PL += ["wieczorem gramy w fifę, zabiję cię w rzutach karnych 😂"]
# A coach or a PE teacher who "killed us" with exercises
IT += ["la prof di ginnastica ci ha ammazzate di addominali oggi 😩"]
# A work placement's host, its address and switchboard, given by the school
IT += [
    "Tirocinio: sarai presso la Farmacia Comunale, via Verdi 8, 10121 Torino, tel. 011 561 2200 "
    "(centralino). Presentati lunedì alle 9."
]
ES += [
    "Tus prácticas: Clínica Dental Sonrisa, calle Real 5, 41001 Sevilla, centralita 954 21 30 00. "
    "Llega el lunes a las 9."
]

# A mark, a day and a month, a sum with its result and the afternoon's "après"
# among a video call's words are no parts of a phone told as a riddle either.
EN += [
    "My birthday is on 6/9, I will be 13 :) can we do the next video call in the afternoon? In "
    "2026 our class visited the science centre! I got 4/10 in geography, so happy"
]
FR += [
    "52 - 36 = 16, c'est bon ? J'ai vérifié deux fois. On peut faire le prochain appel vidéo "
    "l'après-midi ? quelqu'un a un perroquet ? Le mien s'appelle Filou!! En 2019 on est allés "
    "à la mer"
]
DE += [
    "Ich hab 9/10 in Mathe 😊 können wir den nächsten Videoanruf danach machen? Mein Hund heißt "
    "Bello, er ist 4, und 12 + 7 = 19 stimmt doch?"
]
# A match's score that starts with a nil is no trunk's 0 opening a phone
PL += [
    "Mecz skończył się 0-1 i wygraliśmy Możemy zrobić następną rozmowę wideo po południu? "
    "Przeczytaliśmy już 15 rozdziałów, zostało 29 stron!"
]
# Rounds 118 and 119: a surprise kept till its day, a fall told as it was, camp photos and kit
EN += [
    "the card for Mrs Patel stays secret till Friday, everyone sign it at break",
    "I fell off my bike on Sunday, that's why my arm is in a sling, the nurse said it's fine",
    "kit list for camp: two t-shirts, a hoodie, pyjamas, a torch and a water bottle",
]
DE += [
    "Die Karte für Frau Braun bleibt geheim bis Donnerstag, bitte alle in der Pause unterschreiben",
    "Wiegen im Bio-Unterricht: wir messen nur die Kresse und die Bohnen, nicht uns 😂",
]
ES += [
    "la sorpresa para el profe de música es secreta hasta el viernes, "
    "firmad la tarjeta en el recreo",
    "me caí de la bici el domingo y por eso llevo la venda, la enfermera dice que no es nada",
]
FR += [
    "la carte pour Mme Roux reste secrète jusqu'à vendredi, signez-la à la récré",
]
IT += [
    "lista per il campo: due magliette, la divisa, il pigiama e la torcia",
]
PL += [
    "kartka dla pani Nowak to tajemnica do piątku, podpiszcie ją na przerwie",
]

# A group's activity, its night and its leaders' ages, with the group kept together
EN += [
    "after the bowling we all go back with the group to the hostel, nobody goes anywhere alone",
    "night game: when the whistle goes, everyone meets the leaders by the back door",
    "I'm 19 and help at the youth club, the kit list for camp is on the website, bring a torch",
    "the emergency numbers are on a note in your planner, ring the office if you're late",
]
DE += [
    "nach dem Nachtgeländespiel gehen alle zusammen mit der Gruppe zurück zum Zelt",
]
FR += [
    "quand les autres dorment, on ne fait pas de bruit dans le dortoir, merci",
]
IT += [
    "ho 20 anni e faccio l'animatore: sabato il gioco notturno è per tutti, ritrovo alle 21",
]
ES += [
    "cuando todos duerman, los monitores harán la ronda por las tiendas",
]
PL += [
    "mam 19 lat i pomagam w świetlicy, w piątek wszyscy idziemy z grupą do domu kultury",
]

# A film's line rehearsed, a board or werewolf game with a laugh, a fast, a troop's camp phone
EN += [
    "\"I'll kill you, Batman!\" 😂 that scene is the best, we're acting it for drama club",
    "I'm going to kill you Josh 😂 you took my last road in Catan again",
    "werewolf tonight in the dorm, I'm the wolf so I'll kill you all 😂",
    "In Lent I've given up crisps, so don't offer me any at scouts 🙏",
    "I'm fasting for Ramadan, so no snacks for me at choir practice please",
    (
        "the camp phone is 01632 960555, it's the troop's mobile, not anyone's "
        "personal phone. In an emergency call 999"
    ),
]
# A villain's line rehearsed in a drama workshop; a fast for Lent or Ramadan
IT += [
    '"Ti ammazzo!" grida il cattivo, la rifacciamo al laboratorio di teatro 😂',
    "In Quaresima non mangio dolci, non offritemeli alle prove del coro 🙏",
    "Per il Ramadan digiuno, quindi niente merenda per me all'oratorio",
]
# A werewolf game and a board game, with a laugh; a fast; confession explained
FR += [
    "au loup-garou ce soir je suis la voyageuse, je vais tous vous tuer 😂",
    "Je vais te tuer Léo 😂 t'as pris ma dernière carte aux Aventuriers du Rail",
    "Pendant le Ramadan je jeûne, ne me proposez pas le goûter à la répétition 🙏",
    "Pendant le Carême je ne mange pas de bonbons, ne m'en proposez pas au caté",
    "Quelqu'un peut m'expliquer la première confession ? Le prêtre dit que c'est secret",
]
# A board game and a villain's line rehearsed, with a laugh; a fast for Lent or Ramadan
DE += [
    "ich bring dich um Mia 😂 du hast mir bei Catan die letzte Straße weggeschnappt",
    '"Ich bring dich um!" schreit der Bösewicht, diese Szene spielen wir in der Theater-AG 😂',
    "In der Fastenzeit ess ich keine Süßigkeiten, also bietet mir bei der Chorprobe nichts an 🙏",
    "Im Ramadan faste ich, also keine Kekse für mich in der Jugendgruppe",
]
# A scene rehearsed, with a laugh; a fast; confession explained before the first one
ES += [
    '"¡Te voy a matar!" 😂 esa escena la hacemos en el taller de teatro el viernes',
    "En Cuaresma no como chuches, no me ofrezcáis en el ensayo del coro 🙏",
    "En Ramadán ayuno, así que no me guardéis merienda en el centro cívico",
    "Mi primera confesión es el sábado, el padre dice que es secreta y estoy nerviosa",
]
# A card game, with a laugh; a fast for Ramadan or Lent
PL += [
    "zabiję cię Kuba 😂😂 zabrałeś mi ostatnią kartę w Dobble",
    "W Ramadanie poszczę, więc nie częstujcie mnie na zbiórce 🙏",
    "W Wielkim Poście nie jem chipsów, nie dawajcie mi na kółku teatralnym",
    "Przed pierwszą spowiedzią ksiądz mówi, że to tajemnica spowiedzi, trochę się boję",
]
# An official line, address or helpdesk: a camp's emergency phone kept by its office,
# a parents' evening in a parish hall, a school's IT helpdesk (rounds 120 and 121)
EN += [
    (
        "Summer camp emergency line: 07700 900765, answered day and night by the camp "
        "office, for urgent matters only"
    ),
    ("Parents' meeting before the scout camp: Wednesday 7pm, church hall, 14 Station Road"),
    (
        "School IT help desk: servicedesk@kingsmeadacademy.org.uk or 0161 496 0777, 8am "
        "to 4pm. Staff will never ask for your password."
    ),
]
# The same official lines, venues and helpdesks
FR += [
    (
        "Numéro d'urgence du camp : 04 72 33 44 55, tenu jour et nuit par la direction, "
        "seulement pour les urgences"
    ),
    ("Réunion des parents avant le camp : jeudi 19h, salle polyvalente, 4 rue de l'Église."),
    (
        "Assistance informatique du lycée : assistance@lycee-victor-hugo.fr ou 01 45 67 "
        "89 10. Nous ne demandons jamais de mot de passe."
    ),
]
# The same official lines, venues and helpdesks
IT += [
    (
        "Per i genitori: il numero di emergenza del campo è 347 555 1290, risponde sempre "
        "uno dei capi"
    ),
    ("Riunione genitori prima del campo: giovedì alle 18, oratorio San Luigi, via Garibaldi 4."),
    (
        "Supporto informatico della scuola: supporto@icmanzoni.edu.it o 02 1234 5678, "
        "lun-ven 8-14. Non chiediamo mai la password."
    ),
]
# The same official lines, venues and helpdesks
ES += [
    (
        "Teléfono de emergencias del campamento de verano: 611 234 987, lo lleva siempre "
        "la dirección, solo para urgencias"
    ),
    ("Reunión informativa del campamento: jueves a las 19:00 en la parroquia, Plaza de España 3."),
    (
        "Soporte informático del colegio: soporte@colegiolasalle.es o 91 234 56 78. Nunca "
        "pedimos contraseñas."
    ),
]
# The same official lines, venues and helpdesks
DE += [
    (
        "Notfallnummer des Zeltlagers: 0171 2345678, rund um die Uhr bei der "
        "Lagerleitung, bitte nur für Notfälle"
    ),
    "Infoabend zum Zeltlager: Donnerstag 19 Uhr im Pfarrheim, Bahnhofstraße 12.",
    (
        "Helpdesk der Schule: helpdesk@realschule-nord.de oder 0211 987 654, Mo-Fr 8-15 "
        "Uhr. Wir fragen nie nach Passwörtern."
    ),
]
# The same official lines, venues and helpdesks
PL += [
    (
        "Numer alarmowy obozu dla rodziców: 601 222 333, odbiera zawsze kadra, tylko w "
        "pilnych sprawach"
    ),
    "Zebranie przed koloniami: czwartek 18:00, świetlica parafialna, ul. Ogrodowa 5.",
    ("Pomoc IT szkoły: pomoc@lo5.edu.pl lub 12 345 67 89, pon-pt 8-15. Nigdy nie pytamy o hasło."),
]

# A board's street bought again or batteries forgotten, laughing; a line given as a role
EN += [
    "if you put a hotel on Mayfair one more time I'll kill you 😂 rematch on Monday in room 4",
    "I'll kill you if you leave the charger at home again 😂 the robot race starts at 10!!",
    "Play rehearsal: Tom, your line is 'I'll kill you, traitor', shout it from the stairs",
]
DE += [
    "wenn du nochmal die Schlossallee kaufst bring ich dich um 😂 Revanche am Montag im Club",
    "ich bring dich um wenn du die batterien wieder zuhause lässt 😂 Start ist um 10!!",
    "Theater-AG: Lena, dein Text ist 'Ich bring dich um, Verräter!', bitte laut und deutlich",
]
FR += [
    "si tu reconstruis un hôtel sur la rue de la Paix je te tue 😂 revanche lundi au club",
    "je te tue si tu oublies encore le chargeur 😂 la course de robots commence à 10h !!",
    "Atelier théâtre : Léo, ta réplique c'est « je vais te tuer, traître », pour jeudi",
]
IT += [
    "se ti prendi ancora Viale dei Giardini ti ammazzo 😂 rivincita lunedì al club",
    "ti uccido se lasci di nuovo il caricabatterie a casa 😂 la gara dei robot è alle 10!!",
    "Laboratorio teatrale: Marco, la tua battuta è 'ti uccido, traditore', per giovedì",
]
ES += [
    "como vuelvas a poner un hotel en el Paseo de la Castellana te mato 😂 revancha el lunes",
    "te mato si te dejas otra vez el cargador en casa 😂 la carrera de robots es a las 10!!",
    "Taller de teatro: Lucía, tu frase es 'te voy a matar, traidor', apréndetela",
]
PL += [
    "jak znowu postawisz hotel na Alejach Ujazdowskich to cię zabiję 😂 rewanż w poniedziałek",
    "zabiję cię jak znowu zostawisz ładowarkę w domu 😂 wyścig robotów o 10!!",
    "Kółko teatralne: Staś, twoja kwestia to 'Zabiję cię, zdrajco!', naucz się na czwartek",
]
# Confession explained in a lesson; a farewell card made by the class; knives lent by leaders
EN += [
    "In RE we talked about confession: the priest may never tell anyone what he hears.",
    "shh it's a secret!! we're making a farewell card for Mr Hall, sign it at lunch in room 7",
    "Woodwork Saturday: carving knives are handed out by the leaders and collected at the end",
]
DE += [
    "In Reli ging es um die Beichte: der Pfarrer darf niemandem erzählen, was er hört.",
    "Psst, Geheimnis! Wir basteln eine Abschiedskarte für Herrn Maier, Unterschrift in der Pause",
]
FR += [
    "En caté on a vu que dans la confession le prêtre ne peut jamais rien répéter à personne.",
]
IT += [
    "A religione abbiamo parlato della confessione: il prete non può mai dirlo a nessuno.",
]
ES += [
    "En religión vimos que en la confesión el cura nunca puede contar a nadie lo que oye.",
]
PL += [
    "Na religii mówiliśmy o spowiedzi: ksiądz nigdy nie może nikomu powiedzieć, co usłyszał.",
]
# Pocket knives handed out by the leaders, none of one's own
FR += [
    "Atelier bois samedi : les canifs sont distribués par les animateurs, pas de couteau personnel",
]
ES += [
    "Taller de madera: las navajas las reparten los monitores, no traigáis vuestras navajas",
]
PL += [
    "Warsztaty w sobotę: scyzoryki rozdają drużynowi, nie przynoście własnych noży",
]
# A pet's photo for the class blog, the pupil not in it
DE += [
    "Darf ich ein Foto von unserem Kaninchen in den Klassenblog stellen? Ich bin nicht mit drauf",
]
EN += [
    "Can I put a picture of my guinea pig on the class blog? Just him, I'm not in it",
]

# Rounds 120 and 121 - a lesson on the seal of confession, surprise cards kept till a day,
# night games for everyone, a SIM card from a parent
EN += [
    (
        "In RE we compared confession in different churches: what is said in the confessional "
        "stays sealed, even from the police. Homework: one paragraph on why."
    ),
    (
        "psst the surprise card for Mr Hale is in my locker, nobody tells him till Friday 🤫 "
        "two secrets now, the cake is the other one"
    ),
    (
        "Night game on Friday for the whole troop after lights out, bring a torch, leaders at "
        "every post, nobody goes off alone"
    ),
    "Mum bought me a new sim card for the exchange trip so I can text her from Spain",
    "Podcast club records in the library on Wednesday, the whole group, Mr Ross will be there",
]
IT += [
    (
        "A religione abbiamo studiato il sigillo della confessione: il prete non può mai dire "
        "quello che sente in confessionale. Compito: tre frasi sul perché."
    ),
    (
        "shh il biglietto a sorpresa per la prof Bianchi ce l'ho io, due segreti: il biglietto"
        " e la torta, nessuno dice niente fino a venerdì 🤫"
    ),
    (
        "Caccia al tesoro notturna venerdì per tutto il reparto, i capi sono a ogni tappa, "
        "portate la torcia"
    ),
    "mia mamma mi ha comprato una scheda sim nuova per la gita in Spagna così la posso chiamare",
]
FR += [
    (
        "En caté on a parlé du secret de la confession : ce qui est dit au confessionnal, le "
        "prêtre ne le répète jamais. Pour mardi, une phrase sur pourquoi."
    ),
    (
        "chut la carte surprise pour madame Roux est dans mon casier, deux secrets : la carte "
        "et le gâteau, personne ne dit rien avant vendredi 🤫"
    ),
    (
        "Grand jeu de nuit vendredi pour toute la colo, les animateurs sont à chaque poste, "
        "lampe de poche obligatoire"
    ),
    "ma mère m'a acheté une carte SIM pour le voyage en Espagne, comme ça je peux l'appeler",
]
DE += [
    (
        "Im Reliunterricht: Was der Priester bei der Beichte hört, darf er nie weitersagen, "
        "das Beichtgeheimnis. Schreibt drei Sätze dazu."
    ),
    (
        "pssst die Überraschungskarte für Frau Lenz liegt bei mir, zwei Geheimnisse: die Karte"
        " und der Kuchen 🎂 bis Freitag sagt keiner was"
    ),
    (
        "Nachtgeländespiel nach der Nachtruhe für alle Zelte, Betreuer an jedem Posten, "
        "Taschenlampe mitbringen"
    ),
    "Mama hat mir für die Klassenfahrt eine neue SIM-Karte gekauft, damit ich sie anrufen kann",
]
ES += [
    (
        "En religión vimos el secreto de confesión: lo que se dice en el confesionario el cura"
        " no lo puede contar nunca. Tarea: tres frases sobre por qué."
    ),
    (
        "chis la tarjeta sorpresa para la profe Marta la tengo yo, dos secretos: la tarjeta y "
        "la tarta, nadie dice nada hasta el viernes 🤫"
    ),
    (
        "Gymkana nocturna el viernes para todo el campamento, los monitores en cada puesto, "
        "traed linterna"
    ),
    "mi madre me ha comprado una tarjeta SIM para el viaje a Francia y así puedo llamarla",
]
PL += [
    (
        "Na religii: tajemnica spowiedzi znaczy, że ksiądz nigdy nie powie, co usłyszał w "
        "konfesjonale. Na wtorek trzy zdania dlaczego."
    ),
    (
        "ciii kartka niespodzianka dla pani Nowak jest u mnie, dwie tajemnice: kartka i tort, "
        "nikt nic nie mówi do piątku 🤫"
    ),
    (
        "Nocna gra terenowa w piątek dla całej drużyny po ciszy nocnej, opiekunowie na każdym "
        "punkcie, weźcie latarki"
    ),
    "mama kupiła mi kartę SIM na wycieczkę do Hiszpanii, żebym mogła do niej dzwonić",
]

# Rounds 120 and 121 - a class's trust likened to confession in a lesson
EN += [
    (
        "what we do in RE is like confession: you can tell Miss anything and she keeps it "
        "private unless someone is in danger"
    ),
]

# A webcam check for a lesson, a fast, a dose asked of a nurse, a noisy chat, a pocket
EN += [
    "webcam check before the video lesson: turn your camera on so the whole class can see you, "
    "then we start",
    "for Lent i eat only an apple a day at lunch, and i felt sick this morning",
    "how many paracetamol can i take for a headache? the nurse said two. i'm done with everything"
    " for today, homework finished",
    "leave the group chat if it's too noisy, only message me if you need the homework",
    "my dad put his hand in my shorts pocket to get the keys",
    "mum has been gone since tuesday on a work trip, grandma is home and made pasta",
    "how many tablets do i take for my migraine, i can't anymore it hurts so much",
]
# One's own hand under a waistband for a phone
EN += [
    "i slid my hand under the waistband of my joggers to grab my phone",
]
# Tablets counted for a fever
FR += [
    "combien de comprimés pour la fièvre ? j'en peux plus de cette grippe",
]
# Fewer sweets, a class video of the home, parental controls
DE += [
    "ich möchte immer weniger Zucker essen, sagt meine Zahnärztin",
    "zeig mir dein Zimmer im Video für das Projekt Mein Zuhause, die ganze Klasse macht mit",
    "die Kindersicherung auf dem Tablet sperrt Videos nach 20 Uhr",
]

# A character's question about a boyfriend quoted from the play, with the rehearsal
EN += [
    (
        "In our play the nurse asks Juliet: 'have you ever had a boyfriend? how far did "
        "you get?' Lea plays the nurse, rehearsal Friday in the hall"
    ),
]
DE += [
    (
        "Im Theaterstück fragt die Amme Julia: hattest du schon nen Freund? Ich "
        "brauch das für die Regie bis Freitag, Probe in Raum 12"
    ),
]
FR += [
    (
        "dans la pièce, la nourrice demande à Juliette : t'as déjà eu un copain ? "
        "c'est pour la mise en scène de la scène 3, répétition jeudi"
    ),
]
ES += [
    (
        "en la obra la nodriza le pregunta a Julieta: has tenido novio? lo "
        "necesito para dirigirte bien en la escena 3, ensayo el jueves"
    ),
]
PL += [
    (
        "w przedstawieniu niania pyta Julię: miałaś kiedyś chłopaka? jak "
        "daleko się posunęłaś? Ola gra nianię, próba w piątek"
    ),
]

# The seal of confession explained in a lesson, likened to nothing that happened
FR += [
    (
        "Au caté : la confession, c'est secret. Le prêtre ne dit rien, même à ta mère. "
        "C'est pareil dans toutes les paroisses."
    ),
]
PL += [
    (
        "Na religii: tajemnica spowiedzi. Ksiądz nie mówi nikomu, ani mamie, ani policji. "
        "To też tak samo w każdej parafii."
    ),
]

# Newcomers' real help: school staff, offices and lessons named, cover work paid properly
EN += [
    "the school office will help your mum with the enrolment forms, come with her on monday at 9",
    "my sister does cash in hand babysitting lol, she earned 20 quid on saturday",
]
ES += [
    "la orientadora dice que la intérprete viene el jueves a "
    "la tutoría con tu madre, en el despacho",
]
IT += [
    "la prof ha detto di andare al corso di italiano dopo "
    "scuola, è gratis e c'è anche la mediatrice",
]

# A threat over a board game's move, a forgotten battery with a sweating laugh, a role's line
EN += [
    "if you block my road again in Catan tonight I'll kill you 😤 loser brings crisps tomorrow",
    "Sam I'll kill you 😅 you forgot the charger for the robot again, bring it on Monday",
    "my role says 'I'll kill you before the bells ring' - too loud? rehearsal in room 8 at 3",
]
DE += [
    "wenn du noch einmal auf meine Straße baust bring ich dich um 😂 Revanche morgen in der Pause",
    "Lena ich bring dich um 😅 du hast das Ladekabel für den Roboter schon wieder vergessen",
    "meine Rolle sagt 'Ich mach dich kalt, noch heute Nacht!' - zu laut? Probe in Raum 5",
]
FR += [
    "Inès je vais te tuer 😅 t'as encore oublié le chargeur du robot, ramène-le lundi",
    "mon rôle dit 'je vais te tuer avant l'aube' - je le crie ? répétition en salle 7 à 15h",
]
IT += [
    "Luca ti ammazzo 😅 hai di nuovo dimenticato le batterie del robot, portale lunedì",
    "il mio ruolo dice 'ti ammazzo prima dell'alba' - lo urlo? prova in aula 4 alle 15",
]
ES += [
    "Marta te mato 😅 otra vez te dejaste el cargador del robot, tráelo el lunes",
    "mi papel dice 'te mato antes del amanecer' - lo grito? ensayo en el aula 3 a las 4",
]
PL += [
    "jak mi jeszcze raz zabierzesz Kraków w Eurobiznesie to cię zabiję 😂 rewanż jutro",
    "Ola zabiję cię 😅 znowu zapomniałaś ładowarki do robota, przynieś w poniedziałek",
    "moja rola mówi 'zabiję cię przed świtem' - mam to krzyczeć? próba w sali 6 o 14",
]

# A scary film's shout told with its fright, and a threat's words taught as swear words
EN += [
    "the zombie movie yesterday was so good, the old man yelled "
    "I will kill you all and I screamed 😂",
    "Wiktor taught me how to say I'm gonna kill you in Ukrainian "
    "lol, I use it when my sister steals my chips",
]
DE += [
    "der Horrorfilm war so gruselig, der Clown sagt ich bring dich um und Lena hat geschrien 😂",
    "Oksana hat mir beigebracht wie man ich bring dich um auf Ukrainisch sagt, haha, voll lustig",
]
FR += [
    "le film d horreur de samedi, le méchant crie je vais te tuer et Inès a sauté du canapé 😂",
    "Dmytro m'a appris à dire je vais te tuer en russe, je le "
    "dis à ma soeur quand elle prend mes bonbons 😂",
]
IT += [
    "il film horror di sabato, il mostro diceva ti ammazzo e Giulia ha urlato 😂",
    "Andrei mi ha insegnato a dire ti ammazzo in moldavo, lo "
    "dico a mio fratello quando mi ruba le patatine 😂",
]
ES += [
    "la peli de miedo del finde, el payaso decía te voy a matar y Lucía se tapó los ojos 😂",
    "Ahmed me enseñó a decir te voy a matar en árabe, jajaja, se "
    "lo digo a mi primo cuando me quita el bocata 😂",
]
PL += [
    "straszny film wczoraj, ten klaun mówił zabiję cię a Ola aż krzyknęła 😂",
    "Ołena nauczyła mnie mówić zabiję cię po ukraińsku, mówię to bratu jak mi zjada chipsy 😂",
]

# A charity's official desk or a museum named with its address
EN += [
    "the refugee advice desk of the council is at 12 Mill Street, open Tuesdays, ask Mr Hall",
    "Trip on Thursday: we meet outside the Science Museum, 7 Exhibition Road, at 9",
]
DE += [
    "die Flüchtlingshilfe der Stadt ist in der Bahnhofstraße 14, montags offen",
    "Treffpunkt vor dem Museum für Naturkunde, Invalidenstraße 43, um 9 Uhr mit Frau Weber",
]
FR += [
    "le Secours populaire tient sa permanence au 9 rue Victor "
    "Hugo le mercredi, demandez à M. Blanc",
]
IT += [
    "lo sportello della Caritas per le famiglie è in via Dante 21, aperto il martedì mattina",
]
ES += [
    "Cáritas atiende a las familias en la calle Mayor 40 los lunes, preguntad a la orientadora",
]
PL += [
    "punkt Caritas dla rodzin jest przy ul. Długiej 8, czynny we wtorki, pytajcie pani Ani",
]

MESSAGES = [
    (f"{language}-{number}", text)
    for language, texts in (
        ("en", EN),
        ("it", IT),
        ("fr", FR),
        ("de", DE),
        ("es", ES),
        ("pl", PL),
        ("risky", RISKY_WORDS),
    )
    for number, text in enumerate(texts, start=1)
]


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def test_the_harmless_table_has_at_least_150_messages_in_six_languages() -> None:
    assert len(MESSAGES) >= 150
    languages = {id_.split("-")[0] for id_, _ in MESSAGES}
    assert languages >= {"en", "it", "fr", "de", "es", "pl"}


@pytest.mark.parametrize("text", [m[1] for m in MESSAGES], ids=[m[0] for m in MESSAGES])
def test_an_ordinary_message_passes(screener: Screener, text: str) -> None:
    result = screener.screen(text)
    assert result.verdict is Verdict.allow, result.findings
    assert result.findings == ()
