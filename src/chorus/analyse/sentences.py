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
    """The sentences of one paragraph, whitespace collapsed to single spaces.

    sentencex (1.0.32) panics on a capital letter followed by a non-ASCII space and a full
    stop ("J\u00a0."); the clean stage already collapses whitespace, and this function does
    too, so that no caller can trip it. Should the segmenter panic on anything else, the
    paragraph is kept as one sentence rather than lost."""
    collapsed = " ".join(text.split())
    try:
        segmented = sentencex.segment("en", collapsed)
    except BaseException as error:  # pyo3's PanicException derives from BaseException
        if type(error).__name__ != "PanicException":
            raise
        segmented = [collapsed]
    pieces = (piece.strip() for piece in segmented)
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
