"""Direct quotations and who said them.

The speaker is the name or role next to a verb of saying outside the quotation marks ("...,
said Abu Mohammed al-Jolani", "the spokesman threatened to 'crush' ..."). A role is resolved
to the nearest earlier name in the article that carried that role ("ISIS spokesman Abu
Mohammed al-Adnani"); "he", "she" or "the Kentucky Republican" to whoever the sentence
before quoted, else the person whose family name alone opens it ("Kellenberger expressed
fears ...") or whom it names, else the last person who spoke, else the last person named
(a family name alone, "..., Ferrence said", counting as the one person named in full with
it before, and an owner, "Allen's company", not at all), never someone the quotation
itself names ('"Justice Scalia was a lion of the law ...," he said'), a place, a name whose
words make it an organisation or one the article only writes as the listener ("told AFP");
and "he" or "she" skips to the nearest earlier person whose name fits when that one's name
says otherwise (``pronoun_of``). An owner ("X's wife said") is never the speaker, nor an
employer before a role ("said CNN analyst X"), nor a name after a preposition ("the lawyer
for the family of X said"); an appositive between the speaker and the verb is skipped ("X,
the leader of Y, has said"). Where the words name nobody ("said someone close to X", "the
researchers said"), the quotation has no speaker. A sentence that is only a quotation takes
its speaker from a speech tag standing as the next sentence ('"Oh really?" Ida asks.'), else
from the sentence before. "The company" (or "the agency", "the ministry" and the like) is
the organisation that spoke just before, else the nearest one named before that the article
calls so or whose name says so; a document ("the statement", "the lawsuit alleges", "reads
the letter") is its owner ("Clifford's lawsuit") or whoever the article said issued it ("X
filed a lawsuit", "a letter from X"), else nobody, when no one named says the words, and
the quotation keeps the document as ``said_in``; a participle after a comma ("Fitbit
objects to the study, suggesting ...") brings in the words of the clause's subject; "it
said" the organisation the clause names before "it", else the one that spoke just before. In
"quoted X as saying" and "X was quoted as saying", X speaks, and so does X of "according to
X" (or the name whose page or statement it is), never a name before it. A quotation that
reads as the title of a work or a show ("Fox News Sunday", "Pon De Replay") names something
and has no speaker. A post the page embeds ("... — Jane Doe (@janedoe) March 2, 2015") is a
quotation of its author. A speaker named by the family name alone ("Lavrov said") is the one
person the article names in full with it ("Foreign Minister Sergey Lavrov"); the quotation
keeps "Lavrov" as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Quote, Sentence
from ..names import (
    lower_case_words,
    may_be_person,
    names_in,
    reads_as_a_work_title,
    same_name,
)
from .patterns import (
    DASH_ATTRIBUTION,
    DOCUMENT_SUBJECT,
    INSTITUTION,
    OTHER_PRONOUN,
    OWNER,
    PLACE_INSTITUTION,
    PRONOUN,
    QUOTE,
    TAG_SENTENCE,
    THE,
    TOLD,
    UNNAMED_OPENING,
)
from .posts import embedded_posts
from .resolve import (
    document_issuers,
    handed_on_speaker,
    pronoun_for,
    resolve_speaker,
    with_full_names,
)
from .speaker import opening_person, ordinary_opening_word, previous_subject, written_speaker

__all__ = ["embedded_posts", "quotes_in", "speaker_names"]


def quotes_in(sentences: Sequence[Sentence]) -> list[Quote]:
    """The quotations of an article's sentences (in order), each with its speaker."""
    masked = [QUOTE.sub(lambda m: " " * len(m.group(0)), s.text) for s in sentences]
    spans = [names_in(outside) for outside in masked]
    # Every name of the article with the words before it, to resolve roles by.
    named = [
        (index, name, outside[max(0, start - 40) : start])
        for index, outside in enumerate(masked)
        for start, _, name in spans[index]
    ]
    # The full names that "he" or "she" may point back to, judged once an article: not
    # one the article ever writes after "the" ("the La La Land team", "the Hells Angels").
    things = {name for _, name, before in named if THE.search(before)}
    # Nor one the article only ever writes as the listener ("told Al Jazeera", "told AFP").
    things |= {name for _, name, before in named if TOLD.search(before)} - {
        name for _, name, before in named if not TOLD.search(before)
    }
    in_full = [
        (i, n) for i, n, _ in named if len(n.split()) > 1 and may_be_person(n) and n not in things
    ]
    surnames = {n.split()[-1] for _, n in in_full}
    people = _with_family_names(masked, spans, in_full)
    found: list[Quote] = []
    issuers: dict[str, str] = {}  # who issued each kind of document, for "the lawsuit said"
    organisations: set[str] = set()  # speakers the article calls "the company" and the like
    last_person: str | None = None  # the last speaker who may be a person
    last_organisation: str | None = None  # the last speaker who may not
    previous_speaker: str | None = None  # of the sentence just before, if it quoted someone
    tagged_before = False  # whether the sentence just before named whom it quoted by name
    in_posts, posts = embedded_posts(sentences)
    post_at = {post.sentence_id: post for post in posts}
    # Names the article writes inside a sentence, not only at its start, and family names.
    inside = {name for _, name, before in named if before.strip(" \"'“‘(")}
    inside |= {name.split()[-1] for _, name, _ in named if " " in name}
    lower = lower_case_words(" ".join(s.text for s in sentences))
    for index, (sentence, outside) in enumerate(zip(sentences, masked, strict=True)):
        if sentence.id in in_posts:
            # An embedded post is its author's words, quotation marks or not.
            if sentence.id in post_at:
                found.append(post_at[sentence.id])
            previous_speaker, tagged_before = None, False
            continue
        quotes = [(m, text) for m in QUOTE.finditer(sentence.text) if (text := _quoted(m))]
        if not quotes:
            previous_speaker = handed_on_speaker(outside, named, index)
            tagged_before = previous_speaker is not None
            issuers |= document_issuers(outside, named, index, last_person, organisations)
            continue
        written = written_speaker(outside, [m.start() for m, _ in quotes])
        if written and ordinary_opening_word(written, sentence.text, inside, lower):
            written = None  # "Following the reorganization, ...", "Asked about it, ..."
        goes_on = tagged_before and sentences[index - 1].paragraph == sentence.paragraph
        if (
            not written
            and not outside.strip(" .,;:")
            and index + 1 < len(sentences)
            and not goes_on
        ):
            # '"Oh really?" / Ida asks.' and '"We stay." / "We go," Ida said.': a speech
            # tag standing as the next sentence names the speaker, unless the quotation
            # goes on with one the paragraph has just given a speaker ('"...," Ida said.
            # "We stay." / "We go," Tom said.').
            tag = TAG_SENTENCE.fullmatch(masked[index + 1].strip()) or DASH_ATTRIBUTION.match(
                sentences[index + 1].text
            )
            written = tag.group("who") if tag else None
        tagged_before = written is not None and not PRONOUN.fullmatch(written.strip())
        if written:
            # "he" is whoever the sentence before quoted, else the person it names, else the
            # last person who spoke, else the last person named; never an organisation.
            before = [n for i, n in people if i < index]
            just_before = [n for i, n in people if i == index - 1]
            quoted_before = previous_speaker if previous_speaker == last_person else None
            candidates = [
                opening_person(outside),
                quoted_before,
                previous_subject(masked[index - 1] if index else "", people, index),
                *reversed(just_before),
                last_person,
                *reversed(before),
            ]
            # Whom the quotation names is not who says it ('"Justice Scalia was a lion of
            # the law ... I miss him," he said').
            quoted = " ".join(text for _, text in quotes)
            spoken_of = {name.split()[-1] for _, _, name in names_in(quoted)}
            candidates = [c for c in candidates if c and c.split()[-1] not in spoken_of]
            # "Another hoped ...: '...,' he wrote": someone the article does not name.
            unnamed = UNNAMED_OPENING.match(outside)
            person = None if unnamed else next((c for c in candidates if c), None)
            pronoun = written.strip().lower()
            other = OTHER_PRONOUN.get(pronoun)
            if person and other and pronoun_for(person, surnames) == other:
                # "she" after "Tom Lind": the nearest person whose name fits, or nobody.
                person = next(
                    (c for c in candidates if c and pronoun_for(c, surnames) == pronoun), None
                )
            # "the agency" right after the agency spoke is that agency.
            organisation = previous_speaker if previous_speaker == last_organisation else None
            speaker = resolve_speaker(written, named, index, person, issuers, organisation)
        elif not outside.strip(" .,;:") and previous_speaker:
            # A sentence that is nothing but a quotation goes on with the one before.
            speaker, written = previous_speaker, None
        else:
            speaker = None
        institution = INSTITUTION.fullmatch(written.strip()) if written else None
        if speaker and institution:
            organisations.add(speaker)
        if speaker and PLACE_INSTITUTION.search(speaker):
            organisations.add(speaker)  # "Syrian state television"
        if speaker and may_be_person(speaker) and speaker not in organisations:
            last_person = speaker
        elif speaker:
            last_organisation = speaker
        issuers |= document_issuers(outside, named, index, last_person, organisations)
        previous_speaker = speaker
        for _, text in quotes:
            if reads_as_a_work_title(text):
                # A work's or a show's title ("Fox News Sunday") is named, not said; the
                # sentence's speaker still speaks next ('Gingrich said on "Meet the Press."').
                found.append(Quote(sentence.id, sentence.article_id, text, None, None))
            else:
                by_organisation = speaker in organisations
                document = _said_in(written) if speaker else None
                found.append(
                    Quote(
                        sentence.id,
                        sentence.article_id,
                        text,
                        speaker,
                        written,
                        by_organisation,
                        document,
                    )
                )
    persons = [name for _, name, _ in named if " " in name and may_be_person(name)]
    return with_full_names(found, persons, sentences, lower)


def _with_family_names(
    masked: Sequence[str],
    spans: Sequence[Sequence[tuple[int, int, str]]],
    in_full: Sequence[tuple[int, str]],
) -> list[tuple[int, str]]:
    """The people ``in_full`` names (by sentence, outside quotation marks), in the order
    the article names them, with the mentions by family name alone ("..., Ferrence said.")
    as the one person named in full with it before ("Jim Ferrence"): so that a "he" looks
    back to the last person mentioned, however the article wrote them. An owner ("Allen's
    company") is mentioned, but is not whom the sentence is about."""
    full_at = set(in_full)
    people = []
    for i, (outside, found) in enumerate(zip(masked, spans, strict=True)):
        for start, end, name in found:
            if (i, name) in full_at:
                people.append((i, name))
            elif " " not in name and not OWNER.search(outside[start:end]):
                full = {n for j, n in in_full if j <= i and n.split()[-1] == name}
                if len(full) == 1:
                    people.append((i, full.pop()))
    return people


def _said_in(written: str | None) -> str | None:
    """The document a speaker as written is ("the lawsuit" of "The lawsuit"), if it is one."""
    written = (written or "").strip()
    if not DOCUMENT_SUBJECT.fullmatch(written):
        return None
    return written[0].lower() + written[1:] if written.startswith(("The ", "This ")) else written


def speaker_names(quote: Quote) -> set[str]:
    """The speaker's name, and the form of it the quotation's sentence writes when that is
    another ("Lavrov" of '"...," Lavrov said' for Sergey Lavrov, "Ida" of '"...," Ida asks'
    for Ida Mitchell); none without a speaker."""
    written = quote.speaker_as_written
    if quote.speaker is None:
        return set()
    if (
        written
        and written != quote.speaker
        and (same_name(written, quote.speaker) or written == quote.speaker.split()[0])
    ):
        return {quote.speaker, written}
    return {quote.speaker}


def _quoted(match: re.Match[str]) -> str:
    """The words inside a quotation's marks."""
    return (match.group("double") or match.group("open") or match.group("single") or "").strip(
        " ,."
    )
