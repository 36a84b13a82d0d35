"""What a newcomer stumbled on in the web client, each kept from coming back.

One server and one partnership serve these tests; each looks at its own corner.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from tests.browser import seed, ui
from tests.browser.people import pupil_in_space, teacher_in_space
from tests.browser.ui import ANNA, PIOTR, t, text
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Mountains and Valleys"


@pytest.fixture(scope="module")
def server(module_server: ServerProcess) -> ServerProcess:
    return module_server


@pytest.fixture(scope="module")
def space(server: ServerProcess) -> seed.Partnership:
    made = seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])
    seed.school_class(server.url, ANNA, "5C", ["Marco T", "Sara K"])
    return made


def member_row(page: Page, name: str):
    members = page.get_by_role("table", name=t("members.caption", title=TITLE))
    return members.locator("tbody tr").filter(has=page.get_by_role("rowheader", name=name))


def test_add_a_class_offers_only_classes_not_in_the_space(
    new_page: Callable[..., Page], space: seed.Partnership
) -> None:
    anna = teacher_in_space(new_page, space, ANNA.email)
    ui.open_tab(anna, ui.MEMBERS)
    adding = anna.get_by_role("region", name=t("space_classes.title"))
    choice = adding.get_by_label(t("space_classes.class"), exact=True)
    expect(choice.get_by_role("option")).to_have_text(
        [t("space_classes.option", name="5C", count=2)]
    )
    adding.get_by_role("button", name=t("space_classes.submit")).click()
    added = t("space_classes.added", count=2)
    expect(adding.get_by_role("status")).to_have_text(added)
    expect(adding).to_contain_text(t("space_classes.all_added"))
    expect(adding.get_by_role("button", name=t("space_classes.submit"))).to_have_count(0)
    expect(member_row(anna, "Sara K.")).to_have_count(1)


def test_a_teacher_administrator_cannot_remove_themselves(
    new_page: Callable[..., Page], space: seed.Partnership
) -> None:
    anna = teacher_in_space(new_page, space, ANNA.email)
    ui.open_tab(anna, ui.MEMBERS)
    remove = anna.get_by_role("button", name=t("members.remove"))
    expect(member_row(anna, PIOTR.name).get_by_role("button")).to_have_count(1)
    expect(member_row(anna, PIOTR.name).get_by_role("button")).to_have_text(t("members.remove"))
    expect(member_row(anna, ANNA.name)).to_contain_text(t("members.you"))
    expect(member_row(anna, ANNA.name).get_by_role("button")).to_have_count(0)
    expect(remove.first).to_be_visible()


def test_the_role_select_shows_the_whole_role_in_italian(
    new_page: Callable[..., Page], space: seed.Partnership
) -> None:
    anna = teacher_in_space(new_page, space, ANNA.email)
    ui.open_tab(anna, ui.MEMBERS)
    ui.choose_language(anna, "it")
    role = anna.get_by_label(text("it", "members.role_of", name=ANNA.name))
    expect(role).to_have_value("teacher_admin")
    # The width the select needs for its widest option, against the width it has.
    needed, given = role.evaluate(
        """(select) => {
            const probe = select.cloneNode(true);
            probe.style.cssText = "position: absolute; visibility: hidden; width: max-content";
            document.body.append(probe);
            const needed = probe.getBoundingClientRect().width;
            probe.remove();
            return [needed, select.getBoundingClientRect().width];
        }"""
    )
    ui.screenshot(anna, "60-members-italian")
    assert given >= needed, f"the select is {given:.0f} px wide, its roles need {needed:.0f} px"
    ui.choose_language(anna, "en")


def test_a_visitor_before_login_sees_no_error_in_the_console(
    new_page: Callable[..., Page],
) -> None:
    page = new_page()
    logged: list[str] = []

    def record(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            logged.append(message.text)

    page.on("console", record)
    page.goto("/")
    ui.heading(page, t("login.title"))
    page.reload()
    ui.heading(page, t("login.title"))
    assert logged == []


# A word longer than a phone is wide, a long link, and emoji in a row.
LONG_LINES = [
    "Donaudampfschifffahrtsgesellschaftskapitänswitwe" * 3,
    "https://europa.eu/learning-corner/the-rivers-and-mountains-of-europe/"
    + "with-a-path-that-goes-on-and-on-and-on-and-never-stops-at-all?page=12345678901234567890",
    "🏔️" * 50,
]


def overflow(page: Page) -> dict[str, int]:
    """How far the page is wider than the screen, and how many chat messages or
    texts of the chat and review panel stick out of their boxes."""
    return page.evaluate(
        """() => {
            const page = document.documentElement;
            const scroll = document.querySelector(".chat-scroll");
            const box = scroll && scroll.getBoundingClientRect();
            return {
                page: page.scrollWidth - page.clientWidth,
                messages: [...document.querySelectorAll(".chat-message")]
                    .map((m) => m.getBoundingClientRect())
                    .filter((m) => box && (m.left < box.left || m.right > box.right)).length,
                texts: [...document.querySelectorAll(".chat-text, .review-text, .finding")]
                    .filter((p) => p.scrollWidth > p.clientWidth).length,
            };
        }"""
    )


def test_long_words_links_and_emoji_stay_inside_the_chat_on_a_phone(
    new_page: Callable[..., Page], server: ServerProcess, space: seed.Partnership
) -> None:
    seed.chat_lines(server.url, ANNA, space.space_id, LONG_LINES)
    anna = teacher_in_space(new_page, space, ANNA.email, viewport=ui.PHONE)
    giulia = pupil_in_space(new_page, space, viewport=ui.PHONE)
    ui.expect_chat(giulia, [line[:20] for line in LONG_LINES])
    held = "look: https://games.example.com/" + "level" * 30  # a link that waits for a teacher
    ui.write(giulia, held)
    expect(ui.line(giulia, held[:20])).to_contain_text(t("chat.held"))
    ui.screenshot(giulia, "61-long-lines-pupil-phone")
    ui.screenshot(anna, "62-long-lines-teacher-phone")
    assert overflow(giulia) == {"page": 0, "messages": 0, "texts": 0}
    assert overflow(anna) == {"page": 0, "messages": 0, "texts": 0}
    ui.expect_waiting(anna, 1)
    ui.review_link(anna).click()
    expect(ui.waiting(anna)).to_contain_text(held[:20])
    ui.screenshot(anna, "63-long-lines-review-phone")
    assert overflow(anna) == {"page": 0, "messages": 0, "texts": 0}
