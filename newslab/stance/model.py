"""Target-dependent sentiment: how a news sentence speaks about one of the people it mentions.

A sentence can be friendly to one person and hostile to another ("Supporters cheered
Lee as Park conceded defeat"), so a single sentence-level score is not enough. This
module scores the sentence *toward a target mention* given by character offsets, with
a linear model (three one-vs-rest logistic regressions, their log-odds put through a
softmax) over target-relative features (words by side and
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain
from pathlib import Path
from typing import NamedTuple

import numpy as np

from newslab.errors import NewslabError
from newslab.resources import data_path
from newslab.stance.features import (  # noqa: F401 - Token, Feature, tokenize, ...: this module's API
    CUES_PATH,
    REASONS_PATH,
    Feature,
    Features,
    SentenceReading,
    TargetSpanError,
    Token,
    extract_features,
    feature_index,
    hashed_target_features,
    is_reason,
    read_sentence,
    reason_words,
    target_features,
    tokenize,
)

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
"""The three labels, in the order of the model's output columns."""

MODEL_PATH = data_path("target_sentiment_model.npz")

_MAX_EVIDENCE = 5
_MAX_CACHED_COLUMNS = 200_000


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


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Model:
    """Hashed logistic-regression weights: ``logits = bias + sum(value * weights[column])``."""

    weights: np.ndarray  # (2 ** n_bits, 3) float32
    bias: np.ndarray  # (3,) float32
    n_bits: int
    known: dict[str, int] = field(default_factory=dict, compare=False)  # feature name -> column

    def columns(self, names: Sequence[str]) -> np.ndarray:
        """The hashed column of each feature name; names seen before are looked up, not hashed.

        Example:
            >>> model = _model()
            >>> int(model.columns(["bias"])[0]) == feature_index("bias", model.n_bits)
            True
        """
        known = self.known
        if len(known) > _MAX_CACHED_COLUMNS:  # a long corpus run: start again
            known.clear()
        try:
            return np.fromiter(map(known.__getitem__, names), dtype=np.int64, count=len(names))
        except KeyError:  # some names are new: hash them all once, then look up again
            for name in set(names).difference(known):
                known[name] = feature_index(name, self.n_bits)
            return np.fromiter(map(known.__getitem__, names), dtype=np.int64, count=len(names))


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


@functools.lru_cache(maxsize=4096)
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
    targets: Sequence[_Target],
    starts: Sequence[int],
    values: np.ndarray,
    contributions: np.ndarray,
    margins: Sequence[float],
) -> list[tuple[tuple[Evidence, ...], float]]:
    """Each target's evidence: its reason words that moved the decision most, strongest first;
    and the part of its margin that no reason word carries (its ``other_weight``).

    The arrays hold every target's features one after another (target ``n``'s from
    ``starts[n]``): ``values`` their values and ``contributions`` their weight rows along the
    target's label direction (see :func:`_direction`). A feature's part is its value times
    its contribution: how far it moved the logit of the returned label above (> 0) or below
    (< 0) the average of the alternatives. A feature fired by one token is that token's part;
    a lexicon sum is split among its tokens by their shares (:attr:`Features.spread`); word
    pairs already count for their reason word (see :func:`read_sentence`). Only reason words
    (:func:`is_reason`) are evidence; the target's own tokens never are.

    A token's weight is the running sum of its parts in feature order; tokens are ranked by
    the size of their weight (ties in the order they first fire), at most
    :data:`_MAX_EVIDENCE` and none below 0.001. A token's reason is the feature that moved it
    most (the first of equals). ``margins`` holds each target's whole contrast of the label's
    logit; its other weight is that margin less the weights of all its reason words.
    """
    found: list[list[Evidence]] = [[] for _ in targets]
    owners = np.repeat(np.arange(len(targets)), [len(t.features.names) for t in targets])
    anchors = np.fromiter(
        chain.from_iterable(t.features.tokens for t in targets), dtype=np.int64, count=len(values)
    )
    token_ends = list(accumulate(len(t.reading.tokens) for t in targets))
    token_base = np.array([0, *token_ends[:-1]], dtype=np.int64)
    reasons = np.fromiter(
        chain.from_iterable(t.reading.reasons for t in targets), dtype=bool, count=token_ends[-1]
    )
    # the (feature, token, share) entries: a token's own features, then the shares of the sums;
    # only reason words are evidence, so the others are dropped first (keeping the order)
    feature_of = np.flatnonzero(anchors >= 0)
    token_of = anchors[feature_of]
    shown = reasons[token_base[owners[feature_of]] + token_of]
    feature_of, token_of = feature_of[shown], token_of[shown]
    spread = [
        (starts[number] + at, token, share)
        for number, target in enumerate(targets)
        for at, token, share in target.features.spread
    ]
    if spread:
        shared = np.array(spread, dtype=np.float64)  # positions and tokens are exact in float64
        shared_feature = shared[:, 0].astype(np.int64)
        shared_token = shared[:, 1].astype(np.int64)
        shown = reasons[token_base[owners[shared_feature]] + shared_token]
        share = np.concatenate([np.ones(len(feature_of)), shared[shown, 2]])
        feature_of = np.concatenate([feature_of, shared_feature[shown]])
        token_of = np.concatenate([token_of, shared_token[shown]])
        order = np.argsort(feature_of, kind="stable")  # in feature order, shares in their order
        feature_of, token_of, share = feature_of[order], token_of[order], share[order]
        parts = values[feature_of] * contributions[feature_of] * share
    else:
        parts = values[feature_of] * contributions[feature_of]
    keys = token_base[owners[feature_of]] + token_of  # one key per (target, token)
    if not len(keys):
        return [((), round(margin, 4)) for margin in margins]
    sums = np.bincount(keys, weights=parts)
    # the entries grouped by key, each group in feature order
    by_key = np.argsort(keys, kind="stable")
    grouped, strength = keys[by_key], np.abs(parts)[by_key]
    groups = np.flatnonzero(np.diff(grouped, prepend=-1))
    sizes = np.diff(groups, append=len(grouped))
    tokens_fired, first_fired = grouped[groups], by_key[groups]
    # each key's strongest feature: the first whose strength is its group's greatest
    equal = np.flatnonzero(strength == np.repeat(np.maximum.reduceat(strength, groups), sizes))
    group = np.repeat(np.arange(len(groups)), sizes)[equal]
    leaders = feature_of[by_key[equal[np.diff(group, prepend=-1) != 0]]]
    # the keys in the order they first fire (target by target): the weights that the other
    # weight leaves out are summed in that order
    ranked = np.argsort(first_fired, kind="stable")
    owner = owners[feature_of[first_fired]]
    weights: list[list[float]] = [[] for _ in targets]
    for number, weight in zip(owner[ranked].tolist(), sums[tokens_fired[ranked]].tolist(), strict=True):
        weights[number].append(weight)
    other = [round(margin - sum(items), 4) for margin, items in zip(margins, weights, strict=True)]
    # per target, tokens by size of weight, ties in the order they first fire
    ranked = ranked[np.argsort(-np.abs(sums[tokens_fired[ranked]]), kind="stable")]
    ranked = ranked[np.argsort(owner[ranked], kind="stable")]
    tokens_fired, owner, leaders = tokens_fired[ranked], owner[ranked], leaders[ranked]
    rank = np.arange(len(owner)) - np.searchsorted(owner, owner)
    chosen = (rank < _MAX_EVIDENCE) & (np.abs(sums[tokens_fired]) >= 1e-3)
    tokens_fired, owner, leaders = tokens_fired[chosen], owner[chosen], leaders[chosen]
    strongest = leaders - np.array(starts, dtype=np.int64)[owner]
    for key, number, feature in zip(tokens_fired.tolist(), owner.tolist(), strongest.tolist(), strict=True):
        target = targets[number]
        weight = float(sums[key])
        token = target.reading.tokens[key - int(token_base[number])]
        name = target.features.names[feature]
        reason = f"{_describe(name)} [{name}]"
        text = target.sentence[token.start : token.end]
        found[number].append(Evidence(token.start, token.end, text, round(weight, 4), reason))
    return [(tuple(items), weight) for items, weight in zip(found, other, strict=True)]


@functools.lru_cache(maxsize=len(LABELS))
def _direction(label_index: int) -> np.ndarray:
    """Logit contrast of one label against the mean of the other two."""
    direction = np.full(len(LABELS), -0.5, dtype=np.float32)
    direction[label_index] = 1.0
    return direction


class _Target(NamedTuple):
    """A target mention to score, with its sentence already read and its features built."""

    sentence: str
    start: int
    end: int
    reading: SentenceReading
    features: Features
    hashes: list[int]  # the name_hash of each feature name: its column is their low bits


def _target(sentence: str, start: int, end: int, reading: SentenceReading | None = None) -> _Target:
    reading = read_sentence(sentence) if reading is None else reading
    return _Target(sentence, start, end, reading, *hashed_target_features(reading, start, end))


def _predict(targets: Sequence[_Target]) -> list[TargetSentiment]:
    """Score the targets. Their features go to numpy in one piece; each target's logits are
    then computed on its own stretch, exactly as for a target alone."""
    model = _model()
    lengths = [len(t.features.names) for t in targets]
    ends = list(accumulate(lengths))
    starts = [0, *ends[:-1]]
    values = np.fromiter(
        chain.from_iterable(t.features.values for t in targets), dtype=np.float64, count=ends[-1]
    )
    weights = values.astype(np.float32)
    hashes = np.fromiter(chain.from_iterable(t.hashes for t in targets), dtype=np.int64, count=ends[-1])
    rows = model.weights[hashes & ((1 << model.n_bits) - 1)]  # the columns: see feature_index
    logits = np.empty((len(targets), len(LABELS)), dtype=np.float32)
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        logits[number] = weights[start:end] @ rows[start:end] + model.bias
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = exp / exp.sum(axis=1, keepdims=True)
    label_indices = probabilities.argmax(axis=1).tolist()
    contributions = np.concatenate(
        [
            rows[start:end] @ _direction(label)
            for start, end, label in zip(starts, ends, label_indices, strict=True)
        ]
    )
    margins = [float(logits[number] @ _direction(label)) for number, label in enumerate(label_indices)]
    evidence = _evidence(targets, starts, values, contributions.astype(np.float64), margins)
    scores = np.clip(probabilities[:, 2] - probabilities[:, 0], -1.0, 1.0).tolist()
    return [
        TargetSentiment(
            label=LABELS[label],
            score=score,
            probabilities=dict(zip(LABELS, row, strict=True)),
            evidence=items,
            target=target.sentence[target.start : target.end],
            other_weight=other,
        )
        for target, label, score, row, (items, other) in zip(
            targets, label_indices, scores, probabilities.tolist(), evidence, strict=True
        )
    ]


# --------------------------------------------------------------------------- public API


def _check_input(sentence: object, start: object, end: object) -> None:
    """Raise :class:`TargetSpanError` with a clear message for unusable input."""
    if type(sentence) is str and type(start) is int and type(end) is int:  # the usual case, quickly
        if 0 <= start < end <= len(sentence) and not sentence[start:end].isspace():
            return  # (a span with a non-space character: the sentence is not blank either)
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
    return _predict([_target(sentence, int(start), int(end))])[0]


def target_sentiments(items: Iterable[tuple[str, int, int]]) -> list[TargetSentiment]:
    """Score many ``(sentence, start, end)`` targets, in order.

    Every item is checked like a single call; the first bad one raises
    :class:`TargetSpanError` naming its position in ``items``.

    Example:
        >>> s = "Voters cheered Lee, while Park was booed."
        >>> [r.target for r in target_sentiments([(s, 15, 18), (s, 26, 30)])]
        ['Lee', 'Park']
    """
    targets = []
    readings: dict[str, SentenceReading] = {}  # a sentence naming several targets is read once
    for position, (sentence, start, end) in enumerate(items):
        try:
            _check_input(sentence, start, end)
            if sentence not in readings:
                readings[sentence] = read_sentence(sentence)
            targets.append(_target(sentence, int(start), int(end), readings[sentence]))
        except TargetSpanError as error:
            raise TargetSpanError(f"item {position}: {error}") from error
    return _predict(targets) if targets else []
