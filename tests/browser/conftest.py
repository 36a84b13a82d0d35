"""Real Chromium (Debian's, headless) against a real ``twinspace serve`` process.

Chromium missing is a failure, never a skip: these tests are the only check
that the web client works in a browser. So is a missing axe-core, which checks
every page a test visits for WCAG 2.1 AA (ui.check_accessibility): ``make test``
installs it into tests/browser/axe.
"""

from __future__ import annotations

import os
import subprocess
import sys
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


class Servers:
    """A fresh ``twinspace serve`` process for each test, on a data folder of its
    own and a copy of the migrated template database (as a database left at the
    newest schema, ``serve`` finds nothing to migrate in it).

    The next test's process starts while this test runs, so that a test waits
    only for what is left of its start, if anything.
    """

    def __init__(self, folders: pytest.TempPathFactory, template: Path) -> None:
        self.folders = folders
        self.template = template
        self.spare: ServerProcess | None = None

    def _launch(self) -> ServerProcess:
        folder = self.folders.mktemp("server")
        return ServerProcess(folder, database=self.template, wait=False)

    def take(self, another_follows: bool) -> ServerProcess:
        process = self.spare or self._launch()
        self.spare = self._launch() if another_follows else None
        process.wait_until_up()
        return process

    def close(self) -> None:
        if self.spare is not None:
            self.spare.stop()


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded database at the newest schema, as ``twinspace migrate`` leaves it.

    Made by the command in a process of its own: Playwright's event loop runs in
    this one from the first browser test on.
    """
    folder = tmp_path_factory.mktemp("migrated")
    subprocess.run(
        [sys.executable, "-m", "twinspace", "migrate"],
        env={**os.environ, "TWINSPACE_DATA_DIR": str(folder)},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return folder / "twinspace.db"


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory, migrated_database: Path) -> Iterator[Servers]:
    made = Servers(tmp_path_factory, migrated_database)
    yield made
    made.close()


@pytest.fixture(scope="module")
def module_server(
    tmp_path_factory: pytest.TempPathFactory, migrated_database: Path
) -> Iterator[ServerProcess]:
    """One server for a module whose tests share it, each looking at its own corner
    (a module does so by naming this as its ``server``)."""
    process = ServerProcess(tmp_path_factory.mktemp("module-server"), database=migrated_database)
    yield process
    process.stop()


@pytest.fixture
def server(servers: Servers, request: pytest.FixtureRequest) -> Iterator[ServerProcess]:
    items = request.session.items
    later = items[items.index(request.node) + 1 :]
    process = servers.take(
        another_follows=any(
            isinstance(item, pytest.Function) and "servers" in item.fixturenames for item in later
        )
    )
    yield process
    process.stop()


@pytest.fixture
def new_page(
    browser: Browser, server: ServerProcess, axe_source: str
) -> Iterator[Callable[..., Page]]:
    """Opens a page in a fresh browser context: one person on their own device.
    ``expected``: the starts of other error messages this page must log."""
    contexts = []
    problems: list[str] = []

    def record(message: ConsoleMessage, expected: tuple[str, ...]) -> None:
        if message.type == "error" and not message.text.startswith(expected):
            problems.append(message.text)

    def open_page(
        viewport: ViewportSize = TABLET, locale: str = "en-GB", expected: tuple[str, ...] = ()
    ) -> Page:
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
        page.on("console", lambda message: record(message, (EXPECTED_CONSOLE, *expected)))
        page.on("pageerror", lambda error: problems.append(str(error)))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not problems, problems
