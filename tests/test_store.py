"""The store: articles kept once, wire copies credited, events incremental, schema
versioned, and an ingest killed at any moment loses nothing committed."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest

from chorus import RawArticle, Store, UsageError
from chorus.dedup import CopyIndex
from chorus.render.events import render_events
from chorus.store.copies import copy_candidates
from chorus.store.schema import MIGRATIONS
from conftest import EXAMPLES, ROOT, SHARED, write
from stream import article, write_stream

EVENTS = ROOT / "tests" / "data" / "events.jsonl"
EVENTS_SCHEMA = json.loads((ROOT / "src/chorus/schema/events.schema.json").read_text())


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "chorus.db") as opened:
        yield opened


def event_sets(store: Store) -> list[set[str]]:
    return sorted((set(e.article_ids) for e in store.events()), key=sorted)


def test_articles_are_grouped_into_ranked_events_with_their_ids(store: Store) -> None:
    report = store.ingest([EVENTS])
    assert report.added == 9 and not report.problems
    events = store.events()
    assert [e.sources for e in events] == [3, 3, 2, 1]
    assert event_sets(store) == [
        {"ferry-coastline", "ferry-islandvoice", "ferry-portnews"},
        {"ferry-later"},
        {"final-gazette", "final-sportsdesk"},
        {"rates-capital", "rates-ledger", "rates-markets"},
    ]
    ferry = next(e for e in events if "ferry-portnews" in e.article_ids)
    assert ferry.title.startswith("Ferry fire off Port Aldine")
    assert (str(ferry.first_published), str(ferry.last_published)) == ("2025-06-02", "2025-06-03")


def test_an_event_says_how_many_of_its_articles_are_undated(store: Store) -> None:
    """The span of an event's dates says nothing of its undated articles, so the listing
    says how many there are."""
    records = [json.loads(line) for line in EVENTS.read_text().splitlines()]
    undated = dict(records[0], id="ferry-undated", outlet="Undated Wire")
    undated["text"] += "\n\nThe wire will update this report as more details come in."
    del undated["published"]
    store.ingest([EVENTS, write(store.path.parent / "undated.jsonl", _jsonl([undated]))])
    ferry = next(e for e in store.events() if "ferry-undated" in e.article_ids)
    assert (ferry.undated, str(ferry.first_published)) == (1, "2025-06-02")
    assert all(e.undated == 0 for e in store.events() if e.id != ferry.id)

    listing = render_events(store.events())
    assert "2025-06-02 to 2025-06-03, 1 undated" in listing
    document = json.loads(render_events(store.events(), "json"))
    jsonschema.validate(document, EVENTS_SCHEMA)
    assert [e["undated"] for e in document["events"] if "ferry-undated" in e["article_ids"]] == [1]


def test_ingesting_again_adds_nothing(store: Store) -> None:
    store.ingest([EVENTS])
    before = store.counts()
    again = store.ingest([EVENTS])
    assert (again.added, again.already_stored) == (0, 9)
    assert store.counts() == before


def test_a_later_ingest_joins_existing_events_without_reclustering(store: Store) -> None:
    records = [json.loads(line) for line in EVENTS.read_text().splitlines()]
    first = [r for r in records if r["id"] not in ("ferry-portnews", "rates-capital")]
    later = [r for r in records if r["id"] in ("ferry-portnews", "rates-capital")]
    store.ingest([write(store.path.parent / "first.jsonl", _jsonl(first))])
    ids_before = {e.id: set(e.article_ids) for e in store.events()}
    store.ingest([write(store.path.parent / "later.jsonl", _jsonl(later))])
    after = {e.id: set(e.article_ids) for e in store.events()}
    assert set(after) == set(ids_before)
    for event_id, members in ids_before.items():
        assert members <= after[event_id]
    assert any("ferry-portnews" in m and "ferry-coastline" in m for m in after.values())
    assert any("rates-capital" in m and "rates-ledger" in m for m in after.values())


FLOOD = (
    "Flood wrecks bridge\n\nThe river flood destroyed the old stone bridge in the valley town"
    " of Marren after three days of heavy rain. Farmers lost cattle and crops as brown water"
    " covered the fields, and rescuers used boats to reach stranded families.",
    "Marren bridge lost to flood\n\nHeavy rain swelled the river until the flood swept away"
    " the stone bridge at Marren, a valley town. Rescuers in boats reached families stranded"
    " on roofs while farmers counted dead cattle in the drowned fields.",
)
COUNCIL = (
    "Marren council after the flood\n\nAfter the river flood destroyed the stone bridge at"
    " Marren and farmers lost cattle and crops in the fields, the valley town council met on"
    " Tuesday to argue over the school budget, the new public library and parking permits.",
    "Library plan for Marren\n\nMarren's council argued for hours over the school budget and"
    " the new public library on Tuesday, and the mayor said a vote on the library, the budget"
    " and parking permits would come next month.",
)


def _flood_then_council(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """The flood reports, then a council report that mentions the flood (alone, it joins
    the flood event) with a wire copy, then a second council report: each article's event
    before and after the second council report."""
    store.add([RawArticle(f"flood-{n}", text, f"f{n}") for n, text in enumerate(FLOOD)])
    copy = COUNCIL[0] + "\n\nAdvertisement\n\nShare this article"
    store.add([RawArticle("council-0", COUNCIL[0], "c0"), RawArticle("reprint", copy, "r")])
    before = {a: e.id for e in store.events() for a in e.article_ids}
    store.add([RawArticle("council-1", COUNCIL[1], "c1")])
    return before, {a: e.id for e in store.events() for a in e.article_ids}


def test_a_recent_article_moves_when_its_partner_arrives(store: Store) -> None:
    before, after = _flood_then_council(store)
    assert len(set(before.values())) == 1  # for want of a partner, it joined the flood
    (group,) = store.copy_groups()
    assert group.members == ("council-0", "reprint")
    flood = before["flood-0"]
    assert after["flood-0"] == after["flood-1"] == flood  # the flood event keeps its id
    assert after["council-0"] == after["council-1"] == after["reprint"] != flood
    counts = store._db.execute("SELECT id, articles FROM events ORDER BY id").fetchall()
    assert counts == [(flood, 2), (after["council-0"], 3)]  # none left empty or miscounted


def test_older_articles_never_move(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("chorus.store.ingest.PROVISIONAL_ARTICLES", 0)
    before, after = _flood_then_council(store)
    assert set(after.values()) == set(before.values())  # the council joined the flood too


def test_only_events_that_exist_are_reported_and_gone_ones_lead_on(tmp_path: Path) -> None:
    """Batches of Multi-News reports, where provisional articles regroup: an event made by
    one batch can be emptied by the next, and must not be counted as new or changed."""
    data = SHARED / "data" / "multinews" / "validation.jsonl"
    if not data.is_file():
        pytest.skip("../shared/data/multinews is not present")
    with Store(tmp_path / "c.db", batch_size=64) as store:
        report = store.ingest([data])
        stored = {e.id for e in store.events(limit=10_000)}
        assert report.new_events == len(stored)
        assert report.events_touched == stored
        (empty,) = store._db.execute("SELECT count(*) FROM events WHERE articles = 0").fetchone()
        assert empty == 0
        # An event that was emptied leads to the event that took its articles.
        merges = store._db.execute("SELECT event_id, into_id FROM event_merges").fetchall()
        assert merges
        for gone, into in merges:
            assert gone not in stored and into in stored
            assert store.event(gone).id == into


def test_a_wire_copy_is_credited_and_counted_once(store: Store) -> None:
    store.ingest([EXAMPLES])
    (event,) = store.events()
    assert len(event.article_ids) == 4 and event.copies == 1
    assert event.sources == 3 and len(event.outlets) == 4
    (group,) = store.copy_groups()
    assert group.members == ("harbour-tribune", "northern-post")
    briefing = store.brief(event.id)
    assert {s.article_id: s.copy_of for s in briefing.sources}["northern-post"] is not None


def test_an_ingest_looks_up_only_the_stored_articles_it_could_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's copy index holds only the stored articles that share an LSH band with its
    articles (and, for a dated article, are undated or published within a week of it), and
    still finds a dated and an undated copy, and no copy of an article weeks older."""
    db = tmp_path / "crawl.db"
    crawl = write_stream(tmp_path / "crawl.jsonl", 90)  # dated over nine months
    with Store(db, workers=1) as store:
        store.ingest([crawl])
    original = article(40)  # published 2025-05-10
    indexed: list[int] = []

    def counted(db: sqlite3.Connection, prints: list) -> CopyIndex:
        index = copy_candidates(db, prints)
        indexed.append(len(index))
        return index

    monkeypatch.setattr("chorus.store.ingest.copy_candidates", counted)

    def republished(n: int, published: str | None) -> RawArticle:
        text = f"Share this article\n\n{original['text']}\n\nReprint number {n}."
        return RawArticle(
            f"reprint-{n}",
            text,
            f"reprint#{n}",
            published=published and date.fromisoformat(published),
        )

    with Store(db, workers=1) as store:
        dated = store.add([republished(1, "2025-05-12")])
        late = store.add([republished(2, "2025-05-30")])  # weeks later: a re-run, not a copy
        undated = store.add([republished(3, None)])
    with Store(db, workers=1) as store:  # the calendar's last day has no days after it
        assert store.add([republished(4, "9999-12-31")]).added == 1
    assert (dated.copies, late.copies, undated.copies) == (1, 0, 1)
    # Of the 90 articles of random words, the original alone; none within a week of the
    # late reprint; the original and both reprints for the undated one.
    assert indexed[:3] == [1, 0, 3]
    (group,) = [g for g in Store(db).copy_groups() if "reprint-3" in g.members]
    assert set(group.members) >= {"reprint-1", "reprint-3"}


def test_a_long_dated_crawl_lets_go_of_days_it_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond ``EVENTS_HELD`` the events held let go of what lies outside the dates the
    batch at hand needs, so a crawl in date order keeps only what is around where it has
    got to. The events are those found when holding everything, and a copy of an article
    of a day long passed is still found."""
    monkeypatch.setattr("chorus.store.ingest.PROVISIONAL_ARTICLES", 4)
    first = date(2024, 1, 1)
    crawl = [
        RawArticle(f"day-{n}", article(n)["text"], f"day#{n}",
                   published=first + timedelta(days=10 * n))
        for n in range(40)
    ]  # fmt: skip
    with Store(tmp_path / "everything.db", batch_size=5, workers=1) as store:
        store.add(crawl)
        all_held = event_sets(store)
    monkeypatch.setattr("chorus.store.held.EVENTS_HELD", 5)
    with Store(tmp_path / "long.db", batch_size=5, workers=1) as store:
        store.add(crawl)
        events = store._ingest()._events
        assert event_sets(store) == all_held
        reprint = RawArticle(
            "reprint", f"Share this article\n\n{article(0)['text']}\n\nReprinted.", "reprint",
            published=first + timedelta(days=2),
        )  # fmt: skip
        report = store.add([reprint])
        (group,) = store.copy_groups()
    assert events is not None and len(events.states) <= 5 + 5 + 4  # and its placements
    assert len(all_held) >= 30
    assert report.copies == 1 and set(group.members) == {"day-0", "reprint"}


def test_a_dated_ingest_loads_only_the_events_it_could_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article joins only an event within the time window of it, so the next ingest of
    dated articles into a store loads the events around them (and around the articles it
    places again); an undated article could join any, and loads them all. The events are
    those that offering every event gives."""
    monkeypatch.setattr("chorus.store.ingest.PROVISIONAL_ARTICLES", 4)
    windowed = _ingest_counting_events(tmp_path / "windowed.db", monkeypatch, windowed=True)
    everything = _ingest_counting_events(tmp_path / "all.db", monkeypatch, windowed=False)
    events, (offered, held), stored_before_undated, held_after_undated = windowed
    assert stored_before_undated >= 30  # ten days apart: most articles are events of their own
    assert offered <= 6  # the events of the last four articles' days and the newcomer's
    assert held <= offered + 1  # and the newcomer's own
    assert held_after_undated >= stored_before_undated
    assert events == everything[0]


def _ingest_counting_events(
    db: Path, monkeypatch: pytest.MonkeyPatch, *, windowed: bool
) -> tuple[list[set[str]], tuple[int, int], int, int]:
    """Articles ten days apart; then, in the next ingest, one dated after them and one
    undated, clustering offered the events it could join (``windowed``) or every event.
    Returns the events; how many events the dated article was offered, and how many the
    ingest then held; how many events there were before the undated article, and how many
    the ingest held after it."""
    with Store(db, workers=1) as store:
        store.add(
            [
                RawArticle(f"day-{n}", article(n)["text"], f"day#{n}",
                           published=date(2024, 1, 1) + timedelta(days=10 * n))
                for n in range(40)
            ]
        )  # fmt: skip
    with Store(db, workers=1) as store:
        ingester = store._ingest()
        load, offered = ingester._events_joinable, []

        def counted(span: tuple[date, date] | None) -> list:
            events = load(span if windowed else None)
            offered.append(len(events))
            return events

        monkeypatch.setattr(ingester, "_events_joinable", counted)
        store.add([RawArticle("late", article(41)["text"], "late", published=date(2025, 2, 4))])
        assert ingester._events is not None
        held = len(ingester._events.states)
        stored_before_undated = len(store.events())
        store.add([RawArticle("undated", article(42)["text"], "undated")])
        held_after_undated = len(ingester._events.states)
        return event_sets(store), (offered[0], held), stored_before_undated, held_after_undated


def test_articles_dated_at_the_calendars_ends_are_stored(store: Store) -> None:
    text = json.loads(EVENTS.read_text().splitlines()[0])["text"]
    for day in (date.max, date.min):
        dated = RawArticle(f"dated-{day}", f"{text} It ended late Tuesday, {day}.", "edge",
                           published=day)  # fmt: skip
        report = store.add([dated])
        assert report.added == 1 and not report.problems
    events = store.events()
    assert {e.first_published for e in events} == {date.max, date.min}
    for event in events:  # "late Tuesday" is beyond the calendar on one side or the other
        assert store.brief(event.id).timeline


def test_a_longer_copy_arriving_later_becomes_canonical(store: Store) -> None:
    text = json.loads(EVENTS.read_text().splitlines()[0])["text"]
    short = " ".join(text.split(". ")[:-1]) + "."
    store.add([RawArticle("short", short, "a", outlet="Wire Reprint")])
    store.add([RawArticle("full", text, "b", outlet="Coastline Herald")])
    (group,) = store.copy_groups()
    assert group.canonical == "full" and group.copies == ("short",)
    (event,) = store.events()
    assert event.copies == 1 and set(event.article_ids) == {"full", "short"}


def test_a_repeat_read_while_its_twin_is_committed_is_stored_once(tmp_path: Path) -> None:
    """Batches are committed while the input is still being read; an article repeated
    after a commit is already stored, not stored twice."""
    lines = [json.dumps(article(n)) for n in range(3)]
    again = json.dumps({**article(0), "id": "the-same-again"})
    repeated = [lines[0], "{bad", lines[1], again, lines[2]]
    crawl = write(tmp_path / "crawl.jsonl", "\n".join(repeated))
    with Store(tmp_path / "repeat.db", batch_size=2, workers=1) as store:
        report = store.ingest([crawl])
    assert (report.added, report.already_stored) == (3, 1)
    _assert_consistent(tmp_path / "repeat.db")


def test_a_taken_id_with_new_text_is_renamed_not_lost(store: Store) -> None:
    records = [json.loads(line) for line in EVENTS.read_text().splitlines()]
    store.add([RawArticle("same-id", records[0]["text"], "one")])
    report = store.add([RawArticle("same-id", records[3]["text"], "two")])
    assert report.added == 1
    assert "stored as 'same-id-2'" in str(report.problems[0])
    assert store.raw_articles(["same-id-2"])[0].text == records[3]["text"]


def test_since_keeps_recent_events(store: Store) -> None:
    store.ingest([EVENTS])
    from datetime import date

    recent = store.events(since=date(2025, 7, 1))
    assert [e.article_ids for e in recent] == [("ferry-later",)]
    assert len(store.events(limit=2)) == 2


def test_unusable_articles_are_reported_and_not_stored(store: Store) -> None:
    report = store.add(
        [
            RawArticle("empty", "Share this\n\nAdvertisement", "furniture"),
            RawArticle("german", "Die Regierung hat am Montag beschlossen, die Steuern "
                       "zu senken, wie der Minister in Berlin mitteilte.", "de"),
        ]
    )  # fmt: skip
    assert report.added == 0 and len(report.problems) == 2
    assert store.counts()["articles"] == 0


def test_unknown_event_and_article_are_clear_errors(store: Store) -> None:
    with pytest.raises(UsageError, match="no event 42"):
        store.brief(42)
    with pytest.raises(UsageError, match="no article"):
        store.raw_articles(["nope"])


def test_the_store_uses_wal_and_a_versioned_schema(store: Store, tmp_path: Path) -> None:
    store.ingest([EVENTS])
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS),)
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(UsageError, match="newer than this Chorus"):
        Store(store.path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.db", b"these are not the droids" * 100)
    with pytest.raises(UsageError, match="not a usable Chorus store"):
        Store(path)


def test_killing_an_ingest_midway_loses_nothing_committed(tmp_path: Path) -> None:
    """A real `chorus ingest` is killed with SIGKILL while it writes; the store must be
    consistent, and ingesting again completes it with every article exactly once."""
    articles = write_stream(tmp_path / "stream.jsonl", 1200)
    db = tmp_path / "crash.db"
    command = [
        sys.executable, "-m", "chorus.cli", "ingest", str(articles), "--db", str(db),
        "--batch-size", "25",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    committed = 0
    deadline = time.monotonic() + 120
    while committed < 100 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        committed = _count(db)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest finished before it was killed"
    survived = _count(db)
    assert 100 <= survived < 1200
    _assert_consistent(db)
    # The killed ingest's worker processes leave too, rather than wait for work forever.
    deadline = time.monotonic() + 10
    while _processes_using(db) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _processes_using(db)

    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert f"{1200 - survived} articles added" in finished.stdout
    _assert_consistent(db)
    with sqlite3.connect(db) as connection:
        ids = [i for (i,) in connection.execute("SELECT id FROM articles")]
    assert sorted(ids) == [f"stream-{n:05d}" for n in range(1200)]


def test_a_feed_on_standard_input_is_committed_as_it_arrives(tmp_path: Path) -> None:
    """`chorus ingest -` stores what has come once the feed goes quiet, while it is still
    open, though far less than a batch has come."""
    db = tmp_path / "feed.db"
    command = [sys.executable, "-m", "chorus.cli", "ingest", "-", "--db", str(db)]
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    feed = [json.dumps(article(n)) + "\n" for n in range(4)]
    try:
        process.stdin.write("".join(feed[:2]).encode())
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while _count(db) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _count(db) == 2, "the first batch was not committed while the feed was open"
        process.stdin.write("".join(feed[2:]).encode())
    finally:
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert b"4 articles added" in out
    _assert_consistent(db)


def test_a_feed_prepared_by_workers_is_stored_as_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = "".join(json.dumps(article(n)) + "\n" for n in range(120)).encode()
    stored = []
    for workers in (1, 2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed)))
        with Store(tmp_path / f"feed{workers}.db", batch_size=50, workers=workers) as store:
            report = store.ingest(["-"])
            assert report.added == 120, report.problems
            stored.append(event_sets(store))
    assert stored[0] == stored[1]


def test_records_from_a_python_iterator_are_stored_as_they_come(tmp_path: Path) -> None:
    with Store(tmp_path / "iter.db", batch_size=2, workers=1) as store:
        stored_before: list[int] = []

        def records():  # type: ignore[no-untyped-def]
            for n in range(6):
                stored_before.append(store.counts()["articles"])
                record = article(n)
                yield RawArticle(record["id"], record["text"], f"iter#{n}", outlet="X")

        report = store.ingest(records())
    assert report.added == 6
    assert stored_before[-1] >= 4, "earlier batches were not committed while reading"


def test_a_large_json_lines_crawl_is_read_line_by_line(tmp_path: Path) -> None:
    """The size limit applies to each line of a JSON Lines input, not to the whole file:
    a line over it is reported and skipped, and the others are stored."""
    crawl = write_stream(tmp_path / "crawl.jsonl", 30)
    lines = crawl.read_text().splitlines(keepends=True)
    oversized = json.dumps({"id": "huge", "text": "Word. " * 2000}) + "\n"
    crawl.write_text("".join(lines[:10]) + oversized + "".join(lines[10:]))
    limit = max(len(line.encode()) for line in lines)
    assert crawl.stat().st_size > 10 * limit
    with Store(tmp_path / "crawl.db") as store:
        report = store.ingest([crawl], max_bytes=limit)
        assert report.added == 30
        (problem,) = report.problems
        assert problem.origin.endswith("crawl.jsonl:11") and "over the limit" in problem.message


def _processes_using(db: Path) -> list[int]:
    """Processes whose command line names the store (the ingest and its forked workers)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if str(db).encode() in command and int(entry.name) != os.getpid():
            found.append(int(entry.name))
    return found


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _assert_consistent(db: Path) -> None:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        orphans = connection.execute(
            "SELECT count(*) FROM articles WHERE event_id NOT IN (SELECT id FROM events)"
        ).fetchone()[0]
        assert orphans == 0
        mismatched = connection.execute(
            "SELECT count(*) FROM events e WHERE articles !="
            " (SELECT count(*) FROM articles a WHERE a.event_id = e.id)"
        ).fetchone()[0]
        assert mismatched == 0
        (documents,) = connection.execute(
            "SELECT value FROM counters WHERE name = 'documents'"
        ).fetchone()
        (originals,) = connection.execute(
            "SELECT count(*) FROM articles WHERE vector != x''"
        ).fetchone()
        assert documents == originals


def _jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_an_older_store_is_migrated_and_its_articles_searchable(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store(db) as store:
        store.ingest([EVENTS])
    # Make it a version-1 store: no search index, no record of merged events, no index of
    # publication dates, of event spans or of copy bands yet.
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TABLE article_search")
        connection.execute("DROP TABLE event_merges")
        connection.execute("DROP INDEX articles_metadata_date")
        connection.execute("DROP INDEX events_span")
        connection.execute("DROP TABLE copy_bands")
        connection.execute("PRAGMA user_version = 1")
    with Store(db) as store:
        found = store.events(query="lifeboats ferry")
        assert [set(e.article_ids) for e in found] == [
            {"ferry-coastline", "ferry-islandvoice", "ferry-portnews"}
        ]
        assert store.count_events(query='Ravik "rate') == 1  # quotes are not search syntax
        assert store.events(query="nothing-like-this") == []
        # The articles stored before the bands were indexed are found as copies.
        (original,) = store.raw_articles(["ferry-portnews"])
        reprint = RawArticle("reprint", f"Advertisement\n\n{original.text}", "reprint")
        assert store.add([reprint]).copies == 1


def test_an_untitled_events_title_is_a_lead_that_can_open_it(tmp_path: Path) -> None:
    """Without titles, an event is named by the opening of the lead closest to its centroid
    that can stand first: not one whose "it" points back to nothing."""
    storm = (
        "storm Keldor harbour ferry pier flooded boats sunk coast guard rescue crews "
        "fishermen missing"
    )
    lines = [
        {"id": "a", "text": f"It was the worst night the harbour has seen. The {storm} "
         f"overnight. The {storm} again by morning. Crews searched the {storm} all day."},
        {"id": "b", "text": f"A storm hit Keldor harbour on Monday night. The {storm} "
         "during the night."},
    ]  # fmt: skip
    source = write(tmp_path / "in.jsonl", "\n".join(json.dumps(line) for line in lines))
    with Store(tmp_path / "chorus.db") as store:
        store.ingest([source])
        (event,) = store.events()
    assert event.title.startswith("A storm hit Keldor harbour")
