"""Numeric claims: found with their hedge, what they count and who gave them; grouped into
agreements and conflicts across outlets; never dates, ages, times or list positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import chorus
from chorus.analyse.numbers import claims_in
from chorus.compare import compare_claims
from chorus.records import Article, Claim, Sentence
from conftest import ROOT

SCHEMA = json.loads((ROOT / "src/chorus/schema/briefing.schema.json").read_text())


def claims(text: str) -> list[Claim]:
    return list(claims_in(Sentence("a/s0", "a", 0, 0, text)))


def test_a_word_of_a_name_is_no_happening() -> None:
    found = claims("The Free Harbour Army guards about 40,000 sailors in Dorn.")
    assert [(c.text, c.what) for c in found] == [("about 40,000 sailors", "sailors")]


@pytest.mark.parametrize(
    ("text", "figure", "low", "high", "what", "source"),
    [
        (
            "At least 42 people have been killed in the floods, the Red Cross said.",
            "at least 42 people", 42, 48.3, "people killed", "the Red Cross",
        ),
        (
            "Rescuers freed dozens of miners trapped underground, according to officials.",
            "dozens of miners", 24, 99, "miners freed", "officials",
        ),
        (
            "Police said around 300 people detained by the militia had been released.",
            "around 300 people", 270, 330, "prisoners freed", "Police",
        ),
        (
            "The army executed nine captives, witnesses said.",
            "nine captives", 9, 9, "prisoners killed", "witnesses",
        ),
        (
            "More than 1,200 residents fled the fire on Sunday.",
            "more than 1,200 residents", 1200, 1380, "residents displaced", None,
        ),
        (
            "The storm left twenty-one fishermen missing.",
            "twenty-one fishermen", 21, 21, "fishermen missing", None,
        ),
        # A participle that describes the noun is not what the sentence reports...
        (
            "Three sailors missing at sea since May have been rescued, officials said.",
            "three sailors", 3, 3, "sailors freed", "officials",
        ),
        # ...unless nothing else happens to them.
        (
            "Police are looking for six climbers missing since Friday.",
            "six climbers", 6, 6, "climbers missing", None,
        ),
        # What the counted are accused of did not happen to them.
        (
            "Two brothers suspected of killing a shopkeeper were arrested on Monday.",
            "two brothers", 2, 2, "brothers held", None,
        ),
        # "Released" said of a video publishes it; nobody is set free.
        (
            "Activists released videos showing 12 bodies in the basement, witnesses said.",
            "12 bodies", 12, 12, "bodies", "witnesses",
        ),
        (
            "About 40 board members resigned in protest on Friday.",
            "about 40 board members", 36, 44, "members resigned", None,
        ),
    ],
)  # fmt: skip
def test_a_claim_has_its_value_hedge_subject_and_source(
    text: str, figure: str, low: float, high: float, what: str, source: str | None
) -> None:
    (claim,) = claims(text)
    assert claim.text == figure
    assert (claim.quantity.low, claim.quantity.high) == pytest.approx((low, high))
    assert claim.what == what
    assert claim.attributed_to == source


def test_a_happening_with_a_count_of_its_own_is_not_the_other_counts() -> None:
    found = claims("Strikes on two villages late on Tuesday killed nine people, medics said.")
    assert [(c.text, c.what) for c in found] == [
        ("two villages", "villages"),
        ("nine people", "people killed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire began on January 17, 2014, and ended in March 2015.",
        "Omar, 21, an activist in the city, was wounded.",
        "A 34-year-old man was arrested at 3:30 p.m. on Route 9.",
        "Inflation rose to 7.2 percent and the fund lost $40 million.",
        "Talks lasted 12 hours and the delegates met for the 3rd time.",
        "He ranked No. 4 in the list of 100 candidates.",
        "Footage from World War Two was found after a two-year hunt.",
        "The 18-second clip was shown at the Group of 20 summit.",
        "She died after a long battle with stage four cancer before the Category 5 storm.",
    ],
)
def test_dates_ages_times_rates_and_positions_are_not_claims(text: str) -> None:
    assert [c.text for c in claims(text) if c.counted != "candidates"] == []


def test_a_name_inside_the_counted_phrase_is_not_what_is_counted() -> None:
    (claim,) = claims("Police found two missing Delphi Community Middle School students.")
    assert (claim.text, claim.what) == (
        "two missing Delphi Community Middle School students", "students missing",
    )  # fmt: skip


def test_places_where_something_happened_are_not_what_happened_to() -> None:
    found = claims("The storm was blamed for deaths in at least five states.")
    assert [(c.text, c.what) for c in found] == [("at least five states", "states")]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "At least 144 people were killed on Monday, including 64 at a checkpoint.",
            {"at least 144 people": False, "64": True},
        ),
        (
            "Parents of 13 of the 20 children killed in the shooting filed suits.",
            {"13 of the 20 children": True, "20 children": False},
        ),
        ("On Sunday the group killed 50 of its prisoners.", {"50 of its prisoners": False}),
        ("More than 1,000 of the crew were killed.", {"more than 1,000 of the crew": False}),
    ],
)
def test_a_part_of_a_count_is_marked(text: str, parts: dict[str, bool]) -> None:
    assert {c.text: c.part for c in claims(text)} == parts


def test_a_part_is_never_set_against_a_total() -> None:
    groups = compare_claims(
        [
            _article("a", "One", "At least 144 people were killed, including 64 at a checkpoint."),
            _article("b", "Two", "Some 144 people were killed on Monday, activists said."),
        ]
    )
    assert [(g.what, g.verdict) for g in groups] == [("people killed", "agreement")]
    assert [c.text for c in groups[0].claims] == ["some 144 people", "at least 144 people"]


def _article(article_id: str, outlet: str, *sentences: str) -> Article:
    found = tuple(
        Sentence(f"{article_id}/s{i}", article_id, i, i, text) for i, text in enumerate(sentences)
    )
    return Article(
        id=article_id, origin=article_id, outlet=outlet, title=None, url=None, published=None,
        published_from=None, wire=None, byline=None, dateline=None, paragraphs=(),
        sentences=found, claims=tuple(c for s in found for c in claims_in(s)),
    )  # fmt: skip


def test_compatible_figures_agree_and_incompatible_ones_conflict() -> None:
    groups = compare_claims(
        [
            _article("a", "One", "At least 40 people were killed in the quake.",
                     "Rescuers freed 12 miners on Monday."),
            _article("b", "Two", "The quake killed 40 people, officials said.",
                     "Rescuers freed dozens of miners, the mayor said."),
            _article("c", "Three", "More than 60 people were killed, according to the UN.",
                     "The war has killed more than 2,000 people since 2019."),
        ]
    )  # fmt: skip
    by_what = {(g.what, g.conflict): g for g in groups}
    killed = by_what[("people killed", True)]
    assert {c.text for c in killed.claims} == {
        "at least 40 people", "40 people", "more than 60 people",
    }  # fmt: skip
    assert [c.attributed_to for c in killed.claims if c.article_id == "c"] == ["the UN"]
    # Twelve and dozens cannot both be right; 2,000 killed in a war is another quantity.
    assert ("miners freed", True) in by_what
    assert all("2,000" not in c.text for g in groups for c in g.claims)
    agree = compare_claims(
        [
            _article("a", "One", "At least 40 people were killed in the quake."),
            _article("b", "Two", "The quake killed 40 people, officials said."),
        ]
    )
    assert [(g.what, g.verdict) for g in agree] == [("people killed", "agreement")]


def test_small_counts_that_differ_are_separate_counts_not_an_agreement() -> None:
    (group,) = compare_claims(
        [
            _article("a", "One", "Two people were killed in the blast in the market."),
            _article("b", "Two", "Five people were killed in the blast, police said."),
        ]
    )
    assert (group.what, group.verdict, group.conflict) == ("people killed", "separate", False)


def test_figures_one_article_gives_itself_are_counts_of_two_happenings() -> None:
    """An outlet that states both figures, on no one's word, counts two happenings; one
    that gives them on two sources' words reports a disagreement."""
    three = "At least three people were killed in the blast near the harbour."
    bombings = "On Saturday, two car bombs in the capital killed 27 people."
    (group,) = compare_claims(
        [_article("a", "One", three, bombings), _article("b", "Two", bombings),
         _article("c", "Three", "The blast killed at least three people, police said.")]
    )  # fmt: skip
    assert (group.what, group.verdict) == ("people killed", "separate")
    (group,) = compare_claims(
        [_article("a", "One", "Police said 30 people were killed in the blast.",
                  "The hospital said 45 people were killed in the blast."),
         _article("b", "Two", "The blast killed 45 people, the hospital said.")]
    )  # fmt: skip
    assert (group.what, group.verdict) == ("people killed", "conflict")


def test_one_outlet_alone_makes_no_group() -> None:
    assert compare_claims([_article("a", "One", "Rescuers freed 12 miners.")]) == ()


@pytest.mark.parametrize("with_manifest", [True, False])
def test_the_seed_conflicts_are_visible(seeds: Path, with_manifest: bool) -> None:
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    briefing = chorus.brief(files, manifest=seeds / "manifest.jsonl" if with_manifest else None)
    conflicts = {g.what: g for g in briefing.claims if g.conflict}
    # Each conflict must oppose figures of different outlets, with the right ranges.
    for what, low_values in {
        "people killed": {300, 385},
        "prisoners freed": {24, 270},
        "prisoners killed": {9, 50},
    }.items():
        groups = [g for g in briefing.claims if g.conflict and g.what == what]
        assert any(low_values <= {round(c.quantity.low) for c in g.claims} for g in groups), what
        assert len(conflicts[what].article_ids) >= 2
    toll = next(g for g in briefing.claims if g.what == "people killed" and len(g.claims) >= 3)
    assert sum("Observatory" in (c.attributed_to or "") for c in toll.claims) >= 2
    text = chorus.render(briefing, "text")
    assert "Conflict: prisoners killed" in text
    document = json.loads(chorus.render(briefing, "json"))
    import jsonschema

    jsonschema.validate(document, SCHEMA)
    assert any(g["verdict"] == "conflict" for g in document["claims"])
    assert "Conflict: prisoners freed" in chorus.render(briefing, "md").replace("\\", "")
    assert '<tbody class="conflict">' in chorus.render(briefing, "html")


def test_a_count_without_its_noun_counts_what_the_sentence_just_counted() -> None:
    found = claims(
        "The LCC said 15 people had been killed in the Idlib area, nine in the Aleppo area."
    )
    assert [(c.text, c.what) for c in found] == [
        ("15 people", "people killed"),
        ("nine", "people killed"),
    ]
    votes = claims("Jarba won a second term, defeating Hijab by 65 votes to 52.")
    assert [round(c.quantity.low) for c in votes] == [65, 52]
    assert {c.counted for c in votes} == {"votes"}
    ages = claims("They were named as Kevin Johnson, 24; Dwight Smith, 30; and Ann Jarrett, 27.")
    assert ages == []


def test_the_cheap_pre_check_never_hides_a_number(seed_sentences: list[str]) -> None:
    from chorus.analyse.numbers import _NUMBER, _may_count

    with_numbers = [t for t in seed_sentences if _NUMBER.search(t)]
    assert len(with_numbers) > 20
    assert all(_may_count(t) for t in with_numbers)
    assert _may_count("Dozens of people fled.") and not _may_count("Nobody was hurt.")
