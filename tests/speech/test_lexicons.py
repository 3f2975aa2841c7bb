"""The word lists: readable data files, and your own copies of them."""

from __future__ import annotations

import pytest

import newslab
from newslab.resources import data_path
from newslab.speech.claims import find_claims
from newslab.speech.lexicons import LexiconFormatError, load_lexicons
from newslab.speech.quotes import find_quotes

FILES = ["reporting_verbs.txt", "hedges.txt", "weasel_words.txt", "attribution_words.txt"]


@pytest.mark.parametrize("name", FILES)
def test_each_file_opens_with_a_comment_header(name):
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines[:8] if line.startswith("#")]
    assert len(header) >= 5


def test_reporting_verbs_list_their_inflections():
    verbs = load_lexicons().reporting_verbs.words
    assert {"say", "says", "said", "saying", "tell", "told", "warned", "noted", "added"} <= verbs


def test_your_own_reporting_verbs_file(tmp_path):
    own = tmp_path / "verbs.txt"
    own.write_text("# my verbs\nblurt, blurts, blurted\n", encoding="utf-8")
    blurted = newslab.Article.from_text('T\n\n"We won," Kim blurted.')
    said = newslab.Article.from_text('T\n\n"We won," Kim said.')
    mine = load_lexicons(reporting_verbs=own)
    assert [q.speaker_name for q in find_quotes(blurted, lexicons=mine)] == ["Kim"]
    assert [q.speaker_name for q in find_quotes(said, lexicons=mine)] == [None]
    # without your file "blurted" is no reporting verb; the speaker then comes from where
    # the words stand ('"...," Kim blurted'), and the quote says so
    default = find_quotes(blurted)[0]
    assert default.speaker_name == "Kim" and "by position" in default.why
    assert [q.speaker_name for q in find_quotes(said)] == ["Kim"]


def test_your_own_hedges_file(tmp_path):
    own = tmp_path / "hedges.txt"
    own.write_text("# my hedges\nsupposedly\n", encoding="utf-8")
    article = newslab.Article.from_text("T\n\nThe deal may be done. It is supposedly done.")
    mine = load_lexicons(hedges=own)
    assert [c.certainty for c in find_claims(article, lexicons=mine)] == ["asserted", "hedged"]


def test_a_malformed_line_is_a_clear_error(tmp_path):
    own = tmp_path / "weasel.txt"
    own.write_text("phrase  widely seen\nmaybe  critics\n", encoding="utf-8")
    with pytest.raises(LexiconFormatError, match="KIND WORDS"):
        load_lexicons(weasel_words=own)
    assert issubclass(LexiconFormatError, newslab.NewslabError)
