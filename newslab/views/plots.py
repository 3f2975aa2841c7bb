"""Plots (matplotlib) of an article and its analyses, in newslab's colour-blind-safe palette.

Each function takes an :class:`~newslab.pipeline.analysis.Analysis` (the plots of the text
alone, before any analysis, take the :class:`~newslab.text.article.Article`), reads what the
layers found, draws one figure with a title and labelled axes, and
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

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newslab.actors.mentions import ACTOR_KINDS
from newslab.views.palette import MUTED, OKABE_ITO, VOICE_COLORS, color_for, series_styles, tint

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from newslab.pipeline.analysis import Analysis
    from newslab.text.article import Article

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
    from newslab.text.words import sentence_lengths as count_words

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

    from newslab.text.words import word_count

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


# ---------------------------------------------------------------- actors (notebook 02)

DISCOVERED_HATCH = "///"


def mention_counts(analysis: Analysis) -> Figure:
    """A bar an actor, as long as the number of times the article names it, coloured by kind.

    The most named actor is at the top (ties in order of first mention). Actors that newslab
    found in the text but not in its catalog (``discovered``) have hatched bars; each bar ends
    with its count.

    Example:
        >>> import newslab
        >>> axes = mention_counts(newslab.analyze(newslab.load(), layers=["actors"])).axes[0]
        >>> axes.get_title(), axes.get_yticklabels()[0].get_text()
        ('How often the article names each actor', 'United States')
    """
    actors = analysis.actors
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    ranked = sorted(actors, key=lambda a: -a.count)
    figure, axes = _new_figure(size=(9.0, 1.4 + 0.27 * max(len(ranked), 3)))
    positions = list(range(len(ranked)))
    bars = axes.barh(
        positions, [a.count for a in ranked], color=[color_for(a.kind) for a in ranked], height=0.7
    )
    for bar, actor in zip(bars, ranked, strict=True):
        if actor.discovered:
            bar.set_hatch(DISCOVERED_HATCH)
            bar.set_edgecolor("#FFFFFF")
    axes.bar_label(bars, padding=3, fontsize=8)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_yticks(positions)
    axes.set_yticklabels([plain_label(a.name) for a in ranked], fontsize=9)
    axes.invert_yaxis()
    kinds = [kind for kind in ACTOR_KINDS if any(a.kind == kind for a in ranked)]
    handles = [Patch(color=color_for(kind), label=kind) for kind in kinds]
    if any(a.discovered for a in ranked):
        handles.append(
            Patch(facecolor=MUTED, edgecolor="#FFFFFF", hatch=DISCOVERED_HATCH, label="not in the catalog")
        )
    if handles:
        axes.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    if not ranked:
        _say_empty(axes, "no actors found")
    axes.set_title("How often the article names each actor")
    axes.set_xlabel("Mentions (times the article names the actor, headline included)")
    axes.set_ylabel("Actor")
    return _finish(figure)


def mention_map(analysis: Analysis) -> Figure:
    """Where each actor is named: a dot for every sentence that names it (a strip plot).

    One row an actor, in order of first mention from the top; the x axis is the sentence
    number, with the headline at the far left (``H``). A dot is bigger when the sentence names
    the actor more than once. Dotted lines mark where a new paragraph starts.

    Example:
        >>> import newslab
        >>> axes = mention_map(newslab.analyze(newslab.load(), layers=["actors"])).axes[0]
        >>> axes.get_title(), axes.get_yticklabels()[1].get_text()
        ('Where each actor is named', 'Kim Jong Un')
    """
    actors, article = analysis.actors, analysis.article
    from matplotlib.lines import Line2D

    figure, axes = _new_figure(size=(9.5, 1.6 + 0.3 * max(len(actors), 3)))
    sizes: set[int] = set()
    for row, actor in enumerate(actors):
        per_sentence = Counter(m.sentence for m in actor.mentions)
        places = sorted(per_sentence)
        sizes.update(per_sentence.values())
        axes.scatter(
            places,
            [row] * len(places),
            s=[_DOT * per_sentence[p] for p in places],
            color=color_for(actor.kind),
            edgecolors="#FFFFFF",
            linewidths=0.6,
            zorder=3,
        )
    for sentence, previous in zip(article.sentences[1:], article.sentences, strict=False):
        if sentence.paragraph != previous.paragraph:
            axes.axvline(sentence.id - 0.5, color=MUTED, linestyle=":", linewidth=0.8, zorder=1)
    axes.axvline(-0.5, color=MUTED, linewidth=0.8, zorder=1)
    positions = [-1, *range(len(article.sentences))]
    axes.set_xticks(positions)
    axes.set_xticklabels(["H", *(str(p) for p in positions[1:])], fontsize=8)
    axes.set_xlim(-1.7, max(len(article.sentences) - 0.3, 0.7))
    axes.set_yticks(list(range(len(actors))))
    axes.set_yticklabels([plain_label(a.name) for a in actors], fontsize=9)
    axes.set_ylim(len(actors) - 0.4, -0.6)
    axes.grid(axis="y", color=MUTED, alpha=0.2, linewidth=0.6)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=color_for(kind), label=kind, markersize=7)
        for kind in ACTOR_KINDS
        if any(a.kind == kind for a in actors)
    ]
    handles += [
        Line2D([], [], marker="o", linestyle="", color=MUTED, markersize=math.sqrt(_DOT * n),
               label=f"named {n} times in the sentence")
        for n in sorted(sizes) if n > 1
    ]
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    if not actors:
        _say_empty(axes, "no actors found")
    axes.set_title("Where each actor is named")
    axes.set_xlabel("Sentence number (the n in article.sentences[n]); H is the headline")
    axes.set_ylabel("Actor (in order of first mention)")
    return _finish(figure)


_DOT = 36.0


def cooccurrence_network(analysis: Analysis, *, top: int | None = 10, min_sentences: int = 1) -> Figure:
    """Who is named with whom: actors on a circle, joined when one sentence names both.

    A line's width is the number of sentences that name both actors (the actors layer's
    ``cooccurrence`` table); lines of 3 sentences or more carry that number. A
    dot's colour is the actor's kind and its size grows with the actor's mentions.

    Args:
        analysis: the analysis (its actors layer).
        top: show only this many actors, the most named (ties in order of first mention);
            ``None`` shows all.
        min_sentences: draw only the lines of pairs that share at least this many sentences.

    Shown actors are placed clockwise from the top in order of first mention; an actor left
    with no line is left out.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.load(), layers=["actors"])
        >>> axes = cooccurrence_network(analysis, min_sentences=3).axes[0]
        >>> axes.get_title(), len(axes.lines)
        ('Who is named with whom', 11)
    """
    from matplotlib.lines import Line2D

    actors = analysis.actors
    table = analysis.tables(layers=["actors"])["cooccurrence"]
    together = zip(table["actor_a"], table["actor_b"], table["sentences"], strict=True)
    kept = {a.id for a in sorted(actors, key=lambda a: -a.count)[:top]}
    pairs = [(a, b, int(n)) for a, b, n in together if n >= min_sentences and {a, b} <= kept]
    linked = {actor_id for a, b, _ in pairs for actor_id in (a, b)}
    shown = [actor for actor in actors if actor.id in linked]
    figure, axes = _new_figure(size=_NETWORK_SIZE)
    place = _places_on_circle([actor.id for actor in shown])
    for a, b, n in sorted(pairs, key=lambda pair: pair[2]):
        (x1, y1), (x2, y2) = place[a], place[b]
        axes.add_line(
            Line2D([x1, x2], [y1, y2], linewidth=n * _LINE_WIDTH, color=OKABE_ITO["blue"], alpha=0.35,
                   solid_capstyle="round", zorder=1)
        )
        if n >= _NUMBERED_FROM:
            where = _NUMBER_AT
            axes.text(
                x1 + where * (x2 - x1), y1 + where * (y2 - y1), str(n), fontsize=8, ha="center",
                va="center", zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "#FFFFFF", "edgecolor": "none"},
            )
    for actor in shown:
        x, y = place[actor.id]
        axes.scatter([x], [y], s=60 + 18 * actor.count, color=color_for(actor.kind), edgecolors="#FFFFFF",
                     linewidths=1, zorder=3)
        _name_outside(axes, x, y, actor.name)
    kinds = [kind for kind in ACTOR_KINDS if any(a.kind == kind for a in shown)]
    handles = [
        Line2D([], [], marker="o", linestyle="", color=color_for(kind), label=kind, markersize=7)
        for kind in kinds
    ]
    _frame_network(
        axes,
        handles,
        empty="no two actors share a sentence" if not shown else None,
        title="Who is named with whom",
        xlabel="Line width: the number of sentences that name both actors. Dot size: mentions.",
    )
    return _finish(figure)


def _frame_network(axes: Axes, handles: list, *, empty: str | None, title: str, xlabel: str) -> None:
    """The frame shared by the network plots: legend, empty note, square unscaled axes, labels."""
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(-0.1, 1.0), fontsize=8, frameon=False)
    if empty:
        _say_empty(axes, empty)
    axes.set_xlim(-1.75, 1.75)
    axes.set_ylim(-1.3, 1.3)
    axes.set_aspect("equal")
    axes.set_xticks([])
    axes.set_yticks([])
    axes.spines[["left", "bottom"]].set_visible(False)
    axes.set_title(title)
    axes.set_xlabel(xlabel)


_LINE_WIDTH = 1.1
_NUMBERED_FROM = 3
_NUMBER_AT = 0.4  # a line's number sits 40% of the way from the actor named first: lines cross mid-circle


_NETWORK_SIZE = (8.0, 7.0)


def _places_on_circle(keys: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Where each node of a network plot goes: evenly on the unit circle, clockwise from the top."""
    places = {}
    for index, key in enumerate(keys):
        angle = math.pi / 2 - 2 * math.pi * index / len(keys)
        places[key] = (math.cos(angle), math.sin(angle))
    return places


def _name_outside(axes: Axes, x: float, y: float, name: str) -> None:
    """Write a node's name just outside the circle, aligned away from its centre."""
    align = "center" if abs(x) < 0.2 else ("left" if x > 0 else "right")
    axes.text(1.13 * x, 1.13 * y, plain_label(name), fontsize=9, ha=align, va="center", zorder=4)


# ---------------------------------------------------------------- quotes and claims (notebook 03)

SPEAKING_COLORS = {
    "mentions": OKABE_ITO["sky blue"],
    "quotes": VOICE_COLORS["quoted"],
    "reported": VOICE_COLORS["reported"],
}


def who_speaks(analysis: Analysis) -> Figure:
    """Three bars an actor: how often it is named, quoted, and reported (see :mod:`newslab.pipeline.tally`).

    Actors come in the order given (:func:`newslab.pipeline.tally.who_speaks` puts the most named
    first); every bar ends with its count, 0 included, so an actor who is named but never
    speaks stands out.

    Example:
        >>> import newslab
        >>> axes = who_speaks(newslab.analyze(newslab.load())).axes[0]
        >>> axes.get_title(), [t.get_text() for t in axes.get_legend().get_texts()]
        ('Who is named, and who speaks', ['named', 'quoted', 'reported'])
    """
    from newslab.pipeline.tally import who_speaks as count

    voices = count(analysis)
    from matplotlib.ticker import MaxNLocator

    figure, axes = _new_figure(size=(9.0, 1.6 + 0.45 * max(len(voices), 3)))
    height = 0.26
    series = (("mentions", "named"), ("quotes", "quoted"), ("reported", "reported"))
    for offset, (field, label) in zip((-height, 0.0, height), series, strict=True):
        positions = [row + offset for row in range(len(voices))]
        values = [getattr(v, field) for v in voices]
        bars = axes.barh(positions, values, height=height, color=SPEAKING_COLORS[field], label=label)
        axes.bar_label(bars, padding=2, fontsize=7)
    axes.set_yticks(list(range(len(voices))))
    axes.set_yticklabels([plain_label(v.name) for v in voices], fontsize=9)
    axes.set_ylim(len(voices) - 0.5, -0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    if not voices:
        _say_empty(axes, "no actors found")
    axes.set_title("Who is named, and who speaks")
    axes.set_xlabel("Times named / direct quotes / sentences reporting their words")
    axes.set_ylabel("Actor (most named first)")
    return _finish(figure)


def claim_voices(analysis: Analysis) -> Figure:
    """A bar a voice, as long as its number of sentences, split into asserted and hedged.

    The counts are :func:`newslab.pipeline.tally.claim_counts` of the claims layer. The
    asserted part is solid, the hedged part a lighter, hatched shade of the voice's colour;
    the total is written at the end of each bar.

    Example:
        >>> import newslab
        >>> axes = claim_voices(newslab.analyze(newslab.load())).axes[0]
        >>> axes.get_title(), [t.get_text() for t in axes.get_yticklabels()]
        ('Whose voice is each sentence in, and how sure?', ['author', 'quoted', 'reported', 'unattributed'])
    """
    from newslab.pipeline.tally import claim_counts

    counts = claim_counts(analysis.claims)
    from matplotlib.patches import Patch

    voices = list(counts)
    asserted = [counts[v].get("asserted", 0) for v in voices]
    hedged = [counts[v].get("hedged", 0) for v in voices]
    colors = [VOICE_COLORS.get(v, color_for(v, i)) for i, v in enumerate(voices)]
    figure, axes = _new_figure(size=(9.0, 1.4 + 0.45 * max(len(voices), 3)))
    positions = list(range(len(voices)))
    axes.barh(positions, asserted, color=colors, height=0.6, label="asserted")
    hedged_bars = axes.barh(
        positions, hedged, left=asserted, color=[tint(c, 0.45) for c in colors], edgecolor=colors,
        hatch="//", height=0.6, label="hedged",
    )
    totals = [a + h for a, h in zip(asserted, hedged, strict=True)]
    axes.bar_label(hedged_bars, labels=[str(t) for t in totals], padding=3, fontsize=9)
    axes.set_yticks(positions)
    axes.set_yticklabels([plain_label(voice) for voice in voices])
    axes.set_ylim(len(voices) - 0.5, -0.5)
    axes.set_xlim(0, max(totals, default=0) * 1.15 + 1)
    axes.legend(
        handles=[Patch(color=MUTED, label="asserted"),
                 Patch(facecolor=tint(MUTED, 0.45), edgecolor=MUTED, hatch="//", label="hedged")],
        loc="lower right", fontsize=8, frameon=False,
    )
    axes.set_title("Whose voice is each sentence in, and how sure?")
    axes.set_xlabel("Sentences (solid: asserted, hatched: hedged)")
    axes.set_ylabel("Voice")
    return _finish(figure)


def _say_empty(axes: Axes, message: str) -> None:
    axes.text(0.5, 0.5, message, transform=axes.transAxes, ha="center", va="center", color=MUTED)


def stance_by_voice(analysis: Analysis | Mapping[str, Any], *, limit: int = 20) -> Figure | None:
    """A row of bars an actor: its stance score in each voice, and its overall score as a diamond.

    Reads the stance layer's items (each with ``name``, ``score`` and ``voices``; a voice has
    its id under ``voice``, the name a reader knows it by under ``voice_name``, and a
    ``score``). Shows the first ``limit`` actors. Returns ``None`` when the analysis has no
    stance layer or no actors in it.

    Args:
        analysis: an :class:`~newslab.pipeline.analysis.Analysis` or its JSON document (``to_dict()``).
        limit: the most actors drawn.

    Example:
        >>> import newslab
        >>> text = 'T\\n\\nCritics slammed Ana Ruiz. Ruiz said "I love Oslo." Ruiz praised Oslo.'
        >>> axes = stance_by_voice(newslab.analyze(text)).axes[0]
        >>> len(axes.patches), [label.get_text() for label in axes.get_yticklabels()]
        (3, ['Ana Ruiz', 'Norway'])
    """
    stance = _document(analysis).get("stance") or {}
    actors = list(stance.get("items") or [])[:limit]
    if not actors:
        return None
    names: list[str] = []
    shown: dict[str, str] = {}
    for actor in actors:
        for voice in actor["voices"]:
            if voice["voice"] not in names:
                names.append(voice["voice"])
                shown[voice["voice"]] = voice_name(voice)
    fixed = {"author": OKABE_ITO["blue"], "narration": OKABE_ITO["blue"], "quoted": OKABE_ITO["orange"],
             "unattributed quote": VOICE_COLORS["unattributed"]}
    styles = series_styles(names, fixed)
    height = 0.8 / max(len(names), 1)
    figure, axes = _new_figure(size=(8.0, 1.4 + 0.45 * len(actors) * max(len(names), 1) ** 0.5))
    axes.axvline(0, color=MUTED, linewidth=0.8)
    labelled: set[str] = set()
    for row, actor in enumerate(actors):
        scores = {v["voice"]: v["score"] for v in actor["voices"]}
        for number, name in enumerate(names):
            score = scores.get(name)
            if isinstance(score, (int, float)):
                color, hatch = styles[name]
                axes.barh(row - 0.4 + height * (number + 0.5), score, height=height * 0.9,
                          color=color, hatch=hatch, edgecolor="#FFFFFF" if hatch else color, linewidth=0,
                          label=None if name in labelled else plain_label(shown[name]))
                labelled.add(name)
        if isinstance(actor.get("score"), (int, float)):
            axes.plot([actor["score"]], [row], "D", color=OKABE_ITO["black"], markersize=5,
                      label=None if "overall" in labelled else "overall score")
            labelled.add("overall")
    axes.set_yticks(range(len(actors)))
    actor_names = [a["name"] for a in actors]
    axes.set_yticklabels([plain_label(name) for name in actor_names], fontsize=9)
    axes.invert_yaxis()
    axes.set_xlim(-1.05, 1.05)
    # Beside the bars, not over them: with many voices the legend is as tall as the chart.
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, title="voice",
                title_fontsize=8)
    axes.set_title("Stance towards each actor, by voice")
    axes.set_xlabel("Score: -1 unfavourable … +1 favourable")
    return _finish(figure)


def voice_name(voice: Mapping[str, Any]) -> str:
    """The name a reader knows one voice of a stance actor by (a speaker's name, not an id).

    Example:
        >>> voice_name({"voice": "mike-pompeo", "voice_name": "Mike Pompeo", "score": 0.5})
        'Mike Pompeo'
    """
    return str(voice["voice_name"])


def _document(analysis: Analysis | Mapping[str, Any]) -> Mapping[str, Any]:
    return analysis.to_dict() if hasattr(analysis, "to_dict") else analysis


def plain_label(label: str) -> str:
    """A label matplotlib shows as written (a ``$`` would start mathematical notation).

    Example:
        >>> plain_label("Fund $5bn")
        'Fund \\\\$5bn'
    """
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


# ---------------------------------------------------------------- relations between actors (notebook 05)

RELATION_COLORS = {
    "cooperation": OKABE_ITO["bluish green"],
    "conflict": OKABE_ITO["vermillion"],
    "neutral": MUTED,
}
"""The colour of each polarity of a relation (:mod:`newslab.stance.relations`)."""


def relation_network(analysis: Analysis) -> Figure:
    """Who acts on whom: actors on a circle, an arrow from the one who acts to the one acted on.

    Green arrows are cooperation, red ones conflict (grey: neutral); an arrow's width grows
    with the relation's strength (``abs(score)``) and its middle carries the framing verb. Two
    relations between the same pair are drawn as separate curves. Relations whose object names
    no actor ("supported both sides") have no arrow. Actors are placed clockwise from the top
    in order of first appearance in the relations.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.load())
        >>> axes = relation_network(analysis).axes[0]
        >>> axes.get_title(), len(axes.patches) == sum(1 for r in analysis.relations if r.target)
        ('Who acts on whom, framed how', True)
    """
    relations = analysis.relations
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    drawn = [r for r in relations if r.target]
    names: dict[str, str] = {}
    for relation in drawn:
        names.setdefault(relation.source, relation.source_name)
        names.setdefault(relation.target, relation.target_name or relation.target)
    figure, axes = _new_figure(size=_NETWORK_SIZE)
    place = _places_on_circle(list(names))
    seen: Counter[tuple[str, str]] = Counter()
    for relation in drawn:
        pair = (relation.source, relation.target)
        bend = 0.12 + 0.18 * seen[pair]
        seen[pair] += 1
        (x1, y1), (x2, y2) = place[relation.source], place[relation.target]
        color = RELATION_COLORS.get(relation.polarity, MUTED)
        axes.add_patch(
            FancyArrowPatch((x1, y1), (x2, y2), connectionstyle=f"arc3,rad={bend}", arrowstyle="-|>",
                            mutation_scale=14, linewidth=0.8 + 2.5 * abs(relation.score), color=color,
                            shrinkA=9, shrinkB=9, alpha=0.85, zorder=2)
        )
        middle_x, middle_y = (x1 + x2) / 2 + bend * (y2 - y1) / 2, (y1 + y2) / 2 - bend * (x2 - x1) / 2
        axes.text(middle_x, middle_y, plain_label(relation.verb.text), fontsize=7, ha="center", va="center",
                  color=color, zorder=4,
                  bbox={"boxstyle": "round,pad=0.1", "facecolor": "#FFFFFF", "edgecolor": "none"})
    for actor, name in names.items():
        x, y = place[actor]
        axes.scatter([x], [y], s=90, color=OKABE_ITO["black"], zorder=3)
        _name_outside(axes, x, y, name)
    handles = [
        Line2D([], [], color=color, linewidth=2.5, label=polarity)
        for polarity, color in RELATION_COLORS.items()
        if any(r.polarity == polarity for r in drawn)
    ]
    _frame_network(
        axes,
        handles,
        empty="no relation between two named actors" if not drawn else None,
        title="Who acts on whom, framed how",
        xlabel="Arrow: from the actor who acts to the actor acted on. Width: how strong the verb is.",
    )
    return _finish(figure)
