from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from chorus.read import ReadOptions, read_inputs
from chorus.records import Severity
from conftest import EXAMPLES, write

STORY = (
    "Ferry runs aground off Tarn island\n\n"
    "A passenger ferry ran aground off Tarn island on Friday, the coastguard said.\n\n"
    "All 212 passengers were taken off safely by lifeboats.\n"
)


def test_text_reader_keeps_headline_lines_and_file_stem_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "ferry-story.txt", STORY)
    result = read_inputs([path])
    (article,) = result.articles
    assert article.id == "ferry-story"
    assert article.headline_first
    assert "212 passengers" in article.text
    assert result.problems == ()


def test_manifest_supplies_outlet_url_wire_and_date(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    manifest = write(
        tmp_path / "meta.jsonl",
        json.dumps(
            {
                "file": "a.txt",
                "outlet": "Isle Gazette",
                "wire": "NPA",
                "url": "https://gazette.example/x",
                "published": "2024-05-03",
            }
        )
        + "\n",
    )
    (article,) = read_inputs([tmp_path / "a.txt"], manifest=manifest).articles
    assert (article.outlet, article.wire, article.url) == (
        "Isle Gazette",
        "NPA",
        "https://gazette.example/x",
    )
    assert article.published == date(2024, 5, 3)


def test_folder_reads_supported_files_and_uses_its_manifest(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", STORY)
    write(tmp_path / "sub" / "two.txt", STORY.replace("Friday", "Saturday"))
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / "manifest.jsonl", json.dumps({"file": "one.txt", "outlet": "Gazette"}))
    result = read_inputs([tmp_path])
    assert sorted(a.id for a in result.articles) == ["one", "two"]
    assert {a.id: a.outlet for a in result.articles}["one"] == "Gazette"


def test_jsonl_keeps_given_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "story-7", "text": STORY, "outlet": "Gazette", "published": "2024-05-03"}
        ),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"text": STORY, "url": "https://www.isle-news.example/ferry"}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    result = read_inputs([path])
    ids = [a.id for a in result.articles]
    assert ids[0] == "story-7"
    assert ids[1].startswith("a") and len(ids) == 2  # content-hash id for the unnamed one
    assert result.articles[1].outlet is None  # the outlet comes from the URL when cleaning
    origins = [p.origin for p in result.problems]
    assert origins == [f"{path}:2", f"{path}:3"]
    assert "needs a 'text' or an 'html'" in result.problems[1].message


@pytest.mark.parametrize(
    ("published", "read_as"),
    [
        ("Tue, 08 Jan 2014 10:00:00 GMT", date(2014, 1, 8)),
        ("2014-01-08T23:30:00-05:00", date(2014, 1, 8)),
        ("8 January 2014", date(2014, 1, 8)),
        ("-5", "incomplete date"),  # dateutil alone would make it the 5th of this month
        ("March 2014", "incomplete date"),
        ("Tuesday", "incomplete date"),
        ("2024-02-30", "unreadable date"),
        (20140108, "unreadable date"),
    ],
)
def test_a_publication_date_is_read_whole_or_left_out(
    tmp_path: Path, published: object, read_as: date | str
) -> None:
    """A date that leaves out its year, month or day is never completed from today's date:
    the article is kept undated, and a note gives the reason."""
    record = {"id": "dated", "text": STORY, "outlet": "Isle Gazette", "published": published}
    result = read_inputs([write(tmp_path / "dated.jsonl", json.dumps(record) + "\n")])
    (article,) = result.articles
    assert (article.id, article.outlet) == ("dated", "Isle Gazette")
    if isinstance(read_as, date):
        assert article.published == read_as and not result.problems
    else:
        (problem,) = result.problems
        assert article.published is None
        assert problem.severity == Severity.NOTE
        assert problem.message.startswith(read_as) and "kept undated" in problem.message


def test_a_manifest_date_that_cannot_be_read_leaves_the_article_as_it_was(
    tmp_path: Path,
) -> None:
    write(tmp_path / "a.txt", STORY)
    manifest = write(
        tmp_path / "meta.jsonl",
        json.dumps({"file": "a.txt", "outlet": "Isle Gazette", "published": "March 2014"}) + "\n",
    )
    result = read_inputs([tmp_path / "a.txt"], manifest=manifest)
    (article,) = result.articles
    assert (article.outlet, article.published) == ("Isle Gazette", None)
    (problem,) = result.problems
    assert problem.severity == Severity.NOTE and "incomplete date 'March 2014'" in problem.message


def test_an_html_fragment_is_read_as_a_page(tmp_path: Path) -> None:
    """trafilatura finds no text in a lone "<p>...</p>" until it is a page."""
    fragment = "<p>A passenger ferry ran aground off Tarn island on Friday, coastguards said.</p>"
    path = write(tmp_path / "snippet.jsonl", json.dumps({"id": "s", "html": fragment}) + "\n")
    result = read_inputs([path])
    (article,) = result.articles
    assert "ran aground off Tarn island" in article.text and not result.problems


def test_jsonl_html_field_goes_through_trafilatura(tmp_path: Path) -> None:
    html = (EXAMPLES / "mountain-radio.html").read_text(encoding="utf-8")
    path = write(tmp_path / "pages.jsonl", json.dumps({"id": "p1", "html": html}) + "\n")
    (article,) = read_inputs([path]).articles
    assert article.id == "p1"
    assert "17 people had been confirmed dead" in article.text
    assert "Most read" not in article.text and "All rights reserved" not in article.text
    assert article.published == date(2025, 3, 11)


def test_html_file_metadata(tmp_path: Path) -> None:
    (article,) = read_inputs([EXAMPLES / "mountain-radio.html"]).articles
    assert article.title == "Keldor pass road landslide: what we know"
    assert article.outlet == "Mountain Radio"
    assert article.published == date(2025, 3, 11)


def test_multinews_records_become_one_article_per_document(tmp_path: Path) -> None:
    record = {"id": "cluster-1", "documents": [STORY, "   ", STORY + " More."], "summary": "ref"}
    path = write(tmp_path / "mn.jsonl", json.dumps(record) + "\n")
    result = read_inputs([path])
    assert [a.id for a in result.articles] == ["cluster-1/d0", "cluster-1/d2"]
    assert all("ref" not in a.text for a in result.articles)


def test_repeated_ids_are_renamed_not_dropped(tmp_path: Path) -> None:
    write(tmp_path / "x" / "story.txt", STORY)
    write(tmp_path / "y" / "story.txt", STORY)
    result = read_inputs([tmp_path / "x", tmp_path / "y"])
    assert [a.id for a in result.articles] == ["story", "story-2"]
    assert "renamed" in result.problems[0].message


def test_a_multinews_file_with_long_lines_is_read_as_clusters(tmp_path: Path) -> None:
    """Its records are one long line each: sniffing must see the whole first line."""
    documents = ["Paragraph about the flood. " * 300, "Another report of the flood. " * 300]
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": documents, "summary": "s"}) + "\n")
    read = read_inputs([path])
    assert [a.id for a in read.articles] == ["c1/d0", "c1/d1"] and not read.problems
    folder = read_inputs([tmp_path])
    assert [a.id for a in folder.articles] == ["c1/d0", "c1/d1"]


@pytest.mark.parametrize("stream_lines", [False, True])
def test_standard_input_tells_a_long_multi_news_line_from_articles(stream_lines: bool) -> None:
    """A Multi-News record is one long line; its keys, past the first kilobytes, decide."""
    documents = ["Rain fell. " * 900, "Wind blew. " * 900]
    record = json.dumps({"id": "c1", "documents": documents, "summary": "x"}).encode()
    options = ReadOptions(stream_lines=stream_lines)
    result = read_inputs(["-"], options=options, stdin=io.BytesIO(b"\n" + record + b"\n"))
    assert [a.id for a in result.articles] == ["c1/d0", "c1/d1"]
    assert not result.problems


@pytest.mark.parametrize("stream_lines", [False, True])
def test_an_empty_or_binary_json_lines_file_is_one_problem(
    tmp_path: Path, stream_lines: bool
) -> None:
    empty = write(tmp_path / "empty.jsonl", "")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(bytes(range(256)) * 40 + b"\n" + bytes(range(256)) * 40)
    result = read_inputs([empty, binary], options=ReadOptions(stream_lines=stream_lines))
    assert not result.articles
    assert [(Path(p.origin).name, p.message) for p in result.problems] == [
        ("empty.jsonl", "empty"),
        ("binary.jsonl", "binary data, not text"),
    ]
