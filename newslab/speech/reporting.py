"""Reporting clauses: who says something, found from a reporting verb and the words beside it.

A :class:`Clause` is a reporting verb ("said", "told", "according to") together with the
speaker the text gives it: a name ("Lu Kang said"), a pronoun ("he warned"), a description
("the ministry said") or, right after a quotation, a name after the verb ("...," said Lu).
Descriptions that name no one ("critics say", "some investors fear") are marked ``vague``.
No parser is used: the rules look at a few words on either side of the verb, sentence by
sentence, so the work grows in step with the length of the article.

Example:
    >>> import newslab
    >>> article = newslab.Article.from_text("Port strike\\n\\nThe port operator, Halvard Terminals, "
    ...                                     "said it would wait. Critics say it is too late.")
    >>> [(c.verb.text, c.subject.text, c.kind, c.vague) for c in find_clauses(article)]
    [('said', 'Halvard Terminals', 'name', False), ('say', 'Critics', 'name', True)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslab.actors.cues import lexicon_tag  # the offline part-of-speech lexicon
from newslab.actors.places import place_named
from newslab.layer import Layer, table
from newslab.speech.lexicons import Lexicons, default_lexicons, lexicons_for
from newslab.speech.phrases import (
    MAX_INTRO,
    PAST_TENSE,
    Phrase,
    can_speak,
    chain_verb,
    cut_before_verb,
    is_adverb,
    is_initial,
    is_nominal,
    is_possessive,
    preposition_before,
    skip_opening,
    time_phrase_before,
)
from newslab.speech.quotemarks import QUOTE_MARKS
from newslab.speech.speaker_words import speaker_words
from newslab.text.article import Article
from newslab.text.spans import Span
from newslab.text.tokens import Token, sentence_tokens

if TYPE_CHECKING:
    import pandas as pd

_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_LINKS_TO_NAME = frozenset({"by", "from", "at", "of"})
_RELATIVE = frozenset({"who", "that", "which"})
_MAX_DESCRIPTION = 6
_MAX_APPOSITION = 20
_MAX_BRACKET = 10
_MAX_ROLE_WORDS = 3
_NOT_ROLE = frozenset(
    "and or but of for to in on at by with from as than that who which said says told is was "
    "are were has had have will would".split()
)
_NOT_APPOSITION = frozenset(
    "who whom whose which where when with while after before as because if that since".split()
)
_PLACE_PREPOSITIONS = frozenset("in across around inside within throughout among".split())
# ... but not before a participle right after the words: "with Gorka noting", "footage of Trump
# saying", "ends in John Kasich claiming" (the participle's own subject)
_PARTICIPLE_SUBJECT_LINKS = frozenset({"with", "of", "in"})
_MAX_ABSOLUTE = 8  # words between "with" and its participle ("with the campaign of ... saying")
_MAX_RELATIVE = 8  # words between "who" and the verb it ends before ("who relayed the exchange said")
_PARTICLES = frozenset({"out", "off", "up"})  # "put out a statement", "fired off a tweet"
_ASIDES = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "then", "now"})


@dataclass(frozen=True)
class Clause:
    """A reporting verb and who the text says is speaking.

    ``subject`` is the name, pronoun or description itself; ``phrase`` stretches from the
    start of the whole speaker phrase ("union leader Maria Okafor") to the end of the verb (or
    of the speaker, when it follows the verb). ``kind`` is "name", "pronoun" or "description".
    ``belief`` is true for a verb of thinking (only counted after a vague source).
    """

    verb: Span
    subject: Span
    phrase: Span
    kind: str
    sentence: int
    inverted: bool = False
    according: bool = False
    vague: bool = False
    belief: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The clause as a JSON-ready dict."""
        return {
            "sentence": self.sentence,
            "verb": self.verb.to_dict(),
            "subject": self.subject.to_dict(),
            "phrase": self.phrase.to_dict(),
            "kind": self.kind,
            "inverted": self.inverted,
            "according": self.according,
            "vague": self.vague,
            "belief": self.belief,
        }

    @property
    def label(self) -> str:
        """The clause as a reader would quote it: ``'Lu said'``, ``'said Lu Kang'``."""
        if self.phrase.end - self.phrase.start <= 60:
            return self.phrase.text
        if self.inverted or self.according:
            return f"{self.verb.text} {self.subject.text}"
        return f"{self.subject.text} … {self.verb.text}"


def find_clauses(article: Article, lexicons: Lexicons | None = None) -> tuple[Clause, ...]:
    """Every reporting clause in the article's sentences, in text order.

    Example:
        >>> import newslab
        >>> article = newslab.Article.from_text("T\\n\\n“Yes,” said Dr Helen Cho. He said no.")
        >>> [(c.subject.text, c.inverted) for c in find_clauses(article)]
        [('Dr Helen Cho', True), ('He', False)]
    """
    words = lexicons or default_lexicons()
    clauses: list[Clause] = []
    for sentence in article.sentences:
        tokens = sentence_tokens(article.text, sentence.start, sentence.end)
        clauses.extend(ClauseFinder(article.text, tokens, sentence.id, words).clauses())
    return tuple(clauses)


class ClauseFinder:
    """Finds the reporting clauses of one sentence (its tokens), and the speaker phrase
    after a position (:meth:`speaker_after`).

    Example:
        >>> from newslab.speech.lexicons import default_lexicons
        >>> from newslab.text.tokens import tokenize
        >>> text = "Ada Obi said the port would open."
        >>> [c.label for c in ClauseFinder(text, tokenize(text), 0, default_lexicons()).clauses()]
        ['Ada Obi said']
    """

    def __init__(self, text: str, tokens: Sequence[Token], sentence: int, lexicons: Lexicons) -> None:
        self.text, self.tokens, self.sentence, self.words = text, tokens, sentence, lexicons
        self.first_word = next((i for i, t in enumerate(tokens) if t.is_word), 0)

    def clauses(self) -> list[Clause]:
        found = []
        index = 0
        while index < len(self.tokens):
            size = self._verb_size(index)
            if size:
                clause = self._clause(index, size)
                if clause is not None:
                    clause = self._same_speaker(clause, index, found)
                    found.append(clause)
                index += size
            else:
                index += 1
        return found

    def _same_speaker(self, clause: Clause, index: int, found: list[Clause]) -> Clause:
        """``Hollande said Tuesday in Paris, noting that ...``: a participle after a comma goes
        on with the speaker of the reporting clause before it in the sentence."""
        tokens = self.tokens
        if not (tokens[index].norm.endswith("ing") and index > 0 and tokens[index - 1].text == ","):
            return clause
        earlier = [c for c in found if not c.belief and not c.vague and not c.according]
        if not earlier or clause.inverted:
            return clause
        speaker = earlier[-1]
        own = self._sentence_subject(index)
        if own is not None and not speaker.inverted and speaker.verb.end < tokens[index - 2].start and (
            own.first == own.phrase_first
            and speaker.phrase.start > tokens[own.last].end
            and clause.subject.start == tokens[own.first].start
            and self._verb_between(own.last + 1, speaker.phrase.start)
            and not self._comma_before(speaker.phrase.start)
        ):
            # "Bush offered a Trump-style retort on ..., tweeting": a clause inside the
            # predicate of the sentence's own subject, whose verb does not end right before the
            # comma ("..., Spicer said, adding" goes on with Spicer) and that does not follow a
            # comma ("..., Hollande said on Tuesday, noting"), does not take the participle
            return clause
        return Clause(
            clause.verb, speaker.subject, Span.of(self.text, speaker.phrase.start, clause.verb.end),
            speaker.kind, self.sentence,
        )

    def _comma_before(self, start: int) -> bool:
        """True when the token right before the character ``start`` is a comma ("The remarks
        are sickening, Hollande said": a clause that reports the words before it)."""
        before = next((t for t in reversed(self.tokens) if t.end <= start), None)
        return before is not None and before.text == ","

    def _verb_between(self, first: int, end: int) -> bool:
        """True when a word the lexicon tags as a verb in a past or present form
        ("offered", "shared") stands from token ``first`` up to the character ``end``: the
        words there are a predicate, not the rest of a long subject ("Clinton campaign
        spokesman Brian Fallon")."""
        for token in self.tokens[first:]:
            if token.end > end:
                return False
            if token.is_lower and (lexicon_tag(token.norm) or "").startswith(("VBD", "VBN", "VBZ", "VBP")):
                return True
        return False

    def _verb_size(self, index: int) -> int:
        tokens = self.tokens
        if tokens[index].norm == "according" and index + 1 < len(tokens) and tokens[index + 1].norm == "to":
            return 2
        size = self.words.reporting_verbs.match(tokens, index, sentence_start=self.first_word)
        if size == 0 and tokens[index].is_lower and tokens[index].norm in self.words.belief_verbs:
            size = 1
        after = index + size
        if size and after < len(tokens) and self.words.reporting_verbs.match(tokens, after) and not (
            tokens[after].norm.endswith("ing")
        ):
            return 0  # "a UN report says": a verb followed by a reporting verb is a noun here
        return size

    def _clause(self, index: int, size: int) -> Clause | None:
        tokens = self.tokens
        verb = Span.of(self.text, tokens[index].start, tokens[index + size - 1].end)
        according = tokens[index].norm == "according"
        belief = not according and not self.words.reporting_verbs.match(
            tokens, index, sentence_start=self.first_word
        )
        inverted = according
        phrase = None if according else self.speaker_before(index)
        participle = not according and tokens[index].norm.endswith("ing")
        relative = not according and not belief and self._after_relative(index)
        if phrase is not None and (participle or relative) and self._issued_document(phrase):
            # "Black Lives Matter issued a statement saying ...", "Trump released a marketing
            # video that said ...": the issuer speaks (cut before its verb: "His office put out")
            opening = skip_opening(self.tokens)
            issuer = None if opening is None else self._verb_cut(self.speaker_after(opening))
            if issuer is not None and issuer.last < phrase.phrase_first - 1:
                phrase = issuer
        if participle and index > 0 and self._after_comma(index):
            # "Harbor Foods lowered its forecast, saying ...": the sentence's own subject; it
            # also wins over a phrase between commas ("In an interview with CNN, Trump
            # questioned Cruz's temperament, saying ...": Trump, not "an interview")
            subject = self._sentence_subject(index)
            if subject is not None:
                phrase = subject
            elif phrase is None:
                opening = skip_opening(self.tokens)
                phrase = None if opening is None else self.speaker_after(opening)
        elif phrase is None and not belief and not according and self._coordinated(index):
            # "A spokesman for the firm declined to comment but said ...": a second verb with no
            # subject of its own shares the sentence's subject
            phrase = self._sentence_subject(index)
        elif phrase is None and not belief and not according and self._subject_before_aside(index):
            # "Hemsley, the co-author of a book about ..., said the days ...": the name that
            # opens the sentence said it, not "the days"
            phrase = self._sentence_subject(index)
        elif phrase is None and not belief and (
            according or self._after_quote_or_comma(index) or self._opens_sentence(index)
        ):
            phrase = None if participle else self.speaker_after(index + size, inverted=True)
            if phrase is not None and phrase.kind == "name":
                named = self.name_after_role(phrase.last + 1)
                if named is not None:  # "said Ohio State University professor Paul Beck"
                    phrase = Phrase(named.first, named.last, phrase.phrase_first, "name")
            inverted = True
        if phrase is not None and not inverted and not belief:
            phrase = self._subject_of_relative(phrase)
            phrase = self._subject_past_preposition(phrase, index)
            phrase = self._subject_past_participle(phrase, index)
        if phrase is None:
            return None
        subject = Span.of(self.text, tokens[phrase.first].start, tokens[phrase.last].end)
        if inverted:
            whole = Span.of(self.text, verb.start, subject.end)
        else:
            whole = Span.of(self.text, tokens[phrase.phrase_first].start, verb.end)
        if not can_speak(
            tokens, phrase, index, self.first_word, inverted=inverted, pronouns=self.words.pronouns
        ):
            return None  # "despite admitting", "a phone call", "Hours … telling": no one speaks
        if not inverted and phrase.kind == "description":
            phrase = self._holder_before_preposition(phrase)  # "other leaders in the region called"
            subject = Span.of(self.text, tokens[phrase.first].start, tokens[phrase.last].end)
            whole = Span.of(self.text, tokens[phrase.phrase_first].start, verb.end)
        vague = self.is_vague(phrase)
        if belief and not vague:
            return None
        return Clause(verb, subject, whole, phrase.kind, self.sentence, inverted, according, vague, belief)

    # -- the speaker before the verb ------------------------------------------------------

    def speaker_before(self, index: int) -> Phrase | None:
        """The speaker phrase that ends right before the verb at token ``index`` (past words
        that may stand between: "also", an aside, a bracket, a relative clause), or None.

        Example:
            >>> from newslab.text.tokens import tokenize
            >>> tokens = tokenize("Sen. Ada Obi (D-Vt.) told them")
            >>> finder = ClauseFinder("Sen. Ada Obi (D-Vt.) told them", tokens, 0, default_lexicons())
            >>> phrase = finder.speaker_before(len(tokens) - 2)
            >>> [t.text for t in tokens[phrase.first : phrase.last + 1]]
            ['Sen', '.', 'Ada', 'Obi']
        """
        tokens = self.tokens
        last = index - 1
        if last >= 0 and tokens[last].norm in _PASSIVE:
            if not tokens[index].norm.endswith("ing"):
                return None  # "was announced": no speaker given
            last -= 1  # "Diallo is predicting": the subject is before the auxiliary
        last = self._skip_between(time_phrase_before(self.tokens, self._skip_between(last)))
        chained = chain_verb(tokens, last)
        if chained is not None:  # "Johnson kept asking", "she went on to say"
            last = self._skip_between(chained - 1)
        last = self._skip_relative(last)
        if 0 < last < len(tokens) - 1 and tokens[last].text == "." and tokens[last + 1].text == ",":
            # "Harry Bond, 30, of Raleigh, N.C., who was polled, said": an aside that ends in an
            # abbreviation's full stop before the relative clause
            return self._name_after_quote(last + 1) or self._apposition(last + 1)
        if last >= 2 and tokens[last].is_lower and tokens[last].norm in _ASIDES and (
            tokens[last - 1].text == ","
        ):
            last -= 2  # "Sanders, meanwhile, who sits at zero endorsements, said"
        if last >= 2 and tokens[last].text == "," and tokens[last - 2].text == "," and (
            tokens[last - 1].norm in _ASIDES
        ):
            last -= 3  # "Proponents of the bill, however, say"
        if last > 1 and tokens[last].text == "," and tokens[last - 1].text == ")":
            apposed = self._apposition(last)  # "Bechdel, chairman of America Rising (a PAC), tweeted"
            if apposed is not None and apposed.kind == "name":
                return apposed
            bracketed = self._phrase_ending_at(self._before_bracket(last - 1))
            if bracketed is not None and bracketed.kind == "name":
                return bracketed  # "Sen. Jack Reed (D-R.I.), said"
            if apposed is not None:
                return apposed
        if last > 0 and tokens[last].text == ")":
            # "Sen. Bernie Sanders (I-Vt.) called": the speaker is before the bracket
            opening = next(
                (i for i in range(last - 1, max(-1, last - _MAX_BRACKET), -1) if tokens[i].text == "("),
                None,
            )
            if opening is not None:
                last = opening - 1
        if last < 0:
            return None
        if tokens[last].is_lower and tokens[last].norm in _RELATIVE and last > 0:
            # "an industry group that argued", "Kim, who said": the speaker comes before
            last -= 1
            if tokens[last].text == "," and last > 0:
                last -= 1
        if tokens[last].text == ",":
            return self._apposition(last)
        return self._phrase_ending_at(last)

    def _after_comma(self, index: int) -> bool:
        """True when a comma comes right before ``index``, or before adverbs that stand
        before it (``..., recently telling``)."""
        before = self._skip_between(index - 1)
        return before >= 0 and self.tokens[before].text == ","

    def _sentence_subject(self, index: int) -> Phrase | None:
        """The phrase that opens the sentence as its subject (past "But" and an introductory
        phrase, "Early in her campaign,"), when it ends before ``index`` and a verb, an
        adverb or a comma follows it (not a preposition); None otherwise."""
        tokens = self.tokens
        opening = skip_opening(tokens)
        if opening is None or opening >= index:
            return None
        subject = self._before_finite_verb(self.speaker_after(opening))
        if subject is not None and tokens[subject.last + 1].norm in AFTER_VERB:
            comma = next(
                (i for i in range(opening, min(index, opening + MAX_INTRO)) if tokens[i].text == ","),
                None,
            )
            subject = None if comma is None else self.speaker_after(comma + 1)
        subject = self._past_place(subject, index)
        if subject is None or subject.last >= index - 1:
            return None
        following = tokens[subject.last + 1]
        if following.norm in AFTER_VERB or not (following.is_lower or following.text == ","):
            return None
        return subject

    def _past_place(self, phrase: Phrase | None, index: int) -> Phrase | None:
        """``Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling``:
        a place between commas right after an opening phrase ends that phrase; the subject is
        the name after it when a word in lower case (its verb) follows that name. ``phrase``
        itself otherwise."""
        tokens = self.tokens
        if phrase is None or phrase.kind != "name" or tokens[phrase.last + 1].text != ",":
            return phrase
        if phrase.phrase_first == 0 or tokens[phrase.phrase_first - 1].text != ",":
            return phrase  # "Bush, Florida's former governor, also attacked": Bush opens it
        if place_named(" ".join(t.text for t in tokens[phrase.first : phrase.last + 1])) is None:
            return phrase
        after = self.speaker_after(phrase.last + 2)
        if after is None or after.last + 1 >= index or not tokens[after.last + 1].is_lower or (
            tokens[after.last + 1].norm in AFTER_VERB
        ):
            return phrase
        return after

    def _before_finite_verb(self, phrase: Phrase | None) -> Phrase | None:
        """``the justice sounded off on Trump``, ``The spokesman refused to answer``: a
        description that ran on into the sentence's verb (a word the lexicon tags as a past or
        present tense verb, after a noun) is cut before it; ``phrase`` itself otherwise."""
        if phrase is None or phrase.kind != "description":
            return phrase
        tokens = self.tokens
        for index in range(phrase.first + 1, phrase.last + 1):
            token, before = tokens[index], tokens[index - 1]
            if token.is_lower and (lexicon_tag(token.norm) or "").startswith(("VBD", "VBZ")) and (
                before.norm not in self.words.determiners and is_nominal(before)
            ):
                return Phrase(phrase.first, index - 1, phrase.phrase_first, phrase.kind)
        return phrase

    def _coordinated(self, index: int) -> bool:
        """True when the verb at ``index`` follows "and" or "but" (past adverbs: "but later
        said") with no subject of its own, so it goes on with the sentence's subject."""
        tokens = self.tokens
        before = self._skip_between(index - 1)
        return before > 0 and tokens[before].is_lower and tokens[before].norm in ("and", "but")

    def _subject_before_aside(self, index: int) -> bool:
        """True for a reporting verb after a comma that closes a long aside about a name that
        opens the sentence (``Rich Heffley, a top operative who ..., said``; the aside may
        quote a title), with no quote mark right before the verb: the verb is not inverted."""
        tokens = self.tokens
        if index < 2 or tokens[index - 1].text != "," or tokens[index - 2].text in QUOTE_MARKS:
            return False
        subject = self._sentence_subject(index)
        return (
            subject is not None
            and subject.kind == "name"
            and subject.first == subject.phrase_first
            and tokens[subject.last + 1].text == ","
        )

    def _holder_before_preposition(self, phrase: Phrase) -> Phrase:
        """``other leaders in the region called``: a description right after "in", "across" or
        "around" is where the speakers are, not who speaks; the speaker is the words before the
        preposition, with it (``other leaders in the region``). ``phrase`` itself otherwise."""
        tokens = self.tokens
        preposition = phrase.phrase_first - 1
        if preposition < 1 or not (
            tokens[preposition].is_lower and tokens[preposition].norm in _PLACE_PREPOSITIONS
        ):
            return phrase
        holder = self._phrase_ending_at(preposition - 1, follow_role=False)
        if holder is None or holder.kind != "description" or not is_nominal(tokens[holder.last]):
            return phrase
        if tokens[holder.last].norm in speaker_words().time:
            return phrase
        return Phrase(holder.first, phrase.last, holder.phrase_first, "description")

    def _subject_past_preposition(self, phrase: Phrase, index: int) -> Phrase:
        """``Cory James, 22, of Flint, Mich., said``, ``Clinton, during a town hall meeting in
        Columbus, Ohio, said``, ``an email to supporters stating``: words right after a
        preposition (perhaps past an article and adjectives: "in a later interview said") are
        its object, not the subject of the verb at ``index``. The sentence's own subject speaks
        when an aside after a comma follows it; else, before a verb that is no participle, the
        noun that holds the preposition, with it ("after a woman in Worcester told him",
        "Officials in Paris said"); else the sentence's subject when it ends before them.
        ``phrase`` itself otherwise: before a relative word that the verb follows ("The row
        started with Okafor, who said", "under a headline that said"), and for "with" or "of"
        right before a participle ("with Gorka noting",
        "footage of Trump saying": the participle's own subject)."""
        tokens, holding = self.tokens, speaker_words().holding
        before = preposition_before(tokens, phrase.first)  # "in a later interview"
        if before is None:
            return phrase
        if self._after_relative(index):
            return phrase  # "with Okafor, who said", "under a headline that said": its antecedent
        if tokens[index].norm.endswith("ing") and (
            (
                tokens[before].norm in _PARTICIPLE_SUBJECT_LINKS
                and self._skip_between(index - 1) == phrase.last
            )
            or self._absolute_with(phrase.first)
        ):
            return phrase  # "with Gorka noting", "footage of Trump saying": the participle's subject
        subject = self._verb_cut(self._sentence_subject(index))
        if subject is not None and subject.last < before - 1 and tokens[subject.last + 1].text == ",":
            return subject  # "Cory James, 22, of Flint, Mich., said": a subject set off by an aside
        holder = self._phrase_ending_at(before - 1, follow_role=False)
        if holder is not None and holder.kind == "description":
            holder = self._counted_before(holder) or holder  # "Dozens of protesters in Paris"
        if not tokens[index].norm.endswith("ing") and holder is not None and holder.kind != "pronoun" and (
            (lexicon_tag(tokens[holder.last].norm) or "NN").startswith("NN")
            and tokens[holder.last].norm not in speaker_words().documents
            and not (holder.phrase_first > 0 and tokens[holder.phrase_first - 1].norm in holding)
        ):  # "a woman in Worcester"
            return Phrase(holder.first, phrase.last, holder.phrase_first, "description")
        if subject is not None and subject.last < before - 1:
            return subject
        return phrase

    def _subject_of_relative(self, phrase: Phrase) -> Phrase:
        """``One Democratic official who relayed the exchange said``, ``Voters who backed Ana
        Lima said``: words that end a relative clause opened by "who" (no comma between, at
        most eight words back) are its object; the one before "who" speaks ("Those" alone
        too: ``Those who know Ana Lima said``). ``phrase`` itself otherwise."""
        tokens = self.tokens
        for index in range(phrase.phrase_first - 1, max(0, phrase.phrase_first - _MAX_RELATIVE) - 1, -1):
            token = tokens[index]
            if not token.is_word:
                return phrase
            if token.is_lower and token.norm in ("who", "whom"):
                following = tokens[index + 1]
                tag = lexicon_tag(following.norm) or ""
                # a verb in lower case right after "who" opens the clause even when the phrase
                # took it for a role word ("who backed Ana Lima": "backed", no role of hers)
                opens = index + 1 < phrase.first and tag.startswith(("VBD", "VBZ", "VBP", "VB"))
                if (index + 1 >= phrase.phrase_first and not opens) or not following.is_lower or (
                    following.norm in self.words.determiners or tag.startswith(("DT", "PRP"))
                ):
                    return phrase  # "who" then its verb ("who shot the video"), not "who the ..."
                holder = self._phrase_ending_at(index - 1) if index > 0 else None
                if holder is None and index > 0 and tokens[index - 1].norm in speaker_words().quantities:
                    return Phrase(index - 1, index - 1, index - 1, "description")  # "Those who"
                if holder is None or holder.kind == "pronoun":
                    return phrase
                comma = holder.phrase_first - 1
                if holder.kind == "description" and comma > 0 and tokens[comma].text == ",":
                    named = self._phrase_ending_at(comma - 1)  # "Geoff Garin, a Democratic pollster who"
                    if named is not None and named.kind == "name":
                        return named
                return holder
        return phrase

    def _subject_past_participle(self, phrase: Phrase | None, index: int) -> Phrase | None:
        """``an angry army of HP workers had amassed, calling for his firing and carrying signs
        saying``: a description after "and" or a comma that opens with a participle and goes on
        with its object ("carrying signs") is what someone did, not who speaks; the sentence's
        own subject speaks when it ends before it, else no one. ``phrase`` itself otherwise."""
        tokens = self.tokens
        if phrase is None or phrase.kind != "description" or phrase.phrase_first == 0 or (
            phrase.first != phrase.phrase_first or phrase.last == phrase.first
            or tokens[phrase.phrase_first - 1].norm not in ("and", ",")
        ):
            return phrase  # only "..., and carrying signs": a participle and its object
        opening = tokens[phrase.phrase_first]
        if not (opening.is_lower and opening.norm.endswith("ing") and lexicon_tag(opening.norm) == "VBG"):
            return phrase
        subject = self._verb_cut(self._sentence_subject(index))
        return subject if subject is not None and subject.last < phrase.phrase_first - 1 else None

    def _absolute_with(self, first: int) -> bool:
        """True when "with" opens the words that end at token ``first`` (at most eight words
        back, no comma between): ``with the campaign of the former senator from Pennsylvania
        saying``, where those words are the participle's own subject."""
        for token in reversed(self.tokens[max(0, first - _MAX_ABSOLUTE) : first]):
            if token.text == ",":
                return False
            if token.is_lower and token.norm == "with":
                return True
        return False

    def _verb_cut(self, phrase: Phrase | None) -> Phrase | None:
        """``Her campaign quickly blasted out``: a description cut before its verb (see
        :func:`~newslab.speech.phrases.cut_before_verb`); ``phrase`` itself otherwise."""
        if phrase is None or phrase.kind != "description":
            return phrase
        last = cut_before_verb(self.tokens, phrase.first, phrase.last)
        return Phrase(phrase.first, last, phrase.phrase_first, phrase.kind)

    def _issued_document(self, phrase: Phrase) -> bool:
        """True for a document that is the object of a verb of issuing (the "issue" list of
        ``speaker_words.txt``: "issued a statement", "sent a letter", "put out a video"), so
        that the one who issued it is the speaker; not after other verbs ("received a letter",
        "found a note": the document speaks)."""
        tokens = self.tokens
        before = phrase.phrase_first - 1
        if phrase.kind != "description" or before < 1:
            return False
        if tokens[phrase.last].norm not in speaker_words().documents:
            return False
        if tokens[before].is_lower and tokens[before].norm in _PARTICLES and before > 1:
            before -= 1  # "put out a statement", "fired off a tweet"
        verb = tokens[before]
        return verb.is_lower and verb.norm in speaker_words().issuing

    def _after_relative(self, index: int) -> bool:
        """True when "that", "which" or "who" stands right before the verb at ``index`` (past
        adverbs): ``a marketing video that said``."""
        before = self._skip_between(index - 1)
        return before > 0 and self.tokens[before].is_lower and self.tokens[before].norm in _RELATIVE

    def _skip_relative(self, last: int) -> int:
        """``Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said``: back past a
        relative clause set off by commas, to the comma before it."""
        tokens = self.tokens
        if last < 2 or tokens[last].text != ",":
            return last
        for opening in range(last - 1, max(0, last - _MAX_APPOSITION), -1):
            if tokens[opening].text == ",":
                following = tokens[opening + 1]
                if following.is_lower and following.norm in ("who", "whom", "whose", "which"):
                    return opening - 1
                return last
        return last

    def _skip_between(self, last: int) -> int:
        """Back past the words that may stand between a speaker and a verb ("also", "has",
        "openly")."""
        tokens, words = self.tokens, self.words
        while last >= 0 and tokens[last].is_lower and (
            tokens[last].norm in words.between
            or (is_adverb(tokens[last]) and last > 0 and tokens[last - 1].norm not in words.determiners
                and not is_possessive(tokens[last - 1]))
        ):
            last -= 1
        return last

    def _phrase_ending_at(self, last: int, *, follow_role: bool = True) -> Phrase | None:
        token, words = self.tokens[last], self.words
        if not token.is_word or token.norm in words.first_person:
            return None
        if token.norm in words.pronouns:
            return Phrase(last, last, last, "pronoun")
        if token.is_capitalised:
            phrase = self._name_ending_at(last)
        elif token.is_lower and self._content_word(token) and token.norm not in speaker_words().time:
            phrase = self._description_ending_at(last)
        else:
            return None
        if phrase is not None and follow_role:
            return self._role_holder(phrase) or phrase
        return phrase

    def _role_holder(self, phrase: Phrase) -> Phrase | None:
        """``a spokesperson for the organisation``, ``MP for Harrow Vale``: the speaker is the
        role before the linking word, not the place or body after it."""
        link = phrase.phrase_first - 1
        if phrase.phrase_first != phrase.first or link < 1:
            return None
        if not (self.tokens[link].is_lower and self.tokens[link].norm in self.words.affiliations):
            return None
        counted = self._counted_before(phrase)
        if counted is not None:
            return counted
        holder = self._phrase_ending_at(link - 1, follow_role=False)
        if holder is None or holder.kind == "pronoun":
            return None
        verb = self.tokens[holder.last]
        if verb.is_lower and (verb.norm.endswith("ed") or verb.norm in PAST_TENSE):
            return None  # "The row started with Okafor, who said": a verb, not a role before "with"
        return Phrase(holder.first, holder.last, holder.phrase_first, "description")

    def _counted_before(self, phrase: Phrase) -> Phrase | None:
        """``Dozens of protesters``, ``25 percent of voters``, ``some of the workers``, ``Much of
        the crowd``: a count (a word of the "quantity" list, with a number or an article before
        it) and "of" before ``phrase`` speak with it; None when no count stands there."""
        tokens = self.tokens
        count = phrase.phrase_first - 2
        if count < 0 or tokens[count + 1].norm != "of" or not tokens[count + 1].is_lower:
            return None
        if not tokens[count].is_word or tokens[count].norm not in speaker_words().quantities:
            return None
        start = count
        if tokens[count].is_lower and self._content_word(tokens[count]):
            counted = self._phrase_ending_at(count, follow_role=False)  # "Twenty percent", "a majority"
            if counted is not None and counted.kind == "description":
                start = counted.phrase_first
        if start > 0 and tokens[start - 1].is_word and tokens[start - 1].text[:1].isdigit():
            start -= 1  # "25 percent"
        return Phrase(start, phrase.last, start, "description")

    def _name_ending_at(self, last: int) -> Phrase | None:
        tokens, words = self.tokens, self.words
        if is_possessive(tokens[last]) or tokens[last].text in words.not_names:
            return None
        first = last
        while first > 0:
            before = tokens[first - 1]
            if before.is_word and before.is_capitalised and not is_possessive(before):
                first -= 1
            elif before.norm in words.connectors and before.is_lower and first >= 2 and (
                tokens[first - 2].is_capitalised
            ):
                first -= 1
            elif before.text == "." and first >= 2 and (
                tokens[first - 2].text in words.titles or is_initial(tokens[first - 2])
            ):
                first -= 1
            else:
                break
        while first <= last and (
            tokens[first].norm in words.function_words
            or tokens[first].norm in words.determiners
            or tokens[first].norm in words.connectors
            or tokens[first].text in words.not_names
            or tokens[first].text == "."
        ):
            first += 1
        if first > last:
            return None
        phrase_first = first
        role_words = 0
        while (
            phrase_first > 0
            and role_words < _MAX_ROLE_WORDS
            and tokens[phrase_first - 1].is_lower
            and self._content_word(tokens[phrase_first - 1])
        ):
            phrase_first -= 1
            role_words += 1
        if phrase_first > 0 and tokens[phrase_first - 1].norm in words.determiners:
            phrase_first -= 1
        return Phrase(first, last, phrase_first, "name")

    def _description_ending_at(self, last: int) -> Phrase | None:
        tokens, words = self.tokens, self.words
        first = last
        while first > 0 and last - first < _MAX_DESCRIPTION:
            before = tokens[first - 1]
            if before.norm in words.determiners:
                first -= 1
                break
            if before.is_word and (
                is_possessive(before)
                or (before.is_capitalised and before.norm not in words.function_words)
                or (before.is_lower and self._content_word(before))
            ):
                first -= 1
            else:
                break
        return Phrase(first, last, first, "description")

    def _apposition(self, comma: int) -> Phrase | None:
        """``Lu Kang, a spokesman, said`` or ``The operator, Halvard Terminals, said``."""
        return self._one_apposition(comma) or self._name_after_quote(comma)

    def _name_after_quote(self, comma: int) -> Phrase | None:
        """``"...," Harry Bond, 30, of Raleigh, who was polled, said``: a long aside of several
        commas; the speaker is the name right after the closing quote mark."""
        tokens = self.tokens
        for index in range(comma - 1, max(-1, comma - 2 * _MAX_APPOSITION), -1):
            if tokens[index].text not in QUOTE_MARKS:
                continue
            first = index + 1
            if first < comma and tokens[first].text == ",":
                first += 1
            last = first
            while last + 1 < comma and tokens[last + 1].is_word and tokens[last + 1].is_capitalised:
                last += 1
            if first >= comma or not tokens[first].is_capitalised or tokens[last + 1].text != ",":
                return None
            name = self._name_ending_at(last)
            if name is None or name.first != first:
                return None
            return Phrase(name.first, name.last, name.first, "name")
        return None

    def _one_apposition(self, comma: int) -> Phrase | None:
        tokens = self.tokens
        opening = None
        for index in range(comma - 1, max(-1, comma - _MAX_APPOSITION), -1):
            if tokens[index].text == ",":
                opening = index
                break
            if not tokens[index].is_word and tokens[index].text not in "-'\u2019.()":
                return None
        if opening is None or opening == 0:
            return None
        if tokens[opening + 1].is_lower and tokens[opening + 1].norm in _NOT_APPOSITION:
            return None  # ", with whom he clashed ...,": not a second name for the speaker
        before = self._phrase_ending_at(self._before_bracket(opening - 1))
        inside = self._name_filling(opening + 1, comma - 1)
        if before is not None and before.kind == "name":
            return before
        if inside is not None:
            first = before.phrase_first if before is not None else inside.first
            return Phrase(inside.first, inside.last, first, "name")
        if before is not None and before.kind == "description":
            return before
        return None

    def _before_bracket(self, last: int) -> int:
        """``Rep. Sander M. Levin (Mich.), a superdelegate ...``: the index of the word before
        a bracket that ends at ``last`` (``last`` itself when no bracket ends there)."""
        tokens = self.tokens
        if last <= 0 or tokens[last].text != ")":
            return last
        opening = next(
            (i for i in range(last - 1, max(-1, last - _MAX_BRACKET), -1) if tokens[i].text == "("),
            None,
        )
        return last if opening is None or opening == 0 else opening - 1

    def _name_filling(self, first: int, last: int) -> Phrase | None:
        """A name that fills ``[first, last]`` (an apposition such as ``, Jorge Lima,``)."""
        if first > last:
            return None
        name = self._name_ending_at(last)
        if name is None or name.phrase_first > first:
            return None
        return name

    # -- the speaker after the verb -------------------------------------------------------

    def _opens_sentence(self, index: int) -> bool:
        """``Said Dorothy Poynter, who grew up with Ali, "..."``: a reporting verb that opens
        its sentence, the speaker after it."""
        return index == self.first_word and self.tokens[index].is_capitalised and index + 1 < len(
            self.tokens
        ) and self.tokens[index + 1].is_capitalised

    def _after_quote_or_comma(self, index: int) -> bool:
        if index == self.first_word and index > 0:
            return self.tokens[index - 1].text in QUOTE_MARKS
        return index > 0 and (self.tokens[index - 1].text in QUOTE_MARKS + ",")

    def speaker_after(self, first: int, *, inverted: bool = False) -> Phrase | None:
        """The speaker phrase that starts at token ``first`` (after an inverted verb: "said
        Ada Obi"), or None when no one is named there. ``inverted``: the phrase follows its
        verb, so the nouns after a name end it ("said the New York businessman")."""
        tokens, words = self.tokens, self.words
        if first >= len(tokens) or not tokens[first].is_word:
            return None
        token = tokens[first]
        if token.norm in words.first_person:
            return None
        if token.norm in words.pronouns and token.is_lower:
            return Phrase(first, first, first, "pronoun")
        last = first
        if token.norm in words.determiners or (token.is_lower and self._content_word(token)):
            while last + 1 < len(tokens) and last - first < _MAX_DESCRIPTION and self._noun_like(
                tokens[last + 1]
            ):
                last += 1
            if last == first and token.norm in words.determiners:
                last = self._past_number(first)  # "said the 46-year-old", "a 2008 Clinton veteran"
        elif not token.is_capitalised or token.text in words.not_names:
            return None
        if last > first and tokens[first + 1].text[:1].isdigit() and token.norm in words.determiners:
            return Phrase(first, last, first, "description")
        counted = self._counted_after(first, last)
        if counted is not None:  # "said dozens of Sanders supporters": not the name inside
            return counted
        while last + 1 < len(tokens):
            following = tokens[last + 1]
            if following.is_word and following.is_capitalised:
                last += 1
            elif following.norm in words.connectors and last + 2 < len(tokens) and (
                tokens[last + 2].is_capitalised
            ):
                last += 1
            elif following.text == "." and (tokens[last].text in words.titles or is_initial(tokens[last])):
                last += 1
            else:
                break
        counted = self._counted_after(first, last)
        if counted is not None:
            return counted
        head = self._noun_after_name(first, last) if inverted else None
        if head is not None:  # "said the New York businessman": the businessman, not New York
            return Phrase(first, head, first, "description")
        name = self._trailing_name(first, last)
        if name is not None:
            return Phrase(name[0], name[1], first, "name")
        linked = self._linked_name(last + 1)
        if linked is not None:
            return Phrase(linked[0], linked[1], first, "name")
        if tokens[first].is_capitalised and tokens[first].norm not in words.determiners:
            return None
        named = self._apposed_name(last + 1)
        if named is not None:  # "the airline's chief executive, Mark Ellison"
            return Phrase(named[0], named[1], first, "name")
        return Phrase(first, last, first, "description")

    def _counted_after(self, first: int, last: int) -> Phrase | None:
        """``Hundreds of pro-Sanders demonstrators``: a count (a word of the "quantity" list)
        that ends ``[first, last]`` and is followed by "of" speaks with the words it counts,
        through their last noun; None otherwise."""
        tokens = self.tokens
        if tokens[last].norm not in speaker_words().quantities or last + 2 >= len(tokens) or (
            tokens[last + 1].norm != "of"
        ):
            return None
        end = last + 1
        while end + 1 < len(tokens) and end - last <= _MAX_DESCRIPTION and tokens[end + 1].is_word and (
            tokens[end + 1].norm in self.words.determiners
            or not tokens[end + 1].is_lower  # "pro-Sanders", "Republican"
            or self._noun_like(tokens[end + 1])
        ) and not (lexicon_tag(tokens[end + 1].norm) or "").startswith(("VBD", "VBZ", "VBP", "MD", "IN")):
            end += 1  # up to a verb or a preposition ("dozens of supporters outside the hall")
        if end == last + 1 or not is_nominal(tokens[end]):
            return None
        return Phrase(first, end, first, "description")

    def _past_number(self, determiner: int) -> int:
        """``said the 46-year-old``, ``said a 2008 Clinton veteran``: the last word of a
        description whose determiner is followed by a number (an age, a year), through the
        capitalised and lower-case nouns after it; ``determiner`` itself when no number follows
        (an article alone names no one)."""
        tokens = self.tokens
        index = determiner + 1
        if index >= len(tokens) or not tokens[index].is_word or not tokens[index].text[:1].isdigit():
            return determiner
        last = index
        while last + 1 < len(tokens) and last - determiner < _MAX_DESCRIPTION:
            following = tokens[last + 1]
            if not (following.is_word and (following.is_capitalised or self._noun_like(following))):
                break
            last += 1
        return last

    def name_after_role(self, index: int) -> Phrase | None:
        """The name after one to three role words in lower case ("consultant", "university
        professor") that follow a name used as a modifier ("Obama consultant Cornell Belcher",
        "said Ohio State University professor Paul Beck"), or None."""
        tokens = self.tokens
        role = index
        while role < len(tokens) and role - index < _MAX_ROLE_WORDS and tokens[role].is_word and (
            tokens[role].is_lower and tokens[role].norm.isalpha()
        ):
            role += 1
        if role == index or role >= len(tokens) or not tokens[role].is_capitalised:
            return None
        if any(t.norm in _NOT_ROLE for t in tokens[index:role]):
            return None
        tags = [lexicon_tag(t.norm) or "" for t in tokens[index:role]]
        if not tags[-1].startswith("NN") or not all(tag.startswith(("NN", "JJ")) for tag in tags):
            return None  # "Clinton won Iowa": a verb, not a role
        phrase = self.speaker_after(role)
        return phrase if phrase is not None and phrase.kind == "name" else None

    def _apposed_name(self, comma: int) -> tuple[int, int] | None:
        """A name set off by a comma after a description, ending the clause or the sentence."""
        tokens = self.tokens
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            return None
        last = comma + 1
        while last + 1 < len(tokens) and tokens[last + 1].is_word and tokens[last + 1].is_capitalised:
            last += 1
        name = self._trailing_name(comma + 1, last)
        ends = last + 1 >= len(tokens) or tokens[last + 1].text in ",.;:!?"
        return name if name is not None and ends else None

    def _noun_after_name(self, first: int, last: int) -> int | None:
        """The last of the lower-case nouns right after the capitalised words of a phrase that
        opens with a determiner ("the New York businessman", "the former Texas governor"), when
        no name follows them; None otherwise."""
        tokens = self.tokens
        if tokens[first].norm not in self.words.determiners or not tokens[last].is_capitalised:
            return None
        head = last
        if head + 1 < len(tokens) and tokens[head + 1].text == "." and "." in tokens[head].text:
            head += 1  # "a former U.S. law enforcement official"
        while head + 1 < len(tokens) and head - first < _MAX_DESCRIPTION and (
            tokens[head + 1].is_lower and (lexicon_tag(tokens[head + 1].norm) or "").startswith("NN")
        ):
            head += 1
        after = tokens[head + 1] if head + 1 < len(tokens) else None
        if not tokens[head].is_lower or (
            after is not None and after.is_word and after.norm not in AFTER_VERB
            and after.norm not in ("who", "whose", "which", "that")
        ):
            return None  # no noun, or more words after it ("the campaign manager Kellyanne Conway")
        return head

    def _trailing_name(self, first: int, last: int) -> tuple[int, int] | None:
        """The capitalised words at the end of ``[first, last]``, if any."""
        tokens, words = self.tokens, self.words
        start = last + 1
        while start > first and (
            (tokens[start - 1].is_word and tokens[start - 1].is_capitalised)
            or tokens[start - 1].norm in words.connectors
            or tokens[start - 1].text == "."
        ):
            start -= 1
        while start <= last and (
            tokens[start].norm in words.function_words
            or tokens[start].norm in words.determiners
            or tokens[start].norm in words.connectors
            or tokens[start].text == "."
        ):
            start += 1
        if start > last or not tokens[last].is_capitalised:
            return None
        return start, last

    def _linked_name(self, index: int) -> tuple[int, int] | None:
        """``a review by the Riverside Tribune``: the name after by/from/at/of."""
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].norm not in _LINKS_TO_NAME:
            return None
        first = index + 1
        if first < len(tokens) and tokens[first].norm in self.words.determiners:
            first += 1
        last = first - 1
        while last + 1 < len(tokens) and tokens[last + 1].is_word and tokens[last + 1].is_capitalised:
            last += 1
        return (first, last) if last >= first else None

    # -- word classes ---------------------------------------------------------------------

    def _content_word(self, token: Token) -> bool:
        words = self.words
        return (
            token.is_word
            and token.text[0].isalpha()
            and token.norm not in words.function_words
            and token.norm not in words.determiners
            and token.norm not in words.between
            and token.norm not in words.first_person
            and token.norm not in words.pronouns
        )

    def _noun_like(self, token: Token) -> bool:
        return token.is_word and (
            (token.is_lower and self._content_word(token)) or is_possessive(token)
        )

    def is_vague(self, phrase: Phrase) -> bool:
        """True when a word of the phrase names no one in particular ("critics", "some")."""
        words = self.words.vague_sources
        return any(
            t.norm in words for t in self.tokens[phrase.phrase_first : phrase.last + 1]
        )


# words that follow a verb, not a subject ("said in", "spoke at"): no subject ends before them
AFTER_VERB = frozenset("in at on to during after before with as from about of while".split())


def clauses_by_sentence(clauses: Sequence[Clause]) -> dict[int, list[Clause]]:
    """Group clauses by sentence id.

    Example:
        >>> clauses_by_sentence([])
        {}
    """
    grouped: dict[int, list[Clause]] = {}
    for clause in clauses:
        grouped.setdefault(clause.sentence, []).append(clause)
    return grouped


# -- the layer ----------------------------------------------------------------------------


def run(article: Article, earlier: Mapping[str, Any], settings: Any = None) -> tuple[Clause, ...]:
    """The layer's entry point: every reporting clause of the article."""
    return find_clauses(article, lexicons_for(settings))


def to_json(clauses: Sequence[Clause]) -> dict[str, Any]:
    """The ``clauses`` part of the analysis document: one item a reporting clause."""
    return {"items": [c.to_dict() for c in clauses]}


CLAUSE_COLUMNS: dict[str, Any] = {
    "sentence": lambda c: c.sentence,
    "verb": lambda c: c.verb.text,
    "verb_start": lambda c: c.verb.start,
    "subject": lambda c: c.subject.text,
    "subject_start": lambda c: c.subject.start,
    "subject_end": lambda c: c.subject.end,
    "kind": lambda c: c.kind,
    "label": lambda c: c.label,
    "inverted": lambda c: c.inverted,
    "according": lambda c: c.according,
    "vague": lambda c: c.vague,
    "belief": lambda c: c.belief,
}
"""The ``clauses`` table's columns: one row a reporting clause."""


def to_tables(clauses: Sequence[Clause]) -> dict[str, pd.DataFrame]:
    """A ``clauses`` table (columns: :data:`CLAUSE_COLUMNS`).

    Example:
        >>> import newslab
        >>> clauses = find_clauses(newslab.Article.from_text("T\\n\\nLu said it was fine."))
        >>> to_tables(clauses)["clauses"][["verb", "subject", "kind"]].values.tolist()
        [['said', 'Lu', 'name']]
    """
    return {"clauses": table(clauses, CLAUSE_COLUMNS)}


def summarize(clauses: Sequence[Clause]) -> list[str]:
    """No line of its own: the quotes and claims lines say what the clauses decided."""
    return []


LAYER = Layer(
    name="clauses",
    requires=(),
    run=run,
    to_json=to_json,
    to_tables=to_tables,
    summarize=summarize,
)
