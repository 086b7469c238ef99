"""The store's SQLite schema, as numbered migrations.

``PRAGMA user_version`` holds the number of migrations applied. Opening a store applies
the missing ones in order, each in its own transaction; a store written by a newer
Chorus (more migrations than this one knows) is refused rather than misread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

from ..errors import UsageError


def _add_copy_bands(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE copy_bands (key INTEGER NOT NULL, article INTEGER NOT NULL, day INTEGER,"
        " PRIMARY KEY (key, article)) WITHOUT ROWID"
    )
    # Only this migration needs the pipeline's MinHash bands here: reading a store does not.
    from .copies import index_stored_copy_bands

    index_stored_copy_bands(db)


MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    # 1: articles as read (raw fields kept, so a briefing re-runs the pipeline), their
    # resolved metadata, copy-detection and clustering fingerprints; events; term counts.
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        members INTEGER NOT NULL,
        centroid BLOB NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX events_rank ON events (sources DESC, outlets DESC, articles DESC);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        raw_title TEXT,
        raw_outlet TEXT,
        raw_published TEXT,
        url TEXT,
        wire TEXT,
        headline_first INTEGER NOT NULL,
        text TEXT NOT NULL,
        outlet TEXT NOT NULL,
        title TEXT,
        published TEXT,
        published_from TEXT,
        lead TEXT NOT NULL,
        words INTEGER NOT NULL,
        language TEXT NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events (id),
        canonical_id TEXT NOT NULL,
        signature BLOB NOT NULL,
        shingles INTEGER NOT NULL,
        vector BLOB NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_event ON articles (event_id);
    CREATE INDEX articles_canonical ON articles (canonical_id);
    CREATE TABLE terms (
        term INTEGER PRIMARY KEY,
        documents INTEGER NOT NULL
    );
    CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    INSERT INTO counters (name, value) VALUES ('documents', 0);
    """,
    # 2: a full-text index of article titles and leads, for searching events.
    """
    CREATE VIRTUAL TABLE article_search USING fts5 (
        title, lead, content = 'articles', content_rowid = 'rowid',
        tokenize = 'porter unicode61'
    );
    INSERT INTO article_search (rowid, title, lead) SELECT rowid, title, lead FROM articles;
    """,
    # 3: where an event went when a later batch placed all of its (provisional) articles in
    # other events, so that a link to it still leads somewhere.
    """
    CREATE TABLE event_merges (
        event_id INTEGER PRIMARY KEY,
        into_id INTEGER NOT NULL
    );
    """,
    # 4: articles by publication date from metadata, so that an ingest loads into its copy
    # index only the stored articles a dated newcomer could copy.
    """
    CREATE INDEX articles_metadata_date ON articles (published)
        WHERE published_from = 'metadata';
    """,
    # 5: events by date span, so that a batch of dated articles reads only the events it
    # could join, without scanning them all.
    """
    CREATE INDEX events_span ON events (last_published, first_published);
    """,
    # 6: each article's LSH band keys (article: its rowid, as in the search index; day: its
    # metadata date as an ordinal), so that an ingest finds the stored articles a newcomer
    # could copy without loading them all.
    _add_copy_bands,
)


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version now in place."""
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > len(MIGRATIONS):
        raise UsageError(
            f"this store has schema version {version}, newer than this Chorus understands "
            f"({len(MIGRATIONS)}); upgrade Chorus to use it"
        )
    for number in range(version + 1, len(MIGRATIONS) + 1):
        connection.execute("BEGIN")
        try:
            migration = MIGRATIONS[number - 1]
            if callable(migration):
                migration(connection)
            else:
                for statement in _statements(migration):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def stored_date(value: str | None) -> date | None:
    """A date column's value (ISO text, or NULL) as a date."""
    return date.fromisoformat(value) if value else None


def metadata_date(published: date | None, source: str | None) -> date | None:
    """An article's publication date if it came from metadata: a date read in the text
    (often of something the article recalls) is not trusted to tell events or copies
    apart."""
    return published if source == "metadata" else None
