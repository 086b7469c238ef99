"""The summarise stage: each summariser is a small class registered by name."""

from __future__ import annotations

from . import centroid  # noqa: F401  (registers the default summariser)
from .base import DEFAULT_WORDS, SUMMARISERS, Summariser, is_dependent, is_summary_candidate

__all__ = ["DEFAULT_WORDS", "SUMMARISERS", "Summariser", "is_dependent", "is_summary_candidate"]
