"""The actors layer: the seed's hard cases one by one, discovery, invariants and bad input."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslab
from newslab.actors import actor_named, cooccurrence, find_actors
from newslab.errors import NewslabError


@pytest.fixture(scope="module")
def seed_actors(seed):
    return find_actors(seed)


def mentions_in(actors, sentence_text, article):
    """(text, actor id, rule) of every mention inside the sentence that contains the words."""
    sentence = next(s for s in article.sentences if sentence_text in s.text)
    found = [(m, a.id) for a in actors for m in a.mentions if sentence.start <= m.start < sentence.end]
    return [(m.text, actor, m.rule) for m, actor in sorted(found, key=lambda item: item[0].start)]


def by_text(found):
    return {(text, actor) for text, actor, _ in found}


def find(text):
    return find_actors(newslab.Article.from_text(text))


def check_invariants(article, actors):
    sentences = {s.id: s for s in article.sentences}
    spans = []
    for actor in actors:
        assert actor.count == len(actor.mentions) >= 1
        assert list(actor.mentions) == sorted(actor.mentions, key=lambda m: m.start)
        for m in actor.mentions:
            assert article.text[m.start : m.end] == m.text and m.text.strip() == m.text
            assert m.actor == actor.id and m.rule
            region = article.title if m.sentence == -1 else sentences[m.sentence]
            assert region.start <= m.start < m.end <= region.end
            assert not any(r.start < m.end and m.start < r.end for r in article.removed)
            spans.append(m)
    spans.sort(key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    firsts = [a.first_mention.start for a in actors]
    assert firsts == sorted(firsts)


# --- the seed's hard cases ----------------------------------------------------------------


def test_seed_mentions_obey_every_invariant(seed, seed_actors):
    check_invariants(seed, seed_actors)


def test_bare_kim_is_kim_jong_un_because_the_catalog_lists_the_surname(seed, seed_actors):
    found = mentions_in(seed_actors, "Kim flew to Dalian", seed)
    assert found[0] == ("Kim", "kim-jong-un", "catalog alias")


def test_honorific_stays_out_of_the_span_and_goes_into_the_rule(seed, seed_actors):
    found = mentions_in(seed_actors, "announced Mr Kim's visit", seed)
    assert ("Kim", "kim-jong-un", "catalog alias, after the honorific 'Mr'") in found


@pytest.mark.parametrize(
    ("sentence", "name", "actor", "title"),
    [
        ("Kim flew to Dalian", "Xi Jinping", "xi-jinping", "Chinese leader"),
        ("Kim flew to Dalian", "Donald Trump", "donald-trump", "US President"),
        ("surprise visit", "Donald Trump", "donald-trump", "United States President"),
        ("Kim also sent a letter", "Moon Jae-in", "moon-jae-in", "South Korean President"),
        ("told CNBC", "Mike Pompeo", "mike-pompeo", "Secretary of State"),
        ("The US delegation", "Jeffrey Gerrish", "jeffrey-gerrish", "Deputy US Trade Representative"),
    ],
)
def test_titles_are_recorded_in_the_rule(seed, seed_actors, sentence, name, actor, title):
    found = mentions_in(seed_actors, sentence, seed)
    assert (name, actor, f"catalog name, after the title '{title}'") in found


def test_a_country_named_inside_a_title_is_a_mention_a_demonym_is_not(seed, seed_actors):
    first = by_text(mentions_in(seed_actors, "Kim flew to Dalian", seed))
    assert ("US", "united-states") in first
    assert not any(text == "Chinese" for text, _ in first)
    gerrish = [t for t, a, _ in mentions_in(seed_actors, "The US delegation", seed) if a == "united-states"]
    assert gerrish == ["US", "US", "US"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [("The North Korean leader will be", "North Korean leader"),
     ("first foreign trip", "North Korea's leader")],
)
def test_role_descriptions_name_kim(seed, seed_actors, sentence, role):
    found = mentions_in(seed_actors, sentence, seed)
    assert (role, "kim-jong-un", "role description") in found
    assert not any(text == "North Korea" for text, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Beijing and Pyongyang have deepened", {("Beijing", "china"), ("Pyongyang", "north-korea")}),
        ("Washington is pressing the North", {("Washington", "united-states"),
                                               ("the North", "north-korea"),
                                               ("Pyongyang", "north-korea")}),
        ("offered by Washington to Pyongyang", {("Washington", "united-states"),
                                                ("Pyongyang", "north-korea")}),
        ("engaged with Beijing", {("Beijing", "china"), ("Seoul", "south-korea"),
                                  ("Washington", "united-states")}),
    ],
)
def test_capitals_that_act_stand_for_their_government(seed, seed_actors, sentence, expected):
    found = mentions_in(seed_actors, sentence, seed)
    assert expected <= by_text(found)
    assert all("capital for its government" in rule for text, _, rule in found if text in
               {"Beijing", "Pyongyang", "Washington", "Seoul"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kim flew to Dalian", {("Dalian", "dalian"), ("Beijing", "beijing")}),
        ("even arrived in Beijing", {("Beijing", "beijing")}),
        ("make a visit to Seoul", {("Seoul", "seoul"), ("Pyongyang", "pyongyang")}),
    ],
)
def test_capitals_where_a_place_stands_are_the_place(seed, seed_actors, sentence, expected):
    found = by_text(mentions_in(seed_actors, sentence, seed))
    assert expected <= found
    places = {a.id: a.kind for a in seed_actors}
    assert all(places[actor] == "place" for _, actor in expected)


def test_demonyms_name_the_state_only_before_a_state_noun(seed, seed_actors):
    officials = mentions_in(seed_actors, "Chinese officials here", seed)
    assert ("Chinese", "china", "demonym + state noun (officials)") in officials
    airliner = mentions_in(seed_actors, "Kim flew to Dalian", seed)
    assert all(text != "Chinese" for text, _, _ in airliner)
    economy = mentions_in(seed_actors, "the North Korean economy", seed)
    assert all("North Korea" not in text or text == "the North" for text, _, _ in economy)
    delegation = mentions_in(seed_actors, "The US delegation", seed)
    assert delegation[0][:2] == ("US", "united-states")


def test_longest_match_wins(seed, seed_actors):
    found = mentions_in(seed_actors, "North Korean state media", seed)
    assert found[0] == ("North Korean state media", "north-korean-state-media", "catalog name")
    summit = by_text(mentions_in(seed_actors, "North Korea-U.S. summit", seed))
    assert {("North Korea", "north-korea"), ("U.S.", "united-states")} <= summit


def test_us_glued_to_the_next_word_is_still_found(seed, seed_actors):
    found = mentions_in(seed_actors, "push the U.S.to make", seed)
    assert ("U.S.", "united-states", "catalog alias") in found


def test_lu_said_is_lu_kang(seed, seed_actors):
    assert ("Lu", "lu-kang") in by_text(mentions_in(seed_actors, "Lu said", seed))


def test_headline_mentions_have_sentence_minus_one_and_removed_text_has_none(seed, seed_actors):
    headline = [(m.text, a.id) for a in seed_actors for m in a.mentions if m.sentence == -1]
    assert headline == [("Trump", "donald-trump"), ("Kim", "kim-jong-un"), ("China", "china")]
    assert all(m.start < seed.title.end for a in seed_actors for m in a.mentions if m.sentence == -1)


def test_seed_discovers_its_places_and_nothing_that_is_not_an_actor(seed_actors):
    discovered = {a.name: a.kind for a in seed_actors if a.discovered}
    assert discovered == {
        "Dalian": "place",
        "Diaoyutai State Guest House": "place",
        "Great Hall of the People": "place",
        "Tiananmen Square": "place",
    }


def test_surnames_link_to_the_full_name_before_them():
    actors = find("South Korean President Moon Jae-in spoke first. Later Moon said he agreed.")
    moon = next(a for a in actors if a.id == "moon-jae-in")
    assert [m.text for m in moon.mentions] == ["Moon Jae-in", "Moon"]
    assert moon.mentions[1].rule == "surname after full name (Moon Jae-in)"


def test_a_bare_catalog_surname_goes_to_the_person_just_named():
    actors = find("Kim Yo Jong arrived on Monday. Kim said the talks went well.")
    assert [(a.name, a.discovered, [m.text for m in a.mentions]) for a in actors] == [
        ("Kim Yo Jong", True, ["Kim Yo Jong", "Kim"])
    ]


def test_a_catalog_name_inside_a_longer_name_is_not_a_mention():
    actors = find("The actor Denzel Washington visited the Bank of China and read the Washington Post.")
    assert [(a.name, a.discovered) for a in actors] == [
        ("Denzel Washington", True), ("Bank of China", True), ("Washington Post", False)
    ]


def test_cooccurrence_counts_sentences_shared_by_two_actors(seed_actors):
    pairs = cooccurrence(seed_actors)
    sentences = {a.id: set(a.sentences) for a in seed_actors}
    for first, second, count in pairs:
        assert count == len(sentences[first] & sentences[second]) > 0
    expected = sum(1 for a in seed_actors for b in seed_actors if a.id < b.id
                   and sentences[a.id] & sentences[b.id])
    assert len(pairs) == expected
    assert [p[2] for p in pairs] == sorted((p[2] for p in pairs), reverse=True)


def test_an_actor_is_found_by_its_name_id_or_alias_in_any_case(seed_actors):
    kim = next(a for a in seed_actors if a.id == "kim-jong-un")
    for name in ("Kim Jong Un", "kim jong un", "kim-jong-un", "Kim", "  KIM  JONG-UN "):
        assert actor_named(seed_actors, name) is kim
    assert actor_named(seed_actors, "u.s.").id == "united-states"
    with pytest.raises(NewslabError, match="no actor called 'Kim Yo Jong'.*Donald Trump, Kim Jong Un"):
        actor_named(seed_actors, "Kim Yo Jong")
    with pytest.raises(NewslabError, match="the actors are: none"):
        actor_named((), "Kim")


# --- discovery on an article the catalog knows nothing about --------------------------------

NEW_ARTICLE = (
    "Harbour board approves new ferry terminal\n\n"
    "The Port Ellery Harbour Board on Tuesday approved a new ferry terminal, said board chair "
    'Miriam Achebe. "It will carry a million passengers a year," Achebe told the Coastal Herald.\n\n'
    "Opponents say the terminal will bring traffic. Tomas Lindgren, who runs a fish market on the "
    'quay, said he would appeal. "Nobody asked us," said Lindgren. Ms Achebe flew to Halvik on '
    "Wednesday to meet investors from Nordvest Shipping.\n\n"
    "The National Ports Authority (NPA) must still approve the plan. NPA officials declined to "
    "comment.\n"
)


@pytest.fixture(scope="module")
def new_article():
    return newslab.Article.from_text(NEW_ARTICLE)


def test_discovery_finds_people_organisations_media_and_places(new_article):
    actors = find_actors(new_article)
    check_invariants(new_article, actors)
    found = {a.name: (a.kind, a.discovered, a.count) for a in actors}
    assert found == {
        "Port Ellery Harbour Board": ("organisation", True, 1),
        "Miriam Achebe": ("person", True, 3),
        "Coastal Herald": ("media", True, 1),
        "Tomas Lindgren": ("person", True, 2),
        "Halvik": ("place", True, 1),
        "Nordvest Shipping": ("organisation", True, 1),
        "National Ports Authority": ("organisation", True, 3),
    }


def test_discovered_mentions_say_why(new_article):
    rules = {m.text: m.rule for a in find_actors(new_article) for m in a.mentions}
    assert rules["Miriam Achebe"] == (
        "discovered name (kind guess: person, after a title), after the title 'board chair'"
    )
    assert rules["Lindgren"] == "surname after full name (Tomas Lindgren)"
    assert rules["Halvik"] == "discovered name (kind guess: place, where a place stands)"
    assert rules["NPA"] == "acronym of (National Ports Authority)"


def test_sentence_openers_and_months_are_not_discovered():
    actors = find("Critics say the plan failed. Meanwhile Jan Novak arrived in May. "
                  "Since March, officials said, It was calm on New Year's Day.")
    assert [a.name for a in actors] == ["Jan Novak"]


# --- the user's own catalog --------------------------------------------------------------


def test_a_user_catalog_replaces_the_default(tmp_path, new_article):
    path = tmp_path / "harbour.csv"
    path.write_text(
        "# my actors\nid,name,kind,aliases,roles\n"
        "achebe,Miriam Achebe,person,Achebe,\n"
        "npa,National Ports Authority,organisation,NPA,the ports regulator\n",
        encoding="utf-8",
    )
    actors = find_actors(new_article, catalog=path)
    mine = {a.id: (a.discovered, a.count) for a in actors if not a.discovered}
    assert mine == {"achebe": (False, 3), "npa": (False, 3)}
    china = find_actors(newslab.Article.from_text("They met officials from China."), catalog=path)
    assert [(a.name, a.discovered) for a in china] == [("China", True)]


def test_a_merged_catalog_extends_the_default(tmp_path):
    from newslab.actors import load_catalog, merge_catalogs

    path = tmp_path / "extra.csv"
    path.write_text("id,name,kind,aliases,roles\nachebe,Miriam Achebe,person,,harbour board chair\n",
                    encoding="utf-8")
    catalog = merge_catalogs(load_catalog(), load_catalog(path))
    actors = find_actors(
        newslab.Article.from_text("The harbour board chair met Chinese officials."), catalog=catalog
    )
    assert [(a.id, a.mentions[0].text, a.mentions[0].rule) for a in actors] == [
        ("achebe", "harbour board chair", "role description"),
        ("china", "Chinese", "demonym + state noun (officials)"),
    ]


# --- bad input ---------------------------------------------------------------------------


def test_an_article_without_actors_has_none():
    assert find("the weather was mild today. it rained a little in the evening.") == ()


def test_find_actors_refuses_a_string_clearly():
    with pytest.raises(TypeError, match="takes an Article"):
        find_actors("Kim met Xi.")


def test_a_one_megabyte_article_gives_exactly_the_repeated_counts(seed):
    body = seed.text[seed.paragraphs[2].start : seed.paragraphs[21].end] + "\n\n"
    once = find_actors(newslab.Article.from_text("A headline\n\n" + body))
    copies = 1_000_000 // len(body) + 1
    article = newslab.Article.from_text("A headline\n\n" + body * copies)
    assert len(article.text) > 1_000_000
    many = find_actors(article)
    assert {a.id: a.count * copies for a in once} == {a.id: a.count for a in many}


def test_a_text_in_title_case_discovers_nothing_but_finds_catalog_names():
    text = ("Kim Courts China's Support As Trump Waits\n\n"
            "Kim Courts China's Support As Trump Waits For Another Summit In The Spring.")
    actors = find(text)
    assert {a.name for a in actors} == {"Kim Jong Un", "China", "Donald Trump"}
    assert not any(a.discovered for a in actors)


def test_a_text_in_capitals_does_not_crash():
    article = newslab.Article.from_text("KIM FLEW TO BEIJING. XI MET HIM AT THE GREAT HALL. " * 200)
    actors = find_actors(article)
    check_invariants(article, actors)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["Kim", " ", "Mr", ".", "\n\n", "North", "Korean", "Korea", "'s", "said", "Jane", "Doe",
     "of", "the", "Bank", "to", "Beijing", "U.S.", "-", "in", "\u2019", "\"", "Chinese", "officials",
     "President", "and", "Lu", "X"]), max_size=60).map(" ".join))
def test_mentions_stay_exact_on_any_mix_of_names(text):
    try:
        article = newslab.Article.from_text(text)
    except NewslabError:
        return
    check_invariants(article, find_actors(article))


# --- the document, tables and summary -------------------------------------------------------


def test_the_document_holds_the_actors_and_validates(seed_analysis, schema):
    document = json.loads(seed_analysis.to_json())
    jsonschema.validate(document, schema)
    actors = document["actors"]["items"]
    assert [a["id"] for a in actors] == [a.id for a in seed_analysis.actors]
    assert all(a["count"] == len(a["mentions"]) for a in actors)
    starts = [a["mentions"][0]["start"] for a in actors]
    assert starts == sorted(starts)


def test_the_schema_rejects_a_mention_without_a_rule(seed_analysis, schema):
    document = seed_analysis.to_dict()
    del document["actors"]["items"][0]["mentions"][0]["rule"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_tables_hold_one_row_per_actor_mention_and_pair(seed_analysis):
    tables = seed_analysis.tables()
    actors = seed_analysis.actors
    assert list(tables["actors"]["id"]) == [a.id for a in actors]
    assert list(tables["actors"]["count"]) == [a.count for a in actors]
    assert len(tables["mentions"]) == sum(a.count for a in actors)
    assert set(tables["mentions"]["actor"]) == {a.id for a in actors}
    assert len(tables["cooccurrence"]) == len(cooccurrence(actors))


def test_summary_names_the_most_mentioned_actors(seed_analysis):
    line = next(x for x in seed_analysis.summary().splitlines() if x.startswith("actors:"))
    top = sorted(seed_analysis.actors, key=lambda a: -a.count)[:5]
    assert line == f"actors:     {len(seed_analysis.actors)} (" + ", ".join(
        f"{a.name} {a.count}" for a in top) + ", ...)"
