"""The read stage: files, folders, standard input or records in; ``RawArticle`` records out.

Every input that cannot be used becomes a ``Problem`` naming it; the others are read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError, UsageError
from ..records import Problem, RawArticle, Severity
from . import html, jsonl, multinews, text  # noqa: F401  (each registers its reader)
from .base import READERS, DateError, LineReader, Reader, free_id, parse_date
from .decode import (
    DEFAULT_MAX_BYTES,
    ReadOptions,
    check_text_head,
    limited_lines,
    read_limited,
    read_stream_limited,
)
from .jsonl import strict_json_lines

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "ReadOptions",
    "ReadResult",
    "iter_inputs",
    "read_inputs",
]

MANIFEST_NAME = "manifest.jsonl"
STDIN = "-"
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class ReadResult:
    articles: tuple[RawArticle, ...]
    problems: tuple[Problem, ...]


Input = str | Path | RawArticle


def read_inputs(
    inputs: Iterable[Input],
    manifest: str | Path | None = None,
    options: ReadOptions | None = None,
    stdin: BinaryIO | None = None,
) -> ReadResult:
    """Read every input; a folder means every supported file below it.

    A ``manifest.jsonl`` inside a folder is used as that folder's manifest unless
    one is given explicitly.
    """
    articles: list[RawArticle] = []
    problems: list[Problem] = []
    for found in iter_inputs(inputs, manifest, options, stdin):
        if isinstance(found, Problem):
            problems.append(found)
        else:
            articles.append(found)
    return ReadResult(tuple(articles), tuple(problems))


def iter_inputs(
    inputs: Iterable[Input],
    manifest: str | Path | None = None,
    options: ReadOptions | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[RawArticle | Problem]:
    """``read_inputs`` as it goes: each article or problem as soon as it is read (with
    ``ReadOptions.stream_lines``, JSON Lines too are read as they come)."""
    options = options or ReadOptions()
    metadata = load_manifest(Path(manifest)) if manifest is not None else {}
    seen: set[str] = set()
    for item in inputs:
        for found in _read_one(item, options, stdin, metadata, manifest is None):
            if isinstance(found, Problem):
                yield found
            else:
                yield from _unique_id(found, seen)


def load_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """The side-car metadata, keyed by file name: ``file``, ``outlet``, ``url``, ``wire``,
    ``published``."""
    entries: dict[str, dict[str, Any]] = {}
    for where, entry in strict_json_lines(path, "manifest"):
        if not isinstance(entry.get("file"), str):
            raise UsageError(f"{where}: needs a 'file' field")
        entries[Path(entry["file"]).name] = entry
    return entries


def _read_one(
    item: Input,
    options: ReadOptions,
    stdin: BinaryIO | None,
    metadata: dict[str, dict[str, Any]],
    find_manifest: bool,
) -> Iterator[RawArticle | Problem]:
    if isinstance(item, RawArticle):
        yield item
        return
    if str(item) == STDIN:
        yield from _read_stdin(stdin or sys.stdin.buffer, options)
        return
    path = Path(item)
    if path.is_dir():
        folder_metadata = metadata
        if find_manifest and (path / MANIFEST_NAME).is_file():
            folder_metadata = load_manifest(path / MANIFEST_NAME)
        found = False
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if child.name == MANIFEST_NAME or hidden:
                continue
            if _reader_for(child, _head(child)) is not None:
                found = True
                yield from _read_file(child, options, folder_metadata)
        if not found:
            yield Problem(str(path), f"a folder with no file to read ({_supported_types()})")
        return
    yield from _read_file(path, options, metadata)


def _read_file(
    path: Path, options: ReadOptions, metadata: dict[str, dict[str, Any]]
) -> Iterator[RawArticle | Problem]:
    origin = str(path)
    extra = metadata.get(path.name)
    try:
        for item in _file_items(path, origin, options):
            yield from _with_manifest(item, extra, origin) if extra else [item]
    except OSError as error:
        yield Problem(origin, f"cannot read: {error.strerror}")
    except InputError as error:
        yield Problem(origin, str(error))


def _file_items(path: Path, origin: str, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """A regular file's articles, JSON Lines as they are read when asked to; a pipe (as
    from the shell's ``<(...)``) can be read only once, so it is read whole."""
    if not path.exists():
        raise InputError("no such file")
    if not path.is_file():
        with path.open("rb") as handle:
            data = read_stream_limited(handle, options)
        yield from list(_supported(path, _first_line(data)).read(origin, data))
        return
    head = _head(path)
    reader = _supported(path, head)
    if options.stream_lines and isinstance(reader, LineReader):
        check_text_head(head)
        with path.open("rb") as handle:
            yield from reader.read_lines(origin, limited_lines(handle, options.max_bytes))
    else:
        yield from list(reader.read(origin, read_limited(path, options)))


def _supported(path: Path, head: bytes) -> Reader:
    reader = _reader_for(path, head)
    if reader is None:
        raise InputError(f"unsupported file type ({_supported_types()})")
    return reader


def _supported_types() -> str:
    return "supported: " + ", ".join(sorted({s for _, r in READERS for s in r.suffixes}))


def _read_stdin(stream: BinaryIO, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """Standard input: JSON Lines when it starts with ``{``, else one plain-text article.
    The first line is read whole to tell them apart (a Multi-News record is one long line)."""
    try:
        first = stream.readline(options.max_bytes + 1)
        while first and not first.strip():
            first = stream.readline(options.max_bytes + 1)
        name = "stdin.jsonl" if first.lstrip().startswith(b"{") else "stdin.txt"
        reader = _reader_for(Path(name), _first_line(first.lstrip()))
        assert reader is not None
        if options.stream_lines and isinstance(reader, LineReader):
            lines = limited_lines(stream, options.max_bytes, first=first)
            yield from reader.read_lines("stdin", lines)
        else:
            yield from reader.read("stdin", read_stream_limited(stream, options, first))
    except InputError as error:
        yield Problem("stdin", str(error))


def _reader_for(path: Path, head: bytes) -> Reader | None:
    for _, reader in READERS:
        if reader.accepts(path, head):
            return reader
    return None


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return _first_line(handle.read(_SNIFF_BYTES) + handle.readline(DEFAULT_MAX_BYTES))
    except OSError:
        return b""


def _first_line(data: bytes) -> bytes:
    """What readers sniff: the first line whole (a Multi-News record is one long line, and
    only its keys tell it from an article), and at least the first few kilobytes."""
    line = data.split(b"\n", 1)[0]
    return line if len(line) > _SNIFF_BYTES else data[:_SNIFF_BYTES]


def _with_manifest(
    item: RawArticle | Problem, extra: dict[str, Any], origin: str
) -> Iterator[RawArticle | Problem]:
    if isinstance(item, Problem):
        yield item
        return
    try:
        published = parse_date(extra.get("published"))
    except DateError as error:
        yield Problem(origin, f"manifest: {error}; the article is kept without it", Severity.NOTE)
        published = None
    yield replace(
        item,
        outlet=extra.get("outlet") or item.outlet,
        url=extra.get("url") or item.url,
        wire=extra.get("wire") or item.wire,
        published=published or item.published,
        title=extra.get("title") or item.title,
    )


def _unique_id(article: RawArticle, seen: set[str]) -> Iterator[RawArticle | Problem]:
    """Ids must be unique; a repeated one gets a suffix, and the user is told."""
    article_id = free_id(article.id, seen.__contains__)
    if article_id != article.id:
        yield Problem(
            article.origin,
            f"id {article.id!r} is used twice; renamed {article_id!r}",
            Severity.NOTE,
        )
        article = replace(article, id=article_id)
    seen.add(article_id)
    yield article
