"""Measure the actors layer against hand-made gold annotations.

Reads every ``*.json`` in ``gold/actors/`` (format in ``gold/README.md``), runs
:func:`newslab.actors.find_actors` on its article, and prints mention precision, recall and
F1 for two sets: the bundled article ("seed") and the written articles ("written").

* exact: a found mention counts when its start, end and actor all agree with a gold mention;
* lenient: when it overlaps a gold mention of the same actor (each gold mention used once).

Actors are matched by id; a found actor whose id is not in the gold (a discovered one) is
matched to the gold actor with which it shares the most mention spans.

Usage:
    python scripts/evaluate_actors.py                # the table
    python scripts/evaluate_actors.py --details      # plus every miss and false find
    python scripts/evaluate_actors.py --gold other/actors --catalog my_actors.csv
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import newslab
from newslab.actors import find_actors
from newslab.resources import data_path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from scoring import Column, figure, format_table, precision_recall_f1  # noqa: E402

ROOT = SCRIPTS.parent
SEED = "000_e586c0e5b942bb85.txt"


@dataclass
class Score:
    """Counts for one set of articles."""

    articles: int = 0
    gold: int = 0
    found: int = 0
    exact: int = 0
    lenient_found: int = 0
    lenient_gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_finds: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("articles", "gold", "found", "exact", "lenient_found", "lenient_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.false_finds += other.false_finds


def article_path(name: str, gold_dir: Path) -> Path:
    """The article a gold file names: next to the gold folder, or a bundled article."""
    for folder in (gold_dir.parent / "articles", ROOT / "gold" / "articles"):
        if (folder / name).exists():
            return folder / name
    return data_path(name)


def score_file(gold_file: Path, catalog: str | None) -> Score:
    """Score one gold file."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    article = newslab.load(article_path(gold["article"], gold_file.parent))
    gold_mentions = {
        (start, end, actor["id"]) for actor in gold["actors"] for start, end in actor["mentions"]
    }
    actors = find_actors(article, catalog=catalog)
    found = [(m.start, m.end, actor.id) for actor in actors for m in actor.mentions]
    discovered = {actor.id for actor in actors if actor.discovered}
    mapping = align(found, gold_mentions, discovered)
    found_mapped = {(s, e, mapping.get(a, "found:" + a)) for s, e, a in found}
    score = Score(1, len(gold_mentions), len(found_mapped))
    score.exact = len(found_mapped & gold_mentions)
    unused = set(gold_mentions)
    for mention in sorted(found_mapped):
        match = next((g for g in sorted(unused) if _overlap(mention, g) and g[2] == mention[2]), None)
        if match:
            unused.discard(match)
            score.lenient_found += 1
    score.lenient_gold = score.lenient_found
    text = article.text
    score.misses = [
        f"{gold['article']}: {text[s:e]!r} [{s}, {e}) {a}" for s, e, a in sorted(gold_mentions - found_mapped)
    ]
    score.false_finds = [
        f"{gold['article']}: {text[s:e]!r} [{s}, {e}) {a}" for s, e, a in sorted(found_mapped - gold_mentions)
    ]
    return score


def align(
    found: list[tuple[int, int, str]], gold: set[tuple[int, int, str]], discovered: set[str]
) -> dict[str, str]:
    """Map found actor ids to gold actor ids: a catalog actor by its id; a discovered actor
    (its id is made up) to the gold actor with which it shares the most mention spans."""
    gold_ids = {a for _, _, a in gold}
    mapping = {a: a for _, _, a in found if a in gold_ids and a not in discovered}
    shared: Counter[tuple[str, str]] = Counter()
    for start, end, actor in found:
        if actor in mapping:
            continue
        for g_start, g_end, g_actor in gold:
            if _overlap((start, end, actor), (g_start, g_end, g_actor)):
                shared[(actor, g_actor)] += 1
    taken = set(mapping.values())
    for (actor, g_actor), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if actor not in mapping and g_actor not in taken:
            mapping[actor] = g_actor
            taken.add(g_actor)
    return mapping


def _overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


TABLE = [
    Column("set", 8, "<"), Column("articles", 8, gap=" "), Column("gold", 5, gap=" "),
    Column("found", 5, gap=" "), Column("exact P", 7, gap="  "), Column("R", 5, gap=" "),
    Column("F1", 5, gap=" "), Column("lenient P", 9, gap="  "), Column("R", 5, gap=" "),
    Column("F1", 5, gap=" "),
]


def table_row(name: str, score: Score) -> list[str]:
    """One line of the table: the counts, then exact and lenient precision, recall and F1
    (a ratio with nothing to count, e.g. precision when nothing was found, is 1)."""
    exact = precision_recall_f1(score.exact, score.found, score.gold, empty=1.0)
    lenient = precision_recall_f1(score.lenient_found, score.found, score.gold, empty=1.0)
    counts = [str(score.articles), str(score.gold), str(score.found)]
    return [name, *counts, *(figure(value, digits=3) for value in (*exact, *lenient))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default=str(ROOT / "gold" / "actors"), help="folder of gold JSON")
    parser.add_argument("--catalog", help="an actor catalog CSV to use instead of the shipped one")
    parser.add_argument("--details", action="store_true", help="list every miss and false find")
    args = parser.parse_args(argv)
    sets = {"seed": Score(), "written": Score()}
    for gold_file in sorted(Path(args.gold).glob("*.json")):
        article = json.loads(gold_file.read_text(encoding="utf-8"))["article"]
        sets["seed" if article == SEED else "written"].add(score_file(gold_file, args.catalog))
    total = Score()
    for score in sets.values():
        total.add(score)
    sets["all"] = total
    print(format_table(TABLE, [table_row(name, score) for name, score in sets.items()]))
    if args.details:
        print("\nmissed (in the gold, not found exactly):")
        print("\n".join("  " + line for line in total.misses) or "  none")
        print("\nfalse finds (found, not in the gold exactly):")
        print("\n".join("  " + line for line in total.false_finds) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
