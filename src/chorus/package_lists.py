"""Reading the lists that ship in the package (places, given names, English word shares):
commented header lines, then one "key<TAB>value" entry a line, as
``scripts/package_list.py`` writes them."""

from __future__ import annotations

from importlib import resources


def read_list(file_name: str) -> dict[str, str]:
    """Each entry of ``src/chorus/<file_name>``, key to value."""
    text = resources.files("chorus").joinpath(file_name).read_text("utf-8")
    return dict(
        line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
