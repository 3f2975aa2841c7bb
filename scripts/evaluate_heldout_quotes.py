"""Score direct quotes and their speakers on the independently written held-out set.

Usage:
    python scripts/evaluate_heldout_quotes.py [HELDOUT_DIR] [--details]

The set (``gold/heldout/``) was written by someone who never saw newslab's rules; its format is
in ``gold/heldout/README.md``. Scare quotes (titles, slogans, "so-called" phrases) are not direct
quotes: they are left out of the gold set, and a predicted quote that overlaps one is neither
credited nor counted as a false positive. A predicted quote matches a gold quote when they
overlap by at least half of the longer span. A speaker is right when the predicted name and the
gold name share their last word or one's words contain the other's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import newslab

HELDOUT = Path(__file__).resolve().parents[1] / "gold" / "heldout"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters as a share of the longer span."""
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / max(a[1] - a[0], b[1] - b[0], 1)


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted speaker name names the gold speaker."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = predicted.casefold().split(), gold.casefold().split()
    return bool(p and g) and (p[-1] == g[-1] or set(p) <= set(g) or set(g) <= set(p))


def predicted_name(quote: dict, actors: dict[str, str]) -> str | None:
    """The speaker's name as newslab gives it: the actor's name, else the text naming them."""
    if quote.get("speaker") in actors:
        return actors[quote["speaker"]]
    if quote.get("speaker_name"):
        return quote["speaker_name"]
    mention = quote.get("speaker_mention")
    return mention["text"] if mention else None


def score(folder: Path, details: bool) -> dict[str, float]:
    """Direct-quote precision, recall, F1 and speaker accuracy over every article in ``folder``."""
    tp = fp = fn = right = 0
    for gold_file in sorted(folder.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (folder / gold["article"]).read_text(encoding="utf-8")
        document = newslab.analyze(newslab.Article.from_text(text)).to_dict()
        actors = {a["id"]: a["name"] for a in document["actors"]["items"]}
        direct = [q for q in gold["quotes"] if not q.get("scare")]
        scare = [(q["start"], q["end"]) for q in gold["quotes"] if q.get("scare")]
        matched: set[int] = set()
        for quote in document["quotes"]["items"]:
            span = (quote["start"], quote["end"])
            if any(overlap(span, s) >= 0.5 for s in scare):
                continue
            hits = [i for i, g in enumerate(direct)
                    if i not in matched and overlap(span, (g["start"], g["end"])) >= 0.5]
            if not hits:
                fp += 1
                _say(details, gold_file.stem, "extra quote", quote["text"])
                continue
            matched.add(hits[0])
            tp += 1
            name = predicted_name(quote, actors)
            if same_speaker(name, direct[hits[0]]["speaker"]):
                right += 1
            else:
                _say(details, gold_file.stem, f"speaker {name!r}, gold {direct[hits[0]]['speaker']!r}",
                     quote["text"])
        for i, g in enumerate(direct):
            if i not in matched:
                fn += 1
                _say(details, gold_file.stem, "missed quote", g["text"])
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": precision, "recall": recall, "f1": f1,
            "speaker_accuracy": right / max(tp, 1), "gold_quotes": tp + fn, "matched": tp}


def _say(details: bool, article: str, what: str, text: str) -> None:
    if details:
        print(f"  {article}: {what}: {text[:70]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HELDOUT)
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    figures = score(args.folder, args.details)
    print("measure              value")
    for key in ("precision", "recall", "f1", "speaker_accuracy"):
        print(f"quote {key:<16} {figures[key]:.3f}")
    print(f"gold direct quotes   {figures['gold_quotes']}  (matched {figures['matched']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
