"""Exercises of notebooks 04 and 06: right answers pass, wrong ones fail, blanks read "not attempted".

The shared helpers of ``tests/test_exercises.py`` decide what a wrong answer is and whether a
message gives the answer away; this file adds a second article with tone words, actors and quotes.
"""

from __future__ import annotations

import pytest
from test_exercises import reveals, wrong_answer

import newslab
from newslab.teaching.examples import load_invented_example
from newslab.teaching.exercises import CORRECT, INCORRECT, NOT_ATTEMPTED, UNAVAILABLE, ____, notebook

NOTEBOOKS = ("04", "06")
OTHER = newslab.Article.from_text(
    "Tram plan divides Riverside\n\n"
    "Critics say the tram may cost too much. Mayor Ana Ruiz said the tram was \"a wonderful step\". "
    "Ana Ruiz has backed it for years.\n\n"
    "\"We cannot afford it,\" said Tomas Berg. The vote was close.\n\n"
    "\"It is a disaster.\""
)


def wrong_for(right):
    """A wrong answer of the same type, whose digits do not hold the right one ("-7" holds "7")."""
    if isinstance(right, int):
        return next(n for n in (999, 888, 555) if str(right) not in str(n))
    return wrong_answer(right)


def every_exercise() -> list[tuple[str, str]]:
    return [(number, exercise.name) for number in NOTEBOOKS for exercise in notebook(number)]


@pytest.mark.parametrize(("number", "name"), every_exercise())
def test_blank_and_none_read_not_attempted(number, name):
    exercise = getattr(notebook(number), name)
    for blank in (____, None):
        assert exercise.check(blank).status == NOT_ATTEMPTED


@pytest.mark.parametrize(("number", "name"), every_exercise())
@pytest.mark.parametrize("article", [None, OTHER], ids=["default", "other"])
def test_the_right_answer_passes_and_a_wrong_one_fails_without_revealing_it(number, name, article):
    exercise = getattr(notebook(number, article=article), name)
    right = exercise.answer(exercise.article)
    assert right is not None
    assert exercise.check(right).status == CORRECT
    wrong = exercise.check(wrong_for(right))
    assert wrong.status == INCORRECT and not reveals(str(wrong), right, name)
    assert reveals(str(exercise.solution()), right, name)
    assert not reveals(str(exercise.hint()), right, name)


def test_notebook_06_reads_the_invented_example_by_default():
    assert notebook("06").article == load_invented_example()
    assert notebook("04").article == newslab.load()


def test_the_answers_are_worked_out_from_the_article(seed_analysis):
    tone = seed_analysis.tone
    ex = notebook("04")
    assert ex.q1.check(max(tone.sentences, key=lambda s: s.polarity).sentence)
    assert ex.q3.check(len(tone.disagreements))
    assert "Sentence 11 " in ex.q2.question and ex.q2.check("Great") and not ex.q2.check("enjoyed")
    other = notebook("04", article=OTHER)
    assert other.q3.answer(OTHER) == len(newslab.analyze(OTHER).tone.disagreements)
    assert other.q2.check("wonderful")
    yours = notebook("06", article=OTHER)
    assert yours.q1.check("Ana Ruiz") and yours.q2.check(1)
    invented = notebook("06")
    assert invented.q1.check("port ellis") and not invented.q1.check("Ana Ruiz")


def test_a_question_the_article_cannot_answer_says_so():
    flat = newslab.Article.from_text("Rain\n\nIt rained on Tuesday. The bus was late.")
    q2 = notebook("04", article=flat).q2
    assert q2.check("rain").status == UNAVAILABLE
    q1 = notebook("06", article=flat).q1
    assert q1.check("Tuesday").status == UNAVAILABLE
