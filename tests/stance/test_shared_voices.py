"""The relations layer asks the voice finder the stance layer built, with the same answers."""

from __future__ import annotations

import newslab
from newslab.stance.relations import find_relations
from newslab.stance.voices import VoiceFinder, shared_voice_finder


def test_the_same_layer_results_give_the_same_finder_and_others_a_new_one(seed_analysis):
    layers = seed_analysis.layers
    parts = [layers[name] for name in ("quotes", "claims", "actors", "clauses")]
    article = seed_analysis.article
    first = shared_voice_finder(article, *parts)
    assert shared_voice_finder(article, *parts) is first
    other = newslab.analyze(newslab.load())
    again = [other.layers[name] for name in ("quotes", "claims", "actors", "clauses")]
    assert shared_voice_finder(other.article, *again) is not first


def test_relations_with_the_shared_finder_are_those_with_a_new_one(seed_analysis):
    layers = seed_analysis.layers
    article = seed_analysis.article
    fresh = VoiceFinder(article, layers["quotes"], layers["claims"], layers["actors"], layers["clauses"])
    assert find_relations(article, layers["actors"], voices=fresh) == seed_analysis.relations
