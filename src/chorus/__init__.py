"""Chorus: many outlets' articles about one event in, one faithful, attributed briefing out.

>>> import chorus
>>> briefing = chorus.brief(["a.txt", "b.html"], words=120)
>>> print(chorus.render(briefing, "md"))

>>> with chorus.Store("chorus.db") as store:     # events in a pile of articles
...     store.ingest(["crawl/"])
...     print(store.events(limit=5))
"""

from __future__ import annotations

__version__ = "0.1.0"

from .brief import brief
from .errors import ChorusError, InputError, NotFound, NoUsableInput, UsageError
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
from .render import render
from .store import IngestReport, Store

__all__ = [
    "Article",
    "Briefing",
    "ChorusError",
    "Event",
    "IngestReport",
    "InputError",
    "NoUsableInput",
    "NotFound",
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
