"""A person's first mention in a summary gives the full name (``chorus.summarise.people``)."""

from __future__ import annotations

import pytest

from chorus.records import Sentence
from chorus.summarise.centroid import CentroidSummariser
from chorus.summarise.people import People, complete_first_mentions
from test_summarise import article

INTRODUCED = "Ferry traffic stopped after the strike, said Burt Levy, an analyst at Harbour Data."
QUOTED = '"Nobody expected the port to close for a week," Levy said on Monday.'
FOLLOW_UP = "Levy's estimate put the losses at 40 million euros a day."


def sentences(*texts: str, article_id: str = "a") -> list[Sentence]:
    return [Sentence(f"{article_id}/s{k}", article_id, k, 0, t) for k, t in enumerate(texts)]


def completed(*texts: str, order: list[int]) -> list[str]:
    own = sentences(*texts)
    return complete_first_mentions([own[k] for k in order], People.named_in(own))


def test_the_first_mention_gets_the_full_name_and_later_ones_keep_the_family_name() -> None:
    texts = completed(INTRODUCED, QUOTED, FOLLOW_UP, order=[1, 2])
    assert texts == [
        '"Nobody expected the port to close for a week," Burt Levy said on Monday.',
        FOLLOW_UP,
    ]


def test_a_possessive_keeps_its_ending() -> None:
    assert completed(INTRODUCED, QUOTED, FOLLOW_UP, order=[2]) == [
        "Burt Levy's estimate put the losses at 40 million euros a day."
    ]


def test_nothing_changes_once_the_summary_has_named_the_person_in_full() -> None:
    assert completed(INTRODUCED, QUOTED, order=[0, 1]) == [INTRODUCED, QUOTED]


@pytest.mark.parametrize(
    "texts",
    [
        # Two people of one family: which one is meant cannot be told.
        (INTRODUCED, "Anna Levy, his sister, runs a shipping firm in the port.", QUOTED),
        # A title says who it is; "President Levy" is not a given name.
        ("The strike spread, said President Levy, who called for talks.", QUOTED),
        # A place before "said" ("neighbours in Upper Darby said") is not a person speaking.
        (
            "Neighbours in Upper Darby said the gunman had kept to himself.",
            "A shelter opened in Darby, PA, on Friday.",
        ),
        # A group named by an organisation word.
        (
            "Talks failed, said Harbour Workers Union, a group of 4,000 dockers.",
            '"We will not return," Union said.',
        ),
        # Never introduced in full.
        (QUOTED, FOLLOW_UP),
    ],
)
def test_no_full_name_is_guessed(texts: tuple[str, ...]) -> None:
    assert completed(*texts, order=[len(texts) - 1]) == [texts[-1]]


def test_a_name_written_in_pieces_is_left_alone() -> None:
    texts = (
        "The appeal was filed by Juan R. Ortega, a lawyer for the crew.",
        "Juan Ortega, 44, said the crew had not been paid.",
        "Ortega said the appeal would be heard in May.",
        "The appeal named Juan R. Ortega as counsel.",
    )
    assert completed(*texts, order=[3]) == [texts[3]]


def test_a_summary_completes_names_within_its_word_budget() -> None:
    articles = [
        article("a", "Alpha News", INTRODUCED, QUOTED, FOLLOW_UP),
        article("b", "Beta Daily", QUOTED, FOLLOW_UP),
    ]
    budget = len(QUOTED.split()) + 1  # room for the quote, not for "Burt" as well
    summary = CentroidSummariser().summarise(articles, budget)
    assert sum(len(s.text.split()) for s in summary.sentences) <= budget
    full = CentroidSummariser().summarise(articles, 500)
    assert any("Burt Levy" in s.text for s in full.sentences)
    assert not any(" Levy" in s.text.replace("Burt Levy", "") for s in full.sentences[:1])
