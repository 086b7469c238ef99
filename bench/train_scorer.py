"""Train the learned sentence scorer and write ``src/chorus/summarise/scorer.json``.

    .venv/bin/python bench/train_scorer.py [--data FILE] [--check]

``--check`` writes nothing: it trains as usual and exits with status 1 unless the result is
the shipped model byte for byte, so that a change to the features or the candidates that
leaves the shipped model stale does not go unnoticed.

ROUGE figures for clusters the model was fit on mean nothing; `bench/quality.py --cv 5`
reports cross-validated figures instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.progress import track

from chorus.evaluate.rouge import load_clusters
from chorus.evaluate.train import PARAMETERS, ROUNDS, fit_model, training_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews" / "validation.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src" / "chorus" / "summarise" / "scorer.json"
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with --out instead of writing it"
    )
    args = parser.parse_args()
    clusters = load_clusters(args.data)
    rows = [training_rows(c) for c in track(clusters, description="labelling")]
    model = fit_model(rows)
    if args.check:
        same = args.out.read_text() == model
        print(f"{args.out} {'is' if same else 'is NOT'} what this code trains")
        raise SystemExit(0 if same else 1)
    args.out.write_text(model)
    print(f"trained on {args.data.name} ({len(clusters)} clusters), seed 0")
    print(f"{ROUNDS} rounds of {PARAMETERS}")
    print(f"wrote {args.out} ({args.out.stat().st_size / 2**20:.1f} MB)")


if __name__ == "__main__":
    main()
