"""The analyse stage: language and sentences (entities, numbers, quotes and dates build on
these records)."""

from __future__ import annotations

from dataclasses import replace

from ..records import Article
from .language import LanguageGuess, detect_language
from .sentences import sentences_of, split_sentences

__all__ = ["LanguageGuess", "analyse", "detect_language", "language_of", "split_sentences"]


LANGUAGE_CONFIDENCE = 0.5
"""Below this probability a language guess is reported as ``und`` (undetermined)."""


def analyse(article: Article) -> Article:
    return replace(article, language=language_of(article), sentences=sentences_of(article))


def language_of(article: Article) -> str:
    """The article's language code, ``und`` when the guess is not confident."""
    guess = detect_language(article.body or article.title or "")
    return guess.code if guess.probability >= LANGUAGE_CONFIDENCE else "und"
