"""THE TABLE: which widget of which notebook is checked, and how. Add a notebook's checks here.

Every notebook in ``notebooks/`` is opened and run in JupyterLab and in the app without any entry
here; a row adds an interaction check on one widget, found by its ``nl-`` CSS class, e.g.::

    Check("01_reading_the_article.ipynb", "nl-article-browser", slider_changes_what_is_shown),

A check is a function of one argument, the Playwright locator of that widget (already visible).
It acts with the helpers in ``widgets.py`` and asserts with Playwright's ``expect``, which waits
for the kernel's answer. It runs once in JupyterLab and once in the app (``in_app=False`` to skip
the app). See ``tests/browser/README.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator, expect

from .widgets import (
    choose,
    click,
    drag_slider,
    press_slider,
    shown_text,
    slider_value,
    type_text,
    wait_until_text_changes,
)


@dataclass(frozen=True)
class Check:
    """One interaction check: in ``notebook``, the widget with ``widget_class`` passes ``run``."""

    notebook: str
    widget_class: str
    run: Callable[[Locator], None]
    in_app: bool = True

    @property
    def id(self) -> str:
        """The test id: notebook, widget class and check name."""
        return f"{self.notebook.removesuffix('.ipynb')}:{self.widget_class}:{self.run.__name__}"


# --- Checks any notebook can reuse --------------------------------------------------------------


def slider_changes_what_is_shown(widget: Locator) -> None:
    """Moving the widget's slider one step changes its readout and the text the widget shows."""
    before_value, before_text = slider_value(widget), shown_text(widget)
    assert before_text, "the widget shows no text"
    press_slider(widget, "ArrowRight")
    if slider_value(widget) == before_value:  # it was at the end already
        press_slider(widget, "ArrowLeft")
    assert slider_value(widget) != before_value, "the slider did not move"
    wait_until_text_changes(widget, before_text)


def shows_text(widget: Locator) -> None:
    """The widget shows some text (for widgets that only display)."""
    assert shown_text(widget), "the widget shows nothing"


# --- Checks of the course notebooks ------------------------------------------------------------
# Each works out what the widget should show from newslab itself, on the bundled article.


def _seed_analysis():
    import newslab

    return newslab.analyze(newslab.load())


def article_browser_shows_the_chosen_paragraph(widget: Locator) -> None:
    """Moving the slider two steps right shows the third story paragraph, and back shows the first."""
    import newslab

    paragraphs = newslab.load().body_paragraphs
    pane = widget.locator(".nl-view")
    expect(pane).to_contain_text(paragraphs[0].text[:60])
    press_slider(widget, "ArrowRight", times=2)
    expect(pane).to_contain_text(paragraphs[2].text[:60])
    expect(pane).not_to_contain_text(paragraphs[0].text[:60])
    assert slider_value(widget) == "3"
    press_slider(widget, "Home")
    expect(pane).to_contain_text(paragraphs[0].text[:60])


_MARKED_TEXTS = """element => [...element.querySelectorAll('.nl-mark-mention')].map(mark => {
    const copy = mark.cloneNode(true);
    copy.querySelectorAll('.nl-label').forEach(label => label.remove());
    return copy.textContent;
})"""


def picking_an_actor_highlights_its_mentions(widget: Locator) -> None:
    """Choosing Xi Jinping, then Donald Trump, highlights exactly that actor's mentions."""
    from newslab.actors import actor_named

    actors = _seed_analysis().actors
    for name in ("Xi Jinping", "Donald Trump"):
        actor = actor_named(actors, name)
        wanted = [m.text for m in sorted(actor.mentions, key=lambda m: m.start)]
        choose(widget, name)
        marks = widget.locator(".nl-mark-mention")
        expect(marks).to_have_count(len(wanted))
        expect(widget.locator(".nl-view .nl-caption")).to_contain_text(f"{name} · {actor.kind}")
        assert widget.evaluate(_MARKED_TEXTS) == wanted
        expect(widget.locator(".nl-table-mentions .nl-row")).to_have_count(len(wanted))


def filtering_claims_by_voice_keeps_only_that_voice(widget: Locator) -> None:
    """Choosing a voice leaves only its claims, in article order; "every voice" brings them all back.

    It ends on the reported claims, the view the screenshot keeps.
    """
    from newslab.views.widgets import VOICE_OPTIONS

    claims = _seed_analysis().claims
    voice_box = widget.locator(".nl-claim-filter-voice")
    shown = widget.locator(".nl-claim")
    expect(shown).to_have_count(len(claims))
    reported = next(option for option in VOICE_OPTIONS if option[1] == "reported")
    for label, voice in [*VOICE_OPTIONS[1:], VOICE_OPTIONS[0], reported]:
        wanted = [str(c.sentence) for c in claims if voice in ("all", c.voice)]
        choose(voice_box, label)
        expect(shown).to_have_count(len(wanted))
        if voice != "all":
            expect(widget.locator(f".nl-claim:not(.nl-claim-{voice})")).to_have_count(0)
        assert [shown.nth(i).get_attribute("data-nl-sentence") for i in range(len(wanted))] == wanted


def picking_an_actor_shows_its_stance_evidence(widget: Locator) -> None:
    """Choosing China, then Donald Trump, shows exactly that actor's scored mentions, in order."""
    stance = _seed_analysis().stance
    blocks = widget.locator(".nl-stance-evidence")
    for actor_id in ("china", "donald-trump"):
        actor = stance.actor(actor_id)
        choose(widget, actor.name)
        expect(widget.locator(".nl-view .nl-caption")).to_contain_text(f"{actor.name} · {actor.kind}")
        expect(blocks).to_have_count(len(actor.evidence))
        shown = [
            (blocks.nth(i).get_attribute("data-nl-sentence"), blocks.nth(i).get_attribute("data-nl-mention"))
            for i in range(len(actor.evidence))
        ]
        assert shown == [(str(e.sentence), e.mention.text) for e in actor.evidence]
        expect(widget.locator(".nl-table-stance-voices .nl-row")).to_have_count(len(actor.voices))


# --- Checks of the harness's own fixture notebook (tests/browser/fixtures/widget_demo.ipynb) -----


def demo_browser_follows_the_slider(widget: Locator) -> None:
    """Keys and the mouse move the paragraph slider, and the pane shows that paragraph, escaped."""
    pane = widget.locator(".nl-demo-paragraph")
    expect(pane).to_contain_text("1 of 20: Kim flew to Dalian")
    press_slider(widget, "ArrowRight", times=2)
    expect(pane).to_contain_text("3 of 20: The surprise visit")
    assert slider_value(widget) == "3"
    drag_slider(widget, 1.0)
    expect(pane).to_contain_text("20 of 20:")
    assert slider_value(widget) == "20"
    drag_slider(widget, 0.0)
    expect(pane).to_contain_text("1 of 20:")


def demo_form_counts_what_is_typed(widget: Locator) -> None:
    """Typing, choosing and clicking give the count; empty text gives newslab's message, not a crash."""
    result = widget.locator(".nl-demo-result")
    type_text(widget, "One. Two. Three.")
    click(widget, "Count")
    expect(result).to_have_text("3 sentences")
    choose(widget, "paragraphs")
    type_text(widget, "First paragraph.\n\nSecond paragraph.")
    click(widget)
    expect(result).to_have_text("2 paragraphs")
    type_text(widget, "   ")
    click(widget)
    expect(result).to_contain_text("empty")


# --- Checks of notebooks 04 (tone) and 06 (your article) -----------------------------------------


def explorer_shows_the_chosen_sentence_and_its_scores(widget: Locator) -> None:
    """Moving the sentence slider shows that sentence, its scores and its reasons (bundled article)."""
    import newslab

    analysis = newslab.analyze(newslab.load())
    scores = widget.locator(".nl-tone-scores")
    expect(widget.locator(".nl-view")).to_contain_text("Sentence 0 (article.sentences[0])")
    before = scores.inner_text()
    press_slider(widget, "ArrowRight", times=3)
    assert slider_value(widget) == "3"
    reading = analysis.tone.sentences[3]
    expect(widget.locator(".nl-view")).to_contain_text("Sentence 3 (article.sentences[3])")
    expect(widget.locator(".nl-tone-reasons")).to_contain_text(reading.reasons[-1].text)
    expect(scores).to_contain_text(f"{reading.vader:+.2f}")
    assert scores.inner_text() != before
    expect(widget.locator(".nl-tone-disagreement")).to_contain_text("The lenses disagree")
    expect(widget.locator(".nl-mark-vader").first).to_be_visible()


PASTED_ARTICLE = (
    "Tram plan splits the city\n\n"
    'Critics say the tram may cost too much. Mayor Ana Ruiz said the tram was "a wonderful step".\n\n'
    '"We cannot afford it," said Tomas Berg, who runs a shop on the route.'
)


def pasted_article_shows_its_actors_and_quotes(widget: Locator) -> None:
    """An empty box gives a message; a pasted article gives its actors and quotes with their speakers."""
    type_text(widget, "   ")
    click(widget, "Analyse")
    expect(widget.locator(".nl-error")).to_contain_text("the article is empty")
    type_text(widget, PASTED_ARTICLE)
    click(widget, "Analyse")
    actors = widget.locator(".nl-section-actors")
    expect(actors).to_contain_text("Ana Ruiz")
    expect(actors).to_contain_text("Tomas Berg")
    quotes = widget.locator(".nl-section-quotes")
    expect(quotes).to_contain_text("We cannot afford it")
    expect(quotes).to_contain_text("Tomas Berg")
    expect(widget.locator(".nl-report-title")).to_have_text("Tram plan splits the city")
    expect(widget.locator(".nl-error")).to_have_count(0)


def labeller_compares_the_labels_with_both_lenses(widget: Locator) -> None:
    """Labelling two sentences and pressing Compare shows the labels and the agreement tables."""
    choices = widget.locator(".nl-human-labeller-choice")
    expect(choices).to_have_count(10)
    choices.nth(0).get_by_role("button", name="neutral").click()
    choices.nth(9).get_by_role("button", name="positive").click()
    click(widget, "Compare")
    agreement = widget.locator(".nl-human-agreement")
    expect(agreement).to_contain_text("You and VADER")
    expect(agreement).to_contain_text("2 of 2")
    expect(widget.locator(".nl-human-result")).to_contain_text("You left 8 sentences without a label")


# --- The table -----------------------------------------------------------------------------------

# Course notebooks, by file name in notebooks/.
CHECKS: list[Check] = [
    Check("01_reading_the_article.ipynb", "nl-article-browser", article_browser_shows_the_chosen_paragraph),
    Check("02_actors.ipynb", "nl-actor-picker", picking_an_actor_highlights_its_mentions),
    Check("03_quotes_and_claims.ipynb", "nl-claim-filter", filtering_claims_by_voice_keeps_only_that_voice),
    # notebook 05
    Check("05_stance.ipynb", "nl-stance-picker", picking_an_actor_shows_its_stance_evidence),
    # notebooks 04 and 06
    Check("04_tone.ipynb", "nl-sentence-explorer", explorer_shows_the_chosen_sentence_and_its_scores),
    Check("04_tone.ipynb", "nl-human-labeller", labeller_compares_the_labels_with_both_lenses, in_app=False),
    Check("06_your_article.ipynb", "nl-your-article", pasted_article_shows_its_actors_and_quotes),
]

# The harness's own fixture notebooks, by file name in tests/browser/fixtures/.
FIXTURE_CHECKS: list[Check] = [
    Check("widget_demo.ipynb", "nl-demo-browser", demo_browser_follows_the_slider),
    Check("widget_demo.ipynb", "nl-demo-form", demo_form_counts_what_is_typed),
    Check("widget_demo.ipynb", "nl-demo-browser", slider_changes_what_is_shown, in_app=False),
]
