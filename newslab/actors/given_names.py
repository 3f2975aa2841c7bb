"""First names (``data/given_names.txt``, from gender-guesser's name list): a name whose first
word is a given name is a person's ("Greg Norman"), one built on a place or a company word
is not ("Bayern Munich", "Northline Ferries").

The list is read on first use, never at import.

Example:
    >>> is_given_name("Greg"), is_given_name("Bayern"), given_name_gender("Lindsay")
    (True, False, 'f')
"""

from __future__ import annotations

from functools import lru_cache

from newslab.errors import UnreadableInputError
from newslab.resources import data_path


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    # 45,000 lines: the comment header ends at the first line without "#"; then split the
    # whole text at once rather than line by line
    path = data_path("given_names.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableInputError(f"cannot read the data file {path}: {error}") from None
    body = text[text.find("\n", text.rfind("\n#") + 1) + 1 :] if text.startswith("#") else text
    cells = body.replace("\n", "\t").split("\t")
    return dict(zip(cells[0::2], cells[1::2], strict=False))  # a final empty cell has no pair


def is_given_name(word: str) -> bool:
    """True when ``word`` (as written, or in title case if written in capitals) is a listed
    first name.

    Example:
        >>> is_given_name("GREG"), is_given_name("greg")
        (True, False)
    """
    return given_name_gender(word) is not None


def given_name_gender(word: str) -> str | None:
    """``"m"``, ``"f"`` or ``"u"`` (either) for a listed first name, else ``None``.

    Example:
        >>> given_name_gender("Kim"), given_name_gender("Bayern")
        ('u', None)
    """
    names = _given_names()
    found = names.get(word)
    if found is None and word.isupper() and len(word) > 1:
        found = names.get(word.title())
    return found
