"""Tone as a label (negative, neutral, positive), and a person's labels against the lenses'.

The tone layer gives numbers; people say "negative", "neutral" or "positive". To compare the
two, each lens's score becomes a label by a threshold (:class:`LabelRule`):

- **VADER**: its authors' own rule: ``compound >= 0.05`` positive, ``<= -0.05`` negative,
  neutral in between (vaderSentiment's README, "about the scoring").
- **TextBlob**: TextBlob gives no rule; newslab uses ``polarity >= 0.1`` positive, ``<= -0.1``
  negative. TextBlob *averages* its words, so one mild word in a long sentence (an "other" at
  -0.125 beside an "unusual" at +0.2) leaves a small number that no reader would call a tone;
  0.1 is also the size the tone layer asks of a polarity before calling the lenses opposed
  (:data:`newslab.tone.layer.DISAGREEMENT`).

:func:`pick_sentences` chooses the sentences for a person to label, and
:func:`compare_with_lenses` measures agreement with Cohen's kappa (:mod:`newslab.tone.agreement`).

Example:
    >>> LABEL_RULE.label(0.66, "vader"), LABEL_RULE.label(0.05, "textblob")
    ('positive', 'neutral')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newslab.errors import NewslabError
from newslab.tone.agreement import Agreement, agreement
from newslab.tone.layer import Tone

TONE_LABELS = ("negative", "neutral", "positive")
"""The three labels, from negative to positive."""

LENS_NAMES: Mapping[str, str] = {"textblob": "TextBlob", "vader": "VADER"}
"""How each lens is written for a reader."""


class LabellingError(NewslabError, ValueError):
    """Labels that cannot be compared: too few, or not one of :data:`TONE_LABELS`."""


@dataclass(frozen=True)
class LabelRule:
    """The thresholds that turn a lens's score into a label.

    A score at or above ``+threshold`` is positive, at or below ``-threshold`` negative,
    anything between neutral.

    Example:
        >>> rule = LabelRule(textblob=0.2)
        >>> rule.label(0.15, "textblob"), rule.label(-0.2, "textblob")
        ('neutral', 'negative')
    """

    textblob: float = 0.1
    vader: float = 0.05

    def label(self, score: float, lens: str) -> str:
        """The label of ``score`` read by ``lens`` (``"textblob"`` or ``"vader"``)."""
        threshold = self.threshold(lens)
        if score >= threshold:
            return "positive"
        if score <= -threshold:
            return "negative"
        return "neutral"

    def threshold(self, lens: str) -> float:
        """The threshold of ``lens``.

        Raises:
            LabellingError: ``lens`` is not ``"textblob"`` or ``"vader"``.
        """
        if lens not in LENS_NAMES:
            raise LabellingError(f"there is no lens {lens!r}: use 'textblob' or 'vader'")
        return float(getattr(self, lens))


LABEL_RULE = LabelRule()
"""The thresholds newslab uses (TextBlob 0.1, VADER 0.05)."""


def lens_labels(tone: Tone, lens: str, *, rule: LabelRule = LABEL_RULE) -> tuple[str, ...]:
    """Every sentence's label from one lens, in sentence order.

    Example:
        >>> import newslab
        >>> labels = lens_labels(newslab.analyze(newslab.load()).tone, "vader")
        >>> labels[13], labels.count("negative")
        ('positive', 3)
    """
    return tuple(rule.label(_score(tone, s, lens), lens) for s in range(len(tone.sentences)))


def pick_sentences(tone: Tone, count: int = 10) -> tuple[int, ...]:
    """Choose ``count`` sentences to label, spread from the most negative to the most positive.

    The sentences are sorted by the average of their TextBlob polarity and VADER compound
    (ties by sentence number), and ``count`` of them are taken at evenly spaced places along
    that order, the first and the last included: the most negative, the most positive, and a
    spread in between. They are returned in the order of the article. An article with
    ``count`` sentences or fewer gives all of them.

    Example:
        >>> import newslab
        >>> pick_sentences(newslab.analyze(newslab.load()).tone)
        (1, 2, 4, 7, 10, 13, 15, 16, 21, 22)
    """
    if count < 1:
        raise LabellingError(f"choose at least one sentence, not {count}")
    ranked = sorted(tone.sentences, key=lambda s: ((s.polarity + s.vader) / 2, s.sentence))
    if len(ranked) <= count:
        return tuple(s.sentence for s in tone.sentences)
    if count == 1:
        places = [len(ranked) - 1]
    else:
        places = [int(i * (len(ranked) - 1) / (count - 1) + 0.5) for i in range(count)]
    return tuple(sorted(ranked[p].sentence for p in places))


@dataclass(frozen=True)
class HumanComparison:
    """A person's labels of some sentences beside the two lenses' labels, and the agreement.

    Attributes:
        sentences: the labelled sentences' numbers (those left unlabelled are not counted).
        human: the person's labels, one a sentence.
        textblob, vader: each lens's labels of the same sentences (:data:`LABEL_RULE`).
        textblob_scores, vader_scores: the scores those labels come from.
        with_textblob, with_vader: the person's agreement with each lens.
        between_lenses: the two lenses' agreement with each other, on the same sentences.
        unlabelled: how many offered sentences were left without a label.
        rule: the thresholds used.
    """

    sentences: tuple[int, ...]
    human: tuple[str, ...]
    textblob: tuple[str, ...]
    vader: tuple[str, ...]
    textblob_scores: tuple[float, ...]
    vader_scores: tuple[float, ...]
    with_textblob: Agreement
    with_vader: Agreement
    between_lenses: Agreement
    unlabelled: int
    rule: LabelRule = LABEL_RULE


def compare_with_lenses(
    tone: Tone,
    sentences: Sequence[int],
    labels: Sequence[str | None],
    *,
    rule: LabelRule = LABEL_RULE,
) -> HumanComparison:
    """Compare a person's labels of ``sentences`` with TextBlob's and VADER's.

    Args:
        tone: the tone layer's result for the article.
        sentences: the sentence numbers that were offered for labelling.
        labels: the person's label for each of them (``None`` where left unlabelled).
        rule: the thresholds that turn scores into labels.

    Raises:
        LabellingError: fewer than two sentences labelled, a label not in
            :data:`TONE_LABELS`, a sentence number not in the article, or the two lists of
            different lengths.

    Example:
        >>> import newslab
        >>> tone = newslab.analyze(newslab.load()).tone
        >>> result = compare_with_lenses(tone, [4, 13, 21], ["neutral", "negative", "positive"])
        >>> result.vader, result.with_vader.matches, result.with_textblob.matches
        (('neutral', 'positive', 'positive'), 2, 2)
    """
    if len(sentences) != len(labels):
        raise LabellingError(f"{len(sentences)} sentences but {len(labels)} labels")
    wrong = [label for label in labels if label is not None and label not in TONE_LABELS]
    if wrong:
        raise LabellingError(f"{wrong[0]!r} is not a label: use one of {', '.join(TONE_LABELS)}")
    outside = [s for s in sentences if not 0 <= s < len(tone.sentences)]
    if outside:
        raise LabellingError(f"the article has no sentence {outside[0]}")
    chosen = [(s, label) for s, label in zip(sentences, labels, strict=True) if label is not None]
    if len(chosen) < 2:
        raise LabellingError(
            f"label at least two sentences to compare (you labelled {len(chosen)}): "
            "agreement needs more than one sentence"
        )
    ids = tuple(s for s, _ in chosen)
    human = tuple(label for _, label in chosen)
    textblob_scores = tuple(_score(tone, s, "textblob") for s in ids)
    vader_scores = tuple(_score(tone, s, "vader") for s in ids)
    textblob = tuple(rule.label(score, "textblob") for score in textblob_scores)
    vader = tuple(rule.label(score, "vader") for score in vader_scores)
    return HumanComparison(
        sentences=ids,
        human=human,
        textblob=textblob,
        vader=vader,
        textblob_scores=textblob_scores,
        vader_scores=vader_scores,
        with_textblob=agreement(human, textblob, labels=TONE_LABELS),
        with_vader=agreement(human, vader, labels=TONE_LABELS),
        between_lenses=agreement(textblob, vader, labels=TONE_LABELS),
        unlabelled=len(labels) - len(chosen),
        rule=rule,
    )


def _score(tone: Tone, sentence: int, lens: str) -> float:
    reading = tone.sentences[sentence]
    return reading.polarity if lens == "textblob" else reading.vader
