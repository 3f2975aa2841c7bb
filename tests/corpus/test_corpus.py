"""Corpora: many articles into tables, on local processes or a real Dask cluster, resumable."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import newslab
import newslab.cli
import newslab.corpus.run as corpus
from newslab.corpus import COLUMNS, analyze_corpus, analyze_many, collect_paths, write_corpus
from newslab.errors import MissingExtraError, NoInputError, UnwritableOutputError

COMMAND = [sys.executable, "-m", "newslab.cli"]
DASK = Path(sys.executable).with_name("dask")


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*COMMAND, *map(str, args)], capture_output=True, timeout=180, **kwargs)


def write_articles(folder: Path, count: int, *, repeat: int = 1) -> list[Path]:
    """``count`` article files made from the bundled article, each with its own headline."""
    folder.mkdir(parents=True, exist_ok=True)
    body = newslab.load().text.split("\n", 1)[1]
    paths = []
    for index in range(count):
        path = folder / f"story_{index:04d}.txt"
        path.write_text(f"Story number {index} from Pyongyang\n" + body * repeat, encoding="utf-8")
        paths.append(path)
    return paths


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame with object columns and None for every missing value, to compare values only."""
    return frame.astype(object).where(frame.notna(), None)


def read_table(path: Path) -> pd.DataFrame:
    if path.suffix == ".jsonl":
        return pd.DataFrame([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()])
    if path.suffix == ".csv":
        return pd.read_csv(path)
    return pd.read_parquet(path)


# --- collecting the input files --------------------------------------------------------------


def test_folders_globs_and_files_are_collected_in_order(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "d.htm", "notes.json", "sub/e.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Kim arrived.", encoding="utf-8")
    names = lambda paths: [p.relative_to(tmp_path).as_posix() for p in paths]  # noqa: E731
    assert names(collect_paths([str(tmp_path)])) == ["a.md", "b.txt", "c.html", "d.htm"]
    assert names(collect_paths([f"{tmp_path}/**/*.txt"])) == ["b.txt", "sub/e.txt"]
    assert names(collect_paths([f"{tmp_path}/*"])) == ["a.md", "b.txt", "c.html", "d.htm", "sub/e.txt"]
    # a named file is taken whatever its suffix; a file named twice is kept once, at its first place
    named = collect_paths([str(tmp_path / "notes.json"), str(tmp_path / "b.txt"), str(tmp_path)])
    assert names(named) == ["notes.json", "b.txt", "a.md", "c.html", "d.htm"]
    assert names(collect_paths([str(tmp_path)], exclude=[tmp_path / "b.txt"])) == ["a.md", "c.html", "d.htm"]


def test_missing_or_empty_inputs_are_clear_errors(tmp_path):
    with pytest.raises(NoInputError, match="no such file or folder"):
        collect_paths([str(tmp_path / "nope.txt")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoInputError, match="no article files"):
        collect_paths([str(tmp_path / "empty"), f"{tmp_path}/*.txt"])


# --- the Python API ----------------------------------------------------------------------------


def test_texts_and_paths_give_one_row_each_in_input_order(tmp_path):
    paths = write_articles(tmp_path, 2)
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    inputs = ["Kim in Beijing\n\nKim arrived.", paths[1], tmp_path / "blank.txt", paths[0]]
    frame = analyze_many(inputs, workers=1)
    assert list(frame.columns) == list(COLUMNS)
    assert frame["path"].tolist() == ["text:0", str(paths[1]), str(tmp_path / "blank.txt"), str(paths[0])]
    assert frame["title"].tolist() == [
        "Kim in Beijing", "Story number 1 from Pyongyang", None, "Story number 0 from Pyongyang"
    ]
    assert frame["sentences"].tolist()[:2] == [1, len(newslab.load(paths[1]).sentences)]
    assert frame["error"].tolist()[2] == "the article is empty: there is no text to analyse"
    assert frame.iloc[2].drop(["path", "error"]).isna().all()
    assert frame["error"].isna().tolist() == [True, True, False, True]


def test_a_folder_path_stands_for_its_articles(tmp_path):
    paths = write_articles(tmp_path / "news", 3)
    assert analyze_many([tmp_path / "news"], workers=1)["path"].tolist() == [str(p) for p in paths]


def test_bad_arguments_are_type_and_value_errors():
    with pytest.raises(TypeError, match="list"):
        analyze_many("Kim arrived.")
    with pytest.raises(TypeError, match="not int"):
        analyze_many([42])
    with pytest.raises(ValueError, match="1 or more"):
        analyze_many(["Kim arrived."], workers=0)


def test_rows_and_companion_tables_follow_the_layers():
    text = 'Xi in Seoul\n\nKim met Xi. Kim said "Xi agrees" and Kim left. Trump and Xi spoke.'
    result = analyze_corpus([text, ""], workers=1)
    row = result.articles.iloc[0]
    analysis = newslab.analyze(text)
    assert (row["actors"], row["quotes"]) == (4, 1)  # Xi, Seoul, Kim, Trump; one quote
    assert row["tone"] == analysis.tone.article.polarity
    assert row["top_actors"] == "Xi Jinping; Kim Jong Un; Seoul"  # 4, 3, then the first of the 1s
    assert sorted(result.tables) == ["actors", "quotes"]
    for name, table in result.tables.items():
        expected = analysis.tables()[name]
        assert table.columns[0] == "path" and list(table.columns[1:]) == list(expected.columns)
        assert table["path"].tolist() == ["text:0"] * len(expected)
    assert result.tables["quotes"]["quoted"].tolist() == ["Xi agrees"]


def test_a_corpus_row_of_the_bundled_article_counts_its_five_quotes(tmp_path):
    # issue 13's bug: the row counted the keys of the quotes part of the document (2), not the quotes
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "seed.txt").write_text(newslab.load().text, encoding="utf-8")
    out = tmp_path / "rows.csv"
    assert newslab.cli.main(["corpus", str(folder), "-o", str(out), "--workers", "1"]) == 0
    row = pd.read_csv(out).iloc[0]
    assert (row["sentences"], row["actors"], row["quotes"]) == (23, 21, 5)
    assert row["top_actors"] == "United States; Kim Jong Un; North Korea"


def test_the_number_of_workers_does_not_change_the_results(tmp_path):
    paths = write_articles(tmp_path, 6)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    inputs = [*paths[:3], tmp_path / "image.txt", "Kim in Beijing\n\nKim arrived.", *paths[3:]]
    one = analyze_corpus(inputs, workers=1)
    two = analyze_corpus(inputs, workers=2)
    assert_frame_equal(one.articles, two.articles)
    assert one.tables.keys() == two.tables.keys()
    for name in one.tables:
        assert_frame_equal(one.tables[name], two.tables[name])
    assert one.articles["error"].notna().sum() == 1


def test_with_other_threads_running_workers_start_from_a_fork_server(tmp_path):
    # A notebook kernel has threads, so workers cannot be forked from it safely; the results
    # must not depend on how the workers were started.
    paths = write_articles(tmp_path, 3)
    expected = analyze_many(paths, workers=1)
    release = threading.Event()
    thread = threading.Thread(target=release.wait, daemon=True)
    thread.start()
    try:
        assert threading.active_count() > 1
        assert_frame_equal(analyze_many(paths, workers=2), expected)
    finally:
        release.set()
        thread.join()


def test_progress_bar_only_when_asked_or_on_a_terminal(capsys):
    analyze_many(["Kim in Beijing\n\nKim arrived."], workers=1)
    assert capsys.readouterr().err == ""
    analyze_many(["Kim in Beijing\n\nKim arrived."], workers=1, progress=True)
    assert "1/1" in capsys.readouterr().err



def test_a_progress_bar_leaves_no_thread_behind():
    # Any thread left running (tqdm's monitor) would stop the next run from forking its workers.
    before = set(threading.enumerate())
    analyze_many(["Kim in Beijing\n\nKim arrived."], workers=1, progress=True)
    analyze_many(["Kim in Beijing\n\nKim arrived."], workers=1, progress=False)
    assert set(threading.enumerate()) <= before

# --- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_corpus_command_writes_the_same_table_as_the_api(tmp_path, suffix):
    paths = write_articles(tmp_path / "news", 3)
    (tmp_path / "news" / "empty.md").write_bytes(b"")
    out = tmp_path / f"rows{suffix}"
    result = run("corpus", tmp_path / "news", "-o", out, "--workers", "2", "--tables", tmp_path / "tables")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    failures = f"newslab: 1 of 4 articles could not be analysed (see the error column of {out})\n"
    assert result.stderr.decode() == failures
    expected = analyze_many([tmp_path / "news" / "empty.md", *paths], workers=1)
    written = read_table(out)
    assert list(written.columns) == list(COLUMNS)
    assert written["path"].tolist() == expected["path"].tolist()
    for column in ("title", "error"):
        assert written[column].fillna("").tolist() == expected[column].fillna("").tolist()
    for column in ("sentences", "actors", "quotes"):
        assert written[column].fillna(-1).astype(int).tolist() == expected[column].fillna(-1).tolist()
    assert not list(tmp_path.glob("**/*.partial.jsonl"))


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_companion_tables_are_written_in_the_output_format(tmp_path, suffix):
    texts = ['Xi in Seoul\n\nKim met Xi. Kim said "Moon agrees,\nfor now" and left.', "Lu\n\nLu spoke."]
    folder = tmp_path / "news"
    folder.mkdir()
    for index, text in enumerate(texts):
        (folder / f"{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / f"rows{suffix}"
    args = ["corpus", str(folder), "-o", str(out), "--workers", "1", "--tables", str(tmp_path)]
    assert newslab.cli.main(args) == 0
    expected = analyze_corpus(sorted(folder.iterdir()), workers=1)
    for name, table in expected.tables.items():
        written = read_table(tmp_path / f"{name}{suffix}")
        assert written["path"].tolist() == table["path"].tolist()
        assert list(written.columns) == list(table.columns)
    assert read_table(tmp_path / f"quotes{suffix}")["quoted"].tolist() == ["Moon agrees,\nfor now"]


def assert_one_line_error(result, code: int, words: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err, err
    assert result.stdout == b""


def test_corpus_usage_errors_exit_2(tmp_path):
    assert_one_line_error(run("corpus", tmp_path, "-o", tmp_path / "out.xlsx"), 2, "must end in .jsonl")
    assert_one_line_error(run("corpus", tmp_path), 2, "required: -o/--output")
    assert_one_line_error(run("corpus", tmp_path, "-o", "a.csv", "--workers", "0"), 2, "1 or more")
    assert_one_line_error(
        run("corpus", tmp_path, "-o", "a.csv", "--workers", "2", "--scheduler", "tcp://x:1"), 2, "not allowed"
    )


def test_corpus_input_and_output_errors_exit_1(tmp_path):
    write_articles(tmp_path / "news", 1)
    assert_one_line_error(run("corpus", tmp_path / "nope", "-o", tmp_path / "a.csv"), 1, "no such file")
    (tmp_path / "empty").mkdir()
    assert_one_line_error(run("corpus", tmp_path / "empty", "-o", tmp_path / "a.csv"), 1, "no article files")
    missing_folder = tmp_path / "missing" / "a.csv"
    assert_one_line_error(run("corpus", tmp_path / "news", "-o", missing_folder), 1, "does not exist")
    (tmp_path / "dir.csv").mkdir()
    assert_one_line_error(run("corpus", tmp_path / "news", "-o", tmp_path / "dir.csv"), 1, "is a folder")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run("corpus", tmp_path / "news", "-o", tmp_path / "a.csv", "--tables", tmp_path / "file" / "t")
    assert_one_line_error(result, 1, "cannot create the tables folder")


def test_without_resume_an_old_output_is_replaced(tmp_path):
    paths = write_articles(tmp_path, 2)
    out = tmp_path / "rows.jsonl"
    out.write_text('{"path": "old.txt"}\n', encoding="utf-8")
    write_corpus(paths, out, workers=1)
    assert read_table(out)["path"].tolist() == [str(p) for p in paths]


def test_corpus_never_writes_to_its_inputs(tmp_path):
    paths = write_articles(tmp_path / "news", 3)
    (tmp_path / "news" / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    inputs = sorted((tmp_path / "news").iterdir())
    for path in inputs:
        os.utime(path, (1_000_000_000, 1_000_000_000))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in inputs}
    out = tmp_path / "news" / "rows.csv"  # the output sits among the inputs
    assert run("corpus", tmp_path / "news", "-o", out, "--tables", tmp_path / "news").returncode == 0
    assert run("corpus", f"{tmp_path}/news/*", "-o", out, "--resume", "--workers", "1").returncode == 0
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in inputs} == before
    assert len(read_table(out)) == len(paths) + 1


# --- resuming --------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_a_record_cut_short(tmp_path, suffix):
    folder = tmp_path / "news"
    folder.mkdir()
    for index in range(6):
        text = f'Talks {index}\n\nKim met Xi. Kim said "we agree,\non {index} points" and Moon left.'
        (folder / f"{index}.txt").write_text(text, encoding="utf-8")
    paths = sorted(folder.iterdir())
    clean_out, clean_tables = tmp_path / f"clean{suffix}", tmp_path / "clean"
    write_corpus(paths, clean_out, tables_dir=clean_tables, workers=1)
    # An interrupted run: three articles written, then the quotes record of the fourth cut
    # inside its quoted line break, with no row for the fourth article yet.
    out, tables = tmp_path / f"rows{suffix}", tmp_path / "tables"
    write_corpus(paths[:3], out, tables_dir=tables, workers=1)
    quotes = (clean_tables / f"quotes{suffix}").read_text(encoding="utf-8")
    fourth = quotes.index(str(paths[3]))
    with open(tables / f"quotes{suffix}", "a", encoding="utf-8", newline="") as file:
        file.write(quotes[fourth : quotes.index("\n", fourth) + 1])
    rows = clean_out.read_text(encoding="utf-8")
    fourth_row = rows.rindex("\n", 0, rows.index(str(paths[3]))) + 1
    with open(out, "a", encoding="utf-8", newline="") as file:
        file.write(rows[fourth_row : fourth_row + 25])  # the fourth row, cut short
    run = write_corpus(paths, out, tables_dir=tables, workers=1, resume=True)
    assert (run.total, run.skipped, run.failed) == (6, 3, 0)
    assert out.read_text(encoding="utf-8") == rows
    for name in ("actors", "quotes"):
        assert (tables / f"{name}{suffix}").read_text(encoding="utf-8") == (
            clean_tables / f"{name}{suffix}"
        ).read_text(encoding="utf-8")


def test_parquet_resumes_from_its_partial_file(tmp_path, monkeypatch):
    paths = write_articles(tmp_path / "news", 5)
    (tmp_path / "news" / "empty.txt").write_bytes(b"")
    paths.insert(2, tmp_path / "news" / "empty.txt")
    out = tmp_path / "rows.parquet"
    analyze, calls = corpus.analyze_item, []

    def interrupted_after_four(item):
        calls.append(item[1])
        if len(calls) > 4:
            raise KeyboardInterrupt
        return analyze(item)

    monkeypatch.setattr(corpus, "analyze_item", interrupted_after_four)
    with pytest.raises(KeyboardInterrupt):
        write_corpus(paths, out, workers=1)
    monkeypatch.setattr(corpus, "analyze_item", analyze)
    assert not out.exists()
    partial = out.with_name("rows.parquet.partial.jsonl")
    assert len(partial.read_text(encoding="utf-8").splitlines()) == 4
    run = write_corpus(paths, out, workers=1, resume=True)
    assert (run.total, run.skipped, run.failed) == (6, 4, 1)
    assert not partial.exists()
    assert_frame_equal(plain(pd.read_parquet(out)), plain(analyze_many(paths, workers=1)))
    # resuming a finished run does nothing new and keeps every row
    assert write_corpus(paths, out, workers=1, resume=True).skipped == 6
    assert pd.read_parquet(out)["path"].tolist() == [str(p) for p in paths]


@pytest.mark.slow
def test_a_run_killed_mid_way_resumes_without_losing_or_repeating(tmp_path):
    paths = write_articles(tmp_path / "news", 60)
    out = tmp_path / "rows.csv"
    args = ["corpus", tmp_path / "news", "-o", out, "--workers", "1", "--tables", tmp_path / "tables"]
    process = subprocess.Popen([*COMMAND, *map(str, args)], stderr=subprocess.DEVNULL)
    try:
        rows_at_kill = wait_for_lines(out, 6, timeout=120) - 1  # less the header
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert rows_at_kill < len(paths), "the run ended before it could be interrupted"
    assert run(*args, "--resume").returncode == 0
    written = read_table(out)["path"].tolist()
    assert written == [str(p) for p in paths]  # every article once, in input order
    assert run(*[a if a != out else tmp_path / "clean.csv" for a in args]).returncode == 0
    assert out.read_bytes() == (tmp_path / "clean.csv").read_bytes()


def wait_for_lines(path: Path, lines: int, *, timeout: float) -> int:
    """Wait until a file being written has at least ``lines`` complete lines; return how many."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            count = path.read_bytes().count(b"\n")
            if count >= lines:
                return count
        time.sleep(0.05)
    raise AssertionError(f"{path} did not reach {lines} lines in {timeout} s")


# --- a real Dask cluster -----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def dask_cluster(tmp_path: Path, workers: int = 2):
    """A Dask scheduler and workers as subprocesses on loopback; yields (address, worker processes)."""
    distributed = pytest.importorskip("distributed")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = open(tmp_path / "dask.log", "wb")  # noqa: SIM115 - closed below
    processes: list[subprocess.Popen] = []
    try:
        processes.append(subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=log, stderr=log, cwd=tmp_path,
        ))
        for _ in range(workers):
            processes.append(subprocess.Popen(
                [DASK, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                 "--host", "127.0.0.1"],
                stdout=log, stderr=log, cwd=tmp_path,
            ))
        with distributed.Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=60)
        yield address, processes[1:]
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_results_as_local_processes(tmp_path):
    paths = write_articles(tmp_path / "news", 8)
    (tmp_path / "news" / "zz_empty.txt").write_bytes(b"")
    inputs = [*paths, tmp_path / "news" / "zz_empty.txt", "Kim in Beijing\n\nKim arrived."]
    local = analyze_corpus(inputs, workers=1)
    with dask_cluster(tmp_path) as (address, _):
        remote = analyze_corpus(inputs, scheduler=address)
        result = run("corpus", tmp_path / "news", "-o", tmp_path / "rows.jsonl", "--scheduler", address)
    assert_frame_equal(local.articles, remote.articles)
    for name in local.tables:
        assert_frame_equal(local.tables[name], remote.tables[name])
    assert result.returncode == 0, result.stderr
    in_folder = [str(p) for p in sorted((tmp_path / "news").iterdir())]
    assert read_table(tmp_path / "rows.jsonl")["path"].tolist() == in_folder


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_no_article(tmp_path):
    paths = write_articles(tmp_path / "news", 150)
    out = tmp_path / "rows.jsonl"
    with dask_cluster(tmp_path) as (address, workers):
        process = subprocess.Popen(
            [*COMMAND, "corpus", str(tmp_path / "news"), "-o", str(out), "--scheduler", address],
            stderr=subprocess.PIPE,
        )
        try:
            rows_at_kill = wait_for_lines(out, 5, timeout=120)
            workers[1].send_signal(signal.SIGKILL)
            workers[1].wait()
            _, stderr = process.communicate(timeout=150)
        finally:
            process.kill()
            process.wait()
    assert rows_at_kill < len(paths), "the run ended before a worker could be killed"
    assert process.returncode == 0, stderr
    written = read_table(out)
    assert written["path"].tolist() == [str(p) for p in paths]
    assert written["error"].isna().all()



def test_dask_tasks_hold_a_few_articles_each_and_keep_their_order():
    class Client:
        def __init__(self, threads):
            self.threads = threads

        def nthreads(self):
            return {f"worker-{n}": 1 for n in range(self.threads)}

    assert corpus._batch_size(200, Client(2)) == corpus.DASK_BATCH
    assert corpus._batch_size(40, Client(2)) == 5  # four tasks a thread
    assert corpus._batch_size(10, Client(2)) == 1
    assert corpus._batch_size(200, Client(0)) == corpus.DASK_BATCH
    items = [(n, f"text:{n}", None) for n in range(11)]
    batches = corpus._batches(items, 4)
    assert [len(b) for b in batches] == [4, 4, 3]
    assert [item for batch in batches for item in batch] == items

def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(corpus, "DASK_CONNECT_TIMEOUT", 1)
    with pytest.raises(newslab.NewslabError, match="cannot reach the Dask scheduler"):
        analyze_many(["Kim arrived."], scheduler=f"tcp://127.0.0.1:{free_port()}")


def test_missing_extras_are_clear_errors(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask.distributed were not installed
    with pytest.raises(MissingExtraError, match=r"newslab\[scale\]"):
        analyze_many(["Kim arrived."], scheduler="tcp://127.0.0.1:8786")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match="pyarrow"):
        write_corpus(write_articles(tmp_path, 1), tmp_path / "rows.parquet", workers=1)
    assert not (tmp_path / "rows.parquet").exists()


def test_progress_bar_on_request_from_the_command_line(tmp_path):
    write_articles(tmp_path / "news", 2)
    result = run("corpus", tmp_path / "news", "-o", tmp_path / "rows.csv", "--workers", "1", "--progress")
    assert result.returncode == 0
    assert "2/2" in result.stderr.decode()


def test_unwritable_output_is_a_clear_error(tmp_path):
    with pytest.raises(UnwritableOutputError, match="does not exist"):
        write_corpus([tmp_path / "a.txt"], tmp_path / "no" / "rows.csv")
