"""Who a speaker phrase stands for: an actor from the actors layer, a name, or, for "he"/"she",
the person named before.

The quotes and claims layers find speaker phrases ("Lu said", "he warned", "the ministry
said"); this module turns each into a :class:`Speaker`. With actors, a phrase that overlaps an
actor's mention is that actor. A pronoun is resolved by looking back, sentence by sentence (at
most five), first for the last compatible speaker of a reporting clause ("Kim said he was ready
..., but he warned": "he" is Kim, not Trump), then, in earlier sentences only, for the first
compatible name.
With no one found there, "he"/"she" takes the nearest person of that gender named earlier in
its own sentence, else the one the article names most often; a person's gender comes from a
title, a first name, or the pronouns the article uses after their name.
Names inside quotations are never taken. Without actors, names are capitalised words in the
text, and the result says so.

Example:
    >>> import newslab
    >>> from newslab.speech.reporting import find_clauses
    >>> text = "T\\n\\nKim said he was ready to meet Trump, but he warned Seoul."
    >>> article = newslab.Article.from_text(text)
    >>> clauses = find_clauses(article)
    >>> resolver = SpeakerResolver(article, clauses)
    >>> [resolver.identify(c.subject, c.kind, c.sentence).name for c in clauses]
    ['Kim', 'Kim']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newslab.actors.cues import is_common_word, lexicon_tag
from newslab.actors.mentions import Actor
from newslab.speech.antecedents import (
    AGE,
    CLAUSE_COMMA,
    SUBORDINATORS,
    after_preposition,
    contracted_verb,
    determiner_before,
    gender_of_given_name_inside,
    glued_pronoun,
    group_after_name,
    joined_names,
    joined_span,
    modifies_noun,
    names_group,
    not_a_name,
    only_role_words,
    opening_document,
    opening_pronoun,
    pronoun_inside,
    singular_body,
)
from newslab.speech.genders import PERSON_OF, actor_genders, gender_in_text, shared_surnames, title_before
from newslab.speech.lexicons import Lexicons, default_lexicons
from newslab.speech.reporting import Clause, clauses_by_sentence
from newslab.speech.speaker_words import (
    PRONOUN_GENDER,
    fits_pronoun,
    gender_of_person,
    speaker_words,
)
from newslab.speech.subjects import subject_clause
from newslab.text.article import Article
from newslab.text.spans import Span
from newslab.text.tokens import tokenize

_LOOK_BACK_SENTENCES = 5
_MAX_CHAIN = 8
_SPEAKER_REACH = 1  # sentences looked further back for a speaker before a plain name is taken
_LONGEST_MENTION = 200
_GENDERED_WORD = re.compile(r"\b(?:" + "|".join(PRONOUN_GENDER) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    """Who a speaker phrase stands for: ``actor`` id (or None), a readable ``name`` (or None
    when a pronoun could not be resolved), and ``note``, how it was decided."""

    actor: str | None
    name: str | None
    note: str = ""


@dataclass(frozen=True)
class _Ref:
    start: int
    end: int
    actor: str
    kind: str
    name: str


class ActorIndex:
    """The actors' mentions, sorted, to look up which actor a stretch of text names.

    Example:
        >>> from newslab.actors.mentions import Mention
        >>> kim = Actor("kim", "Kim Jong Un", "person", (Mention(0, 3, "Kim", actor="kim"),))
        >>> ActorIndex([kim]).actor_at(0, 6).name
        'Kim Jong Un'
    """

    def __init__(self, actors: Sequence[Actor]) -> None:
        refs = [
            _Ref(m.start, m.end, actor.id, actor.kind, actor.name)
            for actor in actors
            for m in actor.mentions
        ]
        refs.sort(key=lambda r: (r.start, r.end, r.actor))
        self._refs = refs
        self._starts = [r.start for r in refs]

    def __bool__(self) -> bool:
        return bool(self._refs)

    def actor_at(self, start: int, end: int) -> _Ref | None:
        """The mention that overlaps ``[start, end)`` the most (the earliest on a tie)."""
        best, best_overlap = None, 0
        for ref in self.mentions_in(start - _LONGEST_MENTION, end):
            overlap = min(end, ref.end) - max(start, ref.start)
            if overlap > best_overlap:
                best, best_overlap = ref, overlap
        return best

    def person_heading(self, start: int, end: int, text: str) -> _Ref | None:
        """The person mention that heads the phrase ``[start, end)``: the last person
        mentioned in it, when only capitalised words, "of" or "from" follow them in the phrase
        ("Sen. Tom Udall of New Mexico", "Trump's state director, Mike Rubino"); None otherwise
        ("a senior Cruz adviser").

        Example:
            >>> from newslab.actors.mentions import Actor, Mention
            >>> text = "Sen. Tom Udall of New Mexico"
            >>> udall = Actor("udall", "Tom Udall", "person", (Mention(5, 14, "Tom Udall", actor="udall"),))
            >>> ActorIndex([udall]).person_heading(0, len(text), text).name
            'Tom Udall'
        """
        persons = [
            r for r in self.mentions_in(start - _LONGEST_MENTION, end)
            if r.kind == "person" and r.end > start and r.start < end
            and not _after_preposition(text, start, r.start)
        ]  # not "Patrick Murray of Christie": a person after "of" qualifies the one before
        if not persons:
            return None
        last = persons[-1]
        tail = text[last.end : end]
        if tail[:1] in ("'", "\u2019"):
            return None  # "Trump's Virginia state director": someone of Trump's
        if any(word[:1].islower() and word not in ("of", "from") for word in tail.replace(",", " ").split()):
            return None
        return last

    def mentions_in(self, start: int, end: int) -> list[_Ref]:
        """Mentions that start inside ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return self._refs[low:high]


def person_of_label(label: str, actors: Sequence[Actor]) -> Actor | None:
    """The person among ``actors`` whose surname a speaker label in capitals gives ("PENCE",
    "SEN. WARREN"), in any case; None for a label not in capitals or no such person.

    Example:
        >>> from newslab.actors.mentions import Actor
        >>> pence = Actor("mike-pence", "Mike Pence", "person", ())
        >>> person_of_label("PENCE", [pence]).name, person_of_label("Pence", [pence])
        ('Mike Pence', None)
    """
    if not label.isupper():
        return None
    surname = label.split()[-1].casefold()
    return next(
        (a for a in actors if a.kind == "person" and a.name.split()[-1].casefold() == surname), None
    )


class SpeakerResolver:
    """Turns speaker phrases into speakers, for one article.

    Args:
        article: the article.
        clauses: its reporting clauses (:func:`newslab.speech.reporting.find_clauses`).
        actors: the actors layer's result (may be empty).
        quoted: stretches of quoted words; names inside them are never antecedents.
        lexicons: the word lists.
    """

    def __init__(
        self,
        article: Article,
        clauses: Sequence[Clause],
        actors: Sequence[Actor] = (),
        quoted: Sequence[tuple[int, int]] = (),
        lexicons: Lexicons | None = None,
    ) -> None:
        self.article = article
        self.words = lexicons or default_lexicons()
        self.index = ActorIndex(actors)
        self.clauses = clauses_by_sentence(clauses)
        self.quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self.quoted]
        self._names: dict[int, list[Span]] = {}
        self._resolved: dict[int, Speaker] = {}
        self._subjects: dict[int, Clause | None] = {}
        self._sentence_starts = [sentence.start for sentence in article.sentences]
        self.actor_genders = actor_genders(article.text, actors, self.quoted, self._sentence_starts)
        self._actors = actors
        self._surnames: frozenset[str] | None = None
        self._pronoun = ""  # the pronoun being resolved: the gender the checks below want
        self._leaders: dict[str, list[tuple[int, _Ref]]] = {}

    def identify(self, subject: Span, kind: str, sentence: int) -> Speaker:
        """The speaker that ``subject`` (a name, pronoun or description) stands for."""
        if kind == "pronoun":
            return self._resolve(subject, sentence)
        glued = glued_pronoun(subject.text, self.words.pronouns)
        if glued:  # "he's said", "They're less": the pronoun with a verb glued to it
            pronoun = Span.of(self.article.text, subject.start, subject.start + len(glued))
            return self._resolve(pronoun, sentence)
        ref = self.index.person_heading(subject.start, subject.end, self.article.text)
        if ref is not None:  # "Sen. Tom Udall of New Mexico": Udall, not New Mexico
            return Speaker(ref.actor, ref.name, f"'{subject.text}' is the actor {ref.name}")
        ref = self.index.actor_at(subject.start, subject.end)
        # "The Florida senator": a noun after the name makes a description whatever its kind
        described = kind == "description" or subject.text.split()[-1][:1].islower()
        if ref is not None and (not described or ref.end >= subject.end) and not (
            kind == "description" and _after_preposition(self.article.text, subject.start, ref.start)
        ):
            return Speaker(ref.actor, ref.name, f"'{subject.text}' is the actor {ref.name}")
        person = person_of_label(subject.text, self._actors) if kind == "name" else None
        if person is not None:  # "PENCE: ...", a speaker label in capitals
            return Speaker(person.id, person.name, f"'{subject.text}' is taken to be {person.name}, "
                           "the person of that surname")
        # "the Republican presidential candidate": a role, not the party its adjective names
        return Speaker(None, subject.text, "")

    def sentence_subject(self, sid: int) -> Clause | None:
        """The subject of sentence ``sid`` and its verb (:func:`subject_clause`), found once."""
        if sid not in self._subjects:
            end = self.article.sentences[sid].end
            self._subjects[sid] = subject_clause(self.article, sid, end, self.words)
        return self._subjects[sid]

    def inside_quote(self, position: int) -> bool:
        """True when ``position`` lies inside quoted words."""
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and position < self.quoted[index][1]

    def _resolve(self, pronoun: Span, sentence: int, depth: int = 0) -> Speaker:
        """The person ``pronoun`` stands for, remembered so that a chain of "he said ... he
        added" is resolved once."""
        if pronoun.start not in self._resolved:
            self._resolved[pronoun.start] = self._look_back(pronoun, sentence, depth)
        return self._resolved[pronoun.start]

    def _same_pronoun(self, pronoun: Span, earlier: Span, sid: int, depth: int) -> Speaker | None:
        """``earlier`` is the same pronoun as ``pronoun`` in an earlier sentence ("He ...",
        "he added"): the same person again, resolved from there."""
        if depth >= _MAX_CHAIN or earlier.text.lower() != pronoun.text.lower():
            return None
        found = self._resolve(earlier, sid, depth + 1)
        self._pronoun = pronoun.text.lower()
        if found.name is None:
            return None
        return Speaker(
            found.actor, found.name,
            f"'{pronoun.text}' is taken to be {found.name}, like the '{earlier.text}' of an "
            f"earlier sentence ({found.note.split(', ', 1)[-1]})",
        )

    def _look_back(self, pronoun: Span, sentence: int, depth: int) -> Speaker:
        """Whom ``pronoun`` stands for, looking back from its own sentence over at most
        ``_LOOK_BACK_SENTENCES``: in each sentence, nearest first, the same pronoun before it
        (resolved the same way), a reporting clause's speaker, the sentence's subject, and last
        a name of the right kind and gender; a name after a preposition only when no one else
        is found. Every answer says which of these gave it."""
        self._pronoun = pronoun.text.lower()
        kinds = self.words.pronouns.get(pronoun.text.lower(), frozenset())
        sentences = self.article.sentences
        fallback, fallback_sid = None, -1
        object_name: Speaker | None = None
        for sid in range(sentence, max(-1, sentence - _LOOK_BACK_SENTENCES - 1), -1):
            limit = pronoun.start if sid == sentence else sentences[sid].end
            subject = None
            if sid < sentence:
                subject = self.sentence_subject(sid)
                if subject is not None and subject.kind == "pronoun":
                    if subject.subject.text.lower() == pronoun.text.lower():
                        if self.inside_quote(subject.subject.start):
                            continue
                        same = self._same_pronoun(pronoun, subject.subject, sid, depth)
                        if same is not None:
                            return same
                        continue  # "He ...": the same person again; look further back
                    subject = None
                document = self._opening_document(pronoun, sid)
                if document is not None:
                    return document
            for clause in self._clauses_for_pronoun(sid, sid < sentence):
                if clause.vague or clause.belief:
                    continue
                if clause.subject.end > limit or self.inside_quote(clause.subject.start):
                    continue
                if clause.kind == "pronoun":
                    if sid < sentence:
                        same = self._same_pronoun(pronoun, clause.subject, sid, depth)
                        if same is not None:
                            return same
                    continue
                if self._names_role(clause):
                    continue  # "the former Mexican president said": not Mexico, someone named before
                main = self._main_subject(clause, kinds) if sid < sentence else None
                if main is not None:
                    return Speaker(
                        main.actor or None, main.name,
                        f"'{pronoun.text}' is taken to be {main.name}, the subject of an earlier "
                        f"sentence, after its clause '{clause.label}'",
                    )
                found = self._compatible(clause.subject, clause.kind, kinds) or self._surname_speaker(
                    clause, kinds
                )
                if found is not None:
                    return Speaker(
                        found.actor or None,
                        found.name,
                        f"'{pronoun.text}' is taken to be {found.name}, "
                        + (
                            "the last speaker named before it"
                            if sid == sentence or clause is self.clauses[sid][-1]
                            else "the speaker who opens an earlier sentence"
                        )
                        + f" ('{clause.label}')",
                    )
            if sid == sentence:
                found = self._subject_before_quote(pronoun, sid, kinds) or self._after_other_gender(
                    pronoun, sid, kinds
                )
                if found is not None:
                    return found
                continue  # "Speaking to the BBC, he added": names in its own clause are not it
            if fallback is None and self.sentence_subject(sid) is None:
                same = self._opening_same_pronoun(pronoun, sid, depth)
                if same is not None:
                    return same
            if subject is not None and self._names_role(subject):
                role = self._role_phrase(subject.subject.start, subject.subject.end)
                if kinds - {"person"} and fallback is None and role:
                    return Speaker(  # "The Cruz campaign sent an email. It stated ...": the campaign
                        None, role,
                        f"'{pronoun.text}' is taken to be {role}, the subject of an earlier sentence",
                    )
                subject = None
            if subject is not None and fallback is None and not self.inside_quote(subject.subject.start):
                found = self._compatible(subject.subject, subject.kind, kinds)
                if found is not None:
                    return Speaker(
                        found.actor or None,
                        found.name,
                        f"'{pronoun.text}' is taken to be {found.name}, the subject of an earlier "
                        f"sentence ('{subject.label}')",
                    )
            if fallback is None:
                opener = self._opening_speaker(sid, kinds)
                if opener is not None:
                    return Speaker(
                        opener.actor or None, opener.name,
                        f"'{pronoun.text}' is taken to be {opener.name}, named at the start of an "
                        "earlier sentence whose reporting verb follows",
                    )
            if fallback is None:
                names = [
                    n for n in self._candidates(sid, kinds)
                    if not self.inside_quote(n.start) and not self._qualifies_noun(n.start, n.end)
                ]
                # "As for Carson's mangling of ..., Levine ...": an owner is rarely the one meant
                names.sort(key=lambda n: _possessive(self.article.text, n.end))
                fitting = [
                    self._pair_for_they(self._bearer(n))
                    for n in names if self._fits(n) and not self._one_person_for_they(n)
                ]
                # "... filled his rally speeches for Cruz": an object after a preposition is kept
                # only in case nobody else is found
                name = next((n for n in fitting if not after_preposition(self.article.text, n.start)), None)
                if object_name is None and name is None and fitting:
                    object_name = Speaker(
                        fitting[0].actor or None, fitting[0].name,
                        f"'{pronoun.text}' is taken to be {fitting[0].name}, the first name in an "
                        "earlier sentence (after a preposition, as no one else was found)",
                    )
                if name is not None:
                    fallback = Speaker(
                        name.actor or None,
                        name.name,
                        f"'{pronoun.text}' is taken to be {name.name}, the first name in an "
                        "earlier sentence",
                    )
                    fallback_sid = sid
            if fallback is not None and fallback_sid - sid >= _SPEAKER_REACH:
                return fallback
        if fallback is not None:
            return fallback
        if object_name is not None:
            return object_name
        return self._last_resort(pronoun, sentence, kinds) or Speaker(
            None, None, f"'{pronoun.text}' could not be matched to anyone named before it"
        )

    def _last_resort(self, pronoun: Span, sid: int, kinds: frozenset[str]) -> Speaker | None:
        """When no one fits in the sentences looked back over: for "he"/"she", the nearest person
        of that gender named before it in its own sentence (``I asked Sanders if he would ever
        endorse``), else the person of that gender the article names most often before it (the
        one it is about: an opinion piece's "she" far from any name)."""
        wanted = PRONOUN_GENDER.get(self._pronoun, "")
        if not wanted or not self.index:
            return None
        own = [
            r for r in self._candidates(sid, kinds)
            if r.end <= pronoun.start and not self.inside_quote(r.start) and self.gender(r) == wanted
        ]
        if own:
            person = self._bearer(own[-1])
            return Speaker(
                person.actor or None, person.name,
                f"'{pronoun.text}' is taken to be {person.name}, named earlier in its own sentence, "
                "as no one fits before it",
            )
        leaders = self._most_named_so_far(wanted)
        at = bisect.bisect_left(leaders, (pronoun.start,)) - 1
        if at < 0:
            return None
        person = leaders[at][1]
        others = {
            ref.actor for ref in self.index.mentions_in(0, pronoun.start)
            if ref.kind == "person" and self.actor_genders.get(ref.actor) == wanted
            and not self.inside_quote(ref.start)
        } - {person.actor}
        last = self._last_mention(person.actor, pronoun.start)
        ago = sid - (bisect.bisect_right(self._sentence_starts, last) - 1)
        distance = "in the sentence before" if ago == 1 else f"{ago} sentences before"
        which = (
            f"the only {PERSON_OF[wanted]} named earlier" if not others
            else f"the {PERSON_OF[wanted]} the article names most often before it"
        )
        return Speaker(
            person.actor, person.name,
            f"'{pronoun.text}' is taken to be {person.name}, {which}, last named {distance}, "
            "as no one fits nearer",
        )

    def _last_mention(self, actor: str, before: int) -> int:
        """Where ``actor`` is last named (outside quotes) before ``before``."""
        found = [
            ref.start for ref in self.index.mentions_in(0, before)
            if ref.actor == actor and not self.inside_quote(ref.start)
        ]
        return found[-1] if found else before

    def _most_named_so_far(self, gender: str) -> list[tuple[int, _Ref]]:
        """For each mention (outside quotes) of a person of ``gender``, in text order: where it
        starts and the person of that gender named most often up to there (on a tie, the one
        who got there first). Made once per gender, so that each question is one look-up."""
        if gender not in self._leaders:
            counts: dict[str, int] = {}
            first: dict[str, _Ref] = {}
            leaders: list[tuple[int, _Ref]] = []
            best = None
            for ref in self.index.mentions_in(0, len(self.article.text)):
                if ref.kind != "person" or self.actor_genders.get(ref.actor) != gender:
                    continue
                if self.inside_quote(ref.start):
                    continue
                counts[ref.actor] = counts.get(ref.actor, 0) + 1
                first.setdefault(ref.actor, ref)
                if best is None or counts[ref.actor] > counts[best]:
                    best = ref.actor
                leaders.append((ref.start, first[best]))
            self._leaders[gender] = leaders
        return self._leaders[gender]

    def _one_person_for_they(self, ref: _Ref) -> bool:
        """True when "they" would take a single person merely named in an earlier sentence
        ("Republicans argue ... that Hillary Clinton ... They"): "they" is a group, or two
        people joined by "and" ("Marco Rubio and Ted Cruz")."""
        if self._pronoun != "they" or ref.kind != "person":
            return False
        return not joined_names(self.article.text, ref.start, ref.end)

    def _pair_for_they(self, ref: _Ref) -> _Ref:
        """For "they", a person's name joined by "and" to another ("Marco Rubio and Ted Cruz")
        becomes both names, with no single actor: the two together speak."""
        if self._pronoun != "they" or ref.kind != "person":
            return ref
        start, end = joined_span(self.article.text, ref.start, ref.end)
        if (start, end) == (ref.start, ref.end):
            return ref
        return _Ref(start, end, "", "group", self.article.text[start:end])

    def _opening_speaker(self, sid: int, kinds: frozenset[str]) -> _Ref | None:
        """``Sandy Phillips, who lost her daughter ... in Aurora, Colorado, in July 2012, said
        that ...``: a name that opens an earlier sentence whose reporting verb comes after it
        speaks there, even when the clause finder gave that verb another subject ("Colorado")
        that the pronoun cannot stand for."""
        sentence = self.article.sentences[sid]
        verbs = [
            c.verb.start for c in self.clauses.get(sid, [])
            if not (c.vague or c.belief or c.inverted or self.inside_quote(c.verb.start))
        ]
        if not verbs or self.inside_quote(sentence.start):
            return None
        opener = self._opening_name(sid, sentence.end, kinds)
        if opener is None or opener.end > min(verbs):
            return None
        return opener

    def _after_other_gender(self, pronoun: Span, sid: int, kinds: frozenset[str]) -> Speaker | None:
        """``For that she drew Trump's ire - he called her "weak"``: when "he" (or "she") follows,
        in its own sentence, a pronoun of the other gender, the person of the right gender
        named between the two is the one meant."""
        wanted = PRONOUN_GENDER.get(self._pronoun, "")
        if not wanted:
            return None
        text = self.article.text
        start = self.article.sentences[sid].start
        other = None
        for found in _GENDERED_WORD.finditer(text, start, pronoun.start):
            gender = PRONOUN_GENDER[found.group().lower()]
            if gender != wanted and not self.inside_quote(found.start()):
                other = found.end()
        if other is None:
            return None
        names = [
            r for r in self._candidates(sid, kinds)
            if other <= r.start and r.end <= pronoun.start and not self.inside_quote(r.start)
        ]
        fitting = [self._bearer(r) for r in names if self.gender(r) == wanted]
        if not fitting:
            return None
        person = fitting[-1]
        return Speaker(
            person.actor or None, person.name,
            f"'{pronoun.text}' is taken to be {person.name}, named in its own sentence after a "
            "pronoun of the other gender",
        )

    def _opening_document(self, pronoun: Span, sid: int) -> Speaker | None:
        """``Thursday's memo from the panel seemed aimed at ... "...," it stated``: "it" stands
        for a document (a memo, an email, a bill) that opens an earlier sentence."""
        if self._pronoun != "it":
            return None
        sentence = self.article.sentences[sid]
        found = opening_document(self.article.text, sentence.start, sentence.end)
        if found is None or self.inside_quote(found[0]):
            return None
        document = self.article.text[found[0] : found[1]]
        return Speaker(
            None, document,
            f"'{pronoun.text}' is taken to be {document}, a document that opens an earlier sentence",
        )

    def _opening_same_pronoun(self, pronoun: Span, sid: int, depth: int) -> Speaker | None:
        """``He married in Mississippi last year (without incident), practices law ...``: an
        earlier sentence that opens with the same "he" or "she" goes on about the same person,
        even when the subject finder finds no verb after it; its names ("a Donald Trump
        supporter") are not the one meant."""
        opening = opening_pronoun(self.article.text, self.article.sentences[sid].start)
        if opening is None or self.inside_quote(opening[0]):
            return None
        earlier = Span.of(self.article.text, *opening)
        return self._same_pronoun(pronoun, earlier, sid, depth)

    def _clauses_for_pronoun(self, sid: int, earlier: bool) -> list[Clause]:
        """The reporting clauses of sentence ``sid`` in the order a pronoun tries them: in
        its own sentence the nearest first; in an earlier sentence the one whose speaker opens
        the sentence (its subject, the most prominent person) first, then the nearest ("Humphrey
        said he hopes the effort ends in Kasich claiming the nomination. ... he said":
        Humphrey)."""
        clauses = list(reversed(self.clauses.get(sid, [])))
        if not earlier or len(clauses) < 2:
            return clauses
        opening = self.sentence_subject(sid)
        if opening is None:
            return clauses
        main = [c for c in clauses if c.subject.start == opening.subject.start]
        return main + [c for c in clauses if c not in main]

    def _subject_before_quote(self, pronoun: Span, sid: int, kinds: frozenset[str]) -> Speaker | None:
        """``Fallon fired back: "...," he wrote``, ``Senate Democrats blocked the bill because
        they said ...``: a pronoun later in a sentence stands for that sentence's subject."""
        subject = subject_clause(self.article, sid, pronoun.start, self.words)
        if subject is None:
            opener = self._opening_name(sid, pronoun.start, kinds)
            if opener is None:
                return None
            return Speaker(
                opener.actor, opener.name,
                f"'{pronoun.text}' is taken to be {opener.name}, named at the start of its own "
                "sentence",
            )
        if subject.kind == "pronoun" or self.inside_quote(subject.subject.start):
            return None
        if subject.verb.end > pronoun.start or self._names_role(subject):
            return None
        found = self._compatible(subject.subject, subject.kind, kinds)
        if found is None:
            return None
        return Speaker(
            found.actor or None, found.name,
            f"'{pronoun.text}' is taken to be {found.name}, the subject of its own sentence "
            f"('{subject.label}')",
        )

    def _main_subject(self, clause: Clause, kinds: frozenset[str]) -> _Ref | None:
        """``When Maddow pointed out that ..., Clinton seized upon ...``: for a clause inside the
        part of a sentence that opens with a word such as "when" or "after", the actor named
        right after the next comma (the main clause's subject), when that actor fits the
        pronoun."""
        text = self.article.text
        sentence = self.article.sentences[clause.sentence]
        opening = text[sentence.start : clause.subject.start].strip(" \"'\u201c").lower()
        if not opening or opening.split()[0] not in SUBORDINATORS or "," in opening or clause.inverted:
            return None  # ("When Maddow said that Sanders calls it ...": Sanders's clause too)
        comma = CLAUSE_COMMA.search(text, clause.verb.end, sentence.end)
        if comma is None:
            return None
        for ref in self.index.mentions_in(comma.start(), min(comma.end() + 40, sentence.end)):
            if ref.start != comma.end() or self.inside_quote(ref.start):
                return None
            if _possessive(text, ref.end) or ref.kind not in kinds or not self._fits(ref):
                return None
            return self._bearer(ref)
        return None

    def _names_role(self, clause: Clause) -> bool:
        """True when the name found as ``clause``'s subject only qualifies a role noun that
        follows it ("the former Mexican president didn't stop", "The Afro-Colombian journalist
        expressed"): the phrase stands for someone named before, not for the name."""
        if clause.kind != "name" or clause.inverted or clause.verb.start < clause.subject.end:
            return False
        between = self.article.text[clause.subject.end : clause.verb.start]
        if "," in between or "(" in between:
            return False
        return self._qualifies_noun(clause.subject.start, clause.subject.end)

    def _role_phrase(self, start: int, end: int) -> str:
        """The words from the determiner before the name at ``[start, end)`` to the noun after
        it ("The Cruz campaign", "the former Mexican president"); "" when there is no such
        phrase."""
        text = self.article.text
        first = determiner_before(text, start, self.words.determiners)
        noun = None
        for match in list(re.finditer(r"\S+", text[end : end + 60]))[:3]:
            word = match.group().strip(".,;:")
            if (lexicon_tag(word) or "").startswith("NN"):
                noun = end + match.start() + len(word)
                break
        if first is None or noun is None:
            return ""
        return text[first:noun]

    def _qualifies_noun(self, start: int, end: int) -> bool:
        """True when the name at ``[start, end)`` stands between a determiner and a noun in
        lower case ("the former Mexican president", "The Cruz campaign"): it qualifies the noun."""
        text = self.article.text
        return modifies_noun(text[end : end + 30]) and (
            determiner_before(text, start, self.words.determiners) is not None
        )

    def _opening_name(self, sid: int, limit: int, kinds: frozenset[str]) -> _Ref | None:
        """``Rep. Devin Nunes (R-Calif.), chairman of ..., didn't second-guess ..., but he did
        call ...``: when no subject and verb are found, an actor named at the very start of the
        sentence (after titles, capitalised words and role nouns only), and not as an owner or a
        modifier ("Nunes's staff", "The Cruz campaign"), is the sentence's subject."""
        if not self.index:
            return None
        sentence = self.article.sentences[sid]
        text = self.article.text
        for ref in self.index.mentions_in(sentence.start, min(limit, sentence.end)):
            if not only_role_words(text[sentence.start : ref.start], self.words.titles):
                return None
            if self.inside_quote(ref.start) or ref.end > limit:
                return None
            if ref.kind not in kinds and not (
                "person" in kinds and ref.kind in ("organisation", "place") and self._person_like(ref)
            ):
                continue  # "Maricopa County (Ariz.) Sheriff Joe Arpaio": the place is a role word
            if _possessive(text, ref.end) or modifies_noun(text[ref.end : ref.end + 30]):
                return None
            return self._bearer(ref) if self._fits(ref) else None
        return None

    def _bearer(self, ref: _Ref) -> _Ref:
        """``ref`` itself, or, when it is a bare last name that a man and a woman of the
        article share ("Cruz" for Ted and Heidi Cruz), the one of them the pronoun being
        resolved fits ("he": Ted Cruz)."""
        wanted = PRONOUN_GENDER.get(self._pronoun, "")
        mention = self.article.text[ref.start : ref.end]
        if not wanted or not ref.actor or mention not in self._shared_surnames():
            return ref
        if self.actor_genders.get(ref.actor) == wanted or title_before(self.article.text, ref.start):
            return ref
        for actor in self._actors:
            if (
                actor.kind == "person"
                and actor.name.split()[-1] == mention
                and self.actor_genders.get(actor.id) == wanted
            ):
                return _Ref(ref.start, ref.end, actor.id, actor.kind, actor.name)
        return ref

    def gender(self, ref: _Ref) -> str:
        """"male", "female" or "" for whoever ``ref`` names."""
        if ref.actor:
            mention = self.article.text[ref.start : ref.end]
            if " " not in mention and mention in self._shared_surnames() and not title_before(
                self.article.text, ref.start
            ):
                return ""  # "Murphy" when a Chris and an Anne Marie Murphy are both named
            return self.actor_genders.get(ref.actor, "")
        return gender_in_text(self.article.text, ref.start, ref.name)

    def _shared_surnames(self) -> frozenset[str]:
        if self._surnames is None:
            self._surnames = shared_surnames(self._actors, self.actor_genders)
        return self._surnames

    def _fits(self, ref: _Ref) -> bool:
        words = self.article.text[ref.start : ref.end]
        if pronoun_inside(words, self.words.pronouns):
            return False  # "So I", "Do I", "He’ll": words around a pronoun, not a name
        if self._pronoun in PRONOUN_GENDER and names_group(ref.name):
            return False  # "Tea Party Republicans": many people, not "he"
        if ref.kind in ("organisation", "place"):
            gender = gender_of_given_name_inside(ref.name) or self.actor_genders.get(ref.actor, "")
        else:
            gender = self.gender(ref)
        return fits_pronoun(self._pronoun, gender)

    def _compatible(self, subject: Span, kind: str, kinds: frozenset[str]) -> _Ref | None:
        ref = self.index.actor_at(subject.start, subject.end)
        group = self._group_for_they(ref) if ref is not None else None
        if group is not None:  # "Sanders supporters ... They": the supporters
            return group
        if ref is not None and _role_after(self.article.text[ref.end : subject.end]):
            # "The Cruz campaign": the campaign, not Ted Cruz; "it"/"they" may stand for it
            whole = kind == "description" and kinds - {"person"}
            return _Ref(subject.start, subject.end, "", "", subject.text) if whole else None
        if ref is not None and ref.kind in ("organisation", "place") and "person" in kinds:
            if self._person_like(ref):  # "Republican Christine Todd Whitman ... told": a person
                return ref if self._fits(ref) else None
        if ref is not None:
            return self._bearer(ref) if ref.kind in kinds and self._fits(ref) else None
        if kind == "name" and (not self.index or "person" in kinds):
            if self.common_opening(subject):
                return None  # "Cost estimates, he added, ...": a capital that starts the sentence
            if self.index and not_a_name(subject.text, self.words.not_names):
                return None  # "Monday ... described", "Since": no one a pronoun can stand for
            ref = _Ref(subject.start, subject.end, "", "", subject.text)
            return ref if self._fits(ref) else None
        if kind == "description" and kinds - {"person"}:
            if " " not in subject.text and not (lexicon_tag(subject.text) or "").startswith("NN"):
                return None  # "unfair", "specific": a word, not a body that speaks
            if self._pronoun == "they" and singular_body(subject.text) and not self.article.text.startswith(
                " of ", subject.end
            ):  # ("a member of the family suggested they ...": a part of a group is kept)
                return None  # "The presumed adjustment", "bond": one thing, not "they"
            return _Ref(subject.start, subject.end, "", "", subject.text)
        return None

    def _group_for_they(self, ref: _Ref) -> _Ref | None:
        """For "they", the group that a person's name qualifies ("Sanders supporters", "Clinton
        aides", "the Cruz campaign"), else None."""
        if self._pronoun != "they" or ref.kind != "person":
            return None
        end = group_after_name(self.article.text, ref.end)
        if end is None:
            return None
        return _Ref(ref.start, end, "", "group", self.article.text[ref.start : end])

    def _person_like(self, ref: _Ref) -> bool:
        """True for a name the actors layer filed as an organisation or a place that reads as
        a person's: a first name and a last name ("Republican Christine Todd Whitman"), or an
        age after it ("Franson Reneus, 18, from ...")."""
        if gender_of_given_name_inside(ref.name) or self.actor_genders.get(ref.actor):
            return True
        words = ref.name.split()
        return (
            len(words) > 1
            and all(w[:1].isupper() for w in words)
            and not is_common_word(words[-1])
            and AGE.match(self.article.text, ref.end) is not None
        )

    def _surname_speaker(self, clause: Clause, kinds: frozenset[str]) -> _Ref | None:
        """``Brafman said, "..." He added``: a speaker named by one word that the actors layer
        filed as an organisation, but who speaks like a person, can be "he" or "she" (all-capital
        names such as "NATO" cannot)."""
        if "person" not in kinds or clause.kind != "name":
            return None
        ref = self.index.actor_at(clause.subject.start, clause.subject.end)
        if ref is None or ref.kind != "organisation" or " " in ref.name or ref.name.isupper():
            return None
        return ref

    def common_opening(self, subject: Span) -> bool:
        """True for one ordinary word that is capitalised only because it opens its sentence or
        a line after a dash ("Similar firearms", "Cost estimates", "Across town", "– Country less
        safe –"), or for words that open the sentence with a verb that bids ("Take action")."""
        if " " in subject.text:
            first = subject.text.split()[0]
            if lexicon_tag(first) != "VB" or gender_of_person(f"{first} X"):
                return False  # ("Take action": a verb that bids; not "Chuck Grassley")
        elif not (
            is_common_word(subject.text)
            or (lexicon_tag(subject.text) or "").startswith("RB")
            or (lexicon_tag(subject.text) == "VB" and not gender_of_person(f"{subject.text} X"))
        ):
            return False  # ("Just ask him": an adverb; "Take action now": a verb that bids)
        before = self.article.text[max(0, subject.start - 3) : subject.start]
        at = bisect.bisect_right(self._sentence_starts, subject.start) - 1
        # "– Country less safe –", "— Continue fracking": a dash that opens a heading or a list
        # item is no word before the subject
        opening = at >= 0 and not self.article.text[self._sentence_starts[at] : subject.start].strip(
            " \"'\u201c\u2018\n-\u2013\u2014"
        )
        return opening or before.endswith("\n")

    def _candidates(self, sid: int, kinds: frozenset[str]) -> list[_Ref]:
        sentence = self.article.sentences[sid]
        if self.index:
            return [
                r for r in self.index.mentions_in(sentence.start, sentence.end)
                if r.kind in kinds
                or (r.kind in ("organisation", "place") and "person" in kinds and self._person_like(r))
            ]
        # without actors, a capital that only opens a sentence or a heading is no name
        # ("Take action now.", "\u2013 Country less safe \u2013")
        return [
            _Ref(n.start, n.end, "", "", n.text) for n in self._text_names(sid) if not self.common_opening(n)
        ]

    def _text_names(self, sid: int) -> list[Span]:
        if sid not in self._names:
            sentence = self.article.sentences[sid]
            self._names[sid] = names_in(self.article.text, sentence.start, sentence.end, self.words)
        return self._names[sid]


def _after_preposition(text: str, start: int, name_start: int) -> bool:
    """True when the name at ``name_start`` is the object of a preposition (the "holding"
    list of ``speaker_words.txt``) inside the description that opens at ``start`` ("Officials
    in Paris", "Republicans on Capitol Hill"): the description, not the name's actor, speaks.

    Example:
        >>> _after_preposition("Officials in Paris said", 0, 13), _after_preposition("Paris said", 0, 0)
        (True, False)
    """
    if name_start <= start:
        return False
    words = text[start:name_start].lower().split()
    while words and words[-1] in ("the", "both"):
        words.pop()
    return len(words) > 0 and words[-1] in speaker_words().holding


def _role_after(rest: str) -> bool:
    """True when the words after a name end in a word in lower case ("Cruz campaign",
    "Clinton's lawyers"): the phrase names someone else than the named one."""
    words = rest.split()
    return bool(words) and words[-1][:1].islower()


def _possessive(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is followed by "'s" ("Carson's mangling"), but not
    when the "'s" is "has" or "is" ("Christie's been making the case", "Rubio's not ready")."""
    return text[end : end + 2] in ("'s", "\u2019s") and not contracted_verb(text, end + 2)


def names_in(text: str, start: int, end: int, lexicons: Lexicons | None = None) -> list[Span]:
    """Runs of capitalised words in ``text[start:end]`` that look like names.

    Leading function words ("The", "In", "But"), days and months are left out, and so is a
    first word that is capitalised only because it starts the text ("Asked whether ...", "Critics
    say ..."); a possessive "'s" is cut off.

    Example:
        >>> text = "In March, Okafor met Dr. Helen Cho of the Bank of Ghana."
        >>> [n.text for n in names_in(text, 0, len(text))]
        ['Okafor', 'Dr. Helen Cho', 'Bank of Ghana']
        >>> [n.text for n in names_in("Asked why, Okafor left.", 0, 23)]
        ['Okafor']
    """
    words = lexicons or default_lexicons()
    tokens = tokenize(text, start, end)
    names: list[Span] = []
    index = 0
    while index < len(tokens):
        if not (tokens[index].is_word and tokens[index].is_capitalised):
            index += 1
            continue
        last = index
        while last + 1 < len(tokens):
            following = tokens[last + 1]
            if following.is_word and following.is_capitalised and not tokens[last].norm.endswith("'s"):
                last += 1
            elif (
                following.norm in words.connectors
                and following.is_lower
                and last + 2 < len(tokens)
                and tokens[last + 2].is_capitalised
            ):
                last += 2
            elif following.text == "." and tokens[last].text in words.titles:
                last += 1
            else:
                break
        first = index
        while first <= last and (
            tokens[first].norm in words.function_words
            or tokens[first].norm in words.determiners
            or tokens[first].text in words.not_names
            or tokens[first].norm in words.pronouns
            or tokens[first].norm in words.first_person
        ):
            first += 1
        sentence_word = index == 0 and first == last and tokens[first].norm in words.common_words
        if first <= last and tokens[last].text not in words.not_names and not sentence_word:
            name_end = tokens[last].end - (2 if tokens[last].norm.endswith("'s") else 0)
            names.append(Span.of(text, tokens[first].start, name_end))
        index = last + 1
    return names

