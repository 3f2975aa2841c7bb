"""The words around a name that decide how it is read: titles, places, reporting verbs.

* A title or honorific right before a person's name joins the mention: "US President
  Donald Trump", "Mr Kim", "Chinese foreign ministry spokesman Lu Kang". A country or
  demonym inside the title ("US", "Chinese") belongs to the title, not to a mention of its own.
* A name is *locative* after "in", "at", "near"..., right after a motion word ("left
  Pyongyang", "visited Seoul"), after "to"/"from" that follow a motion word ("flew to
  Beijing", "a visit to Seoul"), or when joined by "and"/"or"/"," to a
  locative name just before it ("to Dalian in May and Beijing in June").
* A name right before or after a reporting verb ("Lu said", "said Smith") is a speaker.
* A dateline ("SEOUL (Reuters) -", "LONDON 1996-08-30") names a place; a sentence written in
  capitals only is *shouted*, and its capitals prove nothing.

Example:
    >>> from newslab.actors.cues import load_cues
    >>> from newslab.actors.name_tokens import tokenize
    >>> cues = load_cues()
    >>> text = "Kim flew to Dalian in May and Beijing in June, Lu said."
    >>> tokens = tokenize(text, 0, len(text))
    >>> is_locative(tokens, 3, cues), is_locative(tokens, 7, cues, previous_locative_end=4)
    (True, True)
    >>> reporting_verb_next_to(tokens, 11, 12, cues)
    'said'
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newslab.actors.cues import Cues, is_common_word
from newslab.actors.given_names import is_given_name
from newslab.actors.name_tokens import Token
from newslab.text.marks import QUOTE_MARKS

_COORDINATORS = ("and", "or", ",")
_MOTION_WINDOW = 4
_COORDINATION_WINDOW = 4


def title_start(
    tokens: Sequence[Token], first: int, cues: Cues, absorbable: dict[int, tuple[int, bool]]
) -> int:
    """Where the title before the name at ``tokens[first]`` starts (``first`` if none).

    The token right before the name must end a title or honorific ("President", "Mr",
    "spokesman"), or a role description. ``absorbable`` maps the end index of each catalog
    hit that a title may swallow (roles, countries, demonyms, organisations) to its start and
    whether it is a role. Further left, the title may take more titles, modifiers ("former", "deputy"),
    portfolio words ("foreign", "health") and absorbable hits ("US", "Chinese").

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = "Deputy US Trade Representative Jeffrey Gerrish"
        >>> tokens = tokenize(text, 0, len(text))
        >>> title_start(tokens, 4, load_cues(), {2: (1, False)})
        0
    """
    start = first
    seen_head = False
    while start > 0:
        if start in absorbable and (seen_head or absorbable[start][1]):
            start, seen_head = absorbable[start][0], True
            continue
        phrase_start = _title_phrase_ending_at(tokens, start, cues)
        if phrase_start is not None:
            start, seen_head = phrase_start, True
            continue
        if not seen_head:
            break
        word = tokens[start - 1]
        lower = word.lower
        if word.is_word and (lower in cues.words["modifier"] or lower in cues.words["portfolio"]):
            start -= 1
            continue
        break
    return start


def _title_phrase_ending_at(tokens: Sequence[Token], end: int, cues: Cues) -> int | None:
    start = cues.titles.ending_at(tokens, end)
    if start is None or not tokens[start].is_word:
        return None
    if not tokens[end - 1].is_word and tokens[end - 1].text != ".":
        return None
    return start


def title_cover(tokens: Sequence[Token], cues: Cues) -> set[int]:
    """The indices of tokens inside title or honorific phrases ("Prime Minister", "Mr.").

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> sorted(title_cover(tokenize("Prime Minister Jane Doe", 0, 23), load_cues()))
        [0, 1]
    """
    covered: set[int] = set()
    starts = cues.titles.first_words
    index = 0
    while index < len(tokens):
        token = tokens[index]
        match = (
            cues.titles.longest(tokens, index)
            if token.is_word and (token.norm in starts or token.lower in starts)
            else None
        )
        if match is None:
            index += 1
            continue
        end = match[0]
        covered.update(range(index, end))
        index = end
    return covered | _affiliations(tokens, cues)


def _affiliations(tokens: Sequence[Token], cues: Cues) -> set[int]:
    """The party words right before a first name ("fellow Republican Marco Rubio")."""
    covered: set[int] = set()
    words = cues.words["affiliation"]
    for index in range(len(tokens) - 2, -1, -1):
        token, after = tokens[index], tokens[index + 1]
        if token.lower in words and after.is_word and (
            index + 1 in covered or (after.is_capitalised and is_given_name(after.text))
        ):
            covered.add(index)
    return covered


def is_locative(
    tokens: Sequence[Token],
    first: int,
    cues: Cues,
    *,
    previous_locative_end: int | None = None,
) -> bool:
    """True when the name at ``tokens[first]`` stands where a place stands.

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = "guarantees offered by Washington to Pyongyang"
        >>> is_locative(tokenize(text, 0, len(text)), 5, load_cues())
        False
    """
    if first == 0:
        return False
    before = tokens[first - 1].lower
    if before in cues.words["locative"] or before in cues.words["motion"]:
        return True
    if before in cues.words["directional"]:
        window = tokens[max(0, first - 1 - _MOTION_WINDOW) : first - 1]
        return any(t.lower in cues.words["motion"] for t in window)
    if before in _COORDINATORS and previous_locative_end is not None:
        return 0 <= first - previous_locative_end <= _COORDINATION_WINDOW
    return False


def reporting_verb_next_to(
    tokens: Sequence[Token], first: int, last: int, cues: Cues
) -> str | None:
    """The reporting verb right after the name ("Lu said") or right before it ("said
    Smith"), or ``None``.

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> reporting_verb_next_to(tokenize("said Ana Ruiz", 0, 13), 1, 3, load_cues())
        'said'
    """
    verbs = cues.words["reporting"]
    for index in (last, first - 1):
        if 0 <= index < len(tokens) and tokens[index].lower in verbs:
            return tokens[index].lower
    return None


def sentence_initial(tokens: Sequence[Token]) -> set[int]:
    """The indices of words where a capital proves nothing: the first word, and the first
    word after an opening quote mark or a colon.

    Example:
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = 'Kim said: "We will talk."'
        >>> sorted(sentence_initial(tokenize(text, 0, len(text))))
        [0, 4]
    """
    initial = set()
    expect = True
    for index, token in enumerate(tokens):
        if token.is_word:
            if expect:
                initial.add(index)
            expect = False
        elif token.text in QUOTE_MARKS:
            expect = expect or token.space_before or index == 0
        elif token.text in ":(":
            expect = True
        elif token.text in ("-", "\u2013", "\u2014") and token.space_before and index <= 8:
            expect = True  # after a dateline: "SEOUL (Reuters) - Talks resumed"
    return initial


def is_title_case(tokens: Sequence[Token], function_words: Collection[str]) -> bool:
    """True for a headline-style run of capitalised words ("Kim Courts China's Support"),
    where capitals say nothing about names: every word of four letters or more that is not
    a function word is capitalised, and many of them are ordinary words ("Courts",
    "Support"), not names.

    Example:
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = "Kim Courts China's Support On Fourth Visit"
        >>> is_title_case(tokenize(text, 0, len(text)), {"on", "s"})
        True
    """
    content = []
    for t in tokens:
        if t.is_word and t.text[:1].isalpha() and len(t.text) >= 4 and t.lower not in function_words:
            if not t.is_capitalised:
                return False  # the common case: a lower-case word, decided at once
            content.append(t)
    if len(content) < 4:
        return False
    ordinary = [t for t in content if is_common_word(t.text) and not is_given_name(t.text)]
    return len(ordinary) >= 0.3 * len(content)


def is_shouted(tokens: Sequence[Token]) -> bool:
    """True for a sentence written in capitals only ("PRESS DIGEST", "NEW YORK AT SEATTLE"):
    every word with letters is upper case, and at least one has two letters or more.

    Example:
        >>> from newslab.actors.name_tokens import tokenize
        >>> is_shouted(tokenize("RUGBY UNION - ENGLAND WIN", 0, 25)), is_shouted(tokenize("US", 0, 2))
        (True, True)
        >>> is_shouted(tokenize("Kim met MOON", 0, 12))
        False
    """
    lettered = long = False
    for token in tokens:
        if not token.is_word:
            continue
        word = token.text
        if not (word.isalpha() or any(c.isalpha() for c in word)):
            continue  # no letters
        if not word.isupper():
            return False  # the common case, decided at the first word in lower case
        lettered = True
        long = long or len(word) > 1
    return lettered and long


def is_dateline(tokens: Sequence[Token], first: int, last: int) -> bool:
    """True when the name at ``tokens[first:last]`` opens a dateline: it starts the
    sentence, is written in capitals, and a date, a "(" or a dash follows
    ("LONDON 1996-08-30", "SEOUL (Reuters) -", "PARIS -").

    Example:
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = "SEOUL (Reuters) - Talks resumed."
        >>> is_dateline(tokenize(text, 0, len(text)), 0, 1)
        True
    """
    if first != 0 or last >= len(tokens):
        return False
    words = [t.text for t in tokens[first:last] if t.is_word]
    if not words or not all(w.isupper() for w in words):
        return False
    after = tokens[last]
    if after.text in ("(", "-", ",", "\u2013", "\u2014"):
        return True
    # a date: "1996-08-30", "08/30/96"
    glued = last + 1 < len(tokens) and not tokens[last + 1].space_before
    return after.text.isdigit() and glued and tokens[last + 1].text in ("-", "/")
