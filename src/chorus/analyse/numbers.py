"""Numeric claims: every count stated in a sentence, with its hedge, what it counts, and who
the sentence attributes it to.

"At least 385 people have been killed in the fighting, the Observatory said" becomes a claim
of 385 or a little more (``at least``), counting ``people`` who were ``killed``, attributed
to ``the Observatory``. Dates, years, times, ages, list positions, percentages and money are
not claims. The rules are about English news syntax, never about particular events.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import Claim, Quantity, Sentence
from ..summarise.similarity import content_terms

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague quantities as the ranges readers take them to mean.
_VAGUE = {
    "a few": (2, 5), "several": (3, 9), "a dozen": (12, 12), "dozens": (24, 99),
    "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
}  # fmt: skip
# How far a hedge widens a value: (low factor, high factor).
_HEDGES = {
    "at least": (1.0, 1.15), "more than": (1.0, 1.15), "over": (1.0, 1.15),
    "upwards of": (1.0, 1.15), "nearly": (0.85, 1.0), "almost": (0.85, 1.0),
    "up to": (0.85, 1.0), "as many as": (0.85, 1.0), "fewer than": (0.85, 1.0),
    "less than": (0.85, 1.0), "at most": (0.85, 1.0), "around": (0.9, 1.1),
    "about": (0.9, 1.1), "some": (0.9, 1.1), "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1), "an estimated": (0.9, 1.1), "close to": (0.9, 1.0),
}  # fmt: skip

_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_UNITS)[:9])}))?|{'|'.join(_UNITS)})"
    rf"(?:\s+(?:{'|'.join(_SCALES)}))?"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_NUMBER = re.compile(
    rf"(?<![\w$£€.,:/-])(?P<hedge>(?:{'|'.join(_HEDGES)})\s+)?"
    rf"(?P<number>(?:{_DIGITS})(?:\s+(?:{'|'.join(_SCALES)}))?|{_WORD_NUMBER}|"
    rf"{'|'.join(sorted(_VAGUE, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_NOT_A_COUNT_AFTER = re.compile(
    rf"^(?:\s*(?:{_MONTH})\b|\s*(?:%|percent|per cent|percentage)|:\d|\s*[ap]\.?m\b|"
    r"\s*(?:gmt|utc)\b|-?\s*years?[- ]old|-?\s*(?:st|nd|rd|th)\b|\s*(?:am|pm)\b|"
    r"\s*(?:dollars?|euros?|pounds?|yuan|yen|rubles?|km|kilomet|miles?|met(?:er|re)s?|kg|"
    r"tons?|tonnes?|degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|times|"
    r"block)\b)",
    re.IGNORECASE,
)
_NOT_A_COUNT_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTH})\s*|\b(?:no\.?|number|#|article|page|chapter|section|resolution|"
    r"aged?|route|flight|room|year|stage|phase|level|category|grade|tier|season|episode|"
    r"volume|version)\s*|[$£€]\s*)$",
    re.IGNORECASE,
)
_MORE_WORDS = re.compile(r"^\s*(?:more|less|fewer|others?|of|times|percent|per)\b", re.I)
_AGE = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*,\s*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")

# What happened to the things counted, by the words reporting it.
_ACTIONS = {
    "killed": "kill killed killing kills dead died die dies death deaths executed execute "
    "executing execution executions massacred slain murdered lost",
    "wounded": "wounded wounding injured injuring injuries hurt",
    "freed": "freed free freeing released release releasing liberated rescued",
    "held": "detained detaining held holding captured kidnapped abducted imprisoned "
    "arrested jailed",
    "displaced": "displaced fled fleeing evacuated homeless",
    "missing": "missing",
    "resigned": "resigned resign resigning resignation resignations",
}
_ACTION_OF = {word: action for action, words in _ACTIONS.items() for word in words.split()}
_DETENTION = set(_ACTIONS["held"].split())
_PLACE_NOUNS = {
    "states", "countries", "nations", "cities", "towns", "villages", "provinces", "counties",
    "districts", "regions", "areas", "neighborhoods", "neighbourhoods", "suburbs",
}  # fmt: skip
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|those|these)\b", re.I)
_INCLUDING = re.compile(r"\bincluding\s+$", re.I)
_PERSON_NOUNS = {"people", "persons", "person", "individuals"}
_PRISONER_NOUNS = {
    "prisoners", "prisoner", "detainees", "detainee", "captives", "inmates", "hostages",
}  # fmt: skip
# Words that end the counted noun phrase (function words and common verbs).
_PHRASE_END = set(
    """a an the and or but of in on at to for from by with as after before during since
    until while who whom which that were was are is be been being have has had will would
    could can may might said says say told according including about against among around
    into over than then there this those these they them their its it his her when where
    late early ago also still now""".split()  # noqa: SIM905 - a word list reads best as text
) | set(_ACTION_OF)
_NOUN_PHRASE_WORDS = 4
"""Lower-case words a counted phrase may have before its noun is taken to be the last."""
_NAME_WORDS = 8
"""Words, a name's included, that a counted phrase may have."""
_GENERIC_NOUNS = {"people", "times", "others", "ones", "more", "less", "percent", "each"}
_PHRASE_END |= {"more", "remains", "remain", "appear", "appears", "seem", "seems"}

_SPEECH = r"(?:said|says|say|reported|reports|told|announced|estimated|claimed|claims|stated)"
_SOURCE = r"(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|de|al)?\s*[A-Z][\w'’.-]*)*|" \
    r"(?:activists|officials|witnesses|residents|doctors|police|medics|rebels|sources|" \
    r"monitors|observers|authorities)(?:\s+in\s+[A-Z][\w'-]*)?)"  # fmt: skip
_ATTRIBUTIONS = (
    re.compile(rf"\baccording to (?P<source>{_SOURCE})"),
    re.compile(rf",\s*(?P<source>{_SOURCE})\s+{_SPEECH}\b"),
    re.compile(rf"^(?P<source>{_SOURCE})\s+{_SPEECH}\b"),
    re.compile(rf",\s*{_SPEECH}\s+(?P<source>{_SOURCE})"),
)
_CONTEXT = re.compile(
    r"\b(?:[Ss]ince|[Oo]n|[Ll]ast|[Ii]n|[Dd]uring)\s+(?:the\s+)?(?:(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|week(?:end)?|month|year)\b|"
    r"[A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+)*|"
    r"(?:fighting|clashes|attacks?|battle|war|violence|blast|explosion|storm|fire)\b)"
)


# A number needs a digit or one of these words; most sentences have neither, and checking
# that is far cheaper than running ``_NUMBER`` over them.
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[a-z]+")
_NUMBER_WORDS = (
    frozenset(_UNITS) | frozenset(_TENS) | {w for v in _VAGUE for w in v.split()} - {"a", "of"}
)


def _may_count(text: str) -> bool:
    return bool(_DIGIT.search(text)) or not _NUMBER_WORDS.isdisjoint(
        _LOWER_WORD.findall(text.lower())
    )


def claims_in(sentence: Sentence) -> Iterator[Claim]:
    """The numeric claims a sentence makes."""
    text = sentence.text
    if not _may_count(text):
        return
    previous: Claim | None = None  # the sentence's last claim
    for match in _NUMBER.finditer(text):
        number = match.group("number")
        before, after = text[: match.start()], text[match.end() :]
        if not _is_count(number, before, after):
            continue
        low, high = _value(number)
        hedge = (match.group("hedge") or "").strip().lower() or None
        if hedge:
            low_factor, high_factor = _HEDGES[hedge]
            low, high = low * low_factor, high * high_factor
        noun, before_noun, modifier, noun_end = _counted(after)
        # "144 killed, including 64 in Homs", "13 of the 20 children killed in the attack",
        # "eight of the dead soldiers": a part of what the sentence counts, where "killed
        # 50 of its prisoners" and "1,000 of the crew died" are tolls.
        part = bool(before_noun or modifier) and bool(_PARTITIVE.match(after))
        if noun is None and previous and not _MORE_WORDS.match(after):
            # "15 people killed in Idlib, nine in Aleppo", "by 65 votes to 52": the thing
            # counted, and what happened to it, are those just counted.
            counted, inherited = previous.counted, previous.action
            part = bool(_INCLUDING.search(before))
        elif noun is None:
            continue
        else:
            counted, inherited = _noun_class(noun, modifier), None
        action = (
            _ACTION_OF[before_noun]
            if before_noun
            else _nearest_action(text, match.start(), match.end() + noun_end, modifier)
        ) or inherited
        if counted in _PLACE_NOUNS:
            action = None  # "deaths in five states": the states are where, not who
        if action is None and counted in _GENERIC_NOUNS:
            continue  # "100 people" alone says nothing comparable
        previous = Claim(
            sentence_id=sentence.id,
            article_id=sentence.article_id,
            # In lower case as it reads mid-sentence: "At least 385 people" opening one is
            # "at least 385 people", the same figure as another outlet's.
            text=(match.group(0)[:1].lower() + match.group(0)[1:] + after[:noun_end]).strip(),
            quantity=Quantity(low=low, high=high, hedge=hedge),
            counted=counted,
            action=action,
            context=_context(text),
            attributed_to=_attribution(text),
            part=part,
        )
        yield previous


def _is_count(number: str, before: str, after: str) -> bool:
    if _NOT_A_COUNT_AFTER.match(after) or _NOT_A_COUNT_BEFORE.search(before):
        return False
    if _YEAR.match(number):
        return False
    if number.lower() == "one":  # "one of them", "one was taken": a pronoun more often
        return False
    if re.match(r"^-[a-z\d]", after):  # "a two-year hunt", "323-786-5113": not a count
        return False
    # Part of a name: "World War Two", "the Group of 20".
    if re.search(r"\S\s+[A-Z][\w'-]*\s+(?:of\s+)?$", before) and (
        not number[0].isdigit() or re.search(r"\bof\s+$", before)
    ):
        return False
    # "Omar, 21, an activist", "Smith, 30; and Jarrett, 27.": an age after a name.
    return not (_AGE.search(before) and re.match(r"^\s*(?:[,;.)]|$)", after))


def _value(number: str) -> tuple[float, float]:
    words = number.lower().replace("-", " ").split()
    phrase = " ".join(words)
    if phrase in _VAGUE:
        low, high = _VAGUE[phrase]
        return float(low), float(high)
    scale = 1
    if words[-1] in _SCALES:
        scale = _SCALES[words[-1]]
        words = words[:-1]
    if words and re.match(r"^[\d.,]+$", words[0]):
        value = float(words[0].replace(",", ""))
    else:
        value = float(sum(_TENS.get(w, 0) + _UNITS.get(w, 0) for w in words))
    return value * scale, value * scale


def _counted(after: str) -> tuple[str | None, str | None, str | None, int]:
    """The head noun of the counted phrase after the number ("of prisoners", "ISIS
    fighters", "wounded Western journalists"), a participle that says what happened to them
    ("two dead journalists"), a participle after it ("people detained by ..."), and where
    the phrase ends."""
    words = list(re.finditer(r"\w[\w'’-]*", after[:80]))
    phrase: list[re.Match[str]] = []
    participle: str | None = None
    for word in words:
        token = word.group(0)
        lower = token.lower()
        gap = after[phrase[-1].end() : word.start()] if phrase else ""
        if gap.strip():  # punctuation between: the phrase has ended
            break
        if not phrase and lower in {"of", "the", "their", "its", "his", "her", "our", "other"}:
            if participle:
                break  # "the two discussed the situation": a verb, not a participle
            continue
        if not phrase and (lower in _ACTION_OF or re.search(r"ed$", lower)):
            participle = participle or lower  # "two wounded journalists", "defected soldiers"
            continue
        if not phrase and lower[0].isdigit() and word.start() > 0:
            continue  # "dozens of the 120 members": the members are counted
        if lower in _PHRASE_END or re.match(r"^\d", lower) or re.search(r"(?:ed|ly)$", lower):
            break
        phrase.append(word)
        # The counted noun is the first plural ("three media activists"); a name before it
        # does not use up the words it may take ("two Delphi Community Middle School
        # students").
        lower_case = sum(not w.group(0)[0].isupper() for w in phrase)
        if _plural(lower) or lower_case == _NOUN_PHRASE_WORDS or len(phrase) == _NAME_WORDS:
            break
    if not phrase:
        return None, None, None, 0
    head = phrase[-1]
    following = _DESCRIBED.match(after[head.end() :])
    described = following.group(1).lower() if following else None
    return (
        head.group(0).lower(),
        participle if participle in _ACTION_OF else None,
        described if described in _ACTION_OF else None,
        head.end(),
    )


# A participle right after the counted noun that describes it ("people detained by the
# army", "two reporters missing in Syria since November"), not what the sentence reports.
_DESCRIBED = re.compile(r"^\s+(?:reported\s+)?(\w+)\s+(?:by|at|in|since|for|from)\b")
# "three men suspected of killing": the happening is what the counted did, not underwent.
_ACCUSED_OF = re.compile(r"\b(?:suspected|accused|charged|convicted|guilty|arrested)\s+of\s+$")
# "released videos", "a previously released statement": published, not set free.
_PUBLISHED = re.compile(
    r"^\s+(?:(?:a|an|the|its|their|his|her|new)\s+)?(?:videos?|photos?|photographs?|images?|"
    r"footage|statements?|reports?|recordings?|tapes?|details|data|figures|documents?|"
    r"records?|results|findings|albums?|films?|books?|songs?|plans?|list)\b",
    re.IGNORECASE,
)

_IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "troops", "staff"}


def _plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith("ss"))


def _noun_class(noun: str, modifier: str | None) -> str:
    """Names for one kind of thing: prisoners and detainees are counted together, and so
    are "people detained by" someone."""
    if noun in _PRISONER_NOUNS or (noun in _PERSON_NOUNS and modifier in _DETENTION):
        return "prisoners"
    if noun in _PERSON_NOUNS:
        return "people"
    return noun


def _nearest_action(text: str, start: int, end: int, modifier: str | None) -> str | None:
    """The reported happening nearest to the counted phrase. Not it: a participle that only
    describes the noun, unless nothing else happens ("reporters missing since May were
    freed"); a happening the counted are accused of; one with a count of its own after it
    ("two suburbs ... killed 19 people"); "released" said of videos or statements."""
    best: tuple[int, str] | None = None
    for word in re.finditer(r"[A-Za-z]+", text):
        action = _ACTION_OF.get(word.group(0).lower())
        if action is None or (modifier and word.group(0).lower() == modifier):
            continue
        if word.start() > 0 and word.group(0)[0].isupper():
            continue  # part of a name: the "Free" of "Free Syrian Army"
        between = text[word.end() : start] if word.end() <= start else text[end : word.start()]
        if (word.start() < end and word.end() > start) or re.search(r"[,;:()]", between):
            continue  # inside the phrase, or in another clause
        if _ACCUSED_OF.search(text[: word.start()]):
            continue
        if action == "freed" and _PUBLISHED.match(text[word.end() :]):
            continue
        if word.start() >= end and _NUMBER.match(text[word.end() :].lstrip()):
            continue
        distance = len(between)
        if best is None or distance < best[0]:
            best = (distance, action)
    return best[1] if best else _ACTION_OF.get(modifier or "")


def _attribution(text: str) -> str | None:
    for pattern in _ATTRIBUTIONS:
        match = pattern.search(text)
        if match:
            source = match.group("source").strip().rstrip(".")
            if content_terms(source):
                return source
    return None


def _context(text: str) -> str | None:
    found = [m.group(0) for m in _CONTEXT.finditer(text)]
    return ", ".join(dict.fromkeys(found)) if found else None
