"""The article with one layer's results on it, as HTML: an actor's mentions, the quotes, the claims.

Each function renders what a layer found (it decides nothing) and returns, like
:func:`newslab.views.highlight.highlight`, an ``IPython.display.HTML`` object in Jupyter and an
HTML string elsewhere (``jupyter=False`` forces the string). Every piece of article text,
rule, name and reason is escaped. The widgets of :mod:`newslab.views.widgets` show these views.

- :func:`mentions_view`: every mention of one actor highlighted in the whole text, numbered,
  with the rule that matched as a tooltip and in a table under the text;
- :func:`quotes_view`: each direct quote highlighted and labelled with its speaker (or "no
  speaker", or "narration?"), the reporting verb marked, the reason as a tooltip;
- :func:`claims_view`: the claims (one a sentence) of a chosen voice and certainty, each with
  its cues highlighted and the reason in words.

Example:
    >>> import newslab
    >>> analysis = newslab.analyze(newslab.load())
    >>> xi = [a for a in analysis.actors if a.name == "Xi Jinping"][0]
    >>> page = mentions_view(analysis.article, xi, jupyter=False)
    >>> page.count('class="nl-mark nl-mark-mention"'), page.count('class="nl-row"')
    (3, 3)
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslab.views import templates
from newslab.views.highlight import as_output, highlight
from newslab.views.palette import KIND_COLORS, MUTED, VOICE_COLORS, color_for, tint

if TYPE_CHECKING:
    from IPython.display import HTML

    from newslab.actors.mentions import Actor
    from newslab.speech.claims import Claim
    from newslab.speech.quotes import Quote
    from newslab.text.article import Article

ALL = "all"
"""The value of a filter that keeps everything."""

CUE_NAMES = {
    "quote": "quoted words",
    "reporting_verb": "reporting verb: someone says it",
    "weasel": "weasel words: an opinion, but whose?",
    "hedge": "hedge: makes the claim less certain",
}
"""What each kind of cue of a claim means, in the key and the tooltips."""

VOICE_NAMES = {
    "author": "the reporter's own words",
    "quoted": "in quote marks, someone's words",
    "reported": "someone's words, reported without quote marks",
    "unattributed": "an opinion that names no one",
}
"""What each voice of a claim means, in plain words."""


# ---------------------------------------------------------------- mentions of an actor


def mentions_view(article: Article, actor: Actor, *, jupyter: bool | None = None) -> str | HTML:
    """Every mention of ``actor`` highlighted in the article, numbered, with the rule that matched.

    The text set aside (a repeated headline, site boilerplate) is marked grey-red, so it is
    clear why a name there is not counted. Under the text, a table gives each mention's
    number, where it is (the headline or sentence ``n``), its words and its rule.

    Example:
        >>> import newslab
        >>> from newslab.actors import find_actors
        >>> article = newslab.Article.from_text("Kim <b>visits</b>\\n\\nMr Kim met Xi.")
        >>> page = mentions_view(article, find_actors(article)[0], jupyter=False)
        >>> "&lt;b&gt;visits&lt;/b&gt;" in page, "after the honorific &#x27;Mr&#x27;" in page
        (True, True)
    """
    mentions = sorted(actor.mentions, key=lambda m: (m.start, m.end))
    spans = [_Shown(m.start, m.end, "mention") for m in mentions]
    spans += [_Shown(r.start, r.end, "removed") for r in article.removed]
    labels = [str(number) for number in range(1, len(mentions) + 1)]
    labels += ["set aside"] * len(article.removed)
    titles = [f"{number}: {m.rule}" for number, m in enumerate(mentions, start=1)]
    titles += [f"set aside ({r.reason}): not read" for r in article.removed]
    text = highlight(
        article.text, spans, labels=labels, titles=titles,
        colors={"mention": color_for(actor.kind), "removed": tint(MUTED, 0.6)}, jupyter=False,
    )
    rows = [
        (str(number), _where(m.sentence), m.text, m.rule)
        for number, m in enumerate(mentions, start=1)
    ]
    table = _table("mentions", ("#", "where", "words", "rule: why these words are this actor"), rows)
    page = (
        _caption(_about(actor))
        + templates.SCROLL.substitute(height="22em", body=text)
        + table
    )
    return as_output(page, jupyter)


def _about(actor: Actor) -> str:
    sentences = len(actor.sentences)
    in_headline = any(m.sentence < 0 for m in actor.mentions)
    times = "once" if actor.count == 1 else f"{actor.count} times"
    where = f"in {sentences} sentence{'s' if sentences != 1 else ''}"
    if in_headline:
        where += " and the headline"
    source = "not in the catalog: found as a name in the text" if actor.discovered else "in the catalog"
    return f"{actor.name} · {actor.kind} · named {times}, {where} · {source}"


def _where(sentence: int) -> str:
    return "headline" if sentence < 0 else f"sentence {sentence}"


# ---------------------------------------------------------------- quotes


def quotes_view(
    article: Article,
    quotes: Sequence[Quote],
    *,
    sentences: tuple[int, int] | None = None,
    jupyter: bool | None = None,
) -> str | HTML:
    """The article with each direct quote highlighted and labelled ``Q<id> · speaker``.

    A quote with no speaker named in the text is labelled "no speaker"; one the quotes layer
    suspects is the reporter's narration in quote marks is labelled "narration?" and drawn in
    the author's colour. The reporting verb ("said", "warned") is marked too. Rest the mouse on
    a quote to read how its speaker was found.

    Args:
        article: the article.
        quotes: the quotes layer's result.
        sentences: ``(first, last)``: show only the paragraphs that hold these sentences
            (both included); the whole text by default.
        jupyter: see :func:`newslab.views.highlight.highlight`.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.load())
        >>> page = quotes_view(analysis.article, analysis.quotes, sentences=(19, 20), jupyter=False)
        >>> page.count("nl-mark-quote"), page.count("nl-mark-narration"), ">Q2 · Kim Jong Un<" in page
        (1, 1, True)
    """
    spans: list[_Shown] = []
    labels: list[str] = []
    titles: list[str] = []
    for quote in quotes:
        if quote.narration_suspected:
            kind, who = "narration", "narration?"
        else:
            kind, who = "quote", quote.speaker_name or "no speaker"
        spans.append(_Shown(quote.start, quote.end, kind))
        labels.append(f"Q{quote.id} · {who}")
        titles.append(quote.why)
        if quote.cue is not None:
            spans.append(_Shown(quote.cue.start, quote.cue.end, "reporting_verb"))
            labels.append("")
            titles.append(f"reporting verb of Q{quote.id}")
    within = _paragraphs_of(article, sentences) if sentences else None
    page = highlight(
        article.text, spans, labels=[label or None for label in labels], titles=titles, within=within,
        jupyter=False,
    )
    return as_output(_key(("quote", "narration", "reporting_verb")) + page, jupyter)


def _paragraphs_of(article: Article, sentences: tuple[int, int]) -> tuple[int, int]:
    first, last = sentences
    if not 0 <= first <= last < len(article.sentences):
        raise ValueError(
            f"sentences=({first}, {last}): the article's sentences are numbered 0 to "
            f"{len(article.sentences) - 1}"
        )
    start = article.paragraphs[article.sentences[first].paragraph].start
    end = article.paragraphs[article.sentences[last].paragraph].end
    return start, end


# ---------------------------------------------------------------- claims


def claims_view(
    article: Article,
    claims: Sequence[Claim],
    *,
    voice: str = ALL,
    certainty: str = ALL,
    jupyter: bool | None = None,
) -> str | HTML:
    """The claims of one voice and certainty, each with its cues highlighted and its reason.

    Args:
        article: the article.
        claims: the claims layer's result (one claim a body sentence).
        voice: ``"author"``, ``"quoted"``, ``"reported"``, ``"unattributed"`` or ``"all"``.
        certainty: ``"asserted"``, ``"hedged"`` or ``"all"``.
        jupyter: see :func:`newslab.views.highlight.highlight`.

    Each claim is a block (classes ``nl-claim nl-claim-<voice> nl-claim-<certainty>``) that
    starts with its sentence number, voice, certainty and source, then the sentence with its
    cues highlighted, then the reason. The blocks sit in a box that scrolls when they are many.

    Example:
        >>> import newslab
        >>> analysis = newslab.analyze(newslab.load())
        >>> page = claims_view(analysis.article, analysis.claims, voice="unattributed", jupyter=False)
        >>> page.count('<div class="nl-claim '), "nl-mark-weasel" in page
        (1, True)
    """
    shown = [
        c for c in claims
        if voice in (ALL, c.voice) and certainty in (ALL, c.certainty)
    ]
    chosen = " and ".join(part for part in (_voice_words(voice), _certainty_words(certainty)) if part)
    caption = f"{len(shown)} of {len(claims)} sentences" + (f": {chosen}" if chosen else "")
    blocks = [_claim_html(article, claim) for claim in shown]
    if not shown:
        blocks = [_caption("No sentence of this article has this voice and certainty.")]
    listed = templates.SCROLL.substitute(height="30em", body="".join(blocks))
    page = _caption(caption) + _key(tuple(CUE_NAMES)) + listed
    return as_output(page, jupyter)


def _claim_html(article: Article, claim: Claim) -> str:
    color = VOICE_COLORS.get(claim.voice, MUTED)
    certainty_color = KIND_COLORS["hedge"] if claim.certainty == "hedged" else MUTED
    badges = [
        _badge("sentence", f"S{claim.sentence}", MUTED),
        _badge(claim.voice, claim.voice, color),
        _badge(claim.certainty, claim.certainty, certainty_color),
    ]
    if claim.source_name:
        badges.append(_badge("source", f"source: {claim.source_name}", color))
    text = highlight(
        article.text,
        claim.cues,
        titles=[f"{CUE_NAMES.get(cue.kind, cue.kind)}: {cue.text}" for cue in claim.cues],
        within=(claim.start, claim.end),
        jupyter=False,
    )
    return templates.CLAIM.substitute(
        voice=html.escape(claim.voice), certainty=html.escape(claim.certainty), sentence=claim.sentence,
        color=color, badges="".join(badges), text=text, why=html.escape(f"why: {claim.why}"),
    )


def _voice_words(voice: str) -> str:
    return "" if voice == ALL else f"voice {voice} ({VOICE_NAMES.get(voice, voice)})"


def _certainty_words(certainty: str) -> str:
    return "" if certainty == ALL else certainty


# ---------------------------------------------------------------- shared pieces


@dataclass(frozen=True)
class _Shown:
    """A stretch of text to highlight, with the kind that gives its colour and CSS class."""

    start: int
    end: int
    kind: str


def _caption(text: str) -> str:
    return templates.CAPTION.substitute(text=html.escape(text))


def _badge(kind: str, text: str, color: str) -> str:
    return templates.BADGE.substitute(
        kind=html.escape(kind), text=html.escape(text), color=color, background=tint(color, 0.2)
    )


def _key(kinds: Sequence[str]) -> str:
    """A key of colours, one item a kind (names from :data:`CUE_NAMES`, else the kind)."""
    names = {**CUE_NAMES, "narration": "narration in quote marks?"}
    items = []
    for kind in kinds:
        css = kind.replace("_", "-")
        color = KIND_COLORS[css]
        items.append(
            templates.LEGEND_ITEM.substitute(
                kind=css, name=html.escape(names.get(kind, kind)), color=color, background=tint(color, 0.35)
            )
        )
    return templates.LEGEND.substitute(items="".join(items))


def _table(name: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = templates.TABLE_HEAD.substitute(
        cells="".join(templates.TABLE_HEADER_CELL.substitute(text=html.escape(h)) for h in headers)
    )
    body = "".join(
        templates.TABLE_ROW.substitute(
            cells="".join(templates.TABLE_CELL.substitute(text=html.escape(cell)) for cell in row)
        )
        for row in rows
    )
    return templates.TABLE.substitute(name=name, head=head, rows=body)
