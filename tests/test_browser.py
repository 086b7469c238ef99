"""End to end in a real browser: Debian's Chromium driven by Playwright against a live
server. Ingest through the upload page, open an event, click a source chip and check the
sentence it highlights; hostile article text must not run. A screenshot of the event page
is kept in out/test-artifacts/.

Skipped when Chromium is missing, except under CI (``CI`` set), where .ci/run installs it.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "out" / "test-artifacts"

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    import uvicorn

    from chorus.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(tmp_path / "e2e.db")
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(server: str) -> Iterator[object]:
    assert CHROMIUM is not None, "Chromium is required under CI"
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        yield page
        browser.close()


def test_ingest_open_an_event_and_follow_a_source_chip(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/ingest")
    page.set_input_files("input[name=files]", [str(p) for p in sorted(EXAMPLES.glob("*.txt"))])
    page.click("button[type=submit]")
    page.wait_for_selector("section.report")
    assert "added" in page.inner_text("section.report")

    page.goto(server)
    page.click("table.events a")
    page.wait_for_selector("section.summary")
    chip = page.locator("section.summary a.chip").nth(1)
    target = chip.get_attribute("href")
    assert target and target.startswith("#s")
    chip.click()
    page.wait_for_function("location.hash.length > 1")
    highlighted = page.evaluate("document.querySelector(':target').textContent")
    assert highlighted.strip() == page.inner_text(target).strip() and highlighted.strip()
    colour = page.evaluate("getComputedStyle(document.querySelector(':target')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event-page.png"), full_page=True)


def test_hostile_article_text_does_not_run(server: str, page) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/ingest")
    page.fill("input[name=title]", "Storm <script>window.__xss = 1</script> hits Lunde")
    page.fill("input[name=outlet]", '<img src=x onerror="window.__xss = 2">')
    page.fill(
        "textarea[name=text]",
        "The storm <script>alert('x')</script> closed the harbour at Lunde on Monday.\n\n"
        'Waves <img src=x onerror="alert(2)"> of six metres hit the pier, officials said.',
    )
    page.click("button[type=submit]")
    page.wait_for_selector("section.report")
    for path in ("/", "/events/1", "/api/events"):
        page.goto(server + path)
        assert page.evaluate("window.__xss") is None
    article = page.evaluate(
        "fetch('/api/events/1').then(r => r.json()).then(d => d.sources[0].article_id)"
    )
    page.goto(f"{server}/articles/{article}")
    assert "<script>" in page.inner_text("body")  # shown as text
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
