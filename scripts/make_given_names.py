"""Write ``src/chorus/given_names.txt``: given names, from the US Census Bureau's 1990 lists
of first names, and the pronoun ("he" or "she") their bearers are nearly always given.

"He" and "she" in a report are checked against the given name of the person the rules
would pick ("she said" after "Andrew Nari" is someone else). A name has a pronoun only when
one list gives it at least ``RATIO`` times the other's share of people: "James" and
"Jennifer" do; "Taylor", "Jordan" and "Kim" are listed as "either", given names that say
nothing of "he" or "she". A rare name that is also a common English word ("Summer",
"Will", "Star"), which names a season or a film more often than a person, is left out:
one that WordLlama's tokenizer (a core dependency) holds as a whole lower-case word, given
to fewer than ``WORD_SHARE`` percent of people ("Mark" and "Bill" stay). The Census lists
are public domain; the ``names`` package (MIT) ships them. Run from the repository's root:

    .venv/bin/pip install -e ".[given-names]"
    .venv/bin/python scripts/make_given_names.py
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.metadata import version

from chorus.summarise.embedding import TOKENIZER
from package_list import write_list

RATIO = 30.0
WORD_SHARE = 0.05


def shares(list_name: str) -> dict[str, float]:
    """Each name of a Census list with its share of the people counted, in percent."""
    text = resources.files("names").joinpath(list_name).read_text("ascii")
    found = {}
    for line in text.splitlines():
        name, share, *_ = line.split()
        found[name.lower()] = float(share)
    return found


def english_words() -> set[str]:
    """The lower-case words WordLlama's tokenizer holds whole ("summer", "will")."""
    config = json.loads(resources.files("wordllama").joinpath(str(TOKENIZER)).read_text("utf-8"))
    return {token[1:] for token in config["model"]["vocab"] if token.startswith("\u2581")}


def pronouns() -> dict[str, str]:
    men, women = shares("dist.male.first"), shares("dist.female.first")
    words = english_words()
    decided = {}
    for name in men.keys() | women.keys():
        man, woman = men.get(name, 0.0), women.get(name, 0.0)
        if name in words and max(man, woman) < WORD_SHARE:
            continue
        if man >= RATIO * woman:
            decided[name] = "he"
        elif woman >= RATIO * man:
            decided[name] = "she"
        else:
            decided[name] = "either"
    return decided


def main() -> None:
    write_list(
        "given_names.txt",
        [
            "Given names from the US Census Bureau's 1990 lists of first names (public "
            f"domain), via names {version('names')}:",
            f"a name is 'he' or 'she' when one list gives it {RATIO:g} times the other's share,",
            "else 'either'; a common English word (a whole word of WordLlama's tokenizer) given",
            f"to fewer than {WORD_SHARE:g}% of people is left out.",
            "One a line: the name in lower case, a tab, and he, she or either.",
            "Made by scripts/make_given_names.py; do not edit by hand.",
        ],
        pronouns(),
    )


if __name__ == "__main__":
    main()
