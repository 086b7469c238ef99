from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from chorus.analyse import analyse
from chorus.clean import clean
from chorus.errors import UsageError
from chorus.records import Article, RawArticle, Sentence
from chorus.summarise import SUMMARISERS, similarity
from chorus.summarise.base import (
    can_open,
    goes_on_quoting,
    is_dependent,
    is_summary_candidate,
    needs_its_antecedent,
    speaks_unquoted,
)
from chorus.summarise.centroid import CentroidSummariser
from chorus.summarise.similarity import TfidfSpace


def article(article_id: str, outlet: str, *paragraphs: str) -> Article:
    text = "Headline for " + article_id + "\n\n" + "\n\n".join(paragraphs)
    raw = RawArticle(article_id, text, f"{article_id}.txt", outlet=outlet, headline_first=True)
    return analyse(clean(raw))


QUAKE = "An earthquake of magnitude 6.1 struck the coastal city of Veral on Sunday morning."
TOLL = "At least 23 people were killed and dozens injured when buildings collapsed in Veral."
SCHOOLS = "Schools across the province will stay closed until engineers inspect every building."
AID = "The national government sent 300 soldiers and field hospitals to the earthquake zone."


def event() -> list[Article]:
    return [
        article("a", "Alpha News", QUAKE, TOLL, SCHOOLS),
        article("b", "Beta Daily", TOLL.replace("At least 23", "23"), QUAKE, AID),
        article("c", "Gamma Post", QUAKE.replace("Sunday morning", "Sunday"), AID),
        article(
            "d",
            "Delta Wire",
            "Rescue crews searched the rubble of a collapsed hotel in Veral.",
            TOLL,
        ),
    ]


@pytest.mark.parametrize("budget", [12, 25, 40, 80, 500])
def test_summary_never_exceeds_the_word_budget(budget: int) -> None:
    summary = CentroidSummariser().summarise(event(), budget)
    assert summary.words <= budget
    assert summary.sentences, "some sentence fits every budget here"


def test_support_names_every_article_stating_the_same_content() -> None:
    summary = CentroidSummariser().summarise(event(), 500)
    by_text = {s.text: s for s in summary.sentences}
    quake = next(s for t, s in by_text.items() if "magnitude 6.1" in t)
    assert set(quake.supporting_articles) == {"a", "b", "c"}
    assert quake.support[0].article_id == quake.article_id  # taken from first
    assert all(0 < p.similarity <= 1 for p in quake.support)
    supported_ids = {p.sentence_id for p in quake.support}
    assert all(i.split("/")[0] in {"a", "b", "c"} for i in supported_ids)


def test_content_stated_by_more_outlets_ranks_higher() -> None:
    # Two facts of the same length and shape; one is reported by three outlets, one by one.
    widely = "Officials closed the northern bridge after cracks appeared in its main span."
    once = "Officials closed the southern tunnel after water leaked into its main shaft."
    articles = [
        article("a", "Alpha", once, widely),
        article("b", "Beta", widely),
        article("c", "Gamma", widely),
    ]
    summary = CentroidSummariser(position_weight=0.0).summarise(articles, 14)
    assert [s.text for s in summary.sentences] == [widely]


def test_redundant_sentences_are_not_repeated() -> None:
    summary = CentroidSummariser().summarise(event(), 500)
    mentions = sum("magnitude 6.1" in s.text for s in summary.sentences)
    assert mentions == 1


def test_a_dependent_sentence_never_opens_the_summary() -> None:
    articles = [
        article(
            "a",
            "Alpha",
            "But the earthquake in Veral killed at least 23 people on Sunday.",
            "Veral residents slept outside after the earthquake on Sunday.",
        ),
        article("b", "Beta", "But the earthquake in Veral killed at least 23 people on Sunday."),
    ]
    summary = CentroidSummariser().summarise(articles, 500)
    assert can_open(summary.sentences[0].text)


@pytest.mark.parametrize(
    ("text", "dependent", "opens"),
    [
        ("But officials denied the report.", True, False),
        ("He added that the talks would resume.", True, False),
        ("The group said it would retaliate.", True, False),
        ('"We will fight," he said, adding that nothing had changed.', True, False),
        ("Meanwhile, prices kept rising.", True, False),
        ('"The town is ours now," the commander said.', True, False),
        ('"Everyone who stays is welcome here, in all places."', True, False),
        ('"They started this war," Ilya Brand continued.', True, False),
        ('"It is over," the mayor, Ines Varga, went on.', True, False),
        ("But the landslide hit the pass road late on Monday.", True, False),
        ("Should the mayor resign over the landslide, too?", True, False),
        ('"We may not support it," she told Keldor Radio.', True, False),
        # Pieces of a quotation that runs over several sentences: whose words are they?
        ('Ines Varga said: "We will rebuild the pass road before the winter.', True, False),
        ('It will cost the town far more than anyone has said so far."', True, False),
        ("Third, weeks later the council closed the pass road.", True, False),
        ("Finally the council has spoken about the landslide.", True, False),
        # Words that go on from what was said before.
        ("In fact, the pass road had closed twice before in the same winter.", True, False),
        ("Indeed, the slope above the road had moved for years.", True, False),
        ("Now it is seeking to rebuild the pass road by the spring.", True, False),
        ("Now the council is seeking to rebuild the pass road.", False, True),
        ("Itineraries through the valley changed after the landslide.", False, True),
        # The time or order of what a sentence before told; not when the sentence says it.
        ("At the time, the council was meeting in Veral.", True, False),
        ("At the time of the landslide, the council was meeting in Veral.", False, True),
        ("Earlier, rescuers had closed the pass road.", True, False),
        ("Earlier this week, rescuers closed the pass road.", False, True),
        ("Since then, the pass road has stayed closed.", True, False),
        ("Previously, the council had rejected a tunnel.", True, False),
        ("In response, the council closed the pass road.", True, False),
        ("In response to the landslide, the council closed the pass road.", False, True),
        # Standalone, but a demonstrative or someone's unquoted "I" or "we" does not open one.
        ("Extrapolating from these cases, geologists warned of more slides.", False, False),
        ("Because most slopes at those heights are unstable, the road closed.", False, False),
        ("The lessons from that winter would help me as mayor.", False, False),
        ("As a geologist, I did not believe the slope would move.", False, False),
        ("As parents we are grieved by the loss of the pass road.", False, False),
        ("Among those injured was a driver from Veral.", False, True),
        ("Veterans of World War I unveiled a memorial in Veral.", False, True),
        ("The mountain guide Ines Varga died on Monday, Us Weekly confirms.", False, True),
        # Standalone, but a quotation or a bare definite subject does not open a summary.
        ('"The town is ours now," commander Ilya Brand said.', False, False),
        ('"We will fight," Defence Minister Anna Holt said.', False, False),
        ('"We will not stop," said Tomas Brenner, the head of the rescue service.', False, False),
        ("The slope gave way after three days of heavy rain.", False, False),
        ("The index, which a British adviser created, ranks 163 countries.", False, False),
        ("The club issued a statement apologising for the mistake.", False, False),
        ("Officials denied the report on Monday.", False, True),
        ('Officials asked: "Why was the pass road open?"', False, True),
        ("First Lady Ines Varga visited the pass road on Monday.", False, True),
        ("The Red Cross said 40 people were hurt.", False, True),
        ("The Colorado Rockies gave out 15,000 replica jerseys on Saturday.", False, True),
        ("The latest edition of the index has crowned Sweden the best country.", False, True),
        ("A landslide hit the pass road late on Monday after heavy rain.", False, True),
        # "his", "their" before anyone is named point back to an earlier sentence.
        ("Two hundred of his neighbours joined the march on Sunday.", False, False),
        ("Rescuers found their car in the river near Veral on Tuesday.", False, False),
        ("Maria Tan said her family had left the island on Sunday.", False, True),
        ("The mayor of Veral said his office would stay open all night.", False, True),
        ('Officials quoted a note saying "they are coming" before the attack.', False, True),
    ],
)
def test_dependent_sentences_and_what_can_open_a_summary(
    text: str, dependent: bool, opens: bool
) -> None:
    assert is_dependent(text) is dependent
    assert can_open(text) is opens


@pytest.mark.parametrize(
    ("text", "waits"),
    [
        ("He said the pass road would stay shut.", True),
        # "We" and "I": someone's words the sentence does not attribute.
        ("We sincerely apologize to the passengers for the error.", True),
        ("I was told the pass road would stay shut.", True),
        ("Our hearts are with the families of the missing.", True),
        ("Let's help the Keldor families through this hard time.", True),
        ("Myanmar sent two rescue teams to the pass.", False),
        ("I-95 was closed north of the pass.", False),
        # "It" that does something points back; "It is unclear" points ahead.
        ("It bore the name of the harbour master, who had retired a week before.", True),
        ("It also said the pass road would stay shut.", True),
        ("It is unclear whether the pass road will open before the winter.", False),
        ("It took rescuers five days to reach the buses.", False),
        ("Items from the buses were found on Tuesday.", False),
        # An item of a numbered list, and the answer to what the sentence before said.
        ("2) The pass road stays shut until the slope is safe.", True),
        ("That's how long the buses stayed buried under the slope.", True),
        ("This is why the road authority closed the pass.", True),
        ("This is a road that the valley cannot do without.", False),
        ("2014 was the year the pass road first closed.", False),
    ],
)
def test_a_sentence_waits_for_the_one_before_when_its_subject_points_back(
    text: str, waits: bool
) -> None:
    assert needs_its_antecedent(text) is waits


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("The Harbour Tribune did not immediately return a call for comment.", False),
        ("Ana Pires could not be reached for comment on Friday evening.", False),
        ("The Valley Courier left a message seeking information from the police.", False),
        ("For more on the landslide, head over to the Valley Courier.", False),
        ("For more than a week the road stayed shut, officials said.", True),
        ("For more coverage of the landslide, please visit our friends at Valley Radio.", False),
        ("For more detailed information, refer to the road authority's reports.", False),
        ("For more than 60 hours, rescuers searched the slope above the road.", True),
        # Pointers to the page around the sentence point at nothing in a briefing.
        ("The video shown here explains how the slope above the road gave way.", False),
        ("Click through the slideshow below for the rescue's first hours in pictures.", False),
        ("Watch the rescuers reach the second bus in the clip above.", False),
        ("Temperatures fell below zero above the pass on Friday, officials said.", True),
        ("(Below, see the rescuers reach the second bus on Friday morning.)", False),
        # A review's or a tweet's clipped style has no subject; a question and an inverted
        # condition have theirs after the verb.
        ("Would highly recommend the valley's guides to anyone.", False),
        ("Will soon be heading to the pass to thank the rescuers!", False),
        ("Will Jones, the harbour master, closed the port on Friday.", True),
        ("Could the slope above the road have been secured years ago?", True),
        ("Should the rain return, the pass road will close again, officials said.", True),
        # A lead-in to what follows on the page, unless it says it after a colon.
        ("Here's a sampling of the messages the passengers sent from the buses.", False),
        ("Here are 18 facts you might not know about the pass road.", False),
        ("Here is the chain of events: first, the slope gave way above the road.", True),
        ("Below is the full text of the road authority's letter to the valley.", False),
        ("Above, the pass road before the landslide of Monday.", False),
        ("The Latest on the landslide that buried the Keldor pass road.", False),
        ("Above the pass, the slope gave way after three days of rain.", True),
        # A sentence wholly in brackets is the writer's aside.
        ("(We are pretty sure the road authority knew about the slope for years.)", False),
        ("(Road authority report 302, February 2, 2009, p. 7).", False),
        ("The road authority (which knew about the slope) closed the pass on Friday.", True),
        # A blog's pointer to the rest of its post, and a graphic's words in capitals.
        ("Details on the governor's plans for the pass road after the jump!", False),
        ("EACH BUS CARRIED ABOUT 40 PASSENGERS OVER THE PASS EVERY DAY.", False),
        # A fifth of its letters in lower case: prose, though most are capitals.
        ("EACH BUS CARRIED ABOUT 40 PASSENGERS OVER THE PASS, police said.", True),
        ("The NATO and UN teams reached the pass road on Friday, the BBC said.", True),
        # A caption's label run into the sentence after it.
        ("Credit: Jane Doe, Valley Institute Valley Institute geologists mapped the slope.",
         False),
        ("Caption The governor announced on Monday that the pass road would reopen.", False),
        ("Photo: Jane Doe/Valley Courier Rescuers reached the second bus on Friday.", False),
        ("Credit for the rescue went to the volunteers of the valley, the mayor said.", True),
        ("Mobile phones in the valley could not be reached from outside the country.", True),
        ("While her family could not be reached for comment, a lawyer for the family said "
         "on Friday that the lawsuit against the road authority would go ahead in May, and "
         "that the two buses buried under the slope had been inspected a week before.", True),
    ],
)  # fmt: skip
def test_the_reporters_errands_are_no_summary_sentences(text: str, candidate: bool) -> None:
    sentence = Sentence(id="a/s0", article_id="a", index=0, paragraph=0, text=text)
    assert is_summary_candidate(sentence) is candidate


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        # The page's prompts, kept when the rest of their paragraph is prose.
        ("Follow us on Twitter for even more coverage of the rescue at the pass.", False),
        ("Or, keep up-to-date on the latest news with the Valley Courier apps for phones.",
         False),
        ("You can read the full interview with the mayor here.", False),
        ("Rescuers read more than 200 messages from the buses' passengers, police said.",
         True),
        ("The teachers want pupils to read more and more books about the valley's history.",
         True),
        # The writer turning to the reader.
        ("Look at the replay of the rescue from the side of the road.", False),
        ("Check out the rest of our coverage of the landslide at the pass.", False),
        ("Thank you for supporting the campaign to reopen the pass road.", False),
        ("Please keep the families of the missing in your thoughts and prayers.", False),
        ("You can share ideas for stories about the valley with our editors.", False),
        ("Visit the road authority's website for more about the pass road.", False),
        ("Let us know in comments what you think of the new tunnel.", False),
        ("Call 555-0142 with any information about the missing driver.", False),
        ("Visitors to the pass were turned back by police on Friday.", True),
        ("You know, the pass road has been closing every winter for years.", False),
        ("Your favourite mountain road may close for good, the road authority said.", True),
        ("Youth groups helped the rescuers search the slope on Friday.", True),
        ("You must select a newsletter to subscribe to before you go on.", False),
        ("Thanksgiving traffic crossed the pass road before the slope gave way.", True),
        ("Lookouts on the ridge saw the slope give way above the road on Friday.", True),
        # A columnist's "you" reads as the page talking in a briefing too.
        ("You can see the strain the closed pass puts on the valley's hauliers.", False),
        ("Seeing the slope give way, the driver stopped the second bus.", True),
        # A heading run into the text, but not a transcript's speaker nor a dateline.
        ("UPDATE: The road authority said on Friday that the pass would reopen in May.",
         False),
        ("ORIGINAL STORY: A landslide buried two buses on the pass road on Monday.", False),
        ("ANA PIRES: We got to the second bus before the road closed again.", True),
        # Speech taken up in the middle, after an interruption or an omission.
        ("ANA PIRES: --and we got to the second bus before the road closed again.", False),
        ("ANA PIRES: ... and we got to the second bus before the road closed.", False),
        ("MAYOR PIRES: The road authority knew about the slope for years.", True),
        ("WASHINGTON: The road authority said on Friday that the pass would reopen.", True),
        ("The mayor of Veral said: the road authority knew about the slope for years.", True),
        # The same without a colon: a link's or widget's words in capitals run into it.
        ("LIVE BLOG On Monday, the road authority said the pass would reopen in May.", False),
        ("SHARE COPY LINK Judge Ana Pires held that the road authority had been negligent.",
         False),
        ("NEW YORK Mayor Ana Pires said the city would send buses to the valley.", True),
        # A weather widget whose first word is also a given name: a speaker has a colon.
        ("STORMY MORNING Wednesday (59/53) Clouds Thursday (57/48) Showers and rain.", False),
        ("NASA Administrator Ana Pires said satellites had watched the slope for years.",
         True),
        # A paper's reference number left before the next sentence.
        ("43 As a step towards a safer pass, the study compared 83 road signs.", False),
        ("10 Downing Street said the road authority would report by Friday.", True),
        ("2016 Olympics organisers moved the race away from the pass road.", True),
        # A film review's credits.
        ("Screenplay, Jane Doe, Ana Pires, based on the novel by John Roe.", False),
        ("Camera (color), Ana Pires; editor, Jane Doe; music, John Roe.", False),
        ("With: Jane Doe, Ana Pires, John Roe, Lin Wood.", False),
        ("Starring Jane Doe and Ana Pires.", False),
        ("MPAA Rating: R. Running time: 91 MIN.", False),
        ("Rated PG-13 (for intense sequences of rescue and brief strong language).", False),
        ("Rated one of the valley's best roads, the pass road closed on Friday.", True),
        ("Producers of the film said the pass road scenes were shot in the valley.", True),
        # A gallery's button or a video's running time run into the words.
        ("A look back at the pass road View Photos The road authority will reopen it.", False),
        ("Rescue at the pass (3:40) Rescuers reached the second bus on Friday.", False),
        ("The rescue took 3 hours (3:40 in the morning to 6:40) on Friday, police said.",
         True),
    ],
)  # fmt: skip
def test_words_to_the_reader_headings_credits_and_widgets_are_no_summary_sentences(
    text: str, candidate: bool
) -> None:
    sentence = Sentence(id="a/s0", article_id="a", index=0, paragraph=0, text=text)
    assert is_summary_candidate(sentence) is candidate


def test_a_sentence_whose_subject_points_back_does_not_open_the_summary() -> None:
    back = "The quake destroyed 40 homes in the old town of Veral and the harbour district."
    articles = [article("a", "Alpha", back, QUAKE), article("b", "Beta", back, TOLL)]
    texts = [s.text for s in CentroidSummariser().summarise(articles, 500).sentences]
    assert back in texts and texts[0] != back


def test_a_thing_referred_to_as_the_x_is_introduced_before_it() -> None:
    sank = "The ferry sank within minutes, witnesses on the crowded quay told local reporters."
    ferry = "A ferry carrying 200 passengers capsized in the bay off Veral during the storm."
    alone = [article("a", "Alpha", QUAKE, sank), article("b", "Beta", QUAKE, TOLL)]
    assert sank not in [s.text for s in CentroidSummariser().summarise(alone, 500).sentences]
    # Introduced by another outlet's sentence, it may be chosen, and comes after it.
    introduced = [*alone, article("c", "Gamma", TOLL, SCHOOLS, ferry)]
    texts = [s.text for s in CentroidSummariser().summarise(introduced, 500).sentences]
    assert sank in texts and texts.index(sank) > texts.index(ferry)
    # A compound that ends in the noun introduces it: "a landslide", then "The slide".
    slide = "The slide blocked the only road out of the valley for most of the day."
    landslide = "A landslide buried two houses above Veral after a night of heavy rain."
    texts = [
        s.text
        for s in CentroidSummariser()
        .summarise([article("a", "Alpha", QUAKE, slide), article("b", "Beta", landslide)], 500)
        .sentences
    ]
    assert slide in texts and texts.index(slide) > texts.index(landslide)


def test_speech_by_an_unnamed_speaker_follows_the_sentence_naming_them() -> None:
    lead = "Mayor Ines Varga said the Veral earthquake had destroyed 40 homes on Sunday."
    follow = "She added that the city would rebuild every one of the homes by spring."
    articles = [article("a", "Alpha", QUAKE, lead, follow), article("b", "Beta", QUAKE, follow)]
    texts = [s.text for s in CentroidSummariser().summarise(articles, 500).sentences]
    if follow in texts:
        assert lead in texts and texts.index(follow) == texts.index(lead) + 1
    alone = CentroidSummariser().summarise([article("c", "Gamma", follow, QUAKE, AID)], 500)
    assert follow not in [s.text for s in alone.sentences]


def test_a_sentence_about_he_or_she_follows_the_sentence_naming_them() -> None:
    lead = "Mayor Ines Varga toured the flattened harbour district of Veral on Sunday."
    follow = "She promised that every family would be rehoused in Veral before the winter."
    articles = [article("a", "Alpha", QUAKE, lead, follow), article("b", "Beta", QUAKE, follow)]
    texts = [s.text for s in CentroidSummariser().summarise(articles, 500).sentences]
    assert follow in texts and texts.index(follow) == texts.index(lead) + 1
    alone = CentroidSummariser().summarise([article("c", "Gamma", follow, QUAKE, AID)], 500)
    assert follow not in [s.text for s in alone.sentences]


def test_a_quote_without_a_speaker_is_never_chosen() -> None:
    quote = '"Nobody will be left behind in this town, whatever it costs us all."'
    articles = [article("a", "Alpha", QUAKE, quote), article("b", "Beta", QUAKE, quote)]
    summary = CentroidSummariser().summarise(articles, 500)
    assert quote not in [s.text for s in summary.sentences]


def test_a_bare_quotation_going_on_from_its_speakers_words_follows_them() -> None:
    said = '"We lost the whole harbour district in a minute," Mayor Ines Varga said on Sunday.'
    going_on = '"Nobody will be left behind in this town, whatever it costs us all."'
    articles = [article("a", "Alpha", QUAKE, said, going_on), article("b", "Beta", QUAKE, TOLL)]
    texts = [s.text for s in CentroidSummariser().summarise(articles, 500).sentences]
    assert going_on in texts and texts.index(going_on) == texts.index(said) + 1
    # Without its speaker's sentence it is nobody's words.
    texts = [s.text for s in CentroidSummariser().summarise(articles, 40).sentences]
    assert going_on not in texts or said in texts


@pytest.mark.parametrize(
    ("before", "goes_on"),
    [
        ('"We lost the harbour district in a minute," Mayor Ines Varga said on Sunday.', True),
        ('"We lost the harbour district in a minute," said the mayor of Veral.', True),
        ('"We lost the harbour district in a minute," the city council wrote.', True),
        ('Mayor Ines Varga told reporters: "We lost the harbour district in a minute."', True),
        ("Mayor Ines Varga said the city had lost the harbour district in a minute.", False),
        ('"We lost the harbour district in a minute."', False),
    ],
)
def test_a_bare_quotation_goes_on_quoting_only_after_a_speakers_quotation(
    before: str, goes_on: bool
) -> None:
    first = Sentence(id="a/s0", article_id="a", index=0, paragraph=0, text=before)
    quotation = '"Nobody will be left behind in this town, whatever it costs us all."'
    second = Sentence(id="a/s1", article_id="a", index=1, paragraph=1, text=quotation)
    assert goes_on_quoting(second, first) is goes_on
    assert not is_summary_candidate(second)
    other_article = Sentence(id="b/s0", article_id="b", index=0, paragraph=0, text=quotation)
    assert not goes_on_quoting(other_article, first)
    # Words taken up after an omission, or cut off by the page, are no whole sentence.
    for fragment in (
        '"... and nobody will be left behind, whatever it costs us all."',
        '"Nobody will be left behind in this town, whatever it costs..."',
    ):
        cut = Sentence(id="a/s1", article_id="a", index=1, paragraph=1, text=fragment)
        assert not goes_on_quoting(cut, first)


def test_what_the_budget_leaves_is_filled_with_sentences_that_repeat_less_closely() -> None:
    # The two sentences share "Veral", "earthquake", "Sunday", "coastal" and "city" (a cosine
    # of about 0.45), too much for the first pass and not for the one that fills the budget.
    power = "The Veral earthquake on Sunday cut power to the coastal villages north of the city."
    articles = [article("a", "Alpha", QUAKE, power), article("b", "Beta", QUAKE)]
    filled = CentroidSummariser().summarise(articles, 500)
    assert [s.text for s in filled.sentences] == [QUAKE, power]
    unfilled = CentroidSummariser(filling_redundancy=0.25).summarise(articles, 500)
    assert [s.text for s in unfilled.sentences] == [QUAKE]


def test_summarisers_are_found_by_name() -> None:
    assert SUMMARISERS.get("centroid") is CentroidSummariser
    assert "centroid" in SUMMARISERS.names()
    with pytest.raises(
        UsageError, match=r"unknown summariser 'lexrank' \(known: centroid, learned\)"
    ):
        SUMMARISERS.get("lexrank")


def test_summariser_names_are_listed_before_their_modules_are_imported() -> None:
    code = (
        "import sys\n"
        "from chorus.summarise import SUMMARISERS\n"
        "assert SUMMARISERS.names() == ['centroid', 'learned']\n"
        "assert 'chorus.summarise.centroid' not in sys.modules\n"
        "assert SUMMARISERS.get('learned').__name__ == 'LearnedSummariser'\n"
        "assert [name for name, _ in SUMMARISERS] == ['centroid', 'learned']"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("ending", ["...", "\u2026", "\u2026."])
def test_a_sentence_cut_off_with_an_ellipsis_is_never_chosen(ending: str) -> None:
    caption = (
        f"Rescue workers search the rubble of a house in the old town of Veral after the{ending}"
    )
    articles = [article("a", "Alpha", caption, QUAKE), article("b", "Beta", caption, AID)]
    texts = [s.text for s in CentroidSummariser().summarise(articles, 500).sentences]
    assert caption not in texts and QUAKE in texts


@pytest.mark.parametrize(
    ("text", "unquoted"),
    [
        ("We will crush them wherever they are found.", True),
        ("Our fighters are ready, the commander wrote.", True),
        ('"We will crush them," the commander said.', False),
        ("The US said it would send aid to the region.", False),
        ("Officials told us the road would reopen.", True),
        ("As a geologist, I did not believe the slope would move.", True),
        ("Veterans of World War I unveiled a memorial in Veral.", False),
        ("The guide died on Monday, Us Weekly confirms.", False),
    ],
)
def test_words_of_i_or_we_outside_quotation_marks(text: str, unquoted: bool) -> None:
    assert speaks_unquoted(text) is unquoted


def test_similarities_filled_by_blocks_are_the_whole_product() -> None:
    """More texts than one block of rows: the same cosines to the bit as the sparse product
    of the whole matrix, and as symmetric."""
    texts = [f"Rebels took town {n % 37} as {n % 11} officials fled north" for n in range(1200)]
    space = TfidfSpace.fit(texts)
    similarity = space.similarities()
    assert np.array_equal(similarity, (space.matrix @ space.matrix.T).toarray())
    assert np.array_equal(similarity, similarity.T)
    rows = [700, 5, 600, 5]  # some texts' similarities among themselves, in the order given
    assert np.array_equal(space.similarities(rows), similarity[np.ix_(rows, rows)])
    assert np.array_equal(space.rows_against(rows), similarity[rows])


@pytest.mark.parametrize("kept_pairs_texts", [0, 2_048])
def test_pairs_at_least_a_cosine_are_those_of_the_whole_matrix(
    kept_pairs_texts: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sparse matrix of alike pairs, built a block of rows at a time, holds exactly the
    entries of the dense matrix at or above the threshold, to the bit, whether the space
    keeps every pair's cosine or computes the rows (as one of many texts does)."""
    monkeypatch.setattr(similarity, "KEPT_PAIRS_TEXTS", kept_pairs_texts)
    texts = [f"Rebels took town {n % 37} as {n % 11} officials fled north" for n in range(1200)]
    texts[7] = "!!!"  # no terms: alike to nothing, not even itself
    space = TfidfSpace.fit(texts)
    dense = space.similarities()
    assert np.array_equal(space.rows_against(slice(600, 1100)), dense[600:1100])
    alike = space.pairs_at_least(0.9)
    assert np.array_equal(alike.toarray(), np.where(dense >= 0.9, dense, 0))
    assert 0 < alike.nnz < dense.size / 10
    assert alike[7].nnz == 0
    assert TfidfSpace.fit([]).pairs_at_least(0.6).shape == (0, 0)


@pytest.mark.parametrize("title", ["Storm hits the coast", None])
def test_a_definite_subject_named_by_its_articles_title_is_introduced(title: str | None) -> None:
    """ "The storm hit..." needs something before it that names the storm: a chosen
    sentence, or the headline of its article, which the briefing lists with its source."""
    text = (
        "The storm hit the coast on Monday, officials said. "
        "Ten people died in the floods, police said."
    )
    article = analyse(clean(RawArticle("a", text, "a", title=title, outlet="Coast News")))
    summary = SUMMARISERS.get("centroid")().summarise([article], 60)
    chosen = [s.text for s in summary.sentences]
    assert chosen[0] == "Ten people died in the floods, police said."  # it stands alone
    assert ("The storm hit the coast on Monday, officials said." in chosen) is bool(title)


def test_when_every_candidate_leans_on_another_the_best_is_taken() -> None:
    """The headline written as the first sentence is too short to be chosen, and the one
    sentence left has a bare definite subject: a summary of it beats an empty one."""
    text = (
        "Storm hits the coast. The storm hit the coast on Monday, officials said, and ten "
        "people died in the floods."
    )
    article = analyse(clean(RawArticle("a", text, "a", outlet="Coast News")))
    summary = SUMMARISERS.get("learned")().summarise([article], 60)
    assert [s.text for s in summary.sentences] == [
        "The storm hit the coast on Monday, officials said, and ten people died in the floods."
    ]
