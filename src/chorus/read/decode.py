"""Bytes to text: size limit, binary detection, encoding detection."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from ..errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_SKIP_BYTES = 1 << 20
# UTF-32's marks first: UTF-32-LE's begins with UTF-16-LE's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 32))


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    stream_lines: bool = False
    """Read JSON Lines inputs (files and standard input) a line at a time, ``max_bytes``
    applying to each line: how a crawl of any size, or a feed that never ends, is ingested.
    Otherwise every input is read whole, within ``max_bytes``."""


def read_limited(path: Path, options: ReadOptions) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None
    if size > options.max_bytes:
        raise InputError(f"file is {size:,} bytes, over the limit of {options.max_bytes:,}")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None


def read_stream_limited(stream: BinaryIO, options: ReadOptions, start: bytes = b"") -> bytes:
    """The rest of a stream after ``start`` (what was read of it already), within the limit."""
    data = start + stream.read(max(options.max_bytes + 1 - len(start), 0))
    if len(data) > options.max_bytes:
        raise InputError(f"input is over the limit of {options.max_bytes:,} bytes")
    return data


@dataclass(frozen=True)
class LongLine:
    """Stands for a line of a line-based input that was over the size limit, and skipped."""

    limit: int


def limited_lines(stream: BinaryIO, limit: int, first: bytes = b"") -> Iterator[bytes | LongLine]:
    """The lines of a stream as they are read (after ``first``, a line read already), each
    at most ``limit`` bytes; a longer line is skipped to its end and stands as a
    ``LongLine``, so one bad record costs no memory and stops nothing."""
    line = first or stream.readline(limit + 1)
    while line:
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_SKIP_BYTES)
            yield LongLine(limit)
        else:
            yield line
        line = stream.readline(limit + 1)


def check_text_head(head: bytes) -> None:
    """Refuse an input whose first bytes show it is empty or binary."""
    if not head.strip():
        raise InputError("empty")
    if b"\x00" in head[:8192] or _control_ratio(head[:8192]) > 0.05:
        raise InputError("binary data, not text")


def decode(data: bytes) -> str:
    """Decode article bytes of unknown encoding into Unicode text.

    UTF-8 is tried first (most of the web); otherwise charset-normalizer guesses.
    Repairing the text itself (mojibake, quotes) is the clean stage's job, so that text
    arriving inside JSON strings gets the same treatment.
    """
    wide = next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:
        # UTF-16 or UTF-32 with its byte-order mark (Windows' "Unicode" text): every
        # character has zero bytes, which the binary check would take for binary data.
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise InputError(f"not {wide.upper()} text, though it starts like it") from None
        check_text_head(text[:8192].encode())
        return text
    check_text_head(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("cannot detect the text encoding") from None
        text = str(best)
    return text


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)
