"""The deduplicate stage: find wire copies (the same story republished with edits).

Each article's body becomes a set of word 5-gram shingles and a MinHash signature
(datasketch). A locality-sensitive hash index proposes candidates; a candidate is a copy
when most of the shorter text's shingles are in the longer one (estimated containment), so
a copy that was trimmed or lost a paragraph is still found, while two outlets writing
their own stories about the same event (which share quotes, not paragraphs) are not.

Copies form groups. Each group has one canonical article, the most complete (most words),
then the earliest; the others are credited as its copies and count once wherever
articles are counted as agreeing sources.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from .deferred import deferring
from .records import Article, CopyGroup

with deferring("scipy.integrate"):  # only for choosing bands, which LSH_BANDS gives
    from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 20140108
SCHEME = "affine32"
"""datasketch's hash scheme; stored signatures are only comparable under the same one."""
CANDIDATE_JACCARD = 0.2
"""The LSH index's threshold: low, so trimmed copies are proposed; containment decides."""
LSH_BANDS = (28, 2)
"""The (bands, rows per band) that datasketch's ``MinHashLSH`` chooses for
``CANDIDATE_JACCARD`` and ``NUM_PERM``, written out because choosing them integrates
numerically (a noticeable share of a small briefing's time); a test checks they still
agree."""
COPY_CONTAINMENT = 0.7
"""Share of the shorter article's shingles found in the longer one for it to be a copy."""
COPY_WINDOW_DAYS = 7
"""A story republished more than a week later (an anniversary re-run, a replayed feed) is
not counted as a copy, when both publication dates are known."""

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SPACE = ord(" ")


@dataclass(frozen=True)
class Fingerprint:
    """What copy detection needs of an article, small enough to store."""

    article_id: str
    signature: np.ndarray
    """MinHash hash values, ``NUM_PERM`` unsigned 64-bit integers."""
    shingles: int
    words: int
    published: date | None = None

    def minhash(self) -> LeanMinHash:
        """The signature as the LSH index takes it: datasketch's read-only MinHash, cheaper to
        make than a full one (which the index never updates), so that a store's index of
        many thousands of articles loads quickly."""
        return LeanMinHash(seed=SEED, hashvalues=self.signature, scheme=SCHEME)


shingle_hash = zlib.crc32
"""CRC-32: a C-speed 32-bit hash, which is all MinHash needs (datasketch's default, SHA-1,
costs ten times more per shingle). Given to datasketch as it is: a Python function around it
would be called once per shingle."""


def shingles(text: str) -> set[bytes]:
    """Lower-cased word 5-grams, as UTF-8 with one space between words; a text shorter than
    that is one shingle."""
    # Lower-cased after the words are found: lower case can add a character ("İ" -> "i̇").
    encoded = " ".join(_WORD.findall(text)).lower().encode()
    if not encoded:
        return set()
    spaces = np.flatnonzero(np.frombuffer(encoded, np.uint8) == _SPACE)
    if len(spaces) < SHINGLE_WORDS:
        return {encoded}
    # Each shingle is a slice of the encoded text, from the start of its first word to the
    # end of its last: cheaper than joining and encoding every 5-gram. The spaces between
    # words are found by NumPy; no other byte of UTF-8 text is a space's.
    later_starts = spaces[: len(spaces) - SHINGLE_WORDS + 1] + 1
    starts = [0, *later_starts.tolist()]
    ends = [*spaces[SHINGLE_WORDS - 1 :].tolist(), len(encoded)]
    return {encoded[start:end] for start, end in zip(starts, ends, strict=True)}


def fingerprint(article_id: str, text: str, published: date | None = None) -> Fingerprint:
    """The fingerprint of one article's body text."""
    found = shingles(text)
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=shingle_hash,
        permutations=_permutations(),
        scheme=SCHEME,
    )
    minhash.update_batch(list(found))
    return Fingerprint(article_id, minhash.hashvalues, len(found), len(text.split()), published)


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The permutations for ``SEED``, drawn once (datasketch draws them per MinHash)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated share of the smaller shingle set that is in the larger one."""
    if not a.shingles or not b.shingles:
        return 0.0
    jaccard = float(np.mean(a.signature == b.signature))
    overlap = jaccard * (a.shingles + b.shingles) / (1.0 + jaccard)
    return min(1.0, overlap / min(a.shingles, b.shingles))


def _near_in_time(a: Fingerprint, b: Fingerprint) -> bool:
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= COPY_WINDOW_DAYS


def more_canonical(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether ``a`` should stand for the group rather than ``b``: longer, then earlier."""
    a_date = a.published or date.max
    b_date = b.published or date.max
    return (-a.words, a_date, a.article_id) < (-b.words, b_date, b.article_id)


# Odd 64-bit multipliers that mix a band's number and hash values into one key.
_BAND_MIXERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64
)


def band_keys(signature: np.ndarray) -> np.ndarray:
    """One signed 64-bit key for each of the LSH index's bands of a signature, so that a
    store can find the articles sharing a band with an SQL index. Two articles with one band
    in common share its key; the rare other articles that share a key by chance are only
    candidates, which ``CopyIndex`` then rules out."""
    bands, rows = LSH_BANDS
    values = signature[: bands * rows].astype(np.uint64).reshape(bands, rows)
    keys = np.arange(bands, dtype=np.uint64) * _BAND_MIXERS[0]
    for row in range(rows):
        keys ^= values[:, row] * _BAND_MIXERS[1 + row % 2]
        keys *= _BAND_MIXERS[0]
    return keys.view(np.int64)


class CopyIndex:
    """An LSH index of fingerprints that answers "which stored articles is this a copy of?"."""

    def __init__(self, prints: Iterable[Fingerprint] = ()) -> None:
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
        self._stored: dict[str, Fingerprint] = {}
        for article in prints:
            self.add(article)

    def __len__(self) -> int:
        return len(self._stored)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._stored

    def __iter__(self) -> Iterator[Fingerprint]:
        return iter(self._stored.values())

    def add(self, article: Fingerprint) -> None:
        if article.article_id in self._stored or not article.shingles:
            return
        self._lsh.insert(article.article_id, article.minhash())
        self._stored[article.article_id] = article

    def remove(self, article_id: str) -> None:
        self._lsh.remove(article_id)
        del self._stored[article_id]

    def copies_of(self, article: Fingerprint) -> list[str]:
        """Ids of indexed articles that ``article`` copies, or that copy it."""
        if not article.shingles:
            return []
        return sorted(
            candidate
            for candidate in self._lsh.query(article.minhash())
            if candidate != article.article_id
            and _near_in_time(article, self._stored[candidate])
            and containment(article, self._stored[candidate]) >= COPY_CONTAINMENT
        )


def group_copies(prints: Sequence[Fingerprint]) -> list[CopyGroup]:
    """Copy groups among ``prints`` (connected components of the copy relation), each with
    its canonical article; articles with no copy form groups of one."""
    index = CopyIndex()
    parent = {p.article_id: p.article_id for p in prints}

    def root(article_id: str) -> str:
        while parent[article_id] != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    for article in prints:
        for other in index.copies_of(article):
            parent[root(other)] = root(article.article_id)
        index.add(article)
    members: dict[str, list[Fingerprint]] = {}
    for article in prints:
        members.setdefault(root(article.article_id), []).append(article)
    return [canonical_group(group) for group in members.values()]


def canonical_group(members: Sequence[Fingerprint]) -> CopyGroup:
    best = members[0]
    for candidate in members[1:]:
        if more_canonical(candidate, best):
            best = candidate
    return CopyGroup(best.article_id, tuple(m.article_id for m in members if m is not best))


def collapse_copies(articles: Sequence[Article]) -> tuple[list[Article], dict[str, str]]:
    """The articles that are not copies, in input order, and each copy's canonical id."""
    prints = [fingerprint(a.id, a.body, a.published) for a in articles]
    copy_of = {copy: group.canonical for group in group_copies(prints) for copy in group.copies}
    return [a for a in articles if a.id not in copy_of], copy_of
