"""How much the tone layer costs, compared with TextBlob sentence sentiment alone.

The budget: the whole tone layer (both lenses, reasons, paragraphs, article, voices, arc) must
cost at most twice ``TextBlob(sentence).sentiment`` on the same sentences. This prints the
figures; it asserts nothing (timings depend on the machine). Times are CPU time of this
process (the fastest of many runs), so other programs on a shared machine disturb them less.

Usage:  .venv/bin/python scripts/bench_tone.py [ARTICLE ...]   (default: the bundled article)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import newslab
from newslab.tone.layer import analyze_tone


def fastest(functions: dict[str, Callable[[], object]], rounds: int = 200) -> dict[str, float]:
    """The fastest run of each function, in milliseconds of CPU time.

    The functions take turns round after round, so a busy moment on a shared machine slows
    them all alike instead of one of them.
    """
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(rounds):
        for name, function in functions.items():
            started = time.process_time()
            function()
            best[name] = min(best[name], time.process_time() - started)
    return {name: seconds * 1000 for name, seconds in best.items()}


def main(paths: list[str]) -> None:
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    articles = [newslab.load(path) for path in paths] or [newslab.load()]
    for article in articles:
        sentences = [s.text for s in article.sentences]
        analyze_tone(article)  # warm up: lexicons load once
        times = fastest(
            {
                "textblob": lambda: [TextBlob(s).sentiment for s in sentences],  # noqa: B023
                "vader": lambda: [analyzer.polarity_scores(s) for s in sentences],  # noqa: B023
                "layer": lambda: analyze_tone(article),  # noqa: B023
            }
        )
        baseline, vader, layer = times["textblob"], times["vader"], times["layer"]
        print(f"{article.source}: {len(sentences)} sentences, {sum(map(len, sentences))} characters")
        print(f"  TextBlob(sentence).sentiment alone   {baseline:7.2f} ms")
        print(f"  VADER polarity_scores alone          {vader:7.2f} ms")
        print(f"  tone layer (everything)              {layer:7.2f} ms")
        print(f"  ratio tone layer / TextBlob alone    {layer / baseline:7.2f}  (budget 2.00)")


if __name__ == "__main__":
    main(sys.argv[1:])
