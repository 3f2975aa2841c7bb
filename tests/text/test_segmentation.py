"""Sentence boundaries where news needs them: titles, initials, numbers, quotations, ellipses,
datelines; and the splitter's cost, which must stay linear in the length of a paragraph."""

from __future__ import annotations

import time

import pytest

import newslab
from newslab.text.segmentation import sentence_bounds


def sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, through the real article loader."""
    article = newslab.Article.from_text("Headline of the story\n\n" + paragraph)
    return [sentence.text for sentence in article.sentences]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # titles and abbreviations before names never end a sentence
        ("Gov. Chris Christie met Sen. Ted Cruz and Mr. Lee. They talked.",
         ["Gov. Chris Christie met Sen. Ted Cruz and Mr. Lee.", "They talked."]),
        ("Lt. Gen. H.R. McMaster spoke to Dr. Kim, a U.N. envoy, in Austin, Tex., on Jan. 5.",
         ["Lt. Gen. H.R. McMaster spoke to Dr. Kim, a U.N. envoy, in Austin, Tex., on Jan. 5."]),
        # initials
        ("President George W. Bush met J.R.R. Smith. They spoke.",
         ["President George W. Bush met J.R.R. Smith.", "They spoke."]),
        # U.S. inside a sentence, and at the end of one before a word that starts sentences
        ("The U.S. Senate voted. Talks ended in the U.S. The envoy flew home.",
         ["The U.S. Senate voted.", "Talks ended in the U.S.", "The envoy flew home."]),
        ("Shares of Acme Corp. rose. He works for Acme Inc. The firm grew.",
         ["Shares of Acme Corp. rose.", "He works for Acme Inc.", "The firm grew."]),
        # numbers and money
        ("The deal is worth $1.5 billion, or 3.5 per cent of output. It was signed at No. 10.",
         ["The deal is worth $1.5 billion, or 3.5 per cent of output.", "It was signed at No. 10."]),
        ("She has $100.00. It is in her bag. They met at 5 p.m. on Friday.",
         ["She has $100.00.", "It is in her bag.", "They met at 5 p.m. on Friday."]),
        # quotations: a quote and its attribution stay one sentence; two quotes are two
        ('"We waited. Then we left," she said. "It is over."',
         ['"We waited. Then we left," she said.', '"It is over."']),
        ("\u201cWe will win.\u201d \u201cIt is over,\u201d Kim said.",
         ["\u201cWe will win.\u201d", "\u201cIt is over,\u201d Kim said."]),
        ("\u201cIt is not fair,\u2019\u201d Moore told the jury. He sat down.",
         ["\u201cIt is not fair,\u2019\u201d Moore told the jury.", "He sat down."]),
        ('She turned to him, "This is great." She held the book.',
         ['She turned to him, "This is great."', "She held the book."]),
        ('Someone shouted "Shame!" and several people walked out.',
         ['Someone shouted "Shame!" and several people walked out.']),
        ("He teaches science (He worked for 5 years as an engineer.) at the university.",
         ["He teaches science (He worked for 5 years as an engineer.) at the university."]),
        # ellipses and dashes
        ("Prices rose 3.5 per cent... Then they fell. I wasn't really ... well, sure.",
         ["Prices rose 3.5 per cent...", "Then they fell.", "I wasn't really ... well, sure."]),
        ("SAN JOSE, Calif. - Shares of Acme rose 11 percent. He left \u2014 quickly. Then he came back.",
         ["SAN JOSE, Calif.", "- Shares of Acme rose 11 percent.", "He left \u2014 quickly.",
          "Then he came back."]),
        # a line break ends a sentence; invisible characters do not hide a full stop
        ("Talks resume;\nBoth sides meet.", ["Talks resume;", "Both sides meet."]),
        ("The minister arrived in Valdora.\u200b \u200bShe spoke.",
         ["The minister arrived in Valdora.", "She spoke."]),
    ],
)
def test_news_boundaries(paragraph, expected):
    assert sentences(paragraph) == expected


def test_the_seed_keeps_its_23_sentences(seed):
    texts = [sentence.text for sentence in seed.sentences]
    assert len(texts) == 23
    assert texts[0].startswith("Kim flew to Dalian in May")
    assert texts[6].endswith("to push the U.S.to make concessions in nuclear talks.")


def test_spans_point_into_the_text():
    text = 'A headline\n\nMr. Kim said: "We waited. Then we left." Gov. Lee agreed.\nNext line.'
    article = newslab.Article.from_text(text)
    assert [s.text for s in article.sentences] == [
        'Mr. Kim said: "We waited. Then we left."', "Gov. Lee agreed.", "Next line."
    ]
    assert all(text[s.start : s.end] == s.text for s in article.sentences)


def test_cost_grows_linearly_with_a_paragraph():
    clause = 'Mr. Kim met Gov. Lee in the U.S. on Jan. 5. "We waited. Then we left," he said. '

    def seconds(times: int) -> float:
        text = clause * times
        start = time.process_time()
        assert len(sentence_bounds(text, 0, len(text))) == 2 * times
        return time.process_time() - start

    seconds(10)  # load the model
    short = min(seconds(50) for _ in range(3))
    long = min(seconds(500) for _ in range(2))
    assert long < 25 * short
