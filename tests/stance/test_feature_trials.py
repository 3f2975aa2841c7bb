"""The feature groups tried for the target-sentiment model and not shipped (issue 14).

``scripts/try_target_sentiment_features.py`` adds candidate feature groups to the package's own
features and scores them on train cross-validation. These tests check, on sentences written
here, that each group fires where it should and that the package's features come first and
unchanged (so the trial measures the shipped model plus the group, nothing else).
"""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path

import pytest

from newslab.stance import features as tf

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _load(name: str):
    """Import a script from scripts/ (these need only numpy and newslab to import)."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def trials():
    return _load("try_target_sentiment_features")


def _names(trials, group: str, sentence: str, mention: str) -> list[str]:
    reading = tf.read_sentence(sentence)
    start = sentence.index(mention)
    first, last = tf.target_token_range(reading.tokens, start, start + len(mention))
    return [name for name, _ in trials.GROUPS[group](reading, first, last)]


def test_the_examples_in_the_script_run(trials):
    failed, attempted = doctest.testmod(trials)
    assert attempted >= 8 and failed == 0


def test_a_possessive_target_gets_the_words_of_its_frame(trials):
    names = _names(trials, "poss", "Voters rejected Park's reckless budget.", "Park")
    assert names == ["poss:reckless", "poss:budget"]


def test_the_speaker_of_a_quote_is_told_apart_from_the_person_the_quote_is_about(trials):
    sentence = '"Moon betrayed us all," Lee told reporters.'
    speaker = _names(trials, "quote", sentence, "Lee")
    subject = _names(trials, "quote", sentence, "Moon")
    assert speaker == ["q:speaker", "lexq:speaker_quote:neg"]
    assert subject == ["lexq:same:neg"]


def test_a_negated_framing_verb_is_read_as_turned(trials):
    names = _names(trials, "framing", "The council did not support Mayor Ortiz.", "Mayor Ortiz")
    assert "fv:L:not_cooperation" in names


def test_a_trial_row_starts_with_the_package_features_unchanged(trials):
    sentence = "Critics slammed Smith for the disastrous decision."
    example = trials.Example(sentence, 16, 21, 0, "a")
    ((hashes, values),) = trials.hashed_rows([example], ["poss", "quote", "clause_side"])
    features, shipped = tf.hashed_target_features(tf.read_sentence(sentence), 16, 21)
    assert hashes[: len(shipped)] == shipped and values[: len(shipped)] == features.values
    assert len(hashes) > len(shipped)


def test_an_unknown_group_is_refused_with_the_list_of_groups(trials, capsys, tmp_path):
    with pytest.raises(SystemExit):
        trials.main([str(tmp_path), "--groups", "poss,syntax"])
    assert "unknown group(s) syntax; choose from poss, negated" in capsys.readouterr().err
