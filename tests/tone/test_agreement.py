"""Cohen's kappa: a hand-computed example, a confusion-matrix formula, and the edge cases."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from newslab.errors import NewslabError
from newslab.tone.agreement import AgreementInputError, agreement, cohen_kappa, describe_kappa

LABELS = ("negative", "neutral", "positive")


def test_a_ten_item_example_computed_by_hand():
    first = ["positive", "positive", "positive", "negative", "negative",
             "neutral", "neutral", "neutral", "neutral", "positive"]
    second = ["positive", "positive", "negative", "negative", "neutral",
              "neutral", "neutral", "positive", "neutral", "positive"]
    # Same label on items 0, 1, 3, 5, 6, 8, 9: observed = 7 / 10.
    # first uses negative 2, neutral 4, positive 4 times; second the same, 2, 4, 4:
    # expected = 0.2 * 0.2 + 0.4 * 0.4 + 0.4 * 0.4 = 0.36; kappa = (0.7 - 0.36) / (1 - 0.36) = 0.53125.
    result = agreement(first, second, labels=LABELS)
    assert result.items == 10 and result.matches == 7
    assert result.observed == pytest.approx(0.7)
    assert result.expected == pytest.approx(0.36)
    assert result.kappa == pytest.approx(0.53125)
    # rows: the first rater's label; columns: the second's (negative, neutral, positive)
    assert result.table == ((1, 1, 0), (0, 3, 1), (1, 0, 3))
    assert describe_kappa(result.kappa) == "moderate agreement"


def kappa_from_confusion_matrix(first: list[str], second: list[str]) -> float:
    """Cohen's kappa the textbook way, with numpy: (p_o - p_e) / (1 - p_e) from the full matrix."""
    index = {label: i for i, label in enumerate(LABELS)}
    matrix = np.zeros((len(LABELS), len(LABELS)))
    for a, b in zip(first, second, strict=True):
        matrix[index[a], index[b]] += 1
    matrix /= matrix.sum()
    observed = np.trace(matrix)
    expected = float(matrix.sum(axis=1) @ matrix.sum(axis=0))
    return (observed - expected) / (1 - expected)


def test_kappa_equals_the_confusion_matrix_formula_on_many_random_label_lists():
    rng = random.Random(7)
    checked = 0
    for _ in range(300):
        n = rng.randint(2, 30)
        first = [rng.choice(LABELS) for _ in range(n)]
        second = [rng.choice(LABELS) if rng.random() < 0.6 else a for a in first]
        if len(set(first) | set(second)) == 1:
            continue  # kappa undefined: checked below
        assert cohen_kappa(first, second) == pytest.approx(kappa_from_confusion_matrix(first, second))
        checked += 1
    assert checked > 250


def test_perfect_agreement_is_one_and_opposite_labels_are_below_zero():
    labels = ["negative", "positive", "neutral", "positive"]
    assert cohen_kappa(labels, labels) == 1.0
    flipped = {"negative": "positive", "positive": "negative", "neutral": "neutral"}
    swinging = ["negative", "positive"] * 3
    assert cohen_kappa(swinging, [flipped[x] for x in swinging]) == -1.0
    assert describe_kappa(-1.0) == "less than chance agreement"


def test_one_shared_label_everywhere_leaves_kappa_undefined():
    result = agreement(["neutral"] * 4, ["neutral"] * 4)
    assert result.observed == 1.0 and result.expected == 1.0 and math.isnan(result.kappa)
    assert describe_kappa(result.kappa).startswith("not defined")


def test_labels_no_rater_used_change_the_table_but_not_kappa():
    first, second = ["positive", "neutral", "positive"], ["positive", "positive", "positive"]
    narrow = agreement(first, second)
    wide = agreement(first, second, labels=LABELS)
    assert narrow.labels == ("positive", "neutral") and wide.labels == LABELS
    assert wide.table[0] == (0, 0, 0)
    assert narrow.kappa == wide.kappa


@pytest.mark.parametrize(
    ("kappa", "words"),
    [(0.0, "slight agreement"), (0.2, "slight agreement"), (0.21, "fair agreement"),
     (0.4, "fair agreement"), (0.6, "moderate agreement"), (0.61, "substantial agreement"),
     (0.8, "substantial agreement"), (0.81, "almost perfect agreement"), (1.0, "almost perfect agreement"),
     (-0.01, "less than chance agreement")],
)
def test_landis_and_koch_words(kappa, words):
    assert describe_kappa(kappa) == words


def test_lists_that_cannot_be_compared_raise_a_newslab_error():
    with pytest.raises(AgreementInputError, match="different numbers of items"):
        agreement(["positive"], ["positive", "neutral"])
    with pytest.raises(AgreementInputError, match="no labelled items"):
        agreement([], [])
    with pytest.raises(NewslabError, match="'happy' is not one of the labels"):
        agreement(["happy"], ["positive"], labels=LABELS)
