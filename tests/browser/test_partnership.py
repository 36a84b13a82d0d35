"""Two teachers in two countries bring their classes together, in real Chromium."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser import seed, ui
from tests.browser.ui import ANNA, PASSWORD, PHONE, PIOTR, t, text
from tests.servers import ServerProcess

pytestmark = pytest.mark.browser


def test_partner_teachers_and_a_pupil_meet_in_a_space(new_page: Callable[..., Page]) -> None:
    anna = new_page()
    ui.register_teacher(anna, ANNA, shot="01-register")
    ui.screenshot(anna, "02-teacher-spaces-empty")
    ui.log_out(anna)
    ui.log_in(anna, ANNA.email, PASSWORD)

    logins = ui.create_class(anna, "3A", ["Giulia B", "Luca M"])
    ui.screenshot(anna, "03-class-logins-shown-once")
    giulia = logins[0]
    assert giulia.name == "Giulia B."
    space = ui.create_space(anna, "Rivers of Europe")
    code = ui.invitation_code(anna)

    piotr = new_page()
    ui.register_teacher(piotr, PIOTR)
    ui.join_space(piotr, code, "Rivers of Europe")
    other_space = ui.create_space(piotr, "Polish Legends")

    anna.reload()
    ui.heading(anna, "Rivers of Europe")
    ui.open_tab(anna, ui.MEMBERS)
    ui.add_class(anna, "3A", pupils=2)
    assert ui.member_names(anna) == ["Anna Rossi", "Giulia B.", "Luca M.", "Piotr Nowak"]
    ui.screenshot(anna, "04-space-teacher-admin")

    pupil = new_page(PHONE)
    ui.log_in(pupil, giulia.username, giulia.password)
    assert ui.space_titles(pupil) == ["Rivers of Europe"]
    ui.screenshot(pupil, "05-pupil-spaces-phone")
    ui.open_space(pupil, "Rivers of Europe")
    assert pupil.url.endswith(f"#/spaces/{space}")
    ui.open_tab(pupil, ui.MEMBERS)
    assert pupil.url.endswith(f"#/spaces/{space}/members")
    assert ui.member_names(pupil) == ["Anna Rossi", "Giulia B.", "Luca M.", "Piotr Nowak"]
    expect(pupil.get_by_label(t("invitation.code"))).to_have_count(0)
    expect(pupil.get_by_role("button", name=t("members.remove"))).to_have_count(0)
    ui.screenshot(pupil, "06-pupil-space-phone")

    pupil.goto(f"/#/spaces/{other_space}")
    ui.heading(pupil, t("notfound.title"))
    expect(pupil.get_by_text(t("error.not_found"))).to_be_visible()
    ui.screenshot(pupil, "07-pupil-other-space-not-found")


def test_the_language_chosen_at_login_is_kept_after_login(
    new_page: Callable[..., Page], server: ServerProcess
) -> None:
    seed.register(server.url, ANNA)  # an account in English
    page = new_page()
    page.goto("/")
    ui.heading(page, t("login.title"))
    ui.choose_language(page, "it")
    ui.heading(page, text("it", "login.title"))
    ui.screenshot(page, "08-login-italian")
    page.reload()  # the choice outlives a reload of the login page
    ui.heading(page, text("it", "login.title"))

    page.get_by_label(text("it", "login.login")).fill(ANNA.email)
    page.get_by_label(text("it", "login.password")).fill(PASSWORD)
    page.keyboard.press("Enter")
    ui.heading(page, text("it", "spaces.title"))
    page.reload()  # and it is the account's language now
    ui.heading(page, text("it", "spaces.title"))

    ui.choose_language(page, "en")
    page.get_by_role("button", name=t("header.logout")).click()
    ui.heading(page, t("login.title"))
    ui.log_in(page, ANNA.email, PASSWORD)  # no new choice: the account's language


def test_mistakes_are_explained_at_the_form(new_page: Callable[..., Page]) -> None:
    page = new_page()
    page.goto("/#/login")
    page.get_by_label(t("login.login")).fill("nobody123")
    page.get_by_label(t("login.password")).fill("wrong")
    page.get_by_role("button", name=t("login.submit")).click()
    expect(page.get_by_role("alert").filter(has_text=t("error.bad_credentials"))).to_be_visible()

    page.get_by_role("link", name=t("login.register_link")).click()
    page.get_by_label(t("register.name")).fill("Anna Rossi")
    page.get_by_label(t("register.email")).fill("anna@scuola.example")
    page.get_by_label(t("register.password"), exact=True).fill("short")
    page.get_by_label(t("register.country")).fill("IT")
    page.get_by_label(t("register.school_name")).fill("Scuola Dante")
    page.get_by_label(t("register.school_town")).fill("Firenze")
    page.get_by_role("button", name=t("register.submit")).click()
    password = page.get_by_label(t("register.password"), exact=True)
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(password).to_be_focused()
    expect(page.get_by_role("alert").filter(has_text="password")).to_be_visible()
    ui.screenshot(page, "09-register-invalid")
