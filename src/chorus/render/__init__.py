"""The render stage: a briefing in, a document out. Each format is registered by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..records import Briefing, Claim, QuoteGroup, TimelineEntry
from ..registry import Registry

RENDERERS: Registry[Callable[[Briefing], str]] = Registry("format")


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links; ``javascript:`` and the like never do."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def claim_value(claim: Claim, marker: int) -> str:
    """One outlet's figure as shown beside the others: "at least 300 people [4] (the
    Observatory)"."""
    attribution = f" ({claim.attributed_to})" if claim.attributed_to else ""
    return f"{claim.text} [{marker}]{attribution}"


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


def when(entry: TimelineEntry) -> str:
    """A timeline date as shown: "2014-01-07", "2013-11" for a month, or "undated"."""
    if entry.date is None:
        return "undated"
    return entry.date.isoformat()[:7] if entry.precision == "month" else entry.date.isoformat()


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

__all__ = ["RENDERERS", "by_speaker", "claim_value", "render", "safe_url", "when"]
