"""Known places: the countries, continents, US states ("regions") and cities of 100,000+
people of GeoNames (``places.txt``, written by ``scripts/make_places.py``).

The entity rules ask it only where a name's own words and the words around it do not
settle its kind: "to" and "from" lead to places ("flew to Toronto") as often as to people
and groups ("according to Reuters", "a message from Adnani"), and a country named with no
telling words around it ("Iran said", "Syria's war") is still a place. The cleaner asks it
whether capitals opening an article are a dateline written without a dash ("DUBAI A
Bahraini court...") or an organisation's initials ("NASA Administrator..."), and the
quotation rules whether a name can be the person a "he" points back to.
"""

from __future__ import annotations

from functools import lru_cache

from .package_lists import read_list

PLACES_FILE = "places.txt"
PLACE_ABBREVIATIONS = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates",
    "DRC": "Democratic Republic of the Congo", "DPRK": "North Korea",
    "D.C.": "District of Columbia",
}  # fmt: skip
"""The abbreviations English news writes for countries (and for the US capital's district,
"Washington, D.C."), which GeoNames does not list, with the names GeoNames gives them. By
its capitals alone "U.S." would read as an organisation's initials, and by its letters as
a person's ("Ueli Steck")."""


@lru_cache(maxsize=1)
def known_places() -> dict[str, str]:
    """Each known place name with its kind, "region" or "city"."""
    return read_list(PLACES_FILE)


def is_known_place(name: str) -> bool:
    return name in known_places()


def is_known_region(name: str) -> bool:
    """Whether ``name`` is a country, continent or US state."""
    return known_places().get(name) == "region"


def spelled_out(name: str) -> str:
    """The place's name for its abbreviation ("U.S." -> "United States"), else ``name``."""
    return PLACE_ABBREVIATIONS.get(name, name)
