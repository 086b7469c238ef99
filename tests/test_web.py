"""The web app and JSON API: pages, search, pagination, ingest, errors as JSON, escaping,
upload limits, and briefings that follow their event."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient

from chorus import Store
from chorus.cli import build_parser
from chorus.web import MAX_UPLOAD_FILES, create_app
from conftest import EXAMPLES, ROOT

EVENTS = ROOT / "tests" / "data" / "events.jsonl"
SCHEMA = json.loads((ROOT / "src/chorus/schema/briefing.schema.json").read_text())
RECORDS = [json.loads(line) for line in EVENTS.read_text().splitlines()]


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(tmp_path / "web.db"))


def ingest(client: TestClient, records: list[dict]) -> dict:
    response = client.post("/api/articles", json={"articles": records})
    assert response.status_code == 201, response.text
    return response.json()


def test_ingest_list_search_and_page_through_events(client: TestClient) -> None:
    report = ingest(client, RECORDS)
    assert report["added"] == 9 and report["new_events"] == 4
    listed = client.get("/api/events").json()
    assert listed["total"] == 4
    assert [e["sources"] for e in listed["events"]] == [3, 3, 2, 1]
    found = client.get("/api/events", params={"q": "ferry Aldine"}).json()
    assert {e["title"] for e in found["events"]} == {
        "Ferry fire off Port Aldine forces 300 passengers into lifeboats",
        "Port Aldine harbour reopens new ferry terminal",
    }
    recent = client.get("/api/events", params={"since": "2025-07-01"}).json()
    assert [e["article_ids"] for e in recent["events"]] == [["ferry-later"]]
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert len(ids) == len(set(ids)) == 4


def test_an_event_comes_with_its_briefing(client: TestClient) -> None:
    ingest(client, RECORDS)
    event = client.get("/api/events").json()["events"][0]
    document = client.get(f"/api/events/{event['id']}").json()
    assert document["event"]["id"] == event["id"]
    briefing = {k: v for k, v in document.items() if k != "event"}
    jsonschema.validate(briefing, SCHEMA)
    assert {s["article_id"] for s in briefing["sources"]} == set(event["article_ids"])


def test_errors_are_json_with_the_right_status(client: TestClient) -> None:
    missing = client.get("/api/events/999")
    assert missing.status_code == 404 and "no event 999" in missing.json()["error"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    bad = client.post("/api/articles", json={"articles": [{"title": "no text"}]})
    assert bad.status_code == 400 and "text" in bad.json()["error"]
    # A request is refused whole, with the reason, where a file's article would be kept
    # undated: the client sent the date and can send it again.
    undated = {"id": "partial-date", "text": "A quake shook Orvik.", "published": "March 2014"}
    partial = client.post("/api/articles", json={"articles": [undated]})
    assert partial.status_code == 400 and "incomplete date" in partial.json()["error"]
    assert client.get("/api/articles/partial-date").status_code == 404
    assert client.post("/api/articles", content=b"{not json").status_code == 422
    assert client.get("/events/999").status_code == 404  # a page for browsers
    # Numbers beyond what SQLite stores: nothing there, not a server error.
    huge = "9" * 25
    assert client.get(f"/api/events/{huge}").status_code == 404
    assert client.get(f"/events/{huge}").status_code == 404
    assert client.get("/api/events", params={"offset": huge}).json()["events"] == []
    assert client.get("/", params={"page": huge}).status_code == 200
    assert "openapi" in client.get("/openapi.json").json()
    # Paths and methods the app does not have answer in the same form.
    assert client.get("/api/nothing-here").json() == {"error": "Not Found", "status": 404}
    wrong = client.delete("/api/events")
    assert wrong.json()["status"] == 405 and wrong.headers["allow"] == "GET"
    assert "<!doctype html>" in client.get("/nothing-here").text.lower()


def test_no_server_path_is_shown_or_stored(client: TestClient, tmp_path: Path) -> None:
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in EXAMPLES.glob("*.txt")]
    lines = b'{"text": "A story of enough words to keep."}\n{"text": ""}\n'
    files.append(("files", ("feed.jsonl", lines, "application/jsonl")))
    report = client.post("/api/uploads", files=files).json()
    assert report["added"] == 4
    assert [p["origin"] for p in report["problems"]] == ["feed.jsonl:2"]
    event_id = client.get("/api/events").json()["events"][0]["id"]
    articles = client.get(f"/api/events/{event_id}").json()["articles"]
    assert articles and all("/" not in a["origin"] for a in articles)
    article = client.get(f"/api/articles/{articles[0]['id']}").json()
    assert "/" not in article["origin"] and article["sentences"]
    with Store(tmp_path / "web.db") as store:  # the store keeps the names as sent, too
        ids = [row[0] for row in store._db.execute("SELECT id FROM articles")]
        origins = {raw.origin for raw in store.raw_articles(ids)}
    assert origins == {p.name for p in EXAMPLES.glob("*.txt")} | {"feed.jsonl:1"}


def test_uploads_are_limited_and_never_touch_user_paths(client: TestClient, tmp_path: Path) -> None:
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in EXAMPLES.glob("*.txt")]
    response = client.post("/api/uploads", files=files)
    assert response.status_code == 201 and response.json()["added"] == 3
    escape = client.post(
        "/api/uploads",
        files=[("files", ("../../outside.txt", b"Title\n\nSome text here.", "text/plain"))],
    )
    assert escape.status_code == 201
    assert not (tmp_path.parent / "outside.txt").exists()
    binary = client.post("/api/uploads", files=[("files", ("scan.txt", bytes(range(256)), "x"))])
    (problem,) = binary.json()["problems"]  # named as sent, not where the server kept it
    assert problem["origin"] == "scan.txt" and "binary" in problem["message"]
    assert client.post("/api/uploads", files=[("files", ("a.exe", b"MZ", "x"))]).status_code == 415
    many = [
        ("files", (f"{n}.txt", b"Title\n\nText.", "text/plain"))
        for n in range(MAX_UPLOAD_FILES + 1)
    ]
    assert client.post("/api/uploads", files=many).status_code == 413


def test_a_request_body_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    small = TestClient(create_app(tmp_path / "web.db", warm=False, max_request_bytes=4096))
    body = json.dumps({"articles": [{"text": "Words of an article. " * 400}]}).encode()
    declared = small.post(
        "/api/articles", content=body, headers={"content-type": "application/json"}
    )
    assert declared.status_code == 413 and "4,096 bytes" in declared.json()["error"]
    # Sent in chunks with no length given: refused once the bytes pass the limit.
    chunks = (body[i : i + 1024] for i in range(0, len(body), 1024))
    streamed = small.post(
        "/api/articles", content=chunks, headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413
    form = small.post("/ingest", data={"text": "Words of an article. " * 400})
    assert form.status_code == 413 and "<html" in form.text  # a page for a browser
    assert small.post("/api/articles", json={"articles": RECORDS[:1]}).status_code == 201
    assert small.get("/api/events").status_code == 200


def test_article_text_is_escaped_everywhere(client: TestClient) -> None:
    hostile = {
        "id": "hostile",
        "title": "Storm <script>alert('t')</script> hits Lunde",
        "outlet": "<img src=x onerror=alert(1)>",
        "published": "2025-06-02",
        "text": "The storm <script>alert('x')</script> closed the harbour at Lunde on Monday. "
        "Waves <img src=x onerror=alert(2)> of six metres hit the pier, officials said.",
    }
    ingest(client, [hostile, RECORDS[0]])
    event_id = client.get("/api/articles/hostile").json()["event_id"]
    for page in (client.get(f"/events/{event_id}").text, client.get("/articles/hostile").text,
                 client.get("/").text):  # fmt: skip
        assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in client.get("/articles/hostile").text


def test_pages_and_the_furniture_toggle(client: TestClient) -> None:
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in EXAMPLES.glob("*.txt")]
    client.post("/api/uploads", files=files)
    home = client.get("/")
    assert home.status_code == 200 and "Keldor" in home.text
    event_id = client.get("/api/events").json()["events"][0]["id"]
    page = client.get(f"/events/{event_id}").text
    assert 'class="chip"' in page and "Sources" in page
    article = client.get("/api/events").json()["events"][0]["article_ids"][0]
    html = client.get(f"/articles/{article}").text
    assert "<details" in html and "page furniture removed" in html
    pasted = client.post(
        "/ingest", data={"text": "Quake hits Orvik\n\nA quake shook Orvik on Monday.", "title": ""}
    )
    assert pasted.status_code == 200 and "1</strong> added" in pasted.text


def test_briefings_follow_their_event(client: TestClient) -> None:
    ferry = [r for r in RECORDS if r["id"].startswith("ferry-") and r["id"] != "ferry-later"]
    ingest(client, ferry[:2])
    event_id = client.get("/api/articles/ferry-coastline").json()["event_id"]
    before = client.get(f"/api/events/{event_id}").json()
    ingest(client, ferry[2:])
    after = client.get(f"/api/events/{event_id}").json()
    assert len(after["sources"]) == len(before["sources"]) + 1


def test_an_event_whose_articles_went_elsewhere_leads_to_where_they_went(
    client: TestClient, tmp_path: Path
) -> None:
    ingest(client, RECORDS)
    into = client.get("/api/articles/ferry-coastline").json()["event_id"]
    with Store(tmp_path / "web.db") as store:  # as a batch that emptied event 999 records it
        store._db.execute("INSERT INTO event_merges VALUES (999, ?)", (into,))
    page = client.get("/events/999", follow_redirects=False)
    assert page.status_code == 307 and page.headers["location"] == f"/events/{into}"
    assert client.get("/api/events/999").json()["event"]["id"] == into
    assert client.get("/events/998").status_code == 404


def test_the_server_listens_on_this_machine_only_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"


def test_best_ranked_briefings_are_made_ahead(client: TestClient) -> None:
    import time

    ingest(client, RECORDS)
    deadline = time.monotonic() + 60
    status = client.get("/api/status").json()
    while status["warming"] and time.monotonic() < deadline:
        time.sleep(0.1)
        status = client.get("/api/status").json()
    assert not status["warming"]
    assert status["articles"] == 9 and status["events"] == 4
    assert status["briefings_cached"] == 4
