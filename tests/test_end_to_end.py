"""The canonical input: the five seed articles, through the command line, in every format."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from chorus.summarise.base import can_open
from conftest import ROOT

ANNOTATION = json.loads((ROOT / "tests" / "data" / "seed_annotation.json").read_text())
SCHEMA = json.loads(resources.files("chorus").joinpath("schema/briefing.schema.json").read_text())


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.fixture
def seed_args(seeds: Path) -> list[str]:
    return [
        *sorted(str(p) for p in seeds.glob("*.txt")),
        "--manifest",
        str(seeds / "manifest.jsonl"),
    ]


def test_seed_briefing_json_is_valid_and_attributed(run_cli, seed_args: list[str]) -> None:
    result = run_cli("brief", *seed_args, "--format", "json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    summary = document["summary"]
    assert 0 < summary["words"] <= 120
    outlets = {s["outlet"] for s in document["sources"]}
    assert outlets == {
        "NOW",
        "EA WorldView",
        "Asharq Al-Awsat",
        "Al Jazeera America",
        "Syria Direct",
    }
    assert all(s["sources"] for s in summary["sentences"])
    assert can_open(summary["sentences"][0]["text"])
    assert any(len(s["sources"]) > 1 for s in summary["sentences"]), "no cross-source support"


@pytest.mark.parametrize("fmt", ["text", "md", "json", "html"])
def test_no_annotated_furniture_reaches_any_output(
    run_cli, seeds: Path, seed_args: list[str], fmt: str
) -> None:
    result = run_cli("brief", *seed_args, "--format", fmt, "--words", "400")
    assert result.code == 0, result.err
    output = _norm(result.out)
    leaked = []
    for name, lines in ANNOTATION["files"].items():
        raw = (seeds / name).read_text(encoding="utf-8").split("\n")
        for number, entry in lines.items():
            text = _norm(raw[int(number) - 1])
            if entry["label"] == "furniture" and len(text.split()) >= 4 and text in output:
                leaked.append(f"{name}:{number}")
    assert leaked == []


def test_seeds_without_a_manifest_take_dates_and_outlets_from_the_text(
    run_cli, seeds: Path
) -> None:
    result = run_cli("brief", *sorted(str(p) for p in seeds.glob("*.txt")), "--format", "json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    dated = [a for a in document["articles"] if a["published"]]
    assert dated and all(a["published_from"] == "text" for a in dated)
    assert all(a["outlet"] for a in document["articles"])


def test_folder_argument_finds_the_seed_manifest(run_cli, seeds: Path) -> None:
    result = run_cli("brief", str(seeds), "--format", "json")
    document = json.loads(result.out)
    assert "Syria Direct" in {s["outlet"] for s in document["sources"]}
