"""The scoring helpers the evaluation scripts share (``scripts/scoring.py``)."""

from __future__ import annotations

import doctest
import functools
import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "scoring.py"


@functools.lru_cache(maxsize=1)
def load_scoring():
    spec = importlib.util.spec_from_file_location("scripts_scoring", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_the_docstring_examples_pass():
    result = doctest.testmod(load_scoring())
    assert result.attempted >= 5 and result.failed == 0


def test_a_cell_wider_than_its_column_is_kept_whole():
    scoring = load_scoring()
    table = scoring.format_table([scoring.Column("set", 3, "<"), scoring.Column("n", 2, gap=" ")],
                                 [["overall", "123"]])
    assert table.splitlines() == ["set  n", "overall 123"]


def test_an_unknown_precision_gives_an_unknown_f1_but_zero_and_zero_give_zero():
    scoring = load_scoring()
    assert scoring.precision_recall_f1(0, 0, 3) == (None, 0.0, None)
    assert scoring.precision_recall_f1(0, 2, 3) == (0.0, 0.0, 0.0)
