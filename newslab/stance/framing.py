"""Framing verbs: the words that present an actor's act as cooperation or as conflict.

The lexicon is the data file ``newslab/data/framing_verbs.txt`` (its comment header explains
the format); :func:`load_framing` reads it or your own copy. :meth:`FramingLexicon.find`
finds the framing verbs of a sentence's tokens.

Many of these words are nouns as often as verbs ("sanctions", "pressure", "a meeting"). A
past form (pressed, met, accused) counts as a verb unless a determiner stands right before it
("the accused"). Any other form counts only after a word that announces a verb, skipping
adverbs ("always", "especially"):

- a subject pronoun (*we* hope), a helping or modal verb (*is* pressing, *will* meet);
- *to* before the base form (*to* meet);
- an actor's name (*the US* sanctions China; *Xi and Kim* meet), unless "on", "against" or
  "of" follows ("US sanctions *on* China" is a noun);
- for an -ing form also a comma or a preposition (", accusing", "by pressing").

Example:
    >>> from newslab.text.tokens import tokenize
    >>> lexicon = load_framing()
    >>> text = "Washington is pressing the North over its sanctions."
    >>> [(m.text, m.polarity, m.score) for m in lexicon.find(text, tokenize(text))]
    [('pressing', 'conflict', -0.7)]
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslab.errors import DataFileError
from newslab.resources import data_path, read_lines
from newslab.text.tokens import Token, normalise

POLARITIES = ("cooperation", "conflict", "neutral")
"""The three relation polarities, and the lexicon sections that give them."""

_SIGN = {"cooperation": 1.0, "conflict": -1.0, "neutral": 0.0}
_PHRASE_GAP = 2
_NEGATION_WINDOW = 3

SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "which", "that"})
"""Words after which a present-tense form is a verb ("we hope", "who support")."""

HELPING_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "to", "'s", "'re", "'ve", "'ll", "'d",
})
"""Helping and modal verbs (and "to"): a verb form follows them ("is pressing", "to meet")."""

ADVERBS = frozenset({
    "always", "also", "already", "still", "just", "never", "not", "even", "again", "now",
    "often", "once", "further", "then", "soon", "long", "all", "both", "jointly",
})
"""Words skipped when looking for what stands before a verb (any word in -ly is skipped too)."""

DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "any", "some", "no", "every", "each",
})
"""Words that make the next word a noun or adjective ("the accused", "its pressure")."""

NOUN_LINKS = frozenset({"on", "against", "of"})
"""After a name, a word followed by one of these is a noun ("US sanctions on China")."""

PREPOSITIONS = frozenset({
    "by", "for", "of", "in", "on", "after", "before", "without", "about", "against", "over",
    "through", "despite", "while", "from", "at", "with", "into", "since",
})
"""Words after which an -ing form is a verb ("by pressing", "after meeting")."""


class FramingFormatError(DataFileError):
    """A line of a framing-verbs file does not follow its format."""


@dataclass(frozen=True)
class FramingEntry:
    """One lexicon entry: the verb's forms, the words that must follow it, and its score."""

    lemma: str
    forms: frozenset[str]
    past_forms: frozenset[str]
    rest: tuple[str, ...]
    polarity: str
    score: float
    mutual: bool

    @property
    def label(self) -> str:
        """The entry as written: ``"deepen ties"``."""
        return " ".join((self.lemma, *self.rest))


@dataclass(frozen=True)
class FramingMatch:
    """A framing verb found in a token list: tokens ``[first, last]``, the entry, the text."""

    first: int
    last: int
    entry: FramingEntry
    start: int
    end: int
    text: str

    @property
    def polarity(self) -> str:
        """The entry's section: cooperation, conflict or neutral."""
        return self.entry.polarity

    @property
    def score(self) -> float:
        """The entry's signed strength (cooperation > 0, conflict < 0, neutral 0)."""
        return self.entry.score


@dataclass(frozen=True)
class FramingLexicon:
    """The framing verbs by form, the negation words, and the words that stand for actors
    without naming them ("both sides", "her")."""

    by_form: dict[str, tuple[FramingEntry, ...]]
    negations: frozenset[str]
    unnamed_actors: frozenset[str] = frozenset()

    def find(
        self, text: str, tokens: Sequence[Token], name_ends: Collection[int] = ()
    ) -> list[FramingMatch]:
        """The framing verbs among ``tokens``, in order, each used as a verb.

        Args:
            text: the text the tokens point into.
            tokens: tokens of one sentence of ``text`` (:func:`newslab.text.tokens.tokenize`).
            name_ends: indexes of tokens that end an actor's name (a verb may follow a name).

        Example:
            >>> from newslab.text.tokens import tokenize
            >>> text = "We especially hope their ties deepen. Our hope grew."
            >>> [m.text for m in load_framing().find(text, tokenize(text))]
            ['hope']
        """
        found = []
        index = 0
        while index < len(tokens):
            match = self._match_at(text, tokens, index, name_ends)
            if match is None:
                index += 1
            else:
                found.append(match)
                index = match.last + 1
        return found

    def negation_before(self, tokens: Sequence[Token], index: int, stop: int) -> Token | None:
        """A negation word among the three tokens before ``index`` (not before ``stop``)."""
        for position in range(index - 1, max(stop, index - _NEGATION_WINDOW) - 1, -1):
            if tokens[position].norm in self.negations:
                return tokens[position]
        return None

    def _match_at(
        self, text: str, tokens: Sequence[Token], index: int, name_ends: Collection[int]
    ) -> FramingMatch | None:
        token = tokens[index]
        entries = self.by_form.get(token.norm)
        if not entries or not token.is_word:
            return None
        for entry in entries:  # longest phrases first
            last = _phrase_end(tokens, index, entry.rest)
            if last is None or not _used_as_verb(tokens, index, token.norm in entry.past_forms,
                                                 name_ends):
                continue
            start, end = token.start, tokens[last].end
            return FramingMatch(index, last, entry, start, end, text[start:end])
        return None


def _phrase_end(tokens: Sequence[Token], index: int, rest: tuple[str, ...]) -> int | None:
    """Index of the phrase's last token: each word of ``rest`` within two words of the last."""
    last = index
    for word in rest:
        for position in range(last + 1, min(len(tokens), last + 2 + _PHRASE_GAP)):
            if tokens[position].norm == word:
                last = position
                break
            if not tokens[position].is_word:
                return None
        else:
            return None
    return last


def _used_as_verb(tokens: Sequence[Token], index: int, past: bool, name_ends: Collection[int]) -> bool:
    """The rules of the module docstring: is the word at ``index`` used as a verb?"""
    previous = index - 1
    if past:
        return previous < 0 or tokens[previous].norm not in DETERMINERS
    while previous >= 0 and (tokens[previous].norm in ADVERBS or tokens[previous].norm.endswith("ly")):
        previous -= 1
    if previous < 0:
        return False
    before = tokens[previous].norm
    word = tokens[index].norm
    if before in SUBJECT_PRONOUNS:
        return True
    if previous in name_ends:
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        return following not in NOUN_LINKS
    if before in HELPING_VERBS:
        return before != "to" or not word.endswith("s") or word.endswith("ss")
    return word.endswith("ing") and (before == "," or before in PREPOSITIONS)


# -- reading the data file ----------------------------------------------------------------

_WEIGHT = re.compile(r"^\d+(?:\.\d+)?$")


def inflect(lemma: str) -> tuple[str, str, str]:
    """The -s, past and -ing forms of a regular English verb.

    Example:
        >>> inflect("support"), inflect("engage"), inflect("rally"), inflect("press")
        (('supports', 'supported', 'supporting'), ('engages', 'engaged', 'engaging'), \
('rallies', 'rallied', 'rallying'), ('presses', 'pressed', 'pressing'))
        >>> inflect("agree")
        ('agrees', 'agreed', 'agreeing')
    """
    if lemma.endswith("ee"):
        return lemma + "s", lemma + "d", lemma + "ing"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es", lemma + "ed", lemma + "ing"
    return lemma + "s", lemma + "ed", lemma + "ing"


def parse_entry(line: str, polarity: str) -> FramingEntry:
    """One line of the lexicon as an entry (see the file's header for the format).

    Raises:
        FramingFormatError: the strength is not between 0 and 1, or the line has no verb.

    Example:
        >>> entry = parse_entry("meet/met 0.5 (mutual)", "cooperation")
        >>> sorted(entry.forms), entry.score, entry.mutual
        (['meet', 'meeting', 'meets', 'met'], 0.5, True)
        >>> sorted(parse_entry("ban/banned/banning", "conflict").forms)
        ['ban', 'banned', 'banning', 'bans']
    """
    words = line.lower().split()
    mutual = "(mutual)" in words
    words = [w for w in words if w != "(mutual)"]
    strength = 1.0
    if words and _WEIGHT.match(words[-1]):
        strength = float(words.pop())
    if not words or not 0.0 <= strength <= 1.0:
        raise FramingFormatError(
            f"the framing-verbs line {line!r} should be: VERB[/FORMS] [MORE WORDS] "
            "[STRENGTH 0..1] [(mutual)]"
        )
    lemma, *irregular = words[0].split("/")
    third, past, ing = inflect(lemma)
    given = [f for f in irregular if f]
    given_ing = {f for f in given if f.endswith("ing")}
    given_past = {f for f in given if f not in given_ing and f != third}
    pasts = given_past or {past}
    forms = frozenset({lemma, third, *(given_ing or {ing}), *pasts})
    return FramingEntry(
        lemma, forms, frozenset(pasts), tuple(words[1:]), polarity, _SIGN[polarity] * strength,
        mutual,
    )


def load_framing(path: str | os.PathLike[str] | None = None) -> FramingLexicon:
    """Read the framing verbs: newslab's own list, or your file in the same format.

    Raises:
        UnreadableInputError: the file cannot be read.
        FramingFormatError: a line is not an entry, or an entry comes before any section.

    Example:
        >>> lexicon = load_framing()
        >>> [(e.label, e.polarity, e.score) for e in lexicon.by_form["accused"]]
        [('accuse', 'conflict', -1.0)]
    """
    return _load(str(Path(path).resolve()) if path is not None else str(data_path("framing_verbs.txt")))


@lru_cache(maxsize=8)
def _load(path: str) -> FramingLexicon:
    section = None
    entries: list[FramingEntry] = []
    words: dict[str, set[str]] = {"negation": set(), "unnamed_actors": set()}
    for line in read_lines(path):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            if section not in (*POLARITIES, *words):
                raise FramingFormatError(
                    f"{path}: unknown section [{section}]; use [cooperation], [conflict], "
                    "[neutral], [negation] or [unnamed_actors]"
                )
        elif section is None:
            raise FramingFormatError(f"{path}: the line {line!r} comes before any [section]")
        elif section in words:
            words[section].add(" ".join(normalise(line).split()))
        else:
            entries.append(parse_entry(line, section))
    by_form: dict[str, list[FramingEntry]] = {}
    for entry in entries:
        for form in sorted(entry.forms):
            by_form.setdefault(form, []).append(entry)
    return FramingLexicon(
        {form: tuple(sorted(group, key=lambda e: -len(e.rest))) for form, group in by_form.items()},
        frozenset(words["negation"]),
        frozenset(words["unnamed_actors"]),
    )
