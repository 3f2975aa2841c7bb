"""Split an article's text into paragraphs and sentences, as character spans.

Paragraphs are blocks separated by blank lines; a text without any blank line has one
paragraph a line. Sentences come from pysbd (rule-based, offline) run inside each paragraph,
so a sentence never crosses a paragraph break. Offsets always point into the original text.

Example:
    >>> text = "Kim flew to Dalian. Mr Xi met him.\\n\\nThe U.S. watched."
    >>> paragraph_bounds(text)
    [(0, 34), (36, 53)]
    >>> [text[s:e] for s, e in sentence_bounds(text, 0, 34)]
    ['Kim flew to Dalian.', 'Mr Xi met him.']
    >>> quoted = "‘We waited. Then we left.’ He sighed."
    >>> [quoted[s:e] for s, e in sentence_bounds(quoted, 0, len(quoted))]
    ['‘We waited.', 'Then we left.’', 'He sighed.']
"""

from __future__ import annotations

import re

from newslab.text.spans import strip_span

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)")
# pysbd's cost grows faster than linearly on very long stretches without a paragraph break,
# so long paragraphs are cut first at a sentence-looking boundary into pieces of this size.
_CHUNK = 4000
_SOFT_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_LEADING_CLOSERS = re.compile(r"([\"'\u201d\u2019)\]]+)\s+(?=\S)")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Start and end of every paragraph, without surrounding whitespace.

    Example:
        >>> paragraph_bounds("One.\\nTwo.")
        [(0, 4), (5, 9)]
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() < len(text)]
    if _BLANK_LINE.search(text):
        blocks = _blocks_between_blank_lines(text, lines)
    else:
        blocks = lines
    bounds = [strip_span(text, start, end) for start, end in blocks]
    return [(start, end) for start, end in bounds if start < end]


def _blocks_between_blank_lines(
    text: str, lines: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    block_start: int | None = None
    block_end = 0
    for start, end in lines:
        if text[start:end].strip():
            if block_start is None:
                block_start = start
            block_end = end
        elif block_start is not None:
            blocks.append((block_start, block_end))
            block_start = None
    if block_start is not None:
        blocks.append((block_start, block_end))
    return blocks


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Start and end of every sentence inside ``text[start:end]`` (one paragraph).

    Example:
        >>> sentence_bounds("It rained. Mr Kim left.", 0, 23)
        [(0, 10), (11, 23)]
    """
    bounds: list[tuple[int, int]] = []
    for chunk_start, chunk_end in _chunks(text, start, end):
        bounds.extend(_pysbd_bounds(text, chunk_start, chunk_end))
    return bounds


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunks = []
    while end - start > _CHUNK:
        window = text[start : start + _CHUNK]
        cut = None
        for match in _SOFT_BREAK.finditer(window, _CHUNK // 2):
            cut = match.end()
        if cut is None:
            space = window.rfind(" ", _CHUNK // 2)
            cut = space + 1 if space > 0 else _CHUNK
        chunks.append((start, start + cut))
        start += cut
    chunks.append((start, end))
    return chunks


def _pysbd_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = []
    cursor = start
    for piece in _pysbd_sentences(text[start:end]):
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor, end)
        if found < 0:  # pysbd changed the text: keep the rest as one sentence
            break
        marks = _LEADING_CLOSERS.match(piece)
        if bounds and not any(ch.isalnum() for ch in piece):
            bounds[-1] = (bounds[-1][0], found + len(piece))  # a lone closing mark joins
        elif bounds and marks:  # "’ He sighed.": the mark closes the sentence before
            bounds[-1] = (bounds[-1][0], found + len(marks.group(1)))
            bounds.append((found + marks.end(), found + len(piece)))
        else:
            bounds.append((found, found + len(piece)))
        cursor = found + len(piece)
    rest = strip_span(text, cursor, end)
    if rest[0] < rest[1]:
        if bounds and not any(ch.isalnum() for ch in text[rest[0] : rest[1]]):
            bounds[-1] = (bounds[-1][0], rest[1])  # stray closing marks join the sentence
        else:
            bounds.append(rest)
    return [strip_span(text, s, e) for s, e in bounds]


def _pysbd_sentences(chunk: str) -> list[str]:
    """pysbd's sentences of a chunk of text, not necessarily with their exact whitespace.

    ``Segmenter.segment`` would then look each sentence up again with a new regular expression
    (a third of its time, and it drops any sentence it cannot find); newslab finds the offsets
    itself, so it takes the processor's sentences directly. A new segmenter each time: pysbd
    keeps the text being segmented on the object, so one shared segmenter gives wrong
    sentences when threads (Dask workers, notebooks) use it at once; making one costs under a
    microsecond.
    """
    import pysbd

    if not chunk.strip():
        return []
    return pysbd.Segmenter(language="en", clean=False).processor(chunk).process()
