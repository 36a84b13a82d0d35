"""The benchmark's pupil text: realistic lines and posts that screening lets through."""

from __future__ import annotations

import re
import string
from collections import Counter

import pytest

from bench.corpus import DIGIT_SHARE, LANGUAGES, LINE_CHARS, Corpus
from bench.corpus.language import NUMBERS, Fill, Language
from bench.marker import LONGEST
from bench.posts import REPLY_BYTES, PostWriter
from twinspace.forums.schemas import MAX_POST_CHARS
from twinspace.moderation.sanitize import rich_text, text_of
from twinspace.moderation.screening import Level, Screener, Verdict

# Enough lines for shares to settle within a few points, few enough to screen in a second or two.
SAMPLE = 1200


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    corpus = Corpus(seed=1)
    return [corpus.line() for _ in range(SAMPLE)]


def has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def slots(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def every_filling(language: Language) -> list[tuple[str, bool]]:
    """Each template with each word of each of its word slots (others drawn), and each
    template with numbers ten times: (text, whether the template has numbers)."""
    corpus = Corpus(seed=2)
    out = []
    for numbers, templates in ((False, language.plain), (True, language.numeric)):
        for template in templates:
            for _ in range(10 if numbers else 1):
                out.append((template.format_map(Fill(corpus.rng, language)), numbers))
            for slot in slots(template):
                for word in language.words.get(slot.rstrip(string.digits), ()):
                    fill = Fill(corpus.rng, language)
                    fill[slot] = word
                    out.append((template.format_map(fill), numbers))
    return out


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


# The words of each language's sentences, without what fills them.
VOCABULARIES = {
    language.code: words_of(" ".join((*language.plain, *language.numeric)))
    for language in LANGUAGES
}


def language_of(line: str) -> str:
    """The language whose sentences share the most words with the line."""
    words = words_of(line)
    return max(VOCABULARIES, key=lambda code: len(words & VOCABULARIES[code]))


def test_the_corpus_writes_the_six_partner_languages():
    assert sorted(language.code for language in LANGUAGES) == ["de", "en", "es", "fr", "it", "pl"]


def test_lines_are_20_to_300_characters_and_spread_over_that_range(lines):
    lengths = [len(line) for line in lines]
    assert min(lengths) >= LINE_CHARS[0]
    assert max(lengths) <= LINE_CHARS[1]
    assert sum(n < 60 for n in lengths) > SAMPLE / 6
    assert sum(n > 150 for n in lengths) > SAMPLE / 6


def test_every_language_has_its_share_of_lines(lines):
    shares = Counter(language_of(line) for line in lines)
    assert set(shares) == {language.code for language in LANGUAGES}
    assert all(SAMPLE / 12 < count < SAMPLE / 3 for count in shares.values()), shares


def test_about_a_third_of_lines_carry_digits(lines):
    share = sum(map(has_digit, lines)) / SAMPLE
    assert DIGIT_SHARE - 0.05 < share < DIGIT_SHARE + 0.05


def test_a_run_offers_many_distinct_lines(lines):
    assert len(set(lines)) > 0.95 * SAMPLE


def test_the_same_seed_gives_the_same_lines_and_another_seed_others():
    first, again, other = Corpus(seed=5), Corpus(seed=5), Corpus(seed=6)
    made = [first.line() for _ in range(20)]
    assert made == [again.line() for _ in range(20)]
    assert made != [other.line() for _ in range(20)]


def test_every_number_slot_writes_digits():
    corpus = Corpus(seed=3)
    for language in LANGUAGES:
        for slot, number in NUMBERS.items():
            assert has_digit(number(corpus.rng, language)), (language.code, slot)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_sentences_have_digits_exactly_when_their_template_has_numbers(language):
    for text, numbers in every_filling(language):
        assert has_digit(text) == numbers, text
        assert "bench" not in text.lower(), "the marker's word would be found in the text"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_screening_lets_every_sentence_through(screener, language):
    """With every word of every list; at the strict level, where nothing found passes."""
    for text, _ in every_filling(language):
        found = screener.screen(text, Level.strict)
        assert found.verdict is Verdict.allow, (text, found.findings)


def test_screening_lets_every_line_through(screener, lines):
    for line in lines:
        found = screener.screen(line, Level.strict)
        assert found.verdict is Verdict.allow, (line, found.findings)


def test_replies_are_1_to_4_kb_of_html_the_sanitiser_keeps_as_they_are():
    writer = PostWriter(Corpus(seed=4))
    for _ in range(20):
        reply = writer.reply()
        assert REPLY_BYTES[0] <= len(reply.encode()) <= REPLY_BYTES[1]
        assert reply.startswith("<p>")
        assert rich_text(reply) == reply


def test_replies_have_emphasis_lists_and_numbers():
    writer = PostWriter(Corpus(seed=4))
    replies = "".join(writer.reply() for _ in range(20))
    for tag in ("<strong>", "<em>", "<ul><li>"):
        assert tag in replies
    assert has_digit(text_of(replies))


def test_a_long_post_fills_what_a_post_may_hold_leaving_room_for_the_marker(screener):
    post = PostWriter(Corpus(seed=8)).long_post()
    words = text_of(rich_text(post))
    assert MAX_POST_CHARS - 1000 < len(words) <= MAX_POST_CHARS - LONGEST
    assert screener.screen(words, Level.strict).verdict is Verdict.allow


def test_screening_lets_replies_through(screener):
    for seed in range(10):
        writer = PostWriter(Corpus(seed=seed))
        for _ in range(20):
            words = text_of(writer.reply())
            found = screener.screen(words, Level.strict)
            assert found.verdict is Verdict.allow, found.findings


def test_screening_lets_long_posts_through(screener):
    """Paragraphs of ordinary lines side by side: no two of them make a concern."""
    for seed in range(6):
        words = text_of(rich_text(PostWriter(Corpus(seed=seed)).long_post()))
        found = screener.screen(words, Level.strict)
        assert found.verdict is Verdict.allow, found.findings
