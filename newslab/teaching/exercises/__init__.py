"""Exercises for the notebooks: ``q1.check(answer)``, ``q1.hint()``, ``q1.solution()``.

One module per notebook (``nb00`` ... ``nb06``) registers that notebook's exercises; what they
share (the blank, feedback, checkers, progress, hand-in, the solutions switch) is in ``base``.
A notebook gets its exercises with :func:`notebook`. Starter code gives the blank ``____``
(:data:`BLANK`); a check of a blank (or of ``None``) says "not attempted yet". A check tells you
whether your answer is right without telling you the answer; ``solution()`` shows the code that
finds it and what that code gives (unless a teacher turned solutions off).

The right answers are worked out from the article by newslab itself (``len(article.sentences)``,
not a number typed in here), so they stay right when a teacher uses another article.

Example:
    >>> ex = notebook("01")
    >>> ex.q3.check(____)
    q3 · not attempted yet: replace ____ with your answer, then run the cell again.
    >>> ex.q3.check(3)
    q3 · not quite: 3 is not the answer. Try again, or ask for a hint with q3.hint().
    >>> bool(ex.q3.check(len(ex.article.sentences)))
    True
    >>> print(ex.progress().message.splitlines()[0])
    Notebook 01: 1 of 4 exercises right.
"""

from newslab.teaching.exercises import nb00, nb01, nb02, nb03, nb04, nb05, nb06  # noqa: F401  (registers)
from newslab.teaching.exercises.base import (
    BLANK,
    CORRECT,
    HINT,
    INCORRECT,
    NO_SOLUTIONS_FILE,
    NOT_ATTEMPTED,
    SOLUTION,
    SOLUTIONS_SWITCH,
    UNAVAILABLE,
    Exercise,
    ExerciseSet,
    Feedback,
    ____,
    notebook,
    read_hand_ins,
    same_name,
    same_number,
    same_stretch,
    same_text,
    solutions_allowed,
)

__all__ = [
    "BLANK", "CORRECT", "HINT", "INCORRECT", "NO_SOLUTIONS_FILE", "NOT_ATTEMPTED", "SOLUTION",
    "SOLUTIONS_SWITCH", "UNAVAILABLE", "Exercise", "ExerciseSet", "Feedback", "____", "notebook",
    "read_hand_ins", "same_name", "same_number", "same_stretch", "same_text", "solutions_allowed",
]
