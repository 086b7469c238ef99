"""How a sentence writes who says its quotations: the name, role, pronoun or document
beside a verb of saying, as written."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names import (
    TITLE,
    describes_a_person,
    describes_someone,
    has_a_given_name,
    is_given_name,
    is_party_and_state,
    kind_by_its_words,
    may_be_person,
    names_in,
)
from .patterns import (
    ACCORDING_TO,
    APPOSITIVE,
    APPOSITIVE_REACH,
    ASIDE_ENDS,
    BODY_OF,
    BREAK,
    CLAUSE_WITH_A_NAME,
    COMMON_NOUN_SUBJECT,
    COORDINATED,
    DEFINITE_OWNERS,
    DETERMINER,
    DOCUMENT,
    DOCUMENT_SAYS,
    DOCUMENT_SUBJECT,
    FORMER,
    GROUP_NOUN,
    HE_OR_SHE,
    HEADING_DASH,
    INSTITUTION,
    IT,
    IT_AS_AN_ASIDE,
    IT_SAYS,
    MODIFIES_A_NOUN,
    NEAR,
    NOUN_AFTER,
    OBJECT_OF_PREPOSITION,
    OBJECT_PRONOUN,
    ONE_FOR,
    ONE_OF_ITS,
    OPEN_APPOSITIVE,
    OPENING_PHRASE,
    OPENING_PRONOUN,
    OTHER_SUBJECT,
    OWNER,
    PARTICIPLE_OR_ADVERB,
    PARTICIPLE_SAYING,
    PASSIVE,
    PER,
    PLACE_INSTITUTION,
    PREPOSITIONS,
    PRONOUN,
    QUOTED_AS_SAYING,
    REFLEXIVE,
    ROLE,
    ROLE_ACRONYMS,
    ROLE_AFTER_EMPLOYER,
    ROLE_PHRASE,
    SAYING_THEN_SPEAKER,
    SELF_NAMED,
    SPEECH,
    THE,
    THEN_SAYING,
    UNNAMED,
    WHO,
    WHO_SAID,
    WITHIN_REACH,
)


def written_speaker(outside: str, starts: Sequence[int]) -> str | None:
    """The name or role attached to a verb of saying, as written, for the quotations that
    start at ``starts``; else a document that says them ("the lawsuit alleges that ...")."""
    speaker = _speaking_one(outside, starts)
    if speaker:
        return speaker
    document = DOCUMENT_SAYS.search(outside)
    return (document.group("document") or document.group("inverted")) if document else None


def _speaking_one(outside: str, starts: Sequence[int]) -> str | None:
    """The name or role attached to a verb of saying, as written."""
    quote_start = starts[0]
    quoted_as_saying = QUOTED_AS_SAYING.search(outside)
    if quoted_as_saying:
        return _quoted_one(quoted_as_saying.group("whom"))
    colon = next((start for start in starts if outside[:start].rstrip().endswith(":")), None)
    if colon is not None and not SPEECH.search(outside) and not BREAK.search(outside[:colon]):
        # "X put out a statement: '...'": the subject of the sentence, after an opening
        # phrase ("In an interview, Bannon praised their approach: '...'").
        # A heading before a spaced dash is no subject ("STOCKS FALL - Reuters/Tokyo:"), and
        # "Per" is "according to" ("Per CNNMoney:").
        clause = PER.sub("", HEADING_DASH.split(outside[:colon])[-1])
        subject = _opening_subject(clause)
        if subject:
            return subject
    for verb in SPEECH.finditer(outside):
        after = WITHIN_REACH.match(outside, verb.end()).group(0)
        if verb.group(0) == "continued" and any(
            s >= verb.end() and not outside[verb.end() : s].strip() for s in starts
        ):
            continue  # 'a relationship that continued "well into 2007"': no saying
        if verb.group(0) in ("called", "calling") and (
            REFLEXIVE.match(after)
            or (verb.group(0) == "called" and PASSIVE.search(outside[: verb.start()]))
        ):
            # 'a student who called himself "Ghoul"', 'being called "chubby" by ...': a name,
            # not words the subject said.
            continue
        # "said Carmat's CEO, Marcello Conviti": the CEO is a role, not a name.
        names_after = [n for n in names_in(after) if n[2] not in ROLE_ACRONYMS]
        # "said CNN senior political analyst David Gergen": the person, not the employer.
        # "said U.S. Sen. Cory Gardner": the person, not the country before the title.
        gap = after[names_after[0][1] : names_after[1][0]] if len(names_after) > 1 else ""
        employed = gap and (
            ROLE_AFTER_EMPLOYER.fullmatch(gap) or TITLE.fullmatch(f"{gap.strip()} ")
        )
        saying = SAYING_THEN_SPEAKER.search(verb.group(0))
        if saying and verb.start() > quote_start and UNNAMED.match(after):
            return None  # '"...," said someone close to Mr. Schumer': not Schumer
        one_of_its = ONE_OF_ITS.match(after) if saying else None
        if one_of_its and kind_by_its_words(one_of_its.group("name").strip()) == "organisation":
            return one_of_its.group("name").strip()
        one_for = ONE_FOR.match(after) if saying else None
        if one_for:
            return one_for.group("name")
        self_named = SELF_NAMED.match(after) if saying else None
        if self_named and names_after and names_after[0][0] == self_named.end():
            return names_after[0][2]
        # '"...," said the spokesman.': the role, which the sentences before may name.
        role_after = ROLE.match(after.lstrip()) if saying and verb.start() > quote_start else None
        owner = (role_after.group("owner") or "").lower() if role_after else ""
        if owner in DEFINITE_OWNERS and not names_after:
            return role_after.group(0)
        # '"...," said X', '"...," said spokesman X' or '"...," said Rep. X': the name after
        # the verb speaks.
        between = after[: names_after[0][0]].strip(" ,") if names_after else ""
        between = FORMER.sub("", between)  # "said former Senator X" as "said Senator X"
        inverted = (
            saying
            and names_after
            and (not between or ROLE.fullmatch(between) or TITLE.fullmatch(f"{between} "))
        )
        # "X, the leader of Y, said": skip the appositive between commas, however long.
        before = outside[max(0, verb.start() - APPOSITIVE_REACH) : verb.start()]
        before = without_appositive(before)[-NEAR:]
        candidates = _speaking_names(before)
        roles = [(m.end(), m.group(0)) for m in ROLE.finditer(before)]
        roles += [(m.end(), m.group(0)) for m in INSTITUTION.finditer(before)]
        pronouns = [(m.end(), m.group(0)) for m in PRONOUN.finditer(before)]
        aside = IT_AS_AN_ASIDE.search(before) and ASIDE_ENDS.match(outside, verb.end())
        if IT_SAYS.fullmatch(verb.group(0)) and not aside:
            # "it" right before the verb is its subject ("..., it said", "which it says"); not
            # in an aside ("Lavrov, it said, complained ..."), whose words are Lavrov's.
            subject = [m for m in IT.finditer(before) if m.end() >= len(before) - 2]
            pronouns += [(m.end(), "it") for m in subject]
        nearest = max([*candidates, *roles, *pronouns], default=None)
        close = nearest if nearest and len(before[nearest[0] :].split()) <= 4 else None
        if close and close[1] == "it":
            # "South Korea has released what it says is ...": the organisation or place the
            # clause named before "it", else whichever organisation spoke just before.
            clause = outside[: verb.start()].rstrip()[:-2]
            named_before = [name for _, _, name in names_in(clause) if not may_be_person(name)]
            return named_before[-1] if named_before else "it"
        unnamed = OTHER_SUBJECT.search(before)
        if (
            unnamed
            and not ROLE.search(unnamed.group(0))
            and not INSTITUTION.search(unnamed.group(0))
        ):
            continue  # "...in what is now Wyoming, the researchers said": nobody named
        if close and _describes_the_subject(close[1], before[close[0] :], GROUP_NOUN):
            institution = PLACE_INSTITUTION.fullmatch(before[close[0] :])
            if institution:
                return f"{close[1]} {institution.group('noun')}"  # "Syrian state television"
            continue  # "Michigan health officials said": nobody named
        if close and MODIFIES_A_NOUN.match(before[close[0] :]):
            close = None  # "X, an Atlanta attorney who said": the subject, not Atlanta
        if close and ROLE.fullmatch(close[1]) and _role_describes_the_subject(close, before):
            close = None
        if COORDINATED.search(before):
            close = None  # "She visited Homs and asked": the verb is the subject's
        if ACCORDING_TO.fullmatch(verb.group(0)):
            # "..., according to X": X speaks, or the name whose document it is ("according
            # to the GoFundMe page"), or a role ("according to the spokesman"); never a name
            # or a "he" before it ("where he died, according to ...").
            document = names_after and DOCUMENT.match(after, names_after[0][1])
            role = ROLE.match(after.lstrip())
            if inverted or document:
                return names_after[1 if employed else 0][2]
            if role and not names_after:
                return role.group(0)
            continue
        # '"...," said X' names X; but in 'X said Y considers "..."' and in '"...," X wrote
        # Vogue' (X between the quotation and the verb) X speaks.
        name_at = outside.rfind(close[1], 0, verb.start()) if close else -1
        subject_first = close and (
            verb.start() < quote_start
            or (
                name_at > max(s for s in starts if s < verb.start())
                and not outside[name_at + len(close[1]) : verb.start()].strip()
            )
        )
        if inverted and not subject_first:
            return names_after[1 if employed else 0][2]
        # '"...," wrote the AAAS board of directors': the body speaks for its organisation.
        if (
            saying
            and verb.start() > quote_start
            and names_after
            and between.lower() == "the"
            and BODY_OF.match(after, names_after[0][1])
        ):
            return names_after[0][2]
        if close:
            return close[1]
        # "X issued a message late Tuesday, urging ...": the subject of the sentence.
        subject = _opening_subject(outside[: verb.start()])
        if subject:
            return subject
    # "with McConnell saying ...": a name right before "saying" speaks. After a comma the
    # name may be the object of the verb before ("praised X, saying"), so it does not.
    named = next(
        (name for _, end, name in names_in(outside) if THEN_SAYING.match(outside, end)), None
    )
    if named:
        return named
    # "Fitbit objects to the study, suggesting that it "lacks ..."": a participle after a
    # comma says what the clause's subject says.
    participle = PARTICIPLE_SAYING.search(outside)
    if participle and any(start > participle.start() for start in starts):
        clause = outside[: participle.start()]
        # "Trump ... was upset that Gorsuch had ..., telling the senator ..." and "... in
        # which the group's spokesman X condemned ..., insisting": whose clause the
        # participle ends is not clear.
        return None if CLAUSE_WITH_A_NAME.search(clause) else _opening_subject(clause)
    return None


def _quoted_one(whom: str) -> str | None:
    """Whom "quoted ... as saying" names: "him" or "her", or a name after at most a few
    lower-case words of a role, less the "of ..." that may follow a person's name ("gunner
    Russ Dustan of the American aircraft carrier" is Russ Dustan); nobody for "a government
    official in Seoul" or "the letter"."""
    pronoun = OBJECT_PRONOUN.get(whom.lower())
    if pronoun:
        return pronoun
    if DOCUMENT_SUBJECT.fullmatch(whom):
        return whom  # "quoted the letter as saying": whoever issued it
    names = names_in(whom)
    if not names:
        return None
    start, _, name = names[0]
    lead = whom[:start].split()
    if len(lead) > 3 or any(not w.islower() or w in PREPOSITIONS for w in lead):
        return None
    person, _, employer = name.partition(" of ")
    return person if employer and " " in person and may_be_person(person) else name


def without_appositive(before: str) -> str:
    """The words before a verb of saying less the appositive that ends them ("X, the leader
    of Y, said", "X of Athens, Alabama, said"), unless the appositive is itself a person's
    name ("The lone dissenter, Ilya Ponomaryov, later tweeted")."""
    match = APPOSITIVE.search(before)
    if match is None:
        return before
    if _one_persons_name(match.group("inside").strip()):
        return before
    return f"{before[: match.start()]}{match.group('tail')} "


def _opening_subject(text: str) -> str | None:
    """The subject of the clause ``text`` opens with, after a phrase of time, place or a
    participle's before it ("In an interview, Bannon praised ...", "Contacted via email,
    Peinovich denied ...")."""
    first, *rest = text.split(",")
    opening = rest and OPENING_PHRASE.fullmatch(first) and not HE_OR_SHE.search(first)
    if len(rest) > 1 and not opening and _names_a_role(first):
        # "The envoy, Tomas Ruiz, stormed out, accusing ...": the name the role opens with.
        named = rest[0].strip()
        if _one_persons_name(named):
            return named
    return clause_subject(rest[0] if opening else first)


def _one_persons_name(text: str) -> bool:
    """Whether ``text`` is nothing but one name, and one that may be a person's."""
    return [name for _, _, name in names_in(text)] == [text] and may_be_person(text)


def _names_a_role(words: str) -> bool:
    """Whether ``words`` are only a role, with an article or an owner before it and where
    it serves after it ("The envoy", "Keldor's envoy to the UN")."""
    role = ROLE_PHRASE.fullmatch(words.strip())
    return role is not None and describes_a_person(role.group("role"))


def clause_subject(clause: str) -> str | None:
    """A clause's subject as written: an opening "he" or "she", else its first name, or the
    last of the first names joined only by a role or a description (the person in "Islamic
    State spokesman Abu Mohammed al-Adnani issued ..." and "Teen beauty blogger Brook Eve
    has created ...", not the place in "Mayor Lena Varga toured Keldor and asked"). None
    when that name owns the subject ("Paul Conroy's wife")."""
    pronoun = OPENING_PRONOUN.match(clause.strip())
    if pronoun:
        return pronoun.group("pronoun")
    if COMMON_NOUN_SUBJECT.match(clause.strip()):
        return None  # "The lawyer for the family of X denounced": not X
    spans = names_in(clause)
    if not spans:
        return None
    last = 0
    while last + 1 < len(spans):
        gap = clause[spans[last][1] : spans[last + 1][0]].strip(" ,")
        if gap and not ROLE.fullmatch(gap) and not describes_a_person(gap):
            break
        last += 1
    start, end, name = spans[last]
    if OWNER.search(clause[start:end]):
        return None  # "Paul Conroy's wife"
    if DETERMINER.fullmatch(clause[:start]) and _describes_the_subject(name, clause[end:]):
        # "The U.S. researchers": nobody named; "The Syrian government": the institution.
        institution = PLACE_INSTITUTION.fullmatch(clause[end:])
        return f"{name} {institution.group('noun')}" if institution else None
    return name


def ordinary_opening_word(written: str, text: str, inside: set[str], lower: set[str]) -> bool:
    """Whether a speaker found is only the ordinary word that opens the sentence: a
    participle, adverb or plural noun ("Following", "Asked", "Clearly", "Opponents") or
    a word the article also writes in lower case ("Not to do so was ..., it was
    claimed"; not "He", nor a group that speaks, "Police"), not a given name ("Jared",
    "Kelly"), that the article never writes as a name or a family name inside a sentence
    (as it would "Manning", "Williams")."""
    return (
        text.lstrip(" \"'“‘(").startswith(written)
        and (
            PARTICIPLE_OR_ADVERB.fullmatch(written) is not None
            or (
                " " not in written
                and written.lower() in lower
                and not PRONOUN.fullmatch(written)
                and not GROUP_NOUN.fullmatch(written.lower())
            )
        )
        and not is_given_name(written)
        and written not in inside
    )


def _describes_the_subject(name: str, after: str, noun: re.Pattern[str] = NOUN_AFTER) -> bool:
    """Whether ``name`` only describes the subject, the ``noun`` after it ("Syrian state
    television said", "The U.S. researchers said"). An organisation's people speak for it
    ("ICRC officials said"), and a document for whoever the name before it is ("The Vulcan
    statement added")."""
    return (
        noun.match(after) is not None
        and not DOCUMENT.match(after)
        and kind_by_its_words(name) != "organisation"
    )


def previous_subject(outside: str, people: Sequence[tuple[int, str]], index: int) -> str | None:
    """The person the sentence before ``index`` opens with, whom a "he" in the next
    sentence means rather than anyone named later in it ("Annette Covington, who was
    sitting with Angelo L., ..."): by the full name, or by the family name alone
    ("Kellenberger expressed fears ...") as the one person named in full before with it."""
    spans = names_in(outside.lstrip()[:NEAR])
    if not spans or spans[0][0] != 0:
        return None
    name = spans[0][2]
    if " " in name:
        # "Senior Airman Ivan Cooper", not "Read the Reddit" nor "Claremont McKenna".
        reads_as_person = has_a_given_name(" ".join(name.split()[-2:]))
        return name if reads_as_person and (index - 1, name) in people else None
    full = {n for i, n in people if i < index and n.split()[-1] == name}
    return full.pop() if len(full) == 1 else None


def opening_person(outside: str) -> str | None:
    """The person a sentence opens with when a relative clause follows ("James, who uttered
    the phrase '...' when he announced ..."): whom a "he" later in it means."""
    text = outside.lstrip()
    spans = names_in(text[:NEAR])
    if not spans or spans[0][0] != 0 or not WHO.match(text, spans[0][1]):
        return None
    return spans[0][2] if may_be_person(spans[0][2]) else None


def _speaking_names(text: str) -> list[tuple[int, str]]:
    """The names of ``text`` that can speak, as (end, name): not an owner, as X in "X's wife
    said", nor a lawmaker's party and state, as in "Mike McCaul, R-Texas, said", nor a name
    after a preposition ("the lawyer for the family of X said", "X of the Y Patrol said"). A
    description after "the" keeps it ("the Kentucky Republican"): it refers back, where "a
    top House Republican" describes someone unnamed."""
    return [
        (end, f"the {name}" if THE.search(text[:start]) and describes_someone(name) else name)
        for start, end, name in names_in(text)
        if not OWNER.search(text[start:end])
        and not is_party_and_state(name)
        and not OBJECT_OF_PREPOSITION.search(text[:start])
    ]


def _role_describes_the_subject(role: tuple[int, str], before: str) -> bool:
    """Whether a role ends, at ``role[0]`` in ``before``, a description of the subject: "X,
    an Atlanta attorney who said" or "X, a state representative and election lawyer
    called"."""
    end, written = role
    return bool(
        WHO_SAID.match(before[end:]) or OPEN_APPOSITIVE.search(before[: end - len(written)])
    )
