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


HATCHES: tuple[str, ...] = ("", "//", "..", "xx", "\\\\", "++")
"""Fill patterns that tell series apart once every colour of :data:`CYCLE` is taken."""


def series_styles(names: list[str], fixed: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """A distinct ``(colour, hatch)`` for every series: no two series look the same.

    Series named in ``fixed`` keep their colour; the others take the colours of :data:`CYCLE`
    not used yet, all colour-blind safe (Okabe-Ito). When the colours run out, they come round
    again with a fill pattern from :data:`HATCHES`, so the 8th series is blue with stripes, not
    a second plain blue.

    Example:
        >>> styles = series_styles(["author", "a", "b", "c", "d", "e", "f", "g"], {"author": "#0072B2"})
        >>> styles["author"], styles["a"], styles["g"]
        (('#0072B2', ''), ('#E69F00', ''), ('#0072B2', '//'))
        >>> len(set(styles.values())) == len(styles)
        True
    """
    fixed = dict(fixed or {})
    taken = {(fixed[name], "") for name in names if name in fixed}
    free = [(color, hatch) for hatch in HATCHES for color in CYCLE if (color, hatch) not in taken]
    styles: dict[str, tuple[str, str]] = {}
    for name in names:
        if name in fixed:
            styles[name] = (fixed[name], "")
        else:
            styles[name] = free.pop(0) if free else (MUTED, HATCHES[len(styles) % len(HATCHES)])
    return styles


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
