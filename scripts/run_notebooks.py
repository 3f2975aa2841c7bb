"""Execute the notebooks in place so that their stored outputs are current.

Usage:
    python scripts/run_notebooks.py [NOTEBOOK ...]     (default: every notebooks/*.ipynb)

Outputs must be deterministic: strict nbval compares them on every test run. Widget model
ids (random in every run) are renamed in a fixed order, so running a notebook twice writes
the same file.

A widget's stored output keeps the widget's saved state (JupyterLab draws it from there in a
trusted notebook) and, for every other case (a notebook opened fresh from a download is not
trusted, and then JupyterLab shows the plain-text form), a one-line note instead of ipywidgets'
``VBox(children=(...))``: :data:`WIDGET_NOTE`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
"""As scripts/build_notebooks.py writes it (nbclient stores the running kernel's own name)."""


def execute(path: Path) -> None:
    """Run every cell of one notebook from its own folder and save it with its outputs."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    notebook = stable_widget_ids(with_widget_notes(notebook), path.stem)
    nbformat.write(notebook, path)
    print(f"executed {path.name}")


WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_REFERENCE = re.compile(r"IPY_MODEL_([0-9a-f]{32})")
WIDGET_NOTE = "\u25b6 Run this cell (Shift + Enter) to use the widget."


def with_widget_notes(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Give every stored widget output :data:`WIDGET_NOTE` as its plain-text form."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data:
                data["text/plain"] = WIDGET_NOTE
    return notebook



def stable_widget_ids(notebook: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """Rename widget model ids in the order they are reached from the cells' outputs."""
    state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    order: list[str] = []

    def visit(model_id: str) -> None:
        if model_id in order or model_id not in state:
            return
        order.append(model_id)
        for child in _REFERENCE.findall(json.dumps(state[model_id], sort_keys=True)):
            visit(child)

    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view:
                visit(view["model_id"])
    rest = sorted(
        (m for m in state if m not in order),
        key=lambda m: _REFERENCE.sub("IPY_MODEL_", json.dumps(state[m], sort_keys=True)),
    )
    renamed = {
        old: hashlib.md5(f"{name}:{n}".encode()).hexdigest()
        for n, old in enumerate(order + rest)
    }
    if not renamed:
        return notebook
    text = json.dumps(notebook)
    text = re.sub("|".join(renamed), lambda m: renamed[m.group()], text)
    return nbformat.from_dict(json.loads(text))


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    for path in paths:
        execute(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
