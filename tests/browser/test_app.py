"""In the newslab app (Voila), as a class sees it: the list of notebooks, no code, no errors,
widgets that respond. As in ``test_lab.py``, the tests of one page run one after the other."""

from __future__ import annotations

import pytest

from .checks import CHECKS, FIXTURE_CHECKS, Check
from .conftest import course_notebooks
from .pages import RUN_TIMEOUT_MS, AppPage


def test_app_lists_every_notebook(course_app, shown_in_app, screenshots):
    home = shown_in_app(course_app.url("/"))
    for name in course_notebooks():
        home.page.get_by_text(name, exact=True).wait_for()
    screenshots.save(home.page, "app-home")


def test_app_opens_a_notebook_from_its_list(course_app, shown_in_app):
    home = shown_in_app(course_app.url("/"))
    first = course_notebooks()[0]
    with home.page.context.expect_page() as new_tab:
        home.page.get_by_text(first, exact=True).click()
    shown = AppPage(new_tab.value)
    try:
        shown.page.wait_for_url(lambda url: f"/voila/render/{first}" in url, timeout=RUN_TIMEOUT_MS)
        shown = AppPage.loaded(shown.page)
        assert shown.page.locator(".jp-OutputArea-output").count() > 0
        assert not shown.errors(), shown.errors()
    finally:
        shown.close()


def cases() -> list:
    """(app server fixture, page path, check or None for the page itself), grouped by page."""
    found = []
    for name in course_notebooks():
        path = f"/voila/render/{name}"
        found.append(pytest.param("course_app", path, None, id=f"{name.removesuffix('.ipynb')}:shown"))
        found += [
            pytest.param("course_app", path, c, id=c.id) for c in CHECKS if c.notebook == name and c.in_app
        ]
    # The fixture notebook has an app of its own, which shows it at "/".
    found += [pytest.param("fixture_app", "/", c, id=c.id) for c in FIXTURE_CHECKS if c.in_app]
    return found


@pytest.mark.parametrize(("server", "path", "check"), cases())
def test_in_app(server: str, path: str, check: Check | None, request, shown_in_app, screenshots):
    shown = shown_in_app(request.getfixturevalue(server).url(path))
    assert shown.code_shown() == 0, "the app shows code"
    course = server == "course_app"
    if check is None:
        assert not shown.errors(), shown.errors()
        screenshots.save(shown.page, f"app-{path.split('/')[-1].removesuffix('.ipynb')}", course=course)
        return
    widget = shown.widget(check.widget_class)
    check.run(widget)
    assert not shown.errors(), shown.errors()
    screenshots.save(
        widget, f"app-{check.notebook.removesuffix('.ipynb')}-{check.widget_class}", course=course
    )
