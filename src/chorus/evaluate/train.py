"""Training the learned sentence scorer: features from the pipeline, labels from ROUGE.

A sentence's label is the mean of its ROUGE-1 and ROUGE-2 precision and recall against the
cluster's reference summary; the weights are a closed-form ridge regression. Only
summary candidates are used, as only they can be chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..brief import independent_articles
from ..summarise.base import is_summary_candidate
from ..summarise.centroid import EventSentences
from ..summarise.features import sentence_features
from .rouge import Cluster

L2 = 1.0


@dataclass(frozen=True)
class TrainingRows:
    cluster_id: str
    features: np.ndarray
    labels: np.ndarray


def training_rows(cluster: Cluster) -> TrainingRows:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    articles = independent_articles(cluster.articles)
    if not articles:
        return TrainingRows(cluster.id, np.zeros((0, 0)), np.zeros(0))
    event = EventSentences.of(articles)
    candidate = np.array([is_summary_candidate(s) for s in event.sentences])
    features = sentence_features(event, articles)[candidate]
    labels = []
    for sentence, keep in zip(event.sentences, candidate, strict=True):
        if keep:
            scores = scorer.score(cluster.reference, sentence.text)
            labels.append(
                np.mean(
                    [scores[m].precision for m in ("rouge1", "rouge2")]
                    + [scores[m].recall for m in ("rouge1", "rouge2")]
                )
            )
    return TrainingRows(cluster.id, features, np.array(labels))


def fit_weights(rows: Sequence[TrainingRows], l2: float = L2) -> tuple[float, ...]:
    """Ridge regression; the bias (first feature) is not penalised."""
    usable = [r for r in rows if len(r.labels)]
    x = np.vstack([r.features for r in usable])
    y = np.concatenate([r.labels for r in usable])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    return tuple(float(w) for w in np.linalg.solve(x.T @ x + penalty, x.T @ y))


def folds(count: int, k: int) -> list[np.ndarray]:
    """Cluster indices of each of ``k`` folds (every k-th cluster, so folds are disjoint)."""
    return [np.arange(f, count, k) for f in range(k)]
