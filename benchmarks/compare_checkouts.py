"""Time the analysis layer by layer in two checkouts of newslab, on the same real articles.

Each checkout runs in fresh processes of its own (its newslab is imported from its folder),
the two taking turns: A, B, B, A, A, B, ... Each process times every article a few rounds in
CPU time, and each figure is the best over all rounds of its checkout, so a busy moment on a
shared machine, or a process that happens to run slow, touches both sides alike. TextBlob's
sentence sentiment alone is timed in the same processes as a control: the same code in both,
its ratio says how far apart the two sides' conditions were.

Usage:
    python benchmarks/compare_checkouts.py BEFORE_DIR AFTER_DIR --articles DIR [--pairs 4]

Prints milliseconds of CPU per article for loading (``segment``) and for each layer's
``run``, and the ratio after/before.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROUNDS_PER_PROCESS = 2


def worker(folder: Path, limit: int, rounds: int) -> None:
    """Time this checkout (the current folder) ``rounds`` times; print one JSON line a round."""
    sys.path.insert(0, str(Path.cwd()))
    from textblob import TextBlob

    import newslab
    from newslab.pipeline.registry import LAYERS
    from newslab.resources import DataFiles
    from newslab.text.article import load_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:limit]]
    newslab.analyze(texts[0])  # load everything first
    sentences = [[s.text for s in load_text(text).sentences] for text in texts]
    TextBlob("A good start.").sentiment  # noqa: B018
    for _ in range(rounds):
        spent = {"segment": 0.0} | {layer.name: 0.0 for layer in LAYERS} | {"textblob": 0.0}
        for text, sentences_of_text in zip(texts, sentences, strict=True):
            files = DataFiles()
            start = time.process_time()
            article = load_text(text, boilerplate=files.path("boilerplate.txt"))
            spent["segment"] += time.process_time() - start
            results: dict[str, object] = {}
            for layer in LAYERS:
                start = time.process_time()
                results[layer.name] = layer.run(article, results, files)
                spent[layer.name] += time.process_time() - start
            start = time.process_time()
            for sentence in sentences_of_text:
                TextBlob(sentence).sentiment  # noqa: B018
            spent["textblob"] += time.process_time() - start
        print(json.dumps({name: seconds / len(texts) * 1000 for name, seconds in spent.items()}), flush=True)


def compare(before: Path, after: Path, folder: Path, limit: int, pairs: int) -> str:
    """Run the workers in turns and return the table."""
    best: dict[str, dict[str, float]] = {"before": {}, "after": {}}
    for pair in range(pairs):
        order = (("before", before), ("after", after))
        for side, checkout in order if pair % 2 == 0 else order[::-1]:
            command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(folder),
                       "--limit", str(limit)]
            environment = dict(os.environ, PYTHONHASHSEED=str(pair))
            result = subprocess.run(command, cwd=checkout, capture_output=True, text=True,
                                    env=environment, check=True)
            for line in result.stdout.splitlines():
                for name, ms in json.loads(line).items():
                    best[side][name] = min(ms, best[side].get(name, ms))
    rows = [f"{'':12} {'before':>8} {'after':>8} {'after/before':>13}"]
    totals = {"before": 0.0, "after": 0.0}
    for name in best["before"]:
        old, new = best["before"][name], best["after"].get(name, float("nan"))
        if name != "textblob":
            totals["before"] += old
            totals["after"] += new
        label = "(TextBlob)" if name == "textblob" else name
        rows.append(f"{label:12} {old:8.2f} {new:8.2f} {new / old:13.3f}")
    old, new = totals["before"], totals["after"]
    rows.append(f"{'total':12} {old:8.2f} {new:8.2f} {new / old:13.3f}")
    rows.append(
        f"total / TextBlob alone: before {old / best['before']['textblob']:.2f}x, "
        f"after {new / best['after']['textblob']:.2f}x"
    )
    rows.append("(ms of CPU per article, best over all rounds; TextBlob alone is the control)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, nargs="?", help="the checkout to compare against")
    parser.add_argument("after", type=Path, nargs="?", help="the changed checkout")
    parser.add_argument("--articles", type=Path, help="a folder of real articles (.txt)")
    parser.add_argument("--limit", type=int, default=100, help="at most this many articles")
    parser.add_argument("--pairs", type=int, default=4, help="processes per checkout")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        worker(args.worker, args.limit, ROUNDS_PER_PROCESS)
        return 0
    if args.before is None or args.after is None or args.articles is None:
        parser.error("give BEFORE and AFTER checkouts and --articles DIR")
    for checkout in (args.before, args.after):
        if not (checkout / "newslab" / "__init__.py").is_file():
            parser.error(f"{checkout} is not a checkout of newslab")
    if not any(args.articles.glob("*.txt")):
        parser.error(f"no .txt articles in {args.articles}")
    before, after, articles = args.before.resolve(), args.after.resolve(), args.articles.resolve()
    print(compare(before, after, articles, args.limit, args.pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
