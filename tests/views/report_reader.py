"""Read a report page as a browser would: its tags and attributes, and the text of each section."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source", "area", "base"}


class ReportReader(HTMLParser):
    """Collects every start tag with its attributes, the visible text of each section and the
    body rows of each ``nl-table-<name>`` table (a list of cell texts a row), and checks that the
    page is well nested (every element closed by its own end tag)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.sections: dict[str, list[str]] = {}
        self.plain: dict[str, list[str]] = {}
        self.section_order: list[str] = []
        self.text: list[str] = []
        self.problems: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self._table: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "section":
            self.section_order.append(attributes.get("id") or "")
            self.sections[attributes.get("id") or ""] = []
            self.plain[attributes.get("id") or ""] = []
        if tag == "table":
            names = [c[len("nl-table-"):] for c in classes(attributes) if c.startswith("nl-table-")]
            self._table = names[0] if names else None
            if self._table is not None:
                self.tables.setdefault(self._table, [])
        if self._table is not None and tag == "tr" and not self._in("thead"):
            self.tables[self._table].append([])
        if self._table is not None and tag == "td":
            self.tables[self._table][-1].append("")
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def _in(self, tag: str) -> bool:
        return any(t == tag for t, _ in self.stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self.problems.append(f"</{tag}> closes nothing")
            return
        opened, _ = self.stack.pop()
        if tag == "table":
            self._table = None
        if opened != tag:
            self.problems.append(f"<{opened}> closed by </{tag}>")

    def handle_data(self, data: str) -> None:
        if any(tag in ("style", "title") for tag, _ in self.stack):
            return
        self.text.append(data)
        tagged = any(classes(a) & {"nl-label", "nl-paragraph-number"} for _, a in self.stack)
        if self._table is not None and self._in("td") and not tagged:
            self.tables[self._table][-1][-1] += data
        for tag, attributes in reversed(self.stack):
            if tag == "section":
                self.sections[attributes.get("id") or ""].append(data)
                if not tagged:
                    self.plain[attributes.get("id") or ""].append(data)
                break


def read_report(page: str) -> ReportReader:
    reader = ReportReader()
    reader.feed(page)
    reader.close()
    assert not reader.problems, reader.problems[:5]
    assert not reader.stack, f"unclosed: {[t for t, _ in reader.stack][:5]}"
    return reader


def section_text(reader: ReportReader, section: str, *, plain: bool = False) -> str:
    """The visible text of a section; ``plain`` leaves out labels and paragraph numbers."""
    return "".join((reader.plain if plain else reader.sections)[section])


def classes(attributes: dict[str, str | None]) -> set[str]:
    return set((attributes.get("class") or "").split())
