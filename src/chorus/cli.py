"""The ``chorus`` command line. It sits on top of the pipeline and only translates
arguments, outputs and errors; exit codes are documented in the README.

Each command imports what it runs when it runs: the pipeline's libraries take over a
second to import, which ``chorus --help`` and ``chorus events`` need not pay."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Executor
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .errors import ChorusError, ClusterLost, NoUsableInput, OutputError, UsageError
from .read.decode import DEFAULT_MAX_BYTES
from .records import Severity
from .render import RENDERERS, render
from .store import DEFAULT_BATCH, DEFAULT_PATH, Store
from .summarise import DEFAULT_SUMMARISER, DEFAULT_WORDS, SUMMARISERS

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_INTERNAL = 70
CLUSTER_TIMEOUT_SECONDS = 10
_DB_HELP = f"the store, an SQLite file (default {DEFAULT_PATH})"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chorus",
        description="Turn many outlets' articles about one event into one attributed briefing.",
    )
    parser.add_argument("--version", action="version", version=f"chorus {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    brief_cmd = commands.add_parser(
        "brief",
        help="summarise articles about one event, each sentence naming its sources",
        description="Read articles (.txt, .html, .jsonl, Multi-News .jsonl, folders, or - for "
        "standard input) and print a briefing.",
    )
    brief_cmd.add_argument(
        "articles", nargs="*", metavar="ARTICLE", help="file, folder, or - for standard input"
    )
    brief_cmd.add_argument(
        "--event", type=_positive_int, metavar="ID", help="brief a stored event instead"
    )
    brief_cmd.add_argument("--db", type=Path, default=Path(DEFAULT_PATH), help=_DB_HELP)
    brief_cmd.add_argument(
        "--format", choices=RENDERERS.names(), default="text", help="output format (default text)"
    )
    brief_cmd.add_argument("-o", "--output", type=Path, help="write to this file, not stdout")
    _add_reading_options(brief_cmd)
    _add_briefing_options(brief_cmd)
    brief_cmd.add_argument(
        "--no-figures",
        action="store_true",
        help="leave out the figures the outlets agree or conflict on",
    )
    brief_cmd.add_argument("--no-quotes", action="store_true", help="leave out who said what")
    brief_cmd.add_argument(
        "--no-names", action="store_true", help="leave out the people, groups and places named"
    )
    brief_cmd.add_argument(
        "--no-coverage", action="store_true", help="leave out the source x fact coverage matrix"
    )
    brief_cmd.add_argument(
        "--no-timeline", action="store_true", help="leave out the timeline of dated happenings"
    )
    brief_cmd.set_defaults(run=_run_brief)

    ingest_cmd = commands.add_parser(
        "ingest",
        help="add articles to a store: wire copies found, articles grouped into events",
        description="Read articles (as for brief) into a store. Articles already stored are "
        "skipped, so an interrupted ingest can simply be run again. Inputs are ingested as "
        "they are read: a JSON Lines crawl of any size, or a feed on standard input ('-'), "
        "whose articles are stored as they arrive (what has come is stored whenever the "
        "feed has been quiet for a second).",
    )
    ingest_cmd.add_argument("articles", nargs="+", metavar="ARTICLE")
    ingest_cmd.add_argument("--db", type=Path, default=Path(DEFAULT_PATH), help=_DB_HELP)
    _add_reading_options(ingest_cmd, per_line=True)
    _add_scheduler_option(ingest_cmd, "clean and fingerprint articles")
    ingest_cmd.add_argument(
        "--batch-size",
        type=_positive_int,
        default=DEFAULT_BATCH,
        help=f"articles clustered and committed together (default {DEFAULT_BATCH})",
    )
    ingest_cmd.set_defaults(run=_run_ingest)

    events_cmd = commands.add_parser(
        "events",
        help="list a store's events, ranked by the distinct outlets reporting them",
    )
    events_cmd.add_argument("--db", type=Path, default=Path(DEFAULT_PATH), help=_DB_HELP)
    _add_event_filters(events_cmd)
    events_cmd.add_argument("--format", choices=("text", "json"), default="text")
    events_cmd.set_defaults(run=_run_events)

    export_cmd = commands.add_parser(
        "export",
        help="write the briefings of a store's events to a folder, one file an event",
        description="Brief each event that 'chorus events' lists (with the same filters) and "
        "write it to FOLDER as event-ID.json (or .md, .html, .txt), with an index, "
        "events.json. Exporting to the same folder again briefs only the events whose "
        "articles changed, and removes the files of events no longer listed.",
    )
    export_cmd.add_argument("folder", type=Path, metavar="FOLDER")
    export_cmd.add_argument("--db", type=Path, default=Path(DEFAULT_PATH), help=_DB_HELP)
    _add_event_filters(export_cmd)
    export_cmd.add_argument(
        "--format", choices=RENDERERS.names(), default="json", help="file format (default json)"
    )
    _add_briefing_options(export_cmd)
    where = export_cmd.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="local processes briefing events (default: one per core, at most four)",
    )
    _add_scheduler_option(where, "brief events")
    export_cmd.set_defaults(run=_run_export)

    serve_cmd = commands.add_parser(
        "serve",
        help="the web app and JSON API over a store",
        description="Serve event pages and the JSON API (OpenAPI at /docs) over a store.",
    )
    serve_cmd.add_argument("--db", type=Path, default=Path(DEFAULT_PATH), help=_DB_HELP)
    serve_cmd.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    serve_cmd.add_argument("--port", type=_port, default=8000, help="default 8000")
    serve_cmd.set_defaults(run=_run_serve)

    eval_cmd = commands.add_parser("eval", help="measure summary quality")
    eval_kinds = eval_cmd.add_subparsers(dest="metric", required=True, metavar="METRIC")
    rouge_cmd = eval_kinds.add_parser(
        "rouge",
        help="ROUGE against reference summaries of Multi-News style clusters",
        description="Summarise each cluster ({id, documents, summary} a line) with the normal "
        "pipeline and score it with rouge-score (Porter stemmer, F1, 95%% bootstrap intervals).",
    )
    rouge_cmd.add_argument("clusters", type=Path, metavar="FILE.jsonl")
    rouge_cmd.add_argument(
        "--words",
        type=_positive_int,
        default=230,
        help="word budget; summaries are truncated to it (default 230)",
    )
    rouge_cmd.add_argument(
        "--out",
        type=Path,
        metavar="PER_CLUSTER.jsonl",
        help="write id, scored text and scores of every cluster",
    )
    rouge_cmd.add_argument("--summariser", choices=SUMMARISERS.names(), default=DEFAULT_SUMMARISER)
    rouge_cmd.set_defaults(run=_run_eval_rouge)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ChorusError as error:
        _say(f"chorus: error: {error}")
        return error.exit_code
    except KeyboardInterrupt:
        _say("chorus: interrupted")
        return 130
    except Exception as error:  # a bug: one line for the user, the traceback on request
        if os.environ.get("CHORUS_DEBUG"):
            raise
        _say(
            f"chorus: internal error: {type(error).__name__}: {error} "
            "(set CHORUS_DEBUG=1 for the traceback)"
        )
        return EXIT_INTERNAL


def _add_briefing_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--words",
        type=_positive_int,
        default=DEFAULT_WORDS,
        help=f"summary word budget (default {DEFAULT_WORDS})",
    )
    command.add_argument(
        "--summariser",
        choices=SUMMARISERS.names(),
        default=DEFAULT_SUMMARISER,
        help=f"sentence scorer (default {DEFAULT_SUMMARISER})",
    )


def _add_event_filters(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--since",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="only events with an article published on or after this date",
    )
    command.add_argument(
        "--query",
        metavar="WORDS",
        help="only events with an article whose title or lead has all these words (stemmed)",
    )
    command.add_argument(
        "--limit", type=_positive_int, metavar="N", help="at most this many events"
    )


def _add_scheduler_option(command: argparse._ActionsContainer, work: str) -> None:
    command.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=f"{work} on the Dask cluster whose scheduler is at this address "
        "(tcp://host:8786; needs the dask extra) instead of in local processes",
    )


def _add_reading_options(command: argparse.ArgumentParser, per_line: bool = False) -> None:
    command.add_argument(
        "--manifest", type=Path, help="JSON Lines side-car: file, outlet, url, wire, published"
    )
    lines = ", or JSON lines," if per_line else ""
    command.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"skip inputs{lines} larger than this (default {DEFAULT_MAX_BYTES:,})",
    )


def _run_brief(args: argparse.Namespace) -> int:
    if args.event is not None:
        if args.articles:
            raise UsageError("give either articles or --event, not both")
        with _open_store(args.db) as store:
            briefing = store.brief(args.event, words=args.words, summariser=args.summariser)
    else:
        if not args.articles:
            raise UsageError("give articles to brief, or --event ID for a stored event")
        _check_manifest(args.manifest)
        from .briefing import brief

        briefing = brief(
            args.articles,
            words=args.words,
            manifest=args.manifest,
            max_bytes=args.max_bytes,
            summariser=args.summariser,
        )
    if args.no_figures:
        briefing = replace(briefing, claims=())
    if args.no_timeline:
        briefing = replace(briefing, timeline=())
    if args.no_quotes:
        briefing = replace(briefing, quotes=())
    if args.no_names:
        briefing = replace(briefing, entities=())
    if args.no_coverage:
        briefing = replace(briefing, coverage=())
    for problem in briefing.problems:
        _say(f"chorus: {problem}")
    color = args.output is None and args.format == "text" and sys.stdout.isatty()
    document = render(briefing, args.format) if not color else _colour_text(briefing)
    if args.output is None:
        sys.stdout.write(document)
    else:
        try:
            args.output.write_text(document, encoding="utf-8")
        except OSError as error:
            raise OutputError(f"cannot write {args.output}: {error.strerror}") from None
    skipped = any(p.severity is Severity.SKIPPED for p in briefing.problems)
    return EXIT_PARTIAL if skipped else EXIT_OK


def _run_ingest(args: argparse.Namespace) -> int:
    _check_manifest(args.manifest)
    with _working_store(
        args,
        "articles",
        kept="the articles stored before are kept: run the same ingest again to add the rest",
        batch_size=args.batch_size,
    ) as (store, progress):
        report = store.ingest(
            args.articles, manifest=args.manifest, max_bytes=args.max_bytes, progress=progress
        )
        counts = store.counts()
    for problem in report.problems:
        _say(f"chorus: {problem}")
    print(f"{report}; {args.db} holds {counts['articles']} articles in {counts['events']} events")
    if report.added == 0 and report.already_stored == 0:
        raise NoUsableInput("no usable article in the input")
    skipped = any(p.severity is Severity.SKIPPED for p in report.problems)
    return EXIT_PARTIAL if skipped else EXIT_OK


@contextmanager
def _working_store(
    args: argparse.Namespace, unit: str, kept: str, **options: Any
) -> Iterator[tuple[Store, Callable[[int, int | None], None]]]:
    """The store at ``args.db`` (``options`` are the Store's), working on the Dask cluster
    at ``args.scheduler`` when one is given (``kept`` says what a lost cluster leaves), and a
    progress callback, (done, total), that draws a bar on standard error counting ``unit``.
    A total may be unknown (an ingest reads its inputs as it goes): the bar has no end."""
    from rich.progress import Progress, TextColumn

    columns = (*Progress.get_default_columns()[:2], TextColumn(f"{{task.completed:,.0f}} {unit}"))
    with (
        _cluster(args.scheduler, kept) as executor,
        Store(args.db, executor=executor, **options) as store,
        Progress(*columns, transient=True, console=_stderr_console()) as bar,
    ):
        task = bar.add_task("working", total=None)
        yield store, lambda done, total: bar.update(task, completed=done, total=total)


@contextmanager
def _cluster(address: str | None, kept: str) -> Iterator[Executor | None]:
    """The executor of the Dask cluster whose scheduler is at ``address``; None without one
    (the work is then done in local processes). ``kept`` says what a lost cluster leaves
    and how to finish the work."""
    if address is None:
        yield None
        return
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'chorus-news[dask]'") from None
    # Dask logs a lost connection with tracebacks; the command says it in one line instead.
    for name in [*logging.root.manager.loggerDict]:
        if name.split(".")[0] == "distributed":
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        client = Client(address, timeout=CLUSTER_TIMEOUT_SECONDS)
    except Exception as error:
        # Whatever fails here fails at the user's address, before any article is read: a bad
        # address (ValueError), a scheduler that does not answer (OSError), and, seen once,
        # a bare AssertionError from inside Dask's connection code.
        reason = str(error) or type(error).__name__
        raise UsageError(f"cannot use the Dask scheduler at {address}: {reason}") from None
    with client:
        try:
            # Not "pure": every task is new work, so Dask need not hash its articles for a key.
            yield client.get_executor(pure=False)
        except CancelledError as error:  # what a task waited on from a lost cluster raises
            reason = " ".join(str(error).split())
            raise ClusterLost(f"lost the Dask cluster at {address} ({reason}); {kept}") from None


def _run_events(args: argparse.Namespace) -> int:
    from .render.events import render_events

    with _open_store(args.db) as store:
        events = store.events(since=args.since, query=args.query, limit=args.limit)
    sys.stdout.write(render_events(events, args.format))
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    _open_store(args.db).close()  # a missing store is an error, not a new empty one
    with _working_store(
        args,
        "briefings",
        kept="the briefings written before are kept: run the same export again to finish",
        workers=args.workers,
    ) as (store, progress):
        report = store.export(
            args.folder,
            fmt=args.format,
            words=args.words,
            summariser=args.summariser,
            since=args.since,
            query=args.query,
            limit=args.limit,
            progress=progress,
        )
    for problem in report.problems:
        _say(f"chorus: {problem}")
    print(f"{report}; index: {args.folder / 'events.json'}")
    return EXIT_PARTIAL if report.problems else EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from .web import serve
    except ImportError:  # FastAPI and uvicorn are the web extra
        raise UsageError(
            "the web app needs the web extra: pip install 'chorus-news[web]'"
        ) from None
    serve(args.db, host=args.host, port=args.port)
    return EXIT_OK


def _open_store(path: Path) -> Store:
    if not path.is_file():
        raise UsageError(
            f"no store at {path}: create one with 'chorus ingest ARTICLES --db {path}'"
        )
    return Store(path)


def _check_manifest(manifest: Path | None) -> None:
    if manifest is not None and not manifest.is_file():
        raise UsageError(f"manifest {manifest} does not exist")


def _run_eval_rouge(args: argparse.Namespace) -> int:
    try:
        from .evaluate import rouge
    except ImportError:  # rouge-score is an optional extra
        raise UsageError("ROUGE needs the eval extra: pip install 'chorus-news[eval]'") from None
    clusters = rouge.load_clusters(args.clusters)
    if not clusters:
        raise UsageError(f"no clusters in {args.clusters}")
    results = []
    out = args.out.open("w", encoding="utf-8") if args.out else None
    try:
        system = rouge.chorus_system(args.summariser)
        for result in _progress(rouge.score_summaries(clusters, system, args.words), len(clusters)):
            results.append(result)
            if out:
                out.write(
                    json.dumps(
                        {"id": result.cluster_id, "text": result.text, "scores": result.scores},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    finally:
        if out:
            out.close()
    intervals = rouge.confidence_intervals(results)
    print(
        f"{len(results)} clusters from {args.clusters}, {args.words} words, "
        f"summariser {args.summariser}; rouge-score F1 (Porter stemmer), 95% bootstrap CI"
    )
    for metric, interval in intervals.items():
        print(f"{metric:10s} {interval.mean:6.2f}  [{interval.low:6.2f}, {interval.high:6.2f}]")
    return EXIT_OK


def _progress(items, total: int):  # type: ignore[no-untyped-def]
    """A rich progress bar on standard error, silent when it is not a terminal."""
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("summarising", total=total)
        for item in items:
            yield item
            progress.advance(task)


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _colour_text(briefing) -> str:  # type: ignore[no-untyped-def]
    from .render.text import render_text

    return render_text(briefing, color=True)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def _port(value: str) -> int:
    number = _positive_int(value)
    if number > 65535:
        raise argparse.ArgumentTypeError(f"not a port (1-65535): {value!r}")
    return number


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _say(message: str) -> None:
    print(message, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
