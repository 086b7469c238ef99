"""The compare stage: what the outlets agree on, where their figures conflict, who said
what, and when things happened.

Claims count the same quantity when they count the same thing with the same happening
("prisoners killed", "people freed") and are within an order of magnitude of each other
(the toll of a week's fighting and of a whole war are different quantities). Such a group,
stated by at least two articles, is an agreement when every pair of values from different
articles can both be true (their ranges overlap: "385" and "at least 385"), and a conflict
otherwise ("at least 300" against "at least 385", "dozens" against "around 300"), unless
every count is small (see ``SMALL_TALLY``) or an article states both figures itself, on no
one's word: then they are separate counts.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import chain, combinations

from .analyse.names import (
    NameIndex,
    names_in,
    reads_as_a_work_title,
    same_name,
    shown_person,
)
from .analyse.quotes import speaker_names
from .analyse.times import with_year_from
from .records import Article, Claim, ClaimGroup, Quote, QuoteGroup, TimelineEntry
from .summarise.similarity import TfidfSpace, content_terms

SAME_HAPPENING = 0.15
"""Cosine similarity above which two sentences dated to one day tell the same happening."""
SAME_QUOTE = 0.5
"""Share of the shorter quotation's content words the other must have to be the same one."""
SAME_QUOTE_VOUCHED = 0.4
"""The share needed when both quotations are long (``_LONG_QUOTE`` content words) and have
the same speaker."""
_LONG_QUOTE = 12
_TRANSLITERATED_LENGTH = 7
"""Words this long are compared by their consonants (``_spelling``)."""
SMALL_TALLY = 20
"""Counts that all stay below this are local tallies (two killed in one village, fifteen in
another) far more often than disagreements: on the annotated events every false conflict
was of this kind and every true one had a figure of 20 or more. They are shown as
separate counts, neither agreement nor conflict."""
_STATEMENT_WORDS = 3
"""Words a quotation needs to stand alone in who said what."""
_MIN_SPAN = 6
"""Content words of the longer quotation within which a short one's words must be found."""
MAGNITUDE = 10.0
"""Values further apart than this factor count different things."""


def compare_claims(
    articles: Sequence[Article], full_name: Callable[[str], str | None] = lambda _: None
) -> tuple[ClaimGroup, ...]:
    """Groups of claims about one quantity stated by two or more articles, conflicts first,
    then the most widely stated. ``full_name`` gives the fullest form of a source's name
    ("the Observatory" -> "Syrian Observatory for Human Rights"), if known."""
    by_quantity: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for article in articles:
        for claim in article.claims:
            if claim.action is not None and not claim.part:
                source = claim.attributed_to
                if source:
                    bare = source.removeprefix("the ").removeprefix("The ")
                    claim = replace(claim, attributed_to=full_name(bare) or source)
                by_quantity[(claim.counted, claim.action)].append(claim)
    groups = []
    for claims in by_quantity.values():
        for part in _by_magnitude(claims):
            if len({c.article_id for c in part}) < 2:
                continue
            groups.append(ClaimGroup(part[0].what, tuple(part), _verdict(part)))
    order = {"conflict": 0, "agreement": 1, "separate": 2}
    return tuple(sorted(groups, key=lambda g: (order[g.verdict], -len(g.article_ids), g.what)))


def _verdict(claims: Sequence[Claim]) -> str:
    """Agreement when every two articles' figures can both be true; else separate counts
    when every figure is small or every differing pair is counted apart; else conflict.
    Pairs are looked at only as far as the verdict needs: their number grows with the
    square of a group's claims."""
    differing = (
        (a, b)
        for a, b in combinations(claims, 2)
        if a.article_id != b.article_id and not a.quantity.overlaps(b.quantity)
    )
    first = next(differing, None)
    if first is None:
        return "agreement"
    if max(c.quantity.high for c in claims) < SMALL_TALLY:
        return "separate"
    stating_two = _stating_two_figures(claims)
    if stating_two and all(_counted_apart(a, b, stating_two) for a, b in chain([first], differing)):
        return "separate"
    return "conflict"


def _stating_two_figures(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of each article that states two figures of the quantity that cannot both
    be one count, each on no one's word ("At least three people were killed." and "On
    Saturday, bombings killed 27 people."): an article's counts of two happenings, since no
    outlet disagrees with itself. An article that gives them on different sources' words
    reports the disagreement, and is not among them."""
    own: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.attributed_to is None:
            own[claim.article_id].append(claim)
    return [
        stated
        for stated in own.values()
        if any(not a.quantity.overlaps(b.quantity) for a, b in combinations(stated, 2))
    ]


def _counted_apart(a: Claim, b: Claim, stating_two: Sequence[Sequence[Claim]]) -> bool:
    """Whether one of the articles of ``_stating_two_figures`` states ``a``'s figure and
    ``b``'s itself, so that they count two happenings."""

    def only(claim: Claim, value: Claim, other: Claim) -> bool:
        return claim.quantity.overlaps(value.quantity) and not claim.quantity.overlaps(
            other.quantity
        )

    return any(
        any(only(c, a, b) for c in stated) and any(only(c, b, a) for c in stated)
        for stated in stating_two
    )


def _by_magnitude(claims: list[Claim]) -> list[list[Claim]]:
    ordered = sorted(claims, key=lambda c: (c.quantity.low, c.quantity.high))
    parts: list[list[Claim]] = []
    for claim in ordered:
        if parts and claim.quantity.low <= MAGNITUDE * max(parts[-1][0].quantity.high, 1.0):
            parts[-1].append(claim)
        else:
            parts.append([claim])
    return parts


def timeline(articles: Sequence[Article]) -> tuple[TimelineEntry, ...]:
    """Each dated happening once, with every article that dates it to that day, in date
    order; mentions that could not be dated follow, saying why. An article without a
    publication date has its "May 29" dated by the year nearest the latest publication
    date of the others (``with_year_from``)."""
    sentences = {s.id: s.text for a in articles for s in a.sentences}
    order = {a.id: n for n, a in enumerate(articles)}
    latest = max((a.published for a in articles if a.published), default=None)
    mentions = sorted(
        (
            with_year_from(t, latest) if latest and a.published is None else t
            for a in articles
            for t in a.times
        ),
        key=lambda t: (t.date or date.max, order[t.article_id]),
    )
    dated = [t for t in mentions if t.date is not None]
    space = TfidfSpace.fit([sentences[t.sentence_id] for t in dated])
    # Only mentions of the same day (or month...) can be one happening: similarities are
    # computed within each such group, so that memory grows with the groups, not with the
    # square of every dated sentence.
    same_date: dict[tuple[date | None, str], list[int]] = defaultdict(list)
    for i, mention in enumerate(dated):
        same_date[mention.date, mention.precision].append(i)
    similarity = {key: space.similarities(group) for key, group in same_date.items()}
    place_in_group = {i: n for group in same_date.values() for n, i in enumerate(group)}
    entries: list[TimelineEntry] = []
    taken: set[int] = set()
    for i, mention in enumerate(dated):
        if i in taken:
            continue
        key = (mention.date, mention.precision)
        group = same_date[key]
        row = similarity[key][place_in_group[i]]
        same = [
            j
            for j, cosine in zip(group, row, strict=True)
            if j not in taken and (j == i or cosine >= SAME_HAPPENING)
        ]
        taken.update(same)
        entries.append(
            TimelineEntry(
                date=mention.date,
                precision=mention.precision,
                text=sentences[mention.sentence_id],
                expression=mention.text,
                sentence_id=mention.sentence_id,
                article_ids=tuple(dict.fromkeys(dated[j].article_id for j in same)),
                # A year taken from other reports is confirmed by any report that dates
                # the same happening itself.
                ambiguity=None
                if any(dated[j].ambiguity is None for j in same)
                else mention.ambiguity,
            )
        )
    entries += [
        TimelineEntry(
            None, t.precision, sentences[t.sentence_id], t.text, t.sentence_id,
            (t.article_id,), t.ambiguity,
        )
        for t in mentions
        if t.date is None
    ]  # fmt: skip
    return tuple(entries)


def quote_groups(
    articles: Sequence[Article], entity_of: Callable[[str], str | None] = lambda name: None
) -> tuple[QuoteGroup, ...]:
    """Quotations grouped when they are one utterance: the speakers can be the same person
    (``same_name``, or one entity by ``entity_of``, which gives the entity a name belongs
    to: "Raffaele" and "Raffaele Sollecito"), or one is unknown, and most of the shorter
    quotation's content words are in the other ("kill the conspiracy at birth" and "... in
    its cradle"). Groups are complete links: every two quotations of different articles in a
    group match, so that a chain of partial overlaps never joins different statements.
    Groups quoted by the most outlets come first. Left out, unless another outlet quotes the
    same: a quotation with no speaker, and one of a word or two ("peace", "criminals"),
    which marks a term rather than reporting what someone said. A term of a word or two with
    no speaker is always left out: two outlets that put "vote-a-rama" in quotation marks
    report no utterance (grouping such terms was tried: titles and labels then filled who
    said what), and so is a title of a work or a show ("Fox News Sunday") quoted by two
    outlets."""
    quotes = [q for a in articles for q in a.quotes]
    terms = [_quote_terms(q.text) for q in quotes]
    words = [frozenset(t) for t in terms]
    # The fewest shared words that can make a match (a long one with a speaker on each side).
    needed = [_shared_needed(len(w), vouched=True) for w in words]
    # Only pairs that share a word can match; count the shared words from each word's list
    # of quotations rather than by looking at every pair.
    quoting: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(words):
        for word in found:
            quoting[word].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in quoting.values():
        shared.update(combinations(members, 2))
    matches = {
        (i, j)
        for (i, j), count in shared.items()
        if quotes[i].article_id != quotes[j].article_id
        # The same words in any order first: a cheap test that most pairs fail.
        and count >= min(needed[i], needed[j])
        and _same_utterance(quotes[i], quotes[j], terms[i], terms[j], entity_of)
    }
    group_of = {i: {i} for i in range(len(quotes))}
    for i, j in sorted(matches):
        a, b = group_of[i], group_of[j]
        if a is b:
            continue
        if all(
            (min(x, y), max(x, y)) in matches
            or (
                quotes[x].article_id == quotes[y].article_id
                and _may_be_one(quotes[x], quotes[y], entity_of)
            )
            for x in a
            for y in b
        ):
            merged = a | b
            for member in merged:
                group_of[member] = merged
    fullest = _fullest_names({name for q in quotes for name in speaker_names(q)})
    groups = []
    for members in {id(g): g for g in group_of.values()}.values():
        group = [quotes[i] for i in sorted(members)]
        speakers = [q.speaker for q in group if q.speaker]
        if len(group) == 1 and (not speakers or len(group[0].text.split()) < _STATEMENT_WORDS):
            continue
        full = max((fullest[s] for s in speakers), key=len) if speakers else None
        forms = {s for s, longest in fullest.items() if longest == full}
        # Shown as the entities are: "Herman Van Rompuy", not "European Council President
        # Herman Van Rompuy", which stays one of the other forms.
        speaker = shown_person(full, forms) if full else None
        variants = tuple(sorted(forms - {speaker}))
        groups.append(QuoteGroup(speaker, tuple(group), variants))
    return tuple(sorted(groups, key=lambda g: (-len(g.article_ids), g.speaker or "~")))


def _may_be_one(a: Quote, b: Quote, entity_of: Callable[[str], str | None]) -> bool:
    """Whether two quotations of one article can be in one group (it may quote an utterance
    twice): not when both have speakers, and different ones."""
    return not (a.speaker and b.speaker) or _same_speaker(a, b, entity_of)


def _same_speaker(a: Quote, b: Quote, entity_of: Callable[[str], str | None]) -> bool:
    """Whether two quotations' speakers can be one person: by their names as given or as
    written ("ACM Houston" is the "Houston" of "Angus Houston"), or as one entity of the
    list of names ("Raffaele" and "Raffaele Sollecito")."""
    names_a, names_b = speaker_names(a), speaker_names(b)
    if any(same_name(x, y) for x in names_a for y in names_b):
        return True
    entities_a = {entity_of(name) for name in names_a} - {None}
    return any(entity_of(name) in entities_a for name in names_b)


def _same_utterance(
    a: Quote,
    b: Quote,
    a_terms: list[str],
    b_terms: list[str],
    entity_of: Callable[[str], str | None],
) -> bool:
    """Whether two quotations can be one utterance: speakers that can be the same person,
    and most of the shorter one's content words close together in the other (a passage of it,
    however trimmed or translated), not scattered over a long quotation that shares only
    common words ("every", "day", "going")."""
    if a.speaker and b.speaker:
        if not _same_speaker(a, b, entity_of):
            return False
    elif min(len(set(a_terms)), len(set(b_terms))) < 3:
        return False  # a word or two with no speaker to vouch for it
    elif reads_as_a_work_title(a.text) or reads_as_a_work_title(b.text):
        return False  # two outlets naming one song or show report no utterance
    shorter, longer = sorted((a_terms, b_terms), key=lambda t: len(set(t)))
    shorter = list(dict.fromkeys(shorter))  # each word once, so no more than the set shares
    span = max(2 * len(shorter), _MIN_SPAN)
    common = max(
        _in_order(shorter, longer[start : start + span])
        for start in range(max(len(longer) - span, 0) + 1)
    )
    vouched = bool(a.speaker and b.speaker)
    return common >= _shared_needed(len(shorter), vouched)


def _shared_needed(words: int, vouched: bool = False) -> int:
    """Content words that two quotations must share, in order, to be one utterance, when the
    shorter has ``words`` distinct ones: half of them, and at least three (one word is one
    word: "crush"). Two long quotations of one speaker need fewer (``SAME_QUOTE_VOUCHED``):
    translations of a long statement share its rare words, not its wording."""
    share = SAME_QUOTE_VOUCHED if vouched and words >= _LONG_QUOTE else SAME_QUOTE
    return max(min(words, 3), math.ceil(share * words))


def _quote_terms(text: str) -> list[str]:
    """A quotation's content words, each name of several words counted as its last word
    only: two statements that both say "World War II" share one word there, not three."""
    for start, end, name in reversed(names_in(text)):
        text = f"{text[:start]}{name.split()[-1]}{text[end:]}"
    return [_spelling(t) for t in content_terms(text)]


def _spelling(term: str) -> str:
    """A long word by its consonants, so that transliterations of one word match
    ("mujahedeen", "mujahideen")."""
    if len(term) < _TRANSLITERATED_LENGTH:
        return term
    return term[0] + re.sub("[aeiouy]", "", term[1:])


def _in_order(a: list[str], b: list[str]) -> int:
    """How many words of ``a`` appear in ``b`` in the same order (longest common
    subsequence)."""
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0]
        for k, other in enumerate(b):
            current.append(previous[k] + 1 if word == other else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


def _fullest_names(names: set[str]) -> dict[str, str]:
    """Each name's fullest form among the names that can be the same one."""
    index: NameIndex[str] = NameIndex()
    for name in names:
        index.add(name, name)

    def fullest(name: str) -> str:
        found = index.candidates(name)
        candidates = names if found is None else found | {name}
        same = (other for other in candidates if other == name or same_name(name, other))
        return max(same, key=lambda n: (len(n), n))

    return {name: fullest(name) for name in names}
