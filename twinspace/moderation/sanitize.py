"""Make user text safe to store and show, per content kind.

Chat is plain text: it is never interpreted as HTML. We keep what the pupil
typed (normalised), and every client renders it as text (the web client uses
``textContent``), so ``<b>`` shows as the four characters it is. No HTML
sanitiser runs on this hot path.
"""

from __future__ import annotations

import re
import unicodedata

# Control characters (bar newline and tab), bidi overrides that can disguise
# text direction, and zero-width characters used to dodge word filters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(text: str) -> str:
    """NFC-normalised text without invisible characters, at most one blank line in a row."""
    cleaned = _INVISIBLE.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n")))
    return _BLANK_LINES.sub("\n\n", cleaned).strip()
