"""The target-sentiment weights trained with label-rate column scaling (issue 14).

The training script multiplies every feature column by ``1 + nb * r`` (``r``: how unevenly the
feature fires across the three labels) before the L2-penalised fit, and folds the scale into
the saved weights. These tests check the scale itself on a small matrix written here, that
the shipped file records it, and that the shipped model tells apart two targets of one
sentence whose clauses judge them in opposite ways.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from newslab.stance.model import MODEL_PATH, TargetSentiment, target_sentiments

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_target_sentiment.py"


def _training_script():
    """Import scripts/train_target_sentiment.py (it needs only numpy and newslab to import)."""
    spec = importlib.util.spec_from_file_location("train_target_sentiment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_target_sentiment", module)
    spec.loader.exec_module(module)
    return module


def _scores(sentence: str, mentions: list[str]) -> dict[str, TargetSentiment]:
    items = [(sentence, sentence.index(m), sentence.index(m) + len(m)) for m in mentions]
    return dict(zip(mentions, target_sentiments(items), strict=True))


def test_a_column_that_fires_for_one_label_only_is_scaled_up_and_an_even_one_is_not():
    script = _training_script()
    labels = np.array([0, 0, 1, 1, 2, 2])
    matrix = np.array(
        [
            # even: fires in every row; negative-only: fires in the two negative rows; never
            [1.0, 1.0, 0.0],
            [1.0, 1.0, 0.0],
            [1.0, 0.0, 0.0],
            [1.0, 0.0, 0.0],
            [1.0, 0.0, 0.0],
            [1.0, 0.0, 0.0],
        ]
    )
    scale = script.label_scale(matrix, labels, nb=3.0)
    assert scale[0] == pytest.approx(1.0)
    assert scale[2] == pytest.approx(1.0)
    assert scale[1] > 2.0
    assert np.all(script.label_scale(matrix, labels, nb=0.0) == 1.0)


def test_the_shipped_weights_record_their_scaling_and_penalty():
    with np.load(MODEL_PATH, allow_pickle=False) as archive:
        assert float(archive["nb"]) > 0
        assert 0 < float(archive["C"]) < 1


def test_slammed_and_praised_in_two_clauses_go_to_their_own_targets():
    scores = _scores("Critics slammed Smith, while Jones was praised for her courage.", ["Smith", "Jones"])
    assert scores["Smith"].label == "negative"
    assert scores["Jones"].label == "positive"


def test_a_cheered_target_scores_above_a_booed_one_in_the_same_sentence():
    scores = _scores("Voters cheered Lee, while Park was booed.", ["Lee", "Park"])
    assert scores["Lee"].label == "positive"
    assert scores["Lee"].score > scores["Park"].score
    assert scores["Park"].label != "positive"
