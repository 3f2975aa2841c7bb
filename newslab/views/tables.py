"""Small HTML tables and notes for the views, every cell escaped.

Example:
    >>> print(table("nl-demo", ["word", "value"], [["<b>good</b>", "+0.70"]]))  # doctest: +ELLIPSIS
    <table class="nl-demo" ...><tr><th ...>word</th>...<td ...>&lt;b&gt;good&lt;/b&gt;</td>...</table>
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from string import Template

from newslab.views.palette import tint

TABLE = Template(
    '<table class="$cls" style="font-family: sans-serif; font-size: 13px; border-collapse: collapse; '
    'margin: 0.4em 0">$rows</table>'
)
CELL_STYLE = "padding: 0.15em 0.7em; border-bottom: 1px solid #DDDDDD; text-align: left; vertical-align: top"
NOTE = Template(
    '<div class="$cls" style="font-family: sans-serif; font-size: 13px; color: #000000; '
    'border-left: 4px solid $color; background: $background; padding: 0.3em 0.7em; margin: 0.4em 0">'
    "$text</div>"
)


def row(cells: Sequence[str], *, header: bool = False, color: str | None = None) -> str:
    """One table row of escaped cells; ``color`` draws a bar at the row's left edge.

    Example:
        >>> row(["a&b"], header=True).count("&amp;")
        1
    """
    tag = "th" if header else "td"
    style = CELL_STYLE + ("; font-weight: bold" if header else "")
    first_style = style + (f"; border-left: 4px solid {color}" if color else "")
    out = [
        f'<{tag} style="{first_style if i == 0 else style}">{html.escape(str(cell))}</{tag}>'
        for i, cell in enumerate(cells)
    ]
    return f"<tr>{''.join(out)}</tr>"


def table(
    cls: str,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    colors: Sequence[str | None] | None = None,
) -> str:
    """A table with CSS class ``cls``, an optional header row and escaped cells.

    Args:
        cls: the table's CSS class (``nl-...``).
        header: the column names, or ``None`` for no header row.
        rows: the cells, row by row.
        colors: a colour (or ``None``) a row, drawn as a bar at its left edge.
    """
    colors = list(colors) if colors is not None else [None] * len(rows)
    body = "".join(row(cells, color=color) for cells, color in zip(rows, colors, strict=True))
    head = row(header, header=True) if header else ""
    return TABLE.substitute(cls=cls, rows=head + body)


def note(cls: str, color: str, text: str) -> str:
    """A short escaped message with a coloured bar (a disagreement, a warning, a hint).

    Example:
        >>> note("nl-demo-note", "#D55E00", "1 < 2").count("1 &lt; 2")
        1
    """
    return NOTE.substitute(cls=cls, color=color, background=tint(color, 0.15), text=html.escape(text))
