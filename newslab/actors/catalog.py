"""The actor catalog: who an article can name, and the names, roles and demonyms it uses.

The catalog is a CSV file with a comment header (``newslab/data/actors.csv``); each row is
one actor with an id, a canonical name, a kind, aliases, roles, demonyms and, for capitals,
the country they stand for. Load the shipped one, your own, or both merged.

Example:
    >>> catalog = load_catalog()
    >>> catalog["kim-jong-un"].name, catalog["beijing"].stands_for
    ('Kim Jong Un', 'china')
    >>> mine = catalog_from_rows([{"id": "lu-kang", "name": "Lu Kang", "kind": "person",
    ...                            "aliases": "Lu|Mr Lu"}])
    >>> merged = merge_catalogs(catalog, mine)
    >>> merged["lu-kang"].aliases, len(merged) == len(catalog)
    (('Lu', 'Mr Lu'), True)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newslab.actors.mentions import ACTOR_KINDS
from newslab.errors import DataFileError, UnreadableInputError
from newslab.resources import data_path

COLUMNS = ("id", "name", "kind", "aliases", "roles", "demonyms", "stands_for")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class CatalogError(DataFileError):
    """An actor catalog is malformed: a missing column, an unknown kind, a bad id."""


@dataclass(frozen=True)
class CatalogEntry:
    """One actor of the catalog."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    stands_for: str = ""


class Catalog(Mapping[str, CatalogEntry]):
    """Catalog entries by id, in file order. Build one with :func:`load_catalog`."""

    def __init__(self, entries: Iterable[CatalogEntry], *, source: str = "") -> None:
        self._entries: dict[str, CatalogEntry] = {}
        self.source = source
        for entry in entries:
            if entry.id in self._entries:
                raise CatalogError(f"{source or 'catalog'}: the id {entry.id!r} is used twice")
            self._entries[entry.id] = entry
        for entry in self._entries.values():
            if entry.stands_for and entry.stands_for not in self._entries:
                raise CatalogError(
                    f"{source or 'catalog'}: {entry.id!r} stands for {entry.stands_for!r}, "
                    "which is not in the catalog"
                )

    def __getitem__(self, actor_id: str) -> CatalogEntry:
        return self._entries[actor_id]

    def get(self, actor_id: str, default: Any = None) -> Any:  # the dict's own: asked often
        return self._entries.get(actor_id, default)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"Catalog({len(self)} actors, source={self.source!r})"


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Read an actor catalog CSV file; ``None`` reads the shipped ``data/actors.csv``.

    Raises:
        UnreadableInputError: the file is missing or not UTF-8 text.
        CatalogError: a column is missing, or a row has no id or name, a bad id, an unknown
            kind, a duplicate id, or stands for an id that is not in the file.

    Example:
        >>> load_catalog()["china"].demonyms
        ('Chinese',)
    """
    if path is None:
        return _load(_shipped_path("actors.csv"))
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=4)
def _shipped_path(name: str) -> str:
    """The resolved path of a shipped data file (resolving asks the file system each time)."""
    return str(data_path(name).resolve())


@lru_cache(maxsize=16)
def _load(path: str) -> Catalog:
    import csv
    import io

    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableInputError(f"cannot read the actor catalog {path}: {error}") from None
    lines = [line for line in raw.splitlines() if not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), skipinitialspace=True)
    missing = [c for c in ("id", "name", "kind") if c not in (reader.fieldnames or ())]
    if missing:
        raise CatalogError(
            f"{path}: the header line must name the columns {', '.join(COLUMNS)} "
            f"(missing: {', '.join(missing)})"
        )
    return catalog_from_rows(reader, source=path)


def catalog_from_rows(rows: Iterable[Mapping[str, str | None]], *, source: str = "") -> Catalog:
    """Build a catalog from dicts with the CSV columns (lists separated by ``|``).

    Example:
        >>> catalog_from_rows([{"id": "acme", "name": "Acme Corp", "kind": "organisation"}])
        Catalog(1 actors, source='')
    """
    entries = []
    for number, row in enumerate(rows, start=1):
        where = f"{source or 'catalog'}, row {number}"
        actor_id = (row.get("id") or "").strip()
        name = (row.get("name") or "").strip()
        kind = (row.get("kind") or "").strip().lower()
        if not actor_id or not name:
            raise CatalogError(f"{where}: every actor needs an id and a name")
        if not _ID.match(actor_id):
            raise CatalogError(
                f"{where}: the id {actor_id!r} should be lowercase letters, digits and hyphens"
            )
        if kind not in ACTOR_KINDS:
            raise CatalogError(
                f"{where}: the kind {kind!r} of {actor_id!r} should be one of {', '.join(ACTOR_KINDS)}"
            )
        entries.append(
            CatalogEntry(
                actor_id,
                name,
                kind,
                aliases=_split(row.get("aliases")),
                roles=_split(row.get("roles")),
                demonyms=_split(row.get("demonyms")),
                stands_for=(row.get("stands_for") or "").strip(),
            )
        )
    return Catalog(entries, source=source)


def merge_catalogs(*catalogs: Catalog) -> Catalog:
    """One catalog from several; for an id in more than one, the later catalog's row wins.

    Example:
        >>> base = catalog_from_rows([{"id": "a", "name": "A", "kind": "person"}])
        >>> extra = catalog_from_rows([{"id": "a", "name": "Anna", "kind": "person"},
        ...                            {"id": "b", "name": "Bo", "kind": "person"}])
        >>> [e.name for e in merge_catalogs(base, extra).values()]
        ['Anna', 'Bo']
    """
    merged: dict[str, CatalogEntry] = {}
    for catalog in catalogs:
        merged.update(catalog)
    sources = " + ".join(c.source for c in catalogs if c.source)
    return Catalog(merged.values(), source=sources)


def _split(cell: str | None) -> tuple[str, ...]:
    parts = (" ".join(part.split()) for part in (cell or "").split("|"))
    return tuple(part for part in parts if part)
