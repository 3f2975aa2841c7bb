"""Measure the quotes and claims layers against hand-made gold annotations.

Usage:
    python scripts/evaluate_quotes_claims.py [GOLD_DIR] [--details] [--json]

GOLD_DIR (default: the repository's ``gold/``) holds ``quotes/*.json``, one file an article,
in the format described in ``gold/quotes/README.md``; each names its article, a file in
``GOLD_DIR/articles/`` (or ``newslab:NAME`` for a file shipped in ``newslab/data/``).

Printed per set (the ``set`` field of each file) and overall:

- quotes: precision, recall and F1 of quote spans. A predicted quote matches a gold quote
  when they overlap by at least half of the longer of the two (one-to-one, best overlap first);
- speaker: accuracy on matched quotes. Right when both have no speaker, or when the predicted
  speaker's name (actor name, resolved name or the words naming it) and one of the gold
  aliases contain one another as whole words;
- voice: accuracy of the claim voice over gold sentences (a gold sentence is matched to the
  predicted claim that overlaps it most);
- hedge: precision, recall and F1 of "hedged" over matched sentences;
- source: accuracy of the claim source on gold quoted/reported sentences that name one.

``--details`` lists every miss; ``--json`` prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import newslab
from newslab.resources import data_path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from scoring import Column, figure, format_table, precision_recall_f1, ratio  # noqa: E402

ROOT = SCRIPTS.parent
MATCH_OVERLAP = 0.5
_WORDS = re.compile(r"[^\W_]+")
_DROPPED = {"the", "a", "an", "one"}


@dataclass
class Counts:
    """Tallies for one set of articles."""

    articles: int = 0
    gold_quotes: int = 0
    predicted_quotes: int = 0
    matched_quotes: int = 0
    speakers_right: int = 0
    gold_claims: int = 0
    voices_right: int = 0
    hedge_tp: int = 0
    hedge_fp: int = 0
    hedge_fn: int = 0
    sources_total: int = 0
    sources_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def figures(self) -> dict[str, float | int | None]:
        quote_p, quote_r, quote_f1 = precision_recall_f1(
            self.matched_quotes, self.predicted_quotes, self.gold_quotes
        )
        hedge_p, hedge_r, hedge_f1 = precision_recall_f1(
            self.hedge_tp, self.hedge_tp + self.hedge_fp, self.hedge_tp + self.hedge_fn
        )
        return {
            "articles": self.articles,
            "gold_quotes": self.gold_quotes,
            "predicted_quotes": self.predicted_quotes,
            "matched_quotes": self.matched_quotes,
            "quote_precision": quote_p,
            "quote_recall": quote_r,
            "quote_f1": quote_f1,
            "speaker_accuracy": ratio(self.speakers_right, self.matched_quotes),
            "gold_claims": self.gold_claims,
            "voice_accuracy": ratio(self.voices_right, self.gold_claims),
            "hedge_precision": hedge_p,
            "hedge_recall": hedge_r,
            "hedge_f1": hedge_f1,
            "source_accuracy": ratio(self.sources_right, self.sources_total),
        }


def evaluate_file(gold_dir: Path, path: Path) -> tuple[str, Counts]:
    """Score one gold file; returns its set name and its tallies."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = newslab.load(_article_path(gold_dir, gold["article"]))
    analysis = newslab.analyze(article)
    actors = {a.id: a.name for a in analysis.layers.get("actors", ())}
    counts = Counts(articles=1)
    _score_quotes(path.stem, gold["quotes"], list(analysis.layers["quotes"]), actors, counts)
    _score_claims(path.stem, gold["claims"], list(analysis.layers["claims"]), actors, counts)
    return gold.get("set", "default"), counts


def _score_quotes(name: str, gold: list[dict], predicted: list, actors: dict, counts: Counts) -> None:
    counts.gold_quotes += len(gold)
    counts.predicted_quotes += len(predicted)
    pairs = sorted(
        (
            (-_overlap(g["start"], g["end"], p.start, p.end), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if _overlap(g["start"], g["end"], p.start, p.end) >= MATCH_OVERLAP
        ),
    )
    used_gold, used_predicted = set(), set()
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        counts.matched_quotes += 1
        names = _predicted_names(predicted[pi].speaker, predicted[pi].speaker_name,
                                 predicted[pi].speaker_mention, actors)
        if _same_speaker(gold[gi]["speaker"], gold[gi]["aliases"], names):
            counts.speakers_right += 1
        else:
            counts.misses.append(
                f"{name}: speaker of {_short(gold[gi]['text'])}: gold {gold[gi]['speaker']!r}, "
                f"predicted {names or None} ({predicted[pi].why})"
            )
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            counts.misses.append(f"{name}: missed quote {_short(g['text'])}")
    for pi, p in enumerate(predicted):
        if pi not in used_predicted:
            counts.misses.append(f"{name}: extra quote {_short(p.text)}")


def _score_claims(name: str, gold: list[dict], predicted: list, actors: dict, counts: Counts) -> None:
    counts.gold_claims += len(gold)
    for g in gold:
        best = max(
            predicted, key=lambda c: _overlap(g["start"], g["end"], c.start, c.end), default=None
        )
        if best is None or _overlap(g["start"], g["end"], best.start, best.end) <= 0:
            counts.misses.append(f"{name}: no claim for sentence {_short(g['text'])}")
            if g["certainty"] == "hedged":
                counts.hedge_fn += 1
            continue
        if best.voice == g["voice"]:
            counts.voices_right += 1
        else:
            counts.misses.append(
                f"{name}: voice of {_short(g['text'])}: gold {g['voice']}, predicted {best.voice}"
                f" ({best.why})"
            )
        hedged_gold, hedged = g["certainty"] == "hedged", best.certainty == "hedged"
        counts.hedge_tp += hedged_gold and hedged
        counts.hedge_fp += hedged and not hedged_gold
        counts.hedge_fn += hedged_gold and not hedged
        if hedged != hedged_gold:
            counts.misses.append(
                f"{name}: certainty of {_short(g['text'])}: gold {g['certainty']}, "
                f"predicted {best.certainty} ({best.why})"
            )
        if g["voice"] in ("quoted", "reported") and g["source"]:
            counts.sources_total += 1
            names = _predicted_names(best.source, best.source_name, None, actors)
            if best.voice in ("quoted", "reported") and _same_speaker(g["source"], g["aliases"], names):
                counts.sources_right += 1
            else:
                counts.misses.append(
                    f"{name}: source of {_short(g['text'])}: gold {g['source']!r}, predicted {names or None}"
                )


def _predicted_names(actor_id, name, mention, actors: dict) -> list[str]:
    names = []
    if actor_id and actor_id in actors:
        names.append(actors[actor_id])
    if name:
        names.append(name)
    if mention is not None and not names:
        names.append(mention.text)
    return names


def _same_speaker(gold_speaker: str | None, aliases: list[str], names: list[str]) -> bool:
    if gold_speaker is None:
        return not names
    for name in names:
        said = _name_words(name)
        for alias in [gold_speaker, *aliases]:
            wanted = _name_words(alias)
            if said and wanted and (_contains(said, wanted) or _contains(wanted, said)):
                return True
    return False


def _name_words(name: str) -> list[str]:
    words = [w.lower() for w in _WORDS.findall(name.replace("\u2019", "'"))]
    return [w for w in words if w not in _DROPPED and w != "s"]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shared = min(a_end, b_end) - max(a_start, b_start)
    longest = max(a_end - a_start, b_end - b_start, 1)
    return max(shared, 0) / longest


def _article_path(gold_dir: Path, name: str) -> Path:
    if name.startswith("newslab:"):
        return data_path(name.split(":", 1)[1])
    return gold_dir / "articles" / name


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


TABLE = [
    Column("set", 12, "<"), Column("articles", 9), Column("quotes g/p/m", 15), Column("P", 6),
    Column("R", 6), Column("F1", 6), Column("speaker", 9), Column("claims", 8), Column("voice", 7),
    Column("hedge P", 9), Column("R", 6), Column("F1", 6), Column("source", 8),
]
# the figures() keys shown after the quote counts, one a column
ROW_FIGURES = (
    "quote_precision", "quote_recall", "quote_f1", "speaker_accuracy", "gold_claims",
    "voice_accuracy", "hedge_precision", "hedge_recall", "hedge_f1", "source_accuracy",
)


def report(results: dict[str, Counts]) -> str:
    """The figures as a table, one row a set and one for all."""
    rows = []
    for name, counts in results.items():
        f = counts.figures()
        quotes = f"{f['gold_quotes']}/{f['predicted_quotes']}/{f['matched_quotes']}"
        rows.append([name, figure(f["articles"]), quotes, *(figure(f[key]) for key in ROW_FIGURES)])
    return format_table(TABLE, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", default=str(ROOT / "gold"), metavar="GOLD_DIR")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    gold_dir = Path(args.gold_dir)
    files = sorted((gold_dir / "quotes").glob("*.json"))
    if not files:
        print(f"no gold files in {gold_dir / 'quotes'}", file=sys.stderr)
        return 1
    by_set: dict[str, Counts] = defaultdict(Counts)
    for path in files:
        set_name, counts = evaluate_file(gold_dir, path)
        by_set[set_name].add(counts)
    results = dict(sorted(by_set.items()))
    overall = Counts()
    for counts in results.values():
        overall.add(counts)
    results["overall"] = overall
    if args.json:
        print(json.dumps({name: c.figures() for name, c in results.items()}, indent=2))
    else:
        print(report(results))
    if args.details:
        print()
        print("\n".join(overall.misses) or "no misses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
