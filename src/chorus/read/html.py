"""HTML pages: main text and metadata through trafilatura, the date through htmldate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Problem, RawArticle
from .base import READERS, parse_date
from .decode import decode


def extract_html(html: str, article_id: str, origin: str, url: str | None = None) -> RawArticle:
    """The article inside an HTML page; the boilerplate around it is trafilatura's job."""
    # Imported here: trafilatura costs ~0.4 s to import and most runs read no HTML.
    import trafilatura
    from htmldate import find_date

    def extracted(page: str) -> tuple[object, str | None]:
        document = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
        return document, getattr(document, "text", None) if document is not None else None

    document, text = extracted(html)
    if not (text and text.strip()) and "<body" not in html.lower():
        # A fragment ("<p>...</p>", as an API client may send one): trafilatura finds no
        # text in it until it is a page.
        document, text = extracted(f"<html><body>{html}</body></html>")
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    published = getattr(document, "date", None) or find_date(html, url=url)
    return RawArticle(
        id=article_id,
        text=text,
        origin=origin,
        title=getattr(document, "title", None),
        outlet=getattr(document, "sitename", None),
        url=url or getattr(document, "url", None),
        published=parse_date(published),
    )


class HtmlReader:
    suffixes = (".html", ".htm", ".xhtml")

    def accepts(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in self.suffixes

    def read(self, origin: str, data: bytes) -> Iterator[RawArticle | Problem]:
        yield extract_html(decode(data), Path(origin).stem, origin)


READERS.register("html")(HtmlReader())
