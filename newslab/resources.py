"""Read newslab's data files (lexicons, catalogs, stop lists) or a user's own copy of one.

:class:`DataFiles` says which of them an analysis reads: the shipped files, or a teacher's
own catalog and word lists in their place; :func:`newslab.analyze` passes it to every layer.

Data files are plain text with a comment header: lines that start with ``#`` are comments and
blank lines are skipped, so a teacher can read and edit them.

Example:
    >>> "the" in read_lines(data_path("english_function_words.txt"))
    True
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newslab.errors import UnreadableInputError


def data_path(name: str) -> Path:
    """The path of a file shipped in ``newslab/data/``.

    Example:
        >>> data_path("boilerplate.txt").name
        'boilerplate.txt'
    """
    return Path(__file__).parent / "data" / name


def read_lines(path: str | Path) -> tuple[str, ...]:
    """The meaningful lines of a data file: stripped, without comments or blank lines.

    Raises:
        UnreadableInputError: the file is missing or not UTF-8 text.

    Example:
        >>> read_lines(data_path("english_function_words.txt"))[:3]
        ('a', 'about', 'after')
    """
    return _read_lines_cached(str(Path(path).resolve()))


@lru_cache(maxsize=64)
def _read_lines_cached(path: str) -> tuple[str, ...]:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableInputError(f"cannot read the data file {path}: {error}") from None
    stripped = (line.strip() for line in raw.splitlines())
    return tuple(line for line in stripped if line and not line.startswith("#"))


WORD_LISTS: tuple[str, ...] = (
    "actor_cues.txt",
    "actor_stoplist.txt",
    "attribution_words.txt",
    "boilerplate.txt",
    "framing_verbs.txt",
    "hedges.txt",
    "misread_words.txt",
    "reporting_verbs.txt",
    "weasel_words.txt",
)
"""The word lists a teacher may replace: copy one from ``newslab/data/``, edit it, and put it
in a folder of your own under the same name (see :class:`DataFiles`)."""

CATALOG = "actors.csv"
"""The actor catalog's file name, in ``newslab/data/`` or in a folder of word lists."""


@dataclass(frozen=True)
class DataFiles:
    """Which data files an analysis reads: the shipped ones, or your own in their place.

    Attributes:
        catalog: your actor catalog (the path of a CSV in the format of
            ``newslab/data/actors.csv``, or a :class:`~newslab.actors.catalog.Catalog`);
            ``None`` uses ``actors.csv`` from ``word_lists`` if it is there, else the shipped one.
        word_lists: a folder holding any of :data:`WORD_LISTS` under their shipped names;
            each one there replaces the shipped one, the others stay as shipped.

    Example:
        >>> files = DataFiles()
        >>> files.path("hedges.txt") is None    # None: the shipped file
        True
        >>> DataFiles(word_lists="no/such/folder")
        Traceback (most recent call last):
        ...
        newslab.errors.UnreadableInputError: the word-list folder no/such/folder does not exist
    """

    catalog: Any = None
    word_lists: str | os.PathLike[str] | None = None

    def __post_init__(self) -> None:
        if self.word_lists is None:
            return
        folder = Path(self.word_lists)
        if not folder.is_dir():
            raise UnreadableInputError(f"the word-list folder {self.word_lists} does not exist")
        known = [*WORD_LISTS, CATALOG]
        for file in sorted(folder.iterdir()):
            near = difflib.get_close_matches(file.name, known, n=1, cutoff=0.8)
            if near and file.name not in known:
                raise UnreadableInputError(
                    f"{file} is not a file newslab reads; did you mean {near[0]}? "
                    f"A word list must keep the name of the one it replaces ({', '.join(known)})"
                )

    def path(self, name: str) -> Path | None:
        """Your file for the data file ``name``, or ``None`` when the shipped one is used."""
        if name not in WORD_LISTS and name != CATALOG:
            raise ValueError(f"{name!r} is not one of the replaceable data files")
        if self.word_lists is not None:
            mine = Path(self.word_lists) / name
            if mine.is_file():
                return mine
        return None

    def actor_catalog(self) -> Any:
        """The catalog to use: :attr:`catalog`, or ``actors.csv`` in :attr:`word_lists`, or None."""
        return self.catalog if self.catalog is not None else self.path(CATALOG)


SHIPPED = DataFiles()
"""The data files newslab ships, unchanged."""
