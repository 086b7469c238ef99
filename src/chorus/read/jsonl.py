"""JSON Lines: one article a line, ``text`` or ``html`` plus optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from ..records import Problem, RawArticle, Severity
from .base import READERS, DateError, content_id, optional_str, parse_date
from .decode import LongLine, check_text_head, decode
from .html import extract_html


def json_records(
    origin: str, lines: Iterable[bytes | LongLine]
) -> Iterator[tuple[str, dict[str, Any]] | Problem]:
    """Each non-blank line as ``(origin:line, object)``; a bad line is a problem, not a stop.
    Lines are decoded one by one (JSON is UTF-8, but a line in another encoding is guessed),
    so that a file or a stream is read as it comes."""
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if isinstance(line, LongLine):
            yield Problem(where, f"line is over the limit of {line.limit:,} bytes")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode(line))
        except InputError as error:
            yield Problem(where, str(error))
            continue
        except json.JSONDecodeError as error:
            yield Problem(where, f"not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict):
            yield Problem(where, "a line must be a JSON object")
            continue
        yield where, record


def strict_json_lines(path: Path, what: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """``json_records`` for a file the user named as a whole (a manifest, an evaluation set):
    there a bad line is a usage error, not a skipped input."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {what} {path}: {error.strerror}") from None
    try:
        for item in json_records(f"{what} {path}", data.splitlines(keepends=True)):
            if isinstance(item, Problem):
                raise UsageError(f"{item.origin}: {item.message}")
            yield item
    except InputError as error:
        raise UsageError(f"{what} {path}: {error}") from None


def first_record(head: bytes) -> dict[str, Any] | None:
    line = head.split(b"\n", 1)[0]
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) else None


def article_from_record(where: str, record: dict[str, Any]) -> RawArticle:
    text = optional_str(record, "text")
    html = optional_str(record, "html")
    given_id = record.get("id")
    if given_id is not None and not isinstance(given_id, str | int):
        raise InputError("field 'id' must be a string or a number")
    url = optional_str(record, "url")
    if text is None and html is None:
        raise InputError("needs a 'text' or an 'html' field")
    article_id = str(given_id) if given_id is not None else content_id(text or html or "")
    if text is None:
        raw = extract_html(html or "", article_id, where, url=url)
    else:
        raw = RawArticle(id=article_id, text=text, origin=where)
    return RawArticle(
        id=article_id,
        text=raw.text,
        origin=where,
        title=optional_str(record, "title") or raw.title,
        outlet=optional_str(record, "outlet") or raw.outlet,
        url=url or raw.url,
        published=parse_date(record.get("published")) or raw.published,
        wire=optional_str(record, "wire"),
    )


class LineRecords:
    """What the JSON Lines readers share: each line is a record that ``convert`` turns into
    articles; a line that cannot be used becomes a problem."""

    suffixes = (".jsonl", ".ndjson")

    def convert(self, where: str, record: dict[str, Any]) -> Iterable[RawArticle | Problem]:
        raise NotImplementedError

    def read(self, origin: str, data: bytes) -> Iterator[RawArticle | Problem]:
        check_text_head(data)  # an empty or binary file is one problem, not one a line
        return self.read_lines(origin, data.splitlines(keepends=True))

    def read_lines(
        self, origin: str, lines: Iterable[bytes | LongLine]
    ) -> Iterator[RawArticle | Problem]:
        for item in json_records(origin, lines):
            if isinstance(item, Problem):
                yield item
                continue
            where, record = item
            try:
                yield from self.convert(where, record)
            except InputError as error:
                yield Problem(where, str(error))


class JsonLinesReader(LineRecords):
    def accepts(self, path: Path, head: bytes) -> bool:
        if path.suffix.lower() not in self.suffixes:
            return False
        record = first_record(head)
        return record is None or "documents" not in record

    def convert(self, where: str, record: dict[str, Any]) -> Iterable[RawArticle | Problem]:
        try:
            return [article_from_record(where, record)]
        except DateError as error:
            undated = article_from_record(where, {**record, "published": None})
            return [Problem(where, f"{error}; the article is kept undated", Severity.NOTE), undated]


READERS.register("jsonl")(JsonLinesReader())
