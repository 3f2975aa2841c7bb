"""Curly quote marks inside a quotation opened by a straight mark are inner quotations.

Scraped pages often straighten the outer marks and keep the inner curly ones. Each test runs
the whole pipeline on a short text written here.
"""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of

from newslab.speech.quotemarks import find_quotations

STATEMENT = (
    "Dr. Ana Ward stated:\n\n"
    '"The department is not about \u201cEqual Justice\u201d anymore. It is about politics.\n\n'
    '"The latest example is the city suing the state over its \u201cBathroom Bill,\u201d which '
    "lets owners decide.\n\n"
    '"The Senate was supposed to guard the states. I will stop them at the door."\n'
)


def test_a_statement_over_three_paragraphs_stays_one_quote_with_its_speaker() -> None:
    quotes = quotes_of(STATEMENT)
    quote = quote_with(quotes, "department")
    assert quote.speaker_name == "Ana Ward"
    assert "stop them at the door" in quote.quoted_text
    assert "\u201cEqual Justice\u201d" in quote.quoted_text
    assert len(quotes) == 1


def test_the_inner_marks_are_not_stray() -> None:
    text = 'Ada Obi said: "We call it \u201cthe plan\u201d and we mean it."'
    quotations, strays = find_quotations(text, [(0, len(text))])
    assert [text[s:e] for q in quotations for s, e in q.parts] == [
        "We call it \u201cthe plan\u201d and we mean it."
    ]
    assert strays == []


def test_a_curly_opening_mark_with_a_straight_mark_before_its_closer_is_not_inner() -> None:
    # the straight quotation closes first: the curly one that follows is a quotation of its own
    text = 'He said "go" and \u201cstay\u201d at once.'
    quotations, _ = find_quotations(text, [(0, len(text))])
    assert [text[s:e] for q in quotations for s, e in q.parts] == ["go", "stay"]
