"""Terminal rendering with rich. Article text goes into ``Text`` objects, never markup,
so brackets and tags in an article are shown as written."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from ..records import Briefing
from . import VERDICT_LABELS, by_speaker, figure_value, same_figures, timeline_note, when

_VERDICT_STYLES = {"conflict": "red", "agreement": "green", "separate": "yellow"}

WIDTH = 100
NAMES_SHOWN = 15


def text_renderable(briefing: Briefing) -> RenderableType:
    markers = {s.article_id: s.marker for s in briefing.sources}
    parts: list[RenderableType] = [Text(briefing.title, style="bold"), Rule(style="dim")]
    for sentence in briefing.summary.sentences:
        line = Text(sentence.text)
        for article_id in sentence.supporting_articles:
            line.append(f" [{markers[article_id]}]", style="cyan")
        parts += [line, Text()]
    if briefing.claims:
        parts.append(Text("Figures", style="bold"))
        for group in briefing.claims:
            heading = f"{VERDICT_LABELS[group.verdict]}: {group.what}"
            parts.append(Text(heading, style=_VERDICT_STYLES[group.verdict]))
            figures = same_figures(group.claims)
            values = "; ".join(figure_value(claims, markers) for claims in figures)
            parts.append(Text(f"  {values}"))
        parts.append(Text())
    if briefing.quotes:
        parts.append(Text("Who said what", style="bold"))
        for speaker, variants, groups in by_speaker(briefing.quotes):
            heading = Text(speaker, style="bold")
            if variants:
                heading.append(f" (also {', '.join(variants)})", style="dim")
            parts.append(heading)
            for group in groups:
                line = Text("  ")
                for n, quote in enumerate(group.quotes):
                    line.append(" / " if n else "")
                    line.append(f'"{quote.text}"')
                    line.append(f" [{markers[quote.article_id]}]", style="cyan")
                    if quote.said_in:
                        line.append(f" ({quote.said_in})", style="dim")
                parts.append(line)
        parts.append(Text())
    if briefing.entities:
        parts.append(Text("Names", style="bold"))
        for entity in briefing.entities[:NAMES_SHOWN]:
            line = Text(f"{entity.name}", style="bold")
            also = f"; also {', '.join(entity.variants)}" if entity.variants else ""
            line.append(f" ({entity.kind}{also}): ", style="dim")
            line.append(", ".join(f"[{markers[a]}] {n}" for a, n in entity.mentions))
            parts.append(line)
        if len(briefing.entities) > NAMES_SHOWN:
            more = len(briefing.entities) - NAMES_SHOWN
            parts.append(Text(f"and {more} more (all in --format json or html)", style="dim"))
        parts.append(Text())
    if briefing.coverage:
        columns = [s for s in briefing.sources if s.copy_of is None]
        parts.append(Text("Coverage (x: the source states it)", style="bold"))
        parts.append(Text(" ".join(f"{s.marker:>2}" for s in columns), style="cyan"))
        for fact in briefing.coverage:
            line = Text(
                " ".join(f"{'x' if s.article_id in fact.article_ids else '.':>2}" for s in columns)
            )
            line.append(f"  {fact.kind}: ", style="dim")
            line.append(fact.text)
            parts.append(line)
        parts.append(Text())
    if briefing.timeline:
        parts.append(Text("Timeline", style="bold"))
        for entry in briefing.timeline:
            line = Text(f"{when(entry):10s} ", style="magenta")
            line.append(entry.text)
            for article_id in entry.article_ids:
                line.append(f" [{markers[article_id]}]", style="cyan")
            if note := timeline_note(entry):
                line.append(f" ({note})", style="dim")
            parts.append(line)
        parts.append(Text())
    parts.append(Text("Sources", style="bold"))
    for source in briefing.sources:
        entry = Text(f"[{source.marker}] ", style="cyan")
        entry.append(source.outlet, style="bold")
        if source.wire:
            entry.append(f" ({source.wire})")
        if source.published:
            entry.append(f", {source.published.isoformat()}")
        if source.title:
            entry.append(f": {source.title}")
        if source.copy_of:
            entry.append(f" (a copy of [{source.copy_of}])", style="dim")
        if source.url:
            entry.append(f"\n    {source.url}", style="dim")
        parts.append(entry)
    return Group(*parts)


def render_text(briefing: Briefing, color: bool = False) -> str:
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=WIDTH,
        force_terminal=color,
        color_system=None if not color else "standard",
        highlight=False,
    )
    console.print(text_renderable(briefing))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
