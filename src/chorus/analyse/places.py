"""Whether a name is a known place: a country, continent, US state or city of 100,000+
people, from GeoNames (``places.txt``, written by ``scripts/make_places.py``).

The entity rules ask it only where the words around a name are ambiguous: "to" and "from"
lead to places ("flew to Toronto") as often as to people and groups ("according to
Reuters", "a message from Adnani").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

PLACES_FILE = "analyse/places.txt"


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    lines = resources.files("chorus").joinpath(PLACES_FILE).read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_known_place(name: str) -> bool:
    return name in known_places()
