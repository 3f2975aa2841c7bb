"""The layers that read whole sentences share one tokenisation of each sentence."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import newslab
from newslab.text.tokens import sentence_tokens, tokenize


def test_shared_tokens_are_the_tokens_of_the_sentence(seed):
    for sentence in seed.sentences:
        shared = sentence_tokens(seed.text, sentence.start, sentence.end)
        assert isinstance(shared, tuple)
        assert list(shared) == tokenize(seed.text, sentence.start, sentence.end)
        assert sentence_tokens(seed.text, sentence.start, sentence.end) is shared


def test_another_text_is_tokenised_afresh():
    first = "Kim left. Xi stayed."
    second = "Lee left. Xi stayed."
    assert [t.text for t in sentence_tokens(first, 0, 9)] == ["Kim", "left", "."]
    assert [t.text for t in sentence_tokens(second, 0, 9)] == ["Lee", "left", "."]
    assert [t.text for t in sentence_tokens(first, 0, 9)] == ["Kim", "left", "."]


def test_threads_analysing_different_articles_get_their_own_tokens(seed):
    texts = [seed.text.replace("Kim", name) for name in ("Lee", "Park", "Moon", "Cho")] * 2
    alone = [newslab.analyze(text).to_json() for text in texts]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda text: newslab.analyze(text).to_json(), texts))
    assert threaded == alone
