"""Whose voice a stretch of a sentence is in: the reporter's, a quoted speaker's, or a source's.

The stance layer asks this for every actor mention and every framing verb, so that "Lu's warm
words about talks are Lu's stance, not the reporter's". The first rule that applies decides:

1. **Inside a quote** (the quotes layer's parts; a passage the quotes layer reads as the
   reporter's narration does not count): the quote's speaker. A speaker the actors layer
   does not know is the voice ``speaker: <name>``; a quote with no speaker is the voice
   ``unattributed quote``.
2. **In reported speech**: the claims layer found a reporting clause with a source in the
   sentence ("Trump has accused Xi of ..."). What comes after the clause is the source's
   voice; the speaker's own name and what comes before the clause stay the reporter's. For
   "..., said Lu" and "according to Lu" the whole sentence but the clause is Lu's. When the
   clause opens a relative clause (", who Trump has accused of ..., ") the source's words end
   at the next comma.
3. Otherwise the **author**: the reporter's narration. Sentences that pass on an opinion
   without saying whose ("widely seen as") are the author's too: the reporter chose them.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> voices = VoiceFinder(analysis.article, analysis.quotes, analysis.claims, analysis.actors)
    >>> sentence = analysis.article.sentences[17]
    >>> start = analysis.article.text.index("China", sentence.start)
    >>> voices.voice_at(17, start, start + 5).id
    'lu-kang'
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslab.actors.mentions import Actor
from newslab.speech.reporting import find_clauses
from newslab.text.article import Article
from newslab.text.tokens import tokenize

if TYPE_CHECKING:
    from newslab.speech.claims import Claim
    from newslab.speech.quotes import Quote
    from newslab.speech.reporting import Clause

AUTHOR = "author"
UNATTRIBUTED_QUOTE = "unattributed quote"
_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})


@dataclass(frozen=True)
class Voice:
    """A voice: ``id`` (``"author"``, an actor id, ``"unattributed quote"`` or
    ``"speaker: <name>"``), a readable ``name``, and ``why`` this voice was chosen."""

    id: str
    name: str
    why: str


@dataclass(frozen=True)
class _Region:
    """Characters ``[start, end)`` of a sentence spoken by one voice, except the reporting
    clause ``[clause_start, clause_end)`` (the speaker's own name stays the reporter's)."""

    start: int
    end: int
    clause_start: int
    clause_end: int
    voice: Voice

    def holds(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside the region and outside the clause."""
        inside = self.start <= start and end <= self.end
        return inside and (end <= self.clause_start or start >= self.clause_end)


class VoiceFinder:
    """Answers "whose voice is this?" for stretches of one article (rules in the module doc)."""

    def __init__(
        self,
        article: Article,
        quotes: Iterable[Quote] = (),
        claims: Sequence[Claim] = (),
        actors: Sequence[Actor] = (),
        clauses: Sequence[Clause] | None = None,
    ) -> None:
        self.article = article
        self.names = {actor.id: actor.name for actor in actors}
        quote_list = list(quotes)
        if clauses is None:
            clauses = find_clauses(article)
        self.quoted = sorted(
            (
                (part.start, part.end, self._quote_voice(quote))
                for quote in quote_list
                if not quote.narration_suspected
                for part in quote.parts
            ),
            key=lambda item: (item[0], -item[1]),
        )
        self.quoted_starts = [start for start, _, _ in self.quoted]
        self.reported = self._reported_regions(claims, clauses)

    def voice_at(self, sentence: int, start: int, end: int) -> Voice:
        """The voice of the characters ``[start, end)`` of sentence number ``sentence``."""
        index = bisect.bisect_right(self.quoted_starts, start) - 1
        while index >= 0:  # the innermost quoted part that holds the stretch
            _, part_end, voice = self.quoted[index]
            if end <= part_end:
                return voice
            index -= 1
        region = self.reported.get(sentence)
        if region is not None and region.holds(start, end):
            return region.voice
        return Voice(AUTHOR, AUTHOR, "the reporter's narration")

    # -- building the rules -----------------------------------------------------------------

    def _name(self, actor: str | None, fallback: str | None) -> str:
        if actor is not None and actor in self.names:
            return self.names[actor]
        return fallback or actor or ""

    def _quote_voice(self, quote: Quote) -> Voice:
        speaker, name = quote.speaker, quote.speaker_name
        number = quote.id
        if speaker is not None:
            readable = self._name(speaker, name)
            return Voice(speaker, readable, f"inside quote {number}, spoken by {readable}")
        if name:
            return Voice(f"speaker: {name}", name, f"inside quote {number}, spoken by '{name}' "
                                                   "(not an actor of the actors layer)")
        return Voice(UNATTRIBUTED_QUOTE, UNATTRIBUTED_QUOTE,
                     f"inside quote {number}, whose speaker the text does not name")

    def _reported_regions(self, claims: Sequence[Claim], clauses: Sequence[Clause]) -> dict[int, _Region]:
        by_verb = {clause.verb.start: clause for clause in clauses}
        regions = {}
        for claim in claims:
            if getattr(claim, "voice", None) != "reported":
                continue
            if claim.source is None and not claim.source_name:
                continue
            verb = next((c for c in claim.cues if c.kind == "reporting_verb"), None)
            clause = by_verb.get(verb.start) if verb is not None else None
            if clause is None:
                continue
            name = self._name(claim.source, claim.source_name)
            voice_id = claim.source or f"speaker: {claim.source_name}"
            voice = Voice(voice_id, name, f"reported speech of {name} ('{clause.label}')")
            regions[claim.sentence] = self._region(claim, clause, voice)
        return regions

    def _region(self, claim: Claim, clause: Clause, voice: Voice) -> _Region:
        """Where the source's words lie in the claim's sentence (rule 2 of the module doc)."""
        text = self.article.text
        phrase = clause.phrase
        if clause.inverted or clause.according:
            return _Region(claim.start, claim.end, phrase.start, phrase.end, voice)
        end = claim.end
        before = [t for t in tokenize(text, claim.start, phrase.start) if t.is_word or t.text == ","]
        if len(before) >= 2 and before[-1].norm in _RELATIVE_WORDS and before[-2].text == ",":
            comma = text.find(",", phrase.end, claim.end)
            end = comma if comma >= 0 else claim.end
        return _Region(phrase.end, end, phrase.start, phrase.end, voice)


_recent = threading.local()  # per thread: the last finder built, and what it was built from


def shared_voice_finder(
    article: Article,
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    actors: Sequence[Actor],
    clauses: Sequence[Clause],
) -> VoiceFinder:
    """``VoiceFinder(article, quotes, claims, actors, clauses)``, built once for the same inputs.

    The stance and relations layers both ask whose voice a stretch is in, from the same
    layers' results; the finder reads nothing but them and never changes, so each thread keeps
    the last one and gives it again when called with the very same objects.

    Example:
        >>> import newslab
        >>> layers = newslab.analyze(newslab.load(), layers=["claims"]).layers
        >>> parts = [layers[name] for name in ("quotes", "claims", "actors", "clauses")]
        >>> article = newslab.load()
        >>> shared_voice_finder(article, *parts) is shared_voice_finder(article, *parts)
        True
    """
    inputs = (article, quotes, claims, actors, clauses)
    kept = getattr(_recent, "kept", None)
    if kept is not None and all(a is b for a, b in zip(kept[0], inputs, strict=True)):
        return kept[1]
    finder = VoiceFinder(article, quotes, claims, actors, clauses)
    _recent.kept = (inputs, finder)
    return finder
