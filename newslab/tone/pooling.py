"""Score a paragraph or an article from its sentences' TextBlob readings, exactly and cheaply.

TextBlob's polarity for a text is the average over the word groups it assessed. Reading a
paragraph again would tokenize and assess every word a second time. Instead, the sentences'
tokens and assessments are joined: this gives exactly what ``TextBlob(paragraph).sentiment``
gives whenever nothing crosses a sentence boundary. Three things could:

- the tokenizer glues emoticons and "(!)" back together across spaces;
- a negation ("not") or a modifier adverb ("very") at the end of one sentence would still be
  waiting for its word when the next sentence starts;
- a "!" before the next sentence's first lexicon word would boost the previous sentence's last
  word group.

:func:`continues_cleanly` checks for all three, conservatively; when it fails, the caller reads
the text with TextBlob again. The tests compare the result with TextBlob on random texts.

Example:
    >>> from newslab.tone.lenses import read_textblob
    >>> first, second = read_textblob("A good start."), read_textblob("Not a bad end.")
    >>> joined = join_runs([TokenRun.of(first), TokenRun.of(second)], [" "])
    >>> average(joined.assessments, 1) == read_textblob("A good start. Not a bad end.").polarity
    True
    >>> join_runs([TokenRun.of(read_textblob("It was not.")), TokenRun.of(second)], [" "]) is None
    True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from newslab.tone.lenses import TextBlobReading, textblob_lexicon, textblob_words

# TextBlob glues emoticons and "(!)" across spaces; tokens further from a boundary than this
# cannot take part in such a glue (the longest emoticon has 5 characters).
_GLUE_WINDOW = 5


class TokenRun(NamedTuple):
    """Tokens (raw and lower case) and TextBlob's assessments of a stretch of text."""

    raw: tuple[str, ...]
    tokens: tuple[str, ...]
    assessments: tuple[tuple[Any, ...], ...]

    @classmethod
    def of(cls, reading: TextBlobReading) -> TokenRun:
        """The run of one TextBlob reading."""
        return cls(reading.raw_tokens, reading.tokens, reading.assessments)


def join_runs(runs: Sequence[TokenRun], gaps: Sequence[str]) -> TokenRun | None:
    """The runs one after another, or ``None`` if TextBlob could read the joined text otherwise.

    ``gaps[i]`` is the text between ``runs[i]`` and ``runs[i + 1]``; it must be whitespace
    (a paragraph break is whitespace too).

    Example:
        >>> from newslab.tone.lenses import read_textblob
        >>> runs = [TokenRun.of(read_textblob(t)) for t in ("Good.", "Bad.")]
        >>> join_runs(runs, [" "]).tokens, join_runs(runs, [""]) is None
        (('good', '.', 'bad', '.'), True)
    """
    if len(runs) == 1:
        return runs[0]
    raw: list[str] = []
    tokens: list[str] = []
    assessments: list[tuple[Any, ...]] = []
    for position, run in enumerate(runs):
        if position:
            gap = gaps[position - 1]
            if not gap.isspace() or not continues_cleanly(raw, tokens, run):
                return None
        raw.extend(run.raw)
        tokens.extend(run.tokens)
        assessments.extend(run.assessments)
    return TokenRun(tuple(raw), tuple(tokens), tuple(assessments))


def join_or_read(
    pieces: Sequence[tuple[str, TokenRun]], gap: str, read: Callable[[str], TokenRun]
) -> TokenRun:
    """The run of the pieces' texts joined by ``gap``, as TextBlob reads that whole text.

    Each piece is ``(text, run)``, the run being TextBlob's reading of the text. The runs are
    joined where they continue cleanly (see :func:`join_runs`); where one does not, the pieces
    on both sides of that boundary are read together again with ``read`` (as few as needed),
    instead of the whole text.

    Example:
        >>> from newslab.tone.lenses import read_textblob
        >>> texts = ["A good start.", "It was not", "a bad end.", "Fine."]
        >>> read = lambda text: TokenRun.of(read_textblob(text))
        >>> joined = join_or_read([(t, read(t)) for t in texts], "\\n\\n", read)
        >>> joined == read("\\n\\n".join(texts))
        True
    """
    if not gap.isspace():
        raise ValueError(f"the gap between pieces must be whitespace, not {gap!r}")
    groups: list[tuple[list[str], TokenRun]] = []  # texts read together, and their run
    raw: list[str] = []  # the groups' raw tokens and tokens, one after another
    tokens: list[str] = []
    for text, run in pieces:
        texts = [text]
        while groups and not continues_cleanly(raw, tokens, run):
            before, before_run = groups.pop()
            del raw[len(raw) - len(before_run.raw) :]
            del tokens[len(tokens) - len(before_run.tokens) :]
            texts = before + texts
            run = read(gap.join(texts))
        groups.append((texts, run))
        raw.extend(run.raw)
        tokens.extend(run.tokens)
    assessments = [assessment for _, run in groups for assessment in run.assessments]
    return TokenRun(tuple(raw), tuple(tokens), tuple(assessments))


def continues_cleanly(raw: Sequence[str], tokens: Sequence[str], run: TokenRun) -> bool:
    """True when ``run``, read right after the tokens so far, gives its own tokens and assessments.

    Example:
        >>> from newslab.tone.lenses import read_textblob
        >>> after = TokenRun.of(read_textblob("Good news."))
        >>> continues_cleanly(["It", "rained", "."], ["it", "rained", "."], after)
        True
        >>> continues_cleanly(["Very", "."], ["very", "."], after)
        False
    """
    return (
        _glues_apart(raw, run.raw)
        and not _state_carries(tokens)
        and not _exclamation_first(run.tokens)
    )


def average(assessments: Sequence[Sequence[Any]], field: int) -> float:
    """TextBlob's average of one field (1 polarity, 2 subjectivity) over assessments.

    The sum runs in the same order as TextBlob's, so the result is the same float.

    Example:
        >>> average([(["good"], 0.7, 0.6, None), (["bad"], -0.7, 0.67, None)], 1)
        0.0
    """
    total = 0.0
    for assessment in assessments:
        total += assessment[field]
    return total / float(len(assessments) or 1)


def _glues_apart(left: Sequence[str], right: Sequence[str]) -> bool:
    """No emoticon or "(!)" glue reaches across the boundary between the raw tokens."""
    if not left or not right:
        return True
    try:
        from textblob._text import RE_EMOTICONS, RE_SARCASM
    except ImportError:  # a TextBlob without these: never assume, always read again
        return False
    if right[0] not in _glue_fragments() and not right[0].startswith(("!", ")")):
        return True  # no glue can end in the next piece: its first token is no emoticon part

    def glue(piece: str) -> str:
        piece = RE_SARCASM.sub("(!)", piece)
        return RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), piece)

    before = " ".join(left[-_GLUE_WINDOW:])
    after = " ".join(right[:_GLUE_WINDOW])
    return glue(f"{before} {after}") == f"{glue(before)} {glue(after)}"


@lru_cache(maxsize=1)
def _glue_fragments() -> frozenset[str]:
    """Every piece of an emoticon TextBlob knows (and of "(!)"): a glue across a boundary
    needs the first token after it to be one of these."""
    from textblob._text import EMOTICONS

    fragments = set()
    for emoticon in ("(!)", *(e for group in EMOTICONS.values() for e in group)):
        for start in range(len(emoticon)):
            for end in range(start + 1, len(emoticon) + 1):
                fragments.add(emoticon[start:end])
    return frozenset(fragments)


def _state_carries(tokens: Sequence[str]) -> bool:
    """Whether a negation or modifier may still be pending after ``tokens`` (conservative).

    Walking back from the end: short unknown tokens (punctuation) change nothing; the first
    other token decides. A known word that is not an adverb, or an unknown longer word, clears
    both; a negation or a known adverb may carry over.
    """
    lexicon = textblob_lexicon()
    known = textblob_words()
    for token in reversed(tokens):
        if token in lexicon.negations:
            return True
        if token in known:
            return any(tag in lexicon[token] for tag in lexicon.modifiers)
        if len(token) > 2:
            return len(token.strip("'")) <= 1
    return False


def _exclamation_first(tokens: Sequence[str]) -> bool:
    """A "!" before the first lexicon word would boost the word group before the boundary."""
    known = textblob_words()
    for token in tokens:
        if token == "!":
            return True
        if token in known:
            return False
    return False
