"""Quoted voices versus narration: which stretches of a sentence are inside quotes.

The tone layer scores the reporter's narration and the quoted voices apart. The quoted
stretches come from the quotes layer when it ran before (each quote's ``parts``); otherwise
they are found here, minimally: text inside double quote marks (straight ``"`` or curly
``“ ”``), within a paragraph. A quote still open at the end of its paragraph runs to the
paragraph's end (news style for a quote that goes on in the next paragraph).

Example:
    >>> text = 'Kim said "we are ready" and left.'
    >>> find_quoted_stretches(text, [(0, len(text))])
    [(10, 22)]
    >>> [(p.start, p.end, p.voice) for p in sentence_pieces(text, 0, len(text), [(10, 22)])]
    [(0, 10, 'narration'), (10, 22, 'quoted'), (22, 33, 'narration')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from newslab.text.marks import QUOTE_MARKS
from newslab.text.spans import strip_span

OPENING_MARKS = ('"', "\u201c", "\u201e")
CLOSING_MARKS = ('"', "\u201d")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum() accepts: \w less the underscore
_MARK = re.compile("[" + "".join(sorted(set(OPENING_MARKS + CLOSING_MARKS))) + "]")


class Piece(NamedTuple):
    """A stretch of one sentence spoken in one voice: ``"narration"`` or ``"quoted"``."""

    start: int
    end: int
    voice: str


def find_quoted_stretches(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches inside double quote marks, marks excluded, paragraph by paragraph.

    A straight ``"`` opens a quote when none is open and closes it otherwise; a curly ``“``
    opens and ``”`` closes.

    Example:
        >>> find_quoted_stretches('"Good," he said. \u201cVery good', [(0, 27)])
        [(1, 6), (18, 27)]
    """
    stretches = []
    for start, end in paragraphs:
        opened: int | None = None
        for mark in _MARK.finditer(text, start, end):
            index, char = mark.start(), mark.group()
            if opened is None and char in OPENING_MARKS:
                opened = index + 1
            elif opened is not None and char in CLOSING_MARKS:
                stretches.append((opened, index))
                opened = None
        if opened is not None:
            stretches.append((opened, end))
    return [(s, e) for s, e in stretches if s < e]


def stretches_from_quotes(text: str, quotes: Iterable[Any]) -> list[tuple[int, int]]:
    """The quoted stretches given by the quotes layer: every part of every quote.

    A quote without ``parts`` counts as one part from its ``start`` to its ``end``. Quote marks
    and spaces at the edges of a part are left out.

    Example:
        >>> from newslab.text.spans import Span
        >>> from types import SimpleNamespace
        >>> quote = SimpleNamespace(start=0, end=7, parts=(Span(0, 7, '"Good."'),))
        >>> stretches_from_quotes('"Good." he said.', [quote])
        [(1, 6)]
    """
    stretches = []
    for quote in quotes:
        parts = getattr(quote, "parts", None) or (quote,)
        for part in parts:
            start, end = _strip_marks(text, part.start, part.end)
            if start < end:
                stretches.append((start, end))
    return sorted(set(stretches))


def quoted_characters(start: int, end: int, stretches: Sequence[tuple[int, int]]) -> int:
    """How many characters of ``[start, end)`` lie inside the quoted stretches.

    Example:
        >>> quoted_characters(0, 10, [(2, 4), (3, 6), (8, 20)])
        6
    """
    covered = 0
    reached = start
    for s, e in sorted(stretches):
        s, e = max(s, reached), min(e, end)
        if s < e:
            covered += e - s
            reached = e
    return covered


def sentence_pieces(
    text: str, start: int, end: int, stretches: Sequence[tuple[int, int]]
) -> list[Piece]:
    """Cut a sentence into narration and quoted pieces.

    The sentence is split where quoted stretches begin and end; each piece is trimmed of
    spaces, and pieces with nothing to read (only punctuation and quote marks) are dropped.

    Example:
        >>> text = '"Good," he said.'
        >>> [(p.start, p.end, p.voice) for p in sentence_pieces(text, 0, 16, [(1, 6)])]
        [(1, 6, 'quoted'), (6, 16, 'narration')]
    """
    if not any(s < end and start < e for s, e in stretches):
        s, e = strip_span(text, start, end)
        return [Piece(s, e, "narration")] if s < e and _has_content(text[s:e]) else []
    cuts = {start, end}
    for s, e in stretches:
        if s < end and start < e:
            cuts.update(c for c in (s, e) if start < c < end)
    bounds = sorted(cuts)
    pieces = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        voice = "quoted" if any(qs <= s and e <= qe for qs, qe in stretches) else "narration"
        s, e = strip_span(text, s, e)
        if s < e and _has_content(text[s:e]):
            pieces.append(Piece(s, e, voice))
    return pieces


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = strip_span(text, start, end)
    while start < end and text[start] in QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in QUOTE_MARKS:
        end -= 1
    return strip_span(text, start, end)


def _has_content(piece: str) -> bool:
    """A letter, a digit or a symbol (an emoji, a currency sign) to read, not only punctuation."""
    if _LETTER_OR_DIGIT.search(piece):  # the common case, found without a loop in Python
        return True
    return any(unicodedata.category(c).startswith("S") for c in piece)
