"""A plot of two articles side by side (notebook 06): whose voice, and what tone.

Example:
    >>> import newslab
    >>> from newslab.pipeline.overview import overview
    >>> seen = overview(newslab.analyze(newslab.load()))
    >>> figure = two_articles(seen, seen, ("A", "B"))
    >>> [axes.get_title() for axes in figure.axes]
    ['Whose voice is each sentence?', 'Tone']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from newslab.speech.claims import VOICES
from newslab.views.palette import OKABE_ITO
from newslab.views.plots import _finish, plain_label
from newslab.views.tone_plots import tone_bars

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from newslab.pipeline.overview import Overview

VOICE_COLORS: Mapping[str, str] = {
    "author": OKABE_ITO["blue"],
    "quoted": OKABE_ITO["orange"],
    "reported": OKABE_ITO["bluish green"],
    "unattributed": OKABE_ITO["reddish purple"],
}
"""The colour of each voice of the claims layer (:data:`newslab.speech.claims.VOICES`)."""

VOICE_NAMES: Mapping[str, str] = {
    "author": "the reporter's own",
    "quoted": "quoted",
    "reported": "reported (said, according to)",
    "unattributed": "unattributed (critics say)",
}
"""How each voice is written for a reader."""

ARTICLE_COLORS = (OKABE_ITO["sky blue"], OKABE_ITO["vermillion"])
"""The colours of the first and the second article in the tone bars."""


def two_articles(first: Overview, second: Overview, names: tuple[str, str]) -> Figure:
    """Left, the share of sentences in each voice (a bar an article); right, their tone.

    Example:
        >>> import newslab
        >>> from newslab.pipeline.overview import overview
        >>> seen = overview(newslab.analyze(newslab.load()))
        >>> voices_axes, tone_axes = two_articles(seen, seen, ("A", "B")).axes
        >>> len(voices_axes.patches), len(tone_axes.patches), tone_axes.get_ylabel()
        (8, 6, 'Score')
    """
    import matplotlib.pyplot as plt

    figure, (voices, tone) = plt.subplots(
        1, 2, figsize=(10.0, 3.4), dpi=100, gridspec_kw={"width_ratios": [1.3, 1]}
    )
    for axes in (voices, tone):
        axes.spines[["top", "right"]].set_visible(False)
    rows = [0, 1]
    left = [0.0, 0.0]
    for voice in VOICES:
        shares = [first.voice_share(voice), second.voice_share(voice)]
        voices.barh(rows, shares, left=left, color=VOICE_COLORS[voice], label=VOICE_NAMES[voice], height=0.6)
        left = [a + b for a, b in zip(left, shares, strict=True)]
    voices.set_yticks(rows)
    voices.set_yticklabels([plain_label(name) for name in names])
    voices.invert_yaxis()
    voices.set_xlim(0, 1)
    voices.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    voices.set_xticklabels(["0%", "25%", "50%", "75%", "100%"])
    voices.set_title("Whose voice is each sentence?")
    voices.set_xlabel("Share of the article's sentences")
    voices.set_ylabel("Article")
    voices.legend(loc="upper center", bbox_to_anchor=(0.5, -0.28), ncols=2, fontsize=8, frameon=False)

    tone_bars(
        tone,
        ("polarity", "subjectivity", "VADER"),
        [
            (plain_label(name), (seen.polarity, seen.subjectivity, seen.vader), color)
            for seen, name, color in zip((first, second), names, ARTICLE_COLORS, strict=True)
        ],
        floor=-0.2,
    )
    tone.set_title("Tone")
    tone.set_xlabel("TextBlob (polarity, subjectivity) and VADER")
    tone.set_ylabel("Score")
    tone.legend(loc="upper right", fontsize=8, frameon=False)
    return _finish(figure)
