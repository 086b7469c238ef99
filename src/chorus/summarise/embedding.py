"""Sentence embeddings from WordLlama's static token vectors.

A sentence's vector is the mean of its tokens' vectors (256 dimensions), as WordLlama
computes it: no neural network runs, so embedding a cluster's hundred sentences costs
about what tokenizing them does, a few milliseconds. Two sentences that say the same thing
in other words ("killed" and "dead") come out close, which TF-IDF cannot see.

The vectors and the tokenizer ship inside the ``wordllama`` wheel from PyPI. They are read
here with the libraries WordLlama itself uses (safetensors, tokenizers), without importing
the ``wordllama`` package: its import configures the root logger, and its loader looks for
the tokenizer outside the package and then tries to download it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from tokenizers import Tokenizer

WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
MOST_REMEMBERED_WORDS = 200_000
"""The most words whose ids an embedder remembers, so that a server that runs for days does
not grow without bound; past it, it starts again from none."""


@dataclass(frozen=True)
class StaticEmbedder:
    vectors: np.ndarray
    """One row per token id."""
    tokenizer: Tokenizer
    word_ids: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)
    """The token ids of each word met, remembered (up to ``MOST_REMEMBERED_WORDS``): news
    repeats its words, and tokenizing costs more than the rest of embedding a sentence."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length mean token vector of each text (zeros for a text with no tokens)."""
        ids_of = [self.token_ids(text) for text in texts]
        lengths = [len(ids) for ids in ids_of]
        ids = np.fromiter(
            (i for text_ids in ids_of for i in text_ids), dtype=np.int64, count=sum(lengths)
        )
        # Token counts per text times the vectors: the sum of each text's token vectors,
        # whose direction is the mean's.
        counts = sparse.csr_matrix(
            (np.ones(len(ids), np.float32), (np.repeat(np.arange(len(texts)), lengths), ids)),
            shape=(len(texts), len(self.vectors)),
        )
        sums = np.asarray(counts @ self.vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return sums / np.where(norms > 0, norms, 1.0)

    def forget_words(self) -> None:
        """Forget the words' token ids remembered so far (the benchmarks do, to time text
        as if it were new)."""
        self.word_ids.clear()

    def token_ids(self, text: str) -> list[int]:
        """The tokenizer's ids of ``text``, a word at a time. The tokenizer writes each
        space as "▁" and no token of its vocabulary spans one but runs of them, so a text's
        ids are its words' ids in turn; a text with a run of spaces, or one at either end,
        is tokenized whole."""
        if "  " in text or text.strip(" ") != text:
            return self.tokenizer.encode(text, add_special_tokens=False).ids
        if len(self.word_ids) > MOST_REMEMBERED_WORDS:
            self.forget_words()
        ids = []
        for word in text.split(" "):
            known = self.word_ids.get(word)
            if known is None:
                # One at a time: the tokenizer's batches run on a pool of threads, whose
                # waking costs more than it saves on two cores.
                known = tuple(self.tokenizer.encode(word, add_special_tokens=False).ids)
                self.word_ids[word] = known
            ids.extend(known)
        return ids


@lru_cache(maxsize=1)
def shipped_embedder() -> StaticEmbedder:
    """The embedder whose files ship in the ``wordllama`` wheel (loaded once: 16 MB)."""
    from safetensors.numpy import load_file

    spec = importlib.util.find_spec("wordllama")  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordllama package is not installed; pip install wordllama")
    package = Path(next(iter(spec.submodule_search_locations)))
    vectors = load_file(str(package / WEIGHTS))["embedding.weight"].astype(np.float32)
    return StaticEmbedder(vectors, Tokenizer.from_file(str(package / TOKENIZER)))
