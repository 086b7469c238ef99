"""The words around a quotation that say who speaks: verbs of saying, roles, documents,
subjects and the shapes of sentences, as regular expressions and word lists."""

from __future__ import annotations

import re

# A single-quoted quotation may hold apostrophes inside its words ('children's products').
# A quotation opened and never closed runs to the sentence's end: news style for one that
# goes on in the next paragraph ('"And I think ...', 'Ruiz said: "And I think ...').
QUOTE = re.compile(
    r"\"(?P<double>[^\"]{2,}?)\"|(?:^|(?<=[\s:(]))\"(?P<open>[^\"]{2,})$|"
    r"(?<![\w])'(?P<single>(?:[^']|(?<=\w)'(?=\w)){2,}?)'(?![\w])"
)
SPEECH = re.compile(
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
QUOTED_AS_SAYING = re.compile(
    r"\b(?:quote[sd]|record(?:s|ed)|cite[sd])\s+(?P<whom>[^,;]{1,100}?)\s+as saying\b"
)
"""'The agency quoted Ban as saying "..."': the one quoted speaks, not the one quoting."""
ACCORDING_TO = re.compile(r"[Aa]ccording to")
SAYING_THEN_SPEAKER = re.compile(
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
ROLE = re.compile(
    rf"\b(?:(?P<owner>the|its|his|her|their|a|an|one)\s+)?(?:[\w-]+\s+)?(?P<role>{_ROLE_WORDS})\b",
    re.IGNORECASE,
)
ONE_OF_ITS = re.compile(
    rf"\s*(?:a|an)\s+(?:(?:senior|top|former)\s+)?(?P<name>(?:[A-Z][\w.'’-]*\s+)+)(?:{_ROLE_WORDS})\b"
)
"""After a verb of saying, one of an organisation's people: "said a State Department
official", who speaks for the department."""
HEADING_DASH = re.compile(r"\s[-\u2013\u2014]\s")
PER = re.compile(r"^\s*Per\s+")
ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO"})
ONE_FOR = re.compile(
    rf"\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:{_ROLE_WORDS})\s+(?:for|of|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)
"""After a verb of saying, "a spokesman for SynCardia": whom the unnamed one speaks for."""
SELF_NAMED = re.compile(
    r"\s*(?:a|an|another|one)\s+(?:[\w-]+\s+){1,3}?(?:who\s+)?(?:"
    r"identified\s+(?:himself|herself|themselves)|gave\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first\s+|last\s+)?name|(?:asked|wished|wanted)\s+to\s+be\s+identified|identified)"
    r"\s+(?:only\s+)?(?:as|by)\s+(?:(?:his|her|their)\s+(?:first|last)\s+name,?\s+)?"
)
"""After a verb of saying, someone the article names only as they named themselves: "said a
man who identified himself as Angelo L.", "said a resident who asked to be identified only
as Sami"."""
INSTITUTION = re.compile(
    r"\b(?:the|its)\s+(?P<noun>company|firm|agency|network|studio|airline|retailer|carrier|"
    r"ministry|department|committee|organi[sz]ation|group|union|university|hospital|museum|"
    r"zoo|charity|foundation|bank|newspaper|magazine|broadcaster)\b",
    re.IGNORECASE,
)
"""A subject that stands for an organisation named before ("the company said"): the
organisation."""
INSTITUTION_NAME_WORDS = {
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
DOCUMENT_KINDS = {"suit": "lawsuit", "complaint": "lawsuit", "e-mail": "email"}
"""Nouns that name one document: "Clifford filed a lawsuit" issued "the complaint"."""
DOCUMENT_SUBJECT = re.compile(
    r"(?:(?P<determiner>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)\s+|"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Today\b|Yesterday\b)"
    r"(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?)['’]s?\s+)"
    rf"(?:(?:[a-z][\w-]*|\d{{4}})\s+)?(?P<noun>{_DOCUMENT_NOUNS})\b"
)
"""A document as the subject of a verb of saying: "the lawsuit", "Clifford's lawsuit", "his
letter", "the original complaint"; its words are whoever issued it."""
DOCUMENT_SAYS = re.compile(
    rf"\b(?P<document>{DOCUMENT_SUBJECT.pattern})(?:,[^,]{{1,60}},)?\s+"
    r"(?:also\s+|further\s+)?(?:said|says|states|stated|reads|read|alleges|alleged|alleging|"
    r"charges|charged|claims|claimed|notes|noted|adds|added|continues|continued|argues|"
    r"argued|concludes|concluded|contends|contended|asserts|asserted|goes on to say|"
    r"went on to say)\b"
    r"|\b(?:said|says|states|stated|reads|read)\s+"
    rf"(?P<inverted>(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?(?:{_DOCUMENT_NOUNS}))\b"
)
"""A document that says ("the lawsuit alleges that ...", "the email, obtained by NBC News,
said", "reads the letter")."""
ISSUED = re.compile(
    r"\b(?:[Ii]n (?:a|an) (?:[\w-]+ )?(?P<statement>statement)|"
    r"(?:^\s*In|(?:said|says|wrote|writes|stated|added|alleged|alleges|claimed|claims)\s+in|"
    r"issued|released|put out|sent|provided|emailed|filed|wrote|published)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?|(?:issued|released|put out|filed|wrote|published)\s+"
    rf"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?)(?P<noun>{_DOCUMENT_NOUNS})\b"
)
"""Where a sentence says who issued a document ("X filed a lawsuit", "In a statement, UNFPA
said", "X wrote in a letter"; not "described in a new study"), for a later "the lawsuit
said"."""
ISSUED_BY = re.compile(
    rf"\b(?P<noun>{_DOCUMENT_NOUNS})\s+(?:(?:filed|written|sent|released|issued|published)\s+)?"
    r"(?:by|from)\s+(?=[A-Z])"
)
"""A document and its issuer after it: "a lawsuit filed by Stephanie Clifford", "a letter
from Biden"."""
OTHER_PRONOUN = {"he": "she", "she": "he"}
HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
OBJECT_PRONOUN = {"him": "he", "her": "she"}
IT = re.compile(r"\b[Ii]t\b")
IT_SAYS = re.compile(r"said|says|added|adds|stated|wrote|writes|warned|announced|noted")
"""Verbs after which "it" is an organisation speaking; "it's called" and "it might be
described as" speak of a thing."""
IT_AS_AN_ASIDE = re.compile(r",\s*[Ii]t\s+$")
ASIDE_ENDS = re.compile(r"\s*,")
PREPOSITIONS = frozenset("about at by for from in of on to with".split())  # noqa: SIM905
PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
OPENING_PRONOUN = re.compile(
    r"(?:(?:earlier|later|then|also|now|still|instead|finally)\s+)?(?P<pronoun>he|she)\b",
    re.IGNORECASE,
)
"""A clause's subject "he" or "she", after an adverb that may open the clause ("Earlier he
visited Volgograd")."""
NEAR = 60
"""How far, in characters, a speaker may be from its verb of saying."""
WITHIN_REACH = re.compile(rf".{{0,{NEAR}}}[\w'’.-]*(?: [A-Z][\w'’.-]*)*", re.DOTALL)
"""The words after a verb of saying within ``NEAR``, the last of them whole, and the rest
of a name it cuts ("said ..., First Selectman Patricia Llodra")."""
APPOSITIVE_REACH = 200
"""How far, in characters, an appositive before a verb of saying may reach ("Femke Holwerda, a
paleontologist at the Bavarian State Collection of Paleontology and Geology, told...")."""
APPOSITIVE = re.compile(
    r",(?P<inside>[^,]*),(?P<tail>(?:\s+(?:has|have|had|also|then|later|again))*)\s*$"
)
"""An appositive between commas at the end of the words before a verb of saying, with the
auxiliary or adverb that may follow it ("X, chairman of Y, has asked")."""
TAG_SENTENCE = re.compile(
    r"(?P<who>[Hh]e|[Ss]he|(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s+"
    r"(?:says|said|asks|asked|adds|added|replies|replied|explains|explained|recalls|"
    r"recalled|continues|continued|writes|wrote)\s*\.?"
)
"""A sentence that is only a speech tag ("Ida asks."), after one that is only a quotation."""
ROLE_AFTER_EMPLOYER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}(?:analyst|professor|spokes(?:man|woman|person)|"
    r"correspondent|reporter|editor|economist|strategist|lawyer|attorney|researcher|"
    r"scientist|expert|official|director|president|chairman|chairwoman|founder|"
    r"co-founder|executive|CEO|manager|owner),?\s+"
)
"""Between an organisation or a person and another person after a verb of saying: the
other's role there ("said Harvard law professor Jack Goldsmith", "said Hayes's attorney,
John Fuller")."""
OTHER_SUBJECT = re.compile(
    r",\s+(?:(?:the|a|an|its|their|his|her|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|"
    r"(?!this\b|its\b|his\b|hers\b)[a-z]{3,}s)\s*$"
)
"""Before a verb of saying, a comma and a noun phrase of lower-case words: the noun phrase
is the subject ("..., the researchers said", "..., historians claimed"), not a name before
it."""
ROLE_REACH = 4
"""Words before a name in which a role names it ("the group's spokesman, Abu Omar")."""
THE = re.compile(r"\b[Tt]he\s+$")
UNNAMED = re.compile(r"\s*(?:someone|somebody|a person|people|sources?|a source)\b")
COMMON_NOUN_SUBJECT = re.compile(
    r"(?i:the|a|an|this|that|its|his|her|their|other|another|some|many|several|each|every)"
    r"\s+(?:[a-z][\w'-]*\s+)+"
    r"(?:of|for|to|with|at|in|on|from|about)\b"
)
"""A subject of lower-case words, then a preposition: a name after it is not the subject
("The network responded to Wood ...", "The lawyer for the family of X ...")."""
MODIFIES_A_NOUN = re.compile(r"\s+[a-z][\w-]*\s+(?:who|that)\s*$")
"""After a name, a noun and "who": the name describes the noun ("an Atlanta attorney who
said")."""
_INSTITUTIONS = (
    r"government|parliament|television|military|army|navy|ministry|regime|cabinet|embassy|"
    r"administration"
)
GROUP_NOUN = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:officials|researchers|analysts|experts|workers|authorities|"
    r"investigators|scientists|doctors|lawyers|prosecutors|police|officers|ministers|"
    rf"sources|management|media|{_INSTITUTIONS})"
    r"(?:\s+(?:have|has|had|were|was|are|is|would|will|also|later|earlier))*\s*$"
)
"""After a name and before a verb of saying, the noun the name describes, which is the
subject ("Michigan health officials said"): nobody named speaks, unless the noun is an
institution of the place (``PLACE_INSTITUTION``)."""
PLACE_INSTITUTION = re.compile(
    rf"\s*(?P<noun>(?:state\s+|foreign\s+|defen[cs]e\s+|interior\s+)?(?:{_INSTITUTIONS}))\s*$"
)
"""After a place or a people, an institution that speaks for it: "Syrian state television
said" and "The Kiev parliament said" name the institution, an organisation."""
DOCUMENT = re.compile(
    r"\s+(?:statement|report|story|post|release|letter|lawsuit|complaint|page|website)\b"
)
"""A document after a name: the name issued it ("The Vulcan statement added")."""
DETERMINER = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+$")
NOUN_AFTER = re.compile(r"\s+(?!(?:\w+ly|also|has|had|was|is|will|would|who|which|that)\b)[a-z]")
"""After a name that follows a determiner, a lower-case word other than an adverb or an
auxiliary: a noun the name describes ("The U.S. researchers", "A Rancho Palos Verdes
man"), where in "The IRS recently released" the name is the subject."""
OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|On|At|After|During|Later|Earlier|Then|Meanwhile|Asked|Still)\b[^,]{0,60}|"
    r"[A-Z][a-z]+ing\b[^,]{0,80}|[A-Z][a-z]+ed\s+[a-z][^,]{0,60}|"
    r"(?:When|While|As|Before|Once|Although|Though|Because|Since|If|Until)\b[^,]{0,100})"
)
"""A phrase of time or place that opens a sentence before its subject ("In an interview",
"On Thursday", "During an interview with the AP on Nov. 6"), a participle's ("Tallying up
the promises lawmakers have made", "Contacted via email") or a clause of its own ("When
supporting actress winner Viola Davis comes backstage")."""
BREAK = re.compile(r";|(?:[a-z]{3,}['\"’”)]?|\s)[.!?]\W*\s+[A-Z]")
"""A clause or sentence that ends before a colon (after a word, or after a quotation, which
is blanked out): the subject before it is not the colon's ("... than I do'. Response
options ...:")."""
WHO = re.compile(r",\s+who\b")
BODY_OF = re.compile(
    r"\s+(?:board|council|panel|team|office|staff|committee|department|ministry|agency|"
    r"campaign|spokes(?:man|woman|person))\b"
)
"""After "said the" and a name, a body or a role that speaks for the name's organisation."""
DASH_ATTRIBUTION = re.compile(
    r"\s*[—–-]{1,2}\s*(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*(?:,|$)"
)
"""A line that names, after a dash, whose words the quotation above it are: "— Claire Danes,
asked how she'll tell her unborn child"."""
REPORTED_TAIL = re.compile(
    r",\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:said|says|added|adds)\.?\s*$"
)
"""A sentence that ends by naming whose words it reports: "..., Niebur said."."""
WHO_SAID = re.compile(r"\s+(?:who|that)\s*$")
OPEN_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,]*$")
TOLD = re.compile(r"\btold\s+$")
THEN_SAYING = re.compile(r"\s+saying\b")
PRONOUN_BEFORE_VERB = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+(?:also\s+|has\s+|had\s+)?$")
"""The subject right before a verb: "... a day after she filed a lawsuit"."""
CLAUSE_WITH_A_NAME = re.compile(
    r"\b(?:that|which|whom)\s+(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)"
)
"""A clause with a subject of its own ("that Gorsuch had", "in which the group's spokesman
..."), where "which had recommended him" and "that followed" are their own subjects."""
ROLE_PHRASE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s\s+)"
    r"(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2})(?:\s+(?:to|of|for|at)\s+(?:the\s+)?[A-Z][\w.'’ -]*)?"
)
"""A role alone, with an article or an owner before it and where it serves after it: "The
envoy", "Keldor's envoy to the UN", "the group's chief executive"."""
PARTICIPLE_SAYING = re.compile(
    r",\s+(?:saying|insisting|accusing|suggesting|telling|arguing|claiming|noting|adding|"
    r"warning|promising|explaining|complaining|stressing|predicting|declaring|admitting|"
    r"acknowledging|recalling|writing|tweeting)\b"
)
"""A participle after a comma that brings in what the clause's subject says ("Fitbit
objects to the study, suggesting ...", "X stormed out, accusing countries of ...")."""
FORMER = re.compile(r"^(?:former|then-)\s*", re.IGNORECASE)
OBJECT_OF_PREPOSITION = re.compile(r"\b(?:of|for|to|with|from|about)\s+(?:the\s+)?$")
OWNER = re.compile(r"['\u2019]s?$")
UNNAMED_OPENING = re.compile(
    r"\s*(?:Another|One|Someone|Somebody|(?:A|An|One)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:man|woman|resident|neighbou?r|witness|user|poster|reader|commenter|listener|viewer|"
    r"fan|friend|student|parent|passenger|worker|protester|voter))\s+(?!of\b)[a-z]"
)
"""A sentence whose subject is someone unnamed ("Another hoped", "One user responded", "A
woman who lives nearby said"): its "he" or "she" is that one."""
REFLEXIVE = re.compile(r"\s*(?:himself|herself|itself|themselves)\b")
DEFINITE_OWNERS = frozenset({"the", "its", "his", "her", "their"})
"""Before a role, words that make it someone the article has named ("said the spokesman",
"his lawyer said"), where "a spokesman" is someone unnamed."""
PASSIVE = re.compile(r"\b(?:be|being|been|is|are|was|were|get|got|gets|getting)\s+$")
COORDINATED = re.compile(r"\s(?:and|then)\s*$")
"""Before a second verb of the sentence's subject: "She visited Homs and Hama and asked"."""


PARTICIPLE_OR_ADVERB = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly|[^s]s)")
