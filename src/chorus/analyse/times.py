"""Time expressions resolved to calendar dates against the article's publication date.

"late Tuesday" in an article published on Wednesday 8 January 2014 is Tuesday 7 January;
"on Friday" is the Friday before (3 January); "January 17" is the 17 January nearest the
publication date. "Last week", "earlier this month" and "last year" are the week (from its
Monday), month or year they name. Without a publication date nothing relative can be
resolved, and the mention says so instead of guessing (but see ``with_year_from``). "A
day later", "the next day" or "two days earlier" count from the last day the article dated
before them. Parsing of written dates is dateutil's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

from ..records import Sentence, TimeMention

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"  # noqa: E501
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT = "(?:" + "|".join(c + "|" + c.capitalize() for c in _COUNTS) + ")"
_NUMBERS = {"a": 1, "an": 1, "one": 1} | {word: n for n, word in enumerate(_COUNTS, start=2)}
_EXPRESSION = re.compile(
    rf"(?P<full>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    rf"|(?P<monthday>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}\s+{_MONTH})(?!,?\s+\d{{4}})"
    rf"|(?P<weekday>\b(?:(?:late|early)\s+)?(?:(?:last|this|next|on)\s+)?"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){_PART_OF_DAY})\b"
    rf"|(?P<shift>\b(?:(?:[Aa]n?|[Oo]ne|{_COUNT}|\d{{1,2}})\s+days?\s+(?:later|earlier)|"
    rf"[Tt]he\s+(?:next|following|previous)\s+day)\b)"
    rf"|(?P<relative>\b(?:yesterday|today|tonight|tomorrow|last night|this morning|"
    rf"Yesterday|Tonight|Tomorrow|Last night|This morning)\b)"
    rf"|(?P<monthyear>\b(?:[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:the\s+(?:end|start|"
    rf"beginning|middle)\s+of\s+)?{_MONTH}\s+\d{{4}}\b)"
    rf"|(?P<month>\b(?:[Ss]ince|[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:the\s+(?:end|start|beginning|"
    rf"middle)\s+of\s+)?{_MONTH}\b)(?!\s+\d)"
    rf"|(?P<period>\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this)\s+"
    rf"(?:week|month|year)\b)",
)  # fmt: skip
# A capitalised "Today" is left out: at the start of a sentence it often means "nowadays".
# Every expression above contains one of these; most sentences contain none, and this is
# far cheaper to rule out than the expression itself.
_MAY_HAVE_TIME = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|days?\b|[Tt]onight|[Tt]omorrow|"
    r"[Ll]ast night|[Tt]his morning|week\b|month\b|year\b"
)
_REPORTED = re.compile(
    r"\b(?:said|says|reported|reports|announced|told|added|confirmed|stated)\s*(?:on\s+)?$"
)
_RELATIVE_DAYS = {
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1,
    "this morning": 0,
}  # fmt: skip


def times_in(
    sentence: Sentence, published: date | None, anchor: date | None = None
) -> Iterator[TimeMention]:
    """The time expressions that date what a sentence reports, with the date each means
    when it can be known. When to say it was said ("..., officials said on Tuesday") dates
    the happening only if nothing else in the sentence does. ``anchor`` is the last day
    the article dated before this sentence, which "a day later" counts from."""
    if not _MAY_HAVE_TIME.search(sentence.text):
        return
    matches = list(_EXPRESSION.finditer(sentence.text))
    happenings = [m for m in matches if not _REPORTED.search(sentence.text[: m.start()])]
    for match in happenings or matches:
        kind = match.lastgroup
        assert kind is not None
        text = match.group(0)
        try:
            if kind == "shift":
                resolved, precision, ambiguity = _shift(text, anchor)
            else:
                resolved, precision, ambiguity = _resolve(kind, text, published)
        except (OverflowError, ValueError):  # a feed may say 9999-12-31; a text, year 0
            resolved, precision, ambiguity = None, "day", "outside the calendar"
        if resolved and precision == "day":
            anchor = resolved
        yield TimeMention(
            sentence_id=sentence.id,
            article_id=sentence.article_id,
            text=text,
            date=resolved,
            precision=precision,
            ambiguity=ambiguity,
        )


def dated_mentions(sentences: Sequence[Sentence], published: date | None) -> list[TimeMention]:
    """``times_in`` over an article's sentences in order, each counting from the last day
    dated before it."""
    mentions: list[TimeMention] = []
    anchor = None
    for sentence in sentences:
        for mention in times_in(sentence, published, anchor):
            mentions.append(mention)
            if mention.date and mention.precision == "day":
                anchor = mention.date
    return mentions


YEAR_FROM_OTHER_REPORTS = "year from the publication dates of the other reports"


def with_year_from(mention: TimeMention, reference: date) -> TimeMention:
    """A mention of a month and day ("May 29") or a month ("in March") in an article
    without a publication date, dated by the year that puts it nearest ``reference`` (the
    publication date of other reports of the same event), with ``YEAR_FROM_OTHER_REPORTS``
    as its ambiguity. Other mentions are returned as they are: a weekday or "last week"
    needs the very day the article was written, which other reports do not tell."""
    match = _EXPRESSION.fullmatch(mention.text)
    if mention.date is not None or match is None or match.lastgroup not in ("monthday", "month"):
        return mention
    resolved, precision, _ = _resolve(match.lastgroup, mention.text, reference)
    if resolved is None:
        return mention
    return replace(mention, date=resolved, precision=precision, ambiguity=YEAR_FROM_OTHER_REPORTS)


def _shift(text: str, anchor: date | None) -> tuple[date | None, str, str | None]:
    """ "A day later", "two days earlier", "the next day", from ``anchor``."""
    if anchor is None:
        return None, "day", "no earlier date in the article to count from"
    words = text.lower().split()
    if words[0] == "the":
        days = -1 if words[1] == "previous" else 1
    else:
        days = int(words[0]) if words[0].isdigit() else _NUMBERS[words[0]]
        days = -days if words[-1] == "earlier" else days
    return anchor + timedelta(days=days), "day", None


def _resolve(kind: str, text: str, published: date | None) -> tuple[date | None, str, str | None]:
    """(date, its precision: "day", "week", "month" or "year"; why it could not be
    resolved). A week, month or year is dated by its first day."""
    if kind == "monthyear":
        month = next(i for i, name in enumerate(_MONTHS, 1) if name[:3] in text.lower().split()[-2])
        return date(int(text.split()[-1]), month, 1), "month", None
    if kind == "full":
        parsed = _parse(text, date(2000, 1, 1))
        return parsed, "day", None if parsed else f"unreadable date {text!r}"
    if published is None:
        return None, "day", "no publication date to count from"
    lower = text.lower()
    if kind == "period":
        return _period(lower.split(), published)
    if kind == "relative":
        key = next(k for k in _RELATIVE_DAYS if k in lower)
        return published + timedelta(days=_RELATIVE_DAYS[key]), "day", None
    if kind == "weekday":
        weekday = next(i for i, name in enumerate(_WEEKDAYS) if name in lower)
        if "next" in lower.split():
            ahead = (weekday - published.weekday()) % 7 or 7
            return published + timedelta(days=ahead), "day", None
        # News reports what has happened: the latest such day up to publication; "last
        # Tuesday" written on a Tuesday means a week before.
        back = (published.weekday() - weekday) % 7
        if back == 0 and "last" in lower.split():
            back = 7
        return published - timedelta(days=back), "day", None
    if kind == "monthday":
        parsed = _parse(text, published)
        if parsed is None:
            return None, "day", f"unreadable date {text!r}"
        # The year that puts it nearest the publication date.
        nearest = min(
            (parsed + relativedelta(years=shift) for shift in (-1, 0, 1)),
            key=lambda d: abs((d - published).days),
        )
        return nearest, "day", None
    month = next(i for i, name in enumerate(_MONTHS, 1) if name[:3] in lower.split()[-1])
    year = published.year if month <= published.month else published.year - 1
    return date(year, month, 1), "month", None


def _period(words: list[str], published: date) -> tuple[date, str, None]:
    """ "last week", "earlier this month", "next year": the first day of that period."""
    unit = words[-1]
    step = {"last": -1, "next": 1}.get(words[0], 0)
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=step), "week", None
    if unit == "month":
        return published.replace(day=1) + relativedelta(months=step), "month", None
    return date(published.year + step, 1, 1), "year", None


def _parse(text: str, default: date) -> date | None:
    try:
        base = datetime(default.year, default.month, default.day)
        return dateutil_parser.parse(text, default=base, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
