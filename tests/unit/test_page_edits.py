"""What a pupil's edit of a shared page becomes, key by key: text with accents lands
where it was typed, a word on its way ("cum" of "cumpleaños") is not held, an
insult is taken out once whole, a phone number the moment it is one."""

from __future__ import annotations

import pytest
from pycrdt import Doc, XmlElement, XmlFragment, XmlText

from twinspace.moderation.screening import Level, Screener
from twinspace.pages.edits import apply_edit, size, str_of

SCREENER = Screener()


class Typist:
    """A browser's document and the server's copy, one key per update."""

    def __init__(self, start: str) -> None:
        self.client: Doc[XmlFragment] = Doc()
        self.server: Doc[XmlFragment] = Doc()
        self.mine = self.client.get("prosemirror", type=XmlFragment)
        self.copy = self.server.get("prosemirror", type=XmlFragment)
        self.held: list[str] = []
        self.send(lambda: self.mine.children.append(XmlElement("paragraph", {}, [XmlText(start)])))

    def send(self, change) -> None:
        before = self.client.get_state()
        change()
        applied = apply_edit(
            self.server,
            self.copy,
            self.client.get_update(before),
            7,
            lambda text: SCREENER.screen(text, Level.standard),
        )
        self.client.apply_update(applied.update)
        self.held += [held.text for held in applied.held]

    def type(self, keys: str) -> None:
        for key in keys:
            text = first_text(self.mine)
            self.send(lambda text=text, key=key: text.insert(size(str_of(text)), key))

    @property
    def text(self) -> str:
        return str_of(first_text(self.copy))


def first_text(root: XmlFragment) -> XmlText:
    """The text of a document's first paragraph."""
    paragraph = root.children[0]
    assert isinstance(paragraph, XmlElement)
    text = paragraph.children[0]
    assert isinstance(text, XmlText)
    return text


def test_accented_text_lands_where_it_was_typed():
    typist = Typist("Ça ")
    typist.type("été très réussi, ¡qué bien! Świetnie")
    assert typist.text == "Ça été très réussi, ¡qué bien! Świetnie"
    assert typist.held == []


@pytest.mark.parametrize("word", ["cumpleaños", "assignment", "Scunthorpe"])
def test_a_word_on_its_way_is_not_held(word):
    typist = Typist("Feliz ")
    typist.type(f"{word} a todos")
    assert typist.held == []
    assert typist.text == f"Feliz {word} a todos"


def test_an_aimed_insult_is_taken_out_once_whole():
    typist = Typist("Luca, ")
    typist.type("you are stupid! ok")
    assert typist.held == ["you are stupid!"]
    assert "stupid" not in typist.text


def test_a_phone_number_is_taken_out_the_moment_it_is_one():
    typist = Typist("Call ")
    typist.type("347 123 4567")
    assert typist.held and typist.held[0].startswith("347 123")
    assert "347 123" not in typist.text


def test_a_pasted_sentence_held_around_an_insult_is_taken_out_once_whole():
    """Self-harm held in the sentence, the insult inside it: the sentence goes, once,
    whole; the greeting before it stays."""
    typist = Typist("Hallo! ")
    paste = "ich kratze mir die handgelenke auf bis sie bluten und kann nicht aufhören, du idiot"
    text = first_text(typist.mine)
    typist.send(lambda: text.insert(size(str_of(text)), paste))
    assert typist.held == [paste]
    assert typist.text == "Hallo! "


def test_a_concern_is_taken_out_with_its_sentence_not_only_its_words():
    """The rules name the words that decide a concern; the class does not keep the rest."""
    typist = Typist("Unser Projekt ist fertig. ")
    paste = "Ich kratze mir die Arme auf, bis sie bluten, jeden Abend. Morgen ist Sport."
    text = first_text(typist.mine)
    typist.send(lambda: text.insert(size(str_of(text)), paste))
    assert typist.held == ["Ich kratze mir die Arme auf, bis sie bluten, jeden Abend."]
    assert typist.text == "Unser Projekt ist fertig.  Morgen ist Sport."
