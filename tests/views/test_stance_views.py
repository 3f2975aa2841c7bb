"""The stance views and the stance picker, driven from Python: what the pane shows is the layer's."""

from __future__ import annotations

import pytest

import newslab
from newslab.errors import NewslabError
from newslab.views.stance_views import stance_picker, stance_view, target_view


def evidence_blocks(page: str) -> list[str]:
    return page.split('<div class="nl-stance-evidence ')[1:]


def test_the_picker_lists_every_scored_actor_most_scored_first(seed_analysis):
    picker = stance_picker(seed_analysis)
    assert "nl-stance-picker" in picker._dom_classes
    ids = [value for _, value in picker.actor.options]
    counts = [seed_analysis.stance.actor(i).mentions_scored for i in ids]
    assert sorted(ids) == sorted(a.actor for a in seed_analysis.stance)
    assert counts == sorted(counts, reverse=True)
    assert picker.actor.value == ids[0]


@pytest.mark.parametrize("actor_id", ["china", "lu-kang", "donald-trump"])
def test_changing_the_dropdown_shows_that_actors_evidence(seed_analysis, read_html, actor_id):
    picker = stance_picker(seed_analysis)
    picker.actor.value = actor_id
    actor = seed_analysis.stance.actor(actor_id)
    page = picker.view.value
    shown = read_html(page)
    assert f"{actor.name} · {actor.kind}" in "".join(shown.text)
    blocks = evidence_blocks(page)
    assert len(blocks) == len(actor.evidence)
    for block, evidence in zip(blocks, actor.evidence, strict=True):
        assert f'data-nl-sentence="{evidence.sentence}"' in block
        assert f'data-nl-voice="{evidence.voice}"' in block
        signed = f"{evidence.score:+.2f}".replace("-0.00", "+0.00")  # the view shows no "-0.00"
        assert f"{evidence.label} {signed}" in block
        one = read_html('<div class="' + block[: block.index('<div class="nl-stance-why')] + "</div>")
        mention = next(m for m in one.marks if m["class"] == "nl-mark nl-mark-mention")
        assert "".join(one.pieces[mention["data-nl-span"]]) == evidence.mention.text
        marked = [m for m in one.marks if m["class"] == "nl-mark nl-mark-evidence"]
        assert {m["data-nl-span"] for m in marked} == {str(i) for i in range(1, len(evidence.phrases) + 1)}
    rows = page.split('<tr class="nl-row">')[1:]
    assert len(rows) == len(actor.voices)
    for row, voice in zip(rows, actor.voices, strict=True):
        assert voice.voice_name in row and f"{voice.score:+.2f}" in row


def test_lu_kangs_warm_words_are_shown_in_his_voice_not_the_reporters(seed_analysis):
    picker = stance_picker(seed_analysis)
    picker.actor.value = "china"
    lu = next(e for e in seed_analysis.stance.actor("china").evidence if e.voice == "lu-kang")
    block = next(b for b in evidence_blocks(picker.view.value) if 'data-nl-voice="lu-kang"' in b)
    assert f'data-nl-sentence="{lu.sentence}"' in block and "voice: Lu Kang" in block
    assert "why this voice: inside quote 1, spoken by Lu Kang" in block


def test_article_text_is_escaped():
    article = newslab.Article.from_text("T\n\nCritics slammed Ana Ruiz for the <b>disastrous</b> plan.")
    analysis = newslab.analyze(article)
    page = stance_view(article, analysis.stance.actor(analysis.stance.actors[0].actor), jupyter=False)
    assert "<b>" not in page and "&lt;b&gt;" in page


def test_target_view_shows_label_score_and_evidence(read_html):
    sentence = "Critics slammed Smith for the disastrous plan."
    result = newslab.target_sentiment(sentence, 16, 21)
    shown = read_html(target_view(sentence, result, 16, 21, jupyter=False))
    assert f"{result.label} {result.score:+.2f}" in "".join(shown.text)
    kinds = [m["class"] for m in shown.marks]
    assert kinds.count("nl-mark nl-mark-mention") == 1
    assert kinds.count("nl-mark nl-mark-evidence") == len(result.evidence)
    assert sentence in "".join(shown.text).replace("\n", "")


def test_an_article_without_scored_actors_gives_a_clear_error():
    with pytest.raises(NewslabError, match="no stance to show"):
        stance_picker(newslab.analyze(newslab.Article.from_text("T\n\nIt rained all day.")))
