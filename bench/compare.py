"""Cross-source comparison against hand annotation: conflicts and quotations.

Each file in ``bench/annotations/`` annotates one event: the seeds, or one Multi-News
cluster. It lists the figures that truly conflict (what is counted and the values stated)
and, for every quotation (keyed by the article and the SHA-1 of the quotation's text), its
speaker and, when several outlets quote one utterance, a group label.

- Conflicts: a reported conflict is right when it counts the same thing as an annotated
  one and includes every annotated value (a claim includes a value inside its range).
- Speakers: over quotations whose speaker the annotator could tell; a speaker is right when
  it can be the same name (``same_name``: spellings, short forms) or the briefing's names
  list gives both names to one person (a stage name and a real name).
- Matching: pairs of quotations of different articles put in one group.
- Claims (where annotated): each count, as (article, sentence, value, thing counted); right
  when a claim of that sentence counts that thing and its range holds the value; whether the
  happening (killed, freed, ...) is also right is reported beside.
- Timeline (where annotated): each expression that dates something, as (article, sentence,
  date); right when the sentence resolves to the annotated date.

    .venv/bin/python bench/compare.py [--annotations bench/annotations]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from itertools import combinations
from pathlib import Path

import chorus
from chorus.analyse.names import same_name
from chorus.briefing import brief_articles
from chorus.evaluate.clustering import Scores
from chorus.read.multinews import articles_from_cluster
from chorus.records import Briefing

ROOT = Path(__file__).resolve().parent.parent
UNKNOWN = "?"
WORD = re.compile(r"\w+")
SENTENCE_WORDS_MISSING = 0.1
"""The share of the shorter sentence's first words the longer one may lack (a credit)."""


def briefing_of(annotation: dict) -> Briefing:
    source = (ROOT / annotation["input"]).resolve()
    if "cluster" not in annotation:
        return chorus.brief([source])
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] == annotation["cluster"]:
                return brief_articles(articles_from_cluster(record["id"], record))
    raise SystemExit(f"no cluster {annotation['cluster']} in {source}")


def quote_key(article_id: str, text: str) -> tuple[str, str]:
    return article_id, hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def conflict_counts(briefing: Briefing, gold: list[dict]) -> tuple[int, int, int]:
    """(right reported conflicts, reported conflicts, annotated conflicts found)."""
    reported = [g for g in briefing.claims if g.conflict]

    def covers(group, annotated: dict) -> bool:  # type: ignore[no-untyped-def]
        return group.what == annotated["what"] and all(
            any(c.quantity.low <= v <= c.quantity.high for c in group.claims)
            for v in annotated["values"]
        )

    right = sum(any(covers(g, a) for a in gold) for g in reported)
    found = sum(any(covers(g, a) for g in reported) for a in gold)
    return right, len(reported), found


def speaker_counts(briefing: Briefing, gold: dict) -> tuple[int, int, int]:
    """(right speakers, speakers given on judged quotations, judged quotations with one)."""
    system = {
        quote_key(q.article_id, q.text): q.speaker for a in briefing.articles for q in a.quotes
    }
    right = given = named = 0
    for article_id, quotes in gold.items():
        for digest, truth in quotes.items():
            speaker = truth["speaker"]
            if speaker == UNKNOWN:
                continue
            said = system.get((article_id, digest))
            named += speaker is not None
            given += said is not None
            right += (
                said is not None and speaker is not None and same_person(briefing, said, speaker)
            )
    return right, given, named


def same_person(briefing: Briefing, said: str, annotated: str) -> bool:
    """Whether a speaker Chorus gave can be the annotated one: the same name, or two names
    the briefing's names list gives one person ("Stormy Daniels", "Stephanie Clifford")."""
    return same_name(said, annotated) or any(
        said in forms and any(same_name(form, annotated) for form in forms)
        for forms in ((e.name, *e.variants) for e in briefing.entities)
    )


def matching_pairs(briefing: Briefing, gold: dict) -> tuple[set, set]:
    """Cross-article pairs of annotated quotations: (put together, truly together)."""
    annotated = {(a, d): t["group"] for a, quotes in gold.items() for d, t in quotes.items()}
    found = set()
    for group in briefing.quotes:
        keys = [quote_key(q.article_id, q.text) for q in group.quotes]
        found |= {
            tuple(sorted(p))
            for p in combinations([k for k in keys if k in annotated], 2)
            if p[0][0] != p[1][0]
        }
    true = {
        tuple(sorted((a, b)))
        for a, b in combinations(annotated, 2)
        if a[0] != b[0] and annotated[a] and annotated[a] == annotated[b]
    }
    return found, true


def same_sentence(annotated: str, found: str) -> bool:
    """Whether a sentence Chorus found holds an annotated one, or is a piece of it: the
    shorter one's words run on in the longer one, but for a few at its start. So a
    reference outlives changes of segmentation (two sentences merged, one split) and of
    cleaning (a credit taken off the start of a lede)."""
    words = WORD.findall(annotated.lower()), WORD.findall(found.lower())
    shorter, longer = sorted(words, key=len)
    within = f" {' '.join(longer)} "
    return bool(shorter) and any(
        f" {' '.join(shorter[start:])} " in within
        for start in range(1 + int(SENTENCE_WORDS_MISSING * len(shorter)))
    )


def timeline_counts(briefing: Briefing, gold: dict) -> tuple[int, int, int, int]:
    """(dated expressions right, dated expressions, annotated ones found, annotated ones),
    each a sentence and the date it resolves to."""
    text = {s.id: s.text for a in briefing.articles for s in a.sentences}
    system = {
        (t.article_id, t.sentence_id, t.date.isoformat())
        for a in briefing.articles
        for t in a.times
        if t.date
    }
    truth = {(a, sentence, day) for a, entries in gold.items() for sentence, _, day in entries}

    def matches(found: tuple[str, str, str], annotated: tuple[str, str, str]) -> bool:
        return found[::2] == annotated[::2] and same_sentence(annotated[1], text[found[1]])

    right = sum(any(matches(f, t) for t in truth) for f in system)
    found = sum(any(matches(f, t) for f in system) for t in truth)
    return right, len(system), found, len(truth)


def claim_counts(briefing: Briefing, gold: list) -> tuple[int, int, int, int]:
    """(claims found with the right count and thing counted, claims, annotated claims,
    found ones whose happening is also right)."""
    text = {s.id: s.text for a in briefing.articles for s in a.sentences}
    truth = {(a, sentence, value, counted): action for a, sentence, value, counted, action in gold}
    right = happening = 0
    claims = [c for a in briefing.articles for c in a.claims]
    for claim in claims:
        for (article, sentence, value, counted), action in truth.items():
            if (
                claim.article_id == article
                and claim.quantity.low <= value <= claim.quantity.high
                and claim.counted == counted
                and same_sentence(sentence, text[claim.sentence_id])
            ):
                right += 1
                happening += claim.action == action
                break
    return right, len(claims), len(gold), happening


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=Path, default=ROOT / "bench" / "annotations")
    args = parser.parse_args()
    files = sorted(args.annotations.glob("*.json"))
    totals = [0] * 6
    found_pairs: set = set()
    true_pairs: set = set()
    print(
        "| event | conflicts P | conflicts R | speakers P | speakers R | matching P | matching R |"
    )
    print("|---|---|---|---|---|---|---|")
    for path in files:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        briefing = briefing_of(annotation)
        c_right, c_reported, c_found = conflict_counts(briefing, annotation["conflicts"])
        s_right, s_given, s_named = speaker_counts(briefing, annotation["quotes"])
        found, true = matching_pairs(briefing, annotation["quotes"])
        found_pairs |= {(annotation["name"], p) for p in found}
        true_pairs |= {(annotation["name"], p) for p in true}
        counts = (c_right, c_reported, c_found, s_right, s_given, s_named)
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        hits = len(found & true)
        print(
            f"| {annotation['name']} | {c_right}/{c_reported} | {c_found}/"
            f"{len(annotation['conflicts'])} | {s_right}/{s_given} | {s_right}/{s_named} "
            f"| {hits}/{len(found)} | {hits}/{len(true)} |"
        )
    gold_conflicts = sum(len(json.loads(p.read_text(encoding="utf-8"))["conflicts"]) for p in files)
    conflicts = Scores(ratio(totals[0], totals[1]), ratio(totals[2], gold_conflicts))
    speakers = Scores(ratio(totals[3], totals[4]), ratio(totals[3], totals[5]))
    hits = len(found_pairs & true_pairs)
    matching = Scores(ratio(hits, len(found_pairs)), ratio(hits, len(true_pairs)))
    print(
        f"| **all** | **{conflicts.precision:.2f}** | **{conflicts.recall:.2f}** "
        f"| **{speakers.precision:.2f}** | **{speakers.recall:.2f}** "
        f"| **{matching.precision:.2f}** | **{matching.recall:.2f}** |"
    )
    print("\n| event | claims P | claims R | happening right |\n|---|---|---|---|")
    total = [0, 0, 0, 0]
    for path in files:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        if "claims" in annotation:
            counts = claim_counts(briefing_of(annotation), annotation["claims"])
            total = [t + c for t, c in zip(total, counts, strict=True)]
            right, found, annotated, happening = counts
            print(
                f"| {annotation['name']} | {right}/{found} | {right}/{annotated} "
                f"| {happening}/{right} |"
            )
    right, found, annotated, happening = total
    print(
        f"| **all** | **{ratio(right, found):.2f}** | **{ratio(right, annotated):.2f}** "
        f"| **{ratio(happening, right):.2f}** |"
    )
    print("\n| event | timeline dates P | timeline dates R |\n|---|---|---|")
    total = [0, 0, 0, 0]
    for path in files:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        if annotation.get("timeline"):
            counts = timeline_counts(briefing_of(annotation), annotation["timeline"])
            total = [t + c for t, c in zip(total, counts, strict=True)]
            right, dated, found, annotated = counts
            print(f"| {annotation['name']} | {right}/{dated} | {found}/{annotated} |")
    right, dated, found, annotated = total
    print(f"| **all** | **{ratio(right, dated):.2f}** | **{ratio(found, annotated):.2f}** |")


if __name__ == "__main__":
    main()
