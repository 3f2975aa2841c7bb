"""Read newslab's data files (lexicons, catalogs, stop lists) or a user's own copy of one.

Data files are plain text with a comment header: lines that start with ``#`` are comments and
blank lines are skipped, so a teacher can read and edit them.

Example:
    >>> "the" in read_lines(data_path("english_function_words.txt"))
    True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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
