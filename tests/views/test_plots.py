"""Plots: titles, labelled axes, one bar per item, heights from the library, palette colours."""

from __future__ import annotations

from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import newslab
from newslab.actors import cooccurrence
from newslab.actors.mentions import ACTOR_KINDS
from newslab.pipeline.tally import claim_counts, who_speaks
from newslab.speech.claims import VOICES
from newslab.text.words import sentence_lengths, word_count
from newslab.views import plots
from newslab.views.palette import KIND_COLORS, OKABE_ITO, VOICE_COLORS


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


# ---------------------------------------------------------------- actors (notebook 02)


def hex_of(artist) -> str:
    return to_hex(artist.get_facecolor()).upper()


def test_mention_counts_has_a_bar_per_actor_most_named_first(seed_analysis):
    actors = seed_analysis.actors
    axes = plots.mention_counts(seed_analysis).axes[0]
    assert axes.get_title() == "How often the article names each actor"
    assert axes.get_xlabel().startswith("Mentions") and axes.get_ylabel() == "Actor"
    ranked = sorted(actors, key=lambda a: -a.count)
    assert [t.get_text() for t in axes.get_yticklabels()] == [a.name for a in ranked]
    bars = axes.patches
    assert [bar.get_width() for bar in bars] == [a.count for a in ranked]
    assert [hex_of(bar) for bar in bars] == [KIND_COLORS[a.kind] for a in ranked]
    assert [bool(bar.get_hatch()) for bar in bars] == [a.discovered for a in ranked]
    assert [t.get_text() for t in axes.texts] == [str(a.count) for a in ranked]
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert legend == [k for k in ACTOR_KINDS if any(a.kind == k for a in actors)] + ["not in the catalog"]


def test_mention_map_puts_a_dot_on_every_sentence_that_names_each_actor(seed_analysis):
    actors, article = seed_analysis.actors, seed_analysis.article
    axes = plots.mention_map(seed_analysis).axes[0]
    assert axes.get_title() == "Where each actor is named"
    assert axes.get_xlabel().startswith("Sentence number") and axes.get_ylabel().startswith("Actor")
    assert [t.get_text() for t in axes.get_yticklabels()] == [a.name for a in actors]
    assert axes.get_xticklabels()[0].get_text() == "H"
    dots = axes.collections
    assert len(dots) == len(actors)
    for row, (actor, dots_of_actor) in enumerate(zip(actors, dots, strict=True)):
        places = sorted({m.sentence for m in actor.mentions})
        offsets = dots_of_actor.get_offsets()
        assert [int(x) for x, _ in offsets] == places and {y for _, y in offsets} == {row}
        sizes = list(dots_of_actor.get_sizes())
        assert sizes == [36.0 * sum(1 for m in actor.mentions if m.sentence == p) for p in places]
        assert to_hex(dots_of_actor.get_facecolor()[0]).upper() == KIND_COLORS[actor.kind]
    breaks = [line for line in axes.lines if line.get_linestyle() == ":"]
    pairs = zip(article.sentences[1:], article.sentences, strict=False)
    new_paragraphs = [s for s, previous in pairs if s.paragraph != previous.paragraph]
    assert len(breaks) == len(new_paragraphs)


def test_cooccurrence_network_draws_a_line_per_pair_as_wide_as_the_shared_sentences(seed_analysis):
    actors = seed_analysis.actors
    figure = plots.cooccurrence_network(seed_analysis, top=None)
    axes = figure.axes[0]
    assert axes.get_title() == "Who is named with whom"
    assert axes.get_xlabel().startswith("Line width: the number of sentences")
    pairs = cooccurrence(actors)
    widths = sorted(round(line.get_linewidth(), 6) for line in axes.lines)
    assert widths == sorted(round(n * plots._LINE_WIDTH, 6) for _, _, n in pairs)
    names = {t.get_text() for t in axes.texts}
    linked = {i for a, b, _ in pairs for i in (a, b)}
    assert {a.name for a in actors if a.id in linked} <= names
    numbers = sorted(int(t.get_text()) for t in axes.texts if t.get_text().isdigit())
    assert numbers == sorted(n for _, _, n in pairs if n >= 3)


def test_cooccurrence_network_keeps_the_most_named_and_the_strong_pairs(seed_analysis):
    actors = seed_analysis.actors
    top = {a.id for a in sorted(actors, key=lambda a: -a.count)[:4]}
    axes = plots.cooccurrence_network(seed_analysis, top=4, min_sentences=5).axes[0]
    kept = [(a, b, n) for a, b, n in cooccurrence(actors) if {a, b} <= top and n >= 5]
    assert len(axes.lines) == len(kept) and kept
    assert len(axes.collections) == len({i for a, b, _ in kept for i in (a, b)})


def test_plots_of_an_article_without_actors_say_so():
    analysis = newslab.analyze("weather\n\nit rained all day and then it stopped.", layers=["actors"])
    assert analysis.actors == ()
    for draw in (plots.mention_counts, plots.mention_map, plots.cooccurrence_network):
        figure = draw(analysis)
        assert any(t.get_text().startswith("no ") for t in figure.axes[0].texts)


# ---------------------------------------------------------------- quotes and claims (notebook 03)


def test_who_speaks_draws_three_bars_an_actor_from_the_counts(seed_analysis):
    voices = who_speaks(seed_analysis)
    axes = plots.who_speaks(seed_analysis).axes[0]
    assert axes.get_title() == "Who is named, and who speaks"
    assert axes.get_xlabel() and axes.get_ylabel() == "Actor (most named first)"
    assert [t.get_text() for t in axes.get_yticklabels()] == [v.name for v in voices]
    containers = axes.containers
    assert len(containers) == 3
    for container, field in zip(containers, ("mentions", "quotes", "reported"), strict=True):
        assert [bar.get_width() for bar in container] == [getattr(v, field) for v in voices]
        assert hex_of(container[0]) == plots.SPEAKING_COLORS[field]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["named", "quoted", "reported"]


def test_claim_voices_stacks_asserted_and_hedged_for_each_voice(seed_analysis):
    counts = claim_counts(seed_analysis.claims)
    axes = plots.claim_voices(seed_analysis).axes[0]
    assert axes.get_title() == "Whose voice is each sentence in, and how sure?"
    assert axes.get_xlabel().startswith("Sentences") and axes.get_ylabel() == "Voice"
    assert [t.get_text() for t in axes.get_yticklabels()] == list(VOICES)
    asserted, hedged = axes.containers
    assert [bar.get_width() for bar in asserted] == [counts[v]["asserted"] for v in VOICES]
    assert [bar.get_width() for bar in hedged] == [counts[v]["hedged"] for v in VOICES]
    assert [bar.get_x() for bar in hedged] == [counts[v]["asserted"] for v in VOICES]
    assert [hex_of(bar) for bar in asserted] == [VOICE_COLORS[v] for v in VOICES]
    totals = [t.get_text() for t in axes.texts]
    assert totals == [str(sum(counts[v].values())) for v in VOICES]


def test_names_with_dollar_signs_are_drawn_as_written(seed_analysis):
    # A "$" pair would otherwise switch matplotlib to mathematical notation and garble the name.
    from dataclasses import replace

    from newslab.pipeline.overview import overview
    from newslab.views.comparison_plots import two_articles

    actors = tuple(replace(a, name=f"{a.name} $5 and $6") for a in seed_analysis.actors)
    renamed = replace(seed_analysis, layers={**seed_analysis.layers, "actors": actors})
    seen = overview(seed_analysis)
    figures = [
        plots.mention_counts(renamed),
        plots.mention_map(renamed),
        plots.cooccurrence_network(renamed),
        two_articles(seen, seen, ("Costs $5 and $6", "B $x$")),
    ]
    for figure in figures:
        figure.canvas.draw()
        texts = [t for axes in figure.axes for t in (*axes.get_yticklabels(), *axes.texts)]
        texts += [t for axes in figure.axes if axes.get_legend() for t in axes.get_legend().get_texts()]
        shown = [t._preprocess_math(t.get_text()) for t in texts if "$" in t.get_text()]
        assert shown, figure
        assert all(not is_math for _, is_math in shown)
        assert any("$5 and $6" in text for text, _ in shown)
