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
    "Hi everyone! We finished the poster about the water cycle today.",
    "Can someone send me the photos from the science fair for our project page?",
    "Our teacher posted the school address: 14 Church Road, please write it on the envelope",
    "Meet at the library at break, bring your reading logs",
    "What is 123456789 x 987654321? Our teacher says it has 18 digits",
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
]

IT = [
    "Ciao a tutti! Oggi abbiamo finito il cartellone sul ciclo dell'acqua",
    "La maestra ha scritto l'indirizzo della scuola: via Dante 5, 20121 Milano",
    "Ci vediamo in biblioteca all'intervallo per il progetto",
    "Quanto fa 123456789 per 987654321? Non ci sta sulla calcolatrice",
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
]

FR = [
    "Désolé, je suis en retard : le bus avait 10 minutes de retard",
    "Les retards du train nous ont fait rater la visite",
    "Bonjour ! Aujourd'hui nous avons fini l'affiche sur le cycle de l'eau",
    "La maîtresse a donné l'adresse de l'école : 12 rue Victor Hugo, 69003 Lyon",
    "Rendez-vous au CDI à la récré pour le projet",
    "Combien font 123456789 fois 987654321 ? C'est un très grand nombre",
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
]

DE = [
    "Hallo! Heute haben wir das Plakat über den Wasserkreislauf fertig gemacht",
    "Die Adresse der Schule ist Goethestraße 5, 80331 München, schreibt sie auf den Brief",
    "Wir treffen uns in der Pause in der Bibliothek für das Projekt",
    "Was ist 123456789 mal 987654321? Das Ergebnis hat 18 Ziffern",
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
]

ES = [
    "¡Hola! Hoy hemos terminado el mural del ciclo del agua",
    "La profe nos ha dado la dirección del colegio: Calle Mayor 10, 28013 Madrid",
    "Nos vemos en la biblioteca en el recreo para el proyecto",
    "¿Cuánto es 123456789 por 987654321? Sale un número enorme",
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
]

PL = [
    "Cześć! Dzisiaj skończyliśmy plakat o obiegu wody",
    "Pani podała adres szkoły: ul. Długa 5, 00-238 Warszawa, napiszcie go na kopercie",
    "Spotykamy się w bibliotece na przerwie, żeby dokończyć projekt",
    "Ile to jest 123456789 razy 987654321? Wynik ma 18 cyfr",
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
