"""Train the learned sentence scorer and write ``src/chorus/summarise/weights.json``.

    .venv/bin/python bench/train_scorer.py [--data FILE]

ROUGE figures for clusters the weights were fit on mean nothing; `bench/quality.py --cv 5`
reports cross-validated figures instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.progress import track

from chorus.evaluate.rouge import load_clusters
from chorus.evaluate.train import L2, fit_weights, training_rows
from chorus.summarise.features import FEATURES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews" / "validation.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src" / "chorus" / "summarise" / "weights.json"
    )
    args = parser.parse_args()
    clusters = load_clusters(args.data)
    rows = [training_rows(c) for c in track(clusters, description="labelling")]
    weights = fit_weights(rows)
    model = {
        "about": "Ridge regression of sentence ROUGE overlap with reference summaries; "
        "written by bench/train_scorer.py.",
        "trained_on": f"{args.data.name} ({len(clusters)} clusters)",
        "l2": L2,
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in weights],
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n")
    for name, weight in zip(FEATURES, weights, strict=True):
        print(f"{name:22s} {weight:+.4f}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
