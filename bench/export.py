"""How fast does ``chorus export`` brief a store's events, and how fast is an export again?

Ingests every document of the Multi-News file into a fresh store (one article each, as
``chorus ingest FILE`` does), briefs one event to load the models, then times
``Store.export`` of every event, in JSON, to a new folder:
- in this process (``workers=1``) and on ``--workers`` local processes;
- with ``--dask-workers N``, also on a local Dask cluster of N single-threaded processes
  (started, and their models loaded, before the timing);
and, for the last new folder, an export again with nothing changed, and one after one more
article has joined an event. Each new-folder export runs ``--repeats`` times; the median,
slowest and fastest are reported, with the machine.

    .venv/bin/python bench/export.py [--data ../shared/data/multinews/validation.jsonl]
        [--workers 2] [--repeats 3] [--dask-workers N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from chorus import RawArticle, Store
from events import DATA, local_dask
from speed import machine


def timed_exports(store: Store, folder: Path, repeats: int) -> tuple[list[float], int]:
    """Seconds of each export of every event to a new folder, and how many were written."""
    times, written = [], 0
    for run in range(repeats):
        start = time.perf_counter()
        written = store.export(folder / f"run-{run}").written
        times.append(time.perf_counter() - start)
    return times, written


def on_dask(db: Path, folder: Path, repeats: int, workers: int) -> tuple[list[float], int]:
    """``timed_exports`` with the briefings made on a local Dask cluster (``local_dask``),
    whose workers have briefed one event before the timing."""
    from chorus.briefing import brief_articles

    with local_dask(workers) as client, Store(db, executor=client.get_executor()) as store:
        client.run(brief_articles, store.raw_articles(store.events(limit=1)[0].article_ids))
        return timed_exports(store, folder, repeats)


def row(name: str, times: list[float], events: int) -> str:
    median = statistics.median(times)
    return (
        f"| {name} | {events} | {median:.1f} | {events / median:.1f} "
        f"({events / max(times):.1f}-{events / min(times):.1f}) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--dask-workers", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chorus-export-bench-") as scratch:
        db, out = Path(scratch) / "bench.db", Path(scratch) / "out"
        with Store(db) as store:
            ingested = store.ingest([args.data])
            events = store.events()
            store.brief(events[0].id)  # load the models before timing
        print(f"{args.data.name}: {ingested.added} articles in {len(events)} events; {machine()}")
        print("| briefed by | events | seconds (median) | events/s (median, slowest-fastest) |")
        print("|---|---|---|---|")
        for workers in (1, args.workers):
            with Store(db, workers=workers) as store:
                times, written = timed_exports(store, out / f"workers-{workers}", args.repeats)
            label = "this process" if workers == 1 else f"{workers} local processes"
            print(row(label, times, written))
        if args.dask_workers:
            times, written = on_dask(db, out / "dask", args.repeats, args.dask_workers)
            print(row(f"Dask, {args.dask_workers} workers", times, written))
        with Store(db, workers=args.workers) as store:
            folder = out / f"workers-{args.workers}" / "run-0"
            start = time.perf_counter()
            unchanged = store.export(folder)
            again = time.perf_counter() - start
            top = events[0]
            (first,) = store.raw_articles(top.article_ids[:1])
            store.add([RawArticle("bench-later", first.text + "\n\nMore came later.", "bench")])
            start = time.perf_counter()
            changed = store.export(folder)
            after_one = time.perf_counter() - start
        print(f"export again, nothing changed: {again:.2f} s ({unchanged})")
        print(f"export again after one more article: {after_one:.2f} s ({changed})")


if __name__ == "__main__":
    main()
