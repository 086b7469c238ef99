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

from ..analyse.names import PERSON_BEFORE, TITLE, names_in
from ..entities import kind_by_its_words
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


def _introduced(full: str, text: str) -> bool:
    """Whether the text introduces ``full`` as a person: speaking, with an apposition, or
    after a role."""
    name = re.escape(full)
    if re.search(
        rf"\b{name},?\s+{_SPEECH}\b|\b(?:{_SPEECH}|according to)\s+{name}\b"
        rf"|\b{name},\s+(?:\d{{1,3}},|who\b|an?\b|the\b)",
        text,
    ):
        return True
    return any(PERSON_BEFORE.search(text[: m.start()]) for m in re.finditer(rf"\b{name}\b", text))


def _used_alone_as_a_person(family: str, text: str) -> bool:
    """Whether the text names a person by ``family`` alone: speaking, with an age or a
    courtesy title, and never as "the Levy"."""
    name = re.escape(family)
    if re.search(rf"\bthe {name}\b(?!['’]?s?\s+[A-Z])", text):  # not "the Cosby Show"
        return False
    for mention in re.finditer(rf"\b{name}\b", text):
        before, after = text[: mention.start()], text[mention.end() :]
        if _COURTESY.search(before):
            return True
        if _INSIDE_A_NAME.search(before):  # "Upper Darby said" is not Darby speaking
            continue
        if _SPEAKS_AFTER.match(after) or _SPEECH_BEFORE.search(before):
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
        lower_case = set(re.findall(r"\b[a-z]+\b", event_text))
        in_article = {
            article: _full_names(own, event_text, lower_case)
            for article, own in by_article.items()
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

    def completions(self, sentence: Sentence, mentioned: set[str]) -> list[tuple[int, int, str]]:
        """Where the sentence names someone by the family name alone for the first time
        (not in ``mentioned``, nor in full in the sentence), as (start, end, full name)."""
        names = names_in(sentence.text)
        seen = mentioned | {name.split()[-1] for _, _, name in names if " " in name}
        found = []
        for start, _, name in names:
            if " " in name or name in seen or _INSIDE_A_NAME.search(sentence.text[:start]):
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
