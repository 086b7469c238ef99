"""An event's topic signature: the words its articles use far more often than English does.

Lin and Hovy's topic signatures (2000), as summarisers since have used them: a word is part
of the event's signature when a log-likelihood ratio test says its share of the event's
words is higher than its share of English at large, by more than chance would make it.
English at large is wordfreq's frequencies (``background_words.txt``, written by
``scripts/make_background_words.py``), so a report's "people", "said" or "year" are not
the event's words, while "aleppo", "rebels" and "hospital" are, however few sentences
there are to count them in (an IDF over the event's own sentences cannot tell that).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..package_lists import read_list
from .similarity import STOPWORDS

BACKGROUND_FILE = "background_words.txt"
LIKELIHOOD_RATIO = 10.83
"""Chi-square with one degree of freedom at p = 0.001, as Lin and Hovy used."""
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SHORTEST = 3


def signature_words(texts: Sequence[str]) -> list[list[str]]:
    """Each text's words that could be signature words: lower-cased, of three letters or
    more, not a function word."""
    return [
        [w for w in _WORD.findall(text.lower()) if len(w) >= _SHORTEST and w not in STOPWORDS]
        for text in texts
    ]


def topic_signature(words_of: Sequence[Sequence[str]]) -> set[str]:
    """The words (of ``signature_words``) that the texts use more often than English does,
    by the likelihood ratio test: twice at least, and with a ratio above
    ``LIKELIHOOD_RATIO``."""
    counts = Counter(w for words in words_of for w in words)
    total = sum(counts.values())
    shares, rarest = _background()
    found = set()
    for word, count in counts.items():
        expected = shares.get(word, rarest)
        observed = count / total
        if count < 2 or observed <= expected or observed >= 1.0:
            continue
        ratio = 2 * (
            count * math.log(observed / expected)
            + (total - count) * math.log((1 - observed) / (1 - expected))
        )
        if ratio > LIKELIHOOD_RATIO:
            found.add(word)
    return found


@lru_cache(maxsize=1)
def _background() -> tuple[dict[str, float], float]:
    """Each common English word's share of all words, and the smallest of them, which
    stands for every word the list lacks (all rarer), read once."""
    shares = {word: float(share) for word, share in read_list(BACKGROUND_FILE).items()}
    return shares, min(shares.values())
