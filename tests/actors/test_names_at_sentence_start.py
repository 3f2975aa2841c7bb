"""Names that open a sentence: "O'Malley" keeps its "O'", a question's "Can" is no first name,
and a name in capitals is the person named in full before. The whole pipeline runs on texts
written here.
"""

from __future__ import annotations

import newslab


def actors_of(body: str) -> dict[str, list[str]]:
    analysis = newslab.analyze(newslab.load_text("Title\n\n" + body), layers=["actors"])
    return {actor.name: [m.text for m in actor.mentions] for actor in analysis.actors}


def test_a_name_with_o_apostrophe_that_opens_a_sentence_is_the_same_person() -> None:
    actors = actors_of("Martin O'Malley spoke in Iowa. O'Malley stressed his record.")
    assert actors["Martin O'Malley"] == ["Martin O'Malley", "O'Malley"]
    assert "Malley" not in actors


def test_the_curly_apostrophe_works_the_same() -> None:
    actors = actors_of("Sandra Day O\u2019Connor spoke. O\u2019Connor said no.")
    assert actors == {"Sandra Day O'Connor": ["Sandra Day O\u2019Connor", "O\u2019Connor"]}


def test_a_question_that_opens_with_can_names_no_one_called_can() -> None:
    actors = actors_of("Can Sanders win?\n\nBernie Sanders spoke.")
    assert actors == {"Bernie Sanders": ["Sanders", "Bernie Sanders"]}


def test_a_first_name_that_is_also_a_word_still_opens_a_statement() -> None:
    assert actors_of("Will Carling scored twice.") == {"Will Carling": ["Will Carling"]}


def test_a_surname_in_capitals_is_the_person_named_in_full() -> None:
    actors = actors_of("Chris Wallace asked the questions.\n\nWALLACE: Will she come?")
    assert actors["Chris Wallace"] == ["Chris Wallace", "WALLACE"]
