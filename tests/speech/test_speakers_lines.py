"""Speakers named on the quote's own line: reader credits after a dash, transcript labels.

Each test runs the whole pipeline on a short text written here.
"""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of

import newslab

READERS = (
    "We asked readers what they thought of the debate.\n\n"
    "\u201cHe scares me. He never answers a question.\u201d \u2015 Rosa Quintana\u00a0\n"
    "\u201cThe most unqualified man ever to run.\u201d\u2015 Tomas Herrera\n"
    "\u201cWe deserve better than this.\u201d \u2014 Lena Ortiz.\n"
)

TRANSCRIPT = (
    "On Sunday, Gov. Mike Pence spoke to Chris Wallace of Fox News.\n\n"
    "Partial transcript as follows:\n\n"
    '"WALLACE: Will she be at the debate tomorrow night?\n\n'
    '"PENCE: She will not be attending the debate tomorrow night.\n\n'
    '"WALLACE: Is that a promise?"\n\n'
    'Outside, a "FACTS: none" sign stayed up all day.\n'
)


def test_each_reader_is_credited_on_their_own_line() -> None:
    quotes = quotes_of(READERS)
    assert quote_with(quotes, "scares me").speaker_name == "Rosa Quintana"
    assert quote_with(quotes, "unqualified").speaker_name == "Tomas Herrera"
    assert quote_with(quotes, "deserve better").speaker_name == "Lena Ortiz"
    assert "credit line" in quote_with(quotes, "scares me").why


def test_a_dash_that_leads_on_to_a_sentence_is_no_credit() -> None:
    quotes = quotes_of("\u201cWe are ready.\u201d \u2014 Ortiz said it twice on Monday.\n")
    quote = quote_with(quotes, "ready")
    assert quote.speaker_name == "Ortiz"  # the reporting clause after the dash, not a credit
    assert quote.why.startswith("speaker after the quote: 'Ortiz said'")


def test_a_quote_in_the_middle_of_a_line_takes_no_credit() -> None:
    quotes = quotes_of("She wrote \u201cwe are ready\u201d \u2015 Rosa Quintana\n")
    quote = quote_with(quotes, "ready")
    assert quote.speaker_name is None  # "She", named by no one before; the dash credits nothing
    assert "'She wrote'" in quote.why


def test_transcript_lines_are_cut_and_each_goes_to_its_label() -> None:
    article = newslab.load_text("Title\n\n" + TRANSCRIPT)
    analysis = newslab.analyze(article)
    quotes = list(analysis.quotes)
    will = quote_with(quotes, "Will she")
    attending = quote_with(quotes, "attending")
    promise = quote_with(quotes, "promise")
    assert len({will.id, attending.id, promise.id}) == 3
    assert (will.speaker_name, attending.speaker_name, promise.speaker_name) == (
        "Chris Wallace", "Mike Pence", "Chris Wallace"
    )
    assert attending.speaker == next(a.id for a in analysis.actors if a.name == "Mike Pence")
    assert not any(q.doubtful for q in (will, attending, promise))  # the label is no outside view
    assert "transcript label" in attending.why
    # the user's text is never altered: the label stays in the quoted words
    assert attending.quoted_text.startswith("PENCE:")


def test_a_capitalised_word_and_colon_inside_a_sentence_is_no_label() -> None:
    quote = quote_with(quotes_of(TRANSCRIPT), "FACTS")
    assert quote.speaker_name is None
    assert quote.why == "no speaker named in the text"


def test_a_label_naming_no_one_in_the_article_reads_as_a_name() -> None:
    text = (
        "The mayor spoke to a caller on the radio.\n\n"
        '"OKONKWO: Where will the new bridge go?\n\n'
        '"MAYOR: Beside the old one."\n'
    )
    quotes = quotes_of(text)
    question = quote_with(quotes, "new bridge")
    assert question.speaker_name == "Okonkwo"
    assert question.speaker is None
    assert question.quoted_text.startswith("OKONKWO:")  # the text itself keeps its capitals
    assert quote_with(quotes, "old one").speaker_name == "Mayor"


def test_a_label_in_capitals_outside_the_marks_is_the_person_of_that_surname() -> None:
    text = (
        "Chris Wallace questioned Gov. Mike Pence on Sunday.\n\n"
        'WALLACE: "Will she be at the debate?"\n\n'
        'PENCE: "She will not."\n'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "Will she").speaker_name == "Chris Wallace"
    assert quote_with(quotes, "will not").speaker_name == "Mike Pence"
    assert "'WALLACE' is the actor Chris Wallace" in quote_with(quotes, "Will she").why


def test_a_person_named_only_in_capitals_reads_as_a_name() -> None:
    quotes = quotes_of('Voters called in.\n\n"SEN. O\'ROURKE: We hear you."\n')
    quote = quote_with(quotes, "hear you")
    assert quote.speaker_name == "O'Rourke"  # the person the label names, as a name is written
    assert not quote.doubtful
