"""Wire copies: found through edits, told apart from independent reports, counted once."""

from __future__ import annotations

import json
from datetime import date, timedelta

from datasketch import MinHashLSH

import chorus
from chorus.dedup import (
    CANDIDATE_JACCARD,
    LSH_BANDS,
    NUM_PERM,
    fingerprint,
    group_copies,
    shingles,
)
from chorus.summarise.similarity import content_terms
from conftest import EXAMPLES, ROOT

EVENTS = ROOT / "tests" / "data" / "events.jsonl"


def _articles() -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, EVENTS.read_text().splitlines())}


def syndicated(text: str) -> str:
    """What a republishing site does: a sentence dropped, the end trimmed, furniture added."""
    sentences = text.split(". ")
    kept = sentences[:1] + sentences[2:-1]
    return "Advertisement\n\n" + ". ".join(kept) + ".\n\nShare this article"


def test_shingles_are_five_lower_cased_words_joined_by_spaces() -> None:
    text = "In İzmir, the MAYOR's office -- closed (again) on 3 May."
    words = [
        *("in", "i\u0307zmir", "the", "mayor", "s", "office"),
        *("closed", "again", "on", "3", "may"),
    ]
    assert shingles(text) == {" ".join(words[i : i + 5]).encode() for i in range(len(words) - 4)}
    assert shingles("Only four words here") == {b"only four words here"}
    assert shingles("just five words, no more") == {b"just five words no more"}
    assert shingles("six words: one shingle each way") == {
        b"six words one shingle each",
        b"words one shingle each way",
    }
    assert shingles(" -- ") == set()
    # Words are found before they are lower-cased, which can add a combining character.
    assert "i\u0307zmir" in content_terms("In İzmir the mayor's office closed")


def test_the_written_out_lsh_bands_are_those_datasketch_chooses() -> None:
    chosen = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    assert (chosen.b, chosen.r) == LSH_BANDS


def test_a_trimmed_and_edited_copy_is_found() -> None:
    text = _articles()["ferry-coastline"]["text"]
    prints = [fingerprint("original", text), fingerprint("copy", syndicated(text))]
    groups = group_copies(prints)
    assert [(g.canonical, g.copies) for g in groups] == [("original", ("copy",))]


def test_independent_reports_of_one_event_are_not_copies() -> None:
    articles = _articles()
    ids = ["ferry-coastline", "ferry-islandvoice", "ferry-portnews"]
    groups = group_copies([fingerprint(i, articles[i]["text"]) for i in ids])
    assert all(not g.copies for g in groups)
    assert len(groups) == 3


def test_the_most_complete_copy_is_canonical_then_the_earliest() -> None:
    text = _articles()["rates-ledger"]["text"]
    day = date(2025, 6, 4)
    shorter = fingerprint("short", syndicated(text), day)
    full_late = fingerprint("full-late", text, day + timedelta(days=1))
    full_early = fingerprint("full-early", text + " ", day)
    (group,) = group_copies([shorter, full_late, full_early])
    assert group.canonical == "full-early"
    assert set(group.copies) == {"short", "full-late"}


def test_a_rerun_weeks_later_is_not_a_copy() -> None:
    text = _articles()["final-gazette"]["text"]
    first = fingerprint("first", text, date(2025, 6, 7))
    rerun = fingerprint("rerun", text, date(2025, 8, 7))
    assert all(not g.copies for g in group_copies([first, rerun]))


def test_a_briefing_credits_a_copy_and_counts_it_once() -> None:
    briefing = chorus.brief([EXAMPLES])
    by_id = {s.article_id: s for s in briefing.sources}
    copy = by_id["northern-post"]
    assert copy.copy_of == by_id["harbour-tribune"].marker
    assert "northern-post" not in {a.id for a in briefing.articles}
    for sentence in briefing.summary.sentences:
        assert "northern-post" not in sentence.supporting_articles
    assert f"(a copy of [{copy.copy_of}])" in chorus.render(briefing, "text")
