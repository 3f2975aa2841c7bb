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

from typing import TYPE_CHECKING

from newslab.views.palette import MUTED, OKABE_ITO

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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
