"""The forums of a space in real Chromium: live replies with unread counts, a
held reply approved from the review queue, and markup that never runs."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser import seed, ui
from tests.browser.people import pupil_in_space
from tests.browser.ui import ANNA, PASSWORD, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Rivers of Europe"
DISCUSSION = "Our rivers"
TOPIC = "The river of your town"
OPENING = "<p>Which river flows through <strong>your town</strong>?</p>"


@pytest.fixture
def space(server: ServerProcess) -> seed.Partnership:
    return seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])


@pytest.fixture
def topic(server: ServerProcess, space: seed.Partnership) -> tuple[int, int]:
    return seed.forum_topic(server.url, ANNA, space.space_id, DISCUSSION, TOPIC, OPENING)


def teacher_at(new_page: Callable[..., Page], space: seed.Partnership, path: str) -> Page:
    """Anna, on a page of the space's forums opened by its address (#/spaces/7/forum/...)."""
    page = new_page(ui.DESKTOP)
    ui.log_in(page, ANNA.email, PASSWORD)
    ui.go_to_space(page, space.space_id, TITLE, tab=f"forum/{path}".rstrip("/"))
    return page


def open_topic(page: Page) -> None:
    """From the forums' first page: the discussion, then the topic."""
    ui.open_tab(page, ui.FORUMS)
    page.get_by_role("link", name=DISCUSSION).click()
    expect(page.get_by_role("heading", level=2)).to_have_text(DISCUSSION)
    page.get_by_role("link", name=re.compile(TOPIC)).click()
    expect(page.get_by_role("heading", level=2)).to_have_text(TOPIC)


def test_a_pupil_replies_and_a_teacher_sees_it_live_with_its_unread_count(
    new_page: Callable[..., Page], space: seed.Partnership, topic: tuple[int, int]
):
    discussion_id, topic_id = topic
    anna = teacher_at(new_page, space, f"discussions/{discussion_id}")
    row = anna.get_by_role("link", name=re.compile(TOPIC))
    expect(row).not_to_contain_text(t("forum.unread", count=1))
    giulia = pupil_in_space(new_page, space, viewport=ui.PHONE)
    ui.expect_forum_news(giulia, 1)  # Anna's opening post
    open_topic(giulia)
    assert giulia.url.endswith(f"#/spaces/{space.space_id}/forum/{topic_id}")
    ui.expect_forum_news(giulia, 0)

    ui.forum_post(giulia, "Which river").get_by_role("button", name=t("forum.quote_reply")).click()
    expect(ui.reply_box(giulia)).to_be_focused()
    giulia.keyboard.type("The ")
    giulia.get_by_role("button", name=t("editor.bold")).click()
    giulia.keyboard.type("Arno")
    giulia.keyboard.press("Control+b")
    giulia.keyboard.type(" flows through Firenze.")
    giulia.keyboard.press("Enter")
    giulia.keyboard.type("- long")
    expect(giulia.get_by_role("button", name=t("editor.bullets"))).to_have_attribute(
        "aria-pressed", "true"
    )
    ui.screenshot(giulia, "50-forum-pupil-writes-phone")
    giulia.get_by_role("button", name=t("forum.reply_send")).click()
    expect(ui.reply_box(giulia)).to_have_text("")

    expect(row).to_contain_text(t("forum.unread", count=1))
    expect(row).to_contain_text(t("forum.replies", count=1))
    ui.expect_forum_news(anna, 1)
    ui.screenshot(anna, "51-forum-topics-unread")
    row.click()
    post = ui.forum_post(anna, "flows through Firenze")
    expect(post.locator("strong", has_text="Arno")).to_be_visible()
    expect(post.get_by_role("listitem")).to_have_text("long")
    expect(post).to_contain_text(t("forum.quote_wrote", name=ANNA.name))
    expect(post).to_contain_text("Which river flows through your town?")
    ui.expect_forum_news(anna, 0)

    like = t("forum.reaction", name=t("forum.reaction_like"), count=0)
    post.get_by_role("button", name=like).click()
    liked = t("forum.reaction", name=t("forum.reaction_like"), count=1)
    expect(post.get_by_role("button", name=liked)).to_have_attribute("aria-pressed", "true")
    mine = ui.forum_post(giulia, "flows through Firenze")
    expect(mine.get_by_role("button", name=liked)).to_have_attribute("aria-pressed", "false")
    ui.screenshot(anna, "52-forum-topic-teacher")
    ui.screenshot(giulia, "53-forum-topic-pupil-phone")


def test_a_held_reply_is_approved_from_the_review_queue_and_appears_live(
    new_page: Callable[..., Page], space: seed.Partnership, topic: tuple[int, int]
):
    _, topic_id = topic
    anna = teacher_at(new_page, space, str(topic_id))
    giulia = pupil_in_space(new_page, space)
    luca = pupil_in_space(new_page, space, pupil=1)
    open_topic(giulia)
    open_topic(luca)

    ui.reply_box(giulia).click()
    giulia.keyboard.type("Write to me at giulia.b@example.com")
    expect(anna.get_by_text(t("chat.typing_one", name="Giulia B."))).to_be_visible()
    giulia.get_by_role("button", name=t("forum.reply_send")).click()
    held = ui.forum_post(giulia, "giulia.b@example.com")
    expect(held).to_contain_text(t("chat.held"))
    expect(giulia.get_by_role("status").filter(has_text=t("forum.reply_held"))).to_be_visible()
    ui.expect_waiting(anna, 1)
    expect(ui.forum_post(anna, "giulia.b@")).to_have_count(0)
    expect(ui.forum_post(luca, "giulia.b@")).to_have_count(0)
    ui.screenshot(giulia, "54-forum-reply-held")

    ui.review_link(anna).click()
    item = ui.waiting(anna)
    expect(item).to_contain_text("giulia.b@example.com")
    expect(item).to_contain_text(t("content.forum_post"))
    expect(item).to_contain_text(t("review.finding", kind=t("finding.email"), excerpt="giulia"))
    expect(item.get_by_role("button", name=t("review.edit"))).to_have_count(0)
    ui.screenshot(anna, "55-forum-review-queue")
    item.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B.")).click()
    expect(item).to_have_count(0)
    ui.expect_waiting(anna, 0)

    expect(ui.forum_post(luca, "giulia.b@example.com")).to_be_visible()
    expect(held).not_to_contain_text(t("chat.held"))
    anna.go_back()
    expect(ui.forum_post(anna, "giulia.b@example.com")).to_be_visible()


# Markup a pupil might type or a script might send to the API: none of it may
# become an element of the page or run.
TYPED = "<img src=x onerror=alert(1)><script>alert(2)</script><b onmouseover=alert(3)>hi</b>"
RAW = (
    '<p>Raw <img src="x" onerror="alert(4)"></p><script>alert(5)</script>'
    '<a href="javascript:alert(6)">click me</a><svg onload="alert(7)"></svg>'
    '<iframe src="javascript:alert(8)"></iframe><p onclick="alert(9)" style="color:red">styled</p>'
    '<a href="https://europa.eu" onmouseover="alert(10)">Europa</a>'
)


def test_markup_typed_into_the_editor_or_sent_raw_never_runs(
    new_page: Callable[..., Page],
    server: ServerProcess,
    space: seed.Partnership,
    topic: tuple[int, int],
):
    _, topic_id = topic
    anna = teacher_at(new_page, space, str(topic_id))
    giulia = pupil_in_space(new_page, space)
    open_topic(giulia)
    dialogs: list[str] = []
    for page in (anna, giulia):
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))

    ui.reply(giulia, TYPED)
    seed.forum_reply(server.url, ANNA, topic_id, RAW)
    for page in (anna, giulia):
        typed = ui.forum_post(page, "onerror=alert(1)")
        expect(typed.get_by_text(TYPED, exact=True)).to_be_visible()
        raw = ui.forum_post(page, "styled")
        expect(raw).to_contain_text("click me")
        expect(raw.get_by_role("link", name="Europa")).to_have_attribute(
            "href", "https://europa.eu"
        )
        posts = page.get_by_role("article")
        expect(posts.locator("img, script, svg, iframe, b")).to_have_count(0)
        expect(
            posts.locator("[onerror], [onclick], [onload], [onmouseover], [style]")
        ).to_have_count(0)
        expect(posts.locator('a[href^="javascript"]')).to_have_count(0)

    giulia.reload()
    ui.heading(giulia, TITLE)
    expect(ui.forum_post(giulia, "onerror=alert(1)").get_by_text(TYPED, exact=True)).to_be_visible()
    expect(giulia.get_by_role("article").locator("img, script, svg, iframe")).to_have_count(0)
    assert dialogs == []
