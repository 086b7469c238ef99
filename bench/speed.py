"""How fast is a briefing of the five seed articles?

Warm: ``chorus.brief`` in one process, after one run to load models and caches.
Cold: the whole ``chorus brief`` command, interpreter start-up and imports included.
Reports medians and maxima over repeated runs, and the machine they ran on.

    .venv/bin/python bench/speed.py [--seeds ../shared/seeds] [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import chorus
from chorus.summarise.similarity import forget_sentence_terms

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
        # Models stay loaded, but no run reuses the sentence terms an earlier run found:
        # a briefing of new articles cannot.
        forget_sentence_terms()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--runs", type=int, default=20)
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


if __name__ == "__main__":
    main()
