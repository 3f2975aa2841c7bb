"""Fixtures for the browser tests: servers, Chromium, executed notebooks and screenshots.

Everything here is started once for the folder and stopped after its last test: one JupyterLab,
two ``newslab app`` servers, one Chromium. A missing or broken Chromium is an error, not a skip.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect, sync_playwright

from .pages import AppPage, LabNotebook
from .servers import Server, jupyter_lab, newslab_app

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
COMMITTED_SCREENSHOTS = REPO / "docs" / "screenshots"

CHROMIUM = os.environ.get("NEWSLAB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 800}
EXPECT_TIMEOUT_MS = 30_000  # how long expect() waits for a widget to show the kernel's answer

expect.set_options(timeout=EXPECT_TIMEOUT_MS)
_WALL_TIME: list[float] = []


def course_notebooks() -> list[str]:
    """The course notebooks' file names, in reading order."""
    return sorted(path.name for path in NOTEBOOKS.glob("[0-9]*.ipynb"))


@pytest.fixture(scope="package", autouse=True)
def wall_clock() -> Iterator[None]:
    """Time the whole browser suite, servers included; printed at the end of the run."""
    start = time.monotonic()
    yield
    _WALL_TIME.append(time.monotonic() - start)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the browser suite's wall time after the test summary."""
    for seconds in _WALL_TIME:
        terminalreporter.write_line(f"browser tests: wall time {seconds:.1f} s (servers, Chromium and all)")


@pytest.fixture(scope="package")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch folder holding copies of notebooks/ and the fixtures: tests never touch the repo's."""
    root = tmp_path_factory.mktemp("browser")
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    shutil.copytree(NOTEBOOKS, root / "site" / "notebooks", ignore=ignore)
    shutil.copytree(FIXTURES, root / "site" / "fixtures", ignore=ignore)
    return root


@pytest.fixture(scope="package")
def lab_token() -> str:
    return secrets.token_hex(16)


@pytest.fixture(scope="package")
def lab(work: Path, lab_token: str) -> Iterator[Server]:
    """JupyterLab serving the scratch copies (``notebooks/...`` and ``fixtures/...``)."""
    server = jupyter_lab(work / "site", work / "lab-home", token=lab_token)
    yield from _running(server, f"/api/status?token={lab_token}")


@pytest.fixture(scope="package")
def course_app(work: Path) -> Iterator[Server]:
    """``newslab app`` on the copy of notebooks/, as a teacher runs it: every notebook listed."""
    yield from _running(newslab_app(work / "site" / "notebooks", work / "app-home"), "/")


@pytest.fixture(scope="package")
def fixture_app(work: Path) -> Iterator[Server]:
    """``newslab app`` on the one fixture notebook, shown at ``/``."""
    server = newslab_app(work / "site" / "fixtures" / "widget_demo.ipynb", work / "fixture-app-home")
    yield from _running(server, "/voila/static/voila.js")  # "/" would execute the notebook


def _running(server: Server, ready_path: str) -> Iterator[Server]:
    try:
        server.start(ready_path)
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="package")
def browser(work: Path) -> Iterator[BrowserContext]:
    """Debian's Chromium driven by Playwright, with a fresh profile. Fails loudly if it cannot start."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: the browser tests need it. Install it with "
            "`sudo apt-get install chromium` (Debian/Ubuntu), or set NEWSLAB_CHROMIUM to a "
            "Chromium or Chrome binary.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                work / "chromium-profile",
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport=VIEWPORT,
            )
        except Exception as error:  # noqa: BLE001 - any launch failure must read as one clear failure
            pytest.fail(f"Chromium ({CHROMIUM}) did not start: {error}", pytrace=False)
        yield context
        context.close()


class Screenshots:
    """Where screenshots go: docs/screenshots/ with ``--screenshots``, else a scratch folder."""

    def __init__(self, committed: Path, scratch: Path, refresh: bool):
        self.committed = committed if refresh else scratch
        self.scratch = scratch

    def save(self, target: Page | Locator, name: str, *, course: bool = True) -> Path:
        """Save a PNG of a page or a widget; course screenshots go to the committed folder."""
        folder = self.committed if course else self.scratch
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        target.screenshot(path=path, animations="disabled")
        return path


@pytest.fixture(scope="package")
def screenshots(request: pytest.FixtureRequest, work: Path) -> Screenshots:
    return Screenshots(COMMITTED_SCREENSHOTS, work / "screenshots", request.config.getoption("--screenshots"))


class OnePageAtATime:
    """Open a page for a key once, for every test that asks; opening the next key closes it.

    The tests of one notebook come one after the other, so each notebook runs once per front end
    and only one of its kernels is alive at a time. A page that failed to open fails every test
    that asks for it again, with the first error.
    """

    def __init__(self, open_page: Callable[[str], LabNotebook | AppPage]):
        self.open_page = open_page
        self.key: str | None = None
        self.outcome: LabNotebook | AppPage | Exception | None = None

    def __call__(self, key: str) -> LabNotebook | AppPage:
        if key != self.key:
            self.close()
            self.key = key
            try:
                self.outcome = self.open_page(key)
            except Exception as error:  # noqa: BLE001 - kept, and reported to the next tests too
                self.outcome = error
                raise
        if isinstance(self.outcome, Exception):
            pytest.fail(
                f"{key} could not be opened and run, see its first test: {self.outcome}", pytrace=False
            )
        return self.outcome

    def close(self) -> None:
        """Close the open page, and end its kernel."""
        if isinstance(self.outcome, LabNotebook | AppPage):
            self.outcome.close()
        self.key = self.outcome = None


@pytest.fixture(scope="package")
def executed_in_lab(browser: BrowserContext, lab: Server, lab_token: str) -> Iterator[OnePageAtATime]:
    """``executed_in_lab("notebooks/00_start_here.ipynb")``: that notebook open, every cell run."""

    def open_and_run(path: str) -> LabNotebook:
        notebook = LabNotebook.open(browser, lab, lab_token, path)
        notebook.run_all()
        return notebook

    pages = OnePageAtATime(open_and_run)
    yield pages
    pages.close()


@pytest.fixture(scope="package")
def shown_in_app(browser: BrowserContext) -> Iterator[OnePageAtATime]:
    """``shown_in_app(url)``: that app page, loaded with every cell run and every output shown."""
    pages = OnePageAtATime(lambda url: AppPage.open(browser, url))
    yield pages
    pages.close()
