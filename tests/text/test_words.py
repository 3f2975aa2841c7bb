"""Words and sentence lengths."""

from __future__ import annotations

import newslab
from newslab.text.words import sentence_lengths, word_count, word_spans


def test_word_spans_point_into_the_text_and_keep_joined_words_whole():
    text = "Moon Jae-in's U.S. trip - 3.5 days, said Kim."
    words = word_spans(text)
    assert all(text[w.start : w.end] == w.text for w in words)
    assert [w.text for w in words] == ["Moon", "Jae-in's", "U.S", "trip", "3.5", "days", "said", "Kim"]
    assert word_count(text) == len(words)


def test_word_spans_of_a_stretch_keep_offsets_into_the_whole_text():
    text = "Kim flew to Dalian."
    assert [(w.start, w.text) for w in word_spans(text, 9, 18)] == [(9, "to"), (12, "Dalian")]


def test_the_seed_typo_glues_two_words(seed):
    sentence = next(s for s in seed.sentences if "U.S.to" in s.text)
    assert "U.S.to" in [w.text for w in word_spans(sentence.text)]


def test_sentence_lengths_count_every_sentence(seed):
    lengths = sentence_lengths(seed)
    assert lengths.counts == tuple(word_count(s.text) for s in seed.sentences)
    assert lengths.counts[lengths.longest] == max(lengths.counts)
    assert lengths.counts[lengths.shortest] == min(lengths.counts)
    assert abs(lengths.average - sum(lengths.counts) / len(seed.sentences)) < 1e-12
    assert len(lengths.paragraph_breaks) == len({s.paragraph for s in seed.sentences})


def test_ties_go_to_the_first_sentence_and_an_empty_story_has_no_longest():
    article = newslab.Article.from_text("Title\n\nKim left. Xi came.\n\nLu spoke.")
    lengths = sentence_lengths(article)
    assert lengths.counts == (2, 2, 2)
    assert (lengths.longest, lengths.shortest, lengths.paragraph_breaks) == (0, 0, (0, 2))
    empty = sentence_lengths(newslab.Article.from_text("Kim in Beijing\n\nKim in Beijing"))
    assert (empty.longest, empty.shortest, empty.average) == (-1, -1, 0.0)
