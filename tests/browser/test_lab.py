"""In JupyterLab, as a student: open each notebook, Run All Cells, see no error, use the widgets.

One test function, so that the tests of one notebook run one after the other on one executed page:
first "runs" (Run All Cells, no error), then each of its checks from ``checks.py``.
"""

from __future__ import annotations

import pytest

from .checks import CHECKS, FIXTURE_CHECKS, Check
from .conftest import FIXTURES, course_notebooks


def cases() -> list:
    """(path in the scratch site, check or None for the run itself), grouped by notebook."""
    found = []
    notebooks = [("notebooks", name, CHECKS) for name in course_notebooks()]
    fixtures = [("fixtures", path.name, FIXTURE_CHECKS) for path in sorted(FIXTURES.glob("*.ipynb"))]
    for folder, name, table in notebooks + fixtures:
        stem = name.removesuffix(".ipynb")
        found.append(pytest.param(f"{folder}/{name}", None, id=f"{stem}:runs"))
        found += [pytest.param(f"{folder}/{name}", c, id=c.id) for c in table if c.notebook == name]
    return found


@pytest.mark.parametrize(("path", "check"), cases())
def test_in_lab(path: str, check: Check | None, executed_in_lab, screenshots):
    notebook = executed_in_lab(path)
    course = path.startswith("notebooks/")
    stem = path.split("/")[-1].removesuffix(".ipynb")
    if check is None:
        notebook.scroll_to_top()
        screenshots.save(notebook.page, f"lab-{stem}", course=course)
        return
    widget = notebook.widget(check.widget_class)
    check.run(widget)
    assert not notebook.errors(), notebook.errors()
    screenshots.save(widget, f"lab-{stem}-{check.widget_class}", course=course)


def test_every_check_names_an_existing_notebook():
    course, fixtures = set(course_notebooks()), {path.name for path in FIXTURES.glob("*.ipynb")}
    assert [c.notebook for c in CHECKS if c.notebook not in course] == []
    assert [c.notebook for c in FIXTURE_CHECKS if c.notebook not in fixtures] == []
