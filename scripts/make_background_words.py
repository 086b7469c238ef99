"""Write ``src/chorus/background_words.txt``: how often English uses its commonest words.

The summariser's topic signature (``src/chorus/summarise/signature.py``) picks the words
an event's articles use far more often than English at large does: "aleppo", "rebels",
"hospital" in a report of a battle, not "people" or "year". English at large is wordfreq's
frequencies, which blend Wikipedia, news, books, subtitles and the web. The list keeps the
``TOP`` most frequent English words of letters (an apostrophe inside at most); every word
it lacks is rarer than its last one. wordfreq's data is CC BY-SA 4.0, and so is this list
(the attribution is in its header). Run from the repository's root:

    .venv/bin/pip install -e ".[background]"
    .venv/bin/python scripts/make_background_words.py
"""

from __future__ import annotations

import re
from importlib.metadata import version

from wordfreq import top_n_list, word_frequency

from package_list import write_list

TOP = 30_000
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def frequencies() -> dict[str, str]:
    """Each common English word with its share of all words, to three figures."""
    return {
        word: f"{word_frequency(word, 'en'):.3g}"
        for word in top_n_list("en", TOP)
        if _WORD.fullmatch(word)
    }


def main() -> None:
    write_list(
        "background_words.txt",
        [
            f"The {TOP:,} most frequent English words of wordfreq {version('wordfreq')} (by Robyn",
            "Speer, https://github.com/rspeer/wordfreq; its data CC BY-SA 4.0, and so is this",
            "list), letters only, each with its share of all words.",
            "One a line: the word, a tab, and its share.",
            "Made by scripts/make_background_words.py; do not edit by hand.",
        ],
        frequencies(),
    )


if __name__ == "__main__":
    main()
