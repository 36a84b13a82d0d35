"""A live session of two partner classes in real Chromium: each class on its own
device joins the room, the teacher runs a poll whose chart changes live on every
screen, a raised hand reaches the teacher, and an up-voted question moves up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser import seed, ui
from tests.browser.ui import ANNA, PASSWORD, PIOTR, Login, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Rivers of Europe"
SESSION = "Our rivers, live"


@pytest.fixture
def space(server: ServerProcess) -> seed.Partnership:
    return seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])


@pytest.fixture
def partners(server: ServerProcess, space: seed.Partnership) -> list[Login]:
    """Piotr's class 6B in the space too."""
    return seed.partner_class(server.url, PIOTR, space.space_id, "6B", ["Zofia W"])


def in_live_tab(page: Page, space: seed.Partnership, login: str, password: str) -> Page:
    ui.log_in(page, login, password)
    ui.go_to_space(page, space.space_id, TITLE, tab="live")
    expect(page.get_by_role("heading", level=2, name=t("live.title"))).to_be_visible()
    return page


def join(page: Page) -> None:
    page.get_by_role("link", name=t("live.enter")).click()
    expect(page.get_by_role("heading", level=2, name=SESSION)).to_be_visible()


def test_two_classes_meet_live_vote_raise_hands_and_up_vote_questions(
    new_page: Callable[..., Page], space: seed.Partnership, partners: list[Login]
):
    anna = in_live_tab(new_page(), space, ANNA.email, PASSWORD)
    anna.get_by_text(t("live.schedule_title")).click()
    anna.get_by_label(t("live.field_title")).fill(SESSION)
    anna.get_by_role("button", name=t("live.schedule_submit")).click()
    expect(anna.get_by_role("status").filter(has_text=t("live.scheduled"))).to_be_visible()
    coming = anna.get_by_role("list", name=t("live.calendar_coming"))
    expect(coming).to_contain_text(t("live.at_school", town=ANNA.town, time=""))
    expect(coming).to_contain_text(t("live.at_school", town=PIOTR.town, time=""))
    ui.screenshot(anna, "60-live-calendar-teacher")
    coming.get_by_role("button", name=t("live.open")).click()
    expect(anna.get_by_role("heading", level=2, name=SESSION)).to_be_visible()

    giulia_login, zofia_login = space.pupils[0], partners[0]
    giulia = in_live_tab(new_page(), space, giulia_login.username, giulia_login.password)
    join(giulia)
    zofia = in_live_tab(new_page(ui.PHONE), space, zofia_login.username, zofia_login.password)
    join(zofia)
    here = ui.live_room(anna, t("live.present", count=3))
    expect(here.get_by_role("list", name=f"3A · {ANNA.school}")).to_contain_text("Giulia B.")
    expect(here.get_by_role("list", name=f"6B · {PIOTR.school}")).to_contain_text("Zofia W.")

    # The teacher runs a poll; both classes see its results change live.
    polls = ui.live_room(anna, t("live.poll"))
    polls.get_by_text(t("live.poll_new")).click()
    polls.get_by_label(t("live.poll_question"), exact=True).fill("Which river is longer?")
    polls.get_by_label(t("live.poll_answer", number=1)).fill("Arno")
    polls.get_by_label(t("live.poll_answer", number=2)).fill("Vistula")
    polls.get_by_role("button", name=t("live.poll_start")).click()
    poll = ui.live_room(giulia, t("live.poll"))
    poll.get_by_role("button", name="Vistula").click()
    for page in (anna, giulia, zofia):
        ui.expect_votes(page, "Vistula", 1, 100)
    ui.live_room(zofia, t("live.poll")).get_by_role("button", name="Arno").click()
    for page in (anna, giulia, zofia):
        ui.expect_votes(page, "Arno", 1, 50)
        ui.expect_votes(page, "Vistula", 1, 50)
    expect(poll.get_by_role("button", name="Vistula")).to_have_attribute("aria-pressed", "true")

    # A pupil raises a hand; the teacher sees it in the speaking queue.
    ui.live_room(zofia, t("live.hands")).get_by_role("button", name=t("live.raise_hand")).click()
    queue = ui.live_room(anna, t("live.hands"))
    expect(queue.get_by_role("listitem")).to_have_text(
        [f"Zofia W.{t('live.waiting_turn')}{t('live.give_floor')}{t('live.lower')}"]
    )
    queue.get_by_role("button", name=t("live.give_floor_named", name="Zofia W.")).click()
    expect(ui.live_room(zofia, t("live.hands"))).to_contain_text(t("live.speaking"))

    # A question up-voted in one class's room moves up in the other's.
    ask(giulia, "Do you swim in your river?")
    ask(zofia, "Is there a bridge in your town?")
    for page in (giulia, zofia, anna):
        ui.expect_questions(page, ["Do you swim in your river?", "Is there a bridge in your town?"])
    me_too = t("live.me_too_named", text="Is there a bridge in your town?")
    giulia.get_by_role("button", name=me_too).click()
    for page in (zofia, anna):
        ui.expect_questions(page, ["Is there a bridge in your town?", "Do you swim in your river?"])
    ui.screenshot(anna, "61-live-room-teacher")
    ui.screenshot(zofia, "62-live-room-pupil-phone")
    giulia.get_by_role("button", name=t("live.projector")).click()
    ui.screenshot(giulia, "63-live-room-projector")


def ask(page: Page, question: str) -> None:
    room = ui.live_room(page, t("live.questions"))
    room.get_by_label(t("live.ask")).fill(question)
    room.get_by_role("button", name=t("live.ask_submit"), exact=True).click()
    expect(room.get_by_role("listitem").filter(has_text=question)).to_be_visible()


def test_a_teacher_scheduling_late_in_the_evening_is_offered_the_next_morning(
    new_page: Callable[..., Page], space: seed.Partnership
):
    """At 22:30 the next full hour's lesson would end at midnight: the form offers
    tomorrow at nine instead, and the server takes it as offered."""
    page = new_page()
    today = date.today()  # the browser's zone is this machine's, as the form's day is
    page.clock.set_fixed_time(datetime.combine(today, time(22, 30)))
    anna = in_live_tab(page, space, ANNA.email, PASSWORD)
    anna.get_by_text(t("live.schedule_title")).click()
    tomorrow = (today + timedelta(days=1)).isoformat()
    expect(anna.get_by_label(t("live.field_day"))).to_have_value(tomorrow)
    expect(anna.get_by_label(t("live.field_start"))).to_have_value("09:00")
    expect(anna.get_by_label(t("live.field_end"))).to_have_value("10:00")
    anna.get_by_label(t("live.field_title")).fill(SESSION)
    anna.get_by_role("button", name=t("live.schedule_submit")).click()
    expect(anna.get_by_role("status").filter(has_text=t("live.scheduled"))).to_be_visible()
