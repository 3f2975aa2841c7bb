"""The article model on the bundled article and on awkward text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import newslab
from newslab.errors import ArticleTooLongError, EmptyArticleError
from newslab.resources import data_path
from newslab.text.article import MAX_ARTICLE_CHARACTERS, SEED_ARTICLE

SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / SEED_ARTICLE


def all_spans(article: newslab.Article) -> list[newslab.Span]:
    spans = [*article.paragraphs, *article.sentences, *article.removed]
    return spans + ([article.title] if article.title else [])


def test_bundled_article_is_byte_identical_to_the_seed():
    if not SHARED_SEED.exists():
        pytest.skip("the shared seed folder is not beside this checkout")
    assert data_path(SEED_ARTICLE).read_bytes() == SHARED_SEED.read_bytes()


def test_seed_title_removed_spans_and_paragraphs(seed):
    assert seed.title.text == "With Trump in waiting, Kim courts China's support"
    assert (seed.title.start, seed.title.end) == (0, 49)
    removed = [(r.start, r.end, r.reason) for r in seed.removed]
    assert removed[0][:3] == (51, 102, "repeated headline")
    assert removed[1][:2] == (4179, 4195)
    assert seed.text[4179:4195] == "Related Articles"
    assert len(seed.paragraphs) == 23
    assert [p.kind for p in seed.paragraphs].count("body") == 20
    assert seed.paragraphs[0].kind == "title" and seed.paragraphs[-1].kind == "removed"


def test_text_is_exactly_the_file(seed):
    assert seed.text == data_path(SEED_ARTICLE).read_text(encoding="utf-8")


def test_every_span_obeys_the_invariant(seed):
    for span in all_spans(seed):
        assert seed.text[span.start : span.end] == span.text


def test_sentences_stay_inside_body_paragraphs_and_out_of_removed_text(seed):
    for sentence in seed.sentences:
        paragraph = seed.paragraphs[sentence.paragraph]
        assert paragraph.kind == "body"
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert not any(sentence.overlaps(r) for r in seed.removed)
    assert [s.id for s in seed.sentences] == list(range(len(seed.sentences)))


def test_abbreviations_and_the_us_to_typo_do_not_split_sentences(seed):
    texts = [s.text for s in seed.sentences]
    assert any(t.startswith("Kim could be looking") and t.endswith("nuclear talks.") for t in texts)
    assert any("U.S. trade representatives" in t for t in texts)
    assert any("Mr Kim's visit yesterday morning" in t for t in texts)
    article = newslab.Article.from_text(
        "Headline here\n\nMr. Lee met Dr. Park in Jan. 2019 in the U.S. capital. They spoke."
    )
    assert [s.text for s in article.sentences] == [
        "Mr. Lee met Dr. Park in Jan. 2019 in the U.S. capital.",
        "They spoke.",
    ]


def test_the_article_is_immutable(seed):
    with pytest.raises(dataclasses.FrozenInstanceError):
        seed.text = "changed"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \u00a0\n"])
def test_empty_text_is_a_clear_error(text):
    with pytest.raises(EmptyArticleError, match="the article is empty"):
        newslab.Article.from_text(text)


def test_crlf_tabs_and_nbsp_are_kept():
    text = "Kim in Beijing\r\n\r\nKim\u00a0arrived\ton Monday.\r\n\r\nXi met him."
    article = newslab.Article.from_text(text)
    assert article.text == text
    assert article.title.text == "Kim in Beijing"
    assert [s.text for s in article.sentences] == ["Kim\u00a0arrived\ton Monday.", "Xi met him."]


def test_single_line_breaks_make_paragraphs_when_there_are_no_blank_lines():
    article = newslab.Article.from_text("Kim in Beijing\nKim arrived.\nXi met him.")
    assert [p.text for p in article.paragraphs] == ["Kim in Beijing", "Kim arrived.", "Xi met him."]


def test_boilerplate_in_the_middle_and_copyright_lines_are_set_aside():
    text = (
        "Kim in Beijing\n\nKim arrived on Monday.\n\nAdvertisement\n\nXi met him on Tuesday.\n\n"
        "They talked for hours.\n\n\u00a9 2019 Example News. All rights reserved."
    )
    article = newslab.Article.from_text(text)
    removed = [r.text.strip() for r in article.removed]
    assert "Advertisement" in removed
    assert any(r.startswith("\u00a9 2019") for r in removed)
    assert [s.text for s in article.sentences] == [
        "Kim arrived on Monday.", "Xi met him on Tuesday.", "They talked for hours."
    ]


def test_read_more_in_the_first_half_does_not_cut_the_story():
    text = "Title line\n\nFirst fact.\n\nRead more\n\nSecond fact.\n\nThird.\n\nFourth.\n\nFifth."
    article = newslab.Article.from_text(text)
    assert "Fifth." in [s.text for s in article.sentences]


def test_a_user_boilerplate_file_is_used(tmp_path):
    rules = tmp_path / "rules.txt"
    rules.write_text("# my site\ntail  more from our partners\n", encoding="utf-8")
    text = "Title\n\nOne.\n\nTwo.\n\nThree.\n\nMore from our partners\n\nBuy shoes."
    article = newslab.Article.from_text(text, boilerplate=rules)
    assert [s.text for s in article.sentences] == ["One.", "Two.", "Three."]


def test_non_english_text_works_with_a_warning():
    text = (
        "Kim in Peking\n\nDer nordkoreanische Machthaber ist zu seinem vierten Besuch in China "
        "eingetroffen. Er wird sich mit dem chinesischen Staatschef treffen."
    )
    article = newslab.Article.from_text(text)
    assert any("English-only" in w for w in article.warnings)
    assert len(article.sentences) == 2


def test_english_text_has_no_language_warning(seed):
    assert seed.warnings == ()


def test_zero_width_emoji_rtl_and_stray_quotes_keep_spans_valid():
    text = (
        "Head\u200bline \U0001F600\n\n\u201cKim said \u200d it. \"Odd quote \u05e9\u05dc\u05d5\u05dd"
        " \u0645\u0631\u062d\u0628\u0627. \u2019Another\u201d one!"
    )
    article = newslab.Article.from_text(text)
    for span in all_spans(article):
        assert text[span.start : span.end] == span.text


def test_a_long_text_is_segmented(tmp_path):
    paragraph = "Kim met Xi in Beijing on Tuesday. The talks lasted two hours. " * 40
    text = "Headline\n\n" + "\n\n".join([paragraph] * 50)
    article = newslab.Article.from_text(text)
    assert len(article.sentences) == 50 * 80


def test_a_paragraph_without_breaks_is_cut_into_sentences():
    text = "Headline\n\n" + "word " * 30000 + "end."
    article = newslab.Article.from_text(text)
    assert "".join(s.text for s in article.sentences).replace(" ", "") == text[10:].replace(" ", "")


def test_repr_is_short(seed):
    assert repr(seed).startswith("Article(title=\"With Trump")
    assert len(repr(seed)) < 200


def test_a_text_longer_than_any_article_is_refused(tmp_path):
    text = "Kim in Beijing\n\n" + "Kim met Xi. " * (MAX_ARTICLE_CHARACTERS // 12)
    text = text[: MAX_ARTICLE_CHARACTERS + 1]
    with pytest.raises(ArticleTooLongError, match=f"{MAX_ARTICLE_CHARACTERS + 1:,} characters"):
        newslab.Article.from_text(text)
    path = tmp_path / "log.txt"
    path.write_text(text * 2, encoding="utf-8")
    with pytest.raises(ArticleTooLongError):
        newslab.load(path)


def test_segmenting_in_threads_gives_the_same_sentences(seed):
    from concurrent.futures import ThreadPoolExecutor

    texts = [seed.text.replace("Kim", f"Kim{i}") for i in range(24)]
    alone = [[s.text for s in newslab.Article.from_text(t).sentences] for t in texts]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda t: [s.text for s in newslab.Article.from_text(t).sentences], texts))
    assert threaded == alone


def test_sentences_are_those_of_pysbd_segment(seed):
    import pysbd

    awkward = newslab.Article.from_text(
        'Mr. Kim met Dr. Xi in the U.S. on Jan. 5. "Is it over?" he asked. \u201cNo.\u201d\n\n'
        "Prices rose 3.5 per cent... Then fell! (Or did they?) Officials said so, e.g. Ms. Lee."
    )
    for article in (seed, awkward):
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.kind != "body":
                continue
            expected = [s.strip() for s in pysbd.Segmenter(language="en").segment(paragraph.text)]
            assert [s.text for s in article.sentences if s.paragraph == index] == [s for s in expected if s]


@pytest.mark.slow
def test_a_five_megabyte_file_loads_whole(tmp_path):
    paragraph = "Officials in Seoul said on Monday that talks would resume. Mr Lee agreed. " * 20
    text = "Talks resume\n\n" + "\n\n".join([paragraph] * 3500)
    assert len(text.encode("utf-8")) > 5_000_000
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    article = newslab.load(path)
    assert article.text == text
    assert len(article.sentences) == 3500 * 40
    last = article.sentences[-1]
    assert text[last.start : last.end] == last.text == "Mr Lee agreed."
