"""Many distinct, English-looking articles for tests that need a long ingest."""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = """
the council said on monday that the new bridge over the river would open next spring after
years of delays and rising costs while residents of the northern district complained about
traffic noise and closed roads the mayor promised that buses would run every ten minutes and
that shops near the station would get help from a fund for small business owners engineers
found cracks in the old supports during a routine inspection last winter and the regional
government agreed to pay half of the repairs teachers parents and pupils marched through the
city centre to demand smaller classes better pay and safer school buildings police estimated
the crowd at several thousand farmers warned that the dry summer had cut their harvest and
asked for emergency loans as prices for bread and milk kept rising in local markets
""".split()  # noqa: SIM905 - a word list reads best as text


def article(n: int) -> dict[str, str]:
    rng = random.Random(n)
    sentences = []
    for _ in range(rng.randint(5, 8)):
        words = rng.choices(WORDS, k=rng.randint(9, 16))
        sentences.append(" ".join(words).capitalize() + ".")
    return {
        "id": f"stream-{n:05d}",
        "outlet": f"Outlet {n % 13}",
        "published": f"2025-0{1 + n % 9}-1{n % 10}",
        "title": f"Report number {n}",
        "text": " ".join(sentences),
    }


def write_stream(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps(article(n)) + "\n")
    return path
