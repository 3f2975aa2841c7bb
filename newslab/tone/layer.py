"""The tone layer: how positive or negative, and how opinionated, each sentence reads.

Two lenses read every sentence (see ``docs/tone.md``):

- **TextBlob** gives ``polarity`` (-1 negative .. +1 positive) and ``subjectivity`` (0 factual
  .. 1 opinion): the average over the words of its lexicon found in the text. The numbers are
  exactly ``TextBlob(text).sentiment`` for each sentence, each paragraph, and the article
  (its body paragraphs joined by blank lines; headline and set-aside text left out).
- **VADER** gives ``vader``, its ``compound`` score (-1 .. +1), exactly
  ``SentimentIntensityAnalyzer().polarity_scores(sentence)["compound"]`` for a sentence.
  VADER's compound saturates on long texts, so for a paragraph, the article and a voice the
  ``vader`` value is the **mean of the compounds of its sentences** (or pieces).

Each sentence also gets its **reasons** (the words that moved each score, as spans), a
**disagreement** flag when the lenses read it very differently (:data:`DISAGREEMENT`), and its
**quoted share**. The **voices** keep the quoted voices apart from the narration, and the
**arc** follows the tone sentence by sentence with a rolling mean (:data:`ARC_WINDOW`).

Example:
    >>> import newslab
    >>> tone = analyze_tone(newslab.load())
    >>> from textblob import TextBlob
    >>> tone.sentences[22].polarity == TextBlob(newslab.load().sentences[22].text).sentiment.polarity
    True
    >>> [(r.text, r.lens, r.value) for r in tone.sentences[22].reasons if r.word == "good"]
    [('good', 'textblob', 0.7), ('good', 'vader', 1.9)]
    >>> [s.sentence for s in tone.disagreements]
    [3, 13, 18]
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslab.errors import NewslabError
from newslab.layer import Layer
from newslab.text.spans import Span
from newslab.tone.lenses import (
    TextBlobReading,
    TokenSpan,
    VaderReading,
    assessment_tokens,
    read_textblob,
    read_vader,
    score_tokens,
    token_spans,
    vader_part_compound,
)
from newslab.tone.misread import MisreadList, find_misread, misread_words
from newslab.tone.pooling import TokenRun, average, join_or_read, join_runs
from newslab.tone.quoted import (
    Piece,
    find_quoted_stretches,
    quoted_characters,
    sentence_pieces,
    stretches_from_quotes,
)
from newslab.tone.reasons import ToneReason, textblob_reasons, vader_reasons

if TYPE_CHECKING:
    import pandas as pd

    from newslab.text.article import Article, Paragraph, Sentence

class ToneSettingsError(NewslabError, ValueError):
    """A setting of the tone layer is out of range (for instance an arc window below 1)."""


ARC_WINDOW = 3
"""Sentences in the arc's rolling mean: centred on each sentence (one before, one after);
at the first and last sentence the window holds only the sentences that exist."""


@dataclass(frozen=True)
class DisagreementRule:
    """When the two lenses are said to disagree on a sentence (a teaching moment, not noise).

    TextBlob's polarity and VADER's compound live on different scales (VADER's runs larger),
    so each has its own thresholds. A sentence is flagged when:

    - **opposite signs**: polarity and VADER point different ways, with
      ``|polarity| >= opposite_polarity`` and ``|vader| >= opposite_vader``; or
    - **one lens silent**: one lens reads it as neutral (``|score| < neutral_below``) while the
      other reads it clearly (``|vader| >= strong_vader`` or ``|polarity| >= strong_polarity``).

    Example:
        >>> DISAGREEMENT.judge(0.0, 0.66)
        'VADER reads it clearly positive (+0.66) where TextBlob finds it neutral (+0.00)'
        >>> DISAGREEMENT.judge(0.2, -0.4)
        'opposite signs: TextBlob reads it positive (+0.20), VADER negative (-0.40)'
        >>> DISAGREEMENT.judge(0.2, 0.4) is None
        True
    """

    opposite_polarity: float = 0.1
    opposite_vader: float = 0.25
    neutral_below: float = 0.05
    strong_vader: float = 0.5
    strong_polarity: float = 0.3

    def judge(self, polarity: float, vader: float) -> str | None:
        """Why the lenses disagree on a sentence with these scores, or ``None``."""
        if (
            polarity * vader < 0
            and abs(polarity) >= self.opposite_polarity
            and abs(vader) >= self.opposite_vader
        ):
            return (
                f"opposite signs: TextBlob reads it {_direction(polarity)} ({polarity:+.2f}), "
                f"VADER {_direction(vader)} ({vader:+.2f})"
            )
        if abs(polarity) < self.neutral_below and abs(vader) >= self.strong_vader:
            return (
                f"VADER reads it clearly {_direction(vader)} ({vader:+.2f}) "
                f"where TextBlob finds it neutral ({polarity:+.2f})"
            )
        if abs(vader) < self.neutral_below and abs(polarity) >= self.strong_polarity:
            return (
                f"TextBlob reads it clearly {_direction(polarity)} ({polarity:+.2f}) "
                f"where VADER finds it neutral ({vader:+.2f})"
            )
        return None


DISAGREEMENT = DisagreementRule()
"""The thresholds newslab uses; pass your own :class:`DisagreementRule` to :func:`analyze_tone`."""


@dataclass(frozen=True)
class ToneScores:
    """TextBlob polarity and subjectivity, and VADER's compound (or the mean of compounds)."""

    polarity: float
    subjectivity: float
    vader: float


@dataclass(frozen=True)
class SentenceTone:
    """The tone of one sentence: both lenses, the reasons, disagreement and quoted share.

    ``quoted`` are the pieces of the sentence inside quotes; ``quoted_share`` is the share of
    the sentence's characters inside quoted stretches (0 .. 1).
    """

    sentence: int
    start: int
    end: int
    paragraph: int
    polarity: float
    subjectivity: float
    vader: float
    reasons: tuple[ToneReason, ...]
    disagreement: bool
    disagreement_reason: str | None
    quoted_share: float
    quoted: tuple[Span, ...]


@dataclass(frozen=True)
class ParagraphTone:
    """The tone of one body paragraph; ``vader`` is the mean of its sentences' compounds."""

    paragraph: int
    start: int
    end: int
    polarity: float
    subjectivity: float
    vader: float
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class VoiceTone:
    """The tone of one voice, ``"narration"`` or ``"quoted"``, over all its pieces.

    ``polarity`` and ``subjectivity`` use TextBlob's own averaging over every word group it
    assessed in the voice's pieces (each piece read on its own, so a "not" never reaches
    across a quote mark); ``vader`` is the mean of the pieces' compounds. All three are
    ``None`` when the voice has no text.
    """

    voice: str
    polarity: float | None
    subjectivity: float | None
    vader: float | None
    characters: int
    pieces: int
    sentences: int


@dataclass(frozen=True)
class ArcPoint:
    """One sentence of the tone arc: its scores, their rolling means, its quoted share."""

    sentence: int
    polarity: float
    subjectivity: float
    vader: float
    polarity_smooth: float
    subjectivity_smooth: float
    vader_smooth: float
    quoted_share: float


@dataclass(frozen=True)
class Tone:
    """Everything the tone layer found in one article.

    ``quotes_from`` says where the quoted stretches came from: ``"quotes layer"`` or
    ``"quote marks"`` (the minimal detection in :mod:`newslab.tone.quoted`).
    """

    article: ToneScores
    paragraphs: tuple[ParagraphTone, ...]
    sentences: tuple[SentenceTone, ...]
    narration: VoiceTone
    quoted: VoiceTone
    arc: tuple[ArcPoint, ...]
    quotes_from: str
    rule: DisagreementRule = DISAGREEMENT
    window: int = ARC_WINDOW

    @property
    def disagreements(self) -> tuple[SentenceTone, ...]:
        """The sentences where the two lenses disagree."""
        return tuple(s for s in self.sentences if s.disagreement)


def analyze_tone(
    article: Article,
    quotes: Sequence[Any] | None = None,
    *,
    misread: str | Path | None = None,
    rule: DisagreementRule = DISAGREEMENT,
    window: int = ARC_WINDOW,
) -> Tone:
    """Read the tone of an article with TextBlob and VADER.

    Args:
        article: the article.
        quotes: the quotes layer's quotes (objects with ``parts`` spans, or ``start``/``end``);
            ``None`` finds quoted stretches from double quote marks.
        misread: your own misread-words file (format of ``data/misread_words.txt``).
        rule: when the lenses are said to disagree.
        window: sentences in the arc's rolling mean (centred).

    Example:
        >>> import newslab
        >>> tone = analyze_tone(newslab.Article.from_text("Talks\\n\\nThe talks were not good."))
        >>> tone.article
        ToneScores(polarity=-0.35, subjectivity=0.6000000000000001, vader=-0.3412)
    """
    if window < 1:
        raise ToneSettingsError(f"the arc's window must hold at least one sentence, not {window}")
    text = article.text
    if quotes is None:
        stretches = find_quoted_stretches(text, [(p.start, p.end) for p in article.body_paragraphs])
        quotes_from = "quote marks"
    else:
        stretches = stretches_from_quotes(text, quotes)
        quotes_from = "quotes layer"
    words = misread_words(misread)
    readings = [read_textblob(s.text, base=s.start) for s in article.sentences]
    vader = [read_vader(s.text, base=s.start) for s in article.sentences]
    nearby = stretches_by_sentence(article.sentences, stretches)
    pieces = [
        sentence_pieces(text, s.start, s.end, near) for s, near in zip(article.sentences, nearby, strict=True)
    ]
    # worked out once for the reasons and the voices: which tokens each TextBlob assessment
    # holds, and, in a sentence with quoted pieces, where every token sits
    located = [
        assessment_tokens(r.tokens, r.assessments) if r.assessments or not _narration_only(s, p) else []
        for s, r, p in zip(article.sentences, readings, pieces, strict=True)
    ]
    places = [
        None if _narration_only(s, p) else token_spans(r)
        for s, r, p in zip(article.sentences, readings, pieces, strict=True)
    ]
    sentences = tuple(
        _sentence_tone(text, *parts, words, rule)
        for parts in zip(article.sentences, readings, vader, pieces, located, places, nearby, strict=True)
    )
    paragraphs, runs = _paragraph_tones(article, readings, sentences)
    joined = join_or_read(  # TextBlob's reading of the body paragraphs joined by blank lines
        [(p.text, run) for p, run in zip(article.body_paragraphs, runs, strict=True)],
        "\n\n",
        lambda piece: TokenRun.of(read_textblob(piece)),
    )
    polarity, subjectivity = average(joined.assessments, 1), average(joined.assessments, 2)
    narration, quoted = _voices(
        text, article.sentences, readings, vader, sentences, pieces, located, places
    )
    return Tone(
        article=ToneScores(polarity, subjectivity, _mean([s.vader for s in sentences])),
        paragraphs=paragraphs,
        sentences=sentences,
        narration=narration,
        quoted=quoted,
        arc=_arc(sentences, window),
        quotes_from=quotes_from,
        rule=rule,
        window=window,
    )


def run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> Tone:
    """The layer's entry point: the quoted stretches come from the quotes layer.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.load(), layers=["tone"])
        >>> run(analysis.article, analysis.layers).quotes_from
        'quotes layer'
    """
    misread = settings.path("misread_words.txt") if settings else None
    return analyze_tone(article, earlier["quotes"], misread=misread)


def to_json(tone: Tone) -> dict[str, Any]:
    """The ``tone`` part of the analysis document (see ``docs/schema/analysis.schema.json``).

    Example:
        >>> import newslab
        >>> sorted(to_json(analyze_tone(newslab.load())))
        ['arc', 'article', 'items', 'method', 'paragraphs', 'voices']
    """
    return {
        "article": asdict(tone.article),
        "paragraphs": [{**asdict(p), "sentences": list(p.sentences)} for p in tone.paragraphs],
        "items": [_sentence_json(s) for s in tone.sentences],
        "voices": {v.voice: _voice_json(v) for v in (tone.narration, tone.quoted)},
        "arc": [asdict(point) for point in tone.arc],
        "method": {
            "vader_aggregate": "mean of sentence compounds (VADER saturates on long texts)",
            "article_text": "body paragraphs joined by blank lines",
            "arc_window": tone.window,
            "quotes_from": tone.quotes_from,
            "disagreement": asdict(tone.rule),
        },
    }


def to_tables(tone: Tone) -> dict[str, pd.DataFrame]:
    """``tone_sentences``, ``tone_paragraphs`` and ``tone_reasons`` as pandas DataFrames.

    Example:
        >>> import newslab
        >>> tables = to_tables(analyze_tone(newslab.load()))
        >>> sorted(tables), tables["tone_sentences"].shape[0]
        (['tone_paragraphs', 'tone_reasons', 'tone_sentences'], 23)
    """
    import pandas as pd

    smooth = {p.sentence: p for p in tone.arc}
    sentence_rows = [
        {
            "sentence": s.sentence,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "polarity": s.polarity,
            "subjectivity": s.subjectivity,
            "vader": s.vader,
            "polarity_smooth": smooth[s.sentence].polarity_smooth,
            "subjectivity_smooth": smooth[s.sentence].subjectivity_smooth,
            "vader_smooth": smooth[s.sentence].vader_smooth,
            "quoted_share": s.quoted_share,
            "disagreement": s.disagreement,
            "disagreement_reason": s.disagreement_reason,
            "reasons": len(s.reasons),
        }
        for s in tone.sentences
    ]
    reason_rows = [
        {"sentence": s.sentence, **reason.to_dict()} for s in tone.sentences for reason in s.reasons
    ]
    reason_columns = [
        "sentence", "start", "end", "text", "lens", "word", "value", "subjectivity",
        "lexicon_value", "effect", "misread_hint",
    ]
    paragraph_columns = ["paragraph", "start", "end", "polarity", "subjectivity", "vader", "sentences"]
    return {
        "tone_sentences": pd.DataFrame(sentence_rows, columns=list(_SENTENCE_COLUMNS)),
        "tone_paragraphs": pd.DataFrame(
            [{**asdict(p), "sentences": list(p.sentences)} for p in tone.paragraphs],
            columns=paragraph_columns,
        ),
        "tone_reasons": pd.DataFrame(reason_rows, columns=reason_columns),
    }


_SENTENCE_COLUMNS = (
    "sentence", "paragraph", "start", "end", "polarity", "subjectivity", "vader",
    "polarity_smooth", "subjectivity_smooth", "vader_smooth", "quoted_share", "disagreement",
    "disagreement_reason", "reasons",
)


def summarize(tone: Tone) -> list[str]:
    """Two lines for ``newslab analyze --format text``: the article's tone, then the voices.

    The share in brackets is the part of the scored text that lies inside quotes.

    Example:
        >>> import newslab
        >>> print("\\n".join(summarize(analyze_tone(newslab.load()))))
        tone:       polarity +0.11, subjectivity 0.36, VADER +0.28 (3 sentences where the lenses disagree)
        voices:     narration polarity +0.10, VADER +0.22; quoted polarity +0.17, VADER +0.28 (13% of text)
    """
    article = tone.article
    count = len(tone.disagreements)
    lines = [
        f"tone:       polarity {article.polarity:+.2f}, subjectivity {article.subjectivity:.2f}, "
        f"VADER {article.vader:+.2f} ({count} sentence{'' if count == 1 else 's'} "
        f"where the lenses disagree)"
    ]
    narration, quoted = tone.narration, tone.quoted
    voices = f"voices:     narration {_voice_numbers(narration)}; "
    if quoted.characters:
        share = quoted.characters / (narration.characters + quoted.characters)
        voices += f"quoted {_voice_numbers(quoted)} ({share:.0%} of text)"
    else:
        voices += "no quoted text"
    return [*lines, voices]


def _sentence_tone(
    text: str,
    sentence: Sentence,
    reading: TextBlobReading,
    vader_reading: VaderReading,
    pieces: Sequence[Piece],
    located: Sequence[Sequence[int | None]],
    places: Sequence[TokenSpan] | None,
    stretches: Sequence[tuple[int, int]],
    words: MisreadList,
    rule: DisagreementRule,
) -> SentenceTone:
    """The tone of one sentence (``stretches``: the quoted stretches, or those that overlap it)."""
    near = {w for assessment in reading.assessments for w in assessment[0]}
    near.update(w.token.lower() for w in vader_reading.words)
    near &= words.by_word.keys()
    hints = find_misread(text, words, start=sentence.start, end=sentence.end, near=near) if near else []
    reasons = textblob_reasons(text, reading, hints, located=located, places=places)
    reasons += vader_reasons(text, vader_reading, hints)
    reasons.sort(key=lambda r: (r.start, r.end, r.lens))
    why = rule.judge(reading.polarity, vader_reading.compound)
    quoted = tuple(Span.of(text, p.start, p.end) for p in pieces if p.voice == "quoted")
    share = quoted_characters(sentence.start, sentence.end, stretches) / len(sentence.text)
    return SentenceTone(
        sentence=sentence.id,
        start=sentence.start,
        end=sentence.end,
        paragraph=sentence.paragraph,
        polarity=reading.polarity,
        subjectivity=reading.subjectivity,
        vader=vader_reading.compound,
        reasons=tuple(reasons),
        disagreement=why is not None,
        disagreement_reason=why,
        quoted_share=share,
        quoted=quoted,
    )


def stretches_by_sentence(
    sentences: Sequence[Sentence], stretches: Sequence[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """For each sentence, the quoted stretches that overlap it, in the order given.

    A sentence's pieces and quoted share depend only on these, so each sentence looks at a
    few stretches instead of all the article's. Sentences must come in order without
    overlapping (as an article's do); otherwise every sentence gets all the stretches.

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text('Talks\\n\\n"Good," he said. Then "bad."')
        >>> [(s.start, s.end) for s in article.sentences]
        [(7, 23), (24, 35)]
        >>> stretches_by_sentence(article.sentences, [(8, 13), (20, 26), (30, 34)])
        [[(8, 13), (20, 26)], [(20, 26), (30, 34)]]
    """
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    ordered = all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False)) and all(
        s.start <= s.end for s in sentences
    )
    if not ordered:
        return [list(stretches) for _ in sentences]
    found: list[list[tuple[int, int]]] = [[] for _ in sentences]
    for stretch in stretches:
        first, last = stretch
        i = bisect.bisect_right(ends, first)  # the first sentence ending after the stretch starts
        while i < len(sentences) and starts[i] < last:
            found[i].append(stretch)
            i += 1
    return found


def _paragraph_tones(
    article: Article, readings: Sequence[TextBlobReading], sentences: Sequence[SentenceTone]
) -> tuple[tuple[ParagraphTone, ...], list[TokenRun]]:
    """Each body paragraph's tone, and its TextBlob token run (for the article's score).

    A paragraph is scored from its sentences' runs when that gives exactly what TextBlob finds
    in the paragraph (see :mod:`newslab.tone.pooling`); otherwise TextBlob reads it again.
    """
    by_paragraph: dict[int, list[int]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.id)
    tones = []
    runs = []
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind != "body":
            continue
        ids = by_paragraph.get(index, [])
        if len(ids) == 1 and (sentences[ids[0]].start, sentences[ids[0]].end) == (
            paragraph.start,
            paragraph.end,
        ):  # a one-sentence paragraph: the sentence's reading is the paragraph's
            reading = readings[ids[0]]
            run = TokenRun.of(reading)
            polarity, subjectivity = reading.polarity, reading.subjectivity
        else:
            run = _paragraph_run(article, paragraph, ids, readings)
            polarity, subjectivity = average(run.assessments, 1), average(run.assessments, 2)
        runs.append(run)
        tones.append(
            ParagraphTone(
                paragraph=index,
                start=paragraph.start,
                end=paragraph.end,
                polarity=polarity,
                subjectivity=subjectivity,
                vader=_mean([sentences[i].vader for i in ids]),
                sentences=tuple(ids),
            )
        )
    return tuple(tones), runs


def _paragraph_run(
    article: Article, paragraph: Paragraph, ids: Sequence[int], readings: Sequence[TextBlobReading]
) -> TokenRun:
    text = article.text
    members = [article.sentences[i] for i in ids]
    joined = None
    if members and not (
        text[paragraph.start : members[0].start].strip() or text[members[-1].end : paragraph.end].strip()
    ):
        gaps = [text[a.end : b.start] for a, b in zip(members, members[1:], strict=False)]
        joined = join_runs([TokenRun.of(readings[i]) for i in ids], gaps)
    return joined or TokenRun.of(read_textblob(paragraph.text))


def _voices(
    text: str,
    article_sentences: Sequence[Sentence],
    readings: Sequence[TextBlobReading],
    vader_readings: Sequence[VaderReading],
    sentences: Sequence[SentenceTone],
    pieces_by_sentence: Sequence[Sequence[Piece]],
    located: Sequence[Sequence[Sequence[int | None]]],
    places: Sequence[Sequence[TokenSpan] | None],
) -> tuple[VoiceTone, VoiceTone]:
    """Narration and quoted voices, each scored over its own pieces (``located`` and
    ``places``: each sentence's assessment tokens and token spans, as for its reasons)."""
    assessed: dict[str, list[tuple[Any, ...]]] = {"narration": [], "quoted": []}
    compounds: dict[str, list[float]] = {"narration": [], "quoted": []}
    characters = {"narration": 0, "quoted": 0}
    sentence_count = {"narration": 0, "quoted": 0}
    for sentence, reading, vader_reading, tone, pieces, indices, spans in zip(
        article_sentences, readings, vader_readings, sentences, pieces_by_sentence, located,
        places, strict=True,
    ):
        for voice in {p.voice for p in pieces}:
            sentence_count[voice] += 1
        if spans is None:  # the sentence is one narration piece
            assessed["narration"].extend(reading.assessments)
            compounds["narration"].append(tone.vader)
            characters["narration"] += sentence.end - sentence.start
            continue
        owners = _token_pieces(spans, pieces)
        by_piece = _assessments_by_piece(reading, indices, owners, len(pieces))
        for number, piece in enumerate(pieces):
            assessed[piece.voice].extend(by_piece[number])
            compounds[piece.voice].append(
                vader_part_compound(vader_reading, sentence.text, text[piece.start : piece.end])
            )
            characters[piece.voice] += piece.end - piece.start
    return tuple(  # type: ignore[return-value]
        VoiceTone(
            voice,
            average(assessed[voice], 1) if compounds[voice] else None,
            average(assessed[voice], 2) if compounds[voice] else None,
            _mean(compounds[voice]) if compounds[voice] else None,
            characters[voice],
            len(compounds[voice]),
            sentence_count[voice],
        )
        for voice in ("narration", "quoted")
    )


def _assessments_by_piece(
    reading: TextBlobReading,
    located: Sequence[Sequence[int | None]],
    owners: Sequence[int | None],
    count: int,
) -> list[list[tuple[Any, ...]]]:
    """TextBlob's assessments of each piece's tokens, each piece read on its own.

    A piece read alone differs from the sentence only where a word group reaches across a
    piece boundary (a "not" before a quote, a "!" after it): then that group holds tokens of
    two pieces. When no group does, each piece's assessments are the sentence's groups that
    lie in it; otherwise every piece is assessed again.
    """
    grouped: list[list[tuple[Any, ...]]] = [[] for _ in range(count)]
    for assessment, indices in zip(reading.assessments, located, strict=True):
        found = {owners[i] if i is not None else None for i in indices}
        owner = found.pop() if len(found) == 1 else None
        if owner is None:
            pairs = list(zip(reading.tokens, owners, strict=True))
            return [list(score_tokens([t for t, o in pairs if o == n])[2]) for n in range(count)]
        grouped[owner].append(assessment)
    return grouped


def _token_pieces(spans: Sequence[TokenSpan], pieces: Sequence[Piece]) -> list[int | None]:
    """For each token (``spans``: where each sits), the index of the piece it starts in (a
    token that could not be placed follows the token before it; a token between pieces
    belongs to none)."""
    starts = [piece.start for piece in pieces]
    owners: list[int | None] = []
    previous: int | None = None
    for span in spans:
        if span is not None:
            number = bisect.bisect_right(starts, span[0]) - 1
            previous = number if number >= 0 and span[0] < pieces[number].end else None
        owners.append(previous)
    return owners


def _narration_only(sentence: Sentence, pieces: Sequence[Piece]) -> bool:
    """Whether the sentence is one piece of narration (no quoted text in it)."""
    return len(pieces) == 1 and (pieces[0].start, pieces[0].end, pieces[0].voice) == (
        sentence.start,
        sentence.end,
        "narration",
    )


def _arc(sentences: Sequence[SentenceTone], window: int) -> tuple[ArcPoint, ...]:
    before = (window - 1) // 2
    after = window - 1 - before
    points = []
    for i, s in enumerate(sentences):
        near = sentences[max(0, i - before) : i + after + 1]
        points.append(
            ArcPoint(
                sentence=s.sentence,
                polarity=s.polarity,
                subjectivity=s.subjectivity,
                vader=s.vader,
                polarity_smooth=_mean([n.polarity for n in near]),
                subjectivity_smooth=_mean([n.subjectivity for n in near]),
                vader_smooth=_mean([n.vader for n in near]),
                quoted_share=s.quoted_share,
            )
        )
    return tuple(points)


def _sentence_json(s: SentenceTone) -> dict[str, Any]:
    return {
        "sentence": s.sentence,
        "start": s.start,
        "end": s.end,
        "paragraph": s.paragraph,
        "polarity": s.polarity,
        "subjectivity": s.subjectivity,
        "vader": s.vader,
        "reasons": [r.to_dict() for r in s.reasons],
        "disagreement": s.disagreement,
        "disagreement_reason": s.disagreement_reason,
        "quoted_share": s.quoted_share,
        "quoted": [q.to_dict() for q in s.quoted],
    }


def _voice_json(voice: VoiceTone) -> dict[str, Any]:
    data = asdict(voice)
    del data["voice"]
    return data


def _voice_numbers(voice: VoiceTone) -> str:
    if voice.polarity is None or voice.vader is None:
        return "(no text)"
    return f"polarity {voice.polarity:+.2f}, VADER {voice.vader:+.2f}"


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _direction(score: float) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


LAYER = Layer(
    name="tone",
    requires=("quotes",),
    run=run,
    to_json=to_json,
    to_tables=to_tables,
    summarize=summarize,
)
