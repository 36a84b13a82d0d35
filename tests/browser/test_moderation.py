"""Moderation in the web client: held messages and the teachers' review panel,
reports, removals, mutes, refused words, safety settings and the audit log."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser import seed, ui
from tests.browser.people import pupil_in_space, teacher_in_space
from tests.browser.ui import ANNA, PASSWORD, t
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser

TITLE = "Castles and Legends"
PHONE = "call me on +39 347 123 4567"
EMAIL = "my email is giulia.b@example.com"
# Dictated punctuation: the screener reads it with the marks put back, the
# teacher sees the pupil's own words.
THREAT = (
    "that ref cheated us comma i know comma where he lives comma one day i'll be outside his "
    "house with a bat"
)


@pytest.fixture
def space(server: ServerProcess) -> seed.Partnership:
    return seed.partnership(server.url, TITLE, ["Giulia B", "Luca M"])


def audit_log(page: Page) -> Locator:
    """Opens the audit log (in the safety tab); its rows, newest first."""
    ui.open_tab(page, ui.SAFETY)
    safety = page.get_by_role("region", name=t("safety.title"))
    safety.get_by_text(t("audit.title"), exact=True).click()
    return safety.get_by_role("table", name=t("audit.caption", title=TITLE)).locator("tbody tr")


def test_a_held_message_waits_for_a_teacher(new_page: Callable[..., Page], space: seed.Partnership):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space, viewport=ui.PHONE)
    luca = pupil_in_space(new_page, space, pupil=1)
    expect(ui.review_link(giulia)).to_have_count(0)
    expect(ui.space_tabs(giulia).get_by_role("link", name=ui.REVIEW)).to_have_count(0)
    ui.expect_waiting(anna, 0)

    ui.write(giulia, PHONE)
    mine = ui.line(giulia, PHONE)
    expect(mine).to_contain_text(t("chat.held"))
    expect(mine.get_by_role("button", name=t("chat.edit"))).to_have_count(0)
    ui.expect_waiting(anna, 1)  # seen from the chat's tab
    expect(ui.chat_log(anna).get_by_role("listitem")).to_have_count(0)
    expect(ui.chat_log(luca).get_by_role("listitem")).to_have_count(0)
    ui.screenshot(giulia, "30-moderation-pupil-waiting-phone")
    ui.review_link(anna).click()
    expect(ui.space_tabs(anna).get_by_role("link", name=re.compile(ui.REVIEW))).to_have_attribute(
        "aria-current", "page"
    )
    held = ui.waiting(anna)
    expect(held).to_have_count(1)
    expect(held).to_contain_text(PHONE)
    expect(held).to_contain_text(t("review.finding", kind=t("finding.phone"), excerpt="+39"))
    expect(ui.review_panel(anna)).to_contain_text(t("review.count", count=1))
    ui.screenshot(anna, "31-moderation-review-panel")

    approve = held.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B."))
    expect(approve).to_have_text(t("review.approve"))
    approve.focus()
    anna.keyboard.press("Enter")
    expect(held).to_have_count(0)
    expect(anna.get_by_role("heading", name=re.compile(t("review.title")))).to_be_focused()
    expect(ui.review_panel(anna).get_by_role("status")).to_have_text(t("review.approved"))
    ui.expect_waiting(anna, 0)
    ui.expect_chat(luca, [PHONE])
    expect(mine).not_to_contain_text(t("chat.held"))
    ui.expect_chat(giulia, [PHONE])
    ui.open_tab(anna, ui.CHAT)
    ui.expect_chat(anna, [PHONE])

    ui.write(giulia, EMAIL)
    expect(ui.line(giulia, EMAIL)).to_contain_text(t("chat.held"))
    ui.open_tab(anna, ui.REVIEW)
    expect(held).to_have_count(1)
    held.get_by_role("button", name=t("review.reject")).click()
    note = ui.small_form(anna, t("review.reject_title")).get_by_label(t("review.reject_note"))
    expect(note).to_be_focused()
    note.fill("Please don't share your e-mail here.")
    ui.screenshot(anna, "32-moderation-reject-note")
    anna.get_by_role("button", name=t("review.reject_submit")).click()
    expect(held).to_have_count(0)
    rejected = ui.line(giulia, EMAIL)
    expect(rejected).to_contain_text(t("chat.rejected"))
    expect(rejected).to_contain_text(
        t("chat.rejected_note", note="Please don't share your e-mail here.")
    )
    ui.screenshot(giulia, "33-moderation-pupil-not-published-phone")
    ui.expect_chat(luca, [PHONE])
    ui.open_tab(anna, ui.CHAT)
    ui.expect_chat(anna, [PHONE])


def test_a_held_threat_says_why_in_words_with_the_pupils_own_text(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)

    ui.write(giulia, THREAT)
    expect(ui.line(giulia, THREAT)).to_contain_text(t("chat.held"))
    ui.expect_waiting(anna, 1)
    ui.review_link(anna).click()
    held = ui.waiting(anna)
    expect(held).to_contain_text(
        t("review.finding", kind=t("finding.violence"), excerpt="i know comma where he lives")
    )


def space_card(page: Page, title: str) -> Locator:
    """The card of a space on "My spaces"."""
    cards = page.get_by_role("list", name=t("spaces.title")).get_by_role("listitem")
    return cards.filter(has=page.get_by_role("heading", name=title))


def test_a_teacher_sees_from_my_spaces_what_waits_for_review(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = new_page()
    ui.log_in(anna, ANNA.email, PASSWORD)
    to_review = space_card(anna, TITLE).get_by_role("link", name=t("spaces.to_review", count=1))
    expect(to_review).to_have_count(0)
    expect(ui.review_link(anna)).to_have_count(0)  # nothing waits anywhere

    giulia = pupil_in_space(new_page, space)
    ui.write(giulia, PHONE)
    expect(ui.line(giulia, PHONE)).to_contain_text(t("chat.held"))
    ui.navigate(anna, t("nav.classes"), t("classes.title"))
    ui.expect_waiting(anna, 1)  # in the header of every page
    ui.navigate(anna, t("nav.spaces"), t("spaces.title"))
    ui.expect_waiting(anna, 1)
    expect(to_review).to_be_visible()
    ui.screenshot(anna, "36-moderation-my-spaces-to-review")

    to_review.click()
    ui.heading(anna, TITLE)
    expect(ui.space_tabs(anna).get_by_role("link", name=re.compile(ui.REVIEW))).to_have_attribute(
        "aria-current", "page"
    )
    held = ui.waiting(anna)
    expect(held).to_contain_text(PHONE)
    held.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B.")).click()
    expect(held).to_have_count(0)
    ui.expect_waiting(anna, 0)

    ui.navigate(anna, t("nav.spaces"), t("spaces.title"))
    expect(to_review).to_have_count(0)
    expect(ui.review_link(anna)).to_have_count(0)


def test_with_items_waiting_in_two_spaces_the_header_leads_to_my_spaces(
    new_page: Callable[..., Page], server: ServerProcess, space: seed.Partnership
):
    other = seed.second_space(server.url, ANNA, "Stars and Planets")
    giulia = space.pupils[0]
    assert seed.pupil_line(server.url, giulia, space.space_id, PHONE)["status"] == "held"
    assert seed.pupil_line(server.url, giulia, other, EMAIL)["status"] == "held"
    anna = new_page()
    ui.log_in(anna, ANNA.email, PASSWORD)
    ui.expect_waiting(anna, 2)
    for title in (TITLE, "Stars and Planets"):
        card = space_card(anna, title)
        expect(card.get_by_role("link", name=t("spaces.to_review", count=1))).to_be_visible()
    ui.navigate(anna, t("nav.classes"), t("classes.title"))
    ui.review_link(anna).click()
    ui.heading(anna, t("spaces.title"))

    space_card(anna, "Stars and Planets").get_by_role("link").filter(
        has_text=t("spaces.to_review", count=1)
    ).click()
    ui.heading(anna, "Stars and Planets")
    held = ui.waiting(anna)
    expect(held).to_contain_text(EMAIL)
    held.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B.")).click()
    expect(held).to_have_count(0)
    ui.expect_waiting(anna, 1)  # the other space's message still waits
    ui.review_link(anna).click()  # now the one queue with something in it
    ui.heading(anna, TITLE)
    expect(ui.waiting(anna)).to_contain_text(PHONE)


def test_a_teacher_corrects_a_held_message_then_approves_it(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    ui.write(giulia, f"Hi! {PHONE} after school")
    ui.open_tab(anna, ui.REVIEW)
    held = ui.waiting(anna)
    held.get_by_role("button", name=t("review.edit")).click()
    box = ui.small_form(anna, t("review.edit_title")).get_by_label(t("review.edit_label"))
    expect(box).to_have_value(f"Hi! {PHONE} after school")
    box.fill("Hi! See you after school")
    anna.get_by_role("button", name=t("review.edit_submit")).click()
    ui.expect_chat(giulia, ["Hi! See you after school"])
    ui.open_tab(anna, ui.CHAT)
    ui.expect_chat(anna, ["Hi! See you after school"])
    expect(ui.line(giulia, "after school")).not_to_contain_text(t("chat.held"))


def test_a_reported_message_is_removed_by_a_teacher(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    luca = pupil_in_space(new_page, space, pupil=1)
    ui.write(luca, "You are all so slow")
    ui.write(luca, "Our castle is older")
    ui.expect_chat(giulia, ["so slow", "castle is older"])
    expect(ui.line(giulia, "so slow").get_by_role("button", name=t("chat.remove"))).to_have_count(0)
    expect(ui.line(giulia, "so slow").get_by_role("button", name=t("chat.mute"))).to_have_count(0)

    report_button = ui.line(giulia, "so slow").get_by_role("button", name=t("chat.report"))
    report_button.click()
    form = ui.small_form(giulia, t("report.title"))
    expect(form.get_by_label(t("report.reason"))).to_be_focused()
    giulia.keyboard.press("Escape")
    expect(form).to_have_count(0)
    expect(report_button).to_be_focused()
    giulia.keyboard.press("Enter")
    form.get_by_role("button", name=t("report.submit")).click()
    expect(form.get_by_role("alert")).to_have_text(t("note.required"))
    form.get_by_label(t("report.reason")).fill("He is unkind to us")
    ui.screenshot(giulia, "34-moderation-report-form")
    form.get_by_role("button", name=t("report.submit")).click()
    expect(form).to_have_count(0)
    expect(ui.chat(giulia).get_by_role("status").filter(has_text=t("report.sent"))).to_be_visible()

    ui.expect_waiting(anna, 1)
    ui.open_tab(anna, ui.REVIEW)
    report = ui.reports(anna)
    expect(report).to_have_count(1)
    expect(report).to_contain_text("He is unkind to us")
    expect(report).to_contain_text("You are all so slow")
    expect(report).to_contain_text(t("reports.by", name="Giulia B."))
    expect(ui.review_panel(anna)).to_contain_text(t("review.count", count=1))
    ui.screenshot(anna, "35-moderation-report-live")

    report.get_by_role("button", name=t("reports.remove")).click()
    removal = ui.small_form(anna, t("removal.title"))
    removal.get_by_label(t("moderation.reason")).fill("Unkind")
    removal.get_by_role("button", name=t("removal.submit")).click()
    expect(report).to_have_count(0)
    expect(ui.review_panel(anna)).to_contain_text(t("review.count", count=0))
    ui.open_tab(anna, ui.CHAT)
    for page in (giulia, luca, anna):
        ui.expect_chat(page, ["castle is older"])


def test_a_muted_pupil_is_told_until_when(new_page: Callable[..., Page], space: seed.Partnership):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    ui.write(giulia, "Look at my drawing!!!")
    ui.write(anna, "Lovely, Giulia.")
    ui.expect_chat(giulia, ["my drawing", "Lovely"])
    expect(ui.line(anna, "Lovely").get_by_role("button", name=t("chat.mute"))).to_have_count(0)

    ui.line(anna, "my drawing").get_by_role("button", name=t("chat.mute")).click()
    form = ui.small_form(anna, t("mute.title", name="Giulia B."))
    form.get_by_label(t("moderation.reason")).fill("Too many messages at once")
    ui.screenshot(anna, "36-moderation-mute-form")
    form.get_by_role("button", name=t("mute.minutes_10")).click()
    expect(form).to_have_count(0)
    done = ui.pattern("mute.done", name="Giulia B.")
    expect(ui.chat(anna).get_by_role("status").filter(has_text=done)).to_be_visible()
    told = ui.chat(giulia).get_by_role("status").filter(has_text=ui.pattern("mute.you"))
    expect(told).to_be_visible()

    box = giulia.get_by_label(t("chat.write_in", room=ui.EVERYONE))
    box.fill("Why can't I write?")
    box.press("Enter")
    muted = ui.pattern("error.muted")
    expect(ui.chat(giulia).get_by_role("alert").filter(has_text=muted)).to_be_visible()
    expect(ui.chat(giulia).get_by_text("UTC")).to_have_count(0)
    expect(box).to_have_value("Why can't I write?")
    ui.expect_chat(giulia, ["my drawing", "Lovely"])
    ui.screenshot(giulia, "37-moderation-pupil-muted")

    ui.line(anna, "my drawing").get_by_role("button", name=t("chat.mute")).click()
    form.get_by_role("button", name=t("mute.lift")).click()
    lifted = t("mute.lifted", name="Giulia B.")
    expect(ui.chat(anna).get_by_role("status").filter(has_text=lifted)).to_be_visible()
    expect(
        ui.chat(giulia).get_by_role("status").filter(has_text=t("mute.you_lifted"))
    ).to_be_visible()
    box.press("Enter")
    ui.expect_chat(anna, ["my drawing", "Lovely", "Why can't I write?"])

    rows = audit_log(anna)
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text(f"{t('audit.member_unmute')} · Giulia B.")
    muting = f"{t('audit.member_mute')} · Giulia B. · {t('audit.minutes', count=10)}"
    expect(rows.nth(1)).to_contain_text(muting)
    expect(rows.nth(1)).to_contain_text("Too many messages at once")


def test_unkind_words_are_refused_and_stay_in_the_box(
    new_page: Callable[..., Page], space: seed.Partnership
):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    box = giulia.get_by_label(t("chat.write_in", room=ui.EVERYONE))
    box.fill("vaffanculo")
    box.press("Enter")
    refused = t("error.content_rejected", reason=t("screening.abuse"))
    expect(ui.chat(giulia).get_by_role("alert").filter(has_text=refused)).to_be_visible()
    expect(box).to_have_value("vaffanculo")
    expect(ui.chat_log(giulia).get_by_role("listitem")).to_have_count(0)
    ui.screenshot(giulia, "38-moderation-refused")
    expect(ui.chat_log(anna).get_by_role("listitem")).to_have_count(0)
    ui.open_tab(anna, ui.REVIEW)
    expect(ui.waiting(anna)).to_have_count(0)


def test_safety_settings_and_the_audit_log(new_page: Callable[..., Page], space: seed.Partnership):
    anna = teacher_in_space(new_page, space, ANNA.email)
    giulia = pupil_in_space(new_page, space)
    expect(ui.space_tabs(giulia).get_by_role("link", name=ui.SAFETY)).to_have_count(0)
    ui.open_tab(anna, ui.SAFETY)
    safety = anna.get_by_role("region", name=t("safety.title"))

    safety.get_by_text(t("safety.settings"), exact=True).click()
    hours = safety.get_by_role("group", name=t("safety.hours"))
    expect(hours).to_be_hidden()
    safety.get_by_label(t("safety.level_strict")).check()
    safety.get_by_label(t("safety.premoderate")).check()
    safety.get_by_label(t("safety.domains")).fill("castles.example.org")
    safety.get_by_label(t("safety.policy_hours")).check()
    expect(hours).to_be_visible()
    safety.get_by_label(t("safety.timezone")).select_option("Europe/Rome")
    ui.screenshot(anna, "39-moderation-safety-settings")
    for day in range(7):
        hours.get_by_role("checkbox").nth(day).uncheck()
    safety.get_by_role("button", name=t("safety.save")).click()
    expect(safety.get_by_role("alert").filter(has_text=t("safety.no_days"))).to_be_visible()
    expect(hours.get_by_role("checkbox").first).to_be_focused()
    safety.get_by_label(t("safety.policy_always")).check()
    expect(hours).to_be_hidden()
    safety.get_by_role("button", name=t("safety.save")).click()
    expect(safety.get_by_role("status")).to_have_text(t("safety.saved"))

    ui.write(giulia, "Hello everyone")
    ui.open_tab(anna, ui.REVIEW)
    held = ui.waiting(anna)
    expect(held).to_contain_text(t("finding.premoderation"))
    held.get_by_role("button", name=ui.pattern("review.approve_named", name="Giulia B.")).click()
    ui.expect_chat(giulia, ["Hello everyone"])
    expect(ui.line(giulia, "Hello everyone")).not_to_contain_text(t("chat.held"))

    rows = audit_log(anna)
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text(t("audit.review_approve"))
    expect(rows.nth(1)).to_contain_text(t("audit.space_settings"))
    expect(rows.nth(1)).to_contain_text(ANNA.name)
    ui.screenshot(anna, "40-moderation-audit-log")
    anna.reload()
    ui.heading(anna, TITLE)
    safety.get_by_text(t("safety.settings"), exact=True).click()
    expect(safety.get_by_label(t("safety.level_strict"))).to_be_checked()
    expect(safety.get_by_label(t("safety.premoderate"))).to_be_checked()
    expect(safety.get_by_label(t("safety.domains"))).to_have_value("castles.example.org")
