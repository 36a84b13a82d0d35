"""A page editor for tests: a CRDT document (pycrdt, which reads and writes Yjs's
format) kept in step with a page over a real socket, as the browser's is."""

from __future__ import annotations

import base64

from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from tests.wsclient import WsClient


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def plain(root: XmlFragment) -> str:
    """The document's words, a line per paragraph, without marks."""
    lines = []
    for block in root.children:
        if isinstance(block, XmlElement):
            lines.append(
                "".join(
                    chunk
                    for text in block.children
                    if isinstance(text, XmlText)
                    for chunk, _ in text.diff()
                    if isinstance(chunk, str)
                )
            )
    return "\n".join(lines)


class Editor:
    def __init__(self, socket: WsClient, space_id: int, page_id: int) -> None:
        self.socket = socket
        self.space_id = space_id
        self.page_id = page_id
        self.doc: Doc[XmlFragment] = Doc()
        self.root = self.doc.get("prosemirror", type=XmlFragment)
        self.applied = 0  # page.update events of the socket applied so far

    async def open(self) -> dict:
        opened = await self.socket.ok(
            "page.open",
            space_id=self.space_id,
            page_id=self.page_id,
            state_vector=b64(self.doc.get_state()),
        )
        self.doc.apply_update(base64.b64decode(opened["update"]))
        return opened

    def catch_up(self) -> None:
        """Apply the page's updates the socket received since the last call."""
        updates = [
            e for e in self.socket.events("page.update") if e["data"]["page_id"] == self.page_id
        ]
        for event in updates[self.applied :]:
            self.doc.apply_update(base64.b64decode(event["data"]["update"]))
        self.applied = len(updates)

    async def edit(self, change) -> dict:
        """Make a change to the local document and send it; the ack says it is saved."""
        before = self.doc.get_state()
        with self.doc.transaction():
            change(self.root)
        update = self.doc.get_update(before)
        return await self.socket.ok("page.update", page_id=self.page_id, update=b64(update))

    async def type(self, text: str, paragraph: int = 0) -> dict:
        """Type at the end of a paragraph (made if the page has none yet)."""

        def change(root: XmlFragment) -> None:
            while len(root.children) <= paragraph:
                root.children.append(XmlElement("paragraph", {}, [XmlText()]))
            block = root.children[paragraph]
            assert isinstance(block, XmlElement)
            target = block.children[0]
            assert isinstance(target, XmlText)
            # Positions in a pycrdt text count UTF-8 bytes.
            written = "".join(c for c, _ in target.diff() if isinstance(c, str))
            target.insert(len(written.encode("utf-8")), text)

        return await self.edit(change)

    @property
    def text(self) -> str:
        return plain(self.root)
