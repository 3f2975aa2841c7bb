"""Do what a student does to an ipywidget in the page, and read what it shows.

Every helper takes a Playwright locator of an ``nl-`` widget: either the control itself (a slider,
a dropdown, ...) or a box holding exactly one control of that kind. They work the same in
JupyterLab and in the app (Voila), which render ipywidgets 8 with the same DOM.

To assert on what is shown, use Playwright's ``expect``, which waits for the kernel's answer::

    press_slider(widget, "ArrowRight")
    expect(widget.locator(".nl-paragraph")).to_contain_text("2 of 20")
"""

from __future__ import annotations

from playwright.sync_api import Locator
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

# The text of an element once its controls are taken out, with runs of white space made one space.
_DISPLAYED_TEXT = """element => {
    const copy = element.cloneNode(true);
    const controls = '.widget-slider, .widget-readout, .widget-dropdown, .widget-select, '
        + '.widget-toggle-buttons, .widget-button, button, select, textarea, input, .widget-label';
    copy.querySelectorAll(controls).forEach(control => control.remove());
    return copy.textContent.replace(/\\s+/g, ' ').trim();
}"""


def control(widget: Locator, css_class: str) -> Locator:
    """The control with ``css_class``: ``widget`` itself, or the single one inside it."""
    return widget.locator(f":scope.{css_class}, :scope .{css_class}")


def slider_value(widget: Locator) -> str:
    """The value a slider shows in its readout, as text."""
    return control(widget, "widget-slider").locator(".widget-readout").inner_text().strip()


def press_slider(widget: Locator, key: str, times: int = 1) -> None:
    """Focus a slider's handle and press ``key`` (``ArrowRight``, ``ArrowLeft``, ``End``, ...)."""
    handle = control(widget, "widget-slider").locator(".noUi-handle")
    handle.focus()
    for _ in range(times):
        handle.press(key)


def drag_slider(widget: Locator, fraction: float) -> None:
    """Drag a slider's handle with the mouse to ``fraction`` (0 to 1) of the track."""
    slider = control(widget, "widget-slider")
    handle = slider.locator(".noUi-handle").bounding_box()
    track = slider.locator(".noUi-base").bounding_box()
    assert handle and track, "the slider is not on screen"
    mouse = slider.page.mouse
    mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    mouse.down()
    mouse.move(track["x"] + fraction * track["width"], track["y"] + track["height"] / 2, steps=8)
    mouse.up()


def choose(widget: Locator, label: str) -> None:
    """Pick the option shown as ``label`` in a dropdown."""
    control(widget, "widget-dropdown").locator("select").select_option(label=label)


def type_text(widget: Locator, text: str) -> None:
    """Replace the text of a text box or text area with ``text``, then leave it, as a student does."""
    box = widget.locator(":scope:is(textarea, input), textarea, input[type='text']").first
    box.fill(text)
    box.blur()


def click(widget: Locator, label: str | None = None) -> None:
    """Click a button: ``widget`` itself, or the button inside it labelled ``label``."""
    if label is None:
        control(widget, "widget-button").click()
    else:
        widget.get_by_role("button", name=label).click()


def shown_text(widget: Locator) -> str:
    """The text the widget displays, apart from its controls (labels, readouts, inputs, buttons)."""
    return widget.evaluate(f"element => ({_DISPLAYED_TEXT})(element)")


def wait_until_text_changes(widget: Locator, before: str, timeout_ms: float = 30_000) -> str:
    """Wait until ``shown_text(widget)`` is other than ``before``; returns the new text."""
    try:
        widget.page.wait_for_function(
            f"([element, before]) => ({_DISPLAYED_TEXT})(element) !== before",
            arg=[widget.element_handle(), before],
            timeout=timeout_ms,
        )
    except PlaywrightTimeoutError:
        seconds = timeout_ms / 1000
        raise AssertionError(f"after {seconds:.0f} s the widget still shows {before[:200]!r}") from None
    return shown_text(widget)
