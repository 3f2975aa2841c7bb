"""Notebook 02's exercises: actors, their rules, where and with whom they are named."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newslab.actors.mentions import Actor, Mention
from newslab.teaching.exercises.base import (
    Exercise,
    analysis_of,
    folded,
    make_exercise,
    register,
    same_name,
    same_number,
)
from newslab.text.article import Article


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
    if folded(answer) in {folded(expected), folded(_rule_name(expected))}:
        return None
    return f"{answer!r} is not the rule. Copy it from the widget's table, in quote marks."


def _rule_name(rule: str) -> str:
    """The name of a rule: "catalog name, after the title 'US President'" -> "catalog name"."""
    return rule.split(" (")[0].split(",")[0]


@register("02")
def _notebook_02(article: Article) -> list[Exercise]:
    from newslab.actors import cooccurrence

    def actors_of(a: Article) -> tuple:
        return analysis_of(a).actors

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
        make_exercise(
            "q1",
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
        make_exercise(
            "q2",
            "Which actor does the article name most often? Give its name, in quote marks.",
            most_named,
            same_name,
            "Read the bar chart of mentions: the longest bar is at the top. Give the name as the "
            "chart writes it.",
            "sorted(analysis.actors, key=lambda actor: -actor.count)[0].name",
            article,
        ),
        make_exercise(
            "q3",
            f"In which sentence is {person} named for the last time? Give its number n, as in "
            "article.sentences[n].",
            last_sentence,
            same_number,
            f"In the strip plot, find the row of {person} and read the number under its "
            "right-most dot.",
            f"[actor for actor in analysis.actors if actor.name == {person!r}][0].sentences[-1]",
            article,
        ),
        make_exercise(
            "q4",
            f"The thickest line of the network joins {pair}. In how many sentences are both named?",
            shared,
            same_number,
            "Read the number on the thickest line. To check it, count the sentences of the strip "
            "plot that have a dot in both actors' rows.",
            "newslab.actors.cooccurrence(analysis.actors)[0]  # (first id, second id, sentences)",
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
