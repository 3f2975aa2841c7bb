"""Helpers for the speaker tests: run the whole pipeline on a short text written here.

Example:
    >>> quote_with(quotes_of('"We are ready," Ana Lima said.'), "ready").speaker_name
    'Ana Lima'
"""

from __future__ import annotations

import newslab
from newslab.speech.quotes import Quote


def quotes_of(body: str) -> list[Quote]:
    """The quotes the real pipeline finds in ``body``, under a one-word title."""
    article = newslab.load_text("Title\n\n" + body)
    return list(newslab.analyze(article, layers=["quotes"]).quotes)


def quote_with(quotes: list[Quote], words: str) -> Quote:
    """The first quote whose quoted text holds ``words``."""
    return next(q for q in quotes if words in q.quoted_text)
