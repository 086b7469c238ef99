"""Sentence segmentation of body paragraphs with sentencex (Wikimedia's rule-based
segmenter, compiled): it handles news prose (abbreviations such as U.S., Jan. and Gen.,
initials, sentences inside quotations) and is fast enough to split a whole event's articles
while a page waits."""

from __future__ import annotations

import re

import sentencex

from ..records import Article, ParagraphKind, Sentence

_HAS_WORD = re.compile(r"[^\W\d_]")


def split_sentences(text: str) -> list[str]:
    pieces = (piece.strip() for piece in sentencex.segment("en", text))
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
