"""The teacher guide's answer keys are what the exercises accept for the bundled article."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from newslab.errors import NewslabError
from newslab.teaching.exercises import notebook

GUIDE = (Path(__file__).resolve().parents[1] / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| (\d\d) (q\d) \| `([^`]+)` \|", re.MULTILINE)


def test_the_answer_key_lists_every_exercise_with_its_right_answer():
    listed = {(number, name): ast.literal_eval(answer) for number, name, answer in ROW.findall(GUIDE)}
    expected = {}
    for number in sorted({number for number, _ in listed}):
        for exercise in notebook(number):
            expected[(number, exercise.name)] = exercise.answer(exercise.article)
    assert listed == expected
    assert {number for number, _ in listed} == registered_notebooks()
    for (number, name), answer in listed.items():
        assert getattr(notebook(number), name).check(answer), (number, name)


def test_every_notebook_has_a_lesson_section():
    for number in ("00", "01", "02", "03", "04", "05", "06"):
        assert re.search(rf"^##+ Lesson {number} · ", GUIDE, re.MULTILINE), number


def registered_notebooks() -> set[str]:
    """The numbers of the notebooks that have exercises."""
    found = set()
    for number in (f"{n:02d}" for n in range(10)):
        try:
            notebook(number)
        except NewslabError:
            continue
        found.add(number)
    return found
