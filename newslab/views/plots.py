"""Plots (matplotlib) of an article and its analyses, in newslab's colour-blind-safe palette.

Each function takes what it shows, draws one figure with a title and labelled axes, and
returns the ``matplotlib.figure.Figure`` without showing it: a notebook cell that ends with the
call shows it, and ``figure.savefig("name.png")`` saves it. Figures are closed in pyplot right
away, so making many of them does not pile up memory.

Example:
    >>> import newslab
    >>> figure = sentence_lengths(newslab.load())
    >>> figure.axes[0].get_title()
    'Words per sentence'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newslab.views.palette import CYCLE, MUTED, OKABE_ITO, tint

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from newslab.analysis import Analysis
    from newslab.article import Article

FIGURE_SIZE = (9.0, 3.6)
DPI = 100


def sentence_lengths(article: Article) -> Figure:
    """A bar a sentence, as tall as the sentence has words; dotted lines mark paragraph breaks.

    Bars alternate between two blues from one paragraph to the next, and a dashed line shows
    the average length.

    Example:
        >>> import newslab
        >>> article = newslab.load()
        >>> axes = sentence_lengths(article).axes[0]
        >>> len(axes.patches) == len(article.sentences), axes.get_ylabel()
        (True, 'Words in the sentence')
    """
    from newslab.words import sentence_lengths as count_words

    lengths = count_words(article)
    figure, axes = _new_figure()
    breaks = set(lengths.paragraph_breaks)
    shade = 0
    colors = []
    for index in range(len(lengths.counts)):
        if index in breaks and index > 0:
            shade = 1 - shade
        colors.append(OKABE_ITO["blue"] if shade == 0 else OKABE_ITO["sky blue"])
    positions = list(range(len(lengths.counts)))
    axes.bar(positions, lengths.counts, color=colors, width=0.8)
    for number, index in enumerate(sorted(breaks - {0})):
        label = "new paragraph" if number == 0 else None
        axes.axvline(index - 0.5, color=MUTED, linestyle=":", linewidth=1, label=label)
    if lengths.counts:
        axes.axhline(
            lengths.average,
            color=OKABE_ITO["vermillion"],
            linestyle="--",
            linewidth=1.2,
            label=f"average: {lengths.average:.1f} words",
        )
        axes.set_ylim(0, max(lengths.counts) * 1.25)
        axes.legend(loc="upper right", fontsize=8, frameon=False, ncols=2)
    axes.set_xticks(positions)
    axes.set_xticklabels([str(p) for p in positions], fontsize=8)
    axes.set_xlim(-0.7, max(len(positions) - 0.3, 0.7))
    axes.set_title("Words per sentence")
    axes.set_xlabel("Sentence number (the n in article.sentences[n])")
    axes.set_ylabel("Words in the sentence")
    return _finish(figure)


def article_map(article: Article) -> Figure:
    """A bar a paragraph, top to bottom, as long as the paragraph has words, coloured by kind.

    The kinds are the headline, the story's paragraphs and the text set aside (a repeated
    headline, site boilerplate), so the picture shows at a glance what the analyses read.

    Example:
        >>> import newslab
        >>> article = newslab.load()
        >>> axes = article_map(article).axes[0]
        >>> len(axes.patches) == len(article.paragraphs), axes.get_xlabel()
        (True, 'Words in the paragraph')
    """
    from matplotlib.patches import Patch

    from newslab.views.palette import color_for
    from newslab.words import word_count

    names = {"title": "headline", "body": "story", "removed": "set aside"}
    figure, axes = _new_figure(size=(9.0, 1.0 + 0.22 * max(len(article.paragraphs), 4)))
    positions = list(range(len(article.paragraphs)))
    kinds = [p.kind for p in article.paragraphs]
    colors = [OKABE_ITO["blue"] if kind == "body" else color_for(kind) for kind in kinds]
    axes.barh(positions, [word_count(p.text) for p in article.paragraphs], color=colors, height=0.75)
    key = {kind: color for kind, color in zip(kinds, colors, strict=True)}
    handles = [Patch(color=color, label=names.get(kind, kind)) for kind, color in key.items()]
    axes.invert_yaxis()
    axes.set_yticks(positions)
    axes.set_yticklabels([str(p) for p in positions], fontsize=8)
    axes.legend(handles=handles, loc="upper right", fontsize=8, frameon=False)
    axes.set_title("The article, paragraph by paragraph")
    axes.set_xlabel("Words in the paragraph")
    axes.set_ylabel("Paragraph (the n in article.paragraphs[n])")
    return _finish(figure)


def tone_arc(analysis: Analysis | Mapping[str, Any]) -> Figure | None:
    """The tone of the story sentence by sentence, as two lenses read it, with their moving averages.

    Dots are each sentence's TextBlob polarity and VADER compound; the thick lines their moving
    averages (the tone layer's ``*_smooth`` values); shaded sentences are those where the two
    lenses disagree. Returns ``None`` when the analysis has no tone layer or no sentences.

    Args:
        analysis: an :class:`~newslab.analysis.Analysis` or its JSON document (``to_dict()``).

    Example:
        >>> import newslab
        >>> axes = tone_arc(newslab.analyze("Kim in Beijing\\n\\nKim was happy. Xi was sad.")).axes[0]
        >>> axes.get_title(), [t.get_text() for t in axes.get_legend().get_texts()][:2]
        ('Tone, sentence by sentence', ['TextBlob polarity', 'VADER compound'])
    """
    tone = _document(analysis).get("tone")
    if not tone or not tone.get("arc"):
        return None
    arc = tone["arc"]
    disagree = [s["sentence"] for s in tone.get("sentences", []) if s.get("disagreement")]
    x = [point["sentence"] for point in arc]
    figure, axes = _new_figure(size=(9.0, 4.0))
    axes.axhline(0, color=MUTED, linewidth=0.8)
    for number, sentence in enumerate(disagree):
        label = "the lenses disagree" if number == 0 else None
        axes.axvspan(sentence - 0.45, sentence + 0.45, color=tint(OKABE_ITO["vermillion"], 0.25),
                     linewidth=0, label=label, zorder=0)
    blue, orange = OKABE_ITO["blue"], OKABE_ITO["orange"]
    axes.plot(x, [p["polarity"] for p in arc], "o", color=blue, markersize=4.5, label="TextBlob polarity")
    axes.plot(x, [p["vader"] for p in arc], "s", color=orange, markersize=4.5, label="VADER compound")
    window = tone.get("method", {}).get("arc_window")
    smooth = f" (moving average over {window} sentences)" if window else " (moving average)"
    axes.plot(x, [p["polarity_smooth"] for p in arc], "-", color=blue, linewidth=2.4,
              label="polarity" + smooth)
    axes.plot(x, [p["vader_smooth"] for p in arc], "--", color=orange, linewidth=2.4,
              label="VADER" + smooth)
    axes.set_ylim(-1.05, 1.05)
    axes.set_xlim(min(x) - 0.7, max(x) + 0.7)
    _sentence_ticks(axes, x)
    axes.legend(loc="lower left", fontsize=8, frameon=False, ncols=2)
    axes.set_title("Tone, sentence by sentence")
    axes.set_xlabel("Sentence number (the n in article.sentences[n])")
    axes.set_ylabel("Score: -1 negative … +1 positive")
    return _finish(figure)


def voice_tones(analysis: Analysis | Mapping[str, Any]) -> Figure | None:
    """The narration and the quoted voices side by side: polarity, subjectivity and VADER.

    A voice with no text (an article without quotes) gets no bars and a note. Returns ``None``
    when the analysis has no tone layer.

    Args:
        analysis: an :class:`~newslab.analysis.Analysis` or its JSON document (``to_dict()``).

    Example:
        >>> import newslab
        >>> axes = voice_tones(newslab.analyze(newslab.load())).axes[0]
        >>> [t.get_text() for t in axes.get_xticklabels()]
        ['TextBlob polarity', 'TextBlob subjectivity', 'VADER compound']
    """
    tone = _document(analysis).get("tone")
    if not tone or "voices" not in tone:
        return None
    measures = (("polarity", "TextBlob polarity"), ("subjectivity", "TextBlob subjectivity"),
                ("vader", "VADER compound"))
    voices = (("narration", "narration (outside quote marks)", OKABE_ITO["blue"]),
              ("quoted", "quoted (inside quote marks)", OKABE_ITO["orange"]))
    figure, axes = _new_figure(size=(7.0, 3.4))
    axes.axhline(0, color=MUTED, linewidth=0.8)
    width = 0.38
    for offset, (key, label, color) in zip((-width / 2, width / 2), voices, strict=True):
        voice = tone["voices"].get(key) or {}
        positions = [i + offset for i in range(len(measures))]
        values = [voice.get(measure) for measure, _ in measures]
        if all(value is None for value in values):
            axes.text(positions[1], 0.05, f"no {key} text", ha="center", fontsize=8, color=MUTED,
                      rotation=90)
            axes.bar([], [], color=color, label=label)
            continue
        bars = axes.bar(positions, [v or 0.0 for v in values], width=width, color=color, label=label)
        for bar, value in zip(bars, values, strict=True):
            top = bar.get_height()
            axes.text(bar.get_x() + bar.get_width() / 2, top + (0.03 if top >= 0 else -0.03),
                      f"{value:+.2f}", ha="center", va="bottom" if top >= 0 else "top", fontsize=8)
    axes.set_xticks(range(len(measures)))
    axes.set_xticklabels([name for _, name in measures], fontsize=9)
    axes.set_ylim(-1.05, 1.05)
    axes.legend(loc="lower left", fontsize=8, frameon=False)
    axes.set_title("Narration and quotes, scored apart")
    axes.set_ylabel("Score")
    return _finish(figure)


def stance_by_voice(analysis: Analysis | Mapping[str, Any], *, limit: int = 20) -> Figure | None:
    """A row of bars an actor: its stance score in each voice, and its overall score as a diamond.

    Reads the stance layer's ``actors`` (each with ``name``, ``score`` and ``voices``, a voice
    having a name under ``voice`` and a ``score``). Shows the first ``limit`` actors. Returns
    ``None`` when the analysis has no stance layer or no actors in it.

    Args:
        analysis: an :class:`~newslab.analysis.Analysis` or its JSON document (``to_dict()``).
        limit: the most actors drawn.

    Example:
        >>> document = {"stance": {"actors": [{"actor": "kim", "name": "Kim", "score": 0.4,
        ...     "voices": [{"voice": "narration", "score": 0.2}, {"voice": "quoted", "score": 0.6}]}]}}
        >>> axes = stance_by_voice(document).axes[0]
        >>> len(axes.patches), axes.get_yticklabels()[0].get_text()
        (2, 'Kim')
    """
    stance = _document(analysis).get("stance") or {}
    actors = list(stance.get("actors") or [])[:limit]
    if not actors:
        return None
    names: list[str] = []
    for actor in actors:
        for voice in actor.get("voices") or []:
            if voice_name(voice) not in names:
                names.append(voice_name(voice))
    fixed = {"narration": OKABE_ITO["blue"], "quoted": OKABE_ITO["orange"]}
    others = [c for c in CYCLE if c not in fixed.values()]
    colors = {n: fixed.get(n) or others[i % len(others)] for i, n in enumerate(names)}
    height = 0.8 / max(len(names), 1)
    figure, axes = _new_figure(size=(8.0, 1.4 + 0.45 * len(actors) * max(len(names), 1) ** 0.5))
    axes.axvline(0, color=MUTED, linewidth=0.8)
    labelled: set[str] = set()
    for row, actor in enumerate(actors):
        scores = {voice_name(v): v.get("score") for v in actor.get("voices") or []}
        for number, name in enumerate(names):
            score = scores.get(name)
            if isinstance(score, (int, float)):
                axes.barh(row - 0.4 + height * (number + 0.5), score, height=height * 0.9,
                          color=colors[name], label=None if name in labelled else _plain(name))
                labelled.add(name)
        if isinstance(actor.get("score"), (int, float)):
            axes.plot([actor["score"]], [row], "D", color=OKABE_ITO["black"], markersize=5,
                      label=None if "overall" in labelled else "overall score")
            labelled.add("overall")
    axes.set_yticks(range(len(actors)))
    axes.set_yticklabels([_plain(str(a.get("name") or a.get("actor") or "?")) for a in actors], fontsize=9)
    axes.invert_yaxis()
    axes.set_xlim(-1.05, 1.05)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    axes.set_title("Stance towards each actor, by voice")
    axes.set_xlabel("Score: -1 unfavourable … +1 favourable")
    return _finish(figure)


def voice_name(voice: Mapping[str, Any]) -> str:
    """The name of one voice in a stance actor's ``voices`` (``voice``, else ``name``, ``kind``).

    Example:
        >>> voice_name({"voice": "quoted", "score": 0.5}), voice_name({"score": 0.1})
        ('quoted', 'voice')
    """
    for key in ("voice", "name", "kind", "speaker_name", "speaker"):
        value = voice.get(key)
        if isinstance(value, str) and value:
            return value
    return "voice"


def _document(analysis: Analysis | Mapping[str, Any]) -> Mapping[str, Any]:
    return analysis.to_dict() if hasattr(analysis, "to_dict") else analysis


def _plain(label: str) -> str:
    """A label matplotlib shows as written (a ``$`` would start mathematical notation)."""
    return label.replace("$", r"\$")


def _sentence_ticks(axes: Any, positions: Sequence[int]) -> None:
    from matplotlib.ticker import MaxNLocator

    if len(positions) <= 30:
        axes.set_xticks(list(positions))
        axes.set_xticklabels([str(p) for p in positions], fontsize=8)
    else:
        axes.xaxis.set_major_locator(MaxNLocator(nbins=20, integer=True))


def _new_figure(size: tuple[float, float] = FIGURE_SIZE):
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=size, dpi=DPI)
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _finish(figure: Figure) -> Figure:
    import matplotlib.pyplot as plt

    figure.tight_layout()
    plt.close(figure)
    return figure
