"""What a person does in the web client, step by step, through the page only.

Labels and headings come from the English catalogue, so the steps follow the
words a user reads rather than CSS classes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Locator, Page, ViewportSize, expect

from twinspace.i18n import Catalogues

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
EN: dict[str, str] = json.loads((ROOT / "web" / "i18n" / "en.json").read_text(encoding="utf-8"))
CATALOGUES = Catalogues(ROOT / "web" / "i18n")
AXE_FILE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# Where a test page finds axe-core: answered by the test (conftest.py), not the server.
AXE_PATH = "/test-tools/axe.min.js"
# The rules of WCAG 2.0 and 2.1, levels A and AA, as axe-core tags them.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def t(key: str, **params: object) -> str:
    """The English message, its plural form picked by ``count`` as the page does."""
    return text("en", key, **params)


def text(language: str, key: str, **params: object) -> str:
    """The message in ``language`` (tests/test_catalogues.py keeps every key in each)."""
    assert key in EN or f"{key}.other" in EN, key
    return CATALOGUES.translate(language, key, **params)


def pattern(key: str, **params: object) -> re.Pattern[str]:
    """The message as a pattern, its placeholders not in params matching any text."""
    parts = re.split(r"(\{\w+\})", EN[key])
    return re.compile(
        "".join(
            re.escape(str(params[part[1:-1]]))
            if part[1:-1] in params
            else ".+"
            if part.startswith("{")
            else re.escape(part)
            for part in parts
        )
    )


@dataclass(frozen=True)
class Teacher:
    name: str
    email: str
    country: str
    school: str
    town: str


ANNA = Teacher("Anna Rossi", "anna@scuola.example", "IT", "Scuola Media Dante Alighieri", "Firenze")
PIOTR = Teacher("Piotr Nowak", "piotr@szkola.example", "PL", "Szkoła Podstawowa nr 5", "Kraków")
PASSWORD = "correct horse battery"
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 800}


@dataclass(frozen=True)
class Login:
    name: str
    username: str
    password: str


# Each language as the language menu names it: in its own words.
LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "pl": "Polski",
}


def language_menu(page: Page) -> Locator:
    """The header's language menu button, which shows the page's language."""
    return page.get_by_role("banner").locator("summary")


def choose_language(page: Page, language: str) -> None:
    """Opens the language menu and picks ``language``; the page shows it at once."""
    language_menu(page).click()
    page.get_by_role("button", name=LANGUAGE_NAMES[language], exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(language_menu(page)).to_contain_text(LANGUAGE_NAMES[language])


def check_accessibility(page: Page) -> None:
    """axe-core finds no violation of WCAG 2.1 AA in the page as it is now."""
    if not page.evaluate("() => 'axe' in window"):
        page.add_script_tag(url=AXE_PATH)
    violations = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
            return result.violations.map((v) => ({
                rule: v.id,
                help: v.help,
                where: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
            }));
        }""",
        WCAG_21_AA,
    )
    assert violations == [], f"{page.url}: {violations}"


def screenshot(page: Page, name: str) -> None:
    """Keeps a picture of the page for people to look at; its state is checked by axe too."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    check_accessibility(page)


def heading(page: Page, text: str) -> None:
    """The page shows this main heading, keyboard focus has moved to it, and
    axe-core finds nothing in it against WCAG 2.1 AA."""
    main_heading = page.get_by_role("heading", level=1)
    expect(main_heading).to_have_text(text)
    expect(main_heading).to_be_focused()
    check_accessibility(page)


def navigate(page: Page, link: str, title: str) -> None:
    """Follows a link of the main navigation."""
    page.get_by_role("navigation").get_by_role("link", name=link).click()
    heading(page, title)


def register_teacher(
    page: Page, teacher: Teacher, start: str = "/", lands_on: str = "", shot: str = ""
) -> None:
    """Registers from the login page at ``start``, with a new school; logs in."""
    page.goto(start)
    heading(page, t("login.title"))
    page.get_by_role("link", name=t("login.register_link")).click()
    heading(page, t("register.title"))
    page.get_by_label(t("register.name")).fill(teacher.name)
    page.get_by_label(t("register.email")).fill(teacher.email)
    page.get_by_label(t("register.password"), exact=True).fill(PASSWORD)
    page.get_by_label(t("register.country")).fill(teacher.country)
    page.get_by_role("button", name=t("register.find_schools")).click()
    expect(page.get_by_role("status").filter(has_text=teacher.country)).to_be_visible()
    page.get_by_label(t("register.new_school")).check()
    page.get_by_label(t("register.school_name")).fill(teacher.school)
    page.get_by_label(t("register.school_town")).fill(teacher.town)
    if shot:
        screenshot(page, shot)
    page.get_by_role("button", name=t("register.submit")).click()
    heading(page, lands_on or t("spaces.title"))


def try_log_in(page: Page, login: str, password: str) -> None:
    """Fills in the login form and sends it from the keyboard."""
    if not page.url.endswith("#/login"):
        page.goto("/#/login")
        heading(page, t("login.title"))
    page.get_by_label(t("login.login")).fill(login)
    page.get_by_label(t("login.password")).fill(password)
    page.keyboard.press("Enter")


def log_in(page: Page, login: str, password: str) -> None:
    try_log_in(page, login, password)
    heading(page, t("spaces.title"))


def log_out(page: Page) -> None:
    page.get_by_role("button", name=t("header.logout")).click()
    heading(page, t("login.title"))


def create_class(page: Page, name: str, pupils: list[str]) -> list[Login]:
    """Creates the class and reads the logins the page shows once."""
    navigate(page, t("nav.classes"), t("classes.title"))
    page.get_by_label(t("classes.name")).fill(name)
    page.get_by_label(t("pupils.list")).fill("\n".join(pupils))
    page.get_by_role("button", name=t("classes.create")).click()
    return shown_logins(page, t("credentials.new_class", name=name), len(pupils))


def shown_logins(page: Page, title: str, count: int) -> list[Login]:
    """The usernames and passwords the page shows once, under ``title``."""
    table = page.get_by_role("region", name=title).get_by_role("table")
    expect(table.locator("tbody tr")).to_have_count(count)
    return [
        Login(*(cell.strip() for cell in row.locator("th, td").all_inner_texts()))
        for row in table.locator("tbody tr").all()
    ]


def create_space(page: Page, title: str) -> int:
    navigate(page, t("nav.spaces"), t("spaces.title"))
    page.get_by_label(t("space.field_title")).fill(title)
    page.get_by_label(t("space.field_description")).fill(f"Partner classes explore {title}.")
    page.get_by_label(t("space.field_languages")).fill("en, it, pl")
    page.get_by_role("button", name=t("spaces.create")).click()
    heading(page, title)
    return space_id(page)


def space_id(page: Page) -> int:
    match = re.search(r"#/spaces/(\d+)(/|$)", page.url)
    assert match, page.url
    return int(match.group(1))


def invitation_code(page: Page) -> str:
    code = page.get_by_label(t("invitation.code")).input_value()
    expect(page.get_by_label(t("invitation.link"))).to_have_value(re.compile(f"#/join/{code}$"))
    return code


def join_space(page: Page, code: str, title: str) -> None:
    navigate(page, t("nav.spaces"), t("spaces.title"))
    page.get_by_label(t("join.code")).fill(code)
    page.get_by_role("button", name=t("join.submit")).click()
    heading(page, title)


def open_space(page: Page, title: str) -> None:
    page.get_by_role("link", name=title).click()
    heading(page, title)


def space_tabs(page: Page) -> Locator:
    return page.get_by_role("navigation", name=t("space.tabs"))


def open_tab(page: Page, name: str) -> None:
    """Follows one of the space's tabs; it becomes the current one, its panel's heading focused."""
    tab = space_tabs(page).get_by_role("link", name=re.compile(f"^{re.escape(name)}"))
    tab.click()
    expect(tab).to_have_attribute("aria-current", "page")
    expect(page.locator(".space-panel:not([hidden]) h2").first).to_be_focused()


OVERVIEW = t("space.tab_overview")
LIVE = t("space.tab_live")
CHAT = t("space.tab_chat")
FORUMS = t("space.tab_forum")
MEMBERS = t("space.tab_members")
REVIEW = t("review.title")
SAFETY = t("safety.title")


def add_class(page: Page, class_name: str, pupils: int) -> None:
    page.get_by_label(t("space_classes.class"), exact=True).select_option(
        label=t("space_classes.option", name=class_name, count=pupils)
    )
    page.get_by_role("button", name=t("space_classes.submit")).click()
    expect(
        page.get_by_role("status").filter(has_text=t("space_classes.added", count=pupils))
    ).to_be_visible()


def member_names(page: Page) -> list[str]:
    members = page.get_by_role("table", name=re.compile(t("members.caption", title="")))
    names = members.locator("tbody th").all_inner_texts()
    return sorted(name.replace(t("members.you"), "").strip() for name in names)


def space_titles(page: Page) -> list[str]:
    cards = page.get_by_role("list", name=t("spaces.title")).get_by_role("heading")
    return cards.all_inner_texts()


# ---------------------------------------------------------------- chat

EVERYONE = t("chat.room_general")
TEACHERS_ROOM = t("chat.room_staff")


def go_to_space(page: Page, space: int, title: str, tab: str = "chat") -> None:
    """Opens a tab of the space by its address (#/spaces/7/chat)."""
    page.goto(f"/#/spaces/{space}/{tab}")
    heading(page, title)


def chat(page: Page) -> Locator:
    return page.get_by_role("region", name=t("chat.title"), exact=True)


def chat_log(page: Page, room: str = EVERYONE) -> Locator:
    return page.get_by_role("log", name=t("chat.messages_in", room=room))


def write(page: Page, text: str, room: str = EVERYONE) -> None:
    """Types a line into a room's box and sends it with Enter."""
    box = page.get_by_label(t("chat.write_in", room=room))
    box.fill(text)
    box.press("Enter")
    expect(box).to_have_value("")


def expect_chat(page: Page, texts: list[str], room: str = EVERYONE, timeout: float = 5_000) -> None:
    """The room shows exactly these messages, in this order, none still sending."""
    items = chat_log(page, room).get_by_role("listitem")
    expect(items).to_have_count(len(texts), timeout=timeout)
    for item, text in zip(items.all(), texts, strict=True):
        expect(item).to_contain_text(text)
    expect(chat_log(page, room).get_by_text(t("chat.sending"))).to_have_count(0)


def expect_connection(page: Page, status_key: str, timeout: float = 5_000) -> None:
    status = chat(page).get_by_role("status").filter(has_text=t(status_key))
    expect(status).to_be_visible(timeout=timeout)


def expect_online(page: Page, names: list[str]) -> None:
    online = chat(page).get_by_role("region", name=t("chat.online", count=len(names)))
    people = online.get_by_role("listitem")
    expect(people).to_have_count(len(names))
    shown = [name.replace(t("members.you"), "").strip() for name in people.all_inner_texts()]
    assert sorted(shown) == sorted(names)


# ---------------------------------------------------------------- moderation


def line(page: Page, text: str, room: str = EVERYONE) -> Locator:
    """The chat message with this text."""
    return chat_log(page, room).get_by_role("listitem").filter(has_text=text)


def small_form(page: Page, title: str) -> Locator:
    """The small form that opened under a message or a review item."""
    return page.get_by_role("form", name=title)


def review_panel(page: Page) -> Locator:
    return page.get_by_role("region", name=t("review.title"), exact=True)


def review_link(page: Page) -> Locator:
    """The header's link to the space's review queue, with the count of waiting items."""
    header = page.get_by_role("navigation", name=t("nav.label"))
    return header.get_by_role("link", name=re.compile(f"^{re.escape(t('space.review_link'))}"))


def expect_waiting(page: Page, count: int) -> None:
    """The header says this many items wait for review (nothing, at zero)."""
    link = review_link(page)
    if count:
        expect(link).to_have_accessible_name(
            f"{t('space.review_link')} ({t('review.count', count=count)})"
        )
    else:
        expect(link).to_have_accessible_name(t("space.review_link"))


def waiting(page: Page) -> Locator:
    """The messages waiting for a teacher, in the review panel."""
    held = review_panel(page).get_by_role("region", name=t("review.held_title"))
    return held.get_by_role("listitem")


def reports(page: Page) -> Locator:
    return review_panel(page).get_by_role("region", name=t("reports.title")).get_by_role("listitem")


# ---------------------------------------------------------------- forums


def forum_post(page: Page, text: str) -> Locator:
    """The post of the topic shown that holds this text."""
    return page.get_by_role("article").filter(has_text=text)


def reply_box(page: Page) -> Locator:
    return page.get_by_role("textbox", name=t("forum.reply_label"))


def reply(page: Page, text: str) -> None:
    """Types a reply in the topic's editor and sends it; the editor is empty again."""
    box = reply_box(page)
    box.click()
    page.keyboard.type(text)
    page.get_by_role("button", name=t("forum.reply_send")).click()
    expect(box).to_have_text("")


def tab_link(page: Page, name: str) -> Locator:
    return space_tabs(page).get_by_role("link", name=re.compile(f"^{re.escape(name)}"))


def expect_forum_news(page: Page, count: int) -> None:
    """The Forums tab says how many posts are new to the reader (nothing, at zero)."""
    news = f" ({t('forum.unread', count=count)})" if count else ""
    expect(tab_link(page, FORUMS)).to_have_accessible_name(f"{FORUMS}{news}")


# ---------------------------------------------------------------- pages

PAGES = t("space.tab_pages")


def open_page(page: Page, space: int, space_title: str, page_id: int, title: str) -> None:
    """Opens a shared page by its address (#/spaces/7/pages/3); its title shows."""
    go_to_space(page, space, space_title, tab=f"pages/{page_id}")
    expect(page.get_by_role("heading", level=2)).to_have_text(title)


def page_editor(page: Page, title: str) -> Locator:
    """The live editor of the page shown."""
    return page.get_by_role("textbox", name=t("pages.editor_label", title=title))


def expect_saved(page: Page) -> None:
    """The editor says every change made in it is stored."""
    saved = re.compile(f"^{re.escape(t('pages.status_saved'))}$")
    expect(page.get_by_role("status").filter(has_text=saved)).to_be_visible()


def page_button(page: Page, key: str, **params: object) -> Locator:
    return page.get_by_role("button", name=t(key, **params), exact=True)


# ---------------------------------------------------------------- live sessions


def live_room(page: Page, section: str) -> Locator:
    """A part of a live session's room, by its heading ("Poll", "Questions", "Hands up")."""
    return page.get_by_role("region", name=section, exact=True)


def poll_result(page: Page, option: str) -> Locator:
    """The line of the poll's chart for one answer: its words, its votes and share."""
    results = live_room(page, t("live.poll")).get_by_role("list", name=t("live.results"))
    return results.get_by_role("listitem").filter(has_text=option)


def expect_votes(page: Page, option: str, count: int, percent: int) -> None:
    expect(poll_result(page, option)).to_contain_text(t("live.votes", count=count, percent=percent))


def expect_questions(page: Page, texts: list[str]) -> None:
    """The room shows exactly these questions, in this order."""
    listed = live_room(page, t("live.questions")).get_by_role("list").get_by_role("listitem")
    expect(listed).to_have_count(len(texts))
    for index, text in enumerate(texts):
        expect(listed.nth(index)).to_contain_text(text)
