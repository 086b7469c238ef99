"""Finding the stored articles a batch's articles could be copies of, without holding the
store's signatures in memory.

Each stored article's LSH band keys are in the ``copy_bands`` table (``schema``). Two
articles are proposed as copies only when they share a band, so a batch needs only the
stored articles that share one with its own articles: a few lookups per article, whatever
the store's size and whether the articles are dated or not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from ..dedup import COPY_WINDOW_DAYS, CopyIndex, Fingerprint, band_keys
from .schema import metadata_date, stored_date

FINGERPRINT_COLUMNS = "id, signature, shingles, words, published, published_from"
"""The columns of a stored article that ``stored_fingerprint`` reads."""


def copy_candidates(db: sqlite3.Connection, prints: Sequence[Fingerprint]) -> CopyIndex:
    """A copy index of the stored articles that one of ``prints`` could be a copy of: those
    that share an LSH band with it (the only ones an index of the whole store would
    propose) and, for a dated article, are undated or published within
    ``COPY_WINDOW_DAYS`` of it. The copies found are the same as with every stored article
    indexed."""
    index = CopyIndex()
    for article in prints:
        if not article.shingles:
            continue
        keys = [int(key) for key in band_keys(article.signature)]
        query = (
            f"SELECT {FINGERPRINT_COLUMNS} FROM articles WHERE rowid IN (SELECT article"
            f" FROM copy_bands WHERE key IN ({','.join('?' * len(keys))})"
        )
        if article.published is None:
            query, parameters = query + ")", keys
        else:
            query += " AND (day IS NULL OR day BETWEEN ? AND ?))"
            parameters = [*keys, *_window(article.published)]
        for row in db.execute(query, parameters):
            if row[0] not in index:
                index.add(stored_fingerprint(row))
    return index


def _window(day: date) -> list[int]:
    """The first and last day (as ordinals) within ``COPY_WINDOW_DAYS`` of ``day``."""
    return [day.toordinal() - COPY_WINDOW_DAYS, day.toordinal() + COPY_WINDOW_DAYS]


def index_copy_bands(db: sqlite3.Connection, articles: Iterable[tuple[int, Fingerprint]]) -> None:
    """Record stored articles' LSH band keys (``dedup.band_keys``) with their metadata
    dates, by which later articles find them as candidate copies; ``articles`` are
    (rowid, fingerprint) pairs. Articles without shingles are nobody's copies and are left
    out. The rows go in in key order, which keeps the writes to the table's index local."""
    rows = sorted(
        (int(key), rowid, article.published.toordinal() if article.published else None)
        for rowid, article in articles
        if article.shingles
        for key in band_keys(article.signature)
    )
    db.executemany("INSERT OR IGNORE INTO copy_bands (key, article, day) VALUES (?, ?, ?)", rows)


def index_stored_copy_bands(db: sqlite3.Connection) -> None:
    """Record the band keys of every stored article (for a store made before the table
    was), a slice of the articles at a time."""
    last = 0
    while rows := db.execute(
        f"SELECT rowid, {FINGERPRINT_COLUMNS} FROM articles WHERE rowid > ? AND shingles > 0"
        " ORDER BY rowid LIMIT 10000",
        (last,),
    ).fetchall():
        index_copy_bands(db, ((rowid, stored_fingerprint(tuple(row))) for rowid, *row in rows))
        last = rows[-1][0]


def stored_fingerprint(row: tuple) -> Fingerprint:
    """A stored article's fingerprint, from its ``FINGERPRINT_COLUMNS`` (its date only if it
    came from metadata)."""
    article_id, signature, shingles, words, published, published_from = row
    day = metadata_date(stored_date(published), published_from)
    signature = np.frombuffer(signature, dtype="<u8").astype(np.uint64)
    return Fingerprint(article_id, signature, shingles, words, day)
