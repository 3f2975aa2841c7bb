"""Discovery: names the catalog does not know, found from capital letters and their context.

A *run* is a sequence of capitalised words that the catalog did not match ("Jeffrey
Gerrish", "Great Hall of the People", "Ursula von der Leyen"). A run becomes a candidate
actor after these checks:

* titles at its start are split off ("Health Minister Jane Doe" -> "Jane Doe"; the title
  joins the mention later), and what stands before a title is a run of its own
  ("Bank of England Governor Andrew Bailey");
* words that only open a sentence ("Since", "Meanwhile") are dropped from its start;
* the stop list (months, days, holidays, adjectives of nationality...) and event names
  ("Korean War", "New Year's Day") are not actors;
* one capitalised word at the start of a sentence needs evidence that it is a name: it is
  not an ordinary English word ("Dalian", but not "Critics" in "Critics say"), it stands
  alone with a capital in the middle of another sentence, or it is the surname of a person
  already named.

The kind is a guess, and the mention's rule says what it rests on (see :func:`guess_kind`).

Example:
    >>> from newslab.actors.cues import load_cues
    >>> from newslab.actors.name_tokens import tokenize
    >>> cues = load_cues()
    >>> text = "Since Health Minister Ana Ruiz visited the Great Hall of the People, critics"
    >>> tokens = tokenize(text, 0, len(text))
    >>> runs = capitalised_runs(tokens, [False] * len(tokens), cues)
    >>> [" ".join(t.text for t in tokens[a:b]) for a, b in runs]
    ['Since Health Minister Ana Ruiz', 'Great Hall of the People']
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newslab.actors.context import is_dateline, reporting_verb_next_to
from newslab.actors.cues import Cues, is_adjective, is_closed_class_word, is_common_word
from newslab.actors.given_names import is_given_name
from newslab.actors.name_tokens import Token
from newslab.actors.places import place_named

_APOSTROPHES = ("'",)
_ABBREVIATIONS = ("St", "Mt", "Ft")


@dataclass(frozen=True)
class RunContext:
    """What the run checks need to know about the sentence and the article."""

    cues: Cues
    function_words: Collection[str]
    initial: Collection[int]
    titles: Collection[int]
    seen_capitalised: Collection[str]
    known_names: Collection[str] = ()


def capitalised_runs(
    tokens: Sequence[Token], covered: Sequence[bool], cues: Cues
) -> list[tuple[int, int]]:
    """Runs of capitalised words among the tokens not ``covered`` by catalog matches.

    A run goes on through a hyphenated part ("Jae-in", but not "-based"), "O'Brien", an
    initial's full stop ("J. K."), "&", a lowercase particle ("von der"), "of" or "for"
    (and "the") after an organisation or place word ("Bank of England", "Department for
    Transport"), and "and" when what follows ends in an organisation word ("Securities and
    Investments Commission").
    """
    runs = []
    index = 0
    count = min(len(tokens), len(covered))
    while index < len(tokens):
        token = tokens[index]  # inline _capitalised: this runs for every token
        if not (index < count and not covered[index] and token.is_word and token.is_capitalised):
            index += 1
            continue
        end = index + 1
        while True:
            step = _continuation(tokens, covered, end, cues)
            if not step:
                break
            end += step
        runs.append((index, end))
        index = end
    return runs


def _free(covered: Sequence[bool], index: int) -> bool:
    return index < len(covered) and not covered[index]


def _capitalised(tokens: Sequence[Token], covered: Sequence[bool], index: int) -> bool:
    return _free(covered, index) and tokens[index].is_word and tokens[index].is_capitalised


def _continuation(tokens: Sequence[Token], covered: Sequence[bool], end: int, cues: Cues) -> int:
    """How many tokens at ``end`` continue the run (0 when it stops)."""
    if not _free(covered, end):
        return 0
    token = tokens[end]
    glued_next = _free(covered, end + 1) and not tokens[end + 1].space_before
    if token.space_before:
        if _capitalised(tokens, covered, end):
            return 1
        lower = token.lower
        if lower in cues.words["particle"] or lower == "&":
            return 2 if _capitalised(tokens, covered, end + 1) else 0
        if lower == "and":
            return _organisation_after_and(tokens, covered, end, cues)
        if lower in ("of", "for") and is_head(tokens[end - 1].norm, _heads(cues)):
            if _capitalised(tokens, covered, end + 1):
                return 2
            if _free(covered, end + 1) and tokens[end + 1].lower == "the":
                return 3 if _capitalised(tokens, covered, end + 2) else 0
        return 0
    if token.text == "-" and glued_next and tokens[end + 1].is_word:
        if tokens[end + 1].lower in cues.words["suffix"]:
            return 0
        return 2
    if token.norm in _APOSTROPHES and glued_next and _capitalised(tokens, covered, end + 1):
        return 2
    previous = tokens[end - 1]
    if token.text == "." and previous.is_capitalised and (
        len(previous.text) == 1 or previous.text in _ABBREVIATIONS
    ):
        return 1  # "J. K.", "St. Louis"
    if previous.text == "." and token.is_word and token.is_capitalised and len(token.text) == 1:
        return 1  # "U.S.", "D.A."
    return 0


def _organisation_after_and(
    tokens: Sequence[Token], covered: Sequence[bool], end: int, cues: Cues
) -> int:
    """How many tokens "and" plus the capitalised words after it add, when those words end
    in an organisation word and the others are ordinary words ("and Investments
    Commission", not "and Manchester United"); else 0."""
    last = end + 1
    while _capitalised(tokens, covered, last) and tokens[last].space_before:
        last += 1
    if last == end + 1 or not is_head(tokens[last - 1].norm, cues.words["org-head"]):
        return 0
    if all(is_common_word(t.text) for t in tokens[end + 1 : last - 1]):
        return last - end
    return 0


def is_head(word: str, heads: Collection[str]) -> bool:
    """True when ``word`` or its singular is one of ``heads`` ("Institutes", "Ministries").

    Example:
        >>> is_head("Ministries", {"ministry"}), is_head("Ministers", {"ministry"})
        (True, False)
    """
    lower = word.lower()
    singulars = (lower, lower[:-1] if lower.endswith("s") else "",
                 lower[:-3] + "y" if lower.endswith("ies") else "")
    return any(form in heads for form in singulars if form)


def _heads(cues: Cues) -> frozenset[str]:
    kept = _HEADS.get(id(cues))
    if kept is None or kept[0] is not cues:
        heads = cues.words["org-head"] | cues.words["place-head"] | cues.words["media-head"]
        if len(_HEADS) >= 8:
            _HEADS.clear()
        kept = _HEADS[id(cues)] = (cues, frozenset(heads))
    return kept[1]


_HEADS: dict[int, tuple[Cues, frozenset[str]]] = {}  # cues (read-only once loaded) -> heads


def split_run(tokens: Sequence[Token], run: tuple[int, int], context: RunContext) -> list[tuple[int, int]]:
    """The candidate names inside a run: titles split off, opening words dropped, stop-listed
    words and event names removed.

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = "Bank of England Governor Andrew Bailey"
        >>> tokens = tokenize(text, 0, len(text))
        >>> context = RunContext(load_cues(), {"of"}, {0}, {3}, set())
        >>> [" ".join(t.text for t in tokens[a:b]) for a, b in split_run(tokens, (0, 6), context)]
        ['Bank of England', 'Andrew Bailey']
    """
    first, last = run
    titled = [index for index in range(first, last) if index in context.titles]
    if not titled:
        return [name for name in (_trim(tokens, first, last, context),) if name]
    after = max(titled) + 1
    names = []
    before = _strip_title_words(tokens, first, min(titled), context)
    if before:
        names.append(_trim(tokens, first, before, context))
    if after < last:
        name_words = [t for t in tokens[after:last] if t.is_word]
        if len(name_words) == 1 and is_head(name_words[0].norm, _heads(context.cues)):
            return [name for name in (_trim(tokens, first, last, context),) if name]
        names.append(_trim(tokens, after, last, context))
    return [name for name in names if name]


def _strip_title_words(tokens: Sequence[Token], first: int, end: int, context: RunContext) -> int:
    words = context.cues.words
    while end > first:
        lower = tokens[end - 1].lower
        if end - 1 in context.titles or lower in words["modifier"] or lower in words["portfolio"]:
            end -= 1
        else:
            break
    return end


def _trim(
    tokens: Sequence[Token], first: int, last: int, context: RunContext
) -> tuple[int, int] | None:
    """Drop opening words and trailing punctuation; ``None`` when no name is left."""
    stop = context.cues.stop
    opening = tokens[first].lower
    if last - first > 1 and first in context.initial and opening in context.cues.words["reporting"]:
        first += 1  # "Said Dorothy Poynter, who ...": the verb that opens the sentence, not a name
    while first < last:
        token = tokens[first]
        lower = token.lower
        initial = (
            len(token.text) == 1 and token.text.isupper() and first + 2 < last
            and tokens[first + 1].text == "." and not tokens[first + 1].space_before
        )  # "A. Giles": an initial, not the article "a"
        initial = initial or (  # "Will Carling", "Jan Siemerink": a first name, not a word
            first + 1 < last and tokens[first + 1].is_capitalised and is_given_name(token.text)
            and lower not in ("the", "a", "an", "in", "on", "at", "by", "to", "of")
            and not (first in context.initial and tokens[-1].text == "?")  # "Can Sanders win?"
        )
        initial = initial or (  # "O'Malley", "D'Souza": a letter glued to an apostrophe
            len(token.text) == 1 and first + 2 < last and tokens[first + 1].text in "'\u2019"
            and not tokens[first + 1].space_before and not tokens[first + 2].space_before
        )
        opener = not initial and (lower in context.function_words or (
            first in context.initial and (lower in stop or is_closed_class_word(token.text))
        ))
        if not token.is_word or (opener and last - first > 1):
            first += 1
        else:
            break
    while last > first and not tokens[last - 1].is_word and tokens[last - 1].text != ".":
        last -= 1
    if first >= last or not _is_name(tokens, first, last, context):
        return None
    return first, last


def _is_name(tokens: Sequence[Token], first: int, last: int, context: RunContext) -> bool:
    cues = context.cues
    words = [t for t in tokens[first:last] if t.is_word]
    phrase = " ".join(t.lower for t in words)
    if phrase in cues.stop or words[-1].lower in cues.words["event-head"]:
        return False
    if len(words) > 1:
        return True
    word = words[0]
    if len(word.text) == 1 or word.lower in context.function_words:
        return False
    if word.norm in context.known_names:
        return True
    if is_adjective(word.text) and reporting_verb_next_to(tokens, first, last, cues) is None:
        return False
    if first in context.initial:
        ordinary = is_common_word(word.text) or is_closed_class_word(word.text)
        return not ordinary or word.text in context.seen_capitalised
    return True


def guess_kind(
    tokens: Sequence[Token],
    first: int,
    last: int,
    cues: Cues,
    *,
    titled: bool,
    locative: bool,
) -> tuple[str, float, str]:
    """Guess a discovered name's kind; returns (kind, strength 0-3, the reason).

    In order: a final word that marks a kind ("... News" media, "... Council"
    organisation, "... Square" place; the word before "of" or "for" in "Bank of ..."), a
    title before it
    (person), a reporting verb next to it (person), a place's position ("flew to Dalian"),
    an acronym (organisation), two or more words (person); else organisation.

    Example:
        >>> from newslab.actors.cues import load_cues
        >>> from newslab.actors.name_tokens import tokenize
        >>> tokens = tokenize("flew to Dalian", 0, 14)
        >>> guess_kind(tokens, 2, 3, load_cues(), titled=False, locative=True)
        ('place', 2, 'where a place stands')
    """
    words = [t for t in tokens[first:last] if t.is_word]
    lowered = [t.lower for t in words]
    joints = [i for i, word in enumerate(lowered) if i and word in ("of", "for")]
    head = words[joints[0] - 1] if joints else words[-1]
    for kind, cue in (("media", "media-head"), ("organisation", "org-head"), ("place", "place-head")):
        if is_head(head.norm, cues.words[cue]):
            return kind, 3, f"'{head.text}' names {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
    if titled:
        return "person", 3, "after a title"
    if is_dateline(tokens, first, last) and not all(is_common_word(t.text) for t in words):
        return "place", 3, "a dateline"
    several = len(" ".join(t.text for t in words).split()) > 1
    if several:
        mixed_case = None  # whether the sentence mixes cases: read only when needed
        for token in tokens[first:last]:
            if token.text != "&" and not (len(token.text) > 1 and token.text.isupper()):
                continue
            if token.text != "&" and mixed_case is None:
                mixed_case = not all(
                    t.text.isupper() for t in tokens if t.is_word and t.text[:1].isalpha()
                )
            if token.text == "&" or mixed_case:
                return "organisation", 2.2, f"'{token.text}' inside a name"
        opening = words[0].text
        named_after = _place_at_start(words)
        if named_after is not None:
            return "organisation", 2.1, f"a team or company named after '{named_after}'"
        if len(opening) == 1 and first + 1 < last and tokens[first + 1].text == ".":
            rest = place_named(" ".join(w.text for w in words[1:]))
            if rest is not None:
                return "place", 2, f"'{opening}.' before the place '{rest.name}'"
            if len(words[-1].text) > 1:
                return "person", 2, f"an initial ('{opening}.') before a name"
        if is_given_name(opening):
            return "person", 2, f"'{opening}' is a first name"
    country = _country_in_brackets(tokens, last)
    if country:
        return "person", 2, f"a name before its country ('( {country} )')"
    figure = _player_figure(tokens, first, last)
    if figure:
        return "person", 2, f"a player: {figure}"
    if is_score_line(tokens, first, last):
        return "organisation", 2, "a team: a score or 'v' next to it"
    if several:
        place = next((p for w in words if (p := place_named(w.text)) is not None), None)
        if place is not None:
            return "organisation", 1.5, f"a name built on the place '{place.name}'"
    verb = reporting_verb_next_to(tokens, first, last, cues)
    if verb and several:
        return "person", 2, f"next to '{verb}'"
    if locative:
        return "place", 2, "where a place stands"
    if len(words) == 1 and len(words[0].text) > 1 and words[0].text.isupper():
        return "organisation", 1, "an acronym"
    if several:
        return "organisation", 0.5, "a multi-word name without a known first name"
    return "organisation", 0, "a single word"


_TEAM_JOINERS = ("v", "vs", "v.", "AT")


def _place_at_start(words: Sequence[Token]) -> str | None:
    """The listed place that opens a longer name of a team or company: a place of two words
    or more ("San Diego Padres"), or any place before a plural common noun ("Sydney
    Bulldogs"); else ``None``."""
    for size in range(min(3, len(words) - 1), 0, -1):
        place = place_named(" ".join(w.text for w in words[:size]))
        if place is None:
            continue
        last = words[-1].text
        plural = last.endswith("s") and is_common_word(last) and not is_given_name(last)
        if size > 1 or plural:
            return place.name
    return None


def _country_in_brackets(tokens: Sequence[Token], last: int) -> str:
    """The country (a listed one, or a code such as "GER" or "U.S.") in brackets right after
    a name, as results lists give it ("Jansher Khan ( Pakistan )"); else ``""``."""
    if last >= len(tokens) or tokens[last].text != "(":
        return ""
    close = next((i for i in range(last + 1, min(len(tokens), last + 7)) if tokens[i].text == ")"), None)
    if close is None or close == last + 1:
        return ""
    inner = "".join((" " if t.space_before else "") + t.text for t in tokens[last + 1 : close]).strip()
    place = place_named(inner)
    if place is not None and place.kind == "country":
        return inner
    letters = inner.replace(".", "")
    return inner if letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 3 else ""


_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_SCORECARD_MARKS = ("c", "b", "st", "lbw")


def _player_figure(tokens: Sequence[Token], first: int, last: int) -> str:
    """What marks a name in a results list as a player's: a goal's minute after it
    ("Klinsmann 44th"), bowling figures ("Jayasuriya 10-1-39-1"), or a scorecard's "c" or
    "b" around it ("c Hussain b Mullally"); else ``""``."""
    after = tokens[last] if last < len(tokens) else None
    if after is not None and _ORDINAL.match(after.text):
        return f"a minute after it ('{after.text}')"
    glued = "".join(t.text for t in tokens[last : last + 7])
    if after is not None and after.text.isdigit() and re.match(r"^\d+-\d+-\d+-\d+", glued):
        return "bowling figures after it"  # overs-maidens-runs-wickets, not a score ("2-1")
    before = tokens[first - 1].text if first > 0 else ""
    if before in _SCORECARD_MARKS or (after is not None and after.text in ("b", "c", "lbw")):
        return "a scorecard's 'c' or 'b' next to it"
    return ""


def is_score_line(tokens: Sequence[Token], first: int, last: int) -> bool:
    """True when the place at ``tokens[first:last]`` stands for a team: a score or a
    standings figure follows it ("Marseille 1 Metz 2", "NEW YORK 72 54 .571"), or "v" or
    a capitalised "AT" joins it to another name ("NEW YORK AT SEATTLE").

    Example:
        >>> from newslab.actors.name_tokens import tokenize
        >>> text = "Toronto 4 CHICAGO 2"
        >>> tokens = tokenize(text, 0, len(text))
        >>> is_score_line(tokens, 0, 1), is_score_line(tokens, 2, 3)
        (True, True)
    """
    after = tokens[last] if last < len(tokens) else None
    before = tokens[first - 1] if first > 0 else None
    if after is not None and after.text.isdigit() and after.space_before:
        return not (last + 1 < len(tokens) and tokens[last + 1].text in ("-", "/", ":", ".")
                    and not tokens[last + 1].space_before)
    return any(t is not None and t.text in _TEAM_JOINERS for t in (after, before))
