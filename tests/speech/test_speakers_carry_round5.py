"""Speakers of quotes named before them, in the quote's paragraph or earlier (issue 14, fifth
round, "carry"): each test runs the whole pipeline on a short text written here and checks the
speaker of one quote and the reason it gives."""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def test_a_second_part_that_retells_someone_else_goes_on_from_the_attribution():
    body = (
        "\"We read every contract twice,\" Dana Whitlock told reporters in an email. \"In the "
        "future, however, Mayor Ruth Ansah said she would not do any business with the builder.\""
    )
    quote = quote_with(quotes_of(body), "In the future")
    assert quote.speaker_name == "Dana Whitlock"
    assert "retells someone else's words" in quote.why
    assert not quote.narration_suspected


def test_a_second_part_that_opens_by_reporting_a_named_person_stays_narration():
    # the quotation opens with "But Senator Ada Obi told ...": the reporter's words, not Whitlock's
    body = (
        "\"We read every contract twice,\" Dana Whitlock said. \"But Senator Ada Obi told "
        "the radio station on Monday that the city has kept the two issues apart.\""
    )
    quote = quote_with(quotes_of(body), "But Senator Ada Obi")
    assert quote.speaker is None and quote.speaker_name is None
    assert quote.narration_suspected


def test_a_new_sentence_after_a_second_part_is_not_its_attribution():
    body = (
        "\"It is a very sad day,\" Ruth Ansah told reporters outside the court. \"This is what "
        "the campaign has become.\" Governor Tomas Reyes said he would have fired the manager "
        "if such a thing had happened in his own office."
    )
    quote = quote_with(quotes_of(body), "what the campaign has become")
    assert quote.speaker_name == "Ruth Ansah"
    assert "not its attribution" in quote.why


def test_a_short_attribution_after_a_second_part_still_counts():
    body = "\"It is a very sad day,\" Ruth Ansah said. \"We will appeal.\" Tomas Reyes said."
    quote = quote_with(quotes_of(body), "We will appeal")
    assert quote.speaker_name == "Tomas Reyes"


def test_an_attribution_that_closes_the_sentence_after_a_comma_names_the_speaker():
    body = (
        "\"These groups have been setting the table for the voters,\" in sharp contrast to "
        "earlier races, says Dana Scala, a political scientist at the state university."
    )
    quote = quote_with(quotes_of(body), "setting the table")
    assert quote.speaker_name == "Dana Scala"
    assert "later in the sentence, after a comma" in quote.why


def test_a_fragment_followed_by_words_and_a_late_clause_goes_to_that_clause():
    body = (
        "Okafor \"has a right to contest every single vote,\" just as Lima did in 2008, "
        "Tomas Reyes added."
    )
    quote = quote_with(quotes_of(body), "has a right")
    assert quote.speaker_name == "Tomas Reyes"


def test_a_late_clause_that_reports_something_else_is_not_the_attribution():
    body = (
        "\"It is not over,\" read the poster at the gate, and later, Ana Lima said that the count "
        "had been stopped twice in one night by the clerks in the county."
    )
    quote = quote_with(quotes_of(body), "not over")
    assert quote.speaker_name is None  # Ana Lima reports something else, later
    assert quote.why == "no speaker named in the text"


def test_a_name_with_a_verb_mid_sentence_speaks_a_fragment_the_subject_rule_misses():
    body = (
        "There have been sharper jabs, such as when Ana Lima knocked Reyes on trade and called "
        "him a \"moderate,\" a dig at a candidate who came in as a rebel."
    )
    quote = quote_with(quotes_of(body), "moderate")
    assert quote.speaker_name == "Ana Lima"
    assert "nearest before the quote" in quote.why


def test_a_possessive_is_not_taken_as_the_speaker():
    body = "Speaking on Monday in Accra, the anti-Lima Daily Herald's editors joked \"no comment.\""
    quote = quote_with(quotes_of(body), "no comment")
    assert quote.speaker_name == "Daily Herald's editors"  # the editors, not the paper


def test_a_name_cut_from_a_compound_is_not_the_nearest_named_speaker():
    # "the anti-Lima Herald": the name found after the hyphen is part of a compound
    body = 'There were sharp words, as when the anti-Lima Herald knocked Reyes and called him "weak."'
    quote = quote_with(quotes_of(body), "weak")
    assert quote.speaker_name is None
    assert "nearest before the quote" not in quote.why


def test_a_document_before_a_colon_speaks_the_quote_after_it():
    body = (
        "The committee wrote to the director on Monday. The letter continues: \"As a former "
        "prosecutor, please explain the difference between the two.\""
    )
    quote = quote_with(quotes_of(body), "former prosecutor")
    assert quote.speaker_name == "The letter"
    assert "before the colon" in quote.why and "subject of its verb" in quote.why


def test_a_pronoun_before_a_colon_is_left_to_the_pronoun_rules():
    body = (
        "\"We will build it,\" Ana Lima said on Monday. She went on: \"And the county will pay "
        "for every single part of it.\""
    )
    quote = quote_with(quotes_of(body), "the county will pay")
    assert quote.speaker_name == "Ana Lima"


def test_an_unlisted_verb_then_a_name_after_a_quote_gives_the_speaker_by_position():
    body = (
        "\"An awful lot of analysts said no, and she set out to prove them wrong,\" remembered "
        "Roy Vance, the firm's former spokesman."
    )
    quote = quote_with(quotes_of(body), "analysts said no")
    assert quote.speaker_name == "Roy Vance"
    assert "by position: a verb in the past tense or in -s" in quote.why


def test_a_verb_and_a_name_that_go_on_into_a_clause_are_not_an_attribution():
    body = "\"We will see,\" reminded Ana Lima of the old days in the capital before the war."
    quote = quote_with(quotes_of(body), "We will see")
    assert quote.speaker_name is None  # "reminded Ana Lima of the old days": Lima is the object
