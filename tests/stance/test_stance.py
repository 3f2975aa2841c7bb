"""The stance layer: per-actor stance kept apart by voice, and relations from framing verbs."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import jsonschema
import pytest

import newslab
from newslab.stance.framing import FramingFormatError, inflect, load_framing
from newslab.stance.layer import NEUTRAL_BAND, StanceSettingsError, find_stance, label_of, summarize
from newslab.stance.relations import find_relations
from newslab.stance.relations import summarize as summarize_relations

ROOT = Path(__file__).resolve().parents[2]


def _stance(text: str) -> newslab.Analysis:
    return newslab.analyze(newslab.Article.from_text(text))


def _sentence_of(article: newslab.Article, words: str) -> int:
    return next(s.id for s in article.sentences if words in s.text)


def _relations(analysis: newslab.Analysis) -> list[tuple]:
    return [(r.source, r.verb.text, r.target, r.polarity) for r in analysis.relations]


# -- voices on the seed ---------------------------------------------------------------------


def test_lu_s_words_about_china_are_lu_s_stance_not_the_reporter_s(seed, seed_analysis):
    sentence = _sentence_of(seed, "always supported both sides")
    china = seed_analysis.stance.actor("china")
    in_quote = [e for e in china.evidence if e.sentence == sentence]
    assert [(e.mention.text, e.voice, e.voice_name) for e in in_quote] == [("China", "lu-kang", "Lu Kang")]
    assert in_quote[0].label == "positive" and in_quote[0].score > NEUTRAL_BAND
    assert "positive" in [p.text for p in in_quote[0].phrases]
    lu_voice = china.voice("lu-kang")
    assert lu_voice.n == 1 and lu_voice.score == in_quote[0].score
    # the speaker's own name in "..., Lu said" is the reporter's narration
    lu = seed_analysis.stance.actor("lu-kang")
    assert [(e.sentence, e.voice) for e in lu.evidence] == [(sentence, "author")]


def test_reported_speech_belongs_to_its_source_only_after_the_reporting_clause(seed, seed_analysis):
    stance = seed_analysis.stance
    pressing = _sentence_of(seed, "Washington is pressing the North")
    us = {e.mention.text: e.voice for e in stance.actor("united-states").evidence if e.sentence == pressing}
    assert us == {"Washington": "author", "USA": "north-korea"}  # "... while Pyongyang says ... the USA"
    accused = _sentence_of(seed, "who Trump has accused")
    voices = {
        (e.mention.text, e.voice)
        for actor in stance
        for e in actor.evidence
        if e.sentence == accused
    }
    # inside ", who Trump has accused of relaxing pressure on North Korea," only North Korea is Trump's
    assert voices == {
        ("Kim", "author"), ("Xi", "author"), ("Trump", "author"), ("North Korea", "donald-trump"),
        ("U.S.", "author"),
    }


def test_unattributed_quotes_have_their_own_voice(seed, seed_analysis):
    sentence = _sentence_of(seed, "good partner")
    china = seed_analysis.stance.actor("china")
    assert [e.voice for e in china.evidence if e.sentence == sentence] == ["unattributed quote"]


def test_headline_mentions_and_places_are_left_out(seed, seed_analysis):
    scored = {a.actor for a in seed_analysis.stance}
    places = {a.id for a in seed_analysis.actors if a.kind == "place"}
    assert places and not scored & places
    for actor in seed_analysis.stance:
        assert all(e.sentence >= 0 for e in actor.evidence)
        body = [m for a in seed_analysis.actors if a.id == actor.actor for m in a.mentions if m.sentence >= 0]
        assert actor.mentions_scored == len(body)


def test_aggregates_are_the_means_and_counts_of_the_evidence(seed_analysis):
    stance = seed_analysis.stance
    assert len(stance) > 5
    for actor in stance:
        scores = [e.score for e in actor.evidence]
        assert actor.score == pytest.approx(sum(scores) / len(scores), abs=1e-4)
        assert actor.label == label_of(actor.score, stance.neutral_band)
        assert sum(actor.labels.values()) == actor.mentions_scored == len(actor.evidence)
        assert sum(v.n for v in actor.voices) == actor.mentions_scored
        for voice in actor.voices:
            mine = [e.score for e in actor.evidence if e.voice == voice.voice]
            assert voice.n == len(mine)
            assert voice.score == pytest.approx(sum(mine) / len(mine), abs=1e-4)
            assert voice.label == label_of(voice.score, stance.neutral_band)
        if any(e.voice == "author" for e in actor.evidence):
            assert actor.voices[0].voice == "author"


def test_the_neutral_band_decides_the_labels(seed):
    analysis = newslab.analyze(seed)
    wide = find_stance(seed, analysis.actors, analysis.quotes, analysis.claims, neutral_band=0.99)
    assert {a.label for a in wide} == {"neutral"}
    narrow = find_stance(seed, analysis.actors, analysis.quotes, analysis.claims, neutral_band=0.0)
    assert all(a.label == ("positive" if a.score > 0 else "negative" if a.score < 0 else "neutral")
               for a in narrow)
    for bad in (-0.1, 1.0, "0.2", True):
        with pytest.raises(StanceSettingsError, match="neutral_band"):
            find_stance(seed, analysis.actors, neutral_band=bad)


# -- relations on the seed ------------------------------------------------------------------


def test_the_example_relations_of_the_seed(seed_analysis):
    relations = {(r.source, r.verb.text, r.target): r for r in seed_analysis.relations}
    accused = relations[("donald-trump", "accused", "xi-jinping")]
    assert accused.polarity == "conflict" and accused.score < 0
    assert "antecedent of 'who'" in accused.why
    pressing = relations[("united-states", "pressing", "north-korea")]
    assert pressing.polarity == "conflict"
    assert (pressing.source_mention.text, pressing.target_mention.text) == ("Washington", "the North")
    engaged = relations[("kim-jong-un", "engaged", "china")]
    assert engaged.polarity == "cooperation" and engaged.target_mention.text == "Beijing"
    # "as well as Seoul and Washington": every joined actor is a target
    assert ("kim-jong-un", "engaged", "south-korea") in relations
    assert ("kim-jong-un", "engaged", "united-states") in relations
    supported = relations[("china", "supported", None)]
    assert supported.polarity == "cooperation" and supported.score > 0
    assert supported.target_mention.text == "both sides"
    assert (supported.voice, supported.voice_name) == ("lu-kang", "Lu Kang")
    assert accused.voice == pressing.voice == engaged.voice == "author"


def test_seed_relations_have_no_noun_uses_and_no_self_relations(seed_analysis):
    verbs = [r.verb.text for r in seed_analysis.relations]
    for noun in ("meetings", "meeting", "sanctions", "pressure", "visit"):
        assert noun not in verbs
    assert all(r.source != r.target for r in seed_analysis.relations)
    ties = next(r for r in seed_analysis.relations if r.verb.text == "deepened their ties")
    assert (ties.source, ties.target, ties.polarity) == ("china", "north-korea", "cooperation")


# -- spans, determinism, document -----------------------------------------------------------


def test_every_stance_span_cuts_its_text_out_of_the_article(seed, seed_analysis, check_spans):
    document = seed_analysis.to_dict()
    parts = {"stance": document["stance"], "relations": document["relations"]}
    assert check_spans({"text": seed.text, **parts}) > 200
    text = seed.text
    for actor in seed_analysis.stance:
        for item in actor.evidence:
            sentence = seed.sentences[item.sentence]
            assert text[item.mention.start : item.mention.end] == item.mention.text
            for phrase in item.phrases:
                assert text[phrase.start : phrase.end] == phrase.text
                assert sentence.start <= phrase.start < phrase.end <= sentence.end
                assert phrase.weight > 0
    for relation in seed_analysis.relations:
        for span in (relation.verb, relation.source_mention, relation.target_mention):
            assert text[span.start : span.end] == span.text


def test_the_same_input_gives_the_same_output(seed):
    first = json.dumps(newslab.analyze(seed).to_dict()["stance"])
    second = json.dumps(newslab.analyze(newslab.load()).to_dict()["stance"])
    assert first == second


def test_the_seed_document_validates_with_its_stance_part(seed_analysis, schema):
    document = seed_analysis.to_dict()
    assert document["stance"]["neutral_band"] == NEUTRAL_BAND
    jsonschema.validate(document, schema)
    broken = json.loads(json.dumps(document))
    broken["relations"]["items"][0]["polarity"] = "friendly"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_tables_and_summary(seed_analysis):
    tables = seed_analysis.tables()
    stance = tables["stance"]
    assert {"actor", "voice", "voice_name", "label", "score", "n"} <= set(stance.columns)
    assert stance["n"].sum() == tables["stance_evidence"].shape[0]
    assert len(stance) == sum(len(a.voices) for a in seed_analysis.stance)
    assert tables["relations"].shape[0] == len(seed_analysis.relations)
    lines = summarize(seed_analysis.stance)
    top = max(seed_analysis.stance, key=lambda a: a.mentions_scored)
    assert lines[0].startswith(f"stance:     {top.name} {top.score:+.2f} (author ")
    n = len(seed_analysis.relations)
    conflict = sum(1 for r in seed_analysis.relations if r.polarity == "conflict")
    relation_lines = summarize_relations(seed_analysis.relations)
    assert relation_lines[0].startswith(f"relations:  {n} (") and f"{conflict} conflict" in relation_lines[0]
    assert "\n".join(lines + relation_lines) in seed_analysis.summary()


def test_the_worked_example_in_docs_stance_md_is_real_output():
    guide = ROOT / "docs" / "stance.md"
    result = doctest.testfile(str(guide), module_relative=False)
    assert result.attempted > 5 and result.failed == 0


# -- invented articles ----------------------------------------------------------------------


def test_an_invented_article_with_a_clear_conflict_and_a_clear_cooperation():
    analysis = _stance(
        "Harbour row\n\n"
        "Norway has condemned Russia over the seizure of the trawler. "
        "Sweden, which has always backed Finland, praised Norway for its restraint. "
        "\"We will never abandon our friends,\" Erna Solberg said."
    )
    relations = _relations(analysis)
    assert ("norway", "condemned", "russia", "conflict") in relations
    assert ("sweden", "praised", "norway", "cooperation") in relations
    backed = next(r for r in analysis.relations if r.verb.text == "backed")
    assert (backed.source, backed.target) == ("sweden", "finland")
    assert "relative clause" in backed.why
    praised = next(r for r in analysis.relations if r.verb.text == "praised")
    assert "inserted clause" in praised.why


def test_the_quoted_voice_and_the_author_voice_can_disagree():
    analysis = _stance(
        "Port dispute\n\n"
        "Mayor Ana Ruiz opened the new terminal on Monday. "
        "\"Ana Ruiz has betrayed every worker in this city and ruined the port,\" union leader Tom Berg said."
    )
    ruiz = next(a for a in analysis.stance if a.name == "Ana Ruiz")
    voices = {v.voice_name: v for v in ruiz.voices}
    assert set(voices) == {"author", "Tom Berg"}
    assert voices["Tom Berg"].label == "negative"
    assert voices["Tom Berg"].score < voices["author"].score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim was praised by Moon Jae-in.", [("moon-jae-in", "praised", "kim-jong-un", "cooperation")]),
        ("China was condemned at the summit.", []),  # a passive without "by" names no source
        ("Beijing and Pyongyang clashed.", [("china", "clashed", "north-korea", "conflict")]),
        ("Beijing and Pyongyang criticised the plan.", []),  # not mutual; "the plan" is no actor
        ("Beijing and Pyongyang criticised each other.", [
            ("china", "criticised", "north-korea", "conflict"),
        ]),
        ("Moon Jae-in, who has long backed Kim, praised him.", [
            ("moon-jae-in", "backed", "kim-jong-un", "cooperation"),
            ("moon-jae-in", "praised", None, "cooperation"),
        ]),
        ("Trump welcomed the advice and said Xi would pay.", []),  # the target stops at "said"
        ("Xi hopes to give the young players a good debut against Moon Jae-in.", []),  # too far
        ("Seoul refused to support Tokyo.", [("south-korea", "support", "japan", "conflict")]),
        ("US sanctions on China hurt farmers.", []),
        ("The US sanctions China.", [("united-states", "sanctions", "china", "conflict")]),
        ("Kim's visit to China ended.", []),
        ("Trump met Xi Jinping.", [("donald-trump", "met", "xi-jinping", "cooperation")]),
        ("Xi met US President Donald Trump.", [("xi-jinping", "met", "donald-trump", "cooperation")]),
        ("Trump accused Xi, Moon said.", [("donald-trump", "accused", "xi-jinping", "conflict")]),
    ],
)
def test_relation_rules(text, expected):
    assert _relations(_stance("Headline\n\n" + text)) == expected


def test_negation_halves_and_flips_the_score():
    relation = _stance("T\n\nSeoul refused to support Tokyo.").relations[0]
    assert relation.score == -0.5 and relation.negation.text == "refused"
    assert "negated by 'refused'" in relation.why


def test_we_inside_a_quote_is_its_speaker():
    analysis = _stance("T\n\n\"We strongly condemn Tokyo,\" Moon Jae-in said.")
    relation = analysis.relations[0]
    assert (relation.source, relation.source_mention.text, relation.target) == ("moon-jae-in", "We", "japan")
    assert relation.voice == "moon-jae-in"
    # the second part of a quote split by its attribution has the same speaker
    analysis = _stance("T\n\n\"We back Moon Jae-in,\" Kim said. \"And we condemn Tokyo.\"")
    assert [(r.source, r.source_mention.text, r.target, r.voice) for r in analysis.relations] == [
        ("kim-jong-un", "We", "moon-jae-in", "kim-jong-un"),
        ("kim-jong-un", "we", "japan", "kim-jong-un"),
    ]


# -- the framing lexicon ---------------------------------------------------------------------


def test_inflection_rule():
    assert inflect("criticise") == ("criticises", "criticised", "criticising")
    assert inflect("court") == ("courts", "courted", "courting")
    assert inflect("ally") == ("allies", "allied", "allying")
    assert inflect("reach") == ("reaches", "reached", "reaching")


def test_a_teacher_s_own_lexicon_changes_the_relations(tmp_path, seed):
    own = tmp_path / "verbs.txt"
    own.write_text("# my verbs\n[cooperation]\nsend/sent 0.5\n[negation]\nnot\n", encoding="utf-8")
    analysis = newslab.analyze(seed)
    mine = find_relations(seed, analysis.actors, framing=load_framing(own))
    assert [(r.source, r.verb.text, r.target, r.score) for r in mine] == [
        ("kim-jong-un", "sent", "moon-jae-in", 0.5)
    ]
    words = tmp_path / "my_lists"
    words.mkdir()
    (words / "framing_verbs.txt").write_text(own.read_text(encoding="utf-8"), encoding="utf-8")
    assert [r.verb.text for r in newslab.analyze(seed, word_lists=words).relations] == ["sent"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("support\n", "before any"),
        ("[friendship]\nsupport\n", "unknown section"),
        ("[conflict]\nattack 2\n", "STRENGTH"),
    ],
)
def test_a_broken_lexicon_is_refused_clearly(tmp_path, content, message):
    path = tmp_path / "broken.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FramingFormatError, match=message):
        load_framing(path)
    assert issubclass(FramingFormatError, newslab.NewslabError)


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Weather\n\nIt rained all day. Nobody came.",
        "Kim\n\nKim",
        "T\n\nKim. Trump. Yes. No!",
        "T\n\nKim",
        "T\n\nTrump",
        "T\n\nPraised Kim.",
        "T\n\nKim met",
        "T\n\n\"Trump",
        "T\n\n" + "Kim " * 300 + "met Xi.",
        "T\n\nXi, who.",
        "T\n\nand Kim met , , Xi as well as",
    ],
)
def test_odd_articles_do_not_crash(text, check_spans):
    analysis = newslab.analyze(text)
    document = analysis.to_dict()
    check_spans(document)
    assert set(document["stance"]) == {"items", "neutral_band"} and set(document["relations"]) == {"items"}
    summarize(analysis.stance)
    analysis.tables()


def test_no_actors_gives_an_empty_stance():
    analysis = newslab.analyze("Weather\n\nIt rained all day. Nobody came.")
    assert not analysis.stance.actors and not analysis.relations
    assert summarize(analysis.stance) == ["stance:     no actor mentioned in the body"]
    assert summarize_relations(analysis.relations) == ["relations:  0 (0 cooperation, 0 conflict)"]


def test_actors_at_the_very_start_and_end_of_sentences():
    analysis = newslab.analyze("T\n\nKim. Trump praised Kim")
    kim = analysis.stance.actor("kim-jong-un")
    assert [e.mention.text for e in kim.evidence] == ["Kim", "Kim"]
    assert _relations(analysis) == [("donald-trump", "praised", "kim-jong-un", "cooperation")]


def test_the_layer_runs_without_quotes_and_claims(seed):
    actors = newslab.analyze(seed).actors
    stance = find_stance(seed, actors)
    assert {v.voice for a in stance for v in a.voices} == {"author"}
    assert find_relations(seed, actors)  # the relations need only the actors


def test_a_sentence_naming_more_mentions_than_the_limit_is_left_out_of_stance():
    from newslab.stance.layer import MAX_MENTIONS_PER_SENTENCE

    listed = "Officials from " + "the U.S., " * MAX_MENTIONS_PER_SENTENCE + "and China met."
    analysis = newslab.analyze("T\n\nCritics slammed Ana Ruiz for the plan. " + listed)
    names = {stance.name: stance for stance in analysis.layers["stance"].actors}
    assert set(names) == {"Ana Ruiz"}  # the United States and China are named only in the list
    assert [e.sentence for e in names["Ana Ruiz"].evidence] == [0]
    shorter = "Officials from " + "the U.S., " * (MAX_MENTIONS_PER_SENTENCE - 2) + "and China met."
    kept = newslab.analyze("T\n\nCritics slammed Ana Ruiz for the plan. " + shorter)
    assert {"Ana Ruiz", "United States", "China"} <= {s.name for s in kept.layers["stance"].actors}
