"""The benchmark article generator: deterministic, varied, news-like, and analysable."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import newslab

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import generate_article, generate_articles  # noqa: E402

VERBS = "said|told|added|warned|insisted|argued|claimed|noted"
ATTRIBUTED_QUOTE = re.compile(rf"[,.][\"\u201d] (said \w+|\w+ ({VERBS}))")


def test_the_same_seed_gives_the_same_articles():
    assert generate_articles(5, seed=3) == generate_articles(5, seed=3)
    assert generate_articles(5, seed=3) != generate_articles(5, seed=4)
    assert len(set(generate_articles(20))) == 20


def test_articles_look_like_news_and_are_analysable():
    articles = [newslab.Article.from_text(text) for text in generate_articles(30)]
    texts = [a.text for a in articles]
    assert all(a.title is not None and 15 <= len(a.sentences) <= 80 for a in articles)
    assert sum(bool(ATTRIBUTED_QUOTE.search(t)) for t in texts) >= 25
    assert any("that" in t and " would " in t for t in texts)  # reported speech
    assert any(re.search(r"\b(may|could|might|is likely to)\b", t) for t in texts)  # hedges
    reasons = {r.reason.split(":")[0] for a in articles for r in a.removed}
    assert reasons == {"repeated headline", "site boilerplate"}


def test_a_longer_article_keeps_the_style():
    short, long = generate_article(0, seed=4, paragraphs=15), generate_article(0, seed=4, paragraphs=150)
    assert 8 < len(long) / len(short) < 12
    assert long.split("\n")[0] == short.split("\n")[0]
