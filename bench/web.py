"""How fast the web app answers with a large store: event list and event pages.

Builds a store of ``--articles`` articles (the Multi-News file replayed, as in
``bench/events.py``), serves it with uvicorn on 127.0.0.1, waits until the app has made the
briefings of the best-ranked events ahead (it does so after starting and after each
ingest), and times HTTP requests from a client on the same machine: the event list (pages,
searches, date filters), pages of best-ranked events, and pages of events further down,
first when their briefing is not made yet and then again from the cache. Reports the
median, 95th percentile and maximum of each.

    .venv/bin/python bench/web.py [--articles 20000] [--requests 200] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx2
import uvicorn

from chorus import Store
from chorus.summarise import forget_remembered_text
from chorus.web import create_app
from events import DATA, load_documents, replayed
from speed import machine


def build(db: Path, articles: int) -> float:
    raws, _ = replayed(load_documents(DATA), articles, seed=7)
    start = time.perf_counter()
    with Store(db) as store:
        store.add(raws)
    return time.perf_counter() - start


def timed(client: httpx2.Client, paths: list[str], *, fresh: bool = False) -> list[float]:
    """Seconds per request. ``fresh`` first forgets the sentence terms and the words' token
    ids the server remembers (it runs in this process): the replayed store repeats sentences
    across events, which a real one does far less, so a first view would otherwise find much
    of its work done."""
    times = []
    for path in paths:
        if fresh:
            forget_remembered_text()
        start = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - start)
        if response.status_code != 200:
            sys.exit(f"{path}: HTTP {response.status_code}")
    return times


def row(kind: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"| {kind} | {len(times)} | {1000 * statistics.median(times):.0f} ms "
        f"| {1000 * p95:.0f} ms | {1000 * ordered[-1]:.0f} ms |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, help="reuse (or keep) this store")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    db = args.db or Path(folder.name) / "web.db"
    if not db.exists():
        seconds = build(db, args.articles)
        print(f"built {db} with {args.articles} articles in {seconds:.0f} s")
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=8765, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    rng = random.Random(7)
    with httpx2.Client(base_url="http://127.0.0.1:8765", timeout=60) as client:
        start = time.perf_counter()
        while client.get("/api/status").json()["warming"]:
            time.sleep(0.5)
        warmed_in = time.perf_counter() - start
        listing = client.get("/api/events", params={"limit": 200}).json()
        total, events = listing["total"], [e["id"] for e in listing["events"]]
        rest = client.get("/api/events", params={"limit": 200, "offset": 1000}).json()
        unwarmed = [e["id"] for e in rest["events"]]
        words = [w for e in listing["events"] for w in e["title"].split() if len(w) > 5]
        list_paths = [
            rng.choice(
                [
                    f"/?page={rng.randint(1, max(1, total // 50))}",
                    f"/?q={rng.choice(words)}",
                    f"/?since=2020-0{rng.randint(1, 9)}-01",
                    "/",
                ]
            )
            for _ in range(args.requests)
        ]
        list_times = timed(client, list_paths)
        top = timed(client, [f"/events/{e}" for e in rng.sample(events, args.requests // 2)])
        sample = rng.sample(unwarmed, min(len(unwarmed), args.requests // 2))
        cold = timed(client, [f"/events/{e}" for e in sample], fresh=True)
        warm = timed(client, [f"/events/{e}" for e in sample])
    server.should_exit = True
    print(f"\n# bench/web.py on {machine()}")
    print(f"store: {args.articles} articles, {total} events; requests over HTTP to uvicorn;")
    print(f"the top {len(events)} events' briefings were made ahead in {warmed_in:.0f} s\n")
    print("| page | requests | median | p95 | max |\n|---|---|---|---|---|")
    print(row("event list (pages, searches, date filters)", list_times))
    print(row("event page, one of the 200 best-ranked events", top))
    print(row("event page further down, first view (briefing made)", cold))
    print(row("event page further down, second view (cached)", warm))


if __name__ == "__main__":
    main()
