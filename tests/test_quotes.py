"""Who said what: quotations with their speakers, resolved through roles and pronouns,
matched across outlets and translations, under one name whatever its spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

import chorus
from chorus.analyse import analyse
from chorus.analyse.names import names_in, same_name
from chorus.analyse.quotes import quotes_in
from chorus.briefing import brief_articles
from chorus.clean import clean
from chorus.compare import quote_groups
from chorus.records import Sentence


def sentences(*texts: str, article: str = "a") -> list[Sentence]:
    return [Sentence(f"{article}/s{i}", article, i, i, t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Abu Mohamed al-Jolani", "Abu Mohammad al-Joulani", True),
        ("Al-Golani", "Abu Mohammed al-Jolani", True),
        ("Adnani", "Abu Mohammed al-Adnani", True),
        ("ISIL", "Islamic State of Iraq and the Levant", True),
        ("FSA", "Free Syrian Army", True),
        ("Observatory", "Syrian Observatory for Human Rights", True),
        ("Mohammed", "Abu Mohammed al-Adnani", False),
        ("Angelo L.", "Angelo L", True),  # an initial that ends a sentence loses its dot
        ("Barack Obama", "Michelle Obama", False),
        ("Aleppo", "Idlib", False),
        ("Islamic State", "Islamic State of Iraq and Syria", True),
        ("Syria", "Islamic State of Iraq and Syria", False),
        ("Syrian", "Syrian Observatory for Human Rights", False),
        ("Syrian", "Free Syrian Army", False),
        ("Observatory for Human Rights", "Syrian Observatory for Human Rights", True),
        ("Muhammad", "Abu Mohammed", True),
        ("Twitter", "Trump Tower", False),
        ("Moody", "Midway", False),
        ("Duda", "President Andrzej Duda", True),  # a skeleton of one letter, "d"
        ("Luu", "Cuong Luu", True),
        ("Al", "Abu Al", False),
        # A title before a family name alone names the person the family name does.
        ("Ms Varga", "Ines Varga", True),
        ("Mr Varga", "President Varga", True),
        ("President Ruiz", "Tomas Ruiz", True),
        ("Minister Ruiz", "Interior Minister Tomas al-Ruiz", True),
        ("Mr Obama", "Michelle Obama", False),  # his title, her given name
        ("Mr Ruiz", "Mrs Ruiz", False),
        ("Pope Francis", "St Francis of Assisi", False),  # a given name after the title
        ("Justice Ruiz", "Justice Department", False),
        # A country's abbreviation names the country, not someone with those initials.
        ("U.S.", "United States", True),
        ("US", "U.S.", True),
        ("US", "Ursula Stern", False),
    ],
)
def test_name_variants(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


def test_names_keep_their_particles() -> None:
    text = "The rebel leader Abu Omar al-Shishani met officials of the Free Syrian Army on Monday."
    assert [n for _, _, n in names_in(text)] == ["Abu Omar al-Shishani", "Free Syrian Army"]
    # A kunya after another name opens a name of its own.
    text = "An activist in Harem Abu Karim al-Idlibi said the Brigade of Abu Bakr had left."
    found = [n for _, _, n in names_in(text)]
    assert found == ["Harem", "Abu Karim al-Idlibi", "Brigade of Abu Bakr"]
    # A possessive ends a name.
    assert [n for _, _, n in names_in("The Front's Iraqi wing left.")] == ["Front", "Iraqi"]
    # A hyphenated participle before a name modifies it and is no part of it.
    text = "Western-armed Free Harem Army and Kremlin-funded Volga Front units clashed."
    assert [n for _, _, n in names_in(text)] == ["Free Harem Army", "Volga Front"]
    # An abbreviated title before its full stop is no name of its own.
    text = "Dr. Ana Pires met Mr. Varga in St. Moritz."
    assert [n for _, _, n in names_in(text)] == ["Ana Pires", "Varga", "Moritz"]
    # Middle initials stay in a name; "U.S." is one word, and a letter alone no name.
    text = "Mayor Ana K. L. Pires (D) met Tomas R. Ruiz in the U.S. Senate and the U.N."
    found = [n for _, _, n in names_in(text)]
    assert found == ["Mayor Ana K. L. Pires", "Tomas R. Ruiz", "U.S. Senate", "U.N."]
    # A long run of letters is no name's initials (and reading it takes no quadratic time).
    found = [n for _, _, n in names_in("Ines " + "B. " * 5000 + "Varga")]
    assert all(len(name.split()) <= 5 for name in found)
    text = "Instead, T. Ines Varga watched Apocalypse Now; now Ana Pires did."
    assert [n for _, _, n in names_in(text)] == ["T. Ines Varga", "Apocalypse Now", "Ana Pires"]
    # A pronoun with its verb ("They're") is no name.
    assert [n for _, _, n in names_in("They're here, and we're told Ana Pires is.")] == [
        "Ana Pires"
    ]
    # A function word or a verb of saying that opens a sentence opens no name.
    for text in ("Though Ana Pires left, Ruiz stayed.", 'Adds Ana Pires: "We stay."'):
        assert next(n for _, _, n in names_in(text)) == "Ana Pires"
    # A person of an organisation is two names; a name with "of" in it stays whole.
    text = "Ana Pires of the Keldor General Hospital met the Bank of Keldor, and Ruiz of Dorn."
    found = [n for _, _, n in names_in(text)]
    assert found == ["Ana Pires", "Keldor General Hospital", "Bank of Keldor", "Ruiz of Dorn"]
    # A date is no name, though a family name May after a given name is one.
    text = "Ana Pires met Ines May on Feb. 3 and left Keldor May 5, Sept. 9 and Monday."
    assert [n for _, _, n in names_in(text)] == ["Ana Pires", "Ines May", "Keldor"]


def test_speakers_are_found_next_to_verbs_of_saying() -> None:
    quotes = quotes_in(
        sentences(
            '"We will rebuild the bridge," said Mayor Lena Varga.',
            'Port director Ivo Brandt, who runs the harbour, said "the cranes are safe".',
            'Varga added: "Nobody was hurt."',
            'Mayor Lena Varga said Harbour Board considers the pier "closed until spring".',
            '"The pier stays shut," said Rep. Tomas Ruiz.',
        )
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild the bridge", "Mayor Lena Varga"),
        ("the cranes are safe", "Ivo Brandt"),
        ("Nobody was hurt", "Lena Varga"),  # the full name the article gives
        ("closed until spring", "Mayor Lena Varga"),
        ("The pier stays shut", "Tomas Ruiz"),
    ]


def test_roles_and_pronouns_are_resolved_to_names() -> None:
    quotes = quotes_in(
        sentences(
            "The army spokesman Colonel Anton Reiss spoke in the capital on Monday.",
            'The spokesman said the strikes would "continue until the border is secure".',
            'He added that "no civilians were harmed".',
        )
    )
    assert [q.speaker for q in quotes] == ["Colonel Anton Reiss", "Colonel Anton Reiss"]
    assert [q.speaker_as_written for q in quotes] == ["The spokesman", "He"]


def test_he_after_a_quotation_is_its_speaker_not_the_last_name_mentioned() -> None:
    quotes = quotes_in(
        sentences(
            'Mayor Lena Varga described the Harbour Board of Trustees as "reckless".',
            '"They will answer for every closed pier," she added.',
        )
    )
    assert [q.speaker for q in quotes] == ["Mayor Lena Varga", "Mayor Lena Varga"]


def test_he_looks_back_to_a_person_mentioned_by_the_family_name_alone() -> None:
    """The last person mentioned, by the family name alone, is whom "he" means; an owner
    ("Lind's company") is mentioned, but is not whom the sentence is about."""
    quotes = quotes_in(
        sentences(
            "Harbour Master Ivo Brandt met Tom Lind, who runs the ferry line, on Monday.",
            "Passengers waited an hour on average, Brandt said.",
            '"Everyone was calm," he said.',
            "A photo released by Lind's company shows the quay.",
            '"It was a long day," he said.',
        )
    )
    assert [q.speaker for q in quotes] == ["Harbour Master Ivo Brandt"] * 2


def test_whom_a_quotation_names_is_not_its_he() -> None:
    """A "he" is the nearest person the quotation does not itself speak of."""
    quotes = quotes_in(
        sentences(
            "Judge Ivo Brandt met the family of Justice Tom Lind on Monday.",
            "Lind died in May.",
            '"Justice Lind was a lion of the law, and I miss him," he said.',
        )
    )
    assert [q.speaker for q in quotes] == ["Judge Ivo Brandt"]


def test_a_speech_tag_standing_as_the_next_sentence_names_the_speaker() -> None:
    """'"Oh really?" Ida asks.' split after the question mark; a one-word name is a given
    name for "he" and "she" unless the article writes it as someone's surname."""
    quotes = quotes_in(
        sentences(
            "Tom Lind showed the sensor to his grandmother, Ida Berg.",
            '"Oh really?"',
            "Ida asks.",
            '"Thank you," he says.',
        )
    )
    assert [q.speaker for q in quotes] == ["Ida Berg", "Tom Lind"]  # her full name


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [((0, 0, 1), "Ana Pires"), ((0, 1, 1), "Tom Lind"), ((0, 0, 0), "Ana Pires")],
)
def test_a_bare_quotation_goes_on_with_the_speaker_its_paragraph_named(
    paragraphs: tuple[int, ...], speaker: str
) -> None:
    """After '"...," Ana Pires said.' in its paragraph a bare quotation is still hers; one
    that opens a paragraph is whoever the next sentence's tag names."""
    texts = ['"The pier stays shut," Ana Pires said.', '"We go on."', '"We stay," Tom Lind said.']
    pairs = enumerate(zip(paragraphs, texts, strict=True))
    found = quotes_in([Sentence(f"a/s{i}", "a", i, p, t) for i, (p, t) in pairs])
    assert [q.speaker for q in found] == ["Ana Pires", speaker, "Tom Lind"]


def test_a_quotation_left_open_goes_on_into_the_next_paragraph() -> None:
    """'"...," Ana Pires said. "And I think ...' with no closing mark: the quotation runs
    to the paragraph's end, and the bare one opening the next paragraph is still hers."""
    texts = [
        '"The pier stays shut," Ana Pires said.',
        '"And I think the storm will pass by Friday.',
        '"Then we will see what is left of it."',
    ]
    pairs = enumerate(zip((0, 0, 1), texts, strict=True))
    found = quotes_in([Sentence(f"a/s{i}", "a", i, p, t) for i, (p, t) in pairs])
    assert [(q.text, q.speaker) for q in found] == [
        ("The pier stays shut", "Ana Pires"),
        ("And I think the storm will pass by Friday", "Ana Pires"),
        ("Then we will see what is left of it", "Ana Pires"),
    ]


def test_he_and_she_skip_a_person_whose_name_says_otherwise() -> None:
    """Given names the lists know decide ("Anna" is she, "Tom" is he); a name they do not
    ("Kiri") fits either pronoun, and where nobody fits the speaker stays unknown."""
    quotes = quotes_in(
        sentences(
            "Tom Lind, the ferry captain, waited at the pier on Friday.",
            '"The quay is closed," said Anna Berg, the harbour master.',
            '"We will sail on Monday," he said.',
            '"It is safe," she said.',
        )
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Tom Lind", "Anna Berg"]
    unknown = quotes_in(
        sentences('"The quay is closed," said Anna Berg.', '"We sail on Monday," he said.')
    )
    assert [q.speaker for q in unknown] == ["Anna Berg", None]
    undecided = quotes_in(
        sentences('"The quay is closed," said Kiri Tane.', '"We sail on Monday," he said.')
    )
    assert [q.speaker for q in undecided] == ["Kiri Tane", "Kiri Tane"]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        # Never a place or an organisation.
        (["Professor Ines Carvalho studied the grid for a decade.",
          "She moved her laboratory to Buenos Aires after the Harbour Police Department shut it.",
          'She said the outage "was coming for years".'], "Professor Ines Carvalho"),
        # Never a name the article writes after "the" ("the Keldor Riders").
        (["Kiri Tane rode with the Keldor Riders in the 1990s.",
          "He left the Keldor Riders after a fight, and Keldor Riders members still meet.",
          '"I woke up with boot marks all over me," he said.'], "Kiri Tane"),
        # A person named after a role in an institution can be "he".
        (["The vote was called by Senate Majority Leader Bob Dale on Friday.",
          'He said it "will pass easily".'], "Senate Majority Leader Bob Dale"),
        # The person the sentence before opens with, not one named later in it.
        (["Paul Archer, who was sitting in a van with Mark Ellis, lives near the pier.",
          'He said they "help everybody on this street".'], "Paul Archer"),
        # Unless that name does not read as a person's (no given name before the last).
        (["Mark Ellis spoke on Monday.",
          "Harbour Rowing, the club that trained Mark Ellis, will close the pier.",
          'He said they "help everybody on this street".'], "Mark Ellis"),
    ],
)  # fmt: skip
def test_he_or_she_is_a_person(texts: list[str], speaker: str) -> None:
    assert [q.speaker for q in quotes_in(sentences(*texts))] == [speaker]


def test_the_seed_quotes(seeds: Path) -> None:
    briefing = chorus.brief(sorted(str(p) for p in seeds.glob("*.txt")))
    crush = [g for g in briefing.quotes if any("crush" in q.text.lower() for q in g.quotes)]
    assert max(len(g.article_ids) for g in crush) >= 3
    biggest = max(crush, key=lambda g: len(g.article_ids))
    assert biggest.speaker and "Adnani" in biggest.speaker
    # The same call in two translations is one group.
    texts = " | ".join(q.text.lower() for q in biggest.quotes)
    assert "at birth" in texts and "cradle" in texts
    # Jolani, Joulani: one speaker, quoted by several outlets.
    jolani = [g for g in briefing.quotes if g.speaker and same_name(g.speaker, "Jolani")]
    assert len({g.speaker for g in jolani}) == 1
    assert len({a for g in jolani for a in g.article_ids}) >= 2
    assert any("oulani" in v for v in (*jolani[0].speaker_variants, jolani[0].speaker))


def quoted(article_id: str, *texts: str) -> chorus.Article:
    """An analysed article of outlet ``article_id`` with one paragraph per text."""
    raw = chorus.RawArticle(
        article_id, "Headline\n\n" + "\n\n".join(texts), article_id, outlet=article_id
    )
    return analyse(clean(raw))


def test_a_term_in_quotation_marks_stands_only_when_another_outlet_quotes_it() -> None:
    groups = quote_groups(
        [
            quoted("a", 'The minister called the rebels "criminals" on Monday in the capital.',
                   'Minister Ana Holt said the talks were "a waste of everyone\'s time".'),
            quoted("b", 'Ana Holt said the army would "crush" the revolt in the north.'),
            quoted("c", 'The minister promised to "crush" the revolt, Ana Holt said on Monday.'),
        ]
    )  # fmt: skip
    texts = sorted(q.text for g in groups for q in g.quotes)
    assert texts == ["a waste of everyone's time", "crush", "crush"]


def test_a_title_of_a_work_or_a_show_is_named_not_said() -> None:
    """No speaker for "Fox News Sunday" or a song, and no group when two outlets name the
    same song; the sentence's speaker still speaks in the rest of it and next."""
    a = quoted(
        "a",
        'Ana Holt said on "Keldor News Sunday" that the pier "will stay shut all winter".',
        '"We have no other choice."',
        'Her new single "Waves Over Lunde Harbour" topped the chart, according to Billboard.',
    )
    b = quoted("b", 'The single "Waves Over Lunde Harbour" was her fifth to reach No. 1.')
    speakers = [(q.text, q.speaker) for q in a.quotes]
    assert speakers == [
        ("Keldor News Sunday", None),
        ("will stay shut all winter", "Ana Holt"),
        ("We have no other choice", "Ana Holt"),
        ("Waves Over Lunde Harbour", None),
    ]
    texts = [q.text for g in quote_groups([a, b]) for q in g.quotes]
    assert "Waves Over Lunde Harbour" not in texts
    # A book's title may keep "our" or "your" in lower case.
    book = quoted("c", 'In "Lundeline: The Quiet End of our Harbours," Ana Holt asks "why?"')
    assert [(q.text, q.speaker) for q in book.quotes] == [
        ("Lundeline: The Quiet End of our Harbours", None),
        ("why?", "Ana Holt"),
    ]


def test_two_apostrophes_close_a_quotation_as_a_double_quotation_mark_does() -> None:
    """The typewriter's closing mark of some wire copy: "...,'' she said."""
    article = quoted("a", "\"We had no plan,'' Ana Holt said. \"It just happened.''")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("We had no plan", "Ana Holt"),
        ("It just happened", "Ana Holt"),
    ]
    # Two curly apostrophes too.
    curly = quoted("a", "\u201cWe had no plan,\u2019\u2019 Ana Holt said.")
    assert [(q.text, q.speaker) for q in curly.quotes] == [("We had no plan", "Ana Holt")]


def test_an_embedded_post_is_a_quotation_of_its_author() -> None:
    """A post a page embeds ("... pic.twitter.com/x — Name (@handle) Date") is its author's
    words, without the links; a report's quotations glued before it stay the report's, and
    a post of a handle and a link alone is no quotation."""
    article = quoted(
        "a",
        "The ferry Lunde sank on Monday night, the harbour office said.",
        "The harbour is closed until further notice after the ferry sank, so please stay away "
        "from the quay tonight. pic.twitter.com/abc123 — Keldor Harbour (@keldorharbour) "
        "March 2, 2025",
        '"We are devastated by the loss of the ferry," Ana Holt said at the quay on Monday '
        "night. @LundeNews pic.twitter.com/xyz789 — Jo Berg (@joberg) March 2, 2025",
        "Divers will search the wreck of the ferry on Tuesday morning, the police said.",
    )
    assert [(q.text, q.speaker, q.speaker_as_written) for q in article.quotes] == [
        (
            "The harbour is closed until further notice after the ferry sank, so please stay "
            "away from the quay tonight.",
            "Keldor Harbour",
            "Keldor Harbour (@keldorharbour)",
        ),
        ("We are devastated by the loss of the ferry", "Ana Holt", "Ana Holt"),
    ]


def test_two_speakers_of_one_article_never_share_a_group() -> None:
    """Another outlet's unattributed words may match what each of two people said; the two
    people's words stay apart."""
    groups = quote_groups(
        [
            quoted("a", 'Ana Holt said: "The ferry sank near the pier at Lunde on Monday."',
                        'Jo Berg said: "I watched the ferry sink near the pier from my window."'),
            quoted("b", '"The ferry sank near the pier," a witness told reporters.'),
        ]
    )  # fmt: skip
    for group in groups:
        assert len({q.speaker for q in group.quotes if q.speaker}) <= 1, group


def test_a_shared_name_is_one_word_of_what_two_statements_share() -> None:
    """Two statements of one speaker that both name "Keldor Harbour Ferry" and little else
    in common are two utterances."""
    groups = quote_groups(
        [
            quoted("a", 'Ana Holt said the find was "an important milestone in the annals of '
                        'Keldor Harbour Ferry history".'),
            quoted("b", 'Ana Holt said: "Since my youth I have loved Keldor Harbour Ferry '
                        'history, inspired by my father."'),
        ]
    )  # fmt: skip
    assert [len(g.quotes) for g in groups] == [1, 1]


def test_a_speaker_is_shown_without_the_role_before_their_name() -> None:
    """As in the list of names: "Mara Quist", the role-led form kept among the others."""
    groups = quote_groups(
        [
            quoted("a", 'Orvik County Harbour Commissioner Mara Quist said: "The port is shut."'),
            quoted("b", 'Quist said: "The port is shut until the storm passes, and the ferries '
                        'will wait."'),
        ]
    )  # fmt: skip
    (group,) = groups
    assert group.speaker == "Mara Quist"
    assert "Orvik County Harbour Commissioner Mara Quist" in group.speaker_variants


def test_a_quotation_matches_a_passage_of_a_longer_one_not_its_scattered_words() -> None:
    groups = quote_groups(
        [
            quoted("a", 'Mara Quist said: "Every week they meet, I will be waiting outside."'),
            quoted("b", 'Mara Quist said: "Every week they meet, I am going to be waiting there."'),
            quoted("c", 'Quist said: "I keep waiting for that night to end, and every week I see '
                        'it again. I will never forget it. Nothing they do can change that."'),
            quoted("d", 'Quist said: "We thought those storms were behind us, but this week '
                        'showed we still have work to do."'),
            quoted("e", 'Mara Quist said: "We thought those storms were behind us."'),
        ]
    )  # fmt: skip
    together = sorted(sorted(q.article_id for q in g.quotes) for g in groups)
    # A trimmed passage and a second wording of one sentence match; "waiting ... every week"
    # out of order in a long, different quotation does not.
    assert together == [["a", "b"], ["c"], ["d", "e"]]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        # A role between the verb and the name: the name after the verb speaks.
        (['The League, weakened by a long winter, "asks every member to vote," said spokesman '
          "Ivo Brandt on Monday."], "Ivo Brandt"),
        # A second verb of the subject: not the last place named before it.
        (["Mayor Lena Varga toured Dorn and Keldor and asked: \"Who will pay for this?\""],
         "Mayor Lena Varga"),
        (["Mayor Lena Varga spoke on Monday.",
          'She visited Dorn and Keldor and asked: "Who will pay for this?"'], "Mayor Lena Varga"),
        # An owner is not the speaker; nobody named is better than the wrong name.
        (["Ivo Brandt's sister said the harbour board was \"not to be trusted\"."], None),
        # A role names the person it stands before, not a place later in the sentence.
        (["Port director Ivo Brandt arrived on Monday.",
          'The director said no ship would sail to Keldor despite the "calm sea".'], "Ivo Brandt"),
        # A long appositive between the speaker and the verb.
        (['"It is a new species," Ana Pires, a paleontologist at the Northern Institute of '
          "Marine Geology and Ice Studies, told reporters."], "Ana Pires"),
        # A lawmaker's party and state are no speaker.
        (['Rep. Tomas Ruiz, R-Texas, said the pier "will reopen".'], "Tomas Ruiz"),
        # An employer before the role and the name after the verb.
        (['"The pier stays shut," said Keldor Radio senior political analyst Ana Pires.'],
         "Ana Pires"),
        # An appositive ending in an auxiliary; a name as the appositive.
        (["Rep. Tomas Ruiz, Republican chairman of the Harbour Committee, has asked for "
          '"every log of the night".'], "Tomas Ruiz"),
        (['The lone Keldor dissenter, Ana Pires, later tweeted: "We vote against it."'],
         "Ana Pires"),
        # "The Keldor Republican" is someone named before; "a Keldor Republican" is not.
        (["Rep. Tomas Ruiz voted for the pier.",
          '"It will reopen," the Keldor Republican said.'], "Tomas Ruiz"),
        (["Rep. Tomas Ruiz, a Keldor Republican, voted for the pier.",
          '"It will reopen," he said.'], "Tomas Ruiz"),
        (["Rep. Tomas Ruiz voted for the pier.",
          '"It will reopen," said a top Keldor Republican, who asked not to be named.'],
         "Keldor Republican"),
        # "According to" opening the sentence.
        (['According to Ana Pires, the storms have "grown worse every year".'], "Ana Pires"),
        # "She" is the last person who spoke, not an organisation that spoke since.
        (['"We are rebuilding," said Ana Pires.',
          'The Keldor Harbour Council issued a statement saying it was "deeply saddened".',
          "Pires said the pier would wait.",
          '"It is ruining the town," she said.'], "Ana Pires"),
        # A role is a person's, never an organisation's that the role's word stands near.
        (["President Ana Pires met the council.",
          "Critics of the president and the Keldor Harbour Council disagreed.",
          '"We stay," the president said.'], "President Ana Pires"),
        (['A Keldor Harbour Council official told reporters the pier was "unsafe".'], None),
        # A former title; a name that the verb's reach would cut; someone unnamed.
        (['"The pier is safe," said former Senator Ana Pires, who built it.'], "Senator Ana Pires"),
        (['"The pier is safe," said former Keldor Harbour Council chairman Tomas Ruizberger.'],
         "Tomas Ruizberger"),
        (['Ruiz left the council out of "loyalty" to Pires, said someone close to Ruiz.'], None),
        # "saying": a name right before it speaks, not the object of the verb before it;
        # after a comma the clause's subject does, unless another clause with its own
        # subject comes between.
        (['The pier will reopen in May, with Ana Pires saying it is "safe enough".'],
         "Ana Pires"),
        (['Ana Pires praised Tomas Ruiz, saying he had "never given up".'], "Ana Pires"),
        (['Keldor Fund objects to the study, suggesting it "lacks rigor".'], "Keldor Fund"),
        (['Ana Pires was upset that Tomas Ruiz had left, telling them it was "sad".'], None),
        # Someone unnamed ("a Keldor congressman") is no speaker; a "When ..." clause comes
        # before the subject.
        (['In another instance, a Keldor congressman held her arm, telling her, "You are late."'],
         None),
        (['When Tomas Ruiz comes backstage, Ana Pires is the first to hug him, saying, '
          '"Oh, my God."'], "Ana Pires"),
        (['All I\'m saying is that the pier is not "safe enough".'], None),
        # "He" in a sentence that opens with a person and a relative clause is that person.
        (["The Keldor Harbour Trophy went to Dorn on Monday.",
          'Ana Pires, who uttered the words "we will win it back" when she announced her '
          "retirement, left early."],
         "Ana Pires"),
        # A subject of common nouns is not the name after it; nor a name before a noun.
        (['The lawyer for the family of Ana Pires called the film a "false attack".'], None),
        (['The harbour board responded to Ana Pires with a statement: "We stand by it."'],
         None),
        (["Ana Pires, a Keldor attorney who said she would sue, called the film a "
          '"false attack".'], "Ana Pires"),
        (['In making the case against sales of Keldor Rifles, the plaintiffs say "no state '
          'checks buyers".'], None),
        # "Earlier he ...": the subject is "he".
        (['Mayor Tomas Ruiz visited Dorn on Monday.',
          'Earlier he visited Keldor and pledged "every help".'], "Mayor Tomas Ruiz"),
        # A person of an organisation speaks, not the organisation.
        (['"It is awful out there," Capt. Ana Pires of the Keldor Harbour Police said.'],
         "Ana Pires"),
        (["Ana Pires of the Keldor Harbour Police, who led the search, said the pier was "
          '"unsafe".'], "Ana Pires"),
        # An organisation "of" something is one name; a description joins a subject's words.
        (['"The man is a threat," the Department of Keldor Security said.'],
         "Department of Keldor Security"),
        (['Teen beauty blogger Ana Pires posted a warning: "Do not try this."'], "Ana Pires"),
        # A single-quoted quotation may hold apostrophes inside its words.
        (["'Children's safety comes first,' Ana Pires said."], "Ana Pires"),
        # A noun phrase between the last name and the verb is the subject: nobody named.
        (['The bones are of "enormous proportions" and lay in what is now Keldor, the '
          "researchers said."], None),
        # "The company" is the organisation the article calls a company, or whose name says
        # it is one; never a name after the verb; nobody when none was named before.
        (["Ferry company Lundeline cancelled its crossings.",
          '"Safety comes first," the company said on Facebook.'], "Lundeline"),
        (["Keldor Ferries Inc. cancelled its crossings.",
          'The company said the pier was "unsafe".'], "Keldor Ferries Inc"),
        (['"Safety comes first," the company explained on Facebook.'], None),
        (['Ferry company Lundeline and union president Ana Pires met.',
          'The union said the pier was "unsafe".'], None),
        # "The agency" right after an agency spoke is that agency, not another named before.
        (["Aid will move to the Keldor Development Agency.",
          'The Harbour Fund, known as HF, said the cut was "erroneous".',
          '"We refute this claim," the agency said.'], "Harbour Fund"),
        # "The statement" is whoever issued it, a person or an organisation.
        (['"We are rebuilding," said Ana Pires.',
          "The Keldor Harbour Council issued a statement on Monday.",
          '"The pier stays shut," the statement said.'], "Keldor Harbour Council"),
        (["The pier will stay shut, the ministry of Keldor said in a separate statement.",
          '"We regret it," the statement said.'], None),
        (['"It is safe," Mayor Tomas Ruiz said in a statement.',
          'The statement added: "We will reopen it."'], "Mayor Tomas Ruiz"),
        # A subject of a quantifier and common nouns: not a name after it, nor the word itself.
        (['Other pictures taken on the floor of the Keldor Sea show a valve captioned: '
          '"RIP crew of the Lunde."'], None),
        (['Another juror stood up and said, "I can\'t believe what you did."'], None),
        # "It said" is the organisation that spoke just before, or the one the clause names
        # before "it"; nobody else, and not a subject in an aside or an object before.
        (['"We will respond," the Keldor Foreign Ministry said.',
          '"Nothing has changed," it said.'], "Keldor Foreign Ministry"),
        (['A report by the Keldor Harbour Office struck a similar tone when it said the pier '
          'was "unsafe".'], "Keldor Harbour Office"),
        (['"We will respond," Ana Pires said.', '"Nothing has changed," it said.'], None),
        (['Ana Pires, it said, complained about "ongoing violence".'], "Ana Pires"),
        (['That has made it "a puzzle for decades," says Ana Pires.'], "Ana Pires"),
        # Verbs of saying in the present tense of feature writing.
        (['"These will be the last shows," Ana Pires tells Keldor Radio.'], "Ana Pires"),
        (['Asked about it, Tomas Ruiz quipped, "Yes, and he won the vote too."'], "Tomas Ruiz"),
        (['"He will come and sell the deal," Ruiz predicted.'], "Ruiz"),
        (['Ana Pires responded, "Thank God there were two of us."'], "Ana Pires"),
        (['"He passed out photographs," complained Ana Pires, who read the comments.'],
         "Ana Pires"),
        # A participle or an adverb that opens the sentence is no speaker; a family name
        # of that form is one.
        (['Following the vote, the rules became "wedge issues".'], None),
        (['Opponents have predicted the phrase "Keldor camp" would stay.'], None),
        (['Ines Williams met the board.', 'Williams told them: "We stay."'], "Ines Williams"),
        (['Clearly aware of it, Ana Pires pledged "obedience".'], "Ana Pires"),
        (["Clearly aware of it, the rebels led by Ana Pires in a long and bitter meeting "
          'pledged "obedience".'], None),
        (['Ines Manning met the board.', 'Manning told them: "We stay."'], "Ines Manning"),
        # A colon after the subject's clause, past an opening phrase and an earlier title.
        (['In an interview, Ana Pires praised the plan: "It will work."'], "Ana Pires"),
        (['Tomas Ruiz, who won an award for "Keldor Nights," joked backstage: "We won."'],
         "Tomas Ruiz"),
        (["(4) 'I could sail more than I can'. Response options were scored: \"at risk\"."],
         None),
        # Lower-case words and a preposition before a name after the quotation: nobody named.
        (['"She is no fool," a friend of Ana Pires said.'], None),
        # A party's letter is no speaker; a country and a title before a name are no speaker.
        (['Rep. Ana Pires (D) said the pier was "unsafe".'], "Ana Pires"),
        (['"It is unsafe," said U.S. Sen. Tomas Ruiz, who chairs the harbour committee.'],
         "Tomas Ruiz"),
        # "Quoted ... as saying": the one quoted speaks, not the one quoting.
        (['Keldor Radio quoted Ana Pires as saying the pier was "unsafe".'], "Ana Pires"),
        (['"It is unsafe," Tomas Ruiz was quoted as saying.'], "Tomas Ruiz"),
        (['"It was huge," the log records gunner Tomas Ruiz of the Northern fleet as saying.'],
         "Tomas Ruiz"),
        (['Keldor Radio quoted a harbour official in Dorn as saying the pier was "unsafe".'],
         None),
        # A place or a people before a noun describes the subject; an organisation's people
        # and papers speak for it, and so does a place's institution.
        (['Keldor health officials said the pier was "unsafe".'], None),
        (['The Keldor researchers said their study is "the most complete".'], None),
        (['"It is unsafe," Dorn state television said.'], "Dorn state television"),
        (['The Keldorian government says the pier is "unsafe".'], "Keldorian government"),
        (['Harbour Council officials said the pier was "unsafe".'], "Harbour Council"),
        (['The NHRC recently said the pier was "unsafe".'], "NHRC"),
        (['Ana Pires also reportedly told them to "stay away".'], "Ana Pires"),
        (['The Lundeline statement added that the ferry is "safe".'], "Lundeline"),
        # A word the article writes in lower case too is no name when it opens a sentence.
        (['It was not done.', 'Not to do so was an "abdication of duty", it was claimed.'],
         None),
        # "A DHS official" speaks for DHS; "a spokesman" is no spokesman named earlier.
        (['"We are ready," a KDX official said.'], "KDX"),
        (['Keldor spokesman Tomas Ruiz spoke on Monday.', 'The pier was shut.',
          '"It stays shut," a spokesman said.'], None),
        (['"It stays shut," a spokesperson for Ana Pires said.'], "Ana Pires"),
        # "He" after a sentence that opens with a family name is that person.
        (['Jakob Vell met Peter Dorn on Monday.', 'Vell expressed fears about the city.',
          '"This is unacceptable," he told the radio.'], "Jakob Vell"),
        # Whom someone told is the listener, not whom a later "he" means.
        (['Tomas Ruiz told Keldor Daily that the pier was shut.', '"We stay," he said.'],
         "Tomas Ruiz"),
        # "According to" names whoever comes after it, never a name or a "he" before it.
        (['Ana Pires saw the boy.', 'He died of "anaphylactic shock," according to the '
          'Lundeline page posted Tuesday.'], "Lundeline"),
        (['Ana Pires, according to several people, was "upset" by it.'], None),
        (['"We go," Tomas Ruiz was recorded saying, according to court documents.'],
         "Tomas Ruiz"),
        # A military title's abbreviation is a title; a person "of" a place is that person.
        (['"It stays shut," said Adm. Tomas Ruiz, commander of the fleet.'], "Tomas Ruiz"),
        (['"We stay," Helena Brask of Boston, Massachusetts, tweeted.'], "Helena Brask"),
        (['"We stay," said Olund Brask of Boston, the mayor.'], "Olund Brask"),
        # A judge, a lawyer or a senator named with the role speaks as "the judge".
        (['District Judge Lena Ostrova heard the case.', '"It is closed," the judge said.'],
         "District Judge Lena Ostrova"),
        (['Her lawyer, Tomas Ruiz, filed it.', 'The suit is "a fraud," her lawyer said.'],
         "Tomas Ruiz"),
        (['District attorney Ana Pires filed it.', '"Why?" one defense attorney asked.'],
         None),
        (["She met the attorney's assistant, Tomas Ruiz.", '"Go," the attorney said.'],
         None),
        # "said a State Department official" speaks for the department.
        (['The pier stays shut, said a Lundeline Transport Department official, who '
          'asked not to be named, and will "reopen" in May.'], "Lundeline Transport Department"),
        # "In a statement, X said" makes X the issuer of "the statement".
        (['In a statement on its website, the Keldor Fund said it regrets the move.',
          '"We helped many," the statement said.'], "Keldor Fund"),
        # The subject before a colon, after a participle's phrase.
        (['Tallying up the promises they made, Ana Pires offered one more: "Keep this one."'],
         "Ana Pires"),
        # "..., historians claimed" names nobody, not the name before it.
        (['When it was built the "Thing" would have been on a man-made islet in the estuary '
          'of the River Dorn, historians claimed.'], None),
        # "said Orvik's CEO, Y" names Y; "said a spokesman for X" speaks for X.
        (['"We are delighted," said Orvik\'s CEO, Ana Pires.'], "Ana Pires"),
        (['"We wish them well," said a spokesman for Keldor Shipping, a rival.'],
         "Keldor Shipping"),
        # A newsletter's heading before a dash is no speaker; "Per X:" is X's.
        (['STOCKS KEEP FALLING - Keldor Wire/Tokyo: "Shares fell to a 15-month low."'],
         "Keldor Wire"),
        (['HARBOUR TODAY - Per Lundeline Post: "The pier opens at noon."'], "Lundeline Post"),
        # A quotation opened after the speaker and left open to the paragraph's end.
        (['Ana Pires said: "We will rebuild the pier.'], "Ana Pires"),
        # "scolded", "lamented" and "suggested" say, too.
        (['In that speech, Ana Pires scolded the board for "hiding in its cosy offices."'],
         "Ana Pires"),
        (['"Maybe it is in the pipes," Tomas Ruiz suggested to his colleagues.'], "Tomas Ruiz"),
        # A name one calls oneself, or is called by others, is no one's words.
        (['The first was a Keldor University student who called himself "Ghoul."'], None),
        (['Ana Pires came forward with stories of being called "slow" by her colleagues.'], None),
        # "hinted" says, too; the subject after a participle's opening phrase speaks.
        (['Later Tomas Ruiz hinted to his viewers that a rival "is married to a spy."'],
         "Tomas Ruiz"),
        (['Contacted via email, Ana Pires denied it and said she would "try again".'],
         "Ana Pires"),
        # "he" in a sentence whose subject nobody names is nobody named before.
        (['Tomas Ruiz left the forum.', 'Another hoped it would go: "It is over," he wrote.'],
         None),
        # "said the mayor" after the verb is the person the article gives that role.
        (['Mayor Ana Pires opened the pier.', '"We did it," said the mayor.'],
         "Mayor Ana Pires"),
        # A place's officials, with an auxiliary before the verb, name nobody.
        (['The shooting, which Lundeline officials have said is "probably" a crime, shut '
          'the pier.'], None),
        # "continued" right before a quotation is no saying.
        (['But the suit filed Tuesday refers to her friendship with Tomas Ruiz in 2006 that '
          'continued "well into the year 2007."'], None),
        # The name between the quotation and the verb speaks, not the one after it.
        (['"We stay," Ana Pires wrote Lundeline in an email.'], "Ana Pires"),
        # "said a man who identified himself as X" names X.
        (['"He ate and left," said a man who identified himself as Tomas R.'], "Tomas R"),
        (['"We stay," said a resident who asked to be identified only as Ana.'], "Ana"),
        # "said X's attorney, Y" names Y; "shouted" and "cried" say, too.
        (['"We stay," said Ruiz\'s attorney, Ana Pires.'], "Ana Pires"),
        (['Tomas Ruiz shouted, "Stay back, all of you!"'], "Tomas Ruiz"),
        # A researcher's role before the name after the verb is passed over.
        (['"Less is better," said study researcher Ana Pires of Keldor Hospital.'], "Ana Pires"),
        # "detailed" says, as "explained" does.
        (['"We looked at each print alone," Ana Pires detailed.'], "Ana Pires"),
        # A sentence that ends with a colon introduces the quotation after it.
        (['The Keldor Harbour Authority sent this message to its staff:',
          '"The pier stays shut until the storm has passed."'], "Keldor Harbour Authority"),
        # A line after a quotation that names its speaker after a dash.
        (['"We stay, whatever the harbour board says."',
          '— Ana Pires, asked whether the ferry will go on'], "Ana Pires"),
        # A quotation standing alone after "..., Ruiz said." goes on with Ruiz.
        (['Tomas Ruiz runs the pier.', 'The pier will stay shut, Ruiz said.',
          '"It is a missing link."'], "Tomas Ruiz"),
        (['The pier will stay shut, the mayor said.', '"It is a missing link."'], None),
        # "wrote the KHA board of directors" speaks for the KHA, not a name before.
        (['Measure 9 "is not needed," wrote the KHA board of directors.'], "KHA"),
        # A name the reach after the verb cuts is taken whole.
        (['"We stay," said Dornhaven\'s highest elected official, First Selectman Patricia '
          'Llodra.'], "First Selectman Patricia Llodra"),
        # A role in an appositive describes the subject.
        (['Ana Pires, an Orvik attorney who said he sued, called it "false".'], "Ana Pires"),
        (['Lawyer Jon Bekk spoke.', 'Ana Pires, a state senator and election lawyer called '
          'it "odd".'], "Ana Pires"),
        # A document's words are its owner's, or whoever the article says issued it.
        (['Ruiz\'s lawsuit alleges that the board "hid the cracks".'], "Ruiz"),
        (['Tomas Ruiz, who runs the pier, filed a lawsuit on Monday.',
          'The suit charges that the board "hid the cracks".'], "Tomas Ruiz"),
        (['The Keldor Fund wrote in a letter that it would stay.',
          '"We stay," reads the letter.'], "Keldor Fund"),
        (['Ana Pires published a report on the pier.',
          '"It is unsafe," the report, seen by the Lundeline Post, said.'], "Ana Pires"),
        (['A letter from Tomas Ruiz reached the board.', '"Go," the letter said.'],
         "Tomas Ruiz"),
        (['The pressure on Vell, whose real name is Ana Pires, came after she filed a '
          'lawsuit.', '"They lied," says the suit.'], "Ana Pires"),
        # Nobody, where the article does not say who issued it, or only says "his".
        (['"It is unsafe," the report says.'], None),
        (['Monday\'s lawsuit says the board "hid the cracks".'], None),
        (['Tomas Ruiz spoke to Ana Pires.', '"We stay," his email said.'], None),
        # A place that sends a message is no issuer; a study it is described in is none.
        (['Keldor police sent a message to residents.', '"Stay in," the message said.'],
         None),
        (['Found in 1998 by Ana Pires, and described in a new study, the "Giant" was huge.',
          '"It is big," the study said.'], None),
        # A role opening the sentence, then the name it is, then the participle.
        (['The envoy, Tomas Ruiz, stormed out of the session, accusing the board of '
          '"hiding the cracks".'], "Tomas Ruiz"),
        (["Keldor's representative to the UN, Ana Pires, walked out, saying it was "
          '"a farce".'], "Ana Pires"),
        (['The envoy met the minister, Tomas Ruiz, and left, saying "no".'], None),
        # A document that says a person's words leaves them that person's.
        (['The indictment alleges Ruiz met the buyer and said the case "got harder".'],
         "Ruiz"),
    ],
)  # fmt: skip
def test_who_speaks_in_harder_sentences(texts: list[str], speaker: str | None) -> None:
    assert quotes_in(sentences(*texts))[-1].speaker == speaker


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        # A family name alone is the full name the article writes for it, without the role.
        (["Harbour Commissioner Mara Quist visited the pier.", '"It stays shut," Quist said.'],
         "Mara Quist"),
        (["Guitarist Tomas Ruiz played.", '"It was loud," Ruiz said.'], "Tomas Ruiz"),
        (["Ana Pires-Lund spoke first.", '"We stay," Pires-Lund said.'], "Ana Pires-Lund"),
        (["Keldor Mayor Helena Brask spoke.", '"We stay," Brask said.'], "Helena Brask"),
        # Not when the article names two people of that family name, nor when "she" is said
        # of a speaker whose one full name is a man's.
        (["Ivo Brandt and Ana Brandt spoke.", '"We stay," Brandt said.'], "Brandt"),
        (["Peter Brandt was not there.", '"We stay," Brandt said.', '"Really," she added.'],
         "Brandt"),
        (["Ana Brandt was not there.", 'Brandt argued that he "never served".'], "Brandt"),
        # Nor when what comes before the family name is not a given name.
        (["Outgoing Brandt spoke, as outgoing chairs do.", '"We stay," Brandt said.'],
         "Brandt"),
        (["Boston Brandt spoke.", '"We stay," Brandt said.'], "Brandt"),  # a place
        # A given name alone that is nobody's family name: the one person of that name.
        (["Ida Brask, 88, runs the shop.", '"We stay," Ida said.'], "Ida Brask"),
        (["Ida Brask and Ida Lund run the shop.", '"We stay," Ida said.'], "Ida"),
        (["Tom Ida runs the shop with Ida Lund.", '"We stay," Ida said.'], "Tom Ida"),
    ],
)  # fmt: skip
def test_a_speaker_named_by_the_family_name_gets_the_full_name(
    texts: list[str], speaker: str
) -> None:
    quotes = quotes_in(sentences(*texts))
    assert quotes[0].speaker == speaker
    assert quotes[0].speaker_as_written == texts[1].split('," ')[-1].split()[0]


def test_a_family_name_that_speaks_is_a_persons_in_the_briefing() -> None:
    """Who said what shows the full name, and the family name alone as the sentences write
    it among the other forms; that form still tells the names list that Poole, a town too,
    is a person."""
    text = (
        "Helena Poole, who runs the Keldor ferries, met the crews on Monday.\n\n"
        '"Safety comes first," Poole said.\n\n'
        "Poole will meet them again. The crews wrote to Poole on Tuesday.\n"
    )
    briefing = brief_articles([chorus.RawArticle("a", text, "a.txt")])
    assert [(g.speaker, g.speaker_variants) for g in briefing.quotes] == [
        ("Helena Poole", ("Poole",))
    ]
    kinds = {e.name: e.kind for e in briefing.entities}
    assert kinds["Helena Poole"] == "person"
    assert "Poole" not in kinds  # not a place of its own


def test_a_quotation_matches_by_the_speakers_name_as_written() -> None:
    """One outlet's "Ruiz", given the full name its article writes, still matches another
    outlet's "Cmdr Ruiz" (a title the names do not know), as before."""
    said = "The slick is five kilometres downwind of the pings"
    groups = quote_groups(
        [
            quoted("a", "Tomas Ruiz leads the search.", f'"{said}," Ruiz said on Monday.'),
            quoted("b", f'"{said}," Cmdr Ruiz said.'),
        ]
    )
    assert [(g.speaker, g.article_ids) for g in groups] == [("Tomas Ruiz", ("a", "b"))]


def test_two_names_of_one_entity_speak_as_one_person() -> None:
    """A given name alone ("Peter", as an essayist calls him) and the full name match when
    the list of names holds them as one person."""
    said = "I do not want to be punished for things that regard you and not me"
    articles = [
        quoted("a", f'"{said}," Peter Vellner wrote.'),
        quoted("b", f'"{said}," Peter wrote to me.'),
    ]
    assert len(quote_groups(articles)) == 2
    person = {"Peter": "Peter Vellner", "Peter Vellner": "Peter Vellner"}
    (group,) = quote_groups(articles, person.get)
    assert (group.speaker, group.article_ids) == ("Peter Vellner", ("a", "b"))


def test_a_places_institution_speaks_as_an_organisation() -> None:
    quote = quotes_in(sentences('"It is unsafe," Dorn state television said.'))[-1]
    assert quote.speaker == "Dorn state television"
    assert quote.by_organisation


def test_a_speaker_called_the_company_is_an_organisation_in_the_briefing() -> None:
    text = (
        "Ferry company Lundeline cancelled its crossings to Keldor on Monday.\n\n"
        '"Safety comes first," the company said on its website.\n\n'
        "Lundeline runs four ferries between Keldor and Dorn.\n"
    )
    raw = chorus.RawArticle("a", text, "a.txt")
    article = analyse(clean(raw))
    assert [(q.speaker, q.by_organisation) for q in article.quotes] == [("Lundeline", True)]
    kinds = {e.name: e.kind for e in brief_articles([raw]).entities}
    assert kinds["Lundeline"] == "organisation"


def test_translations_of_a_long_statement_match_on_its_rare_words() -> None:
    """Two outlets' translations of one long statement share its rare words in order, some
    transliterated otherwise ("mujahedeen", "mujahideen"), more than its wording; another
    statement of the same speaker on the same subject does not match it."""
    first = (
        '"Everyone who belongs to this council is a legitimate target for us, in every place, '
        "unless he publicly declares his rejection of that council and of fighting the "
        'mujahedeen," said Tomas Ruiz.'
    )
    second = (
        '"Anyone belonging to the council or the harbour front is a legitimate goal, unless '
        'they openly announce their disavowal and stop their fight against the mujahideen," '
        "said Tomas Ruiz."
    )
    other = (
        '"The council has declared a war on the mujahedeen, and everyone in the harbour front '
        'will pay for the fighting in every place," said Tomas Ruiz.'
    )
    groups = quote_groups([quoted("a", first), quoted("b", second), quoted("c", other)])
    together = [g for g in groups if len(g.article_ids) > 1]
    assert [sorted(g.article_ids) for g in together] == [["a", "b"]]
