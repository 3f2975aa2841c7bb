"""The two sentiment lenses of the tone layer, TextBlob and VADER, with the words behind each score.

Each lens reads a piece of text once. Its reading keeps the score exactly as the library gives it
(TextBlob's ``polarity`` and ``subjectivity``, VADER's ``compound``) together with what the score
was made of, as character spans:

- :func:`read_textblob` runs TextBlob's own tokenizer and its own pattern sentiment on the
  tokens, which is what ``TextBlob(text).sentiment`` does, and finds where each token sits in the
  text. TextBlob averages over the words it *assessed*, so a paragraph's score can be rebuilt
  from its sentences' tokens (:func:`score_tokens`) without tokenizing the paragraph again.
- :func:`read_vader` runs VADER's own steps (emoji to words, its tokens, the valence of each
  word with VADER's negation, booster, capitals and "but" rules, then the compound score) in one
  pass, keeping the valence of each word that VADER's lexicon knows.

Example:
    >>> reading = read_textblob("It is not a good idea.")
    >>> reading.polarity, reading.tokens[2:5]
    (-0.35, ('not', 'a', 'good'))
    >>> token_spans(reading)[4]
    (12, 16)
    >>> read_vader("It is not a good idea.").compound
    -0.3412
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

TokenSpan = tuple[int, int] | None
"""Where a token sits: ``(start, end)`` offsets, or ``None`` if it could not be placed."""

# The readings are plain named tuples: immutable like the layer's dataclasses, and several
# times cheaper to create (a few hundred are made per article).


class TextBlobReading(NamedTuple):
    """TextBlob's reading of one piece of text.

    ``raw_tokens`` are the tokens of TextBlob's tokenizer, ``tokens`` the same in lower case
    (what the sentiment lexicon is looked up with). ``assessments`` are TextBlob's:
    ``(words, polarity, subjectivity, label)`` for each word group it scored. ``text`` is the
    piece that was read and ``base`` where it starts in the article; :func:`token_spans`
    finds where the tokens sit.
    """

    raw_tokens: tuple[str, ...]
    tokens: tuple[str, ...]
    polarity: float
    subjectivity: float
    assessments: tuple[tuple[Any, ...], ...]
    text: str
    base: int


class VaderWord(NamedTuple):
    """One word of VADER's lexicon found in the text, with the valence VADER gave it there.

    ``valence`` is VADER's per-word score after its negation, booster, capitals and "but"
    rules; ``lexicon_value`` the word's value in the lexicon; ``index`` its position among
    VADER's tokens.
    """

    start: int
    end: int
    token: str
    index: int
    lexicon_value: float
    valence: float


class _VaderWindow(NamedTuple):
    """The part of VADER's ``SentiText`` that its per-word rules read, for a window of words."""

    words_and_emoticons: list[str]
    is_cap_diff: bool


_VADER_REACH_BACK = 3  # VADER's negation, booster and idiom rules look this many words back
_VADER_REACH_AHEAD = 2  # and its idiom rules ("kiss of death") this many words ahead


class VaderReading(NamedTuple):
    """VADER's reading of one piece of text: the compound score and the lexicon words.

    ``tokens`` are VADER's tokens (words and emoticons, outer punctuation stripped);
    ``capitals_stand_out`` is VADER's test that some but not all tokens are in capitals
    (only then do capitals stress a word).
    """

    compound: float
    tokens: tuple[str, ...]
    words: tuple[VaderWord, ...]
    capitals_stand_out: bool = False


@lru_cache(maxsize=1)
def textblob_lexicon() -> Any:
    """TextBlob's English sentiment lexicon (the object ``TextBlob(...).sentiment`` uses).

    It maps a word to ``{pos: [polarity, subjectivity, intensity]}``; the key ``None`` holds
    the values used for plain text.

    Example:
        >>> textblob_lexicon()["good"][None]
        [0.7, 0.6000000000000001, 1.0]
    """
    from textblob.en import sentiment

    return sentiment


@lru_cache(maxsize=1)
def textblob_scorer() -> Any:
    """TextBlob's sentiment lexicon as a plain loaded dictionary, for scoring.

    TextBlob's lexicon is a lazy dictionary: it loads on first use, but every later lookup
    still goes through its loading check, and scoring a sentence looks words up many times.
    This is an instance of a subclass of TextBlob's own ``Sentiment`` class holding the same
    words, values and settings, whose lookups are the plain dictionary's: TextBlob's own
    scoring code runs on it, with the same results, about twice as fast.

    Example:
        >>> scorer, lexicon = textblob_scorer(), textblob_lexicon()
        >>> scorer(["not", "very", "good"]) == lexicon(["not", "very", "good"])
        True
        >>> scorer("A good start.") == lexicon("A good start.")
        True
    """
    import types

    lexicon = textblob_lexicon()
    if dict.__len__(lexicon) == 0:
        lexicon.load()

    class LoadedSentiment(type(lexicon)):  # type: ignore[misc, valid-type]
        __contains__ = dict.__contains__
        __getitem__ = dict.__getitem__
        get = dict.get

    scorer = LoadedSentiment.__new__(LoadedSentiment)
    scorer.__dict__.update(  # its settings (tokenizer, negations, modifiers, labels, ...)
        (name, value)
        for name, value in vars(lexicon).items()
        if not (isinstance(value, types.MethodType) and value.__self__ is lexicon)
    )
    dict.update(scorer, dict.items(lexicon))
    return scorer


@lru_cache(maxsize=1)
def textblob_words() -> frozenset[str]:
    """The words of TextBlob's sentiment lexicon (a set, much faster to ask than the lexicon).

    Example:
        >>> "good" in textblob_words(), "Kim" in textblob_words()
        (True, False)
    """
    return frozenset(textblob_values())


@lru_cache(maxsize=1)
def textblob_values() -> dict[str, tuple[float, float, float]]:
    """Each word of TextBlob's lexicon with the polarity, subjectivity and intensity it uses
    for plain text (a plain dict, much faster to ask than the lexicon).

    Example:
        >>> textblob_values()["very"]
        (0.2, 0.3, 1.3)
    """
    lexicon = textblob_lexicon()
    return {word: tuple(lexicon[word][None]) for word in lexicon}


@lru_cache(maxsize=1)
def vader_analyzer() -> Any:
    """The one VADER analyzer newslab uses (building one reads its lexicon files, so it is cached).

    Example:
        >>> vader_analyzer() is vader_analyzer()
        True
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def read_textblob(text: str, *, base: int = 0) -> TextBlobReading:
    """Score ``text`` with TextBlob, keeping its tokens and where they sit.

    The polarity and subjectivity are exactly ``TextBlob(text).sentiment``.

    Args:
        text: the piece of text to score.
        base: added to every token offset (the piece's start in the article).

    Example:
        >>> reading = read_textblob("Very good!", base=100)
        >>> reading.polarity, reading.raw_tokens
        (1.0, ('Very', 'good', '!'))
    """
    raw = textblob_tokens(text)
    tokens = [token.lower() for token in raw]
    polarity, subjectivity, assessments = score_tokens(tokens)
    return TextBlobReading(tuple(raw), tuple(tokens), polarity, subjectivity, assessments, text, base)


def textblob_tokens(text: str) -> list[str]:
    """TextBlob's tokens for ``text``: exactly ``" ".join(tokenizer(text)).split()``, where
    ``tokenizer`` is the one ``TextBlob(text).sentiment`` uses.

    TextBlob's tokenizer works word by word (a whitespace-delimited word becomes the same
    tokens wherever it stands), then groups the tokens into sentences, where a blank line
    ends one, and glues emoticons (": )") and "( ! )" back together. So each word's tokens are
    remembered (up to :data:`_TEXTBLOB_WORD_MEMORY` words); a text with a blank line, or whose
    tokens hold an emoticon or "(!)", is given to the tokenizer whole.

    Example:
        >>> textblob_tokens("Mr. Kim didn't say 'no'...")
        ['Mr.', 'Kim', 'did', 'n', "'", 't', 'say', "'", 'no', "'", '...']
        >>> textblob_tokens("Great :)")
        ['Great', ':)']
    """
    memory = _TEXTBLOB_WORD_TOKENS
    if len(memory) > _TEXTBLOB_WORD_MEMORY:
        memory.clear()
    tokens: list[str] = []
    for word in text.split():
        found = memory.get(word)
        if found is None:
            found = memory[word] = _word_tokens(word)
        if not found:  # the word needs the text around it (it is empty for no word)
            return _whole_text_tokens(text)
        tokens.extend(found)
    if "\n\n" in text.replace("\r\n", "\n") or _glues(" ".join(tokens)):
        return _whole_text_tokens(text)
    return tokens


_TEXTBLOB_WORD_TOKENS: dict[str, tuple[str, ...]] = {}
_TEXTBLOB_WORD_MEMORY = 100_000
"""At most this many words' TextBlob tokens are remembered (then the memory starts again)."""


def _whole_text_tokens(text: str) -> list[str]:
    """TextBlob's tokenizer on the whole text, its sentences joined."""
    return " ".join(textblob_scorer().tokenizer(text)).split()


def _word_tokens(word: str) -> tuple[str, ...]:
    """TextBlob's tokens for one word read alone, or ``()`` when they may depend on the
    words around it (its tokens hold an emoticon or "(!)", or TextBlob's end-of-sentence mark)."""
    from textblob._text import EOS

    tokens = tuple(_whole_text_tokens(word))
    if EOS in word or _glues(" ".join(tokens)):
        return ()
    return tokens


def _glues(joined: str) -> bool:
    """Whether TextBlob would glue tokens in ``joined`` (an emoticon, or "( ! )")."""
    from textblob._text import RE_EMOTICONS, RE_SARCASM

    return RE_SARCASM.search(joined) is not None or RE_EMOTICONS.search(joined) is not None


def score_tokens(tokens: Sequence[str]) -> tuple[float, float, tuple[tuple[Any, ...], ...]]:
    """TextBlob's polarity, subjectivity and assessments for lower-cased TextBlob tokens.

    This is the second half of ``TextBlob(text).sentiment`` (the first half is the tokenizer),
    run by TextBlob's own code.

    Example:
        >>> score_tokens(["not", "good"])[:2]
        (-0.35, 0.6000000000000001)
    """
    score = textblob_scorer()(tokens if isinstance(tokens, list) else list(tokens))
    return score[0], score[1], tuple(score.assessments)


def score_text(text: str) -> tuple[float, float]:
    """TextBlob's polarity and subjectivity for ``text``: exactly ``TextBlob(text).sentiment``.

    Example:
        >>> score_text("A good partner.")
        (0.7, 0.6000000000000001)
    """
    score = textblob_scorer()(text)
    return score[0], score[1]


def assessment_tokens(tokens: Sequence[str], assessments: Sequence[Sequence[Any]]) -> list[list[int | None]]:
    """For each TextBlob assessment, the index in ``tokens`` of each of its words.

    TextBlob scores the words of its lexicon in text order; a modifier ("very") or negation
    ("not") joins the group of the word it modifies, and "!" joins the group before it. Each
    group is anchored at its first lexicon word (found from where the previous group ended),
    then its other words are looked up next to the anchor.

    Example:
        >>> tokens = ["not", "the", "same", ",", "not", "very", "good"]
        >>> assessment_tokens(tokens, score_tokens(tokens)[2])
        [[2], [4, 5, 6]]
    """
    known = textblob_words()
    located: list[list[int | None]] = []
    cursor = 0
    for assessment in assessments:
        words = list(assessment[0])
        anchor = next((i for i, word in enumerate(words) if word in known), 0)
        at = _index(tokens, words[anchor], cursor, len(tokens))
        if at is None:
            located.append([None] * len(words))
            continue
        indices: list[int | None] = [None] * len(words)
        indices[anchor] = at
        before = at
        for i in range(anchor - 1, -1, -1):
            found = _rindex(tokens, words[i], before)
            indices[i] = found
            before = found if found is not None else before
        after = at + 1
        for i in range(anchor + 1, len(words)):
            found = _index(tokens, words[i], after, len(tokens))
            indices[i] = found
            after = found + 1 if found is not None else after
        located.append(indices)
        cursor = max(after, at + 1)
    return located


def read_vader(text: str, *, base: int = 0) -> VaderReading:
    """Score ``text`` with VADER, keeping the valence and span of every lexicon word.

    The compound score is exactly ``SentimentIntensityAnalyzer().polarity_scores(text)
    ["compound"]``: the same steps are run with VADER's own methods, once. VADER's rules for
    one word look at most three words back and two ahead, so each lexicon word is scored by
    VADER's own ``sentiment_valence`` on that window of words (VADER itself lower-cases the
    whole text again for every word, which makes long sentences slow).

    Args:
        text: the piece of text to score.
        base: added to every offset (the piece's start in the article).

    Example:
        >>> reading = read_vader("The talks were not very good.")
        >>> reading.compound
        -0.3865
        >>> [(w.token, w.lexicon_value, round(w.valence, 3)) for w in reading.words]
        [('good', 1.9, -1.623)]
    """
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, allcap_differential

    analyzer = vader_analyzer()
    if not _has_emoji(text):
        converted, origin = text, None
    else:
        converted, origin = _emoji_as_words(text, analyzer.emojis)
    stripped = converted.strip()
    lead = len(converted) - len(converted.lstrip())
    items, lowered, hits = _vader_words(stripped)
    capitals_stand_out = allcap_differential(items)
    lexicon = analyzer.lexicon
    sentiments: list[float] = []
    for i in hits:
        sentiments.extend([0] * (i - len(sentiments)))  # what VADER gives words outside its lexicon
        lower = lowered[i]
        if lower in BOOSTER_DICT or (lower == "kind" and i < len(items) - 1 and lowered[i + 1] == "of"):
            sentiments.append(0)
            continue
        first = max(0, i - _VADER_REACH_BACK)
        sentiments.append(
            vader_valence(tuple(items[first : i + _VADER_REACH_AHEAD + 1]), i - first, capitals_stand_out)
        )
    sentiments.extend([0] * (len(items) - len(sentiments)))
    sentiments = analyzer._but_check(items, sentiments)
    compound = analyzer.score_valence(sentiments, stripped)["compound"]
    words = []
    if hits:
        matches = itertools.islice(_NON_SPACE.finditer(stripped), hits[-1] + 1)
        starts = [match.start() for match in matches]
        for i in hits:
            start, end = _vader_token_span(stripped, starts[i])
            start, end = start + lead, end + lead
            if origin is not None:
                start, end = origin[start], origin[end - 1] + 1
            value = lexicon[lowered[i]]
            words.append(VaderWord(start + base, end + base, items[i], i, value, sentiments[i]))
    return VaderReading(compound, tuple(items), tuple(words), capitals_stand_out)


def vader_tokens(text: str) -> list[str]:
    """VADER's tokens for ``text``: exactly ``SentiText(text).words_and_emoticons``.

    VADER splits at whitespace and strips a word's outer punctuation when more than two
    characters remain (so emoticons such as ":)" stay whole). News repeats its words, so each
    word's stripped form is remembered (up to :data:`_VADER_TOKEN_MEMORY` words).

    Example:
        >>> vader_tokens('"We are ready," she said :)')
        ['"We', 'are', 'ready', 'she', 'said', ':)']
    """
    return _vader_words(text)[0]


def _vader_words(text: str) -> tuple[list[str], list[str], list[int]]:
    """VADER's tokens for ``text``, the same lower-cased, and the indices of those in VADER's
    lexicon (each word's three answers remembered, as in :func:`vader_tokens`)."""
    memory = _VADER_TOKEN_FORMS
    if len(memory) > _VADER_TOKEN_MEMORY:
        memory.clear()
    tokens: list[str] = []
    lowered: list[str] = []
    hits: list[int] = []
    for index, word in enumerate(text.split()):
        forms = memory.get(word)
        if forms is None:
            stripped = word.strip(string.punctuation)
            token = word if len(stripped) <= 2 else stripped
            forms = memory[word] = (token, token.lower(), token.lower() in vader_analyzer().lexicon)
        tokens.append(forms[0])
        lowered.append(forms[1])
        if forms[2]:
            hits.append(index)
    return tokens, lowered, hits


_VADER_TOKEN_FORMS: dict[str, tuple[str, str, bool]] = {}
_VADER_TOKEN_MEMORY = 100_000
"""At most this many words' VADER tokens are remembered (then the memory starts again)."""


def vader_valence(window: tuple[str, ...], at: int, capitals_stand_out: bool) -> float:
    """VADER's valence for the lexicon word ``window[at]`` (``sentiment_valence``, VADER's own).

    VADER's rules for one word read only the words around it (``window``: at most
    ``_VADER_REACH_BACK`` before and ``_VADER_REACH_AHEAD`` after) and whether capitals stand
    out in the text, so the valence is remembered for that window (up to
    :data:`_VADER_VALENCE_MEMORY` windows): a quoted piece read again after its sentence finds
    most of its words' valences there.

    Example:
        >>> round(vader_valence(("were", "not", "very", "good"), 3, False), 3)
        -1.623
        >>> vader_valence(("good",), 0, False)
        1.9
    """
    memory = _VADER_VALENCES
    key = (window, at, capitals_stand_out)
    valence = memory.get(key)
    if valence is None:
        if len(memory) > _VADER_VALENCE_MEMORY:
            memory.clear()
        scored = vader_analyzer().sentiment_valence(
            0, _VaderWindow(list(window), capitals_stand_out), window[at], at, []
        )
        valence = memory[key] = scored[-1]
    return valence


_VADER_VALENCES: dict[tuple[tuple[str, ...], int, bool], float] = {}
_VADER_VALENCE_MEMORY = 100_000
"""At most this many VADER word windows' valences are remembered (then the memory starts again)."""


def vader_part_compound(reading: VaderReading, whole: str, part: str) -> float:
    """VADER's compound for ``part``, a stretch of the text ``whole`` that ``reading`` read.

    VADER's compound depends only on its tokens and on how many "!" and "?" the text holds.
    When ``part`` gives the same (a quote that fills its sentence, less the quote marks),
    ``whole``'s compound is returned; when no token of ``part`` is in VADER's lexicon, the
    compound is 0; otherwise VADER reads ``part`` (with :func:`read_vader`).

    Example:
        >>> whole = '"We are ready to talk".'
        >>> reading = read_vader(whole)
        >>> vader_part_compound(reading, whole, "We are ready to talk") == reading.compound
        True
        >>> vader_part_compound(reading, whole, "We are")
        0.0
        >>> vader_part_compound(reading, whole, "ready to talk")
        0.3612
    """
    if not _has_emoji(part):
        words, _, hits = _vader_words(part)
        if not hits:  # no token of part in VADER's lexicon
            return 0.0
        tokens = tuple(words)
        if (
            not _has_emoji(whole)
            and whole.count("!") == part.count("!")
            and whole.count("?") == part.count("?")
            and tokens == reading.tokens
        ):
            return reading.compound
    return read_vader(part).compound


def _has_emoji(text: str) -> bool:
    """Whether ``text`` holds a character that VADER replaces by its description (never in
    ASCII text: VADER's emoji are all outside ASCII, which Python knows without a look)."""
    if text.isascii() and _ascii_has_no_emoji():
        return False
    return not _emoji_characters().isdisjoint(text)


@lru_cache(maxsize=1)
def _emoji_characters() -> frozenset[str]:
    # VADER looks emoji up one character at a time, so only one-character entries ever match
    return frozenset(key for key in vader_analyzer().emojis if len(key) == 1)


@lru_cache(maxsize=1)
def _ascii_has_no_emoji() -> bool:
    """Whether no VADER emoji is an ASCII character (true of VADER 3.3), so ASCII text has none."""
    return not any(key.isascii() for key in _emoji_characters())


def _emoji_as_words(text: str, emojis: dict[str, str]) -> tuple[str, list[int]]:
    """VADER's first step (each emoji becomes its description), with each character's origin."""
    pieces: list[str] = []
    origin: list[int] = []
    after_space = True
    for index, char in enumerate(text):
        description = emojis.get(char)
        if description is None:
            pieces.append(char)
            origin.append(index)
            after_space = char == " "
            continue
        if not after_space:
            pieces.append(" ")
            origin.append(index)
        pieces.append(description)
        origin.extend([index] * len(description))
        after_space = False
    return "".join(pieces), origin


_NON_SPACE = re.compile(r"\S+")


def _vader_token_span(text: str, start: int) -> tuple[int, int]:
    """Offsets of the VADER token that starts at ``start``: the whitespace-delimited word, its
    outer punctuation stripped when more than two characters remain (as VADER does)."""
    match = _NON_SPACE.match(text, start)
    token = match.group() if match else ""
    stripped = token.strip(string.punctuation)
    if len(stripped) <= 2:
        return start, start + len(token)
    start += len(token) - len(token.lstrip(string.punctuation))
    return start, start + len(stripped)


def token_spans(reading: TextBlobReading, count: int | None = None) -> tuple[TokenSpan, ...]:
    """Where the reading's tokens sit in the article (its first ``count`` tokens, or all).

    Example:
        >>> token_spans(read_textblob("Very good!", base=100))
        ((100, 104), (105, 109), (109, 110))
    """
    tokens = reading.tokens if count is None else reading.tokens[:count]
    return _align(reading.text, tokens, reading.base)


def _align(text: str, tokens: Sequence[str], base: int) -> tuple[TokenSpan, ...]:
    """Place each lower-cased TextBlob token in ``text``, in order (offsets plus ``base``).

    A token is normally found right after the previous one (only whitespace between). Tokens
    that TextBlob glued across spaces (emoticons) are matched with the spaces; a token that
    cannot be placed (its lower case changed its length) gets ``None``, and the next token is
    then looked for anywhere further on.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    spans: list[TokenSpan] = []
    cursor = 0
    lost = False
    for token in tokens:
        if lowered.startswith(token, cursor):
            at = cursor
        elif lowered.startswith(token, cursor + 1) and lowered[cursor].isspace():
            at = cursor + 1
        else:
            at = lowered.find(token, cursor)
            if at < 0 or not (lost or lowered[cursor:at].isspace()):
                span = _align_glued(lowered, token, cursor, anywhere=lost)
                spans.append(None if span is None else (span[0] + base, span[1] + base))
                lost = span is None
                cursor = cursor if span is None else span[1]
                continue
        cursor = at + len(token)
        spans.append((at + base, cursor + base))
        lost = False
    return tuple(spans)


def _align_glued(lowered: str, token: str, cursor: int, *, anywhere: bool) -> tuple[int, int] | None:
    """Where a token glued across spaces (an emoticon) sits: right after ``cursor``, or
    ``anywhere`` after it (when the token before could not be placed)."""
    glued = re.compile(r"\s*(" + r"\s*".join(map(re.escape, token)) + ")")
    match = glued.search(lowered, cursor) if anywhere else glued.match(lowered, cursor)
    return match.span(1) if match else None


def _index(tokens: Sequence[str], word: str, start: int, stop: int) -> int | None:
    try:
        return tokens.index(word, start, stop)
    except ValueError:
        return None


def _rindex(tokens: Sequence[str], word: str, stop: int) -> int | None:
    for i in range(stop - 1, -1, -1):
        if tokens[i] == word:
            return i
    return None
