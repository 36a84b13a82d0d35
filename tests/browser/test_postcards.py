"""The postcard exchange between real Chromium pages: a pupil in Firenze sends a
card with a photo, her teacher lets it go, the class in Kraków sees it arrive
without reloading, a pupil there answers with a drawing, and the gallery and
the map show the exchange; the space's overview shows the partner schools, the
newest cards and the next live session."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.api.images import photo
from tests.browser import seed, ui
from tests.browser.ui import ANNA, DESKTOP, PASSWORD, PHONE, PIOTR, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Postcards across Europe"
# A picture is decoded, cleaned and encoded twice on the server: on a busy
# shared machine that can take longer than the 5 s a page step is given.
PROCESSING = 30_000


@pytest.fixture
def space(server: ServerProcess) -> tuple[seed.Partnership, list[ui.Login]]:
    partnership = seed.partnership(server.url, TITLE, ["Giulia B"])
    partners = seed.partner_class(server.url, PIOTR, partnership.space_id, "5B", ["Jan K"])
    return partnership, partners


def _in_postcards(page: Page, login: str, space_id: int, password: str = PASSWORD) -> Page:
    ui.log_in(page, login, password)
    page.goto(f"/#/spaces/{space_id}/postcards")
    expect(page.get_by_role("heading", name=t("postcards.mailbox_title"))).to_be_visible()
    return page


def _page(page: Page, name: str) -> None:
    """Follows one of the postcards tab's big picture links."""
    page.get_by_role("navigation", name=t("postcards.pages")).get_by_role("link", name=name).click()


def jan_id(page: Page, space_id: int) -> int:
    """Jan's user id, as the page's own session reads the space's members."""
    members = page.evaluate(f"fetch('/api/spaces/{space_id}/members').then(r => r.json())")
    return next(m["user_id"] for m in members if m["display_name"] == "Jan K.")


def _card(page: Page, text: str):
    return page.locator("article.postcard").filter(has_text=text)


def test_a_card_goes_to_krakow_and_an_answer_comes_back(
    new_page: Callable[..., Page], space, tmp_path
):
    partnership, (jan_login,) = space
    sid = partnership.space_id
    giulia_login = partnership.pupils[0]
    jan = _in_postcards(new_page(), jan_login.username, sid, jan_login.password)
    expect(jan.get_by_text(t("postcards.mailbox_empty"))).to_be_visible()

    giulia = _in_postcards(new_page(), giulia_login.username, sid, giulia_login.password)
    _page(giulia, t("postcards.write"))
    picture = tmp_path / "ponte-vecchio.jpg"
    picture.write_bytes(photo(1600, 1200))
    giulia.get_by_label(t("postcards.take_photo")).set_input_files(picture)
    expect(giulia.get_by_text(t("postcards.picture_ready"))).to_be_visible(timeout=PROCESSING)
    expect(giulia.get_by_role("img", name=t("postcards.your_picture"))).to_be_visible()
    giulia.get_by_label(t("postcards.message")).fill("Ciao Kraków! This is our bridge.")
    giulia.get_by_role("radio", name=t("postcards.stamp_boat")).check(force=True)
    expect(giulia.get_by_role("radio", name=f"5B · {PIOTR.school} · Kraków (PL)")).to_be_checked()
    ui.screenshot(giulia, "60-postcard-composer-pupil-tablet")
    giulia.get_by_role("button", name=t("postcards.send_card")).click()
    sent = _card(giulia, "This is our bridge")
    expect(sent.get_by_text(t("postcards.state_awaiting_sender_teacher"))).to_be_visible()

    anna = _in_postcards(new_page(), ANNA.email, sid)
    _page(anna, t("postcards.sent"))
    waiting = _card(anna, "This is our bridge")
    waiting.get_by_role("button", name=t("postcards.let_go")).click()
    expect(waiting.get_by_text(t("postcards.state_delivered"))).to_be_visible()
    expect(sent.get_by_text(t("postcards.state_delivered"))).to_be_visible()  # live

    # Anna pairs the two classes' pupils as pen friends, and sees the pair.
    _page(anna, t("postcards.teachers"))
    pairs = anna.get_by_role(
        "region", name=t("postcards.pairs_of", **{"class": "3A", "partner": "5B"})
    )
    pairs.get_by_role("button", name=t("postcards.pair_automatically")).click()
    expect(pairs.get_by_text(t("postcards.saved"))).to_be_visible()
    expect(pairs.get_by_label(t("postcards.pupil_of", **{"class": "5B"}))).to_have_value(
        str(jan_id(anna, sid))
    )
    ui.screenshot(anna, "66-postcard-pen-friends")

    arrived = _card(jan, "This is our bridge")  # live, no reload
    expect(arrived).to_be_visible()
    expect(
        arrived.get_by_role("img", name=t("postcards.picture_of", name="Giulia B."))
    ).to_be_visible()
    ui.screenshot(jan, "61-postcard-arrived-in-krakow")

    arrived.get_by_role("link", name=t("postcards.answer")).click()
    expect(jan.get_by_text(t("postcards.answering", name="Giulia B."))).to_be_visible()
    jan.get_by_role("button", name=t("postcards.draw")).click()
    canvas = jan.get_by_role("img", name=t("postcards.drawing_area"))
    box = canvas.bounding_box()
    assert box is not None
    jan.mouse.move(box["x"] + 40, box["y"] + 40)
    jan.mouse.down()
    for step in range(1, 12):
        jan.mouse.move(box["x"] + 40 + step * 25, box["y"] + 40 + step * 12)
    jan.mouse.up()
    ui.screenshot(jan, "62-postcard-drawing")
    jan.get_by_role("button", name=t("postcards.use_drawing")).click()
    expect(jan.get_by_text(t("postcards.picture_ready"))).to_be_visible(timeout=PROCESSING)
    jan.get_by_label(t("postcards.message")).fill("Cześć Giulia! Our river is the Vistula.")
    jan.get_by_role("button", name=t("postcards.send_card")).click()
    expect(
        _card(jan, "Vistula").get_by_text(t("postcards.state_awaiting_sender_teacher"))
    ).to_be_visible()

    piotr = _in_postcards(new_page(), PIOTR.email, sid)
    _page(piotr, t("postcards.sent"))
    _card(piotr, "Vistula").get_by_role("button", name=t("postcards.let_go")).click()
    expect(_card(giulia, "Vistula")).to_have_count(0)  # Giulia is on her sent cards
    expect(sent.get_by_text(t("postcards.state_replied"))).to_be_visible()
    _page(giulia, t("postcards.mailbox"))
    expect(_card(giulia, "Vistula").get_by_text(t("postcards.state_delivered"))).to_be_visible()

    _page(giulia, t("postcards.gallery"))
    expect(giulia.locator("article.postcard")).to_have_count(2)
    ui.screenshot(giulia, "63-postcard-gallery")
    _page(giulia, t("postcards.map"))
    facts = giulia.get_by_role("list", name=t("postcards.map_schools"))
    expect(facts.get_by_text(f"{ANNA.school}, Firenze (IT): 3A")).to_be_visible()
    expect(facts.get_by_text(f"{PIOTR.school}, Kraków (PL): 5B")).to_be_visible()
    expect(
        facts.get_by_text(
            t("postcards.map_route", **{"from": "Firenze", "to": "Kraków", "count": 2})
        )
    ).to_be_visible()
    expect(giulia.locator(".postcard-map svg .map-school")).to_have_count(2)
    ui.screenshot(giulia, "64-postcard-map")

    # The same pupil on a phone: the composer fits its width.
    phone = _in_postcards(new_page(PHONE), giulia_login.username, sid, giulia_login.password)
    _page(phone, t("postcards.write"))
    expect(phone.get_by_role("button", name=t("postcards.send_card"))).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    ui.screenshot(phone, "65-postcard-composer-phone")


def test_the_overview_shows_the_partners_the_newest_card_and_the_next_session(
    new_page: Callable[..., Page], server: ServerProcess, space
):
    partnership, _ = space
    sid = partnership.space_id
    giulia_login = partnership.pupils[0]
    giulia = new_page(DESKTOP)
    ui.log_in(giulia, giulia_login.username, giulia_login.password)
    ui.open_space(giulia, TITLE)

    # The overview is the space's first page: the two schools on the map, by name and place.
    partners = giulia.get_by_role("region", name=t("space.partners"))
    expect(partners.get_by_role("img", name=t("space.partners_map"))).to_be_visible()
    schools = partners.get_by_role("list", name=t("space.partner_schools"))
    expect(schools.get_by_role("listitem")).to_have_count(2)
    expect(schools.get_by_role("listitem").first).to_contain_text(ANNA.school)
    expect(schools.get_by_role("listitem").first).to_contain_text("Firenze, Italy")
    expect(schools.get_by_role("listitem").last).to_contain_text(PIOTR.school)
    expect(schools.get_by_role("listitem").last).to_contain_text("Kraków, Poland")
    cards = giulia.get_by_role("region", name=t("space.newest_postcards"))
    expect(cards.get_by_text(t("space.postcards_none"))).to_be_visible()
    expect(cards.get_by_role("link", name=t("postcards.write"))).to_have_attribute(
        "href", f"#/spaces/{sid}/postcards/write"
    )
    sessions = giulia.get_by_role("region", name=t("space.next_session"))
    expect(sessions.get_by_text(t("space.no_next_session"))).to_be_visible()
    ui.check_accessibility(giulia)

    # Piotr's card reaches Giulia's class, and a session is planned for tomorrow.
    card_id = seed.teachers_postcard(
        server.url, PIOTR, sid, "3A", "Cześć 3A! Snow in Kraków today.", photo(1200, 800)
    )
    tomorrow = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    seed.live_session(server.url, ANNA, sid, "Our rivers", tomorrow + timedelta(days=1), ["3A"])
    ui.open_tab(giulia, ui.CHAT)
    ui.open_tab(giulia, ui.OVERVIEW)
    thumbnail = cards.get_by_role("link", name=t("postcards.picture_of", name=PIOTR.name))
    expect(thumbnail).to_be_visible()
    expect(thumbnail).to_contain_text("Kraków")
    expect(cards.get_by_text(t("space.postcards_none"))).to_be_hidden()
    expect(sessions.get_by_role("link", name=re.compile("^Our rivers"))).to_have_attribute(
        "href", f"#/spaces/{sid}/live"
    )
    ui.screenshot(giulia, "67-overview-desktop")

    phone = new_page({"width": 375, "height": 812})
    ui.log_in(phone, giulia_login.username, giulia_login.password)
    ui.open_space(phone, TITLE)
    expect(
        phone.get_by_role("link", name=t("postcards.picture_of", name=PIOTR.name))
    ).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    ui.screenshot(phone, "68-overview-phone")

    # The picture leads to the whole card, which she can answer.
    thumbnail.click()
    expect(giulia).to_have_url(re.compile(f"#/spaces/{sid}/postcards/card/{card_id}$"))
    card = _card(giulia, "Snow in Kraków today")
    expect(card).to_be_visible()
    expect(card.get_by_role("link", name=t("postcards.answer"))).to_be_visible()
    ui.check_accessibility(giulia)


def test_the_overview_shows_what_it_can_read_when_one_part_fails(
    new_page: Callable[..., Page], space
):
    partnership, _ = space
    giulia_login = partnership.pupils[0]
    giulia = new_page()
    giulia.route("**/postcards/gallery", lambda route: route.fulfill(status=500, body="{}"))
    ui.log_in(giulia, giulia_login.username, giulia_login.password)
    ui.open_space(giulia, TITLE)

    cards = giulia.get_by_role("region", name=t("space.newest_postcards"))
    expect(cards.get_by_role("alert")).to_have_text(t("error.internal"))
    partners = giulia.get_by_role("region", name=t("space.partners"))
    expect(partners.get_by_role("list", name=t("space.partner_schools"))).to_contain_text(
        "Kraków, Poland"
    )
    sessions = giulia.get_by_role("region", name=t("space.next_session"))
    expect(sessions.get_by_text(t("space.no_next_session"))).to_be_visible()
    expect(giulia.get_by_role("list", name=t("space.doors"))).to_be_visible()
