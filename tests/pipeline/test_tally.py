"""Who speaks: mentions, quotes and reported sentences per actor, and claims by voice and certainty."""

from __future__ import annotations

import newslab
from newslab.pipeline.tally import CERTAINTIES, SPEAKING_KINDS, claim_counts, who_speaks, who_speaks_table
from newslab.speech.claims import VOICES

SHORT = newslab.Article.from_text(
    'Talks\n\nXi met Kim in Beijing. "We are friends," Kim said. Xi says talks went well. '
    '"We agree," Kim said. Moon Jae-in was not there.'
)


def test_each_actor_is_counted_from_the_layers_results():
    analysis = newslab.analyze(SHORT)
    found = {v.name: (v.mentions, v.quotes, v.reported) for v in who_speaks(analysis)}
    assert found == {"Kim Jong Un": (3, 2, 0), "Xi Jinping": (2, 0, 1), "Moon Jae-in": (1, 0, 0)}
    assert "Beijing" not in found  # places do not speak


def test_on_the_seed_xi_is_named_but_never_speaks(seed_analysis):
    voices = {v.name: v for v in who_speaks(seed_analysis)}
    xi, kim = voices["Xi Jinping"], voices["Kim Jong Un"]
    assert (xi.mentions, xi.quotes, xi.reported, xi.speaks) == (3, 0, 0, False)
    assert kim.speaks and kim.quotes == sum(1 for q in seed_analysis.quotes if q.speaker == "kim-jong-un")


def test_totals_match_the_quotes_and_claims_layers(seed_analysis):
    voices = who_speaks(seed_analysis, kinds=("person", "country", "organisation", "place", "media", "group"))
    assert len(voices) == len(seed_analysis.actors)
    assert sum(v.mentions for v in voices) == sum(a.count for a in seed_analysis.actors)
    assert sum(v.quotes for v in voices) == sum(1 for q in seed_analysis.quotes if q.speaker)
    reported = [c for c in seed_analysis.claims if c.voice == "reported" and c.source]
    assert sum(v.reported for v in voices) == len(reported)


def test_most_named_first_ties_in_order_of_first_mention(seed_analysis):
    voices = who_speaks(seed_analysis)
    first = [a.id for a in seed_analysis.actors]
    keys = [(-v.mentions, first.index(v.actor)) for v in voices]
    assert keys == sorted(keys)
    assert {v.kind for v in voices} <= set(SPEAKING_KINDS) and "place" not in SPEAKING_KINDS
    media = who_speaks(seed_analysis, kinds=("media",))
    assert [v.name for v in media] == ["North Korean state media", "CNBC"]


def test_the_table_holds_the_same_numbers(seed_analysis):
    table = who_speaks_table(seed_analysis)
    voices = who_speaks(seed_analysis)
    assert table.index.tolist() == [v.actor for v in voices]
    assert table["quotes"].tolist() == [v.quotes for v in voices]
    assert table.loc["xi-jinping", "mentions"] == 3


def test_claim_counts_split_every_claim_once(seed_analysis):
    claims = seed_analysis.claims
    counts = claim_counts(claims)
    assert list(counts) == list(VOICES) and all(list(c) == list(CERTAINTIES) for c in counts.values())
    assert sum(n for by_certainty in counts.values() for n in by_certainty.values()) == len(claims)
    for voice in VOICES:
        for certainty in CERTAINTIES:
            expected = sum(1 for c in claims if c.voice == voice and c.certainty == certainty)
            assert counts[voice][certainty] == expected
    assert claim_counts(()) == {voice: {"asserted": 0, "hedged": 0} for voice in VOICES}
