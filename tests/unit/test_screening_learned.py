"""The second opinion (``screening/learned.py``) as committed: nothing is trained here.

The paraphrases below were written after the model's first training (never
to tune it: its threshold was chosen by the rounds alone) and are in none of
its rows: one concern of each family in each language, in words of our own.
What is asserted is a rate for the model alone and for the rules and the model
together (it is a second opinion: what it misses the rules may catch, and the
other way round). The model never refuses: a message it alone saw is held for
a teacher under the kind it predicts.
"""

from __future__ import annotations

import pytest

from bench.corpus import Corpus
from tests.unit.test_screening_harmless import MESSAGES
from twinspace.moderation.screening import Kind, Level, Screener, Verdict, learned
from twinspace.moderation.screening.learned import KINDS, Model, Weights
from twinspace.moderation.screening.tokens import Stream

# By language: grooming (meeting, a photo, secrecy, a gift), isolation,
# self-harm (two), disclosures (two), a threat.
PARAPHRASES = {
    "en": [
        "when your parents go out on saturday text me and i'll come over, we can hang out just us",
        "put on the blue dress and send me a pic in it, only for me",
        "let's keep our chats to ourselves, grown ups wouldn't get it",
        "i'll top up your game account with 50 quid if you do something for me",
        "your classmates laugh at you behind your back, i'm the only one who really gets you",
        "i keep scratching my wrists until they bleed and i can't stop",
        "i've been thinking everyone would be happier if i just disappeared for good",
        "dad locks me in my room without food when he drinks",
        "my uncle touches me when we're alone and says it's our game",
        "touch my bag again and i'll break your nose tomorrow at break",
    ],
    "it": [
        "quando i tuoi escono sabato scrivimi che passo da te, stiamo un po' noi due",
        "mettiti il vestito blu e mandami una foto, solo per me",
        "le nostre chat teniamole per noi, i grandi non capirebbero",
        "ti ricarico il conto del gioco con 50 euro se fai una cosa per me",
        "i tuoi compagni ridono di te alle spalle, solo io ti capisco davvero",
        "continuo a graffiarmi i polsi finché sanguinano e non riesco a smettere",
        "penso che tutti sarebbero più felici se sparissi per sempre",
        "papà mi chiude in camera senza mangiare quando beve",
        "mio zio mi tocca quando siamo soli e dice che è il nostro gioco",
        "tocca ancora il mio zaino e domani all'intervallo ti rompo il naso",
    ],
    "fr": [
        "quand tes parents sortent samedi écris-moi et je passe chez toi, on sera que nous deux",
        "mets la robe bleue et envoie-moi une photo avec, juste pour moi",
        "nos discussions on les garde pour nous, les adultes comprendraient pas",
        "je te recharge ton compte du jeu avec 50 euros si tu fais un truc pour moi",
        "tes camarades se moquent de toi dans ton dos, il n'y a que moi qui te comprends vraiment",
        "je me griffe les poignets jusqu'au sang et j'arrive pas à arrêter",
        "je pense que tout le monde serait plus heureux si je disparaissais pour de bon",
        "papa m'enferme dans ma chambre sans manger quand il boit",
        "mon oncle me touche quand on est seuls et il dit que c'est notre jeu",
        "touche encore à mon sac et demain à la récré je te casse le nez",
    ],
    "de": [
        "wenn deine eltern am samstag weg sind schreib mir und ich komm vorbei, nur wir zwei",
        "zieh das blaue kleid an und schick mir ein foto davon, nur für mich",
        "unsere chats behalten wir für uns, erwachsene würden das nicht verstehen",
        "ich lade dir 50 euro auf dein spielkonto wenn du was für mich machst",
        "deine mitschüler lachen hinter deinem rücken über dich, nur ich verstehe dich wirklich",
        "ich kratze mir die handgelenke auf bis sie bluten und kann nicht aufhören",
        "ich glaube alle wären glücklicher wenn ich für immer verschwinden würde",
        "papa sperrt mich ohne essen in mein zimmer wenn er trinkt",
        "mein onkel fasst mich an wenn wir allein sind und sagt das ist unser spiel",
        "fass noch einmal meinen rucksack an und ich brech dir morgen in der pause die nase",
    ],
    "es": [
        "cuando tus padres salgan el sábado escríbeme y paso a tu casa, solos tú y yo",
        "ponte el vestido azul y mándame una foto con él, solo para mí",
        "nuestros chats nos los guardamos, los mayores no lo entenderían",
        "te recargo 50 euros en tu cuenta del juego si haces algo por mí",
        "tus compañeros se ríen de ti a tus espaldas, solo yo te entiendo de verdad",
        "me araño las muñecas hasta que sangran y no puedo parar",
        "creo que todos serían más felices si desapareciera para siempre",
        "mi padre me encierra en mi cuarto sin comer cuando bebe",
        "mi tío me toca cuando estamos solos y dice que es nuestro juego",
        "vuelve a tocar mi mochila y mañana en el recreo te rompo la nariz",
    ],
    "pl": [
        "jak twoi rodzice wyjdą w sobotę napisz do mnie to wpadnę do ciebie, tylko my dwoje",
        "załóż niebieską sukienkę i wyślij mi w niej zdjęcie, tylko dla mnie",
        "nasze rozmowy zostają między nami, dorośli by tego nie zrozumieli",
        "doładuję ci konto w grze za 50 zł jak zrobisz coś dla mnie",
        "twoi koledzy śmieją się z ciebie za plecami, tylko ja cię naprawdę rozumiem",
        "drapię sobie nadgarstki aż do krwi i nie mogę przestać",
        "myślę że wszyscy byliby szczęśliwsi gdybym zniknęła na zawsze",
        "tata zamyka mnie w pokoju bez jedzenia kiedy pije",
        "wujek mnie dotyka kiedy jesteśmy sami i mówi że to nasza zabawa",
        "dotknij jeszcze raz mojego plecaka a jutro na przerwie złamię ci nos",
    ],
}
# The model alone catches at least this share of each language's paraphrases,
# and the rules and the model together this share of all (measured: the model
# alone 58 of 60, 9 or 10 in each language; the rules alone 51; together 59;
# docs/safety.md).
MIN_PARAPHRASES_CAUGHT = 0.7
MIN_HELD_TOGETHER = 0.9
# Ordinary chat lines of a seed the model was not trained on (it was on seed 1).
CORPUS_SEED = 7
CORPUS_LINES = 2000


@pytest.fixture(scope="module")
def model() -> Model:
    return Model()


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def test_the_committed_model_loads_with_every_kind(model: Model) -> None:
    assert set(model.kinds) <= set(KINDS)
    assert {KINDS[name] for name in model.kinds} >= {
        Kind.self_harm,
        Kind.disclosure,
        Kind.violence,
        Kind.isolation,
        Kind.secrecy,
        Kind.meeting,
    }
    assert len(model.concern.terms) + len(model.concern.prefixes) > 1000


@pytest.mark.parametrize("language", list(PARAPHRASES))
def test_the_model_alone_catches_new_paraphrases(model: Model, language: str) -> None:
    rows = PARAPHRASES[language]
    caught = [text for text in rows if model.find(Stream(text)) is not None]
    assert len(caught) / len(rows) >= MIN_PARAPHRASES_CAUGHT, set(rows) - set(caught)


def test_the_rules_and_the_model_together_hold_more_than_either(
    model: Model, screener: Screener, rules_only: Screener
) -> None:
    rows = [text for texts in PARAPHRASES.values() for text in texts]
    by_model = {text for text in rows if model.find(Stream(text)) is not None}
    by_rules = {text for text in rows if rules_only.screen(text).verdict is Verdict.hold}
    held = {text for text in rows if screener.screen(text).verdict is Verdict.hold}
    assert held == by_model | by_rules
    assert len(held) > max(len(by_model), len(by_rules))
    assert len(held) / len(rows) >= MIN_HELD_TOGETHER
    assert all(screener.screen(text).safeguarding for text in held)


def test_the_model_adds_nothing_to_the_harmless_table(model: Model) -> None:
    held = [text for _, text in MESSAGES if model.find(Stream(text)) is not None]
    assert held == []


def test_ordinary_chat_it_never_saw_is_not_held(screener: Screener) -> None:
    corpus = Corpus(CORPUS_SEED)
    lines = [corpus.line() for _ in range(CORPUS_LINES)]
    held = [line for line in lines if screener.screen(line).verdict is not Verdict.allow]
    assert len(held) / len(lines) <= 0.005, held[:5]


def test_a_long_post_of_ordinary_chat_is_not_held(model: Model) -> None:
    corpus = Corpus(CORPUS_SEED + 1)
    for _ in range(20):
        post = " ".join(corpus.line() for _ in range(60))
        assert model.find(Stream(post)) is None


def test_a_concern_in_its_own_line_at_the_end_of_a_long_post_is_found(model: Model) -> None:
    corpus = Corpus(CORPUS_SEED + 2)
    concern = next(t for t in PARAPHRASES["en"] if model.find(Stream(t)) is not None)
    post = "\n".join([*(corpus.line() for _ in range(30)), concern])
    found = model.find(Stream(post))
    assert found is not None
    assert concern in found[1]


@pytest.fixture(scope="module")
def rules_only() -> Screener:
    return Screener(allowed_domains=["europa.eu"], second_opinion=False)


def test_what_the_model_alone_finds_is_held_for_review_at_every_level(
    model: Model, screener: Screener, rules_only: Screener
) -> None:
    """Held under the kind it predicts, shown to the pupil with that kind's reason."""
    alone = [
        text
        for texts in PARAPHRASES.values()
        for text in texts
        if model.find(Stream(text)) is not None and not rules_only.screen(text).findings
    ]
    assert alone, "no paraphrase is the model's alone"
    for text in alone:
        kind = model.find(Stream(text))
        assert kind is not None
        for level in Level:
            result = screener.screen(text, level)
            assert result.verdict is Verdict.hold
            assert result.reason_key == f"screening.{kind[0].value}"


def test_a_score_is_the_sum_of_its_words_prefixes_and_pairs() -> None:
    weights = Weights(0.5, {"send": 1.0, ("send", "photos"): 2.0}, {"photo": 0.25})
    assert weights.score(["send", "photos"]) == 0.5 + 1.0 + 0.25 + 2.0
    assert weights.score(["send", "photos"]) == 3.75  # read again from what it remembers


def test_the_words_remembered_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "REMEMBERED_WORDS", 10)
    weights = Weights(0.0, {"word3": 1.0}, {})
    for number in range(25):
        weights.score([f"word{number}"])
        assert len(weights.words) <= 10
    assert weights.score(["word3"]) == 1.0


# A place shut, a key, a locker or the class blog's password, and "only you": pupils
# asking each other who has the key passes (docs/safety.md, *Known gaps*, once held
# it); an adult's call to come alone when the place is shut is still held. Written
# after the training rows of that family and in none of them.
LOCKER_LOOKALIKES = [
    "le palestre sono chiuse domenica, solo tu hai la chiave dell'armadietto?",
    "the art room is locked on friday afternoons, are you the only one with the key?",
    "die turnhalle ist in den ferien zu, hast nur du den schlüssel vom geräteraum?",
    "la biblioteca cierra el domingo, ¿solo tú tienes la llave de la vitrina del club de lectura?",
    "le gymnase est fermé pendant les vacances, il n'y a que toi qui as la clé du local du club?",
    "szatnia jest zamknięta po 16, tylko ty masz klucz od szafki 14?",
]
AFTER_HOURS_INVITATIONS = [
    "i look after the sports centre, it's closed on sundays but come at 4 anyway, just you, "
    "i'll open the side door",
    "sono l'allenatore, vieni al palazzetto stasera alle 21 quando è chiuso, solo tu, ti apro io",
    "ich bin der trainer, komm heute um 21 uhr in die halle wenn sie zu ist, nur du, "
    "ich mach dir auf",
    "soy el entrenador, ven esta noche a las 9 al pabellón cuando esté cerrado, solo tú, "
    "te abro yo",
    "jestem trenerem, przyjdź dziś o 21 na halę jak będzie zamknięta, tylko ty, otworzę ci",
]


@pytest.mark.parametrize("text", LOCKER_LOOKALIKES)
def test_a_pupil_asking_who_has_the_key_to_a_closed_room_passes(
    screener: Screener, text: str
) -> None:
    assert screener.screen(text).verdict is Verdict.allow


@pytest.mark.parametrize("text", AFTER_HOURS_INVITATIONS)
def test_an_adults_call_to_come_alone_when_the_place_is_shut_is_held(
    screener: Screener, text: str
) -> None:
    result = screener.screen(text)
    assert result.verdict is Verdict.hold
    assert result.safeguarding
