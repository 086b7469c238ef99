"""Export: every listed event's briefing written to a folder with an index; exporting again
briefs only what changed, and a cut-short export loses no finished file."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from chorus import NoUsableInput, RawArticle, Store, UsageError, render
from chorus.store import export as export_module
from conftest import EXAMPLES, ROOT, write
from stream import write_stream

EVENTS = ROOT / "tests" / "data" / "events.jsonl"
SCHEMA = json.loads((ROOT / "src" / "chorus" / "schema" / "export.schema.json").read_text())


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "chorus.db", workers=1) as opened:
        opened.ingest([EVENTS, EXAMPLES])
        yield opened


def _index(folder: Path) -> dict:
    index = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    jsonschema.validate(index, SCHEMA)
    return index


def _files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_every_listed_event_is_briefed_as_brief_would(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    report = store.export(folder, words=60)
    events = store.events()
    assert (report.written, report.unchanged, report.removed) == (len(events), 0, 0)
    index = _index(folder)
    assert [e["id"] for e in index["events"]] == [e.id for e in events]
    assert (index["format"], index["words"], index["summariser"]) == ("json", 60, "learned")
    for listed in index["events"]:
        briefing = store.brief(listed["id"], words=60)
        assert (folder / listed["file"]).read_text(encoding="utf-8") == render(briefing, "json")
    assert sorted(_files(folder)) == sorted([e["file"] for e in index["events"]] + ["events.json"])


def test_exporting_again_briefs_only_what_changed(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    store.export(folder, fmt="md", limit=3)
    before = _files(folder)
    again = store.export(folder, fmt="md", limit=3)
    assert (again.written, again.unchanged, again.removed) == (0, 3, 0)
    assert _files(folder) == before
    # A new article joins the top event: only that event's briefing is made again.
    top = store.events(limit=1)[0]
    (first,) = store.raw_articles(top.article_ids[:1])
    report = store.add([RawArticle("later-report", first.text + "\n\nMore news came later.",
                                   "later", title=first.title, outlet="Later Gazette",
                                   published=first.published)])  # fmt: skip
    assert report.events_touched == {top.id}
    changed = store.export(folder, fmt="md", limit=3)
    assert (changed.written, changed.unchanged) == (1, 2)
    assert "Later Gazette" in (folder / f"event-{top.id}.md").read_text(encoding="utf-8")
    # Fewer events, or another format: the files of events no longer listed go.
    fewer = store.export(folder, fmt="md", limit=1)
    assert (fewer.written, fewer.unchanged, fewer.removed) == (0, 1, 2)
    html = store.export(folder, fmt="html", limit=1)
    assert (html.written, html.removed) == (1, 1)
    assert sorted(_files(folder)) == [f"event-{top.id}.html", "events.json", "index.html"]
    assert f'<a href="event-{top.id}.html">' in (folder / "index.html").read_text()
    store.export(folder, fmt="md", limit=1)  # the page lists HTML briefings only
    assert sorted(_files(folder)) == [f"event-{top.id}.md", "events.json"]


def test_the_page_of_an_html_export_escapes_what_articles_say(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> & <b>bold</b>"
    with Store(tmp_path / "hostile.db", workers=1) as store:
        store.add([RawArticle("x", "A storm closed the harbour at Lunde on Friday, officials "
                              "said, and ferries will not sail before Sunday.", "x",
                              title=hostile, outlet=hostile)])  # fmt: skip
        store.export(tmp_path / "out", fmt="html")
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page


def test_a_cut_short_export_keeps_its_finished_files_and_is_finished_by_the_next(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "INDEX_EVERY", 2)
    folder = tmp_path / "out"
    count = len(store.events())

    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.export(folder, progress=stop_after_three)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 4 and names[-1] == "events.json"  # three briefings and the index
    for name in names:
        json.loads((folder / name).read_text(encoding="utf-8"))  # each file whole
    assert len(_index(folder)["events"]) == 2  # the index as last written, after two
    report = store.export(folder)
    assert (report.written, report.unchanged) == (count - 2, 2)
    assert len(_index(folder)["events"]) == count


def test_an_event_that_cannot_be_briefed_is_listed_with_its_reason(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = store.events()[-1].id
    real = export_module.brief_articles

    def brief_articles(raws, words, summariser):  # type: ignore[no-untyped-def]
        if {r.id for r in raws} == set(store.event(refused).article_ids):
            raise NoUsableInput("no usable article in the input (made up for the test)")
        return real(raws, words, summariser)

    monkeypatch.setattr(export_module, "brief_articles", brief_articles)
    folder = tmp_path / "out"
    report = store.export(folder)
    assert [p.origin for p in report.problems] == [f"event {refused}"]
    (listed,) = [e for e in _index(folder)["events"] if e["id"] == refused]
    assert listed["file"] is None and "made up for the test" in listed["problem"]
    assert store.export(folder).unchanged == len(store.events())  # not tried again


def test_workers_write_the_same_files_as_one_process(store: Store, tmp_path: Path) -> None:
    store.export(tmp_path / "one", fmt="text")
    with Store(store.path, workers=2) as parallel:
        parallel.export(tmp_path / "two", fmt="text")
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_folder_with_other_files_or_a_bad_index_is_refused(store: Store, tmp_path: Path) -> None:
    mine = write(tmp_path / "notes" / "event-1.json", "my own notes")
    with pytest.raises(UsageError, match="holds files but no Chorus export"):
        store.export(mine.parent)
    assert mine.read_text() == "my own notes"
    with pytest.raises(UsageError, match="is not a folder"):
        store.export(mine)
    broken = write(tmp_path / "broken" / "events.json", '{"events": [{"id": 1}]}')
    with pytest.raises(UsageError, match="is not the index of a Chorus export"):
        store.export(broken.parent)
    with pytest.raises(UsageError, match="unknown format 'pdf'"):
        store.export(tmp_path / "pdf", fmt="pdf")
    assert not (tmp_path / "pdf").exists()


def test_the_command_exports_and_reports(run_cli, store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    result = run_cli("export", str(folder), "--db", str(store.path), "--limit", "2")
    assert result.code == 0, result.err
    assert result.out.startswith("2 briefings written, 0 unchanged, 0 removed, 0 not briefed")
    assert len(_index(folder)["events"]) == 2
    missing = run_cli("export", str(folder), "--db", str(tmp_path / "none.db"))
    assert missing.code == 2 and "no store at" in missing.err
    assert not (tmp_path / "none.db").exists()
    under_a_file = write(tmp_path / "a-file", "text") / "out"
    unwritable = run_cli("export", str(under_a_file), "--db", str(store.path))
    assert unwritable.code == 4 and "cannot make the folder" in unwritable.err


def test_a_killed_export_leaves_whole_files_and_is_finished_by_the_next(tmp_path: Path) -> None:
    """A real `chorus export` is killed with SIGKILL once it has written more than one
    index update's worth of briefings; every file left is whole, and the same command
    finishes the work without making those briefings again."""
    db = tmp_path / "crawl.db"
    with Store(db, workers=1) as store:
        store.ingest([write_stream(tmp_path / "crawl.jsonl", 400)])
        count = store.counts()["events"]
    assert count > 2 * export_module.INDEX_EVERY
    folder = tmp_path / "out"
    command = [sys.executable, "-m", "chorus.cli", "export", str(folder), "--db", str(db)]
    process = subprocess.Popen([*command, "--workers", "1"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _briefings_in(folder) <= export_module.INDEX_EVERY and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the export finished before it was killed"
    left = _briefings_in(folder)
    assert export_module.INDEX_EVERY < left < count
    for path in folder.glob("event-*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    indexed = len(_index(folder)["events"])
    assert indexed >= export_module.INDEX_EVERY
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.startswith(f"{count - indexed} briefings written, {indexed} unchanged")
    assert _briefings_in(folder) == len(_index(folder)["events"]) == count
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]


def _briefings_in(folder: Path) -> int:
    return len(list(folder.glob("event-*.json"))) if folder.is_dir() else 0
