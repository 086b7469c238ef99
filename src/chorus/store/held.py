"""What an ingest holds in memory between batches: the copy index and the events, each
loaded from the store as batches need them and let go of once they grow large.

A dated article can copy only an undated article or one published within
``COPY_WINDOW_DAYS`` of it (``dedup``), and join only an undated event or one within the
time window of it (``cluster.joinable_span``). So an ingest of this week's articles into a
store of years loads only the days and events around them, and a long crawl in date order
lets go of what it has passed once it holds ``COPY_INDEX_ARTICLES`` signatures or
``EVENTS_HELD`` events. An undated article may copy or join anything, and makes the ingest
load everything. The copies found and the events offered are the same as with the whole
store held.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta

import numpy as np

from ..cluster import EventState, TermVector
from ..dedup import COPY_WINDOW_DAYS, CopyIndex, Fingerprint
from .schema import stored_date

COPY_INDEX_ARTICLES = 10_000
"""How many articles the copy index holds before it lets go of days no batch needs now (a
few kilobytes each, most of them datasketch's band keys)."""
EVENTS_HELD = 5_000
"""How many events an ingest holds in memory before it lets go of those outside the dates
its batch needs."""
FINGERPRINT_COLUMNS = "id, signature, shingles, words, published, published_from"
"""The columns of a stored article that ``stored_fingerprint`` reads."""


class HeldCopies:
    """The copy index of an ingest, and which stored articles it is known to hold all of."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.index = CopyIndex()
        self.everything = False
        self.undated = False
        self.days: set[date] = set()
        """Days whose articles dated by their metadata are all indexed."""

    def for_dates(self, dates: set[date | None]) -> CopyIndex:
        """The copy index, holding every stored article that an article published on one of
        ``dates`` (None: undated) could be a copy of."""
        if None in dates and not self.everything:
            self._load("1", [])
            self.everything = True
        if self.everything:
            return self.index
        if not self.undated:
            self._load("published IS NULL OR published_from IS NOT 'metadata'", [])
            self.undated = True
        needed = {near for day in dates if day for near in _days_around(day)}
        self.let_go(needed, COPY_INDEX_ARTICLES)
        days = sorted(needed - self.days)
        for start in range(0, len(days), 500):
            chunk = days[start : start + 500]
            self._load(
                f"published_from = 'metadata' AND published IN ({','.join('?' * len(chunk))})",
                [day.isoformat() for day in chunk],
            )
        self.days.update(days)
        return self.index

    def let_go(self, needed: set[date], limit: int) -> None:
        """While the index holds more than ``limit`` articles, take out the dated articles
        of the day farthest outside the span of the ``needed`` days (an ingest that needs
        that day again loads it again). Only days outside the span go, so that a crawl in
        date order lets go of the days it has passed, while one in no order, whose batches
        each need days all over, keeps them rather than load them again and again.
        Undated articles, which any article may copy, stay."""
        if len(self.index) <= limit or self.everything or not needed:
            return
        first, last = min(needed), max(needed)
        by_day: dict[date, list[str]] = {}
        for article in self.index:
            if article.published is not None and not first <= article.published <= last:
                by_day.setdefault(article.published, []).append(article.article_id)

        def outside(day: date) -> timedelta:
            return first - day if day < first else day - last

        for day in sorted(by_day, key=outside, reverse=True):
            for article_id in by_day[day]:
                self.index.remove(article_id)
            self.days.discard(day)
            if len(self.index) <= limit:
                return

    def _load(self, where: str, parameters: list[str]) -> None:
        """Index the stored articles ``where`` says (those indexed already stay as they are)."""
        for row in self._db.execute(
            f"SELECT {FINGERPRINT_COLUMNS} FROM articles WHERE {where}", parameters
        ):
            if row[0] not in self.index:
                self.index.add(stored_fingerprint(row))


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


def stored_fingerprint(row: tuple) -> Fingerprint:
    """A stored article's fingerprint, from its ``FINGERPRINT_COLUMNS`` (its date only if it
    came from metadata)."""
    article_id, signature, shingles, words, published, published_from = row
    day = metadata_date(stored_date(published), published_from)
    signature = np.frombuffer(signature, dtype="<u8").astype(np.uint64)
    return Fingerprint(article_id, signature, shingles, words, day)


def metadata_date(published: date | None, source: str | None) -> date | None:
    """An article's publication date if it came from metadata: a date read in the text
    (often of something the article recalls) is not trusted to tell events or copies
    apart."""
    return published if source == "metadata" else None


def _days_around(day: date) -> Iterator[date]:
    """The days within ``COPY_WINDOW_DAYS`` of ``day`` (those the calendar has: a feed may
    say 9999-12-31)."""
    for offset in range(-COPY_WINDOW_DAYS, COPY_WINDOW_DAYS + 1):
        try:
            yield day + timedelta(days=offset)
        except OverflowError:
            continue


def _reaches(event: EventState, span: tuple[date, date]) -> bool:
    """Whether an event's dates reach into ``span`` (an undated event's always may)."""
    if event.first is None or event.last is None:
        return True
    return event.last >= span[0] and event.first <= span[1]
