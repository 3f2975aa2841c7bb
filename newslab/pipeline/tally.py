"""Who speaks and who is only spoken about: counts per actor and per kind of claim.

These functions add up what the actor, quote and claim layers found, so that the notebooks,
plots and tables show the same numbers:

- :func:`who_speaks`: for each actor, how often the article **names** it, how many direct
  **quotes** it is given, and in how many sentences its words are **reported** ("Pyongyang says
  it has already done enough");
- :func:`claim_counts`: how many sentences have each voice (author, quoted, reported,
  unattributed), split into asserted and hedged.

Places never speak, so :func:`who_speaks` leaves them out unless asked.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> xi = [v for v in who_speaks(analysis) if v.name == "Xi Jinping"][0]
    >>> xi.mentions, xi.quotes, xi.reported
    (3, 0, 0)
    >>> claim_counts(analysis.claims)["reported"]
    {'asserted': 4, 'hedged': 2}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslab.actors.mentions import ACTOR_KINDS
from newslab.speech.claims import VOICES, Claim

if TYPE_CHECKING:
    import pandas as pd

    from newslab.pipeline.analysis import Analysis

SPEAKING_KINDS = tuple(kind for kind in ACTOR_KINDS if kind != "place")
"""The kinds of actor that can speak: every kind but places."""

CERTAINTIES = ("asserted", "hedged")


@dataclass(frozen=True)
class ActorVoice:
    """How present one actor is in the article, and how much it speaks.

    Attributes:
        actor: the actor's id.
        name: the actor's name.
        kind: the actor's kind (person, country, ...).
        mentions: how many times the article names it (the headline included).
        quotes: how many direct quotes the quotes layer gives it as speaker.
        reported: how many sentences report its words without quote marks (claims with voice
            "reported" and this actor as source).
    """

    actor: str
    name: str
    kind: str
    mentions: int
    quotes: int
    reported: int

    @property
    def speaks(self) -> bool:
        """True when the actor is quoted or reported at least once."""
        return self.quotes > 0 or self.reported > 0


def who_speaks(analysis: Analysis, *, kinds: Sequence[str] = SPEAKING_KINDS) -> tuple[ActorVoice, ...]:
    """Mentions, quotes and reported sentences of each actor, most named first.

    Args:
        analysis: the result of :func:`newslab.analyze` (it needs the actors, quotes and claims
            layers).
        kinds: the kinds of actor to keep; every kind but places by default.

    Returns:
        One :class:`ActorVoice` an actor, ordered by mentions (most first), then by first mention.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.Article.from_text(
        ...     'T\\n\\nXi met Kim in Beijing. "We are friends," Kim said. Xi says talks went well.'))
        >>> [(v.name, v.mentions, v.quotes, v.reported) for v in who_speaks(analysis)]
        [('Xi Jinping', 2, 0, 1), ('Kim Jong Un', 2, 1, 0)]
    """
    actors = analysis.actors
    quotes = [q for q in analysis.quotes if q.attributed and q.speaker]
    reported = [c for c in analysis.claims if c.voice == "reported" and c.source]
    voices = [
        ActorVoice(
            actor.id,
            actor.name,
            actor.kind,
            actor.count,
            sum(1 for q in quotes if q.speaker == actor.id),
            sum(1 for c in reported if c.source == actor.id),
        )
        for actor in actors
        if actor.kind in kinds
    ]
    order = {actor.id: index for index, actor in enumerate(actors)}
    return tuple(sorted(voices, key=lambda v: (-v.mentions, order[v.actor])))


def who_speaks_table(analysis: Analysis, *, kinds: Sequence[str] = SPEAKING_KINDS) -> pd.DataFrame:
    """:func:`who_speaks` as a DataFrame with columns ``name``, ``kind``, ``mentions``,
    ``quotes``, ``reported``, indexed by the actor's id.

    Example:
        >>> import newslab
        >>> table = who_speaks_table(newslab.analyze(newslab.load()))
        >>> table.columns.tolist(), table.index[0]
        (['name', 'kind', 'mentions', 'quotes', 'reported'], 'united-states')
    """
    import pandas as pd

    rows = [
        {"actor": v.actor, "name": v.name, "kind": v.kind, "mentions": v.mentions, "quotes": v.quotes,
         "reported": v.reported}
        for v in who_speaks(analysis, kinds=kinds)
    ]
    columns = ["actor", "name", "kind", "mentions", "quotes", "reported"]
    return pd.DataFrame(rows, columns=columns).set_index("actor")


def claim_counts(claims: Sequence[Claim]) -> dict[str, dict[str, int]]:
    """How many sentences have each voice, split by certainty: ``{voice: {certainty: n}}``.

    Every voice and certainty is a key, in the order of :data:`newslab.speech.claims.VOICES` and
    :data:`CERTAINTIES`, even when its count is 0.

    Example:
        >>> import newslab
        >>> from newslab.speech.claims import find_claims
        >>> claims = find_claims(newslab.Article.from_text("T\\n\\nCritics say it may fail. It rained."))
        >>> counts = claim_counts(claims)
        >>> list(counts)
        ['author', 'quoted', 'reported', 'unattributed']
        >>> counts["unattributed"], counts["author"]
        ({'asserted': 0, 'hedged': 1}, {'asserted': 1, 'hedged': 0})
    """
    counts = {voice: dict.fromkeys(CERTAINTIES, 0) for voice in VOICES}
    for claim in claims:
        counts[claim.voice][claim.certainty] += 1
    return counts
