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
