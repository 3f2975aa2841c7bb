"""scripts/evaluate_polnear.py on a tiny PolNeAR-shaped folder written here (no corpus text)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "evaluate_polnear.py"

TEXT = (
    "Port talks stall\n\n"
    '"We will not move," Ana Ruiz said on Monday.\n\n'
    'The union called the offer "an insult" and walked out.\n'
)


def _offsets(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def write_snapshot(root: Path) -> Path:
    split = root / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "port.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    spans = {
        "T1": ("Content", '"We will not move,"'),
        "T2": ("Source", "Ana Ruiz"),
        "T3": ("Cue", "said"),
        "T4": ("Content", 'the offer "an insult"'),
        "T5": ("Source", "The union"),
        "T6": ("Cue", "called"),
    }
    for key, (label, words) in spans.items():
        start, end = _offsets(words)
        lines.append(f"{key}\t{label} {start} {end}\t{words}")
    lines.append("E1\tAttribution:T3 Source:T2 Content:T1 Cue:T3")
    lines.append("E2\tAttribution:T6 Source:T5 Content:T4 Cue:T6")
    (split / "attributions" / "port_a1b2.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_scores_a_direct_quote_and_a_fragment(tmp_path):
    result = run(str(write_snapshot(tmp_path)), "--split", "dev")
    assert result.returncode == 0, result.stderr
    lines = {line[:38].strip(): line[38:].split() for line in result.stdout.splitlines()}
    assert lines["speaker right, direct quotes"] == ["1.000", "1/1"]
    assert lines["speaker right, every quoted stretch"] == ["1.000", "2/2"]
    assert lines["no speaker, every quoted stretch"] == ["0.000", "0/2"]
    assert "1 direct quotes, 1 fragments" in result.stdout


def test_the_test_split_is_refused(tmp_path):
    result = run(str(write_snapshot(tmp_path)), "--split", "test")
    assert result.returncode != 0 and "invalid choice" in result.stderr


def test_a_folder_without_the_split_says_so(tmp_path):
    result = run(str(tmp_path), "--split", "train")
    assert result.returncode != 0 and "no PolNeAR train split" in result.stderr


def write_article(root: Path, text: str, spans: dict[str, tuple[str, str]], events: list[str]) -> Path:
    """A one-article dev split: ``spans`` are BRAT text-bound annotations (key -> label,
    words, found by their first occurrence in ``text``), ``events`` the event lines."""
    split = root / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "port.txt").write_text(text, encoding="utf-8")
    lines = []
    for key, (label, words) in spans.items():
        start = text.index(words)
        lines.append(f"{key}\t{label} {start} {start + len(words)}\t{words}")
    lines += events
    (split / "attributions" / "port_a1b2.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def figures(*args: str) -> dict[str, list[str]]:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return {line[:38].strip(): line[38:].split() for line in result.stdout.splitlines()}


def test_a_source_and_cue_marked_the_wrong_way_round_are_swapped_back(tmp_path):
    # PolNeAR sometimes marks `"...," said Ana Ruiz` with SOURCE "said" and CUE "Ana Ruiz"
    text = 'Port talks stall\n\n"We will not move," said Ana Ruiz, a union steward.\n'
    spans = {"T1": ("Content", '"We will not move,"'), "T2": ("Source", "said"),
             "T3": ("Cue", "Ana Ruiz, a union steward")}
    root = write_article(tmp_path, text, spans, ["E1\tAttribution:T3 Source:T2 Content:T1 Cue:T3"])
    assert figures(str(root), "--split", "dev")["speaker right, direct quotes"] == ["1.000", "1/1"]


def test_antecedents_read_by_a_person_replace_the_scripts_guess(tmp_path):
    # newslab and the script's chain both take "she" to be Ana Ruiz, the only woman named;
    # a reader's answer file that says otherwise is what the speaker is scored against
    text = 'Port talks stall\n\nAna Ruiz said talks would go on.\n\n"We will not move," she said.\n'
    spans = {"T1": ("Content", "talks would go on"), "T2": ("Source", "Ana Ruiz"),
             "T3": ("Content", '"We will not move,"'), "T4": ("Source", "she")}
    root = write_article(tmp_path, text, spans, ["E1\tContent:T1 Source:T2", "E2\tContent:T3 Source:T4"])
    she = text.index("she said")
    answers = tmp_path / "answers.tsv"

    def direct(answer: str | None) -> list[str]:
        if answer is None:
            return figures(str(root), "--split", "dev")["speaker right, direct quotes"]
        answers.write_text(f"article\tstart\tend\tpronoun\tantecedent\nport\t{she}\t{she + 3}\tshe\t"
                           f"{answer}\n", encoding="utf-8")
        return figures(str(root), "--split", "dev", "--antecedents", str(answers))[
            "speaker right, direct quotes"]

    assert direct(None) == ["1.000", "1/1"]
    assert direct("Ana Ruiz") == ["1.000", "1/1"]
    assert direct("Mia Sol") == ["0.000", "0/1"]
    assert direct("?") == ["-", "0/0"]  # left out of the speaker figures


def test_a_missing_antecedents_file_says_so(tmp_path):
    result = run(str(write_snapshot(tmp_path)), "--split", "dev", "--antecedents", str(tmp_path / "none.tsv"))
    assert result.returncode != 0 and "no antecedents file" in result.stderr
