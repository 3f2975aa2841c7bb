"""The reasons behind a sentence's tone: the words that moved each lens's score.

A reason is a span of the article text with the lens that read it (``"textblob"`` or
``"vader"``), the value that word group added to the lens's score, the word's value in the
lexicon, and what changed it on the way (a negation, an intensifier, capitals, "but").

Example:
    >>> from newslab.tone.lenses import read_textblob, read_vader
    >>> text = "The talks were not good."
    >>> [(r.lens, r.text, r.value, r.effect) for r in textblob_reasons(text, read_textblob(text))]
    [('textblob', 'not good', -0.35, "negated by 'not'")]
    >>> [(r.text, r.lexicon_value, r.effect) for r in vader_reasons(text, read_vader(text))]
    [('good', 1.9, "negated by 'not'")]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newslab.text.spans import Span
from newslab.tone.lenses import (
    TextBlobReading,
    TokenSpan,
    VaderReading,
    assessment_tokens,
    textblob_lexicon,
    textblob_values,
    textblob_words,
    token_spans,
    vader_analyzer,
)
from newslab.tone.misread import MisreadMatch

LENSES = ("textblob", "vader")


@dataclass(frozen=True)
class ToneReason(Span):
    """A word (or word group) that moved a lens's score, as a span of the article text.

    ``word`` is the lexicon entry that was scored (lower case; for an emoji, VADER scores the
    words of its description). ``value`` is what the word added to the score: for TextBlob,
    the polarity TextBlob averaged (after modifiers and negation); for VADER, the word's
    valence that VADER summed. ``subjectivity`` is TextBlob's subjectivity for the word group
    (``None`` for VADER). ``lexicon_value`` is the word's own value in the lexicon.
    ``effect`` says what changed it (or is ``None``); ``misread_hint`` is set when the word is
    on the list of news words that lexicons misread.
    """

    lens: str = "textblob"
    word: str = ""
    value: float = 0.0
    subjectivity: float | None = None
    lexicon_value: float = 0.0
    effect: str | None = None
    misread_hint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: the span, then ``lens``, ``word``, the values and the notes."""
        return {
            **super().to_dict(),
            "lens": self.lens,
            "word": self.word,
            "value": self.value,
            "subjectivity": self.subjectivity,
            "lexicon_value": self.lexicon_value,
            "effect": self.effect,
            "misread_hint": self.misread_hint,
        }


def textblob_reasons(
    text: str,
    reading: TextBlobReading,
    hints: Sequence[MisreadMatch] = (),
    *,
    located: Sequence[Sequence[int | None]] | None = None,
    places: Sequence[TokenSpan] | None = None,
) -> list[ToneReason]:
    """One reason per word group TextBlob assessed (these are exactly what it averaged).

    ``reading`` must come from :func:`newslab.tone.lenses.read_textblob` on a piece of
    ``text`` (with ``base`` set to where the piece starts). ``hints`` are the places of
    misread words (:func:`newslab.tone.misread.find_misread`); a reason overlapping one gets
    its ``misread_hint`` (the longest phrase wins). ``located`` (the assessments' tokens,
    :func:`~newslab.tone.lenses.assessment_tokens`) and ``places`` (the tokens' spans,
    :func:`~newslab.tone.lenses.token_spans`) are worked out here unless the caller has them.

    Example:
        >>> from newslab.tone.lenses import read_textblob
        >>> text = "A very good and kind partner!"
        >>> [(r.text, r.word, r.effect) for r in textblob_reasons(text, read_textblob(text))]
        [('very good', 'good', "intensified by 'very'"), ('kind partner!', 'kind', "boosted by '!'")]
    """
    if not reading.assessments:
        return []
    known = textblob_words()
    values = textblob_values()
    reasons = []
    if located is None:
        located = assessment_tokens(reading.tokens, reading.assessments)
    if places is None:
        needed = max((i for indices in located for i in indices if i is not None), default=-1)
        places = token_spans(reading, needed + 1)  # the first tokens: all the assessed ones
    for (words, polarity, subjectivity, label), indices in zip(reading.assessments, located, strict=True):
        spans = [places[i] for i in indices if i is not None and places[i] is not None]
        if not spans:
            continue
        head = max((i for i, w in enumerate(words) if w in known and w != "!"), default=0)
        word = words[head]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        lexicon_value = values[word][0] if word in values else polarity
        reasons.append(
            ToneReason(  # fields in order (positional: hundreds are made per article)
                start,
                end,
                text[start:end],
                "textblob",
                word,
                polarity,
                subjectivity,
                lexicon_value,
                _textblob_effect(words, head, label) if len(words) > 1 or label else None,
                _hint(start, end, hints) if hints else None,
            )
        )
    return reasons


def vader_reasons(
    text: str, reading: VaderReading, hints: Sequence[MisreadMatch] = ()
) -> list[ToneReason]:
    """One reason per VADER lexicon word, with VADER's valence for it in this sentence.

    ``hints`` work as in :func:`textblob_reasons`.

    Example:
        >>> from newslab.tone.lenses import read_vader
        >>> from newslab.tone.misread import find_misread, misread_words
        >>> text = "Talks were VERY good, but the risk remains."
        >>> [(r.text, round(r.value, 3), r.effect) for r in vader_reasons(text, read_vader(text))]
        [('good', 1.463, "intensified by 'VERY'; halved: comes before 'but'"), \
('risk', -1.65, "weighted x1.5: comes after 'but'")]
        >>> text = "Singapore enjoyed great publicity."
        >>> hints = find_misread(text, misread_words())
        >>> [r.misread_hint[:16] for r in vader_reasons(text, read_vader(text), hints) if r.word == "great"]
        ['great publicity:']
    """
    if not reading.words:
        return []
    lowered = [token.lower() for token in reading.tokens]
    return [
        ToneReason(  # fields in order: start, end, text, lens, word, value, subjectivity, ...
            word.start,
            word.end,
            text[word.start : word.end],
            "vader",
            lowered[word.index],
            float(word.valence),
            None,
            word.lexicon_value,
            _vader_effect(reading.tokens, lowered, word.index, reading.capitals_stand_out),
            _hint(word.start, word.end, hints) if hints else None,
        )
        for word in reading.words
    ]


def _hint(start: int, end: int, hints: Sequence[MisreadMatch]) -> str | None:
    """The hint of the longest misread phrase overlapping ``[start, end)``, if any."""
    best = None
    for match in hints:
        if match.start < end and start < match.end and (
            best is None or match.end - match.start > best.end - best.start
        ):
            best = match
    return best.word.hint if best else None


def _textblob_effect(words: Sequence[str], head: int, label: str | None) -> str | None:
    """What TextBlob did to the head word: the modifiers, negations and "!" of its group."""
    lexicon = textblob_lexicon()
    values = textblob_values()
    notes = []
    for position, word in enumerate(words):
        if position == head:
            continue
        if word in lexicon.negations:
            notes.append(f"negated by '{word}'")
        elif word == "!":
            notes.append("boosted by '!'")
        elif word in values:
            intensity = values[word][2]
            verb = "intensified" if intensity > 1 else "softened" if intensity < 1 else "modified"
            notes.append(f"{verb} by '{word}'")
    if label:
        notes.append(f"TextBlob labels it '{label}'")
    return "; ".join(notes) or None


def _vader_effect(
    tokens: Sequence[str], lowered: Sequence[str], index: int, capitals_stand_out: bool
) -> str | None:
    """VADER's rules that touched the word at ``index``, in the words VADER looks at."""
    rules = _vader_rules()
    lexicon, boosters = rules.lexicon, rules.boosters
    word = lowered[index]
    following = lowered[index + 1] if index + 1 < len(lowered) else None
    if word in boosters:
        return "read as an intensifier of the next word, not scored itself"
    if word == "kind" and following == "of":
        return "part of 'kind of', read as a softener, not scored itself"
    notes = []
    if word == "no" and following in lexicon:
        notes.append("read as a negation of the next word, not scored itself")
    for distance in (1, 2, 3):
        if index < distance:
            break
        before = lowered[index - distance]
        if before == "no" and (distance < 3 or lowered[index - 1] in ("or", "nor")):
            notes.append("negated by 'no'")
        if before in lexicon:
            continue  # VADER only lets words outside its lexicon modify a word
        if before in boosters:
            verb = "intensified" if boosters[before] > 0 else "dampened"
            notes.append(f"{verb} by '{tokens[index - distance]}'")
        if before in rules.negations or "n't" in before:
            notes.append(f"negated by '{tokens[index - distance]}'")
        if distance == 1 and before == "least":
            notes.append("negated by 'least'")
    if (
        index >= 3
        and lowered[index - 3] not in lexicon
        and not rules.phrase_words.isdisjoint(lowered[index - 3 : index + 3])
    ):
        notes.extend(_vader_phrase_notes(lowered, index, rules))
    if tokens[index].isupper() and capitals_stand_out:
        notes.append("stressed by capitals")
    if "but" in lowered:
        turn = lowered.index("but")
        if index < turn:
            notes.append("halved: comes before 'but'")
        elif index > turn:
            notes.append("weighted x1.5: comes after 'but'")
    return "; ".join(notes) or None


def _vader_phrase_notes(lowered: Sequence[str], index: int, rules: _VaderRules) -> list[str]:
    """VADER's multi-word rules: idioms that set a value, and two-word softeners ("kind of")."""
    notes = []
    around = [
        " ".join(lowered[a:b])
        for a, b in ((index - 1, index + 1), (index - 2, index + 1), (index, index + 2), (index, index + 3))
        if b <= len(lowered)
    ]
    idiom = next((phrase for phrase in around if phrase in rules.idioms), None)
    if idiom:
        notes.append(f"set by the idiom '{idiom}'")
    for a, b in ((index - 3, index), (index - 3, index - 1), (index - 2, index)):
        phrase = " ".join(lowered[a:b])
        if phrase in rules.boosters:
            verb = "intensified" if rules.boosters[phrase] > 0 else "dampened"
            notes.append(f"{verb} by '{phrase}'")
    return notes


@dataclass(frozen=True)
class _VaderRules:
    """VADER's word lists, gathered once: its lexicon, boosters, negations and idioms."""

    lexicon: Mapping[str, float]
    boosters: Mapping[str, float]
    negations: frozenset[str]
    idioms: Mapping[str, float]
    phrase_words: frozenset[str]
    """The words of VADER's multi-word idioms and boosters ("kind of"): a multi-word rule can
    only apply near one of them."""


@lru_cache(maxsize=1)
def _vader_rules() -> _VaderRules:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES

    phrases = [p for p in (*BOOSTER_DICT, *SPECIAL_CASES) if " " in p]
    words = frozenset(word for phrase in phrases for word in phrase.split())
    return _VaderRules(vader_analyzer().lexicon, BOOSTER_DICT, frozenset(NEGATE), SPECIAL_CASES, words)
