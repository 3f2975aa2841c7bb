"""Evaluate the shipped target-dependent sentiment model of ``newslab.target_sentiment``.

Prints, in one run:

* 5-fold cross-validated macro-F1 on ``train.jsonl`` (folds grouped by article; the
  model is refitted in each fold with the ``C``, column scaling ``nb``, scheme (one-vs-rest or
  multinomial) and hash size stored in the weights file);
* macro-F1 of the shipped weights on ``dev_rw.jsonl`` and ``dev_mt.jsonl``, next to the
  whole-sentence TextBlob and VADER baselines and the always-"neutral" floor;
* the median and 90th-percentile time of one ``target_sentiment`` call on the dev
  targets, measured in the same run (weights already loaded).

Usage:
    python scripts/evaluate_target_sentiment.py DATA_DIR [--model PATH] [--no-cv]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_target_sentiment import (  # noqa: E402
    build_matrix,
    cross_validated_f1,
    featurize,
    load_examples,
    ts,
)

DEV_FILES = ("dev_rw.jsonl", "dev_mt.jsonl")


def macro_f1(gold: list[int], predicted: list[int]) -> float:
    """Macro-F1 in % over the three labels (a label never predicted nor gold scores 0)."""
    gold_array, predicted_array = np.asarray(gold), np.asarray(predicted)
    scores = []
    for label in range(len(ts.LABELS)):
        is_gold, is_predicted = gold_array == label, predicted_array == label
        tp = int(np.sum(is_gold & is_predicted))
        wrong = int(np.sum(is_gold ^ is_predicted))  # false positives + false negatives
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return 100.0 * sum(scores) / len(scores)


def polarity_to_label(value: float, threshold: float) -> int:
    """0 negative, 1 neutral, 2 positive, with a dead zone of ``threshold`` around 0."""
    if value > threshold:
        return 2
    if value < -threshold:
        return 0
    return 1


def textblob_baseline(examples) -> list[int]:
    """TextBlob polarity of the whole sentence: > 0 positive, < 0 negative."""
    from textblob import TextBlob

    return [polarity_to_label(TextBlob(e.sentence).sentiment.polarity, 0.0) for e in examples]


def vader_baseline(examples) -> list[int]:
    """VADER compound of the whole sentence, with the usual +-0.05 neutral zone."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    return [
        polarity_to_label(analyser.polarity_scores(e.sentence)["compound"], 0.05 - 1e-9) for e in examples
    ]


def model_predictions(examples) -> tuple[list[int], list[float]]:
    """Labels of the model and the time in ms of each call."""
    predictions, times = [], []
    for e in examples:
        started = time.perf_counter()
        result = ts.target_sentiment(e.sentence, e.start, e.end)
        times.append(1000.0 * (time.perf_counter() - started))
        predictions.append(ts.LABELS.index(result.label))
    return predictions, times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder with train.jsonl and the dev files")
    parser.add_argument("--model", type=Path, default=ts.MODEL_PATH, help="weights file")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    args = parser.parse_args(argv)

    ts.MODEL_PATH = args.model
    with np.load(args.model) as archive:
        c, n_bits = float(archive["C"]), int(archive["n_bits"])
        nb = float(archive["nb"]) if "nb" in archive.files else 0.0
        scheme = str(archive["scheme"]) if "scheme" in archive.files else "multinomial"
    size_mb = args.model.stat().st_size / 1e6
    print(f"model {args.model} ({size_mb:.2f} MB), C={c}, nb={nb}, {scheme}, 2**{n_bits} hashed columns")

    if not args.no_cv:
        train = load_examples(args.data_dir / "train.jsonl")
        matrix = build_matrix(featurize(train), n_bits)
        labels = np.array([e.label for e in train])
        groups = np.array([e.article for e in train])
        cv = cross_validated_f1(matrix, labels, groups, c, nb, scheme)
        print(f"train: 5-fold CV macro-F1 (grouped by article) {cv:.1f} on {len(train)} targets")

    ts.target_sentiment("Warm-up call: load the weights.", 0, 4)
    all_times = []
    print(f"{'split':8} {'targets':>7} {'model':>6} {'TextBlob':>8} {'VADER':>6} {'neutral':>7}")
    for name in DEV_FILES:
        examples = load_examples(args.data_dir / name)
        gold = [e.label for e in examples]
        predicted, times = model_predictions(examples)
        all_times += times
        row = [
            macro_f1(gold, predicted),
            macro_f1(gold, textblob_baseline(examples)),
            macro_f1(gold, vader_baseline(examples)),
            macro_f1(gold, [1] * len(gold)),
        ]
        cells = " ".join(f"{v:>{w}.1f}" for v, w in zip(row, (6, 8, 6, 7), strict=True))
        print(f"{name.removesuffix('.jsonl'):8} {len(gold):7d} {cells}")
    median = statistics.median(all_times)
    p90 = float(np.percentile(all_times, 90))
    print(f"time per target ({len(all_times)} calls): median {median:.3f} ms, p90 {p90:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
