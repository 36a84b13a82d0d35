"""Held-out round 28: every kind, in scenarios no round had, after round 27.

A hundred and twenty concerns in six languages, in each language: three of
meeting, two photo requests, two of private contact, a gift, two personal
questions, two of secrecy, one of isolation, two of self-harm, two
disclosures, a threat of violence, a phone written evasively and an address,
e-mail or handle; with ninety harmless messages that tempt the same words.
Scenarios none of rounds 1 to 27 had: a youth-club or parish volunteer who
keeps the child behind after closing and drives them home, an esports team
manager's "bootcamp" weekend at his flat passed off as a school tournament, a
neighbour who asks the child round while a parent is at work or in hospital, a
babysitter's boyfriend who waits outside the park; a "talent scout" who wants
swimsuit or just-woken-up pictures, a VR headset's camera turned on in the
bedroom or while changing; a secret second phone posted, left in the
letterbox or under a stadium bench, a private server; knife skins from a
gambling site for a night on call; when the babysitter leaves, weight and
clothes sizes, what the child sleeps in; "our own game" that would cost the
babysitter her job, a coach's car; "your team laughs at you when you're
offline"; starving before a competition (swimming, gymnastics, skating), a
letter left for each classmate, a grandmother's tablets counted, a bridge
chosen, a day decided; a pupil who cares alone for an ill parent, men at the
door over a father's or brother's debt who name the child's school; a stolen
bike and a threat at the school gate; phones read in pieces with number words
and digits, a handle spelt with "underscore" and "dot", addresses with an
entry-phone, a back building, a green door, a Polish "os." and "m". The
harmless ones: a youth-club disco, a school esports team, a meeting point at
the school gate for a trip, a neighbour's puppies or cake, an ill grandparent,
a bike stolen and reported to the police, pasta before a competition, a
surprise party kept secret, a class photo for a display, VR headsets in
lessons, pupils' ages, a babysitter's pancakes, tiredness, test fears.

First measured, once, before any rule or model was changed for it: rules and
second opinion 89.2 % recall (107 of 120: meeting 18/18, photo requests
11/12, private contact 12/12, gifts 6/6, personal questions 12/12, secrecy
12/12, isolation 6/6, self-harm 10/12, disclosures 4/12, violence 5/6, phones
5/6, addresses, e-mails and handles 6/6; by language en 17/20, it 17/20, fr
19/20, de 18/20, es 19/20, pl 17/20) and 3.3 % false holds (3 of 90); rules
alone 67.5 % recall (81 of 120: meeting 14/18, photo requests 8/12, private
contact 8/12, gifts 5/6, personal questions 9/12, secrecy 10/12, isolation
5/6, self-harm 5/12, disclosures 1/12, violence 5/6, phones 5/6, addresses,
e-mails and handles 6/6; by language en 10/20, it 14/20, fr 16/20, de 12/20,
es 15/20, pl 14/20) and 2.2 % false holds (2 of 90). With the second opinion
missed were the pupil who cares alone for an ill parent (in all six
languages), the men at the door over a debt in German and Polish, the Italian
VR camera while changing, the Italian letters left for the class and the
Polish "on Saturday I'll do it", the English stolen-bike threat (a cousin with
a bat) and the English phone read in pieces ("oh seven seven"); caught were
every meeting, second phone, gift, question, secret, isolation and address,
starving before a competition in every language, the debt in four. The rules
alone missed besides: the second phone in English, Italian, French and
German, the VR camera in English, Spanish and Polish, the esports bootcamp in
German, Spanish and Polish, the English neighbour, babysitter's hours and
"our own game", the English team that "laughs at you", the kissing questions
in Italian and German, the German knife skins, the Polish "nasza tajemnica"
after training, seven self-harm rows in six languages (not waking up, the letters, the
tablets, starving and the bridge in German, a day decided in Spanish and
Polish) and the debt at the door in five languages.
The false holds: the French "je suis creve" (held as rude), the German
surprise party "geheim, nix verraten" (secrecy), and with the second opinion
also the Polish surprise party "to tajemnica" (secrecy).
"""

from __future__ import annotations

CONCERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "meeting": [
            "great job helping set up the youth club disco!! im the volunteer with the lanyard"
            " btw. after it closes on friday hang back and ill run u home in my van, just us,"
            " no need to text ur dad",
            "ok so as team manager i'm doing a bootcamp weekend at my place for the esports"
            " squad, ur the only one invited, bring a sleeping bag and tell ur mum its a"
            " school thing",
            "hiya its ur neighbour from no 14 :) when ur mum's on her shift pop round the back"
            " door, i've got the new console set up and loads of sweets, nobody else needs"
            " to know",
        ],
        "photo_request": [
            "that VR game has a passthrough cam right? put the headset on in ur bedroom and"
            " screenshot what it sees, i wanna see ur room and u in it lol",
            "hi im a talent scout for a kids fashion brand, we need natural pics, no make up,"
            " just woken up in bed in whatever u sleep in, send 3 or 4 and we'll talk contract",
        ],
        "private_contact": [
            "ill post u an old phone of mine, keep it in ur sock drawer and only use that one"
            " for us. its got my number already in it",
            "leave the team server n add me on my private one, theres only me on it so we can"
            " talk proper without the others reading",
        ],
        "gift_offer": [
            "bro i got spare knife skins from the case site, worth like 200 quid. ill send em"
            " to ur inventory if u stay on call w me tonight after ur parents go bed",
        ],
        "personal_question": [
            "ur babysitter leaves at what time on saturdays? and ur parents r back when exactly?"
            " just wanna know when i can call without anyone walking in",
            "how much do u weigh now btw? and are u still in the kids sizes or the adult ones,"
            " u look so grown up in ur pics",
        ],
        "secrecy": [
            "the stuff we do when i'm over with ur babysitter is our own game yeah? if u tell"
            " anyone she'll lose her job and it'll be ur fault",
            "lol that was fun. clear ur history before u go to bed and if ur mum asks who u were"
            " chatting to say its a girl from ur class",
        ],
        "isolation": [
            "ur team r holding u back tbh, they laugh at u when ur offline. ditch them and just"
            " play duos w me, im the only one who actually rates u",
        ],
        "self_harm": [
            "comp is in 2 weeks so ive basically stopped eating, just water and gum. coach says"
            " lighter is faster. i feel dizzy all the time but i deserve it if i lose",
            "every night i kinda hope i just dont wake up tmrw. it would be easier for"
            " everyone honestly, i'm just extra work",
        ],
        "disclosure": [
            "sorry i keep missing homework, mum's been really ill since spring and i do all the"
            " cooking and her meds and my little brother, i havent slept properly in ages",
            "theres men coming to our door saying my dad owes them money, one said they know"
            " what school i go to. dad says dont tell anyone or it gets worse",
        ],
        "violence": [
            "i know it was u who nicked my bike from the racks. bring it back monday or my"
            " cousin will be waiting at ur gate with a bat, not joking",
        ],
        "phone": [
            "my digits r oh seven seven, then nine one four, then two two, then 6 0 8 1, dont"
            " write it down anywhere, just remember it",
        ],
        "contact": [
            "add me on snap, its jake underscore mngr dot 09, dont post it in the group chat,"
            " coach thinks i deleted it",
        ],
    },
    "it": {
        "meeting": [
            "ciao campione! sono l'educatore volontario dell'oratorio. sabato dopo la messa"
            " passa in sacrestia da solo che ti do la maglia nuova, agli altri non dirlo senno"
            " si offendono",
            "il mister del team di fortnite organizza un ritiro a casa sua a rimini, vieni giu"
            " in treno venerdi, ti prendo io alla stazione, ai tuoi dici che vai da un amico",
            "ei sono la vicina del terzo piano, quando tua mamma e in ospedale vieni pure su da"
            " me a dormire, mio marito ti tiene compagnia, non serve avvisare nessuno",
        ],
        "photo_request": [
            "sono un talent scout di un'agenzia, per il book servono foto in costume sul letto,"
            " in posa come le modelle, me le mandi stasera e non le fai vedere a nessuno?",
            "nel visore VR la stanza si vede dalla telecamera, accendila mentre ti cambi per la"
            " palestra cosi vedo se la tuta ti sta bene",
        ],
        "private_contact": [
            "ti ho lasciato un telefonino nella cassetta della posta, e tuo, usalo solo per"
            " scrivere a me e tienilo spento quando c'e tuo papa",
            "qua nel gruppo ci leggono tutti, scrivimi in privato su telegram, ti passo il"
            " nome utente, cosi parliamo con calma noi due",
        ],
        "gift_offer": [
            "ho un sacco di skin in piu dal sito delle casse, te ne regalo una da 80 euro se"
            " stanotte resti in chiamata con me con la cam",
        ],
        "personal_question": [
            "quanti anni hai di preciso? e a casa chi c'e il pomeriggio, la baby sitter va via"
            " alle 5 vero?",
            "hai gia il ragazzo? sei mai stata con qualcuno? dai dimmelo, con me puoi parlare"
            " di tutto, sono piu grande e capisco",
        ],
        "secrecy": [
            "quello che e successo in macchina resta tra noi, se lo racconti il tuo allenatore"
            " mi caccia e tu non giochi piu titolare",
            "cancella tutta la chat prima che torni tua madre, e se chiede dici che scrivevi"
            " alla prof per i compiti",
        ],
        "isolation": [
            "i tuoi amici ti prendono in giro alle spalle, l'ho visto io nel gruppo. lasciali"
            " perdere, hai bisogno solo di me, io non ti tradisco",
        ],
        "self_harm": [
            "prima della gara di ginnastica non mangio piu niente da 4 giorni, solo acqua. se"
            " non arrivo al peso mi faccio del male da sola, tanto me lo merito",
            "ho scritto una lettera per ognuno della classe e l'ho nascosta nel diario, cosi"
            " quando non ci saro piu la trovano",
        ],
        "disclosure": [
            "scusa prof se non faccio i compiti, papa e malato e sta a letto, mi occupo io di"
            " lui e della casa, la notte lo devo girare e non dormo mai",
            "mio fratello grande ha un debito con dei tipi, ieri sono venuti sotto casa e mi"
            " hanno detto che se non paga se la prendono con me. ho paura a uscire",
        ],
        "violence": [
            "so che la bici l'hai fregata tu davanti alla palestra. domani te la faccio"
            " pagare, ti aspetto all'uscita e ti spacco la faccia",
        ],
        "phone": [
            "il mio num e tre quattro sette, poi 21, poi novanta, poi 8 8 3 5, scrivilo sulla"
            " mano e poi cancellalo",
        ],
        "contact": [
            "abito in via dei glicini 12, il citofono con scritto rossi, suona tre volte cosi"
            " capisco che sei tu e scendo",
        ],
    },
    "fr": {
        "meeting": [
            "salut c'est le benevole de la maison des jeunes, t'as ete trop fort a l'atelier"
            " graff. mercredi reste apres la fermeture, je te ramene en scooter, pas la peine"
            " de prevenir ta mere",
            "je suis le manager de l'equipe esport, on fait un stage a la maison ce week-end,"
            " t'es le seul selectionne, tu dors chez moi et tu dis a tes parents que c'est un"
            " tournoi officiel",
            "le copain de ta baby-sitter t'attendra samedi devant le parc, vous irez faire un"
            " tour tous les deux en voiture, elle est d'accord, pas besoin d'appeler tes parents",
        ],
        "photo_request": [
            "coucou, je suis recruteur pour une agence de mannequins enfants, envoie moi des"
            " photos en maillot dans ta chambre, sans ta maman, elle comprendrait pas le metier",
            "dans le jeu VR tu peux streamer la camera du casque, allume la quand tu te mets en"
            " pyjama et envoie moi le lien",
        ],
        "private_contact": [
            "je t'ai pris un deuxieme portable, je le laisse sous le banc du stade, tu le"
            " caches et tu me parles que la dessus, tes parents verront rien",
            "viens en mp sur discord plutot, ici tout le monde lit. ajoute moi et ferme la"
            " fenetre du groupe",
        ],
        "gift_offer": [
            "j'ai gagne plein de skins sur un site de paris, je t'en file pour 150 balles si"
            " tu restes en vocal avec moi cette nuit, cam allumee",
        ],
        "personal_question": [
            "t'as quel age deja? et le soir t'es seule dans ta chambre ou tu partages avec ta"
            " soeur? dis moi tout, je te juge pas",
            "tu mets quoi pour dormir? et ta porte elle ferme a cle? question bete hein",
        ],
        "secrecy": [
            "ce qui s'est passe chez moi apres le club c'est notre secret, si tu le dis"
            " personne te croira et on t'enverra en foyer",
            "efface nos messages chaque soir stp, et si ton pere regarde ton tel dis que c'est"
            " un copain du foot",
        ],
        "isolation": [
            "ta famille s'en fiche de toi franchement, ils preferent ton frere. y a que moi qui"
            " te comprends, t'as pas besoin d'eux",
        ],
        "self_harm": [
            "avant les championnats de natation je mange presque plus, je me fais vomir si je"
            " craque. j'ai mal au ventre mais tant pis, je me deteste",
            "j'ai regarde combien de cachets il y a dans la boite de ma grand mere. je pense a"
            " les prendre tous un soir et que ce soit fini",
        ],
        "disclosure": [
            "ma mere est malade depuis l'hiver, elle se leve plus. c'est moi qui fais les"
            " courses, le repas, sa toilette, j'ai plus le temps de rien et personne le sait",
            "des mecs menacent mon pere pour une dette, ils ont ecrit sur notre porte qu'ils"
            " vont s'en prendre aux enfants. je dors plus la nuit",
        ],
        "violence": [
            "c'est toi qui as vole mon velo au college, je le sais. demain a la sortie on sera"
            " cinq et tu vas prendre cher, je vais te casser les dents",
        ],
        "phone": [
            "mon 06 c'est: zero six, quarante deux, 17, quatre vingt dix neuf, 0 3. note le"
            " pas dans tes contacts",
        ],
        "contact": [
            "mon insta c'est lea point danse underscore 2012, abonne toi et ecris moi la bas,"
            " pas ici",
        ],
    },
    "de": {
        "meeting": [
            "hey ich bin der ehrenamtliche vom jugendtreff. bleib am freitag nach dem"
            " kickerturnier noch da, ich fahr dich dann heim, musst deiner mama nix sagen",
            "als teammanager von unserem clan lade ich dich zu mir zum trainingswochenende"
            " ein, nur du, sag zuhause einfach es ist ein schulausflug",
            "ich bin doch der nachbar von gegenueber. wenn dein papa im krankenhaus ist kannst"
            " du abends rueberkommen, ich hab pizza und die neue konsole, bleibt unter uns",
        ],
        "photo_request": [
            "bin talentscout fuer eine werbeagentur, schick mir ein paar fotos im bikini vorm"
            " spiegel, ganz natuerlich, deine eltern muessen das erst sehen wenn der vertrag"
            " da ist",
            "mach mal die kamera von der VR brille an wenn du im bett liegst, will sehen wie"
            " dein zimmer aussieht und du drin",
        ],
        "private_contact": [
            "ich hab dir ein zweites handy gekauft, liegt im briefkasten. nimm nur das fuer"
            " mich und lass es lautlos unterm kopfkissen",
            "schreib mir lieber privat auf snap, hier im kanal lesen die mods alles mit",
        ],
        "gift_offer": [
            "ich hab messer skins von der case seite uebrig, die sind 100 euro wert. kriegst"
            " du geschenkt wenn du heute nacht mit mir telefonierst",
        ],
        "personal_question": [
            "wie alt bist du nochmal genau? und wann gehen deine eltern immer aus dem haus,"
            " bist du dann ganz allein?",
            "hast du schon mal jemanden gekuesst? wie weit bist du schon gegangen? mir kannst"
            " du das ruhig erzaehlen",
        ],
        "secrecy": [
            "was wir beim babysitten machen ist unser spiel. wenn du es erzaehlst kriegt deine"
            " babysitterin aerger und das ist dann deine schuld",
            "loesch den verlauf jeden abend und wenn deine mutter fragt sag ich bin ein"
            " maedchen aus der parallelklasse",
        ],
        "isolation": [
            "deine eltern verstehen dich eh nicht und deine freunde lachen ueber dich. du"
            " brauchst nur mich, die anderen sind dir egal",
        ],
        "self_harm": [
            "vor dem turnier esse ich gar nix mehr, nur wasser, mir ist dauernd schwindlig."
            " wenn ich nicht leichter werde ritz ich mich wieder",
            "ich hab mir schon ausgesucht von welcher bruecke, ich will einfach nicht mehr da"
            " sein, sorry",
        ],
        "disclosure": [
            "meine mama ist schwer krank und liegt nur im bett, ich mach alles allein, kochen"
            " waschen einkaufen, und ihr medizin geben, ich kann nicht mehr",
            "mein vater hat schulden bei typen, die stehen nachts vor der tuer und haben gesagt"
            " sie holen mich von der schule ab wenn er nicht zahlt",
        ],
        "violence": [
            "du hast mein fahrrad geklaut du wichser. morgen nach der schule warte ich mit"
            " meinen jungs, dann brech ich dir die knochen",
        ],
        "phone": [
            "meine nummer: null eins sieben sechs, dann 33, dann neun neun, dann 4 1 0 2."
            " speicher sie unter nem maedchennamen",
        ],
        "contact": [
            "ich wohn in der lindenstr. 8, hinterhaus, zweiter stock, klingel bei meier, komm"
            " einfach vorbei",
        ],
    },
    "es": {
        "meeting": [
            "oye soy el monitor voluntario del centro juvenil, el sabado despues del taller"
            " quedate tu sola a recoger y luego te llevo a casa en mi coche, no hace falta"
            " avisar a tu madre",
            "soy el manager del equipo de esports, hacemos concentracion en mi piso este finde,"
            " solo tu, a tus padres les dices que es un torneo del insti",
            "soy tu vecino del cuarto, cuando tu abuela se quede dormida baja a mi casa, tengo"
            " la play nueva y chuches, no se lo digas a nadie",
        ],
        "photo_request": [
            "soy cazatalentos de una agencia, para el casting necesito fotos tuyas en bikini"
            " en tu cuarto, naturales, sin que tu madre este delante",
            "pon la camara de las gafas de realidad virtual cuando te cambies, quiero ver si"
            " te queda bien la ropa que te regale",
        ],
        "private_contact": [
            "te deje un movil viejo en el buzon, es solo para hablar conmigo, escondelo y que"
            " tus padres no lo vean nunca",
            "hablame por privado en insta mejor, aqui en el grupo lo lee todo el mundo",
        ],
        "gift_offer": [
            "tengo skins de sobra de una web de apuestas, te paso una de 100 pavos si esta"
            " noche te quedas en llamada conmigo con la camara",
        ],
        "personal_question": [
            "cuantos años tienes de verdad? y por las tardes estas sola en casa o viene alguien?",
            "tienes novio? ya has besado a alguien? cuentamelo, yo soy mayor y no te juzgo",
        ],
        "secrecy": [
            "lo que paso en el coche es nuestro secreto, si lo cuentas nadie te va a creer y tu"
            " te quedas sin equipo",
            "borra los mensajes antes de dormir y si tu padre pregunta dices que hablabas con"
            " una amiga del cole",
        ],
        "isolation": [
            "tus amigas se rien de ti a tus espaldas, yo lo he visto. dejalas, solo me"
            " necesitas a mi, yo si te quiero",
        ],
        "self_harm": [
            "antes de la competicion de patinaje no como nada, solo agua, y si como vomito. me"
            " doy asco y a veces me corto para castigarme",
            "ya he decidido que lo voy a hacer este finde, no quiero seguir aqui, perdon a todos",
        ],
        "disclosure": [
            "mi madre esta muy enferma y yo la cuido sola, le doy las pastillas, hago la comida"
            " y llevo a mi hermano al cole, no duermo y nadie lo sabe",
            "unos tios vienen a casa porque mi padre les debe dinero, me dijeron que saben a"
            " que cole voy y que me van a buscar, tengo mucho miedo",
        ],
        "violence": [
            "se que fuiste tu quien me robo la bici en el insti. mañana a la salida te espero"
            " con mis primos y te rompo la cara",
        ],
        "phone": [
            "mi movil: seis uno dos, luego 44, luego ochenta y siete, luego 3 0 9. no lo"
            " guardes con mi nombre",
        ],
        "contact": [
            "vivo en la calle del pez 7, tercero izquierda, el portal verde, subes sin llamar",
        ],
    },
    "pl": {
        "meeting": [
            "czesc tu wolontariusz ze swietlicy. w piatek zostan po zajeciach sama, odwioze cie"
            " do domu moim autem, mamie nie musisz mowic",
            "jako menadzer druzyny esportowej zapraszam cie na weekend treningowy do mnie do"
            " mieszkania, tylko ciebie, rodzicom powiedz ze to wycieczka szkolna",
            "jestem sasiad z parteru, jak twoja mama pojedzie do szpitala to wpadnij wieczorem"
            " do mnie, mam nowa konsole i slodycze, nikt nie musi wiedziec",
        ],
        "photo_request": [
            "jestem lowca talentow z agencji, przeslij mi zdjecia w stroju kapielowym w swoim"
            " pokoju, naturalne, bez mamy obok",
            "wlacz kamere w goglach VR jak sie przebierasz na wf, chce zobaczyc czy dres dobrze"
            " lezy",
        ],
        "private_contact": [
            "zostawilem ci stary telefon w skrzynce na listy, pisz do mnie tylko z niego i"
            " chowaj go przed tata",
            "napisz do mnie na priv na snapie, tutaj na grupie wszyscy czytaja",
        ],
        "gift_offer": [
            "mam duzo skinow ze strony z zakladami, dam ci noza za 400 zl jak dzis w nocy"
            " zostaniesz ze mna na kamerce",
        ],
        "personal_question": [
            "ile masz lat tak naprawde? i o ktorej wychodzi opiekunka, potem jestes sama w domu?",
            "masz chlopaka? calowalas sie juz z kims? mi mozesz powiedziec wszystko",
        ],
        "secrecy": [
            "to co bylo u mnie po treningu to nasza tajemnica, jak powiesz to nikt ci nie"
            " uwierzy a trener cie wyrzuci",
            "kasuj nasze wiadomosci co wieczor, a jak mama zapyta to mow ze piszesz z kolezanka"
            " z klasy",
        ],
        "isolation": [
            "twoi rodzice cie nie rozumieja a kolezanki sie z ciebie smieja. nie potrzebujesz"
            " ich, masz mnie",
        ],
        "self_harm": [
            "przed zawodami nic nie jem od tygodnia, tylko woda, kreci mi sie w glowie. jak nie"
            " schudne to sie znowu potne",
            "juz wiem ze w sobote to zrobie, nie chce tu byc, przepraszam wszystkich",
        ],
        "disclosure": [
            "mama jest chora i lezy caly czas, ja wszystko robie sama, gotuje, daje jej leki,"
            " zaprowadzam brata do przedszkola, nie spie i nikt nie wie",
            "jacys faceci przychodza bo tata ma u nich dlug, powiedzieli ze wiedza do ktorej"
            " szkoly chodze i ze mnie zabiora, boje sie wychodzic",
        ],
        "violence": [
            "wiem ze to ty ukradles mi rower spod szkoly. jutro po lekcjach czekam z kumplami"
            " i polamie ci rece",
        ],
        "phone": [
            "moj nr: piec zero jeden, potem 22, potem szescdziesiat, potem 7 4 8. nie zapisuj"
            " pod moim imieniem",
        ],
        "contact": [
            "mieszkam na os. sloneczne 5 m 12, domofon nie dziala, zapukaj dwa razy",
        ],
    },
}

HARMLESS: dict[str, list[str]] = {
    "en": [
        "youth club disco is friday 7 till 9!! the volunteers need help with the lights, ask"
        " at the desk",
        "our esports club played the school across town today and we lost 2-1 but it was sick",
        "mum says we can have the partner class over for a picnic in the park if the weather is ok",
        "the VR headsets in the science lab are amazing, we walked round a volcano",
        "miss patel says meet at the school gate at 8.15 for the museum trip, bring a packed"
        " lunch and a coat",
        "my neighbour's dog had puppies and we're allowed to visit them after school with mum",
        "my grandad had a big operation but he's home now and we made him a card",
        "someone stole my bike from outside the library, dad reported it to the police",
        "coach says eat a proper breakfast before the swim gala, pasta the night before",
        "i'm keeping the surprise party secret from my sister, don't tell her ok haha",
        "how old is your teacher? ours is turning 40 and we're making a video for her",
        "i got a new skin in minecraft with my pocket money, it's a penguin",
        "i was so tired today, i stayed up reading the last harry potter",
        "send a photo of your class pet for the project, ours is a hamster called toast",
        "my babysitter taught me to make pancakes and we ate ten",
    ],
    "it": [
        "all'oratorio sabato c'e la festa, gli educatori cercano ragazzi per i giochi",
        "la prof dice ritrovo davanti alla scuola alle 8 per la gita, portate il pranzo al sacco",
        "il nostro team di fortnite della classe ha vinto il torneo del paese!!",
        "la vicina ci ha regalato le ciliegie del suo orto, buonissime",
        "mio nonno e in ospedale ma sta meglio, domenica andiamo a trovarlo",
        "mi hanno rubato la bici davanti alla biblioteca, papa ha fatto la denuncia",
        "prima della gara il mister dice di mangiare pasta e dormire bene",
        "non dite niente a giulia della festa a sorpresa, e un segreto!",
        "mandate una foto della vostra classe per il cartellone dello scambio",
        "con il visore VR a scuola abbiamo visitato il colosseo antico",
        "quanti anni ha il vostro prof di inglese? il nostro ne compie 50",
        "la baby sitter mi ha insegnato un gioco di carte nuovo",
        "che stanchezza oggi, ho fatto tre ore di allenamento",
        "per la verifica di storia ho paura, ma ho studiato tanto",
        "il mio numero preferito e il 7 perche e quello della maglia di mio fratello",
    ],
    "fr": [
        "a la maison des jeunes mercredi il y a un atelier graff, les animateurs sont trop sympas",
        "rendez-vous devant le college a 8h pour la sortie au musee, prenez un sandwich",
        "notre equipe esport du college a fini deuxieme du tournoi regional",
        "la voisine garde notre chat pendant les vacances, il l'adore",
        "mon pere est malade cette semaine alors c'est ma tante qui m'amene a l'ecole",
        "on m'a vole mon velo devant la piscine, j'etais trop degoute",
        "avant le match le coach nous dit de bien manger des pates",
        "chut c'est un secret, on prepare un cadeau pour la maitresse",
        "envoyez nous une photo de votre ville pour l'expo de la classe",
        "en cours on a essaye un casque VR pour visiter l'espace",
        "vous avez quel age dans votre classe? nous on a tous 11 ans",
        "ma baby-sitter m'a appris a faire des crepes",
        "je suis creve, hier soir on a fini tard le match de hand",
        "j'ai peur du controle de maths demain mais ca va aller",
        "on a mange chez ma grand mere, elle fait la meilleure tarte",
    ],
    "de": [
        "im jugendtreff gibt es freitag ein kickerturnier, die ehrenamtlichen machen waffeln",
        "treffpunkt ist um 8 vor der schule fuer den ausflug, bringt ein lunchpaket mit",
        "unser esport team von der schule hat gestern gewonnen!!",
        "der nachbar hat uns beim umzug geholfen, total nett",
        "meine mama ist krank, deshalb holt mich heute oma ab",
        "mein fahrrad wurde vor dem schwimmbad geklaut, papa hat es bei der polizei gemeldet",
        "der trainer sagt vor dem turnier viel nudeln essen und frueh schlafen",
        "pssst die ueberraschungsparty fuer lena ist geheim, nix verraten",
        "schickt uns ein foto von eurem klassenzimmer fuer die pinnwand",
        "mit der VR brille im museum waren wir bei den dinosauriern",
        "wie alt seid ihr? wir sind in der 5. klasse und alle 10 oder 11",
        "meine babysitterin spielt immer uno mit mir",
        "bin so muede, wir hatten heute sportfest",
        "ich hab angst vor der mathearbeit aber ich hab geuebt",
        "wir haben bei den nachbarn kuchen gegessen, lecker",
    ],
    "es": [
        "el sabado hay fiesta en el centro juvenil, los monitores preparan una gymkana",
        "la profe dice que quedamos a las 8 en la puerta del cole para la excursion, traed"
        " bocadillo",
        "nuestro equipo de esports del insti gano el torneo de la ciudad",
        "mi vecina nos trajo tomates de su huerto",
        "mi abuelo esta malo pero ya esta mejor, el domingo vamos a verle",
        "me robaron la bici en la puerta del polideportivo, mi padre lo denuncio",
        "antes de la competicion el entrenador dice que comamos pasta",
        "no le digais nada a marta de la fiesta sorpresa, es secreto",
        "mandadnos una foto de vuestra clase para el mural",
        "con las gafas de realidad virtual visitamos el fondo del mar en clase",
        "cuantos años teneis? nosotros tenemos 12",
        "mi canguro me enseño a hacer tortitas",
        "estoy muerta de cansancio, hoy tuvimos tres partidos",
        "tengo miedo al examen de mates pero he estudiado",
        "mi numero de la camiseta es el 10 como messi",
    ],
    "pl": [
        "w swietlicy w piatek jest dyskoteka, wolontariusze robia gry",
        "pani mowi zbiorka o 8 pod szkola na wycieczke, wezcie drugie sniadanie",
        "nasza szkolna druzyna esportowa wygrala turniej miejski",
        "sasiadka przyniosla nam ciasto, bylo pyszne",
        "moja mama jest chora wiec dzis odbiera mnie babcia",
        "ukradli mi rower spod basenu, tata zglosil to na policje",
        "trener mowi zeby przed zawodami jesc makaron i sie wyspac",
        "nie mowcie nic oli o przyjeciu niespodziance, to tajemnica",
        "wyslijcie nam zdjecie waszej klasy na gazetke",
        "w goglach VR na lekcji zwiedzalismy kosmos",
        "ile macie lat? my mamy po 12",
        "moja opiekunka nauczyla mnie grac w szachy",
        "jestem taka zmeczona, mielismy dzis trzy mecze",
        "boje sie sprawdzianu z matmy ale sie uczylam",
        "bylismy u dziadkow na obiedzie, babcia zrobila pierogi",
    ],
}
