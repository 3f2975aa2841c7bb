"""Word lists for finding speakers no reporting verb points to, and for telling "he" from "she".

Two data files in ``newslab/data/``: ``speaker_words.txt`` (introductory words, words after
which a name is not a sentence's subject, titles that mark a man or a woman) and
``first_names.txt`` (first names read as a man's or a woman's). A person whose first name is
not listed, or who is named only by a surname, fits either pronoun.

Example:
    >>> words = speaker_words()
    >>> gender_of_name("Hillary Clinton"), gender_of_name("Mr. Lu"), gender_of_name("Clinton")
    ('female', 'male', '')
    >>> "in" in words.intro, "of" in words.links
    (True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newslab.actors.given_names import sure_name_gender
from newslab.errors import NewslabError
from newslab.resources import data_path, read_lines
from newslab.text.tokens import normalise

PRONOUN_GENDER = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
"""Third-person pronouns that say a person's gender: newslab's one such table."""


class SpeakerWordsError(NewslabError):
    """A line of a speaker word list does not follow its format."""


@dataclass(frozen=True)
class SpeakerWords:
    """The word lists: ``intro``, ``lead``, ``links``, ``time``, titles and first names by
    gender, ``not_adverbs`` (words in -ly that are not adverbs: "family"), ``chain`` (verbs
    that lead into a reporting verb: "kept asking", "went on to say"), ``documents``
    (things that carry words: "statement", "tweet"), ``calendar`` (days and units of time
    that a time phrase names: "Wednesday", "weeks"), ``quantities`` (words that count people:
    "Many", "Dozens of protesters", "25 percent of voters"), ``speech_nouns`` (words for what
    someone said, after a possessive: "Trump's claim that ..."), ``issuing`` (verbs of issuing
    a document: "issued", "posted"), ``holding`` (prepositions whose object is no subject:
    "of Flint"), ``linking_past`` ("came", "seemed"), ``by_position`` (irregular past tenses
    that attribute a quote by position: "shot back") and ``set_phrases`` (words for a set
    phrase: "slogan", "nickname")."""

    intro: frozenset[str]
    lead: frozenset[str]
    links: frozenset[str]
    time: frozenset[str]
    titles: dict[str, str]
    first_names: dict[str, str]
    not_adverbs: frozenset[str] = frozenset()
    chain: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    calendar: frozenset[str] = frozenset()
    quantities: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    issuing: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()
    linking_past: frozenset[str] = frozenset()
    by_position: frozenset[str] = frozenset()
    set_phrases: frozenset[str] = frozenset()


# a section of speaker_words.txt -> the field of SpeakerWords that holds its words
_SECTIONS = {
    "intro": "intro", "lead": "lead", "link": "links", "time": "time", "not-adverb": "not_adverbs",
    "chain": "chain", "document": "documents", "calendar": "calendar", "quantity": "quantities",
    "speech-noun": "speech_nouns", "issue": "issuing", "holding": "holding",
    "linking-past": "linking_past", "by-position": "by_position", "set-phrase": "set_phrases",
}


@lru_cache(maxsize=1)
def speaker_words() -> SpeakerWords:
    """newslab's own lists, read once.

    Example:
        >>> speaker_words().titles["mrs"], "issued" in speaker_words().issuing
        ('female', True)
    """
    sections: dict[str, set[str]] = {name: set() for name in _SECTIONS}
    titles: dict[str, str] = {}
    path = data_path("speaker_words.txt")
    for number, line in enumerate(read_lines(path), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 2 or parts[0] not in (*sections, "male", "female"):
            raise SpeakerWordsError(
                f"{path.name} line {number}: expected 'SECTION WORD' with SECTION one of "
                f"{', '.join((*sections, 'male', 'female'))}; got {line!r}"
            )
        if parts[0] in ("male", "female"):
            titles[parts[1].lower()] = parts[0]
        else:
            sections[parts[0]].add(parts[1].lower())
    lists = {_SECTIONS[name]: frozenset(found) for name, found in sections.items()}
    return SpeakerWords(titles=titles, first_names=_first_names(), **lists)


def _first_names() -> dict[str, str]:
    path = data_path("first_names.txt")
    genders: dict[str, str] = {}
    for number, line in enumerate(read_lines(path), 1):
        head, _, names = line.partition(":")
        if head.strip() not in ("male", "female") or not names.strip():
            raise SpeakerWordsError(
                f"{path.name} line {number}: expected 'male:' or 'female:' then names; got {line!r}"
            )
        for name in names.split():
            known = genders.get(name.lower())
            genders[name.lower()] = head.strip() if known in (None, head.strip()) else ""
    return genders


def gender_of_name(name: str) -> str:
    """"male", "female" or "" (unknown) for a person's name, from a title or a first name.

    Only a name of two words or more has a first name ("Clinton" alone could be anyone).

    Example:
        >>> gender_of_name("Ms. Jones"), gender_of_name("Donald J. Trump"), gender_of_name("Xi")
        ('female', 'male', '')
    """
    words = speaker_words()
    tokens = [normalise(t).strip(".,") for t in name.split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return ""
    if tokens[0] in words.titles:
        return words.titles[tokens[0]]
    if len(tokens) < 2:
        return ""
    return words.first_names.get(tokens[0], "")


def gender_of_person(name: str) -> str:
    """Like :func:`gender_of_name`, but a first name missing from ``first_names.txt`` is looked
    up in the longer list that the gender-guesser package installs (read where pip put it, see
    :mod:`newslab.actors.given_names`); a name that list gives to both genders stays unknown.

    Example:
        >>> gender_of_person("Ayn Rand"), gender_of_person("Hillary Clinton"), gender_of_person("Kim Lee")
        ('female', 'female', '')
        >>> gender_of_person("Sen. Alyona Petrova")
        'female'
    """
    found = gender_of_name(name)
    words = name.split()
    if found or len(words) < 2:
        return found
    # past abbreviated titles that say nothing of gender ("Sen. Alyona Petrova")
    first = next((w for w in words[:-1] if not w.endswith(".")), "").strip(",")
    return {"m": "male", "f": "female"}.get(sure_name_gender(first), "")


def fits_pronoun(pronoun: str, gender: str) -> bool:
    """False only when both the pronoun's and the person's gender are known and differ.

    Example:
        >>> fits_pronoun("she", "male"), fits_pronoun("he", ""), fits_pronoun("they", "male")
        (False, True, True)
    """
    wanted = PRONOUN_GENDER.get(pronoun.lower(), "")
    return not wanted or not gender or wanted == gender
