"""``newslab app``: the notebooks as a code-free classroom app, served by Voila.

Voila runs a notebook and shows only its outputs (text, tables, plots and working widgets), never
its code, so a class can click through the explorers without seeing Python. It needs the ``app``
extra: ``pip install 'newslab[app]'``.

Example:
    $ newslab app                        # every notebook in ./notebooks, listed on one page
    $ newslab app notebooks/01_reading_the_article.ipynb --port 8870
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newslab.errors import NewslabError

DEFAULT_PATH = "notebooks"
DEFAULT_PORT = 8866


def add_app_command(commands: argparse._SubParsersAction) -> None:
    """Add the ``app`` subcommand to the ``newslab`` parser's subcommands.

    Example:
        >>> parser = argparse.ArgumentParser()
        >>> add_app_command(parser.add_subparsers(dest="command"))
        >>> parser.parse_args(["app", "--port", "9000"]).port
        9000
    """
    app = commands.add_parser(
        "app",
        help="serve the notebooks as a code-free classroom app (Voila)",
        description="Serve notebooks as a web app that shows their outputs and widgets, not their "
        "code. Open the address it prints in a browser. Stop it with Ctrl+C.",
    )
    app.add_argument(
        "path",
        nargs="?",
        default=DEFAULT_PATH,
        metavar="PATH",
        help=f"a notebook, or a folder whose notebooks are listed (default: {DEFAULT_PATH})",
    )
    app.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default: {DEFAULT_PORT}")
    app.add_argument(
        "--ip",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for a classroom network)",
    )
    app.add_argument("--no-browser", action="store_true", help="do not open a browser window")


def voila_arguments(path: str | Path, *, port: int, ip: str, open_browser: bool) -> list[str]:
    """The Voila command-line arguments that serve ``path``, after checking it is a notebook or folder.

    Args:
        path: a ``.ipynb`` file, or a folder of notebooks.
        port: the port to listen on.
        ip: the address to listen on.
        open_browser: whether Voila opens a browser window.

    Raises:
        NewslabError: when ``path`` is missing or is not a notebook.

    Example:
        >>> voila_arguments("newslab", port=8866, ip="127.0.0.1", open_browser=False)[1:]
        ['--port=8866', '--Voila.ip=127.0.0.1', '--no-browser']
        >>> voila_arguments("README.md", port=8866, ip="127.0.0.1", open_browser=True)
        Traceback (most recent call last):
        newslab.errors.NewslabError: not a notebook: README.md (give a .ipynb file or a folder of notebooks)
    """
    target = Path(path)
    if not target.exists():
        raise NewslabError(
            f"no such notebook or folder: {path} (run it where the notebooks folder is, or give a path)"
        )
    if target.is_file() and target.suffix != ".ipynb":
        raise NewslabError(f"not a notebook: {path} (give a .ipynb file or a folder of notebooks)")
    arguments = [str(target), f"--port={port}", f"--Voila.ip={ip}"]
    if not open_browser:
        arguments.append("--no-browser")
    return arguments


def run_app(args: argparse.Namespace) -> int:
    """Serve ``args.path`` with Voila until interrupted; returns the exit code."""
    arguments = voila_arguments(args.path, port=args.port, ip=args.ip, open_browser=not args.no_browser)
    try:
        from voila.app import Voila
    except ImportError as error:
        raise NewslabError("the app needs Voila: pip install 'newslab[app]'") from error
    Voila.launch_instance(argv=arguments)
    return 0
