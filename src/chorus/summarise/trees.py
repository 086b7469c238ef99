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
from typing import Any

import numpy as np


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees laid out as complete binary trees of one depth, one row per tree.

    Node k's children are 2k + 1 (left) and 2k + 2, so a level costs one lookup for every
    row and tree at once. A leaf above the bottom level fills every bottom node under it,
    so whichever way the placeholder splits below it send a row, it gets that leaf's value.
    """

    feature: np.ndarray
    """The feature each inner node splits on (trees x 2**depth - 1)."""
    threshold: np.ndarray
    """The split value: a row whose feature is below it goes left."""
    missing_left: np.ndarray
    """Whether a missing (NaN) feature goes left."""
    leaf: np.ndarray
    """The leaves' values, left to right (trees x 2**depth)."""
    base_score: float
    feature_names: tuple[str, ...]

    @classmethod
    def from_xgboost_json(cls, text: str | bytes) -> TreeEnsemble:
        learner = json.loads(text)["learner"]
        trees = learner["gradient_booster"]["model"]["trees"]
        depth = max(_depth(tree, 0) for tree in trees)
        ensemble = cls(
            feature=np.zeros((len(trees), 2**depth - 1), np.int32),
            threshold=np.full((len(trees), 2**depth - 1), np.inf, np.float32),
            missing_left=np.ones((len(trees), 2**depth - 1), np.bool_),
            leaf=np.zeros((len(trees), 2**depth), np.float32),
            base_score=float(learner["learner_model_param"]["base_score"].strip("[]")),
            feature_names=tuple(learner.get("feature_names", ())),
        )
        for row, tree in enumerate(trees):
            ensemble._lay_out(row, tree, node=0, position=0, level=0)
        return ensemble

    @property
    def depth(self) -> int:
        return self.leaf.shape[1].bit_length() - 1

    def _lay_out(
        self, row: int, tree: dict[str, Any], node: int, position: int, level: int
    ) -> None:
        """Put XGBoost's ``node`` of tree ``row`` at ``position`` of the complete tree."""
        left, right = tree["left_children"][node], tree["right_children"][node]
        if left < 0:
            # The bottom nodes under it: 2**(depth - level) of them, the leftmost at
            # (position + 1) * 2**(depth - level) - 1 among all nodes.
            below = 2 ** (self.depth - level)
            first = (position + 1) * below - 2**self.depth
            self.leaf[row, first : first + below] = tree["split_conditions"][node]
            return
        self.feature[row, position] = tree["split_indices"][node]
        self.threshold[row, position] = tree["split_conditions"][node]
        self.missing_left[row, position] = tree["default_left"][node]
        self._lay_out(row, tree, left, 2 * position + 1, level + 1)
        self._lay_out(row, tree, right, 2 * position + 2, level + 1)

    def predict(self, features: np.ndarray) -> np.ndarray:
        """The sum of every tree's leaf for each row of ``features``, plus the base score.

        Lookups go through ``np.take`` on flat arrays, which is quicker than indexing
        with arrays of positions."""
        x = np.asarray(features, dtype=np.float32)
        trees, inner = self.feature.shape
        feature, threshold = self.feature.ravel(), self.threshold.ravel()
        # Flat positions: tree t's node k is t * inner + k; row r's feature f is r * F + f.
        tree_start = (np.arange(trees, dtype=np.int32) * inner)[None, :]
        row_start = (np.arange(len(x), dtype=np.int32) * x.shape[1])[:, None]
        values, missing = x.ravel(), bool(np.isnan(x).any())
        node = np.zeros((len(x), trees), np.int32)
        at = np.empty_like(node)
        for _ in range(self.depth):
            np.add(tree_start, node, out=at)
            value_index = np.take(feature, at)
            value_index += row_start
            value = np.take(values, value_index)
            goes_right = value >= np.take(threshold, at)
            if missing:
                missing_right = ~np.take(self.missing_left.ravel(), at)
                goes_right = np.where(np.isnan(value), missing_right, goes_right)
            node *= 2
            node += 1
            node += goes_right
        leaf_at = (np.arange(trees, dtype=np.int32) * (inner + 1))[None, :] + node - inner
        return self.base_score + np.take(self.leaf.ravel(), leaf_at).sum(axis=1, dtype=np.float64)


def _depth(tree: dict[str, Any], node: int) -> int:
    left = tree["left_children"][node]
    if left < 0:
        return 0
    return 1 + max(_depth(tree, left), _depth(tree, tree["right_children"][node]))
