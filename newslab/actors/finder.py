"""The actors layer's pass over one article: catalog matches, discovery, titles, places.

The body sentences are read in order, then the headline (so a surname in the headline links
to a full name in the story). Each sentence goes through these steps:

1. catalog hits, longest first (:mod:`newslab.actors.matching`);
2. a catalog hit that is only part of a longer unknown name is let go: "Kim" in
   "Kim Yo Jong", "Washington" in "Denzel Washington", "China" in "Bank of China";
3. a bare catalog surname ("Kim") goes to the person whose full name this article has
   used most recently with that surname, if that is someone else;
4. discovery of unknown names (:mod:`newslab.actors.discovery`); one word that is the
   first or last word of an earlier full name is that person ("Moon" after "Moon Jae-in");
   a name in the places list (:mod:`newslab.actors.places`) is that country or place, and a
   listed capital that acts is its country ("pressed Lisbon" -> Portugal);
5. a title before a person's name is recorded in the mention's rule
   (:func:`newslab.actors.context.title_start`);
6. left to right, each capital is resolved to the place or its government, and each
   discovered name gets its kind guess.

In a headline-style sentence where nearly every word is capitalised, only catalog matching
and the places list run: capitals there say nothing about names. In a sentence written in
capitals only ("RUGBY UNION - ENGLAND BEAT NEW ZEALAND"), catalog names and places are found in
any case first, ordinary English words are set aside, and discovery reads what is left.

Example:
    >>> from newslab.actors.catalog import load_catalog
    >>> from newslab.actors.cues import load_cues
    >>> from newslab.text.article import Article
    >>> article = Article.from_text("Kim Yo Jong met Mr Moon. Kim said Seoul agreed.")
    >>> actors = ActorFinder(article, load_catalog(), load_cues()).find()
    >>> [(a.name, [m.text for m in a.mentions]) for a in actors]
    [('Kim Yo Jong', ['Kim Yo Jong', 'Kim']), ('Moon', ['Moon']), ('South Korea', ['Seoul'])]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from newslab.actors.catalog import Catalog
from newslab.actors.context import (
    is_dateline,
    is_locative,
    is_shouted,
    is_title_case,
    reporting_verb_next_to,
    sentence_initial,
    title_cover,
    title_start,
)
from newslab.actors.cues import Cues, is_closed_class_word, is_common_word
from newslab.actors.discovery import (
    RunContext,
    capitalised_runs,
    guess_kind,
    is_score_line,
    split_run,
)
from newslab.actors.given_names import is_given_name
from newslab.actors.matching import Hit, catalog_index, state_noun_after
from newslab.actors.mentions import Actor, Mention
from newslab.actors.name_tokens import Token, name_case, tokenize
from newslab.actors.places import Place, country_of_demonym, place_named
from newslab.resources import data_path, read_lines
from newslab.text.article import Article

_ABSORBABLE_KINDS = ("country", "organisation", "media")
_NEW = "new:"
_PLACE_STRENGTH = {"country": 4.0, "place": 1.5}
"""How strongly a listed place's kind beats other guesses: a country beats every cue; a
city or state beats a lone acronym or a plain multi-word name, but not a title ("Mr
Lincoln"), a reporting verb next to it ("Jackson said") or a word such as "Club"."""


@dataclass
class _Discovered:
    """A name found in this article but not in the catalog, and its kind: the strongest
    guess over its mentions (the earliest among equally strong ones)."""

    name: str
    words: int
    kind: str = "organisation"
    strength: float = -1
    listed: bool = False
    spoke: bool = False  # a reporting verb stands next to one of its mentions ("Brooke said")

    def guess(self, kind: str, strength: float) -> None:
        """Take a mention's guess if it is stronger than the ones before."""
        if strength > self.strength:
            self.kind, self.strength = kind, strength



@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The English function words that may stay lower case in a title-case headline."""
    return frozenset(read_lines(data_path("english_function_words.txt")))

class ActorFinder:
    """Finds the actors of one article (use :func:`newslab.actors.find_actors`)."""

    def __init__(self, article: Article, catalog: Catalog, cues: Cues) -> None:
        self.article = article
        self.index = catalog_index(catalog, cues)
        self.cues = cues
        self.function_words = _function_words()
        self.mentions: dict[str, list[Mention]] = {}
        self.discovered: dict[str, _Discovered] = {}
        self.surnames: dict[str, tuple[int, int, str]] = {}
        self.counter = 0
        self.seen_capitalised: frozenset[str] = frozenset()
        self._kinds: tuple[list[Token] | None, dict[tuple[int, int, bool, bool], tuple[str, float, str]]] = (
            None,
            {},
        )  # the sentence's tokens, and the kinds guessed for its names

    def find(self) -> tuple[Actor, ...]:
        """Read the body sentences, then the headline, and build the actors."""
        text = self.article.text
        regions = []
        for s in self.article.sentences:
            tokens = tokenize(text, s.start, s.end)
            regions.append((s.id, tokens, sentence_initial(tokens)))
        self.seen_capitalised = frozenset(
            word
            for _, tokens, initial in regions
            for word in self._standalone_capitalised(tokens, initial)
        )
        title = self.article.title
        if title is not None:
            tokens = tokenize(text, title.start, title.end)
            regions.append((-1, tokens, sentence_initial(tokens)))
        for sentence, tokens, initial in regions:
            if tokens:
                self._sentence(sentence, tokens, initial)
        return self._actors()

    def _standalone_capitalised(self, tokens: list[Token], initial: set[int]) -> set[str]:
        """Capitalised words in the middle of the sentence, not inside a longer name
        (``initial``: the sentence's initial words, :func:`sentence_initial`)."""
        vocabulary = self.cues.title_vocabulary
        capital = [token.is_word and token.is_capitalised for token in tokens] + [False]
        # capital[-1] (before the first token) and capital[len(tokens)] are False
        return {
            token.text
            for index, token in enumerate(tokens)
            if capital[index] and index not in initial and not capital[index + 1]
            and (not capital[index - 1] or tokens[index - 1].lower in vocabulary)
        }

    # --- one sentence -------------------------------------------------------------------

    def _sentence(self, sentence: int, tokens: list[Token], initial: set[int]) -> None:
        titles = title_cover(tokens, self.cues)
        shouted = is_shouted(tokens)
        hits = self.index.hits(tokens)
        if shouted:
            hits = self.index.hits_in_capitals(tokens, hits)
        if shouted or not is_title_case(tokens, self.function_words):
            covered = {i for h in hits for i in range(h.first, h.last)}
            if not shouted:  # in capitals, a capital next to a catalog name proves nothing
                hits = [
                    h for h in hits
                    if not self._part_of_longer_name(tokens, h, initial, titles | covered)
                ]
            hits = [self._relinked(tokens, h) for h in hits]
            hits += self._discover(tokens, hits, initial, titles, shouted=shouted)
        else:
            hits += self._places_only(tokens, hits)
        hits.sort(key=lambda h: h.first)
        hits = self._with_titles(tokens, hits)
        self._emit(sentence, tokens, hits)

    def _part_of_longer_name(
        self, tokens: list[Token], hit: Hit, initial: set[int], taken: set[int]
    ) -> bool:
        if hit.via not in ("name", "alias", "capital", "blocker"):
            return False
        left, right = hit.first - 1, hit.last
        if hit.via != "blocker" and tokens[hit.first].space_before:
            if self._name_like(tokens, left, initial, taken):
                return True
        if right < len(tokens) and tokens[right].space_before:
            if hit.via == "blocker" and is_given_name(tokens[right].text):
                return False  # a demonym before a person: "South African Amanda Coetzer"
            if self._name_like(tokens, right, initial, taken):
                return True
        of = left - 1 if left >= 0 and tokens[left].lower == "the" else left
        if of >= 1 and tokens[of].lower == "of":
            head = tokens[of - 1]
            heads = self.cues.words["org-head"] | self.cues.words["place-head"]
            return head.is_capitalised and head.lower in heads
        return False

    def _name_like(self, tokens: list[Token], index: int, initial: set[int], taken: set[int]) -> bool:
        """True when ``tokens[index]`` could be part of a name: a capitalised word outside
        titles and catalog hits (``taken``), not a function, stop-listed or title word."""
        if not 0 <= index < len(tokens) or index in taken:
            return False
        token = tokens[index]
        if not (token.is_word and token.is_capitalised):
            return False
        lower = token.lower
        words = self.cues.words
        if lower in self.function_words and index not in initial and self._name_like(
            tokens, index + 1, initial, taken
        ) and tokens[index + 1].space_before:
            return True  # "Do" in "Kim Do Hoon": a capitalised word inside a longer name
        if lower in self.function_words or lower in self.cues.stop:
            return False
        if lower in words["modifier"] or lower in words["portfolio"] or lower in words["event-head"]:
            return False
        if index in initial and (is_common_word(token.text) or is_closed_class_word(token.text)):
            return False
        return True

    def _relinked(self, tokens: list[Token], hit: Hit) -> Hit:
        if hit.via != "alias" or hit.last - hit.first != 1 or not self.index.is_person(hit.actor):
            return hit
        known = self.surnames.get(tokens[hit.first].norm)
        if known is None or known[2] == hit.actor:
            return hit
        return replace(hit, actor=known[2], via="surname", rule=self._surname_rule(known[2]))

    def _discover(
        self, tokens: list[Token], hits: list[Hit], initial: set[int], titles: set[int],
        *, shouted: bool = False,
    ) -> list[Hit]:
        covered = [False] * len(tokens)
        for hit in hits:
            covered[hit.first : hit.last] = [True] * (hit.last - hit.first)
        found = []
        if shouted:
            # in capitals only, a capital proves nothing: after the listed places ("NEW
            # YORK"), ordinary words are no names ("PRESS DIGEST", "STANDINGS", "V")
            found = self._places_only(tokens, hits)
            for hit in found:
                covered[hit.first : hit.last] = [True] * (hit.last - hit.first)
            for index, token in enumerate(tokens):
                if token.is_word and (
                    is_common_word(token.text) or is_closed_class_word(token.text)
                    or token.text in ("V", "VS")
                ):
                    covered[index] = True
        context = RunContext(
            self.cues, self.function_words, initial, titles, self.seen_capitalised, self.surnames
        )
        for run in capitalised_runs(tokens, covered, self.cues):
            demonym = self._listed_demonym(tokens, run)
            if demonym is not None:
                found.append(demonym)
                continue
            for first, last in split_run(tokens, run, context):
                name = _name_text(tokens, first, last)
                known = self._surname_of(name)
                if known is not None:
                    found.append(Hit(first, last, known[2], "surname", self._surname_rule(known[2])))
                    continue
                place = place_named(name)
                if place is not None:
                    found.append(self._place_hit(first, last, place))
                else:
                    found.append(Hit(first, last, _NEW + _normalised(name), "discovered", ""))
        return found

    def _listed_demonym(self, tokens: list[Token], run: tuple[int, int]) -> Hit | None:
        """A demonym of a listed country before a state noun ("Irish officials" ->
        Ireland), as the catalog's demonyms are read; else ``None``."""
        first, last = run
        if last - first != 1:
            return None
        country = country_of_demonym(tokens[first].norm)
        noun = state_noun_after(tokens, last, self.cues) if country else None
        if country is None or noun is None:
            return None
        known = self.index.actor_called(country)
        actor = known if known is not None else _NEW + country
        if known is None:
            record = self.discovered.setdefault(actor, _Discovered(country, len(country.split())))
            record.listed = True
            record.guess("country", _PLACE_STRENGTH["country"])
        return Hit(first, last, actor, "demonym", f"demonym + state noun ({noun})")

    def _place_hit(self, first: int, last: int, place: Place) -> Hit:
        """A hit for a listed place: the catalog's actor when the catalog knows the name
        ("SEOUL" in a dateline is the catalog's Seoul), else a discovered place."""
        known = self.index.actor_called(place.name)
        if known is not None:
            entry = self.index.catalog[known]
            if entry.kind == "place" and entry.stands_for:
                return Hit(first, last, known, "capital", "")
            return Hit(first, last, known, "name", "catalog name (written in capitals)")
        return Hit(first, last, _NEW + place.name, "place", place.kind)

    def _places_only(self, tokens: list[Token], hits: list[Hit]) -> list[Hit]:
        """In a headline-style sentence, the listed places among the words no catalog hit
        covers ("ROMANIA BEAT LITHUANIA"): the longest first, up to four words."""
        covered = [False] * len(tokens)
        for hit in hits:
            covered[hit.first : hit.last] = [True] * (hit.last - hit.first)
        found = []
        for first, last in capitalised_runs(tokens, covered, self.cues):
            start = first
            while start < last:
                for end in range(min(last, start + 4), start, -1):
                    place = place_named(_name_text(tokens, start, end))
                    if place is not None and tokens[end - 1].is_word:
                        found.append(self._place_hit(start, end, place))
                        start = end
                        break
                else:
                    start += 1
        return found

    def _with_titles(self, tokens: list[Token], hits: list[Hit]) -> list[Hit]:
        """Record the title before each person's name in the mention's rule. The mention
        stays the name; a role description used as a title ("Chinese leader Xi Jinping") is
        no mention of its own, but a country named inside it ("US President") is."""
        absorbable = {
            h.last: (h.first, h.via == "role")
            for h in hits
            if h.via in ("role", "blocker", "demonym") or self._absorbable(h)
        }
        roles_as_titles: set[int] = set()
        titled = []
        for position, hit in enumerate(hits):
            if self._may_have_title(tokens, hit):
                start = title_start(tokens, hit.first, self.cues, absorbable)
                if start < hit.first:
                    before = position - 1
                    while before >= 0 and hits[before].first >= start:
                        if hits[before].via == "role":
                            roles_as_titles.add(hits[before].first)
                        before -= 1
                    hit = replace(hit, title=start)
            titled.append(hit)
        kept = []
        for hit in titled:
            if hit.first in roles_as_titles and hit.via == "role":
                inside = self.index.hits(tokens[hit.first : hit.last], roles=False)
                kept += [replace(h, first=h.first + hit.first, last=h.last + hit.first) for h in inside]
            else:
                kept.append(hit)
        return sorted(kept, key=lambda h: h.first)

    def _title_rule(self, tokens: list[Token], hit: Hit, rule: str) -> str:
        if hit.title is None:
            return rule
        title = self.article.text[tokens[hit.title].start : tokens[hit.first - 1].end]
        kind = "honorific" if title.rstrip(".").lower() in self.cues.words["honorific"] else "title"
        return f"{rule}, after the {kind} '{title}'"

    def _absorbable(self, hit: Hit) -> bool:
        entry = self.index.entry(hit.actor)
        return hit.via in ("name", "alias") and entry is not None and entry.kind in _ABSORBABLE_KINDS

    def _may_have_title(self, tokens: list[Token], hit: Hit) -> bool:
        if hit.via == "surname":
            return True
        if hit.via == "place":
            return place_named(_name_text(tokens, hit.first, hit.last)).kind == "place"  # type: ignore[union-attr]
        if hit.via == "discovered":
            kind, strength, _ = self._kind(tokens, hit.first, hit.last, False, False)
            return not (strength == 3 and kind != "person")
        return hit.via in ("name", "alias") and self.index.is_person(hit.actor)

    # --- recording ----------------------------------------------------------------------

    def _emit(self, sentence: int, tokens: list[Token], hits: list[Hit]) -> None:
        previous_locative_end: int | None = None
        for hit in hits:
            if hit.via == "blocker":
                continue
            locative = is_locative(
                tokens, hit.first, self.cues, previous_locative_end=previous_locative_end
            )
            actor, rule = hit.actor, hit.rule
            if hit.via == "capital":
                actor, rule = self._capital(tokens, hit, locative)
            elif hit.via == "discovered":
                rule = self._discovered_rule(tokens, hit, locative)
            elif hit.via == "place":
                actor, rule = self._place_rule(tokens, hit, locative)
            rule = self._title_rule(tokens, hit, rule)
            if locative:
                previous_locative_end = hit.last
            start, end = tokens[hit.first].start, tokens[hit.last - 1].end
            mention = Mention(start, end, self.article.text[start:end], actor, sentence, rule)
            self.mentions.setdefault(actor, []).append(mention)
            self._register(tokens, actor, hit.first, hit.last)

    def _capital(self, tokens: list[Token], hit: Hit, locative: bool) -> tuple[str, str]:
        """The actor and rule of a capital: the place itself, or the country it stands for."""
        place = self.index.catalog[hit.actor]
        if is_dateline(tokens, hit.first, hit.last):
            return hit.actor, "capital as a place (a dateline)"
        if locative:
            before = tokens[hit.first - 1].text
            cue = f" (after '{before}')" if before.isalpha() else ""
            return hit.actor, f"capital as a place{cue}"
        country = self.index.catalog[place.stands_for]
        return place.stands_for, f"capital for its government ({place.name} -> {country.name})"

    def _kind(
        self, tokens: list[Token], first: int, last: int, titled: bool, locative: bool
    ) -> tuple[str, float, str]:
        """:func:`guess_kind` of a name, asked once per sentence for the same question (a
        discovered name is asked before and after its title is known; mostly the same)."""
        key = (first, last, titled, locative)
        if self._kinds[0] is not tokens:
            self._kinds = (tokens, {})
        known = self._kinds[1].get(key)
        if known is None:
            known = self._kinds[1][key] = guess_kind(
                tokens, first, last, self.cues, titled=titled, locative=locative
            )
        return known

    def _discovered_rule(self, tokens: list[Token], hit: Hit, locative: bool) -> str:
        kind, strength, reason = self._kind(tokens, hit.first, hit.last, hit.title is not None, locative)
        name = _name_text(tokens, hit.first, hit.last)
        record = self.discovered.setdefault(hit.actor, _Discovered(name, len(name.split())))
        record.guess(kind, strength)
        if reporting_verb_next_to(tokens, hit.first, hit.last, self.cues):
            record.spoke = True
        return f"discovered name (kind guess: {kind}, {reason})"

    def _place_rule(self, tokens: list[Token], hit: Hit, locative: bool) -> tuple[str, str]:
        """The actor and rule of a listed place, and its kind recorded. A city after a
        title is a person's name ("Mr Lincoln") and is guessed as any discovered name; a
        capital that acts stands for its country ("pressed Lisbon" -> Portugal)."""
        place = place_named(_name_text(tokens, hit.first, hit.last))
        assert place is not None
        if (place.capital and not locative and hit.title is None
                and not is_dateline(tokens, hit.first, hit.last)
                and not is_score_line(tokens, hit.first, hit.last)):
            known = self.index.actor_called(place.country)
            actor = known if known is not None else _NEW + place.country
            if known is None:
                country = self.discovered.setdefault(
                    actor, _Discovered(place.country, len(place.country.split()))
                )
                country.listed = True
                country.guess("country", _PLACE_STRENGTH["country"])
            return actor, f"capital for its government ({place.name} -> {place.country})"
        record = self.discovered.setdefault(hit.actor, _Discovered(place.name, len(place.name.split())))
        record.listed = True
        if hit.title is not None and place.kind == "place":
            return hit.actor, self._discovered_rule(tokens, hit, locative)
        if place.kind == "place" and is_score_line(tokens, hit.first, hit.last):
            record.guess("organisation", 2.5)
            return hit.actor, f"listed place next to a score or 'v': a team ({place.name})"
        record.guess(place.kind, _PLACE_STRENGTH[place.kind])
        where = "" if place.kind == "country" else f", in {place.country}"
        what = "a country" if place.kind == "country" else "a place"
        return hit.actor, f"listed place ({what}{where}; GeoNames)"

    def _register(self, tokens: list[Token], actor: str, first: int, last: int) -> None:
        name = _name_text(tokens, first, last)
        words = name.split()
        is_person = self.index.is_person(actor) or (
            actor in self.discovered and self.discovered[actor].kind == "person"
        )
        if len(words) < 2 or not is_person:
            return
        self.counter += 1
        for priority, word in ((1, words[0]), (2, words[-1])):
            if word[:1].isupper():
                current = self.surnames.get(word)
                if current is None or (priority, self.counter) >= current[:2]:
                    self.surnames[word] = (priority, self.counter, actor)

    def _surname_of(self, name: str) -> tuple[int, int, str] | None:
        """The person last named in full with this one-word name as first name or surname;
        a word in capitals ("WALLACE", a transcript's speaker label) matches it in any case."""
        if " " in name:
            return None
        known = self.surnames.get(name)
        if known is None and len(name) > 1 and name.isupper():
            folded = name.casefold()
            known = next((v for k, v in self.surnames.items() if k.casefold() == folded), None)
        return known

    def _surname_rule(self, actor: str) -> str:
        entry = self.index.entry(actor)
        full = entry.name if entry else self.discovered[actor].name
        return f"surname after full name ({full})"

    # --- the actors ---------------------------------------------------------------------

    def _actors(self) -> tuple[Actor, ...]:
        self._merge_short_names()
        taken = set(self.index.catalog)
        actors = []
        for key, mentions in self.mentions.items():
            mentions = sorted(mentions, key=lambda m: m.start)
            if key.startswith(_NEW):
                record = self.discovered[key]
                actor_id = _unique(_slug(record.name), taken)
                mentions = [  # replace(m, actor=actor_id), without replace's field lookups
                    Mention(m.start, m.end, m.text, actor_id, m.sentence, m.rule) for m in mentions
                ]
                name = record.name
                if record.kind == "person" and name.isupper():
                    name = name_case(name)  # "OKONKWO", named only in capitals
                actors.append(Actor(actor_id, name, record.kind, tuple(mentions), True))
            else:
                entry = self.index.catalog[key]
                actors.append(
                    Actor(key, entry.name, entry.kind, tuple(mentions), False, entry.aliases)
                )
        return tuple(sorted(actors, key=lambda a: a.mentions[0].start))

    def _merge_short_names(self) -> None:
        """Join a discovered one-word name to the one longer name it abbreviates.

        The one word is the last or first word of exactly one multi-word actor in this
        article ("Doe said" before "Jane Doe"; "Portside" after "Portside United"), or its
        letters are that actor's initials ("NVAB" for "National Vaccine Advisory Board").
        A word found standing as a place ("to Kiel") only joins a place.
        """
        longer = _LongerNames()
        for key in self.mentions:
            entry = self.index.entry(key)
            if entry is not None and entry.kind == "person":
                longer.add(key, entry.name, "person")
            elif key in self.discovered and self.discovered[key].words > 1:
                longer.add(key, self.discovered[key].name, self.discovered[key].kind)
        for key in list(self.mentions):
            record = self.discovered.get(key)
            if record is None or record.words != 1 or record.listed:
                continue
            found = longer.abbreviated(record.name, record.kind)
            if found is not None:
                owner, how = found
                full = self.discovered.get(owner)
                if record.spoke and full is not None and full.kind == "organisation" \
                        and full.strength < 1 and how.startswith("short name"):
                    # "Zinzan Brooke ... Brooke said": the surname speaks, so a person
                    full.kind, full.strength = "person", 2
                    how = how.replace("short name of", "surname after full name")
                self.mentions[owner].extend(
                    Mention(m.start, m.end, m.text, owner, m.sentence, _keep_title(m.rule, how))
                    for m in self.mentions.pop(key)
                )


class _LongerNames:
    """Multi-word actor names, indexed by last word, first word and initials."""

    def __init__(self) -> None:
        self.names: dict[str, tuple[str, str]] = {}
        self.by_word: dict[tuple[int, str], list[str]] = {}

    def add(self, key: str, name: str, kind: str) -> None:
        words = name.split()
        self.names[key] = (name, kind)
        for position in (-1, 0):
            self.by_word.setdefault((position, words[position]), []).append(key)
        self.by_word.setdefault((1, _initials(words)), []).append(key)

    def abbreviated(self, word: str, kind: str) -> tuple[str, str] | None:
        """The one actor that ``word`` abbreviates, and the rule saying how; else ``None``."""
        for position in (-1, 0, 1):
            if position == 1 and not (word.isupper() and len(word) > 1):
                continue
            owners = [
                key for key in self.by_word.get((position, word), [])
                if kind != "place" or self.names[key][1] == "place"
            ]
            if len(owners) == 1:
                name, owner_kind = self.names[owners[0]]
                if position == 1:
                    how = "acronym of"
                elif owner_kind == "person":
                    how = "surname after full name"
                else:
                    how = "short name of"
                return owners[0], f"{how} ({name})"
        return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _keep_title(old_rule: str, new_rule: str) -> str:
    _, after, title = old_rule.partition(", after the ")
    return f"{new_rule}, after the {title}" if after else new_rule


def _name_text(tokens: list[Token], first: int, last: int) -> str:
    return "".join(
        (" " if t.space_before and i else "") + t.norm for i, t in enumerate(tokens[first:last])
    )


def _normalised(name: str) -> str:
    return " ".join(name.split())


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate
