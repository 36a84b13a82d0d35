"""The fiction frame: a message that quotes a story it names.

A class writes comics, fairy tales, plays, radio plays, legends, fan fiction
and history letters, and plays roles on the forum: a villain's made-up number,
a queen's "it'll be our secret", a ghost's "nobody will believe you", a pirate
captain who throws the cabin boy to the sharks. Named as a story's words (the
story or a character named, the roles handed out), they are no concern of a
real child's. So a message is *framed* when it names a story
(``story_frame``) and no real person steps out of it (``steps_out``: "this
is not really a story", "it's me", "for real", the child's own family or
teacher, "our story", "describe yourself"), but for words inside the
quotation marks of a character's line ("not a word to your father"). The frame is read once per
message, and the checks it spares consult it for the kinds it applies to:
the rules' secrecy and personal questions, the second opinion's secrecy,
meeting, violence, self-harm, rude words and personal questions, and a phone
said to be a character's (screener.py). A meeting, a threat, self-harm or a
disclosure the rules find in words of their own stays held, framed or not:
fiction used as cover still names a time, a place, a weapon or the writer.
"""

from __future__ import annotations

from twinspace.moderation.screening.lexicon import Hits
from twinspace.moderation.screening.quotes import QUOTED, stepping_out
from twinspace.moderation.screening.tokens import Stream
from twinspace.moderation.screening.verdicts import Kind

# What the rules' findings the frame spares: words a character may say.
RULES_SPARED = frozenset({Kind.secrecy, Kind.personal_question})
# What the second opinion's findings it spares: its reading of a story's words.
OPINION_SPARED = frozenset(
    {
        Kind.secrecy,
        Kind.meeting,
        Kind.violence,
        Kind.self_harm,
        Kind.rude,
        Kind.personal_question,
    }
)


def framed(stream: Stream, hits: Hits) -> bool:
    """Whether a message names a story and no real person steps out of it
    (outside a character's quoted line)."""
    if "story_frame" not in hits:
        return False
    outs = stepping_out(hits)
    if not outs:
        return True
    quoted = [match.span() for match in QUOTED.finditer(stream.source)]
    for hit in outs:
        token = stream.token_at(hit.start)
        start = stream.source_span(token, token)[0]
        if not any(low <= start < high for low, high in quoted):
            return False
    return True
