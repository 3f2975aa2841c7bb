"""Small text tests that help decide whom a pronoun stands for: whether the words before a
name are only titles and role words, whether a name qualifies a noun ("the Cruz campaign"),
stands after a preposition, holds a first name, or names no one at all ("Since").

Example:
    >>> modifies_noun(" campaign said"), after_preposition("a rally for Cruz", 12)
    (True, True)
    >>> gender_of_given_name_inside("Christine Todd Whitman"), not_a_name("Since", frozenset())
    ('female', True)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from newslab.actors.cues import is_closed_class_word, is_common_word, lexicon_tag
from newslab.errors import NewslabError
from newslab.resources import data_path, read_lines
from newslab.speech.speaker_words import PRONOUN_GENDER, gender_of_person

MAX_OPENING_WORDS = 8
"""At most this many titles and role words before a name that opens its sentence."""
_CONTRACTED = re.compile(r"(\w+)['\u2019](?:s|re|ll|d|ve)", re.IGNORECASE)
AGE = re.compile(r",\s+\d{1,3},")
"""An age after a name: "Franson Reneus, 18, from ..."."""
CLAUSE_COMMA = re.compile("[,;][\"'\u201d\u2019]?\\s+")
"""The comma (perhaps inside a closing quote mark) that ends an opening clause."""
SUBORDINATORS = frozenset(
    "when after as while before although though because if since once until whereas".split()
)
"""Words that open a clause before the main one ("When Maddow pointed out ..., Clinton ...")."""


def only_role_words(prefix: str, titles: frozenset[str]) -> bool:
    """True when ``prefix`` (the words before a name at the start of a sentence) holds only
    titles, capitalised words, brackets and nouns or adjectives in lower case ("Former
    Pennsylvania governor", "Maricopa County (Ariz.) Sheriff"), and no comma or verb.

    Example:
        >>> only_role_words("Former Pennsylvania governor ", frozenset())
        True
        >>> only_role_words("After a vote, ", frozenset())
        False
    """
    words = prefix.replace("(", " ").replace(")", " ").split()
    if len(words) > MAX_OPENING_WORDS or "," in prefix or ":" in prefix:
        return False
    for word in words:
        bare = word.strip("\"'\u201c\u2018.")
        if not bare or bare[:1].isupper() or bare in titles:
            continue
        tag = lexicon_tag(bare) or ""
        if not (tag.startswith("NN") or tag.startswith("JJ")):
            return False
    return True


def modifies_noun(rest: str) -> bool:
    """True when the name is followed by a noun in lower case, perhaps after an adjective or
    two ("Cruz campaign", "Trump supporters", "Democratic presidential front-runner"): the
    phrase names something else than the named one.

    Example:
        >>> modifies_noun(" campaign said"), modifies_noun(" said on Monday"), modifies_noun(", who")
        (True, False, False)
        >>> modifies_noun(" presidential front-runner said"), modifies_noun(" quickly said")
        (True, False)
    """
    if not rest[:1].isspace():
        return False
    for word in rest.split()[:3]:
        word = word.strip(".,;:")
        if not word[:1].islower():
            return False
        tag = lexicon_tag(word) or ""
        if tag.startswith("NN"):
            return True
        if not tag.startswith("JJ"):
            return False
    return False


def determiner_before(text: str, start: int, determiners: frozenset[str]) -> int | None:
    """Where the determiner of the phrase that goes on with the name at ``start`` begins
    ("the former Mexican president": at "the"), looking back at most three words and past
    none that holds punctuation; None when there is no such determiner.

    Example:
        >>> text = "He met the former Mexican president."
        >>> determiner_before(text, text.index("Mexican"), frozenset({"the"}))
        7
        >>> determiner_before("At home, Mexican voters", 9, frozenset({"the"})) is None
        True
    """
    offset = max(0, start - 40)
    for match in reversed(list(re.finditer(r"\S+", text[offset:start]))[-3:]):
        word = match.group()
        bare = word.replace("\u2019", "'").lower().strip("\"'\u201c")
        if bare in determiners:
            return offset + match.start() + len(word) - len(word.lstrip("\"'\u201c"))
        if not bare.isalpha() or bare != word.replace("\u2019", "'").lower():
            return None  # punctuation: the phrase started later
    return None


PREPOSITIONS = frozenset(
    "about against at by for from in into like of on to toward towards with without".split()
)
"""Words after which a name is an object ("speeches for Cruz"), not a subject."""


def after_preposition(text: str, start: int) -> bool:
    """True when the word before ``start`` is a preposition ("speeches for Cruz", "preceded by
    Joe Arpaio"): the name is an object, rarely the one a later pronoun means.

    Example:
        >>> after_preposition("a rally for Cruz", 12), after_preposition("Cruz said", 0)
        (True, False)
    """
    before = text[max(0, start - 15) : start].split()
    return bool(before) and before[-1].lower() in PREPOSITIONS


def gender_of_given_name_inside(name: str) -> str:
    """The gender of a first name followed by a last name inside ``name`` ("Republican
    Christine Todd Whitman": "female"), or "" when there is none or when the name reads as a
    body or a place: a word in lower case, or a last word that is an ordinary word ("Aral Sea",
    "James Martin Center for ...").

    Example:
        >>> gender_of_given_name_inside("Republican Christine Todd Whitman")
        'female'
        >>> gender_of_given_name_inside("Aral Sea")
        ''
    """
    words = name.split()
    if len(words) < 2 or any(not w[:1].isupper() for w in words) or is_common_word(words[-1]):
        return ""
    for index, word in enumerate(words[:-1]):
        gender = gender_of_person(f"{word} {words[index + 1]}")
        if gender:
            return gender
    return ""


def not_a_name(name: str, not_names: frozenset[str]) -> bool:
    """True for a capitalised word that names no one: a day or a month, or one word that is
    a preposition, conjunction, adverb or the like ("Since", "Nor", "The").

    Example:
        >>> not_a_name("Monday", frozenset({"Monday"})), not_a_name("Since", frozenset())
        (True, True)
        >>> not_a_name("Okafor", frozenset())
        False
    """
    if name in not_names:
        return True
    return " " not in name and is_closed_class_word(name)


def glued_pronoun(word: str, pronouns: frozenset[str]) -> str:
    """The pronoun of a word that has a verb glued to it ("he's", "They’re"), else "".

    Example:
        >>> words = frozenset({"he", "they"})
        >>> glued_pronoun("he's", words), glued_pronoun("They’re", words), glued_pronoun("Obi's", words)
        ('he', 'They', '')
    """
    contracted = _CONTRACTED.fullmatch(word)
    if contracted is None or contracted.group(1).lower() not in pronouns:
        return ""
    return contracted.group(1)


_OPENING_PRONOUN = re.compile(r"\s*(?:(?:But|And|Yet|So|Then|Now|Still)\s+)?(he|she)\s+[a-z]", re.IGNORECASE)


def opening_pronoun(text: str, start: int) -> tuple[int, int] | None:
    """Where "he" or "she" stands when it opens the sentence that starts at ``start`` (perhaps
    after "But" or "And") and a word in lower case follows it ("He married in ..., practices
    law ..."), else None: the sentence goes on about the same person, even when its verb is
    too far or too odd for the subject finder.

    Example:
        >>> opening_pronoun("He married in May (quietly), and moved.", 0)
        (0, 2)
        >>> opening_pronoun("But she left.", 0), opening_pronoun("Helen left.", 0)
        ((4, 7), None)
    """
    found = _OPENING_PRONOUN.match(text, start)
    if found is None:
        return None
    return found.start(1), found.end(1)


_PRONOUN_WORD = re.compile(r"\b(" + "|".join(PRONOUN_GENDER) + r")\b", re.IGNORECASE)
PRONOUN_REACH = 200
"""How far after a name (in characters) the next gendered pronoun is looked for."""


def _inside(position: int, quoted: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < quoted[index][1]


def next_gendered_pronoun(
    text: str, start: int, end: int, quoted: Sequence[tuple[int, int]] = ()
) -> tuple[int, str] | None:
    """The first "he", "his", "she", "her" ... in ``text[start:end]`` outside ``quoted`` (sorted
    stretches of quoted words, which speak of someone else): its position and the gender it
    says; None when there is none. A pronoun right after a closing quote mark (``"...," he
    said``: a mark, then a space) is passed over too: it stands for whoever spoke, not for a
    name before it.

    Example:
        >>> next_gendered_pronoun("Ayotte has tangled with Trump, saying she was appalled", 6, 55)
        (38, 'female')
        >>> next_gendered_pronoun('Lee said "no," he said, and her aide left.', 3, 42)
        (28, 'female')
        >>> text = 'Lee said "he lied" and his aide left.'
        >>> next_gendered_pronoun(text, 3, 37, [(9, 18)]), next_gendered_pronoun(text, 3, 37)
        ((23, 'male'), (10, 'male'))
        >>> next_gendered_pronoun("The senator left.", 0, 17) is None
        True
    """
    starts = [s for s, _ in quoted]
    for found in _PRONOUN_WORD.finditer(text, start, end):
        if quoted and _inside(found.start(), quoted, starts):
            continue
        before = text[max(0, found.start() - 3) : found.start()]
        if before.rstrip()[-1:] in ('"', "\u201d") and before[-1:].isspace():
            continue  # a closing mark, then the speaker: '"...," he said'
        return found.start(), PRONOUN_GENDER[found.group().lower()]
    return None


def pronoun_inside(words: str, pronouns: frozenset[str]) -> bool:
    """True when ``words`` (taken for a name) hold the word "I" or a pronoun with a verb
    glued to it ("So I", "Do I", "He\u2019ll"): words of a sentence, not someone's name.

    Example:
        >>> pronoun_inside("So I", frozenset({"he"})), pronoun_inside("He\u2019ll", frozenset({"he"}))
        (True, True)
        >>> pronoun_inside("Ivan Ilyich", frozenset({"he"}))
        False
    """
    parts = words.split()
    return "I" in parts or any(glued_pronoun(part, pronouns) for part in parts)


_AND_AFTER = re.compile(r"\s+and\s+[A-Z]")
_AND_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*\s+and\s+$")


def joined_names(text: str, start: int, end: int) -> bool:
    """True when the name at ``[start, end)`` is joined by "and" to another capitalised name
    ("Marco Rubio and Ted Cruz"): together they can be "they".

    Example:
        >>> text = "Marco Rubio and Ted Cruz teamed up. Obama left."
        >>> joined_names(text, 0, 11), joined_names(text, 16, 24), joined_names(text, 36, 41)
        (True, True, False)
    """
    return bool(_AND_AFTER.match(text, end)) or bool(_AND_BEFORE.search(text[max(0, start - 40) : start]))


_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
_PARTNER_AFTER = re.compile(rf"\s+and\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}")
_PARTNER_BEFORE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+and\s+$")


def joined_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch that holds the name at ``[start, end)`` and the name joined to it by "and"
    ("Marco Rubio and Ted Cruz", at most three capitalised words each): both people, whom
    "they" stands for. ``(start, end)`` itself when no name is joined to it.

    Example:
        >>> text = "Then Marco Rubio and Ted Cruz teamed up."
        >>> [text[slice(*joined_span(text, *at))] for at in ((5, 16), (21, 29), (30, 36))]
        ['Marco Rubio and Ted Cruz', 'Marco Rubio and Ted Cruz', 'teamed']
    """
    after = _PARTNER_AFTER.match(text, end)
    if after is not None:
        return start, after.end()
    before = _PARTNER_BEFORE.search(text[max(0, start - 60) : start])
    if before is not None:
        first = max(0, start - 60) + before.start()
        for word in re.finditer(r"\S+", text[first:start]):
            if not is_closed_class_word(word.group()):  # "Then Marco Rubio": not "Then"
                return first + word.start(), end
    return start, end
    return start, end


_REFERENT_KINDS = ("document", "collective", "group")


@lru_cache(maxsize=1)
def referent_words() -> dict[str, frozenset[str]]:
    """The nouns of ``newslab/data/pronoun_referents.txt`` by kind: "document" (things that
    say something and are "it": "memo", "bill"), "collective" (singular bodies of people that
    may be "they": "campaign") and "group" (plural words that end a group's name and are never
    "he" or "she": "Republicans").

    Example:
        >>> words = referent_words()
        >>> "memo" in words["document"], "campaign" in words["collective"], "republicans" in words["group"]
        (True, True, True)
    """
    found: dict[str, set[str]] = {kind: set() for kind in _REFERENT_KINDS}
    for number, line in enumerate(read_lines(data_path("pronoun_referents.txt")), 1):
        kind, _, word = line.partition(" ")
        if kind not in found or not word.strip():
            raise NewslabError(
                f"pronoun_referents.txt, meaningful line {number}: expected 'KIND WORD' with KIND "
                f"one of {', '.join(_REFERENT_KINDS)}, got {line!r}"
            )
        found[kind].add(word.strip().lower())
    return {kind: frozenset(words) for kind, words in found.items()}


_CONNECTIVES = frozenset("and but yet still then so also".split())
_DOCUMENT_OPENERS = frozenset("the this that a an his her its their our your".split())
_MAX_DOCUMENT_WORDS = 4


def opening_document(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the phrase naming a document stands when it opens the sentence ``text[start:end]``
    ("The email includes ...", "Thursday's memo from the panel seemed ...", "His resulting bill
    easily passed ..."): a determiner or an owner, at most three more words, then a document
    noun in lower case followed by a word that is no noun. None when the sentence opens
    otherwise. Such a document is what a later "it" most often stands for ("... ," it stated).

    Example:
        >>> text = "Thursday's memo from the panel seemed aimed at critics."
        >>> span = opening_document(text, 0, len(text)); text[span[0] : span[1]]
        "Thursday's memo"
        >>> opening_document("Bill Clinton said so.", 0, 21) is None
        True
    """
    words = list(re.finditer(r"\S+", text[start : min(end, start + 160)]))
    first = 0
    while first < len(words) and words[first].group().strip("\"'\u201c\u2018").lower() in _CONNECTIVES:
        first += 1
    if first >= len(words):
        return None
    opener = words[first].group().lstrip("\"'\u201c\u2018")
    owner = opener[:1].isupper() and opener.endswith(("'s", "\u2019s"))
    if opener.lower() not in _DOCUMENT_OPENERS and not owner:
        return None
    documents = referent_words()["document"]
    for index in range(first + 1, min(len(words), first + 2 + _MAX_DOCUMENT_WORDS)):
        word = words[index].group()
        if not word.isalpha() and not word.replace("-", "").isalpha():
            return None  # punctuation: the opening phrase ended before any document
        if word in documents:
            following = words[index + 1].group() if index + 1 < len(words) else ""
            tag = lexicon_tag(following.strip(".,;:")) or ""
            if not following[:1].islower() or tag.startswith("NN"):
                return None  # ("The report card", "The Bill"): not the document itself
            phrase_start = start + words[first].start() + len(words[first].group()) - len(opener)
            return phrase_start, start + words[index].end()
    return None


def singular_body(words: str) -> bool:
    """True when the last word of a description is a singular noun that is not a body of
    people ("The presumed adjustment", "bond", "Nearly everyone"): "they" cannot stand for it.

    Example:
        >>> singular_body("The presumed adjustment"), singular_body("the campaign")
        (True, False)
        >>> singular_body("government officials"), singular_body("The Cruz campaign")
        (False, False)
    """
    parts = words.split()
    if not parts:
        return False
    last = parts[-1].strip(".,;:").lower()
    return lexicon_tag(last) == "NN" and last not in referent_words()["collective"]


def names_group(name: str) -> bool:
    """True when a name ends in a plural word for a group of people ("Tea Party Republicans"):
    it names many, never "he" or "she".

    Example:
        >>> names_group("Tea Party Republicans"), names_group("Paul Ryan")
        (True, False)
    """
    parts = name.split()
    return bool(parts) and parts[-1].lower() in referent_words()["group"]


_AFTER_CONTRACTION = frozenset(
    "been got gotten not never always already also still just a an".split()
)
"""Words after a name's "'s" that make it "has" or "is", not an owner ("Christie's been")."""


def contracted_verb(text: str, position: int) -> bool:
    """True when the word after ``position`` (just past a name's "'s") shows that the "'s" is
    "has" or "is" ("Christie's been making the case", "Rubio's not ready"): the name is then
    the subject of its sentence, not an owner.

    Example:
        >>> text = "Christie's been making the case. Carson's mangling of facts."
        >>> contracted_verb(text, 10), contracted_verb(text, 41)
        (True, False)
    """
    following = text[position : position + 20].split()
    return bool(following) and following[0].lower() in _AFTER_CONTRACTION


_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def group_after_name(text: str, end: int) -> int | None:
    """Where the group a person's name qualifies ends, when a plural noun or a noun for a body
    of people follows the name ("Sanders supporters", "Clinton aides", "the Cruz campaign"):
    those many are what "they" can stand for, not the one named. None otherwise.

    Example:
        >>> text = "Sanders supporters were angry. Sanders says no."
        >>> group_after_name(text, 7), group_after_name(text, 38)
        (18, None)
    """
    found = _WORD_AFTER.match(text, end)
    if found is None:
        return None
    word = found.group(1)
    if lexicon_tag(word) == "NNS" or word in referent_words()["collective"]:
        return found.end(1)
    return None
