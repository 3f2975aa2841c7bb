"""Scoring many mentions in one batch gives exactly what scoring each alone gives, and the
features built for the batch are those extract_features reports."""

from __future__ import annotations

import newslab
from newslab.stance.features import read_sentence, target_features
from newslab.stance.model import extract_features, target_sentiment, target_sentiments


def mentions(seed: newslab.Article) -> list[tuple[str, int, int]]:
    analysis = newslab.analyze(seed)
    items = []
    for actor in analysis.actors:
        for mention in actor.mentions:
            sentence = seed.sentences[mention.sentence]
            if sentence.start <= mention.start < mention.end <= sentence.end:
                items.append((sentence.text, mention.start - sentence.start, mention.end - sentence.start))
    return items


def test_a_batch_scores_each_mention_as_alone(seed):
    items = mentions(seed)
    assert len(items) > 20
    batch = target_sentiments(items)
    alone = [target_sentiment(*item) for item in items]
    assert batch == alone  # every probability and evidence weight equal to the last bit


def test_two_targets_of_one_sentence_get_their_own_evidence():
    sentence = "Supporters cheered Lee as critics slammed Park for the disastrous plan."
    lee, park = target_sentiments([(sentence, 19, 22), (sentence, 42, 46)])
    assert (lee.target, park.target) == ("Lee", "Park")
    assert park.label == "negative"
    assert all(sentence[e.start : e.end] == e.text for e in lee.evidence + park.evidence)
    assert lee.evidence != park.evidence


def test_batch_features_are_the_reported_features(seed):
    for text, start, end in mentions(seed)[:10]:
        features = target_features(read_sentence(text), start, end)
        reported = extract_features(text, start, end)
        assert [f.name for f in reported] == features.names
        assert [f.value for f in reported] == features.values
        assert [f.token for f in reported] == [None if t < 0 else t for t in features.tokens]
        spread = [(at, token, share) for at, f in enumerate(reported) for token, share in f.spread]
        assert spread == features.spread
