"""Gradient-boosted regression trees read from XGBoost's JSON model format.

``bench/train_scorer.py`` trains the sentence scorer with XGBoost and saves it in XGBoost's
documented JSON format. The package reads that file and evaluates the trees with NumPy,
all trees at once, one level per step. Importing XGBoost itself would add a native library
and half a second to each ``chorus brief`` (1.5 s where scikit-learn is installed, which
XGBoost imports when it can); ``tests/test_evaluate.py`` checks that both give the same
predictions for the shipped model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees as padded arrays, one row per tree and one column per node."""

    left: np.ndarray
    """Child taken when the feature is below the threshold; -1 at a leaf."""
    right: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    """The split value at a split, the leaf's value at a leaf."""
    missing_left: np.ndarray
    """Whether a missing (NaN) feature goes left."""
    base_score: float
    feature_names: tuple[str, ...]

    @classmethod
    def from_xgboost_json(cls, text: str | bytes) -> TreeEnsemble:
        learner = json.loads(text)["learner"]
        trees = learner["gradient_booster"]["model"]["trees"]
        width = max(len(t["left_children"]) for t in trees)

        def padded(key: str, dtype: type) -> np.ndarray:
            table = np.zeros((len(trees), width), dtype=dtype)
            for row, tree in zip(table, trees, strict=True):
                row[: len(tree[key])] = tree[key]
            return table

        base = learner["learner_model_param"]["base_score"].strip("[]")
        return cls(
            left=padded("left_children", np.int32),
            right=padded("right_children", np.int32),
            feature=padded("split_indices", np.int32),
            threshold=padded("split_conditions", np.float32),
            missing_left=padded("default_left", np.bool_),
            base_score=float(base),
            feature_names=tuple(learner.get("feature_names", ())),
        )

    def predict(self, features: np.ndarray) -> np.ndarray:
        """The sum of every tree's leaf for each row of ``features``, plus the base score."""
        x = np.asarray(features, dtype=np.float32)
        trees, width = self.left.shape
        left, right = self.left.ravel(), self.right.ravel()
        feature, threshold = self.feature.ravel(), self.threshold.ravel()
        missing_left = self.missing_left.ravel()
        # Flat positions: tree t's node k is t * width + k; row r's feature f is r * F + f.
        tree_start = (np.arange(trees) * width)[None, :]
        row_start = (np.arange(len(x)) * x.shape[1])[:, None]
        at = np.broadcast_to(tree_start, (len(x), trees)).copy()
        while True:
            child = left[at]
            inner = child >= 0
            if not inner.any():
                break
            value = x.ravel()[row_start + feature[at]]
            goes_left = np.where(np.isnan(value), missing_left[at], value < threshold[at])
            child = np.where(goes_left, child, right[at])
            at = np.where(inner, tree_start + child, at)
        return self.base_score + threshold[at].sum(axis=1, dtype=np.float64)
