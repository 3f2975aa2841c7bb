"""How far two raters agree when each sorts the same items into labels: Cohen's kappa.

Two raters (two students, a student and a program, two programs) label the same sentences
*negative*, *neutral* or *positive*. The share of sentences where they give the same label is
the **observed agreement**. Some of it is luck: two raters who both say "neutral" most of the
time agree often even when they label at random. The **expected agreement** is the share they
would agree on by chance, from how often each of them uses each label. **Cohen's kappa** says
how much of the possible agreement beyond chance they reached::

    kappa = (observed - expected) / (1 - expected)

1 is perfect agreement, 0 is no better than chance, below 0 worse than chance. When both
raters give every item one and the same label, chance alone explains everything
(``expected`` is 1) and kappa is not defined: :func:`agreement` returns ``nan`` then.

Source: J. Cohen (1960), "A coefficient of agreement for nominal scales", *Educational and
Psychological Measurement* 20(1). Words for the size of kappa: J. R. Landis and G. G. Koch
(1977), "The measurement of observer agreement for categorical data", *Biometrics* 33(1).

Example:
    >>> you = ["positive", "neutral", "neutral", "negative"]
    >>> vader = ["positive", "positive", "neutral", "negative"]
    >>> result = agreement(you, vader)
    >>> result.observed, result.expected, round(result.kappa, 3)
    (0.75, 0.3125, 0.636)
    >>> describe_kappa(result.kappa)
    'substantial agreement'
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from newslab.errors import NewslabError


class AgreementInputError(NewslabError, ValueError):
    """The two lists of labels cannot be compared (different lengths, or nothing to compare)."""


@dataclass(frozen=True)
class Agreement:
    """How far two raters agree on the same items.

    Attributes:
        labels: the labels, in the order of the table's rows and columns.
        items: how many items both raters labelled.
        matches: on how many items they gave the same label.
        observed: ``matches / items``, the share of items with the same label.
        expected: the share they would agree on by chance: for each label, the share of items
            the first rater gave it times the share the second gave it, added up.
        kappa: Cohen's kappa, ``(observed - expected) / (1 - expected)``; ``nan`` when
            ``expected`` is 1.
        table: counts of items, ``table[i][j]`` labelled ``labels[i]`` by the first rater and
            ``labels[j]`` by the second (the diagonal holds the matches).
    """

    labels: tuple[Hashable, ...]
    items: int
    matches: int
    observed: float
    expected: float
    kappa: float
    table: tuple[tuple[int, ...], ...]


def agreement(
    first: Sequence[Hashable], second: Sequence[Hashable], *, labels: Sequence[Hashable] | None = None
) -> Agreement:
    """Compare two raters' labels of the same items, item by item.

    Args:
        first: the first rater's labels, one an item.
        second: the second rater's labels, for the same items in the same order.
        labels: every label a rater could give, in the order wanted for ``table``; by default
            the labels that occur, in order of first appearance (first rater, then second).

    Raises:
        AgreementInputError: the lists differ in length, are empty, or hold a label missing
            from ``labels``.

    Example:
        >>> result = agreement("aabb", "abbb")
        >>> result.matches, result.table
        (3, ((1, 1), (0, 2)))
    """
    first, second = list(first), list(second)
    if len(first) != len(second):
        raise AgreementInputError(
            f"the two raters labelled different numbers of items ({len(first)} and {len(second)})"
        )
    if not first:
        raise AgreementInputError("there are no labelled items to compare")
    known = tuple(dict.fromkeys(first + second)) if labels is None else tuple(labels)
    position = {label: index for index, label in enumerate(known)}
    unknown = [label for label in first + second if label not in position]
    if unknown:
        raise AgreementInputError(f"{unknown[0]!r} is not one of the labels {list(known)}")
    counts = [[0] * len(known) for _ in known]
    for a, b in zip(first, second, strict=True):
        counts[position[a]][position[b]] += 1
    items = len(first)
    matches = sum(counts[i][i] for i in range(len(known)))
    observed = matches / items
    first_shares = [sum(row) / items for row in counts]
    second_shares = [sum(row[j] for row in counts) / items for j in range(len(known))]
    expected = sum(a * b for a, b in zip(first_shares, second_shares, strict=True))
    if math.isclose(expected, 1.0):
        kappa = math.nan
    else:
        kappa = (observed - expected) / (1 - expected)
    return Agreement(known, items, matches, observed, expected, kappa, tuple(tuple(r) for r in counts))


def cohen_kappa(
    first: Sequence[Hashable], second: Sequence[Hashable], *, labels: Sequence[Hashable] | None = None
) -> float:
    """Cohen's kappa of two raters' labels (see :func:`agreement`).

    Example:
        >>> cohen_kappa(["yes", "yes", "no", "no"], ["yes", "no", "no", "no"])
        0.5
    """
    return agreement(first, second, labels=labels).kappa


KAPPA_WORDS: tuple[tuple[float, str], ...] = (
    (0.0, "less than chance agreement"),
    (0.2, "slight agreement"),
    (0.4, "fair agreement"),
    (0.6, "moderate agreement"),
    (0.8, "substantial agreement"),
    (1.0, "almost perfect agreement"),
)
"""Landis and Koch's (1977) words for kappa: below 0 the first; else the first whose number
the kappa does not exceed."""


def describe_kappa(kappa: float) -> str:
    """Landis and Koch's words for the size of a kappa (:data:`KAPPA_WORDS`).

    Example:
        >>> describe_kappa(0.35), describe_kappa(-0.1)
        ('fair agreement', 'less than chance agreement')
        >>> describe_kappa(float("nan"))
        'not defined: both gave every item one and the same label'
    """
    if math.isnan(kappa):
        return "not defined: both gave every item one and the same label"
    if kappa < 0:
        return KAPPA_WORDS[0][1]
    return next((words for upper, words in KAPPA_WORDS[1:] if kappa <= upper), KAPPA_WORDS[-1][1])
