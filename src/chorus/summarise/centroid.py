"""The default summariser: centroid relevance, cross-outlet support and lead position,
with redundancy control under a word budget and a coherent order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from ..analyse.quotes import embedded_posts
from ..records import Article, Sentence, Summary, SummarySentence, Support
from . import SUMMARISERS
from .base import (
    can_open,
    definite_subject,
    goes_on_quoting,
    is_dependent,
    is_summary_candidate,
    needs_its_antecedent,
)
from .people import People, complete_first_mentions
from .similarity import TfidfSpace, content_terms, unit, word_forms

SUPPORT_THRESHOLD = 0.42
"""TF-IDF cosine above which two sentences are taken to state the same content.

On the seed articles, same-content pairs across outlets score 0.45-0.95, while
sentences that share only names and attribution ("the Observatory said") stay
below 0.41."""


@dataclass(frozen=True)
class EventSentences:
    """All sentences of an event with their pairwise similarities and provenance."""

    sentences: tuple[Sentence, ...]
    space: TfidfSpace
    """The sentences' TF-IDF vectors, row for row: ``space.rows_against`` gives the cosine
    of any sentences with every sentence, symmetric to the last bit."""
    alike: sparse.csr_matrix
    """The cosines of the pairs of sentences that state the same content (at least
    ``SUPPORT_THRESHOLD``); the others are left out. Kept sparse rather than every pair's
    cosine: an event of 20,000 sentences would hold a 1.6 GB matrix."""
    outlet: tuple[str, ...]
    """The outlet of each sentence's article."""
    position: np.ndarray
    """Relative position of each sentence in its article, 0 for the lead."""
    centrality: np.ndarray
    """Cosine of each sentence with the event centroid."""
    candidate: np.ndarray
    """Whether each sentence may be used in a summary (``is_summary_candidate``, or a bare
    quotation that goes on from the sentence before, ``goes_on_quoting``; not an embedded
    post)."""
    title: tuple[str, ...] = ()
    """The title of each sentence's article ("" when it has none)."""

    @classmethod
    def of(cls, articles: Sequence[Article]) -> EventSentences:
        sentences = tuple(s for a in articles for s in a.sentences)
        # An embedded post is its author's words, which no summary states as reporting.
        posts = {s for a in articles for s in embedded_posts(a.sentences)[0]}
        space = TfidfSpace.fit([s.text for s in sentences])
        outlet_of = {a.id: a.outlet for a in articles}
        title_of = {a.id: a.title or "" for a in articles}
        length_of = {a.id: max(len(a.sentences), 1) for a in articles}
        # The centroid averages per-article centroids, so a long article does not dominate.
        article_index = {a: k for k, a in enumerate(dict.fromkeys(s.article_id for s in sentences))}
        member = sparse.csr_matrix(
            (
                np.ones(len(sentences), dtype=np.float32),
                ([article_index[s.article_id] for s in sentences], np.arange(len(sentences))),
            ),
            shape=(len(article_index), len(sentences)),
        )
        centroid = unit(np.mean([unit(row) for row in (member @ space.matrix).toarray()], axis=0))
        return cls(
            sentences=sentences,
            space=space,
            alike=space.pairs_at_least(SUPPORT_THRESHOLD),
            outlet=tuple(outlet_of[s.article_id] for s in sentences),
            position=np.array([s.index / length_of[s.article_id] for s in sentences]),
            centrality=space.matrix @ centroid,
            candidate=np.array(
                [
                    s.id not in posts
                    and (
                        is_summary_candidate(s)
                        or goes_on_quoting(s, sentences[k - 1] if k else None)
                    )
                    for k, s in enumerate(sentences)
                ],
                dtype=bool,
            ),
            title=tuple(title_of[s.article_id] for s in sentences),
        )

    def support(self, i: int) -> tuple[Support, ...]:
        """Sentence ``i`` itself, then the best matching sentence of each other article that
        states the same content, the most similar first (equally similar ones in the order
        of the sentences)."""
        own = self.sentences[i]
        found = [Support(own.article_id, own.id, 1.0)]
        best: dict[str, tuple[float, int]] = {}
        sentences, cosines = self.alike_to(i)
        for j, score in zip(sentences.tolist(), cosines.tolist(), strict=True):
            other = self.sentences[j]
            if other.article_id == own.article_id:
                continue
            if score > best.get(other.article_id, (0.0, -1))[0]:
                best[other.article_id] = (score, int(j))
        for article_id, (score, j) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            found.append(Support(article_id, self.sentences[j].id, round(score, 3)))
        return tuple(found)

    def alike_to(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """The sentences that state sentence ``i``'s content (itself included, unless it has
        no terms), in order, and their cosines with it: row ``i`` of ``alike``, read from
        its arrays (indexing a sparse matrix costs far more, done for every sentence)."""
        start, end = self.alike.indptr[i], self.alike.indptr[i + 1]
        return self.alike.indices[start:end], self.alike.data[start:end]

    def antecedent(self, i: int) -> int | None:
        """The sentence just before sentence ``i`` in its article, if there is one."""
        if i > 0 and self.sentences[i - 1].article_id == self.sentences[i].article_id:
            return i - 1
        return None

    def stating(self, group_of: Sequence[str]) -> np.ndarray:
        """For each sentence, how many groups (each sentence's outlet, or article) state its
        content: its own, and every group with a sentence at least ``SUPPORT_THRESHOLD``
        similar to it. All sentences at once, since events can have hundreds."""
        column: dict[str, int] = {}
        for group in group_of:
            column.setdefault(group, len(column))
        member = np.zeros((len(group_of), len(column)), dtype=np.int32)
        member[np.arange(len(group_of)), [column[g] for g in group_of]] = 1
        matches = self.alike.astype(bool).astype(np.int32) @ member
        return ((matches > 0) | (member > 0)).sum(axis=1)

    @cached_property
    def support_share(self) -> np.ndarray:
        """For each sentence, the share of the other outlets that state its content."""
        outlets = len(set(self.outlet))
        return (self.stating(self.outlet) - 1) / max(outlets - 1, 1)


@dataclass(frozen=True)
class CentroidSummariser:
    name: str = "centroid"
    support_weight: float = 0.5
    position_weight: float = 0.3
    dependent_penalty: float = 0.5
    redundancy: float = 0.25
    """Cosine with an already chosen sentence above which a candidate repeats it."""
    filling_redundancy: float = 0.5
    """The same, for the pass that fills what the budget leaves after the first: a small
    event's few sentences often share most of their words without saying the same thing."""

    def summarise(
        self,
        articles: Sequence[Article],
        budget: int,
        sentences: EventSentences | None = None,
    ) -> Summary:
        event = sentences if sentences is not None else EventSentences.of(articles)
        people = People.named_in(event.sentences)
        chosen = self._select(event, self._scores(event), budget, people)
        ordered = _reading_order(event, chosen, articles)
        texts = complete_first_mentions([event.sentences[i] for i in ordered], people)
        return Summary(
            method=self.name,
            budget=budget,
            sentences=tuple(
                SummarySentence(
                    sentence_id=event.sentences[i].id,
                    article_id=event.sentences[i].article_id,
                    text=text,
                    support=event.support(i),
                )
                for i, text in zip(ordered, texts, strict=True)
            ),
        )

    def _scores(self, event: EventSentences) -> np.ndarray:
        share = event.support_share
        scores = np.zeros(len(event.sentences))
        for i, sentence in enumerate(event.sentences):
            if not event.candidate[i]:
                scores[i] = -1.0
                continue
            score = float(event.centrality[i])
            score *= 1.0 + self.support_weight * share[i]
            score *= 1.0 + self.position_weight * (1.0 - event.position[i])
            if is_dependent(sentence.text):
                score *= self.dependent_penalty
            scores[i] = score
        return scores

    def _select(
        self, event: EventSentences, scores: np.ndarray, budget: int, people: People
    ) -> list[int]:
        """Greedy selection by score under the budget, skipping restatements. The best
        sentence that can open a summary is taken first, so that it has an opening. A sentence
        that leans on another waits for it, and is taken as soon as that one is: speech that
        needs the sentence before it (speaker only "he", a quotation going on), and a bare
        definite subject ("The slope gave way") that a chosen sentence must introduce. When
        every candidate waits, the best of them is taken all the same. What the budget
        leaves is then filled the same way, with sentences that repeat a chosen one less
        closely than ``filling_redundancy``.

        A sentence counts with the words that completing its people's names may add, so
        that the summary stays within the budget whichever mentions come first."""
        ranked = [int(i) for i in np.argsort(-scores, kind="stable") if scores[i] >= 0]
        words = {i: people.words_with_full_names(event.sentences[i]) for i in ranked}
        opening = next(
            (i for i in ranked if words[i] <= budget and can_open(event.sentences[i].text)),
            None,
        )
        chosen: list[int] = []
        # The highest cosine of every sentence with a chosen one: each chosen sentence's row
        # is computed once, and a row stands for a column (the cosines are symmetric).
        closest = np.zeros(len(event.sentences), dtype=np.float32)

        def choose(i: int) -> None:
            chosen.append(i)
            np.maximum(closest, event.space.rows_against(slice(i, i + 1))[0], out=closest)

        def fits(i: int, redundancy: float) -> bool:
            return sum(words[j] for j in chosen) + words[i] <= budget and not (
                chosen and float(closest[i]) >= redundancy
            )

        if opening is not None:
            choose(opening)

        def take(i: int, waiting: list[int], redundancy: float) -> None:
            choose(i)
            for j in [j for j in waiting if _has_what_it_leans_on(event, j, chosen)]:
                waiting.remove(j)
                if fits(j, redundancy):
                    choose(j)

        for redundancy in (self.redundancy, self.filling_redundancy):
            waiting: list[int] = []
            for i in ranked:
                if i in chosen or not fits(i, redundancy):
                    continue
                if not _has_what_it_leans_on(event, i, chosen):
                    waiting.append(i)
                    continue
                take(i, waiting, redundancy)
            if not chosen and waiting:
                # Every candidate leans on a sentence that is not one ("Storm hits the
                # coast." too short, then "The storm hit..."): the best of them beats none.
                take(waiting.pop(0), waiting, redundancy)
        return chosen


def _has_what_it_leans_on(event: EventSentences, i: int, chosen: list[int]) -> bool:
    """Whether the chosen sentences hold what sentence ``i`` needs to be understood. A bare
    definite subject ("The storm hit...") may also be introduced by its article's title
    ("Storm hits the coast"), which the briefing lists with its source."""
    text = event.sentences[i].text
    if needs_its_antecedent(text) and event.antecedent(i) not in chosen:
        return False
    noun = definite_subject(text)
    return (
        noun is None
        or _introducer(event, i, chosen) is not None
        or bool(event.title and _names(event.title[i], noun))
    )


def _introducer(event: EventSentences, i: int, chosen: list[int]) -> int | None:
    """The chosen sentence that introduces what sentence ``i``'s bare definite subject
    refers to ("The slope gave way"): the first with its noun. None when there is no such
    subject, or no such sentence."""
    noun = definite_subject(event.sentences[i].text)
    if noun is None:
        return None
    return next((j for j in chosen if j != i and _names(event.sentences[j].text, noun)), None)


def _names(text: str, noun: str) -> bool:
    """Whether ``text`` has ``noun``, in any inflection ("ferries" for "ferry"), or a
    compound ending in it ("earthquake" for "quake", "landslide" for "slide")."""
    (stem,) = content_terms(noun) or (noun,)
    return any(word.endswith(noun) or term.endswith(stem) for word, term in word_forms(text))


def _reading_order(
    event: EventSentences, chosen: list[int], articles: Sequence[Article]
) -> list[int]:
    """Lead material first (relative position), earlier-published articles first on a tie;
    the first sentence that can open a summary (``can_open``) goes first."""
    rank = {a.id: k for k, a in enumerate(sorted(articles, key=_publication_key))}
    ordered = sorted(
        chosen,
        key=lambda i: (round(event.position[i], 1), rank[event.sentences[i].article_id]),
    )
    standalone = [i for i in ordered if can_open(event.sentences[i].text)]
    if standalone and ordered[0] != standalone[0]:
        ordered.remove(standalone[0])
        ordered.insert(0, standalone[0])
    # Speech that needs the sentence before it goes right after that sentence; "The slope"
    # goes after the sentence that introduced it.
    for i in [i for i in ordered if needs_its_antecedent(event.sentences[i].text)]:
        before = event.antecedent(i)
        if before in ordered and ordered.index(i) != ordered.index(before) + 1:
            _put_after(ordered, i, before)
    for i in list(ordered):
        before = _introducer(event, i, ordered)
        if before is not None and ordered.index(before) > ordered.index(i):
            _put_after(ordered, i, before)
    return ordered


def _put_after(ordered: list[int], i: int, before: int) -> None:
    """Move sentence ``i`` to right after sentence ``before``."""
    ordered.remove(i)
    ordered.insert(ordered.index(before) + 1, i)


def _publication_key(article: Article) -> tuple[int, str]:
    return (article.published.toordinal() if article.published else 10**7, article.id)


SUMMARISERS.register("centroid")(CentroidSummariser)
