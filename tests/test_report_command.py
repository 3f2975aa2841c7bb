"""`newslab report`, run as a real subprocess: the committed example is what it writes today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "example-report.html"
COMMAND = [sys.executable, "-m", "newslab.cli"]
REGENERATE = "newslab report -o docs/example-report.html   (or: make example-report)"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, timeout=180, cwd=cwd)


def assert_one_line_error(result, code: int, words: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err, err
    assert result.stdout == b""


def test_the_bundled_article_gives_the_committed_example(tmp_path):
    out = tmp_path / "report.html"
    result = run("report", "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"wrote {out}: open it in a web browser\n"
    assert out.read_bytes() == EXAMPLE.read_bytes(), f"docs/example-report.html is stale: run {REGENERATE}"


def test_standard_input_to_standard_output():
    result = run("report", "-", "-o", "-", stdin="Kim in Beijing\n\nKim arrived <b>today</b>. ✓".encode())
    assert result.returncode == 0, result.stderr
    page = result.stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "&lt;stdin&gt;" in page and "Kim arrived &lt;b&gt;today&lt;/b&gt;. ✓" in page


def test_usage_and_input_errors_are_one_line(tmp_path):
    assert_one_line_error(run("report"), 2, "the following arguments are required: -o/--output")
    assert_one_line_error(run("report", "a.txt", "b.txt", "-o", "r.html"), 2, "unrecognized arguments")
    assert_one_line_error(run("report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html")), 1,
                          "no such file")
    assert_one_line_error(run("report", "-", "-o", str(tmp_path / "r.html"), stdin=b" \n"), 1,
                          "the article is empty")
    assert not (tmp_path / "r.html").exists()


def test_an_output_that_cannot_be_written_is_one_line_before_any_work(tmp_path):
    assert_one_line_error(run("report", "-o", str(tmp_path)), 1, "it is a folder")
    assert_one_line_error(run("report", "-o", str(tmp_path / "no" / "r.html")), 1, "does not exist")


def test_the_report_never_overwrites_the_article(tmp_path):
    article = tmp_path / "story.html"
    article.write_text("<html><body><h1>Kim in Beijing</h1><p>Kim arrived.</p></body></html>")
    before = article.read_bytes()
    assert_one_line_error(run("report", str(article), "-o", str(tmp_path / "." / "story.html")), 1,
                          "it is the article itself")
    assert article.read_bytes() == before


def test_help_lists_the_report_command():
    result = run("--help")
    assert result.returncode == 0 and b"newslab report story.txt -o report.html" in result.stdout
    assert b"report" in run("report", "--help").stdout
