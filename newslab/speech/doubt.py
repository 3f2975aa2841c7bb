"""Doubtful attributions: a quote whose own words speak of its speaker from outside.

A person rarely names themself in what they say, and a spokesman who says "we" does not set
their own country beside another as one of two parties ("We hope the exchange between China
and North Korea will ..." is a Chinese voice, not a North Korean one). Two rules, each a
plain check a reader can repeat:

1. The quote names its own speaker (a mention of the same person actor inside the quoted
   words): "Trump will win," Trump said.
2. The quote speaks as "we", "our" or "us" and names the speaker's own country or body
   (one named in the speaker's roles in the actor catalog: "leader of North Korea" -> North
   Korea; "Chinese foreign ministry spokesman" -> China) joined by "and" or a hyphen to
   another one: "between China and North Korea", "the North Korea-U.S. summit".

Such a quote keeps its speaker, and is marked ``doubtful`` with the reason: the attribution
may be the reporter's (or the tool's) mistake, and a reader should check it.

Example:
    >>> import newslab
    >>> quotes = newslab.analyze(newslab.load()).layers["quotes"]
    >>> [(q.speaker_name, q.doubtful) for q in quotes]  # doctest: +NORMALIZE_WHITESPACE
    [('Kim Jong Un', False), ('Lu Kang', False), ('Kim Jong Un', True), (None, False),
     (None, False)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newslab.actors.catalog import load_catalog
from newslab.actors.mentions import Actor
from newslab.text.tokens import normalise

_WE = frozenset({"we", "our", "us", "ours", "ourselves"})
_JOINS = frozenset({"and", "-", "\u2013", "\u2014", "/", "and the"})
_BODY_KINDS = frozenset({"country", "organisation", "organization", "government", "group", "media"})
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def doubt_reason(
    text: str, parts: Sequence[tuple[int, int]], speaker: str | None, actors: Sequence[Actor]
) -> str:
    """Why the quote's words make its speaker doubtful, or "" when they do not.

    Args:
        text: the article's text.
        parts: the quoted stretches ``(start, end)``.
        speaker: the speaker's actor id (None: nothing to check).
        actors: the actors layer's result.

    Example:
        >>> from newslab.actors.mentions import Mention
        >>> text = '"Trump will win," Trump said.'
        >>> trump = Actor("donald-trump", "Donald Trump", "person",
        ...               (Mention(1, 6, "Trump", actor="donald-trump"),
        ...                Mention(18, 23, "Trump", actor="donald-trump")))
        >>> doubt_reason(text, [(1, 16)], "donald-trump", [trump])
        'the quote names Donald Trump, its own speaker, from outside'
    """
    if speaker is None:
        return ""
    by_id = {actor.id: actor for actor in actors}
    own = by_id.get(speaker)
    if own is None:
        return ""
    inside = _mentions_inside(parts, actors)
    if own.kind == "person" and any(actor.id == speaker for _, _, actor in inside):
        return f"the quote names {own.name}, its own speaker, from outside"
    words = {normalise(w) for start, end in parts for w in _WORD.findall(text[start:end])}
    if not words & _WE:
        return ""
    bodies = affiliations(speaker)
    inside.sort(key=lambda item: item[0])
    for index, (start, end, actor) in enumerate(inside):
        if actor.id not in bodies:
            continue
        for other_start, other_end, other in (inside[index - 1 : index] + inside[index + 1 : index + 2]):
            if other.id == actor.id or other.id in bodies or other.kind not in _BODY_KINDS:
                continue
            between = text[min(end, other_end) : max(start, other_start)].strip().lower()
            if between in _JOINS:
                return (
                    f"the quote speaks as 'we' yet names {actor.name}, {own.name}'s own side, "
                    f"beside {other.name} as one of two parties, as an outsider would"
                )
    return ""


def _mentions_inside(
    parts: Sequence[tuple[int, int]], actors: Sequence[Actor]
) -> list[tuple[int, int, Actor]]:
    """Every actor mention that lies inside one of the quoted stretches."""
    low = min(start for start, _ in parts)
    high = max(end for _, end in parts)
    return [
        (m.start, m.end, actor)
        for actor in actors
        for m in actor.mentions
        if low <= m.start < high and any(start <= m.start and m.end <= end for start, end in parts)
    ]


@lru_cache(maxsize=512)
def affiliations(actor_id: str) -> frozenset[str]:
    """The ids of the countries and bodies the catalog's roles tie an actor to.

    Example:
        >>> sorted(affiliations("kim-jong-un")), sorted(affiliations("lu-kang"))
        (['north-korea'], ['china'])
    """
    catalog = load_catalog()
    try:
        entry = catalog[actor_id]
    except KeyError:
        return frozenset()
    roles = [f" {normalise(role)} " for role in entry.roles]
    if not roles:
        return frozenset()
    tied = set()
    for other_id in catalog:
        other = catalog[other_id]
        if other_id == actor_id or other.kind not in _BODY_KINDS:
            continue
        names = (other.name, *other.aliases, *other.demonyms)
        for name in names:
            key = normalise(name)
            if len(key) < 3:
                continue
            if any(
                re.search(rf"(?<![\w]){re.escape(key)}(?:'s)?(?![\w])", role) for role in roles
            ):
                tied.add(other_id)
                break
    return frozenset(tied)
