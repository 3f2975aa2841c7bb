"""The overview gathers the layers' results; two overviews compare row by row."""

from __future__ import annotations

import pytest

import newslab
from newslab.pipeline.overview import KINDS, compare, comparison_table, overview
from newslab.speech.claims import VOICES
from newslab.teaching.examples import load_invented_example
from newslab.text.words import word_count


@pytest.fixture(scope="module")
def invented():
    return newslab.analyze(load_invented_example())


def test_the_overview_repeats_what_the_layers_found(seed_analysis):
    seen = overview(seed_analysis)
    article, tone = seed_analysis.article, seed_analysis.tone
    assert seen.title == article.title.text
    assert (seen.paragraphs, seen.sentences) == (len(article.body_paragraphs), len(article.sentences))
    assert seen.words == sum(word_count(s.text) for s in article.sentences)
    counts = [a.count for a in seen.actors]
    assert counts == sorted(counts, reverse=True)
    assert sorted(a.name for a in seen.actors) == sorted(a.name for a in seed_analysis.actors)
    assert [q.text for q in seen.quotes] == [q.quoted_text for q in seed_analysis.quotes]
    assert sum(seen.voices.values()) == seen.sentences and list(seen.voices) == list(VOICES)
    assert seen.hedged == sum(1 for c in seed_analysis.claims if c.certainty == "hedged")
    assert (seen.polarity, seen.subjectivity, seen.vader) == (
        tone.article.polarity, tone.article.subjectivity, tone.article.vader,
    )
    assert seen.narration_polarity == tone.narration.polarity
    assert seen.disagreements == len(tone.disagreements)
    assert seen.most_positive == max(tone.sentences, key=lambda s: s.vader).sentence
    assert seen.most_negative == min(tone.sentences, key=lambda s: s.vader).sentence


def test_ties_keep_the_order_of_first_mention(invented):
    seen = overview(invented)
    ones = [a.name for a in seen.actors if a.count == 1]
    first_mentions = [a.name for a in invented.actors if a.count == 1]
    assert ones == first_mentions
    assert seen.actors[0].name == "Port Ellis" and seen.top_actors(1) == "Port Ellis (2)"


def test_quotes_without_a_speaker_leave_out_suspected_narration(seed_analysis, invented):
    assert overview(invented).unattributed_quotes == 1
    seed = overview(seed_analysis)
    assert any(q.narration_suspected for q in seed.quotes)
    assert seed.unattributed_quotes == sum(
        1 for q in seed_analysis.quotes if not q.attributed and not q.narration_suspected
    )


def test_an_article_without_quotes_or_tone_words():
    seen = overview(newslab.analyze("Rain\n\nIt rained on Tuesday."))
    assert seen.quotes == () and seen.quoted_polarity is None and seen.quoted_share == 0.0
    assert seen.most_positive is None and seen.most_negative is None
    assert seen.voice_share("author") == 1.0


def test_two_articles_compare_row_by_row(seed_analysis, invented):
    first, second = overview(invented), overview(seed_analysis)
    rows = compare(first, second)
    assert all(row.kind in KINDS for row in rows)
    by_measure = {row.measure: row for row in rows}
    assert len(by_measure) == len(rows)
    assert (by_measure["sentences"].first, by_measure["sentences"].second) == (14, 23)
    assert by_measure["voice: quoted"].first == first.voice_share("quoted")
    assert by_measure["polarity (TextBlob)"].second == second.polarity
    shares = [by_measure[f"voice: {v}"].first for v in VOICES]
    assert sum(shares) == pytest.approx(1.0)
    table = comparison_table(first, second, ("invented", "bundled"))
    assert list(table.columns) == ["kind", "invented", "bundled"]
    assert table.loc["quotes", "bundled"] == len(second.quotes)
