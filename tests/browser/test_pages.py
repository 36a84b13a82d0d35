"""Shared pages in real Chromium: two people writing one paragraph at once, a
pupil's phone number that never reaches anyone else, and pasted markup that
never becomes part of the page for its readers or the public."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser import seed, ui
from tests.browser.people import on_page
from tests.browser.ui import ANNA, PASSWORD, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Rivers of Europe"
PAGE = "Our rivers"
START = "Rivers we know."


@pytest.fixture
def space(server: ServerProcess) -> seed.Partnership:
    return seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])


@pytest.fixture
def shared(server: ServerProcess, space: seed.Partnership) -> int:
    """A page the pupils may write, its one paragraph already begun."""
    return seed.shared_page(server.url, ANNA, space.space_id, PAGE, START, pupils_write=True)


def pupil_on_page(new_page: Callable[..., Page], space: seed.Partnership, page_id: int, **options):
    giulia = space.pupils[0]
    return on_page(new_page, space, page_id, PAGE, giulia.username, giulia.password, **options)


ANNA_WORDS = ["The ", "Arno ", "and ", "the ", "Tiber. "]
GIULIA_WORDS = [" The", " Vistula", " and", " the", " Oder."]


def test_two_people_writing_one_paragraph_at_once_keep_both_texts_and_are_its_authors(
    new_page: Callable[..., Page], space: seed.Partnership, shared: int
):
    anna = on_page(new_page, space, shared, PAGE, ANNA.email, viewport=ui.DESKTOP)
    giulia = pupil_on_page(new_page, space, shared, viewport=ui.PHONE)
    anna_box, giulia_box = ui.page_editor(anna, PAGE), ui.page_editor(giulia, PAGE)
    for box in (anna_box, giulia_box):
        expect(box).to_have_text(START)
    # Anna at the start of the paragraph, Giulia at its end.
    anna_box.locator("p").click(position={"x": 1, "y": 5})
    giulia_box.click()
    giulia.keyboard.press("Control+End")
    # Turn by turn, a word each: each types while the other's words are still
    # on their way, at either end of the same paragraph.
    for first, last in zip(ANNA_WORDS, GIULIA_WORDS, strict=True):
        anna.keyboard.type(first)
        giulia.keyboard.type(last)

    both = "".join(ANNA_WORDS) + START + "".join(GIULIA_WORDS)
    for page, box in ((anna, anna_box), (giulia, giulia_box)):
        expect(box).to_have_text(both)
        ui.expect_saved(page)
    expect(anna_box.locator('[data-name="Giulia B."]')).to_be_visible()  # her cursor
    ui.page_button(anna, "pages.authors").click()
    legend = anna.get_by_role("list", name=t("pages.authors"))
    expect(legend.get_by_role("listitem")).to_have_text([ANNA.name, "Giulia B."])
    ui.screenshot(anna, "80-page-two-writers-desktop")
    ui.screenshot(giulia, "81-page-two-writers-phone")

    # Giulia's tablet loses the network; both go on writing; it comes back.
    giulia.context.set_offline(True)
    expect(giulia.get_by_role("status").filter(has_text=t("pages.status_offline"))).to_be_visible()
    giulia.keyboard.type(" Offline too.")
    anna_box.locator("p").click(position={"x": 1, "y": 5})
    anna.keyboard.type("Meanwhile: ")
    ui.expect_saved(anna)
    giulia.context.set_offline(False)
    both = f"Meanwhile: {both} Offline too."
    for page, box in ((anna, anna_box), (giulia, giulia_box)):
        expect(box).to_have_text(both)
        ui.expect_saved(page)

    ui.page_button(anna, "pages.publish").click()
    expect(anna.get_by_role("status").filter(has_text=t("pages.published"))).to_be_visible()
    anna.get_by_role("link", name=t("pages.history")).click()
    versions = anna.get_by_role("list", name=t("pages.versions")).get_by_role("listitem")
    expect(versions).to_have_count(1)
    expect(versions).to_contain_text(t("pages.version", number=1))
    expect(versions).to_contain_text(ui.pattern("pages.written_by"))
    expect(versions).to_contain_text(ANNA.name)
    expect(versions).to_contain_text("Giulia B.")
    ui.screenshot(anna, "82-page-history-desktop")


NUMBER = "347 123 4567"
# Every text the editor ever showed, as a MutationObserver sees it after each
# change (before the screen is drawn again), with the texts changed away from.
RECORD_TEXTS = """(editor) => {
    window.seenTexts = [editor.textContent];
    new MutationObserver((records) => {
        window.seenTexts.push(editor.textContent);
        for (const record of records) {
            if (record.oldValue) window.seenTexts.push(record.oldValue);
            for (const node of record.addedNodes) window.seenTexts.push(node.textContent);
        }
    }).observe(editor, {
        subtree: true, childList: true, characterData: true, characterDataOldValue: true,
    });
}"""


def test_a_pupils_phone_number_never_reaches_the_others_and_waits_for_a_teacher(
    new_page: Callable[..., Page], space: seed.Partnership, shared: int
):
    anna = on_page(new_page, space, shared, PAGE, ANNA.email, viewport=ui.DESKTOP)
    anna_box = ui.page_editor(anna, PAGE)
    expect(anna_box).to_have_text(START)
    anna_box.evaluate(RECORD_TEXTS)
    giulia = pupil_on_page(new_page, space, shared, viewport=ui.PHONE)
    giulia_box = ui.page_editor(giulia, PAGE)
    giulia_box.click()
    giulia.keyboard.press("Control+End")
    giulia.keyboard.type(" Call me on ")
    giulia.keyboard.type(NUMBER, delay=80)  # key by key, as a child types

    told = giulia.get_by_role("alert").filter(has_text=ui.pattern("pages.held"))
    expect(told).to_contain_text(t("screening.phone"))
    ui.expect_saved(giulia)
    expect(giulia_box).not_to_contain_text(NUMBER)
    expect(anna_box).to_contain_text("Call me on")
    expect(anna_box).to_have_text(giulia_box.inner_text())
    seen = anna.evaluate("() => window.seenTexts")
    assert any("Call me on" in text for text in seen)
    assert not [text for text in seen if NUMBER in text]
    ui.screenshot(giulia, "83-page-pupil-words-held-phone")

    ui.review_link(anna).click()
    item = ui.waiting(anna)
    expect(item).to_have_count(1)
    expect(item).to_contain_text("347 123")
    expect(item).to_contain_text(t("content.page_text"))
    ui.screenshot(anna, "84-page-review-queue-desktop")
    item.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B.")).click()
    expect(item).to_have_count(0)
    expect(giulia_box).to_contain_text("347 123")  # put back where it stood


# Pasted from another web page: a script, event handlers, a javascript: link,
# frames, a style, and markup written as text. None of it may become an
# element of the page or run, for a reader or the public.
PASTED = (
    "<p>Safe words about the <strong>Danube</strong>.</p>"
    "<script>window.pwned = 1</script>"
    '<p><img src="x" onerror="window.pwned = 2">Pictures</p>'
    '<p><a href="javascript:window.pwned = 3">click me</a> and '
    '<a href="https://europa.eu" onmouseover="window.pwned = 4">Europa</a></p>'
    '<iframe src="javascript:window.pwned = 5"></iframe>'
    '<iframe srcdoc="<script>parent.pwned = 6</script>"></iframe>'
    '<p onclick="window.pwned = 7" style="color: red">styled</p>'
    '<svg onload="window.pwned = 8"><circle r="5"></circle></svg>'
    "<p>&lt;img src=x onerror=alert(9)&gt;</p>"
)
AS_TEXT = "<img src=x onerror=alert(9)>"
# What the writer's browser logs while the editor reads the paste: its
# Content-Security-Policy refusing the handlers and the style, which never run.
REFUSED = ("Executing inline event handler violates", "Applying inline style violates")
# A paste as the editor gets it: a paste event with the clipboard's data.
# (Writing the real clipboard would let Chromium clean the HTML first.)
PASTE = """(editor, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Safe words");
    editor.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
}"""


def expect_only_text(page: Page) -> None:
    """The page's text shows the pasted words, and nothing of the markup works."""
    text = page.locator(".page-text")
    expect(text).to_contain_text("Safe words about the Danube.")
    expect(text.locator("strong")).to_have_text("Danube")
    expect(text.get_by_text(AS_TEXT, exact=True)).to_be_visible()
    expect(text).to_contain_text("click me")
    expect(text.get_by_role("link", name="Europa")).to_have_attribute("href", "https://europa.eu")
    expect(text.locator("img, script, svg, iframe, style, object, embed")).to_have_count(0)
    expect(
        text.locator("[onerror], [onclick], [onload], [onmouseover], [style], [srcdoc]")
    ).to_have_count(0)
    expect(text.locator('a[href^="javascript"]')).to_have_count(0)
    assert page.evaluate("() => window.pwned") is None


def test_markup_pasted_into_a_page_never_reaches_its_readers_or_the_showcase_as_markup(
    new_page: Callable[..., Page], server: ServerProcess, space: seed.Partnership
):
    draft = seed.shared_page(server.url, ANNA, space.space_id, PAGE, START, pupils_write=False)
    anna = on_page(new_page, space, draft, PAGE, ANNA.email, viewport=ui.DESKTOP, expected=REFUSED)
    dialogs: list[str] = []
    anna.on("dialog", lambda dialog: dialogs.append(dialog.message))
    box = ui.page_editor(anna, PAGE)
    expect(box).to_have_text(START)
    box.click()
    anna.keyboard.press("Control+End")
    box.evaluate(PASTE, PASTED)
    expect(box).to_contain_text(AS_TEXT)
    ui.expect_saved(anna)
    ui.page_button(anna, "pages.publish").click()
    expect(anna.get_by_role("status").filter(has_text=t("pages.published"))).to_be_visible()
    showcase = ui.page_button(anna, "pages.put_in_showcase")
    showcase.click()
    expect(showcase).to_have_attribute("aria-pressed", "true")
    assert anna.evaluate("() => window.pwned") is None

    luca = space.pupils[1]
    reader = on_page(new_page, space, draft, PAGE, luca.username, luca.password, viewport=ui.PHONE)
    expect(ui.page_editor(reader, PAGE)).to_have_count(0)
    expect_only_text(reader)
    ui.screenshot(reader, "85-page-reader-phone")

    public = new_page(viewport=ui.PHONE)
    public.on("dialog", lambda dialog: dialogs.append(dialog.message))
    public.goto(f"/#/showcase/{space.space_id}")
    ui.heading(public, TITLE)
    expect(public.get_by_role("heading", level=2)).to_have_text(PAGE)
    expect_only_text(public)
    ui.screenshot(public, "86-showcase-phone")
    assert dialogs == []


def test_a_teacher_makes_a_page_inside_another_renames_it_and_deletes_the_first(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = new_page(viewport=ui.PHONE)
    anna.on("dialog", lambda dialog: dialog.accept())
    ui.log_in(anna, ANNA.email, PASSWORD)
    ui.go_to_space(anna, space.space_id, TITLE, tab="pages")
    expect(anna.get_by_text(t("pages.none"))).to_be_visible()
    for title, inside in (("Our project", None), ("Rivers", "Our project")):
        anna.get_by_text(t("pages.new"), exact=True).click()
        anna.get_by_label(t("pages.name")).fill(title)
        if inside:
            anna.get_by_label(t("pages.inside")).select_option(label=inside)
        anna.get_by_role("button", name=t("pages.create")).click()
        expect(anna.get_by_role("heading", level=2)).to_have_text(title)
        expect(anna.locator(".page-state")).to_contain_text(t("pages.draft"))
        ui.expect_saved(anna)
        anna.get_by_role("link", name=t("pages.all")).click()
    project = anna.get_by_role("listitem").filter(
        has=anna.get_by_role("link", name=re.compile("^Our project"))
    )
    expect(project.get_by_role("link", name=re.compile("^Rivers"))).to_be_visible()
    ui.screenshot(anna, "87-page-tree-phone")

    project.get_by_role("link", name=re.compile("^Rivers")).click()
    anna.get_by_text(t("pages.change"), exact=True).click()
    anna.get_by_label(t("pages.name")).fill("Rivers and lakes")
    anna.get_by_role("button", name=t("pages.rename")).click()
    expect(anna.get_by_role("heading", level=2)).to_have_text("Rivers and lakes")
    anna.get_by_role("link", name=t("pages.all")).click()
    anna.get_by_role("link", name=re.compile("^Our project")).click()
    anna.get_by_text(t("pages.change"), exact=True).click()
    anna.get_by_role("button", name=t("pages.delete")).click()
    expect(anna.get_by_role("heading", level=2)).to_have_text(t("pages.title"))
    links = anna.locator(".page-tree").get_by_role("link")
    expect(links).to_have_count(1)
    expect(links).to_contain_text("Rivers and lakes")
