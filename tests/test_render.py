from __future__ import annotations

import json
from datetime import date
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import chorus
from chorus.render import RENDERERS, render
from conftest import EXAMPLES, write

SCHEMA = json.loads(resources.files("chorus").joinpath("schema/briefing.schema.json").read_text())

HOSTILE = (
    "Mayor <script>alert(1)</script> resigns\n\n"
    "The mayor of Tolby resigned on Monday <img src=x onerror=alert(2)> after the audit.\n\n"
    "Auditors found [missing](javascript:alert(3)) funds of 4 million *euros* in the accounts.\n\n"
    "The council will elect a new mayor in April, a spokesman for the council said.\n"
)


@pytest.fixture
def hostile_briefing(tmp_path: Path) -> chorus.Briefing:
    write(tmp_path / "a.txt", HOSTILE)
    write(tmp_path / "b.txt", HOSTILE.replace("Monday", "Tuesday"))
    manifest = write(
        tmp_path / "m.jsonl",
        '{"file": "a.txt", "outlet": "Tolby <b>Times</b>", "url": "javascript:alert(4)"}\n'
        '{"file": "b.txt", "outlet": "Other", "url": "https://other.example/a?x=1&y=2"}\n',
    )
    return chorus.brief([tmp_path / "a.txt", tmp_path / "b.txt"], manifest=manifest)


def test_json_output_validates_against_the_published_schema() -> None:
    briefing = chorus.brief(EXAMPLES)
    document = json.loads(render(briefing, "json"))
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    assert document["schema_version"] == "1.5"


def test_json_markers_and_support_resolve_to_sources_and_sentences() -> None:
    document = json.loads(render(chorus.brief(EXAMPLES), "json"))
    markers = {s["marker"]: s["article_id"] for s in document["sources"]}
    sentence_ids = {s["id"] for a in document["articles"] for s in a["sentences"]}
    for sentence in document["summary"]["sentences"]:
        assert sentence["sentence_id"] in sentence_ids
        assert [markers[m] for m in sentence["sources"]] == list(
            dict.fromkeys(p["article_id"] for p in sentence["support"])
        )
        assert all(p["sentence_id"] in sentence_ids for p in sentence["support"])


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs


def test_html_escapes_article_text_and_only_links_web_urls(
    hostile_briefing: chorus.Briefing,
) -> None:
    page = render(hostile_briefing, "html")
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attributes)
    assert not any("javascript" in (value or "") for _, value in parsed.attributes)
    assert "&lt;script&gt;" in page
    assert 'href="https://other.example/a?x=1&amp;y=2"' in page


def test_html_source_chips_point_at_supporting_sentences(
    hostile_briefing: chorus.Briefing,
) -> None:
    page = render(hostile_briefing, "html")
    parsed = _Collector()
    parsed.feed(page)
    ids = {value for name, value in parsed.attributes if name == "id"}
    chips = [
        value
        for name, value in parsed.attributes
        if name == "href" and value and value.startswith("#")
    ]
    assert chips and all(chip[1:] in ids for chip in chips)


def test_markdown_escapes_markup(hostile_briefing: chorus.Briefing) -> None:
    text = render(hostile_briefing, "md")
    assert "<script>" not in text and "<img" not in text
    assert "](javascript" not in text
    assert "javascript:alert(4)" not in text


def test_text_output_names_sources_for_every_sentence() -> None:
    briefing = chorus.brief(EXAMPLES)
    text = render(briefing, "text")
    assert text.count("[1]") >= 2  # in the summary and in the source list
    assert all(not line.endswith(" ") for line in text.splitlines())
    assert set(RENDERERS.names()) == {"html", "json", "md", "text"}


def test_weeks_and_years_on_the_timeline_are_shown_as_such(tmp_path: Path) -> None:
    text = (
        "Storm floods the harbour of Tolby\n\n"
        "The harbour of Tolby flooded last week after the sea wall broke in a storm.\n\n"
        "The sea wall was built last year to protect the harbour from winter storms.\n"
    )
    write(tmp_path / "a.txt", text)
    manifest = write(tmp_path / "m.jsonl", '{"file": "a.txt", "published": "2014-01-08"}\n')
    briefing = chorus.brief([tmp_path / "a.txt"], manifest=manifest)
    document = json.loads(render(briefing, "json"))
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    dated = {(e["date"], e["precision"]) for e in document["timeline"]}
    assert {("2013-12-30", "week"), ("2013-01-01", "year")} <= dated
    assert "week of 2013-12-30" in render(briefing, "text")
    html = render(briefing, "html")
    assert 'datetime="2014-W01"' in html and 'datetime="2013"' in html
    # A coarse date shows the expression it rests on, which the sentence's news need not
    # share ("last year": the wall was built then, the flood is this week's).
    for fmt in ("text", "md", "html"):
        shown = " ".join(render(briefing, fmt).split())  # the text output wraps lines
        assert "(last week)" in shown and "(last year)" in shown, fmt


def test_a_days_date_needs_no_expression_beside_it(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Harbour floods\n\nThe harbour of Tolby flooded on Monday.\n")
    manifest = write(tmp_path / "m.jsonl", '{"file": "a.txt", "published": "2014-01-08"}\n')
    briefing = chorus.brief([tmp_path / "a.txt"], manifest=manifest)
    assert [(e.date, e.precision) for e in briefing.timeline] == [(date(2014, 1, 6), "day")]
    assert "(on Monday)" not in render(briefing, "text")


TOLBY_JAIL_FALLS = (
    "Tolby jail falls\n\nDozens of prisoners were freed when fighters overran the jail in "
    "Tolby late in the day.\n\nThe fighting lasted for hours, and the army withdrew to the "
    "hills north of the town by the evening.\n"
)
"""A second outlet's report of the prison break in the figure tests below."""


def test_a_figure_several_outlets_give_is_shown_once_with_all_of_them(tmp_path: Path) -> None:
    reports = {
        "a": "Rebels storm Tolby prison\n\nRebels stormed the prison of Tolby on Monday and "
        "freed dozens of prisoners after a day of fighting in the old town.\n\nThe governor "
        "called the attack a crime against the state and promised a full inquiry.\n",
        "b": TOLBY_JAIL_FALLS,
        "c": "Prison break in Tolby\n\nAn armed group freed 300 prisoners from the prison "
        "of Tolby, a local official told reporters by telephone.\n\nMany of the freed "
        "men had been held for years without trial, relatives said on Tuesday.\n",
    }
    briefing = _brief_reports(tmp_path, reports)
    (group,) = [g for g in briefing.claims if g.what == "prisoners freed"]
    assert len(group.claims) == 3  # the data keep every outlet's claim

    text = render(briefing, "text").splitlines()
    figures = text[text.index("Conflict: prisoners freed") + 1]
    assert figures.lower().count("dozens of prisoners") == 1
    assert "[1] [2]" in figures
    (figures,) = [line for line in render(briefing, "md").splitlines() if "freed**" in line]
    assert figures.lower().count("dozens of prisoners") == 1
    html = render(briefing, "html")
    figures = html[html.index('<table class="claims">') : html.index("</table>")]
    assert figures.count("<tr>") == 3  # the header, dozens (two chips) and 300
    assert figures.count('class="chip"') == 3


def test_one_outlets_restated_figure_is_one_figure_in_the_words_naming_what_is_counted(
    tmp_path: Path,
) -> None:
    reports = {
        "a": "Rebels storm Tolby prison\n\nAround 300 people detained by the militia "
        "had been released after a day of fighting in the old town.\n\nThe governor "
        "called the attack a crime against the state and promised a full inquiry.\n\n"
        "Around 300 prisoners were freed in all, many of them held for years without trial.\n\n"
        "At least 50 prisoners were freed from the east wing alone.\n",
        "b": TOLBY_JAIL_FALLS,
    }
    briefing = _brief_reports(tmp_path, reports)
    (group,) = [g for g in briefing.claims if g.what == "prisoners freed"]
    assert {c.text for c in group.claims} >= {"around 300 people", "around 300 prisoners"}

    text = render(briefing, "text")
    figures = " ".join(text[text.index("\nFigures\n") :].split("\n\n")[0].split())
    assert "around 300 prisoners [1]" in figures
    assert "around 300 people" not in figures
    assert "at least 50 prisoners [1]" in figures  # another count of the same outlet stays
    html = render(briefing, "html")
    table = html[html.index('<table class="claims">') : html.index("</table>")]
    assert "around 300 prisoners" in table and "around 300 people" not in table
    row = table[table.index("around 300 prisoners") :]
    assert row[: row.index("</tr>")].count('class="chip"') == 1  # the outlet, named once


def test_a_documents_words_are_shown_with_the_document(tmp_path: Path) -> None:
    """A lawsuit's words go under the plaintiff who filed it, with the lawsuit named beside
    them in every format, so that they are not read as the plaintiff's own."""
    reports = {
        "a": "Keldor ferry sued\n\nAna Pires, who runs the Keldor ferry, filed a lawsuit on "
        "Monday against the harbour board over the closed pier.\n\nThe lawsuit says the "
        'board "hid the cracks in the pier for two whole years".\n',
        "b": "Ferry owner takes board to court\n\nThe owner of the Keldor ferry, Ana Pires, "
        "has sued the harbour board over the pier it closed in March.\n\nThe board "
        '"hid the cracks in the pier for two whole years", the suit claims.\n',
    }
    briefing = _brief_reports(tmp_path, reports)
    (group,) = [g for g in briefing.quotes if "hid the cracks" in g.quotes[0].text]
    assert group.speaker == "Ana Pires"
    text = render(briefing, "text")
    assert "(the lawsuit)" in text
    assert "(the lawsuit)" in render(briefing, "md")
    assert '<span class="meta">(the lawsuit)</span>' in render(briefing, "html")
    document = json.loads(render(briefing, "json"))
    versions = [v for g in document["quotes"] for v in g["versions"]]
    assert {(v["speaker_as_written"], v["said_in"]) for v in versions} >= {
        ("The lawsuit", "the lawsuit")
    }


def _brief_reports(folder: Path, reports: dict[str, str]) -> chorus.Briefing:
    """The briefing of plain-text reports given as {file stem: text}."""
    for name, text in reports.items():
        write(folder / f"{name}.txt", text)
    return chorus.brief(sorted(folder.glob("*.txt")))
