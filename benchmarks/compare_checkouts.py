"""Time the analysis layer by layer in two checkouts of newslab, on the same real articles.

Both checkouts' ``newslab`` packages are loaded side by side into one process (each keeps
its own modules; the one about to run is put in ``sys.modules`` before it runs, for the
imports some functions make when first called). Article by article the two take turns, the
first to go changing every round; garbage left by one side is collected before the other
runs, outside the timing. Times are CPU time, the best of the rounds. On a machine shared
with other work, separate processes of the very same code differ by 10% or more; in one
process, in turns, the two sides meet the same conditions. TextBlob's sentence sentiment alone
is timed in the same turns, as the benchmark's yardstick and as a control (the same code on
both sides: its ratio should be close to 1).

Usage:
    python benchmarks/compare_checkouts.py BEFORE_DIR AFTER_DIR --articles DIR [--rounds 3]

Prints milliseconds of CPU per article for loading (``segment``) and for each layer's
``run``, and the ratio after/before.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

_SKIPPED = ("newslab.views", "newslab.app", "newslab.teaching", "newslab.cli")  # not analysis


class Checkout:
    """One checkout's newslab, loaded under its own module objects."""

    def __init__(self, folder: Path) -> None:
        _forget_newslab()
        sys.path.insert(0, str(folder))
        try:
            package = importlib.import_module("newslab")
            for info in pkgutil.walk_packages(package.__path__, "newslab."):
                if not info.name.startswith(_SKIPPED):
                    importlib.import_module(info.name)
        finally:
            sys.path.remove(str(folder))
        if not str(Path(package.__file__).resolve()).startswith(str(folder)):
            raise SystemExit(f"{folder}: imported newslab from {package.__file__}, not from there")
        self.folder = folder
        self.modules: dict[str, ModuleType] = {
            name: module for name, module in sys.modules.items() if _is_newslab(name)
        }
        self.newslab: Any = package
        self.layers = self.modules["newslab.pipeline.registry"].LAYERS
        self.data_files = self.modules["newslab.resources"].DataFiles
        self.load_text = self.modules["newslab.text.article"].load_text

    def activate(self) -> None:
        """Make this checkout's modules the ones ``import newslab...`` finds."""
        _forget_newslab()
        sys.modules.update(self.modules)

    def time_article(self, text: str, spent: dict[str, float]) -> None:
        """Load and analyse ``text`` layer by layer, adding the CPU seconds to ``spent``."""
        from textblob import TextBlob

        files = self.data_files()
        start = time.process_time()
        article = self.load_text(text, boilerplate=files.path("boilerplate.txt"))
        spent["segment"] = spent.get("segment", 0.0) + time.process_time() - start
        results: dict[str, object] = {}
        for layer in self.layers:
            start = time.process_time()
            results[layer.name] = layer.run(article, results, files)
            spent[layer.name] = spent.get(layer.name, 0.0) + time.process_time() - start
        start = time.process_time()
        for sentence in article.sentences:
            TextBlob(sentence.text).sentiment  # noqa: B018
        spent["textblob"] = spent.get("textblob", 0.0) + time.process_time() - start


def _is_newslab(name: str) -> bool:
    return name == "newslab" or name.startswith("newslab.")


def _forget_newslab() -> None:
    for name in [name for name in sys.modules if _is_newslab(name)]:
        del sys.modules[name]


def compare(before: Path, after: Path, texts: list[str], rounds: int) -> str:
    """Time both checkouts in turns and return the table."""
    sides = {"before": Checkout(before), "after": Checkout(after)}
    for side in sides.values():  # load every data file before timing
        side.activate()
        side.newslab.analyze(texts[0])
    best: dict[str, dict[str, float]] = {"before": {}, "after": {}}
    for number in range(rounds):
        spent: dict[str, dict[str, float]] = {"before": {}, "after": {}}
        order = ("before", "after") if number % 2 == 0 else ("after", "before")
        for text in texts:
            for name in order:
                sides[name].activate()
                gc.collect()
                sides[name].time_article(text, spent[name])
        for name in sides:
            best[name] = {key: min(value, best[name].get(key, value)) for key, value in spent[name].items()}
    per_article = {side: {k: v / len(texts) * 1000 for k, v in found.items()} for side, found in best.items()}
    rows = [f"{'':12} {'before':>8} {'after':>8} {'after/before':>13}"]
    totals = {"before": 0.0, "after": 0.0}
    for name, old in per_article["before"].items():
        new = per_article["after"][name]
        if name != "textblob":
            totals["before"] += old
            totals["after"] += new
        label = "(TextBlob)" if name == "textblob" else name
        rows.append(f"{label:12} {old:8.2f} {new:8.2f} {new / old:13.3f}")
    old, new = totals["before"], totals["after"]
    rows.append(f"{'total':12} {old:8.2f} {new:8.2f} {new / old:13.3f}")
    rows.append(
        f"total / TextBlob alone: before {old / per_article['before']['textblob']:.2f}x, "
        f"after {new / per_article['after']['textblob']:.2f}x"
    )
    rows.append(f"(CPU ms per article over {len(texts)} articles, best of {rounds} rounds in turns)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the checkout to compare against")
    parser.add_argument("after", type=Path, help="the changed checkout")
    parser.add_argument("--articles", type=Path, required=True, help="a folder of real articles (.txt)")
    parser.add_argument("--limit", type=int, default=100, help="at most this many articles")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over all the articles")
    args = parser.parse_args(argv)
    for checkout in (args.before, args.after):
        if not (checkout / "newslab" / "__init__.py").is_file():
            parser.error(f"{checkout} is not a checkout of newslab")
    paths = sorted(args.articles.glob("*.txt"))[: args.limit]
    if not paths:
        parser.error(f"no .txt articles in {args.articles}")
    texts = [path.read_text(encoding="utf-8") for path in paths]
    print(compare(args.before.resolve(), args.after.resolve(), texts, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
