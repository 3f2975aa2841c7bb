"""Actors and their mentions: the data that the actor, quote, claim and stance layers share.

The actors layer (:mod:`newslab.actors`) produces these; the quotes, claims and stance layers
read them. Keeping the types here lets each layer depend on data, not on another layer's code.

Example:
    >>> text = "Mr Kim met Xi."
    >>> mention = Mention(0, 6, "Mr Kim", actor="kim-jong-un", sentence=0, rule="title + surname")
    >>> actor = Actor("kim-jong-un", "Kim Jong Un", "person", (mention,))
    >>> actor.first_mention.text, actor.count
    ('Mr Kim', 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newslab.text.spans import Span

ACTOR_KINDS = ("person", "country", "organisation", "place", "media", "group")


@dataclass(frozen=True)
class Mention(Span):
    """One place where the text names an actor.

    ``actor`` is the actor's id, ``sentence`` the index into ``Article.sentences`` (or -1 for
    the headline), and ``rule`` says why this text was taken as that actor (which alias, title
    or role description matched), so every decision can be explained.
    """

    actor: str = ""
    sentence: int = -1
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``start``, ``end``, ``text``, ``sentence``, ``rule``."""
        return {**super().to_dict(), "sentence": self.sentence, "rule": self.rule}


@dataclass(frozen=True)
class Actor:
    """A person, country or government, organisation, place or media outlet in the story.

    ``kind`` is one of :data:`ACTOR_KINDS`; ``discovered`` is true for actors found in the
    text but not in the catalog (their kind is a guess).
    """

    id: str
    name: str
    kind: str
    mentions: tuple[Mention, ...] = ()
    discovered: bool = False
    aliases: tuple[str, ...] = field(default=(), repr=False)

    @property
    def count(self) -> int:
        """How many times the article names this actor."""
        return len(self.mentions)

    @property
    def first_mention(self) -> Mention | None:
        """The earliest mention in the text, or ``None``."""
        return min(self.mentions, key=lambda m: m.start, default=None)

    @property
    def sentences(self) -> tuple[int, ...]:
        """The sorted ids of the sentences that mention this actor."""
        return tuple(sorted({m.sentence for m in self.mentions if m.sentence >= 0}))
