"""What a Binder user gets: a fresh environment from binder/requirements.txt runs every notebook.

The test makes a new virtual environment, installs exactly `binder/requirements.txt` (whose
last line, `.`, installs newslab) plus the notebook runner that Binder's base image already
has (ipykernel, nbclient), and executes every notebook there. While the notebooks run, web
proxies point nowhere, so a notebook that tried to download something would fail. After each
notebook, the kernel reports its memory: it must stay under 300 MB resident.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
MEMORY_LIMIT_MB = 300
# Binder's base image brings Jupyter itself; these are the parts needed to run a notebook.
RUNNER = ["ipykernel", "nbclient", "nbformat"]
NOWHERE = "http://127.0.0.1:9"

DRIVER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    import nbformat
    from nbclient import NotebookClient

    MEASURE = '''
    import json, sys
    status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    print(json.dumps({"python": sys.executable,
                      "version": "%d.%d" % sys.version_info[:2],
                      "rss_kb": int(status["VmRSS"].split()[0]),
                      "peak_kb": int(status["VmHWM"].split()[0])}))
    '''

    for path in sys.argv[1:]:
        notebook = nbformat.read(path, as_version=4)
        notebook.cells.append(nbformat.v4.new_code_cell(MEASURE))
        folder = str(Path(path).parent)
        client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": folder}})
        client.execute()
        errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
        measured = json.loads(notebook.cells[-1].outputs[0]["text"])
        print(json.dumps({"notebook": path, "errors": len(errors), **measured}), flush=True)
    """
)


def binder_python() -> tuple[str, str]:
    """The interpreter of the Python version binder/runtime.txt names, and that version.

    Binder builds its image with that version; this machine may have it on PATH or under pyenv.
    Without it, the test runs on this interpreter and says so.
    """
    version = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    if here == version:
        return sys.executable, version
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    installed = sorted(pyenv.glob(f"versions/{version}.*/bin/python{version}"))
    for candidate in [*installed, shutil.which(f"python{version}")]:
        if candidate and "shims" not in Path(candidate).parts:  # a pyenv shim may refuse to run
            return str(candidate), version
    print(f"Python {version} (binder/runtime.txt) is not on this machine: testing with {here}")
    return sys.executable, here


def run(command: list[str], **options) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, **options)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the kernel's memory from /proc")
def test_a_fresh_binder_environment_runs_every_notebook_in_little_memory(tmp_path):
    environment = tmp_path / "binder-env"
    interpreter, version = binder_python()
    created = run([interpreter, "-m", "venv", str(environment)])
    assert created.returncode == 0, created.stderr
    python = str(environment / "bin" / "python")
    installed = run(
        [python, "-m", "pip", "install", "--quiet", "--no-input", "-r", "binder/requirements.txt", *RUNNER],
        cwd=ROOT,
        timeout=1500,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]

    offline = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "JUPYTER"))},
        **{name: NOWHERE for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")},
        "no_proxy": "",
        "NO_PROXY": "",
        "PATH": str(environment / "bin") + os.pathsep + os.environ.get("PATH", ""),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }
    driver = tmp_path / "drive.py"
    driver.write_text(DRIVER, encoding="utf-8")
    executed = run(
        [python, str(driver), *map(str, NOTEBOOKS)], cwd=tmp_path, env=offline, timeout=900
    )
    assert executed.returncode == 0, executed.stderr[-3000:]
    reports = [json.loads(line) for line in executed.stdout.splitlines() if line.startswith("{")]
    assert [Path(r["notebook"]).name for r in reports] == [p.name for p in NOTEBOOKS]
    for report in reports:
        name = Path(report["notebook"]).name
        print(
            f"{name}: kernel resident {report['rss_kb'] / 1024:.0f} MB after the run, "
            f"peak {report['peak_kb'] / 1024:.0f} MB"
        )
        assert report["errors"] == 0, name
        assert Path(report["python"]).parent == environment / "bin", "the kernel ran in the fresh environment"
        assert report["version"] == version, "the kernel ran on binder/runtime.txt's Python version"
        assert report["rss_kb"] / 1024 < MEMORY_LIMIT_MB, name
