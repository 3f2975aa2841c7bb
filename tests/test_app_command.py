"""``newslab app``: its arguments and errors. The browser tests (tests/browser) run the real app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslab.app import voila_arguments
from newslab.cli import build_parser, main
from newslab.errors import NewslabError

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-m", "newslab.cli", "app"]


def test_defaults_serve_the_notebooks_folder_on_this_computer():
    args = build_parser().parse_args(["app"])
    assert (args.path, args.port, args.ip, args.no_browser) == ("notebooks", 8866, "127.0.0.1", False)


def test_voila_gets_the_path_port_and_address(tmp_path):
    notebook = tmp_path / "explore.ipynb"
    notebook.write_text("{}", encoding="utf-8")
    assert voila_arguments(notebook, port=9000, ip="0.0.0.0", open_browser=True) == [
        str(notebook),
        "--port=9000",
        "--Voila.ip=0.0.0.0",
    ]
    assert voila_arguments(tmp_path, port=1, ip="127.0.0.1", open_browser=False)[-1] == "--no-browser"


@pytest.mark.parametrize(
    ("path", "words"),
    [("missing-folder", "no such notebook or folder: missing-folder"), ("README.md", "not a notebook")],
)
def test_a_bad_path_is_one_line_and_exit_1(path, words):
    result = subprocess.run(
        [*COMMAND, path, "--no-browser"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr


def test_without_voila_the_error_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "voila.app", None)  # makes `from voila.app import ...` fail
    assert main(["app", str(tmp_path), "--no-browser"]) == 1
    assert capsys.readouterr().err == "newslab: error: the app needs Voila: pip install 'newslab[app]'\n"


def test_voila_arguments_reject_a_file_that_is_not_a_notebook(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Kim arrived.", encoding="utf-8")
    with pytest.raises(NewslabError, match="not a notebook"):
        voila_arguments(text, port=8866, ip="127.0.0.1", open_browser=False)


def test_help_lists_the_app_and_its_options():
    result = subprocess.run([*COMMAND, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "--port" in result.stdout and "--no-browser" in result.stdout and "code" in result.stdout
