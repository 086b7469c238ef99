"""The brief stage: run read -> clean -> analyse -> summarise and assemble a ``Briefing``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from .analyse import analyse
from .analyse.quotes import speaker_names
from .clean import clean, find_boilerplate
from .compare import compare_claims, quote_groups, timeline
from .coverage import coverage
from .dedup import collapse_copies
from .entities import entities
from .errors import NoUsableInput, UsageError
from .read import Input, ReadOptions, read_inputs
from .read.decode import DEFAULT_MAX_BYTES
from .records import Article, Briefing, Problem, RawArticle, Severity, Source, Summary
from .summarise import DEFAULT_SUMMARISER, DEFAULT_WORDS, SUMMARISERS
from .summarise.centroid import EventSentences
from .summarise.similarity import TfidfSpace

ENGLISH = "en"
MAX_COMPARED_SENTENCES = 20_000
"""The most sentences the summary and the coverage matrix compare, each with every other:
about 800 articles, and half a minute at 18,000 (BENCHMARKS.md), a time that grows with the
square of their number. A larger event is summarised from each article's leading sentences
(``leading_sentences``)."""


def brief(
    inputs: Input | Iterable[Input],
    *,
    words: int = DEFAULT_WORDS,
    manifest: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    summariser: str = DEFAULT_SUMMARISER,
    stdin: BinaryIO | None = None,
) -> Briefing:
    """One attributed briefing from articles about one event.

    ``inputs`` are file or folder paths, ``"-"`` for standard input, or ``RawArticle``
    records. Inputs that cannot be used are reported in ``Briefing.problems``; if none
    can be used, ``NoUsableInput`` is raised.
    """
    if words < 1:
        raise UsageError("the word budget must be at least 1")
    if isinstance(inputs, str | Path | RawArticle):
        inputs = [inputs]
    read = read_inputs(inputs, manifest=manifest, options=ReadOptions(max_bytes), stdin=stdin)
    return brief_articles(read.articles, words, summariser, read.problems)


def brief_articles(
    raws: Sequence[RawArticle],
    words: int = DEFAULT_WORDS,
    summariser: str = DEFAULT_SUMMARISER,
    problems: Sequence[Problem] = (),
) -> Briefing:
    """The briefing of articles already read (from files, a store or a caller)."""
    prepared, unusable = prepare(raws)
    problems = [*problems, *unusable]
    if not prepared:
        detail = "; ".join(str(p) for p in problems) or "no input given"
        raise NoUsableInput(f"no usable article in the input ({detail})")
    articles, copy_of = collapse_copies(prepared)
    if len({a.outlet for a in articles}) == 1:
        problems.append(
            Problem(
                articles[0].origin,
                "only one outlet: summary sentences cannot have cross-source support",
                Severity.NOTE,
            )
        )
    compared, kept = leading_sentences(articles, MAX_COMPARED_SENTENCES)
    if kept is not None:
        problems.append(
            Problem(
                f"{len(articles)} articles",
                f"more than {MAX_COMPARED_SENTENCES:,} sentences: the summary and coverage "
                f"compare each article's first {kept}",
                Severity.NOTE,
            )
        )
    # Compared once, for the summary and the coverage matrix.
    sentences = EventSentences.of(compared)
    summary = SUMMARISERS.get(summariser)().summarise(compared, words, sentences)
    copies = [a for a in prepared if a.id in copy_of]
    return assemble(articles, summary, problems, copies, copy_of, compared, sentences)


def leading_sentences(articles: Sequence[Article], limit: int) -> tuple[list[Article], int | None]:
    """The articles with only their first k sentences each, k the most (and at least one)
    that keeps them within ``limit`` sentences in all, since news puts what matters first;
    and k, or None when nothing had to go. Claims, quotes and dates keep every sentence."""
    lengths = [len(a.sentences) for a in articles]
    if sum(lengths) <= limit:
        return list(articles), None
    fits, too_many = 0, max(lengths)  # the most sentences each, and a number that is too many
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        if sum(min(length, middle) for length in lengths) <= limit:
            fits = middle
        else:
            too_many = middle
    kept = max(fits, 1)
    return [replace(a, sentences=a.sentences[:kept]) for a in articles], kept


def independent_articles(raws: Sequence[RawArticle]) -> list[Article]:
    """The usable articles a summary is made from: cleaned and analysed, wire copies left
    out (each copy's original stays). What ``brief`` summarises, for evaluation."""
    return leading_sentences(collapse_copies(prepare(raws)[0])[0], MAX_COMPARED_SENTENCES)[0]


def prepare(raws: Sequence[RawArticle]) -> tuple[list[Article], list[Problem]]:
    """Clean and analyse each article; drop, with a reason, those that cannot be summarised."""
    boilerplate = find_boilerplate(raws)
    articles: list[Article] = []
    problems: list[Problem] = []
    for raw in raws:
        article = analyse(clean(raw, boilerplate))
        reason = _unusable(article)
        if reason:
            problems.append(Problem(raw.origin, reason))
        else:
            articles.append(article)
    return articles, problems


def _unusable(article: Article) -> str | None:
    if not article.sentences:
        return "no usable sentences (nothing but page furniture, or no text)"
    return unusable_reason(article.body, article.language)


def unusable_reason(body: str, language: str) -> str | None:
    """Why an article cannot be used, or None: no text left after cleaning, or not English."""
    if not body.strip():
        return "no article text left after removing page furniture"
    if language not in (ENGLISH, "und"):
        return (
            f"the text looks like language '{language}', not English; "
            "Chorus summarises English articles only"
        )
    return None


def assemble(
    articles: Sequence[Article],
    summary: Summary,
    problems: Sequence[Problem],
    copies: Sequence[Article] = (),
    copy_of: Mapping[str, str] | None = None,
    compared: Sequence[Article] | None = None,
    sentences: EventSentences | None = None,
) -> Briefing:
    """Number the sources by publication date, the copies after the articles they copy.
    ``compared`` are the articles as the summary compared them (``leading_sentences``),
    which coverage compares too; the articles themselves by default. ``sentences`` are
    their sentences as the summary compared them, if it did."""
    copy_of = copy_of or {}
    compared_of = {a.id: a for a in compared or articles}

    def by_date(article: Article) -> tuple[int, str]:
        return (article.published.toordinal() if article.published else 10**7, article.id)

    ordered = sorted(articles, key=by_date)
    markers = {a.id: n for n, a in enumerate(ordered, start=1)}
    for copy in sorted(copies, key=by_date):
        markers[copy.id] = len(markers) + 1
    sources = tuple(
        Source(
            markers[a.id],
            a.id,
            a.outlet,
            a.title,
            a.url,
            a.published,
            a.wire,
            markers[copy_of[a.id]] if a.id in copy_of else None,
        )
        for a in sorted([*ordered, *copies], key=lambda a: markers[a.id])
    )
    quotes = [q for a in ordered for q in a.quotes if q.speaker]
    # "Lavrov" of "Lavrov said" speaks as much as "Sergey Lavrov", whom it names.
    named_entities = entities(
        ordered,
        {name for q in quotes if not q.by_organisation for name in speaker_names(q)},
        {name for q in quotes if q.by_organisation for name in speaker_names(q)},
    )
    # "the Observatory" is attributed under the name the articles give in full.
    named = {form: e.name for e in named_entities for form in (e.name, *e.variants)}
    return Briefing(
        title=_event_title(articles, summary),
        sources=sources,
        articles=tuple(ordered),
        summary=summary,
        problems=tuple(problems),
        claims=compare_claims(ordered, named.get),
        quotes=quote_groups(ordered, named.get),
        entities=named_entities,
        timeline=timeline(ordered),
        coverage=coverage([compared_of[a.id] for a in ordered], sentences),
    )


def _event_title(articles: Sequence[Article], summary: Summary) -> str:
    """The headline closest to what the summary says; the summary's opening otherwise."""
    titled = [a.title for a in articles if a.title]
    summary_text = " ".join(s.text for s in summary.sentences)
    if titled and summary_text:
        space = TfidfSpace.fit([summary_text, *titled])
        return titled[int(space.similarities_to(0)[1:].argmax())]
    if titled:
        return titled[0]
    opening = summary.sentences[0].text if summary.sentences else "Briefing"
    return opening if len(opening) <= 90 else opening[:87].rsplit(" ", 1)[0] + "..."
