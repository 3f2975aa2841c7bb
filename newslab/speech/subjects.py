"""The subject of a sentence, as a speaker when no reporting verb names one.

"Hollande denounced the remarks as "hurtful"" has no reporting verb before its quote, yet the
words in quote marks are Hollande's: the one the sentence is about. :func:`subject_clause`
finds that subject with plain rules: an introductory phrase ("In a Fox interview later that
day,") and a leading "But" or "And" are skipped; then a pronoun, a name (with the role words
before it, "Republican front-runner Donald Trump") or a description ("the company") must be
followed, after an apposition or a bracket if any, by a word in lower case: the verb. The
result is a :class:`~newslab.speech.reporting.Clause` whose ``verb`` is that word.

Example:
    >>> import newslab
    >>> text = 'T\\n\\nAt the rally, Senator Ada Obi called the plan "a disgrace."'
    >>> article = newslab.Article.from_text(text)
    >>> clause = subject_clause(article, 0, text.index('"'))
    >>> clause.subject.text, clause.verb.text, clause.label
    ('Senator Ada Obi', 'called', 'Senator Ada Obi called')
"""

from __future__ import annotations

from collections.abc import Iterator

from newslab.actors.cues import lexicon_tag  # the offline part-of-speech lexicon
from newslab.speech.lexicons import Lexicons, default_lexicons
from newslab.speech.phrases import (
    PAST_TENSE,
    Phrase,
    can_speak,
    cut_before_verb,
    is_adverb,
    skip_opening,
    time_phrase_after,
)
from newslab.speech.quotemarks import QUOTE_MARKS
from newslab.speech.reporting import Clause, ClauseFinder
from newslab.speech.speaker_words import speaker_words
from newslab.text.article import Article
from newslab.text.spans import Span
from newslab.text.tokens import Token, tokenize

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
_MAX_APPOSITION = 30
_MAX_HEAD_WORDS = 3
_CLAUSE_ADVERBS = frozenset("now then later also still again soon".split())
_AUXILIARIES = frozenset("has have had will would could can should may might must did does".split())
_CLAUSE_LINKS = frozenset(("and", "but", "while", "whereas", "so", "yet"))


def subject_clause(
    article: Article, sentence: int, end: int, lexicons: Lexicons | None = None
) -> Clause | None:
    """The subject of sentence ``sentence`` and its verb, both before ``end``; None if unclear.

    Example:
        >>> import newslab
        >>> text = 'T\\n\\nThe so-called "experts" were wrong.'
        >>> article = newslab.Article.from_text(text)
        >>> subject_clause(article, 0, text.index('"')) is None
        True
    """
    words = lexicons or default_lexicons()
    start = article.sentences[sentence].start
    tokens = tokenize(article.text, start, end)
    index = skip_opening(tokens)
    if index is None or index >= len(tokens):
        return None
    finder = ClauseFinder(article.text, tokens, sentence, words)
    before_quote = article.text[end : end + 1] in QUOTE_MARKS
    clause, verb = _clause_at(article, tokens, finder, index, sentence, words, before_quote=before_quote)
    if clause is None and verb is not None and before_quote:
        # "Jindal signed the order, while Mike Huckabee, the former governor, proposed we
        # "wake up ..."": the quotation belongs to the subject of the last clause before it
        later = _last_clause_start(tokens, verb + 1)
        if later is not None:
            clause, _ = _clause_at(article, tokens, finder, later, sentence, words, last_clause=True)
    return clause


def _clause_at(
    article: Article,
    tokens: list[Token],
    finder: ClauseFinder,
    index: int,
    sentence: int,
    words: Lexicons,
    *,
    last_clause: bool = False,
    before_quote: bool = False,
) -> tuple[Clause | None, int | None]:
    """The subject that starts at ``index`` and its verb, as a clause; and the verb's index
    when a new clause follows it (the clause is then None), so that a later clause may be
    tried. ``before_quote``: the words end at a quote mark, so a description that ran on into
    its verb in the past tense is cut there ("The agency declined to detail ...")."""
    token = tokens[index]
    if token.norm in _SUBJECT_PRONOUNS:
        first, last, phrase_first, kind = index, index, index, "pronoun"
    else:
        if token.norm in words.first_person or token.text in QUOTE_MARKS:
            return None, None
        phrase = finder.speaker_after(index)
        if phrase is None:
            return None, None
        first, last, phrase_first, kind = phrase.first, phrase.last, phrase.phrase_first, phrase.kind
        if kind == "description" and before_quote:  # the quote's own sentence (rule 78)
            last = cut_before_verb(tokens, first, last, past_only=True)
    if tokens[last].norm.endswith("'s"):
        return None, None  # "Holloway's side": the subject is the side, not Holloway
    named = finder.name_after_role(last + 1) if kind == "name" else None
    if named is not None and _verb_after(tokens, named.last + 1, words) is not None:
        first, last = named.first, named.last  # "Obama consultant Cornell Belcher": the name after the role
    verb = _verb_after(tokens, last + 1, words)
    if verb is not None and verb == last + 1 and not _verb_like(tokens[verb]):
        # "The Florida senator likes": the words after the name are the head of a description,
        # "GOP front-runner Donald Trump": or role words before a name
        first, last, kind, verb = _head_after(finder, tokens, phrase_first, verb, words)
    if verb is None or (last_clause and not _verb_like(tokens[verb])):
        return None, None
    if _new_clause(tokens, verb + 1):
        return None, verb
    judged = len(tokens) if verb == last else verb  # no verb after a description's nouns: none to judge
    phrase = Phrase(first, last, phrase_first, kind)
    if not can_speak(tokens, phrase, judged, finder.first_word, pronouns=words.pronouns):
        return None, None  # "Perhaps young voters", "The discussion will": no one who speaks
    subject = Span.of(article.text, tokens[first].start, tokens[last].end)
    whole = Span.of(article.text, tokens[phrase_first].start, tokens[verb].end)
    verb_span = Span.of(article.text, tokens[verb].start, tokens[verb].end)
    vague = any(t.norm in words.vague_sources for t in tokens[phrase_first : last + 1])
    return Clause(verb_span, subject, whole, kind, sentence, vague=vague), None


def _last_clause_start(tokens: list[Token], index: int) -> int | None:
    """Where the last clause after ``index`` starts: after the last ";" or ", and" / ", but" /
    ", while" that opens a clause with a subject of its own; None if there is none."""
    found = None
    for position in _clause_links(tokens, index):
        if position < len(tokens) - 1:
            found = position + (1 if tokens[position].text == ";" else 2)
    return found if found is not None and found < len(tokens) else None


def _head_after(
    finder: ClauseFinder, tokens: list[Token], phrase_first: int, noun: int, words: Lexicons
) -> tuple[int, int, str, int]:
    """The subject when a name is followed by a noun, not a verb: the name is a modifier.
    Returns ``(first, last, kind, verb)``: a name after the role words ("Soviet dissident
    Milovan Djilas wrote") or the description that ends in the nouns ("The Florida senator
    likes", "a White House official who ..."); its verb, or the last noun when none follows."""
    head = noun
    while head + 1 < len(tokens) and head - noun < _MAX_HEAD_WORDS and tokens[head + 1].is_lower and (
        not _verb_like(tokens[head + 1])
    ):
        head += 1
    if head + 1 < len(tokens) and tokens[head + 1].is_capitalised:
        named = finder.speaker_after(head + 1)
        if named is not None and named.kind == "name":
            verb = _verb_after(tokens, named.last + 1, words)
            if verb is not None:
                return named.first, named.last, "name", verb
    verb = _verb_after(tokens, head + 1, words)
    if verb is None or not _verb_like(tokens[verb]):
        verb = head
    return phrase_first, head, "description", verb


def _verb_like(token: Token) -> bool:
    """False for a word the lexicon knows only as a noun or an adjective ("the Arizona sheriff",
    "Couple global"): the words before it are no subject with its verb. A word in -s or -ed
    may still be a verb ("notes", "claims").

    Example:
        >>> [_verb_like(t) for t in tokenize("sheriff young front-runner claims called")]
        [False, False, False, True, True]
    """
    if token.norm.endswith(("s", "ed")):
        return True
    tag = lexicon_tag(token.norm)
    if tag is None:
        return "-" not in token.norm  # "front-runner", "co-chair": a compound noun
    return not tag.startswith(("NN", "JJ"))


def _new_clause(tokens: list[Token], index: int) -> bool:
    """True when a new clause starts after ``index`` (", and", ", but", ";"): its words are
    not the subject's."""
    return next(_clause_links(tokens, index), None) is not None


def _clause_links(tokens: list[Token], index: int) -> Iterator[int]:
    """The positions, from ``index`` on, of each ";" and each comma before "and", "but",
    "while" ... that opens a clause with a subject of its own ("Lopez stopped by, and spoke
    about": the same subject goes on, no new clause)."""
    for position in range(index, len(tokens)):
        token = tokens[position]
        if token.text == ";":
            yield position
        elif token.text == "," and position + 1 < len(tokens) and tokens[position + 1].norm in _CLAUSE_LINKS:
            if tokens[position + 1].norm in ("and", "but") and _shares_subject(tokens, position + 2):
                continue
            yield position


def _shares_subject(tokens: list[Token], index: int) -> bool:
    """True when the word at ``index`` (after ", and"), past an adverb ("but now said"), is a
    verb in the past tense, so the clause it opens has no subject of its own and goes on with
    the sentence's."""
    while index + 1 < len(tokens) and tokens[index].is_lower and (
        is_adverb(tokens[index]) or tokens[index].norm in _CLAUSE_ADVERBS
    ):
        index += 1
    if index >= len(tokens):
        return False
    token = tokens[index]
    auxiliary = token.is_lower and token.norm in _AUXILIARIES
    if auxiliary and index + 1 < len(tokens) and tokens[index + 1].is_lower:
        return True  # "..., but have speculated that ...": no subject of its own
    return token.is_lower and (token.norm.endswith("ed") or token.norm in PAST_TENSE)


def _verb_after(tokens: list[Token], index: int, lexicons: Lexicons) -> int | None:
    """The index of the verb after a subject: past an apposition, a bracket or a day."""
    words = speaker_words()
    for _ in range(3):
        if index >= len(tokens):
            return None
        token = tokens[index]
        if token.text in ",(\u2014\u2013":
            closing = ")" if token.text == "(" else token.text  # "Jason Sims — a teacher — says"
            following = next(
                (i for i in range(index + 1, min(len(tokens), index + _MAX_APPOSITION))
                 if tokens[i].text == closing),
                None,
            )
            if following is None:
                return None
            index = following + 1
            continue
        after = time_phrase_after(tokens, index)  # "Obi on Wednesday called"
        if after > index:
            index = after
            continue
        break
    if index >= len(tokens):
        return None
    token = tokens[index]
    for _ in range(2):  # "Carson repeatedly pronounced", "Cruz openly admitted"
        between = token.norm in lexicons.between or is_adverb(token)
        if between and token.is_lower and index + 1 < len(tokens):
            index += 1
            token = tokens[index]
    if not token.is_lower or token.norm in words.links or token.norm in ("and", "or", "who", "which", "that"):
        return None
    if token.norm in lexicons.function_words and token.norm not in lexicons.between:
        if token.norm not in ("is", "was", "are", "were", "has", "had", "have", "will", "would"):
            return None
    return index
