"""ROUGE of Chorus summaries against human references, Multi-News style clusters.

Each cluster is summarised by the normal pipeline (the same cleaning and summariser as
``chorus brief``); the reference is read only by the scorer. Scores come from Google's
``rouge-score`` package (Porter stemmer, F1), with bootstrap confidence intervals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..analyse import split_sentences
from ..briefing import independent_articles
from ..errors import UsageError
from ..read.jsonl import strict_json_lines
from ..read.multinews import articles_from_cluster
from ..records import Article, RawArticle
from ..summarise import DEFAULT_SUMMARISER, SUMMARISERS

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


@dataclass(frozen=True)
class Cluster:
    id: str
    articles: tuple[RawArticle, ...]
    reference: str


@dataclass(frozen=True)
class ScoredSummary:
    cluster_id: str
    text: str
    """The summary exactly as scored: truncated to the budget, one sentence a line."""
    scores: dict[str, float]
    """F1 per metric, in percent."""


@dataclass(frozen=True)
class Interval:
    mean: float
    low: float
    high: float


def load_clusters(path: Path) -> list[Cluster]:
    clusters = []
    for where, record in strict_json_lines(path, "clusters"):
        if not isinstance(record.get("summary"), str):
            raise UsageError(f"{where}: needs 'documents' and a 'summary' string")
        raws = articles_from_cluster(where, record)
        clusters.append(Cluster(str(record.get("id", where)), tuple(raws), record["summary"]))
    return clusters


def truncate_words(sentences: Sequence[str], budget: int) -> list[str]:
    """Keep whole sentences while they fit, then the words of the next that still fit."""
    kept: list[str] = []
    left = budget
    for sentence in sentences:
        words = sentence.split()
        if left <= 0:
            break
        kept.append(" ".join(words[:left]))
        left -= len(words)
    return kept


def chorus_system(summariser: str = DEFAULT_SUMMARISER) -> Callable[[Cluster, int], list[str]]:
    """The summary sentences Chorus writes for a cluster, exactly as ``chorus brief`` would."""

    def summarise(cluster: Cluster, budget: int) -> list[str]:
        articles: list[Article] = independent_articles(cluster.articles)
        if not articles:
            return []
        summary = SUMMARISERS.get(summariser)().summarise(articles, budget)
        return [s.text for s in summary.sentences]

    return summarise


def score_summaries(
    clusters: Sequence[Cluster],
    system: Callable[[Cluster, int], list[str]],
    budget: int,
) -> Iterator[ScoredSummary]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    for cluster in clusters:
        sentences = truncate_words(system(cluster, budget), budget)
        text = "\n".join(sentences)
        # rougeLsum reads one sentence a line; the other metrics see one token stream.
        scores = scorer.score(reference_lines(cluster.reference), text)
        yield ScoredSummary(
            cluster.id, text, {m: round(100 * scores[m].fmeasure, 3) for m in METRICS}
        )


def reference_lines(reference: str) -> str:
    """The reference one sentence a line, as ROUGE-Lsum expects (other metrics ignore lines)."""
    return "\n".join(split_sentences(" ".join(reference.split())))


def confidence_intervals(
    results: Sequence[ScoredSummary], samples: int = 1000, seed: int = 0
) -> dict[str, Interval]:
    """Mean F1 per metric with a 95% bootstrap interval over clusters."""
    import numpy as np

    rng = np.random.default_rng(seed)
    intervals = {}
    for metric in METRICS:
        values = np.array([r.scores[metric] for r in results])
        if len(values) == 0:
            intervals[metric] = Interval(0.0, 0.0, 0.0)
            continue
        means = rng.choice(values, size=(samples, len(values)), replace=True).mean(axis=1)
        intervals[metric] = Interval(
            float(values.mean()),
            float(np.percentile(means, 2.5)),
            float(np.percentile(means, 97.5)),
        )
    return intervals
