"""Find what scraped news carries besides the story: the headline, a repeated headline,
trailing site boilerplate, and text that is not English.

Nothing is deleted. Each finding is a span with a reason, so a student can see what was set
aside and why, and highlighting stays exact.

Example:
    >>> text = "Kim visits China\\n\\nKim visits China\\n\\nKim flew in.\\n\\nRelated Articles"
    >>> bounds = [(0, 16), (18, 34), (36, 48), (50, 66)]
    >>> find_title(text, bounds)
    0
    >>> [(r.start, r.end, r.reason) for r in find_removed(text, bounds, title_index=0)]
    [(18, 36, 'repeated headline'), (50, 66, "site boilerplate: 'Related Articles' and what follows")]
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslab.resources import data_path, read_lines
from newslab.text.spans import Span

_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 30
_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Removed(Span):
    """A span set aside from the analyses, with the reason it was set aside."""

    reason: str = ""

    def to_dict(self) -> dict[str, int | str]:
        """The span as a JSON-ready dict with ``start``, ``end``, ``text`` and ``reason``."""
        return {**super().to_dict(), "reason": self.reason}


def find_title(text: str, bounds: list[tuple[int, int]]) -> int | None:
    """Index of the paragraph that is the headline, or ``None``.

    The first paragraph is taken as the headline when it is one short line that does not end
    like a sentence, and the text goes on after it.

    Example:
        >>> find_title("Kim in Beijing\\n\\nKim arrived.", [(0, 14), (16, 28)])
        0
    """
    if len(bounds) < 2:
        return None
    start, end = bounds[0]
    line = text[start:end]
    looks_like_headline = (
        "\n" not in line
        and "\r" not in line
        and len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) <= _MAX_TITLE_WORDS
        and not line.rstrip("\"'\u201d\u2019)").endswith((".", ",", ";", ":"))
    )
    return 0 if looks_like_headline else None


def find_removed(
    text: str,
    bounds: list[tuple[int, int]],
    *,
    title_index: int | None,
    boilerplate: str | Path | None = None,
) -> list[Removed]:
    """Spans to set aside: a headline repeated as the first body line, and site boilerplate.

    A removed span runs from the start of its paragraph to the start of the next one, so the
    blank lines that belonged to it go with it.

    Args:
        text: the article text.
        bounds: paragraph bounds from :func:`newslab.text.segmentation.paragraph_bounds`.
        title_index: which paragraph is the headline, if any.
        boilerplate: a rules file in the format of ``newslab/data/boilerplate.txt``;
            the shipped one by default.

    Example:
        >>> find_removed("Story.\\n\\nAdvertisement\\n\\nMore story.", [(0, 6), (8, 21), (23, 34)],
        ...              title_index=None)[0].reason
        'site boilerplate: advertisement or share line'
    """
    removed: list[Removed] = []
    extents = _paragraph_extents(text, bounds)
    if title_index is not None and title_index + 1 < len(bounds):
        first = title_index + 1
        if _normalised(text[slice(*bounds[first])]) == _normalised(text[slice(*bounds[title_index])]):
            removed.append(_removed(text, extents[first], "repeated headline"))
    taken = {index for index, (start, _) in enumerate(extents) for r in removed if r.start == start}
    tail_rules, line_rules = _rules(str(boilerplate or data_path("boilerplate.txt")))
    body_first = 0 if title_index is None else title_index + 1
    tail_start = _tail_start(text, bounds, tail_rules, body_first)
    for index, (start, end) in enumerate(bounds):
        if index in taken or index == title_index:
            continue
        if tail_start is not None and index >= tail_start:
            break
        if _matches(line_rules, text[start:end]):
            removed.append(_removed(text, extents[index], "site boilerplate: advertisement or share line"))
    if tail_start is not None:
        first_line = text[slice(*bounds[tail_start])].strip()
        reason = f"site boilerplate: '{first_line[:40]}' and what follows"
        removed.append(_removed(text, (extents[tail_start][0], len(text)), reason))
    return sorted(removed, key=lambda r: r.start)


def _tail_start(
    text: str, bounds: list[tuple[int, int]], rules: tuple[re.Pattern[str], ...], body_first: int
) -> int | None:
    halfway = body_first + (len(bounds) - body_first) // 2
    for index in range(max(halfway, body_first + 1), len(bounds)):
        if _matches(rules, text[slice(*bounds[index])]):
            return index
    return None


def _paragraph_extents(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    starts = [start for start, _ in bounds[1:]] + [len(text)]
    return [(start, next_start) for (start, _), next_start in zip(bounds, starts, strict=True)]


def _removed(text: str, extent: tuple[int, int], reason: str) -> Removed:
    start, end = extent
    return Removed(start, end, text[start:end], reason)


def _matches(rules: tuple[re.Pattern[str], ...], paragraph: str) -> bool:
    candidate = paragraph.strip().rstrip(":.\u2026 ").strip()
    return len(candidate) <= 300 and any(rule.fullmatch(candidate) for rule in rules)


@lru_cache(maxsize=8)
def _rules(path: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    tail: list[re.Pattern[str]] = []
    line: list[re.Pattern[str]] = []
    for entry in read_lines(path):
        kind, _, pattern = entry.partition(" ")
        target = {"tail": tail, "line": line}.get(kind)
        if target is None:
            raise ValueError(f"{path}: a rule must start with 'tail' or 'line', not {kind!r}")
        target.append(re.compile(pattern.strip(), re.IGNORECASE))
    return tuple(tail), tuple(line)


def _normalised(line: str) -> str:
    folded = unicodedata.normalize("NFKC", line).casefold()
    folded = folded.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'})
    return " ".join(folded.split())


def language_warning(text: str) -> str | None:
    """A warning when the text does not look like English, else ``None``.

    Example:
        >>> language_warning("Der Bundestag hat heute über den Haushalt abgestimmt, "
        ...                  "nachdem die Regierung ihren Entwurf vorgelegt hatte.") is not None
        True
    """
    sample = text[:200_000]
    latin = len(sample) - len(sample.translate(_ASCII_LETTERS))  # counted in C, not per letter
    letters = latin  # the only ASCII letters are the Latin ones; add the other scripts' letters
    if not sample.isascii():
        letters += sum(map(str.isalpha, _NON_ASCII.findall(sample)))
    if letters < 40:
        return None
    words = list(map(str.casefold, _WORD.findall(sample)))
    common = sum(map(_english_function_words().__contains__, words))
    if latin / letters < 0.5 or (len(words) >= 8 and common / len(words) < 0.12):
        return "this text does not look like English; newslab's analyses are English-only"
    return None


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    """The English function words (``data/english_function_words.txt``), read once.

    Example:
        >>> "the" in _english_function_words(), "Bundestag" in _english_function_words()
        (True, False)
    """
    return frozenset(read_lines(data_path("english_function_words.txt")))
