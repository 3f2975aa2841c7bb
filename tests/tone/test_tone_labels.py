"""Scores become labels by documented thresholds; the ten sentences; a person against the lenses."""

from __future__ import annotations

import pytest

import newslab
from newslab.errors import NewslabError
from newslab.tone.agreement import agreement
from newslab.tone.labels import (
    LABEL_RULE,
    TONE_LABELS,
    LabelRule,
    compare_with_lenses,
    lens_labels,
    pick_sentences,
)
from newslab.tone.layer import analyze_tone


@pytest.fixture(scope="module")
def tone(seed):
    return analyze_tone(seed)


def test_thresholds_are_inclusive_and_per_lens():
    assert (LABEL_RULE.textblob, LABEL_RULE.vader) == (0.1, 0.05)
    assert [LABEL_RULE.label(x, "textblob") for x in (-0.1, -0.09, 0.0, 0.09, 0.1)] == [
        "negative", "neutral", "neutral", "neutral", "positive",
    ]
    assert [LABEL_RULE.label(x, "vader") for x in (-0.05, -0.04, 0.04, 0.05)] == [
        "negative", "neutral", "neutral", "positive",
    ]
    assert LabelRule(vader=0.5).label(0.4, "vader") == "neutral"
    with pytest.raises(NewslabError, match="no lens 'bert'"):
        LABEL_RULE.label(0.3, "bert")


def test_lens_labels_label_every_sentence_by_its_own_score(tone):
    textblob, vader = lens_labels(tone, "textblob"), lens_labels(tone, "vader")
    assert len(textblob) == len(vader) == len(tone.sentences)
    for s in tone.sentences:
        assert textblob[s.sentence] == LABEL_RULE.label(s.polarity, "textblob")
        assert vader[s.sentence] == LABEL_RULE.label(s.vader, "vader")
    assert set(vader) == set(TONE_LABELS)  # the seed has all three


def test_ten_sentences_spread_from_the_most_negative_to_the_most_positive(tone):
    chosen = pick_sentences(tone)
    assert len(chosen) == len(set(chosen)) == 10 and list(chosen) == sorted(chosen)
    average = {s.sentence: (s.polarity + s.vader) / 2 for s in tone.sentences}
    ranked = sorted(average, key=lambda n: (average[n], n))
    assert ranked[0] in chosen and ranked[-1] in chosen
    assert pick_sentences(tone) == chosen  # deterministic
    places = sorted(ranked.index(n) for n in chosen)
    assert max(b - a for a, b in zip(places, places[1:], strict=False)) <= 3  # evenly spread


def test_a_short_article_offers_all_its_sentences_and_count_is_checked():
    tone = analyze_tone(newslab.Article.from_text("T\n\nIt was good. It was bad. It rained."))
    assert pick_sentences(tone) == (0, 1, 2)
    assert len(pick_sentences(tone, 1)) == 1
    with pytest.raises(NewslabError, match="at least one"):
        pick_sentences(tone, 0)


def test_a_person_against_the_lenses(tone):
    chosen = pick_sentences(tone)
    labels = ["positive", None, "negative", "neutral", "positive",
              "negative", None, "neutral", "positive", "neutral"]
    result = compare_with_lenses(tone, chosen, labels)
    kept = [n for n, label in zip(chosen, labels, strict=True) if label]
    assert result.sentences == tuple(kept) and result.unlabelled == 2
    assert result.human == tuple(label for label in labels if label)
    textblob = lens_labels(tone, "textblob")
    vader = lens_labels(tone, "vader")
    assert result.textblob == tuple(textblob[n] for n in kept)
    assert result.vader == tuple(vader[n] for n in kept)
    assert result.vader_scores == tuple(tone.sentences[n].vader for n in kept)
    assert result.with_textblob == agreement(result.human, result.textblob, labels=TONE_LABELS)
    assert result.with_vader == agreement(result.human, result.vader, labels=TONE_LABELS)
    assert result.between_lenses == agreement(result.textblob, result.vader, labels=TONE_LABELS)


def test_labels_equal_to_a_lens_agree_perfectly_with_it(tone):
    chosen = pick_sentences(tone)
    vader = lens_labels(tone, "vader")
    result = compare_with_lenses(tone, chosen, [vader[n] for n in chosen])
    assert result.with_vader.kappa == 1.0 and result.with_vader.matches == len(chosen)


def test_labels_that_cannot_be_compared_say_why(tone):
    with pytest.raises(NewslabError, match="at least two sentences"):
        compare_with_lenses(tone, [1, 2], ["positive", None])
    with pytest.raises(NewslabError, match="'happy' is not a label"):
        compare_with_lenses(tone, [1, 2], ["happy", "neutral"])
    with pytest.raises(NewslabError, match="no sentence 99"):
        compare_with_lenses(tone, [1, 99], ["neutral", "neutral"])
    with pytest.raises(NewslabError, match="2 sentences but 1 labels"):
        compare_with_lenses(tone, [1, 2], ["neutral"])
