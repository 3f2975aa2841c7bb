"""Stand-in analysis layers for corpus tests, so the corpus code is tested on documents with
actors, quotes and tone before (and independently of) the real layers.

They are deliberately simple: an "actor" is a capitalised word, a "quote" is text between
straight double quotes, and the article "tone" is a number computed from the sentence count.
"""

from __future__ import annotations

import re

import pandas as pd

from newslab.actors.mentions import Actor, Mention
from newslab.pipeline.registry import Layer
from newslab.text.spans import Span

_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_QUOTE = re.compile(r'"[^"]*"')


def _actors(article, results, settings=None):
    found: dict[str, list[Mention]] = {}
    for sentence in article.sentences:
        for match in _NAME.finditer(article.text, sentence.start, sentence.end):
            name = match.group()
            found.setdefault(name, []).append(
                Mention(match.start(), match.end(), name, actor=name.lower(), sentence=sentence.id,
                        rule="capitalised word")
            )
    return tuple(Actor(name.lower(), name, "person", tuple(mentions)) for name, mentions in found.items())


def _actors_json(actors):
    return [
        {"id": a.id, "name": a.name, "kind": a.kind, "count": a.count,
         "mentions": [m.to_dict() for m in a.mentions]}
        for a in actors
    ]


def _actors_tables(actors):
    rows = [(a.id, a.name, a.kind, a.count, list(a.sentences)) for a in actors]
    return {"actors": pd.DataFrame(rows, columns=["id", "name", "kind", "count", "sentences"])}


def _quotes(article, results, settings=None):
    return tuple(Span.of(article.text, m.start(), m.end()) for m in _QUOTE.finditer(article.text))


def _quotes_tables(quotes):
    rows = [(q.start, q.end, q.text) for q in quotes]
    return {"quotes": pd.DataFrame(rows, columns=["start", "end", "text"])}


def _tone(article, results, settings=None):
    return {"article": {"polarity": round(len(article.sentences) / 100, 2)}}


FAKE_LAYERS = (
    Layer("actors", (), _actors, _actors_json, _actors_tables, lambda a: [f"actors: {len(a)}"]),
    Layer("quotes", (), _quotes, lambda qs: [q.to_dict() for q in qs], _quotes_tables, lambda q: []),
    Layer("tone", (), _tone, lambda tone: tone, lambda tone: {}, lambda tone: []),
)
