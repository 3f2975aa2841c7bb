"""The analysis document: JSON Schema, content, and tables."""

from __future__ import annotations

import json

import jsonschema
import pytest

import newslab


def test_seed_document_validates_against_the_schema(seed_analysis, schema):
    document = json.loads(seed_analysis.to_json())
    jsonschema.validate(document, schema)
    assert document["schema"] == schema["properties"]["schema"]["const"]


def test_schema_rejects_a_broken_document(seed_analysis, schema):
    document = seed_analysis.to_dict()
    document["sentences"][0] = {"start": 0}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_document_spans_cut_the_document_text(seed_analysis):
    document = seed_analysis.to_dict()
    text = document["text"]
    spans = [document["title"], *document["removed"], *document["paragraphs"], *document["sentences"]]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    assert all(document["paragraphs"][s["paragraph"]]["kind"] == "body" for s in document["sentences"])


def test_tables_hold_the_same_content(seed_analysis):
    tables = seed_analysis.tables()
    document = seed_analysis.to_dict()
    assert list(tables["sentences"]["text"]) == [s["text"] for s in document["sentences"]]
    assert list(tables["removed"]["reason"]) == [r["reason"] for r in document["removed"]]
    assert tables["paragraphs"].shape == (23, 5)


def test_analyze_accepts_an_article_a_string_or_a_path(seed, tmp_path):
    from_article = newslab.analyze(seed).to_dict()
    from_string = newslab.analyze(seed.text).to_dict()
    path = tmp_path / "seed.txt"
    path.write_text(seed.text, encoding="utf-8")
    from_path = newslab.analyze(path).to_dict()
    assert from_article["sentences"] == from_string["sentences"] == from_path["sentences"]


def test_analyze_rejects_other_types_clearly():
    with pytest.raises(TypeError, match="takes an Article"):
        newslab.analyze(42)


def test_analysis_is_deterministic(seed):
    assert newslab.analyze(seed).to_json() == newslab.analyze(seed).to_json()
