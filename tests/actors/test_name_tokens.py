"""The actors' tokens: made in one step, the same as reading the text token by token."""

from __future__ import annotations

import re

import pytest

from newslab.actors.catalog import load_catalog
from newslab.actors.cues import load_cues
from newslab.actors.matching import CatalogIndex
from newslab.actors.name_tokens import PhraseLookup, Token, tokenize

TEXTS = [
    "Mr Kim’s U.S.to trip",
    "  Moon Jae‐in met Kim Jong‑un in Pyongyang.",
    "“We’re ready,” said Lu Kang – a spokesman – on Monday.",
    "RUGBY UNION - ENGLAND BEAT NEW ZEALAND 24-12",
    "Straße İstanbul ǅemal ΣΟΦΙΑ naïve 3rd_place G20 ⅫCentury",
    "",
    "   ",
]


def _one_by_one(text: str, start: int, end: int) -> list[tuple]:
    """The plain reading: each run of letters and digits, or other visible character."""
    found = []
    previous_end = None
    for match in re.compile(r"[^\W_]+|\S").finditer(text, start, end):
        token = match.group()
        norm = token.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"}))
        space = previous_end is None or match.start() > previous_end
        found.append((match.start(), match.end(), token, space, norm, token[0].isalnum(),
                      token[0].isupper(), norm.lower()))
        previous_end = match.end()
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_those_of_a_plain_reading(text):
    for start in range(0, len(text) + 1, 3):
        assert [tuple(t) for t in tokenize(text, start, len(text))] == _one_by_one(text, start, len(text))


def test_a_token_made_by_hand_equals_the_tokenizers():
    made = Token(2, 5, "Kim", True)
    assert tokenize("  Kim", 0, 5) == [made]
    assert (made.norm, made.lower, made.is_word, made.is_capitalised) == ("Kim", "kim", True, True)
    assert repr(made) == "Token(start=2, end=5, text='Kim', space_before=True)"


def test_phrase_lookup_finds_phrases_in_any_stored_case_and_skips_other_words():
    lookup = PhraseLookup()
    lookup.add("Chinese President", "xi", lowercase={"president"})
    lookup.add("North Korea", "nk")
    assert lookup.first_words == {"Chinese", "North"}
    tokens = tokenize("The Chinese president met North Korea", 0, 37)
    assert lookup.longest(tokens, 1) == (3, ["xi"])
    assert lookup.longest(tokens, 4) == (6, ["nk"])
    assert lookup.longest(tokens, 0) is None


def test_catalog_hits_are_found_as_before():
    index = CatalogIndex(load_catalog(), load_cues())
    text = "Chinese officials met the North Korean leader in Pyongyang."
    tokens = tokenize(text, 0, len(text))
    assert [(h.text(tokens), h.actor, h.via) for h in index.hits(tokens)] == [
        ("Chinese", "china", "demonym"),
        ("North Korean leader", "kim-jong-un", "role"),
        ("Pyongyang", "pyongyang", "capital"),
    ]


def test_tokens_copy_pickle_and_replace():
    import copy
    import pickle

    tokens = tokenize("Kim’s aide", 0, 10)
    assert pickle.loads(pickle.dumps(tokens)) == tokens
    assert copy.deepcopy(tokens) == tokens
    assert tokens[0]._replace(text="KIM") == Token(0, 3, "KIM", True)
    with pytest.raises(ValueError, match="space_before"):
        tokens[0]._replace(lower="kim")
