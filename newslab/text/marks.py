"""The quote marks newslab knows, in one place: every layer that looks for quotes reads them here.

Example:
    >>> sorted(set(DOUBLE_OPENING + DOUBLE_CLOSING) - set(QUOTE_MARKS))
    []
    >>> "\u201e" in DOUBLE_OPENING, "\u2019" in SINGLE_CLOSING
    (True, True)
"""

DOUBLE_OPENING = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSING = "\u201d\u00bb"  # ” »
SINGLE_OPENING = "\u2018"  # ‘
SINGLE_CLOSING = "\u2019"  # ’
DOUBLE_MARKS = DOUBLE_OPENING + DOUBLE_CLOSING + '"'
"""Straight and curly double marks, and guillemets."""
SINGLE_MARKS = SINGLE_OPENING + SINGLE_CLOSING + "'"
"""Straight and curly single marks (the straight one is an apostrophe too)."""
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS
"""Every quote mark."""
