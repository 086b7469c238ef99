"""A person's first mention in a summary gives the full name.

An article names a person in full once ("said Burt Levy, an analyst at Kelley Blue Book")
and by the family name alone after that ("Levy said"). A summary takes sentences out of
that order, so its first mention of someone may be the bare "Levy", and the reader is left
asking who that is. As a news editor would (and as Nenkova and McKeown's studies of
references to people in summaries recommend), the first mention is completed with the full
name the articles give; later mentions keep the family name.

Without a trained recogniser, a person is told apart from a place or a group by how the
article writes both forms. The full name is introduced as people are: it speaks ("said Burt
Levy"), has an apposition ("Burt Levy, 67," "Burt Levy, an analyst") or a role before it
("analyst Burt Levy"). The family name alone speaks, has an age or a courtesy title
("Mr. Levy"), and is never "the Levy". A name with a title for its first word ("President
Obama", "Chief Tim Styka") is not completed: the title already says who it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..analyse.names import PERSON_BEFORE, TITLE, kind_by_its_words, lower_case_words, names_in
from ..records import Sentence

_NAME_WORD = re.compile(r"(?:Mc|O')?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")
_SPEECH = (
    r"(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|testified|"
    r"recalled|insisted|asked|replied|responded|claimed|cried|announced|tweeted|declared|"
    r"warned|urged|agreed|denied|confirmed|admitted|acknowledged|continued|stated)"
)
_SPEAKS_AFTER = re.compile(rf"(?:'s)?,?\s+{_SPEECH}\b|,\s+(?:\d{{1,3}},|who\b)")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according to)\s+$")
_COURTESY = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")
# A family name right after another name's word, an initial, a nickname or a particle is
# part of a longer name written in pieces: "Juan R. McCullum", 'Abigail "Abby" Williams',
# "Gov. Walker", "del Toro", "France's Carmat".
_INSIDE_A_NAME = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\.?[\"”'’]?|\b(?:de|del|della|der|van|von|da|di|du|la|le|al|el|bin))"
    r"\s+|[A-Z][\w'’-]*/)$"
)


# What follows a name that introduces a person: speech, an age or an apposition.
_INTRODUCED_AFTER = re.compile(rf",?\s+{_SPEECH}\b|,\s+(?:\d{{1,3}},|who\b|an?\b|the\b)")
_THE_BEFORE = re.compile(r"\bthe $")
_NOT_A_NAMED_THING_AFTER = re.compile(r"['’]?s?\s+[A-Z]")
_BEFORE_WINDOW = 80
"""Characters before a mention searched for what introduces it: the longest role or speech
verb with its spaces fits with room to spare."""


def _mentions(name: str, text: str) -> list[int]:
    """Where ``name`` stands in ``text`` as whole words (what ``\\bname\\b`` finds),
    without compiling a pattern for every name: events name hundreds of people."""
    found = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _is_word(text[start - 1])) and (
            end == len(text) or not _is_word(text[end])
        ):
            found.append(start)
        start = text.find(name, start + 1)
    return found


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def _before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether ``pattern`` (anchored with ``$``) matches right before ``start``."""
    return pattern.search(text, max(0, start - _BEFORE_WINDOW), start) is not None


def _introduced(full: str, text: str) -> bool:
    """Whether the text introduces ``full`` as a person: speaking, with an apposition, or
    after a role."""
    return any(
        _INTRODUCED_AFTER.match(text, start + len(full))
        or _before(_SPEECH_BEFORE, text, start)
        or _before(PERSON_BEFORE, text, start)
        for start in _mentions(full, text)
    )


def _used_alone_as_a_person(family: str, text: str) -> bool:
    """Whether the text names a person by ``family`` alone: speaking, with an age or a
    courtesy title, and never as "the Levy"."""
    mentions = _mentions(family, text)
    for start in mentions:
        after = start + len(family)
        if _before(_THE_BEFORE, text, start) and not _NOT_A_NAMED_THING_AFTER.match(text, after):
            return False  # "the Levy", but not "the Cosby Show"
    for start in mentions:
        if _before(_COURTESY, text, start):
            return True
        if _before(_INSIDE_A_NAME, text, start):  # "Upper Darby said" is not Darby speaking
            continue
        if _SPEAKS_AFTER.match(text, start + len(family)) or _before(_SPEECH_BEFORE, text, start):
            return True
    return False


def _full_names(
    sentences: Sequence[Sentence], event_text: str, lower_case: set[str]
) -> dict[str, str]:
    """Family name -> full name, for the people one article introduces in full and that
    the event's articles name by the family name alone; a family name that two people in
    the article share is left out."""
    text = "\n".join(s.text for s in sentences)
    fulls: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        for start, _, name in names_in(sentence.text):
            words = name.split()
            # "Today Ben Yu, 21,", "Whether Reid and...": a sentence's first word may be an
            # ordinary word, one the articles also write in lower case.
            if start == 0 and words[0].lower() in lower_case:
                words = words[1:]
            if 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words):
                fulls[words[-1]].add(" ".join(words))
    return {
        family: full
        for family, names in fulls.items()
        if len(names) == 1
        and not TITLE.match(full := next(iter(names)))
        and kind_by_its_words(full) is None
        and _introduced(full, text)
        and _used_alone_as_a_person(family, event_text)
    }


@dataclass(frozen=True)
class People:
    """The people an event's articles name in full, by family name."""

    in_article: dict[str, dict[str, str]]
    """Article id -> family name -> full name, as that article gives it."""
    in_event: dict[str, str]
    """Family name -> full name, where the articles agree on one person."""

    @classmethod
    def named_in(cls, sentences: Sequence[Sentence]) -> People:
        by_article: dict[str, list[Sentence]] = defaultdict(list)
        for sentence in sentences:
            by_article[sentence.article_id].append(sentence)
        event_text = "\n".join(s.text for s in sentences)
        lower_case = lower_case_words(event_text)
        in_article = {
            article: _full_names(own, event_text, lower_case) for article, own in by_article.items()
        }
        found: dict[str, set[str]] = defaultdict(set)
        for names in in_article.values():
            for family, full in names.items():
                found[family].add(full)
        in_event = {family: next(iter(f)) for family, f in found.items() if len(f) == 1}
        return cls(in_article, in_event)

    def full_name(self, article_id: str, family: str) -> str | None:
        """The full name of the person ``family`` names in that article: the article's own,
        or the one all the event's articles agree on."""
        return self.in_article.get(article_id, {}).get(family) or self.in_event.get(family)

    @cached_property
    def families(self) -> frozenset[str]:
        """Every family name that some article gives a full name for."""
        return frozenset(self.in_event).union(*self.in_article.values())

    def completions(self, sentence: Sentence, mentioned: set[str]) -> list[tuple[int, int, str]]:
        """Where the sentence names someone by the family name alone for the first time
        (not in ``mentioned``, nor in full in the sentence), as (start, end, full name)."""
        if not any(family in sentence.text for family in self.families):
            return []  # most sentences name nobody the articles introduced in full
        names = names_in(sentence.text)
        seen = mentioned | {name.split()[-1] for _, _, name in names if " " in name}
        found = []
        for start, _, name in names:
            if " " in name or name in seen or _before(_INSIDE_A_NAME, sentence.text, start):
                continue
            seen.add(name)
            full = self.full_name(sentence.article_id, name)
            if full is not None:
                found.append((start, start + len(name), full))
        return found

    def words_with_full_names(self, sentence: Sentence) -> int:
        """The sentence's words with every family name in it completed: what it may cost
        the word budget at most."""
        added = sum(len(full.split()) - 1 for _, _, full in self.completions(sentence, set()))
        return sentence.words + added


def complete_first_mentions(sentences: Sequence[Sentence], people: People) -> list[str]:
    """The sentences' texts in the order given, each person's first mention completed with
    the full name ("Levy said" -> "Burt Levy said")."""
    mentioned: set[str] = set()
    texts = []
    for sentence in sentences:
        text = sentence.text
        for start, end, full in reversed(people.completions(sentence, mentioned)):
            text = text[:start] + full + text[end:]
        texts.append(text)
        mentioned.update(name.split()[-1] for _, _, name in names_in(sentence.text))
    return texts
