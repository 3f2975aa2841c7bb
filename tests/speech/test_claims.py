"""The claims layer: voice and certainty of each sentence, with the cues that decided them."""

from __future__ import annotations

import jsonschema
import pytest

import newslab
from newslab.actors.mentions import Actor, Mention
from newslab.speech.claims import VOICES, find_claims
from newslab.speech.quotes import find_quotes


def claims_of(body: str, actors=()):
    article = newslab.Article.from_text("Title\n\n" + body)
    return find_claims(article, find_quotes(article, actors), actors)


def only_claim(body: str):
    claims = claims_of(body)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("body", "source", "cue"),
    [
        ("Kim said he was ready to meet with Trump anytime.", "Kim", "said"),
        ("Pyongyang says it has already done enough.", "Pyongyang", "says"),
        ("Kim could leverage Xi, who Trump has accused of relaxing pressure.", "Trump", "accused"),
        ("Trump touted what he said was a commitment to denuclearize.", "Trump", "touted"),
        ("The port operator, Halvard Terminals, said it had offered a raise.", "Halvard Terminals", "said"),
        ("Prices rose, according to the Riverside Tribune.", "Riverside Tribune", "according to"),
        ("Harbor Foods cut its forecast, saying shoppers were trading down.", "Harbor Foods", "saying"),
    ],
)
def test_reported_speech(body, source, cue):
    claim = only_claim(body)
    assert claim.voice == "reported"
    assert claim.source_name == source
    assert cue in [c.text for c in claim.cues if c.kind == "reporting_verb"]


@pytest.mark.parametrize(
    ("body", "weasel"),
    [
        ("The visit is widely seen to be a counsel-seeking mission.", "widely seen"),
        ("Critics say the district spent heavily on consultants.", "Critics say"),
        ("It is believed that several councillors will vote against it.", "It is believed"),
        ("Sources say the clubs agreed terms last week.", "Sources say"),
        ("Analysts say the stoppage will cost millions.", "Analysts say"),
        ("Health ministries are reportedly in talks.", "reportedly"),
        ("Some investors fear the airline will face fines.", "Some investors fear"),
    ],
)
def test_unattributed_weasel_phrases(body, weasel):
    claim = only_claim(body)
    assert claim.voice == "unattributed"
    assert claim.source is None
    assert weasel in [c.text for c in claim.cues if c.kind == "weasel"]


@pytest.mark.parametrize(
    ("body", "hedge"),
    [
        ("Kim is expected to meet with Xi.", "is expected to"),
        ("Kim could be looking to leverage his ties.", "could"),
        ("His country might be compelled to act.", "might"),
        ("He prepared for his anticipated second meeting.", "anticipated"),
        ("Talks are reportedly stalled.", "reportedly"),
        ("Such steps are seen as security guarantees.", "seen as"),
        ("The barrier is likely to be delayed.", "likely"),
        ("The protection may fade after a year.", "may"),
        ("The vaccine appears to cut severe cases.", "appears to"),
    ],
)
def test_hedges(body, hedge):
    claim = only_claim(body)
    assert claim.certainty == "hedged"
    assert hedge in [c.text for c in claim.cues if c.kind == "hedge"]
    assert f"hedged by '{hedge}'" in claim.why


def test_plain_statements_are_the_authors_and_asserted():
    claim = only_claim("Kim flew to Dalian in May and Beijing in June.")
    assert (claim.voice, claim.certainty, claim.cues) == ("author", "asserted", ())
    assert claim.why.startswith("the reporter's own statement")


def test_quoted_sentences_take_the_quotes_speaker():
    claims = claims_of('"We are ready," Kim said.\n\n"Nobody wants a war."')
    # issue 14: a quote that opens the paragraph after Kim's quote goes on in Kim's voice
    assert [(c.voice, c.source_name) for c in claims] == [("quoted", "Kim"), ("quoted", "Kim")]
    cues = [(c.kind, c.text) for c in claims[0].cues]
    assert cues == [("quote", "We are ready,"), ("reporting_verb", "said")]


def test_a_partial_quote_leaves_the_sentence_reported():
    claim = only_claim('Kim warned that his country might "find a new way for defending" its sovereignty.')
    assert claim.voice == "reported"
    assert {c.kind for c in claim.cues} == {"quote", "reporting_verb", "hedge"}


def test_an_unattributed_slogan_inside_narration_does_not_make_the_sentence_quoted():
    claim = only_claim('Fans were frustrated, and a banner read: "Spend the money or sell the club".')
    assert claim.voice == "author"


def test_sources_are_actor_ids_when_actors_are_given():
    text = "Title\n\nPyongyang says it has already done enough."
    north_korea = Actor("north-korea", "North Korea", "country",
                        (Mention(7, 16, "Pyongyang", actor="north-korea"),))
    article = newslab.Article.from_text(text)
    claim = find_claims(article, find_quotes(article, [north_korea]), [north_korea])[0]
    assert (claim.source, claim.source_name) == ("north-korea", "North Korea")


SEED_VOICES = [
    "author", "reported", "author", "unattributed", "author", "author", "reported", "reported",
    "author", "reported", "author", "author", "author", "author", "author", "reported", "author",
    "quoted", "author", "quoted", "reported", "author", "quoted",
]
SEED_HEDGED = {3, 4, 6, 7, 10, 21, 22}


def test_seed_claims(seed_analysis, exact_spans):
    claims = seed_analysis.claims
    assert [c.voice for c in claims] == SEED_VOICES
    assert {c.sentence for c in claims if c.certainty == "hedged"} == SEED_HEDGED
    exact_spans(seed_analysis.article.text, claims=claims)


def test_seed_narration_in_quote_marks_is_reported_speech_of_pompeo(seed_analysis):
    claim = seed_analysis.claims[20]
    assert claim.voice == "reported"
    assert (claim.source, claim.source_name) == ("mike-pompeo", "Mike Pompeo")
    assert "narration" in claim.why


def test_seed_may_the_month_is_not_a_hedge(seed_analysis):
    assert seed_analysis.claims[0].text.startswith("Kim flew to Dalian in May")
    assert seed_analysis.claims[0].certainty == "asserted"


def test_seed_claims_in_the_document_table_and_summary(seed_analysis, schema):
    document = seed_analysis.to_dict()
    jsonschema.validate(document, schema)
    assert [c["voice"] for c in document["claims"]["items"]] == SEED_VOICES
    assert document["claims"]["counts"] == {v: SEED_VOICES.count(v) for v in VOICES} | {"hedged": 7}
    document["claims"]["items"][0]["voice"] = "shouted"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
    table = seed_analysis.tables()["claims"]
    assert list(table["voice"]) == SEED_VOICES
    assert "claims:     23 sentences: 13 author, 3 quoted, 6 reported, 1 unattributed; 7 hedged" in (
        seed_analysis.summary()
    )


def test_claims_without_the_quotes_layer_still_work(seed):
    claims = find_claims(seed)
    assert len(claims) == len(seed.sentences)
    assert "quoted" not in {c.voice for c in claims}
