"""Speaker rules of the third round on real news (issue 14): each test runs the whole pipeline
on a short text written here and checks the speaker of one quote and the reason it gives."""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def test_a_participle_after_a_comma_goes_with_the_subject_of_the_sentence():
    # not "an interview", the phrase between the commas
    body = (
        "In an interview with the radio station, Oyelaran questioned the minister's record, "
        "saying the plan was \"dead on arrival\" in its current form."
    )
    quote = quote_with(quotes_of(body), "dead on arrival")
    assert quote.speaker_name == "Oyelaran"
    assert "Oyelaran" in quote.why


def test_a_name_with_a_long_aside_is_the_speaker_not_the_words_after_said():
    body = (
        "Marta Ilves, a retired engineer who ran the city's water board for a decade before "
        "she left in 2019, said the old pipes were \"a disaster waiting to happen.\""
    )
    quote = quote_with(quotes_of(body), "a disaster")
    assert quote.speaker_name == "Marta Ilves"
    assert "'Marta Ilves" in quote.why


def test_a_participle_after_an_object_and_an_introductory_phrase_goes_with_the_subject():
    body = (
        "In an interview with Radio Kaduna, Oyelaran continued to question Adeyemi's "
        "temperament, saying the senator could not \"make deals\" as governor."
    )
    quote = quote_with(quotes_of(body), "make deals")
    assert quote.speaker_name == "Oyelaran"


def test_an_introductory_phrase_without_a_known_opening_word_is_skipped():
    body = "Early in her campaign, Okafor attacked Bello, calling him \"a failed candidate.\""
    quote = quote_with(quotes_of(body), "a failed candidate")
    assert quote.speaker_name == "Okafor"
    assert "'Okafor attacked Bello, calling'" in quote.why


def test_an_adverb_between_the_comma_and_the_participle_does_not_hide_the_subject():
    body = (
        "Amara Diallo has voiced frustration, and even a little worry, about the vote, "
        "recently telling a friend she is unsure \"which Bello will show up.\""
    )
    quote = quote_with(quotes_of(body), "which Bello")
    assert quote.speaker_name == "Amara Diallo"


def test_a_fragment_that_ends_with_a_full_stop_keeps_the_speaker_of_its_own_sentence():
    # the stop inside the mark ends the reporter's sentence: the next one is someone else's
    body = (
        "Okafor called the council's decision \"arbitrary.\" Dana Whitlock, a lawyer for the "
        "residents, warned on Monday that the ruling could be appealed within weeks."
    )
    quote = quote_with(quotes_of(body), "arbitrary")
    assert quote.speaker_name == "Okafor"
    assert "'Okafor called'" in quote.why


def test_a_bracket_after_a_name_does_not_hand_the_speech_to_a_name_in_the_apposition():
    body = (
        "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken "
        "with many fellow superdelegates.\n\n"
        "\"The reality is that most of them are committed,\" he said."
    )
    quote = quote_with(quotes_of(body), "The reality")
    assert quote.speaker_name == "Sander M. Levin"


def test_he_in_a_later_sentence_is_the_speaker_who_opens_the_earlier_one():
    # not the nearer name in the clause built into what he said
    body = (
        "Humphrey, for example, said he is hopeful that the effort ends in John Kasich "
        "claiming the nomination.\n\n"
        "\"The first thing is to stop the front-runner,\" he said."
    )
    quote = quote_with(quotes_of(body), "The first thing")
    assert quote.speaker_name == "Humphrey"
    assert "the speaker who opens an earlier sentence" in quote.why


def test_a_second_verb_after_but_shares_the_subject_of_the_sentence():
    body = (
        "Tomasz Wrona declined to address the report specifically but said in a statement "
        "that \"the terminal did not, at any time, break the rules.\""
    )
    quote = quote_with(quotes_of(body), "the terminal did not")
    assert quote.speaker_name == "Tomasz Wrona"
    assert "'Tomasz Wrona … said'" in quote.why


def test_a_capitalised_word_before_a_preposition_opens_an_introduction_not_a_name():
    body = (
        "Immediately after the attacks, Okafor issued a statement calling the bombing "
        "\"an act of cowardice.\""
    )
    quote = quote_with(quotes_of(body), "cowardice")
    assert quote.speaker_name == "Okafor"


def test_a_dateline_is_not_the_subject_of_its_sentence():
    body = "ACCRA — Senator Ama Boateng on Wednesday called the plan \"a disaster.\""
    quote = quote_with(quotes_of(body), "a disaster")
    assert quote.speaker_name == "Ama Boateng"
    assert "'Senator Ama Boateng on Wednesday called'" in quote.why  # not the dateline ACCRA


def test_a_title_quoted_in_the_aside_does_not_hide_the_name_that_opens_the_sentence():
    body = (
        "Hemsley, the co-author of \"Going Viral,\" about the rapid spread of rumours, said "
        "the days of \"a shared story\" are gone."
    )
    quote = quote_with(quotes_of(body), "a shared story")
    assert quote.speaker_name == "Hemsley"


def test_a_credit_line_may_say_more_about_the_speaker_after_a_comma():
    body = (
        "Quotable.\n\n"
        "\"The whole idea of a crooked mayor is something that we hear about all the time.\"\n\n"
        "-Ana Lima, Recife."
    )
    quote = quote_with(quotes_of(body), "crooked mayor")
    assert quote.speaker_name == "Ana Lima"
    assert "credit line" in quote.why


def test_a_clause_joined_by_and_after_a_fragment_does_not_attribute_it():
    body = (
        "Okafor said he would make the desert \"glow in the dark,\" for instance, and Bello "
        "vowed to \"bomb the hell\" out of the rebels."
    )
    quotes = quotes_of(body)
    assert quote_with(quotes, "glow in the dark").speaker_name == "Okafor"
    assert quote_with(quotes, "bomb the hell").speaker_name == "Bello"


def test_a_relative_clause_with_a_verb_of_public_speech_names_the_speaker():
    # "proclaimed" is a reporting verb; "started with" is a verb, not a role before "with"
    body = (
        "The row started with Okafor, who proclaimed in July that refugees \"cannot come "
        "into this country\" at all."
    )
    quote = quote_with(quotes_of(body), "cannot come")
    assert quote.speaker_name == "Okafor"
    assert "'Okafor, who proclaimed'" in quote.why


def test_is_before_a_verb_in_ing_is_not_a_passive():
    body = (
        "Amara Diallo spoke for an hour in Kumasi.\n\n"
        "Diallo is predicting that she will do \"very, very well\" in the next contest."
    )
    quote = quote_with(quotes_of(body), "very, very well")
    assert quote.speaker_name == "Amara Diallo"
    assert "'Diallo is predicting'" in quote.why
