"""Shared fixtures: the bundled article and its analysis, computed once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newslab

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "docs" / "schema" / "analysis.schema.json"


@pytest.fixture(scope="session")
def seed() -> newslab.Article:
    return newslab.load()


@pytest.fixture(scope="session")
def seed_analysis(seed: newslab.Article) -> newslab.Analysis:
    return newslab.analyze(seed)


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


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
