"""What every summariser shares: the interface and which sentences may be used."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from ..analyse.names import PERSON_BEFORE, names_in
from ..clean import wholly_bracketed
from ..given_names import is_given_name
from ..places import is_known_place
from ..records import Article, Sentence, Summary

if TYPE_CHECKING:
    from .centroid import EventSentences


class Summariser(Protocol):
    """Selects and orders sentences from a set of articles about one event.

    ``sentences``, when given, are the articles' sentences already compared with each other
    (``EventSentences.of(articles)``), so that a briefing compares them once for the summary
    and the coverage matrix."""

    name: str

    def summarise(
        self,
        articles: Sequence[Article],
        budget: int,
        sentences: EventSentences | None = None,
    ) -> Summary: ...


_MIN_WORDS, _MAX_WORDS = 6, 70
_SHOUTED_SHARE = 0.9
_WITHOUT_ASCII_LOWER_CASE = str.maketrans("", "", string.ascii_lowercase)
_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]]*$")
_STARTS_PROPERLY = re.compile(r"^[\"'(\[]?[A-Z0-9]")
# Speech taken up in the middle, after an interruption or an omission: a transcript's
# "OBAMA: --we're gonna be there.", "SMITH: ... pass the tax cuts, is that enough?", a
# quotation's '"... and I think all races should be talking about this."'.
_MID_UTTERANCE = re.compile(r"^(?:[A-Z][A-Z.'’ -]*:\s+)?[\"“]?(?:--|[—–]|\.\.\.|…)")
# A paper's reference number split off the sentence it ends and left before the next ("...
# the amount they drink. 43 As a step towards ..."): no sentence opens with a number and then
# a capitalised little word, as one does with "10 Downing Street" or "2016 Olympics".
_REFERENCE_NUMBER = re.compile(
    r"^\d{1,3} (?:A|An|And|As|At|But|For|He|However|In|It|Of|On|She|That|The|There|These|"
    r"They|This|To|We)\b"
)
# A question the writer asks ("Should he go to prison, too?") reads only after the sentence
# that raises it; a quoted one ('"Why now?" she asked.', 'He asked: "Why now?"') is
# someone's words.
_WRITERS_QUESTION = re.compile(r"\?[)\]]*$")
# Cut off with an ellipsis ("...", "…", "…."): a photo caption, teaser or pull quote that
# the page truncated.
_CUT_OFF = re.compile(r"(?:\.\.\.|\u2026\.?)[\"')\]]*$")
# A pointer to more elsewhere ("For more on Rihanna, head over to Billboard.", "For more
# coverage on ..., please visit ..."): the page's furniture, not news.
_REFERRAL = re.compile(
    r"^For more\b[^.]*?,\s*(?:please\s+)?(?:visit|see|head|go|follow|check|read|click|"
    r"pick up|consult|contact|call|watch|listen|log on|tune in|refer|join|subscribe|sign up)"
    r"\b(?!-)"
)
# The reporter's own errands ("CNN did not immediately return a call for comment", "The
# Associated Press left a message seeking information"): how the story was made, not news,
# in a sentence too short to say anything else.
_ASKED_FOR_COMMENT = re.compile(
    r"\b(?:did not|didn't|could not|couldn't)\s+(?:immediately\s+)?(?:respond|return|reply)\b"
    r"[^.]*?\b(?:comment|calls?|messages?|e-?mails?|requests?|inquir(?:y|ies))\b"
    r"|\b(?:could not|couldn't) be reached for (?:immediate )?comment\b"
    r"|\bleft (?:a )?messages? seeking\b",
    re.IGNORECASE,
)
_ERRAND_WORDS = 25
# A pointer to the page around the sentence ("The video shown here explains ...", "Click
# through the slideshow below", "the clip above", a blog's "Details after the jump!"): out
# of its page, it points at nothing.
_PAGE_ITEM = r"(?:video|photo|image|map|graphic|chart|gallery|slideshow|clip|tweet)s?"
_POINTS_AT_THE_PAGE = re.compile(
    r"\b(?:shown|seen|pictured|featured|embedded) (?:here|above|below)\b|\bafter the jump\b"
    r"|\b(?:below|above), see\b|\bsee (?:below|above)\b"
    rf"|\b{_PAGE_ITEM} (?:above|below)\b|\b(?:above|below) {_PAGE_ITEM}\b",
    re.IGNORECASE,
)
# A lead-in to what follows or stands beside it on the page ("Here's a sampling of some of
# those projects.", "Here are 18 facts about the Tube.", "Below is the full text of the
# letter.", "Above, a Sprint store in San Francisco."), which a summary does not show, not
# one that says it after a colon ("Here is the chain of events: First, ..."); and the
# heading of a wire's page of updates ("The Latest on the storm to hit New England.").
_POINTS_FORWARD = re.compile(
    r"^(?:Here(?:'s|’s| is| are)|(?:Below|Above)(?: is| are|,))(?=\s)[^:]*$|^The Latest(?::| on)\s"
)
# Opened by a modal verb with no subject before the next word: a review's or a tweet's
# clipped style ("Would highly recommend him as a guide.", "Will soon be heading to Davos"),
# not reporting. A question, and an inverted condition ("Should they find it ...", "Had he
# known ..."), have their subject right after the verb.
_NO_SUBJECT = re.compile(
    r"^(?:Would|Will|Can|Could|Must|Might|May)\s+(?!(?:I|you|we|they|he|she|it|there)\b)[a-z]"
    r"[^?]*$"
)
# A photo's caption or credit run into the sentence after it, label first ("Credit: Jane
# Doe, Stanford University Stanford University scientists have ...", "Caption The governor
# announced ..."): the page's furniture around the story's words.
_CAPTION_LABEL = re.compile(
    r"^(?:(?:Photo |Image )?[Cc]redits?:|(?:Photo|Image|Caption):|Caption\s+(?=[A-Z]))"
)

# The page or the writer turning to the reader ("Follow us on Twitter for more.", "Look at
# the replay from side on.", "Or, keep up-to-date with our apps", "Visit the library's page
# to learn more.", "Let us know in comments", "Thank you for supporting the campaign",
# "Please keep the family in your thoughts.", "You can read the full interview here.", "You
# may opt-out at any time."): out of its page, it asks for something a briefing's reader
# cannot do, thanks them for what they did not, or tells them what they know or will find. A
# sentence that opens with "you" outside quotation marks is that, a columnist's aside, or
# someone's words without their marks (a letter, a transcript), none of it reporting. The
# clean stage removes such prompts when they stand alone, not inside a paragraph of prose.
_TO_THE_READER = re.compile(
    r"^(?:(?:or|so|now|just|and),?\s+)?(?:look|read|watch|check out|click|see|listen|"
    r"keep up(?:-to-date)?|scroll|find out|take a look|don't miss|tune in|head over|follow|"
    r"subscribe|sign up|sign in|continue reading|you|thank you for|thanks for|please|visit|"
    r"download|tweet|shop|let us know|join the conversation|e-?mail us|call \d[\d-]+|"
    r"get full access)\b(?!-)",
    re.IGNORECASE,
)
# A label in capitals ahead of the words: a heading run into the text ("UPDATE: ...",
# "ORIGINAL STORY: ..."), a page's section rather than a sentence of the report. Not a
# transcript's speaker ("SMITH: We got there first.", "PRESIDENT OBAMA: ..."), whose line
# is what was said and by whom, nor a place in capitals, a dateline.
_CAPITALS_LABEL = re.compile(r"^[\"'“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’&-]+){0,3}):\s")
# The same without a colon, two words or more before the sentence's own capital: a link's or
# a widget's words run into it ("LIVE BLOG On Monday, ...", "SHARE COPY LINK Broward Circuit
# Judge ..."). One word in capitals is as often an organisation ("NASA Administrator ...").
_CAPITALS_RUN_IN = re.compile(r"^([A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){1,3}) (?=[A-Z][a-z])")
# A gallery's button or a video's running time between a title and the words that follow
# ("... political career View Photos The Republican is ...", "Costs soar (3:40) As ..."):
# the page's widgets run into one sentence.
_WIDGET_INSIDE = re.compile(r"\bView (?:Photos|Gallery|Slideshow)\b|\(\d{1,2}:\d\d\) [A-Z]")
# A film review's credits ("Screenplay, Jane Doe.", "Camera (color), ...", "With: ...",
# "Starring ...", "MPAA Rating: R.", "Rated PG-13 (for ...)."): names and labels, not a
# sentence.
_CREDITS = re.compile(
    r"^(?:(?:(?:Executive |Co-)?[Pp]roducers?|Screenplay|Camera|Editors?|Production designer|"
    r"Costume designer|Casting|Cinematography)(?: \([^)]*\))?, (?=[A-Z])|With: |Starring [A-Z]|"
    r"MPAA [Rr]ating:|Running time:|Rated (?:G|PG|PG-13|R|NC-17)\b)"
)

# Openings that lean on a previous sentence: connectives, pronouns, "X added", and the
# time or order of what a sentence before told ("At the time, ...", "Earlier, ...",
# "Since then", "Finally, ..."; not "At the time of the party", "Earlier this week" or "In
# response to the revelations", which say it themselves).
_DEPENDENT_OPENING = re.compile(
    r"^[\"']?(?:but|and|or|so|yet|also|still|however|meanwhile|moreover|furthermore|"
    r"besides|instead|nevertheless|nonetheless|then|thus|hence|therefore|otherwise|"
    r"elsewhere|in addition|in contrast|by contrast|on the other hand|as a result|in fact|"
    r"indeed|after all|even so|(?:now,? )?(?:it|he|she|they)|"
    r"this|that|these|those|such|its|his|her|their|him|them|there|"
    r"at (?:the|that) time(?! of)|at (?:that|this) point|(?:earlier|later)(?=,| on\b)|"
    r"afterwards?|eventually|finally|ultimately|additionally|again|similarly|likewise|"
    r"previously|in response(?! to)|in turn|in the meantime|as such|of course|to that end|"
    r"(?:since|by|until|back) then)\b",
    re.IGNORECASE,
)
# "Officials also said...", "The executed were also...": continues an earlier sentence.
_CONTINUES = re.compile(r"\b(?:also|too|again|as well|either)\b", re.IGNORECASE)
_ROLE = (
    r"(?:group|organi[sz]ation|spokes(?:man|woman|person)|official|minister|commander|leader|"
    r"agency|company|man|woman|suspect|victim|movement|faction|militants?|source|activist|"
    r"witness|resident|statement|report)"
)
_PRONOUN_SPEECH = re.compile(
    rf"\b(?:he|she|they|it|the {_ROLE})\s+(?:added|continued|said|says|went on|told|wrote)\b",
    re.IGNORECASE,
)
# "..., said Smith", "Anna Smith said": not "she told Bloomberg", whose name is the listener.
_NAMED_SPEAKER = re.compile(
    r"\b(?:said|says|added|wrote)\s+[A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+,? (?:said|says|added)"
)
# "We" and "I" too, and "My", "Our" and "Let's" ahead of the subject: the words of someone
# the sentence does not name ("We sincerely apologize to ...", "Our hearts are with our
# friends in Nepal", statements printed without their quotation marks). "It" too when it
# does something ("It bore the name of ...", "It jumped to No. 1"), not when it stands for
# what follows ("It is unclear whether", "It was the first time", "It took the jury five
# weeks").
_PRONOUN_SUBJECT = re.compile(
    r"^(?:He|She|They|We|I)\b(?![.-])|^(?:My|Our|Let['’]s)\s|^From all of us\b"
    r"|^It\s+(?:also\s+|then\s+|now\s+)?(?!(?:is|was|isn't|"
    r"wasn't|has been|had been|will|would|may|might|could|can|should|must|seems|seemed|"
    r"appears|appeared|remains|remained|took|takes|turns out|turned out|matters|helps|"
    r"helped|didn't|doesn't|does not|did not|makes sense)\b)[a-z]+"
)
# "Third, weeks later...", "Finally the president...", "2) Qua economics, ...": an item of a
# list the article began.
_ENUMERATION = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|next|lastly),|finally\b|\(?\d{1,2}\)\s)",
    re.IGNORECASE,
)
# "That's how old she was when ...", "That's why the ...": the answer to what the sentence
# before said.
_POINTS_BACK = re.compile(r"^(?:That|This)(?:'s|’s| is| was) (?:how|why|what|where|when)\b")
# '"...," Smith continued.': the rest of a quotation that began in the sentence before.
_CONTINUED_QUOTE = re.compile(r"[\"”],?\s+(?:[\w.'-]+\s+){1,4}(?:continued|went on)\b")
# A sentence that is nothing but a quotation: whose words they are is said elsewhere.
_BARE_QUOTE = re.compile(r'^"[^"]+"$')


def is_bare_quotation(text: str) -> bool:
    """True when a sentence is nothing but a quotation: whose words they are is said in
    another sentence, so it never reads alone."""
    return bool(_BARE_QUOTE.match(text.strip()))


# A definite description in the subject position: "the group said", "The spokesman added".
_UNRESOLVED_SUBJECT = re.compile(
    rf"^[\"']?the\s+{_ROLE}\b",
    re.IGNORECASE,
)


def is_summary_candidate(sentence: Sentence) -> bool:
    """A whole sentence of reporting, long enough to say something, short enough to read, with
    a subject, not cut off nor speech taken up in the middle, not a quotation with nobody
    named as its speaker nor an aside in brackets, not written in capitals, and neither the
    reporter's request for comment nor a pointer to more elsewhere, to the page or to what
    follows on it, nor opened by a caption's label; not words to the reader (the page's
    prompts, "Look at the replay"), a heading run into the words ("UPDATE: ..."), a film's
    credits, the page's widgets run into the words or a paper's reference number before
    them."""
    text = sentence.text
    return (
        _MIN_WORDS <= sentence.words <= _MAX_WORDS
        and not is_bare_quotation(text)
        # The writer's aside ("(We are already pretty sure the song is about her.)") reads
        # as one only beside what it comments on.
        and not wholly_bracketed(text.strip().removesuffix("."), "()")
        and not _shouted(text)
        and bool(_ENDS_SENTENCE.search(text))
        and bool(_STARTS_PROPERLY.match(text))
        and not _broken_off(text)
        and not _REFERENCE_NUMBER.match(text)
        and not (sentence.words <= _ERRAND_WORDS and _ASKED_FOR_COMMENT.search(text))
        and not _REFERRAL.match(text)
        and not _POINTS_AT_THE_PAGE.search(text)
        and not _POINTS_FORWARD.match(text)
        and not _NO_SUBJECT.match(text)
        and not _CAPTION_LABEL.match(text)
        and not _TO_THE_READER.match(text)
        and not _opened_by_a_heading(text)
        and not _CREDITS.match(text)
        and not _WIDGET_INSIDE.search(text)
    )


# A quotation whose speaker the sentence names ('"It was a red flag," Henry said.', '"...,"
# said the mayor.', 'Henry told reporters: "It was a red flag."').
_ATTRIBUTED_QUOTATION = re.compile(
    r"[,.!?]\"\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|added|told|wrote|explained|continued)\b"
    r"|\b(?:said|says|added|told|wrote)\b[^\"]*:\s*\""
)


def _broken_off(text: str) -> bool:
    """Whether ``text`` is cut off by the page or is speech taken up in the middle."""
    return bool(_CUT_OFF.search(text) or _MID_UTTERANCE.match(text))


def goes_on_quoting(sentence: Sentence, before: Sentence | None) -> bool:
    """True when ``sentence`` is a bare quotation ('"We never said that."') that goes on
    from ``before``, the sentence ahead of it in its article, which quotes a speaker it
    names and could be a summary sentence itself: the speaker's words going on, which read
    as theirs right after it (``needs_its_antecedent`` keeps them there)."""
    return (
        before is not None
        and before.article_id == sentence.article_id
        and _MIN_WORDS <= sentence.words <= _MAX_WORDS
        and is_bare_quotation(sentence.text)
        and not _broken_off(sentence.text)
        and bool(_ATTRIBUTED_QUOTATION.search(before.text))
        and is_summary_candidate(before)
    )


def _opened_by_a_heading(text: str) -> bool:
    with_colon = _CAPITALS_LABEL.match(text)
    label = with_colon or _CAPITALS_RUN_IN.match(text)
    if label is None or is_known_place(label.group(1).title()):
        return False
    if with_colon is None:
        # Capitals run in without a colon are a link's or a widget's words, whatever names
        # they hold ("STORMY MORNING Wednesday (59/53) ..."); a transcript's speaker has one.
        return True
    words = [word.rstrip(".").title() for word in label.group(1).split()]
    # A speaker is named ("LEE", "OPAL LEE") or has a role or title ("THE PRESIDENT", "DR.").
    return not any(is_given_name(word) or PERSON_BEFORE.search(f"{word} ") for word in words)


def _shouted(text: str) -> bool:
    """Whether a sentence is written in capitals ("EACH TRAIN TRAVELS ABOUT 114,500 MILES A
    YEAR."): a graphic's words or a heading, not the story's prose."""
    # Text of which more than a fifth is lower-case ASCII letters is prose: deleting those
    # letters tells so far quicker than looking at each character, which costs more than
    # every other candidate check together.
    if 5 * (len(text) - len(text.translate(_WITHOUT_ASCII_LOWER_CASE))) > len(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= _SHOUTED_SHARE * len(letters)


def needs_its_antecedent(text: str) -> bool:
    """True when only the sentence before it makes clear whom or what a sentence is about:
    its subject is only "he", "she", "they", "we", "I" or an "it" that does something (or
    it opens with "My", "Our" or "Let's"), its speaker only "he" or "the spokesman", it
    goes on with a quotation ("..., Smith continued"), it is a piece of a quotation that
    runs over several sentences (an odd number of quotation marks) or a bare quotation
    (whose speaker only a sentence before can name, ``goes_on_quoting``), an item of a list
    ("Third, ...", "2) ..."), the answer to what the sentence before said ("That's how
    ..."), or the writer's own question."""
    return bool(
        _PRONOUN_SUBJECT.match(text)
        or _ENUMERATION.match(text)
        or _POINTS_BACK.match(text)
        or (_PRONOUN_SPEECH.search(text) and not _NAMED_SPEAKER.search(text))
        or _CONTINUED_QUOTE.search(text)
        or text.count('"') % 2 == 1
        or _WRITERS_QUESTION.search(text)
        or is_bare_quotation(text)
    )


# A bare definite noun as subject ("The slope gave way", "The index, which..."): the thing
# was introduced by an earlier sentence of its article. The verb is an auxiliary, a regular
# form or one of the common irregular past tenses.
_IRREGULAR_PAST = (
    "became began brought broke built came caught chose drew drove fell fled flew found fought "
    "gave got grew held hit hid kept knew laid led left lost made meant met paid put ran rose "
    "said sank saw sent set shot sold sought spent spoke spread stood stole struck swept took "
    "taught told thought threw understood went won wore wrote"
)
_BARE_DEFINITE_SUBJECT = re.compile(
    r"^The\s+(?P<noun>[a-z]+)(?:\s*,|\s+(?:is|was|are|were|has|had|have|will|would|can|could|"
    rf"may|[a-z]+ed|[a-z]+s|{'|'.join(_IRREGULAR_PAST.split())})\b)"
)


def definite_subject(text: str) -> str | None:
    """The noun of a bare definite subject ("slope" in "The slope gave way"), which an
    earlier sentence must have introduced."""
    match = _BARE_DEFINITE_SUBJECT.match(text)
    return match.group("noun") if match else None


_QUOTED = re.compile(r"\"[^\"]*\"")
# Someone speaking for themselves: "me", "we", "us", or "I" opening a sentence or a clause or
# after a lower-case word ("The reason I wanted to come out today", "As a neurosurgeon, I
# did not believe"); not "US" or "ME", which are places, nor "Us Weekly", nor the "I" of
# "World War I".
_FIRST_PERSON = re.compile(r"\b(?:[Mm]e|[Ww]e|us)\b|(?:^|[,;:] |\b[a-z]+ )I\b")
# "my", "our": as often a publication's own words ("our list of the highest-paid actresses").
_FIRST_PERSON_OWNER = re.compile(r"\b(?:[Mm]y|[Oo]ur)\b")


def speaks_unquoted(text: str) -> bool:
    """True when a sentence says "I", "we" or "our" outside quotation marks: someone's
    words set as a block quote or transcript, or a columnist's own, rather than reporting."""
    unquoted = _QUOTED.sub(" ", text)
    return bool(_FIRST_PERSON.search(unquoted) or _FIRST_PERSON_OWNER.search(unquoted))


_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers|they|them|their)\b", re.IGNORECASE)


def refers_back(text: str) -> bool:
    """True when "he", "his", "their"... come before anyone is named ("Two hundred of his
    neighbors joined..."): whom they mean was said in an earlier sentence."""
    pronoun = _THIRD_PERSON.search(_QUOTED.sub(lambda m: " " * len(m.group(0)), text))
    if pronoun is None:
        return False
    named = [start for start, _, name in names_in(text) if start > 0 or " " in name]
    return not named or pronoun.start() < named[0]


# "these cases", "those concerns" among a sentence's first words: things a sentence before
# named ("Extrapolating from these cases, ...", "Because most babies at those ages ...").
_DEMONSTRATIVE_EARLY = re.compile(r"^(?:\S+ ){0,5}?(?:[Tt]hese (?!days\b)[a-z]|[Tt]hose [a-z]+s\b)")


def can_open(text: str) -> bool:
    """True when a sentence can open a summary: it does not lean on another sentence, its
    subject is not a bare definite noun that an earlier sentence introduced, no pronoun or
    demonstrative in it points back, it does not start with a quotation (a summary opens
    with what happened, then who said what), and it is no one's unquoted "I" or "we" (a
    columnist's or a transcript's words; "our" alone may be the publication's)."""
    return (
        not is_dependent(text)
        and not _BARE_DEFINITE_SUBJECT.match(text)
        and not text.startswith(('"', "'"))
        and not refers_back(text)
        and not _DEMONSTRATIVE_EARLY.match(text)
        and not _FIRST_PERSON.search(_QUOTED.sub(" ", text))
    )


def is_dependent(text: str) -> bool:
    """True when a sentence only makes sense after another one."""
    return bool(
        _DEPENDENT_OPENING.match(text)
        or _CONTINUES.search(" ".join(text.split()[:5]))
        or _UNRESOLVED_SUBJECT.match(text)
        or needs_its_antecedent(text)
    )
