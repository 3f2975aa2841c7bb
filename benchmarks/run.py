"""Measure newslab's speed and memory on generated articles and print the figures as a table.

Usage:
    python benchmarks/run.py                 all figures (about two minutes on two cores)
    python benchmarks/run.py --quick         fewer articles and repeats, for a smoke test
    python benchmarks/run.py --write-docs    also write docs/benchmarks.md

Figures that depend on the machine's speed are given as ratios where possible: analysis time
against TextBlob's sentence sentiment on the same sentences, 2 workers against 1, 10x input
against 1x. Work done in this process is timed in CPU time, so that other programs on a shared
machine blur it less; work spread over processes (the corpus runs) can only be timed on the
wall clock. Each timing is the best of a few repeats. The articles are invented by
``benchmarks/generate.py``; no real article text is used.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate_article, generate_articles, write_articles  # noqa: E402

import newslab  # noqa: E402
from newslab.pipeline.registry import LAYERS  # noqa: E402


@dataclass(frozen=True)
class Figure:
    """One measured figure: what, the value, the target, and whether the target is met."""

    section: str
    name: str
    value: str
    target: str = ""
    met: bool | None = None

    @property
    def status(self) -> str:
        return {True: "ok", False: "MISSED", None: ""}[self.met]


@dataclass(frozen=True)
class Sizes:
    """How much work each measurement does."""

    articles: int
    corpus: int
    repeats: int
    imports: int


FULL = Sizes(articles=40, corpus=200, repeats=3, imports=7)
QUICK = Sizes(articles=8, corpus=30, repeats=1, imports=3)


def best_time(
    function: Callable[[], object], repeats: int, clock: Callable[[], float] = time.process_time
) -> float:
    """The shortest time of ``repeats`` calls, in seconds: CPU time of this process by default."""
    times = []
    for _ in range(repeats):
        start = clock()
        function()
        times.append(clock() - start)
    return min(times)


def best_times(functions: list[Callable[[], object]], repeats: int) -> list[float]:
    """The shortest CPU time of each function, timed in turns so that a change in the machine's
    speed during the run touches them all alike (their ratios are what the page reports)."""
    best = [float("inf")] * len(functions)
    for _ in range(repeats):
        for number, function in enumerate(functions):
            best[number] = min(best[number], best_time(function, 1))
    return best


def analysis_figures(sizes: Sizes) -> list[Figure]:
    """Full analysis against TextBlob sentence sentiment alone, and the cost of each layer."""
    from textblob import TextBlob

    from newslab.tone.lenses import vader_analyzer

    texts = generate_articles(sizes.articles, seed=1)
    articles = [newslab.Article.from_text(text) for text in texts]
    newslab.analyze(texts[0])
    TextBlob("A good start.").sentiment  # noqa: B018 - warm up the lexicon

    def full() -> None:
        for text in texts:
            newslab.analyze(text)

    def textblob_alone() -> None:
        for article in articles:
            for sentence in article.sentences:
                TextBlob(sentence.text).sentiment  # noqa: B018

    def required_parts() -> None:  # what issues 2 and 4 require before any other work
        for text in texts:
            for sentence in newslab.Article.from_text(text).sentences:
                TextBlob(sentence.text).sentiment  # noqa: B018
                vader.polarity_scores(sentence.text)

    vader = vader_analyzer()
    analysis, baseline, floor = (
        seconds / len(texts) for seconds in best_times([full, textblob_alone, required_parts], sizes.repeats)
    )
    ratio = analysis / baseline
    sentences = statistics.mean(len(a.sentences) for a in articles)
    figures = [
        Figure("analysis", "articles (mean sentences)", f"{len(texts)} ({sentences:.0f})"),
        Figure("analysis", "full analysis, CPU ms/article", f"{analysis * 1000:.1f}"),
        Figure("analysis", "TextBlob sentence sentiment alone, CPU ms/article", f"{baseline * 1000:.1f}"),
        Figure("analysis", "full analysis / TextBlob alone", f"{ratio:.2f}x", "<= 2x", ratio <= 2),
        Figure(
            "analysis",
            "required parts alone (pysbd split + TextBlob + VADER) / TextBlob alone",
            f"{floor / baseline:.2f}x",
        ),
    ]
    for name, seconds in layer_costs(texts, sizes.repeats).items():
        figures.append(
            Figure("analysis", f"  {name}, CPU ms/article", f"{seconds / len(texts) * 1000:.2f}")
        )
    return figures


def layer_costs(texts: list[str], repeats: int) -> dict[str, float]:
    """Seconds spent by loading and by each registered layer's ``run``, over all the texts."""
    best: dict[str, float] = {}
    for _ in range(repeats):
        spent = {"load and segment": 0.0} | {layer.name: 0.0 for layer in LAYERS}
        for text in texts:
            start = time.process_time()
            article = newslab.Article.from_text(text)
            spent["load and segment"] += time.process_time() - start
            results: dict[str, object] = {}
            for layer in LAYERS:
                start = time.process_time()
                results[layer.name] = layer.run(article, results)
                spent[layer.name] += time.process_time() - start
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in spent.items()}
    return best


def corpus_figures(sizes: Sizes, folder: Path) -> list[Figure]:
    """Throughput on 1 and 2 local workers and on a two-worker Dask cluster; 1x vs 10x corpus."""
    from newslab.corpus import write_corpus

    paths = write_articles(folder / "articles", sizes.corpus, seed=2)
    out = folder / "rows.jsonl"

    def throughput(**where: object) -> float:
        run = lambda: write_corpus(paths, out, progress=False, **where)  # noqa: E731
        return len(paths) / best_time(run, 2, time.perf_counter)

    write_corpus(paths[:4], out, workers=1, progress=False)  # load everything before timing
    one = throughput(workers=1)
    two = throughput(workers=2)
    speedup = two / one
    small = paths[: max(1, len(paths) // 10)]
    small_cpu = best_time(lambda: write_corpus(small, out, workers=1, progress=False), sizes.repeats)
    large_cpu = best_time(lambda: write_corpus(paths, out, workers=1, progress=False), 1)
    growth = large_cpu / small_cpu
    figures = [
        Figure("corpus", "articles in the corpus", str(len(paths))),
        Figure("corpus", "1 local worker, articles/s", f"{one:.1f}"),
        Figure("corpus", "2 local workers, articles/s", f"{two:.1f}"),
        Figure("corpus", "speed-up, 2 workers / 1", f"{speedup:.2f}x", ">= 1.7x", speedup >= 1.7),
        Figure("corpus", "CPU time for 10x the articles (1 worker)", f"{growth:.1f}x", "~10x", growth <= 12),
    ]
    dask = dask_throughput(paths, out)
    if dask is None:
        figures.append(Figure("corpus", "Dask cluster (2 workers)", "skipped: dask.distributed missing"))
    else:
        figures += [
            Figure("corpus", "Dask cluster, 2 workers, articles/s", f"{dask:.1f}"),
            Figure("corpus", "Dask / 2 local workers", f"{dask / two:.2f}x"),
        ]
    return figures


def dask_throughput(paths: list[Path], out: Path) -> float | None:
    """Articles per second on a local Dask cluster of two one-thread worker processes."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return None
    from newslab.corpus import write_corpus

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        write_corpus(paths[:4], out, scheduler=address, progress=False)  # warm the workers up
        run = lambda: write_corpus(paths, out, scheduler=address, progress=False)  # noqa: E731
        seconds = best_time(run, 1, time.perf_counter)
    return len(paths) / seconds


def import_figures(sizes: Sizes) -> list[Figure]:
    """``import newslab`` time above a bare interpreter, median of several fresh processes."""

    def median_run(code: str) -> float:
        times = []
        for _ in range(sizes.imports):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    bare = median_run("pass")
    cost = median_run("import newslab") - bare
    return [
        Figure("import", "bare interpreter start, s", f"{bare:.3f}"),
        Figure("import", "import newslab above that, s", f"{cost:.3f}", "<= 0.3 s", cost <= 0.3),
    ]


_WORKER_MEMORY = """
import resource, sys
sys.path.insert(0, {benchmarks!r})
from generate import generate_articles
from newslab.corpus import analyze_item
texts = generate_articles({count}, seed=3)
analyze_item((0, "warm-up", texts[0]))
after_imports = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for index, text in enumerate(texts):
    analyze_item((index, f"text:{{index}}", text))
print(after_imports, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory_figures(sizes: Sizes) -> list[Figure]:
    """Peak memory of a worker process, and Python allocations for a 1x and a 10x article."""
    import tracemalloc

    code = _WORKER_MEMORY.format(benchmarks=str(ROOT / "benchmarks"), count=sizes.corpus // 2)
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    warm, peak = (int(kb) / 1024 for kb in result.stdout.split())
    figures = [
        Figure("memory", "worker peak RSS after one article, MB", f"{warm:.0f}"),
        Figure("memory", f"worker peak RSS after {sizes.corpus // 2} articles, MB", f"{peak:.0f}"),
    ]
    peaks = []
    for text in (long_article(1), long_article(10)):
        tracemalloc.start()
        newslab.analyze(text).to_dict()
        peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
        tracemalloc.stop()
    ratio = peaks[1] / peaks[0]
    figures += [
        Figure("memory", "Python allocations, 1x article, MB", f"{peaks[0]:.1f}"),
        Figure("memory", "Python allocations, 10x article", f"{ratio:.1f}x", "~10x", ratio <= 12),
    ]
    return figures


def long_article(times: int) -> str:
    """An article of 15 paragraphs times ``times``: same style, ``times`` as long."""
    return generate_article(0, seed=4, paragraphs=15 * times)


def run_on_sentence(times: int) -> str:
    """A headline and one sentence without a full stop, naming actors ``60 * times`` times.

    Even the shortest names more actors than the stance layer scores in one sentence.
    """
    clause = "Kim met Xi and the U.S. envoy while officials in Seoul and Tokyo waited, "
    return "Talks\n\n" + clause * (12 * times) + "and nothing was agreed."


def linear_time_figures(sizes: Sizes) -> list[Figure]:
    """Time to analyse inputs ten times as long: a quadratic step would show here.

    Two kinds of input: an article of ordinary sentences, and a single run-on sentence that
    names actors again and again (a step that read the whole sentence once per mention would
    be quadratic there).
    """
    figures = []
    for name, make in (("article", long_article), ("run-on sentence", run_on_sentence)):
        short, long = make(1), make(10)
        newslab.analyze(short)
        one = best_time(lambda: newslab.analyze(short), sizes.repeats)  # noqa: B023
        ten = best_time(lambda: newslab.analyze(long), sizes.repeats)  # noqa: B023
        ratio = ten / one
        figures += [
            Figure("linear", f"1x {name} (characters), CPU ms", f"{one * 1000:.1f} ({len(short):,})"),
            Figure("linear", f"10x {name}, time ratio", f"{ratio:.1f}x ({len(long):,} chars)", "~10x",
                   ratio <= 12),
        ]
    return figures


def notebook_figures() -> list[Figure]:
    """Wall time of ``pytest --nbval notebooks``, or a note when there is nothing to run."""
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        return [Figure("notebooks", "notebook suite", "skipped: no notebooks")]
    command = [sys.executable, "-m", "pytest", "--nbval", "notebooks", "-q", "-p", "no:cacheprovider"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode == 5 or "nbval" in result.stderr and result.returncode == 4:
        return [Figure("notebooks", "notebook suite", "skipped: nbval not installed")]
    passed = result.returncode == 0
    value = f"{seconds:.1f} s ({len(notebooks)} notebooks{'' if passed else ', FAILING'})"
    return [Figure("notebooks", "pytest --nbval notebooks, wall time", value, "passes", passed)]


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return {
        "date (UTC)": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"),
        "newslab": newslab.__version__,
        "layers": ", ".join(layer.name for layer in LAYERS) or "(none registered)",
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "platform": platform.platform(),
        "cpu count": str(os.cpu_count()),
        "cpu": model or platform.processor() or "unknown",
        "load average at start (1, 5, 15 min)": load,
    }


def table(figures: list[Figure]) -> str:
    """The figures as a plain-text table."""
    rows = [("section", "measure", "value", "target", "status")]
    rows += [(f.section, f.name, f.value, f.target, f.status) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown(figures: list[Figure], details: dict[str, str]) -> str:
    """docs/benchmarks.md: how to run the benchmarks, the machine, and the figures."""
    lines = [
        "# Benchmarks",
        "",
        "Generated by `python benchmarks/run.py --write-docs`; rerun it to refresh this page.",
        "The articles are invented by `benchmarks/generate.py` (seeded, so every run uses the same",
        "text). Timings are the best of a few repeats; machine-dependent figures are ratios where",
        "possible. Work in one process is timed in CPU time; the corpus runs over several processes",
        "are timed on the wall clock, so on a shared machine the load average below matters: the",
        "worker speed-up in particular needs two idle cores.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in details.items()),
        "",
        "## Figures",
        "",
        "| section | measure | value | target | status |",
        "|---|---|---|---|---|",
        *(f"| {f.section} | {f.name.strip()} | {f.value} | {f.target} | {f.status} |" for f in figures),
        "",
        "## What is measured",
        "",
        "- **analysis**: `newslab.analyze` on each article (every registered layer) against",
        "  TextBlob's `.sentiment` on the same sentences alone; then the time of loading and",
        "  segmenting and of each layer's `run`. The \"required parts\" line times only what the",
        "  other issues make every analysis do before any actor, quote or stance work: split the",
        "  article into sentences with pysbd (issue 2) and score each sentence with TextBlob and",
        "  VADER (issue 4). That line is a floor for the full analysis, and it is already above",
        "  the 2x target: pysbd alone costs about twice TextBlob's sentence sentiment. The full",
        "  analysis, TextBlob alone and the required parts are timed in turns, so that a change in",
        "  the machine's speed during the run touches all three alike.",
        "- **corpus**: `newslab.corpus.write_corpus` to a .jsonl file, on 1 and 2 local worker",
        "  processes (worker start-up included; best of two runs, after a small warm-up run in",
        "  this process) and on a Dask `LocalCluster` of two one-thread workers (started and",
        "  warmed up beforehand); then 10x the articles on one worker.",
        "- **import**: wall time of `python -c 'import newslab'` less `python -c 'pass'`, median",
        "  of several fresh processes.",
        "- **memory**: peak resident memory of a process doing a worker's job (`ru_maxrss`), and",
        "  the peak of Python allocations (`tracemalloc`) for one article and for one ten times",
        "  as long.",
        "- **linear**: analysis time of an article ten times as long, and of a run-on sentence",
        "  naming actors ten times as often (60 and 600 mentions); a quadratic step would show as",
        "  a ratio far above 10.",
        "- **notebooks**: wall time of `pytest --nbval notebooks -q`.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles and repeats")
    parser.add_argument("--write-docs", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    details = machine()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="newslab-bench-") as folder:
        for measure in (
            lambda: analysis_figures(sizes),
            lambda: linear_time_figures(sizes),
            lambda: corpus_figures(sizes, Path(folder)),
            lambda: import_figures(sizes),
            lambda: memory_figures(sizes),
            notebook_figures,
        ):
            new = measure()
            figures += new
            for figure in new:
                print(f"  measured {figure.section}: {figure.name.strip()} = {figure.value}", file=sys.stderr)
    print("\n".join(f"{key}: {value}" for key, value in details.items()))
    print()
    print(table(figures))
    if args.write_docs:
        path = ROOT / "docs" / "benchmarks.md"
        path.write_text(markdown(figures, details), encoding="utf-8")
        print(f"\nwrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
