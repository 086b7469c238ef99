"""The typed records that flow through the pipeline.

read -> ``RawArticle`` -> clean -> ``Article`` (paragraphs, furniture removed)
-> analyse -> ``Article`` with ``sentences`` -> summarise -> ``Summary`` -> ``Briefing``.

Records are frozen dataclasses: a stage returns new records instead of mutating
its input, so any stage can be mapped over partitions independently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property

_UNPAIRED_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class RawArticle:
    """One article as a reader found it: decoded text plus whatever metadata came with it."""

    id: str
    text: str
    origin: str
    """Where it came from: a file path, ``path:line`` for JSON Lines, ``stdin``."""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    wire: str | None = None
    headline_first: bool = False
    """True when the first lines of ``text`` are the headline (the plain-text form)."""

    def __post_init__(self) -> None:
        # JSON may escape unpaired surrogates ("\ud800", half of a broken emoji), which no
        # encoding can write: storing or printing such text would fail. They become U+FFFD.
        for name in ("id", "text", "origin", "title", "outlet", "url", "wire"):
            value = getattr(self, name)
            if value and _UNPAIRED_SURROGATE.search(value):
                object.__setattr__(self, name, _UNPAIRED_SURROGATE.sub("\ufffd", value))


class ParagraphKind(str, Enum):
    TITLE = "title"
    STANDFIRST = "standfirst"
    HEADING = "heading"
    BODY = "body"


@dataclass(frozen=True)
class Paragraph:
    index: int
    line: int
    """1-based line of the source text this paragraph starts on (provenance)."""
    kind: ParagraphKind
    text: str


@dataclass(frozen=True)
class Removed:
    """A piece of page furniture taken out of the article, kept so it can be shown on request."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    id: str
    """Stable id: ``<article id>/s<index>``."""
    article_id: str
    index: int
    paragraph: int
    text: str

    @cached_property
    def words(self) -> int:
        """Counted once: the summarisers ask for it many times a sentence."""
        return len(self.text.split())


@dataclass(frozen=True)
class Quantity:
    """A stated number as the range it means: "at least 385" is 385 to about 440,
    "dozens" 24 to 99, "385" exactly 385."""

    low: float
    high: float
    hedge: str | None
    """The words that qualify it: "at least", "around", "nearly"; none for a plain number."""

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


@dataclass(frozen=True)
class Claim:
    """A count one sentence states, and what it counts."""

    sentence_id: str
    article_id: str
    text: str
    """The number phrase as written: "at least 385 people"."""
    quantity: Quantity
    counted: str
    """What is counted, normalised: "people", "prisoners", "fighters"."""
    action: str | None
    """What happened to them: "killed", "freed", "held", "wounded", ...; none if unsaid."""
    context: str | None
    """Where and when, as the sentence puts it: "in the fighting, since Friday"."""
    attributed_to: str | None
    """Who the sentence says gave the figure: "the Syrian Observatory for Human Rights"."""
    part: bool = False
    """A part of a larger count the sentence gives ("including 64 in Homs", "13 of the 20
    children killed"): true, but no total to set against other outlets' figures."""

    @property
    def what(self) -> str:
        return f"{self.counted} {self.action}" if self.action else self.counted


@dataclass(frozen=True)
class Quote:
    """Words in quotation marks and who said them."""

    sentence_id: str
    article_id: str
    text: str
    speaker: str | None
    """The speaker's name, resolved from "he" or "the spokesman" when the article names them."""
    speaker_as_written: str | None
    """How the sentence names the speaker: "its spokesman", "Abu Mohammed al-Jolani"."""
    by_organisation: bool = False
    """Whether the article speaks of the speaker as an organisation ("the company said")."""
    said_in: str | None = None
    """The document the speaker said it in, when the sentence names the document rather
    than the speaker ("the lawsuit", "Clifford's lawsuit"): shown beside the words, so that
    a lawsuit's words are not read as the plaintiff's own."""


@dataclass(frozen=True)
class QuoteGroup:
    """One utterance as several outlets quote it, in their wording or translation."""

    speaker: str | None
    """The speaker's name as the briefing shows it: the fullest form, less a role or title
    before the name ("Mara Quist" for "Harbour Commissioner Mara Quist")."""
    quotes: tuple[Quote, ...]
    speaker_variants: tuple[str, ...] = ()
    """Every other form of the speaker's name the quotations use: "Al-Joulani", "Golani"."""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.article_id for q in self.quotes))


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, under its fullest name, with the other forms the
    articles use and how often each article mentions it."""

    name: str
    kind: str
    """"person", "organisation", "place" or "other"."""
    variants: tuple[str, ...]
    mentions: tuple[tuple[str, int], ...]
    """(article id, mentions), by article id."""

    @property
    def total(self) -> int:
        return sum(n for _, n in self.mentions)


@dataclass(frozen=True)
class TimeMention:
    """A time expression of a sentence ("late Tuesday", "January 17") and the date it means."""

    sentence_id: str
    article_id: str
    text: str
    date: date | None
    """None when it cannot be known (no publication date to count from)."""
    precision: str
    """"day", or "week", "month" or "year" for "last week", "in November", "last year"."""
    ambiguity: str | None
    """Why ``date`` is unknown, or what it rests on when not on the article's own date
    (``analyse.times.with_year_from``)."""


@dataclass(frozen=True)
class TimelineEntry:
    """Something that happened on a date, in the words of the article that says it first,
    with every article that dates the same happening to the same day."""

    date: date | None
    precision: str
    text: str
    """The sentence."""
    expression: str
    """The time expression as written: "late Tuesday"."""
    sentence_id: str
    article_ids: tuple[str, ...]
    ambiguity: str | None = None


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of several articles about one quantity (see ``chorus.compare``)."""

    what: str
    """What is counted and what happened to it: "prisoners killed"."""
    claims: tuple[Claim, ...]
    """In order of value, lowest first."""
    verdict: str
    """"conflict" when two articles state values that cannot both be true; "agreement" when
    every two values of different articles can; "separate" when small counts differ (two
    killed here, five there: most often tallies of different incidents)."""

    @property
    def conflict(self) -> bool:
        return self.verdict == "conflict"

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.article_id for c in self.claims))


@dataclass(frozen=True)
class Article:
    """A cleaned article: body paragraphs, resolved metadata, and (after analysis) sentences."""

    id: str
    origin: str
    outlet: str
    title: str | None
    url: str | None
    published: date | None
    published_from: str | None
    """Where ``published`` came from: ``metadata``, ``html`` or ``text``."""
    wire: str | None
    byline: str | None
    dateline: str | None
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...] = ()
    language: str = "und"
    """ISO 639-1 code set by the analyse stage; ``und`` until then."""
    sentences: tuple[Sentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    """Numeric claims of the sentences, set by the analyse stage."""
    times: tuple[TimeMention, ...] = ()
    """Time expressions of the sentences, resolved against ``published``."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotations with their speakers."""

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs if p.kind is ParagraphKind.BODY)

    @property
    def words(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Support:
    """A sentence, in some article, that states the same content as a summary sentence."""

    article_id: str
    sentence_id: str
    similarity: float


@dataclass(frozen=True)
class SummarySentence:
    sentence_id: str
    article_id: str
    text: str
    support: tuple[Support, ...]
    """Every article stating this content, the one it was taken from first."""

    @property
    def supporting_articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article_id for s in self.support))


@dataclass(frozen=True)
class Summary:
    method: str
    budget: int
    sentences: tuple[SummarySentence, ...]

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


class Severity(str, Enum):
    NOTE = "note"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Problem:
    """Something about the input the user should know; never fatal on its own."""

    origin: str
    message: str
    severity: Severity = Severity.SKIPPED

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.origin}: {self.message}"


@dataclass(frozen=True)
class Source:
    """An entry of the briefing's source list; ``marker`` is the number shown as ``[n]``."""

    marker: int
    article_id: str
    outlet: str
    title: str | None
    url: str | None
    published: date | None
    wire: str | None
    copy_of: int | None = None
    """For a wire copy (the same story republished), the marker of the source it copies;
    a copy is credited here but counts once, through that source, as support."""


@dataclass(frozen=True)
class Fact:
    """Content one or more articles state: a row of the coverage matrix."""

    text: str
    sentence_id: str
    support: tuple[Support, ...]
    """The sentence itself, then the matching sentence of every other article stating it."""
    kind: str
    """"consensus" (half the articles or more), "shared" (two or more) or "exclusive"."""
    centrality: float
    """Cosine with the event's centroid: how central to the event the fact is."""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article_id for s in self.support))


@dataclass(frozen=True)
class Briefing:
    title: str
    sources: tuple[Source, ...]
    articles: tuple[Article, ...]
    summary: Summary
    problems: tuple[Problem, ...] = field(default=())
    claims: tuple[ClaimGroup, ...] = field(default=())
    """Figures the articles agree on or conflict about; conflicts first."""
    quotes: tuple[QuoteGroup, ...] = field(default=())
    """Who said what: each utterance once, with every outlet quoting it; most quoted first."""
    entities: tuple[Entity, ...] = field(default=())
    """Who and what the articles name, most mentioned first."""
    timeline: tuple[TimelineEntry, ...] = field(default=())
    """Dated happenings in date order; those that could not be dated come last."""
    coverage: tuple[Fact, ...] = field(default=())
    """Facts most articles state, then those only one does: the source x fact matrix."""

    def marker_of(self, article_id: str) -> int:
        for source in self.sources:
            if source.article_id == article_id:
                return source.marker
        raise KeyError(article_id)


@dataclass(frozen=True)
class CopyGroup:
    """Articles that are one story: ``canonical`` and the ids of its ``copies``."""

    canonical: str
    copies: tuple[str, ...]

    @property
    def members(self) -> tuple[str, ...]:
        return (self.canonical, *self.copies)


@dataclass(frozen=True)
class Event:
    """Articles about one happening, as the cluster stage grouped them."""

    id: int
    title: str
    first_published: date | None
    last_published: date | None
    """The span of the articles' publication dates from metadata (none when unknown)."""
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    """Every outlet with an article in the event, wire copies included."""
    sources: int
    """Distinct outlets that are not merely republishing a wire copy: the ranking key."""
    copies: int
    undated: int = 0
    """Articles without a publication date, of which ``first_published`` says nothing."""
    updated_at: str = ""
    """When the event last changed (ISO time): a briefing made before is out of date."""
