"""Event detection and wire-copy detection on a shuffled stream of real articles.

Three measurements, each on a fresh store in a temporary folder:

1. events: every document of the Multi-News file, shuffled into one stream (anonymous ids,
   no titles, dates or outlets), ingested batch by batch; the recovered events are scored
   against the true clusters with B-cubed and the adjusted Rand index, over documents of at
   least 100 words (shorter ones are mostly scraping failures). Documents with exactly the
   same text are one stored article, so they share its event. The stream is ingested
   ``--repeats`` times, each on a fresh store, and the median throughput is reported with
   the slowest and fastest.
2. copies: the same stream plus syndicated copies of some documents (one paragraph
   dropped, the end trimmed, a new headline, page furniture added); precision and recall of
   the copy pairs found, over pairs involving an injected copy. The truth also holds the
   near-identical pairs already in the file (exact 5-gram containment of at least 0.9).
3. bound: what the cluster stage's similarity allows on this file, whatever the
   clustering. With the stage's own vectors (cleaned text, the same weighting, IDF over the
   whole file): the share of documents whose most similar document belongs to another
   cluster and, at the joining threshold and at four lower cosines, the share of documents
   with a document of another cluster at or above it and the B-cubed scores of the grouping
   that links exactly the same-cluster pairs at or above it and never a wrong pair.
4. dates: the same stream with publication dates on some of its documents, as a crawl
   mixing pages with and without dates would be: each true cluster gets a random day of
   2015-2016, and each document, with the chance given by ``--dated-shares``, is dated that
   day or one of the two after (two draws of which documents are dated, one ingest each).
   B-cubed as in 1., so the rows show what dates add and what mixing dated with undated
   articles costs.
5. feed: the stream written as JSON Lines and ingested by the ``chorus ingest`` command,
   once from the file and once piped to its standard input (``cat FILE | chorus ingest -``),
   each a new process on a fresh store, start-up included.
6. scaling: streams of 1k to 20k articles made by replaying the file: each replay's
   documents lose one random paragraph (of those with more than two), and words until no
   text repeats one of an earlier replay, and are dated 45 days after the previous
   replay's, so each replay's events are new events. Each stream is written to a JSON Lines
   file and ingested from it with ``Store.ingest``, as ``chorus ingest`` does.
   Time and peak memory of the largest process (one process per size), the store's size
   on disk, and the time the next ingest into the store takes to add one more article (the
   caches it loads first), once dated like the latest article and once undated (which may
   copy or join anything).

    .venv/bin/python bench/events.py [--data ../shared/data/multinews/validation.jsonl]
        [--batch-size 256] [--copies 150] [--scale 1000,2000,5000,10000,20000] [--seed 7]
        [--repeats 3] [--dated-shares 0.5,1] [--dask-workers N]

With ``--dask-workers N`` the stream of 1. is also ingested with its articles prepared on a
local Dask cluster of N worker processes (``Store(executor=...)``), and the bench reports
whether the events are the same and the throughput.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from chorus import RawArticle, Store
from chorus.analyse import detect_language
from chorus.clean import clean
from chorus.cluster import THRESHOLD, TermStatistics, term_counts, weigh
from chorus.dedup import shingles
from chorus.evaluate.clustering import adjusted_rand, bcubed, pairwise
from chorus.store import DEFAULT_BATCH
from chorus.store.ingest import content_hash
from speed import machine

if TYPE_CHECKING:
    from distributed import Client

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "multinews" / "validation.jsonl"
MIN_WORDS = 100
BOUND_THRESHOLDS = (THRESHOLD, 0.08, 0.06, 0.04, 0.02)
REPLAY_DAYS = 45
FURNITURE = (
    "Advertisement",
    "Share this article",
    "Sign up for our daily newsletter",
    "© 2026 Example Wire Services. All rights reserved.",
    "Read more: Top stories of the day",
)
_PARAGRAPHS = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Document:
    text: str
    cluster: str


def load_documents(path: Path) -> list[Document]:
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            documents += [Document(t, record["id"]) for t in record["documents"] if t.strip()]
    return documents


def stream(documents: list[Document], seed: int) -> tuple[list[RawArticle], dict[str, str]]:
    """Shuffled articles with anonymous ids, and each id's true cluster."""
    shuffled = documents[:]
    random.Random(seed).shuffle(shuffled)
    raws = [
        RawArticle(id=f"doc{n:05d}", text=d.text, origin=f"stream#{n}")
        for n, d in enumerate(shuffled)
    ]
    return raws, {r.id: d.cluster for r, d in zip(raws, shuffled, strict=True)}


def ingest(
    raws: list[RawArticle], batch_size: int, executor: Executor | None = None
) -> tuple[dict[str, object], list, float]:
    """Ingest into a fresh store (articles prepared on ``executor`` when given); each article
    id's event, the copy groups, the seconds."""
    detect_language("warm up the language model")  # model loading is not ingest time
    with (
        tempfile.TemporaryDirectory() as folder,
        Store(Path(folder) / "bench.db", batch_size=batch_size, executor=executor) as store,
    ):
        start = time.perf_counter()
        store.add(raws)
        seconds = time.perf_counter() - start
        stored: dict[str, object] = {a: e.id for e in store.events() for a in e.article_ids}
        groups = store.copy_groups()
    # An article whose text was already stored is that article; one the store refused
    # (nothing left after cleaning, not English) is an event of its own, even when other
    # refused articles have the same text (the same crawler notice in several clusters).
    stored_by_hash: dict[str, str] = {}
    for raw in raws:
        stored_by_hash.setdefault(content_hash(raw.text), raw.id)
    event_of = dict(stored)
    for raw in raws:
        if raw.id not in stored:
            twin = stored_by_hash[content_hash(raw.text)]
            event_of[raw.id] = stored.get(twin, f"refused:{raw.id}")
    return event_of, groups, seconds


def score_events(
    raws: list[RawArticle],
    truth: dict[str, str],
    batch_size: int,
    repeats: int,
    executor: Executor | None = None,
) -> dict:
    """Scores of the stream's events, and its throughput over ``repeats`` ingests (each on a
    fresh store): the median, and the slowest and fastest, since on a shared machine one
    run's speed moves by a tenth or more. Every ingest must find the same events."""
    runs = [ingest(raws, batch_size, executor) for _ in range(repeats)]
    event_of = runs[0][0]
    if any(run[0] != event_of for run in runs[1:]):
        sys.exit("the same stream gave different events in two ingests")
    per_second = sorted(len(raws) / run[2] for run in runs)
    scored = {r.id: truth[r.id] for r in raws if len(r.text.split()) >= MIN_WORDS}
    scores = bcubed(event_of, scored)
    return {
        "articles": len(raws),
        "scored": len(scored),
        "events": len(set(event_of.values())),
        "true_clusters": len(set(scored.values())),
        "precision": scores.precision,
        "recall": scores.recall,
        "f1": scores.f1,
        "ari": adjusted_rand(event_of, scored),
        "per_second": statistics.median(per_second),
        "per_second_range": (per_second[0], per_second[-1]),
        "event_of": event_of,
    }


def partly_dated(
    raws: list[RawArticle], truth: dict[str, str], share: float, seed: int
) -> list[RawArticle]:
    """The stream with each document dated, with chance ``share``, on its true cluster's
    day (random in 2015-2016) or one of the two days after."""
    rng = random.Random(seed)
    day_of = {
        cluster: date(2015, 1, 1) + timedelta(days=rng.randrange(731))
        for cluster in sorted(set(truth.values()))
    }
    return [
        replace(raw, published=day_of[truth[raw.id]] + timedelta(days=rng.randrange(3)))
        if rng.random() < share
        else raw
        for raw in raws
    ]


def score_on_dask(
    raws: list[RawArticle], truth: dict[str, str], batch_size: int, repeats: int, workers: int
) -> dict:
    """``score_events`` with the articles prepared on a local Dask cluster of ``workers``
    single-threaded processes (``local_dask``)."""
    with local_dask(workers) as client:
        return score_events(raws, truth, batch_size, repeats, client.get_executor())


@contextmanager
def local_dask(workers: int) -> Iterator[Client]:
    """A client of a local Dask cluster of ``workers`` single-threaded processes, started
    (and its workers' language model loaded) before any timing. Starting the cluster sets
    variables in this process's environment for its workers (one BLAS thread, a hash seed,
    malloc trimming); they are put back afterwards, so that the processes a bench starts
    later are as without it."""
    from distributed import Client, LocalCluster

    environment = dict(os.environ)
    try:
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(detect_language, "warm up the language model")
            yield client
    finally:
        os.environ.clear()
        os.environ.update(environment)


def similarity_bound(raws: list[RawArticle], truth: dict[str, str]) -> dict:
    """How far the cluster stage's similarity could take any clustering (see the docstring)."""
    kept = [r for r in raws if len(r.text.split()) >= MIN_WORDS]
    articles = [clean(r) for r in kept]
    counts = [term_counts(a.title, a.body) for a in articles]
    statistics = TermStatistics()
    statistics.add(counts)
    vectors = [weigh(c, statistics) for c in counts]
    column = {t: k for k, t in enumerate(sorted({int(t) for v in vectors for t in v.indices}))}
    matrix = np.zeros((len(vectors), len(column)), np.float32)
    for row, vector in enumerate(vectors):
        matrix[row, [column[int(t)] for t in vector.indices]] = vector.values
    similarity = matrix @ matrix.T
    np.fill_diagonal(similarity, -1.0)
    cluster = np.array([truth[r.id] for r in kept])
    same = cluster[:, None] == cluster[None, :]
    in_company = same.sum(axis=1) > 1  # true clusters of one scored document have no partner
    wrong_neighbour = cluster[similarity.argmax(axis=1)] != cluster
    owner = list(range(len(kept)))

    def root(node: int) -> int:
        while owner[node] != node:
            owner[node] = owner[owner[node]]
            node = owner[node]
        return node

    truth_kept = {r.id: truth[r.id] for r in kept}
    rows = []
    for threshold in BOUND_THRESHOLDS:  # descending: each links more pairs than the last
        for i, j in zip(*np.nonzero(np.triu(same & (similarity >= threshold), 1)), strict=True):
            owner[root(int(i))] = root(int(j))
        linked = bcubed({r.id: root(k) for k, r in enumerate(kept)}, truth_kept)
        rows.append(
            {
                "threshold": threshold,
                "wrong_above": float((~same & (similarity >= threshold)).any(axis=1).mean()),
                "precision": linked.precision,
                "recall": linked.recall,
                "f1": linked.f1,
            }
        )
    # Documents that cleaning leaves empty (a web archive's crawl notice served for the
    # page) can share no words with their cluster: each is an event of its own, however good
    # the similarity.
    empty = {r.id for r, a in zip(kept, articles, strict=True) if not a.body.strip()}
    placed = {i: f"empty:{i}" if i in empty else c for i, c in truth_kept.items()}
    alone = bcubed(placed, truth_kept)
    return {
        "documents": int(in_company.sum()),
        "wrong_neighbour": float(wrong_neighbour[in_company].mean()),
        "thresholds": rows,
        "empty": len(empty),
        "empty_bound": alone,
    }


def time_commands(raws: list[RawArticle], folder: Path) -> dict[str, float]:
    """Seconds of `chorus ingest FILE` and of `chorus ingest -` fed the same file."""
    path = folder / "stream.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for raw in raws:
            out.write(json.dumps({"id": raw.id, "text": raw.text}) + "\n")
    seconds = {}
    for name, source in (("file", str(path)), ("feed", "-")):
        command = [sys.executable, "-m", "chorus.cli", "ingest", source,
                   "--db", str(folder / f"{name}.db")]  # fmt: skip
        start = time.perf_counter()
        with path.open("rb") as feed:
            subprocess.run(
                command,
                stdin=feed if source == "-" else subprocess.DEVNULL,
                capture_output=True,
                check=False,
            )
        seconds[name] = time.perf_counter() - start
    return seconds


def syndicate(raw: RawArticle, n: int, rng: random.Random) -> RawArticle:
    """A wire copy as another outlet would run it."""
    paragraphs = [p.strip() for p in _PARAGRAPHS.split(raw.text) if p.strip()]
    if len(paragraphs) >= 4:
        del paragraphs[rng.randrange(1, len(paragraphs) - 1)]
    keep = max(2, round(len(paragraphs) * 0.85))
    paragraphs = paragraphs[:keep]
    for furniture in rng.sample(FURNITURE, 3):
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), furniture)
    headline = " ".join(paragraphs[0].split()[:9]).rstrip(".,") + ", officials say"
    return RawArticle(
        id=f"copy{n:04d}",
        text=headline + "\n\n" + "\n\n".join(paragraphs),
        origin=f"copies#{n}",
        outlet=f"Syndicating Outlet {n % 7}",
        headline_first=True,
    )


def score_copies(raws: list[RawArticle], count: int, batch_size: int, seed: int) -> dict:
    rng = random.Random(seed)
    hashes = [content_hash(r.text) for r in raws]
    unique = [r for r, h in zip(raws, hashes, strict=True) if hashes.count(h) == 1]
    sources = rng.sample([r for r in unique if len(r.text.split()) >= MIN_WORDS], count)
    copies = [syndicate(source, n, rng) for n, source in enumerate(sources)]
    twins = natural_twins(raws)
    truth_groups = [
        {c.id, s.id, *twins.get(s.id, ())} for c, s in zip(copies, sources, strict=True)
    ]
    mixed = raws + copies
    rng.shuffle(mixed)
    _, groups, _ = ingest(mixed, batch_size)
    scores = pairwise([g.members for g in groups], truth_groups, scope={c.id for c in copies})
    return {
        "copies": count,
        "natural_twin_pairs": sum(len(t) for t in twins.values()) // 2,
        "precision": scores.precision,
        "recall": scores.recall,
    }


def natural_twins(raws: list[RawArticle]) -> dict[str, set[str]]:
    """Documents of the file that are near-identical already (exact containment >= 0.9)."""
    sets = {r.id: shingles(r.text) for r in raws if len(r.text.split()) >= MIN_WORDS}
    by_shingle: dict[bytes, list[str]] = {}
    for article_id, found in sets.items():
        for shingle in found:
            by_shingle.setdefault(shingle, []).append(article_id)
    twins: dict[str, set[str]] = {}
    for a, found in sets.items():
        shared: dict[str, int] = {}
        for shingle in found:
            for b in by_shingle[shingle]:
                if b != a:
                    shared[b] = shared.get(b, 0) + 1
        for b, n in shared.items():
            if n / min(len(found), len(sets[b])) >= 0.9:
                twins.setdefault(a, set()).add(b)
    return twins


def replayed(documents: list[Document], size: int, seed: int) -> tuple[list[RawArticle], dict]:
    """``size`` articles: the file replayed, each replay perturbed and 45 days later."""
    rng = random.Random(seed)
    raws, truth = [], {}
    replay = 0
    base = date(2020, 1, 1)
    earlier_replays: set[str] = set()
    while len(raws) < size:
        this_replay: set[str] = set()
        order = documents[:]
        rng.shuffle(order)
        for document in order[: size - len(raws)]:
            paragraphs = [p for p in _PARAGRAPHS.split(document.text) if p.strip()]
            if replay and len(paragraphs) > 2:
                del paragraphs[rng.randrange(len(paragraphs))]
            text = "\n\n".join(paragraphs)
            while content_hash(text) in earlier_replays:
                words = text.split(" ")
                del words[rng.randrange(len(words))]
                text = " ".join(words)
            this_replay.add(content_hash(text))
            article_id = f"r{replay}-{len(raws):06d}"
            raws.append(
                RawArticle(
                    id=article_id,
                    text=text,
                    origin=f"replay#{len(raws)}",
                    published=base + timedelta(days=REPLAY_DAYS * replay + rng.randrange(3)),
                )
            )
            truth[article_id] = f"{document.cluster}@{replay}"
        earlier_replays |= this_replay
        replay += 1
    return raws, truth


def write_replay(documents: list[Document], size: int, seed: int, folder: Path) -> Path:
    """The replayed stream as a JSON Lines crawl, with its truth (cluster and word count of
    each article) beside it."""
    raws, truth = replayed(documents, size, seed)
    path = folder / f"replay-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for raw in raws:
            record = {"id": raw.id, "text": raw.text, "published": str(raw.published)}
            out.write(json.dumps(record) + "\n")
    words = {raw.id: len(raw.text.split()) for raw in raws}
    path.with_suffix(".truth.json").write_text(
        json.dumps({a: [cluster, words[a]] for a, cluster in truth.items()})
    )
    return path


def scale_one(path: Path, batch_size: int) -> dict:
    """Ingest a replayed crawl from its file, as `chorus ingest` does (read as it goes); then
    open the store again and add one more article (an update of the latest one, dated like
    it), as the next ingest into it would, then another without a date: that one article
    waits for what the store loads first (its candidate copies, term counts, events)."""
    truth = json.loads(path.with_suffix(".truth.json").read_text())
    detect_language("warm up the language model")  # model loading is not ingest time
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bench.db", batch_size=batch_size) as store:
            start = time.perf_counter()
            store.ingest([path])
            seconds = time.perf_counter() - start
            # The ingest's peak, before the events are listed for scoring and before the
            # next ingest's caches are loaded in this process.
            workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            peak = max(own_peak_rss_mb(), workers)
            stored = {a: e.id for e in store.events() for a in e.article_ids}
        store_mb = (Path(folder) / "bench.db").stat().st_size / 2**20  # closed: WAL merged
        with path.open(encoding="utf-8") as lines:
            *_, last = lines
        latest = json.loads(last)
        dates = {"dated": date.fromisoformat(latest["published"]), "undated": None}
        one_more = {}
        for name, published in dates.items():
            update = RawArticle(  # an update of the latest article, dated like it or not
                id=f"one-more-{name}",
                text=f"{latest['text']}\n\nUpdated ({name}).",
                origin=f"one-more-{name}",
                published=published,
            )
            with Store(Path(folder) / "bench.db", batch_size=batch_size) as store:
                start = time.perf_counter()
                store.add([update])
                one_more[name] = time.perf_counter() - start
    event_of = {a: stored.get(a, f"refused:{a}") for a in truth}
    scored = {a: cluster for a, (cluster, words) in truth.items() if words >= MIN_WORDS}
    return {
        "seconds": seconds,
        "one_more_seconds": one_more["dated"],
        "one_more_undated_seconds": one_more["undated"],
        "per_second": len(truth) / seconds,
        "f1": bcubed(event_of, scored).f1,
        "file_mb": path.stat().st_size / 2**20,
        "store_mb": store_mb,
        "peak_rss_mb": peak,
    }


def own_peak_rss_mb() -> float:
    """This process's peak resident memory. ``getrusage(RUSAGE_SELF)`` will not do in a
    process the bench started: Linux carries the starting process's peak over into it (a
    child started by a 300 MB process reports 300 MB however little it uses). The kernel's
    high-water mark of the process's own memory (``VmHWM``) starts afresh."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    parser.add_argument("--copies", type=int, default=150)
    parser.add_argument("--scale", default="1000,2000,5000,10000,20000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--repeats", type=int, default=3, help="ingests of the stream timed (median reported)"
    )
    parser.add_argument(
        "--dated-shares",
        default="0.5,1",
        help="shares of the stream's documents given a date, one row each (empty: none)",
    )
    parser.add_argument(
        "--dask-workers",
        type=int,
        default=0,
        help="also ingest the stream with articles prepared on a local Dask cluster of this "
        "many worker processes (needs the dask extra)",
    )
    parser.add_argument("--scale-one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_one:
        print(json.dumps(scale_one(args.scale_one, args.batch_size)))
        return
    if not args.data.is_file():
        sys.exit(f"no data file at {args.data}")
    documents = load_documents(args.data)

    print(f"# bench/events.py on {machine()}")
    print(f"data {args.data}, {len(documents)} documents, batch size {args.batch_size}\n")
    raws, truth = stream(documents, args.seed)
    events = score_events(raws, truth, args.batch_size, args.repeats)
    slowest, fastest = events["per_second_range"]
    print("## Events (B-cubed over documents of 100+ words)\n")
    print(
        "| articles | scored | events | true clusters | B3 P | B3 R | B3 F1 | ARI "
        f"| articles/s (median of {args.repeats} ingests, range) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {events['articles']} | {events['scored']} | {events['events']} "
        f"| {events['true_clusters']} | {events['precision']:.3f} | {events['recall']:.3f} "
        f"| {events['f1']:.3f} | {events['ari']:.3f} "
        f"| {events['per_second']:.0f} ({slowest:.0f}-{fastest:.0f}) |\n"
    )
    if args.dask_workers:
        dask = score_on_dask(raws, truth, args.batch_size, args.repeats, args.dask_workers)
        slowest, fastest = dask["per_second_range"]
        same = "yes" if dask["event_of"] == events["event_of"] else "no"
        print(f"## The same, prepared on a local Dask cluster ({args.dask_workers} workers)\n")
        print(f"| same events | B3 F1 | articles/s (median of {args.repeats} ingests, range) |")
        print("|---|---|---|")
        rate = f"{dask['per_second']:.0f} ({slowest:.0f}-{fastest:.0f})"
        print(f"| {same} | {dask['f1']:.3f} | {rate} |\n")
    copies = score_copies(raws, args.copies, args.batch_size, args.seed)
    print("## Wire copies\n")
    print("| injected copies | pairs already in the file | precision | recall |")
    print("|---|---|---|---|")
    print(
        f"| {copies['copies']} | {copies['natural_twin_pairs']} | {copies['precision']:.3f} "
        f"| {copies['recall']:.3f} |\n"
    )
    shares = [float(share) for share in args.dated_shares.split(",") if share]
    if shares:
        print("## Partly dated streams (two draws of the dated documents)\n")
        print("| documents dated | B3 P | B3 R | B3 F1 |")
        print("|---|---|---|---|")
        for share in shares:
            draws = [
                score_events(partly_dated(raws, truth, share, args.seed + draw), truth,
                             args.batch_size, repeats=1)
                for draw in range(2)
            ]  # fmt: skip
            print(
                f"| {share:.0%} | "
                + " | ".join(
                    ", ".join(f"{draw[key]:.3f}" for draw in draws)
                    for key in ("precision", "recall", "f1")
                )
                + " |"
            )
        print()
    bound = similarity_bound(raws, truth)
    print("## What the similarity allows (cluster stage's vectors, IDF over the whole file)\n")
    print(
        f"Of {bound['documents']} documents of 100+ words that share their true cluster with "
        f"another, {100 * bound['wrong_neighbour']:.1f}% are most similar to a document of "
        "another cluster. Linking exactly the same-cluster pairs at or above a cosine (never "
        "a wrong pair) would give, at each cosine, while that share of all documents has a "
        f"document of another cluster at or above it (the joining threshold is {THRESHOLD}):\n"
    )
    print("| cosine | documents with a wrong partner above | B3 P | B3 R | B3 F1 |")
    print("|---|---|---|---|---|")
    for row in bound["thresholds"]:
        print(
            f"| {row['threshold']} | {100 * row['wrong_above']:.1f}% | {row['precision']:.3f} "
            f"| {row['recall']:.3f} | {row['f1']:.3f} |"
        )
    alone = bound["empty_bound"]
    print(
        f"\n{bound['empty']} of the scored documents are left empty by cleaning (a web "
        "archive's notice served for the page); with every other document in its true event "
        f"and each of those alone: B3 P {alone.precision:.3f}, R {alone.recall:.3f}, "
        f"F1 {alone.f1:.3f}."
    )
    print()
    with tempfile.TemporaryDirectory() as folder:
        commands = time_commands(raws, Path(folder))
    print("## The command, from a file and from standard input\n")
    print("| input | seconds (start-up included) | articles/s |")
    print("|---|---|---|")
    for name, seconds in commands.items():
        label = "`chorus ingest FILE`" if name == "file" else "`cat FILE \\| chorus ingest -`"
        print(f"| {label} | {seconds:.2f} | {len(raws) / seconds:.0f} |")
    print()
    print("## Scaling (replayed stream ingested from a JSON Lines file, one process per size)\n")
    print(
        "| articles | file MB | store MB | seconds | articles/s | peak RSS MB | B3 F1 "
        "| one more article, next ingest (s) | one more undated article (s) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.scale.split(",") if s):
        with tempfile.TemporaryDirectory() as folder:
            path = write_replay(documents, size, args.seed, Path(folder))
            output = subprocess.run(
                [sys.executable, __file__, "--scale-one", str(path),
                 "--batch-size", str(args.batch_size)],
                check=True, capture_output=True, text=True,
            ).stdout  # fmt: skip
        result = json.loads(output)
        print(
            f"| {size} | {result['file_mb']:.0f} | {result['store_mb']:.0f} "
            f"| {result['seconds']:.1f} "
            f"| {result['per_second']:.0f} | {result['peak_rss_mb']:.0f} | {result['f1']:.3f} "
            f"| {result['one_more_seconds']:.2f} | {result['one_more_undated_seconds']:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
