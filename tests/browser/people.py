"""People of a seeded partnership, each on their own device, in the space's page."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page

from tests.browser import seed, ui
from tests.browser.ui import PASSWORD


def teacher_in_space(
    new_page: Callable[..., Page], space: seed.Partnership, email: str, **options
) -> Page:
    page = new_page(**options)
    ui.log_in(page, email, PASSWORD)
    ui.go_to_space(page, space.space_id, space.title)
    ui.expect_connection(page, "chat.status_connected")
    return page


def pupil_in_space(
    new_page: Callable[..., Page], space: seed.Partnership, pupil: int = 0, **options
) -> Page:
    return pupil_enters(new_page(**options), space, pupil)


def pupil_enters(page: Page, space: seed.Partnership, pupil: int = 0) -> Page:
    login = space.pupils[pupil]
    ui.log_in(page, login.username, login.password)
    ui.open_space(page, space.title)
    ui.open_tab(page, ui.CHAT)
    ui.expect_connection(page, "chat.status_connected")
    return page
