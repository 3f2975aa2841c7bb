"""Speakers named farther from their quote than the first rules look (issue 14, "carry" round
and round 7).

The quotes layer (:mod:`newslab.speech.quotes`) looks for a quote's speaker right before it,
right after it, earlier in its sentence and in the sentences before it. This module holds the
rules for two layouts of real news that those first rules got wrong:

- :func:`second_part_closes`: in ``"...," Cruz told reporters. "... campaign." Kasich said he
  would ...`` the second quotation ends its own sentence with a full stop, so the long sentence
  after it is not its attribution: it goes on from Cruz's.
- :func:`nearest_named`: in ``such as when Cruz knocked Rubio on trade and called him a
  "moderate,"`` the subject rule, which reads the sentence from its start, finds no subject;
  the nearest name followed by a verb in the past tense before the quote is its speaker.
- :func:`possessor`: in ``Donald Trump's accusation that Clinton is playing the "woman's
  card"`` no clause names a speaker; the possessive before a word for what was said does.
- :func:`colon_lead`: in ``The letter continues: "..."`` or ``Article 33 affirms: "..."`` the
  words before a verb of ``colon_lead_verbs.txt`` speak the quote after the colon.
- :func:`inverted_by_position`: in ``"Gun owners should stay home," opined the Plain Dealer``
  or ``"...," reacted Trump.`` an unlisted verb in the past tense (or in -s) between a quote
  that ends in a comma and a name that ends the sentence gives the speaker, by position.
- :func:`late_clause`: in ``"These super PACs set the table," in sharp contrast to earlier
  races, says Dana Scala, a political scientist.`` the attribution closes the sentence after a
  comma, further from the quote than the four words the "right after" rule allows.

Example:
    >>> import newslab
    >>> article = newslab.load_text(
    ...     'T\\n\\n"We set the table," unlike in earlier races, says Dana Scala, a professor.')
    >>> quote = newslab.analyze(article, layers=["quotes"]).quotes[0]
    >>> quote.speaker_name, quote.why.split(":")[0]
    ('Dana Scala', 'speaker later in the sentence, after a comma')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from newslab.actors.cues import lexicon_tag  # the offline part-of-speech lexicon
from newslab.resources import data_path, read_lines
from newslab.speech.phrases import PAST_TENSE, is_adverb, preposition_before
from newslab.speech.reporting import Clause
from newslab.speech.speaker_words import speaker_words
from newslab.speech.speakers import names_in
from newslab.text.marks import DOUBLE_MARKS
from newslab.text.spans import Span, next_word, previous_non_space
from newslab.text.tokens import Token, tokenize

if TYPE_CHECKING:
    from newslab.speech.lexicons import Lexicons
    from newslab.speech.quotemarks import Quotation
    from newslab.text.article import Article


class QuoteContext(Protocol):
    """What these rules read of one article while its quotes are found (the quotes layer's
    finder provides it): the text, word lists, quoted stretches and where things are.

    Example:
        >>> sorted(QuoteContext.__annotations__)
        ['article', 'span_starts', 'spans', 'text', 'words']
    """

    text: str
    words: Lexicons
    article: Article
    spans: Sequence[tuple[int, int]]
    span_starts: Sequence[int]

    def clauses_in(self, start: int, end: int) -> list[Clause]: ...
    def inside(self, position: int) -> bool: ...
    def sentence_at(self, position: int) -> int: ...
    def paragraph_at(self, position: int) -> int: ...
    def window_start(self, opener: int) -> int: ...

LATE_CLAUSE = "later in the sentence, after a comma"
COLON_LEAD = "before the colon that introduces the quote, as the subject of its verb"
INVERTED_BY_POSITION = (
    "after the quote, by position: a verb in the past tense or in -s, then the speaker's name"
)
NEAREST_NAMED = "named with a verb nearest before the quote in its sentence"
POSSESSOR = "named before a word for what they said"
_CAPITALISED_COMPOUND = re.compile(r"-[A-Z]\w*$")  # "anti-Lima": the name goes on past the hyphen
_JOINED = ("'", "\u2019", "-")  # a name glued to a possessive or a compound is no subject
_MAX_COLON_SUBJECT_WORDS = 10
_COLON_SUBJECT_OPENINGS = frozenset({"but", "and", "likewise", "meanwhile"})
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)(?=\s)")  # "Trump's", "Sanders'"
_MAX_WORDS_TO_NOUN = 4  # "Trump's recent evidence-free assertion"
_MAX_WORDS_NOUN_TO_QUOTE = 14  # "Rubio's catch phrase in that election against Crist was that"
_MAX_ATTRIBUTION_WORDS = 20  # words of the attribution sentence between two quoted parts
_MAX_WORDS_AFTER_LATE_CLAUSE = 8  # "says Dana Scala[, a political scientist at ...]" ends it


def second_part_closes(finder: QuoteContext, quotation: Quotation, first_word: int) -> bool:
    """True for the second quotation of ``"...," Cruz told reporters. "... campaign." Kasich
    said he would ...``: it follows another quotation's attribution sentence in its paragraph
    and ends with its own full stop, so the capital after it opens a new sentence, whose
    clause is not its attribution.

    Example:
        >>> import newslab
        >>> text = ('T\\n\\n"It is sad," Ana Lima said. "It is over." Tomas Reyes said he '
        ...         'would have fired the manager if it had happened in his office.')
        >>> quotes = newslab.analyze(newslab.load_text(text), layers=["quotes"]).quotes
        >>> [q.speaker_name for q in quotes]
        ['Ana Lima']
    """
    text = finder.text
    part_start, part_end = quotation.parts[-1]
    if not text[part_start:part_end].rstrip().endswith("."):
        return False
    if first_word >= len(text) or not text[first_word].isupper():
        return False
    index = bisect.bisect_left(finder.span_starts, quotation.start) - 1
    if index < 0:
        return False
    previous_end = finder.spans[index][1]
    if finder.paragraph_at(previous_end - 1) != finder.paragraph_at(quotation.start):
        return False
    gap = text[previous_end : quotation.start].strip()
    words = [t for t in tokenize(text, previous_end, quotation.start) if t.is_word]
    if not gap.endswith(".") or len(words) > _MAX_ATTRIBUTION_WORDS:
        return False
    return any(not c.belief for c in finder.clauses_in(previous_end, quotation.start))


def late_clause(finder: QuoteContext, quotation: Quotation, window_end: int) -> Clause | None:
    """A reporting clause that closes the quote's sentence after a comma (``"...," in sharp
    contrast to earlier races, says Dana Scala``; ``"..." just as Clinton did, Rendell
    added.``), with no other quotation in between and at most a few words after it.

    Example:
        >>> import newslab
        >>> text = 'T\\n\\n"We will win" in May and in June, Ana Lima added on Monday.'
        >>> quote = newslab.analyze(newslab.load_text(text), layers=["quotes"]).quotes[0]
        >>> quote.speaker_name
        'Ana Lima'
    """
    text = finder.text
    part_start, part_end = quotation.parts[-1]
    first_word = quotation.end
    if first_word < window_end:
        first_word = min(next_word(text, first_word), window_end)
    if text[part_start:part_end].rstrip().endswith(".") and text[first_word : first_word + 1].isupper():
        return None  # the quotation ends its sentence
    for clause in finder.clauses_in(first_word, window_end):
        if clause.belief or clause.vague or clause.according:
            continue
        if finder.inside(clause.verb.start) or finder.inside(clause.subject.start):
            continue
        lead = clause.verb.start if clause.inverted else clause.phrase.start
        before = text[quotation.end : lead].rstrip()
        if not before.endswith(",") or any(mark in before for mark in DOUBLE_MARKS):
            continue
        rest = [t for t in tokenize(text, clause.phrase.end, window_end) if t.is_word]
        if len(rest) > _MAX_WORDS_AFTER_LATE_CLAUSE or (rest and rest[0].norm == "that"):
            continue
        return clause
    return None


def nearest_named(finder: QuoteContext, opener: int, sentence: int) -> Clause | None:
    """The name nearest before the quote, in its sentence, that is followed by a verb in the
    past tense (perhaps after an adverb): ``such as when Cruz knocked Rubio on trade and called
    him a "moderate"`` gives Cruz. Possessives, names inside other quotations and names
    followed by anything else ("Rubio on trade") are passed over.

    Example:
        >>> import newslab
        >>> text = 'T\\n\\nThere were sharper words, as when Ana Lima knocked Reyes and called him "weak."'
        >>> newslab.analyze(newslab.load_text(text), layers=["quotes"]).quotes[0].speaker_name
        'Ana Lima'
    """
    text = finder.text
    start = finder.window_start(opener)
    tokens = tokenize(text, start, opener)
    starts = [t.start for t in tokens]
    for name in reversed(names_in(text, start, opener, finder.words)):
        if finder.inside(name.start) or name.text.split()[0].casefold() in finder.words.pronouns:
            continue
        word_before = (text[start : name.start].split() or [""])[-1]
        if text[name.start - 1 : name.start] == "-" or _CAPITALISED_COMPOUND.search(word_before):
            continue  # "anti-Trump National Review", "the anti-Lima Herald"
        if text[name.end : name.end + 1] in _JOINED:
            continue  # "Cruz's", "Trump’s", "Cruz-style"
        index = bisect.bisect_left(starts, name.end)
        while index < len(tokens) and is_adverb(tokens[index]) and tokens[index].is_lower:
            index += 1
        if index >= len(tokens):
            continue
        verb = tokens[index]
        if not verb.is_lower or not (verb.norm.endswith("ed") or verb.norm in PAST_TENSE):
            continue
        verb_span = Span.of(text, verb.start, verb.end)
        first = bisect.bisect_left(starts, name.start)
        holder = _holder_of(tokens, first)
        if holder is not None:  # "Republicans on Capitol Hill seized": they, not the hill
            subject = Span.of(text, tokens[holder].start, name.end)
            return Clause(verb_span, subject, Span.of(text, subject.start, verb.end), "description", sentence)
        return Clause(verb_span, name, Span.of(text, name.start, verb.end), "name", sentence)
    return None


# after a speech-noun, words on what was said, not the words themselves ("response to the")
_ABOUT = frozenset("to about on over of for against regarding".split())
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _quote_is_topic(text: str, after_noun: Sequence[Token], opener: int) -> bool:
    """True when a preposition follows a speech-noun and the quote at ``opener`` is its object:
    no verb, colon or comma between ("Lima's response to the "crisis"": the topic, not her
    words); False for ``Barrett's dictum to his interns was, "..."``.

    Example:
        >>> text = 'her response to the "crisis"'
        >>> _quote_is_topic(text, tokenize(text, 13, 20), 20)
        True
    """
    if not after_noun or not after_noun[0].is_lower or after_noun[0].norm not in _ABOUT:
        return False
    if any(mark in text[after_noun[0].end : opener] for mark in ",:;"):
        return False
    return not any(
        t.is_lower and (lexicon_tag(t.norm) or "").startswith(_FINITE_TAGS) for t in after_noun[1:]
    )
_ENDS_HOLDER = frozenset(("and", "or", "but", "that", "who", "which"))
_MAX_HOLDER_WORDS = 12


def _holder_of(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the first word of the phrase that holds a name, when the name (its first
    token at ``first``) is the object of a preposition: ``Republicans on Capitol Hill``,
    ``Several senior Democrats with longtime ties to both Clintons``, ``the U.S. Court of
    Appeals for the 3rd Circuit``, ``The audience gathered in the White House East Room``.
    The phrase runs back over words, prepositions and a participle in -ed to the sentence's
    start, a comma or a word that is no part of a noun phrase; None when the name follows no
    preposition or nothing holds it.

    Example:
        >>> tokens = tokenize("Republicans on Capitol Hill seized on it")
        >>> _holder_of(tokens, 2), _holder_of(tokens, 0)
        (0, None)
    """
    index = preposition_before(tokens, first)  # "for the 3rd Circuit", "to both Clintons"
    if index is None:
        return None
    start = None
    index -= 1
    while index >= 0 and first - index <= _MAX_HOLDER_WORDS:
        token = tokens[index]
        if not token.is_word or (token.is_lower and token.norm in _ENDS_HOLDER):
            break
        if token.is_lower and token.norm in speaker_words().holding:
            index -= 1
            continue
        start = index
        index -= 1
    if start is None or tokens[start].is_lower and tokens[start].norm in speaker_words().holding:
        return None
    return start


def possessor(finder: QuoteContext, opener: int, sentence: int) -> Clause | None:
    """The name whose possessive is followed by a word for what was said (a "speech-noun" of
    ``speaker_words.txt``), before the quote in its sentence: ``Donald Trump's claim that
    Obama "founded ISIS"``, ``Clinton's response was: "..."``, ``From Bush's Facebook post:
    "..."``. At most four words stand between the name and the noun, and fourteen between the
    noun and the quote. The noun stands for the verb of the clause it returns.

    Example:
        >>> import newslab
        >>> text = 'T\\n\\nAna Lima\\'s response was short: "We will appeal."'
        >>> newslab.analyze(newslab.load_text(text), layers=["quotes"]).quotes[0].speaker_name
        'Ana Lima'
    """
    text = finder.text
    start = finder.window_start(opener)
    set_phrases = speaker_words().set_phrases
    nouns = speaker_words().speech_nouns | set_phrases
    for name in reversed(names_in(text, start, opener, finder.words)):
        if finder.inside(name.start) or name.text.split()[0].casefold() in finder.words.pronouns:
            continue
        mark = _POSSESSIVE.match(text, name.end)
        if mark is None:
            continue
        words = [t for t in tokenize(text, mark.end(), opener) if t.is_word]
        noun = next(
            (i for i, t in enumerate(words[:_MAX_WORDS_TO_NOUN]) if t.is_lower and t.norm in nouns), None
        )
        if noun is None or len(words) - noun - 1 > _MAX_WORDS_NOUN_TO_QUOTE:
            continue
        if _quote_is_topic(text, words[noun + 1 :], opener):
            continue  # "Lima's response to the "crisis"": the quote is the topic, not her words
        if not text[words[noun].end : opener].strip() and words[noun].norm not in set_phrases:
            continue  # "saying Trump's comments "are based on ..."": the noun is what the quote is about
        verb = Span.of(text, words[noun].start, words[noun].end)
        return Clause(verb, name, Span.of(text, name.start, verb.end), "name", sentence)
    return None


@lru_cache(maxsize=1)
def colon_lead_verbs() -> frozenset[str]:
    """The verbs of ``newslab/data/colon_lead_verbs.txt``.

    Example:
        >>> "continues" in colon_lead_verbs()
        True
    """
    return frozenset(read_lines(data_path("colon_lead_verbs.txt")))


def colon_lead(finder: QuoteContext, opener: int) -> Clause | None:
    """The subject of ``The letter continues: "..."``: a quote right after a colon whose
    sentence opens with at most ten words (no comma) and then a verb of
    ``colon_lead_verbs.txt`` is spoken by those words, a description ("The letter", "A
    footnote in the report") or a name ("Article 33").

    Example:
        >>> import newslab
        >>> text = 'T\\n\\nThe ruling sets out the facts. The letter continues: "Please explain."'
        >>> quote = newslab.analyze(newslab.load_text(text), layers=["quotes"]).quotes[0]
        >>> quote.speaker_name
        'The letter'
    """
    text = finder.text
    index = previous_non_space(text, opener)
    if index < 0 or text[index] != ":":
        return None
    sentence = finder.sentence_at(index)
    if sentence < 0:
        return None
    start = max(finder.article.sentences[sentence].start, finder.window_start(index))
    tokens = [t for t in tokenize(text, start, index) if t.text != ","]
    while tokens and tokens[0].norm in _COLON_SUBJECT_OPENINGS:
        tokens = tokens[1:]
    if not tokens or not tokens[0].is_capitalised or "," in text[tokens[0].start : index]:
        return None
    if tokens[0].norm in finder.words.pronouns:
        return None  # "He continued:": the pronoun rules resolve it
    verb = next(
        (i for i, t in enumerate(tokens) if i > 0 and t.is_lower and t.norm in colon_lead_verbs()),
        None,
    )
    if verb is None or verb > _MAX_COLON_SUBJECT_WORDS or finder.inside(tokens[0].start):
        return None
    if any(t.text in DOUBLE_MARKS for t in tokens):
        return None
    subject = Span.of(text, tokens[0].start, tokens[verb - 1].end)
    verb_span = Span.of(text, tokens[verb].start, tokens[verb].end)
    kind = "description" if tokens[0].norm in finder.words.determiners or any(
        t.norm.endswith(("'s", "\u2019s")) for t in tokens[:verb]
    ) else "name"
    return Clause(verb_span, subject, Span.of(text, subject.start, verb_span.end), kind, sentence)


def inverted_by_position(finder: QuoteContext, first_word: int, window_end: int) -> Clause | None:
    """``"...," reacted Trump.``, ``"...," agrees Mia Stone, 30, of Gainesville.``: right after
    a quote that ends open, a verb in lower case in the past tense or in -s, then a name that
    ends the sentence or is followed by a comma, give the speaker even when the verb is not a
    reporting verb. The caller checks that the quote ends in a comma, "?" or "!".

    Example:
        >>> import newslab
        >>> text = 'T\\n\\n"Stay home with your guns," opined Ana Lima. Then the march began.'
        >>> newslab.analyze(newslab.load_text(text), layers=["quotes"]).quotes[0].speaker_name
        'Ana Lima'
    """
    text = finder.text
    tokens = tokenize(text, first_word, window_end)
    if len(tokens) < 2:
        return None
    verb = tokens[0]
    if not verb.is_lower or not verb.is_word:
        return None
    if not (verb.norm.endswith(("ed", "s")) or verb.norm in PAST_TENSE) or verb.norm.endswith("ss"):
        return None
    names = names_in(text, tokens[1].start, window_end, finder.words)
    if not names or names[0].start != tokens[1].start:
        return None
    name = names[0]
    after = text[name.end : window_end].lstrip("'\u2019s").strip()
    if after and not after.startswith(","):
        return None
    verb_span = Span.of(text, verb.start, verb.end)
    return Clause(verb_span, name, Span.of(text, verb.start, name.end), "name",
                  max(0, finder.sentence_at(first_word)), inverted=True)
