"""Views of the tone layer: one sentence with the words behind its scores, and two widgets.

- :func:`reasons_html` shows one sentence with every word a lens scored highlighted (TextBlob
  in blue, VADER in orange), each labelled with what it added, beside the sentence's scores
  and a table of the reasons;
- :func:`sentence_explorer` is that view with a slider over the sentences (notebook 04);
- :func:`human_labeller` lets a student label sentences negative, neutral or positive and
  compare their labels with the lenses' (Cohen's kappa, :mod:`newslab.tone.labels`).

They render the tone layer's results (:mod:`newslab.tone.layer`) and compute nothing. Every piece of
article text is escaped.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> page = reasons_html(analysis, 11, jupyter=False)
    >>> "nl-mark-vader" in page and "VADER +3.10" in page
    True
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.tone.labels import LABEL_RULE, LENS_NAMES, TONE_LABELS, LabelRule, compare_with_lenses
from newslab.views import templates
from newslab.views.highlight import as_output, highlight
from newslab.views.palette import MUTED, OKABE_ITO
from newslab.views.tables import note, table

if TYPE_CHECKING:
    import ipywidgets
    from IPython.display import HTML

    from newslab.pipeline.analysis import Analysis
    from newslab.tone.agreement import Agreement
    from newslab.tone.labels import HumanComparison
    from newslab.tone.layer import SentenceTone

LENS_COLORS: Mapping[str, str] = {"textblob": OKABE_ITO["blue"], "vader": OKABE_ITO["orange"]}
"""The colour of each lens, in every tone view and plot."""

DISAGREEMENT_COLOR = OKABE_ITO["vermillion"]
"""The colour that marks a sentence where the lenses disagree."""

MISREAD_SIGN = "\u26a0"
"""The sign (a warning triangle) on a reason whose word news often uses in another sense."""

@dataclass(frozen=True)
class _ReasonMark:
    """A reason as the highlighter wants it: a span with a kind (the lens), label and tooltip."""

    start: int
    end: int
    kind: str
    label: str
    title: str


# ---------------------------------------------------------------- one sentence


def reasons_html(
    analysis: Analysis, sentence: int, *, rule: LabelRule = LABEL_RULE, jupyter: bool | None = None
) -> str | HTML:
    """One sentence: its scores, its words highlighted with what each added, and a table.

    Args:
        analysis: the article's analysis (it needs the tone layer).
        sentence: the sentence's number ``n``, as in ``article.sentences[n]``.
        rule: the thresholds that name a score negative, neutral or positive.
        jupyter: return ``IPython.display.HTML`` (True) or a string (False); ``None`` decides
            by whether this runs in Jupyter.

    Raises:
        IndexError: the article has no sentence ``sentence``.

    Example:
        >>> import newslab
        >>> page = reasons_html(newslab.analyze(newslab.load()), 13, jupyter=False)
        >>> "lenses disagree" in page, page.count('class="nl-mark nl-mark-vader"')
        (True, 6)
    """
    tone = analysis.tone
    if not 0 <= sentence < len(tone.sentences):
        raise IndexError(f"the article has sentences 0 to {len(tone.sentences) - 1}, not {sentence}")
    return as_output(_sentence_page(analysis, tone.sentences[sentence], rule), jupyter)


def _sentence_page(analysis: Analysis, reading: SentenceTone, rule: LabelRule) -> str:
    article = analysis.article
    count = len(article.sentences)
    caption = (
        f"Sentence {reading.sentence} (article.sentences[{reading.sentence}]) · "
        f"sentences are numbered 0 to {count - 1}"
    )
    if reading.quoted_share:
        caption += f" · {reading.quoted_share:.0%} of it inside quotes"
    parts = [
        templates.CAPTION.substitute(text=html.escape(caption)),
        _scores_table(reading, rule),
    ]
    if reading.disagreement_reason:
        why = f"The lenses disagree: {reading.disagreement_reason}."
        parts.append(note("nl-tone-disagreement", DISAGREEMENT_COLOR, why))
    marks = [_mark(reason) for reason in reading.reasons]
    window = (reading.start, reading.end)
    parts.append(str(highlight(article.text, marks, colors=LENS_COLORS, within=window, jupyter=False)))
    if reading.reasons:
        parts.append(_reasons_table(reading))
    else:
        parts.append(
            note(
                "nl-tone-no-reasons",
                MUTED,
                "Neither lens found a word of its lexicon in this sentence, so both read it as neutral.",
            )
        )
    return f'<div class="nl-tone-sentence">{"".join(parts)}</div>'


def _mark(reason: Any) -> _ReasonMark:
    name = LENS_NAMES[reason.lens]
    label = f"{name} {reason.value:+.2f}"
    title = f"{name}: '{reason.word}' adds {reason.value:+.3f}"
    if reason.effect:
        title += f" ({reason.effect})"
    if reason.misread_hint:
        label += f" {MISREAD_SIGN}"
        title += f". Often misread in news: {reason.misread_hint}"
    return _ReasonMark(reason.start, reason.end, reason.lens, label, title)


def _scores_table(reading: SentenceTone, rule: LabelRule) -> str:
    rows = [
        ["TextBlob polarity", f"{reading.polarity:+.2f}", rule.label(reading.polarity, "textblob"),
         "-1 negative … +1 positive: the average of the TextBlob words found"],
        ["TextBlob subjectivity", f"{reading.subjectivity:.2f}", "",
         "0 reads like fact … 1 reads like opinion"],
        ["VADER compound", f"{reading.vader:+.2f}", rule.label(reading.vader, "vader"),
         "-1 negative … +1 positive: the VADER words added up, then squeezed"],
    ]
    return table("nl-tone-scores", None, rows, colors=[LENS_COLORS["textblob"]] * 2 + [LENS_COLORS["vader"]])


def _reasons_table(reading: SentenceTone) -> str:
    reasons = sorted(reading.reasons, key=lambda r: (r.lens, r.start))
    rows = [
        [
            LENS_NAMES[r.lens],
            r.text,
            f"{r.value:+.2f}",
            f"{r.lexicon_value:+.2f}",
            r.effect or "",
            f"{MISREAD_SIGN} {r.misread_hint}" if r.misread_hint else "",
        ]
        for r in reasons
    ]
    header = ["lens", "words", "adds", "in the lexicon", "what changed it", "often misread in news"]
    return table("nl-tone-reasons", header, rows, colors=[LENS_COLORS[r.lens] for r in reasons])


# ---------------------------------------------------------------- the sentence explorer


def sentence_explorer(analysis: Analysis, *, rule: LabelRule = LABEL_RULE) -> ipywidgets.VBox:
    """A slider over the sentences: each shown with the words behind its scores.

    Controls: ``slider`` (the sentence number ``n``, as in ``article.sentences[n]``). The pane
    is :func:`reasons_html` of that sentence.

    Raises:
        NewslabError: the article has no sentences.

    Example:
        >>> import newslab
        >>> w = sentence_explorer(newslab.analyze(newslab.load()))
        >>> w.slider.value = 22
        >>> "partner in our efforts" in w.view.value, "TextBlob +0.70" in w.view.value
        (True, True)
    """
    import ipywidgets

    from newslab.errors import NewslabError
    from newslab.views.widgets import panel

    if not analysis.tone.sentences:
        raise NewslabError("this article has no sentences to explore")
    slider = ipywidgets.IntSlider(
        value=0, min=0, max=len(analysis.tone.sentences) - 1, description="Sentence"
    )
    return panel(
        "sentence-explorer",
        {"slider": slider},
        lambda values: _sentence_page(analysis, analysis.tone.sentences[values["slider"]], rule),
        help_text=(
            "Drag the slider (or click it and press the arrow keys) to move through the sentences. "
            "Blue marks are the words TextBlob scored, orange the words VADER scored; the label "
            f"says what each word added. {MISREAD_SIGN} marks a word news often uses in another sense."
        ),
    )


# ---------------------------------------------------------------- human against machine


def human_labeller(
    analysis: Analysis, sentences: Sequence[int], *, rule: LabelRule = LABEL_RULE
) -> ipywidgets.VBox:
    """Label sentences negative, neutral or positive, then compare with TextBlob and VADER.

    Controls: one ``ToggleButtons`` a sentence (``widget.choices``, in the order of
    ``sentences``, each starting with no label) and the ``compare`` button. Pressing it shows
    every sentence's three labels and, for each pair of raters, how often they agree,
    how often chance alone would make them agree, and Cohen's kappa
    (:func:`newslab.tone.labels.compare_with_lenses`). Sentences left unlabelled are left out.

    Example:
        >>> import newslab
        >>> w = human_labeller(newslab.analyze(newslab.load()), [4, 13, 21])
        >>> for choice, label in zip(w.choices, ["neutral", "negative", "positive"]):
        ...     choice.value = label
        >>> w.compare.click()
        >>> "2 of 3" in w.view.value
        True
    """
    import ipywidgets

    from newslab.views.widgets import panel, stack_controls

    article = analysis.article
    choices = []
    rows = []
    for number, sentence in enumerate(sentences, start=1):
        text = article.sentences[sentence].text
        label = ipywidgets.HTML(
            f'<div style="font-family: Georgia, serif; font-size: 14px; line-height: 1.5">'
            f"<b>{number}.</b> {html.escape(text)} "
            f'<span style="color: {MUTED}; font-size: 12px">(S{sentence})</span></div>',
            layout=ipywidgets.Layout(width="100%"),
        )
        choice = ipywidgets.ToggleButtons(
            options=list(TONE_LABELS), value=None, style={"button_width": "7em"}
        ).add_class("nl-human-labeller-choice")
        choices.append(choice)
        rows.append(ipywidgets.VBox([label, choice], layout=ipywidgets.Layout(margin="0 0 0.8em 0")))
    listing = ipywidgets.VBox(rows, layout=ipywidgets.Layout(width="100%"))
    compare = ipywidgets.Button(description="Compare", button_style="primary", icon="balance-scale")

    def render(_: Mapping[str, Any]) -> str:
        labels = [choice.value for choice in choices]
        if all(label is None for label in labels):
            return templates.CAPTION.substitute(
                text="Choose negative, neutral or positive for each sentence, then press Compare."
            )
        return comparison_html(analysis, compare_with_lenses(analysis.tone, sentences, labels, rule=rule))

    widget = panel(
        "human-labeller",
        {"sentences": listing, "compare": compare},
        render,
        live=False,
        help_text=(
            "Read each sentence and decide: does it read negative, neutral or positive? "
            "Go with your first reading. Then press Compare."
        ),
    )
    stack_controls(widget)
    widget.choices = tuple(choices)
    return widget


def comparison_html(analysis: Analysis, result: HumanComparison) -> str:
    """A person's labels beside the lenses', and the agreement of each pair (escaped HTML).

    Example:
        >>> import newslab
        >>> from newslab.tone.labels import compare_with_lenses
        >>> analysis = newslab.analyze(newslab.load())
        >>> result = compare_with_lenses(analysis.tone, [4, 13], ["neutral", "negative"])
        >>> "You and VADER" in comparison_html(analysis, result)
        True
    """
    rows = [
        [
            f"S{sid}",
            human,
            f"{tb} ({tb_score:+.2f}) {_sign(tb == human)}",
            f"{vd} ({vd_score:+.2f}) {_sign(vd == human)}",
        ]
        for sid, human, tb, tb_score, vd, vd_score in zip(
            result.sentences, result.human, result.textblob, result.textblob_scores, result.vader,
            result.vader_scores, strict=True,
        )
    ]
    labels = table("nl-human-labels", ["sentence", "you", "TextBlob", "VADER"], rows)
    pairs = [
        ("You and TextBlob", result.with_textblob),
        ("You and VADER", result.with_vader),
        ("TextBlob and VADER", result.between_lenses),
    ]
    summary = table(
        "nl-human-agreement",
        ["raters", "same label", "observed", "by chance", "kappa", "in words"],
        [_agreement_cells(name, found) for name, found in pairs],
    )
    rule = result.rule
    notes = [
        "observed = the share of sentences with the same label; by chance = the share two raters "
        "who label at random, as often as these two use each label, would agree on; "
        "kappa = (observed − by chance) / (1 − by chance): 1 is perfect agreement, 0 no better than chance.",
        f"Labels from scores: TextBlob polarity ≥ +{rule.textblob:.2f} positive, ≤ −{rule.textblob:.2f} "
        f"negative; VADER compound ≥ +{rule.vader:.2f} positive, ≤ −{rule.vader:.2f} negative; "
        "neutral in between.",
    ]
    if result.unlabelled:
        plural = "s" if result.unlabelled != 1 else ""
        notes.insert(0, f"You left {result.unlabelled} sentence{plural} without a label: not counted.")
    captions = "".join(templates.CAPTION.substitute(text=html.escape(n)) for n in notes)
    return f'<div class="nl-human-result">{labels}{summary}{captions}</div>'


def _agreement_cells(name: str, found: Agreement) -> list[str]:
    from newslab.tone.agreement import describe_kappa

    kappa = "—" if math.isnan(found.kappa) else f"{found.kappa:+.2f}"
    return [
        name,
        f"{found.matches} of {found.items}",
        f"{found.observed:.2f}",
        f"{found.expected:.2f}",
        kappa,
        describe_kappa(found.kappa),
    ]


def _sign(same: bool) -> str:
    return "\u2713" if same else "\u2717"
