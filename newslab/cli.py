"""The ``newslab`` command: analyse an article, or a whole corpus into a table.

Exit codes: 0 on success, 1 when the input cannot be read or analysed (or, for ``report`` and
``corpus``, when the output cannot be written; for ``corpus``, when there are no input files),
2 on a usage error.
Errors are one line on standard error, never a traceback. A corpus run whose articles
partly fail still exits 0: the failures are rows with an ``error``, counted on standard error.

Example:
    $ newslab analyze --format text
    title:      With Trump in waiting, Kim courts China's support
    ...
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from newslab.app import add_app_command, run_app
from newslab.errors import NewslabError
from newslab.version import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are a single line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser, with every subcommand.

    Example:
        >>> build_parser().parse_args(["analyze", "-", "--format", "text"]).format
        'text'
    """
    parser = _Parser(
        prog="newslab",
        description="Read a news article the way an analyst does: actors, quotes, claims, "
        "tone and stance.",
        epilog="Examples:\n  newslab analyze                      the bundled article, as JSON\n"
        "  newslab analyze story.txt --format text\n"
        "  cat story.txt | newslab analyze -\n"
        "  newslab report story.txt -o report.html   a self-contained HTML report\n"
        "  newslab corpus articles/ -o table.csv --tables tables/\n"
        "  newslab app                          the notebooks as a code-free classroom app",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newslab {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    analyze = commands.add_parser(
        "analyze",
        help="analyse one article and print the result",
        description="Analyse one article (.txt, .md, .html) and print a JSON document or a summary.",
    )
    analyze.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="the article file, or - to read standard input (default: the bundled article)",
    )
    analyze.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: the full analysis document (default); text: a short readable summary",
    )
    _add_report_command(commands)
    _add_corpus_command(commands)
    add_app_command(commands)
    return parser


def _add_report_command(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report of one article",
        description="Analyse one article (.txt, .md, .html) and write an HTML report: what was set "
        "aside, the text with its actors marked, actors, quotes, claims, tone and stance, each "
        "with a short explanation. The report is one file that opens offline in any browser.",
    )
    report.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="the article file, or - to read standard input (default: the bundled article)",
    )
    report.add_argument(
        "-o", "--output", required=True, metavar="FILE.html",
        help="the HTML file to write, or - for standard output",
    )


def _add_corpus_command(commands: argparse._SubParsersAction) -> None:
    corpus = commands.add_parser(
        "corpus",
        help="analyse many articles into a table, one row per article",
        description="Analyse many articles into a table (one row per article) and, with "
        "--tables, companion tables per actor and per quote. A file that cannot be analysed "
        "gives a row with an error instead of stopping the run.",
        epilog=".jsonl and .csv outputs are written row by row; .parquet is written at the end "
        "(rows wait in OUT.partial.jsonl). After an interruption, run the same command with "
        "--resume to skip the articles already written.",
    )
    corpus.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files, folders (their .txt, .md, .html, .htm files) or globs such as 'news/**/*.txt'",
    )
    corpus.add_argument(
        "-o", "--output", required=True, type=_output_file, metavar="OUT",
        help="the table to write: a .jsonl, .csv or .parquet file",
    )
    corpus.add_argument(
        "--tables", metavar="DIR", help="also write the per-actor and per-quote tables into this folder"
    )
    where = corpus.add_mutually_exclusive_group()
    where.add_argument(
        "--workers", type=_positive_int, metavar="N",
        help="local worker processes (default: one per core; 1 runs without extra processes)",
    )
    where.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs newslab[scale]; the workers "
        "must see the same files)",
    )
    corpus.add_argument("--resume", action="store_true", help="skip the articles already in OUT")
    corpus.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="show a progress bar on standard error (default: only on a terminal)",
    )


def _output_file(value: str) -> str:
    from newslab.corpus.output import output_suffix

    try:
        output_suffix(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of workers, 1 or more, not {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        newslab 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "corpus":
            return _corpus(args)
        if args.command == "app":
            return run_app(args)
        if args.command == "report":
            return _report(args.path, args.output)
        return _analyze(args.path, args.format)
    except NewslabError as error:
        print(f"newslab: error: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("newslab: interrupted", file=sys.stderr)
        return 130


def _analyze(path: str | None, output_format: str) -> int:
    import newslab

    if path == "-":
        article = _article_from_stdin()
    else:
        article = newslab.load(path)
    analysis = newslab.analyze(article)
    text = analysis.to_json() if output_format == "json" else analysis.summary()
    sys.stdout.write(text + "\n")
    return EXIT_OK


def _report(path: str | None, output: str) -> int:
    import newslab
    from newslab.errors import UnwritableOutputError
    from newslab.views.report import check_report_path, render_report, write_report

    if output != "-":
        check_report_path(output)
        if path not in (None, "-") and Path(output).resolve() == Path(path).resolve():
            raise UnwritableOutputError(f"cannot write {output}: it is the article itself")
    article = _article_from_stdin() if path == "-" else newslab.load(path)
    analysis = newslab.analyze(article)
    if output == "-":
        sys.stdout.buffer.write(render_report(analysis).encode("utf-8"))
        return EXIT_OK
    write_report(analysis, output)
    print(f"wrote {output}: open it in a web browser")
    return EXIT_OK


def _corpus(args: argparse.Namespace) -> int:
    from newslab.corpus import COMPANION_TABLES, collect_paths, write_corpus
    from newslab.corpus.output import output_suffix

    outputs = [args.output]
    if args.tables:
        suffix = output_suffix(args.output)
        outputs += [f"{args.tables}/{name}{suffix}" for name in COMPANION_TABLES]
    paths = collect_paths(args.paths, exclude=outputs)
    run = write_corpus(
        paths,
        args.output,
        tables_dir=args.tables,
        workers=args.workers,
        scheduler=args.scheduler,
        progress=args.progress,
        resume=args.resume,
    )
    if run.failed:
        print(
            f"newslab: {run.failed} of {run.total} articles could not be analysed "
            f"(see the error column of {args.output})",
            file=sys.stderr,
        )
    return EXIT_OK


def _article_from_stdin():
    from newslab.text.article import _HTML_START, Article
    from newslab.text.decoding import decode_bytes

    decoded = decode_bytes(sys.stdin.buffer.read())
    if _HTML_START.match(decoded.text[:1000]):
        return Article.from_html(decoded.text, source="<stdin>")
    return Article.from_text(
        decoded.text, source="<stdin>", encoding=decoded.encoding, warnings=decoded.warnings
    )


if __name__ == "__main__":
    sys.exit(main())
