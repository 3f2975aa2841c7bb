"""Highlighted HTML: escaped, exact, well nested, deterministic."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newslab
from newslab.text.spans import Span
from newslab.views.highlight import highlight
from newslab.views.palette import KIND_COLORS, OKABE_ITO, tint

HOSTILE = 'Kim said <script>alert("x")</script> and <img src=x onerror=alert(1)> & left.\n\nXi "smiled".'


@dataclass(frozen=True)
class Labelled:
    start: int
    end: int
    kind: str = "quote"
    label: str | None = None
    title: str | None = None


def test_article_text_labels_and_titles_are_escaped(read_html):
    script = HOSTILE.index("<script>")
    image = HOSTILE.index("<img")
    spans = [
        Labelled(script, HOSTILE.index("and"), label='<b onmouseover="alert(2)">L</b>', title='" onerror="x'),
        Labelled(image, HOSTILE.index(" &"), kind='"><script>'),
    ]
    page = highlight(HOSTILE, spans, jupyter=False)
    assert "<script" not in page and "<img" not in page and "<b " not in page
    assert 'onerror="x' not in page and 'onmouseover="alert' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    parsed = read_html(page)
    assert "".join(parsed.text) == HOSTILE
    assert parsed.labels == ['<b onmouseover="alert(2)">L</b>']
    assert parsed.marks[0]["title"] == '" onerror="x'
    assert set(parsed.tags) <= {"div", "mark", "span"}


def test_the_visible_text_is_exactly_the_article_and_line_breaks_stay(seed, read_html):
    page = highlight(seed.text, [*seed.removed, *seed.sentences], jupyter=False)
    assert "".join(read_html(page).text) == seed.text
    assert "\n\n" in page and "white-space: pre-wrap" in page


def test_each_span_becomes_a_mark_with_stable_classes_and_its_own_text(seed, read_html):
    page = highlight(seed.text, seed.sentences, jupyter=False)
    parsed = read_html(page)
    assert len(parsed.marks) == len(seed.sentences)
    assert all(m["class"] == "nl-mark nl-mark-sentence" for m in parsed.marks)
    for index, sentence in enumerate(seed.sentences):
        assert "".join(parsed.pieces[str(index)]) == sentence.text


def test_removed_spans_show_their_reason_as_tooltip_and_palette_colour(seed, read_html):
    parsed = read_html(highlight(seed.text, seed.removed, jupyter=False))
    assert [m["title"] for m in parsed.marks] == [r.reason for r in seed.removed]
    assert all(m["class"] == "nl-mark nl-mark-removed" for m in parsed.marks)
    assert tint(KIND_COLORS["removed"], 0.35) in parsed.marks[0]["style"]


def test_nested_spans_become_nested_marks(read_html):
    text = "North Korean leader Kim Jong Un"
    outer, inner = Labelled(0, len(text), kind="person", label="actor"), Labelled(20, 31, kind="name")
    parsed = read_html(highlight(text, [inner, outer], jupyter=False))
    assert [m["data-nl-span"] for m in parsed.marks] == ["1", "0"]  # outer opens first
    assert "".join(parsed.pieces["1"]) == text and "".join(parsed.pieces["0"]) == "Kim Jong Un"
    assert parsed.labels == ["actor"]


def test_crossing_spans_are_cut_so_the_html_stays_well_nested(read_html):
    text = "Kim met Xi in Beijing on Tuesday"
    first, second = Labelled(0, 13, label="one"), Labelled(8, 21, label="two")
    page = highlight(text, [first, second], jupyter=False)
    parsed = read_html(page)  # asserts nesting
    assert [m["data-nl-span"] for m in parsed.marks] == ["0", "1", "1"]
    assert "".join(parsed.pieces["0"]) == text[0:13]
    assert "".join(parsed.pieces["1"]) == text[8:21]
    assert parsed.labels == ["one", "two"]  # a label sits on its span's last piece
    assert "".join(parsed.text) == text


def test_identical_spans_keep_list_order_and_output_is_deterministic():
    text = "Kim arrived."
    spans = [Labelled(0, 3, kind="a"), Labelled(0, 3, kind="b")]
    page = highlight(text, spans, jupyter=False)
    assert page.index("nl-mark-a") < page.index("nl-mark-b")
    assert page == highlight(text, list(spans), jupyter=False)


def test_within_shows_one_paragraph_and_cuts_spans_to_it(seed, read_html):
    paragraph = seed.paragraphs[3]
    parsed = read_html(
        highlight(seed.text, seed.sentences, within=(paragraph.start, paragraph.end), jupyter=False)
    )
    assert "".join(parsed.text) == paragraph.text
    assert len(parsed.marks) == sum(1 for s in seed.sentences if s.paragraph == 3)


def test_labels_and_titles_accept_lists_or_functions(read_html):
    text = "Kim met Xi."
    spans = [Span.of(text, 0, 3), Span.of(text, 8, 10)]
    by_list = read_html(highlight(text, spans, labels=["K", None], titles=["first", "second"], jupyter=False))
    assert by_list.labels == ["K"] and [m["title"] for m in by_list.marks] == ["first", "second"]
    by_function = read_html(highlight(text, spans, labels=lambda s: s.text.upper(), jupyter=False))
    assert by_function.labels == ["KIM", "XI"]


def test_kinds_give_classes_colours_and_a_legend(read_html):
    text = "Kim met Xi in Beijing."
    spans = [
        Labelled(0, 3, kind="Person"),
        Labelled(14, 21, kind="new kind!"),
        Labelled(8, 10, kind="person"),
    ]
    page = highlight(text, spans, colors={"person": "#000000"}, legend=True, jupyter=False)
    parsed = read_html(page)
    assert [m["class"] for m in parsed.marks] == [
        "nl-mark nl-mark-person",
        "nl-mark nl-mark-person",
        "nl-mark nl-mark-new-kind",
    ]
    assert "border-bottom: 2px solid #000000" in parsed.marks[0]["style"]
    assert f"border-bottom: 2px solid {OKABE_ITO['blue']}" in parsed.marks[2]["style"]
    assert page.startswith('<div class="nl-legend"')
    assert page.count("nl-legend-item") == 2
    without_override = read_html(highlight(text, spans, jupyter=False))
    assert f"border-bottom: 2px solid {KIND_COLORS['person']}" in without_override.marks[0]["style"]
    assert f"border-bottom: 2px solid {OKABE_ITO['blue']}" in without_override.marks[2]["style"]


def test_empty_spans_are_skipped_and_bad_spans_refused():
    text = "Kim arrived."
    assert "<mark" not in highlight(text, [Span(3, 3, "")], jupyter=False)
    with pytest.raises(ValueError, match="outside a text of length 12"):
        highlight(text, [Span(5, 40, "")], jupyter=False)
    with pytest.raises(ValueError, match="no whole-number start"):
        highlight(text, ["not a span"], jupyter=False)
    with pytest.raises(ValueError, match="one entry a span"):
        highlight(text, [Span(0, 3, "Kim")], labels=["a", "b"], jupyter=False)
    with pytest.raises(ValueError, match="within"):
        highlight(text, [], within=(5, 99), jupyter=False)


def test_jupyter_true_gives_an_html_object_with_the_same_page():
    from IPython.display import HTML

    article = newslab.Article.from_text("Kim in Beijing\n\nKim arrived.")
    shown = highlight(article.text, article.sentences, jupyter=True)
    assert isinstance(shown, HTML)
    assert shown.data == highlight(article.text, article.sentences, jupyter=False)


def test_outside_jupyter_the_default_is_a_string():
    assert isinstance(highlight("Kim", [Span(0, 3, "Kim")]), str)


def test_marks_leave_out_whitespace_at_their_ends(seed, read_html):
    parsed = read_html(highlight(seed.text, seed.removed, jupyter=False))
    assert seed.removed[0].text.endswith("\n\n")
    assert "".join(parsed.pieces["0"]) == seed.removed[0].text.strip()
    assert "".join(parsed.text) == seed.text
    assert "<mark" not in highlight("Kim \n\n left.", [Span(3, 7, " \n\n ")], jupyter=False)
