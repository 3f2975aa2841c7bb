"""Run every analysis layer on an article and bundle the results.

:func:`analyze` returns an :class:`Analysis`: ``.to_dict()`` is the JSON document described
by ``docs/schema/analysis.schema.json``, ``.tables()`` gives the same content as pandas
DataFrames, and ``.summary()`` a few readable lines.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> document = analysis.to_dict()
    >>> document["schema"], document["title"]["text"]
    ('2.0', "With Trump in waiting, Kim courts China's support")
    >>> analysis.tables()["sentences"].shape[0] == len(document["sentences"])
    True
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslab.pipeline.registry import LAYERS, plan
from newslab.resources import DataFiles
from newslab.text.article import Article, load, load_text, refuse_file_name

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_VERSION = "2.0"


@dataclass(frozen=True)
class Analysis:
    """An article together with the results of every analysis layer.

    Each layer's results are also attributes: ``analysis.actors``, ``analysis.quotes``, ...
    """

    article: Article
    layers: Mapping[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        layers = self.__dict__.get("layers", {})
        if name in layers:
            return layers[name]
        raise AttributeError(f"an Analysis has no attribute or layer {name!r}")

    def to_dict(self) -> dict[str, Any]:
        """The analysis as a JSON-ready dict (see ``docs/schema/analysis.schema.json``)."""
        from newslab.version import __version__

        article = self.article
        document: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "newslab_version": __version__,
            "source": article.source,
            "encoding": article.encoding,
            "warnings": list(article.warnings),
            "text": article.text,
            "title": article.title.to_dict() if article.title else None,
            "removed": [r.to_dict() for r in article.removed],
            "paragraphs": [{"id": i, **p.to_dict()} for i, p in enumerate(article.paragraphs)],
            "sentences": [s.to_dict() for s in article.sentences],
        }
        for layer in LAYERS:
            if layer.name in self.layers:
                document[layer.name] = layer.to_json(self.layers[layer.name])
        return document

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON document as a string (non-ASCII characters kept as they are)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def tables(self, layers: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
        """The document's content as pandas DataFrames, one per kind of annotation.

        ``layers`` keeps only the tables of the named layers (a corpus run wants two of them,
        and building every table costs more than a sixth of an analysis); by default every
        table comes, with ``paragraphs``, ``sentences`` and ``removed`` first.

        Example:
            >>> import newslab
            >>> analysis = newslab.analyze(newslab.load())
            >>> {"paragraphs", "removed", "sentences", "actors", "quotes", "claims"} <= set(analysis.tables())
            True
            >>> sorted(analysis.tables(layers=["quotes"]))
            ['quotes']
        """
        import pandas as pd

        wanted = None if layers is None else set(layers)
        tables: dict[str, pd.DataFrame] = {}
        if wanted is None:
            document = self.to_dict()
            tables = {
                "paragraphs": pd.DataFrame(
                    document["paragraphs"], columns=["id", "start", "end", "text", "kind"]
                ),
                "sentences": pd.DataFrame(
                    document["sentences"], columns=["id", "start", "end", "text", "paragraph"]
                ),
                "removed": pd.DataFrame(document["removed"], columns=["start", "end", "text", "reason"]),
            }
        for layer in LAYERS:
            if layer.name in self.layers and (wanted is None or layer.name in wanted):
                tables.update(layer.to_tables(self.layers[layer.name]))
        return tables

    def summary(self) -> str:
        """A short readable summary, as ``newslab analyze --format text`` prints it."""
        article = self.article
        lines = [
            f"title:      {article.title.text if article.title else '(none found)'}",
            f"source:     {article.source or '(text)'}",
            f"characters: {len(article.text)}",
            f"paragraphs: {len(article.body_paragraphs)} in the story, "
            f"{len(article.paragraphs)} in all",
            f"sentences:  {len(article.sentences)}",
        ]
        for removed in article.removed:
            lines.append(f"set aside:  [{removed.start}, {removed.end}) {removed.reason}")
        for warning in article.warnings:
            lines.append(f"warning:    {warning}")
        for layer in LAYERS:
            if layer.name in self.layers:
                lines.extend(layer.summarize(self.layers[layer.name]))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Analysis({self.article!r}, layers={list(self.layers)})"


def analyze(
    source: Article | str | os.PathLike[str],
    *,
    layers: Iterable[str] | None = None,
    catalog: Any = None,
    word_lists: str | os.PathLike[str] | None = None,
) -> Analysis:
    """Analyse an article: an :class:`Article`, a string of article text, or a file's path.

    Args:
        source: an :class:`Article` (from :func:`newslab.load` or :func:`newslab.load_text`),
            a ``pathlib.Path`` of a file to read, or the article's text itself. A string that
            names a file is refused with a message saying what to call, so a file name is never
            analysed as if it were the article.
        layers: the layers to run (default: all); those they require run too.
        catalog: your actor catalog: the path of a CSV in the format of
            ``newslab/data/actors.csv``, or a :class:`~newslab.actors.catalog.Catalog`.
        word_lists: a folder holding your own copies of any of the word lists in
            ``newslab/data/`` (hedges.txt, reporting_verbs.txt, ...), under the same names;
            each replaces the shipped one.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze("Kim in Beijing\\n\\nKim arrived on Monday.")
        >>> [s.text for s in analysis.article.sentences]
        ['Kim arrived on Monday.']
        >>> list(newslab.analyze("Kim arrived.", layers=["quotes"]).layers)
        ['actors', 'clauses', 'quotes']
    """
    files = DataFiles(catalog=catalog, word_lists=word_lists)
    article = _article(source, files)
    results: dict[str, Any] = {}
    for layer in plan(layers):
        results[layer.name] = layer.run(article, results, files)
    return Analysis(article, results)


def _article(source: Article | str | os.PathLike[str], files: DataFiles) -> Article:
    boilerplate = files.path("boilerplate.txt")
    if isinstance(source, Article):
        return source
    if isinstance(source, (Path, os.PathLike)):
        return load(source, boilerplate=boilerplate)
    if isinstance(source, str):
        refuse_file_name(source)
        return load_text(source, boilerplate=boilerplate)
    raise TypeError(
        f"analyze() takes an Article, a string of text or a path, not {type(source).__name__}"
    )
