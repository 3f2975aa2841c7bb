"""JupyterLab as a class first sees it on Binder: no news pop-up over the notebooks.

Binder's postBuild copies ``binder/overrides.json`` into JupyterLab's settings folder (and
``make lab`` does the same in .venv). Here a JupyterLab runs with that file as its only setting
(no user settings, no command-line flags), and a control without it shows that the pop-up does
appear otherwise, so the test would notice it.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from pathlib import Path

import pytest

from .pages import PAGE_TIMEOUT_MS
from .servers import Server, free_port, jupyter_env

ROOT = Path(__file__).resolve().parents[2]
NEWS_QUESTION = "official Jupyter news"


def plain_lab(root: Path, home: Path, settings: Path | None, token: str) -> Server:
    """JupyterLab with no user settings; ``settings`` (an overrides.json) as Binder installs it."""
    app_settings = home / "app-settings"
    app_settings.mkdir(parents=True, exist_ok=True)
    if settings is not None:
        shutil.copy(settings, app_settings / "overrides.json")
    port = free_port()
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}",
        f"--IdentityProvider.token={token}", f"--LabApp.app_settings_dir={app_settings}",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    return Server("JupyterLab", command, port=port, env=jupyter_env(home), log=home / "jupyterlab.log")


def news_shown(browser, work: Path, name: str, settings: Path | None) -> bool:
    token = secrets.token_hex(16)
    server = plain_lab(work / "site", work / name, settings, token)
    try:
        server.start(f"/api/status?token={token}")
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    page = browser.new_page()
    try:
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.goto(server.url(f"/lab/tree/notebooks/00_start_here.ipynb?reset&token={token}"))
        page.wait_for_selector(".jp-Notebook")
        page.wait_for_timeout(8000)  # the question comes a few seconds after the page is ready
        return NEWS_QUESTION in page.locator("body").inner_text()
    finally:
        page.close()
        server.stop()


def test_the_news_question_is_off_with_binders_settings_and_on_without(browser, work):
    assert not news_shown(browser, work, "lab-binder", ROOT / "binder" / "overrides.json")
    assert news_shown(browser, work, "lab-bare", None), "the control: JupyterLab asks without the file"
