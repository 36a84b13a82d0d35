"""One member's edit of a page's document, as the server accepts it.

The server applies the update to its copy of the document and looks at what it
inserted. Every inserted character gets the ``author`` mark of the member who
sent it (whatever the update claimed), so who wrote what stays known. For a
pupil, each text the update touched is screened as it now reads, so a phone
number typed one key at a time is seen when it is whole; what screening would
hold or refuse is deleted again in the same step. The update the server stores
and relays is the sender's edit with those changes merged in: other editors
never render text that was taken out, not even for a moment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from twinspace.moderation.sanitize import INVISIBLE, full_address, readable_address
from twinspace.moderation.screening import Kind, Screening, Verdict
from twinspace.pages.render import AUTHOR, LINK, texts

Screen = Callable[[str], Screening]
# Findings of the milder word lists: a word being typed key by key matches a
# shorter word on its way ("cum" on the way to "cumpleaños"), so such a word at
# the very end of what is being typed is judged once it ends. Slurs and the
# strongest words, personal data and grooming never wait: a phone number is
# taken out the moment it is one.
STILL_GROWING = frozenset({Kind.rude, Kind.profanity})
# What ends a sentence, for taking a concern out with the sentence it stands in.
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class Held:
    """Text taken out of a page: what it was, why, and where it stood."""

    text: str
    screening: Screening
    path: tuple[int, ...]  # child indices from the document's root to its text
    offset: int  # where in that text, in UTF-8 bytes


@dataclass
class Applied:
    update: bytes  # what is stored and relayed
    held: list[Held] = field(default_factory=list)
    inserted: int = 0  # characters the edit added


# Elements from the document's root to its deepest text. The editor nests quotes
# and lists a handful of levels; a crafted update nesting hundreds would stop the
# page from ever being rendered (Python's stack) or opened in a browser.
MAX_DEPTH = 64


class MalformedUpdate(Exception):
    """An update that is refused, and why (the ``invalid`` problem of ``update``)."""

    def __init__(self, problem: str = "unreadable") -> None:
        super().__init__(problem)
        self.problem = problem


def apply_edit(
    doc: Doc, root: XmlFragment, raw: bytes, author: int, screen: Screen | None
) -> Applied:
    """Apply a member's update to the server's copy (``doc``); ``screen`` is given
    for pupils. Raises ``MalformedUpdate`` if the update cannot be read."""
    before = doc.get_state()
    touched: dict[int, tuple[XmlText, list[tuple[int, int]]]] = {}
    linked: dict[int, tuple[XmlText, list[tuple[int, int]]]] = {}  # links added to old text
    deepest = [0]

    def observe(events: list[Any]) -> None:
        for event in events:
            deepest[0] = max(deepest[0], _collect(event, touched, linked))

    subscription = root.observe_deep(observe)
    try:
        doc.apply_update(raw)
    except Exception:  # pycrdt raises several kinds for a bad update
        raise MalformedUpdate() from None
    finally:
        root.unobserve(subscription)
    if deepest[0] > MAX_DEPTH:
        raise MalformedUpdate("too_deep")
    applied = Applied(b"")
    with doc.transaction():
        for key, (text, spans) in list(touched.items()):
            touched[key] = (text, _drop_invisible(text, spans))
        for text, ranges in touched.values():
            for start, length in ranges:
                text.format(start, start + length, {AUTHOR: {"id": author}})
                applied.inserted += length
        if screen is not None:
            for text, ranges in _together(touched, linked):
                applied.held += _unlink(root, text, ranges, screen)
            for text, ranges in touched.values():
                applied.held += _take_out(root, text, ranges, screen)
    applied.update = doc.get_update(before)
    return applied


Ranges = dict[int, tuple[XmlText, list[tuple[int, int]]]]


def _collect(event: Any, touched: Ranges, linked: Ranges) -> int:
    """The inserted ranges of every text an event of the update changed, and every
    text inside the elements it inserted (whole), and the ranges of older text it
    made a link; returns how deep in the document the deepest element it inserted
    lies (its texts are not read past ``MAX_DEPTH``)."""
    target = event.target
    position = 0
    deepest = 0
    for step in getattr(event, "delta", None) or []:
        if "retain" in step:
            if isinstance(target, XmlText) and LINK in (step.get("attributes") or {}):
                _touch(linked, target, position, step["retain"])
            position += step["retain"]
        elif "insert" in step:
            inserted = step["insert"]
            if isinstance(target, XmlText) and isinstance(inserted, str):
                _touch(touched, target, position, size(inserted))
                position += size(inserted)
            else:
                for node in inserted if isinstance(inserted, list) else [inserted]:
                    reaches = depth_of(target) + height_of(node)
                    deepest = max(deepest, reaches)
                    if isinstance(node, XmlText | XmlElement) and reaches <= MAX_DEPTH:
                        for text in texts(node):
                            _touch(touched, text, 0, size(str_of(text)))
                position += len(inserted) if isinstance(inserted, list | str) else 1
    return deepest


def depth_of(node: Any) -> int:
    """Elements from the document's root down to ``node``, itself included."""
    depth = 0
    while isinstance(node, XmlElement):
        depth += 1
        node = node.parent
    return depth


def height_of(node: Any) -> int:
    """Levels of elements in ``node`` and under it, counted without recursion."""
    height = 0
    level = [node] if isinstance(node, XmlElement) else []
    while level:
        height += 1
        level = [c for n in level for c in n.children if isinstance(c, XmlElement)]
    return height


def _touch(touched: Ranges, text: XmlText, start: int, n: int) -> None:
    if n:
        touched.setdefault(id(text), (text, []))[1].append((start, n))


def _drop_invisible(text: XmlText, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Delete the invisible characters (zero-width, direction overrides, controls)
    an edit typed, as chat drops them: between a number's digits they would hide it
    from screening. Returns the edit's ranges as they are afterwards."""
    content = str_of(text)
    gone = []
    for match in INVISIBLE.finditer(content):
        start = size(content[: match.start()])
        if any(s <= start < s + n for s, n in ranges):
            gone.append((start, size(match.group())))
    for start, n in reversed(gone):
        del text[start : start + n]
    adjusted = []
    for s, n in ranges:
        before = sum(k for g, k in gone if g < s)
        inside = sum(k for g, k in gone if s <= g < s + n)
        if n > inside:
            adjusted.append((s - before, n - inside))
    return adjusted


def _together(*found: Ranges) -> list[tuple[XmlText, list[tuple[int, int]]]]:
    merged: Ranges = {}
    for ranges in found:
        for key, (text, spans) in ranges.items():
            merged.setdefault(key, (text, []))[1].extend(spans)
    return list(merged.values())


def _unlink(
    root: XmlFragment, text: XmlText, ranges: list[tuple[int, int]], screen: Screen
) -> list[Held]:
    """Screen the address of each link the edit typed or made; take off each link
    screening would not let through (its words stay, and were screened as words).
    The address waits for a teacher: approved, it is put back as text."""
    held = []
    position = 0
    for chunk, attributes in list(text.diff()):
        length = size(chunk) if isinstance(chunk, str) else 1
        link = (attributes or {}).get(LINK)
        href = link.get("href") if isinstance(link, dict) else None
        made = any(position < s + n and s < position + length for s, n in ranges)
        if isinstance(href, str) and made and not full_address(href):
            text.format(position, position + length, {LINK: None})  # no link readers get
        elif isinstance(href, str) and made:
            result = screen(readable_address(href))
            if result.verdict is not Verdict.allow:
                text.format(position, position + length, {LINK: None})
                held.append(Held(href, result, path_of(root, text), position + length))
        position += length
    return held


def _take_out(
    root: XmlFragment, text: XmlText, ranges: list[tuple[int, int]], screen: Screen
) -> list[Held]:
    """Screen a text as it now reads; delete each finding that the edit touched."""
    content = str_of(text)
    result = screen(content)
    if result.verdict is Verdict.allow:
        return []
    raw = content.encode("utf-8")
    spans = []
    for finding in result.findings:
        found = content.find(finding.excerpt)
        if found < 0:
            # An excerpt screening rebuilt (folded): take out what this edit
            # typed, the part that made the text so.
            spans += [(s, s + n, raw[s : s + n].decode("utf-8", "replace")) for s, n in ranges]
            continue
        last = found + len(finding.excerpt)
        if finding.kind.safeguarding:
            found, last = _sentence_around(content, found, last)
        start, end = size(content[:found]), size(content[:last])
        if not any(start <= s + n and s <= end for s, n in ranges):
            continue  # there before this edit, and not where it typed (nor next to it)
        if finding.kind in STILL_GROWING and _still_typed(content, end, ranges):
            continue  # "cum" of "cumpleaños": read again when the word is whole
        spans.append((start, end, raw[start:end].decode("utf-8", "replace")))
    held = []
    for start, end, excerpt in _merged(spans, raw):
        del text[start:end]
        held.append(Held(excerpt, result, path_of(root, text), start))
    return held


def _sentence_around(content: str, first: int, last: int) -> tuple[int, int]:
    """The sentence (or sentences) of ``content`` holding ``content[first:last]``.

    A concern for a child's safety is taken out with its sentence: the rules name
    the words that decide it ("bis sie bluten"), and the rest of what the pupil
    wrote about it would stay in the page for the class to read.
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(content, 0, first)]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(content, last)
    end = after.end() if after else len(content)
    while start < first and content[start].isspace():
        start += 1
    return start, end


def _merged(spans: list[tuple[int, int, str]], raw: bytes) -> list[tuple[int, int, str]]:
    """The spans to delete, last first, those that overlap as one (a sentence the
    learned model holds around a word the lists hold): each is deleted once."""
    merged: list[tuple[int, int, str]] = []
    for start, end, excerpt in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            first, last, _ = merged[-1]
            last = max(last, end)
            merged[-1] = (first, last, raw[first:last].decode("utf-8", "replace"))
        else:
            merged.append((start, end, excerpt))
    return merged[::-1]


def _still_typed(content: str, end: int, ranges: list[tuple[int, int]]) -> bool:
    """A word ending where the text and this edit end may be the start of a longer one."""
    return end == size(content) and any(s + n == end for s, n in ranges)


def size(text: str) -> int:
    """A text's length as the document counts it: in UTF-8 bytes (pycrdt's unit of
    positions in a text; Yjs in the browser counts UTF-16 units, and the update
    format carries both sides to the same place)."""
    return len(text.encode("utf-8"))


def str_of(text: XmlText) -> str:
    """A text's characters without its formatting."""
    return "".join(chunk for chunk, _ in text.diff() if isinstance(chunk, str))


def path_of(root: XmlFragment, target: XmlText) -> tuple[int, ...]:
    """Child indices from the root to ``target`` (the nearest the document keeps)."""

    def walk(node: XmlFragment | XmlElement, path: tuple[int, ...]) -> tuple[int, ...] | None:
        for index, child in enumerate(node.children):
            if isinstance(child, XmlText):
                if child == target:
                    return (*path, index)
            elif isinstance(child, XmlElement):
                found = walk(child, (*path, index))
                if found is not None:
                    return found
        return None

    return walk(root, ()) or ()


def put_back(
    root: XmlFragment, held_text: str, path: tuple[int, ...], offset: int, author: int
) -> None:
    """Insert approved text where it stood, or as a paragraph of its own at the end
    when that place is gone (the page changed meanwhile)."""
    node: Any = root
    for index in path:
        children = list(node.children) if isinstance(node, XmlFragment | XmlElement) else []
        node = children[index] if index < len(children) else None
        if node is None:
            break
    if isinstance(node, XmlText):
        node.insert(min(offset, size(str_of(node))), held_text, {AUTHOR: {"id": author}})
        return
    paragraph = XmlElement("paragraph", {}, [XmlText()])
    root.children.append(paragraph)
    text = paragraph.children[0]
    assert isinstance(text, XmlText)
    text.insert(0, held_text, {AUTHOR: {"id": author}})
