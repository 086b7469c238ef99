"""Sentence segmentation measured on a small hand-checked set of news prose
(``tests/data/sentences.jsonl``, written for this project)."""

from __future__ import annotations

import json

import pytest

from chorus.analyse import split_sentences
from chorus.analyse.sentences import sentences_of
from chorus.clean import clean
from chorus.records import RawArticle
from conftest import ROOT

CASES = [
    json.loads(line)
    for line in (ROOT / "tests" / "data" / "sentences.jsonl").read_text().splitlines()
]


def test_segmenter_accuracy_on_hand_checked_news_prose() -> None:
    wrong = [c for c in CASES if split_sentences(c["text"]) != c["sentences"]]
    accuracy = 1 - len(wrong) / len(CASES)
    print(f"sentence segmentation: {accuracy:.1%} of {len(CASES)} paragraphs exact")
    assert accuracy >= 0.95, [c["text"] for c in wrong]


def test_abbreviations_and_quotes_do_not_split() -> None:
    assert split_sentences("The U.S. envoy met Gen. Ortiz on Jan. 5. Talks ended.") == [
        "The U.S. envoy met Gen. Ortiz on Jan. 5.",
        "Talks ended.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The warning runs through 6 p.m. Saturday, forecasters said. Roads were shut.",
         ["The warning runs through 6 p.m. Saturday, forecasters said.", "Roads were shut."]),
        ("He was shot around 11:30 p.m. ET. Police came.",
         ["He was shot around 11:30 p.m. ET.", "Police came."]),
        ("The polls open at 7 a.m. Nov. 6 and close at night.",
         ["The polls open at 7 a.m. Nov. 6 and close at night."]),
        ("The terms prompted Ms. Clifford to sue. She did.",
         ["The terms prompted Ms. Clifford to sue.", "She did."]),
        ("He left at 6 p.m. The next day he returned.",
         ["He left at 6 p.m.", "The next day he returned."]),
        ("He left at 9 a.m. May I ask why?", ["He left at 9 a.m.", "May I ask why?"]),
        ("Around 1:20 p.m. 4-year-old Kai stopped. He barked.",
         ["Around 1:20 p.m. 4-year-old Kai stopped.", "He barked."]),
        ("At 9 a.m. Police arrived.", ["At 9 a.m. Police arrived."]),
        ("It ended at 10 p.m. 3,000 fans left.", ["It ended at 10 p.m.", "3,000 fans left."]),
        ("He died in his Millis, Mass. home, officials said. Next.",
         ["He died in his Millis, Mass. home, officials said.", "Next."]),
        ("She starred in Mamma Mia! in 2008. Then more.",
         ["She starred in Mamma Mia! in 2008.", "Then more."]),
        ("He left Boston, Mass. iPhone sales rose.",
         ["He left Boston, Mass.", "iPhone sales rose."]),
        ('"No! we stay!" Ana Pires told Tomas Ruiz. He left.',
         ['"No! we stay!" Ana Pires told Tomas Ruiz.', "He left."]),
        ('"Why now?" Ruiz asked. "Stop!" He ran.',
         ['"Why now?" Ruiz asked.', '"Stop!"', "He ran."]),
        # An aside in brackets that ends with its own full stop is a sentence of its own.
        ("The pass is shut. (The road authority said it would reopen it in May.) Crews left.",
         ["The pass is shut.", "(The road authority said it would reopen it in May.)",
          "Crews left."]),
        ("The (U.S.) Army came. He met (ret.) General Hale.",
         ["The (U.S.) Army came.", "He met (ret.) General Hale."]),
        # A stock's code with its exchange, and a sentence that opens with letters.
        ("Harbour Group HARB.L bought Lunde Ferries LUND.N, a rival, for $1.2 billion. "
         "Shares rose.",
         ["Harbour Group HARB.L bought Lunde Ferries LUND.N, a rival, for $1.2 billion.",
          "Shares rose."]),
        ("The ferries joined NATO. A convoy left. Talks began in the EU. US officials came.",
         ["The ferries joined NATO.", "A convoy left.", "Talks began in the EU.",
          "US officials came."]),
    ],
)  # fmt: skip
def test_a_sentence_ends_only_where_the_next_one_can_begin(text: str, sentences: list[str]) -> None:
    """sentencex ends a sentence after "p.m.", "Ms.", "Mass." or "!" whatever follows; a
    day, a date or a time zone after a clock time, a name after a title, a lower-case word,
    whatever follows a clock time standing alone, and a speech tag after a quotation that
    ends with "!" or "?" ('"Why now?" Ruiz asked.', not 'He ran.') go on with it."""
    assert split_sentences(text) == sentences


def test_sentence_ids_are_stable_and_only_come_from_body_paragraphs() -> None:
    raw = RawArticle(
        "story",
        "A headline without a stop\n\nThe first sentence is here. The second one follows.\n\n"
        "Subhead line\n\nA third sentence closes the story.\n",
        "story.txt",
        headline_first=True,
    )
    first = sentences_of(clean(raw))
    assert [s.id for s in first] == ["story/s0", "story/s1", "story/s2"]
    assert [s.text for s in first][2] == "A third sentence closes the story."
    assert sentences_of(clean(raw)) == first


def test_a_quotation_of_several_sentences_stays_one_sentence_with_its_closing_mark() -> None:
    assert split_sentences(
        'Officials said: "We will rebuild. We will not stop." The mayor agreed.'
    ) == ['Officials said: "We will rebuild. We will not stop."', "The mayor agreed."]
    assert split_sentences('The sign read "Welcome to Springfeld." Nobody saw the typo.') == [
        'The sign read "Welcome to Springfeld."',
        "Nobody saw the typo.",
    ]


def test_an_initialism_after_a_hyphen_stays_whole() -> None:
    assert split_sentences("Ana Pires is the co-C.E.O. of the ferry company, which runs six.") == [
        "Ana Pires is the co-C.E.O. of the ferry company, which runs six."
    ]


def test_a_quotation_ends_its_sentence_after_a_word_sentencex_takes_for_an_abbreviation() -> None:
    """sentencex reads "no." or "me." before a closing mark as an abbreviation's stop."""
    assert split_sentences('"We never said no." For her part, the mayor was ready.') == [
        '"We never said no."',
        "For her part, the mayor was ready.",
    ]
    assert split_sentences('Aid is "beyond me." He said that others agree.') == [
        'Aid is "beyond me."',
        "He said that others agree.",
    ]
    # Not inside brackets left open, nor before a speech tag that the full stop misplaces.
    for text in (
        '(It calls the idea "phygital." No, really, it does.)',
        '"We never said no." Ana Ruiz said.',
    ):
        assert split_sentences(text) == [text]


def test_a_quotation_left_open_at_the_paragraph_end_keeps_its_opening_mark() -> None:
    """News style leaves a quotation that goes on in the next paragraph unclosed; its
    opening mark belongs to the sentence it opens, not to the one before."""
    assert split_sentences('"We stay," Ruiz said. "And I think the pier will hold.') == [
        '"We stay," Ruiz said.',
        '"And I think the pier will hold.',
    ]
    # A quotation sentencex splits (a stray mark later in the paragraph misleads it) is one
    # sentence again when the next piece closes it.
    text = 'Ana said, "It is one thing. And then the mold." She left. Read "The Flood." Club"'
    assert split_sentences(text)[:2] == [
        'Ana said, "It is one thing. And then the mold."',
        "She left.",
    ]
    # A closing mark after a space stays where it is.
    assert split_sentences('He told them to "Stay calm. " The crowd left.') == [
        'He told them to "Stay calm. "',
        "The crowd left.",
    ]


def test_unusual_spaces_never_crash_the_segmenter() -> None:
    # sentencex 1.0.32 panics on a capital, a non-ASCII space and a full stop.
    for space in ("\u00a0", "\u2003", "\u3000", "\u2028", "\x85"):
        assert split_sentences(f"He met J{space}. Smith on Monday. They talked.") == [
            "He met J . Smith on Monday.",
            "They talked.",
        ]
