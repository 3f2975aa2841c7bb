"""Over the stored notebooks: no exercise's answer stands in the cells just above it.

A student must find each answer with the tool (a widget, a chart, a table, one line of code) or
by reasoning, not copy it from the prose or a printed value nearby. The window is the
exercise's section and the one before it: from the last-but-one level-2 heading (``## ...``)
down to the cell that checks the answer. Markdown, printed text and plain-text values are
searched; pictures, HTML tables and widgets are the tools a student reads, so they are not.
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
SECTIONS = 2
"""How far up "just above" reaches: the exercise's own section and the one before it."""
CASES = [(path, exercise.name) for path in NOTEBOOKS for exercise in notebook(path.stem[:2])]
READ_THE_ARTICLE = {("06", "q1"): "the whole invented article is printed above: count its names"}
"""Exercises answered by reading the article itself, printed in full above them."""
CHECKED = [(path, name) for path, name in CASES if (path.stem[:2], name) not in READ_THE_ARTICLE]


def window(cells: list[Any], name: str) -> tuple[int, list[Any]]:
    """The index of the cell that checks exercise ``name``, and the cells of its section above it."""
    check = next(i for i, c in enumerate(cells) if c.cell_type == "code" and f"ex.{name}.check(" in c.source)
    headings = [i for i in range(check) if cells[i].cell_type == "markdown"
                and any(line.startswith("## ") for line in cells[i].source.splitlines())]
    start = headings[-SECTIONS] if len(headings) >= SECTIONS else 0
    return check, cells[start:check]


def shown_text(cells: list[Any]) -> tuple[str, list[str]]:
    """What a student reads in these cells: the prose and printed text, and the values shown.

    Headings, pictures, HTML tables and widgets are left out. The first cell counts from its
    level-2 heading on (a cell may end one section and start the next). A value (a cell's
    result, such as ``23`` or ``(1, 2, 4)``) gives the answer away only when it *is* the answer.
    """
    parts, values = [], []
    for number, cell in enumerate(cells):
        if cell.cell_type == "code" and re.fullmatch(r"print\(ex\.q\d\.question\)", cell.source.strip()):
            continue  # a question, printed: it names what to look at
        if cell.cell_type == "markdown":
            lines = cell.source.splitlines()
            if number == 0:
                starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
                lines = lines[starts[-1]:] if starts else lines
            parts.append("\n".join(line for line in lines if not line.startswith("#")))
            continue
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                parts.append(output.text)
            data = output.get("data", {})
            if "text/plain" in data and not ({"text/html", "image/png"} & set(data)) \
                    and "application/vnd.jupyter.widget-view+json" not in data:
                values.append(data["text/plain"].strip())
    return "\n".join(parts), values


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


@pytest.mark.parametrize(("path", "name"), CHECKED, ids=[f"{p.stem[:2]}-{n}" for p, n in CHECKED])
def test_no_answer_stands_in_the_cells_just_above_its_exercise(path, name):
    cells = nbformat.read(path, as_version=4).cells
    exercise = getattr(notebook(path.stem[:2]), name)
    answer = exercise.answer(exercise.article)
    _, above = window(cells, name)
    text, values = shown_text(above)
    for form in forms(answer):
        assert not stands_in(form, text, answer), f"{path.stem} {name}: {form!r} is written above it"
        shown = {form, repr(form), repr(answer)}
        assert not shown & set(values), f"{path.stem} {name}: {form!r} is a value shown above the exercise"


@pytest.mark.parametrize(("number", "name"), sorted(READ_THE_ARTICLE))
def test_an_exercise_left_out_is_one_whose_article_is_printed_above_it(number, name):
    path = next(p for p in NOTEBOOKS if p.stem.startswith(number))
    _, above = window(nbformat.read(path, as_version=4).cells, name)
    text, _ = shown_text(above)
    exercise = getattr(notebook(number), name)
    assert exercise.article.text.strip() in text


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
    cells = [nbformat.v4.new_markdown_cell("## 3. Actors\n\nBefore."),
             nbformat.v4.new_markdown_cell("## 4. Who is named most?\n\nthe United States (19)"),
             nbformat.v4.new_code_cell("most = ____\nex.q2.check(most)")]
    _, above = window(cells, "q2")
    text, _ = shown_text(above)
    assert stands_in("United States", text, "United States")
    assert stands_in("19", text, 19) and not stands_in("9", text, 9)
    assert not stands_in("4", text, 4), "a heading's number is not an answer"
    shown = [nbformat.v4.new_markdown_cell("## 1. Loading"), nbformat.v4.new_code_cell("len(article.text)")]
    shown[1].outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "4195"}, execution_count=1)]
    assert shown_text(shown)[1] == ["4195"]
