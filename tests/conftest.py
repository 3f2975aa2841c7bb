"""Shared fixtures: the bundled article and its analysis, computed once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newslab

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "docs" / "schema" / "analysis.schema.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="browser tests: save the course screenshots into docs/screenshots/ (else a scratch folder)",
    )


@pytest.fixture(scope="session")
def seed() -> newslab.Article:
    return newslab.load()


@pytest.fixture(scope="session")
def seed_analysis(seed: newslab.Article) -> newslab.Analysis:
    return newslab.analyze(seed)


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def invalid_spans(document: object, text: str) -> list[dict]:
    """Every dict in a JSON document with ``start``, ``end`` and ``text`` keys that does not
    cut exactly its ``text`` out of the article's text (an empty list when all spans are valid).

    The walk is generic, so spans added by any analysis layer are checked too.
    """
    bad: list[dict] = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys():
                start, end = node["start"], node["end"]
                if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
                        and text[start:end] == node["text"]):
                    bad.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return bad


@pytest.fixture(scope="session")
def check_spans():
    """A function that asserts every span of an analysis document is exact; returns how many."""

    def check(document: dict) -> int:
        bad = invalid_spans(document, document["text"])
        assert not bad, bad[:3]
        return _count_spans(document)

    return check


def _count_spans(node: object) -> int:
    if isinstance(node, dict):
        own = 1 if {"start", "end", "text"} <= node.keys() else 0
        return own + sum(_count_spans(v) for v in node.values())
    if isinstance(node, list):
        return sum(_count_spans(v) for v in node)
    return 0


def _check_spans(text: str, quotes=(), claims=()) -> int:
    """Assert text[start:end] == span.text for every span of quotes and claims; count them."""
    spans = []
    for quote in quotes:
        spans += [quote, *quote.parts]
        spans += [s for s in (quote.speaker_mention, quote.cue) if s is not None]
    spans += list(getattr(quotes, "stray_marks", ()))
    for claim in claims:
        spans += [claim, *claim.cues]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    return len(spans)


@pytest.fixture(scope="session")
def exact_spans():
    """A checker: every span of the given quotes and claims cuts exactly its text."""
    return _check_spans
