"""Notebook 05's exercises: right answers pass, wrong ones fail without the answer, blanks read
"not attempted", on the bundled article and on another article with voices and a conflict."""

from __future__ import annotations

import re

import pytest

import newslab
from newslab.teaching.exercises import CORRECT, INCORRECT, NOT_ATTEMPTED, ____, notebook

OTHER = newslab.Article.from_text(
    "Seoul and Tokyo talk\n\n"
    'Japan accused South Korea of breaking the deal. "Japan has always been a good friend," '
    "Moon Jae-in said. Critics slammed Japan for the delay, and Seoul welcomed Japan.\n\nRead more"
)
NAMES = [exercise.name for exercise in notebook("05")]
WRONG = {int: -7, str: "zebra crossing"}


def reveals(message: str, right: object, name: str) -> bool:
    message = message.replace(f"{name}.", "").replace(f"{name} ·", "")
    if isinstance(right, str):
        return right.casefold() in message.casefold()
    return re.search(rf"(?<![\w.-]){right}(?![\w.])", message) is not None


@pytest.mark.parametrize("name", NAMES)
def test_blank_reads_not_attempted(name):
    exercise = getattr(notebook("05"), name)
    for blank in (____, None):
        assert exercise.check(blank).status == NOT_ATTEMPTED


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("article", [None, OTHER], ids=["seed", "other"])
def test_right_passes_wrong_fails_without_revealing(name, article):
    exercise = getattr(notebook("05", article=article), name)
    right = exercise.answer(exercise.article)
    assert right is not None
    assert exercise.check(right).status == CORRECT
    wrong = exercise.check(WRONG[type(right)])
    assert wrong.status == INCORRECT and not reveals(str(wrong), right, name)
    assert not reveals(str(exercise.hint()), right, name)
    assert reveals(str(exercise.solution()), right, name)


def test_the_other_article_gives_other_answers():
    ex = notebook("05", article=OTHER)
    assert "choose" in ex.q1.question
    assert ex.q3.check(1) and not notebook("05").q3.check(1)
