"""scripts/evaluate_polnear.py: ``--articles``, several ``--antecedents`` files and the figure
"pronoun speakers right (against the person's reading)", on PolNeAR-shaped folders written here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "evaluate_polnear.py"

PORT = (
    "Port talks stall\n\n"
    "Ana Ruiz said talks would go on.\n\n"
    '"We will not move," she said.\n'
)
MILL = (
    "Mill to close\n\n"
    "Tom Reyes, the mill's owner, spoke on Friday.\n\n"
    '"The orders are gone," he said.\n'
)


def write_split(root: Path, articles: dict[str, str]) -> Path:
    """A train split: each article has a named source and a pronoun source quoted after it."""
    split = root / "data" / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    for stem, text in articles.items():
        (split / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        quote = text.index('"')
        close = text.index('"', quote + 1) + 1
        said = text.index(" said.", close)
        pronoun = said - 3 if "she said" in text else said - 2
        name_start = text.index("\n\n") + 2
        name_end = text.index(" ", text.index(" ", name_start) + 1)
        lines = [
            f"T1\tContent {quote} {close}\t{text[quote:close]}",
            f"T2\tSource {pronoun} {said}\t{text[pronoun:said]}",
            f"T3\tSource {name_start} {name_end}\t{text[name_start:name_end]}",
            f"T4\tContent {name_end + 1} {text.index(chr(10), name_end)}\tx",
            "E1\tContent:T1 Source:T2",
            "E2\tContent:T4 Source:T3",
        ]
        (split / "attributions" / f"{stem}_a1b2.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def answers(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """An antecedents file: (article, pronoun, antecedent), the pronoun found before " said."."""
    texts = {"port": PORT, "mill": MILL}
    lines = ["article\tstart\tend\tpronoun\tantecedent"]
    for stem, pronoun, antecedent in rows:
        start = texts[stem].index(f"{pronoun} said.")
        lines.append(f"{stem}\t{start}\t{start + len(pronoun)}\t{pronoun}\t{antecedent}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_articles_list_scores_only_the_named_articles(tmp_path):
    root = write_split(tmp_path, {"port": PORT, "mill": MILL})
    listed = tmp_path / "list.txt"
    listed.write_text("# the annotated ones\nmill\n\n", encoding="utf-8")
    result = run(str(root), "--split", "train", "--articles", str(listed))
    assert result.returncode == 0, result.stderr
    assert "PolNeAR train: 1 articles, 1 direct quotes" in result.stdout


def test_an_article_list_naming_an_unknown_article_says_so(tmp_path):
    root = write_split(tmp_path, {"port": PORT})
    listed = tmp_path / "list.txt"
    listed.write_text("port\nharbour\n", encoding="utf-8")
    result = run(str(root), "--split", "train", "--articles", str(listed))
    assert result.returncode != 0 and "not in the train split" in result.stderr and "harbour" in result.stderr


def test_two_antecedent_files_are_read_and_the_pronoun_figure_counts_both(tmp_path):
    root = write_split(tmp_path, {"port": PORT, "mill": MILL})
    first = answers(tmp_path / "a.tsv", [("port", "she", "Ana Ruiz")])
    second = answers(tmp_path / "b.tsv", [("mill", "he", "Tom Reyes")])
    result = run(str(root), "--split", "train", "--antecedents", str(first), "--antecedents", str(second))
    assert result.returncode == 0, result.stderr
    assert "pronoun sources resolved by hand: 2" in result.stdout
    assert ("pronoun speakers right (against the person's reading): every stretch 1.000 (2/2), "
            "direct quotes 1.000 (2/2)") in result.stdout


def test_the_pronoun_figure_scores_against_the_antecedent_not_the_pronoun(tmp_path):
    # the person reads "he" as someone else than the one newslab finds: wrong, although the
    # predicted speaker's mention is the very SOURCE word
    root = write_split(tmp_path, {"mill": MILL})
    reading = answers(tmp_path / "a.tsv", [("mill", "he", "Lena Park")])
    result = run(str(root), "--split", "train", "--antecedents", str(reading))
    assert result.returncode == 0, result.stderr
    assert "every stretch 0.000 (0/1), direct quotes 0.000 (0/1)" in result.stdout


def test_without_antecedents_there_is_no_pronoun_figure(tmp_path):
    root = write_split(tmp_path, {"mill": MILL})
    result = run(str(root), "--split", "train")
    assert result.returncode == 0, result.stderr
    assert "pronoun speakers right" not in result.stdout


REPORTED = (
    "Port talks stall\n\n"
    "Ana Ruiz met the dockers on Monday.\n\n"
    "She said the port would stay shut until May.\n"
)


def test_the_resolver_is_asked_about_pronoun_sources_outside_quotes_too(tmp_path):
    # "She said the port would ...": no quote marks, so no quoted stretch; the resolver alone
    # is asked whom "She" stands for and scored against the person's answer
    split = tmp_path / "data" / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "port.txt").write_text(REPORTED, encoding="utf-8")
    she = REPORTED.index("She said")
    content = REPORTED.index("the port would")
    (split / "attributions" / "port_a1b2.ann").write_text(
        f"T1\tSource {she} {she + 3}\tShe\nT2\tContent {content} {REPORTED.index('May') + 3}\tx\n"
        "E1\tContent:T2 Source:T1\n", encoding="utf-8")

    def resolved(answer: str) -> str:
        answers = tmp_path / "answers.tsv"
        answers.write_text(f"port\t{she}\t{she + 3}\tShe\t{answer}\n", encoding="utf-8")
        result = run(str(tmp_path), "--split", "train", "--antecedents", str(answers))
        assert result.returncode == 0, result.stderr
        line = next(row for row in result.stdout.splitlines() if row.startswith("pronoun SOURCEs resolved"))
        return line.rsplit(": ", 1)[1]

    assert resolved("Ana Ruiz") == "1.000 (1/1)"
    assert resolved("the harbour board") == "0.000 (0/1)"
