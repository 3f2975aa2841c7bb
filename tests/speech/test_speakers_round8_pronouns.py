"""Pronoun speakers of the eighth round on real news (issue 14): each test runs the whole
pipeline on a short text written here and checks whom an "it", "they" or "he" stands for."""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of

from newslab.speech.antecedents import opening_document, referent_words


def test_it_is_the_memo_that_opens_the_sentence_before():
    body = (
        "The hearing in March was seen as a test of the inquiry. "
        "Friday's memo from the panel seemed aimed at its critics. "
        "\"Most of the witnesses had never spoken to Congress,\" it stated."
    )
    quote = quote_with(quotes_of(body), "never spoken")
    assert quote.speaker_name == "Friday's memo"
    assert "document" in quote.why


def test_it_is_the_email_not_the_candidate_who_sent_it():
    body = (
        "Dana Ruiz is giving away a signed guitar. "
        "The Senate candidate sent out an email to supporters on Tuesday. "
        "The email includes a photo of Ruiz on stage. "
        "At the bottom it says, \"You can chip in five dollars today.\""
    )
    quote = quote_with(quotes_of(body), "chip in")
    assert quote.speaker_name == "The email"


def test_they_is_not_a_singular_thing_named_before():
    # "bond" is one thing: "they" passes over it to the skaters named before (rule 88 gives
    # both names joined by "and")
    body = (
        "Lena Ortiz and Mia Diaz skate at the park every Sunday. "
        "At the park, that bond quickly revealed itself. "
        "\"Nobody here is a beginner any more,\" they said."
    )
    quote = quote_with(quotes_of(body), "beginner")
    assert quote.speaker_name == "Lena Ortiz and Mia Diaz"
    assert "bond" not in quote.why


def test_he_is_not_a_group_named_like_a_person():
    body = (
        "Senator Paul Ames spoke on Monday. "
        "Tea Party Republicans have opposed the plan for years. "
        "\"This is a bad deal for farmers,\" he said."
    )
    quote = quote_with(quotes_of(body), "bad deal")
    assert quote.speaker_name == "Paul Ames"


def test_a_name_like_bill_is_no_document():
    text = "Bill Clinton said so. The bill passed."
    assert opening_document(text, 0, 21) is None
    assert opening_document(text, 22, len(text)) == (22, 30)


def test_the_word_lists_load():
    words = referent_words()
    assert {"memo", "bill", "email"} <= words["document"]
    assert "campaign" in words["collective"]
    assert "republicans" in words["group"]


def test_a_name_whose_s_is_has_is_the_subject_not_an_owner():
    # "Christie's been making the case": "'s" is "has", so Christie is the one who speaks
    body = (
        "Ben Doyle went after Carl Mason at the debate on Saturday. "
        "Doyle's been making the case for weeks that Mason isn't ready. "
        "\"You have never been held accountable,\" he said."
    )
    quote = quote_with(quotes_of(body), "held accountable")
    assert quote.speaker_name == "Ben Doyle"


def test_they_is_the_supporters_a_name_qualifies_not_the_person():
    body = (
        "\"We will fight on,\" Bernie Sanders said on Monday. "
        "Sanders supporters gathered outside the hall, threatening to sit out the election. "
        "\"We were never heard,\" they said."
    )
    quote = quote_with(quotes_of(body), "never heard")
    assert quote.speaker_name == "Sanders supporters"
