"""Make user text safe to store and show, per content kind.

Chat is plain text: it is never interpreted as HTML. We keep what the pupil
typed (normalised), and every client renders it as text (the web client uses
``textContent``), so ``<b>`` shows as the four characters it is. No HTML
sanitiser runs on this hot path. Rich text (posts, pages) goes through nh3
with a small allowlist.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from html.parser import HTMLParser
from urllib.parse import unquote

import nh3

# Control characters (bar newline and tab), bidi overrides that can disguise
# text direction, and zero-width characters used to dodge word filters; and the
# characters that show as nothing too (a soft hyphen, fillers and joiners).
INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0]"
)
_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(text: str) -> str:
    """NFC-normalised text without invisible characters, at most one blank line in a row."""
    cleaned = INVISIBLE.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n")))
    return _BLANK_LINES.sub("\n\n", cleaned).strip()


# What breaks a line: a name or a title is one line.
_LINE_BREAKS = re.compile("[\t\n\r\v\f\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """A name or title as it is kept: NFC-normalised, without invisible characters
    (a right-to-left override in a name would turn a partner's chat line around),
    its line breaks made spaces."""
    return plain_text(_LINE_BREAKS.sub(" ", text))


class TextForm(StrEnum):
    """How a kind of content holds its text."""

    plain = "plain"  # never HTML: kept as typed (normalised) and shown as text
    rich = "rich"  # the allowlisted HTML of the rich-text editor (posts, pages)


# Rich text: what a pupil's post needs, nothing that runs, frames, styles or
# loads from elsewhere. nh3 (the Rust sanitiser ammonia) parses like a browser.
RICH_TAGS = frozenset(
    {"p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
     "blockquote", "code", "pre", "a", "img"}
)  # fmt: skip
LINK_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener ugc"
# Block elements end a line in the text screening reads, so words in two
# paragraphs are never read as one.
_BLOCKS = frozenset({"p", "br", "h2", "h3", "h4", "li", "blockquote", "pre"})


def media_prefix(space_id: int) -> str:
    """Where a space's own images are served: the only images rich text may show.

    An image from elsewhere would tell a stranger's server when, and from where,
    a pupil read the page.
    """
    return f"/api/spaces/{space_id}/media/"


# A link's address written out in full: a relative one (two slashes, or a slash
# and a backslash, then a site) would open another site without naming its scheme.
_LINK_ADDRESS = re.compile(r"(?:https?://|mailto:)", re.IGNORECASE)

# What may follow a space's media prefix: one plain file name. No "%" (a browser
# reads "%2e%2e" as ".."), no slash or backslash, no query.
_MEDIA_NAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9]+)?")


def full_address(href: str) -> bool:
    """True when ``href`` is an http, https or mailto address written out in full."""
    return _LINK_ADDRESS.match(href) is not None


def _own_picture(src: str, own_media: str | None) -> bool:
    """True when ``src`` names a file right under ``own_media``, so that no
    browser can resolve it to another space's picture or to another path."""
    if own_media is None or not src.startswith(own_media):
        return False
    return _MEDIA_NAME.fullmatch(src[len(own_media) :]) is not None


def rich_text(html: str, own_media: str | None = None) -> str:
    """The allowlisted subset of ``html``. Links keep only http, https and mailto
    addresses and get ``rel="nofollow noopener ugc"``; images survive only with a
    source under ``own_media`` (none at all without it)."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            return value if _own_picture(value, own_media) else None
        if tag == "a" and attribute == "href":
            return value if full_address(value) else None
        return value

    cleaned = nh3.clean(
        unicodedata.normalize("NFC", INVISIBLE.sub("", html)),
        tags=set(RICH_TAGS),
        clean_content_tags={"script", "style"},
        attributes={"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}},
        attribute_filter=keep,
        url_schemes=set(LINK_PROTOCOLS),
        link_rel=LINK_REL,
        strip_comments=True,
    )
    # Again once the HTML is read: "&#8203;" is a zero-width space only now.
    return unicodedata.normalize("NFC", INVISIBLE.sub("", cleaned)).strip()


class _TextOf(HTMLParser):
    """The words of rich text (``parts``) and what it says besides them
    (``besides``): its links' addresses and its titles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.besides: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":  # a picture's description is text a pupil wrote
            self.parts.append(" " + next((v or "" for k, v in attrs if k == "alt"), "") + " ")
        elif tag in _BLOCKS:
            self.parts.append("\n")
        for name, value in attrs:
            if value and name == "title":
                self.besides.append(value)
            elif value and tag == "a" and name == "href":
                self.besides.append(readable_address(value))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")


def _read(html: str) -> _TextOf:
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    return parser


def _words(parser: _TextOf) -> str:
    return _BLANK_LINES.sub("\n\n", "".join(parser.parts)).strip()


def text_of(html: str) -> str:
    """The words of rich text, a line per block: what screening and search read."""
    return _words(_read(html))


def readable_address(href: str) -> str:
    """A link's address as a person reads it once opened: "%40" is "@"."""
    return unquote(href)


def clean(form: TextForm, text: str, own_media: str | None = None) -> str:
    """Text of ``form`` as it is stored."""
    return plain_text(text) if form is TextForm.plain else rich_text(text, own_media)


def readable(form: TextForm, stored: str) -> str:
    """The words of stored text, for screening and search."""
    return stored if form is TextForm.plain else text_of(stored)


def reading(form: TextForm, stored: str) -> tuple[str, str]:
    """``readable``'s words, and what rich text says besides them, a line each: its
    links' addresses and its titles. A reader's browser opens the one in a click
    and shows the other on hover, so screening reads them with the words (an
    e-mail address in a mailto link, a phone number in a chat app's link)."""
    if form is TextForm.plain:
        return stored, ""
    parser = _read(stored)
    return _words(parser), "\n".join(parser.besides)
