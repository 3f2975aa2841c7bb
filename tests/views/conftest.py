"""Helpers to read the HTML that views produce, as a browser would."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest


class MarkedText(HTMLParser):
    """Collects the text a reader sees (labels apart), the marks and checks the nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.labels: list[str] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[dict[str, str | None]] = []
        self.pieces: dict[str, list[str]] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        self.stack.append((tag, attributes))
        if tag == "mark":
            self.marks.append(attributes)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>: the HTML is not well nested"

    def handle_data(self, data: str) -> None:
        if any("nl-label" in (a.get("class") or "") for _, a in self.stack):
            self.labels.append(data)
            return
        self.text.append(data)
        for tag, attributes in self.stack:
            if tag == "mark":
                self.pieces.setdefault(attributes["data-nl-span"], []).append(data)


def read(page: str) -> MarkedText:
    parser = MarkedText()
    parser.feed(page)
    parser.close()
    assert not parser.stack, f"unclosed tags: {[t for t, _ in parser.stack]}"
    return parser


@pytest.fixture
def read_html():
    """Parse a view's HTML: ``.text`` (visible, labels left out), ``.labels``, ``.marks``, ``.pieces``."""
    return read


# ---------------------------------------------------------------- added for notebooks 04 and 06


class TableCells(HTMLParser):
    """The cells' text of every ``<table>``, by the table's class: ``{class: [[cell, ...], ...]}``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.current: str | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.current = dict(attrs).get("class") or ""
            self.tables.setdefault(self.current, [])
        elif tag == "tr" and self.current is not None:
            self.tables[self.current].append([])
        elif tag in ("td", "th") and self.current is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.current is not None:
            self.tables[self.current][-1].append("".join(self.cell))
            self.cell = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture
def read_tables():
    """Parse a view's HTML into its tables' cells, by table class (header row first)."""

    def read_tables(page: str) -> dict[str, list[list[str]]]:
        parser = TableCells()
        parser.feed(page)
        parser.close()
        return parser.tables

    return read_tables
