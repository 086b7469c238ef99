"""The embedded store: articles, wire copies and events in one SQLite file.

>>> from chorus import Store
>>> with Store("chorus.db") as store:
...     report = store.ingest(["crawl/2026-11-24.jsonl"])
...     top = store.events(limit=10)
...     briefing = store.brief(top[0].id)

Ingest runs the pipeline stages (read, clean, deduplicate, cluster) over batches of
articles and commits each batch in one transaction: a crash loses at most the batch in
flight, never half of one, and ingesting again picks up where it stopped, because an
article already stored (same text) is skipped. Inputs are read as they are ingested, so
memory does not grow with the input, and a feed is stored as it arrives.

Reading a store (events, articles) needs none of the pipeline, whose libraries take over a
second to import: the ingest machinery (``chorus.store.ingest``) and the brief stage are
imported on first use.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NotFound, UsageError
from ..read import STDIN, Input, ReadOptions, iter_inputs
from ..read.decode import DEFAULT_MAX_BYTES
from ..records import Briefing, CopyGroup, Event, Problem, RawArticle
from ..summarise import DEFAULT_SUMMARISER, DEFAULT_WORDS
from .schema import migrate, stored_date

if TYPE_CHECKING:
    from .export import ExportReport
    from .export import Progress as ExportProgress
    from .ingest import Ingester, Progress

__all__ = ["DEFAULT_BATCH", "DEFAULT_PATH", "IngestReport", "Store"]

DEFAULT_PATH = "chorus.db"
DEFAULT_BATCH = 256
_LARGEST = 2**63 - 1
"""The largest integer SQLite stores: no event id, limit or offset can exceed it."""


@dataclass
class IngestReport:
    added: int = 0
    already_stored: int = 0
    copies: int = 0
    events_touched: set[int] = field(default_factory=set)
    """The events that gained or lost articles, of those that still exist."""
    new_event_ids: set[int] = field(default_factory=set)
    """The events made by this ingest, of those that still exist (a later batch may have
    moved all of an event's provisional articles elsewhere)."""
    problems: list[Problem] = field(default_factory=list)

    @property
    def new_events(self) -> int:
        return len(self.new_event_ids)

    def __str__(self) -> str:
        return (
            f"{self.added} articles added ({self.copies} wire copies), "
            f"{self.already_stored} already stored; {self.new_events} new events, "
            f"{len(self.events_touched)} events changed"
        )


class Store:
    """A Chorus store in one SQLite file (created if missing, WAL journal).

    An ingest cleans and fingerprints articles in ``workers`` local processes (one per core,
    at most four, by default), or on ``executor`` when one is given: any
    ``concurrent.futures.Executor`` whose workers have Chorus installed, such as a Dask
    cluster's (``distributed.Client(address).get_executor()``). The store never shuts a
    given executor down. Finding wire copies, placing articles in events and writing them
    stay in this process, batch by batch, so the events are the same either way."""

    def __init__(
        self,
        path: str | Path = DEFAULT_PATH,
        *,
        batch_size: int = DEFAULT_BATCH,
        workers: int | None = None,
        executor: Executor | None = None,
    ):
        if batch_size < 1:
            raise UsageError("the batch size must be at least 1")
        self.path = Path(path)
        self.batch_size = batch_size
        self.workers = workers if workers is not None else min(4, os.cpu_count() or 1)
        self.executor = executor
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            migrate(self._db)
        except sqlite3.DatabaseError as error:
            raise UsageError(f"{self.path}: not a usable Chorus store ({error})") from None
        self._ingester: Ingester | None = None

    def close(self) -> None:
        self._db.close()
        self._ingester = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Ingest ---------------------------------------------------------------------------

    def ingest(
        self,
        inputs: Input | Iterable[Input],
        *,
        manifest: str | Path | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Read files, folders, standard input or records and add what is new (see the module
        docstring). Inputs are ingested as they are read: JSON Lines a line at a time, with
        ``max_bytes`` limiting each line, so memory stays flat however large the crawl, and a
        feed on standard input is stored as it arrives: a batch once it fills, and what has
        come whenever the feed has been quiet for ``ingest.FEED_IDLE_SECONDS``."""
        if isinstance(inputs, str | Path | RawArticle):
            inputs = [inputs]
        options = ReadOptions(max_bytes, stream_lines=True)
        found = iter_inputs(inputs, manifest=manifest, options=options)
        # An iterator of inputs is not looked into, so that it too is read as it goes.
        live = isinstance(inputs, Sequence) and any(
            str(i) == STDIN for i in inputs if not isinstance(i, RawArticle)
        )
        return self._ingest().ingest(found, live, progress)

    def add(
        self,
        raws: Sequence[RawArticle],
        *,
        report: IngestReport | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Add articles already read, one committed batch at a time."""
        return self._ingest().add(raws, report or IngestReport(), progress)

    def _ingest(self) -> Ingester:
        """The ingest machinery, made on first use (and kept, with its caches, while the
        store is open)."""
        if self._ingester is None:
            from .ingest import Ingester

            self._ingester = Ingester(self._db, self.batch_size, self.workers, self.executor)
        return self._ingester

    # Reading --------------------------------------------------------------------------

    def events(
        self,
        *,
        since: date | None = None,
        query: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Events ranked by distinct outlets reporting them (wire copies counted once), then
        by all outlets, then by articles; ``since`` keeps events whose latest known
        publication date is on or after it, ``query`` those with the words in a title."""
        where, parameters = self._event_filter(since, query)
        rows = self._db.execute(
            f"SELECT id FROM events WHERE {where}"
            " ORDER BY sources DESC, outlets DESC, articles DESC, last_published DESC, id"
            " LIMIT ? OFFSET ?",
            # SQLite integers stop at 2**63 - 1; an offset beyond it is beyond every event.
            [*parameters, -1 if limit is None else min(limit, _LARGEST), min(offset, _LARGEST)],
        ).fetchall()
        return [self.event(event_id) for (event_id,) in rows]

    def count_events(self, *, since: date | None = None, query: str | None = None) -> int:
        where, parameters = self._event_filter(since, query)
        return self._db.execute(
            f"SELECT count(*) FROM events WHERE {where}", parameters
        ).fetchone()[0]

    def _event_filter(self, since: date | None, query: str | None) -> tuple[str, list[str]]:
        conditions, parameters = ["articles > 0"], []
        if since:
            conditions.append("last_published >= ?")
            parameters.append(since.isoformat())
        words = re.findall(r"\w+", query or "")
        if words:
            # Every word must match (stemmed) in one article's title or lead; each is quoted,
            # so nothing a user types is read as search syntax.
            conditions.append(
                "id IN (SELECT a.event_id FROM articles a JOIN article_search s"
                " ON s.rowid = a.rowid WHERE article_search MATCH ?)"
            )
            parameters.append(" ".join(f'"{w}"' for w in words))
        return " AND ".join(conditions), parameters

    def event(self, event_id: int) -> Event:
        """The event, or the one it went into when a later batch placed all its articles
        elsewhere (``Event.id`` then tells which)."""
        if not 0 < event_id <= _LARGEST:
            raise NotFound(f"no event {event_id} in this store")
        row = self._db.execute(
            "SELECT title, first_published, last_published, sources, updated_at FROM events"
            " WHERE id = ? AND articles > 0",
            (event_id,),
        ).fetchone()
        if row is None:
            merged = self._db.execute(
                "SELECT into_id FROM event_merges WHERE event_id = ?", (event_id,)
            ).fetchone()
            if merged is None:
                raise NotFound(f"no event {event_id} in this store")
            return self.event(merged[0])
        members = self._db.execute(
            "SELECT id, outlet, canonical_id, published IS NULL FROM articles WHERE event_id = ?"
            " ORDER BY published IS NULL, published, id",
            (event_id,),
        ).fetchall()
        return Event(
            id=event_id,
            title=row[0],
            first_published=stored_date(row[1]),
            last_published=stored_date(row[2]),
            article_ids=tuple(m[0] for m in members),
            outlets=tuple(dict.fromkeys(m[1] for m in members)),
            sources=row[3],
            copies=sum(m[0] != m[2] for m in members),
            undated=sum(m[3] for m in members),
            updated_at=row[4],
        )

    def article_place(self, article_id: str) -> tuple[int, str]:
        """The event an article belongs to, and the id of the article it copies (itself if
        it is no copy)."""
        row = self._db.execute(
            "SELECT event_id, canonical_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id!r} in this store")
        return int(row[0]), str(row[1])

    def raw_articles(self, article_ids: Sequence[str]) -> list[RawArticle]:
        """The stored articles as they were read, in the order asked."""
        found = {}
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            for row in self._db.execute(
                "SELECT id, text, origin, raw_title, raw_outlet, url, raw_published, wire,"
                f" headline_first FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[row[0]] = RawArticle(
                    id=row[0], text=row[1], origin=row[2], title=row[3], outlet=row[4],
                    url=row[5], published=stored_date(row[6]), wire=row[7],
                    headline_first=bool(row[8]),
                )  # fmt: skip
        missing = [a for a in article_ids if a not in found]
        if missing:
            raise NotFound(f"no article {missing[0]!r} in this store")
        return [found[a] for a in article_ids]

    def brief(
        self,
        event_id: int,
        *,
        words: int = DEFAULT_WORDS,
        summariser: str = DEFAULT_SUMMARISER,
    ) -> Briefing:
        """The briefing of one stored event, made from its articles as they were read."""
        from ..briefing import brief_articles

        event = self.event(event_id)
        return brief_articles(self.raw_articles(event.article_ids), words, summariser)

    def export(
        self,
        folder: str | Path,
        *,
        fmt: str = "json",
        words: int = DEFAULT_WORDS,
        summariser: str = DEFAULT_SUMMARISER,
        since: date | None = None,
        query: str | None = None,
        limit: int | None = None,
        progress: ExportProgress | None = None,
    ) -> ExportReport:
        """Write the briefings of the events that ``events(since=, query=, limit=)`` lists to
        ``folder``, one ``event-ID.SUFFIX`` file an event in format ``fmt``, and an index,
        ``events.json`` (see ``chorus.store.export``). The briefings are made on the store's
        workers, or its executor; exporting to the same folder again briefs only the events
        that changed."""
        from .export import EXECUTOR_IN_FLIGHT, Settings, export
        from .workers import worker_pool

        if words < 1:
            raise UsageError("the word budget must be at least 1")
        events = self.events(since=since, query=query, limit=limit)
        with worker_pool(self.workers, self.executor) as pool:
            return export(
                events,
                lambda event: self.raw_articles(event.article_ids),
                Path(folder),
                pool,
                Settings(fmt, words, summariser),
                in_flight=EXECUTOR_IN_FLIGHT if self.executor else 2 * max(self.workers, 1),
                progress=progress,
            )

    def copy_groups(self) -> list[CopyGroup]:
        """Every group of wire copies: its canonical article and the copies credited to it."""
        groups: dict[str, list[str]] = {}
        for article_id, canonical in self._db.execute(
            "SELECT id, canonical_id FROM articles WHERE id != canonical_id ORDER BY id"
        ):
            groups.setdefault(canonical, []).append(article_id)
        return [CopyGroup(canonical, tuple(copies)) for canonical, copies in groups.items()]

    def counts(self) -> dict[str, int]:
        """How many articles, wire copies and events the store holds."""
        articles, copies = self._db.execute(
            "SELECT count(*), coalesce(sum(id != canonical_id), 0) FROM articles"
        ).fetchone()
        (events,) = self._db.execute("SELECT count(*) FROM events WHERE articles > 0").fetchone()
        return {"articles": articles, "copies": copies, "events": events}
