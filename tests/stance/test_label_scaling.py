"""The target-sentiment weights trained with label-rate column scaling (issue 14).

The training script fits one binary model per label on feature columns multiplied by
``1 + nb * |r|`` (``r``: the feature's log-count ratio for that label), divides the three
log-odds by a temperature fitted on out-of-fold log-loss, and folds scales and temperature into
the saved weights. These tests check the scales on a small matrix written here, that the
shipped file records its settings, and that the shipped model tells apart two targets of one
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


def test_one_vs_rest_scale_grows_with_how_much_a_column_favours_or_avoids_the_label():
    script = _training_script()
    is_negative = np.array([True, True, False, False, False, False])
    matrix = np.array(
        [
            # even share; negative rows only; other rows only
            [1.0, 1.0, 0.0],
            [1.0, 1.0, 0.0],
            [1.0, 0.0, 1.0],
            [1.0, 0.0, 1.0],
            [1.0, 0.0, 1.0],
            [1.0, 0.0, 1.0],
        ]
    )
    scale = script.one_vs_rest_scale(matrix, is_negative, nb=3.0)
    # add-one counts: negative rows 3, 3, 1 (of 7), other rows 5, 1, 5 (of 11)
    assert scale[0] == pytest.approx(1.0 + 3.0 * abs(np.log((3 / 7) / (5 / 11))))
    assert scale[1] > scale[0] and scale[2] > scale[0]
    assert np.all(script.one_vs_rest_scale(matrix, is_negative, nb=0.0) == 1.0)


def test_the_temperature_softens_over_confident_logits_and_keeps_every_label():
    pytest.importorskip("scipy")
    script = _training_script()
    labels = np.array([0, 1, 2, 0, 1, 2, 0, 1])
    logits = 8.0 * np.eye(3)[[0, 1, 2, 0, 1, 2, 1, 0]]  # right on 6 of 8, and very sure
    t = script.temperature(labels, logits)
    assert t > 1.0
    assert np.array_equal((logits / t).argmax(axis=1), logits.argmax(axis=1))


def test_the_shipped_weights_record_their_training_settings():
    with np.load(MODEL_PATH, allow_pickle=False) as archive:
        assert str(archive["scheme"]) == "ovr"
        assert float(archive["nb"]) > 0
        assert 0 < float(archive["C"]) < 1
        assert float(archive["temperature"]) > 1


def test_slammed_and_praised_in_two_clauses_go_to_their_own_targets():
    scores = _scores("Critics slammed Smith, while Jones was praised for her courage.", ["Smith", "Jones"])
    assert scores["Smith"].label == "negative"
    assert scores["Jones"].label == "positive"


def test_a_cheered_target_scores_above_a_booed_one_in_the_same_sentence():
    scores = _scores("Voters cheered Lee, while Park was booed.", ["Lee", "Park"])
    assert scores["Lee"].label == "positive"
    assert scores["Lee"].score > scores["Park"].score
    assert scores["Park"].label != "positive"
