"""Scores for recovered groupings against true ones: B-cubed and the adjusted Rand index
for events, pairwise precision and recall for wire-copy groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def bcubed(predicted: Mapping[str, Hashable], truth: Mapping[str, Hashable]) -> Scores:
    """B-cubed precision and recall (Bagga and Baldwin 1998) over the items of ``truth``:
    for each item, the share of its predicted cluster that truly belongs with it, and the
    share of its true cluster that was put with it."""
    items = list(truth)
    if not items:
        raise ValueError("no items to score")
    predicted_members = _members({i: predicted[i] for i in items})
    true_members = _members({i: truth[i] for i in items})
    precision = recall = 0.0
    for item in items:
        mine = predicted_members[predicted[item]]
        real = true_members[truth[item]]
        shared = len(mine & real)
        precision += shared / len(mine)
        recall += shared / len(real)
    return Scores(precision / len(items), recall / len(items))


def adjusted_rand(predicted: Mapping[str, Hashable], truth: Mapping[str, Hashable]) -> float:
    from sklearn.metrics import adjusted_rand_score

    items = list(truth)
    labels = {label: n for n, label in enumerate(dict.fromkeys(predicted[i] for i in items))}
    real = {label: n for n, label in enumerate(dict.fromkeys(truth[i] for i in items))}
    return float(
        adjusted_rand_score([real[truth[i]] for i in items], [labels[predicted[i]] for i in items])
    )


def pairwise(
    predicted: Iterable[Iterable[str]], truth: Iterable[Iterable[str]], scope: set[str]
) -> Scores:
    """Precision and recall of the pairs put together, over pairs with an item in ``scope``
    (say, the injected copies); a group is a set of items."""
    found = {p for group in predicted for p in _pairs(group) if scope & set(p)}
    real = {p for group in truth for p in _pairs(group) if scope & set(p)}
    hits = len(found & real)
    return Scores(hits / len(found) if found else 1.0, hits / len(real) if real else 1.0)


def _pairs(group: Iterable[str]) -> list[tuple[str, str]]:
    return list(combinations(sorted(set(group)), 2))


def _members(labels: Mapping[str, Hashable]) -> dict[Hashable, set[str]]:
    members: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in labels.items():
        members[label].add(item)
    return members
