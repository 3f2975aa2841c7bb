"""Speaker rules of the fourth round on real news (issue 14): each test runs the whole pipeline
on a short text written here and checks the speaker of one quote and the reason it gives."""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def test_a_fragment_far_from_its_subject_goes_to_the_subject_of_its_sentence():
    # the abbreviation "Sept." hides the subject from the nearby search; the sentence still has one
    body = (
        "Maria Okonkwo noted the floods of Sept. 11, her support for the farmers and her work "
        "on \"the new jobs plan.\""
    )
    quote = quote_with(quotes_of(body), "new jobs plan")
    assert quote.speaker_name == "Maria Okonkwo"
    assert "own sentence" in quote.why


def test_a_title_in_capitals_is_not_credited_to_the_subject_of_its_sentence():
    body = "Maria Okonkwo spoke on Sept. 11 on the morning show \"Good Day Lagos.\""
    quote = quote_with(quotes_of(body), "Good Day Lagos")
    assert "own sentence" not in quote.why


def test_a_sentence_about_the_speaker_does_not_break_the_chain_to_the_quote_before():
    body = (
        "\"You cannot blame her for what he did,\" said Sara Okafor, 44, a nurse from Nashua. "
        "An immigrant from Uganda who became a U.S. citizen in 2013, she plans to vote for the "
        "first time next month. \"All she went through, and now they call her a victim. It is "
        "not fair.\""
    )
    quote = quote_with(quotes_of(body), "All she went through")
    assert quote.speaker_name == "Sara Okafor"
    assert "quote just before it" in quote.why
