from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from chorus.briefing import independent_articles
from chorus.evaluate.clustering import adjusted_rand, bcubed, pairwise
from chorus.evaluate.rouge import (
    Interval,
    ScoredSummary,
    confidence_intervals,
    load_clusters,
    truncate_words,
)
from chorus.evaluate.train import TrainingRows, fit_model, folds, training_rows
from chorus.read import RawArticle
from chorus.summarise.centroid import EventSentences
from chorus.summarise.features import FEATURES, sentence_features
from chorus.summarise.learned import MODEL_FILE, shipped_model
from chorus.summarise.trees import TreeEnsemble
from conftest import EXAMPLES, write

REFERENCE = (
    "A landslide on the Keldor pass road killed at least 14 people after days of rain, and "
    "dozens are missing. Rescuers worked through the night. The governor ordered an inquiry."
)


def _cluster_file(tmp_path: Path) -> Path:
    documents = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    lines = [
        json.dumps({"id": "keldor", "documents": documents, "summary": REFERENCE}),
        json.dumps({"id": "keldor-2", "documents": documents[:2], "summary": REFERENCE}),
    ]
    return write(tmp_path / "clusters.jsonl", "\n".join(lines) + "\n")


def test_eval_rouge_prints_means_and_writes_what_it_scored(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "per_cluster.jsonl"
    result = run_cli(
        "eval", "rouge", str(_cluster_file(tmp_path)), "--words", "40", "--out", str(out)
    )
    assert result.code == 0, result.err
    for metric in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
        assert metric in result.out
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["keldor", "keldor-2"]
    for row in rows:
        assert len(row["text"].split()) <= 40
        assert 0 < row["scores"]["rouge1"] <= 100


def test_eval_rouge_rejects_a_malformed_file(run_cli, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.jsonl", '{"id": "x", "documents": ["a"]}\n')
    result = run_cli("eval", "rouge", str(bad))
    assert result.code == 2 and "summary" in result.err


def test_truncation_keeps_whole_sentences_then_cuts_the_last() -> None:
    assert truncate_words(["one two three", "four five six", "seven"], 5) == [
        "one two three",
        "four five",
    ]
    assert truncate_words(["one two"], 5) == ["one two"]


def test_bootstrap_interval_brackets_the_mean() -> None:
    results = [
        ScoredSummary(
            str(i), "", dict.fromkeys(("rouge1", "rouge2", "rougeL", "rougeLsum"), float(v))
        )
        for i, v in enumerate([10, 20, 30, 40, 50])
    ]
    interval = confidence_intervals(results)["rouge1"]
    assert isinstance(interval, Interval)
    assert interval.low < interval.mean == 30.0 < interval.high


def test_fitted_trees_learn_a_non_linear_relation() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(3000, len(FEATURES)))
    y = np.where(x[:, 1] > 0, x[:, 2], -x[:, 2])  # no linear model can fit this
    model = TreeEnsemble.from_xgboost_json(fit_model([TrainingRows("c", x, y, np.ones(len(y)))]))
    held_out = rng.normal(size=(500, len(FEATURES)))
    truth = np.where(held_out[:, 1] > 0, held_out[:, 2], -held_out[:, 2])
    assert np.corrcoef(model.predict(held_out), truth)[0, 1] > 0.9


def test_tree_evaluation_matches_xgboost_on_the_shipped_model() -> None:
    import xgboost

    import chorus
    from chorus.summarise.centroid import EventSentences
    from chorus.summarise.features import sentence_features

    booster = xgboost.Booster()
    booster.load_model(str(Path(chorus.__file__).parent / MODEL_FILE))
    articles = chorus.brief(EXAMPLES).articles
    real = sentence_features(EventSentences.of(articles))
    odd = np.random.default_rng(2).normal(scale=3, size=(200, len(FEATURES)))
    odd[::3, ::4] = np.nan  # missing values take each split's default branch
    for rows in (real, odd):
        expected = booster.inplace_predict(rows.astype(np.float32))
        assert np.allclose(shipped_model().predict(rows), expected, atol=1e-5)


def test_a_cluster_trains_on_its_event_and_on_the_event_without_each_document(
    tmp_path: Path,
) -> None:
    cluster = load_clusters(_cluster_file(tmp_path))[0]
    assert len(cluster.articles) == 3
    rows = training_rows(cluster)

    def candidate_rows(raws: Sequence[RawArticle]) -> np.ndarray:
        event = EventSentences.of(independent_articles(raws))
        return sentence_features(event)[event.candidate]

    first, copy, other = cluster.articles  # the second document is a wire copy of the first
    assert [a.id for a in independent_articles(cluster.articles)] == [first.id, other.id]
    whole = candidate_rows(cluster.articles)
    # Without the copy the event is the whole one again, which is not repeated.
    left_out = [candidate_rows((copy, other)), candidate_rows((first,))]
    assert np.array_equal(rows.features[: len(whole)], whole, equal_nan=True)
    assert len(rows.labels) == len(whole) + sum(len(r) for r in left_out) == len(rows.features)
    assert np.allclose(rows.weights, 1 / 3)  # three events: each counts a third
    assert np.all((rows.labels >= 0) & (rows.labels <= 1))


def test_folds_partition_the_clusters() -> None:
    parts = folds(11, 5)
    assert sorted(np.concatenate(parts).tolist()) == list(range(11))


def test_shipped_model_matches_the_features_and_keeps_the_budget() -> None:
    assert shipped_model().feature_names == FEATURES
    import chorus

    briefing = chorus.brief(EXAMPLES, words=50, summariser="learned")
    assert briefing.summary.method == "learned"
    assert 0 < briefing.summary.words <= 50


def test_bcubed_and_pairwise_scores_match_hand_computed_values() -> None:
    truth = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    scores = bcubed(predicted, truth)
    # a, b: precision 1, recall 2/3; c: precision 1/2, recall 1/3; d: precision 1/2, recall 1.
    assert scores.precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert scores.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert bcubed(truth, truth).f1 == 1.0
    assert adjusted_rand(truth, truth) == 1.0
    pairs = pairwise([("a", "b"), ("c", "d")], [("a", "b", "c")], scope={"a", "c"})
    # Found pairs with a or c: (a,b), (c,d); true ones: (a,b), (a,c), (b,c).
    assert (pairs.precision, pairs.recall) == (0.5, pytest.approx(1 / 3))


def test_static_embeddings_place_a_paraphrase_nearer_than_another_topic() -> None:
    from chorus.summarise.embedding import shipped_embedder

    vectors = shipped_embedder().embed(
        [
            "At least 40 people were killed when the bridge collapsed.",
            "The collapse of the bridge left dozens dead.",
            "The central bank raised interest rates by a quarter point.",
            "",
        ]
    )
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()  # nothing to embed: a zero vector, not NaN
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.1


@pytest.mark.parametrize(
    "text",
    [
        "The Keldor pass road reopened on Monday.",
        "Émigrés in São Paulo cheered 😀 — and left.",
        "two  spaces",  # a run of spaces, and spaces at either end: tokenized whole
        " leading",
        "trailing ",
        "a\ttab and a\nnew line",
        "",
    ],
)
def test_token_ids_a_word_at_a_time_are_the_tokenizers_own(text: str) -> None:
    from chorus.summarise.embedding import StaticEmbedder, shipped_embedder

    shipped = shipped_embedder()
    embedder = StaticEmbedder(shipped.vectors, shipped.tokenizer)
    expected = shipped.tokenizer.encode(text, add_special_tokens=False).ids
    assert embedder.token_ids(text) == expected
    assert embedder.token_ids(text) == expected  # and again, from the remembered words


def test_sentence_features_are_finite_and_ranks_are_shares() -> None:
    import chorus
    from chorus.summarise.base import is_summary_candidate
    from chorus.summarise.centroid import EventSentences
    from chorus.summarise.features import sentence_features

    articles = chorus.brief(EXAMPLES).articles
    rows = sentence_features(EventSentences.of(articles))
    assert rows.shape == (sum(len(a.sentences) for a in articles), len(FEATURES))
    assert np.isfinite(rows).all()
    ranks = rows[:, [FEATURES.index(f) for f in FEATURES if f.endswith("_rank")]]
    assert ((ranks > 0) & (ranks <= 1)).all()
    # Relative to the sentences that could be chosen: the best of them is 0 below the best.
    candidate = [is_summary_candidate(s) for a in articles for s in a.sentences]
    below = rows[candidate][:, [FEATURES.index(f) for f in FEATURES if f.endswith("_below_best")]]
    assert np.isclose(below.max(axis=0), 0).all() and (below <= 1e-9).all()
