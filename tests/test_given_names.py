"""The list of given names: the US Census lists, and the first names of other languages."""

from __future__ import annotations

import pytest

from chorus.given_names import given_name_pronoun, is_given_name


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [
        ("Andrew", "he"),  # the Census lists
        ("Jennifer", "she"),
        ("Taylor", None),  # given to men and women
        ("Sergey", "he"),  # other languages', from Faker's lists
        ("Zainab", "she"),
        ("François", "he"),
        ("Francois", "he"),  # as English reports write it, without the accent
    ],
)
def test_given_names_of_english_and_other_languages(name: str, pronoun: str | None) -> None:
    assert is_given_name(name)
    assert given_name_pronoun(name) == pronoun


@pytest.mark.parametrize(
    "word",
    [
        "Campbell",  # a family name, which some lists give as a first name
        "Danish",  # a people's word
        "London",  # a place
        "Summer",  # an English word
        "Keldor",  # no one's
    ],
)
def test_words_that_are_no_given_names(word: str) -> None:
    assert not is_given_name(word)
    assert given_name_pronoun(word) is None
