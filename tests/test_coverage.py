"""Coverage: facts most outlets state, facts only one states, as a source x fact matrix."""

from __future__ import annotations

import importlib

import pytest

import chorus
from chorus.analyse import analyse
from chorus.briefing import leading_sentences
from chorus.clean import clean
from chorus.coverage import coverage
from chorus.records import Article, Sentence, Severity
from chorus.summarise.centroid import EventSentences
from conftest import EXAMPLES


def test_consensus_and_exclusive_facts_of_the_examples() -> None:
    briefing = chorus.brief([EXAMPLES])
    facts = briefing.coverage
    independent = {s.article_id for s in briefing.sources if s.copy_of is None}
    assert facts and all(set(f.article_ids) <= independent for f in facts)
    consensus = [f for f in facts if f.kind == "consensus"]
    assert consensus and all(len(f.article_ids) >= 2 for f in consensus)
    assert any("landslide" in f.text.lower() for f in consensus)
    exclusive = [f for f in facts if f.kind == "exclusive"]
    assert exclusive and all(len(f.article_ids) == 1 for f in exclusive)
    # Shared facts first, most widely stated first.
    breadth = [len(f.article_ids) for f in facts if f.kind != "exclusive"]
    assert breadth == sorted(breadth, reverse=True)
    # No fact is listed twice.
    assert len({f.sentence_id for f in facts}) == len(facts)
    matrix = chorus.render(briefing, "md")
    assert "## Coverage" in matrix and "| x |" in matrix


def test_coverage_reads_sentences_compared_in_another_order_alike() -> None:
    shared = "The harbour bridge reopened to traffic on Monday after three weeks of repairs."
    texts = {
        "a": f"{shared} Engineers replaced two cables that had corroded in the winter storms.",
        "b": f"{shared} The mayor thanked the crews who worked through the night to finish.",
        "c": "Traffic on the harbour bridge was heavy on Monday as commuters returned to it.",
    }
    articles = [
        analyse(clean(chorus.RawArticle(key, text, key, outlet=key))) for key, text in texts.items()
    ]
    facts = coverage(articles)
    # The sentence both "a" and "b" state is shown in the words of the first of them.
    assert facts[0].sentence_id.startswith("a/")
    assert coverage(articles, EventSentences.of(articles[::-1])) == facts


def test_one_article_has_no_coverage_matrix() -> None:
    briefing = chorus.brief([EXAMPLES / "valley-courier.txt"])
    assert briefing.coverage == ()


def test_a_fact_is_shown_in_the_words_that_read_alone() -> None:
    def article(article_id: str, *paragraphs: str) -> chorus.RawArticle:
        text = f"Headline {article_id}\n\n" + "\n\n".join(paragraphs)
        return chorus.RawArticle(article_id, text, article_id, outlet=article_id.title())

    leaning = "But the mayor said the harbour of Veral would reopen to ferries on Monday."
    alone = "Mayor Ines Varga said the harbour of Veral would reopen to ferries on Monday."
    speech = (
        "We will not let a ferry leave the Veral harbour until the earthquake damage is checked."
    )
    briefing = chorus.brief(
        [
            article("alpha", "An earthquake struck the coastal city of Veral on Sunday.", leaning),
            article("beta", "Engineers inspected every pier in Veral after the earthquake.", alone),
            article("gamma", "The earthquake in Veral damaged six piers and a ferry terminal.",
                    speech, "Inspectors arrived from the capital later in the afternoon."),
        ]
    )  # fmt: skip
    texts = [f.text for f in briefing.coverage]
    assert alone in texts and leaning not in texts
    gamma = [f.text for f in briefing.coverage if f.article_ids == ("gamma",)]
    assert gamma and gamma[0] != speech  # its words without a name come last


def test_a_bare_quotation_is_no_fact_of_its_own() -> None:
    said = '"We lost the whole harbour district in a minute," Mayor Ines Varga said on Sunday.'
    going_on = '"Nobody in the harbour district will be left behind, whatever it costs."'
    briefing = chorus.brief(
        [
            chorus.RawArticle(
                "alpha",
                "Headline alpha\n\nAn earthquake struck Veral on Sunday.\n\n"
                f"{said}\n\n{going_on}",
                "alpha",
                outlet="Alpha",
            ),
            chorus.RawArticle(
                "beta", "Headline beta\n\nAn earthquake struck Veral on Sunday.", "beta",
                outlet="Beta",
            ),
        ]
    )  # fmt: skip
    assert going_on in [s.text for s in briefing.summary.sentences]
    texts = [f.text for f in briefing.coverage]
    assert said in texts and going_on not in texts


def test_an_event_too_large_to_compare_whole_is_briefed_from_its_leads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Summary and coverage compare every pair of sentences; past a limit they take each
    article's first sentences, say so, and every other part keeps the whole articles."""
    whole = chorus.brief([EXAMPLES])
    monkeypatch.setattr(importlib.import_module("chorus.briefing"), "MAX_COMPARED_SENTENCES", 12)
    briefing = chorus.brief([EXAMPLES])
    (note,) = [p for p in briefing.problems if "sentences" in p.message]
    kept = int(note.message.rsplit(" ", 1)[1])
    assert note.severity == Severity.NOTE and kept < max(len(a.sentences) for a in whole.articles)
    index = {s.id: s.index for a in briefing.articles for s in a.sentences}
    compared = [s.sentence_id for s in briefing.summary.sentences]
    compared += [f.sentence_id for f in briefing.coverage]
    assert compared and all(index[i] < kept for i in compared)
    assert [len(a.sentences) for a in briefing.articles] == [
        len(a.sentences) for a in whole.articles
    ]
    assert briefing.quotes == whole.quotes and briefing.timeline == whole.timeline
    for form in ("html", "json", "md", "text"):
        assert chorus.render(briefing, form)


def test_leading_sentences_keep_the_most_each_article_can_have() -> None:
    articles = [
        Article(
            id=f"a{n}", origin=f"a{n}", outlet=f"Outlet {n}", title=None, url=None,
            published=None, published_from=None, wire=None, byline=None, dateline=None,
            paragraphs=(),
            sentences=tuple(Sentence(f"a{n}/s{i}", f"a{n}", i, 0, "Text.") for i in range(count)),
        )
        for n, count in enumerate((2, 5, 9))
    ]  # fmt: skip
    kept, k = leading_sentences(articles, 10)
    assert k == 4 and [len(a.sentences) for a in kept] == [2, 4, 4]
    assert leading_sentences(articles, 16) == (articles, None)
