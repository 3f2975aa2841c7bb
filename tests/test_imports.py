"""The import graph of newslab: no cycles anywhere, and the shape issue 13 asks for.

``lint-imports`` (run by ``make test``) checks the layer contracts in ``pyproject.toml``; this
test adds what a contract cannot say: no module, the package's own ``__init__`` included,
takes part in an import cycle.
"""

from __future__ import annotations

from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_of_newslab_is_in_an_import_cycle():
    graph = grimp.build_graph("newslab")
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for module in ("a", "b", "c"):
        graph.add_module(module)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="a")
    graph.add_import(importer="b", imported="c")
    assert cycles(graph) == [["a", "b"]]


def test_the_package_is_subpackages_by_concern():
    package = ROOT / "newslab"
    top_modules = sorted(p.name for p in package.glob("*.py"))
    subpackages = sorted(p.parent.name for p in package.glob("*/__init__.py"))
    assert len(top_modules) <= 8, top_modules
    assert len(subpackages) >= 5, subpackages


def test_every_data_file_error_is_one_kind_of_error():
    from newslab.actors.catalog import CatalogError
    from newslab.actors.cues import CueFileError
    from newslab.errors import DataFileError
    from newslab.speech.lexicons import LexiconFormatError
    from newslab.stance.framing import FramingFormatError
    from newslab.tone.misread import MisreadWordsError

    kinds = (CatalogError, CueFileError, LexiconFormatError, FramingFormatError, MisreadWordsError)
    assert all(issubclass(kind, DataFileError) for kind in kinds)
