"""Export: the briefings of many stored events, written to a folder, one file an event, with
an index (``events.json``, ``schema/export.schema.json``).

A briefing is a function of its event's articles alone, so the briefings are made and
rendered on the store's worker pool (local processes, or a Dask cluster's workers); the
store is read, and the files written, in this process. Exporting to the same folder again
brings it up to date: an event is briefed again only when its articles or the settings
changed, and the files of events that left the selection are removed. Each file is written
whole (to a temporary name, then renamed), so a killed export leaves no half-written file
and running it again finishes the work.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from .. import __version__
from ..briefing import brief_articles
from ..errors import ChorusError, OutputError, UsageError
from ..records import Event, Problem, RawArticle, Severity
from ..render import RENDERERS, render
from ..render.events import events_document
from ..render.html import render_export_index

INDEX_NAME = "events.json"
PAGE_NAME = "index.html"
"""With HTML briefings, a page listing them."""
EXPORT_SCHEMA_VERSION = "1.1"
EXECUTOR_IN_FLIGHT = 64
"""Briefings sent ahead to a given executor, whose cluster may have many workers; each
holds one event's articles until it is written."""
SUFFIXES = {"text": "txt", "md": "md", "json": "json", "html": "html"}
_EVENT_FILE = re.compile(rf"event-[0-9]+\.(?:{'|'.join(SUFFIXES.values())})")
_PARTIAL = re.compile(rf"\.(?:{_EVENT_FILE.pattern}|events\.json|index\.html)\.partial")
INDEX_EVERY = 50
"""Briefings written between updates of the index while an export runs."""
ENTRY_FIELDS = ("file", "key", "problem")
"""What the index adds to an event's listing: its file (None when it has no briefing), what
the file was made of, and why it has no briefing."""
Progress = Callable[[int, int], None]
"""Called with (briefings done, briefings to make) after each one."""


@dataclass
class ExportReport:
    written: int = 0
    """Briefings made and written."""
    unchanged: int = 0
    """Events whose file was already up to date."""
    removed: int = 0
    """Files of events no longer in the selection."""
    problems: list[Problem] = field(default_factory=list)
    """Events that could not be briefed (none of their articles usable)."""

    def __str__(self) -> str:
        return (
            f"{self.written} briefings written, {self.unchanged} unchanged, "
            f"{self.removed} removed, {len(self.problems)} not briefed"
        )


class Settings(NamedTuple):
    """How every briefing of an export is made."""

    format: str
    words: int
    summariser: str


@dataclass(frozen=True)
class _Task:
    event: Event
    key: str
    file: str


def export(
    events: Sequence[Event],
    articles_of: Callable[[Event], list[RawArticle]],
    folder: Path,
    pool: Executor | None,
    settings: Settings,
    *,
    in_flight: int,
    progress: Progress | None = None,
) -> ExportReport:
    """Write the briefings of ``events`` (whose articles ``articles_of`` reads) to ``folder``
    as ``event-ID.SUFFIX`` files and the index, making them on ``pool`` (in this process
    when None) with at most ``in_flight`` waiting for a worker. See ``Store.export``."""
    RENDERERS.get(settings.format)  # an unknown format is refused before anything is written
    if settings.format not in SUFFIXES:
        raise UsageError(f"cannot export format {settings.format!r} (no file suffix for it)")
    previous = _start(folder, settings)
    report = ExportReport()
    # The index entry of each event whose file is up to date (or that has no briefing).
    done: dict[int, dict[str, Any]] = {}
    tasks = []
    for event in events:
        key = _key(event, settings)
        file = f"event-{event.id}.{SUFFIXES[settings.format]}"
        before = previous.get(event.id, {})
        briefed = before.get("file") == file and (folder / file).is_file()
        if before.get("key") == key and (briefed or before["problem"] is not None):
            done[event.id] = before
            report.unchanged += 1
        else:
            tasks.append(_Task(event, key, file))
    made = _briefings(tasks, articles_of, pool, in_flight, settings)
    for count, (task, document) in enumerate(made, start=1):
        if isinstance(document, Problem):
            done[task.event.id] = {"file": None, "key": task.key, "problem": document.message}
            report.problems.append(replace(document, origin=f"event {task.event.id}"))
        else:
            _write_whole(folder / task.file, document)
            done[task.event.id] = {"file": task.file, "key": task.key, "problem": None}
            report.written += 1
        if count % INDEX_EVERY == 0:  # a killed export then keeps most of its work
            _write_index(folder, events, done, settings)
        if progress:
            progress(count, len(tasks))
    kept = {entry["file"] for entry in done.values()}
    for path in folder.iterdir():
        if _EVENT_FILE.fullmatch(path.name) and path.name not in kept:
            path.unlink()
            report.removed += 1
    _write_index(folder, events, done, settings)
    return report


def _start(folder: Path, settings: Settings) -> dict[int, dict[str, Any]]:
    """The entries of the folder's earlier export, by event id (none for a new folder).
    A folder that holds other things is refused, so that an export never mixes with, or
    removes, anything but its own files; a new one gets an empty index at once, which
    marks it as an export's if this one is cut short."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")
    index = folder / INDEX_NAME
    if not index.is_file():
        if folder.is_dir() and any(folder.iterdir()):
            raise UsageError(
                f"{folder} holds files but no Chorus export ({INDEX_NAME}): "
                "give a new or empty folder"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot make the folder {folder}: {error.strerror}") from None
        _write_index(folder, [], {}, settings)
        return {}
    try:
        earlier = json.loads(index.read_text(encoding="utf-8"))
        entries = {
            int(e["id"]): {name: e[name] for name in ENTRY_FIELDS} for e in earlier["events"]
        }
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as error:
        raise UsageError(f"{index} is not the index of a Chorus export ({error})") from None
    for leftover in folder.iterdir():
        if _PARTIAL.fullmatch(leftover.name):
            leftover.unlink()
    return entries


def _key(event: Event, settings: Settings) -> str:
    """What a briefing file is made of: the event's articles (stored articles never change)
    and the settings, with the version of Chorus that made it."""
    made_of = [__version__, *settings, sorted(event.article_ids)]
    return hashlib.sha256(json.dumps(made_of).encode()).hexdigest()


def _briefings(
    tasks: Sequence[_Task],
    articles_of: Callable[[Event], list[RawArticle]],
    pool: Executor | None,
    in_flight: int,
    settings: Settings,
) -> Iterator[tuple[_Task, str | Problem]]:
    """Each task with its rendered briefing (or why it has none), in order; with a pool,
    at most ``in_flight`` are submitted and not yet taken, so that memory stays bounded
    however many events there are."""
    if pool is None:
        for task in tasks:
            yield task, rendered_briefing(articles_of(task.event), *settings)
        return
    waiting: deque[tuple[_Task, Future[str | Problem]]] = deque()
    for task in tasks:
        waiting.append((task, pool.submit(rendered_briefing, articles_of(task.event), *settings)))
        if len(waiting) >= in_flight:
            done, future = waiting.popleft()
            yield done, future.result()
    while waiting:
        done, future = waiting.popleft()
        yield done, future.result()


def rendered_briefing(
    raws: Sequence[RawArticle], fmt: str, words: int, summariser: str
) -> str | Problem:
    """One event's briefing as a document; a problem when none of its articles is usable.
    Run by the workers."""
    try:
        return render(brief_articles(raws, words, summariser), fmt)
    except ChorusError as error:
        return Problem("", str(error), Severity.SKIPPED)


def _write_index(
    folder: Path, events: Sequence[Event], done: dict[int, dict[str, Any]], settings: Settings
) -> None:
    """The index lists the events whose entry is done, in the order given."""
    listed = events_document([e for e in events if e.id in done])
    for listing in listed["events"]:
        listing.update(done[listing["id"]])
    index = {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "generator": listed["generator"],
        **settings._asdict(),
        "events": listed["events"],
    }
    _write_whole(folder / INDEX_NAME, json.dumps(index, ensure_ascii=False, indent=2) + "\n")
    if settings.format == "html":  # the briefings can then be browsed as they are
        _write_whole(folder / PAGE_NAME, render_export_index(index))
    else:
        (folder / PAGE_NAME).unlink(missing_ok=True)


def _write_whole(path: Path, text: str) -> None:
    """Write ``path`` under a temporary name first, so that it is never seen half-written."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
