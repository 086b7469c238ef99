"""The render stage: a briefing in, a document out. Each format is registered by name."""

from __future__ import annotations

from collections.abc import Callable

from ..records import Briefing
from ..registry import Registry

RENDERERS: Registry[Callable[[Briefing], str]] = Registry("format")


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links; ``javascript:`` and the like never do."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


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

__all__ = ["RENDERERS", "render", "safe_url"]
