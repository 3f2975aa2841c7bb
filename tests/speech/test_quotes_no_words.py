"""Quote marks around something no one says make no quote (ids and dates that embedded posts
leave in scraped pages, a lone account name). The whole pipeline runs on a text written here.
"""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of

import newslab

SCRAPED = (
    'The mayor answered on social media. "The bridge opens in May," Ana Lima wrote.\n\n'
    '"@lima_recife" "771204435566187520" "2016-09-01"\n\n'
    'She added that the "15% tax" was gone.\n'
)


def test_ids_dates_and_a_lone_account_name_are_no_quotes() -> None:
    quotes = quotes_of(SCRAPED)
    assert [q.quoted_text for q in quotes] == ["The bridge opens in May,", "15% tax"]
    assert quote_with(quotes, "bridge").speaker_name == "Ana Lima"


def test_the_text_around_dropped_marks_is_untouched() -> None:
    article = newslab.load_text("Title\n\n" + SCRAPED)
    assert article.text == "Title\n\n" + SCRAPED
    analysis = newslab.analyze(article, layers=["quotes"])
    assert not any("771204435566187520" in q.text for q in analysis.quotes)
    assert not analysis.quotes.stray_marks  # the marks paired cleanly; they are just not speech


def test_a_figure_someone_says_is_still_a_quote() -> None:
    quotes = quotes_of('Ana Lima named her price. "$5." Then she laughed. "100%," she said.\n')
    assert [q.quoted_text for q in quotes] == ["$5.", "100%,"]
    assert quote_with(quotes, "100%").speaker_name == "Ana Lima"
