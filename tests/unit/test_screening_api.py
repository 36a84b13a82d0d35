"""The screening API: what a result carries, the verdict table, word-list files."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from twinspace.moderation.screening import Finding, Kind, Level, Screener, Screening, Verdict
from twinspace.moderation.screening.verdicts import REASONS, SAFEGUARDING, VERDICTS, verdict_for
from twinspace.moderation.screening.wordlists import CUES, DEFAULT_DIR, SECTIONS

CATALOGUES = Path(__file__).resolve().parents[2] / "web" / "i18n"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(allowed_domains=["europa.eu"])


def test_a_finding_carries_its_kind_the_pupils_own_text_and_its_verdict(screener) -> None:
    result = screener.screen("chiamami al 347 123 4567")
    assert result == Screening(
        Verdict.hold, (Finding(Kind.phone, "347 123 4567", Verdict.hold),), "screening.phone"
    )


def test_the_excerpt_is_the_text_as_written_not_as_normalised(screener) -> None:
    [finding] = screener.screen("you are a F.U.C.K.").findings
    assert finding.excerpt == "F.U.C.K."


@pytest.mark.parametrize(
    "text",
    [
        # a language lesson, read without its quoted phrase and translation
        "unit 4 vocab: 'send me a photo' = schick mir ein Foto. send me one tonight in your "
        "pyjamas 😉",
        # punctuation spelt out by dictation, read with the marks in their place
        "that ref cheated us comma i know comma where he lives comma one day i'll be outside his "
        "house with a bat",
        # letters typed for digits, and digit words glued to digits, read as digits
        "appelle moi 06.2l.33.o9.84 apres 20h",
        "pisz: 5zero1 / 6 trzy 3 / siedem 0 9",
    ],
)
def test_a_message_read_another_way_shows_its_words_as_written(screener, text) -> None:
    """A teacher reviewing a held message sees the pupil's own words, never the
    screener's second reading of them (quotations left out, marks put in, digits)."""
    findings = screener.screen(text).findings
    assert findings
    assert all(finding.excerpt in text for finding in findings)


def test_the_worst_finding_decides_and_every_finding_is_kept(screener) -> None:
    result = screener.screen("idiot, call 347 123 4567 or go fuck yourself")
    assert result.verdict is Verdict.reject
    assert result.reason_key == "screening.abuse"
    assert {f.kind for f in result.findings} == {Kind.rude, Kind.phone, Kind.abuse}
    assert {f.verdict for f in result.findings} == {Verdict.hold, Verdict.reject}


def test_a_hold_explains_the_first_of_its_worst_findings(screener) -> None:
    result = screener.screen("my email is tom@example.org and my number 347 123 4567")
    assert result.verdict is Verdict.hold
    assert result.reason_key == "screening.email"


def test_a_clean_message_has_no_findings_and_no_reason(screener) -> None:
    assert screener.screen("Hello from Kraków!") == Screening(Verdict.allow, (), None)


def test_allowed_findings_are_left_out(screener) -> None:
    result = screener.screen("add me on insta, 347 123 4567", Level.relaxed)
    assert [f.kind for f in result.findings] == [Kind.phone]


def test_the_same_finding_found_twice_is_reported_once(screener) -> None:
    # "fuuuck" is found as itself and as "fuck" unstretched: one finding.
    assert len(screener.screen("fuuuck").findings) == 1


def test_the_default_level_is_standard(screener) -> None:
    assert screener.screen("this is crap") == screener.screen("this is crap", Level.standard)
    assert screener.screen("this is crap", Level.strict).verdict is Verdict.hold


def test_a_grooming_finding_is_marked_as_a_safeguarding_concern(screener) -> None:
    result = screener.screen("send me a photo of you, it's our secret")
    assert result.verdict is Verdict.hold
    assert result.safeguarding
    assert {f.kind for f in result.findings} == {Kind.photo_request, Kind.secrecy}
    assert all(f.safeguarding for f in result.findings)
    assert result.reason_key == "screening.photo_request"


def test_rude_words_and_personal_data_are_no_safeguarding_concern(screener) -> None:
    result = screener.screen("idiot, call 347 123 4567")
    assert result.verdict is Verdict.hold
    assert not result.safeguarding
    assert not any(f.safeguarding for f in result.findings)


def test_a_safeguarding_concern_is_held_for_a_teacher_even_beside_abuse(screener) -> None:
    # Refused, the message would be seen by no one; this one a teacher must see.
    result = screener.screen("send me porn pics of yourself")
    assert Kind.abuse in {f.kind for f in result.findings}
    assert result.verdict is Verdict.hold
    assert result.safeguarding
    assert result.reason_key == "screening.photo_request"


@pytest.mark.parametrize("level", list(Level))
def test_safeguarding_concerns_are_held_at_every_level(level) -> None:
    for kind in SAFEGUARDING:
        assert verdict_for(kind, level) is Verdict.hold, kind


def test_each_kind_of_concern_has_its_own_reason() -> None:
    assert len(set(REASONS.values())) == len(REASONS)
    assert {REASONS[k] for k in SAFEGUARDING} == {f"screening.{k.value}" for k in SAFEGUARDING}


def test_a_clean_message_is_no_concern(screener) -> None:
    assert not screener.screen("see you at the library at break").safeguarding


def test_every_kind_has_a_verdict_at_every_level() -> None:
    assert set(VERDICTS) == set(Kind)
    for kind in Kind:
        for level in Level:
            assert isinstance(verdict_for(kind, level), Verdict)


def test_levels_only_get_stricter_from_relaxed_to_strict() -> None:
    rank = [Verdict.allow, Verdict.hold, Verdict.reject]
    for kind, verdicts in VERDICTS.items():
        assert [rank.index(v) for v in verdicts] == sorted(rank.index(v) for v in verdicts), kind


@pytest.mark.parametrize("language", sorted(p.stem for p in CATALOGUES.glob("*.json")))
def test_every_reason_has_a_kind_message_in_the_catalogues(language) -> None:
    catalogue = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
    assert set(REASONS) == set(Kind)
    assert [key for key in REASONS.values() if not catalogue.get(key)] == []


@pytest.mark.parametrize("language", sorted(p.stem for p in CATALOGUES.glob("*.json")))
def test_every_kind_has_a_label_for_the_review_queue(language) -> None:
    """A teacher reviewing a held message reads why it waits in the page's
    language: "Threat of violence", never the code "violence"."""
    catalogue = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
    assert [kind.value for kind in Kind if not catalogue.get(f"finding.{kind.value}")] == []


def test_the_allowlist_of_one_call_does_not_stay_for_the_next(screener) -> None:
    link = "see school.example.org/3b"
    assert screener.screen(link, allowed_domains=["school.example.org"]).verdict is Verdict.allow
    assert screener.screen(link).verdict is Verdict.hold


def test_one_screener_serves_many_threads(screener) -> None:
    texts = ["kurwa", "via Roma 12", "hello", "add me on snap", "Sussex"] * 40
    alone = [screener.screen(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(screener.screen, texts)) == alone


def test_the_six_languages_ship_with_the_package() -> None:
    assert {p.stem for p in DEFAULT_DIR.glob("*.txt")} >= {"en", "it", "fr", "de", "es", "pl"}


def test_a_language_is_added_by_adding_a_file(tmp_path) -> None:
    (tmp_path / "xx.txt").write_text(
        "# a made-up language\n[abuse]\nblorf*\n[rude]\nzonk  # an insult\n[allow]\nblorfish\n",
        encoding="utf-8",
    )
    screener = Screener(data_dir=tmp_path)
    assert screener.screen("BLORFING").verdict is Verdict.reject
    assert screener.screen("zonk!").verdict is Verdict.hold
    assert screener.screen("a blorfish").verdict is Verdict.allow
    assert screener.screen("fuck").verdict is Verdict.allow  # only the lists given


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[swearing]\nblorf\n", "unknown section [swearing]"),
        ("blorf\n", "entry before any [section]"),
        ("[street]\nblorf\n", "has no ~ or ^"),
        ("[abuse]\n*!*\n", "has no letters"),
    ],
)
def test_a_malformed_word_list_is_refused_when_the_screener_is_built(
    tmp_path, content, problem
) -> None:
    (tmp_path / "xx.txt").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(problem)):
        Screener(data_dir=tmp_path)


def test_every_section_of_the_shipped_lists_is_known() -> None:
    for path in DEFAULT_DIR.glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("["):
                assert line.strip("[]") in SECTIONS, (path.name, line)


def test_the_six_languages_ship_cues_and_number_words() -> None:
    languages = {"en", "it", "fr", "de", "es", "pl"}
    assert {p.stem for p in (DEFAULT_DIR / "cues").glob("*.txt")} >= languages
    assert {p.stem for p in (DEFAULT_DIR / "numbers").glob("*.txt")} >= languages


def test_every_language_names_every_concept() -> None:
    for path in (DEFAULT_DIR / "cues").glob("*.txt"):
        sections = {
            line.strip("[]")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("[")
        }
        assert sections == set(CUES), path.name


def test_the_shipped_data_is_written_in_latin_letters() -> None:
    # A Cyrillic letter typed by mistake would fold to a look-alike and miss.
    for path in DEFAULT_DIR.rglob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert not re.search("[\u0370-\u03ff\u0400-\u04ff]", text), path.name


def test_cues_and_numbers_are_added_by_adding_files(tmp_path) -> None:
    (tmp_path / "xx.txt").write_text("[rude]\nzonk\n", encoding="utf-8")
    (tmp_path / "cues").mkdir()
    (tmp_path / "cues" / "xx.txt").write_text(
        "[secret_strong]\nour blorf\n[pickup]\ni will zib you\n", encoding="utf-8"
    )
    (tmp_path / "numbers").mkdir()
    (tmp_path / "numbers" / "xx.txt").write_text(
        "[words]\n" + "".join(f"zo{letter} {d}\n" for d, letter in enumerate("abcdefghij")),
        encoding="utf-8",
    )
    screener = Screener(data_dir=tmp_path)
    assert screener.screen("this is our blorf").findings[0].kind is Kind.secrecy
    assert screener.screen("I will zib you").findings[0].kind is Kind.meeting
    spelled = "zod zoe zoh zob zoc zod zoe zof zog zoh"  # 3 4 7 1 2 3 4 5 6 7
    assert screener.screen(spelled).findings[0].kind is Kind.phone


def test_an_unknown_concept_is_refused_when_the_screener_is_built(tmp_path) -> None:
    (tmp_path / "xx.txt").write_text("[rude]\nzonk\n", encoding="utf-8")
    (tmp_path / "cues").mkdir()
    (tmp_path / "cues" / "xx.txt").write_text("[hugging]\nhug\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape("unknown section [hugging]")):
        Screener(data_dir=tmp_path)
