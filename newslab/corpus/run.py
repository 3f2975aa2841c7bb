"""Analyse many articles: one row per article, plus companion tables per actor and per quote.

Every article goes through :func:`newslab.analyze` in :func:`analyze_item`, the one task
function used everywhere: in this process (``workers=1``), in local worker processes (the
default, one per core), or on a Dask cluster (``scheduler="tcp://host:8786"``, the ``scale``
extra). The results do not depend on where they ran or on the number of workers, and rows
come back in input order.

One bad article never stops a run: an empty, binary or unreadable file gives a row whose
``error`` column says why, and every other column of that row is empty.

The row is built from the analysis document alone (:func:`article_row`), so new analysis
layers show up in it as soon as they are registered.

Example:
    >>> import newslab.corpus
    >>> frame = newslab.corpus.analyze_many(
    ...     ["Kim in Beijing\\n\\nKim arrived. Xi met him.", "   "], workers=1
    ... )
    >>> frame[["path", "title", "sentences"]].to_dict("list")
    {'path': ['text:0', 'text:1'], 'title': ['Kim in Beijing', None], 'sentences': [2, None]}
    >>> frame["error"].tolist()
    [None, 'the article is empty: there is no text to analyse']
"""

from __future__ import annotations

import glob
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslab.corpus.output import CorpusWriter, plain
from newslab.errors import MissingExtraError, NewslabError, NoInputError

if TYPE_CHECKING:
    import pandas as pd

    from newslab.pipeline.analysis import Analysis

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
"""The files a folder or a glob contributes to a corpus."""

COLUMNS = ("path", "title", "sentences", "actors", "quotes", "tone", "top_actors", "error")
"""The columns of the article table, in order."""

COMPANION_TABLES = ("actors", "quotes")
"""The tables of :meth:`newslab.Analysis.tables` kept per corpus, each with a ``path`` column."""

TOP_ACTORS = 3
DASK_CONNECT_TIMEOUT = 15
"""Seconds to wait for a Dask scheduler to answer."""
DASK_BATCH = 8
"""The most articles one Dask task analyses."""
_MAX_ERROR_CHARS = 300

Item = tuple[int, str, "str | None"]
"""One task: the article's position, its label (path or ``text:<index>``) and its text (or None)."""


@dataclass(frozen=True)
class ArticleResult:
    """What one task returns: the article's row and its companion-table rows.

    ``tables`` maps a table name to ``(columns, records)``; records are plain JSON-ready dicts
    whose first key is ``path``.
    """

    index: int
    row: dict[str, Any]
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Corpus:
    """A corpus analysed in memory: the article table and the companion tables."""

    articles: pd.DataFrame
    tables: dict[str, pd.DataFrame]


@dataclass(frozen=True)
class CorpusRun:
    """What :func:`write_corpus` did: articles in the input, skipped (already written), failed."""

    total: int
    skipped: int
    failed: int


def analyze_many(
    paths_or_texts: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Analyse many articles into one table, a row per article in input order.

    Args:
        paths_or_texts: article texts (``str``) and files (``pathlib.Path``; a folder stands
            for its .txt/.md/.html/.htm files). A text's ``path`` column is ``text:<index>``.
        workers: local worker processes (default: one per core; 1 runs in this process).
        scheduler: a Dask scheduler address such as ``"tcp://10.0.0.5:8786"``, or a
            ``dask.distributed.Client``; the articles then run on that cluster.
        progress: show a progress bar on standard error (default: only on a terminal).

    Returns:
        A DataFrame with the columns :data:`COLUMNS`.

    Raises:
        MissingExtraError: ``scheduler`` was given but dask.distributed is not installed.

    Example:
        >>> frame = analyze_many(["Kim in Beijing\\n\\nKim arrived on Monday."], workers=1)
        >>> int(frame.loc[0, "sentences"]), frame.loc[0, "error"] is None
        (1, True)
    """
    return analyze_corpus(paths_or_texts, workers=workers, scheduler=scheduler, progress=progress).articles


def analyze_corpus(
    paths_or_texts: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    progress: bool | None = None,
) -> Corpus:
    """Like :func:`analyze_many`, and also return the companion tables (per actor, per quote).

    Example:
        >>> corpus = analyze_corpus(["Kim in Beijing\\n\\nKim arrived on Monday."], workers=1)
        >>> list(corpus.articles.columns) == list(COLUMNS)
        True
        >>> all(table.columns[0] == "path" for table in corpus.tables.values())
        True
    """
    from newslab.corpus.output import articles_frame, table_frame

    items = _items(paths_or_texts)
    rows: list[dict[str, Any]] = []
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    with closing(run_items(items, workers=workers, scheduler=scheduler, progress=progress)) as results:
        for result in results:
            rows.append(result.row)
            for name, (columns, records) in result.tables.items():
                tables.setdefault(name, (columns, []))[1].extend(records)
    frames = {name: table_frame(columns, records) for name, (columns, records) in tables.items()}
    return Corpus(articles_frame(rows, COLUMNS), frames)


def write_corpus(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    tables_dir: str | os.PathLike[str] | None = None,
    workers: int | None = None,
    scheduler: Any = None,
    progress: bool | None = None,
    resume: bool = False,
) -> CorpusRun:
    """Analyse article files into ``out`` (.jsonl, .csv or .parquet), written as the run goes.

    .jsonl and .csv files get each row as soon as its article is done, in input order. A
    .parquet file is written at the end; until then the rows go to ``<out>.partial.jsonl``
    beside it. Companion tables go to ``tables_dir/actors.<format>`` and
    ``tables_dir/quotes.<format>`` in the same way.

    With ``resume=True`` the articles already in ``out`` (or in its ``.partial.jsonl``) are
    skipped, so a run that was interrupted can be started again with the same arguments
    and loses nothing; a row cut short by the interruption is dropped and redone.

    Raises:
        UnwritableOutputError: ``out`` or ``tables_dir`` cannot be written.
        MissingExtraError: .parquet without pyarrow, or ``scheduler`` without dask.distributed.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Kim in Beijing\\n\\nKim arrived.", encoding="utf-8")
        >>> write_corpus([folder / "a.txt"], folder / "rows.jsonl", workers=1)
        CorpusRun(total=1, skipped=0, failed=0)
    """
    labels = [str(path) for path in paths]
    writer = CorpusWriter(Path(out), COLUMNS, tables_dir=tables_dir, tables=COMPANION_TABLES, resume=resume)
    with writer:
        items = [(index, label, None) for index, label in enumerate(labels) if label not in writer.done]
        failed = sum(1 for label in labels if writer.done.get(label))
        with closing(run_items(items, workers=workers, scheduler=scheduler, progress=progress)) as results:
            for result in results:
                writer.add(result.row, result.tables)
                failed += result.row["error"] is not None
    return CorpusRun(total=len(labels), skipped=len(labels) - len(items), failed=failed)


def collect_paths(specs: Sequence[str], *, exclude: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """The article files named by command-line arguments: folders, globs or files.

    A folder gives its .txt, .md, .html and .htm files (not its subfolders), sorted by name;
    a glob (``*``, ``?``, ``[``; ``**`` reaches into subfolders) gives the matching article
    files, sorted; a file is taken as it is, whatever its suffix. A file named twice is kept
    once, at its first place. Paths in ``exclude`` (the outputs) are left out.

    Raises:
        NoInputError: a named file or folder does not exist, or no article file was found.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("b.txt", "a.md", "notes.json"):
        ...     _ = (folder / name).write_text("Kim arrived.", encoding="utf-8")
        >>> [path.name for path in collect_paths([str(folder)])]
        ['a.md', 'b.txt']
    """
    excluded = {_identity(Path(path)) for path in exclude}
    found: dict[str, Path] = {}
    for spec in specs:
        for path in _expand(spec):
            key = _identity(path)
            if key not in excluded:
                found.setdefault(key, path)
    if not found:
        named = ", ".join(specs) or "(nothing)"
        kinds = ", ".join(ARTICLE_SUFFIXES)
        raise NoInputError(f"no article files ({kinds}) found in: {named}")
    return list(found.values())


def analyze_item(item: Item) -> ArticleResult:
    """Analyse one article: the task that local workers and Dask workers run.

    It never raises: a failure becomes a row with an ``error``.

    Example:
        >>> analyze_item((0, "text:0", "Kim in Beijing\\n\\nKim arrived.")).row["title"]
        'Kim in Beijing'
    """
    import newslab

    index, label, text = item
    try:
        analysis = newslab.analyze(text if text is not None else Path(label))
        row = article_row(label, analysis)
        tables = _companion_tables(label, analysis.tables(layers=COMPANION_TABLES))
    except Exception as error:  # one bad article must never stop a corpus run
        return ArticleResult(index, error_row(label, error))
    return ArticleResult(index, row, tables)


def article_row(path: str, analysis: Analysis) -> dict[str, Any]:
    """The corpus row of one analysis: counts read from the layers' own results.

    ``top_actors`` names the three actors mentioned most (ties keep the order of first mention).

    Example:
        >>> import newslab
        >>> row = article_row("seed.txt", newslab.analyze(newslab.load()))
        >>> row["sentences"], row["actors"], row["quotes"], row["top_actors"]
        (23, 21, 5, 'United States; Kim Jong Un; North Korea')
    """
    layers = analysis.layers
    actors = layers.get("actors", ())
    tone = layers.get("tone")
    title = analysis.article.title
    ranked = sorted(actors, key=lambda actor: -actor.count)[:TOP_ACTORS]
    return {
        "path": path,
        "title": title.text if title else None,
        "sentences": len(analysis.article.sentences),
        "actors": len(actors),
        "quotes": len(layers.get("quotes", ())),
        "tone": plain(tone.article.polarity) if tone else None,
        "top_actors": "; ".join(actor.name for actor in ranked),
        "error": None,
    }


def error_row(path: str, error: BaseException) -> dict[str, Any]:
    """The row of an article that could not be analysed: every column empty but ``error``.

    Example:
        >>> error_row("a.txt", ValueError("bad\\nvalue"))["error"]
        'unexpected error (please report it): ValueError: bad value'
    """
    message = " ".join(str(error).split())
    if not isinstance(error, NewslabError):
        message = f"unexpected error (please report it): {type(error).__name__}: {message}"
    if len(message) > _MAX_ERROR_CHARS:
        message = message[: _MAX_ERROR_CHARS - 3] + "..."
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(path=path, error=message)
    return row


def run_items(
    items: Sequence[Item],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    progress: bool | None = None,
) -> Iterator[ArticleResult]:
    """Run :func:`analyze_item` on every item and yield the results in input order."""
    workers = _worker_count(workers, len(items))
    if scheduler is not None:
        source = _on_dask(items, scheduler)
    elif workers == 1:
        source = map(analyze_item, items)
    else:
        source = _on_processes(items, workers)
    bar = _progress_bar(len(items), progress)
    try:
        for result in source:
            bar.update(1)
            yield result
    finally:
        bar.close()
        if hasattr(source, "close"):
            source.close()


def _items(paths_or_texts: Iterable[str | os.PathLike[str]]) -> list[Item]:
    if isinstance(paths_or_texts, (str, os.PathLike)):
        raise TypeError("give a list of texts or paths, not a single one")
    items: list[Item] = []
    for value in paths_or_texts:
        if isinstance(value, str):
            items.append((len(items), f"text:{len(items)}", value))
        elif isinstance(value, os.PathLike):
            path = Path(value)
            files = sorted(_article_files(path)) if path.is_dir() else [path]
            items.extend((len(items) + i, str(file), None) for i, file in enumerate(files))
        else:
            raise TypeError(f"an article is a text (str) or a path, not {type(value).__name__}")
    return items


def _expand(spec: str) -> list[Path]:
    path = Path(spec)
    if path.is_dir():
        return sorted(_article_files(path))
    if path.exists():
        return [path]
    if any(ch in spec for ch in "*?["):
        matches = [Path(match) for match in sorted(glob.glob(spec, recursive=True))]
        files = [m for m in matches if m.is_file() and m.suffix.lower() in ARTICLE_SUFFIXES]
        return files + [f for m in matches if m.is_dir() for f in sorted(_article_files(m))]
    raise NoInputError(f"no such file or folder: {spec}")


def _article_files(folder: Path) -> Iterator[Path]:
    return (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def _identity(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _companion_tables(label: str, frames: Mapping[str, Any]) -> dict[str, tuple[list[str], list[dict]]]:
    tables = {}
    for name in COMPANION_TABLES:
        if name not in frames:
            continue
        frame = frames[name]
        columns = ["path", *(str(c) for c in frame.columns if c != "path")]
        records = [
            {"path": label, **{str(k): plain(v) for k, v in record.items() if k != "path"}}
            for record in frame.to_dict("records")
        ]
        tables[name] = (columns, records)
    return tables


WARM_UP_TEXT = 'Warm-up headline\n\nMs Lee met Mr Kim in Seoul. "We agree," she said. It may rain.'
"""What a process analyses once before its workers start, so each need not load the layers,
the libraries they import and the data files on its own."""


def warm_up() -> None:
    """Run one small analysis, building its tables too; a failure here is left to the workers."""
    import newslab

    try:
        newslab.analyze(WARM_UP_TEXT).tables()
    except Exception:  # the same failure will show, with its message, in the workers' rows
        pass


def _worker_count(workers: int | None, items: int) -> int:
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    return max(1, min(workers, items))


def _on_processes(items: Sequence[Item], workers: int) -> Iterator[ArticleResult]:
    """Start the worker processes now, before any other thread (a progress bar's) exists.

    On Linux, a process with no other thread forks its workers after warming itself up, so
    they start at once with everything loaded, and a script needs no ``__main__`` guard.
    Otherwise (a notebook's kernel has threads; macOS, Windows) a fork server warmed up once
    starts them.
    """
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        method = "fork"
        warm_up()  # warms this process up before it forks
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["newslab.corpus.warmup"])
    executor = ProcessPoolExecutor(workers, mp_context=context)
    try:
        results = executor.map(analyze_item, items)
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    return _pool_results(executor, results, len(items), method)


def _pool_results(
    executor: Any, results: Iterator[ArticleResult], total: int, method: str
) -> Iterator[ArticleResult]:
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        for result in results:
            done += 1
            yield result
    except BrokenProcessPool:
        hint = "" if method == "fork" else " (from a script, call it under 'if __name__ == \"__main__\":')"
        raise NewslabError(
            f"a worker process stopped unexpectedly{hint} after {done} of {total} articles; "
            "what was written is kept: run again with --resume to finish"
        ) from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _on_dask(items: Sequence[Item], scheduler: Any) -> Iterator[ArticleResult]:
    try:
        import distributed
    except ImportError:
        raise MissingExtraError(
            "running on a Dask cluster needs dask.distributed: pip install 'newslab[scale]'"
        ) from None
    own_client = not isinstance(scheduler, distributed.Client)
    client = _connect(distributed, scheduler) if own_client else scheduler
    batches = _batches(items, _batch_size(len(items), client))
    futures = deque(client.map(analyze_batch, batches, pure=False))
    try:
        for batch in batches:
            future = futures.popleft()
            try:
                results = future.result()
            except distributed.KilledWorker as error:
                results = [ArticleResult(item[0], error_row(item[1], _killed(error))) for item in batch]
            except Exception as error:  # analyze_batch never raises: the cluster failed
                raise NewslabError(
                    f"the Dask cluster failed: {type(error).__name__}: {' '.join(str(error).split())}"
                ) from None
            yield from results
    finally:
        if futures:
            client.cancel(list(futures))
        if own_client:
            client.close()


def analyze_batch(items: Sequence[Item]) -> list[ArticleResult]:
    """Analyse a few articles in one Dask task, in order (see :func:`analyze_item`).

    Example:
        >>> [result.row["title"] for result in analyze_batch([(0, "text:0", "Talks\\n\\nKim left.")])]
        ['Talks']
    """
    return [analyze_item(item) for item in items]


def _batch_size(items: int, client: Any) -> int:
    """Articles per Dask task: up to :data:`DASK_BATCH`, keeping four tasks per worker thread.

    A task per article would cost the scheduler about as much as a short article takes to
    analyse; a few per task keep every worker busy and the scheduler idle.
    """
    try:
        threads = sum(client.nthreads().values())
    except Exception:  # a client that cannot say: stay at one article a task
        return 1
    return max(1, min(DASK_BATCH, items // (4 * max(threads, 1))))


def _batches(items: Sequence[Item], size: int) -> list[list[Item]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _connect(distributed: Any, address: str) -> Any:
    try:
        return distributed.Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise NewslabError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def _killed(error: BaseException) -> NewslabError:
    return NewslabError(f"the Dask workers running this article kept dying ({error})")


def _progress_bar(total: int, enabled: bool | None) -> Any:
    """A tqdm bar on stderr (shown on a terminal by default) that starts no monitor thread.

    tqdm's monitor thread would outlive the bar, and a process with a thread can no longer
    fork its next run's workers (see :func:`_on_processes`).
    """
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0

    if enabled is None:
        enabled = sys.stderr.isatty()
    return Bar(total=total, unit="article", file=sys.stderr, disable=not enabled, dynamic_ncols=True)
