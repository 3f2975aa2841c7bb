"""The README's examples are real: its console commands print what the README shows."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    found = []
    for block in BLOCK.findall(README):
        lines = block.splitlines()
        if not lines or not lines[0].startswith("$ newslab") and " | newslab" not in lines[0]:
            continue
        found.append((lines[0][2:], "\n".join(lines[1:])))
    return found


@pytest.mark.parametrize(("command", "expected"), examples())
def test_console_example_prints_what_the_readme_shows(command, expected):
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    result = subprocess.run(
        command, shell=True, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert (result.stdout + result.stderr).rstrip("\n") == expected.rstrip("\n"), shlex.quote(command)


def test_readme_has_the_two_setup_commands_and_ci_runs_the_test_one():
    assert "make lab" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == "make test"
