"""Write corpus tables as .jsonl, .csv or .parquet files, row by row, so a run can resume.

A .jsonl or .csv file gets each record as soon as it is ready (one ``write`` and a flush),
so an interrupted run leaves every finished record in place; at most the last one is cut
short, and :class:`CorpusWriter` drops it on ``resume``. Parquet cannot be appended to, so
a .parquet table is kept as ``<name>.parquet.partial.jsonl`` during the run and written in
one go at the end; the partial file is what a resumed run reads.

Example:
    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "rows.csv"
    >>> with CorpusWriter(out, ["path", "n", "error"]) as writer:
    ...     writer.add({"path": "a.txt", "n": 3, "error": None})
    >>> out.read_text()
    'path,n,error\\na.txt,3,\\n'
    >>> with CorpusWriter(out, ["path", "n", "error"], resume=True) as writer:
    ...     sorted(writer.done)
    ['a.txt']
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslab.errors import MissingExtraError, UnwritableOutputError

if TYPE_CHECKING:
    import pandas as pd

FORMATS = (".jsonl", ".csv", ".parquet")
"""The output formats, by file suffix."""

_PARTIAL = ".partial.jsonl"
_COUNT_COLUMNS = ("sentences", "actors", "quotes")


class CorpusWriter:
    """The files of one corpus run: the article table and its companion tables.

    Use it as a context manager; :meth:`add` one article at a time. Leaving the block
    normally finishes the files (writes .parquet files); leaving it with an exception keeps
    what was written for a resumed run.

    Args:
        out: the article table file; its suffix (one of :data:`FORMATS`) sets the format.
        columns: the article table's columns; the first is the article's ``path``.
        tables_dir: the folder for the companion tables (created if missing), or None.
        tables: the names of the companion tables.
        resume: keep the records already written and report them in :attr:`done`;
            otherwise start the files afresh.
    """

    def __init__(
        self,
        out: Path,
        columns: Sequence[str],
        *,
        tables_dir: str | os.PathLike[str] | None = None,
        tables: Sequence[str] = (),
        resume: bool = False,
    ) -> None:
        suffix = output_suffix(out)
        self.done: dict[str, bool] = {}
        """The articles already written: path -> whether its row records an error."""
        self._resume = resume
        self._articles = _TableFile(out, list(columns), is_article_table=True)
        folder = Path(tables_dir) if tables_dir is not None else None
        self._folder = folder
        self._tables = {
            name: _TableFile(folder / f"{name}{suffix}", None) for name in (tables if folder else ())
        }

    def __enter__(self) -> CorpusWriter:
        self._check_locations()
        if self._resume:
            records = self._articles.recover()
            self._articles.rewrite(records)
            self.done = {str(r["path"]): r.get("error") not in (None, "") for r in records}
            for table in self._tables.values():
                table.rewrite([r for r in table.recover() if str(r.get("path")) in self.done])
        else:
            for table in (self._articles, *self._tables.values()):
                table.reset()
        return self

    def add(
        self,
        row: Mapping[str, Any],
        tables: Mapping[str, tuple[Sequence[str], Iterable[Mapping[str, Any]]]] | None = None,
    ) -> None:
        """Write one article: its companion-table records first, then its row.

        The row comes last because a resumed run trusts the article table: an article whose
        row is missing is done again, and its partial table records are dropped.
        """
        for name, (columns, records) in (tables or {}).items():
            if name in self._tables:
                self._tables[name].append_all(columns, records)
        self._articles.append_all(None, [row])
        self.done[str(row["path"])] = row.get("error") is not None

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        for table in (self._articles, *self._tables.values()):
            table.close()
        if kind is None:
            for table in (self._articles, *self._tables.values()):
                table.finish()

    def _check_locations(self) -> None:
        out = self._articles.path
        if out.is_dir():
            raise UnwritableOutputError(f"cannot write {out}: it is a folder")
        if not out.parent.is_dir():
            raise UnwritableOutputError(f"cannot write {out}: the folder {out.parent} does not exist")
        if not os.access(out.parent, os.W_OK):
            raise UnwritableOutputError(f"cannot write {out}: the folder {out.parent} is not writable")
        if self._folder is not None:
            try:
                self._folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UnwritableOutputError(
                    f"cannot create the tables folder {self._folder}: {error.strerror or error}"
                ) from None
            if not os.access(self._folder, os.W_OK):
                raise UnwritableOutputError(f"cannot write to the tables folder {self._folder}")
        if out.suffix.lower() == ".parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise MissingExtraError(
                    "writing .parquet needs pyarrow: pip install 'newslab[scale]'"
                ) from None


def output_suffix(path: str | os.PathLike[str]) -> str:
    """The format of an output file, from its suffix.

    Raises:
        ValueError: the suffix is not one of :data:`FORMATS`.

    Example:
        >>> output_suffix("out/Articles.CSV")
        '.csv'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"the output must end in {', '.join(FORMATS)}, not {Path(path).name!r}")
    return suffix


def articles_frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """The article table as a DataFrame with fixed column types.

    Counts are nullable integers (empty on error rows), ``tone`` a float (NaN when missing),
    and text columns hold ``str`` or ``None``.

    Example:
        >>> rows = [{"path": "a", "sentences": 2}, {"path": "b", "sentences": None}]
        >>> articles_frame(rows, ["path", "sentences"])["sentences"].tolist()
        [2, <NA>]
    """
    import pandas as pd

    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    for column in frame.columns:
        if column in _COUNT_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column == "tone":
            frame[column] = frame[column].astype("float64")
        else:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def table_frame(columns: Sequence[str], records: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A companion table as a DataFrame: the given columns first, then any others seen.

    Example:
        >>> table_frame(["path", "name"], [{"path": "a", "name": "Kim"}]).shape
        (1, 2)
    """
    import pandas as pd

    names = list(columns)
    for record in records:
        names.extend(key for key in record if key not in names)
    return pd.DataFrame.from_records(list(records), columns=names)


def plain(value: Any) -> Any:
    """A table value as plain JSON-ready Python: numbers, strings, lists, dicts or None.

    Example:
        >>> import numpy as np
        >>> plain((np.int64(3), float("nan"), {"a": np.float32(0.5)}))
        [3, None, {'a': 0.5}]
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else float(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return plain(value.tolist())
    if _is_missing(value):
        return None
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    return str(value)


def _is_missing(value: Any) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


class _TableFile:
    """One output table: the file the reader gets and the file records are appended to.

    For .jsonl and .csv they are the same file; for .parquet records go to a
    ``.partial.jsonl`` journal that :meth:`finish` turns into the .parquet file.
    """

    def __init__(self, path: Path, columns: list[str] | None, *, is_article_table: bool = False) -> None:
        self.path = path
        self.columns = columns
        self._is_article_table = is_article_table
        self._parquet = path.suffix.lower() == ".parquet"
        self._journal = path.with_name(path.name + _PARTIAL) if self._parquet else path
        self._csv = path.suffix.lower() == ".csv"
        self._file: io.TextIOWrapper | None = None

    def reset(self) -> None:
        """Start afresh: remove what an earlier run left."""
        for path in {self.path, self._journal}:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                raise UnwritableOutputError(f"cannot replace {path}: {error.strerror or error}") from None
        if self._is_article_table:
            self._open()  # the article table exists from the start, even if no article is added

    def recover(self) -> list[dict[str, Any]]:
        """The complete records an earlier run wrote (a record cut short at the end is dropped)."""
        if self._journal.exists():
            return self._read_journal()
        if self._parquet and self.path.exists():
            import pandas as pd

            frame = pd.read_parquet(self.path)
            if self.columns is None:
                self.columns = [str(c) for c in frame.columns]
            return [{str(k): plain(v) for k, v in r.items()} for r in frame.to_dict("records")]
        return []

    def rewrite(self, records: Sequence[Mapping[str, Any]]) -> None:
        """Replace the journal with exactly these records (atomically)."""
        if not records and not self._journal.exists() and not self._is_article_table:
            return
        temporary = self._journal.with_name(self._journal.name + ".tmp")
        with _open_text(temporary, "w") as file:
            if self._csv and self.columns is not None:
                file.write(_csv_line(self.columns))
            for record in records:
                file.write(self._line(record))
        os.replace(temporary, self._journal)

    def append_all(self, columns: Sequence[str] | None, records: Iterable[Mapping[str, Any]]) -> None:
        """Append records, each in one write followed by a flush."""
        if self.columns is None and columns is not None:
            self.columns = list(columns)
        file = self._open()
        for record in records:
            file.write(self._line(record))
            file.flush()

    def close(self) -> None:
        """Close the journal file if it is open."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def finish(self) -> None:
        """Write the .parquet file from the journal and remove the journal."""
        if not self._parquet or not self._journal.exists():
            return
        records = self._read_journal()
        if self._is_article_table:
            frame = articles_frame(records, self.columns)
        else:
            frame = table_frame(self.columns or ["path"], records)
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            frame.to_parquet(temporary, index=False)
        except Exception as error:  # pyarrow refuses some mixed-type columns
            raise UnwritableOutputError(f"cannot write {self.path}: {error}") from None
        os.replace(temporary, self.path)
        self._journal.unlink()

    def _open(self) -> io.TextIOWrapper:
        if self._file is None:
            new = not self._journal.exists() or self._journal.stat().st_size == 0
            try:
                self._file = _open_text(self._journal, "a")
            except OSError as error:
                reason = error.strerror or error
                raise UnwritableOutputError(f"cannot write {self._journal}: {reason}") from None
            if new and self._csv and self.columns is not None:
                self._file.write(_csv_line(self.columns))
                self._file.flush()
        return self._file

    def _line(self, record: Mapping[str, Any]) -> str:
        if self._csv:
            return _csv_line([_csv_value(record.get(c)) for c in self.columns or list(record)])
        return json_line(record)

    def _read_journal(self) -> list[dict[str, Any]]:
        text = self._journal.read_text(encoding="utf-8", errors="replace")
        text = text[: text.rfind("\n") + 1]  # a record cut short has no line end yet
        return self._read_csv(text) if self._csv else _read_jsonl(text)

    def _read_csv(self, text: str) -> list[dict[str, Any]]:
        rows = csv.reader(io.StringIO(text, newline=""), strict=True)
        records: list[dict[str, Any]] = []
        try:
            header = next(rows, None)
            if header is None:
                return []
            if self.columns is None:
                self.columns = header
            for values in rows:
                if len(values) != len(header):
                    break
                records.append(dict(zip(header, values, strict=True)))
        except csv.Error:
            pass  # the last record was cut short inside a quoted field
        return records


def _read_jsonl(text: str) -> list[dict[str, Any]]:
    records = []
    for line in text.split("\n")[:-1]:  # not splitlines(): JSON keeps U+2028 and others raw
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return records


def _open_text(path: Path, mode: str) -> io.TextIOWrapper:
    return open(path, mode, encoding="utf-8", newline="")


def _csv_line(values: Sequence[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


# Characters that str.splitlines() and some JSONL readers take as line ends; JSON allows them raw.
_LINE_BREAKING = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: Mapping[str, Any]) -> str:
    r"""One JSONL line, non-ASCII kept readable but every line-breaking character escaped.

    Example:
        >>> json_line({"title": "caf\u00e9 a\x85b"})
        '{"title": "café a\\u0085b"}\n'
    """
    return json.dumps(dict(record), ensure_ascii=False).translate(_LINE_BREAKING) + "\n"
