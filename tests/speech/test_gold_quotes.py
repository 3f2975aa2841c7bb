"""The gold annotations are well-formed, and the evaluation script measures what it says."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newslab
from newslab.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold"
SCRIPT = ROOT / "scripts" / "evaluate_quotes_claims.py"
GOLD_FILES = sorted((GOLD / "quotes").glob("*.json"))


def load_article(gold_dir: Path, name: str) -> newslab.Article:
    if name.startswith("newslab:"):
        return newslab.load(data_path(name.split(":", 1)[1]))
    return newslab.load(gold_dir / "articles" / name)


def test_there_is_a_seed_file_and_at_least_five_written_articles():
    sets = [json.loads(p.read_text(encoding="utf-8"))["set"] for p in GOLD_FILES]
    assert sets.count("seed") == 1
    assert sets.count("written") >= 5
    for path in (GOLD / "articles").glob("quotes_*.txt"):
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 350, path.name


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_offsets_cut_their_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = load_article(GOLD, gold["article"]).text
    for entry in gold["quotes"] + gold["claims"]:
        assert text[entry["start"] : entry["end"]] == entry["text"], entry
    for quote in gold["quotes"]:
        assert quote["text"][0] in "\"'\u201c\u2018"
        assert quote["speaker"] is None or quote["aliases"]
        assert not (quote["narration"] and quote["speaker"])
    for claim in gold["claims"]:
        assert claim["voice"] in {"author", "quoted", "reported", "unattributed"}
        assert claim["certainty"] in {"asserted", "hedged"}
    starts = [q["start"] for q in gold["quotes"]]
    assert starts == sorted(starts)


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300, check=True
    )


def test_targets_are_met_on_the_gold_sets():
    figures = json.loads(run_script(str(GOLD), "--json").stdout)
    for name in ("seed", "written", "overall"):
        assert figures[name]["quote_f1"] >= 0.95, name
        assert figures[name]["speaker_accuracy"] >= 0.90, name
        assert figures[name]["hedge_f1"] >= 0.85, name


def test_the_script_scores_another_folder_and_counts_misses(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "quotes").mkdir()
    text = 'A test\n\n"We are ready," Kim said. Critics say talks may fail.\n\n"Nobody wants war," Moon said.'
    (tmp_path / "articles" / "one.txt").write_text(text, encoding="utf-8")
    first = text.index('"We')
    sentences = newslab.Article.from_text(text).sentences
    gold = {
        "article": "one.txt",
        "set": "mine",
        "quotes": [  # the second quote is left out on purpose, the first has a wrong speaker
            {"start": first, "end": first + 15, "text": text[first : first + 15],
             "speaker": "Lee", "aliases": ["Lee"], "narration": False},
        ],
        "claims": [
            {"start": s.start, "end": s.end, "text": s.text, "voice": voice, "source": None,
             "aliases": [], "certainty": certainty}
            for s, voice, certainty in zip(
                sentences, ["quoted", "author", "quoted"], ["asserted", "hedged", "hedged"], strict=True
            )
        ],
    }
    (tmp_path / "quotes" / "one.json").write_text(json.dumps(gold), encoding="utf-8")
    figures = json.loads(run_script(str(tmp_path), "--json").stdout)["mine"]
    assert (figures["gold_quotes"], figures["predicted_quotes"], figures["matched_quotes"]) == (1, 2, 1)
    assert figures["quote_precision"] == 0.5 and figures["quote_recall"] == 1.0
    assert figures["speaker_accuracy"] == 0.0
    assert figures["voice_accuracy"] == pytest.approx(2 / 3)
    assert (figures["hedge_precision"], figures["hedge_recall"]) == (1.0, 0.5)
    details = run_script(str(tmp_path), "--details").stdout
    assert "extra quote" in details and "speaker of" in details and "voice of" in details


def test_the_script_rejects_an_empty_folder(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1 and "no gold files" in result.stderr


def test_gold_folder_can_be_copied_elsewhere(tmp_path):
    shutil.copytree(GOLD, tmp_path / "gold")
    figures = json.loads(run_script(str(tmp_path / "gold"), "--json").stdout)
    assert figures["overall"]["articles"] == len(GOLD_FILES)
