"""The layer contract: what every analysis layer declares, and nothing else.

A layer is a pure function from an article (and the results of the layers it requires) to
annotations, plus how those annotations become the layer's part of the JSON document, its
pandas tables and its lines of the text summary. Each analyzer package declares its layers
with :class:`Layer`; :mod:`newslab.pipeline.registry` is the only module that imports them,
and it orders them from ``requires``.

This module is a leaf: it imports nothing from newslab.

Example:
    >>> layer = Layer(
    ...     name="shout",
    ...     requires=(),
    ...     run=lambda article, earlier, settings: article.upper(),
    ...     to_json=lambda result: {"items": [result]},
    ...     to_tables=lambda result: {},
    ...     summarize=lambda result: [f"shout:      {result}"],
    ... )
    >>> layer.summarize(layer.run("hi", {}, None))
    ['shout:      HI']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import pandas as pd

Item = TypeVar("Item")

Runner = Callable[[Any, Mapping[str, Any], Any], Any]
"""``run(article, earlier, settings)``: ``earlier`` maps each required layer's name to its
result; ``settings`` holds the data files (catalog, word lists) the user chose."""


@dataclass(frozen=True)
class Layer:
    """One analysis layer.

    Attributes:
        name: the layer's key in the JSON document and in ``analysis.layers``.
        requires: the names of the layers whose results ``run`` reads.
        run: ``run(article, earlier, settings)`` -> the layer's result.
        to_json: the result as the layer's part of the document: ``{"items": [...], ...}``.
        to_tables: the result as named pandas DataFrames.
        summarize: the result as lines of ``newslab analyze --format text``.
    """

    name: str
    requires: tuple[str, ...]
    run: Runner
    to_json: Callable[[Any], dict[str, Any]]
    to_tables: Callable[[Any], dict[str, Any]]
    summarize: Callable[[Any], list[str]]


def table(items: Iterable[Item], columns: Mapping[str, Callable[[Item], Any]]) -> pd.DataFrame:
    """A pandas DataFrame with a row an item and the ``columns`` in their order.

    Example:
        >>> table(["ab", "c"], {"text": str, "length": len}).values.tolist()
        [['ab', 2], ['c', 1]]
        >>> list(table([], {"text": str, "length": len}).columns)
        ['text', 'length']
    """
    import pandas as pd

    rows = [[read(item) for read in columns.values()] for item in items]
    return pd.DataFrame(rows, columns=list(columns))
