"""The word lists the actors layer reads: cues (``data/actor_cues.txt``) and the stop list
(``data/actor_stoplist.txt``), plus a check for common English words.

Example:
    >>> cues = load_cues()
    >>> "said" in cues.words["reporting"], "officials" in cues.words["state-noun"]
    (True, True)
    >>> is_common_word("Ties"), is_common_word("Dalian")
    (True, False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newslab.actors.name_tokens import PhraseLookup
from newslab.errors import DataFileError
from newslab.resources import data_path, read_lines

CUE_KINDS = (
    "honorific", "title", "modifier", "portfolio", "reporting", "state-noun", "locative",
    "directional", "motion", "org-head", "media-head", "place-head", "event-head", "particle",
    "suffix", "affiliation",
)
_OPEN_CLASS_TAGS = ("NN", "VB", "JJ")


class CueFileError(DataFileError):
    """A cue file line has an unknown kind or no word."""


@dataclass(frozen=True)
class Cues:
    """Cue words by kind (lowercase), the title phrases, and the stop list (lowercase).

    ``title_vocabulary`` holds every word of a title, honorific, modifier or portfolio cue.
    """

    words: dict[str, frozenset[str]]
    titles: PhraseLookup = field(repr=False)
    stop: frozenset[str] = frozenset()
    title_vocabulary: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        kinds = ("honorific", "title", "modifier", "portfolio")
        vocabulary = {w for kind in kinds for phrase in self.words[kind] for w in phrase.split()}
        object.__setattr__(self, "title_vocabulary", frozenset(vocabulary))


def load_cues(
    cues: str | Path | None = None, stoplist: str | Path | None = None
) -> Cues:
    """Read a cue file and a stop list (the shipped ones by default).

    Raises:
        CueFileError: a line's kind is not one of :data:`CUE_KINDS`.
        UnreadableInputError: a file is missing or not UTF-8.

    Example:
        >>> sorted(load_cues().words["honorific"])[:3]
        ['dame', 'dr', 'lady']
    """
    cue_path = str(Path(cues).resolve()) if cues else _shipped_path("actor_cues.txt")
    stop_path = str(Path(stoplist).resolve()) if stoplist else _shipped_path("actor_stoplist.txt")
    return _load(cue_path, stop_path)


@lru_cache(maxsize=4)
def _shipped_path(name: str) -> str:
    """The resolved path of a shipped data file (resolving asks the file system each time)."""
    return str(data_path(name).resolve())


@lru_cache(maxsize=8)
def _load(cue_path: str, stop_path: str) -> Cues:
    words: dict[str, set[str]] = {kind: set() for kind in CUE_KINDS}
    for line in read_lines(cue_path):
        kind, _, phrase = line.partition(" ")
        phrase = " ".join(phrase.split()).lower()
        if kind not in words or not phrase:
            raise CueFileError(
                f"{cue_path}: the line {line!r} should be KIND WORD, with KIND one of "
                + ", ".join(CUE_KINDS)
            )
        words[kind].add(phrase)
    titles = PhraseLookup()
    for kind in ("title", "honorific"):
        for phrase in words[kind]:
            titles.add(phrase, kind, any_case=True)
            if kind == "honorific":
                titles.add(phrase + ".", kind, any_case=True)
    stop = frozenset(" ".join(line.split()).lower() for line in read_lines(stop_path))
    return Cues({kind: frozenset(found) for kind, found in words.items()}, titles, stop)


def is_common_word(word: str) -> bool:
    """True when ``word``, written in lowercase, is an ordinary English word.

    Used for the first word of a sentence, where a capital proves nothing: "Ties between
    China and..." is not a name, "Dalian is a port" is. The word list is the part-of-speech
    lexicon that ships with TextBlob (Brill's lexicon, read offline); a word it tags as a
    noun, verb or adjective in lowercase, and not as a proper noun, is common.

    Example:
        >>> is_common_word("Critics"), is_common_word("Harbour"), is_common_word("Gerrish")
        (True, True, False)
    """
    tag = lexicon_tag(word)
    return tag is not None and tag.startswith(_OPEN_CLASS_TAGS) and not tag.startswith("NNP")


_BRITISH_ENDINGS = (("our", "or"), ("ours", "ors"), ("ise", "ize"), ("ised", "ized"),
                    ("ising", "izing"), ("isation", "ization"), ("yse", "yze"), ("tre", "ter"),
                    ("tres", "ters"), ("ence", "ense"), ("ogue", "og"))


def lexicon_tag(word: str) -> str | None:
    """The part-of-speech lexicon's tag for ``word`` in lowercase, trying the American spelling
    of a British one ("harbour" -> "harbor"), which is all the lexicon knows; None if unknown.

    Example:
        >>> lexicon_tag("Harbour"), lexicon_tag("quickly"), lexicon_tag("Gerrish")
        ('NN', 'RB', None)
    """
    tags = _lexicon()
    lower = word.lower()
    tag = tags.get(lower)
    if tag is None:
        for british, american in _BRITISH_ENDINGS:
            if lower.endswith(british):
                tag = tags.get(lower[: -len(british)] + american)
                if tag is not None:
                    break
    if tag is None and lower.endswith("s") and len(lower) > 4:
        singular = tags.get(lower[:-1])  # a plural the lexicon lacks: "standings", "organisers"
        if singular is not None and singular.startswith("NN") and not singular.startswith("NNP"):
            tag = "NNS"
    return tag


def is_adjective(word: str) -> bool:
    """True when the lexicon tags the capitalised ``word`` as an adjective ("Korean").

    Example:
        >>> is_adjective("Korean"), is_adjective("Korea")
        (True, False)
    """
    return _lexicon().get(word, "").startswith("JJ")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    try:
        import textblob.en
    except ImportError:  # pragma: no cover - textblob is a declared dependency
        return {}
    path = Path(textblob.en.__file__).with_name("en-lexicon.txt")
    tags: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split(None, 2)
                if len(parts) >= 2 and not line.startswith(";"):
                    tags[parts[0]] = parts[1]
    except OSError:  # pragma: no cover - an unusual textblob install: rules still work
        return {}
    return tags


def is_closed_class_word(word: str) -> bool:
    """True when ``word`` in lowercase is a preposition, adverb, pronoun or the like.

    Such a word opening a sentence ("Since", "Meanwhile") is not part of a name after it.

    Example:
        >>> is_closed_class_word("Since"), is_closed_class_word("Great")
        (True, False)
    """
    tag = lexicon_tag(word)
    return tag is not None and not tag.startswith(_OPEN_CLASS_TAGS) and not tag.startswith("NNP")
