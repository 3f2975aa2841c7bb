"""The claims layer: for each body sentence, whose voice it is and how sure it sounds.

**Voice** (first rule that applies):

- ``quoted``: the sentence is a direct quotation, or mostly quoted words (quotes layer);
- ``reported``: a reporting clause gives a speaker ("Kim said he was ready", "Pyongyang says",
  "Trump has accused Xi of", "according to the Riverside Tribune");
- ``unattributed``: a weasel phrase reports an opinion without saying whose ("widely seen",
  "critics say", "it is believed", "reportedly");
- ``author``: none of these, so the reporter asserts it.

A passage in quote marks that the quotes layer suspects is the reporter's narration is read
as the reporter's text, so "Pompeo told CNBC that ..." inside it makes the sentence reported.

**Certainty**: ``hedged`` when a hedge from ``data/hedges.txt`` occurs (could, might, may, is
expected to, likely, reportedly, are seen as, ...), else ``asserted``.

Each claim lists the cues that decided it and says why.

Example:
    >>> import newslab
    >>> claims = find_claims(newslab.load())
    >>> [(c.voice, c.certainty) for c in claims[3:5]]
    [('unattributed', 'hedged'), ('author', 'hedged')]
    >>> claims[4].why
    "the reporter's own statement: no quote, reporting verb or weasel phrase; hedged by 'is expected to'"
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.actors.mentions import Actor
from newslab.layer import Layer
from newslab.speech.lexicons import Lexicons, PhraseList, default_lexicons, lexicons_for
from newslab.speech.quotes import Quote
from newslab.speech.reporting import Clause, clauses_by_sentence, find_clauses
from newslab.speech.speakers import SpeakerResolver
from newslab.text.article import Article, Sentence
from newslab.text.spans import Span
from newslab.text.tokens import Token, sentence_tokens

if TYPE_CHECKING:
    import pandas as pd

VOICES = ("author", "quoted", "reported", "unattributed")
CUE_KINDS = ("reporting_verb", "weasel", "hedge", "quote")
_MOSTLY_QUOTED = 0.5


@dataclass(frozen=True)
class Cue(Span):
    """Words that decided a claim's label; ``kind`` is one of :data:`CUE_KINDS`."""

    kind: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``start``, ``end``, ``text``, ``kind``."""
        return {**super().to_dict(), "kind": self.kind}


@dataclass(frozen=True)
class Claim(Span):
    """One body sentence with its voice and certainty.

    ``voice`` is one of :data:`VOICES`; ``source`` is the actor id of who is quoted or
    reported (None when no actor matches), ``source_name`` a readable name; ``certainty`` is
    "asserted" or "hedged"; ``cues`` are the words that decided; ``why`` says it in words.
    """

    sentence: int = 0
    voice: str = "author"
    source: str | None = None
    source_name: str | None = None
    certainty: str = "asserted"
    cues: tuple[Cue, ...] = ()
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (see ``docs/schema/analysis.schema.json``, ``$defs/claim``)."""
        return {
            "sentence": self.sentence,
            **super().to_dict(),
            "voice": self.voice,
            "source": self.source,
            "source_name": self.source_name,
            "certainty": self.certainty,
            "cues": [c.to_dict() for c in self.cues],
            "why": self.why,
        }


def find_claims(
    article: Article,
    quotes: Iterable[Quote] = (),
    actors: Sequence[Actor] = (),
    *,
    lexicons: Lexicons | None = None,
    clauses: Sequence[Clause] | None = None,
) -> tuple[Claim, ...]:
    """Label every body sentence of the article with its voice and certainty.

    Args:
        article: the article.
        quotes: the quotes layer's result (without it no sentence is ``quoted``).
        actors: the actors layer's result (without it ``source`` stays None).
        lexicons: your own word lists (:func:`newslab.speech.lexicons.load_lexicons`).
        clauses: the article's reporting clauses, if already found.

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text("T\\n\\nCritics say the deal may fail. It rained.")
        >>> [(c.voice, c.certainty, [q.text for q in c.cues]) for c in find_claims(article)]
        [('unattributed', 'hedged', ['Critics say', 'may']), ('author', 'asserted', [])]
    """
    words = lexicons or default_lexicons()
    if clauses is None:
        clauses = find_clauses(article, words)
    quotes = list(quotes)
    spoken = [q for q in quotes if not q.narration_suspected]
    narration = sorted((q.start, q.end) for q in quotes if q.narration_suspected)
    quoted = sorted((p.start, p.end) for q in spoken for p in q.parts)
    resolver = SpeakerResolver(article, clauses, actors, quoted, words)
    by_sentence = clauses_by_sentence(clauses)
    quotes_by_sentence: dict[int, list[Quote]] = {}
    for quote in spoken:
        for sid in quote.sentences:
            quotes_by_sentence.setdefault(sid, []).append(quote)
    return tuple(
        _claim(
            article, sentence, quotes_by_sentence.get(sentence.id, []), narration,
            by_sentence.get(sentence.id, []), resolver, words,
        )
        for sentence in article.sentences
    )


def _claim(
    article: Article,
    sentence: Sentence,
    quotes: list[Quote],
    narration: list[tuple[int, int]],
    clauses: list[Clause],
    resolver: SpeakerResolver,
    words: Lexicons,
) -> Claim:
    text = article.text
    tokens = sentence_tokens(text, sentence.start, sentence.end)
    quote_cues, main_quote = _quote_cues(text, sentence, quotes)
    reported = [
        c for c in clauses
        if not c.vague and not c.belief and not resolver.inside_quote(c.verb.start)
    ]
    weasels = [Cue(c.phrase.start, c.phrase.end, c.phrase.text, "weasel") for c in clauses if c.vague]
    weasels += _phrase_cues(text, tokens, words.weasel_phrases, "weasel")
    hedges = _phrase_cues(text, tokens, words.hedges, "hedge")
    cues: list[Cue] = list(quote_cues) + hedges
    source = source_name = None
    if main_quote is not None:
        voice = "quoted"
        source, source_name = main_quote.speaker, main_quote.speaker_name
        cue = main_quote.cue
        if cue is not None and sentence.start <= cue.start and cue.end <= sentence.end:
            cues.append(Cue(cue.start, cue.end, cue.text, "reporting_verb"))
        if main_quote.attributed:
            reason = f"quoted: the words of {source_name or 'an unresolved speaker'} ({main_quote.why})"
        else:
            reason = "quoted: inside a quote whose speaker the text does not name"
    elif reported:
        clause = reported[0]
        voice = "reported"
        speaker = resolver.identify(clause.subject, clause.kind, clause.sentence)
        source, source_name = speaker.actor, speaker.name
        cues += [Cue(c.verb.start, c.verb.end, c.verb.text, "reporting_verb") for c in reported]
        reason = f"reported: '{clause.label}'"
        if speaker.note:
            reason += f" ({speaker.note})"
        if _inside(narration, clause.verb.start):
            reason += ", in quote marks the quotes layer reads as the reporter's narration"
    elif weasels:
        voice = "unattributed"
        reason = f"unattributed: '{weasels[0].text}' names no one"
    else:
        voice = "author"
        reason = "the reporter's own statement: no quote, reporting verb or weasel phrase"
    if voice != "reported":
        cues += weasels
    certainty = "hedged" if hedges else "asserted"
    if hedges:
        reason += "; hedged by " + ", ".join(f"'{h.text}'" for h in hedges)
    cues.sort(key=lambda c: (c.start, c.end, CUE_KINDS.index(c.kind)))
    return Claim(
        sentence.start, sentence.end, sentence.text, sentence.id, voice, source, source_name,
        certainty, tuple(_unique(cues)), reason,
    )


def _quote_cues(text: str, sentence: Sentence, quotes: list[Quote]) -> tuple[list[Cue], Quote | None]:
    """The quoted stretches of the sentence, and the quote that makes it ``quoted``, if any.

    A sentence is ``quoted`` when it holds an attributed quote that is not a fragment, or
    when quoted words make up at least half of it.
    """
    cues = []
    main = None
    quoted_chars = 0
    for quote in quotes:
        if quote.end <= sentence.start or quote.start >= sentence.end:
            continue
        for part in quote.parts:
            start, end = max(part.start, sentence.start), min(part.end, sentence.end)
            if start < end:
                cues.append(Cue(start, end, text[start:end], "quote"))
                quoted_chars += sum(1 for ch in text[start:end] if not ch.isspace())
                if not quote.partial and quote.attributed and main is None:
                    main = quote
    if main is None and cues:
        own = sum(1 for ch in sentence.text if not ch.isspace())
        if quoted_chars >= _MOSTLY_QUOTED * own:
            main = next(q for q in quotes if q.start < sentence.end and q.end > sentence.start)
    return cues, main


def _phrase_cues(text: str, tokens: Sequence[Token], phrases: PhraseList, kind: str) -> list[Cue]:
    first_word = next((i for i, t in enumerate(tokens) if t.is_word), 0)
    cues = []
    index = 0
    while index < len(tokens):
        size = phrases.match(tokens, index, sentence_start=first_word)
        if size:
            start, end = tokens[index].start, tokens[index + size - 1].end
            cues.append(Cue(start, end, text[start:end], kind))
            index += size
        else:
            index += 1
    return cues


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _unique(cues: list[Cue]) -> list[Cue]:
    seen = set()
    unique = []
    for cue in cues:
        key = (cue.start, cue.end, cue.kind)
        if key not in seen:
            seen.add(key)
            unique.append(cue)
    return unique


# -- the layer ----------------------------------------------------------------------------


def run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> tuple[Claim, ...]:
    """The layer's entry point: claims, from the actors, clauses and quotes layers' results."""
    lexicons = lexicons_for(settings)
    return find_claims(
        article, earlier["quotes"], earlier["actors"], lexicons=lexicons, clauses=earlier["clauses"]
    )


def to_json(claims: Sequence[Claim]) -> dict[str, Any]:
    """The ``claims`` part of the analysis document: one item a body sentence, and the counts."""
    return {"items": [c.to_dict() for c in claims], "counts": claim_counts(claims)}


def claim_counts(claims: Sequence[Claim]) -> dict[str, int]:
    """How many sentences each voice has, and how many are hedged.

    Example:
        >>> import newslab
        >>> claim_counts(newslab.analyze(newslab.load()).claims)
        {'author': 13, 'quoted': 3, 'reported': 6, 'unattributed': 1, 'hedged': 7}
    """
    counts = {voice: sum(1 for c in claims if c.voice == voice) for voice in VOICES}
    counts["hedged"] = sum(1 for c in claims if c.certainty == "hedged")
    return counts


def to_tables(claims: Sequence[Claim]) -> dict[str, pd.DataFrame]:
    """A ``claims`` table, one row a sentence."""
    import pandas as pd

    columns = [
        "sentence", "start", "end", "text", "voice", "source", "source_name", "certainty",
        "cues", "why",
    ]
    rows = [
        {
            "sentence": c.sentence,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "voice": c.voice,
            "source": c.source,
            "source_name": c.source_name,
            "certainty": c.certainty,
            "cues": "; ".join(f"{cue.kind}: {cue.text}" for cue in c.cues),
            "why": c.why,
        }
        for c in claims
    ]
    return {"claims": pd.DataFrame(rows, columns=columns)}


def summarize(claims: Sequence[Claim]) -> list[str]:
    """One line for ``newslab analyze --format text``.

    Example:
        >>> import newslab
        >>> from newslab.speech.quotes import find_quotes
        >>> article = newslab.load()
        >>> summarize(find_claims(article, find_quotes(article)))
        ['claims:     23 sentences: 13 author, 3 quoted, 6 reported, 1 unattributed; 7 hedged']
    """
    counts = claim_counts(claims)
    voices = ", ".join(f"{counts[v]} {v}" for v in VOICES)
    noun = "sentence" if len(claims) == 1 else "sentences"
    return [f"claims:     {len(claims)} {noun}: {voices}; {counts['hedged']} hedged"]


LAYER = Layer(
    name="claims",
    requires=("actors", "clauses", "quotes"),
    run=run,
    to_json=to_json,
    to_tables=to_tables,
    summarize=summarize,
)
