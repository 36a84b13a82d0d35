"""The live chat of a space, between real Chromium pages on their own devices."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, WebSocketRoute, expect

from tests.browser import seed, ui
from tests.browser.people import pupil_enters, pupil_in_space, teacher_in_space
from tests.browser.ui import ANNA, PIOTR, TEACHERS_ROOM, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Rivers of Europe"


@pytest.fixture
def space(server: ServerProcess) -> seed.Partnership:
    return seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])


def test_teacher_and_pupil_chat_live(new_page: Callable[..., Page], space: seed.Partnership):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    ui.expect_online(anna, [ANNA.name, "Giulia B."])
    ui.expect_online(giulia, [ANNA.name, "Giulia B."])

    box = giulia.get_by_label(t("chat.write_in", room=ui.EVERYONE))
    box.press_sequentially("Ciao from Firenze!")
    expect(anna.get_by_text(t("chat.typing_one", name="Giulia B."))).to_be_visible()
    expect(giulia.get_by_text(t("chat.typing_one", name="Giulia B."))).to_have_count(0)
    box.press("Shift+Enter")
    box.press_sequentially("We have a river too.")
    box.press("Enter")
    ui.expect_chat(anna, ["Ciao from Firenze!"])
    ui.expect_chat(giulia, ["Ciao from Firenze!"])
    message = ui.chat_log(anna).get_by_role("listitem").first
    assert "Ciao from Firenze!\nWe have a river too." in message.inner_text()
    expect(anna.get_by_text(t("chat.typing_one", name="Giulia B."))).to_have_count(0)

    ui.write(anna, "Benvenuti! Which river is yours?")
    ui.expect_chat(giulia, ["Ciao from Firenze!", "Which river is yours?"])
    ui.expect_chat(anna, ["Ciao from Firenze!", "Which river is yours?"])
    ui.screenshot(anna, "20-chat-teacher-tablet")
    ui.screenshot(giulia, "21-chat-pupil-tablet")

    giulia.get_by_role("link", name=t("space.back")).click()
    ui.heading(giulia, t("spaces.title"))
    ui.expect_online(anna, [ANNA.name])


def test_chat_text_is_shown_as_text(new_page: Callable[..., Page], space: seed.Partnership):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    dialogs: list[str] = []
    for page in (anna, giulia):
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))

    markup = "<img src=x onerror=alert(1)><b>bold</b>"
    ui.write(giulia, markup)
    for page in (anna, giulia):
        ui.expect_chat(page, [markup])
        expect(ui.chat_log(page).get_by_text(markup, exact=True)).to_be_visible()
        expect(ui.chat_log(page).locator("b, img")).to_have_count(0)

    anna.reload()
    ui.heading(anna, TITLE)
    expect(ui.chat_log(anna).get_by_text(markup, exact=True)).to_be_visible()
    expect(ui.chat_log(anna).locator("b, img")).to_have_count(0)
    assert dialogs == []


def test_authors_edit_their_lines_and_teachers_remove_any(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    ui.write(giulia, "The Arno is the longets river")
    ui.write(giulia, "Oops, wrong room")
    ui.expect_chat(anna, ["longets", "wrong room"])

    mine = ui.chat_log(giulia).get_by_role("listitem").first
    mine.get_by_role("button", name=t("chat.edit")).click()
    editor = giulia.get_by_label(t("chat.edit_label"))
    expect(editor).to_be_focused()
    editor.fill("The Arno is the longest river in Tuscany")
    editor.press("Enter")
    first = ui.chat_log(anna).get_by_role("listitem").first
    expect(first).to_contain_text("longest river in Tuscany")
    expect(first).to_contain_text(t("chat.edited"))
    expect(ui.chat_log(anna).get_by_text("longets")).to_have_count(0)

    second = ui.chat_log(anna).get_by_role("listitem").nth(1)
    expect(second.get_by_role("button", name=t("chat.edit"))).to_have_count(0)
    second.get_by_role("button", name=t("chat.remove")).click()
    anna.get_by_role("button", name=t("removal.submit")).click()
    ui.expect_chat(giulia, ["longest river in Tuscany"])
    ui.expect_chat(anna, ["longest river in Tuscany"])
    others = ui.chat_log(giulia).get_by_role("listitem")
    expect(others.get_by_role("button", name=t("chat.delete"))).to_have_count(1)


def test_earlier_messages_load_above(
    new_page: Callable[..., Page], server: ServerProcess, space: seed.Partnership
):
    # 51 lines from two teachers: a page is 50, and each stays under the rate limit.
    seed.chat_lines(server.url, ANNA, space.space_id, [f"Anna {n}" for n in range(26)])
    seed.chat_lines(server.url, PIOTR, space.space_id, [f"Piotr {n}" for n in range(25)])
    giulia = pupil_in_space(new_page, space)
    items = ui.chat_log(giulia).get_by_role("listitem")
    expect(items).to_have_count(50)
    expect(items.first.get_by_text("Anna 1", exact=True)).to_be_visible()
    expect(items.last.get_by_text("Piotr 24", exact=True)).to_be_visible()
    giulia.get_by_role("button", name=t("chat.older")).click()
    expect(items).to_have_count(51)
    expect(items.first.get_by_text("Anna 0", exact=True)).to_be_visible()
    expect(giulia.get_by_role("button", name=t("chat.older"))).to_be_hidden()


def test_messages_missed_offline_arrive_once_in_order(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space, viewport=ui.PHONE)
    ui.write(anna, "Good morning!")
    ui.expect_chat(giulia, ["Good morning!"])

    giulia.context.set_offline(True)
    ui.expect_connection(giulia, "chat.status_offline")
    ui.expect_online(anna, [ANNA.name])
    for line in ("one", "two", "three"):
        ui.write(anna, f"Missed line {line}")
    ui.write(giulia, "Sent from the bus")
    expect(ui.chat_log(giulia).get_by_text(t("chat.sending"))).to_be_visible()
    ui.expect_chat(anna, ["Good morning!", "line one", "line two", "line three"])
    expect(ui.chat_log(giulia).get_by_role("listitem")).to_have_count(2)
    ui.screenshot(giulia, "22-chat-pupil-offline-phone")

    giulia.context.set_offline(False)
    ui.expect_connection(giulia, "chat.status_connected")
    everything = ["Good morning!", "line one", "line two", "line three", "from the bus"]
    ui.expect_chat(giulia, everything)
    ui.expect_chat(anna, everything)
    ui.screenshot(giulia, "23-chat-pupil-back-online-phone")


class Line:
    """A page's WebSocket, passed through the test so that the test can cut it."""

    def __init__(self) -> None:
        self.down = False
        self.sides: tuple[WebSocketRoute, WebSocketRoute] | None = None

    def route(self, page_side: WebSocketRoute) -> None:
        if self.down:
            page_side.close(code=1011, reason="server unavailable")
            return
        self.sides = (page_side, page_side.connect_to_server())

    def cut(self, code: int) -> None:
        """Ends the connection as the server would, and keeps refusing new ones."""
        assert self.sides is not None
        self.down = True
        page_side, server_side = self.sides
        server_side.close()
        page_side.close(code=code, reason="cut by the test")


def test_a_dropped_socket_comes_back_and_resumes(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = new_page()
    line = Line()
    giulia.route_web_socket("**/ws", line.route)
    pupil_enters(giulia, space)
    ui.write(anna, "Before the drop")
    ui.expect_chat(giulia, ["Before the drop"])

    line.cut(4008)  # the server's "you fell behind"
    ui.expect_connection(giulia, "chat.status_reconnecting")
    for line_number in (1, 2, 3):
        ui.write(anna, f"While away {line_number}")
    ui.expect_chat(anna, ["Before the drop", "away 1", "away 2", "away 3"])
    expect(ui.chat_log(giulia).get_by_role("listitem")).to_have_count(1)

    line.down = False
    ui.expect_connection(giulia, "chat.status_connected", timeout=15_000)
    ui.expect_chat(giulia, ["Before the drop", "away 1", "away 2", "away 3"])


def test_a_changed_role_shows_the_space_anew(
    new_page: Callable[..., Page], server: ServerProcess, space: seed.Partnership
):
    giulia = new_page()
    line = Line()
    giulia.route_web_socket("**/ws", line.route)
    pupil_enters(giulia, space)
    box = giulia.get_by_label(t("chat.write_in", room=ui.EVERYONE))
    expect(box).to_be_visible()

    seed.set_role(server.url, ANNA, space.space_id, space.pupil_ids[0], "visitor")
    line.cut(4003)  # the server's "your membership changed"
    line.down = False
    expect(giulia.get_by_text(t("role.visitor"))).to_be_visible()
    expect(box).to_have_count(0)
    ui.expect_connection(giulia, "chat.status_connected")


def test_only_teachers_see_the_teachers_room(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    piotr = teacher_in_space(new_page, space, PIOTR.email)
    giulia = pupil_in_space(new_page, space)
    expect(giulia.get_by_role("tab")).to_have_count(0)
    expect(giulia.get_by_text(TEACHERS_ROOM)).to_have_count(0)

    anna.get_by_role("tab", name=TEACHERS_ROOM).click()
    expect(anna.get_by_role("tab", name=TEACHERS_ROOM)).to_have_attribute("aria-selected", "true")
    ui.write(anna, "Shall we share the river maps on Friday?", room=TEACHERS_ROOM)
    staff_tab = piotr.get_by_role("tab", name=TEACHERS_ROOM)
    expect(staff_tab).to_have_accessible_name(f"{TEACHERS_ROOM} {t('chat.new')}")
    ui.screenshot(piotr, "24-chat-teachers-room-news")
    piotr.get_by_role("tab", name=ui.EVERYONE).focus()
    piotr.keyboard.press("ArrowRight")
    expect(staff_tab).to_be_focused()
    expect(staff_tab).to_have_attribute("aria-selected", "true")
    expect(staff_tab).to_have_accessible_name(TEACHERS_ROOM)
    ui.expect_chat(piotr, ["river maps on Friday"], room=TEACHERS_ROOM)
    ui.write(piotr, "Yes, good idea.", room=TEACHERS_ROOM)
    ui.expect_chat(anna, ["river maps on Friday", "good idea"], room=TEACHERS_ROOM)
    ui.screenshot(anna, "25-chat-teachers-room")

    anna.get_by_role("tab", name=ui.EVERYONE).click()
    ui.write(anna, "Hello class!")
    ui.expect_chat(giulia, ["Hello class!"])
    giulia.reload()
    ui.heading(giulia, TITLE)
    ui.expect_chat(giulia, ["Hello class!"])
    expect(giulia.get_by_text("river maps")).to_have_count(0)


def test_a_connection_without_session_leads_to_login(
    new_page: Callable[..., Page], space: seed.Partnership
):
    giulia = pupil_in_space(new_page, space)
    giulia.context.clear_cookies()
    giulia.context.set_offline(True)
    ui.expect_connection(giulia, "chat.status_offline")
    giulia.context.set_offline(False)
    ui.heading(giulia, t("login.title"))
    expect(giulia.get_by_text(t("session.ended"))).to_be_visible()
