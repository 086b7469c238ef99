"""Sentence vectors for similarity: stemmed TF-IDF, L2-normalised, on NumPy.

scikit-learn's TfidfVectorizer would do the same, but importing it costs about
1.5 s (it pulls in scipy.stats), half the start-up budget of the command line;
the few dozen lines here keep a briefing of five articles well under a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import snowballstemmer

_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_LOWER_WORD = re.compile(r"[a-z]+")

# Function words carry no content; IDF alone down-weights them too little on small inputs.
STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say told according may might must shall one two many much
    """.split()  # noqa: SIM905 - a word list reads best as text
)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer("english")


def content_terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words: what two sentences must share to say the same."""
    words = (w.lower().replace("'s", "") for w in _TOKEN.findall(text))
    return [_stem(w) for w in words if w not in STOPWORDS and len(w) > 1]


@lru_cache(maxsize=32768)
def _remembered_terms(text: str) -> tuple[str, ...]:
    """``content_terms`` of a sentence, remembered: one briefing puts the same sentences in
    several spaces (summary, coverage, timeline), and a server makes many briefings."""
    return tuple(content_terms(text))


@lru_cache(maxsize=8192)
def word_forms(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of a sentence, lower-cased, with its stem (the word itself for a function
    word), remembered like its terms."""
    return tuple(
        (word, (content_terms(word) or [word])[0]) for word in _LOWER_WORD.findall(text.lower())
    )


def forget_sentence_terms() -> None:
    """Empty the memory of sentence terms, so that the next briefing is timed as if its
    sentences were new (the benchmarks do this)."""
    _remembered_terms.cache_clear()
    word_forms.cache_clear()


@dataclass(frozen=True)
class TfidfSpace:
    """Rows of ``matrix`` are the texts' unit-length TF-IDF vectors, so a dot product is a
    cosine similarity."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    matrix: np.ndarray

    @classmethod
    def fit(cls, texts: Sequence[str]) -> TfidfSpace:
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        columns: list[int] = []
        for i, text in enumerate(texts):
            for term in _remembered_terms(text):
                rows.append(i)
                columns.append(vocabulary.setdefault(term, len(vocabulary)))
        counts = np.zeros((len(texts), max(len(vocabulary), 1)), dtype=np.float32)
        np.add.at(counts, (np.array(rows, dtype=np.intp), np.array(columns, dtype=np.intp)), 1.0)
        document_frequency = (counts > 0).sum(axis=0)
        idf = np.log((1.0 + len(texts)) / (1.0 + document_frequency)) + 1.0
        matrix = np.log1p(counts) * idf  # sublinear term frequency
        return cls(vocabulary, idf.astype(np.float32), _unit_rows(matrix))

    def similarities(self) -> np.ndarray:
        return self.matrix @ self.matrix.T


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


def unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
