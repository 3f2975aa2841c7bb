"""Notebook 01's exercises: set-aside text, spans, sentences."""

from __future__ import annotations

from newslab.teaching.exercises.base import (
    Exercise,
    make_exercise,
    register,
    same_number,
    same_stretch,
)
from newslab.text.article import Article


@register("01")
def _notebook_01(article: Article) -> list[Exercise]:
    from newslab.text.words import sentence_lengths

    target = _word_to_find(article)

    def set_aside(a: Article) -> int | None:
        return sum(piece.end - piece.start for piece in a.removed) if a.removed else None

    def longest(a: Article) -> int | None:
        return sentence_lengths(a).longest if a.sentences else None

    def where(a: Article) -> tuple[int, int] | None:
        if target is None:
            return None
        start = a.text.find(target, a.sentences[0].start)
        return (start, start + len(target))

    return [
        make_exercise(
            "q1",
            "How many characters did newslab set aside in all (every piece together)?",
            set_aside,
            same_number,
            "Each piece set aside runs from its start up to its end, so it has end - start "
            "characters. Work it out for each piece, then add them up (Python can do the sums: "
            "type them in a cell).",
            "sum(piece.end - piece.start for piece in article.removed)",
            article,
        ),
        make_exercise(
            "q2",
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
        make_exercise(
            "q3",
            "How many sentences does the story have?",
            lambda a: len(a.sentences),
            same_number,
            "article.sentences is the list of the story's sentences, and len(...) counts the "
            "things in a list.",
            "len(article.sentences)",
            article,
        ),
        make_exercise(
            "q4",
            "Which sentence is the longest? Give its number n, as in article.sentences[n].",
            longest,
            same_number,
            "In the bar chart, find the tallest bar and read the number under it.",
            "newslab.text.words.sentence_lengths(article).longest",
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
