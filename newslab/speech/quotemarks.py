"""Pair quotation marks into quotations, paragraph by paragraph, in one pass over the text.

Handles straight ``"`` and curly ``“ ”`` double marks (and ``„ « »``), British single marks
``‘ ’`` and straight ``'`` without mistaking apostrophes (it's, Kim’s, dogs’) for quote marks,
single marks nested inside double ones and the reverse, and quotations that run over several
paragraphs (a paragraph that leaves a quotation open and a next paragraph that opens with the
same kind of mark). Marks that cannot be paired are returned as stray marks; nothing raises.

Example:
    >>> text = '"We are ready," Kim said. "It\\'s time."'
    >>> quotations, strays = find_quotations(text, [(0, len(text))])
    >>> [[text[s:e] for s, e in q.parts] for q in quotations], strays
    ([['We are ready,'], ["It's time."]], [])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newslab.text.marks import (
    DOUBLE_CLOSING,
    DOUBLE_MARKS,
    DOUBLE_OPENING,
    QUOTE_MARKS,
    SINGLE_CLOSING,
    SINGLE_OPENING,
)

_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + "]")
_LEFT_EDGE = "([{\u2014\u2013-/" + DOUBLE_OPENING + SINGLE_OPENING + '"'
_RIGHT_EDGE = ".,;:!?)]}\u2014\u2013-\u2026" + DOUBLE_CLOSING + SINGLE_CLOSING


@dataclass
class Quotation:
    """Marks that were paired: ``parts`` are the quoted stretches between them.

    ``start`` is the first opening mark, ``end`` is just after the last closing mark (or the
    end of the paragraph when ``closed`` is false, or when the quotation goes on in the next
    paragraph, whose opening mark closes it), ``family`` is "double" or "single".
    """

    family: str
    start: int
    end: int = -1
    parts: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = False
    paragraph: int = 0


@dataclass(frozen=True)
class StrayMark:
    """A quote mark that could not be paired, with the reason."""

    position: int
    reason: str


def find_quotations(
    text: str, paragraphs: Sequence[tuple[int, int]]
) -> tuple[list[Quotation], list[StrayMark]]:
    """Pair the quote marks of the given paragraphs (in text order).

    A quotation left open at the end of a paragraph continues when that paragraph ends like a
    sentence and the next one starts with an opening mark of the same kind; otherwise it is
    returned with ``closed=False`` and its opening mark is also a stray mark.

    Example:
        >>> text = '“It rained.\\n\\n“Then it stopped.”'
        >>> quotations, strays = find_quotations(text, [(0, 11), (13, 31)])
        >>> [text[s:e] for s, e in quotations[0].parts], quotations[0].closed
        (['It rained.', 'Then it stopped.'], True)
    """
    quotations: list[Quotation] = []
    strays: list[StrayMark] = []
    carried: Quotation | None = None
    for index, (start, end) in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        scanner = _ParagraphScanner(text, start, end, index, following, quotations, strays)
        carried = scanner.run(carried)
    return quotations, strays


class _ParagraphScanner:
    """One paragraph's pass: a small state machine over its quote marks."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        index: int,
        following: tuple[int, int] | None,
        quotations: list[Quotation],
        strays: list[StrayMark],
    ) -> None:
        self.text, self.start, self.end, self.index = text, start, end, index
        self.quotations, self.strays = quotations, strays
        self.next_opens = {
            family: following is not None and _opens(text, following[0], following[1], family)
            for family in ("double", "single")
        }
        self.marks = [m.start() for m in _MARK.finditer(text, start, end)]
        closers = [i for i in self.marks if text[i] in SINGLE_CLOSING + "'" and self._single_closer(i)]
        self.last_single_closer = closers[-1] if closers else -1
        strong = [i for i in closers if not self._possessive_like(i)]
        self.last_strong_single_closer = strong[-1] if strong else -1

    def run(self, carried: Quotation | None) -> Quotation | None:
        current = carried
        part_start = self.start + 1 if carried else -1
        inner_close = -1
        for position in self.marks:
            if carried is not None and position == self.start:
                continue  # the opening mark that continues the quotation
            if position == inner_close:
                continue
            char = self.text[position]
            if current is not None and char in DOUBLE_OPENING and self.text[part_start - 1] == '"':
                inner_close = self._inner_closer(position)
                if inner_close > 0:
                    continue  # "He said “no” twice": curly marks inside straight ones are inner
            if current is None:
                current = self._maybe_open(position, char)
                if current is not None:
                    part_start = position + 1
            elif current.family == "double" and char in DOUBLE_MARKS:
                if char in DOUBLE_OPENING and self.text[part_start - 1] in DOUBLE_OPENING:
                    # a new opening mark while one is open: the earlier one was never closed
                    self._unclosed(current, part_start, position)
                    current = Quotation("double", position, paragraph=self.index)
                    part_start = position + 1
                else:
                    self._close(current, part_start, position)
                    current = None
            elif current.family == "single" and char in SINGLE_CLOSING + "'":
                if self._closes_single(position):
                    self._close(current, part_start, position)
                    current = None
        if current is None:
            return None
        if self.next_opens[current.family] and _ends_like_a_sentence(self.text, part_start, self.end):
            current.parts.append((part_start, self.end))
            return current
        self._unclosed(current, part_start, self.end)
        return None

    def _inner_closer(self, opening: int) -> int:
        """The curly closing mark that pairs with the curly ``opening`` inside a quotation
        opened by a straight mark, or -1 when a straight mark comes first (or none does)."""
        for position in self.marks:
            if position <= opening:
                continue
            if self.text[position] == '"' or self.text[position] in DOUBLE_OPENING:
                return -1
            if self.text[position] in DOUBLE_CLOSING:
                return position
        return -1

    def _maybe_open(self, position: int, char: str) -> Quotation | None:
        if char in DOUBLE_MARKS:
            kind = self._straight_kind(position) if char == '"' else ""
            if char in DOUBLE_CLOSING or kind == "closing":
                self.strays.append(StrayMark(position, "closing mark with no opening mark"))
                return None
            if kind == "spaced":
                self.strays.append(StrayMark(position, "quote mark with spaces on both sides"))
                return None
            return Quotation("double", position, paragraph=self.index)
        if self._single_opener(position) and (
            self.last_single_closer > position or self.next_opens["single"]
        ):
            return Quotation("single", position, paragraph=self.index)
        return None  # an apostrophe

    def _close(self, quotation: Quotation, part_start: int, position: int) -> None:
        quotation.parts.append((part_start, position))
        quotation.end = position + 1
        quotation.closed = True
        if not any(ch.isalnum() for s, e in quotation.parts for ch in self.text[s:e]):
            for mark in (quotation.start, position):
                self.strays.append(StrayMark(mark, "quote marks with no words between them"))
            return
        self.quotations.append(quotation)

    def _unclosed(self, quotation: Quotation, part_start: int, end: int) -> None:
        quotation.parts.append((part_start, end))
        quotation.end = end
        opening = quotation.parts[-1][0] - 1
        self.strays.append(StrayMark(opening, "opening mark that is never closed"))
        if any(ch.isalnum() for s, e in quotation.parts for ch in self.text[s:e]):
            self.quotations.append(quotation)

    def _closes_single(self, position: int) -> bool:
        if not self._single_closer(position):
            return False
        if self._possessive_like(position):
            # "the residents’ patience": only a closing mark if nothing better comes later
            return position >= self.last_strong_single_closer and not self.next_opens["single"]
        return True

    def _before(self, position: int) -> str:
        return self.text[position - 1] if position > self.start else " "

    def _after(self, position: int) -> str:
        return self.text[position + 1] if position + 1 < self.end else " "

    def _straight_kind(self, position: int) -> str:
        before, after = self._before(position), self._after(position)
        left = before.isspace() or before in _LEFT_EDGE
        right = after.isspace() or after in _RIGHT_EDGE
        if left and not right:
            return "opening"
        if right and not left:
            return "closing"
        if before.isspace() and after.isspace():
            return "spaced"
        return "unclear"

    def _single_opener(self, position: int) -> bool:
        char, before, after = self.text[position], self._before(position), self._after(position)
        if char not in SINGLE_OPENING + "'":
            return False
        return (before.isspace() or before in _LEFT_EDGE) and after.isalpha()

    def _single_closer(self, position: int) -> bool:
        before, after = self._before(position), self._after(position)
        return position > self.start and not before.isspace() and not after.isalnum()

    def _possessive_like(self, position: int) -> bool:
        return self._before(position) in "sS" and self._after(position).isspace()


def _ends_like_a_sentence(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with . ! ? … or a dash (closing brackets aside)."""
    stripped = text[start:end].rstrip().rstrip(")]")
    return bool(stripped) and stripped[-1] in ".!?\u2026\u2014\u2013-:"


def _opens(text: str, start: int, end: int, family: str) -> bool:
    """True when the paragraph ``[start, end)`` begins with an opening mark of ``family``."""
    if start >= end:
        return False
    char = text[start]
    following = text[start + 1] if start + 1 < end else " "
    if family == "double":
        return char in DOUBLE_OPENING or (char == '"' and not following.isspace())
    return char in SINGLE_OPENING + "'" and following.isalpha()
