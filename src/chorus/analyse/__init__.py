"""The analyse stage: language, sentences, and the numeric claims and dated happenings the
sentences state."""

from __future__ import annotations

from dataclasses import replace

from ..records import Article
from .language import LanguageGuess, detect_language
from .numbers import claims_in
from .quotes import quotes_in
from .sentences import sentences_of, split_sentences
from .times import dated_mentions

__all__ = ["LanguageGuess", "analyse", "detect_language", "language_of", "split_sentences"]


LANGUAGE_CONFIDENCE = 0.5
"""Below this probability a language guess is reported as ``und`` (undetermined)."""


def analyse(article: Article) -> Article:
    sentences = sentences_of(article)
    claims = tuple(claim for sentence in sentences for claim in claims_in(sentence))
    times = tuple(dated_mentions(sentences, article.published))
    return replace(
        article,
        language=language_of(article),
        sentences=sentences,
        claims=claims,
        times=times,
        quotes=tuple(quotes_in(sentences)),
    )


def language_of(article: Article) -> str:
    """The article's language code, ``und`` when the guess is not confident."""
    guess = detect_language(article.body or article.title or "")
    return guess.code if guess.probability >= LANGUAGE_CONFIDENCE else "und"
