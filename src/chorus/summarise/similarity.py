"""Sentence vectors for similarity: stemmed TF-IDF, L2-normalised, on NumPy.

scikit-learn's TfidfVectorizer would do the same, but importing it costs about
1.5 s (it pulls in scipy.stats), half the start-up budget of the command line;
the few dozen lines here keep a briefing of five articles well under a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import snowballstemmer
from scipy import sparse

_SIMILARITY_BLOCK_ROWS = 512
KEPT_PAIRS_TEXTS = 2_048
"""Up to this many texts (a 16 MB matrix) a space keeps the cosine of every pair once asked
for rows against every text; a larger one computes such rows each time, so that its memory
grows with the rows asked for at once rather than with the square of its texts."""
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
    terms = []
    # Lower-cased after the words are found: lower case can add a character ("İ" -> "i̇").
    for word in " ".join(_TOKEN.findall(text)).lower().split(" "):
        if "'" in word:
            word = word.replace("'s", "")
        if len(word) > 1 and word not in STOPWORDS:
            terms.append(_stem(word))
    return terms


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
    cosine similarity. The matrix is sparse: an event of a hundred articles has thousands
    of sentences and tens of thousands of terms, but each sentence only a few dozen."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    matrix: sparse.csr_matrix

    @classmethod
    def fit(cls, texts: Sequence[str]) -> TfidfSpace:
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        columns: list[int] = []
        for i, text in enumerate(texts):
            for term in _remembered_terms(text):
                rows.append(i)
                columns.append(vocabulary.setdefault(term, len(vocabulary)))
        shape = (len(texts), max(len(vocabulary), 1))
        counts = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=shape
        )  # repeated (row, column) pairs are summed
        document_frequency = np.bincount(counts.indices, minlength=shape[1])
        idf = (np.log((1.0 + len(texts)) / (1.0 + document_frequency)) + 1.0).astype(np.float32)
        weights = counts.copy()
        weights.data = np.log1p(weights.data) * idf[weights.indices]  # sublinear term frequency
        return cls(vocabulary, idf, _unit_rows(weights))

    def similarities(self, rows: Sequence[int] | None = None) -> np.ndarray:
        """Cosine of every pair of texts (or of the texts ``rows``, in that order), as a
        dense matrix: for a few thousand texts at most (one day's dated sentences), since
        it grows with the square of their number. It is filled a block of rows at a time:
        the sparse product of the whole matrix would hold nearly every pair as an index and
        a value, twice the dense matrix's memory, before making it."""
        if rows is None:
            chosen, others = list(range(self.matrix.shape[0])), self._transposed
        else:
            chosen = list(rows)
            others = self.matrix[chosen].T.tocsr()
        dense = np.empty((len(chosen), len(chosen)), dtype=self.matrix.dtype)
        for start in range(0, len(chosen), _SIMILARITY_BLOCK_ROWS):
            block = chosen[start : start + _SIMILARITY_BLOCK_ROWS]
            dense[start : start + len(block)] = (self.matrix[block] @ others).toarray()
        return dense

    def blocks(self) -> Iterator[slice]:
        """The texts a block of rows at a time, so that ``rows_against`` of each block is a
        dense matrix of bounded height however many texts there are."""
        count = self.matrix.shape[0]
        for start in range(0, count, _SIMILARITY_BLOCK_ROWS):
            yield slice(start, min(start + _SIMILARITY_BLOCK_ROWS, count))

    def rows_against(self, rows: slice | Sequence[int]) -> np.ndarray:
        """Cosine of the texts ``rows`` with every text, dense. An entry is the same to the
        bit whatever else is asked for, and symmetric: a product adds the terms its two
        texts share in the order of the terms."""
        if isinstance(rows, slice) and self._every_pair is not None:
            return self._every_pair[rows]
        index = rows if isinstance(rows, slice) else list(rows)
        return (self.matrix[index] @ self._transposed).toarray()

    @cached_property
    def _every_pair(self) -> np.ndarray | None:
        """The cosine of every pair, kept (read-only) when there are at most
        ``KEPT_PAIRS_TEXTS`` texts, since reading rows is far quicker than computing them."""
        if self.matrix.shape[0] > KEPT_PAIRS_TEXTS:
            return None
        dense = self.similarities()
        dense.flags.writeable = False
        return dense

    @cached_property
    def _transposed(self) -> sparse.csr_matrix:
        """The matrix transposed, made once: a product with every text needs it."""
        return self.matrix.T.tocsr()

    def pairs_at_least(self, threshold: float) -> sparse.csr_matrix:
        """The cosines of at least ``threshold`` (each text's with itself included, unless
        it has no terms); the others are left out. Few pairs of news sentences are alike,
        so this stays small where the dense matrix of a large event takes gigabytes."""
        count = self.matrix.shape[0]
        rows, columns, values = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], []
        for block in self.blocks():
            cosines = self.rows_against(block)
            row, column = np.nonzero(cosines >= threshold)
            rows.append(row + block.start)
            columns.append(column)
            values.append(cosines[row, column])
        return sparse.csr_matrix(
            (
                np.concatenate(values or [np.zeros(0, np.float32)]),
                (np.concatenate(rows), np.concatenate(columns)),
            ),
            shape=(count, count),
        )

    def similarities_to(self, k: int) -> np.ndarray:
        """Cosine of every text with text ``k``."""
        return (self.matrix @ self.matrix[k].T).toarray().ravel()


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix, dtype=np.float32)


def unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
