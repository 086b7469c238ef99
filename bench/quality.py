"""Summary quality on Multi-News: Chorus against sumy's LexRank and a lead baseline.

All three systems get the same cleaned sentences from Chorus's pipeline (read, clean,
analyse, wire copies left out), so only the choice of sentences differs; every summary is
truncated to the same word budget and scored with rouge-score (Porter stemmer, F1, 95%
bootstrap intervals).

    .venv/bin/python bench/quality.py [--data FILE] [--words 230] [--limit N] [--cv 5]
        [--model-seeds 0,1,2] [--train-share 1]

The cross-validated models draw rows and features at random, and which draws they get moves
R-1 and R-2 by a few tenths (as much as a small change to the data does), so the learned
summariser is scored once per model seed and reported as the mean over seeds.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path

import numpy as np
from nltk.tokenize import TreebankWordTokenizer
from rich.progress import track
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from chorus.briefing import independent_articles
from chorus.evaluate.rouge import (
    METRICS,
    Cluster,
    confidence_intervals,
    load_clusters,
    score_summaries,
)
from chorus.evaluate.train import TrainingRows, fit_model, folds, training_rows
from chorus.records import Article
from chorus.summarise import SUMMARISERS
from chorus.summarise.embedding import shipped_embedder
from chorus.summarise.learned import LearnedSummariser
from chorus.summarise.similarity import forget_sentence_terms
from chorus.summarise.trees import TreeEnsemble

ROOT = Path(__file__).resolve().parent.parent
System = Callable[[Sequence[Article], int], list[str]]


class _Words:
    """sumy's English tokenizer needs NLTK's punkt data, a download; LexRank only needs
    words here, because it is given the sentences."""

    language = "english"
    _tokenizer = TreebankWordTokenizer()

    def to_words(self, text: str) -> list[str]:
        return self._tokenizer.tokenize(text)


def lexrank() -> System:
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    words = _Words()

    def summarise(articles: Sequence[Article], budget: int) -> list[str]:
        sentences = [s.text for a in articles for s in a.sentences]
        document = ObjectDocumentModel(
            [Paragraph([SumySentence(text, words) for text in sentences])]
        )
        if not sentences:
            return []
        # sumy's own steps (as in LexRankSummarizer.__call__), kept to get every rating:
        # __call__ returns only its top N in document order.
        words_of = [summarizer._to_words_set(s) for s in document.sentences]
        matrix = summarizer._create_matrix(
            words_of,
            summarizer.threshold,
            summarizer._compute_tf(words_of),
            summarizer._compute_idf(words_of),
        )
        ratings = summarizer.power_method(matrix, summarizer.epsilon)
        by_rating = sorted(range(len(sentences)), key=lambda i: -ratings[i])
        best = by_rating[: len(_fill([sentences[i] for i in by_rating], budget))]
        return [sentences[i] for i in sorted(best)]  # in document order, as sumy returns them

    return summarise


def lead() -> System:
    def summarise(articles: Sequence[Article], budget: int) -> list[str]:
        depth = max((len(a.sentences) for a in articles), default=0)
        in_turn = [
            a.sentences[i].text for i in range(depth) for a in articles if i < len(a.sentences)
        ]
        return _fill(in_turn, budget)

    return summarise


def chorus(name: str) -> System:
    def summarise(articles: Sequence[Article], budget: int) -> list[str]:
        return [s.text for s in SUMMARISERS.get(name)().summarise(articles, budget).sentences]

    return summarise


def chorus_cross_validated(
    clusters: Sequence[Cluster],
    rows: Sequence[TrainingRows],
    k: int,
    seed: int,
    train_share: float = 1.0,
) -> Callable[[str], System]:
    """The learned summariser whose model, for each cluster, was fit on the other folds (or
    on a random ``train_share`` of their clusters, drawn with ``seed``)."""
    model_of: dict[str, TreeEnsemble] = {}
    draw = np.random.default_rng(seed)
    for held_out in folds(len(clusters), k):
        held = set(held_out.tolist())
        training = [r for i, r in enumerate(rows) if i not in held]
        if train_share < 1.0:
            keep = draw.choice(len(training), round(train_share * len(training)), replace=False)
            training = [training[i] for i in sorted(keep)]
        model = fit_model(training, seed=seed)
        model_of.update({clusters[i].id: TreeEnsemble.from_xgboost_json(model) for i in held})

    def for_cluster(cluster_id: str) -> System:
        summariser = LearnedSummariser(model=model_of[cluster_id])

        def summarise(articles: Sequence[Article], budget: int) -> list[str]:
            return [s.text for s in summariser.summarise(articles, budget).sentences]

        return summarise

    return for_cluster


def _fill(sentences: list[str], budget: int) -> list[str]:
    taken, words = [], 0
    for sentence in sentences:
        if words >= budget:
            break
        taken.append(sentence)
        words += len(sentence.split())
    return taken


def _mean_differing(runs: Sequence[dict[str, list[str]]]) -> float:
    """How many clusters' summaries differ between two runs, on average over pairs of runs:
    how much the random draws of the trees alone move what a reader gets."""
    pairs = list(combinations(runs, 2))
    return sum(sum(a[c] != b[c] for c in a) for a, b in pairs) / len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "multinews" / "validation.jsonl",
    )
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--limit", type=int, help="only the first N clusters")
    parser.add_argument(
        "--cv",
        type=int,
        default=5,
        metavar="K",
        help="score the learned summariser with K-fold cross-validation over "
        "clusters (default 5); 0 uses the shipped weights, which is only honest "
        "on data they were not trained on",
    )
    parser.add_argument(
        "--model-seeds",
        type=lambda text: [int(seed) for seed in text.split(",")],
        default=[0, 1, 2],
        help="seeds of the cross-validated models' random draws of rows and features, "
        "comma-separated (default 0,1,2); the learned summariser is scored once per seed",
    )
    parser.add_argument(
        "--train-share",
        type=float,
        default=1.0,
        help="fit each fold's model on this random share of the other folds' clusters "
        "(default 1); smaller shares draw a learning curve",
    )
    args = parser.parse_args()
    clusters = load_clusters(args.data)[: args.limit]

    start = time.perf_counter()
    prepared = {c.id: independent_articles(c.articles) for c in clusters}
    prepare_seconds = time.perf_counter() - start

    print(
        f"data: {args.data} ({len(clusters)} clusters), budget {args.words} words, "
        "rouge-score F1 with Porter stemmer, 95% bootstrap CI"
    )
    print(
        f"shared preparation (read, clean, sentences, wire copies): {prepare_seconds:.1f} s, "
        f"{len(clusters) / prepare_seconds:.1f} clusters/s"
    )
    print("| system | R-1 | R-2 | R-L | R-Lsum | ranking clusters/s |")
    print("|---|---|---|---|---|---|")
    speed: dict[str, float] = {}
    ranker, first_sentences, centroid = lexrank(), lead(), chorus("centroid")
    systems: list[tuple[str, Callable[[str], System]]] = [
        ("lead", lambda _c: first_sentences),
        ("sumy LexRank", lambda _c: ranker),
        ("Chorus (centroid)", lambda _c: centroid),
    ]
    if args.cv:
        rows = [training_rows(c) for c in track(clusters, description="labelling", transient=True)]
        systems += [
            (
                f"Chorus (learned, {args.cv}-fold CV, model seed {seed})",
                chorus_cross_validated(clusters, rows, args.cv, seed, args.train_share),
            )
            for seed in args.model_seeds
        ]
    else:
        systems.append(("Chorus (learned, shipped weights)", lambda _c: chorus("learned")))
    learned_means: list[dict[str, float]] = []
    learned_summaries: list[dict[str, list[str]]] = []
    for name, system_for in systems:
        # Each system starts as a fresh process would: the words an earlier one tokenized
        # are not remembered (within its run, the words of earlier clusters are).
        shipped_embedder().forget_words()
        timings: list[float] = []
        summaries: dict[str, list[str]] = {}

        def timed(
            cluster: Cluster,
            budget: int,
            system_for: Callable[[str], System] = system_for,
            timings: list[float] = timings,
            summaries: dict[str, list[str]] = summaries,
        ) -> list[str]:
            system = system_for(cluster.id)
            forget_sentence_terms()  # an earlier system saw these sentences; users' do not
            begin = time.perf_counter()
            sentences = system(prepared[cluster.id], budget)
            timings.append(time.perf_counter() - begin)
            summaries[cluster.id] = sentences
            return sentences

        results = list(score_summaries(clusters, timed, args.words))
        ci = confidence_intervals(results)
        speed[name] = len(timings) / sum(timings)
        if name.startswith("Chorus (learned"):
            learned_means.append({m: ci[m].mean for m in METRICS})
            learned_summaries.append(summaries)
        cells = " | ".join(f"{ci[m].mean:.2f} [{ci[m].low:.1f}, {ci[m].high:.1f}]" for m in METRICS)
        print(f"| {name} | {cells} | {speed[name]:.1f} |", flush=True)
    learned_speeds = [v for k, v in speed.items() if k.startswith("Chorus (learned")]
    chorus_speed = sum(learned_speeds) / len(learned_speeds)
    if len(learned_means) > 1:
        cells = " | ".join(
            f"{sum(r[m] for r in learned_means) / len(learned_means):.2f} "
            f"({min(r[m] for r in learned_means):.2f}-{max(r[m] for r in learned_means):.2f})"
            for m in METRICS
        )
        print(
            f"| Chorus (learned), mean over {len(learned_means)} model seeds (range) | {cells} "
            f"| {chorus_speed:.1f} |"
        )
    if len(learned_summaries) > 1:
        print(
            "Summaries that differ between two model seeds' models (mean over pairs of seeds): "
            f"{_mean_differing(learned_summaries):.1f} of {len(clusters)}"
        )
    ratio = chorus_speed / speed["sumy LexRank"]
    end_to_end = len(clusters) / (prepare_seconds + len(clusters) / chorus_speed)
    print(
        f"Chorus ranks {ratio:.1f}x as many clusters per second as LexRank on the same "
        f"sentences; end to end (preparation included) Chorus does {end_to_end:.1f} clusters/s."
    )


if __name__ == "__main__":
    main()
