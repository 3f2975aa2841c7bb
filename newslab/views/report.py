"""A self-contained HTML report of one analysed article: one file that opens offline anywhere.

:func:`render_report` turns an analysis (an :class:`~newslab.pipeline.analysis.Analysis` or its JSON
document) into one HTML page: the title and source, what was set aside and why, the article
with its actors marked, tables of actors, quotes and claims, the tone arc, the narration and
quoted voices, and (when the document has a ``stance`` part) the stance of each actor and
the relations between actors. Each section has a plain-language explanation beside it.
A section whose layer is missing from the document is left out.

The report renders, it never computes: every number comes from the document. Every piece
of article text (the text, title, names, quotes, cues, reasons, removed spans, the source
path) is escaped with ``html.escape``. The page has no script and loads nothing: styles are
inline, plots are inline SVG drawn by :mod:`newslab.views.plots`, and its
``Content-Security-Policy`` forbids the rest. The same document always gives the same bytes.
The skeleton, styles and explanations live in :mod:`newslab.views.report_templates`.

Example:
    >>> import newslab
    >>> page = render_report(newslab.analyze("Kim in Beijing\\n\\nKim <b>arrived</b> today."))
    >>> page.startswith("<!DOCTYPE html>"), "Kim &lt;b&gt;arrived&lt;/b&gt; today." in page
    (True, True)
"""

from __future__ import annotations

import html
import io
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslab.actors.mentions import ACTOR_KINDS
from newslab.errors import UnwritableOutputError
from newslab.views import report_templates as page_parts
from newslab.views import templates
from newslab.views.highlight import BACKGROUND_STRENGTH, highlight
from newslab.views.palette import KIND_COLORS, OKABE_ITO, tint

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from newslab.pipeline.analysis import Analysis

Document = Mapping[str, Any]

CUE_KINDS: Mapping[str, tuple[str, str]] = {
    "reporting-verb": ("reporting verb", OKABE_ITO["blue"]),
    "weasel": ("vague source", OKABE_ITO["reddish purple"]),
    "hedge": ("hedge", OKABE_ITO["orange"]),
    "quote": ("quote", OKABE_ITO["bluish green"]),
}
"""How each kind of claim cue is named and coloured (the kind as CSS class: ``_`` becomes ``-``)."""

LENSES: Mapping[str, tuple[str, str]] = {
    "textblob": ("TextBlob", OKABE_ITO["blue"]),
    "vader": ("VADER", OKABE_ITO["orange"]),
}
"""How each tone lens is named and coloured (as in the tone arc plot)."""

SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
"""Left out of every plot, so the same document gives the same bytes (and no outside address)."""


@dataclass(frozen=True)
class _Mark:
    """A span to highlight: what :func:`newslab.views.highlight.highlight` reads."""

    start: int
    end: int
    kind: str
    title: str | None = None
    label: str | None = None


def render_report(analysis: Analysis | Document) -> str:
    """The HTML report of an analysed article, as one self-contained page.

    Args:
        analysis: an :class:`~newslab.pipeline.analysis.Analysis` or its JSON document
            (``analysis.to_dict()``, or ``newslab analyze`` output read with ``json.load``).

    Returns:
        The whole HTML page; write it with :func:`write_report` or ``Path.write_text``.

    Example:
        >>> import newslab
        >>> page = render_report(newslab.analyze(newslab.load()))
        >>> 'id="actors"' in page, 'id="stance"' in page, "<script" in page
        (True, True, False)
    """
    from newslab.version import __version__

    document = analysis.to_dict() if hasattr(analysis, "to_dict") else analysis
    sections = []
    for section_id, build in SECTIONS:
        body = build(document)
        if body is not None:
            sections.append((section_id, body))
    heading = _title_text(document)
    return page_parts.PAGE.substitute(
        policy=page_parts.POLICY,
        version=_e(document.get("newslab_version") or __version__),
        title=_e(f"newslab report: {heading}"),
        css=page_parts.CSS,
        header=_header(document, heading),
        contents=page_parts.CONTENTS.substitute(
            items="".join(
                page_parts.CONTENTS_ITEM.substitute(id=i, heading=_e(page_parts.HEADINGS[i]))
                for i, _ in sections
            )
        ),
        sections="\n".join(
            page_parts.SECTION.substitute(
                id=i, heading=_e(page_parts.HEADINGS[i]), body=body,
                explain=page_parts.EXPLANATIONS[i].strip(),
            )
            for i, body in sections
        ),
        footer=page_parts.FOOTER.substitute(
            version=_e(document.get("newslab_version") or __version__), source=_e(_source(document))
        ),
    )


def write_report(analysis: Analysis | Document, path: str | os.PathLike[str]) -> Path:
    """Render the report and write it to ``path`` (UTF-8); returns the path.

    Raises:
        UnwritableOutputError: the path is a folder, its folder does not exist, or it cannot
            be written. Nothing is written when the report cannot be made.

    Example:
        >>> import newslab, tempfile
        >>> folder = tempfile.mkdtemp()
        >>> write_report(newslab.analyze("Kim in Beijing"), folder + "/r.html").stat().st_size > 1000
        True
    """
    out = check_report_path(path)
    page = render_report(analysis)
    try:
        out.write_bytes(page.encode("utf-8"))
    except OSError as error:
        raise UnwritableOutputError(f"cannot write {out}: {error.strerror or error}") from None
    return out


def check_report_path(path: str | os.PathLike[str]) -> Path:
    """Check, before any slow work, that a report can be written at ``path``; returns it as a Path.

    Raises:
        UnwritableOutputError: the path is a folder, or its folder does not exist or is not writable.

    Example:
        >>> check_report_path("no/such/folder/report.html")
        Traceback (most recent call last):
        ...
        newslab.errors.UnwritableOutputError: cannot write no/such/folder/report.html: the folder ...
    """
    out = Path(path)
    if out.is_dir():
        raise UnwritableOutputError(f"cannot write {out}: it is a folder")
    if not out.parent.is_dir():
        raise UnwritableOutputError(f"cannot write {out}: the folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UnwritableOutputError(f"cannot write {out}: permission denied")
    return out


# --- the header -------------------------------------------------------------------------


def _title_text(document: Document) -> str:
    title = document.get("title")
    return title["text"] if title else "(no headline found)"


def _source(document: Document) -> str:
    return document.get("source") or "a text given directly"


def _header(document: Document, heading: str) -> str:
    paragraphs = document.get("paragraphs", [])
    story = sum(1 for p in paragraphs if p.get("kind") == "body")
    facts = [
        ("Source", _source(document)),
        ("Characters", f"{len(document.get('text', ''))}"),
        ("Paragraphs", f"{story} in the story, {len(paragraphs)} in all"),
        ("Sentences", f"{len(document.get('sentences', []))}"),
    ]
    if document.get("encoding"):
        facts.append(("Encoding", document["encoding"]))
    warnings = "".join(f"<li>{_e(w)}</li>" for w in document.get("warnings", []))
    return page_parts.HEADER.substitute(
        title=_e(heading),
        facts="".join(page_parts.FACT.substitute(name=_e(n), value=_e(v)) for n, v in facts),
        warnings=f'<p class="nl-quiet">Warnings while reading the file:</p><ul>{warnings}</ul>'
        if warnings else "",
    )


# --- sections: each takes the document and returns its HTML, or None to leave it out ----


def _set_aside(document: Document) -> str:
    removed = document.get("removed", [])
    if not removed:
        return _none("Nothing was set aside: every paragraph after the headline is part of the story.")
    rows = [
        [_e(r["reason"]), _number_cell(f"{r['start']}–{r['end']}"), _snippet(r["text"])]
        for r in removed
    ]
    intro = _p(f"{_count(len(removed), 'piece')} of text set aside, never deleted:")
    return intro + _table("set-aside", ["Reason", "Characters", "The text set aside"], rows)


def _items(document: Document, layer: str) -> list[Any]:
    """The items of one layer's part of the document (an empty list when the layer did not run)."""
    return list((document.get(layer) or {}).get("items") or [])


def _article_text(document: Document) -> str:
    text = document["text"]
    actors = _items(document, "actors")
    marks = sorted(
        (
            _Mark(m["start"], m["end"], a["kind"], title=f"{a['name']} ({a['kind']}) · {m['rule']}")
            for a in actors
            for m in a["mentions"]
        ),
        key=lambda m: (m.start, -m.end),
    )
    removed = [
        _Mark(r["start"], r["end"], "removed", title=r["reason"], label="set aside")
        for r in document.get("removed", [])
    ]
    blocks = []
    position = 0
    for index, paragraph in enumerate(document.get("paragraphs", [])):
        start, end = paragraph["start"], paragraph["end"]
        while position < len(marks) and marks[position].end <= start:
            position += 1
        inside = [m for m in _takewhile_starting_before(marks, position, end) if m.end > start]
        inside += [r for r in removed if r.start < end and r.end > start]
        body = highlight(text, inside, within=(start, end), jupyter=False)
        blocks.append(page_parts.PARAGRAPH.substitute(kind=_e(paragraph["kind"]), index=index, body=body))
    kinds = [k for k in ACTOR_KINDS if any(a["kind"] == k for a in actors)]
    keys = [(k, k, KIND_COLORS[k]) for k in kinds] + [("removed", "set aside", KIND_COLORS["removed"])]
    legend = _legend(keys)
    if not actors:
        legend = _none("No actors were found in this article.") + legend
    return legend + f'<div class="nl-article">{"".join(blocks)}</div>'


def _actors(document: Document) -> str | None:
    if "actors" not in document:
        return None
    actors = _items(document, "actors")
    if not actors:
        return _none("No people, countries, organisations, places or media were found.")
    quoted = _quotes_by_speaker(document)
    rows = []
    for actor in actors:
        first = min(actor["mentions"], key=lambda m: m["start"])
        where = "headline" if first["sentence"] < 0 else f"sentence {first['sentence']}"
        name = _e(actor["name"])
        if actor["discovered"]:
            name += ' <span class="nl-quiet">(discovered)</span>'
        count = quoted.get(actor["id"], 0)
        rows.append([
            name,
            _swatch(actor["kind"]),
            _number_cell(str(actor["count"])),
            f'{where}: <span class="nl-snippet">“{_e(first["text"])}”</span>',
            _yes_no(count > 0, f"yes, {_count(count, 'quote')}", "no"),
        ])
    intro = _p(f"{_count(len(actors), 'actor')}, in the order they first appear.")
    return intro + _table("actors", ["Actor", "Kind", "Mentions", "First mention", "Quoted"], rows)


def _quotes(document: Document) -> str | None:
    if "quotes" not in document:
        return None
    items = _items(document, "quotes")
    counts = document["quotes"]["counts"]
    parts = []
    if not items:
        parts.append(_none("No direct quotes (text in quote marks with a speaker) were found."))
    else:
        parts.append(_p(
            f"{_count(counts['quotes'], 'quote')}: {counts['with_speaker']} with a speaker, "
            f"{counts['without_speaker']} without one, {counts['narration_suspected']} suspected narration."
        ))
        rows = []
        for quote in items:
            words = " … ".join(p["text"] for p in quote["parts"])
            speaker = _e(quote["speaker_name"] or "")
            if not quote["speaker_name"]:
                speaker = '<span class="nl-quiet">none named</span>'
            mention = quote.get("speaker_mention")
            if mention and mention["text"] != quote["speaker_name"]:
                speaker += f' <span class="nl-quiet">(written “{_e(mention["text"])}”)</span>'
            cue = quote.get("cue")
            why = _e(quote["why"]) + "".join(f"<br>⚠ {_e(p)}" for p in quote.get("problems", []))
            if quote.get("partial"):
                why = "<em>A fragment inside the reporter's sentence.</em> " + why
            rows.append([
                _number_cell(str(quote["id"])),
                f'<span class="nl-snippet">“{_e(words)}”</span>',
                speaker,
                _e(cue["text"]) if cue else '<span class="nl-quiet">none</span>',
                _yes_no(quote["attributed"], "yes", "no"),
                _yes_no(not quote["narration_suspected"], "no", "suspected"),
                f'<span class="nl-quiet">{why}</span>',
            ])
        columns = ["#", "Quote", "Speaker", "Cue", "Attributed", "Narration?", "Why"]
        parts.append(_table("quotes", columns, rows))
    stray = document["quotes"].get("stray_marks", [])
    if stray:
        rows = [[_number_cell(str(s["start"])), f'<span class="nl-snippet">{_e(s["text"])}</span>',
                 _e(s["reason"])] for s in stray]
        parts.append("<h3>Quote marks that could not be paired</h3>")
        parts.append(_table("stray-marks", ["Character", "Mark", "Why it was left alone"], rows))
    return "".join(parts)


def _claims(document: Document) -> str | None:
    if "claims" not in document:
        return None
    claims = _items(document, "claims")
    if not claims:
        return _none("The article has no sentences to read as claims.")
    text = document["text"]
    voices = ("author", "quoted", "reported", "unattributed")
    tally = document["claims"]["counts"]
    counts = ", ".join(f"{tally[v]} {v}" for v in voices)
    hedged = tally["hedged"]
    colors = {kind: color for kind, (_, color) in CUE_KINDS.items()}
    rows = []
    for claim in claims:
        cues = [
            _Mark(c["start"], c["end"], _css_kind(c["kind"]), label=_cue_name(c["kind"]))
            for c in claim["cues"]
        ]
        sentence = highlight(text, cues, colors=colors, within=(claim["start"], claim["end"]), jupyter=False)
        voice = _e(claim["voice"])
        if claim.get("source_name"):
            voice += f'<br><span class="nl-quiet">{_e(claim["source_name"])}</span>'
        rows.append([
            _number_cell(str(claim["sentence"])),
            sentence,
            voice,
            _yes_no(claim["certainty"] == "asserted", "asserted", "hedged"),
            f'<span class="nl-quiet">{_e(claim["why"])}</span>',
        ])
    legend = _legend([(kind, name, color) for kind, (name, color) in CUE_KINDS.items()])
    intro = _p(f"{_count(len(claims), 'sentence')}: {counts}; {hedged} hedged.")
    columns = ["#", "The sentence, with the words that decided", "Voice", "Certainty", "Why"]
    return intro + legend + _table("claims", columns, rows)


def _tone(document: Document) -> str | None:
    tone = document.get("tone")
    if not tone:
        return None
    from newslab.views.tone_plots import tone_arc

    article = tone["article"]
    columns = ["The whole story", "TextBlob polarity", "TextBlob subjectivity", "VADER"]
    numbers = _table("tone-article", columns, [[
        "all body sentences",
        _number_cell(_signed(article["polarity"])),
        _number_cell(f"{article['subjectivity']:.2f}"),
        _number_cell(_signed(article["vader"])),
    ]])
    figure = _figure(
        tone_arc(document), "tone-arc",
        "Tone of each sentence: TextBlob polarity (dots) and VADER (squares), their moving averages "
        "(lines); shaded sentences are where the two disagree.",
    )
    disagreements = [s for s in tone["items"] if s["disagreement"]]
    rows = [[
        _number_cell(str(s["sentence"])),
        _reasons_highlighted(document["text"], s)
        + f'<span class="nl-quiet">{_e(s["disagreement_reason"] or "")}</span>',
        _number_cell(_signed(s["polarity"])),
        _number_cell(_signed(s["vader"])),
    ] for s in disagreements]
    parts = [numbers, figure, "<h3>Where the two lenses disagree</h3>"]
    if rows:
        parts.append(_legend([(lens, name, color) for lens, (name, color) in LENSES.items()]))
        parts.append(_table("disagreements", ["#", "The sentence, with the words each lens scored",
                                               "Polarity", "VADER"], rows))
    else:
        parts.append(_none("The two lenses agree on every sentence."))
    misread: dict[str, tuple[list[str], list[int]]] = {}
    for sentence in tone["items"]:
        for reason in sentence["reasons"]:
            if reason.get("misread_hint"):
                words, numbers_ = misread.setdefault(reason["misread_hint"], ([], []))
                _append_new(words, reason["text"])
                _append_new(numbers_, sentence["sentence"])
    if misread:
        parts.append("<h3>News words the lexicons may misread</h3>")
        parts.append(_table("misread", ["Words", "Sentences", "Why the score may mislead"], [
            [_snippet(", ".join(words)), _e(", ".join(str(n) for n in numbers_)), _e(hint)]
            for hint, (words, numbers_) in misread.items()
        ]))
    return "".join(parts)


def _voices(document: Document) -> str | None:
    tone = document.get("tone")
    if not tone or "voices" not in tone:
        return None
    from newslab.views.tone_plots import voices as voice_tones

    total = sum(v["characters"] for v in tone["voices"].values()) or 1
    rows = []
    names = {"narration": "narration (outside quote marks)", "quoted": "quoted (inside quote marks)"}
    for key, name in names.items():
        voice = tone["voices"][key]
        rows.append([
            _e(name),
            _number_cell(f"{voice['characters']} ({100 * voice['characters'] / total:.0f}%)"),
            _number_cell(str(voice["pieces"])),
            _number_cell(str(voice["sentences"])),
            _number_cell(_signed(voice["polarity"])),
            _number_cell("—" if voice["subjectivity"] is None else f"{voice['subjectivity']:.2f}"),
            _number_cell(_signed(voice["vader"])),
        ])
    table = _table("voices", ["Voice", "Characters", "Pieces", "Sentences", "Polarity", "Subjectivity",
                              "VADER"], rows)
    figure = _figure(voice_tones(document), "voices",
                     "The same three scores for the narration and for the quoted words.")
    return table + figure


def _stance(document: Document) -> str | None:
    stance = document.get("stance")
    if not isinstance(stance, Mapping):
        return None
    from newslab.views.plots import stance_by_voice, voice_name

    actors = _items(document, "stance")
    parts = []
    if actors:
        parts.append(_figure(stance_by_voice(document), "stance",
                             "Each actor's stance score in each voice (bars) and overall (diamond)."))
        rows = []
        for actor in actors:
            voices = "<br>".join(
                f'<span class="nl-nowrap">{_e(voice_name(v))}: {_e(_signed(v["score"]))}</span>'
                f' <span class="nl-quiet">({_e(v["label"])})</span>'
                for v in actor["voices"]
            )
            evidence = actor["evidence"]
            shown = "".join(
                f'<br><span class="nl-snippet">{_e(_evidence_text(e))}</span>' for e in evidence[:3]
            )
            rows.append([
                _e(actor["name"]),
                _e(actor["label"]),
                _number_cell(_signed(actor["score"])),
                voices or '<span class="nl-quiet">none</span>',
                f"{_count(len(evidence), 'piece')}{shown}",
            ])
        parts.append(_table("stance", ["Actor", "Stance", "Score", "By voice", "Evidence"], rows))
    else:
        parts.append(_none("No actor has a stance in this article."))
    relations = _items(document, "relations")
    parts.append("<h3>Relations between actors</h3>")
    if relations:
        sentences = {s["id"]: s["text"] for s in document.get("sentences", [])}
        rows = []
        for relation in relations:
            sentence = relation["sentence"]
            unnamed = relation["target_mention"]
            rows.append([
                _e(relation["source_name"]),
                _snippet(relation["verb"]["text"]),
                _e(relation["target_name"] or (f"“{unnamed['text']}”" if unnamed else "?")),
                _e(f'{relation["polarity"]} ({_signed(relation["score"])})'),
                f'{sentence}: <span class="nl-snippet">{_e(sentences[sentence])}</span>',
            ])
        parts.append(_table("relations", ["Source", "Verb", "Target", "Polarity", "Sentence"], rows))
    else:
        parts.append(_none("No sentence links two actors by a verb."))
    return "".join(parts)


SECTIONS: tuple[tuple[str, Callable[[Document], str | None]], ...] = (
    ("set-aside", _set_aside),
    ("text", _article_text),
    ("actors", _actors),
    ("quotes", _quotes),
    ("claims", _claims),
    ("tone", _tone),
    ("voices", _voices),
    ("stance", _stance),
)
"""The report's sections in order: (id, a function of the document giving its HTML or None)."""


# --- small pieces -----------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value))


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _none(text: str) -> str:
    return page_parts.NONE.substitute(text=_e(text))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _signed(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return "—" if value is None else str(value)
    if isinstance(value, (int, float)):
        return f"{value:+.2f}"
    return str(value)


def _number_cell(text: str) -> str:
    return f'<td class="nl-number">{_e(text)}</td>'

def _yes_no(good: bool, yes: str, no: str) -> str:
    return f'<span class="nl-yes">{_e(yes)}</span>' if good else f'<span class="nl-no">{_e(no)}</span>'


def _snippet(text: str) -> str:
    return f'<span class="nl-snippet">{_e(text)}</span>'


def _swatch(kind: str) -> str:
    color = KIND_COLORS.get(kind, OKABE_ITO["black"])
    return (f'<span style="border-bottom: 3px solid {color}; background: '
            f'{tint(color, BACKGROUND_STRENGTH)}; padding: 0 0.3em">{_e(kind)}</span>')


def _table(name: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f'<th scope="col">{_e(c)}</th>' for c in columns)
    body = "".join(
        "<tr>" + "".join(cell if cell.startswith("<td") else f"<td>{cell}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return page_parts.TABLE.substitute(name=name, head=head, rows=body)


def _legend(items: Sequence[tuple[str, str, str]]) -> str:
    return templates.LEGEND.substitute(items="".join(
        templates.LEGEND_ITEM.substitute(kind=kind, name=_e(name), color=color,
                                         background=tint(color, BACKGROUND_STRENGTH))
        for kind, name, color in items
    ))


def _css_kind(kind: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")


def _cue_name(kind: str) -> str:
    return CUE_KINDS.get(_css_kind(kind), (kind, ""))[0]


def _reasons_highlighted(text: str, sentence: Mapping[str, Any]) -> str:
    marks = [
        _Mark(r["start"], r["end"], _css_kind(r["lens"]), label=f"{_signed(r['value'])}",
              title=f"{LENSES.get(r['lens'], (r['lens'],))[0]}: {r['word']} {_signed(r['value'])}"
              + (f" ({r['effect']})" if r.get("effect") else ""))
        for r in sentence["reasons"]
        if r["value"]
    ]
    colors = {lens: color for lens, (_, color) in LENSES.items()}
    return highlight(text, marks, colors=colors, within=(sentence["start"], sentence["end"]), jupyter=False)


def _append_new(values: list, value: object) -> None:
    if value not in values:
        values.append(value)


def _evidence_text(evidence: Mapping[str, Any]) -> str:
    """One scored mention as a reader sees it: the mention, its label, the words that decided."""
    words = ", ".join(phrase["text"] for phrase in evidence["phrases"][:3])
    decided = f": {words}" if words else ""
    return f'{evidence["mention"]["text"]} ({evidence["label"]}){decided}'



def _quotes_by_speaker(document: Document) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quote in (document.get("quotes") or {}).get("items", []):
        if quote.get("speaker"):
            counts[quote["speaker"]] = counts.get(quote["speaker"], 0) + 1
    return counts


def _takewhile_starting_before(marks: Sequence[_Mark], position: int, end: int) -> Iterable[_Mark]:
    while position < len(marks) and marks[position].start < end:
        yield marks[position]
        position += 1


def _figure(figure: Figure | None, name: str, caption: str) -> str:
    if figure is None:
        return _none("Nothing to plot.")
    return page_parts.FIGURE.substitute(name=name, label=_e(caption), svg=inline_svg(figure, name),
                                        caption=_e(caption))


def inline_svg(figure: Figure, name: str) -> str:
    """A matplotlib figure as an ``<svg>`` element to put inside an HTML page, the same every time.

    The SVG has its text as text (``svg.fonttype`` ``none``: searchable, no embedded font), no
    date or other metadata, no XML prologue and no namespace addresses (HTML does not need them),
    and ids made from ``name`` (``nl-<name>-...``), so several plots can share one page.

    Example:
        >>> import newslab
        >>> from newslab.views.tone_plots import voices
        >>> svg = inline_svg(voices(newslab.analyze(newslab.load())), "voices")
        >>> svg.startswith("<svg"), "http" in svg, 'id="nl-voices-figure_1"' in svg
        (True, False, True)
    """
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": f"newslab-{name}", "svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg", metadata=SVG_METADATA)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg, count=2)
    svg = svg.replace('<style type="text/css">*{', '<style type="text/css">.nl-figure svg *{')
    return re.sub(r'(\bid="|href="#|url\(#)', lambda m: f"{m.group(1)}nl-{name}-", svg).strip()
