"""The analysis layers that :func:`newslab.analyze` runs, in order.

A layer is a pure function from an article (and the results of the layers before it) to
annotations, plus how to turn those annotations into JSON, tables and a short summary.
Views never compute: they read what the layers produced.

Example:
    >>> [layer.name for layer in LAYERS]
    ['actors', 'quotes', 'claims', 'tone', 'stance']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab import claims, quotes, tone

if TYPE_CHECKING:
    import pandas as pd

    from newslab.article import Article


@dataclass(frozen=True)
class Layer:
    """One analysis layer: its name (the key in the JSON document) and its functions."""

    name: str
    run: Callable[[Article, Mapping[str, Any]], Any]
    to_json: Callable[[Any], Any]
    to_tables: Callable[[Any], dict[str, pd.DataFrame]]
    summarize: Callable[[Any], list[str]]


# Each layer module builds its Layer from this module, so the layers are imported here, after
# Layer is defined. Order matters: a layer reads the results of the layers before it.
from newslab.actors import LAYER as _ACTORS  # noqa: E402
from newslab.stance import LAYER as _STANCE  # noqa: E402

LAYERS: tuple[Layer, ...] = (
    _ACTORS,
    Layer("quotes", quotes.run, quotes.to_json, quotes.to_tables, quotes.summarize),
    Layer("claims", claims.run, claims.to_json, claims.to_tables, claims.summarize),
    Layer("tone", tone.run, tone.to_json, tone.to_tables, tone.summarize),
    _STANCE,
)
