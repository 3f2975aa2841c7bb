"""Relations between actors: who acts on or speaks of whom, framed as cooperation or conflict.

A relation needs a **framing verb** from ``newslab/data/framing_verbs.txt`` (see
:mod:`newslab.stance.framing`), an actor that acts (the **source**) and, when the text names one,
an actor acted on (the **target**). The rules, each recorded in the relation's ``why``:

- **Clauses.** A sentence is cut into clauses at punctuation (, ; : brackets, dashes, quote
  marks) and at clause words (while, but, because, if, when, as, who, which, that, ...).
- **Source**: the nearest actor mention before the verb in its clause ("*Washington* is
  pressing the North"). Inside a quote, "I" or "we" nearer to the verb is the quote's
  speaker ("*We* especially hope ..." said Kim).
- **Target**: the first actor mention after the verb, at most six words on, before the end
  of the clause or a verb of saying ("welcomed the advice and said Ottawa ..." has no
  target); a "that" right after the verb does not end the clause ("hope that ... China"). A name after a title
  ("US President Donald Trump") is the person, not the country of the title. Actors joined
  by "and", "or" or "as well as" are all targets ("engaged with Beijing as well as Seoul and
  Washington").
- **Inserted clause**: "Sweden, which has always backed Finland, praised Norway": a verb
  right after a stretch between commas, with no actor before it in its clause, takes the
  actor named before the first comma as its source.
- **Relative clause**: in "Xi, who Trump has accused of ..." the clause starts at "who"
  (or "whom", "which");
  with a name between "who" and the verb, that name acts on the antecedent (Trump accuses
  Xi); without one, the antecedent acts ("Xi, who praised Kim").
- **Passive**: "Kim was praised by Moon": the actor after "by" acts on the actor before;
  a passive without "by" names no source, so it gives no relation.
- **Mutual verbs** (marked ``(mutual)`` in the lexicon): "Beijing and Pyongyang have deepened
  their ties" with no actor after the verb reads as the first doing it with the second.
- **Unnamed actors**: when the object is a phrase of the lexicon's ``[unnamed_actors]``
  ("China has always supported *both sides*", "endorsed *her*"), the relation is kept with
  no target id and those words as ``target_mention``; any other object that names no actor
  gives no relation. "A and B praised *each other*" is mutual.
- **Negation**: "not", "never", "refused", ... up to three words before the verb halve the
  score and flip its sign.

Places (actors of kind ``place``) neither act nor are acted on here; possessive names
("Kim's visit") are not the subject of the next word.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> relations = find_relations(analysis.article, analysis.actors)
    >>> relation = next(r for r in relations if r.verb.text == "accused")
    >>> relation.source, relation.target, relation.polarity, relation.score
    ('donald-trump', 'xi-jinping', 'conflict', -1.0)
    >>> relation.why
    "framing verb 'accuse' (conflict); source: nearest actor before the verb in its clause; \
target: relative clause: the antecedent of 'who'"
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.actors.mentions import Actor, Mention
from newslab.layer import Layer, table
from newslab.speech.lexicons import default_lexicons
from newslab.stance.framing import (
    ADVERBS,
    HELPING_VERBS,
    POLARITIES,
    PREPOSITIONS,
    FramingLexicon,
    FramingMatch,
    load_framing,
)
from newslab.stance.voices import VoiceFinder, shared_voice_finder
from newslab.text.article import Article, Sentence
from newslab.text.marks import DOUBLE_MARKS, SINGLE_CLOSING, SINGLE_OPENING
from newslab.text.spans import Span
from newslab.text.tokens import Token, normalise, sentence_tokens

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd

CLAUSE_WORDS = frozenset({
    "while", "but", "whereas", "although", "though", "because", "if", "when", "unless",
    "until", "as", "who", "whom", "whose", "which", "that",
})
"""Words that start a new clause (\"as\" of \"as well as\" does not)."""

CLAUSE_MARKS = frozenset(",;:()[]-–—" + DOUBLE_MARKS + SINGLE_OPENING + SINGLE_CLOSING)
"""Punctuation that ends a clause (quote marks too: a relation never crosses one)."""

RELATIVE_WORDS = frozenset({"who", "whom", "which"})
CONNECTORS = ("as well as", "and", "or", ",")
FIRST_PERSON = frozenset({"i", "we"})
PASSIVE_HELPERS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_OBJECT_STOP = PREPOSITIONS | CLAUSE_WORDS | {"to", "and", "or"}
_MAX_OBJECT_WORDS = 4
_MAX_INSERT = 20
_MAX_TARGET_GAP = 6
RECIPROCAL = frozenset({"each other", "one another"})
_TITLE_RULE = re.compile(r"after the title '([^']+)'")


@dataclass(frozen=True)
class Relation:
    """One actor acting on or speaking of another, as the text frames it.

    ``source``/``target`` are actor ids (``target`` is None when the object names no actor;
    ``target_mention`` then holds the object's words). ``verb`` is the framing verb (a
    phrase such as "deepened their ties" in full). ``polarity`` is cooperation, conflict or
    neutral with its ``score`` (-1..1); ``negation`` is the negating word, if any. ``voice``
    is whose framing it is (``"author"`` or a speaker, see :mod:`newslab.stance.voices`);
    ``why`` names the rules that found source and target.
    """

    sentence: int
    source: str
    source_name: str
    source_mention: Span
    target: str | None
    target_name: str | None
    target_mention: Span | None
    verb: Span
    polarity: str
    score: float
    negation: Span | None
    voice: str
    voice_name: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (see ``docs/schema/analysis.schema.json``, ``$defs/relation``)."""
        return {
            "sentence": self.sentence,
            "source": self.source,
            "source_name": self.source_name,
            "source_mention": self.source_mention.to_dict(),
            "target": self.target,
            "target_name": self.target_name,
            "target_mention": self.target_mention.to_dict() if self.target_mention else None,
            "verb": self.verb.to_dict(),
            "polarity": self.polarity,
            "score": self.score,
            "negation": self.negation.to_dict() if self.negation else None,
            "voice": self.voice,
            "voice_name": self.voice_name,
            "why": self.why,
        }


@dataclass(frozen=True)
class _Named:
    """An actor mention placed on the sentence's tokens: ``[first, last]``."""

    mention: Mention
    actor: Actor
    first: int
    last: int


def find_relations(
    article: Article,
    actors: Sequence[Actor],
    *,
    voices: VoiceFinder | None = None,
    framing: FramingLexicon | None = None,
) -> tuple[Relation, ...]:
    """Every relation the article's sentences frame between its actors, in text order.

    Args:
        article: the article.
        actors: the actors layer's result.
        voices: whose voice each verb is in (default: every verb is the author's).
        framing: the framing verbs (default: :func:`newslab.stance.framing.load_framing`).

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text("T\\n\\nOslo has condemned Rome.")
        >>> actors = newslab.analyze(article).actors
        >>> [(r.source_name, r.verb.text, r.target_name, r.score) for r in find_relations(article, actors)]
        [('Norway', 'condemned', 'Italy', -1.0)]
    """
    lexicon = framing or load_framing()
    voice_finder = voices or VoiceFinder(article, actors=actors)
    by_sentence: dict[int, list[tuple[Mention, Actor]]] = {}
    for actor in actors:
        if actor.kind == "place":
            continue
        for mention in actor.mentions:
            if mention.sentence >= 0:
                by_sentence.setdefault(mention.sentence, []).append((mention, actor))
    relations: list[Relation] = []
    for sentence in article.sentences:
        named = by_sentence.get(sentence.id)
        if named:
            finder = _SentenceRelations(article.text, sentence, named, lexicon, voice_finder)
            relations.extend(finder.relations())
    return tuple(relations)


class _SentenceRelations:
    """The rules of the module docstring, applied to one sentence."""

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        named: list[tuple[Mention, Actor]],
        lexicon: FramingLexicon,
        voices: VoiceFinder,
    ) -> None:
        self.text, self.sentence, self.lexicon, self.voices = text, sentence, lexicon, voices
        self.tokens = sentence_tokens(text, sentence.start, sentence.end)
        starts = [t.start for t in self.tokens]
        self.names: list[_Named] = []
        for mention, actor in sorted(named, key=lambda pair: pair[0].start):
            first = max(0, bisect.bisect_right(starts, mention.start) - 1)
            last = max(first, bisect.bisect_left(starts, mention.end) - 1)
            self.names.append(_Named(mention, actor, first, last))
        self.name_at = {i: n for n in self.names for i in range(n.first, n.last + 1)}
        self.reporting_verbs = default_lexicons().reporting_verbs.words

    @functools.cached_property
    def clause(self) -> list[int]:
        """The clause number of each token; worked out only for a sentence with a framing verb."""
        return _clause_ids(self.tokens)

    def relations(self) -> list[Relation]:
        name_ends = {n.last for n in self.names if not _possessive(self.tokens[n.last])}
        found = []
        for match in self.lexicon.find(self.text, self.tokens, name_ends):
            if match.first in self.name_at:
                continue
            found.extend(self._relations_of(match))
        return found

    def _relations_of(self, match: FramingMatch) -> list[Relation]:
        passive = self._passive(match)
        if passive is not None:
            return passive
        if self._is_passive_form(match):
            return []
        source, source_why = self._source(match)
        if source is None:
            return []
        targets, target_why = self._targets(match, source)
        unnamed = None if targets else self._unnamed_object(match.last + 1)
        reciprocal = unnamed is not None and normalise(unnamed.text) in RECIPROCAL
        if not targets and (match.entry.mutual or reciprocal):
            partner = self._joint_subject(source)
            if partner is not None:
                source, targets = partner, [source]
                source_why = "joint subject 'A and B <verb>' (a mutual verb): A"
                target_why = "joint subject: B"
        if not targets:
            if unnamed is None:
                return []
            return [self._relation(match, source, None, unnamed, source_why,
                                   f"'{unnamed.text}' stands for actors it does not name")]
        return [self._relation(match, source, t, t.mention, source_why, target_why) for t in targets
                if _actor_id(t) != _actor_id(source)]

    # -- source ---------------------------------------------------------------------------

    def _source(self, match: FramingMatch) -> tuple[_Named | Span | None, str]:
        clause = self.clause[match.first]
        before = [n for n in self.names if n.last < match.first and self.clause[n.last] == clause]
        nearest = before[-1] if before else None
        pronoun = self._first_person(match.first, clause, nearest.last if nearest else -1)
        if pronoun is not None:
            return pronoun, f"'{pronoun.text}' inside the quote is its speaker"
        relative = self._relative_antecedent(clause)
        if relative is not None and nearest is None:
            return relative, "relative clause: the antecedent of '" + self._clause_word(clause) + "' acts"
        if nearest is not None:
            return nearest, "nearest actor before the verb in its clause"
        subject = self._subject_before_insert(match.first)
        if subject is not None:
            return subject, "the actor before the inserted clause 'A, ..., <verb>'"
        return None, ""

    def _subject_before_insert(self, verb: int) -> _Named | None:
        """In "Sweden, which has backed Finland, praised Norway", Sweden: the name before a
        stretch between commas that the verb follows (helping verbs and adverbs aside)."""
        closing = verb - 1
        while closing >= 0 and _helper_or_adverb(self.tokens[closing]):
            closing -= 1
        if closing < 1 or self.tokens[closing].text != ",":
            return None
        for opening in range(closing - 1, max(-1, closing - 1 - _MAX_INSERT), -1):
            token = self.tokens[opening]
            if token.text == ",":
                named = self.name_at.get(opening - 1)
                before = self.tokens[opening - 1]
                if named is not None and named.last == opening - 1 and not _possessive(before):
                    return named
                return None
            if token.text in CLAUSE_MARKS:
                return None
        return None

    def _first_person(self, verb: int, clause: int, after: int) -> Span | None:
        """"I"/"we" between the nearest name and the verb, inside a quote by a known actor."""
        for index in range(verb - 1, after, -1):
            token = self.tokens[index]
            if self.clause[index] != clause:
                break
            if token.norm in FIRST_PERSON:
                voice = self.voices.voice_at(self.sentence.id, token.start, token.end)
                if voice.id in self.voices.names:
                    return _SpeakerSpan(token.start, token.end, token.text, voice.id, voice.name)
        return None

    def _relative_antecedent(self, clause: int) -> _Named | None:
        """The actor named right before a clause that starts with who/whom/which/that."""
        first = self.clause.index(clause)
        if self.tokens[first].norm not in RELATIVE_WORDS:
            return None
        previous = first - 1
        if previous >= 0 and self.tokens[previous].text == ",":
            previous -= 1
        named = self.name_at.get(previous)
        return named if named is not None and named.last == previous else None

    def _clause_word(self, clause: int) -> str:
        return self.tokens[self.clause.index(clause)].text

    def _joint_subject(self, source: _Named | Span) -> _Named | None:
        """In "A and B <verb>", the A before the source B."""
        if not isinstance(source, _Named) or source.first < 2:
            return None
        if self.tokens[source.first - 1].norm != "and":
            return None
        partner = self.name_at.get(source.first - 2)
        return partner if partner is not None and _actor_id(partner) != _actor_id(source) else None

    # -- target ---------------------------------------------------------------------------

    def _targets(self, match: FramingMatch, source: _Named | Span) -> tuple[list[_Named], str]:
        clause = self.clause[match.first]
        relative = self._relative_antecedent(clause)
        if relative is not None and isinstance(source, _Named) and source is not relative:
            return [relative], "relative clause: the antecedent of '" + self._clause_word(clause) + "'"
        index = match.last + 1
        if index < len(self.tokens) and self.tokens[index].norm == "that":
            index += 1
        words = 0
        while index < len(self.tokens):
            if index in self.name_at:
                first = self._person_after_title(self.name_at[index])
                chain = self._coordinated(first)
                why = "first actor after the verb"
                if first is not self.name_at[index]:
                    why += " (the person after the title)"
                if len(chain) > 1:
                    why += "; joined by 'and', 'or' or 'as well as'"
                return chain, why
            token = self.tokens[index]
            if _breaks_clause(self.tokens, index) or token.norm in self.reporting_verbs:
                break
            words += token.is_word
            if words > _MAX_TARGET_GAP:
                break
            index += 1
        return [], ""

    def _person_after_title(self, named: _Named) -> _Named:
        """The person a country name is the title of ("US President Donald Trump")."""
        following = next((n for n in self.names if n.first > named.last), None)
        if following is None or following.actor.kind != "person":
            return named
        title = _TITLE_RULE.search(following.mention.rule)
        if title is None:
            return named
        title_start = self.text.rfind(title.group(1), 0, following.mention.start)
        between = self.text[title_start + len(title.group(1)) : following.mention.start]
        if 0 <= title_start <= named.mention.start and not between.strip():
            return following
        return named

    def _coordinated(self, first: _Named) -> list[_Named]:
        """The target and the actors joined to it by "and", "or", "as well as" (or commas
        in a list that ends with one of them)."""
        chain, joins = [first], []
        index = first.last + 1
        while index < len(self.tokens):
            size, join = self._connector(index)
            named = self.name_at.get(index + size) if size else None
            if named is None:
                break
            chain.append(named)
            joins.append(join)
            index = named.last + 1
        while joins and joins[-1] == ",":
            joins.pop()
            chain.pop()
        return chain

    def _connector(self, index: int) -> tuple[int, str]:
        for connector in CONNECTORS:
            words = connector.split() if connector != "," else [","]
            end = index + len(words)
            if end <= len(self.tokens) and [t.norm for t in self.tokens[index:end]] == words:
                return len(words), connector
        return 0, ""

    def _unnamed_object(self, index: int) -> Span | None:
        """The verb's object when it is one of the lexicon's unnamed actors ("both sides")."""
        words = self._object_words(index)
        if words is None or normalise(" ".join(words.text.split())) not in self.lexicon.unnamed_actors:
            return None
        return words

    def _object_words(self, index: int) -> Span | None:
        """Up to four words right after the verb, when they start a noun phrase."""
        words: list[Token] = []
        while index < len(self.tokens) and len(words) < _MAX_OBJECT_WORDS:
            token = self.tokens[index]
            if not token.is_word or token.norm in _OBJECT_STOP or index in self.name_at:
                break
            if _breaks_clause(self.tokens, index):
                break
            words.append(token)
            index += 1
        if not words:
            return None
        return Span.of(self.text, words[0].start, words[-1].end)

    # -- passive --------------------------------------------------------------------------

    def _is_passive_form(self, match: FramingMatch) -> bool:
        token = self.tokens[match.first]
        if token.norm not in match.entry.past_forms:
            return False
        previous = match.first - 1
        while previous >= 0 and _adverb(self.tokens[previous]):
            previous -= 1
        return previous >= 0 and self.tokens[previous].norm in PASSIVE_HELPERS

    def _passive(self, match: FramingMatch) -> list[Relation] | None:
        """ "A was praised by B": B acts on A. None when the verb is not in that pattern."""
        if not self._is_passive_form(match):
            return None
        by = match.last + 1
        if by >= len(self.tokens) or self.tokens[by].norm != "by" or by + 1 not in self.name_at:
            return None
        agent = self._person_after_title(self.name_at[by + 1])
        clause = self.clause[match.first]
        before = [n for n in self.names if n.last < match.first and self.clause[n.last] == clause]
        patient = before[-1] if before else self._relative_antecedent(clause)
        if patient is None or _actor_id(patient) == _actor_id(agent):
            return []
        return [self._relation(match, agent, patient, patient.mention, "passive: the actor after 'by'",
                               "passive: the actor before the verb")]

    # -- building -------------------------------------------------------------------------

    def _relation(
        self,
        match: FramingMatch,
        source: _Named | Span,
        target: _Named | None,
        target_span: Span,
        source_why: str,
        target_why: str,
    ) -> Relation:
        clause_start = self.clause.index(self.clause[match.first])
        negation = self.lexicon.negation_before(self.tokens, match.first, clause_start)
        score = match.score
        if negation is not None:
            score = -0.5 * score
        polarity = "cooperation" if score > 0 else "conflict" if score < 0 else "neutral"
        voice = self.voices.voice_at(self.sentence.id, match.start, match.end)
        source_id, source_name, source_span = _who(source)
        why = (f"framing verb '{match.entry.label}' ({match.entry.polarity}); source: {source_why}; "
               f"target: {target_why}")
        if negation is not None:
            why += f"; negated by '{negation.text}'"
        return Relation(
            sentence=self.sentence.id,
            source=source_id,
            source_name=source_name,
            source_mention=source_span,
            target=target.actor.id if target else None,
            target_name=target.actor.name if target else None,
            target_mention=_plain(target_span),
            verb=Span.of(self.text, match.start, match.end),
            polarity=polarity,
            score=round(score, 4) + 0.0,
            negation=Span.of(self.text, negation.start, negation.end) if negation else None,
            voice=voice.id,
            voice_name=voice.name,
            why=why,
        )


@dataclass(frozen=True)
class _SpeakerSpan(Span):
    """A first-person pronoun standing for a quote's speaker."""

    actor: str = ""
    name: str = ""


def _who(source: _Named | Span) -> tuple[str, str, Span]:
    if isinstance(source, _Named):
        return source.actor.id, source.actor.name, _plain(source.mention)
    assert isinstance(source, _SpeakerSpan)
    return source.actor, source.name, _plain(source)


def _actor_id(who: _Named | Span) -> str:
    return who.actor.id if isinstance(who, _Named) else getattr(who, "actor", "")


def _plain(span: Span) -> Span:
    return Span(span.start, span.end, span.text)


def _adverb(token: Token) -> bool:
    return token.norm in ADVERBS or token.norm.endswith("ly")


def _helper_or_adverb(token: Token) -> bool:
    return token.norm != "to" and (token.norm in HELPING_VERBS or _adverb(token))


def _possessive(token: Token) -> bool:
    return token.norm.endswith("'s") or token.norm.endswith("s'")


def _breaks_clause(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if token.text in CLAUSE_MARKS:
        return True
    if token.norm not in CLAUSE_WORDS:
        return False
    if token.norm == "as":
        following = [t.norm for t in tokens[index + 1 : index + 3]]
        preceding = tokens[index - 2].norm if index >= 2 else ""
        return following != ["well", "as"] and not (preceding == "as" and index >= 2
                                                    and tokens[index - 1].norm == "well")
    return True


def _clause_ids(tokens: Sequence[Token]) -> list[int]:
    """Number the clauses: a clause mark starts a new clause and so does a clause word."""
    ids, clause = [], 0
    for index in range(len(tokens)):
        if _breaks_clause(tokens, index):
            clause += 1
        ids.append(clause)
    return ids


# -- the layer ----------------------------------------------------------------------------


def run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> tuple[Relation, ...]:
    """The layer's entry point: relations, each in the voice the earlier layers say it is in."""
    voices = shared_voice_finder(  # the one the stance layer built, when it ran
        article, earlier["quotes"], earlier["claims"], earlier["actors"], earlier["clauses"]
    )
    framing = load_framing(settings.path("framing_verbs.txt") if settings else None)
    return find_relations(article, earlier["actors"], voices=voices, framing=framing)


def to_json(relations: Sequence[Relation]) -> dict[str, Any]:
    """The ``relations`` part of the analysis document."""
    return {"items": [r.to_dict() for r in relations]}


RELATION_COLUMNS: dict[str, Any] = {
    "sentence": lambda r: r.sentence,
    "source": lambda r: r.source,
    "source_name": lambda r: r.source_name,
    "target": lambda r: r.target,
    "target_name": lambda r: r.target_name,
    "target_text": lambda r: r.target_mention.text if r.target_mention else None,
    "verb": lambda r: r.verb.text,
    "verb_start": lambda r: r.verb.start,
    "verb_end": lambda r: r.verb.end,
    "polarity": lambda r: r.polarity,
    "score": lambda r: r.score,
    "negation": lambda r: r.negation.text if r.negation else None,
    "voice": lambda r: r.voice,
    "voice_name": lambda r: r.voice_name,
    "why": lambda r: r.why,
}
"""The ``relations`` table's columns: one row a relation."""


def to_tables(relations: Sequence[Relation]) -> dict[str, pd.DataFrame]:
    """A ``relations`` table, one row a relation (columns: :data:`RELATION_COLUMNS`)."""
    return {"relations": table(relations, RELATION_COLUMNS)}


def summarize(relations: Sequence[Relation]) -> list[str]:
    """One line for ``newslab analyze --format text``: the relations by polarity.

    Example:
        >>> import newslab
        >>> summarize(newslab.analyze(newslab.load()).relations)
        ['relations:  11 (9 cooperation, 2 conflict)']
    """
    counts = {p: sum(1 for r in relations if r.polarity == p) for p in POLARITIES}
    parts = [f"{counts['cooperation']} cooperation", f"{counts['conflict']} conflict"]
    if counts["neutral"]:
        parts.append(f"{counts['neutral']} neutral")
    return [f"relations:  {len(relations)} ({', '.join(parts)})"]


LAYER = Layer(
    name="relations",
    requires=("actors", "clauses", "quotes", "claims"),
    run=run,
    to_json=to_json,
    to_tables=to_tables,
    summarize=summarize,
)
