"""Where the screening's folded text comes from in the pupil's own: what
excerpts (the words a teacher sees in the review queue) are cut by."""

import pytest

from twinspace.moderation.screening.tokens import Stream, fold


def each_character(source: str) -> list[int]:
    """The index in ``source`` of each character of its folding, folded one
    character at a time (folding is per character)."""
    return [index for index, char in enumerate(source) for _ in fold(char)]


@pytest.mark.parametrize(
    "source",
    [
        "plain ascii, nothing to map",
        "Straße 12, Größe 38 \u2013 daß ich's weiß",  # "ß" folds to two letters
        "ciao\u200b a tutti\u200b\u200b ragazzi",  # zero-width spaces fold to none
        "Zażółć gęślą jaźń 🐍 po lekcji, ok? 😀😀 ﬁne",  # emoji, a ligature
        "ß" * 5 + "x\u200bß\u200b\u200bßy",  # several in a row, first and last
        # full-width letters, circled digits, guillemets, a dash
        "\uff26\uff55\uff4c\uff4c width \u2460\u2461\u2462 and «quotes» \u2014 ¿qué tal?",
        "\u200bstarts and ends with nothing\u200b",
    ],
)
def test_each_folded_character_comes_from_the_pupils_character(source: str) -> None:
    stream = Stream(source)
    expected = each_character(source)
    assert len(expected) == len(fold(source))
    assert [stream.original(position) for position in range(len(expected))] == expected


def test_an_excerpt_of_a_long_text_is_the_pupils_own_words() -> None:
    text = "Straße. " * 300 + "Ciao, sono Giulia 😀 e questa è la mia città."
    stream = Stream(text)
    first = stream.tokens.index("ciao")
    assert stream.excerpt(first, first + 2) == "Ciao, sono Giulia"
    last = stream.tokens.index("questa")
    assert stream.excerpt(last, len(stream.tokens) - 1) == "questa è la mia città."
