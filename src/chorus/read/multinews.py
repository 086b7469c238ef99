"""Multi-News records: ``{"id", "documents": [str, ...], "summary"}`` one cluster a line.

Each document becomes an article with id ``<cluster id>/d<n>``. The reference
``summary`` is never read here: evaluation loads it separately.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Problem, RawArticle
from .base import READERS
from .jsonl import LineRecords, first_record


def articles_from_cluster(where: str, record: dict[str, Any]) -> list[RawArticle]:
    documents = record.get("documents")
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise InputError("'documents' must be a list of strings")
    cluster_id = str(record.get("id", where))
    return [
        RawArticle(id=f"{cluster_id}/d{n}", text=text, origin=f"{where}#d{n}")
        for n, text in enumerate(documents)
        if text.strip()
    ]


class MultiNewsReader(LineRecords):
    def accepts(self, path: Path, head: bytes) -> bool:
        record = first_record(head)
        return path.suffix.lower() in self.suffixes and record is not None and "documents" in record

    def convert(self, where: str, record: dict[str, Any]) -> Iterable[RawArticle | Problem]:
        return articles_from_cluster(where, record)


READERS.register("multinews")(MultiNewsReader())
