"""Notebook widgets (ipywidgets) for exploring an article and its analyses.

Every widget is built by :func:`panel`, the common base: a row of labelled controls above an
HTML pane. The pane's text is made by a plain function of the controls' values, so what a
widget shows can be tested without a browser: set a control's value (or ``click()`` a
button) from Python, then read ``widget.view.value``.

A widget built by :func:`panel` is an ``ipywidgets.VBox`` with

- the CSS classes ``nl-widget`` and ``nl-<name>``;
- each control as an attribute under its key (``widget.slider``), with the classes
  ``nl-control`` and ``nl-<name>-<key>``; the row of controls has ``nl-controls``;
- ``widget.view``: the ``ipywidgets.HTML`` pane (class ``nl-view``);
- ``widget.controls``: the controls by key, and ``widget.refresh()`` to redraw.

A :class:`~newslab.errors.NewslabError` raised while drawing (say, an empty pasted article)
is shown in the pane as a message (class ``nl-error``), never as a traceback.

Example:
    >>> import ipywidgets
    >>> from newslab.views.widgets import panel
    >>> w = panel("echo", {"box": ipywidgets.Text(description="Say")},
    ...           lambda values: f"<p>{values['box']}</p>")
    >>> w.box.value = "hello"
    >>> w.view.value
    '<p>hello</p>'
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newslab.errors import NewslabError
from newslab.views import templates
from newslab.views.highlight import highlight

if TYPE_CHECKING:
    import ipywidgets

    from newslab.pipeline.analysis import Analysis
    from newslab.text.article import Article, Paragraph, Sentence

Render = Callable[[Mapping[str, Any]], str]
"""Turns the controls' current values (by key) into the HTML of the pane."""


def panel(
    name: str,
    controls: Mapping[str, ipywidgets.Widget],
    render: Render,
    *,
    live: bool = True,
    help_text: str | None = None,
) -> ipywidgets.VBox:
    """Build a newslab widget: labelled controls above an HTML pane drawn by ``render``.

    Args:
        name: the widget's name, used in its CSS classes (``nl-<name>``).
        controls: the controls by key, in display order; give each a ``description`` (its
            label). Each becomes an attribute of the widget under its key.
        render: a function from the controls' values (``{key: control.value}``, buttons
            left out) to the pane's HTML; it must escape any article text it shows.
        live: redraw whenever a control's value changes. With ``live=False`` only a click on
            a button redraws (for slow work, such as analysing a pasted article).
        help_text: a line of plain text shown above the controls (escaped).

    Raises:
        ValueError: a key is not a Python name, or would hide an attribute of the box.

    Example:
        >>> import ipywidgets
        >>> w = panel("count", {"n": ipywidgets.IntSlider(value=2, description="n")},
        ...           lambda values: "x" * values["n"])
        >>> w.n.value = 5
        >>> w.view.value, sorted(w._dom_classes)
        ('xxxxx', ['nl-count', 'nl-widget'])
    """
    import ipywidgets

    view = ipywidgets.HTML().add_class("nl-view")
    row = ipywidgets.HBox(list(controls.values())).add_class("nl-controls")
    children = [row, view]
    if help_text:
        help_html = templates.CAPTION.substitute(text=html.escape(help_text))
        children.insert(0, ipywidgets.HTML(help_html).add_class("nl-help"))
    box = ipywidgets.VBox(children).add_class("nl-widget").add_class(f"nl-{name}")
    for key, control in controls.items():
        if not key.isidentifier() or hasattr(box, key):
            raise ValueError(f"{key!r} cannot name a control: choose another key")
        control.add_class("nl-control").add_class(f"nl-{name}-{key}")
        setattr(box, key, control)

    def refresh(*_: Any) -> None:
        values = {key: c.value for key, c in controls.items() if hasattr(c, "value")}
        try:
            view.value = render(values)
        except NewslabError as error:
            view.value = templates.ERROR.substitute(text=html.escape(str(error)))

    for control in controls.values():
        if isinstance(control, ipywidgets.Button):
            control.on_click(refresh)
        elif live:
            control.observe(refresh, names="value")
    box.view = view
    box.controls = dict(controls)
    box.refresh = refresh
    refresh()
    return box


def article_browser(article: Article) -> ipywidgets.VBox:
    """Browse an article paragraph by paragraph, with its sentences highlighted and numbered.

    Controls: ``slider`` (which paragraph, counted from 1) and ``show_removed`` (a checkbox:
    also step through the headline and the text set aside, each highlighted with the reason).
    Each sentence's tag ``S<n>`` is its id: ``article.sentences[n]``.

    Example:
        >>> import newslab
        >>> w = article_browser(newslab.load())
        >>> w.slider.value = 2
        >>> "Paragraph 2 of 20" in w.view.value, w.view.value.count("nl-mark-sentence")
        (True, 2)
        >>> w.show_removed.value = True
        >>> w.slider.value = 2
        >>> "repeated headline" in w.view.value
        True
    """
    import ipywidgets

    if not article.body_paragraphs:
        raise NewslabError("this article has no paragraphs of story text to browse")
    slider = ipywidgets.IntSlider(
        value=1,
        min=1,
        max=len(_shown_paragraphs(article, show_removed=False)),
        description="Paragraph",
    )
    show_removed = ipywidgets.Checkbox(value=False, description="show set-aside text", indent=False)

    def keep_place(change: Mapping[str, Any]) -> None:
        before = _shown_paragraphs(article, show_removed=change["old"])
        after = _shown_paragraphs(article, show_removed=change["new"])
        current = before[slider.value - 1]
        following = [i for i in after if i >= current] or [after[-1]]
        slider.max = max(slider.max, len(after))
        slider.value = after.index(following[0]) + 1
        slider.max = len(after)

    show_removed.observe(keep_place, names="value")
    return panel(
        "article-browser",
        {"slider": slider, "show_removed": show_removed},
        lambda values: _browser_html(article, values["slider"], show_removed=values["show_removed"]),
        help_text="Drag the slider to move through the article, one paragraph at a time.",
    )


def _shown_paragraphs(article: Article, *, show_removed: bool) -> list[int]:
    return [i for i, p in enumerate(article.paragraphs) if show_removed or p.kind == "body"]


def _browser_html(article: Article, position: int, *, show_removed: bool) -> str:
    shown = _shown_paragraphs(article, show_removed=show_removed)
    index = shown[position - 1]
    paragraph = article.paragraphs[index]
    where = f"article.paragraphs[{index}] · characters {paragraph.start}–{paragraph.end}"
    if paragraph.kind == "body":
        body_number = _shown_paragraphs(article, show_removed=False).index(index) + 1
        heading = f"Paragraph {body_number} of {len(article.body_paragraphs)} in the story"
        if show_removed:
            heading += f" ({position} of {len(shown)} with the headline and the set-aside text)"
        sentences = [s for s in article.sentences if s.paragraph == index]
        heading += f" · {len(sentences)} sentence{'s' if len(sentences) != 1 else ''}"
        body = _sentences_html(article, sentences, paragraph)
    else:
        heading, body = _set_aside_html(article, paragraph)
    caption = templates.CAPTION.substitute(text=html.escape(f"{heading} · {where}"))
    return caption + body


def _sentences_html(article: Article, sentences: list[Sentence], paragraph: Paragraph) -> str:
    from newslab.text.words import word_count

    return str(
        highlight(
            article.text,
            sentences,
            labels=[f"S{s.id}" for s in sentences],
            titles=[f"article.sentences[{s.id}] · {word_count(s.text)} words" for s in sentences],
            within=(paragraph.start, paragraph.end),
            jupyter=False,
        )
    )


def _set_aside_html(article: Article, paragraph: Paragraph) -> tuple[str, str]:
    if paragraph.kind == "title":
        heading = "The headline (not part of the sentences analysed)"
        spans = [article.title] if article.title else []
        labels = ["headline"] * len(spans)
    else:
        spans = [r for r in article.removed if r.overlaps(paragraph)]
        reasons = "; ".join(r.reason for r in spans)
        heading = f"Set aside: {reasons}"
        labels = [f"set aside: {r.reason}" for r in spans]
    body = highlight(
        article.text, spans, labels=labels, within=(paragraph.start, paragraph.end), jupyter=False
    )
    return heading, str(body)


# ---------------------------------------------------------------- notebook 02: actors


def actor_dropdown(actors: Sequence[tuple[str, str, str]]) -> ipywidgets.Dropdown:
    """A dropdown of actors given as ``(id, name, kind)``; its value is the id.

    A name shared by two actors is followed by the actor's kind, so the two can be told apart.

    Example:
        >>> actor_dropdown([("china", "China", "country"), ("lu", "Lu", "person")]).options
        (('China', 'china'), ('Lu', 'lu'))
    """
    import ipywidgets

    names = [name for _, name, _ in actors]
    options = [(name if names.count(name) == 1 else f"{name} ({kind})", key) for key, name, kind in actors]
    return ipywidgets.Dropdown(options=options, value=actors[0][0], description="Actor")


def actor_picker(analysis: Analysis) -> ipywidgets.VBox:
    """Pick an actor; see every mention of it highlighted in the article, with the rule that matched.

    Control: ``actor``, a dropdown of the actors (most named first, as in
    :func:`newslab.views.plots.mention_counts`); its value is the actor's id. The pane is
    :func:`newslab.views.annotations.mentions_view`: the mentions numbered in the text (rest the
    mouse on one for its rule) and a table of them.

    Raises:
        NewslabError: the actors layer found no actor in the article.

    Example:
        >>> import newslab
        >>> w = actor_picker(newslab.analyze(newslab.load()))
        >>> w.actor.value = "xi-jinping"
        >>> w.view.value.count("nl-mark-mention"), "Xi Jinping · person · named 3 times" in w.view.value
        (3, True)
    """

    from newslab.views.annotations import mentions_view

    actors = sorted(analysis.actors, key=lambda a: -a.count)
    if not actors:
        raise NewslabError("newslab found no actors in this article, so there is no actor to pick")
    by_id = {actor.id: actor for actor in actors}
    dropdown = actor_dropdown([(actor.id, actor.name, actor.kind) for actor in actors])
    return panel(
        "actor-picker",
        {"actor": dropdown},
        lambda values: str(mentions_view(analysis.article, by_id[values["actor"]], jupyter=False)),
        help_text="Pick an actor: each time the article names it is highlighted and numbered. "
        "Rest the mouse on a highlight, or read the table, for the rule that matched.",
    )


# ---------------------------------------------------------------- notebook 03: claims

VOICE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("every voice", "all"),
    ("author: the reporter", "author"),
    ("quoted: in quote marks", "quoted"),
    ("reported: X says that ...", "reported"),
    ("unattributed: no one named", "unattributed"),
)
"""The voice dropdown of :func:`claim_filter`: (label shown, value)."""

CERTAINTY_OPTIONS: tuple[tuple[str, str], ...] = (
    ("asserted or hedged", "all"),
    ("asserted", "asserted"),
    ("hedged", "hedged"),
)
"""The certainty dropdown of :func:`claim_filter`: (label shown, value)."""


def claim_filter(analysis: Analysis) -> ipywidgets.VBox:
    """Show the claims (one a sentence) of a chosen voice and certainty, with their cues highlighted.

    Controls: ``voice`` and ``certainty``, two dropdowns (:data:`VOICE_OPTIONS`,
    :data:`CERTAINTY_OPTIONS`; ``"all"`` keeps everything). The pane is
    :func:`newslab.views.annotations.claims_view`: how many sentences match, a key of the cue
    colours, then each matching sentence with its voice, certainty, source, cues and reason.

    Example:
        >>> import newslab
        >>> w = claim_filter(newslab.analyze(newslab.load()))
        >>> w.voice.value = "unattributed"
        >>> w.view.value.count('<div class="nl-claim '), "widely seen" in w.view.value
        (1, True)
    """
    import ipywidgets

    from newslab.views.annotations import claims_view

    voice = ipywidgets.Dropdown(options=list(VOICE_OPTIONS), value="all", description="Voice")
    certainty = ipywidgets.Dropdown(options=list(CERTAINTY_OPTIONS), value="all", description="Certainty")
    return panel(
        "claim-filter",
        {"voice": voice, "certainty": certainty},
        lambda values: str(
            claims_view(
                analysis.article, analysis.claims, voice=values["voice"], certainty=values["certainty"],
                jupyter=False,
            )
        ),
        help_text="Choose a voice and a certainty: only the sentences that have both are shown, "
        "with the words that decided highlighted (rest the mouse on them).",
    )


# ---------------------------------------------------------------- added for notebooks 04 and 06


def stack_controls(widget: ipywidgets.VBox) -> None:
    """Put the controls of a :func:`panel` under each other instead of side by side.

    For widgets whose controls are long (a list of sentences to label, a text area).

    Example:
        >>> import ipywidgets
        >>> w = panel("two", {"a": ipywidgets.Text(), "b": ipywidgets.Text()}, lambda values: "")
        >>> stack_controls(w)
        >>> w.children[0].layout.flex_flow
        'column'
    """
    controls = next(child for child in widget.children if "nl-controls" in child._dom_classes)
    controls.layout.flex_flow = "column"
    controls.layout.align_items = "stretch"
