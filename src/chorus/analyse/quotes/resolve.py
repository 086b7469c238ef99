"""From the speaker as written to a name: roles, pronouns, documents and organisations
resolved against the names the article gives, and family names completed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...places import is_known_place, spelled_out
from ...records import Quote, Sentence
from ..names import (
    NAME_WORD,
    PERSON_BEFORE,
    comparable_form,
    describes_someone,
    from_given_name,
    given_name_pronoun,
    is_given_name,
    kind_by_its_words,
    may_be_person,
    names_a_role,
    names_in,
    pronoun_of,
    same_name,
)
from .patterns import (
    DOCUMENT_KINDS,
    DOCUMENT_SUBJECT,
    HE_OR_SHE,
    INSTITUTION,
    INSTITUTION_NAME_WORDS,
    ISSUED,
    ISSUED_BY,
    OTHER_PRONOUN,
    PLACE_INSTITUTION,
    PRONOUN,
    PRONOUN_BEFORE_VERB,
    QUOTE,
    REPORTED_TAIL,
    ROLE,
    ROLE_REACH,
)
from .speaker import clause_subject, without_appositive, written_speaker


def resolve_speaker(
    written: str,
    named: list[tuple[int, str, str]],
    index: int,
    person: str | None,
    issuers: dict[str, str],
    organisation: str | None = None,
) -> str | None:
    """A name, or a place's institution ("Syrian state television"), as is; a role as the
    nearest name the article gives that role (earlier first); "he", "she" or a description
    ("the Missouri Democrat") as ``person``, whom the sentences before point to; a document
    ("the lawsuit", "Clifford's lawsuit") as whoever its owner or ``issuers`` says issued it,
    and "his letter" as nobody (whose "his" it is, is less sure than for "he said"); "the
    company" as the ``organisation`` that spoke just before, else the nearest organisation
    named before that the article calls a company or whose name says it is one."""
    written = written.strip()
    if written == "it":
        return organisation
    document = DOCUMENT_SUBJECT.fullmatch(written)
    if document:
        determiner = (document.group("determiner") or "").lower()
        if determiner in ("his", "her", "their"):
            return None
        if determiner == "its":
            return organisation
        return document.group("owner") or issuers.get(_document_kind(document.group("noun")))
    institution = INSTITUTION.fullmatch(written)
    if institution is None and PLACE_INSTITUTION.search(written):
        return written  # "Syrian state television"
    if institution:
        return organisation or _organisation(institution.group("noun").lower(), named, index)
    role = ROLE.fullmatch(written)
    description = written.startswith("the ") and describes_someone(written)
    if role is None and not (PRONOUN.fullmatch(written) or description):
        names = names_in(written)
        return names[-1][2] if names else None
    if role is None:
        return person
    word = role.group("role").lower()
    fitting = [
        (i, name)
        for i, name, before in named
        if word in _words(before)[-ROLE_REACH:] + _words(name) and may_be_person(name)
    ]
    if (role.group("owner") or "").lower() in ("a", "an", "one"):
        # "A DHS official said": the organisation speaks, as for "DHS officials said"; "a
        # spokesperson for Ryan" and "A Sandoval spokesman, Mari St. Martin," name theirs in
        # the sentence; "a senior official" is no official named earlier.
        inside = [n for _, _, n in names_in(written) if kind_by_its_words(n) == "organisation"]
        here = [name for i, name in fitting if i == index]
        return inside[0] if inside else (here[-1] if here else None)
    earlier = [name for i, name in fitting if i <= index]
    later = [name for i, name in fitting if i > index]
    return earlier[-1] if earlier else (later[0] if later else None)


def _words(text: str) -> list[str]:
    return [word.strip(",;:.").lower() for word in text.split()]


def handed_on_speaker(outside: str, named: list[tuple[int, str, str]], index: int) -> str | None:
    """The speaker a sentence without quotation marks hands on to a quotation standing alone
    after it: its own speaker when it ends with a colon ("Wayne State University offered
    this message:"), or the name that ends it ("The lakes are 2 miles down, Niebur
    said.")."""
    if outside.rstrip().endswith(":"):
        introducing = written_speaker(outside, [len(outside)])
        return resolve_speaker(introducing, named, index, None, {}) if introducing else None
    tail = REPORTED_TAIL.search(outside)
    reporting = names_in(tail.group("who")) if tail else []
    return reporting[-1][2] if reporting else None


def document_issuers(
    outside: str,
    named: list[tuple[int, str, str]],
    index: int,
    person: str | None,
    organisations: set[str],
) -> dict[str, str]:
    """Who a sentence says issued each kind of document ("..., the ministry said in a
    separate statement", "Stephanie Clifford filed a lawsuit", "In a statement, UNFPA said",
    "a letter from Biden"), resolved as a speaker is, with ``person`` for a "he" or "she"
    the sentence does not name; one the sentence calls "the ministry" and the like joins
    ``organisations``. Never a place ("Anaheim police sent a Twitter message", "a statement
    from US 7th Fleet")."""
    found: dict[str, str] = {}
    for issued in ISSUED.finditer(outside):
        written = _issuing_subject(outside, issued)
        if not written:
            continue
        before = _person_named_before(outside[: issued.start()], written) or person
        issuer = resolve_speaker(written, named, index, before, found)
        if issuer and INSTITUTION.fullmatch(written.strip()):
            organisations.add(issuer)
        if issuer:
            found[_document_kind(issued.group("statement") or issued.group("noun"))] = issuer
    for issued in ISSUED_BY.finditer(outside):
        names = names_in(outside[issued.end() :])
        if names and names[0][0] == 0:
            found[_document_kind(issued.group("noun"))] = names[0][2]
    return {
        kind: issuer for kind, issuer in found.items() if not is_known_place(spelled_out(issuer))
    }


def _issuing_subject(outside: str, issued: re.Match[str]) -> str | None:
    """Who issued the document ``issued`` names, as written: "he" or "she" right before the
    verb ("... a day after she filed a lawsuit"), else the subject of the clause ("..., the
    ministry said in a separate statement", or after the comma when the document opens the
    sentence: "In a statement, UNFPA said"), else the sentence's subject before an
    appositive ("Stormy Daniels, whose real name is Stephanie Clifford, filed a lawsuit")."""
    before = outside[: issued.start()]
    pronoun = PRONOUN_BEFORE_VERB.search(before)
    if pronoun:
        return pronoun.group("pronoun")
    if before.strip():
        clause = outside[: issued.end()].rsplit(",", 1)[-1]
    else:
        clause = outside[issued.end() :].split(",", 1)[-1]
    written = written_speaker(clause, [len(clause)]) or clause_subject(clause)
    if not written and before.strip() and not before.rsplit(",", 1)[-1].strip():
        written = clause_subject(without_appositive(before))
    return written


def _person_named_before(before: str, written: str) -> str | None:
    """For "he" or "she", the last person ``before`` names in full whose name fits it
    ("Daniels, whose real name is Stephanie Clifford, comes a day after she ...")."""
    pronoun = written.strip().lower()
    if pronoun not in OTHER_PRONOUN:
        return None
    fitting = [
        name
        for _, _, name in names_in(before)
        if " " in name and may_be_person(name) and pronoun_of(name) in (None, pronoun)
    ]
    return fitting[-1] if fitting else None


def _document_kind(noun: str) -> str:
    return DOCUMENT_KINDS.get(noun.lower(), noun.lower())


def _organisation(noun: str, named: list[tuple[int, str, str]], index: int) -> str | None:
    """The nearest name in the sentences before ``index`` that the word before it calls a
    ``noun`` ("art supply company Crayola") or whose own words make it one ("Keurig Green
    Mountain Inc." for "the company", "the Health Ministry" for "the ministry")."""
    words = {noun, *INSTITUTION_NAME_WORDS.get(noun, ())}
    for i, name, before in reversed(named):
        if i >= index:
            continue
        called = before.lower().split()[-1:] == [noun]
        own = {w.rstrip(".,").lower() for w in name.split()}
        if called or own & words:
            return name
    return None


def pronoun_for(name: str, surnames: set[str]) -> str | None:
    """``pronoun_of`` a name; a name of one word ("Ida asks.") by its given name, unless the
    article writes it as someone's surname ("Ross" of "Brian Ross")."""
    if " " in name:
        return pronoun_of(name)
    return None if name in surnames else given_name_pronoun(name)


def with_full_names(
    found: list[Quote], names: Sequence[str], sentences: Sequence[Sentence], lower: set[str]
) -> list[Quote]:
    """The quotations with a speaker named by the family name alone ("Lavrov said", "Mr
    Lavrov said"), or by a given name alone that is no one's family name ("Ida asks"),
    given the full name the article writes for that person elsewhere ("Foreign Minister
    Sergey Lavrov", "Ida Mitchell"), when it writes only one (not "Brandt" in an
    article that names Ivo and Ana Brandt) and "he" or "she" for the speaker does not say
    otherwise ("Eichmann argued that he ..." is not Vera Eichmann). A full name here is a
    person's given and family names, without a title or role before them
    (``_bare_person_name``); ``lower`` holds the words the article writes in lower case."""
    written_times = Counter(name for n in names if (name := _bare_person_name(n, lower)))
    full_names = sorted(written_times)
    # "he" or "she" said of each speaker: as the speaker ('"...," he added') or after the
    # name in its sentence ("Obama told Khloe he thought ...").
    outside = {s.id: QUOTE.sub(" ", s.text) for s in sentences}
    pronouns: dict[str, set[str]] = {}
    for quote in found:
        written = (quote.speaker_as_written or "").strip()
        if not quote.speaker or not written:
            continue
        if written.lower() in OTHER_PRONOUN:
            pronouns.setdefault(quote.speaker, set()).add(written.lower())
            continue
        text = outside[quote.sentence_id]
        at = text.find(written)
        after = HE_OR_SHE.search(text, at + len(written)) if at >= 0 else None
        if after:
            pronouns.setdefault(quote.speaker, set()).add(after.group(0))
    resolved: dict[str, str | None] = {}
    for quote in found:
        short = quote.speaker
        if short is None or quote.by_organisation or short in resolved:
            continue
        family = comparable_form(short)
        fitting = [name for name in full_names if " " not in family and same_name(family, name)]
        if not fitting and is_given_name(family) and not is_known_place(family):
            # "Ida asks", where nobody's family name is Ida: the person named in full with
            # that given name ("Ida Mitchell"), if only one is.
            fitting = [name for name in full_names if name.split()[0] == family]
        alike = all(same_name(a, b) for a in fitting for b in fitting)
        # The form written most often, then the fullest ("Lindsey O. Graham").
        full = max(fitting, key=lambda n: (written_times[n], len(n))) if fitting and alike else None
        said = pronouns.get(short, set())
        if full and said and pronoun_of(full) not in (None, *said):
            full = None  # only ever "he", and the one full name is a woman's
        resolved[short] = full
    return [
        replace(quote, speaker=full) if (full := resolved.get(quote.speaker or "")) else quote
        for quote in found
    ]


def _bare_person_name(name: str, lower: set[str]) -> str | None:
    """A person's given and family names without what the article writes before them
    ("Curt Zimbelman" of "Minot Mayor Curt Zimbelman", "Jimmy Page" of "Guitarist Jimmy
    Page"): from the first listed given name on (``from_given_name``); else a name of
    two words and any initials ("Kellyanne Conway", "L. Lin Wood") whose first word is no
    role, place or word the article writes in lower case (not "London Khan", "Outgoing
    Northwestern" or "Long-time Putin"). None when what remains is not a name of two to
    four words."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(NAME_WORD.fullmatch(word) for word in words):
        return None
    if (from_given := from_given_name(name, cut_any=True)) is not None:
        return from_given
    if sum(len(word) > 2 for word in words) > 2 or any(
        set(word.lower().split("-")) & lower
        or is_known_place(word)
        or PERSON_BEFORE.search(word)
        or names_a_role(word)
        for word in words[:-1]
    ):
        return None
    return name
