"""The reader interface, the reader registry and metadata helpers shared by readers."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlparse

from dateutil import parser as dateutil_parser

from ..errors import InputError
from ..records import Problem, RawArticle
from ..registry import Registry
from .decode import LongLine


class Reader(Protocol):
    """Turns one input (a file's bytes) into articles, reporting unusable parts as problems."""

    suffixes: tuple[str, ...]

    def accepts(self, path: Path, head: bytes) -> bool: ...

    def read(self, origin: str, data: bytes) -> Iterator[RawArticle | Problem]: ...


@runtime_checkable
class LineReader(Reader, Protocol):
    """A reader of one record a line, which can read a file or a stream line by line as it
    comes instead of whole."""

    def read_lines(
        self, origin: str, lines: Iterable[bytes | LongLine]
    ) -> Iterator[RawArticle | Problem]: ...


READERS: Registry[Reader] = Registry("reader")


def content_id(text: str) -> str:
    """A stable id for an article that came without one."""
    return "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def free_id(article_id: str, is_taken: Callable[[str], bool]) -> str:
    """``article_id`` if it is free, else the first of ``<id>-2``, ``<id>-3``... that is."""
    candidate, n = article_id, 1
    while is_taken(candidate):
        n += 1
        candidate = f"{article_id}-{n}"
    return candidate


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host.removeprefix("www.")


class DateError(InputError):
    """A publication date in metadata that cannot be read whole. Readers of files keep the
    article without it, with a note: an unusable date should not lose the text."""


def parse_date(value: Any) -> date | None:
    """A publication date from metadata: ISO strings, datetimes or free-form dates."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DateError(f"unreadable date {value!r}")
    try:
        return date.fromisoformat(value)  # the common case, a hundred times faster
    except ValueError:
        pass
    try:
        # dateutil takes what a text leaves out from its default ("-5" would be the 5th of
        # this month): parsed with two defaults that differ in every part, a complete
        # date gives the same day twice.
        days = {
            dateutil_parser.parse(value, default=default).date()
            for default in (datetime(2000, 1, 1), datetime(2001, 2, 2))
        }
    except (ValueError, OverflowError):
        raise DateError(f"unreadable date {value!r}") from None
    if len(days) > 1:
        raise DateError(f"incomplete date {value!r}: a year, a month and a day are needed")
    return days.pop()


def optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"field {key!r} must be a string")
    return value.strip() or None
