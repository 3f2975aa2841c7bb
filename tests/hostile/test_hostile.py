"""Hostile files through the loader, newslab.analyze, `newslab analyze` and `newslab corpus`.

Each file must give either the clear NewslabError listed for it in ``make_hostile.py`` (exit
code 1 and one line on standard error for the command line), or a result in which every span
cuts exactly its text out of the article.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from make_hostile import HOSTILE, make_hostile

import newslab
from newslab import errors

COMMAND = [sys.executable, "-m", "newslab.cli"]
NAMES = sorted(HOSTILE)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return make_hostile(tmp_path_factory.mktemp("hostile"))


def expected_error(name: str) -> type[newslab.NewslabError] | None:
    error = HOSTILE[name][1]
    return getattr(errors, error) if error else None


@pytest.mark.parametrize("name", NAMES)
def test_the_loader(hostile, name):
    error = expected_error(name)
    if error:
        with pytest.raises(error):
            newslab.load(hostile[name])
        return
    article = newslab.load(hostile[name])
    spans = [*article.paragraphs, *article.sentences, *article.removed]
    spans += [article.title] if article.title else []
    assert all(article.text[s.start : s.end] == s.text for s in spans)
    assert article.sentences, "every readable hostile file has at least one sentence"


@pytest.mark.parametrize("name", NAMES)
def test_analyze(hostile, name, check_spans):
    error = expected_error(name)
    if error:
        with pytest.raises(error):
            newslab.analyze(hostile[name])
        return
    document = newslab.analyze(hostile[name]).to_dict()
    assert check_spans(json.loads(json.dumps(document))) >= len(document["sentences"])


@pytest.mark.parametrize("name", NAMES)
def test_the_analyze_command(hostile, name, check_spans):
    result = subprocess.run([*COMMAND, "analyze", str(hostile[name])], capture_output=True, timeout=120)
    stderr = result.stderr.decode("utf-8")
    if expected_error(name):
        assert result.returncode == 1, stderr
        assert stderr.startswith("newslab: error: ") and stderr.count("\n") == 1, stderr
        assert result.stdout == b""
        return
    assert result.returncode == 0, stderr
    document = json.loads(result.stdout)
    assert document["text"] == newslab.load(hostile[name]).text
    check_spans(document)


def test_the_corpus_command(hostile, tmp_path):
    folder = next(iter(hostile.values())).parent
    out = tmp_path / "rows.jsonl"
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in hostile.values()}
    result = subprocess.run(
        [*COMMAND, "corpus", str(folder), "-o", str(out), "--workers", "2", "--tables", str(tmp_path)],
        capture_output=True, timeout=300,
    )
    failures = sum(1 for name in NAMES if expected_error(name))
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().startswith(f"newslab: {failures} of {len(NAMES)} articles could not")
    rows = {row["path"]: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(rows) == sorted(str(path) for path in hostile.values())
    for name, path in hostile.items():
        row = rows[str(path)]
        error = expected_error(name)
        if error:
            assert row["error"] == str(pytest.raises(error, newslab.load, path).value)
            assert "\n" not in row["error"]
        else:
            assert row["error"] is None
            assert row["sentences"] == len(newslab.load(path).sentences)
            assert row["title"] is None or row["title"] in newslab.load(path).text
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in hostile.values()} == before
