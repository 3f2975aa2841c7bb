"""An article's analysis at a glance, and two articles side by side.

:func:`overview` gathers from an :class:`~newslab.pipeline.analysis.Analysis` the figures a reader
asks for first: the headline and size, the actors with their counts, the quotes with their
speakers, how many sentences are in each voice (the claims layer), and the tone. Notebook 06
shows it for an article the student brings; :func:`compare` puts two overviews side by side,
row by row.

Example:
    >>> import newslab
    >>> seen = overview(newslab.analyze(newslab.load()))
    >>> seen.sentences, seen.actors[0].name, seen.actors[0].count, len(seen.quotes)
    (23, 'United States', 19, 5)
    >>> seen.voices["author"], seen.voice_share("author")
    (13, 0.5652173913043478)
    >>> seen.most_positive, seen.most_negative
    (11, 15)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.speech.claims import VOICES

if TYPE_CHECKING:
    import pandas as pd

    from newslab.pipeline.analysis import Analysis


@dataclass(frozen=True)
class ActorLine:
    """One actor: its name, kind, how many times the article names it, and whether the
    catalog knew it (``discovered`` is true for names found only in the text)."""

    name: str
    kind: str
    count: int
    discovered: bool


@dataclass(frozen=True)
class QuoteLine:
    """One quote: who says it (``None`` when the text names nobody), and the quoted words.

    ``narration_suspected`` marks a passage in quote marks that reads like the reporter's
    own narration (see :mod:`newslab.speech.quotes`).
    """

    speaker: str | None
    text: str
    attributed: bool
    narration_suspected: bool


@dataclass(frozen=True)
class Overview:
    """The figures of one analysed article.

    Attributes:
        title: the headline (``None`` when none was found).
        paragraphs, sentences, words: the story's size (headline and set-aside text left out).
        actors: every actor, most named first (ties in order of first mention).
        quotes: every quote, in the order of the text.
        voices: how many sentences are in each voice of :data:`newslab.speech.claims.VOICES`.
        hedged: how many sentences are hedged.
        polarity, subjectivity, vader: the article's tone (see :mod:`newslab.tone.layer`).
        narration_polarity, quoted_polarity: TextBlob's polarity of the reporter's words
            and of the quoted words (``None`` when that voice has no text).
        quoted_share: the share of the scored characters that lie inside quotes.
        disagreements: sentences where TextBlob and VADER disagree.
        most_positive, most_negative: the sentence VADER reads most positive (above 0) and
            most negative (below 0), the first one on a tie; ``None`` when there is none.
    """

    title: str | None
    paragraphs: int
    sentences: int
    words: int
    actors: tuple[ActorLine, ...]
    quotes: tuple[QuoteLine, ...]
    voices: Mapping[str, int]
    hedged: int
    polarity: float
    subjectivity: float
    vader: float
    narration_polarity: float | None
    quoted_polarity: float | None
    quoted_share: float
    disagreements: int
    most_positive: int | None = None
    most_negative: int | None = None

    @property
    def unattributed_quotes(self) -> int:
        """Quotes with no speaker named (passages suspected to be narration not counted)."""
        return sum(1 for q in self.quotes if not q.attributed and not q.narration_suspected)

    def voice_share(self, voice: str) -> float:
        """The share of the sentences in ``voice`` (0 .. 1; 0 for an article without sentences)."""
        return self.voices.get(voice, 0) / self.sentences if self.sentences else 0.0

    @property
    def hedged_share(self) -> float:
        """The share of the sentences that are hedged."""
        return self.hedged / self.sentences if self.sentences else 0.0

    def top_actors(self, count: int = 3) -> str:
        """The ``count`` most named actors with their counts, as one line.

        Example:
            >>> import newslab
            >>> overview(newslab.analyze(newslab.load())).top_actors(2)
            'United States (19), Kim Jong Un (18)'
        """
        return ", ".join(f"{a.name} ({a.count})" for a in self.actors[:count]) or "(none)"


def overview(analysis: Analysis) -> Overview:
    """The figures of an analysed article (see :class:`Overview`).

    Example:
        >>> import newslab
        >>> seen = overview(newslab.analyze("Talks end\\n\\n\\"We will win,\\" Ana Ruiz said."))
        >>> seen.title, [(q.speaker, q.text) for q in seen.quotes]
        ('Talks end', [('Ana Ruiz', 'We will win,')])
    """
    from newslab.text.words import word_count

    article = analysis.article
    layers = analysis.layers
    ordered = sorted(
        enumerate(layers.get("actors", ())),
        key=lambda pair: (-pair[1].count, pair[0]),
    )
    actors = tuple(ActorLine(a.name, a.kind, a.count, a.discovered) for _, a in ordered)
    quotes = tuple(
        QuoteLine(q.speaker_name, q.quoted_text, q.attributed, q.narration_suspected)
        for q in layers.get("quotes", ())
    )
    claims = layers.get("claims", ())
    voices = {voice: sum(1 for c in claims if c.voice == voice) for voice in VOICES}
    tone = layers.get("tone")
    return Overview(
        title=article.title.text if article.title else None,
        paragraphs=len(article.body_paragraphs),
        sentences=len(article.sentences),
        words=sum(word_count(s.text) for s in article.sentences),
        actors=actors,
        quotes=quotes,
        voices=voices,
        hedged=sum(1 for c in claims if c.certainty == "hedged"),
        polarity=tone.article.polarity if tone else 0.0,
        subjectivity=tone.article.subjectivity if tone else 0.0,
        vader=tone.article.vader if tone else 0.0,
        narration_polarity=tone.narration.polarity if tone else None,
        quoted_polarity=tone.quoted.polarity if tone else None,
        quoted_share=_quoted_share(tone),
        disagreements=len(tone.disagreements) if tone else 0,
        most_positive=_extreme(tone, 1),
        most_negative=_extreme(tone, -1),
    )


def _extreme(tone: Any, sign: int) -> int | None:
    """The sentence whose VADER compound is furthest from 0 in the direction ``sign``."""
    readings = [s for s in (tone.sentences if tone else ()) if s.vader * sign > 0]
    return max(readings, key=lambda s: (s.vader * sign, -s.sentence)).sentence if readings else None


def _quoted_share(tone: Any) -> float:
    if tone is None:
        return 0.0
    total = tone.narration.characters + tone.quoted.characters
    return tone.quoted.characters / total if total else 0.0


KINDS = ("text", "count", "share", "score", "scale")
"""How a row's values read: words, a whole number, a share of the article (0 .. 1), a score
(-1 negative .. +1 positive), a level on a scale from 0 to 1 (subjectivity)."""


@dataclass(frozen=True)
class ComparisonRow:
    """One row of two articles side by side: what is measured, how it reads, the two values."""

    measure: str
    kind: str
    first: Any
    second: Any


def compare(first: Overview, second: Overview) -> tuple[ComparisonRow, ...]:
    """Two articles side by side, one measure a row.

    The rows: headline, size, actors, quotes, the mix of voices (share of sentences in each
    voice of the claims layer, and hedged), and the tone (TextBlob polarity and subjectivity,
    VADER, narration against quoted words, the share of text in quotes, disagreements).

    Example:
        >>> import newslab
        >>> a = overview(newslab.analyze("Rain\\n\\nIt rained. \\"Awful,\\" Ana Ruiz said."))
        >>> b = overview(newslab.analyze("Sun\\n\\nThe sun shone on a lovely day."))
        >>> rows = {row.measure: (row.first, row.second) for row in compare(a, b)}
        >>> rows["sentences"], rows["quotes"], rows["voice: quoted"]
        ((2, 1), (1, 0), (0.5, 0.0))
    """
    rows = [
        ("headline", "text", first.title or "(none found)", second.title or "(none found)"),
        ("sentences", "count", first.sentences, second.sentences),
        ("words", "count", first.words, second.words),
        ("actors", "count", len(first.actors), len(second.actors)),
        ("most named", "text", first.top_actors(), second.top_actors()),
        ("quotes", "count", len(first.quotes), len(second.quotes)),
        ("quotes without a speaker", "count", first.unattributed_quotes, second.unattributed_quotes),
    ]
    rows += [(f"voice: {v}", "share", first.voice_share(v), second.voice_share(v)) for v in VOICES]
    rows += [
        ("hedged sentences", "share", first.hedged_share, second.hedged_share),
        ("text inside quotes", "share", first.quoted_share, second.quoted_share),
        ("polarity (TextBlob)", "score", first.polarity, second.polarity),
        ("subjectivity (TextBlob)", "scale", first.subjectivity, second.subjectivity),
        ("VADER (mean of sentences)", "score", first.vader, second.vader),
        ("polarity of the narration", "score", first.narration_polarity, second.narration_polarity),
        ("polarity of the quoted words", "score", first.quoted_polarity, second.quoted_polarity),
        ("sentences where the lenses disagree", "count", first.disagreements, second.disagreements),
    ]
    return tuple(ComparisonRow(*row) for row in rows)


def comparison_table(
    first: Overview, second: Overview, names: tuple[str, str] = ("first", "second")
) -> pd.DataFrame:
    """:func:`compare` as a pandas DataFrame: one row a measure, one column an article.

    Example:
        >>> import newslab
        >>> a = overview(newslab.analyze("Rain\\n\\nIt rained."))
        >>> table = comparison_table(a, a, ("A", "B"))
        >>> list(table.columns), table.loc["sentences", "A"]
        (['kind', 'A', 'B'], 1)
    """
    import pandas as pd

    rows = compare(first, second)
    return pd.DataFrame(
        [{"kind": r.kind, names[0]: r.first, names[1]: r.second} for r in rows],
        index=pd.Index([r.measure for r in rows], name="measure"),
    )
