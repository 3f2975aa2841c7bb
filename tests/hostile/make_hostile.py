"""Write a fixed corpus of hostile article files: the inputs that break text tools.

The files are generated, not committed (one of them is 10 MB), and are the same on every run.
Each comes with what newslab should do with it: the name of the NewslabError it must raise,
or ``None`` when it must be analysed with every span exact.

Usage:
    python tests/hostile/make_hostile.py FOLDER
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

HEADLINE = "Minister visits the port of Valdora"
BODY = (
    "The minister arrived in Valdora on Tuesday, officials said. "
    '"We will rebuild the harbour," she told reporters. Critics say the plan may cost more.'
)


def _text(*paragraphs: str, newline: str = "\n") -> bytes:
    return (newline * 2).join(paragraphs).encode("utf-8")


def _ten_megabytes() -> bytes:
    paragraph = (BODY + " ") * 20
    text = HEADLINE + "\n\n" + "\n\n".join([paragraph] * (10_000_000 // len(paragraph) + 1))
    return text.encode("utf-8")[:10_000_000]


def _random_bytes() -> bytes:
    return random.Random(20240601).randbytes(4096)


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(512)


HOSTILE: dict[str, tuple[Callable[[], bytes], str | None]] = {
    "empty.txt": (lambda: b"", "EmptyArticleError"),
    "whitespace_only.txt": (lambda: " \n\t\r\n \u00a0 \u3000\n".encode(), "EmptyArticleError"),
    "ten_megabytes.txt": (_ten_megabytes, "ArticleTooLongError"),
    "png_header.txt": (_png, "BinaryInputError"),
    "random_bytes.txt": (_random_bytes, "BinaryInputError"),
    "invalid_utf8.txt": (
        lambda: HEADLINE.encode() + b"\n\nThe caf\xe9 owner said \xff\xfe it was \x81 fine. "
        + BODY.encode(),
        None,
    ),
    "all_capitals.txt": (lambda: _text(HEADLINE.upper(), BODY.upper(), BODY.upper()), None),
    "no_punctuation.txt": (
        lambda: _text("minister visits port", " ".join(["the minister came to the port"] * 60)),
        None,
    ),
    "one_word.txt": (lambda: b"Valdora", None),
    "right_to_left.txt": (
        lambda: _text(
            "\u05d4\u05e9\u05e8\u05d4 \u05d1\u05e0\u05de\u05dc",
            "\u05d4\u05e9\u05e8\u05d4 \u05d4\u05d2\u05d9\u05e2\u05d4 \u05dc\u05e0\u05de\u05dc. "
            "\u201c\u05e0\u05d1\u05e0\u05d4,\u201d \u05d0\u05de\u05e8\u05d4.",
            "\u0648\u0635\u0644\u062a \u0627\u0644\u0648\u0632\u064a\u0631\u0629 \u0625\u0644\u0649 "
            "\u0627\u0644\u0645\u064a\u0646\u0627\u0621. \u00ab\u0633\u0646\u0628\u0646\u064a\u00bb\u060c "
            "\u0642\u0627\u0644\u062a. Valdora \u202eevil\u202c text.",
        ),
        None,
    ),
    "script_tag.txt": (
        lambda: _text(HEADLINE, BODY, "Residents wrote <script>alert(1)</script> on the wall.", BODY),
        None,
    ),
    "img_onerror.txt": (
        lambda: _text(HEADLINE, 'She said <img src=x onerror=alert(1)> "it works".', BODY),
        None,
    ),
    "script_page.html": (
        lambda: (
            f"<!DOCTYPE html><html><head><title>{HEADLINE}</title><script>alert(1)</script></head>"
            f"<body><article><h1>{HEADLINE}</h1><p>{BODY}</p>"
            "<p>Residents wrote &lt;script&gt;alert(1)&lt;/script&gt; on the wall, police said.</p>"
            f"<p>Later <img src=x onerror=alert(1)> {BODY}</p></article></body></html>"
        ).encode(),
        None,
    ),
    "quote_marks_500.txt": (
        lambda: _text(HEADLINE, 'She said ' + '"' * 500 + " and left.", "\u201c\u201d" * 250, BODY),
        None,
    ),
    "unbalanced_curly_quotes.txt": (
        lambda: _text(
            HEADLINE,
            "\u201cWe will rebuild the harbour, she said. And we will start now.",
            "\u201cIt will take years,\u201d\u201d an engineer said.\u2019 \u2018Maybe.",
            "No one answered \u201d.",
        ),
        None,
    ),
    "crlf.txt": (lambda: _text(HEADLINE, BODY, BODY, newline="\r\n"), None),
    "zero_width.txt": (
        lambda: _text(
            "Minister\u200b visits\u200d the\u2060 port",
            "The\u200b minister\u200c arrived\ufeff in Valdora.\u200b "
            "\u200b\u200b\"We\u200d will\" she said.",
        ),
        None,
    ),
    "emoji.txt": (
        lambda: _text(
            "Minister visits the port \U0001F6A2",
            "The minister \U0001F469\u200d\U0001F4BC arrived \U0001F1F3\U0001F1F4 in Valdora "
            "\U0001F44D\U0001F3FD. "
            "\u201cWe will rebuild \U0001F3D7\ufe0f,\u201d she said \U0001F600.",
        ),
        None,
    ),
}
"""File name -> (how to make its bytes, the NewslabError it must raise or None)."""


def make_hostile(folder: str | Path) -> dict[str, Path]:
    """Write every hostile file into ``folder``; returns file name -> path.

    Example:
        >>> import tempfile
        >>> files = make_hostile(tempfile.mkdtemp())
        >>> files["empty.txt"].stat().st_size, files["ten_megabytes.txt"].stat().st_size
        (0, 10000000)
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, (make, _) in HOSTILE.items():
        paths[name] = folder / name
        paths[name].write_bytes(make())
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in make_hostile(sys.argv[1]).values():
        print(path)
