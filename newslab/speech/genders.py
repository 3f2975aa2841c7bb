"""Whether a person of an article is a man or a woman, for telling "he" from "she".

A person's gender comes from a title before one of their mentions ("Mr. Lu"), else their first
name, else the pronouns the article uses right after their name outside quotations ("Kelly
Ayotte ... Though she is running"). A name the actors layer filed as an organisation but shaped
like a person's ("Dahlys Hamilton") gets a gender from such pronouns too, more strictly.

Example:
    >>> from newslab.actors.mentions import Mention
    >>> text = 'Mr. Lu met Kim Ode. Kim Ode said she left. Later Kim Ode said "he" and her aide left.'
    >>> lu = Actor("a1", "Lu", "person", (Mention(4, 6, "Lu"),))
    >>> ode = Actor("a2", "Kim Ode", "person", tuple(Mention(s, s + 7, "Kim Ode") for s in (11, 20, 49)))
    >>> actor_genders(text, [lu, ode], quoted=[(62, 66)])
    {'a1': 'male', 'a2': 'female'}
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newslab.actors.cues import is_common_word
from newslab.actors.mentions import Actor
from newslab.speech.antecedents import PRONOUN_REACH, after_preposition, next_gendered_pronoun
from newslab.speech.speaker_words import gender_of_person, speaker_words

GENDER_VOTES = 2
"""Pronouns after a person's name needed before the article's usage decides their gender."""
GENDER_MARGIN = 3
"""How many times more pronouns of one gender than of the other that decision needs."""
PERSON_OF = {"male": "man", "female": "woman"}
"""The word for a person of each gender, for explanations."""


def title_before(text: str, start: int) -> str:
    """The gender a title right before ``start`` gives ("Mr. Lu", "Ms Cho"), or "".

    Example:
        >>> title_before("Mr. Lu left", 4), title_before("Sen. Lu left", 5)
        ('male', '')
    """
    window = text[max(0, start - 8) : start].rstrip().rstrip(".").split()
    if not window:
        return ""
    return speaker_words().titles.get(window[-1].lower(), "")


def gender_in_text(text: str, start: int, name: str) -> str:
    """The gender of the name at ``start`` (no actor): its title, else its first name.

    Example:
        >>> gender_in_text("Ms. Lo left", 4, "Lo"), gender_in_text("Hillary Clinton", 0, "Hillary Clinton")
        ('female', 'female')
    """
    return title_before(text, start) or gender_of_person(name)


def shared_surnames(actors: Sequence[Actor], genders: dict[str, str]) -> frozenset[str]:
    """Last names that persons of different genders share (a Chris and an Anne Marie Murphy):
    the bare last name then says nothing about "he" or "she".

    Example:
        >>> shared_surnames([], {})
        frozenset()
    """
    seen: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind == "person" and len(actor.name.split()) > 1:
            seen.setdefault(actor.name.split()[-1], set()).add(genders.get(actor.id, ""))
    return frozenset(name for name, found in seen.items() if len(found) > 1)


def person_shaped(name: str) -> bool:
    """True for two or three capitalised words, none all in capitals, the last no ordinary
    word ("Dahlys Hamilton"; not "Planned Parenthood", "NARAL", "Aral Sea").

    Example:
        >>> person_shaped("Dahlys Hamilton"), person_shaped("Planned Parenthood"), person_shaped("NARAL")
        (True, False, False)
    """
    words = name.split()
    return (
        1 < len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not is_common_word(words[-1])
    )


def actor_genders(
    text: str,
    actors: Sequence[Actor],
    quoted: Sequence[tuple[int, int]] = (),
    sentence_starts: Sequence[int] = (),
) -> dict[str, str]:
    """Each person's gender from a title before one of their mentions, else their first name,
    else the pronouns the article uses after their name (:func:`gender_from_pronouns`), never
    counting a pronoun inside ``quoted`` (sorted stretches of quoted words). An organisation
    shaped like a person's name gets a gender from such pronouns too (:func:`person_shaped`),
    but only with two pronouns, or with one that is the subject of the next clause after a
    mention that is not the object of a preposition ("Dahlys Hamilton is listed as ...
    Recently she announced"; not "Fees rose at Wells Fargo, and he was blamed"); ``sentence_starts``
    are where the article's sentences start (see :func:`subject_of_next_clause`).

    Example:
        >>> actor_genders("", [])
        {}
    """
    genders = {}
    for actor in actors:
        if actor.kind != "person":
            continue
        titled = {title_before(text, m.start) for m in actor.mentions} - {""}
        if len(titled) == 1:
            genders[actor.id] = titled.pop()
        else:
            genders[actor.id] = gender_of_person(actor.name)
    persons = sorted(
        (m.start, actor.id) for actor in actors if actor.kind == "person" for m in actor.mentions
    )
    for actor in actors:
        if actor.kind == "person" and not genders[actor.id]:
            genders[actor.id] = gender_from_pronouns(text, actor, persons, genders, quoted)
    for actor in actors:
        if actor.kind == "organisation" and person_shaped(actor.name):
            gender = gender_from_pronouns(
                text, actor, persons, genders, quoted, organisation=True, sentence_starts=sentence_starts
            )
            if gender:
                genders[actor.id] = gender
    return genders


_SENTENCE_END = re.compile("[.!?][\"'\u201d\u2019]?\\s+")


def subject_of_next_clause(
    text: str, mention_start: int, mention_end: int, position: int, sentence_starts: Sequence[int] = ()
) -> bool:
    """True when the pronoun at ``position`` is "he" or "she" (a subject) in the mention's own
    sentence ("Alixandria Lapp, director of ..., said she thinks") or opening the next one
    (perhaps after one word: "Recently she announced"), and the mention is not the object of a
    preposition: the pronoun can hardly be anyone else. ``sentence_starts`` (the article's
    sentences) tell where sentences end; without them, a full stop and a space do.

    Example:
        >>> text = "Dahlys Hamilton is the chair. Recently she left."
        >>> subject_of_next_clause(text, 0, 15, text.index("she"))
        True
        >>> text = 'Rakeyia Scott yelled. "Stop, stop," she says.'
        >>> subject_of_next_clause(text, 0, 13, text.index("she"))
        True
        >>> text = "Fees rose at Wells Fargo, and he was blamed."
        >>> subject_of_next_clause(text, 13, 24, text.index("he was"))
        False
    """
    if after_preposition(text, mention_start):
        return False
    if not re.match(r"(?:he|she)\b", text[position : position + 4], re.IGNORECASE):
        return False
    if sentence_starts:  # the article's own sentences ("U.N. Security Council" ends none)
        ends = [
            start for start in sentence_starts[bisect.bisect_right(sentence_starts, mention_end) :]
            if start <= position
        ]
    else:
        ends = [end.end() for end in _SENTENCE_END.finditer(text, mention_end, position)]
    if not ends:
        return True
    opening = _LEADING_QUOTE.sub("", text[ends[0] : position]).replace(",", " ").split()
    return len(ends) == 1 and len(opening) <= 1


# '"Don't shoot him," she says': the quotation that opens a sentence before its speaker
_LEADING_QUOTE = re.compile("^\\s*[\"\u201c][^\"\u201d]*[\"\u201d]")


def opens_own_sentence(text: str, mention_start: int, position: int, sentence_starts: Sequence[int]) -> bool:
    """True when the mention at ``mention_start`` opens its sentence and the pronoun at
    ``position`` lies in that sentence ("Rakeyia Scott can be heard yelling that her husband
    was unarmed"): the subject's own "her" or "she".

    Example:
        >>> text = "Rakeyia Scott said her husband was unarmed. Police left."
        >>> opens_own_sentence(text, 0, text.index("her"), [0, 44])
        True
        >>> opens_own_sentence(text, 0, text.index("Police"), [0, 44])
        False
    """
    index = bisect.bisect_right(sentence_starts, mention_start) - 1
    if index < 0 or text[sentence_starts[index] : mention_start].strip():
        return False
    return index + 1 >= len(sentence_starts) or position < sentence_starts[index + 1]


def gender_from_pronouns(
    text: str,
    actor: Actor,
    persons: list[tuple[int, str]],
    genders: dict[str, str],
    quoted: Sequence[tuple[int, int]] = (),
    *,
    organisation: bool = False,
    sentence_starts: Sequence[int] = (),
) -> str:
    """``Kelly Ayotte ... Though she is running``: the gender of a person whose first name and
    titles say nothing, from the first "he"/"she"/"his"/"her" outside quotations after each of
    their mentions, counted only when every other person named in between is known to be of
    the other gender (so that the pronoun can only be them). One gender must have at least two
    such pronouns and three times as many as the other ("..., I will stand next to Kelly," he
    said). For an ``organisation`` shaped like a person's name, one pronoun is enough when it is
    the subject of the next clause (:func:`subject_of_next_clause`) or lies in the sentence the
    name opens (:func:`opens_own_sentence`).

    Example:
        >>> from newslab.actors.mentions import Mention
        >>> text = "Kim Ode left. She came back. Kim Ode said she was tired."
        >>> ode = Actor("a1", "Kim Ode", "person", (Mention(0, 7, "Kim Ode"), Mention(29, 36, "Kim Ode")))
        >>> gender_from_pronouns(text, ode, [(0, "a1"), (29, "a1")], {"a1": ""})
        'female'
    """
    votes = {"male": 0, "female": 0}
    sure = {"male": False, "female": False}
    starts = [start for start, _ in persons]
    for mention in actor.mentions:
        found = next_gendered_pronoun(text, mention.end, mention.end + PRONOUN_REACH, quoted)
        if found is None:
            continue
        position, gender = found
        between = persons[bisect.bisect_right(starts, mention.start) : bisect.bisect_left(starts, position)]
        if any(other != actor.id and genders.get(other) in ("", None, gender) for _, other in between):
            continue
        votes[gender] += 1
        if organisation and (
            subject_of_next_clause(text, mention.start, mention.end, position, sentence_starts)
            or opens_own_sentence(text, mention.start, position, sentence_starts)
        ):
            sure[gender] = True
    for gender, other in (("male", "female"), ("female", "male")):
        enough = votes[gender] >= GENDER_VOTES or sure[gender]
        if enough and votes[gender] >= GENDER_MARGIN * votes[other]:
            return gender
    return ""
