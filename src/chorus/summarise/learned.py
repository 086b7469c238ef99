"""The default summariser: a sentence scorer learned from human summaries.

The model (``scorer.json``) comes from ``bench/train_scorer.py``: gradient-boosted trees
that predict each sentence's ROUGE overlap with Multi-News reference summaries from the
features of ``features.py``. Selection, redundancy control and ordering are the centroid
summariser's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from . import SUMMARISERS
from .centroid import CentroidSummariser, EventSentences
from .features import FEATURES, sentence_features
from .trees import TreeEnsemble

MODEL_FILE = "summarise/scorer.json"


@lru_cache(maxsize=1)
def shipped_model() -> TreeEnsemble:
    model = TreeEnsemble.from_xgboost_json(
        resources.files("chorus").joinpath(MODEL_FILE).read_bytes()
    )
    if model.feature_names != FEATURES:
        raise RuntimeError(f"{MODEL_FILE} was trained on other features; retrain it")
    return model


@dataclass(frozen=True)
class LearnedSummariser(CentroidSummariser):
    name: str = "learned"
    model: TreeEnsemble | None = None
    """None means the model shipped with the package."""

    def _scores(self, event: EventSentences) -> np.ndarray:
        candidate = event.candidate
        if not candidate.any():
            return np.full(len(event.sentences), -1.0)
        model = self.model if self.model is not None else shipped_model()
        # Only sentences that could be chosen are scored; they score above zero, others below.
        predicted = model.predict(sentence_features(event)[candidate])
        scores = np.full(len(event.sentences), -1.0)
        scores[candidate] = predicted - predicted.min() + 1e-6
        # The model learned what editors keep; a briefing also prefers what several outlets
        # state (at no measurable cost in ROUGE, see BENCHMARKS.md).
        return scores * (1.0 + self.support_weight * event.support_share)


SUMMARISERS.register("learned")(LearnedSummariser)
