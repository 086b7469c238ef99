"""Sentence segmentation of body paragraphs with sentencex (Wikimedia's rule-based
segmenter, compiled): it handles news prose (abbreviations such as U.S., Jan. and Gen.,
initials, sentences inside quotations) and is fast enough to split a whole event's articles
while a page waits."""

from __future__ import annotations

import re
from itertools import pairwise

import sentencex

from ..records import Article, ParagraphKind, Sentence

_HAS_WORD = re.compile(r"[^\W\d_]")
LONGEST_SENTENCE_WORDS = 150
# Where sentencex ends a sentence but news prose goes on: before a lower-case word ("in
# his Millis, Mass. home", "Mamma Mia! in 2008"; not "iPhone", which may open one), after
# a title or "Ft." (Fort) it does not know ("Ms. Clifford", "Ft. Worth"), and after a clock
# time followed by its day, date or time zone ("at 6 p.m. Saturday", "11:30 p.m. ET"), and
# after an opening that is nothing but a clock time ("Around 1:20 p.m. 4-year-old Kai...").
_LOWER_CASE_WORD = re.compile(r"[a-z][a-z\s]")
_TITLE_END = re.compile(r"(?:^|\s)(?:Ms|Ft)\.$")
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:[ECMP][SD]?T|GMT|UTC|BST)\b|local time\b"
)
_CLOCK_ONLY = re.compile(
    r"(?:(?:just|shortly|sometime|some time)\s+)?"
    r"(?:at|around|about|by|after|before|until|approximately|roughly)?\s*"
    r"(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.m\.",
    re.IGNORECASE,
)
# A stock's code with its exchange, Reuters style ("bought Jimmy Choo CHOO.L for $1.2
# billion", "Kate Spade & Co KATE.N, as ..."), which sentencex cuts after the full stop: the
# exchange's letters, then a lower-case word or punctuation. Not "in the EU. US officials".
_TICKER_END = re.compile(r"\b[A-Z]{2,5}\.$")
_EXCHANGE_GOES_ON = re.compile(
    r"(?:N|O|L|OQ|PA|TO|DE|HK|T|AS|MI|SS|SZ|KS|BO|NS|AX|V|F|SI|CO|OL|SW|BR|LS|JO|MX|TW|KL)"
    r"(?:[,;:)]|\s+[a-z$\d])"
)

# An initialism that sentencex cuts after its first letter when a hyphen joins it to the word
# before ("the co-C." and "E.O. of Renaissance"): the rest of its letters go on with it.
_HYPHENED_INITIAL_END = re.compile(r"-[A-Z]\.$")
_INITIALISM_GOES_ON = re.compile(r"[A-Z]\.[A-Z]\.")

_AFTER_ASIDE = re.compile(r"(?<=[a-z0-9]{2}[.!?][)\]])\s+(?=[A-Z\"“])")
"""Where a whole sentence in brackets ends and the next begins, which sentencex runs
together ("... is only 11.) You can expect ..."); not after "(U.S.)"."""
_ASIDE_WORDS = 4
_EXCLAIMED_QUOTATION_END = re.compile(r"[!?][\"”]$")
_SPEECH_TAG = re.compile(
    r"(?!(?:He|She|They|We|It)\s)(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:said|says|told|tells|asked|asks|added|adds|replied|"
    r"replies|shouted|shouts|yelled|yells|cried|cries|exclaimed|exclaims|screamed|wrote|"
    r"writes|recalled|recalls|joked|jokes)\b"
)
"""After a quotation that ends with "!" or "?", a speech tag that goes on with it ('"No!
we are brothers!" Francis told Benedict ...'), which sentencex splits off; not "He said"
with a capital, which opens a sentence of its own."""
_CLOSED_QUOTATION_ENDS = re.compile(r'(?<=\.")\s+(?=[A-Z])')
"""After a quotation that ends with its own full stop, where sentencex (1.0.32) does not end
the sentence when the word before the stop is one it knows as an abbreviation ('"We never
said no." The mayor ...', '... to me." He said ...'); after other words it does."""
_OPENING_MARK_AT_END = re.compile(r'(?<=[.!?,:])\s+"$')
"""A quotation mark that sentencex leaves at the end of a sentence when the quotation it
opens is not closed in the paragraph (news style for a quotation that goes on in the next
paragraph). It opens one when the sentence's marks are odd in number with it; else it
closes one ('to "Stay positive. "')."""


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, whitespace collapsed to single spaces.

    sentencex (1.0.32) panics on a capital letter followed by a non-ASCII space and a full
    stop ("J\u00a0."); the clean stage already collapses whitespace, and this function does
    too, so that no caller can trip it. Should the segmenter panic on anything else, the
    paragraph is kept as one sentence rather than lost."""
    collapsed = " ".join(text.split())
    try:
        segmented = sentencex.segment("en", collapsed)
    except BaseException as error:  # pyo3's PanicException derives from BaseException
        if type(error).__name__ != "PanicException":
            raise
        segmented = [collapsed]
    segmented = [part for segment in segmented for part in _split_after_quotations(segment)]
    sentences: list[list[str]] = []  # each a list of the pieces it is made of
    for piece in (piece.strip() for piece in segmented):
        before = sentences[-1][-1] if sentences else ""
        opening = _OPENING_MARK_AT_END.search(before)
        if opening and piece and before.count('"') % 2 == 1:
            # 'Ruiz said. "' then 'And I think ...': the mark opens the quotation that
            # follows, which runs on into the next paragraph without its closing mark.
            sentences[-1][-1] = sentences[-1][-1][: opening.start()]
            piece = f'"{piece}'
        if sentences and _TICKER_END.search(before) and _EXCHANGE_GOES_ON.match(piece):
            sentences[-1][-1] += piece  # "Jimmy Choo CHOO." and "L for $1.2 billion"
        elif _HYPHENED_INITIAL_END.search(before) and _INITIALISM_GOES_ON.match(piece):
            sentences[-1][-1] += piece  # "the co-C." and "E.O. of Renaissance"
        elif sentences and _goes_on(sentences[-1][-1], piece):
            sentences[-1].append(piece)
        elif piece:
            sentences.append([piece])
    return [
        bounded
        for pieces in sentences
        for part in _split_after_asides(" ".join(pieces))
        for bounded in _within_bounds(part)
        if _HAS_WORD.search(bounded)
    ]


def _split_after_quotations(sentence: str) -> list[str]:
    """``sentence`` cut after each quotation that ends with a full stop and is followed by
    a capital, where the mark closes the quotation (the marks up to it are even in number),
    no bracket is left open, and no speech tag follows ('"It's over." Smith said.', a comma's
    place taken by the full stop)."""
    parts, start = [], 0
    for end in _CLOSED_QUOTATION_ENDS.finditer(sentence):
        before = sentence[start : end.start()]
        closes = before.count('"') % 2 == 0
        balanced = before.count("(") == before.count(")") and before.count("[") == before.count("]")
        if closes and balanced and not _SPEECH_TAG.match(sentence, end.end()):
            parts.append(before)
            start = end.end()
    return [*parts, sentence[start:]]


def _split_after_asides(sentence: str) -> list[str]:
    """``sentence`` cut after each aside in brackets that ends with its own full stop ("(The
    paper said it would correct any error.) An autopsy ..."), where every bracket opened
    before the cut is closed and the aside has words enough to be a sentence (not "He told
    (ret.) General Smith")."""
    parts, start = [], 0
    for end in _AFTER_ASIDE.finditer(sentence):
        before = sentence[start : end.start()]
        aside = before[max(before.rfind("("), before.rfind("[")) :]
        balanced = before.count("(") == before.count(")") and before.count("[") == before.count("]")
        if balanced and len(aside.split()) >= _ASIDE_WORDS:
            parts.append(before)
            start = end.end()
    return [*parts, sentence[start:]]


def _goes_on(before: str, after: str) -> bool:
    """Whether ``after`` continues the sentence that ``before`` ends, where sentencex split
    them: also inside a quotation that ``before`` opens and ``after`` closes ('She said, "It
    is one illness.' / 'Then you add the mold."')."""
    if _LOWER_CASE_WORD.match(after) or _TITLE_END.search(before):
        return True
    if _EXCLAIMED_QUOTATION_END.search(before) and _SPEECH_TAG.match(after):
        return True  # '"No! we are brothers!"' / 'Francis told Benedict.'
    if before.count('"') % 2 == 1 and after.count('"') % 2 == 1 and not after.startswith('"'):
        return True
    if _CLOCK_ONLY.fullmatch(before):
        return True  # a time alone has no verb: it opens the sentence that follows
    return _CLOCK_END.search(before) is not None and _CLOCK_GOES_ON.match(after) is not None


def _within_bounds(sentence: str) -> list[str]:
    """A sentence of more than ``LONGEST_SENTENCE_WORDS`` words cut into pieces of equal
    length. No reader takes in such a sentence (it is a table, a list or a transcript run
    together without full stops), and several later stages do work that grows faster than
    a sentence's length: a page of a few thousand words without a full stop took a briefing
    minutes. Each piece keeps at least half the bound, so it is still too long to be chosen
    for a summary."""
    words = sentence.split(" ")
    if len(words) <= LONGEST_SENTENCE_WORDS:
        return [sentence]
    pieces = -(-len(words) // LONGEST_SENTENCE_WORDS)
    bounds = [n * len(words) // pieces for n in range(pieces + 1)]
    return [" ".join(words[a:b]) for a, b in pairwise(bounds)]


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    """The sentences of an article's body paragraphs, with stable ids ``<article>/s<n>``."""
    found: list[Sentence] = []
    for paragraph in article.paragraphs:
        if paragraph.kind is not ParagraphKind.BODY:
            continue
        for text in split_sentences(paragraph.text):
            n = len(found)
            found.append(Sentence(f"{article.id}/s{n}", article.id, n, paragraph.index, text))
    return tuple(found)
