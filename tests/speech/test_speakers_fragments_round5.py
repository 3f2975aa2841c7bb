"""Fifth round of speaker rules (issue 14): which words of a reporting clause can be its speaker.

Each test runs the whole pipeline on a short text written here. A word that cannot speak (a
preposition, an adverb, a time, a thing named by a noun before a noun-like "verb") is not
taken as the speaker; the next rule (another clause, the sentence's subject) gets its chance.
"""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of

import newslab
from newslab.speech.phrases import skip_opening
from newslab.speech.reporting import find_clauses
from newslab.text.tokens import tokenize


def _clause_subjects(body: str) -> list[str]:
    article = newslab.Article.from_text("Title\n\n" + body)
    return [c.subject.text for c in find_clauses(article)]


def test_a_noun_before_a_noun_like_verb_is_no_clause():
    # "a phone call": "call" is a noun here, so "a phone" does not speak the fragment
    body = 'Senator Ilves spoke with the governor in a phone call, calling the plan "hasty."'
    quote = quote_with(quotes_of(body), "hasty")
    assert quote.speaker_name == "Ilves"
    assert "a phone" not in _clause_subjects(body)


def test_an_adjective_before_a_bare_verb_is_no_speaker():
    body = 'Mr. Adeyemi repeated his most striking claim, that the audit was "rigged from the start."'
    quote = quote_with(quotes_of(body), "rigged")
    assert quote.speaker_name == "Adeyemi"
    assert "striking" not in quote.why.split("'")[1]


def test_a_preposition_opening_the_words_before_a_verb_is_no_speaker():
    body = (
        'Okonkwo said he could not leave the hall "without reporters asking" about the budget.'
    )
    quote = quote_with(quotes_of(body), "without reporters")
    assert quote.speaker_name == "Okonkwo"
    assert "without" not in _clause_subjects(body)


def test_a_verb_with_its_object_is_not_taken_for_a_speaker():
    # "decried the mayor's repeated ..." is what Khanna did, not who spoke
    body = (
        "Priya Khanna decried the mayor's repeated attacks on the union, noting that the mayor "
        'had "given up nothing" himself.'
    )
    quote = quote_with(quotes_of(body), "given up nothing")
    assert quote.speaker_name == "Priya Khanna"
    assert "decried" not in " ".join(_clause_subjects(body))


def test_an_adverb_alone_is_no_speaker():
    body = 'Critics of the port deal have always claimed it was "a giveaway."'
    assert "always" not in _clause_subjects(body)
    quote = quote_with(quotes_of(body), "a giveaway")
    assert quote.speaker_name == "Critics"  # "have always claimed": the critics claimed it


def test_a_sentence_opening_adverb_is_not_a_name():
    body = 'Hastily, the minister emphasized "regional security" in her reply.'
    quote = quote_with(quotes_of(body), "regional security")
    assert quote.speaker_name == "the minister"
    assert "Hastily" not in _clause_subjects(body)


def test_a_time_phrase_ending_in_later_is_skipped_before_the_subject():
    body = (
        'Hours later, Governor Tembo thanked the volunteers, telling them "you saved this town."'
    )
    quote = quote_with(quotes_of(body), "you saved this town")
    assert quote.speaker_name == "Tembo"
    assert "Hours" not in quote.why


def test_a_time_phrase_with_a_pronoun_subject():
    body = (
        "Dana Whitlock met the workers on Monday. A few days later, she issued a statement "
        'calling the closure "a betrayal."'
    )
    quote = quote_with(quotes_of(body), "a betrayal")
    assert quote.speaker_name == "Dana Whitlock"


def test_real_speakers_still_speak():
    # a description ending in a participle and a number stay speakers
    body = (
        'In the poll, those surveyed called the plan "unfair" to tenants.\n\n'
        'Two lawmakers, however, argue it is "the only way" to pay for repairs.'
    )
    quotes = quotes_of(body)
    assert quote_with(quotes, "unfair").speaker_name == "those surveyed"
    assert quote_with(quotes, "the only way").speaker_name == "Two lawmakers"


def test_a_time_phrase_opening_the_sentence_is_skipped():
    tokens = tokenize("Minutes later, she sent an email.")
    assert tokens[skip_opening(tokens)].text == "she"


def test_an_article_alone_after_the_verb_is_no_speaker():
    body = (
        "Ada Obi spoke in Leeds on Monday. To loud cheers, pledged a \"political revolution\" "
        "against the banks, she said."
    )
    quote = quote_with(quotes_of(body), "political revolution")
    assert quote.speaker_name == "Ada Obi"
    assert "'pledged a'" not in quote.why


def test_a_name_before_a_noun_is_a_modifier_of_the_subject():
    # not "Ohio" (a place) with "senator" as its verb
    body = 'The Ohio senator dismissed the report as "fiction" on Friday.'
    quote = quote_with(quotes_of(body), "fiction")
    assert quote.speaker_name == "The Ohio senator"
    assert "'The Ohio senator dismissed'" in quote.why


def test_a_description_after_in_is_where_the_speakers_are():
    body = (
        'Prime Minister Ada Obi called the launch "reckless" on Sunday, and other leaders in '
        'the region called it "a grave threat" to peace.'
    )
    quotes = quotes_of(body)
    assert quote_with(quotes, "reckless").speaker_name == "Ada Obi"
    assert quote_with(quotes, "a grave threat").speaker_name == "other leaders in the region"


def test_an_aside_word_after_a_relative_clause_is_skipped():
    body = 'Senator Obi, meanwhile, who has no such endorsements, said the fact was "telling."'
    quote = quote_with(quotes_of(body), "telling")
    assert quote.speaker_name == "Obi"


def test_a_day_between_the_speaker_and_the_verb_is_skipped():
    body = 'Much of the anger was aimed at Lu, who Obi on Wednesday called "a liar."'
    quote = quote_with(quotes_of(body), "a liar")
    assert quote.speaker_name == "Obi"
    assert "'Obi on Wednesday called'" in quote.why


def test_a_bracket_then_a_comma_before_the_verb():
    body = 'After winning the state primary, Gov. Ada Obi (D-Ore.), said, "We are ready for the fight."'
    quote = quote_with(quotes_of(body), "We are ready")
    assert quote.speaker_name == "Ada Obi"
    body = 'Ana Lima, chair of Rise Up (a youth group), tweeted: "Not again."'
    assert quote_with(quotes_of(body), "Not again").speaker_name == "Ana Lima"


def test_a_quote_in_a_later_clause_goes_to_that_clause_subject():
    body = (
        'Governor Tembo signed the order, while Ada Obi, the former mayor, proposed a '
        '"fresh start" for the city.'
    )
    quote = quote_with(quotes_of(body), "fresh start")
    assert quote.speaker_name == "Ada Obi"
    assert "Ada Obi, the former mayor, proposed" in quote.why


def test_an_adverb_after_but_keeps_the_sentence_subject():
    body = 'Senator Ana Lima used to back the mayor, but now said the mayor had "lost the plot."'
    quote = quote_with(quotes_of(body), "lost the plot")
    assert quote.speaker_name == "Ana Lima"


def test_a_relative_clause_inside_the_introductory_phrase_is_skipped():
    body = (
        "Speaking in Concord, which hosts the next primary on Tuesday, Senator Obi referred to "
        'Lima as "a bright leader" but doubted her record.'
    )
    quote = quote_with(quotes_of(body), "a bright leader")
    assert quote.speaker_name == "Obi"


def test_a_weekday_is_no_speaker():
    body = 'Ada Obi spoke at the rally. Monday declared "a new dawn" for the port, she said.'
    assert "Monday" not in _clause_subjects(body)
    assert quote_with(quotes_of(body), "a new dawn").speaker_name != "Monday"
