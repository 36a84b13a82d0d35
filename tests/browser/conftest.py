"""Real Chromium (Debian's, headless) against a real ``twinspace serve`` process.

Chromium missing is a failure, never a skip: these tests are the only check
that the web client works in a browser. So is a missing axe-core, which checks
every page a test visits for WCAG 2.1 AA (ui.check_accessibility): ``make test``
installs it into tests/browser/axe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, ViewportSize, sync_playwright

from tests.browser import ui
from tests.servers import ServerProcess

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A school tablet in landscape; a phone is 390 x 844.
TABLET: ViewportSize = {"width": 1024, "height": 768}
# An expected 401/404 answer is logged by Chromium too; anything else
# (a script error, a Content-Security-Policy violation) fails the test.
EXPECTED_CONSOLE = "Failed to load resource"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not ui.AXE_FILE.exists():
        pytest.fail(f"no axe-core at {ui.AXE_FILE}: run make test, or npm ci in tests/browser/axe")
    return ui.AXE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's chromium package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server")
    yield process
    process.stop()


@pytest.fixture
def new_page(
    browser: Browser, server: ServerProcess, axe_source: str
) -> Iterator[Callable[..., Page]]:
    """Opens a page in a fresh browser context: one person on their own device."""
    contexts = []
    problems: list[str] = []

    def record(message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith(EXPECTED_CONSOLE):
            problems.append(message.text)

    def open_page(viewport: ViewportSize = TABLET, locale: str = "en-GB") -> Page:
        context = browser.new_context(base_url=server.url, locale=locale, viewport=viewport)
        contexts.append(context)
        # axe-core reaches the page as a script of the page's own origin that the
        # test answers itself: the server never serves it, and the page's
        # Content-Security-Policy (no inline scripts) stays on, as users get it.
        context.route(
            f"**{ui.AXE_PATH}",
            lambda route: route.fulfill(body=axe_source, content_type="text/javascript"),
        )
        page = context.new_page()
        page.set_default_timeout(5_000)
        page.on("console", record)
        page.on("pageerror", lambda error: problems.append(str(error)))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not problems, problems
