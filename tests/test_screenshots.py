"""The README and the teacher guide show committed screenshots that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+\.png)\)")


def test_every_pictured_screenshot_is_committed():
    pictured = []
    for document in (ROOT / "README.md", ROOT / "docs" / "teacher-guide.md"):
        for link in IMAGE.findall(document.read_text(encoding="utf-8")):
            path = (document.parent / link).resolve()
            assert path.is_file(), f"{document.name} shows {link}, which is missing"
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            pictured.append(path)
    assert len(pictured) >= 4
