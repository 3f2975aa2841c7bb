"""Notebook 05's exercises: stance by voice, relations, one mention's label."""

from __future__ import annotations

from typing import Any

from newslab.teaching.exercises.base import (
    Exercise,
    analysis_of,
    make_exercise,
    register,
    same_name,
    same_number,
    same_text,
)
from newslab.text.article import Article


def _most_voiced(article: Article, rank: int = 0) -> Any:
    """The scored actor heard in the most voices (ties: the most scored mentions, then the first).

    ``rank=1`` gives the runner-up: the notebook works through the first itself and asks about
    the second (the first when only one actor is scored).
    """
    actors = sorted(analysis_of(article).stance, key=lambda a: (-len(a.voices), -a.mentions_scored))
    if not actors:
        return None
    return actors[min(rank, len(actors) - 1)]


def _strongest_conflict(article: Article) -> Any:
    """The conflict relation with the strongest verb (ties: the last in the text), or None."""
    conflicts = [r for r in analysis_of(article).relations if r.polarity == "conflict"]
    return min(reversed(conflicts), key=lambda r: r.score) if conflicts else None


def _scored_evidence(article: Article) -> Any:
    """The model's reading of the mention that acts in the strongest conflict, if it was scored."""
    relation = _strongest_conflict(article)
    if relation is None:
        return None
    mention = relation.source_mention
    for actor in analysis_of(article).stance:
        for evidence in actor.evidence:
            if evidence.mention.start == mention.start and evidence.mention.end == mention.end:
                return actor, evidence
    return None


@register("05")
def _notebook_05(article: Article) -> list[Exercise]:
    asked = _most_voiced(article, rank=1)
    asked_name = asked.name if asked else "the first actor"
    scored = _scored_evidence(article)
    if scored:
        actor, evidence = scored
        where = (f"the mention '{evidence.mention.text}' of {actor.name} in sentence {evidence.sentence}")
        pick = actor.name
    else:
        where, pick = "the mention that acts in a conflict", "that actor"

    def author_mentions(a: Article) -> int | None:
        actor = _most_voiced(a, rank=1)
        if actor is None:
            return None
        author = actor.voice("author")
        return author.n if author else 0

    def most_negative_voice(a: Article) -> str | None:
        actor = _most_voiced(a, rank=1)
        return min(actor.voices, key=lambda v: v.score).voice_name if actor else None

    def conflicts(a: Article) -> int:
        return sum(1 for r in analysis_of(a).relations if r.polarity == "conflict")

    def model_label(a: Article) -> str | None:
        found = _scored_evidence(a)
        return found[1].label if found else None

    return [
        make_exercise(
            "q1",
            f"In the stance picker, choose {asked_name}. How many of its mentions are in the "
            "reporter's own voice (author)?",
            author_mentions,
            same_number,
            "Read the row 'author' of the table at the top of the widget: the column 'mentions'.",
            "analysis.stance.actor(actor_id).voice('author').n",
            article,
        ),
        make_exercise(
            "q2",
            f"Of the voices that speak of {asked_name}, which one is the most negative (the "
            "lowest mean score)? Give the voice's name, in quote marks.",
            most_negative_voice,
            same_name,
            "In the same table, go down the column 'mean score' and find the number furthest "
            "below zero (the most negative one). The chart's bars say it too.",
            "min(analysis.stance.actor(actor_id).voices, key=lambda v: v.score).voice_name",
            article,
        ),
        make_exercise(
            "q3",
            "How many relations between actors does the article frame as conflict?",
            conflicts,
            same_number,
            "Count the rows of the relations table whose polarity is 'conflict', or the red "
            "arrows in the network.",
            "sum(1 for r in analysis.relations if r.polarity == 'conflict')",
            article,
        ),
        make_exercise(
            "q4",
            f"Which label does the model give {where}? Give the label, in quote marks.",
            model_label,
            same_text,
            f"In the stance picker (section 3), choose {pick} and find sentence "
            f"{scored[1].sentence if scored else 'n'} in its list of mentions: each mention shows "
            "its label.",
            "[e.label for a in analysis.stance for e in a.evidence\n"
            f" if e.sentence == {scored[1].sentence if scored else -1} and "
            f"e.mention.text == {scored[1].mention.text if scored else ''!r}][0]",
            article,
        ),
    ]
