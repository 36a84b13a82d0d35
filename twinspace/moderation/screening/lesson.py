"""A language lesson's mentions: phrases quoted or translated, not said.

Partner classes learn each other's languages, and a vocabulary list, a false
friend or an idiom names the very words a filter fears: "'Komm allein' = come
alone", "how do you say 'c'est un secret' in English", "in German 'Gift'
means poison", "the numbers in unit 4 are made up: 'My number is 0161 496
0000'". Such words are mentioned, not used. So a message is a *lesson* when
it quotes a phrase and either names the work on language (``lesson``: "how
do you say", "in English", "auf Deutsch", "false friend", "idioms", "unit 4",
"practise in pairs") or pairs the quoted phrase with its translation
("'Ven solo' = vieni da solo"), and no one is said to have said or written
the quotation to the writer (``said_to_me``: "he told me", "mi ha detto")
unless the lesson translates or glosses it. A lesson on online safety
(``safety_lesson``: "warning signs", "PSHE", "Warnzeichen", "educazione
civica") quotes an abuser's words the same way, as signs to know ("'don't
tell your parents'", "« garde ça pour toi »"): they are mentions too, and
what the message says outside the quotes is read as ever. Nor is it a lesson
when the writer steps out of the exercise outside its mentions
(``not_exercise``: "tbh that's not just an exercise", "keine Übung", "non è
solo un esercizio"; or ``steps_out``: "for real", "irl"): the quoted words
are then the writer's own, "translate this: 'come alone Saturday' ... see u
there" (round 77).
The mentions are the quoted phrases, the
translation after a quoted phrase's "=", and the few words a gloss gives a
phrase's meaning in ("means poison", "vuol dire solo non vedo l'ora":
``gloss``, up to the next mark). A lesson is screened, by the rules and by
the second opinion, with its mentions left out; whatever it says outside
them ("so meet me Saturday, just us two", "nur für mich") is read as ever.
"""

from __future__ import annotations

import re

from twinspace.moderation.screening.lexicon import Hits
from twinspace.moderation.screening.quotes import QUOTED_IN_LINE, stepping_out
from twinspace.moderation.screening.tokens import Stream

# What a translation or a gloss may run over: words up to the next mark or quote.
_RUN = r"(?:[^,.;:!?\n\"«»„“”='(]|(?<=\w)'(?=\w))"
# The translation after a quoted phrase's "=": "'Komm allein' = come alone,"
_TRANSLATION = re.compile(rf"\s*(?:=|->|→)\s*{_RUN}{{1,60}}")
# A gloss's words after its cue: at most this many characters, up to a mark.
_GLOSS = re.compile(rf"{_RUN}{{1,50}}")
# How far after a quoted phrase its gloss begins: "'Gift' means", "'gift' bedeutet"
_NEXT_TO = 2
_LETTER = re.compile(r"[^\W\d_]")
# What a mention is replaced by: a mark, so that the words either side stay apart.
_GAP = " ; "


def without_mentions(stream: Stream, hits: Hits, warned: bool = False) -> str | None:
    """The message with its mentions left out, when it is a language lesson or
    (``warned``) a lesson on online safety that quotes an abuser's words as
    warning signs; otherwise None."""
    source = stream.source
    # A lesson quotes words: a quoted number alone ("call me on '07700 900123'")
    # is the writer's, not a phrase to learn
    quotes = [m.span() for m in QUOTED_IN_LINE.finditer(source) if _LETTER.search(m.group()[1:-1])]
    if not quotes:
        return None
    spans = list(quotes)
    paired = False
    for _, end in quotes:
        translation = _TRANSLATION.match(source, end)
        if translation is not None:
            paired = True
            spans.append(translation.span())
    # A gloss right after a quoted phrase: "'Gift' means poison"
    glosses = []
    for hit in hits.get("gloss", ()):
        first, last = stream.token_at(hit.start), stream.token_at(hit.end - 2)
        begin, after = stream.source_span(first, first)[0], stream.source_span(last, last)[1]
        gloss = _GLOSS.match(source, after)
        if gloss is not None:
            glosses.append(gloss.span())
            paired = paired or any(0 <= begin - end <= _NEXT_TO for _, end in quotes)
    # What a real person said or wrote to the writer, quoted, is reported, not
    # mentioned: "my tutor told me 'come alone'" is read whole, unless the
    # quotation is translated or glossed ("my pen pal told me 'Gift' means poison")
    if not paired and (("lesson" not in hits and not warned) or "said_to_me" in hits):
        return None
    spans += glosses
    # The writer stepping out of the exercise, outside its mentions: "that's
    # not just an exercise 😉 see u there"
    for hit in (*hits.get("not_exercise", ()), *stepping_out(hits)):
        token = stream.token_at(hit.start)
        start = stream.source_span(token, token)[0]
        if not any(low <= start < high for low, high in spans):
            return None
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts, at = [], 0
    for start, end in merged:
        parts += [source[at:start], _GAP]
        at = end
    parts.append(source[at:])
    return "".join(parts)
