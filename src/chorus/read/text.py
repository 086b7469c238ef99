"""Plain text articles: headline lines first, then the body (the form scrapers often save)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..records import Problem, RawArticle
from .base import READERS
from .decode import decode


class TextReader:
    suffixes = (".txt", ".text")

    def accepts(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in self.suffixes

    def read(self, origin: str, data: bytes) -> Iterator[RawArticle | Problem]:
        yield RawArticle(
            id=Path(origin).stem, text=decode(data), origin=origin, headline_first=True
        )


READERS.register("text")(TextReader())
