"""A teacher looks after pupil accounts and runs a space, in real Chromium."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser import ui
from tests.browser.ui import ANNA, PASSWORD, PIOTR, t
from tests.conftest import write_lock_held
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser


def test_teacher_resets_and_pauses_a_pupil_account(new_page: Callable[..., Page]) -> None:
    anna = new_page()
    ui.register_teacher(anna, ANNA)
    [first] = ui.create_class(anna, "4B", ["Sara K"])
    anna.get_by_role("button", name=t("credentials.done")).click()
    expect(anna.get_by_role("table", name=t("credentials.caption"))).to_have_count(0)

    anna.once("dialog", lambda dialog: dialog.accept())
    anna.get_by_role("button", name=t("pupils.new_password_for", name="Sara K.")).click()
    [fresh] = ui.shown_logins(anna, t("credentials.new_password", name="Sara K."), 1)
    assert fresh.username == first.username
    assert fresh.password != first.password
    anna.get_by_role("button", name=t("pupils.suspend_named", name="Sara K.")).click()
    expect(anna.get_by_role("cell", name=t("pupils.status_suspended"))).to_be_visible()
    ui.screenshot(anna, "10-pupil-paused")

    sara = new_page()
    ui.try_log_in(sara, fresh.username, fresh.password)
    expect(sara.get_by_role("main").get_by_role("alert")).to_have_text(t("error.account_suspended"))

    anna.get_by_role("button", name=t("pupils.reinstate_named", name="Sara K.")).click()
    expect(anna.get_by_role("cell", name=t("pupils.status_active"))).to_be_visible()
    ui.log_in(sara, fresh.username, fresh.password)

    anna.get_by_text(t("pupils.add_title", name="4B")).click()
    anna.get_by_label(t("pupils.list")).last.fill("Marco Tedesco")
    anna.get_by_role("button", name=t("pupils.add")).click()
    [marco] = ui.shown_logins(anna, t("credentials.added", name="4B"), 1)
    assert marco.name == "Marco T."
    expect(
        anna.get_by_role("heading", name=t("classes.heading", name="4B", count=2))
    ).to_be_visible()


def test_invitation_link_roles_archive_and_language(new_page: Callable[..., Page]) -> None:
    anna = new_page()
    ui.register_teacher(anna, ANNA)
    ui.create_space(anna, "Festivals")
    link = anna.get_by_label(t("invitation.link")).input_value()

    piotr = new_page()
    ui.register_teacher(piotr, PIOTR, start=link, lands_on=t("join.page_title"))
    piotr.get_by_role("button", name=t("join.submit")).click()
    ui.heading(piotr, "Festivals")
    expect(piotr.get_by_role("button", name=t("settings.archive"))).to_have_count(0)

    anna.reload()
    ui.heading(anna, "Festivals")
    ui.open_tab(anna, ui.MEMBERS)
    anna.get_by_label(t("members.role_of", name=PIOTR.name)).select_option("teacher_admin")
    role_changed = t("members.role_changed", name=PIOTR.name, role=t("role.teacher_admin"))
    expect(anna.get_by_role("status").filter(has_text=role_changed)).to_be_visible()

    ui.open_tab(anna, ui.OVERVIEW)
    anna.once("dialog", lambda dialog: dialog.accept())
    anna.get_by_role("button", name=t("settings.archive")).click()
    expect(anna.get_by_text(t("space.archived_note"))).to_be_visible()
    expect(anna.get_by_label(t("invitation.code"))).to_have_count(0)
    ui.screenshot(anna, "11-space-archived")
    anna.get_by_role("button", name=t("settings.reopen")).click()
    expect(anna.get_by_label(t("invitation.code"))).to_be_visible()

    anna.get_by_text(t("settings.edit")).click()
    anna.get_by_label(t("space.field_title")).fill("Festivals of Europe")
    anna.get_by_role("button", name=t("settings.save")).click()
    ui.heading(anna, "Festivals of Europe")

    ui.open_tab(anna, ui.MEMBERS)
    anna.once("dialog", lambda dialog: dialog.accept())
    anna.get_by_role("button", name=t("members.remove_named", name=PIOTR.name)).click()
    removed = t("members.removed", name=PIOTR.name)
    expect(anna.get_by_role("status").filter(has_text=removed)).to_be_visible()
    assert ui.member_names(anna) == [ANNA.name]

    ui.choose_language(anna, "it")
    anna.reload()
    expect(anna.locator("html")).to_have_attribute("lang", "it")
    expect(ui.language_menu(anna)).to_contain_text("Italiano")
    ui.screenshot(anna, "12-space-italian")


def test_a_login_the_database_is_too_busy_for_goes_through_by_itself(
    new_page: Callable[..., Page], server: ServerProcess
) -> None:
    """Every class logging in at once: the server answers "busy" to a login it
    cannot take in time, and the page sends it again without the pupil doing so."""
    anna = new_page()
    ui.register_teacher(anna, ANNA)
    ui.log_out(anna)
    with (
        write_lock_held(server.data_dir / "twinspace.db"),
        anna.expect_response(
            lambda response: response.url.endswith("/api/session") and response.status == 503,
            timeout=15_000,  # the server waits 5 s for the lock before it answers
        ),
    ):
        ui.try_log_in(anna, ANNA.email, PASSWORD)
    ui.heading(anna, t("spaces.title"))
    expect(anna.get_by_text(t("error.busy"))).to_have_count(0)
