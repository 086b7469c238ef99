"""Sentence features for the learned scorer: what a sentence's place, shape and support say
about whether an editor would keep it. Every feature is computed from the event's own
articles; none looks at a reference summary."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..records import Article
from .base import is_dependent
from .centroid import EventSentences

FEATURES = (
    "bias",
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
)

_QUOTED = re.compile(r"\"[^\"]*\"")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our|us)\b")
_LEAD_SENTENCES = 3


def sentence_features(event: EventSentences, articles: Sequence[Article]) -> np.ndarray:
    """One row per sentence of ``event``, one column per name in ``FEATURES``."""
    sentences = event.sentences
    n = len(sentences)
    article_of = np.array([s.article_id for s in sentences])
    outlets = len({a.outlet for a in articles})
    leads = [i for i, s in enumerate(sentences) if s.index < _LEAD_SENTENCES]
    similarity = event.similarity
    lead_similarity = similarity[:, leads].mean(axis=1) if leads else np.zeros(n)
    mean_similarity = (similarity.sum(axis=1) - 1.0) / max(n - 1, 1)
    stating = event.stating(event.outlet)
    rows = np.zeros((n, len(FEATURES)), dtype=np.float64)
    for i, sentence in enumerate(sentences):
        text = sentence.text
        words = max(sentence.words, 1)
        others = similarity[i, article_of != sentence.article_id]
        quoted = sum(len(q) for q in _QUOTED.findall(text))
        unquoted = _QUOTED.sub(" ", text)
        tokens = text.split()
        rows[i] = (
            1.0,
            event.centrality[i],
            (stating[i] - 1) / max(outlets - 1, 1),
            event.position[i],
            1.0 / (1.0 + sentence.index),
            float(sentence.index == 0),
            np.log(words),
            np.log(words) ** 2,
            quoted / max(len(text), 1),
            float(any(ch.isdigit() for ch in text)),
            float(is_dependent(text)),
            mean_similarity[i],
            float(others.max()) if others.size else 0.0,
            sum(1 for t in tokens[1:] if t[:1].isupper()) / max(len(tokens) - 1, 1),
            lead_similarity[i],
            float(bool(_FIRST_PERSON.search(unquoted))),
            float(text.rstrip("\"' ").endswith("?")),
        )
    return rows
