"""Actors: who and what an article names (people, countries, organisations, places, media).

Holds the actor catalog and cue files' readers, the tokeniser for names, catalog matching,
discovery of unknown names, and the ``actors`` layer. May import :mod:`newslab.text`,
:mod:`newslab.resources`, :mod:`newslab.errors` and :mod:`newslab.layer`, nothing above.

Example:
    >>> import newslab
    >>> from newslab.actors import find_actors
    >>> [a.name for a in find_actors(newslab.Article.from_text("Kim met Xi in Beijing."))]
    ['Kim Jong Un', 'Xi Jinping', 'Beijing']
"""

from newslab.actors.catalog import load_catalog, merge_catalogs
from newslab.actors.layer import actor_named, cooccurrence, cooccurrence_table, find_actors
from newslab.actors.mentions import ACTOR_KINDS, Actor, Mention

__all__ = [
    "ACTOR_KINDS",
    "Actor",
    "Mention",
    "actor_named",
    "cooccurrence",
    "cooccurrence_table",
    "find_actors",
    "load_catalog",
    "merge_catalogs",
]
