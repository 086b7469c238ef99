"""Sentence features for the learned scorer: what a sentence's place, shape and support say
about whether an editor would keep it. Every feature is computed from the event's own
articles; none looks at a reference summary.

A sentence's words of the event's topic signature (``signature.py``: the words the event
uses far more than English does) say how much of it is about the event itself.

Similarities come in two kinds: TF-IDF cosines (the same words) and cosines of static
embeddings (the same meaning in other words, ``embedding.py``). A similarity also counts
relative to the event: its rank among the sentences that could be chosen and its distance
from the best of them, since what stands out in one event would be ordinary in another.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from .base import is_dependent, speaks_unquoted
from .centroid import EventSentences
from .embedding import StaticEmbedder, shipped_embedder
from .signature import signature_words, topic_signature

_ABSOLUTE = (
    "centrality",
    "support_share",
    "relative_position",
    "inverse_index",
    "is_lead",
    "log_words",
    "log_words_squared",
    "quoted_share",
    "has_number",
    "dependent",
    "mean_similarity",
    "best_other_article",
    "capitalised_share",
    "lead_similarity",
    "first_person",
    "question",
    "embedding_centrality",
    "embedding_best_other_article",
    "embedding_lead_similarity",
    "signature_share",
    "signature_count",
)
_RELATIVE = (
    "centrality",
    "support_share",
    "mean_similarity",
    "best_other_article",
    "lead_similarity",
    "embedding_centrality",
    "embedding_best_other_article",
    "embedding_lead_similarity",
)
FEATURES = (
    _ABSOLUTE
    + tuple(f"{name}_rank" for name in _RELATIVE)
    + tuple(f"{name}_below_best" for name in _RELATIVE)
)

_QUOTED = re.compile(r"\"[^\"]*\"")
_DIGIT = re.compile(r"\d")
_LEAD_SENTENCES = 3
_ROWS_AT_A_TIME = 512


def sentence_features(event: EventSentences, embedder: StaticEmbedder | None = None) -> np.ndarray:
    """One row per sentence of ``event``, one column per name in ``FEATURES``.

    ``embedder`` defaults to the one shipped with WordLlama."""
    sentences = event.sentences
    n = len(sentences)
    if not n:
        return np.zeros((0, len(FEATURES)))
    texts = [s.text for s in sentences]
    article_of = np.array([s.article_id for s in sentences])
    index = np.array([s.index for s in sentences])
    words = np.array([max(s.words, 1) for s in sentences], dtype=np.float64)
    tokens = [t.split() for t in texts]
    embedded = (embedder or shipped_embedder()).embed(texts)

    column = {
        "support_share": event.support_share,
        "relative_position": event.position,
        "inverse_index": 1.0 / (1.0 + index),
        "is_lead": (index == 0).astype(float),
        "log_words": np.log(words),
        "log_words_squared": np.log(words) ** 2,
        "quoted_share": np.array(
            [sum(map(len, _QUOTED.findall(t))) / max(len(t), 1) for t in texts]
        ),
        "has_number": np.array([bool(_DIGIT.search(t)) for t in texts], dtype=float),
        "dependent": np.array([is_dependent(t) for t in texts], dtype=float),
        "capitalised_share": np.array(
            [sum(w[:1].isupper() for w in ws[1:]) / max(len(ws) - 1, 1) for ws in tokens]
        ),
        "first_person": np.array([speaks_unquoted(t) for t in texts], dtype=float),
        "question": np.array([t.rstrip("\"' ").endswith("?") for t in texts], dtype=float),
    }
    words_of = signature_words(texts)
    signature = topic_signature(words_of)
    in_signature = np.array([sum(w in signature for w in words) for words in words_of])
    column["signature_share"] = in_signature / np.maximum([len(w) for w in words_of], 1)
    column["signature_count"] = np.log1p(in_signature)
    leads = np.flatnonzero(index < _LEAD_SENTENCES)
    _, article = np.unique(article_of, return_inverse=True)
    for prefix, rows_of, centrality in (
        ("", event.space.rows_against, event.centrality),
        (
            "embedding_",
            lambda rows: embedded[rows] @ embedded.T,
            embedded @ _article_centroid(embedded, article_of),
        ),
    ):
        column[f"{prefix}centrality"] = centrality
        best, lead, total = _row_similarities(rows_of, article, leads)
        column[f"{prefix}best_other_article"] = best
        column[f"{prefix}lead_similarity"] = lead
        if not prefix:
            # In single precision, like the cosines it sums (the model was fit on such).
            column["mean_similarity"] = (total.astype(np.float32) - 1.0) / max(n - 1, 1)
    # Relative to the sentences that could be chosen; the others rank last.
    pool = event.candidate if event.candidate.any() else np.ones(n, dtype=bool)
    for name in _RELATIVE:
        values = column[name]
        rank = np.ones(n)
        rank[pool] = _rank(-values[pool]) / pool.sum()
        column[f"{name}_rank"] = rank
        column[f"{name}_below_best"] = values - values[pool].max()
    return np.column_stack([column[name] for name in FEATURES]).astype(np.float64)


def _rank(values: np.ndarray) -> np.ndarray:
    """1 for the smallest value, n for the largest; tied values share their mean rank."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    _, group, count = np.unique(values, return_inverse=True, return_counts=True)
    return np.bincount(group, weights=ranks)[group] / count[group]


def _article_centroid(embedded: np.ndarray, article_of: np.ndarray) -> np.ndarray:
    """Unit mean of the articles' unit mean vectors, so a long article does not dominate."""
    means = [embedded[article_of == a].mean(axis=0) for a in dict.fromkeys(article_of.tolist())]
    centroid = np.mean([m / (np.linalg.norm(m) or 1.0) for m in means], axis=0)
    return centroid / (np.linalg.norm(centroid) or 1.0)


def _row_similarities(
    rows_of: Callable[[slice], np.ndarray], article: np.ndarray, leads: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each sentence's highest similarity to a sentence of another article (0 if none), its
    mean similarity to the leads, and the sum of its similarities to every sentence.
    ``rows_of(rows)`` gives those rows of the similarity matrix; they are taken a block at
    a time, so that an event of thousands of sentences never holds a sentence-by-sentence
    matrix."""
    n = len(article)
    best, lead, total = np.zeros(n), np.zeros(n), np.zeros(n)
    for start in range(0, n, _ROWS_AT_A_TIME):
        rows = slice(start, min(start + _ROWS_AT_A_TIME, n))
        block = rows_of(rows)
        other = article[rows, None] != article[None, :]
        found = np.where(other, block, -np.inf).max(axis=1)
        best[rows] = np.where(other.any(axis=1), found, 0.0)
        if leads.size:
            lead[rows] = block[:, leads].mean(axis=1)
        total[rows] = block.sum(axis=1)
    return best, lead, total
