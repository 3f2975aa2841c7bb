"""Measure whether the stance evidence words are reasons a student can accept.

The stance layer shows, for each scored mention, up to three words that "pushed the model
toward its label". A reader accepts evaluative words ("disastrous", "praised"), framing verbs
("accused") and negations ("not") as reasons; a function word ("has", "in"), a name ("Xi",
"President"), a month or date ("May", "Tuesday"), a number ("second", "2018") or a
punctuation mark is not one. This script counts how many of the shown words fall in those
groups, over

* every target of the NewsMTSC dev files (``dev_rw.jsonl``, ``dev_mt.jsonl``): the words the
  layer would show, i.e. the model's evidence with a weight > 0, at most
  ``newslab.stance.layer.MAX_PHRASES`` of them;
* the bundled article: the phrases of ``newslab.analyze(newslab.load()).stance``.

The groups are decided here, independently of the word lists newslab uses to pick the words:

* function word: a closed-class English word (pronoun, determiner, preposition, conjunction,
  auxiliary or modal verb, or a small adverb such as "also", "just", "there"), from the list
  below plus ``newslab/data/english_function_words.txt``; negations are not counted;
* name: a capitalised word that is not the first of its sentence, a first word whose lower-case
  form never occurs in lower case in the sentences measured, or (article) a word inside an
  actor's mention;
* month/date: month and weekday names, "today", "yesterday", "week", ...;
* number: digits (years too) and number words, cardinal and ordinal ("two", "second");
* punctuation: anything without a letter.

Only the NewsMTSC dev files are read (never the test files).

Usage:
    python scripts/evaluate_stance_reasons.py PATH/TO/newsmtsc [--examples 15]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from newslab.resources import data_path, read_lines  # noqa: E402

DEV_FILES = ("dev_rw.jsonl", "dev_mt.jsonl")

CLOSED_CLASS = frozenset(
    """
    a an the this that these those some any each every either both all another such what which
    whose whatever whichever i me my mine myself you your yours yourself yourselves he him his
    himself she her hers herself it its itself we us our ours ourselves they them their theirs
    themselves one ones someone somebody something anyone anybody anything everyone everybody
    everything who whom whoever
    about above across after against along amid among around as at before behind below beneath
    beside besides between beyond by despite down during except for from in inside into like
    near of off on onto out outside over past per since than through throughout till to toward
    towards under underneath unlike until up upon via with within
    and or but nor so yet if because although though while whereas unless whether once
    be am is are was were been being have has had having do does did doing done will would
    shall should can could may might must ought 's 're 've 'd 'll 'm
    also just only even still already yet again too very quite rather there here then now thus
    hence however therefore ago away back else ever perhaps maybe almost soon later much many
    more most less least few several own same other how when where why whenever wherever
    said says say saying told tell tells
    """.split()
)
"""Closed-class words (and the plain verbs of saying, which carry no stance by themselves)."""

NEGATIONS = frozenset(
    """
    not no never none nothing nobody nowhere neither nor without cannot n't can't don't doesn't
    didn't isn't aren't wasn't weren't won't wouldn't shouldn't couldn't hasn't haven't hadn't
    """.split()
)
"""Negations are reasons a reader accepts ("did not support"): never counted as function words."""

MONTHS_AND_DATES = frozenset(
    """
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday today yesterday tomorrow tonight week weeks weekend month months year years
    decade decades century day days morning afternoon evening night
    """.split()
)

NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions trillion
    first second third fourth fifth sixth seventh eighth ninth tenth dozen dozens half twice
    once
    """.split()
)

_WORD_RE = re.compile(r"[^\W\d_]", re.UNICODE)
_VERB_MONTHS = frozenset({"may", "march"})  # "may" and "march" in lower case are verbs


@dataclass
class Tally:
    """Shown words by group, with examples of the words that are not reasons."""

    shown: int = 0
    groups: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    mentions: int = 0
    mentions_with_words: int = 0
    opinionated: int = 0
    opinionated_without_words: int = 0
    reason_shares: list[float] = field(default_factory=list)

    def share(self) -> float:
        """Per cent of the shown words that are not reasons."""
        return 100.0 * sum(self.groups.values()) / self.shown if self.shown else 0.0


def function_words() -> frozenset[str]:
    """The closed-class list above plus newslab's own list of English function words."""
    own = {w for w in read_lines(data_path("english_function_words.txt"))}
    return (CLOSED_CLASS | own) - NEGATIONS


def lowercase_vocabulary(sentences: list[str]) -> set[str]:
    """Words that occur in lower case somewhere in ``sentences``."""
    return {w for s in sentences for w in re.findall(r"\b[a-z][a-z'’-]*\b", s)}


def group_of(word: str, first_in_sentence: bool, in_mention: bool, lowercase: set[str],
             functions: frozenset[str]) -> str | None:
    """The group of a shown word that is no reason, or None when it may be one.

    Example:
        >>> fw = function_words()
        >>> [group_of(w, False, False, set(), fw) for w in ("has", "Xi", "May", "second", '"')]
        ['function word', 'name', 'month/date', 'number', 'punctuation']
        >>> [group_of(w, False, False, set(), fw) for w in ("may", "2018", "slammed", "not")]
        ['function word', 'number', None, None]
    """
    norm = word.lower().replace("’", "'")
    if not _WORD_RE.search(word):
        return "number" if any(c.isdigit() for c in word) else "punctuation"
    if norm in MONTHS_AND_DATES and (word[:1].isupper() or norm not in _VERB_MONTHS):
        return "month/date"
    if norm in NUMBER_WORDS or re.match(r"^\d+(st|nd|rd|th)?$", norm):
        return "number"
    if word[:1].isupper() and (not first_in_sentence or norm not in lowercase):
        return "name"
    if in_mention:
        return "name"
    if norm in functions:
        return "function word"
    return None


def _first_word_start(sentence: str) -> int:
    match = re.search(r"\w", sentence)
    return match.start() if match else 0


def count(tally: Tally, sentence: str, shown: list[tuple[int, int, str]],
          mentions: list[tuple[int, int]], lowercase: set[str], functions: frozenset[str],
          label: str, where: str) -> None:
    """Add the words shown for one mention (offsets into ``sentence``) to ``tally``."""
    tally.mentions += 1
    tally.mentions_with_words += bool(shown)
    if label != "neutral":
        tally.opinionated += 1
        tally.opinionated_without_words += not shown
    first = _first_word_start(sentence)
    for start, end, text in shown:
        tally.shown += 1
        in_mention = any(s < end and start < e for s, e in mentions)
        group = group_of(text, start == first, in_mention, lowercase, functions)
        if group is None:
            tally.words[text.lower()] += 1
            continue
        tally.groups[group] += 1
        if len(tally.examples) < 200:
            tally.examples.append(f"{group:13} {text!r:14} -> {label:8} {where}")


def reason_share(result) -> float:
    """The part of the label's logit margin that reason words carry (1 - other_weight / margin).

    The margin is the label's logit minus the mean of the other two, recovered from the
    probabilities (the logits are their logarithms up to a shared constant).
    """
    logs = {label: math.log(max(p, 1e-12)) for label, p in result.probabilities.items()}
    others = [v for label, v in logs.items() if label != result.label]
    margin = logs[result.label] - sum(others) / len(others)
    return 1.0 - result.other_weight / margin if margin else 0.0


def measure_newsmtsc(data_dir: Path, functions: frozenset[str]) -> dict[str, Tally]:
    """The words the layer would show for every NewsMTSC dev target, split by dev file."""
    from newslab.stance.layer import MAX_PHRASES
    from newslab.stance.model import target_sentiment

    tallies = {}
    for name in DEV_FILES:
        records = [json.loads(line) for line in (data_dir / name).open(encoding="utf-8")]
        sentences = [r["sentence_normalized"] for r in records]
        lowercase = lowercase_vocabulary(sentences)
        tally = Tally()
        for record, sentence in zip(records, sentences, strict=True):
            spans = [(t["from"], t["to"]) for t in record["targets"]]
            for target in record["targets"]:
                result = target_sentiment(sentence, target["from"], target["to"])
                if result.label != "neutral":
                    tally.reason_shares.append(reason_share(result))
                shown = [(e.start, e.end, e.text) for e in result.evidence if e.weight > 0]
                others = [s for s in spans if s != (target["from"], target["to"])]
                where = f"{target['mention']} | {sentence[:70]}"
                count(tally, sentence, shown[:MAX_PHRASES], others, lowercase, functions,
                      result.label, where)
        tallies[name.removesuffix(".jsonl")] = tally
    return tallies


def measure_article(functions: frozenset[str]) -> Tally:
    """The phrases the stance layer shows on the bundled article."""
    import newslab

    analysis = newslab.analyze(newslab.load())
    article = analysis.article
    lowercase = lowercase_vocabulary([s.text for s in article.sentences])
    mentions = [(m.start, m.end) for a in analysis.actors for m in a.mentions]
    tally = Tally()
    for actor in analysis.stance.actors:
        for evidence in actor.evidence:
            sentence = article.sentences[evidence.sentence]
            shown = [(p.start - sentence.start, p.end - sentence.start, p.text)
                     for p in evidence.phrases]
            local = [(s - sentence.start, e - sentence.start) for s, e in mentions]
            where = f"{actor.name} | S{evidence.sentence} {sentence.text[:60]}"
            count(tally, sentence.text, shown, local, lowercase, functions, evidence.label,
                  where)
    return tally


def report(name: str, tally: Tally, examples: int) -> None:
    """Print one set's figures."""
    groups = ", ".join(f"{g} {n}" for g, n in tally.groups.most_common()) or "none"
    print(f"{name:10} mentions {tally.mentions:4d} (with words {tally.mentions_with_words:4d})  "
          f"words shown {tally.shown:4d}  not reasons {sum(tally.groups.values()):4d} "
          f"= {tally.share():4.1f}%  [{groups}]")
    if tally.opinionated:
        print(f"           positive/negative mentions {tally.opinionated}, "
              f"{tally.opinionated_without_words} of them with no reason word shown")
    if tally.reason_shares:
        shares = tally.reason_shares
        print(f"           share of the label's margin carried by reason words: median "
              f"{100 * statistics.median(shares):.0f}% (quartiles "
              f"{100 * float(statistics.quantiles(shares, n=4)[0]):.0f}%-"
              f"{100 * float(statistics.quantiles(shares, n=4)[2]):.0f}%)")
    if examples:
        common = ", ".join(f"{w} {n}" for w, n in tally.words.most_common(examples))
        print(f"           most shown reasons: {common}")
        for line in tally.examples[:examples]:
            print(f"           {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="folder holding dev_rw.jsonl and dev_mt.jsonl")
    parser.add_argument("--examples", type=int, default=10, help="examples printed per set")
    args = parser.parse_args(argv)
    for name in DEV_FILES:
        if not (args.data_dir / name).is_file():
            parser.error(f"{args.data_dir / name} is missing: give the NewsMTSC folder")
    functions = function_words()
    tallies = measure_newsmtsc(args.data_dir, functions)
    tallies["article"] = measure_article(functions)
    total = Tally()
    for name, tally in tallies.items():
        report(name, tally, args.examples)
        total.shown += tally.shown
        total.groups.update(tally.groups)
        total.mentions += tally.mentions
        total.mentions_with_words += tally.mentions_with_words
        total.opinionated += tally.opinionated
        total.opinionated_without_words += tally.opinionated_without_words
    report("all", total, 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
