"""Make user text safe to store and show, per content kind.

Chat is plain text: it is never interpreted as HTML. We keep what the pupil
typed (normalised), and every client renders it as text (the web client uses
``textContent``), so ``<b>`` shows as the four characters it is. No HTML
sanitiser runs on this hot path. Rich text (posts, pages) goes through bleach
with a small allowlist.
"""

from __future__ import annotations

import re
import unicodedata
from functools import partial

import bleach
from bleach.linkifier import LinkifyFilter

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


# Rich text (forum posts, shared pages): what a pupil's post needs, nothing that
# runs, frames, styles or loads from elsewhere.
RICH_TAGS = frozenset(
    {"p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u",
     "blockquote", "a", "img"}
)  # fmt: skip
LINK_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer ugc"
# Images only from the server's own media: an outside image would tell a
# stranger's server when and from where a pupil read the page.
OWN_MEDIA_PREFIX = "/media/"


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in {"href", "title", "rel"}
    if tag == "img":
        if name == "src":
            return value.startswith(OWN_MEDIA_PREFIX) and "//" not in value
        return name in {"alt", "width", "height"}
    return False


def _rel(
    attrs: dict[tuple[str | None, str], str], new: bool = False
) -> dict[tuple[str | None, str], str]:
    attrs[(None, "rel")] = LINK_REL
    return attrs


_RICH = bleach.Cleaner(
    tags=RICH_TAGS,
    attributes=_allowed_attribute,
    protocols=LINK_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_rel], parse_email=False, skip_tags={"img"})],
)


def rich_text(html: str) -> str:
    """The allowlisted subset of ``html``; every link gets ``rel="nofollow noopener
    noreferrer ugc"`` and only http, https and mailto addresses survive."""
    return _RICH.clean(unicodedata.normalize("NFC", html)).strip()
