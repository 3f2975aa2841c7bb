"""Show spans of an article as highlighted text, as HTML.

:func:`highlight` works like spaCy's displacy: in Jupyter it returns an
``IPython.display.HTML`` object that shows itself, elsewhere the HTML string, so it can be
tested and saved without a browser.

A span is any object with ``start`` and ``end`` offsets into the text. Optional attributes
decide how it looks:

- ``kind`` (else the class name in lower case: ``Sentence`` -> ``sentence``) gives the CSS
  classes ``nl-mark nl-mark-<kind>`` and the colour (:mod:`newslab.views.palette`);
- ``label`` is shown in a small tag at the end of the mark;
- ``title`` (else ``reason``) is the tooltip shown when the mouse rests on the mark.

Overlapping spans are drawn as nested marks. Spans are ordered by start, then longest first,
then by their position in the list; a span that begins inside another and ends after it is
cut in two at the other's end, so the HTML stays well nested. Every piece of a span carries
the same ``data-nl-span`` number (its position in the list), and its label sits on its last
piece. A mark leaves out whitespace at its two ends (so a removed span that ends with blank
lines does not paint them), and spans with nothing else (or nothing at all) are skipped.

Every piece of text, label and tooltip is escaped with ``html.escape``; line breaks are kept
(the block uses ``white-space: pre-wrap``).

Example:
    >>> from newslab.text.spans import Span
    >>> text = "Kim met Xi <b>today</b>."
    >>> page = highlight(text, [Span.of(text, 0, 3)], labels=["actor"], jupyter=False)
    >>> page.startswith('<div class="nl-highlight"'), page.count('<mark class="nl-mark nl-mark-span"')
    (True, 1)
    >>> page.endswith('>actor</span></mark> met Xi &lt;b&gt;today&lt;/b&gt;.</div>')
    True
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.text.spans import strip_span
from newslab.views import templates
from newslab.views.palette import KIND_COLORS, color_for, tint

if TYPE_CHECKING:
    from IPython.display import HTML

PerSpan = Sequence[str | None] | Callable[[Any], str | None] | None
"""A label or tooltip option: one value a span (a list), a function of the span, or ``None``."""

BACKGROUND_STRENGTH = 0.35


@dataclass(frozen=True)
class _Mark:
    index: int
    start: int
    end: int
    kind: str
    label: str | None
    title: str | None
    color: str

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.start, -self.end, self.index)


def highlight(
    text: str,
    spans: Iterable[Any],
    *,
    labels: PerSpan = None,
    titles: PerSpan = None,
    colors: Mapping[str, str] | None = None,
    within: tuple[int, int] | None = None,
    legend: bool = False,
    jupyter: bool | None = None,
) -> str | HTML:
    """Render ``text`` with ``spans`` highlighted.

    Args:
        text: the whole text the spans point into (usually ``article.text``).
        spans: objects with ``start`` and ``end`` (and optionally ``kind``, ``label``,
            ``title`` or ``reason``), e.g. ``article.sentences`` or ``article.removed``.
        labels: the tag shown at the end of each mark: a list with one entry a span, or a
            function of the span; by default the span's ``label`` attribute, if it has one.
        titles: the tooltip of each mark, in the same forms; by default the span's ``title``
            or ``reason`` attribute.
        colors: colours (``#RRGGBB``) by kind, replacing the palette's for those kinds.
        within: show only ``text[start:end]`` (e.g. one paragraph); spans are cut to it.
        legend: add a key of the kinds shown and their colours above the text.
        jupyter: return an ``IPython.display.HTML`` object (True) or a string (False);
            ``None`` decides by whether this runs in a Jupyter kernel.

    Raises:
        ValueError: a span lies outside the text, or a list of labels or titles has a
            different length from the list of spans.

    Example:
        >>> import newslab
        >>> article = newslab.load()
        >>> page = highlight(article.text, article.removed, jupyter=False)
        >>> page.count('class="nl-mark nl-mark-removed"'), 'title="repeated headline"' in page
        (2, True)
    """
    spans = list(spans)
    window = _window(text, within)
    marks = _marks(text, spans, labels, titles, colors or {}, window)
    body = _render_body(text, window, marks)
    page = templates.HIGHLIGHT.substitute(body=body)
    if legend:
        page = _legend(marks) + page
    return as_output(page, jupyter)


def _window(text: str, within: tuple[int, int] | None) -> tuple[int, int]:
    if within is None:
        return 0, len(text)
    start, end = within
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"within=({start}, {end}) lies outside a text of length {len(text)}")
    return start, end


def _marks(
    text: str,
    spans: list[Any],
    labels: PerSpan,
    titles: PerSpan,
    colors: Mapping[str, str],
    window: tuple[int, int],
) -> list[_Mark]:
    label_of = _per_span(labels, spans, "labels", _default_label)
    title_of = _per_span(titles, spans, "titles", _default_title)
    unfixed: dict[str, int] = {}
    marks = []
    for index, span in enumerate(spans):
        start, end = _offsets(text, span, index)
        start, end = strip_span(text, max(start, window[0]), min(end, window[1]))
        if start >= end:
            continue
        kind = _kind(span)
        color = colors.get(kind) or KIND_COLORS.get(kind)
        if color is None:
            color = color_for(kind, unfixed.setdefault(kind, len(unfixed)))
        marks.append(_Mark(index, start, end, kind, label_of(index), title_of(index), color))
    return sorted(marks, key=lambda m: m.order)


def _offsets(text: str, span: Any, index: int) -> tuple[int, int]:
    try:
        start, end = int(span.start), int(span.end)
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f"span {index} has no whole-number start and end: {span!r}") from None
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {index} [{start}, {end}) lies outside a text of length {len(text)}")
    return start, end


def _per_span(
    option: PerSpan, spans: list[Any], name: str, default: Callable[[Any], str | None]
) -> Callable[[int], str | None]:
    if option is None:
        return lambda i: default(spans[i])
    if callable(option):
        function = option
        return lambda i: function(spans[i])
    if isinstance(option, str) or len(option) != len(spans):
        raise ValueError(f"{name} must give one entry a span ({len(spans)} spans)")
    values = list(option)
    return lambda i: values[i]


def _default_label(span: Any) -> str | None:
    label = getattr(span, "label", None)
    return label if isinstance(label, str) else None


def _default_title(span: Any) -> str | None:
    for attribute in ("title", "reason"):
        value = getattr(span, attribute, None)
        if isinstance(value, str) and value:
            return value
    return None


def _kind(span: Any) -> str:
    kind = getattr(span, "kind", None)
    if not isinstance(kind, str) or not kind:
        kind = type(span).__name__
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-") or "span"


def _render_body(text: str, window: tuple[int, int], marks: list[_Mark]) -> str:
    points = sorted({window[0], window[1], *(m.start for m in marks), *(m.end for m in marks)})
    parts: list[str] = []
    open_marks: list[_Mark] = []
    for position, following in zip(points, points[1:], strict=False):
        wanted = [m for m in marks if m.start <= position < m.end]
        keep = 0
        while keep < min(len(open_marks), len(wanted)) and open_marks[keep] is wanted[keep]:
            keep += 1
        _close(parts, open_marks, keep, position)
        for mark in wanted[keep:]:
            parts.append(_open(mark))
            open_marks.append(mark)
        parts.append(html.escape(text[position:following]))
    _close(parts, open_marks, 0, window[1])
    return "".join(parts)


def _open(mark: _Mark) -> str:
    title = templates.TITLE_ATTRIBUTE.substitute(title=html.escape(mark.title)) if mark.title else ""
    style = templates.MARK_STYLE.substitute(
        background=tint(mark.color, BACKGROUND_STRENGTH), color=mark.color
    )
    opening = templates.MARK.substitute(
        kind=mark.kind, index=mark.index, title=title, style=style, text="", label=""
    )
    return opening.removesuffix("</mark>")


def _close(parts: list[str], open_marks: list[_Mark], keep: int, position: int) -> None:
    while len(open_marks) > keep:
        mark = open_marks.pop()
        if mark.label and mark.end == position:
            parts.append(templates.LABEL.substitute(label=html.escape(mark.label), color=mark.color))
        parts.append("</mark>")


def _legend(marks: list[_Mark]) -> str:
    seen: dict[str, str] = {}
    for mark in sorted(marks, key=lambda m: m.index):
        seen.setdefault(mark.kind, mark.color)
    items = "".join(
        templates.LEGEND_ITEM.substitute(
            kind=kind, name=html.escape(kind), color=color, background=tint(color, BACKGROUND_STRENGTH)
        )
        for kind, color in seen.items()
    )
    return templates.LEGEND.substitute(items=items)


def as_output(page: str, jupyter: bool | None) -> str | HTML:
    """``page`` as an ``IPython.display.HTML`` object (``jupyter=True``) or as the string itself.

    ``None`` decides by :func:`in_jupyter`. Views end with this, so a notebook cell shows them
    and a test or a script gets the string.

    Example:
        >>> as_output("<p>Kim</p>", False)
        '<p>Kim</p>'
    """
    if jupyter is None:
        jupyter = in_jupyter()
    if not jupyter:
        return page
    from IPython.display import HTML

    return HTML(page)


def in_jupyter() -> bool:
    """True when this code runs in a Jupyter kernel (where HTML can be shown).

    Example:
        >>> in_jupyter()
        False
    """
    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython

    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"
