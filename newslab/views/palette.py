"""The one colour palette of newslab: Okabe and Ito's eight colours, safe for colour-blind readers.

Plots and highlights take their colours from here, so an actor kind or a kind of span has the
same colour everywhere. Highlights use a light :func:`tint` of a colour as background, so the
text on it stays readable.

Source of the colours: Okabe, M. and Ito, K. (2002), *Color Universal Design*.

Example:
    >>> OKABE_ITO["vermillion"]
    '#D55E00'
    >>> color_for("removed")
    '#D55E00'
    >>> tint("#000000", 0.25)
    '#BFBFBF'
"""

from __future__ import annotations

from collections.abc import Mapping

OKABE_ITO: Mapping[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}

CYCLE: tuple[str, ...] = tuple(
    OKABE_ITO[name]
    for name in ("blue", "orange", "bluish green", "reddish purple", "sky blue", "vermillion", "yellow")
)
"""Colours in the order given to series or kinds that have no fixed colour (black is kept for text)."""

KIND_COLORS: Mapping[str, str] = {
    # the article's own spans
    "sentence": OKABE_ITO["sky blue"],
    "title": OKABE_ITO["yellow"],
    "removed": OKABE_ITO["vermillion"],
    # actor kinds (newslab.actors.mentions.ACTOR_KINDS)
    "person": OKABE_ITO["orange"],
    "country": OKABE_ITO["blue"],
    "organisation": OKABE_ITO["bluish green"],
    "place": OKABE_ITO["sky blue"],
    "media": OKABE_ITO["reddish purple"],
    "group": OKABE_ITO["yellow"],
    # the cues that decide a claim (newslab.speech.claims.CUE_KINDS), each in the colour of the voice
    # it gives; hedges have their own
    "quote": OKABE_ITO["reddish purple"],
    "reporting-verb": OKABE_ITO["bluish green"],
    "weasel": OKABE_ITO["vermillion"],
    "hedge": OKABE_ITO["orange"],
    # words in quote marks that read like the reporter's narration: the author's voice
    "narration": OKABE_ITO["blue"],
}
"""Fixed colours for kinds of span that appear in more than one view."""

VOICE_COLORS: Mapping[str, str] = {
    "author": OKABE_ITO["blue"],
    "quoted": OKABE_ITO["reddish purple"],
    "reported": OKABE_ITO["bluish green"],
    "unattributed": OKABE_ITO["vermillion"],
}
"""The colour of each voice of a claim (newslab.speech.claims.VOICES): the colour of the cue that gives it."""

TEXT = OKABE_ITO["black"]
MUTED = "#6E6E6E"
"""Grey for secondary marks (grid lines, paragraph breaks, captions)."""


def color_for(kind: str, index: int = 0) -> str:
    """The colour of a kind of span: its fixed colour, else the ``index``-th colour of :data:`CYCLE`.

    Example:
        >>> color_for("person"), color_for("something new", 1)
        ('#E69F00', '#E69F00')
    """
    return KIND_COLORS.get(kind, CYCLE[index % len(CYCLE)])


def tint(color: str, strength: float = 0.35) -> str:
    """Mix ``color`` (``#RRGGBB``) with white: ``strength`` 1 keeps the colour, 0 gives white.

    Example:
        >>> tint("#0072B2", 1.0), tint("#0072B2", 0.0)
        ('#0072B2', '#FFFFFF')
    """
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"a colour is written #RRGGBB, not {color!r}")
    channels = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    mixed = (round(255 - (255 - c) * strength) for c in channels)
    return "#" + "".join(f"{c:02X}" for c in mixed)
