"""The whole road in each of the six languages: a teacher and a pupil log in,
open their space and chat; no catalogue key ever shows instead of its words,
dates follow the reader's region, and the header keeps to its rows.

One server and one partnership serve the six tests: each language's messages
are its own lines in the same space, as in a real multilingual project.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser import seed, ui
from tests.browser.ui import ANNA, PASSWORD, text
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Birds of Europe"
# The browser each reader has: their language, with their country's habits.
BROWSER_LOCALES = {
    "de": "de-DE",
    "en": "en-GB",
    "es": "es-ES",
    "fr": "fr-FR",
    "it": "it-IT",
    "pl": "pl-PL",
}
# What a raw key looks like on screen, when a message is missing: every key
# of the catalogue, plural messages by their base key as t() names them.
KEYS = {
    re.sub(r"\.(zero|one|two|few|many|other)$", "", key)
    for key in json.loads((ui.ROOT / "web" / "i18n" / "en.json").read_text(encoding="utf-8"))
}
# A time of day in 24 hours, as British and continental readers write it.
TIME_24H = re.compile(r"^\d{1,2}[:.]\d{2}$")


@pytest.fixture(scope="module")
def server(module_server: ServerProcess) -> ServerProcess:
    return module_server


@pytest.fixture(scope="module")
def space(server: ServerProcess) -> seed.Partnership:
    return seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])


def shown_keys(page: Page) -> list[str]:
    """Catalogue keys the page shows as they are, in its text or in what a
    screen reader or a tooltip says."""
    said = page.evaluate(
        """() => [
            document.title,
            document.body.innerText,
            ...[...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap(
                (e) => [e.getAttribute("aria-label"), e.title, e.getAttribute("placeholder")],
            ),
        ].filter(Boolean).join("\\n")"""
    )
    return sorted(key for key in KEYS if key in said)


def header_rows(page: Page) -> int:
    """How many rows the header's parts (brand, links, greeting, menu, logout) take."""
    tops = page.evaluate(
        """() => [...document.querySelectorAll(
            ".brand, .app-header nav a, .who, .language > summary, .header-tools > button")]
            .filter((e) => e.getBoundingClientRect().width > 1)
            .map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })"""
    )
    rows: list[float] = []
    for middle in sorted(tops):
        if not rows or middle - rows[-1] > 12:  # px: parts of one row differ by a few pixels
            rows.append(middle)
    return len(rows)


def write(page: Page, language: str, line: str) -> None:
    """Types a line into the room for everyone and sends it with Enter."""
    room = text(language, "chat.room_general")
    box = page.get_by_label(text(language, "chat.write_in", room=room))
    box.fill(line)
    box.press("Enter")
    expect(box).to_have_value("")


def enter_in(page: Page, language: str, login: str, password: str) -> None:
    """Picks the language on the login page, then logs in: the page stays in it."""
    page.goto("/")
    ui.heading(page, text(language, "login.title"))  # the browser's own language
    ui.choose_language(page, language)
    # drawn anew in the language chosen (the focus stays on the menu)
    expect(page.get_by_role("heading", level=1)).to_have_text(text(language, "login.title"))
    page.get_by_label(text(language, "login.login")).fill(login)
    page.get_by_label(text(language, "login.password")).fill(password)
    page.keyboard.press("Enter")
    ui.heading(page, text(language, "spaces.title"))
    page.get_by_role("link", name=TITLE).click()
    ui.heading(page, TITLE)
    open_tab(page, language, "space.tab_chat")
    status = page.get_by_role("status").filter(has_text=text(language, "chat.status_connected"))
    expect(status).to_be_visible()


def open_tab(page: Page, language: str, key: str) -> None:
    """Follows one of the space's tabs, named in the page's language."""
    tabs = page.get_by_role("navigation", name=text(language, "space.tabs"))
    tab = tabs.get_by_role("link", name=re.compile(f"^{re.escape(text(language, key))}"))
    tab.click()
    expect(tab).to_have_attribute("aria-current", "page")


@pytest.mark.parametrize("language", sorted(BROWSER_LOCALES))
def test_a_teacher_and_a_pupil_chat_in_their_language(
    new_page: Callable[..., Page], space: seed.Partnership, language: str
) -> None:
    locale = BROWSER_LOCALES[language]
    anna = new_page(locale=locale)
    enter_in(anna, language, ANNA.email, PASSWORD)
    pupil = space.pupils[0]
    giulia = new_page(viewport=ui.PHONE, locale=locale)
    enter_in(giulia, language, pupil.username, pupil.password)

    hello = f"Hello in {language}!"
    write(anna, language, hello)
    everyone = text(language, "chat.room_general")
    log = giulia.get_by_role("log", name=text(language, "chat.messages_in", room=everyone))
    line = log.get_by_role("listitem").filter(has_text=hello)
    expect(line).to_be_visible()
    expect(line.locator("time")).to_have_text(TIME_24H)
    report = line.get_by_role("button", name=text(language, "chat.report"))
    expect(report).to_have_accessible_name(re.compile(rf"{re.escape(ANNA.name)}, \d"))

    held = f"{language}: my number is +39 347 123 4567"
    write(giulia, language, held)
    mine = log.get_by_role("listitem").filter(has_text=held)
    expect(mine).to_contain_text(text(language, "chat.held"))
    open_tab(anna, language, "review.title")
    waiting = anna.get_by_role("region", name=text(language, "review.title"), exact=True)
    expect(waiting).to_contain_text(held)
    expect(waiting).to_contain_text(text(language, "review.count", count=1))

    ui.screenshot(anna, f"50-{language}-teacher")
    ui.screenshot(giulia, f"51-{language}-pupil-phone")
    assert shown_keys(anna) == []
    assert shown_keys(giulia) == []
    assert header_rows(anna) == 1, "the header wraps on a tablet"
    assert header_rows(giulia) <= 2, "the header takes more than two rows on a phone"

    approve = re.compile(f"^{re.escape(text(language, 'review.approve'))}$")
    waiting.get_by_role("button").filter(has_text=approve).click()
    expect(mine).not_to_contain_text(text(language, "chat.held"))
    expect(waiting).to_contain_text(text(language, "review.count", count=0))
