"""The report of any article, the paste-and-analyse widget, two articles side by side."""

from __future__ import annotations

import html

import pytest
from matplotlib.colors import to_hex

import newslab
from newslab.pipeline.overview import overview
from newslab.speech.claims import VOICES
from newslab.teaching.examples import load_invented_example
from newslab.views.comparison_plots import VOICE_COLORS, two_articles
from newslab.views.your_article import (
    SECTIONS,
    Section,
    article_report,
    compare_articles,
    comparison_html,
    your_article,
)

PASTED = (
    "Mayor backs tram plan\n\n"
    'Critics say it may cost too much. Mayor Ana Ruiz said the tram was "a great step for the city".\n\n'
    '"We cannot afford it," said Tomas Berg, a local shop owner.'
)
HOSTILE = 'T <b>x</b>\n\n"<script>alert(1)</script> is fine," said Eve <img src=x> Mallory. It was good.'


@pytest.fixture(scope="module")
def invented():
    return newslab.analyze(load_invented_example())


def sections_of(page: str) -> list[str]:
    return [part.split('"')[0] for part in page.split('class="nl-section nl-section-')[1:]]


def test_the_report_has_every_section_in_order(invented, read_tables):
    page = article_report(invented, jupyter=False)
    names = ["article", "actors", "quotes", "voices", "tone", "stance"]
    assert sections_of(page) == [s.name for s in SECTIONS] == names
    tables = read_tables(page)
    seen = overview(invented)
    actors = tables["nl-report-actors"][1:]
    assert [(r[0], r[1], int(r[2])) for r in actors] == [(a.name, a.kind, a.count) for a in seen.actors]
    quotes = tables["nl-report-quotes"][1:]
    assert [row[0] for row in quotes] == [q.speaker or "(nobody named)" for q in seen.quotes]
    assert [row[1] for row in quotes] == [f"\u201c{q.text}\u201d" for q in seen.quotes]
    voices = tables["nl-report-voices"][1:]
    assert [int(row[1]) for row in voices] == [seen.voices[v] for v in VOICES]
    tone = {row[0]: row[1] for row in tables["nl-report-tone"][1:]}
    assert tone["TextBlob polarity"] == f"{seen.polarity:+.2f}"
    assert tone["VADER (mean of the sentences)"] == f"{seen.vader:+.2f}"
    stance = tables["nl-report-stance"][1:]
    scored = sorted(invented.stance.actors, key=lambda a: -a.mentions_scored)
    assert [(r[0], r[1], r[2]) for r in stance] == [(a.name, f"{a.score:+.2f}", a.label) for a in scored]


def test_the_report_escapes_the_article():
    page = article_report(newslab.analyze(HOSTILE), jupyter=False)
    assert "<script>" not in page and "<img" not in page and "<b>x" not in page
    assert html.escape("<script>alert(1)</script>") in page


def test_a_section_can_be_added(invented):
    extra = Section("count", "Count", lambda analysis, seen: f"<p>{seen.sentences} read</p>")
    page = article_report(invented, sections=[*SECTIONS, extra], jupyter=False)
    assert sections_of(page)[-1] == "count" and "<p>14 read</p>" in page
    assert "nl-section-count" not in article_report(invented, jupyter=False)


def test_pasting_an_article_and_pressing_analyse_shows_its_report(read_tables):
    widget = your_article()
    assert {"nl-widget", "nl-your-article"} <= set(widget._dom_classes)
    assert "nl-your-article-text" in widget.text._dom_classes
    assert "nl-your-article-analyse" in widget.analyse._dom_classes
    assert "press Analyse" in widget.view.value and "nl-error" not in widget.view.value
    widget.text.value = PASTED
    assert "Ana Ruiz" not in widget.view.value  # only a click analyses
    widget.analyse.click()
    tables = read_tables(widget.view.value)
    assert {"Ana Ruiz", "Tomas Berg"} <= {row[0] for row in tables["nl-report-actors"][1:]}
    assert [(row[0], row[1]) for row in tables["nl-report-quotes"][1:]] == [
        ("Ana Ruiz", "\u201ca great step for the city\u201d"),
        ("Tomas Berg", "\u201cWe cannot afford it,\u201d"),
    ]
    assert widget.view.value == str(article_report(newslab.analyze(PASTED), jupyter=False))


def test_an_empty_or_unreadable_text_shows_a_message_not_a_traceback():
    widget = your_article(PASTED)
    assert "Ana Ruiz" in widget.view.value  # given text is analysed at once
    widget.text.value = "  \n "
    widget.analyse.click()
    assert 'class="nl-error"' in widget.view.value and "the article is empty" in widget.view.value
    widget.text.value = ""
    widget.analyse.click()
    assert "the article is empty" in widget.view.value


def test_two_articles_side_by_side(invented, seed_analysis, read_tables):
    page = comparison_html(invented, seed_analysis, ("coal", "Kim"), chart=False)
    rows = read_tables(page)["nl-compare-table"]
    assert rows[0] == ["", "coal", "Kim"]
    table = {row[0]: row[1:] for row in rows[1:]}
    assert table["sentences"] == ["14", "23"]
    assert table["quotes"] == [str(len(invented.quotes)), str(len(seed_analysis.quotes))]
    assert table["voice: author"] == [f"{overview(invented).voice_share('author'):.0%}", "57%"]
    assert table["subjectivity (TextBlob)"][1] == f"{seed_analysis.tone.article.subjectivity:.2f}"
    assert "nl-chart" not in page
    assert comparison_html(invented, seed_analysis).count('<img class="nl-chart"') == 1


def test_the_compare_widget_names_the_article_it_cannot_read(read_tables):
    widget = compare_articles()
    assert {"nl-widget", "nl-compare-articles"} <= set(widget._dom_classes)
    assert "press Compare" in widget.view.value
    widget.first.value = PASTED
    widget.compare.click()
    assert "Article B: the article is empty" in widget.view.value
    widget.second.value = "Rain\n\nIt rained all day."
    widget.compare.click()
    rows = {row[0]: row[1:] for row in read_tables(widget.view.value)["nl-compare-table"][1:]}
    assert rows["headline"] == ["Mayor backs tram plan", "Rain"]
    assert "<img" in widget.view.value


def test_the_comparison_plot_shows_each_articles_voice_mix_and_tone(invented, seed_analysis):
    first, second = overview(invented), overview(seed_analysis)
    voices, tone = two_articles(first, second, ("coal", "Kim")).axes
    assert voices.get_title() == "Whose voice is each sentence?"
    assert voices.get_xlabel() == "Share of the article's sentences" and voices.get_ylabel() == "Article"
    assert [t.get_text() for t in voices.get_yticklabels()] == ["coal", "Kim"]
    bars = voices.patches
    assert len(bars) == 2 * len(VOICES)
    for number, voice in enumerate(VOICES):
        pair = bars[2 * number : 2 * number + 2]
        shares = [first.voice_share(voice), second.voice_share(voice)]
        assert [b.get_width() for b in pair] == pytest.approx(shares)
        assert {to_hex(b.get_facecolor()).upper() for b in pair} == {VOICE_COLORS[voice]}
    assert tone.get_title() == "Tone" and tone.get_ylabel() == "Score"
    assert [b.get_height() for b in tone.patches] == [
        first.polarity, first.subjectivity, first.vader, second.polarity, second.subjectivity, second.vader,
    ]
