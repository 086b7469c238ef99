"""The web app: pages and a JSON API over a Chorus store (FastAPI, served by uvicorn).

    chorus serve [--db chorus.db] [--host 127.0.0.1] [--port 8000]

Pages are server-rendered Jinja2 templates with autoescaping, so article text and titles
are always shown as text. Nothing reads a path the user gives: uploads are written to a
temporary folder under names the app makes. One store serves every request, behind a
lock (SQLite connections are not shared across threads otherwise); briefings are cached
per event and made again when the event changes.
"""

from __future__ import annotations

import queue
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, Field
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..analyse import analyse
from ..clean import clean
from ..errors import ChorusError, NotFound
from ..read import ReadOptions, iter_inputs
from ..read.base import content_id
from ..read.jsonl import article_from_record
from ..records import Briefing, Event, Problem, RawArticle
from ..render.events import date_span, events_document
from ..render.html import briefing_context
from ..render.json import article_document, briefing_document, problem_document
from ..store import IngestReport, Store

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_UPLOAD_FILES = 20
MAX_JSON_ARTICLES = 500
MAX_REQUEST_BYTES = MAX_UPLOAD_FILES * MAX_UPLOAD_BYTES + 1024 * 1024
"""A request body above this is refused before it is read: the most files an upload may
hold, and room for the form around them."""
PAGE_SIZE = 50
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".ndjson")
BRIEFINGS_CACHED = 512
WARMED_EVENTS = 200
"""The best-ranked events whose briefings are made ahead of the first view."""


class ArticleIn(BaseModel):
    """An article to ingest: ``text`` or ``html``, and what is known about it."""

    id: str | None = None
    text: str | None = Field(default=None, max_length=MAX_UPLOAD_BYTES)
    html: str | None = Field(default=None, max_length=MAX_UPLOAD_BYTES)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    wire: str | None = None


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_JSON_ARTICLES)


class Chorus:
    """The app's state: the store and its lock, and the briefing cache, which a background
    thread fills for the best-ranked events (with a connection of its own), so that their
    pages open at once."""

    def __init__(self, db: str | Path) -> None:
        self.db = db
        self.store = Store(db)
        self.lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._briefings: OrderedDict[tuple[int, str, tuple[str, ...]], Briefing] = OrderedDict()
        self._to_warm: queue.Queue[None] = queue.Queue()
        self.warming = False

    @contextmanager
    def locked(self) -> Iterator[Store]:
        with self.lock:
            yield self.store

    def briefing(self, event: Event, store: Store | None = None) -> Briefing:
        key = (event.id, event.updated_at, event.article_ids)
        with self._cache_lock:
            if key in self._briefings:
                self._briefings.move_to_end(key)
                return self._briefings[key]
        if store is None:
            with self.lock:
                briefing = self.store.brief(event.id)
        else:
            briefing = store.brief(event.id)
        with self._cache_lock:
            self._briefings[key] = briefing
            while len(self._briefings) > BRIEFINGS_CACHED:
                self._briefings.popitem(last=False)
        return briefing

    def cached(self) -> int:
        with self._cache_lock:
            return len(self._briefings)

    def start_warming(self) -> None:
        threading.Thread(target=self._warm_forever, name="chorus-warm", daemon=True).start()
        self.warm()

    def warm(self) -> None:
        """Ask the background thread to brief the best-ranked events again (after startup
        and after each ingest)."""
        self.warming = True
        self._to_warm.put(None)

    def _warm_forever(self) -> None:
        with Store(self.db) as reader:
            while True:
                self._to_warm.get()
                try:
                    for event in reader.events(limit=WARMED_EVENTS):
                        self.briefing(event, reader)
                except ChorusError:
                    pass  # an event changed under us; the next ingest asks again
                finally:
                    self.warming = not self._to_warm.empty()


class BodyLimit:
    """ASGI middleware that refuses a request body larger than ``max_bytes`` with 413, as
    soon as the app starts reading it: at once when its Content-Length says so, else when the
    bytes received pass the limit. The per-file and per-article limits only apply once a body
    has been read, parsed and spooled; this one keeps a client from sending gigabytes first.
    The refusal is an ``HTTPException``, so the app answers it as any other error (JSON for
    the API, a page for a browser)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        received = int(declared) if declared.isdigit() else 0

        async def counted() -> Message:
            nonlocal received
            message: Message = {}
            if received <= self.max_bytes:
                message = await receive()
                if not declared.isdigit():
                    received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise HTTPException(413, f"request larger than {self.max_bytes:,} bytes")
            return message

        await self.app(scope, counted, send)


def create_app(
    db: str | Path, *, warm: bool = True, max_request_bytes: int = MAX_REQUEST_BYTES
) -> FastAPI:
    app = FastAPI(
        title="Chorus",
        description="Events found in many outlets' articles, and one attributed briefing each.",
        version="1",
    )
    app.add_middleware(BodyLimit, max_bytes=max_request_bytes)
    state = Chorus(db)
    if warm:
        state.start_warming()
    pages = _environment()

    @app.exception_handler(ChorusError)
    async def chorus_error(request: Request, error: ChorusError) -> JSONResponse:
        status = 404 if isinstance(error, NotFound) else 400
        return _error(request, pages, status, str(error))

    @app.exception_handler(StarletteHTTPException)  # FastAPI's, and Starlette's own (an
    async def http_error(  # unknown path, a wrong method) that FastAPI's handler misses
        request: Request, error: StarletteHTTPException
    ) -> JSONResponse:
        return _error(request, pages, error.status_code, str(error.detail), error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(request, pages, 422, f"{where}: {first.get('msg', 'invalid request')}")

    # JSON API -----------------------------------------------------------------------

    @app.get("/api/events", summary="List and search events, ranked by distinct outlets")
    def list_events(
        q: Annotated[str | None, Query(max_length=200, description="words in a title")] = None,
        since: date | None = None,
        limit: Annotated[int, Query(ge=1, le=200)] = PAGE_SIZE,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        with state.locked() as store:
            total = store.count_events(since=since, query=q)
            found = store.events(since=since, query=q, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, **events_document(found)}

    @app.get("/api/events/{event_id}", summary="An event and its briefing")
    def get_event(event_id: int) -> dict[str, Any]:
        with state.locked() as store:
            event = store.event(event_id)
        document = briefing_document(state.briefing(event))
        document["articles"] = [_without_server_paths(a) for a in document["articles"]]
        return {"event": events_document([event])["events"][0], **document}

    @app.get("/api/articles/{article_id:path}", summary="A stored article, cleaned")
    def get_article(article_id: str) -> dict[str, Any]:
        return _article_document(state, article_id)

    @app.post("/api/articles", summary="Ingest articles given as JSON", status_code=201)
    def post_articles(body: ArticlesIn) -> dict[str, Any]:
        raws = [
            article_from_record(f"request:{n}", item.model_dump(exclude_none=True))
            for n, item in enumerate(body.articles, start=1)
        ]
        with state.locked() as store:
            report = store.add(raws)
        state.warm()
        return _report_document(report)

    @app.post("/api/uploads", summary="Ingest uploaded files", status_code=201)
    def post_uploads(files: Annotated[list[UploadFile], File()]) -> dict[str, Any]:
        report = _ingest_uploads(state, files)
        state.warm()
        return _report_document(report)

    @app.get("/api/status", summary="The store's size and the briefing cache")
    def status() -> dict[str, Any]:
        with state.locked() as store:
            counts = store.counts()
        return {**counts, "briefings_cached": state.cached(), "warming": state.warming}

    # Pages --------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def event_list(
        q: Annotated[str | None, Query(max_length=200)] = None,
        since: date | None = None,
        page: Annotated[int, Query(ge=1)] = 1,
    ) -> str:
        with state.locked() as store:
            total = store.count_events(since=since, query=q)
            found = store.events(
                since=since, query=q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
            )
        return pages.get_template("events.html.j2").render(
            events=found, total=total, q=q or "", since=since, page=page, page_size=PAGE_SIZE
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: int) -> Response:
        with state.locked() as store:
            event = store.event(event_id)
        if event.id != event_id:  # its articles went into another event as reports came
            return RedirectResponse(f"/events/{event.id}", status_code=307)
        context = briefing_context(state.briefing(event))
        return HTMLResponse(pages.get_template("event.html.j2").render(event=event, **context))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> str:
        return pages.get_template("article.html.j2").render(**_article_document(state, article_id))

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page() -> str:
        return pages.get_template("ingest.html.j2").render(report=None, limits=_limits())

    @app.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_form(
        files: Annotated[list[UploadFile] | None, File()] = None,
        text: Annotated[str, Form(max_length=MAX_UPLOAD_BYTES)] = "",
        title: Annotated[str, Form(max_length=500)] = "",
        outlet: Annotated[str, Form(max_length=200)] = "",
    ) -> str:
        uploads = [f for f in files or [] if f.filename]
        if text.strip():
            raw = RawArticle(
                id=content_id(text), text=text, origin="pasted text", title=title or None,
                outlet=outlet or None, headline_first=not title,
            )  # fmt: skip
            with state.locked() as store:
                report = store.add([raw])
            if uploads:
                extra = _ingest_uploads(state, uploads)
                report.added += extra.added
                report.problems += extra.problems
        elif uploads:
            report = _ingest_uploads(state, uploads)
        else:
            raise HTTPException(400, "give files to upload or text to paste")
        state.warm()
        return pages.get_template("ingest.html.j2").render(
            report=_report_document(report), limits=_limits()
        )

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


def _ingest_uploads(state: Chorus, files: list[UploadFile]) -> IngestReport:
    """Uploads are saved in a temporary folder, each in a folder of its own under its plain
    file name (no directories, only word characters, dots and dashes), and read like files
    given on the command line."""
    if len(files) > MAX_UPLOAD_FILES:
        raise HTTPException(413, f"at most {MAX_UPLOAD_FILES} files at a time")
    with tempfile.TemporaryDirectory(prefix="chorus-upload-") as folder:
        paths = []
        for n, upload in enumerate(files):
            suffix = Path(upload.filename or "").suffix.lower()
            if suffix not in UPLOAD_SUFFIXES:
                raise HTTPException(
                    415, f"{upload.filename}: unsupported type (use {', '.join(UPLOAD_SUFFIXES)})"
                )
            data = upload.file.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise HTTPException(
                    413, f"{upload.filename}: larger than {MAX_UPLOAD_BYTES:,} bytes"
                )
            # The user's name is kept only as a plain file name, in a folder of its own.
            name = re.sub(r"[^\w.-]", "_", Path(upload.filename or "").name).strip("._")
            path = Path(folder) / str(n) / (name or f"upload{suffix}")
            path.parent.mkdir()
            path.write_bytes(data)
            paths.append(path)
        # Articles and problems name the file as the user sent it, never where it lay on the
        # server: the store keeps an article's origin, and the report shows a problem's.
        unread: list[Problem] = []

        def read_as_sent() -> Iterator[RawArticle]:
            for found in iter_inputs(paths, options=ReadOptions(stream_lines=True)):
                # The origin is FOLDER/N/NAME, or FOLDER/N/NAME:LINE for JSON Lines.
                where = found.origin.removeprefix(folder).lstrip("/").partition("/")[2]
                sent = replace(found, origin=where)
                if isinstance(sent, Problem):
                    unread.append(sent)
                else:
                    yield sent

        with state.locked() as store:
            report = store.ingest(read_as_sent())
    report.problems = unread + report.problems
    return report


def _article_document(state: Chorus, article_id: str) -> dict[str, Any]:
    with state.locked() as store:
        event_id, canonical = store.article_place(article_id)
        (raw,) = store.raw_articles([article_id])
    article = analyse(clean(raw))
    return {
        **_without_server_paths(article_document(article)),
        "event_id": event_id,
        "copy_of": canonical if canonical != article.id else None,
        "removed": [asdict(r) for r in article.removed],
    }


def _without_server_paths(document: dict[str, Any]) -> dict[str, Any]:
    """An article's origin names the file it was read from; the web shows only its name,
    never where it lies on the server."""
    return {**document, "origin": Path(document["origin"]).name}


def _report_document(report: IngestReport) -> dict[str, Any]:
    return {
        "added": report.added,
        "already_stored": report.already_stored,
        "copies": report.copies,
        "new_events": report.new_events,
        "events": sorted(report.events_touched),
        "problems": [problem_document(p) for p in report.problems],
    }


def _limits() -> dict[str, Any]:
    return {"bytes": MAX_UPLOAD_BYTES, "files": MAX_UPLOAD_FILES, "suffixes": UPLOAD_SUFFIXES}


def _error(
    request: Request,
    pages: Environment,
    status: int,
    message: str,
    headers: dict[str, str] | None = None,
) -> Any:
    """JSON for the API, a page for a browser."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status, headers)
    html = pages.get_template("error.html.j2").render(status=status, message=message)
    return HTMLResponse(html, status, headers)


def _environment() -> Environment:
    environment = Environment(
        loader=ChoiceLoader(
            [PackageLoader("chorus", "web/templates"), PackageLoader("chorus", "render/templates")]
        ),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["date_span"] = date_span
    return environment


__all__ = ["create_app", "serve"]
