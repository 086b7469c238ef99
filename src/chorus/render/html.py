"""One self-contained HTML page per briefing (inline CSS, no scripts, no external requests).

Jinja2 autoescaping is on for everything, so article text and titles can never become
markup; links are only made for http(s) URLs."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..records import Briefing, Fact, ParagraphKind, Support
from . import (
    VERDICT_LABELS,
    by_speaker,
    first_of_each_article,
    machine_when,
    safe_url,
    same_figures,
    timeline_chart,
    timeline_note,
    when,
)
from .events import date_span


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("chorus", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["date_span"] = date_span
    return environment


def render_html(briefing: Briefing) -> str:
    return _environment().get_template("briefing.html.j2").render(**briefing_context(briefing))


def render_export_index(index: dict[str, Any]) -> str:
    """The page listing an export's events (``schema/export.schema.json``), each linking to
    its briefing's file."""
    return _environment().get_template("export_index.html.j2").render(index=index)


def briefing_context(briefing: Briefing) -> dict[str, Any]:
    """What the briefing templates need: the briefing, sentence anchors, source markers and
    the helpers they call (also used by the web app's event page)."""
    return {
        "briefing": briefing,
        "anchors": {
            s.id: f"s{n}" for n, s in enumerate(s for a in briefing.articles for s in a.sentences)
        },
        "markers": {s.article_id: s.marker for s in briefing.sources},
        "safe_url": safe_url,
        "when": when,
        "machine_when": machine_when,
        "timeline_note": timeline_note,
        "verdict_labels": VERDICT_LABELS,
        "chart": timeline_chart(briefing.timeline),
        "by_speaker": by_speaker,
        "same_figures": same_figures,
        "first_of_each_article": first_of_each_article,
        "dict": dict,
        "support_by_article": _support_by_article,
        "body": ParagraphKind.BODY,
    }


def _support_by_article(fact: Fact) -> dict[str, Support]:
    """A coverage row's cells: each article's sentence stating the fact (the best first)."""
    cells: dict[str, Support] = {}
    for support in fact.support:
        cells.setdefault(support.article_id, support)
    return cells
