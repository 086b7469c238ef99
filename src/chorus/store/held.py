"""The events an ingest holds in memory between batches, loaded from the store as batches
need them and let go of once they grow many.

A dated article can join only an undated event or one within the time window of it
(``cluster.joinable_span``). So an ingest of this week's articles into a store of years
loads only the events around them, and a long crawl in date order lets go of what it has
passed once it holds ``EVENTS_HELD`` events. An undated article may join any event, and
makes the ingest load them all. The events offered are the same as with the whole store
held. (Copies need nothing held: ``copies.copy_candidates`` looks them up per batch.)
"""

from __future__ import annotations

import sqlite3
from datetime import date

from ..cluster import EventState, TermVector
from .schema import stored_date

EVENTS_HELD = 5_000
"""How many events an ingest holds in memory before it lets go of those outside the dates
its batch needs."""


class HeldEvents:
    """The events an ingest holds: every event when ``everything``, else at least every
    undated event and every event whose dates reach into ``span``."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.states: dict[int, EventState] = {}
        self.span: tuple[date, date] | None = None
        self.everything = False
        self._load("last_published IS NULL", [])

    def joinable(self, span: tuple[date, date] | None) -> list[EventState]:
        """The events whose date span reaches ``span`` or is unknown, every event when
        ``span`` is None (``cluster.joinable_span``), by id."""
        if span is None:
            if not self.everything:
                self._load("1", [])
                self.everything = True
            return sorted(self.states.values(), key=lambda e: e.event_id)
        if not self.everything:
            self.let_go(span, EVENTS_HELD)
            for first, last in self.missing(span):
                self._load(
                    "last_published >= ? AND first_published <= ?",
                    [first.isoformat(), last.isoformat()],
                )
            self.cover(span)
        return sorted(
            (e for e in self.states.values() if _reaches(e, span)), key=lambda e: e.event_id
        )

    def missing(self, span: tuple[date, date]) -> list[tuple[date, date]]:
        """The parts of ``span`` whose events are not all held (two at most)."""
        if self.span is None:
            return [span]
        held_first, held_last = self.span
        parts = []
        if span[0] < held_first:
            parts.append((span[0], held_first))
        if span[1] > held_last:
            parts.append((held_last, span[1]))
        return parts

    def cover(self, span: tuple[date, date]) -> None:
        """Record that every event reaching into ``span`` is now held too."""
        if self.span is None:
            self.span = span
        else:
            self.span = (min(self.span[0], span[0]), max(self.span[1], span[1]))

    def let_go(self, span: tuple[date, date], limit: int) -> None:
        """Past ``limit`` events, let go of the dated events that do not reach into
        ``span``; what is held is then known complete only within ``span``. (A crawl in
        date order so holds the events around where it has got to; one in no order, whose
        batches span all its dates, holds them all.)"""
        if len(self.states) <= limit or self.span is None:
            return
        self.states = {i: e for i, e in self.states.items() if _reaches(e, span)}
        first, last = max(self.span[0], span[0]), min(self.span[1], span[1])
        self.span = (first, last) if first <= last else None

    def update(self, touched: set[int], refreshed: dict[int, EventState]) -> None:
        """Take in what a committed batch changed."""
        for event_id in touched:
            self.states.pop(event_id, None)
        self.states.update((i, e) for i, e in refreshed.items() if e.size > 0)

    def _load(self, where: str, parameters: list[str]) -> None:
        """Hold the events ``where`` says (a search of the date index)."""
        for event_id, centroid, members, first, last in self._db.execute(
            "SELECT id, centroid, members, first_published, last_published FROM events"
            f" WHERE members > 0 AND {where}",
            parameters,
        ):
            if event_id not in self.states:
                self.states[event_id] = EventState(
                    event_id,
                    TermVector.from_bytes(centroid),
                    members,
                    stored_date(first),
                    stored_date(last),
                )


def _reaches(event: EventState, span: tuple[date, date]) -> bool:
    """Whether an event's dates reach into ``span`` (an undated event's always may)."""
    if event.first is None or event.last is None:
        return True
    return event.last >= span[0] and event.first <= span[1]
