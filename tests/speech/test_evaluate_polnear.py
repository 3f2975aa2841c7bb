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


def test_a_source_and_cue_marked_the_wrong_way_round_are_swapped_back(tmp_path):
    # PolNeAR sometimes marks `"...," said Ana Ruiz` with SOURCE "said" and CUE "Ana Ruiz"
    text = 'Port talks stall\n\n"We will not move," said Ana Ruiz, a union steward.\n'
    split = tmp_path / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "port.txt").write_text(text, encoding="utf-8")
    spans = {"T1": ("Content", '"We will not move,"'), "T2": ("Source", "said"),
             "T3": ("Cue", "Ana Ruiz, a union steward")}
    lines = []
    for key, (label, words) in spans.items():
        start = text.index(words)
        lines.append(f"{key}\t{label} {start} {start + len(words)}\t{words}")
    lines.append("E1\tAttribution:T3 Source:T2 Content:T1 Cue:T3")
    (split / "attributions" / "port_a1b2.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(tmp_path), "--split", "dev")
    assert result.returncode == 0, result.stderr
    lines_out = {line[:38].strip(): line[38:].split() for line in result.stdout.splitlines()}
    assert lines_out["speaker right, direct quotes"] == ["1.000", "1/1"]


def test_antecedents_read_by_a_person_replace_the_scripts_guess(tmp_path):
    # the script's chain takes "she" to be the last capitalised SOURCE (Ana Ruiz); the reader
    # knows she is Mia Sol, who is named only as an object
    text = ('Port talks stall\n\nAna Ruiz said talks would go on. Mia Sol disagreed.\n\n'
            '"We will not move," she said.\n')
    split = tmp_path / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "port.txt").write_text(text, encoding="utf-8")
    spans = {"T1": ("Content", "talks would go on"), "T2": ("Source", "Ana Ruiz"),
             "T3": ("Content", '"We will not move,"'), "T4": ("Source", "she")}
    lines = []
    for key, (label, words) in spans.items():
        start = text.index(words)
        lines.append(f"{key}\t{label} {start} {start + len(words)}\t{words}")
    lines += ["E1\tContent:T1 Source:T2", "E2\tContent:T3 Source:T4"]
    (split / "attributions" / "port_a1b2.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    she = text.index('she said')
    answers = tmp_path / "answers.tsv"
    answers.write_text(f"article\tstart\tend\tpronoun\tantecedent\nport\t{she}\t{she + 3}\tshe\tMia Sol\n",
                       encoding="utf-8")

    def direct(*extra: str) -> list[str]:
        result = run(str(tmp_path), "--split", "dev", *extra)
        assert result.returncode == 0, result.stderr
        return {line[:38].strip(): line[38:].split() for line in result.stdout.splitlines()}[
            "speaker right, direct quotes"]

    by_chain = direct()
    by_reader = direct("--antecedents", str(answers))
    # exactly one of the two readings agrees with newslab; the reader's answer is the one used
    assert by_chain != by_reader
    answers.write_text(f"port\t{she}\t{she + 3}\tshe\t?\n", encoding="utf-8")
    assert direct("--antecedents", str(answers)) == ["-", "0/0"]
