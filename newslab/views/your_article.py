"""Views of a whole analysis (notebook 06): a report of any article, and two articles compared.

- :func:`article_report` shows an analysed article section by section: the article, its
  actors, its quotes, its voices (claims), its tone and its stance. The sections are
  :data:`SECTIONS`; to add one, append a :class:`Section` to it, or pass ``sections=...``.
- :func:`your_article` is a widget: paste an article, press *Analyse*, read the report.
- :func:`comparison_html` and :func:`compare_articles` put two articles side by side.

Everything is rendered from :func:`newslab.analyze` and :func:`newslab.pipeline.overview.overview`;
nothing is computed here. Article text is escaped, and a :class:`~newslab.errors.NewslabError`
(an empty text, say) is shown as a message.

Example:
    >>> import newslab
    >>> page = article_report(newslab.analyze("Rain\\n\\n\\"It is awful,\\" Ana Ruiz said."), jupyter=False)
    >>> [name for name in ("article", "actors", "quotes", "voices", "tone") if f"nl-section-{name}" in page]
    ['article', 'actors', 'quotes', 'voices', 'tone']
    >>> "Ana Ruiz" in page
    True
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from string import Template
from typing import TYPE_CHECKING, Any

from newslab.errors import NewslabError
from newslab.pipeline.overview import ComparisonRow, Overview, compare, overview
from newslab.tone.labels import LABEL_RULE
from newslab.views import templates
from newslab.views.comparison_plots import VOICE_COLORS, VOICE_NAMES
from newslab.views.highlight import as_output
from newslab.views.palette import OKABE_ITO, color_for
from newslab.views.tables import note, table

if TYPE_CHECKING:
    import ipywidgets
    from IPython.display import HTML
    from matplotlib.figure import Figure

    from newslab.pipeline.analysis import Analysis


@dataclass(frozen=True)
class Section:
    """One part of the report: ``render(analysis, overview)`` gives its (escaped) HTML.

    The section is drawn in a block with the classes ``nl-section nl-section-<name>``, under
    the heading ``title``.
    """

    name: str
    title: str
    render: Callable[[Analysis, Overview], str]


_SECTION = Template(
    '<div class="nl-section nl-section-$name" style="margin: 0.6em 0 1em 0">'
    '<div style="font-family: sans-serif; font-size: 15px; font-weight: bold; '
    'border-bottom: 2px solid $color; margin-bottom: 0.3em">$title</div>$body</div>'
)

PROMPT = (
    "Paste an article in the box (the headline on the first line, a blank line, then the story), "
    "then press Analyse."
)
MAX_ACTORS_SHOWN = 15
"""Actors listed in the report; the rest are counted."""


def _article_section(analysis: Analysis, seen: Overview) -> str:
    article = analysis.article
    headline = seen.title or "(no headline found: the first line looked like part of the story)"
    size = f"{seen.paragraphs} paragraphs · {seen.sentences} sentences · {seen.words} words in the story"
    parts = [
        f'<div class="nl-report-title" style="font-family: Georgia, serif; font-size: 18px">'
        f"{html.escape(headline)}</div>",
        templates.CAPTION.substitute(text=html.escape(size)),
    ]
    for piece in article.removed:
        aside = f"set aside: {piece.text.strip()[:80]!r} ({piece.reason})"
        parts.append(templates.CAPTION.substitute(text=html.escape(aside)))
    for warning in article.warnings:
        parts.append(note("nl-report-warning", OKABE_ITO["orange"], warning))
    return "".join(parts)


def _actors_section(analysis: Analysis, seen: Overview) -> str:
    if not seen.actors:
        empty = "No actors found: no names of people, places or organisations."
        return templates.CAPTION.substitute(text=empty)
    shown = seen.actors[:MAX_ACTORS_SHOWN]
    rows = [
        [a.name, a.kind, str(a.count), "found in the text (kind guessed)" if a.discovered else "the catalog"]
        for a in shown
    ]
    colors = [color_for(a.kind) for a in shown]
    body = table("nl-report-actors", ["actor", "kind", "times named", "known from"], rows, colors=colors)
    if len(seen.actors) > len(shown):
        rest = len(seen.actors) - len(shown)
        body += templates.CAPTION.substitute(text=f"and {rest} more, each named less often")
    return body


def _quotes_section(analysis: Analysis, seen: Overview) -> str:
    if not seen.quotes:
        return templates.CAPTION.substitute(text="No quotes found: nothing in quote marks.")
    rows = []
    for quote in seen.quotes:
        if quote.narration_suspected:
            remark = "may be the reporter's narration in quote marks"
        elif not quote.attributed:
            remark = "no speaker named in the text"
        else:
            remark = ""
        rows.append([quote.speaker or "(nobody named)", f"\u201c{quote.text}\u201d", remark])
    summary = f"{len(seen.quotes)} quotes, {seen.unattributed_quotes} without a speaker"
    return templates.CAPTION.substitute(text=html.escape(summary)) + table(
        "nl-report-quotes", ["speaker", "quoted words", "note"], rows
    )


def _voices_section(analysis: Analysis, seen: Overview) -> str:
    from newslab.speech.claims import VOICES

    rows = [[VOICE_NAMES[v], str(seen.voices[v]), f"{seen.voice_share(v):.0%}"] for v in VOICES]
    colors = [VOICE_COLORS[v] for v in VOICES]
    body = table("nl-report-voices", ["whose voice", "sentences", "share"], rows, colors=colors)
    hedged = f"{seen.hedged} of {seen.sentences} sentences are hedged (may, could, is expected to, ...)."
    return body + templates.CAPTION.substitute(text=html.escape(hedged))


def _tone_section(analysis: Analysis, seen: Overview) -> str:
    rule = LABEL_RULE
    rows = [
        ["TextBlob polarity", f"{seen.polarity:+.2f}", rule.label(seen.polarity, "textblob")],
        ["TextBlob subjectivity", f"{seen.subjectivity:.2f}", "0 fact … 1 opinion"],
        ["VADER (mean of the sentences)", f"{seen.vader:+.2f}", rule.label(seen.vader, "vader")],
        ["polarity of the reporter's words", _score(seen.narration_polarity), ""],
        ["polarity of the quoted words", _score(seen.quoted_polarity), ""],
    ]
    parts = [table("nl-report-tone", ["measure", "score", "reads"], rows)]
    sentences = analysis.article.sentences
    extremes = (("VADER's most positive", seen.most_positive), ("most negative", seen.most_negative))
    for label, number in extremes:
        if number is not None:
            text = f"{label} sentence (S{number}): {sentences[number].text}"
            parts.append(templates.CAPTION.substitute(text=html.escape(text)))
    count = seen.disagreements
    parts.append(
        templates.CAPTION.substitute(
            text=f"TextBlob and VADER disagree on {count} sentence{'' if count == 1 else 's'} "
            "(notebook 04 shows why)."
        )
    )
    return "".join(parts)


def _stance_section(analysis: Analysis, seen: Overview) -> str:
    stance = analysis.layers.get("stance")
    if stance is None or not stance.actors:
        return templates.CAPTION.substitute(text="No actor was scored for stance.")
    shown = sorted(stance.actors, key=lambda a: -a.mentions_scored)[:MAX_ACTORS_SHOWN]
    rows = [
        [a.name, f"{a.score:+.2f}", a.label,
         ", ".join(f"{v.voice_name} {v.score:+.2f}" for v in a.voices)]
        for a in shown
    ]
    body = table("nl-report-stance", ["actor", "score", "reads", "by voice"], rows)
    relations = analysis.layers.get("relations", ())
    conflict = sum(r.polarity == "conflict" for r in relations)
    cooperation = sum(r.polarity == "cooperation" for r in relations)
    summary = (
        f"{len(relations)} actor-to-actor relations: {cooperation} framed as cooperation, "
        f"{conflict} as conflict (notebook 05 shows them)."
    )
    return body + templates.CAPTION.substitute(text=html.escape(summary))


def _score(value: float | None) -> str:
    return "(no text)" if value is None else f"{value:+.2f}"


SECTIONS: list[Section] = [
    Section("article", "The article", _article_section),
    Section("actors", "Actors: who and what the story names", _actors_section),
    Section("quotes", "Quotes: who speaks", _quotes_section),
    Section("voices", "Whose voice is each sentence?", _voices_section),
    Section("tone", "Tone", _tone_section),
    Section("stance", "Stance: how each actor is positioned, and by whose voice", _stance_section),
]
"""The report's sections, in order. Append a :class:`Section` to add one to every report."""


def article_report(
    analysis: Analysis, *, sections: Sequence[Section] | None = None, jupyter: bool | None = None
) -> str | HTML:
    """An analysed article, section by section (:data:`SECTIONS` by default).

    Example:
        >>> import newslab
        >>> page = article_report(newslab.analyze(newslab.load()), jupyter=False)
        >>> page.count('class="nl-section '), "Kim Jong Un" in page
        (6, True)
    """
    return as_output(_report_html(analysis, SECTIONS if sections is None else sections), jupyter)


def _report_html(analysis: Analysis, sections: Sequence[Section]) -> str:
    seen = overview(analysis)
    blocks = [
        _SECTION.substitute(
            name=html.escape(section.name),
            title=html.escape(section.title),
            color=color_for("section", number),
            body=section.render(analysis, seen),
        )
        for number, section in enumerate(sections)
    ]
    return f'<div class="nl-report">{"".join(blocks)}</div>'


def your_article(text: str = "", *, sections: Sequence[Section] | None = None) -> ipywidgets.VBox:
    """Paste an article, press *Analyse*, and read its report (:func:`article_report`).

    Controls: ``text`` (a text area) and ``analyse`` (the button). Only a click analyses;
    an empty text, or one newslab cannot read, shows newslab's message.

    Example:
        >>> w = your_article()
        >>> w.text.value = "Rain\\n\\n\\"It is awful,\\" Ana Ruiz said."
        >>> w.analyse.click()
        >>> "Ana Ruiz" in w.view.value
        True
        >>> w.text.value = "   "
        >>> w.analyse.click()
        >>> "nl-error" in w.view.value and "empty" in w.view.value
        True
    """
    import ipywidgets

    from newslab.views.widgets import panel, stack_controls

    box = ipywidgets.Textarea(
        value=text,
        placeholder="Headline\n\nFirst paragraph of the story...\n\nSecond paragraph...",
        description="Article",
        layout=ipywidgets.Layout(width="100%", height="14em"),
    )
    button = ipywidgets.Button(description="Analyse", button_style="primary", icon="search")
    chosen = SECTIONS if sections is None else sections
    # The pane is drawn once when the widget is built: with no text yet, it shows the prompt
    # (not an "empty article" error). Every click afterwards analyses whatever is in the box.
    waiting = [not text.strip()]

    def render(values: Mapping[str, Any]) -> str:
        if waiting and waiting.pop():
            return templates.CAPTION.substitute(text=html.escape(PROMPT))
        return _report_html(_analyse(values["text"]), chosen)

    widget = panel("your-article", {"text": box, "analyse": button}, render, live=False, help_text=PROMPT)
    stack_controls(widget)
    return widget


def _analyse(text: str, name: str | None = None) -> Analysis:
    import newslab

    try:
        return newslab.analyze(text)
    except NewslabError as error:
        if name is None:
            raise
        raise NewslabError(f"{name}: {error}") from None


# ---------------------------------------------------------------- two articles side by side


def comparison_html(
    first: Analysis,
    second: Analysis,
    names: tuple[str, str] = ("Article A", "Article B"),
    *,
    chart: bool = True,
) -> str:
    """Two analysed articles side by side: a table of :func:`newslab.pipeline.overview.compare`, and a chart.

    Example:
        >>> import newslab
        >>> a = newslab.analyze("Rain\\n\\nIt rained.")
        >>> page = comparison_html(a, newslab.analyze(newslab.load()), ("rain", "Kim"), chart=False)
        >>> "United States (19)" in page, "nl-compare-table" in page
        (True, True)
    """
    first_seen, second_seen = overview(first), overview(second)
    rows = compare(first_seen, second_seen)
    cells = [[r.measure, _formatted(r, r.first), _formatted(r, r.second)] for r in rows]
    body = table("nl-compare-table", ["", names[0], names[1]], cells)
    if chart:
        from newslab.views.comparison_plots import two_articles

        body += figure_html(two_articles(first_seen, second_seen, names), "Two articles side by side")
    notes = (
        "Voices: author = the reporter's own words; quoted; reported = someone is said to have said "
        "it (said, according to); unattributed = an opinion with no owner (critics say).",
        "Shares are parts of the article's sentences (of its text, for the text inside quotes); scores "
        "run from -1 (negative) to +1 (positive), subjectivity from 0 (fact) to 1 (opinion).",
    )
    captions = "".join(templates.CAPTION.substitute(text=html.escape(n)) for n in notes)
    return f'<div class="nl-compare">{body}{captions}</div>'


def _formatted(row: ComparisonRow, value: Any) -> str:
    if value is None:
        return "(no text)"
    if row.kind == "share":
        return f"{value:.0%}"
    if row.kind == "score":
        return f"{value:+.2f}"
    if row.kind == "scale":
        return f"{value:.2f}"
    return str(value)


def figure_html(figure: Figure, description: str) -> str:
    """A matplotlib figure as an ``<img>`` (PNG inside the page), for a widget's pane.

    Example:
        >>> from newslab.views.plots import sentence_lengths
        >>> import newslab
        >>> figure_html(sentence_lengths(newslab.load()), "lengths").startswith('<img class="nl-chart"')
        True
    """
    import base64
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'<img class="nl-chart" alt="{html.escape(description)}" '
        f'src="data:image/png;base64,{data}" style="max-width: 100%">'
    )


def compare_articles(
    first: str = "", second: str = "", *, names: tuple[str, str] = ("Article A", "Article B")
) -> ipywidgets.VBox:
    """Paste two articles, press *Compare*, and see them side by side (:func:`comparison_html`).

    Controls: ``first`` and ``second`` (text areas) and ``compare`` (the button).

    Example:
        >>> w = compare_articles("Rain\\n\\nIt rained.", "Sun\\n\\nThe sun shone. It was lovely.")
        >>> "nl-compare-table" in w.view.value
        True
        >>> w.second.value = ""
        >>> w.compare.click()
        >>> "Article B: the article is empty" in w.view.value
        True
    """
    import ipywidgets

    from newslab.views.widgets import panel

    areas = {
        key: ipywidgets.Textarea(
            value=value,
            placeholder=f"{name}: headline, a blank line, then the story",
            description=name,
            layout=ipywidgets.Layout(width="48%", height="12em"),
        )
        for key, value, name in (("first", first, names[0]), ("second", second, names[1]))
    }
    button = ipywidgets.Button(description="Compare", button_style="primary", icon="columns")
    waiting = [not (first.strip() or second.strip())]  # as in your_article: a prompt, first
    prompt = "Paste an article in each box, then press Compare."

    def render(values: Mapping[str, Any]) -> str:
        if waiting and waiting.pop():
            return templates.CAPTION.substitute(text=prompt)
        one = _analyse(values["first"], names[0])
        two = _analyse(values["second"], names[1])
        return comparison_html(one, two, names)

    widget = panel("compare-articles", {**areas, "compare": button}, render, live=False, help_text=prompt)
    row = next(child for child in widget.children if "nl-controls" in child._dom_classes)
    row.layout.flex_flow = "row wrap"
    return widget

