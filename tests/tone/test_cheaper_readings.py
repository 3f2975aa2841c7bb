"""The cheaper ways the tone layer reads text give exactly what TextBlob and VADER give."""

from __future__ import annotations

import random

from textblob import TextBlob

from newslab.tone.lenses import read_textblob, read_vader, textblob_lexicon, textblob_scorer, vader_analyzer
from newslab.tone.pooling import TokenRun, join_or_read

# words chosen so that negations, modifiers, "!" and emoticons meet at sentence and paragraph
# boundaries, where joining readings could go wrong
WORDS = (
    "not never no very really good bad kind of great terrible ! ? . , :) :-( (!) it was "
    "the talks and but n't ALL CAPS truly 2016 U.S. don't -- 'quoted' \"said\" sort of"
).split()


def _texts(seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def _reading(text: str) -> TokenRun:
    return TokenRun.of(read_textblob(text))


def test_the_loaded_scorer_scores_as_textblobs_own_lexicon():
    scorer, lexicon = textblob_scorer(), textblob_lexicon()
    for text in _texts(1, 300, 12):
        tokens = [token.lower() for token in " ".join(lexicon.tokenizer(text)).split()]
        assert scorer(tokens) == lexicon(tokens)
        assert scorer(text) == lexicon(text)


def test_joined_or_read_again_paragraphs_score_as_textblob_on_the_whole_text():
    rng = random.Random(2)
    read_again = 0
    for round_ in range(200):
        paragraphs = _texts(100 + round_, rng.randint(1, 6), 6)
        calls: list[str] = []

        def read(text: str) -> TokenRun:
            calls.append(text)  # noqa: B023 - read within this round
            return _reading(text)

        joined = join_or_read([(p, _reading(p)) for p in paragraphs], "\n\n", read)
        whole = "\n\n".join(paragraphs)
        assert joined == _reading(whole)
        polarity = sum(a[1] for a in joined.assessments) / float(len(joined.assessments) or 1)
        assert polarity == TextBlob(whole).sentiment.polarity
        read_again += bool(calls)
    assert read_again  # the random texts do cross boundaries that need reading again


def test_a_boundary_that_does_not_join_rereads_only_its_neighbours():
    paragraphs = ["A good start.", "It was not", "a bad end.", "Fine."]
    read_again: list[str] = []

    def read(text: str) -> TokenRun:
        read_again.append(text)
        return _reading(text)

    joined = join_or_read([(p, _reading(p)) for p in paragraphs], "\n\n", read)
    assert read_again == ["It was not\n\na bad end."]
    assert joined == _reading("\n\n".join(paragraphs))


def test_vader_readings_score_as_vader_on_random_text():
    analyzer = vader_analyzer()
    for text in _texts(3, 300, 15):
        assert read_vader(text).compound == analyzer.polarity_scores(text)["compound"]
