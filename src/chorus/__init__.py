"""Chorus: many outlets' articles about one event in, one faithful, attributed briefing out.

>>> import chorus
>>> briefing = chorus.brief(["a.txt", "b.html"], words=120)
>>> print(chorus.render(briefing, "md"))

>>> with chorus.Store("chorus.db") as store:     # events in a pile of articles
...     store.ingest(["crawl/"])
...     print(store.events(limit=5))
...     store.export("briefings/")                 # one JSON briefing a listed event
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Imported now, not on first use: importing the ``chorus.render`` package (as the command
# line does) would otherwise bind ``chorus.render`` to the package instead of the function.
from .render import render

if TYPE_CHECKING:
    from .briefing import brief
    from .errors import (
        ChorusError,
        InputError,
        NotFound,
        NoUsableInput,
        OutputError,
        UsageError,
    )
    from .read import read_inputs
    from .records import (
        Article,
        Briefing,
        Event,
        Paragraph,
        ParagraphKind,
        Problem,
        RawArticle,
        Removed,
        Sentence,
        Source,
        Summary,
        SummarySentence,
        Support,
    )
    from .store import IngestReport, Store
    from .store.export import ExportReport

_HOMES = {
    "brief": "briefing",
    "read_inputs": "read",
    "ExportReport": "store.export",
    "IngestReport": "store",
    "Store": "store",
    **dict.fromkeys(
        ("ChorusError", "InputError", "NotFound", "NoUsableInput", "OutputError", "UsageError"),
        "errors",
    ),
    **dict.fromkeys(
        (
            "Article", "Briefing", "Event", "Paragraph", "ParagraphKind", "Problem", "RawArticle",
            "Removed", "Sentence", "Source", "Summary", "SummarySentence", "Support",
        ),
        "records",
    ),
}  # fmt: skip
"""Where each public name lives. A name is imported when first used: the pipeline's
libraries take over a second to import, which reading a store or ``chorus --help`` need
not pay."""


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'chorus' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Article",
    "Briefing",
    "ChorusError",
    "Event",
    "ExportReport",
    "IngestReport",
    "InputError",
    "NoUsableInput",
    "NotFound",
    "OutputError",
    "Paragraph",
    "ParagraphKind",
    "Problem",
    "RawArticle",
    "Removed",
    "Sentence",
    "Source",
    "Store",
    "Summary",
    "SummarySentence",
    "Support",
    "UsageError",
    "__version__",
    "brief",
    "read_inputs",
    "render",
]
