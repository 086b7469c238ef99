"""How fast is a briefing of the five seed articles, and of one large event?

Warm: ``chorus.brief`` in one process, after one run to load models and caches.
Cold: the whole ``chorus brief`` command, interpreter start-up and imports included; and,
the same way, ``chorus --help`` and ``chorus events`` on a store of the seed articles (made
in a temporary folder), which import none of the pipeline.
Large: ``chorus.brief`` of the first ``--large`` documents of the Multi-News file as one pile
of articles, warm: stages that compare every pair of sentences or quotations show here long
before they show on five articles.
Reports medians and maxima over repeated runs, and the machine they ran on.

    .venv/bin/python bench/speed.py [--seeds ../shared/seeds] [--runs 20]
        [--data ../shared/data/multinews/validation.jsonl] [--large 100] [--large-runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import chorus
from chorus.evaluate.rouge import load_clusters
from chorus.summarise import forget_remembered_text

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def timed(action, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        # Models stay loaded, but no run reuses the sentence terms or the words' token ids
        # an earlier run found: a briefing of new articles cannot (not all of them).
        forget_remembered_text()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--data",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "multinews" / "validation.jsonl",
    )
    parser.add_argument("--large", type=int, default=100, help="articles of the large event")
    parser.add_argument("--large-runs", type=int, default=3)
    args = parser.parse_args()
    files = sorted(str(p) for p in args.seeds.glob("*.txt"))
    manifest = args.seeds / "manifest.jsonl"
    if not files:
        sys.exit(f"no seed articles in {args.seeds}")

    chorus.brief(files, manifest=manifest)  # warm-up: models, caches
    warm = timed(lambda: chorus.brief(files, manifest=manifest), args.runs)
    command = [
        str(Path(sys.executable).parent / "chorus"),
        "brief",
        *files,
        "--manifest",
        str(manifest),
    ]
    cold = timed(lambda: subprocess.run(command, check=True, capture_output=True), args.runs)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "seeds.db"
        with chorus.Store(db) as store:
            store.ingest(files, manifest=manifest)
        light = {
            name: timed(
                lambda a=arguments: subprocess.run(a, check=True, capture_output=True), args.runs
            )
            for name, arguments in (
                ("`chorus --help` command", [command[0], "--help"]),
                (
                    "`chorus events` command, store of the seeds",
                    [command[0], "events", "--db", str(db)],
                ),
            )
        }
    pile = [a for c in load_clusters(args.data) for a in c.articles][: args.large]
    large = timed(lambda: chorus.brief(pile), args.large_runs)

    print(f"machine: {machine()}")
    print(f"input: {len(files)} articles from {args.seeds}, default settings (120 words)")
    print("| measure | median | max | runs | target |")
    print("|---|---|---|---|---|")
    print(
        f"| briefing, warm (in process) | {statistics.median(warm):.3f} s | {max(warm):.3f} s "
        f"| {args.runs} | < 1 s |"
    )
    print(
        f"| `chorus brief` command, start-up included | {statistics.median(cold):.3f} s "
        f"| {max(cold):.3f} s | {args.runs} | < 3 s |"
    )
    for name, times in light.items():
        print(f"| {name} | {statistics.median(times):.3f} s | {max(times):.3f} s | {args.runs} | |")
    print(
        f"| briefing of {len(pile)} Multi-News documents as one event, warm | "
        f"{statistics.median(large):.3f} s | {max(large):.3f} s | {args.large_runs} | |"
    )


if __name__ == "__main__":
    main()
