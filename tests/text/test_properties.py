"""Property-based checks: spans stay exact on arbitrary Unicode text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslab
from newslab.errors import NewslabError

PIECES = st.sampled_from(
    ["\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u200b", '"', "\u201c", "\u201d", "\u2018",
     "'", ".", "U.S.", "Mr.", "Related Articles", "Advertisement", "Kim said.", "\U0001F600",
     "\u05e9\u05dc\u05d5\u05dd", "?", "!"]
)
TEXTS = st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_span_cuts_exactly_its_text(text):
    try:
        article = newslab.Article.from_text(text)
    except NewslabError:
        return
    assert article.text == text
    spans = [*article.paragraphs, *article.sentences, *article.removed]
    if article.title:
        spans.append(article.title)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for sentence in article.sentences:
        assert sentence.text.strip() == sentence.text and sentence.text
