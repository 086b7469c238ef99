"""People, organisations and places named in an event's articles, variants merged.

Without a trained recogniser, a name is a run of capitalised words (``names_in``), and its
kind is read from its own words and the words around it: "spokesman X" or a quotation's
speaker is a person (an organisation when the article calls it "the company" or the like),
"... Front", "... Observatory" or an acronym an organisation, "in X"
or "... Province" a place, and so is a known place (``is_known_place``) after "to" or
"from", and a country, continent or US state that nothing else gives a kind; a name
followed by an age ("Alexis Murphy, 17,") is a person, one followed by its shares or
investors ("Morgan Stanley investors") a company, and one that opens with a
given name ("Jake Gyllenhaal", ``has_a_given_name``) a person when nothing else gives it
a kind and the articles do not write it mostly after "the" or "a" ("the Cleveland
Cavaliers"). A single
capitalised word seen only at the start of sentences (or of quotations) is not taken for a
name, and a sentence's first word that the articles also write in lower case ("Some",
"Two", "None") is not part of one. Variants (transliterations, short forms, acronyms) are
merged into the fullest form with ``same_name``, two organisations' names when both
stand before the same role of the same person (``_same_employer``), a name and the
acronym a report declares for it ("the U.N. Population Fund, known as UNFPA,",
``_declares_acronym``), a stage name and the real name a report gives for it ("Stormy
Daniels, whose real name is Stephanie Clifford"), and an organisation's
first word alone when reports write it for the organisation ("Pew" of "Pew Research
Center", ``_opening_word_short_forms``). A title in quotation
marks ("Gone with the Wind") is one name, a work's, and a name of its own.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .analyse.names import (
    PERSON_BEFORE,
    TITLE,
    NameIndex,
    comparable_form,
    describes_a_person,
    describes_someone,
    has_a_given_name,
    is_given_name,
    is_party_and_state,
    kind_by_its_words,
    lower_case_words,
    may_be_person,
    name_tokens,
    names_a_role,
    names_in,
    person_after_role,
    reads_as_a_work_title,
    same_name,
    shown_person,
    without_title,
)
from .places import PLACE_ABBREVIATIONS, is_known_place, is_known_region
from .records import Article, Entity

# A relative's word before a name: "his mother, Dina,", "her brother Sebastian".
_KIN_BEFORE = re.compile(
    r"\b(?:mother|father|mom|dad|son|daughter|wife|husband|brother|sister|grandson|"
    r"granddaughter|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|fiancée?|"
    r"boyfriend|girlfriend|widow|widower|stepson|stepdaughter|stepfather|stepmother),?\s+$"
)
_ACRONYM_DECLARED = re.compile(r"(?P<brackets>\s*\(\s*)|,\s+(?:also\s+)?known\s+as\s+")
_ALIAS_DECLARED = re.compile(
    r",\s+(?:whose\s+(?:real|legal|birth)\s+name\s+is|born|(?:better|also)\s+known\s+as|"
    r"known\s+professionally\s+as|aka|a\.k\.a\.)\s+|\s+\((?:real\s+name|born|aka|a\.k\.a\.)\s+"
)
"""Between two names of one person: "Stormy Daniels, whose real name is Stephanie Clifford",
"Prodigy, born Albert Johnson", "Prodigy (real name Albert Johnson)"."""
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|across|outside|around|(?:town|city|village|province|region|"
    r"district|county|state|capital) of)\s+$"
)
# "to" and "from" lead to people and groups as often as to places ("according to Reuters",
# "a message from Adnani"): after them only a known place counts as one.
_TO_OR_FROM_BEFORE = re.compile(r"\b(?:to|from)\s+$")


def entities(
    articles: Sequence[Article],
    speakers: set[str] | None = None,
    organisations: set[str] | None = None,
) -> tuple[Entity, ...]:
    """Every name mentioned twice or more, variants merged, with mentions per article; the
    most mentioned first. ``speakers`` are people who speak, ``organisations`` speakers
    that are organisations."""
    speakers = speakers or set()
    organisations = organisations or set()
    mentions: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    mid_sentence: set[str] = set()
    standing_alone: set[str] = set()
    # "the Cleveland Cavaliers", "an Amber Alert": no man named Cleveland, no woman Amber
    after_an_article: Counter[str] = Counter()
    employers: list[tuple[str, str, str]] = []  # (employer, role, person): "ISIS spokesman X"
    # (name, acronym): "U.N. Population Fund (UNFPA)"; (name, name): "X, whose real name is Y"
    declared: list[tuple[str, str]] = []
    titles: set[str] = set()  # titles of works in quotation marks
    lower_case = lower_case_words(" ".join(s.text for a in articles for s in a.sentences))
    for article in articles:
        for sentence in article.sentences:
            found = _names_without_opening_words(sentence.text, lower_case)
            for (start, name, *_), (after, person, *_) in itertools.pairwise(found):
                role = sentence.text[start + len(name) : after]
                if role.startswith(" ") and describes_a_person(role, most=1):
                    employers.append((name, role.strip(), person))
                if _declares_acronym(name, role, person, sentence.text[after + len(person) :]):
                    declared.append((name, person))
                elif (
                    _ALIAS_DECLARED.fullmatch(role)
                    and has_a_given_name(person)
                    and not is_known_place(name)  # "Lima (real name Harold Lima)"
                ):
                    declared.append((name, person))  # a stage name and a real name
            for start, name, opens, title in found:
                if title:
                    titles.add(name)
                mentions[name][article.id] += 1
                if not _BEFORE_A_NOUN.match(sentence.text, start + len(name)):
                    standing_alone.add(name)
                # What decides a kind sits just before the name (40 characters hold the
                # longest) or right after it.
                before = sentence.text[max(0, start - 40) : start]
                after = sentence.text[start + len(name) : start + len(name) + 40]
                if _ARTICLE_BEFORE.search(before):
                    after_an_article[name] += 1
                # A work's title is a work whatever its words ("Sex and the City").
                kind = "other" if title else _kind(name, before, after, speakers, organisations)
                kinds[name][kind] += 1
                if not opens:
                    mid_sentence.add(name)
    _drop_opening_modifiers(mentions, kinds, mid_sentence, standing_alone)
    names = [
        n
        for n in mentions
        if (n in mid_sentence or len(n.split()) > 1 or n.isupper())
        and not _shouted(n)
        and not is_party_and_state(n)
    ]
    regions = _standalone_regions(names)
    # Names mostly written after "the" or "a": a team, a paper, an alert.
    things = {n for n in names if 2 * after_an_article[n] > sum(mentions[n].values())}
    places = {n for n in names if _verdict(kinds[n], [n], regions, things) == "place"}
    describing = {n for n in mentions if n not in standing_alone and _DESCRIBING_WORD.fullmatch(n)}
    found = []
    # A title is a name of its own: "Sandy Hook" is not short for "The Road to Sandy Hook".
    merged = _merge_variants([n for n in names if n not in titles], places)
    joins = _same_employer(merged, employers) + declared + _one_person_across(merged)
    groups = _united(merged, joins, mentions)
    groups = _opening_word_short_forms(groups, mentions, kinds, places, standing_alone)
    groups = _given_name_short_forms(groups, kinds, places)
    groups += [[n] for n in names if n in titles]
    for group in groups:
        counts: Counter[str] = Counter()
        kind: Counter[str] = Counter()
        for name in group:
            counts.update(mentions[name])
            # A place's name that joined a person as the family name says nothing of places.
            joined_as_family_name = " " not in name and _family_name_of(name, group[0])
            kind.update(
                {k: n for k, n in kinds[name].items() if k != "place"}
                if joined_as_family_name
                else kinds[name]
            )
        if sum(counts.values()) < 2:
            continue
        verdict = _verdict(kind, group, regions, things)
        # Describing words before a noun ("Irish Catholic family") are no name, unless a
        # mention's context makes them one: a given name's look ("Irish") is not enough.
        told_by_context = any(n for k, n in kind.items() if k != "other")
        if not told_by_context and _describes(group, standing_alone):
            continue
        if all(names_a_role(name) for name in group):
            continue  # "Kentucky Republican", "Whitley County Sheriff": someone unnamed
        shown = _without_describing_word(
            _shown_form(group, verdict, kinds, mentions), group, describing, mentions
        )
        person = person_after_role(shown, group)
        if person is not None:
            shown, verdict = person, "person"
        elif verdict == "person":
            shown = shown_person(shown, group)
        else:
            shown = without_title(shown)
        found.append(
            Entity(
                name=shown,
                kind=verdict,
                variants=tuple(sorted(set(group) - {shown})),
                mentions=tuple(sorted(counts.items())),
            )
        )
    return tuple(sorted(found, key=lambda e: (-e.total, e.name)))


# A participle or an adverb that can open a sentence before a name ("Outgoing", "Related").
_OPENING_MODIFIER = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly)")


def _drop_opening_modifiers(
    mentions: dict[str, Counter[str]],
    kinds: dict[str, Counter[str]],
    mid_sentence: set[str],
    standing_alone: set[str],
) -> None:
    """Counts a name that only ever opens a sentence after a participle or an adverb
    ("Outgoing Northwestern quarterback Kain Colter", "Related Prodigy") as the name without
    it, when the articles also write that name on its own ("Northwestern"). Not a given name
    ("Sterling") or a place ("Reading"), nor a name also written inside a sentence."""
    for name in list(mentions):
        first, _, rest = name.partition(" ")
        if (
            rest in mentions
            and name not in mid_sentence
            and _OPENING_MODIFIER.fullmatch(first)
            and not is_given_name(first)
            and not is_known_place(first)
        ):
            mentions[rest].update(mentions.pop(name))
            kinds[rest].update(kinds.pop(name))
            if name in standing_alone:
                standing_alone.add(rest)


# A word that describes rather than names: of a nation, a people, a creed ("Syrian",
# "Swedish", "Islamist", "Islamic", "Aboriginal").
_DESCRIBING_WORD = re.compile(r"[A-Z][a-z]*(?:[ie]an|ese|ish|ist|ic|al)")
_BEFORE_A_NOUN = re.compile(r" [a-z]")
_GENERATION = re.compile(r"\s(?:Jr|Sr)\.?$")
"""A son's or father's mark after a name: "DeOrr Kunz Jr."."""
# A person's age after the name, as news writes it: "Alexis Murphy, 17, has been missing".
_AGE_AFTER = re.compile(r",\s\d{1,3},\s")
# A company's shares, stock, investors or customers after its name ("Morgan Stanley
# investors", "Tesla's share price"): no person's, whatever given name it opens with.
_TRADING_AFTER = re.compile(
    r"(?:['’]s)?\s(?:shares|stock|shareholders|investors|customers|subscribers|share price)\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


def _shouted(name: str) -> bool:
    """Whether a "name" is three or more words in capitals: a heading shouted in the page
    ("ABA'S KEATING RIPS OBAMA", "TWEET OF THE NIGHT"), not how reports write a name."""
    return len(name.split()) >= 3 and name.isupper()


def _describes(group: list[str], standing_alone: set[str]) -> bool:
    """Whether a group of names is a describing word instead: each form made of such words
    ("Syrian Islamist") and every mention followed by a lower-case word, the noun it
    describes ("Syrian Islamist rebels")."""
    return all(
        name not in standing_alone
        and all(_DESCRIBING_WORD.fullmatch(word) for word in name.split())
        for name in group
    )


def _shown_form(
    group: list[str],
    verdict: str,
    kinds: dict[str, Counter[str]],
    mentions: dict[str, Counter[str]],
) -> str:
    """The form a group of names is shown by: of the fullest form and its other spellings
    (the same words, transliterated or capitalised otherwise), the one whose own mentions
    most often show the group's kind, then the most mentioned, then the fullest. So
    "Iraq" ("in Iraq") is shown rather than "Iraqi", which the same letters make a
    spelling of it, and a person by the spelling most often quoted."""
    spellings = [name for name in group if name_tokens(name) == name_tokens(group[0])]
    return max(
        spellings,
        key=lambda name: (kinds[name][verdict], sum(mentions[name].values()), -group.index(name)),
    )


def _without_describing_word(
    name: str, group: list[str], describing: set[str], mentions: dict[str, Counter[str]]
) -> str:
    """``name`` less a describing word before it ("Syrian Al-Qaeda", from "the homegrown
    Syrian Al-Qaeda affiliate") when the rest is a form of the group mentioned more often
    on its own. A describing word is one the articles write before a lower-case noun
    ("Syrian rebels") and never as a name on its own, so "Eric Brill" keeps his first name;
    "Syrian National Coalition", written whole more often than "National Coalition", stays
    whole."""
    first, _, rest = name.partition(" ")
    if first not in describing or rest not in group:
        return name
    return rest if sum(mentions[rest].values()) > sum(mentions[name].values()) else name


# What stands before a sentence's or a quotation's first word: nothing, opening marks, the
# end of a sentence the splitter left joined ("at birth….None"; not an initial, "Mikhail L.
# Bogdanov"), or a quotation mark.
_OPENS = re.compile(r"(?:^|(?<!\b[A-Z])[.!?…][\"'”’)\]]*)[\s\"'“‘(\[-]*$|[\"“‘]$")
_OPENER_CHARACTERS = 16


def _names_without_opening_words(
    text: str, lower_case: set[str]
) -> list[tuple[int, str, bool, bool]]:
    """``names_in`` as (start, name, whether it opens a sentence or a quotation, whether it
    is a title in quotation marks), in order, less an ordinary word that opens a sentence
    ("Some ISIS fighters", "None of you"): one the articles also write in lower case, unless
    it begins a known place ("New Orleans police said"). A title's words are one name
    ("We Are Never Ever Getting Back Together"), not several."""
    titles = [m for m in _QUOTED_TITLE.finditer(text) if reads_as_a_work_title(m.group("title"))]
    for title in titles:  # masked so that no name runs across it ("Dwayne "The Rock" Johnson")
        text = text[: title.start()] + "|" * len(title.group(0)) + text[title.end() :]
    found = [(m.start("title"), m.group("title"), False, True) for m in titles]
    for start, _, name in names_in(text):
        # Openers are a few characters: only the end of the text before the name is read.
        opens = _OPENS.search(text, max(0, start - _OPENER_CHARACTERS), start) is not None
        heading = _SHOUTED_HEADING.match(name)
        if heading and any(len(word) >= _SHOUTED_WORD for word in heading.group(0).split()):
            # "COLD OUTSIDE Niagara Falls": a heading in capitals run into the line after it.
            start, name, opens = start + heading.end(), name[heading.end() :], True
        first, *rest = name.split(maxsplit=1)
        if opens and first.lower() in lower_case and not _begins_with_known_place(name):
            if not rest:
                continue
            start, name, opens = start + name.index(rest[0], len(first)), rest[0], False
        found.append((start, name, opens, False))
    return sorted(found)


_SHOUTED_HEADING = re.compile(r"(?:[A-Z][A-Z'’-]*\s+){2,}(?=[A-Z][a-z])")
_SHOUTED_WORD = 5
"""Letters of the longest word of a heading in capitals, which acronyms before a name
("NBA MVP LeBron James") do not have."""
_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[A-Z][^\"“”,:;]{1,80}?)[,.!?]?[\"”]")


def _begins_with_known_place(name: str) -> bool:
    words = name.split()
    return any(is_known_place(" ".join(words[:n])) for n in range(2, len(words) + 1))


def _another_place(name: str, known_place: str, places: set[str]) -> bool:
    """Whether ``name`` is other than ``known_place``, though they match as names: another
    known place ("South Africa", "Colombia" for "Columbia"); for a country, continent or US
    state, any name with more words but a person's ("Carnegie Europe", "Polish-Israeli",
    "R-Texas"; not "Kerry Washington", nor "United States of America"); for a city, a
    place named by words before it ("South Los Angeles")."""
    if name == known_place or name.startswith(f"{known_place} of "):
        return False
    if is_known_place(name):
        return True
    if is_known_region(known_place):
        longer = len(name_tokens(name)) > len(name_tokens(known_place))
        return longer and not has_a_given_name(name)
    return name.endswith(f" {known_place}") and name in places


def _family_name_of(name: str, person: str) -> bool:
    """Whether a one-word name taken for a place (a town's name, "Obama", "Eastwood"; or
    read after "in", "protests in Persky") is the family name of ``person``, a name that
    opens with a given name ("Barack Obama"): not a country, continent or US state, nor the
    place of "X of Y"."""
    return (
        not is_known_region(name)
        and " of " not in person
        and person.split()[-1] == name
        and has_a_given_name(without_title(person))
    )


def _merge_variants(names: list[str], places: set[str]) -> list[list[str]]:
    """Names grouped by ``same_name`` with the fullest form first, each joining the first
    group whose fullest form it matches (compared only with the groups ``NameIndex`` finds,
    which keeps events with thousands of names fast).

    A one-word place joins only a place: "Aleppo" is not short for "Free Aleppo", nor is
    "Syria" for a man called "as-Suri", though the last words match; but a town's name that
    is the family name of the event's one person of that name joins them
    (``_family_name_of``). Nor is a known place another place's name: "Africa" is not short
    for "South Africa" or "West Africa", nor "Virginia" for "West Virginia"."""
    merged: list[list[str]] = []
    index: NameIndex[int] = NameIndex()  # each group filed under its fullest form
    # The given names each family name has in the event: a town's name joins a person only
    # as the family name of one ("Lima" stays apart from Devin and Harold Lima).
    given_names: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = without_title(name).split()
        if len(words) > 1 and not TITLE.match(f"{words[0]} ") and not names_a_role(words[0]):
            given_names[words[-1]].add(words[0])  # not the "Judge" of "Judge Persky"
    # "U.S." is as full as "United States" and "Mr Barry" as "Barry" (each after the other).
    for name in sorted(names, key=lambda n: (-len(comparable_form(n)), -len(n), n)):
        found = index.candidates(name)
        candidates = range(len(merged)) if found is None else sorted(found)
        lone_place = name in places and " " not in name
        known_place = is_known_place(name)
        home = next(
            (
                i
                for i in candidates
                if same_name(name, merged[i][0])
                and not (
                    lone_place
                    and " " in merged[i][0]
                    and merged[i][0] not in places
                    and not (len(given_names[name]) == 1 and _family_name_of(name, merged[i][0]))
                )
                and not (known_place and _another_place(merged[i][0], name, places))
            ),
            None,
        )
        if home is not None:
            merged[home].append(name)
            continue
        index.add(name, len(merged))
        merged.append([name])
    return merged


def _opening_word_short_forms(
    groups: list[list[str]],
    mentions: dict[str, Counter[str]],
    kinds: dict[str, Counter[str]],
    places: set[str],
    standing_alone: set[str],
) -> list[list[str]]:
    """A one-word name that opens the name of exactly one organisation of the event ("Pew"
    of "Pew Research Center", "Cato" of "Cato Institute") is its short form when every
    article that writes it also names the organisation in full, as reports do after naming
    it once, and it stands alone somewhere ("according to Pew."; "Arab" only ever before a
    noun, "Arab world", is no short form of "Arab League"). Not a place ("Washington" of
    "Washington Post"), a person or a given name ("Heather"), a describing word
    ("Republican"), an organisation's word ("Senate") or a name of its own with a capital
    inside ("UConn")."""
    owners: dict[str, set[int]] = defaultdict(set)
    for k, group in enumerate(groups):
        for name in group:
            first, *rest = name.split()
            if rest and kind_by_its_words(name) == "organisation" and not may_be_person(name):
                owners[first].add(k)
    joins: dict[int, int] = {}
    for k, group in enumerate(groups):
        name = group[0]
        owner = owners.get(name, set())
        if len(group) > 1 or len(owner) != 1 or " " in name:
            continue
        home = next(iter(owner))
        named_in_full = {a for full in groups[home] for a in mentions[full]}
        if (
            set(mentions[name]) <= named_in_full
            and name not in places
            and not is_known_place(name)
            and kind_by_its_words(name) is None
            and not kinds[name]["person"]
            and not is_given_name(name)
            and not _DESCRIBING_WORD.fullmatch(name)
            and not describes_someone(name)
            and name[1:].islower()
            and name in standing_alone
        ):
            joins[k] = home
    return _joined(groups, joins)


def _given_name_short_forms(
    groups: list[list[str]], kinds: dict[str, Counter[str]], places: set[str]
) -> list[list[str]]:
    """A given name alone ("Raffaele", "Meredith") is the one person of the event whose
    full name opens with it ("Raffaele Sollecito"), as a writer who knows them calls them.
    Not when two names of the event open with it ("Robert Mercer", "Robert Martin"), nor
    when it is anyone's family name too ("Thomas" beside "Dylan Thomas"), nor for a place
    or a describing word ("Russian", "Aboriginal"); and only a listed given name, or a
    word that speaks or has a title, joins a name that its own context says is a person's
    or that opens with a listed given name."""
    family_names = {name.split()[-1] for group in groups for name in group if " " in name}
    openers: dict[str, set[int]] = defaultdict(set)
    for k, group in enumerate(groups):
        full = person_after_role(group[0], group) or without_title(group[0])
        if 2 <= len(full.split()) <= 4 and may_be_person(full):
            openers[full.split()[0]].add(k)
    joins: dict[int, int] = {}
    for k, group in enumerate(groups):
        name = group[0]
        opened = openers.get(name, set())
        if len(group) > 1 or len(opened) != 1 or " " in name or name in family_names:
            continue
        home = next(iter(opened))
        listed = is_given_name(name)
        if (
            (listed or (kinds[name]["person"] and not _DESCRIBING_WORD.fullmatch(name)))
            and _a_person(groups[home], kinds)
            and name not in places
            and not is_known_place(name)
            and kind_by_its_words(name) is None
            and name[1:].islower()
            and not kinds[name]["place"] + kinds[name]["organisation"]
        ):
            joins[k] = home
    return _joined(groups, joins)


def _joined(groups: list[list[str]], joins: dict[int, int]) -> list[list[str]]:
    """The groups with each group ``k`` of ``joins`` added to group ``joins[k]``."""
    merged = {k: list(group) for k, group in enumerate(groups) if k not in joins}
    for k, home in joins.items():
        merged[home].extend(groups[k])
    return list(merged.values())


def _a_person(group: list[str], kinds: dict[str, Counter[str]]) -> bool:
    """Whether a group of names is a person's by its context (a speaker, a title, a role)
    or by a listed given name that opens its fullest form."""
    told = sum((kinds[name] for name in group), Counter())
    told.pop("other", None)
    if told:
        return told.most_common(1)[0][0] == "person"
    return has_a_given_name(without_title(group[0]))


def _same_employer(
    groups: list[list[str]], employers: list[tuple[str, str, str]]
) -> list[tuple[str, str]]:
    """Pairs of organisation names that each stand before the same role of the same person
    (any of the person's names): one outlet's "ISIS spokesman Abu Mohammed al-Adnani" and
    another's "ISIL spokesman Abu Mohammed al-Adnani" name one organisation in two
    translations, which no spelling rule can tell."""
    group_of = {name: k for k, group in enumerate(groups) for name in group}
    by_role: dict[tuple[str, int], list[str]] = defaultdict(list)
    for employer, role, person in employers:
        if kind_by_its_words(employer) == "organisation" and person in group_of:
            by_role[role, group_of[person]].append(employer)
    return [pair for names in by_role.values() for pair in itertools.pairwise(names)]


def _one_person_across(groups: list[list[str]]) -> list[tuple[str, str]]:
    """Pairs of groups' fullest forms that one person's full name can be both of: "Sarah
    Sanders" joined "White House Press Secretary Sarah Sanders", the fullest form first,
    and is "Sarah Huckabee Sanders" too. Only a given and a family name link two groups;
    a family name alone ("Sanders") may be two people's."""
    index: NameIndex[int] = NameIndex()
    for k, group in enumerate(groups):
        index.add(group[0], k)
    pairs = []
    for k, group in enumerate(groups):
        for name in group[1:]:
            if not has_a_given_name(without_title(name)):
                continue
            pairs += [
                (group[0], groups[j][0])
                for j in sorted(index.candidates(name) or ())
                if j != k
                and has_a_given_name(without_title(groups[j][0]))
                and same_name(name, groups[j][0])
            ]
    return pairs


def _declares_acronym(name: str, between: str, acronym: str, after: str) -> bool:
    """Whether a report declares ``acronym`` to be ``name``'s: "the U.N. Population Fund,
    known as UNFPA," or "the United Nations Population Fund (UNFPA)". In brackets, where a
    dateline's "(AP)" or a party's "(D)" may stand too, the acronym must open with the
    name's first letter, and its letters must be capitals of the name, but for one in
    three past the first two (UNFPA's "A" is of its old name, the Fund for Population
    Activities)."""
    declared = _ACRONYM_DECLARED.fullmatch(between)
    if not (declared and acronym.isalpha() and acronym.isupper()):
        return False
    if not declared.group("brackets"):
        return True
    first, *rest = name.split()
    if first in PLACE_ABBREVIATIONS and rest:
        name = " ".join(rest)  # "the US Environmental Protection Agency (EPA)"
    missing = Counter(acronym) - Counter(re.findall(r"[A-Z]", name))
    return (
        after.startswith(")")
        and len(acronym) >= 2
        and name[0] == acronym[0]
        and sum(missing.values()) <= (len(acronym) - 2) // 3
    )


def _united(
    groups: list[list[str]], same: list[tuple[str, str]], mentions: dict[str, Counter[str]]
) -> list[list[str]]:
    """The groups of names with those of each pair of ``same`` merged."""
    group_of = {name: k for k, group in enumerate(groups) for name in group}
    home = list(range(len(groups)))

    def root(k: int) -> int:
        while home[k] != k:
            k = home[k]
        return k

    for a, b in same:
        if a in group_of and b in group_of:
            first, second = sorted((root(group_of[a]), root(group_of[b])))
            if first != second:
                home[second] = first
    merged: dict[int, list[list[str]]] = defaultdict(list)
    for k, group in enumerate(groups):
        merged[root(k)].append(group)
    # The most mentioned group's fullest form stays first: it is the form shown.
    return [
        [name for group in sorted(parts, key=lambda g: -_total(g, mentions)) for name in group]
        for parts in merged.values()
    ]


def _total(group: list[str], mentions: dict[str, Counter[str]]) -> int:
    return sum(sum(mentions[name].values()) for name in group)


def _kind(name: str, before: str, after: str, speakers: set[str], organisations: set[str]) -> str:
    """A name's own words first, then the words ``before`` and ``after`` it. An owner after
    "in" is a place only if it is a known one: "in Syria's north", but "in Mitt Romney's
    favor". A name followed by an age ("JonBenét Ramsey, 6, was found ...") is a person's,
    one followed by its shares or its customers ("Michael Kors shares fell") a company's, and
    one ending with "Jr." or "Sr." ("DeOrr Kunz Jr.") a person's."""
    own = kind_by_its_words(name)
    if own is not None:
        return own
    if name in organisations or (_TRADING_AFTER.match(after) and not is_known_place(name)):
        return "organisation"
    owner = after.startswith(("'s", "’s"))
    aged = _AGE_AFTER.match(after) is not None
    # A relative's word makes a person, but not of a place: "his stepfather, Portland lawyer".
    relative = _KIN_BEFORE.search(before) and not is_known_place(name)
    junior = _GENERATION.search(name) is not None
    if (
        name in speakers
        or PERSON_BEFORE.search(before)
        or relative
        or aged
        or junior
        or TITLE.match(name)
    ):
        return "person"
    after_in = _PLACE_BEFORE.search(before) and not (owner and not is_known_place(name))
    if after_in or (_TO_OR_FROM_BEFORE.search(before) and is_known_place(name)):
        return "place"
    return "other"


def _verdict(kinds: Counter[str], forms: Sequence[str], regions: set[str], things: set[str]) -> str:
    """The kind most mentions suggest; when none suggests one, "place" for one of the
    ``regions`` ("Iran said", "Syria's war"), "person" for a name that opens with a given
    name ("Jake Gyllenhaal") and is not one of the ``things`` (mostly written after "the"
    or "a": "the Cleveland Cavaliers", "an Amber Alert"), else "other"."""
    told = Counter({k: n for k, n in kinds.items() if k != "other"})
    if told:
        return told.most_common(1)[0][0]
    if any(form in regions for form in forms):
        return "place"
    return (
        "person"
        if any(has_a_given_name(form) and form not in things for form in forms)
        else "other"
    )


def _standalone_regions(names: Sequence[str]) -> set[str]:
    """The names that are countries, continents or US states, less those that are also a
    word of a longer name that is neither a known place nor an organisation by its words:
    "Jordan" beside "Jordan Belliveau" or "Washington" beside "Kerry Washington" may be the
    person ("Texas" beside "West Texas" stays unsettled too), while "New York" beside "New
    York Times" or "United States" beside "United States of America" is the place."""
    regions = {n for n in names if is_known_region(n)}
    for name in names:
        if " " in name and may_be_person(name):
            regions -= {r for r in regions if f" {r} " in f" {name} "}
    return regions
