"""The JSON form of a briefing: the documented contract, ``schema/briefing.schema.json``."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

from .. import __version__
from ..records import Article, Briefing, Problem

SCHEMA_VERSION = "1.5"


def briefing_document(briefing: Briefing) -> dict[str, Any]:
    markers = {s.article_id: s.marker for s in briefing.sources}
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"chorus {__version__}",
        "title": briefing.title,
        "summary": {
            "method": briefing.summary.method,
            "budget": briefing.summary.budget,
            "words": briefing.summary.words,
            "sentences": [
                {
                    "text": s.text,
                    "sentence_id": s.sentence_id,
                    "article_id": s.article_id,
                    "sources": [markers[a] for a in s.supporting_articles],
                    "support": [
                        {
                            "article_id": p.article_id,
                            "sentence_id": p.sentence_id,
                            "similarity": p.similarity,
                        }
                        for p in s.support
                    ],
                }
                for s in briefing.summary.sentences
            ],
        },
        "sources": [
            {
                "marker": s.marker,
                "article_id": s.article_id,
                "outlet": s.outlet,
                "title": s.title,
                "url": s.url,
                "published": _date(s.published),
                "wire": s.wire,
                "copy_of": s.copy_of,
            }
            for s in briefing.sources
        ],
        "claims": _claims(briefing, markers),
        "quotes": _quotes(briefing, markers),
        "entities": _entities(briefing, markers),
        "coverage": _coverage(briefing, markers),
        "timeline": _timeline(briefing, markers),
        "articles": [article_document(a) for a in briefing.articles],
        "problems": [problem_document(p) for p in briefing.problems],
    }


def problem_document(problem: Problem) -> dict[str, str]:
    return {
        "origin": problem.origin,
        "severity": problem.severity.value,
        "message": problem.message,
    }


def _claims(briefing: Briefing, markers: dict[str, int]) -> list[dict[str, Any]]:
    """Figure groups: each value with its range, source and attribution."""
    return [
        {
            "what": group.what,
            "verdict": group.verdict,
            "values": [
                {
                    "text": c.text,
                    "low": c.quantity.low,
                    "high": c.quantity.high,
                    "hedge": c.quantity.hedge,
                    "counted": c.counted,
                    "action": c.action,
                    "source": markers[c.article_id],
                    "article_id": c.article_id,
                    "sentence_id": c.sentence_id,
                    "attributed_to": c.attributed_to,
                    "context": c.context,
                }
                for c in group.claims
            ],
        }
        for group in briefing.claims
    ]


def _quotes(briefing: Briefing, markers: dict[str, int]) -> list[dict[str, Any]]:
    """Who said what: each utterance with every version quoted."""
    return [
        {
            "speaker": group.speaker,
            "speaker_variants": list(group.speaker_variants),
            "versions": [
                {
                    "text": q.text,
                    "source": markers[q.article_id],
                    "article_id": q.article_id,
                    "sentence_id": q.sentence_id,
                    "speaker_as_written": q.speaker_as_written,
                    "said_in": q.said_in,
                }
                for q in group.quotes
            ],
        }
        for group in briefing.quotes
    ]


def _entities(briefing: Briefing, markers: dict[str, int]) -> list[dict[str, Any]]:
    """Names with their other forms and mentions per source."""
    return [
        {
            "name": e.name,
            "kind": e.kind,
            "variants": list(e.variants),
            "mentions": [
                {"source": markers[a], "article_id": a, "count": n} for a, n in e.mentions
            ],
        }
        for e in briefing.entities
    ]


def _coverage(briefing: Briefing, markers: dict[str, int]) -> list[dict[str, Any]]:
    """The source x fact matrix."""
    return [
        {
            "text": f.text,
            "sentence_id": f.sentence_id,
            "kind": f.kind,
            "centrality": f.centrality,
            "sources": [markers[a] for a in f.article_ids],
            "support": [
                {
                    "article_id": p.article_id,
                    "sentence_id": p.sentence_id,
                    "similarity": p.similarity,
                }
                for p in f.support
            ],
        }
        for f in briefing.coverage
    ]


def _timeline(briefing: Briefing, markers: dict[str, int]) -> list[dict[str, Any]]:
    """Dated happenings with their sources."""
    return [
        {
            "date": _date(e.date),
            "precision": e.precision,
            "text": e.text,
            "expression": e.expression,
            "sentence_id": e.sentence_id,
            "sources": [markers[a] for a in e.article_ids],
            "ambiguity": e.ambiguity,
        }
        for e in briefing.timeline
    ]


def article_document(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "origin": article.origin,
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": _date(article.published),
        "published_from": article.published_from,
        "wire": article.wire,
        "byline": article.byline,
        "dateline": article.dateline,
        "language": article.language,
        "words": article.words,
        "paragraphs": [
            {"index": p.index, "line": p.line, "kind": p.kind.value, "text": p.text}
            for p in article.paragraphs
        ],
        "sentences": [
            {"id": s.id, "index": s.index, "paragraph": s.paragraph, "text": s.text}
            for s in article.sentences
        ],
        "furniture_removed": dict(Counter(r.reason for r in article.removed)),
    }


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def render_json(briefing: Briefing) -> str:
    return json.dumps(briefing_document(briefing), ensure_ascii=False, indent=2) + "\n"
