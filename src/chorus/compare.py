"""The compare stage: what the outlets agree on, where their figures conflict, and when
things happened.

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
from datetime import date
from itertools import combinations

from .records import Article, Claim, ClaimGroup, TimelineEntry
from .summarise.similarity import TfidfSpace

SAME_HAPPENING = 0.15
"""Cosine similarity above which two sentences dated to one day tell the same happening."""
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


def timeline(articles: Sequence[Article]) -> tuple[TimelineEntry, ...]:
    """Each dated happening once, with every article that dates it to that day, in date
    order; mentions that could not be dated follow, saying why."""
    sentences = {s.id: s.text for a in articles for s in a.sentences}
    order = {a.id: n for n, a in enumerate(articles)}
    mentions = sorted(
        (t for a in articles for t in a.times),
        key=lambda t: (t.date or date.max, order[t.article_id]),
    )
    dated = [t for t in mentions if t.date is not None]
    space = TfidfSpace.fit([sentences[t.sentence_id] for t in dated]) if dated else None
    entries: list[TimelineEntry] = []
    taken: set[int] = set()
    for i, mention in enumerate(dated):
        if i in taken:
            continue
        same = [
            j
            for j in range(i, len(dated))
            if j not in taken
            and dated[j].date == mention.date
            and (j == i or _similar(space, i, j))
        ]
        taken.update(same)
        entries.append(
            TimelineEntry(
                date=mention.date,
                precision=mention.precision,
                text=sentences[mention.sentence_id],
                expression=mention.text,
                sentence_id=mention.sentence_id,
                article_ids=tuple(dict.fromkeys(dated[j].article_id for j in same)),
            )
        )
    entries += [
        TimelineEntry(
            None, t.precision, sentences[t.sentence_id], t.text, t.sentence_id,
            (t.article_id,), t.ambiguity,
        )
        for t in mentions
        if t.date is None
    ]  # fmt: skip
    return tuple(entries)


def _similar(space: TfidfSpace | None, i: int, j: int) -> bool:
    assert space is not None
    return float(space.matrix[i] @ space.matrix[j]) >= SAME_HAPPENING
