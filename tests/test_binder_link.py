"""The Binder how-to gives links Binder accepts, and JupyterLab's news pop-up is off everywhere."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
LINK = re.compile(r"https://mybinder\.org/v2/gh/[^\s)`\"'>]+")
# mybinder.org's GitHub form: /v2/gh/<account>/<repository>/<ref>?urlpath=<lab|voila>/tree/<path>
WELL_FORMED = re.compile(
    r"^https://mybinder\.org/v2/gh/(?P<account>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?P<repo>[A-Za-z0-9._-]+)/"
    r"(?P<ref>[A-Za-z0-9._/-]+)\?urlpath=(?P<ui>lab|voila)/tree/(?P<path>[A-Za-z0-9._/-]+)$"
)


def links(text: str) -> list[str]:
    return LINK.findall(text)


def test_every_binder_link_in_the_docs_is_well_formed_and_opens_a_file_that_exists():
    found = links(GUIDE) + links(README)
    assert len(found) >= 3
    for link in found:
        match = WELL_FORMED.match(link)
        assert match, link
        assert match["account"] == "YOUR-ACCOUNT" and match["repo"] == "newslab", link
        assert (ROOT / match["path"]).exists(), link
    assert "OWNER/REPO" not in GUIDE + README


def test_the_link_format_check_rejects_what_binder_would_not_open():
    for bad in (
        "https://mybinder.org/v2/gh/OWNER/REPO?urlpath=lab/tree/notebooks/00_start_here.ipynb",  # no ref
        "https://mybinder.org/v2/gh/me/newslab/HEAD?urlpath=lab/notebooks/00_start_here.ipynb",  # no tree
        "https://mybinder.org/v2/gh/me/newslab/HEAD?labpath=00_start_here.ipynb&x=1",
        "https://mybinder.org/v2/gh/-me/newslab/HEAD?urlpath=lab/tree/notebooks/a.ipynb",  # bad account
    ):
        assert not WELL_FORMED.match(bad), bad


def test_the_how_to_walks_from_a_fork_to_a_shared_link():
    section = GUIDE.split("## Publishing the notebooks on Binder", 1)[1].split("\n## ", 1)[0]
    for step in ("**Fork.**", "**Make the link.**", "**Build it once.**", "**Share it.**"):
        assert step in section, step
    assert "badge_logo.svg" in section and "voila/tree/notebooks" in section


def test_the_news_pop_up_is_off_in_make_lab_and_on_binder(tmp_path):
    settings = json.loads((ROOT / "binder" / "overrides.json").read_text(encoding="utf-8"))
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    # Run postBuild as Binder does (from the repository's root), with a `python` whose prefix is
    # a scratch folder: the settings file must land where JupyterLab reads overrides.json.
    shim = tmp_path / "bin" / "python"
    shim.parent.mkdir()
    shim.write_text(f"#!/bin/sh\necho {tmp_path / 'prefix'}\n")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run([str(ROOT / "binder" / "postBuild")], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    written = tmp_path / "prefix" / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(written.read_text(encoding="utf-8")) == settings
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lab = makefile.split("\nlab:", 1)[1].split("\n\n", 1)[0]
    assert "$(LAB_SETTINGS)" in lab and "$(LAB_QUIET)" in lab
    assert "cp binder/overrides.json $(LAB_SETTINGS)" in makefile
    assert "--LabApp.news_url=None" in makefile
