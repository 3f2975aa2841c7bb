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
