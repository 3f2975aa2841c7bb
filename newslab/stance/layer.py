"""The stance layer: how the article positions each actor, voice by voice.

**Stance.** Every mention of an actor in a body sentence is scored with the target-dependent
sentiment model (:func:`newslab.target_sentiment`, see ``docs/model-card-target-sentiment.md``):
a label and a score from -1 (negative) to +1 (positive) *toward that mention*. Each score is
given to the voice the mention is in (:mod:`newslab.stance.voices`): the author's narration,
a quoted speaker, or the source of reported speech, so "Lu's warm words about talks are Lu's
stance, not the reporter's". Per actor and per voice the layer reports the mean score, how
many mentions got each label, and a label from the mean: ``neutral`` when the mean lies
within :data:`NEUTRAL_BAND` of 0. Each mention's evidence lists the model's strongest reason
words (evaluative words, framing verbs, negations; never a word of an actor's name), as spans
of the article.

Decisions: headline mentions are left out (the headline is written by an editor, often
without verbs, and the model was trained on body sentences); places (kind ``place``) are
left out (a setting, such as "arrived in Beijing", has no stance).

The actors' dealings with each other are the ``relations`` layer (:mod:`newslab.stance.relations`).

Example:
    >>> import newslab
    >>> stance = newslab.analyze(newslab.load()).stance
    >>> china = stance.actor("china")
    >>> [(v.voice, v.n) for v in china.voices]
    [('author', 7), ('lu-kang', 1), ('kim-jong-un', 1), ('mike-pompeo', 1), ('unattributed quote', 1)]
    >>> evidence = next(e for e in china.evidence if e.voice == "lu-kang")
    >>> evidence.mention.text, evidence.label
    ('China', 'positive')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.actors.mentions import Actor
from newslab.errors import NewslabError
from newslab.layer import Layer
from newslab.stance.voices import AUTHOR, Voice, VoiceFinder, shared_voice_finder
from newslab.text.article import Article
from newslab.text.spans import Span

if TYPE_CHECKING:

    import pandas as pd

    from newslab.speech.claims import Claim
    from newslab.speech.quotes import Quote
    from newslab.speech.reporting import Clause

LABELS = ("negative", "neutral", "positive")

NEUTRAL_BAND = 0.2
"""A mean score in [-0.2, +0.2] is labelled neutral. The score of one mention is
P(positive) - P(negative) from the model; the model often calls a mention neutral with a score
of 0.1 to 0.4 either way, so a smaller band would turn noise into a stance."""

MAX_PHRASES = 3
"""How many of the model's evidence words each mention keeps (those that pushed toward its label)."""
MAX_MENTIONS_PER_SENTENCE = 30
"""A sentence naming more actor mentions than this is a list, not a statement about each of them
(news sentences name at most 7 in the gold and generated articles), so none of them is scored:
the model reads the whole sentence for every mention, and a run-on text naming thousands would
take minutes."""


class StanceSettingsError(NewslabError, ValueError):
    """A setting of the stance layer is out of range."""


@dataclass(frozen=True)
class EvidencePhrase(Span):
    """Words of the article that pushed the model toward a mention's label.

    ``weight`` is how far they moved that label's logit above the others (see the model
    card); ``feature`` says which feature did most of it.
    """

    weight: float = 0.0
    feature: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``start``, ``end``, ``text``, ``weight``, ``feature``."""
        return {**super().to_dict(), "weight": self.weight, "feature": self.feature}


@dataclass(frozen=True)
class StanceEvidence:
    """One scored mention: where, in whose voice, the model's label and score, and why."""

    sentence: int
    mention: Span
    voice: str
    voice_name: str
    label: str
    score: float
    phrases: tuple[EvidencePhrase, ...]
    why: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (``$defs/stance_evidence`` of the schema)."""
        return {
            "sentence": self.sentence,
            "mention": self.mention.to_dict(),
            "voice": self.voice,
            "voice_name": self.voice_name,
            "label": self.label,
            "score": self.score,
            "phrases": [p.to_dict() for p in self.phrases],
            "why": self.why,
        }


@dataclass(frozen=True)
class VoiceStance:
    """One voice's stance toward one actor: mean ``score``, its ``label``, ``n`` mentions and
    how many got each label (``labels``)."""

    voice: str
    voice_name: str
    label: str
    score: float
    n: int
    labels: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (``$defs/stance_voice`` of the schema)."""
        return {
            "voice": self.voice,
            "voice_name": self.voice_name,
            "label": self.label,
            "score": self.score,
            "n": self.n,
            "labels": dict(self.labels),
        }


@dataclass(frozen=True)
class ActorStance:
    """How the article positions one actor: over all voices, voice by voice, and the evidence."""

    actor: str
    name: str
    kind: str
    label: str
    score: float
    mentions_scored: int
    labels: dict[str, int]
    voices: tuple[VoiceStance, ...]
    evidence: tuple[StanceEvidence, ...]

    def voice(self, voice: str) -> VoiceStance | None:
        """The stance in one voice (``"author"``, an actor id, ...), or None."""
        return next((v for v in self.voices if v.voice == voice), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (``$defs/stance_actor`` of the schema)."""
        return {
            "actor": self.actor,
            "name": self.name,
            "kind": self.kind,
            "label": self.label,
            "score": self.score,
            "mentions_scored": self.mentions_scored,
            "labels": dict(self.labels),
            "voices": [v.to_dict() for v in self.voices],
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Stance:
    """The stance layer's result: per-actor stance (iterating gives it)."""

    actors: tuple[ActorStance, ...] = ()
    neutral_band: float = NEUTRAL_BAND

    def __iter__(self) -> Iterator[ActorStance]:
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)

    def actor(self, actor_id: str) -> ActorStance | None:
        """The stance toward one actor, by id, or None when it was not scored."""
        return next((a for a in self.actors if a.actor == actor_id), None)


def label_of(score: float, neutral_band: float = NEUTRAL_BAND) -> str:
    """The label of a mean score: neutral within the band, else its sign.

    Example:
        >>> label_of(0.25), label_of(-0.1), label_of(-0.2), label_of(-0.21)
        ('positive', 'neutral', 'neutral', 'negative')
    """
    if score > neutral_band:
        return "positive"
    if score < -neutral_band:
        return "negative"
    return "neutral"


def find_stance(
    article: Article,
    actors: Sequence[Actor],
    quotes: Sequence[Quote] = (),
    claims: Sequence[Claim] = (),
    *,
    clauses: Sequence[Clause] | None = None,
    neutral_band: float = NEUTRAL_BAND,
) -> Stance:
    """Score every actor mention in its voice and aggregate per actor and voice.

    Args:
        article: the article.
        actors: the actors layer's result.
        quotes: the quotes layer's result (without it no mention is in a quoted voice).
        claims: the claims layer's result (without it no mention is in reported speech).
        clauses: the reporting clauses (default: found again in the article).
        neutral_band: mean scores within this distance of 0 are labelled neutral.

    Raises:
        StanceSettingsError: ``neutral_band`` is not between 0 and 1.

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text("T\\n\\nCritics slammed Ana Ruiz for the disastrous plan.")
        >>> actors = newslab.analyze(article).actors
        >>> stance = find_stance(article, actors)
        >>> [(a.name, a.label, a.voices[0].voice) for a in stance]
        [('Ana Ruiz', 'negative', 'author')]
    """
    number = isinstance(neutral_band, (int, float)) and not isinstance(neutral_band, bool)
    if not number or not 0 <= neutral_band < 1:
        raise StanceSettingsError(f"neutral_band must be a number from 0 to below 1, not {neutral_band!r}")
    if clauses is None:
        voices = VoiceFinder(article, quotes, claims, actors, clauses)
    else:  # the relations layer asks the same finder
        voices = shared_voice_finder(article, quotes, claims, actors, clauses)
    scored = [a for a in actors if a.kind != "place"]
    per_actor = _score_mentions(article, scored, voices)
    stances = tuple(
        _aggregate(actor, per_actor[actor.id], float(neutral_band))
        for actor in scored
        if per_actor[actor.id]
    )
    return Stance(stances, float(neutral_band))


def _score_mentions(
    article: Article, actors: Sequence[Actor], voices: VoiceFinder
) -> dict[str, list[StanceEvidence]]:
    """Run the model once per body mention (one batch) and wrap each result as evidence.

    Mentions in a sentence that names more than :data:`MAX_MENTIONS_PER_SENTENCE` are left out.
    """
    from newslab.stance.model import target_sentiments

    items, places = [], []
    per_sentence = Counter(mention.sentence for actor in actors for mention in actor.mentions)
    for actor in actors:
        for mention in actor.mentions:
            if not 0 <= mention.sentence < len(article.sentences):
                continue
            if per_sentence[mention.sentence] > MAX_MENTIONS_PER_SENTENCE:
                continue
            sentence = article.sentences[mention.sentence]
            if not sentence.start <= mention.start < mention.end <= sentence.end:
                continue
            if not mention.text.strip():
                continue
            items.append((sentence.text, mention.start - sentence.start, mention.end - sentence.start))
            places.append((actor.id, mention, sentence.start))
    results = target_sentiments(items)
    named: dict[int, list[tuple[int, int]]] = {}  # sentence -> its mentions' spans
    for actor in actors:
        for m in actor.mentions:
            named.setdefault(m.sentence, []).append((m.start, m.end))
    found: dict[str, list[StanceEvidence]] = {actor.id: [] for actor in actors}
    for (actor_id, mention, offset), result in zip(places, results, strict=True):
        voice = voices.voice_at(mention.sentence, mention.start, mention.end)
        phrases = tuple(
            EvidencePhrase(e.start + offset, e.end + offset, e.text, e.weight, e.feature)
            for e in result.evidence
            if e.weight > 0
            and not _inside_a_name(e.start + offset, e.end + offset, named[mention.sentence])
        )[:MAX_PHRASES]
        found[actor_id].append(
            StanceEvidence(
                sentence=mention.sentence,
                mention=Span(mention.start, mention.end, mention.text),
                voice=voice.id,
                voice_name=voice.name,
                label=result.label,
                score=_round(result.score),
                phrases=phrases,
                why=voice.why,
            )
        )
    for evidence in found.values():
        evidence.sort(key=lambda e: (e.mention.start, e.mention.end))
    return found


def _inside_a_name(start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps an actor's mention: a word of a name is no reason."""
    return any(s < end and start < e for s, e in names)


def _aggregate(actor: Actor, evidence: list[StanceEvidence], band: float) -> ActorStance:
    by_voice: dict[str, list[StanceEvidence]] = {}
    for item in evidence:  # the author first, then the voices in the order they speak
        by_voice.setdefault(item.voice, []).append(item)
    order = sorted(by_voice, key=lambda voice: voice != AUTHOR)  # a stable sort
    voices = []
    for voice in order:
        mine = by_voice[voice]
        score = _mean([e.score for e in mine])
        voices.append(
            VoiceStance(voice, mine[0].voice_name, label_of(score, band), score, len(mine), _counts(mine))
        )
    score = _mean([e.score for e in evidence])
    return ActorStance(
        actor=actor.id,
        name=actor.name,
        kind=actor.kind,
        label=label_of(score, band),
        score=score,
        mentions_scored=len(evidence),
        labels=_counts(evidence),
        voices=tuple(voices),
        evidence=tuple(evidence),
    )


def _counts(evidence: Sequence[StanceEvidence]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for item in evidence:
        if item.label in counts:
            counts[item.label] += 1
    return counts


def _mean(values: Sequence[float]) -> float:
    return _round(sum(values) / len(values)) if values else 0.0


def _round(value: float) -> float:
    return round(value, 4) + 0.0


# -- the layer ----------------------------------------------------------------------------


def run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> Stance:
    """The layer's entry point: reads the actors, clauses, quotes and claims layers' results."""
    return find_stance(
        article, earlier["actors"], earlier["quotes"], earlier["claims"], clauses=earlier["clauses"]
    )


def to_json(stance: Stance) -> dict[str, Any]:
    """The ``stance`` part of the analysis document.

    Example:
        >>> import newslab
        >>> document = to_json(newslab.analyze(newslab.load()).stance)
        >>> sorted(document), document["neutral_band"]
        (['items', 'neutral_band'], 0.2)
    """
    return {"items": [a.to_dict() for a in stance.actors], "neutral_band": stance.neutral_band}


_STANCE_COLUMNS = [
    "actor", "name", "kind", "actor_label", "actor_score", "voice", "voice_name", "label",
    "score", "n", "negative", "neutral", "positive",
]
_EVIDENCE_COLUMNS = [
    "actor", "name", "sentence", "start", "end", "text", "voice", "voice_name", "label", "score",
    "phrases", "why",
]


def to_tables(stance: Stance) -> dict[str, pd.DataFrame]:
    """Tables ``stance`` (one row an actor in one voice) and ``stance_evidence`` (one row a
    scored mention).

    Example:
        >>> import newslab
        >>> tables = to_tables(newslab.analyze(newslab.load()).stance)
        >>> sorted(tables)
        ['stance', 'stance_evidence']
        >>> tables["stance"].groupby("actor")["n"].sum().loc["china"]
        np.int64(11)
    """
    import pandas as pd

    stance_rows = [
        {
            "actor": a.actor, "name": a.name, "kind": a.kind, "actor_label": a.label,
            "actor_score": a.score, "voice": v.voice, "voice_name": v.voice_name,
            "label": v.label, "score": v.score, "n": v.n, **v.labels,
        }
        for a in stance.actors
        for v in a.voices
    ]
    evidence_rows = [
        {
            "actor": a.actor, "name": a.name, "sentence": e.sentence, "start": e.mention.start,
            "end": e.mention.end, "text": e.mention.text, "voice": e.voice,
            "voice_name": e.voice_name, "label": e.label, "score": e.score,
            "phrases": "; ".join(f"{p.text} ({p.weight:+.2f})" for p in e.phrases),
            "why": e.why,
        }
        for a in stance.actors
        for e in a.evidence
    ]
    return {
        "stance": pd.DataFrame(stance_rows, columns=_STANCE_COLUMNS),
        "stance_evidence": pd.DataFrame(evidence_rows, columns=_EVIDENCE_COLUMNS),
    }


def summarize(stance: Stance, *, top: int = 3) -> list[str]:
    """One line for ``newslab analyze --format text``: the stance toward the ``top`` most
    mentioned actors with their first three voices (the author first).

    Example:
        >>> import newslab
        >>> lines = summarize(newslab.analyze(newslab.load()).stance)
        >>> lines[0].split("(")[0]
        'stance:     United States +0.07 '
    """
    if not stance.actors:
        line = "stance:     no actor mentioned in the body"
    else:
        ranked = sorted(stance.actors, key=lambda a: -a.mentions_scored)[:top]
        shown = ", ".join(f"{a.name} {_signed(a.score)} ({_voices_line(a)})" for a in ranked)
        more = ", ..." if len(stance.actors) > top else ""
        line = f"stance:     {shown}{more}"
    return [line]


def _voices_line(actor: ActorStance, top: int = 3) -> str:
    shown = ", ".join(f"{v.voice_name} {_signed(v.score)}" for v in actor.voices[:top])
    return shown + (", ..." if len(actor.voices) > top else "")


def _signed(score: float) -> str:
    shown = f"{score:+.2f}"
    return "+0.00" if shown == "-0.00" else shown


LAYER = Layer(
    name="stance",
    requires=("actors", "clauses", "quotes", "claims"),
    run=run,
    to_json=to_json,
    to_tables=to_tables,
    summarize=summarize,
)

__all__ = [
    "LAYER",
    "NEUTRAL_BAND",
    "ActorStance",
    "EvidencePhrase",
    "Stance",
    "StanceEvidence",
    "StanceSettingsError",
    "Voice",
    "VoiceStance",
    "find_stance",
    "label_of",
    "summarize",
    "to_json",
    "to_tables",
]
