"""The article model: one exact text, and spans into it for everything else.

An :class:`Article` keeps the text exactly as decoded (line endings, tabs and non-breaking
spaces stay), its headline, the spans set aside as repeated headline or site boilerplate,
its paragraphs and its sentences. It is immutable.

Example:
    >>> import newslab
    >>> article = newslab.load()
    >>> article.title.text
    "With Trump in waiting, Kim courts China's support"
    >>> [(r.start, r.end) for r in article.removed]
    [(51, 102), (4179, 4195)]
    >>> len(article.paragraphs), len(article.body_paragraphs)
    (23, 20)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from newslab.errors import (
    ArticleTooLongError,
    BinaryInputError,
    EmptyArticleError,
    NotArticleTextError,
    UnreadableInputError,
)
from newslab.resources import data_path
from newslab.text import cleaning, segmentation
from newslab.text.cleaning import Removed
from newslab.text.decoding import check_not_binary, decode_bytes
from newslab.text.html_page import extract_page
from newslab.text.spans import Span

SEED_ARTICLE = "000_e586c0e5b942bb85.txt"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# A long feature runs to 100,000 characters. Texts of several megabytes still work (in time
# linear in their size); far beyond that is a book, a log or a data dump, which would stall a
# corpus run for minutes, so it is refused with a clear message.
MAX_ARTICLE_CHARACTERS = 8_000_000
# Files are refused before reading above this size (web pages carry scripts and markup).
MAX_FILE_BYTES = 50_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
"""The file suffixes of articles newslab reads (a string ending in one is taken as a file name)."""
_MAX_PATH_CHARACTERS = 1024
_HTML_START = re.compile(r"\s*(<!doctype html|<html|<head|<body|<article)", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph(Span):
    """A paragraph: ``kind`` is ``"title"``, ``"body"`` or ``"removed"``."""

    kind: str = "body"

    def to_dict(self) -> dict[str, int | str]:
        """JSON-ready dict with ``start``, ``end``, ``text`` and ``kind``."""
        return {**super().to_dict(), "kind": self.kind}


@dataclass(frozen=True)
class Sentence(Span):
    """A body sentence: ``id`` counts from 0, ``paragraph`` indexes ``Article.paragraphs``."""

    id: int = 0
    paragraph: int = 0

    def to_dict(self) -> dict[str, int | str]:
        """JSON-ready dict with ``id``, ``start``, ``end``, ``text`` and ``paragraph``."""
        return {"id": self.id, **super().to_dict(), "paragraph": self.paragraph}


@dataclass(frozen=True)
class Article:
    """An article: its exact text and spans for title, paragraphs, sentences and removed text.

    Build one with :func:`newslab.load` (a file, or the bundled article), :meth:`from_text`
    or :meth:`from_html`.
    """

    text: str
    title: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...]
    source: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    html: str | None = field(default=None, repr=False)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: str | None = None,
        encoding: str | None = None,
        warnings: tuple[str, ...] = (),
        boilerplate: str | Path | None = None,
    ) -> Article:
        """Wrap a string of article text; the first short line is taken as the headline.

        Args:
            text: the article, exactly as it should be kept.
            source: where it came from (a path or a label), kept for reports.
            encoding: the encoding it was decoded from, if it came from bytes.
            warnings: warnings found while reading it.
            boilerplate: your own boilerplate rules file (format of ``data/boilerplate.txt``).

        Raises:
            EmptyArticleError: the text is empty or only whitespace.
            BinaryInputError: the text is binary data.
            ArticleTooLongError: the text has more than :data:`MAX_ARTICLE_CHARACTERS` characters.

        Example:
            >>> article = Article.from_text("Kim in Beijing\\n\\nKim arrived. Xi met him.")
            >>> article.title.text, [s.text for s in article.sentences]
            ('Kim in Beijing', ['Kim arrived.', 'Xi met him.'])
        """
        return _from_text(cls, text, source, encoding, warnings, boilerplate, headline_first=False)

    @classmethod
    def from_html(cls, html: str, *, source: str | None = None) -> Article:
        """Extract the headline and main text of a web page with trafilatura.

        The article's ``text`` is the headline, a blank line and the main text, one paragraph
        per block of the page, separated by blank lines (see :mod:`newslab.text.html_page`).
        When the page's first heading repeats its title, it is the headline, and its second
        appearance is set aside as a "repeated headline". The page itself stays available as
        ``article.html``.

        Raises:
            MissingExtraError: trafilatura is not installed (``pip install 'newslab[html]'``).
            EmptyArticleError: the page has no main text, or only short lines such as a menu.

        Example:
            >>> page = ("<html><head><title>Kim in Beijing</title></head><body><article>"
            ...         "<h1>Kim in Beijing</h1><p>" + "Kim arrived in Beijing on Monday. " * 5
            ...         + "</p><p>Xi met him.</p></article></body></html>")
            >>> article = Article.from_html(page)
            >>> article.title.text, [r.reason for r in article.removed]
            ('Kim in Beijing', ['repeated headline'])
            >>> len(article.body_paragraphs)
            2
        """
        extracted = extract_page(html, source=source)
        article = _from_text(
            cls, extracted.text, source, None, (), None, headline_first=extracted.headline is not None
        )
        return _with_html(article, html)

    @property
    def body_paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs of the story itself (neither headline nor removed)."""
        return tuple(p for p in self.paragraphs if p.kind == "body")

    def span(self, start: int, end: int) -> Span:
        """A span of this article's text.

        Example:
            >>> import newslab
            >>> newslab.load().span(0, 4).text
            'With'
        """
        return Span.of(self.text, start, end)

    def __repr__(self) -> str:
        title = self.title.text if self.title else None
        return (
            f"Article(title={title!r}, paragraphs={len(self.paragraphs)}, "
            f"sentences={len(self.sentences)}, removed={len(self.removed)}, "
            f"source={self.source!r})"
        )


def _from_text(
    cls: type[Article],
    text: str,
    source: str | None,
    encoding: str | None,
    warnings: tuple[str, ...],
    boilerplate: str | Path | None,
    *,
    headline_first: bool,
) -> Article:
    """Build an article; ``headline_first``: the first paragraph is known to be the headline."""
    if not isinstance(text, str):
        raise TypeError(f"an article is a str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyArticleError("the article is empty: there is no text to analyse")
    check_not_binary(text)
    if len(text) > MAX_ARTICLE_CHARACTERS:
        raise ArticleTooLongError(
            f"the text has {len(text):,} characters, more than the {MAX_ARTICLE_CHARACTERS:,} "
            "of the longest article newslab reads: split it into articles first"
        )
    bounds = segmentation.paragraph_bounds(text)
    title_index = 0 if headline_first and bounds else cleaning.find_title(text, bounds)
    removed = cleaning.find_removed(
        text, bounds, title_index=title_index, boilerplate=boilerplate
    )
    paragraphs = _paragraphs(text, bounds, title_index, removed)
    sentences = _sentences(text, paragraphs)
    notes = list(warnings)
    language = cleaning.language_warning(text)
    if language:
        notes.append(language)
    title = None
    if title_index is not None:
        title = Span.of(text, *bounds[title_index])
    return cls(text, title, paragraphs, sentences, tuple(removed), source, encoding, tuple(notes))


def load(path: str | os.PathLike[str] | None = None, *, boilerplate: str | Path | None = None) -> Article:
    """Read an article from a file (.txt, .md, .html, .htm), or the bundled article.

    Args:
        path: the file to read; ``None`` loads the bundled article about Kim Jong Un's
            fourth visit to China.
        boilerplate: your own boilerplate rules file, if the shipped one misses your site's.

    Raises:
        UnreadableInputError: the file is missing, a folder, or cannot be read.
        BinaryInputError: the file is an image, a PDF or other binary data.
        EmptyArticleError: the file holds no text (a web page: no article text, only a menu).
        ArticleTooLongError: the file is far larger than a news article.

    Example:
        >>> import newslab
        >>> newslab.load().sentences[0].text[:28]
        'Kim flew to Dalian in May an'
    """
    if isinstance(path, str) and ("\n" in path or len(path) > _MAX_PATH_CHARACTERS):
        raise NotArticleTextError(
            f"newslab.load() reads a file, and this looks like article text ({len(path):,} "
            "characters), not a file name; to use text, call newslab.load_text(text)"
        )
    file = data_path(SEED_ARTICLE) if path is None else Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ArticleTooLongError(
                f"{file} has {file.stat().st_size:,} bytes, far more than a news article"
            )
        data = file.read_bytes()
    except FileNotFoundError:
        raise UnreadableInputError(f"no such file: {file}") from None
    except IsADirectoryError:
        raise UnreadableInputError(f"{file} is a folder, not a file") from None
    except OSError as error:
        raise UnreadableInputError(f"cannot read {file}: {error.strerror or error}") from None
    source = f"newslab/data/{SEED_ARTICLE}" if path is None else str(file)
    try:
        decoded = decode_bytes(data)
        if file.suffix.lower() in HTML_SUFFIXES or _HTML_START.match(decoded.text[:1000]):
            article = Article.from_html(decoded.text, source=source)
            return _with_encoding(article, decoded.encoding, decoded.warnings)
        return Article.from_text(
            decoded.text,
            source=source,
            encoding=decoded.encoding,
            warnings=decoded.warnings,
            boilerplate=boilerplate,
        )
    except BinaryInputError as error:
        message = str(error)
        if not message.startswith(f"{source}: "):
            raise type(error)(f"{source}: {message}") from None
        raise


def load_text(text: str, *, source: str | None = None, boilerplate: str | Path | None = None) -> Article:
    """Wrap a string of article text as an :class:`Article` (to read a file, use :func:`load`).

    The first short line is taken as the headline; the text is kept exactly as given.

    Example:
        >>> import newslab
        >>> newslab.load_text("Kim in Beijing\\n\\nKim arrived.").title.text
        'Kim in Beijing'
    """
    return Article.from_text(text, source=source, boilerplate=boilerplate)


def refuse_file_name(text: str) -> None:
    """Raise a clear error when a string meant as article text is really a file's name.

    Raises:
        NotArticleTextError: ``text`` names an existing file, or is one line ending in an
            article file's suffix (``.txt``, ``.md``, ``.html``, ``.htm``).

    Example:
        >>> refuse_file_name("Kim arrived in Beijing.")
        >>> refuse_file_name("my_article.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newslab.errors.NotArticleTextError: 'my_article.txt' looks like a file name, but ...
    """
    if "\n" in text or len(text) > _MAX_PATH_CHARACTERS:
        return
    candidate = text.strip()
    try:
        exists = bool(candidate) and Path(candidate).is_file()
    except OSError:
        exists = False
    if exists:
        raise NotArticleTextError(
            f"{text!r} is the name of a file, not article text; to analyse the file, "
            f"call newslab.analyze(newslab.load({candidate!r}))"
        )
    if Path(candidate).suffix.lower() in ARTICLE_SUFFIXES:
        raise NotArticleTextError(
            f"{text!r} looks like a file name, but there is no such file; "
            f"to analyse the words themselves, call newslab.load_text({text!r})"
        )


def _paragraphs(
    text: str, bounds: list[tuple[int, int]], title_index: int | None, removed: list[Removed]
) -> tuple[Paragraph, ...]:
    paragraphs = []
    for index, (start, end) in enumerate(bounds):
        if index == title_index:
            kind = "title"
        elif any(r.start <= start and end <= r.end for r in removed):
            kind = "removed"
        else:
            kind = "body"
        paragraphs.append(Paragraph(start, end, text[start:end], kind))
    return tuple(paragraphs)


def _sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind != "body":
            continue
        for start, end in segmentation.sentence_bounds(text, paragraph.start, paragraph.end):
            sentences.append(Sentence(start, end, text[start:end], len(sentences), index))
    return tuple(sentences)


def _with_html(article: Article, html: str) -> Article:
    return replace(article, html=html)


def _with_encoding(article: Article, encoding: str, warnings: tuple[str, ...]) -> Article:
    return replace(article, encoding=encoding, warnings=warnings + article.warnings)
