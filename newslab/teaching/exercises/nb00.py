"""Notebook 00's exercises: the headline, the first word, the characters."""

from __future__ import annotations

from newslab.teaching.exercises.base import (
    Exercise,
    make_exercise,
    register,
    same_number,
    same_text,
)
from newslab.text.article import Article


@register("00")
def _notebook_00(article: Article) -> list[Exercise]:
    from newslab.text.words import word_count, word_spans

    def headline_words(a: Article) -> int | None:
        return word_count(a.title.text) if a.title else None

    def first_word(a: Article) -> str | None:
        words = word_spans(a.sentences[0].text) if a.sentences else ()
        return words[0].text if words else None

    return [
        make_exercise(
            "q1",
            "How many words are in the headline? Count them yourself.",
            headline_words,
            same_number,
            "Read the headline printed above and count its words one by one. A word with an "
            "apostrophe, like China's, counts as one word.",
            "newslab.text.words.word_count(article.title.text)",
            article,
        ),
        make_exercise(
            "q2",
            "What is the first word of the story itself, after the headline (and after its repeat)?",
            first_word,
            same_text,
            "The top of the text shows the headline twice. Skip both and read the first word of the "
            "paragraph that follows. Write it in quote marks.",
            "article.sentences[0].text.split()[0]",
            article,
        ),
        make_exercise(
            "q3",
            "How many characters (letters, spaces, punctuation, line breaks) does the article have?",
            lambda a: len(a.text),
            same_number,
            "Python's len(...) counts the characters of a text. The article's text is article.text.",
            "len(article.text)",
            article,
        ),
    ]
