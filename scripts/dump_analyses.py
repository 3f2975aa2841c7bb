"""Write ``newslab.analyze(...).to_json()`` for a fixed set of inputs, one file each, to compare runs.

The inputs: the bundled seed article, gold/articles, gold/heldout, the hostile files that must
be analysed (tests/hostile/make_hostile.py), and generated articles (benchmarks/generate.py);
optionally real article files given with ``--extra`` (never committed). Run it before and after
a change, then ``diff -r BEFORE AFTER`` or ``python scripts/dump_analyses.py --compare A B``.

Usage:
    python scripts/dump_analyses.py OUT_FOLDER [--generated 60] [--extra FILE_OR_FOLDER ...]
    python scripts/dump_analyses.py --compare BEFORE AFTER
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # this checkout's newslab, not an installed one
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import newslab  # noqa: E402


def inputs(generated: int, extra: list[Path]) -> dict[str, newslab.Article | str | Path]:
    """Name -> what to analyse."""
    from generate import generate_article, generate_articles
    from make_hostile import HOSTILE, make_hostile

    found: dict[str, newslab.Article | str | Path] = {"seed": newslab.load()}
    for folder in ("gold/articles", "gold/heldout"):
        for path in sorted((ROOT / folder).glob("*.txt")):
            found[f"{folder.replace('/', '_')}_{path.stem}"] = path
    hostile = make_hostile(Path(tempfile.gettempdir()) / "newslab-dump-hostile")  # same path each run
    for name, (_, error) in HOSTILE.items():
        if error is None:
            found[f"hostile_{name}"] = hostile[name]
    for index, text in enumerate(generate_articles(generated, seed=1)):
        found[f"generated_{index:03d}"] = text
    found["generated_long"] = generate_article(0, seed=4, paragraphs=150)
    for item in extra:
        paths = sorted(item.glob("*.txt")) if item.is_dir() else [item]
        for path in paths:
            found[f"extra_{path.stem}"] = path
    return found


def dump(out: Path, generated: int, extra: list[Path]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, source in inputs(generated, extra).items():
        (out / f"{name}.json").write_text(newslab.analyze(source).to_json(), encoding="utf-8")


def sentences(path: Path) -> list[str]:
    return [s["text"] for s in json.loads(path.read_text(encoding="utf-8"))["sentences"]]


def compare(before: Path, after: Path) -> int:
    """Print which dumps differ, and for those whose sentences differ, the sentences."""
    differing = 0
    for old in sorted(before.glob("*.json")):
        new = after / old.name
        if not new.exists():
            print(f"missing after: {old.name}")
            differing += 1
            continue
        if old.read_bytes() == new.read_bytes():
            continue
        differing += 1
        a, b = sentences(old), sentences(new)
        if a == b:
            print(f"DIFFERS (same sentences): {old.name}")
            continue
        print(f"DIFFERS (sentences {len(a)} -> {len(b)}): {old.name}")
        only_a = [s for s in a if s not in b]
        only_b = [s for s in b if s not in a]
        for s in only_a:
            print(f"   - {s!r}")
        for s in only_b:
            print(f"   + {s!r}")
    total = len(list(before.glob("*.json")))
    print(f"{differing} of {total} dumps differ")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--generated", type=int, default=60)
    parser.add_argument("--extra", type=Path, nargs="*", default=[])
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)
    if args.out is None:
        parser.error("give OUT_FOLDER or --compare BEFORE AFTER")
    dump(args.out, args.generated, args.extra)


if __name__ == "__main__":
    main()
