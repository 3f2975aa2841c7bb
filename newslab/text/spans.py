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


def next_word(text: str, position: int) -> int:
    """The position of the next letter or digit at or after ``position`` (the text's end if
    there is none).

    Example:
        >>> next_word('," he said.', 0)
        3
    """
    while position < len(text) and not text[position].isalnum():
        position += 1
    return position


def previous_non_space(text: str, position: int, floor: int = 0) -> int:
    """The position of the last character before ``position`` that is not whitespace, or -1
    when there is none at or after ``floor``.

    Example:
        >>> previous_non_space("Lu said:  ", 10), previous_non_space("   ", 3)
        (7, -1)
    """
    index = position - 1
    while index >= floor and text[index].isspace():
        index -= 1
    return index if index >= floor else -1


def next_non_space(text: str, position: int, limit: int) -> int:
    """The position of the first character at or after ``position`` that is not whitespace
    (``limit`` when there is none before it).

    Example:
        >>> next_non_space("Lu  said", 2, 8), next_non_space("Lu   ", 2, 5)
        (4, 5)
    """
    while position < limit and text[position].isspace():
        position += 1
    return position
