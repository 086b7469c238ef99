"""Full calendar dates written in text ("January 8, 2014", "8 Jan. 2014", "2014-01-08").

Regular expressions only locate candidates; dateutil does the parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dateutil import parser as dateutil_parser

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
FULL_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # January 8, 2014
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"  # 8 January 2014
    r"|\d{4}-\d{2}-\d{2}"  # 2014-01-08
    rf"){_TIME}",
    re.IGNORECASE,
)


_YEAR = re.compile(r"\d{4}")


def dates_in(text: str) -> Iterator[date]:
    if not _YEAR.search(text):  # every form has a four-digit year; most lines have none
        return
    for match in FULL_DATE.finditer(text):
        try:
            yield dateutil_parser.parse(match.group(0), fuzzy=True, ignoretz=True).date()
        except (ValueError, OverflowError):
            continue


def is_date_only(line: str) -> bool:
    """True for a line that is nothing but a date (a timestamp under a headline or comment)."""
    match = FULL_DATE.fullmatch(line.strip(" .|-"))
    return match is not None
