"""Exercises for the notebooks: ``q1.check(answer)``, ``q1.hint()``, ``q1.solution()``.

Each notebook's exercises come from :func:`notebook`. Starter code gives the blank
``____`` (:data:`BLANK`); a check of a blank (or of ``None``) says "not attempted yet". A
check tells you whether your answer is right without telling you the answer; ``solution()``
shows the code that finds it and what that code gives.

The right answers are worked out from the article by newslab itself (``len(article.sentences)``,
not a number typed in here), so they stay right when a teacher uses another article.

Example:
    >>> ex = notebook("01")
    >>> ex.q1.check(____)
    q1 · not attempted yet: replace ____ with your answer, then run the cell again.
    >>> ex.q1.check(3)
    q1 · not quite: 3 is not the answer. Try again, or ask for a hint with q1.hint().
    >>> bool(ex.q1.check(len(ex.article.sentences)))
    True
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newslab.article import Article, load
from newslab.errors import NewslabError
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

    def check(self, answer: Any = BLANK) -> Feedback:
        """Say whether ``answer`` is right, without revealing the right answer.

        Example:
            >>> q = notebook("01").q1
            >>> q.check("23")
            q1 · not quite: you wrote the number as text, in quote marks. Write it without them: 23, not "23".
        """
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

        Example:
            >>> print(notebook("01").q1.solution())
            q1 · solution: len(article.sentences)
            which gives 23
        """
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


Builder = Callable[[Article], list[Exercise]]
"""Makes a notebook's exercises for an article."""

_NOTEBOOKS: dict[str, Builder] = {}


def notebook(number: str, article: Article | None = None) -> ExerciseSet:
    """The exercises of a notebook, with answers worked out from ``article``.

    Args:
        number: the notebook's number, e.g. ``"01"``.
        article: the article the notebook reads; by default the bundled article (notebook 06:
            the invented example article it starts with).

    Raises:
        NewslabError: there is no notebook with that number.

    Example:
        >>> [e.name for e in notebook("00")]
        ['q1', 'q2', 'q3']
    """
    build = _NOTEBOOKS.get(str(number))
    if build is None:
        known = ", ".join(sorted(_NOTEBOOKS))
        raise NewslabError(f"there are no exercises for notebook {number!r}; there are for: {known}")
    article = article if article is not None else _DEFAULT_ARTICLES.get(str(number), load)()
    return ExerciseSet(str(number), article, tuple(build(article)))


def _register(number: str) -> Callable[[Builder], Builder]:
    def add(build: Builder) -> Builder:
        _NOTEBOOKS[number] = build
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
    if _folded(answer) == _folded(expected):
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


def _folded(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?\"'\u2018\u2019\u201c\u201d")


def _named(checker: Checker, name: str) -> Checker:
    def check(answer: Any, expected: Any, article: Article) -> str | None:
        problem = checker(answer, expected, article)
        return None if problem is None else problem.replace("qN.", f"{name}.")

    return check


def _exercise(name: str, question: str, answer: Callable[[Article], Any], checker: Checker, hint: str,
              solution: str, article: Article) -> Exercise:
    return Exercise(name, question, answer, _named(checker, name), hint, solution, article)


# ---------------------------------------------------------------- notebook 00


@_register("00")
def _notebook_00(article: Article) -> list[Exercise]:
    from newslab.words import word_count, word_spans

    def headline_words(a: Article) -> int | None:
        return word_count(a.title.text) if a.title else None

    def first_word(a: Article) -> str | None:
        words = word_spans(a.sentences[0].text) if a.sentences else ()
        return words[0].text if words else None

    return [
        _exercise(
            "q1",
            "How many words are in the headline? Count them yourself.",
            headline_words,
            same_number,
            "Read the headline printed above and count its words one by one. A word with an "
            "apostrophe, like China's, counts as one word.",
            "newslab.words.word_count(article.title.text)",
            article,
        ),
        _exercise(
            "q2",
            "What is the first word of the story itself, after the headline (and after its repeat)?",
            first_word,
            same_text,
            "The top of the text shows the headline twice. Skip both and read the first word of the "
            "paragraph that follows. Write it in quote marks.",
            "article.sentences[0].text.split()[0]",
            article,
        ),
        _exercise(
            "q3",
            "How many characters (letters, spaces, punctuation, line breaks) does the article have?",
            lambda a: len(a.text),
            same_number,
            "Python's len(...) counts the characters of a text. The article's text is article.text.",
            "len(article.text)",
            article,
        ),
    ]


# ---------------------------------------------------------------- notebook 01


@_register("01")
def _notebook_01(article: Article) -> list[Exercise]:
    from newslab.words import sentence_lengths

    target = _word_to_find(article)

    def final_boilerplate(a: Article) -> str | None:
        tail = [r for r in a.removed if r.reason.startswith("site boilerplate")]
        return tail[-1].text.strip() if tail else None

    def longest(a: Article) -> int | None:
        return sentence_lengths(a).longest if a.sentences else None

    def where(a: Article) -> tuple[int, int] | None:
        if target is None:
            return None
        start = a.text.find(target, a.sentences[0].start)
        return (start, start + len(target))

    return [
        _exercise(
            "q1",
            "How many sentences does the story have?",
            lambda a: len(a.sentences),
            same_number,
            "article.sentences is the list of the story's sentences, and len(...) counts the "
            "things in a list.",
            "len(article.sentences)",
            article,
        ),
        _exercise(
            "q2",
            "Which words did newslab set aside as site boilerplate at the end of the article? "
            "Copy them, in quote marks.",
            final_boilerplate,
            same_text,
            "Look at the highlighted view of the set-aside text, or print article.removed: "
            "each removed span has a text and a reason.",
            "article.removed[-1].text",
            article,
        ),
        _exercise(
            "q3",
            "Which sentence is the longest? Give its number n, as in article.sentences[n].",
            longest,
            same_number,
            "In the bar chart, find the tallest bar and read the number under it.",
            "newslab.words.sentence_lengths(article).longest",
            article,
        ),
        _exercise(
            "q4",
            f"Where is the word {target!r} in the first sentence? Give its span as a pair "
            "(start, end), so that article.text[start:end] is that word.",
            where,
            same_stretch,
            "article.sentences[0].start is where the first sentence begins. Count the characters "
            "up to the word, or let Python find it: article.text.find(...). The end is the start "
            "plus the length of the word.",
            f"start = article.text.find({target!r}, article.sentences[0].start)\n"
            f"(start, start + len({target!r}))",
            article,
        ),
    ]


def _word_to_find(article: Article) -> str | None:
    """The first capitalised word of six letters or more after the first word of sentence 0."""
    from newslab.words import word_spans

    if not article.sentences:
        return None
    words = [w.text for w in word_spans(article.sentences[0].text)]
    chosen = [w for w in words[1:] if len(w) >= 6 and w[0].isupper() and w.isalpha()]
    return (chosen or words or [None])[0]


# ---------------------------------------------------------------- notebooks 04 and 06 (added block)

_DEFAULT_ARTICLES: dict[str, Callable[[], Article]] = {}
"""The article a notebook reads when none is given (the bundled article if not listed)."""


def _invented_example() -> Article:
    from newslab.examples import load_invented_example

    return load_invented_example()


_DEFAULT_ARTICLES["06"] = _invented_example


@_register("04")
def _notebook_04(article: Article) -> list[Exercise]:
    from newslab.tone import analyze_tone
    from newslab.tone_labels import lens_labels, pick_sentences

    def highest_polarity(a: Article) -> int | None:
        sentences = analyze_tone(a).sentences
        return max(sentences, key=lambda s: (s.polarity, -s.sentence)).sentence if sentences else None

    def most_positive(a: Article) -> int | None:
        positive = [s for s in analyze_tone(a).sentences if s.vader > 0]
        return max(positive, key=lambda s: (s.vader, -s.sentence)).sentence if positive else None

    def top_vader_word(a: Article) -> str | None:
        number = most_positive(a)
        if number is None:
            return None
        reasons = [r for r in analyze_tone(a).sentences[number].reasons if r.lens == "vader"]
        return max(reasons, key=lambda r: (r.value, -r.start)).text if reasons else None

    def lenses_agree(a: Article) -> int | None:
        tone = analyze_tone(a)
        if not tone.sentences:
            return None
        textblob, vader = lens_labels(tone, "textblob"), lens_labels(tone, "vader")
        return sum(1 for s in pick_sentences(tone) if textblob[s] == vader[s])

    chosen = most_positive(article)
    return [
        _exercise(
            "q1",
            "Which sentence has the highest TextBlob polarity? Give its number n, as in "
            "article.sentences[n].",
            highest_polarity,
            same_number,
            "In the tone arc, find the highest blue dot and read the number under it; or look down the "
            "polarity column of the table.",
            "max(analysis.tone.sentences, key=lambda s: s.polarity).sentence",
            article,
        ),
        _exercise(
            "q2",
            f"Sentence {chosen} is the one VADER reads most positive. Which word adds the most to its "
            "VADER score? Write the word as it is in the sentence, in quote marks.",
            top_vader_word,
            same_text,
            "Move the sentence explorer's slider to that sentence and look at the orange labels: each "
            "says what its word adds to VADER's sum. Find the largest.",
            f"max((r for r in analysis.tone.sentences[{chosen}].reasons if r.lens == 'vader'), "
            "key=lambda r: r.value).text",
            article,
        ),
        _exercise(
            "q3",
            "In how many sentences do TextBlob and VADER disagree?",
            lambda a: len(analyze_tone(a).disagreements),
            same_number,
            "Count the shaded bands in the tone arc, or the vermillion dots in the scatter plot.",
            "len(analysis.tone.disagreements)",
            article,
        ),
        _exercise(
            "q4",
            "Of the ten sentences you labelled, on how many do TextBlob and VADER give the same label?",
            lenses_agree,
            same_number,
            "After you press Compare, the last table has a row 'TextBlob and VADER': its 'same label' "
            "column says it. Or count the rows of the first table where the two lenses' labels match.",
            "from newslab.tone_labels import lens_labels, pick_sentences\n"
            "textblob, vader = lens_labels(tone, 'textblob'), lens_labels(tone, 'vader')\n"
            "sum(1 for s in pick_sentences(tone) if textblob[s] == vader[s])",
            article,
        ),
    ]


@_register("06")
def _notebook_06(article: Article) -> list[Exercise]:
    from newslab.analysis import analyze
    from newslab.overview import overview

    def most_named(a: Article) -> str | None:
        actors = overview(analyze(a)).actors
        return actors[0].name if actors else None

    return [
        _exercise(
            "q1",
            "Which actor does the article name most often? Write the name as newslab writes it, "
            "in quote marks.",
            most_named,
            same_text,
            "Look at the report's Actors table: the actors are listed most named first.",
            "newslab.overview.overview(analysis).actors[0].name",
            article,
        ),
        _exercise(
            "q2",
            "How many quotes have no speaker named in the text?",
            lambda a: overview(analyze(a)).unattributed_quotes,
            same_number,
            "In the report's Quotes table, count the rows whose speaker is '(nobody named)'.",
            "newslab.overview.overview(analysis).unattributed_quotes",
            article,
        ),
        _exercise(
            "q3",
            "How many sentences are in the reporter's own voice (no quote, no one reported as saying them)?",
            lambda a: overview(analyze(a)).voices["author"],
            same_number,
            "Look at the report's table 'Whose voice is each sentence?', the row for the reporter's "
            "own voice.",
            "newslab.overview.overview(analysis).voices['author']",
            article,
        ),
    ]
