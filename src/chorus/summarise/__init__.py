"""The summarise stage: each summariser is a small class registered by name.

The summarisers' modules (NumPy, SciPy, the shipped model) are imported when a summariser
is first looked up, so that listing their names costs nothing. What they share is in
``chorus.summarise.base``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..registry import Registry

if TYPE_CHECKING:
    from .base import Summariser

DEFAULT_WORDS = 120
DEFAULT_SUMMARISER = "learned"
SUMMARISERS: Registry[type[Summariser]] = Registry(
    "summariser", {name: f"{__name__}.{name}" for name in ("centroid", "learned")}
)


def forget_remembered_text() -> None:
    """Forget what the summarisers remember of text met so far (sentences' terms, words'
    token ids), so that the next briefing is timed as if its articles were new: the
    benchmarks do this between runs."""
    from .embedding import shipped_embedder
    from .similarity import forget_sentence_terms

    forget_sentence_terms()
    shipped_embedder().forget_words()


__all__ = ["DEFAULT_SUMMARISER", "DEFAULT_WORDS", "SUMMARISERS", "forget_remembered_text"]
