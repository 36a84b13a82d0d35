"""Held-out measures of screening: new wording, written after the rules.

Each round was written after the word lists, cues and rules of its time, with
phrasing deliberately unlike the rows of the other tables (other verbs, other
scenarios, slang, typos, missing accents, other word orders), and measured
once before any rule was changed: those first figures are the honest ones,
and ``docs/safety.md`` records them (round 1: 62.9 % recall, 0 % false
holds; round 2: 61.7 % and 2.2 %; round 3: 78.9 % and 1.7 %; rounds 4 to
8, in their own modules with their kinds: 58.9 % and 4.2 %, 73.8 % and 0 %,
48.2 % and 0 %, 76.8 % and 3.3 %, 50.0 % and 1.1 %; round 9, on the kinds of
the issue's reports: 88.2 % and 1.1 %; round 10, in chat spelling: 81.0 % and
0 %; round 11, an adult's longer approaches and harder disclosures: 31.4 % and
0 %; round 12: 64.2 % and 10.0 %; round 13: 72.5 % and 0 %; round 14: 45.0 %
and 0 %; round 15: 57.5 % and 0 %; round 16: 60.0 % and 0 %; round 17: 45.0 % and
6.7 %; round 18: 57.9 % and 1.7 %; round 19: 61.7 % and 5.0 %; round 20:
39.2 % and 5.6 %; round 21, new scenarios: 25.2 % and 3.0 % against the
rules before round 20's lessons, 84.8 % and 1.3 % against the rules it met;
round 22, new scenarios after round 21's lessons: 30.0 % and 0 %; round 23,
grooming and secrecy in new wording: 48.3 % and 3.3 %; round 24, every kind
after round 23's lessons: 72.5 % and 0 %; round 25, new scenarios of grooming,
a pupil at risk and evasive forms: 58.3 % and 5.0 %; round 26, a pupil at risk
in the pupil's own words: 22.2 % and 0 %; round 27, every kind in new
scenarios: 39.2 % and 2.2 % by the rules alone, 76.7 % and 1.1 % with the
second opinion of rounds 1 to 26, its first fresh measure; round 28, every
kind in new scenarios after round 27's lessons: 67.5 % and 2.2 % by the rules
alone, 89.2 % and 3.3 % with the second opinion of rounds 1 to 27; round 29,
every kind in new scenarios after round 28's lessons: 60.0 % and 2.2 % by the
rules alone, 84.2 % and 2.2 % with the second opinion of rounds 1 to 28;
round 30, every kind in new scenarios after round 29's lessons and the
written training rows: 57.5 % and 3.3 % by the rules alone, 90.8 % and 3.3 %
with the second opinion; round 31, every kind in new scenarios after round
30's lessons: 59.2 % and 5.6 % by the rules alone, 88.3 % and 5.6 % with the
second opinion; round 32, every kind in new scenarios after round 31's
lessons: 51.7 % and 1.1 % by the rules alone, 83.3 % and 1.1 % with the second
opinion; round 33, every kind after round 32's lessons: 67.5 % and 0 % by the
rules alone, 89.2 % and 0 % with the second opinion; round 34, every kind
after round 33's lessons: 56.7 % and 0 % by the rules alone, 83.3 % and 1.1 %
with the second opinion; round 35, every kind after round 34's lessons: 56.7 %
and 0 % by the rules alone, 84.2 % and 0 % with the second opinion; round 36,
every kind after round 35's lessons: 65.8 % and 0 % by the rules alone, 85.8 %
and 0 % with the second opinion; round 37, an ordinary mixed sample of every
kind after round 36's lessons: 95.0 % and 0 % by the rules alone, 99.2 % and 0 %
with the second opinion; round 38, another such sample, written apart: 96.7 % and
1.1 % by the rules alone, 100 % and 1.1 % with the second opinion; round 39, a
checker's probe for what a filter misses, after round 36's lessons: 84.2 % and
2.2 % by the rules alone, 96.7 % and 2.2 % with the second opinion; round 40,
younger pupils and the adults who target them: 82.5 % and 0 % by the rules
alone, 99.2 % and 0 % with the second opinion; round 41, longer posts with the
concern inside ordinary talk: 88.3 % and 2.2 % by the rules alone, 98.3 % and
2.2 % with the second opinion; round 42, every kind in scenarios no round had,
after round 38's lessons: 35.8 % and 0 % by the rules alone, 90.8 % and 0 %
with the second opinion; round 43, every kind in everyday European life: 61.7 %
and 0 % by the rules alone, 88.3 % and 0 % with the second opinion; round 44,
an ordinary mixed sample after rounds 39 to 43's lessons: 92.5 % and 1.1 % by
the rules alone, 100 % and 1.1 % with the second opinion; round 45, a
checker's probe: 78.3 % and 1.1 % by the rules alone, 96.7 % and 2.2 % with
the second opinion; round 46, every kind in scenarios no round had: 47.5 % and
3.3 % by the rules alone, 90.0 % and 3.3 % with the second opinion; round 47,
an ordinary sample after rounds 44 to 46's lessons: 86.7 % and 0 % by the
rules alone, 98.3 % and 0 % with the second opinion; round 48, a checker's
probe: 81.7 % and 0 %, 94.2 % and 0 %; round 49, scenarios no round had:
50.8 % and 0 %, 90.8 % and 0 %; round 50, an ordinary sample after rounds 47 to
49's lessons: 95.0 % and 0 % by the rules alone, 100 % and 0 % with the second
opinion; round 51, a checker's probe: 88.3 % and 1.1 %, 98.3 % and 1.1 %; round
52, scenarios no round had: 65.0 % and 1.1 %, 95.0 % and 1.1 %; round 53,
scenarios no round had, after round 52: 52.5 % and 6.7 %, 89.2 % and 7.8 %;
round 54, a checker's probe: 53.3 % and 2.2 % by the rules alone, 82.5 % and
2.2 % with the second opinion of rounds 1 to 52; round 55, scenarios no round
had, after rounds 53 and 54: 51.7 % and 0 %, 91.7 % and 0 % with the second
opinion of rounds 1 to 54; round 56, a second checker's probe: 53.3 % and
6.7 %, 85.0 % and 6.7 %; round 57, an ordinary mixed sample after round 56:
85.8 % and 4.4 %, 96.7 % and 4.4 % with the second opinion of rounds 1 to 56;
round 58, the youngest pupils and the adults who target them: 60.8 % and
3.3 %, 94.2 % and 3.3 %; round 59, older pupils on an exchange visit, where
numbers are everywhere: 71.7 % and 1.1 %, 96.7 % and 2.2 % with the second
opinion of rounds 1 to 58; round 60, a probe of evasions (words broken up,
languages mixed, understatements): 73.3 % and 13.3 %, 89.2 % and 17.8 % with
the second opinion of rounds 1 to 59; round 61, written at the same time, an
ordinary week of a partner-class project in plain words: 73.3 % and 1.1 %,
93.3 % and 1.1 % with the second opinion of rounds 1 to 59; round 62, longer
texts of forums, pages and postcards with the concern in the middle: 92.5 % and
11.1 %, 99.2 % and 12.2 % with the second opinion of rounds 1 to 61; round 63,
the chat beside live lessons and video calls: 85.0 % and 7.8 %, 96.7 % and
7.8 % with the second opinion of rounds 1 to 62, six of the seven false holds
links to a video-call platform's domain the space had not allowed, held by
policy; round 64, written at the same time, the adults around a project and the
ones posing as them: 86.7 % and 7.8 %, 100 % and 7.8 % with the second opinion of
rounds 1 to 62; round 65, an ordinary mixed sample at the end of the school year:
93.3 % and 2.2 % by the rules alone, 100 % and 2.2 % with the second opinion of
rounds 1 to 64; round 66, dictated and phonetic writing, as young pupils and a
tablet's dictation write: 83.3 % and 7.8 % by the rules alone, 98.3 % and 8.9 %
with the second opinion of rounds 1 to 65; round 67, written at the same time,
creative writing and role-play and the real people behind them: 76.7 % and
14.4 % by the rules alone, 96.7 % and 26.7 % with the second opinion of rounds 1
to 65; round 68, learners' mistakes and mixed languages in a language exchange,
and the adults who exploit it: 87.5 % and 22.2 % by the rules alone, 96.7 % and
24.4 % with the second opinion of rounds 1 to 67; round 69, written at the same
time, games, sports clubs and hobbies, coaches and people posing as scouts or
moderators: 83.3 % and 8.9 % by the rules alone, 99.2 % and 14.4 % with the
second opinion of rounds 1 to 67; round 70, written at the same time, exams,
homework and their pressure, tutors and offers to cheat: 77.5 % and 3.3 % by the
rules alone, 99.2 % and 4.4 % with the second opinion of rounds 1 to 67; round 71,
written at the same time, an ordinary mixed sample of the winter weeks: 88.3 % and
3.3 % by the rules alone, 99.2 % and 6.7 % with the second opinion of rounds 1 to
67; round 72, families on the platform and adults posing as a pupil's relative or
a family friend: 75.8 % and 1.1 % by the rules alone, 98.3 % and 3.3 % with the
second opinion of rounds 1 to 67, 69 and 71; round 73, written at the same time, a
checker's probe of concerns split, hidden and understated: 71.7 % and 13.3 % by
the rules alone, 94.2 % and 14.4 % with the second opinion of rounds 1 to 67, 69
and 71; round 74, older pupils of fifteen to eighteen and the adults who pass as
young or offer jobs, lifts and modelling: 73.3 % and 7.8 % by the rules alone,
93.3 % and 7.8 % with the second opinion of rounds 1 to 73; round 75, written at
the same time, pictures, pages and postcards and those who use them to reach a
child: 75.0 % and 10.0 % by the rules alone, 94.2 % and 10.0 % with the second
opinion of rounds 1 to 73; round 76, written at the same time, an ordinary mixed
sample of a spring week: 75.8 % and 12.2 % by the rules alone, 96.7 % and 13.3 %
with the second opinion of rounds 1 to 73; round 77, written at the same time, a
probe of cover stories (lessons, stories, games, jokes, surprises and homework as
frames): 71.7 % and 7.8 % by the rules alone, 87.5 % and 7.8 % with the second
opinion of rounds 1 to 73; round 78, the youngest writers, pupils with learning
support and the adults who use their trust: 77.5 % and 6.7 % by the rules alone,
96.7 % and 8.9 % with the second opinion of rounds 1 to 77; round 79, written at
the same time, citizenship, eco-clubs, councils and climate strikes: 87.5 % and
2.2 % by the rules alone, 99.2 % and 3.3 % with the second opinion of rounds 1 to
77; round 80, written at the same time, music, choir, drama, dance and talent
shows: 85.8 % and 3.3 % by the rules alone, 96.7 % and 4.4 % with the second
opinion of rounds 1 to 77; round 81, written at the same time, conflicts between
pupils and concerns from peers as well as adults: 85.8 % and 2.2 % by the rules
alone, 99.2 % and 2.2 % with the second opinion of rounds 1 to 77; round 82,
outdoor education, trips, camps and the adults around them: 85.8 % and 4.4 % by
the rules alone, 99.2 % and 8.9 % with the second opinion of rounds 1 to 81;
round 83, written at the same time, health, body and growing up: 85.8 % and
8.9 % by the rules alone, 99.2 % and 10.0 % with the second opinion of rounds 1
to 81; round 84, written at the same time, digital projects and adults posing as
mentors, YouTubers and sponsors: 86.7 % and 10.0 % by the rules alone, 97.5 % and
10.0 % with the second opinion of rounds 1 to 81; round 85, written at the same
time, an ordinary autumn week: 89.2 % and 1.1 % by the rules alone, 98.3 % and
5.6 % with the second opinion of rounds 1
to 81; round 86, a probe of concerns hidden inside the frames rounds 78 to 85
taught the rules to spare: 84.2 % and 2.2 % by the rules alone, 97.5 % and
5.6 % with the second opinion of rounds 1 to 85; round 87, written at the same
time, festivals, faiths and family traditions and the adults who borrow them:
89.2 % and 2.2 % by the rules alone, 98.3 % and 2.2 % with the second opinion
of rounds 1 to 85; round 88, written at the same time, changes at home and those
who exploit a child's unsettled time: 92.5 % and 10.0 % by the rules alone,
100 % and 14.4 % with the second opinion of rounds 1 to 85; round 89, written at
the same time, the exchange week in person, travel, host families and evenings
out: 90.8 % and 14.4 % by the rules alone, 99.2 % and 17.8 % with the second
opinion of rounds 1 to 85; round 90, concerns hidden inside the innocent frames
rounds 86 to 89 taught the rules to spare: 79.2 % and 11.1 % by the rules alone,
94.2 % and 12.2 % with the second opinion of rounds 1 to 89; round 91, written at
the same time, young workers on placements, apprenticeships and first jobs:
82.5 % and 14.4 % by the rules alone, 99.2 % and 14.4 % with the second opinion
of rounds 1 to 89; round 92, sport between partner schools, coaches and away
games: 83.3 % and 15.6 % by the rules alone, 99.2 % and 15.6 % with the second
opinion of rounds 1 to 91; round 93, written at the same time, a probe of
concerns dressed as official contacts and notices: 88.3 % and 18.9 % by the rules
alone, 97.5 % and 20.0 % with the second opinion of rounds 1 to 91; round 94,
the school newspaper, radio and interviews: 92.5 % and 14.4 % by the rules alone,
99.2 % and 15.6 % with the second opinion of rounds 1 to 93; round 95, written at
the same time, volunteering and charity: 82.5 % and 6.7 % by the rules alone,
97.5 % and 7.8 % with the second opinion of rounds 1 to 93; round 96, a probe of
the frames rounds 92 to 95 taught the rules to spare: 80.0 % and 8.9 % by the rules
alone, 96.7 % and 10.0 % with the second opinion of rounds 1 to 95; round 97,
written at the same time, science and technology: 78.3 % and 8.9 % by the rules
alone, 97.5 % and 8.9 % with the second opinion of rounds 1 to 95; round 98, an
ordinary winter week: 92.5 % and 14.4 % by the rules alone, 100 % and 15.6 % with
the second opinion of rounds 1 to 97; round 99, written at the same time, online
games and streaming: 86.7 % and 14.4 % by the rules alone, 99.2 % and 15.6 % with
the second opinion of rounds 1 to 97; round 100, a probe of the frames rounds 98
and 99 taught the rules to spare: 91.7 % and 15.6 % by the rules alone, 99.2 % and
16.7 % with the second opinion of rounds 1 to 99; round 101, written at the same
time, the arts: 88.3 % and 17.8 % by the rules alone, 98.3 % and 17.8 % with the
second opinion of rounds 1 to 99; round 102, the youngest pupils and pupils with
special needs as they write: 79.2 % and 20.0 % by the rules alone, 96.7 % and
21.1 % with the second opinion of rounds 1 to 101; round 103, written at the same
time, a probe of the frames rounds 100 and 101 taught the rules to spare: 94.2 %
and 17.8 % by the rules alone, 100 % and 18.9 % with the second opinion of rounds
1 to 101; round 104, the oldest pupils: careers, exams and growing up: 93.3 % and
16.7 % by the rules alone, 99.2 % and 16.7 % with the second opinion of rounds 1
to 103; round 105, written at the same time, a probe of the frames rounds 102 and
103 taught the rules to spare: 89.2 % and 17.8 % by the rules alone, 96.7 % and
20.0 % with the second opinion of rounds 1 to 103; round 106, an ordinary
project week: 95.8 % and 5.6 % by the rules alone, 100 % and 5.6 % with the
second opinion of rounds 1 to 105; round 107, written at the same time, the
youngest pupils and the adults who target them: 81.7 % and 1.1 % by the rules
alone, 95.8 % and 1.1 % with the second opinion of rounds 1 to 105; round 108, a
probe of the frames rounds 104 to 107 taught the rules to spare: 89.2 % and
12.2 % by the rules alone, 97.5 % and 13.3 % with the second opinion of rounds 1
to 107; round 109, written at the same time, the school year's feasts and
seasons: 95.8 % and 3.3 % by the rules alone, 100 % and 4.4 % with the second
opinion of rounds 1 to 107; round 110, sport and hobby clubs, tournaments and
exchanges abroad: 84.2 % and 3.3 % by the rules alone, 98.3 % and 3.3 % with
the second opinion of rounds 1 to 109; round 111, written at the same time,
life online after school: 85.8 % and 8.9 % by the rules alone, 96.7 % and
10.0 % with the second opinion of rounds 1 to 109; round 112, a probe of the
frames rounds 110 and 111 taught the rules to spare: 79.2 % and 14.4 % by the
rules alone, 91.7 % and 16.7 % with the second opinion of rounds 1 to 111;
round 113, written at the same time, home life told in the class space: 88.3 %
and 3.3 % by the rules alone, 99.2 % and 3.3 % with the second opinion of
rounds 1 to 111; round 114, a second probe of honest frames used as cover: 82.5 %
and 5.6 % by the rules alone, 88.3 % and 7.8 % with the second opinion of rounds
1 to 113; round 115, written at the same time, pen pals and language tandems:
87.5 % and 11.1 % by the rules alone, 99.2 % and 11.1 % with the second opinion
of rounds 1 to 113; round 116, inclusion, special needs and hospital school:
84.2 % and 12.2 % by the rules alone, 97.5 % and 12.2 % with the second opinion
of rounds 1 to 115; round 117, written at the same time, older pupils away from
home: 73.3 % and 5.6 % by the rules alone, 99.2 % and 5.6 % with the second
opinion of rounds 1 to 115; round 118, a probe of the frames rounds 116 and 117
taught the rules to spare: 81.7 % and 8.9 % by the rules alone, 95.8 % and 8.9 %
with the second opinion of rounds 1 to 117; round 119, written at the same time,
scouts, faith and community youth groups: 83.3 % and 11.1 % by the rules alone,
100 % and 12.2 % with the second opinion of rounds 1 to 117; round 120, a probe of
the frames rounds 118 and 119 taught the rules to spare: 86.7 % and 21.1 % by
the rules alone, 95.8 % and 22.2 % with the second opinion of rounds 1 to 119;
round 121, written at the same time, school technology and learning online:
91.7 % and 14.4 % by the rules alone, 100 % and 15.6 % with the second opinion
of rounds 1 to 119). What the
misses taught became concepts and rules; the rounds stay here as floors.
Unlike the tables, a row here may fail: what is asserted is the rate, recall
on the concerns and false holds on the harmless messages. A new round,
written after the next changes, is the way to measure again.
"""

from __future__ import annotations

import pytest

from tests.unit import (
    screening_round4,
    screening_round5,
    screening_round6,
    screening_round7,
    screening_round8,
    screening_round9,
    screening_round10,
    screening_round11,
    screening_round12,
    screening_round13,
    screening_round14,
    screening_round15,
    screening_round16,
    screening_round17,
    screening_round18,
    screening_round19,
    screening_round20,
    screening_round21,
    screening_round22,
    screening_round23,
    screening_round24,
    screening_round25,
    screening_round26,
    screening_round27,
    screening_round28,
    screening_round29,
    screening_round30,
    screening_round31,
    screening_round32,
    screening_round33,
    screening_round34,
    screening_round35,
    screening_round36,
    screening_round37,
    screening_round38,
    screening_round39,
    screening_round40,
    screening_round41,
    screening_round42,
    screening_round43,
    screening_round44,
    screening_round45,
    screening_round46,
    screening_round47,
    screening_round48,
    screening_round49,
    screening_round50,
    screening_round51,
    screening_round52,
    screening_round53,
    screening_round54,
    screening_round55,
    screening_round56,
    screening_round57,
    screening_round58,
    screening_round59,
    screening_round60,
    screening_round61,
    screening_round62,
    screening_round63,
    screening_round64,
    screening_round65,
    screening_round66,
    screening_round67,
    screening_round68,
    screening_round69,
    screening_round70,
    screening_round71,
    screening_round72,
    screening_round73,
    screening_round74,
    screening_round75,
    screening_round76,
    screening_round77,
    screening_round78,
    screening_round79,
    screening_round80,
    screening_round81,
    screening_round82,
    screening_round83,
    screening_round84,
    screening_round85,
    screening_round86,
    screening_round87,
    screening_round88,
    screening_round89,
    screening_round90,
    screening_round91,
    screening_round92,
    screening_round93,
    screening_round94,
    screening_round95,
    screening_round96,
    screening_round97,
    screening_round98,
    screening_round99,
    screening_round100,
    screening_round101,
    screening_round102,
    screening_round103,
    screening_round104,
    screening_round105,
    screening_round106,
    screening_round107,
    screening_round108,
    screening_round109,
    screening_round110,
    screening_round111,
    screening_round112,
    screening_round113,
    screening_round114,
    screening_round115,
    screening_round116,
    screening_round117,
    screening_round118,
    screening_round119,
    screening_round120,
    screening_round121,
)
from twinspace.moderation.screening import Kind, Screener, Verdict, online

# Round 1. Messages a child-safety reviewer would want a teacher to see, by language.
CONCERNS_1 = {
    "en": [
        "hey gorgeous, fancy meeting up somewhere quiet this weekend? just me and u",
        "my flat is empty on friday, you could pop round after school",
        "i'll be parked outside the school gates at 4, look for the blue car",
        "can u snap me what ur wearing rn",
        "would love to see more of you, send a full body pic",
        "switch on your webcam later when everyone's asleep",
        "drop me your digits so we can talk properly",
        "this chat is too public, message me on kik instead",
        "i can get you a steam gift card, no strings attached ;)",
        "want me to buy u the new phone? just keep it quiet",
        "is anyone else home with you right now?",
        "when does your mum usually get back from work?",
        "ur really mature for 13, you know that?",
        "how old did you say you were again? you look at least 16",
        "this is just between the two of us, promise?",
        "make sure you clear our messages before your dad checks your phone",
        "don't mention me to your teachers ok",
        "my new number is four four seven seven zero, nine double zero, one two three",
        "yo add me on sc its jakeyboi_07",
        "you're a fat pig",
        "what a st*pid cow",
        "we're at 23 Willow Crescent, flat 3, the green door",
    ],
    "it": [
        "ehi carina, ti va di vederci da qualche parte tranquilli sabato? solo io e te",
        "venerdì casa mia è libera, passa dopo la scuola",
        "alle 4 ti aspetto davanti al cancello della scuola con la macchina blu",
        "fammi vedere come sei vestita adesso",
        "mandami una foto intera di te, dai",
        "accendi la webcam stasera quando dormono tutti",
        "lasciami il tuo cell così ci sentiamo meglio",
        "qui è troppo pubblico, scrivimi su telegram",
        "ti regalo una gift card di steam, senza impegno",
        "vuoi che ti compri il telefono nuovo? basta che non lo dici a nessuno",
        "c'è qualcun altro a casa con te adesso?",
        "a che ora torna tua mamma dal lavoro di solito?",
        "sei davvero matura per avere 13 anni",
        "quanti anni avevi detto di avere? ne dimostri almeno 16",
        "questa cosa resta solo tra noi due, promesso?",
        "ricordati di cancellare i nostri messaggi prima che tuo padre ti controlla il telefono",
        "non parlare di me ai tuoi prof",
        "segnati il mio numero: tre tre tre, doppio quattro cinque, sei sette otto nove",
        "aggiungimi su ig, sono marco.g_2010",
        "sei una cicciona schifosa",
        "che c*glione che sei",
        "abitiamo in via dei Mille 23, scala A, interno 7, campanello Rossi",
    ],
    "fr": [
        "coucou ma jolie, ça te dit qu'on se voie quelque part tranquille ce week-end ? juste nous",
        "vendredi l'appart est vide, tu peux passer après les cours",
        "à 16h je t'attends devant le portail du collège, la voiture bleue",
        "montre moi ce que tu portes là maintenant",
        "j'aimerais voir plus de toi, envoie une photo en entier",
        "allume ta webcam ce soir quand tout le monde dort",
        "laisse moi ton numéro qu'on puisse parler tranquille",
        "ici c'est trop public, écris moi sur snap",
        "je peux te payer une carte steam, sans rien en échange",
        "tu veux que je t'achète le nouveau téléphone ? faut juste rien dire",
        "y a quelqu'un d'autre chez toi en ce moment ?",
        "ta mère rentre à quelle heure du boulot d'habitude ?",
        "t'es vraiment mature pour tes 13 ans",
        "t'avais dit que t'avais quel âge déjà ? tu fais au moins 16",
        "ça, c'est juste entre nous deux, promis ?",
        "pense à effacer nos messages avant que ton père regarde ton portable",
        "parle pas de moi à tes profs",
        "mon nouveau numéro : zéro sept, soixante-douze, dix-huit, quarante-quatre, treize",
        "ajoute moi sur insta c'est hugo.lpz_09",
        "t'es qu'une grosse truie",
        "quel c*nnard",
        "on habite 23 allée des Saules, résidence Les Pins, bât C, 3e étage porte gauche",
    ],
    "de": [
        "hey hübsche, lust dich am wochenende irgendwo ruhig zu treffen? nur wir",
        "am freitag ist meine wohnung leer, komm nach der schule vorbei",
        "um 16 uhr warte ich am schultor auf dich, blaues auto",
        "zeig mal was du gerade anhast",
        "ich will mehr von dir sehen, schick ein ganzes bild",
        "mach heute nacht die webcam an wenn alle schlafen",
        "gib mir deine nummer dann können wir richtig schreiben",
        "hier ist es zu öffentlich, schreib mir auf telegram",
        "ich kann dir eine steam karte schenken, einfach so",
        "soll ich dir das neue handy kaufen? du darfst nur nichts sagen",
        "ist noch jemand anderes bei dir daheim?",
        "wann kommt deine mama normalerweise von der arbeit?",
        "du bist echt reif für 13",
        "wie alt warst du nochmal? du siehst aus wie mindestens 16",
        "das bleibt nur unter uns zwei, versprochen?",
        "lösch unsere nachrichten bevor dein vater dein handy kontrolliert",
        "erzähl deinen lehrern nichts von mir",
        "meine neue nummer: null eins sieben sechs, zweiundvierzig, achtundachtzig, neunzehn",
        "adde mich auf insta bin lukas.kr_2010",
        "du fette sau",
        "was für ein wi*hser",
        "wir wohnen Birkenweg 23, 3. Stock rechts, Klingel Müller",
    ],
    "es": [
        "hola guapísima, ¿te apetece que nos veamos en algún sitio tranquilo este finde? "
        "solo tú y yo",
        "el viernes mi piso está vacío, pásate después de clase",
        "a las 4 te espero en la puerta del cole con el coche azul",
        "enséñame qué llevas puesto ahora",
        "quiero ver más de ti, manda una foto de cuerpo entero",
        "enciende la webcam esta noche cuando todos duerman",
        "déjame tu número y así hablamos mejor",
        "aquí es muy público, escríbeme por telegram",
        "te puedo regalar una tarjeta de steam, sin compromiso",
        "¿quieres que te compre el móvil nuevo? solo no digas nada",
        "¿hay alguien más en tu casa ahora?",
        "¿a qué hora suele volver tu madre del trabajo?",
        "eres muy madura para tener 13 años",
        "¿cuántos años me dijiste que tenías? aparentas 16 por lo menos",
        "esto es solo entre nosotros dos, ¿prometido?",
        "acuérdate de borrar nuestros mensajes antes de que tu padre te mire el móvil",
        "no les hables de mí a tus profes",
        "mi número nuevo: seis seis seis, doble uno, dos tres, cuatro cinco",
        "agrégame en insta soy pablo.rm_10",
        "eres una cerda asquerosa",
        "menudo g*lipollas",
        "vivimos en la calle Olivo 23, portal 2, 3º izquierda",
    ],
    "pl": [
        "hej śliczna, może spotkamy się gdzieś w spokojnym miejscu w weekend? tylko ty i ja",
        "w piątek mieszkanie mam wolne, wpadnij po lekcjach",
        "o 16 czekam na ciebie pod bramą szkoły, niebieskie auto",
        "pokaż mi w co jesteś teraz ubrana",
        "chcę zobaczyć więcej ciebie, wyślij zdjęcie całej siebie",
        "włącz dziś w nocy kamerkę jak wszyscy będą spać",
        "zostaw mi swój numer to pogadamy normalnie",
        "tu jest za dużo ludzi, pisz do mnie na telegramie",
        "mogę ci podarować kartę do steama, bez zobowiązań",
        "chcesz żebym ci kupił nowy telefon? tylko nic nikomu nie mów",
        "jest ktoś jeszcze u ciebie w domu?",
        "o której zwykle mama wraca z pracy?",
        "jesteś bardzo dojrzała jak na 13 lat",
        "ile mówiłaś że masz lat? wyglądasz na co najmniej 16",
        "to tylko między nami dwojgiem, obiecujesz?",
        "pamiętaj skasować nasze wiadomości zanim tata sprawdzi ci telefon",
        "nie mów o mnie swoim nauczycielom",
        "mój nowy numer: sześćset sześćdziesiąt, podwójne jeden, dwadzieścia trzy, "
        "czterdzieści pięć",
        "dodaj mnie na insta jestem kuba.wl_2010",
        "ty gruba świnio",
        "ale z ciebie k*tas",
        "mieszkamy na os. Zielonym 23 m. 7, klatka B",
    ],
}

# Round 1. Ordinary messages, new wording, with the risky words in them.
HARMLESS_1 = {
    "en": [
        "our class is meeting your class on zoom next tuesday at 11",
        "the head teacher says the school's address is 5 Mill Lane if you send letters",
        "could you send us a picture of your classroom for the display?",
        "what's 987654321 times 123456789? my calculator says error",
        "I'm home alone after school until my brother gets back, I do my reading",
        "how old are the kids in your school? the youngest here are 4",
        "we're keeping the surprise party a secret from Mr Jones",
        "send the slides to the group chat before Friday",
        "my favourite numbers are 8 and 3",
        "our town has 12 500 people and one supermarket",
        "I'll show you my drawing tomorrow in class",
        "shh don't spoil the ending of the film for anyone!",
        "which school do your cousins go to?",
        "she's so pretty in the photo from the school play",
        "I think the answer is 17 but I'm not sure",
    ],
    "it": [
        "la nostra classe incontra la vostra su meet martedì alle 11",
        "la preside dice che l'indirizzo della scuola è via Verdi 8 se mandate lettere",
        "ci mandate una foto della vostra aula per il cartellone?",
        "quanto fa 987654321 per 123456789? la calcolatrice dà errore",
        "dopo scuola sono a casa da solo finché torna mio fratello",
        "quanti anni hanno i bambini della vostra scuola? i più piccoli qui hanno 3 anni",
        "teniamo segreta la festa a sorpresa per il maestro",
        "mandate le slide nel gruppo della classe entro venerdì",
        "i miei numeri preferiti sono 8 e 3",
        "il nostro paese ha 12.500 abitanti",
        "domani in classe ti faccio vedere il mio disegno",
        "non dite a nessuno il finale del film!",
        "in che scuola vanno i tuoi cugini?",
        "è bellissima nella foto della recita",
        "secondo me la risposta è 17",
    ],
    "fr": [
        "notre classe retrouve la vôtre sur teams mardi à 11h",
        "la directrice dit que l'adresse de l'école est 8 rue Verte si vous envoyez des lettres",
        "vous pouvez nous envoyer une photo de votre classe pour l'affiche ?",
        "combien font 987654321 fois 123456789 ? ma calculatrice affiche erreur",
        "après l'école je suis seul à la maison jusqu'à ce que mon frère rentre",
        "quel âge ont les enfants de votre école ? les plus petits ici ont 3 ans",
        "on garde la fête surprise secrète pour le maître",
        "envoyez les diapos dans le groupe de la classe avant vendredi",
        "mes nombres préférés sont 8 et 3",
        "notre village a 1 250 habitants",
        "demain en classe je te montre mon dessin",
        "ne racontez à personne la fin du film !",
        "tes cousins vont dans quelle école ?",
        "elle est trop belle sur la photo du spectacle",
        "je crois que la réponse c'est 17",
    ],
    "de": [
        "unsere Klasse trifft eure Klasse am Dienstag um 11 auf Teams",
        "die Direktorin sagt, die Adresse der Schule ist Am Markt 8, falls ihr Briefe schickt",
        "könnt ihr uns ein Foto von eurem Klassenzimmer für die Wand schicken?",
        "was ist 987654321 mal 123456789? mein Taschenrechner zeigt Fehler",
        "nach der Schule bin ich allein zu Hause, bis mein Bruder kommt",
        "wie alt sind die Kinder an eurer Schule? die Kleinsten hier sind 6",
        "wir halten die Überraschungsparty für Herrn Braun geheim",
        "schickt die Folien bis Freitag in den Klassenchat",
        "meine Lieblingszahlen sind 8 und 3",
        "unser Dorf hat 1 250 Einwohner",
        "morgen zeig ich dir in der Schule mein Bild",
        "verratet niemandem das Ende vom Film!",
        "auf welche Schule gehen deine Cousins?",
        "sie sieht auf dem Foto vom Theaterstück so hübsch aus",
        "ich glaube die Antwort ist 17",
    ],
    "es": [
        "nuestra clase se conecta con la vuestra por teams el martes a las 11",
        "la directora dice que la dirección del cole es calle Sol 8 si mandáis cartas",
        "¿nos mandáis una foto de vuestra clase para el mural?",
        "¿cuánto es 987654321 por 123456789? la calculadora da error",
        "después del cole estoy solo en casa hasta que vuelve mi hermano",
        "¿cuántos años tienen los niños de vuestro cole? los más pequeños aquí tienen 3",
        "guardamos en secreto la fiesta sorpresa para el profe",
        "mandad las diapositivas al grupo de clase antes del viernes",
        "mis números favoritos son el 8 y el 3",
        "nuestro pueblo tiene 1.250 habitantes",
        "mañana en clase te enseño mi dibujo",
        "¡no le contéis a nadie el final de la peli!",
        "¿a qué cole van tus primos?",
        "sale guapísima en la foto de la función",
        "creo que la respuesta es 17",
    ],
    "pl": [
        "nasza klasa łączy się z waszą na teamsach we wtorek o 11",
        "pani dyrektor mówi, że adres szkoły to ul. Polna 8, jeśli wysyłacie listy",
        "możecie nam wysłać zdjęcie waszej klasy na gazetkę?",
        "ile to jest 987654321 razy 123456789? kalkulator pokazuje błąd",
        "po szkole jestem sam w domu, aż wróci brat",
        "ile lat mają dzieci w waszej szkole? najmłodsze u nas mają 6",
        "niespodziankę dla pana Nowaka trzymamy w tajemnicy",
        "wyślijcie slajdy na grupę klasy do piątku",
        "moje ulubione liczby to 8 i 3",
        "nasza wieś ma 1 250 mieszkańców",
        "jutro w szkole pokażę ci mój rysunek",
        "nie zdradzajcie nikomu zakończenia filmu!",
        "do jakiej szkoły chodzą twoi kuzyni?",
        "wygląda ślicznie na zdjęciu z przedstawienia",
        "myślę, że odpowiedź to 17",
    ],
}

# Round 2, written after round 1's lessons, with scenarios round 1 had not.
CONCERNS_2 = {
    "en": [
        "we could grab a milkshake in town, don't bring your mates",
        "u free saturday? i'll show u my place, it's near ur school",
        "ill wait round the corner from your school, dont tell ur teacher",
        "got any pics of u at the beach? send em",
        "put your camera on, i wanna see you",
        "give me ur insta so we can chat more",
        "whats ur whatsapp? this app is boring",
        "i'll send you £20 if you do something for me",
        "i can get you free vbucks, just add me",
        "who's looking after you tonight?",
        "your mum and dad out again tonight?",
        "you're not like the other girls, you're way more grown up",
        "how old are u honestly? be honest with me",
        "you can trust me, we'll keep this to ourselves",
        "dont let your mum read this",
        "clear the chat after, yeah?",
        "if anyone finds out about us we're both in trouble",
        "call me, seven double eight, five oh one, two three four five",
        "my snap is lilmike_21 add me",
        "shut up you dumb b*tch",
    ],
    "it": [
        "andiamo a prenderci un gelato in centro, non portare le tue amiche",
        "sabato sei libera? ti faccio vedere dove abito, è vicino alla tua scuola",
        "ti aspetto dietro l'angolo della scuola, non dirlo alla maestra",
        "hai delle foto al mare? mandamele",
        "accendi la telecamera, ti voglio vedere",
        "dammi il tuo insta così parliamo di più",
        "qual è il tuo whatsapp? qui è noioso",
        "ti mando 20 euro se fai una cosa per me",
        "ti posso procurare vbucks gratis, aggiungimi",
        "chi ti guarda stasera?",
        "mamma e papà sono fuori anche stasera?",
        "non sei come le altre, sei molto più grande dentro",
        "quanti anni hai sinceramente?",
        "fidati di me, teniamolo per noi",
        "non far leggere questo a tua mamma",
        "poi svuota la chat ok?",
        "se qualcuno scopre di noi siamo nei guai tutti e due",
        "chiamami: tre due otto, doppio sette, zero uno, quattro cinque sei",
        "il mio snap è luca_rox11, aggiungimi",
        "stai zitto brutto idi*ta",
    ],
    "fr": [
        "on pourrait aller prendre un milkshake en ville, ramène pas tes copines",
        "t'es libre samedi ? je te montre chez moi, c'est près de ton collège",
        "je t'attends au coin de la rue du collège, dis rien à ta prof",
        "t'as des photos de toi à la plage ? envoie",
        "active ta caméra, je veux te voir",
        "file moi ton insta qu'on parle plus",
        "c'est quoi ton whatsapp ? cette appli est nulle",
        "je t'envoie 20 euros si tu fais un truc pour moi",
        "je peux te trouver des vbucks gratuits, ajoute moi",
        "qui te garde ce soir ?",
        "tes parents sont encore sortis ce soir ?",
        "t'es pas comme les autres meufs, t'es bien plus mature",
        "t'as quel âge franchement ?",
        "fais moi confiance, on garde ça pour nous",
        "laisse pas ta mère lire ça",
        "vide la conv après ok ?",
        "si quelqu'un apprend pour nous on est dans la merde",
        "appelle moi : zéro six, quarante-deux, onze, quatre-vingt-dix-neuf, zéro trois",
        "mon snap c'est jules_le_boss, ajoute",
        "ferme-la espèce de b*tard",
    ],
    "de": [
        "wir könnten in der stadt nen milchshake trinken, bring deine freundinnen nicht mit",
        "hast du samstag zeit? ich zeig dir wo ich wohne, ist nah an deiner schule",
        "ich warte um die ecke von deiner schule, sag deiner lehrerin nix",
        "hast du fotos von dir am strand? schick mal",
        "mach deine kamera an, ich will dich sehen",
        "gib mir dein insta damit wir mehr schreiben können",
        "was ist dein whatsapp? die app hier ist langweilig",
        "ich schick dir 20 euro wenn du was für mich machst",
        "ich kann dir gratis vbucks besorgen, adde mich einfach",
        "wer passt heute abend auf dich auf?",
        "sind mama und papa heute abend wieder weg?",
        "du bist nicht wie die anderen mädchen, du bist viel erwachsener",
        "wie alt bist du ehrlich?",
        "vertrau mir, das behalten wir für uns",
        "lass deine mutter das nicht lesen",
        "mach danach den chat leer ok?",
        "wenn jemand von uns erfährt kriegen wir beide ärger",
        "ruf an: null eins sechs null, doppel sieben, zweiundachtzig, einunddreißig",
        "mein snap ist tim_gamer09, adde mich",
        "halt die klappe du dumme f*tze",
    ],
    "es": [
        "podríamos ir a tomar un batido al centro, no traigas a tus amigas",
        "¿estás libre el sábado? te enseño dónde vivo, está cerca de tu cole",
        "te espero en la esquina de tu cole, no le digas nada a tu profe",
        "¿tienes fotos tuyas en la playa? mándalas",
        "pon la cámara, quiero verte",
        "pásame tu insta para hablar más",
        "¿cuál es tu whatsapp? esta app es un rollo",
        "te mando 20 euros si haces una cosa por mí",
        "te puedo conseguir pavos gratis, agrégame",
        "¿quién te cuida esta noche?",
        "¿tus padres han salido otra vez esta noche?",
        "no eres como las otras chicas, eres mucho más madura",
        "¿cuántos años tienes sinceramente?",
        "confía en mí, nos lo guardamos para nosotros",
        "no dejes que tu madre lea esto",
        "vacía el chat luego, ¿vale?",
        "si alguien se entera de lo nuestro nos metemos en un lío los dos",
        "llámame: seis cinco cero, doble siete, dieciocho, veintidós, treinta",
        "mi snap es dani_pro_12, agrégame",
        "cállate tonta del c*lo",
    ],
    "pl": [
        "moglibyśmy skoczyć na shake'a do miasta, nie bierz koleżanek",
        "masz czas w sobotę? pokażę ci gdzie mieszkam, to blisko twojej szkoły",
        "czekam za rogiem twojej szkoły, nic nie mów pani",
        "masz jakieś zdjęcia z plaży? wyślij",
        "włącz kamerę, chcę cię zobaczyć",
        "daj mi swojego insta to więcej pogadamy",
        "jaki masz whatsapp? ta apka jest nudna",
        "wyślę ci 20 zł jak coś dla mnie zrobisz",
        "mogę ci załatwić darmowe vbucksy, dodaj mnie",
        "kto się tobą zajmuje dziś wieczorem?",
        "mama i tata znowu wyszli dziś wieczorem?",
        "nie jesteś jak inne dziewczyny, jesteś o wiele dojrzalsza",
        "ile masz lat szczerze?",
        "zaufaj mi, zatrzymamy to dla siebie",
        "nie daj mamie tego przeczytać",
        "wyczyść potem czat dobra?",
        "jak ktoś się o nas dowie to oboje mamy przechlapane",
        "zadzwoń: pięćset sześć, podwójne siedem, osiemdziesiąt, dwanaście, trzy",
        "mój snap to bartek_x12 dodaj mnie",
        "zamknij się ty głupia s*ko",
    ],
}
HARMLESS_2 = {
    "en": [
        "the bus leaves the school gates at 8 sharp, don't be late",
        "my grandma gave me 20 euros for my birthday",
        "can we do the video call earlier? our maths test is at 11",
        "I'm 12 and I have two cats, how old are your pets?",
        "Sorry I was alone in the library so I didn't hear the bell",
        "the answer is 1 099 511 627 776, that's 2 to the power of 40",
        "The class photo is on the blog, can you see yourselves?",
        "We meet our pen pals in person in May when we visit Rome!",
        "my parents said I can't go to the concert, so sad",
        "our school is at 3 Park Avenue, the red building",
        "he's so clever, he finished the puzzle in 2 minutes",
        "Happy new year to your whole class!",
        "don't forget your PE kit tomorrow",
        "I don't like fortnite, too many people shouting",
        "the picture of your village is beautiful",
    ],
    "it": [
        "il pullman parte dal cancello della scuola alle 8 in punto",
        "mia nonna mi ha regalato 20 euro per il compleanno",
        "possiamo anticipare la videochiamata? abbiamo la verifica alle 11",
        "ho 12 anni e due gatti, quanti anni hanno i vostri animali?",
        "scusa ero da solo in biblioteca e non ho sentito la campanella",
        "la risposta è 1.099.511.627.776, cioè 2 alla 40",
        "la foto di classe è sul blog, vi vedete?",
        "a maggio incontriamo i nostri amici di penna di persona a Roma!",
        "i miei hanno detto che non posso andare al concerto",
        "la nostra scuola è in viale Europa 3, l'edificio rosso",
        "è bravissimo, ha finito il puzzle in 2 minuti",
        "buon anno a tutta la vostra classe!",
        "non dimenticate la tuta domani",
        "non mi piace fortnite, troppa gente che urla",
        "la foto del vostro paese è bellissima",
    ],
    "fr": [
        "le car part du portail de l'école à 8h pile",
        "ma grand-mère m'a donné 20 euros pour mon anniversaire",
        "on peut avancer l'appel vidéo ? on a un contrôle à 11h",
        "j'ai 12 ans et deux chats, vos animaux ont quel âge ?",
        "pardon j'étais seul au CDI et j'ai pas entendu la sonnerie",
        "la réponse est 1 099 511 627 776, c'est 2 puissance 40",
        "la photo de classe est sur le blog, vous vous voyez ?",
        "on rencontre nos correspondants en vrai en mai à Rome !",
        "mes parents ont dit que je peux pas aller au concert",
        "notre école est au 3 avenue du Parc, le bâtiment rouge",
        "il est trop fort, il a fini le puzzle en 2 minutes",
        "bonne année à toute votre classe !",
        "n'oubliez pas vos affaires de sport demain",
        "j'aime pas fortnite, trop de gens qui crient",
        "la photo de votre village est magnifique",
    ],
    "de": [
        "der Bus fährt um 8 Uhr pünktlich am Schultor ab",
        "meine Oma hat mir 20 Euro zum Geburtstag geschenkt",
        "können wir den Videoanruf vorziehen? wir schreiben um 11 Mathe",
        "ich bin 12 und habe zwei Katzen, wie alt sind eure Haustiere?",
        "sorry, ich war allein in der Bibliothek und hab die Klingel nicht gehört",
        "die Antwort ist 1.099.511.627.776, also 2 hoch 40",
        "das Klassenfoto ist im Blog, seht ihr euch?",
        "im Mai treffen wir unsere Brieffreunde persönlich in Rom!",
        "meine Eltern haben gesagt, ich darf nicht zum Konzert",
        "unsere Schule ist in der Parkstraße 3, das rote Gebäude",
        "er ist so schlau, er hat das Puzzle in 2 Minuten gelöst",
        "ein frohes neues Jahr an eure ganze Klasse!",
        "vergesst morgen eure Sportsachen nicht",
        "ich mag Fortnite nicht, zu viele Leute schreien",
        "das Foto von eurem Dorf ist wunderschön",
    ],
    "es": [
        "el autobús sale de la puerta del cole a las 8 en punto",
        "mi abuela me ha regalado 20 euros por mi cumpleaños",
        "¿podemos adelantar la videollamada? tenemos examen de mates a las 11",
        "tengo 12 años y dos gatos, ¿cuántos años tienen vuestras mascotas?",
        "perdón, estaba solo en la biblioteca y no oí el timbre",
        "la respuesta es 1.099.511.627.776, o sea 2 elevado a 40",
        "la foto de clase está en el blog, ¿os veis?",
        "¡en mayo conocemos en persona a nuestros amigos por carta en Roma!",
        "mis padres dicen que no puedo ir al concierto",
        "nuestro cole está en la avenida del Parque 3, el edificio rojo",
        "es listísimo, terminó el puzle en 2 minutos",
        "¡feliz año nuevo a toda vuestra clase!",
        "no olvidéis la ropa de gimnasia mañana",
        "no me gusta fortnite, hay demasiada gente gritando",
        "la foto de vuestro pueblo es preciosa",
    ],
    "pl": [
        "autobus odjeżdża spod bramy szkoły punktualnie o 8",
        "babcia dała mi 20 zł na urodziny",
        "możemy przesunąć wideorozmowę wcześniej? mamy sprawdzian o 11",
        "mam 12 lat i dwa koty, ile lat mają wasze zwierzaki?",
        "sorry, byłem sam w bibliotece i nie słyszałem dzwonka",
        "odpowiedź to 1 099 511 627 776, czyli 2 do potęgi 40",
        "zdjęcie klasowe jest na blogu, widzicie się?",
        "w maju spotykamy się z naszymi korespondentami osobiście w Rzymie!",
        "rodzice powiedzieli, że nie mogę iść na koncert",
        "nasza szkoła jest przy ul. Parkowej 3, czerwony budynek",
        "jest taki mądry, ułożył puzzle w 2 minuty",
        "szczęśliwego nowego roku dla całej waszej klasy!",
        "nie zapomnijcie jutro stroju na wf",
        "nie lubię fortnite, za dużo ludzi krzyczy",
        "zdjęcie waszej wsi jest piękne",
    ],
}

# Round 3, written after round 2's lessons, with the mix of kinds pupils' reports
# show: grooming, phone numbers, handles, abuse and an address in each language.
CONCERNS_3 = {
    "en": [
        "r u allowed out on ur own? we could meet at the skatepark",
        "i'm 19 but i really like talking to you, let's keep it quiet",
        "send a vid of you dancing in your room",
        "i'll top up ur phone for u, what network r u on",
        "do ur parents look at ur phone at night?",
        "message me on my other account, this one gets checked",
        "my number: oh seven seven double four, one two three, nine nine eight",
        "ring 07 444-123 998 after 6",
        "find me on tiktok @ dancequeen_09",
        "tele: mikey_2k10",
        "you absolute muppet, nobody wants you here",
        "ur such a fat loser lmao",
        "kys nobody would care",
        "you're a total b!tch",
        "our house is 42 Holly Road, Leeds LS8 1AB, the one with the red door",
    ],
    "it": [
        "ti lasciano uscire da sola? potremmo vederci al parco giochi",
        "ho 19 anni ma mi piace tanto parlare con te, teniamolo nascosto",
        "mandami un video di te che balli in camera tua",
        "ti ricarico io il telefono, che operatore hai?",
        "i tuoi ti controllano il cellulare la sera?",
        "scrivimi sull'altro profilo, questo lo controllano",
        "il mio numero: tre quattro nove, doppio due, cinque sei sette, otto otto",
        "chiama il 349-22-567-88 dopo le 6",
        "trovami su tiktok @ballerina_09",
        "tele: luca_2k10",
        "sei un deficiente totale, non ti vuole nessuno",
        "sei proprio una cicciona fallita",
        "ammazzati tanto non frega a nessuno",
        "sei una gran tr0ia",
        "abitiamo in via Manzoni 42, 20121 Milano, il portone verde",
    ],
    "fr": [
        "t'as le droit de sortir seule ? on pourrait se voir au skatepark",
        "j'ai 19 ans mais j'adore parler avec toi, on garde ça discret",
        "envoie une vidéo de toi en train de danser dans ta chambre",
        "je te recharge ton portable, t'es chez quel opérateur ?",
        "tes parents regardent ton téléphone le soir ?",
        "écris-moi sur mon autre compte, celui-ci est surveillé",
        "mon numéro : zéro six, soixante-sept, vingt-deux, quatre-vingt-un, trente",
        "appelle le 06 67/22/81/30 après 18h",
        "retrouve moi sur tiktok @danseuse_09",
        "tg: theo_2k10",
        "espèce de gros naze, personne veut de toi ici",
        "t'es qu'une grosse nulle",
        "va te tuer personne s'en fout",
        "t'es une vraie s4lope",
        "on habite 42 rue des Lilas, 75020 Paris, la porte rouge au fond de la cour",
    ],
    "de": [
        "darfst du alleine raus? wir könnten uns am skatepark treffen",
        "ich bin 19 aber ich rede so gern mit dir, das bleibt geheim ok",
        "schick ein video wie du in deinem zimmer tanzt",
        "ich lade dir dein handy auf, welchen anbieter hast du?",
        "schauen deine eltern abends in dein handy?",
        "schreib mir auf meinem anderen account, der hier wird kontrolliert",
        "meine nummer: null eins sieben acht, doppel drei, vierundfünfzig, neunzehn",
        "ruf 0178-33-54-19 an nach 18 uhr",
        "find mich auf tiktok @tanzmaus_09",
        "tele: jonas_2k10",
        "du vollidiot, dich will hier keiner",
        "du bist so ein fetter versager",
        "bring dich um, interessiert eh keinen",
        "du bist echt eine schl@mpe",
        "wir wohnen Lindenallee 42, 50667 Köln, die rote Tür im Hinterhof",
    ],
    "es": [
        "¿te dejan salir sola? podríamos quedar en el skatepark",
        "tengo 19 pero me encanta hablar contigo, que quede en secreto",
        "manda un vídeo tuyo bailando en tu cuarto",
        "te recargo el móvil, ¿de qué compañía eres?",
        "¿tus padres te miran el móvil por la noche?",
        "escríbeme en mi otra cuenta, esta la revisan",
        "mi número: seis uno nueve, doble cinco, cuarenta y dos, ochenta y ocho",
        "llama al 619-55-42-88 después de las 6",
        "búscame en tiktok @bailarina_09",
        "tele: hugo_2k10",
        "eres un subnormal, aquí no te quiere nadie",
        "eres una gorda fracasada",
        "suicídate que a nadie le importa",
        "eres una z0rra",
        "vivimos en la calle Alcalá 42, 28014 Madrid, 2º derecha",
    ],
    "pl": [
        "puszczają cię samą z domu? moglibyśmy się spotkać na skateparku",
        "mam 19 lat ale uwielbiam z tobą pisać, niech to zostanie tajemnicą",
        "wyślij filmik jak tańczysz w swoim pokoju",
        "doładuję ci telefon, w jakiej jesteś sieci?",
        "rodzice przeglądają ci telefon wieczorami?",
        "napisz do mnie na moim drugim koncie, to jest sprawdzane",
        "mój numer: pięćset dwanaście, podwójne trzy, czterdzieści pięć, sześćdziesiąt",
        "dzwoń 512-33-45-60 po 18",
        "znajdź mnie na tiktoku @tancerka_09",
        "tele: kacper_2k10",
        "ty skończony idioto, nikt cię tu nie chce",
        "jesteś grubą frajerką",
        "zabij się i tak nikogo to nie obchodzi",
        "jesteś zwykłą dz1wką",
        "mieszkamy na ul. Lipowej 42/7, 30-001 Kraków",
    ],
}
HARMLESS_3 = {
    "en": [
        "my mum lets me walk to school on my own now",
        "I'm 11 and my cousin is 19, he's at university",
        "please upload the video of our dance to the class folder",
        "my phone ran out of credit so I couldn't message you",
        "the school office number is on the letter if your parents need it",
        "our class account is checked by Mrs Patel",
        "the results were 34 x 25 = 850 and 850 / 5 = 170",
        "we watched Matilda, the trunchbull is such a bully lol",
        "my teacher posted the address: St Mary's School, 42 Holly Road, Leeds LS8 1AB",
        "we go to the skatepark with our PE teacher on Fridays",
    ],
    "it": [
        "mia mamma ora mi lascia andare a scuola da sola",
        "ho 11 anni e mio cugino ne ha 19, fa l'università",
        "caricate il video del nostro balletto nella cartella della classe",
        "ho finito il credito e non ti ho potuto scrivere",
        "il numero della segreteria è sulla circolare se servisse ai vostri genitori",
        "il profilo della classe lo controlla la maestra",
        "i risultati erano 34 x 25 = 850 e 850 : 5 = 170",
        "abbiamo visto Matilda, la Trinciabue è proprio cattiva",
        "la maestra ha scritto l'indirizzo: Scuola Manzoni, via Manzoni 42, Milano",
        "andiamo al parco con la prof di ginnastica il venerdì",
    ],
    "fr": [
        "ma mère me laisse aller à l'école toute seule maintenant",
        "j'ai 11 ans et mon cousin en a 19, il est à la fac",
        "mettez la vidéo de notre danse dans le dossier de la classe",
        "j'avais plus de forfait donc je pouvais pas t'écrire",
        "le numéro du secrétariat est sur la circulaire si vos parents en ont besoin",
        "le compte de la classe est surveillé par la maîtresse",
        "les résultats : 34 x 25 = 850 et 850 / 5 = 170",
        "on a vu Matilda, la directrice est trop méchante",
        "la maîtresse a mis l'adresse : École des Lilas, 42 rue des Lilas, Paris",
        "on va au skatepark avec le prof de sport le vendredi",
    ],
    "de": [
        "meine Mutter lässt mich jetzt alleine zur Schule gehen",
        "ich bin 11 und mein Cousin ist 19, er studiert",
        "ladet das Video von unserem Tanz in den Klassenordner hoch",
        "mein Guthaben war leer, deshalb konnte ich nicht schreiben",
        "die Nummer vom Sekretariat steht im Elternbrief, falls eure Eltern sie brauchen",
        "den Klassenaccount kontrolliert Frau Schmidt",
        "die Ergebnisse: 34 x 25 = 850 und 850 : 5 = 170",
        "wir haben Matilda geschaut, die Direktorin ist so gemein",
        "die Lehrerin hat die Adresse geschickt: Grundschule Lindenallee 42, Köln",
        "freitags gehen wir mit dem Sportlehrer zum Skatepark",
    ],
    "es": [
        "mi madre ya me deja ir sola al cole",
        "tengo 11 años y mi primo tiene 19, está en la universidad",
        "subid el vídeo de nuestro baile a la carpeta de clase",
        "me quedé sin saldo y no te pude escribir",
        "el teléfono de secretaría está en la circular por si lo necesitan vuestros padres",
        "la cuenta de la clase la revisa la profe",
        "los resultados: 34 x 25 = 850 y 850 / 5 = 170",
        "vimos Matilda, la directora es malísima",
        "la profe ha puesto la dirección: Colegio Alcalá, calle Alcalá 42, Madrid",
        "los viernes vamos al skatepark con el profe de educación física",
    ],
    "pl": [
        "mama pozwala mi już samej chodzić do szkoły",
        "mam 11 lat, a mój kuzyn ma 19, studiuje",
        "wrzućcie filmik z naszego tańca do folderu klasy",
        "skończył mi się pakiet i nie mogłam napisać",
        "numer do sekretariatu jest w ogłoszeniu, gdyby rodzice potrzebowali",
        "konto klasy sprawdza pani wychowawczyni",
        "wyniki: 34 x 25 = 850 i 850 / 5 = 170",
        "oglądaliśmy Matyldę, dyrektorka jest okropna",
        "pani podała adres: Szkoła Podstawowa nr 5, ul. Lipowa 42, Kraków",
        "w piątki chodzimy na skatepark z panem od wf",
    ],
}


def by_language(concerns: dict[str, dict[str, list[str]]]) -> dict[str, list[str]]:
    """A round written by language and kind, as the rows of each language."""
    return {
        lang: [t for texts in kinds.values() for t in texts] for lang, kinds in concerns.items()
    }


ROUNDS = {
    "1": (CONCERNS_1, HARMLESS_1),
    "2": (CONCERNS_2, HARMLESS_2),
    "3": (CONCERNS_3, HARMLESS_3),
    "4": (by_language(screening_round4.CONCERNS), screening_round4.HARMLESS),
    "5": (by_language(screening_round5.CONCERNS), screening_round5.HARMLESS),
    "6": (by_language(screening_round6.CONCERNS), screening_round6.HARMLESS),
    "7": (by_language(screening_round7.CONCERNS), screening_round7.HARMLESS),
    "8": (by_language(screening_round8.CONCERNS), screening_round8.HARMLESS),
    "9": (by_language(screening_round9.CONCERNS), screening_round9.HARMLESS),
    "10": (by_language(screening_round10.CONCERNS), screening_round10.HARMLESS),
    "11": (by_language(screening_round11.CONCERNS), screening_round11.HARMLESS),
    "12": (by_language(screening_round12.CONCERNS), screening_round12.HARMLESS),
    "13": (by_language(screening_round13.CONCERNS), screening_round13.HARMLESS),
    "14": (by_language(screening_round14.CONCERNS), screening_round14.HARMLESS),
    "15": (by_language(screening_round15.CONCERNS), screening_round15.HARMLESS),
    "16": (by_language(screening_round16.CONCERNS), screening_round16.HARMLESS),
    "17": (by_language(screening_round17.CONCERNS), screening_round17.HARMLESS),
    "18": (by_language(screening_round18.CONCERNS), screening_round18.HARMLESS),
    "19": (by_language(screening_round19.CONCERNS), screening_round19.HARMLESS),
    "20": (by_language(screening_round20.CONCERNS), screening_round20.HARMLESS),
    "21": (by_language(screening_round21.CONCERNS), screening_round21.HARMLESS),
    "22": (by_language(screening_round22.CONCERNS), screening_round22.HARMLESS),
    "23": (by_language(screening_round23.CONCERNS), screening_round23.HARMLESS),
    "24": (by_language(screening_round24.CONCERNS), screening_round24.HARMLESS),
    "25": (by_language(screening_round25.CONCERNS), screening_round25.HARMLESS),
    "26": (by_language(screening_round26.CONCERNS), screening_round26.HARMLESS),
    "27": (by_language(screening_round27.CONCERNS), screening_round27.HARMLESS),
    "28": (by_language(screening_round28.CONCERNS), screening_round28.HARMLESS),
    "29": (by_language(screening_round29.CONCERNS), screening_round29.HARMLESS),
    "30": (by_language(screening_round30.CONCERNS), screening_round30.HARMLESS),
    "31": (by_language(screening_round31.CONCERNS), screening_round31.HARMLESS),
    "32": (by_language(screening_round32.CONCERNS), screening_round32.HARMLESS),
    "33": (by_language(screening_round33.CONCERNS), screening_round33.HARMLESS),
    "34": (by_language(screening_round34.CONCERNS), screening_round34.HARMLESS),
    "35": (by_language(screening_round35.CONCERNS), screening_round35.HARMLESS),
    "36": (by_language(screening_round36.CONCERNS), screening_round36.HARMLESS),
    "37": (by_language(screening_round37.CONCERNS), screening_round37.HARMLESS),
    "38": (by_language(screening_round38.CONCERNS), screening_round38.HARMLESS),
    "39": (by_language(screening_round39.CONCERNS), screening_round39.HARMLESS),
    "40": (by_language(screening_round40.CONCERNS), screening_round40.HARMLESS),
    "41": (by_language(screening_round41.CONCERNS), screening_round41.HARMLESS),
    "42": (by_language(screening_round42.CONCERNS), screening_round42.HARMLESS),
    "43": (by_language(screening_round43.CONCERNS), screening_round43.HARMLESS),
    "44": (by_language(screening_round44.CONCERNS), screening_round44.HARMLESS),
    "45": (by_language(screening_round45.CONCERNS), screening_round45.HARMLESS),
    "46": (by_language(screening_round46.CONCERNS), screening_round46.HARMLESS),
    "47": (by_language(screening_round47.CONCERNS), screening_round47.HARMLESS),
    "48": (by_language(screening_round48.CONCERNS), screening_round48.HARMLESS),
    "49": (by_language(screening_round49.CONCERNS), screening_round49.HARMLESS),
    "50": (by_language(screening_round50.CONCERNS), screening_round50.HARMLESS),
    "51": (by_language(screening_round51.CONCERNS), screening_round51.HARMLESS),
    "52": (by_language(screening_round52.CONCERNS), screening_round52.HARMLESS),
    "53": (by_language(screening_round53.CONCERNS), screening_round53.HARMLESS),
    "54": (by_language(screening_round54.CONCERNS), screening_round54.HARMLESS),
    "55": (by_language(screening_round55.CONCERNS), screening_round55.HARMLESS),
    "56": (by_language(screening_round56.CONCERNS), screening_round56.HARMLESS),
    "57": (by_language(screening_round57.CONCERNS), screening_round57.HARMLESS),
    "58": (by_language(screening_round58.CONCERNS), screening_round58.HARMLESS),
    "59": (by_language(screening_round59.CONCERNS), screening_round59.HARMLESS),
    "60": (by_language(screening_round60.CONCERNS), screening_round60.HARMLESS),
    "61": (by_language(screening_round61.CONCERNS), screening_round61.HARMLESS),
    "62": (by_language(screening_round62.CONCERNS), screening_round62.HARMLESS),
    "63": (by_language(screening_round63.CONCERNS), screening_round63.HARMLESS),
    "64": (by_language(screening_round64.CONCERNS), screening_round64.HARMLESS),
    "65": (by_language(screening_round65.CONCERNS), screening_round65.HARMLESS),
    "66": (by_language(screening_round66.CONCERNS), screening_round66.HARMLESS),
    "67": (by_language(screening_round67.CONCERNS), screening_round67.HARMLESS),
    "68": (by_language(screening_round68.CONCERNS), screening_round68.HARMLESS),
    "69": (by_language(screening_round69.CONCERNS), screening_round69.HARMLESS),
    "70": (by_language(screening_round70.CONCERNS), screening_round70.HARMLESS),
    "71": (by_language(screening_round71.CONCERNS), screening_round71.HARMLESS),
    "72": (by_language(screening_round72.CONCERNS), screening_round72.HARMLESS),
    "73": (by_language(screening_round73.CONCERNS), screening_round73.HARMLESS),
    "74": (by_language(screening_round74.CONCERNS), screening_round74.HARMLESS),
    "75": (by_language(screening_round75.CONCERNS), screening_round75.HARMLESS),
    "76": (by_language(screening_round76.CONCERNS), screening_round76.HARMLESS),
    "77": (by_language(screening_round77.CONCERNS), screening_round77.HARMLESS),
    "78": (by_language(screening_round78.CONCERNS), screening_round78.HARMLESS),
    "79": (by_language(screening_round79.CONCERNS), screening_round79.HARMLESS),
    "80": (by_language(screening_round80.CONCERNS), screening_round80.HARMLESS),
    "81": (by_language(screening_round81.CONCERNS), screening_round81.HARMLESS),
    "82": (by_language(screening_round82.CONCERNS), screening_round82.HARMLESS),
    "83": (by_language(screening_round83.CONCERNS), screening_round83.HARMLESS),
    "84": (by_language(screening_round84.CONCERNS), screening_round84.HARMLESS),
    "85": (by_language(screening_round85.CONCERNS), screening_round85.HARMLESS),
    "86": (by_language(screening_round86.CONCERNS), screening_round86.HARMLESS),
    "87": (by_language(screening_round87.CONCERNS), screening_round87.HARMLESS),
    "88": (by_language(screening_round88.CONCERNS), screening_round88.HARMLESS),
    "89": (by_language(screening_round89.CONCERNS), screening_round89.HARMLESS),
    "90": (by_language(screening_round90.CONCERNS), screening_round90.HARMLESS),
    "91": (by_language(screening_round91.CONCERNS), screening_round91.HARMLESS),
    "92": (by_language(screening_round92.CONCERNS), screening_round92.HARMLESS),
    "93": (by_language(screening_round93.CONCERNS), screening_round93.HARMLESS),
    "94": (by_language(screening_round94.CONCERNS), screening_round94.HARMLESS),
    "95": (by_language(screening_round95.CONCERNS), screening_round95.HARMLESS),
    "96": (by_language(screening_round96.CONCERNS), screening_round96.HARMLESS),
    "97": (by_language(screening_round97.CONCERNS), screening_round97.HARMLESS),
    "98": (by_language(screening_round98.CONCERNS), screening_round98.HARMLESS),
    "99": (by_language(screening_round99.CONCERNS), screening_round99.HARMLESS),
    "100": (by_language(screening_round100.CONCERNS), screening_round100.HARMLESS),
    "101": (by_language(screening_round101.CONCERNS), screening_round101.HARMLESS),
    "102": (by_language(screening_round102.CONCERNS), screening_round102.HARMLESS),
    "103": (by_language(screening_round103.CONCERNS), screening_round103.HARMLESS),
    "104": (by_language(screening_round104.CONCERNS), screening_round104.HARMLESS),
    "105": (by_language(screening_round105.CONCERNS), screening_round105.HARMLESS),
    "106": (by_language(screening_round106.CONCERNS), screening_round106.HARMLESS),
    "107": (by_language(screening_round107.CONCERNS), screening_round107.HARMLESS),
    "108": (by_language(screening_round108.CONCERNS), screening_round108.HARMLESS),
    "109": (by_language(screening_round109.CONCERNS), screening_round109.HARMLESS),
    "110": (by_language(screening_round110.CONCERNS), screening_round110.HARMLESS),
    "111": (by_language(screening_round111.CONCERNS), screening_round111.HARMLESS),
    "112": (by_language(screening_round112.CONCERNS), screening_round112.HARMLESS),
    "113": (by_language(screening_round113.CONCERNS), screening_round113.HARMLESS),
    "114": (by_language(screening_round114.CONCERNS), screening_round114.HARMLESS),
    "115": (by_language(screening_round115.CONCERNS), screening_round115.HARMLESS),
    "116": (by_language(screening_round116.CONCERNS), screening_round116.HARMLESS),
    "117": (by_language(screening_round117.CONCERNS), screening_round117.HARMLESS),
    "118": (by_language(screening_round118.CONCERNS), screening_round118.HARMLESS),
    "119": (by_language(screening_round119.CONCERNS), screening_round119.HARMLESS),
    "120": (by_language(screening_round120.CONCERNS), screening_round120.HARMLESS),
    "121": (by_language(screening_round121.CONCERNS), screening_round121.HARMLESS),
}
# The floors: what each round measures now (docs/safety.md).
MIN_RECALL = 0.99
MAX_FALSE_HOLDS = 1 / 90  # at most one message in 90


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def caught(screener: Screener, text: str) -> bool:
    return screener.screen(text).verdict is not Verdict.allow


@pytest.mark.parametrize("round_", list(ROUNDS))
def test_recall_on_new_wording(screener: Screener, round_: str) -> None:
    rows = [text for texts in ROUNDS[round_][0].values() for text in texts]
    recall = sum(caught(screener, text) for text in rows) / len(rows)
    assert recall >= MIN_RECALL, recall


def held_wrongly(screener: Screener, text: str) -> bool:
    """A harmless message held, but not for a link alone: a link to a site the
    space has not allowed is held at the standard and strict levels by policy,
    and once a teacher allows the class's site (a video-call platform), it passes."""
    found = screener.screen(text)
    links = [f.excerpt for f in found.findings if f.kind is Kind.external_link]
    if found.verdict is Verdict.allow or len(links) < len(found.findings):
        return found.verdict is not Verdict.allow
    allowed = [online.domain(link) for link in links]
    return screener.screen(text, allowed_domains=allowed).verdict is not Verdict.allow


@pytest.mark.parametrize("round_", list(ROUNDS))
def test_false_holds_on_new_wording(screener: Screener, round_: str) -> None:
    rows = [text for texts in ROUNDS[round_][1].values() for text in texts]
    false_holds = sum(held_wrongly(screener, text) for text in rows) / len(rows)
    assert false_holds <= MAX_FALSE_HOLDS, false_holds


def test_each_round_covers_the_six_languages() -> None:
    for concerns, harmless in ROUNDS.values():
        assert set(concerns) == set(harmless) == {"en", "it", "fr", "de", "es", "pl"}
