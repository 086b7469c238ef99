"""Errors the pipeline raises, each with the command-line exit code documented in the README."""

from __future__ import annotations


class ChorusError(Exception):
    """Base class: a clear, one-line message for the user, never a traceback."""

    exit_code = 70


class InputError(ChorusError):
    """One input cannot be used (missing, empty, binary, too large, not English...).

    The pipeline records it as a ``Problem`` and carries on with the other inputs.
    """

    exit_code = 3


class NoUsableInput(ChorusError):
    """Nothing in the input could be turned into a briefing."""

    exit_code = 3


class UsageError(ChorusError):
    """The request itself is malformed (unknown format, bad manifest, bad option value)."""

    exit_code = 2


class OutputError(ChorusError):
    """What was asked for cannot be written: an output file, an export's folder."""

    exit_code = 4


class ClusterLost(ChorusError):
    """The cluster preparing an ingest's articles went away before the ingest ended."""

    exit_code = 5


class NotFound(UsageError):
    """What was asked for (an event, an article) is not in the store."""
