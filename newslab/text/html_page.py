"""Turn a web page into article text: headline, blank line, one paragraph per block.

trafilatura finds the page's main text and its metadata. Its plain-text output puts one
newline between blocks, so a whole page would read as one paragraph; this module walks the
main text's blocks instead (paragraphs, headings, quotes, list items) and joins them with
blank lines. A line break inside a paragraph (``<br>``) stays a single newline.

The headline is the page's first heading when it repeats the page's ``<title>`` (or the
title trafilatura found in the metadata); that heading then stays in the text, right after
the headline, where the article reader sets it aside as a "repeated headline". Otherwise the
metadata title, else the ``<title>``, is the headline.

Text is taken as the HTML parser gives it: entities are decoded (``&amp;`` is ``&``, ``&lt;``
is ``<``) and runs of spaces are collapsed, as a browser shows them; nothing is escaped.

Example:
    >>> page = ("<html><head><title>Kim in Beijing | Daily</title></head><body><article>"
    ...         "<h1>Kim in Beijing</h1><p>Kim arrived on Monday, state media said.</p>"
    ...         "<p>He met Xi &amp; the premier for talks on trade.</p></article></body></html>")
    >>> extracted = extract_page(page)
    >>> print(extracted.text)
    Kim in Beijing
    <BLANKLINE>
    Kim in Beijing
    <BLANKLINE>
    Kim arrived on Monday, state media said.
    <BLANKLINE>
    He met Xi & the premier for talks on trade.
    >>> extracted.headline
    'Kim in Beijing'
"""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslab.errors import EmptyArticleError, MissingExtraError
from newslab.text.cleaning import _normalised

_BLOCKS = frozenset({"p", "head", "quote", "list", "item", "code", "div", "table", "row", "cell"})
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?:\s|$)")
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATORS = frozenset("|-\u2013\u2014:\u00b7\u2022/")
_PROSE_WORDS = 6
"""A block is article text (prose) when it has this many words and a sentence end, or
:data:`_LONG_BLOCK_WORDS` words."""
_LONG_BLOCK_WORDS = 25


@dataclass(frozen=True)
class ExtractedPage:
    """The article text of a page, the headline it starts with (or None), and the blocks."""

    text: str
    headline: str | None
    blocks: tuple[str, ...]


def extract_page(page: str, *, source: str | None = None) -> ExtractedPage:
    """The headline and main text of a web page, paragraphs separated by blank lines.

    Args:
        page: the HTML of the page.
        source: the file it came from, named in errors.

    Raises:
        MissingExtraError: trafilatura is not installed (``pip install 'newslab[html]'``).
        EmptyArticleError: the page has no main text, or only short lines such as a menu.

    Example:
        >>> extract_page("<html><body><p>" + "Kim arrived in Beijing. " * 3 + "</p></body></html>").blocks
        ('Kim arrived in Beijing. Kim arrived in Beijing. Kim arrived in Beijing.',)
    """
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("reading HTML needs trafilatura: pip install 'newslab[html]'") from None
    where = f"{source}: " if source else ""
    document = trafilatura.bare_extraction(
        page, include_comments=False, include_tables=False, favor_recall=True, with_metadata=True
    )
    blocks = _document_blocks(document) if document else []
    if not blocks:
        raise EmptyArticleError(f"{where}the article is empty: no main text was found in the HTML page")
    texts = [text for _, text in blocks]
    if not any(_is_prose(text) for kind, text in blocks if kind != "head"):
        lines = [line for t in texts for line in t.splitlines()]
        shown = ", ".join(repr(line[:30]) for line in lines[:4])
        raise EmptyArticleError(
            f"{where}no article text was found in the HTML page, only short lines such as a menu "
            f"or navigation ({shown}); open the article's own page, or copy its text into a .txt file"
        )
    headline = _headline(page, document, blocks)
    body = "\n\n".join(texts)
    text = f"{headline}\n\n{body}" if headline else body
    return ExtractedPage(text, headline, tuple(texts))


def page_title(page: str) -> str | None:
    """The text of the page's ``<title>`` element, entities decoded, on one line.

    Example:
        >>> page_title("<html><head><title>Kim &amp; Xi\\n | Daily</title></head></html>")
        'Kim & Xi | Daily'
    """
    match = _TITLE.search(page[:200_000])
    if not match:
        return None
    title = " ".join(html_module.unescape(re.sub(r"<[^>]*>", "", match.group(1))).split())
    return title or None


def _headline(page: str, document: object, blocks: list[tuple[str, str]]) -> str | None:
    """The first heading when it repeats a page title, else the metadata or ``<title>``."""
    titles = [" ".join(t.split()) for t in (getattr(document, "title", None), page_title(page)) if t]
    kind, first = blocks[0]
    if kind == "head" and "\n" not in first and len(blocks) > 1:
        if any(repeats_title(first, title) for title in titles):
            return first
    return titles[0] if titles else None


def repeats_title(heading: str, title: str) -> bool:
    """Whether a heading is the page title, or the title less a site name after a separator.

    Example:
        >>> repeats_title("Kim in Beijing", "Kim in Beijing | The Daily")
        True
        >>> repeats_title("Kim in Beijing", "World news - Kim in Beijing")
        True
        >>> repeats_title("Kim", "Kim in Beijing")
        False
    """
    head, page = _normalised(heading), _normalised(title)
    if not head:
        return False
    if head == page:
        return True
    if page.startswith(head) and page[len(head) :].lstrip()[:1] in _SEPARATORS:
        return True
    return page.endswith(head) and page[: -len(head)].rstrip()[-1:] in _SEPARATORS


def _is_prose(text: str) -> bool:
    words = len(_WORD.findall(text))
    return words >= _LONG_BLOCK_WORDS or (words >= _PROSE_WORDS and bool(_SENTENCE_END.search(text)))


def _document_blocks(document: object) -> list[tuple[str, str]]:
    """``(tag, text)`` of every non-empty block of trafilatura's main text, in order."""
    body = getattr(document, "body", None)
    if body is None or not len(body):
        raw = (getattr(document, "text", None) or "").strip()
        return [("p", line.strip()) for line in raw.splitlines() if line.strip()]
    return [(tag, text) for tag, text in _blocks(body) if text]


def _blocks(element: object) -> Iterator[tuple[str, str]]:
    children = list(element)  # type: ignore[call-overload]
    if not any(child.tag in _BLOCKS for child in children):
        yield element.tag, _clean(_inline_text(element))  # type: ignore[attr-defined]
        return
    lead = element.text  # type: ignore[attr-defined]
    if lead and lead.strip():
        yield "p", _clean(lead)
    for child in children:
        if child.tag in _BLOCKS:
            yield from _blocks(child)
        else:
            yield "p", _clean(_inline_text(child))
        if child.tail and child.tail.strip():
            yield "p", _clean(child.tail)


def _inline_text(element: object) -> str:
    """The element's text with ``<lb/>`` as a newline."""
    parts: list[str] = []

    def walk(node: object) -> None:
        if node.tag == "lb":  # type: ignore[attr-defined]
            parts.append("\n")
        elif node.text:  # type: ignore[attr-defined]
            parts.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def _clean(text: str) -> str:
    """Strip each line; drop empty lines (a block is one paragraph, lines kept apart)."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
