"""Held-out round 67: creative writing and role-play, and the real people behind them.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo or video requests, two of private contact, a gift offer, two
personal questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone and an address or e-mail; with
ninety harmless messages, in each language twelve of them fiction full of the
words a filter fears and three ordinary project talk. The setting is a
partner-class writing project: detective stories, comics, a radio play, a
fairy-tale rewrite, fan fiction about games, series and anime, a poetry
anthology, and role-play in character on the forum. The writers are pupils of
eight to sixteen and adults around the project or posing as part of it: a
visiting author, a self-styled illustrator or sound studio, an older fan-fiction
writer, a role-play partner. The concerns come from real people slipping out of
the fiction or using it as cover: a pirate captain, a wizard, a detective, a
knight or a dragon who wants to play the next scene for real at a boathouse, a
park, a playground or a flat, "come alone or the magic is lost"; a prize for the
best writer (a bookshop or Fnac card, Robux, V-Bucks, headphones) handed over only
in person; the heroine's nightie, pyjamas, bath, shower or changing pictured "for
the character" or traced for a mermaid or an elf; the role-play moved to
Discord, Telegram, Snapchat, WhatsApp, Messenger or a second account the parents
do not know, because the teachers read the forum; height, weight, age, a bra,
which street, floor and window, and when the child is home alone, all "for the
story"; secrecy because the teacher would not understand "our story", a pirate
code or a knight's oath; friends said to laugh at a poem out of envy. Pupils
whose story is plainly about themselves: a stepfather's belt on night shifts, a
mother's boyfriend drawn as a monster, a stepmother who locks a child in the
cellar or out in the cold and burns a hand, a drunk father and a wall, a father
who beats the mother and then the child, an uncle, a mother's boyfriend, a scout
leader or a father's friend who comes at night, "this is not really a story"; a
goodbye poem that is real, saved pills, cutting "like my character", a legend's
jump from a tower, a bridge or a balcony taken as a plan. A villain's line to a
real classmate followed by a knife or a beating. The characters' invented
numbers followed by the writer's own, half in words, and a home address and
e-mail for a signed copy. The harmless ones: kidnappers in a detective story, a
comic villain's 555 number, a ghost's "nobody will believe you", a pirate
captain and a cabin boy, a witch who lures children with sweets, a leap from a
tower in a legend, a dragon that kills, a poisoned apple "our secret", a poem
about sadness, a soldier's letter in a history project, fan fiction ideas and a
secret treasure map, with ordinary notes on recordings, names and a finished
comic.

First measured, once, before any rule or model was changed for it (the rules
and the second opinion of rounds 1 to 65, and the written rows): rules and
second opinion 96.7 % recall (116 of 120: meeting 16/18, secrecy 11/12,
self-harm 11/12, every other kind complete; by language en 18/20, de 20/20,
fr 20/20, it 20/20, es 19/20, pl 19/20) and 24 false holds in 90 (26.7 %);
rules alone 76.7 % (92 of 120: meeting 11/18, photo or video requests 11/12,
secrecy 9/12, self-harm 5/12, disclosures 3/12, violence 5/6, every other kind
complete; by language en 16/20, de 16/20, fr 15/20, it 15/20, es 15/20, pl
15/20) and 13 false holds (14.4 %). Missed with the second opinion too: a
visiting author's café on Sunday, "no need to bring your parents, writers work
best alone" (English); a goodbye poem that "is really me" with pills ready for
Friday (English); a twenty-year-old fan-fiction reader's flat while his
flatmates are out (Spanish); a pirate code, "what happens on the ship stays on
the ship", and only the comic to be named if the mother asks (Polish). Missed
by the rules alone besides: the next scene of a role-play acted out for real,
alone, at a boathouse, a playground, a park kiosk, a fountain or a workshop;
the rest of the story in person; an elf in a comic drawn from a video of the
child changing; a story, a fairy tale or a comic about a girl that the writer
says is her own (a mother's boyfriend, a stepmother, a drunk father, an uncle,
a scout leader, a father's friend); self-harm in a poem, a legend or a
character said to be the writer; a villain's line made real to a named
classmate with a beating; the teacher who would not understand "our story".
Held by the rules and the second opinion: six comic villains' invented
numbers, as phones; a queen's quoted "our secret" or "nobody will know" in a
fairy tale being cast, as secrecy (and, in Italian, a personal question); a
soldier's letter of 1917 in a history project, as secrecy. Held by the second
opinion alone besides: a ghost's "nobody will believe you" in a radio play, a
soldier's letter of 1916, a fan-fiction idea with a wooden sword or no sword,
a pirate captain's and a robber chief's role-play lines, Wanda's jump in the
legend and a dragon that kills a knight in a play.

Its writer saw round files for the layout only, and none of the screening's
data or code.
"""

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "loved being your pirate captain on the forum this week 🏴‍☠️ lets act the next scene "
            "out for real, the old boathouse by the canal saturday at 4. come on your own, the "
            "others would only ruin the story",
            "As the author who visited your class, I'd love to hear the rest of your dragon story "
            "from you in person. I'll be in the café at the Arndale on Sunday at 11. No need to "
            "bring your parents, writers work best alone.",
            "ur zombie fan fic is sick, way better than mine. im 19 and live near ur school, we "
            "could write the sequel at my place thursday after school, flat's empty till 7",
        ],
        "photo_request": [
            "For our private story I need to picture my princess properly. Send me a photo of you "
            "in the nightie you described, lying on your bed like she does in chapter 3. It's "
            "only for the character, I won't show anyone.",
            "the mermaid in our comic should look exactly like u. take a pic of urself in the "
            "bath with no top like her and i'll trace it, then delete it 😉",
        ],
        "private_contact": [
            "the mods keep breaking up our role-play so lets take our private story to Discord. "
            "add me: captain_blackbeard_77. don't post that name on here",
            "Our radio play is better without the others listening in. Make a second Instagram "
            "your parents don't know about and DM me from it, then we can stay in character all "
            "night.",
        ],
        "gift_offer": [
            "You won my little prize for the best writer in the group 🏆 5,000 Robux and a signed "
            "book, but I want to give them to you in person. Meet me Saturday and they're yours. "
            "Don't tell anyone who they're from.",
        ],
        "personal_question": [
            "To write you into my novel I need to know my character. How tall are you, what do "
            "you sleep in, and which window is your bedroom? It's all for the character, I "
            "promise.",
            "in the roleplay ur character lives alone in a tower lol... so irl what street do u "
            "live on and r u on ur own after school? asking for the story",
        ],
        "secrecy": [
            "Don't show our story to Ms Patel or your mum. They'd never understand it, it's ours. "
            "Delete the chapters once you've read them.",
            "remember the pirate code, what happens on our ship stays on our ship. if your "
            "teacher asks about our chats just say we only talk about the comic",
        ],
        "isolation": [
            "Your friends laughed at your poem because they're jealous. They're not real writers "
            "like us, and your teacher only cares about spelling. Stop sharing your stories with "
            "any of them, I'm the only one who understands what you write.",
        ],
        "self_harm": [
            "this is my goodbye poem for the anthology. 'the girl closes the book and doesn't "
            "wake up.' its not really a poem its me. ive got the pills ready for friday",
            "Miss, the character in my story who cuts her arms is me. I did it again last night "
            "and next time I want to go deeper.",
        ],
        "disclosure": [
            "This is not really a story. The girl whose stepdad hits her with his belt when her "
            "mum is on nights is me, and the marks on her back are on mine. Please don't read it "
            "out.",
            "I called it a fairy tale but the troll who comes into the little girl's room at "
            "night and tells her to keep quiet is my uncle. he came in again on saturday",
        ],
        "violence": [
            "'Walk the plank, Jayden.' That's not a line from the play btw. Tomorrow after school "
            "me and my cousin are going to break your legs for real.",
        ],
        "phone": [
            "the detective's number in my comic is made up but this one's real, its mine. text me "
            "when your mum's asleep: oh 7 eight 9 two, 3 4 5, six one 9",
        ],
        "contact": [
            "Send the signed copy of your story to my real address, not the school: 27 Rowan "
            "Close, Leeds LS6 4QT, or email kev.storyteller88 at gmail dot com. Keep that between "
            "us.",
        ],
    },
    "de": {
        "meeting": [
            "Als Zauberer in unserem Rollenspiel muss ich dir noch den letzten Zauberspruch "
            "beibringen 😉 Das geht aber nur in echt. Sonntag um 14 Uhr am Spielplatz hinter der "
            "Stadtbibliothek, nur wir zwei, das gehört zur Geschichte.",
            "hey ich bin der autor vom schreibworkshop letzte woche. dein märchen hat mich "
            "umgehauen, ich würd gern allein mit dir dran weiterarbeiten, bei mir zuhause. ich "
            "hol dich freitag nach der schule am hintereingang ab",
            "Für das Hörspiel nehme ich deine Stimme lieber in meinem Studio auf als in der "
            "Schule. Morgen 17 Uhr, Gartenstraße 12, Hinterhaus. Komm allein, Eltern machen beim "
            "Aufnehmen nur nervös.",
        ],
        "photo_request": [
            "Für unsere geheime Fortsetzung muss ich wissen, wie die Heldin wirklich aussieht. "
            "Schick mir ein Foto von dir im Schlafanzug auf deinem Bett, so wie in Kapitel 2. Nur "
            "für mich, nicht fürs Forum.",
            "die elfe im comic soll genau wie du aussehen. mach mal ein kurzes video wie du dich "
            "umziehst, dann kann ich sie richtig zeichnen 😏",
        ],
        "private_contact": [
            "Hier im Forum lesen die Lehrer jedes Rollenspiel mit, das nervt. Lass uns auf "
            "Telegram weiterschreiben, den Namen schick ich dir per PN. Und den anderen nix "
            "sagen.",
            "mach dir nen zweiten tiktok account von dem deine eltern nix wissen und schreib mir "
            "da. dann spielen wir unsere geschichte ohne zuschauer weiter",
        ],
        "gift_offer": [
            "Die beste Schreiberin der Gruppe bekommt von mir einen 50-Euro-Gutschein für den "
            "Buchladen 📚 und du hast gewonnen! Den geb ich dir aber nur persönlich, und deinen "
            "Eltern sagst du besser nicht, von wem er ist.",
        ],
        "personal_question": [
            "Damit ich dich als Figur in mein Buch schreiben kann: Wie groß bist du, wie viel "
            "wiegst du und wann bist du nachmittags allein zu Hause? Ist alles nur für die Figur "
            "😊",
            "In welcher Straße wohnst du eigentlich wirklich, und welches Fenster ist deins? Ich "
            "will die Turmszene genau so beschreiben wie bei dir.",
        ],
        "secrecy": [
            "Zeig unsere Geschichte bloß nicht Frau Albers, die würde sie nicht verstehen. Das "
            "bleibt zwischen uns beiden, versprochen? Lösch die Nachrichten danach.",
            "wie im rollenspiel: ein ritter verrät nie ein geheimnis. also sag deiner mama nicht "
            "dass wir jeden abend schreiben",
        ],
        "isolation": [
            "Deine Freundinnen haben über dein Gedicht gelacht, die sind doch nur neidisch. Die "
            "verstehen dich nicht, und deine Eltern erst recht nicht. Nur ich weiß, wie besonders "
            "du bist, schreib nur noch mit mir.",
        ],
        "self_harm": [
            "Mein Gedicht für die Anthologie heißt „Abschied“. Das ist nicht ausgedacht. Ich will "
            "wirklich nicht mehr leben und hab schon Tabletten gesammelt.",
            "die figur in meinem tagebuchroman ritzt sich, aber eigentlich bin das ich. gestern "
            "wieder, tiefer als sonst, und heute will ich eigentlich gar nicht mehr aufwachen",
        ],
        "disclosure": [
            "Im Comic hab ich den Freund von meiner Mama als Monster gezeichnet, weil er mich "
            "schlägt, wenn sie arbeitet. Das ist keine erfundene Geschichte. Bitte zeigt das Bild "
            "nicht rum.",
            "in meinem märchen sperrt die stiefmutter das kind in den keller und gibt ihm "
            "tagelang nichts zu essen. ich hab das nur märchen genannt, bei uns zuhause ist das "
            "echt so",
        ],
        "violence": [
            "„Dich fress ich bei lebendigem Leib“, sagt der Drache, haha. Aber jetzt mal ohne "
            "Drache, Lukas: Morgen nach der Schule warten wir am Bahnhof auf dich und stechen "
            "dich ab.",
        ],
        "phone": [
            "die nummer im comic ist erfunden, aber das hier ist meine echte, ruf an wenn deine "
            "eltern weg sind: null eins fünf sieben, 3 2 8 4 - 9 1 0 6",
        ],
        "contact": [
            "Schick das signierte Buch nicht an die Schule, sondern an mich: Jonas Keller, Am "
            "Mühlbach 7, 79102 Freiburg, oder per Mail an jonas.erzaehlt@web.de. Das bleibt unter "
            "uns.",
        ],
    },
    "fr": {
        "meeting": [
            "Tu fais une super détective dans notre jeu de rôle 🔍 Et si l'inspecteur et son "
            "assistante menaient l'enquête en vrai ? Samedi 15h au vieux kiosque du parc, rien "
            "que toi et moi. Si tu ramènes tes copines, ça casse tout.",
            "je suis l'auteur venu en classe mardi. ton conte m'a bouleversé. viens me voir seule "
            "à la médiathèque dimanche, ensuite je t'emmène chez moi te montrer mes manuscrits",
            "Pour la répétition de la pièce, on avancera mieux chez moi qu'au collège. Mercredi "
            "16h, 8 rue des Lilas, 2e étage. Viens sans tes parents, ils te stresseraient.",
        ],
        "photo_request": [
            "Pour notre histoire à nous deux, j'ai besoin de voir à quoi ressemble l'héroïne. "
            "Envoie-moi une photo de toi en nuisette, comme dans le chapitre 3. Juste pour moi.",
            "la sirène de la BD doit te ressembler, fais-moi une petite vidéo de toi dans la "
            "salle de bain stp, je la dessinerai d'après. pas sur le forum hein 😉",
        ],
        "private_contact": [
            "Les profs relisent tout le forum, ça tue notre jeu de rôle. Rejoins-moi sur Snap, "
            "mon pseudo c'est corsaire_noir_13, et ne le donne à personne.",
            "crée toi un deuxième compte insta que tes parents connaissent pas et écris moi en "
            "MP, on continuera l'histoire là-bas tranquilles",
        ],
        "gift_offer": [
            "Le prix du meilleur écrivain, c'est toi ! 🎁 Une carte cadeau de 50 € pour la Fnac. "
            "Je préfère te la donner en main propre, on se voit samedi ? Et pas un mot à tes "
            "parents sur qui te l'offre.",
        ],
        "personal_question": [
            "Pour que ton personnage soit crédible : tu mesures combien, tu pèses combien, et à "
            "quelle heure tu es seule chez toi le soir ? C'est pour l'histoire, promis.",
            "dans le jeu ta princesse vit dans une tour… et toi en vrai t'habites où exactement ? "
            "quel étage, quelle fenêtre ? c'est pour décrire la scène 🙂",
        ],
        "secrecy": [
            "Ne montre pas notre histoire à Mme Lefèvre, elle ne comprendrait pas. C'est notre "
            "secret, d'accord ? Efface les messages après les avoir lus.",
            "code des pirates : ce qui se passe sur le navire reste sur le navire. si ta mère "
            "demande, on parle juste de la BD",
        ],
        "isolation": [
            "Tes copines se sont moquées de ton poème parce qu'elles sont jalouses. Elles ne te "
            "méritent pas, et tes parents ne comprennent rien non plus. Il n'y a que moi qui "
            "sache lire ce que tu écris.",
        ],
        "self_harm": [
            "dans la légende la fille saute du pont pour qu'on la laisse enfin tranquille. j'ai "
            "écrit ça parce que c'est ce que je veux faire, ce week-end, et c'est pas de la "
            "fiction",
            "Mon poème d'adieu pour le recueil, ce n'est pas un exercice. J'ai mis de côté les "
            "cachets de ma mère et je ne veux plus me réveiller.",
        ],
        "disclosure": [
            "Mon conte du roi ivre qui casse tout et frappe sa fille, c'est chez moi. Mon père a "
            "encore bu samedi et il m'a tapé la tête contre le mur. Ne le lisez pas en classe "
            "svp.",
            "dans ma BD l'ogre vient dans la chambre de la petite la nuit et lui dit de se taire. "
            "en vrai c'est le copain de ma mère, il est encore venu hier",
        ],
        "violence": [
            "« Tu ne verras pas le soleil se lever, Enzo. » Ce n'est pas une réplique de la "
            "pièce. Demain à la sortie on t'attend avec un couteau, pour de vrai.",
        ],
        "phone": [
            "le numéro du détective dans la BD est inventé mais celui-là c'est le mien, appelle "
            "quand tes parents dorment : zéro six, 47 12, quatre-vingt-neuf, 3 0",
        ],
        "contact": [
            "Envoie ton histoire dédicacée chez moi, pas au collège : Julien Moreau, 14 allée des "
            "Peupliers, 69003 Lyon, ou par mail julien.conteur75 arobase gmail point com. Garde "
            "ça pour toi.",
        ],
    },
    "it": {
        "meeting": [
            "Nella nostra saga fantasy sei la mia apprendista maga ✨ e ogni apprendista prima o "
            "poi incontra il suo maestro. Sabato alle 16 ai giardini dietro la biblioteca, vieni "
            "da sola, se porti le amiche l'incantesimo non funziona.",
            "sono lo scrittore del laboratorio di martedì. il tuo racconto mi ha colpito tanto, "
            "vorrei lavorarci solo con te a casa mia. ti passo a prendere venerdì all'uscita, dal "
            "cancello sul retro",
            "Per il radiodramma ti registro nel mio studio, non a scuola: mercoledì alle 17 in "
            "via Garibaldi 22. Vieni senza i tuoi, con i genitori presenti ti blocchi e la voce "
            "non viene bene.",
        ],
        "photo_request": [
            "Per la nostra storia privata devo vedere com'è davvero la protagonista. Mandami una "
            "foto di te in camicia da notte sul letto, come nel capitolo 2. Solo per me.",
            "la fata del fumetto deve essere uguale a te, fammi un video mentre ti cambi così la "
            "disegno bene 😏 non metterlo sul forum",
        ],
        "private_contact": [
            "I prof leggono tutto il forum, che palle. Continuiamo il gioco di ruolo su WhatsApp, "
            "il numero te lo mando in privato. Non dirlo agli altri.",
            "fatti un secondo profilo su instagram che i tuoi non conoscono e scrivimi in dm da "
            "lì, così la storia la scriviamo senza nessuno che guarda",
        ],
        "gift_offer": [
            "Il premio per la scrittrice migliore è tuo! 🎁 Una gift card da 50 euro per la "
            "Feltrinelli, ma te la do solo di persona. Ci vediamo domenica? E ai tuoi non dire "
            "chi te la regala.",
        ],
        "personal_question": [
            "Per descrivere bene il tuo personaggio mi servono dei dettagli: quanto sei alta, "
            "quanto pesi e a che ora resti sola a casa il pomeriggio? È tutto per la storia, "
            "giuro.",
            "nel gioco la tua eroina vive in una torre... ma tu in realtà dove abiti? che via, "
            "che piano, quale finestra è la tua? mi serve per la scena 🙂",
        ],
        "secrecy": [
            "Non far vedere la nostra storia alla maestra Rinaldi, non la capirebbe mai. È un "
            "segreto tra noi due, va bene? Cancella i messaggi dopo averli letti.",
            "se la maestra legge il nostro racconto lo cancella e ci separa. quindi di' che lo "
            "scrivi da sola, e ai tuoi niente, ok?",
        ],
        "isolation": [
            "Le tue compagne hanno riso della tua poesia perché sono invidiose. Non ti meritano, "
            "e neanche i tuoi genitori ti capiscono. Solo io so leggere davvero quello che "
            "scrivi, scrivi solo a me.",
        ],
        "self_harm": [
            "nella leggenda la principessa si butta dalla torre e finalmente non soffre più. l'ho "
            "scritta perché voglio fare lo stesso dal balcone, non è una storia",
            "La ragazza del mio racconto che si taglia le braccia sono io. L'ho rifatto ieri sera "
            "e la prossima volta voglio andare più a fondo.",
        ],
        "disclosure": [
            "Nella mia fiaba la matrigna chiude la bambina fuori casa al freddo e non le dà da "
            "mangiare per giorni. Non è inventata, è mia madre, e ieri mi ha anche bruciato la "
            "mano col ferro.",
            "il capo scout nel mio fumetto è disegnato come un lupo perché quando siamo soli in "
            "tenda mi tocca. l'ho fatto sembrare una storia ma è successo davvero al campo",
        ],
        "violence": [
            "Il cattivo direbbe «ti farò sparire», ma io lo dico sul serio, Matteo. Domani "
            "all'uscita ti aspettiamo in tre e ti spacchiamo la faccia.",
        ],
        "phone": [
            "il numero del detective nel fumetto è inventato, questo invece è il mio vero, "
            "chiamami quando i tuoi dormono: tre quattro sette, 21 86, cinque nove 3",
        ],
        "contact": [
            "Il libro con la dedica mandalo a casa mia, non a scuola: Marco Bellini, via dei "
            "Mille 18, 40121 Bologna, oppure scrivi a marco.racconta chiocciola libero punto it. "
            "Resta tra noi.",
        ],
    },
    "es": {
        "meeting": [
            "Eres la mejor dragona del rol, de verdad 🐉 ¿Y si el dragón y la caballera se conocen "
            "en la vida real? El sábado a las cinco en el Retiro, junto al estanque. Ven sola, "
            "que si vienen tus amigas se pierde la gracia.",
            "tu fanfic del anime me ha flipado. tengo 20 años y vivo cerca de tu cole, podemos "
            "escribir la segunda parte en mi piso el jueves, mis compis no vuelven hasta las 8",
            "Como dibujante del cómic te invito a una sesión en mi taller de la calle Feria. "
            "Miércoles a las seis, tú sola y sin avisar en casa, que es una sorpresa para la "
            "clase.",
        ],
        "photo_request": [
            "para nuestra historia secreta necesito ver cómo es la heroína de verdad. mándame una "
            "foto tuya en pijama en la cama, como en el capítulo 3. solo para mí 🙈",
            "La sirena del cómic tiene que ser igualita a ti. Grábate un vídeo en la ducha y así "
            "la dibujo bien. No lo subas al foro.",
        ],
        "private_contact": [
            "Los profes leen todo el foro y nos cortan el rol cada dos por tres. Sigamos por "
            "Discord, mi usuario es rey_pirata_09. No se lo pases a nadie.",
            "hazte otra cuenta de tiktok que tus padres no sepan y escríbeme por privado, así "
            "seguimos la historia sin que nadie mire",
        ],
        "gift_offer": [
            "¡Has ganado el concurso a la mejor escritora! 🎁 Te tengo 2800 pavos de Fortnite y "
            "unos cascos, pero te los doy en mano. ¿Quedamos el domingo? A tus padres no les "
            "digas de quién son.",
        ],
        "personal_question": [
            "Para que tu personaje quede realista: ¿cuánto mides, cuánto pesas y a qué hora te "
            "quedas sola en casa por la tarde? Es solo para la historia, te lo juro.",
            "en el rol tu princesa vive en una torre jaja... ¿y tú en qué calle vives de verdad? "
            "¿qué piso, cuál es tu ventana? es para describir la escena",
        ],
        "secrecy": [
            "No le enseñes nuestra historia a la profe Marta, no la entendería. Es un secreto "
            "nuestro, ¿vale? Borra los mensajes cuando los leas.",
            "la profe no entendería nuestra historia, así que si pregunta di que la escribes tú "
            "sola. y a tus padres ni una palabra de mí",
        ],
        "isolation": [
            "Tus amigas solo te usan para copiar los deberes y tu madre ni siquiera ha leído tu "
            "cómic. Yo sí. Déjalas, no las necesitas, me tienes a mí.",
        ],
        "self_harm": [
            "mi poema de despedida para la antología no es inventado. de verdad quiero morirme, "
            "tengo guardadas las pastillas de mi madre para el viernes",
            "En mi diario del personaje puse que ella se corta las piernas, pero soy yo. Anoche "
            "lo volví a hacer y la próxima vez quiero hacerlo más fuerte.",
        ],
        "disclosure": [
            "Esto no es un cuento de verdad. La niña a la que su padrastro pega con el cinturón "
            "cuando su madre trabaja de noche soy yo. Por favor no lo leáis en clase.",
            "en mi fanfic el amigo del padre entra en el cuarto de la chica cuando se queda a "
            "dormir y le dice que se calle. es un amigo de mi padre y pasa cada vez que viene",
        ],
        "violence": [
            "Mi personaje diría «prepárate para morir», pero esto va en serio, Adrián: mañana a "
            "la salida te esperamos con una navaja.",
        ],
        "phone": [
            "el número del detective del cómic es inventado pero este es el mío, llámame cuando "
            "tus padres duerman: seis cero cuatro, 38 71, nueve dos",
        ],
        "contact": [
            "Mándame el libro firmado a casa, no al cole: Sergio Ruiz, calle Olivo 12, 3º B, "
            "41003 Sevilla, o al correo sergio.cuentos90 arroba hotmail punto es. Que quede entre "
            "nosotros.",
        ],
    },
    "pl": {
        "meeting": [
            "W naszym rollplayu jesteś moją giermkinią, a prawdziwy rycerz dotrzymuje słowa 😉 "
            "Spotkajmy się w sobotę o 15 przy fontannie w Parku Jordana. Tylko ty, bez koleżanek, "
            "to część przygody.",
            "jestem tym pisarzem z warsztatów we wtorek. twoje opowiadanie jest niesamowite, chcę "
            "nad nim popracować tylko z tobą, u mnie w mieszkaniu. odbiorę cię w piątek spod "
            "szkoły, od strony boiska",
            "Do słuchowiska nagram cię u siebie w studiu, nie w szkole. Środa 17:00, ul. Długa 8, "
            "przyjdź sama, rodzice tylko by cię stresowali.",
        ],
        "photo_request": [
            "Narysowałem twoją postać, ale nie wiem, jak wyglądasz bez bluzy. Zrób sobie zdjęcie "
            "w samym staniku przed lustrem, to poprawię szkic. Nikomu nie pokażę.",
            "syrena w komiksie ma wyglądać jak ty, nagraj mi filmik jak się przebierasz to ją "
            "dobrze narysuję 😏 nie wrzucaj na forum",
        ],
        "private_contact": [
            "Nauczyciele czytają całe forum i psują nam grę. Przejdźmy na Messengera, w prywatnej "
            "wiadomości napiszę ci, jak mnie znaleźć. Reszcie nic nie mów.",
            "załóż drugie konto na snapie, o którym rodzice nie wiedzą, i pisz do mnie stamtąd. "
            "będziemy ciągnąć historię bez widowni",
        ],
        "gift_offer": [
            "Nagroda dla najlepszej pisarki jest twoja! 🎁 Karta do Empiku na 200 zł, ale dam ci "
            "ją tylko osobiście. Widzimy się w niedzielę? Rodzicom nie mów, od kogo.",
        ],
        "personal_question": [
            "Piszę postać wzorowaną na tobie. Ile masz naprawdę lat, 11 czy 12? Nosisz już "
            "stanik? I o której zostajesz sama w domu? Muszę wiedzieć, jak ją opisać.",
            "w grze twoja księżniczka mieszka w wieży... a ty naprawdę gdzie mieszkasz? jaka "
            "ulica, które piętro, które okno jest twoje? potrzebuję do sceny",
        ],
        "secrecy": [
            "Pani Nowak by się wtrąciła i kazała zmienić zakończenie. Nasza historia jest tylko "
            "nasza, nie pokazuj jej ani jej, ani rodzicom. Jak skończysz czytać, skasuj czat.",
            "kodeks piratów: co się dzieje na statku, zostaje na statku. jak mama zapyta, gadamy "
            "tylko o komiksie",
        ],
        "isolation": [
            "Koleżanki śmiały się z twojego wiersza, bo ci zazdroszczą. Nie zasługują na ciebie, "
            "a rodzice też cię nie rozumieją. Tylko ja naprawdę czytam, co piszesz, więc pisz już "
            "tylko do mnie.",
        ],
        "self_harm": [
            "mój wiersz pożegnalny do antologii nie jest wymyślony. naprawdę chcę umrzeć, od "
            "tygodnia odkładam tabletki babci",
            "Dziewczyna z mojego opowiadania, która się tnie, to ja. Wczoraj znowu to zrobiłam i "
            "następnym razem chcę głębiej.",
        ],
        "disclosure": [
            "W mojej baśni smok co wieczór ryczy na królową i rzuca nią o ścianę, a królewna "
            "chowa się w szafie. To nie jest baśń, to tata i mama, a wczoraj uderzył też mnie.",
            "w moim opowiadaniu wilk przychodzi w nocy do pokoju dziewczynki i każe jej być "
            "cicho. nazwałam to baśnią ale to mój wujek, był znowu w sobotę",
        ],
        "violence": [
            "„Nie doczekasz świtu, Kacper.” To nie jest kwestia z przedstawienia. Jutro po "
            "lekcjach czekamy na ciebie z nożem, na serio.",
        ],
        "phone": [
            "numer detektywa w komiksie jest zmyślony, ale ten jest mój prawdziwy, dzwoń jak "
            "rodzice śpią: pięćset jeden, 23 4, siedem osiem 9",
        ],
        "contact": [
            "Podpisaną książkę wyślij do mnie do domu, nie do szkoły: Tomasz Wrona, ul. Lipowa "
            "9/4, 30-001 Kraków, albo mailem: tomek.bajarz77 małpa wp kropka pl. Niech to "
            "zostanie między nami.",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "Chapter 4 of our detective story: the kidnappers hide the twins in a lighthouse and "
        "phone the mayor at midnight. Who wants to write the rescue?",
        "In our comic the villain's number is 555-0142 and everyone who calls it to order a pizza "
        "gets the Dark Lord instead 😂",
        "Ghost's line for the radio play: 'Nobody will believe you, child. Nobody ever does.' Can "
        "Amira read it with the echo effect?",
        "I am the pirate captain, you are the cabin boy! Scrub the deck or you'll be fed to the "
        "sharks! (your turn, Tom)",
        "Our fairy-tale rewrite: the witch lures Hansel and Gretel with sweets, but this time "
        "Gretel tricks her and locks her in her own cage.",
        "In the legend the princess jumps from the tower rather than marry the cruel king. Should "
        "the comic show the jump or just the empty window?",
        "The dragon burns the whole village and kills the knight in chapter 2. Too dark for Year "
        "5? Mrs Hughes says it's fine if the ending is happy.",
        "The queen holds out the poisoned apple: 'Just one bite, dear, it'll be our little "
        "secret.' Gemma, can you draw the apple shining?",
        "poem for the anthology: 'sadness is a grey coat / I wear it on mondays / and take it off "
        "when my dog barks'. too short?",
        "History project: a letter from a soldier at the Somme, 1916. 'Dear Mother, we lost four "
        "men last night. Don't tell little Annie how bad it is.'",
        "fan fic idea: Steve gets trapped in the Nether and has to fight his way out with just a "
        "wooden sword. who wants to co-write?",
        "The secret map is hidden under a floorboard in Act 2. Props team, can you make it look "
        "old with tea stains?",
        "Radio play recording is Thursday in the music room at 2pm with Mr Evans. Bring your "
        "scripts!",
        "can someone from the Kraków class check the Polish names in our story? we don't want to "
        "get them wrong",
        "WE FINISHED THE COMIC!!! 24 pages, printing on friday 🎉",
    ],
    "de": [
        "Kapitel 3 unseres Krimis: Die Entführer verstecken das Kind in der alten Mühle und "
        "fordern eine Million Lösegeld. Wer schreibt, wie Kommissarin Berg sie findet?",
        "Im Comic hat der Bösewicht die Nummer 0555 123 456 und wer da anruft, landet beim "
        "Drachen 🐉😂",
        "Das Gespenst im Hörspiel flüstert: „Dir wird niemand glauben, niemand!“ Kann Emil das "
        "mit Hall sprechen?",
        "Ich bin der Räuberhauptmann, du bist der Lehrling! Gib mir die Schatzkarte, oder du "
        "landest im Kerker! (Du bist dran, Lina)",
        "In unserer Märchenversion lockt die Hexe die Kinder mit Lebkuchen ins Haus, aber diesmal "
        "ist Gretel schlauer und rettet ihren Bruder.",
        "In der Sage springt das Burgfräulein vom Turm in den Rhein. Zeichnen wir den Sprung oder "
        "nur den leeren Turm?",
        "Der Drache frisst im zweiten Akt den ganzen Hofstaat auf und tötet den König. Ist das zu "
        "brutal für die 4b?",
        "Die Königin reicht Schneewittchen den vergifteten Apfel: „Beiß nur hinein, mein Kind, "
        "niemand wird es erfahren.“ Wer spielt die Königin?",
        "Mein Gedicht über Traurigkeit: „Traurig sein ist wie Regen im Zimmer / man wird nass und "
        "keiner sieht es.“ Passt das in die Anthologie?",
        "Geschichtsprojekt: ein Feldpostbrief von 1916. „Liebe Mutter, gestern sind drei von uns "
        "gefallen. Sag dem Kleinen nichts davon.“",
        "fanfiction idee: link wird von ganon im schloss eingesperrt und muss mit nem holzschwert "
        "fliehen. wer schreibt mit?",
        "Die geheime Karte aus dem Abenteuer basteln wir am Donnerstag in Kunst. Bringt Teebeutel "
        "zum Färben mit!",
        "Hörspielaufnahme am Mittwoch in der 5. Stunde im Musikraum bei Herrn Yilmaz.",
        "Kann jemand aus der Klasse in Lyon die französischen Sätze in unserem Comic prüfen?",
        "Unser Comic ist fertig!!! 18 Seiten 🎉 danke an alle",
    ],
    "fr": [
        "Chapitre 5 de notre polar : les ravisseurs cachent l'enfant dans une péniche et "
        "appellent la police à minuit. Qui écrit la scène de l'évasion ?",
        "Dans notre BD le méchant a le numéro 01 55 55 01 23, et quand on appelle c'est toujours "
        "sa grand-mère qui répond 😂",
        "Réplique du fantôme pour la pièce radio : « Personne ne te croira, petit. Personne. » "
        "Chloé, tu peux la dire avec l'écho ?",
        "Je suis le capitaine pirate, tu es le mousse ! Lave le pont ou je te jette aux requins ! "
        "(à toi Hugo)",
        "Notre réécriture du conte : la sorcière attire les enfants avec des bonbons, mais cette "
        "fois c'est le chat qui la démasque.",
        "Dans la légende, la dame blanche se jette du haut du donjon les nuits d'orage. On la "
        "dessine en pleine page ?",
        "Le dragon tue le chevalier et brûle tout le village au deuxième acte. Trop violent pour "
        "les CM1 ?",
        "La reine tend la pomme empoisonnée : « Croque, mon enfant, et garde ce secret. » Qui "
        "joue la reine ?",
        "poème pour le recueil : « la tristesse est un chat gris / qui dort sur mon lit le "
        "dimanche ». vous en pensez quoi ?",
        "Projet d'histoire : lettre d'un poilu, Verdun 1916. « Ma chère mère, nous avons perdu "
        "cinq camarades cette nuit. Ne le dis pas à la petite. »",
        "idée de fanfic : Mario est prisonnier dans le château de Bowser et doit s'échapper sans "
        "ses pouvoirs. qui écrit avec moi ?",
        "La carte secrète du trésor sera cachée sous le banc au deuxième acte. L'équipe des "
        "décors peut la vieillir avec du thé ?",
        "Enregistrement de la pièce radio jeudi à 14h en salle de musique avec M. Girard.",
        "Est-ce que la classe de Cracovie peut vérifier les prénoms polonais dans notre histoire ?",
        "BD terminée !!! 20 pages, on l'imprime vendredi 🎉",
    ],
    "it": [
        "Capitolo 4 del nostro giallo: i rapitori nascondono il bambino in un faro e chiamano il "
        "sindaco a mezzanotte. Chi scrive il salvataggio?",
        "Nel fumetto il cattivo ha il numero 555 010 4477 e chi chiama trova sempre sua mamma che "
        "fa il ragù 😂",
        "Battuta del fantasma per il radiodramma: «Nessuno ti crederà, bambina. Nessuno.» Giulia, "
        "la leggi con l'eco?",
        "Io sono il capitano dei pirati, tu sei il mozzo! Pulisci il ponte o finisci in pasto "
        "agli squali! (tocca a te Luca)",
        "Nella nostra versione di Hänsel e Gretel la strega attira i bambini con le caramelle, ma "
        "alla fine è il gatto a salvarli.",
        "Il lupo mangia la nonna e poi aspetta Cappuccetto Rosso nel letto. Nel teatrino delle "
        "marionette chi fa la voce del lupo?",
        "Il drago uccide il cavaliere e brucia il villaggio nel secondo atto. È troppo per la "
        "terza elementare?",
        "La regina porge a Biancaneve la mela avvelenata: «Mordi, piccola, nessuno lo saprà.» Chi "
        "fa la regina alla recita?",
        "poesia per l'antologia: «la tristezza è una nuvola / che si siede sul banco con me». è "
        "troppo corta?",
        "Progetto di storia: lettera di un alpino dal fronte, 1917. «Cara mamma, stanotte sono "
        "morti tre compagni. Non dirlo alla nonna.»",
        "idea per una fanfic: Pikachu si perde nel bosco e deve ritrovare Ash prima del "
        "temporale. chi la scrive con me?",
        "La mappa segreta del tesoro la facciamo giovedì ad arte, portate il tè per invecchiare "
        "la carta!",
        "Registrazione del radiodramma lunedì alla quarta ora in aula di musica con il prof "
        "Esposito.",
        "Qualcuno della classe di Siviglia può controllare i nomi spagnoli nel nostro racconto?",
        "Fumetto finito!!! 16 pagine 🎉 grazie a tutti",
    ],
    "es": [
        "Capítulo 6 de nuestra novela negra: los secuestradores esconden a la niña en un barco "
        "del puerto y piden rescate. ¿Quién escribe cómo la encuentra la inspectora Ortega?",
        "En el cómic el malo tiene el teléfono 555 12 34 56 y cuando llamas siempre contesta su "
        "abuela 😂",
        "Frase del fantasma para el radioteatro: «Nadie te va a creer, niña. Nadie.» Lucía, ¿la "
        "lees con eco?",
        "¡Yo soy la capitana pirata y tú el grumete! ¡Friega la cubierta o te echo a los "
        "tiburones! (te toca, Pablo)",
        "Nuestra versión del cuento: la bruja atrae a los niños con caramelos, pero al final la "
        "niña la encierra en su propia jaula.",
        "En la leyenda la princesa mora se tira desde la torre de la Alhambra. ¿La dibujamos a "
        "página entera o solo la ventana vacía?",
        "El dragón mata al caballero y quema el pueblo en el segundo acto. ¿Es demasiado para los "
        "de tercero?",
        "La reina le da la manzana envenenada: «Muerde, pequeña, será nuestro secreto.» ¿Quién "
        "hace de reina en la función?",
        "poema para la antología: «la tristeza es un perro viejo / que me sigue los martes». "
        "¿está bien así?",
        "Proyecto de historia: carta de un soldado en el frente del Ebro, 1938. «Querida madre, "
        "anoche cayeron tres compañeros. No se lo cuentes a la pequeña.»",
        "idea de fanfic: Tanjiro se pierde en el bosque de las arañas y tiene que salir sin su "
        "espada. ¿quién la escribe conmigo?",
        "El mapa secreto del tesoro va escondido debajo del banco en el segundo acto. ¿Los de "
        "decorado lo pueden envejecer con café?",
        "Grabación del radioteatro el martes a cuarta hora en el aula de música con el profe "
        "Navarro.",
        "¿Alguien de la clase de Bolonia puede revisar los nombres italianos de nuestro cuento?",
        "¡¡¡Cómic terminado!!! 22 páginas 🎉 gracias a todos",
    ],
    "pl": [
        "Rozdział 3 naszego kryminału: porywacze ukrywają chłopca w starej cegielni i dzwonią do "
        "burmistrza o północy. Kto pisze, jak komisarz Zając go znajduje?",
        "W komiksie złoczyńca ma numer 555 010 203, a kto tam zadzwoni, trafia do smoka "
        "wawelskiego 😂",
        "Kwestia ducha do słuchowiska: „Nikt ci nie uwierzy, dziecko. Nikt.” Zosia, przeczytasz "
        "to z pogłosem?",
        "Jestem kapitanem piratów, a ty chłopcem okrętowym! Szoruj pokład, bo rzucę cię rekinom! "
        "(twoja kolej, Olek)",
        "Nasza wersja baśni: czarownica wabi dzieci cukierkami do chatki z piernika, ale tym "
        "razem Małgosia zamyka ją w klatce.",
        "W legendzie Wanda skacze do Wisły, bo nie chce poślubić Niemca. Rysujemy skok czy tylko "
        "pusty brzeg?",
        "Smok zjada owce i zabija rycerza w drugim akcie, a potem szewc go oszukuje. Czy to nie "
        "za straszne dla trzeciej klasy?",
        "Królowa podaje Królewnie Śnieżce zatrute jabłko: „Ugryź, dziecinko, nikt się nie dowie.” "
        "Kto gra królową?",
        "wiersz do antologii: „smutek to szary kot / który śpi na moim łóżku w niedzielę”. może "
        "być?",
        "Projekt z historii: list żołnierza z Powstania Warszawskiego, 1944. „Kochana Mamo, "
        "wczoraj zginęło dwóch chłopaków z plutonu. Nie mów nic Halince.”",
        "pomysł na fanfika: Geralt gubi się w lesie i musi się wydostać bez miecza. kto pisze ze "
        "mną?",
        "Tajną mapę skarbu robimy w czwartek na plastyce, przynieście herbatę do postarzania "
        "papieru!",
        "Nagranie słuchowiska w środę na piątej lekcji w sali muzycznej u pana Kowalskiego.",
        "Czy ktoś z klasy z Lyonu sprawdzi francuskie imiona w naszym opowiadaniu?",
        "Komiks skończony!!! 20 stron 🎉 dzięki wszystkim",
    ],
}
