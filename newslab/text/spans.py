"""Character spans into an article's text: the one way newslab points at words.

Every annotation in newslab is a span, and every span obeys one invariant:
``text[span.start:span.end] == span.text``.

Example:
    >>> text = "Kim flew to Dalian."
    >>> span = Span.of(text, 0, 3)
    >>> span
    Span(start=0, end=3, text='Kim')
    >>> span.to_dict()
    {'start': 0, 'end': 3, 'text': 'Kim'}
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of text given by ``start`` and ``end`` character offsets (end exclusive)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut ``text[start:end]`` into a span, checking the offsets.

        Example:
            >>> Span.of("Lu said.", 0, 2).text
            'Lu'
        """
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) lies outside a text of length {len(text)}")
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character.

        Example:
            >>> Span(0, 5, "Hello").overlaps(Span(4, 9, "o you"))
            True
        """
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int | str]:
        """The span as a JSON-ready dict with ``start``, ``end`` and ``text``."""
        return {"start": self.start, "end": self.end, "text": self.text}


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with whitespace.

    Example:
        >>> strip_span("  Kim said.  ", 0, 13)
        (2, 11)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
