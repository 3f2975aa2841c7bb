"""The actors layer: who and what the article names, where, and why each mention was taken.

:func:`find_actors` reads the headline (mentions there get ``sentence=-1``) and every body
sentence, never removed text, and returns :class:`~newslab.actors.mentions.Actor` objects in order
of first mention. Each mention's ``rule`` says why it was taken:

====================================  ================================================
rule                                  example
====================================  ================================================
catalog name / catalog alias          "Kim Jong Un", "Kim", "U.S.", "the North"
role description                      "the North Korean leader" -> Kim Jong Un
surname after full name               "Moon" after "Moon Jae-in"
capital for its government            "Washington is pressing ..." -> United States
capital as a place                    "arrived in Beijing" -> the place Beijing
demonym + state noun                  "Chinese officials" -> China
discovered name                       a capitalised name not in the catalog, with the
                                      guessed kind and what the guess rests on
short name of / acronym of            "Portside" after "Portside United", "NVAB"
... , after the title 'US President'  a title or honorific right before the name
====================================  ================================================

Decisions, applied the same way everywhere:

* A mention is the name itself. A title or honorific before it is recorded in the rule, not
  in the span: in "US President Donald Trump" the mentions are "US" (United States) and
  "Donald Trump" (rule "catalog name, after the title 'US President'"); in "Mr Kim" the
  mention is "Kim". A catalog role followed by a name is that name's title, not a mention.
* A demonym names its state only before a state noun ("Chinese officials", "US
  delegation"); "Chinese airliner", "the North Korean economy" and the "Chinese" of
  "Chinese leader Xi Jinping" are no mentions. "North Korea" is never found inside
  "North Korean".
* A capital is its government when it acts ("Beijing and Pyongyang have deepened their
  ties") and a place where a place stands ("arrived in Beijing", "flew to Dalian in May
  and Beijing in June"). Countries stay countries in both cases.
* The longest match wins and mentions never overlap; a possessive "'s" is never part of a
  mention.

The catalog, cue words and stop list are data files (``newslab/data/actors.csv``,
``actor_cues.txt``, ``actor_stoplist.txt``); pass your own with the keyword arguments.

Example:
    >>> import newslab
    >>> actors = find_actors(newslab.load())
    >>> [(a.name, a.count) for a in actors[:3]]
    [('Donald Trump', 7), ('Kim Jong Un', 18), ('China', 12)]
    >>> mention = actors[0].mentions[1]
    >>> mention.text, mention.rule
    ('Donald Trump', "catalog name, after the title 'US President'")
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Any

from newslab.actors.catalog import Catalog, load_catalog, merge_catalogs
from newslab.actors.cues import load_cues
from newslab.actors.finder import ActorFinder
from newslab.actors.mentions import Actor
from newslab.errors import NewslabError
from newslab.layer import Layer
from newslab.text.article import Article

if TYPE_CHECKING:
    import pandas as pd

CatalogSource = Catalog | str | os.PathLike[str] | None


def find_actors(
    article: Article,
    *,
    catalog: CatalogSource = None,
    cues: str | os.PathLike[str] | None = None,
    stoplist: str | os.PathLike[str] | None = None,
) -> tuple[Actor, ...]:
    """The actors an article names, in order of first mention.

    Args:
        article: the article (see :func:`newslab.load`).
        catalog: a :class:`~newslab.actors.catalog.Catalog`, or the path of your own CSV
            catalog (it replaces the shipped one; to extend the shipped one, pass
            ``merge_catalogs(load_catalog(), load_catalog("mine.csv"))``).
        cues: your own cue file (format of ``newslab/data/actor_cues.txt``).
        stoplist: your own stop list (format of ``newslab/data/actor_stoplist.txt``).

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text("Ana Ruiz, the mayor, met Chinese officials. "
        ...                                     "Ruiz said Beijing had agreed.")
        >>> for actor in find_actors(article):
        ...     print(actor.name, actor.kind, actor.discovered, [m.text for m in actor.mentions])
        Ana Ruiz person True ['Ana Ruiz', 'Ruiz']
        China country False ['Chinese', 'Beijing']
    """
    if not isinstance(article, Article):
        raise TypeError(f"find_actors() takes an Article, not {type(article).__name__}")
    chosen = catalog if isinstance(catalog, Catalog) else load_catalog(catalog)
    finder = ActorFinder(article, chosen, load_cues(cues, stoplist))
    return finder.find()


def actor_named(actors: Sequence[Actor], name: str) -> Actor:
    """The actor of ``actors`` called ``name``: its name, its id or one of its aliases, in any case.

    Raises:
        NewslabError: no actor is called so; the message lists the names there are.

    Example:
        >>> import newslab
        >>> actors = find_actors(newslab.load())
        >>> actor_named(actors, "kim").name, actor_named(actors, "xi-jinping").count
        ('Kim Jong Un', 3)
    """
    wanted = " ".join(str(name).split()).casefold()
    for names_of in (lambda a: (a.name,), lambda a: (a.id,), lambda a: a.aliases):
        for actor in actors:
            if any(wanted == candidate.casefold() for candidate in names_of(actor)):
                return actor
    known = ", ".join(actor.name for actor in actors) or "none"
    raise NewslabError(f"no actor called {name!r} in this article; the actors are: {known}")


def cooccurrence(actors: Sequence[Actor]) -> list[tuple[str, str, int]]:
    """Pairs of actors named in the same body sentence, with the number of such sentences.

    Each pair is (id, id) in order of first mention; the list is sorted by count (highest
    first), then by first mention. Headline mentions (sentence -1) are not counted.

    Example:
        >>> import newslab
        >>> pairs = cooccurrence(find_actors(newslab.load()))
        >>> pairs[0]
        ('kim-jong-un', 'united-states', 9)
    """
    rank = {actor.id: index for index, actor in enumerate(actors)}
    by_sentence: dict[int, set[str]] = {}
    for actor in actors:
        for sentence in actor.sentences:
            by_sentence.setdefault(sentence, set()).add(actor.id)
    counts: Counter[tuple[str, str]] = Counter()
    for ids in by_sentence.values():
        for pair in combinations(sorted(ids, key=rank.__getitem__), 2):
            counts[pair] += 1
    return sorted(
        ((a, b, n) for (a, b), n in counts.items()),
        key=lambda item: (-item[2], rank[item[0]], rank[item[1]]),
    )


def cooccurrence_table(actors: Sequence[Actor]) -> pd.DataFrame:
    """:func:`cooccurrence` as a DataFrame: ``actor_a``, ``actor_b``, their names and
    ``sentences`` (how many body sentences name both).

    Example:
        >>> import newslab
        >>> table = cooccurrence_table(find_actors(newslab.load()))
        >>> table.columns.tolist(), int(table["sentences"].iloc[0])
        (['actor_a', 'actor_b', 'name_a', 'name_b', 'sentences'], 9)
    """
    import pandas as pd

    names = {actor.id: actor.name for actor in actors}
    rows = [
        {"actor_a": a, "actor_b": b, "name_a": names[a], "name_b": names[b], "sentences": n}
        for a, b, n in cooccurrence(actors)
    ]
    return pd.DataFrame(rows, columns=["actor_a", "actor_b", "name_a", "name_b", "sentences"])


def actors_to_json(actors: Sequence[Actor]) -> dict[str, Any]:
    """The ``actors`` part of the analysis document.

    Example:
        >>> import newslab
        >>> first = actors_to_json(find_actors(newslab.load()))["items"][0]
        >>> sorted(first)
        ['count', 'discovered', 'id', 'kind', 'mentions', 'name']
        >>> first["mentions"][0]
        {'start': 5, 'end': 10, 'text': 'Trump', 'sentence': -1, 'rule': 'catalog alias'}
    """
    items = [
        {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind,
            "discovered": actor.discovered,
            "count": actor.count,
            "mentions": [mention.to_dict() for mention in actor.mentions],
        }
        for actor in actors
    ]
    return {"items": items}


def actors_tables(actors: Sequence[Actor]) -> dict[str, pd.DataFrame]:
    """Tables: ``actors`` (one row an actor), ``mentions`` (one row a mention) and
    ``cooccurrence`` (one row a pair of actors named in the same sentence).

    Example:
        >>> import newslab
        >>> tables = actors_tables(find_actors(newslab.load()))
        >>> tables["actors"].columns.tolist()[:5]
        ['id', 'name', 'kind', 'discovered', 'count']
        >>> int(tables["mentions"].shape[0]) == int(tables["actors"]["count"].sum())
        True
    """
    import pandas as pd

    actor_rows = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "discovered": a.discovered,
            "count": a.count,
            "first_mention": a.first_mention.text if a.first_mention else "",
            "first_start": a.first_mention.start if a.first_mention else -1,
            "sentences": list(a.sentences),
        }
        for a in actors
    ]
    mention_rows = [
        {"actor": a.id, "name": a.name, "kind": a.kind, **m.to_dict()}
        for a in actors
        for m in a.mentions
    ]
    return {
        "actors": pd.DataFrame(
            actor_rows,
            columns=["id", "name", "kind", "discovered", "count", "first_mention", "first_start",
                     "sentences"],
        ),
        "mentions": pd.DataFrame(
            mention_rows,
            columns=["actor", "name", "kind", "start", "end", "text", "sentence", "rule"],
        ),
        "cooccurrence": cooccurrence_table(actors),
    }


def summarize_actors(actors: Sequence[Actor], *, top: int = 5) -> list[str]:
    """One line: how many actors, and the most mentioned (ties in order of first mention).

    Example:
        >>> import newslab
        >>> summarize_actors(find_actors(newslab.load()), top=2)
        ['actors:     21 (United States 19, Kim Jong Un 18, ...)']
    """
    if not actors:
        return ["actors:     0"]
    ranked = sorted(actors, key=lambda a: -a.count)[:top]
    shown = ", ".join(f"{a.name} {a.count}" for a in ranked)
    more = ", ..." if len(actors) > top else ""
    return [f"actors:     {len(actors)} ({shown}{more})"]


def _run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> tuple[Actor, ...]:
    if settings is None:
        return find_actors(article)
    return find_actors(
        article,
        catalog=settings.actor_catalog(),
        cues=settings.path("actor_cues.txt"),
        stoplist=settings.path("actor_stoplist.txt"),
    )


LAYER = Layer(
    name="actors",
    requires=(),
    run=_run,
    to_json=actors_to_json,
    to_tables=actors_tables,
    summarize=summarize_actors,
)

__all__ = [
    "LAYER",
    "actor_named",
    "actors_tables",
    "actors_to_json",
    "cooccurrence",
    "cooccurrence_table",
    "find_actors",
    "load_catalog",
    "merge_catalogs",
    "summarize_actors",
]
