"""Ingest: add articles to a store, finding wire copies and placing articles in events.

``Store.ingest`` and ``Store.add`` hand their work to an ``Ingester``, imported on first
use: reading a store needs none of the pipeline. Articles are read as they come, cleaned
and fingerprinted (by worker processes when there are enough of them), and each batch is
deduplicated, clustered and written in one transaction: a crash loses at most the batch
in flight, never half of one, and ingesting again picks up where it stopped, because an
article already stored (same text) is skipped.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from itertools import chain, islice
from queue import Empty, Queue
from typing import TypeVar

import numpy as np

from ..analyse import language_of
from ..briefing import unusable_reason
from ..clean import clean
from ..cluster import (
    PROVISIONAL_ARTICLES,
    EventState,
    Newcomer,
    Placement,
    Provisional,
    TermStatistics,
    TermVector,
    continuing,
    joinable_span,
    place,
    reopen,
    term_counts,
    weigh,
)
from ..dedup import Fingerprint, fingerprint, more_canonical
from ..read.base import free_id
from ..records import Problem, RawArticle, Severity
from ..summarise.base import can_open
from . import DEFAULT_BATCH, IngestReport
from .copies import FINGERPRINT_COLUMNS, copy_candidates, index_copy_bands, stored_fingerprint
from .held import HeldEvents
from .schema import metadata_date, stored_date
from .workers import worker_pool

PARALLEL_FROM = 2 * DEFAULT_BATCH
"""Fewer new articles than this are prepared in-process: starting workers costs more."""
TITLE_WORDS = 14
FRESH_GROUP = 64
FEED_IDLE_SECONDS = 1.0
"""How long a feed on standard input may be quiet before what has come of it is stored."""
FEED_PARALLEL_FROM = 16
"""A feed's bursts smaller than this are prepared in-process: sending them costs more."""
TASK_ARTICLES = 8
"""Articles prepared per task sent to the workers: enough that sending a task costs little
beside its work, few enough that a batch is spread over many workers."""

T = TypeVar("T")
Progress = Callable[[int, int | None], None]
"""Called with (articles done, articles in all) after each committed batch; the total is
None while an ingest is still reading its inputs."""


@dataclass
class _Pending:
    """What an ingest has read but not committed yet: a repeat of one of these articles
    cannot be found in the store, and must not be stored twice."""

    hashes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    handled: int = 0
    """Articles read and done with: stored, found stored already, or refused."""

    def add(self, article_id: str, digest: str) -> None:
        self.hashes.add(digest)
        self.ids.add(article_id)

    def committed(self, ready: Sequence[_Ready]) -> None:
        for item in ready:
            self.hashes.discard(item.content_hash)
            self.ids.discard(item.raw.id)


@dataclass(frozen=True)
class _Fresh:
    raw: RawArticle
    content_hash: str


@dataclass(frozen=True)
class _Prepared:
    """What preparing an article that passed cleaning gives the later stages: what the store
    keeps of the cleaned article, and its fingerprints. Workers send only this back, not
    the cleaned paragraphs, nor the text the ingesting process already has."""

    outlet: str
    title: str | None
    published: date | None
    published_from: str | None
    lead: str
    words: int
    language: str
    fingerprint: Fingerprint
    terms: Counter[int]

    @property
    def metadata_date(self) -> date | None:
        return metadata_date(self.published, self.published_from)


@dataclass(frozen=True)
class _Ready:
    """An article that passed cleaning, with what the later stages need."""

    raw: RawArticle
    content_hash: str
    prepared: _Prepared


def _prepare(item: _Fresh) -> _Prepared | Problem:
    """Clean one article and compute its fingerprints: pure, so worker processes (or a
    cluster's workers) run it."""
    article = clean(item.raw)
    language = language_of(article)
    reason = unusable_reason(article.body, language)
    if reason:
        return Problem(item.raw.origin, reason)
    dated = metadata_date(article.published, article.published_from)
    return _Prepared(
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        published_from=article.published_from,
        lead=next((p.text for p in article.paragraphs if p.kind.value == "body"), ""),
        words=article.words,
        language=language,
        fingerprint=fingerprint(article.id, article.body, dated),
        terms=term_counts(article.title, article.body),
    )


def _ready(item: _Fresh, prepared: _Prepared | Problem) -> _Ready | Problem:
    if isinstance(prepared, Problem):
        return prepared
    return _Ready(item.raw, item.content_hash, prepared)


class Ingester:
    """Adds articles to one store's database, keeping in memory between batches what
    clustering needs: the term statistics, and the events, which are loaded as batches need
    them (only the dates at hand, when articles are dated) and let go of once they grow
    many (``held``). Copy detection looks up each batch's candidates (``copies``)."""

    def __init__(
        self,
        db: sqlite3.Connection,
        batch_size: int,
        workers: int,
        executor: Executor | None = None,
    ) -> None:
        self._db = db
        self.batch_size = batch_size
        self.workers = workers
        self.executor = executor
        self._statistics: TermStatistics | None = None
        self._events: HeldEvents | None = None

    def ingest(
        self, found: Iterator[RawArticle | Problem], live: bool, progress: Progress | None
    ) -> IngestReport:
        """``Store.ingest`` of the articles (and problems) read from its inputs; ``live``
        when they include a feed on standard input."""
        report = IngestReport()
        if not live:
            return self._add_stream(found, report, progress, total=None, parallel=True)
        # A feed may pause for minutes: what has come is committed once it goes quiet. Its
        # bursts are prepared by workers that are started before the feed is read (so that
        # no reading thread is forked), each burst whole, so nothing is held back.
        pending = _Pending()
        with worker_pool(self.workers, self.executor) as pool:
            if pool:
                pool.submit(int).result()  # the first task forks every worker
            for burst in _bursts(found, self.batch_size, FEED_IDLE_SECONDS):
                self._add_stream(
                    iter(burst), report, progress, total=None, pending=pending, pool=pool
                )
        return report

    def add(
        self, raws: Sequence[RawArticle], report: IngestReport, progress: Progress | None
    ) -> IngestReport:
        """``Store.add``."""
        return self._add_stream(iter(raws), report, progress, total=len(raws), parallel=True)

    def _add_stream(
        self,
        found: Iterator[RawArticle | Problem],
        report: IngestReport,
        progress: Progress | None,
        *,
        total: int | None,
        parallel: bool = False,
        pending: _Pending | None = None,
        pool: Executor | None = None,
    ) -> IngestReport:
        pending = pending or _Pending()
        fresh = self._fresh(found, report, pending)
        batches = (
            self._prepared_burst(fresh, pool) if pool else self._prepared_batches(fresh, parallel)
        )
        for prepared in batches:
            ready = _without_problems(prepared, report)
            if ready:
                self._add_batch(ready, report)
            pending.committed(ready)
            pending.handled += len(prepared)
            if progress:
                progress(pending.handled, total)
        return report

    def _fresh(
        self, found: Iterator[RawArticle | Problem], report: IngestReport, pending: _Pending
    ) -> Iterator[_Fresh]:
        """The articles not stored yet (by text), each with a free id, as they are read;
        problems of reading go to the report. The store is asked about a few articles at a
        time (never more than a batch, so that a feed is not held back), and a group is
        judged whole before any of it is yielded: batches committed meanwhile would make
        the answer stale."""
        while group := list(islice(found, min(self.batch_size, FRESH_GROUP))):
            judged: list[_Fresh] = []
            raws = _without_problems(group, report)
            hashes = [content_hash(raw.text) for raw in raws]
            stored = self._existing("content_hash", hashes)
            taken = self._existing("id", [raw.id for raw in raws])
            for raw, digest in zip(raws, hashes, strict=True):
                if digest in stored or digest in pending.hashes:
                    report.already_stored += 1
                    pending.handled += 1
                    continue
                if raw.id in taken or raw.id in pending.ids:
                    renamed = free_id(
                        raw.id,
                        lambda candidate: candidate in pending.ids or self._is_stored(candidate),
                    )
                    report.problems.append(
                        Problem(
                            raw.origin,
                            f"id {raw.id!r} is taken; stored as {renamed!r}",
                            Severity.NOTE,
                        )
                    )
                    raw = replace(raw, id=renamed)
                pending.add(raw.id, digest)
                judged.append(_Fresh(raw, digest))
            yield from judged

    def _prepared_batches(
        self, fresh: Iterator[_Fresh], parallel: bool
    ) -> Iterator[list[_Ready | Problem]]:
        """Batches of prepared articles. With enough articles, and an executor or more than
        one worker, the workers keep preparing articles while each batch is clustered and
        written."""
        parallel = parallel and (self.executor is not None or self.workers > 1)
        ahead = list(islice(fresh, PARALLEL_FROM)) if parallel else []
        if len(ahead) < PARALLEL_FROM:
            prepared = (_ready(item, _prepare(item)) for item in chain(ahead, fresh))
            yield from _batches(prepared, self.batch_size)
            return
        with worker_pool(self.workers, self.executor) as pool:
            assert pool is not None
            prepared = _map_ahead(pool, chain(ahead, fresh), self.batch_size)
            yield from _batches(prepared, self.batch_size)

    def _prepared_burst(
        self, fresh: Iterator[_Fresh], pool: Executor
    ) -> Iterator[list[_Ready | Problem]]:
        """A feed's burst (at most a batch), prepared by the workers when it is large
        enough to be worth sending them."""
        burst = list(fresh)
        if burst:
            parallel = len(burst) >= FEED_PARALLEL_FROM
            prepared = _prepared_by(pool, burst) if parallel else map(_prepare, burst)
            yield list(map(_ready, burst, prepared))

    def _add_batch(self, ready: Sequence[_Ready], report: IngestReport) -> None:
        try:
            touched = self._place_and_write(ready, report)
        except BaseException:
            # The caches were updated for a batch that was never committed.
            self._forget_caches()
            raise
        report.added += len(ready)
        report.events_touched |= touched

    def _place_and_write(self, ready: Sequence[_Ready], report: IngestReport) -> set[int]:
        """Find copies, place the other articles in events, and write it all in one
        transaction; returns the ids of the events that changed."""
        index = copy_candidates(self._db, [item.prepared.fingerprint for item in ready])
        statistics = self._load_statistics()
        canonical_of: dict[str, str] = {}
        batch_canonical: dict[str, str] = {}
        stored_event: dict[str, int] = {}  # of each stored article a copy here is credited to
        for item in ready:
            matches = index.copies_of(item.prepared.fingerprint)
            if matches and matches[0] in batch_canonical:
                canonical_of[item.raw.id] = batch_canonical[matches[0]]
            elif matches:
                canonical, event_id = self._stored_group(matches[0])
                canonical_of[item.raw.id] = canonical
                stored_event[canonical] = event_id
            batch_canonical[item.raw.id] = canonical_of.get(item.raw.id, item.raw.id)
            index.add(item.prepared.fingerprint)
        originals = [item for item in ready if item.raw.id not in canonical_of]
        counts = [item.prepared.terms for item in originals]
        statistics.add(counts)
        vectors = {
            item.raw.id: weigh(c, statistics) for item, c in zip(originals, counts, strict=True)
        }
        newcomers = [
            Newcomer(item.raw.id, vectors[item.raw.id], item.prepared.metadata_date)
            for item in originals
        ]
        provisional = self._provisional()
        everyone = [a.newcomer for a in provisional] + newcomers
        events = self._events_joinable(joinable_span(everyone))
        reopened = reopen(events, provisional)
        emptied = {e.event_id for e in events} - {e.event_id for e in reopened}
        placements = place(everyone, reopened)

        self._db.execute("BEGIN IMMEDIATE")
        try:
            event_of = self._write_events(
                placements, report, continuing(placements, provisional, emptied)
            )
            moved = self._move(provisional, event_of)
            rowids = []
            for item in ready:
                canonical = canonical_of.get(item.raw.id, item.raw.id)
                if canonical not in event_of:  # a stored article, which a copy joins
                    event_of[canonical] = moved.get(canonical, stored_event[canonical])
                event_of[item.raw.id] = event_of[canonical]
                rowids.append(
                    self._insert_article(
                        item, canonical, event_of[item.raw.id], vectors.get(item.raw.id)
                    )
                )
            index_copy_bands(
                self._db,
                zip(rowids, (item.prepared.fingerprint for item in ready), strict=True),
            )
            self._elect_canonicals(ready, canonical_of)
            self._save_statistics(counts)
            touched = {event_of[item.raw.id] for item in ready} | set(moved.values())
            touched |= {a.event_id for a in provisional if a.newcomer.article_id in moved}
            refreshed = self._refresh_events(touched)
            kept = set(refreshed)
            self._record_merges(touched - kept, provisional, moved)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        if self._events is not None:
            self._events.update(touched, refreshed)
        deleted = touched - kept
        report.events_touched -= deleted
        report.new_event_ids -= deleted
        report.copies += len(canonical_of)
        return kept

    def _write_events(
        self,
        placements: Sequence[Placement],
        report: IngestReport,
        continued: dict[int, int],
    ) -> dict[str, int]:
        """Create the new events the placements ask for, but those that continue an event
        (``continued``: new event number -> its id); the event id of each placed article."""
        created: dict[int, int] = dict(continued)
        event_of: dict[str, int] = {}
        for placement in placements:
            if placement.event_id is not None:
                event_of[placement.article_id] = placement.event_id
                continue
            assert placement.new_event is not None
            if placement.new_event not in created:
                cursor = self._db.execute(
                    "INSERT INTO events (title, articles, sources, outlets, members, centroid,"
                    " updated_at) VALUES ('', 0, 0, 0, 0, ?, ?)",
                    (TermVector.empty().to_bytes(), _now()),
                )
                created[placement.new_event] = int(cursor.lastrowid or 0)
                report.new_event_ids.add(created[placement.new_event])
            event_of[placement.article_id] = created[placement.new_event]
        return event_of

    def _provisional(self) -> list[Provisional]:
        """The most recently placed articles, which this batch places again."""
        rows = self._db.execute(
            "SELECT id, event_id, vector, published, published_from FROM articles"
            " WHERE length(vector) > 0 ORDER BY rowid DESC LIMIT ?",
            (PROVISIONAL_ARTICLES,),
        ).fetchall()
        return [
            Provisional(
                Newcomer(
                    article_id,
                    TermVector.from_bytes(vector),
                    metadata_date(stored_date(published), source),
                ),
                event_id,
            )
            for article_id, event_id, vector, published, source in reversed(rows)
        ]

    def _move(self, provisional: Sequence[Provisional], event_of: dict[str, int]) -> dict[str, int]:
        """Move the provisional articles placed elsewhere, each with its wire copies;
        returns the new event of every article moved."""
        moved: dict[str, int] = {}
        for article in provisional:
            article_id = article.newcomer.article_id
            if event_of[article_id] == article.event_id:
                continue
            (canonical,) = self._db.execute(
                "SELECT canonical_id FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            self._db.execute(
                "UPDATE articles SET event_id = ? WHERE canonical_id = ?",
                (event_of[article_id], canonical),
            )
            for (member,) in self._db.execute(
                "SELECT id FROM articles WHERE canonical_id = ?", (canonical,)
            ):
                moved[member] = event_of[article_id]
        return moved

    def _record_merges(
        self, deleted: set[int], provisional: Sequence[Provisional], moved: dict[str, int]
    ) -> None:
        """Remember, for each deleted event, the event that took most of its articles (and
        send what pointed to the deleted one there too)."""
        went: dict[int, Counter[int]] = {}
        for article in provisional:
            if article.event_id in deleted:  # then every article of it moved
                into = moved[article.newcomer.article_id]
                went.setdefault(article.event_id, Counter())[into] += 1
        for event_id, destinations in went.items():
            ((into, _),) = destinations.most_common(1)
            self._db.execute(
                "INSERT OR REPLACE INTO event_merges (event_id, into_id) VALUES (?, ?)",
                (event_id, into),
            )
            self._db.execute(
                "UPDATE event_merges SET into_id = ? WHERE into_id = ?", (into, event_id)
            )

    def _insert_article(
        self, item: _Ready, canonical: str, event_id: int, vector: TermVector | None
    ) -> int:
        """Store an article; returns its rowid."""
        raw, article = item.raw, item.prepared
        cursor = self._db.execute(
            "INSERT INTO articles (id, content_hash, origin, raw_title, raw_outlet,"
            " raw_published, url, wire, headline_first, text, outlet, title, published,"
            " published_from, lead, words, language, event_id, canonical_id, signature,"
            " shingles, vector, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                raw.id, item.content_hash, raw.origin, raw.title, raw.outlet,
                _iso(raw.published), raw.url, raw.wire, int(raw.headline_first), raw.text,
                article.outlet, article.title, _iso(article.published), article.published_from,
                article.lead, article.words, article.language, event_id, canonical,
                article.fingerprint.signature.astype("<u8").tobytes(), article.fingerprint.shingles,
                (vector or TermVector.empty()).to_bytes(), _now(),
            ),
        )  # fmt: skip
        self._db.execute(
            "INSERT INTO article_search (rowid, title, lead) VALUES (?, ?, ?)",
            (cursor.lastrowid, article.title, article.lead),
        )
        return cursor.lastrowid

    def _elect_canonicals(self, ready: Sequence[_Ready], canonical_of: dict[str, str]) -> None:
        """A copy more complete than its group's canonical article takes its place."""
        new_prints = {item.raw.id: item.prepared.fingerprint for item in ready}
        elected: dict[str, str] = {}
        for copy, canonical in canonical_of.items():
            current = elected.get(canonical, canonical)
            current_print = new_prints.get(current) or self._fingerprint(current)
            if more_canonical(new_prints[copy], current_print):
                self._db.execute(
                    "UPDATE articles SET canonical_id = ? WHERE canonical_id = ?", (copy, current)
                )
                elected[canonical] = copy

    def _fingerprint(self, article_id: str) -> Fingerprint:
        return stored_fingerprint(
            self._db.execute(
                f"SELECT {FINGERPRINT_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        )

    def _save_statistics(self, counts: Sequence[Counter[int]]) -> None:
        increments: Counter[int] = Counter()
        for article in counts:
            increments.update(article.keys())
        self._db.executemany(
            "INSERT INTO terms (term, documents) VALUES (?, ?) ON CONFLICT (term)"
            " DO UPDATE SET documents = documents + excluded.documents",
            increments.items(),
        )
        self._db.execute(
            "UPDATE counters SET value = value + ? WHERE name = 'documents'", (len(counts),)
        )

    def _refresh_events(self, event_ids: Iterable[int]) -> dict[int, EventState]:
        """Recompute the touched events' counts, dates, centroid and title from their
        articles, and delete those left without any; returns the new clustering state of
        the others."""
        states: dict[int, EventState] = {}
        for event_id in sorted(event_ids):
            rows = self._db.execute(
                "SELECT id, outlet, title, lead, published, published_from, canonical_id,"
                " vector FROM articles WHERE event_id = ? ORDER BY id",
                (event_id,),
            ).fetchall()
            if not rows:  # its provisional articles all went elsewhere
                self._db.execute("DELETE FROM events WHERE id = ?", (event_id,))
                continue
            originals = [r for r in rows if r[0] == r[6]]
            clustered = [r for r in rows if len(r[7])]
            vectors = {row[0]: TermVector.from_bytes(row[7]) for row in clustered}
            centroid = TermVector.total(list(vectors.values()))
            dates = sorted(d for r in rows if (d := metadata_date(stored_date(r[4]), r[5])))
            first, last = (dates[0], dates[-1]) if dates else (None, None)
            title = _event_title(rows, vectors, centroid)
            self._db.execute(
                "UPDATE events SET title = ?, first_published = ?, last_published = ?,"
                " articles = ?, sources = ?, outlets = ?, members = ?, centroid = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    title, _iso(first), _iso(last), len(rows),
                    len({r[1] for r in originals}), len({r[1] for r in rows}), len(clustered),
                    centroid.to_bytes(), _now(), event_id,
                ),
            )  # fmt: skip
            states[event_id] = EventState(event_id, centroid, len(clustered), first, last)
        return states

    def _existing(self, column: str, values: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                v
                for (v,) in self._db.execute(
                    f"SELECT {column} FROM articles WHERE {column} IN ({marks})", chunk
                )
            )
        return found

    def _is_stored(self, article_id: str) -> bool:
        return bool(self._existing("id", [article_id]))

    # Caches of what clustering and copy detection need, loaded once per Store ------------

    def _stored_group(self, article_id: str) -> tuple[str, int]:
        """A stored article's canonical article and event."""
        canonical, event_id = self._db.execute(
            "SELECT canonical_id, event_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return canonical, event_id

    def _events_joinable(self, span: tuple[date, date] | None) -> list[EventState]:
        """The events an article within ``span`` could join, every event when ``span`` is
        None (``HeldEvents``)."""
        if self._events is None:
            self._events = HeldEvents(self._db)
        return self._events.joinable(span)

    def _load_statistics(self) -> TermStatistics:
        if self._statistics is None:
            (documents,) = self._db.execute(
                "SELECT value FROM counters WHERE name = 'documents'"
            ).fetchone()
            self._statistics = TermStatistics(
                documents, Counter(dict(self._db.execute("SELECT term, documents FROM terms")))
            )
        return self._statistics

    def _forget_caches(self) -> None:
        self._statistics = self._events = None


def _map_ahead(pool: Executor, items: Iterator[_Fresh], window: int) -> Iterator[_Ready | Problem]:
    """``_prepare`` over ``items`` in order, with at most three windows of work submitted,
    so that memory stays bounded however long the input."""
    pending: deque[Iterator[_Ready | Problem]] = deque()
    while chunk := list(islice(items, window)):
        pending.append(map(_ready, chunk, _prepared_by(pool, chunk)))
        if len(pending) > 2:
            yield from pending.popleft()
    while pending:
        yield from pending.popleft()


def _prepared_by(pool: Executor, items: list[_Fresh]) -> Iterator[_Prepared | Problem]:
    """``_prepare`` over ``items`` on ``pool``, in order, ``TASK_ARTICLES`` to a task (an
    executor of a cluster, unlike a process pool, sends one task per call)."""
    tasks = [items[i : i + TASK_ARTICLES] for i in range(0, len(items), TASK_ARTICLES)]
    return chain.from_iterable(pool.map(_prepare_all, tasks))


def _prepare_all(items: list[_Fresh]) -> list[_Prepared | Problem]:
    return [_prepare(item) for item in items]


def _without_problems(items: Sequence[T | Problem], report: IngestReport) -> list[T]:
    """The items that are not problems; the problems go to the report."""
    kept: list[T] = []
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            kept.append(item)
    return kept


@dataclass(frozen=True)
class _Failed:
    """What stopped the reading thread of ``_bursts``."""

    error: BaseException


def _bursts(items: Iterator[T], size: int, idle: float) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``, a list ending early once no item has come for
    ``idle`` seconds: the articles of a slow feed are committed soon after they arrive. A
    thread reads ahead (at most ``size`` items), so that waiting can time out."""
    arrived: Queue[T | _Failed | None] = Queue(maxsize=size)

    def read() -> None:
        try:
            for item in items:
                arrived.put(item)
        except BaseException as error:  # handed to the ingest, which raises it
            arrived.put(_Failed(error))
        arrived.put(None)

    threading.Thread(target=read, daemon=True).start()
    burst: list[T] = []
    while True:
        try:
            item = arrived.get(timeout=idle) if burst else arrived.get()
        except Empty:
            yield burst
            burst = []
            continue
        if isinstance(item, _Failed):
            raise item.error
        if item is None:
            break
        burst.append(item)
        if len(burst) >= size:
            yield burst
            burst = []
    if burst:
        yield burst


def _batches(items: Iterator[_Ready | Problem], size: int) -> Iterator[list[_Ready | Problem]]:
    while batch := list(islice(items, size)):
        yield batch


def content_hash(text: str) -> str:
    """The identity of an article's text: SHA-256 of it with whitespace runs collapsed."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _event_title(
    rows: Sequence[tuple], vectors: dict[str, TermVector], centroid: TermVector
) -> str:
    """The title of the article closest to the event's centroid; when no article has a
    title, the opening words of the closest lead that can open a summary (not "It was one
    of the most awkward moments ...", whose "it" the title cannot say)."""

    def closeness(row: tuple) -> float:
        vector = vectors.get(row[0])
        if vector is None or not len(centroid.indices):
            return 0.0
        shared, mine, theirs = np.intersect1d(
            vector.indices, centroid.indices, assume_unique=True, return_indices=True
        )
        return float(vector.values[mine] @ centroid.values[theirs]) if len(shared) else 0.0

    titled = [r for r in rows if r[2]]
    if titled:
        return max(titled, key=closeness)[2]
    by_closeness = sorted(rows, key=closeness, reverse=True)
    lead = next(
        (r[3] for r in by_closeness if can_open(" ".join(r[3].split()[:TITLE_WORDS]))),
        by_closeness[0][3],
    )
    words = lead.split()
    return " ".join(words[:TITLE_WORDS]) + (" ..." if len(words) > TITLE_WORDS else "")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
