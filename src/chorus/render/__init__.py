"""The render stage: a briefing in, a document out. Each format is registered by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ..records import Briefing, Claim, QuoteGroup, TimelineEntry
from ..registry import Registry

RENDERERS: Registry[Callable[[Briefing], str]] = Registry("format")


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links; ``javascript:`` and the like never do."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


VERDICT_LABELS = {"conflict": "Conflict", "agreement": "Agreement", "separate": "Separate counts"}
"""How each verdict of a group of figures (``ClaimGroup.verdict``) is headed."""


def same_figures(claims: Sequence[Claim]) -> list[list[Claim]]:
    """A group's claims gathered by what they say, in order of first appearance: the same
    phrase (letter case aside) on the same authority, and one article's restatements of
    its own figure (the same count, hedge and authority in other words: "around 300
    people" in the lede, "around 300 prisoners" further down). Two outlets' "dozens of
    prisoners" are one figure with two sources, not two figures. A figure's first claim
    is one whose phrase names what is counted, when one does."""
    figures: list[list[Claim]] = []
    figure_of: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        authority = (claim.attributed_to or "").casefold()
        keys = (
            ("phrase", claim.text.casefold(), authority),
            ("restated", claim.article_id, claim.quantity, authority),
        )
        figure = next((figure_of[key] for key in keys if key in figure_of), None)
        if figure is None:
            figure = []
            figures.append(figure)
        figure.append(claim)
        for key in keys:
            figure_of.setdefault(key, figure)
    return [sorted(figure, key=lambda c: c.counted not in c.text.casefold()) for figure in figures]


def first_of_each_article(claims: Sequence[Claim]) -> list[Claim]:
    """A figure's claims, one per article (its first): a source is named once beside a
    figure however often its article restates it."""
    firsts: dict[str, Claim] = {}
    for claim in claims:
        firsts.setdefault(claim.article_id, claim)
    return list(firsts.values())


def figure_value(claims: Sequence[Claim], markers: dict[str, int]) -> str:
    """One figure as shown beside the others, with every source that gives it: "at least
    300 people [2] [4] (the Observatory)"."""
    first = claims[0]
    sources = " ".join(f"[{markers[c.article_id]}]" for c in first_of_each_article(claims))
    attribution = f" ({first.attributed_to})" if first.attributed_to else ""
    return f"{first.text} {sources}{attribution}"


def by_speaker(groups: Sequence[QuoteGroup]) -> list[tuple[str, tuple[str, ...], list[QuoteGroup]]]:
    """Quotation groups under their speakers (name, other forms of it, groups), the speakers
    quoted by the most outlets first; unattributed quotations last."""
    speakers: dict[str, list[QuoteGroup]] = {}
    for group in groups:
        speakers.setdefault(group.speaker or "", []).append(group)
    ordered = sorted(
        speakers.items(),
        key=lambda item: (not item[0], -len({a for g in item[1] for a in g.article_ids})),
    )
    return [(name or "Unattributed", gs[0].speaker_variants, gs) for name, gs in ordered]


@dataclass(frozen=True)
class ChartPoint:
    entry: int
    """Index of the timeline entry the point stands for."""
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    points: tuple[ChartPoint, ...]
    ticks: tuple[tuple[float, str], ...]
    """(x, label) of each dated day on the axis."""


def timeline_chart(entries: Sequence[TimelineEntry], width: int = 640) -> TimelineChart | None:
    """Dated timeline entries laid out on a time axis: one column per day that has entries,
    in order, entries of a day stacked, each dot as large as the number of sources that
    date it."""
    dated = [(i, e) for i, e in enumerate(entries) if e.date is not None]
    if len(dated) < 2:
        return None
    days = sorted({e.date for _, e in dated if e.date})
    margin = 36
    step = (width - 2 * margin) / max(len(days) - 1, 1)
    column = {day: n for n, day in enumerate(days)}

    def x_of(day: date) -> float:
        # One column per dated day, in order: a date years before the event does not
        # squeeze the event's own days into a corner.
        return margin + step * column[day]

    stacked: dict[date, int] = {}
    points = []
    for index, entry in dated:
        assert entry.date is not None
        level = stacked.get(entry.date, 0)
        stacked[entry.date] = level + 1
        radius = 3.0 + 2.0 * min(len(entry.article_ids), 5)
        points.append(ChartPoint(index, x_of(entry.date), 20.0 + 16.0 * level, radius))
    height = int(40 + 16 * max(stacked.values()))
    # Label days far enough apart to be read: at least 60 units between labels.
    ticks: list[tuple[float, str]] = []
    for day in days:
        if not ticks or x_of(day) - ticks[-1][0] >= 60:
            ticks.append((x_of(day), day.isoformat()))
    return TimelineChart(width, height, tuple(points), tuple(ticks))


def when(entry: TimelineEntry) -> str:
    """A timeline date as shown: "2014-01-07", "week of 2013-12-30", "2013-11" for a month,
    "2013" for a year, or "undated"."""
    if entry.date is None:
        return "undated"
    if entry.precision == "week":
        return f"week of {entry.date.isoformat()}"
    return machine_when(entry)


def timeline_note(entry: TimelineEntry) -> str | None:
    """What a timeline entry's date rests on, when the date alone could mislead: why it is
    undated or where its year came from ("May 29: year from ..."), or the expression behind
    a week, month or year ("since November"), which a sentence's own news need not share."""
    if entry.ambiguity:
        return f"{entry.expression}: {entry.ambiguity}"
    if entry.precision != "day":
        return entry.expression
    return None


def machine_when(entry: TimelineEntry) -> str:
    """A dated timeline entry's date as HTML's ``<time datetime>`` reads it: "2014-01-07",
    "2014-W01" for a week, "2013-11" for a month, "2013" for a year."""
    assert entry.date is not None
    if entry.precision == "week":
        year, week, _ = entry.date.isocalendar()
        return f"{year}-W{week:02d}"
    length = {"month": 7, "year": 4}.get(entry.precision, 10)
    return entry.date.isoformat()[:length]


def render(briefing: Briefing, fmt: str = "text") -> str:
    return RENDERERS.get(fmt)(briefing)


def _register() -> None:
    from .html import render_html
    from .json import render_json
    from .markdown import render_markdown
    from .text import render_text

    RENDERERS.register("text")(render_text)
    RENDERERS.register("md")(render_markdown)
    RENDERERS.register("json")(render_json)
    RENDERERS.register("html")(render_html)


_register()

__all__ = [
    "RENDERERS",
    "VERDICT_LABELS",
    "by_speaker",
    "figure_value",
    "first_of_each_article",
    "machine_when",
    "render",
    "safe_url",
    "same_figures",
    "timeline_chart",
    "timeline_note",
    "when",
]
