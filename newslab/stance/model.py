"""Target-dependent sentiment: how a news sentence speaks about one of the people it mentions.

A sentence can be friendly to one person and hostile to another ("Supporters cheered
Lee as Park conceded defeat"), so a single sentence-level score is not enough. This
module scores the sentence *toward a target mention* given by character offsets, with
a multinomial logistic regression over target-relative features (words by side and
distance, words in the target's clause, word pairs, VADER-lexicon hits with negation
and simple sentence-structure cues such as quotes and verbs of saying). The weights were
trained on NewsMTSC (Hamborg & Donnay, EACL 2021); see
``docs/model-card-target-sentiment.md``.

The evidence of a result shows only **reason words**: evaluative words, framing verbs and
negations (``newslab/data/stance_reason_words.txt``), never function words, names, dates,
numbers or punctuation. The model still weighs those (they help it find the label); their
share of the decision is reported apart, as ``TargetSentiment.other_weight``.

Inference needs only numpy, the standard library and the word list of VADER (a
dependency of newslab); the weights are read once, on first use, from
``newslab/data/target_sentiment_model.npz``, and the cue words from
``newslab/data/target_sentiment_cues.txt``.

Example:
    >>> sentence = "Critics slammed Smith for the disastrous decision."
    >>> result = target_sentiment(sentence, 16, 21)
    >>> result.label
    'negative'
    >>> all(sentence[e.start:e.end] == e.text for e in result.evidence)
    True
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from newslab.errors import NewslabError
from newslab.resources import data_path
from newslab.tone.lenses import vader_analyzer

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
"""The three labels, in the order of the model's output columns."""

MODEL_PATH = data_path("target_sentiment_model.npz")
CUES_PATH = data_path("target_sentiment_cues.txt")
REASONS_PATH = data_path("stance_reason_words.txt")

_MAX_EVIDENCE = 5
_NEGATION_SCOPE = 3
_TOKEN_RE = re.compile(r"\w+(?=['’]s\b)|['’]s\b|\w+(?:['’]\w+)*|[^\w\s]")
_DISTANCE_BUCKETS = ((1, "1"), (3, "3"), (6, "6"), (12, "12"))


class TargetSpanError(NewslabError):
    """The target offsets do not pick a non-empty stretch of the sentence."""


class TargetSentimentModelError(NewslabError):
    """The shipped weights file is missing or cannot be read."""


@dataclass(frozen=True)
class Evidence:
    """A stretch of the sentence that pushed the decision, with its contribution.

    Attributes:
        start: Offset of the first character in the sentence.
        end: Offset after the last character (``sentence[start:end] == text``).
        text: The words themselves.
        weight: How much these words pushed toward the returned label (> 0) or
            against it (< 0), in logit units, summed over all the features they fired.
        feature: A reading of the feature that contributed most, with its raw name,
            e.g. ``"negative lexicon word after the target [lex:R3:neg]"``.
    """

    start: int
    end: int
    text: str
    weight: float
    feature: str


@dataclass(frozen=True)
class TargetSentiment:
    """The polarity of a sentence toward one target mention.

    Attributes:
        label: One of ``"negative"``, ``"neutral"``, ``"positive"``.
        score: P(positive) - P(negative), between -1 and 1.
        probabilities: Probability of each label; they sum to 1.
        evidence: The reason words (evaluative words, framing verbs, negations) that
            weighed most, strongest first; at most five.
        target: The target mention, ``sentence[start:end]``.
        other_weight: How far everything that is not a reason word moved the label's
            logit above (> 0) or below (< 0) the average of the other two: function words,
            names, numbers, punctuation, the mention's own words, sentence structure and
            the model's prior. The weights of all reason words plus this number make the
            label's whole margin, so a large ``other_weight`` next to small evidence
            weights says the model decided on patterns, not on reasons.
    """

    label: str
    score: float
    probabilities: dict[str, float]
    evidence: tuple[Evidence, ...]
    target: str
    other_weight: float = 0.0


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


# --------------------------------------------------------------------------- resources


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
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
    words |= verbs | set(framing.negations) | _cues()["negators"]
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


# --------------------------------------------------------------------------- features


def tokenize(sentence: str) -> list[Token]:
    """Split a sentence into word and punctuation tokens with character offsets.

    Possessive "'s" becomes a token of its own; typographic apostrophes become ASCII.

    Example:
        >>> [t.norm for t in tokenize("Lee’s plan failed.")]
        ['lee', "'s", 'plan', 'failed', '.']
    """
    tokens = []
    for match in _TOKEN_RE.finditer(sentence):
        text = match.group()
        norm = text.lower().replace("’", "'")
        if norm.isdigit():
            norm = "<num>"
        tokens.append(Token(norm, match.start(), match.end(), text[:1].isupper()))
    return tokens


def _target_token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
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


def _clause_ids(tokens: Sequence[Token], cues: dict[str, frozenset[str]]) -> list[int]:
    """Number the clauses: a new one starts at clause punctuation or a clause word."""
    ids, clause = [], 0
    breaks, punct = cues["clause_breaks"], cues["clause_punct"]
    for token in tokens:
        if token.norm in punct:
            clause += 1
            ids.append(clause)
            continue
        if token.norm in breaks:
            clause += 1
        ids.append(clause)
    return ids


def _valences(tokens: Sequence[Token], cues: dict[str, frozenset[str]]) -> list[float]:
    """VADER valence of each token in [-1, 1], flipped and damped after a negator."""
    lexicon = vader_analyzer().lexicon
    negators = cues["negators"]
    values = []
    for i, token in enumerate(tokens):
        value = lexicon.get(token.norm, 0.0) / 4.0
        if value and any(t.norm in negators for t in tokens[max(0, i - _NEGATION_SCOPE) : i]):
            value *= -0.74
        values.append(value)
    return values


def _inside_quotes(tokens: Sequence[Token], first: int, cues: dict[str, frozenset[str]]) -> bool:
    """True when an odd number of quotation marks precede the target."""
    marks = cues["quotes"] - {"'"}
    return sum(1 for t in tokens[:first] if t.norm in marks) % 2 == 1


def extract_features(sentence: str, start: int, end: int) -> list[Feature]:
    """The named features of one target, each tied to the token that fired it.

    Args:
        sentence: The sentence.
        start: Offset of the target's first character.
        end: Offset after the target's last character.

    Returns:
        ``(name, value, token index or None)`` triples; the token index points into
        ``tokenize(sentence)`` and becomes an evidence span.

    Example:
        >>> names = [f.name for f in extract_features("Fans love Kim.", 10, 13)]
        >>> "L1:love" in names
        True
    """
    return _tokens_and_features(sentence, start, end)[1]


class _SentenceReading(NamedTuple):
    """What the features of every target in one sentence share: tokens, clauses, valences,
    and which tokens are reason words (see :func:`is_reason`)."""

    tokens: list[Token]
    clauses: list[int]
    valences: list[float]
    reasons: list[bool]


def _read_sentence(sentence: str) -> _SentenceReading:
    cues = _cues()
    tokens = tokenize(sentence)
    reasons = [is_reason(tokens, i) for i in range(len(tokens))]
    return _SentenceReading(tokens, _clause_ids(tokens, cues), _valences(tokens, cues), reasons)


def _tokens_and_features(
    sentence: str, start: int, end: int, reading: _SentenceReading | None = None
) -> tuple[list[Token], list[Feature]]:
    cues = _cues()
    tokens, clauses, valences, reasons = reading if reading is not None else _read_sentence(sentence)
    first, last = _target_token_range(tokens, start, end)
    target_clause = clauses[first]
    features: list[Feature] = [Feature("bias", 1.0, None)]
    features += _context_word_features(tokens, first, last, clauses, target_clause)
    features += _bigram_features(tokens, first, last, reasons)
    features += _lexicon_features(valences, tokens, first, last, clauses, target_clause)
    features += _structure_features(tokens, first, last, cues)
    features += [Feature("tm:" + t.norm, 1.0, None) for t in tokens[first:last]]
    return tokens, [Feature(f.name, _damp(f.value), f.token, f.spread) for f in features]


def _damp(value: float) -> float:
    """Signed square root: keeps 0 and +-1, shrinks large sums, lifts small valences.

    Cross-validation on train preferred it to raw values (about +0.7 macro-F1).
    """
    return math.copysign(math.sqrt(abs(value)), value)


def _side_and_distance(index: int, first: int, last: int) -> tuple[str, int]:
    if index < first:
        return "L", first - index
    return "R", index - last + 1


def _context_word_features(tokens, first, last, clauses, target_clause) -> list[Feature]:
    """Words by side of the target, distance bucket and whether in the same clause."""
    features = []
    for i, token in enumerate(tokens):
        if first <= i < last:
            continue
        side, distance = _side_and_distance(i, first, last)
        bucket = _distance_bucket(distance)
        word = token.norm
        features.append(Feature("u:" + word, 1.0, i))
        features.append(Feature(f"{side}{bucket}:{word}", 1.0, i))
        features.append(Feature(f"{side}:{word}", 1.0, i))
        if clauses[i] == target_clause:
            features.append(Feature("c:" + word, 1.0, i))
        if token.capitalised and i > 0:
            features.append(Feature(f"{side}{bucket}:<name>", 1.0, i))
    return features


def _bigram_features(tokens, first, last, reasons) -> list[Feature]:
    """Word pairs of the sentence, with the target collapsed to one ``<t>`` token.

    A pair counts, as evidence, for its first reason word ("was praised" for "praised"),
    else for its first word that is not the target.
    """
    words = [t.norm for t in tokens[:first]] + ["<t>"] + [t.norm for t in tokens[last:]]
    positions = list(range(first)) + [None] + list(range(last, len(tokens)))
    features = []
    for k in range(len(words) - 1):
        name = f"b:{words[k]}_{words[k + 1]}"
        pair = [p for p in positions[k : k + 2] if p is not None]
        anchor = next((p for p in pair if reasons[p]), pair[0])
        features.append(Feature(name, 1.0, anchor))
    return features


def _lexicon_features(valences, tokens, first, last, clauses, target_clause) -> list[Feature]:
    """Sentiment-lexicon hits by side, distance and clause, plus their sums."""
    features = []
    sums = {"pos": 0.0, "neg": 0.0, "cpos": 0.0, "cneg": 0.0, "near": 0.0}
    terms: dict[str, list[tuple[int, float]]] = {key: [] for key in sums}
    for i, value in enumerate(valences):
        if not value or first <= i < last:
            continue
        side, distance = _side_and_distance(i, first, last)
        sign = "pos" if value > 0 else "neg"
        magnitude = abs(value)
        features.append(Feature(f"lex:{side}{_distance_bucket(distance)}:{sign}", magnitude, i))
        sums[sign] += magnitude
        terms[sign].append((i, magnitude))
        if clauses[i] == target_clause:
            features.append(Feature(f"lexc:{side}:{sign}", magnitude, i))
            sums["c" + sign] += magnitude
            terms["c" + sign].append((i, magnitude))
        sums["near"] += value / (1.0 + distance)
        terms["near"].append((i, value / (1.0 + distance)))
    for key, total in sums.items():
        spread = tuple((i, term / total) for i, term in terms[key]) if total else ()
        features.append(Feature("lexsum:" + key, total, None, spread))
    return features


def _structure_features(tokens, first, last, cues) -> list[Feature]:
    """Position of the target, quotes, speech verbs, pronoun targets, other names."""
    n = len(tokens)
    features = [Feature("pos:rel" + str(int(4 * first / max(n, 1))), 1.0, None)]
    if first == 0:
        features.append(Feature("pos:first", 1.0, None))
    if last >= n - 1:
        features.append(Feature("pos:last", 1.0, None))
    if _inside_quotes(tokens, first, cues):
        features.append(Feature("quote:inside", 1.0, None))
    if any(t.norm in cues["quotes"] for t in tokens):
        features.append(Feature("quote:sentence", 1.0, None))
    for i in range(max(0, first - 3), min(n, last + 3)):
        if tokens[i].norm in cues["speech_verbs"]:
            side = "L" if i < first else "R"
            features.append(Feature("speech:" + side, 1.0, i))
    if last - first == 1 and tokens[first].norm in cues["pronouns"]:
        features.append(Feature("target:pronoun", 1.0, None))
    names = sum(
        1 for i, t in enumerate(tokens) if t.capitalised and i > 0 and not first <= i < last
    )
    features.append(Feature("names:" + str(min(names, 4)), 1.0, None))
    return features


def feature_index(name: str, n_bits: int) -> int:
    """The hashed column of a feature name (CRC-32, stable across runs and machines)."""
    return zlib.crc32(name.encode("utf-8")) & ((1 << n_bits) - 1)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Model:
    """Hashed logistic-regression weights: ``logits = bias + sum(value * weights[column])``."""

    weights: np.ndarray  # (2 ** n_bits, 3) float32
    bias: np.ndarray  # (3,) float32
    n_bits: int


def _model() -> _Model:
    """The model of :data:`MODEL_PATH`, read on first use and cached."""
    return _load_model(MODEL_PATH)


@functools.lru_cache(maxsize=2)
def _load_model(path: Path) -> _Model:
    """Read a weights file written by ``scripts/train_target_sentiment.py``."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            rows = archive["rows"].astype(np.int64)
            values = archive["values"].astype(np.float32)
            bias = archive["bias"].astype(np.float32)
            n_bits = int(archive["n_bits"])
            labels = tuple(str(label) for label in archive["labels"])
    except (OSError, KeyError, ValueError) as error:
        raise TargetSentimentModelError(
            f"cannot read the target-sentiment weights at {path}: {error}; "
            "reinstall newslab or retrain with scripts/train_target_sentiment.py"
        ) from error
    if labels != LABELS:
        raise TargetSentimentModelError(f"the weights file has labels {labels}, not {LABELS}")
    weights = np.zeros((1 << n_bits, len(LABELS)), dtype=np.float32)
    weights[rows] = values
    return _Model(weights, bias, n_bits)


def _describe(feature: str) -> str:
    """A short reading of a feature name for the evidence list."""
    prefix, _, rest = feature.partition(":")
    side = {"L": "before the target", "R": "after the target"}
    if prefix in ("lex", "lexc"):
        where, _, sign = rest.partition(":")
        place = "in the target's clause" if prefix == "lexc" else side[where[0]]
        return f"{'positive' if sign == 'pos' else 'negative'} lexicon word {place}"
    if prefix[:1] in side and prefix[1:] in ("", "1", "3", "6", "12", "far"):
        near = " (next to it)" if prefix[1:] == "1" else ""
        return f"word {side[prefix[0]]}{near}"
    if prefix == "lexsum":
        return {
            "pos": "share of the sentence's positive lexicon words",
            "neg": "share of the sentence's negative lexicon words",
            "cpos": "share of the positive lexicon words in the target's clause",
            "cneg": "share of the negative lexicon words in the target's clause",
        }.get(rest, "share of the lexicon words, weighted by nearness to the target")
    readings = {
        "u": "word in the sentence",
        "c": "word in the target's clause",
        "b": "word pair",
        "A2": "word pair right before the target",
        "Z2": "word pair right after the target",
        "V": "first content word after the target",
        "speech": "verb of saying next to the target",
    }
    return readings.get(prefix, prefix)


def _evidence(
    sentence: str,
    tokens: Sequence[Token],
    features: Sequence[Feature],
    rows: np.ndarray,
    direction: np.ndarray,
    reasons: Sequence[bool],
    margin: float,
) -> tuple[tuple[Evidence, ...], float]:
    """Sum each reason word's contribution along ``direction``; keep the strongest words.

    ``direction`` contrasts the returned label with the other two (see
    :func:`_direction`), so a token's weight is how far it moved the logit of the
    returned label above (> 0) or below (< 0) the average of the alternatives.
    Word-pair features count for their reason word (see :func:`_bigram_features`); a
    lexicon sum is split among its words by their part of the sum.
    Only reason words (``reasons``, see :func:`is_reason`) are evidence; the target's
    own tokens never are. ``rows`` holds the model's weight row of each feature and
    ``margin`` the whole contrast of the label's logit.

    Returns:
        The evidence, and the part of ``margin`` that no reason word carries.
    """
    totals: dict[int, float] = {}
    best: dict[int, tuple[float, str]] = {}
    contributions = (rows @ direction).tolist()
    for feature, contribution in zip(features, contributions, strict=True):
        shares = feature.spread or (((feature.token, 1.0),) if feature.token is not None else ())
        for token, share in shares:
            if not reasons[token]:
                continue
            part = feature.value * contribution * share
            totals[token] = totals.get(token, 0.0) + part
            if abs(part) > abs(best.get(token, (0.0, ""))[0]):
                best[token] = (part, feature.name)
    other = margin - sum(totals.values())
    ranked = sorted(totals.items(), key=lambda item: -abs(item[1]))
    items = []
    for index, weight in ranked[:_MAX_EVIDENCE]:
        if abs(weight) < 1e-3:
            break
        token = tokens[index]
        name = best[index][1]
        reason = f"{_describe(name)} [{name}]"
        text = sentence[token.start : token.end]
        items.append(Evidence(token.start, token.end, text, round(weight, 4), reason))
    return tuple(items), round(other, 4)


def _direction(label_index: int) -> np.ndarray:
    """Logit contrast of one label against the mean of the other two."""
    direction = np.full(len(LABELS), -0.5, dtype=np.float32)
    direction[label_index] = 1.0
    return direction


def _predict(
    sentence: str, start: int, end: int, reading: _SentenceReading | None = None
) -> TargetSentiment:
    model = _model()
    reading = reading if reading is not None else _read_sentence(sentence)
    tokens, features = _tokens_and_features(sentence, start, end, reading)
    columns = np.fromiter(
        (feature_index(f.name, model.n_bits) for f in features), dtype=np.int64, count=len(features)
    )
    values = np.fromiter((f.value for f in features), dtype=np.float32, count=len(features))
    rows = model.weights[columns]
    logits = values @ rows + model.bias
    exp = np.exp(logits - logits.max())
    probabilities = exp / exp.sum()
    label_index = int(probabilities.argmax())
    direction = _direction(label_index)
    margin = float(logits @ direction)
    evidence, other = _evidence(
        sentence, tokens, features, rows, direction, reading.reasons, margin
    )
    return TargetSentiment(
        label=LABELS[label_index],
        score=float(np.clip(probabilities[2] - probabilities[0], -1.0, 1.0)),
        probabilities={label: float(p) for label, p in zip(LABELS, probabilities, strict=True)},
        evidence=evidence,
        target=sentence[start:end],
        other_weight=other,
    )


# --------------------------------------------------------------------------- public API


def _check_input(sentence: object, start: object, end: object) -> None:
    """Raise :class:`TargetSpanError` with a clear message for unusable input."""
    if not isinstance(sentence, str):
        raise TargetSpanError(f"the sentence must be a str, not {type(sentence).__name__}")
    if not sentence.strip():
        raise TargetSpanError("the sentence is empty: there is no text to analyse")
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise TargetSpanError(f"{name} must be an int offset, not {type(value).__name__}")
    if not 0 <= start < end <= len(sentence):
        raise TargetSpanError(
            f"the target span [{start}, {end}) must satisfy 0 <= start < end <= {len(sentence)} "
            f"(the sentence has {len(sentence)} characters)"
        )
    if not sentence[start:end].strip():
        raise TargetSpanError(f"the target span [{start}, {end}) holds only whitespace")


def target_sentiment(sentence: str, start: int, end: int) -> TargetSentiment:
    """The sentiment that ``sentence`` expresses toward the mention ``sentence[start:end]``.

    Args:
        sentence: One sentence of a news article.
        start: Offset of the target mention's first character.
        end: Offset just after its last character (Python slice convention).

    Returns:
        A :class:`TargetSentiment` with the label, a score in [-1, 1] (P(positive) -
        P(negative)), the three probabilities and the evidence spans that decided.

    Raises:
        TargetSpanError: If ``sentence`` is not a non-empty str, or the offsets are not
            ints with ``0 <= start < end <= len(sentence)`` around non-blank text.
        TargetSentimentModelError: If the shipped weights cannot be read.

    Example:
        >>> sentence = "Supporters praised Smith's brave leadership."
        >>> result = target_sentiment(sentence, 19, 24)
        >>> result.target, result.label
        ('Smith', 'positive')
        >>> -1.0 <= result.score <= 1.0
        True
    """
    _check_input(sentence, start, end)
    return _predict(sentence, int(start), int(end))


def target_sentiments(items: Iterable[tuple[str, int, int]]) -> list[TargetSentiment]:
    """Score many ``(sentence, start, end)`` targets, in order.

    Every item is checked like a single call; the first bad one raises
    :class:`TargetSpanError` naming its position in ``items``.

    Example:
        >>> s = "Voters cheered Lee, while Park was booed."
        >>> [r.target for r in target_sentiments([(s, 15, 18), (s, 26, 30)])]
        ['Lee', 'Park']
    """
    results = []
    readings: dict[str, _SentenceReading] = {}  # a sentence naming several targets is read once
    for position, (sentence, start, end) in enumerate(items):
        try:
            _check_input(sentence, start, end)
            if sentence not in readings:
                readings[sentence] = _read_sentence(sentence)
            results.append(_predict(sentence, int(start), int(end), readings[sentence]))
        except TargetSpanError as error:
            raise TargetSpanError(f"item {position}: {error}") from error
    return results
