"""Behaviour of newslab.target_sentiment on clear cases, edge cases and bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newslab.errors import NewslabError
from newslab.stance.model import (
    LABELS,
    MODEL_PATH,
    TargetSentiment,
    TargetSpanError,
    target_sentiment,
    target_sentiments,
    tokenize,
)


def score_of(sentence: str, mention: str, occurrence: int = 0) -> TargetSentiment:
    """Score the ``occurrence``-th appearance of ``mention`` in ``sentence``."""
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(mention, start + 1)
    return target_sentiment(sentence, start, start + len(mention))


def assert_well_formed(result: TargetSentiment, sentence: str) -> None:
    assert result.label in LABELS
    assert set(result.probabilities) == set(LABELS)
    assert math.isclose(sum(result.probabilities.values()), 1.0, abs_tol=1e-5)
    assert result.label == max(result.probabilities, key=result.probabilities.get)
    assert -1.0 <= result.score <= 1.0
    expected = result.probabilities["positive"] - result.probabilities["negative"]
    assert math.isclose(result.score, expected, abs_tol=1e-6)
    for item in result.evidence:
        assert 0 <= item.start < item.end <= len(sentence)
        assert sentence[item.start : item.end] == item.text
        assert isinstance(item.weight, float) and item.feature


# ----------------------------------------------------------------------- clear labels


@pytest.mark.parametrize(
    ("sentence", "mention", "label"),
    [
        ("Critics slammed Smith for the disastrous decision.", "Smith", "negative"),
        ("Supporters praised Smith's brave leadership.", "Smith", "positive"),
        ("Smith arrived in Berlin on Tuesday for a two-day visit.", "Smith", "neutral"),
        ("The corrupt senator Jones was convicted of fraud and bribery.", "Jones", "negative"),
        ("Garcia won praise for her heroic rescue of the children.", "Garcia", "positive"),
    ],
)
def test_clear_sentences_get_the_obvious_label(sentence, mention, label):
    result = score_of(sentence, mention)
    assert_well_formed(result, sentence)
    assert result.label == label
    assert result.target == mention


def test_score_sign_follows_the_label():
    negative = score_of("Critics slammed Smith for the disastrous decision.", "Smith")
    positive = score_of("Supporters praised Smith's brave leadership.", "Smith")
    assert negative.score < -0.2 < 0.2 < positive.score


def test_evidence_points_at_the_deciding_words():
    sentence = "Critics slammed Smith for the disastrous decision."
    result = score_of(sentence, "Smith")
    texts = {item.text for item in result.evidence}
    assert texts & {"slammed", "disastrous", "Critics"}
    assert "Smith" not in texts  # the target itself is never evidence
    weights = [abs(item.weight) for item in result.evidence]
    assert weights == sorted(weights, reverse=True)


def test_two_targets_in_one_sentence_can_differ():
    sentence = "Voters cheered the brilliant Lee, while the disgraced Park was booed."
    lee_at, park_at = sentence.index("Lee"), sentence.index("Park")
    items = [(sentence, lee_at, lee_at + 3), (sentence, park_at, park_at + 4)]
    lee, park = target_sentiments(items)
    assert lee.score > park.score


# ----------------------------------------------------------------------- edge cases


def test_target_at_the_very_start_and_end():
    sentence = "Johnson lied repeatedly, and voters no longer trust Johnson"
    first = target_sentiment(sentence, 0, 7)
    last = target_sentiment(sentence, len(sentence) - 7, len(sentence))
    for result in (first, last):
        assert_well_formed(result, sentence)
        assert result.target == "Johnson"


def test_one_word_sentence():
    result = target_sentiment("Merkel", 0, 6)
    assert_well_formed(result, "Merkel")
    assert result.label == "neutral"
    assert result.evidence == ()


def test_very_long_sentence():
    filler = "the committee met again on the third floor of the building and "
    sentence = "Smith said " + filler * 42 + "the results were a terrible failure."
    assert len(sentence.split()) >= 500
    result = target_sentiment(sentence, 0, 5)
    assert_well_formed(result, sentence)


def test_sentence_without_sentiment_words_is_neutral():
    sentence = "The minister Ahmed will travel to Lagos on Monday, a spokesman said."
    result = score_of(sentence, "Ahmed")
    assert_well_formed(result, sentence)
    assert result.label == "neutral"


def test_target_inside_a_word_and_unicode_text():
    sentence = "«Müller’s» rivals mocked Müller’s plan — “a fiasco”."
    result = score_of(sentence, "Müller", occurrence=1)
    assert_well_formed(result, sentence)


def test_span_cutting_a_token_and_numpy_offsets():
    sentence = "Obamacare critics rejoiced."
    result = target_sentiment(sentence, np.int64(0), np.int64(5))
    assert_well_formed(result, sentence)
    assert result.target == "Obama"


def test_batch_matches_single_calls():
    sentence = "Critics slammed Smith for the disastrous decision."
    shared = "Voters cheered Lee, while Park was booed and Critics slammed Smith."
    items = [
        (sentence, 16, 21),
        ("Supporters praised Smith's brave leadership.", 19, 24),
        (shared, 15, 18),  # three targets in one sentence: the batch reads it once
        (shared, 26, 30),
        (sentence, 0, 7),
        (shared, 61, 66),
    ]
    batch = target_sentiments(items)
    assert batch == [target_sentiment(*item) for item in items]
    assert target_sentiments([]) == []


def test_results_are_deterministic():
    sentence = "Supporters praised Smith's brave leadership."
    assert target_sentiment(sentence, 19, 24) == target_sentiment(sentence, 19, 24)


def test_tokenize_splits_possessives_and_keeps_offsets():
    sentence = "Lee’s 2 plans, critics said, “failed”."
    tokens = tokenize(sentence)
    expected = "lee 's <num> plans , critics said , “ failed ” ."
    assert [t.norm for t in tokens] == expected.split()
    for token in tokens:
        original = sentence[token.start : token.end]
        assert original.strip() == original and original
        assert token.norm in (original.lower().replace("’", "'"), "<num>")


# ----------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("sentence", "start", "end", "message"),
    [
        ("Smith won.", 3, 3, "start < end"),
        ("Smith won.", 5, 2, "start < end"),
        ("Smith won.", -1, 5, "start < end"),
        ("Smith won.", 0, 11, "10 characters"),
        ("Smith won.", 20, 25, "10 characters"),
        ("Smith won.", 5, 6, "only whitespace"),
        ("", 0, 0, "empty"),
        ("   ", 0, 2, "empty"),
        (None, 0, 1, "must be a str"),
        (b"Smith won.", 0, 5, "must be a str"),
        ("Smith won.", 0.0, 5, "start must be an int"),
        ("Smith won.", 0, "5", "end must be an int"),
        ("Smith won.", False, 5, "start must be an int"),
    ],
)
def test_bad_input_raises_a_clear_newslab_error(sentence, start, end, message):
    with pytest.raises(NewslabError, match=message) as caught:
        target_sentiment(sentence, start, end)
    assert isinstance(caught.value, TargetSpanError)


def test_batch_reports_which_item_is_bad():
    with pytest.raises(NewslabError, match="item 1"):
        target_sentiments([("Smith won.", 0, 5), ("Smith won.", 0, 99)])


# ----------------------------------------------------------------------- the weights file


def test_weights_file_is_small_and_loads():
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size <= 5 * 1024 * 1024
    with np.load(MODEL_PATH, allow_pickle=False) as archive:
        assert tuple(archive["labels"]) == LABELS
        rows, values = archive["rows"], archive["values"]
        assert rows.ndim == 1 and values.shape == (len(rows), len(LABELS))
        assert rows.max() < 2 ** int(archive["n_bits"])
        assert np.isfinite(values.astype(np.float32)).all()
        assert archive["bias"].shape == (len(LABELS),)
