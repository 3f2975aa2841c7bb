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
from collections import namedtuple
from collections.abc import Collection, Sequence
from typing import Any

_SPACED_TOKEN = re.compile(r"(\s*)([^\W_]+|\S)")  # a token: letters and digits, or one mark
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})
_FOLDED = re.compile("[\u2019\u2018\u2010\u2011]")  # the characters _FOLD changes


_TokenFields = namedtuple(
    "_TokenFields", "start end text space_before norm is_word is_capitalised lower"
)


class Token(_TokenFields):
    """One token: its offsets in the article, its text, and whether whitespace precedes it.

    ``norm`` is the text with curly apostrophes and Unicode hyphens folded to ``'`` and
    ``-``, ``lower`` the same in lower case; ``is_word`` is true for letters or digits
    (false for punctuation); ``is_capitalised`` for a word that starts with a capital
    ("Kim", "US", "G20"). Made from the first four; the others follow from ``text``. A
    named tuple: an article has about a thousand tokens, and a tuple is quick to make.

    Example:
        >>> token = Token(0, 5, "Kim’s", True)
        >>> token
        Token(start=0, end=5, text='Kim’s', space_before=True)
        >>> token.norm, token.lower, token.is_word, token.is_capitalised
        ("Kim's", "kim's", True, True)
    """

    __slots__ = ()

    def __new__(cls, start: int, end: int, text: str, space_before: bool) -> Token:
        norm = text.translate(_FOLD)
        first = text[:1]
        return _new_tuple(
            cls, (start, end, text, space_before, norm, first.isalnum(), first.isupper(), norm.lower())
        )

    def __repr__(self) -> str:
        return (
            f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
            f"space_before={self.space_before!r})"
        )

    def __getnewargs__(self) -> tuple[int, int, str, bool]:  # what copy and pickle make it from
        return (self.start, self.end, self.text, self.space_before)

    def _replace(self, **changes: object) -> Token:
        """A copy with some of the four fields changed (the others follow the new text)."""
        fields = dict(zip(("start", "end", "text", "space_before"), self.__getnewargs__(), strict=True))
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"a token is made from start, end, text and space_before, not {sorted(unknown)}")
        return type(self)(**(fields | changes))  # type: ignore[arg-type]


_new_tuple = tuple.__new__


def name_case(label: str) -> str:
    """A name written in capitals, as a name is written (``"WALLACE"`` -> ``"Wallace"``): for
    a person named only in capitals, or a transcript's speaker label. A one-word name of three
    letters or fewer keeps its capitals: it may be initials ("FBI"). An apostrophe starts a
    new capital ("O'ROURKE"), except in a possessive "'S".

    Example:
        >>> name_case("SEN. O'ROURKE"), name_case("KIM JONG UN"), name_case("FBI")
        ("Sen. O'Rourke", 'Kim Jong Un', 'FBI')
    """
    words = label.split()
    if len(words) == 1 and len(label.rstrip(".")) <= 3:
        return label
    return " ".join(_as_name_word(word) for word in words)


def _as_name_word(word: str) -> str:
    pieces = re.split(r"(['\u2019])", word.lower())
    return "".join(
        piece if piece in ("'", "\u2019") or (index and piece == "s") else piece[:1].upper() + piece[1:]
        for index, piece in enumerate(pieces)
    )


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into the whole ``text``.

    Example:
        >>> [(t.text, t.start, t.space_before) for t in tokenize("Moon Jae-in", 0, 11)]
        [('Moon', 0, True), ('Jae', 5, True), ('-', 8, False), ('in', 9, False)]
        >>> tokenize("  Kim’s", 1, 7)[0] == Token(2, 5, "Kim", True)
        True
    """
    tokens = []
    append = tokens.append
    fold = _FOLD if _FOLDED.search(text, start, end) else None  # most sentences have none
    position = start
    for space, word in _SPACED_TOKEN.findall(text, start, end):  # the space before, the token
        begin = position + len(space)
        position = begin + len(word)
        norm = word.translate(fold) if fold else word
        first = word[0]
        append(
            _new_tuple(
                Token,
                (
                    begin, position, word, bool(space) or begin == start, norm,
                    first.isalnum(), first.isupper(), norm.lower(),
                ),
            )
        )
    return tokens


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
        self.first_words: set[str] = set()
        """The texts phrases start with, as stored: a token whose ``norm`` and ``lower`` are
        both outside it starts no phrase (callers may test this before :meth:`longest`)."""
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
            if index == 0:
                self.first_words.add(text)
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
        first = tokens[index]
        if first.norm not in self.first_words and first.lower not in self.first_words:
            return None  # no phrase starts with this word: the common case, answered at once
        best: tuple[int, list[Any]] | None = None
        frontier = [self._root]
        position = index
        while frontier and position < len(tokens):
            token = tokens[position]
            space = token.space_before or position == index
            norm, lower = token.norm, token.lower
            next_frontier = []
            for node in frontier:
                child = node.get((norm, space))
                if child is not None:
                    next_frontier.append(child)
                if lower != norm:
                    child = node.get((lower, space))
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
            texts = (token.norm,) if token.norm == token.lower else (token.norm, token.lower)
            frontier = [
                child
                for node in frontier
                for text in texts
                if (child := node.get((text, space))) is not None
            ]
            if not frontier:
                return False
        return any(None in node for node in frontier)
