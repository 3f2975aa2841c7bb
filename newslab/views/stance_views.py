"""Views of the stance layer (notebook 05): how the article positions an actor, voice by voice.

Everything here renders what :mod:`newslab.stance.layer` and :func:`newslab.target_sentiment` found;
nothing is scored or counted here. All article text, names and reasons are escaped.

- :func:`stance_view`: one actor's stance in each voice (a table), then every scored mention
  as evidence: its sentence with the mention and the model's evidence words highlighted;
- :func:`target_view`: one :class:`~newslab.stance.model.TargetSentiment` on its sentence;
- :func:`stance_picker`: a widget (class ``nl-stance-picker``) with a dropdown of actors that
  shows :func:`stance_view` of the chosen one.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> page = stance_view(analysis.article, analysis.stance.actor("china"), jupyter=False)
    >>> page.count('<div class="nl-stance-evidence '), "China · country" in page
    (11, True)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslab.errors import NewslabError
from newslab.views import templates
from newslab.views.annotations import _badge, _caption, _table
from newslab.views.highlight import as_output, highlight
from newslab.views.palette import MUTED, OKABE_ITO, color_for

if TYPE_CHECKING:
    import ipywidgets
    from IPython.display import HTML

    from newslab.pipeline.analysis import Analysis
    from newslab.stance.layer import ActorStance, StanceEvidence
    from newslab.stance.model import TargetSentiment
    from newslab.text.article import Article

LABEL_COLORS = {
    "positive": OKABE_ITO["bluish green"],
    "neutral": MUTED,
    "negative": OKABE_ITO["vermillion"],
}
"""The colour of each stance label, and of the evidence words that pushed toward it."""


@dataclass(frozen=True)
class _Shown:
    """A stretch of text to highlight: its kind gives the CSS class and the colour."""

    start: int
    end: int
    kind: str


def stance_view(article: Article, actor: ActorStance, *, jupyter: bool | None = None) -> str | HTML:
    """One actor's stance: a table of its voices, then each scored mention with its evidence.

    Each piece of evidence is a block (classes ``nl-stance-evidence nl-stance-<label>``, with
    ``data-nl-sentence``, ``data-nl-voice`` and ``data-nl-mention``): badges for the sentence,
    the voice and the model's label and score, the sentence with the mention (``nl-mark-mention``)
    and the evidence words (``nl-mark-evidence``) highlighted, and why the mention is in that voice.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.load())
        >>> page = stance_view(analysis.article, analysis.stance.actor("lu-kang"), jupyter=False)
        >>> page.count('class="nl-mark nl-mark-mention"'), 'data-nl-voice="author"' in page
        (1, True)
    """
    times = "1 mention" if actor.mentions_scored == 1 else f"{actor.mentions_scored} mentions"
    caption = (
        f"{actor.name} · {actor.kind} · {times} scored · "
        f"overall {actor.label} {_signed(actor.score)}"
    )
    rows = [
        (v.voice_name, v.label, _signed(v.score), str(v.n),
         " / ".join(str(v.labels.get(label, 0)) for label in LABEL_COLORS))
        for v in actor.voices
    ]
    table = _table(
        "stance-voices",
        ("voice: whose words", "label", "mean score", "mentions", "positive / neutral / negative"),
        rows,
    )
    blocks = "".join(_evidence_html(article, actor, e) for e in actor.evidence)
    page = _caption(caption) + table + templates.SCROLL.substitute(height="30em", body=blocks)
    return as_output(page, jupyter)


def _evidence_html(article: Article, actor: ActorStance, evidence: StanceEvidence) -> str:
    sentence = article.sentences[evidence.sentence]
    color = LABEL_COLORS.get(evidence.label, MUTED)
    spans = [_Shown(evidence.mention.start, evidence.mention.end, "mention")]
    spans += [_Shown(p.start, p.end, "evidence") for p in evidence.phrases]
    titles = [f"the mention of {actor.name}"]
    titles += [f"pushed toward {evidence.label}: {p.weight:+.2f} ({p.feature})" for p in evidence.phrases]
    text = highlight(
        article.text, spans, titles=titles, within=(sentence.start, sentence.end),
        colors={"mention": color_for(actor.kind), "evidence": color}, jupyter=False,
    )
    badges = (
        _badge("sentence", f"S{evidence.sentence}", MUTED)
        + _badge("voice", f"voice: {evidence.voice_name}", MUTED)
        + _badge(evidence.label, f"{evidence.label} {_signed(evidence.score)}", color)
    )
    return templates.STANCE_EVIDENCE.substitute(
        label=html.escape(evidence.label), sentence=evidence.sentence,
        voice=html.escape(evidence.voice), mention=html.escape(evidence.mention.text),
        color=color, badges=badges, text=text, why=html.escape(f"why this voice: {evidence.why}"),
    )


def target_view(sentence: str, result: TargetSentiment, start: int, end: int, *,
                jupyter: bool | None = None) -> str | HTML:
    """One sentence with the target ``sentence[start:end]`` and the model's evidence highlighted.

    Shows the label, the score and the three probabilities above the sentence; each evidence
    word's tooltip gives its weight (positive: pushed toward the label, negative: against it).

    Example:
        >>> import newslab
        >>> text = "Critics slammed Smith for the disastrous plan."
        >>> result = newslab.target_sentiment(text, 16, 21)
        >>> page = target_view(text, result, 16, 21, jupyter=False)
        >>> "negative" in page, page.count("nl-mark-evidence") == len(result.evidence)
        (True, True)
    """
    color = LABEL_COLORS.get(result.label, MUTED)
    chances = ", ".join(f"{label} {result.probabilities.get(label, 0.0):.2f}" for label in LABEL_COLORS)
    spans = [_Shown(start, end, "mention")]
    spans += [_Shown(e.start, e.end, "evidence") for e in result.evidence]
    titles = [f"the target: {result.target}"]
    titles += [
        f"{'toward' if e.weight > 0 else 'against'} {result.label}: {e.weight:+.2f}" for e in result.evidence
    ]
    text = highlight(
        sentence, spans, titles=titles, jupyter=False,
        colors={"mention": OKABE_ITO["yellow"], "evidence": color},
    )
    badges = _badge(result.label, f"{result.label} {_signed(result.score)}", color)
    page = badges + _caption(f"target: {result.target} · probabilities: {chances}") + text
    return as_output(page, jupyter)


def stance_picker(analysis: Analysis) -> ipywidgets.VBox:
    """Pick an actor; see its stance per voice and every piece of evidence, highlighted.

    Control: ``actor``, a dropdown of the actors the stance layer scored (most scored mentions
    first); its value is the actor's id. The pane is :func:`stance_view` of that actor.

    Raises:
        NewslabError: the stance layer scored no actor in this article.

    Example:
        >>> import newslab
        >>> w = stance_picker(newslab.analyze(newslab.load()))
        >>> w.actor.value = "lu-kang"
        >>> 'data-nl-mention="Lu"' in w.view.value, 'data-nl-mention="China"' in w.view.value
        (True, False)
    """

    from newslab.views.widgets import actor_dropdown, panel

    actors = sorted(analysis.stance, key=lambda a: -a.mentions_scored)
    if not actors:
        raise NewslabError("newslab scored no actor in this article, so there is no stance to show")
    by_id = {actor.actor: actor for actor in actors}
    dropdown = actor_dropdown([(actor.actor, actor.name, actor.kind) for actor in actors])
    return panel(
        "stance-picker",
        {"actor": dropdown},
        lambda values: str(stance_view(analysis.article, by_id[values["actor"]], jupyter=False)),
        help_text="Pick an actor: the table gives its stance in each voice; below, every mention "
        "the model scored, with the mention and the words that decided highlighted.",
    )


def _signed(score: float) -> str:
    shown = f"{score:+.2f}"
    return "+0.00" if shown == "-0.00" else shown
