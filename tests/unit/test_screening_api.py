"""The screening API: what a result carries, the verdict table, word-list files."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from twinspace.moderation.screening import Finding, Kind, Level, Screener, Screening, Verdict
from twinspace.moderation.screening.verdicts import REASONS, VERDICTS, verdict_for
from twinspace.moderation.screening.wordlists import DEFAULT_DIR, SECTIONS

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
