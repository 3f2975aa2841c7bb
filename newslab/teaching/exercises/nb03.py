"""Notebook 03's exercises: who speaks, quotes without a speaker, weasel words and hedges."""

from __future__ import annotations

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


@register("03")
def _notebook_03(article: Article) -> list[Exercise]:
    from newslab.pipeline.tally import claim_counts, who_speaks

    def silent_person(a: Article) -> str | None:
        people = [v for v in who_speaks(analysis_of(a), kinds=("person",)) if not v.speaks]
        return people[0].name if people else None

    def unattributed_quote(a: Article) -> int | None:
        quotes = [q for q in analysis_of(a).quotes if not q.attributed and not q.narration_suspected]
        return quotes[0].sentences[0] if quotes and quotes[0].sentences else None

    def weasel(a: Article) -> str | None:
        for claim in analysis_of(a).claims:
            cues = [cue.text for cue in claim.cues if cue.kind == "weasel"]
            if claim.voice == "unattributed" and cues:
                return cues[0]
        return None

    def author_hedged(a: Article) -> int:
        return claim_counts(analysis_of(a).claims)["author"]["hedged"]

    return [
        make_exercise(
            "q1",
            "Which person is named most often, but never speaks: no quote, and no sentence "
            "reporting his or her words? Give the name, in quote marks.",
            silent_person,
            same_name,
            "In the chart of who is named and who speaks, go down the people from the top: the "
            "first whose quoted and reported bars are both 0.",
            "from newslab.pipeline.tally import who_speaks\n"
            "[v.name for v in who_speaks(analysis, kinds=['person']) if not v.speaks][0]",
            article,
        ),
        make_exercise(
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
        make_exercise(
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
        make_exercise(
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
