"""Build the notebooks (notebooks/*.ipynb) from their sources (notebook-sources/*.py).

The sources live outside the students' folder, so that the file browser shows only notebooks.
A source is a Python file in the "percent" format (the one jupytext and VS Code read):

    # %% [markdown]
    # # A heading
    # Some text: every markdown line starts with "# " (or is a lone "#").

    # %% tags=["nbval-ignore-output"]
    import newslab
    newslab.load()

A code cell's tags (jupytext's ``tags=[...]``) become the cell's metadata tags: nbval reads
``nbval-ignore-output`` there, so students' code carries no test markers.

A notebook whose cells already match its source is left alone, outputs and all. A notebook
whose cells changed is written without outputs; run it afterwards (``make notebooks`` does
both steps):

    python scripts/build_notebooks.py [SOURCE ...]   build (default: every notebook-sources/*.py)
    python scripts/build_notebooks.py --check         exit 1 if a notebook is out of date
    python scripts/run_notebooks.py NOTEBOOK ...      execute and store outputs
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = ROOT / "notebook-sources"
_MARKER = re.compile(r"^# %%(?P<rest>.*)$")
_TAGS = re.compile(r"tags=(?P<tags>\[[^\]]*\])")
# The kernel `ipykernel install` (make lab) and Binder provide, named as they name it: JupyterLab
# rewrites a differing kernelspec on open, which marks a fresh notebook modified.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


class SourceError(ValueError):
    """A notebook source that does not follow the percent format."""


def parse(text: str, *, name: str = "source") -> list[tuple[str, str]]:
    """Split a percent-format source into ``(cell_type, source)`` pairs.

    Example:
        >>> parse("# %% [markdown]\\n# # Title\\n\\n# %%\\n1 + 1\\n")
        [('markdown', '# Title'), ('code', '1 + 1')]
    """
    return [(kind, body) for kind, body, _ in parse_cells(text, name=name)]


def parse_cells(text: str, *, name: str = "source") -> list[tuple[str, str, list[str]]]:
    """Split a percent-format source into ``(cell_type, source, tags)`` triples.

    Example:
        >>> parse_cells('# %% tags=["nbval-ignore-output"]\\nw = 1\\n')
        [('code', 'w = 1', ['nbval-ignore-output'])]
    """
    cells: list[tuple[str, list[str], list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        marker = _MARKER.match(line)
        if marker:
            rest = marker.group("rest")
            kind = "markdown" if "[markdown]" in rest else "code"
            tags = _TAGS.search(rest)
            try:
                cell_tags = [str(t) for t in json.loads(tags.group("tags"))] if tags else []
            except json.JSONDecodeError as error:
                message = f"{name}:{number}: tags must be a list of strings in double quotes"
                raise SourceError(message) from error
            cells.append((kind, [], cell_tags))
        elif not cells:
            if line.strip():
                raise SourceError(f"{name}:{number}: text before the first '# %%' marker")
        else:
            cells[-1][1].append(line)
    parsed = []
    for kind, lines, tags in cells:
        if kind == "markdown":
            lines = [_markdown_line(line, name) for line in lines]
        body = "\n".join(lines).strip("\n")
        if not body.strip():
            raise SourceError(f"{name}: an empty {kind} cell")
        parsed.append((kind, body, tags))
    return parsed


def _markdown_line(line: str, name: str) -> str:
    if line == "" or line == "#":
        return ""
    if line.startswith("# "):
        return line[2:]
    raise SourceError(f"{name}: a markdown line must start with '# ': {line!r}")


def build(source: Path) -> nbformat.NotebookNode:
    """The notebook (without outputs) that a source describes; cell ids are stable."""
    notebook = nbformat.v4.new_notebook()
    cells = parse_cells(source.read_text(encoding="utf-8"), name=source.name)
    for index, (kind, body, tags) in enumerate(cells):
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        cell = make(body, id=f"{source.stem[:40]}-{index:03d}")
        if tags:
            cell.metadata["tags"] = tags
        notebook.cells.append(cell)
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def same_cells(a: nbformat.NotebookNode, b: nbformat.NotebookNode) -> bool:
    """True when both notebooks have the same cells (type, id, source and tags), outputs aside."""
    def key(notebook: nbformat.NotebookNode) -> list[tuple[str, str, str, list[str]]]:
        return [(c.cell_type, c.get("id", ""), c.source, c.metadata.get("tags", [])) for c in notebook.cells]

    return key(a) == key(b)


def target(source: Path) -> Path:
    """Where the notebook built from ``source`` lives."""
    return NOTEBOOKS / f"{source.stem}.ipynb"


def out_of_date(sources: list[Path]) -> list[Path]:
    """The sources whose notebook is missing or has different cells."""
    stale = []
    for source in sources:
        path = target(source)
        if not path.exists() or not same_cells(nbformat.read(path, as_version=4), build(source)):
            stale.append(source)
    return stale


def main(argv: list[str]) -> int:
    check = "--check" in argv
    sources = [Path(a) for a in argv if a != "--check"] or sorted(SOURCES.glob("[0-9]*.py"))
    stale = out_of_date(sources)
    if check:
        for source in stale:
            print(f"{target(source).name} is out of date: run `make notebooks`")
        return 1 if stale else 0
    for source in stale:
        nbformat.write(build(source), target(source))
        print(f"built {target(source).relative_to(ROOT)}: now run scripts/run_notebooks.py on it")
    if not stale:
        print("every notebook matches its source")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
