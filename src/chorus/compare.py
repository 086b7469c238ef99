"""The compare stage: what the outlets agree on and where their figures conflict.

Claims count the same quantity when they count the same thing with the same happening
("prisoners killed", "people freed") and are within an order of magnitude of each other
(the toll of a week's fighting and of a whole war are different quantities). Such a group,
stated by at least two articles, is an agreement when every pair of values from different
articles can both be true (their ranges overlap: "385" and "at least 385"), and a conflict
otherwise ("at least 300" against "at least 385", "dozens" against "around 300").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from .records import Article, Claim, ClaimGroup

MAGNITUDE = 10.0
"""Values further apart than this factor count different things."""


def compare_claims(articles: Sequence[Article]) -> tuple[ClaimGroup, ...]:
    """Groups of claims about one quantity stated by two or more articles, conflicts first,
    then the most widely stated."""
    by_quantity: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for article in articles:
        for claim in article.claims:
            if claim.action is not None:
                by_quantity[(claim.counted, claim.action)].append(claim)
    groups = []
    for claims in by_quantity.values():
        for part in _by_magnitude(claims):
            if len({c.article_id for c in part}) < 2:
                continue
            conflict = any(
                a.article_id != b.article_id and not a.quantity.overlaps(b.quantity)
                for a, b in combinations(part, 2)
            )
            groups.append(ClaimGroup(part[0].what, tuple(part), conflict))
    return tuple(sorted(groups, key=lambda g: (not g.conflict, -len(g.article_ids), g.what)))


def _by_magnitude(claims: list[Claim]) -> list[list[Claim]]:
    ordered = sorted(claims, key=lambda c: (c.quantity.low, c.quantity.high))
    parts: list[list[Claim]] = []
    for claim in ordered:
        if parts and claim.quantity.low <= MAGNITUDE * max(parts[-1][0].quantity.high, 1.0):
            parts[-1].append(claim)
        else:
            parts.append([claim])
    return parts
