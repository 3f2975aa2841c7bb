"""Plots: titles, labelled axes, one bar per item, heights from the library, palette colours."""

from __future__ import annotations

from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import newslab
from newslab.views import plots
from newslab.views.palette import KIND_COLORS, OKABE_ITO
from newslab.words import sentence_lengths, word_count


def test_sentence_lengths_has_a_bar_per_sentence_as_tall_as_its_words(seed):
    figure = plots.sentence_lengths(seed)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    assert axes.get_title() == "Words per sentence"
    assert axes.get_xlabel().startswith("Sentence number")
    assert axes.get_ylabel() == "Words in the sentence"
    bars = axes.patches
    assert len(bars) == len(seed.sentences)
    assert [round(bar.get_height()) for bar in bars] == list(sentence_lengths(seed).counts)
    assert [t.get_text() for t in axes.get_xticklabels()] == [str(s.id) for s in seed.sentences]


def test_sentence_lengths_marks_paragraph_breaks_and_the_average(seed):
    axes = plots.sentence_lengths(seed).axes[0]
    lengths = sentence_lengths(seed)
    breaks = [line for line in axes.lines if line.get_linestyle() == ":"]
    assert sorted(line.get_xdata()[0] for line in breaks) == [i - 0.5 for i in lengths.paragraph_breaks[1:]]
    average = [line for line in axes.lines if line.get_linestyle() == "--"]
    assert len(average) == 1 and average[0].get_ydata()[0] == lengths.average
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert legend == ["new paragraph", f"average: {lengths.average:.1f} words"]


def test_sentence_lengths_alternates_two_blues_by_paragraph(seed):
    bars = plots.sentence_lengths(seed).axes[0].patches
    colors = [to_hex(bar.get_facecolor()).upper() for bar in bars]
    assert set(colors) == {OKABE_ITO["blue"], OKABE_ITO["sky blue"]}
    for sentence, previous, color, previous_color in zip(
        seed.sentences[1:], seed.sentences, colors[1:], colors, strict=False
    ):
        assert (color == previous_color) == (sentence.paragraph == previous.paragraph)


def test_sentence_lengths_of_a_one_sentence_article():
    article = newslab.Article.from_text("Kim in Beijing\n\nKim arrived.")
    axes = plots.sentence_lengths(article).axes[0]
    assert [bar.get_height() for bar in axes.patches] == [2]


def test_article_map_has_a_bar_per_paragraph_coloured_by_kind(seed):
    axes = plots.article_map(seed).axes[0]
    assert axes.get_title() == "The article, paragraph by paragraph"
    assert axes.get_xlabel() == "Words in the paragraph"
    assert axes.get_ylabel().startswith("Paragraph")
    bars = axes.patches
    assert len(bars) == len(seed.paragraphs)
    assert [bar.get_width() for bar in bars] == [word_count(p.text) for p in seed.paragraphs]
    expected = {"title": KIND_COLORS["title"], "removed": KIND_COLORS["removed"], "body": OKABE_ITO["blue"]}
    assert [to_hex(bar.get_facecolor()).upper() for bar in bars] == [
        expected[p.kind] for p in seed.paragraphs
    ]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["headline", "set aside", "story"]
