"""The hand-annotated references of ``bench/annotations`` hold as well as BENCHMARKS.md
says. ``bench/compare.py`` reports them; this keeps a change to cleaning, segmentation or
the analysers from losing an annotated figure, date, conflict or speaker unnoticed, as
happened once when "since November" stopped dating anything."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType, SimpleNamespace

import pytest

from chorus.records import Entity
from conftest import ROOT, SHARED

ANNOTATIONS = ROOT / "bench" / "annotations"

# The reference items found in BENCHMARKS.md's comparison section: (claims right, dates
# right, conflicts found, speakers right). A change may find more, never fewer.
FOUND = {
    "multinews-validation-047": (38, 0, 2, 17),
    "multinews-validation-063": (0, 0, 0, 4),
    "multinews-validation-069": (0, 0, 0, 7),
    "multinews-validation-072": (0, 0, 0, 17),
    "multinews-validation-077": (0, 0, 0, 13),
    "multinews-validation-082": (0, 0, 0, 0),
    "multinews-validation-129": (0, 0, 0, 14),
    "multinews-validation-161": (9, 9, 0, 18),
    "multinews-validation-168": (8, 2, 0, 2),
    "multinews-validation-171": (0, 0, 0, 8),
    "multinews-validation-226": (0, 0, 0, 17),
    "seeds": (44, 52, 3, 44),
}


@pytest.fixture(scope="module")
def compare() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_compare", ROOT / "bench" / "compare.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FOUND))
def test_the_annotated_references_hold(name: str, compare: ModuleType) -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    annotation = json.loads((ANNOTATIONS / f"{name}.json").read_text(encoding="utf-8"))
    briefing = compare.briefing_of(annotation)
    claims_right = claims = dates_right = dates = 0  # a reference may judge speakers only
    if "claims" in annotation:
        claims_right, claims, _, _ = compare.claim_counts(briefing, annotation["claims"])
    if "timeline" in annotation:
        dates_right, dates, _, _ = compare.timeline_counts(briefing, annotation["timeline"])
    conflicts_right, conflicts, conflicts_found = compare.conflict_counts(
        briefing, annotation["conflicts"]
    )
    speakers_right, _, _ = compare.speaker_counts(briefing, annotation["quotes"])
    found = (claims_right, dates_right, conflicts_found, speakers_right)
    assert all(count >= floor for count, floor in zip(found, FOUND[name], strict=True)), found
    # Nothing found that the references do not hold: every claim, date and conflict is right.
    assert (claims_right, dates_right, conflicts_right) == (claims, dates, conflicts)


def test_a_reference_sentence_is_found_through_merges_splits_and_credits(
    compare: ModuleType,
) -> None:
    same = compare.same_sentence
    annotated = "(CNN) Rescuers searched the harbour on Monday for a missing sailor."
    assert same(annotated, "Rescuers searched the harbour on Monday for a missing sailor.")
    assert same(annotated, annotated + " The search ended at dusk.")  # merged with the next
    assert same(annotated, "Rescuers searched the harbour on Monday")  # split
    assert not same(annotated, "The three sailors were identified as local fishermen.")
    assert not same(
        "The three men were identified as gang members.",
        (
            "Three men identified by police as gang members and a woman were arrested in the "
            "shooting death of a man."
        ),
    )  # the same words, not in one run


def test_a_speaker_is_right_under_another_name_the_names_list_gives_the_person(
    compare: ModuleType,
) -> None:
    person = Entity("Candy Lane", "person", ("Lane", "Jane Roe", "Roe"), (("a", 3),))
    briefing = SimpleNamespace(entities=(person,))
    assert compare.same_person(briefing, "Candy Lane", "Jane Roe")  # a stage name
    assert compare.same_person(briefing, "Lane", "Candy Lane")  # a short form, as before
    assert not compare.same_person(briefing, "Candy Lane", "Jane Doe")
    assert not compare.same_person(SimpleNamespace(entities=()), "Candy Lane", "Jane Roe")
