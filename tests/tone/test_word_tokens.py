"""The tone lenses' word-by-word tokenizers give exactly the libraries' own tokens."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentiText

from newslab.tone.lenses import textblob_scorer, textblob_tokens, vader_tokens

TEXTS = [
    "The minister said the talks were not very good.",
    '"We are ready," Mr. Kim told reporters in Washington, D.C., on Jan. 5.',
    "It's what we'd expected... isn't it?!",
    "Prices rose 3.5% to $1,200 (U.S.) -- a record.",
    "Great :) and then :-( again",
    "Really ( ! ) the best",
    "One paragraph.\n\nAnother one, after a blank line.",
    "Windows lines\r\n\r\nsplit here",
    "\u201cCurly quotes\u201d and \u2018single ones\u2019 too",
    "END-OF-SENTENCE is only a word here",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_textblob_tokens_are_textblobs(text: str) -> None:
    expected = " ".join(textblob_scorer().tokenizer(text)).split()
    assert textblob_tokens(text) == expected
    assert textblob_tokens(text) == expected  # again, from the remembered words


@pytest.mark.parametrize("text", TEXTS)
def test_vader_tokens_are_vaders(text: str) -> None:
    assert vader_tokens(text) == SentiText(text).words_and_emoticons
