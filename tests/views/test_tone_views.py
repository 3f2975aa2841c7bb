"""Tone views driven from Python: the explorer's slider, the labeller's buttons, what the panes show."""

from __future__ import annotations

import html

import pytest

import newslab
from newslab.errors import NewslabError
from newslab.tone.labels import lens_labels, pick_sentences
from newslab.views.tone_views import human_labeller, reasons_html, sentence_explorer


def shown_text(read_html, page: str) -> str:
    return "".join(read_html(page).text)


def test_reasons_mark_every_word_a_lens_scored_with_what_it_added(seed_analysis, read_html):
    for reading in seed_analysis.tone.sentences:
        page = reasons_html(seed_analysis, reading.sentence, jupyter=False)
        shown = read_html(page)
        assert set(shown.pieces) == {str(i) for i in range(len(reading.reasons))}
        for index, reason in enumerate(reading.reasons):
            assert "".join(shown.pieces[str(index)]) == reason.text
        name = {"textblob": "TextBlob", "vader": "VADER"}
        sign = {True: " \u26a0", False: ""}
        expected = [f"{name[r.lens]} {r.value:+.2f}{sign[bool(r.misread_hint)]}" for r in reading.reasons]
        assert sorted(shown.labels) == sorted(expected)
        classes = sorted(m["class"] for m in shown.marks)
        assert set(classes) <= {"nl-mark nl-mark-textblob", "nl-mark nl-mark-vader"}
        assert len(classes) >= len(reading.reasons)  # a mark cut in two by another counts twice
        text = "".join(shown.text)
        assert seed_analysis.article.sentences[reading.sentence].text in text
        assert f"{reading.polarity:+.2f}" in text and f"{reading.vader:+.2f}" in text
        assert ("The lenses disagree" in text) == reading.disagreement
        assert ("Neither lens found" in text) == (not reading.reasons)


def test_the_scores_and_reasons_are_tables(seed_analysis, read_tables):
    tables = read_tables(reasons_html(seed_analysis, 13, jupyter=False))
    scores = {row[0]: row[1:3] for row in tables["nl-tone-scores"]}
    assert scores == {
        "TextBlob polarity": ["+0.00", "neutral"],
        "TextBlob subjectivity": ["0.00", ""],
        "VADER compound": ["+0.66", "positive"],
    }
    header, *rows = tables["nl-tone-reasons"]
    assert header == ["lens", "words", "adds", "in the lexicon", "what changed it", "often misread in news"]
    assert [row[:5] for row in rows if row[1] == "assurance"] == [
        ["VADER", "assurance", "-1.04", "+1.40", "negated by 'despite'"]
    ]
    assert len(rows) == len(seed_analysis.tone.sentences[13].reasons)
    assert sum(1 for row in rows if row[5].startswith("\u26a0")) == 3


def test_article_text_and_reasons_are_escaped():
    text = 'Talks\n\n<script>alert("x")</script> The <b>great</b> talks were good.'
    analysis = newslab.analyze(text)
    page = reasons_html(analysis, 0, jupyter=False)
    assert "<script>" not in page and "<b>" not in page
    assert html.escape("<script>") in page


def test_a_sentence_out_of_range_is_refused(seed_analysis):
    with pytest.raises(IndexError, match="sentences 0 to 22"):
        reasons_html(seed_analysis, 23)


def test_moving_the_explorer_slider_changes_the_sentence_and_its_scores(seed_analysis, read_html):
    explorer = sentence_explorer(seed_analysis)
    tone = seed_analysis.tone
    slider = explorer.slider
    assert (slider.min, slider.max, slider.value) == (0, len(tone.sentences) - 1, 0)
    seen = set()
    for reading in tone.sentences:
        explorer.slider.value = reading.sentence
        text = shown_text(read_html, explorer.view.value)
        assert f"Sentence {reading.sentence} (article.sentences[{reading.sentence}])" in text
        assert f"{reading.vader:+.2f}" in text and f"{reading.subjectivity:.2f}" in text
        assert explorer.view.value == reasons_html(seed_analysis, reading.sentence, jupyter=False)
        seen.add(explorer.view.value)
    assert len(seen) == len(tone.sentences)


def test_the_explorer_has_stable_classes_and_needs_sentences(seed_analysis):
    explorer = sentence_explorer(seed_analysis)
    assert {"nl-widget", "nl-sentence-explorer"} <= set(explorer._dom_classes)
    assert "nl-sentence-explorer-slider" in explorer.slider._dom_classes
    untitled = newslab.analyze("Kim in Beijing\n\nKim in Beijing")
    with pytest.raises(NewslabError, match="no sentences"):
        sentence_explorer(untitled)


def test_the_labeller_compares_the_labels_given_with_both_lenses(seed_analysis, read_tables):
    tone = seed_analysis.tone
    chosen = pick_sentences(tone)
    labeller = human_labeller(seed_analysis, chosen)
    assert {"nl-widget", "nl-human-labeller"} <= set(labeller._dom_classes)
    assert len(labeller.choices) == len(chosen)
    assert all("nl-human-labeller-choice" in c._dom_classes and c.value is None for c in labeller.choices)
    assert "then press Compare" in labeller.view.value
    textblob = lens_labels(tone, "textblob")
    for choice, number in zip(labeller.choices, chosen, strict=True):
        choice.value = textblob[number]  # agree with TextBlob everywhere
    assert "then press Compare" in labeller.view.value  # nothing happens before the click
    labeller.compare.click()
    tables = read_tables(labeller.view.value)
    header, *rows = tables["nl-human-labels"]
    assert header == ["sentence", "you", "TextBlob", "VADER"]
    assert [row[0] for row in rows] == [f"S{n}" for n in chosen]
    assert all(row[2].endswith("\u2713") for row in rows)  # TextBlob agrees everywhere
    agreement = {row[0]: row[1:] for row in tables["nl-human-agreement"][1:]}
    assert agreement["You and TextBlob"] == [f"{len(chosen)} of {len(chosen)}", "1.00", agreement[
        "You and TextBlob"][2], "+1.00", "almost perfect agreement"]
    vader = lens_labels(tone, "vader")
    same = sum(1 for n in chosen if textblob[n] == vader[n])
    assert agreement["TextBlob and VADER"][0] == f"{same} of {len(chosen)}"
    assert agreement["You and VADER"][0] == f"{same} of {len(chosen)}"


def test_the_labeller_leaves_out_unlabelled_sentences_and_needs_two(seed_analysis, read_html, read_tables):
    labeller = human_labeller(seed_analysis, [4, 13, 21])
    labeller.choices[1].value = "negative"
    labeller.compare.click()
    assert 'class="nl-error"' in labeller.view.value and "at least two sentences" in labeller.view.value
    labeller.choices[2].value = "positive"
    labeller.compare.click()
    assert "You left 1 sentence without a label" in shown_text(read_html, labeller.view.value)
    rows = read_tables(labeller.view.value)["nl-human-labels"][1:]
    tone = seed_analysis.tone
    assert rows == [
        ["S13", "negative", f"neutral ({tone.sentences[13].polarity:+.2f}) \u2717",
         f"positive ({tone.sentences[13].vader:+.2f}) \u2717"],
        ["S21", "positive", f"positive ({tone.sentences[21].polarity:+.2f}) \u2713",
         f"positive ({tone.sentences[21].vader:+.2f}) \u2713"],
    ]


def test_the_labeller_shows_the_sentences_escaped():
    analysis = newslab.analyze("T\n\n<i>Kim</i> was happy. Xi was sad.")
    labeller = human_labeller(analysis, [0, 1])
    listing = labeller.sentences.children[0].children[0].value
    assert "<i>Kim" not in listing and "&lt;i&gt;Kim&lt;/i&gt;" in listing
