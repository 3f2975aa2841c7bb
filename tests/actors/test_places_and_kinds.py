"""Actor spans and kinds on short texts written here: the places list, first names, datelines,
sentences in capitals, role words before names, unknown names around catalog aliases, and
companies that are not people (issue 14)."""

from __future__ import annotations

import pytest

import newslab
from newslab.actors import find_actors
from newslab.actors.given_names import given_name_gender, is_given_name
from newslab.actors.places import country_of_demonym, place_named


def actors_of(text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (kind, mention texts) for the actors the real layer finds in ``text``."""
    article = newslab.Article.from_text(text)
    found = {}
    for actor in find_actors(article):
        for mention in actor.mentions:
            assert article.text[mention.start : mention.end] == mention.text
        found[actor.name] = (actor.kind, [m.text for m in actor.mentions])
    return found


def rules_of(text: str, name: str) -> list[str]:
    actor = next(a for a in find_actors(newslab.Article.from_text(text)) if a.name == name)
    return [m.rule for m in actor.mentions]


# --- the places list --------------------------------------------------------------------------


def test_countries_outside_the_catalog_are_countries_under_any_of_their_names():
    found = actors_of(
        "Syria and the United Arab Emirates signed a deal. Officials from the Syrian Arab "
        "Republic met envoys from Kenya."
    )
    assert found["Syria"] == ("country", ["Syria", "Syrian Arab Republic"])
    assert found["United Arab Emirates"][0] == "country"
    assert found["Kenya"][0] == "country"


def test_cities_and_regions_are_places_and_say_where_they_lie():
    found = actors_of("Fighting spread in Damascus and the West Bank, witnesses in Nairobi said.")
    assert found["Damascus"][0] == "place"
    assert found["West Bank"][0] == "place"
    assert rules_of("Rebels shelled Aleppo on Monday.", "Aleppo") == [
        "listed place (a place, in Syria; GeoNames)"
    ]


def test_a_listed_capital_that_acts_is_its_country_and_where_a_place_stands_is_the_place():
    found = actors_of("The EU pressed Lisbon to cut spending. Ministers flew to Lisbon on Monday.")
    assert found["Portugal"] == ("country", ["Lisbon"])
    assert found["Lisbon"] == ("place", ["Lisbon"])
    assert rules_of("The EU pressed Lisbon.", "Portugal") == [
        "capital for its government (Lisbon -> Portugal)"
    ]


def test_the_places_list_looks_names_up_exactly_or_in_capitals():
    assert place_named("Czech Republic").name == "Czechia"
    assert place_named("SRI LANKA").kind == "country"
    assert place_named("sri lanka") is None
    assert place_named("Bosnia").name == "Bosnia and Herzegovina"
    assert country_of_demonym("Kenyan") == "Kenya"


def test_a_title_before_a_city_name_makes_it_a_person():
    found = actors_of("Mr Lincoln said the vote would be close.")
    assert found["Lincoln"][0] == "person"


# --- first names, companies and clubs ----------------------------------------------------------


def test_first_names_are_listed_with_their_usual_gender():
    assert is_given_name("Greg") and is_given_name("GREG")
    assert not is_given_name("Bayern")
    assert given_name_gender("Lindsay") == "f"


def test_companies_are_not_taken_for_people_even_next_to_said():
    found = actors_of(
        "British Airways said fares would rise. Northline Ferries said it would cut routes."
    )
    assert found["British Airways"][0] == "organisation"
    assert found["Northline Ferries"][0] == "organisation"


def test_a_first_name_makes_a_person_and_a_club_built_on_a_city_is_an_organisation():
    found = actors_of("Greg Norman watched Bayern Munich beat Hansa Rostock on Saturday.")
    assert found["Greg Norman"][0] == "person"
    assert found["Bayern Munich"][0] == "organisation"
    assert rules_of("Greg Norman watched.", "Greg Norman") == [
        "discovered name (kind guess: person, 'Greg' is a first name)"
    ]


def test_a_place_next_to_a_score_is_a_team():
    found = actors_of("Results on Sunday:\nMarseille 1 Metz 2\nNantes 3 Monaco 0")
    assert found["Marseille"][0] == "organisation"
    assert found["Marseille"][1] == ["Marseille"]


# --- datelines and sentences in capitals ------------------------------------------------------


@pytest.mark.parametrize(
    "text, place",
    [
        ("SEOUL (Reuters) - Talks resumed on Monday.", "Seoul"),
        ("LONDON - Shares fell on Tuesday.", "London"),
        ("BELGRADE 1996-08-30\nThe talks resumed.", "Belgrade"),
        ("NORTHVALE (Reuters) - The plant closed.", "NORTHVALE"),
    ],
)
def test_a_dateline_is_a_place_not_an_organisation(text, place):
    found = actors_of(text)
    assert found[place][0] == "place"
    assert "Talks" not in found and "Shares" not in found


def test_a_capital_in_a_dateline_is_the_place_not_its_government():
    assert rules_of("SEOUL (Reuters) - Talks resumed.", "Seoul") == ["capital as a place (a dateline)"]


def test_headings_in_capitals_keep_places_and_names_but_not_ordinary_words():
    found = actors_of("RUGBY UNION - ENGLAND BEAT NEW ZEALAND AT TWICKENHAM\n\nPRESS DIGEST - KENYA")
    assert found["New Zealand"] == ("country", ["NEW ZEALAND"])
    assert "England" in found and "Kenya" in found
    assert not any(name.upper() in ("PRESS DIGEST", "RUGBY UNION", "PRESS") for name in found)
    assert "TWICKENHAM" in found


def test_a_catalog_name_written_in_capitals_is_still_the_catalog_actor():
    found = actors_of("UNITED NATIONS WARNS OF FAMINE IN SOMALIA")
    assert found["United Nations"] == ("organisation", ["UNITED NATIONS"])
    assert found["Somalia"][0] == "country"


# --- names: role words, and catalog aliases inside unknown names ------------------------------


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Full-back Matthew Burke scored twice.", "Matthew Burke", "Full-back"),
        ("Chancellor of the Exchequer Kenneth Clarke said rates would rise.", "Kenneth Clarke",
         "Chancellor of the Exchequer"),
        ("Midfielder Ana Ruiz scored late.", "Ana Ruiz", "Midfielder"),
    ],
)
def test_role_words_stay_out_of_the_name(text, name, title):
    found = actors_of(text)
    assert found[name] == ("person", [name])
    assert rules_of(text, name)[0].endswith(f"after the title '{title}'")


def test_a_catalog_alias_never_splits_an_unknown_full_name():
    found = actors_of("South Korea striker Kim Do Hoon scored in the second half.")
    assert found["Kim Do Hoon"] == ("person", ["Kim Do Hoon"])
    assert "Kim Jong Un" not in found and "Hoon" not in found


# --- results lists --------------------------------------------------------------------------


def test_initials_and_countries_in_brackets_make_people_in_a_results_list():
    found = actors_of("Results on Sunday\n\nA. Giles ( Australia ) beat Gerd Vogts ( GER ) 6-3 6-4")
    assert found["A. Giles"] == ("person", ["A. Giles"])
    assert found["Gerd Vogts"][0] == "person"


def test_a_name_next_to_a_score_is_a_team():
    found = actors_of("Results on Sunday\n\nOrtvik 2 Lammhult 1")
    assert found["Ortvik"][0] == "organisation"
    assert rules_of("Results on Sunday\n\nOrtvik 2 Lammhult 1", "Ortvik") == [
        "discovered name (kind guess: organisation, a team: a score or 'v' next to it)"
    ]


def test_a_demonym_before_a_person_is_no_part_of_the_name():
    found = actors_of("She faces the dangerous South African Amanda Coetzer on Monday.")
    assert found["Amanda Coetzer"] == ("person", ["Amanda Coetzer"])


def test_a_first_name_that_is_also_a_word_opens_a_name():
    found = actors_of("Will Carling led England to victory.")
    assert found["Will Carling"][0] == "person"


def test_a_listed_demonym_names_its_country_before_a_state_noun_only():
    found = actors_of("Irish officials said the tax deal stands. An Irish airline agreed.")
    assert found == {"Ireland": ("country", ["Irish"])}


def test_dotted_abbreviations_stay_inside_names():
    found = actors_of("The U.S. District Court ruled. D.A. Weibring won in St. Louis on Sunday.")
    assert found["U.S. District Court"][0] == "organisation"
    assert found["D.A. Weibring"][0] == "person"
    assert "St. Louis" in found


def test_a_surname_that_speaks_makes_its_full_name_a_person():
    found = actors_of("Zinzan Brooke scored twice. Brooke said the team had played well.")
    assert found["Zinzan Brooke"] == ("person", ["Zinzan Brooke", "Brooke"])


def test_players_in_results_lists_are_people_and_a_football_score_is_not_bowling():
    text = ("Scores\n\nNordby 2 ( Lindqvist 26th , Aaltonen 44th )\n"
            "Varkey c Osei b Pemberton 35\nTharanga 10-1-39-1\n\nNordby beat Halsvik 2-1 .")
    found = actors_of(text)
    for player in ("Lindqvist", "Aaltonen", "Varkey", "Osei", "Pemberton", "Tharanga"):
        assert found[player][0] == "person", player
    assert found["Nordby"][0] == "organisation"
    assert found["Halsvik"][0] != "person"


def test_teams_named_after_a_place_are_organisations_and_an_initial_before_a_place_is_a_place():
    found = actors_of("The San Diego Padres beat the Sydney Tigers. Aid reached S. Africa on Monday.")
    assert found["San Diego Padres"][0] == "organisation"
    assert found["Sydney Tigers"][0] == "organisation"
    assert found["S. Africa"][0] == "place"
