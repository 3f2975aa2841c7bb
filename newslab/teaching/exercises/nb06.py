"""Notebook 06's exercises: reading the report of another article."""

from __future__ import annotations

from newslab.teaching.exercises.base import (
    Exercise,
    analysis_of,
    make_exercise,
    register,
    same_name,
    same_number,
)
from newslab.text.article import Article


def _invented_example() -> Article:
    from newslab.teaching.examples import load_invented_example

    return load_invented_example()


@register("06", default_article=_invented_example)
def _notebook_06(article: Article) -> list[Exercise]:
    from newslab.pipeline.overview import overview

    def most_named(a: Article) -> str | None:
        actors = overview(analysis_of(a)).actors
        return actors[0].name if actors else None

    return [
        make_exercise(
            "q1",
            "Which actor does the article name most often? Write the name as newslab writes it, "
            "in quote marks.",
            most_named,
            same_name,
            "Look at the report's Actors table: the actors are listed most named first.",
            "newslab.pipeline.overview.overview(analysis).actors[0].name",
            article,
        ),
        make_exercise(
            "q2",
            "How many quotes have no speaker named in the text?",
            lambda a: overview(analysis_of(a)).unattributed_quotes,
            same_number,
            "In the report's Quotes table, count the rows whose speaker is '(nobody named)'.",
            "newslab.pipeline.overview.overview(analysis).unattributed_quotes",
            article,
        ),
        make_exercise(
            "q3",
            "How many sentences are in the reporter's own voice (no quote, no one reported as saying them)?",
            lambda a: overview(analysis_of(a)).voices["author"],
            same_number,
            "Look at the report's table 'Whose voice is each sentence?', the row for the reporter's "
            "own voice.",
            "newslab.pipeline.overview.overview(analysis).voices['author']",
            article,
        ),
    ]
