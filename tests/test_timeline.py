"""Time expressions resolved against the publication date; one timeline entry per dated
happening with every outlet that dates it; no guessing without a date to count from."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import chorus
from chorus.analyse.times import dated_mentions, times_in
from chorus.records import Briefing, Sentence

WEDNESDAY = date(2014, 1, 8)


def resolved(text: str, published: date | None = WEDNESDAY) -> list[tuple[str, str | None]]:
    mentions = times_in(Sentence("a/s0", "a", 0, 0, text), published)
    return [(m.text, m.date.isoformat() if m.date else None) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The spokesman spoke late Tuesday.", "late Tuesday", "2014-01-07"),
        ("Clashes erupted on Friday.", "on Friday", "2014-01-03"),
        ("Rebels attacked last Friday.", "last Friday", "2014-01-03"),
        ("Rebels took the hospital on Wednesday.", "on Wednesday", "2014-01-08"),
        ("They met last Wednesday.", "last Wednesday", "2014-01-01"),
        ("Talks resume next Monday.", "next Monday", "2014-01-13"),
        ("The toll rose yesterday.", "yesterday", "2014-01-07"),
        ("Yesterday the toll rose again.", "Yesterday", "2014-01-07"),
        ("Last night rebels shelled the town.", "Last night", "2014-01-07"),
        ("A decision is due on January 17.", "January 17", "2014-01-17"),
        ("The siege began on December 30.", "December 30", "2013-12-30"),
        ("They had been missing since November.", "since November", "2013-11-01"),
        ("The talks opened on January 22, 2014 in Geneva.", "January 22, 2014", "2014-01-22"),
        ("The war began in March 2011.", "in March 2011", "2011-03-01"),
        ("The truce was agreed in early November.", "early November", "2013-11-01"),
        (
            "It has been silent since the end of December.",
            "since the end of December",
            "2013-12-01",
        ),
    ],
)
def test_expressions_resolve_against_the_publication_date(
    text: str, expression: str, expected: str
) -> None:
    assert resolved(text) == [(expression, expected)]


@pytest.mark.parametrize(
    ("text", "expression", "expected", "precision"),
    [
        ("Rebels attacked the base last week.", "last week", "2013-12-30", "week"),
        ("Fighting flared earlier this week.", "earlier this week", "2014-01-06", "week"),
        ("Talks resume next week.", "next week", "2014-01-13", "week"),
        ("Prices rose last month.", "last month", "2013-12-01", "month"),
        ("The truce held earlier this month.", "earlier this month", "2014-01-01", "month"),
        ("The truce collapsed last year.", "last year", "2013-01-01", "year"),
        ("Elections are due later this year.", "later this year", "2014-01-01", "year"),
    ],
)
def test_named_weeks_months_and_years_resolve_to_their_first_day(
    text: str, expression: str, expected: str, precision: str
) -> None:
    (mention,) = times_in(Sentence("a/s0", "a", 0, 0, text), WEDNESDAY)
    assert (mention.text, mention.date, mention.precision) == (
        expression,
        date.fromisoformat(expected),
        precision,
    )


@pytest.mark.parametrize(
    "text", ["A week later the weekly market opened.", "The year-long siege ended."]
)
def test_weeks_and_years_without_last_or_this_are_not_dates(text: str) -> None:
    assert resolved(text) == []


def test_a_sentence_opening_today_is_not_taken_for_a_date() -> None:
    """At the start of a sentence "Today" often means "nowadays"."""
    assert resolved("Today the old town is half empty.") == []


def test_without_a_publication_date_relative_days_are_not_guessed() -> None:
    (mention,) = times_in(Sentence("a/s0", "a", 0, 0, "It began on Friday."), None)
    assert mention.date is None and mention.ambiguity == "no publication date to count from"
    assert resolved("It began on 3 January 2014.", None) == [("3 January 2014", "2014-01-03")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Rebels attacked late Tuesday.", date.min),
        ("Talks resume next week.", date.max),
        ("The vote is due next month.", date.max),
        ("They left yesterday.", date.min),
    ],
)
def test_a_date_beyond_the_calendar_is_left_unresolved(text: str, published: date) -> None:
    """A feed may date an article 9999-12-31: what would fall outside the calendar is not
    dated, and says why, rather than failing the briefing."""
    (mention,) = times_in(Sentence("a/s0", "a", 0, 0, text), published)
    assert mention.date is None and mention.ambiguity == "outside the calendar"


def test_a_day_later_counts_from_the_last_day_the_article_dated() -> None:
    texts = [
        "Talks failed, officials said on Monday.",
        "Rebels attacked on January 3 and a day later they withdrew.",
        "Two days later the town was quiet; the next day shops opened.",
        "Three days earlier, on the first day of the month, roads had closed.",
        "Four days after the attack, a vigil was held.",
    ]
    sentences = [Sentence(f"a/s{i}", "a", i, i, t) for i, t in enumerate(texts)]
    found = [(m.text, m.date.isoformat() if m.date else None) for m in
             dated_mentions(sentences, WEDNESDAY)]  # fmt: skip
    assert found == [
        ("on Monday", "2014-01-06"),
        ("January 3", "2014-01-03"),
        ("a day later", "2014-01-04"),
        ("Two days later", "2014-01-06"),
        ("the next day", "2014-01-07"),
        ("Three days earlier", "2014-01-04"),
    ]
    (alone,) = dated_mentions([Sentence("b/s0", "b", 0, 0, "A day later they left.")], None)
    assert alone.date is None and alone.ambiguity == "no earlier date in the article to count from"


def test_years_and_clock_times_are_not_days() -> None:
    assert resolved("In 2013 the group had 300 members and met at 10:30.") == []


@pytest.mark.parametrize("with_manifest", [True, False])
def test_the_seed_timeline(seeds: Path, with_manifest: bool) -> None:
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    briefing = chorus.brief(files, manifest=seeds / "manifest.jsonl" if with_manifest else None)
    by_day: dict[str, list[str]] = {}
    for entry in briefing.timeline:
        if entry.date:
            by_day.setdefault(entry.date.isoformat(), []).append(entry.text.lower())
    assert any("headquarters" in t or "hospital" in t for t in by_day["2014-01-08"])
    assert any("spokesman" in t for t in by_day["2014-01-07"])
    assert any("friday" in t and ("clashes" in t or "attacks" in t) for t in by_day["2014-01-03"])
    assert any("killed" in t and "prisoners" in t for t in by_day["2014-01-05"])
    dated = [e.date for e in briefing.timeline if e.date]
    assert dated == sorted(dated)
    if with_manifest:
        capture = [e for e in briefing.timeline if e.date == WEDNESDAY and "headquarters" in e.text]
        assert max(len(e.article_ids) for e in capture) >= 3
    else:
        assert any(e.date is None and e.ambiguity for e in briefing.timeline)


def test_when_it_was_said_does_not_date_what_happened() -> None:
    text = "The bridge collapsed on Monday night, officials said on Tuesday."
    assert resolved(text) == [("on Monday night", "2014-01-06")]
    assert resolved("Officials said on Tuesday that the bridge was safe.") == [
        ("on Tuesday", "2014-01-07")
    ]


def test_the_timeline_is_drawn_as_a_chart(seeds: Path) -> None:
    from chorus.render import timeline_chart

    briefing = chorus.brief(sorted(str(p) for p in seeds.glob("*.txt")))
    chart = timeline_chart(briefing.timeline)
    assert chart is not None
    dated = [i for i, e in enumerate(briefing.timeline) if e.date]
    assert sorted(p.entry for p in chart.points) == dated
    xs = [x for x, _ in chart.ticks]
    assert xs == sorted(xs) and all(0 <= p.x <= chart.width for p in chart.points)
    # A day stated by more sources gets a bigger dot.
    by_entry = {p.entry: p.radius for p in chart.points}
    widest = max(dated, key=lambda i: len(briefing.timeline[i].article_ids))
    assert by_entry[widest] == max(by_entry.values())
    assert '<svg class="timeline-chart"' in chorus.render(briefing, "html")


def test_the_cheap_pre_check_never_hides_a_time_expression(seed_sentences: list[str]) -> None:
    from chorus.analyse.times import _EXPRESSION, _MAY_HAVE_TIME

    with_time = [t for t in seed_sentences if _EXPRESSION.search(t)]
    assert len(with_time) > 20
    assert all(_MAY_HAVE_TIME.search(t) for t in with_time)


def test_a_week_and_a_day_that_share_a_date_stay_apart(tmp_path: Path) -> None:
    """ "Last week" is dated by its Monday; that Monday itself is another, finer date."""
    briefing = _brief(
        tmp_path,
        a=("Sea wall breaks\n\nThe old sea wall of the harbour broke last week in a storm.",
           "2014-01-08"),
        b=("Harbour wall\n\nThe old sea wall of the harbour broke on Monday in a storm.",
           "2014-01-01"),
    )  # fmt: skip
    entries = [e for e in briefing.timeline if e.date == date(2013, 12, 30)]
    monday = [(e.precision, e.article_ids) for e in entries]
    assert sorted(monday) == [("day", ("b",)), ("week", ("a",))]


def test_an_undated_articles_month_day_takes_the_year_of_the_other_reports(
    tmp_path: Path,
) -> None:
    """Without its own publication date, an article's "December 30" is dated by the year
    nearest the other reports' latest date; it joins a dated report of the same happening,
    whose date needs no caveat. Its "on Friday" stays undated: other reports do not say on
    which day it was written."""
    briefing = _brief(
        tmp_path,
        a=("Sea wall breaks\n\nThe old sea wall of the harbour broke on December 30 in a storm. "
           "Dozens of homes near the quay were flooded, and the fire brigade pumped water from "
           "cellars all night.", "2014-01-08"),
        b=("Harbour wall\n\nThe old sea wall of the harbour broke on December 30 in a storm. "
           "The mayor visited the harbour on January 2. Repairs begin on Friday, the council "
           "said.", None),
    )  # fmt: skip
    dated = {(e.date, e.article_ids, e.ambiguity) for e in briefing.timeline if e.date}
    assert dated == {
        (date(2013, 12, 30), ("a", "b"), None),
        (date(2014, 1, 2), ("b",), "year from the publication dates of the other reports"),
    }
    (friday,) = [e for e in briefing.timeline if e.date is None]
    assert friday.expression == "on Friday"


def test_without_any_publication_date_a_month_day_stays_undated(tmp_path: Path) -> None:
    briefing = _brief(
        tmp_path,
        a=("Sea wall breaks\n\nThe old sea wall of the harbour broke on December 30.\n\n"
           "Dozens of homes near the quay were flooded.", None),
        b=("Harbour wall\n\nThe mayor visited the harbour on January 2 and spoke to the "
           "crews.", None),
    )  # fmt: skip
    assert [(e.date, e.expression) for e in briefing.timeline] == [
        (None, "December 30"),
        (None, "January 2"),
    ]


def _brief(tmp_path: Path, **articles: tuple[str, str | None]) -> Briefing:
    """The briefing of articles given as name=(text, publication date or None), each from
    the outlet of its name in capitals."""
    lines = []
    for name, (text, published) in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        when = {"published": published} if published else {}
        lines.append(json.dumps({"file": f"{name}.txt", "outlet": name.upper(), **when}))
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return chorus.brief([tmp_path / f"{name}.txt" for name in articles], manifest=manifest)
