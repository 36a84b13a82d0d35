"""Quoted words, as a story, a language lesson and a safety lesson quote them.

A quotation stands in guillemets, in German or English double quotes, or in
single quotes that open after a space and may hold apostrophes inside words
("c'est", "it'll"). A story's character may speak across a line break; a
lesson's phrase to learn stays on its line.
"""

from __future__ import annotations

import re

from twinspace.moderation.screening.lexicon import Hit, Hits, outside

_DOUBLE = r"«[^»]*»|„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\""
_SINGLE = r"(?<!\w)'(?:[^'{}]|(?<=\w)'(?=\w))+'(?!\w)"
# A character's line (fiction.py), single quotes across lines too.
QUOTED = re.compile(f"{_DOUBLE}|{_SINGLE.format('')}")
# A phrase a lesson quotes (lesson.py), single quotes within a line.
QUOTED_IN_LINE = re.compile(f"{_DOUBLE}|{_SINGLE.format(chr(92) + 'n')}")
# Where a quotation may open: a double quote or a guillemet anywhere, a single
# quote not inside a word ("don't", "l'ora": a fifth of chat lines have one).
_DOUBLE_OPENS = ('"', "«", "„", "“")


def may_quote(text: str) -> bool:
    """Whether ``text`` has a mark where a quotation may open: a cheap test
    before anything that looks for quotations (string searches, where an
    expression with a look-behind would try every position of every line)."""
    if any(mark in text for mark in _DOUBLE_OPENS):
        return True
    at = text.find("'")
    while at >= 0:
        # Not after a word's character, as the expressions' "(?<!\w)'" reads it.
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find("'", at + 1)
    return False


def stepping_out(hits: Hits) -> list[Hit]:
    """Where the writer steps out of a story or a lesson ("for real", "irl"),
    but for a judgement of the quoted words in real life ("why that's not
    funny irl", "pas drôle irl"): a film club's talk about a line it heard,
    not the writer saying it."""
    return outside(hits.get("steps_out", ()), hits.get("judged_irl", ()))
