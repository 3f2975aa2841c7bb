"""Many articles at once: one table row per article, on local processes or a Dask cluster.

May import the pipeline and the leaf modules.

Example:
    >>> from newslab.corpus import analyze_many
    >>> analyze_many(["Kim in Beijing\\n\\nKim arrived on Monday."], workers=1)["sentences"].tolist()
    [1]
"""

from newslab.corpus.run import (
    COLUMNS,
    COMPANION_TABLES,
    analyze_corpus,
    analyze_item,
    analyze_many,
    collect_paths,
    write_corpus,
)

__all__ = [
    "COLUMNS",
    "COMPANION_TABLES",
    "analyze_corpus",
    "analyze_item",
    "analyze_many",
    "collect_paths",
    "write_corpus",
]
