"""Sentence tokens carry their word, capital and lower-case flags, worked out when made."""

from __future__ import annotations

import re

import pytest

from newslab.text.tokens import Token, tokenize

_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*|[^\w\s]|_")
TEXTS = [
    "Kim’s aide said: “We’re ready.”",
    "He said, 'No.' U.S. officials, 45-year-old Ms. O’Neil and ‘quoted’ text",
    "Straße İstanbul ǅemal ΣΟΦΙΑ naïve 3rd_place G20 Ⅻ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_those_of_a_plain_reading(text):
    for start in range(0, len(text) + 1, 2):
        plain = [
            (m.start(), m.end(), m.group(), m.group().replace("\u2019", "'").replace("\u2018", "'").lower())
            for m in _WORD.finditer(text, start, len(text))
        ]
        tokens = tokenize(text, start)
        assert [tuple(t[:4]) for t in tokens] == plain
        for token in tokens:
            assert token.is_word == token.text[0].isalnum()
            assert token.is_capitalised == token.text[0].isupper()
            assert token.is_lower == (token.text[0].isalnum() and token.text.islower())


def test_a_token_made_by_hand_equals_the_tokenizers():
    made = Token(0, 4, "Said", "said")
    assert tokenize("Said") == [made]
    assert (made.is_word, made.is_capitalised, made.is_lower) == (True, True, False)
    assert repr(made) == "Token(start=0, end=4, text='Said', norm='said')"


def test_tokens_copy_pickle_and_replace_as_the_named_tuple_did():
    import copy
    import pickle

    tokens = tokenize("Kim’s aide said")
    assert pickle.loads(pickle.dumps(tokens)) == tokens
    assert copy.deepcopy(tokens) == tokens
    changed = tokens[0]._replace(text="lee", norm="lee")
    assert changed == Token(0, 5, "lee", "lee") and changed.is_lower and not changed.is_capitalised
