"""Every widget that shows an article escapes its text, whatever control a student moves.

The test finds the widget factories of ``newslab.views.widgets`` by their first parameter (an
``Article`` or an ``Analysis``), so a widget added later is checked without editing this file.
Each is fed an article holding markup, then every control is stepped through its values (every
checkbox state, every slider position, every option, every button), and each HTML value in the
widget tree must show the markup as text, never as tags or event attributes.
"""

from __future__ import annotations

import inspect
import itertools
from html.parser import HTMLParser

import ipywidgets
import pytest

import newslab
from newslab.views import widgets

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
HOSTILE = (
    f"Minister {SCRIPT} visits Valdora\n\n"
    f"Kim said {IMAGE} in Beijing on Monday. Residents wrote {SCRIPT} on the wall.\n\n"
    f'"We will {IMAGE} rebuild," the minister said. Critics say it may cost more.\n\n'
    "Related Articles"
)
INPUTS = {"Article": lambda: newslab.Article.from_text(HOSTILE), "Analysis": lambda: newslab.analyze(HOSTILE)}


def factories() -> list[tuple[str, str]]:
    """(name, input kind) of each public function of the widgets module taking an article or analysis."""
    found = []
    for name, function in inspect.getmembers(widgets, inspect.isfunction):
        if name.startswith("_") or function.__module__ != widgets.__name__:
            continue
        parameters = list(inspect.signature(function).parameters.values())
        if not parameters:
            continue
        annotation = str(parameters[0].annotation).rsplit(".", 1)[-1].strip("'\"")
        kind = annotation if annotation in INPUTS else parameters[0].name.capitalize()
        if kind in INPUTS:
            found.append((name, kind))
    return found


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.handlers += [f"{tag} {name}" for name, _ in attrs if name.lower().startswith("on")]


def html_values(widget: ipywidgets.Widget) -> list[str]:
    """Every value of the widget tree that a browser renders as HTML."""
    values = []
    if isinstance(widget, (ipywidgets.HTML, ipywidgets.HTMLMath)):
        values.append(widget.value)
    style = getattr(widget, "description_allow_html", False)
    if style and getattr(widget, "description", ""):
        values.append(widget.description)
    for child in getattr(widget, "children", ()):
        values += html_values(child)
    return values


def every_state(widget: ipywidgets.Widget) -> list[str]:
    """The HTML values shown for every combination of toggles, and each position of the others."""
    controls = dict(getattr(widget, "controls", {}))
    toggles = [c for c in controls.values() if isinstance(c, (ipywidgets.Checkbox, ipywidgets.ToggleButton))]
    shown = html_values(widget)
    for states in itertools.product([False, True], repeat=len(toggles)):
        for toggle, state in zip(toggles, states, strict=True):
            toggle.value = state
        for control in controls.values():
            if isinstance(control, (ipywidgets.Text, ipywidgets.Textarea)):
                control.value = HOSTILE
            elif isinstance(control, (ipywidgets.IntSlider, ipywidgets.BoundedIntText)):
                for value in range(control.min, control.max + 1):
                    control.value = value
                    shown += html_values(widget)
            elif hasattr(control, "options") and not isinstance(control, ipywidgets.SelectMultiple):
                for value in list(getattr(control, "_options_values", ())):
                    control.value = value
                    shown += html_values(widget)
            elif isinstance(control, ipywidgets.Button):
                control.click()
            shown += html_values(widget)
    return shown


def test_the_widget_module_has_factories_to_check():
    assert "article_browser" in dict(factories())


@pytest.mark.parametrize(("name", "kind"), factories())
def test_every_html_value_escapes_the_article(name, kind):
    widget = getattr(widgets, name)(INPUTS[kind]())
    shown = every_state(widget)
    assert shown, f"{name} shows no HTML"
    for value in shown:
        parser = Tags()
        parser.feed(value)
        parser.close()
        assert not {"script", "img", "iframe", "object", "embed"} & set(parser.tags), value[:300]
        assert not parser.handlers, parser.handlers
        assert "<script" not in value.lower() and "<img" not in value.lower()
    joined = "".join(shown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined, f"{name} never showed the script text"
    assert "&lt;img src=x onerror=alert(1)&gt;" in joined, f"{name} never showed the image text"
