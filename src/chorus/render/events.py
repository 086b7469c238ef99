"""An event list as a document: JSON (``schema/events.schema.json``) or a text table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from io import StringIO
from typing import Any

from rich.console import Console
from rich.table import Table

from .. import __version__
from ..records import Event

EVENTS_SCHEMA_VERSION = "1.1"


def events_document(events: Sequence[Event]) -> dict[str, Any]:
    return {
        "schema_version": EVENTS_SCHEMA_VERSION,
        "generator": f"chorus {__version__}",
        "events": [
            {
                "id": e.id,
                "title": e.title,
                "first_published": e.first_published.isoformat() if e.first_published else None,
                "last_published": e.last_published.isoformat() if e.last_published else None,
                "sources": e.sources,
                "outlets": list(e.outlets),
                "copies": e.copies,
                "undated": e.undated,
                "article_ids": list(e.article_ids),
            }
            for e in events
        ],
    }


def date_span(first: date | str | None, last: date | str | None, undated: int = 0) -> str:
    """An event's publication dates as listed ("2014-01-08", "2014-01-08 to 2014-01-10") and,
    when some of its articles have none, how many ("2014-01-08, 6 undated"): the span says
    nothing of when those were published. Empty when no article is dated."""
    if not first or not last:
        return ""
    span = str(first) if first == last else f"{first} to {last}"
    return f"{span}, {undated} undated" if undated else span


def render_events(events: Sequence[Event], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(events_document(events), ensure_ascii=False, indent=2) + "\n"
    table = Table("event", "sources", "articles", "dates", "title", box=None, show_edge=False)
    for e in events:
        span = date_span(e.first_published, e.last_published, e.undated)
        table.add_row(str(e.id), str(e.sources), str(len(e.article_ids)), span, e.title)
    buffer = StringIO()
    Console(file=buffer, width=120, color_system=None, soft_wrap=False).print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
