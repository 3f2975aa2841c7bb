"""Time the actors layer on growing articles, to check that its cost grows linearly.

Prints one line per size: characters, seconds to load the article, seconds to find the
actors, and microseconds per character. Unit tests hold no timings; this script does.

Usage:
    python scripts/benchmark_actors.py            # 100 kB to 1 MB of the bundled story
"""

from __future__ import annotations

import sys
import time

import newslab
from newslab.actors import find_actors


def main() -> int:
    seed = newslab.load()
    body = seed.text[seed.paragraphs[2].start : seed.paragraphs[21].end] + "\n\n"
    find_actors(seed)  # load the catalog, cue words and lexicon once
    print(f"{'characters':>10} {'load s':>7} {'actors s':>9} {'us/char':>8}")
    for target in (100_000, 250_000, 500_000, 1_000_000):
        text = "A headline\n\n" + body * (target // len(body) + 1)
        started = time.perf_counter()
        article = newslab.Article.from_text(text)
        loaded = time.perf_counter()
        find_actors(article)
        done = time.perf_counter()
        per_char = (done - loaded) / len(text) * 1e6
        print(f"{len(text):>10} {loaded - started:>7.2f} {done - loaded:>9.2f} {per_char:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
