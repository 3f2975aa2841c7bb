"""After an inverted verb, a description that holds a name is the description's person, not
the name ("said the New York businessman" is the businessman). The whole pipeline runs on texts
written here.
"""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def speaker_of(text: str) -> str | None:
    return quote_with(quotes_of(text), "We can win").speaker_name


def test_the_noun_after_a_place_is_the_speaker() -> None:
    assert speaker_of('"We can win," said the New York businessman.') == "the New York businessman"
    assert speaker_of('"We can win," said the former Texas governor on Monday.') == (
        "the former Texas governor"
    )


def test_an_adviser_of_a_candidate_is_not_the_candidate() -> None:
    text = 'Ted Cruz spoke in Iowa. "We can win," said a senior Cruz adviser, who asked not to be named.'
    assert speaker_of(text) == "a senior Cruz adviser"


def test_a_name_after_the_description_still_speaks() -> None:
    text = '"We can win," said the Trump campaign manager Kellyanne Conway.'
    assert speaker_of(text) == "Kellyanne Conway"
    assert speaker_of('"We can win," said the New York Times.') == "New York Times"


def test_an_abbreviation_and_a_relative_clause_do_not_cut_the_description() -> None:
    text = '"We can win," said a former U.S. law enforcement official who asked not to be named.'
    assert speaker_of(text) == "a former U.S. law enforcement official"
    text = '"We can win," said a Mexican official who was not authorized to speak.'
    assert speaker_of(text) == "a Mexican official"
