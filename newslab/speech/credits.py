"""Speakers named on a quote's own line: credit lines and transcript labels.

Some pages name the speaker not in a sentence but beside the quote: a credit after a dash
(``"He scares me." ― Rosa Quintana``, or a paragraph that is only ``- Bernie Sanders.``), or a
transcript label that opens the quoted line (``"PENCE: Well, look, ...``). These functions find
such names in the text; the quotes layer (:mod:`newslab.speech.quotes`) turns them into
speakers and says why.

Example:
    >>> text = 'Readers wrote in.\\n\\n"He scares me." \u2015 Rosa Quintana\\n'
    >>> credit = credit_after(text, [(0, 17), (19, len(text) - 1)], 19, 35)
    >>> credit.name.text, credit.line
    ('Rosa Quintana', '\u2015 Rosa Quintana')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newslab.actors.mentions import Actor
from newslab.speech.lexicons import Lexicons, default_lexicons
from newslab.speech.quotemarks import Quotation
from newslab.speech.speakers import names_in, person_of_label
from newslab.text.spans import Span

MAX_CREDIT_WORDS = 5
"""A credit names one person: at most this many words ("President Barack Obama")."""

# "- Bernie Sanders.", "-President Obama, tweeting after the speech.", "— Ana Lima, Recife.",
# "― Ana Lima" (any of hyphen, en dash, em dash, horizontal bar)
_CREDIT_LINE = re.compile(r"\s*[-\u2013\u2014\u2015]+\s*([A-Z][^\n.,;:!?]*?)\s*(?:,[^\n]*)?\.?\s*")

# "PENCE: Well, look, ...", "SEN. WARREN: ..." (one to three capitalised words, then a colon)
_TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z.'\u2019-]+ ){0,2}[A-Z][A-Z'\u2019-]+):\s")


@dataclass(frozen=True)
class Credit:
    """A speaker named beside a quote: the words naming them (``name``), the whole credit as
    the text gives it (``line``), and the person of that surname when the article names one
    (``actor``, for transcript labels).

    Example:
        >>> credit = Credit(Span.of("- Ana Lima", 2, 10), "- Ana Lima")
        >>> credit.name.text, credit.actor
        ('Ana Lima', None)
    """

    name: Span
    line: str
    actor: Actor | None = None


def credit_after(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    start: int,
    end: int,
    lexicons: Lexicons | None = None,
) -> Credit | None:
    """The credit for the quote at ``[start, end)`` (its marks included): a dash and a name
    after it on its own line, when the quote opens that line, or a paragraph that is only a
    dash and a name (perhaps with a comma and a few words about the speaker: ``-Ana Lima,
    tweeting after the speech.``) right after a quote that ends its paragraph. None when
    there is no such credit, or the credit is no name ("— Lima said so").

    Example:
        >>> text = '"We will win."\\n\\n- Ana Lima, tweeting after the speech.'
        >>> credit_after(text, [(0, 14), (16, len(text))], 0, 14).name.text
        'Ana Lima'
    """
    words = lexicons or default_lexicons()
    match = _credit_on_line(text, start, end, words) or _credit_paragraph(text, paragraphs, start, end)
    if match is None:
        return None
    name = Span.of(text, match.start(1), match.end(1))
    if len(name.text.split()) > MAX_CREDIT_WORDS or not names_in(text, name.start, name.end, words):
        return None
    return Credit(name, text[match.start() : match.end()].strip())


def transcript_label(
    text: str, start: int, first_part: Span, actors: Sequence[Actor] = ()
) -> Credit | None:
    """The speaker of a quoted transcript line that opens its paragraph with a name in
    capitals and a colon (``"PENCE: Well, look, ..."``, quote mark at ``start``, quoted words
    from ``first_part``), matched to the person of that surname among ``actors``; None for
    anything else ('The "FACTS: none" sign').

    Example:
        >>> text = '"PENCE: She will not be there."'
        >>> transcript_label(text, 0, Span.of(text, 1, 30)).name.text
        'PENCE'
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    label = _TRANSCRIPT_LABEL.match(text, first_part.start, first_part.end)
    if label is None:
        return None
    name = Span.of(text, label.start(1), label.end(1))
    return Credit(name, f"{name.text}:", person_of_label(name.text, actors))



def transcript_lines(
    text: str, quotation: Quotation, paragraphs: Sequence[tuple[int, int]]
) -> list[Quotation]:
    """A quotation run over several paragraphs is cut before each paragraph that opens with a
    transcript label (``"PENCE: ...``): each speaker's line is a quotation of its own. A piece
    before the last ends with its paragraph and counts as closed, as a paragraph of a continued
    quotation does: the next paragraph's opening mark ends it.

    Example:
        >>> from newslab.speech.quotemarks import find_quotations
        >>> text = '"WALLACE: Will she come?\\n\\n"PENCE: She will not."'
        >>> quotation = find_quotations(text, [(0, 24), (26, 49)])[0][0]
        >>> [text[q.start:q.end] for q in transcript_lines(text, quotation, [(0, 24), (26, 49)])]
        ['"WALLACE: Will she come?', '"PENCE: She will not."']
    """
    cuts = [
        index for index, (start, end) in enumerate(quotation.parts)
        if index and _TRANSCRIPT_LABEL.match(text, start, end)
    ]
    if not cuts:
        return [quotation]
    pieces: list[Quotation] = []
    for first, stop in zip([0, *cuts], [*cuts, len(quotation.parts)], strict=True):
        parts = quotation.parts[first:stop]
        last = stop == len(quotation.parts)
        start = quotation.start if first == 0 else parts[0][0] - 1
        paragraph = bisect.bisect_right([s for s, _ in paragraphs], start) - 1
        pieces.append(Quotation(
            quotation.family, start, quotation.end if last else parts[-1][1], list(parts),
            closed=quotation.closed if last else True, paragraph=paragraph,
        ))
    return pieces


def _credit_paragraph(
    text: str, paragraphs: Sequence[tuple[int, int]], start: int, end: int
) -> re.Match[str] | None:
    """The credit line in the paragraph after the quote, when the quote ends its own."""
    paragraph = max(0, bisect.bisect_right([s for s, _ in paragraphs], start) - 1)
    if paragraph + 1 >= len(paragraphs) or text[end : paragraphs[paragraph][1]].strip(" .,\t"):
        return None
    following_start, following_end = paragraphs[paragraph + 1]
    return _CREDIT_LINE.fullmatch(text, following_start, following_end)


def _credit_on_line(text: str, start: int, end: int, words: Lexicons) -> re.Match[str] | None:
    """The credit after the quote on its own line, when the quote opens that line and a dash
    and one name, and nothing else, follow it."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    line_end = text.find("\n", end)
    credit = _CREDIT_LINE.fullmatch(text, end, len(text) if line_end < 0 else line_end)
    if credit is None:
        return None
    # the dash must lead to a name and nothing else ("― Ana Lima", not "— Lima said so")
    names = names_in(text, credit.start(1), credit.end(1), words)
    whole = len(names) == 1 and (names[0].start, names[0].end) == credit.span(1)
    return credit if whole else None
