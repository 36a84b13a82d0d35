"""A pupil and a teacher who use only the keyboard: Tab to move, Enter to act,
typing to write. No click, no mouse, from the login page to an approved message."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser import seed, ui
from tests.browser.ui import ANNA, PASSWORD, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Seas and Islands"
# More stops than any page has before its last control: a safe bound, not a target.
MOST_TABS = 150


def tab_to(page: Page, target: Locator, backwards: bool = False) -> None:
    """Presses Tab (Shift+Tab backwards) until ``target`` has the keyboard focus."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(MOST_TABS):
        if target.evaluate("(element) => element === document.activeElement"):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{key} never reached {target}")


def log_in_by_keyboard(page: Page, login: str, password: str) -> None:
    page.goto("/")
    ui.heading(page, t("login.title"))
    tab_to(page, page.get_by_label(t("login.login")))
    page.keyboard.type(login)
    tab_to(page, page.get_by_label(t("login.password")))
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    ui.heading(page, t("spaces.title"))
    tab_to(page, page.get_by_role("link", name=TITLE))
    page.keyboard.press("Enter")
    ui.heading(page, TITLE)
    open_tab_by_keyboard(page, ui.CHAT)
    ui.expect_connection(page, "chat.status_connected")


def open_tab_by_keyboard(page: Page, name: str) -> None:
    tab = ui.tab_link(page, name)
    tab_to(page, tab)
    page.keyboard.press("Enter")
    expect(tab).to_have_attribute("aria-current", "page")


def write_by_keyboard(page: Page, line: str) -> None:
    box = page.get_by_label(t("chat.write_in", room=ui.EVERYONE))
    tab_to(page, box)
    page.keyboard.type(line)
    page.keyboard.press("Enter")
    expect(box).to_have_value("")


def test_log_in_chat_report_and_approve_with_the_keyboard_only(
    new_page: Callable[..., Page], server: ServerProcess
) -> None:
    space = seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])
    giulia, anna = new_page(), new_page()
    giulia.goto("/")
    ui.heading(giulia, t("login.title"))
    menu = ui.language_menu(giulia)
    tab_to(giulia, menu)
    giulia.keyboard.press("Enter")
    tab_to(giulia, giulia.get_by_role("button", name="Deutsch", exact=True))
    giulia.keyboard.press("Escape")  # not now, after all: the menu closes
    expect(giulia.get_by_role("button", name="Deutsch", exact=True)).to_be_hidden()
    expect(menu).to_be_focused()
    pupil = space.pupils[0]
    log_in_by_keyboard(giulia, pupil.username, pupil.password)
    log_in_by_keyboard(anna, ANNA.email, PASSWORD)

    write_by_keyboard(giulia, "Hello from the keyboard!")
    ui.expect_chat(anna, ["Hello from the keyboard!"])
    write_by_keyboard(anna, "You are all too slow")
    ui.expect_chat(giulia, ["Hello from the keyboard!", "too slow"])

    report = ui.line(giulia, "too slow").get_by_role("button", name=t("chat.report"))
    expect(report).to_have_accessible_name(
        re.compile(r"^Report message from Anna Rossi, \d{2}:\d{2}$")
    )
    tab_to(giulia, report, backwards=True)
    giulia.keyboard.press("Enter")
    reason = ui.small_form(giulia, t("report.title")).get_by_label(t("report.reason"))
    expect(reason).to_be_focused()
    giulia.keyboard.type("That is not kind")
    ui.screenshot(giulia, "70-keyboard-report-form")
    tab_to(giulia, giulia.get_by_role("button", name=t("report.submit")))
    giulia.keyboard.press("Enter")
    expect(ui.chat(giulia).get_by_role("status").filter(has_text=t("report.sent"))).to_be_visible()
    expect(report).to_be_focused()  # back where the form was opened from
    tab_to(anna, ui.review_link(anna))  # the header's link, from any tab
    anna.keyboard.press("Enter")
    expect(ui.reports(anna)).to_contain_text("That is not kind")

    write_by_keyboard(giulia, "call me on +39 347 123 4567")
    held = ui.waiting(anna)
    expect(held).to_have_count(1)
    approve = held.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B."))
    tab_to(anna, approve)
    ui.screenshot(anna, "71-keyboard-approve")
    anna.keyboard.press("Enter")
    expect(held).to_have_count(0)
    open_tab_by_keyboard(anna, ui.CHAT)
    ui.expect_chat(anna, ["Hello from the keyboard!", "too slow", "+39 347"])
    ui.expect_chat(giulia, ["Hello from the keyboard!", "too slow", "+39 347"])
