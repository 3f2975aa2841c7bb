"""Precision, recall, F1 and fixed-width text tables for the evaluation scripts.

``evaluate_actors.py`` and ``evaluate_quotes_claims.py`` both import this module. Run as
``python scripts/NAME.py``, Python already has this folder on its import path; loaded by file
path (as the tests do), each script adds the folder itself before importing.

Example:
    >>> precision, recall, f1 = precision_recall_f1(correct=3, found=4, gold=6)
    >>> figure(precision), figure(recall), figure(f1, digits=3)
    ('0.75', '0.50', '0.600')
    >>> columns = [Column("set", 6, "<"), Column("R", 5), Column("P", 5, gap="  ")]
    >>> print(format_table(columns, [["all", figure(None), figure(precision)]]))
    set       R      P
    all     -     0.75
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def ratio(part: int, whole: int, empty: float | None = None) -> float | None:
    """``part / whole``, or ``empty`` when ``whole`` is 0 (nothing to measure).

    Example:
        >>> ratio(1, 4), ratio(0, 0), ratio(0, 0, empty=1.0)
        (0.25, None, 1.0)
    """
    return part / whole if whole else empty


def f1_score(precision: float | None, recall: float | None) -> float | None:
    """The harmonic mean of precision and recall: None when either is unknown, 0.0 when both are 0.

    Example:
        >>> f1_score(0.5, 1.0), f1_score(0.0, 0.0), f1_score(None, 1.0)
        (0.6666666666666666, 0.0, None)
    """
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def precision_recall_f1(
    correct: int, found: int, gold: int, empty: float | None = None
) -> tuple[float | None, float | None, float | None]:
    """Precision (``correct / found``), recall (``correct / gold``) and their F1.

    Args:
        correct: found items that match a gold item.
        found: items the program found.
        gold: items in the hand-made answer.
        empty: the precision or recall given when its denominator is 0 (None: unknown).

    Example:
        >>> precision_recall_f1(2, 2, 4)
        (1.0, 0.5, 0.6666666666666666)
        >>> precision_recall_f1(0, 0, 0), precision_recall_f1(0, 0, 0, empty=1.0)
        ((None, None, None), (1.0, 1.0, 1.0))
    """
    precision = ratio(correct, found, empty)
    recall = ratio(correct, gold, empty)
    return precision, recall, f1_score(precision, recall)


def figure(value: float | int | None, digits: int = 2) -> str:
    """A table cell for a count or a ratio; ``"  -  "`` for a figure that could not be measured.

    Example:
        >>> figure(12), figure(0.98765), figure(0.98765, digits=3), figure(None)
        ('12', '0.99', '0.988', '  -  ')
    """
    if value is None:
        return "  -  "
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


@dataclass(frozen=True)
class Column:
    """One column of a text table.

    Attributes:
        title: the header cell.
        width: the least number of characters a cell takes (longer cells are not cut).
        align: ``">"`` right-aligned, ``"<"`` left-aligned.
        gap: text written before each cell of the column.
    """

    title: str
    width: int
    align: str = ">"
    gap: str = ""


def format_table(columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> str:
    """A header line then one line a row, each cell padded to its column's width.

    Example:
        >>> print(format_table([Column("name", 5, "<"), Column("n", 3, gap=" ")], [["ab", "7"]]))
        name    n
        ab      7
    """
    lines = [[column.title for column in columns], *rows]
    return "\n".join(
        "".join(
            f"{column.gap}{cell:{column.align}{column.width}}"
            for column, cell in zip(columns, cells, strict=True)
        )
        for cells in lines
    )
