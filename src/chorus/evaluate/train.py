"""Training the learned sentence scorer: features from the pipeline, labels from ROUGE.

A sentence's label is the mean of its ROUGE-1 and ROUGE-2 precision and recall against the
cluster's reference summary; the model is XGBoost's gradient-boosted regression trees
(the ``eval`` extra), which the package then reads with ``summarise/trees.py``. Only summary
candidates are used, as only they can be chosen.

A cluster gives rows for its whole event and again for the event without each one of its
articles in turn: the same reference fits them all, and the scorer sees the same sentences
among fewer outlets, with other support and centrality. With 250 clusters the scorer is short
of examples more than of features (BENCHMARKS.md). Each event's rows weigh one over the
number of events its cluster gave, so that a cluster weighs as much as one event of it,
however many documents it has (nine give ten events, a pair three).

Each round grows a small forest (``num_parallel_tree``), each tree on its own random draw of
rows and features, and adds their mean: a single tree a round made the chosen sentences
hang on those draws, so that two models trained alike but for the seed gave different
summaries for about two clusters in three (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..briefing import independent_articles
from ..records import Article
from ..summarise.centroid import EventSentences
from ..summarise.features import FEATURES, sentence_features
from .rouge import Cluster

PARAMETERS = {
    "objective": "reg:squarederror",
    "eta": 0.03,
    "max_depth": 4,
    "min_child_weight": 20,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "num_parallel_tree": 3,
}
ROUNDS = 400


@dataclass(frozen=True)
class TrainingRows:
    cluster_id: str
    features: np.ndarray
    labels: np.ndarray
    weights: np.ndarray


def training_rows(cluster: Cluster) -> TrainingRows:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    labels: dict[str, float] = {}

    def label(text: str) -> float:
        if text not in labels:
            scores = scorer.score(cluster.reference, text)
            labels[text] = float(
                np.mean(
                    [scores[m].precision for m in ("rouge1", "rouge2")]
                    + [scores[m].recall for m in ("rouge1", "rouge2")]
                )
            )
        return labels[text]

    features: list[np.ndarray] = []
    targets: list[float] = []
    events = _events_of(cluster)
    for articles in events:
        event = EventSentences.of(articles)
        features.append(sentence_features(event)[event.candidate])
        targets += [
            label(sentence.text)
            for sentence, keep in zip(event.sentences, event.candidate, strict=True)
            if keep
        ]
    if not targets:
        return TrainingRows(cluster.id, np.zeros((0, 0)), np.zeros(0), np.zeros(0))
    weights = np.full(len(targets), 1 / len(events))
    return TrainingRows(cluster.id, np.vstack(features), np.array(targets), weights)


def _events_of(cluster: Cluster) -> list[list[Article]]:
    """The usable articles of the whole cluster, then of the cluster without each of its
    documents in turn; each distinct set of articles once (leaving out a wire copy leaves
    the same event), none empty."""
    raws = cluster.articles
    selections = [raws]
    if len(raws) > 1:
        selections += [raws[:i] + raws[i + 1 :] for i in range(len(raws))]
    events: dict[tuple[str, ...], list[Article]] = {}
    for selection in selections:
        articles = independent_articles(selection)
        if articles:
            events.setdefault(tuple(a.id for a in articles), articles)
    return list(events.values())


def fit_model(rows: Sequence[TrainingRows], seed: int = 0, threads: int = 2) -> str:
    """XGBoost's JSON model fit on the rows (``TreeEnsemble.from_xgboost_json`` reads it).
    ``seed`` draws the rows and features each tree sees."""
    import xgboost

    usable = [r for r in rows if len(r.labels)]
    data = xgboost.DMatrix(
        np.vstack([r.features for r in usable]),
        label=np.concatenate([r.labels for r in usable]),
        weight=np.concatenate([r.weights for r in usable]),
        feature_names=list(FEATURES),
    )
    parameters = {**PARAMETERS, "seed": seed, "nthread": threads}
    booster = xgboost.train(parameters, data, num_boost_round=ROUNDS)
    return booster.save_raw(raw_format="json").decode()


def folds(count: int, k: int) -> list[np.ndarray]:
    """Cluster indices of each of ``k`` folds (every k-th cluster, so folds are disjoint)."""
    return [np.arange(f, count, k) for f in range(k)]
