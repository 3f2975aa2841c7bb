"""Print how the time of the quotes and claims layers grows with the length of an article.

Usage:
    python scripts/benchmark_quotes_claims.py [--max-copies N]

The bundled article's body is repeated 1, 4, 16, ... times (up to about 1 MB). For each size
it prints the time to load the article (segmentation), then to find quotes and claims, and
the time per 100,000 characters: roughly constant when the work grows linearly.
"""

from __future__ import annotations

import argparse
import time

import newslab
from newslab.speech.claims import find_claims
from newslab.speech.quotes import find_quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-copies", type=int, default=256)
    args = parser.parse_args()
    body = newslab.load().text.split("\n\n", 2)[2].replace("Related Articles", "")
    print(f"{'characters':>10} {'quotes':>7} {'load s':>8} {'quotes+claims s':>16} {'s per 100k chars':>17}")
    copies = 1
    while copies <= args.max_copies:
        text = "Title\n\n" + "\n\n".join([body] * copies)
        started = time.perf_counter()
        article = newslab.Article.from_text(text)
        loaded = time.perf_counter()
        quotes = find_quotes(article)
        find_claims(article, quotes, clauses=quotes.clauses)
        done = time.perf_counter()
        per_100k = (done - loaded) / len(text) * 100_000
        print(
            f"{len(text):>10} {len(quotes):>7} {loaded - started:>8.2f} {done - loaded:>16.2f}"
            f" {per_100k:>17.3f}"
        )
        copies *= 4


if __name__ == "__main__":
    main()
