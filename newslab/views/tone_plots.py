"""Plots of the tone layer (notebook 04): the tone arc, the two lenses against each other, voices.

Each function draws one figure from the tone layer's results (an Analysis or its document), with
a title and labelled axes, in the lens colours of :mod:`newslab.views.tone_views` (TextBlob
blue, VADER orange, disagreements vermillion), and returns it without showing it.
:func:`tone_bars` draws the three tone measures as grouped bars on given axes (this module's
voices and :func:`newslab.views.comparison_plots.two_articles` use it).

Example:
    >>> import newslab
    >>> tone_arc(newslab.analyze(newslab.load())).axes[0].get_title()
    'The tone arc, sentence by sentence'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newslab.tone.labels import LABEL_RULE, LabelRule
from newslab.views.palette import MUTED, tint
from newslab.views.plots import _document, _finish, _new_figure, _sentence_ticks
from newslab.views.tone_views import DISAGREEMENT_COLOR, LENS_COLORS

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from newslab.pipeline.analysis import Analysis
    from newslab.tone.layer import Tone

Measures = tuple[float | None, float | None, float | None]
"""A text's TextBlob polarity, TextBlob subjectivity and VADER compound (None: no text)."""

BAR_WIDTH = 0.38
"""The width of one bar of :func:`tone_bars`."""


def tone_arc(analysis: Analysis | Mapping[str, Any]) -> Figure | None:
    """Each sentence's TextBlob polarity and VADER compound, their rolling means, disagreements.

    Dots (TextBlob) and squares (VADER) are the sentences' scores; the lines are the rolling
    means of the tone layer's arc (its ``arc_window`` sentences, centred); a shaded band marks
    each sentence where the lenses disagree. Returns ``None`` when the analysis has no tone
    layer or no sentences.

    Args:
        analysis: an :class:`~newslab.pipeline.analysis.Analysis` or its JSON document.

    Example:
        >>> import newslab
        >>> axes = tone_arc(newslab.analyze(newslab.load())).axes[0]
        >>> [line.get_label() for line in axes.lines][1:3]
        ['TextBlob polarity', 'TextBlob, rolling mean of 3']
    """
    tone = _document(analysis).get("tone")
    if not tone or not tone.get("arc"):
        return None
    arc = tone["arc"]
    window = tone["method"]["arc_window"]
    figure, axes = _new_figure(size=(9.0, 4.0))
    numbers = [p["sentence"] for p in arc]
    axes.axhline(0, color=MUTED, linewidth=0.8)
    disagreements = [s["sentence"] for s in tone["items"] if s["disagreement"]]
    for number, sentence in enumerate(disagreements):
        axes.axvspan(
            sentence - 0.4,
            sentence + 0.4,
            color=tint(DISAGREEMENT_COLOR, 0.25),
            label="the lenses disagree" if number == 0 else None,
            zorder=0,
        )
    series = (
        ("TextBlob polarity", "textblob", "o", "polarity"),
        ("VADER compound", "vader", "s", "vader"),
    )
    for name, lens, marker, key in series:
        color = LENS_COLORS[lens]
        scores = [p[key] for p in arc]
        smooth = [p[f"{key}_smooth"] for p in arc]
        axes.plot(numbers, scores, linestyle="none", marker=marker, markersize=5, color=color, label=name)
        short = name.split()[0]
        axes.plot(numbers, smooth, color=color, linewidth=2, label=f"{short}, rolling mean of {window}")
    axes.set_ylim(-1.05, 1.05)
    _sentence_ticks(axes, numbers)
    axes.set_xlim(min(numbers) - 0.7, max(numbers) + 0.7)
    axes.set_title("The tone arc, sentence by sentence")
    axes.set_xlabel("Sentence number (the n in article.sentences[n])")
    axes.set_ylabel("Score: -1 negative … +1 positive")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncols=5, fontsize=8, frameon=False)
    return _finish(figure)


def lens_scatter(tone: Tone, *, rule: LabelRule = LABEL_RULE) -> Figure:
    """One dot a sentence: TextBlob polarity across, VADER compound up; disagreements in vermillion.

    The grey bands are where each lens's label is *neutral* (``rule``). Sentences on the same
    spot share one label (``0, 2, 14``).

    Example:
        >>> import newslab
        >>> tone = newslab.analyze(newslab.load()).tone
        >>> axes = lens_scatter(tone).axes[0]
        >>> axes.get_xlabel(), axes.get_ylabel()
        ('TextBlob polarity', 'VADER compound')
    """
    figure, axes = _new_figure(size=(7.0, 6.0))
    band = tint(MUTED, 0.15)
    axes.axvspan(-rule.textblob, rule.textblob, color=band, zorder=0, label="neutral for one lens")
    axes.axhspan(-rule.vader, rule.vader, color=band, zorder=0)
    agree = [s for s in tone.sentences if not s.disagreement]
    disagree = [s for s in tone.sentences if s.disagreement]
    for group, color, size, name in (
        (agree, LENS_COLORS["textblob"], 30, "a sentence"),
        (disagree, DISAGREEMENT_COLOR, 60, "a sentence where the lenses disagree"),
    ):
        if group:
            axes.scatter([s.polarity for s in group], [s.vader for s in group], s=size, color=color,
                         label=name, zorder=3, edgecolors="white", linewidths=0.5)
    _label_spots(axes, tone)
    axes.axhline(0, color=MUTED, linewidth=0.8)
    axes.axvline(0, color=MUTED, linewidth=0.8)
    xs = [s.polarity for s in tone.sentences] or [0.0]
    ys = [s.vader for s in tone.sentences] or [0.0]
    axes.set_xlim(min(-0.3, min(xs) - 0.1), max(0.3, max(xs) + 0.15))
    axes.set_ylim(min(-0.3, min(ys) - 0.1), max(0.3, max(ys) + 0.1))
    axes.set_title("TextBlob against VADER, one dot a sentence")
    axes.set_xlabel("TextBlob polarity")
    axes.set_ylabel("VADER compound")
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    return _finish(figure)


_LABEL_OFFSETS = ((5, 4), (5, -11), (5, 13), (5, -20))
"""Where a dot's label goes (points right and up of the dot), tried in turn to avoid overlaps."""


def _label_spots(axes, tone: Tone) -> None:
    """Label each dot with its sentence number(s); labels of nearby dots go above and below."""
    spots: dict[tuple[float, float], list[int]] = {}
    for s in tone.sentences:
        spots.setdefault((s.polarity, s.vader), []).append(s.sentence)
    width = max(0.3, *(abs(x) for x, _ in spots)) * 0.12
    height = max(0.3, *(abs(y) for _, y in spots)) * 0.06
    placed: list[tuple[float, float, int]] = []
    for (x, y), numbers in sorted(spots.items()):
        free = [
            k for k in range(len(_LABEL_OFFSETS))
            if not any(k == pk and abs(px - x) < width and abs(py - y) < height for px, py, pk in placed)
        ]
        k = free[0] if free else len(placed) % len(_LABEL_OFFSETS)
        placed.append((x, y, k))
        axes.annotate(", ".join(str(n) for n in numbers), (x, y), textcoords="offset points",
                      xytext=_LABEL_OFFSETS[k], fontsize=8, color="#000000", zorder=4)


def voices(analysis: Analysis | Mapping[str, Any]) -> Figure | None:
    """The reporter's words (narration) against the quoted words: polarity, subjectivity, VADER.

    A voice with no text has no bars. Returns ``None`` when the analysis has no tone layer.

    Args:
        analysis: an :class:`~newslab.pipeline.analysis.Analysis` or its JSON document.

    Example:
        >>> import newslab
        >>> axes = voices(newslab.analyze(newslab.load())).axes[0]
        >>> len(axes.patches), [t.get_text() for t in axes.get_xticklabels()]
        (6, ['TextBlob polarity', 'TextBlob subjectivity', 'VADER (mean)'])
    """
    from newslab.views.palette import OKABE_ITO

    tone = _document(analysis).get("tone")
    if not tone:
        return None
    narration, quoted = tone["voices"]["narration"], tone["voices"]["quoted"]
    figure, axes = _new_figure(size=(7.0, 3.6))
    tone_bars(
        axes,
        ("TextBlob polarity", "TextBlob subjectivity", "VADER (mean)"),
        [
            ("the reporter's words (narration)", _measures(narration), OKABE_ITO["bluish green"]),
            ("quoted words", _measures(quoted), OKABE_ITO["reddish purple"]),
        ],
        floor=-0.1,
    )
    axes.set_title("The reporter's words and the quoted words")
    axes.set_xlabel(
        f"narration: {narration['characters']} characters · quoted: {quoted['characters']} characters"
    )
    axes.set_ylabel("Score")
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    return _finish(figure)


def tone_bars(
    axes: Axes, measures: Sequence[str], groups: Sequence[tuple[str, Measures, str]], *, floor: float
) -> None:
    """Draw polarity, subjectivity and VADER as grouped bars: a group of bars a text.

    Each group is ``(name, (polarity, subjectivity, vader), colour)``; its bars stand side by
    side around each measure's tick (``measures`` names the ticks), labelled with their value
    (polarity and VADER signed). A group whose polarity is None (a voice with no text) keeps
    its place and has no bars. A line marks 0; the y axis runs from ``floor`` (lower if a bar
    goes lower) to 1.

    Example:
        >>> from newslab.views.plots import _document, _finish, _new_figure, _sentence_ticks
        >>> figure, axes = _new_figure()
        >>> tone_bars(axes, ("polarity", "subjectivity", "VADER"),
        ...           [("A", (0.25, 0.5, -0.5), "#0072B2"), ("B", (None, None, None), "#D55E00")],
        ...           floor=-0.1)
        >>> [text.get_text() for text in _finish(figure).axes[0].texts]
        ['+0.25', '0.50', '-0.50']
    """
    for number, (name, values, color) in enumerate(groups):
        if values[0] is None:
            continue
        offset = (number - (len(groups) - 1) / 2) * BAR_WIDTH
        places = [i + offset for i in range(len(measures))]
        bars = axes.bar(places, values, width=BAR_WIDTH, color=color, label=name)
        labels = [f"{values[0]:+.2f}", f"{values[1]:.2f}", f"{values[2]:+.2f}"]
        axes.bar_label(bars, labels=labels, fontsize=8, padding=2)
    axes.axhline(0, color=MUTED, linewidth=0.8)
    axes.set_xticks(range(len(measures)))
    axes.set_xticklabels(measures)
    axes.set_ylim(min(floor, axes.get_ylim()[0]), 1.0)


def _measures(voice: Mapping[str, Any]) -> Measures:
    return (voice["polarity"], voice["subjectivity"], voice["vader"])
