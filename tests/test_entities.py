"""Names merged across spellings, short forms and acronyms, with mentions per outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

import chorus
from chorus.analyse import analyse
from chorus.analyse.names import (
    from_given_name,
    has_a_given_name,
    kind_by_its_words,
    may_be_person,
    names_in,
    shown_person,
)
from chorus.clean import clean
from chorus.entities import entities
from chorus.records import Entity, RawArticle


def _entities(texts: dict[str, str]) -> dict[str, Entity]:
    """The entities of articles given as {id: text}, by name."""
    articles = [
        analyse(clean(RawArticle(article_id, text, article_id, outlet=article_id)))
        for article_id, text in texts.items()
    ]
    return {e.name: e for e in entities(articles)}


def test_variants_merge_and_mentions_are_counted_per_article() -> None:
    found = _entities(
        {
            "a": "Fighters of the Free Syrian Army entered the town on Monday. The FSA said "
            "its commander Abu Omar al-Shishani led the attack near the river.",
            "b": "Commander Abu Omar Al-Chichani told reporters in Harem that the FSA would "
            "hold the town. The Free Syrian Army has not said how many fighters died.",
        }
    )
    army = found["Free Syrian Army"]
    assert army.kind == "organisation"
    assert "FSA" in army.variants
    assert dict(army.mentions) == {"a": 2, "b": 2}
    commander = next(e for e in found.values() if "Shishani" in e.name or "Chichani" in e.name)
    assert commander.kind == "person"
    assert len(commander.variants) == 1 and dict(commander.mentions) == {"a": 1, "b": 1}


def test_the_seed_names(seeds: Path) -> None:
    briefing = chorus.brief(sorted(str(p) for p in seeds.glob("*.txt")))
    jolani = [e for e in briefing.entities if "lani" in e.name]
    assert len(jolani) == 1
    forms = {jolani[0].name, *jolani[0].variants}
    assert {"Golani", "Jolani", "Joulani"} <= {f.split("-")[-1] for f in forms}
    assert len(jolani[0].mentions) >= 3
    observatory = next(
        e for e in briefing.entities if e.name.endswith("Observatory for Human Rights")
    )
    assert "Observatory" in observatory.variants


def test_ordinary_words_that_open_a_sentence_or_quotation_are_not_names() -> None:
    found = _entities(
        {
            "a": 'The council met in Vellmar. "None of them will return," the mayor said. '
            '"Everyone knows it," he added. Two Danish engineers inspected the dam.',
            "b": "Some Vellmar residents left.... None stayed in the houses near the dam, and "
            '"Everyone left," said one. Two Danish firms and two residents sued Vellmar.',
        }
    )
    assert "Vellmar" in found
    assert not {"None", "Everyone", "Some Vellmar", "Two Danish"} & set(found)
    assert not any({"None", "Everyone", "One"} & set(e.variants) for e in found.values())


def test_a_participle_that_opens_a_sentence_before_a_name_is_not_part_of_it() -> None:
    found = _entities(
        {
            "a": "Outgoing Vellmar quarterback Tomas Ruiz led the vote. Ruiz said Vellmar "
            "would appeal.",
            "b": "Vellmar lost the case on Monday. The players backed Vellmar.",
        }
    )
    assert "Outgoing Vellmar" not in found
    assert dict(found["Vellmar"].mentions) == {"a": 2, "b": 2}


def test_a_given_name_alone_is_the_one_person_of_the_event_it_opens() -> None:
    texts = {
        "a": 'Peter Vellner, the student, was freed. "I was at home," Vellner said.',
        "b": "She wrote that Peter has no reason to blame her. Peter stayed with her.",
    }
    assert _entities(texts)["Peter Vellner"].variants == ("Peter", "Vellner")
    # Two people of the event with that given name: "Peter" stays apart.
    texts["a"] += " Peter Dorn, his lawyer, agreed. Dorn said Peter Dorn would appeal."
    found = _entities(texts)
    assert "Peter" not in found["Peter Vellner"].variants
    assert "Peter" not in found["Peter Dorn"].variants


def test_a_towns_name_that_is_a_persons_family_name_joins_the_person() -> None:
    texts = {
        "a": "Judge Aaron Persky sentenced the student on Monday. The outcry in Persky's "
        "court grew.",
        "b": "Critics of Persky asked for a recall. Aaron Persky did not comment.",
    }
    found = _entities(texts)
    assert "Persky" in found["Aaron Persky"].variants
    assert found["Aaron Persky"].kind == "person"
    # A town's name joins only the event's one person with that family name.
    town = {
        "a": "Judge Aaron Persky sentenced the student on Monday. Protests grew in Persky.",
        "b": "Aaron Persky did not comment. His cousin Helena Persky spoke.",
    }
    assert (
        "Persky"
        in _entities({**town, "b": "Aaron Persky did not comment."})["Aaron Persky"].variants
    )
    assert all("Persky" not in entity.variants for entity in _entities(town).values())


def test_a_lawmakers_party_and_state_is_no_name() -> None:
    found = _entities(
        {
            "a": "Sen. Ana Pires (R-Texas) and Rep. Tomas Ruiz (D-Calif.) met on Monday.",
            "b": "On Tuesday Pires, R-Texas, said Ruiz, D-Calif., agreed.",
        }
    )
    assert {"R-Texas", "D-Calif"} & set(found) == set()
    assert found["Ana Pires"].kind == "person"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Guitarist Peter Vellner", "Peter Vellner"),
        ("Frenchwoman Helena Brask", "Helena Brask"),
        ("DNC Deputy Communications Director Helena Brask", "Helena Brask"),
        ("Oscar-winner Helena Brask", "Helena Brask"),
        ("ABC News' Helena Brask", "Helena Brask"),
        ("Andrew Vell", "Andrew Vell"),
        # The words before the given name are the name's own: "Park Geun Hye", "W. Wallace".
        ("Park Andrew Vell", None),
        # "Kim" is a given name too ("Kim Kardashian"), so a name opening with it is whole.
        ("Kim Andrew Vell", "Kim Andrew Vell"),
        ("W. Andrew Vell", None),
        ("Foreign Trade Andrew Vell", None),
    ],
)
def test_a_persons_name_is_read_from_the_given_name_on(name: str, shown: str | None) -> None:
    assert from_given_name(name) == shown


@pytest.mark.parametrize(
    ("name", "reads_as_a_persons"),
    [
        ("Taylor Vennic", True),  # a given name of both men and women
        ("George Vennic", True),  # a given name that is also a city's
        ("Mark O'Vennic", True),
        ("Rita McVask", True),
        ("Sergey Vennic", True),  # a given name of other languages (Faker's lists)
        ("Zainab Vennic", True),
        ("Keldor Vask", False),  # no given name
        ("Virginia Vennic", False),  # a state's name: "Virginia Tech"
        ("Madison County Sheriff", False),  # its own words make a place
        ("Taylor", False),
    ],
)
def test_a_name_opening_with_a_given_name(name: str, reads_as_a_persons: bool) -> None:
    assert has_a_given_name(name) is reads_as_a_persons


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Boston Rancher Olund Brask", "Olund Brask"),  # a given name no list knows
        ("Keldorian Premier Olund Brask", "Olund Brask"),
        ("Boston Public Schools", "Boston Public Schools"),
        ("Abu Mohammed al-Adnani", "Abu Mohammed al-Adnani"),
    ],
)
def test_a_persons_name_is_shown_without_what_describes_them(name: str, shown: str) -> None:
    assert shown_person(name, [name]) == shown


def test_a_person_is_shown_without_the_title_before_the_name() -> None:
    found = _entities(
        {
            "a": "President Mira Castell closed the bridge. It will reopen, Castell said. "
            "Pope Leo blessed it, and Pope Leo left.",
            "b": "Governor Anton Vell said that President Mira Castell was wrong.",
        }
    )
    castell = found["Mira Castell"]
    assert castell.kind == "person"
    assert "President Mira Castell" in castell.variants
    assert dict(castell.mentions) == {"a": 2, "b": 1}
    assert "Pope Leo" in found  # nothing would be left of his name but "Leo"


def test_a_known_place_is_not_short_for_another() -> None:
    found = _entities(
        {
            "a": "Aid reached South Africa on Monday. The storm also hit West Virginia, and "
            "the relief agency said Africa needed more help.",
            "b": "Officials in South Africa and in Virginia asked for help. The rains went on "
            "across Africa, West Virginia closed its schools and Virginia its roads.",
        }
    )
    for name in ("South Africa", "Africa", "West Virginia", "Virginia"):
        assert found[name].kind == "place", name
        assert found[name].variants == (), name


def test_a_country_is_not_short_for_a_longer_name_that_ends_with_it() -> None:
    found = _entities(
        {
            "a": "Aid reached Israel on Monday, said Ana Pires at Carnegie Europe. Europe "
            "sent ships, and Israel thanked Europe and the Keldor-Israeli fund.",
            "b": "Carnegie Europe said aid reached Israel, and the Keldor-Israeli fund paid.",
        }
    )
    assert found["Israel"].variants == ()
    assert found["Europe"].variants == ()
    assert "Carnegie Europe" in found


def test_a_country_and_its_abbreviations_are_one_place() -> None:
    found = _entities(
        {
            "a": "Officials in the United States said the U.S. would send aid. Ursula Stern, "
            "who leads the mission, said U.S. ships were ready.",
            "b": "The US said it would help, and Ursula Stern flew to the UK on Monday. Stern "
            "said British ships would join those of the U.K. in the search. She flew on to "
            "Washington, D.C., where D.C. officials met her.",
        }
    )
    assert found["D.C."].kind == "place"
    assert found["United States"].kind == "place"
    assert found["United States"].variants == ("U.S.", "US")
    assert found["U.K."].kind == "place"
    assert found["U.K."].variants == ("UK",)
    # The initials of a person are not the country's abbreviation.
    assert found["Ursula Stern"].kind == "person"
    assert "US" not in found["Ursula Stern"].variants


def test_a_heading_shouted_in_capitals_is_no_name() -> None:
    found = _entities(
        {
            "a": "HARBOUR BOARD RIPS KELDOR MAYOR. Ines Varga said the pier was unsafe.",
            "b": "HARBOUR BOARD RIPS KELDOR MAYOR. The board met Ines Varga on Monday.",
        }
    )
    assert "Ines Varga" in found
    assert not any(e.name.isupper() and len(e.name.split()) >= 3 for e in found.values())
    # Run into the line after it, the heading is no part of the name there; acronyms before
    # a name are.
    run_in = _entities(
        {
            "a": "ICY HARBOUR Lunde Falls froze overnight. NBA MVP Tom Lind skated there.",
            "b": "Lunde Falls froze again. NBA MVP Tom Lind skated there again.",
        }
    )
    assert {"Lunde Falls", "NBA MVP Tom Lind"} <= set(run_in)


def test_a_role_without_a_name_is_no_entity() -> None:
    found = _entities(
        {
            "a": "Tomas Ruiz, the Keldor Republican, spoke first. The Dorn County Sheriff "
            "and the Secretary of State came later; the Keldor Republican left for the "
            "Department of Justice.",
            "b": "The Dorn County Sheriff said the pier was closed, and Tomas Ruiz agreed. "
            "The Secretary of State said nothing to the Department of Justice.",
        }
    )
    assert "Tomas Ruiz" in found
    assert "Department of Justice" in found
    for role in ("Keldor Republican", "Dorn County Sheriff", "Secretary of State"):
        assert not any(role == e.name or role in e.variants for e in found.values()), role


def test_a_title_and_a_family_name_join_the_person() -> None:
    found = _entities(
        {
            "a": "Tomas Ruiz met Ines Ruiz on Monday. President Ruiz said the talks went well.",
            "b": "Mr Ruiz spoke first. Mrs Ruiz, his wife, spoke after Ruiz.",
        }
    )
    assert found["Tomas Ruiz"].kind == "person"
    assert set(found["Tomas Ruiz"].variants) >= {"President Ruiz", "Mr Ruiz"}
    assert "Mrs Ruiz" not in found["Tomas Ruiz"].variants


def test_a_known_place_keeps_its_first_word_when_it_opens_a_sentence() -> None:
    """ "New" is an ordinary word these articles also write in lower case, and is dropped
    from a name that opens a sentence ("New rules"), but not from "New Orleans"."""
    found = _entities(
        {
            "a": "New Orleans police said the new rules would start on Monday in New Orleans.",
            "b": "New rules were announced. New Orleans officials said the city would wait.",
        }
    )
    assert found["New Orleans"].variants == ()
    assert dict(found["New Orleans"].mentions) == {"a": 2, "b": 1}
    assert not any("Orleans" in e.variants for e in found.values())


@pytest.mark.parametrize(
    ("texts", "kinds"),
    [
        pytest.param(
            (
                "Governor Mira Castell closed the bridge above the town of Vellmar on Monday.",
                "Engineers inspected the bridge at Vellmar, and Governor Mira Castell said it "
                "would reopen. Traffic to the village of Vellmar was stopped.",
            ),
            {"Mira Castell": "person", "Vellmar": "place"},
            id="a title makes a person, the town of a place",
        ),
        pytest.param(
            (
                "General Omar as-Suri said on Monday that shells fell in Syria.",
                "Fighting went on in Syria. General Omar as-Suri told reporters in Syria "
                "that his men would stay.",
            ),
            {"Omar as-Suri": "person", "Syria": "place"},
            id="a lone place is not a person whose name sounds like it",
        ),
        pytest.param(
            (
                "The minister flew to Toronto on Monday, according to Velloran. A letter "
                "from Velloran was read to Marsden Holt.",
                "Velloran said the minister came back from Toronto. Marsden Holt was "
                "not told, according to Velloran.",
            ),
            {"Toronto": "place", "Velloran": "other", "Marsden Holt": "other"},
            id="after to or from only a known place is a place",
        ),
        pytest.param(
            (
                "On Monday Norway said that the talks would go on. The boy, Jordan Velloran, "
                "was found safe, and Jordan was back home.",
                "The envoy of Norway arrived. The boy named Jordan Velloran had been "
                "missing, and the family of Jordan thanked the police.",
            ),
            {"Norway": "place", "Jordan Velloran": "other", "Jordan": "other"},
            id="a country named without telling words is a place, unless a name holds it",
        ),
        pytest.param(
            (
                '"Jog less," said Dr. Ines Varga of the Keldor General Hospital on Monday.',
                "Dr. Ines Varga said slow joggers lived longest, and the Keldor General Hospital "
                "agreed.",
            ),
            {"Ines Varga": "person", "Keldor General Hospital": "organisation"},
            id="a person of an organisation is two names",
        ),
        pytest.param(
            (
                "Andrew Tolvan met Taylor Vennic and Keldor Vask at the harbour on Monday.",
                "Andrew Tolvan, Taylor Vennic and Keldor Vask left the harbour on Tuesday.",
            ),
            {"Andrew Tolvan": "person", "Taylor Vennic": "person", "Keldor Vask": "other"},
            id="a given name of men, of women or of both makes a person, another word does not",
        ),
        pytest.param(
            (
                "George Tolvan met Mark O'Vennic and Rita McVask at the harbour on Monday.",
                "George Tolvan, Mark O'Vennic and Rita McVask left the harbour on Tuesday.",
            ),
            {"George Tolvan": "person", "Mark O'Vennic": "person", "Rita McVask": "person"},
            id="a given name that is also a city's makes a person, and so do O' and Mc",
        ),
        pytest.param(
            (
                "The Austin Harbourmen beat the Warren Vennics on Monday, and an Amber "
                "Kelvo went out.",
                "Fans of the Warren Vennics cheered the Austin Harbourmen on Tuesday. Police "
                "issued an Amber Kelvo. A Dana Vask supporter and Dana Vask met.",
            ),
            {
                "Austin Harbourmen": "other",
                "Warren Vennics": "other",
                "Amber Kelvo": "other",
                "Dana Vask": "person",
            },
            id="a name mostly written after the or a is no person",
        ),
        pytest.param(
            (
                "Kelvo Dask, 17, left the harbour on Monday, and Keldor Vask came back.",
                "Police found Kelvo Dask on Tuesday. Keldor Vask, 1999, stayed shut.",
            ),
            {"Kelvo Dask": "person", "Keldor Vask": "other"},
            id="an age after a name makes a person, a year does not",
        ),
        pytest.param(
            (
                "Warren Vask shares fell on Monday after the harbour closed.",
                "Warren Vask investors met on Tuesday. Oslo shares rose in Oslo.",
            ),
            {"Warren Vask": "organisation", "Oslo": "place"},
            id="shares or investors after a name make a company, not of a known place",
        ),
        pytest.param(
            (
                "Elias leaves behind his mother, Dina, and his brother Sebastian. Dina and "
                "Sebastian thanked the nurses.",
                "Dina wrote on the page. Sebastian, 5, misses him. His stepfather, Portland "
                "lawyer Loren Podwill, called Portland police.",
            ),
            {"Dina": "person", "Sebastian": "person", "Portland": "other"},
            id="a relative's word before a name makes a person, unless the name is a place",
        ),
        pytest.param(
            (
                "The Administration for Children's Services closed the Keldor center. Its "
                "inspectors came on Monday.",
                "The Administration for Children's Services said the center had passed.",
            ),
            {"Administration for Children's Services": "organisation"},
            id="a plural noun's possessive stays inside a name",
        ),
        pytest.param(
            (
                "Readers can call the Keldor County Sheriff's Office. Velloran's Parliament "
                "met on Monday.",
                "The Keldor County Sheriff’s Office said the boy was found.",
            ),
            {"Keldor County Sheriff's Office": "organisation"},
            id="a role's possessive opens the name of its office",
        ),
        pytest.param(
            (
                "Voters split 49-45 in Velloran's favor on Monday, and in Norway's north the "
                "count went on.",
                "The count in Velloran's favor held in Norway on Tuesday.",
            ),
            {"Velloran": "other", "Norway": "place"},
            id="an owner after in is a place only if it is a known one",
        ),
        pytest.param(
            (
                "Searchers looked for Korvan Delk Jr. near the reservoir on Monday. Korvan "
                "Delk Jr. was last seen on Friday.",
                "The search for Korvan Delk Jr. went on at the reservoir on Tuesday.",
            ),
            {"Korvan Delk Jr": "person"},
            id="a son's Jr. after a name makes a person",
        ),
    ],
)
def test_kinds_of_names(texts: tuple[str, str], kinds: dict[str, str]) -> None:
    found = _entities(dict(zip("ab", texts, strict=True)))
    assert {name: found[name].kind for name in kinds} == kinds


def test_a_name_is_shown_by_the_spelling_that_names_it() -> None:
    """ "Yemeni" is a spelling of "Yemen" to the name matcher (the same consonants), but the
    place is shown by the form its mentions make a place."""
    found = _entities(
        {
            "a": "Fighting went on in Yemen on Monday. Yemeni officials said the port was shut.",
            "b": "Aid convoys reached Yemen late on Tuesday, and Yemeni ministers thanked them.",
        }
    )
    assert found["Yemen"].kind == "place" and found["Yemen"].variants == ("Yemeni",)


def test_words_that_describe_a_nation_or_creed_are_not_names() -> None:
    """ "Norwegian Presbyterian pastors", "Danish fishermen": describing words, not names; "the
    Arctic" named on its own stays, though "Arctic" also describes."""
    found = _entities(
        {
            "a": "Norwegian Presbyterian pastors met Danish fishermen in the Arctic on Monday. "
            "Danish boats were stuck in Arctic ice.",
            "b": "Norwegian Presbyterian pastors prayed as Danish crews waited. The Arctic froze.",
        }
    )
    assert not {"Norwegian Presbyterian", "Danish", "Norwegian"} & set(found)
    assert "Arctic" in found


def test_describing_words_that_look_like_a_given_name_are_not_a_person() -> None:
    """ "Irish" is also a given name in the census lists; "Irish Catholic family" is still
    two describing words before a noun. A speaker with such a look stays a person."""
    found = _entities(
        {
            "a": "He grew up in a blue-collar Irish Catholic family in Lunde, the report said. "
            "Ian Neal visited Lunde on Monday.",
            "b": "The Irish Catholic neighborhood of Lunde voted on Tuesday. Ian Neal said the "
            "vote went well.",
        }
    )
    assert "Irish Catholic" not in found
    assert found["Ian Neal"].kind == "person"


def test_a_describing_word_before_a_name_is_not_shown_with_it() -> None:
    """ "Danish" is written before nouns ("Danish trawlers") and never on its own, so the
    group of "the Danish Fishing Guild" and "Fishing Guild" is shown by the form named
    more often. "Danish Dock Union", written whole more often than "Dock Union", stays
    whole; "Eric Brill" is a name whose first word only looks like a describing one."""
    found = _entities(
        {
            "a": "Danish trawlers left port, and the Danish Fishing Guild said the Fishing "
            "Guild would sue. The Danish Dock Union agreed. Eric Brill spoke.",
            "b": "The Fishing Guild met Danish officials on Monday. Brill said the Danish "
            "Dock Union backed the Dock Union members.",
            "c": "The Fishing Guild and the Danish Dock Union wrote to Eric Brill.",
        }
    )
    assert "Fishing Guild" in found and "Danish Fishing Guild" in found["Fishing Guild"].variants
    assert "Danish Dock Union" in found
    assert "Eric Brill" in found


def test_a_person_after_a_role_in_a_run_of_capitals_is_the_person() -> None:
    """ "Hennepin County Chief Deputy Mike Carlson" is Mike Carlson, whom the articles also
    call Carlson; "Port Authority Director General" names nobody after the role, and is
    no entity."""
    found = _entities(
        {
            "a": "Hennepin County Chief Deputy Mike Carlson said two officers were hurt. "
            "Carlson said the suspect died.",
            "b": "The suspect was killed, Carlson told reporters at the Port Authority Director "
            "General offices.",
            "c": "Staff of the Port Authority Director General left early.",
        }
    )
    assert "Mike Carlson" in found and found["Mike Carlson"].kind == "person"
    assert "Hennepin County Chief Deputy Mike Carlson" in found["Mike Carlson"].variants
    assert not any("Director General" in e.name for e in found.values())


def test_a_person_after_a_role_may_be_written_with_a_middle_initial() -> None:
    found = _entities(
        {
            "a": "Senate Majority Leader Ines K. Varga voted against the pier.",
            "b": "Ines Varga said nothing about the pier.",
        }
    )
    assert "Ines K. Varga" in found and found["Ines K. Varga"].kind == "person"


def test_a_middle_name_joins_the_person_named_with_a_role_elsewhere() -> None:
    """ "Ines Varga" joins the fullest form, the one with the role; it is the "Ines Kaur
    Varga" of another report too, so the three are one person."""
    found = _entities(
        {
            "a": "Harbour Authority Press Secretary Ines Varga closed the pier on Monday.",
            "b": "Ines Kaur Varga said the pier would stay shut.",
            "c": "Ines Varga toured the pier on Tuesday.",
        }
    )
    people = [e for e in found.values() if e.kind == "person"]
    assert len(people) == 1
    assert {"Ines Kaur Varga", "Ines Varga"} <= {people[0].name, *people[0].variants}


def test_a_party_before_a_name_is_not_shown_with_it() -> None:
    found = _entities(
        {
            "a": "Keldor Republican Ines Varga voted against the pier. Varga left early.",
            "b": "Ines Varga, a Dorn Democrat, said nothing. Later Varga spoke.",
        }
    )
    assert "Ines Varga" in found and found["Ines Varga"].kind == "person"
    assert "Keldor Republican Ines Varga" in found["Ines Varga"].variants


@pytest.mark.parametrize(
    ("name", "kind", "person"),
    [
        ("Northern Museum of Geology", "organisation", False),
        ("Keldor General Hospital", "organisation", False),
        ("White House", "organisation", False),
        ("Harbour Police Department", "organisation", False),
        ("Keldor County", "place", False),
        ("Keldor Bridge", "place", False),
        ("Keldor Sea", "place", False),
        ("Lake Dorn", "place", False),
        ("Keldor Tower", "place", False),
        ("Buenos Aires", None, False),  # a known place
        ("U.S.", "place", False),  # a country's abbreviation, not an organisation's
        ("UK", "place", False),
        ("NATO", "organisation", False),
        ("Keldor Herald", "organisation", False),
        ("Community of Keldor", "organisation", False),
        ("Upper Keldor Side", "place", False),
        ("Dorn Airlines", "organisation", False),
        ("Al Jazeera", "organisation", False),  # an outlet whose name has no such word
        ("Hurricane Ines", "other", False),  # a happening, never "he" or "she"
        ("Second Keldor War", "other", False),
        ("Ines Varga", None, True),
        ("Senate Majority Leader Tomas Ruiz", "organisation", True),  # a person after a role
        ("Keldor Republican", None, False),  # a description of someone named elsewhere
        ("Democrat Ines Varga", None, True),
        ("Mercedes SUV", None, False),  # a thing's name ends with an acronym, a person's not
        ("Tomas Ruiz III", None, True),
        ("DACA Ruiz", None, False),  # a page's link words run together
        ("ACM Ruiz", None, True),  # a short title's letters before a name
        ("Train Your Dragon", None, False),  # a film's title; no person's name says "Your"
    ],
)
def test_what_a_name_is_by_its_own_words(name: str, kind: str | None, person: bool) -> None:
    assert kind_by_its_words(name) == kind
    assert may_be_person(name) is person


def test_an_organisation_is_named_by_its_first_word_after_it_is_named_in_full() -> None:
    """ "Quorvex" after "Quorvex Research Center" in the same reports is that organisation;
    "Velmari" only ever before a noun ("the Velmari world") is no short form of "Velmari
    League", and a place stays a place."""
    found = _entities(
        {
            "a": "The Quorvex Research Center counted the ferries on Monday. Fewer sailed than "
            "last year, according to Quorvex. The Velmari League met in Washington.",
            "b": "The Quorvex Research Center said ferries were late. Quorvex counted 300 "
            "ferries. The Velmari world watched the Velmari League. The Washington Post agreed.",
        }
    )
    assert "Quorvex" in found["Quorvex Research Center"].variants
    assert "Velmari" not in found["Velmari League"].variants
    assert "Washington" not in found.get("Washington Post", found["Velmari League"]).variants


def test_two_names_of_one_organisation_merge_through_the_same_spokesman() -> None:
    """Outlets that translate a group's name differently ("ISIS", "ISIL") still name its
    spokesman alike; a group that employs someone else stays apart."""
    found = _entities(
        {
            "a": "KLF spokesman Tomas Ruiz said the talks would go on. KLF fighters left "
            "the town on Monday.",
            "b": "KLA spokesman Tomas Ruiz said on Monday that KLA fighters had left the town.",
            "c": "KLS leader Ines Varga said KLS fighters stayed. KLA fighters left the town.",
        }
    )
    merged = next(e for e in found.values() if "KLF" in {e.name, *e.variants})
    assert {"KLF", "KLA"} <= {merged.name, *merged.variants}
    assert dict(merged.mentions) == {"a": 2, "b": 2, "c": 1}
    assert "KLS" in found and "KLS" not in merged.variants


def test_an_acronym_the_report_declares_is_the_names_whatever_its_letters() -> None:
    """An acronym in brackets after a name, or after "known as", is the name's, though
    UNFPA's letters are of an older name; a dateline's "(AP)" is nobody's."""
    found = _entities(
        {
            "a": "The U.N. Population Fund, known as UNFPA, said it regretted the move. "
            "Later UNFPA said the funds would go elsewhere.",
            "b": "The Keldor Harbour Authority (KHA) closed the pier. Officials of the KHA "
            "said the Keldor Harbour Authority would reopen it on Monday.",
            "c": "Orvik Mining (AP) stayed shut. AP reporters saw that Orvik Mining stayed "
            "shut on Tuesday.",
        }
    )
    fund = next(e for e in found.values() if "UNFPA" in {e.name, *e.variants})
    assert "U.N. Population Fund" in {fund.name, *fund.variants}
    authority = next(e for e in found.values() if "KHA" in {e.name, *e.variants})
    assert "Keldor Harbour Authority" in {authority.name, *authority.variants}
    assert not any("AP" in e.variants for e in found.values())


def test_a_stage_name_and_the_real_name_a_report_gives_are_one_person() -> None:
    """ "X, whose real name is Y" and "X (real name Y)" make one person of two names; a
    known place written that way stays apart, as it may be a family name's own entity."""
    found = _entities(
        {
            "a": "Singer Rosa Vell, whose real name is Anna Marsh, sued the label on Monday. "
            "Rosa Vell spoke to reporters.",
            "b": "Anna Marsh filed the suit in Keldor. Marsh said it was overdue.",
            "c": "Paris (real name Tomas Ruiz) sang. Tomas Ruiz left early; Paris is far.",
        }
    )
    singer = next(e for e in found.values() if "Rosa Vell" in {e.name, *e.variants})
    assert "Anna Marsh" in {singer.name, *singer.variants}
    assert singer.kind == "person"
    assert not any({"Paris", "Tomas Ruiz"} <= {e.name, *e.variants} for e in found.values())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We asked the Keldor Sheriff's Office.", ["Keldor Sheriff's Office"]),
        ("The U.S. Attorney’s Office declined.", ["U.S. Attorney’s Office"]),
        ("Velloran's Parliament voted.", ["Velloran", "Parliament"]),  # an owner, no role
        ("ISIS's Iraqi branch said so.", ["ISIS", "Iraqi"]),
        ("The Sheriff's deputies came.", ["Sheriff"]),
    ],
)
def test_a_possessive_ends_a_name_unless_a_role_owns_an_office(text: str, names: list[str]) -> None:
    assert [n for _, _, n in names_in(text)][-len(names) :] == names


def test_a_particle_inside_a_name_keeps_it_whole() -> None:
    """A name with a particle inside ("Corriere della Sera") is one name, and a given name
    before the particle still makes a person ("Sergio Daniel Valencia del Toro")."""
    assert [n for _, _, n in names_in("As the daily Corriere della Sera said so.")] == [
        "Corriere della Sera"
    ]
    found = _entities(
        {
            "a": "Police named the gunman as Sergio Daniel Valencia del Toro on Monday. Sergio "
            "Daniel Valencia del Toro had a record.",
        }
    )
    assert found["Sergio Daniel Valencia del Toro"].kind == "person"


def test_a_title_in_quotation_marks_is_one_name_of_its_own() -> None:
    """A song's or a film's title is named whole, whatever its words, and no other name is
    short for it; no name runs across it."""
    found = _entities(
        {
            "a": 'Ines Varga sang "We Are Never Ever Getting Back Together" at Keldor Hall. The '
            'film "The Road to Keldor Hall" opened on Monday.',
            "b": 'At Keldor Hall, Ines Varga closed with "We Are Never Ever Getting Back '
            'Together", and "The Road to Keldor Hall" was shown. Tomas "The Rock" Ruiz sang.',
        }
    )
    song = found["We Are Never Ever Getting Back Together"]
    assert song.kind == "other" and dict(song.mentions) == {"a": 1, "b": 1}
    assert found["The Road to Keldor Hall"].kind == "other"
    assert "Keldor Hall" in found and "Keldor Hall" not in found["The Road to Keldor Hall"].variants
    assert not any("Never Ever" in name and name != song.name for name in found)
    assert not any('"' in name or "  " in name for name in found)
