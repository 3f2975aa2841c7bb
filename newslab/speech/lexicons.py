"""The word lists behind the quote and claim finders, read from data files a teacher can edit.

Four files in ``newslab/data/`` (each explains its format in its comment header):
``reporting_verbs.txt``, ``hedges.txt``, ``weasel_words.txt`` and ``attribution_words.txt``.
:func:`load_lexicons` reads them, or your own copies of any of them.

Example:
    >>> lexicons = default_lexicons()
    >>> "told" in lexicons.reporting_verbs.words, "widely seen" in lexicons.weasel_phrases.phrases
    (True, True)
    >>> sorted(lexicons.pronouns["he"])
    ['person']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from newslab.errors import DataFileError
from newslab.resources import SHIPPED, DataFiles, data_path, read_lines
from newslab.text.tokens import Token, normalise


class LexiconFormatError(DataFileError):
    """A word-list file has a line that does not follow its format."""


@dataclass(frozen=True)
class PhraseList:
    """Phrases of one or more words, matched word by word against tokens.

    ``by_first`` maps a phrase's first word to its phrases (as tuples of words), longest first.
    """

    by_first: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, phrases: Sequence[str]) -> PhraseList:
        """Build the list from phrases written as text.

        Example:
            >>> PhraseList.of(["could", "is expected to"]).phrases
            ('could', 'is expected to')
        """
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(normalise(phrase).split())
            if words and words not in by_first.get(words[0], []):
                by_first.setdefault(words[0], []).append(words)
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()})

    @cached_property
    def phrases(self) -> tuple[str, ...]:
        """Every phrase, as text."""
        return tuple(" ".join(words) for group in self.by_first.values() for words in group)

    @cached_property
    def words(self) -> frozenset[str]:
        """The one-word phrases (worked out once)."""
        return frozenset(g[0] for group in self.by_first.values() for g in group if len(g) == 1)

    def match(self, tokens: Sequence[Token], index: int, *, sentence_start: int = 0) -> int:
        """How many tokens from ``index`` on form a phrase of the list (0 for none).

        Words must be lower case; the first may be capitalised at the start of a sentence
        (``sentence_start`` is the index of the sentence's first token).

        Example:
            >>> from newslab.text.tokens import tokenize
            >>> hedges = PhraseList.of(["may", "is expected to"])
            >>> tokens = tokenize("In May Kim is expected to go. May he?")
            >>> [hedges.match(tokens, i) for i in (1, 3)]
            [0, 3]
        """
        first = tokens[index]
        candidates = self.by_first.get(first.norm)
        if not candidates:
            return 0
        if not first.is_lower and not (index == sentence_start and first.text[1:].islower()):
            if not (index == sentence_start and len(first.text) == 1):
                return 0
        for words in candidates:
            end = index + len(words)
            if end > len(tokens):
                continue
            rest = tokens[index + 1 : end]
            if all(t.is_lower and t.norm == w for t, w in zip(rest, words[1:], strict=True)):
                return len(words)
        return 0


@dataclass(frozen=True)
class Lexicons:
    """Every word list the quote and claim finders use."""

    reporting_verbs: PhraseList
    hedges: PhraseList
    weasel_phrases: PhraseList
    vague_sources: frozenset[str]
    belief_verbs: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    between: frozenset[str]
    determiners: frozenset[str]
    titles: frozenset[str]
    connectors: frozenset[str]
    affiliations: frozenset[str]
    not_names: frozenset[str]
    first_person: frozenset[str]
    function_words: frozenset[str]

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Words that are not names when a sentence starts with them ("Asked", "Critics")."""
        return (
            self.reporting_verbs.words
            | self.hedges.words
            | self.function_words
            | self.vague_sources
            | self.between
            | self.determiners
        )


def load_lexicons(
    *,
    reporting_verbs: str | Path | None = None,
    hedges: str | Path | None = None,
    weasel_words: str | Path | None = None,
    attribution_words: str | Path | None = None,
) -> Lexicons:
    """Read the word lists: newslab's own, or your copy of any of the four files.

    Raises:
        UnreadableInputError: a file cannot be read.
        LexiconFormatError: a line of ``weasel_words`` or ``attribution_words`` has an
            unknown kind.

    Example:
        >>> lexicons = load_lexicons()
        >>> "is expected to" in lexicons.hedges.phrases
        True
    """
    verbs_file = reporting_verbs or data_path("reporting_verbs.txt")
    verbs = [form.strip() for line in read_lines(verbs_file) for form in line.split(",")]
    weasel = _kinds(weasel_words or data_path("weasel_words.txt"), ("phrase", "source", "verb"))
    words = _kinds(
        attribution_words or data_path("attribution_words.txt"),
        (
            "pronoun", "between", "determiner", "title", "connector", "affiliation", "not-name",
            "first-person",
        ),
    )
    pronouns = {}
    for entry in words["pronoun"]:
        word, _, kinds = entry.partition(" ")
        pronouns[normalise(word)] = frozenset(k for k in kinds.strip().split("+") if k)
    function_words = read_lines(data_path("english_function_words.txt"))
    return Lexicons(
        reporting_verbs=PhraseList.of([v for v in verbs if v]),
        hedges=PhraseList.of(read_lines(hedges or data_path("hedges.txt"))),
        weasel_phrases=PhraseList.of(weasel["phrase"]),
        vague_sources=_words(weasel["source"]),
        belief_verbs=_words(f.strip() for line in weasel["verb"] for f in line.split(",")),
        pronouns=pronouns,
        between=_words(words["between"]),
        determiners=_words(words["determiner"]),
        titles=frozenset(words["title"]),
        connectors=_words(words["connector"]),
        affiliations=_words(words["affiliation"]),
        not_names=frozenset(words["not-name"]),
        first_person=_words(words["first-person"]),
        function_words=_words(function_words) - {"said", "says"},
    )


def lexicons_for(files: DataFiles | None) -> Lexicons:
    """The word lists an analysis with these data files reads (each set read once).

    Example:
        >>> lexicons_for(None) is default_lexicons()
        True
    """
    files = files or SHIPPED
    paths = tuple(files.path(name) for name in _LEXICON_FILES)
    if not any(paths):
        return default_lexicons()
    return _lexicons_from(tuple(str(p) if p else None for p in paths))


_LEXICON_FILES = ("reporting_verbs.txt", "hedges.txt", "weasel_words.txt", "attribution_words.txt")


@lru_cache(maxsize=8)
def _lexicons_from(paths: tuple[str | None, ...]) -> Lexicons:
    verbs, hedges, weasels, attribution = paths
    return load_lexicons(
        reporting_verbs=verbs, hedges=hedges, weasel_words=weasels, attribution_words=attribution
    )


@lru_cache(maxsize=1)
def default_lexicons() -> Lexicons:
    """newslab's own word lists, read once.

    Example:
        >>> default_lexicons() is default_lexicons()
        True
    """
    return load_lexicons()


def _words(words) -> frozenset[str]:
    return frozenset(normalise(w) for w in words if w)


def _kinds(path: str | Path, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    for line in read_lines(path):
        kind, _, rest = line.partition(" ")
        if kind not in found or not rest.strip():
            raise LexiconFormatError(
                f"{path}: the line {line!r} should be KIND WORDS, KIND one of {', '.join(kinds)}"
            )
        found[kind].append(" ".join(rest.split()))
    return found
