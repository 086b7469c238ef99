"""Direct quotations and who said them.

The speaker is the name or role next to a verb of saying outside the quotation marks ("...,
said Abu Mohammed al-Jolani", "the spokesman threatened to 'crush' ..."). A role is resolved
to the nearest earlier name in the article that carried that role ("ISIS spokesman Abu
Mohammed al-Adnani"); "he", "she" or "the Kentucky Republican" to whoever the sentence
before quoted, else the person whose family name alone opens it ("Kellenberger expressed
fears ...") or whom it names, else the last person who spoke, never a place, a name whose
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
filed a lawsuit", "a letter from X"), else nobody, when no one named says the words; "it
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
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..clean import POST_SIGNATURE
from ..places import is_known_place, spelled_out
from ..records import Quote, Sentence
from .names import (
    NAME_WORD,
    PERSON_BEFORE,
    TITLE,
    comparable_form,
    describes_a_person,
    describes_someone,
    from_given_name,
    given_name_pronoun,
    has_a_given_name,
    is_party_and_state,
    kind_by_its_words,
    lower_case_words,
    may_be_person,
    names_a_role,
    names_in,
    pronoun_of,
    reads_as_a_work_title,
    same_name,
)

# A single-quoted quotation may hold apostrophes inside its words ('children's products').
# A quotation opened and never closed runs to the sentence's end: news style for one that
# goes on in the next paragraph ('"And I think ...', 'Ruiz said: "And I think ...').
_QUOTE = re.compile(
    r"\"(?P<double>[^\"]{2,}?)\"|(?:^|(?<=[\s:(]))\"(?P<open>[^\"]{2,})$|"
    r"(?<![\w])'(?P<single>(?:[^']|(?<=\w)'(?=\w)){2,}?)'(?![\w])"
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|added|adds|warned|warns|urged|urging|urges|pledged|pledging|"
    r"threatened|threatening|threatens|told|declared|described|describing|called|calling|"
    r"wrote|writes|stated|insisted|claimed|vowed|vowing|announced|asked|explained|detailed|noted|"
    r"confirmed|confirms|recalled|argued|continued|replied|asserted|affirmed|stressed|"
    r"emphasi[sz]ed|acknowledged|admitted|commented|remarked|tweeted|cautioned|"
    r"tells|explains|recalls|asks|replies|joked|jokes|quipped|quips|predicted|predicts|"
    r"conceded|concedes|complained|complains|countered|counters|responded|"
    r"shouted|yelled|screamed|cried|exclaimed|branded|scolded|chided|lamented|boasted|proclaimed|"
    r"mused|marveled|marvelled|pleaded|demanded|wondered|observed|suggested|hinted|"
    r"[Aa]ccording to|in a statement|(?:issued|released|put out) a statement|"
    r"(?:was|were|is|are) (?:quoted|recorded|cited|heard) (?:as )?saying)\b"
)
_QUOTED_AS_SAYING = re.compile(
    r"\b(?:quote[sd]|record(?:s|ed)|cite[sd])\s+(?P<whom>[^,;]{1,100}?)\s+as saying\b"
)
"""'The agency quoted Ban as saying "..."': the one quoted speaks, not the one quoting."""
_ACCORDING_TO = re.compile(r"[Aa]ccording to")
_SAYING_THEN_SPEAKER = re.compile(
    r"\b(?:said|says|added|wrote|stated|asked|explained|noted|continued|replied|commented|"
    r"complained|predicted|responded|countered|conceded|insisted|recalled|remarked|quipped|"
    r"joked|tweeted|[Aa]ccording to)$"
)
"""Verbs after which a name is the speaker ("..., said X"); after "described" or "urged"
the name is the one spoken of."""
_ROLE_WORDS = (
    r"spokes(?:man|woman|person)|leader|chief|commander|official|minister|president|"
    r"activist|ambassador|diplomat|envoy|head|director|governor|mayor|general|emir|judge|"
    r"senator|lawyer|attorney|prosecutor|sheriff|coach|chairman|chairwoman|secretary|"
    r"professor|detective|sergeant|captain|lieutenant|colonel|inspector|chancellor|"
    r"researcher|scientist|analyst|economist"
)
_ROLE = re.compile(
    rf"\b(?:(?P<owner>the|its|his|her|their|a|an|one)\s+)?(?:[\w-]+\s+)?(?P<role>{_ROLE_WORDS})\b",
    re.IGNORECASE,
)
_ONE_OF_ITS = re.compile(
    rf"\s*(?:a|an)\s+(?:(?:senior|top|former)\s+)?(?P<name>(?:[A-Z][\w.'’-]*\s+)+)(?:{_ROLE_WORDS})\b"
)
"""After a verb of saying, one of an organisation's people: "said a State Department
official", who speaks for the department."""
_HEADING_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_PER = re.compile(r"^\s*Per\s+")
_ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO"})
_ONE_FOR = re.compile(
    rf"\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:{_ROLE_WORDS})\s+(?:for|of|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)
"""After a verb of saying, "a spokesman for SynCardia": whom the unnamed one speaks for."""
_SELF_NAMED = re.compile(
    r"\s*(?:a|an|another|one)\s+(?:[\w-]+\s+){1,3}?(?:who\s+)?(?:"
    r"identified\s+(?:himself|herself|themselves)|gave\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first\s+|last\s+)?name|(?:asked|wished|wanted)\s+to\s+be\s+identified|identified)"
    r"\s+(?:only\s+)?(?:as|by)\s+(?:(?:his|her|their)\s+(?:first|last)\s+name,?\s+)?"
)
"""After a verb of saying, someone the article names only as they named themselves: "said a
man who identified himself as Angelo L.", "said a resident who asked to be identified only
as Sami"."""
_INSTITUTION = re.compile(
    r"\b(?:the|its)\s+(?P<noun>company|firm|agency|network|studio|airline|retailer|carrier|"
    r"ministry|department|committee|organi[sz]ation|group|union|university|hospital|museum|"
    r"zoo|charity|foundation|bank|newspaper|magazine|broadcaster)\b",
    re.IGNORECASE,
)
"""A subject that stands for an organisation named before ("the company said"): the
organisation."""
_INSTITUTION_NAME_WORDS = {
    "company": ("company", "corporation", "corp", "inc", "co", "ltd", "llc", "plc"),
    "firm": ("company", "corporation", "corp", "inc", "ltd", "llc", "plc", "partners"),
    "agency": ("agency", "administration", "service", "bureau"),
    "group": ("group", "front", "brigade", "brigades", "movement", "coalition", "network"),
    "airline": ("airline", "airlines", "airways", "air"),
    "hospital": ("hospital", "medical", "clinic"),
    "university": ("university", "college", "institute"),
}
"""Besides the noun itself, words in an organisation's name that say it is one ("the
company" for "Keurig Green Mountain Inc.")."""
_DOCUMENT_NOUNS = (
    r"statement|lawsuit|suit|complaint|filing|petition|indictment|affidavit|letter|memo|"
    r"email|e-mail|report|study|ruling|release|message|note"
)
_DOCUMENT_KINDS = {"suit": "lawsuit", "complaint": "lawsuit", "e-mail": "email"}
"""Nouns that name one document: "Clifford filed a lawsuit" issued "the complaint"."""
_DOCUMENT_SUBJECT = re.compile(
    r"(?:(?P<determiner>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)\s+|"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Today\b|Yesterday\b)"
    r"(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?)['’]s?\s+)"
    rf"(?:(?:[a-z][\w-]*|\d{{4}})\s+)?(?P<noun>{_DOCUMENT_NOUNS})\b"
)
"""A document as the subject of a verb of saying: "the lawsuit", "Clifford's lawsuit", "his
letter", "the original complaint"; its words are whoever issued it."""
_DOCUMENT_SAYS = re.compile(
    rf"\b(?P<document>{_DOCUMENT_SUBJECT.pattern})(?:,[^,]{{1,60}},)?\s+"
    r"(?:also\s+|further\s+)?(?:said|says|states|stated|reads|read|alleges|alleged|alleging|"
    r"charges|charged|claims|claimed|notes|noted|adds|added|continues|continued|argues|"
    r"argued|concludes|concluded|contends|contended|asserts|asserted|goes on to say|"
    r"went on to say)\b"
    r"|\b(?:said|says|states|stated|reads|read)\s+"
    rf"(?P<inverted>(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?(?:{_DOCUMENT_NOUNS}))\b"
)
"""A document that says ("the lawsuit alleges that ...", "the email, obtained by NBC News,
said", "reads the letter")."""
_ISSUED = re.compile(
    r"\b(?:[Ii]n (?:a|an) (?:[\w-]+ )?(?P<statement>statement)|"
    r"(?:^\s*In|(?:said|says|wrote|writes|stated|added|alleged|alleges|claimed|claims)\s+in|"
    r"issued|released|put out|sent|provided|emailed|filed|wrote|published)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?|(?:issued|released|put out|filed|wrote|published)\s+"
    rf"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?)(?P<noun>{_DOCUMENT_NOUNS})\b"
)
"""Where a sentence says who issued a document ("X filed a lawsuit", "In a statement, UNFPA
said", "X wrote in a letter"; not "described in a new study"), for a later "the lawsuit
said"."""
_ISSUED_BY = re.compile(
    rf"\b(?P<noun>{_DOCUMENT_NOUNS})\s+(?:(?:filed|written|sent|released|issued|published)\s+)?"
    r"(?:by|from)\s+(?=[A-Z])"
)
"""A document and its issuer after it: "a lawsuit filed by Stephanie Clifford", "a letter
from Biden"."""
_OTHER_PRONOUN = {"he": "she", "she": "he"}
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
_OBJECT_PRONOUN = {"him": "he", "her": "she"}
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S*")
_POST_CHARACTERS = 280
"""The most characters a post holds (Twitter's limit since 2017, links aside)."""
_POST_WORDS = 3
"""The fewest words, besides handles and tags, that make a post worth quoting."""
_HANDLE_OR_TAG = re.compile(r"[@#]\w+")
_IT = re.compile(r"\b[Ii]t\b")
_IT_SAYS = re.compile(r"said|says|added|adds|stated|wrote|writes|warned|announced|noted")
"""Verbs after which "it" is an organisation speaking; "it's called" and "it might be
described as" speak of a thing."""
_IT_AS_AN_ASIDE = re.compile(r",\s*[Ii]t\s+$")
_ASIDE_ENDS = re.compile(r"\s*,")
_PREPOSITIONS = frozenset("about at by for from in of on to with".split())  # noqa: SIM905
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_OPENING_PRONOUN = re.compile(
    r"(?:(?:earlier|later|then|also|now|still|instead|finally)\s+)?(?P<pronoun>he|she)\b",
    re.IGNORECASE,
)
"""A clause's subject "he" or "she", after an adverb that may open the clause ("Earlier he
visited Volgograd")."""
_NEAR = 60
"""How far, in characters, a speaker may be from its verb of saying."""
_WITHIN_REACH = re.compile(rf".{{0,{_NEAR}}}[\w'’.-]*(?: [A-Z][\w'’.-]*)*", re.DOTALL)
"""The words after a verb of saying within ``_NEAR``, the last of them whole, and the rest
of a name it cuts ("said ..., First Selectman Patricia Llodra")."""
_APPOSITIVE_REACH = 200
"""How far, in characters, an appositive before a verb of saying may reach ("Femke Holwerda, a
paleontologist at the Bavarian State Collection of Paleontology and Geology, told...")."""
_APPOSITIVE = re.compile(
    r",(?P<inside>[^,]*),(?P<tail>(?:\s+(?:has|have|had|also|then|later|again))*)\s*$"
)
"""An appositive between commas at the end of the words before a verb of saying, with the
auxiliary or adverb that may follow it ("X, chairman of Y, has asked")."""
_TAG_SENTENCE = re.compile(
    r"(?P<who>[Hh]e|[Ss]he|(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s+"
    r"(?:says|said|asks|asked|adds|added|replies|replied|explains|explained|recalls|"
    r"recalled|continues|continued|writes|wrote)\s*\.?"
)
"""A sentence that is only a speech tag ("Ida asks."), after one that is only a quotation."""
_ROLE_AFTER_EMPLOYER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}(?:analyst|professor|spokes(?:man|woman|person)|"
    r"correspondent|reporter|editor|economist|strategist|lawyer|attorney|researcher|"
    r"scientist|expert|official|director|president|chairman|chairwoman|founder|"
    r"co-founder|executive|CEO|manager|owner),?\s+"
)
"""Between an organisation or a person and another person after a verb of saying: the
other's role there ("said Harvard law professor Jack Goldsmith", "said Hayes's attorney,
John Fuller")."""
_OTHER_SUBJECT = re.compile(
    r",\s+(?:(?:the|a|an|its|their|his|her|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|"
    r"(?!this\b|its\b|his\b|hers\b)[a-z]{3,}s)\s*$"
)
"""Before a verb of saying, a comma and a noun phrase of lower-case words: the noun phrase
is the subject ("..., the researchers said", "..., historians claimed"), not a name before
it."""
_ROLE_REACH = 4
"""Words before a name in which a role names it ("the group's spokesman, Abu Omar")."""
_THE = re.compile(r"\b[Tt]he\s+$")
_UNNAMED = re.compile(r"\s*(?:someone|somebody|a person|people|sources?|a source)\b")
_COMMON_NOUN_SUBJECT = re.compile(
    r"(?i:the|a|an|this|that|its|his|her|their|other|another|some|many|several|each|every)"
    r"\s+(?:[a-z][\w'-]*\s+)+"
    r"(?:of|for|to|with|at|in|on|from|about)\b"
)
"""A subject of lower-case words, then a preposition: a name after it is not the subject
("The network responded to Wood ...", "The lawyer for the family of X ...")."""
_MODIFIES_A_NOUN = re.compile(r"\s+[a-z][\w-]*\s+(?:who|that)\s*$")
"""After a name, a noun and "who": the name describes the noun ("an Atlanta attorney who
said")."""
_INSTITUTIONS = (
    r"government|parliament|television|military|army|navy|ministry|regime|cabinet|embassy|"
    r"administration"
)
_GROUP_NOUN = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:officials|researchers|analysts|experts|workers|authorities|"
    r"investigators|scientists|doctors|lawyers|prosecutors|police|officers|ministers|"
    rf"sources|management|media|{_INSTITUTIONS})"
    r"(?:\s+(?:have|has|had|were|was|are|is|would|will|also|later|earlier))*\s*$"
)
"""After a name and before a verb of saying, the noun the name describes, which is the
subject ("Michigan health officials said"): nobody named speaks, unless the noun is an
institution of the place (``_PLACE_INSTITUTION``)."""
_PLACE_INSTITUTION = re.compile(
    rf"\s*(?P<noun>(?:state\s+|foreign\s+|defen[cs]e\s+|interior\s+)?(?:{_INSTITUTIONS}))\s*$"
)
"""After a place or a people, an institution that speaks for it: "Syrian state television
said" and "The Kiev parliament said" name the institution, an organisation."""
_DOCUMENT = re.compile(
    r"\s+(?:statement|report|story|post|release|letter|lawsuit|complaint|page|website)\b"
)
"""A document after a name: the name issued it ("The Vulcan statement added")."""
_DETERMINER = re.compile(r"(?:The|A|An)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:\w+ly|also|has|had|was|is|will|would|who|which|that)\b)[a-z]")
"""After a name that follows a determiner, a lower-case word other than an adverb or an
auxiliary: a noun the name describes ("The U.S. researchers", "A Rancho Palos Verdes
man"), where in "The IRS recently released" the name is the subject."""
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|On|At|After|During|Later|Earlier|Then|Meanwhile|Asked|Still)\b[^,]{0,60}|"
    r"[A-Z][a-z]+ing\b[^,]{0,80}|[A-Z][a-z]+ed\s+[a-z][^,]{0,60})"
)
"""A phrase of time or place that opens a sentence before its subject ("In an interview",
"On Thursday", "During an interview with the AP on Nov. 6"), or a participle's ("Tallying up
the promises lawmakers have made", "Contacted via email")."""
_BREAK = re.compile(r";|(?:[a-z]{3,}['\"’”)]?|\s)[.!?]\W*\s+[A-Z]")
"""A clause or sentence that ends before a colon (after a word, or after a quotation, which
is blanked out): the subject before it is not the colon's ("... than I do'. Response
options ...:")."""
_WHO = re.compile(r",\s+who\b")
_BODY_OF = re.compile(
    r"\s+(?:board|council|panel|team|office|staff|committee|department|ministry|agency|"
    r"campaign|spokes(?:man|woman|person))\b"
)
"""After "said the" and a name, a body or a role that speaks for the name's organisation."""
_DASH_ATTRIBUTION = re.compile(
    r"\s*[—–-]{1,2}\s*(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*(?:,|$)"
)
"""A line that names, after a dash, whose words the quotation above it are: "— Claire Danes,
asked how she'll tell her unborn child"."""
_REPORTED_TAIL = re.compile(
    r",\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:said|says|added|adds)\.?\s*$"
)
"""A sentence that ends by naming whose words it reports: "..., Niebur said."."""
_WHO_SAID = re.compile(r"\s+(?:who|that)\s*$")
_OPEN_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,]*$")
_TOLD = re.compile(r"\btold\s+$")
_THEN_SAYING = re.compile(r"\s+saying\b")
_FORMER = re.compile(r"^(?:former|then-)\s*", re.IGNORECASE)
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:of|for|to|with|from|about)\s+(?:the\s+)?$")
_OWNER = re.compile(r"['\u2019]s?$")
_UNNAMED_OPENING = re.compile(
    r"\s*(?:Another|One|Someone|Somebody|(?:A|An|One)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:man|woman|resident|neighbou?r|witness|user|poster|reader|commenter|listener|viewer|"
    r"fan|friend|student|parent|passenger|worker|protester|voter))\s+(?!of\b)[a-z]"
)
"""A sentence whose subject is someone unnamed ("Another hoped", "One user responded", "A
woman who lives nearby said"): its "he" or "she" is that one."""
_REFLEXIVE = re.compile(r"\s*(?:himself|herself|itself|themselves)\b")
_DEFINITE_OWNERS = frozenset({"the", "its", "his", "her", "their"})
"""Before a role, words that make it someone the article has named ("said the spokesman",
"his lawyer said"), where "a spokesman" is someone unnamed."""
_PASSIVE = re.compile(r"\b(?:be|being|been|is|are|was|were|get|got|gets|getting)\s+$")
_COORDINATED = re.compile(r"\s(?:and|then)\s*$")
"""Before a second verb of the sentence's subject: "She visited Homs and Hama and asked"."""


def quotes_in(sentences: Sequence[Sentence]) -> list[Quote]:
    """The quotations of an article's sentences (in order), each with its speaker."""
    masked = [_QUOTE.sub(lambda m: " " * len(m.group(0)), s.text) for s in sentences]
    # Every name of the article with the words before it, to resolve roles by.
    named = [
        (index, name, outside[max(0, start - 40) : start])
        for index, outside in enumerate(masked)
        for start, _, name in names_in(outside)
    ]
    # The full names that "he" or "she" may point back to, judged once an article: not
    # one the article ever writes after "the" ("the La La Land team", "the Hells Angels").
    things = {name for _, name, before in named if _THE.search(before)}
    # Nor one the article only ever writes as the listener ("told Al Jazeera", "told AFP").
    things |= {name for _, name, before in named if _TOLD.search(before)} - {
        name for _, name, before in named if not _TOLD.search(before)
    }
    people = [
        (i, n) for i, n, _ in named if len(n.split()) > 1 and may_be_person(n) and n not in things
    ]
    surnames = {n.split()[-1] for _, n in people}
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
        quotes = [(m, text) for m in _QUOTE.finditer(sentence.text) if (text := _quoted(m))]
        if not quotes:
            previous_speaker = _handed_on(outside, named, index)
            tagged_before = previous_speaker is not None
            issuers |= _issuers(outside, named, index, last_person, organisations)
            continue
        written = _speaker(outside, [m.start() for m, _ in quotes])
        if written and _ordinary_opening_word(written, sentence.text, inside, lower):
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
            tag = _TAG_SENTENCE.fullmatch(masked[index + 1].strip()) or _DASH_ATTRIBUTION.match(
                sentences[index + 1].text
            )
            written = tag.group("who") if tag else None
        tagged_before = written is not None and not _PRONOUN.fullmatch(written.strip())
        if written:
            # "he" is whoever the sentence before quoted, else the person it names, else the
            # last person who spoke, else the last person named; never an organisation.
            before = [n for i, n in people if i < index]
            just_before = [n for i, n in people if i == index - 1]
            quoted_before = previous_speaker if previous_speaker == last_person else None
            candidates = [
                _opening_person(outside),
                quoted_before,
                _previous_subject(masked[index - 1] if index else "", people, index),
                *reversed(just_before),
                last_person,
                *reversed(before),
            ]
            # "Another hoped ...: '...,' he wrote": someone the article does not name.
            unnamed = _UNNAMED_OPENING.match(outside)
            person = None if unnamed else next((c for c in candidates if c), None)
            pronoun = written.strip().lower()
            other = _OTHER_PRONOUN.get(pronoun)
            if person and other and _pronoun(person, surnames) == other:
                # "she" after "Tom Lind": the nearest person whose name fits, or nobody.
                person = next(
                    (c for c in candidates if c and _pronoun(c, surnames) == pronoun), None
                )
            # "the agency" right after the agency spoke is that agency.
            organisation = previous_speaker if previous_speaker == last_organisation else None
            speaker = _resolve(written, named, index, person, issuers, organisation)
        elif not outside.strip(" .,;:") and previous_speaker:
            # A sentence that is nothing but a quotation goes on with the one before.
            speaker, written = previous_speaker, None
        else:
            speaker = None
        institution = _INSTITUTION.fullmatch(written.strip()) if written else None
        if speaker and institution:
            organisations.add(speaker)
        if speaker and _PLACE_INSTITUTION.search(speaker):
            organisations.add(speaker)  # "Syrian state television"
        if speaker and may_be_person(speaker) and speaker not in organisations:
            last_person = speaker
        elif speaker:
            last_organisation = speaker
        issuers |= _issuers(outside, named, index, last_person, organisations)
        previous_speaker = speaker
        for _, text in quotes:
            if reads_as_a_work_title(text):
                # A work's or a show's title ("Fox News Sunday") is named, not said; the
                # sentence's speaker still speaks next ('Gingrich said on "Meet the Press."').
                found.append(Quote(sentence.id, sentence.article_id, text, None, None))
            else:
                by_organisation = speaker in organisations
                found.append(
                    Quote(sentence.id, sentence.article_id, text, speaker, written, by_organisation)
                )
    persons = [name for _, name, _ in named if " " in name and may_be_person(name)]
    return _with_full_names(found, persons, sentences, lower)


def _with_full_names(
    found: list[Quote], names: Sequence[str], sentences: Sequence[Sentence], lower: set[str]
) -> list[Quote]:
    """The quotations with a speaker named by the family name alone ("Lavrov said", "Mr
    Lavrov said") given the full name the article writes for that person elsewhere
    ("Foreign Minister Sergey Lavrov"), when it writes only one (not "Brandt" in an
    article that names Ivo and Ana Brandt) and "he" or "she" for the speaker does not say
    otherwise ("Eichmann argued that he ..." is not Vera Eichmann). A full name here is a
    person's given and family names, without a title or role before them
    (``_bare_person_name``); ``lower`` holds the words the article writes in lower case."""
    written_times = Counter(name for n in names if (name := _bare_person_name(n, lower)))
    full_names = sorted(written_times)
    # "he" or "she" said of each speaker: as the speaker ('"...," he added') or after the
    # name in its sentence ("Obama told Khloe he thought ...").
    outside = {s.id: _QUOTE.sub(" ", s.text) for s in sentences}
    pronouns: dict[str, set[str]] = {}
    for quote in found:
        written = (quote.speaker_as_written or "").strip()
        if not quote.speaker or not written:
            continue
        if written.lower() in _OTHER_PRONOUN:
            pronouns.setdefault(quote.speaker, set()).add(written.lower())
            continue
        text = outside[quote.sentence_id]
        at = text.find(written)
        after = _HE_OR_SHE.search(text, at + len(written)) if at >= 0 else None
        if after:
            pronouns.setdefault(quote.speaker, set()).add(after.group(0))
    resolved: dict[str, str | None] = {}
    for quote in found:
        short = quote.speaker
        if short is None or quote.by_organisation or short in resolved:
            continue
        family = comparable_form(short)
        fitting = [name for name in full_names if " " not in family and same_name(family, name)]
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


def speaker_names(quote: Quote) -> set[str]:
    """The speaker's name, and the form of it the quotation's sentence writes when that is
    another ("Lavrov" of '"...," Lavrov said' for Sergey Lavrov); none without a speaker."""
    written = quote.speaker_as_written
    if quote.speaker is None:
        return set()
    if written and written != quote.speaker and same_name(written, quote.speaker):
        return {quote.speaker, written}
    return {quote.speaker}


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


def embedded_posts(sentences: Sequence[Sentence]) -> tuple[set[str], list[Quote]]:
    """The social-media posts a page embeds: the sentences of a paragraph that end with a
    post's signature ("... pic.twitter.com/x — Jane Doe (@janedoe) March 2, 2015"), as
    many as fit in a post (``_POST_CHARACTERS``, so that a report's own sentences that the
    scrape glued before it stay the report's) and none with quotation marks (a reporter's
    post that quotes someone is read as the report's quotations are). Returns the ids of
    those sentences and each post of a few words as a quotation of its author, without its
    links, kept at its last sentence."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    taken: set[str] = set()
    posts = []
    for members in paragraphs.values():
        signature = POST_SIGNATURE.search(members[-1].text)
        if signature is None:
            continue
        parts = [_LINK.sub(" ", members[-1].text[: signature.start()])]
        for sentence in reversed(members[:-1]):
            longer = [_LINK.sub(" ", sentence.text), *parts]
            if _QUOTE.search(sentence.text) or len(" ".join(longer)) > _POST_CHARACTERS:
                break
            parts = longer
        words = " ".join(" ".join(parts).split())
        kept = members[len(members) - len(parts) :]
        taken |= {s.id for s in kept}
        # "-Mayor X, on the arrest" credits a quotation before the post: no words of its own.
        credit = words.startswith(("-", "—", "–"))
        words = words.strip(" —–|")
        if len(_HANDLE_OR_TAG.sub("", words).split()) >= _POST_WORDS and not credit:
            author = signature.group("name").strip()
            written = f"{author} (@{signature.group('handle')})"
            posts.append(Quote(kept[-1].id, kept[-1].article_id, words, author, written))
    return taken, posts


def _quoted(match: re.Match[str]) -> str:
    """The words inside a quotation's marks."""
    return (match.group("double") or match.group("open") or match.group("single") or "").strip(
        " ,."
    )


def _pronoun(name: str, surnames: set[str]) -> str | None:
    """``pronoun_of`` a name; a name of one word ("Ida asks.") by its given name, unless the
    article writes it as someone's surname ("Ross" of "Brian Ross")."""
    if " " in name:
        return pronoun_of(name)
    return None if name in surnames else given_name_pronoun(name)


def _speaker(outside: str, starts: Sequence[int]) -> str | None:
    """The name or role attached to a verb of saying, as written, for the quotations that
    start at ``starts``; else a document that says them ("the lawsuit alleges that ...")."""
    document = _DOCUMENT_SAYS.search(outside)
    return _speaking_one(outside, starts) or (
        (document.group("document") or document.group("inverted")) if document else None
    )


def _speaking_one(outside: str, starts: Sequence[int]) -> str | None:
    """The name or role attached to a verb of saying, as written."""
    quote_start = starts[0]
    quoted_as_saying = _QUOTED_AS_SAYING.search(outside)
    if quoted_as_saying:
        return _quoted_one(quoted_as_saying.group("whom"))
    colon = next((start for start in starts if outside[:start].rstrip().endswith(":")), None)
    if colon is not None and not _SPEECH.search(outside) and not _BREAK.search(outside[:colon]):
        # "X put out a statement: '...'": the subject of the sentence, after an opening
        # phrase ("In an interview, Bannon praised their approach: '...'").
        # A heading before a spaced dash is no subject ("STOCKS FALL - Reuters/Tokyo:"), and
        # "Per" is "according to" ("Per CNNMoney:").
        clause = _PER.sub("", _HEADING_DASH.split(outside[:colon])[-1])
        subject = _opening_subject(clause)
        if subject:
            return subject
    for verb in _SPEECH.finditer(outside):
        after = _WITHIN_REACH.match(outside, verb.end()).group(0)
        if verb.group(0) == "continued" and any(
            s >= verb.end() and not outside[verb.end() : s].strip() for s in starts
        ):
            continue  # 'a relationship that continued "well into 2007"': no saying
        if verb.group(0) in ("called", "calling") and (
            _REFLEXIVE.match(after)
            or (verb.group(0) == "called" and _PASSIVE.search(outside[: verb.start()]))
        ):
            # 'a student who called himself "Ghoul"', 'being called "chubby" by ...': a name,
            # not words the subject said.
            continue
        # "said Carmat's CEO, Marcello Conviti": the CEO is a role, not a name.
        names_after = [n for n in names_in(after) if n[2] not in _ROLE_ACRONYMS]
        # "said CNN senior political analyst David Gergen": the person, not the employer.
        # "said U.S. Sen. Cory Gardner": the person, not the country before the title.
        gap = after[names_after[0][1] : names_after[1][0]] if len(names_after) > 1 else ""
        employed = gap and (
            _ROLE_AFTER_EMPLOYER.fullmatch(gap) or TITLE.fullmatch(f"{gap.strip()} ")
        )
        saying = _SAYING_THEN_SPEAKER.search(verb.group(0))
        if saying and verb.start() > quote_start and _UNNAMED.match(after):
            return None  # '"...," said someone close to Mr. Schumer': not Schumer
        one_of_its = _ONE_OF_ITS.match(after) if saying else None
        if one_of_its and kind_by_its_words(one_of_its.group("name").strip()) == "organisation":
            return one_of_its.group("name").strip()
        one_for = _ONE_FOR.match(after) if saying else None
        if one_for:
            return one_for.group("name")
        self_named = _SELF_NAMED.match(after) if saying else None
        if self_named and names_after and names_after[0][0] == self_named.end():
            return names_after[0][2]
        # '"...," said the spokesman.': the role, which the sentences before may name.
        role_after = _ROLE.match(after.lstrip()) if saying and verb.start() > quote_start else None
        owner = (role_after.group("owner") or "").lower() if role_after else ""
        if owner in _DEFINITE_OWNERS and not names_after:
            return role_after.group(0)
        # '"...," said X', '"...," said spokesman X' or '"...," said Rep. X': the name after
        # the verb speaks.
        between = after[: names_after[0][0]].strip(" ,") if names_after else ""
        between = _FORMER.sub("", between)  # "said former Senator X" as "said Senator X"
        inverted = (
            saying
            and names_after
            and (not between or _ROLE.fullmatch(between) or TITLE.fullmatch(f"{between} "))
        )
        # "X, the leader of Y, said": skip the appositive between commas, however long.
        before = outside[max(0, verb.start() - _APPOSITIVE_REACH) : verb.start()]
        before = _without_appositive(before)[-_NEAR:]
        candidates = _speaking_names(before)
        roles = [(m.end(), m.group(0)) for m in _ROLE.finditer(before)]
        roles += [(m.end(), m.group(0)) for m in _INSTITUTION.finditer(before)]
        pronouns = [(m.end(), m.group(0)) for m in _PRONOUN.finditer(before)]
        aside = _IT_AS_AN_ASIDE.search(before) and _ASIDE_ENDS.match(outside, verb.end())
        if _IT_SAYS.fullmatch(verb.group(0)) and not aside:
            # "it" right before the verb is its subject ("..., it said", "which it says"); not
            # in an aside ("Lavrov, it said, complained ..."), whose words are Lavrov's.
            subject = [m for m in _IT.finditer(before) if m.end() >= len(before) - 2]
            pronouns += [(m.end(), "it") for m in subject]
        nearest = max([*candidates, *roles, *pronouns], default=None)
        close = nearest if nearest and len(before[nearest[0] :].split()) <= 4 else None
        if close and close[1] == "it":
            # "South Korea has released what it says is ...": the organisation or place the
            # clause named before "it", else whichever organisation spoke just before.
            clause = outside[: verb.start()].rstrip()[:-2]
            named_before = [name for _, _, name in names_in(clause) if not may_be_person(name)]
            return named_before[-1] if named_before else "it"
        unnamed = _OTHER_SUBJECT.search(before)
        if (
            unnamed
            and not _ROLE.search(unnamed.group(0))
            and not _INSTITUTION.search(unnamed.group(0))
        ):
            continue  # "...in what is now Wyoming, the researchers said": nobody named
        if close and _describes_the_subject(close[1], before[close[0] :], _GROUP_NOUN):
            institution = _PLACE_INSTITUTION.fullmatch(before[close[0] :])
            if institution:
                return f"{close[1]} {institution.group('noun')}"  # "Syrian state television"
            continue  # "Michigan health officials said": nobody named
        if close and _MODIFIES_A_NOUN.match(before[close[0] :]):
            close = None  # "X, an Atlanta attorney who said": the subject, not Atlanta
        if close and _ROLE.fullmatch(close[1]) and _role_describes_the_subject(close, before):
            close = None
        if _COORDINATED.search(before):
            close = None  # "She visited Homs and asked": the verb is the subject's
        if _ACCORDING_TO.fullmatch(verb.group(0)):
            # "..., according to X": X speaks, or the name whose document it is ("according
            # to the GoFundMe page"), or a role ("according to the spokesman"); never a name
            # or a "he" before it ("where he died, according to ...").
            document = names_after and _DOCUMENT.match(after, names_after[0][1])
            role = _ROLE.match(after.lstrip())
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
            and _BODY_OF.match(after, names_after[0][1])
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
    return next(
        (name for _, end, name in names_in(outside) if _THEN_SAYING.match(outside, end)), None
    )


def _quoted_one(whom: str) -> str | None:
    """Whom "quoted ... as saying" names: "him" or "her", or a name after at most a few
    lower-case words of a role, less the "of ..." that may follow a person's name ("gunner
    Russ Dustan of the American aircraft carrier" is Russ Dustan); nobody for "a government
    official in Seoul" or "the letter"."""
    pronoun = _OBJECT_PRONOUN.get(whom.lower())
    if pronoun:
        return pronoun
    if _DOCUMENT_SUBJECT.fullmatch(whom):
        return whom  # "quoted the letter as saying": whoever issued it
    names = names_in(whom)
    if not names:
        return None
    start, _, name = names[0]
    lead = whom[:start].split()
    if len(lead) > 3 or any(not w.islower() or w in _PREPOSITIONS for w in lead):
        return None
    person, _, employer = name.partition(" of ")
    return person if employer and " " in person and may_be_person(person) else name


def _without_appositive(before: str) -> str:
    """The words before a verb of saying less the appositive that ends them ("X, the leader
    of Y, said", "X of Athens, Alabama, said"), unless the appositive is itself a person's
    name ("The lone dissenter, Ilya Ponomaryov, later tweeted")."""
    match = _APPOSITIVE.search(before)
    if match is None:
        return before
    inside = match.group("inside").strip()
    if [name for _, _, name in names_in(inside)] == [inside] and may_be_person(inside):
        return before
    return f"{before[: match.start()]}{match.group('tail')} "


def _opening_subject(text: str) -> str | None:
    """The subject of the clause ``text`` opens with, after a phrase of time, place or a
    participle's before it ("In an interview, Bannon praised ...", "Contacted via email,
    Peinovich denied ...")."""
    first, *rest = text.split(",")
    opening = rest and _OPENING_PHRASE.fullmatch(first) and not _HE_OR_SHE.search(first)
    return _subject(rest[0] if opening else first)


def _subject(clause: str) -> str | None:
    """A clause's subject as written: an opening "he" or "she", else its first name, or the
    last of the first names joined only by a role or a description (the person in "Islamic
    State spokesman Abu Mohammed al-Adnani issued ..." and "Teen beauty blogger Brook Eve
    has created ...", not the place in "Mayor Lena Varga toured Keldor and asked"). None
    when that name owns the subject ("Paul Conroy's wife")."""
    pronoun = _OPENING_PRONOUN.match(clause.strip())
    if pronoun:
        return pronoun.group("pronoun")
    if _COMMON_NOUN_SUBJECT.match(clause.strip()):
        return None  # "The lawyer for the family of X denounced": not X
    spans = names_in(clause)
    if not spans:
        return None
    last = 0
    while last + 1 < len(spans):
        gap = clause[spans[last][1] : spans[last + 1][0]].strip(" ,")
        if gap and not _ROLE.fullmatch(gap) and not describes_a_person(gap):
            break
        last += 1
    start, end, name = spans[last]
    if _OWNER.search(clause[start:end]):
        return None  # "Paul Conroy's wife"
    if _DETERMINER.fullmatch(clause[:start]) and _describes_the_subject(name, clause[end:]):
        # "The U.S. researchers": nobody named; "The Syrian government": the institution.
        institution = _PLACE_INSTITUTION.fullmatch(clause[end:])
        return f"{name} {institution.group('noun')}" if institution else None
    return name


_PARTICIPLE_OR_ADVERB = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly|[^s]s)")


def _ordinary_opening_word(written: str, text: str, inside: set[str], lower: set[str]) -> bool:
    """Whether a speaker found is only the ordinary word that opens the sentence: a
    participle, adverb or plural noun ("Following", "Asked", "Clearly", "Opponents") or
    a word the article also writes in lower case ("Not to do so was ..., it was
    claimed"; not "He", nor a group that speaks, "Police"), not a given name ("Jared",
    "Kelly"), that the article never writes as a name or a family name inside a sentence
    (as it would "Manning", "Williams")."""
    return (
        text.lstrip(" \"'“‘(").startswith(written)
        and (
            _PARTICIPLE_OR_ADVERB.fullmatch(written) is not None
            or (
                " " not in written
                and written.lower() in lower
                and not _PRONOUN.fullmatch(written)
                and not _GROUP_NOUN.fullmatch(written.lower())
            )
        )
        and given_name_pronoun(written) is None
        and written not in inside
    )


def _describes_the_subject(name: str, after: str, noun: re.Pattern[str] = _NOUN_AFTER) -> bool:
    """Whether ``name`` only describes the subject, the ``noun`` after it ("Syrian state
    television said", "The U.S. researchers said"). An organisation's people speak for it
    ("ICRC officials said"), and a document for whoever the name before it is ("The Vulcan
    statement added")."""
    return (
        noun.match(after) is not None
        and not _DOCUMENT.match(after)
        and kind_by_its_words(name) != "organisation"
    )


def _previous_subject(outside: str, people: Sequence[tuple[int, str]], index: int) -> str | None:
    """The person the sentence before ``index`` opens with, whom a "he" in the next
    sentence means rather than anyone named later in it ("Annette Covington, who was
    sitting with Angelo L., ..."): by the full name, or by the family name alone
    ("Kellenberger expressed fears ...") as the one person named in full before with it."""
    spans = names_in(outside.lstrip()[:_NEAR])
    if not spans or spans[0][0] != 0:
        return None
    name = spans[0][2]
    if " " in name:
        # "Senior Airman Ivan Cooper", not "Read the Reddit" nor "Claremont McKenna".
        reads_as_person = has_a_given_name(" ".join(name.split()[-2:]))
        return name if reads_as_person and (index - 1, name) in people else None
    full = {n for i, n in people if i < index and n.split()[-1] == name}
    return full.pop() if len(full) == 1 else None


def _opening_person(outside: str) -> str | None:
    """The person a sentence opens with when a relative clause follows ("James, who uttered
    the phrase '...' when he announced ..."): whom a "he" later in it means."""
    text = outside.lstrip()
    spans = names_in(text[:_NEAR])
    if not spans or spans[0][0] != 0 or not _WHO.match(text, spans[0][1]):
        return None
    return spans[0][2] if may_be_person(spans[0][2]) else None


def _speaking_names(text: str) -> list[tuple[int, str]]:
    """The names of ``text`` that can speak, as (end, name): not an owner, as X in "X's wife
    said", nor a lawmaker's party and state, as in "Mike McCaul, R-Texas, said", nor a name
    after a preposition ("the lawyer for the family of X said", "X of the Y Patrol said"). A
    description after "the" keeps it ("the Kentucky Republican"): it refers back, where "a
    top House Republican" describes someone unnamed."""
    return [
        (end, f"the {name}" if _THE.search(text[:start]) and describes_someone(name) else name)
        for start, end, name in names_in(text)
        if not _OWNER.search(text[start:end])
        and not is_party_and_state(name)
        and not _OBJECT_OF_PREPOSITION.search(text[:start])
    ]


def _resolve(
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
    document = _DOCUMENT_SUBJECT.fullmatch(written)
    if document:
        determiner = (document.group("determiner") or "").lower()
        if determiner in ("his", "her", "their"):
            return None
        if determiner == "its":
            return organisation
        return document.group("owner") or issuers.get(_document_kind(document.group("noun")))
    institution = _INSTITUTION.fullmatch(written)
    if institution is None and _PLACE_INSTITUTION.search(written):
        return written  # "Syrian state television"
    if institution:
        return organisation or _organisation(institution.group("noun").lower(), named, index)
    role = _ROLE.fullmatch(written)
    description = written.startswith("the ") and describes_someone(written)
    if role is None and not (_PRONOUN.fullmatch(written) or description):
        names = names_in(written)
        return names[-1][2] if names else None
    if role is None:
        return person
    word = role.group("role").lower()
    fitting = [
        (i, name)
        for i, name, before in named
        if word in _words(before)[-_ROLE_REACH:] + _words(name) and may_be_person(name)
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


def _handed_on(outside: str, named: list[tuple[int, str, str]], index: int) -> str | None:
    """The speaker a sentence without quotation marks hands on to a quotation standing alone
    after it: its own speaker when it ends with a colon ("Wayne State University offered
    this message:"), or the name that ends it ("The lakes are 2 miles down, Niebur
    said.")."""
    if outside.rstrip().endswith(":"):
        introducing = _speaker(outside, [len(outside)])
        return _resolve(introducing, named, index, None, {}) if introducing else None
    tail = _REPORTED_TAIL.search(outside)
    reporting = names_in(tail.group("who")) if tail else []
    return reporting[-1][2] if reporting else None


def _role_describes_the_subject(role: tuple[int, str], before: str) -> bool:
    """Whether a role ends, at ``role[0]`` in ``before``, a description of the subject: "X,
    an Atlanta attorney who said" or "X, a state representative and election lawyer
    called"."""
    end, written = role
    return bool(
        _WHO_SAID.match(before[end:]) or _OPEN_APPOSITIVE.search(before[: end - len(written)])
    )


def _words(text: str) -> list[str]:
    return [word.strip(",;:.").lower() for word in text.split()]


def _issuers(
    outside: str,
    named: list[tuple[int, str, str]],
    index: int,
    person: str | None,
    organisations: set[str],
) -> dict[str, str]:
    """Who a sentence says issued each kind of document ("..., the ministry said in a
    separate statement", "Stephanie Clifford filed a lawsuit", "In a statement, UNFPA said",
    "a letter from Biden"), resolved as a speaker is; one the sentence calls "the ministry"
    and the like joins ``organisations``."""
    found: dict[str, str] = {}
    for issued in _ISSUED.finditer(outside):
        if outside[: issued.start()].strip():
            clause = outside[: issued.end()].rsplit(",", 1)[-1]
        else:  # the document opens the sentence: its subject after the comma issued it
            clause = outside[issued.end() :].split(",", 1)[-1]
        before = outside[: issued.start()]
        written = _speaker(clause, [len(clause)]) or _subject(clause)
        if not written and before.strip() and not before.rsplit(",", 1)[-1].strip():
            # "Stormy Daniels, whose real name is Stephanie Clifford, filed a lawsuit"
            written = _subject(_without_appositive(before))
        issuer = _resolve(written, named, index, person, found) if written else None
        if issuer and _INSTITUTION.fullmatch(written.strip()):
            organisations.add(issuer)
        if issuer:
            found[_document_kind(issued.group("statement") or issued.group("noun"))] = issuer
    for issued in _ISSUED_BY.finditer(outside):
        names = names_in(outside[issued.end() :])
        if names and names[0][0] == 0:
            found[_document_kind(issued.group("noun"))] = names[0][2]
    # "Anaheim police sent a Twitter message", "a statement from US 7th Fleet": no place.
    return {
        kind: issuer for kind, issuer in found.items() if not is_known_place(spelled_out(issuer))
    }


def _document_kind(noun: str) -> str:
    return _DOCUMENT_KINDS.get(noun.lower(), noun.lower())


def _organisation(noun: str, named: list[tuple[int, str, str]], index: int) -> str | None:
    """The nearest name in the sentences before ``index`` that the word before it calls a
    ``noun`` ("art supply company Crayola") or whose own words make it one ("Keurig Green
    Mountain Inc." for "the company", "the Health Ministry" for "the ministry")."""
    words = {noun, *_INSTITUTION_NAME_WORDS.get(noun, ())}
    for i, name, before in reversed(named):
        if i >= index:
            continue
        called = before.lower().split()[-1:] == [noun]
        own = {w.rstrip(".,").lower() for w in name.split()}
        if called or own & words:
            return name
    return None
