"""The cluster stage: group articles into events, incrementally.

An article is a sparse TF-IDF vector over hashed, stemmed content words of its title and
body. IDF is raised to a power above one, so that the rare words two reports of one event
share (names, places, the thing that happened) weigh more than the topic words that
different events share ("Senate", "budget", "storm").

A batch of new articles is clustered by average linkage together with the existing
events it could join: an event is a fixed cluster whose similarity to an article is the
mean cosine between the article and the event's members, computed from the sum of their
vectors. New articles merge with each other or join an existing event; two existing
events never merge, and only the most recent articles are ever placed again (below).
With everything in one batch this is plain average-linkage clustering.

Joining an event is undone only while the article is provisional: articles that arrive
later cannot pull an older one out again, as they could in one big batch. So a
newcomer's similarity to an existing event counts at ``JOIN_WEIGHT`` of its value: a weak
match to an old event waits for a better partner, and newcomers pair with each other
first. In small batches (a few articles from the web page or the API) this recovers much
of what one big batch would find; BENCHMARKS.md has the figures by batch size.

The most recently placed articles stay provisional (``PROVISIONAL_ARTICLES``, the last
of them in the order they were stored): each batch takes them out of their events again
(``reopen``) and places them together with the newcomers, so that an article that joined
an event for want of a better partner moves when its partner arrives in the next batch.
An event made of provisional articles alone keeps its id when they stay together
(``continuing``). Older articles never move.

Publication time splits events: two groups merge only if their known publication dates
are at most ``window_days`` apart. Dates guessed from an article's text are not used
(they are often the date of something the article recalls).
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
from scipy import sparse

from .summarise.similarity import content_terms

IDF_POWER = 2.5
THRESHOLD = 0.1
"""Average cosine above which two groups of articles are one event."""
WINDOW_DAYS = 4
JOIN_WEIGHT = 0.8
"""What a newcomer's similarity to an existing event counts for (see the module docstring)."""
PROVISIONAL_ARTICLES = 256
"""How many of the most recently placed articles each batch places again."""


@dataclass(frozen=True)
class TermVector:
    """A sparse vector over hashed terms, indices sorted."""

    indices: np.ndarray
    values: np.ndarray

    def to_bytes(self) -> bytes:
        return self.indices.astype("<u4").tobytes() + self.values.astype("<f4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> TermVector:
        n = len(data) // 8
        return cls(
            np.frombuffer(data[: 4 * n], dtype="<u4").astype(np.uint32),
            np.frombuffer(data[4 * n :], dtype="<f4").astype(np.float32),
        )

    @classmethod
    def empty(cls) -> TermVector:
        return cls(np.zeros(0, np.uint32), np.zeros(0, np.float32))

    def __neg__(self) -> TermVector:
        return TermVector(self.indices, -self.values)

    def __add__(self, other: TermVector) -> TermVector:
        return TermVector.total([self, other])

    @classmethod
    def total(cls, vectors: Sequence[TermVector]) -> TermVector:
        """The sum of ``vectors`` in one pass. Each term's values are added in the order
        given, so the sum is the same to the bit as adding the vectors one by one."""
        if not vectors:
            return cls.empty()
        indices, inverse = np.unique(
            np.concatenate([v.indices for v in vectors]), return_inverse=True
        )
        values = np.zeros(len(indices), np.float32)
        np.add.at(values, inverse, np.concatenate([v.values for v in vectors]))
        return cls(indices.astype(np.uint32), values)


def term_counts(title: str | None, body: str) -> Counter[int]:
    """Hashed content-term counts of an article (CRC-32 of the stemmed word)."""
    words = content_terms(f"{title or ''}\n{body}")
    return Counter(map(zlib.crc32, map(str.encode, words)))


@dataclass
class TermStatistics:
    """Document frequencies of hashed terms over every article seen so far."""

    documents: int = 0
    frequency: Counter[int] = field(default_factory=Counter)

    def add(self, counts: Iterable[Counter[int]]) -> None:
        for article in counts:
            self.documents += 1
            self.frequency.update(article.keys())

    def idf(self, terms: Sequence[int]) -> np.ndarray:
        frequency = np.array([self.frequency.get(term, 0) for term in terms], np.float64)
        return np.log((1 + self.documents) / (1 + frequency)) + 1.0


def weigh(counts: Counter[int], statistics: TermStatistics) -> TermVector:
    """Unit-length vector: sublinear term frequency times IDF to the power ``IDF_POWER``."""
    if not counts:
        return TermVector.empty()
    terms = sorted(counts)
    frequency = np.array([counts[t] for t in terms], dtype=np.float64)
    weights = (1 + np.log(frequency)) * statistics.idf(terms) ** IDF_POWER
    weights /= np.linalg.norm(weights)
    return TermVector(np.array(terms, dtype=np.uint32), weights.astype(np.float32))


@dataclass(frozen=True)
class Newcomer:
    """An article to place in an event."""

    article_id: str
    vector: TermVector
    published: date | None
    """Only a date from metadata (feed, manifest, HTML), never one guessed from the text."""


@dataclass(frozen=True)
class EventState:
    """What clustering needs to know of an existing event."""

    event_id: int
    centroid: TermVector
    """Sum of the members' unit vectors."""
    size: int
    first: date | None
    last: date | None


@dataclass(frozen=True)
class Placement:
    """Where a newcomer goes: an existing event, or new event number ``new_event``
    (newcomers with the same number form one new event)."""

    article_id: str
    event_id: int | None
    new_event: int | None


@dataclass
class _Group:
    size: int
    first: date | None
    last: date | None
    fixed: bool

    def compatible(self, other: _Group, window_days: int) -> bool:
        if None in (self.first, other.first):
            return True
        assert self.first and self.last and other.first and other.last
        gap = max(self.first, other.first) - min(self.last, other.last)
        return gap.days <= window_days

    def absorb(self, other: _Group) -> None:
        self.size += other.size
        firsts = [d for d in (self.first, other.first) if d]
        lasts = [d for d in (self.last, other.last) if d]
        self.first = min(firsts) if firsts else None
        self.last = max(lasts) if lasts else None


@dataclass(frozen=True)
class Provisional:
    """A recently placed article, placed again with the next batch."""

    newcomer: Newcomer
    event_id: int


def reopen(events: Sequence[EventState], provisional: Sequence[Provisional]) -> list[EventState]:
    """The events without their provisional articles; an event left with none is dropped.
    An event keeps its date span, which only decides what may join it."""
    vectors_of: dict[int, list[TermVector]] = defaultdict(list)
    for article in provisional:
        vectors_of[article.event_id].append(article.newcomer.vector)
    reopened = []
    for event in events:
        if event.event_id not in vectors_of:
            reopened.append(event)
            continue
        taken_out = vectors_of[event.event_id]
        if len(taken_out) < event.size:
            # One subtraction of the (small) sum: a large event's centroid is not copied
            # once per provisional article.
            total = TermVector.total(taken_out)
            reopened.append(
                replace(event, centroid=event.centroid + -total, size=event.size - len(taken_out))
            )
    return reopened


def continuing(
    placements: Sequence[Placement], provisional: Sequence[Provisional], emptied: set[int]
) -> dict[int, int]:
    """New event number -> the id it continues: the emptied event (one whose articles were
    all provisional) that gave it the most of its articles, fewest id first on a tie; each
    emptied id is continued once, by the new event that holds most of its articles."""
    came_from = {a.newcomer.article_id: a.event_id for a in provisional}
    shares: Counter[tuple[int, int]] = Counter(
        (p.new_event, came_from[p.article_id])
        for p in placements
        if p.new_event is not None and came_from.get(p.article_id) in emptied
    )
    taken: dict[int, int] = {}
    used: set[int] = set()
    for (number, event_id), _ in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0][1])):
        if number not in taken and event_id not in used:
            taken[number] = event_id
            used.add(event_id)
    return taken


def place(
    newcomers: Sequence[Newcomer],
    events: Sequence[EventState],
    *,
    threshold: float = THRESHOLD,
    window_days: int = WINDOW_DAYS,
    join_weight: float = JOIN_WEIGHT,
) -> list[Placement]:
    """Place each newcomer in an existing event or a new one (see the module docstring)."""
    if not newcomers:
        return []
    vectors = [n.vector for n in newcomers]
    terms = np.unique(np.concatenate([v.indices for v in vectors]))
    batch = _matrix(vectors, terms)
    sums = (batch @ batch.T).toarray()
    candidates: list[EventState] = []
    events = _near_in_time(newcomers, events, window_days)
    if events:
        centroids = _matrix([e.centroid for e in events], terms)
        to_events = (batch @ centroids.T).toarray() * join_weight
        sizes = np.array([e.size for e in events], dtype=np.float64)
        joinable = (to_events / sizes >= threshold) & _in_window(newcomers, events, window_days)
        reachable = np.nonzero(joinable.any(axis=0))[0]
        candidates = [events[k] for k in reachable]
        to_events = to_events[:, reachable]
    n, k = len(newcomers), len(candidates)
    links = np.full((n + k, n + k), -np.inf)
    links[:n, :n] = sums
    if k:
        links[:n, n:] = to_events
        links[n:, :n] = to_events.T
    np.fill_diagonal(links, -np.inf)
    groups = [_Group(1, c.published, c.published, False) for c in newcomers] + [
        _Group(e.size, e.first, e.last, True) for e in candidates
    ]
    owner = list(range(n + k))
    _merge_until(links, groups, owner, threshold, window_days)

    placements: list[Placement] = []
    new_numbers: dict[int, int] = {}
    for i, newcomer in enumerate(newcomers):
        root = _root(owner, i)
        if root >= n:
            placements.append(Placement(newcomer.article_id, candidates[root - n].event_id, None))
        else:
            number = new_numbers.setdefault(root, len(new_numbers))
            placements.append(Placement(newcomer.article_id, None, number))
    return placements


def _merge_until(
    links: np.ndarray,
    groups: list[_Group],
    owner: list[int],
    threshold: float,
    window_days: int,
) -> None:
    """Average linkage: merge the most similar allowed pair until none reaches ``threshold``.

    ``links[i, j]`` holds the sum of member-pair cosines, so the average is that sum over
    the product of the sizes, and merging two groups adds their rows.
    """
    fixed = np.array([g.fixed for g in groups])
    alive = np.ones(len(groups), dtype=bool)
    sizes = np.array([g.size for g in groups], dtype=np.float64)
    average = links / np.outer(sizes, sizes)
    average[np.ix_(fixed, fixed)] = -np.inf
    while True:
        best = int(np.argmax(average))
        i, j = divmod(best, len(groups))
        if average[i, j] < threshold:
            return
        if not groups[i].compatible(groups[j], window_days):
            # Until one of the two merges with another group, they stay apart.
            average[i, j] = average[j, i] = -np.inf
            continue
        if fixed[j]:
            i, j = j, i
        links[i, :] += links[j, :]
        links[:, i] += links[:, j]
        links[i, i] = -np.inf
        groups[i].absorb(groups[j])
        sizes[i] = groups[i].size
        owner[j] = i
        alive[j] = False
        # Only the merged group's averages change; the absorbed group is gone, and two
        # existing events never merge.
        row = links[i, :] / (sizes[i] * sizes)
        row[~alive] = -np.inf
        if fixed[i]:
            row[fixed] = -np.inf
        average[i, :] = average[:, i] = row
        average[j, :] = average[:, j] = -np.inf


def joinable_span(
    newcomers: Sequence[Newcomer], window_days: int = WINDOW_DAYS
) -> tuple[date, date] | None:
    """The days an event's date span must reach for one of ``newcomers`` to join it (an
    undated event may always be joined); None when any newcomer is undated, since it may
    join any event. A store loads only the events this span allows."""
    days = [n.published for n in newcomers if n.published]
    if not days or len(days) < len(newcomers):
        return None
    return _shifted(min(days), -window_days), _shifted(max(days), window_days)


def _shifted(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the calendar's ends (a feed may say
    9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _near_in_time(
    newcomers: Sequence[Newcomer], events: Sequence[EventState], window_days: int
) -> Sequence[EventState]:
    """The events any newcomer could join by date: a cheap cut before comparing texts, which
    keeps a long stream's cost per batch flat."""
    span = joinable_span(newcomers, window_days)
    if span is None:
        return events
    earliest, latest = span
    return [
        e
        for e in events
        if e.first is None or e.last is None or (e.last >= earliest and e.first <= latest)
    ]


def _in_window(
    newcomers: Sequence[Newcomer], events: Sequence[EventState], window_days: int
) -> np.ndarray:
    """Whether each newcomer's date is within the window of each event's date span (true
    when either date is unknown)."""
    unknown = -(10**9)
    day = np.array([n.published.toordinal() if n.published else unknown for n in newcomers])
    first = np.array([e.first.toordinal() if e.first else unknown for e in events])
    last = np.array([e.last.toordinal() if e.last else unknown for e in events])
    before = first[None, :] - day[:, None]
    after = day[:, None] - last[None, :]
    near = np.maximum(before, after) <= window_days
    return near | (day[:, None] == unknown) | (first[None, :] == unknown)


def _root(owner: list[int], node: int) -> int:
    while owner[node] != node:
        node = owner[node]
    return node


def _matrix(vectors: Sequence[TermVector], terms: np.ndarray) -> sparse.csr_matrix:
    """Rows of ``vectors`` over the columns ``terms`` (sorted); other terms are dropped, as
    they cannot add to a dot product with the batch."""
    lengths = [len(v.indices) for v in vectors]
    if not sum(lengths):
        return sparse.csr_matrix((len(vectors), max(len(terms), 1)))
    indices = np.concatenate([v.indices for v in vectors])
    values = np.concatenate([v.values for v in vectors]).astype(np.float64)
    rows = np.repeat(np.arange(len(vectors)), lengths)
    columns = np.minimum(np.searchsorted(terms, indices), max(len(terms) - 1, 0))
    keep = terms[columns] == indices if len(terms) else np.zeros(len(indices), bool)
    return sparse.csr_matrix(
        (values[keep], (rows[keep], columns[keep])), shape=(len(vectors), max(len(terms), 1))
    )
