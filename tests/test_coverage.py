"""Coverage: facts most outlets state, facts only one states, as a source x fact matrix."""

from __future__ import annotations

import chorus
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
