"""The ``newslab`` command: analyse an article from a file or standard input.

Exit codes: 0 on success, 1 when the input cannot be read or analysed, 2 on a usage error.
Errors are one line on standard error, never a traceback.

Example:
    $ newslab analyze --format text
    title:      With Trump in waiting, Kim courts China's support
    ...
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from newslab import __version__
from newslab.app import add_app_command, run_app
from newslab.errors import NewslabError

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
    add_app_command(commands)
    return parser


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
        if args.command == "app":
            return run_app(args)
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


def _article_from_stdin():
    from newslab.article import _HTML_START, Article
    from newslab.decoding import decode_bytes

    decoded = decode_bytes(sys.stdin.buffer.read())
    if _HTML_START.match(decoded.text[:1000]):
        return Article.from_html(decoded.text, source="<stdin>")
    return Article.from_text(
        decoded.text, source="<stdin>", encoding=decoded.encoding, warnings=decoded.warnings
    )


if __name__ == "__main__":
    sys.exit(main())
