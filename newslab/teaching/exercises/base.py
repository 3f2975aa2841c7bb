"""What every notebook's exercises share: the blank, feedback, checkers, progress and hand-in.

An exercise answers ``q1.check(answer)``, ``q1.hint()`` and ``q1.solution()``; the exercises of
one notebook (an :class:`ExerciseSet`, from :func:`notebook`) also answer ``ex.progress()`` and
``ex.hand_in("Your Name")``. Starter code gives the blank
``____`` (:data:`BLANK`); a check of a blank (or of ``None``) says "not attempted yet". A
check tells you whether your answer is right without telling you the answer; ``solution()``
shows the code that finds it and what that code gives.

The right answers are worked out from the article by newslab itself (``len(article.sentences)``,
not a number typed in here), so they stay right when a teacher uses another article.

Example:
    >>> ex = notebook("01")
    >>> ex.q3.check(3)
    q3 · not quite: 3 is not the answer. Try again, or ask for a hint with q3.hint().
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newslab.errors import NewslabError
from newslab.text.article import Article, load
from newslab.views import templates
from newslab.views.palette import OKABE_ITO, tint


class _Blank:
    """The blank of starter code: a value that means "no answer written yet"."""

    _instance: _Blank | None = None

    def __new__(cls) -> _Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False


BLANK = _Blank()
"""The blank in starter code, written ``____`` in the notebooks."""

____ = BLANK

CORRECT, INCORRECT, NOT_ATTEMPTED, HINT, SOLUTION, UNAVAILABLE = (
    "correct",
    "incorrect",
    "not attempted",
    "hint",
    "solution",
    "unavailable",
)
_FEEDBACK_COLORS = {
    CORRECT: OKABE_ITO["bluish green"],
    INCORRECT: OKABE_ITO["vermillion"],
    NOT_ATTEMPTED: OKABE_ITO["sky blue"],
    HINT: OKABE_ITO["orange"],
    SOLUTION: OKABE_ITO["blue"],
    UNAVAILABLE: OKABE_ITO["reddish purple"],
}


@dataclass(frozen=True)
class Feedback:
    """What a check, a hint or a solution says; shows itself as text and (escaped) HTML.

    ``bool(feedback)`` is true only for a correct answer.
    """

    status: str
    message: str

    def __bool__(self) -> bool:
        return self.status == CORRECT

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return self.message

    def _repr_html_(self) -> str:
        color = _FEEDBACK_COLORS[self.status]
        text = html.escape(self.message).replace("\n", "<br>")
        return templates.FEEDBACK.substitute(
            status=self.status.replace(" ", "-"), color=color, background=tint(color, 0.15), text=text
        )


Checker = Callable[[Any, Any, Article], str | None]
"""Compares an answer with the right one: ``None`` when right, else why it cannot be right
(a message that must not give the right answer away)."""


@dataclass(frozen=True)
class Exercise:
    """One question, with the way to work out its answer from the article.

    Attributes:
        name: ``"q1"``, ``"q2"``, ...
        question: the question, as the notebook asks it.
        answer: works out the right answer from the article (``None`` if this article
            cannot answer it, e.g. it has no headline).
        checker: compares a student's answer with the right one.
        hint_text: a nudge that does not give the answer away.
        solution_code: the code that finds the answer, shown by :meth:`solution`.
        article: the article the answers come from.
    """

    name: str
    question: str
    answer: Callable[[Article], Any]
    checker: Checker
    hint_text: str
    solution_code: str
    article: Article = field(repr=False)
    record: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False, compare=False)

    def check(self, answer: Any = BLANK) -> Feedback:
        """Say whether ``answer`` is right, without revealing the right answer.

        Example:
            >>> q = notebook("01").q3
            >>> q.check("23")
            q3 · not quite: you wrote the number as text, in quote marks. Write it without them: 23, not "23".
        """
        feedback = self._feedback(answer)
        self.record[self.name] = (feedback.status, _shown(answer))
        return feedback

    def _feedback(self, answer: Any) -> Feedback:
        if answer is BLANK:
            return Feedback(
                NOT_ATTEMPTED,
                f"{self.name} · not attempted yet: replace ____ with your answer, then run the cell again.",
            )
        if answer is None:
            return Feedback(
                NOT_ATTEMPTED,
                f"{self.name} · not attempted yet: your answer is None. Replace ____ with your answer; "
                "if you used print(...), write the value itself instead.",
            )
        expected = self._expected()
        if expected is None:
            return self._unavailable()
        problem = self.checker(answer, expected, self.article)
        if problem is None:
            return Feedback(CORRECT, f"{self.name} · correct!")
        return Feedback(INCORRECT, f"{self.name} · not quite: {problem}")

    def hint(self) -> Feedback:
        """A hint that does not give the answer away."""
        return Feedback(HINT, f"{self.name} · hint: {self.hint_text}")

    def solution(self) -> Feedback:
        """The code that finds the answer, and the answer it gives for this article.

        A teacher can turn solutions off for a class (see :func:`solutions_allowed`).

        Example:
            >>> print(notebook("01").q3.solution())
            q3 · solution: len(article.sentences)
            which gives 23
        """
        if not solutions_allowed():
            return Feedback(
                UNAVAILABLE,
                f"{self.name} · your teacher has turned solutions off for this class. "
                f"Try {self.name}.hint(), or ask your teacher.",
            )
        expected = self._expected()
        if expected is None:
            return self._unavailable()
        return Feedback(SOLUTION, f"{self.name} · solution: {self.solution_code}\nwhich gives {expected!r}")

    def _expected(self) -> Any:
        return self.answer(self.article)

    def _unavailable(self) -> Feedback:
        return Feedback(
            UNAVAILABLE,
            f"{self.name} · this article cannot answer this question; skip it or ask your teacher.",
        )


@dataclass(frozen=True)
class ExerciseSet:
    """The exercises of one notebook: ``ex.q1``, ``ex.q2``, ..."""

    notebook: str
    article: Article = field(repr=False)
    exercises: tuple[Exercise, ...] = ()

    def __getattr__(self, name: str) -> Exercise:
        for exercise in self.__dict__.get("exercises", ()):
            if exercise.name == name:
                return exercise
        raise AttributeError(f"notebook {self.__dict__.get('notebook')} has no exercise {name!r}")

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    def __repr__(self) -> str:
        lines = [f"Exercises of notebook {self.notebook}:"]
        lines += [f"  {e.name}  {e.question}" for e in self.exercises]
        return "\n".join(lines)

    def results(self) -> list[dict[str, str]]:
        """For each exercise, in order: its name, question, last status and last answer.

        Example:
            >>> ex = notebook("00")
            >>> _ = ex.q3.check(7)
            >>> [(r["exercise"], r["status"]) for r in ex.results()]
            [('q1', 'not attempted'), ('q2', 'not attempted'), ('q3', 'incorrect')]
        """
        record = self.exercises[0].record if self.exercises else {}
        rows = []
        for exercise in self.exercises:
            status, answer = record.get(exercise.name, (NOT_ATTEMPTED, ""))
            rows.append({"exercise": exercise.name, "question": exercise.question, "status": status,
                         "answer": answer})
        return rows

    def progress(self) -> Feedback:
        """Which exercises are done, which are still wrong, which are not tried yet.

        Example:
            >>> ex = notebook("00")
            >>> _ = ex.q1.check(ex.q1.answer(ex.article))
            >>> print(ex.progress())
            Notebook 00: 1 of 3 exercises right.
              q1  right
              q2  not attempted yet: go back to the exercise and run its cell
              q3  not attempted yet: go back to the exercise and run its cell
        """
        rows = self.results()
        right = sum(1 for r in rows if r["status"] == CORRECT)
        lines = [f"Notebook {self.notebook}: {right} of {len(rows)} exercises right."]
        lines += [f"  {r['exercise']}  {_PROGRESS_WORDS.get(r['status'], r['status'])}" for r in rows]
        return Feedback(CORRECT if right == len(rows) else NOT_ATTEMPTED, "\n".join(lines))

    def hand_in(self, name: str = ____, folder: str | Path = ".") -> Feedback:
        """Save your answers to a file to hand in: ``hand-in-NN-your-name.json``, in ``folder``.

        The file holds, for each exercise, the last answer you checked and whether it was right.
        Nothing is sent anywhere: download the file (right-click it in the file browser, then
        Download) and give it to your teacher the way your class hands in work.

        Example:
            >>> import tempfile
            >>> ex = notebook("00")
            >>> folder = tempfile.mkdtemp()
            >>> print(ex.hand_in("Ada Lovelace", folder=folder))  # doctest: +ELLIPSIS
            Saved your answers to hand-in-00-ada-lovelace.json (0 of 3 right). ...
        """
        if name is BLANK or not isinstance(name, str) or not _slug(name):
            return Feedback(NOT_ATTEMPTED, 'Write your name in quote marks: ex.hand_in("Your Name").')
        path = Path(folder) / f"hand-in-{self.notebook}-{_slug(name)}.json"
        rows = self.results()
        document = {
            "newslab_hand_in": 1,
            "student": name.strip(),
            "notebook": self.notebook,
            "article": self.article.title.text if self.article.title else "",
            "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "exercises": rows,
        }
        try:
            path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as error:
            return Feedback(UNAVAILABLE, f"Could not save {path}: {error.strerror or error}.")
        right = sum(1 for r in rows if r["status"] == CORRECT)
        return Feedback(
            HINT,
            f"Saved your answers to {path.name} ({right} of {len(rows)} right). In the file browser "
            "on the left, right-click the file and choose Download, then hand it in.",
        )


_PROGRESS_WORDS = {
    CORRECT: "right",
    INCORRECT: "not right yet: go back, try again, or ask for a hint",
    NOT_ATTEMPTED: "not attempted yet: go back to the exercise and run its cell",
    UNAVAILABLE: "this article cannot answer it",
}


def _shown(answer: Any) -> str:
    """How an answer is written in a hand-in file: blank for no answer, else its repr (short)."""
    if answer is BLANK or answer is None:
        return ""
    text = repr(answer)
    return text if len(text) <= 300 else text[:297] + "..."


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[^\W_]+", name.casefold()))


def read_hand_ins(folder: str | Path) -> list[dict[str, str]]:
    """Every hand-in file of a folder, one row per student and exercise (for a teacher).

    ``pandas.DataFrame(read_hand_ins("hand-ins/"))`` makes it a table. Files that are not
    hand-ins are skipped.

    Example:
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> ex = notebook("00")
        >>> _ = ex.q3.check(ex.q3.answer(ex.article)); _ = ex.hand_in("Ada", folder=folder)
        >>> [(r["student"], r["exercise"], r["status"]) for r in read_hand_ins(folder)][-1]
        ('Ada', 'q3', 'correct')
    """
    rows = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not isinstance(document, dict) or "newslab_hand_in" not in document:
            continue
        for row in document.get("exercises", []):
            rows.append({"file": path.name, "student": document.get("student", ""),
                         "notebook": document.get("notebook", ""), "saved": document.get("saved", ""),
                         **row})
    return rows


SOLUTIONS_SWITCH = "NEWSLAB_SOLUTIONS"
"""The environment variable that turns ``solution()`` off for a class: ``NEWSLAB_SOLUTIONS=off``."""

NO_SOLUTIONS_FILE = "newslab-no-solutions"
"""A file of this name (any content) in the notebooks' folder, or a folder above it, turns
``solution()`` off as well: the way to do it on Binder, where a teacher cannot set variables."""


def solutions_allowed(folder: str | Path | None = None) -> bool:
    """Whether ``qN.solution()`` may show answers here (a teacher may turn them off).

    Off when the environment variable :data:`SOLUTIONS_SWITCH` is ``off`` (or ``0``, ``no``,
    ``false``), or when a file named :data:`NO_SOLUTIONS_FILE` is in ``folder`` (by default the
    working folder, the notebook's own) or in a folder above it.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> solutions_allowed(folder)
        True
        >>> _ = (folder / NO_SOLUTIONS_FILE).write_text("")
        >>> solutions_allowed(folder)
        False
    """
    if os.environ.get(SOLUTIONS_SWITCH, "").strip().casefold() in {"off", "0", "no", "false"}:
        return False
    here = Path(folder) if folder is not None else Path.cwd()
    return not any((place / NO_SOLUTIONS_FILE).exists() for place in (here, *here.parents))


Builder = Callable[[Article], list[Exercise]]
"""Makes a notebook's exercises for an article."""

_NOTEBOOKS: dict[str, Builder] = {}
_DEFAULT_ARTICLES: dict[str, Callable[[], Article]] = {}
"""The article a notebook reads when none is given (the bundled article if not listed)."""


_ANALYSES: dict[int, tuple[Article, Any]] = {}
_KEPT = 8


def analysis_of(article: Article) -> Any:
    """The analysis the exercises read for ``article``: the one given to :func:`notebook`, else
    ``newslab.analyze(article)`` (kept for the next question, so an article is analysed once).

    Example:
        >>> import newslab
        >>> article = newslab.load()
        >>> analysis_of(article) is analysis_of(article)
        True
    """
    kept = _ANALYSES.get(id(article))
    if kept is not None and kept[0] is article:
        return kept[1]
    from newslab.pipeline.analysis import analyze

    return _keep(article, analyze(article))


def _keep(article: Article, analysis: Any) -> Any:
    _ANALYSES[id(article)] = (article, analysis)
    while len(_ANALYSES) > _KEPT:
        del _ANALYSES[next(iter(_ANALYSES))]
    return analysis


def notebook(number: str, article: Article | None = None, *, analysis: Any = None) -> ExerciseSet:
    """The exercises of a notebook, with answers worked out from ``article``.

    Args:
        number: the notebook's number, e.g. ``"01"``.
        article: the article the notebook reads; by default the bundled article (notebook 06:
            the invented example article it starts with), or the article of ``analysis``.
        analysis: the notebook's analysis, when it was made with your own actor catalog or word
            lists (``newslab.analyze(article, catalog=..., word_lists=...)``): the answers are
            then worked out from it, as the notebook's widgets show them.

    Raises:
        NewslabError: there is no notebook with that number.

    Example:
        >>> [e.name for e in notebook("00")]
        ['q1', 'q2', 'q3']
    """
    from newslab.teaching import friendly

    friendly.install()
    build = _NOTEBOOKS.get(str(number))
    if build is None:
        known = ", ".join(sorted(_NOTEBOOKS))
        raise NewslabError(f"there are no exercises for notebook {number!r}; there are for: {known}")
    if analysis is not None:
        article = analysis.article if article is None else article
        _keep(article, analysis)
    article = article if article is not None else _DEFAULT_ARTICLES.get(str(number), load)()
    record: dict[str, tuple[str, str]] = {}
    exercises = tuple(replace(exercise, record=record) for exercise in build(article))
    return ExerciseSet(str(number), article, exercises)


def register(number: str, default_article: Callable[[], Article] | None = None
             ) -> Callable[[Builder], Builder]:
    """Register a notebook's builder (used by the ``nbNN`` modules as a decorator)."""
    def add(build: Builder) -> Builder:
        _NOTEBOOKS[number] = build
        if default_article is not None:
            _DEFAULT_ARTICLES[number] = default_article
        return build

    return add


# ---------------------------------------------------------------- checkers


def same_number(answer: Any, expected: float, _: Article) -> str | None:
    """Right when ``answer`` is the expected number (whole numbers must match exactly).

    Example:
        >>> same_number(23, 23, None) is None, same_number(2.5, 23, None)
        (True, '2.5 is not the answer. Try again, or ask for a hint with qN.hint().')
    """
    if isinstance(answer, str):
        try:
            float(answer.strip())
        except ValueError:
            return f"the answer is a number, like 12, and you gave the text {answer!r}."
        number = answer.strip()
        return (
            f'you wrote the number as text, in quote marks. Write it without them: {number}, not "{answer}".'
        )
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return f"the answer is a number, like 12, not a {type(answer).__name__}."
    if math.isclose(answer, expected, rel_tol=1e-9, abs_tol=1e-9):
        return None
    return f"{answer!r} is not the answer. Try again, or ask for a hint with qN.hint()."


def same_text(answer: Any, expected: str, _: Article) -> str | None:
    """Right when ``answer`` is the expected text, ignoring case, spacing and outer punctuation.

    Example:
        >>> same_text(" related articles. ", "Related Articles", None) is None
        True
    """
    if not isinstance(answer, str):
        return f'the answer is text in quote marks, like "Beijing", not a {type(answer).__name__}.'
    if folded(answer) == folded(expected):
        return None
    return f"{answer!r} is not the answer. Try again, or ask for a hint with qN.hint()."


def same_stretch(answer: Any, expected: tuple[int, int], article: Article) -> str | None:
    """Right when ``answer`` is a (start, end) pair that cuts the same text as the expected span.

    Example:
        >>> import newslab
        >>> article = newslab.load()
        >>> same_stretch((0, 4), (0, 4), article) is None
        True
    """
    pair = (answer.start, answer.end) if hasattr(answer, "start") and hasattr(answer, "end") else answer
    if not isinstance(pair, (tuple, list)) or len(pair) != 2:
        return "the answer is a pair of numbers in brackets, like (10, 16)."
    start, end = pair
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
        return "both numbers must be whole numbers, like (10, 16)."
    if not 0 <= start <= end <= len(article.text):
        return f"({start}, {end}) is not inside the text, which has {len(article.text)} characters."
    cut = article.text[start:end]
    if cut == article.text[expected[0] : expected[1]]:
        return None
    return f"article.text[{start}:{end}] gives {cut!r}, not the word asked for. Try again."


def same_name(answer: Any, expected: str, _: Article, *, ids: dict[str, str] | None = None) -> str | None:
    """Right when ``answer`` is the expected name or its id ("Mike Pompeo" or "mike-pompeo").

    Example:
        >>> same_name("mike-pompeo", "Mike Pompeo", None) is None, same_name("pompeo", "Mike Pompeo", None)
        (True, "'pompeo' is not the answer: write the whole name as the table writes it, in quote marks.")
    """
    if not isinstance(answer, str):
        return f'the answer is a name in quote marks, like "Lu Kang", not a {type(answer).__name__}.'
    if folded(answer.replace("-", " ")) == folded(expected.replace("-", " ")):
        return None
    whole = [w for w in folded(expected.replace("-", " ")).split() if len(w) > 2]
    if folded(answer) in whole:
        return f"{answer!r} is not the answer: write the whole name as the table writes it, in quote marks."
    return (f"{answer!r} is not the answer. Write the name as newslab writes it in its charts and "
            "tables (or its id, like \"lu-kang\"); try again, or ask for a hint with qN.hint().")


def folded(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?\"'\u2018\u2019\u201c\u201d")


def _named(checker: Checker, name: str) -> Checker:
    def check(answer: Any, expected: Any, article: Article) -> str | None:
        problem = checker(answer, expected, article)
        return None if problem is None else problem.replace("qN.", f"{name}.")

    return check


def make_exercise(name: str, question: str, answer: Callable[[Article], Any], checker: Checker, hint: str,
              solution: str, article: Article) -> Exercise:
    return Exercise(name, question, answer, _named(checker, name), hint, solution, article)


