"""Sentence segmentation of body paragraphs with pysbd, which is rule-based and handles
news prose: abbreviations (U.S., Jan., Gen.), initials, quotes that end sentences."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from ..records import Article, ParagraphKind, Sentence

_HAS_WORD = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    pieces = (piece.strip() for piece in _segmenter().segment(text))
    return [piece for piece in pieces if _HAS_WORD.search(piece)]


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    """The sentences of an article's body paragraphs, with stable ids ``<article>/s<n>``."""
    found: list[Sentence] = []
    for paragraph in article.paragraphs:
        if paragraph.kind is not ParagraphKind.BODY:
            continue
        for text in split_sentences(paragraph.text):
            n = len(found)
            found.append(Sentence(f"{article.id}/s{n}", article.id, n, paragraph.index, text))
    return tuple(found)
