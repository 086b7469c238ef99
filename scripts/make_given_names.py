"""Write ``src/chorus/given_names.txt``: given names, from the US Census Bureau's 1990 lists
of first names and from Faker's lists of first names in other languages, and the pronoun
("he" or "she") their bearers are nearly always given.

"He" and "she" in a report are checked against the given name of the person the rules
would pick ("she said" after "Andrew Nari" is someone else). A Census name has a pronoun
only when one list gives it at least ``RATIO`` times the other's share of people: "James"
and "Jennifer" do; "Taylor", "Jordan" and "Kim" are listed as "either", given names that
say nothing of "he" or "she". A rare name that is also a common English word
("Summer", "Will", "Star"), which names a season or a film more often than a person, is
left out: one that WordLlama's tokenizer (a core dependency) holds as a whole lower-case
word, given to fewer than ``WORD_SHARE`` percent of people ("Mark" and "Bill" stay).

The Census lists are American: "Vladimir", "Bashar", "Alain", "Matteo" and "Recep" are not
in them, so a report's "Bashar Assad" would not read as a person's name. Faker (MIT) ships
the first names of some eighty locales, men's and women's apart; those written in Latin
letters are added (with the spelling without accents too, "Francois" for "François"), a
pronoun only when every locale that lists the name lists it for one sex ("Andrea" is a man
in Italy and a woman elsewhere). Without shares to tell a rare name from a common one, a
Faker name that is an English word ("Joke" and "Jail" are Dutch and Indonesian names) is
always left out: lemminflect's lexicon and wordfreq's frequencies tell. The Census lists
are public domain; the ``names`` package (MIT) ships them. Run from the repository's root:

    .venv/bin/pip install -e ".[given-names]"
    .venv/bin/python scripts/make_given_names.py
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from importlib.metadata import version

from chorus.places import is_known_region
from chorus.summarise.embedding import TOKENIZER
from package_list import write_list

RATIO = 30.0
WORD_SHARE = 0.05
WORD_ZIPF = 4.0


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


def census_pronouns(words: set[str]) -> dict[str, str]:
    men, women = shares("dist.male.first"), shares("dist.female.first")
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


# One word in Latin letters, with a hyphen or an apostrophe inside at most ("Jean-Pierre").
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['-][A-Za-z\u00c0-\u024f]+)*")
# The Census's own language: these locales' first names are Americans' and Britons' (with
# family names and places given as first names, "Mercer", "London"), their family names
# what such a name must not be.
ENGLISH_LOCALES = frozenset({"en", "en_AU", "en_CA", "en_GB", "en_IE", "en_NZ", "en_US"})
# A people's or a creed's word ("Danish", "Baptist", "Christian" is the Census's): some
# locales give them as names, but English writes them before nouns far more often.
_ADJECTIVE = re.compile(r".*(?:ish|ese|ist|ian|ic)")


def _faker_lists() -> list[tuple[str, dict[str, object]]]:
    import faker.providers.person as person

    return [
        (locale.name, vars(importlib.import_module(f"{person.__name__}.{locale.name}").Provider))
        for locale in pkgutil.iter_modules(person.__path__)
    ]


def _names(lists: dict[str, object], attribute: str) -> list[str]:
    """A list of names of a Faker provider (a sequence, or a dict of names and weights);
    none when it has no such list or makes it when asked for (a property)."""
    names = lists.get(attribute)
    return list(names) if isinstance(names, (dict, list, tuple)) else []


def faker_sexes() -> dict[str, set[str]]:
    """Each first name in Latin letters that a non-English locale of Faker lists,
    lower-cased, with the pronouns of the lists it is in ("he" for men's, "she" for
    women's, both for a list of either), and without its accents too; not a family name of
    the English locales ("Campbell") nor a people's word ("Danish")."""
    lists = _faker_lists()
    family_names = {
        name.lower()
        for locale, provided in lists
        if locale in ENGLISH_LOCALES
        for attribute in ("last_names", "last_names_male", "last_names_female")
        for name in _names(provided, attribute)
    }
    found: dict[str, set[str]] = defaultdict(set)
    for locale, provided in lists:
        if locale in ENGLISH_LOCALES:
            continue
        by_sex = [
            (_names(provided, attribute), {pronoun})
            for attribute, pronoun in (("first_names_male", "he"), ("first_names_female", "she"))
        ]
        # A locale without men's and women's lists has one list of either.
        for names, pronouns in [(n, p) for n, p in by_sex if n] or [
            (_names(provided, "first_names"), {"he", "she"})
        ]:
            for name in names:
                if not _LATIN_NAME.fullmatch(name) or _ADJECTIVE.fullmatch(name):
                    continue
                plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                for form in {name.lower(), plain.lower()} - family_names:
                    found[form] |= pronouns
    return found


def is_english_word(name: str) -> bool:
    """Whether a first name of another language is also an English word, which English
    capitalises to open a sentence or a headline far more often than to name someone:
    a word lemminflect inflects ("Joke", "Jail", "Wage": names in Dutch, Indonesian), or one
    as frequent in English as "visa" or "nazi" (wordfreq's Zipf scale, at least
    ``WORD_ZIPF``; the most frequent real names among them, "Vladimir", "Liam", are below
    it). Hyphenated names are looked at as a whole by the first test only: wordfreq would
    count "Jean-Paul" as its two words."""
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    return bool(getAllLemmas(name)) or ("-" not in name and zipf_frequency(name, "en") >= WORD_ZIPF)


def pronouns() -> dict[str, str]:
    words = english_words()
    decided = census_pronouns(words)
    for name, sexes in faker_sexes().items():
        if (
            name in decided
            or name in words
            or len(name) < 3
            or is_known_region(name.title())
            or is_english_word(name)
        ):
            continue
        decided[name] = next(iter(sexes)) if len(sexes) == 1 else "either"
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
            f"Then the first names in Latin letters of Faker {version('faker')}'s non-English",
            "locales that the Census lists lack, also without accents: 'he' or 'she' when every",
            "locale lists the name for one sex; none that is an English word",
            f"(lemminflect {version('lemminflect')} inflects it, or wordfreq {version('wordfreq')}",
            f"gives it a Zipf frequency of {WORD_ZIPF:g} or more), a country, a state or a",
            "continent, a family name of Faker's English locales, a people's word (-ish, -ese,",
            "-ist, -ian, -ic) or shorter than three letters.",
            "One a line: the name in lower case, a tab, and he, she or either.",
            "Made by scripts/make_given_names.py; do not edit by hand.",
        ],
        pronouns(),
    )


if __name__ == "__main__":
    main()
