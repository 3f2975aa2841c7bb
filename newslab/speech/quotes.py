"""The quotes layer: direct quotations, who says them, and the passages that only look quoted.

Steps, each a plain rule a student can check against the text:

1. Pair the quote marks (:mod:`newslab.speech.quotemarks`): straight and curly, British single marks,
   nesting, quotations over several paragraphs. A mark that cannot be paired is a stray mark.
   A quotation that never closes is cut before an attribution (``..., said Carla Diaz``), or
   runs to the end of its paragraph when it opens it; otherwise only the stray mark is kept.
2. Find the speaker from reporting clauses (:mod:`newslab.speech.reporting`) in this order: right
   before the quote (``Kim said: "..."``), right after it (``"...," Lu said``), earlier in the
   same sentence (``he warned that ... "find a new way"``), ``according to X`` in the sentence,
   a sentence ending in a colon just before it, or else the subject of the quote's sentence
   (``Hollande denounced the remarks as "hurtful"``, :mod:`newslab.speech.subjects`).
   Speakers named farther away (``The letter continues: "..."``, ``"...," in contrast to
   earlier races, says Dana Scala``, ``"...," remembered Roy Verley``, the name with a verb
   nearest before a quote in the reporter's sentence) are found by :mod:`newslab.speech.distant`.
3. A quotation with no speaker whose words report what a named third party said ("Mike
   Pompeo told CNBC that ...") and contain no I, we or you is flagged ``narration_suspected``.
4. ``"...," he said. "..."``: a quotation that directly follows another one's attribution
   and has no speaker of its own continues it, as a second part; a suspected narration only
   when the third party's clause does not open it (``"In the future, however, the Mayor
   said ..."``), and a long new sentence after a second part that ends in a full stop is not
   its attribution.
5. Pronoun speakers are resolved by :mod:`newslab.speech.speakers` ("she" skips a man named by
   title or first name).
6. A quote that opens its sentence and still has no speaker takes the speaker of the quote,
   reporting clause or speaking subject in the sentence before it (at most two back in its
   paragraph; for a quote that opens its paragraph, the previous paragraph's last sentence).
   A sentence without any of these stops the search: narration in between breaks the chain.
7. A quote whose words speak of its speaker from outside is flagged ``doubtful``
   (:mod:`newslab.speech.doubt`).

Example:
    >>> import newslab
    >>> quotes = find_quotes(newslab.load())
    >>> for quote in quotes:
    ...     print(quote.speaker_name, quote.attributed, quote.narration_suspected)
    Kim True False
    Lu True False
    Kim True False
    None False True
    None False False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newslab.actors.mentions import Actor
from newslab.actors.name_tokens import name_case
from newslab.layer import Layer, table
from newslab.speech.by_position import clause_by_position
from newslab.speech.credits import credit_after, transcript_label, transcript_lines
from newslab.speech.distant import (
    COLON_LEAD,
    INVERTED_BY_POSITION,
    LATE_CLAUSE,
    NEAREST_NAMED,
    POSSESSOR,
    colon_lead,
    inverted_by_position,
    late_clause,
    nearest_named,
    possessor,
    second_part_closes,
)
from newslab.speech.doubt import doubt_reason
from newslab.speech.lexicons import Lexicons, default_lexicons, lexicons_for
from newslab.speech.quotemarks import Quotation, find_quotations
from newslab.speech.reporting import Clause, find_clauses
from newslab.speech.speakers import SpeakerResolver, names_in
from newslab.speech.subjects import subject_clause
from newslab.text.article import Article
from newslab.text.marks import DOUBLE_MARKS
from newslab.text.spans import Span, next_non_space, next_word, previous_non_space
from newslab.text.tokens import tokenize

if TYPE_CHECKING:
    import pandas as pd

_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"'\u201d\u2019)]|$)")
_MAX_INTRO_WORDS = 6
_DASHES = "-\u2013\u2014"
_DASH = re.compile(r"\s-+\s|[\u2013\u2014]")  # a dash between words, not a hyphen
_MAX_LEAD_WORDS = 4
_AFTER_WINDOW = 250
_MAX_SHORT_SENTENCE_WORDS = 8
_MAX_COLON_LEAD = 6
_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "yet", "or"})

@dataclass(frozen=True)
class StrayQuoteMark(Span):
    """A quote mark that could not be paired, with the reason."""

    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``start``, ``end``, ``text``, ``reason``."""
        return {**super().to_dict(), "reason": self.reason}


@dataclass(frozen=True)
class Quote(Span):
    """A direct quotation: ``start``/``end`` cover it with its marks; ``parts`` are the
    quoted words inside the marks (several when the attribution splits the quotation or
    it runs over several paragraphs).

    ``speaker`` is an actor id (None without a matching actor), ``speaker_name`` a readable
    name, ``speaker_mention`` the words naming the speaker, ``cue`` the reporting verb.
    ``partial`` marks a fragment built into the reporter's sentence; ``attributed`` is false
    when the text names no speaker; ``doubtful`` when the quote's own words speak of its
    speaker from outside (the reason is in ``why`` and ``problems``); ``why`` says how the
    speaker was found.
    """

    id: int = 0
    parts: tuple[Span, ...] = ()
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    partial: bool = False
    attributed: bool = False
    narration_suspected: bool = False
    doubtful: bool = False
    sentences: tuple[int, ...] = ()
    why: str = ""
    problems: tuple[str, ...] = ()

    @property
    def quoted_text(self) -> str:
        """The quoted words of every part, joined by " … "."""
        return " … ".join(part.text for part in self.parts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (see ``docs/schema/analysis.schema.json``, ``$defs/quote``)."""
        return {
            "id": self.id,
            **super().to_dict(),
            "parts": [p.to_dict() for p in self.parts],
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "partial": self.partial,
            "attributed": self.attributed,
            "narration_suspected": self.narration_suspected,
            "doubtful": self.doubtful,
            "sentences": list(self.sentences),
            "why": self.why,
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class Quotes:
    """The quotes layer's result: the quotes, and the quote marks that could not be paired.

    Iterating over it gives the quotes.
    """

    quotes: tuple[Quote, ...] = ()
    stray_marks: tuple[StrayQuoteMark, ...] = ()

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def __getitem__(self, index: int) -> Quote:
        return self.quotes[index]


def find_quotes(
    article: Article,
    actors: Sequence[Actor] = (),
    *,
    lexicons: Lexicons | None = None,
    clauses: Sequence[Clause] | None = None,
) -> Quotes:
    """Find the direct quotations of an article and their speakers.

    Args:
        article: the article.
        actors: the actors layer's result; without it speakers are names from the text and
            ``speaker`` (an actor id) stays None.
        lexicons: your own word lists (:func:`newslab.speech.lexicons.load_lexicons`).
        clauses: the article's reporting clauses, if already found.

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text('T\\n\\n"We are ready," Kim said. "Are you?"')
        >>> quote = find_quotes(article)[0]
        >>> [p.text for p in quote.parts], quote.speaker_name
        (['We are ready,', 'Are you?'], 'Kim')
        >>> quote.why
        "speaker after the quote: 'Kim said'; the quote goes on after the attribution"
    """
    words = lexicons or default_lexicons()
    paragraphs = [(p.start, p.end) for p in article.body_paragraphs]
    quotations, strays = find_quotations(article.text, paragraphs)
    quotations = [
        piece for q in quotations for piece in transcript_lines(article.text, q, paragraphs)
        if holds_words(article.text, piece)
    ]
    if clauses is None:
        clauses = find_clauses(article, words)
    finder = _Finder(article, paragraphs, clauses, actors, words)
    kept = [q for q in (finder.mend(q) for q in quotations) if q is not None]
    finder.set_quotations(kept)
    candidates = [finder.examine(q) for q in kept]
    groups = _join_split_quotes(article.text, candidates)
    quotes = finder.carry_over([finder.build(index, group) for index, group in enumerate(groups)])
    quotes = tuple(_with_doubt(article.text, quote, actors) for quote in quotes)
    stray = tuple(
        StrayQuoteMark(s.position, s.position + 1, article.text[s.position], s.reason)
        for s in sorted(strays, key=lambda s: s.position)
    )
    return Quotes(quotes, stray)


# "@realDonaldTrump" alone in quote marks: an account named in embedded-post markup
_HANDLE = re.compile(r"@\w+[.,]?")
# "$5." and "100%," are figures someone says; "2015-12-02" in markup ends without punctuation
_SAID_FIGURE_ENDS = frozenset(".,!?;:")


def holds_words(text: str, quotation: Quotation) -> bool:
    """False for quote marks around something no one says: no letter at all and no closing
    punctuation (the ids and dates that embedded posts leave in scraped pages,
    ``"672138506081275904"``, ``"2015-12-02"``), or a lone account name (``"@realDonaldTrump"``).
    Such marks make no quote; a figure someone says (``"$5."``, ``"100%,"``) still does.

    Example:
        >>> from newslab.speech.quotemarks import find_quotations
        >>> text = '"We won." "2015-12-02" "@lima_news" "$5."'
        >>> [holds_words(text, q) for q in find_quotations(text, [(0, len(text))])[0]]
        [True, False, False, True]
    """
    words = " ".join(text[start:end] for start, end in quotation.parts).strip()
    if _HANDLE.fullmatch(words):
        return False
    return any(ch.isalpha() for ch in words) or words[-1:] in _SAID_FIGURE_ENDS



@dataclass
class _Candidate:
    """One paired quotation and what the rules found around it."""

    quotation: Quotation
    clause: Clause | None = None
    where: str = ""
    after_end: int = -1
    partial: bool = False
    narration: str = ""
    narration_opens: bool = True
    problems: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.quotation.start

    @property
    def end(self) -> int:
        return self.quotation.end


class _Finder:
    """The rules, with what they need to know about one article."""

    def __init__(
        self,
        article: Article,
        paragraphs: list[tuple[int, int]],
        clauses: Sequence[Clause],
        actors: Sequence[Actor],
        lexicons: Lexicons,
    ) -> None:
        self.article, self.text, self.words = article, article.text, lexicons
        self.actors = actors
        self.paragraphs = paragraphs
        self.paragraph_starts = [s for s, _ in paragraphs]
        self.sentence_starts = [s.start for s in article.sentences]
        self.clauses = sorted(clauses, key=lambda c: c.verb.start)
        self.verb_starts = [c.verb.start for c in self.clauses]
        self.spans: list[tuple[int, int]] = []
        self.span_starts: list[int] = []
        self.resolver = SpeakerResolver(article, self.clauses, actors, (), lexicons)
        self.problems: dict[int, list[str]] = {}

    # -- step 1: quotations that never close ----------------------------------------------

    def mend(self, quotation: Quotation) -> Quotation | None:
        """Cut an unclosed quotation before its attribution, or keep it to the paragraph end."""
        if quotation.closed:
            return quotation
        part_start, part_end = quotation.parts[-1]
        for clause in self.clauses_in(part_start, part_end):
            if clause.belief or clause.vague:
                continue
            lead = clause.verb.start if clause.inverted else clause.phrase.start
            comma = previous_non_space(self.text, lead, part_start)
            if comma >= 0 and self.text[comma] == ",":
                quotation.parts[-1] = (part_start, comma + 1)
                quotation.end = comma + 1
                self.problems[quotation.start] = [
                    f"no closing mark: the quote is taken to end before '{clause.label}'"
                ]
                return quotation
        opener = quotation.parts[0][0] - 1
        paragraph_start = self.paragraphs[self.paragraph_at(opener)][0]
        before = previous_non_space(self.text, opener, paragraph_start)
        if opener == paragraph_start or (before >= 0 and self.text[before] == ":"):
            self.problems[quotation.start] = [
                "no closing mark: the quote is taken to run to the end of the paragraph"
            ]
            return quotation
        return None

    def set_quotations(self, quotations: list[Quotation]) -> None:
        """Record where the quotations are, so clauses inside them are not taken as cues."""
        self.spans = [(q.start, q.end) for q in quotations]
        self.span_starts = [s for s, _ in self.spans]
        quoted = [part for q in quotations for part in q.parts]
        self.resolver = SpeakerResolver(self.article, self.clauses, self.actors, quoted, self.words)

    # -- steps 2 and 3: speaker cue, partial quotes, suspected narration ------------------

    def examine(self, quotation: Quotation) -> _Candidate:
        candidate = _Candidate(quotation, problems=list(self.problems.get(quotation.start, [])))
        opener = quotation.start
        window_start = self.window_start(opener)
        before = [
            c for c in self.clauses_in(window_start, opener)
            if not c.belief and not self.inside(c.verb.start) and c.phrase.end <= opener
        ]
        immediate = before[-1] if before and self._introduces(before[-1], opener) else None
        after, candidate.after_end = self._after(quotation)
        colon = self._colon_intro(opener) if not before else None
        according = self._according(window_start, max(candidate.after_end, quotation.end))
        lead = colon_lead(self, opener) if not before and colon is None else None
        late = None
        if not before and after is None and according is None and colon is None:
            late = late_clause(self, quotation, candidate.after_end)
        for clause, where in (
            (immediate, "before the quote"),
            (after, "after the quote" if after is None or after.verb.start in self.verb_starts
             else INVERTED_BY_POSITION if after.inverted
             else "after the quote, by position (its verb is not a reporting verb)"),
            (before[-1] if before else None, "earlier in the sentence"),
            (according, "in the same sentence"),
            (colon, "before the colon that introduces the quote"),
            (lead, COLON_LEAD),
            (late, LATE_CLAUSE),
        ):
            if clause is not None:
                candidate.clause, candidate.where = clause, where
                break
        if candidate.clause is None:
            subject = self._subject(opener, window_start)
            if subject is not None:
                candidate.clause, candidate.where = subject, "as the subject of the sentence"
        if candidate.clause is None and self.sentence_at(opener) >= 0:
            owner = possessor(self, opener, self.sentence_at(opener))
            if owner is not None:
                candidate.clause, candidate.where = owner, POSSESSOR
        if candidate.clause is None and self.sentence_at(opener) >= 0:
            nearest = nearest_named(self, opener, self.sentence_at(opener))
            if nearest is not None:
                candidate.clause, candidate.where = nearest, NEAREST_NAMED
        candidate.partial = self._partial(quotation, window_start, immediate)
        if candidate.clause is None:
            candidate.narration, candidate.narration_opens = self._narration(quotation)
        return candidate

    def _subject(self, opener: int, window_start: int) -> Clause | None:
        """``Hollande denounced the remarks as "hurtful"``: the sentence's subject speaks."""
        sentence = self.sentence_at(opener)
        if sentence < 0:
            return None
        clause = subject_clause(self.article, sentence, opener, self.words)
        if clause is None or clause.subject.start < window_start or self.inside(clause.subject.start):
            return None
        if self.inside(clause.verb.start):
            return None
        return clause

    def window_start(self, opener: int) -> int:
        """Start of the text before the opening mark that belongs to the same sentence."""
        sentence = self.sentence_at(opener)
        paragraph_start = self.paragraphs[self.paragraph_at(opener)][0]
        start = max(paragraph_start, self.article.sentences[sentence].start if sentence >= 0 else 0)
        for match in _SENTENCE_END.finditer(self.text, start, opener):
            if not self.inside(match.start()) and not self._abbreviation(match.start(), opener):
                start = match.end()
        return start

    def _abbreviation(self, stop: int, limit: int) -> bool:
        """True when the mark at ``stop`` ends an abbreviation, not a sentence: an initial
        ("David E. Kendall"), a title ("Sen."), a bracket ("(D-Nev.)") or lower case after it."""
        text = self.text
        if text[stop] != ".":
            return False
        word_start = stop
        while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(":
            word_start -= 1
        word = text[word_start:stop]
        following = next_non_space(text, stop + 1, limit)
        after = text[following] if following < limit else ""
        return (
            (len(word) == 1 and word.isupper())
            or word in self.words.titles
            or text[stop + 1 : stop + 2] == ")"
            or after.islower()
        )

    def _introduces(self, clause: Clause, opener: int) -> bool:
        between = self.text[clause.phrase.end : opener].strip()
        words = [t for t in tokenize(between) if t.is_word]
        if len(words) > _MAX_INTRO_WORDS:
            return False
        raw = self.text[clause.phrase.end : opener].rstrip()
        if between and between[-1] in _DASHES and (between[-1] != "-" or raw[-2:-1].isspace()):
            # (a hyphen only when it stands apart: "gaffes - "does", not "so-"called"")
            # a dash introduces as a colon does ("... lamented her gaffes - "does she ...?""),
            # unless it closes an aside that an earlier dash opened ("— as Moscow denies —")
            opening = self.window_start(opener)
            return _DASH.search(self.text, opening, clause.phrase.start) is None
        return not between or between[-1] in ":," or between.lower().endswith("that")

    def _after(self, quotation: Quotation) -> tuple[Clause | None, int]:
        """A clause right after the quotation (``"...," Lu said``), and where that stretch ends."""
        end = quotation.end
        limit = min(self.paragraphs[self.paragraph_at(end - 1)][1], end + _AFTER_WINDOW)
        following = bisect.bisect_left(self.span_starts, end)
        if following < len(self.spans):
            limit = min(limit, self.spans[following][0])
        first_word = end
        while first_word < limit and not self.text[first_word].isalnum():
            first_word += 1
        if first_word >= limit:
            return None, limit
        stop = _SENTENCE_END.search(self.text, first_word, limit)
        while stop is not None and self._abbreviation(stop.start(), limit):
            stop = _SENTENCE_END.search(self.text, stop.end(), limit)  # "(D-N.Y.) said"
        window_end = stop.start() if stop else limit
        new_sentence = _SENTENCE_END.search(self.text, end, first_word) is not None or (
            self._closes_sentence(quotation, first_word)
            or second_part_closes(self, quotation, first_word)
        )
        for clause in self.clauses_in(first_word, window_end):
            if clause.belief:
                continue
            lead = clause.verb.start if clause.inverted else clause.phrase.start
            lead_words = [t for t in tokenize(self.text, first_word, lead) if t.is_word]
            if lead < first_word or len(lead_words) > _MAX_LEAD_WORDS or (clause.inverted and lead_words):
                return None, window_end
            if any(t.norm in _CONJUNCTIONS and t.is_lower for t in lead_words) and self._built_in(
                quotation
            ):
                # '... sand "glow in the dark," for instance, and Trump vowed ...': a clause of
                # its own, joined by a conjunction, not an attribution of the quote
                return None, window_end
            following = next_non_space(self.text, clause.phrase.end, limit)
            if following < limit and self.text[following] == ":":
                return None, window_end  # "Kim said:" introduces the next quotation
            if new_sentence and len(
                [t for t in tokenize(self.text, first_word, window_end) if t.is_word]
            ) > _MAX_SHORT_SENTENCE_WORDS:
                return None, window_end
            return clause, window_end
        if not new_sentence and self._ends_open(quotation, first_word):
            tokens = tokenize(self.text, first_word, window_end)
            sentence = max(0, self.sentence_at(first_word))
            clause = clause_by_position(self.text, tokens, sentence, self.words, _MAX_LEAD_WORDS + 1)
            if clause is not None and not clause.vague:
                return clause, window_end
            clause = inverted_by_position(self, first_word, window_end)
            if clause is not None:
                return clause, window_end
        return None, window_end

    def _closes_sentence(self, quotation: Quotation, first_word: int) -> bool:
        """True when a quotation built into the reporter's sentence ends with a full stop
        inside its mark and a capital follows (``Okafor called it "arbitrary." Dana Whitlock
        warned ...``): the stop ends the reporter's sentence too."""
        part_start, part_end = quotation.parts[-1]
        if not self.text[part_start:part_end].rstrip().endswith("."):
            return False
        if first_word >= len(self.text) or not self.text[first_word].isupper():
            return False
        return self._built_in(quotation)

    def _built_in(self, quotation: Quotation) -> bool:
        """True when words of the reporter's own sentence come before the quotation."""
        lead = self.text[self.window_start(quotation.start) : quotation.start]
        return any(ch.isalpha() for ch in lead)

    def _ends_open(self, quotation: Quotation, first_word: int) -> bool:
        """True when the quotation ends in a comma, question or exclamation mark (inside or
        right after its closing mark): the sentence goes on with who said it."""
        part_start, part_end = quotation.parts[-1]
        inside = self.text[part_start:part_end].rstrip().rstrip("'\u2019")  # "... bro,'" inside
        between = self.text[quotation.end : first_word].strip()
        return inside.endswith((",", "?", "!")) or between.startswith(",")

    def _according(self, start: int, end: int) -> Clause | None:
        for clause in self.clauses_in(start, end):
            if clause.according and not self.inside(clause.verb.start):
                return clause
        return None

    def _colon_intro(self, opener: int) -> Clause | None:
        colon = previous_non_space(self.text, opener, 0)
        if colon < 0 or self.text[colon] != ":":
            return None
        sentence = self.sentence_at(colon)
        if sentence < 0:
            return None
        start = self.article.sentences[sentence].start
        found = [
            c for c in self.clauses_in(start, colon)
            if not c.belief and not self.inside(c.verb.start)
        ]
        if found:
            return found[-1]
        return self._name_before_colon(colon, max(start, self.window_start(colon)), sentence)

    def _name_before_colon(self, colon: int, start: int, sentence: int) -> Clause | None:
        """``Jeffrey M. Jones: "..."``, ``More from Jones: "..."``: a short lead-in that ends
        in a name right before the colon gives the speaker, as a transcript or a digest does."""
        dash = max(self.text.rfind(mark, start, colon) for mark in (" - ", "\u2014", "\u2013"))
        start = max(start, dash + 1)  # "Red states outnumber blue - Jeffrey M. Jones:"
        lead = [t for t in tokenize(self.text, start, colon) if t.is_word]
        if not lead or len(lead) > _MAX_COLON_LEAD or lead[-1].end != colon:
            return None
        ending = [n for n in names_in(self.text, start, colon, self.words) if n.end == colon]
        if not ending:
            return None
        name = ending[0]
        verb = Span.of(self.text, colon, colon + 1)
        phrase = Span.of(self.text, lead[0].start, colon + 1)
        return Clause(verb, name, phrase, "name", sentence)

    def _partial(self, quotation: Quotation, window_start: int, immediate: Clause | None) -> bool:
        first_part = self.text[quotation.parts[0][0] : quotation.parts[0][1]]
        letter = next((ch for ch in first_part if ch.isalpha()), "")
        if letter.islower():
            return True
        lead = self.text[window_start : quotation.start].strip()
        if not any(ch.isalnum() for ch in lead) or immediate is not None:
            return False
        return lead[-1] not in ":,"

    def _narration(self, quotation: Quotation) -> tuple[str, bool]:
        """Why the quotation reads like the reporter's narration ("" if it does not), and
        whether the third party's reporting clause opens it (after at most a conjunction and
        a title: ``"But Secretary of State Mike Pompeo told CNBC ..."``)."""
        for start, end in quotation.parts:
            words = {t.norm for t in tokenize(self.text, start, end)}
            if words & self.words.first_person:
                return "", True
        for start, end in quotation.parts:
            for clause in self.clauses_in(start, end):
                if clause.kind == "name" and not clause.belief and clause.subject.start >= start:
                    return (
                        f"reads like the reporter's narration: '{clause.label}' reports what "
                        "someone else said, and the passage has no I, we or you",
                        _opens_with(self.text, start, clause),
                    )
        return "", True

    # -- step 5: the quote ----------------------------------------------------------------

    def build(self, index: int, group: list[_Candidate]) -> Quote:
        text = self.text
        first = group[0]
        start, end = first.start, group[-1].end
        parts = tuple(Span.of(text, s, e) for c in group for s, e in c.quotation.parts)
        problems = tuple(p for c in group for p in c.problems)
        clause = first.clause
        sentences = self._sentences_between(start, end)
        if clause is None:
            why = "no speaker named in the text"
            if first.narration:
                why += "; " + first.narration
            return Quote(
                start, end, text[start:end], index, parts, partial=first.partial,
                narration_suspected=bool(first.narration), sentences=sentences, why=why,
                problems=problems,
            )
        speaker = self.resolver.identify(clause.subject, clause.kind, clause.sentence)
        why = f"speaker {first.where}: '{clause.label}'"
        if speaker.note:
            why += f"; {speaker.note}"
        if len(group) > 1:
            why += "; the quote goes on after the attribution"
        if any(second_part_closes(self, c.quotation, next_word(text, c.end)) for c in group[1:]):
            why += " (its last part ends its own sentence, so the sentence after it is not its attribution)"
        if any(c.narration for c in group[1:]):
            why += " (the part after it retells someone else's words inside the speaker's quote)"
        return Quote(
            start, end, text[start:end], index, parts,
            speaker=speaker.actor, speaker_name=speaker.name, speaker_mention=clause.subject,
            cue=clause.verb, partial=first.partial, attributed=True, sentences=sentences,
            why=why, problems=problems,
        )

    # -- step 6: a quote with no speaker of its own, after one that has a speaker ----------

    def carry_over(self, quotes: list[Quote]) -> tuple[Quote, ...]:
        """Give a quote that names no speaker the speaker of the sentence or quote before it.

        Looked at, nearest first: the sentences before the quote in its paragraph (at most
        two) or, for a quote that opens its paragraph, the previous paragraph's last sentence.
        The first of them that holds a quote with a speaker, a reporting clause or a subject
        that speaks gives the speaker; one that holds none of these, or a quote without a
        speaker, stops the search.
        """
        done: list[Quote] = []
        for quote in quotes:
            if quote.attributed or not quote.sentences:
                done.append(quote)
                continue
            credited = self._credit_line(quote) or self._transcript_label(quote)
            if credited is not None or quote.narration_suspected:
                done.append(credited or quote)
                continue
            done.append(self._carried(quote, done) or self._own_subject(quote) or quote)
        return tuple(done)

    def _own_subject(self, quote: Quote) -> Quote | None:
        """A quoted fragment with no reporting verb is credited to the subject of its own
        sentence when that subject is named before it ("Trump warned of 'thousands' ...")."""
        if not quote.partial or quote.narration_suspected:
            return None
        words = quote.quoted_text.split()
        if all(word[:1].isupper() for word in words if word[:1].isalpha()):
            return None  # a title or a name ("Morning Joe"), not words someone said
        clause = self.resolver.sentence_subject(quote.sentences[0])
        if clause is None or clause.vague or clause.kind == "description":
            return None
        if clause.subject.end > quote.start or self.inside(clause.subject.start):
            return None
        speaker = self.resolver.identify(clause.subject, clause.kind, clause.sentence)
        if speaker.name is None:
            return None
        why = f"speaker is the subject of the quote's own sentence ('{clause.label}')"
        if speaker.note:
            why += f"; {speaker.note}"
        return replace(
            quote, speaker=speaker.actor, speaker_name=speaker.name,
            speaker_mention=clause.subject, attributed=True, why=why,
        )

    def _credit_line(self, quote: Quote) -> Quote | None:
        """A quote credited beside it (:func:`newslab.speech.credits.credit_after`): ``"..."
        ― Ana Lima`` on its line, or a paragraph ``- Bernie Sanders.`` after it."""
        credit = credit_after(self.text, self.paragraphs, quote.start, quote.end, self.words)
        if credit is None:
            return None
        speaker = self.resolver.identify(credit.name, "name", max(0, self.sentence_at(credit.name.start)))
        why = f"speaker named in the credit line after the quote ('{credit.line}')"
        if speaker.note:
            why += f"; {speaker.note}"
        return replace(
            quote, speaker=speaker.actor, speaker_name=speaker.name, speaker_mention=credit.name,
            attributed=True, narration_suspected=False, why=why,
        )

    def _transcript_label(self, quote: Quote) -> Quote | None:
        """A quoted transcript line spoken by its label
        (:func:`newslab.speech.credits.transcript_label`)."""
        if quote.partial:
            return None  # a transcript line is a whole quotation, not a fragment
        credit = transcript_label(self.text, quote.start, quote.parts[0], self.actors)
        if credit is None:
            return None
        name, actor = credit.name, credit.actor
        why = f"speaker named by the transcript label that opens the quote ('{credit.line}')"
        if actor is not None:
            why += f"; '{name.text}' is taken to be {actor.name}, the person of that surname"
        return replace(
            quote, speaker=actor.id if actor else None,
            speaker_name=actor.name if actor else name_case(name.text),
            speaker_mention=name, attributed=True, narration_suspected=False, why=why,
        )

    def _carried(self, quote: Quote, earlier: list[Quote]) -> Quote | None:
        for sid in self._sentences_before(quote):
            sentence = self.article.sentences[sid]
            here = [q for q in earlier if q.start < sentence.end and q.end > sentence.start]
            if here and here[-1].attributed and here[-1].speaker_name is not None:
                source = here[-1]
                why = (f"speaker of the quote just before it ({source.why.split(';')[0]}); "
                       "the text names no one else in between")
                return replace(
                    quote, speaker=source.speaker, speaker_name=source.speaker_name,
                    speaker_mention=source.speaker_mention, cue=source.cue, attributed=True,
                    why=why,
                )
            clauses = [
                c for c in self.clauses_in(sentence.start, sentence.end)
                if not c.belief and not c.vague and not self.inside(c.verb.start)
            ]
            if here and not clauses:
                return None  # a quote without a speaker: the chain breaks
            needs_subject = not clauses or len(clauses) > 1 or clauses[-1].kind == "description"
            subject = self.resolver.sentence_subject(sid) if needs_subject else None
            clause = clauses[-1] if clauses else subject
            if clauses and subject is not None and not self.inside(subject.subject.start):
                # the sentence's own subject speaks, not a clause inside what it reports
                # ("Schoen elaborated that superdelegates pledged to Clinton may reconsider")
                main = [c for c in clauses if c.subject.start == subject.subject.start]
                if main:
                    clause = main[0]
                elif clause.kind == "description" and subject.kind != "description" and not (
                    self.resolver.common_opening(subject.subject)
                ):
                    clause, clauses = subject, []
            if clause is None and not here and self._about_someone_named(sentence):
                continue  # "An immigrant from Uganda, she plans ...": go on to the sentence before
            if clause is None or clause.kind == "description" or self.inside(clause.subject.start):
                return None
            speaker = self.resolver.identify(clause.subject, clause.kind, clause.sentence)
            if speaker.name is None:
                return None
            how = "reporting clause" if clauses else "subject"
            why = f"speaker named in the sentence before it ({how} '{clause.label}')"
            if speaker.note:
                why += f"; {speaker.note}"
            return replace(
                quote, speaker=speaker.actor, speaker_name=speaker.name,
                speaker_mention=clause.subject, cue=clause.verb if clauses else None,
                attributed=True, why=why,
            )
        return None

    def _about_someone_named(self, sentence: Any) -> bool:
        """True for a sentence, with no quote marks, whose subject is a he, she or they after
        an opening phrase and a comma ("An immigrant from Uganda, she plans to vote"): it goes
        on about someone named before it and names no new speaker."""
        words = self.text[sentence.start : sentence.end]
        return _PHRASE_THEN_PRONOUN.search(words) is not None and not any(
            mark in words for mark in DOUBLE_MARKS
        )

    def _sentences_before(self, quote: Quote) -> list[int]:
        first = quote.sentences[0]
        if any(ch.isalnum() for ch in self.text[self.window_start(quote.start) : quote.start]):
            return []  # the quote sits in the reporter's sentence, which has its own subject
        paragraph = self.paragraph_at(quote.start)
        paragraph_start = self.paragraphs[paragraph][0]
        inside = [
            sid for sid in range(first - 1, max(-1, first - 3), -1)
            if self.article.sentences[sid].start >= paragraph_start
        ]
        if inside or next_non_space(self.text, paragraph_start, quote.start + 1) != quote.start:
            return inside
        if paragraph == 0:
            return []
        previous = self.sentence_at(paragraph_start - 1)
        if previous < 0 or self.article.sentences[previous].start < self.paragraphs[paragraph - 1][0]:
            return []
        return [previous]

    # -- lookups --------------------------------------------------------------------------

    def clauses_in(self, start: int, end: int) -> list[Clause]:
        """The reporting clauses whose verb starts in ``[start, end)``."""
        low = bisect.bisect_left(self.verb_starts, start)
        high = bisect.bisect_left(self.verb_starts, end)
        return self.clauses[low:high]

    def inside(self, position: int) -> bool:
        """True when ``position`` lies inside quoted words."""
        index = bisect.bisect_right(self.span_starts, position) - 1
        return index >= 0 and position < self.spans[index][1]

    def sentence_at(self, position: int) -> int:
        """The index of the sentence that holds ``position``."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return index

    def paragraph_at(self, position: int) -> int:
        """The index of the body paragraph that holds ``position``."""
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def _sentences_between(self, start: int, end: int) -> tuple[int, ...]:
        sentences = self.article.sentences
        first = max(0, bisect.bisect_right(self.sentence_starts, start) - 1)
        found = []
        for sid in range(first, len(sentences)):
            if sentences[sid].start >= end:
                break
            if sentences[sid].end > start:
                found.append(sid)
        return tuple(found)


_PHRASE_THEN_PRONOUN = re.compile(r"^[A-Z][^!?]{3,200}?, (?:he|she|they) [a-z]+")


def _with_doubt(text: str, quote: Quote, actors: Sequence[Actor]) -> Quote:
    """The quote, marked ``doubtful`` when its words speak of its speaker from outside."""
    parts = [(p.start, p.end) for p in quote.parts]
    label = quote.speaker_mention
    if label is not None and parts and parts[0][0] <= label.start < parts[0][1]:
        parts[0] = (label.end, parts[0][1])  # "WALLACE: ...": the label names its speaker
    reason = doubt_reason(text, parts, quote.speaker, actors)
    if not reason:
        return quote
    return replace(
        quote, doubtful=True, why=f"{quote.why}; doubtful: {reason}",
        problems=(*quote.problems, f"doubtful attribution: {reason}"),
    )


def _join_split_quotes(text: str, candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """``"...," he said. "..."``: join a quotation to the one whose attribution it follows."""
    groups: list[list[_Candidate]] = []
    for candidate in candidates:
        if groups and _continues(text, groups[-1], candidate):
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    return groups


def _continues(text: str, group: list[_Candidate], candidate: _Candidate) -> bool:
    previous = group[-1]
    head = group[0]
    if head.clause is None or not previous.where.startswith("after the quote"):
        return False
    if candidate.narration and candidate.narration_opens:
        return False
    if not previous.quotation.closed or previous.quotation.paragraph != candidate.quotation.paragraph:
        return False
    if candidate.clause is not None and candidate.clause != previous.clause:
        return False
    if candidate.start < previous.after_end:
        return False
    gap = text[previous.after_end : candidate.start]
    return all(ch.isspace() or ch in ".,;:!?\u2014\u2013-" for ch in gap)


def _opens_with(text: str, start: int, clause: Clause) -> bool:
    """True when only a conjunction and capitalised words (a title, the name) come before the
    clause's verb in the quotation: the quotation opens by reporting someone else."""
    lead = [t for t in tokenize(text, start, clause.subject.start) if t.is_word]
    return all(t.norm in _CONJUNCTIONS or t.norm in ("of", "the") or not t.is_lower for t in lead)


# -- the layer ----------------------------------------------------------------------------


def run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> Quotes:
    """The layer's entry point: quotes, from the actors and clauses layers' results."""
    lexicons = lexicons_for(settings)
    return find_quotes(article, earlier["actors"], lexicons=lexicons, clauses=earlier["clauses"])


def to_json(quotes: Quotes) -> dict[str, Any]:
    """The ``quotes`` part of the analysis document."""
    return {
        "items": [q.to_dict() for q in quotes.quotes],
        "stray_marks": [m.to_dict() for m in quotes.stray_marks],
        "counts": quote_counts(quotes),
    }


def quote_counts(quotes: Quotes) -> dict[str, int]:
    """How many quotes have a speaker, how many have none, how many read as narration.

    Example:
        >>> import newslab
        >>> quote_counts(find_quotes(newslab.load()))
        {'quotes': 5, 'with_speaker': 3, 'without_speaker': 1, 'narration_suspected': 1, 'stray_marks': 0}
    """
    narration = sum(1 for q in quotes if q.narration_suspected)
    with_speaker = sum(1 for q in quotes if q.attributed)
    return {
        "quotes": len(quotes),
        "with_speaker": with_speaker,
        "without_speaker": len(quotes) - with_speaker - narration,
        "narration_suspected": narration,
        "stray_marks": len(quotes.stray_marks),
    }


QUOTE_COLUMNS: dict[str, Any] = {
    "id": lambda q: q.id,
    "start": lambda q: q.start,
    "end": lambda q: q.end,
    "quoted": lambda q: q.quoted_text,
    "speaker": lambda q: q.speaker,
    "speaker_name": lambda q: q.speaker_name,
    "speaker_mention": lambda q: q.speaker_mention.text if q.speaker_mention else None,
    "cue": lambda q: q.cue.text if q.cue else None,
    "partial": lambda q: q.partial,
    "attributed": lambda q: q.attributed,
    "narration_suspected": lambda q: q.narration_suspected,
    "doubtful": lambda q: q.doubtful,
    "sentences": lambda q: list(q.sentences),
    "why": lambda q: q.why,
    "problems": lambda q: "; ".join(q.problems),
}
"""The ``quotes`` table's columns, each declared once: its name and how to read it from a quote."""


def to_tables(quotes: Quotes) -> dict[str, pd.DataFrame]:
    """A ``quotes`` table, one row a quote (columns: :data:`QUOTE_COLUMNS`).

    Example:
        >>> import newslab
        >>> quotes = newslab.analyze(newslab.load(), layers=["quotes"]).quotes
        >>> to_tables(quotes)["quotes"]["speaker_name"].fillna("-").tolist()
        ['Kim Jong Un', 'Lu Kang', 'Kim Jong Un', '-', '-']
    """
    return {"quotes": table(quotes, QUOTE_COLUMNS)}


def summarize(quotes: Quotes) -> list[str]:
    """One line for ``newslab analyze --format text``.

    Example:
        >>> import newslab
        >>> summarize(find_quotes(newslab.load()))
        ['quotes:     5 (1 without a speaker, 1 suspected narration)']
    """
    counts = quote_counts(quotes)
    details = [
        f"{counts['without_speaker']} without a speaker",
        f"{counts['narration_suspected']} suspected narration",
    ]
    if quotes.stray_marks:
        count = counts["stray_marks"]
        details.append(f"{count} stray quote mark{'s' if count != 1 else ''}")
    if not quotes.quotes and not quotes.stray_marks:
        return ["quotes:     0"]
    return [f"quotes:     {len(quotes)} ({', '.join(details)})"]


LAYER = Layer(
    name="quotes",
    requires=("actors", "clauses"),
    run=run,
    to_json=to_json,
    to_tables=to_tables,
    summarize=summarize,
)
