"""A speaker phrase that names a person and a place or an organisation is the person ("Sen.
Tom Udall of New Mexico", "Judicial Watch President Tom Fitton"), unless the person only
qualifies someone else ("a senior Cruz adviser", "Trump's state director"). The whole pipeline
runs on texts written here.
"""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def speaker_of(text: str) -> str | None:
    return quote_with(quotes_of(text), "plan works").speaker_name


def test_the_person_before_of_and_a_place_speaks() -> None:
    assert speaker_of('"The plan works," said Sen. Tom Udall of New Mexico, who backs it.') == "Tom Udall"


def test_the_person_after_an_organisation_and_a_title_speaks() -> None:
    text = 'Judicial Watch President Tom Fitton said "the plan works" on Monday.'
    assert speaker_of(text) == "Tom Fitton"


def test_a_person_who_qualifies_someone_else_does_not_speak() -> None:
    text = 'Ted Cruz spoke in Iowa. "The plan works," said a senior Cruz adviser.'
    assert speaker_of(text) == "a senior Cruz adviser"
    text = "Donald Trump visited Ohio. Trump's state director said \"the plan works\" in a memo."
    assert speaker_of(text) == "Trump's state director"
