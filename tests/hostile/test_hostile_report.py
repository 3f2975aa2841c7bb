"""Hostile files through the HTML report: every readable one gives a page that is well formed,
inert (no tag or event attribute from the article) and self-contained; the others a one-line error.
"""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser

import pytest
from make_hostile import HOSTILE, make_hostile

import newslab
from newslab.views.report import render_report

COMMAND = [sys.executable, "-m", "newslab.cli"]
READABLE = sorted(name for name, (_, error) in HOSTILE.items() if error is None)
MARKUP = ["script_tag.txt", "img_onerror.txt", "script_page.html"]
VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return make_hostile(tmp_path_factory.mktemp("hostile"))


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.handlers: list[str] = []
        self.open: list[str] = []
        self.misnested: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.handlers += [f"{tag} {name}" for name, _ in attrs if name.lower().startswith("on")]
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        opened = self.open.pop() if self.open else None
        if opened != tag:
            self.misnested.append(f"<{opened}> closed by </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_page(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert not parser.misnested and not parser.open, (parser.misnested[:3], parser.open[:3])
    assert not {"script", "img", "iframe", "object", "embed", "link"} & set(parser.tags)
    assert not parser.handlers, parser.handlers
    lowered = page.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert "http://" not in page and "https://" not in page
    return parser


@pytest.mark.parametrize("name", READABLE)
def test_the_report_of_each_readable_file_is_inert_and_complete(hostile, name):
    analysis = newslab.analyze(hostile[name])
    parser = check_page(render_report(analysis))
    assert parser.tags.count("section") >= 2
    shown = "".join(parser.text)
    assert all(s.text.strip()[:30] in shown for s in analysis.article.sentences[:50])


@pytest.mark.parametrize("name", MARKUP)
def test_the_report_command_shows_markup_as_text(hostile, name, tmp_path):
    out = tmp_path / "report.html"
    result = subprocess.run([*COMMAND, "report", str(hostile[name]), "-o", str(out)],
                            capture_output=True, timeout=180)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    check_page(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;img src=x onerror=alert(1)&gt;" in page
    assert str(hostile[name]) in "".join(check_page(page).text)


@pytest.mark.parametrize("name", sorted(n for n, (_, error) in HOSTILE.items() if error))
def test_an_unreadable_file_is_one_line_and_no_report(hostile, name, tmp_path):
    out = tmp_path / "report.html"
    result = subprocess.run([*COMMAND, "report", str(hostile[name]), "-o", str(out)],
                            capture_output=True, timeout=180)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1 and stderr.startswith("newslab: error: ") and stderr.count("\n") == 1
    assert not out.exists()
