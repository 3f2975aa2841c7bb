"""Pairing quote marks: each hard case on its own."""

from __future__ import annotations

import pytest

from newslab.speech.quotemarks import find_quotations
from newslab.text.segmentation import paragraph_bounds


def pair(text: str):
    quotations, strays = find_quotations(text, paragraph_bounds(text))
    parts = [[text[s:e] for s, e in q.parts] for q in quotations]
    return parts, [(s.position, s.reason) for s in strays], quotations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are ready," Kim said.', [["We are ready,"]]),
        ("\u201cWe are ready,\u201d Kim said.", [["We are ready,"]]),
        ("He said \u201eja\u201d and \u00abnon\u00bb.", [["ja"], ["non"]]),
        ("Mixed \u201cmarks\" still pair.", [["marks"]]),
    ],
)
def test_double_marks_straight_and_curly(text, expected):
    parts, strays, _ = pair(text)
    assert parts == expected
    assert strays == []


def test_single_marks_nested_in_double_are_part_of_the_quote():
    parts, strays, _ = pair("\"He called it 'a disgrace,' and left,\" she said.")
    assert parts == [["He called it 'a disgrace,' and left,"]]
    assert strays == []


def test_double_marks_nested_in_british_single_quotes():
    text = "\u2018The insurers called it \u201ca freak event\u201d,\u2019 said Lowe."
    parts, strays, _ = pair(text)
    assert parts == [["The insurers called it \u201ca freak event\u201d,"]]
    assert strays == []


@pytest.mark.parametrize(
    "text",
    [
        "It's Kim's fourth visit; the dogs' bowls were empty.",
        "It\u2019s Kim\u2019s fourth visit; the dogs\u2019 bowls were empty in the \u201990s.",
        "Rock 'n roll in the '90s was fine.",
    ],
)
def test_apostrophes_are_not_quote_marks(text):
    parts, strays, _ = pair(text)
    assert parts == []
    assert strays == []


def test_british_single_quotes_with_apostrophes_inside():
    text = "\u2018They\u2019re here and it\u2019s late,\u2019 he said. \u2018We\u2019ll wait.\u2019"
    parts, _, _ = pair(text)
    assert parts == [["They\u2019re here and it\u2019s late,"], ["We\u2019ll wait."]]


def test_plural_possessive_inside_a_single_quote_does_not_close_it():
    text = "\u2018The workers\u2019 rights matter,\u2019 she said."
    parts, _, _ = pair(text)
    assert parts == [["The workers\u2019 rights matter,"]]


def test_straight_single_quotes_with_a_possessive_before_a_continuation():
    text = "'We can't go on, it's not fair on the drivers' families.\n\n'But we will try.'"
    parts, strays, _ = pair(text)
    assert parts == [["We can't go on, it's not fair on the drivers' families.", "But we will try."]]
    assert strays == []


@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019")])
def test_a_quote_over_several_paragraphs_is_one_quotation(opening, closing):
    text = f"{opening}First part.\n\n{opening}Second part.\n\n{opening}Third part.{closing} He left."
    parts, strays, quotations = pair(text)
    assert parts == [["First part.", "Second part.", "Third part."]]
    assert strays == []
    assert quotations[0].closed


def test_a_closing_mark_with_no_opening_mark_is_stray():
    text = "The screen measures 12\" across."
    parts, strays, _ = pair(text)
    assert parts == []
    assert strays == [(text.index('"'), "closing mark with no opening mark")]


def test_a_mark_never_closed_is_stray_and_its_quotation_open():
    text = 'He said "we will win and left.\n\nThe end.'
    parts, strays, quotations = pair(text)
    assert parts == [["we will win and left."]]
    assert not quotations[0].closed
    assert strays == [(text.index('"'), "opening mark that is never closed")]


def test_empty_marks_are_stray():
    _, strays, _ = pair('Odd "" marks.')
    assert [reason for _, reason in strays] == ["quote marks with no words between them"] * 2


def test_a_new_curly_opening_mark_inside_an_open_quote_ends_the_first():
    text = "\u201cOne thing \u201cAnother thing,\u201d he said."
    parts, strays, _ = pair(text)
    assert parts == [["One thing "], ["Another thing,"]]
    assert strays == [(0, "opening mark that is never closed")]


def test_a_mark_with_spaces_on_both_sides_is_stray():
    text = 'A stray " here.\n\n"A real quote," she said.'
    parts, strays, _ = pair(text)
    assert parts == [["A real quote,"]]
    assert strays == [(8, "quote mark with spaces on both sides")]


def test_an_open_quote_that_stops_mid_sentence_does_not_run_into_the_next_paragraph():
    text = 'He said "we will win and\n\n"A real quote," she said.'
    parts, strays, _ = pair(text)
    assert parts == [["we will win and"], ["A real quote,"]]
    assert strays == [(8, "opening mark that is never closed")]
