"""The gold annotations are sound, and the actors layer meets its targets on them."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

import pytest

import newslab
from newslab.actors.mentions import ACTOR_KINDS

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "gold" / "actors").glob("*.json"))


@functools.lru_cache(maxsize=1)
def load_script():
    spec = importlib.util.spec_from_file_location("evaluate_actors", ROOT / "scripts" / "evaluate_actors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_there_is_a_seed_gold_and_at_least_five_written_articles():
    names = [json.loads(p.read_text(encoding="utf-8"))["article"] for p in GOLD]
    assert "000_e586c0e5b942bb85.txt" in names
    assert len([n for n in names if n.startswith("actors_")]) >= 5


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_offsets_cut_names_out_of_the_loaded_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = newslab.load(load_script().article_path(gold["article"], path.parent))
    ids = [actor["id"] for actor in gold["actors"]]
    assert len(ids) == len(set(ids))
    spans = []
    for actor in gold["actors"]:
        assert actor["kind"] in ACTOR_KINDS and actor["name"]
        for start, end in actor["mentions"]:
            text = article.text[start:end]
            assert text and text.strip() == text and text[0].isalnum()
            assert not any(r.start < end and start < r.end for r in article.removed)
            spans.append((start, end))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "gold mentions overlap"


def test_written_articles_are_short_news_stories():
    for path in sorted((ROOT / "gold" / "articles").glob("actors_*.txt")):
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 300, path.name


def test_mention_precision_and_recall_reach_the_targets():
    script = load_script()
    for selection in ("seed", "written"):
        total = script.Score()
        for path in GOLD:
            is_seed = json.loads(path.read_text(encoding="utf-8"))["article"].startswith("000_")
            if is_seed == (selection == "seed"):
                total.add(script.score_file(path, None))
        precision = total.exact / total.found
        recall = total.exact / total.gold
        assert precision >= 0.95 and recall >= 0.95, (selection, precision, recall, total.misses)
