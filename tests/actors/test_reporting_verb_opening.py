"""A reporting verb that opens a sentence ("Said Dorothy Poynter, who ...") is not part of the
name after it (issue 14, speakers on real news)."""

from __future__ import annotations

import newslab


def test_a_sentence_opening_said_is_left_out_of_the_name():
    text = (
        "Title\n\nNeighbours remembered the boxer on Sunday.\n\n"
        "Said Dorothy Poynter, who grew up with him, \"He was kind to everyone.\""
    )
    analysis = newslab.analyze(newslab.load_text(text))
    names = [actor.name for actor in analysis.layers["actors"]]
    assert "Dorothy Poynter" in names
    assert not any(name.startswith("Said ") for name in names)
    quote = next(q for q in analysis.quotes if "kind to everyone" in q.quoted_text)
    assert quote.speaker_name == "Dorothy Poynter"
