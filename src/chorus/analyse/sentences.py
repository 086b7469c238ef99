"""Sentence segmentation of body paragraphs with sentencex (Wikimedia's rule-based
segmenter, compiled): it handles news prose (abbreviations such as U.S., Jan. and Gen.,
initials, sentences inside quotations) and is fast enough to split a whole event's articles
while a page waits."""

from __future__ import annotations

import re

import sentencex

from ..records import Article, ParagraphKind, Sentence

_HAS_WORD = re.compile(r"[^\W\d_]")
# Where sentencex ends a sentence but news prose goes on: before a lower-case word ("in
# his Millis, Mass. home", "Mamma Mia! in 2008"; not "iPhone", which may open one), after
# a title or "Ft." (Fort) it does not know ("Ms. Clifford", "Ft. Worth"), and after a clock
# time followed by its day, date or time zone ("at 6 p.m. Saturday", "11:30 p.m. ET").
_LOWER_CASE_WORD = re.compile(r"[a-z][a-z\s]")
_TITLE_END = re.compile(r"(?:^|\s)(?:Ms|Ft)\.$")
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:[ECMP][SD]?T|GMT|UTC|BST)\b|local time\b"
)


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
    sentences: list[str] = []
    for piece in (piece.strip() for piece in segmented):
        if sentences and _goes_on(sentences[-1], piece):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece:
            sentences.append(piece)
    return [sentence for sentence in sentences if _HAS_WORD.search(sentence)]


def _goes_on(sentence: str, after: str) -> bool:
    """Whether ``after`` continues ``sentence`` where sentencex split them."""
    if _LOWER_CASE_WORD.match(after) or _TITLE_END.search(sentence):
        return True
    return _CLOCK_END.search(sentence) is not None and _CLOCK_GOES_ON.match(after) is not None


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
