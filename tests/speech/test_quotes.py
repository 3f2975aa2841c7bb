"""The quotes layer: speakers, hard cases, the seed's flaws, actors, and bad input."""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslab
from newslab.actors.mentions import Actor, Mention
from newslab.speech.quotes import find_quotes


def article(body: str) -> newslab.Article:
    return newslab.Article.from_text("Title\n\n" + body)


def only_quote(body: str, actors=()):
    quotes = find_quotes(article(body), actors)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def actor(text: str, actor_id: str, name: str, kind: str, *words: str) -> Actor:
    """An actor with a mention at every occurrence of each of ``words`` in ``text``."""
    mentions = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            mentions.append(Mention(start, start + len(word), word, actor=actor_id))
            start = text.find(word, start + 1)
    return Actor(actor_id, name, kind, tuple(sorted(mentions, key=lambda m: m.start)))


# -- who speaks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "where"),
    [
        ('"We are ready," Kim said.', "Kim", "said", "after"),
        ('"We are ready", Kim said.', "Kim", "said", "after"),
        ('Kim said: "We are ready."', "Kim", "said", "before"),
        ('Kim said on Monday: "We are ready."', "Kim", "said", "before"),
        ('"We are ready," said Lu Kang, a foreign ministry spokesman.', "Lu Kang", "said", "after"),
        ('"We are ready," Lu Kang, a foreign ministry spokesman, said.', "Lu Kang", "said", "after"),
        ('"The two issues are separate," Mike Pompeo told CNBC on Monday.', "Mike Pompeo", "told", "after"),
        ('Pompeo told CNBC: "The two issues are separate."', "Pompeo", "told", "before"),
        ('"Talks will go on," Xi added.', "Xi", "added", "after"),
        ('"Time is short," Moon warned.', "Moon", "warned", "after"),
        ('"It was a long night," the minister noted.', "the minister", "noted", "after"),
        ('"Expect delays," according to the airline\'s chief executive, Mark Ellison.',
         "Mark Ellison", "according to", "after"),
        ('The deal, according to Ruth Adeyemi, was "a turning point".',
         "Ruth Adeyemi", "according to", "sentence"),
        ('"We waited," one crane operator said.', "one crane operator", "said", "after"),
        ('A spokesperson for the ministry said it was "fully committed".',
         "A spokesperson", "said", "earlier"),
    ],
)
def test_speaker_patterns(body, speaker, cue, where):
    quote = only_quote(body)
    assert quote.attributed
    assert quote.speaker_name == speaker
    assert quote.speaker_mention.text == speaker
    assert quote.cue.text == cue
    assert where in quote.why


def test_reporting_verbs_come_with_their_inflections():
    for verb in ("says", "said", "adds", "added", "tells", "told", "warns", "insisted", "argued"):
        quote = only_quote(f'"We are ready," Kim {verb} reporters.' if verb.startswith("t")
                           else f'"We are ready," Kim {verb}.')
        assert quote.cue.text == verb


def test_a_pronoun_speaker_without_actors_takes_the_last_named_speaker():
    quote = only_quote('Kim said he was ready to meet Trump, but he warned he might "find a new way".')
    assert quote.speaker_mention.text == "he"
    assert quote.speaker_name == "Kim"
    assert quote.speaker is None
    assert "'he' is taken to be Kim" in quote.why


def test_a_pronoun_speaker_resolves_to_a_person_actor_in_subject_position_not_the_last_name():
    # the country that "said" is skipped (not a person); Kim, the subject, wins over Trump
    body = "Moon arrived. North Korea said Kim met Trump in Hanoi. \"We are ready,\" he said."
    text = "Title\n\n" + body
    actors = [
        actor(text, "north-korea", "North Korea", "country", "North Korea"),
        actor(text, "moon-jae-in", "Moon Jae-in", "person", "Moon"),
        actor(text, "kim-jong-un", "Kim Jong Un", "person", "Kim"),
        actor(text, "donald-trump", "Donald Trump", "person", "Trump"),
    ]
    quote = find_quotes(newslab.Article.from_text(text), actors)[0]
    assert (quote.speaker, quote.speaker_name) == ("kim-jong-un", "Kim Jong Un")


def test_it_said_resolves_to_an_organisation_not_a_person():
    text = "Title\n\nKim visited the factory. The ministry said it was pleased. \"All is well,\" it said."
    actors = [
        actor(text, "kim", "Kim Jong Un", "person", "Kim"),
        actor(text, "ministry", "Ministry of Health", "organisation", "The ministry"),
    ]
    quote = find_quotes(newslab.Article.from_text(text), actors)[0]
    assert quote.speaker == "ministry"


def test_a_named_speaker_becomes_the_actor_that_covers_it():
    text = 'Title\n\n"China has always supported both sides," Lu said.'
    lu = actor(text, "lu-kang", "Lu Kang", "person", "Lu")
    quote = find_quotes(newslab.Article.from_text(text), [lu])[0]
    assert (quote.speaker, quote.speaker_name, quote.speaker_mention.text) == ("lu-kang", "Lu Kang", "Lu")


def test_without_an_actor_the_speaker_id_is_null_but_the_mention_is_found():
    quote = only_quote('"We are ready," said Tomas Berg.')
    assert quote.speaker is None
    assert quote.speaker_mention.text == "Tomas Berg"


def test_a_quote_with_no_cue_does_not_borrow_a_speaker_across_narration():
    # issue 14: right after Kim's quote it would be Kim's; a narrative paragraph stops that
    text = '"We are ready," Kim said.\n\nThe talks are set for June.\n\n"Nobody wants a war."'
    quotes = find_quotes(article(text))
    assert [q.attributed for q in quotes] == [True, False]
    assert quotes[1].speaker is None and quotes[1].speaker_name is None
    assert quotes[1].why == "no speaker named in the text"


def test_a_colon_at_the_end_of_the_paragraph_before_introduces_the_quote():
    quote = only_quote('In a statement, the ministry said:\n\n"We are ready to talk."')
    assert quote.speaker_name == "the ministry"
    assert "colon" in quote.why


# -- the shape of a quotation ---------------------------------------------------------------


def test_a_quote_split_by_its_attribution_is_one_quote_with_two_parts():
    quote = only_quote('"We are ready," Kim said. "We have been ready for months."')
    assert [p.text for p in quote.parts] == ["We are ready,", "We have been ready for months."]
    assert quote.text.startswith('"We are ready,') and quote.text.endswith('months."')
    assert quote.speaker_name == "Kim"


def test_a_split_in_mid_sentence_is_one_quote():
    quote = only_quote('"I don\'t talk about other players," Holloway said, "but everybody knows him."')
    assert len(quote.parts) == 2 and quote.speaker_name == "Holloway"


def test_two_speakers_in_a_row_are_two_quotes():
    quotes = find_quotes(article('"We are ready," Kim said. "So are we," Moon replied.'))
    assert [q.speaker_name for q in quotes] == ["Kim", "Moon"]


def test_a_multi_paragraph_quote_is_one_quote():
    body = '"We looked at every line," Whitfield said. "We asked everyone.\n\n"We could not do more."'
    quote = only_quote(body)
    assert [p.text for p in quote.parts] == ["We looked at every line,", "We asked everyone.",
                                             "We could not do more."]
    assert quote.speaker_name == "Whitfield"
    assert len(quote.sentences) == 3


def test_british_single_quotes_with_apostrophes():
    quote = only_quote(
        "\u2018It\u2019s the residents\u2019 money, and they\u2019re angry,\u2019 Shah told the BBC."
    )
    assert quote.parts[0].text == "It\u2019s the residents\u2019 money, and they\u2019re angry,"
    assert quote.speaker_name == "Shah"


def test_partial_quotes_are_flagged():
    quotes = find_quotes(article(
        'Trump called the deal "tremendous". "We are ready," Kim said. Kim said: "We are ready."'
    ))
    assert [q.partial for q in quotes] == [True, False, False]


def test_a_missing_closing_mark_is_repaired_before_the_attribution():
    body = 'Queues were long. "We have waited since dawn, said Carla Diaz, a passenger.'
    quotes = find_quotes(article(body))
    quote = quotes[0]
    assert quote.parts[0].text == "We have waited since dawn,"
    assert quote.speaker_name == "Carla Diaz"
    assert quote.problems and "no closing mark" in quote.problems[0]
    assert [m.reason for m in quotes.stray_marks] == ["opening mark that is never closed"]


# -- the seed's flaws -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(seed):
    return find_quotes(seed)


def test_seed_quotes_and_speakers(seed_quotes):
    assert [(q.parts[0].text[:20], q.speaker_name) for q in seed_quotes] == [
        ("find a new way for d", "Kim"),
        ("China has always sup", "Lu"),
        ("We especially hope t", "Kim"),
        ("But Secretary of Sta", None),
        ("China has actually b", None),
    ]


def test_seed_partial_quote_belongs_to_kim_through_he_warned(seed_quotes):
    quote = seed_quotes[0]
    assert quote.partial
    assert quote.speaker_mention.text == "he" and quote.cue.text == "warned"


def test_seed_pompeo_passage_is_suspected_narration_and_does_not_borrow_kims_voice(seed_quotes):
    kim, pompeo = seed_quotes[2], seed_quotes[3]
    assert len(kim.parts) == 1
    assert pompeo.narration_suspected and not pompeo.attributed
    assert pompeo.speaker is None and pompeo.cue is None
    assert "Mike Pompeo told" in pompeo.why


def test_seed_last_quote_has_no_speaker(seed_quotes):
    last = seed_quotes[4]
    assert not last.attributed and not last.narration_suspected and last.speaker is None
    assert last.why == "no speaker named in the text"


def test_seed_with_actors_gives_actor_ids(seed):
    actors = [
        actor(seed.text, "kim-jong-un", "Kim Jong Un", "person", "Kim"),
        actor(seed.text, "donald-trump", "Donald Trump", "person", "Trump"),
        actor(seed.text, "mike-pompeo", "Mike Pompeo", "person", "Mike Pompeo"),
    ]
    quotes = find_quotes(seed, actors)
    assert [q.speaker for q in quotes] == ["kim-jong-un", None, "kim-jong-un", None, None]
    assert quotes[1].speaker_name == "Lu"


def test_seed_document_has_quotes_that_validate(seed_analysis, schema):
    document = seed_analysis.to_dict()
    jsonschema.validate(document, schema)
    assert len(document["quotes"]["items"]) == 5
    document["quotes"]["items"][0]["partial"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_seed_quotes_table_and_summary(seed_analysis):
    table = seed_analysis.tables()["quotes"]
    assert list(table["speaker_name"])[:3] == ["Kim Jong Un", "Lu Kang", "Kim Jong Un"]
    assert "quotes:     5 (1 without a speaker, 1 suspected narration)" in seed_analysis.summary()


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "No quotes here at all. None.",
        '"' * 500,
        " ".join(['"a'] * 500),
        "\u201c" * 250 + "\u201d" * 250,
        "'" * 500 + " it's",
        '"Outer \u201cinner \u2018deep \'deeper',
        '"Never closed at all, said nobody',
        "\u201d\u201d stray closers \u2019\u2019 everywhere \u00bb",
    ],
)
def test_bad_input_gives_valid_spans_and_no_crash(body, exact_spans):
    text = "Title\n\n" + body
    analysis = newslab.analyze(text)
    assert exact_spans(text, analysis.quotes, analysis.claims) >= 1 or not analysis.claims


def test_a_quote_spanning_the_whole_article(exact_spans):
    paragraphs = [f"Paragraph {i} of the statement, read in full." for i in range(30)]
    text = "Title\n\n" + "\n\n".join('"' + p for p in paragraphs) + '"'
    quotes = find_quotes(newslab.Article.from_text(text))
    assert len(quotes) == 1 and len(quotes[0].parts) == 30
    assert quotes[0].end == len(text)
    exact_spans(text, quotes)


def test_a_one_megabyte_article(seed, exact_spans):
    body = seed.text.split("\n\n", 2)[2].replace("Related Articles", "")
    text = "Title\n\n" + "\n\n".join([body] * 256)
    assert len(text) > 1_000_000
    analysis = newslab.analyze(text)
    assert len(analysis.quotes) == 5 * 256
    exact_spans(text, analysis.quotes, analysis.claims)


PIECES = st.sampled_from(
    ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\n\n", ", ", ". ", " said Kim", " he said",
     "Kim said: ", "according to Lu ", "We are ready", "it's", "dogs' ", " critics say ", "may "]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join))
def test_any_mix_of_marks_gives_exact_spans(exact_spans, body):
    text = "Title\n\n" + body
    try:
        analysis = newslab.analyze(text)
    except newslab.NewslabError:
        return
    exact_spans(text, analysis.quotes, analysis.claims)
    for quote in analysis.quotes:
        assert quote.start < quote.end and quote.parts


def test_quotes_are_deterministic(seed):
    assert find_quotes(seed) == find_quotes(seed)
