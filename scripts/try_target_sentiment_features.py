"""Try extra feature groups for the target-sentiment model on train cross-validation only.

Each candidate group adds named features (hashed like the model's own) to the features the
package computes (``newslab.stance.features.hashed_target_features``); the model is refitted
exactly as ``scripts/train_target_sentiment.py`` fits it (one-vs-rest, ``nb = 3``) and scored
by macro-F1 of out-of-fold predictions, folds grouped by article. Because one 5-fold split
moves macro-F1 by about +-0.4 on its own, every setting is scored on several splits: the
training script's split (``GroupKFold`` on the article ids) and splits with the articles
shuffled (seeds 1, 2, ...). Only ``train.jsonl`` is read; nothing here is shipped.

These groups were tried for issue 14 and not shipped (the figures are in
``docs/model-card-target-sentiment.md``):

* ``poss``: the two words after a possessive target ("Smith's failed plan") and the word
  before a preposition in front of it ("critics of Smith");
* ``negated``: words up to three tokens after a negator, as such and by side;
* ``quote``: lexicon sums by where a word stands against the target's quotation (same
  stretch, inside another quote, outside), and whether the target looks like the speaker;
* ``decay``: every word with the value ``1 / sqrt(distance to the target)``;
* ``clause_side``: the words of the target's clause by side;
* ``mention_shape``: the mention's shape (pronoun, name, lower-case phrase, length, article
  before it);
* ``framing``: the one-word framing verbs (``framing_verbs.txt``) by side, clause and
  nearness, with negation;
* ``mention_lexicon``: lexicon sums and reason words inside the mention itself.

Usage:
    python scripts/try_target_sentiment_features.py DATA_DIR [--groups G,G | --all] [--splits N] [--C C]

Example:
    python scripts/try_target_sentiment_features.py PATH/TO/newsmtsc --groups poss --splits 3
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_target_sentiment import N_FOLDS, Example, fit, load_examples  # noqa: E402

from newslab.stance import features as tf  # noqa: E402
from newslab.stance.framing import load_framing  # noqa: E402

Named = list[tuple[str, float]]
_NEGATION_SCOPE = 3


def _is_word(token: tf.Token) -> bool:
    return token.norm.isalpha()


def _side(index: int, first: int) -> str:
    return "L" if index < first else "R"


def _distance(index: int, first: int, last: int) -> int:
    return first - index if index < first else index - last + 1


def possessive_frame(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """The two words after a possessive target and "<word>_<preposition>" before the target.

    Example:
        >>> reading = tf.read_sentence("Critics of Smith mocked Lee's failed plan.")
        >>> possessive_frame(reading, 4, 5)
        [('poss:failed', 1.0), ('poss:plan', 1.0)]
        >>> possessive_frame(reading, 2, 3)
        [('prep:critics_of', 1.0)]
    """
    tokens, found = reading.tokens, []
    if last < len(tokens) and tokens[last].norm == "'s":
        after = [j for j in range(last + 1, min(len(tokens), last + 4)) if _is_word(tokens[j])]
        found += [("poss:" + tokens[j].norm, 1.0) for j in after if not reading.words[j][5]][:2]
    if first >= 2 and tokens[first - 1].norm in ("of", "for", "to", "against", "with", "by"):
        found.append((f"prep:{tokens[first - 2].norm}_{tokens[first - 1].norm}", 1.0))
    return found


def negated_words(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """Words up to three tokens after a negator, as such and by side of the target.

    Example:
        >>> negated_words(tf.read_sentence("Lee did not praise Kim."), 0, 1)
        [('neg:praise', 1.0), ('negR:praise', 1.0), ('neg:kim', 1.0), ('negR:kim', 1.0)]
    """
    negators, found, negator = tf.cues()["negators"], [], -_NEGATION_SCOPE - 1
    for index, token in enumerate(reading.tokens):
        if token.norm in negators:
            negator = index
        elif index - negator <= _NEGATION_SCOPE and not first <= index < last and _is_word(token):
            found += [("neg:" + token.norm, 1.0), (f"neg{_side(index, first)}:{token.norm}", 1.0)]
    return found


def _quote_stretches(reading: tf.SentenceReading) -> list[int]:
    """Each token's quotation number (0: outside quotes), quote marks counted in pairs."""
    stretch, inside, number, marks = [], False, 0, set(reading.quote_marks)
    for index in range(len(reading.tokens)):
        if index in marks:
            number, inside = (number + 1, True) if not inside else (number, False)
            stretch.append(0)
        else:
            stretch.append(number if inside else 0)
    return stretch


def quote_context(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """Lexicon sums by where each word stands against the target's quotation, and whether the
    target, outside quotes and next to a verb of saying, looks like the speaker.

    Example:
        >>> reading = tf.read_sentence('"It was a terrible failure," Lee said of Kim.')
        >>> [(name, round(value, 2)) for name, value in quote_context(reading, 8, 9)]
        [('q:speaker', 1.0), ('lexq:speaker_quote:neg', 1.05)]
    """
    if not reading.quote_marks:
        return []
    tokens, stretch = reading.tokens, _quote_stretches(reading)
    own = stretch[first]
    nearby = range(max(0, first - 3), min(len(tokens), last + 3))
    speaker = own == 0 and any(tokens[i].norm in tf.cues()["speech_verbs"] for i in nearby)
    found: Named = [("q:speaker", 1.0)] if speaker else []
    sums: dict[str, float] = {}
    for index, value in reading.hits:
        if first <= index < last:
            continue
        where = "same" if stretch[index] == own else ("in_quote" if stretch[index] else "outside")
        if speaker and stretch[index]:
            where = "speaker_quote"
        key = f"lexq:{where}:{'pos' if value > 0 else 'neg'}"
        sums[key] = sums.get(key, 0.0) + abs(value)
    return found + [(key, tf.damp(total)) for key, total in sums.items()]


def distance_decay(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """Every word with the value ``1 / sqrt(distance)``.

    Example:
        >>> distance_decay(tf.read_sentence("Fans of Kim love him."), 2, 3)
        [('d:fans', 0.7071067811865475), ('d:of', 1.0), ('d:love', 1.0), ('d:him', 0.7071067811865475)]
    """
    return [
        ("d:" + token.norm, 1.0 / math.sqrt(_distance(index, first, last)))
        for index, token in enumerate(reading.tokens)
        if not first <= index < last and _is_word(token)
    ]


def clause_side(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """The words of the target's clause, by side.

    Example:
        >>> clause_side(tf.read_sentence("Fans love Kim, but critics do not."), 2, 3)
        [('cL:fans', 1.0), ('cL:love', 1.0)]
    """
    own = reading.clauses[first]
    return [
        (f"c{_side(index, first)}:{token.norm}", 1.0)
        for index, token in enumerate(reading.tokens)
        if not first <= index < last and reading.clauses[index] == own
    ]


def mention_shape(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """The mention's shape: pronoun, name, mixed or lower-case, its length, an article before.

    Example:
        >>> mention_shape(tf.read_sentence("Fans love the embattled Kim."), 3, 5)
        [('tms:mixed', 1.0), ('tms:mixed:2', 1.0), ('tms:det', 1.0)]
    """
    tokens = reading.tokens[first:last]
    capitals = sum(token.capitalised for token in tokens)
    if len(tokens) == 1 and tokens[0].norm in tf.cues()["pronouns"]:
        shape = "pronoun"
    else:
        shape = "name" if capitals == len(tokens) else ("mixed" if capitals else "lower")
    found = [("tms:" + shape, 1.0), (f"tms:{shape}:{min(len(tokens), 4)}", 1.0)]
    if first > 0 and reading.tokens[first - 1].norm in ("the", "a", "an"):
        found.append(("tms:det", 1.0))
    return found


def framing_verbs(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """One-word framing verbs by side, in the target's clause and within three words, with
    their section (cooperation, conflict, neutral), turned by a negation before them.

    Example:
        >>> framing_verbs(tf.read_sentence("Lee refused to praise Kim."), 4, 5)
        [('fv:L:not_cooperation', 1.0), ('fv:Lc:not_cooperation', 1.0), ('fv:L3:not_cooperation', 1.0)]
    """
    framing, negators, tokens, found = load_framing(), tf.cues()["negators"], reading.tokens, []
    for index, token in enumerate(tokens):
        entries = [e for e in framing.by_form.get(token.norm, ()) if not e.rest]
        if first <= index < last or not entries:
            continue
        polarity = entries[0].polarity
        before = (tokens[j].norm for j in range(max(0, index - 3), index))
        if any(norm in framing.negations or norm in negators for norm in before):
            polarity = "not_" + polarity
        side = _side(index, first)
        found.append((f"fv:{side}:{polarity}", 1.0))
        if reading.clauses[index] == reading.clauses[first]:
            found.append((f"fv:{side}c:{polarity}", 1.0))
        if _distance(index, first, last) <= 3:
            found.append((f"fv:{side}3:{polarity}", 1.0))
    return found


def mention_lexicon(reading: tf.SentenceReading, first: int, last: int) -> Named:
    """Lexicon sums and reason words inside the mention, and its length.

    Example:
        >>> reading = tf.read_sentence("Fans love the brilliant mayor.")
        >>> [(name, round(value, 2)) for name, value in mention_lexicon(reading, 2, 5)]
        [('tmr:brilliant', 1.0), ('tmlex:pos', 0.84), ('tmlen:3', 1.0)]
    """
    found, positive, negative = [], 0.0, 0.0
    for index in range(first, last):
        value = reading.valences[index]
        positive, negative = positive + max(value, 0.0), negative + max(-value, 0.0)
        token = reading.tokens[index]
        if token.norm in tf.reason_words() and not token.capitalised:
            found.append(("tmr:" + token.norm, 1.0))
    found += [("tmlex:pos", tf.damp(positive))] if positive else []
    found += [("tmlex:neg", tf.damp(negative))] if negative else []
    return [*found, (f"tmlen:{min(last - first, 5)}", 1.0)]


GROUPS: dict[str, Callable[[tf.SentenceReading, int, int], Named]] = {
    "poss": possessive_frame,
    "negated": negated_words,
    "quote": quote_context,
    "decay": distance_decay,
    "clause_side": clause_side,
    "mention_shape": mention_shape,
    "framing": framing_verbs,
    "mention_lexicon": mention_lexicon,
}


def hashed_rows(examples: list[Example], groups: list[str]) -> list[tuple[list[int], list[float]]]:
    """Each example's feature hashes and values: the package's features, then the groups'."""
    rows = []
    for example in examples:
        reading = tf.read_sentence(example.sentence)
        features, hashes = tf.hashed_target_features(reading, example.start, example.end)
        values = list(features.values)
        first, last = tf.target_token_range(reading.tokens, example.start, example.end)
        for group in groups:
            for name, value in GROUPS[group](reading, first, last):
                hashes.append(tf.name_hash(name))
                values.append(value)
        rows.append((hashes, values))
    return rows


def to_matrix(rows: list[tuple[list[int], list[float]]], n_bits: int = 20):
    """A sparse (rows x 2**n_bits) matrix of the hashed values (duplicates add up)."""
    from scipy import sparse

    mask = (1 << n_bits) - 1
    row_ids = [number for number, (hashes, _) in enumerate(rows) for _ in hashes]
    columns = [h & mask for hashes, _ in rows for h in hashes]
    values = [v for _, values in rows for v in values]
    return sparse.csr_matrix((values, (row_ids, columns)), shape=(len(rows), 1 << n_bits))


def split_ids(articles: np.ndarray, seed: int) -> np.ndarray:
    """The fold groups of one split: the article ids (seed 0, the training script's split) or
    a shuffled numbering of them."""
    if seed == 0:
        return articles
    names = np.unique(articles)
    order = dict(zip(names, np.random.default_rng(seed).permutation(len(names)), strict=True))
    return np.array([order[name] for name in articles])


def scores(matrix, labels: np.ndarray, groups: np.ndarray, multi: np.ndarray, c: float) -> tuple:
    """Macro-F1 (%) of out-of-fold predictions: all rows, single-target rows, multi-target."""
    from joblib import Parallel, delayed
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    def one_fold(train_rows, test_rows):
        return test_rows, fit(matrix[train_rows], labels[train_rows], c, nb=3.0).predict(matrix[test_rows])

    predicted = np.zeros(len(labels), dtype=int)
    folds = GroupKFold(n_splits=N_FOLDS).split(matrix, labels, groups)
    for test_rows, found in Parallel(n_jobs=2)(delayed(one_fold)(a, b) for a, b in folds):
        predicted[test_rows] = found
    return tuple(
        100.0 * f1_score(labels[rows], predicted[rows], average="macro")
        for rows in (slice(None), ~multi, multi)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder holding train.jsonl")
    parser.add_argument("--groups", default="", help=f"comma-separated, of: {', '.join(GROUPS)}")
    parser.add_argument("--all", action="store_true", help="all groups together")
    parser.add_argument("--splits", type=int, default=3, help="fold splits (seeds 0, 1, ...)")
    parser.add_argument("--C", type=float, default=0.01, help="regularisation, as shipped")
    args = parser.parse_args(argv)
    chosen = list(GROUPS) if args.all else [g for g in args.groups.split(",") if g]
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}")

    examples = load_examples(args.data_dir / "train.jsonl")
    labels = np.array([e.label for e in examples])
    articles = np.array([e.article for e in examples])
    per_sentence = Counter(e.sentence for e in examples)
    multi = np.array([per_sentence[e.sentence] > 1 for e in examples])
    for name, groups in (("shipped features", []), ("+ " + "+".join(chosen), chosen)):
        if name != "shipped features" and not chosen:
            continue
        matrix = to_matrix(hashed_rows(examples, groups))
        splits = [split_ids(articles, seed) for seed in range(args.splits)]
        found = np.array([scores(matrix, labels, split, multi, args.C) for split in splits])
        cells = " | ".join(f"split {s}: {a:.2f}/{b:.2f}/{m:.2f}" for s, (a, b, m) in enumerate(found))
        mean = found.mean(axis=0)
        print(f"{name} (all/single/multi): {cells} || mean {mean[0]:.2f}/{mean[1]:.2f}/{mean[2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
