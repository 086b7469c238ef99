"""The topic signature: the words an event uses far more often than English does."""

from __future__ import annotations

from itertools import product
from string import ascii_lowercase

from chorus.summarise.signature import signature_words, topic_signature

# About two hundred words in all, of which each invented filler word is used once.
FILLER = " ".join(f"zq{a}{b}" for a, b in list(product(ascii_lowercase, repeat=2))[:194])
TEXTS = [
    "A landslide buried the Keldor road, and people fled.",
    "The landslide at Keldor left people stranded.",
    FILLER,
]


def test_the_signature_holds_the_events_words_not_common_english() -> None:
    """Twice in about two hundred words is far more than English uses "keldor" or "landslide",
    and about as often as it uses "people"."""
    signature = topic_signature(signature_words(TEXTS))
    assert signature == {"keldor", "landslide"}


def test_a_word_used_once_is_no_signature_word() -> None:
    signature = topic_signature(signature_words(TEXTS))
    assert not any(word.startswith("zq") for word in signature)  # rare, but said once
    assert "buried" not in signature
    assert topic_signature([]) == set()
    assert topic_signature([[]]) == set()


def test_signature_words_are_lower_case_content_words() -> None:
    assert signature_words(["The Keldor road's rescuers, it said, dug on."]) == [
        ["keldor", "road's", "rescuers", "dug"]
    ]
