"""A party word before a person's first name is not part of the name ("fellow Republican Marco
Rubio" is Marco Rubio, a person); before anything else it stays in the name ("Republican
National Committee"). The whole pipeline runs on texts written here.
"""

from __future__ import annotations

import newslab


def actors_of(body: str) -> dict[str, tuple[str, list[str]]]:
    analysis = newslab.analyze(newslab.load_text("Title\n\n" + body), layers=["actors"])
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in analysis.actors}


def test_a_party_word_before_a_first_name_is_left_out_of_the_name() -> None:
    actors = actors_of("Fellow Republican Marco Rubio spoke after Democrats Ana Lima and Tom Reyes.")
    assert actors == {
        "Marco Rubio": ("person", ["Marco Rubio"]),
        "Ana Lima": ("person", ["Ana Lima"]),
        "Tom Reyes": ("person", ["Tom Reyes"]),
    }


def test_a_party_word_that_opens_an_organisation_name_stays_in_it() -> None:
    actors = actors_of(
        "On a warm evening last week, officials from the Republican National Committee sat down "
        "with two members of the Democratic Party to talk about the new rules for the debates."
    )
    assert actors == {
        "Republican National Committee": ("organisation", ["Republican National Committee"]),
        "Democratic Party": ("organisation", ["Democratic Party"]),
    }


def test_the_speaker_of_a_quote_is_the_person_not_the_party() -> None:
    analysis = newslab.analyze(
        newslab.load_text('Title\n\n"We will win," said fellow Democrat Ana Lima.')
    )
    assert [q.speaker_name for q in analysis.quotes] == ["Ana Lima"]
