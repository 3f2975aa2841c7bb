"""News words that sentiment lexicons misread, read from ``newslab/data/misread_words.txt``.

The tone layer never changes TextBlob's or VADER's numbers. It marks the reasons (the words
that moved a score) whose word is on this list, so a reader sees where a score may mislead.

Example:
    >>> words = misread_words()
    >>> great = next(w for w in words if w.phrase == "great publicity")
    >>> great.lexicons
    ('textblob', 'vader')
    >>> [(m.start, m.end, m.word.phrase) for m in find_misread("Kim saw the Great Hall.", words)]
    [(12, 22, 'Great <Name>')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from newslab.errors import DataFileError
from newslab.resources import data_path, read_lines

MISREAD_WORDS_FILE = "misread_words.txt"
LEXICON_NAMES = ("textblob", "vader")
NAME_PLACEHOLDER = "<Name>"
_NAME_PATTERN = r"[A-Z][\w'\u2019-]*"


class MisreadWordsError(DataFileError):
    """A line of a misread-words file does not follow ``PHRASE | LEXICONS | WHY``."""


@dataclass(frozen=True)
class MisreadWord:
    """One entry: the phrase, the lexicons that contain a word of it, and why it is misread."""

    phrase: str
    lexicons: tuple[str, ...]
    why: str

    @property
    def words(self) -> tuple[str, ...]:
        """The phrase's words, without the ``<Name>`` placeholder.

        Example:
            >>> MisreadWord("Great <Name>", ("vader",), "a name").words
            ('Great',)
        """
        return tuple(w for w in self.phrase.split() if w != NAME_PLACEHOLDER)

    @property
    def hint(self) -> str:
        """The text shown next to a reason: the phrase and why it is misread.

        Example:
            >>> MisreadWord("firm", ("textblob",), "a company.").hint
            'firm: a company.'
        """
        return f"{self.phrase}: {self.why}"


class MisreadMatch(NamedTuple):
    """Where an entry of the list occurs in a text (offsets into that text)."""

    start: int
    end: int
    word: MisreadWord


@dataclass(frozen=True)
class MisreadList:
    """The entries of a misread-words file, indexed by each written word of their phrase.

    Iterating gives the entries in file order. ``by_word`` maps a lower-case word to the
    numbers of the entries that contain it; ``patterns`` holds each entry's regular
    expression, or ``None`` for a plain lower-case word (found with a plain search).
    """

    entries: tuple[MisreadWord, ...]
    by_word: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    patterns: tuple[re.Pattern[str] | None, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[int]] = {}
        for number, entry in enumerate(self.entries):
            for word in dict.fromkeys(w.lower() for w in entry.words):
                index.setdefault(word, []).append(number)
        patterns = tuple(
            None if _is_plain(entry.phrase) else _pattern(entry.phrase) for entry in self.entries
        )
        object.__setattr__(self, "by_word", {key: tuple(found) for key, found in index.items()})
        object.__setattr__(self, "patterns", patterns)

    def __iter__(self) -> Iterator[MisreadWord]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def misread_words(path: str | Path | None = None) -> MisreadList:
    """The entries of the shipped list, or of your own file in the same format.

    Raises:
        MisreadWordsError: a line is not ``PHRASE | LEXICONS | WHY``.
        UnreadableInputError: the file cannot be read.

    Example:
        >>> "security" in [w.phrase for w in misread_words()]
        True
    """
    if path is None:
        return _shipped()
    return _read(str(Path(path).resolve()))


@lru_cache(maxsize=1)
def _shipped() -> MisreadList:
    return _read(str(data_path(MISREAD_WORDS_FILE)))


@lru_cache(maxsize=16)
def _read(file: str) -> MisreadList:
    entries = []
    for line in read_lines(file):
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 3 or not all(fields):
            raise MisreadWordsError(
                f"{file}: {line!r} should be PHRASE | LEXICONS | WHY (three parts split by '|')"
            )
        phrase, lexicons, why = fields
        names = tuple(lexicons.lower().split())
        if names == ("none",):
            names = ()
        unknown = [name for name in names if name not in LEXICON_NAMES]
        if unknown:
            raise MisreadWordsError(
                f"{file}: {line!r} names unknown lexicons {unknown}; use textblob, vader or none"
            )
        entries.append(MisreadWord(" ".join(phrase.split()), tuple(sorted(names)), why))
    return MisreadList(tuple(entries))


def find_misread(
    text: str,
    words: MisreadList,
    *,
    start: int = 0,
    end: int | None = None,
    near: Iterable[str] | None = None,
) -> list[MisreadMatch]:
    """Where entries occur in ``text[start:end]``; where entries overlap, the longest wins.

    Offsets are into ``text``. With ``near`` (lower-case words), only entries containing one
    of those words are tried: the tone layer passes the words that moved a score.

    Example:
        >>> text = "Singapore enjoyed great publicity."
        >>> [m.word.phrase for m in find_misread(text, misread_words())]
        ['great publicity']
        >>> find_misread(text, misread_words(), near=["singapore"])
        []
    """
    end = len(text) if end is None else end
    present = {w.lower() for w in _WORD.findall(text, start, end)} if near is None else set(near)
    numbers = sorted({n for w in present & words.by_word.keys() for n in words.by_word[w]})
    stretch = text[start:end]
    lowered = stretch.lower()
    matches = []
    for number in numbers:
        entry, pattern = words.entries[number], words.patterns[number]
        if pattern is None and len(lowered) == len(stretch):
            places = _plain_places(lowered, entry.phrase)
        else:
            places = [m.span() for m in (pattern or _pattern(entry.phrase)).finditer(stretch)]
        matches.extend(MisreadMatch(s + start, e + start, entry) for s, e in places)
    if len(matches) < 2:
        return matches
    kept: list[MisreadMatch] = []
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start, m.word.phrase)):
        if all(match.end <= k.start or k.end <= match.start for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def _is_plain(phrase: str) -> bool:
    """One lower-case word: found with a plain search, no regular expression needed."""
    return phrase.isalpha() and phrase == phrase.lower()


def _plain_places(lowered: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` occurs in ``lowered`` as a whole word (as ``(?<!\\w)word(?!\\w)``)."""
    places = []
    at = lowered.find(word)
    while at >= 0:
        end = at + len(word)
        before = lowered[at - 1] if at else " "
        after = lowered[end] if end < len(lowered) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            places.append((at, end))
        at = lowered.find(word, end)
    return places


_WORD = re.compile(r"\w+")


def _pattern(phrase: str) -> re.Pattern[str]:
    written = phrase.replace(NAME_PLACEHOLDER, "")
    ignore_case = written == written.lower()
    parts = []
    for word in phrase.split():
        if word == NAME_PLACEHOLDER:
            parts.append(_NAME_PATTERN)  # a <Name> needs its capital even when case is ignored
        elif ignore_case:
            parts.append(f"(?i:{re.escape(word)})")
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")
