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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from newslab.actors.mentions import Actor, Mention
from newslab.errors import NewslabError
from newslab.pipeline.analysis import analyze
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
    from newslab.text.words import word_count, word_spans

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
            "newslab.text.words.word_count(article.title.text)",
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
    from newslab.text.words import sentence_lengths

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
            "newslab.text.words.sentence_lengths(article).longest",
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
    from newslab.text.words import word_spans

    if not article.sentences:
        return None
    words = [w.text for w in word_spans(article.sentences[0].text)]
    chosen = [w for w in words[1:] if len(w) >= 6 and w[0].isupper() and w.isalpha()]
    return (chosen or words or [None])[0]


# ---------------------------------------------------------------- notebook 02


def same_rule(answer: Any, expected: str, article: Article) -> str | None:
    """Right when ``answer`` is the rule, or its name without the details in brackets or after a comma.

    Example:
        >>> rule = "capital for its government (Washington -> United States)"
        >>> same_rule("Capital for its government", rule, None) is None, same_rule(rule, rule, None) is None
        (True, True)
        >>> same_rule("catalog alias", rule, None)
        "'catalog alias' is not the rule. Copy it from the widget's table, in quote marks."
    """
    if not isinstance(answer, str):
        return f'the answer is text in quote marks, like "catalog name", not a {type(answer).__name__}.'
    if _folded(answer) in {_folded(expected), _folded(_rule_name(expected))}:
        return None
    return f"{answer!r} is not the rule. Copy it from the widget's table, in quote marks."


def _rule_name(rule: str) -> str:
    """The name of a rule: "catalog name, after the title 'US President'" -> "catalog name"."""
    return rule.split(" (")[0].split(",")[0]


@_register("02")
def _notebook_02(article: Article) -> list[Exercise]:
    from newslab.actors import cooccurrence

    def actors_of(a: Article) -> tuple:
        return analyze(a).actors

    def most_named(a: Article) -> str | None:
        ranked = sorted(actors_of(a), key=lambda actor: -actor.count)
        return ranked[0].name if ranked else None

    chosen = _telling_mention(actors_of(article))

    def rule_of(a: Article) -> str | None:
        found = _telling_mention(actors_of(a))
        return found[1].rule if found else None

    strongest = (cooccurrence(actors_of(article)) or [None])[0]
    names = {actor.id: actor.name for actor in actors_of(article)}

    def shared(a: Article) -> int | None:
        pairs = cooccurrence(actors_of(a))
        return pairs[0][2] if pairs else None

    rare = _rare_person(actors_of(article))

    def last_sentence(a: Article) -> int | None:
        person = _rare_person(actors_of(a))
        return person.sentences[-1] if person and person.sentences else None

    mention_words = f"the words {chosen[1].text!r} in {_place(chosen[1].sentence)}" if chosen else "a mention"
    actor_name = chosen[0].name if chosen else "an actor"
    pair = f"{names[strongest[0]]} and {names[strongest[1]]}" if strongest else "two actors"
    person = rare.name if rare else "the person"
    return [
        _exercise(
            "q1",
            "Which actor does the article name most often? Give its name, in quote marks.",
            most_named,
            same_text,
            "Read the bar chart of mentions: the longest bar is at the top. Give the name as the "
            "chart writes it.",
            "sorted(analysis.actors, key=lambda actor: -actor.count)[0].name",
            article,
        ),
        _exercise(
            "q2",
            f"Why did newslab take {mention_words} as {actor_name}? Give the rule that matched, "
            "in quote marks.",
            rule_of,
            same_rule,
            f"In the widget, pick {actor_name} and find these words in the table under the text: "
            "the last column is the rule. Copying the words before any bracket or comma is enough.",
            "[m.rule for actor in analysis.actors for m in actor.mentions\n"
            f" if m.text == {chosen[1].text if chosen else ''!r} and actor.name == {actor_name!r}][0]",
            article,
        ),
        _exercise(
            "q3",
            f"The thickest line of the network joins {pair}. In how many sentences are both named?",
            shared,
            same_number,
            "Read the number on the thickest line. To check it, count the sentences of the strip "
            "plot that have a dot in both actors' rows.",
            "newslab.actors.cooccurrence(analysis.actors)[0]  # (first id, second id, sentences)",
            article,
        ),
        _exercise(
            "q4",
            f"In which sentence is {person} named for the last time? Give its number n, as in "
            "article.sentences[n].",
            last_sentence,
            same_number,
            f"In the strip plot, find the row of {person} and read the number under its "
            "right-most dot.",
            f"[actor for actor in analysis.actors if actor.name == {person!r}][0].sentences[-1]",
            article,
        ),
    ]


def _telling_mention(actors: Sequence[Actor]) -> tuple[Actor, Mention] | None:
    """The first mention (in the text) that a reader might not link to its actor.

    Its rule is not a catalog name or alias, and it shares no word with the actor's name
    ("Washington" for the United States, "North Korea's leader" for Kim Jong Un). Failing that,
    the first mention whose rule is not a catalog name; failing that, the first mention.
    """
    pairs = sorted(((m, a) for a in actors for m in a.mentions), key=lambda pair: pair[0].start)

    def shares_a_word(mention: Mention, actor: Actor) -> bool:
        return bool(set(mention.text.casefold().split()) & set(actor.name.casefold().split()))

    for test in (
        lambda m, a: not m.rule.startswith("catalog") and not shares_a_word(m, a),
        lambda m, a: not m.rule.startswith("catalog name"),
        lambda m, a: True,
    ):
        for mention, actor in pairs:
            if test(mention, actor):
                return actor, mention
    return None


def _rare_person(actors: Sequence[Actor]) -> Actor | None:
    """The person named at least twice but least often (ties: the one named first)."""
    people = [a for a in actors if a.kind == "person" and a.count >= 2]
    return min(people, key=lambda a: a.count, default=None)


def _place(sentence: int) -> str:
    return "the headline" if sentence < 0 else f"sentence {sentence}"


# ---------------------------------------------------------------- notebook 03


@_register("03")
def _notebook_03(article: Article) -> list[Exercise]:
    from newslab.pipeline.tally import claim_counts, who_speaks

    def silent_person(a: Article) -> str | None:
        people = [v for v in who_speaks(analyze(a), kinds=("person",)) if not v.speaks]
        return people[0].name if people else None

    def unattributed_quote(a: Article) -> int | None:
        quotes = [q for q in analyze(a).quotes if not q.attributed and not q.narration_suspected]
        return quotes[0].sentences[0] if quotes and quotes[0].sentences else None

    def weasel(a: Article) -> str | None:
        for claim in analyze(a).claims:
            cues = [cue.text for cue in claim.cues if cue.kind == "weasel"]
            if claim.voice == "unattributed" and cues:
                return cues[0]
        return None

    def author_hedged(a: Article) -> int:
        return claim_counts(analyze(a).claims)["author"]["hedged"]

    return [
        _exercise(
            "q1",
            "Which person is named most often, but never speaks: no quote, and no sentence "
            "reporting his or her words? Give the name, in quote marks.",
            silent_person,
            same_text,
            "In the chart of who is named and who speaks, go down the people from the top: the "
            "first whose quoted and reported bars are both 0.",
            "from newslab.pipeline.tally import who_speaks\n"
            "[v.name for v in who_speaks(analysis, kinds=['person']) if not v.speaks][0]",
            article,
        ),
        _exercise(
            "q2",
            "One quote has no speaker at all, and does not read like narration either. In which "
            "sentence is it? Give its number n, as in article.sentences[n].",
            unattributed_quote,
            same_number,
            "In the highlighted quotes, find the label 'no speaker'. The table of quotes gives "
            "each quote's sentences.",
            "[q.sentences[0] for q in analysis.quotes if not q.attributed and not q.narration_suspected][0]",
            article,
        ),
        _exercise(
            "q3",
            "In the claim filter, choose the voice 'unattributed'. Which words make the first "
            "sentence shown unattributed? Copy them, in quote marks.",
            weasel,
            same_text,
            "Look for the words highlighted in the colour of weasel words (see the key at the "
            "top of the widget), or read the line that starts with 'why'.",
            "[c for c in analysis.claims if c.voice == 'unattributed'][0].cues  # the 'weasel' cue",
            article,
        ),
        _exercise(
            "q4",
            "How many sentences are in the reporter's own voice (author) and hedged?",
            author_hedged,
            same_number,
            "In the claim filter, choose the voice 'author' and the certainty 'hedged', then "
            "read the count at the top.",
            "newslab.pipeline.tally.claim_counts(analysis.claims)['author']['hedged']",
            article,
        ),
    ]


# ---------------------------------------------------------------- notebook 05


def _most_voiced(article: Article) -> Any:
    """The scored actor heard in the most voices (ties: the most scored mentions, then the first)."""
    actors = list(analyze(article).stance)
    return max(actors, key=lambda a: (len(a.voices), a.mentions_scored), default=None)


def _last_conflict(article: Article) -> Any:
    """The last relation of the article framed as conflict, or None."""
    conflicts = [r for r in analyze(article).relations if r.polarity == "conflict"]
    return conflicts[-1] if conflicts else None


@_register("05")
def _notebook_05(article: Article) -> list[Exercise]:
    from newslab.stance.model import target_sentiment

    voiced = _most_voiced(article)
    voiced_name = voiced.name if voiced else "the first actor"
    conflict = _last_conflict(article)
    mention = conflict.source_mention if conflict else None
    where = f"'{mention.text}' in sentence {conflict.sentence}" if mention else "the actor who acts"

    def author_mentions(a: Article) -> int | None:
        actor = _most_voiced(a)
        if actor is None:
            return None
        author = actor.voice("author")
        return author.n if author else 0

    def most_negative_voice(a: Article) -> str | None:
        actor = _most_voiced(a)
        return min(actor.voices, key=lambda v: v.score).voice_name if actor else None

    def conflicts(a: Article) -> int:
        return sum(1 for r in analyze(a).relations if r.polarity == "conflict")

    def model_label(a: Article) -> str | None:
        relation = _last_conflict(a)
        if relation is None:
            return None
        sentence = a.sentences[relation.sentence]
        start = relation.source_mention.start - sentence.start
        return target_sentiment(sentence.text, start, start + len(relation.source_mention.text)).label

    return [
        _exercise(
            "q1",
            f"In the stance picker, choose {voiced_name}. How many of its mentions are in the "
            "reporter's own voice (author)?",
            author_mentions,
            same_number,
            "Read the row 'author' of the table at the top of the widget: the column 'mentions'.",
            "analysis.stance.actor(actor_id).voice('author').n",
            article,
        ),
        _exercise(
            "q2",
            f"Of the voices that speak of {voiced_name}, which one is the most negative (the "
            "lowest mean score)? Give the voice's name as the table writes it, in quote marks.",
            most_negative_voice,
            same_text,
            "In the same table, go down the column 'mean score' and find the number furthest "
            "below zero (the most negative one).",
            "min(analysis.stance.actor(actor_id).voices, key=lambda v: v.score).voice_name",
            article,
        ),
        _exercise(
            "q3",
            "How many relations between actors does the article frame as conflict?",
            conflicts,
            same_number,
            "Count the rows of the relations table whose polarity is 'conflict', or the red "
            "arrows in the network.",
            "sum(1 for r in analysis.relations if r.polarity == 'conflict')",
            article,
        ),
        _exercise(
            "q4",
            f"Score {where} with newslab.target_sentiment. Which label does the model give it? "
            "Give the label, in quote marks.",
            model_label,
            same_text,
            "Use sentence.find(...) to get start, then end = start + len(...), as in section 4, "
            "and read the label of the result.",
            "newslab.target_sentiment(sentence, start, end).label",
            article,
        ),
    ]


# ---------------------------------------------------------------- notebooks 04 and 06 (added block)

_DEFAULT_ARTICLES: dict[str, Callable[[], Article]] = {}
"""The article a notebook reads when none is given (the bundled article if not listed)."""


def _invented_example() -> Article:
    from newslab.teaching.examples import load_invented_example

    return load_invented_example()


_DEFAULT_ARTICLES["06"] = _invented_example


@_register("04")
def _notebook_04(article: Article) -> list[Exercise]:
    from newslab.tone.labels import lens_labels, pick_sentences
    from newslab.tone.layer import analyze_tone

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
            "from newslab.tone.labels import lens_labels, pick_sentences\n"
            "textblob, vader = lens_labels(tone, 'textblob'), lens_labels(tone, 'vader')\n"
            "sum(1 for s in pick_sentences(tone) if textblob[s] == vader[s])",
            article,
        ),
    ]


@_register("06")
def _notebook_06(article: Article) -> list[Exercise]:
    from newslab.pipeline.analysis import analyze
    from newslab.pipeline.overview import overview

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
            "newslab.pipeline.overview.overview(analysis).actors[0].name",
            article,
        ),
        _exercise(
            "q2",
            "How many quotes have no speaker named in the text?",
            lambda a: overview(analyze(a)).unattributed_quotes,
            same_number,
            "In the report's Quotes table, count the rows whose speaker is '(nobody named)'.",
            "newslab.pipeline.overview.overview(analysis).unattributed_quotes",
            article,
        ),
        _exercise(
            "q3",
            "How many sentences are in the reporter's own voice (no quote, no one reported as saying them)?",
            lambda a: overview(analyze(a)).voices["author"],
            same_number,
            "Look at the report's table 'Whose voice is each sentence?', the row for the reporter's "
            "own voice.",
            "newslab.pipeline.overview.overview(analysis).voices['author']",
            article,
        ),
    ]
