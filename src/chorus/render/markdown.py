"""Markdown rendering. Article text is escaped so that nothing in it becomes markup or HTML
when the Markdown is displayed."""

from __future__ import annotations

import re

from ..records import Briefing
from . import (
    VERDICT_LABELS,
    by_speaker,
    figure_value,
    safe_url,
    same_figures,
    timeline_note,
    when,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def escape_markdown(text: str) -> str:
    """Make text inert: HTML characters become entities, Markdown syntax is backslashed."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def render_markdown(briefing: Briefing) -> str:
    markers = {s.article_id: s.marker for s in briefing.sources}
    lines = [f"# {escape_markdown(briefing.title)}", ""]
    for sentence in briefing.summary.sentences:
        refs = "".join(f"[{markers[a]}]" for a in sentence.supporting_articles)
        lines += [f"{escape_markdown(sentence.text)} {refs}", ""]
    if briefing.claims:
        lines += ["## Figures", ""]
        for group in briefing.claims:
            verdict = VERDICT_LABELS[group.verdict]
            values = "; ".join(
                escape_markdown(figure_value(claims, markers))
                for claims in same_figures(group.claims)
            )
            lines += [f"- **{verdict}: {escape_markdown(group.what)}**: {values}"]
        lines.append("")
    if briefing.quotes:
        lines += ["## Who said what", ""]
        for speaker, variants, groups in by_speaker(briefing.quotes):
            also = f" (also {escape_markdown(', '.join(variants))})" if variants else ""
            lines.append(f"- **{escape_markdown(speaker)}**{also}")
            for group in groups:
                versions = " / ".join(
                    f'"{escape_markdown(q.text)}" [{markers[q.article_id]}]'
                    + (f" ({escape_markdown(q.said_in)})" if q.said_in else "")
                    for q in group.quotes
                )
                lines.append(f"  - {versions}")
        lines.append("")
    if briefing.entities:
        lines += ["## Names", "", "| name | kind | also | mentions |", "|---|---|---|---|"]
        for entity in briefing.entities:
            mentions = ", ".join(f"[{markers[a]}] {n}" for a, n in entity.mentions)
            also = escape_markdown(", ".join(entity.variants)).replace("|", "\\|")
            name = escape_markdown(entity.name).replace("|", "\\|")
            lines.append(f"| {name} | {entity.kind} | {also} | {mentions} |")
        lines.append("")
    if briefing.coverage:
        columns = [s for s in briefing.sources if s.copy_of is None]
        lines += [
            "## Coverage",
            "",
            "| fact | kind | " + " | ".join(f"[{s.marker}]" for s in columns) + " |",
            "|---|---|" + "---|" * len(columns),
        ]
        for fact in briefing.coverage:
            cells = " | ".join("x" if s.article_id in fact.article_ids else "" for s in columns)
            text = escape_markdown(fact.text).replace("|", "\\|")
            lines.append(f"| {text} | {fact.kind} | {cells} |")
        lines.append("")
    if briefing.timeline:
        lines += ["## Timeline", ""]
        for entry in briefing.timeline:
            refs = "".join(f"[{markers[a]}]" for a in entry.article_ids)
            note = timeline_note(entry)
            shown = f" ({escape_markdown(note)})" if note else ""
            lines.append(f"- **{when(entry)}** {escape_markdown(entry.text)} {refs}{shown}")
        lines.append("")
    lines += ["## Sources", ""]
    for source in briefing.sources:
        entry = f"{source.marker}. **{escape_markdown(source.outlet)}**"
        if source.wire:
            entry += f" ({escape_markdown(source.wire)})"
        if source.published:
            entry += f", {source.published.isoformat()}"
        if source.title:
            entry += f": {escape_markdown(source.title)}"
        url = safe_url(source.url)
        if url:
            entry += f" <{url.replace('>', '%3E').replace(' ', '%20')}>"
        if source.copy_of:
            entry += f" (a copy of {source.copy_of})"
        lines.append(entry)
    return "\n".join(lines) + "\n"
