"""Train the target-dependent sentiment model of ``newslab.target_sentiment``.

Reads ``DATA_DIR/train.jsonl`` (NewsMTSC format), turns every target into the hashed
features that ``newslab.stance.model.extract_features`` produces, chooses the
regularisation strength ``C`` by 5-fold cross-validation grouped by article (macro-F1),
fits class-balanced L2 logistic regression on all of train and writes the weights as a
small ``.npz`` file that the package reads with numpy alone.

The fit is NBSVM-like (Wang & Manning, ACL 2012): one binary model per label (that label
against the other two), each fitted on the columns multiplied by ``1 + nb * |r|``, where
``r`` is the feature's log-count ratio for that label (how much more often it fires in the
label's rows than in the others, add-one smoothed). Under the same L2 penalty, a feature that
separates the labels is then cheaper to use than one that fires everywhere. The scales are
folded into the saved weights and the three log-odds are the model's logits, so inference is
unchanged: ``value * weight`` per feature, then a softmax. In cross-validation the scales are
computed on each fold's training rows only. ``--scheme multinomial`` fits one multinomial
model instead (its columns scaled by :func:`label_scale`).

Only train.jsonl is read: the dev files play no part in fitting or in choosing ``C``.
scikit-learn and scipy are needed here (development dependencies), never at inference.

Usage:
    python scripts/train_target_sentiment.py DATA_DIR [-o OUT] [--C 0.01] [--nb 3] [--scheme ovr] [--bits 20]

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
    """The multinomial scheme's scale ``1 + nb * r`` of every column.

    ``r`` is the largest absolute difference between the log of the column's firing rate in
    one label's rows (add-``alpha`` smoothed) and the mean of those logs over the labels.
    """
    fired = (matrix != 0).astype(np.float64)
    counts = np.vstack([np.asarray(fired[labels == k].sum(axis=0)).ravel() for k in range(3)])
    totals = np.array([np.sum(labels == k) for k in range(3)], dtype=np.float64)[:, None]
    log_rates = np.log((counts + alpha) / (totals + 2 * alpha))
    ratio = np.abs(log_rates - log_rates.mean(axis=0, keepdims=True)).max(axis=0)
    return 1.0 + nb * ratio


def one_vs_rest_scale(matrix, is_label: np.ndarray, nb: float, alpha: float = 1.0) -> np.ndarray:
    """The one-vs-rest scheme's scale ``1 + nb * |r|`` of every column, for one label.

    ``r`` is NBSVM's log-count ratio: the log of the column's share of all firings in the
    label's rows over its share in the other rows, each count add-``alpha`` smoothed.
    """
    fired = (matrix != 0).astype(np.float64)
    inside = np.asarray(fired[is_label].sum(axis=0)).ravel() + alpha
    outside = np.asarray(fired[~is_label].sum(axis=0)).ravel() + alpha
    ratio = np.log((inside / inside.sum()) / (outside / outside.sum()))
    return 1.0 + nb * np.abs(ratio)


@dataclass(frozen=True)
class Fitted:
    """A fitted linear model: the used hash columns, their weights (the column scales folded
    in; one column per label) and the intercepts. ``logits = X[:, used] @ weights + bias``."""

    used: np.ndarray
    weights: np.ndarray  # (len(used), 3)
    bias: np.ndarray  # (3,)

    def logits(self, matrix) -> np.ndarray:
        """The logits of every row of a hashed feature matrix."""
        return np.asarray(matrix[:, self.used] @ self.weights + self.bias)

    def predict(self, matrix) -> np.ndarray:
        """The label index of every row of a hashed feature matrix."""
        return self.logits(matrix).argmax(axis=1)


def fit(matrix, labels: np.ndarray, c: float, nb: float = 0.0, scheme: str = "ovr") -> Fitted:
    """Class-balanced L2 logistic regression (lbfgs, deterministic) on scaled columns.

    ``scheme="ovr"``: one binary model per label (that label against the other two), each on
    the columns scaled by :func:`one_vs_rest_scale` for its label; the three log-odds are the
    logits. ``scheme="multinomial"``: one multinomial model on the columns scaled by
    :func:`label_scale`. ``nb=0`` leaves the columns unscaled.
    """
    from sklearn.linear_model import LogisticRegression

    used = np.flatnonzero(matrix.getnnz(axis=0))  # drop empty hash columns: faster lbfgs
    columns = matrix[:, used].tocsr()
    if scheme == "multinomial":
        scale = label_scale(columns, labels, nb) if nb else np.ones(len(used))
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=SEED)
        model.fit(columns.multiply(scale[None, :]).tocsr(), labels)
        return Fitted(used, model.coef_.T * scale[:, None], model.intercept_.copy())
    if scheme != "ovr":
        raise ValueError(f"unknown scheme {scheme!r}: 'ovr' or 'multinomial'")
    weights = np.zeros((len(used), len(ts.LABELS)))
    bias = np.zeros(len(ts.LABELS))
    for label in range(len(ts.LABELS)):
        is_label = labels == label
        scale = one_vs_rest_scale(columns, is_label, nb) if nb else np.ones(len(used))
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=SEED)
        model.fit(columns.multiply(scale[None, :]).tocsr(), is_label.astype(int))
        weights[:, label] = model.coef_[0] * scale
        bias[label] = model.intercept_[0]
    return Fitted(used, weights, bias)


def cross_validated_logits(
    matrix, labels: np.ndarray, groups: np.ndarray, c: float, nb: float = 0.0, scheme: str = "ovr"
) -> np.ndarray:
    """Out-of-fold logits (rows x 3), folds grouped by article."""
    from joblib import Parallel, delayed
    from sklearn.model_selection import GroupKFold

    def one_fold(train_rows, test_rows):
        fitted = fit(matrix[train_rows], labels[train_rows], c, nb, scheme)
        return test_rows, fitted.logits(matrix[test_rows])

    folds = GroupKFold(n_splits=N_FOLDS).split(matrix, labels, groups)
    logits = np.zeros((len(labels), len(ts.LABELS)))
    for test_rows, fold_logits in Parallel(n_jobs=2)(delayed(one_fold)(a, b) for a, b in folds):
        logits[test_rows] = fold_logits
    return logits


def macro_f1_of_logits(labels: np.ndarray, logits: np.ndarray) -> float:
    """Macro-F1 (in %) of the labels the logits choose."""
    from sklearn.metrics import f1_score

    return 100.0 * f1_score(labels, logits.argmax(axis=1), average="macro")


def cross_validated_f1(
    matrix, labels: np.ndarray, groups: np.ndarray, c: float, nb: float = 0.0, scheme: str = "ovr"
) -> float:
    """Macro-F1 (in %) of out-of-fold predictions, folds grouped by article."""
    return macro_f1_of_logits(labels, cross_validated_logits(matrix, labels, groups, c, nb, scheme))


def temperature(labels: np.ndarray, logits: np.ndarray) -> float:
    """The ``T`` whose ``softmax(logits / T)`` has the least log-loss on these (out-of-fold)
    logits. One-vs-rest log-odds put through a softmax are over-confident (``T`` > 1 softens
    them); dividing by ``T`` changes no label."""
    from scipy.optimize import minimize_scalar

    def log_loss(t: float) -> float:
        scaled = logits / t
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scaled).sum(axis=1))
        return float(-(scaled[np.arange(len(labels)), labels] - log_norm).mean())

    return float(minimize_scalar(log_loss, bounds=(0.2, 10.0), method="bounded").x)


def save_weights(fitted: Fitted, n_bits: int, c: float, nb: float, scheme: str, t: float, out: Path) -> None:
    """Write the non-zero weight rows, divided by the temperature ``t``, as float16 with their
    hash columns."""
    weights = (fitted.weights / t).astype(np.float32)  # (used columns, 3 labels)
    keep = np.abs(weights).max(axis=1) >= 1e-4
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        rows=fitted.used[keep].astype(np.int32),
        values=weights[keep].astype(np.float16),
        bias=(fitted.bias / t).astype(np.float32),
        n_bits=np.int32(n_bits),
        labels=np.array(ts.LABELS),
        C=np.float64(c),
        nb=np.float64(nb),
        scheme=np.array(scheme),
        temperature=np.float64(t),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder holding train.jsonl")
    parser.add_argument("-o", "--out", type=Path, default=ts.MODEL_PATH, help="weights file")
    parser.add_argument("--C", type=float, default=None, help="skip the C search, use this C")
    parser.add_argument("--nb", type=float, default=DEFAULT_NB, help="column scaling, 0: none")
    parser.add_argument(
        "--scheme", choices=("ovr", "multinomial"), default="ovr", help="one-vs-rest or multinomial"
    )
    parser.add_argument("--bits", type=int, default=DEFAULT_BITS, help="hash size, 2**bits")
    args = parser.parse_args(argv)

    examples = load_examples(args.data_dir / "train.jsonl")
    labels = np.array([e.label for e in examples])
    groups = np.array([e.article for e in examples])
    started = time.perf_counter()
    matrix = build_matrix(featurize(examples), args.bits)
    print(f"{len(examples)} targets, features in {time.perf_counter() - started:.1f}s")

    grid = C_GRID if args.C is None else (args.C,)
    logits = {
        grid_c: cross_validated_logits(matrix, labels, groups, grid_c, args.nb, args.scheme)
        for grid_c in grid
    }
    scores = {grid_c: macro_f1_of_logits(labels, found) for grid_c, found in logits.items()}
    for grid_c, score in scores.items():
        print(f"C={grid_c:<5} {N_FOLDS}-fold CV macro-F1 {score:.1f}")
    c = max(scores, key=lambda k: (round(scores[k], 1), -k))
    t = temperature(labels, logits[c])
    print(f"chosen C={c}, temperature {t:.3f} (out-of-fold log-loss)")
    fitted = fit(matrix, labels, c, args.nb, args.scheme)
    save_weights(fitted, args.bits, c, args.nb, args.scheme, t, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
