"""Train the target-dependent sentiment model of ``newslab.target_sentiment``.

Reads ``DATA_DIR/train.jsonl`` (NewsMTSC format), turns every target into the hashed
features that ``newslab.stance.model.extract_features`` produces, chooses the
regularisation strength ``C`` by 5-fold cross-validation grouped by article (macro-F1),
fits a class-balanced multinomial logistic regression on all of train and writes the
weights as a small ``.npz`` file that the package reads with numpy alone.

Before fitting, every column is multiplied by ``1 + nb * r``, where ``r`` is how unevenly
the feature fires across the three labels in the training rows (the largest absolute
log-ratio of its per-label firing rate to the mean of the three, add-one smoothed; the
scaling of NBSVM, Wang & Manning, ACL 2012). Under the same L2 penalty, a feature that
separates the labels is then cheaper to use than one that fires everywhere. The scale is
folded into the saved weights, so inference is unchanged: ``value * weight`` per feature.
In cross-validation the scale is computed on each fold's training rows only.

Only train.jsonl is read: the dev files play no part in fitting or in choosing ``C``.
scikit-learn and scipy are needed here (development dependencies), never at inference.

Usage:
    python scripts/train_target_sentiment.py DATA_DIR [-o OUT] [--C 0.01] [--nb 3] [--bits 20]

Example:
    python scripts/train_target_sentiment.py PATH/TO/newsmtsc
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from newslab.stance import model as ts  # noqa: E402

POLARITY_TO_LABEL = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC codes -> index into ts.LABELS
C_GRID = (0.005, 0.01, 0.02)
DEFAULT_NB = 3.0  # chosen by 5-fold CV on train among 0 (no scaling), 1, 3 and 6
DEFAULT_BITS = 20
N_FOLDS = 5
SEED = 0


@dataclass(frozen=True)
class Example:
    """One target of one sentence with its gold label."""

    sentence: str
    start: int
    end: int
    label: int
    article: str


def load_examples(path: Path) -> list[Example]:
    """Read a NewsMTSC ``.jsonl`` file into one :class:`Example` per target.

    The article id (the first three ``_``-separated parts of ``primary_gid``) groups
    the folds of cross-validation, so sentences of one article stay together.
    """
    examples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            sentence = record["sentence_normalized"]
            article = "_".join(record["primary_gid"].split("_")[:3])
            for target in record["targets"]:
                label = POLARITY_TO_LABEL[float(target["polarity"])]
                examples.append(Example(sentence, target["from"], target["to"], label, article))
    return examples


def featurize(examples: list[Example]) -> list[list]:
    """The feature list of every example, as the package computes it at inference."""
    return [ts.extract_features(e.sentence, e.start, e.end) for e in examples]


def build_matrix(feature_lists: list[list], n_bits: int):
    """A sparse (examples x 2**n_bits) matrix of hashed feature values."""
    from scipy import sparse

    rows, columns, values = [], [], []
    for row, features in enumerate(feature_lists):
        for feature in features:
            rows.append(row)
            columns.append(ts.feature_index(feature.name, n_bits))
            values.append(feature.value)
    shape = (len(feature_lists), 1 << n_bits)
    return sparse.csr_matrix((values, (rows, columns)), shape=shape, dtype=np.float64)


def label_scale(matrix, labels: np.ndarray, nb: float, alpha: float = 1.0) -> np.ndarray:
    """The scale ``1 + nb * r`` of every column (see the module docstring).

    ``r`` is the largest absolute difference between the log of the column's firing rate in
    one label's rows (add-``alpha`` smoothed) and the mean of those logs over the labels.
    """
    fired = (matrix != 0).astype(np.float64)
    counts = np.vstack([np.asarray(fired[labels == k].sum(axis=0)).ravel() for k in range(3)])
    totals = np.array([np.sum(labels == k) for k in range(3)], dtype=np.float64)[:, None]
    log_rates = np.log((counts + alpha) / (totals + 2 * alpha))
    ratio = np.abs(log_rates - log_rates.mean(axis=0, keepdims=True)).max(axis=0)
    return 1.0 + nb * ratio


def fit(matrix, labels: np.ndarray, c: float, nb: float = 0.0):
    """A class-balanced multinomial logistic regression (lbfgs, deterministic) on the columns
    scaled by :func:`label_scale`. Returns the model, the used columns and their scales."""
    from sklearn.linear_model import LogisticRegression

    used = np.flatnonzero(matrix.getnnz(axis=0))  # drop empty hash columns: faster lbfgs
    columns = matrix[:, used]
    scale = label_scale(columns, labels, nb) if nb else np.ones(len(used))
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=SEED)
    model.fit(columns.multiply(scale[None, :]).tocsr(), labels)
    return model, used, scale


def predict(model, used: np.ndarray, scale: np.ndarray, matrix) -> np.ndarray:
    """Labels predicted by a model returned by :func:`fit`."""
    return model.predict(matrix[:, used].multiply(scale[None, :]).tocsr())


def cross_validated_predictions(
    matrix, labels: np.ndarray, groups: np.ndarray, c: float, nb: float = 0.0
) -> np.ndarray:
    """Out-of-fold predictions, folds grouped by article."""
    from joblib import Parallel, delayed
    from sklearn.model_selection import GroupKFold

    def one_fold(train_rows, test_rows):
        model, used, scale = fit(matrix[train_rows], labels[train_rows], c, nb)
        return test_rows, predict(model, used, scale, matrix[test_rows])

    folds = GroupKFold(n_splits=N_FOLDS).split(matrix, labels, groups)
    predictions = np.zeros_like(labels)
    for test_rows, predicted in Parallel(n_jobs=2)(delayed(one_fold)(a, b) for a, b in folds):
        predictions[test_rows] = predicted
    return predictions


def cross_validated_f1(
    matrix, labels: np.ndarray, groups: np.ndarray, c: float, nb: float = 0.0
) -> float:
    """Macro-F1 (in %) of out-of-fold predictions, folds grouped by article."""
    from sklearn.metrics import f1_score

    predictions = cross_validated_predictions(matrix, labels, groups, c, nb)
    return 100.0 * f1_score(labels, predictions, average="macro")


def save_weights(
    model, used: np.ndarray, scale: np.ndarray, n_bits: int, c: float, nb: float, out: Path
) -> None:
    """Write the non-zero weight rows, the column scales folded in, as float16 with their
    hash columns."""
    weights = (model.coef_.T * scale[:, None]).astype(np.float32)  # (used columns, 3 labels)
    keep = np.abs(weights).max(axis=1) >= 1e-4
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        rows=used[keep].astype(np.int32),
        values=weights[keep].astype(np.float16),
        bias=model.intercept_.astype(np.float32),
        n_bits=np.int32(n_bits),
        labels=np.array(ts.LABELS),
        C=np.float64(c),
        nb=np.float64(nb),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder holding train.jsonl")
    parser.add_argument("-o", "--out", type=Path, default=ts.MODEL_PATH, help="weights file")
    parser.add_argument("--C", type=float, default=None, help="skip the CV search, use this C")
    parser.add_argument("--nb", type=float, default=DEFAULT_NB, help="column scaling, 0: none")
    parser.add_argument("--bits", type=int, default=DEFAULT_BITS, help="hash size, 2**bits")
    args = parser.parse_args(argv)

    examples = load_examples(args.data_dir / "train.jsonl")
    labels = np.array([e.label for e in examples])
    groups = np.array([e.article for e in examples])
    started = time.perf_counter()
    matrix = build_matrix(featurize(examples), args.bits)
    print(f"{len(examples)} targets, features in {time.perf_counter() - started:.1f}s")

    c = args.C
    if c is None:
        scores = {
            grid_c: cross_validated_f1(matrix, labels, groups, grid_c, args.nb) for grid_c in C_GRID
        }
        for grid_c, score in scores.items():
            print(f"C={grid_c:<5} {N_FOLDS}-fold CV macro-F1 {score:.1f}")
        c = max(scores, key=lambda k: (round(scores[k], 1), -k))
        print(f"chosen C={c}")
    model, used, scale = fit(matrix, labels, c, args.nb)
    save_weights(model, used, scale, args.bits, c, args.nb, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
