"""In JupyterLab, as a student: open each notebook, Run All Cells, see no error, use the widgets.

One test function, so that the tests of one notebook run one after the other on one executed page:
first "runs" (Run All Cells, no error), then each of its checks from ``checks.py``.
"""

from __future__ import annotations

import pytest

from .checks import CHECKS, FIXTURE_CHECKS, Check
from .conftest import FIXTURES, course_notebooks
from .pages import LabNotebook
from .student import bare_word_gets_help, do_every_exercise, first_view


def cases() -> list:
    """(path in the scratch site, check or None for the run itself), grouped by notebook."""
    found = []
    notebooks = [("notebooks", name, CHECKS) for name in course_notebooks()]
    fixtures = [("fixtures", path.name, FIXTURE_CHECKS) for path in sorted(FIXTURES.glob("*.ipynb"))]
    for folder, name, table in notebooks + fixtures:
        stem = name.removesuffix(".ipynb")
        found.append(pytest.param(f"{folder}/{name}", None, id=f"{stem}:runs"))
        found += [pytest.param(f"{folder}/{name}", c, id=c.id) for c in table if c.notebook == name]
        if folder == "notebooks":
            found.append(pytest.param(f"{folder}/{name}", "exercises", id=f"{stem}:exercises"))
    return found


@pytest.mark.parametrize("name", course_notebooks())
def test_first_view_before_running(name, browser, lab, lab_token, executed_in_lab, screenshots):
    """Opened fresh, before Run All: widgets show the stored note, not ``VBox(children=...``."""
    executed_in_lab.close()  # one kernel alive at a time
    notebook = LabNotebook.open(browser, lab, lab_token, f"notebooks/{name}")
    try:
        first_view(notebook, lambda target, shot: screenshots.save(target, shot, course=False))
        notebook.scroll_to_top()
        screenshots.save(notebook.page, f"lab-{name.removesuffix('.ipynb')}-unrun", course=False)
    finally:
        notebook.close()


@pytest.mark.parametrize(("path", "check"), cases())
def test_in_lab(path: str, check: Check | None, executed_in_lab, screenshots):
    notebook = executed_in_lab(path)
    course = path.startswith("notebooks/")
    stem = path.split("/")[-1].removesuffix(".ipynb")
    if check is None:
        notebook.scroll_to_top()
        screenshots.save(notebook.page, f"lab-{stem}", course=course)
        return
    if check == "exercises":
        save = lambda target, shot: screenshots.save(target, shot, course=False)  # noqa: E731
        for_docs = lambda target, shot: screenshots.save(target, shot)  # noqa: E731
        if stem.startswith("00"):
            bare_word_gets_help(notebook, save, for_docs)
        do_every_exercise(notebook, save, for_docs if stem.startswith("00") else None)
        assert not notebook.errors(), notebook.errors()
        return
    widget = notebook.widget(check.widget_class)
    check.run(widget)
    assert not notebook.errors(), notebook.errors()
    screenshots.save(widget, f"lab-{stem}-{check.widget_class}", course=course)


def test_every_check_names_an_existing_notebook():
    course, fixtures = set(course_notebooks()), {path.name for path in FIXTURES.glob("*.ipynb")}
    assert [c.notebook for c in CHECKS if c.notebook not in course] == []
    assert [c.notebook for c in FIXTURE_CHECKS if c.notebook not in fixtures] == []
