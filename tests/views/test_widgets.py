"""Widgets driven from Python: set a control, click a button, read what the pane shows."""

from __future__ import annotations

import html
import re

import ipywidgets
import pytest

import newslab
from newslab.actors.mentions import Actor, Mention
from newslab.errors import NewslabError
from newslab.speech.claims import VOICES
from newslab.views.widgets import actor_picker, article_browser, claim_filter, panel


def body_indexes(article: newslab.Article) -> list[int]:
    return [i for i, p in enumerate(article.paragraphs) if p.kind == "body"]


def test_browser_shows_each_story_paragraph_with_numbered_sentences(seed, read_html):
    browser = article_browser(seed)
    assert browser.slider.min == 1 and browser.slider.max == len(seed.body_paragraphs)
    for position, index in enumerate(body_indexes(seed), start=1):
        browser.slider.value = position
        shown = read_html(browser.view.value)
        paragraph = seed.paragraphs[index]
        sentences = [s for s in seed.sentences if s.paragraph == index]
        caption, body = "".join(shown.text).split(paragraph.text[:20], 1)
        assert f"Paragraph {position} of {len(seed.body_paragraphs)} in the story" in caption
        assert f"article.paragraphs[{index}]" in caption
        assert paragraph.text[:20] + body == paragraph.text
        assert shown.labels == [f"S{s.id}" for s in sentences]
        assert [m["class"] for m in shown.marks] == ["nl-mark nl-mark-sentence"] * len(sentences)
        assert [m["title"].split(" · ")[0] for m in shown.marks] == [
            f"article.sentences[{s.id}]" for s in sentences
        ]


def test_browser_toggle_steps_through_the_set_aside_text_with_its_reason(seed, read_html):
    browser = article_browser(seed)
    browser.slider.value = 3  # the third story paragraph: article.paragraphs[4]
    browser.show_removed.value = True
    assert browser.slider.max == len(seed.paragraphs)
    assert browser.slider.value == 5  # the same paragraph, now counted with the others
    assert "article.paragraphs[4]" in browser.view.value
    browser.slider.value = 2
    shown = read_html(browser.view.value)
    assert shown.labels == ["set aside: repeated headline"]
    assert shown.marks[0]["class"] == "nl-mark nl-mark-removed"
    assert shown.marks[0]["title"] == "repeated headline"
    browser.slider.value = len(seed.paragraphs)
    assert "Related Articles" in "".join(read_html(browser.view.value).text)
    browser.slider.value = 1
    assert read_html(browser.view.value).labels == ["headline"]
    browser.show_removed.value = False  # from the headline to the first story paragraph
    assert browser.slider.value == 1 and browser.slider.max == len(seed.body_paragraphs)
    assert "Paragraph 1 of" in browser.view.value


def test_browser_escapes_the_article_text(read_html):
    text = 'Title\n\n<script>alert("x")</script> Kim <img src=x onerror=alert(1)> arrived.'
    browser = article_browser(newslab.Article.from_text(text))
    assert "<script" not in browser.view.value and "<img" not in browser.view.value
    assert html.escape('<img src=x onerror=alert(1)>') in browser.view.value
    assert text.split("\n\n")[1] in "".join(read_html(browser.view.value).text)


def test_browser_has_stable_classes(seed):
    browser = article_browser(seed)
    assert {"nl-widget", "nl-article-browser"} <= set(browser._dom_classes)
    assert "nl-article-browser-slider" in browser.slider._dom_classes
    assert "nl-article-browser-show_removed" in browser.show_removed._dom_classes
    assert "nl-view" in browser.view._dom_classes
    assert browser.controls == {"slider": browser.slider, "show_removed": browser.show_removed}


def test_panel_redraws_on_each_change_and_shows_errors_as_messages():
    def render(values):
        if not values["word"].strip():
            raise NewslabError("type a <word> first")
        return f"<p>{html.escape(values['word'])}</p>"

    widget = panel("echo", {"word": ipywidgets.Text(value="", description="Word")}, render)
    assert 'class="nl-error"' in widget.view.value and "type a &lt;word&gt; first" in widget.view.value
    widget.word.value = "Kim"
    assert widget.view.value == "<p>Kim</p>"


def test_panel_that_is_not_live_redraws_only_on_a_click():
    calls = []

    def render(values):
        calls.append(values["text"])
        return f"<p>{len(values['text'])}</p>"

    widget = panel(
        "paste",
        {"text": ipywidgets.Textarea(value="ab"), "button": ipywidgets.Button(description="Go")},
        render,
        live=False,
        help_text="Paste <your> article",
    )
    widget.text.value = "abcd"
    assert widget.view.value == "<p>2</p>"
    widget.button.click()
    assert widget.view.value == "<p>4</p>" and calls == ["ab", "abcd"]
    assert "Paste &lt;your&gt; article" in widget.children[0].value


def test_panel_refuses_keys_that_would_hide_the_box_attributes():
    with pytest.raises(ValueError, match="cannot name a control"):
        panel("bad", {"children": ipywidgets.Text()}, lambda values: "")
    with pytest.raises(ValueError, match="cannot name a control"):
        panel("bad", {"not a name": ipywidgets.Text()}, lambda values: "")


def test_browser_needs_story_paragraphs():
    title_only = newslab.Article.from_text("Kim in Beijing\n\nKim in Beijing")
    assert not title_only.body_paragraphs  # a headline and its repeat
    with pytest.raises(NewslabError, match="no paragraphs"):
        article_browser(title_only)


# ---------------------------------------------------------------- the actor picker (notebook 02)


def mention_marks(page: str, read) -> list[str]:
    parsed = read(page)
    numbers = [m["data-nl-span"] for m in parsed.marks if m["class"] == "nl-mark nl-mark-mention"]
    return ["".join(parsed.pieces[n]) for n in dict.fromkeys(numbers)]


def test_actor_picker_lists_the_actors_most_named_first(seed_analysis):
    picker = actor_picker(seed_analysis)
    ranked = sorted(seed_analysis.actors, key=lambda a: -a.count)
    assert [value for _, value in picker.actor.options] == [a.id for a in ranked]
    assert [label for label, _ in picker.actor.options] == [a.name for a in ranked]
    assert picker.actor.value == ranked[0].id
    assert {"nl-widget", "nl-actor-picker"} <= set(picker._dom_classes)
    assert "nl-actor-picker-actor" in picker.actor._dom_classes


def test_picking_an_actor_highlights_its_mentions_and_no_other(seed_analysis, read_html):
    picker = actor_picker(seed_analysis)
    for actor in seed_analysis.actors:
        picker.actor.value = actor.id
        mentions = sorted(actor.mentions, key=lambda m: m.start)
        assert mention_marks(picker.view.value, read_html) == [m.text for m in mentions]
        assert picker.view.value.count('<tr class="nl-row">') == actor.count
        assert f"{html.escape(actor.name)} · {actor.kind}" in picker.view.value


def test_actor_picker_tells_actors_of_the_same_name_apart_and_needs_actors():
    article = newslab.Article.from_text("Georgia\n\nGeorgia voted. Georgia Smith met Georgia.")
    start = article.sentences[1].text.rindex("Georgia") + article.sentences[1].start
    country = Mention(article.sentences[0].start, article.sentences[0].start + 7, "Georgia", "georgia", 0)
    state = Mention(start, start + 7, "Georgia", "georgia-us", 1)
    actors = (
        Actor("georgia", "Georgia", "country", (country,)),
        Actor("georgia-us", "Georgia", "place", (state,)),
    )
    picker = actor_picker(newslab.Analysis(article, {"actors": actors}))
    assert [label for label, _ in picker.actor.options] == ["Georgia (country)", "Georgia (place)"]
    picker.actor.value = "georgia-us"
    assert "Georgia · place · named once, in 1 sentence" in picker.view.value
    empty = newslab.analyze(newslab.Article.from_text("weather\n\nit rained all day and then it stopped."))
    with pytest.raises(NewslabError, match="no actors"):
        actor_picker(empty)


# ---------------------------------------------------------------- the claim filter (notebook 03)


def claims_shown(page: str) -> list[tuple[str, str, int]]:
    found = re.findall(r'<div class="nl-claim nl-claim-(\w+) nl-claim-(\w+)" data-nl-sentence="(\d+)"', page)
    return [(voice, certainty, int(sentence)) for voice, certainty, sentence in found]


def test_claim_filter_starts_with_every_claim(seed_analysis):
    claims = seed_analysis.claims
    widget = claim_filter(seed_analysis)
    assert [c[2] for c in claims_shown(widget.view.value)] == [c.sentence for c in claims]
    assert {"nl-widget", "nl-claim-filter"} <= set(widget._dom_classes)
    assert "nl-claim-filter-voice" in widget.voice._dom_classes
    assert "nl-claim-filter-certainty" in widget.certainty._dom_classes
    assert [value for _, value in widget.voice.options] == ["all", *VOICES]


@pytest.mark.parametrize("voice", VOICES)
def test_filtering_by_voice_shows_only_those_claims(seed_analysis, voice):
    widget = claim_filter(seed_analysis)
    widget.voice.value = voice
    expected = [(c.voice, c.certainty, c.sentence) for c in seed_analysis.claims if c.voice == voice]
    assert expected and claims_shown(widget.view.value) == expected
    widget.certainty.value = "hedged"
    assert claims_shown(widget.view.value) == [e for e in expected if e[1] == "hedged"]
    widget.voice.value = "all"
    hedged = [(c.voice, c.certainty, c.sentence) for c in seed_analysis.claims if c.certainty == "hedged"]
    assert claims_shown(widget.view.value) == hedged


def test_claim_filter_says_when_nothing_matches():
    article = newslab.Article.from_text("Rain\n\nIt rained. Then it stopped.")
    widget = claim_filter(newslab.analyze(article))
    widget.voice.value = "quoted"
    assert claims_shown(widget.view.value) == []
    assert "0 of 2 sentences" in widget.view.value and "No sentence" in widget.view.value
