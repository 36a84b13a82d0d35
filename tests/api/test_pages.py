"""Pages over HTTP, on SQLite and PostgreSQL: the tree, drafts and publications,
revisions with their authors, the difference between two, going back, the public
showcase, and who may do what."""

from __future__ import annotations

import base64
from html.parser import HTMLParser

import pytest
from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from twinspace.pages.documents import documents
from twinspace.pages.edits import str_of
from twinspace.pages.render import texts

pytestmark = pytest.mark.backends


class Writer:
    """Edits a page's document over HTTP (the socket's commands have HTTP twins)."""

    def __init__(self, client, page_id: int) -> None:
        self.client = client
        self.page_id = page_id
        self.doc: Doc[XmlFragment] = Doc()
        self.root = self.doc.get("prosemirror", type=XmlFragment)

    async def paragraph(self, text: str, status: int = 200):
        before = self.doc.get_state()
        with self.doc.transaction():
            self.root.children.append(XmlElement("paragraph", {}, [XmlText(text)]))
        update = base64.b64encode(self.doc.get_update(before)).decode()
        response = await self.client.post(
            "/api/pages/updates", json={"page_id": self.page_id, "update": update}
        )
        assert response.status_code == status, response.text
        return response.json()


async def _space(world):
    teacher = await world.teacher("Maria")
    space = await world.space(teacher)
    created, pupils = await world.pupils(teacher, ["Giulia", "Luca"])
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]})
    return space, teacher, pupils


async def _page(client, space, title="Our river", parent_id=None):
    body = {"space_id": space["id"], "title": title, "parent_id": parent_id}
    return await client.ok("POST", "/api/pages", 201, json=body)


async def test_a_draft_is_seen_by_its_editors_and_a_publication_by_everyone(world):
    space, teacher, (giulia, _) = await _space(world)
    page = await _page(teacher, space)
    await Writer(teacher, page["id"]).paragraph("The Arno is 241 km long.")
    assert await giulia.ok("GET", f"/api/spaces/{space['id']}/pages") == []
    assert (await giulia.get(f"/api/pages/{page['id']}")).status_code == 404
    published = await teacher.ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    assert published["html"] == "<p>The Arno is 241 km long.</p>"
    seen = await giulia.ok("GET", f"/api/pages/{page['id']}")
    assert (seen["html"], seen["can_edit"]) == ("<p>The Arno is 241 km long.</p>", False)


async def test_the_tree_nests_moves_and_never_goes_below_itself(world):
    space, teacher, _ = await _space(world)
    project = await _page(teacher, space, "Project")
    rivers = await _page(teacher, space, "Rivers", project["id"])
    arno = await _page(teacher, space, "Arno", rivers["id"])
    response = await teacher.post(
        "/api/pages/moves", json={"page_id": project["id"], "parent_id": arno["id"]}
    )
    assert response.json()["error"]["fields"] == [
        {"field": "parent_id", "problem": "inside_itself"}
    ]
    await teacher.ok("POST", "/api/pages/moves", json={"page_id": arno["id"], "parent_id": None})
    await teacher.ok("POST", "/api/pages/renames", json={"page_id": rivers["id"], "title": "Water"})
    await teacher.ok("POST", "/api/pages/deletions", json={"page_id": project["id"]})
    tree = await teacher.ok("GET", f"/api/spaces/{space['id']}/pages")
    assert {(p["title"], p["parent_id"]) for p in tree} == {("Water", None), ("Arno", None)}


async def test_revisions_keep_their_authors_and_show_what_changed(world):
    space, teacher, (giulia, _) = await _space(world)
    page = await _page(teacher, space)
    await teacher.ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    maria = Writer(teacher, page["id"])
    await maria.paragraph("Rivers of Europe.")
    await teacher.ok("POST", "/api/pages/publications", 201, json={"page_id": page["id"]})
    pupil = Writer(giulia, page["id"])
    pupil.doc.apply_update(maria.doc.get_update())  # her editor has the page as it is
    await pupil.paragraph("The Vistula is the longest in Poland.")
    await teacher.ok("POST", "/api/pages/publications", 201, json={"page_id": page["id"]})
    history = await giulia.ok("GET", f"/api/pages/{page['id']}/revisions")
    assert [r["number"] for r in history] == [2, 1]
    assert {a["display_name"] for a in history[0]["authors"]} == {"Maria", "Giulia X."}
    diff = await giulia.ok("GET", f"/api/pages/{page['id']}/diff", params={"from": 1, "to": 2})
    assert diff["changes"] == [
        {"op": "same", "text": "Rivers of Europe."},
        {"op": "added", "text": "The Vistula is the longest in Poland."},
    ]


async def test_going_back_to_a_revision_makes_a_new_one(world):
    space, teacher, _ = await _space(world)
    page = await _page(teacher, space)
    writer = Writer(teacher, page["id"])
    await writer.paragraph("First words.")
    await teacher.ok("POST", "/api/pages/publications", 201, json={"page_id": page["id"]})
    await writer.paragraph("A mistake.")
    await teacher.ok("POST", "/api/pages/publications", 201, json={"page_id": page["id"]})
    back = await teacher.ok("POST", "/api/pages/reverts", json={"page_id": page["id"], "number": 1})
    assert (back["number"], back["html"], back["reverted_to"]) == (3, "<p>First words.</p>", 1)
    assert (await teacher.ok("GET", f"/api/pages/{page['id']}"))["html"] == "<p>First words.</p>"


async def test_the_showcase_is_public_and_holds_only_what_a_teacher_put_there(world):
    space, teacher, (giulia, _) = await _space(world)
    shown = await _page(teacher, space, "Our towns")
    hidden = await _page(teacher, space, "Plans")
    for page in (shown, hidden):
        await Writer(teacher, page["id"]).paragraph(f"About {page['title']}.")
        await teacher.ok("POST", "/api/pages/publications", 201, json={"page_id": page["id"]})
    stranger = world.client()
    assert (await stranger.get(f"/api/showcase/{space['id']}")).status_code == 404
    refused = await giulia.post("/api/pages/showcase", json={"page_id": shown["id"], "on": True})
    assert refused.json()["error"]["code"] == "forbidden"
    await teacher.ok("POST", "/api/pages/showcase", json={"page_id": shown["id"], "on": True})
    showcase = await stranger.ok("GET", f"/api/showcase/{space['id']}")
    assert [p["title"] for p in showcase["pages"]] == ["Our towns"]
    assert showcase["pages"][0]["html"] == "<p>About Our towns.</p>"
    assert "Maria" not in str(showcase)


async def test_a_page_never_published_cannot_be_showcased(world):
    space, teacher, _ = await _space(world)
    page = await _page(teacher, space)
    response = await teacher.post("/api/pages/showcase", json={"page_id": page["id"], "on": True})
    assert response.json()["error"]["code"] == "conflict"


async def test_pupils_edit_only_pages_opened_to_them_and_never_manage_the_tree(world):
    space, teacher, (giulia, luca) = await _space(world)
    page = await _page(teacher, space)
    writer = Writer(giulia, page["id"])
    assert (await writer.paragraph("Can I?", 403))["error"]["code"] == "forbidden"
    await teacher.ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    await writer.paragraph("Yes I can.")
    refused = await giulia.post("/api/pages", json={"space_id": space["id"], "title": "Mine"})
    assert refused.json()["error"]["code"] == "forbidden"
    await teacher.ok(
        "PATCH",
        f"/api/spaces/{space['id']}/members/{luca.user['id']}",
        json={"role": "pupil_admin"},
    )
    await _page(luca, space, "A pupil administrator's page")


async def test_crafted_markup_in_a_document_never_reaches_a_reader_as_markup(world):
    space, teacher, _ = await _space(world)
    page = await _page(teacher, space)
    doc: Doc[XmlFragment] = Doc()
    root = doc.get("prosemirror", type=XmlFragment)
    with doc.transaction():
        root.children.append(XmlElement("script", {}, [XmlText("alert(1)")]))
        root.children.append(
            XmlElement(
                "paragraph", {"onclick": "steal()"}, [XmlText("<img src=x onerror=alert(2)>")]
            )
        )
        paragraph = root.children[1]
        assert isinstance(paragraph, XmlElement)
        text = paragraph.children[0]
        assert isinstance(text, XmlText)
        text.format(0, 5, {"link": {"href": "javascript:alert(3)"}})
    update = base64.b64encode(doc.get_update()).decode()
    await teacher.ok("POST", "/api/pages/updates", json={"page_id": page["id"], "update": update})
    published = await teacher.ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    elements = _elements(published["html"])
    assert {tag for tag, _ in elements} <= {"p", "a"}
    assert all(not name.startswith("on") and "javascript" not in (value or "")
               for _, attributes in elements for name, value in attributes)  # fmt: skip
    assert "onerror=alert(2)&gt;" in published["html"]  # the typed text, shown as text


async def test_a_pupils_link_is_screened_by_its_address_when_typed_or_added_later(world, app):
    """A link opens its address in one click: a pupil's e-mail address in a mailto
    link is taken out like the same address typed as text, and waits for a teacher."""
    space, teacher, (giulia, luca) = await _space(world)
    page = await _page(teacher, space)
    await teacher.ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    writer = Writer(giulia, page["id"])
    before = writer.doc.get_state()
    with writer.doc.transaction():
        writer.root.children.append(XmlElement("paragraph", {}, [XmlText()]))
        paragraph = writer.root.children[0]
        assert isinstance(paragraph, XmlElement)
        text = paragraph.children[0]
        assert isinstance(text, XmlText)
        text.insert(0, "write to me", {"link": {"href": "mailto:giulia.b2013@gmail.com"}})
        text.insert(11, " about the Arno, or read ")
        text.insert(36, "this", {"link": {"href": "https://en.wikipedia.org/wiki/Arno"}})
        text.insert(40, " and that", {"link": {"href": "//tracker.example/x"}})
    update = base64.b64encode(writer.doc.get_update(before)).decode()
    saved = await giulia.ok(
        "POST", "/api/pages/updates", json={"page_id": page["id"], "update": update}
    )
    assert [held["reason"] for held in saved["held"]] == ["screening.email"]
    # What the other editors get: the relative address is no link there either.
    live = await documents(app.state.runtime).get(page["id"])
    marks = [(chunk, attributes or {}) for t in texts(live.root) for chunk, attributes in t.diff()]
    assert [chunk for chunk, attributes in marks if "link" in attributes] == ["this"]
    later = Writer(luca, page["id"])
    later.doc.apply_update(writer.doc.get_update())
    before = later.doc.get_state()
    paragraph = later.root.children[0]
    assert isinstance(paragraph, XmlElement)
    words = paragraph.children[0]
    assert isinstance(words, XmlText)
    words.format(12, 17, {"link": {"href": "https://wa.me/393471234567"}})  # "about"
    update = base64.b64encode(later.doc.get_update(before)).decode()
    saved = await luca.ok(
        "POST", "/api/pages/updates", json={"page_id": page["id"], "update": update}
    )
    assert [held["reason"] for held in saved["held"]] == ["screening.phone"]
    published = await teacher.ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    assert "mailto" not in published["html"] and "wa.me" not in published["html"]
    assert published["html"].startswith("<p>write to me about the Arno, or read <a href=")
    assert "https://en.wikipedia.org/wiki/Arno" in published["html"]
    assert published["html"].endswith("</a> and that</p>")


async def test_invisible_characters_typed_into_a_page_are_dropped_before_screening(world, app):
    """Zero-width spaces between a phone number's digits show nothing on screen:
    the page keeps none of them, and the number is taken out as if typed plainly."""
    space, teacher, (giulia, _luca) = await _space(world)
    page = await _page(teacher, space)
    await teacher.ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    writer = Writer(giulia, page["id"])
    saved = await writer.paragraph("Call me on 347\u200b123\u200b4567 after school.")
    assert [held["reason"] for held in saved["held"]] == ["screening.phone"]
    await writer.paragraph("Our \u202eriver\u2066 is long.")
    live = await documents(app.state.runtime).get(page["id"])  # what co-editors get
    assert [str_of(text) for text in texts(live.root)][-1] == "Our river is long."
    published = await teacher.ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    assert "347" not in published["html"]
    assert "<p>Our river is long.</p>" in published["html"]


def _nested(doc: Doc[XmlFragment], parent: XmlFragment | XmlElement, levels: int) -> None:
    """Quotes inside quotes, ``levels`` deep, with a paragraph at the bottom."""
    with doc.transaction():
        for _ in range(levels):
            parent.children.append(XmlElement("blockquote", {}, []))
            child = parent.children[len(parent.children) - 1]
            assert isinstance(child, XmlElement)
            parent = child
        parent.children.append(XmlElement("paragraph", {}, [XmlText("deep down")]))


async def test_a_document_nested_past_any_editor_is_refused_and_the_page_still_publishes(world):
    space, teacher, (giulia, _luca) = await _space(world)
    page = await _page(teacher, space)
    await teacher.ok("POST", "/api/pages/openings", json={"page_id": page["id"], "on": True})
    writer = Writer(giulia, page["id"])
    await writer.paragraph("Our river is long.")
    before = writer.doc.get_state()
    _nested(writer.doc, writer.root, 500)
    update = base64.b64encode(writer.doc.get_update(before)).decode()
    refused = await giulia.post(
        "/api/pages/updates", json={"page_id": page["id"], "update": update}
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["fields"] == [{"field": "update", "problem": "too_deep"}]
    published = await teacher.ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    assert published["html"] == "<p>Our river is long.</p>"


async def test_a_document_is_not_deepened_one_level_at_a_time_either(world):
    space, teacher, _ = await _space(world)
    page = await _page(teacher, space)
    writer = Writer(teacher, page["id"])
    before = writer.doc.get_state()
    _nested(writer.doc, writer.root, 40)
    update = base64.b64encode(writer.doc.get_update(before)).decode()
    await teacher.ok("POST", "/api/pages/updates", json={"page_id": page["id"], "update": update})
    deepest: XmlFragment | XmlElement = writer.root
    while isinstance(last := deepest.children[0], XmlElement) and last.tag == "blockquote":
        deepest = last
    before = writer.doc.get_state()
    _nested(writer.doc, deepest, 40)
    update = base64.b64encode(writer.doc.get_update(before)).decode()
    refused = await teacher.post(
        "/api/pages/updates", json={"page_id": page["id"], "update": update}
    )
    assert refused.json()["error"]["fields"] == [{"field": "update", "problem": "too_deep"}]
    published = await teacher.ok(
        "POST", "/api/pages/publications", 201, json={"page_id": page["id"]}
    )
    assert published["html"].count("<blockquote>") == 40


def _elements(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The elements a browser would make of ``html``, with their attributes."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collect().feed(html)
    return found
