"""Loading files: encodings, binary data, missing files, HTML, and never writing to inputs."""

from __future__ import annotations

import codecs
import os

import pytest

import newslab
from newslab.errors import BinaryInputError, EmptyArticleError, UnreadableInputError

BODY = "Kim in Beijing\n\nKim arrived in Beijing on Monday. He met Xi, said officials.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (BODY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + BODY.encode("utf-8"), "utf-8-sig"),
        (BODY.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), "utf-16"),
    ],
)
def test_utf_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    article = newslab.load(path)
    assert article.text == BODY
    assert article.encoding == encoding
    assert article.warnings == ()


def test_cp1252_falls_back_with_a_warning(tmp_path):
    text = "Caf\u00e9 owners \u201cwelcome\u201d the \u20ac5 plan\n\nThe caf\u00e9 said it would open."
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1252"))
    article = newslab.load(path)
    assert article.text == text
    assert article.encoding == "cp1252"
    assert any("Windows-1252" in w for w in article.warnings)


def test_bytes_undefined_in_cp1252_are_read_as_latin1(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Title\n\nA \x81 odd \xe9 byte.")
    assert newslab.load(path).text == "Title\n\nA \x81 odd \u00e9 byte."


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"%PDF-1.7\n%\xe2\xe3",
        b"some text\x00\x00with NUL bytes",
        bytes(range(1, 32)) * 20,
    ],
)
def test_binary_content_is_a_clear_error(tmp_path, data):
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    with pytest.raises(BinaryInputError, match="not (a )?text"):
        newslab.load(path)


def test_missing_file_and_folder_are_clear_errors(tmp_path):
    with pytest.raises(UnreadableInputError, match="no such file"):
        newslab.load(tmp_path / "missing.txt")
    with pytest.raises(UnreadableInputError, match="folder"):
        newslab.load(tmp_path)


def test_empty_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyArticleError):
        newslab.load(path)


def test_loading_never_writes_to_the_input(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(BODY.encode("utf-8"))
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    newslab.analyze(newslab.load(path)).to_dict()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


PAGE = """<!DOCTYPE html><html><head><title>Kim courts China | Example News</title>
<meta property="og:title" content="Kim courts China's support"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kim courts China's support</h1>
<p>North Korean leader Kim Jong Un arrived in Beijing on Tuesday for his fourth visit to China
in a year, state media said.</p>
<p>"We hope the talks will be a stepping stone," Kim said, according to the official news agency.</p>
<p>Chinese officials said the two leaders discussed trade &amp; security over dinner.</p>
</article><footer>Copyright 2019 Example News</footer></body></html>"""


def test_html_files_keep_main_text_title_and_the_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = newslab.load(path)
    assert article.title.text == "Kim courts China's support"
    assert "fourth visit to China" in article.text
    assert "trade & security" in article.text
    assert "Home" not in article.text
    assert article.html == PAGE
    assert article.sentences and all(s.start >= article.title.end for s in article.sentences)
