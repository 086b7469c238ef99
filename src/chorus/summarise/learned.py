"""The default summariser: a linear sentence scorer learned from human summaries.

The weights (``weights.json``, a few hundred bytes) come from ``bench/train_scorer.py``,
a ridge regression of each sentence's ROUGE overlap with Multi-News reference summaries
on the features of ``features.py``. Selection, redundancy control and ordering are the
centroid summariser's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..records import Article
from .base import SUMMARISERS, is_summary_candidate
from .centroid import CentroidSummariser, EventSentences
from .features import FEATURES, sentence_features

WEIGHTS_FILE = "summarise/weights.json"


@lru_cache(maxsize=1)
def shipped_weights() -> tuple[float, ...]:
    model = json.loads(resources.files("chorus").joinpath(WEIGHTS_FILE).read_text())
    if tuple(model["features"]) != FEATURES:
        raise RuntimeError(f"{WEIGHTS_FILE} was trained on other features; retrain it")
    return tuple(model["weights"])


@dataclass(frozen=True)
class LearnedSummariser(CentroidSummariser):
    name: str = "learned"
    weights: tuple[float, ...] | None = None
    """None means the weights shipped with the package."""

    def _scores(self, event: EventSentences, articles: Sequence[Article]) -> np.ndarray:
        weights = np.array(self.weights if self.weights is not None else shipped_weights())
        predicted = sentence_features(event, articles) @ weights
        candidate = np.array([is_summary_candidate(s) for s in event.sentences])
        if not candidate.any():
            return np.full(len(predicted), -1.0)
        # Shift so every candidate scores above zero and every other sentence below.
        floor = predicted[candidate].min()
        return np.where(candidate, predicted - floor + 1e-6, -1.0)


SUMMARISERS.register("learned")(LearnedSummariser)
