"""The cached feature names and hashes of the stance features agree with names made afresh."""

from __future__ import annotations

import zlib

import pytest

from newslab.stance import features
from newslab.stance.features import hashed_target_features, read_sentence, target_features, tokenize

SENTENCES = [
    "Critics slammed Smith for the disastrous decision, but supporters praised Lee’s courage.",
    '"We will not back down," Park said, as Kim, the U.S. envoy, was booed in Seoul on May 3.',
    "The 2016 vote: Sanders didn't win, and Clinton's aides called the result a great victory.",
]


def _targets(sentence: str) -> list[tuple[int, int]]:
    """Every capitalised word of the sentence as a target span."""
    return [(t.start, t.end) for t in tokenize(sentence) if t.capitalised]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_hash_is_the_crc_of_its_name(sentence: str) -> None:
    reading = read_sentence(sentence)
    for start, end in _targets(sentence):
        found, hashes = hashed_target_features(reading, start, end)
        assert hashes == [zlib.crc32(name.encode("utf-8")) for name in found.names]
        assert found == target_features(reading, start, end)


def test_names_do_not_depend_on_what_the_word_cache_holds() -> None:
    sentence = SENTENCES[0]
    spans = _targets(sentence)
    before = [hashed_target_features(read_sentence(sentence), s, e) for s, e in spans]
    features._WORDS.clear()  # as after a long corpus run: every word is read again
    after = [hashed_target_features(read_sentence(sentence), s, e) for s, e in spans]
    assert after == before


def test_a_word_reads_the_same_with_and_without_a_capital() -> None:
    reading = read_sentence("Praised by all, Lee praised Kim.")
    assert reading.words[0][0] == reading.words[5][0] == "u:praised"
    assert reading.reasons[0] and reading.reasons[5]  # the first word is no name
    assert not reading.reasons[4]  # "Lee": a name
