"""Score newslab's quotes and their speakers against PolNeAR's attribution annotations.

Usage:
    python scripts/evaluate_polnear.py PATH [--split train|dev] [--details N] [--limit N]
        [--articles LIST] [--antecedents FILE ...]

PATH is a PolNeAR snapshot (the folder holding ``data/``, or ``data/`` itself). Only
``data/train`` and ``data/dev`` are read: the test split is held out and this script refuses
it. Nothing of the corpus is copied into the repository; the script only prints figures.

How the gold set is made (PolNeAR marks attributions, not quotes):

- Each article's ``.ann`` file (BRAT standoff) gives attributions: a CONTENT span (one or
  more fragments), usually a SOURCE span and a CUE. When an article has several annotators'
  files, the first in name order is used.
- A *quoted stretch* is the text between two paired double quote marks (curly or straight),
  paired paragraph by paragraph by this script's own simple rule: a curly opening mark opens,
  a curly closing mark closes, a straight mark opens when none is open and closes otherwise;
  a mark left open at the end of a paragraph ends its stretch there. Single quote marks are
  not counted. A stretch is *gold* when at least half of its letters lie inside one
  attribution's CONTENT (that attribution is its attribution); stretches in no attribution
  (titles, scare quotes, nicknames) are not gold.
- A gold stretch is a *direct quote* when its first letter is a capital and it has at least
  four words, or when it holds at least 60% of its attribution's content letters; the others
  are *fragments* (``called it "unethical"``).
- PolNeAR sometimes marks an inverted attribution the wrong way round (``"...," said Hester``
  with SOURCE "said" and CUE "Hester"); when the SOURCE is one lower-case word right before a
  CUE that opens with a capital, the two are swapped back.
- The gold speaker is the attribution's SOURCE text. When that is a pronoun, it also stands
  for the last SOURCE before it in the article that names someone with a capital letter.
  Stretches whose attribution has no SOURCE are left out of the speaker figures.

How newslab is scored:

- newslab runs its real pipeline (``newslab.analyze``) on the article's exact text.
- quotes found, precision: a predicted quote is right when at least one letter of its quoted
  parts lies inside some attribution's CONTENT (any attribution, quote marks or not).
  Recall (direct quotes): a gold direct quote is found when a predicted quote's parts share
  at least one letter with it. F1 is their harmonic mean.
- speaker: each found gold stretch takes the predicted quote that shares most letters with
  it. Right when the predicted speaker's words (the actor's name, the resolved name, or the
  words naming the speaker) and a gold name match: equal last words, one's words all within
  the other's (ignoring "the", "a", "'s" and case), or the predicted mention overlapping the
  SOURCE span. "No speaker" is a predicted quote with neither an actor nor a name.
- error types (speaker errors on found stretches with a SOURCE): ``none``/``wrong`` crossed
  with where the gold SOURCE is (same sentence before/after the quote, previous sentence(s),
  inside the quote's paragraph) and what it is (pronoun, name, description).

``--antecedents FILE`` takes a person's reading of the pronoun SOURCEs instead of the chain
above (a TSV: article, start, end, pronoun, antecedent; "?" leaves that source out). It may
be given several times (two annotators' files); a later file's answer for the same span wins.
With it the report adds *pronoun speakers right (against the person's reading)*: of the found
stretches whose SOURCE is a pronoun the person resolved, the share whose predicted speaker
matches the person's antecedent (the pronoun's own words and the SOURCE span do not count).

It also asks newslab's pronoun resolver alone (``SpeakerResolver``, with the article's
reporting clauses, actors and quotes) whom each of those he/she/it/they SOURCEs stands for,
quoted or not (``pronoun SOURCEs resolved``): a larger set than the quoted stretches.

``--articles LIST`` scores only the articles whose names (file stems, one a line; blank lines
and lines opening with ``#`` skipped) the file LIST gives.

``--details N`` prints N examples of each error type.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
# the newslab of this checkout (not another installed copy), then scoring.py beside this file
for folder in (SCRIPTS.parent, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from scoring import Column, f1_score, figure, format_table, ratio  # noqa: E402

import newslab  # noqa: E402
from newslab.pipeline.analysis import Analysis  # noqa: E402
from newslab.speech.speaker_words import fits_pronoun, gender_of_name  # noqa: E402
from newslab.speech.speakers import SpeakerResolver  # noqa: E402
from newslab.text.article import Article  # noqa: E402
from newslab.text.spans import Span  # noqa: E402

OPENING = "\u201c"
CLOSING = "\u201d"
STRAIGHT = '"'
PRONOUNS = frozenset(
    "he she they it we i you him her them his its their this that who".split()
)
_DROPPED = frozenset({"the", "a", "an", "'s", "\u2019s", "mr", "mrs", "ms", "dr", "sen", "rep"})
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
MIN_DIRECT_WORDS = 4
DIRECT_SHARE = 0.6


@dataclass
class Attribution:
    """One PolNeAR attribution: content fragments, and the source span (or None)."""

    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    source_text: str = ""
    names: list[str] = field(default_factory=list)
    answer: str = ""
    """A person's antecedent for a pronoun SOURCE ("" when none was given)."""


@dataclass
class Stretch:
    """A gold quoted stretch (inside the marks) and its attribution."""

    start: int
    end: int
    attribution: Attribution
    direct: bool


def read_ann(path: Path, text: str) -> list[Attribution]:
    """The attributions of one BRAT ``.ann`` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            head = fields[1].split(" ", 1)
            if len(head) < 2:
                continue
            try:
                pieces = [tuple(int(x) for x in p.split()) for p in head[1].split(";")]
            except ValueError:
                continue
            spans[fields[0]] = (head[0], [(p[0], p[1]) for p in pieces if len(p) == 2])
        elif fields[0].startswith("E"):
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append(roles)
    attributions = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        source_span = None
        if source is not None and source[1]:
            source_span = (source[1][0][0], source[1][-1][1])
            cue = spans.get(roles.get("Cue", ""))
            if cue is not None and cue[1] and _swapped(text, source_span, cue[1]):
                source_span = (cue[1][0][0], cue[1][-1][1])
        attributions.append(
            Attribution(
                content=content[1],
                source=source_span,
                source_text=text[source_span[0] : source_span[1]] if source_span else "",
            )
        )
    _name_pronoun_sources(attributions)
    return attributions


def _swapped(text: str, source: tuple[int, int], cue: list[tuple[int, int]]) -> bool:
    """True for an inverted attribution whose SOURCE and CUE were marked the wrong way round
    (``"...," said Hester``: SOURCE "said", CUE "Hester"): a SOURCE of one lower-case word
    directly before a CUE that opens with a capital ("Robert McAtee, one of ...")."""
    said = text[source[0] : source[1]]
    named = text[cue[0][0] : cue[-1][1]]
    return (
        len(said.split()) == 1 and said.isalpha() and said.islower()
        and not text[source[1] : cue[0][0]].strip()
        and named[:1].isupper()
    )


def _name_pronoun_sources(attributions: list[Attribution]) -> None:
    """Give each source its names; a pronoun source also gets the last fitting name before it.

    A source *names* someone when its head (the words before a comma, "of", "who" or a
    bracket) ends in a capitalised word ("Rep. Lee Zeldin of New York, a Trump supporter,"
    names "Rep. Lee Zeldin"; "The Cruz campaign" names no one). "he" and "she" skip names
    whose first name or title says otherwise; a pronoun takes the name its own antecedent had.
    """
    named = sorted((a for a in attributions if a.source), key=lambda a: a.source[0])
    history: list[str] = []
    for attribution in named:
        words = attribution.source_text.split()
        attribution.names = [attribution.source_text]
        if len(words) == 1 and words[0].casefold() in PRONOUNS:
            pronoun = words[0].casefold()
            for name in reversed(history):
                if pronoun in ("he", "she") and not fits_pronoun(pronoun, gender_of_name(name)):
                    continue
                attribution.names.append(name)
                history.append(name)
                break
            continue
        head = _head(attribution.source_text)
        if head:
            history.append(head)


def _head(source: str) -> str:
    """The name a source's words give, or "" when they name no one."""
    head = re.split(r",|\(| of | who | from | at ", source)[0].strip()
    words = head.split()
    if not words or not words[-1][:1].isupper():
        return ""
    if words[-1].rstrip("’'s").casefold() in ("", "news"):
        return ""
    return head


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Stretches of text between blank-or-single newlines."""
    found, start = [], 0
    for match in re.finditer(r"\n+", text):
        if match.start() > start:
            found.append((start, match.start()))
        start = match.end()
    if start < len(text):
        found.append((start, len(text)))
    return found


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """The words between paired double quote marks, paragraph by paragraph."""
    stretches = []
    for start, end in paragraphs_of(text):
        open_at = -1
        for index in range(start, end):
            char = text[index]
            if char == OPENING:
                open_at = index + 1
            elif char == CLOSING and open_at >= 0:
                stretches.append((open_at, index))
                open_at = -1
            elif char == STRAIGHT:
                if open_at < 0:
                    open_at = index + 1
                else:
                    stretches.append((open_at, index))
                    open_at = -1
        if open_at >= 0 and end > open_at:
            stretches.append((open_at, end))
    return [(s, e) for s, e in stretches if any(c.isalpha() for c in text[s:e])]


def letters(text: str, start: int, end: int) -> int:
    return sum(1 for c in text[start:end] if c.isalnum())


def shared_letters(text: str, a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            if min(e1, e2) > max(s1, s2):
                total += letters(text, max(s1, s2), min(e1, e2))
    return total


def gold_stretches(text: str, attributions: list[Attribution]) -> list[Stretch]:
    """The quoted stretches that lie (at least half) in an attribution's content."""
    gold = []
    for start, end in quoted_stretches(text):
        size = letters(text, start, end)
        best, best_shared = None, 0
        for attribution in attributions:
            shared = shared_letters(text, [(start, end)], attribution.content)
            if shared > best_shared:
                best, best_shared = attribution, shared
        if best is None or best_shared * 2 < size:
            continue
        content_size = sum(letters(text, s, e) for s, e in best.content)
        stretch_text = text[start:end]
        first = next((c for c in stretch_text if c.isalpha()), "")
        words = _WORD.findall(stretch_text)
        direct = (first.isupper() and len(words) >= MIN_DIRECT_WORDS) or (
            size >= DIRECT_SHARE * max(content_size, 1)
        )
        gold.append(Stretch(start, end, best, direct))
    return gold


def name_words(name: str) -> list[str]:
    return [w for w in (w.casefold() for w in _WORD.findall(name)) if w not in _DROPPED]


def same_speaker(predicted: list[str], gold: list[str]) -> bool:
    for p in predicted:
        pw = name_words(p)
        for g in gold:
            gw = name_words(g)
            if not pw or not gw:
                continue
            if pw[-1] == gw[-1] or set(pw) <= set(gw) or set(gw) <= set(pw):
                return True
    return False


def predicted_names(quote, actors: dict[str, str]) -> list[str]:
    names = []
    if quote.speaker and quote.speaker in actors:
        names.append(actors[quote.speaker])
    if quote.speaker_name:
        names.append(quote.speaker_name)
    return names


@dataclass
class Tally:
    articles: int = 0
    predicted: int = 0
    predicted_in_content: int = 0
    direct_gold: int = 0
    direct_found: int = 0
    fragments_gold: int = 0
    fragments_found: int = 0
    speaker_direct: int = 0
    right_direct: int = 0
    none_direct: int = 0
    speaker_all: int = 0
    right_all: int = 0
    none_all: int = 0
    doubtful: int = 0
    doubtful_wrong: int = 0
    pronoun_all: int = 0
    pronoun_right: int = 0
    pronoun_direct: int = 0
    pronoun_right_direct: int = 0
    resolved_all: int = 0
    resolved_right: int = 0
    errors: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def where_is_source(article, stretch: Stretch, quote) -> str:
    """Where the gold source lies relative to the quote, and what kind of words it is."""
    source = stretch.attribution.source
    words = stretch.attribution.source_text.split()
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        kind = "pronoun"
    elif any(w[:1].isupper() for w in words):
        kind = "name"
    else:
        kind = "description"
    sentence_of = _sentence_finder(article)
    q_sentence = sentence_of(stretch.start)
    s_sentence = sentence_of(source[0])
    if source[0] >= stretch.start - 1 and source[1] <= stretch.end + 1:
        where = "inside the quote"
    elif s_sentence == q_sentence or (quote is not None and quote.start <= source[0] < quote.end + 200
                                      and s_sentence in quote.sentences):
        where = "same sentence, " + ("before" if source[0] < stretch.start else "after")
    elif source[0] < stretch.start:
        where = "earlier sentence"
    else:
        where = "later sentence"
    return f"{where} / {kind}"


def _sentence_finder(article):
    starts = [s.start for s in article.sentences]

    def find(position: int) -> int:
        return bisect.bisect_right(starts, position) - 1

    return find


def score_article(text: str, attributions: list[Attribution], tally: Tally, name: str) -> None:
    article = newslab.Article.from_text(text)
    analysis = newslab.analyze(article)
    actors = {a.id: a.name for a in analysis.layers.get("actors", ())}
    quotes = list(analysis.layers["quotes"])
    gold = gold_stretches(text, attributions)
    score_pronouns(article, analysis, attributions, tally, name)
    all_content = [c for a in attributions for c in a.content]
    tally.articles += 1
    for quote in quotes:
        parts = [(p.start, p.end) for p in quote.parts]
        tally.predicted += 1
        if shared_letters(text, parts, all_content) > 0:
            tally.predicted_in_content += 1
        elif len(tally.examples["extra quote"]) < 400:
            tally.examples["extra quote"].append(f"{name}: {quote.text[:90]!r}")
    for stretch in gold:
        best, best_shared = None, 0
        for quote in quotes:
            shared = shared_letters(text, [(p.start, p.end) for p in quote.parts],
                                    [(stretch.start, stretch.end)])
            if shared > best_shared:
                best, best_shared = quote, shared
        found = best is not None
        if stretch.direct:
            tally.direct_gold += 1
            tally.direct_found += found
        else:
            tally.fragments_gold += 1
            tally.fragments_found += found
        if not found:
            key = "missed direct quote" if stretch.direct else "missed fragment"
            tally.errors[key] += 1
            tally.examples[key].append(f"{name}: {text[stretch.start:stretch.end][:90]!r}")
            continue
        if stretch.attribution.source is None:
            continue
        names = predicted_names(best, actors)
        gold_names = list(stretch.attribution.names)
        right = same_speaker(names, gold_names)
        mention = best.speaker_mention
        source = stretch.attribution.source
        if not right and mention is not None and names and (
            mention.start < source[1] and source[0] < mention.end
        ) and not (len(stretch.attribution.source_text.split()) == 1
                   and stretch.attribution.source_text.casefold() in PRONOUNS
                   and len(gold_names) > 1):
            right = True
        none = not names
        if stretch.attribution.answer:
            by_reading = same_speaker(names, [stretch.attribution.answer])
            tally.pronoun_all += 1
            tally.pronoun_right += by_reading
            tally.pronoun_direct += stretch.direct
            tally.pronoun_right_direct += stretch.direct and by_reading
            if not by_reading:
                tally.examples["pronoun speaker against the person's reading"].append(
                    f"{name}: {text[stretch.start:stretch.end][:60]!r} "
                    f"{stretch.attribution.source_text!r} = {stretch.attribution.answer!r}, "
                    f"predicted {names} ({best.why[:120]})"
                )
        tally.speaker_all += 1
        tally.right_all += right
        tally.none_all += none
        if stretch.direct:
            tally.speaker_direct += 1
            tally.right_direct += right
            tally.none_direct += none
        if getattr(best, "doubtful", False):
            tally.doubtful += 1
            tally.doubtful_wrong += not right
            key = "flagged doubtful, " + ("speaker wrong" if not right else "speaker right")
            tally.examples[key].append(
                f"{name}: {text[stretch.start:stretch.end][:100]!r} gold {gold_names} "
                f"predicted {names} ({best.why[-140:]})"
            )
        if not right:
            kind = ("no speaker" if none else "wrong speaker") + (
                " (direct)" if stretch.direct else " (fragment)"
            )
            key = f"{kind}: gold source {where_is_source(article, stretch, best)}"
            tally.errors[key] += 1
            tally.examples[key].append(
                f"{name}: {text[stretch.start:stretch.end][:70]!r} gold {gold_names} "
                f"predicted {names} ({best.why[:140]})"
            )


RESOLVED_PRONOUNS = frozenset({"he", "she", "it", "they"})
"""The pronouns newslab's resolver answers for."""


def score_pronouns(
    article: Article, analysis: Analysis, attributions: list[Attribution], tally: Tally, name: str
) -> None:
    """Ask the pronoun resolver whom each he/she/it/they SOURCE a person resolved stands for,
    with the reporting clauses, actors and quotes the analysis already holds."""
    asked = [a for a in attributions
             if a.answer and a.source_text.strip().casefold() in RESOLVED_PRONOUNS]
    if not asked:
        return
    actors = list(analysis.layers.get("actors", ()))
    names = {a.id: a.name for a in actors}
    quoted = sorted((p.start, p.end) for q in analysis.layers["quotes"] for p in q.parts)
    resolver = SpeakerResolver(article, analysis.layers["clauses"], actors, quoted)
    sentence_of = _sentence_finder(article)
    seen = set()
    for attribution in asked:
        if attribution.source in seen:
            continue  # one SOURCE span shared by several attributions
        seen.add(attribution.source)
        start, end = attribution.source
        sid = sentence_of(start)
        if sid < 0:
            continue
        speaker = resolver.identify(Span.of(article.text, start, end), "pronoun", sid)
        predicted = [n for n in (names.get(speaker.actor or ""), speaker.name) if n]
        right = same_speaker(predicted, [attribution.answer])
        tally.resolved_all += 1
        tally.resolved_right += right
        if not right:
            before = article.text[max(0, start - 50) : start].replace("\n", " ")
            tally.examples["pronoun resolved against the person's reading"].append(
                f"{name}@{start}: ...{before}[{attribution.source_text}] = {attribution.answer!r}, "
                f"predicted {predicted} ({speaker.note[:110]})"
            )


def articles_of(root: Path, split: str) -> list[tuple[str, Path, Path]]:
    data = root / "data" if (root / "data").is_dir() else root
    folder = data / split
    if not (folder / "text").is_dir():
        raise SystemExit(f"no PolNeAR {split} split under {data} (expected {folder}/text)")
    chosen = []
    annotations = sorted((folder / "attributions").glob("*.ann"))
    by_article: dict[str, Path] = {}
    for ann in annotations:
        stem = ann.stem.rsplit("_", 1)[0]
        by_article.setdefault(stem, ann)
    for text_file in sorted((folder / "text").glob("*.txt")):
        ann = by_article.get(text_file.stem)
        if ann is not None:
            chosen.append((text_file.stem, text_file, ann))
    return chosen


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a PolNeAR snapshot (the folder holding data/)")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--details", type=int, default=0, help="examples shown per error type")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--seed", type=int, default=0, help="shuffle examples with this seed")
    parser.add_argument(
        "--antecedents", type=Path, action="append", default=[],
        help="a TSV (article, start, end, pronoun, antecedent) of pronoun SOURCEs resolved by "
        "a person; replaces the script's own guess for those sources (may be repeated)",
    )
    parser.add_argument(
        "--articles", type=Path, default=None,
        help="a file naming the articles to score (file stems, one a line)",
    )
    args = parser.parse_args(argv)
    articles = articles_of(args.path, args.split)
    if args.articles:
        wanted = read_article_list(args.articles)
        unknown = sorted(wanted - {name for name, _, _ in articles})
        if unknown:
            raise SystemExit(f"{args.articles}: {len(unknown)} article(s) not in the "
                             f"{args.split} split, e.g. {unknown[0]!r}")
        articles = [entry for entry in articles if entry[0] in wanted]
    if args.limit:
        articles = articles[: args.limit]
    resolved: dict[tuple[str, int, int], str] = {}
    for path in args.antecedents:
        resolved.update(read_antecedents(path))
    tally = Tally()
    for name, text_file, ann in articles:
        text = text_file.read_text(encoding="utf-8")
        attributions = read_ann(ann, text)
        if resolved:
            use_antecedents(attributions, resolved, name)
        score_article(text, attributions, tally, name)
    if resolved:
        unknown = sum(answer == "?" for answer in resolved.values())
        print(f"pronoun sources resolved by hand: {len(resolved)} ({unknown} left '?', "
              "which are left out of the speaker figures)")
    print_report(tally, args)
    return 0


def read_article_list(path: Path) -> set[str]:
    """The article names (file stems) a list file gives, one a line; blank lines and lines
    opening with "#" are skipped.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     listed = Path(folder) / "list.txt"
        ...     _ = listed.write_text("# sample a\\nwash-post_one\\n\\nbreitbart_two\\n", encoding="utf-8")
        ...     sorted(read_article_list(listed))
        ['breitbart_two', 'wash-post_one']
    """
    if not path.is_file():
        raise SystemExit(f"no article list at {path}")
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line)
    if not names:
        raise SystemExit(f"{path} names no article")
    return names


def read_antecedents(path: Path) -> dict[tuple[str, int, int], str]:
    """A person's answers for pronoun SOURCEs: (article, start, end) -> the name it stands for."""
    answers: dict[tuple[str, int, int], str] = {}
    if not path.is_file():
        raise SystemExit(f"no antecedents file at {path}")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        fields = line.split("\t")
        if number == 0 and fields[:2] == ["article", "start"]:
            continue
        if len(fields) < 5 or not fields[1].isdigit() or not fields[2].isdigit():
            raise SystemExit(f"{path}, line {number + 1}: expected article, start, end, "
                             "pronoun and antecedent separated by tabs")
        answers[(fields[0], int(fields[1]), int(fields[2]))] = fields[4].strip()
    return answers


def use_antecedents(
    attributions: list[Attribution], answers: dict[tuple[str, int, int], str], article: str
) -> None:
    """Put a person's antecedent in place of the script's guess; "?" leaves the source out."""
    for attribution in attributions:
        if attribution.source is None:
            continue
        answer = answers.get((article, *attribution.source))
        if answer is None:
            continue
        if answer == "?":
            attribution.source = None
        else:
            attribution.names = [attribution.source_text, answer]
            if attribution.source_text.strip().casefold() in PRONOUNS:
                attribution.answer = answer


def print_report(tally: Tally, args: argparse.Namespace) -> None:
    precision = ratio(tally.predicted_in_content, tally.predicted)
    recall = ratio(tally.direct_found, tally.direct_gold)
    f1 = f1_score(precision, recall)
    print(f"PolNeAR {args.split}: {tally.articles} articles, {tally.direct_gold} direct quotes, "
          f"{tally.fragments_gold} fragments, {tally.predicted} predicted quotes")
    rows = [
        ["quotes found: precision", figure(precision, 3), f"{tally.predicted_in_content}/{tally.predicted}"],
        ["quotes found: recall (direct)", figure(recall, 3), f"{tally.direct_found}/{tally.direct_gold}"],
        ["quotes found: F1", figure(f1, 3), ""],
        ["fragments found", figure(ratio(tally.fragments_found, tally.fragments_gold), 3),
         f"{tally.fragments_found}/{tally.fragments_gold}"],
        ["speaker right, direct quotes", figure(ratio(tally.right_direct, tally.speaker_direct), 3),
         f"{tally.right_direct}/{tally.speaker_direct}"],
        ["speaker right, every quoted stretch", figure(ratio(tally.right_all, tally.speaker_all), 3),
         f"{tally.right_all}/{tally.speaker_all}"],
        ["no speaker, direct quotes", figure(ratio(tally.none_direct, tally.speaker_direct), 3),
         f"{tally.none_direct}/{tally.speaker_direct}"],
        ["no speaker, every quoted stretch", figure(ratio(tally.none_all, tally.speaker_all), 3),
         f"{tally.none_all}/{tally.speaker_all}"],
        ["flagged doubtful (of them wrong)", str(tally.doubtful), str(tally.doubtful_wrong)],
    ]
    columns = [Column("measure", 38, "<"), Column("value", 7), Column("count", 12, gap="  ")]
    print(format_table(columns, rows))
    if tally.pronoun_all:
        print(f"pronoun speakers right (against the person's reading): every stretch "
              f"{figure(ratio(tally.pronoun_right, tally.pronoun_all), 3)} "
              f"({tally.pronoun_right}/{tally.pronoun_all}), direct quotes "
              f"{figure(ratio(tally.pronoun_right_direct, tally.pronoun_direct), 3)} "
              f"({tally.pronoun_right_direct}/{tally.pronoun_direct})")
    if tally.resolved_all:
        print(f"pronoun SOURCEs resolved (he/she/it/they, quoted or not, against the person's "
              f"reading): {figure(ratio(tally.resolved_right, tally.resolved_all), 3)} "
              f"({tally.resolved_right}/{tally.resolved_all})")
    print()
    print("error types")
    for key, count in sorted(tally.errors.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:4d}  {key}")
    extra = tally.predicted - tally.predicted_in_content
    print(f"  {extra:4d}  extra quote (no letter inside any CONTENT)")
    if args.details:
        rng = random.Random(args.seed)
        for key, examples in sorted(tally.examples.items()):
            print(f"\n== {key}")
            shown = list(examples)
            rng.shuffle(shown)
            for example in shown[: args.details]:
                print("   ", example)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
