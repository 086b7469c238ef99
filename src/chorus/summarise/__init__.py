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

__all__ = ["DEFAULT_SUMMARISER", "DEFAULT_WORDS", "SUMMARISERS"]
