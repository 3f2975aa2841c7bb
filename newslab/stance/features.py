"""The features of the target-sentiment model: what a sentence says around one target mention.

A sentence is read once (:func:`read_sentence`: tokens, clause numbers, VADER valences and the
target-independent feature names of each token), then each target in it costs one pass over
the tokens (:func:`target_features`). Features are named strings hashed into the model's
columns (:func:`feature_index`); each has a value and, when one token fired it, that token's
index (it becomes an evidence span; -1 in :class:`Features` stands for the whole sentence).
The reading also marks which tokens are **reason words** (:func:`is_reason`), the only ones an
evidence list may show; a word pair counts for its reason word and a lexicon sum is spread
among the words it adds up.

For speed, what a token's text says (its norm, feature names and their hashes, valence, reason
and clause flags) is worked out once per process and kept (a bounded cache), and
:func:`hashed_target_features` gives each feature's :func:`name_hash` with the features, so
the model takes the columns without hashing or looking up a name per feature.

Example:
    >>> reading = read_sentence("Fans love Kim.")
    >>> features = target_features(reading, 10, 13)
    >>> "L1:love" in features.names, features.names[0]
    (True, 'bias')
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from newslab.errors import NewslabError
from newslab.resources import data_path
from newslab.tone.lenses import vader_analyzer

CUES_PATH = data_path("target_sentiment_cues.txt")
REASONS_PATH = data_path("stance_reason_words.txt")

_NEGATION_SCOPE = 3
_TOKEN_RE = re.compile(r"\w+(?=['’]s\b)|['’]s\b|\w+(?:['’]\w+)*|[^\w\s]")
_DISTANCE_BUCKETS = ((1, "1"), (3, "3"), (6, "6"), (12, "12"))
_SENTENCE = -1  # the token of a feature that belongs to the whole sentence


class TargetSpanError(NewslabError):
    """The target offsets do not pick a non-empty stretch of the sentence."""


class Token(NamedTuple):
    """A word or punctuation mark: normalised form, offsets, initial capital."""

    norm: str
    start: int
    end: int
    capitalised: bool


class Feature(NamedTuple):
    """A named feature value and the token that fired it (None: the whole sentence).

    ``spread`` is for a sum over several tokens (the lexicon sums): each token's index with
    its share of the sum, the shares adding up to 1. The evidence splits the feature's
    contribution among those tokens by their shares.
    """

    name: str
    value: float
    token: int | None
    spread: tuple[tuple[int, float], ...] = ()


class Features(NamedTuple):
    """The features of one target as parallel lists (values already damped; token -1: the
    feature belongs to the whole sentence), and the shares of the lexicon sums:
    ``(feature position, token, share)`` for each word a sum adds up, in order (see
    :attr:`Feature.spread`)."""

    names: list[str]
    values: list[float]
    tokens: list[int]
    spread: list[tuple[int, int, float]]


class SentenceReading(NamedTuple):
    """What the features of every target in one sentence share."""

    tokens: list[Token]
    clauses: list[int]
    valences: list[float]
    pairs: list[str]  # "b:<word>_<next word>" of each token but the last
    words: list[tuple]  # each token's "u:", "L:", "R:", "c:" names, its norm, whether it counts
    # as a name (capitalised, not the first token), its names by place (a list filled on first
    # use, see _place_name) and its "tm:", "b:<word>_<t>" and "b:<t>_<word>" names; then the
    # name hashes (see name_hash) of the first four, of the names by place and of the last three;
    # last its context-word features by place and clause (a list filled on first use, see
    # _context_block)
    reasons: list[bool]  # whether each token is a reason word (see is_reason)
    pair_tokens: list[int]  # the token each word pair counts for: its first reason word, else
    # its first word
    starts: list[int]  # each token's start offset (to find a target's tokens by bisection)
    ends: list[int]  # each token's end offset
    hits: list[tuple[int, float]]  # (token, valence) of each token with a valence
    quote_marks: list[int]  # the tokens that are quotation marks other than "'"
    quoted: bool  # whether any token is a quotation mark (including "'")
    name_count: int  # the tokens that count as names (capitalised, not the first)
    pair_hashes: list[int]  # the name hash of each word pair


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Read the cue-word lists from ``target_sentiment_cues.txt`` (once)."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in CUES_PATH.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and len(line) > 2:
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.add(line)
    return {name: frozenset(words) for name, words in sections.items()}


def _word_forms(entry: str) -> set[str]:
    """An [evaluative] entry with its -s, past and -ing forms (``lie/lied/lying`` as given)."""
    from newslab.stance.framing import inflect

    lemma, *given = entry.lower().split("/")
    return {lemma, *inflect(lemma), *(form for form in given if form)}


@functools.lru_cache(maxsize=1)
def reason_words() -> frozenset[str]:
    """The words that may be shown as evidence (see ``stance_reason_words.txt``).

    VADER's lexicon words, the one-word framing verbs and the framing negations, the
    negators and the file's [evaluative] words, less its [not_reasons]. (The first word of
    a framing phrase such as "hold talks" is no reason on its own.)

    Example:
        >>> words = reason_words()
        >>> {"disastrous", "accused", "indicted", "not", "praised"} <= words
        True
        >>> {"has", "in", "may", "like", "second"} & words
        set()
    """
    from newslab.stance.framing import load_framing

    sections: dict[str, list[str]] = {"evaluative": [], "not_reasons": []}
    current: list[str] | None = None
    for raw in REASONS_PATH.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.get(line[1:-1])
        elif current is not None:
            current.append(line.lower())
    framing = load_framing()
    words = {w for w in vader_analyzer().lexicon if w.isalpha() and len(w) > 1}
    verbs = {form for form, entries in framing.by_form.items() if any(not e.rest for e in entries)}
    words |= verbs | set(framing.negations) | cues()["negators"]
    for entry in sections["evaluative"]:
        words |= _word_forms(entry)
    return frozenset(words - set(sections["not_reasons"]))


def is_reason(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` may be shown as a reason: a reason word, not part of a name.

    A capitalised word that is not the first of the sentence is taken for part of a name or
    title; so is any word with a digit or without a letter.

    Example:
        >>> tokens = tokenize("Critics slammed the Great Hall plan in May, not Smith.")
        >>> [t.norm for i, t in enumerate(tokens) if is_reason(tokens, i)]
        ['critics', 'slammed', 'not']
    """
    token = tokens[index]
    if token.capitalised and index > 0:
        return False
    return token.norm in reason_words()


def tokenize(sentence: str) -> list[Token]:
    """Split a sentence into word and punctuation tokens with character offsets.

    Possessive "'s" becomes a token of its own; typographic apostrophes become ASCII.

    Example:
        >>> [t.norm for t in tokenize("Lee’s plan failed.")]
        ['lee', "'s", 'plan', 'failed', '.']
    """
    return _read_words(sentence)[0]


class _Word(NamedTuple):
    """What a token's text says wherever it occurs (see :func:`_word`)."""

    norm: str
    capitalised: bool
    names: tuple  # its SentenceReading.words entry, not a name
    name_names: tuple  # the same as a name
    shown: bool  # whether it is a reason word when it is no name
    valence: float  # its VADER valence / 4, before any negation
    negator: bool
    clause_break: bool  # clause punctuation or a clause word: a new clause starts here


_WORDS: dict[str, _Word] = {}  # token text -> _Word, for the words seen so far
_MAX_WORDS = 200_000


def _word(text: str) -> _Word:
    """The norm, feature names and lexicon facts of a token's text, made once and kept."""
    found = _WORDS.get(text)
    if found is not None:
        return found
    if len(_WORDS) > _MAX_WORDS:  # a long corpus run: start again
        _WORDS.clear()
    norm = text.lower()
    if "’" in norm:
        norm = norm.replace("’", "'")
    if norm.isdigit():
        norm = "<num>"
    words = cues()
    placed: list[str | None] = [None] * len(_PLACES)  # "<place>:<norm>" by place, made when needed
    others = ("tm:" + norm, f"b:{norm}_<t>", f"b:<t>_{norm}")
    names = ("u:" + norm, "L:" + norm, "R:" + norm, "c:" + norm, norm)
    hashes = (tuple(map(name_hash, names[:4])), [0] * len(_PLACES), tuple(map(name_hash, others)))
    found = _Word(
        norm,
        text[:1].isupper(),
        (*names, False, placed, others, *hashes, [None] * (2 * len(_PLACES))),
        (*names, True, placed, others, *hashes, [None] * (2 * len(_PLACES))),
        norm in reason_words(),
        vader_analyzer().lexicon.get(norm, 0.0) / 4.0,
        norm in words["negators"],
        norm in words["clause_punct"] or norm in words["clause_breaks"],
    )
    _WORDS[text] = found
    return found


def _read_words(sentence: str) -> tuple[list[Token], list[_Word]]:
    """The tokens of a sentence (see :func:`tokenize`) and what each one's text says."""
    tokens: list[Token] = []
    words: list[_Word] = []
    append, new, find, position = tokens.append, tuple.__new__, sentence.find, 0
    for text in _TOKEN_RE.findall(sentence):  # a token starts where its text is next found:
        start = find(text, position)  # only spaces lie between two tokens
        position = start + len(text)
        word = _WORDS.get(text) or _word(text)
        words.append(word)
        append(new(Token, (word.norm, start, position, word.capitalised)))  # Token(...), faster
    return tokens, words


def read_sentence(sentence: str) -> SentenceReading:
    """Tokens, clause numbers, valences, word pairs and reason words of a sentence, for all its
    targets.

    Example:
        >>> reading = read_sentence("Fans love Kim.")
        >>> reading.pairs, reading.reasons, reading.pair_tokens
        (['b:fans_love', 'b:love_kim', 'b:kim_.'], [False, True, False, False], [1, 1, 2])
    """
    tokens, words = _read_words(sentence)
    norms = [word.norm for word in words]
    pairs = [f"b:{a}_{b}" for a, b in zip(norms, norms[1:], strict=False)]
    names, reasons, clauses, valences, hits = [], [], [], [], []
    clause, name_count, negator = 0, 0, -_NEGATION_SCOPE - 1  # the last negator's index
    for index, word in enumerate(words):
        name = word.capitalised and index > 0  # taken for part of a name or title
        if name:
            names.append(word.name_names)
            reasons.append(False)
            name_count += 1
        else:
            names.append(word.names)
            reasons.append(word.shown)  # is_reason, token by token
        if word.clause_break:
            clause += 1
        clauses.append(clause)
        value = word.valence
        if value:
            if index - negator <= _NEGATION_SCOPE:  # flipped and damped after a negator
                value *= -0.74
            hits.append((index, value))
        valences.append(value)
        if word.negator:
            negator = index
    pair_tokens = [
        index if reasons[index] or not reasons[index + 1] else index + 1 for index in range(len(pairs))
    ]
    quotes = cues()["quotes"]
    marks = quotes - {"'"}
    return SentenceReading(
        tokens,
        clauses,
        valences,
        pairs,
        names,
        reasons,
        pair_tokens,
        [t.start for t in tokens],
        [t.end for t in tokens],
        hits,
        [i for i, norm in enumerate(norms) if norm in marks],
        not quotes.isdisjoint(norms),
        name_count,
        [name_hash(pair) for pair in pairs],
    )


def target_token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Indices ``[first, last)`` of the tokens that overlap the character span."""
    inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
    if not inside:  # cannot happen for a span with a non-space character; stay safe
        raise TargetSpanError(f"the target span [{start}, {end}) holds no word")
    return inside[0], inside[-1] + 1


def _distance_bucket(distance: int) -> str:
    for limit, name in _DISTANCE_BUCKETS:
        if distance <= limit:
            return name
    return "far"


_FAR = 13  # distances from here on are all "far"
_PLACES = tuple(side + name for side in "LR" for _, name in (*_DISTANCE_BUCKETS, (0, "far")))
_LEFT = tuple(_PLACES.index("L" + _distance_bucket(distance)) for distance in range(_FAR + 1))
_RIGHT = tuple(_PLACES.index("R" + _distance_bucket(distance)) for distance in range(_FAR + 1))
# the names that only depend on the place: "<place>:<name>" and the lexicon hits'
_NAME_AT = tuple(place + ":<name>" for place in _PLACES)
_NAME_AT_HASH = tuple(zlib.crc32(name.encode("utf-8")) for name in _NAME_AT)  # their name_hash
_LEX_AT = tuple((f"lex:{place}:neg", f"lex:{place}:pos") for place in _PLACES)
_LEX_CLAUSE = {"L": ("lexc:L:neg", "lexc:L:pos"), "R": ("lexc:R:neg", "lexc:R:pos")}
_LEX_SUM = {key: "lexsum:" + key for key in ("pos", "neg", "cpos", "cneg", "near")}
_LEX_SUM_HASH = {key: zlib.crc32(name.encode("utf-8")) for key, name in _LEX_SUM.items()}  # name_hash
_POS_REL = tuple(f"pos:rel{part}" for part in range(4))
_NAMES = tuple(f"names:{count}" for count in range(5))


def _place_name(own: tuple, place: int) -> str:
    """The "<place>:<norm>" name of a word (``own``: its SentenceReading.words entry), made once
    with its hash."""
    name = own[6][place] = f"{_PLACES[place]}:{own[4]}"
    own[9][place] = name_hash(name)
    return name


_HASHES: dict[str, int] = {}  # the hashes of the names that do not name a word (a few dozen)


def _hash(name: str) -> int:
    """The hash of a name made of constants (bias, lexicon, structure), computed once."""
    found = _HASHES.get(name)
    if found is None:
        found = _HASHES[name] = name_hash(name)
    return found


def damp(value: float) -> float:
    """Signed square root: keeps 0 and +-1, shrinks large sums, lifts small valences.

    Cross-validation on train preferred it to raw values (about +0.7 macro-F1).

    Example:
        >>> damp(0.25), damp(-4.0), damp(1.0)
        (0.5, -2.0, 1.0)
    """
    return math.copysign(math.sqrt(abs(value)), value)


def target_features(reading: SentenceReading, start: int, end: int) -> Features:
    """The features of the target ``[start, end)`` of a sentence read by :func:`read_sentence`.

    In order: bias, context words, word pairs, lexicon hits and sums, sentence structure and
    the target's own words. Values are damped (:func:`damp`); a value of 1 stays 1.
    """
    return hashed_target_features(reading, start, end)[0]


def hashed_target_features(reading: SentenceReading, start: int, end: int) -> tuple[Features, list[int]]:
    """:func:`target_features` and the :func:`name_hash` of each feature name, in the same order
    (the hashes of a word's names are computed once per process, with the word).

    Example:
        >>> features, hashes = hashed_target_features(read_sentence("Fans love Kim."), 10, 13)
        >>> hashes == [name_hash(name) for name in features.names]
        True
    """
    tokens = reading.tokens
    first, last = bisect_right(reading.ends, start), bisect_left(reading.starts, end)
    if first >= last:  # no token overlaps the span: target_token_range says so
        first, last = target_token_range(tokens, start, end)
    features = Features(["bias"], [1.0], [_SENTENCE], [])
    hashes = [_hash("bias")]
    _context_words(features, hashes, reading, first, last)
    _word_pairs(features, hashes, reading, first, last)
    _lexicon(features, hashes, reading, first, last)
    _structure(features, hashes, reading, first, last, cues())
    names, values, anchors, _ = features
    own_words = reading.words[first:last]
    names += [own[7][0] for own in own_words]  # "tm:<norm>"
    hashes += [own[10][0] for own in own_words]
    values += (1.0,) * (last - first)
    anchors += (_SENTENCE,) * (last - first)
    return features, hashes


def _add(features: Features, hashes: list[int], name: str, value: float, token: int = -1) -> None:
    features.names.append(name)
    features.values.append(value)
    features.tokens.append(token)
    hashes.append(_hash(name))


def _context_block(own: tuple, key: int) -> tuple[tuple[str, ...], tuple[int, ...], int]:
    """A word's context-word features at one place, in the target's clause or not (``key`` is
    twice the place, plus 1 in the clause): its names, their hashes and their number. In order:
    the word, the word by place, the word by side, the word in the clause, a name by place.
    Made once per word (``own``: its SentenceReading.words entry), place and clause."""
    place, in_clause = divmod(key, 2)
    placed = own[6][place] or _place_name(own, place)
    side = 1 if _PLACES[place][0] == "L" else 2  # the "L:" or "R:" name
    names, hashes = [own[0], placed, own[side]], [own[8][0], own[9][place], own[8][side]]
    if in_clause:
        names.append(own[3])
        hashes.append(own[8][3])
    if own[5]:
        names.append(_NAME_AT[place])
        hashes.append(_NAME_AT_HASH[place])
    block = own[11][key] = (tuple(names), tuple(hashes), len(names))
    return block


def _context_words(
    features: Features, hashes: list[int], reading: SentenceReading, first: int, last: int
) -> None:
    """Words by side of the target, distance bucket and whether in the same clause."""
    names, values, anchors, _ = features
    clauses, words = reading.clauses, reading.words
    target_clause = clauses[first]
    added = len(names)
    for index in range(first):  # place = bucket of (first - index)
        own = words[index]
        distance = first - index
        key = 2 * _LEFT[distance if distance < _FAR else _FAR] + (clauses[index] == target_clause)
        block = own[11][key] or _context_block(own, key)
        names += block[0]
        hashes += block[1]
        anchors += [index] * block[2]
    offset = 1 - last
    for index in range(last, len(words)):  # place = bucket of (index - last + 1)
        own = words[index]
        distance = index + offset
        key = 2 * _RIGHT[distance if distance < _FAR else _FAR] + (clauses[index] == target_clause)
        block = own[11][key] or _context_block(own, key)
        names += block[0]
        hashes += block[1]
        anchors += [index] * block[2]
    values += (1.0,) * (len(names) - added)


def _word_pairs(
    features: Features, hashes: list[int], reading: SentenceReading, first: int, last: int
) -> None:
    """Word pairs of the sentence, with the target collapsed to one ``<t>`` token.

    A pair counts, as evidence, for its first reason word ("was praised" for "praised"),
    else for its first word that is not the target.
    """
    names, values, anchors, _ = features
    pairs, tokens, pair_tokens = reading.pairs, reading.tokens, reading.pair_tokens
    before = pairs[: max(first - 1, 0)]
    names += before
    hashes += reading.pair_hashes[: len(before)]
    anchors += pair_tokens[: len(before)]
    if first > 0:
        names.append(reading.words[first - 1][7][1])  # "b:<word>_<t>"
        hashes.append(reading.words[first - 1][10][1])
        anchors.append(first - 1)
    if last < len(tokens):
        names.append(reading.words[last][7][2])  # "b:<t>_<word>"
        hashes.append(reading.words[last][10][2])
        anchors.append(last)
    after = pairs[last:]
    names += after
    hashes += reading.pair_hashes[last:]
    anchors += pair_tokens[last:]
    values += (1.0,) * (len(before) + (first > 0) + (last < len(tokens)) + len(after))


def _lexicon(features: Features, hashes: list[int], reading: SentenceReading, first: int, last: int) -> None:
    """Sentiment-lexicon hits by side, distance and clause, plus their sums, each sum spread
    among its words by their part of it."""
    clauses = reading.clauses
    target_clause = clauses[first]
    sums = {"pos": 0.0, "neg": 0.0, "cpos": 0.0, "cneg": 0.0, "near": 0.0}
    terms: dict[str, list[tuple[int, float]]] = {key: [] for key in sums}
    for i, value in reading.hits:
        if first <= i < last:
            continue
        if i < first:
            side, distance = "L", first - i
            place = _LEFT[distance if distance < _FAR else _FAR]
        else:
            side, distance = "R", i - last + 1
            place = _RIGHT[distance if distance < _FAR else _FAR]
        positive = value > 0
        sign = "pos" if positive else "neg"
        magnitude = abs(value)
        _add(features, hashes, _LEX_AT[place][positive], damp(magnitude), i)  # "lex:<place>:<sign>"
        sums[sign] += magnitude
        terms[sign].append((i, magnitude))
        if clauses[i] == target_clause:
            _add(features, hashes, _LEX_CLAUSE[side][positive], damp(magnitude), i)  # "lexc:<side>:<sign>"
            sums["c" + sign] += magnitude
            terms["c" + sign].append((i, magnitude))
        sums["near"] += value / (1.0 + distance)
        terms["near"].append((i, value / (1.0 + distance)))
    names, values, anchors, spread = features
    for key, total in sums.items():
        if total:
            position = len(names)
            spread.extend((position, i, term / total) for i, term in terms[key])
        names.append(_LEX_SUM[key])  # as _add, for the five sums of every target
        values.append(damp(total))
        anchors.append(_SENTENCE)
        hashes.append(_LEX_SUM_HASH[key])


def _structure(
    features: Features, hashes: list[int], reading: SentenceReading, first: int, last: int, words: dict
) -> None:
    """Position of the target, quotes, speech verbs, pronoun targets, other names."""
    tokens = reading.tokens
    n = len(tokens)
    part = int(4 * first / max(n, 1))
    _add(features, hashes, _POS_REL[part] if part < len(_POS_REL) else f"pos:rel{part}", 1.0)
    if first == 0:
        _add(features, hashes, "pos:first", 1.0)
    if last >= n - 1:
        _add(features, hashes, "pos:last", 1.0)
    if bisect_left(reading.quote_marks, first) % 2 == 1:  # inside a quotation
        _add(features, hashes, "quote:inside", 1.0)
    if reading.quoted:
        _add(features, hashes, "quote:sentence", 1.0)
    speech_verbs = words["speech_verbs"]
    for i in range(max(0, first - 3), min(n, last + 3)):
        if tokens[i].norm in speech_verbs:
            _add(features, hashes, "speech:" + ("L" if i < first else "R"), 1.0, i)
    if last - first == 1 and tokens[first].norm in words["pronouns"]:
        _add(features, hashes, "target:pronoun", 1.0)
    names = reading.name_count - sum(1 for i in range(first, last) if reading.words[i][5])
    _add(features, hashes, _NAMES[min(names, 4)], 1.0)


def extract_features(sentence: str, start: int, end: int) -> list[Feature]:
    """The named features of one target, each tied to the token that fired it.

    Args:
        sentence: The sentence.
        start: Offset of the target's first character.
        end: Offset after the target's last character.

    Returns:
        ``(name, value, token index or None, spread)`` features; the token index points into
        ``tokenize(sentence)`` and becomes an evidence span; the spread shares a lexicon sum
        among its tokens (see :class:`Feature`).

    Example:
        >>> names = [f.name for f in extract_features("Fans love Kim.", 10, 13)]
        >>> "L1:love" in names
        True
    """
    names, values, tokens, spread = target_features(read_sentence(sentence), start, end)
    shares: dict[int, list[tuple[int, float]]] = {}
    for position, token, share in spread:
        shares.setdefault(position, []).append((token, share))
    return [
        Feature(name, value, None if token == _SENTENCE else token, tuple(shares.get(position, ())))
        for position, (name, value, token) in enumerate(zip(names, values, tokens, strict=True))
    ]


def name_hash(name: str) -> int:
    """The CRC-32 of a feature name: its column is this hash's low bits (:func:`feature_index`).

    Example:
        >>> name_hash("L1:love") & ((1 << 20) - 1) == feature_index("L1:love", 20)
        True
    """
    return zlib.crc32(name.encode("utf-8"))


def feature_index(name: str, n_bits: int) -> int:
    """The hashed column of a feature name (CRC-32, stable across runs and machines).

    Example:
        >>> 0 <= feature_index("L1:love", 20) < 2 ** 20
        True
    """
    return zlib.crc32(name.encode("utf-8")) & ((1 << n_bits) - 1)
