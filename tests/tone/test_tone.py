"""The tone layer: exact lens numbers, reasons as spans, disagreement, voices, arc, document."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, normalize

import newslab
from newslab.text.spans import Span
from newslab.tone.layer import ARC_WINDOW, DISAGREEMENT, analyze_tone, run, summarize
from newslab.tone.lenses import read_textblob, score_tokens, token_spans
from newslab.tone.quoted import find_quoted_stretches, sentence_pieces

VADER = SentimentIntensityAnalyzer()

EXTRA_SENTENCES = [
    "The talks were not good.",
    "It was a terribly clever attack.",
    "Kim said the summit was VERY good, but the risk remains!",
    "Nobody was hurt, and the crowd was not unhappy at all :)",
    "Is this really the best deal they could get??",
    "The kind of support they offered was hardly a success.",
]


def article_of(*sentences: str) -> newslab.Article:
    """An article with a headline and one paragraph per sentence."""
    return newslab.Article.from_text("Headline of the story\n\n" + "\n\n".join(sentences))


@pytest.fixture(scope="module")
def tone(seed):
    return analyze_tone(seed)


@pytest.fixture(scope="module")
def extra():
    article = article_of(*EXTRA_SENTENCES)
    return article, analyze_tone(article)


def test_sentence_numbers_are_textblobs_and_vaders_own(seed, tone, extra):
    article, extra_tone = extra
    cases = [(seed, tone), (article, extra_tone)]
    checked = 0
    for source, result in cases:
        assert len(result.sentences) == len(source.sentences)
        for sentence, scores in zip(source.sentences, result.sentences, strict=True):
            blob = TextBlob(sentence.text).sentiment
            assert (scores.polarity, scores.subjectivity) == (blob.polarity, blob.subjectivity)
            assert scores.vader == VADER.polarity_scores(sentence.text)["compound"]
            checked += 1
    assert checked == len(seed.sentences) + len(EXTRA_SENTENCES)


def test_paragraph_and_article_numbers_are_textblobs_own(seed, tone):
    for paragraph in tone.paragraphs:
        text = seed.paragraphs[paragraph.paragraph].text
        blob = TextBlob(text).sentiment
        assert (paragraph.polarity, paragraph.subjectivity) == (blob.polarity, blob.subjectivity)
        compounds = [tone.sentences[i].vader for i in paragraph.sentences]
        assert paragraph.vader == pytest.approx(sum(compounds) / len(compounds))
    body = "\n\n".join(p.text for p in seed.body_paragraphs)
    blob = TextBlob(body).sentiment
    assert (tone.article.polarity, tone.article.subjectivity) == (blob.polarity, blob.subjectivity)
    assert tone.article.vader == pytest.approx(sum(s.vader for s in tone.sentences) / len(tone.sentences))
    assert [p.paragraph for p in tone.paragraphs] == [
        i for i, p in enumerate(seed.paragraphs) if p.kind == "body"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was not. Good things came later.",  # a negation left waiting at a sentence's end
        "They were very. Good news followed.",  # a modifier left waiting
        "It was good. ! Then it rained.",  # a "!" before the next sentence's first word
        "He smiled :\nD and left.",  # an emoticon ":D" split across two sentences
        "Prices fell.Sales rose. Good.",  # sentences with no space between them
    ],
)
def test_paragraph_scores_stay_exact_where_sentences_influence_each_other(paragraph):
    article = article_of(paragraph)
    result = analyze_tone(article)
    blob = TextBlob(article.paragraphs[result.paragraphs[0].paragraph].text).sentiment
    assert (result.paragraphs[0].polarity, result.paragraphs[0].subjectivity) == tuple(blob)
    assert (result.article.polarity, result.article.subjectivity) == tuple(blob)


def test_reasons_are_exact_spans_that_contain_their_word(seed, tone):
    count = 0
    for sentence in tone.sentences:
        for reason in sentence.reasons:
            assert seed.text[reason.start : reason.end] == reason.text
            assert sentence.start <= reason.start < reason.end <= sentence.end
            assert reason.word in reason.text.lower()
            assert reason.lens in ("textblob", "vader")
            count += 1
    assert count > 40


def test_textblob_reasons_are_exactly_what_textblob_averaged(tone):
    for sentence in tone.sentences:
        values = [r.value for r in sentence.reasons if r.lens == "textblob"]
        average = sum(values) / len(values) if values else 0.0
        assert average == pytest.approx(sentence.polarity)


def test_vader_reasons_add_up_to_the_compound(seed, tone):
    for source, sentence in zip(seed.sentences, tone.sentences, strict=True):
        if "!" in source.text or "?" in source.text:
            continue  # VADER adds emphasis for these on top of the words
        total = sum(r.value for r in sentence.reasons if r.lens == "vader")
        assert round(normalize(total), 4) == sentence.vader


def test_negated_words_are_marked_negated_by_both_lenses(extra):
    _, result = extra
    reasons = result.sentences[0].reasons  # "The talks were not good."
    textblob = [r for r in reasons if r.lens == "textblob"]
    vader = [r for r in reasons if r.lens == "vader"]
    assert [(r.text, r.word, r.effect) for r in textblob] == [("not good", "good", "negated by 'not'")]
    assert textblob[0].value == pytest.approx(-0.5 * textblob[0].lexicon_value)
    assert [(r.text, r.effect) for r in vader] == [("good", "negated by 'not'")]
    assert vader[0].value == pytest.approx(-0.74 * vader[0].lexicon_value)


def test_intensifiers_capitals_and_but_are_reported(extra):
    _, result = extra
    reasons = {(r.lens, r.text): r for r in result.sentences[2].reasons}
    good = reasons[("vader", "good")]
    assert "intensified by 'VERY'" in good.effect and "before 'but'" in good.effect
    assert "after 'but'" in reasons[("vader", "risk")].effect
    # TextBlob lets a "!" boost the last word group before it, however far away it is
    boosted = next(r for r in reasons.values() if r.lens == "textblob")
    assert boosted.text == "VERY good, but the risk remains!" and boosted.word == "good"
    assert boosted.effect == "intensified by 'very'; boosted by '!'"


def test_a_known_disagreement_is_flagged_with_its_reason(tone, extra):
    _, result = extra
    attack = result.sentences[1]  # "It was a terribly clever attack."
    assert attack.polarity > 0 > attack.vader
    assert attack.disagreement
    assert attack.disagreement_reason.startswith("opposite signs")
    scepticism = tone.sentences[13]  # VADER reads "assurance" and "security" as good news
    assert scepticism.disagreement and scepticism.polarity == 0.0
    assert "VADER reads it clearly positive" in scepticism.disagreement_reason
    for sentence in tone.sentences:
        assert sentence.disagreement == (DISAGREEMENT.judge(sentence.polarity, sentence.vader) is not None)
        assert sentence.disagreement == (sentence.disagreement_reason is not None)


def test_misread_words_are_hinted_on_the_seed(tone):
    hinted = {(r.lens, r.text): r.misread_hint for s in tone.sentences for r in s.reasons if r.misread_hint}
    assert hinted[("vader", "great")].startswith("great publicity:")
    assert hinted[("vader", "Great")].startswith("Great <Name>:")
    assert hinted[("vader", "security")].startswith("security:")
    assert hinted[("textblob", "kind")].startswith("kind of:")
    assert hinted[("vader", "United")].startswith("United <Name>:")
    unhinted = [r for s in tone.sentences for r in s.reasons if r.word == "good"]
    assert unhinted and all(r.misread_hint is None for r in unhinted)


def test_quoted_voices_are_kept_apart_from_the_narration(seed, tone):
    stretches = find_quoted_stretches(seed.text, [(p.start, p.end) for p in seed.body_paragraphs])
    quoted_pieces = [q for s in tone.sentences for q in s.quoted]
    assert quoted_pieces, "the seed quotes Lu and Kim"
    for piece in quoted_pieces:
        assert seed.text[piece.start : piece.end] == piece.text
        assert any(s <= piece.start and piece.end <= e for s, e in stretches)
    # the quoted aggregate is TextBlob's averaging over the quoted pieces, each read alone,
    # and the mean of VADER's compounds of those pieces
    assessed = [a for q in quoted_pieces for a in TextBlob(q.text).sentiment_assessments.assessments]
    assert tone.quoted.polarity == pytest.approx(sum(a[1] for a in assessed) / len(assessed))
    assert tone.quoted.subjectivity == pytest.approx(sum(a[2] for a in assessed) / len(assessed))
    compounds = [VADER.polarity_scores(q.text)["compound"] for q in quoted_pieces]
    assert tone.quoted.vader == pytest.approx(sum(compounds) / len(compounds))
    assert tone.quoted.pieces == len(quoted_pieces)
    assert tone.quoted.characters == sum(len(q) for q in quoted_pieces)
    # narration: the rest of every sentence
    assert tone.narration.characters + tone.quoted.characters <= sum(len(s) for s in seed.sentences)
    assert tone.narration.polarity != pytest.approx(tone.quoted.polarity)
    assert tone.narration.vader != pytest.approx(tone.quoted.vader)


def test_quoted_share_counts_the_characters_inside_quotes(seed, tone):
    lu = tone.sentences[17]  # "China has always supported ...", Lu said.
    sentence = seed.sentences[17]
    inside = sentence.text.index('"', 1) - 1
    assert lu.quoted_share == pytest.approx(inside / len(sentence.text))
    assert tone.sentences[0].quoted_share == 0.0 and tone.sentences[0].quoted == ()


def test_the_quotes_layer_results_are_used_when_present(seed):
    sentence = seed.sentences[9]  # no quote marks here
    part = Span.of(seed.text, sentence.start + 3, sentence.start + 20)
    quote = SimpleNamespace(start=part.start, end=part.end, parts=(part,))
    result = run(seed, {"quotes": (quote,)})
    assert result.quotes_from == "quotes layer"
    assert [q.text for s in result.sentences for q in s.quoted] == [part.text]
    assert result.quoted.characters == len(part)


def test_the_arc_follows_the_sentences_with_a_centred_rolling_mean(tone):
    assert ARC_WINDOW == 3
    assert [p.sentence for p in tone.arc] == [s.sentence for s in tone.sentences]
    values = [s.polarity for s in tone.sentences]
    for i, point in enumerate(tone.arc):
        near = values[max(0, i - 1) : i + 2]
        assert point.polarity_smooth == pytest.approx(sum(near) / len(near))
        assert point.quoted_share == tone.sentences[i].quoted_share


def test_odd_input_does_not_crash_and_keeps_the_lens_numbers():
    long_sentence = " ".join(["the committee met and talked about very good and bad things"] * 50) + "."
    odd = [
        "Yes.",
        long_sentence,
        "The meeting took place on Tuesday in the capital.",
        "Great news \U0001F600\U0001F600 for everyone \U0001F44D",
        "Der Präsident traf sich gestern mit dem Kanzler.",
        "习近平主席会见了金正恩。",
        '"Unclosed quote runs on and on',
        "\u201cCurly\u201d and \u2018single\u2019 marks, and ‘odd\u201d ones.",
    ]
    article = article_of(*odd)
    result = analyze_tone(article)
    assert len(result.sentences) == len(article.sentences) >= len(odd)
    for sentence, scores in zip(article.sentences, result.sentences, strict=True):
        assert (scores.polarity, scores.subjectivity) == tuple(TextBlob(sentence.text).sentiment)
        assert scores.vader == VADER.polarity_scores(sentence.text)["compound"]
        for reason in scores.reasons:
            assert article.text[reason.start : reason.end] == reason.text
    emoji = next(s for s in result.sentences if "\U0001F600" in article.sentences[s.sentence].text)
    assert any(r.lens == "vader" and r.text == "\U0001F600" for r in emoji.reasons)
    summarize(result)


def test_an_article_without_quotes_has_no_quoted_voice():
    result = analyze_tone(article_of("Kim arrived in Beijing on Monday."))
    assert result.quoted.polarity is None and result.quoted.characters == 0
    assert result.narration.pieces == 1
    assert summarize(result)[1].endswith("no quoted text")


def test_the_seed_document_validates_with_its_tone_part(seed_analysis, schema):
    document = json.loads(seed_analysis.to_json())
    jsonschema.validate(document, schema)
    tone = document["tone"]
    assert len(tone["items"]) == len(document["sentences"])
    assert tone["method"]["arc_window"] == ARC_WINDOW
    for sentence in tone["items"]:
        for reason in sentence["reasons"]:
            assert document["text"][reason["start"] : reason["end"]] == reason["text"]
    broken = json.loads(seed_analysis.to_json())
    broken["tone"]["items"][0]["reasons"] = [{"start": 0, "end": 1, "text": "W", "lens": "other"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_tables_hold_the_tone(seed_analysis):
    tables = seed_analysis.tables()
    tone = seed_analysis.tone
    assert len(tables["tone_sentences"]) == len(tone.sentences)
    assert len(tables["tone_paragraphs"]) == len(tone.paragraphs)
    assert len(tables["tone_reasons"]) == sum(len(s.reasons) for s in tone.sentences)
    assert list(tables["tone_sentences"]["vader"]) == [s.vader for s in tone.sentences]
    assert set(tables["tone_reasons"]["lens"]) == {"textblob", "vader"}


def test_the_summary_says_the_tone_and_counts_disagreements(seed_analysis):
    summary = seed_analysis.summary().splitlines()
    tone = seed_analysis.tone
    line = next(line for line in summary if line.startswith("tone:"))
    assert f"polarity {tone.article.polarity:+.2f}" in line
    assert f"({len(tone.disagreements)} sentences where the lenses disagree)" in line
    assert any(line.startswith("voices:") for line in summary)


def quoted_stretches(article: newslab.Article) -> list[tuple[int, int]]:
    return find_quoted_stretches(article.text, [(p.start, p.end) for p in article.body_paragraphs])


WORDS = st.sampled_from(
    ["good", "bad", "not", "very", "never", "no", "really", "great", "Great", "Hall", "kind", "of",
     "but", "!", "?", ".", ",", ":", ")", "(", "(!)", ":)", ": )", "8", "'", '"', "\u201c", "\u201d",
     "isn't", "don't", "n't", "VERY", "GOOD", "\U0001F600", "\u2665", "Kim", "said", "U.S.", "Mr.",
     "security", "support", "least", "at", "without", "doubt", "\u00e9t\u00e9", "\u0130stanbul",
     "\u03a3\u039f\u03a3", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "so", "this", "sort",
     "the", "bomb", "yeah", "right", "kiss", "death", "nor", "or", "despite"]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_numbers_stay_exact_and_spans_stay_true_on_any_text(body):
    try:
        article = newslab.Article.from_text("Headline of the story\n\n" + body)
    except newslab.NewslabError:
        return
    result = analyze_tone(article)
    for sentence, scores in zip(article.sentences, result.sentences, strict=True):
        assert (scores.polarity, scores.subjectivity) == tuple(TextBlob(sentence.text).sentiment)
        assert scores.vader == VADER.polarity_scores(sentence.text)["compound"]
        assert 0.0 <= scores.quoted_share <= 1.0
        for span in (*scores.reasons, *scores.quoted):
            assert article.text[span.start : span.end] == span.text
    for paragraph in result.paragraphs:
        text = article.paragraphs[paragraph.paragraph].text
        assert (paragraph.polarity, paragraph.subjectivity) == tuple(TextBlob(text).sentiment)
    body_text = "\n\n".join(p.text for p in article.body_paragraphs)
    assert (result.article.polarity, result.article.subjectivity) == tuple(TextBlob(body_text).sentiment)
    # each voice: TextBlob's averaging over its pieces' tokens (a token that cannot be placed
    # goes with the one before it), each piece assessed alone, and the mean of VADER's compounds
    stretches = quoted_stretches(article)
    for voice in (result.narration, result.quoted):
        assessed, compounds = [], []
        for sentence in article.sentences:
            reading = read_textblob(sentence.text, base=sentence.start)
            places, place = [], None
            for span in token_spans(reading):
                place = span[0] if span else place
                places.append(place)
            for piece in sentence_pieces(article.text, sentence.start, sentence.end, stretches):
                if piece.voice != voice.voice:
                    continue
                inside = [
                    token
                    for token, at in zip(reading.tokens, places, strict=True)
                    if at is not None and piece.start <= at < piece.end
                ]
                assessed.extend(score_tokens(inside)[2])
                compounds.append(VADER.polarity_scores(article.text[piece.start : piece.end])["compound"])
        assert voice.pieces == len(compounds)
        if compounds:
            assert voice.polarity == pytest.approx(sum(a[1] for a in assessed) / (len(assessed) or 1))
            assert voice.vader == pytest.approx(sum(compounds) / len(compounds))


def test_the_worked_example_in_docs_tone_md_is_real_output():
    guide = Path(__file__).resolve().parents[2] / "docs" / "tone.md"
    result = doctest.testfile(str(guide), module_relative=False)
    assert result.attempted > 5 and result.failed == 0


def test_settings_out_of_range_are_refused_clearly(seed):
    with pytest.raises(newslab.NewslabError, match="window must hold at least one sentence"):
        analyze_tone(seed, window=0)
    wide = analyze_tone(seed, window=5)
    values = [s.vader for s in wide.sentences]
    assert wide.arc[10].vader_smooth == pytest.approx(sum(values[8:13]) / 5)
