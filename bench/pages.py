"""Shared pages as the web client edits them: typing a key at a time into a page's
document over the socket.

Each editor keeps the page's document (pycrdt, which reads and writes Yjs's
format), types pupils' lines into it, a paragraph each, one key at a time, and
sends what it typed as ``page.update`` commands, one on its way at a time: keys
typed while one is on its way go together in the next, as the web client's do.
It applies every ``page.update`` event of the page to its document, as a
browser does.

Latency is per key: from the moment a key was typed to the moment an update
holding it reached each editor of the page (the typist's own socket too). An
event carries no marker (an update's bytes are the document's own), so each
socket notes when the n-th update of each author reached it, each typist notes
which keys its n-th accepted update held, and the two are matched once the run
has drained. The server makes exactly one event of each update it accepts, in
the order it accepted them, so an author's n-th event is its n-th accepted
update. Both lists must be in one process: a page's editors are never split
between load-generator processes (``bench.plan.split``).
"""

from __future__ import annotations

import base64
from collections import defaultdict

from pycrdt import Doc, XmlElement, XmlFragment, XmlText, merge_updates

from bench.corpus import Corpus
from bench.tally import Flow

# The document's root, as the web client's editor (y-prosemirror) names it.
ROOT = "prosemirror"


def paragraphs_of(text: list[str]) -> bytes:
    """A document of these paragraphs, as one update (a page's text before a run)."""
    doc: Doc[XmlFragment] = Doc()
    root = doc.get(ROOT, type=XmlFragment)
    with doc.transaction():
        for line in text:
            root.children.append(XmlElement("paragraph", {}, [XmlText(line)]))
    return doc.get_update()


class Typist:
    """One editor of a page: its document, the keys it typed, what the server accepted."""

    def __init__(self, seed: int) -> None:
        self.corpus = Corpus(seed)
        self.doc: Doc[XmlFragment] = Doc()
        self.root = self.doc.get(ROOT, type=XmlFragment)
        self.line = ""  # what is left to type of the current line
        self.text: XmlText | None = None  # the paragraph being typed
        self.unsent: list[bytes] = []  # an update per key typed since the last one went
        self.unsent_keys: list[int] = []  # when each of those keys was typed (monotonic ns)
        self.on_its_way: list[int] | None = None  # the keys of the update not yet answered
        self.accepted: list[list[int]] = []  # the keys of each accepted update, in order

    def open(self, update: bytes) -> None:
        """The page as the server sent it when the editor opened it."""
        self.doc.apply_update(update)

    def type_key(self, now_ns: int) -> None:
        """One key of a pupil's line; a new paragraph when a line is done."""
        if not self.line:
            self.line = self.corpus.line()
            self.text = None
        before = self.doc.get_state()
        with self.doc.transaction():
            if self.text is None:
                paragraph = XmlElement("paragraph", {}, [XmlText()])
                self.root.children.append(paragraph)
                first = paragraph.children[0]
                assert isinstance(first, XmlText)  # the paragraph made just above
                self.text = first
            self.text.insert(len(self.text), self.line[0])
        self.line = self.line[1:]
        self.unsent.append(self.doc.get_update(before))
        self.unsent_keys.append(now_ns)

    def next_update(self) -> str | None:
        """What to send now (base64): every key typed since the last update, unless
        one is still on its way."""
        if self.on_its_way is not None or not self.unsent:
            return None
        update = self.unsent[0] if len(self.unsent) == 1 else merge_updates(*self.unsent)
        self.on_its_way, self.unsent_keys, self.unsent = self.unsent_keys, [], []
        return base64.b64encode(update).decode("ascii")

    def answered(self, accepted: bool) -> list[int]:
        """The update on its way was stored (or refused); the keys it held."""
        keys = self.on_its_way or []
        if accepted:
            self.accepted.append(keys)
        self.on_its_way = None
        return keys

    def apply(self, update: str) -> None:
        """An update of the page, as an event brought it."""
        self.doc.apply_update(base64.b64decode(update))


class Receipts:
    """When each update of each author reached one socket: author -> arrival times."""

    def __init__(self) -> None:
        self.by_author: defaultdict[int, list[int]] = defaultdict(list)

    def arrived(self, author: int, now_ns: int) -> None:
        self.by_author[author].append(now_ns)


def match(receipts: list[Receipts], typists: dict[int, Typist], flow: Flow) -> None:
    """Each socket's n-th update of an author is the author's n-th accepted update:
    every key it held is delivered, with its latency. An update of an author
    typing in another process (it should not happen) counts as not delivered."""
    for socket in receipts:
        for author, arrivals in socket.by_author.items():
            typist = typists.get(author)
            if typist is None:
                continue
            for arrived_ns, keys in zip(arrivals, typist.accepted, strict=False):
                for typed_ns in keys:
                    flow.delivered(arrived_ns, typed_ns)
