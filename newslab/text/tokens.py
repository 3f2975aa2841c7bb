"""Words and punctuation as character spans, for the rule-based quote and claim finders.

A :class:`Token` keeps its place in the article's text. ``norm`` is the lower-case form with
curly apostrophes made straight, which is what the word lists are matched against.

Example:
    >>> [t.text for t in tokenize("Kim’s aide said: “We’re ready.”")]
    ['Kim’s', 'aide', 'said', ':', '“', 'We’re', 'ready', '.', '”']
    >>> tokenize("Kim’s aide")[0].norm
    "kim's"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word: letters or digits, with inner apostrophes, hyphens or dots ("U.S", "45-year-old",
# "Kim’s"). Each other non-space character is a token of its own. No nested repetition, so
# matching stays linear in the length of the text.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*|[^\w\s]|_")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark at ``[start, end)`` of the text."""

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        """True for words and numbers, false for punctuation."""
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[0].isupper()

    @property
    def is_lower(self) -> bool:
        """True for a word written in lower case only."""
        return self.is_word and self.text.islower()


def normalise(word: str) -> str:
    """Lower case, with curly apostrophes made straight.

    Example:
        >>> normalise("It’s")
        "it's"
    """
    return word.translate(_APOSTROPHES).lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    Example:
        >>> [(t.start, t.text) for t in tokenize("He said, 'No.'", 3)]
        [(3, 'said'), (7, ','), (9, "'"), (10, 'No'), (12, '.'), (13, "'")]
    """
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), normalise(m.group()))
        for m in _TOKEN.finditer(text, start, stop)
    ]
