"""The notebooks: built from their sources, committed executed, and shaped like a lesson.

nbval (in every `pytest` run) re-runs them and compares outputs; these tests check what nbval
cannot: that each notebook matches its source and has the parts every lesson needs.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import nbformat
import pytest

from newslab.teaching.exercises import notebook as exercises_of

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SOURCES = ROOT / "notebook-sources"
WIDGET = "application/vnd.jupyter.widget-view+json"


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_notebooks = load_script("build_notebooks")
run_notebooks = load_script("run_notebooks")


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def test_there_is_a_source_for_every_notebook_and_a_notebook_for_every_source():
    sources = {p.stem for p in SOURCES.glob("[0-9]*.py")}
    assert sources == {p.stem for p in NOTEBOOKS}
    assert {"00_start_here", "01_reading_the_article"} <= sources


def test_every_notebook_matches_its_source():
    sources = sorted(SOURCES.glob("[0-9]*.py"))
    assert build_notebooks.out_of_date(sources) == [], "run `make notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_executed_without_errors(path):
    code = [c for c in read(path).cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None for c in code)
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_every_part_of_a_lesson(path):
    notebook = read(path)
    markdown = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    code = [c for c in notebook.cells if c.cell_type == "code"]
    opening = markdown[0]
    assert opening.startswith(f"# {path.stem[:2]} ·")
    assert "What you will learn" in opening and "minutes" in opening
    text = "\n".join(markdown)
    for heading in ("What the tool gets wrong", "Questions for discussion", "Further reading"):
        assert _has_heading(heading, text), heading
    assert text.index("Questions for discussion") < text.index("Further reading")
    outputs = [o for c in code for o in c.outputs]
    assert any(WIDGET in o.get("data", {}) for o in outputs), "a widget"
    assert any("image/png" in o.get("data", {}) for o in outputs), "a plot"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_checks_each_of_its_two_to_four_exercises_once(path):
    number = path.stem[:2]
    exercises = exercises_of(number)
    assert 2 <= len(exercises) <= 4
    cells = [c.source for c in read(path).cells if c.cell_type == "code"]
    assert any(f'notebook("{number}")' in source for source in cells)
    for exercise in exercises:
        checks = [source for source in cells if f"ex.{exercise.name}.check(" in source]
        assert len(checks) == 1, exercise.name
        assert "= ____" in checks[0], "the starter code has a blank"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_cells_whose_output_varies_are_not_compared_by_a_tag_not_a_comment(path):
    for cell in read(path).cells:
        assert "NBVAL" not in cell.source, "a test marker in students' code: use a cell tag"
        if cell.cell_type == "code" and any(WIDGET in o.get("data", {}) for o in cell.outputs):
            assert "nbval-ignore-output" in cell.metadata.get("tags", []), cell.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_stored_widget_shows_a_note_not_a_raw_repr(path):
    """Before the kernel runs (or in an untrusted notebook) JupyterLab shows the plain-text form."""
    for cell in read(path).cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET in data:
                assert data["text/plain"] == run_notebooks.WIDGET_NOTE
            assert "children=(" not in json.dumps(data.get("text/plain", ""))


def test_the_students_folder_holds_only_notebooks():
    """Build sources, test settings and developer notes live in notebook-sources/, not here."""
    names = {p.name for p in (ROOT / "notebooks").iterdir() if not p.name.startswith(".")}
    assert names == {p.name for p in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_widget_ids_are_stable_so_a_rerun_writes_the_same_file(path):
    notebook = read(path)
    assert run_notebooks.stable_widget_ids(notebook, path.stem) == notebook
    state = notebook.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    outputs = [o for c in notebook.cells for o in c.get("outputs", [])]
    views = [o.data[WIDGET]["model_id"] for o in outputs if WIDGET in o.get("data", {})]
    assert views and all(v in state for v in views)
    assert json.dumps(notebook).count("IPY_MODEL_") > 0


def test_the_source_format_is_checked():
    assert build_notebooks.parse("# %% [markdown]\n# # Hi\n#\n# text\n\n# %%\nx = 1\n") == [
        ("markdown", "# Hi\n\ntext"),
        ("code", "x = 1"),
    ]
    with pytest.raises(build_notebooks.SourceError, match="before the first"):
        build_notebooks.parse("x = 1\n# %%\ny = 2")
    with pytest.raises(build_notebooks.SourceError, match="must start with"):
        build_notebooks.parse("# %% [markdown]\nno hash here")
    with pytest.raises(build_notebooks.SourceError, match="empty code cell"):
        build_notebooks.parse("# %%\n\n# %%\nx = 1")
    assert build_notebooks.parse_cells('# %% tags=["nbval-ignore-output"]\nw\n') == [
        ("code", "w", ["nbval-ignore-output"])
    ]
    with pytest.raises(build_notebooks.SourceError, match="tags must be"):
        build_notebooks.parse_cells("# %% tags=['single']\nw\n")


def _has_heading(title: str, text: str) -> bool:
    """A level-2 heading ending with ``title`` ("## 7. What the tool gets wrong" counts)."""
    return any(line.startswith("## ") and line.endswith(title) for line in text.splitlines())
