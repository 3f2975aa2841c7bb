"""The article with an actor's mentions, the quotes or the claims on it: exact, escaped, filtered."""

from __future__ import annotations

import re
from html import unescape

import pytest

import newslab
from newslab.actors import actor_named
from newslab.speech.claims import VOICES
from newslab.views.annotations import CUE_NAMES, claims_view, mentions_view, quotes_view
from newslab.views.palette import KIND_COLORS

HOSTILE = newslab.Article.from_text(
    'Kim <b>visits</b>\n\n<script>alert(1)</script> Mr Kim met Xi & left. "We <i>won</i>," Kim said. '
    "Critics say it <u>may</u> fail."
)


def marked(parsed, kind: str) -> list[str]:
    """The text of each mark of ``kind``, in page order."""
    numbers = [m["data-nl-span"] for m in parsed.marks if m["class"] == f"nl-mark nl-mark-{kind}"]
    return ["".join(parsed.pieces[n]) for n in dict.fromkeys(numbers)]


def table_rows(page: str) -> list[list[str]]:
    """The cells of each ``nl-row`` of a table, as text."""
    rows = re.findall(r'<tr class="nl-row">(.*?)</tr>', page)
    return [[unescape(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in rows]


@pytest.mark.parametrize("name", ["Kim Jong Un", "United States", "Xi Jinping", "Dalian"])
def test_mentions_view_marks_exactly_the_actors_mentions_with_their_rules(seed_analysis, read_html, name):
    actor = actor_named(seed_analysis.actors, name)
    page = mentions_view(seed_analysis.article, actor, jupyter=False)
    parsed = read_html(page)
    mentions = sorted(actor.mentions, key=lambda m: m.start)
    assert marked(parsed, "mention") == [m.text for m in mentions]
    titles = [m["title"] for m in parsed.marks if m["class"] == "nl-mark nl-mark-mention"]
    assert titles == [f"{n}: {m.rule}" for n, m in enumerate(mentions, start=1)]
    numbers = [label for label in parsed.labels if label != "set aside"]
    assert numbers == [str(n) for n in range(1, len(mentions) + 1)]
    expected_rows = [
        [str(n), "headline" if m.sentence < 0 else f"sentence {m.sentence}", m.text, m.rule]
        for n, m in enumerate(mentions, start=1)
    ]
    assert table_rows(page) == expected_rows
    assert f"{actor.name} · {actor.kind} · named" in page
    assert ("not in the catalog" in page) == actor.discovered


def test_mentions_view_shows_the_whole_text_with_the_set_aside_parts_marked(seed_analysis, read_html):
    kim = actor_named(seed_analysis.actors, "Kim")
    parsed = read_html(mentions_view(seed_analysis.article, kim, jupyter=False))
    article = seed_analysis.article
    assert article.text in "".join(parsed.text)
    assert marked(parsed, "removed") == [r.text.strip() for r in article.removed]
    assert f"border-bottom: 2px solid {KIND_COLORS['person']}" in parsed.marks[0]["style"]


def test_mentions_view_escapes_the_article():
    analysis = newslab.analyze(HOSTILE)
    page = mentions_view(HOSTILE, actor_named(analysis.actors, "Kim"), jupyter=False)
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;visits&lt;/b&gt;" in page


def test_quotes_view_labels_each_quote_with_its_speaker(seed_analysis, read_html):
    quotes = seed_analysis.quotes
    parsed = read_html(quotes_view(seed_analysis.article, quotes, jupyter=False))
    expected = []
    for q in quotes:
        who = "narration?" if q.narration_suspected else (q.speaker_name or "no speaker")
        expected.append(f"Q{q.id} · {who}")
    assert parsed.labels == expected
    shown = marked(parsed, "quote") + marked(parsed, "narration")
    assert sorted(shown) == sorted(q.text for q in quotes)
    assert marked(parsed, "narration") == [q.text for q in quotes if q.narration_suspected]
    verbs = marked(parsed, "reporting-verb")
    assert verbs == [q.cue.text for q in quotes if q.cue is not None]
    quote_classes = ("nl-mark nl-mark-quote", "nl-mark nl-mark-narration")
    titles = {m["title"] for m in parsed.marks if m["class"] in quote_classes}
    assert titles == {q.why for q in quotes}


def test_quotes_view_can_show_only_some_paragraphs(seed_analysis, read_html):
    article = seed_analysis.article
    parsed = read_html(quotes_view(article, seed_analysis.quotes, sentences=(19, 20), jupyter=False))
    paragraph = article.paragraphs[article.sentences[19].paragraph]
    assert "".join(parsed.text).endswith(paragraph.text)
    assert [label.split(" · ")[0] for label in parsed.labels] == ["Q2", "Q3"]
    with pytest.raises(ValueError, match="numbered 0 to 22"):
        quotes_view(article, seed_analysis.quotes, sentences=(20, 23), jupyter=False)


@pytest.mark.parametrize("voice", ["all", *VOICES])
@pytest.mark.parametrize("certainty", ["all", "asserted", "hedged"])
def test_claims_view_shows_only_the_chosen_voice_and_certainty(seed_analysis, voice, certainty):
    claims = seed_analysis.claims
    page = claims_view(seed_analysis.article, claims, voice=voice, certainty=certainty, jupyter=False)
    wanted = [c for c in claims if voice in ("all", c.voice) and certainty in ("all", c.certainty)]
    shown = re.findall(r'<div class="nl-claim nl-claim-(\w+) nl-claim-(\w+)" data-nl-sentence="(\d+)"', page)
    assert shown == [(c.voice, c.certainty, str(c.sentence)) for c in wanted]
    assert f"{len(wanted)} of {len(claims)} sentences" in page
    if not wanted:
        assert "No sentence of this article has this voice and certainty." in page


def test_claims_view_highlights_each_cue_and_gives_the_reason(seed_analysis, read_html):
    claim = seed_analysis.claims[3]
    page = claims_view(seed_analysis.article, [claim], jupyter=False)
    parsed = read_html(page)
    for kind in ("weasel", "hedge"):
        assert marked(parsed, kind) == [c.text for c in claim.cues if c.kind == kind]
    assert "widely seen" in marked(parsed, "weasel")
    titles = {m["data-nl-span"]: m["title"] for m in parsed.marks}  # a cut mark has several pieces
    assert list(titles.values()) == [f"{CUE_NAMES[c.kind]}: {c.text}" for c in claim.cues]
    assert "why: unattributed: &#x27;widely seen&#x27; names no one" in page
    assert page.count("nl-legend-item") == len(CUE_NAMES)


def test_claims_view_escapes_the_article():
    analysis = newslab.analyze(HOSTILE)
    page = claims_view(HOSTILE, analysis.claims, jupyter=False)
    assert "<script" not in page and "<i>" not in page and "<u>" not in page
    assert "&lt;u&gt;" in page and "&lt;/u&gt;" in page
    assert "<u>" not in page


def test_views_are_html_objects_in_jupyter(seed_analysis):
    from IPython.display import HTML

    article, claims = seed_analysis.article, seed_analysis.claims
    shown = claims_view(article, claims, voice="quoted", jupyter=True)
    assert isinstance(shown, HTML)
    assert shown.data == claims_view(article, claims, voice="quoted", jupyter=False)
