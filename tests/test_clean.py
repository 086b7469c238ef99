from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import ftfy
import pytest

from chorus.clean import clean, find_boilerplate, normalise_text
from chorus.read import read_inputs
from chorus.records import Article, ParagraphKind, RawArticle
from conftest import ROOT

ANNOTATION = json.loads((ROOT / "tests" / "data" / "seed_annotation.json").read_text())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _cleaned_seeds(seeds: Path) -> dict[str, Article]:
    raws = read_inputs([seeds]).articles
    boilerplate = find_boilerplate(raws)
    return {Path(r.origin).name: clean(r, boilerplate) for r in raws}


def test_annotation_still_matches_the_seed_files(seeds: Path) -> None:
    for name, lines in ANNOTATION["files"].items():
        text = (seeds / name).read_text(encoding="utf-8").split("\n")
        for number, entry in lines.items():
            line = re.sub(r"\s+", " ", text[int(number) - 1]).strip()
            assert hashlib.sha1(line.encode()).hexdigest()[:8] == entry["sha1"], (name, number)


def test_every_annotated_body_line_is_kept_whole(seeds: Path) -> None:
    cleaned = _cleaned_seeds(seeds)
    lost = []
    for name, lines in ANNOTATION["files"].items():
        article = cleaned[name]
        body = {p.line: p.text for p in article.paragraphs if p.kind is ParagraphKind.BODY}
        raw = (seeds / name).read_text(encoding="utf-8").split("\n")
        for number, entry in lines.items():
            if entry["label"] != "body":
                continue
            kept = body.get(int(number))
            # Only inline link pointers ("(see below)") and a dateline may go, and the
            # cleaner must say so; every other word of the line must be kept.
            expected = len(_words(raw[int(number) - 1]))
            expected -= sum(
                len(_words(r.text))
                for r in article.removed
                if r.line == int(number) and r.reason == "link"
            )
            if kept is not None and article.dateline and kept is body.get(min(body)):
                expected -= len(_words(article.dateline))
            if kept is None or len(_words(kept)) != expected:
                lost.append(f"{name}:{number}")
    assert lost == []


def test_no_annotated_furniture_reaches_the_body(seeds: Path) -> None:
    cleaned = _cleaned_seeds(seeds)
    leaked = []
    for name, lines in ANNOTATION["files"].items():
        kept_lines = {
            p.line
            for p in cleaned[name].paragraphs
            if p.kind in (ParagraphKind.BODY, ParagraphKind.HEADING)
        }
        for number, entry in lines.items():
            if entry["label"] == "furniture" and int(number) in kept_lines:
                leaked.append(f"{name}:{number}")
    assert leaked == []


def test_no_inline_link_pointer_survives_in_seed_bodies(seeds: Path) -> None:
    pointer = re.compile(r"[\[(](?:read|see|click|watch)\b[^\])]*[\])]", re.IGNORECASE)
    for article in _cleaned_seeds(seeds).values():
        assert not pointer.search(article.body), article.id


def _clean_text(text: str, **meta: object) -> Article:
    return clean(RawArticle(id="t", text=text, origin="t.txt", headline_first=True, **meta))


FURNISHED = """Tech Section | World | Sport

Dam repairs delayed
again in Orvik

3 min read

Workers inspect the spillway on Monday. (ONA/Ben Rask)

By Clara Holm and Ivo Tenn

June 4, 2023

ORVIK - Repairs to the Orvik dam will not finish before winter, the water authority said on Monday.

The authority blamed a shortage of steel and two floods in May.

"We cannot promise a date," said Mette Lund, the authority's director.

Yes.

[Read our full interview with Lund here.]

The town council meets on Thursday to discuss the delay (video).

Photo gallery:

Water levels

[Video Link] The reservoir stands at 61 percent of capacity.

A worker on the crest of the dam.
Ben Rask/ONA

Share this story

Sign up for our morning newsletter

Comments

  - riverfan

    Took them long enough.

    June 4, 2023
"""


def test_general_furniture_rules_on_an_unseen_layout() -> None:
    article = _clean_text(FURNISHED)
    body = article.body
    assert article.title == "Dam repairs delayed again in Orvik"
    assert article.byline == "Clara Holm and Ivo Tenn"
    assert article.dateline == "ORVIK"
    assert article.published is not None and article.published.isoformat() == "2023-06-04"
    assert body.startswith("Repairs to the Orvik dam")
    for kept in (
        "shortage of steel",
        "We cannot promise a date",
        "Yes.",
        "town council meets on Thursday",
        "61 percent",
    ):
        assert kept in body
    for dropped in (
        "3 min read",
        "Workers inspect",
        "Ben Rask",
        "Read our full interview",
        "(video)",
        "Video Link",
        "Photo gallery",
        "Share this",
        "newsletter",
        "riverfan",
        "Took them long enough",
        "Tech Section",
        "A worker on the crest",
    ):
        assert dropped not in body, dropped
    reasons = {r.reason for r in article.removed}
    assert {
        "reading-time",
        "caption",
        "photo-credit",
        "link",
        "interface",
        "comments",
        "navigation",
        "media-lead-in",
    } <= reasons
    headings = [p.text for p in article.paragraphs if p.kind is ParagraphKind.HEADING]
    assert headings == ["Water levels"]


def test_a_bulleted_list_in_the_body_is_not_a_comment_thread() -> None:
    text = (
        "Council approves budget\n\n"
        "The council approved the budget on Tuesday after a long debate.\n\n"
        "The main items are listed below.\n\n"
        "- Schools\n\n- Roads\n\n"
        "The mayor said the vote was a relief for the town and its residents.\n\n"
        "Officials will publish the details in January 2025, the mayor said.\n"
    )
    article = _clean_text(text)
    assert "relief for the town" in article.body
    assert not any(r.reason == "comments" for r in article.removed)


def test_repeated_lines_and_corpus_boilerplate() -> None:
    site = "Get alerts from The Daily Example"
    first = RawArticle(
        "a",
        f"Title one here\n\nA long first sentence about the storm in the north.\n\n"
        f"{site}\n\n{site}\n",
        "a.txt",
        headline_first=True,
    )
    second = RawArticle(
        "b",
        f"Title two here\n\nAnother long sentence about the storm in the south.\n\n{site}\n",
        "b.txt",
        headline_first=True,
    )
    boilerplate = find_boilerplate([first, second])
    assert site.lower() in boilerplate
    cleaned = clean(first, boilerplate)
    assert site not in cleaned.body
    assert [r.reason for r in cleaned.removed].count("boilerplate") == 1
    assert [r.reason for r in cleaned.removed].count("repeated") == 1


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("Floods hit Orvik - THE ORVIK HERALD Online", "orvik.example", "Floods hit Orvik"),
        ("Floods hit Orvik | Orvik Herald", "Orvik Herald", "Floods hit Orvik"),
        ("Orvik - a town under water", "Herald", "Orvik - a town under water"),
    ],
)
def test_site_name_is_stripped_from_titles(title: str, outlet: str, expected: str) -> None:
    article = clean(
        RawArticle(
            "t",
            "Body sentence that is long enough to be prose here.",
            "t.txt",
            title=title,
            outlet=outlet,
        )
    )
    assert article.title == expected


def test_mojibake_and_curly_quotes_are_normalised(tmp_path: Path) -> None:
    broken = (
        "Title line here\n\nThe minister said it was \u201cover\u201d"
        " and the town\u00e2\u0080\u0099s mayor agreed.\n"
    )
    path = tmp_path / "m.txt"
    path.write_text(broken, encoding="utf-8")
    (raw,) = read_inputs([path]).articles
    body = clean(raw).body
    assert "town's mayor" in body
    assert '"over"' in body


def test_invisible_characters_inside_words_are_removed() -> None:
    line = "A\u200brwa Pires, a \u200bcorrespon\u00addent\u200b for \ufeffKeldor\u2060 Radio, said."
    assert normalise_text(line) == "Arwa Pires, a correspondent for Keldor Radio, said."


def test_a_closing_quotation_mark_lost_to_a_bad_decoding_is_put_back() -> None:
    line = "\u201cIt was so boring,\ufffd? she said. \u201cWhy?\ufffd?"
    assert normalise_text(line) == '"It was so boring," she said. "Why?"'


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe will stay\u201d \u2014 the mayor\u2019s words \u2013 on Monday\u2026",
        "\u2018Quoted\u2019 and \u201cmojibake\u201d: the town\u00e2\u0080\u0099s mayor",
        "Fish &amp; chips \u201chere\u201d",
        "Full\uff57idth \u201cquote\u201d and a \ufb01ne ligature",
    ],
)
def test_lines_are_normalised_as_ftfy_would(line: str) -> None:
    """Lines with only curly quotes, dashes and ellipses take a short way through ftfy; the
    result must be what the whole of ftfy gives, whichever way a line goes."""
    expected = ftfy.fix_text(
        line, uncurl_quotes=True, normalization="NFC", fix_encoding="\u00e2" in line
    )
    assert normalise_text(line) == expected


def test_text_inside_json_strings_is_normalised_too(tmp_path: Path) -> None:
    record = {
        "id": "q",
        "text": "Title line here\n\n\u201cWe will stay,\u201d the mayor said on Monday.",
    }
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    (raw,) = read_inputs([path]).articles
    assert clean(raw).body.startswith('"We will stay,"')


def test_web_archive_notices_and_missing_pages_are_furniture() -> None:
    """A scraper pointed at an archived page often gets the archive's notice instead."""
    notice = (
        "Our robots visited this site as part of a broad crawl of news pages. The seed list "
        "came from a directory of publishers, and the WARC files are kept for researchers."
    )
    article = _clean_text(
        "Storm closes harbour\n\n"
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.\n\n"
        f"{notice}\n\n"
        "Sorry, the page you requested could not be found.\n\n"
        "Ferries will not sail before Sunday, the port authority said."
    )
    assert "crawl" not in article.body and "could not be found" not in article.body
    assert "Ferries will not sail" in article.body
    assert {"archive-notice", "interface"} <= {r.reason for r in article.removed}
    # A page that is mostly a notice is a notice throughout, details included.
    archive_page = _clean_text(
        f"{notice}\n\nCrawl start date: 09 March, 2011\n\nNumber of hosts: 29,032,069\n\n"
        "This crawl was run at a level 1, with the links of each page."
    )
    assert archive_page.body == ""
    # A site's "page not found" notice is one too, with its advice to the reader.
    missing_page = _clean_text(
        "Sorry, the page you requested could not be found.\n\n"
        "If you are trying to reach a page from a bookmark, the page URL may have changed. "
        "Please choose a section from the navigation at the top of this page.\n\n"
        "If you are looking for an older news story, it may no longer be here."
    )
    assert missing_page.body == ""
    # One word about crawling is not a notice; nor is a body that "could not be found".
    kept = _clean_text(
        "Title\n\nTraffic slowed to a crawl on the bridge after the crash.\n\n"
        "The driver's phone could not be found, and the page of his notebook was torn."
    )
    assert "slowed to a crawl" in kept.body and "could not be found" in kept.body


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("ORVIK—Repairs to the dam", "ORVIK"),
        ("ORVIK – Repairs to the dam", "ORVIK"),
        ("ORVIK -- Repairs to the dam", "ORVIK"),  # the place ends before the dash
        ("DENVER -- Repairs to the dam", "DENVER"),
    ],
)
def test_a_dateline_goes_with_or_without_spaces_around_its_dash(lede: str, place: str) -> None:
    article = _clean_text(f"Dam repairs delayed\n\n{lede} will take another year, officials said.")
    assert article.dateline == place
    assert article.body.startswith("Repairs to the dam")


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("LONDON/PARIS (Reuters) - Repairs to the dam", "LONDON/PARIS"),
        ("LONDON/PARIS Repairs to the dam", "LONDON/PARIS"),
        ("NEW YORK/LONDON — Repairs to the dam", "NEW YORK/LONDON"),
    ],
)
def test_a_story_filed_from_two_places_has_both_in_its_dateline(lede: str, place: str) -> None:
    article = _clean_text(f"Dam repairs delayed\n\n{lede} will take another year, officials said.")
    assert article.dateline == place
    assert article.body.startswith("Repairs to the dam")


def test_capitals_with_a_slash_that_name_no_places_are_not_a_dateline() -> None:
    article = _clean_text("Dam repairs delayed\n\nAC/DC Repairs to the dam will take a year.")
    assert article.dateline is None
    assert article.body.startswith("AC/DC Repairs")


@pytest.mark.parametrize("agency", ["(CNN) -- ", "(Orvik News) - ", "(Wire): ", "(CNN) "])
def test_an_agency_before_the_lede_goes_without_being_taken_for_a_place(agency: str) -> None:
    article = _clean_text(f"Dam repairs delayed\n\n{agency}Repairs to the dam will take a year.")
    assert article.dateline is None
    assert article.body.startswith("Repairs to the dam")
    assert agency.strip() in {r.text for r in article.removed}


def test_a_story_starts_at_an_agency_credit_and_an_aside_is_not_one() -> None:
    """A reader prompt above "(CNN) The dam..." is not the story; a parenthesised aside
    that is not a name stays."""
    article = _clean_text(
        "Dam repairs delayed\n\nAre you there? Send us your photos of the dam.\n\n"
        "(CNN) Repairs to the dam will take another year, officials said.\n"
    )
    assert article.body.startswith("Repairs to the dam")
    assert {r.reason for r in article.removed if "Send us" in r.text} == {"caption"}
    aside = "(This story has been updated.) Repairs to the dam will take another year."
    assert _clean_text(f"Dam repairs delayed\n\n{aside}\n").body.startswith(aside)


def test_a_wire_story_starts_at_its_dateline() -> None:
    """Captions above a wire story's dateline are not the story; a dateline without a dash
    goes when its place is known or has a state, and initials or a speaker's name in
    capitals are not datelines."""
    article = _clean_text(
        "Dam repairs delayed\n\n"
        "In this June 21, 2024, photo, workers inspect the dam above the town of Orvik.\n\n"
        "The reservoir, seen from the crest of the dam, has been half empty since May.\n\n"
        "DENVER (AP) — Repairs to the dam will take another year, officials said.\n\n"
        "The authority blamed a shortage of steel and two floods in May.\n"
    )
    assert article.dateline == "DENVER"
    assert article.body.startswith("Repairs to the dam")
    assert {r.reason for r in article.removed if "photo" in r.text} == {"caption"}
    double_dash = _clean_text(
        "Dam repairs delayed\n\nThe governor spoke to our station about the dam on Monday.\n\n"
        "DENVER -- Repairs to the dam will take another year, officials said.\n"
    )
    assert double_dash.dateline == "DENVER"
    assert double_dash.body.startswith("Repairs to the dam")
    for lede, place in (
        ("PARIS The council will meet on Monday to discuss the repairs.", "PARIS"),
        ("ORVIK, Wis. The council will meet on Monday to discuss the repairs.", "ORVIK"),
        ("Paris (Wire) The council will meet on Monday to discuss the repairs.", "Paris"),
        ("Orvik, Wis. (Wire) The council will meet on Monday to discuss it.", "Orvik"),
        ("Holm (Wire) The council will meet on Monday to discuss the repairs.", None),
        ("NASA Administrator Jane Holm said the repairs would take a year.", None),
        ("PRESIDENT HOLM: The repairs will take a year, and we will pay for them.", None),
    ):
        first = _clean_text(f"Dam repairs delayed\n\n{lede}\n")
        assert first.dateline == place, lede
        second = _clean_text(f"Dam repairs delayed\n\nCrews worked on the dam.\n\n{lede}\n")
        assert ("Crews worked on the dam." in second.body) == (place is None), lede


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Story highlights A video shows the dam breaking.", "A video shows the dam breaking."),
        ("KARE-TV A video shows the dam breaking.", "A video shows the dam breaking."),
        # A station as the subject is no label.
        ("KARE-TV reports the dam broke at night.", "KARE-TV reports the dam broke at night."),
        ("Email This Even at 88, the dam's keeper works nights.",
         "Even at 88, the dam's keeper works nights."),
        ("Updated | When the dam broke, the keeper was asleep.",
         "When the dam broke, the keeper was asleep."),
        ("Updated 3:45 PM ET | When the dam broke, the keeper was asleep.",
         "When the dam broke, the keeper was asleep."),
        ("Updated rules for the dam took effect on Monday, the keeper said.",
         "Updated rules for the dam took effect on Monday, the keeper said."),
    ],
)  # fmt: skip
def test_a_label_flattened_into_a_line_is_taken_off_it(line: str, kept: str) -> None:
    article = _clean_text(
        f"Dam repairs delayed\n\nCrews worked on the dam.\n\n{line}\n\n"
        "The council will meet on Tuesday to discuss the repairs.\n"
    )
    assert kept in [p.text for p in article.paragraphs]
    assert {r.text for r in article.removed} == ({line.removesuffix(kept).strip()} - {""})


def test_the_brackets_of_a_link_whose_words_were_lost_are_taken_out() -> None:
    article = _clean_text(
        "Dam repairs delayed\n\nThe only keeper of the dam so far has been Jane Holm ().\n"
    )
    assert article.body == "The only keeper of the dam so far has been Jane Holm."
    assert ("()", "link") in {(r.text, r.reason) for r in article.removed}


def test_a_paragraph_break_lost_after_a_quotation_mark_is_put_back_as_a_space() -> None:
    article = _clean_text(
        'Dam repairs delayed\n\n"We cannot promise a date," Lund said. "Not before winter."The '
        'council meets on Thursday. It was a long day at the dam."We are a family," she said.\n'
    )
    assert article.body == (
        '"We cannot promise a date," Lund said. "Not before winter." The council meets on '
        'Thursday. It was a long day at the dam. "We are a family," she said.'
    )


def test_a_hyphenated_acronym_is_not_a_dateline() -> None:
    article = _clean_text("Union vote\n\nAFL-CIO leaders met on Monday to discuss the strike.")
    assert article.dateline is None
    assert article.body.startswith("AFL-CIO leaders")


def test_a_video_players_controls_and_clip_lists_are_furniture() -> None:
    """Controls flattened into the start of a line are taken off it; a list of the player's
    clips and an embed code's prompt are furniture as whole lines."""
    article = _clean_text(
        "Storm closes harbour\n\n"
        "CLOSE Skip in Skip x Embed x Share The harbour at Lunde was closed on Friday as a "
        "storm brought waves of six metres.\n\n"
        "JUST WATCHED Waves at Lunde Replay More Videos ... MUST WATCH Waves at Lunde 02:23\n\n"
        "1 of 26 Full Screen Autoplay Close Skip Ad × Ferries waited outside the harbour "
        "for three days before the port reopened.\n\n"
        "Embed Storm at Lunde 3:08 autoplay autoplay Copy this code to your website or blog\n\n"
        "Share prices of the ferry company fell by a tenth on Monday, traders said.\n\n"
        "Play Video 2:10 The storm reaches Lunde – video\n\n"
        "Skip x Share\n\n"
        "Close to 300 passengers were stranded in the town, the ferry company said.\n\n"
        "CLOSE Divers searched the harbour for a missing sailor on Saturday morning.\n\n"
        "CLOSE CALL FOR FERRY Passengers were rescued from a ferry that ran aground.\n\n"
        "Replay footage of the storm was shown on local television on Saturday night.\n"
    )
    assert [p.text[:20] for p in article.paragraphs if p.kind != "title"] == [
        "The harbour at Lunde",
        "Ferries waited outsi",
        "Share prices of the ",
        "Close to 300 passeng",
        "Divers searched the ",
        "CLOSE CALL FOR FERRY",
        "Replay footage of th",
    ]
    controls = {
        "CLOSE Skip in Skip x Embed x Share",
        "1 of 26 Full Screen Autoplay Close Skip Ad ×",
    }
    assert controls <= {r.text for r in article.removed if r.reason == "interface"}


def test_a_video_playlist_and_a_videos_description_are_furniture() -> None:
    """A playlist flattened into one line, each video numbered and followed by the player's
    buttons, a video's description ending with its day in brackets and its source, and a
    video's title under its label."""
    article = _clean_text(
        "Storm closes harbour\n\n"
        "Waves of six metres closed the harbour at Lunde for three days. (Jan. 18) AP\n\n"
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.\n\n"
        "The ferry company said on Tuesday (June 20) that it would resume service.\n\n"
        "Ferries wait at Lunde | 0:46 Ferries waited outside the harbour. (Jan. 18) AP 1 of 68 "
        "Skip in Skip x Embed x Share CLOSE Waves at Lunde | 1:02 Waves broke over the pier. "
        "(Jan. 17) AP 2 of 68 Skip in Skip x Embed x Share CLOSE\n\n"
        "Raw: Waves swamp the pier at Lunde in the U.S.\n"
    )
    assert [p.text[:20] for p in article.paragraphs if p.kind != "title"] == [
        "The harbour at Lunde",
        "The ferry company sa",
    ]
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons["Waves of six metres "] == "caption"
    assert reasons["Ferries wait at Lund"] == "interface"
    assert reasons["Raw: Waves swamp the"] == "link"  # the AP's label for unedited footage


def test_a_caption_shown_again_with_its_credit_is_furniture_both_times() -> None:
    caption = "Ferries wait outside the harbour at Lunde, as the storm reaches the coast."
    story = "The harbour at Lunde was closed on Friday as a storm brought waves of six metres."
    article = _clean_text(
        f"Storm closes harbour\n\n{caption}\n\nOct. 3, 2025 {caption} Jane Doe/Reuters\n\n{story}"
    )
    assert article.body == story
    assert [r.reason for r in article.removed].count("caption") == 2


def test_captions_between_paragraphs_are_known_by_their_labels_or_closing_words() -> None:
    """Some pages print a picture's credit and caption after labels, between paragraphs;
    a wire caption may name its picture at the end."""
    story = [
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.",
        "The port reopened on Sunday, after two days of storms, officials said.",
        "More than 300 passengers waited at the quay, the ferry company said.",
    ]
    captions = [
        "Image copyright Coast Post Image caption Harbour master Eva Strand at the quay",
        "Image caption The old pier at Lunde was damaged by the storm.",
        "Waves break over the pier at Lunde, this photo released by the harbour office shows.",
        "A ferry is seen in this aerial photo of the harbour at Lunde on Friday.",
        # A credit whose agency has four words, and a gallery's credits run into one line.
        "Image The harbour master said the pier would reopen. Credit Jane Doe/The Lunde Daily Post",
        "Storms of the 1950s: Photos " + "Jane Doe/Lunde Archive/Getty Images " * 12,
    ]
    article = _clean_text("\n\n".join([story[0], *captions[:2], story[1], *captions[2:], story[2]]))
    assert article.body == "\n\n".join(story)
    assert [r.reason for r in article.removed] == ["caption"] * len(captions)


def test_a_wire_photo_caption_is_known_by_its_opening_even_with_a_sentence_of_background() -> None:
    story = [
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.",
        "This new picture of the coast's storms will take years to complete, the office said.",
        "More than 300 passengers waited at the quay, the ferry company said.",
    ]
    captions = [
        "In this Oct. 3, 2025 photo, ferries wait outside the harbour at Lunde. The storm "
        "closed the port for two days, and more than 300 passengers waited at the quay for a "
        "crossing that the ferry company could not promise before Sunday.",
        "This Friday, Oct. 3, 2025 photo provided by the harbour office shows the old pier.",
        "This image, released by the harbour office, appears to show the damaged pier.",
    ]
    article = _clean_text("\n\n".join([story[0], captions[0], story[1], *captions[1:], story[2]]))
    assert article.body == "\n\n".join(story)
    assert [r.reason for r in article.removed] == ["caption"] * len(captions)


def test_editors_notes_about_the_article_are_furniture() -> None:
    """Corrections, update notices and credits speak about the article, not the news."""
    story = [
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.",
        "The Coast Post reported from Lunde that the ferries would wait until Sunday.",
        "The port authority said its safety report was updated after the storm of 2019.",
        "More than 300 passengers waited at the quay, the ferry company said.",
    ]
    notes = [
        "Correction: An earlier version of this story gave the harbour master's name wrongly.",
        "This article has been updated to include comments from the ferry company.",
        "Staff writer Jane Doe and the Associated Press contributed to this report.",
        "This is a developing story. Stay with coastpost.com for updates.",
        "Jane Doe reported from Lunde, Norway.",
        "Original article on Coast Science.",
        "Coast Radio transcripts are created on a rush deadline by a contractor. This text "
        "may not be in its final form and may be updated or revised in the future.",
    ]
    article = _clean_text("\n\n".join(story[:2] + notes[:3] + story[2:] + notes[3:]))
    assert article.body == "\n\n".join(story)
    assert [r.reason for r in article.removed] == ["editor-note"] * len(notes)


def test_captions_video_pointers_and_newsletter_boxes_are_furniture() -> None:
    """Lines a page shows around its story: a gallery's and a wire photo's captions, a
    "WATCH:" pointer to a video the scrape did not keep, a newsletter box (two interface
    phrases make a longer line interface wording too), an embedded post's location notice,
    a video player's notice."""
    furniture = [
        "Hide Caption 2 of 5 Photos: Ferries wait in the harbour at Lunde.",
        "Photos: The storm at Lunde The old pier, before the storm, in a picture taken by the "
        "harbour office in the summer of 1998 for its archive. Hide Caption 1 of 3 Photos: The "
        "storm at Lunde Waves break over the harbour wall on Friday night, as the wind reaches "
        "its strongest. Hide Caption 2 of 3 Photos: The storm at Lunde Ferries wait outside.",
        "Buy Photo Harbour master Eva Strand inspects the quay at Lunde.",
        "A look back at the harbour's storms View Photos The port has closed five times since "
        "1998. Caption The harbour office counts its storms. Oct. 3, 2025 Ferries wait outside "
        "the harbour wall at Lunde. Jane Doe/AP Buy Photo Wait 1 second to continue.",
        "This image shows the flooded quay at Lunde on Friday morning.",
        "A file photo from the harbour office shows the old ferry terminal.",
        "A ferry waits outside the harbour, Friday, Oct. 3, 2025, in Lunde. Storms have closed "
        "the port for three days.",
        "Eva Strand gestures on the quay at Lunde, Friday, Oct. 3, 2025. The first storm of the "
        "season closed the port on Friday, with waves of... (Coast Press)",
        "WATCH: Waves break over the harbour wall",
        "[VIDEO: The storm reaches Lunde]",
        "Morning Brief Everything about the coast, delivered weekday mornings. Email Sign Up By "
        "signing up you agree to receive newsletters from us. You can unsubscribe at any time, "
        "and we will never share your address with anyone, as our policy on data explains.",
        "You can add location information to your posts. You always have the option to delete "
        "your Tweet location history.",
        "Click below to sign the petition.",
        "Tweet with a location",
        "Interested in Lunde? Add Lunde as an interest to stay up to date. Add Interest",
        "Get the Coast Post by email and never miss our top stories Free Sign Up",
        "This feature is not available right now. Please try again later.",
        "Tell us what you saw, and share your own thoughts on the storm in the comments below.",
        "Media playback is unsupported on your device Media caption Waves at Lunde on Friday",
        "Fill in your details in the form below to join our mailing list about the coast.",
        "The old pier at Lunde, before the storm of Friday. (Photo: Jane Doe, AP)",
        "Waves break over the harbour wall. Credit: Harbour Office",
        "Ferries wait outside the harbour at Lunde on Friday. Jane Doe/Reuters",
        "Ferries shelter in the harbour on Friday. | Jane Doe/Coast Post Storm closes the port "
        "The harbour stays shut for a week.",
        "READ ALSO: Who runs the harbour at Lunde?",
        "Related: Storms close ports along the coast",
        "More: Ferries cancelled for a week",
        "More information: For the ferries' timetable, see the harbour office's page.",
        "Join us on Facebook Like us and you'll find the coast's news in your newsfeed.",
        'Like "Harbour Live" on Facebook HERE: http://example.com/hl',
        'Follow "Harbour Live" on Tumblr HERE: http://example.com/hl-t',
        'Watch full episodes of "Harbour Live" HERE: http://example.com/hl-e',
        "Watch Harbour Live with Jane Doe weeknights at 11:35 PM ET. Only on Coast TV.",
        "Read more about: Lunde, Storms, Ferries",
        "Ferries cancelled for a week as storms close the coast Read more",
        "For more news on the storm at Lunde, follow @janedoe.",
        "You must confirm your signature in your email for your vote to count.",
        "Thank you for subscribing. An error has occurred. Please try again later.",
    ]
    kept = [
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.",
        "A photo of the damage was shared by the port authority on Friday.",
        "The port reopened on Friday, Oct. 10, 2025, after a week of storms, officials said.",
        '"Share your thoughts with us and do not give up," the mayor told residents.',
        "Watch crews worked through the night to reinforce the harbour wall.",
        "Like many people on Facebook, the mayor shared the photo of the flooded pier.",
        "Sailors who follow the harbour master on Twitter saw the warning on Friday.",
        "The harbour show, which airs weeknights at 11:35 p.m., was cancelled for the storm.",
        "Crowds will watch the ferries return on Sundays at 10 a.m., the port said, as before.",
        "The ferry's media playback system failed during the storm, its operator said.",
        "The port's mailing list of ferry passengers was used to warn them, officials said.",
        "More than 300 passengers waited at the quay on Friday, the ferry company said.",
        "Harbour staff read more than 200 messages from stranded passengers, the port said.",
        "Passengers of the Lunde/Vik ferry waited at the quay. Their ferry left on Sunday.",
        "Related ports along the coast closed too, and credit for the warning went to the "
        "harbour office.",
    ]
    article = _clean_text("Storm closes harbour\n\n" + "\n\n".join(kept + furniture))
    for line in kept:
        assert line in article.body, line
    for line in furniture:
        assert line[:30] not in article.body, line
    reasons = {r.reason for r in article.removed}
    assert {"caption", "link", "interface"} <= reasons


def test_a_line_wholly_in_square_brackets_is_an_aside() -> None:
    """A link to another story or a credit in brackets is page furniture; a sentence that
    only opens and ends with editorial brackets is the story's."""
    story = [
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.",
        "[The harbour master] said the port would stay shut until the wind dropped [sic]",
        "The ferry company said it would add sailings once the harbour reopened.",
    ]
    asides = [
        "[Storms close ports along the coast: 'We have never seen it this bad.']",
        "[Who runs the harbour at Lunde?]",
        "[image via Harbour Office]",
        "[via Coast Science]",
    ]
    article = _clean_text("\n\n".join(story[:1] + asides[:2] + story[1:] + asides[2:]))
    # Without a full stop, the bracketed sentence is kept as a heading, as any such line is.
    assert [p.text for p in article.paragraphs] == story
    assert [(r.text, r.reason) for r in article.removed] == [(a, "aside") for a in asides]


def test_how_to_reach_the_reporter_is_furniture() -> None:
    story = [
        "The harbour at Lunde was closed on Friday as a storm brought waves of six metres.",
        "Reach the harbour office at dawn and you will see the damage, the harbour master said.",
    ]
    contacts = [
        "Contact Jane Doe at 408-555-0100.",
        "Reach Jane Doe on Twitter at http://twitter.com/janedoe",
    ]
    article = _clean_text("\n\n".join(story + contacts))
    assert article.body == "\n\n".join(story)
    assert [(r.text, r.reason) for r in article.removed] == [(c, "contact") for c in contacts]


def test_a_byline_run_into_the_first_paragraph_is_the_byline() -> None:
    """Near the top of the page, "By" and people's names before the story's first words on
    one line are the byline; a sentence that opens with someone's possessive, or a byline
    further down the page, stays the story's."""
    story = (
        "Sure, the film is breaking box office records at Lunde's cinema, and both girls and "
        "their mothers are queuing for it."
    )
    article = _clean_text(f"Same Old Story\n\nBy Jane D. Doe and Katherine Roe {story}")
    assert article.byline == "Jane D. Doe and Katherine Roe"
    assert article.body == story

    possessive = (
        "By John Smith's Account the storm hit the coast early on Monday and knocked out "
        "power to thousands of homes."
    )
    assert _clean_text(possessive).body == possessive
    assert _clean_text(possessive).byline is None

    lower = [f"Paragraph {n} of the story says that the harbour stayed closed." for n in range(6)]
    late = f"By Jane Doe and Katherine Roe {story}"
    article = _clean_text("\n\n".join([*lower, late]))
    assert late in article.body


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The spillway of the Orvik dam.", " AP"),
        ("Workers inspect the spillway of the Orvik dam on Monday", " [Reuters]"),
        ("", "ORVIKPHOTOS.COM"),  # the site a picture came from, in capitals, alone
    ],
)
def test_a_caption_and_its_credit_run_into_the_first_paragraph_are_furniture(
    caption: str, credit: str
) -> None:
    """Near the top of the page, a photo's caption and its agency's credit (or a web
    address in capitals alone) before the story's first words on one line are a caption;
    the story keeps its words. A name that
    opens the story's second sentence, or a credit further down the page, is the story's."""
    story = "Repairs to the Orvik dam will not finish before winter, the water authority said."
    article = _clean_text(f"Dam repairs delayed\n\n{caption}{credit} {story}")
    assert article.body == story
    assert [(r.text, r.reason) for r in article.removed] == [(caption + credit, "caption")]

    two_sentences = f"{story} Reuters Television filmed the dam from a boat as workers looked on."
    assert _clean_text(two_sentences).body == two_sentences
    lower = [f"Paragraph {n} of the story says that the harbour stayed closed." for n in range(6)]
    late = f"{caption}{credit} {story}"
    assert late in _clean_text("\n\n".join([*lower, late])).body


def test_a_persons_card_flattened_into_a_sentence_leaves_only_the_name() -> None:
    """A site's card for a person (full name, headlines of their stories, "MORE") run into
    the sentence that names them is furniture; the sentence keeps the name it wrote."""
    text = (
        "Mayor Jane Doe Jane Anne DoeDoe opens new ferry terminal Harbour budget passes MORE "
        "said on Friday that the harbour at Lunde would reopen, and Sen. John Roe John Paul "
        "RoeRoe: 'We will rebuild' MORE agreed."
    )
    article = _clean_text(text)
    assert article.body == (
        "Mayor Jane Doe said on Friday that the harbour at Lunde would reopen, and Sen. John "
        "Roe agreed."
    )
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Jane Anne DoeDoe opens new ferry terminal Harbour budget passes MORE", "name-card"),
        ("John Paul RoeRoe: 'We will rebuild' MORE", "name-card"),
    ]
    plain = "Jane Doe of the MORE Foundation met John Doe, a MORE member, on Friday at Lunde."
    assert _clean_text(plain).body == plain
