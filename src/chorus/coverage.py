"""Coverage: which facts most outlets report, which only one does.

A fact is a sentence and every other article's sentence that states the same content (the
summariser's support test: cosine at least ``SUPPORT_THRESHOLD``). Facts stated by two or
more articles are listed by how many state them; each article's exclusive facts are its
sentences no other article states, the most central to the event first. A fact is shown in
words that read alone where it can be: a sentence that leans on the one before it ("But...",
"..., he added") or gives someone's words without quotation marks comes after those that
do not. Together they make the source x fact coverage matrix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from .records import Article, Fact
from .summarise.base import is_bare_quotation, is_dependent, speaks_unquoted
from .summarise.centroid import EventSentences

SHARED_FACTS = 12
EXCLUSIVE_PER_ARTICLE = 2


def coverage(
    articles: Sequence[Article], sentences: EventSentences | None = None
) -> tuple[Fact, ...]:
    """Shared facts (most widely stated first), then each article's exclusive facts.

    ``sentences`` are the articles' sentences already compared (``EventSentences.of`` of the
    same articles, in any order); ties are broken by the order of ``articles``."""
    if len(articles) < 2:
        return ()
    event = sentences if sentences is not None else EventSentences.of(articles)
    rank = {a.id: k for k, a in enumerate(articles)}
    position = [(rank[s.article_id], s.index) for s in event.sentences]
    # A bare quotation may go on from its speaker's sentence in a summary; as a fact of its
    # own it would be nobody's words.
    candidates = [
        i
        for i in np.flatnonzero(event.candidate).tolist()
        if not is_bare_quotation(event.sentences[i].text)
    ]
    stating = event.stating([s.article_id for s in event.sentences])
    breadth = {i: int(stating[i]) for i in candidates}
    # A fact is shown by the sentence that reads best alone: of those stating it as widely,
    # one that does not lean on the sentence before it ("But...", "..., he added") and is
    # not someone's words without their name ("we will crush them").
    leans = {
        i: is_dependent(event.sentences[i].text) or speaks_unquoted(event.sentences[i].text)
        for i in candidates
    }
    order = sorted(
        candidates, key=lambda i: (-breadth[i], leans[i], -event.centrality[i], position[i])
    )
    chosen: list[int] = []
    listed = np.zeros(len(event.sentences), dtype=bool)  # states a fact already chosen
    for i in order:
        if listed[i]:
            continue
        chosen.append(i)
        listed[event.alike_to(i)[0]] = True  # a row: the matrix is symmetric
    shared = [i for i in chosen if breadth[i] > 1][:SHARED_FACTS]
    exclusive_of: dict[str, list[int]] = defaultdict(list)
    for i in chosen:
        if breadth[i] == 1:
            exclusive_of[event.sentences[i].article_id].append(i)
    exclusive: list[int] = []
    for article in articles:
        own = exclusive_of[article.id]
        own.sort(key=lambda i: (leans[i], -event.centrality[i], position[i]))
        exclusive += own[:EXCLUSIVE_PER_ARTICLE]
    half = len(articles) / 2
    facts = []
    for i in [*shared, *exclusive]:
        support = event.support(i)
        count = len(support)
        kind = "exclusive" if count == 1 else ("consensus" if count >= max(half, 2) else "shared")
        facts.append(
            Fact(
                text=event.sentences[i].text,
                sentence_id=event.sentences[i].id,
                support=support,
                kind=kind,
                centrality=round(float(np.clip(event.centrality[i], 0, 1)), 3),
            )
        )
    return tuple(facts)
