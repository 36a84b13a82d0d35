"""A page's document as readers get it: HTML rendered on the server, then sanitised.

The document is y-prosemirror's tree: elements named after the editor's nodes
(paragraph, heading, lists, quote, code block, hard break), text with the
editor's marks as formatting attributes, and the ``author`` mark the server
puts on every insertion. Nothing the browser sent is passed on as markup: the
HTML is built here from the tree, and still goes through the rich-text
allowlist, so a crafted update can never make a reader's page run anything.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from pycrdt import XmlElement, XmlFragment, XmlText

from twinspace.moderation.sanitize import rich_text, text_of

BLOCKS = {
    "paragraph": "p",
    "blockquote": "blockquote",
    "bullet_list": "ul",
    "ordered_list": "ol",
    "list_item": "li",
    "code_block": "pre",
}
LINK = "link"  # the mark of a link, with its address: {"href": ...}
# Marks in the order they nest, outermost first, and the tag of each.
MARKS = ((LINK, "a"), ("strong", "strong"), ("em", "em"), ("underline", "u"),
         ("strike", "s"), ("code", "code"))  # fmt: skip
AUTHOR = "author"  # the mark the server puts on what each member typed


def render(root: XmlFragment, own_media: str | None) -> str:
    """The document as the allowlisted HTML readers see."""
    return rich_text("".join(_node(child) for child in root.children), own_media)


def words(root: XmlFragment) -> str:
    """The document's words, a line per block: what diffs and excerpts read."""
    return text_of("".join(_node(child) for child in root.children))


def authors(root: XmlFragment) -> Counter[int]:
    """How many characters of the document each member wrote."""
    written: Counter[int] = Counter()
    for text in texts(root):
        for chunk, attributes in text.diff():
            author = (attributes or {}).get(AUTHOR)
            if isinstance(chunk, str) and isinstance(author, dict) and "id" in author:
                written[int(author["id"])] += len(chunk)
    return written


def texts(node: XmlFragment | XmlElement | XmlText) -> list[XmlText]:
    """Every text of a (part of a) document, in reading order."""
    if isinstance(node, XmlText):
        return [node]
    return [text for child in node.children for text in texts(child)]


def _node(node: Any) -> str:
    if isinstance(node, XmlText):
        return "".join(_chunk(chunk, attributes or {}) for chunk, attributes in node.diff())
    if not isinstance(node, XmlElement):
        return ""
    inner = "".join(_node(child) for child in node.children)
    if node.tag == "hard_break":
        return "<br>"
    if node.tag == "heading":
        level = _level(node.attributes.get("level"))
        return f"<h{level}>{inner}</h{level}>"
    tag = BLOCKS.get(str(node.tag))
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _level(value: object) -> int:
    """h2 to h4: the page's own title is its h1."""
    try:
        return min(max(int(str(value)), 2), 4)
    except ValueError:
        return 2


def _chunk(chunk: object, attributes: dict[str, Any]) -> str:
    if not isinstance(chunk, str):
        return ""  # an embedded object: the editor makes none
    html = escape(chunk)
    for mark, tag in reversed(MARKS):
        if mark not in attributes:
            continue
        if tag == "a":
            href = (
                (attributes[mark] or {}).get("href", "")
                if isinstance(attributes[mark], dict)
                else ""
            )
            html = f'<a href="{escape(str(href), quote=True)}">{html}</a>'
        else:
            html = f"<{tag}>{html}</{tag}>"
    return html
