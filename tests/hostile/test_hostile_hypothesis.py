"""Random hostile text through newslab.analyze and the command line.

Whatever the text (random Unicode, runs of quote marks, HTML fragments, very long lines),
newslab either raises a NewslabError or returns a document in which every span is exact.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslab
from newslab import cli
from newslab.errors import NewslabError

QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "``", "''"]
WORDS = ["Kim", "said", "Mr.", "U.S.", "officials", "told", "reporters", ".", ",", "?", "!", " ", " ",
         "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u05e9\u05dc\u05d5\u05dd", "\U0001F600"]
HTML = ["<p>", "</p>", "<br>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;",
        "&lt;", "<!--", "-->", "<article>", "</article>", "<h1>", "</h1>", "<div class='x'>", "</div>",
        "<![CDATA[", "]]>", "<html><body>", "</body></html>"]

PIECES = st.one_of(st.text(max_size=30), st.sampled_from(QUOTES + WORDS + HTML))
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(PIECES, max_size=60).map("".join),
    st.builds(lambda piece, times: piece * times, st.sampled_from(QUOTES + WORDS + ["Kim said "]),
              st.integers(1, 3000)),
    st.builds(lambda head, line: head + "\n\n" + line, st.text(max_size=40),
              st.lists(st.sampled_from(["Kim", "said", '"', "\u201c", ",", "."]), max_size=4000)
              .map(" ".join)),
)
BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(BASE, max_examples=400)
@given(text=TEXTS)
def test_analyze_gives_exact_spans_or_a_newslab_error(text, check_spans):
    try:
        document = newslab.analyze(text).to_dict()
    except NewslabError:
        return
    assert document["text"] == text
    check_spans(json.loads(json.dumps(document)))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("random")


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


@settings(BASE, max_examples=100)
@given(text=TEXTS, suffix=st.sampled_from([".txt", ".html"]))
def test_the_commands_give_exact_spans_or_one_error_line(text, suffix, folder, check_spans):
    path = folder / f"article{suffix}"
    path.write_text(text, encoding="utf-8", newline="")
    code, out, err = run_cli("analyze", str(path))
    if code == 1:
        assert out == "" and err.startswith("newslab: error: ") and err.count("\n") == 1, err
    else:
        assert code == 0, err
        check_spans(json.loads(out))
    table = folder / "rows.jsonl"
    code, out, err = run_cli("corpus", str(path), "-o", str(table), "--workers", "1")
    assert code == 0 and out == "", err
    [row] = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines()]
    assert (row["error"] is None) == (err == "")
    assert row["error"] is None or "\n" not in row["error"]
