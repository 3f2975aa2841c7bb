"""What a student sees: a notebook open in JupyterLab, or a page of the newslab app (Voila).

Both give ``widget(css_class)`` (a Playwright locator for an ``nl-`` widget) and ``errors()``
(every error a student would see), so the same checks run in both.
"""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .servers import Server

PAGE_TIMEOUT_MS = 90_000  # JupyterLab or a Voila page loading, a kernel starting
RUN_TIMEOUT_MS = 240_000  # every cell of one notebook running

# Errors as shown in the page: a traceback on stderr (JupyterLab renders error outputs that way
# too), a widget the front end could not display or build, a cell Voila could not execute.
_SHOWN_ERRORS = """() => {
    const found = [];
    for (const broken of document.querySelectorAll('.jupyter-widgets-error-widget')) {
        found.push('a widget could not be displayed (a JavaScript error in the page): '
            + broken.innerText.trim().slice(0, 200));
    }
    for (const output of document.querySelectorAll('.jp-OutputArea-output')) {
        const text = output.innerText;
        const stderr = output.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr';
        if ((stderr && text.includes('Traceback')) || text.includes('Error displaying widget')
                || text.includes('There was an error when executing cell')) {
            found.push('shown in the page: ' + text.trim().slice(0, 500));
        }
    }
    return found;
}"""

# Every output is on screen: Voila has rendered each output it sent, and each widget view (a
# panel in the output area) holds a rendered widget or the message saying why it could not.
_OUTPUTS_SETTLED = """() =>
    document.querySelectorAll('script[type="application/vnd.voila.cell-output+json"]').length === 0
    && Array.from(document.querySelectorAll('.jp-OutputArea-output.lm-Panel'))
        .every(output => output.children.length > 0)"""

# The notebook panel holding a path, found among JupyterLab's main-area widgets.
_PANEL = """(path) => Array.from(window.jupyterapp.shell.widgets('main'))
    .find(widget => widget.context && widget.context.path === path)"""

_KERNEL_IDLE = f"""(path) => {{
    const panel = ({_PANEL})(path);
    const kernel = panel && panel.sessionContext.session && panel.sessionContext.session.kernel;
    return !!kernel && kernel.status === 'idle';
}}"""

# Error outputs stored in the notebook model, whether or not they are rendered.
_MODEL_ERRORS = f"""(path) => {{
    const found = [];
    ({_PANEL})(path).content.widgets.forEach((cell, index) => {{
        if (cell.model.type !== 'code') return;
        const outputs = cell.model.outputs;
        for (let i = 0; i < outputs.length; i++) {{
            const output = outputs.get(i).toJSON();
            const text = [].concat(output.text || []).join('');
            if (output.output_type === 'error') {{
                found.push(`cell ${{index + 1}}: ${{output.ename}}: ${{output.evalue}}`);
            }} else if (output.output_type === 'stream' && output.name === 'stderr'
                    && text.includes('Traceback')) {{
                found.push(`cell ${{index + 1}}: traceback on stderr: ${{text.slice(0, 500)}}`);
            }}
        }}
    }});
    return found;
}}"""

_UNEXECUTED_CELLS = f"""(path) => ({_PANEL})(path).content.widgets
    .map((cell, index) => [cell, index + 1])
    .filter(([cell]) => cell.model.type === 'code' && cell.model.sharedModel.getSource().trim() !== ''
        && cell.model.executionCount === null)
    .map(([, number]) => number)"""

_START_RUN_ALL = """() => {
    window.__newslabRunAll = null;
    window.jupyterapp.commands.execute('notebook:run-all-cells').then(
        ok => { window.__newslabRunAll = {ok: ok}; },
        error => { window.__newslabRunAll = {ok: false, error: String(error)}; });
}"""


class LabNotebook:
    """One notebook open in its own JupyterLab page (and its own workspace)."""

    def __init__(self, page: Page, path: str):
        self.page = page
        self.path = path

    @classmethod
    def open(cls, context: BrowserContext, lab: Server, token: str, path: str) -> LabNotebook:
        """Open ``path`` (relative to the server's root) and wait until its kernel is idle."""
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        workspace = path.replace("/", "-").removesuffix(".ipynb")
        page.goto(lab.url(f"/lab/workspaces/{workspace}/tree/{path}?reset&token={token}"))
        page.wait_for_function("() => window.jupyterapp !== undefined")
        page.evaluate("async () => { await window.jupyterapp.restored; }")
        _wait_for(page, _KERNEL_IDLE, f"{path}: no idle kernel", arg=path)
        page.evaluate("() => window.jupyterapp.shell.collapseLeft()")  # the notebook, full width
        return cls(page, path)

    def run_all(self) -> None:
        """Run All Cells, wait for the kernel to finish, and fail with every error shown."""
        self.page.evaluate(_START_RUN_ALL)
        finished = f"{self.path}: Run All Cells did not finish"
        _wait_for(self.page, "() => window.__newslabRunAll !== null", finished, timeout=RUN_TIMEOUT_MS)
        _wait_for(self.page, _KERNEL_IDLE, finished, arg=self.path, timeout=RUN_TIMEOUT_MS)
        _wait_for(self.page, _OUTPUTS_SETTLED, f"{self.path}: some outputs were never shown")
        outcome = self.page.evaluate("() => window.__newslabRunAll")
        errors = self.errors()
        assert not errors, f"{self.path}: errors after Run All Cells:\n" + "\n".join(errors)
        assert outcome["ok"], f"{self.path}: Run All Cells did not succeed: {outcome}"
        unexecuted = self.page.evaluate(_UNEXECUTED_CELLS, self.path)
        assert not unexecuted, f"{self.path}: code cells never executed: {unexecuted}"

    def errors(self) -> list[str]:
        """Error outputs in the notebook, and errors shown in the page (widgets included)."""
        return self.page.evaluate(_MODEL_ERRORS, self.path) + self.page.evaluate(_SHOWN_ERRORS)

    def widget(self, css_class: str) -> Locator:
        """The first widget with ``css_class``, scrolled into view."""
        return _visible_widget(self.page, css_class)

    def close(self) -> None:
        """Shut the notebook's kernel down and close the page."""
        self.page.evaluate(
            f"async (path) => {{ await ({_PANEL})(path).sessionContext.shutdown(); }}", self.path
        )
        self.page.close()

    def scroll_to_top(self) -> None:
        """Show the notebook from its first cell."""
        self.page.evaluate(f"(path) => ({_PANEL})(path).content.scrollToItem(0, 'start')", self.path)


class AppPage:
    """One page of the newslab app: Voila executes the notebook while the page loads."""

    def __init__(self, page: Page):
        self.page = page

    @classmethod
    def open(cls, context: BrowserContext, url: str) -> AppPage:
        """Open ``url`` in a new page and wait until every cell has run and every output is shown."""
        page = context.new_page()
        page.goto(url, wait_until="commit", timeout=PAGE_TIMEOUT_MS)
        return cls.loaded(page)

    @classmethod
    def loaded(cls, page: Page) -> AppPage:
        """Wait until the page Voila is streaming has run every cell and shown every output."""
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        done = "() => document.readyState === 'complete' && !document.getElementById('loading')"
        _wait_for(page, done, f"{page.url}: Voila did not finish the page", timeout=RUN_TIMEOUT_MS)
        _wait_for(page, _OUTPUTS_SETTLED, f"{page.url}: some outputs were never shown")
        return cls(page)

    def errors(self) -> list[str]:
        """Errors shown in the page: failed cells and widgets that could not be displayed."""
        return self.page.evaluate(_SHOWN_ERRORS)

    def close(self) -> None:
        """Close the page; Voila ends its kernel when the page goes."""
        self.page.close(run_before_unload=True)

    def code_shown(self) -> int:
        """How many code editors or highlighted code inputs the page shows (the app shows none)."""
        return self.page.locator(".jp-InputArea-editor, .jp-CodeMirrorEditor").count()

    def widget(self, css_class: str) -> Locator:
        """The first widget with ``css_class``, scrolled into view."""
        return _visible_widget(self.page, css_class)


def _visible_widget(page: Page, css_class: str) -> Locator:
    widget = page.locator(f".{css_class}").first
    widget.wait_for(state="visible")
    widget.scroll_into_view_if_needed()
    return widget


def _wait_for(
    page: Page, condition: str, failure: str, *, arg: object = None, timeout: float = PAGE_TIMEOUT_MS
):
    """Wait until the JavaScript ``condition`` holds, or fail with ``failure`` and any open dialog."""
    try:
        page.wait_for_function(condition, arg=arg, timeout=timeout)
    except PlaywrightTimeoutError:
        dialogs = [text.strip() for text in page.locator(".jp-Dialog").all_inner_texts()]
        shown = f"; a dialog is open: {' | '.join(dialogs)}" if dialogs else ""
        raise AssertionError(f"{failure} within {timeout / 1000:.0f} s{shown}") from None
