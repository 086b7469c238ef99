"""The summarise stage: each summariser is a small class registered by name."""

from __future__ import annotations

from . import centroid, learned  # noqa: F401  (each registers its summariser)
from .base import (
    DEFAULT_WORDS,
    SUMMARISERS,
    Summariser,
    can_open,
    is_dependent,
    is_summary_candidate,
    speaks_unquoted,
)

DEFAULT_SUMMARISER = "learned"

__all__ = [
    "DEFAULT_SUMMARISER",
    "DEFAULT_WORDS",
    "SUMMARISERS",
    "Summariser",
    "can_open",
    "is_dependent",
    "is_summary_candidate",
    "speaks_unquoted",
]
