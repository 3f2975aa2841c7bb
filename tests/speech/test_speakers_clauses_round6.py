"""Speakers found by the reporting clause finder on news openings (issue 14, sixth round,
rules 61-65 of docs/accuracy.md): each test runs the whole pipeline on a short text written
here and checks the speaker of one quote and the reason it gives."""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def test_a_dateline_with_a_date_and_an_agency_is_not_the_subject():
    body = (
        "LAGOS, March 3 (UPI) — The Harbor Workers Union released a statement on Monday, "
        "offering \"a full and public apology\" to the families."
    )
    quote = quote_with(quotes_of(body), "a full and public apology")
    assert quote.speaker_name == "Harbor Workers Union"
    assert "Harbor Workers Union" in quote.why


def test_a_place_in_ordinary_capitals_before_an_agency_is_a_dateline():
    body = (
        "Lisbon (AFP) – Mayor Ruth Ansah has criticised the port authority's plan, saying "
        "that \"quick fixes\" cost the city more in the end."
    )
    quote = quote_with(quotes_of(body), "quick fixes")
    assert quote.speaker_name == "Ruth Ansah"
    assert "Ruth Ansah" in quote.why


def test_an_article_before_an_age_reaches_the_description():
    body = "\"We will rebuild the pier,\" said the 52-year-old. \"Then we will open the market.\""
    quote = quote_with(quotes_of(body), "rebuild the pier")
    assert quote.speaker_name == "the 52-year-old"
    assert "said the 52-year-old" in quote.why


def test_an_article_before_a_year_reaches_the_noun_after_a_name():
    body = "\"He never listened,\" said a 2012 Whitlock aide. \"Not once.\""
    quote = quote_with(quotes_of(body), "He never listened")
    assert quote.speaker_name == "a 2012 Whitlock aide"
    assert "said a 2012 Whitlock aide" in quote.why


def test_a_participle_goes_on_with_the_subject_not_a_clause_inside_its_predicate():
    # "retort" is read as a reporting verb; the participle still belongs to Whitlock
    body = (
        "Whitlock offered a sharp retort on the mayor's favourite radio show, tweeting at him, "
        "\"you are not just wrong, you are late.\""
    )
    quote = quote_with(quotes_of(body), "you are not just wrong")
    assert quote.speaker_name == "Whitlock"
    assert "Whitlock … tweeting" in quote.why


def test_a_participle_right_after_a_reporting_clause_still_goes_on_with_it():
    body = (
        "The council will vote on Friday, spokeswoman Ruth Ansah said, adding: \"We expect "
        "a close result.\""
    )
    quote = quote_with(quotes_of(body), "We expect a close result")
    assert quote.speaker_name == "Ruth Ansah"


def test_a_subject_after_an_opening_phrase_stops_before_its_verb():
    body = (
        "In two long interviews, the judge sounded off on the council, saying she did not "
        "\"want to imagine\" a city run by it."
    )
    quote = quote_with(quotes_of(body), "want to imagine")
    assert quote.speaker_name == "the judge"


def test_a_participle_goes_on_with_a_subject_whose_description_ran_into_its_verb():
    body = (
        "The spokesman refused to answer questions on the vote but said there was no "
        "telephone call planned with the mayor, adding: \"If one is proposed we will consider it.\""
    )
    quote = quote_with(quotes_of(body), "If one is proposed")
    assert quote.speaker_name == "The spokesman"
    assert "The spokesman … adding" in quote.why


def test_a_place_after_an_opening_phrase_is_not_the_subject():
    body = (
        "Speaking at a town hall in Dayton, Ohio, Whitlock went after the mayor, calling "
        "him \"a total failure.\""
    )
    quote = quote_with(quotes_of(body), "a total failure")
    assert quote.speaker_name == "Whitlock"
    assert "Whitlock went after the mayor, calling" in quote.why
