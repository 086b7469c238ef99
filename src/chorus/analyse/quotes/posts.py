"""Social-media posts a page embeds, each a quotation of its author."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...clean import POST_SIGNATURE
from ...records import Quote, Sentence
from .patterns import QUOTE

_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S*")
_POST_CHARACTERS = 280
"""The most characters a post holds (Twitter's limit since 2017, links aside)."""
_POST_WORDS = 3
"""The fewest words, besides handles and tags, that make a post worth quoting."""
_HANDLE_OR_TAG = re.compile(r"[@#]\w+")


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
            if QUOTE.search(sentence.text) or len(" ".join(longer)) > _POST_CHARACTERS:
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
