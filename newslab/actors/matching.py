"""Catalog matching: find the catalog's names, aliases, roles and demonyms in a sentence.

Every match is a :class:`Hit` over a range of tokens. The longest match wins and hits never
overlap. A demonym ("Chinese") only names its country before a state noun ("Chinese
officials"); otherwise it still blocks shorter matches inside it, so "the North" is not found
in "the North Korean economy", and "North Korea" never inside "North Korean".

Example:
    >>> from newslab.actors.catalog import load_catalog
    >>> from newslab.actors.cues import load_cues
    >>> from newslab.actors.name_tokens import tokenize
    >>> index = CatalogIndex(load_catalog(), load_cues())
    >>> text = "Chinese officials met the North Korean leader in Pyongyang."
    >>> tokens = tokenize(text, 0, len(text))
    >>> for hit in index.hits(tokens):
    ...     print(hit.text(tokens), hit.actor, hit.via)
    Chinese china demonym
    North Korean leader kim-jong-un role
    Pyongyang pyongyang capital
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newslab.actors.catalog import Catalog, CatalogEntry
from newslab.actors.cues import Cues
from newslab.actors.name_tokens import PhraseLookup, Token

_VIA_RANK = {"name": 0, "alias": 1, "role": 2, "demonym": 3}
RULES = {"name": "catalog name", "alias": "catalog alias", "role": "role description"}


@dataclass
class Hit:
    """A candidate mention: tokens ``first`` to ``last`` (exclusive) name ``actor``.

    ``via`` says how: ``name``, ``alias``, ``role``, ``demonym``, ``capital`` (a capital,
    resolved later to the place or its country), ``blocker`` (a demonym that names nothing
    here), ``surname`` or ``discovered``. ``title`` is where a title before the name starts
    ("US President" before "Donald Trump"), or ``None``.
    """

    first: int
    last: int
    actor: str
    via: str
    rule: str
    title: int | None = None

    def text(self, tokens: Sequence[Token]) -> str:
        """The words of the hit, joined as they are spaced in the text."""
        return "".join(
            (" " if t.space_before and i else "") + t.text
            for i, t in enumerate(tokens[self.first : self.last])
        )


class CatalogIndex:
    """The catalog's phrases, ready to look up in tokens."""

    def __init__(self, catalog: Catalog, cues: Cues) -> None:
        self.catalog = catalog
        self.cues = cues
        self._names = PhraseLookup()
        self._roles = PhraseLookup()
        vocabulary = cues.title_vocabulary
        self._called: dict[str, str] = {}
        for entry in catalog.values():
            for name in (entry.name, *entry.aliases):
                self._called.setdefault(name, entry.id)
            self._names.add(entry.name, (entry.id, "name"))
            for alias in entry.aliases:
                self._names.add(alias, (entry.id, "alias"))
            for demonym in entry.demonyms:
                self._names.add(demonym, (entry.id, "demonym"))
            for role in entry.roles:
                self._roles.add(role, (entry.id, "role"), lowercase=vocabulary)

    def entry(self, actor_id: str) -> CatalogEntry | None:
        """The catalog entry with this id, or ``None`` for a discovered actor."""
        return self.catalog.get(actor_id)

    def actor_called(self, name: str) -> str | None:
        """The id of the catalog actor whose name or alias is exactly ``name``, or ``None``."""
        return self._called.get(name)

    def is_person(self, actor_id: str) -> bool:
        """True for a catalog person."""
        entry = self.catalog.get(actor_id)
        return entry is not None and entry.kind == "person"

    def hits(self, tokens: Sequence[Token], *, roles: bool = True) -> list[Hit]:
        """The catalog matches in ``tokens``: longest first, never overlapping, in order.

        With ``roles=False`` role descriptions are not looked for (used for the words of a
        role that turned out to be a title: "US" in "US President Donald Trump").
        """
        lookups = (self._names, self._roles) if roles else (self._names,)
        found = []
        for index, token in enumerate(tokens):
            if not token.is_word:
                continue
            for lookup in lookups:
                starts = lookup.first_words
                if token.norm not in starts and token.lower not in starts:
                    continue  # no phrase starts here: the common case
                match = lookup.longest(tokens, index)
                if match is not None:
                    end, values = match
                    actor, via = min(values, key=lambda value: _VIA_RANK[value[1]])
                    found.append(self._hit(tokens, index, end, actor, via))
        return select_longest(tokens, found)

    def hits_in_capitals(self, tokens: Sequence[Token], hits: list[Hit]) -> list[Hit]:
        """``hits`` plus the catalog names found when the words of a sentence written in
        capitals are read in title case ("UNITED NATIONS" -> United Nations); the longest
        win, as always.

        Example:
            >>> from newslab.actors.catalog import load_catalog
            >>> from newslab.actors.cues import load_cues
            >>> from newslab.actors.name_tokens import tokenize
            >>> index = CatalogIndex(load_catalog(), load_cues())
            >>> tokens = tokenize("UNITED NATIONS SAYS US", 0, 22)
            >>> [h.actor for h in index.hits_in_capitals(tokens, index.hits(tokens))]
            ['united-nations', 'united-states']
        """
        titled = [Token(t.start, t.end, t.text.title(), t.space_before) for t in tokens]
        extra = [h for h in self.hits(titled) if h.via in ("name", "alias", "capital")]
        return select_longest(tokens, hits + extra)

    def _hit(self, tokens: Sequence[Token], first: int, last: int, actor: str, via: str) -> Hit:
        entry = self.catalog[actor]
        if via == "demonym":
            noun = state_noun_after(tokens, last, self.cues)
            if noun is None:
                return Hit(first, last, actor, "blocker", "")
            return Hit(first, last, actor, "demonym", f"demonym + state noun ({noun})")
        if via in ("name", "alias") and entry.kind == "place" and entry.stands_for:
            return Hit(first, last, actor, "capital", "")
        return Hit(first, last, actor, via, RULES[via])



_INDEXES: dict[tuple[int, int], tuple[Catalog, Cues, CatalogIndex]] = {}
_KEPT_INDEXES = 8


def catalog_index(catalog: Catalog, cues: Cues) -> CatalogIndex:
    """The :class:`CatalogIndex` of ``catalog`` and ``cues``, built once and then reused.

    Building the index costs about as much as finding the actors of a short article, and a
    corpus run uses the same catalog and cues for every article. Both are read-only once
    loaded, so an index stays right; the last few pairs are kept.

    Example:
        >>> from newslab.actors.catalog import load_catalog
        >>> from newslab.actors.cues import load_cues
        >>> catalog_index(load_catalog(), load_cues()) is catalog_index(load_catalog(), load_cues())
        True
    """
    key = (id(catalog), id(cues))
    kept = _INDEXES.get(key)
    if kept is not None and kept[0] is catalog and kept[1] is cues:
        return kept[2]
    index = CatalogIndex(catalog, cues)
    if len(_INDEXES) >= _KEPT_INDEXES:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[key] = (catalog, cues, index)
    return index

def select_longest(tokens: Sequence[Token], hits: list[Hit]) -> list[Hit]:
    """Keep the longest hits (in characters; the earlier one on a tie) that do not overlap.

    Example:
        >>> from newslab.actors.name_tokens import tokenize
        >>> tokens = tokenize("Kim Jong Un", 0, 11)
        >>> [h.actor for h in select_longest(tokens, [Hit(0, 1, "a", "alias", ""),
        ...                                           Hit(0, 3, "b", "name", "")])]
        ['b']
    """

    def length(hit: Hit) -> int:
        return tokens[hit.last - 1].end - tokens[hit.first].start

    taken = [False] * len(tokens)
    kept = []
    for hit in sorted(hits, key=lambda h: (-length(h), h.first)):
        if any(taken[hit.first : hit.last]):
            continue
        taken[hit.first : hit.last] = [True] * (hit.last - hit.first)
        kept.append(hit)
    return sorted(kept, key=lambda h: h.first)


def state_noun_after(tokens: Sequence[Token], index: int, cues: Cues) -> str | None:
    """The state noun ("officials", "foreign ministry") at ``tokens[index]``, allowing one
    lowercase word before it ("Chinese trade officials"), or ``None``. A capitalised noun
    makes a name instead ("British Army"), so it does not count.

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> tokens = tokenize("Chinese trade officials", 0, 23)
        >>> state_noun_after(tokens, 1, load_cues()), state_noun_after(tokens, 2, load_cues())
        ('officials', 'officials')
    """
    nouns = cues.words["state-noun"]
    for start in (index, index + 1):
        if start == index + 1:
            skipped = tokens[index] if index < len(tokens) else None
            if skipped is None or not skipped.is_word or not skipped.text.islower():
                return None
        for size in (2, 1):
            words = tokens[start : start + size]
            if len(words) == size and all(
                w.is_word and w.space_before and not w.is_capitalised for w in words
            ):
                phrase = " ".join(w.lower for w in words)
                if phrase in nouns:
                    return phrase
    return None
