"""A student at work in JupyterLab: each exercise answered wrongly, then rightly, then hand-in.

Used by ``test_lab.py`` on the page that ``runs`` already executed. The right answers come from
newslab (the same code the checks use), so the flow follows whatever article a notebook reads.
"""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Locator, Page

from newslab.teaching.exercises import notebook as exercises_of

from .pages import _KERNEL_IDLE, _PANEL, LabNotebook, _wait_for

CELL_TIMEOUT_MS = 120_000

_FIND_CELL = f"""([path, text]) => ({_PANEL})(path).content.widgets
    .findIndex(cell => cell.model.type === 'code' && cell.model.sharedModel.getSource().includes(text))"""

_RUN_CELL = f"""async ([path, index, source]) => {{
    const panel = ({_PANEL})(path);
    const cell = panel.content.widgets[index];
    cell.model.sharedModel.setSource(source);
    panel.content.activeCellIndex = index;
    window.__newslabCellDone = false;
    await window.jupyterapp.commands.execute('notebook:run-cell');
    window.__newslabCellDone = true;
}}"""

_OUTPUT_TEXT = f"""([path, index]) => ({_PANEL})(path).content.widgets[index].outputArea.node.innerText"""


def wrong_answer(right: Any) -> str:
    """Code for a wrong answer of the same kind as ``right``."""
    if isinstance(right, tuple):
        return "(0, 1)"
    if isinstance(right, str):
        return '"zebra crossing"'
    return "999"


class Student:
    """Edits and runs cells of one executed notebook, as a student does."""

    def __init__(self, lab_notebook: LabNotebook):
        self.notebook = lab_notebook
        self.page: Page = lab_notebook.page
        self.path = lab_notebook.path

    def cell_index(self, text: str) -> int:
        index = self.page.evaluate(_FIND_CELL, [self.path, text])
        assert index >= 0, f"{self.path}: no code cell holds {text!r}"
        return index

    def cell(self, index: int) -> Locator:
        return self.page.locator(".jp-Notebook .jp-Cell").nth(index)

    def run(self, index: int, source: str) -> str:
        """Replace cell ``index``'s code with ``source``, run it, and return what it shows."""
        self.page.evaluate(_RUN_CELL, [self.path, index, source])
        _wait_for(self.page, "() => window.__newslabCellDone === true",
                  f"{self.path}: cell {index} never ran", timeout=CELL_TIMEOUT_MS)
        _wait_for(self.page, _KERNEL_IDLE, f"{self.path}: kernel busy after cell {index}", arg=self.path,
                  timeout=CELL_TIMEOUT_MS)
        self.cell(index).scroll_into_view_if_needed()
        return self.page.evaluate(_OUTPUT_TEXT, [self.path, index])

    def answer(self, name: str, answer_code: str) -> tuple[int, str]:
        """Write ``answer_code`` in exercise ``name``'s blank and run its check."""
        index = self.cell_index(f"ex.{name}.check(")
        return index, self.run(index, f"answer = {answer_code}\n\nex.{name}.check(answer)")


_WIDGET_OUTPUTS = f"""(path) => {{
    const found = [];
    ({_PANEL})(path).content.widgets.forEach((cell, index) => {{
        if (cell.model.type !== 'code') return;
        const outputs = cell.model.outputs;
        for (let i = 0; i < outputs.length; i++) {{
            const data = outputs.get(i).toJSON().data || {{}};
            if ('application/vnd.jupyter.widget-view+json' in data) found.push(index);
        }}
    }});
    return found;
}}"""


def first_view(lab_notebook: LabNotebook, save) -> list[str]:
    """Before any cell runs: each widget cell shows a widget or the one-line note, never a repr."""
    page, path = lab_notebook.page, lab_notebook.path
    stem = path.split("/")[-1].removesuffix(".ipynb")
    student = Student(lab_notebook)
    shown = []
    for index in page.evaluate(_WIDGET_OUTPUTS, path):
        text = page.evaluate(_OUTPUT_TEXT, [path, index])
        assert "children=" not in text and "VBox(" not in text, f"{path} cell {index}: {text[:200]}"
        drawn = page.locator(".jp-Notebook .jp-Cell").nth(index).locator(".jupyter-widgets").count()
        assert "Run this cell" in text or drawn, f"{path} cell {index} shows no widget, no note: {text[:99]}"
        shown.append(text.strip()[:80])
    if shown:
        first = page.evaluate(_WIDGET_OUTPUTS, path)[0]
        student.cell(first).scroll_into_view_if_needed()
        save(student.cell(first), f"lab-{stem}-first-view")
    return shown


def do_every_exercise(lab_notebook: LabNotebook, save, save_for_docs=None) -> list[str]:
    """Answer each exercise wrongly, then rightly; show progress; hand in. Returns what was seen.

    ``save_for_docs`` (if given) saves the pictures the teacher guide shows.
    """
    save_for_docs = save_for_docs or save
    student = Student(lab_notebook)
    number = lab_notebook.path.split("/")[-1][:2]
    stem = lab_notebook.path.split("/")[-1].removesuffix(".ipynb")
    seen = []
    for exercise in exercises_of(number):
        right = exercise.answer(exercise.article)
        index, shown = student.answer(exercise.name, wrong_answer(right))
        assert f"{exercise.name} · not quite" in shown, shown
        message = re.sub(r"\[\d*\]:", "", shown).replace(f"{exercise.name}.", "")
        message = message.replace(f"{exercise.name} ·", "")
        leaked = re.search(rf"(?<![\w.]){re.escape(repr(right))}(?![\w.])", message)
        assert not leaked, f"the answer leaked: {shown}"
        save(student.cell(index), f"lab-{stem}-{exercise.name}-wrong")
        index, shown = student.answer(exercise.name, repr(right))
        assert f"{exercise.name} · correct!" in shown, shown
        save(student.cell(index), f"lab-{stem}-{exercise.name}-right")
        seen.append(f"{exercise.name}: wrong -> not quite; right -> correct")
    progress = student.cell_index("ex.progress()")
    shown = student.run(progress, "ex.progress()")
    total = len(exercises_of(number))
    assert f"{total} of {total} exercises right" in shown, shown
    save_for_docs(student.cell(progress), f"lab-{stem}-progress")
    hand_in = student.cell_index("ex.hand_in(")
    shown = student.run(hand_in, 'ex.hand_in("Test Student")')
    assert f"hand-in-{number}-test-student.json" in shown and f"{total} of {total} right" in shown, shown
    save(student.cell(hand_in), f"lab-{stem}-hand-in")
    return seen


def bare_word_gets_help(lab_notebook: LabNotebook, save, save_for_docs=None) -> str:
    """Notebook 00's q2 answered with a word without quote marks: a Help box says what to do."""
    student = Student(lab_notebook)
    index, shown = student.answer("q2", "With")
    assert "text goes between quote marks" in shown and "NameError" in shown, shown
    (save_for_docs or save)(student.cell(index), "lab-00_start_here-help-bare-word")
    index, shown = student.answer("q2", "Kim Jong")
    assert 'Text goes between quote marks: write "Kim Jong"' in shown, shown
    save(student.cell(index), "lab-00_start_here-help-two-words")
    return shown
