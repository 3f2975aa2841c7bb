"""The independently written held-out set: its offsets are exact, and the targets still hold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "gold" / "heldout"


def load_script():
    spec = importlib.util.spec_from_file_location("heldout", ROOT / "scripts" / "evaluate_heldout_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gold_quote_cuts_its_text():
    files = sorted(HELDOUT.glob("*.json"))
    assert len(files) == 10
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (HELDOUT / gold["article"]).read_text(encoding="utf-8")
        for quote in gold["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]


def test_direct_quote_f1_and_speaker_accuracy_meet_the_target_on_unseen_articles():
    figures = load_script().score(HELDOUT, details=False)
    assert figures["gold_quotes"] == 87
    assert figures["f1"] >= 0.80
    assert figures["speaker_accuracy"] >= 0.80


def test_speaker_names_match_by_whole_words():
    script = load_script()
    assert script.same_speaker("Superintendent Dana Whitfield", "Dana Whitfield")
    assert script.same_speaker("Whitfield", "Dana Whitfield")
    assert not script.same_speaker("Transport Secretary", "Helen Marlowe")
    assert not script.same_speaker(None, "Helen Marlowe")
