"""Names in text, and when two written forms name the same one.

Outlets transliterate the same Arabic, Russian or Chinese name differently (Jolani, Joulani,
Golani; Mohammed, Mohamed, Mohammad), drop particles (al-Adnani, Adnani), and shorten an
organisation after its first mention ("the Observatory"), or use its initials (ISIL, FSA).
``skeleton`` reduces a word to the consonants that those variants share, and ``same_name``
compares two names word by word, so that a short form matches a long one. What a name's own
words say of its kind ("... Police", "... Province": ``kind_by_its_words``) and whether it
can be a person's (``may_be_person``) are here too, for the speakers and the list of names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Hashable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Generic, TypeVar

from ..given_names import given_name_pronoun, is_given_name
from ..places import is_known_place, is_known_region, spelled_out

K = TypeVar("K", bound=Hashable)

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’']+(?:-[\w’']+)*")
_INNER_PARTICLES = frozenset(
    {"de", "la", "van", "von", "der", "della", "del", "di", "da", "dos", "du"}
)
"""Lower-case words inside a person's name ("Valencia del Toro", "Vasco da Gama")."""
_CONNECTORS = {"of", "for", "the", "and", "bin", "ibn", "al"} | _INNER_PARTICLES - {"der"}
KUNYA = frozenset({"Abu", "Abou", "Umm"})
"""A parent's name that opens an Arabic name ("Abu Mohammed al-Adnani")."""
# "West-backed", "Western-armed", "Al-Qaeda-linked", "US-born": a modifier, not part of a name.
_MODIFIER = re.compile(r"-(?:[a-z]+ed|held|run|born|style)\b")
# "Mr." of "Mr. Duda", "Rep." of "Rep. Tomas Ruiz": a title, not a name of its own.
_ABBREVIATED_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Gen|Lt|Sgt|Capt|Col|Gov|Sen|Rep|St|Adm|Maj|Cmdr|Cpl|Pvt|"
    r"Brig|Supt|Atty)\.",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?$")
# Plural nouns whose possessive lives inside names ("Administration for Children's
# Services", "People's Daily", "Women's March").
_PLURAL_OWNERS = frozenset({"children", "women", "men", "people"})
_ARTICLE_PREFIX = re.compile(r"(?:al|el|an|ad|as|ash|at)-[A-Za-z]")  # al-Adnani, el-Sisi
# Capitalised words that start sentences or name days and months, not people or groups.
_NOT_NAMES = set(
    """a an the this that these those it its he she they we i you his her their our my
    i'm i've i'd i'll he's she's it's we're we've we'll we'd you're you've you'll you'd
    they're they've they'll they'd that's there's here's what's who's let's
    on in at by for from to of and but or so as if when while after before since with
    however meanwhile also then there here what who which where why how yes no
    instead indeed later earlier yet finally moreover furthermore nevertheless
    nonetheless otherwise therefore thus perhaps
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    jan feb apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905
)

# Words that open no name: those above, adverbs that open a sentence before a name ("Now
# Tiger Woods...") but end some names ("Apocalypse Now"), other function words ("Though Jo
# Rogers...", "Did Al Johnson...") and verbs of saying put first ("Adds Bob Weir: ...").
_NOT_OPENING_NAMES = _NOT_NAMES | set(
    """now still even though although did does during despite because unless until whether
    once both either neither whose within without among amid upon toward towards across
    throughout should would could must might shall more other another some many several
    each every few most
    adds added says said notes noted writes wrote""".split()  # noqa: SIM905
)

# Titles written before a family name alone ("Mr Barry", "President Trump"), and those
# written before a given or regnal name ("Pope Francis", "King Abdullah").
_FAMILY_NAME_TITLES = (
    r"President|Prime Minister|Minister|Chancellor|Governor|Mayor|Senator|Ambassador|"
    r"Captain|Colonel|General|Gen|Lt|Sgt|Sergeant|Commander|Chief|Officer|Detective|"
    r"Mr|Mrs|Ms|Dr|Professor|Prof|Coach|Rev|Sen|Rep|Judge|Justice|Cardinal|Rabbi|Bishop|"
    r"Admiral|Adm|Maj|Cmdr|Cpl|Pvt|Brig|Supt|Atty"
)
_OTHER_TITLES = r"Sheikh|King|Queen|Prince|Princess|Lady|Lord|Sir|Dame|Pope|Imam"
# A title before a name: "President Obama", "Mr. Levy", "Gen. Petraeus".
TITLE = re.compile(rf"(?:{_FAMILY_NAME_TITLES}|{_OTHER_TITLES})\.?\s")
_FAMILY_NAME_TITLE = re.compile(rf"(?:{_FAMILY_NAME_TITLES})\.?\s")
# What stands before a person's name: a role or a title ("spokesman X", "analyst X").
PERSON_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|leader|chief|commander|minister|"
    r"president|activist|ambassador|diplomat|envoy|director|governor|mayor|general|colonel|captain|emir|analyst|"
    r"lawyer|attorney|professor|author|researcher|official|chairman|chairwoman|executive|"
    r"founder|coach|senator|officer|detective|sergeant|Mr|Mrs|Ms|Dr|Sheikh|King|Prince|Sen|"
    r"Rep|blogger|writer|reporter|journalist|singer|rapper|actor|actress|comedian|student|"
    r"teacher|doctor|nurse|scientist|expert|pastor|priest|artist|producer|filmmaker)\.?\s*$",
    re.IGNORECASE,
)


_LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")


# Words of a role that a run of capitalised words can hold before a person's name
# ("Hennepin County Chief Deputy Mike Carlson", "City Council Member John Elder").
_ROLE_WORDS = frozenset(
    """
President Minister Chancellor Governor Mayor Senator Ambassador Captain Colonel General
Commander Chief Officer Detective Sergeant Lieutenant Deputy Sheriff Member Spokesman
Spokeswoman Spokesperson Director Chairman Chairwoman Secretary Commissioner Councilman
Councilwoman Councillor Attorney Executive Manager Coach Judge Justice Superintendent Trooper
Agent Marshal Admiral Inspector Constable Prosecutor Adviser Advisor Speaker Leader
Congressman Congresswoman Representative Democrat Republican MP MEP Coroner Examiner
    """.split()  # noqa: SIM905 - a word list reads best as text
)


_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")


def is_party_and_state(name: str) -> bool:
    """Whether a "name" is a lawmaker's party and state ("R-Texas", "D-Calif", "R-S" of
    "R-S.C."), written after the lawmaker's name: no one's name."""
    return _PARTY_AND_STATE.fullmatch(name) is not None


def names_a_role(name: str) -> bool:
    """Whether a name is only a role or a description of someone, not anyone's name: its
    last word, or its head before "of", is a role ("Kentucky Republican", "Whitley County
    Sheriff", "Secretary of State"; not "Department of Justice"), and it does not open
    with a given name ("Jim Justice")."""
    head = name.split(" of ")[0]
    return head.split()[-1].rstrip(".") in _ROLE_WORDS and not has_a_given_name(name)


def person_after_role(name: str, forms: Collection[str]) -> str | None:
    """The person a name ends with, after the last role word in it, when ``forms`` (the
    other forms the articles write) also name that person without the role, in full or by
    the last name ("Carlson said"): "New Hope City Council Member John Elder" is John Elder,
    not a council."""
    words = name.split()
    roles = [k for k, word in enumerate(words) if word.rstrip(".") in _ROLE_WORDS]
    if not roles:
        return None
    person = words[roles[-1] + 1 :]
    # Without middle initials: "Harry M. Reid" is also written "Harry Reid".
    plain = [word for word in person if len(word.rstrip(".")) > 1]
    if not 2 <= len(plain) <= 3 or not all(word[:1].isupper() for word in person):
        return None
    if _ABBREVIATED_TITLE.fullmatch(f"{person[-1]}."):
        return None  # "Republican South Carolina Gov": the person is named after the title
    full = " ".join(person)
    return full if any(form in forms for form in (full, " ".join(plain), person[-1])) else None


def describes_a_person(words: str, most: int = 3) -> bool:
    """Whether ``words`` are at most ``most`` lower-case words that end with a word for a
    person (``PERSON_BEFORE``): "beauty blogger", "spokesman"."""
    found = words.split()
    return (
        0 < len(found) <= most
        and all(re.fullmatch(r"[a-z-]+", word) for word in found)
        and PERSON_BEFORE.search(words) is not None
    )


_TITLE_PRONOUN = {
    "Mr": "he",
    "Mrs": "she",
    "Ms": "she",
    "Miss": "she",
    "Sir": "he",
    "Lady": "she",
    "Dame": "she",
    "King": "he",
    "Queen": "she",
    "Prince": "he",
    "Princess": "she",
    "Lord": "he",
}


def pronoun_of(name: str) -> str | None:
    """The pronoun, "he" or "she", for a person's name when its title ("Mrs.") or its given
    name says so plainly (``given_name_pronoun``); None when neither does ("Taylor",
    "Lattner")."""
    words = name.split()
    title = _TITLE_PRONOUN.get(words[0].rstrip(".")) if words else None
    if title or len(words) < 2:
        return title
    return given_name_pronoun(without_title(name).split()[0])


# "Gyllenhaal", "Jean-Pierre", "O'Mara", "McDowell", "DiCaprio", and initials ("F.").
_PERSONAL_NAME_WORD = re.compile(
    r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\."
)


def has_a_given_name(name: str) -> bool:
    """Whether a name reads as a person's: two or three words ("Taylor Swift", "Jake
    Gyllenhaal", "Robert F. Kennedy", "Mark O'Mara"), the first a given name
    (``is_given_name``) that is not also a country or a state ("Virginia Tech"; a city's
    name is a given name too often: "George Zimmerman", "Warren Buffett") nor as short as
    the article of "Al Qaeda", and none of them a word that makes an organisation or a
    place ("Madison County Sheriff"). A particle inside the name ("Sergio Daniel Valencia
    del Toro") allows a fourth word."""
    written = name.split()
    words = [word for word in written if word not in _INNER_PARTICLES]
    return (
        2 <= len(words) <= (3 if len(words) == len(written) else 4)
        and all(_PERSONAL_NAME_WORD.fullmatch(word) for word in words)
        and len(words[0]) > 2
        and not is_known_region(words[0])
        and is_given_name(words[0])
        and kind_by_its_words(name) is None
    )


_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or our the their to vs with your".split()  # noqa: SIM905
)


def reads_as_a_work_title(text: str) -> bool:
    """Whether quoted words are a title of a work or a show ("We Are Never Ever Getting
    Back Together", "How to Train Your Dragon 2", "Fox News Sunday"): two words or more,
    each capitalised, a number, or a small word inside."""
    words = text.split()
    return len(words) >= 2 and all(
        word[0].isupper() or word[0].isdigit() or (k and word in _TITLE_SMALL_WORDS)
        for k, word in enumerate(words)
    )


def without_title(name: str) -> str:
    """A person's name without the title before it ("President Bashar al-Assad" is shown as
    "Bashar al-Assad"), when a first and a last name remain: "Pope Francis", "Lady Gaga"
    and "General Motors" stay whole."""
    title = TITLE.match(name)
    rest = name[title.end() :] if title else ""
    return rest if len(rest.split()) >= 2 else name


def shown_person(name: str, forms: Collection[str]) -> str:
    """How a person named ``name`` (and ``forms``) is shown: without the role, title or
    description before their name ("Alain Juppe" for "French Foreign Minister Alain
    Juppe")."""
    return (
        person_after_role(name, forms)
        or from_given_name(name)
        or _after_description(name)
        or without_title(name)
    )


def _after_description(name: str) -> str | None:
    """The last two words of a name, when the word before them describes someone and they
    read as a person's given and family names though no list knows the given name:
    "Cliven Bundy" of "Nevada Rancher Cliven Bundy", "Silvio Berlusconi" of "Italian
    Premier Silvio Berlusconi"; not "Public Schools" of "Pittsburgh Public Schools"."""
    words = name.split()
    person = " ".join(words[-2:])
    if (
        len(words) < 3
        or not _describes_before_a_name(words[-3])
        or not all(NAME_WORD.fullmatch(word) for word in words[-2:])
        or any(_describes_before_a_name(word) for word in words[-2:])
    ):
        return None
    return person if kind_by_its_words(person) is None and may_be_person(person) else None


# The endings of words for what someone is or does ("Guitarist", "Actress", "Musician",
# "Sharpshooter", "Frenchwoman", "Oscar-winner", "President-elect").
_DESCRIBING_ENDING = re.compile(r".*(?:ist|ess|ian|er|or|man|woman|elect|old|Chair)")


def _describes_before_a_name(word: str) -> bool:
    """Whether a capitalised word before a person's given name describes them rather than
    names them: a role or title ("Director", "Sgt"), an acronym ("CEO", "KFC"), a place
    ("Minot"), a possessive ("News'"), or a word for what someone is or does."""
    bare = word.rstrip(".")
    return (
        names_a_role(bare)
        or PERSON_BEFORE.search(word) is not None
        or TITLE.match(f"{word} ") is not None
        or (len(bare) > 1 and bare.isupper())
        or is_known_place(bare)
        or word.endswith(("'", "’", "'s", "’s"))
        or _DESCRIBING_ENDING.fullmatch(bare) is not None
    )


NAME_WORD = re.compile(
    rf"{_PERSONAL_NAME_WORD.pattern}|(?:al|el|bin|ibn|de|van|von)(?:-[A-Z][a-z]+)?"
)
"""A word of a person's name: "Lin", "L.", "Pires-Lund", "al-Adnani", "van"."""


def from_given_name(name: str, cut_any: bool = False) -> str | None:
    """A person's name from its first listed given name on (``is_given_name``), with
    the "Abu" before it, without what is written before it: "Adrienne Watson" of "DNC
    Deputy Communications Director Adrienne Watson", "Edith Bouvier" of "Frenchwoman Edith
    Bouvier". A given name that is also a place's ("Warren", "Nevada") counts only right
    before the family name, and what comes before it is cut only when a word of it
    describes rather than names (``_describes_before_a_name``), unless ``cut_any``: where
    the family name is known to be the person's ("Stubb said"), whatever stands before the
    given name goes ("Foreign Trade Alexander Stubb"). None when no word before
    the last is such a given name, or what remains is not two to four words of a name."""
    words = name.split()
    last = len(words) - 1
    given = next(
        (
            k
            for k, word in enumerate(words[:last])
            if is_given_name(word) and (k == last - 1 or not is_known_place(word))
        ),
        None,
    )
    if given is None:
        return None
    if given and words[given - 1] in KUNYA:
        given -= 1
    if given and not cut_any and not any(_describes_before_a_name(w) for w in words[:given]):
        return None  # "Kim Jong Un", "W. Wallace Smith": the words before are the name's
    kept = words[given:]
    if not 2 <= len(kept) <= 4 or not all(NAME_WORD.fullmatch(word) for word in kept):
        return None
    return " ".join(kept)


def lower_case_words(text: str) -> set[str]:
    """The words a text writes in lower case. A capitalised word that opens a sentence and
    is among them ("Today", "Some", "None") is an ordinary word, not a name."""
    return set(_LOWER_CASE_WORD.findall(text))


@lru_cache(maxsize=16384)
def names_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """Runs of capitalised words, with the particles and middle initials that live inside
    names ("Abu Mohammed al-Adnani", "Syrian Observatory for Human Rights", "George W.
    Bush") and letters with full stops as one word ("U.S. Virgin Islands"), as (start, end,
    name). A person "of" an organisation is two names; a letter alone is none.

    Remembered: a briefing reads each sentence's names in several stages (quotations,
    names, the summary's people), and finding them is among its larger costs."""
    words = list(_WORD.finditer(text))
    found: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run and (
            run[-1].group(0).lower() in _CONNECTORS or run[-1].group(0).lower() in _NOT_NAMES
        ):
            if _family_name_may(run):
                break
            run.pop()
        while run and run[0].group(0).lower() in _NOT_OPENING_NAMES:
            run.pop(0)
        if run and _ABBREVIATED_TITLE.match(text, run[-1].start()):
            run.pop()  # the "Mr" of "Mr. Duda", the "Sen" of "U.S. Sen. Cory Gardner"
        if len(run) == 1 and len(run[0].group(0)) == 1:
            run.clear()  # a letter alone: a party's "(D)", a list's "A", no name
        # "Fighters of the Free Syrian Army" opening a sentence: the name is after "of"; but
        # "Department of Homeland Security" is a name whole.
        if (
            run
            and run[0].start() == 0
            and len(run) > 2
            and run[1].group(0) == "of"
            and kind_by_its_words(run[0].group(0)) != "organisation"
        ):
            while run and (
                run[0].group(0)[0].isupper() is False
                or run[0].start() == 0
                or run[0].group(0).lower() in _CONNECTORS
            ):
                run.pop(0)
        if run:
            found.extend(_person_apart_from_employer(text, run))
        run.clear()

    for k, word in enumerate(words):
        token = word.group(0)
        gap = text[run[-1].end() : word.start()] if run else ""
        if gap.strip() and not (gap == ". " and _after_initial(text, run, token)):
            close()
        hyphenated = "-" in token
        if hyphenated and _MODIFIER.search(token):  # "West-backed", "Al-Qaeda-linked"
            if run:
                close()
            continue
        capital = token[0].isupper() or (hyphenated and _ARTICLE_PREFIX.match(token))
        # A kunya opens a person's name: "in Aleppo Abu Firas said" names two.
        if run and token in KUNYA and run[-1].group(0).lower() not in _CONNECTORS:
            close()
        # "and" stays inside a name only after "of" ("State of Iraq and the Levant").
        joins = (
            run
            and token.lower() in _CONNECTORS
            and (token.lower() != "and" or any(w.group(0) == "of" for w in run))
        )
        if capital or joins:
            run.append(word)
            owner = _POSSESSIVE.sub("", token)
            if (
                _POSSESSIVE.search(token)
                and token[-1] == "s"
                and owner.lower() not in _PLURAL_OWNERS
                and not _an_office_of(owner, text, words[k + 1 : k + 2])
            ):
                close()  # "ISIS's Iraqi branch"; but "Children's Services" is one name
        elif run:
            close()
    close()
    return tuple((start, end, _POSSESSIVE.sub("", name)) for start, end, name in found)


def _an_office_of(owner: str, text: str, following: Sequence[re.Match[str]]) -> bool:
    """Whether a role's possessive opens the name of its office: "Sheriff's Office",
    "U.S. Attorney's Office", "Coroner's Department" are one organisation each, where "ISIS's
    Iraqi branch" and "Italy's Parliament" are two names."""
    if owner not in _ROLE_WORDS or not following:
        return False
    head = following[0]
    return text[head.start() - 1] == " " and kind_by_its_words(head.group(0)) == "organisation"


_MOST_INITIALS = 3
"""A name's initials in a row ("J. R. R. Tolkien"); a longer run of letters is no name."""


def _family_name_may(run: Sequence[re.Match[str]]) -> bool:
    """Whether a run of capitalised words ends with the family name May after a given name
    ("Theresa May", "Brian May"), not with the month ("Aleppo May 5")."""
    return len(run) > 1 and run[-1].group(0) == "May" and is_given_name(run[-2].group(0))


def _after_initial(text: str, run: Sequence[re.Match[str]], token: str) -> bool:
    """Whether ``token`` goes on a name after its initials ("Stephanie A. Miner", "Oliver
    J. T. Harris", "L. Lin Wood"), not after the letters of "U.S." or "D.C."."""
    words = [word.group(0) for word in run[-(_MOST_INITIALS + 1) :]]
    initials = 0
    while initials < len(words) and len(words[-1 - initials]) == 1:
        initials += 1
    if not 0 < initials <= _MOST_INITIALS or not words[-1].isupper() or not token[0].isupper():
        return False
    if len(run) == initials:  # the name opens with them, after a space, not "U.S."
        return text[run[0].start() - 1 : run[0].start()] in ("", " ")
    if initials == len(words):  # more letters than a name has initials
        return False
    first = words[-1 - initials]
    return len(first) > 1 and first[0].isupper()


def _person_apart_from_employer(
    text: str, run: Sequence[re.Match[str]]
) -> list[tuple[int, int, str]]:
    """A run of capitalised words as one name, or as two when a person's name comes before
    "of" and an organisation or a place after it ("Jacob Marott of the Frederiksberg
    Hospital", "Rita Schrimsher of Athens").
    "Bank of America" and "Democratic Republic of the Congo" stay whole."""
    whole = [(run[0].start(), run[-1].end(), text[run[0].start() : run[-1].end()])]
    of = next((k for k, word in enumerate(run) if word.group(0) in ("of", "for")), 0)
    if not 2 <= of <= 3:
        return whole
    # A run never ends with a connector, so a word follows "of" and any "the" after it.
    employer = run[of + 2 :] if run[of + 1].group(0) == "the" else run[of + 1 :]
    person = text[run[0].start() : run[of - 1].end()]
    organisation = text[employer[0].start() : employer[-1].end()]
    # "Rita Schrimsher of Athens, Alabama" too: a person of a place, by a listed given name
    # or as two words of a name ("Kyrsten Sinema of Arizona").
    two_names = len(person.split()) == 2 and all(map(NAME_WORD.fullmatch, person.split()))
    of_a_place = is_known_place(organisation) and (
        has_a_given_name(person) or (two_names and may_be_person(person))
    )
    if not of_a_place and (
        kind_by_its_words(organisation) != "organisation" or not may_be_person(person)
    ):
        return whole
    return [
        (run[0].start(), run[of - 1].end(), person),
        (employer[0].start(), employer[-1].end(), organisation),
    ]


_PARTICLES = {"al", "el", "an", "ad", "as", "ash", "at", "abu", "abou", "bin", "ibn", "the",
              "of", "for", "and", "le"} | _INNER_PARTICLES  # fmt: skip
# Letters that transliterations of one sound alternate between, folded together.
_FOLDS = (
    ("dj", "j"), ("zh", "j"), ("ch", "sh"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("q", "k"),
    ("c", "k"), ("g", "j"), ("w", "u"), ("y", "i"),
)  # fmt: skip


_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")
_NAME_SPLIT = re.compile(r"[\s-]+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    """A word in lower case without accents or punctuation, with the letters that
    transliterations alternate between folded together."""
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if c.isalnum())
    for written, folded in _FOLDS:
        word = word.replace(written, folded)
    return word


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A word's transliteration-independent form: folded consonants, vowels dropped after
    the first letter, doubled letters single. Jolani, Joulani, Golani -> "jln"."""
    word = _folded(word)
    if not word:
        return ""
    rest = _VOWELS.sub("", word[1:])
    first = "a" if word[0] in "aeiou" else word[0]
    return _DOUBLED.sub(r"\1", first + rest)


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words with a skeleton, particles left out."""
    words = _NAME_SPLIT.split(name.replace("’", "'").replace("'s", ""))
    return tuple(w for w in words if w and w.lower() not in _PARTICLES and skeleton(w))


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The skeletons of a name's words, particles left out: "Abu Mohammed al-Adnani" ->
    ("mhmd", "adnn")."""
    return tuple(skeleton(w) for w in _name_words(name))


SPELLING_LIKENESS = 0.7
"""How alike (difflib's ratio of the folded letters) a short name must be to the words of
the longer name that share its skeletons. Transliterations are ("Joulani" and "Jolani"
0.92, "Tel Rif'aat" and "Tal Rifaat" 0.89, "Mohammed" and "Muhammad" 0.75); words that
vowels alone tell apart are not ("Twitter" and "Tower" 0.67, "Moody" and "Midway" 0.36)."""


def _spelt_alike(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the words of ``short``, each against the word of ``long`` with its skeleton
    that is spelt most like it, are spellings of the same words."""

    def likeness(a: str, b: str) -> float:
        return SequenceMatcher(None, _folded(a), _folded(b)).ratio()

    matched = [
        max((o for o in long if skeleton(o) == skeleton(w)), key=lambda o: likeness(w, o))
        for w in short
    ]
    return likeness("".join(short), "".join(matched)) >= SPELLING_LIKENESS


@lru_cache(maxsize=262144)
def same_name(a: str, b: str) -> bool:
    """Whether two written names can name the same one: the shorter name's words all appear
    in the longer, spelt alike (``SPELLING_LIKENESS``), and it ends on the same word, or one is
    the initials of the other ("ISIL", "Islamic State of Iraq and the Levant").

    The word that must agree is the family name of a person ("Adnani", "Abu Mohammed
    al-Adnani"), but the head of a name built with "of" or "for": "the Observatory" and
    "Islamic State" are short for "Syrian Observatory for Human Rights" and "Islamic State
    of Iraq and Syria", while "Syrian" and "Syria" are not.

    A country's abbreviation names the country ("U.S.", "United States"), and a title with
    a family name the person of that family name (``_same_titled_person``).
    """
    countries = spelled_out(a), spelled_out(b)
    if countries != (a, b):  # "U.S." names the country, not a "Ueli Steck"
        return countries[0] == countries[1] or same_name(*countries)
    if _family_name(a) or _family_name(b):
        return _same_titled_person(a, b)
    if a.rstrip(".").casefold() == b.rstrip(".").casefold():
        return True  # "Angelo L." mid-sentence is the "Angelo L" that ends one
    if _initials_of(a, b) or _initials_of(b, a):
        return True
    (short_name, short_words), (long_name, long_words) = sorted(
        ((a, _name_words(a)), (b, _name_words(b))), key=lambda pair: len(pair[1])
    )
    short = [skeleton(w) for w in short_words]
    long = [skeleton(w) for w in long_words]
    if not short or (len(short[-1]) < 2 and len(short_words[-1]) < 3):
        return False  # "S", "Al"; but "Luu" and "Duda", whose skeleton is one letter
    head = _head(long_name)
    ending = long[-1] if head is None or _head(short_name) is not None else head
    return (
        short[-1] == ending
        and all(token in long for token in short)
        and _spelt_alike(short_words, long_words)
    )


def comparable_form(name: str) -> str:
    """What ``same_name`` compares of a name: the family name of a title and a family name
    ("Mr Barry", "President Trump" -> "Trump"), the country of its abbreviation ("U.S." ->
    "United States"), else the name itself."""
    return _family_name(name) or spelled_out(name)


@lru_cache(maxsize=65536)
def _family_name(name: str) -> str | None:
    """The family name after a title ("Barry" of "Mr Barry"); None for other names."""
    title = _FAMILY_NAME_TITLE.match(name)
    family_name = name[title.end() :] if title else ""
    if " " in family_name or kind_by_its_words(family_name) is not None:
        return None  # not "Justice Department"
    return family_name or None


def _same_titled_person(a: str, b: str) -> bool:
    """Whether two names, one of them a title and a family name ("Mr Barry"), are one
    person's: the same family name ("Barry", "President Barry"), or a person's name that
    ends with it ("David Barry", "Foreign Secretary Boris Johnson"), unless their titles or
    given names say "he" of one and "she" of the other ("Mr Obama" and "Michelle Obama")."""
    titled, other = (a, b) if _family_name(a) else (b, a)
    pronouns = {pronoun_of(titled), pronoun_of(other)} - {None}
    if len(pronouns) > 1:  # "Mr Trump" and "Mrs Trump"
        return False
    if comparable_form(titled) == comparable_form(other):
        return True
    return (
        _family_name(other) is None
        and may_be_person(other)
        and same_name(comparable_form(titled), other)
    )


_OF = re.compile(r"\s(?:of|for)\s")


def _head(name: str) -> str | None:
    """The skeleton of the last word before "of" or "for" ("Observatory" in "Syrian
    Observatory for Human Rights"); None for a name without them."""
    match = _OF.search(name)
    if match is None:
        return None
    tokens = name_tokens(name[: match.start()])
    return tokens[-1] if tokens else None


def is_acronym(name: str) -> bool:
    return _ACRONYM.fullmatch(name) is not None


def initials(name: str) -> frozenset[str]:
    """The acronyms a name can be written as: its capitalised words' initials ("ISIL" for
    "Islamic State of Iraq and the Levant"), or every word's but "of", "the", "and", "for"."""
    words = [w for w in _NAME_SPLIT.split(name) if w]
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    with_particles = "".join(
        w[0].upper() for w in words if w.lower() not in {"of", "the", "and", "for"}
    )
    return frozenset(a for a in (capitalised, with_particles) if a)


def _initials_of(acronym: str, name: str) -> bool:
    return is_acronym(acronym) and acronym in initials(name)


class NameIndex(Generic[K]):
    """Names filed by what ``same_name`` compares, so that a name is compared only with the
    names it could match: those it shares a word skeleton with, the acronyms it can be
    written as, and, for an acronym, the names it can abbreviate. ``same_name`` holds for
    no other pair (but for two names without skeletons), and events name thousands.

    Each name is filed under a key of the caller's (the name itself, or its group)."""

    def __init__(self) -> None:
        self._by_token: dict[str, list[K]] = defaultdict(list)
        self._by_initials: dict[str, list[K]] = defaultdict(list)
        self._by_acronym: dict[str, list[K]] = defaultdict(list)

    def add(self, name: str, key: K) -> None:
        for token in name_tokens(comparable_form(name)):
            self._by_token[token].append(key)
        for abbreviation in initials(name):
            self._by_initials[abbreviation].append(key)
        if is_acronym(name):
            self._by_acronym[name].append(key)

    def candidates(self, name: str) -> set[K] | None:
        """The keys of the names ``name`` could match; None when it has no word skeleton
        to look up, and every name is a candidate."""
        tokens = name_tokens(comparable_form(name))
        if not tokens:
            return None
        found = {key for token in tokens for key in self._by_token[token]}
        for abbreviation in initials(name):
            found.update(self._by_acronym[abbreviation])
        if is_acronym(name):
            found.update(self._by_initials[name])
        return found


_ORGANISATION = re.compile(
    r"\b(?:Front|Army|Navy|Council|Coalition|Observatory|State|Party|Ministry|Committee|Union|"
    r"Agency|Network|Organi[sz]ation|Group|Brigades?|Battalions?|Company|Corporation|Inc|"
    r"University|Bank|Court|Police|Forces|Movement|Assembly|Commission|Parliament|Congress|"
    r"Senate|Government|Department|Office|Center|Centre|Institute|Association|Reuters|"
    r"Press|News|Times|Post|Nations|House|Museum|Schools?|College|Academy|Library|Hospital|"
    r"Foundation|Society|Laboratory|Bureau|Administration|Authority|Board|Command|Service|"
    r"League|Club|Fund|Journal|Tribune|Herald|Gazette|Inquirer|Observer|Chronicle|Records|"
    r"Studios|Pictures|Entertainment|Airlines|Airways|Motors|Communications|Holdings|"
    r"Community|Temple|Mosque|Synagogue|Cathedral|Diocese|Archdiocese|Ministries|"
    # News outlets and agencies whose names carry no such word.
    r"Jazeera|Arabiya|Xinhua|Interfax|Yonhap|Kyodo|Politico|POLITICO|Axios|Newsweek|BuzzFeed)\b"
)
_PLACE = re.compile(
    r"\b(?:City|Province|District|County|Region|Street|Square|River|Mountains?|Valley|"
    r"Island|Heights|Border|Airport|Port|Bridge|Road|Avenue|Highway|Sea|Ocean|Lake|Bay|Tower|Side|"
    r"Stadium|Strait)\b"
)


# Happenings and occasions: "World War II", "Hurricane Sandy", "West Nile Virus".
_HAPPENING = re.compile(r"\b(?:Wars?|Hurricane|Typhoon|Cyclone|Virus|Olympics|Awards|Festival)\b")


def kind_by_its_words(name: str) -> str | None:
    """ "organisation", "place" or "other" (a happening) when a name's own words say so
    ("... Front", "... Herald", an acronym; "... Province", a country's abbreviation "U.S.";
    "Hurricane ...", "... War"); None when only its context can tell."""
    if spelled_out(name) != name:
        return "place"
    if name.isupper() or _ORGANISATION.search(name):
        return "organisation"
    if _PLACE.search(name):
        return "place"
    if _HAPPENING.search(name):
        return "other"
    return None


_PARTY_MEMBER = re.compile(r"(?:^|\s)(?:Democrat|Republican)$")


def describes_someone(name: str) -> bool:
    """Whether a name is a party member's description ("the Kentucky Republican said"),
    which a report writes for someone it has already named."""
    return bool(_PARTY_MEMBER.search(name))


_ROMAN_NUMERAL = re.compile(r"[IVX]+")


_NEVER_IN_A_PERSONS_NAME = frozenset(
    {"My", "Your", "Our", "Their", "His", "Her", "Its", "You", "We"}
)
"""Pronouns and possessives, which a title's capitals make look like a name's words."""


def may_be_person(name: str) -> bool:
    """Whether a name can be a person's: it ends with a name after a role ("Senate Majority
    Leader Bob Dole"), or it is not a known place, not a description ("Kentucky
    Republican") and its own words do not make it an organisation or a place. The "he" of
    "he said" never means "Buenos Aires" or "Capitol Police"."""
    if describes_someone(name):
        return False
    words = name.split()
    if len(words) > 1 and is_acronym(words[-1]) and not _ROMAN_NUMERAL.fullmatch(words[-1]):
        return False  # "Mercedes SUV", "Apple TV": a thing's name, though "Mercedes" is given
    if len(words) == 2 and is_acronym(words[0]) and len(words[0]) > 3:
        return False  # "DACA Trump", a headline's words run together in a page's links
    if _NEVER_IN_A_PERSONS_NAME.intersection(words):
        return False  # "Train Your Dragon", of a film's title

    roles = [k for k, word in enumerate(words) if word.rstrip(".") in _ROLE_WORDS]
    after_role = words[roles[-1] + 1 :] if roles else []
    if 1 <= len(after_role) <= 3 and kind_by_its_words(" ".join(after_role)) is None:
        return True  # not "Keldor General Hospital"
    return kind_by_its_words(name) is None and not is_known_place(name)
