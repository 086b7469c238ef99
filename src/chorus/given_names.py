"""Given names, and the pronoun each nearly always goes with (``given_names.txt``, written
by ``scripts/make_given_names.py`` from the US Census lists and, for names of other
languages, Faker's lists of first names).

The entity and quotation rules ask it whether a word opens a person's name and whether
"he" or "she" can point to that person; the cleaner asks it whether the names after "By"
at the top of a page are a byline.
"""

from __future__ import annotations

from functools import lru_cache

from .package_lists import read_list

GIVEN_NAMES_FILE = "given_names.txt"


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a listed first name ("Andrew", "Taylor", "Sergey")."""
    return word.lower() in _given_names()


def given_name_pronoun(word: str) -> str | None:
    """The pronoun of a given name that the lists give to men ("he": "Andrew", "Sergey") or
    to women ("she": "Jennifer", "Zainab") nearly always; None for one given to both
    ("Taylor", "Jean"), or not listed."""
    pronoun = _given_names().get(word.lower())
    return pronoun if pronoun in ("he", "she") else None


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given names and their pronouns, read once."""
    return read_list(GIVEN_NAMES_FILE)
