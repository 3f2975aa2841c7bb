"""Words and punctuation as character spans, for the rule-based quote and claim finders.

A :class:`Token` keeps its place in the article's text. ``norm`` is the lower-case form with
curly apostrophes made straight, which is what the word lists are matched against. The layers
that read whole sentences (reporting clauses, claims, relations) share one tokenisation of each
sentence through :func:`sentence_tokens`.

Example:
    >>> [t.text for t in tokenize("Kim’s aide said: “We’re ready.”")]
    ['Kim’s', 'aide', 'said', ':', '“', 'We’re', 'ready', '.', '”']
    >>> tokenize("Kim’s aide")[0].norm
    "kim's"
"""

from __future__ import annotations

import re
import threading
from collections import namedtuple

# A word: letters or digits, with inner apostrophes, hyphens or dots ("U.S", "45-year-old",
# "Kim’s"). Each other non-space character is a token of its own. No nested repetition, so
# matching stays linear in the length of the text.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*|[^\w\s]|_")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_new_token = tuple.__new__  # a token in one step, its fields already worked out


_TokenFields = namedtuple("_TokenFields", "start end text norm is_word is_capitalised is_lower")


class Token(_TokenFields):
    """A word or punctuation mark at ``[start, end)`` of the text, made from those four.

    ``is_word`` is true for words and numbers (false for punctuation), ``is_capitalised``
    when the token starts with a capital letter, ``is_lower`` for a word written in lower case
    only. They are worked out once, when the token is made (the finders ask them thousands of
    times an article); a named tuple, light to make.

    Example:
        >>> token = Token(0, 4, "Said", "said")
        >>> token
        Token(start=0, end=4, text='Said', norm='said')
        >>> token.is_word, token.is_capitalised, token.is_lower
        (True, True, False)
    """

    __slots__ = ()

    def __new__(cls, start: int, end: int, text: str, norm: str) -> Token:
        first = text[0]
        word = first.isalnum()
        return _new_token(cls, (start, end, text, norm, word, first.isupper(), word and text.islower()))

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, norm={self.norm!r})"

    def __getnewargs__(self) -> tuple[int, int, str, str]:  # what copy and pickle make it from
        return (self.start, self.end, self.text, self.norm)

    def _replace(self, **changes: object) -> Token:
        """A copy with some of the four fields changed (the flags follow the new text)."""
        fields = dict(zip(("start", "end", "text", "norm"), self.__getnewargs__(), strict=True))
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"a token is made from start, end, text and norm, not {sorted(unknown)}")
        return type(self)(**(fields | changes))  # type: ignore[arg-type]


def normalise(word: str) -> str:
    """Lower case, with curly apostrophes made straight.

    Example:
        >>> normalise("It’s")
        "it's"
    """
    if "\u2019" in word or "\u2018" in word:
        word = word.translate(_APOSTROPHES)
    return word.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    Example:
        >>> [(t.start, t.text) for t in tokenize("He said, 'No.'", 3)]
        [(3, 'said'), (7, ','), (9, "'"), (10, 'No'), (12, '.'), (13, "'")]
    """
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    curly = "\u2019" in text[start:stop] or "\u2018" in text[start:stop]
    position = start
    for space, word in _SPACED_TOKEN.findall(text, start, stop):  # only spaces between tokens
        begin = position + len(space)
        position = begin + len(word)
        first = word[0]
        is_word = first.isalnum()
        append(
            _new_token(
                Token,
                (
                    begin, position, word, normalise(word) if curly else word.lower(),
                    is_word, first.isupper(), is_word and word.islower(),
                ),
            )
        )
    return tokens


_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")  # the spaces before a token, the token


_recent = threading.local()  # per thread: the text last tokenised, and its sentences' tokens


def sentence_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of the sentence ``text[start:end]``, tokenised once per text and shared.

    Each thread remembers the sentences of the last text it saw (the article being analysed),
    so every layer gets the same tokens without tokenising again. The tokens are a tuple: no
    layer can change them for the next one.

    Example:
        >>> text = "Kim left. Xi stayed."
        >>> sentence_tokens(text, 10, 20) is sentence_tokens(text, 10, 20)
        True
        >>> [t.text for t in sentence_tokens(text, 10, 20)]
        ['Xi', 'stayed', '.']
    """
    cache = getattr(_recent, "sentences", None)
    if cache is None or _recent.text is not text:
        _recent.text, _recent.sentences = text, {}
        cache = _recent.sentences
    tokens = cache.get((start, end))
    if tokens is None:
        tokens = cache[(start, end)] = tuple(tokenize(text, start, end))
    return tokens
