"""`import newslab` stays light: the analysis layers load when newslab.analyze is first used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    return set(result.stdout.split())


def test_import_newslab_loads_no_layer_and_no_numpy():
    modules = loaded_after("import newslab")
    assert "newslab.pipeline.analysis" not in modules
    assert "newslab.stance.model" not in modules
    assert "numpy" not in modules


def test_analyze_loads_the_layers_on_first_use():
    modules = loaded_after("import newslab\nnewslab.analyze('Kim in Beijing\\n\\nKim arrived.')")
    assert {"newslab.pipeline.analysis", "newslab.stance.model"} <= modules
