"""The clean stage: separate the article from the page furniture scraped with it.

Scraped news pages carry navigation, captions and photo credits, share and
newsletter prompts, reading-time lines, comment threads and bylines. The rules
here are general: they look at a line's structure (length, closing punctuation,
position before the first or after the last prose paragraph, what follows it),
at interface wording, and at repetition within an article or across a corpus.
Each removed line is kept as ``Removed`` with the rule that took it out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import ftfy
import ftfy.fixes

from .dates import dates_in, is_date_only
from .given_names import is_given_name
from .places import is_known_place
from .read.base import outlet_from_url
from .records import Article, Paragraph, ParagraphKind, RawArticle, Removed

_CLOSERS = "\"'”’)]"
_STOPS = (".", "!", "?", "…", ":", ";")
_CLOSING_QUOTES = ('"', "”", "’")


def _ends_like_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: with terminal punctuation, perhaps inside
    quotes or brackets, or with a closing quote. (String methods, not a regular expression
    anchored at the end, which would be tried at every position of the line.)"""
    return text.rstrip(_CLOSERS).endswith(_STOPS) or text.endswith(_CLOSING_QUOTES)


_PROSE_MIN_WORDS = 8
_LONG_LINE_WORDS = 20
_SHORT_LINE_WORDS = 8

# Interface wording: prompts addressed to the reader, never reported content. This pattern,
# _CRAWL_TERMS, _CRAWL_MACHINERY, _LINK_LINE and _CREDIT_PHRASE are lower case and are
# matched against the lower-cased line (``_line_rule``).
_INTERFACE = re.compile(
    r"\b(?:sign(?:ing)?[ -]?up (?:for|to|here|now)|subscribe (?:to|now|here|for)|"
    r"(?:our|free|daily|weekly) (?:daily |weekly )?newsletters?|e-?mail updates|follow us|"
    r"join our mailing list|"
    r"like us on|join us on (?:facebook|twitter|instagram)|like [\"“][^\"”]{1,40}[\"”] on facebook|"
    # "Follow X on Twitter" opening a sentence or a clause: not "Reporters who follow the
    # senator on Twitter saw ...".
    r"(?:^|(?<=[.,;:!?–—•-] )|(?<=[.,;:!?–—•-])|(?<=\band )|(?<=\bor ))"
    r"follow [\w.@'\"’“”+ ]{1,30} on "
    r"(?:twitter|x|facebook|instagram|google\+|tumblr|youtube)|follow @\w|"
    # A show's time slot, opening the line: "Watch The Late Show weeknights at 11:35 PM ET".
    r"^(?:watch|catch|tune in to) [^.!?]{1,60}\b(?:weeknights|weekdays|weekends|nightly|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days) at \d{1,2}(?::\d\d)? ?[ap]\.?m\b|"
    r"share this (?:article|story|page|post)|click (?:here|for|to)|tap here|"
    # "Read more:", "Read more about: ...", but not "Rescuers read more than 200 messages".
    r"read more(?=\s*(?:[:»›>…|.,]|$)|\s+(?:here|at|on|about|from|stories|news)\b)|"
    r"continue reading|story continued below|enable javascript|requires javascript|"
    r"report this ad|all rights reserved|terms of (?:use|service)|privacy policy|"
    r"download (?:our|the) app|have a tip|send us a tip|"
    r"page (?:you requested |you are looking for )?(?:could not|cannot|can't) be found|"
    r"not (?:currently )?publicly accessible|click (?:below|above)|"
    r"delivered (?:to your inbox|straight to your|(?:every |each )?(?:weekday )?mornings?)|"
    r"by signing up|you can unsubscribe|unsubscribe at any time|thank you for (?:subscribing|"
    r"signing up)|confirm your (?:signature|e-?mail address|subscription)|"
    r"share your (?:own )?(?:thoughts|views|comments)\b[^.!?\"]{0,60}\b(?:comments|below)|"
    r"option to delete your (?:tweet )?location history|add location information to your tweets|"
    r"tweet with a location|add a location to your tweets|add (?:[\w '-]{1,40} )?as an interest|"
    r"never miss (?:a|an|our|the) (?:top |latest |breaking )?(?:stor(?:y|ies)|headlines?)|"
    r"media playback is (?:unsupported|not supported) on your device|"
    r"this feature is not available right now|when the video has been rented|"
    r"replay more videos|copy this code to your (?:website|site|blog)|play video \d+:\d\d)"
)
_INTERFACE_LONG_WORDS = 80
"""A longer line is interface wording when it has two or more interface phrases (a
newsletter box: "Sign up for ... By signing up you agree ... You can unsubscribe")."""
# Short labels that are page chrome when they stand alone on a line.
_CHROME = re.compile(
    r"^(?:advertisement|advertising|sponsored|share|tweet|e-?mail|print|comments?|"
    r"\d+ comments?|related(?: \w+)?|more(?: \w+)?|menu|home|search|skip to \w+|select page|"
    r"trending|most (?:read|popular|viewed)|latest(?: news)?|photo|video|watch|listen|"
    r"(?:share|tweet|pin|e-?mail|print|save|reset|\+|-)(?:\s+(?:share|tweet|pin|e-?mail|print|"
    r"save|reset|\+|-))*|text size.*)$",
    re.IGNORECASE,
)
# A video player's or gallery's controls flattened into the start of a line: "CLOSE Skip in
# Skip x Embed x Share The discovery of...", "1 of 26 Full Screen Autoplay Close Skip Ad (a
# multiplication sign) A look back at...". Three controls in a row never open a sentence.
_PLAYER_CONTROLS = re.compile(
    r"^(?:(?:\d+ of \d+|close|skip(?: in| ad)?|x|×|embed|share|autoplay|full ?screen|"
    r"enlarge image|replay)(?:\s+|$)){3,}"
)
# A label flattened into the start of the line it stood above, matched as written: a
# player's close button in capitals before the video's description ("CLOSE Police
# confirmed..."), a highlights box's title ("Story highlights The agency..."), a station's
# credit on its video ("KARE-TV A video shows..."), a share button ("Email This Even at
# 88, ..."), or a note that the story was updated ("Updated | When the first humans ...").
_LINE_LABEL = re.compile(
    r"^(?:CLOSE\s+(?=[A-Z][a-z]|[\"'“‘])|Story [Hh]ighlights\s+(?=[A-Z\"'“‘])"
    r"|[KW][A-Z]{2,3}-TV\s+(?=(?:A|An|The)\s)|E-?mail This\s+(?=[A-Z\"'“‘])"
    r"|Updated(?: [\w:,. ]{0,30})? \| (?=[A-Z\"'“‘]))"
)
# Web-archive capture notices: the page a scraper gets instead of an archived article.
_CRAWL_TERMS = re.compile(
    r"\b(?:crawl(?:s|ed|er|ing)?|seed ?list|warc|heritrix|outlinks|wayback machine|"
    r"internet archive|captures|robots\.txt)\b"
)
# A site's "page not found" notice: what a scraper gets when the article has gone.
_ERROR_PAGE = re.compile(
    r"\bpage (?:you (?:requested|are looking for|were looking for)|url may have changed|"
    r"(?:could|can) ?not be found|not found|(?:does|did) not exist)\b|"
    r"\breach a page from a bookmark\b"
)
_CRAWL_MACHINERY = re.compile(r"\b(?:crawl(?:s|ed|er|ing)?|seed ?list|warc|heritrix|outlinks)\b")
# An editor's note about the article itself rather than the news: a correction, an update
# notice, a credit for other reporters, a pointer to where the story first ran.
_EDITORS_NOTE = re.compile(
    r"\b(?:an earlier|a previous) version of this (?:article|story|post|report)\b|"
    r"\bthis (?:article|story|post|report) (?:has been|was) (?:updated|corrected|revised)\b|"
    r"\bthe (?:article|story|post) has been (?:updated|corrected|revised)\b|"
    r"\b(?:this is a developing story|will update this (?:article|story|post))\b|"
    r"\b(?:stay with|check back with) [\w.' ]{1,30} for (?:updates|the latest)\b|"
    r"^original (?:article|story) (?:on|at|from)\b|"
    # How a broadcast's transcript was made: "... are created on a rush deadline ... This
    # text may not be in its final form".
    r"\b(?:rush transcript|on a rush deadline)\b|\bmay not be in (?:its|their) final form\b"
)
_EDITORS_NOTE_WORDS = 60
# A credit for other reporters, wherever it stands in a short line ("...; on Twitter
# @DukeBehnke. Alison Dirr contributed to this report.").
_CONTRIBUTED = re.compile(r"\bcontributed (?:to this (?:article|story|post|report)|reporting)\b")
_FIRST_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z\"“])")
# The wire's closing credit, a line of its own: "Jane Doe reported from Lunde."
_REPORTED_FROM = re.compile(
    r"^(?:[A-Z][\w.'-]*,? (?:and )?){1,6}reported from [A-Z][\w'-]*(?:,? [A-Z][\w.'-]*)*\.$"
)
_READING_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?|hours?)\.?\s+read$", re.IGNORECASE)
_LINK_LINE = re.compile(
    r"\b(?:see|seen|read|click|watch|view|found|available|listen)\b.{0,40}\bhere\b"
    r"(?::\s*https?://\S+)?\W*$"
)
_CREDIT_PHRASE = re.compile(
    r"\b(?:photo(?:graph)?s? (?:courtesy|credit|by)|photo(?:graph)?:|image(?: credit)?:|"
    r"credit:|getty images|ap photo|file photo|"
    r"with wire services|with agencies|"
    r"(?:reporting|editing|writing) by)(?!\w)"
)
_GALLERY_CREDITS = 3
# A caption's own opening: a gallery's "Hide Caption", a "Buy Photo" button, the labels some
# pages print before a picture's credit and caption ("Image copyright AFP Image caption ..."),
# or a sentence about the picture ("This image shows...", "A file photo from...").
_CAPTION_START = re.compile(
    r"^(?:hide caption|buy photo|image (?:copyright|caption|source)|media caption)\b|"
    r"^(?:this |the |a |an )?(?:file )?(?:image|photo|picture|photograph)s? "
    r"(?:above |below )?(?:shows?|from|taken)\b"
)
_CAPTION_START_WORDS = 40
# A wire photo's caption, which names its picture in its first words and may add a sentence
# of the story's background: "In this May 3, 2015 photo, authorities ...", "This undated
# image released by ... shows ...", "This image, released by ..., appears to show ..."; not
# "This new picture of reality" nor "image-forming".
_WIRE_CAPTION_START = re.compile(
    r"^(?:in )?this (?:[\w.,'-]+ ){0,6}?(?:file )?(?:image|photo|picture|photograph)s?"
    r"(?:,| (?:provided|released|taken|made|obtained|shows?|from)\b)"
)
_WIRE_CAPTION_WORDS = 60
# A caption that names its picture at the end: "..., this photo released by the coast guard
# shows." or "... is seen in this aerial photo."
_CAPTION_END = re.compile(
    r", (?:this|a) (?:[\w'-]+ ){0,3}(?:photo(?:graph)?|image|picture)(?: [\w'-]+){0,8} shows?\W*$|"
    r"\b(?:is|are) (?:seen|pictured|shown) in (?:this|a|an) (?:[\w'-]+ ){0,3}"
    r"(?:photo(?:graph)?|image|picture)\b"
)
# A slide show flattened into one line: "... Hide Caption 2 of 6 Photos: ... Hide Caption 3 of 6".
_GALLERY_COUNTER = re.compile(r"\bhide caption \d+ of \d+")
# A gallery flattened into one line, known by three of its buttons and labels: "... View
# Photos The Republican is ... Caption The governor ... Jane Doe/AP Buy Photo Wait 1 second to
# continue." One alone may be a story's word or a button run into a paragraph of the story.
_GALLERY_LABELS = re.compile(r"\b(?:view photos|caption|buy photo|wait \d+ seconds? to continue)\b")
_GALLERY_LABELS_NEEDED = 3
# A video playlist flattened into one line: "... (Jan. 18) AP 1 of 68 Skip in Skip x Embed x
# Share CLOSE ...": each video's number, then the player's buttons.
# (At the start of a line the counter and buttons are a label, taken off the story's words.)
_PLAYLIST_COUNTER = re.compile(r"\s\d+ of \d+\s+(?:(?:skip(?: in)?|x|×|embed|share|close)\s+){2,}")
# A video's description, ending with the day it was posted in brackets and its source:
# "... erased the market's gains from the start of this year. (Feb. 5) AP".
_VIDEO_DESCRIPTION_END = re.compile(
    r"\((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\)"
    r"\s+[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s*$"
)
_VIDEO_DESCRIPTION_TAIL = 60  # characters: the date and the source fit in them
# A wire photo caption's date and place: "..., Thursday, Oct. 3, 2013, in San Antonio." or
# "... in Rome, Friday, Oct. 14, 2011." ending its sentence (prose writes "on Thursday").
_CAPTION_WHEN_WHERE = re.compile(
    r"[^n], (?:mon|tues|wednes|thurs|fri|satur|sun)day, "
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}"
    r"(?:, in [a-z]|\.(?:\s|$))"
)
# "WATCH: ...", "VIDEO: ...", "[VIDEO: ...]", "Raw: ..." (the AP's label for a video of
# unedited footage): a pointer to a video the scrape did not keep; "READ ALSO: ...",
# "Related: ...", "More: ...", "More information: ...": to another story or page.
_POINTER = re.compile(
    r"^(?:watch|video|raw|read(?: also| more)?|related(?: stories)?|more(?: information)?|"
    r"see also)\s*:"
    r"|^\[video\s*:"
)
_NAME = r"[A-Z][\w.'-]*"
# "(AFP/Jane Doe)" at the end of a caption.
_CREDIT_SUFFIX = re.compile(rf"\((?:{_NAME}\s?){{1,4}}/\s?(?:{_NAME}\s?){{1,4}}\)\W*$")
# A credit after a caption's last sentence, with no brackets: "... near Sevastopol. Jane
# Doe/Reuters"; or after a bar, before the page's own headline: "... Wednesday. | Jane
# Doe/POLITICO Congressional leaders reach budget deal".
_CREDIT_AFTER_SENTENCE = re.compile(
    rf"[.!?\"”]\s+(?:{_NAME}\s){{1,3}}{_NAME}\s?/\s?(?:{_NAME}\s?){{1,4}}$|"
    rf"\s\|\s(?:{_NAME}\s){{1,3}}{_NAME}\s?/\s?{_NAME}"
)
# A credit on its own line: "Jane Doe/Reuters", "Photo: Jane Doe/Getty Images".
_CREDIT_LINE = re.compile(
    rf"^(?:[\w ]{{0,12}}:\s*)?(?:{_NAME}\s){{0,3}}{_NAME}\s?/\s?(?:{_NAME}\s?){{1,3}}$"
)
_BYLINE = re.compile(r"^by\s+[A-Z][^.!?]{2,120}$", re.IGNORECASE)
# A byline run into the story's first words on one line, near the top of the page: "By Jane
# D. Doe and John Roe Sure, the film ...". The names are a given name, an initial maybe and
# one family name each, so the story starts at the capital after the last of them; not
# "By John Doe's account, ...", whose name is the sentence's own.
_PERSON_IN_BYLINE = r"[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]*(?:['’-](?!s\b)[A-Z]?[a-z]+)*"
_RUN_IN_BYLINE = re.compile(
    rf"^By (?P<names>{_PERSON_IN_BYLINE}(?:(?:,|,? and) {_PERSON_IN_BYLINE})*) (?=[A-Z\"“‘])"
)
_BYLINE_TOP_LINES = 5
_STORY_AFTER_BYLINE_WORDS = 10
# A photo's caption and its agency's credit run into the story's first words on one line, near
# the top of the page: "The cabin of a plane. AP American Airlines on Thursday said ...",
# "... fired on protesters [Reuters] Libyan leader Muammar Gaddafi has appeared ...". The
# credit is a photo agency alone, in square brackets or after the caption's one short
# sentence (not an agency that opens the story's second sentence: "... the authority said.
# Reuters Television filmed ..."), or a web address in capitals alone, the site a picture
# came from ("EXAMPLESTUDIO.COM 'I want ...' was one message ...").
_RUN_IN_CAPTION = re.compile(
    r"^(?:[^.!?]{10,100}[.!?]\"? (?:AP|AFP|Reuters|EPA|Getty Images)(?! News| Television| TV)"
    r"|\S.{10,300}?\s\[(?:AP|AFP|Reuters|EPA|Getty Images|Associated Press|Bloomberg)\]"
    r"|[A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.(?:COM|NET|ORG|CO\.UK|TV))"
    r" (?=[A-Z\"'“‘])"
)
# How to reach the reporter, closing a story: "Contact Jane Doe at 408-555-0100.", "Reach
# Jane Doe on Twitter at http://twitter.com/janedoe".
_CONTACT = re.compile(
    r"^(?:contact|reach) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} (?:at|on|via)\b"
    r".*?(?:\d{3}[-. ]\d{3}[-. ]\d{4}|@|\btwitter\b|https?://)",
    re.IGNORECASE,
)
_CONTACT_WORDS = 30
_TEASER_END = re.compile(r"(?:\[…\]|\[\.\.\.\]|\[\s*\.\s*\.\s*\.\s*\])\s*$")
# Verbs that make a colon line introduce speech or a list that follows in the text.
_INTRODUCES_TEXT = re.compile(
    r"\b(?:said|says|say|added|adds|continued|continues|wrote|writes|told|tells|stated|"
    r"states|declared|announced|reads|read|explained|is|are|was|were|include[sd]?|including|"
    r"following|follows|below)\b",
    re.IGNORECASE,
)
_LEAD_IN_WORDS = 20
_DATELINE_SEARCH_LINES = 6
"""How many undecided lines from the top of a page may precede the line with the dateline."""
_HEADLINE_MAX_WORDS = 16
_BULLET_HANDLE = re.compile(r"^[•·▪‣◦●*–-]\s*\S+(?:\s+\S+){0,2}$")
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:reader )?(?:comments?|responses?|replies)\b.{0,30}$|"
    r"^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|add (?:a|your) comment)",
    re.IGNORECASE,
)
_SITE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+\|\s*")
# Inline links and pointers: "[Read the full interview here.]", "(see entries below)", "(map)",
# and the brackets of a link whose words the scrape lost: "the black leopard ()".
_INLINE_POINTER = re.compile(
    r"\s*[\[(](?:(?:read|see|click|watch|view|listen)\b[^\[\]()]{0,100}|"
    r"map|location|(?:video|photos?|audio)(?: link)?|link|\s*)[\])]",
    re.IGNORECASE,
)
# A quotation mark between a sentence's end and the next sentence's capital, with no space:
# where the scrape lost a paragraph break (``_mend_lost_break``).
_LOST_BREAK = re.compile(r'(?<=[a-z0-9][.!?])"(?=[A-Z])')
# A site's card for a person flattened into the sentence that names them: the full name run
# into the headlines of the person's latest stories, up to a "MORE" link ("Donald Trump
# Donald John TrumpTrump Jr. getting ... tax plan MORE panned ..."). Only the name as the
# sentence writes it stays.
_NAME_CARD = re.compile(
    r"\b(?P<family>[A-Z][\w'’-]+) (?:[A-Z][\w.'’-]* ){1,3}(?P=family)(?=[A-Z0-9\"'‘“])"
    r".{1,400}? MORE\b"
)
# An agency's credit in brackets: "(CNN)", "(AP)", "(Thomson Reuters)".
_AGENCY = r"\([A-Z][\w.&/]*(?: [A-Z&][\w.&/]*){0,3}\)"
# "DAMASCUS - ", "NEW YORK (AP) — ", "AMMAN: ", "WASHINGTON—", "LONDON/PARIS (Reuters) - ";
# or "Beirut, Some Paper—" before the lede; or an agency alone, with or without a dash
# ("(CNN) -- ", "(CNN) A man...").
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-/ ]{0,39}[A-Z.](?:,\s*[A-Z][\w.'\- ]{1,30})?)"
    r"\s*(?:\([\w ./]{1,30}\))?"
    r"\s*(?:[-–—:]+\s+|[–—]\s*)(?=[A-Z\"'])"
    r"|^(?P<place2>[A-Z][a-z]+(?:,\s*[A-Z][\w'\- ]{1,40})?)\s*[–—]\s*(?=[A-Z])"
    rf"|^(?P<agency>{_AGENCY})(?:\s*[-–—:]+)?\s+(?=[A-Z\"'])"
)
# The same without a dash, as some scrapes keep it: "DUBAI A Bahraini court...", "NEWTOWN,
# Conn. Parents of...", "FORT WAYNE, Ind. (WANE) The mother...". Capitals before a sentence
# are as often initials ("NASA Administrator..."), so the place must be a known one or
# followed by a state's abbreviation.
_DATELINE_WITHOUT_DASH = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+)*)(?P<state>, [A-Z][a-z]{1,4}\.)?"
    r"(?: \([\w ./]{1,30}\))? (?=[A-Z][a-z]|A |I )"
    # or in title case with an agency: "Tokyo (CNN) Seven US sailors..."
    r"|^(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?P<titled_state>, [A-Z][a-z]{1,4}\.)?"
    rf" {_AGENCY} (?=[A-Z\"'])"
)


POST_SIGNATURE = re.compile(
    r"(?:^|\s)(?:--|[—–])\s*(?P<name>[^()—–]{1,50}?)\s*\(@(?P<handle>\w{1,15})\)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}\W*$"
)
"""The signature an embedded post ends with: "— Jane Doe (@janedoe) March 2, 2015". A line
that ends with one is its author's words, a sentence however it ends, not a heading."""


@dataclass
class _Line:
    number: int
    block: int
    text: str
    verdict: str | None = None
    """None while undecided; a furniture reason, or a metadata kind (``date``, ``byline``)."""
    controls: str | None = None
    """Player controls or a label taken off the start of the line (``_PLAYER_CONTROLS``,
    ``_LINE_LABEL``)."""

    @cached_property
    def words(self) -> int:
        return len(self.text.split())

    @cached_property
    def sentence_like(self) -> bool:
        return (
            _ends_like_sentence(self.text)
            or self.words >= _LONG_LINE_WORDS
            or POST_SIGNATURE.search(self.text) is not None
        )

    @property
    def prose(self) -> bool:
        return self.verdict is None and self.sentence_like and self.words >= _PROSE_MIN_WORDS


_METADATA = {"date", "byline"}


def normalise_line(text: str) -> str:
    return " ".join(text.split())


def find_boilerplate(articles: Iterable[RawArticle], min_articles: int = 2) -> frozenset[str]:
    """Short non-sentence lines that recur across articles: site chrome, not reporting."""
    counts: Counter[str] = Counter()
    for article in articles:
        lines = {normalise_line(t) for t in normalise_text(article.text).splitlines()}
        counts.update(
            line.lower()
            for line in lines
            if line and len(line.split()) <= 12 and not _ends_like_sentence(line)
        )
    return frozenset(line for line, n in counts.items() if n >= min_articles)


_NOTHING_TO_FIX = re.compile(r"[\x20-\x25\x27-\x7e\t]*")
"""Printable ASCII without ``&``: a line ftfy would return unchanged (no mojibake, curly
quotes, HTML entities, control characters or line separators)."""
_ONLY_QUOTES_TO_FIX = re.compile(r"[\x20-\x25\x27-\x7e\t\u02bc\u2018-\u201f\u2013\u2014\u2026]*")
"""That, with curly quotes, dashes and ellipses: ftfy would only straighten the quotes."""
_MOJIBAKE_SIGN = re.compile(r"[\x80-\xff]")
"""UTF-8 decoded as Latin-1 or Windows-1252 always shows a character of this range (every
multi-byte UTF-8 sequence starts with a byte from 0xC2 up)."""


# Characters that show nothing but split words for every rule that reads them ("A\u200brwa
# Damon"): zero-width space, word joiner, byte-order mark, soft hyphen. (A pattern, since
# str.translate with a table looks up every character of the text: ten times slower.)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


def normalise_text(text: str) -> str:
    """Remove invisible characters inside words (``_INVISIBLE``), repair mojibake (UTF-8
    read as Latin-1 and the like) with ftfy, and make curly quotes straight so that the
    same quote compares equal across outlets (and the typewriter's two apostrophes or
    backticks for a double quotation mark, "``...''", too). A closing curly quotation
    mark whose last byte a bad decoding lost reads as a replacement character and a
    question mark ("so boring,\ufffd? she said"), which no repair can undo: it is put back.

    ftfy works line by line. Lines it could not change skip it, lines whose only other
    characters are curly quotes, dashes and ellipses (most of a news page's) only have their
    quotes straightened, and lines that cannot be mojibake skip its costly encoding repair:
    together that cuts cleaning time by almost half."""
    fixed = "\n".join(
        line
        if _NOTHING_TO_FIX.fullmatch(line)
        else ftfy.fixes.uncurl_quotes(line)
        if _ONLY_QUOTES_TO_FIX.fullmatch(line)
        else ftfy.fix_text(
            line,
            uncurl_quotes=True,
            normalization="NFC",
            fix_encoding=_MOJIBAKE_SIGN.search(line) is not None,
        )
        for line in _INVISIBLE.sub("", text)
        .replace("\ufffd?", "\u201d")
        .replace("\r\n", "\n")
        .split("\n")
    )
    # After straightening, so that two curly apostrophes ("Evil Dead\u2019\u2019") count too.
    return fixed.replace("''", '"').replace("``", '"')


def clean(raw: RawArticle, boilerplate: frozenset[str] = frozenset()) -> Article:
    """Split a raw article into body paragraphs, metadata and removed furniture."""
    text = normalise_text(raw.text)
    lines = _split_lines(text)
    for line in lines:
        line.verdict = line.verdict or _line_rule(line)
    _mark_archive_page(lines)
    _mark_comment_thread(lines)
    title = raw.title
    if raw.headline_first and not title:
        title = _take_headline(lines)
    _mark_captions(lines)
    _mark_repeats(lines, boilerplate)
    _mark_title_repeats(lines, title)
    _mark_lines_before_dateline(lines)
    _mark_margins(lines)
    _mark_orphan_lead_ins(lines)

    byline = next((_clean_byline(ln.text) for ln in lines if ln.verdict == "byline"), None)
    paragraphs, removed, dateline = _assemble(lines)
    published, published_from = raw.published, "metadata" if raw.published else None
    if published is None:
        header_date = next(
            (d for ln in lines if ln.verdict == "date" for d in dates_in(ln.text)), None
        )
        if header_date:
            published, published_from = header_date, "text"
        else:
            # Comment timestamps come after publication and say nothing about it.
            text_dates = Counter(
                d for ln in lines if ln.verdict != "comments" for d in dates_in(ln.text)
            )
            if text_dates:
                # The most often mentioned full date; on a tie, the earliest.
                published = min(text_dates, key=lambda d: (-text_dates[d], d))
                published_from = "text"
    outlet = raw.outlet or outlet_from_url(raw.url) or raw.origin.rsplit("/", 1)[-1]
    return Article(
        id=raw.id,
        origin=raw.origin,
        outlet=outlet,
        title=_strip_site_name(title, outlet) if title else None,
        url=raw.url,
        published=published,
        published_from=published_from,
        wire=raw.wire,
        byline=byline,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
    )


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    for number, raw_line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        line = normalise_line(raw_line)
        if not line:
            block += 1
            continue
        controls = _PLAYER_CONTROLS.match(line.lower()) or _LINE_LABEL.match(line)
        near_top = len(lines) < _BYLINE_TOP_LINES
        byline_end = _run_in_byline(line) if near_top else None
        caption = _RUN_IN_CAPTION.match(line) if near_top else None
        if caption and len(line[caption.end() :].split()) < _STORY_AFTER_BYLINE_WORDS:
            caption = None
        if controls and controls.end() < len(line):
            text = line[controls.end() :]
            lines.append(_Line(number, block, text, controls=line[: controls.end()].rstrip()))
        elif byline_end:
            lines.append(_Line(number, block, line[:byline_end].rstrip(), verdict="byline"))
            lines.append(_Line(number, block, line[byline_end:]))
        elif caption:
            lines.append(_Line(number, block, line[: caption.end()].rstrip(), verdict="caption"))
            lines.append(_Line(number, block, line[caption.end() :]))
        else:
            lines.append(_Line(number, block, line, verdict="interface" if controls else None))
    return lines


def _run_in_byline(line: str) -> int | None:
    """Where the story starts after a byline run into it (``_RUN_IN_BYLINE``), when one of
    the byline's names opens with a given name and the story goes on for a sentence's
    worth of words; else None."""
    match = _RUN_IN_BYLINE.match(line)
    if match is None or len(line[match.end() :].split()) < _STORY_AFTER_BYLINE_WORDS:
        return None
    names = re.split(r",? and |, ", match.group("names"))
    return match.end() if any(is_given_name(name.split()[0]) for name in names) else None


def _is_editors_note(text: str) -> bool:
    """Whether a line opens with an editor's note, or credits other reporters anywhere. A
    note in brackets before the story's own words ("(This story has been updated.) Repairs
    to...") leaves the line to them."""
    if _CONTRIBUTED.search(text):
        return True
    if text.startswith("(") and not text.endswith(")"):
        return False
    first = _FIRST_SENTENCE_END.split(text, maxsplit=1)[0]
    return bool(_EDITORS_NOTE.search(first.lower()) or _REPORTED_FROM.match(first))


def wholly_bracketed(text: str, brackets: str = "[]") -> bool:
    """Whether ``text`` is one aside in ``brackets``, its first bracket closed by its last
    character. A line wholly in square brackets is a link to another story ("[Who is Brian
    Sandoval?]") or a credit ("[image via Shutterstock]"), never the story's own prose; a
    line that only opens and ends with editorial brackets ("[He] said ... [sic]") is not
    one."""
    opening, closing = brackets
    if not (text.startswith(opening) and text.endswith(closing)):
        return False
    depth = 0
    for position, character in enumerate(text):
        depth += (character == opening) - (character == closing)
        if depth == 0:
            return position == len(text) - 1
    return False


def _line_rule(line: _Line) -> str | None:
    """Rules that judge a line on its own."""
    text, words = line.text, line.words
    # Matched in lower case: the patterns are lower case, and Python's case-insensitive
    # matching takes several times longer.
    lower = text.lower()
    if not re.search(r"[^\W\d_]", text):
        return "no-words"
    if _READING_TIME.match(text):
        return "reading-time"
    if _TEASER_END.search(text):
        return "teaser"
    if words <= _SHORT_LINE_WORDS and _CHROME.match(text.rstrip(" :.")):
        return "interface"
    if words <= _INTERFACE_LONG_WORDS:
        phrases = set(_INTERFACE.findall(lower))
        if phrases and (words <= 30 or len(phrases) >= 2):
            return "interface"
    if words <= 40 and _POINTER.search(lower):
        return "link"
    if words <= 15 and _LINK_LINE.search(lower):
        return "link"
    if _CRAWL_MACHINERY.search(lower) and len(set(_CRAWL_TERMS.findall(lower))) >= 2:
        return "archive-notice"
    if words <= 40 and _ERROR_PAGE.search(lower):
        return "error-page"
    if words <= _EDITORS_NOTE_WORDS and _is_editors_note(text):
        return "editor-note"
    if _CREDIT_SUFFIX.search(text) or (
        words <= 60 and (_CREDIT_PHRASE.search(lower) or _CREDIT_AFTER_SENTENCE.search(text))
    ):
        return "caption"
    if words > 60 and len(_CREDIT_PHRASE.findall(lower)) >= _GALLERY_CREDITS:
        return "caption"  # a gallery's captions run into one line, each with its credit
    if words <= _CAPTION_START_WORDS and (
        _CAPTION_START.search(lower) or _CAPTION_END.search(lower)
    ):
        return "caption"
    if words <= _WIRE_CAPTION_WORDS and _WIRE_CAPTION_START.search(lower):
        return "caption"
    if "hide caption" in lower and len(_GALLERY_COUNTER.findall(lower)) >= 2:
        return "caption"
    # Any three of the four labels include "View Photos" or "Buy Photo".
    if "photo" in lower and len(set(_GALLERY_LABELS.findall(lower))) >= _GALLERY_LABELS_NEEDED:
        return "caption"
    if " of " in lower and _PLAYLIST_COUNTER.search(lower):
        return "interface"
    if _VIDEO_DESCRIPTION_END.search(text, max(0, len(text) - _VIDEO_DESCRIPTION_TAIL)):
        return "caption"
    if words <= 70 and "day, " in lower and _CAPTION_WHEN_WHERE.search(lower):
        return "caption"
    if words <= 8 and _CREDIT_LINE.match(text):
        return "photo-credit"
    if is_date_only(text):
        return "date"
    if words <= 14 and _BYLINE.match(text):
        return "byline"
    if words <= _CONTACT_WORDS and _CONTACT.match(text):
        return "contact"
    if wholly_bracketed(text):
        return "aside"
    return None


def _mark_archive_page(lines: list[_Line]) -> None:
    """A page whose words are mostly a web-archive notice or a "page not found" notice is
    that notice as a whole: its other lines ("Crawl start date: ...", "Please choose a
    community from the navigation") are the notice's own details, even though each names
    at most one crawl term and no missing page."""
    notices = {"archive-notice", "error-page"}
    notice = sum(ln.words for ln in lines if ln.verdict in notices)
    if notice and 2 * notice >= sum(ln.words for ln in lines):
        kind = next(ln.verdict for ln in lines if ln.verdict in notices)
        for line in lines:
            line.verdict = line.verdict or kind


def _mark_comment_thread(lines: list[_Line]) -> None:
    """A reader comment thread runs from its first marker to the end of the page.

    A marker is a "comments" heading, or a bulleted user name followed within a
    few lines by a timestamp (the name / text / date pattern of comment widgets).
    Only the second half of a page is searched, so a bulleted list in the body
    is never taken for a thread.
    """
    start = len(lines) // 2
    for i in range(start, len(lines)):
        text = lines[i].text
        heading = lines[i].words <= 6 and _COMMENTS_HEADING.match(text)
        signed = _BULLET_HANDLE.match(text) and any(
            is_date_only(ln.text) for ln in lines[i + 1 : i + 6]
        )
        if heading or signed:
            for line in lines[i:]:
                line.verdict = "comments"
            return


def _mark_captions(lines: list[_Line]) -> None:
    """A line just above a photo credit is its caption; a short label above a caption is the
    image's title, and a line that the caption below repeats is the same caption shown
    without its credit."""
    for i, line in enumerate(lines):
        above = lines[i - 1] if i > 0 else None
        if line.verdict == "photo-credit" and above and above.verdict is None and above.words <= 60:
            above.verdict = "caption"
    for i, line in enumerate(lines[:-1]):
        following = lines[i + 1]
        if line.verdict is not None or following.verdict != "caption":
            continue
        if (
            line.words <= 5 and not line.sentence_like and line.block == following.block - 1
        ) or line.text in following.text:
            line.verdict = "caption"


def _mark_repeats(lines: list[_Line], boilerplate: frozenset[str]) -> None:
    seen: set[str] = set()
    for line in lines:
        key = line.text.lower()
        if line.verdict is None and key in seen:
            line.verdict = "repeated"
        elif line.verdict is None and key in boilerplate:
            line.verdict = "boilerplate"
        seen.add(key)


def _take_headline(lines: list[_Line]) -> str | None:
    """The headline of a plain-text article: the first run of headline-like lines before the
    body (a headline wrapped over up to three lines of one block), at least three words long."""
    undecided = [ln for ln in lines if ln.verdict is None]
    for start, line in enumerate(undecided):
        if line.prose:
            return None
        if not _headline_like(line):
            continue
        run = [line]
        for following in undecided[start + 1 : start + 3]:
            if following.block != line.block or not _headline_like(following):
                break
            run.append(following)
        if sum(ln.words for ln in run) > _HEADLINE_MAX_WORDS:
            run = [line]
        if sum(ln.words for ln in run) >= 3:
            for part in run:
                part.verdict = "title"
            return " ".join(ln.text for ln in run)
    return None


def _headline_like(line: _Line) -> bool:
    return (
        line.verdict is None
        and line.words <= 25
        and " | " not in line.text
        and not _ends_like_sentence(line.text.rstrip("'\""))
    )


def _mark_title_repeats(lines: list[_Line], title: str | None) -> None:
    if not title:
        return
    key = normalise_line(title).lower()
    for line in lines:
        if line.verdict is None and line.text.lower() == key:
            line.verdict = "title"


def _mark_lines_before_dateline(lines: list[_Line]) -> None:
    """A wire story begins at its dateline ("LONDON (AP) — ..."): the sentences a page shows
    above it, within its first few lines, are photo captions and teasers ("In this June 21,
    2018, photo, ..."), not the story. (Headlines above it are left to ``_mark_margins``.)"""
    undecided = [ln for ln in lines if ln.verdict is None]
    for n, line in enumerate(undecided[:_DATELINE_SEARCH_LINES]):
        if n and _opens_with_wire_dateline(line.text):
            for earlier in undecided[:n]:
                if earlier.sentence_like:
                    earlier.verdict = "caption"
            return


def _mark_margins(lines: list[_Line]) -> None:
    """Before the first and after the last prose paragraph, lines that do not read as
    sentences are navigation. The first long one before the body is kept as the standfirst."""
    prose = [i for i, ln in enumerate(lines) if ln.prose]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    standfirst_taken = False
    for line in lines[:first]:
        if line.verdict is not None:
            continue
        if not standfirst_taken and line.words >= _PROSE_MIN_WORDS and " | " not in line.text:
            line.verdict = "standfirst"
            standfirst_taken = True
        elif not line.sentence_like or line.words < 4:
            line.verdict = "navigation"
    for line in lines[last + 1 :]:
        if line.verdict is None and not line.sentence_like:
            line.verdict = "navigation"


def _mark_orphan_lead_ins(lines: list[_Line]) -> None:
    """A short "Celebrations in the square:" line that introduces no text introduced an
    embedded video or image the scrape did not keep: it is followed by a heading, another
    such line, furniture, or nothing. Lines with a verb of saying ("He added:") are kept."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if (
            line.verdict is not None
            or not line.text.endswith(":")
            or line.words > _LEAD_IN_WORDS
            or _INTRODUCES_TEXT.search(line.text)
        ):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        if following is None or following.verdict is not None or not following.sentence_like:
            line.verdict = "media-lead-in"


def _assemble(lines: list[_Line]) -> tuple[list[Paragraph], list[Removed], str | None]:
    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    dateline: str | None = None
    body_seen = False
    for line in lines:
        if line.controls:
            removed.append(Removed(line.number, line.controls, "interface"))
        if line.verdict in ("title", "standfirst"):
            kind = ParagraphKind(line.verdict)
            paragraphs.append(Paragraph(len(paragraphs), line.number, kind, line.text))
            continue
        if line.verdict is not None:
            if line.verdict not in _METADATA:
                removed.append(Removed(line.number, line.text, line.verdict))
            continue
        if not line.sentence_like:
            paragraphs.append(
                Paragraph(len(paragraphs), line.number, ParagraphKind.HEADING, line.text)
            )
            continue
        text = line.text
        if "(" in text or "[" in text:  # what every inline pointer opens with
            for match in _INLINE_POINTER.finditer(text):
                removed.append(Removed(line.number, match.group(0).strip(), "link"))
            text = normalise_line(_INLINE_POINTER.sub("", text))
        if '"' in text:
            text = _mend_lost_break(text)
        if " MORE" in text:  # what every name card ends with
            for match in _NAME_CARD.finditer(text):
                card = match.group(0)[len(match.group("family")) :].strip()
                removed.append(Removed(line.number, card, "name-card"))
            text = _NAME_CARD.sub(r"\g<family>", text)
        if dateline is None and not body_seen:
            dateline, text = _take_dateline(text, line.number, removed)
        body_seen = True
        paragraphs.append(Paragraph(len(paragraphs), line.number, ParagraphKind.BODY, text))
    return paragraphs, removed, dateline


def _mend_lost_break(text: str) -> str:
    """A paragraph break the scrape lost after a sentence that ends in a quotation mark
    ('... she never said no."For her part, ...') put back as a space: after the mark when it
    closes a quotation (an odd number of marks before it), before it when it opens the next
    sentence's ('... the court."We are a family," ...')."""

    def space(mark: re.Match[str]) -> str:
        closes = text.count('"', 0, mark.start()) % 2 == 1
        return '" ' if closes else ' "'

    return _LOST_BREAK.sub(space, text)


def _take_dateline(text: str, number: int, removed: list[Removed]) -> tuple[str | None, str]:
    """The dateline's place and the lede without it; an agency with no place ("(CNN) -- ")
    goes to ``removed``."""
    match = _DATELINE.match(text)
    if match and (place := match.group("place") or match.group("place2")):
        # "AMMAN: ..." is a dateline, "PRESIDENT OBAMA: ..." a speaker in a transcript.
        if not _after_colon(match) or _known_dateline_place(place):
            return place.strip(), text[match.end() :]
    elif match:
        removed.append(Removed(number, match.group(0).strip(), "dateline"))
        return None, text[match.end() :]
    without_dash = _dateline_without_dash(text)
    if without_dash:
        place, lede = without_dash
        return place, text[lede:]
    return None, text


def _dateline_without_dash(text: str) -> tuple[str, int] | None:
    """The place and where the lede starts, when the line opens with a dateline without a
    dash."""
    match = _DATELINE_WITHOUT_DASH.match(text)
    if match is None:
        return None
    place = match.group("place") or match.group("titled")
    if match.group("state") or match.group("titled_state") or _known_dateline_place(place):
        return place, match.end()
    return None


def _opens_with_wire_dateline(text: str) -> bool:
    """Whether a line opens with a dateline only a story opens with: a place in capitals
    with an agency ("LONDON (AP) —"), a state ("DELPHI, Ind. —") or known as a place
    ("MIAMI —"), then a dash; one without a dash; or an agency alone ("(CNN) "). A colon
    is not enough: "PHOTOS:" and "PRESIDENT OBAMA:" open lines too."""
    match = _DATELINE.match(text)
    if match and match.group("agency"):
        return not _after_colon(match)
    if match and match.group("place") and not _after_colon(match):
        return "(" in match.group(0) or _known_dateline_place(match.group("place"))
    return _dateline_without_dash(text) is not None


def _after_colon(dateline: re.Match[str]) -> bool:
    return dateline.group(0).rstrip().endswith(":")


def _known_dateline_place(place: str) -> bool:
    """A place with its state or country after a comma ("DELPHI, Ind."), or a known one, or
    known ones with slashes between them, as a story filed from two ("SINGAPORE/BEIJING")."""
    return "," in place or all(is_known_place(p.strip().title()) for p in place.split("/"))


def _clean_byline(text: str) -> str:
    return re.sub(r"^by\s+", "", text, flags=re.IGNORECASE).strip()


def _strip_site_name(title: str, outlet: str) -> str:
    """Drop a trailing " - Site Name" or " | Site Name" from a headline."""
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    tail = parts[-1]
    tail_words = tail.split()
    shouting = sum(1 for w in tail_words if w.isupper() and len(w) > 1) / max(len(tail_words), 1)
    if outlet.lower() in tail.lower() or shouting >= 0.5:
        return title[: title.rfind(tail)].rstrip(" |–—-")
    return title
