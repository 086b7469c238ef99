"""Bytes to text: size limit, binary detection, encoding detection."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from ..errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 32))


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


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


def read_stream_limited(stream: BinaryIO, options: ReadOptions) -> bytes:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(f"input is over the limit of {options.max_bytes:,} bytes")
    return data


def decode(data: bytes) -> str:
    """Decode article bytes of unknown encoding into Unicode text.

    UTF-8 is tried first (most of the web); otherwise charset-normalizer guesses.
    Repairing the text itself (mojibake, quotes) is the clean stage's job, so that text
    arriving inside JSON strings gets the same treatment.
    """
    if not data.strip():
        raise InputError("empty")
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise InputError("binary data, not text")
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
    return sum(1 for byte in sample if byte in _CONTROL) / len(sample)
