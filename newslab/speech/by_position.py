"""A speaker found by position: right after a quotation that ends open, a name and a verb in
the past tense attribute it, though the verb is on no list (``"...," Oliver barked.``).

The reporting-clause rules (:mod:`newslab.speech.reporting`) need a listed reporting verb;
this rule, used by the quotes layer for the few words right after a quote, does not.

Example:
    >>> from newslab.text.tokens import tokenize
    >>> from newslab.speech.lexicons import default_lexicons
    >>> text = "Bennett shot back."
    >>> clause_by_position(text, tokenize(text), 0, default_lexicons(), 5).label
    'Bennett shot'
"""

from __future__ import annotations

from collections.abc import Sequence

from newslab.speech.lexicons import Lexicons
from newslab.speech.reporting import AFTER_VERB, Clause, ClauseFinder
from newslab.speech.speaker_words import speaker_words
from newslab.text.spans import Span
from newslab.text.tokens import Token


def clause_by_position(
    text: str, tokens: Sequence[Token], sentence: int, lexicons: Lexicons, max_words: int
) -> Clause | None:
    """``"...," Oliver barked.``, ``"...," Bennett shot back.``: right after a quotation that
    ends in a comma, a question or an exclamation mark, a speaker and a verb in the past tense
    (in -ed, or an irregular one of the "by-position" list of ``speaker_words.txt``, within
    ``max_words`` words) attribute it, even when the verb is not on the list of reporting
    verbs.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> from newslab.speech.lexicons import default_lexicons
        >>> text = "an angry Hollande retaliated."
        >>> clause = clause_by_position(text, tokenize(text), 0, default_lexicons(), 5)
        >>> clause.subject.text, clause.verb.text
        ('Hollande', 'retaliated')
    """
    finder = ClauseFinder(text, tokens, sentence, lexicons)
    first_word = finder.first_word
    words = 0
    for index, token in enumerate(tokens):
        if not token.is_word:
            continue
        words += 1
        if words > max_words:
            return None
        if index == first_word or not token.is_lower:
            continue
        if not (token.norm.endswith("ed") or token.norm in speaker_words().by_position):
            continue  # ("said", "told" are reporting verbs; a list of your own may leave them out)
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.is_lower and after.norm == "back":
            after = tokens[index + 2] if index + 2 < len(tokens) else None  # "Trump shot back."
        if after is not None and after.text not in ".,;!?" and after.norm not in AFTER_VERB:
            return None
        phrase = finder.speaker_before(index)
        if phrase is None or phrase.phrase_first != first_word:
            return None
        verb = Span.of(text, token.start, token.end)
        subject = Span.of(text, tokens[phrase.first].start, tokens[phrase.last].end)
        whole = Span.of(text, tokens[phrase.phrase_first].start, token.end)
        return Clause(verb, subject, whole, phrase.kind, sentence, vague=finder.is_vague(phrase))
    return None
