"""First names and their usual gender, from the name list of the gender-guesser package: a name
whose first word is a given name is a person's ("Greg Norman"), one built on a place or a
company word is not ("Bayern Munich", "Northline Ferries").

The list is read on first use, never at import, from where pip installed it.

Example:
    >>> is_given_name("Greg"), is_given_name("Bayern"), given_name_gender("Lindsay")
    (True, False, 'f')
"""

from __future__ import annotations

from functools import lru_cache

from newslab.errors import UnreadableInputError

NAME_COLUMNS = slice(3, 29)
FREQUENCY_COLUMNS = slice(30, 85)
GENDERS = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "u"}
MIN_FREQUENCY = 1
"""A name counts when some country uses it at least this often (the list's 1-13 scale)."""


SURE_GENDERS = {"M": "m", "F": "f"}
"""The list's codes for a name borne (almost) only by men or only by women; "?M", "1M" ... are
"mostly" or "when first": Lindsey (Graham) and Marty are "?F" and "?M"."""


@lru_cache(maxsize=1)
def _name_lists() -> tuple[dict[str, str], dict[str, str]]:
    """Two maps read once from the name list that the gender-guesser package installs: name ->
    gender ("m", "f", "u"), and name -> gender for the names every line of the list gives to
    one gender only, with the plain code "M" or "F" (see :data:`SURE_GENDERS`).

    The list (nam_dict.txt, by Jörg Michael, GNU Free Documentation License) is not copied into
    newslab: it is read where pip put it. One-word names in Latin letters are kept.
    """
    from importlib.resources import files

    try:
        source = files("gender_guesser") / "data" / "nam_dict.txt"
        text = source.read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError, UnicodeDecodeError) as error:
        raise UnreadableInputError(
            f"cannot read the first-name list of the gender-guesser package ({error}); "
            "reinstall newslab, which installs it: pip install newslab"
        ) from None
    names: dict[str, str] = {}
    sure: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        gender = GENDERS.get(line[:2].strip())
        name = line[NAME_COLUMNS].strip().replace("+", "-")
        if gender is None or " " in name or not name[:1].isupper():
            continue
        if any(ord(c) > 0x24F for c in name) or _frequency(line[FREQUENCY_COLUMNS]) < MIN_FREQUENCY:
            continue
        previous = names.get(name)
        names[name] = gender if previous in (None, gender) else "u"
        certain = SURE_GENDERS.get(line[:2].strip(), "")
        sure[name] = certain if sure.get(name, certain) == certain else ""
    return names, {name: gender for name, gender in sure.items() if gender}


def _frequency(cell: str) -> int:
    """The highest per-country frequency on a line (digits 1-9 and letters A-D for 10-13)."""
    best = 0
    for char in cell:
        if char.isdigit():
            best = max(best, int(char))
        elif "A" <= char <= "D":
            best = max(best, 10 + ord(char) - ord("A"))
    return best


def is_given_name(word: str) -> bool:
    """True when ``word`` (as written, or in title case if written in capitals) is a listed
    first name.

    Example:
        >>> is_given_name("GREG"), is_given_name("greg")
        (True, False)
    """
    return given_name_gender(word) is not None


def sure_name_gender(word: str) -> str:
    """``"m"`` or ``"f"`` for a first name that the list gives to men only or to women only
    (every line of it says plainly "M" or "F"), else ``""``.

    Example:
        >>> sure_name_gender("Ayn"), sure_name_gender("Lindsey"), sure_name_gender("Marty")
        ('f', '', '')
    """
    return _name_lists()[1].get(word, "")


def given_name_gender(word: str) -> str | None:
    """``"m"``, ``"f"`` or ``"u"`` (either) for a listed first name, else ``None``.

    Example:
        >>> given_name_gender("Kim"), given_name_gender("Bayern")
        ('u', None)
    """
    names = _name_lists()[0]
    found = names.get(word)
    if found is None and word.isupper() and len(word) > 1:
        found = names.get(word.title())
    return found
