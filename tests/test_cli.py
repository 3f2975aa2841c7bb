"""The newslab command, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

import newslab

COMMAND = [sys.executable, "-m", "newslab.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, timeout=120)


def test_analyze_the_bundled_article_as_json(schema):
    result = run("analyze")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    assert document["title"]["text"] == "With Trump in waiting, Kim courts China's support"
    assert [(r["start"], r["end"]) for r in document["removed"]] == [(51, 102), (4179, 4195)]


def test_analyze_a_path_as_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Kim in Beijing\n\nKim arrived. Xi met him.", encoding="utf-8")
    result = run("analyze", str(path), "--format", "text")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "title:      Kim in Beijing" in out
    assert "sentences:  2" in out


def test_analyze_stdin():
    result = run("analyze", "-", stdin=b"Kim in Beijing\n\nKim arrived.")
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"newslab {newslab.__version__}"


def test_help_lists_the_analyze_command():
    result = run("--help")
    assert result.returncode == 0
    assert b"analyze" in result.stdout


def assert_one_line_error(result, code: int, words: str) -> None:
    assert result.returncode == code
    err = result.stderr.decode()
    assert err.count("\n") == 1, err
    assert words in err
    assert "Traceback" not in err
    assert result.stdout == b""


def test_usage_errors_exit_2_with_one_line():
    assert_one_line_error(run("analyze", "--format", "xml"), 2, "invalid choice")
    assert_one_line_error(run("frobnicate"), 2, "invalid choice")


def test_unreadable_input_exits_1_with_one_line(tmp_path):
    assert_one_line_error(run("analyze", str(tmp_path / "nope.txt")), 1, "no such file")
    assert_one_line_error(run("analyze", "-", stdin=b"  \n "), 1, "the article is empty")
    assert_one_line_error(run("analyze", "-", stdin=b"\x89PNG\r\n\x1a\n\x00"), 1, "PNG image")
    assert_one_line_error(run("analyze", str(tmp_path)), 1, "folder")
