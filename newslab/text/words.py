"""Words and simple counts: how long the sentences of an article are.

A *word* here is a run of letters or digits, which may be joined inside by an apostrophe, a
full stop or a hyphen: ``China's``, ``Jae-in``, ``3.5`` and ``U.S`` are one word each. Dashes
standing alone and punctuation are not words. The rule is simple on purpose, so a student can
predict it, and it has a flaw worth seeing: a missing space glues two words into one
(the bundled article's ``U.S.to`` counts as one word).

Example:
    >>> [w.text for w in word_spans("Kim's visit - the U.S.to act.")]
    ["Kim's", 'visit', 'the', 'U.S.to', 'act']
    >>> word_count("With Trump in waiting, Kim courts China's support")
    8
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslab.text.spans import Span

if TYPE_CHECKING:
    from newslab.text.article import Article

_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")


def word_spans(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """The words of ``text[start:end]``, as spans into ``text``.

    Example:
        >>> text = "Kim flew to Dalian."
        >>> [(w.start, w.end, w.text) for w in word_spans(text, 4)]
        [(4, 8, 'flew'), (9, 11, 'to'), (12, 18, 'Dalian')]
    """
    stop = len(text) if end is None else end
    return tuple(Span(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, stop))


def word_count(text: str) -> int:
    """How many words ``text`` holds.

    Example:
        >>> word_count("It's Kim's fourth visit to China in a year.")
        9
    """
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(frozen=True)
class SentenceLengths:
    """Words per body sentence of an article, with the figures a reader asks for first.

    ``counts[i]`` is the number of words of ``article.sentences[i]``; ``paragraphs[i]`` is
    that sentence's paragraph (an index into ``article.paragraphs``).
    """

    counts: tuple[int, ...]
    paragraphs: tuple[int, ...]

    @property
    def longest(self) -> int:
        """Id of the longest sentence (the first one, if several tie); -1 when there are none."""
        return max(range(len(self.counts)), key=lambda i: (self.counts[i], -i), default=-1)

    @property
    def shortest(self) -> int:
        """Id of the shortest sentence (the first one, if several tie); -1 when there are none."""
        return min(range(len(self.counts)), key=lambda i: (self.counts[i], i), default=-1)

    @property
    def average(self) -> float:
        """Mean words per sentence (0.0 when there are no sentences)."""
        return sum(self.counts) / len(self.counts) if self.counts else 0.0

    @property
    def paragraph_breaks(self) -> tuple[int, ...]:
        """Ids of the sentences that open a new paragraph (every paragraph's first sentence)."""
        return tuple(
            i for i, paragraph in enumerate(self.paragraphs) if i == 0 or paragraph != self.paragraphs[i - 1]
        )


def sentence_lengths(article: Article) -> SentenceLengths:
    """Count the words of every body sentence.

    Example:
        >>> import newslab
        >>> lengths = sentence_lengths(newslab.load())
        >>> lengths.counts[:3], lengths.longest
        ((39, 26, 9), 3)
    """
    return SentenceLengths(
        tuple(word_count(s.text) for s in article.sentences),
        tuple(s.paragraph for s in article.sentences),
    )
