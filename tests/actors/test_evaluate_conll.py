"""scripts/evaluate_conll.py on a tiny CoNLL-2003-style file written here (the real data is
never in the repository)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "evaluate_conll.py"

SAMPLE = """\
-DOCSTART- -X- -X- O

SEOUL NNP B-NP B-LOC
1996-08-30 CD I-NP O

Greg NNP B-NP B-PER
Norman NNP I-NP I-PER
met VBD B-VP O
officials NNS B-NP O
of IN B-PP O
Northline NNP B-NP B-ORG
Ferries NNPS I-NP I-ORG
in IN B-PP O
Syria NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

Chinese JJ B-NP B-MISC
officials NNS I-NP O
said VBD B-VP O
so RB B-ADVP O
. . O O
"""


@pytest.fixture(scope="module")
def evaluate_conll():
    spec = importlib.util.spec_from_file_location("scripts_evaluate_conll", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_documents_are_rebuilt_with_their_names(evaluate_conll, tmp_path):
    path = tmp_path / "dev.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    documents = list(evaluate_conll.read_documents(path))
    assert len(documents) == 2
    first = documents[0]
    names = [(first.text[e.start : e.end], e.type) for e in first.entities]
    assert names == [("SEOUL", "LOC"), ("Greg Norman", "PER"), ("Northline Ferries", "ORG"),
                     ("Syria", "LOC")]
    assert first.text.splitlines()[0] == "SEOUL 1996-08-30"


def test_the_script_scores_the_real_layer_and_leaves_misc_out(evaluate_conll, tmp_path, capsys):
    (tmp_path / "dev.txt").write_text(SAMPLE, encoding="utf-8")
    assert evaluate_conll.main([str(tmp_path), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "gold names (PER/ORG/LOC) 4, found mentions 4 (+1 overlapping MISC, left out)" in out
    assert "span        1.000  1.000  1.000" in out
    assert "span+kind   1.000  1.000  1.000" in out


def test_the_test_split_is_refused(evaluate_conll, tmp_path):
    held_out = tmp_path / "test.txt"
    held_out.write_text(SAMPLE, encoding="utf-8")
    with pytest.raises(SystemExit):
        evaluate_conll.main([str(held_out)])
