"""Tone plots: titles, labelled axes, the data drawn is the tone layer's, lens colours."""

from __future__ import annotations

import matplotlib.collections
from matplotlib.colors import to_hex

import newslab
from newslab.views import tone_plots
from newslab.views.tone_views import DISAGREEMENT_COLOR, LENS_COLORS


def hexes(colors) -> set[str]:
    return {to_hex(c).upper() for c in colors}


def test_the_arc_draws_each_sentence_and_the_rolling_means(seed_analysis):
    tone = seed_analysis.tone
    axes = tone_plots.tone_arc(seed_analysis).axes[0]
    assert axes.get_title() == "The tone arc, sentence by sentence"
    assert axes.get_xlabel().startswith("Sentence number") and axes.get_ylabel().startswith("Score")
    lines = {line.get_label(): line for line in axes.lines}
    numbers = [s.sentence for s in tone.sentences]
    expected = {
        "TextBlob polarity": [p.polarity for p in tone.arc],
        "TextBlob, rolling mean of 3": [p.polarity_smooth for p in tone.arc],
        "VADER compound": [p.vader for p in tone.arc],
        "VADER, rolling mean of 3": [p.vader_smooth for p in tone.arc],
    }
    for label, values in expected.items():
        assert list(lines[label].get_xdata()) == numbers
        assert list(lines[label].get_ydata()) == values
        lens = "textblob" if label.startswith("TextBlob") else "vader"
        assert to_hex(lines[label].get_color()).upper() == LENS_COLORS[lens]
    bands = [p for p in axes.patches if p.get_label() != "_nolegend_"]
    assert len(axes.patches) == len(tone.disagreements) == 3
    middles = [round(p.get_x() + p.get_width() / 2) for p in axes.patches]
    assert middles == [s.sentence for s in tone.disagreements]
    assert [p.get_label() for p in bands][0] == "the lenses disagree"
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert "the lenses disagree" in legend and len(legend) == 5


def test_the_scatter_puts_each_sentence_at_its_two_scores(seed_analysis):
    tone = seed_analysis.tone
    axes = tone_plots.lens_scatter(tone).axes[0]
    assert axes.get_title() == "TextBlob against VADER, one dot a sentence"
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("TextBlob polarity", "VADER compound")
    dots = [c for c in axes.collections if isinstance(c, matplotlib.collections.PathCollection)]
    points = sorted(tuple(p) for c in dots for p in c.get_offsets().tolist())
    assert points == sorted((s.polarity, s.vader) for s in tone.sentences)
    flagged = [c for c in dots if hexes(c.get_facecolor()) == {DISAGREEMENT_COLOR}]
    assert sorted(map(tuple, flagged[0].get_offsets().tolist())) == sorted(
        (s.polarity, s.vader) for s in tone.disagreements
    )
    labelled = sorted(int(n) for t in axes.texts for n in t.get_text().split(", "))
    assert labelled == [s.sentence for s in tone.sentences]


def test_the_voices_bars_are_the_voices_scores(seed_analysis):
    tone = seed_analysis.tone
    axes = tone_plots.voices(seed_analysis).axes[0]
    assert axes.get_title() == "The reporter's words and the quoted words"
    assert axes.get_ylabel() == "Score" and "characters" in axes.get_xlabel()
    heights = [bar.get_height() for bar in axes.patches]
    narration, quoted = tone.narration, tone.quoted
    assert heights == [narration.polarity, narration.subjectivity, narration.vader,
                       quoted.polarity, quoted.subjectivity, quoted.vader]


def test_an_article_without_quotes_has_only_the_narration_bars():
    analysis = newslab.analyze("T\n\nThe talks were good. They ended.")
    axes = tone_plots.voices(analysis).axes[0]
    assert len(axes.patches) == 3
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["the reporter's words (narration)"]


def test_the_report_and_the_notebook_draw_the_same_arc(seed_analysis):
    from_analysis = tone_plots.tone_arc(seed_analysis).axes[0]
    from_document = tone_plots.tone_arc(seed_analysis.to_dict()).axes[0]
    assert [list(line.get_ydata()) for line in from_analysis.lines] == [
        list(line.get_ydata()) for line in from_document.lines
    ]


def test_an_analysis_without_tone_draws_nothing():
    analysis = newslab.analyze("T\n\nThe talks were good.", layers=["actors"])
    assert tone_plots.tone_arc(analysis) is None and tone_plots.voices(analysis) is None
