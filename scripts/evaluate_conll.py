"""Measure the actors layer's spans and kinds against CoNLL-2003 English named entities.

CoNLL-2003 (Reuters news, 1996-97) marks person (PER), organisation (ORG), place (LOC) and
other (MISC) names, one token a line with its tag. This script rebuilds each document's text
(tokens joined by spaces, one sentence a line, so each sentence is a paragraph), runs
:func:`newslab.actors.find_actors` on it, and compares the actor mentions with the PER, ORG
and LOC names.

How actor kinds map to CoNLL types:

=================================  =====
actor kind                         type
=================================  =====
person                             PER
organisation, media, group         ORG
country, place                     LOC
=================================  =====

MISC is ignored: a found mention that overlaps a MISC name (a demonym such as "Chinese",
an event) is neither right nor wrong and is left out; MISC names are never missed.

Figures printed:

* span precision, recall and F1: a found mention is right when its start and end are those
  of a gold name, whatever the kinds;
* kind accuracy: of the right spans, how many have the right type;
* span+kind precision, recall and F1: span and type both right (the usual CoNLL score);
* error counts: a false find that overlaps a gold name (boundary) or none (spurious); a
  miss that a found mention overlaps (boundary) or none (missed); the confusion of gold
  types with actor kinds on right spans; the most frequent wrong strings of each sort.

The data is not part of newslab: give the path of a folder holding ``train.txt`` and
``dev.txt`` (or of one such file). Never score the test split while developing.

Usage:
    python scripts/evaluate_conll.py /work/data/conll2003 --split dev
    python scripts/evaluate_conll.py /work/data/conll2003/train.txt --errors 30
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
for folder in (SCRIPTS, SCRIPTS.parent):  # this checkout's newslab, not another installed one
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from scoring import Column, figure, format_table, precision_recall_f1, ratio  # noqa: E402

KIND_TO_TYPE = {
    "person": "PER",
    "organisation": "ORG",
    "media": "ORG",
    "group": "ORG",
    "country": "LOC",
    "place": "LOC",
}
SCORED_TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Entity:
    """A name in the document text: ``text[start:end]`` and its CoNLL type (or actor kind)."""

    start: int
    end: int
    type: str

    def overlaps(self, other: Entity) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Document:
    """One CoNLL document rebuilt as text, with its gold names."""

    text: str
    entities: list[Entity] = field(default_factory=list)


def read_documents(path: Path) -> Iterator[Document]:
    """The documents of a CoNLL-2003 file (``-DOCSTART-`` lines separate them).

    Tokens are joined by one space, sentences by a newline; names come from the last column
    (IOB1 or IOB2: a name starts at ``B-``, or at ``I-`` after another type or ``O``).

    Example:
        >>> import tempfile
        >>> lines = "-DOCSTART- -X- -X- O\\n\\nAna NNP B-NP B-PER\\nRuiz NNP I-NP I-PER\\n" \\
        ...         "left VBD B-VP O\\n\\nParis NNP B-NP B-LOC\\n"
        >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as file:
        ...     _ = file.write(lines)
        >>> [(d.text, [(e.start, e.end, e.type) for e in d.entities])
        ...  for d in read_documents(Path(file.name))]
        [('Ana Ruiz left\\nParis', [(0, 8, 'PER'), (14, 19, 'LOC')])]
    """
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if not parts:
                if sentence:
                    sentences.append(sentence)
                sentence = []
                continue
            if parts[0] == "-DOCSTART-":
                if sentence:
                    sentences.append(sentence)
                sentence = []
                if sentences:
                    yield _document(sentences)
                sentences = []
                continue
            sentence.append((parts[0], parts[-1]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        yield _document(sentences)


def _document(sentences: Sequence[Sequence[tuple[str, str]]]) -> Document:
    pieces: list[str] = []
    entities: list[Entity] = []
    offset = 0
    for number, sentence in enumerate(sentences):
        if number:
            pieces.append("\n")
            offset += 1
        open_type, open_start, open_end = "", 0, 0
        for index, (word, tag) in enumerate(sentence):
            if index:
                pieces.append(" ")
                offset += 1
            start, end = offset, offset + len(word)
            pieces.append(word)
            offset = end
            prefix, _, kind = tag.partition("-")
            continues = prefix == "I" and kind == open_type
            if open_type and not continues:
                entities.append(Entity(open_start, open_end, open_type))
                open_type = ""
            if prefix in ("B", "I") and not continues:
                open_type, open_start = kind, start
            if open_type:
                open_end = end
        if open_type:
            entities.append(Entity(open_start, open_end, open_type))
    return Document("".join(pieces), entities)


@dataclass
class Tally:
    """Counts over many documents."""

    documents: int = 0
    gold: int = 0
    found: int = 0
    misc_left_out: int = 0
    span_right: int = 0
    kind_right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: dict[str, Counter[str]] = field(default_factory=dict)

    def error(self, sort: str, text: str) -> None:
        self.errors.setdefault(sort, Counter())[text] += 1


def score(documents: Sequence[Document]) -> Tally:
    """Run the actors layer on every document and count."""
    import newslab
    from newslab.actors import find_actors

    tally = Tally()
    for document in documents:
        tally.documents += 1
        article = newslab.Article.from_text(document.text)
        found = [
            Entity(m.start, m.end, actor.kind)
            for actor in find_actors(article)
            for m in actor.mentions
        ]
        gold = [e for e in document.entities if e.type in SCORED_TYPES]
        misc = [e for e in document.entities if e.type not in SCORED_TYPES]
        kept = []
        for mention in found:
            if any(mention.overlaps(m) for m in misc) and not any(
                (g.start, g.end) == (mention.start, mention.end) for g in gold
            ):
                tally.misc_left_out += 1
                tally.error("left out (overlaps MISC)", document.text[mention.start : mention.end])
            else:
                kept.append(mention)
        _count(tally, document.text, gold, kept)
    return tally


def _count(tally: Tally, text: str, gold: list[Entity], found: list[Entity]) -> None:
    tally.gold += len(gold)
    tally.found += len(found)
    by_span = {(g.start, g.end): g for g in gold}
    matched = set()
    for mention in found:
        words = text[mention.start : mention.end]
        name = by_span.get((mention.start, mention.end))
        if name is not None:
            matched.add((name.start, name.end))
            tally.span_right += 1
            tally.confusion[(name.type, mention.type)] += 1
            if KIND_TO_TYPE[mention.type] == name.type:
                tally.kind_right += 1
            else:
                tally.error(f"kind: {name.type} taken as {mention.type}", words)
        elif any(mention.overlaps(g) for g in gold):
            tally.error("false find, boundary (overlaps a gold name)", words)
        else:
            tally.error(f"false find, spurious ({mention.type})", words)
    for name in gold:
        if (name.start, name.end) in matched:
            continue
        words = text[name.start : name.end]
        if any(name.overlaps(m) for m in found):
            tally.error(f"miss, boundary ({name.type})", words)
        else:
            tally.error(f"miss, not found ({name.type})", words)


def report(tally: Tally, *, errors: int = 12, seconds: float | None = None) -> str:
    """The figures as text."""
    span = precision_recall_f1(tally.span_right, tally.found, tally.gold)
    typed = precision_recall_f1(tally.kind_right, tally.found, tally.gold)
    lines = [
        f"documents {tally.documents}, gold names (PER/ORG/LOC) {tally.gold}, "
        f"found mentions {tally.found} (+{tally.misc_left_out} overlapping MISC, left out)"
        + (f", {seconds:.1f} s" if seconds is not None else ""),
        "",
        format_table(
            [Column("score", 10, "<"), Column("P", 6, gap=" "), Column("R", 6, gap=" "),
             Column("F1", 6, gap=" ")],
            [
                ["span", *(figure(v, 3) for v in span)],
                ["span+kind", *(figure(v, 3) for v in typed)],
            ],
        ),
        f"kind accuracy on right spans: {figure(ratio(tally.kind_right, tally.span_right), 3)}"
        f" ({tally.kind_right}/{tally.span_right})",
        "",
        "right spans, gold type x actor kind:",
    ]
    kinds = sorted({k for _, k in tally.confusion})
    rows = [
        [gold, *(str(tally.confusion.get((gold, kind), 0)) for kind in kinds)]
        for gold in SCORED_TYPES
    ]
    lines.append(format_table(
        [Column("gold", 6, "<"), *(Column(kind[:12], 12, gap=" ") for kind in kinds)], rows
    ))
    lines.append("")
    lines.append("errors by sort (count, then the most frequent strings):")
    for sort in sorted(tally.errors, key=lambda s: -sum(tally.errors[s].values())):
        counter = tally.errors[sort]
        common = ", ".join(f"{text!r} {n}" for text, n in counter.most_common(errors))
        lines.append(f"  {sort}: {sum(counter.values())}")
        lines.append(f"      {common}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="a CoNLL-2003 folder (with train.txt, dev.txt) or one file")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--errors", type=int, default=12, help="strings shown per error sort")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if path.is_dir():
        path = path / f"{args.split}.txt"
    if not path.is_file():
        parser.error(f"no CoNLL file at {path}")
    if "test" in path.name.lower():
        parser.error("the test split is held out: score train or dev")
    documents = list(read_documents(path))[: args.limit]
    began = time.perf_counter()
    tally = score(documents)
    import newslab

    print(f"{path} (newslab from {Path(newslab.__file__).parent})")
    print(report(tally, errors=args.errors, seconds=time.perf_counter() - began))
    return 0


if __name__ == "__main__":
    sys.exit(main())
