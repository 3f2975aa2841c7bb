"""The misread-words list: every claim about the lexicons is checked against the real ones."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newslab.tone.lenses import textblob_words
from newslab.tone.misread import MisreadWordsError, find_misread, misread_words

VADER_LEXICON = SentimentIntensityAnalyzer().lexicon


def lexicons_holding(words: tuple[str, ...]) -> tuple[str, ...]:
    found = []
    if any(w.lower() in textblob_words() for w in words):
        found.append("textblob")
    if any(w.lower() in VADER_LEXICON for w in words):
        found.append("vader")
    return tuple(found)


@pytest.mark.parametrize("entry", misread_words().entries, ids=lambda e: e.phrase)
def test_each_entry_names_exactly_the_lexicons_that_hold_its_words(entry):
    assert entry.lexicons == lexicons_holding(entry.words), entry.phrase
    assert entry.why.strip()


def test_the_list_covers_the_news_words_of_the_brief():
    phrases = {entry.phrase for entry in misread_words()}
    for phrase in ("firm", "hard", "great", "Great <Name>", "great publicity", "security",
                   "positive outcome", "critical", "crucial", "Trump", "support", "interest",
                   "interests", "pressure", "hulking", "deal"):
        assert phrase in phrases


def test_trump_is_in_neither_lexicon():
    trump = next(entry for entry in misread_words() if entry.phrase == "Trump")
    assert trump.lexicons == ()
    assert "trump" not in VADER_LEXICON and "trump" not in textblob_words()


def test_matching_respects_case_names_and_the_longest_phrase():
    words = misread_words()
    text = "Trump met them in the Great Hall; a trump card won great publicity and great praise."
    found = [(text[m.start : m.end], m.word.phrase) for m in find_misread(text, words)]
    assert found == [
        ("Trump", "Trump"),
        ("Great Hall", "Great <Name>"),
        ("great publicity", "great publicity"),
        ("great", "great"),
    ]


def test_a_teachers_own_file_is_read_and_bad_lines_are_explained(tmp_path):
    own = tmp_path / "words.txt"
    own.write_text("# my list\nsummit | none | a meeting, not a peak\n", encoding="utf-8")
    assert [e.phrase for e in misread_words(own)] == ["summit"]
    bad = tmp_path / "bad.txt"
    bad.write_text("summit, a meeting\n", encoding="utf-8")
    with pytest.raises(MisreadWordsError, match="PHRASE | LEXICONS | WHY"):
        misread_words(bad)
    unknown = tmp_path / "unknown.txt"
    unknown.write_text("summit | afinn | a meeting\n", encoding="utf-8")
    with pytest.raises(MisreadWordsError, match="unknown lexicons"):
        misread_words(unknown)
