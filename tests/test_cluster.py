"""Incremental event clustering: similar reports join, different events stay apart, time
splits events, and only the most recent articles are placed again."""

from __future__ import annotations

import json
from datetime import date

import numpy as np

from chorus.cluster import (
    EventState,
    Newcomer,
    Placement,
    Provisional,
    TermStatistics,
    TermVector,
    continuing,
    place,
    reopen,
    term_counts,
    weigh,
)
from conftest import ROOT

EVENTS = ROOT / "tests" / "data" / "events.jsonl"
RECORDS = {r["id"]: r for r in map(json.loads, EVENTS.read_text().splitlines())}


def newcomers(ids: list[str], statistics: TermStatistics, dated: bool = True) -> list[Newcomer]:
    counts = [term_counts(RECORDS[i]["title"], RECORDS[i]["text"]) for i in ids]
    statistics.add(counts)
    return [
        Newcomer(
            i, weigh(c, statistics), date.fromisoformat(RECORDS[i]["published"]) if dated else None
        )
        for i, c in zip(ids, counts, strict=True)
    ]


def groups_of(placements) -> list[set[str]]:  # type: ignore[no-untyped-def]
    groups: dict[object, set[str]] = {}
    for p in placements:
        groups.setdefault(
            p.event_id if p.event_id is not None else ("new", p.new_event), set()
        ).add(p.article_id)
    return sorted(groups.values(), key=sorted)


def test_one_batch_groups_reports_by_event() -> None:
    statistics = TermStatistics()
    ids = [i for i in RECORDS if i != "ferry-later"]
    placed = place(newcomers(ids, statistics), [])
    assert groups_of(placed) == [
        {"ferry-coastline", "ferry-islandvoice", "ferry-portnews"},
        {"final-gazette", "final-sportsdesk"},
        {"rates-capital", "rates-ledger", "rates-markets"},
    ]


def test_a_later_batch_joins_the_existing_event() -> None:
    statistics = TermStatistics()
    first = newcomers(["ferry-coastline", "ferry-islandvoice", "rates-ledger"], statistics)
    placed = place(first, [])
    ferry = [n for n in first if n.article_id.startswith("ferry")]
    event = EventState(7, ferry[0].vector + ferry[1].vector, 2, date(2025, 6, 2), date(2025, 6, 2))
    assert len(groups_of(placed)) == 2
    later = place(newcomers(["ferry-portnews", "final-gazette"], statistics), [event])
    by_id = {p.article_id: p for p in later}
    assert by_id["ferry-portnews"].event_id == 7
    assert by_id["final-gazette"].event_id is None


def test_the_same_place_weeks_later_is_another_event() -> None:
    ids = ["ferry-coastline", "ferry-islandvoice", "ferry-portnews", "ferry-later"]
    placed = place(newcomers(ids, TermStatistics()), [], threshold=0.01)
    assert groups_of(placed) == [set(ids[:3]), {"ferry-later"}]
    # With no dates, the same low threshold lets text alone join them.
    undated = place(newcomers(ids, TermStatistics(), dated=False), [], threshold=0.01)
    assert groups_of(undated) == [set(ids)]


def test_existing_events_are_never_merged() -> None:
    statistics = TermStatistics()
    a, b = newcomers(["rates-ledger", "rates-markets"], statistics)
    events = [EventState(1, a.vector, 1, None, None), EventState(2, b.vector, 1, None, None)]
    (placed,) = place(newcomers(["rates-capital"], statistics), events)
    assert placed.event_id in (1, 2)


def test_a_weak_match_to_an_existing_event_waits_for_a_better_partner() -> None:
    """A join cannot be undone, so a newcomer's similarity to an event counts for less
    than the same similarity to another newcomer."""
    axis = np.array([0, 1, 2], dtype=np.uint32)
    event = EventState(5, TermVector(axis, np.array([1, 0, 0], np.float32)), 1, None, None)
    weak = np.sqrt(1 - 0.11**2)
    newcomer = Newcomer("n", TermVector(axis, np.array([0.11, weak, 0], np.float32)), None)
    (waits,) = place([newcomer], [event])
    assert waits.event_id is None
    (joins,) = place([newcomer], [event], join_weight=1.0)
    assert joins.event_id == 5
    # The same similarity to a newcomer in the same batch is enough to pair them.
    partner = Newcomer("p", TermVector(axis, np.array([1, 0, 0], np.float32)), None)
    assert groups_of(place([newcomer, partner], [])) == [{"n", "p"}]


def _unit(*values: float) -> TermVector:
    vector = np.array(values, np.float32)
    return TermVector(np.arange(len(values), dtype=np.uint32), vector / np.linalg.norm(vector))


def test_reopened_events_lose_their_provisional_articles() -> None:
    old, recent, alone = _unit(1, 0, 0), _unit(1, 1, 0), _unit(0, 0, 1)
    events = [
        EventState(1, old + recent, 2, date(2025, 6, 1), date(2025, 6, 2)),
        EventState(2, alone, 1, None, None),
    ]
    provisional = [
        Provisional(Newcomer("recent", recent, None), 1),
        Provisional(Newcomer("alone", alone, None), 2),
    ]
    (kept,) = reopen(events, provisional)  # event 2 had nothing but a provisional article
    assert (kept.event_id, kept.size, kept.first) == (1, 1, date(2025, 6, 1))
    assert np.allclose(kept.centroid.values, old.values)


def test_an_event_of_provisional_articles_keeps_its_id_where_most_of_them_go() -> None:
    provisional = [
        Provisional(Newcomer(name, _unit(1, 0), None), event)
        for name, event in (("a", 4), ("b", 4), ("c", 9), ("d", 4))
    ]
    placements = [
        Placement("a", None, 0),
        Placement("b", None, 1),
        Placement("d", None, 1),
        Placement("c", None, 1),
        Placement("new", None, 2),
    ]
    # Event 4 continues as new event 1, which holds two of its three articles; event 9
    # keeps other articles, so it is not emptied and nothing continues it.
    assert continuing(placements, provisional, emptied={4}) == {1: 4}
    # Emptied too, event 9 gave its one article to the new event that continues event 4.
    assert continuing(placements, provisional, emptied={4, 9}) == {1: 4}


def test_term_vectors_survive_storage_and_add_up() -> None:
    vector = weigh(
        term_counts("A title", "Ferry fire in the harbour, ferry towed"), TermStatistics(1, {})
    )
    assert np.isclose(np.linalg.norm(vector.values), 1.0)
    again = TermVector.from_bytes(vector.to_bytes())
    assert np.array_equal(again.indices, vector.indices)
    assert np.allclose((again + vector).values, 2 * vector.values)


def test_a_sum_of_term_vectors_in_one_pass_is_the_running_sum_to_the_bit() -> None:
    rng = np.random.default_rng(3)
    sizes = rng.integers(1, 20, size=30)
    vectors = [
        TermVector(
            np.sort(rng.choice(50, size=n, replace=False)).astype(np.uint32),
            rng.random(n).astype(np.float32),
        )
        for n in sizes
    ]
    running = TermVector.empty()
    for vector in vectors:
        running = TermVector(*_added(running, vector))
    total = TermVector.total(vectors)
    assert np.array_equal(total.indices, running.indices)
    assert total.values.tobytes() == running.values.tobytes()
    assert len(TermVector.total([]).indices) == 0


def _added(a: TermVector, b: TermVector) -> tuple[np.ndarray, np.ndarray]:
    """Two term vectors added as one would by hand: in float32, term by term."""
    indices = np.union1d(a.indices, b.indices).astype(np.uint32)
    values = np.zeros(len(indices), np.float32)
    values[np.searchsorted(indices, a.indices)] += a.values
    values[np.searchsorted(indices, b.indices)] += b.values
    return indices, values
