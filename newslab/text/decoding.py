"""Turn the bytes of a file into text, without normalising anything away.

UTF-8 is tried first, then UTF-8 or UTF-16 with a byte-order mark, then Windows-1252
(the usual encoding of older Western European web pages) with Latin-1 for the five bytes
that Windows-1252 leaves undefined. Falling back records a warning. Binary content such as
an image or a PDF is refused with a clear error.

Example:
    >>> decode_bytes("café".encode("cp1252")).warnings
    ('the file is not valid UTF-8; it was read as Windows-1252, so check accented letters',)
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newslab.errors import BinaryInputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document (copy its text into a .txt file first)",
    b"PK\x03\x04": "a ZIP archive or an Office document (save it as plain text first)",
    b"\x1f\x8b": "a gzip archive",
}

# Control characters other than tab, line feed, form feed and carriage return are rare in text.
_TEXT_CONTROLS = {"\t", "\n", "\f", "\r", "\v"}
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # control characters other than _TEXT_CONTROLS


@dataclass(frozen=True)
class DecodedText:
    """The text of a file, the encoding used, and any warnings about the decoding."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes) -> DecodedText:
    """Decode file content, refusing binary data.

    Args:
        data: the raw bytes of a file.

    Returns:
        The decoded text with the name of the encoding that worked.

    Raises:
        BinaryInputError: the bytes look like an image, an archive or other binary data.

    Example:
        >>> decode_bytes(b"\\xef\\xbb\\xbfKim said.").encoding
        'utf-8-sig'
    """
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise BinaryInputError(f"this looks like {what}, not a text file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise BinaryInputError("this looks like a binary file (it contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1").translate(_CP1252_FROM_LATIN1)
    warning = "the file is not valid UTF-8; it was read as Windows-1252, so check accented letters"
    return _checked(text, "cp1252", (warning,))


def _cp1252_table() -> dict[int, str]:
    """Map the C1 code points that Latin-1 gives bytes 0x80-0x9F to Windows-1252's letters."""
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # undefined in Windows-1252: keep the Latin-1 reading
    return table


_CP1252_FROM_LATIN1 = _cp1252_table()


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> DecodedText:
    check_not_binary(text)
    return DecodedText(text, encoding, warnings)


def check_not_binary(text: str) -> None:
    """Raise if a string is mostly control characters, as binary data read as text is.

    Example:
        >>> check_not_binary("An ordinary sentence.")
    """
    if "\x00" in text:
        raise BinaryInputError("this looks like binary data (it contains NUL characters), not text")
    sample = text[:65536]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if controls / len(sample) > 0.05:
        raise BinaryInputError("this looks like binary data (many control characters), not text")
