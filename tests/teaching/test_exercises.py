"""Exercises: right answers pass, wrong ones fail without the answer, blanks read "not attempted"."""

from __future__ import annotations

import re
from typing import Any

import pytest

import newslab
from newslab.errors import NewslabError
from newslab.teaching import exercises
from newslab.teaching.exercises import BLANK, CORRECT, INCORRECT, NOT_ATTEMPTED, UNAVAILABLE, ____, notebook

NOTEBOOKS = ("00", "01", "02", "03")
# A second article, so that every answer is shown to come from the article, not from a constant.
OTHER = newslab.Article.from_text(
    "Xi hosts Moon\n\nMoon Jae-in landed in Beijing at noon. Officials from Seoul followed.\n\n"
    "He met Xi Jinping.\n\nRead more"
)
# Notebooks 02 and 03 ask about actors, quotes and claims: their other article has them all.
OTHER_WITH_VOICES = newslab.Article.from_text(
    "Xi hosts Moon\n\n"
    "Moon Jae-in landed in Beijing at noon, and Xi Jinping met him at the airport.\n\n"
    'Seoul says the visit may bring a trade deal. "We are ready to sign," Moon said.\n\n'
    "Critics say the talks will fail. Xi could announce new aid on Friday.\n\n"
    '"Nothing has been agreed yet."\n\n'
    "Read more"
)


def other_article(number: str) -> newslab.Article:
    return OTHER_WITH_VOICES if number in ("02", "03") else OTHER


def every_exercise() -> list[tuple[str, str]]:
    return [(number, exercise.name) for number in NOTEBOOKS for exercise in notebook(number)]


def wrong_answer(right: Any) -> Any:
    if isinstance(right, tuple):
        return (0, 1)
    if isinstance(right, str):
        return "zebra crossing"
    return -7


def reveals(message: str, right: Any, name: str) -> bool:
    """Whether ``message`` (exercise names left out) shows the right answer."""
    message = message.replace(f"{name}.", "").replace(f"{name} ·", "")
    if isinstance(right, str):
        return right.casefold() in message.casefold()
    pattern = rf"(?<![\w.]){re.escape(str(right))}(?![\w.])"
    return re.search(pattern, message) is not None or repr(right) in message


@pytest.mark.parametrize(("number", "name"), every_exercise())
def test_blank_and_none_read_not_attempted(number, name):
    exercise = getattr(notebook(number), name)
    for blank in (____, BLANK, None):
        feedback = exercise.check(blank)
        assert feedback.status == NOT_ATTEMPTED and not feedback
        assert "not attempted yet" in str(feedback)
    assert exercise.check().status == NOT_ATTEMPTED


@pytest.mark.parametrize(("number", "name"), every_exercise())
@pytest.mark.parametrize("which", ["seed", "other"])
def test_the_right_answer_passes_and_a_wrong_one_fails_without_revealing_it(number, name, which):
    article = other_article(number) if which == "other" else None
    exercise = getattr(notebook(number, article=article), name)
    right = exercise.answer(exercise.article)
    assert right is not None
    assert exercise.check(right).status == CORRECT
    wrong = exercise.check(wrong_answer(right))
    assert wrong.status == INCORRECT and not wrong
    assert not reveals(str(wrong), right, name)
    assert reveals(str(exercise.solution()), right, name)


@pytest.mark.parametrize(("number", "name"), every_exercise())
def test_hints_do_not_give_the_answer_away(number, name):
    exercise = getattr(notebook(number), name)
    right = exercise.answer(exercise.article)
    hint = str(exercise.hint())
    assert hint.startswith(f"{name} · hint: ") and not reveals(hint, right, name)


def test_answers_are_worked_out_from_the_article(seed):
    assert notebook("01").q3.check(len(seed.sentences))
    assert notebook("01", article=OTHER).q3.check(3)
    assert not notebook("01", article=OTHER).q3.check(len(seed.sentences))
    assert notebook("00", article=OTHER).q2.check("Moon")
    assert notebook("01", article=OTHER).q1.check(len("Read more"))
    assert notebook("01").q1.check(sum(piece.end - piece.start for piece in seed.removed))
    assert "'Beijing'" in notebook("01", article=OTHER).q2.question


def test_a_number_written_as_text_gets_a_helpful_message(seed):
    feedback = notebook("01").q3.check(str(len(seed.sentences)))
    assert feedback.status == INCORRECT and "without them" in str(feedback)
    assert "is a number" in str(notebook("01").q3.check("many"))
    assert "is a number" in str(notebook("01").q3.check(True))
    assert "text in quote marks" in str(notebook("00").q2.check(42))


def test_a_span_answer_may_be_any_place_that_cuts_the_word():
    article = newslab.Article.from_text("Kim in Beijing\n\nKim left Beijing for Dalian. Beijing was calm.")
    exercise = notebook("01", article=article).q2
    start, end = exercise.answer(article)
    assert article.text[start:end] == "Beijing"
    elsewhere = article.text.find("Beijing", end)
    assert exercise.check((elsewhere, elsewhere + len("Beijing")))
    assert exercise.check(article.span(start, end))
    assert exercise.check([start, end])
    assert "pair of numbers" in str(exercise.check(start))
    assert "not inside the text" in str(exercise.check((start, 10**6)))
    assert "gives 'Beijin'" in str(exercise.check((start, end - 1)))


def test_text_answers_ignore_case_spacing_and_outer_punctuation(seed):
    exercise = notebook("00").q2
    assert exercise.check("  KIM. ") and exercise.check('"kim"')
    assert not exercise.check("Kimchi")


def test_a_question_the_article_cannot_answer_says_so():
    untitled = newslab.Article.from_text("Kim arrived in Beijing on Tuesday, and he met Xi.")
    assert untitled.title is None
    q1 = notebook("00", article=untitled).q1
    assert q1.check(3).status == UNAVAILABLE and q1.solution().status == UNAVAILABLE


def test_feedback_shows_as_escaped_html_and_is_deterministic():
    feedback = notebook("00").q2.check("<script>alert(1)</script>")
    page = feedback._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'class="nl-feedback nl-feedback-incorrect"' in page
    assert repr(feedback) == str(notebook("00").q2.check("<script>alert(1)</script>"))


def test_exercise_sets_list_their_questions_and_refuse_unknown_names():
    ex = notebook("01")
    assert [e.name for e in ex] == ["q1", "q2", "q3", "q4"] and len(ex) == 4
    assert repr(ex).splitlines()[0] == "Exercises of notebook 01:"
    with pytest.raises(AttributeError, match="no exercise 'q9'"):
        ex.q9  # noqa: B018
    with pytest.raises(NewslabError, match="no exercises for notebook '99'"):
        notebook("99")


def test_the_blank_is_one_value_that_reads_as_four_underscores():
    assert exercises.____ is BLANK and type(BLANK)() is BLANK
    assert repr(BLANK) == "____" and not BLANK


def test_notebook_02_answers_follow_the_article(seed):
    seed_set, other_set = notebook("02"), notebook("02", article=OTHER_WITH_VOICES)
    assert seed_set.q2.check("United States") and other_set.q2.check("Xi Jinping")
    assert seed_set.q2.check("united-states"), "an actor's id is as good as its name"
    assert not other_set.q2.check("United States")
    assert "whole name" in str(seed_set.q2.check("States"))
    assert "'Washington' in sentence 7 as United States" in seed_set.q1.question
    assert "'Seoul' in sentence 1 as South Korea" in other_set.q1.question
    assert "joins Kim Jong Un and United States" in seed_set.q4.question
    assert "Xi Jinping" in seed_set.q3.question and other_set.q3.check(4)


def test_a_rule_may_be_given_whole_or_by_its_name():
    q1 = notebook("02").q1
    rule = q1.answer(q1.article)
    assert rule.startswith("capital for its government (")
    assert q1.check(rule) and q1.check("Capital for its government")
    assert q1.check("capital for its government.")
    assert not q1.check("capital") and not q1.check("catalog alias")
    assert "text in quote marks" in str(q1.check(7))


def test_notebook_03_answers_follow_the_article():
    seed_set, other_set = notebook("03"), notebook("03", article=OTHER_WITH_VOICES)
    assert seed_set.q1.check("Xi Jinping") and not seed_set.q1.check("Donald Trump")
    assert seed_set.q1.check("xi-jinping")
    assert seed_set.q2.check(22) and other_set.q2.check(5)
    assert seed_set.q3.check("widely seen") and other_set.q3.check("critics say")
    assert seed_set.q4.check(3) and other_set.q4.check(1)


def test_questions_about_what_an_article_lacks_say_so():
    plain = newslab.Article.from_text("Rain\n\nIt rained all day. Then it stopped.")
    for number in ("02", "03"):
        exercises = notebook(number, article=plain)
        unavailable = [e.name for e in exercises if e.check("x").status == UNAVAILABLE]
        assert unavailable, number
    assert notebook("03", article=plain).q4.check(0)  # no hedged sentence of the author: 0 is right
