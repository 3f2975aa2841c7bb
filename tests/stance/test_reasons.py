"""Stance evidence shows reasons a student can accept: evaluative words, framing verbs and
negations, never function words, names, dates, numbers or punctuation."""

from __future__ import annotations

import math

import pytest

import newslab
from newslab.stance.model import (
    REASONS_PATH,
    TargetSentiment,
    is_reason,
    reason_words,
    target_sentiment,
    tokenize,
)

NOT_REASONS = {
    # function words, months and dates, numbers: what the evidence used to show
    "in", "has", "have", "the", "and", "of", "for", "to", "was", "is", "his", "her", "at",
    "may", "june", "tuesday", "second", "first", "two", "2019", "president", "said",
}


def _score(sentence: str, mention: str) -> TargetSentiment:
    start = sentence.index(mention)
    return target_sentiment(sentence, start, start + len(mention))


def _margin(result: TargetSentiment) -> float:
    """The label's logit minus the mean of the other two, from the probabilities."""
    logs = {label: math.log(p) for label, p in result.probabilities.items()}
    others = [v for label, v in logs.items() if label != result.label]
    return logs[result.label] - sum(others) / len(others)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("In May, President Xi has met Trump for the second time in 2019 and praised him.", "Trump"),
        ("On Tuesday the two ministers of Ruritania accused Olsen of fraud.", "Olsen"),
        ('"Dubois is a disgrace," the 3 senators from Ohio said in June.', "Dubois"),
        ("Voters did not trust Smith after the scandal of 2016, and they said so.", "Smith"),
        ("Supporters hailed Alvarez as a hero for the first time since March.", "Alvarez"),
    ],
)
def test_shown_words_are_reasons_not_small_words_names_dates_or_numbers(sentence, mention):
    result = _score(sentence, mention)
    assert result.evidence, "these sentences all hold an evaluative word"
    for item in result.evidence:
        assert sentence[item.start : item.end] == item.text
        assert item.text.lower() not in NOT_REASONS
        assert item.text.isalpha() or "'" in item.text or "’" in item.text
        assert item.start == 0 or not item.text[0].isupper(), f"{item.text!r} is part of a name"
        assert item.text.lower() in reason_words()


def test_the_deciding_reasons_are_the_evaluative_words():
    result = _score("Critics slammed Smith for the disastrous decision.", "Smith")
    assert result.label == "negative"
    assert [e.text for e in result.evidence[:2]] == ["disastrous", "slammed"]


def test_negations_and_framing_verbs_are_reasons():
    tokens = tokenize("Lee did not support Park and accused Kim.")
    shown = [t.norm for i, t in enumerate(tokens) if is_reason(tokens, i)]
    assert shown == ["not", "support", "accused"]


def test_evidence_plus_other_weight_is_the_whole_margin():
    # at most five reason words, so the evidence holds all of them
    result = _score("Critics slammed Smith for the disastrous decision.", "Smith")
    total = sum(e.weight for e in result.evidence) + result.other_weight
    assert math.isclose(total, _margin(result), abs_tol=2e-3)


def test_a_sentence_without_reason_words_shows_none_and_says_what_decided():
    result = _score("The minister Ahmed will travel to Lagos on Monday, a spokesman said.", "Ahmed")
    assert result.evidence == ()
    assert math.isclose(result.other_weight, _margin(result), abs_tol=2e-3)


def test_a_capitalised_evaluative_word_inside_a_sentence_is_part_of_a_name():
    tokens = tokenize("Officials of the Justice Department met in the Great Hall.")
    assert not any(is_reason(tokens, i) for i, t in enumerate(tokens) if t.norm in {"justice", "great"})
    assert is_reason(tokens, tokens.index(next(t for t in tokens if t.norm == "met")))


def test_the_reason_file_inflects_its_words_and_drops_its_not_reasons():
    words = reason_words()
    assert {"indict", "indicts", "indicted", "indicting", "hailed", "allies", "slammed"} <= words
    text = REASONS_PATH.read_text(encoding="utf-8")
    not_reasons = text.split("\n[not_reasons]\n", 1)[1].splitlines()
    dropped = {w.strip() for w in not_reasons if w.strip() and not w.startswith("#")}
    assert {"like", "party", "back", "special"} <= dropped
    assert not dropped & words
    assert not NOT_REASONS & words


def test_the_stance_layer_shows_only_reasons_and_no_word_of_a_name():
    text = (
        "Vote count\n\n"
        "In May, President Xi praised Kim Jong Un for the second summit. "
        "Critics accused Donald Trump of a disastrous failure in June. "
        "China did not support the United States on the 3 trade talks."
    )
    analysis = newslab.analyze(newslab.Article.from_text(text))
    article = analysis.article
    names = [(m.start, m.end) for actor in analysis.actors for m in actor.mentions]
    shown = [p for actor in analysis.stance.actors for e in actor.evidence for p in e.phrases]
    assert shown
    for phrase in shown:
        assert article.text[phrase.start : phrase.end] == phrase.text
        assert phrase.text.lower() in reason_words()
        assert phrase.text.lower() not in NOT_REASONS
        assert not any(s < phrase.end and phrase.start < e for s, e in names)
        assert phrase.weight > 0
    texts = {p.text for p in shown}
    assert texts & {"praised", "accused", "disastrous", "failure", "not"}
