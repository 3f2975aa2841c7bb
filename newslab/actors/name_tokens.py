"""Tokens and phrase lookup for the actors layer.

A token is a run of letters and digits, or one other visible character, with its offsets in
the article text. A phrase (an alias, a title) is a sequence of tokens plus, for each token
after the first, whether a space comes before it: so "U.S." matches "U.S.to" but not
"U. S.", and "Moon Jae-in" matches only with the hyphen.

Example:
    >>> tokens = tokenize("Mr Kim's U.S.to trip", 0, 20)
    >>> [t.text for t in tokens]
    ['Mr', 'Kim', "'", 's', 'U', '.', 'S', '.', 'to', 'trip']
    >>> lexicon = PhraseLookup()
    >>> lexicon.add("U.S.", "united-states")
    >>> lexicon.longest(tokens, 4)
    (8, ['united-states'])
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r"[^\W_]+|\S")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its offsets in the article, its text, and whether whitespace precedes it.

    ``norm`` is the text with curly apostrophes and Unicode hyphens folded to ``'`` and
    ``-``; ``is_word`` is true for letters or digits (false for punctuation);
    ``is_capitalised`` for a word that starts with a capital ("Kim", "US", "G20").
    """

    start: int
    end: int
    text: str
    space_before: bool
    norm: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)
    is_capitalised: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = self.text[:1]
        object.__setattr__(self, "norm", self.text.translate(_FOLD))
        object.__setattr__(self, "is_word", first.isalnum())
        object.__setattr__(self, "is_capitalised", first.isupper())


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into the whole ``text``.

    Example:
        >>> [(t.text, t.start, t.space_before) for t in tokenize("Moon Jae-in", 0, 11)]
        [('Moon', 0, True), ('Jae', 5, True), ('-', 8, False), ('in', 9, False)]
    """
    tokens = []
    previous_end = None
    for match in _TOKEN.finditer(text, start, end):
        space = previous_end is None or match.start() > previous_end
        tokens.append(_token(match.start(), match.end(), match.group(), space))
        previous_end = match.end()
    return tokens


_SET_START, _SET_END, _SET_TEXT, _SET_SPACE, _SET_NORM, _SET_WORD, _SET_CAPITAL = (
    getattr(Token, name).__set__
    for name in ("start", "end", "text", "space_before", "norm", "is_word", "is_capitalised")
)


def _token(start: int, end: int, text: str, space_before: bool) -> Token:
    """``Token(start, end, text, space_before)``, made without the dataclass's slower ``__init__``
    (an article has about a thousand tokens).

    Example:
        >>> _token(0, 5, "Kim’s", True) == Token(0, 5, "Kim’s", True)
        True
    """
    token = object.__new__(Token)
    first = text[:1]
    _SET_START(token, start)
    _SET_END(token, end)
    _SET_TEXT(token, text)
    _SET_SPACE(token, space_before)
    _SET_NORM(token, text.translate(_FOLD))
    _SET_WORD(token, first.isalnum())
    _SET_CAPITAL(token, first.isupper())
    return token


def phrase_key(phrase: str) -> tuple[tuple[str, bool], ...]:
    """A phrase as lookup steps: (token text, space before it); the first step's space is True.

    Example:
        >>> phrase_key("Kim Jong-un")
        (('Kim', True), ('Jong', True), ('-', False), ('un', False))
    """
    tokens = tokenize(phrase, 0, len(phrase))
    return tuple((t.norm, t.space_before or i == 0) for i, t in enumerate(tokens))


class PhraseLookup:
    """Phrases (token sequences) mapped to values, with longest-match lookup in a token list.

    Lookup is by exact token text, or by the token's lowercase form when the phrase was
    stored lowercase: a phrase stored as "chinese president" never matches, one stored as
    "Chinese president" matches "Chinese President" and "Chinese president".
    """

    def __init__(self) -> None:
        self._root: dict[Any, Any] = {}
        self.longest_phrase = 0

    def add(
        self, phrase: str, value: Any, *, lowercase: Collection[str] = (), any_case: bool = False
    ) -> None:
        """Store ``value`` under ``phrase``; tokens whose lowercase form is in ``lowercase``
        (every token, with ``any_case``) are stored lowercase, so they match in any case.

        Example:
            >>> lookup = PhraseLookup()
            >>> lookup.add("Chinese President", "xi", lowercase={"president"})
            >>> lookup.longest(tokenize("Chinese president", 0, 17), 0)
            (2, ['xi'])
        """
        key = phrase_key(phrase)
        if not key:
            return
        node = self._root
        for index, (text, space) in enumerate(key):
            text = text.lower() if any_case or text.lower() in lowercase else text
            node = node.setdefault((text, space or index == 0), {})
        node.setdefault(None, []).append(value)
        self.longest_phrase = max(self.longest_phrase, len(key))

    def longest(self, tokens: Sequence[Token], index: int) -> tuple[int, list[Any]] | None:
        """The end index and values of the longest phrase starting at ``tokens[index]``.

        Example:
            >>> lookup = PhraseLookup()
            >>> lookup.add("North Korea", "nk")
            >>> print(lookup.longest(tokenize("North Korean", 0, 12), 0))
            None
        """
        first = tokens[index].norm
        if (first, True) not in self._root and (first.lower(), True) not in self._root:
            return None  # no phrase starts with this word: the common case, answered at once
        best: tuple[int, list[Any]] | None = None
        frontier = [self._root]
        position = index
        while frontier and position < len(tokens):
            token = tokens[position]
            space = token.space_before or position == index
            norm = token.norm
            next_frontier = []
            for node in frontier:
                for text in {norm, norm.lower()}:
                    child = node.get((text, space))
                    if child is not None:
                        next_frontier.append(child)
            position += 1
            for node in next_frontier:
                if None in node:
                    best = (position, node[None])
            frontier = next_frontier
        return best

    def ending_at(self, tokens: Sequence[Token], end: int) -> int | None:
        """The start index of the longest phrase that ends just before ``tokens[end]``.

        Example:
            >>> lookup = PhraseLookup()
            >>> lookup.add("secretary of state", "title")
            >>> lookup.ending_at(tokenize("Secretary of State Mike", 0, 23), 3)
            0
        """
        for start in range(max(0, end - self.longest_phrase), end):
            found = self.longest_from_exactly(tokens, start, end)
            if found:
                return start
        return None

    def longest_from_exactly(self, tokens: Sequence[Token], start: int, end: int) -> bool:
        """True when ``tokens[start:end]`` is exactly a stored phrase."""
        frontier = [self._root]
        for position in range(start, end):
            token = tokens[position]
            space = token.space_before or position == start
            norm = token.norm
            frontier = [
                child
                for node in frontier
                for text in {norm, norm.lower()}
                if (child := node.get((text, space))) is not None
            ]
            if not frontier:
                return False
        return any(None in node for node in frontier)
