"""Speaker phrases: the words a reporting clause may take as its speaker, and what may stand
before a sentence's subject.

:class:`Phrase` holds the token indexes of a speaker; :func:`can_speak` says whether such words
can name anyone at all ("despite", "a phone call", "Hours" cannot); :func:`skip_opening` finds
where a sentence's subject starts after an introductory phrase, a time phrase or a dateline;
:func:`time_phrase_after` and :func:`time_phrase_before` step over "on Wednesday", "last week".
The reporting clause finder (:mod:`newslab.speech.reporting`) and the subject finder
(:mod:`newslab.speech.subjects`) both use them.

Example:
    >>> from newslab.text.tokens import tokenize
    >>> tokens = tokenize("Minutes later, she sent an email.")
    >>> tokens[skip_opening(tokens)].text
    'she'
    >>> can_speak(tokenize("He made a phone call to Lu."), Phrase(3, 3, 2, "description"), 4)
    False
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newslab.actors.cues import lexicon_tag  # the offline part-of-speech lexicon
from newslab.speech.antecedents import glued_pronoun
from newslab.speech.quotemarks import QUOTE_MARKS
from newslab.speech.speaker_words import speaker_words
from newslab.text.tokens import Token

_INTRO_PREPOSITIONS = frozenset("after before in during since until at on with from".split())
MAX_INTRO = 30
"""At most this many tokens from an introductory phrase's first word to its comma."""
_MAX_INTRO_WORDS = 16
_MAX_DATELINE = 10
TIME_LEADS = frozenset("on last this early late earlier later in over".split())
"""Words that open a time phrase ("on Wednesday", "last week", "in the past")."""


@dataclass(frozen=True)
class Phrase:
    """Token indexes of a speaker: the subject ``[first, last]``, where the phrase starts, and
    its kind ("name", "pronoun" or "description").

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("The spokesman said no.")
        >>> phrase = Phrase(1, 1, 0, "description")
        >>> " ".join(t.text for t in tokens[phrase.phrase_first : phrase.last + 1])
        'The spokesman'
    """

    first: int
    last: int
    phrase_first: int
    kind: str


PAST_TENSE = frozenset(
    "said told spoke wrote made took gave went came saw thought knew felt left put set sent "
    "struck threw drew held kept began brought fought sought taught".split()
)


_NOT_NOUN_TAGS = ("IN", "CC", "WDT", "WP", "WRB", "DT", "PRP", "EX", "TO", "PDT", "UH", "CD", "MD")
_OPENING_TAGS = ("RB", "IN")
_SINGULAR_DETERMINERS = frozenset("a an one this that another every".split())
_BEFORE_BASE_FORM = frozenset(
    "will would can could should may might must to did does do has have had".split()
)  # words after which a verb stands bare ("will call", "to call", "did call", "has called")


_TIME_FILLERS = frozenset({"the", "recent"})


def time_phrase_after(tokens: Sequence[Token], index: int) -> int:
    """The index just after a time phrase that starts at ``index`` ("on Wednesday", "last
    week", "in recent weeks"), or ``index`` itself when none starts there.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("Obi on Wednesday called it unfair.")
        >>> tokens[time_phrase_after(tokens, 1)].text, time_phrase_after(tokens, 2)
        ('called', 2)
    """
    if index >= len(tokens) or not tokens[index].is_lower or tokens[index].norm not in TIME_LEADS:
        return index
    end = index + 1
    if end < len(tokens) and tokens[end].is_lower and tokens[end].norm in _TIME_FILLERS:
        end += 1
    start = end
    while end < len(tokens) and tokens[end].norm in speaker_words().calendar:
        end += 1
    return end if end > start else index


def time_phrase_before(tokens: Sequence[Token], last: int) -> int:
    """The index just before a time phrase that ends at ``last`` ("Obi on Wednesday called",
    "Lu last week said", "in recent weeks"), or ``last`` itself when none ends there.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("Obi on Wednesday called it unfair.")
        >>> tokens[time_phrase_before(tokens, 2)].text, time_phrase_before(tokens, 0)
        ('Obi', 0)
    """
    calendar = speaker_words().calendar
    index = last
    while index >= 0 and tokens[index].norm in calendar:
        index -= 1
    if index == last:
        return last
    if index >= 0 and tokens[index].is_lower and tokens[index].norm in _TIME_FILLERS:
        index -= 1  # "in the past", "in recent weeks"
    if index >= 0 and tokens[index].is_lower and tokens[index].norm in TIME_LEADS:
        return index - 1
    return last


def can_speak(
    tokens: Sequence[Token],
    phrase: Phrase,
    verb: int,
    first_word: int = 0,
    *,
    inverted: bool = False,
    pronouns: frozenset[str] = frozenset(),
) -> bool:
    """False when the words a clause takes for its speaker cannot name anyone.

    A description speaks only if it holds a noun and does not end in a preposition, a
    conjunction or an article ("despite", "always", "arguing", "a friend without"); it is no
    time ("a few days", "Hours"); it does not open with a preposition or an adverb ("without
    reporters") or with a verb that follows a word of its own ("decried Trump's repeated": the
    object of "decried"); and its "verb" is not a noun after it ("a phone call", "most
    explosive claim": a bare verb agrees with no singular subject or adjective). A one-word
    name that is capitalised only because it opens the sentence must not be a function word
    or an adverb ("Perhaps", "Hastily", "The", "Since"). A speaker after its verb ("said a
    source close to ...") is not judged: the words there are cut short, not wrong.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("He made a phone call to Lu.")
        >>> can_speak(tokens, Phrase(3, 3, 2, "description"), 4)
        False
        >>> tokens = tokenize("The spokesman said no.")
        >>> can_speak(tokens, Phrase(1, 1, 0, "description"), 2)
        True
    """
    head = tokens[phrase.last]
    norm = head.norm
    if phrase.kind == "pronoun" or (phrase.first == phrase.last and glued_pronoun(head.text, pronouns)):
        return True  # "he", and "he's said", "They're": a pronoun with a verb glued to it
    if inverted:  # "pledged a "political revolution"": an article alone, with no noun after it
        following = tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None
        bare = phrase.first == phrase.last and norm in ("a", "an", "the")
        return not bare or (following is not None and following.is_word and not following.text[0].isalpha())
    if norm in speaker_words().quantities:
        return True
    tag = lexicon_tag(norm) or ""
    following = tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None
    if tag == "DT" and following is not None and following.text[:1].isdigit():
        return True  # "The 43-year-old former congressman": the description is cut short
    if phrase.kind == "name":
        if phrase.first == phrase.last and norm in speaker_words().calendar:
            return False  # "Monday … declared": a day, not a speaker
        if phrase.first != phrase.last or phrase.first != first_word or not head.is_capitalised:
            return True
        return norm not in speaker_words().calendar and not tag.startswith(_NOT_NOUN_TAGS + ("RB",))
    if norm in speaker_words().calendar or norm in speaker_words().time:
        return False
    words = [t for t in tokens[phrase.phrase_first : phrase.last + 1] if t.is_word]
    if is_possessive(head) or tag.startswith(_NOT_NOUN_TAGS) or not any(
        is_nominal(t) or t.norm in speaker_words().quantities for t in words
    ):
        return False
    opening = tokens[phrase.phrase_first]
    opening_tag = lexicon_tag(opening.norm) or ""
    counts = opening.norm in speaker_words().quantities
    if opening.is_lower and not counts and opening_tag.startswith(_OPENING_TAGS):
        return False
    if opening.is_lower and opening_tag.startswith("VB") and phrase.phrase_first > 0 and (
        tokens[phrase.phrase_first - 1].is_word
        and tokens[phrase.phrase_first - 1].norm not in ("and", "or", "but")
    ):
        return False
    if verb < len(tokens) and _base_form(tokens, verb) and (
        tag.startswith("JJ") or opening.norm in _SINGULAR_DETERMINERS
    ):
        return tokens[verb].norm in speaker_words().documents  # "An early tweet said" speaks
    return True


def is_nominal(token: Token) -> bool:
    """A word that may be a noun: capitalised, unknown to the lexicon or tagged as a noun.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> [is_nominal(t) for t in tokenize("the spokesman quickly")]
        [False, True, False]
    """
    if token.is_capitalised or is_possessive(token):
        return True
    tag = lexicon_tag(token.norm)
    return tag is None or tag.startswith("NN")


def _base_form(tokens: Sequence[Token], index: int) -> bool:
    """True for a verb in its bare form that no modal ("would say") or "to" leads into:
    after a singular subject such a word is a noun ("a phone call")."""
    norm = tokens[index].norm
    if norm.endswith(("s", "ed", "ing")) or norm in PAST_TENSE:
        return False
    if (lexicon_tag(norm) or "").startswith(("VBD", "VBN", "VBZ", "VBG")):
        return False  # "has written", "spoke"
    return index == 0 or tokens[index - 1].norm not in _BEFORE_BASE_FORM


def skip_opening(tokens: Sequence[Token]) -> int | None:
    """Where a sentence's subject may start: past a leading "But" and an introductory phrase
    ("In a Fox interview later that day,"); None when the sentence opens with a quote mark or
    an introductory phrase with no comma to end it.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("But in Ohio, Ada Obi said no.")
        >>> tokens[skip_opening(tokens)].text
        'Ada'
    """
    words = speaker_words()
    index = _past_dateline(tokens)
    while index < len(tokens) and not tokens[index].is_word:
        if tokens[index].text in QUOTE_MARKS:
            return None
        index += 1
    index = _past_time_phrase(tokens, index)
    for _ in range(2):
        if index < len(tokens) and tokens[index].norm in words.lead:
            index += 1
            if index < len(tokens) and tokens[index].text == ",":
                index += 1
        if index < len(tokens) and (tokens[index].norm in words.intro or _participle_opening(tokens, index)):
            comma = _next_comma(tokens, index)
            if comma is None:
                return None
            index = comma + 1
            if index < len(tokens) and tokens[index].is_lower and tokens[index].norm in ("which", "where"):
                # "Speaking in Concord, which hosts the next primary, Bush referred ...": the
                # relative clause belongs to the introductory phrase
                comma = _next_comma(tokens, index)
                if comma is None:
                    return None
                index = comma + 1
    return _past_introduction(tokens, index) if index < len(tokens) else index


def _next_comma(tokens: Sequence[Token], index: int) -> int | None:
    """The first comma at or after ``index`` within :data:`MAX_INTRO` tokens, or None."""
    return next(
        (i for i in range(index, min(len(tokens), index + MAX_INTRO)) if tokens[i].text == ","), None
    )


_TIME_PHRASE_ENDS = frozenset("later earlier ago afterward afterwards".split())
_MAX_TIME_PHRASE = 5


def _past_time_phrase(tokens: Sequence[Token], index: int) -> int:
    """``Hours later, Trump ...``, ``A few days later, she ...``: past a short time phrase that
    ends in "later", "earlier" or "ago" and a comma; ``index`` itself otherwise.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("Minutes later, she sent an email.")
        >>> tokens[_past_time_phrase(tokens, 0)].text
        'she'
    """
    for comma in range(index + 1, min(len(tokens), index + _MAX_TIME_PHRASE + 1)):
        if not tokens[comma - 1].is_word:
            return index
        if tokens[comma].text == ",":
            if tokens[comma - 1].norm in _TIME_PHRASE_ENDS and comma + 1 < len(tokens):
                return comma + 1
            return index
    return index


def _past_introduction(tokens: list[Token], index: int) -> int:
    """``Immediately after the attacks, Trump issued ...``: a capitalised word followed by a
    preposition opens an introductory phrase (not a name that is the subject); the subject
    comes after the comma that ends it. ``index`` itself otherwise."""
    token = tokens[index]
    if not (token.is_capitalised and index + 1 < len(tokens)):
        return index
    following = tokens[index + 1]
    if not (following.is_lower and following.norm in _INTRO_PREPOSITIONS):
        return index
    comma = next(
        (i for i in range(index + 2, min(len(tokens), index + _MAX_INTRO_WORDS)) if tokens[i].text == ","),
        None,
    )
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].text in QUOTE_MARKS:
        return index
    return comma + 1



def _past_dateline(tokens: Sequence[Token]) -> int:
    """Where a sentence starts after a dateline (``WASHINGTON -``, ``PHILADELPHIA (AP) —``,
    ``ST. LOUIS, Mo. -``, ``PHILADELPHIA, July 25 (UPI) —``, ``Washington (AFP) –``): words in
    capitals, perhaps a state, a date or an agency, then a dash; a place in ordinary capitals
    counts when an agency in brackets follows it. 0 when the sentence has no dateline.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("Washington (AFP) – Ada Obi said no.")
        >>> tokens[_past_dateline(tokens)].text
        'Ada'
    """
    capitals = False
    for index, token in enumerate(tokens[:_MAX_DATELINE]):
        if token.text in ("-", "–", "—", "--"):
            return index + 1 if capitals else 0
        if token.is_word and token.text.isupper() and len(token.text.strip(".")) > 1 and (
            index == 0 or capitals or _agency(tokens, index)
        ):
            capitals = True
        elif token.text in ",.()" or token.is_capitalised or (token.is_word and token.text.isdigit()):
            if index == 0 and not token.is_capitalised:
                return 0
        else:
            return 0
    return 0


def _agency(tokens: Sequence[Token], index: int) -> bool:
    """True for a word in capitals between brackets right before a dash: "(AFP) –"."""
    return (
        0 < index < len(tokens) - 2
        and tokens[index - 1].text == "("
        and tokens[index + 1].text == ")"
        and tokens[index + 2].text in ("-", "–", "—", "--")
    )


def chain_verb(tokens: Sequence[Token], last: int) -> int | None:
    """The index of a verb that leads into the reporting verb after ``last`` ("kept asking",
    "went on to say", "continued to insist"), or None.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("Lu kept asking why.")
        >>> chain_verb(tokens, 1), chain_verb(tokenize("Lu asked why."), 0)
        (1, None)
    """
    index = last
    if index >= 0 and tokens[index].norm == "to":
        index -= 1
    if index >= 0 and tokens[index].norm == "on":
        index -= 1
    if index >= 1 and tokens[index].is_lower and tokens[index].norm in speaker_words().chain:
        return index
    if last >= 1 and last + 1 < len(tokens) and tokens[last].is_lower and (
        tokens[last + 1].norm.endswith("ing") and tokens[last].norm.endswith("ed")
    ):
        return last  # "she recounted telling them": the speaker is before both verbs
    return None


def is_adverb(token: Token) -> bool:
    """A word in -ly of five letters or more, not listed as "not-adverb": an adverb ("Cruz
    openly admitted"; "family" is not one).

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> [is_adverb(t) for t in tokenize("openly family")]
        [True, False]
    """
    return (
        token.is_lower
        and len(token.norm) >= 5
        and token.norm.endswith("ly")
        and token.norm not in speaker_words().not_adverbs
    )


def _participle_opening(tokens: Sequence[Token], index: int) -> bool:
    """``Reading from a prepared text, Ben Carson ...``: a sentence that opens with a word in
    -ing followed by a word in lower case starts with a participle phrase, not its subject
    ("Manning, 40, said" and "Fleming Smith said" do not)."""
    token = tokens[index]
    return (
        index + 1 < len(tokens)
        and token.norm.endswith("ing")
        and len(token.norm) > 5
        and tokens[index + 1].is_word
        and tokens[index + 1].is_lower
    )


def is_initial(token: Token) -> bool:
    """A single capital letter: the initial in "David E. Kendall".

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> [is_initial(t) for t in tokenize("David E. Kendall")]
        [False, True, False, False]
    """
    return len(token.text) == 1 and token.text.isupper()


def is_possessive(token: Token) -> bool:
    """A word with a possessive 's ("Cruz's", "Trump’s").

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> [is_possessive(t) for t in tokenize("Cruz's plan")]
        [True, False]
    """
    return token.norm.endswith("'s")


_MAX_BEFORE_OBJECT = 3  # words between a preposition and its object ("in a later interview")
_BEFORE_OBJECT_TAGS = ("DT", "PRP$", "JJ", "RB", "CD")


def preposition_before(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the preposition (the "holding" list of ``speaker_words.txt``) whose object
    starts at token ``first``, past at most three articles, possessive words, numbers,
    adjectives or adverbs ("Cory James of Flint", "in a later interview", "for the 3rd
    Circuit", "to both Clintons"); None when the words there follow no such preposition (or
    the preposition opens the words). The one test of "is this name the object of a
    preposition" for the speaker rules.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("Officials in the old Paris said it")
        >>> preposition_before(tokens, 4), preposition_before(tokens, 0)
        (1, None)
        >>> preposition_before(tokenize("Six in 10 Republicans said"), 3) is None
        True
    """
    holding = speaker_words().holding
    named = tokens[first].is_capitalised  # a number only before a name: "the 3rd Circuit"
    index = first - 1
    while index > 0 and first - index <= _MAX_BEFORE_OBJECT and tokens[index].is_word and (
        (named and _number(tokens[index]))
        or (
            tokens[index].is_lower
            and tokens[index].norm not in holding
            and (lexicon_tag(tokens[index].norm) or "").startswith(_BEFORE_OBJECT_TAGS)
        )
    ):
        index -= 1  # "in a later interview", "for the 3rd Circuit"
    if index < 1 or not (tokens[index].is_lower and tokens[index].norm in holding):
        return None
    if tokens[index].norm == "in" and _number(tokens[index - 1]):
        return None  # "Six in 10 Republicans": a share, not a place
    return index


def _number(token: Token) -> bool:
    """A number in digits or in words ("10", "3rd", "six")."""
    return token.is_word and (token.text[:1].isdigit() or lexicon_tag(token.norm) == "CD")


def cut_before_verb(tokens: Sequence[Token], first: int, last: int, *, past_only: bool = False) -> int:
    """The last word of a description ``[first, last]`` that ran on into its verb; ``last``
    itself when no verb stands there. The cut comes before a word in lower case that follows
    a noun and is an adverb in -ly or a word the lexicon tags as a verb ("Her campaign quickly
    blasted out", "His office put out"); with ``past_only``, only before a past tense (or a
    past participle in -ed), perhaps after an adverb, and never before a linking past of
    ``speaker_words.txt`` ("The agency declined to detail"; "The comments came in ..." is
    not cut: no one says anything).

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> tokens = tokenize("The agency declined to detail it")
        >>> cut_before_verb(tokens, 0, 2), cut_before_verb(tokens, 0, 1, past_only=True)
        (1, 1)
        >>> cut_before_verb(tokenize("The comments came in"), 0, 3, past_only=True)
        3
    """
    for index in range(first + 1, last + 1):
        token = tokens[index]
        if not token.is_lower:
            continue
        verb = index + 1 if is_adverb(token) and index + 1 <= last else index  # "quickly declined"
        tag = lexicon_tag(tokens[verb].norm) or ""
        if past_only:
            if tokens[verb].norm in speaker_words().linking_past:
                return last
            found = tag.startswith("VBD") or (tag.startswith("VBN") and tokens[verb].norm.endswith("ed"))
        else:
            found = is_adverb(token) or tag.startswith("VB")
        if found and tokens[index - 1].is_word and ends_noun(tokens[index - 1]):
            return index - 1
    return last


def ends_noun(token: Token) -> bool:
    """A word that may end a description's noun: not an article or another determiner, a
    possessive or an adjective the lexicon knows only as one.

    Example:
        >>> from newslab.text.tokens import tokenize
        >>> [ends_noun(t) for t in tokenize("agency the Trump's Senate The Some")]
        [True, False, False, True, False, True]
    """
    if token.norm.endswith(("'s", "\u2019s")):
        return False
    if token.norm in speaker_words().quantities:
        return True  # "Some chanted"
    tag = lexicon_tag(token.norm) or "NN"
    if tag.startswith(("DT", "PRP")):
        return False
    return token.is_capitalised or tag.startswith(("NN", "VBG"))
