"""Over the stored notebooks: no exercise's answer stands in the cells just above it.

A student must find each answer with the tool (a widget, a chart, a table, one line of code) or
by reasoning, not copy it from the prose or a printed value of the same section. The window is
the exercise's section: from the last level-2 heading (``## ...``) down to the cell that checks
the answer. Markdown, printed text and plain-text values are searched; pictures, HTML tables
and widgets are the tools a student reads, so they are not.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
import pytest

from newslab.teaching.exercises import notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CASES = [(path, exercise.name) for path in NOTEBOOKS for exercise in notebook(path.stem[:2])]


def window(cells: list[Any], name: str) -> tuple[int, list[Any]]:
    """The index of the cell that checks exercise ``name``, and the cells of its section above it."""
    check = next(i for i, c in enumerate(cells) if c.cell_type == "code" and f"ex.{name}.check(" in c.source)
    start = max(
        (i for i in range(check) if cells[i].cell_type == "markdown"
         and any(line.startswith("## ") for line in cells[i].source.splitlines())),
        default=0,
    )
    return check, cells[start:check]


def shown_text(cells: list[Any]) -> str:
    """What a student reads in these cells, other than pictures, HTML and widgets."""
    parts = []
    for cell in cells:
        if cell.cell_type == "markdown":
            parts.append(cell.source)
            continue
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                parts.append(output.text)
            data = output.get("data", {})
            if "text/plain" in data and not ({"text/html", "image/png"} & set(data)) \
                    and "application/vnd.jupyter.widget-view+json" not in data:
                parts.append(data["text/plain"])
    return "\n".join(parts)


def forms(answer: Any) -> list[str]:
    """The ways an answer could be written out."""
    if isinstance(answer, tuple):
        return [str(answer[0])]
    if isinstance(answer, str):
        found = [answer, answer.split(" (")[0]]
        return [f for f in found if f.strip()]
    return [str(answer)]


def stands_in(form: str, text: str, answer: Any) -> bool:
    if isinstance(answer, str):
        return form.casefold() in text.casefold()
    return re.search(rf"(?<![\w.,-]){re.escape(form)}(?![\w]|\.\d|,\d)", text) is not None


@pytest.mark.parametrize(("path", "name"), CASES, ids=[f"{p.stem[:2]}-{n}" for p, n in CASES])
def test_no_answer_stands_in_the_cells_just_above_its_exercise(path, name):
    cells = nbformat.read(path, as_version=4).cells
    exercise = getattr(notebook(path.stem[:2]), name)
    answer = exercise.answer(exercise.article)
    _, above = window(cells, name)
    text = shown_text(above)
    for form in forms(answer):
        assert not stands_in(form, text, answer), f"{path.stem} {name}: {form!r} is shown above the exercise"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exercises_come_in_the_order_of_their_numbers(path):
    cells = nbformat.read(path, as_version=4).cells
    names = [e.name for e in notebook(path.stem[:2])]
    order = sorted(names, key=lambda name: window(cells, name)[0])
    assert order == names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_ends_with_progress_and_a_hand_in(path):
    code = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    assert any("ex.progress()" in source for source in code)
    assert any("ex.hand_in(" in source for source in code)


def test_the_check_finds_an_answer_written_above():
    cells = [nbformat.v4.new_markdown_cell("## 4. Who is named most?\n\nthe United States (19)"),
             nbformat.v4.new_code_cell("most = ____\nex.q2.check(most)")]
    _, above = window(cells, "q2")
    assert stands_in("United States", shown_text(above), "United States")
    assert stands_in("19", shown_text(above), 19) and not stands_in("9", shown_text(above), 9)
