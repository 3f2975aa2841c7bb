"""Web pages: paragraphs stay paragraphs, the title and a repeated <h1> are recognised, a page
that is only a menu is refused, and errors name the file."""

from __future__ import annotations

import pytest

import newslab
from newslab.errors import BinaryInputError, EmptyArticleError
from newslab.text.article import Article
from newslab.text.html_page import extract_page, page_title, repeats_title

PARAGRAPHS = [
    "North Korean leader Kim Jong Un arrived in Beijing on Tuesday for talks with President "
    "Xi Jinping, his fourth visit in a year.",
    'The visit comes as Washington presses Pyongyang to give up its weapons & missiles. '
    '"We hope for peace," Kim said.',
    "Chinese state media called the talks warm and candid, and said both sides agreed to "
    "deepen ties.",
    "Analysts said the trip showed that China remains North Korea's closest ally <and lender>.",
]


def _page(title: str = "Kim visits Beijing again | The Daily Example",
          h1: str | None = "Kim visits Beijing again") -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    body = (
        f"<p>{PARAGRAPHS[0]}</p>"
        "<p>The visit comes as Washington presses Pyongyang to give up its weapons &amp; "
        "missiles. &quot;We hope for peace,&quot; Kim said.</p>"
        f"<p>Chinese state media called the talks <em>warm</em> and <b>candid</b>, and said "
        "both sides agreed to deepen ties.</p>"
        "<p>Analysts said the trip showed that China remains North Korea's closest ally "
        "&lt;and lender&gt;.</p>"
    )
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
        f"<article>{heading}{body}</article>"
        "<footer>Copyright 2019 The Daily Example</footer></body></html>"
    )


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "kim.html"
    path.write_text(_page(), encoding="utf-8")
    return path


def test_paragraphs_stay_paragraphs_with_blank_lines(page_file):
    article = newslab.load(page_file)
    assert [p.text for p in article.body_paragraphs] == PARAGRAPHS
    assert "\n\n".join(PARAGRAPHS) in article.text
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


def test_the_title_and_the_repeated_h1_are_recognised(page_file):
    article = newslab.load(page_file)
    assert article.title.text == "Kim visits Beijing again"
    assert [(r.reason, r.text.strip()) for r in article.removed] == [
        ("repeated headline", "Kim visits Beijing again")
    ]
    assert [p.kind for p in article.paragraphs] == ["title", "removed"] + ["body"] * 4
    assert not any("Kim visits Beijing again" in s.text for s in article.sentences)


def test_entities_are_decoded_once_and_nothing_is_escaped(page_file):
    text = newslab.load(page_file).text
    assert "weapons & missiles" in text and "<and lender>" in text
    assert '"We hope for peace," Kim said.' in text
    assert "&amp;" not in text and "&lt;" not in text and "&quot;" not in text


def test_menu_and_footer_are_left_out(page_file):
    text = newslab.load(page_file).text
    assert "Home" not in text and "Copyright" not in text


def test_a_page_without_h1_takes_its_title_and_sets_nothing_aside():
    article = Article.from_html(_page(title="Kim visits Beijing again", h1=None))
    assert article.title.text == "Kim visits Beijing again"
    assert article.removed == ()
    assert [p.text for p in article.body_paragraphs] == PARAGRAPHS


def test_a_line_break_inside_a_paragraph_stays_in_that_paragraph():
    page = (
        "<html><head><title>Letters</title></head><body><article><h1>Letters</h1>"
        "<p>The mayor wrote to residents on Monday about the flood.<br>She thanked the "
        "volunteers who filled sandbags all night.</p>"
        "<h2>Repairs</h2><p>Repairs to the harbour wall will start in spring, the council said.</p>"
        "<ul><li>Road closures will be announced each week.</li>"
        "<li>Residents can ask for sandbags at the town hall.</li></ul>"
        "</article></body></html>"
    )
    article = Article.from_html(page)
    assert [p.text for p in article.body_paragraphs] == [
        "The mayor wrote to residents on Monday about the flood.\nShe thanked the volunteers "
        "who filled sandbags all night.",
        "Repairs",
        "Repairs to the harbour wall will start in spring, the council said.",
        "Road closures will be announced each week.",
        "Residents can ask for sandbags at the town hall.",
    ]


def test_a_heading_that_is_not_the_title_is_not_taken_for_the_headline():
    page = (
        "<html><head><title>Kim visits Beijing again</title></head><body><article>"
        "<h2>Kim</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"
    )
    article = Article.from_html(page)
    assert article.title.text == "Kim visits Beijing again"
    assert article.removed == ()


def test_a_page_that_is_only_a_menu_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "home.html"
    path.write_text(
        "<html><head><title>Home</title></head><body><nav><ul>"
        '<li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/sport">Sport</a></li><li><a href="/about">About us</a></li>'
        "</ul></nav></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(EmptyArticleError, match="menu or navigation") as caught:
        newslab.load(path)
    message = str(caught.value)
    assert str(path) in message and "Home" in message and "\n" not in message


def test_binary_files_and_empty_pages_are_errors_that_name_the_file(tmp_path):
    picture = tmp_path / "story.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(BinaryInputError, match="PNG image") as caught:
        newslab.load(picture)
    assert str(caught.value).startswith(f"{picture}: ")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(EmptyArticleError) as caught:
        newslab.load(empty)
    assert str(empty) in str(caught.value)


def test_the_page_is_analysed_like_a_text_article(page_file):
    analysis = newslab.analyze(newslab.load(page_file))
    names = {actor.name for actor in analysis.actors}
    assert {"Kim Jong Un", "Xi Jinping", "China"} <= names
    [quote] = [q for q in analysis.quotes if "hope for peace" in q.text]
    assert quote.speaker == "kim-jong-un"


def test_helpers_read_the_title_and_compare_headings():
    assert page_title("<title>\n Kim &amp; Xi </title>") == "Kim & Xi"
    assert page_title("<html><body>no title</body></html>") is None
    assert repeats_title("Kim visits", "Kim visits | Daily")
    assert not repeats_title("Kim visits", "Kim visits Beijing")
    extracted = extract_page(_page())
    assert extracted.headline == "Kim visits Beijing again"
    assert extracted.blocks[0] == "Kim visits Beijing again"
